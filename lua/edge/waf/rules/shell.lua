-- Our WAF rules: command injection (132xxx). What a rule holds: edge.waf.rules.
local rules, rule = require("edge.waf.rules.define").list()

-- Commands that are not also everyday English words: a shell separator before them is enough.
local SHELL_CMDS = [=[(?:uname|whoami|pwd|ls|tac|wget|curl|nc|ncat|netcat|socat|systeminfo|ipconfig|ifconfig|nslookup|getent|perl|python[0-9.]*|php|ruby|bash|sh|zsh|ksh|csh|tcsh|cmd|cmd\.exe|powershell|pwsh|telnet|chmod|chown|chgrp|chattr|rm|rmdir|mkdir|tftp|lftp|crontab|nohup|setsid|sudo|pkexec|chroot|useradd|usermod|chpasswd|visudo|base64|base32|xxd|hexdump|md5sum|sha\d*sum|netstat|netsh|sysinfo|tasklist|taskkill|certutil|bitsadmin|wmic|fsutil|nbtstat|dsquery|gpresult|driverquery|getmac|klist|setspn|auditpol|pnputil|nmap|masscan|hping3|tcpdump|uptime|hostname|printenv|killall|pkill|pgrep|lsof|dmesg|dmidecode|lsb_release|whois|traceroute|tracert|ping6|mkfifo|mknod|gcc|xterm|gawk|mawk|nawk|gzip|gunzip|bzip2|unzip|7z|sftp|strace|ltrace|busybox|tclsh|jjs|jrunscript|irb|sendmail|iptables|modprobe|insmod|lwp-(?:download|request)|aria2c|launchctl|setenforce|setcap|getcap|scp|ssh-keygen|mshta|regsvr32|rundll32|schtasks|vssadmin|nltest|wscript|cscript|msiexec|findstr|icacls|cacls|attrib|forfiles|wevtutil|bcdedit|diskpart|qwinsta|quser|lsblk|lscpu|lspci|lsusb|lsmod|lsattr|getfacl|setfacl|sestatus|getenforce|ulimit|umask|nproc|fdisk|blkid|lastlog|faillog|nft|ufw|firewall-cmd|adduser|userdel|osascript|dscl|dscacheutil|system_profiler|plutil|command(?=\s+/c\b)|groupadd|disown|gpg|zcat|bzcat|xzcat|shred|dos2unix|readlink|pstree|fuser|javac|nasm|rustc|lynx|w3m|smbclient|rpcclient|ldapsearch|redis-cli|tshark|msfconsole|msfvenom|hashcat|nikto|arping|cksum|iconv|xcopy|robocopy|makecab|esentutl|ntdsutil|msbuild|installutil|regasm|regsvcs|odbcconf|cmstp|net1|qprocess|takeown|wusa|dism|cpan|cpulimit|easy_install|emacs|facter|flock|ionice|logsave|pico|puppet|rlwrap|rpm|rview|rvim|setarch|start-stop-daemon|stdbuf|taskset|unshare|nsenter|capsh|valgrind|zypper)]=]
-- Commands that are also words ("; ping me", "& sleep well"): they need a shell-looking argument.
local WORD_CMDS = [=[(?:id|cat|nl|node|lua|dash|ping|sleep|usleep|echo|printf|reg(?!;)|net(?!\s+\d)|ver|vol|ps|kill|env|set|export|dir|type|start|system|exec|eval|fetch|shutdown|reboot|halt|route|arp|dig|awk|passwd|ftp|timeout|mount)]=]
-- Words, tool names a bio lists ("search & find", "Go | MySQL | Docker") and tools in chat code blocks
-- ("```\nkubectl get pods"): a flag, path or URL must follow. (Filters a pipe feeds, grep, sort, head,
-- tail, sed, xargs, are everyday pipelines in developers' messages: left out.)
local TOOL_CMDS = [=[(?:find|top|htop|strings|diff|tee|touch|stat|dd|od|vi|vim|tar|ssh|scp|rsync|openssl|git|docker|kubectl|systemctl|journalctl|npm|pip3?|mysql|psql|sqlite3|gdb|tmux|nano|df|du|ss|su|cp|mv|ln|java|apt-get|apt|yum|dnf|apk)]=]
-- After the command word: ".exe", or a variable the shell expands to nothing ("cat$u /etc/passwd").
local CMD_END = [=[(?:\.exe|\$\{?[a-z_]\w*\}?)?]=]
-- a line break starts a command only where a run of them starts, and the spaces after a separator are
-- taken whole (possessive): a value of 16,000 line breaks cost a scan to its end from each one; a backtick
-- glued to the word before it opens a command substitution ("8.8.8.8`ping -c 3 x`"), where chat's code
-- spans follow a space
local SEPARATOR = [=[(?:[;|&]|(?<!\n)\n|\\n|[$<>]\(|\|\||&&|(?<=[\w.])`)\s*+[({]*+\s*+(?:/?(?:usr/)?(?:local/|xpg\d/|gnu/)?s?bin/)?]=]
-- Words that continue a sentence after a tool's name ("I like go; python is better", "; curl works now"):
-- no command takes them as its first argument.
local PROSE_WORDS = [=[(?:is|was|are|were|has|had|have|does|did|can|could|will|would|should|may|might|must|seems?|keeps?|needs?|works?|worked|failed|still|also|too|and|or|but|not|never|always|only|just|then|now|for|to|in|on|at|of|with|as|by|from|the|a|an|it|its|rocks|sucks|encodes?|decodes?)]=]
rule(132100, "rce", 5,
    -- "@": cmd.exe's no-echo prefix (not before word commands: "; @echo" is a handle). An interpreter
    -- with no script between pipes, before "&" and a word, a comma, or at the end, or followed by one plain
    -- word there, is a list of languages or of titles ("Rails | Python | Java", "Backend engineer; Python & Go",
    -- "java developer|php developer"), and an interpreter or HTTP client with its version (not an address's
    -- four numbers) before ";" or ")" is a client's platform ("Composer/2.7 (Linux; PHP 8.3.6; cURL 7.88.1)")
    SEPARATOR .. "@?" .. [=[(?!(?:perl|python[0-9.]*|php|ruby)\s*(?:\|(?!\|)|&(?!&)\s*[a-z]|,|$|\s+[a-z]+\s*(?:\||$)))(?!(?:perl|python[0-9.]*|php|ruby|node|curl|wget)[\s/]v?\d+(?:\.\d+){1,2}(?:-[\w.]+)?\s*(?:[;),]|$))]=] .. SHELL_CMDS .. CMD_END .. [=[(?:\s*$|\s*[;|&)}`#'"]|\s*</|\s*[<>]\s*[/~$]|\\n|\$\{?ifs|[\s+]+/\s*(?:$|[;|&])|[\s+]+(?:[-/](?=\S)|[\\$'"%.:*\d]|(?!]=] .. PROSE_WORDS .. [=[\b)\w))]=],
    "shell separator then command", { view = "cmd" })
-- Tools whose action word is the argument: services stopped, containers run, addresses listed, an account
-- taken over ("; IP address is" and "; docker is slow" are prose)
local TOOL_ACTIONS = [=[(?:ip\s+(?:-[a-z\d]+\s+)*(?:a|addr|link|r|route|neigh|rule|netns)(?:\s*(?:$|[;|&#`])|\s+(?:show|list|ls|add|del|flush|set|exec)\b)|systemctl\s+(?:start|stop|restart|reload|enable|disable|mask|kill|isolate|daemon-reload|poweroff|reboot)\b|service\s+[\w.@-]+\s+(?:start|stop|restart|reload)\b|(?:docker|podman)\s+(?:run|exec|cp|build|pull|save|load|rm|kill|inspect)\s|kubectl\s+(?:exec|run|cp|apply|delete|proxy|port-forward|create|patch|auth)\s|kubectl\s+get\s+secrets?\b|openssl\s+(?:s_client|s_server|enc|req|x509|base64|genrsa|rsa|rand|passwd)\b|(?:su|sudo\s+su|passwd|chpasswd|usermod|userdel|deluser|chage)\s+(?:-[a-z]*\s+)*(?:root|admin|administrator)\b|su\s+-\s*(?:$|[;|&#`]))]=]
rule(132105, "rce", 5,
    SEPARATOR .. [=[(?:(?:dig|host|nslookup|whois)\s+(?:@\S+\s+)?[\w-]+(?:\.[\w-]+)+\s*(?:$|[;|&`)])|ps[\s+]+-?(?:a?uxw*|e?f|ajxf?)\b|]=] .. WORD_CMDS
        .. CMD_END .. [=[(?!\s*=(?!=))(?:\s*$|\s*[;|&`]|\s*\)\s*(?:$|[;|&])|\s+#(?:\s|$)|\s*<\s*[/~$]|\\n|[\s+]+(?:-{1,2}[a-z\d]|[/\\$'"%]|\d|[a-z]:[\\/]|hk|@\d)|[^\S\n](?!(?:me|you|us|him|her|them|everyone|someone|]=] .. PROSE_WORDS .. [=[)\b)[^\n;|&]{0,60}(?:\\n|\n|>>?\s*(?:[/~$&]|[\w.-]*[/.]\w))|\n[^\n;|&]{0,60}\\n)|]=]
        .. TOOL_CMDS .. CMD_END .. [=[[\s+]+(?:-{1,2}[a-z]|[/\\$~]|[a-z]:[\\/]|[a-z]+://)|]=] .. TOOL_ACTIONS .. ")",
    "shell separator then a word-like command with shell arguments", { view = "cmd" })
-- (and a system directory with an empty variable glued on, "/bin$u/id", which the shell expands away; ksh's
-- "${ cmd; }", zsh's "=(cmd)" and fish's "| source": other shells' command substitutions; any program in a bin
-- directory after a separator)
rule(132110, "rce", 5,
    [=[\$\{?ifs\b|/(?:usr|bin|sbin|etc|tmp|dev|proc|var)\$(?:\{[a-z_]\w{0,10}\}|[a-z_]\w{0,10})/|(?:^|[;|&\n`(])\s*ifs\s*=|(?:^|[;|&\n`(])\s*\\alias\b|\b[a-z]+`[a-z]+`[a-z]|(?:\$\(|`)\s*!(?:!|-?\d+|[a-z]\w*)\s*[)`]|\bhistfile\s*=\s*/dev/null|\bunset\s+histfile\b|\bhistsize\s*=\s*0\b|\bset\s+\+o\s+history\b|(?:^|[;|&\n`(])\s*(?:ld_preload|ld_library_path|ld_audit|bash_env|pythonpath|perl5opt|node_options)=[^\s;|&]+\s+[a-z/.]|\$\{[a-z_]\w*(?:%%?|##?)[^}]{0,20}\$\{|\$\(\s*(?!(?:document|window|this)\s*\)|(?!(?:]=] .. SHELL_CMDS .. "|" .. WORD_CMDS .. "|" .. TOOL_CMDS .. [=[|alias|history)\))[a-z_][\w.]*\))[a-z`<]|[a-z]\$\(\s*(?::|true)?\s*\)[a-z]|(?:\$0|\b(?:ba|z|da|k)?sh)\s*<<<|(?:\$0|\$\{?shell\}?)\s+-c\b|\(\)\s*\{\s*\(\s*\w+\s*\)\s*=>|(?:^|[;|&\n])\s*(?:(?:typeset|declare|local|readonly|export)\s+(?:-[a-z]+\s+)*)?([a-z_]\w*)=(?:\$?'[^'\n]*'|"[^"\n]*"|[^\s;|&'"])+\s*[;|&\n]+(?:[^;|&\n]{0,40}?[a-z/]|\s*)\$\{?\1\b|!!python/(?:object|name|module)|\bnetsh\s+(?:firewall|advfirewall|interface|wlan)\b|\|\s*(?:/bin/)?(?:ba|z|k|c|da)?sh\b(?![,.]\s)|(?:^|[^\w])/bin/+(?:ba|z|k|c|da)?sh\b(?![,.]\s)|(?:^|[;|&\n])\s*\^\w+\^\w+\^?\s*$|:\s*\(\s*\)\s*\{\s*:\s*\|\s*:\s*&\s*\}|\(\s*\)\s*\{\s*:\s*\|\s*:\s*&\s*\}|\bbusybox\s+(?:nc|sh|ash|wget|telnetd?|httpd|tftp|ftpget|ftpput)\b|(?:^|[\s;|&])![a-z]{2,}:[ph]\b|/dev/(?:tcp|udp)/|\bs/[^/\s]{1,40}/[^/\n]{0,60}/[gimsx]*e[gimsx]*\s*$|\$\{run\{|(?:^|[\s'"=])(?:msl|ephemeral):[/\w]|%pipe%\S|(?:[;|&\n`]|\$\()\s*\{,?[\w./-]+,[\w./,-]*\}|://\S+\s*\|\s*(?:sudo\s+)?(?:perl|python[0-9.]*|ruby|php|node)\b|\(\)\s*\{\s*[\w:]*\s*;?\s*\}\s*[;>]|\b(?:use|require)\s+ipc::open[23]\b|\bopen3\s*\(\s*(?:my\s+)?[\w$]|\bsystem\s+q[qwx]?\s*[({\[/]|\beval\s+["'][^"']{0,80}\b(?:system|exec|qx)\b|\bnc\s+-[a-z]*[elvcp]|>\s*/dev/null|\bcmd(?:\.exe)?[\s,;=]*(?:/[a-z](?::\w+)?[\s,;=]+)*/[ck]\b|\b(?:powershell|pwsh)(?:\.exe)?\s+-|\$\{[a-z_]\w*:-?\d+:(?:1|-\d+)\}|\$\{(?:path|home|pwd|oldpwd|shell|ifs|ls_colors|user|hostname|ps[1-4])\s*:\s*-?\d+(?::-?\d+)?\}|<<<\s*[$'"]|\$\(\(\s*[\w$]|\$\[\s*\d+\s*[-+*/%]\s*\d+\s*\]|\$'(?:\\[0-7]{3}|[a-z][\w./-]*')|\b(?:if|while|until|elif)\s+\[\[?\s[^\]\n]{1,80}\]\]?\s*;\s*(?:then|do)\b|\bfor\s+\w+\s+in\s+[^;\n]{1,80};\s*do\b|\bproxycommand\s*=|--(?:checkpoint-action\s*=\s*exec|use-compress-program|to-command|rsh-command|rsync-path)\s*=|\s-exec\s+\S+[^\n]{0,80}?(?:\\;|\s\+)|[a-z]\$\{[a-z_]\w*\}[a-z]|\$[a-z_]\w*\$[@*]|\b(?:wget|curl)\s+(?:-\w+\s+)*(?:https?|ftp)://\S+\s*(?:[;>]|-o\b)|\$\{\s+[a-z][^{}\n]{0,80};\s*\}|(?:^|\s)=\(\s*(?:]=] .. SHELL_CMDS .. "|" .. WORD_CMDS .. [=[)\b|\b(?:curl|wget|echo|printf|cat|base64)\b[^|\n]{0,200}\|\s*source\s*(?:$|[;&|)])|(?:[;|&\n]|&&|\|\|)\s*/(?:usr/(?:local/)?)?s?bin/[a-z][\w.-]*(?:\s|$|[;|&])]=],
    "shell syntax")
-- The shell's own builtins (alias, history, fc), a probe in backticks, an interpreter's inline-code switch,
-- SQLite's dot commands and history recalled by number or by a command's first letters ("&& !ca"), read once
-- the shell's quoting is gone: "a''lias", "hist'o'ry -c", "`w\\hoami`", ".sh'ell' id".
rule(132280, "rce", 5,
    [=[(?:^|[;|&\n`(])\s*(?:(?:builtin\s+|command\s+)?alias\s+(?:-p\b|[\w-]+=)|unalias\s+-a\b|history\s+(?:-[cdwrnap]\b|\|)|fc\s+-[lsen]\b)|`\s*(?:alias|unalias|history|set|env|export|declare|printenv)\s*`|`\s*(?:id|whoami|uname(?:\s+-a)?|pwd|hostname|ifconfig|ipconfig|dir|ver|sysinfo|systeminfo|sleep\s+\d+|ping\s+(?:-\w+\s+)*\d{1,3}(?:\.\d{1,3}){3})\s*\\?`|`\s*(?:id|uname|whoami|pwd|ls|cat|wget|curl|nc|ping|sleep|echo|perl|python|php|bash|sh)\b[^`]*`\s*[;|&)]|\b(?:perl|ruby)\s+-e\b|\bpython[0-9.]*\s+-c\b|\bphp\s+-r\b|\b(?:ba)?sh\s+-[ci]\b|\b(?:node|lua|jjs)\s+-e\b|(?:^|[;|&\s])!(?:-\d+|\$|#|\?\w+\??)(?:$|[\s;|&:])|(?:^|[;|&/])\s*(?:sudo\s+)?!!\s*(?:$|[;|&:])|(?:^|[;\n])\s*\.(?:(?:shell|system)\s+\S|load\s+['"]?(?:[\w~-]*[./\\]|[\w~-]+['"]?\s*(?:$|[;\n])))|(?:^|[;\n])\s*\.(?:output|once|read|import|backup|restore|save|open|cd)\s+['"]?(?:[~.]?/|\|\s*[a-z/])|[;\n]\s*\.(?:she(?:ll?)?|sys(?:te?m?)?)\s+\S|^\s*\.(?:dump|tables|databases|schema|dbinfo)(?:\s+\w+)?\s*$|(?:[;|\n]|&&)\s*!(?!important\b)[a-z][\w.-]{0,15}\s*(?:$|[;|&])]=],
    "shell builtins, probes and interpreter switches, unquoted", { view = "cmd" })
-- A command word spelled with the shell's quoting inside it ("c''at", "p^ow^ershell", "c\\at", "ca$@t") at
-- a command's place: only an evasion writes a word so (edge.waf.command_views.spliced), whatever follows.
rule(132290, "rce", 5,
    [=[(?:^|[;|&\n`(]|\$\()\s*(?:/?(?:usr/)?(?:local/)?s?bin/)?(?:]=] .. SHELL_CMDS .. "|" .. WORD_CMDS .. "|" .. TOOL_CMDS
        .. [=[|head|tail|grep|sed|xargs|sort|less|more|alias|history|unset|which|whereis|locate)\b]=],
    "a command word hiding the shell's quoting inside it", { view = "spliced" })
rule(132120, "rce", 5,
    [=[<\?(?:php|=)|\[php\](?=[^\[]{0,400}\[/php\]|\s*(?:\$|\w+\s*\())|\?>\s*$|\b(?:eval|system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|phpinfo|phpversion|php_uname|getenv|assert|create_function|call_user_func|preg_replace|file_put_contents|fputs|fwrite)(?:_once)?(?:\s|/\*[^*]{0,40}\*/|//[^\n]{0,40}\n|#[^\n]{0,40}\n)*\(\s*\\?(?:['"`$]|\[\s*['"$]|\w+\s*\(|\))|\b(?:include|require)(?:_once)?\s*\(?\s*(?:\$|['"`]?(?:https?|ftp|php|data|expect|phar|zip)://)|\$_(?:get|post|request|cookie|server|files|env)\b|\$(?:http_(?:get|post|cookie|server|env|session|post_files)_vars|http_post_files|http_raw_post_data|http_response_header|php_errormsg)\b]=],
    "code execution function")
-- Deserializers run code named in the data: Java and .NET streams, PHP objects, Python pickles
-- importing a module that reaches the OS, Ruby Marshal gadgets; as a blob (base64, gzip or not)
rule(132230, "rce", 5,
    [=[^[\s\S]{0,2}\xac\xed\x00\x05|^(?:\xca\xfe\xba\xbe\x00\x00|\x00\x01\x00\x00\x00\xff\xff\xff\xff|[OC]:\d+:"[\w\\]+":\d+:\{|a:\d+:\{[^{}]{0,200}?O:\d+:"[\w\\]+":\d+:\{|(?:\x80[\x02-\x05][\s\S]{0,24}?)?(?:c|\x8c[\x01-\x20])(?:os|posix|nt|subprocess|builtins|__builtin__|commands|pty|socket|importlib|runpy)(?:\n|\x94)|\x04\x08[\s\S]{0,64}?o:[\s\S](?:Gem::|ERB\b|ActiveSupport::|ActionView::|ActiveRecord::|Rack::|Net::))]=],
    "serialized object in an encoded blob", { view = "blob" })
rule(132130, "rce", 5, [=[<!--\s*#\s*(?:exec|include|echo|config|printenv|fsize|flastmod)\b]=], "server-side include")
rule(132160, "rce", 5,
    -- backticks in chat quote a command in prose ("`ls -la` shows it", a whole message): only after a
    -- quote, separator or assignment, where a shell would run one
    "[;|&'\"(=$]\\s*`\\s*(?:/?(?:usr/)?s?bin/)?(?:" .. SHELL_CMDS .. "\\s+[^`]{1,80}|" .. WORD_CMDS
        .. [=[\s+[-/$\d'"][^`]{0,80})`\s*(?:$|[;|&)'"#])|`\s*]=] .. SHELL_CMDS .. [=[(?:\s+[^`]{1,80})?`\.[a-z\d-]+\.|(?:^|[^\w/])/(?=[a-z]*[?*])(?!\*+/)[a-z?*]{1,6}/[\w.-]{0,12}[?*]|(?:^|[^\w/])/usr/\*+/[a-z]|(?:^|[^\w*])/(?:usr/)?s?bin/(?:[a-z]+[?*]|[?*]+[a-z]|[a-z]*\[[a-z-]+\][a-z]*)|(?:^|[\s;|&=])/[a-z]*(?:[a-z]\[[a-z]\]|\[[a-z]\][a-z])[a-z]*/|(?:[;|&\n]|\$\()\s*[a-z]{0,8}[?*]+[a-z][a-z?*]{0,8}\s+[-/$~]|(?:^|[^\w/:.])/(?=[a-z?]{3,4}/)[a-z]{0,3}\?[a-z?]{0,3}/(?:[a-z?*]{1,6}/)?[a-z?*]*[a-z]|(?:^|[;|&\n])\s*/\*/[a-z][\w?*/.-]*]=],
    "command in backticks, or a path spelled with shell wildcards")
-- (and a Ruby Marshal stream in base64 whose top is an object, not the hash a Rails session holds: "BAhv..."
-- before a signed cookie's "--digest", which the blob view cannot decode; a file read of a literal path)
rule(132170, "rce", 5,
    [=[\bkernel\s*\.\s*(?:exec|system|spawn|open|eval|fork|`)|\b(?:file|io)\s*\.\s*(?:read|readlines|binread|foreach)\s*\(\s*['"][^'"]{1,120}['"]\s*\)|(?:^|[^a-z0-9+/])bah[v1dl][a-z0-9+/]{16}|\bio\s*\.\s*popen\s*\(|\bopen3\s*(?:\.|::)\s*(?:popen|capture|pipeline)\w*\s*(?:\(|['"%])|\.(?:instance_eval|class_eval|module_eval)\b|\.(?:send|public_send)\s*\(\s*:(?:system|eval|exec|spawn)\b|%x\s*[({\[]\s*[a-z/]|\bq?qx\s*[({\[/|'"!#<]\s*(?:/|(?:id|whoami|uname|ls|cat|wget|curl|nc|bash|sh|ping|echo|rm|perl|python|env|pwd|hostname|sleep|nslookup|dig|ifconfig|ip|ps|netstat)\b)|(?:^|[;|&{])\s*(?:print|die|warn|system|exec|eval)\b[\s+]*\(?\s*qq?\s*[{(\[|!]|\beval\s*\{[^}]{0,80}?(?:\b(?:system|exec|qx|open)\b|`)|\bopen\s*\(\s*(?:my\s+)?[\w$]+\s*,\s*['"]\s*(?:\||-\||[^'"|]{1,80}\|\s*['"])|\bio::(?:file|handle|pipe)\s*->\s*new\s*\(\s*['"][^'"]{0,80}\|\s*['"]|^\s*shell\s*\(?\s*['"][^'"\n]{1,80}['"]\s*\)?\s*;?\s*$|(?:^|[;{])\s*(?:system|exec)\s*\(?\s*(['"])(?:/bin/)?(?:id|whoami|uname|ls|cat|sh|bash|ping|curl|wget|nc|echo|rm|touch|sleep|env)\b[^'"\n]{0,60}\1|\buse\s+(?:posix|socket|io::socket(?:::\w+)?)\b|\bio::socket::(?:inet6?|ip|unix)\s*->\s*new\b|\$env\s*\{\s*['"]?\w+['"]?\s*\}|\bobjectspace\s*\.\s*(?:each_object|_id2ref)\b|\b(?:instance_eval|class_eval|module_eval|instance_exec)\s*\(\s*['"%]]=],
    "Ruby or Perl command execution")
rule(132140, "rce", 5,
    [=[(?:[;|&\n]|&&|\|\|)\s*["']?[\w.\\:-]+\.(?:exe|bat|cmd|ps1|vbs|hta|scr|msi)\b|(?:[;|&\n]|&&|\|\|)\s*(?:type|dir|copy|move|del|erase|rd|md|cd|more|call|start|find)\s+(?:[a-z]:|\\|/|%\w+%|\*)|(?:[;|&\n]|&&|\|\|)\s*sc(?:\.exe)?\s+(?:query|qc|create|config|start|stop|delete)\b|\bfor\s+(?:/[dfrl]\s+(?:"[^"]*"\s+|[\w=*,:\\.]+\s+)?)?%%?[a-z]\s+in\s*\(|\bif\s+(?:/i\s+)?(?:not\s+)?(?:exist\s+["%\\/]|exist\s+[a-z]:|exist\s+\S+\s+(?:echo|del|copy|type|start|call|goto|set|md|mkdir|cmd)\b|defined\s+\w+\s+\S|errorlevel\s+\d|%\w+%\s*==)|\bstart\s+/(?:b|min|max|wait)\b|\bcmd(?:\.exe)?[\s,;=]*(?:/[a-z](?::\w+)?[\s,;=]+)*/[ck][\s,;=]+\S|\bwaitfor\s+(?:/[a-z]+\s+)+\S|%\w+:~-?\d+(?:,-?\d+)?%|\breg(?:\.exe)?\s+(?:add|query|delete|save|export)\s+["']?hk|(?:[;|&\n]|&&|\|\|)\s*net(?:\.exe)?\s+(?:user|localgroup|view|use|share|group|start|stop)\b|\bnet(?:\.exe)?\s+(?:user|localgroup|view|use|share|group|start|stop)\b(?=\s*(?:$|[;|&])|\s+(?:administrators?|admins?|guest|root|krbtgt|[\w.-]+\$|["'][^"']*["']|\\+\S+)\s*(?:$|[;|&])|[^;|&]{0,120}?(?:\s/[a-z]|\\\\|\s[a-z]:(?:\s|$)))]=],
    "Windows command, or cmd.exe grammar (FOR loops, IF EXIST, START /B)", { view = "cmd" })

-- Log4j's documented lookup prefixes; the rarer ones not before a shell operator (${web:-localhost} is bash)
rule(132150, "rce", 5,
    [=[\$\{\s*(?:jndi|env|sys|java|lower|upper|date|ctx|main|bundle|k8s|docker|spring|log4j|base64|(?:event|jvmrunargs|map|sd|web|marker)(?=\s*:[^-=?+]))\s*:]=],
    "JNDI lookup (Log4Shell)")
-- A value that is a command line: a command word, then only shell arguments (flags, paths, redirections,
-- variables, quoted strings, URLs, tokens with punctuation) up to its end or a separator; prose after the
-- command ("ping -c 4 is what I used") is not one. Or a command named by its path in a bin directory, or a
-- bare probe: a timing one ("sleep 10", "ping 127.0.0.1") or a survey command no one types as a name or search.
-- A name's initial is no argument: "Ruby O." is a person.
local STRONG_ARG = [=[(?>--?[a-z0-9][\w-]*(?:=[^\s;|&]*)?|\+[rwxst]+\b|[/~][^\s;|&]*|\.{1,2}/[^\s;|&]*|[<>]+&?(?:[/~$\d.-][^\s;|&]*|\s)|\$[^\s;|&]+|'[^']*'|"[^"]*"|[a-z]:(?:\\|[\w$%~.])[^\s;|&]*|%\w+%[^\s;|&]*|\\\\[^\s;|&]+|[a-z][\w+.-]*://[^\s;|&]*)]=]
local SHELL_ARG = "(?:" .. STRONG_ARG .. [=[|[^\s;|&<>\d/.:=@,*?\\]*+[\d/.:=@,*?\\][^\s;|&<>]*+)]=]
local ANY_CMD = "(?:" .. SHELL_CMDS .. "|" .. WORD_CMDS .. "|" .. TOOL_CMDS .. ")"
rule(132180, "rce", 5,
    [=[^\s*+[({]*+\s*+(?:/?(?:usr/)?(?:local/)?s?bin/)?(?:]=] .. SHELL_CMDS .. CMD_END .. [=[\s+(?!\d+(?:\.\d+)*\s*(?:$|[;|&])|[a-z]\.(?:\s|$))]=] .. SHELL_ARG .. "|(?:"
        .. WORD_CMDS .. "|" .. TOOL_CMDS .. ")" .. CMD_END .. [=[\s+]=] .. STRONG_ARG .. [=[)(?:\s+]=] .. SHELL_ARG
        .. [=[){0,30}+\s*(?:$|[;|&<>`]|\\n)|(?:^|[^\w.~-])/+(?:usr/+)?(?:local/+)?s?bin/+(?:\./+)*]=] .. ANY_CMD .. [=[(?:\.exe|\.[a-z]{3,12})?(?:\s+]=] .. STRONG_ARG
        .. [=[|\s+\d{1,3}(?:\.\d{1,3}){3}\b|\s*[;|&<>`'")])|^\s*/+(?:usr/+)?(?:local/+)?s?bin/+(?:\./+)*]=] .. ANY_CMD .. [=[(?:\s+[\w.-]+)?\s*$|[;|&\n]\s*!(?:-?\d+|]=] .. ANY_CMD .. [=[)\s*(?:$|[;|&])|^\s*(?:sleep|usleep|timeout)\s+\d+[smhd]?\s*(?:$|[;|&])|^\s*ping6?\s+(?:-[a-z]+\s+\d+\s+)*(?:\d{1,3}(?:\.\d{1,3}){3}|localhost)\s*$|^\s*\(\s*(?:id|whoami|uname|hostname|pwd|ls)\s*\)\s*$|\b(?:command|builtin)\s+(?:-[pvV]\s+)?]=] .. ANY_CMD .. [=[\s+[-/$~]|(?:[;|&\n]|&&|\|\|)\s*(?:command|builtin)\s+(?:-[pvV]\s+)?]=] .. ANY_CMD .. [=[\b|(?:[;|&]|&&|\|\|)\s*(?:history|alias)\s*(?:$|[;|&])|\b]=] .. ANY_CMD .. [=[\$\{?[a-z_]\w*\}?[/~]|^\s*(?:whoami|systeminfo|ipconfig|ifconfig|tasklist|netstat|printenv|getenforce|sestatus|lsmod|lsblk|uname)\s*$|^\s*(?:id|whoami|uname|hostname|pwd|ls|dir|ver|ipconfig|ifconfig|netstat)\s*[;|&]+\s*$|^\s*[;|&]+\s*(?:id|w|who|whoami|uname|hostname|pwd|ls|dir|ver|su|env|set|ps|df|du|free|top|uptime|last|groups|ipconfig|ifconfig|netstat)\s*$]=],
    "a command line as the whole value, a command named by its bin path, or a bare probe", { view = "cmd" })
-- PowerShell: Verb-Noun cmdlets on the nouns an intrusion uses, followed by an argument, a separator or the end
-- ("I use Get-Content daily" is prose), or any Verb-Noun with a -Parameter (prose hyphenates
-- "set-up", "get-together"), Invoke-*, aliases after a separator, IEX on a download or variable, IWR/IRM to
-- a URL, .NET types called with ::, WebClient downloads, the call operator on glued strings or Get-Command,
-- read without the escape ticks inside words (In`vo`ke-Ex`pression; 132110 judges the ticks themselves).
local PS_VERBS = [=[(?:add|clear|compress|convertfrom|convertto|copy|disable|enable|expand|export|get|import|install|invoke|measure|move|new|out|read|register|remove|rename|restart|resume|select|send|set|start|stop|suspend|test|uninstall|unregister|update|wait|write|foreach|where)]=]
local PS_CMDLET = PS_VERBS .. [=[-(?:item|childitem|itemproperty|content|process|service|webrequest|restmethod|expression|command|object|wmiobject|ciminstance|location|acl|variable|alias|mppreference|executionpolicy|localuser|localgroup(?:member)?|aduser|adcomputer|psdrive|pssession|computerinfo|hotfix|eventlog|winevent|clipboard|credential|filehash|bitstransfer|file|sleep|scheduledtask|nettcpconnection|netfirewallrule|dnsclientcache|archive)\b]=]
rule(132190, "rce", 5,
    "(?<![/\\w.-])" .. PS_CMDLET .. [=[(?=\s*(?:$|[;|&)}\n]|-[a-z]|['"$(@\[{]|[a-z]:[\\/]|[\\/.~%]))|(?:^\s*|[;|&({\n]\s*)]=] .. PS_CMDLET .. [=[\s+[\w.:-]+\s*(?:$|[;|&)}\n]|-[a-z])|(?:^|[\s;|&(])(?:gci|dir|ls|gc|cat|type|get-childitem|get-content|get-item)\s+(?:env|hklm|hkcu|cert|variable|function):|\bnew-object\s+(?:-\w+\s+)*(?:system\.)?(?:net\.(?:sockets\.\w+|webclient|httplistener)|io\.(?:streamreader|streamwriter|memorystream|compression\.\w+)|diagnostics\.process(?:startinfo)?|management\.automation\.\w+)|(?<![/\w.-])invoke-[a-z]{3,}|(?<![/\w.-])]=] .. PS_VERBS .. [=[-[a-z]{2,}\s+-[a-z]{2,}\b|(?:[;|&\n]|&&|\|\|)\s*(?:gci|gps|gwmi|gcim|saps|icm|ipmo|sal|iwr|irm|iex)\b|(?:^|[\s|;&(])iex\s*(?:[$'"]|\(\s*(?:[\[$('"]|new-object\b|iwr\b|irm\b|invoke-|get-|gc\b))|\|\s*iex\b|\b(?:iwr|irm)\s+(?:-\w+\s+)*['"]?(?:https?|ftp)://|\[\s*(?:system\s*\.\s*)?(?:diagnostics\s*\.\s*process|convert|reflection\s*\.\s*assembly|io\s*\.\s*file|net\s*\.\s*(?:webclient|dns|sockets\s*\.\s*\w+)|text\s*\.\s*encoding|environment|runtime\s*\.\s*interopservices\s*\.\s*marshal|scriptblock|activator)\s*\]\s*::|\.\s*(?:downloadstring|downloadfile|downloaddata|uploadstring|uploadfile|invokescript)\s*\(|\$executioncontext\s*\.|\s-(?:nop|noprofile|noni|noninteractive)\b|\s-(?:w|windowstyle)\s+hidden\b|\s-(?:ep|exec|executionpolicy)\s+(?:bypass|unrestricted)\b|\[char\]\s*\d+\s*[+,)]|\$\{?env:(?:comspec|windir|systemroot|temp|tmp|appdata|localappdata|userprofile|username|computername|programdata|psmodulepath)\b|[&.]\s*\(\s*['"][\w-]*['"]\s*\+|[&.]\s*\(\s*(?:gcm|get-command)\b|&\s*\(\s*['"](?:\{\d+\})+['"]\s*-f\b]=],
    "PowerShell cmdlets, aliases and .NET calls, a command name built by the format operator", { view = "ps" })
-- Commands for a mail server smuggled after a line break (SMTP, IMAP's tagged commands, POP3 logins): the
-- application's mail or IMAP client sends them on as its own.
rule(132200, "rce", 5,
    [=[(?:\\[rn]|[\r\n])\s*(?:(?:mail\s+from|rcpt\s+to)\s*:|(?:helo|ehlo)\s+(?:[\w-]+\.[\w.-]+|\[[\d.]+\])\s*(?:$|\\[rn]|[\r\n])|(?:helo|ehlo)\s+[\w-]+\s*(?:\\r|\r)(?:\\n|\n)|(?:bdat\s+\d+(?:\s+last)?|etrn\s+[@#]?[\w.-]+|ehlo\s+[\w.-]+)\s*(?:$|\\[rn]|[\r\n])|(?:vrfy|expn)\s+[\w.@<-]|data\s*(?:\\r|\r)?(?:\\n|\n)[\s\S]{0,2000}?(?:\\n|\n)\.\s*(?:(?:\\r|\r)?(?:\\n|\n)\s*(?:quit|rset|mail\s+from)\b|(?:\\r|\r)?(?:\\n|\n)?\s*$)|\d{1,4}\s+(?:uid\s+)?(?:fetch|store|copy|move)\s+[\d,]*[:*][\d*:,]*\s|(?:rset|noop|quit|stat|uidl|pass\s+\S+)\s*(?:\\[rn]|[\r\n]|$)|[a-z]{1,3}\d{1,4}\s+(?:login\s+\S+\s+\S|select\s+["']?inbox|(?:uid\s+)?(?:fetch|store|copy|move)\s+[\d*:,]+\s|uid\s+search\b|examine\s|capability\s*$|logout\s*$|authenticate\s+(?:plain|login|xoauth)|(?:delete|create|rename|subscribe|unsubscribe|status|append|examine|select)\s+["']?(?:inbox|sent|trash|drafts|junk|spam|archive)\b|expunge\s*$|list\s+["']{2}|starttls\s*$)|(?:(?:retr|dele|top)\s+\d+|top\s+\d+\s+\d+|apop\s+\S+\s+[0-9a-f]{32})\s*(?:$|\\[rn]|[\r\n])|user\s+\S+\s*(?:\\[rn]|[\r\n])+\s*(?:pass\s+\S+|list|stat|uidl|retr\s+\d+|dele\s+\d+)\s*(?:$|\\[rn]|[\r\n]))]=],
    "mail protocol command after a line break (SMTP, IMAP, POP3)")
-- A mail protocol command as the whole value (a field the application writes to an SMTP, IMAP or POP3 session):
-- SMTP's greeting, envelope and probes, IMAP's tagged commands, POP3's own (not "list" or "user x": words)
rule(132270, "rce", 5,
    [=[^\s*(?:(?:helo|ehlo)\s+[\w-]+(?:\.[\w-]+)+|(?:mail\s+from|rcpt\s+to)\s*:\s*<[^>]*>(?:\s+\w+=\S*)*|(?:vrfy|expn)\s+\S+|auth\s+(?:login|plain|cram-md5|xoauth2?)(?:\s+\S+)?|[a-z]{1,3}\d{1,4}\s+(?:capability|noop|logout|starttls|check|expunge|login\s+\S+\s+\S+|authenticate\s+[\w-]+|(?:select|examine|create|delete|subscribe|unsubscribe|append)\s+(?:["'][^"']*["']|inbox\S*|\S*[/.]\S*)|rename\s+\S+\s+\S+|(?:list|lsub)\s+\S+\s+\S+|status\s+\S+\s+\(|(?:uid\s+)?(?:fetch|store|copy|move|search)\s+\S+(?:\s+\S+)*)|apop\s+\S+\s+[0-9a-f]{32}|uidl|(?:dele|retr)\s+\d+|top\s+\d+\s+\d+)\s*$]=],
    "mail protocol command as the whole value (SMTP, IMAP, POP3)")
-- A mail or HTTP header smuggled into a one-line field (an address, a name: one token or none, or a display
-- name and its <address>, then a line break; or a character whose low byte is CR or LF, for servers that keep
-- only that byte) and sendmail's options passed through mail()'s extra parameters (-X writes a log where it is told).
rule(132240, "rce", 5,
    [=[^[ \t]*+(?:[^\s]{0,254}+|(?:"[^"\r\n]{0,80}"|[\w.' -]{1,80})[ \t]*<[^\s<>@]{1,64}@[^\s<>]{1,190}>)[ \t]*+(?:\\r|\\n|[\r\n])+[ \t]*(?:bcc|cc|to|from|subject|reply-to|sender|return-path|set-cookie|location|x-[\w-]+)\s*:|(?:[\xc4\xc8\xcc\xd0\xd4\xd8\xdc][\x8a\x8d]|[\xe0-\xef][\x80\x84\x88\x8c\x90\x94\x98\x9c\xa0\xa4\xa8\xac\xb0\xb4\xb8\xbc][\x8a\x8d]){1,2}\s*(?:set-cookie|location|content-type|x-[\w-]+)\s*:|(?:^|[\s"\\])-(?:x\s*/\S|o\s*queuedirectory\s*=|oq\s*/)]=],
    "header after a line break in a one-line field (mail, Set-Cookie; also CR/LF as a character's low byte), or sendmail options")
-- A value that starts with an option where an argument was expected (argument injection into the tool the
-- application runs): an option taking a file in a system or home directory, or one that makes git, dpkg,
-- tar, rsync, ssh or wget run a command or read attacker settings, a shell's "-c" and a command for a value a
-- shell utility takes as its arguments. Arguments only ("-e" in a header is not one).
rule(132250, "rce", 5,
    [=[^\s*-{1,2}[a-z][\w-]*(?:\s*=\s*|\s+)['"]?(?:/(?:tmp|etc|dev|var|proc|root|home|usr|opt|run|srv)/|~/|\.\./)|^\s*-{1,2}(?:upload-pack|receive-pack|pre-invoke|post-invoke|exec|to-command|use-compress-program|rsh|rsync-path|o\s*(?:proxy|local)command|e\s+[a-z_]+\s*=)|^\s*-c\s+['"]?]=] .. ANY_CMD .. CMD_END .. [=[(?:\s|['"]?\s*$|[;|&])]=],
    "option injected where an argument was expected", { targets = "args" })
-- Ruby, Perl and Python reach a shell or an evaluator in ways the plain calls above do not spell: a method
-- named by its symbol (send, method), a constant fetched by name, an open whose path starts with a pipe,
-- a spawn-like call given a command, Perl's indirect-object system, code loaded from a system directory,
-- an evaluator fed by a decoder (hex, base64, pack) or by the request itself (Rails' params, Express's req),
-- Python's compile() handed to eval and a socket connected by hand, and the deserializers that run code on load.
rule(132210, "rce", 5,
    [=[(?:\b|\.)(?:send|__send__|public_send|method|instance_method|public_method|define_method)\s*\(?\s*:(?:(?:system|exec|spawn|eval|syscall|fork|popen\d?|open|instance_eval|class_eval|instance_exec|instance_variable_[gs]et|class_variable_[gs]et|const_[gs]et|remove_const|binding)\b|`)|\bconst_get\s*\(\s*[:'"]?(?:kernel|io|process|open3|pty)\b|\b(?:const_get|send|__send__|public_send|method)\s*\(\s*['"][^'"]{1,20}['"]\s*\+\s*['"]|\.\s*(?:then|tap|yield_self)\s*\{\s*(?:\|[^|]{1,20}\|\s*)?(?:system|exec|spawn|eval|exit!?|`)\b|\bopen\s*\(\s*['"]\s*\|\s*\S|\b(?:spawn|readpipe|syscall|popen|system|exec)\s*\(\s*['"]\s*(?:/?(?:usr/)?(?:local/)?s?bin/)?]=]
        .. ANY_CMD .. [=[(?:\.exe)?(?:['"]|\s+[^'"]{0,80}['"])|\b(?:system|exec)\s*\{\s*['"]|&\s*\{\s*(?:'[^']{0,40}'|"[^"]{0,40}")(?:\s*\.\s*(?:'[^']{0,40}'|"[^"]{0,40}"))*\s*\}\s*\(|\b(?:do|require|require_relative)\s*\(?\s*['"]/(?:tmp|var|dev|proc|etc|home|usr|opt|srv|root)/|\bcore::(?:global::)?(?:system|exec|readpipe|syscall|fork|open)\b|\b(?:eval|exec|instance_eval|class_eval|module_eval|compile)\s*\(\s*[^;]{0,80}?(?:\.\s*|\b)(?:pack\s*\(\s*['"][hmu]|decode_?base64|decode64|b64decode|urlsafe_b64decode|base64_decode|fromhex|unhexlify|hex2bin|gzinflate|gzuncompress|gzdecode|str_rot13|decodebytes|frombase64string|zlib\s*\.\s*decompress)|\b(?:c?pickle|_pickle|dill|jsonpickle|shelve|marshal)\s*\.\s*(?:loads?|restore|decode)\s*\(|\b(?:psych|yaml)\s*\.\s*unsafe_load\w*\s*\(|\b(?:eval|exec)\s*\(\s*compile\s*\(|\bsocket\s*\.\s*socket\s*\([^)]{0,80}\)\s*(?:;\s*\w+\s*)?\.\s*connect(?:_ex)?\s*\(\s*\(|\b(?:eval|instance_eval|class_eval|system|exec|spawn|popen|send|function|settimeout|setinterval|execsync)\s*\(?\s*(?:params\s*\[|req(?:uest)?\s*\.\s*(?:query|body|params|headers|cookies|get)\b)]=],
    "Ruby, Perl or Python: a shell or evaluator reached by symbol, pipe, decoder or deserializer")
-- Serialized objects whose loading runs code: YAML tags naming a language's classes, .NET BinaryFormatter's
-- base64 header (Java's are 144120; a pickle's base64 header is too short to tell from a random token).
rule(132220, "rce", 5,
    [=[!ruby/(?:object|hash|struct|marshal|module|exception)\s*:|!ruby/class\s+['"]|!!python/(?:object|name|module|apply)|!!(?:javax?|com\.sun|org\.(?:apache|springframework))\.[a-z]\w*\.|\baaeaaad/////|["']\$type["']\s*:\s*["'](?:system|microsoft)\.[\w.]+|^\s*ro0ab|["']py/(?:object|reduce|function|newargs|newobj|type|repr|module)["']\s*:|\bread_pickle\s*\(\s*['"](?:https?|ftp|s3)://|(?:^|[\s'"(])c(?:os|posix|nt|subprocess|builtins|__builtin__|commands|pty|socket|importlib|runpy)\s*\n\s*(?:system|popen\d?|exec\w*|spawn\w*|startfile|call|check_call|check_output|run|getoutput|getstatusoutput|eval|__import__|import_module|run_path|run_module|spawn|socket)\s*\n]=],
    "serialized object that runs code on load (YAML language tags, .NET BinaryFormatter in base64, Json.NET type names, a text pickle importing an OS module, jsonpickle tags, a remote pickle)")

-- A command path spelled with glob wildcards, which the shell expands to the binary ("/usr/b?n/id", "/b*/ls",
-- "/???/??t"): a wildcard in the first directory (or the one after /usr), a command name after it. A route
-- pattern ("/api/*/users") has its wildcard further in; a directory of stars alone is an SQL comment ("/**/").
rule(132300, "rce", 5,
    [=[(?:^|[\s;|&`$(])/(?:usr/)?(?!\*+/)[a-z]{0,4}[?*\[][a-z?*\[\]]{0,4}/(?:[a-z?*\[\]]{1,6}/)?[a-z0-9?*\[\]._-]{1,12}(?=[\s;|&)`]|$)]=],
    "command path spelled with glob wildcards")

-- A spreadsheet formula that calls another program through DDE ("=cmd|' /C calc'!A0", "@SUM(1)*cmd|'...'!A1"):
-- a cell of an export or an uploaded CSV that runs a command once a spreadsheet opens it
rule(132310, "rce", 5, [=[^\s*[=+\-@][^|\n]{0,60}?\b[a-z][\w.]{0,20}\|\s*'[^'\n]{1,200}'\s*!]=],
    "spreadsheet formula calling a program (DDE)")

return rules
