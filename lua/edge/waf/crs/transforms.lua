-- SecLang transformations (t:...) by name, as the CRS rules spell them: the decoders and the
-- normalisers in one table. The engine binds each function once, when it compiles a rule.
local decoders = require "edge.waf.crs.decoders"
local normalisers = require "edge.waf.crs.normalisers"

local _M = {}

for _, group in ipairs({ decoders, normalisers }) do
    for name, fn in pairs(group) do
        assert(_M[name] == nil, "crs: transformation defined twice: " .. name)
        _M[name] = fn
    end
end

return _M
