-- The findings of our own WAF that are not signatures (edge.waf.rules): protocol and policy breaks,
-- and the inspection limits. Shared by the inspection core and the policy; never modified.
local _M = {}

-- Rules that are not signatures: the request itself breaks the protocol or the route's policy.
_M.PROTOCOL = {
    method = { id = 111100, category = "protocol", score = 5, desc = "method not allowed" },
    no_host = { id = 120280, category = "protocol", score = 5, desc = "missing Host header" },
    bad_host = { id = 120350, category = "protocol", score = 5, desc = "Host is not this server" },
    cl_te = { id = 120180, category = "protocol", score = 5, desc = "both Content-Length and Transfer-Encoding" },
    multi_cl = { id = 120160, category = "protocol", score = 5, desc = "conflicting Content-Length headers" },
    header_size = { id = 120380, category = "protocol", score = 5, desc = "oversized header" },
    header_count = { id = 120390, category = "protocol", score = 5, desc = "too many headers" },
    nul = { id = 120270, category = "protocol", score = 5, desc = "NUL byte in a value" },
    header_ctl = { id = 120271, category = "protocol", score = 5,
        desc = "control character in a header value (RFC 9110 5.5 allows none but tab)" },
    -- (a response in UTF-7 or an EBCDIC code page reads differently to a filter than to the client)
    charset = { id = 120450, category = "protocol", score = 5,
        desc = "Accept-Charset asks for a charset other than UTF-8, US-ASCII or ISO-8859-1" },
    -- an injection in a header apps log and trust as the client's address or language (edge.waf.header_grammar)
    header_grammar = { id = 120490, category = "protocol", score = 5,
        desc = "a forwarding header (X-Forwarded-For, Forwarded, ...) or Accept-Language outside its grammar" },
    ip_deny = { id = 110100, category = "ip", score = 5, desc = "client address is denied" },
    multipart = { id = 120120, category = "protocol", score = 5, desc = "malformed multipart/form-data body" },
    mp_filename = { id = 130170, category = "traversal", score = 5,
        desc = "multipart file name with a path (dot-dot segment or absolute)" },
    -- (edge.waf.filenames: CRS 920120's purpose, without its quarrel with "O'Brien headshot.png")
    mp_filename_chars = { id = 120125, category = "protocol", score = 5,
        desc = "multipart file name with characters no browser sends (a quote outside a word, <, >, |, `)" },
    mp_server_file = { id = 132260, category = "rce", score = 5,
        desc = "uploaded file name a web server or its host would run, or read as configuration (.jsp, web.config)" },
}
-- Findings that read an argument's name with its value (edge.waf.include_settings, edge.waf.command_params).
_M.NAMED = {
    include_url = { id = 131140, category = "rfi", score = 5,
        desc = "remote URL given as an include directory or root setting (config[root_dir]=http://...), or a remote"
            .. " script's source to a parameter a page includes by name (page=http://.../shell.php)" },
    -- (edge.waf.command_params)
    command_param = { id = 132320, category = "rce", score = 5,
        desc = "shell command given to a parameter named for one (cmd=id, exec=whoami), or a code-running"
            .. " function's name to a parameter an application calls by name (method=system)" },
}
-- Inspection limits: reaching one is a finding scored like CRS's protocol limits (critical), logged
-- with the rules and never a silent stop. Ids outside CRS's range (the edge's own).
_M.LIMIT = {
    args = { id = 200110, category = "limit", score = 5, desc = "more arguments than max_args (the rest not inspected)" },
    json_depth = { id = 200130, category = "limit", score = 5,
        desc = "JSON nested deeper than max_json_depth (the deeper values not inspected)" },
    json_elements = { id = 200140, category = "limit", score = 5,
        desc = "JSON with more strings than max_json_elements (the rest not inspected)" },
    body = { id = 200150, category = "limit", score = 5,
        desc = "body longer than max_body_inspect (inspected up to the limit)" },
    multipart_parts = { id = 200160, category = "limit", score = 5,
        desc = "multipart body with more parts than max_multipart_parts" },
    -- a value that drives one of our rules past nginx.regex_match_limit backtracking steps (a ReDoS probe):
    -- that rule stops early, so the value is refused rather than let through unread
    regex = { id = 200170, category = "limit", score = 5,
        desc = "a rule's pattern reached the regex match limit on a value (not inspected by it)" },
    -- both rulesets' matching ran past security.waf.inspect_budget_ms (edge.waf.budget)
    budget = { id = 200180, category = "limit", score = 5,
        desc = "inspection ran past its time budget, inspect_budget_ms per 16 KB of body (the rest not inspected)" },
}
-- every group above, for whoever lists them all
_M.GROUPS = { _M.PROTOCOL, _M.NAMED, _M.LIMIT }

return _M
