"""Machines and operations: the traffic automation sends to every route of the edge (benign only).

About 1,450 requests from the machine side of a deployment. CI/CD pipelines and deploy bots (GitHub Actions,
GitLab CI, Jenkins, ArgoCD, Terraform, Ansible, Helm, Renovate) fetch TokenDealer tokens and call the data API;
monitors and probes (Kubernetes liveness and readiness, Prometheus and blackbox scrapes, Datadog synthetics,
Pingdom, UptimeRobot, load balancer checks) hit the health, metrics and metadata endpoints; proxies, CDNs and
meshes add their headers (X-Forwarded-For chains, Forwarded, Via, X-Real-IP, X-Amzn-Trace-Id, CF-Connecting-IP,
CF-Ray, traceparent / tracestate, baggage, b3, sentry-trace, X-Request-Id, X-Correlation-Id); SDKs and HTTP
libraries send their own default headers and user agents (curl, Wget, requests, httpx, aiohttp, Go, okhttp,
axios, node-fetch, undici, Java HttpClient, .NET, Faraday, Guzzle, PowerShell). The values are what such tools
put in fields: commit messages and branch names, semver ranges, cron expressions, globs, regexes, file paths,
image refs with digests, Kubernetes labels, ARNs, presigned URLs, webhook URLs, JWTs, PEM and SSH public keys,
hashes, UUIDs, ISO 8601 durations and timestamps, addresses and CIDRs, environment names and flag keys. The
Slack side of ops too: PagerDuty, Opsgenie, Grafana, Alertmanager, Sentry and Datadog alerts and deploy
notifications posted by bots (bot_message with attachments and blocks), on-call chatter in #incidents and
#deploys, ops engineers asking Jeeves for the weather, slash commands and button clicks. Admins register CI
clients in the panel and engineers set their own location on /me/ and sign in with Slack.

How it was written: by an independent benign author, from the route list (names, match, methods and upstreams
of the `routes:` section of gateway/gateway.yaml), README.md and the handlers in app/ (field names), and from
general knowledge of what CI systems, monitors, proxies, SDKs and Slack integrations send. No WAF rule,
exclusion, ruleset, rule test, corpus or other generator's text list was read, and nothing was changed after
measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the set.
"""

from __future__ import annotations

import base64
import json
import re
import struct
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import Seeded, b64url_json, digest, no_attacks, planned
from .records import slack_escape as _esc

SEED = 7_311_2024
EPOCH = 1718528400  # 2024-06-16 09:00 UTC
TEAM, TEAM_DOMAIN = "T04NIMBUS", "nimbus-ops"
APP_ID, BOT_USER = "A06JEEVES7", "U06JEEVES2"
HOST = "edge.nimbus-ops.io"
BASE = f"https://{HOST}"
ORG = "nimbus-ops"

ENGINEERS = ["Ada Lindqvist", "Bartosz Wrona", "Carmen Ortega", "Dev Raghunathan", "Efua Mensah", "Felix Brandt",
             "Grace O'Connor", "Hiro Nakamura", "Ioana Popescu", "Jonas Weber", "Kwame Asante", "Lucía Herrera",
             "Mårten Ek", "Noor Al-Khatib", "Oscar Lindgren", "Paulo Ferreira", "Qi Zhang", "Rutger de Vries",
             "Sanjana Iyer", "Tobias Krüger", "Uma Reddy", "Viktor Horváth", "Wen Li", "Xavier Dupont",
             "Yasmin Haddad", "Zeynep Arslan", "Aleksander Nowak", "Brigid Walsh", "Chidi Okonkwo", "Dana Levi"]

CLIENTS = ["gha-deploy", "gitlab-ci.platform", "jenkins-nightly", "argocd-notifications", "terraform-cloud",
           "ansible-awx", "helm-hooks", "renovate-bot", "grafana-json-ds", "datadog-synthetics", "backstage",
           "jeeves-worker", "ops-dashboard", "data-export"]
REPOS = ["jeeves", "edge", "tokendealer", "infra", "charts", "terraform-live", "ansible-playbooks", "runbooks"]
ENVS = ["production", "prod", "prod-eu-west-1", "prod-us-east-1", "staging", "stg", "qa", "dev", "canary",
        "preview-pr-1432", "sandbox", "perf", "dr-eu-central-1"]
SERVICES = ["jeeves-web", "jeeves-worker", "tokendealer", "edge-nginx", "postgres-primary", "redis", "pgbouncer",
            "node-exporter", "cert-manager", "ingress-nginx", "argocd-repo-server", "keda-operator"]
NAMESPACES = ["prod", "staging", "jeeves", "edge", "monitoring", "kube-system", "argocd", "cert-manager", "ci"]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-northeast-1", "ap-southeast-2"]

COMMITS = [
    "fix(auth): refresh JWKS when the kid is unknown",
    "feat(api): add since/until filters to /api/usage/stats",
    "chore(deps): bump golang.org/x/net from 0.21.0 to 0.23.0",
    "chore(deps-dev): bump @types/node from 20.11.30 to 20.12.7",
    "Merge pull request #1432 from nimbus-ops/fix/tz-parsing",
    "Merge pull request #1519 from nimbus-ops/renovate/postgresql-16.x",
    "Merge branch 'main' into feature/alerts-v2",
    "Revert \"perf(worker): batch weather lookups\"",
    "ci: cache ~/.cache/pip between jobs",
    "build(docker): pin python:3.12-slim by digest",
    "docs: explain key rotation (keys create -> activate -> retire) in README",
    "refactor!: drop Python 3.10 support",
    "test(e2e): retry the flaky sign-in spec up to 3x",
    "hotfix: roll back worker_connections to 4096",
    "[skip ci] update CHANGELOG.md for v2.14.1",
    "Bump version: 2.14.0 → 2.14.1",
    "style: ruff format",
    "feat(helm): expose podDisruptionBudget.minAvailable",
    "fix(terraform): ignore_changes on tags[\"LastModified\"]",
    "WIP",
    "Update deploy.yml",
    "Apply suggestions from code review",
    "perf(db): index usage_log (user_id, created_at DESC)",
    "security: upgrade openssl to 3.0.13 (CVE-2024-0727)",
    "fix(ci): quote the glob so bash does not expand **/*.py",
    "chore(renovate): group all non-major updates",
    "fix(worker): don't retry 4xx from Slack (channel_not_found, not_in_channel)",
    "feat: /readyz names the dependency that is down",
    "fix(edge): 503 + Retry-After when no upstream peer is live",
    "ops: raise pg statement_timeout to 10s for the nightly export",
    "k8s: set readinessProbe.periodSeconds=5, failureThreshold=3",
    "infra: move state to s3://nimbus-tfstate/edge/prod.tfstate",
    "fix: handle 'America/Argentina/Buenos_Aires' and 'Asia/Kathmandu' (+05:45)",
    "chore: remove dead code in app/services/weather.py",
    "feat(alerts): per-team quiet hours (22:00-07:00 local)",
    "Initial commit",
    "fixup! fix(auth): refresh JWKS when the kid is unknown",
    "squash: address review comments from @ada-l",
]
BRANCHES = ["main", "main", "main", "master", "develop", "feature/alerts-v2", "fix/tz-parsing", "release/2024.06",
            "renovate/postgresql-16.x", "dependabot/pip/requests-2.32.0", "hotfix/2.14.1", "chore/bump-chart",
            "feat/OPS-2213-readyz-cache", "revert-1432-fix/tz-parsing", "user/bwrona/flaky-e2e",
            "gh-readonly-queue/main/pr-1540-8f3c2a1b7d9e", "refs/heads/main", "refs/tags/v2.14.1",
            "refs/pull/1540/merge"]
SEMVER = ["^1.2.3", "~2.0", ">=1.0 <2.0", "1.x || 2.x", ">=3.11,<3.13", "~=2.32", "!=1.4.2", "^0.27.0", "*",
          "latest", "v2.14.1", "2.14.1-rc.2+build.451", ">= 1.5.0, < 2.0.0", "~> 5.40", "=1.8.5", "16.x"]
CRONS = ["*/5 * * * *", "0 3 * * 1-5", "0 0 1 */3 *", "30 6 * * MON-FRI", "@hourly", "0 */6 * * *",
         "15 2 * * 0", "H/15 * * * *", "0 9-17 * * 1-5", "@daily", "45 23 * * *", "0 4 1,15 * *",
         "*/10 8-20 * * *", "rate(5 minutes)", "cron(0 12 ? * MON-FRI *)"]
GLOBS = ["**/*.py", "!dist/", "src/**/*.{ts,tsx}", "*.log", "!**/node_modules/**", "charts/*/values-*.yaml",
         ".github/workflows/*.yml", "docs/**", "**/testdata/**", "migrations/versions/*.py", "*.tf",
         "!**/*.md", "apps/{web,worker}/**", "[!.]*"]
REGEXES = [r"^release/v\d+\.\d+$", r"^(feat|fix|chore|docs)(\(.+\))?!?: .{1,72}$", r"\b(ERROR|FATAL)\b",
           r"^jeeves-(web|worker)-[a-z0-9]{5,10}-[a-z0-9]{5}$", r"^[A-Z]{2,5}-\d+$", r".*\.internal$",
           r"^v?(\d+)\.(\d+)\.(\d+)(?:-rc\.\d+)?$", r"status=~\"5..\"", r"^/api/users/\d+$"]
PATHS = ["/var/log/app/*.log", "/var/log/nginx/error.log", "C:\\ProgramData\\Datadog\\datadog.yaml",
         "/etc/prometheus/prometheus.yml", "~/.kube/config", "/opt/jeeves/releases/20240616-0912",
         "/home/runner/work/jeeves/jeeves", "D:\\a\\jeeves\\jeeves\\build\\out", "/usr/local/bin/helm",
         "/etc/ssl/certs/ca-certificates.crt", "/var/lib/postgresql/16/main", "/srv/edge/.run/logs/acme.log",
         "C:\\Program Files\\Amazon\\SSM\\Logs\\amazon-ssm-agent.log", "/mnt/data/backups/pg/2024-06-16.dump",
         "/builds/nimbus-ops/edge", "/var/lib/jenkins/workspace/jeeves-pipeline_main"]
LABELS = ["app.kubernetes.io/name=jeeves", "app.kubernetes.io/instance=jeeves-prod",
          "app.kubernetes.io/managed-by=Helm", "helm.sh/chart=jeeves-2.14.1", "argocd.argoproj.io/sync-wave=-1",
          "prometheus.io/scrape=true", "kubectl.kubernetes.io/restartedAt=2024-06-16T09:12:44Z",
          "cluster-autoscaler.kubernetes.io/safe-to-evict=false", "topology.kubernetes.io/zone=eu-west-1b",
          "team=platform", "tier=backend", "environment=production"]
FLAGS = ["alerts-v2.rollout", "weather.provider.openmeteo", "enable_new_signin", "ff:slack-home-tab",
         "jeeves/worker/batch-size", "edge.readyz.cache", "kill-switch.weather", "beta_units_toggle"]
CIDRS = ["10.0.0.0/8", "172.16.0.0/12", "192.168.10.0/24", "2001:db8::/32", "fd00:ec2::254/128", "0.0.0.0/0",
         "100.64.0.0/10", "203.0.113.7/32", "10.42.0.0/16", "::/0", "198.51.100.0/24"]
DURATIONS = ["PT15M", "P1D", "PT0.5S", "P1Y2M10DT2H30M", "PT1H", "P7D", "PT30S", "P90D", "PT24H"]
PLACES = ["Frankfurt", "Frankfurt am Main", "Dublin", "Ashburn, VA", "Amsterdam", "Stockholm", "Helsinki",
          "Warszawa", "Kraków", "Berlin", "Hamburg", "Zürich", "Paris", "Lisboa", "Porto", "Madrid", "Bucureşti",
          "Tallinn", "London", "Manchester", "Oslo", "Göteborg", "Seattle", "Portland, OR", "San Francisco",
          "Austin, TX", "Toronto", "Montréal", "Bengaluru", "Hyderabad", "Pune", "Singapore", "東京", "大阪",
          "Sydney", "São Paulo", "Accra", "Lagos", "Tel Aviv", "İstanbul", "Budapest", "Utrecht", "Leeds",
          "50.1109,8.6821", "53.3498, -6.2603", "39.0438° N, 77.4874° W", "10115 Berlin", "D02 X285 Dublin"]
TIMEZONES = ["Europe/Berlin", "Europe/Dublin", "Europe/London", "Europe/Warsaw", "Europe/Stockholm",
             "Europe/Lisbon", "Europe/Zurich", "Europe/Bucharest", "America/New_York", "America/Los_Angeles",
             "America/Toronto", "America/Sao_Paulo", "Asia/Kolkata", "Asia/Tokyo", "Asia/Singapore",
             "Australia/Sydney", "Africa/Lagos", "UTC", "Etc/UTC", "Asia/Jerusalem", "Europe/Istanbul"]

SDK_UAS: list[tuple[str, dict[str, str]]] = [
    ("curl/8.5.0", {"Accept": "*/*"}),
    ("curl/7.88.1", {"Accept": "*/*"}),
    ("curl/8.7.1", {"Accept": "application/json"}),
    ("Wget/1.21.4", {"Accept": "*/*", "Accept-Encoding": "identity", "Connection": "Keep-Alive"}),
    ("python-requests/2.32.3", {"Accept": "*/*", "Accept-Encoding": "gzip, deflate", "Connection": "keep-alive"}),
    ("python-requests/2.31.0", {"Accept": "application/json", "Accept-Encoding": "gzip, deflate"}),
    ("python-httpx/0.27.0", {"Accept": "*/*", "Accept-Encoding": "gzip, deflate, br"}),
    ("Python/3.12 aiohttp/3.9.5", {"Accept": "*/*", "Accept-Encoding": "gzip, deflate"}),
    ("Go-http-client/1.1", {"Accept-Encoding": "gzip"}),
    ("Go-http-client/2.0", {"Accept-Encoding": "gzip"}),
    ("okhttp/4.12.0", {"Accept-Encoding": "gzip", "Connection": "Keep-Alive"}),
    ("axios/1.7.2", {"Accept": "application/json, text/plain, */*", "Accept-Encoding": "gzip, compress, deflate, br"}),
    ("node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", {"Accept": "*/*", "Accept-Encoding": "gzip,deflate"}),
    ("node", {"Accept": "*/*", "Accept-Language": "*", "Sec-Fetch-Mode": "cors", "Accept-Encoding": "gzip, deflate"}),
    ("Java-http-client/17.0.11", {}),
    ("Java-http-client/21.0.3", {"Accept": "application/json"}),
    ("Apache-HttpClient/4.5.14 (Java/17.0.11)", {"Accept-Encoding": "gzip,deflate", "Connection": "Keep-Alive"}),
    ("", {"Accept": "application/json"}),  # .NET HttpClient: no User-Agent unless one is set
    ("Faraday v2.9.0", {"Accept": "*/*", "Accept-Encoding": "gzip;q=1.0,deflate;q=0.6,identity;q=0.3"}),
    ("GuzzleHttp/7", {"Accept": "application/json"}),
    ("Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-US) PowerShell/7.4.2", {}),
    ("Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.17763.5576", {}),
    ("Terraform/1.8.5 (+https://www.terraform.io) terraform-provider-http/3.4.3", {"Accept": "application/json"}),
    ("ansible-httpget", {"Accept-Encoding": "identity", "Connection": "close"}),
    ("Helm/3.15.1", {"Accept-Encoding": "gzip"}),
    ("argocd-notifications-controller", {"Accept-Encoding": "gzip"}),
    ("GitHub-Hookshot/4f1c2e9", {"Accept": "*/*"}),
    ("gitlab-runner 17.0.0 (17-0-stable; go1.22.3; linux/amd64)", {"Accept-Encoding": "gzip"}),
    ("Renovate/37.401.1 (https://github.com/renovatebot/renovate)", {"Accept": "application/json"}),
    ("Grafana/11.0.0", {"Accept": "application/json", "Accept-Encoding": "gzip"}),
]
CI_NAMES = {"gha-deploy": "GitHub Actions", "gitlab-ci.platform": "GitLab CI", "jenkins-nightly": "Jenkins",
            "argocd-notifications": "Argo CD", "terraform-cloud": "Terraform Cloud", "ansible-awx": "AWX",
            "helm-hooks": "Helm", "renovate-bot": "Renovate"}


_MARKUP = re.compile(r"(<(?:@U[0-9A-Z]+|https://[^>|]+(?:\|[^>]*)?)>)")


def _esc_keep_markup(text: str) -> str:
    """Slack's escaping of a message text, its own <@user> and <link|label> markup kept."""
    return "".join(part if i % 2 else _esc(part) for i, part in enumerate(_MARKUP.split(text)))


class Ops(Seeded):
    """One seeded random source; each method makes one kind of request."""

    prefix = "ops-benign"
    epoch = EPOCH

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people = []
        for name in ENGINEERS:
            first, last = name.split(" ", 1)
            handle = (first[0] + last.replace(" ", "").replace("'", "").replace("-", "")).lower()
            handle = handle.encode("ascii", "ignore").decode()
            self.people.append({"id": self.sid("U0"), "name": name, "handle": handle,
                                "email": f"{handle}@nimbus-ops.io", "tz": self.rng.choice(TIMEZONES)})

    # ---- small pieces --------------------------------------------------------------------------------
    def ts(self) -> str:
        return f"{EPOCH + self.rng.randint(0, 36000)}.{self.rng.randint(0, 999999):06d}"

    def iso(self, zulu: bool = True) -> str:
        sec = self.rng.randint(0, 86399)
        base = f"2024-06-{self.rng.randint(9, 16):02d}T{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"
        if zulu:
            return base + self.pick(["Z", "Z", ".000Z", f".{self.rng.randint(0, 999):03d}Z"])
        return base + self.pick(["+02:00", "+01:00", "-04:00", "-07:00", "+05:30", "+09:00"])

    def sha(self) -> str:
        return self.hexs(40)

    def short(self) -> str:
        return self.hexs(7)

    def ip4(self) -> str:
        return self.pick([f"203.0.113.{self.rng.randint(1, 254)}", f"198.51.100.{self.rng.randint(1, 254)}",
                          f"192.0.2.{self.rng.randint(1, 254)}", f"10.{self.rng.randint(0, 255)}."
                          f"{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
                          f"172.{self.rng.randint(16, 31)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
                          f"140.82.{self.rng.randint(112, 127)}.{self.rng.randint(1, 254)}",
                          f"34.{self.rng.randint(64, 127)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}",
                          f"52.{self.rng.randint(0, 95)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"])

    def ip6(self) -> str:
        return f"2001:db8:{self.hexs(4).lstrip('0') or '0'}::{self.hexs(3).lstrip('0') or '1'}"

    def image(self) -> str:
        ver = f"2.{self.rng.randint(10, 14)}.{self.rng.randint(0, 9)}"
        return self.pick([
            f"ghcr.io/{ORG}/jeeves:{ver}@sha256:{self.hexs(64)}",
            f"registry.gitlab.com/{ORG}/edge/nginx:1.25.4-alpine",
            f"123456789012.dkr.ecr.{self.pick(REGIONS)}.amazonaws.com/jeeves-worker:sha-{self.short()}",
            f"docker.io/library/postgres:16.3-bookworm@sha256:{self.hexs(64)}",
            "quay.io/prometheus/node-exporter:v1.8.1", f"ghcr.io/{ORG}/tokendealer:{ver}",
            "public.ecr.aws/docker/library/redis:7.2-alpine", f"{ORG}/jeeves:{ver}-amd64"])

    def arn(self) -> str:
        region = self.pick(REGIONS)
        return self.pick([
            "arn:aws:iam::123456789012:role/github-actions-deploy", "arn:aws:s3:::nimbus-ops-artifacts/releases/*",
            f"arn:aws:sns:{region}:123456789012:pagerduty-critical",
            f"arn:aws:secretsmanager:{region}:123456789012:secret:prod/jeeves/slack-{self.token(4)[:6]}",
            f"arn:aws:ecs:{region}:123456789012:service/prod/jeeves-web",
            f"arn:aws:lambda:{region}:123456789012:function:rotate-tokendealer-keys:live",
            f"arn:aws:rds:{region}:123456789012:db:jeeves-prod-pg16",
            f"arn:aws:elasticloadbalancing:{region}:123456789012:targetgroup/edge-https/{self.hexs(16)}"])

    def presigned(self) -> str:
        region = self.pick(REGIONS)
        q = urllib.parse.urlencode([("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
                                    ("X-Amz-Credential", f"AKIA{self.sid('', 16)}/20240616/{region}/s3/aws4_request"),
                                    ("X-Amz-Date", "20240616T091200Z"), ("X-Amz-Expires", "3600"),
                                    ("X-Amz-SignedHeaders", "host"), ("X-Amz-Signature", self.hexs(64))])
        obj = self.pick(["releases/jeeves-2.14.1.tar.gz", "reports/usage-2024-06-15.csv", "pg/2024-06-16.dump.gz",
                         "sbom/jeeves-2.14.1.spdx.json"])
        return f"https://nimbus-ops-artifacts.s3.{region}.amazonaws.com/{obj}?{q}"

    def webhook(self) -> str:
        return f"https://hooks.slack.com/services/{TEAM}/{self.sid('B0', 9)}/{self.token(18)[:24]}"

    def pem(self) -> str:
        der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + self.rng.randbytes(64)
        b = base64.b64encode(der).decode()
        return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b[i:i + 64] for i in range(0, len(b), 64)) \
            + "\n-----END PUBLIC KEY-----"

    def ssh_key(self) -> str:
        raw = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + self.rng.randbytes(32)
        who = self.pick(["deploy@ci-runner-03", "ansible@awx", "bwrona@laptop", "github-actions", "ada@mbp-2023",
                         "jenkins@build-07"])
        return f"ssh-ed25519 {base64.b64encode(raw).decode()} {who}"

    def jwt(self, client: str, scope: str, aud: str = "jeeves") -> str:
        header = {"alg": "ES256", "typ": "at+jwt", "kid": self.token(32)}
        iat = EPOCH + self.rng.randint(0, 36000)
        claims = {"iss": BASE, "sub": client, "client_id": client, "aud": aud, "iat": iat, "nbf": iat,
                  "exp": iat + 900, "jti": self.uuid(), "scope": scope}
        return ".".join([b64url_json(header), b64url_json(claims), self.token(64)])

    def ops_value(self) -> str:
        """One ops value of the kinds tools carry in fields."""
        kind = self.rng.randint(0, 16)
        return [lambda: self.pick(COMMITS), lambda: self.pick(BRANCHES), lambda: self.pick(SEMVER),
                lambda: self.pick(CRONS), lambda: self.pick(GLOBS), lambda: self.pick(REGEXES),
                lambda: self.pick(PATHS), self.image, lambda: self.pick(LABELS), self.arn, self.presigned,
                lambda: self.pick(CIDRS), lambda: self.pick(DURATIONS), self.iso, self.sha, self.uuid,
                lambda: self.pick(FLAGS)][kind]()

    # ---- record -----------------------------------------------------------------------------------------
    # ---- proxies, CDNs, tracing -------------------------------------------------------------------------
    def edge_headers(self) -> dict[str, str]:
        """What sits in front of us adds: a CDN, a load balancer, a mesh, a corporate proxy, tracing."""
        h: dict[str, str] = {}
        client = self.ip4()
        roll = self.rng.random()
        if roll < 0.25:
            h["CF-Connecting-IP"] = client
            h["CF-Ray"] = f"{self.hexs(16)}-{self.pick(['FRA', 'AMS', 'DUB', 'IAD', 'SJC', 'NRT', 'WAW'])}"
            h["CF-IPCountry"] = self.pick(["DE", "IE", "US", "NL", "PL", "JP", "GB"])
            h["CF-Visitor"] = '{"scheme":"https"}'
            h["X-Forwarded-For"] = client
            h["X-Forwarded-Proto"] = "https"
            h["CDN-Loop"] = "cloudflare"
        elif roll < 0.45:
            h["X-Forwarded-For"] = client if self.chance(0.5) else f"{client}, {self.ip4()}"
            h["X-Forwarded-Proto"] = "https"
            h["X-Forwarded-Port"] = "443"
            h["X-Amzn-Trace-Id"] = f"Root=1-{EPOCH + self.rng.randint(0, 36000):x}-{self.hexs(24)}" + (
                f";Parent={self.hexs(16)};Sampled={self.pick(['0', '1'])}" if self.chance(0.4) else "")
        elif roll < 0.58:
            h["Via"] = f"2.0 {self.hexs(32)}.cloudfront.net (CloudFront)"
            h["X-Amz-Cf-Id"] = self.token(42) + "=="
            h["CloudFront-Viewer-Country"] = self.pick(["DE", "US", "IE", "SG"])
            h["X-Forwarded-For"] = f"{client}, {self.ip4()}"
        elif roll < 0.68:
            h["x-forwarded-for"] = f"{client},{self.ip4()}"
            h["x-forwarded-proto"] = "https"
            h["x-envoy-attempt-count"] = "1"
            h["x-envoy-external-address"] = client
            h["x-request-id"] = self.uuid()
            h["x-b3-traceid"], h["x-b3-spanid"] = self.hexs(32), self.hexs(16)
            h["x-b3-parentspanid"], h["x-b3-sampled"] = self.hexs(16), "1"
            if self.chance(0.5):
                h["x-forwarded-client-cert"] = (f"By=spiffe://cluster.local/ns/edge/sa/gateway;Hash={self.hexs(64)};"
                                                 'Subject="";URI=spiffe://cluster.local/ns/ci/sa/runner')
        elif roll < 0.76:
            h["Via"] = self.pick(["1.1 proxy.corp.nimbus-ops.io (squid/5.7)", "1.1 varnish (Varnish/7.4)",
                                  "1.1 google", "1.0 fred, 1.1 p.example.net"])
            h["Forwarded"] = self.pick([f"for={client};proto=https;by=10.0.0.5",
                                        f'for="[{self.ip6()}]:4711";proto=https',
                                        f"for={client}, for=198.51.100.17;proto=https;host={HOST}"])
            h["X-Real-IP"] = client
        elif roll < 0.82:
            h["Fastly-Client-IP"] = client
            h["X-Forwarded-For"] = f"{client}, {self.ip4()}"
            h["Fastly-SSL"] = "1"
            h["CDN-Loop"] = "Fastly"
        elif roll < 0.86:
            h["X-Azure-ClientIP"] = client
            h["X-Azure-SocketIP"] = client
            h["X-Azure-Ref"] = "0" + self.token(30)
            h["X-Forwarded-Host"] = HOST
        elif roll < 0.90:
            h["X-Cloud-Trace-Context"] = f"{self.hexs(32)}/{self.rng.randint(10**17, 10**18)};o=1"
            h["Via"] = "1.1 google"
            h["X-Forwarded-For"] = f"{client},{self.ip4()}"
        # tracing and correlation, on top of whatever proxy there was
        if self.chance(0.35):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-{self.pick(['01', '00'])}"
            if self.chance(0.4):
                h["tracestate"] = self.pick(["dd=s:1;o:rum;t.dm:-1,congo=t61rcWkgMzE",
                                             f"rojo=00f067aa0ba902b7,congo={self.token(8)}",
                                             f"es=s:1.0,ot=th:{self.hexs(3)}"])
            if self.chance(0.3):
                h["baggage"] = self.pick([
                    "deployment.environment=production,service.version=2.14.1",
                    f"ci.pipeline.id={self.rng.randint(10**4, 10**6)},vcs.ref=refs%2Fheads%2Fmain,"
                    f"vcs.sha={self.short()}",
                    f"sentry-trace_id={self.hexs(32)},sentry-environment=production,sentry-release=jeeves%402.14.1,"
                    f"sentry-public_key={self.hexs(32)},sentry-sample_rate=0.1",
                    "userId=ci-bot,isProduction=true,region=eu-west-1"])
        if self.chance(0.08):
            h["b3"] = f"{self.hexs(32)}-{self.hexs(16)}-1" + (f"-{self.hexs(16)}" if self.chance(0.5) else "")
        if self.chance(0.08):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-{self.pick(['0', '1'])}"
        if self.chance(0.1):
            h["x-datadog-trace-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-parent-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-sampling-priority"] = self.pick(["1", "2", "-1"])
        if self.chance(0.25):
            h["X-Request-Id"] = self.pick([self.uuid(),
                                           f"gha-{self.rng.randint(10**9, 10**10)}-{self.rng.randint(1, 3)}",
                                           f"req_{self.token(12)}", f"{self.hexs(16)}:{self.hexs(8)}",
                                           f"jenkins.jeeves-pipeline.{self.rng.randint(1000, 1400)}"])
        if self.chance(0.12):
            h["X-Correlation-Id"] = self.pick([self.uuid(), f"deploy-{self.short()}-{self.pick(ENVS)}",
                                               f"OPS-{self.rng.randint(1000, 3000)}"])
        return h

    # ---- Slack ----------------------------------------------------------------------------------------
    def envelope(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"token": "q9WcV0dLxZmN3bH7tR1kPsYa", "team_id": TEAM, "context_team_id": TEAM,
                "context_enterprise_id": None, "api_app_id": APP_ID, "event": event, "type": "event_callback",
                "event_id": self.sid("Ev0", 9), "event_time": EPOCH + self.rng.randint(0, 36000),
                "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER, "is_bot": True,
                                    "is_enterprise_install": False}],
                "is_ext_shared_channel": False, "event_context": "4-" + self.token(30)}

    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(self.envelope(event), ensure_ascii=False),
                "headers": self.slack_headers("application/json")}

    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        if "```" in raw:
            pre = raw.split("```")
            for i, part in enumerate(pre):
                if not part:
                    continue
                if i % 2:
                    elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text",
                                                                                     "text": part.strip("\n")}]})
                else:
                    elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": part}]})
        else:
            elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]})
        return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": elements}]

    def channel(self) -> tuple[str, str]:
        return self.pick([("C0INCIDENT", "incidents"), ("C0DEPLOYS1", "deploys"), ("C0ONCALL01", "oncall"),
                          ("C0PLATFORM", "team-platform"), ("C0ALERTSP1", "alerts-prod"),
                          ("C0ALERTSST", "alerts-staging"), ("C0SRE00001", "sre"), ("C0CICD0001", "ci-cd"),
                          ("C0GENERAL1", "general"), ("C0RANDOM01", "random")])

    def message_event(self, text: str, channel: str, channel_type: str = "channel",
                      mention: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": text, "user": user["id"], "ts": ts, "team": TEAM, "channel": channel,
                                 "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            event["blocks"] = self.rich_text(raw)
        if self.chance(0.35):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def mention(self) -> str:
        return f"<@{self.pick(self.people)['id']}>"

    def link(self, url: str, label: str = "") -> str:
        return f"<{_esc(url)}|{_esc(label)}>" if label else f"<{_esc(url)}>"

    # on-call chatter, as people type it in #incidents, #deploys and #oncall
    def oncall_text(self) -> str:
        svc, ns, env = self.pick(SERVICES), self.pick(NAMESPACES), self.pick(ENVS)
        m = self.mention()
        sha = self.short()
        n = self.rng.randint(2, 99)
        lines = [
            "ack", "ack, looking", "on it", "looking now 👀", "mitigated, monitoring", "resolved :white_check_mark:",
            f"{m} can you take this one? I'm in a meeting until :30",
            f"paging {m}, db looks unhappy", "false alarm, the probe hit the old LB",
            f"rolled back to {sha}, errors dropping",
            f"`kubectl -n {ns} rollout undo deploy/{svc}`",
            f"`kubectl -n {ns} get pods -l app.kubernetes.io/name=jeeves -o wide`",
            f"running `kubectl -n {ns} logs deploy/{svc} --since=15m | grep -iE 'error|timeout' | tail -n 50`",
            f"`kubectl -n {ns} describe pod {svc}-{self.hexs(9)}-{self.hexs(5)}` says OOMKilled, limit is 512Mi",
            f"`helm -n {ns} history jeeves` shows rev {n} failed, rolling back: `helm rollback jeeves {n - 1} --wait`",
            "who has the pager this week? the schedule in PagerDuty still says me 😅",
            f"handing over to {m}, nothing open. 2 noisy alerts silenced until 18:00 UTC",
            f"silenced `alertname=KubeJobFailed,namespace={ns}` for 2h, the cron is being fixed in #{n}",
            f"p95 on /api is back under 300ms after the restart, error rate {self.rng.randint(0, 9)/10}%",
            f"edge-{self.rng.randint(1, 4)} is draining, don't panic about the 503s on it",
            "RCA doc is up, please add your timeline bits before Friday",
            f"incident declared: SEV{self.rng.randint(1, 3)} - sign-in failing for some users. IC: {m}, comms: me",
            "status page updated: Investigating → Identified",
            f"deploying {self.image()} to {env} now",
            f"freeze is over, merges to main are open again (queue: {self.rng.randint(2, 12)} PRs)",
            f"heads up: {self.pick(SERVICES)} in {env} will restart at 14:00 UTC for the cert rotation",
            f"cert for {HOST} renews in {self.rng.randint(3, 29)} days, acme log looks fine",
            "can someone with prod access run `SELECT count(*) FROM jobs WHERE state = 'queued';` ? I see lag",
            "disk on db-1 at 91%, I'm vacuuming the usage_log partitions",
            f"terraform plan for edge-prod: `Plan: 2 to add, 1 to change, 0 to destroy.` — {m} please review",
            f"pipeline #{self.rng.randint(90000, 99999)} is stuck on `Waiting for a runner to pick up this job...`",
            f"reran the failed job, flaky `test_signin_callback_expired` again ({self.pick(BRANCHES)})",
            f"renovate wants to bump requests `{self.pick(SEMVER)}` → `>=2.32.0,<3`, lgtm?",
            f"anyone know why the cron `{self.pick(CRONS)}` fires twice? DST?",
            f"the ignore list is `{self.pick(GLOBS)}` but it still picks up the vendored stuff",
            f"alert rule regex is `{self.pick(REGEXES)}`, matches too much",
            f"logs are in `{self.pick(PATHS)}` on the box",
            f"added the new runner range `{self.pick(CIDRS)}` to the allowlist",
            f"can someone add my key to the bastion? `{self.ssh_key()}`",
            f"here's the artifact, link expires in 1h: {self.link(self.presigned())}",
            f"the role is `{self.arn()}`, trust policy needs the new repo",
            f"flag `{self.pick(FLAGS)}` is at 25% in {env}, bumping to 50% after lunch",
            f"TTL is `{self.pick(DURATIONS)}` in the config but tokens live 15 min, which one wins?",
            f"weird, `curl -sS -o /dev/null -w '%{{http_code}}\\n' {BASE}/readyz` gives 503 from eu but 200 from us",
            "```\n$ curl -si " + BASE + "/healthz\nHTTP/2 200\ncontent-type: application/json\n"
            "x-request-id: edge-1-1718528400123-42-1\n\n{\"status\":\"ok\"}\n```",
            "```\nNAME                            READY   STATUS             RESTARTS      AGE\n"
            f"{svc}-{self.hexs(9)}-{self.hexs(5)}   0/1     CrashLoopBackOff   7 (2m ago)    14m\n"
            f"{svc}-{self.hexs(9)}-{self.hexs(5)}   1/1     Running            0             3d\n```",
            "```\n" + f"2024/06/16 09:14:02 [error] 3141#3141: *88213 upstream timed out (110: Connection timed out) "
            f"while reading response header from upstream, client: {self.ip4()}, server: {HOST}, "
            "request: \"POST /slack/events HTTP/1.1\", upstream: \"http://127.0.0.1:5000/slack/events\", "
            f"host: \"{HOST}\"\n```",
            "```\nError: UPGRADE FAILED: context deadline exceeded\n```\nanyone seen this with --atomic before?",
            "```\n│ Error: error waiting for EKS Node Group (prod:workers-b) to create: unexpected state "
            "'CREATE_FAILED', wanted target 'ACTIVE'.\n│\n│   with module.eks.aws_eks_node_group.this[\"workers-b\"],\n"
            "│   on .terraform/modules/eks/main.tf line 312\n```",
            "```\nTASK [nginx : reload nginx] ****************************************************\n"
            "fatal: [edge-3]: FAILED! => {\"changed\": false, \"msg\": \"Unable to reload service nginx: "
            "Job for nginx.service failed.\"}\n```",
            "```\nsqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection to server at "
            "\"10.0.3.12\", port 5432 failed: timeout expired\n```\nfrom the worker, started 09:12",
            "```yaml\nreadinessProbe:\n  httpGet:\n    path: /readyz\n    port: 8443\n    scheme: HTTPS\n"
            "  periodSeconds: 5\n  failureThreshold: 3\n```\nthis is what we have, should I bump the timeout?",
            "```\n- uses: actions/checkout@v4\n- run: |\n    TOKEN=$(curl -fsS -u \"$CLIENT_ID:$CLIENT_SECRET\" "
            "-d grant_type=client_credentials -d scope=read " + BASE + "/oauth/token | jq -r .access_token)\n"
            "    curl -fsS -H \"Authorization: Bearer $TOKEN\" " + BASE + "/api/usage/stats\n```",
            f"ok who set `replicas: 0` on {svc} in {env} 🙃",
            "Merci pour le fix, le déploiement est passé 👍", "デプロイ完了しました。監視を続けます。",
            "Dzięki, alert zgaszony. Idę na kawę ☕", "Danke, ich übernehme ab 18 Uhr die Rufbereitschaft.",
            "gracias! ya está estable otra vez", "ok thx, closing the incident",
        ]
        return _esc_keep_markup(self.pick(lines))

    def slack_oncall(self) -> dict[str, Any]:
        cid, _ = self.channel()
        event = self.message_event(self.oncall_text(), cid)
        return self.record("slack-oncall", "json", self.event_request(event))

    def jeeves_command(self) -> str:
        place = self.pick(PLACES)
        return self.pick(["weather", f"weather {place}", f"weather in {place}", f"Weather {place}?", "help",
                          f"remember location {place}", "alerts on", "alerts off", "config", "login", "forget me",
                          f"weather {place} tomorrow", "config units metric", "config units imperial",
                          f"alerts at {self.rng.randint(5, 9):02d}:{self.pick(['00', '15', '30', '45'])}"])

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.channel()
        if self.chance(0.7):
            text = f"<@{BOT_USER}> " + _esc(self.jeeves_command())
        else:
            text = self.pick([f"<@{BOT_USER}> is it going to rain on the DC tour in Ashburn tomorrow?",
                              f"<@{BOT_USER}> weather for the offsite in Lisboa pls",
                              f"hey <@{BOT_USER}>, what's the weather at the Frankfurt DC (eu-central-1)?",
                              f"<@{BOT_USER}> help — is there a way to get alerts at 06:00 before my on-call shift?"])
        return self.record("slack-mention", "json", self.event_request(self.message_event(text, cid, mention=True)))

    def slack_dm(self) -> dict[str, Any]:
        text = _esc(self.jeeves_command())
        return self.record("slack-dm", "json", self.event_request(self.message_event(text, self.sid("D0"), "im")))

    # bots posting into channels: alerts and deploys
    def alert_post(self) -> tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]:
        source = self.pick(["pagerduty", "opsgenie", "grafana", "alertmanager", "sentry", "datadog", "uptimerobot"])
        svc, ns, env = self.pick(SERVICES), self.pick(NAMESPACES), self.pick(ENVS)
        n = self.rng.randint(1000, 99999)
        pod = f"{svc}-{self.hexs(9)}-{self.hexs(5)}"
        firing = self.chance(0.75)
        state = "FIRING" if firing else "RESOLVED"
        color = self.pick(["#d50200", "#e01e5a", "danger"]) if firing else self.pick(["#2eb886", "good"])
        blocks: list[dict[str, Any]] = []
        if source == "pagerduty":
            title = self.pick([f"[ALERT] {svc}: upstream timed out (110: Connection timed out)",
                               f"High 5xx rate on {svc} ({env})", "PostgreSQL replication lag > 30s on db-2",
                               f"Certificate for {HOST} expires in 13 days", "Disk /var/lib/postgresql 91% on db-1"])
            text = (f"{'Triggered' if firing else 'Resolved'}: "
                    f"<https://{ORG}.pagerduty.com/incidents/Q{self.sid('', 6)}"
                    f"|#{n} {_esc(title)}>")
            fields = [{"title": "Service", "value": svc, "short": True},
                      {"title": "Urgency", "value": self.pick(["High", "Low"]), "short": True},
                      {"title": "Assigned", "value": self.pick(self.people)["name"], "short": True},
                      {"title": "Escalation policy", "value": "Platform – 24x7", "short": True}]
            atts = [{"fallback": f"#{n} {title}", "color": color, "fields": fields, "footer": "PagerDuty",
                     "ts": EPOCH + self.rng.randint(0, 36000)}]
            blocks = [{"type": "actions", "block_id": self.token(3)[:5], "elements": [
                {"type": "button", "action_id": "ack", "text": {"type": "plain_text", "text": "Acknowledge"},
                 "value": f"ack_{n}"},
                {"type": "button", "action_id": "resolve", "text": {"type": "plain_text", "text": "Resolve"},
                 "value": f"resolve_{n}"}]}]
        elif source == "opsgenie":
            prio = self.pick(["P1", "P2", "P3"])
            title = self.pick([f"[{env}] {svc} pods not ready (0/3)", "Redis memory usage above 85% "
                               "(used_memory=6.8GiB maxmemory=8GiB)", f"Synthetic check failed: GET {BASE}/readyz",
                               f"Job {self.pick(['nightly-export', 'usage-rollup', 'key-rotation'])} failed 3 times"])
            text = f"[Opsgenie] Alert #{n} {'created' if firing else 'closed'}: {_esc(title)} ({prio})"
            atts = [{"fallback": title, "color": color, "title": title,
                     "title_link": f"https://{ORG}.app.eu.opsgenie.com/alert/detail/{self.uuid()}-{EPOCH}",
                     "text": _esc(f"Tags: env:{env}, team:platform, {self.pick(LABELS)}\nSource: Prometheus\n"
                                  f"Alias: {self.hexs(40)}"), "footer": "Opsgenie"}]
        elif source in ("grafana", "alertmanager"):
            rule = self.pick(["KubePodCrashLooping", "HighErrorRate", "EdgeLatencyP95High", "NodeFilesystemAlmostFull",
                              "TargetDown", "PostgresTooManyConnections", "CertificateExpiringSoon", "KubeJobFailed"])
            expr = self.pick([
                'sum(rate(nginx_http_requests_total{status=~"5..",route="api"}[5m])) / '
                'sum(rate(nginx_http_requests_total{route="api"}[5m])) > 0.02',
                'histogram_quantile(0.95, sum by (le, route) (rate(edge_request_duration_seconds_bucket[5m]))) > 0.5',
                'node_filesystem_avail_bytes{mountpoint="/",fstype!="tmpfs"} / node_filesystem_size_bytes < 0.1',
                f'increase(kube_pod_container_status_restarts_total{{namespace="{ns}"}}[15m]) > 3',
                'up{job="jeeves"} == 0', 'pg_stat_activity_count{datname="jeeves"} > 90',
                '(cert_expiry_seconds - time()) / 86400 < 14'])
            summary = self.pick([f"Pod {ns}/{pod} ({svc}) is in waiting state (reason: \"CrashLoopBackOff\").",
                                 f"{svc} 5xx ratio is {self.rng.randint(2, 30)}% over the last 5m",
                                 f"Filesystem on /var/lib/docker at {self.ip4()}:9100 has only 8.2% available "
                                 "space left.",
                                 f"{self.rng.randint(1, 3)}/3 targets in job jeeves are down.",
                                 f"Job {ns}/nightly-export-{EPOCH // 60} failed to complete."])
            text = f"*[{state}:{self.rng.randint(1, 4)}] {rule}* ({env} {ns} {svc})"
            labels = (f"alertname={rule}\nseverity={self.pick(['critical', 'warning', 'page'])}\nnamespace={ns}\n"
                      f"pod={pod}\ncluster={self.pick(REGIONS)}-prod\ninstance={self.ip4()}:9100")
            atts = [{"fallback": f"[{state}] {rule}", "color": color, "title": f"[{state}] {rule}",
                     "title_link": f"https://grafana.{ORG}.io/alerting/list?search=alertname%3D{rule}",
                     "text": _esc(f"*Summary:* {summary}\n*Expr:* `{expr}`\n*Labels:*\n```{labels}```\n"
                                  f"*Runbook:* https://runbooks.{ORG}.io/{rule.lower()}"),
                     "mrkdwn_in": ["text"], "footer": "Grafana v11.0.0" if source == "grafana" else "Alertmanager",
                     "actions": [{"type": "button", "text": "Silence",
                                  "url": f"https://alertmanager.{ORG}.io/#/silences/new?filter=%7Balertname%3D%22"
                                         f"{rule}%22%2Cnamespace%3D%22{ns}%22%7D"}]}]
        elif source == "sentry":
            err = self.pick([
                ("KeyError", "'alert_time'", "app/services/users.py", "update_settings"),
                ("TimeoutError", "", "app/services/weather.py", "forecast"),
                ("asyncpg.exceptions.TooManyConnectionsError", "sorry, too many clients already",
                 "app/db/engine.py", "acquire"),
                ("ConnectionResetError", "[Errno 104] Connection reset by peer", "app/services/slack.py", "post"),
                ("ValueError", "Invalid isoformat string: '2024-06-16T09:00:00+0200'", "app/routes/params.py",
                 "datetime_arg"),
                ("jwt.exceptions.InvalidAudienceError", "Audience doesn't match", "app/services/tokens.py", "verify"),
                ("TypeError", "Cannot read properties of undefined (reading 'ts')", "static/js/admin.js",
                 "renderChart")])
            title = f"{err[0]}: {err[1]}" if err[1] else err[0]
            text = ""
            atts = [{"fallback": title, "color": "#E03E2F", "title": title,
                     "title_link": f"https://{ORG}.sentry.io/issues/{self.rng.randint(10**9, 10**10)}/?referrer=slack"
                                   f"&environment={env}",
                     "text": _esc(f"{err[3]} in {err[2]}"),
                     "fields": [{"title": "environment", "value": env, "short": True},
                                {"title": "release", "value": f"jeeves@2.14.{self.rng.randint(0, 3)}", "short": True},
                                {"title": "level", "value": "error", "short": True},
                                {"title": "handled", "value": self.pick(["yes", "no"]), "short": True}],
                     "footer": f"{self.rng.randint(1, 900)} events · {self.rng.randint(1, 60)} users",
                     "mrkdwn_in": ["text"]}]
        elif source == "datadog":
            monitor = self.pick([
                (f"High latency on service:{svc} env:{env}",
                 f"avg(last_5m):p95:trace.http.request{{service:{svc},env:{env}}} > 0.8"),
                (f"Error budget burn on {svc}", f"burn_rate(\"{self.hexs(32)}\").over(\"1h\") > 14.4"),
                ("Log anomaly: status:error", f"logs(\"service:{svc} status:error\").index(\"*\")"
                                              f".rollup(\"count\").last(\"10m\") > 50"),
                ("Host disk usage", "max(last_10m):avg:system.disk.in_use{device:/dev/nvme0n1p1} by {host} > 0.9")])
            text = f"{'Triggered' if firing else 'Recovered'}: [{self.pick(['P1', 'P2', 'P3'])}] {_esc(monitor[0])}"
            atts = [{"fallback": monitor[0], "color": color,
                     "title": f"[{'Triggered' if firing else 'Recovered'}] {monitor[0]}",
                     "title_link": f"https://app.datadoghq.eu/monitors/{self.rng.randint(10**7, 10**8)}",
                     "text": _esc(f"`{monitor[1]}`\nValue: {self.rng.randint(1, 99)/10}\n"
                                  f"@pagerduty-Platform @slack-alerts-prod {self.pick(LABELS)}"),
                     "footer": "Datadog", "mrkdwn_in": ["text"]}]
        else:
            text = (f"Monitor is {'DOWN' if firing else 'UP'}: Jeeves readyz ( {BASE}/readyz ). "
                    + (f"Reason: {self.pick(['503 Service Unavailable', 'Connection Timeout', 'Keyword Not Found'])}."
                       if firing else f"It was down for {self.rng.randint(1, 40)} minutes and 12 seconds."))
            atts = [{"fallback": text, "color": color, "footer": "UptimeRobot"}]
        return source, text, atts, blocks

    def deploy_post(self) -> tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]:
        source = self.pick(["github", "gitlab", "jenkins", "argocd", "terraform", "helm", "ansible", "renovate"])
        repo, env, sha = self.pick(REPOS), self.pick(ENVS), self.sha()
        commit, branch = self.pick(COMMITS), self.pick(BRANCHES)
        who = self.pick(self.people)
        n = self.rng.randint(100, 99999)
        ok = self.chance(0.8)
        color = "good" if ok else "danger"
        blocks: list[dict[str, Any]] = []
        if source == "github":
            run = f"https://github.com/{ORG}/{repo}/actions/runs/{self.rng.randint(9 * 10**9, 10**10)}"
            text = (f"{':white_check_mark:' if ok else ':x:'} *{self.pick(['deploy', 'ci', 'release', 'nightly'])}* "
                    f"workflow {'succeeded' if ok else 'failed'} on `{_esc(branch)}` "
                    f"(<https://github.com/{ORG}/{repo}/commit/{sha}|{sha[:7]}>) by {who['handle']}")
            atts = [{"color": color, "fallback": commit, "fields": [
                {"title": "Repository", "value": f"{ORG}/{repo}", "short": True},
                {"title": "Ref", "value": branch, "short": True},
                {"title": "Commit", "value": _esc(commit.split("\n")[0]), "short": False},
                {"title": "Environment", "value": env, "short": True},
                {"title": "Duration", "value": f"{self.rng.randint(1, 25)}m {self.rng.randint(0, 59)}s",
                 "short": True}],
                "footer": f"<{run}|GitHub Actions>"}]
            blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": text}},
                      {"type": "context", "elements": [{"type": "mrkdwn", "text": _esc(commit)},
                                                       {"type": "mrkdwn", "text": f"<{run}|View run>"}]}]
        elif source == "gitlab":
            text = (f"Pipeline <https://gitlab.com/{ORG}/{repo}/-/pipelines/{n}|#{n}> of branch "
                    f"<https://gitlab.com/{ORG}/{repo}/-/commits/{_esc(branch)}|{_esc(branch)}> by {who['name']} "
                    f"({who['handle']}) {'passed' if ok else 'failed'} in {self.rng.randint(1, 20):02d}:"
                    f"{self.rng.randint(0, 59):02d}")
            atts = [{"color": color, "fallback": text, "text": _esc(f"{sha[:8]}: {commit}"),
                     "fields": [{"title": "Failed job" if not ok else "Stages",
                                 "value": "test:e2e" if not ok else "build, test, deploy", "short": True}]}]
        elif source == "jenkins":
            text = (f"{repo}-pipeline » {_esc(branch.replace('/', '%2F'))} #{n % 2000} - "
                    f"{'Back to normal' if ok else 'Still failing'} after {self.rng.randint(1, 30)} min "
                    f"(<https://ci.{ORG}.io/job/{repo}-pipeline/job/{urllib.parse.quote(branch, safe='')}/"
                    f"{n % 2000}/|Open>)")
            atts = [{"color": color, "fallback": text, "text": _esc(f"Changes:\n- {commit} [{who['handle']}]\n"
                                                                 f"- {self.pick(COMMITS)} "
                                                                 f"[{self.pick(self.people)['handle']}]")}]
        elif source == "argocd":
            app = f"{self.pick(['jeeves', 'tokendealer', 'edge', 'monitoring'])}-{self.pick(['prod', 'staging'])}"
            status = self.pick(["Synced", "OutOfSync"]) if ok else "Unknown"
            health = self.pick(["Healthy", "Progressing"]) if ok else "Degraded"
            text = f":argo: Application *{app}* sync {'succeeded' if ok else 'failed'}."
            atts = [{"title": app, "title_link": f"https://argocd.{ORG}.io/applications/argocd/{app}?operation=true",
                     "color": "#18be52" if ok else "#E96D76", "fallback": text, "fields": [
                         {"title": "Sync Status", "value": status, "short": True},
                         {"title": "Health", "value": health, "short": True},
                         {"title": "Revision", "value": sha, "short": True},
                         {"title": "Repository", "value": f"https://github.com/{ORG}/charts.git", "short": True},
                         {"title": "Image", "value": self.image(), "short": False}] + (
                         [] if ok else [{"title": "Message", "value": _esc(
                             "one or more objects failed to apply, reason: Deployment.apps \"jeeves-web\" is invalid: "
                             "spec.template.spec.containers[0].resources.requests: Invalid value: \"2\": must be "
                             "less than or equal to cpu limit"), "short": False}])}]
        elif source == "terraform":
            ws = self.pick(["edge-prod", "edge-staging", "network-core", "dns", "iam-ci"])
            add, chg, dst = self.rng.randint(0, 9), self.rng.randint(0, 5), self.rng.randint(0, 2)
            text = (f"Run <https://app.terraform.io/app/{ORG}/workspaces/{ws}/runs/run-{self.token(12)[:16]}|"
                    f"run-{self.hexs(8)}> in workspace *{ws}* "
                    f"{self.pick(['needs confirmation', 'applied', 'planned and finished', 'errored'])}")
            atts = [{"color": color, "fallback": text, "text": _esc(
                f"Plan: {add} to add, {chg} to change, {dst} to destroy.\nTriggered by: {commit}\n"
                f"  # aws_security_group_rule.runners[\"{self.pick(CIDRS)}\"] will be created\n"
                f"  ~ module.eks.aws_iam_role.this: role_arn = \"{self.arn()}\"")}]
        elif source == "helm":
            rev = self.rng.randint(2, 300)
            text = f"Helm release *jeeves* in `{self.pick(NAMESPACES)}` upgraded to revision {rev}"
            atts = [{"color": color, "fallback": text, "text": _esc(
                f"helm upgrade --install jeeves ./charts/jeeves -n prod -f values-{env}.yaml "
                f"--set image.tag=2.14.{rev % 10} --set-string podAnnotations.checksum/config={self.hexs(64)} "
                f"--atomic --timeout 10m\nCHART: jeeves-2.14.{rev % 10}  APP VERSION: 2.14.{rev % 10}\n"
                f"STATUS: {'deployed' if ok else 'failed'}")}]
        elif source == "ansible":
            text = (f"AWX job <https://awx.{ORG}.io/#/jobs/playbook/{n}/output|{n}> "
                    f"'{self.pick(['Patch edge hosts (serial: 25%)', 'Rotate nginx certs', 'Deploy node_exporter'])}' "
                    f"{'successful' if ok else 'failed'}")
            atts = [{"color": color, "fallback": text, "text": _esc(
                f"PLAY RECAP *********\nedge-{self.rng.randint(1, 4)}  : ok=42 changed=7 unreachable=0 "
                f"failed={0 if ok else 1} skipped=11 rescued=0 ignored=0\nlimit: edge:&{env}  "
                f"inventory: aws_ec2 ({self.pick(REGIONS)})")}]
        else:
            dep = self.pick(["requests", "httpx", "sqlalchemy", "authlib", "hypercorn", "redis", "pytest"])
            text = (f"<https://github.com/{ORG}/{repo}/pull/{n}|#{n} Update dependency {dep} to "
                    f"{_esc(self.pick(SEMVER))}> opened by renovate[bot]")
            atts = [{"color": "#1f8ceb", "fallback": text, "text": _esc(
                f"| Package | Change | Age | Adoption |\n|---|---|---|---|\n| {dep} | `{self.pick(SEMVER)}` -> "
                f"`{self.pick(SEMVER)}` | ![age](https://developer.mend.io/api/mc/badges/age/pypi/{dep}/2.32.3?"
                f"slim=true) | 89% |\n📅 Schedule: Branch creation - \"before 6am on monday\" (UTC)")}]
        return source, text, atts, blocks

    def slack_bot(self, alert: bool) -> dict[str, Any]:
        cid, _ = self.channel()
        source, text, atts, blocks = self.alert_post() if alert else self.deploy_post()
        ts = self.ts()
        event: dict[str, Any] = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts,
                                 "username": source, "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts,
                                 "channel_type": "channel", "attachments": atts}
        if self.chance(0.5):
            event["bot_profile"] = {"id": self.sid("B0", 9), "deleted": False, "name": source, "updated": EPOCH - 86400,
                                    "app_id": self.sid("A0", 9), "team_id": TEAM,
                                    "icons": {"image_36": f"https://avatars.slack-edge.com/2023-01-01/{source}_36.png"}}
        if blocks:
            event["blocks"] = blocks
        return self.record("slack-alert" if alert else "slack-deploy", "json", self.event_request(event))

    def slack_alert(self) -> dict[str, Any]:
        return self.slack_bot(True)

    def slack_deploy(self) -> dict[str, Any]:
        return self.slack_bot(False)

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.channel()
        old = self.message_event(self.oncall_text(), cid)
        new = dict(old, text=old["text"] + self.pick([" (edit: wrong env, it's staging)", " *", " — resolved"]),
                   edited={"user": old["user"], "ts": self.ts()})
        for key in ("channel", "channel_type", "event_ts"):
            new.pop(key, None)
        if "blocks" in new:
            new["blocks"] = self.rich_text(new["text"].replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
        event = {"type": "message", "subtype": "message_changed", "message": new,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type", "event_ts")},
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_link(self) -> dict[str, Any]:
        cid, _ = self.channel()
        url = self.pick([
            f"https://grafana.{ORG}.io/d/edge-overview/edge?orgId=1&from=now-6h&to=now&var-route=api&var-env=prod",
            f"https://argocd.{ORG}.io/applications/argocd/jeeves-prod?view=tree&resource=",
            f"https://github.com/{ORG}/jeeves/actions/runs/{self.rng.randint(9 * 10**9, 10**10)}/job/"
            f"{self.rng.randint(10**10, 3 * 10**10)}",
            f"https://{ORG}.sentry.io/issues/{self.rng.randint(10**9, 10**10)}/events/{self.hexs(32)}/",
            f"https://app.datadoghq.eu/logs?query=service%3Ajeeves-web%20status%3Aerror&from_ts={EPOCH}000&live=false",
            "https://console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/"
            "$252Fecs$252Fjeeves-web",
            f"https://{ORG}.pagerduty.com/incidents/Q{self.sid('', 6)}",
            f"https://gitlab.com/{ORG}/edge/-/merge_requests/{self.rng.randint(100, 999)}/diffs"])
        domain = urllib.parse.urlparse(url).netloc
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"], "message_ts": self.ts(), "unfurl_id": f"C{self.hexs(20)}",
                 "thread_ts": self.ts(), "source": "conversations_history", "event_ts": self.ts(),
                 "links": [{"domain": domain, "url": url}]}
        return self.record("slack-link", "json", self.event_request(event))

    def slack_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick([self.channel()] * 3 + [(self.sid("D0"), "directmessage")] * 2)
        fields = [("token", "q9WcV0dLxZmN3bH7tR1kPsYa"), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]),
                  ("user_name", user["handle"]), ("command", "/jeeves"), ("text", self.jeeves_command()),
                  ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", f"https://hooks.slack.com/commands/{TEAM}/{self.rng.randint(10**12, 10**13)}/"
                                   f"{self.token(18)[:24]}"),
                  ("trigger_id", f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**11, 10**12)}."
                                 f"{self.hexs(32)}")]
        return self.record("slack-command", "form", {
            "method": "POST", "uri": "/slack/commands", "body": urllib.parse.urlencode(fields),
            "headers": self.slack_headers("application/x-www-form-urlencoded")})

    def slack_button(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.channel()
        roll = self.rng.random()
        if roll < 0.75:
            action = {"action_id": "set_location", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "value": self.pick(PLACES), "type": "button", "action_ts": self.ts()}
        elif roll < 0.88:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
        payload = {"type": "block_actions",
                   "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
                   "api_app_id": APP_ID, "token": "q9WcV0dLxZmN3bH7tR1kPsYa",
                   "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": True},
                   "trigger_id": f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**11, 10**12)}."
                                 f"{self.hexs(32)}",
                   "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False,
                   "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                   "response_url": f"https://hooks.slack.com/actions/{TEAM}/{self.rng.randint(10**12, 10**13)}/"
                                   f"{self.token(18)[:24]}", "actions": [action]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record("slack-button", "form", {"method": "POST", "uri": "/slack/interactions", "body": body,
                                                    "headers": self.slack_headers("application/x-www-form-urlencoded")})

    # ---- CI, deploy bots and scripts on the data API ---------------------------------------------------------
    def sdk_headers(self, client: str | None = None, scope: str = "read") -> dict[str, str]:
        ua, extra = self.pick(SDK_UAS)
        h: dict[str, str] = {}
        if ua:
            h["User-Agent"] = ua
        h.update(extra)
        if client is not None:
            h["Authorization"] = ("Bearer " if self.chance(0.95) else "bearer ") + self.jwt(client, scope)
        h.update(self.edge_headers())
        if client in CI_NAMES and self.chance(0.3):
            h.update(self.pick([
                {"X-GitHub-Run-Id": str(self.rng.randint(9 * 10**9, 10**10)), "X-GitHub-Sha": self.sha()},
                {"X-Pipeline-Id": str(self.rng.randint(90000, 99999)), "X-Ci-Job-Name": "deploy:production"},
                {"X-Deploy-Env": self.pick(ENVS), "X-Commit-Sha": self.sha()},
                {"X-Triggered-By": self.pick(["renovate[bot]", "github-actions[bot]", "argocd", "jenkins"])}]))
        return h

    def api(self) -> dict[str, Any]:
        client = self.pick(CLIENTS)
        roll = self.rng.random()
        if roll < 0.28:
            h = self.sdk_headers(client)
            params: list[tuple[str, str]] = [("limit", self.pick(["50", "100", "500", "200", "25"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 0, 100, 500, 1000, 1500]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false"]),
                                ("team_id", [TEAM, "T07PARTNER"])):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            if self.chance(0.1):
                params.append(("_", str(EPOCH * 1000 + self.rng.randint(0, 99999))))
            return self.record("api-users", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.40:
            h = self.sdk_headers(client)
            return self.record("api-user", "path", {"method": "GET", "uri": f"/api/users/{self.rng.randint(1, 900)}",
                                                    "body": "", "headers": h})
        if roll < 0.60:
            h = self.sdk_headers(client)
            since, until = self.iso(self.chance(0.6)), self.iso(self.chance(0.6))
            style = self.rng.random()
            if style < 0.7:
                params = [("since", since)] + ([("until", until)] if self.chance(0.6) else [])
                uri = "/api/usage/stats?" + urllib.parse.urlencode(params)
            elif style < 0.85:
                uri = f"/api/usage/stats?since={since}"   # an unencoded shell variable: "+02:00" arrives as is
            else:
                uri = "/api/usage/stats?since=" + self.pick(["2024-06-15", "2024-06-01T00:00:00Z",
                                                             "2024-06-16T00%3A00%3A00Z"])
            return self.record("api-stats", "query", {"method": "GET", "uri": uri, "body": "", "headers": h})
        if roll < 0.70:
            h = self.sdk_headers(client)
            return self.record("api-switches", "header", {"method": "GET", "uri": "/api/switches", "body": "",
                                                          "headers": h})
        if roll < 0.86:
            return self.api_switch_put(client)
        if roll < 0.97:
            return self.api_user_patch(client)
        h = self.sdk_headers()
        return self.record("api-openapi", "header", {"method": "GET", "uri": "/api/openapi.json", "body": "",
                                                     "headers": h})

    def api_switch_put(self, client: str) -> dict[str, Any]:
        """A pipeline turns an action off for a maintenance window or back on after a deploy."""
        h = self.sdk_headers(client, "read write")
        h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8"])
        action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
        doc: dict[str, Any] = {"enabled": self.chance(0.55)}
        if self.chance(0.6):
            doc["team_id"] = self.pick(["*", TEAM, "T07PARTNER"])
        style = self.rng.random()
        if style < 0.45:
            doc["reason"] = self.pick([
                f"maintenance window CHG{self.rng.randint(10**6, 10**7)}: pg 15 -> 16 upgrade",
                f"deploy {self.pick(COMMITS)}",
                f"rollback to {self.short()} after SEV2, see OPS-{self.rng.randint(1000, 3000)}",
                f"scheduled by cron {self.pick(CRONS)}",
                f"argocd post-sync hook ({self.pick(ENVS)})", "weather provider rate-limited us (429), pausing 30m",
                f"re-enable after {self.pick(DURATIONS)} freeze", "terraform apply: var.switches[\"alerts\"]"])
        elif style < 0.75:
            doc["metadata"] = {"pipeline": CI_NAMES.get(client, client), "ref": self.pick(BRANCHES), "sha": self.sha(),
                               "run_url": f"https://github.com/{ORG}/{self.pick(REPOS)}/actions/runs/"
                                          f"{self.rng.randint(9 * 10**9, 10**10)}",
                               "environment": self.pick(ENVS), "started_at": self.iso(),
                               "image": self.image(), "flag": self.pick(FLAGS)}
        elif style < 0.85:
            doc["requested_by"] = self.pick(["github-actions[bot]", "argocd", "svc-terraform", "ansible@awx",
                                             self.pick(self.people)["email"]])
            doc["expires_in"] = self.pick(DURATIONS)
        body = json.dumps(doc, ensure_ascii=self.chance(0.5), indent=self.pick([None, None, 2]))
        return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                      "body": body, "headers": h})

    def api_user_patch(self, client: str) -> dict[str, Any]:
        """HR sync and provisioning (Ansible, Terraform) keep users in line."""
        h = self.sdk_headers(client, "read write")
        h["Content-Type"] = "application/json"
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.35:
            doc: dict[str, Any] = {"settings": {"timezone": person["tz"],
                                                "alert_time": f"{self.rng.randint(5, 9):02d}:"
                                                              f"{self.pick(['00', '30'])}"}}
        elif roll < 0.55:
            doc = {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}}
        elif roll < 0.75:
            doc = {"name": person["name"], "email": person["email"]}
        elif roll < 0.9:
            doc = {"is_active": False}
        else:
            doc = {"is_admin": self.chance(0.3), "is_active": True, "name": person["name"]}
        return self.record("api-user-patch", "json", {
            "method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 900)}", "headers": h,
            "body": json.dumps(doc, ensure_ascii=self.chance(0.5), separators=self.pick([(",", ":"), (", ", ": ")]))})

    # ---- TokenDealer ------------------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(CLIENTS)
        secret = self.token()
        h = self.sdk_headers()
        h["Content-Type"] = self.pick(["application/x-www-form-urlencoded",
                                       "application/x-www-form-urlencoded; charset=utf-8",
                                       "application/x-www-form-urlencoded;charset=UTF-8"])
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.65:
            fields = [("grant_type", "client_credentials")]
            if self.chance(0.75):
                fields.append(("scope", self.pick(["read", "read write", "write"])))
            if self.chance(0.2):
                fields.append(("audience", self.pick(["jeeves", "jeeves", "tokendealer"])))
            if self.chance(0.05):
                fields.append(("resource", f"{BASE}/api/"))
            if self.chance(0.25):
                fields += [("client_id", client), ("client_secret", secret)]
            else:
                h["Authorization"] = basic
            return self.record("oauth-token", "form", {"method": "POST", "uri": "/oauth/token", "headers": h,
                                                       "body": urllib.parse.urlencode(fields)})
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < 0.82:
            body = urllib.parse.urlencode([("token", token)] + ([("token_type_hint", "access_token")]
                                                                if self.chance(0.6) else []))
            return self.record("oauth-introspect", "form", {"method": "POST", "uri": "/oauth/introspect",
                                                            "headers": h, "body": body})
        return self.record("oauth-revoke", "form", {"method": "POST", "uri": "/oauth/revoke", "headers": h,
                                                    "body": urllib.parse.urlencode([("token", token)])})

    def verify(self) -> dict[str, Any]:
        h = self.sdk_headers()
        h["Content-Type"] = "application/x-www-form-urlencoded"
        fields = [("access_token", self.jwt(self.pick(CLIENTS), "read"))]
        if self.chance(0.4):
            fields.append(("audience", self.pick(["jeeves", "tokendealer"])))
        return self.record("verify-token", "form", {"method": "POST", "uri": "/verify_token", "headers": h,
                                                    "body": urllib.parse.urlencode(fields)})

    # ---- monitors and probes --------------------------------------------------------------------------------
    def probe(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.55:
            ua, h = self.pick([
                ("kube-probe/1.29", {"Accept": "*/*", "Connection": "close"}),
                ("kube-probe/1.30", {"Accept": "*/*", "Connection": "close"}),
                ("ELB-HealthChecker/2.0", {"Accept-Encoding": "gzip, compress, deflate, br"}),
                ("GoogleHC/1.0", {"Connection": "close"}),
                ("Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", {"Accept": "*/*"}),
                ("Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", {"Accept": "*/*"}),
                ("Datadog/Synthetics", {"x-datadog-origin": "synthetics",
                                        "x-datadog-trace-id": str(self.rng.randint(10**17, 10**19)),
                                        "x-datadog-parent-id": "0", "x-datadog-sampling-priority": "1"}),
                ("Blackbox Exporter/0.25.0", {"Accept": "*/*", "X-Prometheus-Scrape-Timeout-Seconds": "5"}),
                ("Consul Health Check", {"Accept": "text/plain, text/*, */*"}),
                ("check_http/v2.4.9 (nagios-plugins 2.4.9)", {"Connection": "close"}),
                ("Zabbix", {"Accept": "*/*"}), ("Better Stack Better Uptime Bot Mozilla/5.0", {"Accept": "*/*"}),
                ("", {"Connection": "close"}),  # HAProxy / NLB checks send no agent
                ("Site24x7", {"Accept": "*/*", "Cache-Control": "no-cache"}),
                ("NewRelicSynthetics/1.0", {"Accept": "*/*", "X-Abuse-Info": "Request sent by a New Relic Synthetics "
                                                                         "Monitor - see https://docs.newrelic.com"})])
            headers = dict(h)
            if ua:
                headers["User-Agent"] = ua
            if ua.startswith(("ELB", "GoogleHC", "Mozilla", "Pingdom")):
                headers["X-Forwarded-For"] = self.ip4()
            head_ok = ua.startswith(("Mozilla/5.0+(compatible; UptimeRobot", "Site24x7"))
            method = "HEAD" if head_ok and self.chance(0.6) \
                else "GET"
            uri = self.pick(["/healthz", "/healthz", "/readyz", "/readyz", "/healthz?probe=liveness",
                             f"/readyz?source={self.pick(['k8s', 'lb', 'uptimerobot'])}"])
            return self.record("probe", "header", {"method": method, "uri": uri, "body": "", "headers": headers})
        if roll < 0.72:
            h = {"User-Agent": self.pick(["Prometheus/2.52.0", "Prometheus/2.45.5", "Grafana Agent/v0.40.4",
                                          "OpenTelemetry Collector Contrib/0.102.0", "vmagent/1.101.0"]),
                 "Accept": self.pick(["application/openmetrics-text;version=1.0.0,application/openmetrics-text;"
                                      "version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1",
                                      "text/plain;version=0.0.4;q=1,*/*;q=0.1"]),
                 "Accept-Encoding": "gzip", "X-Prometheus-Scrape-Timeout-Seconds": self.pick(["10", "9.5", "30"])}
            uri = self.pick(["/metrics", "/metrics", "/readyz", "/healthz"])
            return self.record("scrape", "header", {"method": "GET", "uri": uri, "body": "", "headers": h})
        if roll < 0.88:
            h = {"User-Agent": self.pick(["PyJWT/2.8.0", "Go-http-client/1.1",
                                          "lua-resty-http/0.17.1 (Lua) ngx_lua/10026",
                                          "jwks-rsa/3.1.0", "Nimbus-JOSE-JWT/9.37", "python-httpx/0.27.0",
                                          "okhttp/4.12.0", "curl/8.5.0"]),
                 "Accept": self.pick(["application/json", "application/jwk-set+json, application/json", "*/*"])}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            h.update(self.edge_headers())
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "Authlib/1.3.1 (+https://authlib.org/)",
                                      "curl/8.5.0", "Go-http-client/2.0", "Java-http-client/17.0.11"]),
             "Accept": "application/json"}
        h.update(self.edge_headers())
        return self.record("oauth-metadata", "header", {"method": "GET",
                                                        "uri": "/.well-known/oauth-authorization-server",
                                                        "body": "", "headers": h})

    # ---- browsers: the admin panel, /me/, Sign in with Slack ---------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/125.0.0.0 Safari/537.36",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:126.0) Gecko/20100101 Firefox/126.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
            "Safari/605.1.15",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36 Edg/125.0.2535.67"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8",
                                           "pl-PL,pl;q=0.9,en;q=0.8", "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in ua:
            h["sec-ch-ua"] = '"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?0"
            h["sec-ch-ua-platform"] = self.pick(['"macOS"', '"Linux"', '"Windows"'])
        if referer:
            h["Referer"] = BASE + referer
        if form:
            h["Origin"] = BASE
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        if self.chance(0.3):
            h.update({k: v for k, v in self.edge_headers().items() if not k.lower().startswith(("x-b3", "x-envoy"))})
        return h

    def admin(self) -> dict[str, Any]:
        cookie = f"__Host-jeeves_admin={self.token()}"
        csrf = self.token()
        roll = self.rng.random()
        if roll < 0.28:
            fields = [("csrf_token", csrf), ("client_id", self.pick(CLIENTS + ["gha-deploy.infra", "tf:edge-prod",
                                                                              "k8s.cronjob.usage-rollup"])),
                      ("description", self.pick([
                          f"GitHub Actions, {ORG}/{self.pick(REPOS)} .github/workflows/deploy.yml "
                          "(push to main, tags v*)",
                          f"GitLab CI for {ORG}/edge — runs on protected branches only; owner @platform",
                          f"Jenkins nightly export, cron {self.pick(CRONS)} (UTC)",
                          f"Argo CD post-sync hook; flips switches during maintenance. Role: {self.arn()}",
                          "Terraform Cloud workspace edge-prod (restapi provider), read/write switches",
                          f"AWX job template 'HR sync' — runs from {self.pick(CIDRS)}",
                          "Grafana JSON datasource (read only). Dashboard: Edge / Usage",
                          f"Datadog synthetics private location eu-central-1; rotate every {self.pick(DURATIONS)}",
                          f"Renovate post-upgrade tasks for packages matching {self.pick(REGEXES)}",
                          f"Backstage catalog ingestion; annotations: {self.pick(LABELS)}",
                          f"Ops laptop script (~/bin/jeeves-report.sh) for {self.pick(self.people)['name']}",
                          "Temporary: load test from perf env, delete after 2024-07-01 "
                          f"(ticket OPS-{self.rng.randint(1000, 3000)})",
                          ""])),
                      ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.4) else [])
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = cookie
            return self.record("admin-client", "form", {"method": "POST", "uri": "/admin/clients", "headers": h,
                                                        "body": urllib.parse.urlencode(fields)})
        if roll < 0.38:
            cid = self.pick(CLIENTS)
            uri = f"/admin/clients/{cid}/{self.pick(['rotate', 'rotate', 'disable', 'enable'])}"
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = cookie
            return self.record("admin-client-state", "form", {"method": "POST", "uri": uri, "headers": h,
                                                              "body": urllib.parse.urlencode([("csrf_token", csrf)])})
        if roll < 0.50:
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                   "login", "forget_me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, "T07PARTNER"]))]
            uri = "/admin/features" if self.chance(0.85) else "/admin/features/remove"
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = cookie
            return self.record("admin-feature", "form", {"method": "POST", "uri": uri, "headers": h,
                                                         "body": urllib.parse.urlencode(fields)})
        if roll < 0.64:
            q = self.pick(["client.rotate", "client.create", "feature.set", "gha-deploy", "terraform-cloud",
                           "argocd-notifications", "client.disable", "user.forget_me", "2024-06-16", "weather@*",
                           f"alerts@{TEAM}", "failed", "login", self.pick(self.people)["handle"]])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.2) else [])
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = cookie
            return self.record("admin-audit", "query", {"method": "GET", "headers": h, "body": "",
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.74:
            p = self.pick(self.people)
            q = self.pick([p["name"], p["email"], p["id"], p["handle"], "@nimbus-ops.io", TEAM, "bot", "svc-"])
            h = self.browser_headers("/admin/users")
            h["Cookie"] = cookie
            return self.record("admin-users", "query", {"method": "GET", "headers": h, "body": "",
                                                        "uri": "/admin/users?" + urllib.parse.urlencode([("q", q)])})
        if roll < 0.84:
            h = self.browser_headers(self.pick(["/admin/", None, "/admin/clients"]))
            h["Cookie"] = cookie
            uri = self.pick(["/admin/", "/admin/clients", "/admin/gateway", "/admin/features", "/admin/audit",
                             "/admin/clients?done=client_disabled", "/admin/account", "/admin/users?page=2"])
            return self.record("admin-page", "cookie", {"method": "GET", "uri": uri, "body": "", "headers": h})
        if roll < 0.92:
            h = self.browser_headers("/admin/login", True)
            h["Cookie"] = f"__Host-jeeves_admin_login={csrf}"
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.~!@#%^*+="
            pw = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(20, 40)))
            fields = [("csrf_token", csrf), ("next", "/admin/"), ("username", self.pick(["ops-admin", "breakglass",
                                                                                       "bwrona", "alindqvist"])),
                      ("password", pw), ("totp", f"{self.rng.randint(0, 999999):06d}")]
            return self.record("admin-login", "form", {"method": "POST", "uri": "/admin/login", "headers": h,
                                                       "body": urllib.parse.urlencode(fields)})
        if roll < 0.96:
            h = self.browser_headers("/admin/account", True)
            h["Cookie"] = cookie
            pending = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
            fields = [("csrf_token", csrf), ("totp_pending", pending), ("totp", f"{self.rng.randint(0, 999999):06d}")]
            return self.record("admin-totp", "form", {"method": "POST", "uri": "/admin/account/totp/confirm",
                                                      "headers": h, "body": urllib.parse.urlencode(fields)})
        h = self.browser_headers("/admin/slack-sign-in", True)
        h["Cookie"] = cookie
        fields = [("csrf_token", csrf), ("username", self.pick(["ops-admin", "bwrona"])), ("team_id", TEAM),
                  ("user_id", self.pick(self.people)["id"])]
        return self.record("admin-slack-map", "form", {"method": "POST", "uri": "/admin/slack-sign-in",
                                                       "headers": h, "body": urllib.parse.urlencode(fields)})

    def me(self) -> dict[str, Any]:
        cookie = f"__Host-jeeves_me={self.token()}"
        csrf = self.token()
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(self.pick([None, "/me/"]))
            h["Cookie"] = cookie
            return self.record("me-page", "cookie", {"method": "GET", "body": "", "headers": h,
                                                     "uri": self.pick(["/me/", "/me/?done=settings_saved",
                                                                       "/me/data.json"])})
        if roll < 0.6:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            uri = "/me/location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", f"{self.rng.randint(5, 9):02d}:{self.pick(['00', '15', '30', '45'])}"),
                      ("timezone", person["tz"])] + ([("alerts", "on")] if self.chance(0.6) else [])
            uri = "/me/settings"
        else:
            uri = self.pick(["/me/logout", "/me/location/forget"])
            fields = [("csrf_token", csrf)]
        h = self.browser_headers("/me/", True)
        h["Cookie"] = cookie
        return self.record("me-form", "form", {"method": "POST", "uri": uri, "headers": h,
                                               "body": urllib.parse.urlencode(fields)})

    def signin(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.25:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("signin-start", "query", {"method": "GET", "uri": uri, "body": "", "headers": h})
        if roll < 0.65:
            state = self.token()
            h = self.browser_headers()
            h["Sec-Fetch-Site"] = "cross-site"
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = f"__Host-jeeves_oidc_state={state}"
            params = [("code", f"{self.rng.randint(10**11, 10**12)}.{self.rng.randint(10**11, 10**12)}."
                               f"{self.hexs(64)}"), ("state", state)]
            if self.chance(0.08):
                params = [("error", "access_denied"), ("state", state)]
            return self.record("signin-callback", "query", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/auth/slack/callback?"
                                                                   + urllib.parse.urlencode(params)})
        link = self.token()
        if roll < 0.8:
            h = {"User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
                 "Accept-Encoding": "gzip,deflate", "Range": "bytes=0-32768"}
            return self.record("signin-link-preview", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}",
                                                               "body": "", "headers": h})
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        h["Cookie"] = f"__Host-jeeves_signin={csrf}"
        return self.record("signin-link-post", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                        "headers": h,
                                                        "body": urllib.parse.urlencode([("csrf_token", csrf)])})


PLAN: list[tuple[str, int]] = [
    ("slack_alert", 170), ("slack_deploy", 150), ("slack_oncall", 200), ("slack_mention", 45), ("slack_dm", 40),
    ("slack_edit", 20), ("slack_link", 25), ("slack_command", 100), ("slack_button", 50),
    ("api", 300), ("oauth", 95), ("verify", 20), ("probe", 120), ("admin", 75), ("me", 35), ("signin", 30),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    return planned(Ops(), PLAN)


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
