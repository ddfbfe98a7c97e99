-- edge.limit.redis_client: the client for limits.redis's mode, passwords from the yaml or secret files.
describe("edge.limit.redis_client", function()
    local redis_client
    local made

    before_each(function()
        made = {}
        for _, mode in ipairs({ "redis", "redis_cluster", "redis_sentinel" }) do
            package.loaded["edge.limit." .. mode] = { new = function(conn) made[#made + 1] = { mode, conn } return mode end }
        end
        package.loaded["edge.limit.redis_client"] = nil
        redis_client = require "edge.limit.redis_client"
    end)

    after_each(function()
        for _, mode in ipairs({ "redis", "redis_cluster", "redis_sentinel", "redis_client" }) do
            package.loaded["edge.limit." .. mode] = nil
        end
    end)

    it("builds the client its mode names, with the same connection options for each", function()
        for mode, module in pairs({ single = "redis", cluster = "redis_cluster", sentinel = "redis_sentinel" }) do
            made = {}
            local client = redis_client.new({ mode = mode, host = "10.0.0.1", port = 6379, nodes = { "10.0.0.2:7000" },
                sentinels = { "10.0.0.3:26379" }, master_name = "m", password = "p", sentinel_password = "s",
                timeout_ms = 250, pool_size = 8, idle_ms = 1000, refresh_s = 2, prefix = "edge:rl:" })
            assert.equals(module, client)
            local conn = made[1][2]
            assert.equals(250, conn.connect_timeout)
            assert.equals(250, conn.read_timeout)
            assert.equals("p", conn.password)
            assert.equals("s", conn.sentinel_password)
            assert.equals("m", conn.master_name)
            assert.is_nil(conn.prefix)    -- key naming is the stores' business
        end
    end)

    it("takes passwords from the yaml, else from the secret files", function()
        local dir = os.tmpname()
        os.remove(dir)
        assert(os.execute("mkdir -p " .. dir))
        local f = assert(io.open(dir .. "/redis_password", "w"))
        f:write("from-file\n")
        f:close()
        local opts = redis_client.options({ mode = "single", prefix = "x" }, dir)
        assert.equals("from-file", opts.password)
        assert.is_nil(opts.sentinel_password)           -- no file: no Sentinel AUTH
        assert.equals("x", opts.prefix)                  -- everything else kept
        assert.equals("yaml", redis_client.options({ password = "yaml" }, dir).password)
        os.execute("rm -rf " .. dir)
    end)
end)
