-- WAF rules as data (anomaly scoring in the style of OWASP CRS, paranoia level 1).
-- Each rule: id (1xxxxx: CRS's family numbering minus 800000, outside the CRS's own ranges), category,
-- score (5 = critical: blocks alone at the default threshold; 3 = warning: needs a second signal),
-- view ("n" = fully decoded + lower-cased, "sql" = that with comments removed and whitespace collapsed,
-- "cmd" = that without shell quoting, "path" = with path separators unified, "blob" = the raw value
-- base64-decoded and inflated, empty unless it is one run of base64: edge.waf.decode), targets
-- (default: every inspected value; "ua" = User-Agent only; "args" = not in headers: path, arguments,
-- bodies, cookies; "not_links" = not in Referer or Origin), and a PCRE pattern compiled once with JIT.
-- Patterns describe attack grammar (a quote that closes a string and continues with SQL, a tag with
-- an event handler, a shell separator followed by a command), not strings from any one payload list.
local R = {}

local function rule(id, category, score, pattern, desc, extra)
    local r = { id = id, category = category, score = score, pattern = pattern, desc = desc, view = "n" }
    for k, v in pairs(extra or {}) do
        r[k] = v
    end
    R[#R + 1] = r
end

-- ---------------------------------------------------------------- SQL injection (142xxx)
rule(142100, "sqli", 5,
    [=[['"`)]\s*\)*\s*(?:or|and|xor|div|\|\||&&)\s*\(*\s*(?:['"`]?[\w.@]*['"`]?(?:::\w+)?\s*\)*\s*(?:[=<>]|!(?!\[)|\?[|&]|@>|<@|#>|\blike\b|\bis\b|\bbetween\b|\brlike\b|\bregexp\b|\bin\s*\()|not\b|exists\b|[~!+-]?\s*(?:0b[01]+|0x[\da-f]+|\d+)\s*(?:--|#|;|$|\bis\s+(?:not\s+)?(?:true|false|null)\b|\bmod\s+\d|\b(?:group|order)\s+by\b|\b(?:having|limit|union|procedure)\b)|\{\s*[a-z]+\s[^{}]{1,40}\}\s*(?:[=<>!]|$)|sleep|benchmark|pg_sleep|true\b|false\b|null\b|[a-z_][\w.]*\((?=[^)]*[,(\d])(?:[^()]|\([^()]*\))*\)\s*(?:[=<>!]|$|;|--|#|is\s+(?:not\s+)?null\b)|[a-z_][\w.]*\(\s*['"][^'"]{0,60}['"]\s*\)\s*(?:[=<>!]|is\s+(?:not\s+)?null\b))]=],
    "string closed then boolean SQL continues", { view = "sql" })
rule(142110, "sqli", 5, [=[\b(?:or|and|xor|having)\s+\(?\s*['"`]?(\w+)['"`]?\s*\)?\s*(?:=|<=>|\blike\b)\s*\(?\s*['"`]?\1\b]=],
    "tautology x = x", { view = "sql" })
-- (not in a chain of comparisons, as prose and math write them: "5 < 10 and 10 > 5")
rule(142120, "sqli", 5, [=[(?<![<>=]\s\d\s)(?<![<>=]\s\d\d\s)(?<![<>=]\d\s)(?<![<>=]\d\d\s)\b(?:or|and|xor)\s+\(?\s*-?\d+\s*\)?\s*(?:[=<>]|!=|<>)\s*\(?\s*-?\d]=], "numeric comparison after boolean",
    { view = "sql" })
-- MySQL 8 unions a whole table (TABLE t) or a row constructor (VALUES ROW(..)) as it does a SELECT
rule(142130, "sqli", 5,
    [=[(?<![a-z_])union\b(?:\s+(?:all|distinct))?\s*\(*\s*(?:select\b|values\s*(?:row\s*)?\(|table\s+[\w`".]+\s*(?:$|--|#|;|\)|/\*|\b(?:limit|order|union)\b))]=],
    "UNION SELECT", { view = "sql" })
rule(142140, "sqli", 5,
    [=[\bselect\s*(?:\(|\*\s*(?:from\b|,)|@@|null\b|(?:top\s+\d+\s+)?(?:distinct\s+)?[\w.`"\[\]()]+\s*(?:,\s*[\w.`"'\[\]()]+\s*)*\bfrom\s+[\w.`"\[\]]+\s*(?:where|limit|order|group|--|#|;|\)|$)|\d+\s*,|'[^']*'\s*,|(?:user|version|database|system_user|current_user|session_user|schema)\s*\(|char\s*\(|concat)]=],
    "SELECT statement shape", { view = "sql" })
-- sleep and benchmark are words ("sleep(5) in the test is flaky"): SQL before them, or a value that starts
-- with the call and goes on as SQL (a comment, a comparison, an operator, a quote) or ends
rule(142150, "sqli", 5,
    [=[(?:[(,=|&'"`;+!-]\s*|\b(?:and|or|xor|not|select|if|then|else|when|like|rlike|div|by|where|having)\s+|^\s*(?=(?:sleep|benchmark)\s*\([\w\s(),.*+-]*\)\s*(?:--|#|;|$|[=<>!'"`|&+*/-])))(?:sleep|benchmark)\s*\(\s*(?:[\d'"@(-]|[a-z_]\w*\s*\()|\b(?:pg_sleep|randomblob|dbms_pipe\.receive_message|dbms_lock\.sleep|extractvalue|updatexml|load_file|utl_inaddr\.get_host_address|utl_http\.request|make_set|json_extract|exp\s*\(\s*~|get_lock|st_(?:lat|long|point)fromgeohash|gtid_subset|gtid_subtract|geometrycollection|multipoint|multilinestring|multipolygon|linestring)\s*\(]=],
    "time-based or error-based SQL function", { view = "sql" })
rule(142160, "sqli", 5,
    [=[\bwaitfor\s+(?:delay|time)\b|\binto\s+(?:out|dump)file\b|\binformation_schema\b|\b(?:sys\.)?(?:sysobjects|syscolumns|sysdatabases|all_tables|user_tables|pg_catalog|pg_shadow|mysql\.user|sqlite_master)\b|\bxp_(?:cmdshell|regread|dirtree|fileexist)\b|\bdbms_(?:lock|session)\s*\.\s*sleep\b|\bexecute\s+immediate\s+['"]|\bsys\s*\.\s*(?:sql_logins|server_principals|database_principals|syslogins)\b|\bsp_(?:executesql|addlogin|password|addsrvrolemember|oacreate|makewebtask)\b|@@(?:version|datadir|hostname|servername|basedir)\b]=],
    "SQL server internals", { view = "sql" })
rule(142170, "sqli", 5,
    [=[;\s*(?:drop\s+(?:table|database|user)|delete\s+from|insert\s+into|update\s+[\w`"\[\]]+\s+set|truncate\s+table|alter\s+(?:table|user)|create\s+(?:or\s+replace\s+)?(?:table|user|function|procedure|trigger)|exec(?:ute)?\s*(?:\(|@|[sx]p_|master\b|dbo\.|immediate\b|[\w.]+\s*(?:$|[;@'"\d-]))|declare\s+@|shutdown\b|select\s|show\s+(?:tables|databases|schemas|columns|grants|variables|processlist|create)\b)]=],
    "stacked query", { view = "sql" })
rule(142180, "sqli", 5, [=[['"`]\s*[);]*\s*(?:--(?!\s+[a-z]{2,})|#(?![\w-]+['"`]|#*`)|;\s*--|/\*)]=], "string closed then comment", { view = "n" })
rule(142190, "sqli", 5,
    [=[['"`]\s*(?:\+|\|\||&&)\s*\(*\s*(?:if|iif|select|sleep|benchmark|case|char|nchar|ascii|unicode|substring|concat|convert|cast|db_name|user_name|host_name|suser_s?name)\b|\bcase\s+when\s+.{1,80}\s+then\b|(?:\bselect\s+(?:all\s+|distinct\s+)?|\(\s*)null\s*,\s*null\b|\b(?:order|group)\s+by\s+\d+\s*(?:--|#|,|\)|$|desc|asc)|\bhaving\s+\d+\s*[=<>]|(?:^\s*|[\d'"`)]\s*[-+*/%|&^]\s*|[(,]\s*|\b(?:and|or|xor|not|select|where|by|then|else|when|like|rlike|div)\s+)\(*\s*i?if\s*\(\s*[^,;]{1,60}?(?:[=<>]|\blike\b)[^,;]{0,60},]=],
    "SQL expression fragments", { view = "sql" })
rule(142200, "sqli", 5,
    [=[\b(?:ascii|ord|unicode)\s*\(\s*(?:substr|substring|mid|left|right)\s*\(|\b(?:and|or)\s+(?:not\s+)?(?:exists\s*\(|\(\s*select\b|ascii\s*\(|substring\s*\(|mid\s*\(|length\s*\(|ord\s*\(|char\s*\()|\bexec(?:ute)?\s+(?:master\.|xp_|sp_)|\b(?:cast|convert)\s*\(.{1,60}\bas\s+\w+|\bchr\s*\(\s*\d+\s*\)\s*(?:\|\||\+)|\b(?:n?char\s*\(\s*\d+\s*\)\s*(?:\+|&|\|\|)\s*){2}n?char\s*\(|\bchar\s*\(\s*\d+\s*(?:,\s*\d+\s*)+\)|\bselect\b\s*(?!from\b)\S.{0,40}?\bfrom\s*(?!where\b)[\w`"\[(].{0,80}?\bwhere\b]=],
    "blind SQL probes", { view = "sql" })
rule(142210, "sqli", 3, [=[[(,]\s*0x[0-9a-f]{2,}\s*,|,\s*0x[0-9a-f]{2,}\s*\)|\bsubstring\s*\(|\bgroup_concat\s*\(|\bconcat(?:_ws)?\s*\(.{0,40}(?:0x|char|select|user|version)]=],
    "SQL obfuscation helpers", { view = "sql" })
-- possessive: three whitespace runs in a row cost their product on a value of spaces (a ReDoS)
rule(142220, "sqli", 5, [=[^\s*+['"`]?+\s*+\)*+\s*+(?:--|#)\s*$|^\s*+\d*+\s*+['"`]\s*+\)*+\s*+;|^\s*+'\s*+(?:[-+*/%&|^]|\|\||&&)\s*+'\s*$]=],
    "value that only closes a string, or only joins two (the '-' probe)",
    { view = "n" })

-- The tail of a SELECT whose head the application wrote: a column list, star or aggregate, FROM a table,
-- then a comment to the end or a WHERE with a comparison ("Bob, Alice from HR; thanks" has neither).
rule(142270, "sqli", 5,
    [=[^\s*[\w.`"\[\]]+\s+from\s+[\w.`"\[\]]+\s*(?:--|#)\s*-?\s*$|^\s*(?:\*|[\w.`"\[\]]+(?:\s*,\s*[\w.`"\[\]]+)+|(?:count|max|min|sum|avg|group_concat|string_agg|concat\w*)\s*\([^()]*\))\s+from\s+[\w.`"\[\]]+\s*(?:(?:--|#)\s*-?\s*$|/\*|\bwhere\s+\S{1,40}?\s*(?:[=<>]|\blike\b))]=],
    "the rest of a SELECT after its column list", { view = "n" })
-- a scanner's probe: a short value, then quotes, a closing parenthesis or a comment and nothing else (an
-- empty "" is a value: Chrome sends sec-ch-ua-model: "")
rule(142280, "sqli", 5,
    [=[^\s*(?:[\w.@-]{1,32}\s*(?:['"`]\s*['"`)]|\\['"]|\)+\s*(?:--|#))|['"`]\s*\)+|['"`]\s*-\s*\d+\s*-\s*['"`]?)[\s'"`)]*(?:--\s*-?|#|;|/\*)?\s*$]=],
    "quote or comment probe", { view = "n" })
-- MongoDB query operators where a value was expected: a JSON object of them, a bracketed parameter name
-- (username[$ne]=), or an operator as a whole key
rule(142290, "sqli", 5,
    [=[["']\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|expr|elemmatch|not|nor|or|and|type|mod|all|size|jsonschema)["']\s*:|\[\s*\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|expr|or|and|nor|not)\s*\]|^\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|expr|or|and|nor|not|elemmatch)$]=],
    "NoSQL query operator", { view = "n" })
rule(142230, "sqli", 5,
    [=[^\s*['"`]?\s*\)*\s*;?\s*(?:select\s+[\w.@]+\s*(?:\(|;|,|\bfrom\b)|insert\s+into\s+[\w.`"\[\]]+\s*(?:\(|values\b|select\b)|delete\s+from\s+[\w.`"\[\]]+\s*(?:where\b|;|--|#|$)|drop\s+(?:table|database)\s+(?:if\s+exists\s+)?[\w.`"\[\]]+\s*(?:$|[;,#)]|--|/\*|\b(?:cascade|restrict|purge)\b)|truncate\s+table\b|exec(?:ute)?\s+(?:master\.|xp_|sp_|\w+\s*[@'(]))|\bcreate\s+(?:table|user|database|function|procedure|trigger|login)\s+[\w`"\[\]]+\s*(?:\(|identified|as\b|with\b)|\bidentified\s+by\b|\bgrant\s+(?:\w+\s*,\s*)*(?:connect|resource|dba|all|select|insert|update|delete|execute)\b[^;]{0,40}\b(?:to|on)\b|\bbackup\s+(?:database|log)\b|\bcurrent_setting\s*\(]=],
    "SQL statement as the whole value", { view = "sql" })
-- (a double quote right after a digit is an inch mark: 55" or 65", 2-3/8" or 2-3/4")
rule(142240, "sqli", 5,
    [=[(?:['`]|(?<!\d)")\s*\)*\s*(?:or|and|xor)\s+(?:['"`]?\w*['"`]?\s*(?:[&|^*+/%]|-(?![a-z]))|['"`]?\d*['"`]?\s*['"`]\s*$|['"`]\w*\s*$|(?:\d+|true|false|null)\s*$)|['"`]\s*\|\|\s*['"\w]|['"`]\s*(?:like|=|<>|!=|rlike|regexp)\s*(?:['"`]|\d+\s*(?:--|#))|^\s*(?:and|or)\s+(?:true|false|not|null|\d+)\s*(?:--|#|$)|\bor\s+\w+\s*=\s*\w+\s*(?:--|#)|/\*!\d*|@@\w+]=],
    "quote games and boolean fragments", { view = "sql" })

rule(142250, "sqli", 5,
    [=[(?:^|[?&][\w.\[\]-]*=)[\s(]*-?(?:\d[\d.]*e[+-]?\d+|\.?\d[\w.]*)\s*\)*\s*(?:(?:\b|(?<=\d))(?:or|and|xor|div)\b|&&|\|\|)\s*(?:not\s+)?\(*\s*(?:(?:['"`][^'"`]*['"`]|\$\w*\$[^$]*\$\w*\$|\{\s*fn\s+\w+\s*\([^)]*\)\s*\})\s*(?:[=<>!~]|like\b|glob\b|similar\s+to\b|is\s+(?:not\s+)?distinct\b)|[~!]?-?(?:0x[\da-f]+|\d[\d.e]*)\s*(?:[=<>!~]|::|--|#|;|$|\)|\b(?:like|rlike|regexp|sounds|between|in|mod|div|glob)\b|\bis\s+(?:not\s+)?(?:true|false|null|distinct)\b)|(?:true|false|null)\s*(?:$|--|#|;|\))|[a-z_][\w.$]*(?:\(|\s*(?:[=<>~]|::|->|\?[|&]|@>|<@|#>|\b(?:r?like|regexp|sounds\s+like)\s*['"\d(]))|select\b|@)]=],
    "numeric value then a boolean operator and a comparison (an unquoted id)", { view = "sql" })
rule(142260, "sqli", 5,
    [=[(?:[,=(]|\b(?:offset|limit|asc|desc|and|or|by|then|else|when|in|exists))\s*\(\s*select\s+(?:\d|null\b|@|[\w.`*]+\s*(?:,|\bfrom\b|\)))|\blimit\s+\d+(?:\s*,\s*\d+)?\s+into\s+@|\bprocedure\s+analyse\s*\(|\bcopy\s+[\w.]+(?:\s*\([^)]*\))?\s+(?:from|to)\s+(?:program|stdin|stdout)\b]=],
    "subquery in a sort or limit clause, PROCEDURE ANALYSE, COPY ... PROGRAM", { view = "sql" })

-- ---------------------------------------------------------------- XSS (141xxx)
rule(141100, "xss", 5, [=[<\s*/?\s*script\b|<\s*/?\s*(?:iframe|frameset|frame|object|embed|applet|svg|math|meta|base|isindex|marquee|bgsound|layer|ilayer|xss|vmlframe|handler|portal|animate|animatemotion|animatetransform|template|xmp|plaintext|noembed|noscript)\b]=],
    "dangerous HTML element")
rule(141110, "xss", 5, [=[<[a-z][a-z0-9:-]*\b[^<>]*?[\s"'/]on[a-z]{3,}\s*=]=], "tag with an event handler")
rule(141120, "xss", 5, [=[['"`]\s*/?\s*on[a-z]{3,}\s*=|[\s"'/]on(?:error|load|mouse\w+|click|dblclick|focus\w*|blur|key\w+|change|submit|toggle|begin|end|pageshow|hashchange|message|animation\w+|transition\w+|pointer\w+|scroll|wheel|drag\w*|drop|copy|paste|input|invalid|resize|unload|beforeunload|afterscriptexecute|beforescriptexecute|readystatechange|start|finish|play|search|select|show|touch\w+|contextmenu|auxclick|unhandledrejection)\s*=\s*[^\s=]]=],
    "event handler attribute")
rule(141130, "xss", 5, [=[(?:java|vb|live|ecma)script\s*:\s*[\w$.:\[\]]*\s*[(\x60=\[]|(?:href|src|action|formaction|data|xlink:href|background|dynsrc|lowsrc|poster|srcdoc|to|values|from)\s*=\s*["'`]?\s*(?:java|vb|live)script\s*:|data\s*:\s*(?:text/html|image/svg\+xml|application/(?:x-)?javascript)|\burl\s*\(\s*['"]?\s*javascript\s*:]=],
    "script URL")
rule(141140, "xss", 5, [=[(?<![a-z]\s)\b(?:alert|prompt|confirm)\s*(?:\(|\x60)|\bdocument\s*\.\s*(?:cookie|domain|write(?:ln)?|location)\b|\bwindow\s*\.\s*(?:location|open)\b|\.innerhtml\s*=|\bstring\s*\.\s*fromcharcode\b|\b(?:settimeout|setinterval)\s*\(\s*['"`]|\bconstructor\s*\.\s*constructor\b|\bconstructor\s*\(\s*['"`]|\blocation\s*\.\s*hash\b|\bself\s*\[\s*['"`]|\b(?:fetch|sendbeacon|open)\s*\(\s*(?:['"`][a-z]*\s*['"`]\s*,\s*)?['"`](?:https?:)?//[^;]{0,200}?\b(?:localstorage|sessionstorage|indexeddb)\b|(?:\.src|\blocation(?:\s*\.\s*href)?)\s*=[^;]{0,200}?\b(?:localstorage|sessionstorage)\b]=],
    "JavaScript sink")
-- A breakout closes the attribute the value was written into: no tag of its own before it (a document's
-- `<order id="1001">\n<item>` closes its own attributes).
rule(141150, "xss", 5, [=[^[^<>]*?['"`]\s*>\s*<\s*[a-z!/]|<\s*[a-z]+\s*/\s*[a-z]+\s*=|<\s*(?:img|image|video|audio|body|input|button|form|details|textarea|select|a|div|span|table|td|style|link|source|track|keygen|x|p|b|i)\b[^<>]*\b(?:src|href|action|formaction|style|background|dynsrc|lowsrc|srcdoc)\s*=\s*["'`]?\s*(?:[a-z]+script|data|\W*x\b|#|&)]=],
    "tag breaking out of an attribute")
rule(141160, "xss", 5, [=[^[^{}<>]*\}\s*[\w#.*:\[\]=-]+\s*\{[^}]*?(?:url\s*\(|expression\s*\(|@import|behavior\s*:|-moz-binding)|\bexpression\s*\(|-moz-binding\s*:|\bbehavior\s*:\s*url\s*\(|@import\b|<\s*style\b[^>]*>|\beval\s*\(\s*(?:atob|unescape|decodeuri|string|location|name|['"`])|<\s*[a-z]+[^>]*\bstyle\s*=\s*["']?[^>]*(?:expression|behavior|javascript)]=],
    "CSS and eval tricks")
rule(141180, "xss", 5,
    [=[\b(?:alert|prompt|confirm)\b\s*(?:\.\s*(?:call|apply|bind)\b|\)\s*\()|(?:[=,\[]\s*\(?|[\w$)\]]\()\s*(?:alert|prompt|confirm|eval)\s*[),\]]|\b(?:top|self|window|parent|frames|this|globalthis)\s*\[\s*(?:['"`/]|\d+\s*\.\.)|\.\s*source\s*\+|\.\s*tostring\s*\(\s*(?:30|36)\s*\)|\bdata(?:src|fld|formatas)\s*=|\battributename\s*=|\bxlink:href\s*=|<\s*link\b[^>]*\bhref\s*=|<\s*xml\b|(?:src|href|action)\s*=\s*["'`]?\s*(?:mocha|livescript|vbscript)\s*:|\beval\s*\(\s*\w+\s*\+]=],
    "JavaScript call tricks and legacy vectors")
rule(141170, "xss", 3, [=[<\s*(?:img|image|video|audio|body|input|button|form|details|textarea|svg|a|div|style|link|source|html|head|title)[\s/]+[^<>]*?[a-z-]+\s*=]=],
    "HTML element in a parameter")
-- JavaScript written only with []()!+ (JSFuck): a run of those with ![] in it; "!!!!" alone is prose
rule(141190, "xss", 5, [=[(?=[\[\]()!+]{20})[\[\]()+]{0,18}!\[\]]=], "JavaScript from []()!+ only")
-- DOM clobbering: an element document.x or window.x resolves to by its id and name together, or whose name
-- shadows a document method or a script's config object (a form's own inputs share id and name: not those)
rule(141200, "xss", 5,
    [=[<\s*(?:a|area|form|img|image|embed|object|iframe)\b[^<>]*\b(?:id|name)\s*=\s*["']?([a-z_$][\w$-]*)["']?[^<>]*\b(?:id|name)\s*=\s*["']?\1\b|<\s*[a-z]+\b[^<>]*\bname\s*=\s*["']?(?:getelementbyid|getelementsby\w+|queryselector(?:all)?|createelement|cookie|domain|location|documentelement|defaultview|body|head|forms|images|scripts|currentscript|write|attributes|defaultconfig|config|__proto__)["'\s/>]]=],
    "DOM clobbering: an element's id and name agree, or its name shadows a document property")
-- Script gadgets: attributes a page's front-end library turns into requests or code (htmx, Alpine, Vue,
-- AngularJS), on injected markup
rule(141210, "xss", 5,
    [=[<\s*[a-z][\w-]*\b[^<>]*?\s(?:hx-(?:get|post|put|patch|delete|on(?::[\w:-]+)?|vals|include)|x-(?:html|init|data|on:[\w.-]+|bind:[\w-]+)|v-(?:html|on:[\w.-]+|bind:[\w-]+)|ng-(?:init|click|include|bind-html|focus|mouseover)|@[a-z][\w.-]*|:(?:href|src|srcdoc|innerhtml))\s*=]=],
    "front-end library attribute on injected markup (htmx, Alpine, Vue, AngularJS)")

-- ---------------------------------------------------------------- path traversal / file inclusion (130xxx)
rule(130100, "traversal", 5, [=[(?:^|[\\/;=:])\.{2,}[\\/]|[\\/]\.{2,}(?:[\\/;]|$)|(?:\.{2,}[\\/]){2}|(?:0x2e){2}|\.{2,}(?:%00|\x00|;)|\.\.(?:%?2f|%?5c)]=],
    "dot-dot path segment", { view = "path" })
-- A system directory as the value (also without its leading slash) or after "=", a quote, a separator; in
-- prose ("config lives in /etc/nginx/conf.d") only a system file a sentence would not name.
local UNIX_DIRS = [=[(?:etc|proc|root|boot|sys|var/(?:log|www|lib|mail|spool|cron|run|adm|db|apache2?|nginx|backups|tmp)|usr/(?:local|lib|share|etc|pkg|apache\d?|home|ports)|opt/(?:lampp|xampp|bitnami|apache))]=]
-- (a relative path from the value's start, but not a time zone: "Etc/GMT-14", "Etc/UTC")
rule(130110, "lfi", 5,
    [=[^\s*(?!etc/(?:gmt|utc|uct|universal|zulu|greenwich)\b)]=] .. UNIX_DIRS .. [=[/|(?:^\s*|[^\w.\s])/]=] .. UNIX_DIRS .. [=[(?:/|$)|(?:^|[\\/])(?:etc[\\/](?:passwd|shadow|group|hosts|issue|motd|fstab|crontab|sudoers)|etc[\\/](?:httpd|apache2?|nginx|mysql|php\d?|ssh)[\\/](?:[\w.-]+[\\/])*[\w.-]*(?:\.(?:conf|cnf|ini|cfg|key|pem)|_config)\b|proc[\\/](?:self|\d+)[\\/])|(?:^\s*|[^\w.\s])/dev/(?:fd/|std(?:in|out|err)\b|u?random\b|zero\b|k?mem\b|port\b|tty\b)]=],
    "Unix system file path", { view = "path" })
rule(130120, "lfi", 5,
    [=[\b[a-z]:(?:\\|/)+(?:windows|winnt|inetpub|boot\.ini|documents and settings|users[\\/](?:administrator|default|all users)|system volume information|xampp|wamp|apache\d?|php\d?|mysql|home\d*[\\/]|sys(?:tem32|prep|log)|perl|htdocs|\w+\.(?:ini|log|conf|cnf|dat|sys|inf))|(?:^|[\\/])(?:windows|winnt)[\\/](?:system32|system|repair|win\.ini|system\.ini|debug|panther|php\.ini)|\b(?:boot|win|system)\.ini\b|%(?:systemroot|windir|comspec|system32)%|(?:^|[\\/])system32[\\/](?:config|drivers|inetsrv|logfiles|tasks|[\w-]+\.(?:exe|dll|ini|log))\b|\\\\[\w.-]+\\(?:[a-z]|admin|ipc)\$(?:\\|$)]=],
    "Windows system file path, or an administrative share (\\\\host\\c$)")
-- A bare name counts only as a whole value without spaces: "web.config transforms" is a sentence.
rule(130130, "lfi", 5,
    [=[(?:^(?!\S*\s)|[\\/])(?:\.ssh[\\/]|id_[rd]sa\b|authorized_keys\b|\.htaccess\b|\.htpasswd\b|\.user\.ini\b|web\.config\b(?!\.(?:example|sample|dist|template)\b)|wp-config\.php|\.bash_history|\.bashrc|\.profile\b|\.git[\\/]|\.svn[\\/]|\.aws[\\/]|\.docker[\\/]|php\.ini\b|my\.cnf\b|httpd\.conf\b|access[._]log\b|error[._]log\b|ntuser\.(?:dat|ini)\b|\.passwd\b|config\.inc\.php\b|localsettings\.php\b|(?:web|meta)-inf[\\/]|\.env(?:\.(?!example$|sample$|dist$|template$)[\w-]+)?$|\.netrc\b|\.npmrc\b|\.pgpass\b|\.git(?:-credentials|config)\b|\.kube[\\/]|\.\w+_history\b|\.(?:hg|bzr|cvs|idea|vscode)[\\/]|\.ds_store\b|\.htdigest\b|config[\\/](?:database|secrets|master|credentials|storage)\.(?:ya?ml|key)(?:\.enc)?\b|local_settings\.py\b|\.pypirc\b|app[\\/]etc[\\/](?:env|local)\.(?:php|xml)\b|configuration\.php\b|storage[\\/]logs[\\/][\w.-]+\.log\b|\.[\w.-]+\.sw[op]$|[\w.-]*[\w-]\.(?:php\d?|inc|asp|aspx|jsp|py|rb|conf|cfg|ini|ya?ml|sql)(?:~|\.(?:bak|old|orig|save|swp|tmp|backup|\d))$)|^[\w./\\-]*\.(?:sql|sqlite3?|mdb)(?:\.(?:gz|zip|bak))?$]=],
    "sensitive file name (a framework's secrets, a database dump)", { view = "path" })
rule(130140, "lfi", 5,
    [=[\b(?:php|file|zip|phar|expect|glob|compress\.zlib|compress\.bzip2|jar|data|ogg|rar|ssh2\.\w+)://|\bphp://(?:filter|input|stdin|memory|temp|fd)|\bconvert\.(?:base64|iconv|quoted)|\bdata:[\w/+.-]*;base64,]=],
    "stream wrapper")
rule(130150, "lfi", 5, [=[[\\/]\.{2,}$|^\.{2,}[\\/]?$|(?:^|[\\/])\.{2,}%]=], "bare dot-dot probe", { view = "path" })

rule(130160, "lfi", 5,
    [=[(?:^|[\s'"=(])(?:[a-z]:)?[\\/](?:[\w.$~-]+[\\/])*[\w.$~-]+\.(?:php\d?|phtml|inc|ini|conf|cnf|cfg|log|dat|config|env|sql|bak|htaccess|htpasswd|pem|key|mdb|asa|aspx?|jsp|cgi)\b|(?:^|[\s=(])(?:[a-z]:)?[\\/]?(?:[\w.$~-]+[\\/])*?(?:xampp|wamp|inetpub|phpmyadmin|wp-content|wp-admin|wp-includes|library/webserver|sites/default|cgi-bin|htdocs|www-data|private/var|private/etc)(?:[\\/]|$)|\b[a-z]:[\\/](?:[\w.$~ -]+[\\/])*[\w.$~-]*(?: [\w.$~-]+)?\.(?:txt|xml|dat|ini|log|conf|inf|sys|bak|db)\b|\b[a-z]:[\\/]\$recycle\.bin\b|(?:^|/)tmp/sess_]=],
    "application or server file path (web.config: 130130; a server directory in a URL is a link)", { view = "path" })

-- ---------------------------------------------------------------- command injection (132xxx)
-- Commands that are not also everyday English words: a shell separator before them is enough.
local SHELL_CMDS = [=[(?:uname|whoami|pwd|ls|tac|wget|curl|nc|ncat|netcat|socat|systeminfo|ipconfig|ifconfig|nslookup|getent|perl|python[0-9.]*|php|ruby|bash|sh|zsh|ksh|csh|tcsh|cmd|cmd\.exe|powershell|pwsh|telnet|chmod|chown|chgrp|chattr|rm|rmdir|mkdir|tftp|lftp|crontab|nohup|setsid|sudo|pkexec|chroot|useradd|usermod|chpasswd|visudo|base64|base32|xxd|hexdump|md5sum|sha\d*sum|netstat|netsh|sysinfo|tasklist|taskkill|certutil|bitsadmin|wmic|nmap|masscan|hping3|tcpdump|uptime|hostname|printenv|killall|pkill|pgrep|lsof|dmesg|dmidecode|lsb_release|whois|traceroute|tracert|ping6|mkfifo|mknod|gcc|xterm|gawk|mawk|nawk|gzip|gunzip|bzip2|unzip|7z|sftp|strace|ltrace|busybox|tclsh|jjs|jrunscript|irb|sendmail|iptables|modprobe|insmod|lwp-(?:download|request)|aria2c|ssh-keygen|mshta|regsvr32|rundll32|schtasks|vssadmin|nltest|wscript|cscript|msiexec|findstr|icacls|cacls|attrib|forfiles|wevtutil|bcdedit|diskpart|qwinsta|quser|lsblk|lscpu|lspci|lsusb|lsmod|lsattr|getfacl|setfacl|sestatus|getenforce|ulimit|umask|nproc|fdisk|blkid|lastlog|faillog|nft|ufw|firewall-cmd|adduser|userdel|groupadd|disown|gpg|zcat|bzcat|xzcat|shred|dos2unix|readlink|pstree|fuser|javac|nasm|rustc|lynx|w3m|smbclient|rpcclient|ldapsearch|redis-cli|tshark|msfconsole|msfvenom|hashcat|nikto|arping|cksum|iconv|xcopy|robocopy|makecab|esentutl|ntdsutil|msbuild|installutil|regasm|regsvcs|odbcconf|cmstp|net1|qprocess|takeown|wusa|dism|cpan|cpulimit|easy_install|emacs|facter|flock|ionice|logsave|pico|puppet|rlwrap|rpm|rview|rvim|setarch|start-stop-daemon|stdbuf|taskset|unshare|nsenter|capsh|valgrind|zypper)]=]
-- Commands that are also words ("; ping me", "& sleep well"): they need a shell-looking argument.
local WORD_CMDS = [=[(?:id|cat|nl|node|lua|dash|ping|sleep|usleep|echo|printf|reg|net|ver|vol|ps|kill|env|set|export|dir|type|start|system|exec|eval|fetch|shutdown|reboot|halt|route|arp|dig|awk|passwd|ftp|timeout)]=]
-- Words, tool names a bio lists ("search & find", "Go | MySQL | Docker") and tools in chat code blocks
-- ("```\nkubectl get pods"): a flag, path or URL must follow. (Filters a pipe feeds, grep, sort, head,
-- tail, sed, xargs, are everyday pipelines in developers' messages: left out.)
local TOOL_CMDS = [=[(?:find|strings|diff|tee|touch|stat|dd|od|vi|vim|tar|ssh|scp|rsync|openssl|git|docker|kubectl|systemctl|journalctl|npm|pip3?|mysql|psql|sqlite3|gdb|tmux|nano|df|du|ss|mount|su|cp|mv|ln|java|apt-get|apt|yum|dnf|apk)]=]
-- After the command word: ".exe", or a variable the shell expands to nothing ("cat$u /etc/passwd").
local CMD_END = [=[(?:\.exe|\$\{?[a-z_]\w*\}?)?]=]
-- a line break starts a command only where a run of them starts, and the spaces after a separator are
-- taken whole (possessive): a value of 16,000 line breaks cost a scan to its end from each one
local SEPARATOR = [=[(?:[;|&]|(?<!\n)\n|\\n|[$<>]\(|\|\||&&)\s*+[({]*+\s*+(?:/?(?:usr/)?(?:local/)?s?bin/)?]=]
-- Words that continue a sentence after a tool's name ("I like go; python is better", "; curl works now"):
-- no command takes them as its first argument.
local PROSE_WORDS = [=[(?:is|was|are|were|has|had|have|does|did|can|could|will|would|should|may|might|must|seems?|keeps?|needs?|works?|worked|failed|still|also|too|and|or|but|not|never|always|only|just|then|now|for|to|in|on|at|of|with|as|by|from|the|a|an|it|its|rocks|sucks|encodes?|decodes?)]=]
rule(132100, "rce", 5,
    -- "@": cmd.exe's no-echo prefix (not before word commands: "; @echo" is a handle). An interpreter
    -- with no script between pipes or at the end is a list of languages ("Rails | Python | Java")
    SEPARATOR .. "@?" .. [=[(?!(?:perl|python[0-9.]*|php|ruby)\s*(?:\|(?!\|)|$))]=] .. SHELL_CMDS .. CMD_END .. [=[(?:\s*$|\s*[;|&)}`#'"]|\s*</|\s*[<>]\s*[/~$]|\\n|\$\{?ifs|[\s+]+(?:[-/](?=\S)|[\\$'"%.:*\d]|(?!]=] .. PROSE_WORDS .. [=[\b)\w))]=],
    "shell separator then command", { view = "cmd" })
rule(132105, "rce", 5,
    SEPARATOR .. "(?:" .. WORD_CMDS
        .. CMD_END .. [=[(?:\s*$|\s*[;|&`]|\s+#(?:\s|$)|\s*<\s*[/~$]|\\n|[\s+]+(?:-{1,2}[a-z\d]|[/\\$'"%]|\d|[a-z]:[\\/]|hk)|\s[^\n;|&]{0,60}(?:\\n|\n|>\s*\S))|]=]
        .. TOOL_CMDS .. CMD_END .. [=[[\s+]+(?:-{1,2}[a-z]|[/\\$~]|[a-z]:[\\/]|[a-z]+://))]=],
    "shell separator then a word-like command with shell arguments", { view = "cmd" })
rule(132110, "rce", 5,
    [=[\$\{?ifs\b|\$\(\s*[a-z`<]|[a-z]\$\(\s*\)[a-z]|(?:\$0|\b(?:ba|z|da|k)?sh)\s*<<<|(?:\$0|\$\{?shell\}?)\s+-c\b|\(\)\s*\{\s*\(\s*\w+\s*\)\s*=>|(?:^|[;|&\n])\s*([a-z_]\w*)=(?:\$?'[^'\n]*'|"[^"\n]*"|[^\s;|&'"])+\s*[;|&\n]+(?:[^;|&\n]{0,40}?[a-z/]|\s*)\$\{?\1\b|`\s*(?:id|whoami|uname(?:\s+-a)?|pwd|hostname|ifconfig|ipconfig|dir|ver|sysinfo|systeminfo|sleep\s+\d+|ping\s+(?:-\w+\s+)*\d{1,3}(?:\.\d{1,3}){3})\s*\\?`|!!python/(?:object|name|module)|\bnetsh\s+(?:firewall|advfirewall|interface|wlan)\b|`\s*(?:id|uname|whoami|pwd|ls|cat|wget|curl|nc|ping|sleep|echo|perl|python|php|bash|sh)\b[^`]*`\s*[;|&)]|\|\s*(?:/bin/)?(?:ba|z|k|c|da)?sh\b|(?:^|[^\w])/bin/(?:ba|z|k|c|da)?sh\b|/dev/(?:tcp|udp)/|\(\)\s*\{\s*[\w:]*\s*;?\s*\}\s*[;>]|\b(?:perl|ruby)\s+-e\b|\bpython[0-9.]*\s+-c\b|\bphp\s+-r\b|\b(?:ba)?sh\s+-[ci]\b|\bnc\s+-[a-z]*[elvcp]|>\s*/dev/null|\bcmd(?:\.exe)?\s*(?:/[a-z](?::\w+)?\s+)*/[ck]\b|\b(?:powershell|pwsh)(?:\.exe)?\s+-|\$\{[a-z_]\w*:-?\d+:(?:1|-\d+)\}|\$\{(?:path|home|pwd|oldpwd|shell|ifs|ls_colors|user|hostname|ps[1-4])\s*:\s*-?\d+(?::-?\d+)?\}|<<<\s*[$'"]|\$\(\(\s*[\w$]|\$'(?:\\[0-7]{3}|[a-z][\w./-]*')|\b(?:node|lua|jjs)\s+-e\b|\b(?:if|while|until|elif)\s+\[\[?\s[^\]\n]{1,80}\]\]?\s*;\s*(?:then|do)\b|\bfor\s+\w+\s+in\s+[^;\n]{1,80};\s*do\b|\bproxycommand\s*=|(?:^|[;|&\s])!(?:-\d+|!|\?\w+\??)(?:$|[\s;|&:])|(?:^|[;\n])\s*\.(?:shell|system|load)\s+\S|--(?:checkpoint-action\s*=\s*exec|use-compress-program|to-command|rsh-command|rsync-path)\s*=|\s-exec\s+\S+[^\n]{0,80}?(?:\\;|\s\+)|[a-z]\$\{[a-z_]\w*\}[a-z]|\$[a-z_]\w*\$[@*]|\b(?:wget|curl)\s+(?:-\w+\s+)*(?:https?|ftp)://\S+\s*(?:[;>]|-o\b)]=],
    "shell syntax")
rule(132120, "rce", 5,
    [=[<\?(?:php|=)|\?>\s*$|\b(?:system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|phpinfo|phpversion|php_uname|getenv|assert|create_function|call_user_func|preg_replace|file_put_contents|fputs|fwrite)(?:_once)?(?:\s|/\*[^*]{0,40}\*/|//[^\n]{0,40}\n|#[^\n]{0,40}\n)*\(\s*\\?(?:['"`$]|\w+\s*\(|\))|\b(?:include|require)(?:_once)?\s*\(?\s*(?:\$|['"`]?(?:https?|ftp|php|data|expect|phar|zip)://)|\$_(?:get|post|request|cookie|server|files|env)\b]=],
    "code execution function")
-- Deserializers run code named in the data: Java and .NET streams, PHP objects, Python pickles
-- importing a module that reaches the OS, Ruby Marshal gadgets; as a blob (base64, gzip or not)
rule(132230, "rce", 5,
    [=[^(?:\xac\xed\x00\x05|\x00\x01\x00\x00\x00\xff\xff\xff\xff|[OC]:\d+:"[\w\\]+":\d+:\{|a:\d+:\{[^{}]{0,200}?O:\d+:"[\w\\]+":\d+:\{|(?:\x80[\x02-\x05][\s\S]{0,24}?)?(?:c|\x8c[\x01-\x20])(?:os|posix|nt|subprocess|builtins|__builtin__|commands|pty|socket|importlib|runpy)(?:\n|\x94)|\x04\x08[\s\S]{0,64}?o:[\s\S](?:Gem::|ERB\b|ActiveSupport::|ActionView::|ActiveRecord::|Rack::|Net::))]=],
    "serialized object in an encoded blob", { view = "blob" })
rule(132130, "rce", 5, [=[<!--\s*#\s*(?:exec|include|echo|config|printenv|fsize|flastmod)\b]=], "server-side include")
rule(132160, "rce", 5,
    -- backticks in chat quote a command in prose ("`ls -la` shows it", a whole message): only after a
    -- quote, separator or assignment, where a shell would run one
    "[;|&'\"(=$]\\s*`\\s*(?:/?(?:usr/)?s?bin/)?(?:" .. SHELL_CMDS .. "\\s+[^`]{1,80}|" .. WORD_CMDS
        .. [=[\s+[-/$\d'"][^`]{0,80})`\s*(?:$|[;|&)'"#])|(?:^|[^\w/])/(?=[a-z]*[?*])(?!\*+/)[a-z?*]{1,6}/[\w.-]{0,12}[?*]|(?:^|[^\w*])/(?:usr/)?s?bin/(?:[a-z]+[?*]|[?*]+[a-z]|[a-z]*\[[a-z-]+\][a-z]*)|(?:[;|&\n]|\$\()\s*[a-z]{0,8}[?*]+[a-z][a-z?*]{0,8}\s+[-/$~]]=],
    "command in backticks, or a path spelled with shell wildcards")
rule(132170, "rce", 5,
    [=[\bkernel\s*\.\s*(?:exec|system|spawn|open|eval|fork|`)|\bio\s*\.\s*popen\s*\(|\bopen3\s*\.\s*(?:popen|capture|pipeline)\w*\s*(?:\(|['"%])|\.(?:instance_eval|class_eval|module_eval)\b|\.(?:send|public_send)\s*\(\s*:(?:system|eval|exec|spawn)\b|%x\s*[({\[]\s*[a-z/]|\bqx\s*[({\[/|]\s*[a-z/]|\bopen\s*\(\s*(?:my\s+)?[\w$]+\s*,\s*['"]\s*(?:\||-\|)|\buse\s+(?:posix|socket|io::socket::inet)\b]=],
    "Ruby or Perl command execution")
rule(132140, "rce", 5,
    [=[(?:[;|&\n]|&&|\|\|)\s*["']?[\w.\\:-]+\.(?:exe|bat|cmd|ps1|vbs|hta|scr|msi)\b|(?:[;|&\n]|&&|\|\|)\s*(?:type|dir|copy|move|del|erase|rd|md|cd|more|call|start|find)\s+(?:[a-z]:|\\|/|%\w+%|\*)|(?:[;|&\n]|&&|\|\|)\s*sc(?:\.exe)?\s+(?:query|qc|create|config|start|stop|delete)\b|\bfor\s+(?:/[dfrl]\s+(?:"[^"]*"\s+|[\w=*,]+\s+)?)?%%?[a-z]\s+in\s*\(|\bif\s+(?:/i\s+)?(?:not\s+)?(?:exist\s+["%\\/]|exist\s+[a-z]:|errorlevel\s+\d|%\w+%\s*==)|\bstart\s+/(?:b|min|max|wait)\b|%\w+:~-?\d+(?:,-?\d+)?%|\breg(?:\.exe)?\s+(?:add|query|delete|save|export)\s+["']?hk|\bnet(?:\.exe)?\s+(?:user|localgroup|view|use|share|group|start|stop)\b(?=\s*(?:$|[;|&])|\s+\S+\s*(?:$|[;|&])|[^;|&]{0,120}?(?:\s/[a-z]|\\\\|\s[a-z]:(?:\s|$)))]=],
    "Windows command, or cmd.exe grammar (FOR loops, IF EXIST, START /B)", { view = "cmd" })

-- Log4j's documented lookup prefixes; the rarer ones not before a shell operator (${web:-localhost} is bash)
rule(132150, "rce", 5,
    [=[\$\{\s*(?:jndi|env|sys|java|lower|upper|date|ctx|main|bundle|k8s|docker|spring|log4j|base64|(?:event|jvmrunargs|map|sd|web|marker)(?=\s*:[^-=?+]))\s*:]=],
    "JNDI lookup (Log4Shell)")
-- A value that is a command line: a command word, then only shell arguments (flags, paths, redirections,
-- variables, quoted strings, URLs, tokens with punctuation) up to its end or a separator; prose after the
-- command ("ping -c 4 is what I used") is not one. Or a command named by its path in a bin directory, or a
-- bare probe: a timing one ("sleep 10", "ping 127.0.0.1") or a survey command no one types as a name or search.
local STRONG_ARG = [=[(?>--?[a-z0-9][\w-]*(?:=[^\s;|&]*)?|[/~][^\s;|&]*|\.{1,2}/[^\s;|&]*|[<>]+&?(?:[/~$\d.-][^\s;|&]*|\s)|\$[^\s;|&]+|'[^']*'|"[^"]*"|[a-z]:(?:\\|[\w$%~.])[^\s;|&]*|%\w+%[^\s;|&]*|\\\\[^\s;|&]+|[a-z][\w+.-]*://[^\s;|&]*)]=]
local SHELL_ARG = "(?:" .. STRONG_ARG .. [=[|[^\s;|&<>\d/.:=@,*?\\]*+[\d/.:=@,*?\\][^\s;|&<>]*+)]=]
local ANY_CMD = "(?:" .. SHELL_CMDS .. "|" .. WORD_CMDS .. "|" .. TOOL_CMDS .. ")"
rule(132180, "rce", 5,
    [=[^\s*+[({]*+\s*+(?:/?(?:usr/)?(?:local/)?s?bin/)?(?:]=] .. SHELL_CMDS .. CMD_END .. [=[\s+]=] .. SHELL_ARG .. "|(?:"
        .. WORD_CMDS .. "|" .. TOOL_CMDS .. ")" .. CMD_END .. [=[\s+]=] .. STRONG_ARG .. [=[)(?:\s+]=] .. SHELL_ARG
        .. [=[){0,30}+\s*(?:$|[;|&<>`]|\\n)|(?:^|[^\w.~-])/(?:usr/)?(?:local/)?s?bin/]=] .. ANY_CMD .. [=[(?:\.exe)?(?:\s+]=] .. STRONG_ARG
        .. [=[|\s*[;|&<>`'")])|^\s*/(?:usr/)?(?:local/)?s?bin/]=] .. ANY_CMD .. [=[\s*$|^\s*(?:sleep|usleep|timeout)\s+\d+[smhd]?\s*(?:$|[;|&])|^\s*ping6?\s+(?:-[a-z]+\s+\d+\s+)*(?:\d{1,3}(?:\.\d{1,3}){3}|localhost)\s*$|^\s*(?:whoami|systeminfo|ipconfig|ifconfig|tasklist|netstat|printenv|getenforce|sestatus|lsmod|lsblk|uname)\s*$|^\s*(?:id|whoami|uname|hostname|pwd|ls|dir|ver|ipconfig|ifconfig|netstat)\s*[;|&]+\s*$]=],
    "a command line as the whole value, a command named by its bin path, or a bare probe", { view = "cmd" })
-- PowerShell: Verb-Noun cmdlets on the nouns an intrusion uses, followed by an argument, a separator or the end
-- ("I use Get-Content daily" is prose), or any Verb-Noun with a -Parameter (prose hyphenates
-- "set-up", "get-together"), Invoke-*, aliases after a separator, IEX on a download or variable, IWR/IRM to
-- a URL, .NET types called with ::, WebClient downloads, the call operator on glued strings or Get-Command,
-- a word broken by escape ticks (In`vo`ke-Ex`pression).
local PS_VERBS = [=[(?:add|clear|compress|convertfrom|convertto|copy|disable|enable|expand|export|get|import|install|invoke|measure|move|new|out|read|register|remove|rename|restart|resume|select|send|set|start|stop|suspend|test|uninstall|unregister|update|wait|write|foreach|where)]=]
local PS_CMDLET = PS_VERBS .. [=[-(?:item|childitem|itemproperty|content|process|service|webrequest|restmethod|expression|command|object|wmiobject|ciminstance|location|acl|variable|alias|mppreference|executionpolicy|localuser|localgroup(?:member)?|aduser|adcomputer|psdrive|pssession|computerinfo|hotfix|eventlog|winevent|clipboard|credential|filehash|bitstransfer|file|sleep|scheduledtask|nettcpconnection|netfirewallrule|dnsclientcache|archive)\b]=]
rule(132190, "rce", 5,
    "(?<![/\\w.-])" .. PS_CMDLET .. [=[(?=\s*(?:$|[;|&)}\n]|-[a-z]|['"$(@\[{]|[a-z]:[\\/]|[\\/.~%]))|(?:^\s*|[;|&({\n]\s*)]=] .. PS_CMDLET .. [=[\s+[\w.:-]+\s*(?:$|[;|&)}\n])|(?<![/\w.-])invoke-[a-z]{3,}|(?<![/\w.-])]=] .. PS_VERBS .. [=[-[a-z]{2,}\s+-[a-z]{2,}\b|(?:[;|&\n]|&&|\|\|)\s*(?:gci|gps|gwmi|gcim|saps|icm|ipmo|sal|iwr|irm|iex)\b|(?:^|[\s|;&(])iex\s*(?:[$'"]|\(\s*(?:[\[$('"]|new-object\b|iwr\b|irm\b|invoke-|get-|gc\b))|\|\s*iex\b|\b(?:iwr|irm)\s+(?:-\w+\s+)*['"]?(?:https?|ftp)://|\[\s*(?:system\s*\.\s*)?(?:diagnostics\s*\.\s*process|convert|reflection\s*\.\s*assembly|io\s*\.\s*file|net\s*\.\s*(?:webclient|dns|sockets\s*\.\s*\w+)|text\s*\.\s*encoding|environment|runtime\s*\.\s*interopservices\s*\.\s*marshal|scriptblock|activator)\s*\]\s*::|\.\s*(?:downloadstring|downloadfile|downloaddata|uploadstring|uploadfile|invokescript)\s*\(|\$executioncontext\s*\.|\s-(?:nop|noprofile|noni|noninteractive)\b|\s-(?:w|windowstyle)\s+hidden\b|\s-(?:ep|exec|executionpolicy)\s+(?:bypass|unrestricted)\b|\[char\]\s*\d+\s*[+,)]|\$\{?env:(?:comspec|windir|systemroot|temp|tmp|appdata|localappdata|userprofile|username|computername|programdata|psmodulepath)\b|[&.]\s*\(\s*['"][\w-]*['"]\s*\+|[&.]\s*\(\s*(?:gcm|get-command)\b|\b[a-z]+`[a-z]+`[a-z]]=],
    "PowerShell cmdlets, aliases and .NET calls")
-- Commands for a mail server smuggled after a line break (SMTP, IMAP's tagged commands, POP3 logins): the
-- application's mail or IMAP client sends them on as its own.
rule(132200, "rce", 5,
    [=[(?:\\[rn]|[\r\n])\s*(?:(?:mail\s+from|rcpt\s+to)\s*:|(?:helo|ehlo)\s+(?:[\w-]+\.[\w.-]+|\[[\d.]+\])\s*(?:$|\\[rn]|[\r\n])|(?:vrfy|expn)\s+[\w.@<-]|[a-z]{1,3}\d{1,4}\s+(?:login\s+\S+\s+\S|select\s+["']?inbox|(?:uid\s+)?fetch\s+[\d*:,]+\s|examine\s|capability\s*$|logout\s*$|authenticate\s+(?:plain|login|xoauth)|list\s+["']{2}|starttls\s*$)|(?:retr|dele|top)\s+\d+\s*(?:$|\\[rn]|[\r\n])|user\s+\S+\s*(?:\\[rn]|[\r\n])+\s*pass\s+\S+\s*(?:$|\\[rn]|[\r\n]))]=],
    "mail protocol command after a line break (SMTP, IMAP, POP3)")
-- A mail or HTTP header smuggled into a one-line field (an address, a name: one token or none, then a
-- line break; or a character whose low byte is CR or LF, for servers that keep only that byte) and
-- sendmail's options passed through mail()'s extra parameters (-X writes a log where it is told).
rule(132240, "rce", 5,
    [=[^[ \t]*+[^\s]{0,254}+[ \t]*+(?:\\r|\\n|[\r\n])+[ \t]*(?:bcc|cc|to|from|subject|reply-to|sender|return-path|set-cookie|location|x-[\w-]+)\s*:|(?:[\xc4\xc8\xcc\xd0\xd4\xd8\xdc][\x8a\x8d]|[\xe0-\xef][\x80\x84\x88\x8c\x90\x94\x98\x9c\xa0\xa4\xa8\xac\xb0\xb4\xb8\xbc][\x8a\x8d]){1,2}\s*(?:set-cookie|location|content-type|x-[\w-]+)\s*:|(?:^|[\s"\\])-(?:x\s*/\S|o\s*queuedirectory\s*=|oq\s*/)]=],
    "header after a line break in a one-line field (mail, Set-Cookie; also CR/LF as a character's low byte), or sendmail options")
-- Ruby, Perl and Python reach a shell or an evaluator in ways the plain calls above do not spell: a method
-- named by its symbol (send, method), a constant fetched by name, an open whose path starts with a pipe,
-- a spawn-like call given a command, Perl's indirect-object system, code loaded from a system directory,
-- an evaluator fed by a decoder (hex, base64, pack), and the deserializers that run code on load.
rule(132210, "rce", 5,
    [=[(?:\b|\.)(?:send|__send__|public_send|method|instance_method|public_method|define_method)\s*\(?\s*:(?:(?:system|exec|spawn|eval|syscall|fork|popen\d?|open|instance_eval|class_eval|instance_exec|instance_variable_[gs]et|class_variable_[gs]et|const_[gs]et|remove_const|binding)\b|`)|\bconst_get\s*\(\s*[:'"]?(?:kernel|io|process|open3|pty)\b|\bopen\s*\(\s*['"]\s*\|\s*\S|\b(?:spawn|readpipe|syscall|popen|system|exec)\s*\(\s*['"]\s*(?:/?(?:usr/)?(?:local/)?s?bin/)?]=]
        .. ANY_CMD .. [=[(?:\.exe)?(?:['"]|\s+[^'"]{0,80}['"])|\b(?:system|exec)\s*\{\s*['"]|\b(?:do|require|require_relative)\s*\(?\s*['"]/(?:tmp|var|dev|proc|etc|home|usr|opt|srv|root)/|\bcore::(?:global::)?(?:system|exec|readpipe|syscall|fork|open)\b|\b(?:eval|exec|instance_eval|class_eval|module_eval|compile)\s*\(\s*[^;]{0,80}?(?:\.\s*|\b)(?:pack\s*\(\s*['"][hmu]|decode_?base64|decode64|b64decode|urlsafe_b64decode|base64_decode|fromhex|unhexlify|hex2bin|gzinflate|gzuncompress|gzdecode|str_rot13|decodebytes|frombase64string|zlib\s*\.\s*decompress)|\b(?:c?pickle|_pickle|dill|jsonpickle|shelve|marshal)\s*\.\s*(?:loads?|restore|decode)\s*\(|\b(?:psych|yaml)\s*\.\s*unsafe_load\w*\s*\(]=],
    "Ruby, Perl or Python: a shell or evaluator reached by symbol, pipe, decoder or deserializer")
-- Serialized objects whose loading runs code: YAML tags naming a language's classes, .NET BinaryFormatter's
-- base64 header (Java's are 144120; a pickle's base64 header is too short to tell from a random token).
rule(132220, "rce", 5,
    [=[!ruby/(?:object|hash|struct|marshal|module|exception)\s*:|!ruby/class\s+['"]|!!python/(?:object|name|module|apply)|!!(?:javax?|com\.sun|org\.(?:apache|springframework))\.[a-z]\w*\.|\baaeaaad/////|["']\$type["']\s*:\s*["'](?:system|microsoft)\.[\w.]+|^\s*ro0ab]=],
    "serialized object that runs code on load (YAML language tags, .NET BinaryFormatter in base64, Json.NET type names)")

-- ---------------------------------------------------------------- PHP injection (133xxx)
-- (132120 above catches the plain calls, open tags, wrappers and superglobals.)
-- A function name PHP would call although it is built at run time: glued strings, chr() chains, an
-- escaped string, a quoted name, a decoder's result, a name with comments before its parenthesis, or a
-- variable assigned first and then called.
local PHP_SINKS = [=[(?:system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|assert|eval|create_function|phpinfo|show_source|highlight_file|readfile|file_get_contents|file_put_contents|include|require)]=]
rule(133100, "php", 5,
    [=[(?:['"]\w*['"]\s*\.\s*)+['"]\w*['"]\s*\)?\s*\(|['"]]=] .. PHP_SINKS .. [=[['"]\s*(?:\)|\]\s*\[\s*\d+\s*\])?\s*\(|\bchr\s*\(\s*\d+\s*\)\s*\.\s*chr\s*\(|\(\s*~\s*['"]?[^()'"\s]{2,40}['"]?\s*\)\s*\(|['"](?:\\x[0-9a-f]{2}|\\[0-7]{3}){2,}['"]\s*\(|\b(?:base64_decode|str_rot13|strrev|gzinflate|gzuncompress|gzdecode|hex2bin|urldecode|rawurldecode|convert_uudecode|implode|join|str_i?replace|substr|strtolower|strtoupper|ucfirst|trim|v?sprintf|strtr|pack)\s*\([^()]*\)\s*\(|\b]=] .. PHP_SINKS .. [=[\s*(?:/\*.*?\*/\s*|#[^\n]*\n\s*)+\(|\$(\w+)\s*=[^;]{1,200};.{0,200}?\$\1(?:\s*\[[^\]]*\])*\s*\(|\$\$+\w+\s*\(|\$_+\s*[.^|&]?=[^;]{1,100};\s*\$_+\s*(?:\[[^\]]*\]\s*)?[.^|&]?=]=],
    "PHP function name built at run time")
rule(133110, "php", 5,
    [=[\b(?:die|exit|print|echo|print_r|var_dump)\s*\(?\s*(?:md5|sha1|crc32|strrev|str_rot13|base64_encode|hash)\s*\(|\bfilter_(?:var|input)\w*\s*\([^;]{0,120}?\bfilter_callback\b|^\s*/[^/\s]*[.*+?\[\]()^$\\][^/]*/[imsxuadsxj]*e[imsxuadsxj]*\s*$|\b(?:call_user_func(?:_array)?|array_map|array_filter|array_walk(?:_recursive)?|array_reduce|u[ak]?sort|register_shutdown_function|register_tick_function|forward_static_call(?:_array)?|iterator_apply|preg_replace_callback(?:_array)?|mb_ereg_replace_callback|array_u(?:diff|intersect)\w*|array_(?:diff|intersect)_u\w+|header_register_callback|reflectionfunction|closure::fromcallable|ob_start|set_error_handler|set_exception_handler|spl_autoload_register)\s*\((?:[^()]|\([^()]{0,80}\)){0,200}?(?:['"]]=] .. PHP_SINKS .. [=[['"]|['"]\w+['"]\s*\.\s*['"]\w+['"])|\b(?:show_source|highlight_file|readfile|imap_open|opendir|scandir|ini_set|ini_alter|putenv|mail|var_dump|var_export|print_r|unserialize|extract|parse_str|move_uploaded_file|gzuncompress|gzinflate|gzdecode|str_rot13|base64_decode|hex2bin|convert_uudecode)\s*\(\s*(?:['"$]|\w+\s*\(|__[a-z]+__)|\$\{\s*_(?:get|post|request|cookie|server|files|env|session)\s*\}|\$(?:globals|_session|http_raw_post_data|http_(?:get|post|cookie|server|env|post_files)_vars)\b|\b(?:getallheaders|apache_request_headers|get_defined_vars)\s*\(\s*\)\s*\[|\b(?:ini_get_all|get_cfg_var|get_current_user|getmyuid|php_ini_loaded_file|php_ini_scanned_files|get_loaded_extensions|get_defined_functions|get_defined_constants)\s*\(|\bposix_(?:getpwuid|getpwnam|kill|setuid|setgid|mkfifo|uname|getlogin)\s*\(\s*(?:['"$\d]|\w+\s*\()|\bdl\s*\(\s*['"$][^)]{0,100}\.(?:so|dll)\b|\bffi\s*::\s*(?:cdef|load|scope)\s*\(|\b(?:pcntl_(?:fork|signal|alarm)|apache_setenv|apache_child_terminate|stream_socket_(?:client|server)|socket_(?:create|connect|bind)|p?fsockopen)\s*\(|\bfile\s*\(\s*['"](?:https?|ftp|php|data|phar|expect)://|\bnew\s+(?:recursivedirectoryiterator|directoryiterator|filesystemiterator|globiterator|splfileobject|splfileinfo)\s*\(\s*['"$]|\b(?:include|require)(?:_once)?\s*\(?\s*['"][^'"]*['"]\s*\.\s*\$|\b(?:copy|rename|symlink|link|fopen|error_log|file_put_contents|move_uploaded_file|chmod|chown|touch)\s*\([^)]{0,200}?\.(?:php\d?|phtml|phar|inc)['"]|\bnew\s+reflection\w*\s*\([^)]{0,100}\)\s*\)?\s*->\s*(?:newinstance\w*|invoke\w*|getmethod|getproperty|setaccessible)]=],
    "PHP callback to a command function, a PHP function on attacker data, request input, native code, reflection")
rule(133120, "php", 5,
    [=[(?:^|[;{}\s=|"])[oc]\s*:\s*\+?\d+\s*:\s*\\?"[\w\\]+\\?"\s*:\s*\d+\s*:\s*\{|(?:^|[;{}\s=|])a\s*:\s*\d+\s*:\s*\{\s*[is]\s*:\s*\d+\s*[:;]]=],
    "serialized PHP object or array")
-- php.ini / .htaccess directives that change what PHP runs or may fetch (prepended files, remote
-- includes, PHP handlers for other extensions): an application writing them to a config file is taken
rule(133130, "php", 5,
    [=[\bphp_(?:admin_)?(?:value|flag)\s+(?:auto_(?:prepend|append)_file|allow_url_\w+|engine|open_basedir|disable_functions|include_path|short_open_tag|zend_extension|extension|sendmail_path|error_log|file_uploads)\b|\b(?:auto_(?:prepend|append)_file|allow_url_(?:include|fopen)|open_basedir|disable_functions|register_globals|safe_mode)\s*(?:=|\s(?:on|off|\d|/))|\b(?:addtype|addhandler|sethandler|forcetype)\s+(?:application/x-httpd-php\w*|application/x-httpd-cgi|php\d?-script|cgi-script|server-parsed)|<\s*files(?:match)?\s[^>]*>|\bset_include_path\s*\(]=],
    "PHP or Apache directive that changes what PHP runs")
-- a file name made to run as PHP: a second extension after .php, a ";" or NTFS stream cut, PHP's rarer
-- extensions, or a Content-Disposition file name smuggled into a value
rule(133140, "php", 5,
    [=[[\w-]\.(?:php\d?|phtml|phar|pht|phps)(?:\.(?:jpe?g|png|gif|bmp|webp|svg|ico|pdf|docx?|xlsx?|zip|mp[34])|;[^\s/\\]+|::\$data)\s*$|^[\w./\\-]*\.(?:phtml|phar|pht|phps|php[3-8])\s*$|\bfilename\s*=\s*["']?[^"';]*\.(?:php\d?|phtml|phar|jsp|aspx?|cgi)\b]=],
    "file name that runs as PHP")

-- ---------------------------------------------------------------- remote fetches: SSRF, RFI (131xxx)
-- A value that is a URL (the whole value: prose that mentions one is not a fetch) to this host, a private
-- or link-local network, a cloud metadata or cluster-internal name, a wildcard-DNS name that resolves to
-- the address it spells, or an address spelled as one number (decimal, hex, octal) or with parts merged.
local INTERNAL_HOST = [=[(?:localhost|[\w.-]+\.localhost|0|0\.0\.0\.0|127(?:\.\d{1,8}){1,3}|0x[0-9a-f]{1,8}(?:\.(?:0x)?[0-9a-f]{1,8}){0,3}|0[0-7]{1,11}(?:\.0*[0-7]{1,4}){0,3}|\d{8,10}|(?=[\d.]*\b(?:25[6-9]|2[6-9]\d|[3-9]\d\d|\d{4,})\b)\d{1,5}(?:\.\d{1,5}){3}|10(?:\.\d{1,8}){1,3}|192\.168(?:\.\d{1,5}){1,2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,5}){1,2}|169\.254(?:\.\d{1,5}){1,2}|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])(?:\.\d{1,5}){1,2}|metadata|instance-data|kubernetes\.default(?:\.svc)?|[\w.-]+\.(?:internal|local|localdomain|consul|intranet|home\.arpa|svc\.cluster\.local)|(?:[\w-]+\.)*(?:nip\.io|xip\.io|sslip\.io|localtest\.me|lvh\.me|rbndr\.us|1u\.ms)|\[[0-9a-f:.]*(?:%[\w.-]+)?\])\.?]=]
rule(131200, "ssrf", 5,
    [=[^\s*(?:[a-z][a-z0-9+.-]{0,15}:){0,2}//(?:[^/?#\s@]*@|[^\s/@]*[#?\\][^\s/@]*@)?]=] .. INTERNAL_HOST .. [=[(?:[:/?#\\]|$)]=],
    "URL to an internal address", { targets = "not_links" })
rule(131210, "ssrf", 5,
    [=[\b169\.254\.169\.254\b|\bmetadata\.google\.internal\b|\b100\.100\.100\.200\b|\b192\.0\.0\.192\b|\bfd00:ec2::254\b|/latest/(?:meta-data|user-data|api/token)\b|/computemetadata/v1\b|/metadata/(?:instance|identity)\b|(?:^|[\s"'=(<])(?:(?:gopher|dict|netdoc|tftp|sftp|iiop|jar)://|(?:ldaps?|rmi)://[^/\s"'?#]*/(?![a-z]{1,2}=)[^\s"']|(?:ldaps?|rmi|iiop|corba)://\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?/\S)|\bjar:(?:https?|file|ftp)://]=],
    "cloud metadata service, or a URL scheme that reaches other protocols (LDAP and RMI: naming an object, not a directory's DN, unless at a numeric address)")
-- A URL whose address is spelled with characters IDNA folds to digits and dots (circled digits,
-- ideographic full stops): no public name needs them, a filter checking ASCII misses them.
rule(131220, "ssrf", 5,
    [=[[a-z]://[^/?#\s]*?(?:\xe2(?:\x91[\xa0-\xbf]|\x92[\x80-\xbf]|\x93[\x80-\xbf])|\d(?:\xe3\x80\x82|\xef\xbd\xa1)\d)]=],
    "URL host spelled with characters that fold to digits or dots")
-- Out-of-band interaction services: a request that names one is a probe for a blind fetch or lookup.
rule(131230, "ssrf", 5,
    [=[\b(?:burpcollaborator\.net|oastify\.com|interact\.sh|oast\.(?:pro|live|site|online|fun|me)|dnslog\.cn|ceye\.io|requestbin\.net|canarytokens\.com)\b]=],
    "out-of-band interaction host")
-- A value that is a remote URL the application would include (a link to a .php page is not one): its
-- query or fragment left empty (so the script's own suffix falls off) or supplying the extension
-- ("/?.php", "evil.tpl#.html"); a script with an emptied last parameter, or passed a command; a script
-- without a scheme or at a numeric address; a remote URL set as a script's parameter
-- ("index.php?page=http://..."); a paste or raw code host's script.
local SCRIPT = [=[\.(?:php\d?|phtml|phar|inc|txt|jsp|jspx|asp|aspx|cgi|pl|sh|py|rb)]=]
local REMOTE = [=[^\s*(?:(?:https?|ftps?):)?//[a-z0-9\[][^\s?#]*?]=]
rule(131110, "rfi", 5,
    REMOTE .. [=[(?:[?#]|]=] .. SCRIPT .. [=[\?(?:[^\s#]*=|(?:[^\s#]*&)?(?:cmd|command|exec|execute|shell)=[^\s#]*))\s*$]=]
        .. "|" .. REMOTE .. [=[[?#][^\s=&#]*\.(?:php\d?|phtml|html?|inc|txt|jsp|aspx?)\s*$]=]
        .. [=[|^\s*[\w./-]*]=] .. SCRIPT .. [=[\?(?:[^\s#&]*&)*[\w.\[\]-]+=(?:https?|ftps?)://]=]
        .. [=[|^\s*https?://(?:pastebin\.com/raw|paste\.ee/r|hastebin\.com/raw)/[^\s?#]+\s*$]=]
        .. [=[|^\s*https?://(?:raw|gist)\.githubusercontent\.com/[^\s?#]*]=] .. SCRIPT .. [=[\s*$]=]
        .. [=[|^\s*(?:https?:(?=//(?:[^\s/?#@]*@)?(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])[:/]))?//[^\s?#]*]=]
        .. SCRIPT .. [=[\b]=],
    "remote URL with an emptied query, or to a script where a page link would not be", { targets = "args" })
-- A bare remote .txt or .inc: an include's source (the attacker's server must not run it). A link field
-- may name one (an RFC's text): gateway.yaml spares link-named fields this rule.
rule(131130, "rfi", 5, REMOTE .. [=[\.(?:txt|inc)\s*$]=], "bare remote include source", { targets = "args" })
-- Also in headers: URL shapes no Referer or Origin carries (a backslash after the scheme, FTP to a script,
-- a text or include file with an emptied query or fragment, a script with a key-less query, a fragment or
-- a second extension: what a NUL cut leaves once decode.normalize drops the NUL).
rule(131120, "rfi", 5,
    [=[^\s*(?:https?|ftps?):/*\\|^\s*(?:ftps?|smb|cifs)://[^\s?#]*]=] .. SCRIPT .. [=[\b|^\s*\\\\(?:\?\\unc\\)?[^\\\s]+\\[^\s]*]=] .. SCRIPT .. [=[\s*$|]=] .. REMOTE
        .. [=[(?:\.(?:txt|inc|phar)(?:[?#][^\s=&]*|\?[^\s#]*[=&])|]=] .. SCRIPT
        .. [=[(?:#|\?[^\s=&#]+|\.(?!php\s*$)[a-z0-9]{2,5}))\s*$]=],
    "remote URL to a script cut by a fragment, a key-less query or a second extension; FTP or SMB; a backslashed scheme")

-- ---------------------------------------------------------------- Node.js, prototype pollution (135xxx)
rule(135100, "nodejs", 5,
    [=[\brequire\s*\(\s*['"`](?:node:)?(?:child_process|fs|net|os|vm|process|cluster|dgram|worker_threads|module|v8|http|https|http2|dns|inspector|repl)(?:/[\w/]+)?['"`]\s*\)|['"`](?:node:)?child_process['"`]|\bprocess\s*(?:\.\s*|\[\s*['"`])(?:mainmodule|binding|_linkedbinding|dlopen|reallyexit)\b|\bglobal(?:this)?\s*(?:\.\s*|\[\s*['"`])(?:process|require)\b|\b(?:deno\s*\.\s*(?:run|command|spawn\w*|read\w*|write\w*|remove|open|env\s*\.\s*(?:get|toobject))|bun\s*\.\s*(?:spawn(?:sync)?|file|write))\s*\(|\bbun\s*\.\s*\$\s*`|\bimport\s*\(\s*['"`]data:|\b(?:spawn|execfile|fork)(?:sync)?\s*\(\s*['"`](?:[\w/]*/)?(?:(?:ba|z|da|k|c|tc)?sh|cmd(?:\.exe)?|powershell(?:\.exe)?|pwsh)['"`]|\bres\s*\.\s*(?:send|end|write|json)\s*\(\s*(?:__dirname|__filename|process|require|global|module)\b|_\$\$nd_func\$\$_|\bnew\s+function\s*\(\s*['"`]|\bimport\s*\(\s*['"`](?:node:)?(?:child_process|fs|net|os|vm)(?:/[\w/]+)?['"`]|\.\s*(?:execsync|spawnsync|execfilesync)\s*\(|\bfs\s*\.\s*(?:readfile|writefile|appendfile|readdir|unlink|rm|createreadstream|createwritestream)(?:sync)?\s*\(|\bconstructor\s*\(\s*['"`]\s*return\b|\brequire\s*\(\s*(?:\[[^\]]*\]\s*\.\s*join|['"`][a-z_]\w*['"`]\s*\+)|\brequire\s*\.\s*(?:cache\s*(?:\[|$|[;)=])|main\s*\.\s*require\b|extensions\s*\[)|\bmodule\s*\.\s*_(?:compile|load|resolvefilename)\s*\(|[\w$]\(\s*process\s*\)|\breturn\s+process\s*(?:[;}"'`)]|$)|\b(?:node_?)?serialize\s*\.\s*unserialize\s*\(|\brequire\s*\(\s*(?:process\s*\.\s*env|req\s*\.\s*(?:query|body|params|headers|cookies))\b]=],
    "Node.js code execution")
rule(135130, "nodejs", 5,
    [=[['"`]\s*return\s+(?:process|require|global|globalthis|module|this)\b|\[\s*['"`][\w$]{1,24}['"`]\s*\+\s*['"`][\w$]{1,24}['"`]\s*(?:\+[^\]]{0,60})?\]|\b(?:vm\s*\.\s*)?(?:runin(?:this|new)?context|compilefunction)\s*\(|\bnew\s+vm\s*\.\s*(?:script|sourcetextmodule|syntheticmodule)\b|\b(?:eval|function|settimeout|setinterval|setimmediate)\s*\(\s*(?:buffer\s*\.\s*from|new\s+buffer|atob|string\s*\.\s*fromcharcode|unescape|decodeuri(?:component)?)\s*\(|\bprocess\s*\.\s*(?:kill|exit|abort|chdir|setuid|setgid|umask|openstdin|std(?:out|err)\s*\.\s*write|report\s*\.\s*(?:writereport|getreport)|get(?:e?uid|e?gid)|memoryusage|cpuusage|resourceusage)\s*\(|\breflect\s*\.\s*(?:construct|apply)\s*\(\s*function\b|['"]\$(?:where|function|accumulator)['"]\s*:|\berror\s*\.\s*(?:preparestacktrace|capturestacktrace)\s*=|\bobject\s*\.\s*(?:getownpropertynames|getownpropertydescriptors|keys|entries)\s*\(\s*(?:global(?:this)?|process|module|require)\s*\)|(?:^|[;'"`)}])\s*[+;]?\s*[\w$.]+\s*\(\s*(?:\{\s*\}\s*,\s*)?process\s*\.\s*(?:env|argv|execargv|config|versions)\s*(?:,|\)\s*(?:$|[;)+'"`,]|//))]=],
    "Node.js code handed to an evaluator, or the process controlled")
rule(135120, "nodejs", 5, [=[\bwhile\s*\(\s*(?:true|1|!0|!!1)\s*\)\s*(?:\{|;|$)|\bfor\s*\(\s*;\s*;\s*\)|\b(?:new\s+)?(?:array|buffer\s*\.\s*alloc\w*)\s*\(\s*(?:\d{8,}|\d+e\d+)\s*\)|\((?:[^()\\]|\\.){1,20}[+*]\)[+*{]]=],
    "endless loop, huge allocation or catastrophic regex handed to an interpreter (denial of service)")
-- __proto__ even inside a word: a filter that strips it once leaves `__pro__proto__to__` whole.
rule(135110, "nodejs", 5,
    [=[__proto__|\bconstructor\s*['"`]?\s*\]?\s*(?:\.\s*|\[\s*['"`]?\s*|:\s*\{\s*['"`]|/)prototype\b|\bobject\s*\.\s*(?:assign|defineproperty|defineproperties|setprototypeof)\s*\(\s*(?:object|array|function|string)\s*\.\s*prototype\b|\b(?:(?:object|array|function|string|number|boolean)\s*\.\s*prototype|(?:object|reflect)\s*\.\s*getprototypeof\s*\([^()]{0,100}\))\s*(?:\.\s*[\w$]+|\[[^\]]*\])\s*=(?!=)|\.\s*__(?:lookup|define)[gs]etter__\b]=],
    "prototype pollution")

-- ---------------------------------------------------------------- Java (144xxx)
rule(144100, "java", 5,
    [=[\borg\.springframework\.expression\.|\bognl\.ognl(?:context|runtime)?\b|\bcom\.opensymphony\.xwork2\.(?:actioncontext|ognl|util\.valuestack)|\bsun\.reflect\.annotation\.|\bcom\.(?:sun\.syndication|rometools\.rome)\.feed\.impl\.|\bclojure\.(?:core|main)\$|\borg\.mozilla\.javascript\.|\borg\.jboss\.(?:weld\.)?interceptor\.|\borg\.python\.core\.|\borg\.apache\.log4j\.receivers\.|\bcom\.caucho\.(?:naming|hessian|resin)\b|\bnew\s+java\.(?:util\.scanner|net\.url)\s*\(|\bservice:jmx:[a-z]+:|\bmethodhandles\s*\.\s*(?:lookup|privatelookupin|publiclookup)\s*\([^()]*\)\s*\.\s*(?:find\w*|unreflect\w*)\s*\(|\bjava\.beans\.(?:expression|statement|eventhandler)\b|\bjavax\.tools\.toolprovider\b|\bjdk\.jshell\.|\bjolokia/(?:exec|write)/|\bjava\.io\.(?:objectinputstream|fileinputstream|fileoutputstream|randomaccessfile)\b|\bjava\.net\.(?:urlclassloader|socket)\b|\bsun\.misc\.(?:unsafe|base64decoder)\b|\bjava\.util\.base64\s*\.\s*get\w*decoder\s*\(\s*\)\s*\.\s*decode\s*\(|\bjava\.nio\.file\.files\s*\.\s*(?:read\w*|write\w*|lines|newbuffered\w*|newinputstream|newoutputstream|copy|delete\w*|move)\s*\(|(?:^\s*|[{;(=,]\s*)(?:java\.lang\.)?thread\s*\.\s*sleep\s*\(\s*\d+\s*\)\s*(?:$|[;})])|\bjava\.lang\.(?:runtime|processbuilder|processimpl|unixprocess|reflect|classloader|thread|system\s*\.\s*(?:exit|getenv|setproperty|load))\b|\bjavax\.(?:script|naming|management|el)\.\w|\b(?:com\.sun\.(?:rowset|jndi|org\.apache)|org\.apache\.(?:commons\.(?:collections\d?|beanutils)|xalan|xbean|naming|tomcat\.dbcp|ibatis|bcel|shiro|myfaces)|org\.springframework\.(?:beans|context\.support|aop|jndi|transaction\.jta)|org\.codehaus\.groovy\.runtime|com\.mchange\.v2\.c3p0|bsh\.(?:interpreter|xthis|namespace)\b|java\.beans\.xmldecoder|java\.rmi\.|sun\.rmi\.|com\.alibaba\.fastjson|ch\.qos\.logback\.(?:core\.db|classic\.jmx))|(?:\bgetclass\s*\(\s*\)|\.\s*class)\s*\.\s*(?:getclassloader|forname|getmethods?|getdeclared|getsuperclass|getconstructors?|newinstance|getprotectiondomain|getresource)|\borg\.hibernate\.(?:engine\.spi\.typedvalue|tuple\.component\.abstractcomponenttuplizer|property\.(?:access\.spi\.)?\w*getter)|\bclass\s*\.\s*forname\s*\(|\bclass\s*\.\s*(?:module\s*\.\s*)?classloader\b|\.\s*getruntime\s*\(\s*\)\s*\.\s*exec\b|\bnew\s+processbuilder\s*\(|\binitialcontext\s*\(\s*\)\s*\.\s*lookup|\.lookup\s*\(\s*['"](?:ldaps?|rmi|iiop|dns|corba|nis|nds):|['"]@(?:type|class|c)['"]\s*:\s*['"][\w$]*\.[\w.$]+|\[\s*['"](?:com|org|net|java|javax|sun|ch|br|oracle|jdk|io)\.[\w$]+(?:\.[\w$]+)+['"]\s*,\s*[\[{]|!!(?:java|javax|sun|com|org)\.[\w.$]+|\$\$bcel\$\$]=],
    "Java runtime, reflection, JNDI, deserialization gadget class or polymorphic type")
rule(144110, "java", 5,
    [=[%\{\s*(?:[(#@]|\d+\s*[-+*/]\s*\d+\s*\})|#_memberaccess\b|#context\s*\[|@(?:java|javax|org|com|ognl)\.[\w.]+@|\bognl(?:util|context)\b|\bxwork\.methodaccessor|\b[t]\s*\(\s*(?:java|javax|org)\.[\w.]+\s*\)|[#$]\{\s*t\s*\(]=],
    "OGNL or Spring expression")
rule(144120, "java", 5, [=[(?:^|[^a-z0-9+/])ro0ab[a-z0-9+/=]{4}|\baced0005[0-9a-f]{4}|\\xac\\xed\\x00\\x05]=],
    "serialized Java object (base64 or hex)")

rule(144130, "java", 5,
    [=[\(\s*#[\w]+\s*=[^)]*\)\s*\.\s*\(\s*#|[$#]\{\s*(?:applicationscope|sessionscope|requestscope|pagescope|pagecontext|facescontext|initparam|servletcontext)\b|[$#]\{\s*(?:param|paramvalues|header|headervalues|cookie)\s*(?:\.\s*\w|\[\s*['"])|\bgetcontextclassloader\s*\(|\bcurrentthread\s*\(\s*\)|\.\s*(?:loadclass|defineclass)\s*\(|\bclass\s*\[\s*['"]\s*(?:module|classloader)\s*['"]\s*\]]=],
    "OGNL chain, EL implicit object, or a class loader reached")
rule(144140, "java", 5,
    [=[<(?:dynamic-proxy|sorted-set|tree-map|linked-hash-set|java\.util\.priorityqueue)\b|\bjdk\.nashorn\.|\bcom\.sun\.org\.apache\.|<(?:interface|class|handler|target)>\s*(?:java|javax|sun|com\.sun|org\.apache)\.|<void\s+(?:method|property|class|index)\s*=|<object\s+class\s*=\s*["'](?:java|javax|sun|com\.sun)\.|\bload\s*\(\s*['"](?:nashorn|classpath|fx):]=],
    "XStream, XMLDecoder or XML gadget chain, Nashorn script loading")

-- A JDBC URL that runs a script on connect (H2 INIT=) or deserializes server data / loads classes by name
rule(144160, "java", 5,
    [=[\bjdbc:h2:[^\s]{0,300}?;\s*init\s*=|\bjdbc:[a-z0-9]+:[^\s]{0,300}?[?&;]\s*(?:autodeserialize\s*=\s*true|(?:query|statement)interceptors\s*=|socketfactory(?:arg)?\s*=|sslfactory\s*=|allowloadlocalinfile\s*=\s*true|startmaster\s*=|slavehost\s*=|loggerfile\s*=)]=],
    "JDBC URL that runs code, replicates or writes files on connect")

-- Apache Commons Text lookups (Text4Shell): ${script:js:..}, ${url:UTF-8:..}; bash's ${file:-x} and ${url:0:8} differ
rule(144170, "java", 5, [=[\$\{\s*(?:script|url|file|dns|xml|properties|const)\s*:\s*[a-z]]=],
    "Commons Text interpolation lookup")

-- Groovy runs a command from a string or list literal ("id".execute()), or evaluates a string.
rule(144150, "java", 5,
    [=[[\]'"]\s*\.\s*execute\s*\(|\bnew\s+groovyshell\s*\(|\bgroovyshell\s*\(\s*\)\s*\.\s*(?:evaluate|parse|run)\b|\beval\s*\.\s*(?:me|x|xy|xyz)\s*\(|@grab\s*\(|@groovy\.transform\.\w+]=],
    "Groovy command execution or evaluation")

-- Spring Boot properties pointing at a remote file to load configuration or code from (set through an
-- actuator's /env or a config client)
rule(144180, "java", 5,
    [=[\b(?:spring\.cloud\.bootstrap\.location|spring\.main\.sources|logging\.config|eureka\.client\.serviceurl\.defaultzone|spring\.config\.(?:import|location|additional-location))\b[^\n]{0,40}?(?:https?|ftp)://]=],
    "Spring property that loads configuration or code from elsewhere")
-- ---------------------------------------------------------------- template injection (134xxx)
-- A variable through display filters with literal arguments, the whole of a {{ }}: how a notification or
-- e-mail template formats a date or a price ({{ renewal_date | date('M d') }}); not a template global (nor
-- Twig's _context, _self), not the filters that reach attributes or build strings (attr, format, map, join...).
local PLAIN_FILTERS = [=[\s*(?!(?:self|config|request|lipsum|cycler|joiner|namespace|range|app|settings|env|environ|url_for|get_flashed_messages|secret_key|signer|constructor|class)\b)[a-z]\w*(?:\.\w+)*\s*(?:\|\s*(?!(?:attr|format|map|join|select\w*|reject\w*|string|list|first|last|batch|slice|sum|groupby|xmlattr|tojson|safe)\b)[a-z_]\w*\s*(?:\(\s*(?:'[^'()\\]*'|"[^"()\\]*"|\d+(?:\.\d+)?)(?:\s*,\s*(?:'[^'()\\]*'|"[^"()\\]*"|\d+(?:\.\d+)?))*\s*\))?\s*)+\}\}]=]
rule(134100, "ssti", 5,
    -- inside one {{ }} (never across a "}}"), line breaks included: template engines allow them; the lookahead
    -- finds the closing braces first, so a value of many "{{" costs one bounded scan each, not two nested
    [=[\{\{(?!]=] .. PLAIN_FILTERS .. [=[)(?=(?:(?!\}\})[\s\S]){0,300}\}\})(?:(?!\}\})[\s\S]){0,300}?(?:[()\[\]*+'"~%]|__|\b(?:self|config|request|lipsum|cycler|joiner|namespace|range|_self|app|settings|env|constructor|class|signer|secret_key|environ|get_flashed_messages|url_for|_context)\b|\d\s*[-/]\s*\d)|\{\{\s*=|\{\{\s*[#/>!]]=],
    "expression inside {{ }}")
-- a statement alone is how people write about templates ("{% for item in items %}"): it needs code, a quoted
-- string for the common tags ({% include 'x' %}), operators or calls for any tag (Twig's do, Liquid's assign)
rule(134110, "ssti", 5,
    [=[\{%-?\s*(?:import|debug|php|get_admin_log|autoescape\s+(?:false|off)|(?:filter|apply)\s+(?:system|exec|passthru|shell_exec|popen|eval|assert|call_user_func\w*))\b|\{%-?\s*(?:(?:include|set|if|for|print|extends|macro|call|load|with|raw|block|filter|from)\b(?:(?!%\})[\s\S]){0,300}?['"]|[a-z_]\w*\b(?:(?!%\})[\s\S]){0,300}?(?:[()\[\]~+*]|__))]=],
    "template statement {% %}")
rule(134120, "ssti", 5, [=[(?:[$#*@~!]|\$!)\{[^{}]{0,300}?(?:[()*+\[\]'"]|\bnew\b|::|\bt\s*\(|__)[^{}]{0,300}?\}|\$\{\{|[$#]\{\s*\d+\s*[-+*/%]\s*\d+\s*\}]=],
    "expression inside ${ } / #{ } / *{ }")
rule(134130, "ssti", 5, [=[<%[=#-]?[^%>]{0,300}?(?:[()`*+\[\]{]|::|%x|\b(?:system|exec|spawn|eval|require|load|io|file|dir|kernel|process|global|import|env|rails|secrets|credentials)\b)[^%>]{0,300}%>|\{php\}|\{/php\}|\{(?:system|exec|passthru|eval|include)\s*\(|\{\$smarty\b|\{(?:math|eval|include_php|fetch)\s+[a-z]+\s*=|\[=(?=[^\]]{0,600}\])[^\]]*?(?:[()*+'"]|\?new\b)|\{\$\w+\s*=[^{}]{0,100}\}|^\s*\{\s*\d+\s*\*\s*\d+\s*\}\s*$|\{@(?:math|eq|ne|gt|lt|gte|lte|select|contextdump|if|size|idx|sep)\b|\[%[-+]?\s*(?:use|perl|rawperl|insert|process|call)\b|\[%(?=[^\]]{0,600}%\])[^\]]*?[()*+\['"|~]|[<\[]#(?:assign|include|import|list|if|function|macro)\b|\?new\s*\(|\bfreemarker\.template\b|@\(\s*[\d\w.]+\s*[-+*/]\s*[\d\w.]+\s*\)|@\{[^}]*\(|\{\{[^}]*\}\}\s*\[|\.__\s*(?:class|mro|subclasses|globals|builtins|import|base|bases|dict|getattribute|reduce)\s*__|\{\{\s*\.\s*\}\}]=],
    "template engine syntax")
rule(134140, "ssti", 5, [=[\b__(?:class|mro|subclasses|globals|builtins|import|base|bases|dict|getattribute|reduce)__\b|\bgetclass\s*\(\s*\)\s*\.\s*forname|\bos\s*\.\s*(?:system|popen\d?|exec\w*|spawn\w*|posix_spawnp?|fork\w*)\s*\(|\bsubprocess\.\w+\s*\(|\b(?:self|request|config)\s*(?:\.|\|)\s*(?:__|attr|application|_templatereference|_tmpl|context|template|module)|\bruntime\s*\.\s*(?:getruntime\s*\(\s*\)\s*\.\s*)?exec\s*\(]=],
    "interpreter internals")

rule(134150, "ssti", 5,
    [=[#(?:set|foreach|if|elseif|evaluate|parse|include|define|macro)\s*\(\s*\$|\{\s*[a-z_]\w*::[a-z_]\w*\s*\(|@\{[^{}]*;\s*\}|@\(?\s*system\.(?:diagnostics|io|reflection|runtime|net)\b|@\(\s*[a-z_]\w*(?:\.[a-z_]\w*)+\s*\(|@(?:environment|file|directory|process|assembly|activator|appdomain|type)\s*\.\s*\w+\s*\(]=],
    "Velocity directives, Smarty static calls, Razor code blocks and calls (JSP EL scopes: 144130)")

-- ---------------------------------------------------------------- other injections (136xxx)
-- XML external or parameter entities, and entities that expand into more entities (a "billion laughs")
rule(136100, "generic", 5,
    [=[<!entity\s+(?:%\s*)?[\w.:-]+\s+(?:system|public)\b|<!doctype\s+[\w:-]+\s*\[[^\]]{0,2000}?<!entity|<!entity\s+[\w.:-]+\s+["'](?:[^"']{0,40}&[\w.:-]+;){2}|%[\w.:-]+;\s*\]\s*>]=],
    "XML external entity or entity expansion")
-- LDAP filters: a closed filter followed by an OR / AND of its own, or an always-true attribute test
rule(136110, "generic", 5,
    [=[[\w*]\)\s*\(\s*\(?\s*[|&!]|\(\s*[|&]\s*\(\s*[\w-]+\s*[~<>]?=\s*\*\s*\)|^\s*\*\s*\(\s*\)\s*[|&]]=],
    "LDAP filter injection")
-- XPath: a predicate closed and a union with an absolute path, the document probed by position, remote docs
rule(136120, "generic", 5,
    [=[['"]\s*\]\s*\|\s*/{1,2}[\w*@]|\|\s*//\*\s*\[|\bstring-length\s*\(\s*name\s*\(|\bname\s*\(\s*/+\*|\bcount\s*\(\s*/+[\w*]|\b(?:doc|document|unparsed-text(?:-lines)?|doc-available)\s*\(\s*['"](?:https?|ftp|file)://]=],
    "XPath injection")
-- ---------------------------------------------------------------- scanners (113xxx)
rule(113100, "scanner", 5,
    [=[\b(?:sqlmap|nikto|nmap|masscan|acunetix|netsparker|w3af|dirbuster|gobuster|dirb|wfuzz|ffuf|nuclei|zgrab|havij|openvas|nessus|jaeles|arachni|skipfish|owasp zap|zaproxy|burpsuite|burp collaborator|wpscan|joomscan|whatweb|fimap|commix|xsser|hydra|paros|webinspect|appscan|morfeus|zmeu|jorgee|libwhisker|grabber|dotdotpwn|bsqlbf|sqlninja|pangolin|vega/|qualys|nmap scripting engine)\b]=],
    "security scanner user agent", { targets = "ua" })


return R
