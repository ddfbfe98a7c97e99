-- Our WAF rules: PHP injection (133xxx). What a rule holds: edge.waf.rules.
local rules, rule = require("edge.waf.rules.define").list()

-- (132120 above catches the plain calls, open tags, wrappers and superglobals.)
-- A function name PHP would call although it is built at run time: glued strings, chr() chains, an
-- escaped string, a quoted name, a decoder's result, a name with comments before its parenthesis, or a
-- variable assigned first and then called.
local PHP_SINKS = [=[(?:system|exec|shell_exec|passthru|popen|proc_open|pcntl_exec|assert|eval|create_function|phpinfo|show_source|highlight_file|readfile|file_get_contents|file_put_contents|include|require)]=]
rule(133100, "php", 5,
    [=[(?:(?:['"]\w*['"]|\bchr\s*\(\s*\d+\s*\))\s*\.\s*)+(?:['"]\w*['"]|\bchr\s*\(\s*\d+\s*\))\s*(?:\)|\]\s*\[\s*\d+\s*\])?\s*\(|['"]]=] .. PHP_SINKS .. [=[['"]\s*(?:\)|\]\s*\[\s*\d+\s*\])?\s*(?:/\*.*?\*/\s*)*\(|\(\s*\\?]=] .. PHP_SINKS .. [=[\s*\)(?:\s*/\*.*?\*/)*(?:\(|\s+\(\s*['"$)])|\bchr\s*\(\s*\d+\s*\)\s*\.\s*chr\s*\(|\(\s*~\s*['"]?[^()'"\s]{2,40}['"]?\s*\)\s*\(|\(\s*(?:'[^']{1,40}'|"[^"]{1,40}")\s*[\^|&]\s*(?:'[^']{1,40}'|"[^"]{1,40}")\s*\)\s*\(|\(?\s*['"](?:\\x[0-9a-f]{2}|\\[0-7]{3}){2,}['"]\s*\)?\s*\(|"(?:[a-z_]*(?:\\x[0-9a-f]{2}|\\[0-7]{3})[a-z_]*)+"\s*\(|\b__halt_compiler\s*\(\s*\)|\b(?:base64_decode|str_rot13|strrev|gzinflate|gzuncompress|gzdecode|hex2bin|urldecode|rawurldecode|convert_uudecode|implode|join|str_i?replace|substr|strtolower|strtoupper|ucfirst|trim|v?sprintf|strtr|pack)\s*\((?:[^()]|\([^()]*\))*\)\s*\)?\s*\(|\b]=] .. PHP_SINKS .. [=[\s*(?:/\*.*?\*/\s*|#[^\n]*\n\s*)+\(|\$(\w+)\s*=[^;]{1,200};.{0,200}?\$\1(?:\s*\[[^\]]*\])*\s*\(|\$\$+\w+\s*\(|\$_+\s*[.^|&]?=[^;]{1,100};\s*\$_+\s*(?:\[[^\]]*\]\s*)?[.^|&]?=]=],
    "PHP function name built at run time")
rule(133110, "php", 5,
    [=[\b(?:die|exit|print|echo|print_r|var_dump)\s*\(?\s*(?:md5|sha1|crc32|strrev|str_rot13|base64_encode|hash)\s*\(|\bfilter_(?:var|input)\w*\s*\([^;]{0,120}?\bfilter_callback\b|^\s*/[^/\s]*[.*+?\[\]()^$\\][^/]*/[imsxuadsxj]*e[imsxuadsxj]*\s*$|\b(?:call_user_func(?:_array)?|array_map|array_filter|array_walk(?:_recursive)?|array_reduce|u[ak]?sort|register_shutdown_function|register_tick_function|forward_static_call(?:_array)?|iterator_apply|preg_replace_callback(?:_array)?|mb_ereg_replace_callback|array_u(?:diff|intersect)\w*|array_(?:diff|intersect)_u\w+|header_register_callback|reflectionfunction|closure::fromcallable|ob_start|set_error_handler|set_exception_handler|spl_autoload_register|add_(?:filter|action|shortcode))\s*\((?:[^()]|\([^()]{0,80}\)){0,200}?(?:['"]]=] .. PHP_SINKS .. [=[['"]|['"]\w+['"]\s*\.\s*['"]\w+['"])|\b(?:show_source|highlight_file|readfile|imap_open|import_request_variables|i5_command|virtual|dir|opendir|scandir|chmod|chown|chgrp|mkdir|rmdir|fopen|symlink|fpassthru|tempnam|parse_ini_file|ini_get|ini_set|ini_alter|ini_restore|unlink|putenv|mail|var_dump|var_export|print_r|unserialize|extract|parse_str|move_uploaded_file|gzuncompress|gzinflate|gzdecode|str_rot13|base64_decode|hex2bin|convert_uudecode)\s*\(\s*(?:['"$]|\w+\s*\(|__[a-z]+__)|\$\{\s*_(?:get|post|request|cookie|server|files|env|session)\s*\}|\[\s*#(?:post_render|pre_render|lazy_builder|access_callback)\s*\]|\\think\\+(?:app|container|request)\b|\binvokefunction\b|\b_method=__construct\b|\bfilter\[\]=(?:system|assert|exec|passthru|shell_exec|eval)\b|\bzerodium\w*\s*\(|\$(?:globals|_session|http_raw_post_data|http_response_header|http_(?:get|post|cookie|server|env|post_files)_vars)\b|(?:^|[;{}\s])\$[a-z_]\w*\s*(?:[\[{][^\]}]{0,20}[\]}]\s*){0,3}(?:/\*[^*]{0,40}\*/\s*)*\(\s*(?:['"$]|\)\s*;?\s*$)|\bmb_ereg_replace\s*\((?:\s*(?:'[^']*'|"[^"]*"|\$\w+(?:\[[^\]]*\])*)\s*,){3}\s*['"][a-z]*e[a-z]*['"]\s*\)|->\s*\$[a-z_]\w*\s*\(|\bcurl_exec\s*\(\s*\$|\b(?:getallheaders|apache_request_headers|get_defined_vars)\s*\(\s*\)\s*\[|\b(?:ini_get_all|get_cfg_var|get_current_user|getmyuid|php_ini_loaded_file|php_ini_scanned_files|get_loaded_extensions|get_defined_functions|get_defined_constants)\s*\(|\bposix_[a-z]+\s*\(|\b(?:set_time_limit|ignore_user_abort)\s*\(\s*(?:0|1|true)\s*\)\s*;|\bdl\s*\(\s*['"$][^)]{0,100}\.(?:so|dll)\b|\bffi\s*::\s*(?:cdef|load|scope)\s*\(|\b(?:pcntl_(?:fork|signal|alarm)|apache_setenv|apache_child_terminate|stream_socket_(?:client|server)|socket_(?:create|connect|bind)|p?fsockopen)\s*\(|\bfile\s*\(\s*['"](?:https?|ftp|php|data|phar|expect)://|\bnew\s+(?:recursivedirectoryiterator|directoryiterator|filesystemiterator|globiterator|splfileobject|splfileinfo)\s*\(\s*['"$]|\b(?:include|require)(?:_once)?\s*\(?\s*['"][^'"]*['"]\s*\.\s*\$|\b(?:copy|rename|symlink|link|fopen|error_log|file_put_contents|move_uploaded_file|chmod|chown|touch)\s*\([^)]{0,200}?\.(?:php\d?|phtml|phar|inc)['"]|\bnew\s+reflection\w*\s*\([^)]{0,100}\)\s*\)?\s*->\s*(?:newinstance\w*|invoke\w*|getmethod|getproperty|setaccessible)]=],
    "PHP callback to a command function, a PHP function on attacker data, request input, native code, reflection")
-- (and a session's own format, name|serialized value: "authUser|s:5:\"admin\";", what a session poisoning writes)
rule(133120, "php", 5,
    [=[(?:^|[;{}\s=|"/])[oc]\s*:\s*\+?\d+\s*:\s*\\?"[\w\\]+\\?"\s*:\s*\+?\d+\s*:\s*\{|(?:^|[;{}\s=|])a\s*:\s*\+?\d+\s*:\s*\{\s*[is]\s*:\s*\d+\s*[:;]|(?:^|[;{}\s=|"/])e\s*:\s*\+?\d+\s*:\s*\\?"[a-z_\\][\w\\]*:[a-z_]\w*\\?"\s*;|^\s*(?:b:[01]|i:-?\d+|d:-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|n|a:0:\{\})\s*;?\s*$(?<=;|\})|(?:^|[;}])\s*[a-z_][\w-]*\|(?:s:\d+:"|[ib]:-?\d+;|a:\d+:\{|[oc]:\d+:")]=],
    "serialized PHP object or array")
-- A callable PHP invokes without naming a function: an array of an object or class and a method name
-- (['Runner','exec'](), array('Closure','fromCallable')('system')), a method named by a variable
-- ($o->{$m}(), Cls::$m()), an element of a variable variable (${$x}['f']()), a name concatenated from variables
-- (($a.$b)(), ($a[0].$a[1])()), or a variable set to a command function's name for such a call ($cb = 'proc_open';,
-- not 'system' or 'exec': a theme's or a mode's values),
-- or set to any command function's name and called right after ($f='system';$f('id'), whatever script names $f)
rule(133180, "php", 5,
    [=[(?:^|[^\w\]])(?:\[|\barray\s*\()\s*(?:\$[a-z_]\w*|new\s+\\?[a-z_][\w\\]*\s*(?:\(\s*\))?|['"]\\?[a-z_][\w\\]*['"]|\\?[a-z_][\w\\]*::class)\s*,\s*['"][a-z_]\w*['"]\s*[\])]\s*\(|->\s*\{\s*\$[a-z_]\w*\s*\}\s*\(|\$\{\s*\$[a-z_]\w*\s*\}\s*\[[^\]]{1,40}\]\s*\(|::\s*\$[a-z_]\w*\s*\(|\(\s*\$[a-z_]\w*(?:\[[^\]]{0,20}\])?\s*\.\s*\$[a-z_]\w*(?:\[[^\]]{0,20}\])?\s*\)\s*\(|\$[a-z_]\w*\s*=\s*(['"])\\?(?:shell_exec|passthru|popen|proc_open|pcntl_exec|create_function|phpinfo|show_source|highlight_file|call_user_func(?:_array)?)\1\s*;|\$([^\s=;$'"(){}]+)\s*=\s*['"]\\?(?:system|exec|passthru|shell_exec|popen|proc_open|assert|eval)['"]\s*;\s*\$\2\s*\(]=],
    "PHP callable array, dynamic method or concatenated name invoked, a variable set to a command function's name")
-- A high-risk PHP function's name as the whole value (a scanner's probe for a callback or eval parameter),
-- quoted, namespaced ("\exec") or as a nested "x=name": names no one types as a search or a name (not
-- "system", "exec", "assert", "symlink", "mail": words and theme values); a magic method's name (ThinkPHP's
-- _method=__construct)
rule(133150, "php", 5,
    [=[^\s*(?:\w{1,20}=)?['"]?\\?(?:__(?:construct|destruct|wakeup|unserialize|tostring|invoke|call|callstatic|get|set)|shell_exec|passthru|putenv|proc_(?:open|close|terminate|nice|get_status)|pcntl_[a-z_]+|popen|phpinfo|php_uname|php_ini_(?:loaded|scanned)_files?|create_function|call_user_func(?:_array)?|forward_static_call(?:_array)?|assert_options|posix_[a-z]+|move_uploaded_file|str_rot13|gzinflate|gzuncompress|gzdecode|convert_uudecode|base64_decode|file_get_contents|file_put_contents|p?fsockopen|show_source|highlight_file|get_defined_(?:vars|functions|constants)|get_loaded_extensions|ini_(?:set|get|get_all|alter|restore)|get_cfg_var|get_current_user|getmyuid|parse_ini_(?:file|string)|parse_str|curl_(?:exec|multi_exec|init)|escapeshell(?:cmd|arg)|stream_socket_(?:client|server)|register_(?:shutdown|tick)_function|preg_replace(?:_callback)?|apache_(?:setenv|getenv|child_terminate|note)|mb_send_mail|imap_open|opcache_(?:get_status|get_configuration|compile_file|reset|invalidate)|reflectionfunction|set_(?:error|exception)_handler|iterator_apply|array_(?:map|filter|walk)|u[ak]?sort|ob_start)['"]?\s*(?:\(\s*\))?\s*;?\s*$]=],
    "high-risk PHP function name as the whole value")
-- A PHP superglobal written as a parameter's name with a key (GLOBALS[_SERVER][REMOTE_ADDR]=, _SESSION[role]=, and
-- PHP 4's long names, HTTP_POST_VARS[isadmin]=):
-- what register_globals and extract() turn into an overwrite of the server's, session's or environment's values
rule(133190, "php", 5,
    [=[^\s*(?:globals|_(?:server|session|cookie|env|get|post|request|files)|http_(?:get|post|cookie|server|env|session|post_files)_vars)\s*\[[^\]]*\]]=],
    "a PHP superglobal's key as a parameter's name")
-- php.ini / .htaccess / php-fpm pool directives (php_admin_value[...]) that change what PHP runs or may fetch
-- (prepended files, remote includes, PHP handlers for other extensions, a script's encoding, where and how
-- sessions are written and kept: the session-upload-progress include race), and php-cgi's "-s" (a query string
-- without "=" is its command line: the script's source; CVE-2024-4577's byte 0xAD is a hyphen to Windows): an
-- application writing them to a config file is taken; so is a WordPress constant that lifts the admin's upload
-- and editing guards (ALLOW_UNFILTERED_UPLOADS, DISALLOW_FILE_EDIT), and phar.readonly switched off
rule(133130, "php", 5,
    [=[\bphp_(?:admin_)?(?:value|flag)(?:\s+|\s*\[\s*)(?:auto_(?:prepend|append)_file|allow_url_\w+|engine|open_basedir|disable_functions|include_path|short_open_tag|zend_extension|extension|sendmail_path|error_log|file_uploads|zend\.(?:multibyte|script_encoding|detect_unicode))\b|\b(?:auto_(?:prepend|append)_file|allow_url_(?:include|fopen)|open_basedir|disable_functions|register_globals|safe_mode|enable_dl|phar\.readonly)\s*(?:=|\s(?:(?:on|off|\d)\b(?!\s+[a-z])|/))|\bdefine\s*\(\s*['"](?:allow_unfiltered_uploads|disallow_(?:file_edit|file_mods|unfiltered_html)|force_ssl_admin)['"]\s*,|\b(?:sendmail_path|include_path|extension_dir|upload_tmp_dir|user_ini\.filename|session\.(?:upload_progress\.\w+|save_path|serialize_handler))\s*(?:=|\s+["']?[/.])|\b(?:zend_)?extension\s*=\s*[\"']?(?:[a-z]:)?[\\/][^\s;\"']*\.(?:so|dll)\b|\b(?:addtype|addhandler|sethandler|forcetype)\s+(?:application/x-httpd-php\w*|application/x-httpd-cgi|php\d?-script|cgi-script|server-parsed)|<\s*files(?:match)?\s[^>]*>|\bset_include_path\s*\(|\bsuhosin\.[\w.]+\s*=|^\s*(?:auto_(?:prepend|append)_file|allow_url_include|open_basedir|disable_(?:functions|classes)|enable_dl)\s*$|^[-\xad]s\s*$]=],
    "PHP or Apache directive that changes what PHP runs")
-- a file name made to run as PHP: a second extension after .php, a ";", "#" or NTFS stream cut, trailing dots
-- (Windows drops them), PHP's rarer extensions, "php" or ".php" doubled into itself for a filter that strips it
-- once (".pphphp", ".p.phphp"), an upload's path with "/x.php" after it (a PATH_INFO handler runs the image as
-- PHP), or a Content-Disposition file name smuggled into a value
rule(133140, "php", 5,
    [=[[\w-]\.(?:php\d?|phtml?|phar|pht|phps)(?:(?:#[^\s/\\#?]*)?\.(?!php|txt\s*$)(?=\d{0,4}[a-z])[a-z0-9]{1,5}|;[^\s/\\]+|::\$data)\s*$|^[\w.-]*\.(?:jpe?g|png|gif|bmp|webp|ico|pdf|txt)\.(?:php\d?|phtml|phar)\s*$|^[\w./\\-]*\.(?:phtml?|phar|pht|phps|php[3-8]|pphphp|phphpp|phpphp|p\.phphp|ph\.phpp|\.phpphp)\s*$|^[\w./\\-]*\.(?:php\d?|phtml?|phar)\.+\s*$|\.(?:jpe?g|png|gif|bmp|webp|ico|txt|pdf|css|js)/[\w.-]*\.(?:php\d?|phtml)\s*$|\bfilename\s*=\s*["']?[^"';]*\.(?:php\d?|phtml|phar|jsp|aspx?|cgi)\b]=],
    "file name that runs as PHP")

-- A scanner's evaluation probe, as the whole value: an output statement of a literal or arithmetic ended by
-- ";" (PHP's echo/print, after a value it closes), a string broken open to concatenate an expression or a call
-- (".(7*7)." / ".sleep(5)."), or any language's output call of a product of two integers (print(7331*1337))
rule(133160, "php", 5,
    [=[^\s*(?:[\w'"]{1,20}\s*;\s*)?(?:echo|print|printf|var_dump|print_r|var_export|die|exit)\b\s*\(?\s*(?:'[^']{0,60}'|"[^"]{0,60}"|[\d\s*+/().-]+|\$\w+)(?:\s*,\s*[^;]{0,60})?\s*\)?\s*;\s*$|^\s*['"]\s*\.\s*(?:\(\s*[\d\s*+/-]+\)|[a-z_]\w*\s*\([^'"()]{0,40}\))\s*\.\s*['"]\s*$|\b(?:print|echo|printf|var_dump|print_r|puts|alert|string|str|eval|console\s*\.\s*log|res\s*\.\s*(?:end|send|write)|document\s*\.\s*write|println)\s*\(\s*(?:string\s*\(\s*)?\d{2,}\s*\*\s*\d{2,}\s*\)|^\s*usleep\s*\(\s*\d+(?:e\d+)?\s*\)\s*;?\s*$]=],
    "a code evaluation probe: a literal echoed, a string broken open for an expression, a product printed")

return rules
