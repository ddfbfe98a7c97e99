-- The jwt policy under fake ngx with the fixture key set (lua/spec/fixtures/jwt_fixtures.lua): what the
-- specs that verify tokens start from. Returns {jwt=, fx=, keys=, opts=}.
local fake_ngx = require "fake_ngx"

return function()
    fake_ngx.install({ dicts = { "edge_metrics", "edge_jwks" } })
    package.loaded["edge.lib.errors"] = { reject = function() end }
    local fx = require "jwt_fixtures"
    return {
        jwt = require "edge.policies.jwt",
        fx = fx,
        keys = assert(require("edge.lib.jwks").parse(fx.jwks)),
        opts = { issuer = fx.issuer, audience = "jeeves", leeway = 30, typ = "at+jwt" },
    }
end
