-- Compiles the rules of crs.json (gateway/waf/crs_compile.py) for the engine: each link gets its
-- selectors, its transformation functions and its operator bound once, and is marked "by_value" when
-- the engine's first pass can match it value by value.
local operators = require "edge.waf.crs.operators"
local transforms = require "edge.waf.crs.transforms"
local selectors = require "edge.waf.crs.selectors"

local tostring, ipairs = tostring, ipairs
local concat = table.concat
local compile_selector = selectors.compile

local _M = {}

-- collections whose values the first pass matches (the rest: TX, MATCHED_*, counts, per rule)
local VALUE_COLLECTIONS = {
    ARGS = true, ARGS_NAMES = true, ARGS_GET = true, ARGS_GET_NAMES = true, ARGS_POST = true,
    ARGS_POST_NAMES = true, REQUEST_COOKIES = true, REQUEST_COOKIES_NAMES = true, REQUEST_HEADERS = true,
    REQUEST_HEADERS_NAMES = true, REQUEST_URI = true, REQUEST_URI_RAW = true, REQUEST_BASENAME = true,
    REQUEST_FILENAME = true, QUERY_STRING = true, REQUEST_BODY = true, REQUEST_LINE = true,
    REQUEST_METHOD = true, REQUEST_PROTOCOL = true, FILES = true, FILES_NAMES = true,
    MULTIPART_PART_HEADERS = true, REQBODY_PROCESSOR = true, REQBODY_ERROR = true,
    MULTIPART_STRICT_ERROR = true, MULTIPART_UNMATCHED_BOUNDARY = true, REMOTE_ADDR = true,
    ARGS_COMBINED_SIZE = true, FILES_COMBINED_SIZE = true,
}

local EMPTY = {}

-- a number per transformation name: the engine caches each one's outputs by input under it
local transform_ids, transform_count = {}, 0

local function compile_transforms(names)
    local fns, keys, ids = {}, {}, {}
    for i, name in ipairs(names or EMPTY) do
        fns[i] = assert(transforms[name], "crs: unknown transformation " .. tostring(name))
        keys[i] = concat(names, ",", 1, i)
        if not transform_ids[name] then
            transform_count = transform_count + 1
            transform_ids[name] = transform_count
        end
        ids[i] = transform_ids[name]
    end
    return fns, keys, ids
end

local function compile_link(link, rule)
    local l = {
        rule = rule,
        vars = {},
        excl = {},
        op = link.op,
        arg = link.arg,
        neg = link.neg or false,
        capture = link.capture or false,
        multi = link.multi or false,
        dyn = link.dyn or false,
        setvar = link.setvar,
        ctl = link.ctl,
    }
    for i, sel in ipairs(link.vars or EMPTY) do
        l.vars[i] = compile_selector(sel)
    end
    for i, sel in ipairs(link.excl or EMPTY) do
        l.excl[i] = compile_selector(sel)
    end
    l.tfns, l.tkeys, l.tids = compile_transforms(link.t)
    if not l.dyn then
        l.matcher = assert(operators.compile(link.op, link.arg))
    end
    -- the first pass handles it when every target is a request value and the operator is fixed
    local by_value = not l.dyn and #l.vars > 0
    for _, v in ipairs(l.vars) do
        if not VALUE_COLLECTIONS[v.c] or v.count then
            by_value = false
        end
    end
    l.by_value = by_value
    return l
end

local function compile_rule(r)
    local rule = { id = r.id, phase = r.phase, msg = r.msg, tags = r.tags or EMPTY, sev = r.sev,
        nolog = r.nolog or false, deny = r.deny or false, skip = r.skip, pl = r.pl }
    rule.tagset = {}
    for _, t in ipairs(rule.tags) do
        rule.tagset[t] = true
    end
    rule.links = {}
    for i, link in ipairs(r.links) do
        rule.links[i] = compile_link(link, rule)
    end
    return rule
end

_M.rule = compile_rule

return _M
