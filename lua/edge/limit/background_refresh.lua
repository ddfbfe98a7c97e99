-- A Redis client's view of its deployment (a Cluster's slot map, the primary the Sentinels name),
-- refreshed in the background: at most one refresh at a time, and at most one per MIN_GAP.
local _M = {}

_M.MIN_GAP = 0.2   -- s: redirections and failures refresh at most this often

local function run(premature, self, method, what)
    if not premature then
        local ok, err = self[method](self)
        if not ok then
            ngx.log(ngx.WARN, what, err)
        end
    end
    self.refreshing = false
end

-- self: a client with refreshing, last_refresh, next_refresh and refresh_every; method: the name of its
-- refresh (returns ok or nil, err); what: the warning logged before a failed refresh's error.
function _M.schedule(self, now, method, what)
    if self.refreshing or now - self.last_refresh < _M.MIN_GAP then
        return
    end
    self.refreshing, self.last_refresh, self.next_refresh = true, now, now + self.refresh_every
    if not ngx.timer.at(0, run, self, method, what) then
        self.refreshing = false
    end
end

return _M
