-- Our WAF rules: scanners (113xxx). What a rule holds: edge.waf.rules.
local rules, rule = require("edge.waf.rules.define").list()

rule(113100, "scanner", 5,
    [=[\b(?:sqlmap|nikto|nmap|masscan|acunetix|netsparker|w3af|dirbuster|gobuster|dirb|wfuzz|ffuf|nuclei|zgrab|havij|openvas|nessus|jaeles|arachni|skipfish|owasp zap|zaproxy|burpsuite|burp collaborator|wpscan|joomscan|whatweb|fimap|commix|xsser|hydra|paros|webinspect|appscan|morfeus|zmeu|jorgee|libwhisker|grabber|dotdotpwn|bsqlbf|sqlninja|pangolin|vega/|qualys|nmap scripting engine)\b]=],
    "security scanner user agent", { targets = "ua" })

return rules
