"""Benign traffic of a cloud hosting provider's SRE and platform team using Jeeves, on every route of the edge.

The company (Corvid Cloud: VMs on "nests" (hypervisors), the Murmur load balancer, Perch object storage on Ceph,
Talon managed Kubernetes; regions fra1, ams3, iad2, sjc1, sgp1, syd1) runs Slack as an Enterprise Grid of several
workspaces. Its on-call engineers ask Jeeves for the weather before a truck roll, remember the data-centre town
they are working from, move their alert time around their shifts, and mention the bot in incident channels with
whatever else they were typing: shell one-liners, kubectl and helm, YAML and JSON, PromQL and regexes, log lines
with paths and IPs, cron expressions, Terraform, incident timelines and runbook links. Their scripts, CI and
Grafana read the data API with bearer tokens; admins search users and flip switches in the panel; people use
`/me/` from their browsers, Sign in with Slack, TokenDealer's endpoints; probes hit health and metadata.

Only what the product's code defines is sent: the routes and fields read in app/ (routes/api.py, routes/slack.py,
services/interactions.py and events.py, admin/views/, account/), tokendealer/routes/ and README.md. Slack only
delivers what the app subscribes to (app_mention, message.im, app_home_opened) and only block_actions reach
/slack/interactions (the buttons set_location, forget_me_confirm, forget_me_cancel), so no reaction events and no
modal submissions are sent. The texts were written for this set and not changed after measuring.

Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the records.

Its Slack app core (timestamps, the Events API envelope, access tokens, TokenDealer's grant fields, trigger_id and
response_url) comes from evaluator_routes.SlackApp, its web pieces (multipart_form, signed_in, me_exit_form,
oidc_code, link_expander) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import no_attacks, slack_escape

NAME = "evaluation_thirtythird"
SEED = 3303_2024_11_14
EPOCH = 1731571200  # 2024-11-14 08:00 UTC, a Thursday
BASE = "https://jeeves.corvid.cloud"
ENTERPRISE = "E0CORVID01"
TEAMS = [("T01CVSRE00", "corvid-sre"), ("T02CVPLAT0", "corvid-platform"), ("T03CVNET00", "corvid-netops"),
         ("T04CVSUPP0", "corvid-support"), ("T05CVDCOP0", "corvid-dcops"), ("T06CVCORP0", "corvid"),
         ("T07CVSEC00", "corvid-security")]
APP_ID, BOT_USER, BOT_ID = "A07JEEVES2", "U07JEEVES0", "B07JEEVES1"
SLACK_TOKEN = "q8Xv2LmR0sTnWc4YzKp1HbJd"  # the deprecated verification token field: a placeholder

PEOPLE_NAMES = [
    "Siobhán O'Neill", "Jean-Luc Ferrand", "Anne-Marie Dubois-Lefèvre", "Mateus d'Almeida", "D'Arcy McAllister",
    "Nguyễn Thị Hương", "Zhang Wei", "张伟", "Kwame Mensah-Bonsu", "Ólafur Sigurðsson", "Łukasz Wójcik",
    "Ayşe Yıldız", "Dmytro Shevchenko", "Олена Коваленко", "佐藤 健", "김민준", "Αλέξανδρος Παπαδόπουλος",
    "Rahul Deshpande", "Aditi Rao", "Fionnuala Ní Bhriain", "Tāne Te Whare", "José María García-Pérez",
    "Ngozi Okonkwo-Adeyemi", "Ian O'Connor-Smythe", "Marie-Ève Tremblay", "Lindiwe Dlamini", "Yusuf Al-Khatib",
    "عمر الفاروق", "שירה כהן", "Søren Kjærgaard", "Zoë van der Merwe", "Priya Natarajan", "Tomasz Zieliński",
    "Hannah Schäfer", "Björn Åkesson", "Camille Lefebvre", "Diego Hernández", "Wiremu Ngata", "Chloé Martin",
    "Mikko Mäkinen", "Pooja Iyer-Shah", "Carlos 'Charlie' Méndez", "Seán Ó Briain", "Jörg Müller-Lüdenscheidt",
    "Ewa Kowalczyk", "Thabo Nkosi", "Ines Bouchard", "Kenji Watanabe", "Ana Lúcia Ferreira", "Mai Linh Trần",
    "Oluwaseun Adebayo", "Raphaël St-Pierre", "Yaw Boateng", "Anjali Kulkarni", "Gráinne MacNamara",
    "Mohammed bin Rashid Al-Sayed", "Ji-woo Park", "Hiroko Ōtsuka", "Lars-Erik Lindqvist", "Nikolaj Østergaard",
]
HANDLES = {"张伟": "zhang wei", "Олена Коваленко": "olena kovalenko", "佐藤 健": "ken sato", "김민준": "minjun kim",
           "Αλέξανδρος Παπαδόπουλος": "alexandros papadopoulos", "عمر الفاروق": "omar alfarouq",
           "שירה כהן": "shira cohen"}
TIMEZONES = ["Europe/Dublin", "Europe/London", "Europe/Amsterdam", "Europe/Berlin", "Europe/Warsaw", "Europe/Kyiv",
             "Europe/Helsinki", "Europe/Lisbon", "Europe/Madrid", "Europe/Stockholm", "Europe/Istanbul",
             "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Toronto",
             "America/Sao_Paulo", "America/Mexico_City", "America/Argentina/Buenos_Aires", "Asia/Tokyo",
             "Asia/Seoul", "Asia/Singapore", "Asia/Kolkata", "Asia/Ho_Chi_Minh", "Asia/Jerusalem", "Asia/Dubai",
             "Africa/Lagos", "Africa/Johannesburg", "Africa/Nairobi", "Australia/Sydney", "Pacific/Auckland",
             "UTC", "Etc/UTC", "America/St_Johns", "Asia/Kathmandu", "Australia/Adelaide"]
CHANNELS = [("C01SREONCL", "sre-oncall"), ("C02INC4821", "inc-4821-fra1-perch-osd-flap"),
            ("C03INC4829", "inc-4829-iad2-bgp-flap"), ("C04PLATENG", "platform-eng"), ("C05K8STALN", "k8s-talon"),
            ("C06NETOPS0", "netops"), ("C07DCAMS30", "dc-ams3"), ("C08DCFRA10", "dc-fra1"),
            ("C09CAPPLAN", "capacity-planning"), ("C10DEPLOYS", "deploys"), ("C11CHGMGMT", "change-mgmt"),
            ("C12OBSERV0", "observability"), ("C13DBRELIA", "db-reliability"), ("C14EDGELB0", "edge-murmur"),
            ("C15PERCH00", "storage-perch"), ("C16RANDOM0", "random"), ("C17DUBLIN0", "office-dublin"),
            ("C18AUSTIN0", "office-austin"), ("C19WATERCO", "watercooler"), ("C20SUPESC0", "support-escalations")]
PLACES = [
    "Frankfurt am Main", "Frankfurt", "frankfurt", "Amsterdam", "Ashburn, VA", "Ashburn", "San José",
    "San Jose, CA", "Singapore", "Sydney", "Dublin", "Austin, TX", "Toronto", "Montréal", "São Paulo", "Mumbai",
    "Bengaluru", "Tokyo", "東京", "大阪市", "Seoul", "서울", "Kraków", "Warszawa", "Berlin", "München", "Zürich",
    "Stockholm", "Helsinki", "Oslo", "Reykjavík", "Lagos", "Nairobi", "Johannesburg", "Cape Town", "Tel Aviv",
    "תל אביב", "Dubai", "دبي", "Kyiv", "Київ", "Chennai", "चेन्नई", "Hyderabad", "Ho Chi Minh City", "Hà Nội",
    "Auckland", "Wellington", "Ōtautahi Christchurch", "Portland, OR", "Seattle", "Reston, VA",
    "Council Bluffs, IA", "The Dalles, OR", "Slough", "Docklands, London", "Marseille", "Hillsboro, Oregon",
    "Dallas–Fort Worth", "Santiago de Querétaro", "Chicago", "Secaucus, NJ", "Coeur d'Alene", "Saint-Denis",
    "L'Haÿ-les-Roses", "'s-Hertogenbosch", "Zaandam", "Eemshaven", "Hamina", "Luleå", "Middenmeer",
    "Jurong West", "Kleyerstraße 90, 60326 Frankfurt am Main", "Hanauer Landstraße 320, Frankfurt",
    "21715 Filigree Ct, Ashburn, VA 20147", "Science Park 610, 1098 XH Amsterdam", "50.1109,8.6821",
    "52.3676, 4.9041", "39.0438° N, 77.4874° W", "1.3521,103.8198", "-33.8688,151.2093", "94089", "D02 XY45",
    "M5V 3L9", "EC1V 9HX", "60314", "1011 AB Amsterdam", "Newark, NJ", "Querétaro", "Santa Clara", "Sunnyvale",
    "St. John's", "O'Fallon, MO", "Winston-Salem", "Bad Homburg v.d. Höhe", "Rüsselsheim am Main",
    "Offenbach am Main", "Haarlemmermeer", "Schiphol-Rijk", "Loudoun County", "Sterling, VA", "Manassas",
]
DC_CODES = ["fra1", "ams3", "iad2", "sjc1", "sgp1", "syd1"]
PLACE_FOR_DC = {"fra1": "Frankfurt am Main", "ams3": "Amsterdam", "iad2": "Ashburn, VA", "sjc1": "San Jose, CA",
                "sgp1": "Singapore", "syd1": "Sydney"}

LINKS = [
    ("https://runbooks.corvid.cloud/hv/mce-evacuation", "MCE evacuation runbook"),
    ("https://runbooks.corvid.cloud/perch/osd-flapping#step-3", "OSD flapping, step 3"),
    ("https://runbooks.corvid.cloud/netops/bgp-session-down?region=iad2", "BGP session down"),
    ("https://grafana.int.corvid.cloud:3000/d/murmur-lb/murmur-lb?orgId=1&var-region=fra1&from=now-6h&to=now",
     "Murmur fra1"),
    ("https://grafana.int.corvid.cloud:3000/d/ceph-osd/perch-osd?var-osd=osd.112&from=1731568800000&to=now",
     "OSD 112"),
    ("https://github.com/corvid/nest/pull/2231", "nest#2231"),
    ("https://github.com/corvid/infra-live/pull/5120/files", "infra-live#5120"),
    ("https://github.com/corvid/talon-charts/compare/v1.31.4...v1.31.5", "diff"),
    ("https://corvid.atlassian.net/browse/OPS-3141", "OPS-3141"),
    ("https://corvid.atlassian.net/browse/CHG-1187?focusedCommentId=90211", "CHG-1187"),
    ("https://corvid.pagerduty.com/incidents/Q3K9X2ABCD1EF", "PD incident"),
    ("https://status.corvid.cloud/incidents/x7k2m9p4q1rt", "status page"),
    ("https://wiki.corvid.cloud/display/SRE/On-call+handover+2024-W46", "handover notes"),
    ("https://prometheus.fra1.int.corvid.cloud:9090/graph?g0.expr=up%7Bjob%3D%22node%22%7D%20%3D%3D%200", None),
    ("https://kibana.int.corvid.cloud:5601/app/discover#/?_g=(time:(from:now-1h,to:now))", "Kibana"),
    ("https://argocd.talon.int.corvid.cloud/applications/murmur-controller?resource=", "Argo CD"),
    ("https://docs.google.com/spreadsheets/d/1cVxQ2Rk9mA/edit#gid=0", "capacity sheet"),
    ("https://learn.microsoft.com/en-us/azure/virtual-machines/linux/tutorial-manage-vm", None),
    ("https://kubernetes.io/docs/tasks/run-application/configure-pdb/", "PDB docs"),
    ("https://www.peeringdb.com/ix/31", "DE-CIX on PeeringDB"),
    ("https://docs.ceph.com/en/reef/rados/troubleshooting/troubleshooting-osd/", None),
    ("https://www.met.ie/warnings/today", "Met Éireann warnings"),
    ("https://www.dwd.de/DE/wetter/warnungen_gemeinden/warnWetter_node.html", "DWD"),
    ("https://crontab.guru/#17_3_*_*_1-5", "crontab.guru"),
    ("https://regex101.com/r/Qx7b1P/2", "regex101"),
]
EMOJI = [":rotating_light:", ":fire_engine:", ":pagerduty:", ":k8s:", ":this-is-fine:", ":ack:", ":eyes:",
         ":white_check_mark:", ":thumbsup:", ":pray:", ":sweat_smile:", ":coffee:", ":umbrella:", ":snowflake:",
         ":sunny:", ":truck:", ":rocket:", ":party-parrot:", ":facepalm:", "🔥", "🚨", "✅", "🫠", "🙃", "☔",
         "🌧️", "❄️", "🙏", "👀", "🚚", "🧯", "☕", "🇩🇪", "🇳🇱", "🇺🇸", "🇸🇬", "🇦🇺", "🇮🇪"]

# ---- what people type ------------------------------------------------------------------------------------
# Placeholders: @@user@@ a colleague, @@bot@@ Jeeves, @@chan@@ a channel, @@here@@ <!here>, @@oncall@@ the
# on-call user group, @@place@@ a place, @@dc@@ a region code, @@tz@@ a time zone, @@time@@ an alert time,
# «url» or «url|label» a link. Slack's escaping and <...> markup are applied when a message is built.
COMMANDS = [
    "weather @@place@@", "weather @@place@@", "weather @@place@@", "weather", "Weather @@place@@",
    "weather in @@place@@", "weather @@place@@ pls", "weather @@dc@@", "weather @@place@@ tomorrow?",
    "wether @@place@@", "weather   @@place@@  ", "weather @@place@@ ☔?", "remember location @@place@@",
    "remember location @@place@@", "Remember location @@place@@", "remember location", "my location",
    "forget location", "help", "Help", "config", "config timezone @@tz@@", "config tz @@tz@@",
    "config alert_time @@time@@", "config time @@time@@", "config alert @@time@@", "config units imperial",
    "config units metric", "config unit Metric", "alerts on", "alerts off", "alerts", "Alerts ON", "login",
    "forget me", "hi", "hey jeeves 👋", "thanks!", "ty", "what can you do", "config alert_time 6:45",
    "config timezone CET", "config timezone Europe/Dublin ", "weather @@place@@ & @@place@@",
    "weather @@dc@@ (@@place@@)", "weather near the @@dc@@ DC", "remember location @@place@@ (office)",
    "config alert_time 05:30", "config alert_time 22:15", "alerts on please",
]
WRONG_BOT = [
    "kubectl get pods -n murmur", "oncall who", "incident declare sev2 fra1 perch osds flapping",
    "ack Q3K9X2ABCD1EF", "page @@oncall@@ api 5xx fra1", "deploy murmur-controller v2.41.0 to ams3",
    "runbook mce-evacuation", "status fra1", "silence CephOSDDown 2h", "whoami", "/jeeves weather @@place@@",
    "weather fra1 && weather ams3", "weather ams; weather fra", "grafana murmur p99",
    "handover", "remind me in 30 minutes to check the OSD backfill",
]
CHAT = [
    "morning :coffee:", "ty!", "thanks, that's handy", "lol it knows Eemshaven", "ok", "👍", "nvm",
    "sorry, wrong window :sweat_smile:", "is it always this wet in @@place@@ in November??",
    "note to self: `kubectl -n perch get cephcluster -o jsonpath='{.items[0].status.ceph.health}'`",
    "note to self: swap PSU B on hv-fra1-r12-07 (SN CZJ1234ABC), ticket «https://corvid.atlassian.net/browse/"
    "DCOPS-7731|DCOPS-7731»",
    "can you remind me what the weather was in @@place@@ yesterday? jk I know you can't",
    "@@bot@@ you're the only one who answers at 3am, thank you",
    "truck roll to @@dc@@ at 14:00 CET — need to know if I should bring the big umbrella ☔",
    "my alerts come at 07:30 UTC but I'm on the APAC shift this week, how do I move them?",
    "does `alerts on` use my remembered location or the one from /me/?",
    "fyi the link you sent me expired before I got out of the incident call, can I get another one",
    "Je suis à @@place@@ cette semaine pour la migration des baies, merci 🙏",
    "Ich bin diese Woche im RZ @@dc@@ (Kleyerstraße), Wetter bitte auf Deutsch? 😅",
    "今週は@@place@@のDCでラック入れ替えです。よろしくお願いします",
    "이번 주는 @@place@@ 데이터센터 출장입니다 ㅎㅎ",
    "Дякую! Завтра буду в @@place@@, там знову дощ",
    "Cảm ơn nhé, mai mình ra @@place@@ kiểm tra rack",
    "obrigado! amanhã estou em @@place@@ para a troca dos switches",
    "शुक्रिया, कल @@place@@ में हूँ", "谢谢，明天去@@place@@机房", "תודה! מחר אני ב@@place@@",
    "شكراً، غداً في @@place@@ لتبديل الأقراص",
]
SRE = [
    "@@here@@ :rotating_light: *INC-4821* fra1 Perch OSDs flapping after MCE on hv-fra1-r12-07. I'm IC, @@user@@ is"
    " comms, @@user@@ scribe. Bridge: «https://meet.corvid.cloud/inc-4821». Runbook: «https://runbooks.corvid.cloud"
    "/hv/mce-evacuation|MCE evacuation». @@bot@@ weather Frankfurt — @@user@@ may need to go on site",
    "@@bot@@ weather @@place@@ — truck roll to @@dc@@ at 14:00 CET to swap the PSU on hv-@@dc@@-r12-07, want to "
    "know if I need an umbrella",
    "hey @@bot@@ remember location Ashburn, VA? I'm on-site at IAD2 all week for the spine refresh",
    "```\n$ kubectl -n talon-system get pods -o wide | grep -v Running\nNAME                               READY   "
    "STATUS             RESTARTS      AGE   IP           NODE\ncilium-operator-6f7b9c8d4-kq2lm    0/1     "
    "CrashLoopBackOff   14 (2m ago)   48m   10.42.7.19   k8s-fra1-w-031\n```\n@@user@@ is this the same as last "
    "week's?",
    "rolling back: `helm rollback murmur-controller 41 -n edge --wait --timeout 10m` :this-is-fine:",
    "`helm upgrade --install ingress-nginx ingress-nginx/ingress-nginx -n ingress --version 4.11.3 -f values/fra1"
    ".yaml --atomic --timeout 10m` done, no diff on the LB side",
    "draining: `kubectl drain hv-ams3-r04-12 --ignore-daemonsets --delete-emptydir-data --grace-period=120`",
    "`kubectl get events -A --sort-by=.lastTimestamp | tail -n 40` shows a lot of `FailedMount` on perch-csi",
    "`kubectl -n perch exec -it deploy/rook-ceph-tools -- ceph osd df tree | sort -k17 -n | tail` — osd.112 at "
    "91.3% :fire:",
    "`kubectl logs -n kube-system -l k8s-app=kube-dns --since=15m | grep -ci servfail` → 4211 in 15 min, was ~30",
    "```yaml\napiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: murmur-lb\n  namespace: edge\n"
    "spec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: murmur-lb\n```\n"
    "this is why the drain hung, PDB allows 1 and 1 was already down",
    "```json\n{\"region\": \"fra1\", \"hv\": \"hv-fra1-r12-07\", \"vms\": 41, \"state\": \"evacuating\", "
    "\"started_at\": \"2024-11-14T07:52:10Z\", \"max_parallel\": 4}\n```",
    "the alert regex is `^hv-(fra1|ams3)-r\\d{2}-\\d{2}$` — it misses `hv-fra1-r7-03` (single-digit rack). fix in "
    "«https://github.com/corvid/nest/pull/2231|nest#2231»",
    "PromQL for the new SLO panel: `sum by (region) (rate(murmur_http_requests_total{code=~\"5..\"}[5m])) / sum by"
    " (region) (rate(murmur_http_requests_total[5m])) > 0.02`",
    "`Nov 14 07:41:02 hv-fra1-r12-07 kernel: [8812331.443120] mce: [Hardware Error]: CPU 23: Machine Check: 0 Bank"
    " 7: be00000000800400` — yeah that DIMM is toast",
    "```\n10.20.4.17 - - [14/Nov/2024:07:43:10 +0000] \"GET /v2/volumes?page=3&per_page=200 HTTP/1.1\" 502 166 \"-\""
    " \"corvidctl/3.14.2\" rt=30.001 uct=\"-\" urt=\"30.000\"\n10.20.4.17 - - [14/Nov/2024:07:43:12 +0000] \"POST "
    "/v2/droplets/actions HTTP/1.1\" 504 160 \"-\" \"terraform-provider-corvid/2.3.1\" rt=60.000\n```",
    "the cert renew job is `17 3 * * 1-5` (UTC), so 04:17 CET, not midnight like the runbook says "
    "«https://crontab.guru/#17_3_*_*_1-5|crontab.guru»",
    "`*/5 * * * * /usr/local/bin/ceph-health-push --region fra1 >/dev/null 2>&1` is still on the old mon host, "
    "who owns that crontab?",
    "```hcl\nresource \"corvid_lb\" \"api\" {\n  region = \"ams3\"\n  size   = \"lb-large\"\n  forwarding_rule {\n"
    "    entry_port      = 443\n    entry_protocol  = \"https\"\n    target_port     = 8443\n    target_protocol = "
    "\"http2\"\n  }\n  healthcheck {\n    path = \"/healthz\"\n    port = 8443\n  }\n}\n```",
    "`terraform plan -target=module.fra1_edge -out=/tmp/fra1.plan && terraform show -json /tmp/fra1.plan | jq '"
    ".resource_changes[] | select(.change.actions != [\"no-op\"]) | .address'`",
    "*INC-4821 timeline (UTC)*\n• 07:38 first `CephOSDDown` page for fra1-perch-osd-112\n• 07:41 MCE on "
    "hv-fra1-r12-07, 41 VMs affected\n• 07:52 evacuation started (`nestctl evacuate hv-fra1-r12-07 --live "
    "--max-parallel 4`)\n• 08:20 all VMs live-migrated, 3 fell back to cold migration\n• 08:31 resolved, "
    "monitoring\nRunbook: «https://runbooks.corvid.cloud/hv/mce-evacuation|MCE evacuation»",
    "`for h in $(cat hosts-fra1.txt); do ssh -o ConnectTimeout=5 \"$h\" 'uptime; df -h /var/lib/nest | tail -1';"
    " done`",
    "`journalctl -u kubelet --since '2024-11-14 07:30' --until '2024-11-14 08:00' -p warning --no-pager`",
    "`ss -tnp state established '( dport = :6443 )' | wc -l` on the apiserver LB is at 18k, limit is 20k :eyes:",
    "`tcpdump -ni bond0 'tcp port 179 and host 185.203.116.1' -w /tmp/bgp-iad2.pcap` running on edge-iad2-01",
    "`dig +short @10.0.0.53 api.fra1.corvid.cloud AAAA` returns nothing, v4 is fine — did someone touch the zone?",
    "`openssl s_client -connect api.ams3.corvid.cloud:443 -servername api.ams3.corvid.cloud </dev/null "
    "2>/dev/null | openssl x509 -noout -dates` → notAfter=Nov 21 23:59:59 2024 GMT, 7 days left",
    "`curl -sv --resolve api.fra1.corvid.cloud:443:185.203.116.40 https://api.fra1.corvid.cloud/v2/healthz` "
    "gives 200 from every LB node",
    "```\nSELECT region, count(*) FROM vm_instances\nWHERE state = 'migrating' AND updated_at < now() - interval "
    "'15 minutes'\nGROUP BY region ORDER BY 2 DESC;\n```\nfra1 | 3, everything else 0",
    "`show bgp ipv4 unicast summary` on edge-fra1-01: neighbor 80.81.192.1 (DE-CIX) `Idle (Admin)` since 07:12, "
    "who shut it? CHG-1187 says tomorrow",
    "Loki: `{app=\"murmur\", region=\"ams3\"} |= \"upstream timed out\" | json | line_format \"{{.upstream}} "
    "{{.status}}\"`",
    "```\npanic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation "
    "violation code=0x1 addr=0x18 pc=0x1a2b3c4]\n\ngoroutine 1184 [running]:\ngithub.com/corvid/nest/agent/migrat"
    "e.(*Job).finish(0x0)\n\t/src/agent/migrate/job.go:212 +0x24\ngithub.com/corvid/nest/agent/migrate.(*Runner)"
    ".Run(0xc000412000, {0x2c1e0a8, 0xc0003a6f00})\n\t/src/agent/migrate/runner.go:98 +0x3f1\n```",
    "```\nTraceback (most recent call last):\n  File \"/opt/capacity/report.py\", line 141, in <module>\n    "
    "main(sys.argv[1:])\n  File \"/opt/capacity/report.py\", line 77, in main\n    rows = fetch(args.region, "
    "since=args.since)\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.iad2.corvid.cloud', "
    "port=443): Read timed out. (read timeout=30)\n```",
    "`ansible-playbook -i inventories/fra1 site.yml --limit 'hv_fra1_r12:!hv-fra1-r12-07' --tags kernel -e "
    "kernel_version=6.1.0-27 --check --diff`",
    "```\n[Unit]\nDescription=Nest agent\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/local/bin/nest-a"
    "gent --config /etc/nest/agent.yaml\nRestart=on-failure\nRestartSec=5\nLimitNOFILE=1048576\n\n[Install]\n"
    "WantedBy=multi-user.target\n```",
    "```\nbackend api_fra1\n  balance leastconn\n  option httpchk GET /healthz\n  http-check expect status 200\n"
    "  server api1 10.20.4.11:8443 check inter 2s fall 3 rise 2\n  server api2 10.20.4.12:8443 check inter 2s "
    "fall 3 rise 2\n```",
    "`location /v2/ { proxy_pass http://api_upstream; proxy_read_timeout 30s; proxy_next_upstream error timeout; }`"
    " is why we retry POSTs, careful",
    "disk on /var/lib/docker at 93% on ci-runner-07: `du -sh /var/lib/containerd/* | sort -h | tail -5`, then "
    "`crictl rmi --prune`",
    "`sudo sysctl -w net.core.somaxconn=4096 && echo 'net.core.somaxconn = 4096' | sudo tee "
    "/etc/sysctl.d/90-somaxconn.conf`",
    "`git log --oneline v2024.11.3..v2024.11.4 -- charts/murmur/ | wc -l` → 17 commits, 2 touch the healthcheck",
    "`jq -r '.items[] | select(.status.phase != \"Running\") | .metadata.name' pods.json | sort | uniq -c`",
    "`awk '$9 >= 500 {c[$9]++} END {for (s in c) print s, c[s]}' /var/log/nginx/access.log` → 502: 1841, "
    "504: 77",
    "`sed -i 's/^#\\?MaxSessions.*/MaxSessions 50/' /etc/ssh/sshd_config && systemctl reload ssh` on the bastions",
    "`kubectl get pods -n ci --field-selector=status.phase=Failed -o name | xargs -r kubectl delete -n ci`",
    "`find /var/log/nest -name '*.log' -mtime +14 -delete` freed 212G on hv-sgp1-r02-11",
    "`nc -zv 10.20.4.11 8443` → succeeded; from the other AZ → timeout. MTU 9000 vs 1500 on the new uplink?",
    "customer (ticket #88213) in sgp1: \"Our VM has been unreachable since 06:10 UTC, we're losing money here!!\" "
    "— it's on hv-sgp1-r02-11, same rack as the PDU work",
    "SLO burn alert: 14.4x over 1h for `api-availability` (99.95%), error budget left 38% for November",
    "p99 on Murmur fra1 went 1.8s → 240ms after pinning `worker_connections 16384`, graph: "
    "«https://grafana.int.corvid.cloud:3000/d/murmur-lb/murmur-lb?orgId=1&var-region=fra1|Murmur fra1»",
    "our v6 prefix 2a0b:4d07:1::/48 is announced from iad2 only, fra1 lost it at 07:12; v4 185.203.116.0/22 ok",
    "`ping6 -c3 fe80::1%bond0` works, `ping6 2a0b:4d07:1::1` doesn't. NDP? ",
    "Windows customer VM log: `C:\\ProgramData\\Corvid\\Agent\\logs\\agent.log` says `cloudbase-init` timed out "
    "on metadata `http://169.254.169.254/openstack/latest/meta_data.json`",
    "PS> `Get-EventLog -LogName System -Newest 20 | Where-Object {$_.EntryType -eq 'Error'}` on the "
    "customer's box shows disk timeouts from 06:09",
    "| region | VMs | evacuated | cold-migrated |\n|---|---|---|---|\n| fra1 | 41 | 38 | 3 |\n| ams3 | 0 | 0 | 0 |",
    "handover W46: 3 pages overnight (2x `CephOSDDown` fra1, 1x `MurmurBackendFlap` ams3), OPS-3141 still open, "
    "CHG-1187 moved to Fri 22:00 UTC. ETA for the DIMM: tomorrow ~10:00 via DHL, tracking 1Z999AA10123456784",
    "reminder: change freeze from Fri 20.12. 18:00 UTC to Mon 06.01. 08:00 UTC; emergency changes via "
    "@@oncall@@ + CAB",
    "50% of the 5xx come from one tenant (project id 7f3c9a10-2b4e-4c1d-9e8f-0a1b2c3d4e5f), it's their own "
    "backend timing out at 30s",
    "new hire onboarding: access to Vault (`vault login -method=oidc role=sre`), Teleport (`tsh login "
    "--proxy=teleport.corvid.cloud:443 --auth=okta`), PagerDuty, Grafana",
    "`vault kv get -field=rotation_date secret/corvid/murmur/tls` says 2024-11-21, so we have a week",
    "`tsh ssh root@hv-fra1-r12-07 -- 'ipmitool sel list | tail -20'` shows `Memory #0x87 | Uncorrectable ECC`",
    "`ipmitool -I lanplus -H 10.99.12.7 -U admin -E chassis power status` → Chassis Power is on",
    "the cron for the backup check: `0 */6 * * * flock -n /run/backup-check.lock /opt/ops/backup-check.sh "
    "--region=all --max-age=26h`",
    "bumped `max_map_count` to 262144 on the search nodes, `vm.max_map_count = 262144` in /etc/sysctl.d/99-es.conf",
    "`etcdctl --endpoints=https://10.20.0.11:2379,https://10.20.0.12:2379 endpoint status -w table` — leader "
    "moved 4 times in 10 min",
    "```\n$ ceph health detail\nHEALTH_WARN 1 osds down; Degraded data redundancy: 1184/3551224 objects degraded "
    "(0.033%), 12 pgs degraded\n[WRN] OSD_DOWN: 1 osds down\n    osd.112 (root=default,host=fra1-perch-osd-14) is "
    "down\n```",
    "RCA draft for INC-4829 is up: «https://wiki.corvid.cloud/display/SRE/RCA+INC-4829|RCA INC-4829» — "
    "comments by EOD Friday please 🙏",
    "Maintenance window for ams3 core switch upgrade: 2024-11-19 22:00–02:00 CET (21:00–01:00 UTC). "
    "Customers notified via status page.",
    "does anyone know why `kubectl top nodes` says `error: Metrics API not available` on talon-syd1? "
    "metrics-server is Running",
    "`kubectl -n edge patch deploy murmur-controller -p '{\"spec\":{\"template\":{\"metadata\":{\"annotations\":"
    "{\"kubectl.kubernetes.io/restartedAt\":\"2024-11-14T08:05:00Z\"}}}}}'` = poor man's rollout restart",
    "`kubectl auth can-i --list --as=system:serviceaccount:ci:deployer -n edge` — it can't patch PDBs, that's "
    "why the pipeline failed",
    "Docker: `docker run --rm -it --network host nicolaka/netshoot curl -s -o /dev/null -w '%{http_code} "
    "%{time_total}\\n' http://10.20.4.11:8443/healthz`",
]
LONG = [
    "@@bot@@ weather Dublin\n\n(and for the humans: handover below)\n\n*Open*\n1. INC-4821 — monitoring, osd.112 "
    "out, backfill ETA ~3h at `osd_max_backfills=2`\n2. OPS-3141 — Grafana datasource for capacity still 401s, "
    "client rotated yesterday\n3. CHG-1187 — DE-CIX session maintenance, Fri 22:00 UTC\n\n*Done*\n• kernel "
    "6.1.0-27 rolled to fra1 r01–r11 (`--limit 'hv_fra1:!hv_fra1_r12'`)\n• Murmur v2.41.0 in ams3 & sgp1\n\n"
    "*Watch*\n• `MurmurBackendFlap` in ams3 is noisy; silence `alertname=MurmurBackendFlap,region=ams3` until "
    "the switch upgrade",
    "Post-incident summary INC-4829 (SEV2, iad2): between 06:58 and 07:44 UTC, 12% of API requests in iad2 failed "
    "with 502/504. Cause: the BGP session to transit provider AS3356 flapped after a config push set "
    "`neighbor 4.68.1.1 timers 1 3` instead of `10 30`. Detection: `BGPSessionFlap` page at 07:01 (3 min). "
    "Mitigation: reverted via `git revert 4f1c2e9 && ./push.sh iad2-edge` at 07:40. Follow-ups: OPS-3152 lint for "
    "timers, OPS-3153 canary pushes. Thanks @@user@@ and @@user@@!",
    "Proposal: move the daily `capacity-report` from 06:00 UTC (`0 6 * * 1-5`) to 05:30 so it lands before the EU "
    "standup. It reads `/api/usage/stats?since=...&until=...` and the VM counts from `nestdb` (read replica "
    "`nestdb-ro.fra1.int.corvid.cloud:5432`). Objections? @@user@@ @@user@@",
    "Checklist for tomorrow's fra1 visit (@@bot@@ weather Frankfurt please):\n- [ ] badge + passport for "
    "Equinix FR5\n- [ ] DIMM 64GB DDR5-4800 RDIMM x2 (PN M321R8GA0BB0-CQK)\n- [ ] console cable, USB-C to RJ45\n"
    "- [ ] `nestctl cordon hv-fra1-r12-07` before powering off\n- [ ] photos of the rack before/after for "
    "DCOPS-7731",
    "Release notes talon-charts v1.31.5:\n```\n- cilium 1.16.3 (fixes the operator crashloop on nodes with >110 "
    "pods)\n- coredns: cache 30 -> 60, `prefetch 10 1m 10%`\n- metrics-server: --kubelet-preferred-address-types="
    "InternalIP\n- ingress-nginx 4.11.3: `allow-snippet-annotations: \"false\"` stays\n```\nrollout: syd1 & sgp1 "
    "today, fra1/ams3/iad2/sjc1 Mon",
    "To the person who keeps asking in #random: the daily weather alert is `@jeeves alerts on`, the time is "
    "`config alert_time 06:30` (24h, HH:MM), and the zone is `config timezone Europe/Amsterdam` — it's an IANA "
    "name, so `CET` or `GMT+1` won't work. Or just log in with `login` and use the form. @@bot@@ help",
]
FILE_SHARES = [
    ("kubelet-hv-fra1-r12-07.log", "text/plain", "text", "Plain Text",
     "Nov 14 07:41:05 hv-fra1-r12-07 kubelet[2211]: E1114 07:41:05.118832    2211 kubelet_node_status.go:540] "
     "\"Error updating node status, will retry\" err=\"error getting node \\\"hv-fra1-r12-07\\\": Get \\\"https://"
     "10.20.0.10:6443/api/v1/nodes/hv-fra1-r12-07?timeout=10s\\\": context deadline exceeded\""),
    ("terraform-plan-fra1.txt", "text/plain", "text", "Plain Text",
     "Terraform will perform the following actions:\n\n  # module.fra1_edge.corvid_lb.api will be updated in-place\n"
     "  ~ resource \"corvid_lb\" \"api\" {\n      ~ size = \"lb-medium\" -> \"lb-large\"\n    }\n\nPlan: 0 to add, "
     "1 to change, 0 to destroy."),
    ("haproxy.cfg", "text/plain", "text", "Plain Text",
     "global\n  maxconn 200000\n  log /dev/log local0\ndefaults\n  timeout connect 5s\n  timeout client 60s\n"
     "  timeout server 60s\n"),
    ("Screenshot 2024-11-14 at 08.12.44.png", "image/png", "png", "PNG", ""),
    ("grafana-murmur-p99-fra1.png", "image/png", "png", "PNG", ""),
    ("rack-r12-before.HEIC", "image/heic", "heic", "HEIC", ""),
    ("ceph-health-detail.txt", "text/plain", "text", "Plain Text",
     "HEALTH_WARN 1 osds down\n[WRN] OSD_DOWN: 1 osds down\n    osd.112 (root=default,host=fra1-perch-osd-14) is "
     "down"),
    ("values-ams3.yaml", "text/plain", "yaml", "YAML",
     "controller:\n  replicaCount: 3\n  config:\n    proxy-body-size: 64m\n    use-forwarded-headers: \"true\"\n"),
    ("RCA INC-4829 (draft v2).pdf", "application/pdf", "pdf", "PDF", ""),
    ("capacity_2024-W46.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
     "Excel Spreadsheet", ""),
    ("bgp-iad2.pcap", "application/vnd.tcpdump.pcap", "binary", "Binary", ""),
    ("nest-agent-crash.json", "application/json", "json", "JSON",
     "{\"host\": \"hv-sgp1-r02-11\", \"signal\": \"SIGSEGV\", \"goroutine\": 1184, \"file\": "
     "\"/src/agent/migrate/job.go:212\"}"),
]
FILE_COMMENTS = ["", "", "logs from this morning", "here you go", "the plan for CHG-1187", "see attached 👆",
                 "for the RCA", "before/after photos", "not for you jeeves, just keeping it somewhere :sweat_smile:",
                 "@@user@@ fyi", "values we run in ams3"]
UNFURLS = [
    ("https://github.com/corvid/nest/pull/2231", "GitHub", "fix(nest-agent): don't double-free migration job on "
     "MCE by siobhan-oneill · Pull Request #2231 · corvid/nest", "A MCE during live migration left the job in "
     "`finishing` and the runner called `finish()` twice. This PR makes `(*Job).finish` idempotent."),
    ("https://corvid.atlassian.net/browse/OPS-3141", "Jira", "[OPS-3141] Grafana capacity datasource returns 401 "
     "after client rotation", "Status: In Progress · Assignee: Łukasz Wójcik · Priority: P3"),
    ("https://status.corvid.cloud/incidents/x7k2m9p4q1rt", "Corvid Cloud Status", "Degraded performance: Block "
     "storage in FRA1", "Resolved - This incident has been resolved. Nov 14, 08:31 UTC"),
    ("https://kubernetes.io/docs/tasks/run-application/configure-pdb/", "Kubernetes", "Specifying a Disruption "
     "Budget for your Application", "This page shows how to limit the number of concurrent disruptions that your "
     "application experiences, allowing for higher availability..."),
    ("https://www.met.ie/warnings/today", "Met Éireann", "Weather Warnings - Met Éireann - The Irish "
     "Meteorological Service", "Status Yellow - Wind Warning for Donegal, Galway, Mayo"),
    ("https://docs.ceph.com/en/reef/rados/troubleshooting/troubleshooting-osd/", "Ceph Documentation",
     "Troubleshooting OSDs — Ceph Documentation", "Before troubleshooting your OSDs, check your monitors and "
     "network first. If you execute `ceph health` or `ceph -s` on the command line..."),
]


class Thirtythird(WebApp):
    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAMS[0][0], APP_ID, BOT_USER, SLACK_TOKEN, BASE
    ts_window = iat_window = event_window = (0, 14 * 3600)
    kid_first, client_id_after, context_bytes = True, "scope", 36
    enterprise, enterprise_id_after = ENTERPRISE, "team_id"
    oauth_scope_rate, oauth_scopes = 0.75, ("read", "read write", "write", "read")
    oauth_audience_rate, oauth_body_secret_rate = 0.25, 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i, name in enumerate(PEOPLE_NAMES):
            latin = HANDLES.get(name) or unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
            ascii_name = latin.encode("ascii", "ignore").decode().lower()
            ascii_name = re.sub(r"[^a-z ]", "", ascii_name).strip().replace(" ", ".") or f"user{i}"
            team, domain = self.pick(TEAMS)
            self.people.append({"id": self.sid("U0", 9), "name": name, "handle": ascii_name, "team": team,
                                "domain": domain, "email": f"{ascii_name}@corvid.cloud", "tz": self.pick(TIMEZONES)})

    # ---- records and small pieces ---------------------------------------------------------------------
    def rec(self, kind: str, placement: str, method: str, uri: str, body: str,
            headers: dict[str, str]) -> dict[str, Any]:
        self.n += 1
        return {"method": method, "uri": uri, "body": body, "headers": headers,
                "id": f"{NAME}-benign-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    def person(self) -> dict[str, str]:
        who: dict[str, str] = self.pick(self.people)
        return who

    def alert_time(self) -> str:
        return f"{self.pick([4, 5, 5, 6, 6, 6, 7, 7, 8, 9, 12, 13, 18, 21, 22, 23]):02d}:" \
               f"{self.pick(['00', '00', '15', '30', '30', '45', '05', '50'])}"

    def subst(self, text: str) -> str:
        """The plain placeholders (not the Slack markup ones) to values."""
        while "@@place@@" in text:
            text = text.replace("@@place@@", self.pick(PLACES), 1)
        while "@@dc@@" in text:
            text = text.replace("@@dc@@", self.pick(DC_CODES), 1)
        while "@@tz@@" in text:
            text = text.replace("@@tz@@", self.pick(TIMEZONES), 1)
        while "@@time@@" in text:
            text = text.replace("@@time@@", self.alert_time(), 1)
        return text

    _MARK = re.compile(r"@@(user|bot|chan|here|oncall)@@|«([^«»|]+)(?:\|([^«»]*))?»")

    def slack_message(self, typed: str) -> tuple[str, list[dict[str, Any]]]:
        """Typed text to Slack's wire text (escaped, <...> markup) and its rich_text block."""
        typed = self.subst(typed)
        wire: list[str] = []
        elements: list[dict[str, Any]] = []
        for n, chunk in enumerate(typed.split("```")):
            if n % 2:
                wire.append("```" + slack_escape(chunk) + "```")
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": chunk.strip("\n")}]})
                continue
            if not chunk:
                continue
            section: list[dict[str, Any]] = []
            pos = 0
            for m in self._MARK.finditer(chunk):
                self._text_elements(chunk[pos:m.start()], wire, section)
                pos = m.end()
                what, url, label = m.group(1), m.group(2), m.group(3)
                if what in ("user", "bot"):
                    uid = BOT_USER if what == "bot" else self.person()["id"]
                    wire.append(f"<@{uid}>")
                    section.append({"type": "user", "user_id": uid})
                elif what == "chan":
                    cid, cname = self.pick(CHANNELS)
                    wire.append(f"<#{cid}|{cname}>")
                    section.append({"type": "channel", "channel_id": cid})
                elif what == "here":
                    wire.append("<!here>")
                    section.append({"type": "broadcast", "range": "here"})
                elif what == "oncall":
                    wire.append("<!subteam^S04SREONCL|@sre-oncall>")
                    section.append({"type": "usergroup", "usergroup_id": "S04SREONCL"})
                else:
                    wire.append(f"<{slack_escape(url)}|{slack_escape(label)}>" if label else f"<{slack_escape(url)}>")
                    link: dict[str, Any] = {"type": "link", "url": url}
                    if label:
                        link["text"] = label
                    section.append(link)
            self._text_elements(chunk[pos:], wire, section)
            if section:
                elements.append({"type": "rich_text_section", "elements": section})
        block = {"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}
        return "".join(wire), [block]

    @staticmethod
    def _text_elements(text: str, wire: list[str], section: list[dict[str, Any]]) -> None:
        if not text:
            return
        wire.append(slack_escape(text))
        for n, part in enumerate(text.split("`")):
            if part:
                element: dict[str, Any] = {"type": "text", "text": part}
                if n % 2:
                    element["style"] = {"code": True}
                section.append(element)

    def command_text(self) -> str:
        roll = self.rng.random()
        text: str = self.pick(COMMANDS) if roll < 0.88 else self.pick(WRONG_BOT)
        return text

    def emoji_tail(self, text: str, p: float = 0.25) -> str:
        return text + " " + self.pick(EMOJI) if self.chance(p) else text

    # ---- Slack: the Events API ---------------------------------------------------------------------------
    def event(self, kind: str, placement: str, team: str, event: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=False, separators=(",", ":"))
        return self.rec(kind, placement, "POST", "/slack/events", body, self.slack_headers("application/json"))

    def message(self, typed: str, channel: str, channel_type: str | None, who: dict[str, str],
                mention: bool = False) -> dict[str, Any]:
        text, blocks = self.slack_message(typed)
        ts = self.ts()
        ev: dict[str, Any] = {"user": who["id"], "type": "app_mention" if mention else "message", "ts": ts,
                              "client_msg_id": self.uuid(), "text": text, "team": who["team"]}
        if self.chance(0.85):
            ev["blocks"] = blocks
        ev["channel"] = channel
        ev["event_ts"] = ts
        if channel_type:
            ev["channel_type"] = channel_type
        if self.chance(0.22):
            ev["thread_ts"] = self.ts()
            ev["parent_user_id"] = self.pick([BOT_USER, self.person()["id"]])
        return ev

    def slack_dm_command(self) -> dict[str, Any]:
        who = self.person()
        ev = self.message(self.command_text(), self.sid("D0", 9), "im", who)
        return self.event("slack", "json", who["team"], ev)

    def slack_dm_chat(self) -> dict[str, Any]:
        who = self.person()
        typed = self.emoji_tail(self.pick(CHAT)) if self.chance(0.6) else self.pick(SRE)
        ev = self.message(typed, self.sid("D0", 9), "im", who)
        return self.event("slack", "json", who["team"], ev)

    def slack_mention_command(self) -> dict[str, Any]:
        who = self.person()
        cid, _ = self.pick(CHANNELS)
        lead = self.pick(["@@bot@@ ", "@@bot@@ ", "@@bot@@: ", "hey @@bot@@ ", "@@bot@@  "])
        typed = lead + self.command_text()
        if self.chance(0.2):
            typed += self.pick([" thx", " 🙏", " — heading there after standup", " (for the truck roll)",
                                " @@user@@ fyi", "\nthanks!"])
        return self.event("slack", "json", who["team"], self.message(typed, cid, None, who, mention=True))

    def slack_mention_text(self) -> dict[str, Any]:
        who = self.person()
        cid, _ = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.62:
            typed = self.pick(SRE)
            if "@@bot@@" not in typed:
                typed = self.pick(["@@bot@@ ", "@@bot@@ weather @@place@@ and also: ", ""]) + typed
                if not typed.startswith("@@bot@@"):
                    typed += self.pick(["\ncc @@bot@@", " (@@bot@@ help)", "\n@@bot@@ weather @@place@@"])
        elif roll < 0.82:
            typed = self.pick(LONG)
            if "@@bot@@" not in typed:
                typed += "\n@@bot@@"
        else:
            typed = self.pick(["@@bot@@ ", "hey @@bot@@, "]) + self.emoji_tail(self.pick(CHAT), 0.4)
        return self.event("slack", "json", who["team"], self.message(typed, cid, None, who, mention=True))

    def slack_edit(self) -> dict[str, Any]:
        who = self.person()
        dm = self.sid("D0", 9)
        old = self.message(self.pick(COMMANDS + CHAT), dm, "im", who)
        new_typed = self.pick(COMMANDS)
        new = self.message(new_typed, dm, "im", who)
        for ev in (old, new):
            for key in ("channel", "channel_type", "event_ts", "thread_ts", "parent_user_id"):
                ev.pop(key, None)
        new["edited"] = {"user": who["id"], "ts": self.ts()}
        new["ts"] = old["ts"]
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": old,
                 "channel": dm, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.event("slack", "json", who["team"], event)

    def slack_delete(self) -> dict[str, Any]:
        who = self.person()
        dm = self.sid("D0", 9)
        old = self.message(self.pick(SRE + CHAT), dm, "im", who)
        for key in ("channel", "channel_type", "event_ts"):
            old.pop(key, None)
        event = {"type": "message", "subtype": "message_deleted", "previous_message": old, "channel": dm,
                 "hidden": True, "deleted_ts": old["ts"], "event_ts": self.ts(), "ts": self.ts(), "channel_type": "im"}
        return self.event("slack", "json", who["team"], event)

    def slack_file(self) -> dict[str, Any]:
        who = self.person()
        dm = self.sid("D0", 9)
        name, mime, ftype, pretty, preview = self.pick(FILE_SHARES)
        ev = self.message(self.pick(FILE_COMMENTS), dm, "im", who)
        fid = self.sid("F0", 9)
        created = EPOCH + self.rng.randint(0, 14 * 3600)
        quoted = urllib.parse.quote(name)
        f: dict[str, Any] = {
            "id": fid, "created": created, "timestamp": created, "name": name, "title": name, "mimetype": mime,
            "filetype": ftype, "pretty_type": pretty, "user": who["id"], "user_team": who["team"], "editable": bool(
                preview), "size": self.rng.randint(1200, 9_000_000), "mode": "hosted", "is_external": False,
            "external_type": "", "is_public": False, "public_url_shared": False, "display_as_bot": False,
            "username": "", "url_private": f"https://files.slack.com/files-pri/{who['team']}-{fid}/{quoted}",
            "url_private_download": f"https://files.slack.com/files-pri/{who['team']}-{fid}/download/{quoted}",
            "permalink": f"https://{who['domain']}.slack.com/files/{who['id']}/{fid}/{quoted.lower()}",
            "is_starred": False, "has_rich_preview": False, "file_access": "visible"}
        if preview:
            f.update({"preview": preview, "lines": self.rng.randint(5, 4000), "preview_is_truncated": True})
        elif mime.startswith("image/"):
            f.update({"thumb_360": f"https://files.slack.com/files-tmb/{who['team']}-{fid}-{self.hexs(10)}/"
                                   f"{quoted}_360.png", "original_w": 2880, "original_h": 1800})
        ev.update({"subtype": "file_share", "files": [f], "upload": False, "display_as_bot": False})
        return self.event("slack", "json", who["team"], ev)

    def slack_unfurl(self) -> dict[str, Any]:
        who = self.person()
        dm = self.sid("D0", 9)
        url, service, title, text = self.pick(UNFURLS)
        typed = self.pick(["«" + url + "»", "saving this for later «" + url + "»", "«" + url + "» :eyes:"])
        msg = self.message(typed, dm, "im", who)
        for key in ("channel", "channel_type", "event_ts", "thread_ts", "parent_user_id"):
            msg.pop(key, None)
        previous = dict(msg)
        msg["attachments"] = [{"from_url": url, "original_url": url, "service_name": service, "title": title,
                               "title_link": url, "text": text, "fallback": f"{service}: {title}", "id": 1,
                               "service_icon": f"https://{urllib.parse.urlsplit(url).netloc}/favicon.ico"}]
        event = {"type": "message", "subtype": "message_changed", "message": msg, "previous_message": previous,
                 "channel": dm, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.event("slack", "json", who["team"], event)

    def weather_line(self, place: str) -> str:
        imperial = self.chance(0.2)
        deg, wind = ("°F", "mph") if imperial else ("°C", "km/h")
        t = self.rng.randint(-4, 16) if not imperial else self.rng.randint(25, 61)
        desc = self.pick(["Light rain", "Overcast", "Fog", "Partly cloudy", "Drizzle", "Clear sky", "Snow showers",
                          "Moderate rain", "Thunderstorm"])
        return (f"{place}: {desc}, {t}{deg}, wind {self.rng.randint(2, 60)} {wind}; today {t - 3}{deg} to "
                f"{t + 4}{deg}, {self.rng.randint(0, 100)}% chance of precipitation")

    def slack_bot_echo(self) -> dict[str, Any]:
        """Jeeves' own replies in a DM come back as message.im events (with bot_id): ignored, but delivered."""
        who = self.person()
        dm = self.sid("D0", 9)
        place = self.pick(PLACES)
        roll = self.rng.random()
        blocks: list[dict[str, Any]] = []
        if roll < 0.45:
            text = self.weather_line(place)
            blocks = [{"type": "section", "block_id": self.token(3)[:4], "text": {"type": "mrkdwn", "text": text}},
                      {"type": "actions", "block_id": self.token(3)[:4], "elements": [
                          {"type": "button", "action_id": "set_location", "value": place,
                           "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}]}]
        elif roll < 0.6:
            text = f"Got it, I will remember {place}."
        elif roll < 0.7:
            text = ("Here is what I can do:\n• `alerts on|off`: daily weather alert for your location at your "
                    "alert_time\n• `config [setting value]`: show or change your settings (units, alert_time, "
                    "timezone)\n• `forget location`: forget your location\n• `help`: this list")
        elif roll < 0.85:
            text = (f"Saved. Your settings:\n• alert_time: {self.alert_time()}\n• alerts: on\n• timezone: "
                    f"{who['tz']}\n• units: metric\nChange one with `config units imperial`, `config alert_time "
                    f"07:30`, `config timezone Europe/Paris` or `alerts on`.")
        else:
            text = "Sorry, I did not understand that. Here is what I can do:\n• `help`: this list"
        ts = self.ts()
        ev: dict[str, Any] = {"type": "message", "subtype": "bot_message", "text": slack_escape(text), "ts": ts,
                              "bot_id": BOT_ID, "app_id": APP_ID, "channel": dm, "event_ts": ts,
                              "channel_type": "im", "team": who["team"],
                              "bot_profile": {"id": BOT_ID, "app_id": APP_ID, "name": "Jeeves", "deleted": False,
                                              "team_id": who["team"], "updated": EPOCH - 86400 * 30}}
        if blocks:
            ev["blocks"] = blocks
        if self.chance(0.3):
            ev["metadata"] = {"event_type": "jeeves_delivery", "event_payload": {
                "key": f"weather_alert:{self.rng.randint(1, 900)}:2024-11-14"}}
        return self.event("slack", "json", who["team"], ev)

    def slack_home(self) -> dict[str, Any]:
        who = self.person()
        ev: dict[str, Any] = {"type": "app_home_opened", "user": who["id"], "channel": self.sid("D0", 9),
                              "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if ev["tab"] == "home" and self.chance(0.6):
            ev["view"] = {"id": self.sid("V0", 9), "team_id": who["team"], "type": "home", "blocks": [
                {"type": "header", "block_id": self.token(3)[:4],
                 "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                {"type": "section", "block_id": self.token(3)[:4], "text": {
                    "type": "mrkdwn", "verbatim": False,
                    "text": f"*Location:* {self.pick(PLACES)}\n*Units:* metric\n*Daily alert:* on at "
                            f"{self.alert_time()} ({who['tz']})"}}],
                "private_metadata": "", "callback_id": "", "state": {"values": {}},
                "hash": f"{EPOCH}.{self.hexs(8)}", "clear_on_close": False, "notify_on_close": False,
                "root_view_id": None, "app_id": APP_ID, "external_id": "", "app_installed_team_id": who["team"],
                "bot_id": BOT_ID}
        return self.event("slack", "json", who["team"], ev)

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": SLACK_TOKEN, "challenge": self.token(40), "type": "url_verification"})
        return self.rec("slack", "json", "POST", "/slack/events", body, self.slack_headers("application/json"))

    # ---- Slack: /jeeves and buttons ----------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        who = self.person()
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 8)
        text = slack_escape(self.subst(self.command_text()))
        fields = [("token", SLACK_TOKEN), ("team_id", who["team"]), ("team_domain", who["domain"]),
                  ("enterprise_id", ENTERPRISE), ("enterprise_name", "Corvid Cloud"), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", who["id"]), ("user_name", who["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands", who["team"])),
                  ("trigger_id", self.trigger())]
        return self.rec("command", "form", "POST", "/slack/commands", urllib.parse.urlencode(fields),
                        self.slack_headers("application/x-www-form-urlencoded"))

    def button_click(self) -> dict[str, Any]:
        who = self.person()
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 5)
        roll = self.rng.random()
        msg_ts = self.ts()
        if roll < 0.74:
            place = self.subst(self.pick(PLACES + ["@@dc@@", "@@place@@ (office)", "@@place@@ & @@place@@"]))
            line = self.weather_line(place)
            action = {"action_id": "set_location", "block_id": self.token(3)[:4], "value": place, "type": "button",
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "action_ts": self.ts()}
            elements = [{"type": "button", "action_id": "set_location", "value": place,
                         "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}]
        else:
            line = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
                    "history. It cannot be undone.")
            confirm = roll < 0.9
            action = {"action_id": "forget_me_confirm" if confirm else "forget_me_cancel",
                      "block_id": self.token(3)[:4], "value": "-", "type": "button", "action_ts": self.ts(),
                      "text": {"type": "plain_text", "text": "Yes, forget me" if confirm else "Cancel",
                               "emoji": True}}
            if confirm:
                action["style"] = "danger"
            elements = [{"type": "button", "action_id": "forget_me_confirm", "value": "-", "style": "danger",
                         "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}},
                        {"type": "button", "action_id": "forget_me_cancel", "value": "-",
                         "text": {"type": "plain_text", "text": "Cancel", "emoji": True}}]
        message = {"type": "message", "subtype": "bot_message", "text": line, "ts": msg_ts, "bot_id": BOT_ID,
                   "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                               "text": {"type": "mrkdwn", "text": line, "verbatim": False}},
                              {"type": "actions", "block_id": action["block_id"], "elements": elements}]}
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": who["id"], "username": who["handle"], "name": who["handle"], "team_id": who["team"]},
            "api_app_id": APP_ID, "token": SLACK_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": True},
            "trigger_id": self.trigger(), "team": {"id": who["team"], "domain": who["domain"],
                                                      "enterprise_id": ENTERPRISE, "enterprise_name": "Corvid Cloud"},
            "enterprise": {"id": ENTERPRISE, "name": "Corvid Cloud"}, "is_enterprise_install": False,
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", who["team"]), "actions": [action]}
        if self.chance(0.5):
            payload["message"] = message
            payload["container"]["is_ephemeral"] = False
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.rec("interaction", "form", "POST", "/slack/interactions", body,
                        self.slack_headers("application/x-www-form-urlencoded"))

    # ---- scripts, CI and dashboards on the data API -------------------------------------------------------
    API_CLIENTS = ["grafana-fra1", "ci.terraform:prod", "capacity-report", "backstage.catalog", "pagerduty-sync",
                   "corvidctl-ops", "jeeves-worker", "offboarding-bot", "statuspage-bridge"]

    def api_headers(self, write: bool = False) -> dict[str, str]:
        client = self.pick(self.API_CLIENTS)
        ua = self.pick([
            "python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.11.0", "curl/7.81.0", "Go-http-client/2.0",
            "Go-http-client/1.1", "corvidctl/3.14.2 (linux/amd64) go1.23.3", "corvidctl/3.14.2 (darwin/arm64) "
            "go1.23.3", "Terraform/1.9.8 terraform-provider-corvid/2.3.1", "Grafana/11.3.0", "k6/0.54.0 "
            "(https://k6.io/)", "HTTPie/3.2.4", "PostmanRuntime/7.42.0", "axios/1.7.7", "node-fetch/3.3.2",
            "okhttp/4.12.0", "Backstage/1.32 (+https://backstage.corvid.cloud)",
            "GitHub-Actions/2.320.0 python-requests/2.32.3", "ansible-httpget", "Wget/1.21.4"])
        h: dict[str, str] = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*",
                                                                    "application/json, text/plain, */*"])}
        h["Authorization"] = "Bearer " + self.jwt(client, "read write" if write or self.chance(0.3) else "read")
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if ua.startswith("Grafana"):
            h["X-Grafana-Org-Id"] = "1"
            h["X-Dashboard-Uid"] = self.pick(["capacity-w46", "jeeves-usage", "oncall-overview"])
            h["X-Panel-Id"] = str(self.rng.randint(1, 40))
            h["X-Datasource-Uid"] = self.pick(["jeeves-json", "P1809F7CD0C75ACF3"])
        if ua.startswith("PostmanRuntime"):
            h["Postman-Token"] = self.uuid()
            h["Cache-Control"] = "no-cache"
        if self.chance(0.3):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;o:rum;t.dm:-0,corvid={self.hexs(16)}"
        if self.chance(0.15):
            h["x-datadog-trace-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-parent-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-sampling-priority"] = self.pick(["1", "2", "-1"])
        if self.chance(0.25):
            run = f"gha-{self.rng.randint(10**9, 10**10)}-{self.rng.randint(1, 4)}"
            h["X-Request-Id"] = self.pick([self.uuid(), run, f"capacity-report.{self.hexs(12)}", f"tf-{self.hexs(8)}"])
        if self.chance(0.05):
            h["baggage"] = f"team=sre,region={self.pick(DC_CODES)},run_id={self.rng.randint(10**9, 10**10)}"
        return h

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.3:
            h = self.api_headers()
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["50", "100", "200", "500", "25", "10"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 400, 500, 1000]))))
            if self.chance(0.4):
                params.append(("team_id", self.pick(TEAMS)[0]))
            if self.chance(0.35):
                params.append(("active", self.pick(["true", "false", "1", "0", "True"])))
            if self.chance(0.35):
                params.append(("alerts", self.pick(["true", "false", "on", "off", "1"])))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.rec("api", "query", "GET", uri, "", h)
        if roll < 0.48:
            return self.rec("api", "path", "GET", f"/api/users/{self.rng.randint(1, 1400)}", "", self.api_headers())
        if roll < 0.68:
            return self.api_patch()
        if roll < 0.84:
            h = self.api_headers()
            day = self.rng.randint(1, 14)
            since = self.pick([f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day:02d}T00:00:00.000Z",
                               f"2024-11-{day:02d}", f"2024-11-{day:02d}T06:00:00+01:00",
                               f"2024-11-{day:02d} 06:00:00", f"2024-10-{day + 14:02d}T22:00:00.000000+00:00",
                               "2024-11-07T08:00:00-05:00"])
            params = [("since", since)]
            if self.chance(0.7):
                params.append(("until", self.pick(["2024-11-14T23:59:59Z", "2024-11-15T00:00:00.000Z",
                                                   "2024-11-14", "2024-11-14T20:00:00+09:00"])))
            return self.rec("api", "query", "GET", "/api/usage/stats?" + urllib.parse.urlencode(params), "", h)
        if roll < 0.92:
            return self.rec("api", "header", "GET", "/api/switches", "", self.api_headers())
        if roll < 0.97:
            h = self.api_headers(write=True)
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8"])
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help",
                                "my_location", "forget_location"])
            doc: dict[str, Any] = {"enabled": self.chance(0.75)}
            if self.chance(0.6):
                doc["team_id"] = self.pick([t for t, _ in TEAMS] + ["*"])
            return self.rec("api", "json", "PUT", f"/api/switches/{action}", json.dumps(doc), h)
        h = {"User-Agent": self.pick(["openapi-generator/7.9.0", "Swagger-Codegen/3.0.62/java",
                                      "PostmanRuntime/7.42.0", "Backstage/1.32 (+https://backstage.corvid.cloud)",
                                      "schemathesis/3.38.4"]), "Accept": "application/json"}
        return self.rec("api", "header", "GET", "/api/openapi.json", "", h)

    def api_patch(self) -> dict[str, Any]:
        h = self.api_headers(write=True)
        who = self.person()
        roll = self.rng.random()
        doc: dict[str, Any]
        if roll < 0.25:
            doc = {"settings": {"timezone": who["tz"], "alert_time": self.alert_time()}}
        elif roll < 0.4:
            doc = {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}}
        elif roll < 0.62:
            doc = {"name": who["name"], "email": self.pick([who["email"], who["email"].replace("@", "+oncall@"),
                                                            "siobhan.o'neill@corvid.cloud",
                                                            "jean-luc.ferrand@corvid.cloud"])}
        elif roll < 0.8:
            doc = {"is_active": False} if self.chance(0.7) else {"is_active": True}
        elif roll < 0.9:
            doc = {"is_admin": self.chance(0.4)}
        else:
            doc = {"name": who["name"], "settings": {"timezone": who["tz"]}, "is_active": True}
        h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                       "application/merge-patch+json"])
        body = json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))
        return self.rec("api", "json", "PATCH", f"/api/users/{self.rng.randint(1, 1400)}", body, h)

    # ---- browsers: shared headers ----------------------------------------------------------------------
    BROWSERS = [
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0"
         " Safari/537.36", '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"', '"macOS"', "?0"),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
         "Safari/537.36 Edg/130.0.0.0", '"Chromium";v="130", "Microsoft Edge";v="130", "Not?A_Brand";v="99"',
         '"Windows"', "?0"),
        ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
         '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"', '"Linux"', "?0"),
        ("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0", "", "", ""),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:132.0) Gecko/20100101 Firefox/132.0", "", "", ""),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
         "Safari/605.1.15", "", "", ""),
        ("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
         "Version/18.1 Mobile/15E148 Safari/604.1", "", "", ""),
        ("Mozilla/5.0 (Linux; Android 15; Pixel 8 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39"
         " Mobile Safari/537.36", '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"',
         '"Android"', "?1"),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.41.97 "
         "Chrome/130.0.6723.59 Electron/33.0.2 Safari/537.36 Sonic Slack_SSB/4.41.97",
         '"Chromium";v="130", "Not?A_Brand";v="99"', '"macOS"', "?0"),
    ]
    LANGS = ["en-IE,en-GB;q=0.9,en;q=0.8", "en-US,en;q=0.9", "en-US,en;q=0.5", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
             "ja-JP,ja;q=0.9,en;q=0.8", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7",
             "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "vi-VN,vi;q=0.9,fr-FR;q=0.8,en;q=0.7", "zh-CN,zh;q=0.9,en;q=0.8",
             "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7", "ar,en-US;q=0.9,en;q=0.8", "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7",
             "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "pl,en-US;q=0.9,en;q=0.8", "en-GB,en;q=0.9", "sv-SE,sv;q=0.9"]

    def browser(self, referer: str | None = None, form: bool = False, fetch: bool = False) -> dict[str, str]:
        ua, ch_ua, platform, mobile = self.pick(self.BROWSERS)
        h: dict[str, str] = {"User-Agent": ua}
        if fetch:
            h["Accept"] = "*/*"
        else:
            h["Accept"] = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                           "image/apng,*/*;q=0.8" + (",application/signed-exchange;v=b3;q=0.7" if ch_ua else ""))
        h["Accept-Language"] = self.pick(self.LANGS)
        h["Accept-Encoding"] = "gzip, deflate, br, zstd" if ch_ua else "gzip, deflate, br"
        if ch_ua:
            h["sec-ch-ua"] = ch_ua
            h["sec-ch-ua-mobile"] = mobile
            h["sec-ch-ua-platform"] = platform
        if not fetch:
            h["Upgrade-Insecure-Requests"] = "1"
        h["Sec-Fetch-Site"] = "cross-site" if referer and not referer.startswith(BASE) else \
            ("same-origin" if (referer or form) else "none")
        h["Sec-Fetch-Mode"] = "cors" if fetch else "navigate"
        if not fetch:
            h["Sec-Fetch-User"] = "?1"
        h["Sec-Fetch-Dest"] = "empty" if fetch else "document"
        if referer:
            h["Referer"] = referer
        if form and not fetch:
            # The panel and /me/ send Referrer-Policy: no-referrer, so a browser posts their forms with Origin: null.
            h["Origin"] = "null"
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        if ch_ua and self.chance(0.1):
            h["Priority"] = "u=0, i"
        if self.chance(0.08):
            h["DNT"] = "1"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        """Our __Host- cookie(s) and what other corvid.cloud sites set for the whole domain."""
        jar = list(pairs)
        if self.chance(0.35):
            jar.append(("corvid_sso_hint", self.person()["handle"]))
        if self.chance(0.25):
            jar.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        if self.chance(0.2):
            jar.append(("_ga", f"GA1.2.{self.rng.randint(10**8, 10**9)}.{EPOCH - self.rng.randint(0, 10**7)}"))
            jar.append(("_ga_7Q2XKZ1D9M", f"GS1.1.{EPOCH - 3600}.12.1.{EPOCH - 60}.0.0.0"))
        if self.chance(0.15):
            jar.append(("theme", self.pick(["dark", "light", "system"])))
        if self.chance(0.1):
            jar.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Thu+Nov+14+2024+09%3A12%3A44+GMT%2B0100+(Central"
                                          "+European+Standard+Time)&version=202409.1.0&isIABGlobal=false&hosts=&"
                                          "consentId=" + self.uuid() + "&interactionCount=1&landingPath=NotLanding"
                                          "Page&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0"))
        self.rng.shuffle(jar)
        return "; ".join(f"{k}={v}" for k, v in jar)

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        """A form as fetch(new FormData(form)) sends it."""
        boundary = self.pick(["----WebKitFormBoundary", "----geckoformboundary"]) + self.token(12)[:16]
        return self.multipart_form(boundary, fields)

    # ---- the admin panel ---------------------------------------------------------------------------
    ADMINS = ["admin", "siobhan.oneill", "lukasz.w", "ops-lead", "priya.n", "breakglass-sre"]
    USER_SEARCHES = ["O'Neill", "o'neill", "Jean-Luc", "siobhan", "@corvid.cloud", "U07", "T01CVSRE00", "nguyễn",
                     "张", "d'arcy", "ops+pager@corvid.cloud", "Mensah-Bonsu", "müller", "Ó Briain", "Ni Bhriain",
                     "김", "佐藤", "Олена", "al-khatib", "T04CVSUPP0", "contractor", "ext-", "st-pierre", "van der",
                     "priya", "jeeves", "U0", "@", "łukasz", "García-Pérez", "Carlos 'Charlie'", "te whare", "ʻ"]
    AUDIT_SEARCHES = ["login", "client.rotate", "client.create", "feature.set", "user.active", "user.admin",
                      "admin.map_slack", "denied", "failed", "ci.terraform:prod", "grafana-fra1", "2024-11-14",
                      "siobhan.oneill", "breakglass-sre", "account.totp_enable", "forget_me", "T02CVPLAT0/",
                      "login.slack", "feature.remove_override", "weather@*"]

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser(self.pick([None, None, "https://wiki.corvid.cloud/display/SRE/Jeeves+admin"]))
            h["Cookie"] = self.cookies(session)
            params: list[tuple[str, str]] = [("q", self.pick(self.USER_SEARCHES))]
            if self.chance(0.3):
                params.append(("page", str(self.rng.randint(1, 9))))
            return self.rec("admin", "query", "GET", "/admin/users?" + urllib.parse.urlencode(params), "", h)
        if roll < 0.3:
            h = self.browser()
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(self.AUDIT_SEARCHES))]
            if self.chance(0.3):
                params.append(("page", str(self.rng.randint(1, 5))))
            return self.rec("admin", "query", "GET", "/admin/audit?" + urllib.parse.urlencode(params), "", h)
        if roll < 0.45:
            h = self.browser(self.pick([None, None, "https://runbooks.corvid.cloud/jeeves/feature-switches"]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
                              "/admin/slack-sign-in", "/admin/users", "/admin/users?done=user_updated&q=O%27Neill"
                              "&page=1", "/admin/features?done=switch_updated", "/admin/audit?page=2",
                              "/admin/clients?done=client_disabled", "/admin/slack-sign-in?done=mapped",
                              "/admin/account?done=totp_enabled"])
            return self.rec("admin", "header", "GET", page, "", h)
        if roll < 0.49:
            h = self.browser(fetch=True)
            h["Accept"] = "text/css,*/*;q=0.1"
            h["Sec-Fetch-Dest"] = "style"
            h["Sec-Fetch-Mode"] = "no-cors"
            h["Sec-Fetch-Site"] = "same-origin"
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(32)}"'
            return self.rec("admin", "header", "GET", "/admin/static/admin.css", "", h)
        if roll < 0.53:
            h = self.browser(self.pick([None, "https://wiki.corvid.cloud/display/SRE/Jeeves+admin"]))
            uri = self.pick(["/admin/login", "/admin/login?next=%2Fadmin%2Fusers", "/admin/login?bye=1",
                             "/admin/login?next=%2Fadmin%2Fusers%3Fq%3DO%2527Neill",
                             "/admin/login?next=/admin/features"])
            return self.rec("admin", "query", "GET", uri, "", h)
        h = self.browser(form=True)
        h["Cookie"] = self.cookies(session)
        fields: list[tuple[str, str]]
        if roll < 0.66:
            uid = self.rng.randint(1, 1400)
            flag = self.pick(["active", "active", "admin"])
            fields = [("csrf_token", csrf), ("q", self.pick(self.USER_SEARCHES + [""])),
                      ("page", str(self.rng.randint(1, 6))), ("value", self.pick(["0", "1"]))]
            return self.rec("admin", "form", "POST", f"/admin/users/{uid}/{flag}", urllib.parse.urlencode(fields), h)
        if roll < 0.74:
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                   "login", "forget_me", "help", "my_location"])),
                      ("team_id", self.pick(["", "", "T03CVNET00", "t05cvdcop0", " T04CVSUPP0 "])),
                      ("enabled", self.pick(["0", "1"]))]
            if self.chance(0.15):
                fields = [("csrf_token", csrf), ("action", self.pick(["weather", "login"])),
                          ("team_id", self.pick(TEAMS)[0])]
                return self.rec("admin", "form", "POST", "/admin/features/remove", urllib.parse.urlencode(fields), h)
            return self.rec("admin", "form", "POST", "/admin/features", urllib.parse.urlencode(fields), h)
        if roll < 0.84:
            return self.admin_client(h, csrf)
        if roll < 0.88:
            fields = [("csrf_token", csrf), ("username", self.pick(self.ADMINS)), ("team_id", self.pick(TEAMS)[0]),
                      ("user_id", self.person()["id"])]
            if self.chance(0.25):
                return self.rec("admin", "form", "POST", "/admin/slack-sign-in/remove",
                                urllib.parse.urlencode([("csrf_token", csrf), ("username", self.pick(self.ADMINS))]), h)
            return self.rec("admin", "form", "POST", "/admin/slack-sign-in", urllib.parse.urlencode(fields), h)
        if roll < 0.91:
            step = self.rng.random()
            if step < 0.4:
                return self.rec("admin", "form", "POST", "/admin/account/totp/start",
                                urllib.parse.urlencode([("csrf_token", csrf)]), h)
            if step < 0.8:
                pending = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
                code = f"{self.rng.randint(0, 999999):06d}"
                fields = [("csrf_token", csrf), ("totp_pending", pending), ("totp", code)]
                return self.rec("admin", "form", "POST", "/admin/account/totp/confirm",
                                urllib.parse.urlencode(fields), h)
            fields = [("csrf_token", csrf), ("password", self.password())]
            return self.rec("admin", "form", "POST", "/admin/account/totp/disable", urllib.parse.urlencode(fields), h)
        if roll < 0.93:
            return self.rec("admin", "form", "POST", "/admin/logout", urllib.parse.urlencode([("csrf_token", csrf)]), h)
        # the break-glass login form (password managers fill it)
        h = self.browser(form=True)
        h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
        fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/features",
                                                            "/admin/users?q=O%27Neill", "/admin/clients"])),
                  ("username", self.pick(self.ADMINS)), ("password", self.password()),
                  ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                      f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
        return self.rec("admin", "form", "POST", "/admin/login", urllib.parse.urlencode(fields), h)

    def password(self) -> str:
        if self.chance(0.3):
            words = ["rack", "fjord", "osd", "bgp", "peering", "kettle", "granite", "mackerel", "tundra", "lantern",
                     "quorum", "orbit", "cinder", "walrus", "harbor"]
            return "-".join(self.pick(words) for _ in range(5)) + str(self.rng.randint(10, 99))
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~"
        return "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(18, 32)))

    CLIENT_IDS = ["grafana-fra1", "ci.terraform:prod", "prometheus-json-exporter", "pagerduty-sync",
                  "backstage.catalog", "capacity-report:nightly", "statuspage-bridge", "k6-loadtest.staging",
                  "offboarding-bot", "corvidctl-ops", "grafana-ams3", "okta-scim-bridge"]
    CLIENT_DESCRIPTIONS = [
        "Grafana Infinity datasource for the #capacity-planning dashboards (owner: @obs-team, ticket OPS-3141)",
        "Terraform CI (GitHub Actions, repo corvid/infra-live) — PATCHes users on offboarding",
        "Nightly capacity report: GET /api/usage/stats, cron `0 6 * * 1-5` UTC",
        "Backstage plugin: shows Jeeves alert settings on the on-call's profile page",
        "PagerDuty → Jeeves: syncs on-call users' timezones (runs every 15 min)",
        "Read-only; owner Siobhán O'Neill; rotate every 90 days (next: 2025-02-12)",
        "Statuspage bridge — posts fra1/ams3 maintenance windows; contact #sre-oncall",
        "k6 load test of /api/users (staging only!) <= 50 rps, 10 min",
        "Offboarding bot: sets is_active=false when Okta deactivates a user (SCIM webhook → Lambda)",
        "corvidctl `jeeves` subcommand for on-call (read + switches); secret in Vault: secret/corvid/jeeves/ops",
        "Prometheus json_exporter on mon-fra1-01:7979 → scrapes /api/switches every 60s",
        "", "temp — Łukasz testing the new dashboard, delete after 2024-11-30",
        "Used by the \"Jeeves usage\" Grafana board (uid jeeves-usage), panel 4 & 7",
    ]

    def admin_client(self, h: dict[str, str], csrf: str) -> dict[str, Any]:
        client = self.pick(self.CLIENT_IDS)
        step = self.rng.random()
        if step < 0.55:
            fields = [("csrf_token", csrf), ("client_id", client), ("description", self.pick(self.CLIENT_DESCRIPTIONS)),
                      ("scopes", "read")]
            if self.chance(0.4):
                fields.append(("scopes", "write"))
            return self.rec("admin", "form", "POST", "/admin/clients", urllib.parse.urlencode(fields), h)
        action = self.pick(["rotate", "rotate", "disable", "enable"])
        return self.rec("admin", "form", "POST", f"/admin/clients/{urllib.parse.quote(client, safe='')}/{action}",
                        urllib.parse.urlencode([("csrf_token", csrf)]), h)

    # ---- /me/ --------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        who = self.person()
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser(self.pick([None, None, "https://app.slack.com/"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten"])
            return self.rec("me", "header", "GET", uri, "", h)
        if roll < 0.38:
            h = self.browser()
            h["Cookie"] = self.cookies(session)
            return self.rec("me", "header", "GET", "/me/data.json", "", h)
        fields: list[tuple[str, str]]
        if roll < 0.66:
            fields = [("csrf_token", csrf), ("place", self.subst(self.pick(PLACES + ["@@place@@ (home office)"])))]
            uri = "/me/location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", self.pick([who["tz"], who["tz"], "UTC"]))]
            if self.chance(0.6):
                fields.insert(2, ("alerts", "on"))
            uri = "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
        if self.chance(0.2):
            h = self.browser(form=True, fetch=True)
            h["Cookie"] = self.cookies(session)
            h["Origin"] = BASE  # fetch(new FormData(form)) sends the page's real origin
            body, h["Content-Type"] = self.multipart(fields)
            return self.rec("me", "multipart", "POST", uri, body, h)
        h = self.browser(form=True)
        h["Cookie"] = self.cookies(session)
        return self.rec("me", "form", "POST", uri, urllib.parse.urlencode(fields), h)

    # ---- Sign in with Slack and the bot's links ------------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser(self.pick([None, "https://app.slack.com/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.rec("auth", "query", "GET", uri, "", h)
        if roll < 0.34:
            h = self.browser()
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.rec("auth", "query", "GET", uri, "", h)
        if roll < 0.52:
            state = self.token()
            h = self.browser("https://corvid.enterprise.slack.com/")
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            if self.chance(0.12):
                params = [("error", "access_denied"), ("state", state)]
            else:
                params = [("code", self.oidc_code()), ("state", state)]
            return self.rec("auth", "query", "GET", "/auth/slack/callback?" + urllib.parse.urlencode(params), "", h)
        link = self.token()
        if roll < 0.66:
            h = self.link_expander()
            return self.rec("auth", "path", "GET", f"/auth/slack/link/{link}", "", h)
        if roll < 0.84:
            h = self.browser("https://app.slack.com/")
            return self.rec("auth", "path", "GET", f"/auth/slack/link/{link}", "", h)
        csrf = self.token()
        h = self.browser(form=True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.rec("auth", "form", "POST", f"/auth/slack/link/{link}",
                        urllib.parse.urlencode([("csrf_token", csrf)]), h)

    # ---- TokenDealer --------------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(self.API_CLIENTS)
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.11.0", "Go-http-client/2.0",
                                      "Terraform/1.9.8 terraform-provider-corvid/2.3.1", "Grafana/11.3.0",
                                      "corvidctl/3.14.2 (linux/amd64) go1.23.3", "Authlib/1.3.2 (+https://authlib.org/)",
                                      "lua-resty-http/0.17.2 (Lua) ngx_lua/10026"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote_plus(client)}:{secret}".encode()).decode()
        roll = self.rng.random()
        fields: list[tuple[str, str]]
        if roll < 0.55:
            fields = self.token_grant(client, secret, h, basic)
            return self.rec("oauth", "form", "POST", "/oauth/token", urllib.parse.urlencode(fields), h)
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.72:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.rec("oauth", "form", "POST", "/oauth/introspect", urllib.parse.urlencode(fields), h)
        if roll < 0.84:
            h["Authorization"] = basic
            fields = [("token", token), ("token_type_hint", "access_token")]
            return self.rec("oauth", "form", "POST", "/oauth/revoke", urllib.parse.urlencode(fields), h)
        fields = [("access_token", token)] + ([("audience", "jeeves")] if self.chance(0.5) else [])
        return self.rec("oauth", "form", "POST", "/verify_token", urllib.parse.urlencode(fields), h)

    # ---- probes and metadata ------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.45:
            ua = self.pick(["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Pingdom.com_bot_version_1.4_(http://www"
                            ".pingdom.com/)", "Datadog/Synthetics", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
                            "http://www.uptimerobot.com/)", "ELB-HealthChecker/2.0", "curl/8.11.0",
                            "Consul Health Check", "GoogleHC/1.0"])
            h = {"User-Agent": ua, "Accept": self.pick(["*/*", "application/json", "text/plain,*/*"])}
            if ua.startswith("Blackbox"):
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "9.5"
            if ua.startswith("Datadog"):
                h["x-datadog-origin"] = "synthetics"
                h["x-datadog-trace-id"] = str(self.rng.randint(10**17, 10**19))
                h["x-datadog-parent-id"] = "0"
            return self.rec("health", "header", self.pick(["GET", "GET", "GET", "HEAD"]),
                            self.pick(["/healthz", "/healthz", "/readyz"]), "", h)
        if roll < 0.75:
            h = {"User-Agent": self.pick(["lua-resty-http/0.17.2 (Lua) ngx_lua/10026", "Go-http-client/2.0",
                                          "PyJWT/2.9.0", "jwks-rsa/3.1.0", "python-jose/3.3.0", "Envoy/1.32.1"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"' if self.chance(0.3) else f'"{self.hexs(16)}"'
            return self.rec("health", "header", self.pick(["GET", "GET", "HEAD"]), "/.well-known/jwks.json", "", h)
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.11.0", "Authlib/1.3.2 (+https://authlib.org/)",
                                      "Spring-Security-OAuth2-Client/6.3", "oauth2-proxy/7.7.1"]),
             "Accept": "application/json"}
        return self.rec("health", "header", "GET", "/.well-known/oauth-authorization-server", "", h)


PLAN: list[tuple[str, int]] = [
    ("slack_dm_command", 230), ("slack_dm_chat", 60), ("slack_mention_command", 140), ("slack_mention_text", 110),
    ("slack_edit", 35), ("slack_delete", 12), ("slack_file", 25), ("slack_unfurl", 25), ("slack_bot_echo", 40),
    ("slack_home", 55), ("slash_command", 280), ("button_click", 140), ("api", 240), ("admin", 120), ("me", 75),
    ("auth", 45), ("oauth", 60), ("health", 45),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    gen = Thirtythird()
    todo = [name for name, count in PLAN for _ in range(count)]
    gen.rng.shuffle(todo)
    yield gen.slack_verification()
    for name in todo:
        yield getattr(gen, name)()


if __name__ == "__main__":
    for record in benign():
        print(json.dumps(record, ensure_ascii=False))
