-- Our WAF rules: path traversal / file inclusion (130xxx). What a rule holds: edge.waf.rules.
local rules, rule = require("edge.waf.rules.define").list()

-- (a segment ending in "..", "/static../app/": an alias without its trailing slash, nginx's off-by-slash, steps up
-- from any segment of the path, not only the first)
rule(130100, "traversal", 5, [=[(?:^|[\\/;=:])\.{2,}[\\/]|(?:^|[\\/])[\w-]+\.\.[\\/]|[\\/]\.{2,}(?:[\\/;]|$)|(?:\.{2,}[\\/]){2}|(?:0x2e){2}|\.{2,}(?:%00|\x00|;)|\.\.(?:%?2f|%?5c)]=],
    "dot-dot path segment", { view = "path" })
-- A system directory as the value (also without its leading slash) or after "=", a quote, a separator; in
-- prose ("config lives in /etc/nginx/conf.d") only a system file a sentence would not name.
-- (and the homes enterprise servers and build tools install to: /opt/ibm, /opt/jboss, Oracle's /u01, SAP's /usr/sap,
-- IBM i's QSYS.LIB, /var/jenkins_home, /opt/atlassian, /opt/jfrog;
-- and an embedded device's flash and its configuration: /mnt/mtd, /dev/mtdblock3, /var/config, /etc_ro, /jffs)
local UNIX_DIRS = [=[(?:etc|proc|root|boot|sys|var/(?:log|www|lib|mail|spool|cron|run|adm|db|apache2?|nginx|backups|tmp|config|etc|opt|jenkins_home|atlassian)|run/secrets|mnt/(?:mtd|flash|nand|jffs2?)|dev/mtd(?:block)?\d*|etc_r[ow]|jffs2?|usr/(?:local|lib|share|etc|pkg|apache\d?|home|ports|sap)|opt/(?:lampp|xampp|bitnami|apache|tomcat\d*|jboss|wildfly|weblogic|websphere|ibm|oracle|sap|atlassian|jfrog|sonatype|nexus|gitlab|jenkins)|u0\d/(?:app|oracle)|qsys\.lib|qopensys)]=]
-- (a relative path from the value's start, but not a time zone: "Etc/GMT-14", "Etc/UTC")
rule(130110, "lfi", 5,
    [=[^\s*(?!etc/(?:gmt|utc|uct|universal|zulu|greenwich)\b)]=] .. UNIX_DIRS .. [=[/(?=\S*\s*$)|(?:^\s*|[^\w.\s])/]=] .. UNIX_DIRS .. [=[(?:/|$)|(?:^|[\\/])(?:etc[\\/](?:passwd|shadow|group|hosts|issue|motd|fstab|crontab|sudoers)|etc[\\/](?:httpd|apache2?|nginx|mysql|php\d?|ssh)[\\/](?:[\w.-]+[\\/])*[\w.-]*(?:\.(?:conf|cnf|ini|cfg|key|pem)|_config)\b|proc[\\/](?:self|\d+)[\\/])|(?:^\s*|[^\w.\s])/dev/(?:fd/|std(?:in|out|err)\b|u?random\b|zero\b|k?mem\b|port\b|tty\b)]=],
    "Unix system file path", { view = "path" })
rule(130120, "lfi", 5,
    [=[\b[a-z]:(?:\\|/)+(?:windows|winnt|inetpub|lotus[\\/]+domino|boot\.ini|documents and settings|users[\\/](?:administrator|default|all users)|system volume information|xampp|wamp|apache\d?|php\d?|mysql|home\d*[\\/]|sys(?:tem32|prep|log)|perl|htdocs|\w+\.(?:ini|log|conf|cnf|dat|sys|inf))|(?:^|[\\/])(?:windows|winnt)[\\/](?:system32|system|repair|win\.ini|system\.ini|debug|panther|php\.ini)|\b(?:boot|win|system)\.ini\b|%(?:systemroot|windir|comspec|system32)%|(?:^|[\\/])system32[\\/](?:config|drivers|inetsrv|logfiles|tasks|[\w-]+\.(?:exe|dll|ini|log))\b|\\\\[\w.-]+\\(?:[a-z]|admin|ipc)\$(?:\\|$)|[\w-]\.[a-z0-9]{1,8}::\$(?:data|index_allocation)\b]=],
    "Windows system file path, a file's NTFS data stream, or an administrative share (\\\\host\\c$)")
-- A bare name counts only as a whole value without spaces: "web.config transforms" is a sentence. (A server
-- script's backup copy, "global.asa.bak", is its source; Domino's names.nsf is its directory of users.)
local BACKUP_COPY = [=[(?:\.(?:bak|old|orig|sav|save|swp|tmp|copy|backup|\d+)|~)]=]
rule(130130, "lfi", 5,
    [=[(?:^(?!\S*\s)|[\\/])(?:\.ssh[\\/]|global\.asax?]=] .. BACKUP_COPY .. [=[?$|application\.cf[cm]]=] .. BACKUP_COPY .. [=[$|names\.nsf$|applicationhost\.config\b|my\.ini$|[\w-]+\.udl$|(?:nginx|apache2?|lighttpd|php-fpm|redis|mongod|postgresql|pg_hba|krb5|squid)\.conf$|(?:database|db|credentials|secrets|connection)\.(?:ini|cnf|conf|config|cfg|ya?ml|xml|json|properties)$|id_[rd]sa\b|authorized_keys\b|\.htaccess\b|\.htpasswd\b|\.user\.ini\b|web\.config\b|wp-config\.php|\.bash_history|\.bashrc|\.profile\b|\.git[\\/]|\.svn[\\/]|\.aws[\\/]|\.docker[\\/]|php\.ini\b(?!-)|my\.cnf\b|httpd\.conf\b|access[._]log\b|error[._]log\b|ntuser\.(?:dat|ini)\b|\.passwd\b|config\.inc\.php\b|localsettings\.php\b|typo3conf[\\/](?:local|additional)configuration\.php\b|(?:web|meta)-inf[\\/]|\.env(?:\.(?!example$|sample$|dist$|template$)[\w-]+)?$|\.netrc\b|\.npmrc\b|\.pgpass\b|\.git(?:-credentials|config)\b|\.kube[\\/]|\.\w+_history\b|\.(?:hg|bzr|cvs|idea|vscode)[\\/]|\.ds_store\b|\.htdigest\b|config[\\/](?:database|secrets|master|credentials|storage)\.(?:ya?ml|key)(?:\.enc)?\b|local_settings\.py\b|\.pypirc\b|app[\\/]etc[\\/](?:env|local)\.(?:php|xml)\b|configuration\.php\b|storage[\\/]logs[\\/][\w.-]+\.log\b|\.[\w.-]+\.sw[op]$|[\w.-]*[\w-]\.(?:php\d?|inc|asp|aspx|jsp|py|rb|conf|cfg|config|ini|ya?ml|json|xml|toml|properties|env|sql)(?:~|\.(?:bak|old|orig|save|swp|tmp|backup|\d))$)(?!\.(?:example|sample|dist|template)\b)|^[\w./\\-]*\.(?:sql|sqlite3?|mdb)(?:\.(?:gz|zip|bak))?$]=],
    "sensitive file name (a framework's secrets, a database dump)", { view = "path" })
-- (and an object store's stream wrapper, which AWS's and Google's SDKs register, to a PHP archive or script)
rule(130140, "lfi", 5,
    [=[\b(?:php|file|zip|phar|expect|glob|compress\.zlib|compress\.bzip2|jar|data|ogg|rar|ssh2\.\w+)://|\bphp://(?:filter|input|stdin|memory|temp|fd)|\bconvert\.(?:base64|iconv|quoted)|\b(?:php|file|phar|zip|expect|data):[/\\]*\\[/\\]*[a-z]|\bdata:(?!image/(?:png|jpe?g|gif|webp)\s*(?:;[\w-]+=[\w.-]+)*\s*;\s*base64,\s*(?:ivborw0kgg|/9j/|r0lgod|uklgr))[\w/+.-]*(?:;[\w-]+=[\w.-]+)*;base64,|\b(?:s3|gs)://[^\s?#]*\.(?:phar|php\d?|phtml)\b]=],
    "stream wrapper (an image's data: URL whose bytes start as that image does is an avatar)")
-- ("..." or ".........." alone is an ellipsis: a path needs the two dots alone or a slash after them)
rule(130150, "lfi", 5, [=[[\\/]\.{2,}$|^\.\.$|^\.{2,}[\\/]$|(?:^|[\\/])\.{2,}%]=], "bare dot-dot probe", { view = "path" })

-- (an "@" before a path asks an args4j or curl-style reader for the file's contents: Jenkins' "@/var/...", any
-- absolute path as the whole value;
-- an application's settings file by its absolute path, whatever language it is written in (EPrints' database.pl,
-- Django's settings.py); a file in a hidden directory of a user's home, where tools keep their tokens and state)
rule(130160, "lfi", 5,
    [=[(?:^@?|[\s'"=(])/(?:opt|srv|home|app|data|usr|var|mnt|www)/(?:[\w.$~-]+/)*(?:database|db|config|configuration|settings|local_settings|secrets?|credentials?|parameters|appsettings|connections?)\.(?:pl|pm|py|rb|js|json|ya?ml|toml|xml|db|php|lua|tfvars|properties|ini|conf|cfg|env)\b|(?:^@?|[\s'"=(])/(?:home|users)/[\w.-]+/\.(?!\.)[\w-]+/(?:[\w.-]+/)*[\w-]+\.[a-z]\w{0,5}\b|(?:^@?|[\s'"=(])(?:[a-z]:)?[\\/](?:[\w.$~-]+[\\/])*[\w.$~-]+\.(?:php\d?|phtml|inc|ini|conf|cnf|cfg|log|dat|config|env|sql|bak|htaccess|htpasswd|pem|key|mdb|asa|aspx?|jsp|cgi|properties|jks|keystore)\b|(?:^|[\s'"=(])(?:[a-z]:)?[\\/](?:[\w.$~-]+[\\/])*(?:conf|etc)[\\/](?:[\w.-]+\.(?:xml|ya?ml|json|properties)|htpasswd|htdigest)\b|^\s*@/(?:[\w.$~-]+/)+[\w.$~-]+\s*$|(?:^|[\s=(])(?=\S*[\\/])(?:[a-z]:)?[\\/]?(?:[\w.$~-]+[\\/])*?(?:xampp|wamp|inetpub|phpmyadmin|wp-content|wp-admin|wp-includes|library/(?:webserver|preferences|keychains|launchdaemons)|sites/default|cgi-bin|htdocs|private/var|private/etc)(?:[\\/]|$)|(?:^|[\s=(])(?:(?:[a-z]:)?[\\/](?:[\w.$~-]+[\\/])*?www-data(?:[\\/]|$)|(?:[\w.$~-]+[\\/])*?www-data[\\/])|\b[a-z]:[\\/](?:[\w.$~ -]+[\\/])*[\w.$~-]*(?: [\w.$~-]+)?\.(?:txt|xml|dat|ini|log|conf|inf|sys|bak|db)\b|\b[a-z]:[\\/]\$recycle\.bin\b|(?:^|/)tmp/sess_]=],
    "application or server file path (web.config: 130130; a server directory in a URL is a link)", { view = "path" })

return rules
