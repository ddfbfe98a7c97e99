"""Blind regression-suite examples: the shortest payloads a rule must still catch, one title at a time, for the PHP
injection, XSS and "generic" titles (Node.js, session fixation, and the later releases' SSRF, prototype pollution,
Ruby, Perl, Node.js DoS and PHP data-scheme titles), with benign requests that carry the same words.

Angle: a regression suite lists atomic payloads, one per test. For each detection title this set writes the shortest
fragments that still carry the attack the title names (a lone dangerous function call, a tag with one handler, a bare
wrapper URL, a single superglobal, a session-id parameter name), then the same fragments with one obfuscation each
(upper or mixed case, whitespace or a comment where the language allows one, or one layer of an encoding a server
decodes: percent-encoding, HTML character references). 8 to 12 payloads per title.

Families and sub-families (one sub-family per title):
- php: php-open-tag, php-upload, php-config, php-variables, php-io-stream, php-wrapper, php-high-risk-name,
  php-high-risk-call, php-serialized, php-var-func, php-var-func-expr, php-medium-risk.
- xss: xss-libinjection, xss-script-tag, xss-event-handler, xss-attribute, xss-js-uri, xss-noscript-html,
  xss-noscript-attr, xss-node-validator, xss-ie-style, xss-ie-vmlframe, xss-ie-js-obf, xss-ie-vbs-obf,
  xss-ie-embed, xss-ie-import, xss-ie-meta-http-equiv, xss-ie-meta-charset, xss-ie-link, xss-ie-base,
  xss-ie-applet, xss-ie-object, xss-us-ascii, xss-utf7, xss-jsfuck, xss-js-global, xss-libinjection-pl2,
  xss-disallowed-attr, xss-html-tag, xss-ie-string-assign, xss-ie-string-member, xss-angular, xss-js-method,
  xss-no-parens.
- generic: nodejs, nodejs-code, session-cookie-html, session-fixation-referer, session-fixation-no-referer,
  ssrf-metadata, ssrf-ip, proto-pollution, ruby-injection, perl-injection, nodejs-dos, php-data-scheme.

Placements: every payload is sent twice. Once into one of our real routes, rotating over the query of /api/users,
the admin search form (with csrf_token), the JSON of /api/users, a cookie, the User-Agent, the Referer, another
header, a parameter name, an XML body, a multipart field, a multipart filename and the URL path. Once the way a WAF's
regression suite sends it (placements prefixed "rs-"): to a path that is not one of our routes (/, /index.php, /get,
/post, /search, /api/v1/items) under an arbitrary parameter name (foo, var, x, test, id, arg1), as a query string, a
form body, a JSON body, an XML body, or in the User-Agent, the Referer, a custom header or a cookie. Titles tied to a
place keep to it: upload titles use a multipart filename or an X-Filename header, session-fixation titles a parameter
name (with an off-domain Referer, or none), the path-and-Referer libinjection title the path or the Referer.

Benign: Slack messages and bios of people who talk about the same code (PHP, Node.js, templates, cookies, sessions,
metadata services), documentation links, admin-search prose, searches, names and addresses, uploads with ordinary
file names, XML notes, browser headers and cookies, and visits to the site root.

Authorship and independence: written from general knowledge and the titles alone (no rule, engine, ruleset test or
public payload list was read), measured once on unchanged code, and never adjusted after measuring. Deterministic:
no clock and no randomness, every record is built from the lists below in order.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Generator, Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "fortyeighth"

# (category, sub-family, payloads): atomic fragments first, then the same fragments with one obfuscation each.
TITLES: list[tuple[str, str, list[str]]] = [
    # 933100 PHP open tag
    ("php", "php-open-tag", [
        "<?php", "<?php echo 1;", "<?=$x?>", "<? echo 1 ?>", "a<?php b",
        "<?PHP", "<?pHp ", "<?php\t", "%3C%3Fphp", "<?=\n1?>",
    ]),
    # 933110 PHP script file upload
    ("php", "php-upload", [
        "shell.php", "x.phtml", "x.php5", "x.phar", "a.php7", "img.jpg.php",
        "SHELL.PHP", "x.PhTmL", "x.php ", "x.php.",
    ]),
    # 933120 configuration directive
    ("php", "php-config", [
        "allow_url_include=On", "auto_prepend_file=php://input", "auto_append_file=/etc/passwd",
        "disable_functions=", "open_basedir=none", "safe_mode=Off",
        "ALLOW_URL_INCLUDE=1", "auto_prepend_file = php://input", "-d+allow_url_include%3DOn", "Open_BaseDir=/",
    ]),
    # 933130 variables
    ("php", "php-variables", [
        "$_GET", "$_POST['x']", "$_SERVER", "$_COOKIE", "$_REQUEST[1]", "$GLOBALS", "$_ENV", "$HTTP_RAW_POST_DATA",
        "$_get", "%24_SERVER", "$_FILES ['f']",
    ]),
    # 933140 I/O stream
    ("php", "php-io-stream", [
        "php://input", "php://stdin", "php://filter/resource=index.php", "php://fd/3", "php://memory", "php://temp",
        "php://output", "PHP://INPUT", "php%3A%2F%2Finput", "Php://Filter/read=string.rot13/resource=x",
    ]),
    # 933200 wrapper scheme
    ("php", "php-wrapper", [
        "zlib://x", "glob://*", "phar://x.jpg", "zip://a.zip#b", "expect://id", "data://text/plain,x",
        "compress.zlib://x", "rar://x.rar", "ssh2.exec://h/id",
        "PHAR://x", "ExPeCt://ls", "zip%3A%2F%2Fa.zip",
    ]),
    # 933150 high-risk function name
    ("php", "php-high-risk-name", [
        "passthru", "shell_exec", "proc_open", "pcntl_exec", "phpinfo", "create_function", "base64_decode",
        "file_get_contents", "PASSTHRU", "Shell_Exec", "proc%5Fopen", "phpinfo\t",
    ]),
    # 933160 high-risk function call
    ("php", "php-high-risk-call", [
        "system('id')", "exec('ls')", "eval($x)", "assert($x)", "popen('id','r')", "shell_exec('id')",
        "SYSTEM('id')", "exec /**/ ('id')", "system\t('id')", "eval%28%24x%29", "passthru\n('id')", "Assert ( $x )",
    ]),
    # 933170 serialized object injection
    ("php", "php-serialized", [
        'O:8:"stdClass":0:{}', 'O:1:"A":1:{s:1:"a";i:1;}', 'C:11:"ArrayObject":0:{}', 'a:1:{i:0;O:1:"B":0:{}}',
        'O:7:"Example":1:{s:4:"file";s:3:"x.p";}',
        'O:+1:"A":0:{}', 'o:1:"A":0:{}', 'O:%2B1:"A":0:{}', "O%3A1%3A%22A%22%3A0%3A%7B%7D", 'C:+11:"ArrayObject":0:{}',
    ]),
    # 933180 variable function call
    ("php", "php-var-func", [
        "$a()", "$f('id')", "$_GET['f']()", "$x($_POST[1])", "${'a'}()", "$$v()", "$a[0]('id')",
        "$a /**/ ()", "$f\t('id')", "$A()", "$f%28%29",
    ]),
    # 933210 variable function call (expression as callee)
    ("php", "php-var-func-expr", [
        "(system)('id')", "('sys'.'tem')('id')", "(\"exec\")('ls')", "(base64_decode('c3lzdGVt'))('id')",
        "(chr(115).chr(121))()", "('assert')($x)",
        "(system) /**/ ('id')", "(SYSTEM)('id')", "('sys'.'tem')\n('id')", "%28system%29%28%27id%27%29",
    ]),
    # 933151 medium-risk function name
    ("php", "php-medium-risk", [
        "fwrite($f,$d)", "chmod('x',0777)", "mkdir('x')", "unlink('x')", "fopen('x','w')",
        "file_put_contents('x',$d)", "ini_set('x',1)", "symlink('/','x')",
        "FWRITE($f,$d)", "chmod /**/ ('x',0777)", "unlink\t('x')", "fopen%28%27x%27%29",
    ]),
    # 934100 Node.js injection
    ("generic", "nodejs", [
        "require('child_process')", "child_process.exec('id')", "process.mainModule.require('fs')",
        "this.constructor.constructor('return process')()", "_$$ND_FUNC$$_function(){}()",
        "require('fs').readFileSync('/etc/passwd')", "process.binding('fs')",
        "require ( 'child_process' )", "require('child'+'_process')", "process['mainModule']",
        "eval(String.fromCharCode(49))", "require(/**/'child_process')",
    ]),
    # later releases: Node.js injection 2/2
    ("generic", "nodejs-code", [
        "Function('return this')()", "global.process", "globalThis.process", "Buffer.from('aWQ=','base64')",
        "setTimeout('process.exit()')", "vm.runInNewContext('1')", "require('vm')", "process.exit()", "process.kill(1)",
        "global ['process']", "Function /**/ ('return this')()", "process%2Eexit()",
    ]),
    # 943100 session fixation: setting cookie values in HTML
    ("generic", "session-cookie-html", [
        "document.cookie='sid=1'", "document.cookie=x", '<meta http-equiv=Set-Cookie content="sid=1">',
        'x.cookie="sid=1"', '<meta http-equiv="set-cookie" content="a=b">',
        "DOCUMENT.COOKIE='sid=1'", "document . cookie = 'sid=1'", "document.cookie/**/='sid=1'",
        "document%2Ecookie%3D1", "<META HTTP-EQUIV=SET-COOKIE CONTENT=a=b>",
    ]),
    # 943110 session-id parameter name with an off-domain Referer (payload: the parameter name)
    ("generic", "session-fixation-referer", [
        "PHPSESSID", "JSESSIONID", "ASPSESSIONID", "ASP.NET_SessionId", "sessionid", "session_id", "CFID",
        "phpsessid", "jSessionId", "PHPSESS%49D",
    ]),
    # 943120 session-id parameter name with no Referer
    ("generic", "session-fixation-no-referer", [
        "PHPSESSID", "JSESSIONID", "ASPSESSIONIDQQGGQGGQ", "ASP.NET_SessionId", "session_id", "sessid",
        "PhPsEsSiD", "jsessionid", "JSESSION%49D", "aspsessionid",
    ]),
    # later releases: SSRF, cloud metadata URL
    ("generic", "ssrf-metadata", [
        "http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/computeMetadata/v1/",
        "http://169.254.169.254/metadata/instance", "http://100.100.100.200/latest/meta-data/",
        "http://[fd00:ec2::254]/", "http://169.254.170.2/v2/credentials", "http://metadata/computeMetadata/v1/",
        "HTTP://METADATA.GOOGLE.INTERNAL/", "http://0xa9fea9fe/latest/", "http://2852039166/latest/meta-data/",
        "http://169.254.169.254%2Flatest%2Fmeta-data", "http://[::ffff:a9fe:a9fe]/",
    ]),
    # later releases: SSRF, URL parameter using an IP address
    ("generic", "ssrf-ip", [
        "http://127.0.0.1/", "http://10.0.0.1/", "http://192.168.1.1/", "http://[::1]/", "http://127.1/",
        "http://0/", "gopher://127.0.0.1:6379/_",
        "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://[::ffff:127.0.0.1]/",
        "HTTP://127.0.0.1:22/",
    ]),
    # later releases: JavaScript prototype pollution
    ("generic", "proto-pollution", [
        "__proto__[x]=1", "__proto__.x=1", "constructor[prototype][x]=1", "constructor.prototype.x=1",
        '{"__proto__":{"x":1}}', "a[__proto__][b]=1",
        "__proto__%5Bx%5D=1", "%5F%5Fproto%5F%5F.x=1", "__PROTO__[x]=1", "constructor [prototype] [x]=1",
    ]),
    # later releases: Ruby injection
    ("generic", "ruby-injection", [
        "Kernel.exec('id')", "IO.popen('id')", "%x(id)", "Open3.capture2('id')", "instance_eval('1')",
        "send(:system,'id')", "Marshal.load(x)", "Kernel.system 'id'",
        "kernel.exec('id')", "IO.popen ( 'id' )", "%x{id}", "Kernel%2Eexec('id')",
    ]),
    # later releases: Perl injection
    ("generic", "perl-injection", [
        "@{[system 'id']}", "qx(id)", "qx{id}", "exec 'id'", "open(F,'|id')", "${\\`id`}", "eval{system 'id'}",
        "@{[ `id` ]}", "QX(id)", "qx/id/", "@%7B%5Bsystem%20'id'%5D%7D",
    ]),
    # later releases: Node.js DoS
    ("generic", "nodejs-dos", [
        "while(true){}", "while(1){}", "for(;;){}", "do{}while(1)", "while(!0);", "for(;;);",
        "while (true) {}", "while/**/(1){}", "WHILE(TRUE){}", "while%28true%29%7B%7D",
    ]),
    # later releases: PHP data scheme
    ("generic", "php-data-scheme", [
        "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+", "data:text/plain,<?php phpinfo();?>",
        "data:;base64,PD9waHA=", "data://application/x-php;base64,PD9waHA=", "data://text/plain,<?php",
        "DATA://text/plain;base64,PD9waHA=", "Data:Text/Plain;Base64,PD9waHA=",
        "data%3A%2F%2Ftext%2Fplain%3Bbase64%2CPD9waHA%3D", "data://text/plain ;base64,PD9waHA=",
    ]),
    # 941100 libinjection
    ("xss", "xss-libinjection", [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>',
        "<body onload=alert(1)>", "<iframe src=javascript:alert(1)>", "'><a href=javascript:alert(1)>x</a>",
        "<ScRiPt>alert(1)</sCrIpT>", "<img/src=x/onerror=alert(1)>", "<svg\tonload=alert(1)>",
        "%3Cscript%3Ealert(1)%3C/script%3E", "<img src=x onerror=alert&#40;1&#41;>",
    ]),
    # 941110 script tag vector
    ("xss", "xss-script-tag", [
        "<script>", "<script>alert(1)</script>", "<script src=//x.example/a.js>", "<script/x>", "</script><script>",
        "<SCRIPT>", "<ScRiPt >", "<script\n>", "%3Cscript%3E", "<script\tsrc=x>", "<scr<script>ipt>",
    ]),
    # 941120 event handler vector
    ("xss", "xss-event-handler", [
        " onerror=alert(1)", '" onload="x', "<x onclick=alert(1)>", "' onmouseover='alert(1)", "/onfocus=alert(1)",
        " onpointerenter=x",
        " ONERROR=alert(1)", " onload\t=alert(1)", '"\tonmouseover=alert(1)', "%20onerror%3Dalert(1)", " OnLoAd=x",
    ]),
    # 941130 attribute vector
    ("xss", "xss-attribute", [
        "xlink:href=javascript:alert(1)", "formaction=javascript:alert(1)", '<!ENTITY x SYSTEM "file:///etc/passwd">',
        "data:text/html,<script>", "@import 'x.css'", ";base64,PHNjcmlwdD4=",
        "XLINK:HREF=x", "FormAction=x", "data:text/html;base64,PHNjcmlwdD4=", "@IMPORT url(x)",
        "xlink%3Ahref%3Djavascript:alert(1)",
    ]),
    # 941140 javascript URI vector
    ("xss", "xss-js-uri", [
        'style="background:url(javascript:alert(1))"', "x:url(javascript:alert(1))", "style=a:url(javascript:x)",
        "-moz-binding:url(x.xml#x)", 'style="behavior:url(x.htc)"', '<a href="javascript:alert(1)">',
        "STYLE=A:URL(JAVASCRIPT:X)", 'style="background: url( javascript:alert(1) )"', "style=a:url(&#106;avascript:x)",
        "style%3Da%3Aurl(javascript%3Ax)",
    ]),
    # 941160 NoScript HTML injection
    ("xss", "xss-noscript-html", [
        "<script>", "<iframe src=x>", "<object data=x>", "<embed src=x>", "<form action=x>", "<svg onload=x>",
        "<img src=x onerror=x>", "<meta http-equiv=refresh content=0;url=x>",
        "<IFRAME SRC=x>", "<iframe\nsrc=x>", "%3Cembed%20src%3Dx%3E", "<Form Action=x>",
    ]),
    # 941170 NoScript attribute injection
    ("xss", "xss-noscript-attr", [
        "javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "data:text/html,<b>x</b>", "@import url(x)",
        "-moz-binding:url(x)", "javascript:x.name",
        "JAVASCRIPT:alert(1)", "javascript:\talert(1)", "@im\\port url(x)", "java%0ascript:alert(1)",
        "-MOZ-BINDING:url(x)",
    ]),
    # 941180 node-validator blacklist keywords
    ("xss", "xss-node-validator", [
        "document.cookie", "document.write(x)", "x.parentNode", "x.innerHTML=y", "window.location=x", "-moz-binding",
        "<!--", "<![CDATA[x]]>",
        "Document.Cookie", "WINDOW.LOCATION=x", "%3C!--x", "document.cookie%3D1",
    ]),
    # 941190 IE filters: style
    ("xss", "xss-ie-style", [
        "<style>@import'x';</style>", "<style>*{x:expression(alert(1))}</style>", "<style>@import url(x)</style>",
        "<style>a{b:expression(1)}",
        "<STYLE>@import'x'</STYLE>", "<style type=text/css>@\\import'x'", "<style>a{b:exp/**/ression(1)}",
        "<style>\n@import'x'", "%3Cstyle%3E@import'x'", "<style>a{b:e\\xpression(1)}",
    ]),
    # 941200 IE filters: VML frame
    ("xss", "xss-ie-vmlframe", [
        "<v:vmlframe src=x>", '<x:vmlframe src="x.vml">', "<v:vmlframe src=//x.example/a.vml#x>",
        "<V:VMLFRAME SRC=x>", "<v:vmlframe\tsrc=x>", "<v:vmlframe/src=x>", "%3Cv%3Avmlframe%20src%3Dx%3E",
        "<v:VmlFrame sRc = x>",
    ]),
    # 941210 IE filters: obfuscated javascript:
    ("xss", "xss-ie-js-obf", [
        "ja&#x09;vascript:alert(1)", "&#106;avascript:alert(1)", "jav&#x0A;ascript:x", "&#x6A;&#x61;vascript:x",
        "java&#09;script:x", "j&#97;vascript:x",
        "JAVA&#X09;SCRIPT:x", "javas&#99;ript&#58;x", "%26%23106%3Bavascript:x", "jav&#x0D;ascript:x",
    ]),
    # 941220 IE filters: obfuscated vbscript:
    ("xss", "xss-ie-vbs-obf", [
        "vbscript:msgbox(1)", "vb&#x09;script:msgbox(1)", "&#118;bscript:x", "vbscr&#x0A;ipt:x", "&#x76;&#x62;script:x",
        "VB&#X09;SCRIPT:x", "vbs&#99;ript&#58;x", "vbscript&#x3A;x", "%26%23118%3Bbscript:x",
    ]),
    # 941230 IE filters: embed
    ("xss", "xss-ie-embed", [
        "<embed src=x>", "<embed type=image/svg+xml src=x>", "<embed src=data:image/svg+xml,x>",
        "<EMBED SRC=x>", "<embed/src=x>", "<embed\tsrc=x>", "%3Cembed%20src%3Dx%3E", "<Embed Type=x>",
    ]),
    # 941240 IE filters: import implementation
    ("xss", "xss-ie-import", [
        "<?import namespace=t implementation=#default#time2>", "<import implementation=x>",
        '<import namespace=x implementation = "#default#x">',
        "<?IMPORT IMPLEMENTATION=x>", "<import/implementation=x>", '<?import\timplementation="#default#VML">',
        "%3C%3Fimport%20implementation%3Dx%3E", "<?ImPoRt implementation=x>",
    ]),
    # 941250 IE filters: meta http-equiv
    ("xss", "xss-ie-meta-http-equiv", [
        "<meta http-equiv=refresh content=0;url=x>", "<meta http-equiv=Set-Cookie content=a=b>",
        "<meta http-equiv=content-type content=x>", '<meta http-equiv="refresh">',
        "<META HTTP-EQUIV=REFRESH>", "<meta/http-equiv=refresh>", "<meta http-equiv=&#114;efresh>",
        "%3Cmeta%20http-equiv%3Drefresh%3E", "<meta\thttp-equiv='Set-Cookie'>",
    ]),
    # 941260 IE filters: meta charset
    ("xss", "xss-ie-meta-charset", [
        "<meta charset=UTF-7>", '<meta charset="x">', "<meta content=x charset=utf-7>",
        "<META CHARSET=UTF-7>", "<meta/charset=utf-7>", "<meta\tcharset=x>", "%3Cmeta%20charset%3Dutf-7%3E",
        "<Meta ChArSeT = utf-7>",
    ]),
    # 941270 IE filters: link href
    ("xss", "xss-ie-link", [
        "<link rel=stylesheet href=x>", "<link href=//x.example/a.css>", "<link rel=import href=x>",
        "<LINK HREF=x>", "<link/href=x>", "<link\thref=x>", "%3Clink%20href%3Dx%3E", "<Link Rel=x HrEf = x>",
    ]),
    # 941280 IE filters: base href
    ("xss", "xss-ie-base", [
        "<base href=//x.example/>", "<base href=javascript:/a/>", "<base target=_self href=x>",
        "<BASE HREF=x>", "<base/href=x>", "<base\thref=x>", "%3Cbase%20href%3Dx%3E", "<Base HREF = x>",
    ]),
    # 941290 IE filters: applet
    ("xss", "xss-ie-applet", [
        "<applet>", "<applet code=X.class>", "<applet codebase=//x.example/>",
        "<APPLET>", "<applet/code=x>", "<applet\tcode=x>", "%3Capplet%3E", "<ApPlEt archive=x.jar>",
    ]),
    # 941300 IE filters: object
    ("xss", "xss-ie-object", [
        "<object data=x>", "<object type=text/html data=x>", "<object classid=clsid:x>", "<object codetype=x>",
        "<object code=x>",
        "<OBJECT DATA=x>", "<object/data=x>", "<object\tdata=x>", "%3Cobject%20data%3Dx%3E", "<ObJeCt ClassId = x>",
    ]),
    # 941310 US-ASCII malformed encoding
    ("xss", "xss-us-ascii", [
        "\u00bcscript\u00bealert(1)\u00bc/script\u00be", "\u00bcscript\u00be", "\u00bc/script\u00be",
        "\u00bcimg src=x onerror=alert(1)\u00be", "<script\u00be", "\u00bcscript>",
        "\u00bcSCRIPT\u00be", "\u00bcscript\t\u00be", "%BCscript%BE", "\u00bcScRiPt\u00bealert(1)",
    ]),
    # 941350 UTF-7
    ("xss", "xss-utf7", [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-", "+ADw-script+AD4-", "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ADw-/script+AD4-", "+ADwAcwBjAHIAaQBwAHQAPg-",
        "+adw-script+ad4-", "+ADw-SCRIPT+AD4-", "+ADw- script+AD4-", "%2BADw-script%2BAD4-", "+AdW-script+aD4-",
    ]),
    # 941360 JSFuck / Hieroglyphy
    ("xss", "xss-jsfuck", [
        "![]+[]", "!![]", "+!+[]", "(![]+[])[+[]]", "[][(![]+[])[+[]]]", "(+{}+[])[+!![]]",
        "![] + []", "( ! [] + [] ) [ + [] ]", "%21%5B%5D%2B%5B%5D", "!/**/[]+[]",
    ]),
    # 941370 JavaScript global variable
    ("xss", "xss-js-global", [
        "window['alert'](1)", "self['al'+'ert'](1)", 'top["alert"](1)', "this['alert'](1)", "document['cookie']",
        "globalThis['alert'](1)", "parent['alert'](1)", "frames['alert'](1)",
        "window /**/ ['alert']", "top\t['alert']", "WINDOW['alert']", "self%5B'alert'%5D(1)",
    ]),
    # 941101 libinjection on the path and the Referer
    ("xss", "xss-libinjection-pl2", [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>', "<body onload=x>",
        "<iframe src=javascript:x>",
        "<ScRiPt>alert(1)</ScRiPt>", "<svg/onload=alert(1)>", "%3Cscript%3Ealert(1)%3C/script%3E",
        "<img src=x onerror=alert&#40;1&#41;>",
    ]),
    # 941150 disallowed HTML attributes
    ("xss", "xss-disallowed-attr", [
        "<img src=//x.example/p.gif>", "<a href=//x.example>", '<div style="position:fixed">', "src=x", "href=x",
        "style=x",
        "SRC=x", "HREF = x", "Style\t=x", "src%3D//x.example/a.js",
    ]),
    # 941320 HTML tag handler
    ("xss", "xss-html-tag", [
        "<marquee>", "<details open>", "<svg>", "<video>", "<audio src=x>", "<input autofocus>", "<b>x</b>",
        "<MARQUEE>", "<svg/>", "<details\topen>", "%3Cvideo%3E", "<BlInK>",
    ]),
    # 941330 IE filters: string break and assignment
    ("xss", "xss-ie-string-assign", [
        "\";location='x'", "';name='x", "\"-onerror='x", "\";valueOf=x", "'; location = 'javascript:x'",
        "';\\u006cocation='x'", "\";LOCATION='x'", "' ;name='x'", "%22;location%3D'x'", "\"/**/;name='x",
    ]),
    # 941340 IE filters: string break and member assignment
    ("xss", "xss-ie-string-member", [
        "\";a.b=c", "';x.y=1", "\";window.x=1", "');x.y='1", "\"}a.b=c",
        "\" ;a.b=c", "';X.Y=1", "\";a/**/.b=c", "%22%3Ba.b%3Dc", "'-a.b='c",
    ]),
    # 941380 AngularJS client-side template injection
    ("xss", "xss-angular", [
        "{{constructor.constructor('alert(1)')()}}", "{{$on.constructor('alert(1)')()}}", "{{7*7}}",
        "{{'a'.constructor.prototype.charAt=[].join}}", "{{$eval('x')}}",
        "{{toString().constructor.constructor('x')()}}",
        "{{ constructor.constructor('alert(1)')() }}", "{{CONSTRUCTOR.CONSTRUCTOR('x')()}}",
        "%7B%7Bconstructor.constructor('x')()%7D%7D", "{{ 7 * 7 }}", "{{/**/7*7}}",
    ]),
    # later releases: JavaScript method
    ("xss", "xss-js-method", [
        "alert(1)", "prompt(1)", "confirm(1)", "eval(x)", "setTimeout(x)", "atob('YQ==')", "fetch('//x.example')",
        "new Function(x)",
        "alert (1)", "ALERT(1)", "eval\t(x)", "alert%281%29",
    ]),
    # later releases: JavaScript function without parentheses
    ("xss", "xss-no-parens", [
        "alert`1`", "onerror=alert;throw 1", "throw onerror=alert,1", "[1].find(alert)", "setTimeout`alert\\x281\\x29`",
        "location='javascript:alert\\x281\\x29'", "top['alert']`1`",
        "alert `1`", "ALERT`1`", "onerror=alert;throw/**/1", "alert%601%60",
    ]),
]

REAL_PLACES = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Note",
               "param-name", "xml", "multipart-field", "multipart-filename", "path"]
REAL_NAMES = ["q", "name", "bio", "search", "comment", "title"]
RS_PLACES = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:User-Agent", "rs-header:Referer",
             "rs-header:X-Test", "rs-cookie"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items"]
RS_POST_PATHS = ["/post", "/", "/index.php", "/api/v1/items"]
BOUNDARY = "----fortyeighthBoundary7MA4YWxkTrZu0gW"
SESSION_VALUE = "a1b2c3d4e5f60718293a4b5c6d7e8f90"


def _hval(value: str) -> str:
    """A header value as sent: no CR, LF or NUL."""
    return value.replace("\r", " ").replace("\n", " ").replace("\x00", " ")


def _with_headers(req: dict[str, Any], **extra: str) -> dict[str, Any]:
    headers = dict(req["headers"])
    for k, v in extra.items():
        headers[k.replace("_", "-")] = v
    return {**req, "headers": headers}


def _xml(uri: str, field: str, value: str, root: str = "user") -> dict[str, Any]:
    text = f"<![CDATA[{value}]]>" if ("<" in value or "&" in value) else value
    body = f'<?xml version="1.0" encoding="UTF-8"?><{root}><{field}>{text}</{field}></{root}>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}


def _multipart(uri: str, field: str, value: str, filename: str | None = None) -> dict[str, Any]:
    parts = [f"--{BOUNDARY}", 'Content-Disposition: form-data; name="display_name"', "", "Ann"]
    if filename is None:
        parts += [f"--{BOUNDARY}", f'Content-Disposition: form-data; name="{field}"', "", value]
    else:
        safe = _hval(filename).replace('"', "%22")
        parts += [f"--{BOUNDARY}", f'Content-Disposition: form-data; name="{field}"; filename="{safe}"',
                  "Content-Type: application/octet-stream", "", value]
    parts += [f"--{BOUNDARY}--", ""]
    return {"method": "POST", "uri": uri, "body": "\r\n".join(parts),
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _real(place: str, name: str, payload: str) -> tuple[dict[str, Any], str]:
    """The payload in one of our routes; (request, the payload as sent)."""
    if place == "query":
        return _get(_query("/api/users", [(name, payload), ("page", "1")])), payload
    if place == "form":
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, payload)]), payload
    if place == "json":
        return _json("/api/users", {"email": "ann@example.org", name: payload}), payload
    if place == "cookie":
        req = _with_headers(_get("/api/users?page=1"),
                            Cookie="session=abc123; " + name + "=" + urllib.parse.quote(payload, safe=""))
        return req, payload
    if place.startswith("header:"):
        value = _hval(payload)
        return _with_headers(_get("/api/users?page=1"), **{place[7:]: value}), value
    if place == "param-name":
        return _get("/api/users?" + urllib.parse.quote(payload, safe="") + "=1&page=1"), payload
    if place == "xml":
        return _xml("/api/users", name, payload), payload
    if place == "multipart-field":
        return _multipart("/api/users/42/profile", name, payload), payload
    if place == "multipart-filename":
        return _multipart("/api/users/42/avatar", "file", "GIF89a", filename=payload), _hval(payload)
    if place == "path":
        return _get("/api/users/" + urllib.parse.quote(payload, safe="")), payload
    raise ValueError(place)


def _rs(place: str, name: str, payload: str, k: int) -> tuple[dict[str, Any], str]:
    """The payload as a WAF regression suite sends it, to a path that is not ours; (request, payload as sent)."""
    get_path = RS_GET_PATHS[k % len(RS_GET_PATHS)]
    post_path = RS_POST_PATHS[k % len(RS_POST_PATHS)]
    if place == "rs-query":
        return _get(get_path + "?" + name + "=" + urllib.parse.quote(payload, safe="")), payload
    if place == "rs-form":
        return _form(post_path, [(name, payload)]), payload
    if place == "rs-json":
        return _json(post_path, {name: payload}), payload
    if place == "rs-xml":
        return _xml(post_path, name, payload, root="root"), payload
    if place == "rs-cookie":
        return _with_headers(_get(get_path), Cookie=name + "=" + urllib.parse.quote(payload, safe="")), payload
    if place.startswith("rs-header:"):
        value = _hval(payload)
        return _with_headers(_get(get_path), **{place[10:]: value}), value
    if place == "rs-path":
        return _get("/" + urllib.parse.quote(payload, safe="")), payload
    if place == "rs-multipart-filename":
        return _multipart(post_path, "file", "GIF89a", filename=payload), _hval(payload)
    raise ValueError(place)


def _session(sub: str, i: int, name: str, rs: bool) -> tuple[dict[str, Any], str, str]:
    """A session-id parameter name (sent as written, percent escapes kept), in a query or a form; the off-domain
    Referer title gets one, the no-Referer title none."""
    pair = f"{name}={SESSION_VALUE}"
    if rs:
        place = "rs-param-name" if i % 2 == 0 else "rs-form-param-name"
        path = RS_GET_PATHS[i % len(RS_GET_PATHS)] if i % 2 == 0 else RS_POST_PATHS[i % len(RS_POST_PATHS)]
        referer = "http://evil.example.net/x.html"
    else:
        place = "param-name" if i % 2 == 0 else "form-param-name"
        path = "/api/users" if i % 2 == 0 else "/admin/users/search"
        referer = "https://attacker.example/landing"
    if place.endswith("form-param-name"):
        fields = "csrf_token=t0k3n&" if not rs else ""
        req = {**_form(path, []), "body": fields + pair}
    else:
        req = _get(path + "?" + pair)
    if sub == "session-fixation-referer":
        req = _with_headers(req, Referer=referer)
    return req, place, pair


def _placements(sub: str, i: int, g: int) -> tuple[str, str]:
    """(real placement, regression-suite placement) of the i-th payload of a title, g-th overall."""
    if sub == "php-upload":
        return (["multipart-filename", "header:X-File-Name"][i % 2],
                ["rs-header:X-Filename", "rs-multipart-filename"][i % 2])
    if sub == "xss-libinjection-pl2":
        return ["path", "header:Referer"][i % 2], ["rs-header:Referer", "rs-path"][i % 2]
    return REAL_PLACES[g % len(REAL_PLACES)], RS_PLACES[g % len(RS_PLACES)]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    g = 0
    for category, sub, payloads in TITLES:
        for i, payload in enumerate(payloads):
            if sub.startswith("session-fixation"):
                for rs in (False, True):
                    req, place, sent = _session(sub, i, payload, rs)
                    n += 1
                    yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                           "placement": place, "payload": sent}
                g += 1
                continue
            real, rs_place = _placements(sub, i, g)
            built = [_real(real, REAL_NAMES[g % len(REAL_NAMES)], payload),
                     _rs(rs_place, RS_NAMES[g % len(RS_NAMES)], payload, g)]
            for (req, sent), place in zip(built, (real, rs_place), strict=True):
                n += 1
                yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": sent}
            g += 1


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, innocently.

CHAT_TEXTS = [
    # PHP talk
    "anyone else seeing php-fpm restarts after the 8.3 bump?",
    "phpinfo is disabled on prod, use the health endpoint instead",
    "the legacy uploader only accepts jpg and png now, php files get rejected",
    "we set allow_url_include to off years ago, it's in the ansible role",
    "please don't read $_GET directly in controllers, use the request object",
    "the webhook handler reads the raw body from php://input, that's expected",
    "the phar for deployer lives in tools/, run it with php deployer.phar",
    "composer install takes forever on the CI runner today",
    "who owns the serialize calls in the old session handler?",
    "the system tests are flaky again, rerunning the pipeline",
    "exec summary for Q3 is in the shared drive",
    "shell scripts go in bin/, not in the repo root",
    "passthrough mode for the proxy is enabled on staging only",
    "the CSV export opens too many files, there's a ticket for it",
    "base64 decoding the attachment fails for big PDFs, looking into it",
    "file_get_contents has a 5s timeout in our http wrapper",
    "the assert in that unit test was backwards, fixed in the PR",
    "eval period for the new vendor ends on Friday",
    "glob patterns in .gitignore need a leading slash to anchor them",
    "zip the logs and attach them to the ticket please",
    "expect a short outage tonight at 22:00 UTC",
    "the data export is ready, check your email",
    "compress the images before uploading, the limit is 5 MB",
    "upload_max_filesize is set in docker/php.ini",
    "open_basedir is set per vhost, ask ops before touching it",
    "mkdir failed on the shared volume, chmod 775 fixed it",
    "the fwrite errors were just the disk filling up",
    "unlink the old symlink before the deploy script recreates it",
    "the mail queue is stuck, restarting the worker now",
    "ini settings differ between CLI and FPM, that's why the test passed locally",
    "the safe mode toggle in the editor hides the raw HTML tab",
    "auto prepend for the profiler is only on the perf box",
    "the GLOBALS refactor is merged, no more global state in the cart",
    "session handler switched to redis yesterday",
    "the cookie banner text needs legal review",
    "variables in the template are escaped by default, no need for htmlspecialchars",
    "we moved the PHP 7.4 sites to 8.2 last sprint",
    "function names in the legacy module are all snake_case",
    "the rar and 7z attachments are blocked by the mail gateway",
    "zlib compression is on for the API responses",
    "ssh2 extension is not installed on the new hosts, use the CLI",
    "the Example class in the docs is just a stub",
    "stdClass objects everywhere in the old code, typing them is a slow job",
    "ArrayObject was only used in the importer",
    # Node / JS talk
    "Node 22 upgrade done, child processes now go through execa",
    "the require cache trick broke hot reload, reverted",
    "process.env is read once at startup in config.ts",
    "the constructor sets up the event listeners, see app.ts",
    "prototype chain diagrams from the workshop are in the wiki",
    "use setTimeout with a function reference, not a string",
    "Function components only in the new React code please",
    "global state lives in the store, not on window",
    "globalThis is fine in the polyfill, nowhere else",
    "Buffer.from with base64 is what the upload decoder uses",
    "vm module is not used anywhere, we checked",
    "the worker exits with process.exit(0) after the batch",
    "the kill switch for the feature flag is in LaunchDarkly",
    "the readFileSync in the CLI is fine, it runs once",
    "mainModule is deprecated, use require.main",
    "the fs module calls are all async now",
    "while true loops in the poller were replaced with a scheduler",
    "for loops over large arrays are slower than the map in this case, surprising",
    "the infinite scroll keeps loading while you hold the mouse down",
    "the alert fired at 3am, it was the disk on db-2",
    "set a prompt in the CLI so people confirm before deleting",
    "confirm the meeting time with the client please",
    "fetch the latest main before rebasing",
    "console logs are noisy in prod, turn them down",
    "atob and btoa are available in Node 18+",
    "eval of user formulas is done in the sandboxed sheet engine",
    "the new Function check in the linter is on",
    "throw an error instead of returning null there",
    "find the alert rule in grafana under Ops",
    "the template uses {{first_name}} and {{last_name}} placeholders",
    "the email says Hi {{name}}, welcome aboard",
    "angular 1 apps are being retired this year",
    "the handlebars helpers live in views/helpers",
    "7*7 is 49, the calculator bug is fixed",
    "constructor injection is how we wire the services",
    "the toString override on Money prints the currency",
    "valueOf on the Money class returns cents",
    "self-hosted runners are back online",
    "top priority this week is the billing migration",
    "this week's on-call is Priya",
    "the window manager on the kiosk crashed again",
    "document the cookie policy on the help page",
    "the parent node of the menu is the header element",
    "innerHTML is banned by the lint rule, use textContent",
    "the location field in the profile is optional",
    "name and location are shown on the public profile",
    "the frames per second counter is in the debug menu",
    # markup and CSS talk
    "the script tag for analytics is loaded async now",
    "onload handlers moved to addEventListener",
    "the onclick in the old template was replaced with a data attribute",
    "onerror fallback image is the grey avatar",
    "style guide update: no inline styles in emails",
    "href and src attributes must be https in the CMS",
    "the link to the style sheet was broken after the CDN move",
    "base URL for the API is in the env file",
    "the object storage bucket is called media-prod",
    "the embed code for the video is in the CMS",
    "meta description is too long on the pricing page",
    "charset is utf-8 everywhere, finally",
    "the applet in the old intranet is gone, good riddance",
    "import the CSV through the admin panel",
    "the CSS import order matters for the dark theme",
    "the markdown renderer strips HTML comments",
    "CDATA sections in the RSS feed are fine",
    "the VML shapes were for old Outlook, we dropped them",
    "the javascript bundle is 310 kB gzipped",
    "vbscript macros in the old spreadsheets need to be rewritten",
    "data attributes are how the widgets get config",
    "the XLink support in the SVG renderer is fine",
    "form action for the newsletter goes to the ESP",
    "marquee and blink jokes in the retro theme, lol",
    "details and summary elements for the FAQ look great",
    "video and audio tags need captions for accessibility",
    "autofocus on the search input is annoying on mobile",
    "behavior of the dropdown changed after the upgrade",
    "the expression editor supports basic arithmetic",
    "binding the click in the directive was the fix",
    "wow!!! the build is finally green [finally]",
    "+1 on moving standup to 9:45",
    "!! urgent !! the printer on floor 3 is out of toner",
    "recipe for the team lunch: ¼ cup olive oil, ¾ cup flour",
    "add ½ teaspoon of salt and ¼ teaspoon of pepper",
    "the UTF-7 encoded emails from the old system look weird",
    "we use UTF-8 everywhere, UTF-16 only in the Windows export",
    "the array is empty [] when nobody is online",
    # sessions, cookies
    "session ids rotate on login since the audit",
    "the session cookie is HttpOnly and Secure now",
    "the JSESSIONID cookie from the old Java app can be ignored",
    "PHPSESSID shows up in the logs of the legacy forum",
    "cookie consent rates went up after the redesign",
    "sessionid in the support tool is just the ticket session",
    "the ASP.NET site is decommissioned next month",
    "set-cookie headers are stripped by the CDN for static files",
    "the cookie jar in the test client keeps the login",
    "clear your cookies if the dashboard looks stale",
    # SSRF / network talk
    "the metadata service credentials rotate hourly",
    "localhost:3000 is the dev server, 8080 the API",
    "the instance metadata endpoint is blocked from pods via network policy",
    "internal services are on 10.x addresses, public ones behind the LB",
    "my home router is at 192.168.1.1, nothing to do with work",
    "the VPN hands out 100.64.x addresses",
    "IPv6 support on the LB is live",
    "127.0.0.1 in the hosts file was the culprit",
    "the gopher mascot for the Go team arrived",
    "Google Cloud metadata docs are linked in the runbook",
    # prototype / Ruby / Perl
    "prototype of the onboarding flow is in Figma",
    "the __proto__ discussion in code review was about the lint rule",
    "constructor prototype diagrams help new hires",
    "the Ruby team moved the cron to sidekiq",
    "Kernel panic on the build box, rebooting",
    "IO bound jobs go to the async queue",
    "Open3 is used in the deploy script to capture output",
    "instance eval in the DSL is documented in the README",
    "Marshal dumps were replaced by JSON in the cache",
    "the Perl scripts in ops/ still run the nightly report",
    "qx in Perl is the same as backticks, TIL",
    "the open call in the Perl report reads the CSV",
    "send the system report to finance by noon",
    # general chat
    "lunch at 12:30?",
    "can someone review my PR before EOD",
    "the standup notes are in Notion",
    "happy birthday Marta!",
    "who has the key to the bike room",
    "the coffee machine is fixed",
    "heads up: the office closes early on Friday",
    "retro is moved to Thursday 15:00",
    "the quarterly planning doc is ready for comments",
    "welcome to the team, Jonas!",
    "I'll be out tomorrow, ping Sam for deploys",
    "the train was late again, joining in 10",
    "the client call went well, notes in the CRM",
    "new laptops arrive next week",
    "please fill in the survey by Wednesday",
    "the wifi on the 4th floor is flaky",
    "thanks for the help with the migration!",
    "pizza or sushi for the release party?",
    "the design review is at 2pm in room Orion",
    "holiday calendar for next year is published",
    "let's pair on the flaky test after lunch",
    "the demo went fine, the client asked for a PDF export",
    "who is taking notes in the all-hands?",
    "the parking garage is closed for cleaning on Monday",
    "congrats on shipping the mobile release!",
    "the error budget for the month is almost used up",
    "we hit 10k users today",
    "the hotfix is deployed, monitoring now",
    "I'm cutting the release branch at 4pm",
    "the staging database was refreshed from prod last night",
    "please update your Slack status when you're on PTO",
    "the customer in Lyon wants a call in French",
    "the invoice for March was sent twice, refunding one",
    "the intern presentation is Friday at 11",
    "someone left an umbrella in the meeting room",
    "the cake in the kitchen is for everyone",
    "the board meeting moved to next Tuesday",
    "can we get a bigger whiteboard?",
    "the new hire checklist is in the HR folder",
]

DOC_URLS = [
    "https://www.php.net/manual/en/function.passthru.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/ini.core.php#ini.allow-url-include",
    "https://www.php.net/manual/en/reserved.variables.get.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/language.basic-syntax.phptags.php",
    "https://www.php.net/manual/en/function.file-put-contents.php",
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://nodejs.org/api/process.html#processexitcode",
    "https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/object",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/embed",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/base",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/link",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/meta#charset",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/globalThis",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Template_literals",
    "https://developer.mozilla.org/en-US/docs/Web/CSS/@import",
    "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data",
    "https://developer.mozilla.org/en-US/docs/Web/SVG/Attribute/xlink:href",
    "https://docs.angularjs.org/guide/expression",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://ruby-doc.org/core/Kernel.html",
    "https://ruby-doc.org/stdlib/libdoc/open3/rdoc/Open3.html",
    "https://perldoc.perl.org/functions/qx",
    "https://perldoc.perl.org/functions/open",
    "https://owasp.org/www-community/attacks/Session_fixation",
    "https://owasp.org/www-community/attacks/xss/",
    "https://en.wikipedia.org/wiki/JSFuck",
    "https://en.wikipedia.org/wiki/UTF-7",
    "https://en.wikipedia.org/wiki/Prototype-based_programming",
    "https://github.com/acme/portal/blob/main/src/index.php",
    "https://github.com/acme/portal/pull/412/files",
    "https://gitlab.example.com/ops/scripts/-/blob/main/report.pl",
    "https://www.example.com/blog/2024/06/php-8-3-upgrade-notes",
    "https://shop.example.org/products/vintage-marquee-sign?color=red",
    "https://maps.example.com/?q=10+Downing+Street,+London",
    "https://calendar.example.com/event?id=4521&tz=Europe/Paris",
    "https://cdn.example.net/assets/app.min.js?v=3.14.1",
    "https://drive.example.com/file/d/1AbC_dEfGhIjKlMn/view",
    "https://status.example.io/incidents/2024-05-17",
    "https://jobs.example.com/apply?role=frontend-engineer&ref=slack",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://news.example.co.uk/world/2024/10/elections-results",
    "https://support.example.com/hc/en-us/articles/360001234567-Clearing-cookies",
    "https://docs.example.com/api/v2/sessions#session-id",
    "https://example.org/recipes/apple-pie?servings=8",
]

PROSE = [
    "customer says the upload of invoice.php.pdf failed, it is a PDF",
    "the system was down for 10 minutes on Tuesday",
    "execute the contract renewal before July",
    "the script for the onboarding video is approved",
    "Object of the meeting: budget review",
    "the location of the warehouse moved to Lyon",
    "Name: Jean-Luc O'Neill, Location: Dublin",
    "Our prototype was shown at the trade fair",
    "Constructor Ltd, 10 Builder Street",
    "Top customers by revenue this quarter",
    "Window cleaning scheduled on Monday",
    "Document the cookie policy in the handbook",
    "the alert level for the storm is orange",
    "please confirm the appointment by phone",
    "the prompt payment discount is 2%",
    "import duties for the shipment were paid",
    "the base price excludes VAT",
    "link the order to the customer account",
    "embed the map on the contact page",
    "the applet team is now the mobile team",
    "meta data for the photos is missing",
    "set cookie preferences on first visit",
    "session 3 of the training is on Thursday",
    "the style of the brochure is too busy",
    "source of the lead: trade fair in Milan",
    "while waiting for the shipment, use the old stock",
    "for ever grateful for the support, thanks team",
    "data protection officer contact: dpo@example.org",
    "zip code 75011 is in Paris",
    "the glob of paint on the wall needs fixing",
    "expect delivery in 3 to 5 days",
    "the file was too large to attach",
    "input from the customer survey is summarised below",
    "the filter on the search page ignores accents",
    "memory upgrade for the office laptops approved",
    "the temp staff start on Monday",
    "output of the meeting: three action items",
    "the phar-macy near the office closes at 7",
    "Kernel size of the corn was unusual this year",
    "IO Telecom invoice for May",
    "Marshal Street office is closing",
    "Perl Jam tickets for the team event",
    "Ruby Chen joined the finance team",
    "open the shop at 9 and close at 18",
    "send the quote by mail",
    "confirm receipt of the goods",
    "fetch the samples from reception",
    "new function in the accounting team: controller",
    "eval results for the interns are due",
    "the assert statement in the contract clause 4",
    "Metadata Lane 7, Springfield",
    "Google internal training on Friday",
    "the 169 invoices from last year are archived",
    "room 127 on the first floor",
    "10.0 is the new version of the brochure",
    "Frame shop order: 2 frames, 50x70",
    "the parent company is in Germany",
    "the self-service portal is down",
    "this is the final notice for the parking permit",
    "¼ of the budget is left for Q4",
]

SEARCHES = [
    "php developer", "php 8.3", "phpinfo", "system administrator", "exec assistant", "shell", "shell oil",
    "eval", "assert", "popen", "proc", "base64", "file upload", "zip code", "glob", "expect", "data analyst",
    "phar", "compress", "rar", "ssh", "input", "filter", "memory", "output", "stdin", "temp", "fd",
    "node.js", "require", "child process", "process", "constructor", "prototype", "global", "buffer",
    "function", "vm", "kill", "exit", "while", "for", "true", "alert", "prompt", "confirm", "fetch",
    "console", "atob", "setTimeout", "script", "javascript", "vbscript", "onload", "onclick", "onerror",
    "style", "href", "src", "link", "base", "applet", "object", "embed", "meta", "charset", "import",
    "marquee", "details", "video", "audio", "svg", "iframe", "frame", "window", "self", "top", "this",
    "document", "cookie", "session", "session id", "jsessionid", "sessionid", "location", "name", "value of",
    "angular", "template", "{{name}}", "metadata", "169.254", "localhost", "127.0.0.1", "192.168",
    "kernel", "IO", "open3", "marshal", "perl", "qx", "ruby", "O'Brien", "Ann-Marie", "José García",
    "Zoë Ünal", "Øyvind", "Ærø", "¼ inch", "¾ length", "UTF-7", "C++", "C#", "node & react", "a:b",
    "x:y", "@import", "#default", "A&B", "1+1", "50%", "$100", "$5 off", "[draft]", "(urgent)",
]

PEOPLE = [
    ("Ann O'Brien", "12 Oak Street, Dublin"),
    ("José García", "Calle Mayor 5, Madrid"),
    ("Zoë Ünal", "Bahnhofstrasse 7, Zürich"),
    ("Li Wei", "88 Nanjing Road, Shanghai"),
    ("Priya Natarajan", "4 MG Road, Bengaluru"),
    ("Jonas Šimkus", "Gedimino pr. 9, Vilnius"),
    ("Marta Kowalska", "ul. Długa 3, Gdańsk"),
    ("Øyvind Håland", "Storgata 1, Oslo"),
    ("Fatima Al-Sayed", "Sheikh Zayed Rd, Dubai"),
    ("Chloé Dupont", "15 rue de la Paix, Paris"),
    ("Sam Script", "1 Script Lane, Leeds"),
    ("Eve Alert", "22 Alert Avenue, Austin"),
    ("Bob Cookie", "9 Cookie Court, Chicago"),
    ("Ada Window", "3 Window Way, Bristol"),
    ("Tom Object", "5 Object Road, Perth"),
    ("Kim Base", "10 Base Street, Boston"),
    ("Max Link", "77 Link Road, Leipzig"),
    ("Mia Frame", "2 Frame Close, York"),
    ("Noah Marquee", "18 Theatre Row, New York"),
    ("Olivia Prompt", "6 Harbour St, Sydney"),
    ("Peter Kernel", "41 Mill Lane, Cambridge"),
    ("Ruby Open", "8 Gem Street, Denver"),
    ("Perla Ruiz", "Av. Reforma 222, Mexico City"),
    ("Yuki Tanaka", "2-1 Shibuya, Tokyo"),
    ("Sven Data", "Kungsgatan 4, Stockholm"),
    ("Lea Session", "Hauptstrasse 12, Wien"),
    ("Dr. Anne-Marie St. John", "Apt. 4B, 300 Park Ave, New York"),
    ("Grace Hopper", "Navy Yard, Arlington"),
    ("Ömer Çelik", "İstiklal Cd. 10, İstanbul"),
    ("Aarav Shah", "Flat 12, Marine Drive, Mumbai"),
    ("Kofi Mensah", "Ring Road 5, Accra"),
    ("Thandiwe Nkosi", "Long Street 40, Cape Town"),
    ("María José Peña", "Carrera 7 #71-21, Bogotá"),
    ("Nguyễn Văn An", "12 Lê Lợi, Hà Nội"),
    ("Ahmed Hassan", "Tahrir Sq. 1, Cairo"),
    ("Sofia Rossi", "Via Roma 10, Torino"),
    ("Lucas Martin", "3 place Bellecour, Lyon"),
    ("Emma Johnson", "PO Box 123, Anchorage"),
    ("Hana Novák", "Václavské nám. 1, Praha"),
    ("Isabel Costa", "Rua Augusta 50, Lisboa"),
    ("Mateo Fernández", "Av. Corrientes 1234, Buenos Aires"),
    ("Chen Jing", "Room 1201, 1 Queen's Rd, Hong Kong"),
    ("Lena Fischer", "Königsallee 30, Düsseldorf"),
    ("Oscar Wilde-Smith", "Unit 7, 1-3 High St, London"),
    ("Amara Obi", "15 Awolowo Rd, Lagos"),
    ("Ivan Petrov", "Nevsky pr. 28, St Petersburg"),
    ("Rosa Parks-Lee", "200 Main St #5, Montgomery"),
    ("Tariq Khan", "House 9, Street 3, Islamabad"),
    ("Mei Ling", "50 Orchard Rd, Singapore"),
    ("Pablo Neruda Jr.", "Calle 1 y 2, Valparaíso"),
]

UPLOAD_NAMES = [
    "invoice-2024-03.pdf", "photo.jpg", "IMG_2041.JPG", "avatar.png", "resume_ann_obrien.docx", "budget.xlsx",
    "slides.pptx", "notes.txt", "logo.svg", "scan 12.pdf", "holiday photo (1).jpeg", "contract_v2_final.pdf",
    "report.php.txt.pdf", "php-conference-badge.png", "phpstorm-settings.zip", "backup.tar.gz", "data.csv",
    "presentation.key", "voice memo.m4a", "Zoë's CV.pdf", "map.gif", "diagram.drawio", "archive.7z",
    "readme.md", "screenshot 2024-06-01 at 10.15.03.png", "script.pdf", "cookie-recipe.pdf", "session-notes.docx",
    "window-measurements.xlsx", "object-list.csv",
]

XML_NOTES = [
    "Please call before delivery", "Leave the parcel at reception", "Invoice to the head office",
    "PHP developer, remote", "Node.js and React", "alert me when the order ships", "script for the video",
    "window seat please", "cookie tin, 500 g", "session at 10:00", "location: Lyon", "name tag needed",
    "object storage quota 2 TB", "base plan, monthly", "link expires in 7 days", "embed the map",
    "frame 30x40", "top shelf", "self pickup", "this weekend", "document scan attached", "1/4 inch screws",
    "fish & chips", "A & B Ltd", "price < 100 EUR", "x > y in the chart", "Tom's order", "\"quoted\" note",
    "data sheet v2", "import from CSV",
]

BENIGN_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "curl/8.5.0", "python-requests/2.32.3", "okhttp/4.12.0", "PostmanRuntime/7.39.0", "node-fetch/1.0",
    "axios/1.7.2", "Go-http-client/2.0", "Java/17.0.11", "Ruby", "libwww-perl/6.77", "GuzzleHttp/7",
    "Slackbot 1.0 (+https://api.slack.com/robots)", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "AcmeMobile/5.2.1 (iOS 17.5; iPhone15,2)", "AcmeDesktop/1.8.0 Electron/30.1.0",
]

BENIGN_REFERERS = [
    "https://www.google.com/", "https://www.google.com/search?q=php+developer+jobs",
    "https://duckduckgo.com/?q=session+cookie+settings", "https://www.bing.com/search?q=node.js+process",
    "https://slack.com/", "https://app.slack.com/client/T061EG9R6/C0123456789",
    "https://github.com/acme/portal/issues/17", "https://news.ycombinator.com/item?id=40000000",
    "https://www.linkedin.com/feed/", "https://t.co/abc123",
    "https://mail.google.com/mail/u/0/", "https://outlook.office.com/mail/inbox",
    "https://docs.example.com/guide/cookies", "https://www.example.com/blog/script-tips",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/object",
    "https://stackoverflow.com/questions/1234567/how-to-read-php-input",
    "https://www.php.net/manual/en/function.system.php", "https://nodejs.org/en/learn",
    "https://localhost:3000/", "https://staging.example.com/admin/",
]

BENIGN_COOKIES = [
    "theme=dark", "lang=fr-FR", "tz=Europe%2FParis", "consent=analytics%2Cmarketing", "sidebar=collapsed",
    "last_search=php%20developer", "recent=script%2Cwindow%2Cobject", "cart=3", "ab_test=variant-b",
    "onboarding=done", "currency=EUR", "font_size=large", "layout=grid", "filter=open%20issues",
    "name=Zo%C3%AB", "prefs=%7B%22compact%22%3Atrue%7D", "tour_step=4", "region=eu-west", "beta=1",
    "seen_banner=2024-06",
]

ROOT_VISITS = [
    "/?utm_source=newsletter&utm_medium=email&utm_campaign=june",
    "/?ref=producthunt", "/?lang=de", "/?q=php+developer", "/?q=cookie+policy", "/index.php?page=about",
    "/search?q=session+timeout", "/search?q=script+writer", "/search?q=window+cleaning",
    "/?gclid=Cj0KCQjw", "/get?id=42", "/search?q=node.js+process", "/?fbclid=IwAR0abc",
    "/search?q=%C2%BC+inch+bolts", "/?s=alert+settings", "/?page=2&sort=name",
    "/search?q=data+export", "/search?q=expect+delivery", "/index.php?lang=fr", "/?q=O%27Brien",
]


def _search_requests(text: str) -> tuple[dict[str, Any], dict[str, Any]]:
    return (_get(_query("/api/users", [("q", text), ("page", "1")])),
            _json("/api/users/search", {"query": text, "limit": 20}))


def _profile_requests(name: str, address: str) -> tuple[dict[str, Any], dict[str, Any]]:
    return (_json("/api/users/42", {"name": name, "address": address, "email": "user@example.org"}),
            _multipart("/api/users/42/profile", "address", address))


def benign() -> Iterator[dict[str, Any]]:
    prefix = NAME
    n = yield from chat_and_bio(CHAT_TEXTS, prefix)
    n = yield from links_and_prose(DOC_URLS, PROSE, prefix, n)
    n = yield from numbered((r for s in SEARCHES for r in _search_requests(s)), f"{prefix}-search", n, "query+json")
    n = yield from numbered((r for p in PEOPLE for r in _profile_requests(*p)), f"{prefix}-profile", n,
                            "json+multipart")
    n = yield from numbered((_multipart("/api/users/42/avatar", "file", "GIF89a", filename=f) for f in UPLOAD_NAMES),
                            f"{prefix}-upload", n, "multipart-filename")
    n = yield from numbered((_xml("/api/users", "note", t) for t in XML_NOTES), f"{prefix}-xml", n, "xml")
    n = yield from numbered((_with_headers(_get("/api/users?page=1"), User_Agent=ua) for ua in BENIGN_UAS),
                            f"{prefix}-ua", n, "header:User-Agent")
    n = yield from numbered((_with_headers(_get("/api/users?page=1"), Referer=r) for r in BENIGN_REFERERS),
                            f"{prefix}-referer", n, "header:Referer")
    n = yield from numbered((_with_headers(_get("/api/users?page=1"), Cookie="session=abc123; " + c)
                             for c in BENIGN_COOKIES), f"{prefix}-cookie", n, "cookie")
    yield from _root(n)


def _root(n: int) -> Generator[dict[str, Any], None, int]:
    return (yield from numbered((_with_headers(_get(u), Accept="text/html") for u in ROOT_VISITS), f"{NAME}-root", n,
                                "query"))


if __name__ == "__main__":
    print_records(attacks(), benign())
