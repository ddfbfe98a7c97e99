-- Our WAF rules: SQL injection (142xxx). What a rule holds: edge.waf.rules.
local define = require "edge.waf.rules.define"
local rules, rule = define.list()

rule(142100, "sqli", 5,
    [=[['"`)]\s*\)*\s*(?:(?:or|and|xor|div)\b|\|\||&&)\s*\(*\s*(?:n?['"`]?[\w.@]*['"`]?(?:::\w+)?\s*\)*\s*(?:=(?!=)|[<>](?!=?\s*[$€£¥])|!(?!\[)|\?[|&]|@>|<@|#>|\blike\b|\bis\b|\bbetween\b|\brlike\b|\bregexp\b|\bilike\b|\bsimilar\s+to\b|~\*?\s*['"]|\bin\s*\()|not\b(?!\s*[\w.]+:)|exists\b|[~!+-]?\s*(?:0b[01]+|0x[\da-f]+|\d+)\s*(?:--|#|;|$|\bis\s+(?:not\s+)?(?:true|false|null)\b|\b(?:mod|div)\s+\d|\b(?:group|order)\s+by\b|\b(?:having|limit|union|procedure)\b)|\{\s*[a-z]+\s[^{}]{1,40}\}\s*(?:[=<>!]|$)|sleep|benchmark|pg_sleep|true\b|false\b|null\b|[a-z_][\w.]*\((?=[^)]*[,(\d])(?:[^()]|\([^()]*\))*\)\s*(?:[=<>!]|$|;|--|#|is\s+(?:not\s+)?null\b)|[a-z_][\w.]*\(\s*(?:['"][^'"]{0,60}['"]\s*)?\)\s*(?:[=<>!]|is\s+(?:not\s+)?null\b))]=],
    "string closed then boolean SQL continues", { view = "sql" })
rule(142110, "sqli", 5, [=[\b(?:or|and|xor|having)\s+\(?\s*['"`]?(\w+)['"`]?\s*\)?\s*(?:=|<=>|\blike\b)\s*\(?\s*['"`]?\1\b]=],
    "tautology x = x", { view = "sql" })
-- (not in a chain of comparisons, as prose and math write them: "5 < 10 and 10 > 5")
rule(142120, "sqli", 5, [=[(?<![<>=]\s\d\s)(?<![<>=]\s\d\d\s)(?<![<>=]\d\s)(?<![<>=]\d\d\s)\b(?:or|and|xor)\s+\(?\s*-?\d+\s*\)?\s*(?:[=<>]|!=|<>)\s*\(?\s*-?\d]=], "numeric comparison after boolean",
    { view = "sql" })
-- MySQL 8 unions a whole table (TABLE t) or a row constructor (VALUES ROW(..)) as it does a SELECT; a SELECT of
-- plain words to the end and no FROM is a name ("Union Select Coffee"), unless a word is what a query selects
-- ("union select user", "union select password")
rule(142130, "sqli", 5,
    [=[(?<![a-z_])union\b(?:\s+(?:all|distinct))?\s*\(*\s*(?:select\b(?!(?:\s+(?!(?:user|version|database|schema|current_user|session_user|system_user|null|password|passwd|username|table_name|column_name)\b)[a-z]\w*(?:-[a-z]\w*)*)+\s*$)|select\b(?=.*\b(?:from|into|where)\b)|values\s*(?:row\s*)?\(|table\s+[\w`".]+\s*(?:$|--|#|;|\)|/\*|\b(?:limit|order|union)\b))|[\d'"`)]\s*union\b(?:\s+(?:all|distinct))?\s*\(*\s*select\b]=],
    "UNION SELECT", { view = "sql" })
rule(142140, "sqli", 5,
    [=[\bselect\s*(?:\(|\*\s*(?:from\b|,)|top\s+\d+\s+\*\s*from\b|\x60\w+\x60\s*\(|@@|null\b|(?:top\s+\d+\s+)?(?:distinct\s+)?[\w.`"\[\]()]+(?:\s+as\s+[\w`"]+)?\s*(?:,\s*[\w.`"'\[\]()]+(?:\s+as\s+[\w`"]+)?\s*)*\bfrom\s+[\w.`"\[\]]+\s*(?:where|limit|order|group|--|#|;|\)|$)|\d+\s*,|'[^']*'\s*,|(?:user|version|database|system_user|current_user|session_user|schema)\s*\(|char\s*\(|concat|0x[\da-f]{4,}\b)]=],
    "SELECT statement shape", { view = "sql" })
-- sleep and benchmark are words ("sleep(5) in the test is flaky"): SQL before them, or a value that starts
-- with the call and goes on as SQL (a comment, a comparison, an operator, a quote) or ends
rule(142150, "sqli", 5,
    [=[(?:[(,=|&'"`;+!-]\s*|^\s*\d+\s*[*/%]\s*|\b(?:and|or|xor|not|select|if|then|else|when|like|rlike|div|by|where|having)\s+|^\s*(?=(?:sleep|benchmark)\s*\([\w\s(),.*+'"-]*\)\s*(?:--|#|;|$|[=<>!'"`|&+*/-])))(?:sleep|benchmark)\s*\(\s*(?:[\d'"@(-]|[a-z_]\w*\s*\()|\bexp\s*\(\s*~\s*0\s*\)|\b(?:pg_sleep(?:_for|_until)?|randomblob|dbms_pipe\.receive_message|dbms_lock\.sleep|extractvalue|updatexml|load_file|dbms_xmlgen\s*\.\s*getxml|floor\s*\(\s*rand|utl_http\.request|make_set|json_extract|exp\s*\(\s*~|get_lock|st_(?:lat|long|point)fromgeohash|gtid_subset|gtid_subtract|geometrycollection|multipoint|multilinestring|multipolygon|linestring)\s*\(]=],
    "time-based or error-based SQL function", { view = "sql" })
-- (information_schema read as a schema: before a dot, a quote or the end, or after FROM or JOIN; a sentence
-- naming it, "who owns the information_schema grant?", is prose)
rule(142160, "sqli", 5,
    [=[\bwaitfor\s+(?:delay|time)\s*['"@(\d]|\bdbms_(?:java|output|pipe|lock|xmlgen|ldap|scheduler|sql|export_extension|aw_xml|metadata|utility|random|crypto)\s*\.\s*\w+\s*\(|\binto\s+(?:out|dump)file\b|\binformation_schema\s*(?:\.|\]|`|"|\)|;|--|#|/\*|$)|\b(?:from|join|into|update|table)\s+[\[`"]?information_schema\b|\b(?:sys\.)?(?:sysobjects|syscolumns|sysdatabases|all_tables|user_tables|pg_catalog|pg_shadow|mysql\.user|sqlite_master)\b|\bxp_(?:cmdshell|regread|regwrite|regdelete\w*|regenum\w*|dirtree|subdirs|fileexist|servicecontrol|availablemedia|loginconfig|terminate_process|enumdsn|ntsec_enumdomains|makecab)\b|\bexec(?:ute)?\s*\(\s*@\w+\s*\)|\butl_inaddr\s*\.\s*get_host_(?:address|name)\b|\bdeclare\s+@\w+\s+(?:n?varchar|n?char|int|bigint|sysname|table|cursor|varbinary)\b|\bcreate\s+(?:or\s+replace\s+)?(?:aggregate\s+)?function\s+[\w.`"\[\]]+(?:\s*\([^)]{0,80}\))?\s+returns\s+\w+|\bsoname\s+['"][^'"]+\.(?:so|dll)['"]|\bcreate\s+(?:or\s+replace\s+)?(?:procedure|proc)\s+[\w.`"\[\]]+\s*(?:\(|@\w|as\s+begin\b)|^\s*create\s+(?:or\s+replace\s+)?(?:procedure|proc)\s+[\w.`"\[\]]+\s*$|\bopen(?:rowset|datasource|query)\s*\(|\blo_(?:export|import)\s*\(\s*\d|\bdblink(?:_connect(?:_u)?|_exec|_send_query|_open)?\s*\(\s*'|\bhttpuritype\s*\(\s*'|\bsys_(?:exec|eval)\s*\(\s*['"]|\brunscript\s+from\s+['"]|\b(?:msdb|master|tempdb)\s*\.\s*(?:dbo|sys)?\s*\.|(?:\b\w+|\[\w+\])\s*\.\s*\[?dbo\]?\s*\.\s*\[?\w|\bmsys(?:objects|aces|queries|relationships|access(?:objects|storage|xml)|modules2?)\b|\bdb_name\s*(?:/\*.*?\*/\s*)?\(\s*\)|\bexec(?:ute)?\s*\(\s*n?'[^']*'\s*\+|\bdbms_(?:lock|session)\s*\.\s*sleep\b|\bexecute\s+immediate\s+['"]|\bsys\s*\.\s*(?:sql_logins|server_principals|database_principals|syslogins)\b|\bsysibm\s*\.\s*sys\w+|\bmysql\s*\.\s*(?:db|proc|host|tables_priv|columns_priv)\b|\bconvert\s*\(\s*[\w.`]+\s+using\s+\w+\s*\)|\bsp_(?:executesql|addlogin|password|addsrvrolemember|oacreate|makewebtask)\b|@@(?:version|datadir|hostname|servername|basedir)\b|\balter\s+(?:database|system|server)\s+[\w\[\]"`]+\s+(?:set|kill|add|modify|drop|character\s+set|collate)\b|\balter\s+system\s+(?:set|kill|flush|switch|register)\b|\balter\s+login\s+[\w\[\]"`]+\s+(?:with|enable|disable)\b|\bset\s+password\s+(?:for\s+[^=;]{1,60})?=\s*(?:password\s*\(|old_password\s*\(|['"])|\balter\s+(?:user|role)\s+[\w\[\]"`@']+\s+(?:with\s+(?:superuser|createrole|createdb|password)|superuser|identified\s+by|password|rename)\b|\b2\.2250738585072\d{0,6}e-?308\b]=],
    "SQL server internals", { view = "sql" })
rule(142170, "sqli", 5,
    [=[;\s*(?:\(\s*)*(?:drop\s+(?:table|database|user|schema|view|index|role|function|procedure|trigger)\b|delete\s+from|set\s+(?:names|charset|character\s+set|character_set_\w+|collation_\w+|(?:session|global)\s+\w+)\b|call\s+[\w.]+\s*\(|do\s+\$\w*\$|replace\s+into\s|while\s+[^;]{1,40}?\s+begin\b|merge\s+(?:into\s+)?[\w.\[\]"`]+\s+(?:(?:as\s+)?\w+\s+)?using\b|rename\s+table\s|declare\s+\w+\s+cursor\b|handler\s+[\w.`"]+\s+(?:open|read|close)\b|(?:attach|detach)\s+database\s|load\s+data\s+(?:local\s+)?infile\b|lock\s+tables\s|set\s+@\w+\s*:?=|insert\s+into|update\s+[\w`"\[\]]+\s+set|truncate\s+(?:table\b|[\w.`"\[\]]+\s*(?:$|;|--|#))|alter\s+(?:table|user)|create\s+(?:or\s+replace\s+)?(?:table|user|function|procedure|trigger)|exec(?:ute)?\s*(?:\(|@|[sx]p_|master\b|dbo\.|immediate\b|[\w.]+\s*(?:$|[;@'"\d-]))|declare\s+@|shutdown\b|select\s+(?:[\w.*@`"\[\]]+\s*(?:,|\bfrom\b)|\*|null\b|\d|@@|\(|(?:true|false|current_user|session_user|user|version)\b\s*(?:;|--|#|$)|'[^']*$|'[^']*'\s*(?:,|--|#|;|$|\bas\s+\w+\s*(?:$|,|\bfrom\b)|\bfrom\s+[\w.`"\[\]]+\s*(?:$|;|--|#|\b(?:where|limit|order|group|union)\b))|case\b|[\w.]+\s*\()|show\s+(?:tables|databases|schemas|columns|grants|variables|processlist|create)\b|flush\s+(?:privileges|tables|logs|hosts|status|binary\s+logs)\b|pragma\s+[\w.]+\s*(?:=|\(|;|$)|(?:rollback|commit|begin\s+(?:tran(?:saction)?|work)|start\s+transaction|savepoint\s+\w+)\s*(?:--|#|;\s*(?:--|#|$))|(?:rollback|commit|begin|start\s+transaction)\s*;\s*(?:rollback|commit|begin|start\s+transaction|savepoint|end|--|#|$)|desc(?:ribe)?\s+[\w.`"\[\]]+\s*(?:$|;|--|#)|explain\s+(?:(?:analyze|extended|partitions|format\s*=\s*\w+)\s+)?(?:select|update|delete|insert|replace)\b)]=],
    "stacked query", { view = "sql" })
rule(142180, "sqli", 5, [=[['"`](?:\s*::\s*[a-z]\w*)?\s*[);]*\s*(?:--(?!\s+["'(]?[a-z]{2,}|[a-z])|#(?![\w-]+['"`]|#*`|/|\d|(?<='#)'|(?<="#)")|;\s*--|/\*|//\s*$)|(?<=[\w)])['"`]\s*\)*\s*\{(?:[^{}]{0,40}\}\s*(?:--|#|;))?\s*$|/\*m?!\d{0,5}\s*[a-z\d(]|^\s*\*/\s*(?:(?:or|and|union|select|having|where|from)\b|--|#|;)]=], "string closed then comment", { view = "n" })
-- (also a sort direction that ends the query with a comment, "created_at desc-- -": the rest is cut)
rule(142190, "sqli", 5,
    [=[['"`]\s*(?:\+|\|\||&&)\s*\(*\s*(?:if|iif|select|sleep|benchmark|case|char|nchar|ascii|unicode|substring|concat|convert|cast|db_name|user_name|host_name|suser_s?name)\b|\bcase\s+when\s+.{1,80}\s+then\b|(?:\bselect\s+(?:all\s+|distinct\s+)?|\(\s*)null\s*,\s*null\b|\b(?:order|group)\s+by\s+\d+\s*(?:--|#|,|\)|$|desc|asc)|^\s*-?\d+\s+order\s+by\s+(?:(?:[`"\[][\w.]+[`"\]]|\w+\.\w+)(?:\s+(?:asc|desc))?|\w+\s+(?:asc|desc))\s*$|^\s*-?\d+\s+order\s+by\s+[a-z_]\w*\([^()]{0,40}\)\s*(?:--|#|;|$)|^\s*(?:`[\w.]+`|\[[\w.]+\]|"[\w.]+")\s+(?:asc|desc)\s*(?:--|#|/\*|;)|\bunion\+(?:all\+|distinct\+)?select\+|^\s*-?\d+\s+limit\s+\d+(?:\s*,\s*\d+|\s+offset\s+\d+)?\s*(?:--|#|;|$)|\d\.e\d*(?:or|and|xor|union|select|from)\b|\\nunion\s+(?:all\s+|distinct\s+)?select\b|\bhaving\s+\d+\s*[=<>]|(?:^\s*|[\d'"`)]\s*[-+*/%|&^]\s*|[(,]\s*|\b(?:and|or|xor|not|select|where|by|then|else|when|like|rlike|div)\s+)\(*\s*i?if\s*\(\s*(?:[^(),;]|\((?:[^()]|\([^()]*\))*\)){1,60}?(?:[=<>]|\blike\b)[^,;]{0,60},|\b\d+\.e\s*\(|::\s*jsonb?\s*(?:\?[|&]?|@>|<@|#>>?|->>?)|\bwhere\s+[\w.`"]+\s*=\s*0x[0-9a-f]{4,}|`(?:union|select|where|or|and|from|order|having)`|\b_(?:utf8mb4|utf8|latin1|binary|big5|gbk|sjis|ascii)\s*'|\bagainst\s*\(\s*['"][^'"]*['"]\s*in\s+(?:boolean|natural)\b|\bmatch\s*\(\s*[\w.`"]+(?:\s*,\s*[\w.`"]+)*\s*\)\s*against\s*\(|\bcase\s+[\w.@'"()]+\s+when\s+[\w.@'"()-]+\s+then\s+[\w.@'"()-]+\s+(?:(?:when|else)\b.{0,60}?\s+)?end\b|\bcollate\s+["'`]?(?:\w+_(?:ci|cs|bin|as|ai)|utf8\w*|latin1\w*|nocase|rtrim)\b|\b\d+\.?e\d*(?:from|union|select|where|limit|having|into|order|group)\b|\b\d+\.\d*e\s*[()]|(?:->>?|#>>?)\s*['"]\$[.\[]|['"]\s*(?:->>|#>>?|@>|<@|\?[|&]?)\s*['"]|\d\s+sounds\s+like\s+\d|^\s*\)?\s*when\s+[\w'"=<>!]+\s+then\b|^\s*['"`]\s*\)*\s*;?\s*select\s+[\w.@`]+\s*$|^\s*\(?\s*select\s+(?:\d+|null|@@\w+|[\w.]+\s*\(\s*\))\s*\)?\s*(?:--[\s+-]*|#|/\*[^*]*(?:\*/)?|;)?\s*$|^\s*\(\s*select\s+user\s*\)\s*$|\bfrom\s+dual\s*(?:$|--|#|;|\)|where\b)|^\s*['"`)]\s*from\s+[\w.`"]+\s*(?:$|--|#|where\b)|^\s*\d+\s*(?:<>|!=)\s*\d+\s*$|^\s*\d+\s+(?:(?:not\s+)?(?:r?like|regexp|glob|sounds\s+like|similar\s+to)\s+(?:binary\s+)?(?:['"]|\d+\s*$)|(?:not\s+)?between\s+\S+\s+and\s+\S+\s*$|!?~\*?\s*['"]|is\s+(?:not\s+)?(?:null|true|false|unknown)\s*(?:$|--|#|;))|^\s*[\w.`"]+\s+(?:not\s+)?(?:glob|regexp|rlike|similar\s+to)\s+['"]|^\s*\d+\s*<=>\s*['"\d]|^\s*-?\d+\s*,\s*[a-z_]\w*\s*=\s*(?:-?\d+|'[^']*')\s*$|\bhaving\s+(?:count|sum|min|max|avg)\s*\([^)]*\)\s*[=<>]|^\s*(?:coalesce|ifnull|nvl)\s*\(\s*null\s*,|^\s*(?:current_user|session_user|system_user|connection_id|last_insert_id|database|schema|version|user)\s*\(\s*\)\s*$|\b(?:asc|desc)\s*(?:--[\s-]*|#)\s*$]=],
    "SQL expression fragments", { view = "sql" })
rule(142200, "sqli", 5,
    [=[\b(?:ascii|ord|unicode)\s*\(\s*(?:substr|substring|mid|left|right)\s*\(|\b(?:and|or)\s+(?:not\s+)?(?:exists\s*\(|\(\s*select\b|ascii\s*\(|substring\s*\(|mid\s*\(|length\s*\(|ord\s*\(|char\s*\()|\bexec(?:ute)?\s+(?:master\.|xp_|sp_)|\b(?:cast|convert)\s*\(.{1,60}\bas\s+\w+|\bconvert\s*\(\s*n?(?:int|integer|bigint|varchar|char)\s*,\s*(?:db_name|user_name|suser_s?name|host_name|@@\w+|system_user|current_user|\(\s*select)\b|[=<>]\s*(?:user|current_user|session_user|current_database\s*\(\s*\)|version\s*\(\s*\))\s*::\s*(?:int|integer|bigint|numeric)\b|\bdecode\s*\(\s*'[^']{0,200}'\s*,\s*'(?:base64|hex|escape)'\s*\)|\bchr\s*\(\s*(?:\d+|0x[0-9a-f]+)\s*\)\s*(?:\|\||\+)|\b(?:n?char\s*\(\s*(?:\d+|0x[0-9a-f]+)\s*\)\s*(?:\+|&|\|\|)\s*){2}n?char\s*\(|\bchar\s*\(\s*\d+\s*(?:,\s*\d+\s*)+\)|\bselect\b\s*(?!from\b)\S.{0,40}?\bfrom\s*(?!where\b)[\w`"\[(].{0,80}?\bwhere\b]=],
    "blind SQL probes", { view = "sql" })
rule(142210, "sqli", 3, [=[[(,]\s*0x[0-9a-f]{2,}\s*,|\bunhex\s*\(\s*hex\s*\(|,\s*0x[0-9a-f]{2,}\s*\)|\bsubstring\s*\(|\bgroup_concat\s*\(|\bconcat(?:_ws)?\s*\(.{0,40}(?:0x|char|select|user|version)]=],
    "SQL obfuscation helpers", { view = "sql" })
-- possessive: three whitespace runs in a row cost their product on a value of spaces (a ReDoS)
rule(142220, "sqli", 5, [=[^\s*+(?:['"`]\s*+\)*+|\)++)\s*+(?:--|#)[\s'"`]*$|^\s*+['"]\s*+(?:\d++\s*+(?:[=<>!#;]|--|$)|[*/%<>=!&|^]\s*+(?:\d++\s*+(?!['"])|['"](?:['"]|\w)|\(|\w+\s*[=<>])|[-+]\s*+(?:['"](?:['"]|\w)|\()|\)\s*+(?:or|and|;|--|#))|^\s*+\d*+\s*+['"`]\s*+\)*+\s*+;|^\s*+'\s*+(?:[-+*/%&|^]|\|\||&&)\s*+'\s*$|^\s*+;\s*+--[\s+-]*$|^\s*+\w{0,20}+['`]\s*+(?:[-+*/%&|^]|\|\||&&)\s*+(?:'\w{0,20}+|\d++)(?:\s*+[-+*/%&|^]\s*+(?:'\w{0,20}+|\d++|'))*+\s*$|^\s*+['"]\s*+::\s*+[a-z]\w*+\s*$|^\s*+[\w.@-]{1,32}+['"]\s*+::\s*+(?:int[248]?|integer|bigint|smallint|numeric|decimal|real|float[48]?|text|varchar|bool(?:ean)?|date|json|jsonb|regclass|oid|bytea|inet|uuid)\s*+\)*+\s*+(?:--|#|;)?\s*$]=],
    "value that only closes a string, or only joins two (the '-' probe), or closes one and goes on as SQL",
    { view = "n" })

-- The tail of a SELECT whose head the application wrote: a column list, star or aggregate, FROM a table,
-- then a comment to the end or a WHERE with a comparison ("Bob, Alice from HR; thanks" has neither).
rule(142270, "sqli", 5,
    [=[^\s*[\w.`"\[\]]+\s+from\s+[\w.`"\[\]]+\s*(?:\bwhere\s+[^#;]{1,60}?)?(?:--|#)\s*-?\s*$|^\s*(?:\*|[\w.`"\[\]]+(?:\s*,\s*[\w.`"\[\]]+)+|(?:count|max|min|sum|avg|group_concat|string_agg|concat\w*)\s*\([^()]*\))\s+from\s+[\w.`"\[\]]+\s*(?:(?:--|#)\s*-?\s*$|/\*|\bwhere\s+\S{1,40}?\s*(?:[=<>]|\blike\b))]=],
    "the rest of a SELECT after its column list", { view = "n" })
-- a scanner's probe: a short value, then quotes, a closing parenthesis or a comment and nothing else, or a
-- closed string and a number (or arithmetic) before a comment ("'+0#", "admin' 1--"); an empty "" is a value
-- (Chrome's sec-ch-ua-model: "")
-- (and a scanner's syntax-breaking tail: six or more of quotes, parentheses, commas and dots, at least one quote
-- and one parenthesis, after a short value: "1,'.)(\".(("; a login's name closed and commented out with one
-- word after, in any language: "admin'-- senha")
rule(142280, "sqli", 5,
    [=[^\s*(?:[\w.@,-]{1,32}\s*(?:['"`]\s*['"`)]|\\['"]|\)+\s*(?:--[\s+-]*|#)|;(?=\s*--))|['"`]\s*\)+|['"`]\s*-\s*\d+\s*-\s*['"`]?|[\w.@-]{0,32}['"`]\s*[-+*/%^|&]?\s*\d+\s*(?=--|#|/\*))[\s'"`)]*(?:--\s*-?|#|;|/\*)?\s*$|^\s*[\w@-]{0,32}(?=[(),.'"]*['"])(?=[(),.'"]*[()])[(),.'"]{6,16}\s*$|^\s*[\w.@-]{1,32}['"`]\s*\)*\s*--\s+[\w-]{1,20}\s*$]=],
    "quote or comment probe", { view = "n" })
-- A string or number closed, then clauses that shape the query's result (grouping, paging, row limits, a
-- variable or file to write into, ClickHouse's LIMIT n BY and SETTINGS), then a comment to the end or a last ";":
-- the application's own tail is cut off. Oracle's ROWNUM compared is such a row limit anywhere.
local RESULT_CLAUSE = [=[(?:group\s+by\s+[\w.`"]+(?:\s+with\s+rollup)?|order\s+by\s+[\w.`"]+(?:\s+(?:asc|desc))?|limit\s+\d+(?:\s*(?:,|offset)\s*\d+)?(?:\s+by\s+[\w.`"]+)?|offset\s+\d+(?:\s+rows?)?|fetch\s+(?:first|next)\s+\d*\s*rows?\s+only|into\s+(?:@\w+(?:\s*,\s*@\w+)*|outfile|dumpfile)|procedure\s+\w+|for\s+update|lock\s+in\s+share\s+mode|is\s+(?:not\s+)?null|settings\s+\w+\s*=\s*[\w'"]+|having\s+[^;#]{1,40}?|where\s+\S[^;#]{0,40}?)]=]
rule(142310, "sqli", 5,
    [=[(?:['"`)]|^\s*-?\d+)\s*]=] .. RESULT_CLAUSE .. [=[(?:\s+]=] .. RESULT_CLAUSE
        .. [=[){0,3}\s*(?:--[\s+-]*$|#\s*$|/\*|;\s*(?:$|--|#))|\bwith\s+rollup\s*(?:--|#|;|$)|\bfetch\s+(?:first|next)\s+\d*\s*rows?\s+only\s*(?:--|#|;|$)|\brownum\s*(?:<=?|>=?|=)\s*\d]=],
    "result clauses after a closed string or number, then a comment", { view = "sql" })
-- A probe and nothing else (a whole value or a path's last segment): a word or number and a closing quote or
-- backtick, a word and a closing double quote (after a number it is an inch mark), a backslash ending the value
-- (it escapes the application's closing quote), three quotes, a lone backtick, or a number and a comment. A lone
-- "'" or '' and a quote opening a word are values ("'s-Hertogenbosch", an apostrophe typed alone), as is an empty
-- "" (Chrome's sec-ch-ua-model).
rule(142320, "sqli", 5,
    [=[(?:^\s*|(?<=/))(?:\d|[\w.@-]{2,40})['`]\s*;?\s*$|^\s*[a-z][\w.@-]{1,40}"\s*;?\s*$|^\s*[\w.@-]{0,40}\\+['"]?\s*$|^\s*(?:'''|`{1,3}|"""|\d+\s*(?:--[\s+-]*|#|/\*[^*]*))\s*;?\s*$]=],
    "lone quote or comment probe", { view = "n" })
-- A value that is one call of a function only SQL has (no one searches for "ifnull(1,2)" or "char(65)"), its
-- arguments literals or calls
rule(142330, "sqli", 5,
    [=[^\s*(?:mid|sysdate|systimestamp|getdate|getutcdate|sys_context|suser_sname|db_name|schema_name|connection_id|last_insert_id|found_rows|pg_backend_pid|ifnull|isnull|nvl2?|coalesce|nullif|char_length|character_length|octet_length|length|substring|substr|n?char|chr|ascii|ord|concat|concat_ws|group_concat|string_agg|unhex|hex|conv|json_keys|json_extract|json_unquote|json_length|extractvalue|updatexml|load_file|md5|sha1|db_name|user_name|host_name|suser_sname|is_srvrolemember)(?:\(|\s+\(\s*(?=['"]|[a-z_]\w*\s*\())\s*(?:[\w.@$'",:\s{}\[\]-]|\((?:[^()]|\([^()]*\))*\))*\)\s*$]=],
    "one call of a function only SQL has, as the whole value", { view = "sql" })
-- A probe, not data: a dozen SQL-special characters with hardly a letter or digit between them (CRS 942430's
-- idea, as the whole value; a lone run of one separator "------" or prose's "!?." are no probe)
rule(142340, "sqli", 5,
    [=[^\s*+(?!([-=*~#_])\1*+\s*$)(?=(?:[^a-z0-9]*+[a-z0-9]){0,2}+[^a-z0-9]*+$)(?:[^a-z0-9\s]*?(?:[~@#$%^&*()+={}\[\]|:;"<>`'\\-]|\xc2\xb4|\xe2\x80[\x98\x99])){12}]=],
    "a dozen SQL-special characters with hardly a word, as the whole value")
-- The integers at a signed or unsigned 32- or 64-bit boundary, and the doubles that hung parsers (CRS 942220's
-- family), as the whole value, wherever they are sent
rule(142350, "sqli", 5,
    [=[^\s*+[+-]?0*+(?:214748364[6-9]|429496729[5-7]|922337203685477580[7-9]|1844674407370955161[5-7])(?:\.0+)?\s*+$|^\s*+0x(?:7fffffff|80000000|ffffffff|100000000|7fffffffffffffff|8000000000000000|ffffffffffffffff)\s*+$|^\s*+[+-]?(?:[0.]*2\.?2\.?2\.?5\.?0\.?7\.?3\.?8\.?5\.?8\.?5\.?0\.?7\.?2\.?0\.?1\d*e-0*3[0-2]\d|3\.0\.00738585072007e-308|1e309|1\.79769313486231\d*e\+?309)\s*+$]=],
    "an integer at a 32- or 64-bit boundary, or a double that hangs parsers (in any writing), as the whole value")
-- SQL fragments no value consists of: UNION or ALTER ending a value after a closed quote, a parenthesis or a
-- number (CRS 942361's idea; "12 Union St" goes on), a closed quote then BETWEEN or IS NULL to the end, OR
-- between two quotes ("'or'", "'-0||'"), a parenthesis closed then WHERE, FROM a table LIMIT n, LIMIT m,n
-- ending a value, a parenthesised SELECT of a literal, star, variable or call ("(select 1)", "(select * from t)";
-- "(select one from the list)" is prose), a comparison with ANY/ALL of a SELECT, a quote and
-- parenthesis closed then a comparison opening them again ("x')LIKE('x"), or a name or a string compared with
-- itself ("x like x", "'a'='a'"; "1 = 1" is arithmetic people type)
rule(142360, "sqli", 5,
    [=[^\s*+(?:[-+]?\d+|['"`]|\))(?:[\s'"`)]|/\*[^*]*\*/)*+(?:union(?:\s+(?:all|distinct))?|alter)\s*$|^\s*+['"`]\s*+\)*\s*+(?:(?:not\s+)?between\s+\S+\s+and\s+\S+|is\s+(?:not\s+)?null)\s*$|^\s*+(['"`])\s*+[-+]?\d*\s*+(?:or|and|xor|\|\||&&)\s*+\1\s*$|^\s*+['"`]?\s*+\)+\s*+where\b|^\s*+from\s+[\w.`]+(?:\s+|/\*[^*]*\*/)+limit\s+\d+\s*$|^\s*+[-\w'")]+\s+limit\s+\d+\s*,\s*\d+\s*(?:--|#|$)|\(\s*select\s+(?:\d+|\*|@@?\w+|null|[\w.]+\s*\([^()]*\))\s*(?:\)|from\s+[\w.`]+\s*\))|[=<>]\s*(?:any|all|some)\s*\(\s*select\b|['"]\s*\)\s*(?:xor|r?like|regexp|=|<>|!=)\s*\(\s*['"]|^\s*+\(?\s*+(['"`])([^'"`]{0,20})\2\s*+\)?\s*+(?:=|==|<=>|\blike\b|\bis\b)\s*+\(?\s*+\2\3\2\s*+\)?\s*$|^\s*+\(?\s*+([a-z_][\w.]*)\s*+\)?\s*+(?:=|==|<=>|\blike\b)\s*+\(?\s*+\4\s*+\)?\s*$]=],
    "UNION or ALTER after a closed quote or number, or an operand compared with itself, as the whole value",
    { view = "n" })
-- A hex literal of text (0x61646d696e is "admin": an error code, a colour or a byte repeated, 0x41414141, is
-- not text), the name of a database's dangerous routine or catalog alone (a probe for a parameter that
-- reaches SQL), backtick-quoted identifiers joined (`users`.`password`), an optimizer hint (/*+ index(t) */),
-- a number glued to a name by scientific notation (1.e.user), a user variable assigned (@a:=1), a cast to JSON
-- or a JSON function opening the value, SHUTDOWN WITH NOWAIT, AGAINST() in a search mode, EXECUTE IMMEDIATE of a
-- bind or string, CALL p() or count(*), uuid(), md5() alone
rule(142370, "sqli", 5,
    [=[^\s*+(?:0x([2-6][0-9a-f]|7[0-9a-e])(?!\1+\s*$)(?:[2-6][0-9a-f]|7[0-9a-e])+|x'(?:[2-6][0-9a-f]|7[0-9a-e])+')\s*$|^\s*+(?:openrowset|opendatasource|openquery|xp_(?:cmdshell|regread|regwrite|dirtree|fileexist|servicecontrol|availablemedia|loginconfig|makecab|subdirs|fixeddrives|enumdsn|getnetname|msver|terminate_process|execresultset|ntsec_enumdomains)|sp_oa\w+|sp_execute\w*|sp_makewebtask|sp_addextendedproc|utl_(?:http|inaddr|file|tcp|smtp)\s*\.\s*\w+|dbms_(?:pipe|lock|java|xmlgen|ldap|scheduler|sql|export_extension|aw_xml|metadata)\s*\.\s*\w+|ctxsys\s*\.\s*\w+|sys\s*\.\s*dbms_\w+|master\s*\.\s*\.\s*\w+|msdb\s*\.\s*dbo\s*\.\s*\w+|sqlite_(?:master|temp_master|schema|temp_schema)|pg_(?:sleep|read_file|ls_dir|shadow|stat_file|read_binary_file)|all_tab_col(?:umn)?s|all_db_links|dba_(?:users|tables|tab_columns|role_privs|sys_privs)|v\$(?:version|instance|database|session|parameter)|current_database|mysql\s*\.\s*innodb_\w+_stats|information_schema\s*\.\s*\w+|mysql\s*\.\s*user)\s*(?:\(\s*\))?\s*$|^\s*+`\w+`(?:\s*\.\s*`\w+`|,`\w+`)+\s*$|\bwhere\s+[\w.`]+\s*=\s*-?0x[0-9a-f]{2,}\b|/\*\+\s*(?:no_)?(?:index\w*|full|parallel|use_nl|use_hash|leading|ordered|first_rows|all_rows|hash_join|merge_join|merge|result_cache|append|max_execution_time|set_var|bka|bnl|qb_name)\b|(?:^|[^\w.])\d+\.e\.`?[a-z_]|@\w+\s*:=|::\s*jsonb?\b|^\s*+jsonb?_[a-z_]+\s*\(|\bshutdown\s+with\s+nowait\b|\bagainst\s*\(\s*['"][^'"]*['"]\s+(?:in\s+(?:natural\s+language|boolean)\s+mode|with\s+query\s+expansion)|\bexecute\s+immediate\s+(?::\w|['"])|^\s*+call\s+[\w.]+\s*\(\s*(?:\)|[@:?$'"\d][^()]*\))\s*;?\s*$|^\s*+(?:count\s*\(\s*\*\s*\)|uuid\s*\(\s*\)|(?:md5|sha1|sha2|crc32)\s*\([^()]*\))\s*$|^\s*+(?:0b(?:[01]{8})+|b'(?:[01]{8})+')\s*$|^\s*+~\s*0\s*[-+*]\s*\d+\s*$]=],
    "a hex literal of text, a database's dangerous routine or catalog named alone, identifiers quoted for SQL, an"
        .. " optimizer hint, a number glued to a name by scientific notation")
-- MongoDB query operators where a value was expected: a JSON object of them, a bracketed parameter name
-- (username[$ne]=), or an operator as a whole key (and the aggregation stages that read other collections or
-- write over one: $lookup, $out, $merge); an id closed then "return true" ($where's JavaScript)
rule(142290, "sqli", 5,
    [=[["']\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|expr|elemmatch|not|nor|or|and|type|mod|all|size|jsonschema|lookup|unionwith|function|accumulator|graphlookup|out|merge)["']\s*:|(?:^|[\s,{])\$where\s*:\s*['"(]|\[\s*\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|expr|or|and|nor|not)\s*\]|^\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|expr|or|and|nor|not|elemmatch|lookup|graphlookup|unionwith|function|accumulator|type|size|all|mod|out|merge)$|['"]\s*,\s*\$(?:or|and|nor|where|ne|gt|regex)\s*:|\bdb\s*\.\s*(?:getcollection(?:names|infos)?\s*\(|getsiblingdb\s*\(|dropdatabase\s*\(|(?:run|admin)command\s*\(|getusers\s*\(|(?:create|drop)user\s*\(|serverstatus\s*\(|\w+\s*\.\s*(?:drop|find|findone|remove|insert\w*|update\w*|delete\w*|aggregate|mapreduce)\s*\()|\bthis\s*\.\s*\w+\s*\.\s*match\s*\(\s*/|['"]\s*;\s*return\s+(?:true|false|1|0)\s*;|^\s*-?\d+\s*;\s*return\s+(?:true|1|!0|this)\b]=],
    "NoSQL query operator, or MongoDB's shell JavaScript", { view = "n" })
rule(142230, "sqli", 5,
    [=[^\s*(?:\d+\s+|\d+(?=\s*[)'"`]))?['"`]?\s*\)*\s*;?\s*(?:set\s+(?:names|charset|character\s+set)\s+['"]?[\w-]+['"]?\s*(?:$|;|--|#)|select\s+[\w.@]+\s*(?:\(|;|,[^;]*?\bfrom\b|\bfrom\b)|insert\s+into\s+[\w.`"\[\]]+\s*(?:\(|values\b|select\b)|insert\s+into\s+(?!(?:select|values|table)\s*$)[\w.`"\[\]]+\s*$|alter\s+(?:user|login|role)\s+[\w"`@']+\s*$|alter\s+table\s+[\w.`"\[\]]+\s*$|alter\s+(?:database|schema)\s+[\w.`"\[\]]+\s+(?:default\s+)?(?:character\s+set|charset)\s*=?\s*['"]?\w+|delete\s+from\s+[\w.`"\[\]]+\s*(?:where\b|;|--|#|$)|drop\s+(?:table|database)\s+(?:if\s+exists\s+)?[\w.`"\[\]]+\s*\\?(?:$|[;,#)]|--|/\*|\b(?:cascade|restrict|purge)\b)|truncate\s+table\b|exec(?:ute)?\s+(?:master\.|xp_|sp_|[\w.]+(?:\s*[@']|\())|update\s+[\w.`"\[\]]+\s+set\s+[\w.`"\[\]]+\s*=|alter\s+table\s+[\w.`"\[\]]+\s+(?:add|drop|alter|modify|change|rename|convert|engine|character\s+set|charset|collate|auto_increment)\b|merge\s+(?:into\s+)?[\w.`"\[\]]+\s+(?:(?:as\s+)?\w+\s+)?using\s+\S+(?:\s+(?:as\s+)?\w+)?\s+on\s*(?:\(|[\w.]+\s*=))|\bcreate\s+(?:table|user|database|function|procedure|trigger|login)\s+[\w`"\[\]]+\s*(?:\(|identified|as\b|with\b)|\bidentified\s+by\b|\bgrant\s+(?:\w+\s*,\s*)*(?:connect|resource|dba|all(?:\s+privileges)?|select|insert|update|delete|execute)\b(?:\s*,\s*\w+)*\s+(?:on\s+[\w.*`"\[\]]+\s+)?to\s+[\w'"`@]|\bbackup\s+(?:database|log)\b|\bcurrent_setting\s*\(]=],
    "SQL statement as the whole value", { view = "sql" })
-- (a double quote right after a digit is an inch mark: 55" or 65", 2-3/8" or 2-3/4"; a string opened after the
-- boolean and not closed before the operator is prose quoting names: "'test; drop' and 'qa & co'")
rule(142240, "sqli", 5,
    [=[(?:['`]|(?<!\d)")\s*\)*\s*(?:or|and|xor)\s+(?:(?:['"`]\w*['"`]|\w*)\s*(?:[&^*+%]|\|(?!\s*(?:$|\n|\|))|/(?![a-z])|-(?![a-z]|-\s+[a-z]))|['"`]?\d*['"`]?\s*['"`]\s*$|['"`]\w*\s*$|(?:\d+|true|false|null)\s*$)|['"`]\s*\|\|\s*(?:['"]|\w(?![\w.]*:))|(?<![\s(])['"`]\s*(?:(?:not\s+)?(?:like|rlike|regexp|glob|similar\s+to)(?:\s+binary)?|=|<>|<=>|!=|[<>]=|sounds\s+like|!?~\*?)\s*(?:['"`]|\d+\s*(?:--|#)|0x[\da-f]+\s*(?:--|#|$))|(?<![\s(])['"`]\s*(?:not\s+)?in\s*\(\s*[\d'"]|^\s*(?:and|or|xor|&&|\|\|)\s*(?:true|false|not|null|\d+)\s*(?:--|#|$)|['"`]\s*\)\s*(?:or|and|xor)\s*\(\s*['"`]|^\s*(?:and|or|xor|&&|\|\|)\s*(?:['"][^'"]{0,20}(?:['"]\s*(?:[<>=!]|$)|$)|\d+\s*(?:[<>=!]=?|<>)\s*\d+\s*(?:$|--|#|;)|\d+\s+(?:(?:not\s+)?(?:r?like|regexp|between)\s+['"\d]|is\s+(?:not\s+)?(?:null|true|false)\b))|(?:^|\w)['"](?:and|or|xor|div|mod)['"]\w|(?<![\s(])['"`]\s*(?:[-+*/%^&|]|is(?:\s+not)?\b|!=|<>|[<>]=?|=)\s*[\w.]+\s+(?:or|and|xor|\|\||&&)\s+['"`]\w*\s*$|^\s*['"`]\s*\)*\s*(?:or|and|xor)\s+['"`]\w*['"`]\s*$|\bor\s+\w+\s*=\s*\w+\s*(?:--|#)|/\*!\d*|@@[a-z_]\w{2,}|^\s*(?:version|database|user|current_user|system_user|session_user|schema|connection_id)\s*\(\s*\)\s*;?\s*(?:--|#|/\*)]=],
    "quote games and boolean fragments", { view = "sql" })

-- (a Unix time after "||" as the last item is a cookie's field list, WooCommerce's session "1||1718000000...")
rule(142250, "sqli", 5,
    [=[(?:^|[?&][\w.\[\]-]*=)[\s(]*-?(?:\d[\d.]*e[+-]?\d+|\.?\d[\w.]*)\s*\)*\s*(?:(?:\b|(?<=\d))(?:or|and|xor|div)\b|&&|\|\|(?!\s*\d{9,}\s*$))\s*(?:not\s+)?\(*\s*(?:(?:n?['"`][^'"`]*['"`](?:\.["`][^"`]*["`])*|\$\w*\$[^$]*\$\w*\$|\{\s*fn\s+\w+\s*\([^)]*\)\s*\})\s*(?:[=<>!~]|[ir]?like\b|regexp\b|glob\b|similar\s+to\b|is\s+(?:not\s+)?(?:distinct|null|true|false|unknown)\b)|[~!]?-?(?:0x[\da-f]+|\d[\d.e]*)(?:\s*[-+*/%]\s*\d[\d.e]*)*\s*(?:[=<>!~]|::|--|#|;|$|\)|\b(?:like|rlike|regexp|sounds|between|in|mod|div|glob)\b|\bis\s+(?:not\s+)?(?:true|false|null|distinct)\b)|(?:true|false|null)\s*(?:$|--|#|;|\))|[a-z_][\w.$]*(?:\(|\s+\(\s*['"@]|\s*(?:!=|[=<>~]|::|->|\?[|&]|@>|<@|#>|\b(?:r?like|i?like|regexp|glob|similar\s+to|sounds\s+like)\s*['"\d(]|\bis\s+(?:not\s+)?null\b))|select\b|@|['"][^'"]*['"]\s*(?:$|--|#|;)|['"]\w{0,20}\s*$)]=],
    "numeric value then a boolean operator and a comparison (an unquoted id)", { view = "sql" })
rule(142260, "sqli", 5,
    [=[(?:[,=(]|\b(?:offset|limit|asc|desc|and|or|by|then|else|when|in|exists|r?like|regexp|not))\s*\(\s*select\s+(?:\d|null\b|@|[\w.`*]+\s*(?:,|\bfrom\b|\)))|(?:\blimit\s+|^\s*)\d+(?:\s*,\s*\d+)?\s+into\s+@|\bprocedure\s+analyse\s*\(|\bcopy\s+(?:[\w.]+(?:\s*\([^)]*\))?|\((?:[^()]|\([^()]*\))*\))\s+(?:from|to)\s+(?:program|stdin|stdout)\b]=],
    "subquery in a sort or limit clause, PROCEDURE ANALYSE, COPY ... PROGRAM", { view = "sql" })

-- Graph databases' Cypher where a string was expected: a closed string, then a clause that goes on as a query and
-- a "//" comment cutting the application's tail off; or a procedure of Neo4j's own (dbms.*, db.*, apoc.*) called,
-- or LOAD CSV from a URL (how such an injection reads files and reaches out)
rule(142390, "sqli", 5,
    [=[(?:(?<=[\w)])['"`]|^\s*['"`])\s*\)*\s*(?:return|with|(?:optional\s+)?match|unwind|call|union(?:\s+all)?|detach\s+delete|merge|create|set|remove|load\s+csv)\b[^\n]{0,200}?//[^\n]*$|\bcall\s+(?:dbms|db|apoc|gds)\.\w+(?:\.\w+)*\s*\(|\bapoc\.(?:load|cypher|util|systemdb|export|import|custom|trigger|do)\.\w+\s*\(|\bload\s+csv\s+(?:with\s+headers\s+)?from\s+['"]?(?:https?|file|ftp)://]=],
    "Cypher continued after a closed string, or a graph database's own procedure called", { view = "sql" })

-- A keyword written inside itself ("SELSELECTECT", "OORR"), or with "or"/"and" inside it ("OORRDER",
-- "INFOORRMATION_SCHEMA"), or split by "<>" or an inline comment ("UNI<>ON", "UN/**/ION"): what a filter that strips
-- the keyword, the logical operators, "<>" or comments once leaves behind. No word is any of these.
local KEYWORDS = { "union", "select", "sleep", "benchmark", "insert", "update", "delete", "drop", "table", "from",
    "where", "having", "order", "concat", "exec", "and", "or" }
local STRIPPED_OPERATORS = { "or", "and" }
local SPLIT = [=[(?:<>|/\*[^*]{0,10}\*/)]=]
local nested, split = define.nested(KEYWORDS), {}
for _, w in ipairs(define.nested({ "information_schema", unpack(KEYWORDS) }, STRIPPED_OPERATORS)) do
    nested[#nested + 1] = w
end
for _, k in ipairs(KEYWORDS) do
    split[#split + 1] = k:gsub(".", "%0" .. SPLIT .. "?"):sub(1, -#SPLIT - 2)   -- none after the last letter
end
-- (a split keyword has a split inside it: "union/**/all" and "order_by" split nothing)
rule(142300, "sqli", 5, [=[\b(?:]=] .. table.concat(nested, "|") .. [=[)\b|\b(?=[a-z]{1,9}]=] .. SPLIT .. [=[[a-z])(?!(?:]=]
    .. table.concat(KEYWORDS, "|") .. [=[)(?![a-z]))(?:]=] .. table.concat(split, "|") .. [=[)(?![a-z])]=],
    "SQL keyword nested in itself or split by <> or a comment")

-- A closed string or a leading number, then SQL that only a query reads: a pattern, range or list operator on a
-- literal ending the value, maybe after a boolean and another literal ("x' like 1", "1 rlike 0x61", "' between 0
-- and 1", "1 and 3 not in (1,2)"; "1 like 2 people" goes on), a
-- JOIN ... ON comparison, GROUP BY ... HAVING; or a closed string, an SQL operator and a comment ending the
-- value ("x' or 1 not in (2)--"); or a closed string, then a statement that changes the schema ("x' alter table
-- users drop column a--"; an opening quote, as in "the 'alter table' step", is prose)
rule(142380, "sqli", 5,
    [=[(?:(?<=[\w)])['"`]|^\s*['"`])\s*\)*\s*(?:alter\s+(?:table|database|user|login|schema)|drop\s+(?:table|database|column|schema|user|view|index)|truncate\s+table)\s+[\w.`"\[\]]+|(?:^\s*-?\d+|['")])\s*(?:(?:and|or|xor|&&|\|\|)\s*(?:-?\d+|'[^']*'|"[^"]*"|[a-z_]\w{0,30})\s*)?(?:not\s+)?(?:(?:r?like|regexp(?:\s+binary)?|between\s+[\w'"]+\s+and)\s+(?:-?\d+|0x[0-9a-f]+|'[^']*'?|"[^"]*"?)|in\s*\(\s*(?:-?\d+|'[^']*')(?:\s*,\s*(?:-?\d+|'[^']*'))*\s*\))\s*(?:--|#|;|$)|(?:^\s*-?\d+|['")])\s*(?:(?:inner|left|right|cross|full)\s+(?:outer\s+)?)?join\s+[\w.`"]+(?:\s+(?:as\s+)?\w+)?\s+on\s+[\w.'"`]+\s*=|(?:^\s*-?\d+|['")])\s*group\s+by\s+[\w.`"]+\s+having\b|['"]\s*\)*\s*(?:or|and|xor|not|like|rlike|regexp|between|in|when|then|div|mod)\b[^\n]{0,80}?(?:--[\s+-]*|(?<![a-z])#)$]=],
    "SQL operator or clause after a closed string or a leading number", { view = "sql" })

return rules
