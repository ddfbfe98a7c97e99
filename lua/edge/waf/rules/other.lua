-- Our WAF rules: other injections (136xxx). What a rule holds: edge.waf.rules.
local rules, rule = require("edge.waf.rules.define").list()

-- XML external or parameter entities, entities that expand into more entities (a "billion laughs"), and a
-- document type fetched from a URL or a local file by its SYSTEM identifier (PUBLIC ones name a standard's DTD)
rule(136100, "generic", 5,
    [=[<!entity\s+(?:%\s*)?[\w.:-]+\s+(?:system|public)\b|<!doctype\s+[\w:-]+\s*\[[^\]]{0,2000}?<!entity|<!entity\s+[\w.:-]+\s+["'](?:[^"']{0,40}&[\w.:-]+;){2}|%[\w.:-]+;\s*\]\s*>|<!doctype\s+[\w.:-]+\s+system\s+["']\s*(?:https?|ftps?|file|jar|netdoc|gopher|php|expect|data)\s*:]=],
    "XML external entity or entity expansion")
-- LDAP filters: a closed filter followed by an OR / AND of its own, or an always-true attribute test
rule(136110, "generic", 5,
    [=[[\w*]\)\s*\(\s*\(?\s*[|&!]|\(\s*[|&]\s*\(\s*[\w-]+\s*[~<>]?=\s*\*\s*\)|^\s*\*\s*\(\s*\)\s*[|&]]=],
    "LDAP filter injection")
-- XPath: a predicate closed and a union with an absolute path, the document probed by position, remote docs
rule(136120, "generic", 5,
    [=[['"]\s*\]\s*\|\s*/{1,2}[\w*@]|\|\s*//\*\s*\[|\bstring-length\s*\(\s*name\s*\(|\bname\s*\(\s*/+\*|\bcount\s*\(\s*/+[\w*]|\b(?:doc|document|unparsed-text(?:-lines)?|doc-available)\s*\(\s*['"](?:https?|ftp|file)://]=],
    "XPath injection")

-- A session identifier set as the whole value (session fixation: the victim is handed a session the attacker
-- knows), by the names PHP, Java, ASP, ASP.NET and ColdFusion give it; those platforms' own names also in a
-- URL's path parameter or query (";jsessionid=", "?PHPSESSID="), and a cookie set from script (CRS 943100
-- reads document.cookie, not a bare ".cookie=")
rule(136130, "generic", 5,
    [=[^\s*(?:(?:php|j|asp(?:\.net_)?)?sess(?:ion)?_?id|cf(?:id|token)|sid)\s*=\s*[\w-]{4,}\s*;?\s*$|(?:^|[;?&\s])\s*(?:(?:php|j|asp(?:\.net_)?)sess(?:ion)?id\w*|cf(?:id|token))\s*=\s*[\w-]+|\.\s*cookie\s*=\s*['"]?\w+=]=],
    "session identifier set as a value (session fixation)")

-- A web framework's signing secret read by code (what an injected expression or template prints to forge
-- sessions): Rails' credentials and secrets, Django's settings.SECRET_KEY, Flask's secret_key, Laravel's app.key;
-- inside an interpolation or a template's tags, or as the whole value ("in Django settings.SECRET_KEY must come
-- from the environment" is advice)
local FRAMEWORK_SECRET = [=[(?:rails\s*\.\s*application\s*\.\s*(?:credentials|secrets|secret_key_base|key_generator|config\s*\.\s*secret_key_base)\b|settings\s*\.\s*secret_key\b|(?:app|current_app)\s*\.\s*(?:secret_key\b|config\s*\[\s*['"]secret_key['"])|config\s*\(\s*['"]app\.key['"]\s*\)|env\s*\(\s*['"]app_key['"])]=]
rule(136140, "generic", 5,
    [=[(?:#\{|\$\{|\{\{-?|<%[=-]?|@\(?)\s*]=] .. FRAMEWORK_SECRET .. [=[|^\s*]=] .. FRAMEWORK_SECRET
        .. [=[[\w.\[\]'"]*\s*$]=],
    "a web framework's signing secret read by code (Rails credentials, Django SECRET_KEY, Flask secret_key)")

return rules
