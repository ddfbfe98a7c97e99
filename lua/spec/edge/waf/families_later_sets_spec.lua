local rule_checks = require "rule_checks"

-- The third to eighth blind sets (tests/edge_security/family_gen_blind_{third,...,eighth}.py): the
-- families they found uncovered, and the prose, code and documents our rules misread there, value by value.
describe("edge.waf.rules third to eighth blind sets", function()
    local caught_by, clean, ids

    setup(function()
        caught_by, clean, ids = rule_checks.new(assert)
    end)

    it("132210: Ruby, Perl and Python reach a shell by symbol, pipe, decoder or deserializer", function()
        caught_by(132210, { "obj.send(:exec, 'uname -a')", "method(:spawn).call('ls')", "Kernel.public_send :system, 'w'",
            "Object.const_get(:Kernel).system('ls')", "open(\"| cat /etc/hosts\")", "spawn(\"whoami\")",
            "readpipe('uname -a')", "exec { '/bin/sh' } 'sh'", "do \"/var/tmp/x.pl\"", "require '/dev/shm/x'",
            "CORE::GLOBAL::system('ls')", "eval(decode_base64($x))", "exec(base64.b64decode(b'aW1wb3J0IG9z'))",
            "instance_eval(['6c73'].pack('H*'))", "eval(zlib.decompress(data))", "cPickle.loads(blob)",
            "Marshal.restore(data)", "YAML.unsafe_load(params[:x])" })
        clean({ "use public_send(:name) instead of send", "the method :system_health runs every minute",
            "Object.const_get('User') builds the model", "open('report.csv').read", "spawn('worker') in celery",
            "require 'json'", "require('../config') loads the settings", "do 'this' or do 'that'",
            "pickle.loads is unsafe on untrusted data", "Base64.decode64(token) then JSON.parse",
            "eval is evil; base64 is an encoding" })
    end)

    it("132220: YAML tags and base64 headers of serialized objects that run code on load", function()
        caught_by(132220, { "--- !ruby/object:Gem::Requirement", "!ruby/hash:ActionController::Routing",
            "!ruby/class 'Kernel'", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]",
            "AAEAAAD/////AQAAAAAAAAAMAgAAAF9TeXN0ZW0u" })
        clean({ "the YAML parser now refuses !ruby/object tags", "AAEAAAD is a prefix", "!!str 42" })
    end)

    it("142270: the rest of a SELECT after its column list", function()
        caught_by(142270, { "id,email FROM accounts--", "* FROM admins WHERE role='root'", "max(salary) FROM staff#",
            "a.name, b.secret FROM a /*" })
        clean({ "Bob, Alice from HR; thanks", "Bob, Alice from HR -- thanks", "apples, pears from spain",
            "* from the release notes: faster search", "count(*) from users is slow, use an estimate" })
    end)

    it("SQL: a boolean then a call with arguments, MySQL's error functions, MSSQL concatenation, IIF", function()
        caught_by(142100, { "' and locate('a',user())>0--", "x' or length(database())=8#", "' AND exp(710)--" })
        caught_by(142150, { "1 and get_lock('a',9)", "x' or st_longfromgeohash(@@version)--",
            "1 and gtid_subset(user(),1)" })
        caught_by(142190, { "'+convert(varchar,@@version)+'", "'+db_name()+'", "iif(len(user)>3,1,0)" })
        clean({ "he said 'ok' and nodded(slowly)", "' and then they said 'hi' and left (again)",
            "Ann's and Bob's (shared) cake", "iif you know you know" })
    end)

    it("Node.js: a Buffer from base64 fed to eval, property names glued from strings, nested prototype keys", function()
        caught_by(135130, { "eval(new Buffer(x,'base64').toString())", "this['con'+'structor']", "self['ev'+'al'](x)" })
        caught_by(135110, { "{\"constructor\": {\"prototype\": {\"admin\": 1}}}", "/constructor/prototype/role" })
        clean({ "{\"constructor\": \"Ann\", \"prototype\": \"v2\"}", "the constructor / prototype chapter",
            "[{\"op\": \"replace\", \"path\": \"/profile/name\", \"value\": \"Ann\"}]" })
    end)

    it("SSRF and RFI: rebinding services, SMB includes, LDAP naming an object", function()
        caught_by(131200, { "http://a9fea9fe.7f000001.rbndr.us/", "http://make-127-0-0-1-rr.1u.ms/" })
        caught_by(131120, { "smb://198.51.100.4/pub/x.php", "cifs://host/share/inc.phtml" })
        caught_by(131210, { "ldap://198.51.100.4:1389/Basic/Command", "rmi://h:1099/obj" })
        clean({ "smb://fileserver/team/budget.xlsx", "ldaps://ldap.example.com:636",
            "ldap://ldap.example.com/dc=example,dc=com" })
    end)

    it("shell: a comment after the command, an empty substitution inside a word", function()
        caught_by(132105, { "report.pdf;id #", "a|id # x" })
        caught_by(132110, { ";who$()ami", "|un$( )ame -a" })
        clean({ "see ticket; id #42", "use $() to select in jQuery" })
    end)

    it("prose our rules misread: a tool named in a sentence, a parenthesised word, dunders, CSS ids", function()
        caught_by(132100, { "; nc attacker 4444", "; sudo su", "& vssadmin list shadows", "; python exploit.py" })
        clean({ "I like go; python is better", "fixed it; curl works now", "no; sudo is not needed",
            "see docs & base64 encode the secret", "please reply (confirm) by friday", "ruff S307 (eval) is on",
            "the __init__.py in tests/ is missing", "why does super().__init__() hit the mixin first?",
            "Open3.capture3 gives you stdout and stderr", "`document.querySelector('#menu')`",
            "<use href=\"#icon-check\"/>", "we lint `no-eval` and `no-new-func`" })
        caught_by(141180, { "[1].find(alert)", "x=(alert)", "[].map(eval)" })
        caught_by(134140, { "''.__class__.__mro__", "os.spawnlp(os.P_WAIT, 'sh')" })
        caught_by(132170, { "Open3.capture2('id')", "Open3.popen3 \"uname\"" })
        caught_by(142180, { "admin'#", "x' -- ", "admin'--", "x' --+", "<i a=\"admin' #\"/>" })
        caught_by(130160, { "c:\\windows\\win.ini", "C:\\Users\\x\\My Report.txt" })
        clean({ "choose 'red' or 'blue'", "I said \"yes\" and \"no\"", "Word quotes “like this” and ‘this’",
            "the panel shows \"Unauthorized\" -- is my role wrong?",
            "Go to C:\\Program Files\\App\\logs and send me app.log" })
        assert.is_true(ids("' or 1-1=0")[142240] or ids("' or 1-1=0")[142100] or false)
    end)

    it("sixth and fifth sets: framework secrets by name, NOT-ed PHP names, escaped objects, CSS breakouts", function()
        caught_by(130130, { "config/secrets.yml", "config/credentials.yml.enc", "app/etc/local.xml",
            "storage/logs/worker.log", "dump/users.sql.gz", ".env.php.swo" })
        caught_by(133100, { "(~'\x8c\x86')(~'\x96');" })
        caught_by(133120, { "{\"s\":\"O:4:\\\"User\\\":1:{s:1:\\\"a\\\";i:1;}\"}" })
        caught_by(141160, { "blue;}html{background:url(https://h/x)}", "0}*{behavior:url(x.htc)}" })
        caught_by(141150, { "\"><b>x</b>", "q'><i>" })
        clean({ "who owns config/database.yml? not me", "the backup.sql from last night is 2GB",
            "a{color:red} b{font-weight:bold}", "the price is (~5) (approx)",
            "https://www.php.net/manual/en/wrappers.php.php",
            "<order id=\"1001\" currency=\"EUR\">\n  <item sku=\"A1\">x</item>\n</order>",
            "<p class=\"x\"><b>bold</b></p>" })
    end)

    it("DOM clobbering, script gadgets; display filters in a template are not an expression; a dump named in prose", function()
        caught_by(141200, { "<a id=cfg name=cfg href=\"javascript:x\">", "<form name=getElementById>",
            "<img name=\"cookie\" src=x>" })
        assert.is_nil(ids("<input id=\"email\" name=\"email\" type=\"email\">")[141200])
        caught_by(141210, { "<div hx-post=\"/x\" hx-trigger=\"load\">", "<p x-html=\"y\">", "<b v-html=\"z\">",
            "<i ng-init=\"a=1\">" })
        assert.is_nil(ids("we use hx-get on the search box")[141210])
        caught_by(134100, { "{{ config | tojson }}", "{{ request|attr('application') }}", "{{ 7*'7' }}",
            "{{ _self.env }}", "{{ lipsum | string }}" })
        clean({ "Your {{ plan }} plan renews on {{ renewal_date | date('M d') }}",
            "{{ price | number_format(2, '.', ',') }}", "{{ user.name | default('anon') | e }}",
            "backups go to s3://acme-backups/db/2024-06-01.sql.gz", "drop table tennis for today? too hot" })
        caught_by(142230, { "DROP TABLE users", "drop table if exists users;", "DROP DATABASE prod CASCADE" })
    end)

    it("seventh and eighth sets: here-strings, variables glued after assignment, bracket globs, net only as a command", function()
        caught_by(132110, { ";$0<<<id", "zsh <<< 'id'", "&v=ami;who$v", "|a=cat;/bin/$a /etc/hosts" })
        caught_by(132160, { ";/bin/c[a]t /etc/hosts", "|/usr/bin/i[d]" })
        caught_by(132140, { "net user", "net user bob P@ss /add", "; net localgroup administrators bob /add",
            "net view \\\\fs01" })
        caught_by(131200, { "http://0000177.00000.0000.00001/" })
        clean({ "net user count went up 5% after the campaign", "net use of funds was fine", "price; $0 fees",
            "x=1; y=$x" })
    end)

    it("seventh set: booleans on odd operands (ODBC escapes, ~0, 0b1, 0x1, mod, IS FALSE) and MySQL 8 unions", function()
        caught_by(142100, { "'or{x 1}='1", "1' or ~0#", "1' or 0b1#", "' or {fn user()}='root", "1' or 0x1--" })
        caught_by(142250, { "1 or 5 mod 2", "1 or 0 is false", "7 and 1 is not null" })
        caught_by(142130, { "1' union values row(1,user(),3)-- -", "1' UNION TABLE users--", "1 union all table mysql.user" })
        clean({ "O'Brien or 2 is not null", "Rock 'n' roll or 5 mod 3 stuff", "It's 2 or 3 is fine", "size 10 or 12 is ok",
            "we have 3 or 4 mod packs", "Union Table Tennis Club meets on Fridays", "the union table is in the docs" })
    end)

    it("135130: the process's environment or arguments handed whole to a call, as the value or after a break-out", function()
        caught_by(135130, { "JSON.stringify(process.env)", "Array.from(process.argv)", "console.log(process.env, 1)",
            "Object.assign({}, process.env)", "';JSON.stringify(process.env);//" })
        clean({ "process.env", "set process.env.PORT to 8080", "read it with process.env.DB_URL (see docs)",
            "(process.env.NODE_ENV)", "we log JSON.stringify(process.env) only in dev" })
    end)
end)
