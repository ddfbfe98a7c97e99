-- Our WAF rules: remote fetches: SSRF, RFI (131xxx). What a rule holds: edge.waf.rules.
local rules, rule = require("edge.waf.rules.define").list()

-- A value that is a URL (the whole value: prose that mentions one is not a fetch) to this host, a private
-- or link-local network, a cloud metadata or cluster-internal name (Kubernetes' *.svc; a web URL to a name
-- without a dot, "http://intranet/", which only a local resolver answers), a wildcard-DNS name that resolves
-- to the address it spells, or an address spelled as one number (decimal, hex, octal) or with parts merged.
-- (A SPIFFE ID, spiffe://cluster.local/ns/x/sa/y in Envoy's X-Forwarded-Client-Cert, names a workload: nothing
-- fetches it.)
local INTERNAL_HOST = [=[(?:localhost|[\w.-]+\.localhost|0|0\.0\.0\.0|127(?:\.\d{1,8}){1,3}|0x[0-9a-f]{1,8}(?:\.(?:0x)?[0-9a-f]{1,8}){0,3}|0[0-7]{1,11}(?:\.0*[0-7]{1,4}){0,3}|\d{8,10}|(?=[\d.]*\b(?:25[6-9]|2[6-9]\d|[3-9]\d\d|\d{4,})\b)\d{1,5}(?:\.\d{1,5}){3}|10(?:\.\d{1,8}){1,3}|192\.168(?:\.\d{1,5}){1,2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,5}){1,2}|169\.254(?:\.\d{1,5}){1,2}|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])(?:\.\d{1,5}){1,2}|metadata|instance-data|kubernetes\.default(?:\.svc)?|[\w.-]+\.(?:internal|local|localdomain|consul|intranet|home\.arpa|svc|svc\.cluster\.local|cluster\.local)|(?<=http://|https://|ftp://|@)[a-z][a-z0-9_-]{0,62}(?=[:/?#\\]|$)|(?:[\w-]+\.)*(?:localtest\.me|lvh\.me)|(?:[\w-]+\.)+(?:nip\.io|xip\.io|sslip\.io|rbndr\.us|1u\.ms)|\[[0-9a-f:.]*(?:%[\w.-]+)?\])\.?]=]
-- (also a YAML document's key line holding one, GitLab CI's "include:\n  remote: http://127.0.0.1/...")
rule(131200, "ssrf", 5,
    [=[(?:^\s*|\n\s*-?\s*[\w-]+:\s+['"]?)(?!spiffe:)(?:[a-z][a-z0-9+.-]{0,15}:){0,2}//(?:[^/?#\s]*@|[^\s/@]*[#?\\][^\s/@]*@)?]=] .. INTERNAL_HOST .. [=[(?:[:/?#\\]|$)]=],
    "URL to an internal address", { targets = "not_links" })
-- A loopback host, port and path without a scheme, as an argument (what ProxyLogon's X-BEResource names; a Host
-- header is a host and port by right, and "localhost:8080" alone is as much a host typed into a tool as a probe)
rule(131240, "ssrf", 5, [=[^\s*(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]):\d{1,5}/]=],
    "loopback host, port and path without a scheme", { targets = "args" })
-- An IPv4 address spelled as no browser sends it (a hex or octal part, one 32-bit number, two or three parts):
-- URL parsers canonicalise these, so in a Referer or Origin, or anywhere, the spelling is an evasion
rule(131250, "ssrf", 5,
    [=[(?:^|[\s'"(=,])[a-z][a-z0-9+.-]{0,15}://(?:[^/?#\s@]*@)?(?:0x[0-9a-f]{1,8}(?:\.(?:0x)?[0-9a-f]{1,8}){0,3}|\d{8,10}|0[0-7]{4,11}|(?:\d{1,3}\.){0,3}0\d{1,3}(?:\.\d{1,8}){0,3}|\d{1,3}(?:\.\d{1,8}){1,2})(?:[:/?#\\]|$)]=],
    "URL to an IPv4 address in a spelling URL parsers rewrite (hex, octal, one number, short forms)")
-- (a metadata address with a word after it is a sentence about it: "169.254.169.254 needs a token now")
rule(131210, "ssrf", 5,
    [=[\b(?:169\.254\.169\.254|168\.63\.129\.16|169\.254\.170\.2|100\.100\.100\.200|192\.0\.0\.192)\b(?!\s+[a-z]{2,}\b)|\bmetadata\.google\.internal\b|\bmetadata\.tencentyun\.com\b|\bmetadata\.(?:platformequinix\.com|packet\.net)\b|\bfd00:ec2::254\b|/latest/(?:meta-data|user-data|api/token)\b|/computemetadata/v1\b|/metadata/(?:instance|identity)\b|(?:^|[\s"'=(<])(?:(?:gopher|dict|netdoc|tftp|sftp|iiop|jar)://|(?:ldaps?|rmi)://[^/\s"'?#]*/(?![a-z]{1,2}=)[^\s"']|(?:ldaps?|rmi|iiop|corba)://\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?/\S)|\bjar:(?:https?|file|ftp)://]=],
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
-- ("/?.php", "evil.tpl#.html"); a script with an emptied last parameter, an image passed a command
-- (a web shell uploaded as one: "x.jpg?cmd=id"), a script cut by
-- a trailing "&" (the suffix becomes a parameter); a value smuggling such a parameter
-- ("home&page=http://...", "src=http://.../x.php"); a script without a scheme or at a numeric address; a
-- remote URL set as a script's parameter ("index.php?page=http://..."); a paste or raw code host's script; a
-- host name as the user info before a numeric address ("https://jira.example@203.0.113.5/": the name is a decoy).
local SCRIPT = [=[\.(?:php\d?|phtml|phar|inc|txt|jsp|jspx|asp|aspx|cfml?|cgi|pl|sh|py|rb)]=]
-- (a scheme with one, three or no slashes too: "http:/host/x.txt" and "http:host" are the host to a URL parser
-- that follows the WHATWG standard, and pass a filter looking for "://"; a backslash is a slash to that parser
-- and to Windows, so "\\host/x.txt" and "/\host/x.txt" are a network path too)
local REMOTE = [=[^\s*(?:(?:https?|ftps?):/{0,4}|[/\\]{2})[a-z0-9\[][^\s?#]*?]=]
rule(131110, "rfi", 5,
    REMOTE .. [=[(?:[?#]/?|]=] .. SCRIPT .. [=[\?(?:[^\s#]*=|(?:[^\s#]*&)?(?:cmd|command|exec|execute|shell)=[^\s#]*))\s*$]=]
        .. "|" .. REMOTE .. [=[[?#][^\s=&#]*\.(?:php\d?|phtml|html?|inc|txt|jsp|aspx?)\s*$]=]
        .. [=[|^\s*[\w./-]*]=] .. SCRIPT .. [=[\?(?:[^\s#&]*&)*[\w.\[\]-]+=(?:https?|ftps?)://]=]
        .. "|" .. REMOTE .. SCRIPT .. [=[&\s*$|^\s*(?:[\w.-]*&)?[\w.\[\]-]+=(?:https?|ftps?)://\S*?(?:[?#]\s*$|]=] .. SCRIPT .. [=[\b)]=]
        .. "|" .. REMOTE .. [=[\.(?:jpe?g|png|gif|bmp|ico|webp)\?(?:[^\s#]*&)?(?:cmd|exec)=]=]
        .. [=[|^\s*https?://(?:pastebin\.com/raw|paste\.ee/r|hastebin\.com/raw)/[^\s?#]+\s*$]=]
        .. [=[|^\s*[a-z][\w+.-]*://[^/@\s:]+\.[a-z]{2,}@\d{1,3}(?:\.\d{1,3}){3}(?:[:/?#]|$)]=]
        .. [=[|^\s*https?://(?:raw|gist)\.githubusercontent\.com/[^\s?#]*]=] .. SCRIPT .. [=[\s*$]=]
        .. [=[|^\s*(?:https?:(?=//(?:[^\s/?#@]*@)?(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])[:/]))?//[^\s?#]*]=]
        .. SCRIPT .. [=[\b]=],
    "remote URL with an emptied query, or to a script where a page link would not be", { targets = "args" })
-- Markup that makes the server fetch and run a remote document: an XSLT import or include, JSTL's c:import, a JSP
-- include; ImageMagick's url:, msl: and ephemeral: coders (an image name or a field its convert reads)
rule(131260, "rfi", 5,
    [=[<\s*(?:xsl:(?:import|include)\s[^>]*?\bhref|c:import\s[^>]*?\burl|jsp:include\s[^>]*?\bpage)\s*=\s*['"]?\s*(?:(?:https?|ftps?):)?//|^\s*url:(?:https?|ftps?)://|(?:^|[\s'"(])(?:msl|ephemeral):[^\s'"]]=],
    "markup or an image coder that makes the server fetch a remote document (XSLT import, c:import, url:)")
-- A URL to an IPv4 address as the whole value, in a cookie, a parameter's name or a body no form encoder wrote
-- too: CRS 931100 reads arguments' values only
rule(131150, "rfi", 5, [=[^\s*(?:https?|ftps?|file)://(?:[^/?#\s@]*@)?\d{1,3}(?:\.\d{1,3}){3}(?:[:/?#]|$)]=],
    "URL to an IPv4 address", { targets = "args" })
-- A remote URL whose query ends in an empty parameter ("...?tz="): what the application appends (".php",
-- "/index.inc") becomes that parameter's value, CRS 931120's trailing "?" one step on; a link field may end so
-- ("?ref="): gateway.yaml spares link-named fields this rule
rule(131160, "rfi", 5, REMOTE .. [=[\?(?:[^\s#]*&)?[^\s=&#]+=\s*$]=], "remote URL ending in an empty parameter",
    { targets = "args" })
-- A bare remote .txt or .inc: an include's source (the attacker's server must not run it), alone or passed on as
-- another URL's parameter (an open redirect's "?to="). A link field may name one (an RFC's text): gateway.yaml
-- spares link-named fields this rule.
rule(131130, "rfi", 5, REMOTE .. [=[(?:[?&][\w.-]+=(?:https?|ftps?):/{0,4}[^\s?#]+)?\.(?:txt|inc)\s*$]=],
    "bare remote include source", { targets = "args" })
-- Also in headers: URL shapes no Referer or Origin carries (a backslash after the scheme, FTP to a script,
-- a text or include file with an emptied query or fragment, a script with a key-less query, a fragment or
-- a second extension: what a NUL cut leaves once decode.normalize drops the NUL; a script over FTP, SMB, NFS,
-- AFP or WebDAV, the file shares an include or a UNC-style path mounts, any share at a numeric address).
rule(131120, "rfi", 5,
    [=[^\s*(?:https?|ftps?):/*\\|^\s*(?:ftps?|smb|cifs|nfs|afp|davs?|webdavs?)://[^\s?#]*]=] .. SCRIPT .. [=[\b|^\s*(?:smb|cifs)://[^/\s]+/(?:ipc|admin|[a-z])\$|^\s*(?:smb|cifs|nfs|afp)://(?:[^/@\s]*@)?\d{1,3}(?:\.\d{1,3}){3}(?:[:/]|$)|^\s*\\\\(?:\?\\unc\\)?[^\\\s]+\\[^\s]*]=] .. SCRIPT .. [=[\s*$|^\s*\\\\(?:\?\\unc\\)?\d{1,3}(?:\.\d{1,3}){1,3}\\|]=] .. REMOTE
        .. [=[(?:\.(?:txt|inc|phar)(?:[?#][^\s=&]*|\?[^\s#]*[=&])|]=] .. SCRIPT
        .. [=[(?:#|\?[^\s=&#]+|\.(?!php\s*$)[a-z0-9]{2,5}))\s*$]=],
    "remote URL to a script cut by a fragment, a key-less query or a second extension; a file share's; a"
        .. " backslashed scheme")

return rules
