"""Realistic benign traffic to the gateway's own non-Slack routes, second generation (independent set).

What it is: about 1,500 requests that real users and real clients send to the routes the edge serves besides
Slack: the admin panel (/admin/: page loads, searches, and every form with its CSRF field), the Slack user's
own pages (/me/) and Sign in with Slack (/auth/slack/), the JWT data API (/api/), TokenDealer's OAuth2
endpoints (/oauth/token, /oauth/introspect, /oauth/revoke, /verify_token), discovery (/.well-known/...)
and the health endpoints. Each request is shaped the way its client sends it: browsers with their full
header sets (sec-ch-ua, Sec-Fetch-*, Accept-Language, analytics and consent cookies, `Origin: null` under
the panel's no-referrer policy), API clients with their own user agents, header order, JSON serialisers
and query encoders (python-requests, httpx, aiohttp, curl, Go, Java, Node, Postman), OAuth clients with
Basic or form client authentication, JWKS fetchers with ETags, uptime monitors. `attacks()` is empty.

How it was written: by hand for this repository, from the routes and request shapes in gateway.yaml's
`routes:` (paths and methods only), app/ (blueprints, views, templates and their form fields),
tokendealer/ (token, introspection, revocation, discovery), README.md and docs/, and from general knowledge
of real traffic. Independence: no WAF rule (lua/), no `waf:` or exclusion section of gateway.yaml, no
policy file, no ruleset or its regression tests, no other generator's payload or text lists and no shared
corpus was read. The text (names, bios, places, searches, descriptions) was written for this file. Only
`_query` is reused from family_gen. Deterministic: one seeded random.Random, no clock.

Records: {"method", "uri", "body", "headers", "id", "category": "benign", "placement", "sub"}, with
`sub` the kind of client and ids "route2-benign-<sub>-NNNN".
"""

from __future__ import annotations

import base64
import json
import random
import string
import urllib.parse
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .family_gen import _query
from .records import no_attacks

SEED = 0x2B_E716
PUBLIC = "https://localhost:8443"  # PUBLIC_BASE_URL of a local deployment (README): Origin / Referer / iss
BASE_TS = 1767225600  # 2026-01-01T00:00:00Z: every timestamp is derived from it (no clock)
FORM = "application/x-www-form-urlencoded"

Record = dict[str, Any]
Row = tuple[str, str, str, str, dict[str, str], str]  # sub, placement, method, uri, headers, body

# ---------------------------------------------------------------------------------------------------------
# Text written for this set: people, bios, places, searches, descriptions
# ---------------------------------------------------------------------------------------------------------
NAMES = [
    "Zoë O'Brien", "Seán Ó Briain", "François Lefèvre", "Anne-Sophie Dupont-Moreau", "Jürgen Müller",
    "Łukasz Wiśniewski", "Petr Dvořák", "Nguyễn Thị Ngọc Ánh", "김민준", "佐藤 花子", "王小明", "محمد العتيبي",
    "فاطمة الزهراء بنعلي", "Ярослав Коваленко", "Σωκράτης Παπαδόπουλος", "श्रेया शर्मा", "Ayşe Yılmaz",
    "Sigríður Guðmundsdóttir", "José María Álvarez-Núñez", "João Conceição", "Maximilian von Hohenberg",
    "Mary-Kate D'Angelo", "Chloé de la Fontaine", "Tomás Ó hÉigeartaigh", "Dr. Amelia Hart (she/her)",
    'Ricardo "Rick" Martínez', "Ólafur Jónsson", "Ngozi Okonkwo-Adeyemi", "Søren Østergaard", "Åsa Lindqvist",
    "Mário Gonçalves", "Nataša Kovačević", "Đorđe Petrović", "Hiroshi Tanaka (田中 博)", "Lee Ji-eun",
    "Aarav Patel", "Priya Raghunathan", "Tāne Ngata", "Kalani Akana", "Yosef Ben-David", "שרה לוי",
    "Emily Smith-Jones", "Björn Ångström", "Gülşen Demir", "Iñaki Etxeberria", "Ana Lúcia Sant'Anna",
    "Zhang Wei 张伟", "Trần Thị Thảo", "Oluwaseun Adébáyọ̀", "Mia Müller-Lüdenscheidt", "Jeanne-d'Arc Tremblay",
    "St. John Smythe", "Ma'ayan Cohen", "Kristján Þórsson", "Małgorzata Brzęczyszczykiewicz", "O'Neill, Siobhán",
    "van der Berg, Pieter", "Léa N'Diaye", "Chidi Eze Jr.", "Mehmet Öztürk", "Rajesh K. Iyer", "Ewa Żak",
]

EMAILS = [
    "zoe.obrien@example.ie", "o'connor.m@example.com", "francois.lefevre+jeeves@example.fr",
    "juergen.mueller@example.de", "l.wisniewski@example.pl", "anh.nguyen@example.vn", "minjun.kim@example.kr",
    "hanako.sato@example.co.jp", "x.wang@example.cn", "m.alotaibi@example.sa", "yaroslav.k@example.com.ua",
    "s.papadopoulos@example.gr", "shreya.sharma@example.in", "ayse.yilmaz@example.com.tr", "sigga@example.is",
    "jm.alvarez-nunez@example.es", "joao.conceicao@example.pt", "max.vonhohenberg@example.at",
    "marykate.dangelo@example.com", "chloe.delafontaine@example.fr", "amelia.hart@example.co.uk",
    "rick.martinez@example.mx", "ngozi.o-a@example.ng", "soren@example.dk", "asa.lindqvist@example.se",
    "first.last@mail.example.co.uk", "dev-ops@example.io", "team+alerts@example.org", "josé@example.es",
    "it_helpdesk@example.com", "a.b.c.d@example.museum", "priya.r@example.in", "tane.ngata@example.nz",
    "kalani@example.hawaii.example", "yosef.bd@example.co.il", "ops-oncall+pager@example.net",
]

TITLES = [
    "Staff Software Engineer", "Head of Customer Success (EMEA)", "Responsable RH & Paie", "SRE / On-call lead",
    "Data Analyst II", "Produktmanagerin", "デザイナー", "Engenheira de Software Sênior", "VP, Finance & Legal",
    "Intern — Platform", "Ingeniero de Datos", "Technical Writer", "Security Champion (Mobile)",
    "Account Executive, Mid-Market", "QA Automation Engineer", "Office Manager – Lyon", "Directeur R&D",
]

BIOS = [
    "Platform engineer on the payments team; I look after our Kubernetes clusters (EKS & GKE) and the CI "
    "pipelines. Ping me on Slack before touching prod, seriously.",
    "Product designer. Obsessed with design tokens & accessibility (WCAG 2.2 AA). Portfolio: "
    "https://portfolio.example.net/zoe-ob",
    "Je m'occupe du support niveau 2 (Europe) ; joignable au +33 1 23 45 67 89 du lundi au vendredi, 9h–18h. "
    "« Il n'y a pas de question bête ! »",
    "Backend dev: Python 3.12, asyncio, SQLAlchemy 2.0, Postgres. Currently moving our cron jobs to a proper "
    "queue. Opinions on ORMs available on request ;)",
    "Data analyst: dashboards in Looker, notebooks in Jupyter, and the occasional pandas merge that eats all "
    "the RAM. Office: 221B Baker Street, London NW1 6XE.",
    "Ich leite das Team „Kundenerfolg“ in Berlin. Sprechzeiten: Di & Do 10–12 Uhr. Tel.: +49 30 1234567",
    "営業部所属。趣味は登山とコーヒー☕️。週末はだいたい高尾山にいます。",
    "Разработчик мобильных приложений (iOS/Android). Люблю Kotlin, велосипед и хороший кофе.",
    "مهندسة بيانات في فريق التحليلات. أعمل على خطوط البيانات وتقارير الأداء الأسبوعية.",
    "SRE | on-call every 4th week | runbooks: https://wiki.example.com/display/SRE/Runbooks?src=sidebar "
    "| pager: +1 (415) 555-0134",
    "**Team lead**, _Growth_. Things I care about: 1) shipping small, 2) measuring things, 3) naps. "
    "Email me at growth-lead@example.com",
    "Frontend (React, TypeScript); I maintain our internal DatePicker component. Yes, it handles time zones. "
    "Mostly.",
    "Customer success for the APAC region 🌏, based in Singapore (GMT+8). Happy to help with onboarding & "
    "training sessions!",
    "Security champion for the mobile squad. Ask me about OAuth scopes, PKCE and why we don't keep tokens in "
    "localStorage.",
    "Comptable / contrôleuse de gestion. Clôtures mensuelles, rapprochements bancaires et tableaux croisés "
    "dynamiques à volonté.",
    "Stagiaire (6 mois), école d'ingénieurs, promo 2026. J'apprends Go & Rust ; soyez indulgents !",
    "Work hours 8:00–16:30 CET. Out every other Friday. Pronouns: they/them.",
    "Head of People. If it's about payroll, holidays or \"that weird form from HR\", I'm your person.",
    "Engenheira de software no time de integrações (APIs REST, webhooks, filas). Moro em Porto Alegre – RS.",
    "Desarrollador full-stack: Node.js, PostgreSQL y un poco de Terraform. Café > té. ¡Escríbeme por Slack!",
    "데이터 엔지니어입니다. Airflow, Spark, dbt 사용 중. 질문은 언제든지 환영해요 🙂",
    "Ops manager at the Lyon warehouse (12 rue de la République, 69002 Lyon). Shift schedule is on the wiki.",
    "I write the release notes nobody reads. Also: QA automation with Playwright & pytest, flaky-test whisperer.",
    "Maintainer of the weather and alerts commands. Bug reports welcome; please include the X-Request-Id "
    "and what you typed.",
    "PhD in computational linguistics; now building search relevance models. Fun fact: I can read Old Norse "
    "(badly).",
    "Sales engineer; demos, POCs & RFP answers. Book me: https://cal.example.com/priya-r?duration=30&tz=Asia%2FKolkata",
    "Ex-journalist turned technical writer. Style guide nerd: Oxford comma, yes; exclamation marks, sparingly!",
    "On parental leave until March 2026 👶. For anything urgent contact my backup, Tomás (tomas.oh@example.com).",
    "Infra: Terraform modules, Vault policies, the occasional bash one-liner. Favourite tool: git bisect.",
    "Analista de marketing. Campanhas de e-mail, SEO e relatórios mensais; fã de planilhas bem feitas.",
    "Ελληνικά, English, Deutsch. Υπεύθυνη για την υποστήριξη πελατών στην Αθήνα.",
    "Team: Finance & Legal. Contract questions → legal@example.com; invoices → ap@example.com (please add the "
    "PO number).",
    "Intern 🐣 learning SQL joins and pivot tables; mentor: Åsa L.",
    "Mobile dev (Swift/SwiftUI). Building the iPad app's offline mode; ask me about Core Data migrations if "
    "you're brave.",
    "- Based in Nairobi 🇰🇪\n- Loves: clean APIs, long runs, jollof debates\n- Hates: meetings without an agenda",
    "Hi! I'm Kalani 🌺 I run the Honolulu office (1188 Bishop St, Suite 1500). Mahalo for keeping the "
    "kitchen tidy.",
    "שלום! מפתחת backend בצוות התשלומים. אוהבת קפה שחור ובדיקות אוטומטיות.",
    "Ingeniero de datos. Antes: 5 años en banca (riesgos & cumplimiento). Ahora: pipelines en la nube y "
    "mucho YAML.",
    "Accessibility lead. Screen reader user myself (NVDA + Firefox); if a page is hard to use, tell me & I'll "
    "file it.",
    "Night owl 🦉, time zone: America/Los_Angeles. Answers slower after 6 p.m.; urgent? Call +1-206-555-0199.",
]

PLACES = [
    "Paris", "São Paulo", "Zürich", "Kraków", "Reykjavík", "Ho Chi Minh City", "東京", "Montréal, QC",
    "St. John's, NL", "Washington, D.C.", "Bordeaux (Gironde)", "L'Aquila", "Brooklyn, NY 11201", "München",
    "Québec", "Düsseldorf", "Malmö", "Ålesund", "Cluj-Napoca", "Łódź", "İstanbul", "Αθήνα", "Москва", "القاهرة",
    "תל אביב", "मुंबई", "서울특별시", "Hà Nội", "Bengaluru", "Aix-en-Provence", "Saint-Étienne",
    "Llanfairpwllgwyngyll", "Cape Town", "Nairobi", "San José, Costa Rica", "Portland, OR", "Portland, Maine",
    "Springfield (IL)", "Washington", "Hamburg-Altona", "Frankfurt am Main", "Sankt Gallen", "Kyiv",
    "Wellington, NZ", "Te Awamutu", "Ōtautahi / Christchurch", "Greater London", "Rio de Janeiro", "Ciudad de México",
]

TIMEZONES = [
    "UTC", "Europe/Paris", "Europe/London", "Europe/Berlin", "Europe/Zurich", "America/New_York",
    "America/Los_Angeles", "America/Argentina/Buenos_Aires", "America/Sao_Paulo", "America/Port-au-Prince",
    "America/St_Johns", "Asia/Kolkata", "Asia/Tokyo", "Asia/Seoul", "Asia/Ho_Chi_Minh", "Asia/Kathmandu",
    "Australia/Lord_Howe", "Pacific/Auckland", "Pacific/Chatham", "Africa/Nairobi", "Africa/Casablanca",
    "Etc/GMT+5", "Etc/GMT-14", "Asia/Jerusalem", "Europe/Kyiv", "America/Indiana/Indianapolis", "Pacific/Honolulu",
]

USER_SEARCHES = [
    "o'brien", "O'Brien", "zoe", "Zoë", "françois", "mueller", "Müller", "wiśniewski", "nguyen", "Nguyễn",
    "김민준", "佐藤", "محمد", "Ярослав", "Παπαδόπουλος", "शर्मा", "yılmaz", "@example.com", "@example.co.uk",
    "+jeeves@", "U04ABCD1234", "T0123ABCD", "T0123ABCD U04", "smith, john", "de la", "van der Berg",
    "D'Angelo", "st. john", "ana lúcia", "sant'anna", "rick \"ricky\"", "priya r", "gmail", "example.ie",
    "+44 20 7946 0958", "(415) 555-0134", "jr.", "ex-intern", "on leave", "team+alerts", "Ma'ayan", "N'Diaye",
    "it_helpdesk", "50%", "a&b", "first.last", "UA1B2C3D4", "W0123ABCD", "E0123ABCDE", "lee ji-eun",
]

AUDIT_SEARCHES = [
    "login", "login.slack", "failed", "denied", "client.create", "client.rotate", "client.disable",
    "user.active", "user.admin", "feature.set", "feature.remove_override", "weather@T0123ABCD", "alerts@*",
    "admin.map_slack", "slack:T0123ABCD/U04ABCD1234", "account.totp_enable", "user.forget_me", "marie.curie",
    "ops.lead", "192.168.1.23", "10.0.", "2001:db8::", "grafana:datasource", "reporting.nightly", "logout",
    "remember_location", "T0123ABCD/U0", "anonymous", "reason=locked", "outcome failed",
]

ADMIN_USERNAMES = [
    "admin", "ops.lead", "marie.curie", "j.okafor", "root-breakglass", "sre_oncall", "it-admin@example.com",
    "anne-sophie", "hiroshi.t", "priya", "Ops.Lead", "  zoe.obrien ", "kalani.akana", "p.dvorak",
]

CLIENT_IDS = [
    "demo-client", "jeeves-worker", "jeeves-admin", "reporting.nightly", "grafana:datasource", "billing-sync",
    "etl_pipeline-02", "svc.analytics.eu-west-1", "backstage-plugin", "ci:github-actions", "n8n-automation",
    "zapier.jeeves", "acme-corp:integration:prod", "mobile-backend", "status-page", "looker.prod", "hr-sync",
    "pagerduty.webhooks", "dbt-cloud:job-4471", "k8s.cronjob.usage-export",
]

CLIENT_DESCRIPTIONS = [
    "Nightly export of usage stats to the data warehouse (BigQuery). Owner: data-platform@example.com; "
    "runbook: https://wiki.example.com/x/AbC123 & ticket OPS-1234.",
    "Grafana datasource for the 'Jeeves usage' dashboard (read-only). Rotated every 90 days by the SRE "
    "on-call; see the calendar reminder.",
    "HR sync: pushes names, e-mails & start dates from Workday (hourly). Contact: Åsa Lindqvist "
    "(People Ops), +46 8 123 456 78.",
    "Zapier zap \"New Jeeves user → welcome e-mail\". Temporary until we move it to the worker; delete after "
    "Q2 2026!",
    "Intégration du tableau de bord client (lecture seule) ; demandée par l'équipe Support France, voir le "
    "ticket SUP-5521.",
    "CI smoke tests (GitHub Actions, repo example/jeeves-e2e): gets a token, lists users, checks "
    "/api/switches. Needs read only.",
    "Backstage plugin showing per-team feature switches. Scopes: read (write requested later, see RFC-17 "
    "\"Self-service switches\").",
    "Mobile backend (BFF) for the iOS & Android apps; caches user settings for 60 s. Owner: mobile squad "
    "(#mobile-squad on Slack).",
    "社内ポータルの連携用クライアント（読み取り専用）。担当：田中（情報システム部）",
    "Status page probe: calls /api/switches once a minute to show 'degraded' when weather is switched off.",
    "Looker PDT refresh (usage_stats_daily). Cost centre 4021; questions → analytics@example.com.",
    "Cliente para el equipo de datos de México: exportación semanal de métricas (lunes, 06:00 CST).",
    "PagerDuty incident workflow: turns 'weather' off for a team during provider outages, back on when "
    "resolved.",
    "dbt Cloud job 4471 (models: stg_users, fct_actions). Uses read; runs after the 02:00 UTC load.",
    "k8s CronJob usage-export in namespace analytics-prod; image registry.example.com/usage-export:1.8.2.",
    "Old integration from the 2024 hackathon (\"Jeeves-in-Teams\"). Kept disabled; do not delete before the "
    "post-mortem is written.",
    "Client de test pour la recette (environnement de pré-prod). Mot de passe / secret dans le coffre, "
    "dossier « Jeeves ».",
    "Used by n8n workflow #12 (\"Weekly digest\"): reads usage stats, posts a summary to #team-leads every "
    "Monday @ 09:00.",
    "Partner integration for ACME Corp (contract ref. ACME-2025-114). Contact: Mary-Kate D'Angelo "
    "<marykate.dangelo@example.com>.",
    "Read-only access for the internal audit (Q1 2026); expires 31/03/2026, then disable.",
    "",
]

SCOPE_REQUESTS = [
    "read", "read write", "write", "clients:admin", "read  write", "write read", "users:read",
    "users:read users:write", "switches:write", "reports.export", "jeeves.read jeeves.write",
    "openid offline_access", "read:users write:switches",
    "api://jeeves/.default", "https://localhost:8443/api.read", "read profile email", "usage.stats:read",
]

SLACK_ACTIONS = ["alerts", "config", "forget_location", "forget_me", "help", "login", "my_location",
                 "remember_location", "weather"]

LINK_PREVIEW_SITES = [
    "https://app.slack.com/", "https://www.google.com/", "https://mail.google.com/", "https://outlook.office.com/",
    "https://teams.microsoft.com/", "https://wiki.example.com/display/IT/Jeeves", "https://www.notion.so/",
    "https://github.com/example/jeeves/issues/412", "https://duckduckgo.com/", "https://example.atlassian.net/",
]

ACCEPT_LANGS = [
    "en-US,en;q=0.9", "en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
    "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "de-DE,de;q=0.9,en;q=0.8", "de-CH,de;q=0.9,fr;q=0.8,en;q=0.7",
    "ja,en-US;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8", "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7",
    "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "es-419,es;q=0.9", "es-ES,es;q=0.9,ca;q=0.8,en;q=0.7",
    "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ar,en-US;q=0.9,en;q=0.8", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
    "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "nl-NL,nl;q=0.9,en;q=0.8",
    "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "he-IL,he;q=0.9,en;q=0.8",
    "vi-VN,vi;q=0.9,fr-FR;q=0.8,fr;q=0.7,en-US;q=0.6,en;q=0.5", "it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7",
    "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7,en;q=0.6", "en", "en-US", "el-GR,el;q=0.9,en;q=0.8", "is,en;q=0.9",
]

# ---------------------------------------------------------------------------------------------------------
# Random building blocks
# ---------------------------------------------------------------------------------------------------------
B62 = string.ascii_letters + string.digits
B32 = string.ascii_uppercase + "234567"
UPPER_ALNUM = string.ascii_uppercase + string.digits


def _b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _tok(rng: random.Random, nbytes: int = 32) -> str:
    """What secrets.token_urlsafe(n) looks like."""
    return _b64u(rng.randbytes(nbytes))


def _hex(rng: random.Random, nbytes: int) -> str:
    return rng.randbytes(nbytes).hex()


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _chars(rng: random.Random, n: int, alphabet: str = B62) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _team(rng: random.Random) -> str:
    return "T" + _chars(rng, rng.choice((8, 9, 10)), UPPER_ALNUM)


def _slack_user(rng: random.Random) -> str:
    return rng.choice("UUUUW") + _chars(rng, rng.choice((8, 10)), UPPER_ALNUM)


def _ts(rng: random.Random, days: int = 60) -> int:
    return BASE_TS + rng.randrange(days * 86400)


def _iso(ts: int, style: int) -> str:
    days, secs = divmod(ts - BASE_TS, 86400)
    month, day = (1, days + 1) if days < 31 else (2, days - 30)
    hh, mm, ss = secs // 3600, secs % 3600 // 60, secs % 60
    stamp = f"2026-{month:02d}-{min(day, 28):02d}"
    clock = f"{hh:02d}:{mm:02d}:{ss:02d}"
    return [f"{stamp}T{clock}Z", f"{stamp}T{clock}.000Z", f"{stamp}T{clock}+00:00", f"{stamp}T{clock}+01:00",
            f"{stamp}T{clock}.{ts % 1000000:06d}+00:00", f"{stamp}", f"{stamp} {clock}", f"{stamp}T{clock}-05:00",
            f"{stamp}T{hh:02d}:{mm:02d}Z", f"{stamp}T{clock}+05:30"][style % 10]


def _jwt(rng: random.Random, client_id: str | None = None, scope: str | None = None, aud: str = "jeeves") -> str:
    """An RFC 9068 access token as TokenDealer issues it (signature bytes random)."""
    cid = client_id or rng.choice(CLIENT_IDS)
    alg = rng.choice(("ES256", "ES256", "ES256", "RS256"))
    iat = _ts(rng)
    header = {"alg": alg, "kid": _tok(rng, 32), "typ": "at+jwt"}
    claims = {"iss": PUBLIC, "sub": cid, "aud": aud, "iat": iat, "nbf": iat, "exp": iat + 900,
              "jti": _uuid(rng) if rng.random() < 0.5 else _tok(rng, 16), "scope": scope or rng.choice(
                  ("read", "read write", "write", "clients:admin")), "client_id": cid}

    def seg(doc: dict[str, Any]) -> str:
        return _b64u(json.dumps(doc, separators=(",", ":")).encode())

    return f"{seg(header)}.{seg(claims)}.{_tok(rng, 64 if alg == 'ES256' else 256)}"


def _foreign_jwt(rng: random.Random) -> str:
    """A token from another identity provider that a confused client sends (Auth0/Okta/Azure-like claims)."""
    iat = _ts(rng)
    header = {"alg": "RS256", "typ": "JWT", "kid": _chars(rng, 22, B62 + "-_")}
    claims: dict[str, Any] = rng.choice([
        {"iss": "https://example.eu.auth0.com/", "sub": _chars(rng, 24) + "@clients", "aud": "https://api.example.com",
         "iat": iat, "exp": iat + 86400, "azp": _chars(rng, 32), "gty": "client-credentials",
         "https://example.com/roles": ["reporting", "read-only"]},
        {"ver": 1, "jti": "AT." + _chars(rng, 43, B62 + "-_"), "iss": "https://example.okta.com/oauth2/default",
         "aud": "api://default", "iat": iat, "exp": iat + 3600, "cid": "0oa" + _chars(rng, 17), "scp": ["jeeves.read"],
         "sub": "0oa" + _chars(rng, 17)},
        {"aud": "api://" + _uuid(rng), "iss": "https://sts.windows.net/" + _uuid(rng) + "/", "iat": iat,
         "nbf": iat, "exp": iat + 3599, "appid": _uuid(rng), "roles": ["Jeeves.Read.All"], "ver": "1.0",
         "tid": _uuid(rng), "oid": _uuid(rng)},
    ])

    def seg(doc: dict[str, Any]) -> str:
        return _b64u(json.dumps(doc, separators=(",", ":")).encode())

    return f"{seg(header)}.{seg(claims)}.{_tok(rng, 256)}"


def _secret(rng: random.Random) -> str:
    """Client secrets as people paste them: ours (token_urlsafe) and other systems' formats."""
    kind = rng.randrange(10)
    if kind < 3:
        return _tok(rng, 32)
    if kind == 3:
        return _hex(rng, 32)
    if kind == 4:
        return base64.b64encode(rng.randbytes(rng.choice((30, 32, 33)))).decode()
    if kind == 5:
        return _uuid(rng)
    if kind == 6:
        return "sk_live_" + _chars(rng, 40)
    if kind == 7:
        return _chars(rng, 52, B32)
    if kind == 8:
        return _chars(rng, 40, B62 + "~._-")
    return _chars(rng, 24, B62 + "!#$%&()*+,-./:;<=>?@[]^_{|}~")


def _password(rng: random.Random) -> str:
    kind = rng.randrange(6)
    words = ["correct", "horse", "battery", "staple", "river", "Kaffee", "soleil", "marmot", "orbit", "tulip",
             "granite", "paprika", "violet", "otter", "lantern", "biscuit"]
    if kind == 0:
        return rng.choice("- .") .join(rng.sample(words, 4)) + str(rng.randrange(10, 99))
    if kind == 1:
        return _chars(rng, rng.choice((16, 20, 24, 32)), B62 + "!@#$%^&*()_+-=[]{};:,.<>/?~")
    if kind == 2:
        return rng.choice(("Sommer", "Winter", "Printemps", "Autumn")) + str(rng.choice((2025, 2026))) + \
            rng.choice(("!", "#", "?!", "$$"))
    if kind == 3:
        return _chars(rng, 20, B62)
    if kind == 4:
        return "-".join(_chars(rng, 6, string.ascii_lowercase + string.digits) for _ in range(4))
    return rng.choice(("Tr0ub4dor&3", "P@ssw0rd-Jeeves-2026", "ilovemycat<3forever", "j'aime-le-café-noir",
                       "Ça-va-bien-merci-2026", "N0-more-Mondays;please", "🔑longpassphrase🔑2026"))


def _csrf(rng: random.Random) -> str:
    return _tok(rng, 32)


# ---------------------------------------------------------------------------------------------------------
# Browsers: header sets as each engine sends them
# ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Browser:
    family: str  # chromium | firefox | safari
    ua: str
    hints: tuple[tuple[str, str], ...] = ()


def _chromium(ver: int, platform: str, ua_os: str, brand: str = "Google Chrome", mobile: bool = False,
              edge: bool = False) -> Browser:
    grease = {128: '"Not;A=Brand";v="24"', 129: '"Not=A?Brand";v="8"', 130: '"Not?A_Brand";v="99"',
              131: '"Not_A Brand";v="24"', 132: '"Not A(Brand";v="8"', 133: '"Not(A:Brand";v="99"'}[ver]
    ua = f"Mozilla/5.0 ({ua_os}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{ver}.0.0.0 " + \
        ("Mobile Safari/537.36" if mobile else "Safari/537.36") + (f" Edg/{ver}.0.0.0" if edge else "")
    hints = ((
        "sec-ch-ua", f'"{brand}";v="{ver}", "Chromium";v="{ver}", {grease}'),
        ("sec-ch-ua-mobile", "?1" if mobile else "?0"), ("sec-ch-ua-platform", f'"{platform}"'))
    return Browser("chromium", ua, hints)


BROWSERS = [
    _chromium(131, "Windows", "Windows NT 10.0; Win64; x64"),
    _chromium(132, "Windows", "Windows NT 10.0; Win64; x64"),
    _chromium(133, "macOS", "Macintosh; Intel Mac OS X 10_15_7"),
    _chromium(131, "macOS", "Macintosh; Intel Mac OS X 10_15_7"),
    _chromium(130, "Linux", "X11; Linux x86_64"),
    _chromium(131, "Android", "Linux; Android 10; K", mobile=True),
    _chromium(131, "Windows", "Windows NT 10.0; Win64; x64", brand="Microsoft Edge", edge=True),
    _chromium(132, "macOS", "Macintosh; Intel Mac OS X 10_15_7", brand="Microsoft Edge", edge=True),
    _chromium(129, "Chrome OS", "X11; CrOS x86_64 14541.0.0"),
    Browser("firefox", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"),
    Browser("firefox", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0"),
    Browser("firefox", "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:134.0) Gecko/20100101 Firefox/134.0"),
    Browser("firefox", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"),
    Browser("safari", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                      "Version/18.2 Safari/605.1.15"),
    Browser("safari", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                      "Version/17.6 Safari/605.1.15"),
    Browser("safari", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                      "Gecko) Version/18.2 Mobile/15E148 Safari/604.1"),
    Browser("safari", "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                      "Version/17.7 Mobile/15E148 Safari/604.1"),
]

CHROMIUM_ACCEPT = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;"
                   "q=0.8,application/signed-exchange;v=b3;q=0.7")
FIREFOX_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def _page_headers(rng: random.Random, br: Browser, *, site: str, referer: str | None, cookie: str | None,
                  method: str = "GET", content_type: str | None = None, origin: str | None = None,
                  user: bool = True) -> dict[str, str]:
    """A top-level navigation (link, address bar or form post), header order as the engine sends it."""
    lang = rng.choice(ACCEPT_LANGS)
    h: list[tuple[str, str | None]] = []
    fetch = [("Sec-Fetch-Site", site), ("Sec-Fetch-Mode", "navigate"), ("Sec-Fetch-User", "?1" if user else None),
             ("Sec-Fetch-Dest", "document")]
    if br.family == "chromium":
        h.append(("Cache-Control", "max-age=0" if method == "POST" or rng.random() < 0.15 else None))
        h += list(br.hints)
        h += [("Origin", origin), ("Content-Type", content_type), ("Upgrade-Insecure-Requests", "1"),
              ("User-Agent", br.ua), ("Accept", CHROMIUM_ACCEPT)]
        h += fetch
        h += [("Referer", referer), ("Accept-Encoding", "gzip, deflate, br, zstd"), ("Accept-Language", lang),
              ("Cookie", cookie), ("Priority", "u=0, i")]
    elif br.family == "firefox":
        h += [("User-Agent", br.ua), ("Accept", FIREFOX_ACCEPT), ("Accept-Language", lang.replace(",", ", ")
                                                                 if rng.random() < 0.1 else lang),
              ("Accept-Encoding", "gzip, deflate, br, zstd"), ("Content-Type", content_type), ("Origin", origin),
              ("DNT", "1" if rng.random() < 0.2 else None), ("Sec-GPC", "1" if rng.random() < 0.15 else None),
              ("Connection", "keep-alive"), ("Referer", referer), ("Cookie", cookie),
              ("Upgrade-Insecure-Requests", "1")]
        h += [("Sec-Fetch-Dest", "document"), ("Sec-Fetch-Mode", "navigate"), ("Sec-Fetch-Site", site),
              ("Sec-Fetch-User", "?1" if user else None), ("Priority", "u=0, i")]
        if rng.random() < 0.3:
            h.append(("TE", "trailers"))
    else:
        h += [("Content-Type", content_type), ("Origin", origin), ("Accept", FIREFOX_ACCEPT),
              ("Sec-Fetch-Site", site), ("Cookie", cookie), ("Sec-Fetch-Dest", "document"),
              ("Accept-Language", lang.split(";")[0].split(",")[0] if rng.random() < 0.6 else lang),
              ("Sec-Fetch-Mode", "navigate"), ("User-Agent", br.ua), ("Referer", referer),
              ("Upgrade-Insecure-Requests", "1"), ("Accept-Encoding", "gzip, deflate, br"), ("Priority", "u=0, i")]
    return {k: v for k, v in h if v is not None}


def _analytics(rng: random.Random) -> list[str]:
    """Site-wide cookies a company domain carries (analytics, consent, chat widgets, CDN), 0-7 of them."""
    ts, ms = _ts(rng), _ts(rng) * 1000 + rng.randrange(1000)
    ga_id = _chars(rng, 10, UPPER_ALNUM)
    hj = rng.randrange(1000000, 9999999)
    app = _chars(rng, 8, string.ascii_lowercase + string.digits)
    pool = [
        f"_ga=GA1.1.{rng.randrange(10 ** 8, 2 * 10 ** 9)}.{ts}",
        f"_ga_{ga_id}=GS1.1.{ts}.{rng.randrange(1, 40)}.1.{ts + rng.randrange(3600)}.0.0.0",
        f"_ga_{ga_id}=GS2.1.s{ts}$o{rng.randrange(1, 90)}$g1$t{ts + rng.randrange(3600)}$j{rng.randrange(60)}$l0$h0",
        f"_gid=GA1.2.{rng.randrange(10 ** 8, 2 * 10 ** 9)}.{ts}",
        f"_gcl_au=1.1.{rng.randrange(10 ** 8, 2 * 10 ** 9)}.{ts}",
        f"_fbp=fb.1.{ms}.{rng.randrange(10 ** 8, 2 * 10 ** 9)}",
        f"ajs_anonymous_id=%22{_uuid(rng)}%22",
        f"ajs_anonymous_id={_uuid(rng)}",
        "ajs_user_id=%22" + urllib.parse.quote(rng.choice(EMAILS), safe="") + "%22",
        "OptanonConsent=isGpcEnabled=0&datestamp=" + urllib.parse.quote_plus(
            "Mon Jan 05 2026 10:15:22 GMT+0100 (Central European Standard Time)") +
        f"&version=202409.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId={_uuid(rng)}&interactionCount=1"
        "&isAnonUser=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0"
        "&AwaitingReconsent=false",
        f"OptanonAlertBoxClosed=2026-01-{rng.randrange(1, 28):02d}T09:15:22.{rng.randrange(1000):03d}Z",
        "CookieConsent={stamp:%27" + urllib.parse.quote(base64.b64encode(rng.randbytes(42)).decode(), safe="") +
        "%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:" + rng.choice(("true", "false")) +
        f"%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:{ms}%2Cregion:%27fr%27}}",
        f"cookieyes-consent=consentid:{_tok(rng, 24)},consent:yes,action:yes,necessary:yes,functional:yes,"
        "analytics:" + rng.choice(("yes", "no")) + ",performance:no,advertisement:no,other:no",
        f"_hjSessionUser_{hj}=" + base64.b64encode(json.dumps(
            {"id": _uuid(rng), "created": ms, "existing": True}, separators=(",", ":")).encode()).decode(),
        f"_hjSession_{hj}=" + base64.b64encode(json.dumps(
            {"id": _uuid(rng), "c": ms, "s": 0, "r": 0, "sb": 0, "sr": 0, "se": 0, "fs": 0, "sp": 0},
            separators=(",", ":")).encode()).decode(),
        f"_clck={_chars(rng, 6, string.ascii_lowercase + string.digits)}%7C2%7Cfs{rng.randrange(1, 9)}%7C0%7C1830",
        f"_clsk={_chars(rng, 7, string.ascii_lowercase + string.digits)}%7C{ms}%7C1%7C1%7Cl.clarity.ms%2Fcollect",
        f"hubspotutk={_hex(rng, 16)}",
        f"__hstc={rng.randrange(10 ** 7, 10 ** 9)}.{_hex(rng, 16)}.{ms}.{ms}.{ms}.{rng.randrange(1, 20)}",
        "__hssrc=1",
        f"intercom-id-{app}={_uuid(rng)}", f"intercom-session-{app}=", f"intercom-device-id-{app}={_uuid(rng)}",
        f"mp_{_hex(rng, 16)}_mixpanel=" + urllib.parse.quote(json.dumps(
            {"distinct_id": f"$device:{_uuid(rng)}", "$device_id": _uuid(rng), "$initial_referrer": "$direct",
             "$initial_referring_domain": "$direct"}), safe=""),
        f"_pk_id.1.{_hex(rng, 2)}={_hex(rng, 8)}.{ts}.", f"_pk_ses.1.{_hex(rng, 2)}=1",
        "theme=" + rng.choice(("dark", "light", "system")), "lang=" + rng.choice(("fr-FR", "en", "de", "pt-BR")),
        "tz=" + urllib.parse.quote(rng.choice(TIMEZONES), safe=""), "sidebar_collapsed=" + rng.choice(("true", "0")),
        f"_dd_s=logs=1&id={_uuid(rng)}&created={ms}&expire={ms + 900000}",
        f"__cf_bm={_tok(rng, 32)}-{ts}-1.0.1.1-{_tok(rng, 60)}",
        f"_uetsid={_hex(rng, 16)}", f"_uetvid={_hex(rng, 16)}", f"__stripe_mid={_uuid(rng)}{_hex(rng, 3)}",
        f"AMP_{_hex(rng, 5)}=" + _b64u(json.dumps({"deviceId": _uuid(rng), "sessionId": ms, "optOut": False,
                                                     "lastEventTime": ms, "lastEventId": 12}).encode()),
    ]
    return rng.sample(pool, rng.choice((0, 0, 1, 2, 3, 4, 5, 7)))


def _cookie(rng: random.Random, own: list[str]) -> str | None:
    jar = own + _analytics(rng)
    rng.shuffle(jar)
    return "; ".join(jar) or None


def _referer(rng: random.Random, same_origin_path: str | None) -> tuple[str, str | None]:
    """(Sec-Fetch-Site, Referer): the panel sends no-referrer, so a same-origin one is the exception."""
    r = rng.random()
    if same_origin_path is not None and r < 0.25:
        return "same-origin", PUBLIC + same_origin_path
    if same_origin_path is not None and r < 0.85:
        return "same-origin", None
    if r < 0.93:
        return "none", None
    return "cross-site", rng.choice(LINK_PREVIEW_SITES)


# ---------------------------------------------------------------------------------------------------------
# API clients: user agent, header order, JSON serialiser and query encoder of each
# ---------------------------------------------------------------------------------------------------------
def _trace_headers(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if rng.random() < 0.3:
        out.append(("traceparent", f"00-{_hex(rng, 16)}-{_hex(rng, 8)}-0{rng.choice('01')}"))
        if rng.random() < 0.4:
            out.append(("tracestate", f"rojo={_hex(rng, 8)},congo={_tok(rng, 8)}"))
    if rng.random() < 0.15:
        out.append(("baggage", "userId=" + urllib.parse.quote(rng.choice(EMAILS)) +
                    ",serverNode=DF%2028,isProduction=false"))
    if rng.random() < 0.2:
        out.append(("X-Request-Id", rng.choice((_uuid(rng), f"etl-2026-01-{rng.randrange(1, 28):02d}-"
                                                 f"{rng.randrange(10000):04d}", _hex(rng, 16)))))
    if rng.random() < 0.08:
        trace = _hex(rng, 16)
        out.append(("sentry-trace", f"{trace}-{_hex(rng, 8)}-1"))
        out.append(("baggage", f"sentry-environment=production,sentry-release=reports%401.4.{rng.randrange(9)},"
                               f"sentry-public_key={_hex(rng, 16)},sentry-trace_id={trace},sentry-sample_rate=0.1"))
    if rng.random() < 0.05:
        out.append(("X-Amzn-Trace-Id", f"Root=1-{_hex(rng, 4)}-{_hex(rng, 12)}"))
    return out


CLIENT_UAS = {
    "python-requests": ["python-requests/2.32.3", "python-requests/2.31.0", "python-requests/2.28.2"],
    "httpx": ["python-httpx/0.28.1", "python-httpx/0.27.2"],
    "aiohttp": ["Python/3.12 aiohttp/3.10.11", "Python/3.11 aiohttp/3.9.5", "Python/3.13 aiohttp/3.11.9"],
    "curl": ["curl/8.5.0", "curl/7.88.1", "curl/8.11.1", "curl/7.81.0"],
    "go": ["Go-http-client/1.1", "Go-http-client/1.1", "jeeves-usage-exporter/1.8.2 (+https://example.com/ops)"],
    "java": ["Java-http-client/21.0.5", "okhttp/4.12.0", "Apache-HttpClient/5.3.1 (Java/17.0.12)",
             "ReactorNetty/1.1.22"],
    "node": ["node", "axios/1.7.9", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
             "got (https://github.com/sindresorhus/got)"],
    "postman": ["PostmanRuntime/7.43.0", "PostmanRuntime/7.42.0", "insomnia/10.3.0", "bruno-runtime/1.38.1"],
}


def _client_headers(rng: random.Random, client: str, *, auth: str | None, content_type: str | None = None,
                    accept: str | None = None) -> dict[str, str]:
    ua = rng.choice(CLIENT_UAS[client])
    extra = _trace_headers(rng)
    h: list[tuple[str, str | None]] = []
    if client == "python-requests":
        h += [("User-Agent", ua), ("Accept-Encoding", "gzip, deflate"), ("Accept", accept or "*/*"),
              ("Connection", "keep-alive"), ("Authorization", auth), *extra, ("Content-Type", content_type)]
    elif client == "httpx":
        h += [("Accept", accept or "*/*"),
              ("Accept-Encoding", rng.choice(("gzip, deflate", "gzip, deflate, br, zstd"))),
              ("Connection", "keep-alive"), ("User-Agent", ua), ("Authorization", auth), *extra,
              ("Content-Type", content_type)]
    elif client == "aiohttp":
        h += [("Authorization", auth), *extra, ("Accept", accept or "*/*"),
              ("Accept-Encoding", rng.choice(("gzip, deflate", "gzip, deflate, br"))), ("User-Agent", ua),
              ("Content-Type", content_type)]
    elif client == "curl":
        h += [("User-Agent", ua), ("Accept", accept or "*/*"), ("Authorization", auth), *extra,
              ("Content-Type", content_type)]
    elif client == "go":
        h += [("User-Agent", ua), ("Accept", accept), ("Authorization", auth), ("Content-Type", content_type), *extra,
              ("Accept-Encoding", "gzip")]
    elif client == "java":
        if ua.startswith("okhttp"):
            h += [("Authorization", auth), ("Accept", accept), ("Content-Type", content_type), *extra,
                  ("Connection", "Keep-Alive"), ("Accept-Encoding", "gzip"), ("User-Agent", ua)]
        elif ua.startswith("Apache"):
            h += [("Accept", accept), ("Authorization", auth), *extra, ("Content-Type", content_type),
                  ("Accept-Encoding", "gzip, x-gzip, deflate"), ("Connection", "keep-alive"), ("User-Agent", ua)]
        else:
            h += [("User-Agent", ua), ("Accept", accept or "application/json"), ("Authorization", auth), *extra,
                  ("Content-Type", content_type)]
    elif client == "node":
        if ua == "node":  # undici's fetch, lower-case names
            h += [("authorization", auth), ("content-type", content_type), *[(k.lower(), v) for k, v in extra],
                  ("accept", accept or "*/*"), ("accept-language", "*"), ("sec-fetch-mode", "cors"),
                  ("user-agent", ua), ("accept-encoding", "gzip, deflate")]
        else:
            h += [("Accept", accept or "application/json, text/plain, */*"), ("Content-Type", content_type),
                  ("Authorization", auth), *extra, ("User-Agent", ua),
                  ("Accept-Encoding", "gzip, compress, deflate, br")]
    else:  # postman and friends
        h += [("Authorization", auth), ("Content-Type", content_type), *extra, ("User-Agent", ua),
              ("Accept", accept or "*/*")]
        if ua.startswith("Postman"):
            h += [("Cache-Control", "no-cache"), ("Postman-Token", _uuid(rng)),
                  ("Accept-Encoding", "gzip, deflate, br"), ("Connection", "keep-alive")]
    return {k: v for k, v in h if v is not None}


def _dump(client: str, doc: Any, rng: random.Random) -> str:
    """The body each client's JSON encoder produces."""
    if client in ("python-requests", "aiohttp"):
        return json.dumps(doc)  # ensure_ascii, ", " and ": " separators
    if client == "go":  # encoding/json: compact, HTML-safe escapes
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028")):
            text = text.replace(ch, esc)
        return text
    if client in ("curl", "postman"):  # typed or pasted by a person
        return rng.choice((json.dumps(doc, ensure_ascii=False, indent=rng.choice((2, 4))),
                           json.dumps(doc, ensure_ascii=False)))
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _encode_query(client: str, params: list[tuple[str, str]]) -> str:
    """How each client puts the same parameters on the wire."""
    if client in ("python-requests", "go", "java"):
        return urllib.parse.urlencode(params)  # space '+', ',' %2C, brackets %5B%5D
    if client == "node":
        return urllib.parse.urlencode(params, safe="*")
    if client == "httpx":
        return _query("", params)[1:]  # percent-encoding, space %20
    if client == "aiohttp":
        return urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe="/:@!$'()*,")
    # curl / Postman: what the person typed, mostly raw
    return "&".join(f"{k}={urllib.parse.quote(v, safe=',:/[]+=@!$()*;')}" for k, v in params)


def _bearer(rng: random.Random, scope: str | None = None) -> str:
    r = rng.random()
    if r < 0.84:
        return rng.choice(("Bearer ", "Bearer ", "Bearer ", "bearer ")) + _jwt(rng, scope=scope)
    if r < 0.92:
        return "Bearer " + _foreign_jwt(rng)
    return "Bearer " + rng.choice((_tok(rng, 32), _hex(rng, 20), "ya29." + _chars(rng, 120, B62 + "-_")))


# ---------------------------------------------------------------------------------------------------------
# Request shapes per route
# ---------------------------------------------------------------------------------------------------------
def _form_body(fields: list[tuple[str, str]]) -> str:
    return urllib.parse.urlencode(fields)


def _multipart(rng: random.Random, style: str, parts: list[tuple[str, str, str | None, str | None]]) -> tuple[str, str]:
    """(body, Content-Type) of multipart/form-data as the named client builds it."""
    boundary = {
        "chrome": "----WebKitFormBoundary" + _chars(rng, 16),
        "firefox": "----geckoformboundary" + _hex(rng, 16),
        "curl": "------------------------" + _hex(rng, 8),
        "python": _hex(rng, 16),
        "postman": "--------------------------" + "".join(rng.choice(string.digits) for _ in range(24)),
        "node": "----formdata-undici-0" + "".join(rng.choice(string.digits) for _ in range(11)),
        "go": _hex(rng, 30),
    }[style]
    out = []
    for name, value, filename, ctype in parts:
        disp = f'Content-Disposition: form-data; name="{name}"'
        if filename is not None:
            disp += f'; filename="{filename}"'
        head = disp + (f"\r\nContent-Type: {ctype}" if ctype else "")
        out.append(f"--{boundary}\r\n{head}\r\n\r\n{value}\r\n")
    return "".join(out) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"


class Gen:
    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.rows: list[Row] = []

    def add(self, sub: str, placement: str, method: str, uri: str, headers: dict[str, str], body: str = "") -> None:
        self.rows.append((sub, placement, method, uri, headers, body))

    # ---- admin panel: page loads and searches --------------------------------------------------------
    def admin_pages(self, n: int) -> None:
        rng = self.rng
        for _ in range(n):
            br = rng.choice(BROWSERS)
            own = [f"__Host-jeeves_admin={_tok(rng, 32)}"]
            kind = rng.randrange(12)
            placement = "query"
            if kind < 3:
                q = rng.choice(USER_SEARCHES)
                params = [("q", q)] + ([("page", str(rng.randrange(2, 40)))] if rng.random() < 0.3 else [])
                uri = "/admin/users?" + urllib.parse.urlencode(params)
                site, ref = _referer(rng, "/admin/users")
            elif kind == 3:  # the pager's links: q urlencoded by Jinja (%20 for spaces), then &page=
                q = rng.choice(USER_SEARCHES)
                uri = f"/admin/users?q={urllib.parse.quote(q, safe='')}&page={rng.randrange(2, 12)}"
                site, ref = _referer(rng, "/admin/users?q=" + urllib.parse.quote(q, safe=""))
            elif kind == 4:  # typed or pasted into the address bar: the browser escapes only what it must
                q = rng.choice(USER_SEARCHES + AUDIT_SEARCHES)
                path = rng.choice(("/admin/users", "/admin/audit"))
                uri = f"{path}?q={urllib.parse.quote(q, safe=',:/@!$()*;+=&' + chr(39))}"
                site, ref = "none", None
            elif kind < 7:
                q = rng.choice(AUDIT_SEARCHES)
                params = [("q", q)] + ([("page", str(rng.randrange(2, 200)))] if rng.random() < 0.4 else [])
                uri = "/admin/audit?" + urllib.parse.urlencode(params)
                site, ref = _referer(rng, "/admin/audit")
            elif kind == 7:  # redirects after a form
                uri = rng.choice((
                    "/admin/users?" + urllib.parse.urlencode({"done": "user_updated", "q": rng.choice(USER_SEARCHES),
                                                               "page": str(rng.randrange(1, 9))}),
                    "/admin/features?done=" + rng.choice(("switch_updated", "switch_removed")),
                    "/admin/clients?done=" + rng.choice(("client_disabled", "client_enabled")),
                    "/admin/account?done=" + rng.choice(("totp_enabled", "totp_disabled")),
                    "/admin/slack-sign-in?done=" + rng.choice(("mapped", "unmapped")),
                ))
                site, ref = "same-origin", None
            elif kind == 8:  # the login form, from a redirect that kept where the admin was going
                nxt = rng.choice(("/admin/users?q=" + urllib.parse.quote(rng.choice(USER_SEARCHES), safe=""),
                                  "/admin/audit?q=" + urllib.parse.quote(rng.choice(AUDIT_SEARCHES), safe="") +
                                  "&page=2", "/admin/features", "/admin/clients", "/admin/"))
                uri = rng.choice(("/admin/login?next=" + urllib.parse.quote(nxt, safe="/"), "/admin/login?bye=1",
                                  "/admin/login"))
                own = [f"__Host-jeeves_admin_login={_tok(rng, 32)}"] if rng.random() < 0.5 else []
                site, ref = rng.choice((("none", None), ("same-origin", None), ("cross-site", rng.choice(
                    LINK_PREVIEW_SITES))))
            else:  # plain page loads: what varies is the cookie jar
                uri = rng.choice(("/admin/", "/admin/users", "/admin/features", "/admin/clients", "/admin/gateway",
                                  "/admin/audit", "/admin/account", "/admin/slack-sign-in"))
                placement = "cookie"
                site, ref = _referer(rng, rng.choice(("/admin/", "/admin/users", "/admin/gateway")))
            headers = _page_headers(rng, br, site=site, referer=ref, cookie=_cookie(rng, own),
                                    user=site != "same-origin" or rng.random() < 0.8)
            self.add("browser-admin", placement, "GET", uri, headers)

    def admin_static(self, n: int) -> None:
        rng = self.rng
        for _ in range(n):
            br = rng.choice(BROWSERS)
            h: dict[str, str] = {}
            if br.family == "chromium":
                h.update(dict(br.hints))
            h.update({"User-Agent": br.ua, "Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Site": "same-origin",
                      "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "style",
                      "Accept-Encoding": "gzip, deflate, br, zstd", "Accept-Language": rng.choice(ACCEPT_LANGS)})
            if rng.random() < 0.5:
                h["If-None-Match"] = f'"{rng.randrange(10 ** 9, 2 * 10 ** 9)}.{rng.randrange(1000, 9999)}-' \
                    f'{rng.randrange(10 ** 9)}"'
                h["If-Modified-Since"] = rng.choice(("Mon, 05 Jan 2026 09:12:44 GMT", "Tue, 30 Dec 2025 17:03:10 GMT"))
            cookie = _cookie(rng, [f"__Host-jeeves_admin={_tok(rng, 32)}"])
            if cookie:
                h["Cookie"] = cookie
            self.add("browser-admin", "header", "GET", "/admin/static/admin.css" + rng.choice(("", "", "?v=3")), h)

    # ---- admin panel: every form --------------------------------------------------------------------
    def admin_forms(self, n: int) -> None:
        rng = self.rng
        for _ in range(n):
            br = rng.choice(BROWSERS)
            csrf = _csrf(rng)
            session = [f"__Host-jeeves_admin={_tok(rng, 32)}"]
            kind = rng.randrange(20)
            if kind < 3:
                nxt = rng.choice(("/admin/", "/admin/", "/admin/users?q=" + urllib.parse.quote(
                    rng.choice(USER_SEARCHES), safe=""), "/admin/audit?q=login.slack&page=2", "/admin/features"))
                code = "" if rng.random() < 0.5 else f"{rng.randrange(10 ** 6):06d}"
                if code and rng.random() < 0.25:
                    code = code[:3] + " " + code[3:]
                fields = [("csrf_token", csrf), ("next", nxt), ("username", rng.choice(ADMIN_USERNAMES)),
                          ("password", _password(rng)), ("totp", code)]
                uri, session = "/admin/login", [f"__Host-jeeves_admin_login={csrf}"]
            elif kind == 3:
                fields, uri = [("csrf_token", csrf)], "/admin/logout"
            elif kind < 8:
                flag = rng.choice(("active", "admin"))
                fields = [("csrf_token", csrf), ("q", rng.choice(USER_SEARCHES + [""] * 8)),
                          ("page", str(rng.choice((1, 1, 1, 2, 3, 14)))), ("value", rng.choice("01"))]
                uri = f"/admin/users/{rng.randrange(1, 48000)}/{flag}"
            elif kind < 11:
                if rng.random() < 0.5:
                    fields = [("csrf_token", csrf), ("action", rng.choice(SLACK_ACTIONS)),
                              ("enabled", rng.choice("01"))]
                else:
                    team = rng.choice((_team(rng), _team(rng).lower(), " " + _team(rng) + " "))
                    fields = [("csrf_token", csrf), ("action", rng.choice(SLACK_ACTIONS)), ("team_id", team),
                              ("enabled", rng.choice("01"))]
                uri = "/admin/features"
            elif kind == 11:
                fields = [("csrf_token", csrf), ("action", rng.choice(SLACK_ACTIONS)), ("team_id", _team(rng))]
                uri = "/admin/features/remove"
            elif kind < 15:
                scopes = rng.choice((["read"], ["read"], ["read", "write"], ["write"]))
                client_id = rng.choice(CLIENT_IDS) + rng.choice(("", "", "-v2", ".eu"))
                fields = [("csrf_token", csrf), ("client_id", client_id),
                          ("description", rng.choice(CLIENT_DESCRIPTIONS))] + [("scopes", s) for s in scopes]
                uri = "/admin/clients"
            elif kind == 15:
                cid = rng.choice(CLIENT_IDS)
                action = rng.choice(("rotate", "disable", "enable"))
                fields, uri = [("csrf_token", csrf)], f"/admin/clients/{urllib.parse.quote(cid, safe='')}/{action}"
            elif kind == 16:
                step = rng.randrange(3)
                if step == 0:
                    fields, uri = [("csrf_token", csrf)], "/admin/account/totp/start"
                elif step == 1:
                    fields = [("csrf_token", csrf), ("totp_pending", _chars(rng, 32, B32)),
                              ("totp", f"{rng.randrange(10 ** 6):06d}")]
                    uri = "/admin/account/totp/confirm"
                else:
                    fields, uri = [("csrf_token", csrf), ("password", _password(rng))], "/admin/account/totp/disable"
            elif kind < 19:
                fields = [("csrf_token", csrf), ("username", rng.choice(ADMIN_USERNAMES).strip().lower()),
                          ("team_id", _team(rng)), ("user_id", _slack_user(rng))]
                uri = "/admin/slack-sign-in"
            else:
                fields = [("csrf_token", csrf), ("username", rng.choice(ADMIN_USERNAMES).strip().lower())]
                uri = "/admin/slack-sign-in/remove"
            origin = rng.choice(("null", "null", "null", PUBLIC))
            site, ref = ("same-origin", PUBLIC + "/admin/") if rng.random() < 0.15 else ("same-origin", None)
            headers = _page_headers(rng, br, site=site, referer=ref, cookie=_cookie(rng, session), method="POST",
                                    content_type=FORM, origin=origin)
            self.add("browser-admin-form", "form", "POST", uri, headers, _form_body(fields))

    # ---- /me/: the Slack user's own page -----------------------------------------------------------------
    def me_pages(self, n: int) -> None:
        rng = self.rng
        for _ in range(n):
            br = rng.choice(BROWSERS)
            csrf = _csrf(rng)
            session = [f"__Host-jeeves_me={_tok(rng, 32)}"]
            kind = rng.randrange(16)
            method, body, ctype, origin = "POST", "", FORM, rng.choice(("null", "null", PUBLIC))
            placement = "form"
            if kind < 3:
                method, ctype, origin, placement = "GET", "", "", "cookie"
                uri = rng.choice(("/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                                  "/me/?done=location_forgotten"))
            elif kind == 3:
                method, ctype, origin, placement = "GET", "", "", "cookie"
                uri = "/me/data.json"
            elif kind < 8:
                place = rng.choice(PLACES)
                if rng.random() < 0.2:
                    place = place + rng.choice((", France", ", Deutschland", " (home)", " – office", ", UK"))
                body, uri = _form_body([("csrf_token", csrf), ("place", place)]), "/me/location"
            elif kind == 8:
                body, uri = _form_body([("csrf_token", csrf)]), "/me/location/forget"
            elif kind < 13:
                fields = [("csrf_token", csrf), ("units", rng.choice(("metric", "imperial")))]
                if rng.random() < 0.6:
                    fields.append(("alerts", "on"))
                fields += [("alert_time", f"{rng.randrange(24):02d}:{rng.choice((0, 15, 30, 45, 5)):02d}"),
                           ("timezone", rng.choice(TIMEZONES))]
                body, uri = _form_body(fields), "/me/settings"
            elif kind == 13:
                body, uri = _form_body([("csrf_token", csrf), ("confirm", "forget")]), "/me/forget"
            else:
                body, uri = _form_body([("csrf_token", csrf)]), "/me/logout"
            site, ref = _referer(rng, "/me/") if method == "GET" else ("same-origin", None)
            headers = _page_headers(rng, br, site=site, referer=ref, cookie=_cookie(rng, session), method=method,
                                    content_type=ctype or None, origin=origin or None)
            self.add("browser-me", placement, method, uri, headers, body)

    def me_multipart(self, n: int) -> None:
        """Forms submitted by script with FormData (a browser extension, a userscript, a test harness)."""
        rng = self.rng
        for _ in range(n):
            br = rng.choice(BROWSERS)
            csrf = _csrf(rng)
            if rng.random() < 0.5:
                parts: list[tuple[str, str, str | None, str | None]] = [
                    ("csrf_token", csrf, None, None), ("place", rng.choice(PLACES), None, None)]
                uri = "/me/location"
            else:
                parts = [("csrf_token", csrf, None, None), ("units", rng.choice(("metric", "imperial")), None, None),
                         ("alerts", "on", None, None), ("alert_time", "07:30", None, None),
                         ("timezone", rng.choice(TIMEZONES), None, None)]
                uri = "/me/settings"
            body, ctype = _multipart(rng, "chrome" if br.family != "firefox" else "firefox", parts)
            h: dict[str, str] = {}
            if br.family == "chromium":
                h.update(dict(br.hints))
            h.update({"User-Agent": br.ua, "Content-Type": ctype, "Accept": "*/*", "Origin": PUBLIC,
                      "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty",
                      "Accept-Encoding": "gzip, deflate, br, zstd", "Accept-Language": rng.choice(ACCEPT_LANGS)})
            cookie = _cookie(rng, [f"__Host-jeeves_me={_tok(rng, 32)}"])
            if cookie:
                h["Cookie"] = cookie
            self.add("browser-me", "multipart", "POST", uri, h, body)

    # ---- /auth/slack/: sign-in page, Sign in with Slack, one-time links -----------------------------------
    def sign_in(self, n: int) -> None:
        rng = self.rng
        for _ in range(n):
            br = rng.choice(BROWSERS)
            kind = rng.randrange(10)
            method, body, ctype, origin, own = "GET", "", None, None, []
            if kind < 2:
                uri = rng.choice(("/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"))
                placement = "query" if "?" in uri else "cookie"
                site, ref = _referer(rng, "/me/")
            elif kind < 4:
                uri = rng.choice(("/auth/slack/login", "/auth/slack/login?for=admin", "/auth/slack/login?for=me"))
                placement = "query"
                site, ref = ("same-origin", None) if rng.random() < 0.7 else ("none", None)
            elif kind < 7:  # back from Slack's authorize page
                state = _tok(rng, 32)
                own = [f"__Host-jeeves_oidc_state={state}"]
                if rng.random() < 0.85:
                    code = f"{rng.randrange(10 ** 9, 10 ** 10)}.{rng.randrange(10 ** 12, 10 ** 13)}." + _hex(rng, 32)
                    uri = "/auth/slack/callback?" + urllib.parse.urlencode([("code", code), ("state", state)])
                else:
                    uri = "/auth/slack/callback?" + urllib.parse.urlencode([("error", "access_denied"),
                                                                            ("state", state)])
                placement = "query"
                site, ref = "cross-site", rng.choice(("https://slack.com/", "https://app.slack.com/", None))
            elif kind < 9:  # the bot's link, opened from Slack (desktop app: no referrer)
                uri = f"/auth/slack/link/{_tok(rng, 32)}"
                placement = "path"
                site, ref = rng.choice((("none", None), ("cross-site", "https://app.slack.com/")))
            else:  # the link page's button
                csrf = _csrf(rng)
                own = [f"__Host-jeeves_signin={csrf}"]
                method, ctype, origin = "POST", FORM, rng.choice(("null", PUBLIC))
                uri, body = f"/auth/slack/link/{_tok(rng, 32)}", _form_body([("csrf_token", csrf)])
                placement = "form"
                site, ref = "same-origin", None
            headers = _page_headers(rng, br, site=site, referer=ref, cookie=_cookie(rng, own), method=method,
                                    content_type=ctype, origin=origin)
            self.add("browser-signin", placement, method, uri, headers, body)

    def unfurlers(self, n: int) -> None:
        """Link previews fetch the bot's one-time links (GET only shows a button, so they cannot use them up)."""
        rng = self.rng
        agents = [
            ("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "*/*"),
            ("Slackbot 1.0 (+https://api.slack.com/robots)", "*/*"),
            ("Mozilla/5.0 (compatible; Microsoft Teams Link Preview)", "text/html"),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
             "Safari/537.36 Microsoft Outlook SafeLinks", "text/html,application/xhtml+xml"),
            ("WhatsApp/2.24.25.78 A", "*/*"),
            ("TelegramBot (like TwitterBot)", "*/*"),
        ]
        for _ in range(n):
            ua, accept = rng.choice(agents)
            h = {"User-Agent": ua, "Accept": accept, "Accept-Encoding": "gzip,deflate"}
            if rng.random() < 0.4:
                h["Range"] = "bytes=0-32768"
            self.add("link-unfurler", "path", rng.choice(("GET", "GET", "HEAD")),
                     f"/auth/slack/link/{_tok(rng, 32)}", h)

    # ---- /api/: the data API -----------------------------------------------------------------------------
    def _users_params(self) -> list[tuple[str, str]]:
        rng = self.rng
        params: list[tuple[str, str]] = []
        if rng.random() < 0.8:
            params.append(("limit", str(rng.choice((10, 25, 50, 100, 200, 500)))))
        if rng.random() < 0.6:
            params.append(("offset", str(rng.choice((0, 50, 100, 500, 1250, 10000)))))
        if rng.random() < 0.4:
            params.append(("team_id", _team(rng)))
        if rng.random() < 0.3:
            params.append(("alerts", rng.choice(("true", "false", "1", "0", "on", "off", "True"))))
        if rng.random() < 0.3:
            params.append(("active", rng.choice(("true", "false", "1", "0"))))
        extras = [
            ("sort", rng.choice(("-created_at,name", "name", "updated_at:desc", "id,-updated_at", "+email"))),
            ("fields", rng.choice(("id,name,email", "id,name,email,settings", "id,slack_user_id,is_active"))),
            ("filter[name]", rng.choice(NAMES)),
            ("filter[email]", rng.choice(("@example.com", rng.choice(EMAILS)))),
            ("filter[created_at][gte]", _iso(_ts(rng), rng.randrange(10))),
            ("filter[settings.units]", "imperial"),
            ("include", "settings"), ("q", rng.choice(USER_SEARCHES)), ("page[size]", "100"),
            ("page[number]", str(rng.randrange(1, 30))), ("order_by", "updated_at desc"),
            ("updated_after", _iso(_ts(rng), rng.randrange(10))), ("expand[]", "settings"),
            ("ids", ",".join(str(rng.randrange(1, 5000)) for _ in range(rng.randrange(2, 8)))),
            ("tz", rng.choice(TIMEZONES)), ("_", str(_ts(rng) * 1000 + rng.randrange(1000))),
            ("team_id[]", _team(rng)), ("format", "json"), ("pretty", "true"),
        ]
        if rng.random() < 0.5:
            params += rng.sample(extras, rng.randrange(1, 4))
        return params

    def _patch_doc(self) -> dict[str, Any]:
        rng = self.rng
        settings = {k: v for k, v in (("units", rng.choice(("metric", "imperial"))),
                                      ("alert_time", f"{rng.randrange(24):02d}:{rng.choice((0, 15, 30, 45)):02d}"),
                                      ("alerts", rng.choice((True, False))), ("timezone", rng.choice(TIMEZONES)))
                    if rng.random() < 0.6}
        kind = rng.randrange(8)
        if kind == 0:
            return {"name": rng.choice(NAMES)}
        if kind == 1:
            return {"email": rng.choice(EMAILS)}
        if kind == 2:
            return {rng.choice(("is_active", "is_admin")): rng.choice((True, False))}
        if kind == 3:
            return {"settings": settings or {"alerts": True}}
        if kind == 4:
            return {"name": rng.choice(NAMES), "email": rng.choice(EMAILS), "settings": settings}
        if kind == 5:  # round trip: the whole object back, as a GET returned it
            uid = rng.randrange(1, 50000)
            return {"id": uid, "slack_team_id": _team(rng), "slack_user_id": _slack_user(rng),
                    "email": rng.choice(EMAILS + [None]), "name": rng.choice(NAMES + [None]), "is_admin": False,
                    "is_active": True, "settings": {"units": "metric", "alert_time": "07:30", "alerts": False,
                                                    "timezone": rng.choice(TIMEZONES)},
                    "created_at": _iso(_ts(rng), 4), "updated_at": _iso(_ts(rng), 4)}
        # an HR / directory sync that sends its whole profile
        name = rng.choice(NAMES)
        return {
            "name": name, "email": rng.choice(EMAILS),
            "profile": {
                "display_name": name.split(" ")[0], "title": rng.choice(TITLES), "bio": rng.choice(BIOS),
                "phone": rng.choice(("+33 6 12 34 56 78", "+1 (415) 555-0134", "+44 20 7946 0958", "+81 3-1234-5678",
                                     "+49 (0)30 1234567", None)),
                "location": {"city": rng.choice(PLACES), "country": rng.choice(("FR", "DE", "JP", "BR", "US", None)),
                             "address": rng.choice(("12 rue de la République, 69002 Lyon",
                                                    "1188 Bishop St, Suite 1500", "Friedrichstraße 68, 10117 Berlin",
                                                    "〒100-0005 東京都千代田区丸の内1-1", None))},
                "links": rng.sample(["https://github.com/example-user", "https://www.linkedin.com/in/example-user/",
                                     "https://blog.example.dev/posts/2025/12/hello-world?utm_source=slack&utm_medium=bio",
                                     "mailto:" + rng.choice(EMAILS)], rng.randrange(0, 3)),
                "languages": rng.sample(["en", "fr", "de", "ja", "pt-BR", "es", "ko", "ar"], rng.randrange(1, 4)),
                "start_date": f"20{rng.randrange(15, 26)}-{rng.randrange(1, 13):02d}-01",
                "manager_id": rng.choice((None, rng.randrange(1, 9000))),
                "fte": rng.choice((1.0, 0.8, 0.5)), "headcount_code": rng.randrange(1000, 9999),
                "skills": rng.sample(["Python", "C++", "C#", "Node.js", "SQL", "Go", "Kubernetes", "UX research",
                                      "Excel & Power BI", "Public speaking", "日本語", "Rust"], rng.randrange(0, 4)),
            },
            "external_ids": {"workday": f"WD-{rng.randrange(10 ** 6):06d}", "okta": "00u" + _chars(rng, 17)},
            "updated_by": f"hr-sync/2.{rng.randrange(9)}.{rng.randrange(9)}", "dry_run": rng.choice((False, None)),
        }

    def _switch_doc(self) -> dict[str, Any]:
        rng = self.rng
        doc: dict[str, Any] = {"enabled": rng.choice((True, False))}
        r = rng.random()
        if r < 0.5:
            doc["team_id"] = _team(rng)
        elif r < 0.7:
            doc["team_id"] = "*"
        if rng.random() < 0.3:
            doc["reason"] = rng.choice((
                "Weather provider outage (Open-Meteo answering 502s); re-enable once INC-2041 is closed.",
                "Requested by the team lead: they're piloting alerts with 10 people first.",
                "Rollback: the new 'remember location' parser mishandles names like \"St. John's\".",
                "Désactivé à la demande du client (ticket SUP-5521) ; à réactiver après la migration.",
                "Temporarily off during the EU maintenance window (02:00–04:00 CET).",
            ))
        if rng.random() < 0.15:
            doc["requested_by"] = {"name": rng.choice(NAMES), "email": rng.choice(EMAILS), "ticket": None}
            doc["expires_at"] = rng.choice((None, _iso(_ts(rng), 0)))
        return doc

    def api(self, client: str, n: int) -> None:
        rng = self.rng
        for _ in range(n):
            kind = rng.randrange(20)
            method, body, ctype, accept = "GET", "", None, rng.choice((None, "application/json"))
            auth: str | None = _bearer(rng)
            if kind < 6:
                uri, placement = "/api/users?" + _encode_query(client, self._users_params()), "query"
                if uri.endswith("?"):
                    uri = uri[:-1]
            elif kind < 8:
                uri, placement = f"/api/users/{rng.randrange(1, 60000)}", "path"
            elif kind < 12:
                method, placement = "PATCH", "json"
                uri, body, ctype = f"/api/users/{rng.randrange(1, 60000)}", _dump(client, self._patch_doc(), rng), \
                    rng.choice(("application/json", "application/json", "application/json; charset=utf-8"))
            elif kind < 15:
                since, until = _ts(rng), 0
                until = since + rng.choice((3600, 86400, 7 * 86400))
                params = [("since", _iso(since, rng.randrange(10))), ("until", _iso(until, rng.randrange(10)))]
                if rng.random() < 0.3:
                    params = params[:1] if rng.random() < 0.5 else params[1:]
                if rng.random() < 0.2:
                    params.append(rng.choice((("group_by", "action,outcome"), ("percentiles", "50,95,99"),
                                              ("team_id", _team(rng)))))
                uri, placement = "/api/usage/stats?" + _encode_query(client, params), "query"
            elif kind < 16:
                uri, placement = "/api/switches", "header"
            elif kind < 19:
                method, placement = "PUT", "json"
                uri, body, ctype = f"/api/switches/{rng.choice(SLACK_ACTIONS)}", \
                    _dump(client, self._switch_doc(), rng), "application/json"
            else:
                uri, placement, auth = "/api/openapi.json", "header", rng.choice((None, None, auth))
                accept = rng.choice(("application/json", "application/json, application/yaml;q=0.9, */*;q=0.8", None))
            headers = _client_headers(rng, client, auth=auth, content_type=ctype, accept=accept)
            if method != "GET" and rng.random() < 0.15:
                headers["Idempotency-Key"] = _uuid(rng)
            if method == "GET" and rng.random() < 0.1:
                headers["If-None-Match"] = f'W/"{_hex(rng, 8)}"'
            self.add(client, placement, method, uri, headers, body)

    def api_multipart(self, n: int) -> None:
        """Clients that post files: a CSV user import someone tries against the API, files from curl -F."""
        rng = self.rng
        for _ in range(n):
            rows = ["name,email,team_id,phone,city"]
            for _ in range(rng.randrange(2, 9)):
                name = rng.choice(NAMES)
                cell = '"' + name.replace('"', '""') + '"' if any(c in name for c in ',"') else name
                city = rng.choice(PLACES)
                city = '"' + city + '"' if "," in city else city
                rows.append(f"{cell},{rng.choice(EMAILS)},{_team(rng)},{rng.choice(('+33 6 12 34 56 78', ''))},{city}")
            csv_text = "\r\n".join(rows) + "\r\n"
            style = rng.choice(("python", "curl", "postman", "node"))
            client = {"python": "python-requests", "curl": "curl", "postman": "postman", "node": "node"}[style]
            parts: list[tuple[str, str, str | None, str | None]] = [
                ("file", csv_text, rng.choice(("users.csv", "export (3).csv", "Équipe Lyon – janvier.csv")),
                 "text/csv"), ("dry_run", rng.choice(("true", "1")), None, None)]
            if rng.random() < 0.4:
                parts.append(("options", json.dumps({"on_conflict": "update", "notify": False}), None,
                              "application/json"))
            body, ctype = _multipart(rng, style, parts)
            headers = _client_headers(rng, client, auth=_bearer(rng, "write"), content_type=ctype)
            self.add(client, "multipart", "POST", rng.choice(("/api/users", "/api/users/import")), headers, body)

    def spa(self, n: int) -> None:
        """An internal dashboard (another origin) calling the API from the browser: preflights, then fetches."""
        rng = self.rng
        origins = ["https://grafana.example.com", "https://backstage.example.com", "http://localhost:3000",
                   "https://retool.example.com", "https://ops.example.internal:8443"]
        for _ in range(n):
            br = rng.choice(BROWSERS)
            origin = rng.choice(origins)
            base: dict[str, str] = {}
            if rng.random() < 0.4:
                method = "OPTIONS"
                uri = rng.choice(("/api/users?limit=50&offset=0", "/api/switches", "/api/usage/stats",
                                  f"/api/switches/{rng.choice(SLACK_ACTIONS)}", f"/api/users/{rng.randrange(1, 9000)}"))
                base.update({"Accept": "*/*", "Access-Control-Request-Method": rng.choice(("GET", "PUT", "PATCH")),
                             "Access-Control-Request-Headers": rng.choice((
                                 "authorization", "authorization,content-type",
                                 "authorization,content-type,x-request-id")),
                             "Origin": origin, "User-Agent": br.ua, "Sec-Fetch-Mode": "cors",
                             "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Dest": "empty", "Referer": origin + "/",
                             "Accept-Encoding": "gzip, deflate, br, zstd", "Accept-Language": rng.choice(ACCEPT_LANGS)})
                placement = "header"
            else:
                method = "GET"
                params = self._users_params()
                uri = "/api/users?" + urllib.parse.urlencode(params, safe="*") if params else "/api/users"
                if br.family == "chromium":
                    base.update(dict(br.hints))
                base.update({"Authorization": "Bearer " + _jwt(rng, scope="read"), "Accept": "application/json",
                             "User-Agent": br.ua, "Origin": origin, "Sec-Fetch-Site": "cross-site",
                             "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty",
                             "Referer": origin + rng.choice((
                                 "/", "/d/jeeves-usage/overview?orgId=1&from=now-24h&to=now",
                                 "/catalog/default/component/jeeves")),
                             "Accept-Encoding": "gzip, deflate, br, zstd", "Accept-Language": rng.choice(ACCEPT_LANGS)})
                placement = "query"
            self.add("spa-dashboard", placement, method, uri, base)

    # ---- TokenDealer: token, introspection, revocation, verify_token ---------------------------------------
    def _oauth_client_headers(self, client_ua: str, basic: str | None) -> dict[str, str]:
        rng = self.rng
        h: list[tuple[str, str | None]] = [
            ("User-Agent", client_ua), ("Accept", rng.choice(("application/json", "*/*", "application/json, */*"))),
            ("Authorization", basic),
            ("Content-Type", rng.choice((FORM, FORM, FORM + ";charset=UTF-8", FORM + "; charset=utf-8"))),
        ]
        if rng.random() < 0.2:
            h.append(("Accept-Encoding", "gzip, deflate"))
        if rng.random() < 0.1:
            h.append(("Cache-Control", "no-cache"))
        return {k: v for k, v in h if v is not None}

    def oauth(self, n: int) -> None:
        rng = self.rng
        agents = ["python-requests/2.32.3", "python-httpx/0.28.1", "Authlib/1.3.2 (+https://authlib.org/)",
                  "curl/8.5.0", "Go-http-client/1.1", "Java-http-client/17.0.12", "okhttp/4.12.0",
                  "openid-client/5.7.0 (https://github.com/panva/node-openid-client)", "axios/1.7.9",
                  "PostmanRuntime/7.43.0", "Grafana/11.4.0", "n8n", "Zapier", "Apache-HttpClient/4.5.14 (Java/11.0.25)",
                  "Spring-Security-OAuth2-Client", "Ruby", "Faraday v2.12.2", "Dart/3.5 (dart:io)"]
        for _ in range(n):
            ua = rng.choice(agents)
            cid, secret = rng.choice(CLIENT_IDS), _secret(rng)
            use_basic = rng.random() < 0.6
            if use_basic:
                if rng.random() < 0.7:  # RFC 6749 §2.3.1: form-urlencoded first
                    pair = urllib.parse.quote_plus(cid) + ":" + urllib.parse.quote_plus(secret)
                else:
                    pair = f"{cid}:{secret}"
                basic: str | None = "Basic " + base64.b64encode(pair.encode()).decode()
                creds: list[tuple[str, str]] = []
            else:
                basic, creds = None, [("client_id", cid), ("client_secret", secret)]
            kind = rng.randrange(10)
            if kind < 7:
                fields = [("grant_type", "client_credentials")]
                if rng.random() < 0.7:
                    fields.append(("scope", rng.choice(SCOPE_REQUESTS)))
                if rng.random() < 0.3:
                    fields.append(("audience", rng.choice(("jeeves", "tokendealer", "jeeves", "https://localhost:8443"))))
                fields += creds
                if rng.random() < 0.3:
                    rng.shuffle(fields)
                uri = "/oauth/token"
            elif kind < 9:
                fields = [("token", _jwt(rng, cid)), ("token_type_hint", "access_token")][: rng.choice((1, 2))] + creds
                uri = "/oauth/introspect"
            else:
                fields = [("token", _jwt(rng, cid))] + ([("token_type_hint", "access_token")]
                                                        if rng.random() < 0.5 else []) + creds
                uri = "/oauth/revoke"
            placement = "header" if use_basic and uri == "/oauth/token" and rng.random() < 0.5 else "form"
            self.add("oauth-client", placement, "POST", uri, self._oauth_client_headers(ua, basic),
                     _form_body(fields))

    def resource_servers(self, n: int) -> None:
        """Services that check a token at /verify_token (the design this follows) or by introspection."""
        rng = self.rng
        agents = ["lua-resty-http/0.17.1 (Lua) ngx_lua/10026", "python-requests/2.32.3", "Go-http-client/1.1",
                  "Kong/3.8.0", "Envoy/1.32", "python-httpx/0.28.1", "node"]
        for _ in range(n):
            token = _jwt(rng) if rng.random() < 0.9 else _foreign_jwt(rng)
            fields = [("access_token", token)]
            if rng.random() < 0.4:
                fields.append(("audience", rng.choice(("jeeves", "tokendealer"))))
            h = {"User-Agent": rng.choice(agents), "Content-Type": FORM, "Accept": "application/json"}
            for k, v in _trace_headers(rng):
                h[k] = v
            self.add("resource-server", "form", "POST", "/verify_token", h, _form_body(fields))

    def oauth_multipart(self, n: int) -> None:
        """curl -F and Postman's form-data tab: multipart where TokenDealer wants a form (refused, but sent)."""
        rng = self.rng
        for _ in range(n):
            style = rng.choice(("curl", "postman"))
            cid = rng.choice(CLIENT_IDS)
            if rng.random() < 0.6:
                parts: list[tuple[str, str, str | None, str | None]] = [
                    ("grant_type", "client_credentials", None, None), ("client_id", cid, None, None),
                    ("client_secret", _secret(rng), None, None), ("scope", rng.choice(SCOPE_REQUESTS), None, None)]
                uri = "/oauth/token"
            else:
                parts = [("access_token", _jwt(rng, cid), None, None)]
                uri = "/verify_token"
            body, ctype = _multipart(rng, style, parts)
            h = _client_headers(rng, style, auth=None, content_type=ctype)
            self.add(style, "multipart", "POST", uri, h, body)

    # ---- discovery and health ------------------------------------------------------------------------------
    def discovery(self, n: int) -> None:
        rng = self.rng
        agents = ["Python-urllib/3.12", "python-requests/2.32.3", "Go-http-client/1.1", "Java/17.0.12",
                  "jose (https://github.com/panva/jose)", "Envoy/1.32", "Kong/3.8.0", "lua-resty-http/0.17.1 (Lua) "
                  "ngx_lua/10026", "Nimbus-JOSE-JWT/9.41", "PyJWT/2.10.1", "okhttp/4.12.0", "node"]
        for _ in range(n):
            uri = rng.choice(("/.well-known/jwks.json", "/.well-known/jwks.json",
                              "/.well-known/oauth-authorization-server"))
            h: dict[str, str] = {"User-Agent": rng.choice(agents),
                                 "Accept": rng.choice(("application/json", "application/jwk-set+json, application/json",
                                                       "*/*", "application/json, text/plain, */*"))}
            if uri.endswith("jwks.json") and rng.random() < 0.5:
                etag = _hex(rng, 16) if rng.random() < 0.5 else _tok(rng, 16)
                h["If-None-Match"] = rng.choice((f'"{etag}"', f'W/"{etag}"', f'"{etag}", "{_hex(rng, 16)}"'))
            if rng.random() < 0.3:
                h["Cache-Control"] = rng.choice(("no-cache", "max-age=0"))
            if rng.random() < 0.3:
                h["Accept-Encoding"] = "gzip"
            self.add("jwks-fetcher", "header", rng.choice(("GET", "GET", "GET", "HEAD")),
                     uri + (f"?v={rng.randrange(1, 9)}" if rng.random() < 0.05 else ""), h)

    def monitors(self, n: int) -> None:
        rng = self.rng
        agents = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "UptimeRobot/2.0 (http://www.uptimerobot.com/)",
                  "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "ELB-HealthChecker/2.0",
                  "Consul Health Check", "Datadog Agent/7.59.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
                  "http://www.uptimerobot.com/)", "Better Stack Uptime Bot Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                  "GoogleStackdriverMonitoring-UptimeChecks(https://cloud.google.com/monitoring)"]
        for _ in range(n):
            h = {"User-Agent": rng.choice(agents), "Accept": rng.choice(("*/*", "application/json",
                                                                         "text/plain;version=0.0.4;q=0.5,*/*;q=0.1"))}
            if rng.random() < 0.3:
                h["Connection"] = "close"
            if rng.random() < 0.2:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            self.add("monitor", "header", rng.choice(("GET", "GET", "HEAD")), rng.choice(("/healthz", "/readyz")), h)


def _records() -> list[Record]:
    g = Gen()
    g.admin_pages(225)
    g.admin_static(15)
    g.admin_forms(225)
    g.me_pages(130)
    g.me_multipart(12)
    g.sign_in(100)
    g.unfurlers(15)
    for client, n in (("python-requests", 80), ("httpx", 60), ("aiohttp", 40), ("curl", 50), ("go", 45),
                      ("java", 45), ("node", 45), ("postman", 40)):
        g.api(client, n)
    g.api_multipart(18)
    g.spa(40)
    g.oauth(180)
    g.resource_servers(40)
    g.oauth_multipart(15)
    g.discovery(55)
    g.monitors(25)
    counters: dict[str, int] = {}
    out: list[Record] = []
    for sub, placement, method, uri, headers, body in g.rows:
        counters[sub] = counters.get(sub, 0) + 1
        out.append({"method": method, "uri": uri, "body": body, "headers": headers,
                    "id": f"route2-benign-{sub}-{counters[sub]:04d}", "category": "benign",
                    "placement": placement, "sub": sub})
    return out


attacks = no_attacks


def benign() -> Iterator[Record]:
    yield from _records()
