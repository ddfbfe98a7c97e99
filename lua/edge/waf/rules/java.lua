-- Our WAF rules: Java (144xxx). What a rule holds: edge.waf.rules.
local rules, rule = require("edge.waf.rules.define").list()

-- (and Solr's config API switching on the Velocity writer and its resource loader, CVE-2019-17558's first step)
-- (ysoserial's name alone is prose or a link to it; its jar, its classes or a gadget named after it run the tool)
-- (and Jenkins' credential store read from its script console: a stored secret decrypted, the provider's list)
rule(144100, "java", 5,
    [=[\bhudson\.util\.secret\s*\.\s*(?:decrypt|fromstring)\s*\(|\bcom\.cloudbees\.plugins\.credentials\.|\bsystemcredentialsprovider\b|\bjenkins\.model\.jenkins\s*\.\s*(?:instance|get)\b|\borg\.springframework\.expression\.|\bsolr\.velocityresponsewriter\b|\b(?:params|solr)\.resource\.loader\.enabled\b|\bognl\.ognl(?:context|runtime)?\b|\bcom\.opensymphony\.xwork2\.(?:actioncontext|ognl|util\.valuestack)|\bsun\.reflect\.annotation\.|\bcom\.(?:sun\.syndication|rometools\.rome)\.feed\.impl\.|\bclojure\.(?:core|main)\$|\borg\.mozilla\.javascript\.|\borg\.jboss\.(?:weld\.)?interceptor\.|\borg\.python\.core\.|\borg\.apache\.log4j\.receivers\.|\bcom\.caucho\.(?:naming|hessian|resin)\b|\bnew\s+java\.(?:util\.scanner|net\.url)\s*\(|\bservice:jmx:[a-z]+:|\bmethodhandles\s*\.\s*(?:lookup|privatelookupin|publiclookup)\s*\([^()]*\)\s*\.\s*(?:find\w*|unreflect\w*)\s*\(|\bjava\.beans\.(?:expression|statement|eventhandler)\b|\bjavax\.tools\.toolprovider\b|\bjdk\.jshell\.|\bjolokia/(?:exec|write)/|\bjava\.io\.(?:objectinputstream|fileinputstream|fileoutputstream|randomaccessfile)\b|\bjava\.net\.(?:urlclassloader|socket)\b|\bsun\.misc\.(?:unsafe|base64decoder)\b|\bjava\.util\.base64\s*\.\s*get\w*decoder\s*\(\s*\)\s*\.\s*decode\s*\(|\bjava\.nio\.file\.files\s*\.\s*(?:read\w*|write\w*|lines|newbuffered\w*|newinputstream|newoutputstream|copy|delete\w*|move)\s*\(|(?:^\s*|[{;(=,]\s*)(?:java\.lang\.)?thread\s*\.\s*sleep\s*\(\s*\d+\s*\)\s*(?:$|[;})])|\bjava\s*\.\s*lang\s*\.\s*(?:runtime|processbuilder|processimpl|unixprocess|reflect|classloader|thread|system\s*\.\s*(?:exit|getenv|setproperty|load))\b|\bjava/lang/(?:runtime|processbuilder)\b(?![./])|\bjavax\.(?:script|naming|management|el)\.\w|\b(?:com\.sun\.(?:rowset|jndi|org\.apache)|org\.apache\.(?:commons\.(?:collections\d?|beanutils)|xalan|xbean|naming|tomcat\.dbcp|ibatis|bcel|shiro|myfaces)|org\.springframework\.(?:beans|context\.support|aop|jndi|transaction\.jta)|org\.codehaus\.groovy\.runtime|com\.mchange\.v2\.c3p0|bsh\.(?:interpreter|xthis|namespace)\b|java\.beans\.xmldecoder|java\.rmi\.|sun\.rmi\.|com\.alibaba\.fastjson|ch\.qos\.logback\.(?:core\.db|classic\.jmx))|(?:\bgetclass\s*\(\s*\)|\.\s*class)\s*\.\s*(?:getclassloader|forname|getmethods?|getdeclared|getsuperclass|getconstructors?|newinstance|getprotectiondomain|getresource)|(?:\.\s*|\b)get(?:declared)?method(?:\s|/\*[^*]*\*/)*\(\s*["'](?:exec|getruntime|forname|start|invoke|newinstance|loadclass|defineclass)["']|\borg\.hibernate\.(?:engine\.spi\.typedvalue|tuple\.component\.abstractcomponenttuplizer|property\.(?:access\.spi\.)?\w*getter)|\bclass\s*\.\s*forname\s*\(|\bnew\s+scriptenginemanager\s*\(|\bsystem\s*\.\s*setsecuritymanager\s*\(|\bjava\.lang\.invoke\.|\.\s*setaccessible\s*\(\s*true\s*\)|\bnew\s+objectinputstream\s*\(|\.\s*readobject\s*\(\s*\)|\bgetdeclaredconstructor\s*\([^)]{0,80}\)\s*\.\s*newinstance\b|\bdefineclass\s*\(|\bgroovy\.lang\.(?:groovyshell|groovyclassloader|script)\b|\bysoserial(?:-[\w.-]*)?\.jar\b|\bysoserial\s*\.\s*(?!net\b|jar\b)[a-z]\w*|\bysoserial\s+(?:commons|groovy|spring|jdk|urldns|jrmp|rome|hibernate|c3p0|click|clojure|beanshell|myfaces|vaadin|wicket|jython|javassist|jboss|mozilla|fileupload|json1|aspectj|bsh)\w*|\.\s*getenginebyname\s*\(\s*["'](?:nashorn|javascript|js|rhino|ecmascript|groovy|graal\.js|jython|python|jruby|ruby)["']|\b(?:chained|constant|invoker|instantiate|closure)transformer\b|\bprototype(?:clone|serialization)factory\b|\binstantiatefactory\b|\btemplatesimpl\b|\b(?:runtime|processbuilder|classloader|unsafe)\.class\b|\bclass\s*(?:\.|\[)\s*(?:module\s*(?:\]\s*\[|\.)\s*)?classloader\b|\bclass\s*(?:\.|\[)\s*protectiondomain\b|\.\s*getruntime\s*\(\s*\)\s*\.\s*exec\b|\bruntime\s*\)?\s*\.\s*getruntime\s*\(\s*\)\s*(?:$|[.;)])|\bprocessbuilder\s*(?:\([^)]{0,80}\))?\s*\.\s*(?:command|start|inheritio|redirect\w*)\s*\(|<command>\s*<string>|(?<![\w.])l?(?:java|javax|com|org|sun)/(?:[\w$]+/)+(?:objectinputstream|jdbcrowsetimpl|templatesimpl|invokertransformer|processbuilder|runtime)\b(?![.\w/-])|^\s*\.?\s*(?:getruntime|getdeclaredmethods?|getmethods?|newinstance|getclassloader|forname|getdeclaredconstructors?|getconstructors?|getdeclaredfields?|setaccessible|defineclass|loadclass)\s*\([^()]{0,60}\)\s*;?\s*$|\bnew\s+processbuilder\s*\(|\bprocessbuilder\s*\(\s*(?:(?:mutable)?listof|arrayof|seq|list\s*\.\s*of|arrays\s*\.\s*aslist)\s*\(|\binitialcontext\s*\(\s*\)\s*\.\s*lookup|\.lookup\s*\(\s*['"](?:ldaps?|rmi|iiop|dns|corba|nis|nds):|['"]@(?:type|class|c)['"]\s*:\s*['"][\w$]*\.[\w.$]+|\[\s*['"](?:com|org|net|java|javax|sun|ch|br|oracle|jdk|io)\.[\w$]+(?:\.[\w$]+)+['"]\s*,\s*[\[{]|!!(?:java|javax|sun|com|org)\.[\w.$]+|\$\$bcel\$\$]=],
    "Java runtime, reflection, JNDI, deserialization gadget class or polymorphic type")
rule(144110, "java", 5,
    [=[%\{\s*(?:[(#@]|\d+\s*[-+*/]\s*\d+\s*\})|#_memberaccess\b|#context\s*\[|(?<![\w/.&-])#(?:context|session|application|request|parameters|attr)\s*(?:\.\s*[a-z_]|\[\s*['"])|@(?:java|javax|org|com|ognl)\.[\w.]+@|\bognl(?:util|context)\b|\bxwork\.methodaccessor|\b[t]\s*\(\s*(?:java|javax|org)\.[\w.]+\s*\)|[#$]\{\s*t\s*\(]=],
    "OGNL or Spring expression")
rule(144120, "java", 5, [=[(?:^|[^a-z0-9+/])ro0ab[a-z0-9+/=]{3}|\bac\s+ed\s+00\s+05\b|\baced\s+0005(?:\s+[0-9a-f]{4}\b|\s*$)|\xac\xed\x00?\x05|(?:\b|(?<=0x))aced0005(?:[0-9a-f]{2}|\b)|^\s*t3s?\s+\d+\.\d+[\d.]*\s*[\r\n]+\s*as\s*:\s*\d+|\\xac\\xed\\x00\\x05]=],
    "serialized Java object (base64 or hex)")

rule(144130, "java", 5,
    [=[\(\s*#[\w]+\s*=[^)]*\)\s*\.\s*\(\s*#|[$#]\{\s*(?:applicationscope|sessionscope|requestscope|pagescope|pagecontext|facescontext|initparam|servletcontext)\b|[$#]\{\s*(?:param|paramvalues|header|headervalues|cookie)\s*(?:\.\s*\w|\[\s*['"])|\bgetcontextclassloader\s*\(|\bcurrentthread\s*\(\s*\)|\.\s*(?:loadclass|defineclass)\s*\(|\bclass\s*\[\s*['"]\s*(?:module|classloader)\s*['"]\s*\]|#\{\s*system(?:properties|environment)\b|\bt\s*\(\s*(?:system|runtime|classloader|processbuilder|thread|class)\s*\)\s*\.|\bsystem\s*\.\s*(?:exit|halt)\s*\(\s*-?\d+\s*\)]=],
    "OGNL chain, EL implicit object, or a class loader reached")
rule(144140, "java", 5,
    [=[<(?:dynamic-proxy|sorted-set|tree-map|linked-hash-set|java\.util\.priorityqueue)\b|<\s*mlet\b[^>]*\b(?:codebase|archive)\s*=|\bh2-console/(?:login|test)\.do\b|\bjdk\.nashorn\.|\bcom\.sun\.org\.apache\.|<(?:interface|class|handler|target)>\s*(?:java|javax|sun|com\.sun|org\.apache)\.|<void\s+(?:method|property|class|index)\s*=|<object\s+class\s*=\s*["'](?:java|javax|sun|com\.sun)\.|\bload\s*\(\s*['"](?:nashorn|classpath|fx):]=],
    "XStream, XMLDecoder or XML gadget chain, Nashorn script loading, a JMX MLet, H2's console")

-- A JDBC URL that runs a script on connect (H2 INIT=), opens a remote database file (SQLite's resource:),
-- or deserializes server data / loads classes by name
rule(144160, "java", 5,
    [=[\bjdbc:h2:[^\s]{0,300}?;\s*init\s*=|\bjdbc:[\w:]+[:(](?:https?|ftp)://|\bjdbc:[a-z0-9]+:[^\s]{0,300}?[?&;]\s*(?:autodeserialize\s*=\s*true|(?:query|statement)interceptors\s*=|socketfactory(?:arg)?\s*=|sslfactory\s*=|allowloadlocalinfile\s*=\s*true|startmaster\s*=|slavehost\s*=|loggerfile\s*=)]=],
    "JDBC URL that runs code, replicates or writes files on connect")

-- Apache Commons Text lookups (Text4Shell): ${script:js:..}, ${url:UTF-8:..}; bash's ${file:-x} and ${url:0:8} differ
rule(144170, "java", 5, [=[\$\{\s*(?:script|url|file|dns|xml|properties|const)\s*:\s*[a-z]]=],
    "Commons Text interpolation lookup")

-- Groovy runs a command from a string or list literal ("id".execute()), or evaluates a string.
rule(144150, "java", 5,
    [=[[\]'"]\s*\.\s*execute\s*\(|\bnew\s+groovy(?:shell|classloader)\s*\(|\bgroovyshell\s*\(\s*\)\s*\.\s*(?:evaluate|parse|run)\b|\beval\s*\.\s*(?:me|x|xy|xyz)\s*\(|@grab\s*\(|@groovy\.transform\.\w+]=],
    "Groovy command execution, evaluation or class loading")
-- Scala's and Clojure's ways to the same Runtime: sys.process's "cmd".!! and Process(Seq(...)).!, Clojure's
-- (.exec (Runtime/getRuntime) ...) and clojure.java.shell/sh
rule(144220, "java", 5,
    [=[\bimport\s+(?:scala\.)?sys\.process\.|\bscala\.sys\.process\b|\bprocess\s*\(\s*(?:seq|list)\s*\([^)]{0,120}\)\s*\)\s*\.\s*(?:!!?|lazylines|run)|['"]\s*\.\s*!!?\s*(?:$|[;)])|\(\s*\.\s*exec\s+\(\s*(?:java\.lang\.)?runtime/getruntime\s*\)|\bclojure\.java\.shell/sh\b|\(\s*(?:sh|shell/sh)\s+"(?:/bin/)?(?:ba)?sh"\s+"-c"]=],
    "Scala or Clojure process spawn")

-- Spring Boot properties pointing at a remote file to load configuration or code from (set through an
-- actuator's /env or a config client)
rule(144180, "java", 5,
    [=[\b(?:spring\.cloud\.bootstrap\.location|spring\.main\.sources|logging\.config|eureka\.client\.serviceurl\.defaultzone|spring\.config\.(?:import|location|additional-location))\b[^\n]{0,40}?(?:https?|ftp)://]=],
    "Spring property that loads configuration or code from elsewhere")

-- Struts 2's action-mapper prefixes in a parameter's name or value, sending the user to another site or
-- carrying an expression (S2-016, S2-017: "?redirect:https://elsewhere", "action:%{...}")
rule(144210, "java", 5, [=[^\s*(?:redirect|redirectaction|action|method)\s*:\s*(?:(?:https?|ftps?)?:?//|[$%#]\{)]=],
    "Struts 2 action-mapper prefix to another site or an expression")

-- A file name that runs as a JSP page, as the whole value: JSP's extensions, a second extension after one, a
-- ";" or NTFS stream cut, a trailing dot Windows drops (PHP's are 133140)
rule(144190, "java", 5,
    [=[^\s*[\w./\\-]*\w\.(?:jspx?|jspf|jsw|jsv)(?:\.?|;[^\s/\\]*|::\$data)\s*$]=],
    "file name that runs as a JSP page")

-- The gadget chains' rarer classes (Wicket's and FileUpload's file items, Click's comparator, Vaadin's property,
-- Hibernate's POJO tuplizer, Spring's type wrapper and XML contexts loading a remote file, fastjson's network
-- types its DNS probes name, also as a JSON "@type" value alone), by full name, and a static method invoked by
-- reflection ("m.invoke(null, ...)"), Groovy's String.execute() ("'id'.execute().text"): a rule of their own, as 144100
-- is at the size past which PCRE2 stops finding a pattern's possible first bytes (and tries every alternative
-- at every offset)
rule(144200, "java", 5,
    [=[\borg\.apache\.(?:wicket\.util\.upload|commons\.fileupload\.disk)\.diskfileitem\b|\bspringframework\.context\.support\.(?:filesystem|classpath)xmlapplicationcontext\b|['"]@type['"]\s*:\s*['"]java\.net\.(?:inet[46]?address|url|inetsocketaddress)['"]|^\s*java\.net\.(?:inet[46]?address|inetsocketaddress|url)\s*$|\bjava_tool_options\s*=|(?:^|\s)-javaagent:\S+\.jar\b|(?:^|\s)-djava\.rmi\.server\.codebase=|(?:^|\s)-xx:\+?onoutofmemoryerror=|\borg\.apache\.click\.control\.column\$columncomparator\b|\bcom\.vaadin\.data\.util\.(?:nestedmethodproperty|propertysetitem)\b|\borg\.hibernate\.tuple\.component\.pojocomponenttuplizer\b|\borg\.springframework\.core\.serializabletypewrapper\b|\.\s*invoke\s*\(\s*null\s*[,)]|(?:['"][^'"\n]{1,80}['"]|\)|\b[a-z_]\w*)\s*\.\s*execute\s*\(\s*\)\s*\.\s*(?:text|in|inputstream|waitfor|errorstream)\b|['"][^'"\n]{1,80}['"]\s*\.\s*execute\s*\(\s*\)]=],
    "a rarer deserialization gadget class, a static method invoked by reflection, a Groovy string run as a command")

return rules
