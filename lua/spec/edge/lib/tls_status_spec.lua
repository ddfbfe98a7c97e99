local fake_ngx = require "fake_ngx"

describe("tls_status", function()
    local metrics, tls_status, fake, status_path

    before_each(function()
        fake = fake_ngx.install({ dicts = { "edge_metrics" }, now = 1000 })
        fake.time = function() return fake.clock.now end
        package.loaded["edge.lib.metrics"] = nil
        package.loaded["edge.lib.tls_status"] = nil
        metrics = require "edge.lib.metrics"
        tls_status = require "edge.lib.tls_status"
        status_path = os.tmpname()
    end)

    after_each(function()
        os.remove(status_path)
    end)

    local function write_status(text)
        local f = assert(io.open(status_path, "wb"))
        f:write(text)
        f:close()
    end

    it("reports seconds until the served certificate expires, counting down", function()
        tls_status.init({ tls = { certificate = { source = "acme", not_after = 1000 + 86400 } } })
        tls_status.refresh()
        assert.matches("cert_expiry_seconds 86400", metrics.render(), 1, true)
        assert.matches("cert_acme_served 1", metrics.render(), 1, true)
        fake.clock.now = 1000 + 400
        tls_status.refresh()
        assert.matches("cert_expiry_seconds 86000", metrics.render(), 1, true)
    end)

    it("exposes the renewer's failure counts from its status file", function()
        write_status('{"failures_total": 3, "consecutive_failures": 2}')
        tls_status.init({ tls = { certificate = { source = "devca", not_after = 5000 },
                                  acme_status_file = status_path } })
        tls_status.refresh()
        local text = metrics.render()
        assert.matches("cert_renewal_failures_total 3", text, 1, true)
        assert.matches("cert_renewal_consecutive_failures 2", text, 1, true)
        assert.matches("cert_acme_served 0", text, 1, true)
    end)

    it("tolerates a missing or corrupt status file and a config without certificate facts", function()
        write_status("{not json")
        tls_status.init({ tls = { acme_status_file = status_path } })
        assert.has_no.errors(function() tls_status.refresh() end)
        tls_status.init({ tls = { acme_status_file = "/nonexistent/status.json" } })
        assert.has_no.errors(function() tls_status.refresh() end)
        assert.is_nil(metrics.render():match("cert_expiry_seconds %-?%d"))
    end)
end)
