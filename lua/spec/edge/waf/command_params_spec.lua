local command_params = require "edge.waf.command_params"
local inspect_setup = require "inspect_setup"
local matches = require "waf_matches"

describe("edge.waf.command_params", function()
    it("reads a shell command given to a parameter named for one", function()
        for _, t in ipairs({ { "cmd", "id" }, { "exec", "whoami" }, { "json.shell", "uname -a" },
            { "config[cmd]", "cat /etc/passwd" }, { "cmd", "/bin/ls -la" }, { "syscmd", "cmd.exe /c dir" } }) do
            assert.is_true(command_params.named(t[1], t[2]), t[1] .. "=" .. t[2])
        end
    end)

    it("leaves other names, and other values of those names, alone", function()
        for _, t in ipairs({ { "q", "id" }, { "command", "/jeeves" }, { "cmd", "archive" }, { "system", "linux" },
            { "exec", "yes" }, { "cmd", "" } }) do
            assert.is_false(command_params.named(t[1], t[2]), t[1] .. "=" .. t[2])
        end
    end)

    it("reads a code-running function's name given to a parameter an application calls by name", function()
        for _, t in ipairs({ { "json.method", "system" }, { "_controller", "system" }, { "callback", "'exec'" },
            { "json.params.fn", "child_process.exec" }, { "handler", "Kernel.system" } }) do
            assert.is_true(command_params.named(t[1], t[2]), t[1] .. "=" .. t[2])
        end
        for _, t in ipairs({ { "method", "system.listMethods" }, { "method", "send" }, { "callback", "jQuery1234" },
            { "handler", "default" }, { "theme", "system" }, { "q", "system" } }) do
            assert.is_false(command_params.named(t[1], t[2]), t[1] .. "=" .. t[2])
        end
    end)

    it("is a finding of the argument's inspection, named by the argument", function()
        local waf = inspect_setup()
        local m = waf.inspect("/api/users?page=1&cmd=id", { host = "localhost" }, nil, nil, matches.OPTS)
        assert.is_true(matches.has(m, 132320))
        assert.same({}, matches.ids(waf.inspect("/api/users?page=1&q=id", { host = "localhost" }, nil, nil,
            matches.OPTS)))
    end)
end)
