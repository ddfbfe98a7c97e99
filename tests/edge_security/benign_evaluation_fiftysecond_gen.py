"""Benign evaluation set (fiftysecond): a payments company's platform / SRE team's ordinary traffic, benign only.

The company is Corvid Pay, a card-acquiring and payouts processor; its Platform & SRE group (on call around the
clock from Berlin, Kraków, Toronto, São Paulo, Lagos, Bengaluru and Melbourne) runs Kubernetes clusters in three
clouds and two colos. They use Jeeves to check the weather at the offices, at the data centres they fly to for
hardware swaps and before an on-call night on a bike, and they talk to it and around it the way they talk to each
other: service and cluster names, incident and change numbers, on-call handovers, Prometheus queries, kubectl and
terraform lines pasted into chat, log lines, regexes, percentages and latencies, YAML fragments, dashboards' links
with long query strings, in a dozen languages and scripts, with typos and emoji.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file and snippet shares, link unfurls, Jeeves' own replies),
`/jeeves` slash commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the
data API with a bearer JWT (users list/read/patch, usage stats, switches), the admin panel with its csrf_token
forms, `/me/`, Sign in with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token)
and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
SlackDay.shared_file from the shared modules.
"""

from __future__ import annotations

import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fiftysecond"
SEED = 52_2024_0912
EPOCH = 1726120800  # 2024-09-12 06:00 UTC, a Thursday: on-call handover day, a SEV2 still open from the night
TEAM, TEAM_DOMAIN = "T05CRVDPAY", "corvidpay"
PARTNER_TEAM = "T06FNCHLAB"  # Finch Labs, the acquired risk-scoring start-up, still on its own Slack
APP_ID, BOT_USER, BOT_ID = "A05JVSCRV1", "U05JEEVES1", "B05JEEVES7"
HOST = "jeeves.corvidpay.com"
BASE = f"https://{HOST}"

FIRST = ["Aoife", "Bartosz", "Chinonso", "Dmitri", "Eun-ji", "Farhan", "Gráinne", "Hiroshi", "Ifeoma", "Jakub",
         "Kavya", "Lars", "Mónica", "Nikhil", "Olumide", "Pınar", "Quentin", "Rafał", "Saoirse", "Thảo", "Uchenna",
         "Vikram", "Wen", "Xiadani", "Yaw", "Zsófia", "Anaïs", "Bongani", "Dagny", "Émile", "Fatima", "Ngozi",
         "Søren", "Tomás", "Łukasz", "Jörg", "Ahmad", "Rhiannon", "Kōji", "Marie-Ève", "Jean-Luc", "Ana Paula"]
LAST = ["O'Brien", "Nwachukwu", "Kowalczyk", "Ó Briain", "van der Berg", "Deshpande", "Adeyemi",
        "Müller-Lüdenscheidt", "Nguyễn", "Yılmaz", "Silva Santos", "Kim", "Haddad", "Lindgren", "D'Angelo",
        "MacLeod", "Brzęczyszczykiewicz", "Tanaka", "Fernández-Ortiz", "Okafor", "Petrović", "Al-Amin",
        "Chatterjee", "Kovács", "Ng", "Ferreira da Costa", "St-Pierre", "Björnsson", "Ogunleye", "Zhao",
        "Ben-Ami", "Henriksen", "de Oliveira", "Iyer"]
OFFICES = [("Berlin", "Torstraße 140, 10119 Berlin"), ("Kraków", "ul. Przemysłowa 12, 30-701 Kraków"),
           ("Toronto", "111 Peter St, Suite 900, Toronto, ON M5V 2H1"),
           ("São Paulo", "Av. Paulista, 1842 – 12º andar, Bela Vista, São Paulo – SP, 01310-200"),
           ("Lagos", "17A Ozumba Mbadiwe Ave, Victoria Island, Lagos"),
           ("Bengaluru", "Embassy TechVillage, Outer Ring Rd, Devarabisanahalli, Bengaluru 560103"),
           ("Melbourne", "Level 12, 120 Collins St, Melbourne VIC 3000")]
# Data centres and cloud regions, as the team writes them when it checks the weather there.
DCS = ["Ashburn, VA (us-east-1)", "Dublin (eu-west-1)", "Frankfurt (europe-west3)", "Sydney (ap-southeast-2)",
       "São Paulo (sa-east-1)", "Mumbai (ap-south-1)", "Equinix FR5, Kleyerstraße 90, 60326 Frankfurt am Main",
       "Equinix LD8, 6/7 Harbour Exchange Sq, London E14 9GE", "Digital Realty DUB10, Clonshaugh, Dublin 17",
       "Equinix SY3, 47 Bourke Rd, Alexandria NSW 2015", "MainOne MDXi, Lekki, Lagos", "Whitefield, Bengaluru",
       "Cologix TOR1, 151 Front St W, Toronto", "Council Bluffs, Iowa", "The Dalles, OR", "Hamina, Finland",
       "Eemshaven", "St. Ghislain, Belgium", "Luleå", "Querétaro"]
PLACES = ["Berlin", "Kraków", "Toronto", "São Paulo", "Lagos", "Bengaluru", "Melbourne", "Frankfurt am Main",
          "Ashburn", "Dublin", "Sydney", "Mumbai", "Montréal", "Warszawa", "Wrocław", "Köln", "Zürich",
          "Reykjavík", "Lisboa", "Porto Alegre", "Campinas", "Ikeja", "Lekki", "Abuja", "Koramangala", "Pune",
          "Hyderabad", "東京", "大阪", "서울", "Singapore", "Tel Aviv", "Dubai", "Nairobi", "Cape Town",
          "Brunswick VIC", "St Kilda", "Prenzlauer Berg", "Friedrichshain-Kreuzberg", "Nowa Huta", "Mississauga",
          "Kitchener-Waterloo", "Niagara-on-the-Lake", "Hamilton, ON", "Île de Montréal", "Ōita",
          "10119", "M5V 2H1", "30-701", "3000", "D08 VF8H", "560103",
          "52.5290, 13.4010", "-37.8152,144.9712", "43.6453° N, 79.3957° W"]
TIMEZONES = ["Europe/Berlin", "Europe/Warsaw", "America/Toronto", "America/Sao_Paulo", "Africa/Lagos",
             "Asia/Kolkata", "Australia/Melbourne", "UTC", "Etc/UTC", "Europe/Dublin", "America/New_York",
             "Asia/Tokyo", "Asia/Singapore", "Europe/Lisbon", "Asia/Seoul", "Europe/London"]
SERVICES = ["ledger-api", "checkout-gw", "payouts-worker", "fraud-scorer", "notif-fanout", "kyc-docs",
            "merchant-portal", "fx-rates", "webhook-relay", "auth-edge", "search-indexer", "pg-ledger-primary",
            "redis-sessions", "kafka-payments", "istio-ingressgateway", "coredns", "cert-manager", "karpenter",
            "external-dns", "argocd-repo-server", "loki-ingester", "thanos-query", "vault", "settlement-batch"]
CLUSTERS = ["prod-euw1-a", "prod-use1-b", "prod-apse2", "stg-euw1", "dev-shared", "gke-prod-euw3",
            "eks-prod-use1-blue", "eks-prod-use1-green", "k3s-edge-lagos-01", "prod-sae1"]
NAMESPACES = ["payments", "ledger", "platform", "observability", "kube-system", "ingress", "risk", "merchant",
              "argocd", "payouts"]
INCIDENTS = ["INC-4821", "INC-4830 (SEV2)", "#inc-2024-09-12-ledger-latency", "PD Q3J8RX0ZK1ZQ7T", "INC-4817",
             "CHG-20931", "PM-112", "PLAT-2291", "OPS-7781", "SEV-1 INC-4799", "INC-4826/INC-4827 (dupe)",
             "CHG-20944 (emergency)"]
VERSIONS = ["v2.41.3", "v2.42.0-rc.1", "1.18.7", "sha-3f9c2e1", "2024.09.11-1", "v0.93.0", "chart 5.12.4",
            "image tag 4c1e8a7", "v1.30.4-eks-a737599", "14.12 → 16.4"]
PERCENTS = ["3.8%", "0.42%", "99.95%", "99.9% SLO", "37.2% of the error budget left", "12.5%", "~40%",
            "100% CPU", "91% disk", "0,7 %", "2 %", "+18% w/w", "-63%", "99.2 % (target 99.5 %)", "0.05%"]
LATENCIES = ["p99 2.41s", "p99 = 1,870 ms", "p95 210ms", "p50 38ms / p95 210ms / p99 1.9s", "800 ms", "~4s",
             "30.001s (timeout)", "120µs", "p99.9 12s", "TTFB 640ms", "p99 went 180ms → 2.3s", "5003ms",
             "1.2 s", "p90 < 300ms", "~15 min replication lag"]
WHEN = ["at 03:10 UTC", "since 02:47 CEST", "tomorrow 09:00 BRT", "Thu 12 Sep, 18:00 IST", "2024-09-12T03:14:07Z",
        "in ~20 min", "after the 14:00 change freeze", "tonight (23:00–01:00 AEST)", "Mon 16/09 8h",
        "12.09.2024 um 6 Uhr", "na sexta às 10h", "o 7:30", "EOD", "next sprint", "before the SEV review at 4pm"]
PROMQL = [
    'histogram_quantile(0.99, sum by (le) (rate(http_server_request_duration_seconds_bucket{service="ledger-api",'
    ' route!~"/healthz|/readyz"}[5m])))',
    'sum(rate(http_requests_total{job="checkout-gw",code=~"5.."}[5m])) / sum(rate(http_requests_total{job='
    '"checkout-gw"}[5m])) * 100',
    'topk(10, sum by (pod) (container_memory_working_set_bytes{namespace="payments", container!=""}))',
    'increase(kube_pod_container_status_restarts_total{namespace="ledger"}[1h]) > 3',
    'avg_over_time(up{job="kafka-exporter"}[10m]) < 0.9',
    'predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/postgresql"}[6h], 4*3600) < 0',
    'sum by (consumergroup) (kafka_consumergroup_lag{topic="payments.settled.v2"})',
    'rate(container_cpu_cfs_throttled_periods_total{pod=~"fraud-scorer-.*"}[5m]) / rate('
    'container_cpu_cfs_periods_total{pod=~"fraud-scorer-.*"}[5m])',
    'pg_replication_lag_seconds{instance=~"pg-ledger-.*"} > 30',
    'count(count by (version) (build_info{app="auth-edge"}))',
    'sum(rate(apiserver_request_total{verb=~"LIST|WATCH",code="429"}[5m])) or vector(0)',
    'max_over_time(probe_duration_seconds{instance="https://api.corvidpay.com/healthz"}[1h])',
    'label_replace(up{job="node"}, "host", "$1", "instance", "(.*):9100")',
    '1 - (sum(rate(slo_errors_total{slo="checkout-availability"}[30d])) / sum(rate(slo_requests_total{slo='
    '"checkout-availability"}[30d])))',
    'sum(kube_deployment_status_replicas_available{deployment="webhook-relay"}) without (instance)',
]
KUBECTL = [
    "kubectl -n payments rollout status deploy/ledger-api --timeout=5m",
    "kubectl get pods -n ledger -l app.kubernetes.io/name=payouts-worker -o wide | grep -v Running",
    "kubectl -n observability logs -f sts/loki-ingester --since=15m --tail=200",
    "kubectl describe node ip-10-42-17-203.eu-west-1.compute.internal | grep -A5 Conditions",
    "kubectl top pods -n payments --sort-by=memory | head -20",
    "kubectl -n argocd get applications -o jsonpath='{range .items[*]}{.metadata.name}{\"\\t\"}"
    "{.status.sync.status}{\"\\n\"}{end}'",
    "kubectl cordon ip-10-42-9-88.ec2.internal && kubectl drain ip-10-42-9-88.ec2.internal --ignore-daemonsets "
    "--delete-emptydir-data",
    "kubectl -n payments scale deploy/checkout-gw --replicas=12",
    "kubectl rollout undo deploy/fraud-scorer -n risk --to-revision=41",
    "kubectl get events -n ledger --sort-by=.lastTimestamp | tail -30",
    "kubectl -n kube-system rollout restart deploy/coredns",
    "kubectl port-forward -n observability svc/thanos-query 10902:9090",
    "kubectl get hpa -A | awk '$6 == $5'",
    "kubectl -n payouts get cronjob settlement-batch -o yaml | yq '.spec.schedule'",
    "k get po -n risk -w",
    "kubectx prod-euw1-a && kubens ledger",
    "kubectl -n ingress annotate svc istio-ingressgateway service.beta.kubernetes.io/aws-load-balancer-"
    "connection-idle-timeout=350 --overwrite",
]
TERRAFORM = [
    "terraform plan -var-file=env/prod.tfvars -target=module.rds_ledger -out=tfplan",
    "terraform state mv 'module.eks.aws_eks_node_group.this[\"general\"]' 'module.eks.aws_eks_node_group.general'",
    "terraform import 'aws_route53_record.api[\"api.corvidpay.com\"]' Z0451234ABCDEF_api.corvidpay.com_A",
    "Plan: 3 to add, 1 to change, 0 to destroy.",
    "~ instance_class = \"db.r6g.2xlarge\" -> \"db.r6g.4xlarge\"",
    "terraform fmt -recursive && tflint --recursive",
    "Error: creating EKS Node Group (prod-euw1-a:general-2024): ResourceInUseException: NodeGroup already exists",
    "terraform apply tfplan  # CHG-20931 approved by @saoirse",
    "atlantis plan -p platform-prod -- -lock-timeout=5m",
    "terragrunt run-all plan --terragrunt-working-dir live/prod/eu-west-1",
]
LOGLINES = [
    "2024-09-12T03:14:07.123Z ERROR ledger-api [req=7f3c2a91] pool exhausted: 50/50 connections in use, "
    "waited 5003ms",
    "level=warn ts=2024-09-12T03:15:44.901Z caller=compactor.go:512 component=compactor msg=\"compaction failed\" "
    "err=\"context deadline exceeded\"",
    "{\"level\":\"error\",\"ts\":\"2024-09-12T03:16:02Z\",\"svc\":\"webhook-relay\",\"msg\":\"upstream 502\","
    "\"merchant_id\":\"m_9XK2P\",\"attempt\":4,\"latency_ms\":30012}",
    "E0912 03:17:55.482113       1 reflector.go:138] Failed to watch *v1.Pod: the server has received too many "
    "requests and has asked us to try again later",
    "10.42.7.19 - - [12/Sep/2024:03:18:21 +0000] \"POST /v2/payouts HTTP/1.1\" 504 162 \"-\" \"okhttp/4.12.0\" "
    "rt=60.001 uct=0.002 uht=60.000",
    "Last State: Terminated, Reason: OOMKilled, Exit Code: 137 (limit 2Gi)",
    "Sep 12 03:19:40 ip-10-42-3-11 kernel: nf_conntrack: table full, dropping packet",
    "WARN [ReplicaManager broker=2] Partition payments.settled.v2-7 ISR shrunk from 1,2,3 to 1",
    "panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation "
    "violation code=0x1 addr=0x18 pc=0x1a2b3c4]",
    "java.util.concurrent.TimeoutException: Did not observe any item or terminal signal within 5000ms in 'flatMap'",
    "x509: certificate has expired or is not yet valid: current time 2024-09-12T03:20:11Z is after "
    "2024-09-12T00:00:00Z",
    "Readiness probe failed: HTTP probe failed with statuscode: 503",
    "0/48 nodes are available: 12 Insufficient cpu, 36 node(s) had untolerated taint {dedicated: kafka}.",
    "upstream connect error or disconnect/reset before headers. reset reason: connection termination",
]
REGEXES = [
    "^/v2/(orders|payouts)/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
    "(?i)timeout|deadline exceeded",
    "checkout-gw-[a-z0-9]+-[a-z0-9]{5}",
    "\\b(INC|CHG)-\\d{4,5}\\b",
    "^ip-10-42-\\d{1,3}-\\d{1,3}\\.eu-west-1\\.compute\\.internal$",
    "level=(error|fatal).*svc=ledger-api",
    "^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$",
    "msg=\"(compaction|flush) failed\"",
]
DASH_LINKS = [
    "https://grafana.corvidpay.com/d/ledger-red/ledger-api-red?orgId=1&from=now-6h&to=now&var-cluster=prod-euw1-a"
    "&var-namespace=ledger&var-pod=All&refresh=30s&viewPanel=14",
    "https://grafana.corvidpay.com/d/k8s-cap/cluster-capacity?orgId=1&var-datasource=thanos-prod&var-cluster="
    "eks-prod-use1-blue&var-cluster=eks-prod-use1-green&from=1726106400000&to=1726120800000",
    "https://grafana.corvidpay.com/explore?orgId=1&left=%7B%22datasource%22:%22thanos%22,%22queries%22:%5B%7B"
    "%22refId%22:%22A%22,%22expr%22:%22sum%28rate%28http_requests_total%7Bjob%3D%5C%22checkout-gw%5C%22%7D"
    "%5B5m%5D%29%29%22%7D%5D,%22range%22:%7B%22from%22:%22now-1h%22,%22to%22:%22now%22%7D%7D",
    "https://logs.corvidpay.com/app/discover#/?_g=(filters:!(),refreshInterval:(pause:!t,value:0),time:(from:"
    "now-15m,to:now))&_a=(columns:!(msg,svc,latency_ms),index:'logs-prod-*',query:(language:kuery,query:'svc:"
    "%22webhook-relay%22%20and%20level:error'),sort:!(!('@timestamp',desc)))",
    "https://app.datadoghq.eu/apm/services/checkout-gw/operations/http.request/resources?env=prod&start="
    "1726110000000&end=1726113600000&paused=false",
    "https://corvidpay.pagerduty.com/incidents/Q3J8RX0ZK1ZQ7T",
    "https://prometheus.prod-euw1-a.corvidpay.internal/graph?g0.expr=sum%20by%20(pod)%20(rate("
    "container_cpu_usage_seconds_total%7Bnamespace%3D%22payments%22%7D%5B5m%5D))&g0.tab=0&g0.range_input=2h",
    "https://argocd.corvidpay.com/applications/argocd/ledger-api-prod?view=tree&resource=&node=apps%2FDeployment"
    "%2Fledger%2Fledger-api%2F0",
    "https://github.com/corvidpay/platform-infra/pull/2291/files",
    "https://github.com/corvidpay/charts/compare/ledger-api-5.12.3...ledger-api-5.12.4",
    "https://eu-west-1.console.aws.amazon.com/rds/home?region=eu-west-1#database:id=pg-ledger-primary;"
    "is-cluster=false",
    "https://runbooks.corvidpay.com/ledger/high-error-rate#mitigation",
    "https://status.corvidpay.com/incidents/8k2m4xq7vz1n",
    "https://meet.google.com/xkc-pqrs-tuv",
    "https://corvidpay.atlassian.net/browse/PLAT-2291?focusedCommentId=118342",
    "https://corvidpay.sentry.io/issues/5123987461/?project=4504211&query=is%3Aunresolved+release%3A"
    "ledger-api%402.41.3&referrer=slack",
    "https://console.cloud.google.com/kubernetes/clusters/details/europe-west3/gke-prod-euw3/nodes?project="
    "corvid-prod-3f2a",
    "https://alertmanager.corvidpay.com/#/silences/new?filter=%7Balertname%3D%22KafkaConsumerLag%22%2C"
    "%20topic%3D%22payments.settled.v2%22%7D",
    "https://grafana.corvidpay.com/d/slo-checkout/checkout-slo?orgId=1&var-slo=checkout-availability"
    "&var-window=30d&from=now-30d&to=now",
]
EMOJI = [":fire:", ":rotating_light:", ":white_check_mark:", ":eyes:", ":pager:", ":coffee:", ":sweat_smile:",
         ":pray:", ":tada:", ":thisisfine:", ":ack:", ":rollback:", ":ship_it:", ":bike:", ":umbrella:",
         ":sunny:", ":cloud_with_rain:", "🔥", "🚨", "✅", "👀", "☕", "🙏", "🎉", "🌧️", "🚲", "📉", "📈", "🫠",
         "🇧🇷", "🇳🇬", "🇵🇱", "🇮🇳", "🇦🇺"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %DC%", "weather in %PLACE% tomorrow", "weather %PLACE% pls", "weather %OFFICE%",
    "weather", "weather?", "wetaher %PLACE%", "weather %PLACE% %EMOJI%", "weather for the DC visit in %DC% %WHEN%",
    "weather %PLACE% — flying there for the %CLUSTER% hardware swap", "remember location %OFFICE%",
    "remember location %PLACE%", "remember location Corvid Pay %OFFICE_NAME% office", "my location",
    "forget location", "help", "config", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%",
    "config time %HHMM%", "config units metric", "config units imperial", "config unit imperial", "alerts on",
    "alerts off", "alerts", "login", "forget me", "is it raining in %PLACE%?", "hi jeeves", "thx",
    "config alert_time 6:45", "weather %PLACE% (on-call tonight, deciding whether to bike in)",
    "Weather %DC%", "weather  %PLACE%", "weather %PLACE%!!", "remember location %DC%", "HELP",
]
CHAT = [
    "%WHO% can you take the pager from %WHEN%? I'm on a flight to %PLACE% %EMOJI%",
    "%INC%: %SVC% %LAT% on %CLUSTER%, error rate %PCT%. Mitigating by scaling out",
    "Rolled back %SVC% to %VERSION% on %CLUSTER%, error rate back under %PCT% :white_check_mark:",
    "query I'm using for the SLO panel: `%PROMQL%`",
    "can someone sanity-check this before I run it? `%KUBECTL%`",
    "`%TF%` — looks fine to me, ship it",
    "seeing lots of these in %SVC%:\n```\n%LOG%\n```",
    "regex for the log filter: `%REGEX%` (case-insensitive in Loki)",
    "dashboard: %LINK%",
    "%WHO% the %SVC% alert is flapping again, silencing for 2h: %LINK%",
    "handover is in the doc, TL;DR %SVC% is fine, %INC% still open, waiting on AWS support",
    "who owns %SVC%? the CODEOWNERS file says @corvidpay/platform but that can't be right",
    "deploying %SVC% %VERSION% to %CLUSTER% %WHEN%, shout if you object",
    "%CLUSTER% CPU requests at 87% of allocatable, karpenter is adding 4x m7i.2xlarge",
    "p99 for %SVC% is %LAT% — SLO is 800ms, we're burning budget at 14.4x :fire:",
    "%PCT% of 5xx are from one merchant (m_9XK2P), their retries have no backoff 🫠",
    "FYI change freeze starts Fri 18:00 UTC through Mon 06:00 UTC (quarter-end settlement)",
    "anyone else getting 403s from the Thanos querier? `curl -sS https://thanos.prod-euw1-a.corvidpay.internal"
    "/-/ready` works for me",
    "postmortem for %INC% is up, please add your timeline bits before Friday %LINK%",
    "I'm OOO %WHEN%, %WHO% is covering for me",
    "lgtm 👍", "ack", "on it", "brb, coffee ☕", "rebooting my laptop, back in 5", "sorry wrong channel",
    "weather in %PLACE% looks grim, I'll work from home tomorrow 🌧️",
    "need a +1 on %LINK% (bumps %SVC% memory limit 1Gi → 2Gi)",
    "cert-manager renewed *.corvidpay.com at 02:00, old cert expires %WHEN%, nothing to do",
    "The %SVC% HPA is pinned at maxReplicas (40) since %WHEN%, should we raise it or fix the query?",
    "%SVC% readiness probe keeps failing on %CLUSTER% — `%LOG%`",
    "disk on pg-ledger-replica-2 is at 91%, WAL archiving stuck? predict_linear says full in ~4h",
    "Kafka lag on payments.settled.v2 is 1.2M msgs, consumers at 100% CPU, scaling payouts-worker 6 → 12",
    "is anyone running terraform in platform-prod? the state lock has been held for 40 min (ID 7c1e…)",
    "Kann jemand kurz auf den Alert für %SVC% schauen? Ich steck im Zug nach %PLACE% fest 🚆",
    "Wdrożenie %SVC% %VERSION% na %CLUSTER% wstrzymane, %LAT% po 10 minutach",
    "Galera, o %SVC% tá com %PCT% de erro 5xx desde as 03:10 BRT, alguém olhando?",
    "%SVC% का p99 %LAT% पहुँच गया है, मैं rollback कर रहा हूँ",
    "Abeg who get pager tonight? NEPA don take light for Lekki again, I dey on generator 😅",
    "%CLUSTER% のノードが NotReady になっています。%INC% で対応中です",
    "%SVC% 배포 롤백했습니다. 에러율 %PCT% → 0.1%",
    "Кто дежурит? %SVC% падает с OOMKilled, лимит 2Gi, поднимаю до 3Gi",
    "تم حل الحادث %INC%، سنكتب تقرير ما بعد الحادث غدًا",
    "מי בכוננות הלילה? יש התראה על %SVC% ב-%CLUSTER%",
    "%SVC% 的 p99 延迟升到 %LAT%，正在扩容到 12 个副本",
    "Je prends le pager à partir de 18 h (heure de Montréal), bonne soirée tout le monde!",
    "¿Alguien sabe por qué %SVC% tiene %PCT% de errores en %CLUSTER%?",
    "Mình đã scale %SVC% lên 12 replicas, p99 giờ là %LAT%",
    "%SVC% için rollback tamam, hata oranı %PCT%",
    "Wie viele Nodes hat %CLUSTER% gerade? Karpenter zeigt 48, die Konsole 52 🤔",
    "alert rule I'm proposing:\n```\n- alert: LedgerApiHighErrorRate\n  expr: |\n    sum(rate(http_requests_total"
    "{job=\"ledger-api\",code=~\"5..\"}[5m]))\n      / sum(rate(http_requests_total{job=\"ledger-api\"}[5m])) > 0.02"
    "\n  for: 10m\n  labels:\n    severity: page\n    team: payments-sre\n  annotations:\n    summary: \"ledger-api "
    "5xx > 2% for 10m\"\n    runbook_url: https://runbooks.corvidpay.com/ledger/high-error-rate\n```",
    "bumped the requests, diff:\n```\nresources:\n  requests:\n    cpu: 500m\n    memory: 1Gi\n  limits:\n"
    "    memory: 2Gi\n```",
    "rollout strategy for %SVC%:\n```\nstrategy:\n  type: RollingUpdate\n  rollingUpdate:\n    maxUnavailable: 25%"
    "\n    maxSurge: 50%\n```",
    "HPA we settled on:\n```\nminReplicas: 6\nmaxReplicas: 40\nmetrics:\n  - type: Resource\n    resource:\n"
    "      name: cpu\n      target: {type: Utilization, averageUtilization: 65}\n```",
    "`%KUBECTL%` shows 3 pods in CrashLoopBackOff, exit code 137",
    "the regex `%REGEX%` doesn't match the new pod names, they dropped the hash suffix in %VERSION%",
    "error budget for checkout-availability: %PERCENT%, burn rate 2.1x over 6h",
    "load test results (k6, 200 VUs, 10 min): %LAT%, 0 errors, 1,840 RPS peak",
    "reminder: game day %WHEN% — we kill one AZ in stg-euw1 and watch %SVC%",
    "%WHO% %WHO% can you two sync on %INC% after standup?",
    "pinned: on-call escalation is Primary → Secondary → @platform-leads, 5 / 10 / 15 min",
    "new runbook: %LINK% — please read before your next shift",
    "TIL `kubectl get --raw /readyz?verbose` lists every apiserver check",
    "nope, that's the old cluster, %CLUSTER% is the one with the new CNI",
    "p95/p99 before vs after the connection-pool fix: 210ms/1.9s → 95ms/340ms 🎉",
    "our AWS bill for Aug: $184,230.17 (+6.2% m/m), NAT gateway is 11% of it again",
    "cost per 1M API calls dropped from $4.12 to $3.37 after the Graviton move",
    "Datadog says %SVC% has 2,400 req/s at %LAT% — matches Grafana within 3%",
    "brb, rebooting my YubiKey-ed laptop, vault login expired",
    "someone left a `kubectl port-forward` running on the bastion since Tuesday 😄",
    "rain in %PLACE% all week, the Lagos team asked for a late standup :umbrella:",
]
LONG_MESSAGES = [
    "*On-call handover — %WHEN%*\n*Open*\n• %INC%: %SVC% latency on %CLUSTER% (%LAT%), mitigated, root cause TBD\n"
    "• CHG-20944: node group rotation 3/8 done, resume after 09:00 UTC\n*Noise*\n• KafkaConsumerLag flapping, "
    "silenced until 12:00 (%LINK%)\n*FYI*\n• AWS maintenance on pg-ledger-replica-2 Sat 02:00–04:00 UTC\n\n"
    "Pager to %WHO%, good luck 🫡",
    "*%INC% update 03:40 UTC*\nImpact: %PCT% of payout requests failing with 504 (%LAT%)\nCause: connection pool "
    "exhaustion on %SVC% after %VERSION%\nMitigation: rolled back, pool size 50 → 120, watching\nNext update: 04:10 "
    "UTC\nBridge: https://meet.google.com/xkc-pqrs-tuv",
    "Postmortem draft for %INC%\n\n*Timeline (UTC)*\n02:47 alert `LedgerApiHighErrorRate` fired\n02:52 ack by "
    "%WHO%\n03:05 identified: `%LOG%`\n03:21 rollback to %VERSION%\n03:40 error rate < 0.1%\n\n*What went well*: "
    "alert fired within 5 min\n*What didn't*: runbook pointed at the old dashboard",
    "weekly SLO report\n```\nservice          target   actual   budget left\ncheckout-gw      99.95%   99.97%   "
    "61.0%\nledger-api       99.9%    99.82%   -80.0%  <- breach\npayouts-worker   99.5%    99.91%   82.4%\nauth-edge"
    "        99.99%   99.995%  50.1%\n```\nledger-api needs a reliability sprint, see %INC%",
    "Capacity plan for Q4 (black friday)\n1. %CLUSTER%: 48 → 80 nodes, pre-warm the NLB (ticket 17283940)\n2. "
    "Kafka: 12 → 18 partitions on payments.settled.v2\n3. pg-ledger: r6g.4xlarge, IOPS 12k → 20k\n4. load test at "
    "3x last year's peak (5,520 RPS)\n\nCost estimate: +$38k/mo for Nov–Dec",
    "terraform plan for %LINK%:\n```\n  # module.rds_ledger.aws_db_instance.this will be updated in-place\n  ~ "
    "resource \"aws_db_instance\" \"this\" {\n        id             = \"pg-ledger-primary\"\n      ~ "
    "instance_class = \"db.r6g.2xlarge\" -> \"db.r6g.4xlarge\"\n        # (41 unchanged attributes hidden)\n    }\n\n"
    "Plan: 0 to add, 1 to change, 0 to destroy.\n```\napply in the window %WHEN%?",
    "Hi all 👋 I'm %NAME%, joining Platform in %OFFICE_NAME% as SRE. Before this: 4 yrs running Kafka at a "
    "bank. Favourite dashboards welcome, and tell me where the good coffee is ☕",
    "values-prod.yaml change for %SVC%:\n```\nreplicaCount: 6\nimage:\n  repository: 123456789012.dkr.ecr.eu-west-1"
    ".amazonaws.com/ledger-api\n  tag: \"2.41.3\"\npodDisruptionBudget:\n  minAvailable: 4\nenv:\n  DB_POOL_SIZE: "
    "\"120\"\n  LOG_LEVEL: info\n```",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    "Here is what I can do:\n• `login`: a private one-time link to your page, where you see and change what I "
    "know\n• `forget me`: delete everything I know about you (asks first)\n• `help`: this list\n• `remember "
    "location <place>`: remember where you are (used by `weather`)\n• `my location`: what I remember as your "
    "location\n• `forget location`: forget your location\n• `config [setting value]`: show or change your settings "
    "(units, alert_time, timezone)\n• `alerts on|off`: daily weather alert for your location at your alert_time\n"
    "• `weather [place]`: the weather for a place, or for your remembered location",
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 06:45 (Europe/Berlin).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%DC%\u201d.",
    "%PLACE%: Slight rain, 14°C, wind 19 km/h; today 11°C to 17°C, 70% chance of precipitation",
    "%PLACE%: Clear sky, 29°C, wind 7 km/h; today 21°C to 33°C, 0% chance of precipitation",
    "%PLACE%: Thunderstorm, 81°F, wind 12 mph; today 74°F to 88°F, 85% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:45\n• alerts: on\n• timezone: America/Sao_Paulo\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
SNIPPETS = [
    ("values-prod.yaml", "yaml", "YAML", "replicaCount: 6\nimage:\n  repository: ledger-api\n  tag: \"2.41.3\"\n"
     "resources:\n  requests:\n    cpu: 500m\n    memory: 1Gi"),
    ("ledger-api-crash.log", "text", "Plain Text", "2024-09-12T03:14:07.123Z ERROR ledger-api pool exhausted\n"
     "2024-09-12T03:14:07.981Z WARN  ledger-api retrying (attempt 2/5) in 400ms\n2024-09-12T03:14:09.004Z ERROR "
     "ledger-api pool exhausted"),
    ("alert-rules.yaml", "yaml", "YAML", "groups:\n  - name: ledger\n    rules:\n      - alert: LedgerApiHighLatency\n"
     "        expr: histogram_quantile(0.99, sum by (le) (rate(http_server_request_duration_seconds_bucket[5m])))"
     " > 0.8\n        for: 10m"),
    ("plan.txt", "text", "Plain Text", "Terraform will perform the following actions:\n\n  # "
     "aws_autoscaling_group.kafka will be updated in-place\n  ~ desired_capacity = 12 -> 18\n\nPlan: 0 to add, "
     "1 to change, 0 to destroy."),
    ("drain-nodes.sh", "shell", "Shell", "#!/usr/bin/env bash\nset -euo pipefail\nfor n in $(kubectl get nodes -l "
     "nodegroup=general-2023 -o name); do\n  kubectl drain \"$n\" --ignore-daemonsets --delete-emptydir-data\n"
     "  sleep 60\ndone"),
    ("handover-2024-09-12.md", "markdown", "Markdown", "# On-call handover 12 Sep\n\n- INC-4830 open (SEV2)\n"
     "- CHG-20944 3/8 node groups done\n- KafkaConsumerLag silenced until 12:00 UTC"),
    ("pgbouncer.ini", "text", "Plain Text", "[pgbouncer]\npool_mode = transaction\nmax_client_conn = 2000\n"
     "default_pool_size = 120\nserver_idle_timeout = 60"),
    ("slo.json", "json", "JSON", "{\n  \"slo\": \"checkout-availability\",\n  \"target\": 0.9995,\n  \"window\": "
     "\"30d\",\n  \"budget_remaining\": 0.372\n}"),
]
IMAGES = ["Screenshot 2024-09-12 at 03.21.44.png", "grafana-ledger-p99.png", "IMG_4821.HEIC",
          "Bildschirmfoto 2024-09-12 um 05.02.13.png", "Captura de tela 2024-09-12 041533.png", "image.png",
          "kafka-lag (1).png", "Zrzut ekranu 2024-09-12 063012.png"]
UNFURLS = [
    ("Grafana", "Ledger API — RED", "Requests, errors and duration per route, prod-euw1-a"),
    ("GitHub", "Bump ledger-api memory limit to 2Gi by lukasz-k · Pull Request #2291 · corvidpay/platform-infra",
     "Requests 1Gi → 1.5Gi, limits 1Gi → 2Gi. Fixes INC-4821 (OOMKilled under settlement load)."),
    ("PagerDuty", "[#48213] LedgerApiHighErrorRate: ledger-api 5xx > 2% for 10m", "Triggered · High urgency"),
    ("Atlassian", "PLAT-2291 Raise HPA maxReplicas for checkout-gw", "Status: In Review · Assignee: Kavya Deshpande"),
    ("Sentry", "TimeoutError: pool exhausted (50/50)", "ledger-api@2.41.3 · 1.2k events · 318 users"),
    ("Corvid Pay Status", "Elevated payout latency", "Investigating — We are seeing delays of up to 2 minutes for "
     "payouts in the EU region."),
]
SEARCH_Q = ["O'Brien", "okafor", "@corvidpay.com", "U05", TEAM, "Ní Bhriain", "st-pierre", "łukasz", "sre",
            "oncall", "nguyen", "Nguyễn", "kavya.d", "müller", PARTNER_TEAM, "brzęczyszczykiewicz", "d'angelo",
            "platform", "finch", "Ó Briain", "ana paula", "Kōji", "yilmaz", "@finchlabs.ai"]
AUDIT_Q = ["client.rotate", "client.create", "client.disable", "feature.set", "feature.remove_override",
           "admin.map_slack", "admin.unmap_slack", "account.totp_enable", "account.totp_disable", "user.forget_me",
           "login", "login.slack", "logout", "weather@" + TEAM, "grafana-jeeves-ds", "failed", "2024-09-11",
           "break-glass"]
ADMINS = ["sre-admin", "kavya.deshpande", "lukasz.k", "break-glass", "chinonso.okafor", "platform-oncall"]
CLIENT_DESCRIPTIONS = [
    ("grafana-jeeves-ds", "Grafana JSON datasource: Jeeves usage panels on the SRE overview board (read)"),
    ("pagerduty-bridge", "PagerDuty → Jeeves: on-call engineer gets alerts for the DC they're flying to"),
    ("argo-smoke", "Argo CD PostSync hook: smoke test GET /api/switches after each deploy"),
    ("backstage.catalog", "Backstage catalog plugin — users & switches, read-only (owner: @platform-devex)"),
    ("tfc-run-task", "Terraform Cloud run task (workspace jeeves-prod): turns alerts off during CHG windows"),
    ("bq-export", "Nightly usage export → BigQuery `sre_analytics.jeeves_usage`, 02:15 UTC"),
    ("k6-loadtest", "k6 load test, staging only; 200 VUs max — ask #platform before running"),
    ("handover:bot", "On-call handover doc generator (Mon/Thu 09:00 UTC), reads users + usage"),
    ("finch-risk", "Finch Labs workspace bridge (T06FNCHLAB) — temporary until the Slack merge, Q1 2025"),
    ("statuspage-sync", "Statuspage component ↔ switches sync; 5-min cron, retries w/ backoff"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36 Edg/128.0.2739.67",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8 Pro) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/24.08.20",
]
LANGS = ["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
         "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "en-NG,en;q=0.9", "en-IN,en;q=0.9,hi;q=0.8", "en-AU,en;q=0.9",
         "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "ja-JP,ja;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9", "vi-VN,vi;q=0.9,en;q=0.8",
         "tr-TR,tr;q=0.9,en;q=0.8", "en"]
SCRIPT_UAS = ["curl/8.9.1", "python-requests/2.32.3", "python-httpx/0.27.2", "Go-http-client/2.0",
              "Grafana/11.2.0", "argocd-hook/2.12.3", "Backstage/1.30 node-fetch/2.7.0", "k6/0.53.0 (https://k6.io/)",
              "HashiCorp Terraform Cloud Run Task", "PagerDuty-Webhook/V3.0", "Wget/1.21.4",
              "PostmanRuntime/7.41.2", "HTTPie/3.2.3", "okhttp/4.12.0", "Statuspage-Sync/1.4 (+corvidpay)",
              "google-api-go-client/0.5 bq-export"]
API_CLIENTS = ["grafana-jeeves-ds", "pagerduty-bridge", "argo-smoke", "backstage.catalog", "tfc-run-task",
               "bq-export", "handover:bot", "statuspage-sync", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0", "GoogleHC/1.0",
              "Datadog/Synthetics", "curl/8.9.1", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
              "Checkly/1.0 (https://www.checklyhq.com)"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "curl/8.9.1",
            "python-requests/2.32.3", "Envoy/1.31.1 jwt_authn", "openapi-generator/7.8.0", "Spectral/6.11.1",
            "Backstage/1.30 node-fetch/2.7.0"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients",
               "/admin/account", "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2",
               "/admin/audit?page=4", "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/users?done=user_updated&q=okafor&page=1", "/admin/slack-sign-in?done=unmapped",
               "/admin/account?done=totp_disabled"]
LOGIN_NEXT = ["/admin/", "/admin/features", "/admin/clients", "/admin/users?q=sre", "/admin/audit?q=feature.set"]
PHRASE_WORDS = ["pager", "kestrel", "ledger", "quorum", "sprocket", "harbour", "rollback", "canary",
                "tundra", "marmalade", "basalt", "corvid"]
PATCH_NAMES = ["Aoife Ní Bhriain (SRE, Dublin)", "Łukasz Brzęczyszczykiewicz", "Chinonso Okafor — on-call lead",
               "Nguyễn Thị Thảo", "Kavya Deshpande | Platform", "Jörg Müller-Lüdenscheidt", "Pınar Yılmaz",
               "Émile St-Pierre", "Olumide Adeyemi (he/him)", "金子 浩二 (Kōji Kaneko)", "Ana Paula de Oliveira",
               "Saoirse O'Brien [OOO until 23/09]"]
UNTIL = ["2024-09-12T06:00:00Z", "2024-09-12", "2024-09-12T08:00:00+02:00", "2024-09-12T11:30:00+05:30"]


class PlatformTeam(EvaluatorDay):
    """Corvid Pay's Platform & SRE team: its people, and one seeded random source; each method makes one request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.05
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Vq3nZc8Rk1TyPw6HdLm2XsJb"
    base = BASE
    ts_window = (0, 14 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 7, 7, 7, 8, 9, 17, 22), ("00", "10", "30", "45", "55")
    iat_window = (0, 40000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 40000), 44, 0.25, 35
    blocks_rate, thread_rate = 0.85, 0.3
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    mobile_rate = 0.25
    ga_rate, dnt_rate, xff_rate, xff = 0.1, 0.12, 0.06, ("10.60.12.8", "100.64.3.17", "10.60.0.4, 172.20.1.9")
    script_encoding_rate, script_encodings = 0.55, ("gzip", "gzip, deflate", "gzip, deflate, br", "identity")
    oauth_scopes = ("read", "read write", "write", "read")
    oauth_audience_rate, oauth_audience = 0.3, ("jeeves", "jeeves", "jeeves", "tokendealer")
    verify_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2", "Envoy/1.31.1 ext_authz"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "9.5", 0.3
    meta_uas, meta_roll_first, meta_browser_rate = META_UAS, False, 0.1
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, "finchlabs", 12, 0.35
    button_places = DCS + PLACES + [o[1] for o in OFFICES]
    weather_replies = BOT_REPLIES[8:11]
    set_location_roll, confirm_roll, click_message_rate = 0.75, 0.88, 0.55
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.15
    me_places = DCS + PLACES + [o[1] for o in OFFICES] + [f"Corvid Pay {o[0]}" for o in OFFICES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "t05crvdpay", "", "*")
    phrase_separator = ("-", ".", " ")
    admin_rolls, account_rolls = (0.2, 0.34, 0.5, 0.6, 0.7, 0.8, 0.88, 0.94), (0.3, 0.6, 0.8, 0.93)
    search_pages, client_roll_first = (1, 4), False
    # the data API
    api_rolls, user_get_headers_first, patch_rolls = (0.28, 0.45, 0.66, 0.84, 0.92), False, (0.2, 0.4, 0.68, 0.8, 0.92)
    limits, offset_rate, offsets = ("50", "100", "250", "500", "20"), 0.5, (0, 50, 100, 250, 500, 750)
    filter_teams, alert_values, patch_names = (TEAM, PARTNER_TEAM), ("true", "false", "on", "off", "0"), PATCH_NAMES
    patch_alerts_rate, patch_active_rate = 0.65, 0.3
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8")
    usage_days, until_choices = (1, 11), UNTIL
    openapi_roll = 0.95
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, DASH_LINKS
    link_labels = ("", "", "", "|dashboard", "|here", "|Grafana", "|this", "|PR")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.13, 0.2, 0.1, 0.66, 0.4
    mention_command_rate, mention_leads = 0.55, ("", "", "hey ", "cc ", "ok ", "fyi ")
    edit_suffixes = (" (edit: wrong cluster)", " *", " — nvm, fixed", "", " (typo)")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.6, 0.12

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first, plain_last = self.ascii_handle(first) or "sre", self.ascii_handle(last) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@corvidpay.com", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "platform", "sre-oncall", "incidents", "inc-4830-ledger-latency", "deploys", "k8s-upgrades",
            "terraform", "observability", "alerts-payments", "platform-berlin", "platform-krakow", "platform-lagos",
            "platform-blr", "random", "offsite-2024")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    @staticmethod
    def ascii_handle(name: str) -> str:
        """A name as its Slack handle and e-mail spell it: accents dropped, Ł as L, letters and digits only."""
        name = name.translate(str.maketrans({"Ł": "L", "ł": "l", "ø": "o", "ı": "i", "đ": "d"}))
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
        return "".join(c for c in plain if c.isalnum())

    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome/128" not in ua:
            return None
        brand = '"Microsoft Edge";v="128"' if "Edg/" in ua else '"Google Chrome";v="128"'
        return f'"Chromium";v="128", "Not;A=Brand";v="24", {brand}'

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        place = self.pick(DCS + [o[1] for o in OFFICES] + ["not set (`remember location <place>`)"])
        lines = (f"*Location:* {place}\n*Units:* {self.pick(['metric', 'metric', 'imperial'])}\n*Daily alert:* "
                 f"{self.pick(['on', 'off'])} at {self.hhmm()} ({self.pick(TIMEZONES)})")
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "state": {"values": {}}, "hash": f"{EPOCH + 3600}.{self.hexs(8)}", "title": {
                    "type": "plain_text", "text": "View Title", "emoji": True},
                "clear_on_close": False, "notify_on_close": False, "close": None, "submit": None,
                "previous_view_id": None, "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "external_id": "", "app_installed_team_id": team, "bot_id": BOT_ID,
                "blocks": [{"type": "header", "block_id": self.block_id(), "text": {
                    "type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                    {"type": "section", "block_id": self.block_id(), "text": {
                        "type": "mrkdwn", "text": lines, "verbatim": False}},
                    {"type": "divider", "block_id": self.block_id()},
                    {"type": "section", "block_id": self.block_id(), "text": {
                        "type": "mrkdwn", "verbatim": False,
                        "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> "
                                "(send me `login` for a sign-in link)."}}]}

    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (Slack's text with its escapes and <...> markup, the raw text as typed)."""
        simple = {"%PROMQL%": PROMQL, "%KUBECTL%": KUBECTL, "%TF%": TERRAFORM, "%LOG%": LOGLINES,
                  "%REGEX%": REGEXES, "%SVC%": SERVICES, "%CLUSTER%": CLUSTERS, "%NS%": NAMESPACES,
                  "%INC%": INCIDENTS, "%VERSION%": VERSIONS, "%PCT%": PERCENTS, "%PERCENT%": PERCENTS,
                  "%LAT%": LATENCIES, "%WHEN%": WHEN, "%DC%": DCS, "%PLACE%": PLACES, "%EMOJI%": EMOJI,
                  "%TZ%": TIMEZONES}
        text = self.substitute(text, simple)
        text = self.substitute(text, {"%OFFICE_NAME%": lambda: self.pick(OFFICES)[0],
                                      "%OFFICE%": lambda: self.pick(OFFICES)[1], "%HHMM%": self.hhmm,
                                      "%NAME%": lambda: self.pick(self.people)["name"]})
        return self.markup(text)

    # ---- Slack: what the subscriptions deliver beyond plain messages ------------------------------------------
    def slack_file(self) -> dict[str, Any]:
        """A snippet or a screenshot shared in a DM with Jeeves, or in a channel with an @mention."""
        mention = self.chance(0.4)
        slack, raw = self.fill(self.pick(["", "", "%INC% timeline so far", "can you remember this location? %DC%",
                                          "here's the diff for %SVC%", "%CLUSTER% after the node rotation",
                                          "screenshot from %LINK%", "weather at %DC% for the visit? %EMOJI%"]))
        if mention:
            channel = self.pick(self.channels)[0]
            slack, raw = f"<@{BOT_USER}> {slack}".rstrip(), f"@Jeeves {raw}".rstrip()
        else:
            channel = self.pick(self.dms)
        event = self.message(slack, raw, channel, mention)
        if not mention:
            event["subtype"] = "file_share"
        fid = self.sid("F0", 9)
        user = event["user"]
        if self.chance(0.55):
            name, ftype, pretty, preview = self.pick(SNIPPETS)
            mime = "application/json" if ftype == "json" else "text/plain"
            lines = preview.count("\n") + 1 + self.rng.randint(0, 60)
            file: dict[str, Any] = {
                "id": fid, "created": EPOCH + 120, "timestamp": EPOCH + 120, "name": name, "title": name,
                "mimetype": mime, "filetype": ftype, "pretty_type": pretty, "user": user, "user_team": TEAM,
                "editable": True, "size": len(preview.encode()) + self.rng.randint(0, 4000), "mode": "snippet",
                "is_external": False, "external_type": "", "is_public": mention, "public_url_shared": False,
                "display_as_bot": False, "username": "", "preview": preview, "lines": lines,
                "lines_more": max(0, lines - preview.count("\n") - 1), "preview_is_truncated": lines > 5}
        else:
            name = self.pick(IMAGES)
            ext = name.rsplit(".", 1)[-1].lower()
            file = {"id": fid, "created": EPOCH + 120, "timestamp": EPOCH + 120, "name": name, "title": name,
                    "mimetype": "image/heic" if ext == "heic" else "image/png", "filetype": ext,
                    "pretty_type": ext.upper(), "user": user, "user_team": TEAM, "editable": False,
                    "size": self.rng.randint(80_000, 4_000_000), "mode": "hosted", "is_external": False,
                    "external_type": "", "is_public": mention, "public_url_shared": False, "display_as_bot": False,
                    "username": "", "original_w": self.pick([1512, 2880, 3024, 1920]),
                    "original_h": self.pick([982, 1800, 4032, 1080])}
        quoted = urllib.parse.quote(name)
        file.update({"url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{quoted}",
                     "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{quoted}",
                     "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{user}/{fid}/"
                                  + urllib.parse.quote(name.lower().replace(" ", "_")),
                     "permalink_public": f"https://slack-files.com/{TEAM}-{fid}-{self.hexs(10)}",
                     "is_starred": False, "has_rich_preview": False, "file_access": "visible"})
        event["files"] = [file]
        return self.shared_file(event)

    def slack_unfurl(self) -> dict[str, Any]:
        """Slack unfurls a dashboard, PR or incident link someone DMed to Jeeves: message_changed with attachments."""
        channel = self.pick(self.dms)
        link = self.pick(DASH_LINKS)
        lead = self.pick(["", "weather where this DC is? ", "wrong window, sorry: ", "fyi "])
        old = self.message(f"{slack_escape(lead)}<{slack_escape(link)}>", lead + link, channel, False)
        host = urllib.parse.urlsplit(link).hostname or "corvidpay.com"
        service, title, text = self.pick(UNFURLS)
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": text, "fallback": f"{service}: {title}",
                               "image_url": f"https://{host}/render/{self.hexs(12)}.png", "image_width": 1000,
                               "image_height": 500, "image_bytes": self.rng.randint(40_000, 300_000)}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new,
                 "channel": channel, "previous_message": self.inner(old), "event_ts": self.ts(), "ts": self.ts(),
                 "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_bot_echo(self) -> dict[str, Any]:
        """Jeeves' own reply, delivered back to it as a message.im event (it ignores it)."""
        text = self.pick(BOT_REPLIES)
        if text.startswith("Here is what") and self.chance(0.3):
            text = (f"Here is your sign-in link; it works once, for you only, within 10 minutes: "
                    f"{BASE}/auth/slack/link/{self.token()}")
        slack, _ = self.fill(text)
        ts = self.ts()
        event: dict[str, Any] = {"type": "message", "text": slack, "user": BOT_USER, "bot_id": BOT_ID,
                                 "app_id": APP_ID, "ts": ts, "team": TEAM, "channel": self.pick(self.dms),
                                 "event_ts": ts, "channel_type": "im",
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves", "app_id": APP_ID,
                                                 "team_id": TEAM, "updated": EPOCH - 86400 * 90,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-06-03/"
                                                                       "7214482910_1f2e3d4c5b6a7980_36.png"}}}
        if "°" in slack and self.chance(0.75):
            event["blocks"] = self.weather_blocks(slack, self.pick(PLACES + DCS), True)
        return self.record("slack", "json", self.event_request(event))

    # ---- its browsers' cookies, its scripts' dates and tracing --------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("OptanonAlertBoxClosed", "2024-08-02T09:14:51.207Z"))
        if self.chance(0.08):
            jar.append(("ajs_anonymous_id", self.uuid()))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}", f"2024-09-{day:02d}T00:00:00+05:30",
                f"2024-09-{day:02d}T03:14:07.123Z", f"2024-09-{day:02d}T00:00:00-04:00",
                f"2024-09-{day:02d}T06:00:00.000000+00:00"]

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if self.chance(0.3):
            h["traceparent"] = self.traceparent()
            if self.chance(0.35):
                h["tracestate"] = f"corvid=env:prod;team:{self.pick(['sre', 'devex', 'risk'])},dd=s:1;t.dm:-0"
        if self.chance(0.15):
            h["X-Request-Id"] = self.pick([self.uuid(), f"argo-{self.hexs(12)}",
                                           f"k6-vu17-iter{self.rng.randint(1, 999)}",
                                           f"gha-{self.rng.randint(10**9, 10**10)}-1"])
        if self.chance(0.07):
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=0"
        if self.chance(0.05):
            h["X-Cloud-Trace-Context"] = f"{self.hexs(32)}/{self.rng.randint(10**15, 10**18)};o=1"
        if ua.startswith("Grafana") and self.chance(0.6):
            h["X-Grafana-Org-Id"] = "1"
            h["X-Dashboard-Uid"] = self.pick(["jeeves-usage", "sre-overview"])
            h["X-Panel-Id"] = str(self.rng.randint(2, 40))


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 175), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 25), ("slack_bot_echo", 40), ("slack_home", 30), ("slash_command", 285), ("button_click", 110),
    ("api", 245), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 25),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The team's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(PlatformTeam(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
