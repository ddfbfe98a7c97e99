-- Our WAF rules: XSS (141xxx). What a rule holds: edge.waf.rules.
local rules, rule = require("edge.waf.rules.define").list()

rule(141100, "xss", 5, [=[<\s*/?\s*script\b|<\??import\b[^>]*\bimplementation\s*=|<[a-z][\w:-]*\s[^>]*\bxmlns:[\w-]+\s*/?>|<\s*/?\s*(?:[a-z][\w-]*:)?(?:iframe|frameset|frame|object|embed|applet|svg|math|meta|base|isindex|marquee|bgsound|layer|ilayer|xss|vmlframe|handler|portal|animate|animatemotion|animatetransform|template|xmp|plaintext|noembed|noscript)\b]=],
    "dangerous HTML element")
rule(141110, "xss", 5, [=[<[a-z][a-z0-9:-]*\b[^<>]*?[\s"'/]on[a-z]{3,}\s*=]=], "tag with an event handler")
rule(141120, "xss", 5, [=[['"`]\s*/?\s*on[a-z]{3,}\s*=|['"`]\s+(?:src|href|action|formaction|srcdoc)\s*=\s*['"]?\s*//[^/\s]|[\s"'/{;(]on(?:error|load|mouse\w+|click|dblclick|focus\w*|blur|key\w+|change|submit|toggle|begin|end|pageshow|hashchange|message|animation\w+|transition\w+|pointer\w+|scroll|wheel|drag\w*|drop|copy|paste|input|invalid|resize|unload|beforeunload|afterscriptexecute|beforescriptexecute|readystatechange|start|finish|play|search|select|show|touch\w+|contextmenu|auxclick|unhandledrejection)\s*=\s*[^\s=]]=],
    "event handler attribute")
-- (a browser drops tabs and line breaks inside a URL's scheme: "vbs&NewLine;cript:"; a line break ends a
-- "javascript://" comment, and the code after it runs; old IE's mhtml: runs the script of an archive's part)
rule(141130, "xss", 5, [=[(?:java|vb|live|ecma)script\s*:\s*[\w$.:\[\]]*\s*[(\x60=\[]|(?:java|vb)script\s*:\s*//[^\n\r]{0,200}?(?:[\n\r]|%(?:25)?0[ad]|\\[nr]|\\u2028)\s*[\w$(]|(?:^|[\s"'=(<])(?:java|vb)script:[a-z_$]|(?=[a-z]{1,9}[\t\n\r])(?:j[\t\n\r]*a[\t\n\r]*v[\t\n\r]*a|v[\t\n\r]*b|l[\t\n\r]*i[\t\n\r]*v[\t\n\r]*e)[\t\n\r]*s[\t\n\r]*c[\t\n\r]*r[\t\n\r]*i[\t\n\r]*p[\t\n\r]*t[\t\n\r]*:|(?:href|src|action|formaction|data|xlink:href|background|dynsrc|lowsrc|poster|srcdoc|to|values|from)\s*=\s*["'`]?\s*(?:java|vb|live)script\s*:|data\s*:\s*(?:text/html|image/svg\+xml|application/(?:x-)?javascript|application/x-(?:httpd-)?php)|\burl\s*\(\s*['"]?\s*javascript\s*:|(?:^|[\s"'=(<])mhtml:\s*(?:https?|ftp|file):]=],
    "script URL")
rule(141140, "xss", 5, [=[(?<![a-z]\s)\b(?:alert|prompt|confirm)(?:\s|/\*[^*]*\*/)*(?:\((?!\s*\)\s*[:,.]?\s+[a-z])|\x60)|\bdocument(?:\s|/\*[^*]*\*/)*\.(?:\s|/\*[^*]*\*/)*(?:cookie|domain|write(?:ln)?|location)\b|\bwindow\s*\.\s*(?:location|open)\b|\b(?:opener|top|parent|frames)\s*\.\s*location\b|\.innerhtml\s*=|\bstring\s*\.\s*fromcharcode\b|\b(?:settimeout|setinterval)\s*\(\s*['"`]|\b(?:eval|settimeout|setinterval|execscript)(?:\s|/\*[^*]*\*/)*\(\s*[a-z_$][\w$.]*\s*\)|\bfetch\s*\(\s*['"`]//[^/\s]|\batob\s*\(\s*['"`][a-z0-9+/]+={0,2}['"`]\s*\)|\bconstructor\s*\.\s*constructor\b|\bconstructor\s*\(\s*['"`]|\blocation\s*\.\s*hash\b|\bdocument\s*\.\s*(?:body|head|documentelement)\s*\.\s*(?:appendchild|insertbefore|insertadjacenthtml|innerhtml)\b|\.\s*parentnode\s*\.\s*removechild\s*\(|\bcreateelement\s*\(\s*['"`]\s*(?:script|iframe|object|embed)\s*['"`]|\bglobalthis\s*\.\s*(?:fetch|eval|function|settimeout|setinterval|location|document|atob|importscripts)\b|\b(?:self|top|parent|frames|window|globalthis|content|opener)(?:\s|/\*[^*]*\*/)*\[\s*['"`](?:alert|prompt|confirm|eval|fetch|atob|document|location|cookie|open|settimeout|setinterval|function|constructor)\b|\bself\s*\[\s*['"`]|['"`]\s*[-+]\s*(?:top|parent|opener|window|self|document|location)\s*[.\[]|['"`]\s*[-+*/]\s*\(\s*(?:(?:top|parent|opener|window|self|document)\s*\.\s*)?location\s*=|['"`]\s*[)}\]]*\s*;\s*(?:(?:top|parent|opener|window|self|document)\s*\.\s*)?(?:location(?:\s*\.\s*href)?|forms\s*\[[^\]]{0,20}\]\s*\.\s*action)\s*=\s*['"`]?(?:https?:)?//|\bfunction\s*\(\s*['"`][^'"`]{0,60}['"`]\s*(?:\+|\)\s*\()|\bimportscripts\s*\(\s*['"`](?:https?:)?//|\bimport\s*\(\s*['"`](?:(?:https?|data):|//)|\.\s*(?:call|apply)\s*\x60|\b(?:valueof|tostring)\s*=\s*(?:alert|prompt|confirm|eval)\b|['"]\s*\)?\s*[;}]\s*(?:[a-z_$][\w$]*(?:\.[\w$]+)+|name|location|cookie|domain|title|src|href|innerhtml|onerror|onload)\s*=\s*['"]|\b(?:fetch|sendbeacon|open)\s*\(\s*(?:['"`][a-z]*\s*['"`]\s*,\s*)?['"`](?:https?:)?//[^;]{0,200}?\b(?:localstorage|sessionstorage|indexeddb)\b|(?:\.src|\blocation(?:\s*\.\s*href)?)\s*=[^;]{0,200}?\b(?:localstorage|sessionstorage)\b]=],
    "JavaScript sink")
-- A breakout closes the attribute the value was written into: no tag of its own before it (a document's
-- `<order id="1001">\n<item>` closes its own attributes).
rule(141150, "xss", 5, [=[^[^<>]*?['"`]\s*>\s*<\s*[a-z!/]|<\s*[a-z]+\s*/\s*[a-z]+\s*=|<\s*(?:img|image|video|audio|body|input|button|form|details|textarea|select|a|div|span|table|td|style|link|source|track|keygen|x|p|b|i)\b[^<>]*\b(?:src|href|action|formaction|style|background|dynsrc|lowsrc|srcdoc)\s*=\s*["'`]?\s*(?:[a-z]+script|data|\W*x\b|#|&)|<\s*[a-z]+\b[^<>]*\b(?:src|href|action|formaction|background|poster|content)\s*=\s*(['"])\s*(?:https?:)?//(?:(?!\1)[^<>])*$]=],
    "tag breaking out of an attribute")
-- A CSS keyword as a CSS parser reads it: each letter as itself, backslash-escaped ("\i") or as a hex escape
-- ("\69", "\000049 "), so "@\69mport" is @import.
local function css_word(word)
    return (word:gsub("%a", function(c)
        return ([=[(?:\\?%s|\\0{0,4}(?:%x|%x)\s?)]=]):format(c, c:byte(), c:upper():byte())
    end))
end
rule(141160, "xss", 5, [=[^[^{}<>]*\}\s*[\w#.*:\[\]=-]+\s*\{[^}]*?(?:url\s*\(|expression\s*\(|@import|behavior\s*:|-moz-binding)|\[\s*[\w-]+\s*[\^$*~|]?=[^\]{}]*\]\s*\{[^}]*?\burl\s*\(|\bexpression\s*\((?!\s*\)\s+[a-z])|-moz-binding\s*:|\bbehavior\s*:\s*url\s*\(|(?<![/\w])@import\b|<\s*style\b[^>]*>|\beval\s*\(\s*(?:atob|unescape|decodeuri|string|location|name|['"`])|<\s*[a-z]+[^>]*\bstyle\s*=\s*["']?[^>]*(?:expression|behavior|javascript)|(?<![/\w])@(?=[^@]{0,80}\\)]=]
    .. css_word("import") .. "|(?=[^(]{0,80}\\\\)" .. css_word("expression") .. [=[\s*\(]=],
    "CSS and eval tricks")
-- (and an object whose valueOf or toString is a dialog or a navigation: "+{valueOf:location=name}+" runs it
-- when the page adds the object to a string; or the page sent to the URL in window.name, "location=name")
rule(141180, "xss", 5,
    [=[\{\s*(?:valueof|tostring)\s*:\s*(?:alert|prompt|confirm|eval|print|location|top|self|window|document)\b|(?:^|[;,({])\s*(?:(?:window|self|top|document)\s*\.\s*)?location(?:\s*\.\s*href)?\s*=\s*(?:(?:window|self|top)\s*\.\s*)?name\s*(?:$|[;,)}])|\b([a-z_$][\w$.]{0,30})\s*=\s*(?:alert|prompt|confirm|eval|print)\s*[;,]\s*\1\s*\(|\bnew\s+function\s*`(?:[^`\s]{0,80}?(?:alert|prompt|confirm|eval)|[^`]{0,80}?(?:\\`|\$\{))|\b(?:alert|prompt|confirm)\b\s*(?:\.\s*(?:call|apply|bind)\b|\)\s*\()|(?:[=,\[]\s*\(?|[\w$)\]]\()\s*(?:alert|prompt|confirm|eval)\s*[),\]]|\[\s*(?:top|self|window|parent|frames|this|globalthis)\s*\]\s*\[\s*0\s*\]\s*\[\s*['"`]|\(\s*(?:top|self|window|parent|frames|globalthis)\s*\)\s*\[\s*['"`]|(?:['"`]\s*(?:[-+;,|&^]|&&|\|\|)\s*\(?|(?:&&|\|\|)\s*\()\s*(?:(?:window|document|self|top|parent)\s*\.\s*)?location(?:\s*\.\s*href)?\s*=\s*['"`]|\b(?:top|self|window|parent|frames|this|globalthis|defaultview)\s*(?:\[\s*\d+\s*\]\s*)?\[\s*(?:['"`/]|\d+\s*\.\.|atob\s*\()|\bdocument\s*\[\s*['"`](?:cookie|location|domain|write|writeln)['"`]\s*\]|\bonerror\s*=\s*(?:alert|eval|prompt|confirm|print)\b\s*;?\s*throw\b|\.\s*source\s*\+|['\"`]\s*(?:in|instanceof|typeof|void|delete|new)\s+(?:alert|prompt|confirm|eval)\b|\.\s*tostring\s*\(\s*(?:30|36)\s*\)|\bdata(?:src|fld|formatas)\s*=|\battributename\s*=|\bxlink:href\s*=|<\s*link\b[^>]*\bhref\s*=|<\s*xml\b|(?:src|href|action)\s*=\s*["'`]?\s*(?:mocha|livescript|vbscript)\s*:|\beval\s*\(\s*\w+\s*\+]=],
    "JavaScript call tricks and legacy vectors")
rule(141170, "xss", 3, [=[<\s*(?:img|image|video|audio|body|input|button|form|details|textarea|svg|a|div|style|link|source|html|head|title)[\s/]+[^<>]*?[a-z-]+\s*=]=],
    "HTML element in a parameter")
-- JavaScript written only with []()!+ (JSFuck): a run of those with ![] in it; "!!!!" alone is prose
rule(141190, "xss", 5, [=[(?=[\[\]()!+]{20})[\[\]()+]{0,18}!\[\]]=], "JavaScript from []()!+ only")
-- DOM clobbering: an element document.x or window.x resolves to by its id and name together, or whose name
-- shadows a document method or a script's config object (a form's own inputs share id and name: not those)
rule(141200, "xss", 5,
    [=[<\s*(?:a|area|form|img|image|embed|object|iframe)\b[^<>]*\b(?:id|name)\s*=\s*["']?([a-z_$][\w$-]*)["']?[^<>]*\b(?:id|name)\s*=\s*["']?\1\b|<\s*a\b[^<>]*\bid\s*=\s*["']?([a-z_$][\w$-]*)[^<>]*>.{0,200}?<\s*a\b[^<>]*\bid\s*=\s*["']?\2\b|<\s*[a-z]+\b[^<>]*\bname\s*=\s*["']?(?:getelementbyid|getelementsby\w+|queryselector(?:all)?|createelement|cookie|domain|location|documentelement|defaultview|body|head|forms|images|scripts|currentscript|write|attributes|defaultconfig|config|__proto__)["'\s/>]]=],
    "DOM clobbering: an element's id and name agree, or its name shadows a document property")
-- A value that is one start tag of an element that plays, takes input, frames or styles a page (a probe for
-- where markup lands: "<video>", "<details open>", "<input autofocus>"); a formatting tag alone is not one
rule(141270, "xss", 5,
    [=[^\s*<\s*(?:[a-z][\w-]*:)?(?:video|audio|source|track|details|input|textarea|select|button|form|keygen|marquee|blink|img|image|picture|svg|math|body|html|head|style|link|meta|base|frame|iframe|frameset|object|embed|applet|xmp|plaintext|listing|noscript|template|portal|dialog)\b[^<>]*>\s*$]=],
    "one start tag of an element that plays, takes input, frames or styles a page, as the whole value")
-- US-ASCII's 7-bit tags: "¼script¾" becomes "<script>" once a browser reading the page as US-ASCII drops the
-- top bit. A lone byte 0xBC / 0xBE (not inside a UTF-8 character: Japanese "ー" ends in 0xBC, Russian "о" in
-- 0xBE) or a real U+00BC / U+00BE, before a tag name ("¼ cup flour" is a recipe)
-- JSFuck and jjencode: JavaScript written with six characters or with symbols only; a whole value of []()!+
-- with a negated array in it ("!![]", "+!+[]"; "[] + []" is a talk's joke), two of JSFuck's atoms ("![]", "+[]",
-- "[]+", "+{}") close together, jjencode's opener, or aaencode's faces ("(ﾟｰﾟ)", "ﾟωﾟﾉ") twice
rule(141240, "xss", 5,
    [=[^(?=[\s\[\]()!+/*]{0,80}?!(?:[\s+!]|/\*[^*]*\*/)*\[\s*\])(?:[\s\[\]()!+]++|/\*[^*]*+\*/)++$|(?:!!?\[\]|\+\[\]|\[\]\+|\+\{\}|\[\]\[\[\]\])[\[\]()!+{}]{0,6}(?:!!?\[\]|\+\[\]|\[\]\+|\+\{\}|\[\]\[\[\]\])|\$=~\[\];|\$=\{___:\+\+\$|(?:ﾟ(?:ω|Θ|ｰ|Д|o)ﾟ[\s\S]{0,80}?){2}]=],
    "JSFuck or jjencode", { view = "n" })
-- Markup that loads a resource or posts a form from another host by a protocol-relative URL ("//host"):
-- what people paste carries its scheme; a button or input that sends its form to another site, whatever the
-- URL (formaction exists to override the form's own action)
rule(141250, "xss", 5,
    [=[<\s*(?:button|input)\b[^>]*\bformaction\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//|<\s*[a-z][\w-]*\b[^>]*\b(?:src|href|action|formaction|background|poster|data|codebase|srcset)\s*=\s*["']?\s*//[^/\s]|(?:^|[\s;:{(])url\s*\(\s*['"]?\s*//[\w-]+(?:\.[\w-]+)+]=],
    "markup or a CSS url() loading from a protocol-relative URL, or a form sent to another site")
rule(141260, "xss", 5,
    [=[(?:^|[\s+])adw-.{0,200}?(?:[\s+]ad4-|>)|(?:^|[\s+])adwa[a-z0-9+/]{6,}-]=],
    "UTF-7 encoded markup (+ADw-script+AD4-)")
rule(141230, "xss", 5,
    [=[(?:(?<![\x80-\xff])\xbc|\xc2\xbc)/?[a-z][^\xbe>]{0,200}?(?:(?<![\x80-\xff])\xbe|\xc2\xbe|>)|<[a-z/!][^\xbe<>]{0,200}?(?<![\x80-\xff])\xbe]=],
    "US-ASCII quarter-sign tag (¼script¾)")
-- Script gadgets: attributes a page's front-end library turns into requests or code (htmx, Alpine, Vue,
-- AngularJS), on injected markup
rule(141210, "xss", 5,
    [=[<\s*[a-z][\w-]*\b[^<>]*?\s(?:hx-(?:get|post|put|patch|delete|on(?::[\w:-]+)?|vals|include)|x-(?:html|init|data|on:[\w.-]+|bind:[\w-]+)|v-(?:html|on:[\w.-]+|bind:[\w-]+)|ng-(?:init|click|include|bind-html|focus|mouseover)|@[a-z][\w.-]*|:(?:href|src|srcdoc|innerhtml))\s*=|\{\{\s*(?:\$(?:id|data|el|root|parent|eval|on|emit|watch|refs|attrs|options|children|event)|_[cvsehn])\s*(?:\}\}|[.(\[])]=],
    "front-end library attribute on injected markup (htmx, Alpine, Vue, AngularJS), or a client template reading"
        .. " the framework's own scope ({{$id}}, {{_c}})")

-- A page's handler or sink assigned from script: window.onload=alert after a breakout, a sink named by
-- bracket (['innerHTML']=), or a value that is only an attribute loading a script from another host
rule(141280, "xss", 5,
    [=[\b(?:window|document|self|top|body|parent)\s*\.\s*on[a-z]{3,}\s*=\s*(?:alert|prompt|confirm|eval|function\b|\()|\[\s*['"`](?:innerhtml|outerhtml|srcdoc|location|cookie|href|src)['"`]\s*\]\s*=(?!=)|^\s*(?:src|href|action|formaction|data)\s*=\s*['"]?\s*//[a-z0-9-]+(?:\.[a-z0-9-]+)+/]=],
    "a handler or sink assigned from script, or an attribute loading from another host as the whole value")

return rules
