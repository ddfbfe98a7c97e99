-- Our WAF rules: template injection (134xxx). What a rule holds: edge.waf.rules.
local rules, rule = require("edge.waf.rules.define").list()

-- A variable through display filters with literal arguments, the whole of a {{ }}: how a notification or
-- e-mail template formats a date or a price ({{ renewal_date | date('M d') }}, Liquid's {{ date | date: "%b %d" }});
-- not a template global (nor Twig's _context, _self), not the filters that reach attributes or build strings
-- (attr, format, map, join...).
local PLAIN_FILTERS = [=[\s*(?!(?:self|config|request|lipsum|cycler|joiner|namespace|range|app|settings|env|environ|url_for|get_flashed_messages|secret_key|signer|constructor|class)\b)[a-z]\w*(?:\.\w+)*\s*(?:\|\s*(?!(?:attr|format|map|join|select\w*|reject\w*|string|list|first|last|batch|slice|sum|groupby|xmlattr|tojson|safe)\b)[a-z_]\w*\s*(?:\(\s*(?:'[^'()\\]*'|"[^"()\\]*"|\d+(?:\.\d+)?)(?:\s*,\s*(?:'[^'()\\]*'|"[^"()\\]*"|\d+(?:\.\d+)?))*\s*\)|:\s*(?:'[^'()\\|]*'|"[^"()\\|]*"|\d+(?:\.\d+)?)(?:\s*,\s*(?:'[^'()\\|]*'|"[^"()\\|]*"|\d+(?:\.\d+)?))*)?\s*)+\}\}]=]
-- (and a store's, site's or view model's object dumped whole through a JSON filter, and Caddy's Go templates
-- walking the request, {{.Req.Header}})
rule(134100, "ssti", 5,
    -- inside one {{ }} (never across a "}}"), line breaks included: template engines allow them; the lookahead
    -- finds the closing braces first, so a value of many "{{" costs one bounded scan each, not two nested
    [=[\{\{(?!]=] .. PLAIN_FILTERS .. [=[)(?=(?:(?!\}\})[\s\S]){0,300}\}\})(?:(?!\}\})[\s\S]){0,300}?(?:[()\[\]*+'"~%]|__|\b(?:self|config|request|lipsum|cycler|joiner|namespace|range|_self|app|settings|env|constructor|class|signer|secret_key|environ|get_flashed_messages|url_for|_context)\b|\d\s*[-/]\s*\d)|\{\{\s*=|\{\{\s*#\s*(?:each|with)\s+(?:this|@root|\.\.?)\s*\}\}|\{\{\s*!(?:(?!\}\})[\s\S]){0,200}?\b(?:process|require|global|constructor)\b|\{\{\s*-?\d+\s*\|\s*(?:times|plus|minus|divided_by|modulo)\s*:\s*-?\d+\s*-?\}\}|\{\{\s*(?:site|settings|shop|customer|env|theme|model)(?:\.\w+){0,3}\s*\|\s*(?:jsonify|json)\s*\}\}|\{\{-?\s*\.req\b|\{\{\s*[a-z_]\w*(?:\.\w+)*\s*\|\s*inspect\s*\}\}|\}\}\s*\{\{(?:(?!\}\})[\s\S]){0,60}?(?:[()\[\]*+'"~%]|\d\s*[-/]\s*\d)(?:(?!\}\})[^\n]){0,60}$]=],
    "expression inside {{ }}")
-- a statement alone is how people write about templates ("{% for item in items %}"): it needs code, a quoted
-- string for the common tags ({% include 'x' %}), operators or calls for any tag (Twig's do, Liquid's assign);
-- Liquid's render, Smarty's and Mako's includes of a file by absolute path, file: resource, ../ or remote URL

rule(134110, "ssti", 5,
    [=[(?:\{%-?\s*render|\{\s*include\s+file\s*=|<%\s*(?:include|namespace)\s+file\s*=)\s*['"]?(?:file:|/|\.\.[\\/]|(?:https?|ftps?)://)|\{%-?\s*assign\s+\w+\s*=\s*-?\d+\s*\|\s*(?:times|plus|minus|divided_by|modulo)\s*:|\{%-?\s*(?:import|debug|php|get_admin_log|autoescape\s+(?:false|off)|(?:filter|apply)\s+(?:system|exec|passthru|shell_exec|popen|eval|assert|call_user_func\w*))\b|\{%-?\s*(?:(?:include|set|if|for|print|extends|macro|call|load|with|raw|block|filter|from)\b(?:(?!%\})[\s\S]){0,300}?['"]|[a-z_]\w*\b(?:(?!%\})[\s\S]){0,300}?(?:[()\[\]~+*]|__))]=],
    "template statement {% %}")
-- (a Spring bean referenced inside one, "${@systemProperties}", is SpEL reaching the container's objects)
-- (a GitHub Actions expression reading a context's property, "${{ secrets.NPM_TOKEN }}", is a CI file's syntax:
-- any other "${{" is Mako's set literal or a polyglot probe)
-- (and FreeMarker's special variables, ${.data_model}, ${.globals}: no other syntax has "${."; a dunder is a
-- Python or JavaScript internal, "${__class__}", while Grafana's own variables start so: "${__from:date:iso}")
rule(134120, "ssti", 5, [=[(?:[$#*@~!]|\$!)\{[^{}]{0,300}?(?:[()*+\[\]'"]|\bnew\b|::|\bt\s*\(|__\w*__)[^{}]{0,300}?\}|[$#]\{\s*@[a-z]\w*\s*[.}\[]|\$\{\{(?!\s*(?:github|secrets|vars|inputs|matrix|steps|needs|runner|job|strategy)(?:\.[\w-]+)+\s*\}\})|[$#]\{\s*\d+\s*[-+*/%]\s*\d+\s*\}|\$\{\s*\.(?:data_model|globals|main|namespace|vars|locals|current_template_name|main_template_name|template_name|caller_template_name|now|lang|locale|locale_object|node|error|pass|output_encoding|output_format|url_escaping_charset|auto_esc|get_optional_template|incompatible_improvements|version|time_zone|sql_date_and_time_time_zone)\b]=],
    "expression inside ${ } / #{ } / *{ }")
rule(134130, "ssti", 5, [=[<%[=#-]?[^%>]{0,300}?(?:[()`*+\[\]{]|::|%x|\b(?:system|exec|spawn|eval|require|load|io|file|dir|kernel|process|global|import|env|rails|secrets|credentials)\b)[^%>]{0,300}%>|\{php\}|\{/php\}|\{\*[^{}*\n]{1,200}\*\}|\{(?:system|exec|passthru|eval|include)\s*\(|\{\s*(?:'[^'{}]{0,80}'|"[^"{}]{0,80}"|\$[\w.]+)\s*\|\s*@?(?:system|exec|shell_exec|passthru|popen|proc_open|eval|assert|readfile|file_get_contents)\b[^{}]{0,40}\}|\{\$smarty\b|\{(?:math|eval|include_php|fetch)\s+[a-z]+\s*=|\[=(?=[^\]]{0,600}\])[^\]]*?(?:[()*+'"]|\?new\b)|\{\$\w+\s*=[^{}]{0,100}\}|^\s*\{\s*\d+\s*\*\s*\d+\s*\}\s*$|\{@(?:math|eq|ne|gt|lt|gte|lte|select|contextdump|if|size|idx|sep)\b|\[%[-+]?\s*(?:use|perl|rawperl|insert|process|call)\b|\[%(?=[^\]]{0,600}%\])[^\]]*?[()*+\['"|~]|[<\[]#(?:assign|include|import|list|if|function|macro)\b|\?new\s*\(|\bfreemarker\.template\b|@\(\s*[\d\w.]+\s*[-+*/]\s*[\d\w.]+\s*\)|@\{[^}]*\(|\{\{[^}]*\}\}\s*\[|\.__\s*(?:class|mro|subclasses|globals|builtins|import|base|bases|dict|getattribute|reduce)\s*__|\{\{\s*\.\s*\}\}|^\s*\{\{\s*(?:this|@root|page|site|beans|print\s+\.|\$?root|settings|config|request|self)\s*\}\}\s*$|<%[=-]?\s*(?:locals|instance_variables|local_variables|global_variables|binding|sleep\s+\d+)\s*-?%>|\$\{\s*#(?:ctx|vars|request|response|session|servletcontext|execinfo|root)\b|\{\s*(?:sleep|usleep|system|exec)\s*\(\s*\d*\s*\)\s*\}|^\s*@datetime\s*\.\s*(?:now|utcnow|today)\s*$]=],
    "template engine syntax")
rule(134140, "ssti", 5, [=[\b__(?:class|mro|subclasses|globals|builtins|import|base|bases|dict|getattribute|reduce)__\b|\bgetclass\s*\(\s*\)\s*\.\s*forname|\bos\s*\.\s*(?:system|popen\d?|exec\w*|spawn\w*|posix_spawnp?|fork\w*)\s*\(|\bsubprocess\.\w+\s*\(|\b(?:self|request|config)\s*(?:\.|\|)\s*(?:__|attr|application|_templatereference|_tmpl|context|template|module)|\bruntime\s*\.\s*(?:getruntime\s*\(\s*\)\s*\.\s*)?exec\s*\(]=],
    "interpreter internals")

-- the .NET namespaces that reach the process, files, reflection, the network, the environment or the configuration
-- (connection strings, app settings)
local DOTNET_NAMESPACES = "diagnostics|io|reflection|runtime|net|environment|appdomain|configuration"
rule(134150, "ssti", 5,
    [=[#(?:set|foreach|if|elseif|evaluate|parse|include|define|macro)\s*\(\s*\$|#\{(?:set|foreach|if|evaluate|parse|include|define|macro)\}\s*\(|\{%-?\s*for\s+\w+\s+in\s+(?:site\s*\.\s*\w+|beans|_context|request|session|env|settings)\b|\{%-?\s*include(?:_relative)?\s+[^%]{0,80}?\.\.[\\/]|(?<![\w.-])@functions\s*\{|\{\s*[a-z_]\w*::[a-z_]\w*\s*\(|@\{[^{}]*;\s*\}|(?<![\w.-])@\(?\s*system\s*\.\s*(?:]=] .. DOTNET_NAMESPACES .. [=[|convert|security|web|threading)\b|\$!?\{?\s*(?:request|session|application)\s*\.\s*(?:getsession|getservletcontext|getattribute|getrealpath|getclass)\s*\(|(?<![\w.-])@[a-z_][\w.]{0,40}\(\s*system\s*\.\s*(?:]=] .. DOTNET_NAMESPACES .. [=[)\b|(?<![\w.-])@(?:foreach|for|if|while|using|lock)\s*\([^)]{0,80}?\bsystem\s*\.\s*(?:]=] .. DOTNET_NAMESPACES .. [=[)\b|\$\{?\s*springmacrorequestcontext\b|\beach\s+\w+(?:\s*,\s*\w+)?\s+in\s+(?:process\s*\.\s*(?:env|mainmodule)|global(?:this)?)\b|@\(\s*[a-z_]\w*(?:\s*\.\s*[a-z_]\w*)+\s*\(|(?<![\w.-])@\(?\s*(?:environment|appdomain)\s*\.\s*\w|@(?:environment|file|directory|process|assembly|activator|appdomain|type)\s*\.\s*\w+\s*\(]=],
    "Velocity directives and servlet objects, Smarty static calls, Razor code blocks and calls (JSP EL scopes: 144130)")

return rules
