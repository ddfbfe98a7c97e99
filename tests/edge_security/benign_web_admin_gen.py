"""Benign traffic of browsers, admins, Slack users and OAuth clients on the non-Slack routes (ninth benign author).

What this set is: ~1,500 realistic requests to the admin panel (/admin/...), the Slack user's own page (/me/...),
Sign in with Slack and the bot's one-time links (/auth/slack/...), TokenDealer (/oauth/token, /oauth/revoke,
/oauth/introspect, /verify_token, the two well-known documents) and the data API (/api/...), as real clients
send them: desktop and mobile Chrome, Edge, Firefox and Safari with their full header sets and cookie jars,
password managers filling the login form, admins typing and pasting values in many languages, OAuth SDKs in
many languages (Basic auth, form bodies, scopes, audiences, resource indicators, client assertion JWTs),
resource servers fetching the JWKS, uptime checkers, link previewers unfurling a one-time link, and corporate
proxies and CDNs adding Forwarded / Via / X-Forwarded-* on the way. The awkward-but-legitimate is included on
purpose: long query strings, repeated and empty parameters, percent-encoded Unicode, plus signs for spaces,
cookie jars with odd separators, JSON with unusual whitespace and escapes, multipart parts with file names in
many scripts, Accept-Language lists, If-None-Match, Range and Origin on same-origin POSTs.

How it was written: by the ninth independent benign author (a helper session), from the gateway's route list
(names, match, methods and upstreams only), the application code (app/, tokendealer/: methods, field names,
content types, CSRF fields, cookies, auth headers, redirects) and README.md. The author did not read the WAF's
rules, the Core Rule Set, the route's WAF settings, the other generators' texts or any corpus, and fixed every
text and value before the one measurement. Deterministic: one seeded random.Random, no clock.

`attacks()` is empty; `benign()` yields the records (category "benign", `sub` = the kind, ids
"webadmin-benign-<kind>-NNNN").
"""

from __future__ import annotations

import base64
import json
import random
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .records import b64url as _b64url
from .records import no_attacks

Record = dict[str, Any]

SEED = 0x9E7AD3_17
ORIGIN = "https://localhost:8443"   # PUBLIC_BASE_URL of the stack: the issuer and every same-origin Origin
PUBLIC_HOSTS = ("jeeves.example.com", "jeeves.corp.example.net", "localhost:8443")

ADMIN_COOKIE = "__Host-jeeves_admin"
LOGIN_COOKIE = "__Host-jeeves_admin_login"
ME_COOKIE = "__Host-jeeves_me"
SIGNIN_COOKIE = "__Host-jeeves_signin"
STATE_COOKIE = "__Host-jeeves_oidc_state"

ACTIONS = ("alerts", "config", "forget_location", "forget_me", "help", "login", "my_location",
           "remember_location", "weather")

# ---- people, places and texts -----------------------------------------------------------------------------
NAMES = [
    "José Álvarez", "Zoë O'Connor", "Łukasz Żółkiewski", "Σωκράτης Παπαδόπουλος", "Иван Петров", "王小明",
    "山田 太郎", "김민준", "محمد العلي", "דוד כהן", "Nguyễn Văn An", "Ayşe Yılmaz", "Björk Guðmundsdóttir",
    "Søren Kjærgaard", "Ngozi Okonkwo", "Priya Sharma", "प्रिया शर्मा", "สมชาย ใจดี", "Mary-Kate O'Neil",
    "Renée D'Amours", "François Dupont", "Jürgen Müller", "Anna-Lena van der Berg", "Seán Ó Briain",
    "Ana María de la Cruz", "Mikko Häkkinen", "Olga Ковальчук", "陳美玲", "Tomás Ruiz-Gómez", "Aleksandra Nowak",
    "Kwame Mensah", "Fatima Zahra El Idrissi", "Dr. Hans-Peter Schulze", "Chloé Lefèvre", "Ahmet Öztürk",
    "Lê Thị Hồng", "Marie-Ève Tremblay", "Jan Novák", "Ingrid Bergström", "Rafael Nuñez Jr.",
]
EMAIL_USERS = ["jose.alvarez", "zoe.oconnor", "l.zolkiewski", "s.papadopoulos", "ivan.petrov", "xiaoming.wang",
               "t.yamada", "minjun.kim", "m.alali", "david.cohen", "an.nguyen", "ayse.yilmaz", "bjork.g",
               "soren+jeeves", "ngozi.okonkwo", "priya.sharma", "somchai.j", "marykate.oneil", "renee.damours",
               "francois.dupont", "juergen.mueller", "annalena.vdberg", "sean.obriain", "ana.delacruz"]
DOMAINS = ["example.com", "example.org", "corp.example.net", "exemple.fr", "beispiel.de", "ejemplo.es",
           "example.co.jp", "example.com.br"]

PLACES = [
    "Paris", "São Paulo", "München", "Zürich", "Köln", "Kraków", "Москва", "東京", "서울", "القاهرة",
    "תל אביב", "Reykjavík", "Hà Nội", "İstanbul", "St. John's", "Saint-Étienne", "Washington, D.C.",
    "Newcastle upon Tyne", "Ho Chi Minh City", "Frankfurt (Oder)", "Las Palmas de Gran Canaria",
    "Ciudad de México", "Montréal", "Αθήνα", "Київ", "Tromsø", "'s-Hertogenbosch", "Rio de Janeiro",
    "L'Aquila", "N'Djamena", "Bad Homburg v. d. Höhe", "Stratford-upon-Avon", "Llanfairpwllgwyngyll",
    "Halle (Saale)", "Kyōto", "Ålesund", "Łódź", "Cluj-Napoca", "Mumbai", "बेंगलुरु", "กรุงเทพมหานคร",
    "Pointe-à-Pitre", "Dún Laoghaire", "Winston-Salem", "Coeur d'Alene", "Saint-Louis-du-Ha! Ha!",
    "Baden-Baden", "Rīga", "Vilnius", "Ljubljana", "Ouagadougou", "Nuuk", "香港", "Lyon 3e Arrondissement",
]
TIMEZONES = ["Europe/Paris", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "America/Port-au-Prince",
             "Etc/GMT+5", "America/St_Johns", "Pacific/Chatham", "Asia/Ho_Chi_Minh", "Australia/Lord_Howe",
             "UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Africa/Casablanca", "Europe/Kyiv",
             "America/Los_Angeles", "Asia/Kathmandu", "Etc/GMT-14", "America/Indiana/Indianapolis",
             "America/North_Dakota/New_Salem", "Europe/Isle_of_Man", "Asia/Jerusalem", "America/Sao_Paulo"]

ADMIN_USERNAMES = ["admin", "ops.lead", "maria.garcia", "j.schmidt", "ops-oncall", "chloe", "k.tanaka",
                   "svc-breakglass", "amelie.roux", "d.okafor", "ingrid_b", "root-admin"]

USER_SEARCHES = [
    "müller", "Müller", "O'Connor", "o'brien", "de la Cruz", "van der Berg", "García", "李", "山田", "김",
    "محمد", "כהן", "Nguyễn", "ß", "Ærø", "jose.alvarez@example.com", "@example.com", "+jeeves", "U024BE7LH",
    "T0123ABCD", "U0DEMOADA", "T02", "smith john", "Jean-Luc", "Zoë", "françois", "Łukasz", "Σωκράτης",
    "Иван", "priya", "test", "admin", "", "  marie  ", "ana maria", "d'amours", "Dr. Hans-Peter", "Jr.",
    "example.co.jp", "ngozi.okonkwo@example.org", "bob & alice", "50/50 team", "(contractor)", "#ops",
    "rené", "Renée", "sean ó", "Ø", "北京", "Ελένη", "Đặng", "Şahin", "ĳssel",
]
AUDIT_SEARCHES = [
    "login", "logout", "client.create", "client.rotate", "client.disable", "user.admin", "user.active",
    "feature.set", "feature.remove_override", "admin.map_slack", "admin.unmap_slack", "account.totp_enable",
    "login.slack", "user.forget_me", "failed", "denied", "anonymous", "jeeves-worker", "data-warehouse-export",
    "weather@T0123ABCD", "help@*", "slack:T0123ABCD/U024BE7LH", "T0123ABCD/U024BE7LH", "203.0.113.7",
    "2001:db8::17", "2024-06-", "maria.garcia", "ops-oncall", "ci:staging-smoke", "partner.acme-corp",
    "grafana.readonly", "", "locked", "ok", "svc-breakglass", "Müller", "client.enable", "totp",
]
CLIENT_IDS = ["data-warehouse-export", "grafana.readonly", "ci:staging-smoke", "billing_sync", "partner.acme-corp",
              "mobile-app-ios", "crm-integration-2024", "jeeves-worker", "reporting.q3", "zapier-hooks",
              "powerbi-gateway", "on-call-bot", "backstage.catalog", "n8n-prod", "retool:internal",
              "airflow.jeeves_usage_daily", "sre-synthetics", "partner.globex:prod", "analytics-eu-west-1",
              "jupyter-hub", "metabase", "status-page"]
CLIENT_NOTES = [
    "Nightly export to the data warehouse (Airflow DAG `jeeves_usage_daily`). Owner: data-platform; rotate "
    "every 90 days.",
    "Grafana dashboard — read only",
    "Client für das Reporting-Team (Ansprechpartnerin: Frau Müller, Durchwahl -4711). Nur Lesezugriff!",
    "CI pipeline for staging smoke tests; see runbook https://wiki.example.com/display/OPS/Jeeves+tokens",
    "Интеграция с CRM (только чтение). Ответственный: Петров И. И.",
    "社内ポータル連携用（読み取り専用）。担当：山田",
    "Pasted from ticket OPS-4821: \"Please create a client for the on-call bot; scopes read & write; "
    "expires end of Q3.\"",
    "Intégration Power BI — accès en lecture seule, demandé par l'équipe finance (cf. courriel du 12/06).",
    "Partner: ACME Corp. Contact: Jane Roe <jane.roe@acme.example>, +1 (555) 010-4477. Contract #2024-117.",
    "Zapier hooks for #support-escalations; owner @ngozi; review 2024-09-30",
    "Backstage catalog sync (read). Annotations: jeeves.example.com/client-id",
    "",
    "temp client for load test — DELETE after 2024-07-01!!",
    "Cliente para el panel de métricas de ventas (sólo lectura); responsable: Tomás Ruiz-Gómez",
    "用于数据分析平台的只读客户端，负责人：陈美玲",
    "مزامنة بيانات المستخدمين مع نظام الموارد البشرية (قراءة فقط)",
    "לקוח לסנכרון נתונים עם מערכת הדיווח (קריאה בלבד)",
    "Jupyter notebooks of the research team; 100 req/min max; questions -> #data-help",
    "n8n workflow: Slack → Jeeves → Google Sheets (weekly usage report, Mondays 07:30 CET)",
    "Metabase questions \"Active users by team\" & \"Alerts sent per day\"",
    "Status page probe: GET /api/users?limit=1 every 60s",
    "Migrated from the old token service (was: svc_reporting_v1). Keep until all cron jobs are moved.",
]
DONE_CODES = ["user_updated", "switch_updated", "switch_removed", "client_disabled", "client_enabled",
              "totp_enabled", "totp_disabled"]

ACCEPT_LANGUAGES = [
    "en-US,en;q=0.9", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
    "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", "zh-CN,zh;q=0.9,en;q=0.8", "ja,en-US;q=0.9,en;q=0.8",
    "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "es-419,es;q=0.9", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
    "ar,en-US;q=0.7,en;q=0.3", "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7", "ru-RU,ru;q=0.8,en-US;q=0.5,en;q=0.3",
    "sv-SE,sv;q=0.8,en-US;q=0.5,en;q=0.3", "nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6,en;q=0.5",
    "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "pl,en-US;q=0.7,en;q=0.3",
    "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "vi-VN,vi;q=0.9,fr-FR;q=0.8,fr;q=0.7,en-US;q=0.6,en;q=0.5",
    "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "th-TH,th;q=0.9", "el-GR,el;q=0.9,en;q=0.8", "uk-UA,uk;q=0.9",
    "en", "de", "en-US", "it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7,de;q=0.6", "da, en-gb;q=0.8, en;q=0.7",
]

# ---- OAuth SDKs and API clients ---------------------------------------------------------------------------
# (User-Agent, Accept, form Content-Type, lower-case header names)
SDKS: list[tuple[str, str, str, bool]] = [
    ("python-requests/2.31.0", "*/*", "application/x-www-form-urlencoded", False),
    ("python-requests/2.32.3", "application/json", "application/x-www-form-urlencoded", False),
    ("python-httpx/0.27.0", "application/json", "application/x-www-form-urlencoded", False),
    ("Authlib/1.3.1 (+https://authlib.org/)", "application/json",
     "application/x-www-form-urlencoded;charset=UTF-8", False),
    ("okhttp/4.12.0", "application/json", "application/x-www-form-urlencoded", False),
    ("Java-http-client/17.0.11", "application/json;charset=UTF-8",
     "application/x-www-form-urlencoded;charset=UTF-8", False),
    ("Apache-HttpClient/5.2.1 (Java/17.0.9)", "application/json",
     "application/x-www-form-urlencoded; charset=UTF-8", False),
    ("Java/21.0.3", "application/json;charset=UTF-8, application/*+json;charset=UTF-8",
     "application/x-www-form-urlencoded;charset=UTF-8", False),
    ("Go-http-client/1.1", "", "application/x-www-form-urlencoded", False),
    ("Go-http-client/2.0", "application/json", "application/x-www-form-urlencoded", False),
    ("axios/1.7.2", "application/json, text/plain, */*", "application/x-www-form-urlencoded", True),
    ("node", "*/*", "application/x-www-form-urlencoded;charset=UTF-8", True),
    ("openid-client/5.6.5 (https://github.com/panva/node-openid-client)", "application/json",
     "application/x-www-form-urlencoded", True),
    ("Duende.IdentityModel/7.0.0", "application/json", "application/x-www-form-urlencoded", False),
    ("Faraday v2.9.0", "application/json", "application/x-www-form-urlencoded", False),
    ("GuzzleHttp/7", "application/json", "application/x-www-form-urlencoded", False),
    ("oauth2-rs/4.4.2 reqwest/0.11.27", "application/json", "application/x-www-form-urlencoded", True),
    ("curl/8.5.0", "*/*", "application/x-www-form-urlencoded", False),
    ("curl/7.88.1", "application/json", "application/x-www-form-urlencoded", False),
    ("HTTPie/3.2.2", "application/json, */*;q=0.5", "application/x-www-form-urlencoded; charset=utf-8", False),
    ("PostmanRuntime/7.39.0", "*/*", "application/x-www-form-urlencoded", False),
    ("Dart/3.4 (dart:io)", "application/json", "application/x-www-form-urlencoded; charset=utf-8", True),
    ("Grafana/11.0.0", "application/json", "application/x-www-form-urlencoded", False),
    ("Spring-Security-OAuth2-Client Java/17.0.10", "application/json;charset=UTF-8",
     "application/x-www-form-urlencoded;charset=UTF-8", False),
]
API_CLIENTS = [
    "python-requests/2.31.0", "python-httpx/0.27.0", "Grafana/10.4.2", "axios/1.6.8", "node", "okhttp/4.12.0",
    "Go-http-client/2.0", "curl/8.7.1", "HTTPie/3.2.2", "PostmanRuntime/7.37.3", "n8n", "Zapier",
    "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
    "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd-7n3o)",
    "Retool/2.0 (+https://docs.tryretool.com/docs/apis)", "Metabase/v0.49.14", "Faraday v2.9.0",
    "Ruby", "GuzzleHttp/7", "reqwest/0.12.4", "Apache-HttpClient/4.5.14 (Java/11.0.22)", "Dart/3.3 (dart:io)",
]
JWKS_FETCHERS = [
    ("jwks-rsa/3.1.0", "application/json"), ("Go-http-client/1.1", "application/json"),
    ("PyJWT/2.8.0 python-urllib3/2.2.1", "application/json"), ("Nimbus-JOSE-JWT/9.37.3 Java/17.0.11", "*/*"),
    ("Microsoft.IdentityModel/7.5.1", "application/json"), ("jose/5.2.4 node", "application/jwk-set+json"),
    ("lua-resty-http/0.17.1 (Lua) ngx_lua/10026", "application/json"),
    ("envoy/1.30.1", "application/json"), ("Kong/3.6.1", "*/*"), ("Authlib/1.3.1 (+https://authlib.org/)", "*/*"),
    ("spring-security-oauth2-jose/6.3.0 Java/21.0.3", "application/json, application/jwk-set+json"),
    ("okhttp/4.12.0", "application/jwk-set+json, application/json;q=0.9"),
]
MONITORS = [
    "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
    "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
    "Datadog/Synthetics",
    "Mozilla/5.0 (compatible; StatusCake)",
    "Better Uptime Bot Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/74.0.3729.169 Safari/537.36",
    "Site24x7",
    "kube-probe/1.29",
    "Blackbox Exporter/0.25.0",
    "Amazon-Route53-Health-Check-Service (ref 7e1f2a3b-58c4-4c1d-9d3e-1a2b3c4d5e6f; report http://amzn.to/1vsZADi)",
    "GoogleStackdriverMonitoring-UptimeChecks(https://cloud.google.com/monitoring)",
    "check_http/v2.3.3 (monitoring-plugins 2.3.3)",
    "Zabbix",
    "Checkly/1.0 (https://www.checklyhq.com)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/125.0.6422.141 "
    "Safari/537.36 Checkly/1.0",
]
PREVIEWERS: list[tuple[str, dict[str, str]]] = [
    ("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", {"Accept": "*/*",
                                                                     "Accept-Encoding": "gzip,deflate",
                                                                     "Range": "bytes=0-32768"}),
    ("Slack-ImgProxy (+https://api.slack.com/robots)", {"Accept": "*/*"}),
    ("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
     {"Accept": "*/*", "Accept-Encoding": "deflate, gzip", "Range": "bytes=0-524287"}),
    ("Twitterbot/1.0", {"Accept": "*/*"}),
    ("WhatsApp/2.24.12.78 A", {"Accept": "*/*"}),
    ("TelegramBot (like TwitterBot)", {"Accept": "*/*", "Accept-Encoding": "gzip, deflate"}),
    ("Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", {"Accept": "*/*"}),
    ("LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
     {"Accept": "*/*", "Accept-Encoding": "gzip,deflate"}),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
     "Safari/537.36 Edg/120.0.0.0 (SkypeUriPreview Preview/0.5)", {"Accept": "*/*"}),
    ("Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17029; Pro)",
     {"Accept": "*/*", "Accept-Encoding": "gzip, deflate"}),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 "
     "Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0", {"Accept": "*/*"}),
    ("Mozilla/5.0 (compatible; Mattermost-Bot/1.1)", {"Accept": "text/html"}),
    ("Mozilla/5.0 (compatible; Google-Safety; +https://developers.google.com/safe-browsing)", {"Accept": "*/*"}),
]


# ---- small helpers ------------------------------------------------------------------------------------------
def _q(value: str) -> str:
    """Percent-encoding as a typed URL or an SDK gets it: %20 for spaces, UTF-8 bytes."""
    return urllib.parse.quote(value, safe="")


def _qp(value: str) -> str:
    """Form encoding as browsers do it (application/x-www-form-urlencoded): + for spaces."""
    return urllib.parse.quote_plus(value, safe="*")


def _formenc(pairs: list[tuple[str, str]]) -> str:
    return "&".join(f"{_qp(k)}={_qp(v)}" for k, v in pairs)


def _query(path: str, params: list[tuple[str, str]], plus: bool = True) -> str:
    if not params:
        return path
    enc = _qp if plus else _q
    return path + "?" + "&".join(f"{enc(k)}={enc(v)}" for k, v in params)


@dataclass
class Browser:
    family: str            # chrome, edge, firefox, safari, samsung
    ua: str
    mobile: bool
    platform: str
    version: int
    lang: str
    hints: dict[str, str] = field(default_factory=dict)


class _Gen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.counts: Counter[str] = Counter()
        self.out: list[Record] = []

    # ---- primitives ---------------------------------------------------------------------------------------
    def tok(self, nbytes: int = 32) -> str:
        return _b64url(self.rng.randbytes(nbytes))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.rng.choice('89ab')}{h[17:20]}-{h[20:]}"

    def ip(self) -> str:
        r = self.rng
        kind = r.random()
        if kind < 0.15:
            return f"2001:db8:{r.randrange(0x10000):x}:{r.randrange(0x10000):x}::{r.randrange(1, 0xffff):x}"
        if kind < 0.55:
            return f"203.0.113.{r.randrange(1, 255)}"
        if kind < 0.8:
            return f"198.51.100.{r.randrange(1, 255)}"
        return f"192.0.2.{r.randrange(1, 255)}"

    def email(self) -> str:
        return f"{self.rng.choice(EMAIL_USERS)}@{self.rng.choice(DOMAINS)}"

    def slack_id(self, prefix: str) -> str:
        n = self.rng.choice((8, 9, 10, 11))
        return prefix + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))

    def jwt(self, client_id: str, scope: str = "read", aud: str = "jeeves", rs: bool | None = None) -> str:
        r = self.rng
        rs = r.random() < 0.3 if rs is None else rs
        header = {"alg": "RS256" if rs else "ES256", "kid": self.tok(32), "typ": "at+jwt"}
        iat = 1_717_000_000 + r.randrange(0, 5_000_000)
        claims = {"iss": ORIGIN, "sub": client_id, "client_id": client_id, "aud": aud, "iat": iat, "nbf": iat,
                  "exp": iat + 900, "jti": self.uuid(), "scope": scope}
        sig = self.rng.randbytes(256 if rs else 64)
        return ".".join((_b64url(json.dumps(header, separators=(",", ":")).encode()),
                         _b64url(json.dumps(claims, separators=(",", ":")).encode()), _b64url(sig)))

    def assertion(self, client_id: str) -> str:
        r = self.rng
        header = {"alg": r.choice(("RS256", "ES256", "PS256")), "kid": r.choice((self.uuid(), self.tok(16))),
                  "typ": "JWT"}
        iat = 1_717_000_000 + r.randrange(0, 5_000_000)
        claims = {"iss": client_id, "sub": client_id, "aud": r.choice((f"{ORIGIN}/oauth/token", ORIGIN)),
                  "jti": self.uuid(), "iat": iat, "exp": iat + r.choice((60, 120, 300))}
        sig = r.randbytes(64 if header["alg"] == "ES256" else 256)
        return ".".join((_b64url(json.dumps(header).encode()), _b64url(json.dumps(claims).encode()), _b64url(sig)))

    def record(self, kind: str, method: str, uri: str, headers: dict[str, str], body: str = "",
               placement: str = "query") -> None:
        self.counts[kind] += 1
        self.out.append({"id": f"webadmin-benign-{kind}-{self.counts[kind]:04d}", "category": "benign",
                         "sub": kind, "placement": placement, "method": method, "uri": uri, "body": body,
                         "headers": headers})

    # ---- browsers -------------------------------------------------------------------------------------------
    def browser(self, mobile: bool | None = None) -> Browser:
        r = self.rng
        lang = r.choice(ACCEPT_LANGUAGES)
        fam = r.choices(("chrome", "edge", "firefox", "safari", "samsung"), (45, 12, 18, 22, 3))[0]
        if mobile is None:
            mobile = r.random() < 0.3
        if fam == "samsung":
            mobile = True
        if fam in ("chrome", "edge", "samsung"):
            v = r.randrange(119, 127)
            grease = {119: '"Google Chrome";v="119", "Chromium";v="119", "Not?A_Brand";v="24"',
                      120: '"Not_A Brand";v="8", "Chromium";v="120", "Google Chrome";v="120"',
                      121: '"Not A(Brand";v="99", "Google Chrome";v="121", "Chromium";v="121"',
                      122: '"Chromium";v="122", "Not(A:Brand";v="24", "Google Chrome";v="122"',
                      123: '"Google Chrome";v="123", "Not:A-Brand";v="8", "Chromium";v="123"',
                      124: '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"',
                      125: '"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"',
                      126: '"Not/A)Brand";v="8", "Chromium";v="126", "Google Chrome";v="126"'}[v]
            if fam == "edge":
                grease = grease.replace('"Google Chrome"', '"Microsoft Edge"')
            if fam == "samsung":
                ua = (f"Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                      f"SamsungBrowser/25.0 Chrome/{v}.0.0.0 Mobile Safari/537.36")
                plat = "Android"
                grease = grease.replace('"Google Chrome"', '"Samsung Internet"')
            elif mobile:
                plat = "Android"
                ua = (f"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 "
                      "Mobile Safari/537.36")
                if fam == "edge":
                    ua += f" EdgA/{v}.0.0.0"
            else:
                plat = r.choice(("Windows", "Windows", "macOS", "Linux", "Chrome OS"))
                osp = {"Windows": "Windows NT 10.0; Win64; x64", "macOS": "Macintosh; Intel Mac OS X 10_15_7",
                       "Linux": "X11; Linux x86_64", "Chrome OS": "X11; CrOS x86_64 14541.0.0"}[plat]
                ua = f"Mozilla/5.0 ({osp}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
                if fam == "edge":
                    ua += f" Edg/{v}.0.0.0"
            hints = {"sec-ch-ua": grease, "sec-ch-ua-mobile": "?1" if mobile else "?0",
                     "sec-ch-ua-platform": f'"{plat}"'}
            return Browser(fam, ua, mobile, plat, v, lang, hints)
        if fam == "firefox":
            v = r.choice((115, 115, 121, 124, 125, 126, 127))
            if mobile:
                ua = f"Mozilla/5.0 (Android 14; Mobile; rv:{v}.0) Gecko/{v}.0 Firefox/{v}.0"
                plat = "Android"
            else:
                plat = r.choice(("Windows", "macOS", "Linux", "Linux"))
                osp = {"Windows": "Windows NT 10.0; Win64; x64", "macOS": "Macintosh; Intel Mac OS X 10.15",
                       "Linux": r.choice(("X11; Ubuntu; Linux x86_64", "X11; Linux x86_64",
                                          "X11; Fedora; Linux x86_64"))}[plat]
                ua = f"Mozilla/5.0 ({osp}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
            return Browser(fam, ua, mobile, plat, v, lang)
        v = r.choice((16, 17, 17, 17))
        minor = r.randrange(0, 6)
        if mobile:
            dev = r.choice(("iPhone; CPU iPhone OS", "iPad; CPU OS", "iPhone; CPU iPhone OS"))
            osv = f"{v}_{minor}"
            tail = r.random()
            if tail < 0.15:
                ua = (f"Mozilla/5.0 ({dev} {osv} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                      f"CriOS/125.0.6422.80 Mobile/15E148 Safari/604.1")
            elif tail < 0.25:
                ua = (f"Mozilla/5.0 ({dev} {osv} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                      f"FxiOS/127.0 Mobile/15E148 Safari/605.1.15")
            else:
                ua = (f"Mozilla/5.0 ({dev} {osv} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                      f"Version/{v}.{minor} Mobile/15E148 Safari/604.1")
            plat = "iOS"
        else:
            ua = (f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                  f"Version/{v}.{minor} Safari/605.1.15")
            plat = "macOS"
        return Browser("safari", ua, mobile, plat, v, lang)

    def nav(self, b: Browser, site: str = "same-origin", user: bool = True, cookie: str | None = None,
            dest: str = "document") -> dict[str, str]:
        """A top-level navigation (typed, clicked, redirected), with the browser's own header order."""
        r = self.rng
        h: dict[str, str] = {}
        if b.family in ("chrome", "edge", "samsung"):
            h.update(b.hints)
            h["Upgrade-Insecure-Requests"] = "1"
            h["User-Agent"] = b.ua
            h["Accept"] = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                           "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7")
            h["Sec-Fetch-Site"] = site
            h["Sec-Fetch-Mode"] = "navigate"
            if user:
                h["Sec-Fetch-User"] = "?1"
            h["Sec-Fetch-Dest"] = dest
            h["Accept-Encoding"] = "gzip, deflate, br, zstd" if b.version >= 123 else "gzip, deflate, br"
            h["Accept-Language"] = b.lang
            if b.version >= 124:
                h["Priority"] = "u=0, i"
        elif b.family == "firefox":
            h["User-Agent"] = b.ua
            h["Accept"] = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
                           if b.version >= 121 else "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            h["Accept-Language"] = b.lang
            h["Accept-Encoding"] = "gzip, deflate, br, zstd" if b.version >= 126 else "gzip, deflate, br"
            if r.random() < 0.25:
                h["DNT"] = "1"
            if r.random() < 0.2:
                h["Sec-GPC"] = "1"
            h["Upgrade-Insecure-Requests"] = "1"
            h["Sec-Fetch-Dest"] = dest
            h["Sec-Fetch-Mode"] = "navigate"
            h["Sec-Fetch-Site"] = site
            if user:
                h["Sec-Fetch-User"] = "?1"
            if b.version >= 124:
                h["Priority"] = "u=0, i"
        else:
            h["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
            h["Sec-Fetch-Site"] = site
            h["Sec-Fetch-Dest"] = dest
            h["Accept-Language"] = b.lang
            h["Sec-Fetch-Mode"] = "navigate"
            h["User-Agent"] = b.ua
            h["Accept-Encoding"] = "gzip, deflate, br"
            if b.version >= 17:
                h["Priority"] = "u=0, i"
        if cookie:
            h["Cookie"] = cookie
        return h

    def post(self, b: Browser, cookie: str | None, ctype: str = "application/x-www-form-urlencoded") -> dict[str, str]:
        """A same-origin form submission: Origin is ours, or "null" under the pages' no-referrer policy."""
        h = self.nav(b, "same-origin", True, None)
        h["Content-Type"] = ctype
        h["Origin"] = self.rng.choice((ORIGIN, ORIGIN, "null"))
        if b.family in ("chrome", "edge", "samsung", "safari") and self.rng.random() < 0.7:
            h["Cache-Control"] = "max-age=0"
        if cookie:
            h["Cookie"] = cookie
        return h

    def jar(self, own: list[tuple[str, str]]) -> str:
        """The browser's cookies for this host: ours plus what a load balancer, CDN or consent banner set."""
        r = self.rng
        pairs = list(own)
        extras: list[tuple[str, str]] = []
        if r.random() < 0.25:
            extras.append(("_ga", f"GA1.1.{r.randrange(10**9, 10**10)}.{1_716_000_000 + r.randrange(10**6)}"))
        if r.random() < 0.12:
            extras.append(("_ga_J8XK2M4Q7R", f"GS1.1.{1_717_000_000 + r.randrange(10**6)}.{r.randrange(1, 40)}.1."
                                             f"{1_717_000_000 + r.randrange(10**6)}.0.0.0"))
        if r.random() < 0.15:
            extras.append(("AWSALB", self.tok(r.choice((96, 108))).replace("-", "+").replace("_", "/")))
        if r.random() < 0.1:
            extras.append(("__cf_bm", f"{self.tok(32)}-{1_717_000_000 + r.randrange(10**6)}-1.0.1.1-"
                                      f"{self.tok(66)}"))
        if r.random() < 0.08:
            extras.append(("BIGipServerpool_jeeves_443", f"{r.randrange(10**9, 4 * 10**9)}.{r.randrange(10**5)}"
                                                        ".0000"))
        if r.random() < 0.08:
            extras.append(("SERVERID", f"app{r.randrange(1, 5)}|Zm{self.tok(3)}"))
        if r.random() < 0.1:
            extras.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Tue+Jun+11+2024+10%3A12%3A33+GMT%2B0200+"
                           "(Mitteleurop%C3%A4ische+Sommerzeit)&version=202401.2.0&browserGpcFlag=0&isIABGlobal="
                           f"false&hosts=&consentId={self.uuid()}&interactionCount=1&landingPath=NotLandingPage"
                           "&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A1%2CC0004%3A0"))
            extras.append(("OptanonAlertBoxClosed", "2024-06-11T08:12:33.412Z"))
        if r.random() < 0.06:
            extras.append(("CookieConsent", "{stamp:%27" + self.tok(30) + "%27%2Cnecessary:true%2Cpreferences:false"
                           "%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:"
                           f"{1_717_000_000_000 + r.randrange(10**9)}%2Cregion:%27de%27}}"))
        if r.random() < 0.08:
            extras.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        if r.random() < 0.1:
            extras.append(r.choice((("theme", "dark"), ("lang", "de"), ("sidebar_collapsed", "true"),
                                    ("tz", "Europe%2FBerlin"), ("locale", "pt_BR"), ("density", "compact"))))
        pairs = pairs + extras
        r.shuffle(pairs)
        sep = r.choices(("; ", ";", "; "), (85, 8, 7))[0]
        text = sep.join(f"{k}={v}" for k, v in pairs)
        if r.random() < 0.04:
            text += ";"
        return text

    def via(self, h: dict[str, str], p: float = 0.3) -> dict[str, str]:
        """Sometimes the request crossed a corporate proxy, a CDN or a load balancer."""
        r = self.rng
        if r.random() >= p:
            return h
        client = self.ip()
        kind = r.randrange(7)
        if kind == 0:
            h["X-Forwarded-For"] = f"{client}, 10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
            h["X-Forwarded-Proto"] = "https"
            h["X-Forwarded-Host"] = r.choice(PUBLIC_HOSTS)
            h["X-Forwarded-Port"] = "443"
        elif kind == 1:
            fwd = f'"[{client}]:{r.randrange(1024, 65535)}"' if ":" in client else client
            h["Forwarded"] = f"for={fwd};proto=https;host={r.choice(PUBLIC_HOSTS)}"
            if r.random() < 0.5:
                h["Forwarded"] += f", for=10.20.{r.randrange(256)}.{r.randrange(1, 255)};by=_edge-lb"
        elif kind == 2:
            h["Via"] = r.choice(("1.1 proxy.corp.example.com (squid/5.7)", "1.1 bluecoat-sg01",
                                 "1.1 fw-zscaler", "HTTP/1.1 webproxy.example.net:3128"))
            h["X-Forwarded-For"] = client
        elif kind == 3:
            h["CF-Connecting-IP"] = client
            h["CF-IPCountry"] = r.choice(("DE", "FR", "US", "JP", "BR", "IN", "GB", "PL"))
            h["CF-Ray"] = f"{self.hexs(16)}-{r.choice(('FRA', 'CDG', 'AMS', 'IAD', 'NRT', 'GRU'))}"
            h["CF-Visitor"] = '{"scheme":"https"}'
            h["CDN-Loop"] = "cloudflare"
            h["X-Forwarded-For"] = client
            h["X-Forwarded-Proto"] = "https"
        elif kind == 4:
            h["Via"] = f"2.0 {self.hexs(32)}.cloudfront.net (CloudFront)"
            h["X-Amz-Cf-Id"] = self.tok(42)
            h["X-Forwarded-For"] = client
            h["CloudFront-Viewer-Country"] = r.choice(("US", "DE", "SG", "AU"))
        elif kind == 5:
            h["True-Client-IP"] = client
            h["Akamai-Origin-Hop"] = str(r.randrange(1, 3))
            h["Via"] = "1.1 akamai.net(ghost) (AkamaiGHost)"
            h["X-Forwarded-For"] = f"{client}, 23.{r.randrange(32, 80)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        else:
            h["X-Forwarded-For"] = client
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)}"
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-01"
        return h

    def admin_jar(self, extra: list[tuple[str, str]] | None = None) -> str:
        return self.jar([(ADMIN_COOKIE, self.tok())] + (extra or []))

    # ---- admin panel -------------------------------------------------------------------------------------
    def next_target(self) -> str:
        r = self.rng
        return r.choice([
            "/admin/", "/admin/users", f"/admin/users?q={_q(r.choice(USER_SEARCHES) or 'müller')}&page=2",
            f"/admin/audit?q={_q(r.choice(AUDIT_SEARCHES))}", "/admin/clients", "/admin/gateway",
            "/admin/features", "/admin/account", "/admin/slack-sign-in", f"/admin/audit?page={r.randrange(2, 40)}",
        ])

    def admin_login_page(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            choice = r.random()
            params: list[tuple[str, str]] = []
            if choice < 0.45:
                uri = "/admin/login?next=" + urllib.parse.quote(self.next_target(), safe="/")
                site = "same-origin"
            elif choice < 0.6:
                uri = "/admin/login?bye=1"
                site = "same-origin"
            elif choice < 0.75:
                params = [("utm_source", "confluence"), ("utm_medium", "runbook"),
                          ("utm_campaign", r.choice(("on-call", "incident-2024-06-11", "Q3 access review")))]
                uri = _query("/admin/login", params)
                site = "cross-site"
            else:
                uri = "/admin/login"
                site = "none"
            cookie = self.jar([(LOGIN_COOKIE, self.tok())]) if r.random() < 0.5 else None
            if cookie and r.random() < 0.3:
                cookie += f"; {ADMIN_COOKIE}={self.tok()}"  # a dead session is still in the jar
            h = self.via(self.nav(b, site, site != "same-origin" or r.random() < 0.5, cookie))
            self.record("admin_login_page", "GET", uri, h, placement="query" if "?" in uri else "header")

    def password(self) -> str:
        r = self.rng
        style = r.randrange(6)
        if style == 0:  # 1Password / Bitwarden random, symbols on
            alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!@#$%^&*()-_=+[]{};:,.<>/?~"
            return "".join(r.choice(alphabet) for _ in range(r.choice((16, 20, 24, 32))))
        if style == 1:  # Apple's strong password
            parts = ["".join(r.choice("abcdefghijkmnopqrstuvwxyz23456789") for _ in range(6)) for _ in range(3)]
            i = r.randrange(3)
            parts[i] = parts[i][:-1] + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            return "-".join(parts)
        if style == 2:  # passphrase
            words = ["correct", "horse", "battery", "staple", "tangerine", "otter", "velvet", "Sonnenblume",
                     "Regenschirm", "anémone", "żubr", "kaffe", "mariposa", "fjord", "lantern", "quokka"]
            sep = r.choice(("-", " ", ".", "_", "!"))
            return sep.join(r.choice(words) for _ in range(r.randrange(4, 6))) + str(r.randrange(10, 99))
        if style == 3:  # Chrome's generated password
            alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.:!"
            return "".join(r.choice(alphabet) for _ in range(15))
        if style == 4:  # a human one
            return r.choice(("Winter2024!Jeeves", "M0nday-m0rning-coffee", "Grüße aus Köln 2024", "P@ssw0rd-Rotated#7",
                             "été-à-Montréal-1987", "Καλημέρα2024!", "пароль-надёжный-42", "秘密のパスワード2024"))
        return self.tok(r.choice((18, 24)))

    def totp(self) -> str:
        r = self.rng
        code = f"{r.randrange(10**6):06d}"
        style = r.random()
        if style < 0.45:
            return code
        if style < 0.6:
            return f"{code[:3]} {code[3:]}"
        return ""

    def admin_login(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            csrf = self.tok()
            nxt = r.choice(("/admin/", "/admin/", self.next_target()))
            user = r.choice(ADMIN_USERNAMES)
            if r.random() < 0.08:
                user = user.upper() if r.random() < 0.5 else f" {user}"  # autofill with odd case or a space
            fields = [("csrf_token", csrf), ("next", nxt), ("username", user), ("password", self.password()),
                      ("totp", self.totp())]
            h = self.via(self.post(b, self.jar([(LOGIN_COOKIE, csrf)])))
            self.record("admin_login", "POST", "/admin/login", h, _formenc(fields), "form")

    def admin_nav(self, n: int) -> None:
        r = self.rng
        pages = ["/admin/", "/admin/gateway", "/admin/features", "/admin/account", "/admin/slack-sign-in",
                 "/admin/clients", "/admin/users", "/admin/audit"]
        for _ in range(n):
            b = self.browser()
            roll = r.random()
            if roll < 0.45:
                uri = r.choice(pages)
                placement = "cookie"
            elif roll < 0.7:
                base = r.choice(("/admin/features", "/admin/clients", "/admin/account", "/admin/users"))
                uri = f"{base}?done={r.choice(DONE_CODES)}"
                placement = "query"
            elif roll < 0.8:
                uri = f"/admin/slack-sign-in?done={r.choice(('mapped', 'unmapped'))}"
                placement = "query"
            else:
                uri = r.choice(pages)
                placement = "header"
            site = r.choice(("same-origin", "same-origin", "none"))
            h = self.nav(b, site, r.random() < 0.8, self.admin_jar())
            if placement == "header":
                if r.random() < 0.5:
                    h["Cache-Control"] = r.choice(("max-age=0", "no-cache"))
                    if "no-cache" in h["Cache-Control"]:
                        h["Pragma"] = "no-cache"
                else:
                    h["X-Request-Id"] = r.choice((self.uuid(), f"ops-{self.hexs(12)}"))
            method = "HEAD" if r.random() < 0.1 else "GET"
            self.record("admin_nav", method, uri, self.via(h), placement=placement)

    def admin_static(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            h: dict[str, str] = {}
            if b.family in ("chrome", "edge", "samsung"):
                h.update(b.hints)
            h["User-Agent"] = b.ua
            h["Accept"] = "text/css,*/*;q=0.1"
            h["Sec-Fetch-Site"] = "same-origin"
            h["Sec-Fetch-Mode"] = "no-cors"
            h["Sec-Fetch-Dest"] = "style"
            h["Accept-Encoding"] = "gzip, deflate, br"
            h["Accept-Language"] = b.lang
            if r.random() < 0.6:
                h["If-None-Match"] = f'"{1_717_000_000 + r.randrange(10**6)}.{r.randrange(10**6)}-' \
                                     f'{r.randrange(3000, 9000)}-{r.randrange(10**9, 4 * 10**9)}"'
            if r.random() < 0.5:
                h["If-Modified-Since"] = f"{r.choice(('Tue', 'Wed', 'Thu'))}, {r.randrange(10, 28)} Jun 2024 " \
                                         f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d} GMT"
            if r.random() < 0.5:
                h["Cookie"] = self.admin_jar()
            uri = "/admin/static/admin.css"
            if r.random() < 0.25:
                uri += f"?v={self.hexs(8)}"
            self.record("admin_static", "GET", uri, self.via(h, 0.15), placement="header")

    def admin_user_search(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            q = r.choice(USER_SEARCHES)
            style = r.random()
            if style < 0.45:  # the search form (GET, form encoding)
                uri = "/admin/users?" + _formenc([("q", q)])
            elif style < 0.7:  # a pager link: Jinja's urlencode, then page=N
                uri = f"/admin/users?q={urllib.parse.quote(q, safe='/')}&page={r.randrange(1, 60)}"
            elif style < 0.8:  # back after an edit (the app's own redirect)
                uri = "/admin/users?" + urllib.parse.urlencode({"done": "user_updated", "q": q,
                                                                "page": str(r.randrange(1, 9))})
            elif style < 0.88:  # typed or pasted into the address bar
                uri = f"/admin/users?q={_q(q)}"
            elif style < 0.94:  # repeated parameters from an edited URL
                uri = f"/admin/users?q={_qp(q)}&page=1&page={r.randrange(2, 9)}"
            else:  # a long pasted query plus tracking junk from a chat link
                pasted = " ".join(r.choice(NAMES) for _ in range(4))[:100]
                uri = ("/admin/users?" + _formenc([("q", pasted), ("page", "1")])
                       + f"&utm_source=slack&utm_medium=message&fbclid=IwAR{self.tok(44)}")
            h = self.via(self.nav(b, "same-origin", True, self.admin_jar()))
            self.record("admin_user_search", "GET", uri, h, placement="query")

    def admin_user_edit(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            csrf = self.tok()
            uid = r.choice((r.randrange(1, 200), r.randrange(200, 50_000)))
            flag = r.choice(("active", "admin"))
            fields = [("csrf_token", csrf), ("q", r.choice(USER_SEARCHES)), ("page", str(r.randrange(1, 12))),
                      ("value", r.choice(("0", "1")))]
            h = self.via(self.post(b, self.admin_jar()))
            self.record("admin_user_edit", "POST", f"/admin/users/{uid}/{flag}", h, _formenc(fields),
                        r.choice(("form", "path")))

    def admin_audit(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            q = r.choice(AUDIT_SEARCHES)
            style = r.random()
            if style < 0.4:
                uri = "/admin/audit?" + _formenc([("q", q)])
            elif style < 0.7:
                uri = f"/admin/audit?q={urllib.parse.quote(q, safe='/')}&page={r.randrange(1, 400)}"
            elif style < 0.8:
                uri = f"/admin/audit?page={r.randrange(1, 2000)}"
            elif style < 0.9:
                uri = "/admin/audit?q=&page=1"
            elif style < 0.95:
                uri = "/admin/audit?" + _formenc([("q", q), ("q", r.choice(AUDIT_SEARCHES))])
            else:  # from the weekly digest e-mail, wrapped by the mail tool's click tracking
                uri = (f"/admin/audit?q={_qp(q)}&page=1&utm_source=digest&utm_medium=email"
                       f"&utm_campaign={_qp('Jeeves admin digest – week ' + str(r.randrange(1, 53)))}"
                       f"&_hsmi={r.randrange(10**8, 10**9)}&_hsenc=p2ANqtz-{self.tok(r.choice((150, 600, 1200)))}")
            h = self.via(self.nav(b, "same-origin", True, self.admin_jar()))
            self.record("admin_audit", "GET", uri, h, placement="query")

    def admin_clients(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            roll = r.random()
            cid = r.choice(CLIENT_IDS)
            if roll < 0.45:
                scopes = r.choice((["read"], ["read", "write"], ["write"], ["read", "write"]))
                fields = [("csrf_token", self.tok()), ("client_id", cid), ("description", r.choice(CLIENT_NOTES))]
                fields += [("scopes", s) for s in scopes]
                h = self.via(self.post(b, self.admin_jar()))
                self.record("admin_clients", "POST", "/admin/clients", h, _formenc(fields), "form")
            elif roll < 0.75:
                action = r.choice(("rotate", "disable", "enable"))
                uri = f"/admin/clients/{urllib.parse.quote(cid, safe='/')}/{action}"
                h = self.via(self.post(b, self.admin_jar()))
                self.record("admin_clients", "POST", uri, h, _formenc([("csrf_token", self.tok())]), "path")
            else:
                done = f"client_{r.choice(('dis', 'en'))}abled"
                uri = "/admin/clients" if r.random() < 0.5 else f"/admin/clients?done={done}"
                h = self.via(self.nav(b, "same-origin", r.random() < 0.5, self.admin_jar()))
                self.record("admin_clients", "GET", uri, h, placement="cookie" if "?" not in uri else "query")

    def admin_features(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            roll = r.random()
            action = r.choice(ACTIONS)
            if roll < 0.45:
                fields = [("csrf_token", self.tok()), ("action", action), ("enabled", r.choice(("0", "1")))]
                uri = "/admin/features"
            elif roll < 0.8:
                team = r.choice((self.slack_id("T"), "t0123abcd", " T02ABCDEF ", "E0ENTERPRISE"))
                fields = [("csrf_token", self.tok()), ("action", action), ("team_id", team),
                          ("enabled", r.choice(("0", "1")))]
                uri = "/admin/features"
            else:
                fields = [("csrf_token", self.tok()), ("action", action), ("team_id", self.slack_id("T"))]
                uri = "/admin/features/remove"
            h = self.via(self.post(b, self.admin_jar()))
            self.record("admin_features", "POST", uri, h, _formenc(fields), "form")

    def admin_account(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            roll = r.random()
            csrf = self.tok()
            if roll < 0.15:
                uri, fields = "/admin/account/totp/start", [("csrf_token", csrf)]
            elif roll < 0.35:
                pending = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
                uri, fields = "/admin/account/totp/confirm", [("csrf_token", csrf), ("totp_pending", pending),
                                                              ("totp", f"{r.randrange(10**6):06d}")]
            elif roll < 0.5:
                uri, fields = "/admin/account/totp/disable", [("csrf_token", csrf), ("password", self.password())]
            elif roll < 0.7:
                uri, fields = "/admin/slack-sign-in", [("csrf_token", csrf), ("username", r.choice(ADMIN_USERNAMES)),
                                                       ("team_id", self.slack_id("T")),
                                                       ("user_id", self.slack_id(r.choice(("U", "W"))))]
            elif roll < 0.8:
                uri, fields = "/admin/slack-sign-in/remove", [("csrf_token", csrf),
                                                              ("username", r.choice(ADMIN_USERNAMES))]
            else:
                uri, fields = "/admin/logout", [("csrf_token", csrf)]
            h = self.via(self.post(b, self.admin_jar()))
            self.record("admin_account", "POST", uri, h, _formenc(fields), "form")

    # ---- multipart: scripted panel forms and attachments --------------------------------------------------
    def boundary(self, client: str) -> str:
        r = self.rng
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        if client == "chrome":
            return "----WebKitFormBoundary" + "".join(r.choice(alnum) for _ in range(16))
        if client == "firefox":
            return "----geckoformboundary" + self.hexs(32)
        if client == "curl":
            return "------------------------" + self.hexs(16)
        if client == "requests":
            return self.hexs(32)
        if client == "go":
            return self.hexs(60)
        return self.uuid()  # okhttp

    def multipart(self, boundary: str, parts: list[tuple[str, str | None, str | None, str]],
                  filename_style: str = "raw") -> str:
        lines: list[str] = []
        for name, filename, ctype, content in parts:
            lines.append(f"--{boundary}")
            disp = f'form-data; name="{name}"'
            if filename is not None:
                if filename_style == "rfc5987":
                    disp += f"; filename*=UTF-8''{_q(filename)}"
                else:
                    disp += '; filename="' + filename.replace('"', "%22") + '"'
            lines.append(f"Content-Disposition: {disp}")
            if ctype:
                lines.append(f"Content-Type: {ctype}")
            lines.append("")
            lines.append(content)
        lines.append(f"--{boundary}--")
        return "\r\n".join(lines) + "\r\n"

    def admin_multipart(self, n: int) -> None:
        r = self.rng
        files = [
            ("Änderungsantrag Q3.txt", "text/plain", "Bitte Client für das Reporting anlegen.\nScopes: read\n"),
            ("заявка на доступ.txt", "text/plain", "Прошу создать клиента для CRM (только чтение).\n"),
            ("アクセス申請.md", "text/markdown", "# 申請\n- クライアント: reporting.q3\n- スコープ: read\n"),
            ("طلب الوصول.txt", "text/plain", "يرجى إنشاء عميل للقراءة فقط.\n"),
            ("בקשת גישה.txt", "text/plain", "נא ליצור לקוח לקריאה בלבד.\n"),
            ("users-2024-Q3 (копия).csv", "text/csv",
             "name,email,team\n\"Álvarez, José\",jose.alvarez@example.com,T0123ABCD\n王小明,xiaoming.wang@example.org,"
             "T0123ABCD\n"),
            ("ticket OPS-4821 – on-call bot.txt", "text/plain",
             "Requester: Ngozi Okonkwo\nReason: on-call bot needs read & write\nExpires: 2024-09-30\n"),
            ("clients.json", "application/json",
             '{\n  "client_id": "metabase",\n  "scopes": ["read"],\n  "description": "Metabase (read)"\n}\n'),
            ("Überprüfung_Zugänge_2024.txt", "text/plain", "Zugriffsüberprüfung Q2: alle Clients bestätigt.\n"),
            ("申请表-只读客户端.txt", "text/plain", "申请人：陈美玲\n用途：数据分析\n"),
            ("Ελέγχος πρόσβασης.txt", "text/plain", "Έλεγχος πρόσβασης Ιουνίου.\n"),
            ("notes (final) v2.txt", "text/plain", "Rotate after the partner confirms; see thread in #ops.\n"),
            ("café-menu-export.csv", "text/csv", "user,units\nchloe,metric\nrafael,imperial\n"),
        ]
        for _ in range(n):
            client = r.choice(("curl", "requests", "go", "okhttp", "chrome", "firefox"))
            bnd = self.boundary(client)
            csrf = self.tok()
            roll = r.random()
            if roll < 0.4:
                uri = "/admin/clients"
                parts: list[tuple[str, str | None, str | None, str]] = [
                    ("csrf_token", None, None, csrf), ("client_id", None, None, r.choice(CLIENT_IDS)),
                    ("description", None, None, r.choice(CLIENT_NOTES)), ("scopes", None, None, "read")]
                if r.random() < 0.5:
                    parts.append(("scopes", None, None, "write"))
            elif roll < 0.6:
                uri = "/admin/features"
                parts = [("csrf_token", None, None, csrf), ("action", None, None, r.choice(ACTIONS)),
                         ("team_id", None, None, self.slack_id("T")), ("enabled", None, None, r.choice("01"))]
            elif roll < 0.75:
                uri = f"/admin/users/{r.randrange(1, 5000)}/{r.choice(('active', 'admin'))}"
                parts = [("csrf_token", None, None, csrf), ("q", None, None, r.choice(USER_SEARCHES)),
                         ("page", None, None, "1"), ("value", None, None, r.choice("01"))]
            else:
                uri = "/admin/slack-sign-in"
                parts = [("csrf_token", None, None, csrf), ("username", None, None, r.choice(ADMIN_USERNAMES)),
                         ("team_id", None, None, self.slack_id("T")), ("user_id", None, None, self.slack_id("U"))]
            if r.random() < 0.7:
                fname, ctype, content = r.choice(files)
                parts.append((r.choice(("attachment", "ticket", "notes_file")), fname, ctype, content))
            style = "rfc5987" if client == "requests" and r.random() < 0.3 else "raw"
            body = self.multipart(bnd, parts, style)
            ctype_h = f"multipart/form-data; boundary={bnd}"
            if client in ("chrome", "firefox"):
                h = self.post(self.browser(False), self.admin_jar(), ctype_h)
            else:
                ua = {"curl": "curl/8.5.0", "requests": "python-requests/2.31.0", "go": "Go-http-client/1.1",
                      "okhttp": "okhttp/4.12.0"}[client]
                h = {"User-Agent": ua, "Accept": "*/*", "Content-Type": ctype_h,
                     "Cookie": f"{ADMIN_COOKIE}={self.tok()}"}
                if client == "curl" and r.random() < 0.5:
                    h["Expect"] = "100-continue"
            self.record("admin_multipart", "POST", uri, self.via(h, 0.2), body, "multipart")

    # ---- the user's own page ---------------------------------------------------------------------------------
    def me_page(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            roll = r.random()
            cookie = self.jar([(ME_COOKIE, self.tok())])
            method = "GET"
            if roll < 0.35:
                uri, placement = "/me/", "cookie"
                h = self.nav(b, r.choice(("none", "same-origin", "cross-site")), True, cookie)
            elif roll < 0.6:
                uri = f"/me/?done={r.choice(('location_saved', 'location_forgotten', 'settings_saved'))}"
                placement = "query"
                h = self.nav(b, "same-origin", True, cookie)
            elif roll < 0.85:
                uri, placement = "/me/data.json", "header"
                h = self.nav(b, "same-origin", True, cookie)
                extra = r.random()
                if extra < 0.3:
                    h["Range"] = r.choice(("bytes=0-", "bytes=0-1023", "bytes=1024-"))
                elif extra < 0.5:
                    h["If-None-Match"] = f'W/"{self.hexs(27)}"'
                elif extra < 0.65:
                    h["Accept"] = "application/json"
                    h["Sec-Fetch-Mode"] = "cors"
                    h["Sec-Fetch-Dest"] = "empty"
                    h.pop("Sec-Fetch-User", None)
                    h.pop("Upgrade-Insecure-Requests", None)
            else:
                uri, placement = "/me/", "header"
                method = "HEAD" if r.random() < 0.5 else "GET"
                h = self.nav(b, "none", False, cookie)
                h["Cache-Control"] = "no-cache"
                h["Pragma"] = "no-cache"
            self.record("me_page", method, uri, self.via(h), placement=placement)

    def me_form(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            csrf = self.tok()
            roll = r.random()
            if roll < 0.4:
                place = r.choice(PLACES)
                if r.random() < 0.1:
                    place = f" {place} "  # autofill left a space
                uri, fields = "/me/location", [("csrf_token", csrf), ("place", place)]
            elif roll < 0.75:
                fields = [("csrf_token", csrf), ("units", r.choice(("metric", "imperial")))]
                if r.random() < 0.6:
                    fields.append(("alerts", "on"))
                fields += [("alert_time", f"{r.randrange(5, 23):02d}:{r.choice((0, 15, 30, 45, 5, 50)):02d}"),
                           ("timezone", r.choice(TIMEZONES))]
                uri = "/me/settings"
            elif roll < 0.85:
                uri, fields = "/me/location/forget", [("csrf_token", csrf)]
            elif roll < 0.92:
                uri, fields = "/me/logout", [("csrf_token", csrf)]
            else:
                uri, fields = "/me/forget", [("csrf_token", csrf), ("confirm", "forget")]
            h = self.via(self.post(b, self.jar([(ME_COOKIE, self.tok())])))
            self.record("me_form", "POST", uri, h, _formenc(fields), "form")

    # ---- Sign in with Slack -------------------------------------------------------------------------------
    def slack_code(self) -> str:
        r = self.rng
        if r.random() < 0.7:
            return f"{r.randrange(10**9, 10**10)}.{r.randrange(10**12, 10**13)}.{self.hexs(64)}"
        return self.tok(24)

    def auth_signin(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            b = self.browser()
            roll = r.random()
            if roll < 0.2:
                uri = r.choice(("/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"))
                h = self.nav(b, r.choice(("none", "same-origin")), True, None)
                self.record("auth_signin", "GET", uri, self.via(h), placement="query" if "?" in uri else "header")
            elif roll < 0.3:
                params = [("utm_source", "slack"), ("utm_medium", "app_home"), ("utm_campaign", "jeeves-onboarding"),
                          ("utm_content", r.choice(("Willkommen bei Jeeves", "Bienvenue", "ようこそ", "welcome")))]
                if r.random() < 0.5:
                    params.append(("gclid", self.tok(60)))
                if r.random() < 0.4:  # a newsletter link: the mail tool's tracking makes it very long
                    params += [("_hsmi", str(r.randrange(10**8, 10**9))),
                               ("_hsenc", "p2ANqtz-" + self.tok(r.choice((90, 180, 400)))),
                               ("mc_cid", self.hexs(10)), ("mc_eid", self.hexs(10)),
                               ("utm_term", r.choice(("Wetter Benachrichtigungen", "météo alertes",
                                                      "天気 通知", "weather+alerts")))]
                if r.random() < 0.2:
                    params.append(("msclkid", self.hexs(32)))
                uri = _query("/auth/slack/", params, plus=r.random() < 0.5)
                h = self.nav(b, "cross-site", True, None)
                self.record("auth_signin", "GET", uri, self.via(h), placement="query")
            elif roll < 0.5:
                uri = r.choice(("/auth/slack/login", "/auth/slack/login?for=admin", "/auth/slack/login"))
                cookie = self.jar([(ME_COOKIE, self.tok())]) if r.random() < 0.2 else None
                h = self.nav(b, "same-origin", True, cookie)
                self.record("auth_signin", "GET", uri, self.via(h), placement="query" if "?" in uri else "header")
            elif roll < 0.9:
                state = self.tok()
                params = [("code", self.slack_code()), ("state", state)]
                if r.random() < 0.3:
                    params.reverse()
                uri = _query("/auth/slack/callback", params, plus=False)
                h = self.nav(b, "cross-site", True, self.jar([(STATE_COOKIE, state)]))
                if r.random() < 0.4:
                    h["Referer"] = "https://slack.com/"
                self.record("auth_signin", "GET", uri, self.via(h), placement="query")
            else:
                state = self.tok()
                params = [("error", "access_denied"), ("state", state)]
                if r.random() < 0.5:
                    params.insert(1, ("error_description", "The user denied the request"))
                uri = _query("/auth/slack/callback", params, plus=r.random() < 0.5)
                h = self.nav(b, "cross-site", True, self.jar([(STATE_COOKIE, state)]))
                self.record("auth_signin", "GET", uri, self.via(h), placement="query")

    def auth_link(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            token = self.tok()
            uri = f"/auth/slack/link/{token}"
            roll = r.random()
            if roll < 0.35:  # a link previewer unfurls it
                ua, extra = r.choice(PREVIEWERS)
                h = {"User-Agent": ua, **extra}
                method = "HEAD" if r.random() < 0.15 else "GET"
                self.record("auth_link", method, uri, self.via(h, 0.1), placement="path")
            elif roll < 0.65:  # the user clicks it in Slack (desktop app or mobile)
                b = self.browser()
                cookie = self.jar([(SIGNIN_COOKIE, self.tok())]) if r.random() < 0.3 else None
                h = self.nav(b, "cross-site" if r.random() < 0.5 else "none", True, cookie)
                if r.random() < 0.2:
                    h["User-Agent"] = (h["User-Agent"] + " Slack/4.38.125 Electron/29.4.0 "
                                       "Slack_SSB/4.38.125") if not b.mobile else h["User-Agent"]
                self.record("auth_link", "GET", uri, self.via(h), placement="path")
            else:  # the button's POST
                b = self.browser()
                csrf = self.tok()
                h = self.via(self.post(b, self.jar([(SIGNIN_COOKIE, csrf)])))
                self.record("auth_link", "POST", uri, h, _formenc([("csrf_token", csrf)]), "form")

    # ---- TokenDealer -----------------------------------------------------------------------------------------
    def sdk_headers(self, sdk: tuple[str, str, str, bool]) -> dict[str, str]:
        ua, accept, ctype, lower = sdk
        h = {"User-Agent": ua, "Content-Type": ctype}
        if accept:
            h["Accept"] = accept
        r = self.rng
        if r.random() < 0.5:
            h["Accept-Encoding"] = r.choice(("gzip", "gzip, deflate", "gzip, deflate, br", "br, gzip, deflate"))
        if ua.startswith("PostmanRuntime"):
            h["Postman-Token"] = self.uuid()
            h["Cache-Control"] = "no-cache"
        if r.random() < 0.2:
            h["X-Request-Id"] = self.uuid()
        if r.random() < 0.15:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-01"
        if lower:
            h = {k.lower(): v for k, v in h.items()}
        return h

    def basic(self, cid: str, secret: str, encode: bool = True) -> str:
        user = _qp(cid) if encode else cid
        pw = _qp(secret) if encode else secret
        return "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()

    def scope_value(self) -> str | None:
        r = self.rng
        return r.choice((None, "read", "read write", "write read", "write", "clients:admin", "read", ""))

    def oauth_token(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            sdk = r.choice(SDKS)
            h = self.sdk_headers(sdk)
            cid = r.choice(CLIENT_IDS)
            secret = self.tok()
            style = r.random()
            pairs: list[tuple[str, str]] = [("grant_type", "client_credentials")]
            placement = "form"
            if style < 0.5:  # client_secret_basic
                h["Authorization" if "User-Agent" in h else "authorization"] = self.basic(cid, secret,
                                                                                         r.random() < 0.85)
                placement = "header"
            elif style < 0.8:  # client_secret_post
                pairs += [("client_id", cid), ("client_secret", secret)]
            elif style < 0.9:  # private_key_jwt (RFC 7523): sent by SDKs configured for it
                pairs += [("client_id", cid),
                          ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                          ("client_assertion", self.assertion(cid))]
            else:  # Basic with the id and secret in the header only, curl -u style (unencoded)
                h["Authorization" if "User-Agent" in h else "authorization"] = self.basic(cid, secret, False)
                placement = "header"
            scope = self.scope_value()
            if scope is not None:
                pairs.append(("scope", scope))
            if r.random() < 0.35:
                pairs.append(("audience", r.choice(("jeeves", "jeeves", "tokendealer"))))
            if r.random() < 0.15:
                pairs.append(("resource", r.choice((f"{ORIGIN}/api/", "https://jeeves.example.com/api",
                                                    f"{ORIGIN}/api/users"))))
            if r.random() < 0.3:
                r.shuffle(pairs)
            if sdk[0].startswith("curl") and r.random() < 0.5:
                body = "&".join(f"{k}={_q(v)}" for k, v in pairs)  # curl --data-urlencode: %20, not +
            else:
                body = _formenc(pairs)
            self.record("oauth_token", "POST", "/oauth/token", self.via(h, 0.15), body, placement)

    def token_check(self, kind: str, n: int) -> None:
        r = self.rng
        for _ in range(n):
            sdk = r.choice(SDKS)
            h = self.sdk_headers(sdk)
            owner = r.choice(CLIENT_IDS)
            token = self.jwt(owner, r.choice(("read", "read write", "write")))
            pairs: list[tuple[str, str]]
            if kind == "verify_token":
                pairs = [("access_token", token)]
                if r.random() < 0.5:
                    pairs.append(("audience", "jeeves"))
                placement = "form"
            else:
                pairs = [("token", token)]
                if r.random() < 0.6:
                    pairs.append(("token_type_hint", "access_token"))
                if kind == "oauth_introspect" and r.random() < 0.2:
                    pairs.append(("audience", "jeeves"))
                caller = owner if kind == "oauth_revoke" else r.choice(("jeeves-worker", "grafana.readonly",
                                                                        "backstage.catalog", owner))
                if r.random() < 0.65:
                    h["Authorization" if "User-Agent" in h else "authorization"] = self.basic(caller, self.tok())
                    placement = "header"
                else:
                    pairs += [("client_id", caller), ("client_secret", self.tok())]
                    placement = "form"
            uri = {"verify_token": "/verify_token", "oauth_revoke": "/oauth/revoke",
                   "oauth_introspect": "/oauth/introspect"}[kind]
            self.record(kind, "POST", uri, self.via(h, 0.1), _formenc(pairs), placement)

    def wellknown(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            ua, accept = r.choice(JWKS_FETCHERS)
            h = {"User-Agent": ua, "Accept": accept}
            roll = r.random()
            placement = "header"
            if roll < 0.55:
                uri = "/.well-known/jwks.json"
                if r.random() < 0.5:
                    h["If-None-Match"] = f'"{self.hexs(r.choice((16, 32, 64)))}"'
                if r.random() < 0.1:
                    h["Range"] = "bytes=0-65535"
            else:
                uri = "/.well-known/oauth-authorization-server"
                h["Accept"] = r.choice(("application/json", "application/json, text/plain, */*", "*/*"))
                if r.random() < 0.2:
                    h["If-Modified-Since"] = "Mon, 10 Jun 2024 07:00:00 GMT"
            if r.random() < 0.3:
                h["Accept-Encoding"] = "gzip"
            if r.random() < 0.2:
                h["Cache-Control"] = "no-cache"
            method = "HEAD" if r.random() < 0.1 else "GET"
            self.record("wellknown", method, uri, self.via(h, 0.2), placement=placement)

    # ---- data API -----------------------------------------------------------------------------------------
    def api_headers(self, scope: str) -> dict[str, str]:
        r = self.rng
        ua = r.choice(API_CLIENTS)
        h = {"User-Agent": ua, "Accept": r.choice(("application/json", "application/json", "*/*",
                                                   "application/json, text/plain, */*")),
             "Authorization": f"Bearer {self.jwt(r.choice(CLIENT_IDS), scope)}"}
        if r.random() < 0.4:
            h["Accept-Encoding"] = r.choice(("gzip", "gzip, deflate", "gzip, deflate, br"))
        if r.random() < 0.15:
            h["X-Request-Id"] = self.uuid()
        if r.random() < 0.1:
            h["X-Correlation-ID"] = f"{self.hexs(8)}-{r.choice(('etl', 'grafana', 'sync'))}"
        if r.random() < 0.12:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{r.choice('01')}"
        if ua.startswith("Grafana") and r.random() < 0.6:
            h["X-Grafana-Org-Id"] = str(r.randrange(1, 6))
        return h

    def iso(self) -> str:
        r = self.rng
        day = f"2024-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
        style = r.random()
        if style < 0.3:
            return f"{day}T{r.randrange(24):02d}:00:00Z"
        if style < 0.5:
            return f"{day}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}+02:00"
        if style < 0.65:
            return day
        if style < 0.8:
            return f"{day}T{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}.{r.randrange(10**6):06d}Z"
        return f"{day}T{r.randrange(24):02d}:30:00-05:00"

    def api_read(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            h = self.api_headers(r.choice(("read", "read write")))
            roll = r.random()
            placement = "query"
            if roll < 0.35:
                params: list[tuple[str, str]] = []
                if r.random() < 0.7:
                    params.append(("limit", str(r.choice((1, 10, 25, 50, 100, 500)))))
                if r.random() < 0.5:
                    params.append(("offset", str(r.randrange(0, 20000, 25))))
                if r.random() < 0.4:
                    params.append(("team_id", self.slack_id("T")))
                if r.random() < 0.1:
                    params.append(("team_id", self.slack_id("T")))  # a repeated parameter: the first one counts
                if r.random() < 0.3:
                    params.append(("active", r.choice(("true", "false", "1", "0", "on", "TRUE", "False"))))
                if r.random() < 0.3:
                    params.append(("alerts", r.choice(("true", "false", "off", "on"))))
                if r.random() < 0.15:
                    params.append(("_", str(1_717_000_000_000 + r.randrange(10**9))))  # cache buster
                r.shuffle(params)
                uri = _query("/api/users", params, plus=False)
            elif roll < 0.55:
                uri = f"/api/users/{r.randrange(1, 100000)}"
                placement = "path"
                if r.random() < 0.3:
                    h["If-None-Match"] = f'"{self.hexs(32)}"'
                    placement = "header"
            elif roll < 0.8:
                params = []
                if r.random() < 0.85:
                    params.append(("since", self.iso()))
                if r.random() < 0.6:
                    params.append(("until", "2024-12-31T23:59:59Z" if r.random() < 0.3 else "2025-01-01"))
                uri = _query("/api/usage/stats", params, plus=False)
            elif roll < 0.93:
                uri = "/api/switches"
                placement = "header"
            else:
                uri = "/api/openapi.json"
                placement = "header"
                if r.random() < 0.5:
                    del h["Authorization"]
            self.record("api_read", "GET", uri, self.via(h, 0.15), placement=placement)

    def json_text(self, doc: Any) -> str:
        r = self.rng
        style = r.randrange(8)
        if style == 0:
            return json.dumps(doc)  # \u escapes for every non-ASCII character
        if style == 1:
            return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        if style == 2:
            return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        if style == 3:
            return json.dumps(doc, ensure_ascii=False, indent="\t")
        if style == 4:  # PHP json_encode: escaped slashes and \u escapes
            return json.dumps(doc).replace("/", "\\/")
        if style == 5:  # Windows PowerShell 5 ConvertTo-Json: CRLF, four spaces, two after the colon
            text = json.dumps(doc, ensure_ascii=False, indent=4).replace("\n", "\r\n")
            return text.replace('": ', '":  ')
        if style == 6:  # spaces inside braces, as some hand-written clients do
            return "{ " + json.dumps(doc, ensure_ascii=False)[1:-1] + " }"
        return "\n\n" + json.dumps(doc, ensure_ascii=False, sort_keys=True) + "\r\n"

    def api_write(self, n: int) -> None:
        r = self.rng
        for _ in range(n):
            h = self.api_headers(r.choice(("write", "read write")))
            if r.random() < 0.65:
                doc: dict[str, Any] = {}
                pick = r.random()
                if pick < 0.3:
                    doc["name"] = r.choice(NAMES)
                if pick > 0.2 and r.random() < 0.5:
                    doc["email"] = self.email()
                if r.random() < 0.3:
                    doc[r.choice(("is_active", "is_admin"))] = r.random() < 0.5
                if not doc or r.random() < 0.35:
                    settings: dict[str, Any] = {}
                    if r.random() < 0.6:
                        settings["units"] = r.choice(("metric", "imperial"))
                    if r.random() < 0.6:
                        settings["alert_time"] = f"{r.randrange(5, 22):02d}:{r.choice((0, 15, 30, 45)):02d}"
                    if r.random() < 0.5:
                        settings["timezone"] = r.choice(TIMEZONES)
                    if r.random() < 0.5 or not settings:
                        settings["alerts"] = r.random() < 0.6
                    doc["settings"] = settings
                if r.random() < 0.1:
                    doc["name"] = r.choice(('Robert "Bob" Smith', "Anne-Marie (Annie) Dubois", "Tom O’Brien",
                                            "Dr. Jürgen Müller, MBA", "Zoë O'Connor-Nakamura", "李雷 & 韩梅梅"))[:200]
                uri = f"/api/users/{r.randrange(1, 100000)}"
                method = "PATCH"
            else:
                doc = {"enabled": r.random() < 0.5}
                if r.random() < 0.6:
                    doc["team_id"] = r.choice((self.slack_id("T"), "*"))
                uri = f"/api/switches/{r.choice(ACTIONS)}"
                method = "PUT"
            h["Content-Type"] = r.choice(("application/json", "application/json", "application/json; charset=utf-8",
                                          "application/json;charset=UTF-8", "application/merge-patch+json"
                                          if method == "PATCH" else "application/json"))
            self.record("api_write", method, uri, self.via(h, 0.15), self.json_text(doc), "json")

    # ---- monitoring ---------------------------------------------------------------------------------------
    def monitoring(self, n: int) -> None:
        r = self.rng
        targets = ["/healthz", "/readyz", "/admin/login", "/auth/slack/", "/.well-known/jwks.json",
                   "/.well-known/oauth-authorization-server", "/healthz", "/admin/static/admin.css"]
        for _ in range(n):
            ua = r.choice(MONITORS)
            uri = r.choice(targets)
            h = {"User-Agent": ua, "Accept": r.choice(("*/*", "text/html,application/xhtml+xml", "application/json"))}
            if r.random() < 0.4:
                h["Cache-Control"] = "no-cache"
            if r.random() < 0.3:
                h["Accept-Encoding"] = "gzip, deflate"
            if ua.startswith("Datadog"):
                h["x-datadog-origin"] = "synthetics"
                h["x-datadog-trace-id"] = str(r.randrange(10**18, 10**19))
                h["x-datadog-parent-id"] = str(r.randrange(10**18, 10**19))
            if r.random() < 0.1:
                check = r.choice(("uptime", "synthetic", "probe-eu-1"))
                uri += f"?check={check}&ts={1_717_000_000 + r.randrange(10**6)}"
            method = "HEAD" if r.random() < 0.3 else "GET"
            self.record("monitoring", method, uri, h, placement="query" if "?" in uri else "header")

    def run(self) -> list[Record]:
        self.admin_login_page(50)
        self.admin_login(60)
        self.admin_nav(90)
        self.admin_static(30)
        self.admin_user_search(110)
        self.admin_user_edit(80)
        self.admin_audit(70)
        self.admin_clients(90)
        self.admin_features(50)
        self.admin_account(60)
        self.admin_multipart(45)
        self.me_page(60)
        self.me_form(100)
        self.auth_signin(80)
        self.auth_link(60)
        self.oauth_token(130)
        self.token_check("oauth_revoke", 40)
        self.token_check("oauth_introspect", 45)
        self.token_check("verify_token", 40)
        self.wellknown(45)
        self.api_read(90)
        self.api_write(70)
        self.monitoring(40)
        return self.out


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    yield from _Gen(random.Random(SEED)).run()
