local rule_checks = require "rule_checks"

-- The ninth and tenth blind sets and the second authors' traffic to our routes
-- (tests/edge_security/family_gen_blind_{ninth,tenth}.py, benign_routes_second_gen.py): the families
-- they found uncovered, and the values our rules misread there, value by value.
describe("edge.waf.rules ninth and tenth blind sets", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("132230: serialized objects in a base64 blob, gzip-compressed or not", function()
        caught_by(132230, {
            "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==",                         -- Java stream
            "H4sIAAAAAAACA1vzloG1uIhBMCuxLFGvtCQzR88jsTjDN7EAAMGIDdMZAAAA",     -- the same, gzip
            "ViewState=H4sIAAAAAAACA1vzloG1uIhBMCuxLFGvtCQzR88jsTjDN7EAAMGIDdMZAAAA",
            "Tzo4OiJzdGRDbGFzcyI6MTp7czoxOiJhIjtiOjE7fQ==",                 -- PHP object
            "YToxOntpOjA7Tzo0OiJEZW1vIjowOnt9fQ==",                         -- PHP array holding one
            "Y3Bvc2l4CnN5c3RlbQooUydpZCcKdFIu",                             -- pickle, protocol 0
            "gAJjcG9zaXgKc3lzdGVtCnEAWAIAAABpZHEBhXECUnEDLg==",             -- pickle, protocol 2
            "gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==",     -- pickle, protocol 4
            "BAhvOhVHZW06OlJlcXVpcmVtZW50BjoMQHJlcXVpcmVtZW50cw==",         -- Ruby Marshal gadget
        })
        clean({ "gASVCgAAAAAAAAB9lIwBYZRLAXMu",                                -- a pickled {"a": 1}
            "eyJ1c2VyIjogImFubiIsICJleHAiOiAxNzE5MDAwMDAwfQ==",                -- JSON
            "H4sIAAAAAAACA8tIzcnJVyjPL8pJ0VEoyEnMzFMoSa0oAQDKyzioFwAAAA==",    -- gzip text
            "dGhpcyBpcyBqdXN0IGEgc2Vzc2lvbiB0b2tlbg", "3f9c1a7e-2b4d-4e8f-9a6b-1c2d3e4f5a6b",
            "administrators_group_members_list",
            "BAh7CEkiD3Nlc3Npb25faWQGOgZFVEkiJTFhMmIzYzRkNWU2ZjdhOGI5YzBkMWUyZjNhNGI1YzZkBjsAVA" })  -- a session hash
    end)

    it("SQL: comments hiding words, jsonb operators, calls compared or tested for NULL, CREATE OR REPLACE", function()
        caught_by(142130, { "1 /*foo*/ union /*bar*/ select password /*x*/ from admins",
            "1/*!50000union*/ /*!select*/ 1" })
        caught_by(142250, { "1 OR tags ?| array['admin','root']", "1 and data @> '{}'" })
        caught_by(142100, { "' AND IS_SRVROLEMEMBER('sysadmin')=1--",
            "' AND DBMS_XMLGEN.getxml('select user from dual') IS NOT NULL--" })
        caught_by(142170, { "x';CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS 'c' LANGUAGE 'c';--" })
        clean({ "use require('express') and require('cors')", "src/**/*.js and docs/*.md" })
    end)

    it("142280: a short value, then nothing but quotes, a parenthesis or a comment", function()
        caught_by(142280, { "1'\"", "'-0-'", "1)--", "admin')#", "'))", "\")))" })
        -- an empty "" (Chrome's sec-ch-ua-model), a CloudFront request id, a cookie holding a JSON array of nulls
        clean({ "5'10\"", "O'", "it's", "12\" pizza", "(see above)", "Option 1)", "\"Hello\"", "\"\"", "''",
            "31B06ym86mof54EQemJNR_LxHGDivxgBgtsbZZOWCbXpbCinIqEukwVi==", "[\"eyJhbGciOi.x.y\",\"abc\",null,null,null]" })
    end)

    it("PHP: proof-of-execution echoes, escaped quotes, callbacks past a nested call", function()
        caught_by(133110, { "die(md5(123));", "'.print(md5(1)).'", "echo sha1('x');",
            "iterator_apply(new ArrayIterator(['id']),'system',['id']);" })
        caught_by(132120, { "\\\";passthru(\\\"id\\\");//" })
        clean({ "print md5 of the file and compare", "array_map(fn($u) => $u->email, $users) in a bio" })
    end)

    it("a time zone is not /etc; a list of languages between pipes is not a pipeline", function()
        clean({ "Etc/GMT-14", "Etc/GMT+5", "Etc/UTC", "Ruby on Rails | Python | Java", "Skills: Go | Python | Rust",
            "Go | Python" })
        caught_by(130110, { "etc/passwd", "/etc/GMT" })
        caught_by(132100, { "x | python -c 'import os'", "; python3 -c 'import pty'", "| perl -e 'exec \"/bin/sh\"'" })
    end)

    it("shell: backticks around sleep, an empty substitution in a word, a variable run as the command, $0 -c", function()
        caught_by(132280, { "`sleep 5`" })
        caught_by(132110, { ";X=$'uname\\x20-a'&&$X", "a=1; $a", ";$0 -c 'id'" })
        caught_by(132100, { ";wh``oami" })
        clean({ "x=5 and y=6; total is x+y", "use `code` in markdown", "$0 is the script's name" })
    end)

    it("remote includes: an extension supplied by the query or fragment, a URL set as a script's parameter", function()
        caught_by(131110, { "http://attacker.example/?.php", "http://evil.example.com/evil.tpl#.html",
            "index.php?page=http://evil.example.net/x.txt?" })
        caught_by(131200, { "http://[fe80::1%25eth0]:8080/" })
        caught_by(142100, { "' OR 1 GROUP BY CONCAT(version(),FLOOR(RAND(0)*2)) HAVING MIN(0)-- -", "1' or 1 order by 3" })
        clean({ "https://example.com/page#section", "see https://example.com/faq?", "https://example.com/search?q=a.html",
            "I'd say 1 or 2 order by date" })
    end)
end)
