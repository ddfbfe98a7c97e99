"""Realistic benign traffic of the data API's power users, integrators and admins: the values that look most
like code while being everyday input for people who live in query languages. Search and filter languages
(Lucene / Elasticsearch query strings, GitHub-style qualifiers, SCIM filters, OData, JSON:API, GraphQL, jq and
JSONPath, RSQL/FIQL, plain-key filter documents, regexes saved as filters, cron expressions, time ranges and
ISO 8601 durations); admin values (user-agent strings, CIDRs and allow-lists, redirect and webhook URLs with
their signatures, JSON Schema, YAML and TOML pasted into fields, semver ranges, Markdown release notes, e-mail
templates with placeholders, CSV rows); tokens and identifiers (JWTs, base64url blobs, digests, UUIDs, ULIDs,
signed URLs, OAuth state / code / PKCE values, pagination cursors, idempotency keys); and a data team talking
about its queries and dashboards in Slack (messages, slash commands, button clicks).

Written for this repository by a sixth, independent benign author, from the routes' real shapes only
(the route list of gateway/gateway.yaml, app/, tokendealer/, README.md) and from how these languages, clients,
browsers and Slack format what they send. No WAF rule, ruleset file or regression test, exclusion list, shared
corpus or other author's payload or text list was read to write it; the values were fixed before the set was
first measured and were not changed after. Deterministic: one seeded random.Random per call of benign().

Records: id `apipower-benign-<kind>-NNNN` (a kind's text posted in Slack: `apipower-benign-<kind>-slack-NNNN`),
category "benign", `sub` the kind, placement one of query, form, json, header, path, multipart, cookie. Slack
records carry placeholder signatures; test_waf_corpus's Replayer signs them again at send time, as Slack would.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import random
import urllib.parse
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .family_gen import _form, _get, _json, _query
from .family_gen_blind_php import slack_message
from .records import b64url as b64u
from .records import b64url_json as b64u_json
from .records import no_attacks, slack_escape

ORIGIN = "https://localhost:8443"
EPOCH = 1719000000  # 2024-06-21T20:00:00Z
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFICATION_TOKEN = "pQ7vX2mK9aLr4TcW8sYd1NbE"
APP_ID = "A06QJ3K8XYZ"
BOT_USER = "U06QJ4L9ZAB"
COMPANY = "fernbank"
DOMAIN = "fernbank.io"

TEAMS = [("T04NX2QW7", "fernbank-data"), ("T01HQ8ZK3R", "fernbank"), ("T07BC5MX2P", "fernbank-ops")]
CHANNELS = [("C05DATAENG1", "data-eng"), ("C04ANALYTIC", "analytics"), ("C06DASHBRD2", "dashboards"),
            ("C03ONCALL77", "data-oncall"), ("C02PLATFRM8", "platform"), ("C07RELEASE3", "releases")]
PEOPLE = [
    ("U02AB7KQ3LM", "siobhan.obrien", "Siobhán O'Brien", "siobhan.obrien@fernbank.io"),
    ("U03CD8LR4MN", "marco.dangelo", "Marco D'Angelo", "marco.dangelo@fernbank.io"),
    ("U01EF9MS5NP", "priya.raman", "Priya Raman", "priya@fernbank.io"),
    ("U04GH0NT6PQ", "jmueller", "Jürgen Müller", "j.mueller@fernbank.de"),
    ("U05IJ1PV7QR", "ngozi.a", "Ngozi Adeyemi", "ngozi.adeyemi@fernbank.io"),
    ("U06KL2QW8RS", "tkowalczyk", "Tomasz Kowalczyk", "tomasz.k@fernbank.io"),
    ("U07MN3RX9ST", "haruto", "佐藤 陽翔", "h.sato@fernbank.jp"),
    ("U08OP4SY0TU", "lucia.fernandez", "Lucía Fernández", "lucia.fernandez@fernbank.es"),
    ("U09QR5TZ1UV", "sam.okoro", "Sam Okoro", "sam.okoro+alerts@fernbank.io"),
    ("U0ARS6UA2VW", "elin.lindqvist", "Elin Lindqvist", "elin@fernbank.se"),
    ("U0BTU7VB3WX", "dev.bhatt", "Dev Bhatt", "dev.bhatt@contractor.fernbank.io"),
    ("U0CVW8WC4XY", "anna-lena", "Anna-Lena Schröder", "anna-lena.schroeder@fernbank.de"),
]
CLIENT_IDS = ["grafana-datasource", "retool.prod", "airflow:etl-nightly", "dbt-cloud", "looker-sync",
              "metabase-prod", "n8n.workflows", "zapier-bridge", "terraform-ci", "k6-loadtest",
              "backstage:catalog", "hex-notebooks", "superset.analytics", "jupyterhub-shared", "census-reverse-etl",
              "cli-priya", "powerbi-gateway", "okta-scim"]
ACTIONS = ["alerts", "config", "forget_location", "forget_me", "help", "login", "my_location",
           "remember_location", "weather"]
TIMEZONES = ["Europe/Dublin", "Europe/Berlin", "America/Argentina/Buenos_Aires", "Asia/Tokyo", "America/New_York",
             "Africa/Lagos", "Europe/Stockholm", "America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe",
             "America/St_Johns", "Pacific/Chatham", "UTC", "Europe/Madrid", "America/Sao_Paulo"]
PLACES = ["Dublin", "São Paulo", "L'Aquila", "Xi'an", "'s-Hertogenbosch", "Washington, D.C.", "Saint-Jean-de-Luz",
          "Kraków", "Zürich", "St. John's", "Ciudad de México", "Lagos", "Reykjavík", "Llanfairpwllgwyngyll",
          "Bad Homburg v. d. Höhe", "New York", "Osaka", "Göteborg", "Aix-en-Provence", "Cork"]

API_UAS = [
    "python-httpx/0.27.0", "python-requests/2.32.3", "curl/8.5.0", "curl/7.88.1", "Go-http-client/2.0",
    "Go-http-client/1.1", "okhttp/4.12.0", "PostmanRuntime/7.39.0", "insomnia/9.2.0", "HTTPie/3.2.2",
    "axios/1.7.2", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "undici", "Grafana/10.4.2",
    "Apache-HttpClient/4.5.14 (Java/17.0.11)", "Java-http-client/21.0.3", "k6/0.51.0 (https://k6.io/)",
    "Terraform/1.8.5 (+https://www.terraform.io) terraform-provider-http/3.4.3", "Python/3.12 aiohttp/3.9.5",
    "Faraday v2.9.0", "RestSharp/110.2.0.0", "Dart/3.4 (dart:io)", "Retool/2.0 (+https://docs.tryretool.com/docs/apis)",
    "n8n", "Zapier", "Airflow/2.9.2 python-requests/2.31.0", "dbt/1.8.3 python-requests/2.32.3", "Metabase/0.50.6",
    "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.2",
    "Paw/3.4.0 (Macintosh; OS X/14.5.0) GCDHTTPRequest", "Deno/1.44.4", "Bun/1.1.17",
    "got (https://github.com/sindresorhus/got)", "Wget/1.21.4",
    "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
    "aws-sdk-go-v2/1.30.0 os/linux lang/go#1.22.4 md/GOOS#linux md/GOARCH#amd64", "Bruno/v1.18.0",
]
BROWSER_UAS = [
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 "
    "Edg/126.0.0.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
]
ULID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


# ---- small value makers -----------------------------------------------------------------------------------------

def make_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_ulid(rng: random.Random, ms: int | None = None) -> str:
    value = ((ms if ms is not None else EPOCH * 1000 + rng.randrange(86_400_000)) << 80) | rng.getrandbits(80)
    return "".join(ULID_ALPHABET[(value >> (5 * i)) & 31] for i in range(25, -1, -1))


def hexd(rng: random.Random, nbytes: int = 32) -> str:
    return rng.randbytes(nbytes).hex()


def token(rng: random.Random, nbytes: int = 32) -> str:
    """What secrets.token_urlsafe(nbytes) looks like."""
    return b64u(rng.randbytes(nbytes))


def iso(rng: random.Random, days_back: int = 30, zulu: bool = True) -> str:
    """A minute within days_back days before EPOCH (formatting only, never the clock)."""
    t = EPOCH - rng.randrange(days_back * 86400)
    text = dt.datetime.fromtimestamp(t - t % 60, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    if zulu:
        return text + "Z"
    return text + rng.choice(["+02:00", "+01:00", "-05:00", "+05:30", "+00:00", "-03:00"])


def day(rng: random.Random, days_back: int = 60) -> str:
    return dt.date.fromordinal(dt.date(2024, 6, 21).toordinal() - rng.randrange(days_back)).isoformat()


def make_jwt(rng: random.Random, claims: dict[str, Any], alg: str = "ES256", typ: str = "at+jwt",
             kid: str | None = None) -> str:
    header: dict[str, Any] = {"alg": alg, "typ": typ}
    if kid:
        header["kid"] = kid
    sig = rng.randbytes(64 if alg == "ES256" else 256)
    return f"{b64u_json(header)}.{b64u_json(claims)}.{b64u(sig)}"


def encode(params: list[tuple[str, str]], style: str) -> str:
    """A query string as different clients write it."""
    if style == "pct":      # httpx / fetch with URLSearchParams-free building: everything escaped
        return urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe="")
    if style == "plus":     # browsers' GET forms, requests, Go's url.Values
        return urllib.parse.urlencode(params)
    if style == "odata":    # OData / Postman style: $ , ' / : ( ) left as typed, spaces as %20
        return "&".join(urllib.parse.quote(k, safe="$") + "=" + urllib.parse.quote(v, safe="$,'/:()*!@")
                        for k, v in params)
    # "axios": axios's encoder keeps : $ , [ ] and writes spaces as +
    out = []
    for k, v in params:
        ek = urllib.parse.quote(k, safe=":$,[]")
        ev = urllib.parse.quote(v, safe=":$,[] ").replace(" ", "+")
        out.append(f"{ek}={ev}")
    return "&".join(out)


# ---- the set ----------------------------------------------------------------------------------------------------
class Builder:
    """Collects records; one counter numbers them all, so every id is unique."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n = 0
        self.out: list[dict[str, Any]] = []
        r = self.rng
        self.kids = ["-" + token(r, 31)[:42], token(r, 32), token(r, 32)]
        self.tokens = [self._access_token(cid) for cid in CLIENT_IDS for _ in range(2)]
        self.admin_sessions = [token(r) for _ in range(6)]
        self.csrf = {s: token(r) for s in self.admin_sessions}
        self.me_sessions = [(token(r), token(r)) for _ in range(6)]   # (cookie, csrf)
        self.secrets = {cid: token(r) for cid in CLIENT_IDS}

    # -- identities
    def _access_token(self, client_id: str) -> str:
        r = self.rng
        iat = EPOCH - r.randrange(800)
        scope = r.choice(["read", "read write", "read write", "write read"])
        claims = {"iss": ORIGIN, "sub": client_id, "aud": "jeeves", "iat": iat, "nbf": iat, "exp": iat + 900,
                  "jti": token(r, 16), "scope": scope, "client_id": client_id}
        return make_jwt(r, claims, r.choice(["ES256", "ES256", "RS256"]), kid=r.choice(self.kids))

    def person(self) -> tuple[str, str, str, str]:
        return self.rng.choice(PEOPLE)

    # -- record plumbing
    def add(self, kind: str, record: dict[str, Any], placement: str, slack: bool = False) -> None:
        self.n += 1
        tag = f"{kind}-slack" if slack and not kind.startswith("slack") else kind
        self.out.append({**record, "id": f"apipower-benign-{tag}-{self.n:04d}", "category": "benign",
                         "placement": placement, "sub": kind})

    def api_headers(self, accept: str = "application/json") -> dict[str, str]:
        r = self.rng
        headers = {"User-Agent": r.choice(API_UAS), "Accept": accept,
                   "Authorization": "Bearer " + r.choice(self.tokens)}
        if r.random() < 0.35:
            headers["Accept-Encoding"] = r.choice(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if r.random() < 0.25:
            headers["traceparent"] = f"00-{hexd(r, 16)}-{hexd(r, 8)}-0{r.choice('01')}"
        if r.random() < 0.15:
            headers["X-Request-Id"] = r.choice([make_uuid(r), make_ulid(r), f"req_{token(r, 12)}"])
        return headers

    def browser_headers(self, session: str | None = None, post: bool = False) -> dict[str, str]:
        r = self.rng
        headers = {"User-Agent": r.choice(BROWSER_UAS),
                   "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
                   "Accept-Language": r.choice(["en-GB,en;q=0.9", "en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8",
                                                "es-ES,es;q=0.9,en;q=0.7", "ja,en-US;q=0.9,en;q=0.8"]),
                   "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
                   "Sec-Fetch-Site": "same-origin", "Upgrade-Insecure-Requests": "1"}
        if session:
            headers["Cookie"] = f"__Host-jeeves_admin={session}"
        if post:
            headers["Origin"] = "null"   # the edge sends Referrer-Policy: no-referrer
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        return headers

    # -- carriers
    def api_get(self, kind: str, path: str, params: list[tuple[str, str]], style: str | None = None,
                placement: str = "query") -> None:
        style = style or self.rng.choice(["pct", "plus", "axios", "pct"])
        if style == "pct" and params:
            uri = _query(path, params)
        else:
            uri = path + ("?" + encode(params, style) if params else "")
        self.add(kind, {"method": "GET", "uri": uri, "body": "", "headers": self.api_headers()}, placement)

    def api_body(self, kind: str, method: str, path: str, doc: Any, content_type: str = "application/json",
                 extra: dict[str, str] | None = None) -> None:
        rec = _json(path, doc)
        rec["method"] = method
        if self.rng.random() < 0.5:
            rec["body"] = json.dumps(doc, ensure_ascii=False, indent=self.rng.choice([2, 4]))
        rec["headers"] = {**self.api_headers(), "Content-Type": content_type, **(extra or {})}
        self.add(kind, rec, "json")

    def admin_get(self, kind: str, path: str, params: list[tuple[str, str]]) -> None:
        session = self.rng.choice(self.admin_sessions)
        rec = _get(path + ("?" + encode(params, "plus") if params else ""))
        rec["headers"] = self.browser_headers(session)
        self.add(kind, rec, "query")

    def admin_post(self, kind: str, path: str, fields: list[tuple[str, str]], placement: str = "form") -> None:
        session = self.rng.choice(self.admin_sessions)
        rec = _form(path, [("csrf_token", self.csrf[session]), *fields])
        rec["headers"] = self.browser_headers(session, post=True)
        self.add(kind, rec, placement)

    def multipart(self, kind: str, path: str, fields: list[tuple[str, str]],
                  files: Sequence[tuple[str, str, str, str]] = (), cookie: str | None = None,
                  bearer: bool = False) -> None:
        """A multipart/form-data post as curl -F or a browser writes it (files: field, filename, type, text)."""
        r = self.rng
        if r.random() < 0.5:
            boundary = "------------------------" + hexd(r, 8)
            ua = r.choice(["curl/8.5.0", "curl/7.88.1", "python-requests/2.32.3", "HTTPie/3.2.2"])
        else:
            boundary = "----WebKitFormBoundary" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrst"
                                                                   "uvwxyz0123456789") for _ in range(16))
            ua = r.choice(BROWSER_UAS)
        parts = []
        for name, value in fields:
            parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
        for name, filename, ctype, text in files:
            parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\n"
                         f"Content-Type: {ctype}\r\n\r\n{text}\r\n")
        body = "".join(parts) + f"--{boundary}--\r\n"
        headers = {"User-Agent": ua, "Accept": "*/*", "Content-Type": f"multipart/form-data; boundary={boundary}"}
        if cookie:
            headers["Cookie"] = cookie
            headers["Origin"] = "null"
        if bearer:
            headers["Authorization"] = "Bearer " + r.choice(self.tokens)
        self.add(kind, {"method": "POST", "uri": path, "body": body, "headers": headers}, "multipart")

    def admin_multipart(self, kind: str, path: str, fields: list[tuple[str, str]],
                        files: Sequence[tuple[str, str, str, str]] = ()) -> None:
        session = self.rng.choice(self.admin_sessions)
        self.multipart(kind, path, [("csrf_token", self.csrf[session]), *fields], files,
                       cookie=f"__Host-jeeves_admin={session}")

    def slack(self, kind: str, text: str, escaped: bool = False) -> None:
        """`text` typed into a channel: a message event, as slack_message shapes it, from one of the team."""
        r = self.rng
        wire = text if escaped else slack_escape(text)
        rec = slack_message(wire, 600000 + self.n, EPOCH)
        body = json.loads(rec["body"])
        uid, _, _, _ = self.person()
        team, _ = r.choice(TEAMS[:2])
        channel, _ = r.choice(CHANNELS)
        ts = f"{EPOCH + r.randrange(86400)}.{r.randrange(10**6):06d}"
        event = body["event"]
        event.update({"user": uid, "channel": channel, "ts": ts, "event_ts": ts, "team": team,
                      "client_msg_id": make_uuid(r), "channel_type": "channel"})
        if r.random() < 0.5:
            event["blocks"] = [{"type": "rich_text", "block_id": token(r, 3)[:4], "elements": [
                {"type": "rich_text_section", "elements": [{"type": "text", "text": text}]}]}]
        if r.random() < 0.2:
            event["thread_ts"] = f"{EPOCH - r.randrange(3600)}.{r.randrange(10**6):06d}"
        body.update({"token": VERIFICATION_TOKEN, "team_id": team, "api_app_id": APP_ID, "event_id": "Ev0" + "".join(
            r.choice(ULID_ALPHABET) for _ in range(9)), "event_time": int(ts.split(".")[0]),
            "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": BOT_USER, "is_bot": True,
                                "is_enterprise_install": False}],
            "is_ext_shared_channel": False, "event_context": "4-" + b64u_json({"t": team, "c": channel})})
        rec["body"] = json.dumps(body, ensure_ascii=False)
        self.add(kind, rec, "json", slack=True)

    def slash(self, kind: str, text: str) -> None:
        r = self.rng
        uid, uname, _, _ = self.person()
        team, domain = r.choice(TEAMS)
        channel, cname = r.choice(CHANNELS)
        trigger = f"{r.randrange(7 * 10**12, 8 * 10**12)}.{r.randrange(10**12, 10**13)}.{hexd(r, 16)}"
        hook = f"https://hooks.slack.com/commands/{team}/{r.randrange(7 * 10**12, 8 * 10**12)}/{token(r, 18)[:24]}"
        fields = [("token", VERIFICATION_TOKEN), ("team_id", team), ("team_domain", domain),
                  ("channel_id", channel), ("channel_name", cname), ("user_id", uid), ("user_name", uname),
                  ("command", "/jeeves"), ("text", slack_escape(text)), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", hook), ("trigger_id", trigger)]
        rec = {"method": "POST", "uri": "/slack/commands", "body": urllib.parse.urlencode(fields),
               "headers": {"User-Agent": SLACK_UA, "Accept": "application/json,*/*",
                           "Content-Type": "application/x-www-form-urlencoded",
                           "X-Slack-Request-Timestamp": str(EPOCH), "X-Slack-Signature": "v0=" + "0" * 64}}
        self.add(kind, rec, "form")


# ---- value generators -------------------------------------------------------------------------------------------
SERVICES = ["jeeves", "tokendealer", "edge-gateway", "payments-api", "checkout", "export-worker", "usage-rollup"]
FIELDS_WORDS = ["quarterly report", "health check", "timeout exceeded", "connection refused", "rate limited",
                "weekly digest", "forget me", "slack_command_failed", "statement timeout", "token expired"]


def lucene(r: random.Random) -> str:
    name = r.choice(PEOPLE)[2]
    first = name.split()[0]
    user = r.choice(PEOPLE)[1]
    svc, svc2 = r.sample(SERVICES, 2)
    phrase = r.choice(FIELDS_WORDS)
    team = r.choice(TEAMS)[0]
    d1, d2 = sorted([day(r), day(r)])
    options = [
        f'status:open AND assignee:"{name}"',
        f'title:"{phrase}" AND NOT status:closed',
        f'level:(ERROR OR WARN) AND service:{svc} AND NOT message:"health check"',
        "http.response.status_code:[500 TO 599] AND url.path:\\/api\\/users*",
        f"@timestamp:[{d1} TO {d2}] AND team_id:{team}",
        f"created_at:{{{d1} TO *}} AND is_active:true",
        f"name:{first}~ OR email:{user}*",
        'tags:(urgent^2 OR "customer facing") -tags:duplicate',
        "_exists_:slack_user_id AND NOT is_admin:true",
        f"host.name:web-0? AND log.level:error AND service.name:{svc}",
        f'"{phrase}"~3 AND service:({svc} OR {svc2})',
        f'duration_ms:>{r.choice([500, 1500, 2000, 3000])} AND route:"/api/users"',
        "user.name:/joh?n(ath[oa]n)?/",
        "kubernetes.namespace:prod* AND NOT kubernetes.pod.name:canary-*",
        f"+team_id:{team} +is_active:true -email:*.test",
        f'email:"{user}@{DOMAIN}" || name:"{name}"',
        f"priority:[P1 TO P2] AND created:>now-{r.choice([7, 14, 30])}d",
        'message:"connection refused" AND (error.type:ECONNREFUSED OR error.code:111)',
        "title:(report OR dashboard)^3 AND body:quarterly",
        f'event.action:"user.forget_me" AND source.ip:"10.{r.randrange(256)}.0.0/16"',
        f"NOT (status:archived OR status:deleted) AND owner:{user}",
        f"settings.timezone:Europe\\/* AND settings.alerts:true AND team_id:{team}",
        f"action:weather AND latency_ms:[{r.choice([800, 1000, 1200])} TO *] AND outcome:(ok OR provider_down)",
        f'client_id:"{r.choice(CLIENT_IDS)}" AND status:[400 TO 499] AND NOT status:404',
        "name:Sio*n~1 AND email:*@fernbank.io",
        f'{r.choice(["title", "summary", "body"])}:"{phrase}"^2 OR tags:{r.choice(["sla", "p1", "regression"])}',
        'path:"/admin/users" AND query:*team* AND response:200',
        f"age:>=18 AND country:(IE OR DE OR ES) AND signup_date:[{d1} TO {d2}}}",
    ]
    return r.choice(options)


def ghsearch(r: random.Random) -> str:
    gh = r.choice(["priya-raman", "mdangelo", "siobhan-ob", "jmueller", "ngozi-a", "tkowalczyk"])
    d1, d2 = sorted([day(r), day(r)])
    label = r.choice(["data pipeline", "good first issue", "area/api", "needs-triage", "bug", "P1"])
    team = r.choice(TEAMS)[0]
    options = [
        f'is:open is:pr author:{gh} label:"{label}" -label:wontfix sort:updated-desc',
        f'repo:{COMPANY}/jeeves path:app/routes language:Python "require_scope"',
        f'created:>={d1} updated:<{d2} in:title,body "rate limit"',
        "is:issue is:open involves:@me review:required draft:false",
        f"org:{COMPANY} stars:>100 pushed:>{d1} archived:false",
        f"team:{team} is:admin is:active",
        f"user:{gh} -is:fork topic:data-engineering",
        'is:closed reason:"not planned" milestone:"Q3 2024" no:assignee',
        "label:bug,regression comments:>5 sort:reactions-+1-desc",
        f'"statement timeout" in:comments commenter:{gh} closed:{d1}..{d2}',
        f"is:pr is:merged base:main merged:>={d1} -author:app/dependabot",
        f"team:{team} alerts:on units:imperial tz:Europe/Berlin",
        f'is:open label:"{label}" -label:"status: blocked" assignee:@me',
        f"filename:gateway.yaml org:{COMPANY} waf",
        f"is:pr review-requested:@me -is:draft created:{d1}..*",
    ]
    return r.choice(options)


def scim(r: random.Random) -> str:
    _, handle, name, email = r.choice(PEOPLE)
    family = name.split()[-1]
    options = [
        f'userName eq "{email}"',
        f'userName eq "{handle}" and active eq true',
        f'name.familyName co "{family}"',
        f'emails[type eq "work" and value co "@{DOMAIN}"]',
        f'meta.lastModified gt "{iso(r)}"',
        'title pr and userType eq "Employee"',
        'userName eq "bjensen" and (emails co "example.com" or emails.type eq "work")',
        f'(emails co "{DOMAIN}" or emails.type eq "work") and active eq true',
        'groups.display eq "Data Engineering"',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "Finance"',
        f'externalId eq "00u{token(r, 12)[:17]}"',
        f'displayName sw "{name.split()[0][:3]}"',
        'not (active eq false) and meta.resourceType eq "User"',
        f'emails.value ew "@{DOMAIN}" and name.givenName ne "Test"',
        f'id eq "{make_uuid(r)}"',
    ]
    return r.choice(options)


def odata(r: random.Random) -> list[tuple[str, str]]:
    person = r.choice(PEOPLE)
    family = person[2].split()[-1].replace("'", "''")
    filters = [
        "Price le 200 and Category/Name eq 'Books'",
        "startswith(name,'Pri') and is_active eq true",
        f"contains(email,'@{DOMAIN}')",
        f"created_at ge {day(r)}T00:00:00Z and created_at lt {day(r, 5)}T00:00:00Z",
        "settings/units eq 'imperial' or settings/alerts eq true",
        "not(endswith(email,'.test'))",
        f"team_id in ('{TEAMS[0][0]}','{TEAMS[1][0]}')",
        f"name eq '{family}'",
        f"tolower(name) eq '{person[1].split('.')[0]}'",
        "is_admin eq false and updated_at gt created_at",
        "year(created_at) eq 2024 and month(created_at) ge 5",
        "Addresses/any(a: a/City eq 'Dublin')",
        "length(slack_user_id) eq 11",
        f"settings/timezone eq '{r.choice(TIMEZONES)}'",
    ]
    params = [("$filter", r.choice(filters))]
    if r.random() < 0.6:
        params.append(("$select", r.choice(["id,name,email", "id,email,settings", "name,team_id,is_active"])))
    if r.random() < 0.5:
        params.append(("$orderby", r.choice(["created_at desc,name", "name asc", "updated_at desc"])))
    if r.random() < 0.5:
        params += [("$top", str(r.choice([25, 50, 100, 500]))), ("$skip", str(r.choice([0, 50, 100, 1500])))]
    if r.random() < 0.3:
        params.append(("$count", "true"))
    if r.random() < 0.2:
        params.append(("$expand", "settings($select=timezone,units)"))
    if r.random() < 0.1:
        params.append(("$search", '"data team"'))
    return params


def jsonapi(r: random.Random) -> list[tuple[str, str]]:
    params = [("fields[users]", r.choice(["name,email", "name,email,settings", "slack_user_id,team_id,is_active"]))]
    if r.random() < 0.7:
        params.append(("sort", r.choice(["-created_at,name", "name", "-updated_at", "team_id,-created_at"])))
    if r.random() < 0.7:
        params += [("page[size]", str(r.choice([25, 50, 100]))), ("page[number]", str(r.randrange(1, 12)))]
    elif r.random() < 0.5:
        params.append(("page[cursor]", b64u_json({"id": r.randrange(10, 9000), "v": 1})))
    if r.random() < 0.6:
        params.append(("filter[team_id]", r.choice(TEAMS)[0]))
    if r.random() < 0.4:
        params.append(("filter[created_at][gte]", day(r)))
    if r.random() < 0.3:
        params.append(("filter[settings.alerts]", r.choice(["true", "false"])))
    if r.random() < 0.3:
        params.append(("include", r.choice(["facts", "facts,usage", "team"])))
    if r.random() < 0.2:
        params.append(("fields[facts]", "key,value,updated_at"))
    return params


GQL_QUERIES = [
    ("ListUsers", "query ListUsers($first: Int = 50, $after: String, $team: ID) {\n"
     "  users(first: $first, after: $after, filter: {teamId: $team, isActive: true}) {\n"
     "    edges { node { id name email settings { timezone units alerts } } cursor }\n"
     "    pageInfo { hasNextPage endCursor }\n  }\n}"),
    ("UserById", "query UserById($id: ID!) {\n  user(id: $id) {\n    ...UserFields\n    facts { key value }\n  }\n}\n\n"
     "fragment UserFields on User {\n  id\n  name\n  email\n  isAdmin\n  createdAt\n}"),
    ("SetSwitch", "mutation SetSwitch($action: String!, $enabled: Boolean!, $team: String = \"*\") {\n"
     "  setSwitch(action: $action, enabled: $enabled, teamId: $team) { action teamId enabled }\n}"),
    ("UsageStats", "query UsageStats($since: DateTime!, $until: DateTime) {\n"
     "  usage(since: $since, until: $until) {\n    byAction { action count p95LatencyMs }\n"
     "    byOutcome { outcome count }\n  }\n}"),
    ("IntrospectionQuery", "query IntrospectionQuery {\n  __schema {\n    queryType { name }\n"
     "    mutationType { name }\n    types { ...FullType }\n  }\n}\n\nfragment FullType on __Type {\n  kind\n  name\n"
     "  fields(includeDeprecated: true) { name args { name type { name kind } } }\n}"),
    ("UpdateSettings", "mutation UpdateSettings($id: ID!, $input: SettingsInput!) {\n"
     "  updateUser(id: $id, settings: $input) {\n    id\n    settings { timezone alertTime units }\n"
     "    __typename\n  }\n}"),
    ("SearchUsers", "query SearchUsers($q: String!) {\n  search(query: $q, types: [USER]) {\n"
     "    ... on User { id name email }\n    ... on Team { id domain }\n  }\n}"),
    ("AdminsByTeam", "query AdminsByTeam {\n  teams {\n    id\n    admins: users(filter: {isAdmin: true}) "
     "@include(if: true) { id name }\n    total: usersCount\n  }\n}"),
]


def graphql_doc(r: random.Random, b: Builder) -> dict[str, Any]:
    name, query = r.choice(GQL_QUERIES)
    variables: dict[str, Any] = {}
    if "$first" in query:
        variables = {"first": r.choice([20, 50, 100]), "after": b64u_json({"id": r.randrange(1, 5000)}),
                     "team": r.choice(TEAMS)[0]}
    elif "$id" in query and "$input" in query:
        variables = {"id": str(r.randrange(1, 5000)), "input": {"timezone": r.choice(TIMEZONES),
                                                               "alertTime": r.choice(["07:30", "08:15", "06:00"])}}
    elif "$id" in query:
        variables = {"id": str(r.randrange(1, 5000))}
    elif "$action" in query:
        variables = {"action": r.choice(ACTIONS), "enabled": r.random() < 0.5}
    elif "$since" in query:
        variables = {"since": iso(r, 7), "until": None}
    elif "$q" in query:
        variables = {"q": lucene(r)}
    doc: dict[str, Any] = {"operationName": name, "query": query, "variables": variables}
    if r.random() < 0.2:
        doc["extensions"] = {"persistedQuery": {"version": 1, "sha256Hash": hashlib.sha256(query.encode()).hexdigest()}}
    return doc


def jq_expr(r: random.Random) -> str:
    return r.choice([
        ".users[] | select(.settings.alerts == true) | {id, email, tz: .settings.timezone}",
        "[.users[] | .email] | unique | length",
        ".users | map(select(.is_admin)) | sort_by(.created_at) | reverse | .[0:5]",
        'to_entries | map("\\(.key)=\\(.value|@uri)") | join("&")',
        ".users[] | [.id, .name, .email] | @csv",
        ".. | objects | select(has(\"email\")) | .email",
        'group_by(.slack_team_id) | map({team: .[0].slack_team_id, n: length})',
        ".users[] | select(.email | test(\"@fernbank\\\\.(io|de)$\"; \"i\")) | .id",
        'if .total > .limit then "more pages" else "done" end',
        ".users[] | select(.updated_at >= \"2024-06-01\") | del(.settings)",
        'reduce .users[] as $u ({}; .[$u.slack_team_id] += 1)',
        '.switches[] | select(.team_id != "*") | "\\(.action)@\\(.team_id): \\(.enabled)"',
        "paths(scalars) | map(tostring) | join(\".\")",
        '.users |= map(.name //= "(no name)")',
    ])


def jsonpath_expr(r: random.Random) -> str:
    return r.choice([
        "$.store.book[?(@.price < 10)].title",
        "$.users[?(@.settings.units == 'imperial')].email",
        "$..email",
        "$.users[-1:]",
        "$['users'][0]['name']",
        "$.users[?(@.is_admin == true && @.is_active)].name",
        "$.users[*].settings.timezone",
        "$.switches[?(@.team_id != '*')]",
        "$.users[?(@.email =~ /.*@fernbank\\.io/i)].id",
        "$.users[0:10:2].slack_user_id",
        "$.by_action[?(@.p95_ms > 1500)].action",
        "$..[?(@.outcome == 'provider_down')]",
    ])


def cron_expr(r: random.Random) -> str:
    return r.choice([
        "0 */6 * * 1-5", "*/15 9-17 * * MON-FRI", "30 7 * * *", "0 0 1 * *", "@daily", "@hourly",
        "0 12 ? * SUN#2", "0 0/5 14,18 * * ?", "TZ=Europe/Dublin 0 8 * * 1", "45 23 L * ?", "0 2 * * 0",
        "5 4 * * sun", "0 9-18/2 * * 1-5", "0 0 12 1/1 * ? *", "*/10 * * * *", "0 6 1,15 * *",
        "CRON_TZ=America/New_York 30 6 * * 1-5", "0 3 * * 6L", "15 14 1W * ?", "@every 1h30m",
    ])


def regex_expr(r: random.Random) -> str:
    return r.choice([
        r"^INV-\d{4}$", r"^(?i)jeeves-(prod|staging)-\d+$", r"\b[A-Z]{2,5}-\d+\b", r"^U[A-Z0-9]{8,10}$",
        r".*@(fernbank|example)\.(io|com)$", r"^\s*#", r"(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})",
        r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", r"^(DATA|OPS)-\d{3,5}$", r"^T[0-9A-Z]{8,10}$", r"\.(csv|tsv|parquet)$",
        r"^/api/users/\d+$", r"(?:error|warn)(?:ing)?", r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$",
        r"[^\x00-\x7F]+", r"^\+?[1-9]\d{7,14}$", r"^(?!test\.).*$", r"\b(?:\d{1,3}\.){3}\d{1,3}\b",
        r"^[A-Z][a-z]+(?: [A-Z][a-z]+)*$", r"^(?=.*\d)(?=.*[a-z]).{12,}$",
    ])


def rsql(r: random.Random) -> str:
    team = r.choice(TEAMS)[0]
    return r.choice([
        "name==Bob*;age=gt=30",
        f"team_id=={team};is_active==true",
        f'created_at=ge={iso(r)},name=="Marco D\'Angelo"',
        "settings.timezone=in=(Europe/Dublin,Europe/Berlin)",
        "email=out=(*@test.local,*@example.com)",
        'name=like="*son";is_admin==false',
        f"updated_at=lt={day(r)};(units==imperial,alerts==true)",
        "action==weather;latency_ms=gt=1500;outcome!=ok",
        f"slack_user_id=in=({PEOPLE[0][0]},{PEOPLE[1][0]},{PEOPLE[2][0]})",
        "genres=in=(sci-fi,action);year=ge=2000",
        "status=out=(archived,deleted) and owner==me",
    ])


def filter_doc(r: random.Random) -> dict[str, Any]:
    team = r.choice(TEAMS)[0]
    return r.choice([
        {"age": {"gte": 18}},
        {"team_id": team, "is_active": True, "settings.alerts": True},
        {"created_at": {"gte": iso(r), "lt": iso(r, 2)}, "is_admin": False},
        {"and": [{"team_id": {"in": [TEAMS[0][0], TEAMS[1][0]]}}, {"or": [{"units": "imperial"}, {"alerts": True}]}]},
        {"email": {"endsWith": f"@{DOMAIN}"}, "name": {"contains": "O'"}},
        {"latency_ms": {"gt": 1500}, "action": {"in": ["weather", "remember_location"]}},
        {"not": {"email": {"like": "%@example.com"}}},
        {"settings": {"timezone": {"startsWith": "Europe/"}}, "updated_at": {"gte": "now-7d"}},
        {"where": {"slack_team_id": team}, "orderBy": [{"created_at": "desc"}], "take": 50, "skip": 0},
        {"filter": {"status": {"eq": "open"}}, "sort": ["-priority", "created_at"], "page": {"limit": 100}},
    ])


def duration(r: random.Random) -> str:
    return r.choice(["P1DT12H", "PT15M", "P3M", "P1Y2M10DT2H30M", "PT0.5S", "P1W", "PT36H", "P0D", "PT1H30M",
                     f"R5/{iso(r, 3)}/P1D", f"{iso(r, 10)}/P1W", f"{day(r)}/{day(r, 3)}", "P2DT3H4M"])


def user_agent_value(r: random.Random) -> str:
    return r.choice(API_UAS + BROWSER_UAS + [
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Grafana/11.0.0 (+https://grafana.com)",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
        "Version/17.5 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
        "Mobile Safari/537.36",
        "Datadog Agent/7.54.0", "kube-probe/1.30", "Prometheus/2.53.0", "Blackbox Exporter/0.25.0",
        "ELB-HealthChecker/2.0", "GoogleHC/1.0", "UptimeRobot/2.0 (+http://www.uptimerobot.com/)",
        "Slack-ImgProxy (+https://api.slack.com/robots)", "python-urllib3/2.2.2", "Java/17.0.11",
    ])


CIDRS = ["10.0.0.0/8", "172.16.0.0/12", "192.168.1.0/24", "203.0.113.0/24", "2001:db8::/32", "fd00::/8",
         "100.64.0.0/10", "35.190.247.0/24", "10.42.0.0/16", "198.51.100.17/32", "2a02:8084:4d00::/40",
         "10.0.0.1-10.0.0.254", "52.18.0.0/15", "fe80::/10", "0.0.0.0/0", "::/0", "130.211.0.0/22"]
DOMAINS = ["fernbank.io", "*.fernbank.io", "fernbank.de", "grafana.fernbank.io", "hooks.slack.com",
           "*.slack.com", "api.pagerduty.com", "events.pagerduty.com", "*.s3.eu-west-1.amazonaws.com",
           "storage.googleapis.com", "login.microsoftonline.com", "accounts.google.com", "fernbank.okta.com"]


def redirect_uri(r: random.Random, b: Builder) -> str:
    return r.choice([
        "https://grafana.fernbank.io/login/generic_oauth",
        f"https://retool.fernbank.io/oauth/user/oauthcallback?state={token(r, 16)}",
        "http://localhost:8085/callback",
        "http://127.0.0.1:53682/?code_challenge_method=S256",
        f"https://metabase.fernbank.io/auth/sso?redirect=%2Fdashboard%2F{r.randrange(1, 90)}%3Ftab%3D2",
        "com.fernbank.jeeves:/oauth2redirect",
        f"https://fernbank.okta.com/oauth2/v1/authorize/callback?client_id=0oa{token(r, 10)[:17]}",
        f"https://n8n.fernbank.io/rest/oauth2-credential/callback?cid={r.randrange(1, 40)}",
        "https://oauth.pstmn.io/v1/callback",
        f"{ORIGIN}/auth/slack/callback",
    ])


def webhook_url(r: random.Random) -> str:
    team = r.choice(TEAMS)[0]
    return r.choice([
        f"https://hooks.slack.com/services/{team}/B0{token(r, 8)[:9].upper().replace('-', 'X').replace('_', 'Y')}/"
        f"{token(r, 18)[:24]}",
        f"https://events.pagerduty.com/integration/{hexd(r, 16)}/enqueue",
        f"https://n8n.fernbank.io/webhook/{make_uuid(r)}?signature=sha256%3D{hexd(r)}&ts={EPOCH}",
        f"https://discord.com/api/webhooks/{r.randrange(10**17, 10**18)}/{token(r, 51)[:68]}",
        f"https://fernbank.webhook.office.com/webhookb2/{make_uuid(r)}@{make_uuid(r)}/IncomingWebhook/"
        f"{hexd(r, 16)}/{make_uuid(r)}",
        f"https://api.fernbank.io/hooks/jeeves?sig={b64u(r.randbytes(32))}&exp={EPOCH + 3600}&kid=whk_2024_06",
        f"https://hooks.zapier.com/hooks/catch/{r.randrange(10**6, 10**7)}/{token(r, 5)[:6].lower()}/",
        f"https://{COMPANY}.app.n8n.cloud/webhook-test/usage-alerts?token={hexd(r, 12)}",
    ])


def signed_url(r: random.Random) -> str:
    name = f"exports/2024/06/users-{make_ulid(r)}.csv"
    return r.choice([
        f"https://fernbank-exports.s3.eu-west-1.amazonaws.com/{name}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        f"&X-Amz-Credential=AKIA{token(r, 12)[:16].upper().replace('-', 'Q').replace('_', 'Z')}%2F20240621%2F"
        f"eu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240621T200000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
        f"&X-Amz-Signature={hexd(r)}",
        f"https://storage.googleapis.com/fernbank-exports/{name}?X-Goog-Algorithm=GOOG4-RSA-SHA256"
        f"&X-Goog-Credential=exporter%40fernbank-data.iam.gserviceaccount.com%2F20240621%2Fauto%2Fstorage%2F"
        f"goog4_request&X-Goog-Date=20240621T200000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host"
        f"&X-Goog-Signature={hexd(r, 128)}",
        f"https://d1x2y3z4.cloudfront.net/{name}?Expires={EPOCH + 7200}&Signature="
        f"{base64.b64encode(r.randbytes(128)).decode().replace('+', '-').replace('=', '_').replace('/', '~')}"
        f"&Key-Pair-Id=K2JCJMDEHXQW5F",
        f"https://fernbankdata.blob.core.windows.net/exports/{name}?sv=2022-11-02&ss=b&srt=o&sp=r"
        f"&se=2024-06-22T20:00:00Z&st=2024-06-21T19:55:00Z&spr=https"
        f"&sig={urllib.parse.quote(base64.b64encode(r.randbytes(32)).decode(), safe='')}",
    ])


def json_schema(r: random.Random) -> dict[str, Any]:
    return r.choice([
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "$id": "https://fernbank.io/schemas/jeeves/user-settings.json", "title": "UserSettings", "type": "object",
         "properties": {"units": {"enum": ["metric", "imperial"]},
                        "alert_time": {"type": "string", "pattern": "^([01]\\d|2[0-3]):[0-5]\\d$"},
                        "alerts": {"type": "boolean", "default": False},
                        "timezone": {"type": "string", "examples": ["Europe/Dublin"]}},
         "required": ["units", "timezone"], "additionalProperties": False},
        {"$schema": "http://json-schema.org/draft-07/schema#", "title": "UsageEvent", "type": "object",
         "definitions": {"team": {"type": "string", "pattern": "^T[A-Z0-9]{8,10}$"}},
         "properties": {"team_id": {"$ref": "#/definitions/team"}, "action": {"type": "string", "maxLength": 64},
                        "latency_ms": {"type": "integer", "minimum": 0},
                        "outcome": {"enum": ["ok", "invalid", "provider_down", "disabled", "unknown"]}},
         "required": ["team_id", "action", "outcome"]},
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
         "$defs": {"email": {"type": "string", "format": "email"}},
         "properties": {"kind": {"enum": ["user", "service"]}, "email": {"$ref": "#/$defs/email"}},
         "if": {"properties": {"kind": {"const": "user"}}}, "then": {"required": ["email"]},
         "else": {"not": {"required": ["email"]}}, "patternProperties": {"^x-": {}},
         "unevaluatedProperties": False},
        {"type": "array", "items": {"type": "object", "properties": {
            "id": {"type": "integer"}, "name": {"type": ["string", "null"]},
            "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": True, "maxItems": 20}},
            "required": ["id"], "dependentRequired": {"name": ["id"]}}, "minItems": 1},
        {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "WebhookPayload",
         "oneOf": [{"$ref": "#/$defs/switchChanged"}, {"$ref": "#/$defs/userForgotten"}],
         "$defs": {"switchChanged": {"type": "object", "properties": {"type": {"const": "switch.changed"},
                                                                     "action": {"type": "string"},
                                                                     "enabled": {"type": "boolean"}}},
                   "userForgotten": {"type": "object", "properties": {"type": {"const": "user.forget_me"},
                                                                     "at": {"type": "string",
                                                                            "format": "date-time"}}}}},
    ])


YAML_SNIPPETS = [
    "version: 2\nsources:\n  - name: jeeves\n    schema: public\n    tables:\n      - name: users\n"
    "        loaded_at_field: updated_at\n        freshness:\n          warn_after: {count: 12, period: hour}\n"
    "      - name: usage_log\n        columns:\n          - name: outcome\n            tests:\n"
    "              - accepted_values:\n                  values: ['ok', 'invalid', 'provider_down']\n",
    "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: jeeves-usage-export\nspec:\n"
    "  schedule: \"30 2 * * 0\"\n  concurrencyPolicy: Forbid\n  jobTemplate:\n    spec:\n      template:\n"
    "        spec:\n          containers:\n            - name: export\n"
    "              image: ghcr.io/fernbank/exporter:1.4.2\n"
    "              args: [\"--since\", \"P7D\", \"--format\", \"parquet\"]\n          restartPolicy: OnFailure\n",
    "name: nightly-usage\non:\n  schedule:\n    - cron: '0 4 * * *'\n  workflow_dispatch: {}\njobs:\n  pull:\n"
    "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: token\n"
    "        run: |\n          curl -s -u \"${{ secrets.JEEVES_CLIENT_ID }}:${{ secrets.JEEVES_CLIENT_SECRET }}\" \\\n"
    "            -d grant_type=client_credentials -d scope=read https://jeeves.fernbank.io/oauth/token > token.json\n",
    "datasources:\n  - name: Jeeves API\n    type: yesoreyeram-infinity-datasource\n    jsonData:\n"
    "      auth_method: oauth2\n      oauth2:\n        oauth2_type: client_credentials\n"
    "        token_url: https://jeeves.fernbank.io/oauth/token\n        scopes: [read]\n"
    "      allowedHosts: [\"https://jeeves.fernbank.io\"]\n",
    "owner: data-eng\noncall: '#data-oncall'\nrunbook: https://wiki.fernbank.io/runbooks/jeeves-api\n"
    "tags: [pii, tier-2]\nretention: P90D\n",
    "x-jeeves:\n  default_filter: 'status:open AND NOT tags:test'\n  page_size: 100\n  anchors: &defaults\n"
    "    timeout: 30s\n    retries: 3\n  export:\n    <<: *defaults\n    timeout: 5m\n",
]
TOML_SNIPPETS = [
    "[profile.prod]\nbase_url = \"https://jeeves.fernbank.io\"\nclient_id = \"cli-priya\"\n"
    "scopes = [\"read\", \"write\"]\ntimeout = \"30s\"\n\n[profile.staging]\nbase_url = \"https://localhost:8443\"\n",
    "[tool.poetry.dependencies]\npython = \">=3.11,<3.13\"\nhttpx = \"^0.27\"\nslack-sdk = \">=3.26,<4\"\n"
    "pydantic = { version = \"^2.7\", extras = [\"email\"] }\n",
    "[[inputs.http]]\n  urls = [\"https://jeeves.fernbank.io/api/usage/stats\"]\n  method = \"GET\"\n"
    "  data_format = \"json_v2\"\n  [[inputs.http.json_v2]]\n    [[inputs.http.json_v2.object]]\n"
    "      path = \"by_action\"\n      tags = [\"action\"]\n",
    "[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[[redirects]]\n  from = \"/api/*\"\n"
    "  to = \"https://jeeves.fernbank.io/api/:splat\"\n  status = 200\n  force = true\n",
    "title = \"usage export\"\n[schedule]\ncron = \"0 */6 * * *\"\ntimezone = \"Europe/Dublin\"\n"
    "[filter]\nquery = 'team_id:T04NX2QW7 AND outcome:(ok OR provider_down)'\nsince = 2024-06-01T00:00:00Z\n",
]

SEMVER = [">=1.2.3 <2.0.0 || ^3.0", "~1.4.2", "^0.27.0", ">=3.26,<4", "~> 3.4", "1.x || >=2.5.0 || 5.0.0 - 7.2.3",
          "=2.1.0-rc.1+build.5", "!=1.8.2", ">=v2.0.0-beta.1", "^2.7.0 || >=3.0.0-rc.1", "<=1.0.0-alpha.3",
          ">= 1.0, < 1.5", "~=3.12.0", "[1.0,2.0)", "(,1.5],[2.0,)", "1.2.*", "0.x", "latest"]


def release_notes(r: random.Random) -> str:
    v = f"{r.randrange(1, 4)}.{r.randrange(0, 20)}.{r.randrange(0, 9)}"
    return r.choice([
        f"## Jeeves API v{v}\n\n### Added\n- `GET /api/usage/stats` accepts `since`/`until` as ISO 8601 "
        "(`2024-06-01T00:00:00Z`)\n- Feature switches per team: `PUT /api/switches/{action}` with "
        "`{\"enabled\": false, \"team_id\": \"T04NX2QW7\"}`\n\n### Fixed\n- `offset` > 10,000 no longer 500s (#412)\n"
        "- Admin search with `%` or `_` in the query matches literally\n\n**Full changelog**: "
        f"https://github.com/{COMPANY}/jeeves/compare/v{v}...main",
        f"<!-- Release notes generated using configuration in .github/release.yml at main -->\n\n"
        f"## What's Changed\n### Breaking\n* Drop `?format=csv` on `/api/users`; use the export job by "
        f"@priya-raman in https://github.com/{COMPANY}/jeeves/pull/{r.randrange(300, 600)}\n### Other\n"
        f"* chore(deps): bump slack-sdk from 3.27.2 to 3.30.0 by @dependabot in "
        f"https://github.com/{COMPANY}/jeeves/pull/{r.randrange(300, 600)}\n\n**Full Changelog**: "
        f"https://github.com/{COMPANY}/jeeves/compare/v1.9.0...v{v}",
        f"# {v} (2024-06-21)\n\n| area | change |\n|---|---|\n| API | cursor pagination (`?cursor=`) |\n"
        "| Admin | audit search matches `actor`, `action` and `target` |\n"
        "| Slack | `/jeeves config timezone <IANA>` |\n\n"
        "> **Note**\n> Tokens now carry `typ: at+jwt`; clients that check `typ == \"JWT\"` must accept both.\n\n"
        "<details><summary>Migration</summary>\n\n```sh\nalembic upgrade head\n```\n</details>",
        f"*v{v}* is out :tada:\n• faster `/admin/users` search (trigram index on `email`)\n"
        "• `alerts on|off` now replies in thread\n• fixed: `remember location St. John's` dropped the apostrophe\n"
        "_rollback_: `helm rollback jeeves 41`",
    ])


EMAIL_TEMPLATES = [
    "Hi {{ user.first_name | default('there') }},\n\nYour weekly Jeeves digest for {{ team.name }} is ready: "
    "{{ digest_url }}\n\n{% for a in actions %}- {{ a.name }}: {{ a.count }}\n{% endfor %}\n"
    "Unsubscribe: {{ unsubscribe_url }}",
    "Hello {{firstName}}, {{#if alerts}}your daily alert is at {{alertTime}} ({{timezone}}){{else}}alerts are off"
    "{{/if}}.\n{{{footer_html}}}",
    "{% assign n = items | size %}You have {{ n }} new item{% if n != 1 %}s{% endif %} in {{ workspace.name }}.",
    "{{#users}}<li>{{name}} &lt;{{email}}&gt;</li>{{/users}}{{^users}}<li>No one yet</li>{{/users}}",
    "*|FNAME|*, your export *|EXPORT_NAME|* expires on *|DATE:d/m/y|*. *|IF:REWARDS|* You have *|REWARDS|* points. "
    "*|END:IF|*",
    "{{ .User.Name }} ({{ .User.Email }}) joined {{ range $i, $t := .Teams }}{{ if $i }}, {{ end }}{{ $t }}"
    "{{ end }}",
    "Dear ${name}, your invoice ${invoice.number} is due on ${due_date?string('dd.MM.yyyy')}. "
    "<#if overdue>It is overdue.</#if>",
    "[{{ env | upper }}] {{ alerts | length }} alert(s) fired for {{ service }} — {{ alerts[0].labels.severity }}",
    "Hi <%= @user.first_name %>, your token for <%= @client.client_id %> expires <%= time_ago_in_words(@exp) %> "
    "from now.",
    "Hallo {{ user.name }},\n\nIhr Export „{{ export.name }}“ steht bereit: {{ export.url }}\n"
    "Gültig bis {{ export.expires_at | date: \"%d.%m.%Y %H:%M\" }}.",
    "Subject: {{subject}}\n\n{{#each rows}}{{this.team}}\t{{this.count}}\n{{/each}}",
]


def csv_text(r: random.Random) -> str:
    return r.choice([
        "id,name,email,team_id,alerts\n42,\"O'Brien, Siobhán\",siobhan.obrien@fernbank.io,T04NX2QW7,true\n"
        "43,\"Müller, Jürgen\",j.mueller@fernbank.de,T01HQ8ZK3R,false\n",
        "\"user_id\",\"display_name\",\"note\"\n\"U02AB7KQ3LM\",\"Siobhán\",\"said \"\"ship it\"\" in #data-eng\"\n",
        "team_id;action;count\nT04NX2QW7;weather;1204\nT04NX2QW7;remember_location;88\nT01HQ8ZK3R;help;17\n",
        "email,role,start_date\n\"dev.bhatt@contractor.fernbank.io\",\"contractor, data\",2024-06-03\n"
        "\"ngozi.adeyemi@fernbank.io\",admin,2023-11-20\n",
        "date,total\n2024-06-01,311\n2024-06-02,297\n,\"=SUM(B2:B3)\"\n",
        "\"name\",\"tz\",\"units\"\n\"Marco D'Angelo\",\"Europe/Rome\",\"metric\"\n"
        "\"Sam \"\"Sammy\"\" Okoro\",\"Africa/Lagos\",\"imperial\"\n",
        "slack_user_id\tname\tis_admin\nU05IJ1PV7QR\tNgozi Adeyemi\ttrue\nU06KL2QW8RS\tTomasz Kowalczyk\tfalse\n",
    ])


# ---- kinds ------------------------------------------------------------------------------------------------------
PROSE_WRAPS = [
    "anyone know why `{v}` returns nothing since the reindex?",
    "saved this as the default filter for the on-call board: `{v}`",
    "for the record, the query behind the churn dashboard is `{v}`",
    "can someone sanity-check this before I put it in the runbook?\n```{v}```",
    "heads up: the weekly report now filters with `{v}`, ping me if numbers look off",
    "this works in the console but not through the API: `{v}` :thinking_face:",
    "TIL you can do `{v}`, way faster than what we had",
    "PR is up, the new filter is\n```\n{v}\n```\nreviews welcome",
    "is `{v}` the right syntax or do I need to escape something?",
    "copying from the ticket: {v}",
    "> {v}\nthis one is from Marco's notebook, keep it",
    "fyi the Grafana panel 'Active users by team' uses `{v}`",
    "why does `{v}` match the test accounts too?",
    "the export job's filter (don't touch without telling #data-eng): `{v}`",
    "reminder that `{v}` is case-sensitive",
    "{v}",
]


def wrap(r: random.Random, value: str) -> str:
    return r.choice(PROSE_WRAPS).replace("{v}", value)


def query_language_kind(b: Builder, kind: str, make: Callable[[random.Random], str], count: int,
                        params: list[str], paths: list[str] | None = None, admin_ok: bool = True) -> None:
    """One expression language: in an API client's query, in the admin search, as a hidden field of an admin
    form, in a JSON search body, and typed in Slack."""
    r = b.rng
    for _ in range(count):
        value = make(r)
        roll = r.random()
        if roll < 0.40:
            extra = [("limit", str(r.choice([25, 50, 100, 500])))] if r.random() < 0.6 else []
            if r.random() < 0.3:
                extra.append(("offset", str(r.choice([0, 50, 100, 1000]))))
            b.api_get(kind, r.choice(paths or ["/api/users"]), [(r.choice(params), value), *extra])
        elif roll < 0.55 and admin_ok and len(value) <= 100:
            page = [("page", str(r.randrange(2, 9)))] if r.random() < 0.3 else []
            b.admin_get(kind, r.choice(["/admin/users", "/admin/users", "/admin/audit"]), [("q", value), *page])
        elif roll < 0.62 and admin_ok and len(value) <= 100:
            b.admin_post(kind, f"/admin/users/{r.randrange(1, 4000)}/{r.choice(['active', 'admin'])}",
                         [("q", value), ("page", str(r.randrange(1, 6))), ("value", r.choice("01"))])
        elif roll < 0.78:
            doc: dict[str, Any] = {r.choice(params): value, "limit": r.choice([20, 50, 100])}
            if r.random() < 0.4:
                doc["sort"] = r.choice([["-created_at"], [{"field": "name", "order": "asc"}], "updated_at:desc"])
            if r.random() < 0.3:
                doc["fields"] = ["id", "name", "email"]
            b.api_body(kind, "POST", r.choice(["/api/search", "/api/users/search", "/api/views"]), doc)
        else:
            b.slack(kind, wrap(r, value))


def kind_lucene(b: Builder) -> None:
    query_language_kind(b, "lucene", lucene, 80, ["q", "query", "search", "q", "lucene"])
    r = b.rng
    for _ in range(10):   # Elasticsearch's own JSON around a query string
        b.api_body("lucene", "POST", "/api/search", {
            "query": {"bool": {"must": [{"query_string": {"query": lucene(r), "default_operator": "AND",
                                                          "fields": ["name^2", "email", "tags"]}}],
                               "filter": [{"range": {"created_at": {"gte": "now-30d/d", "lt": "now/d"}}}]}},
            "size": 50, "sort": [{"created_at": {"order": "desc"}}], "_source": ["id", "name", "email"]})


def kind_ghsearch(b: Builder) -> None:
    query_language_kind(b, "ghsearch", ghsearch, 40, ["q", "query", "search"])


def kind_scim(b: Builder) -> None:
    r = b.rng
    for _ in range(45):
        value = scim(r)
        roll = r.random()
        if roll < 0.55:
            params = [("filter", value)]
            if r.random() < 0.5:
                params += [("startIndex", str(r.choice([1, 101, 201]))), ("count", str(r.choice([10, 100, 200])))]
            if r.random() < 0.3:
                params.append(("attributes", r.choice(["userName,emails,active", "id,externalId,meta.lastModified"])))
            if r.random() < 0.2:
                params += [("sortBy", "meta.lastModified"), ("sortOrder", "descending")]
            path = r.choice(["/api/users", "/api/scim/v2/Users", "/api/scim/v2/Users", "/api/scim/v2/Groups"])
            b.api_get("scim", path, params, style=r.choice(["pct", "plus"]))
        elif roll < 0.8:
            doc = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:SearchRequest"], "filter": value,
                   "startIndex": 1, "count": r.choice([10, 50, 100]),
                   "attributes": ["userName", "displayName", "emails", "active"]}
            b.api_body("scim", "POST", "/api/scim/v2/Users/.search", doc)
        elif roll < 0.9:
            person = b.person()
            doc = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [
                {"op": "replace", "path": r.choice(["active", 'emails[type eq "work"].value', "name.familyName"]),
                 "value": r.choice([False, person[3], person[2].split()[-1]])}]}
            b.api_body("scim", "PATCH", f"/api/scim/v2/Users/{make_uuid(r)}", doc)
        else:
            b.slack("scim", wrap(r, value))


def kind_odata(b: Builder) -> None:
    r = b.rng
    for _ in range(55):
        params = odata(r)
        roll = r.random()
        if roll < 0.8:
            b.api_get("odata", r.choice(["/api/users", "/api/users", "/api/odata/Users", "/api/usage/stats"]),
                      params, style=r.choice(["odata", "odata", "pct", "plus"]))
        elif roll < 0.9:
            b.api_body("odata", "POST", "/api/odata/$batch", {"requests": [
                {"id": str(i + 1), "method": "GET", "url": "Users?" + encode(odata(r), "odata")} for i in range(3)]})
        else:
            b.slack("odata", wrap(r, "&".join(f"{k}={v}" for k, v in params)))


def kind_jsonapi(b: Builder) -> None:
    r = b.rng
    for _ in range(40):
        params = jsonapi(r)
        if r.random() < 0.85:
            b.api_get("jsonapi", r.choice(["/api/users", "/api/users", "/api/switches"]), params,
                      style=r.choice(["axios", "pct", "plus"]))
        else:
            b.slack("jsonapi", wrap(r, "/api/users?" + "&".join(f"{k}={v}" for k, v in params)))


def kind_graphql(b: Builder) -> None:
    r = b.rng
    for _ in range(40):
        doc = graphql_doc(r, b)
        roll = r.random()
        if roll < 0.6:
            b.api_body("graphql", "POST", "/api/graphql", doc)
        elif roll < 0.8:
            params = [("query", doc["query"]), ("operationName", doc["operationName"]),
                      ("variables", json.dumps(doc["variables"], separators=(",", ":")))]
            if "extensions" in doc:
                params = [("operationName", doc["operationName"]),
                          ("variables", json.dumps(doc["variables"], separators=(",", ":"))),
                          ("extensions", json.dumps(doc["extensions"], separators=(",", ":")))]
            b.api_get("graphql", "/api/graphql", params, style="pct")
        else:
            b.slack("graphql", "the query I use in the explorer:\n```\n" + doc["query"] + "\n```\nvariables: `"
                    + json.dumps(doc["variables"]) + "`")


def kind_jq(b: Builder) -> None:
    r = b.rng
    for _ in range(30):
        v = jq_expr(r)
        roll = r.random()
        if roll < 0.35:
            b.api_get("jq", "/api/users", [("jq", v), ("limit", "500")])
        elif roll < 0.55:
            b.api_body("jq", "POST", "/api/views", {"name": r.choice(["alerts-on", "admins", "per-team"]),
                                                     "transform": {"lang": "jq", "expr": v}})
        else:
            b.slack("jq", r.choice([f"`curl -s ... | jq '{v}'`", f"jq filter for the export: `{v}`",
                                    f"```\njq -r '{v}' users.json\n```"]))


def kind_jsonpath(b: Builder) -> None:
    r = b.rng
    for _ in range(30):
        v = jsonpath_expr(r)
        roll = r.random()
        if roll < 0.35:
            b.api_get("jsonpath", "/api/users", [(r.choice(["select", "jsonpath", "fields"]), v)])
        elif roll < 0.55:
            b.api_body("jsonpath", "POST", "/api/views", {"name": "infinity-panel", "root_selector": v,
                                                           "columns": [{"selector": "email", "type": "string"}]})
        elif roll < 0.65:
            b.admin_post("jsonpath", "/admin/clients", [
                ("client_id", "grafana-infinity"), ("description", f"Grafana Infinity panel, rows: {v}"),
                ("scopes", "read")])
        else:
            b.slack("jsonpath", wrap(r, v))


def kind_cron(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        v = cron_expr(r)
        roll = r.random()
        if roll < 0.3:
            b.api_get("cron", "/api/usage/stats", [("schedule", v), ("since", iso(r, 7))])
        elif roll < 0.5:
            b.admin_post("cron", "/admin/clients", [
                ("client_id", r.choice(["airflow:etl-nightly", "export-cron", "usage-rollup.v2"])),
                ("description", f"Nightly usage export, runs `{v}` ({r.choice(TIMEZONES)}); owner #data-eng"),
                ("scopes", "read")])
        elif roll < 0.65:
            b.api_body("cron", "POST", "/api/jobs", {"name": "usage-rollup", "schedule": v,
                                                     "timezone": r.choice(TIMEZONES), "enabled": True})
        else:
            b.slack("cron", wrap(r, v))


def kind_regex(b: Builder) -> None:
    r = b.rng
    for _ in range(40):
        v = regex_expr(r)
        roll = r.random()
        if roll < 0.3:
            b.api_get("regex", "/api/users", [(r.choice(["match", "pattern", "filter[email][regex]", "re"]), v)])
        elif roll < 0.45:
            b.admin_get("regex", r.choice(["/admin/users", "/admin/audit"]), [("q", v)])
        elif roll < 0.65:
            b.api_body("regex", "POST", "/api/views", {"name": r.choice(["invoices", "contractors", "ids"]),
                                                       "filter": {"field": r.choice(["email", "name", "note"]),
                                                                  "regex": v, "flags": r.choice(["", "i", "im"])}})
        else:
            b.slack("regex", wrap(r, v))


def kind_rsql(b: Builder) -> None:
    r = b.rng
    for _ in range(40):
        v = rsql(r)
        if r.random() < 0.75:
            b.api_get("rsql", "/api/users", [(r.choice(["filter", "search", "q"]), v),
                                             ("sort", r.choice(["name,asc", "created_at,desc"]))],
                      style=r.choice(["pct", "plus", "axios"]))
        else:
            b.slack("rsql", wrap(r, v))


def kind_filterdoc(b: Builder) -> None:
    r = b.rng
    for _ in range(40):
        doc = filter_doc(r)
        roll = r.random()
        if roll < 0.35:
            b.api_get("filterdoc", "/api/users", [(r.choice(["where", "filter", "q"]),
                                                   json.dumps(doc, separators=(",", ":"), ensure_ascii=False))],
                      style=r.choice(["pct", "plus"]))
        elif roll < 0.8:
            b.api_body("filterdoc", "POST", r.choice(["/api/users/search", "/api/search", "/api/views"]),
                       {"filter": doc, "limit": r.choice([50, 100]), "projection": ["id", "email", "settings"]})
        else:
            b.slack("filterdoc", wrap(r, json.dumps(doc, ensure_ascii=False)))


def kind_timerange(b: Builder) -> None:
    r = b.rng
    for _ in range(50):
        roll = r.random()
        if roll < 0.5:
            since = iso(r, 14, zulu=r.random() < 0.6)
            params = [("since", since)]
            if r.random() < 0.7:
                params.append(("until", r.choice([iso(r, 1), f"{day(r, 1)}T23:59:59.999999Z"])))
            if r.random() < 0.4:
                params.append((r.choice(["window", "step", "bucket"]), r.choice(["PT15M", "PT1H", "P1D", "1h", "5m"])))
            if r.random() < 0.2:
                params.append(("tz", r.choice(TIMEZONES)))
            b.api_get("timerange", "/api/usage/stats", params, style=r.choice(["pct", "plus"]))
        elif roll < 0.7:
            b.api_get("timerange", r.choice(["/api/usage/stats", "/api/users"]), r.choice([
                [("from", "now-6h"), ("to", "now")], [("from", "now-7d/d"), ("to", "now/d")],
                [("range", "now-30d..now")], [("interval", duration(r))], [("updated_within", duration(r))],
                [("created", f">={day(r)}"), ("created", f"<{day(r, 2)}")],
                [("from", str((EPOCH - 86400) * 1000)), ("to", str(EPOCH * 1000))]]))
        elif roll < 0.85:
            b.api_body("timerange", "POST", "/api/reports", {"name": "weekly usage", "period": duration(r),
                                                             "range": {"gte": "now-7d/d", "lt": "now/d"},
                                                             "timezone": r.choice(TIMEZONES)})
        else:
            b.slack("timerange", wrap(r, duration(r)))


def kind_useragent(b: Builder) -> None:
    r = b.rng
    for _ in range(45):
        ua = user_agent_value(r)
        roll = r.random()
        if roll < 0.45:
            rec = _get(r.choice(["/api/users?limit=100", "/api/switches", "/api/openapi.json", "/api/usage/stats"]))
            rec["headers"] = {**b.api_headers(), "User-Agent": ua}
            b.add("useragent", rec, "header")
        elif roll < 0.6:
            form = [("grant_type", "client_credentials"), ("scope", "read")]
            cid = r.choice(CLIENT_IDS)
            rec = _form("/oauth/token", form)
            basic = base64.b64encode(f"{cid}:{b.secrets[cid]}".encode()).decode()
            rec["headers"] = {"User-Agent": ua, "Accept": "application/json", "Authorization": f"Basic {basic}",
                              "Content-Type": "application/x-www-form-urlencoded"}
            b.add("useragent", rec, "header")
        elif roll < 0.8 and len(ua) <= 100:
            b.admin_get("useragent", "/admin/audit", [("q", ua)])
        else:
            b.slack("useragent", r.choice([f"the spike is all `{ua}` from 10.42.7.19",
                                           f"who runs `{ua}` against prod every 5 minutes?",
                                           f"UA on the failing requests: {ua}"]))


def kind_cidr(b: Builder) -> None:
    r = b.rng
    for _ in range(40):
        picks = r.sample(CIDRS, r.randrange(1, 4))
        roll = r.random()
        if roll < 0.25:
            b.admin_get("cidr", "/admin/audit", [("q", picks[0])])
        elif roll < 0.45:
            b.api_get("cidr", "/api/usage/stats", [("client_ip", picks[0])])
        elif roll < 0.65:
            b.admin_post("cidr", "/admin/clients", [
                ("client_id", r.choice(CLIENT_IDS)),
                ("description", f"Calls only from {', '.join(picks)} (k8s egress / office NAT)"), ("scopes", "read")])
        elif roll < 0.8:
            rec = _get("/api/users?limit=50")
            hops = [f"203.0.113.{r.randrange(1, 255)}", f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(256)}"]
            rec["headers"] = {**b.api_headers(), "X-Forwarded-For": ", ".join(hops),
                              "Forwarded": f"for={hops[0]};proto=https;by=10.0.0.2"}
            b.add("cidr", rec, "header")
        else:
            b.slack("cidr", wrap(r, " ".join(picks)))


def kind_allowlist(b: Builder) -> None:
    r = b.rng
    for _ in range(30):
        picks = r.sample(DOMAINS, r.randrange(2, 6))
        roll = r.random()
        if roll < 0.45:
            b.admin_post("allowlist", "/admin/clients", [
                ("client_id", r.choice(CLIENT_IDS)), ("description", "allowed origins: " + ", ".join(picks)),
                ("scopes", "read"), ("scopes", "write")])
        elif roll < 0.65:
            b.api_get("allowlist", "/api/users", [("allowed_domains", ",".join(picks))])
        elif roll < 0.8:
            b.api_body("allowlist", "POST", "/api/integrations", {"name": "embed", "allowed_origins":
                                                                 [f"https://{d.lstrip('*.')}" for d in picks],
                                                                 "allowed_domains": picks})
        else:
            b.slack("allowlist", "updated the allow-list:\n" + "\n".join(f"• {d}" for d in picks))


def kind_redirect(b: Builder) -> None:
    r = b.rng
    for _ in range(40):
        roll = r.random()
        if roll < 0.25:
            inner = encode([("q", r.choice([lucene(r), ghsearch(r)])[:80])], "plus")
            nxt = r.choice([f"/admin/users?{inner}", f"/admin/audit?{inner}&page=2", "/admin/clients",
                            "/admin/features"])
            rec = _get("/admin/login?" + encode([("next", nxt)], "plus"))
            rec["headers"] = b.browser_headers()
            b.add("redirect", rec, "query")
        elif roll < 0.35:
            rec = _form("/admin/login", [("csrf_token", token(r)), ("next", f"/admin/users?q={r.choice(TEAMS)[0]}"),
                                         ("username", r.choice(["ops-admin", "priya", "siobhan.ob"])),
                                         ("password", token(r, 18)), ("totp", "")])
            rec["headers"] = {**b.browser_headers(post=True), "Cookie": f"__Host-jeeves_admin_login={token(r)}"}
            b.add("redirect", rec, "form")
        elif roll < 0.65:
            uri = redirect_uri(r, b)
            b.admin_post("redirect", "/admin/clients", [
                ("client_id", r.choice(CLIENT_IDS)), ("description", f"redirect_uri {uri}"), ("scopes", "read")])
        elif roll < 0.8:
            b.api_body("redirect", "POST", "/api/integrations", {
                "name": r.choice(["grafana", "retool", "metabase"]), "redirect_uris": [redirect_uri(r, b)
                                                                                    for _ in range(2)],
                "post_logout_redirect_uri": f"{ORIGIN}/admin/login?bye=1"})
        else:
            b.slack("redirect", "redirect URI for the new app: " + redirect_uri(r, b))


def kind_webhook(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        url = webhook_url(r)
        roll = r.random()
        if roll < 0.4:
            b.api_body("webhook", "POST", "/api/webhooks", {
                "url": url,
                "events": r.sample(["switch.changed", "user.forget_me", "client.rotated", "usage.daily"], 2),
                "secret": "whsec_" + token(r, 24), "active": True}, extra={"Idempotency-Key": make_uuid(r)})
        elif roll < 0.6:
            b.admin_post("webhook", "/admin/clients", [
                ("client_id", r.choice(CLIENT_IDS)), ("description", f"alerts go to {url}"), ("scopes", "read")])
        elif r.random() < 0.5:
            b.slack("webhook", f"webhook for #data-oncall: <{url.replace('&', '&amp;')}>", escaped=True)
        else:
            b.slack("webhook", f"new webhook is live, test with `curl -X POST -H 'Content-Type: application/json' "
                               f"-d '{{\"text\":\"hello\"}}' {url}`")


def kind_jsonschema(b: Builder) -> None:
    r = b.rng
    for _ in range(25):
        schema = json_schema(r)
        roll = r.random()
        if roll < 0.35:
            b.api_body("jsonschema", "POST", "/api/schemas", schema)
        elif roll < 0.55:
            b.api_body("jsonschema", "POST", "/api/webhooks", {"url": webhook_url(r), "payload_schema": schema})
        elif roll < 0.7:
            b.multipart("jsonschema", "/api/schemas", [("name", schema.get("title", "rows"))],
                        [("file", "schema.json", "application/json", json.dumps(schema, indent=2))], bearer=True)
        else:
            b.slack("jsonschema", "schema for the export rows:\n```\n" + json.dumps(schema, indent=2) + "\n```")


def kind_yamltoml(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        text = r.choice(YAML_SNIPPETS + TOML_SNIPPETS)
        ext = "toml" if text in TOML_SNIPPETS else "yaml"
        roll = r.random()
        if roll < 0.25:
            b.admin_multipart("yamltoml", "/admin/clients", [
                ("client_id", r.choice(CLIENT_IDS)), ("description", text[:500]), ("scopes", "read")])
        elif roll < 0.4:
            b.admin_post("yamltoml", "/admin/clients", [
                ("client_id", r.choice(CLIENT_IDS)),
                ("description", " | ".join(line.strip() for line in text.splitlines() if line.strip())[:500]),
                ("scopes", "read")])
        elif roll < 0.6:
            b.api_body("yamltoml", "POST", "/api/integrations", {"name": f"config.{ext}", "format": ext,
                                                                "content": text})
        else:
            b.slack("yamltoml", f"```\n{text}```")


def kind_semver(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        v = r.choice(SEMVER)
        roll = r.random()
        if roll < 0.3:
            b.api_get("semver", "/api/openapi.json", [(r.choice(["version", "compat", "client_version"]), v)])
        elif roll < 0.45:
            rec = _get("/api/users?limit=25")
            rec["headers"] = {**b.api_headers(), "Accept-Version": v,
                              "X-Client-Version": f"{r.randrange(1, 4)}.{r.randrange(20)}.{r.randrange(9)}"}
            b.add("semver", rec, "header")
        elif roll < 0.6:
            b.admin_post("semver", "/admin/clients", [
                ("client_id", "terraform-ci"), ("description", f"terraform-provider-jeeves {v}, API >=1.0.0 <2.0.0"),
                ("scopes", "read")])
        elif roll < 0.75:
            b.api_body("semver", "POST", "/api/integrations", {"name": "sdk-python", "version_constraint": v,
                                                              "min_api": "1.2.0"})
        else:
            b.slack("semver", wrap(r, v))


def kind_markdown(b: Builder) -> None:
    r = b.rng
    for _ in range(30):
        notes = release_notes(r)
        roll = r.random()
        if roll < 0.5:
            b.slack("markdown", notes)
        elif roll < 0.7:
            b.admin_multipart("markdown", "/admin/clients", [
                ("client_id", "release-bot"), ("description", notes[:500]), ("scopes", "read")])
        else:
            b.api_body("markdown", "POST", "/api/announcements", {"title": notes.splitlines()[0].lstrip("#* "),
                                                                  "body_markdown": notes, "channels": ["#releases"]})


def kind_emailtpl(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        tpl = r.choice(EMAIL_TEMPLATES)
        roll = r.random()
        if roll < 0.4:
            b.api_body("emailtpl", r.choice(["POST", "PUT"]), "/api/notifications/templates/weekly-digest", {
                "subject": r.choice(["Your weekly Jeeves digest", "[{{ env }}] usage report", "Export ready"]),
                "body_text": tpl, "locale": r.choice(["en-GB", "de-DE", "en-US"]), "engine": r.choice(
                    ["jinja2", "handlebars", "liquid", "mustache"])})
        elif roll < 0.55:
            b.multipart("emailtpl", "/api/notifications/templates", [("name", "weekly-digest")],
                        [("template", "digest.txt.j2", "text/plain", tpl)], bearer=True)
        elif roll < 0.65:
            b.admin_post("emailtpl", "/admin/clients", [
                ("client_id", "mailer"), ("description", ("notification template: " + tpl.replace("\n", " "))[:500]),
                ("scopes", "read")])
        else:
            b.slack("emailtpl", "new digest template, thoughts?\n```\n" + tpl + "\n```")


def kind_csv(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        text = csv_text(r)
        roll = r.random()
        if roll < 0.3:
            b.multipart("csv", "/api/users/import", [("dry_run", "true")],
                        [("file", r.choice(["users.csv", "export (3).csv", "team_map.tsv"]), "text/csv", text)],
                        bearer=True)
        elif roll < 0.45:
            row = text.splitlines()[1][:100]
            b.admin_get("csv", "/admin/users", [("q", row)])
        elif roll < 0.6:
            b.api_body("csv", "POST", "/api/users/import", {"format": "csv", "delimiter": ",", "quote": "\"",
                                                            "header": True, "data": text})
        else:
            b.slack("csv", f"```\n{text}```")


def kind_jwt(b: Builder) -> None:
    r = b.rng
    for _ in range(55):
        tok = r.choice(b.tokens)
        cid = r.choice(CLIENT_IDS)
        basic = base64.b64encode(f"{cid}:{b.secrets[cid]}".encode()).decode()
        roll = r.random()
        if roll < 0.3:
            rec = _form("/verify_token", [("access_token", tok)] + ([("audience", "jeeves")] if r.random() < 0.5
                                                                      else []))
            rec["headers"] = {"User-Agent": r.choice(API_UAS), "Accept": "application/json",
                              "Content-Type": "application/x-www-form-urlencoded"}
            b.add("jwt", rec, "form")
        elif roll < 0.55:
            rec = _form("/oauth/introspect", [("token", tok), ("token_type_hint", "access_token")])
            rec["headers"] = {"User-Agent": r.choice(API_UAS), "Accept": "application/json",
                              "Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded"}
            b.add("jwt", rec, "form")
        elif roll < 0.7:
            rec = _form("/oauth/revoke", [("token", tok), ("token_type_hint", "access_token")])
            rec["headers"] = {"User-Agent": r.choice(API_UAS), "Authorization": f"Basic {basic}",
                              "Content-Type": "application/x-www-form-urlencoded"}
            b.add("jwt", rec, "form")
        elif roll < 0.9:
            rec = _get(f"/api/users/{r.randrange(1, 9000)}")
            rec["headers"] = {**b.api_headers(), "Authorization": "Bearer " + tok}
            b.add("jwt", rec, "header")
        else:
            claims = {"iss": "https://slack.com", "sub": r.choice(PEOPLE)[0], "aud": "4721939466.7216393580227",
                      "exp": EPOCH + 3600, "iat": EPOCH, "auth_time": EPOCH, "nonce": token(r),
                      "at_hash": token(r, 16), "https://slack.com/team_id": r.choice(TEAMS)[0],
                      "https://slack.com/user_id": r.choice(PEOPLE)[0], "email_verified": True}
            b.slack("jwt", "decoded fine on jwt.io, the header says RS256:\n`" +
                    make_jwt(r, claims, "RS256", "JWT", "mB2MAyKSn555isd0EbdhKx6nkyAi9xLq8rvCEb_nOyY") + "`")


def kind_ids(b: Builder) -> None:
    r = b.rng
    for _ in range(50):
        roll = r.random()
        if roll < 0.3:
            rec = _get(r.choice(["/api/users?limit=50", "/api/switches", f"/api/users/{r.randrange(1, 9000)}"]))
            rec["headers"] = {**b.api_headers(), r.choice(["X-Request-Id", "X-Correlation-ID", "Request-Id"]):
                              r.choice([make_uuid(r), make_ulid(r), f"{hexd(r, 8)}:{hexd(r, 4)}:0:1"]),
                              "X-Amzn-Trace-Id": f"Root=1-{EPOCH:x}-{hexd(r, 12)};Parent={hexd(r, 8)};Sampled=1",
                              "sentry-trace": f"{hexd(r, 16)}-{hexd(r, 8)}-1",
                              "baggage": f"sentry-environment=production,sentry-release=jeeves%401.9.{r.randrange(9)},"
                                         f"sentry-public_key={hexd(r, 16)},sentry-trace_id={hexd(r, 16)}"}
            b.add("ids", rec, "header")
        elif roll < 0.45:
            rec = _get(r.choice(["/.well-known/jwks.json", "/.well-known/oauth-authorization-server"]))
            rec["headers"] = {"User-Agent": r.choice(API_UAS), "Accept": "application/json",
                              "If-None-Match": r.choice([f'"{hexd(r, 16)}"', f'W/"{b64u(r.randbytes(20))}"'])}
            b.add("ids", rec, "header")
        elif roll < 0.7:
            b.api_get("ids", "/api/users", [(r.choice(["export_id", "run_id", "job", "trace_id", "etag", "sha256"]),
                                             r.choice([make_ulid(r), make_uuid(r), hexd(r), hexd(r, 20),
                                                       b64u(r.randbytes(r.choice([12, 16, 24]))),
                                                       "sha256:" + hexd(r), f"{make_uuid(r)}.{hexd(r, 4)}"]))])
        elif roll < 0.85:
            rec = _get(f"/api/users/{r.choice([1, 7, 42, 1337, 9000, r.randrange(1, 10**6)])}")
            rec["headers"] = b.api_headers()
            b.add("ids", rec, "path")
        else:
            b.slack("ids", wrap(r, r.choice([make_ulid(r), make_uuid(r), "sha256:" + hexd(r),
                                             b64u(r.randbytes(24))])))


def kind_signedurl(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        url = signed_url(r)
        roll = r.random()
        if roll < 0.3:
            b.api_body("signedurl", "POST", "/api/imports", {"source_url": url, "format": "csv",
                                                            "expires_at": iso(r, 1)},
                       extra={"Idempotency-Key": make_ulid(r)})
        elif roll < 0.5:
            b.api_get("signedurl", "/api/usage/stats", [("export_to", url)], style="pct")
        else:
            b.slack("signedurl", f"export is ready (link valid 1h): <{url.replace('&', '&amp;')}>", escaped=True)


def kind_oidc(b: Builder) -> None:
    r = b.rng
    for _ in range(40):
        roll = r.random()
        state = token(r)
        if roll < 0.35:
            code = r.choice([token(r, 24), f"{r.randrange(10**12, 10**13)}.{r.randrange(10**12, 10**13)}."
                                           f"{hexd(r, 32)}"])
            rec = _get("/auth/slack/callback?" + encode([("code", code), ("state", state)], "pct"))
            rec["headers"] = {**b.browser_headers(), "Cookie": f"__Host-jeeves_oidc_state={state}"}
            b.add("oidc", rec, "query")
        elif roll < 0.45:
            rec = _get("/auth/slack/callback?" + encode([
                ("error", "access_denied"), ("error_description", "The user denied the request"), ("state", state)],
                "plus"))
            rec["headers"] = {**b.browser_headers(), "Cookie": f"__Host-jeeves_oidc_state={state}"}
            b.add("oidc", rec, "query")
        elif roll < 0.55:
            rec = _get(r.choice(["/auth/slack/login", "/auth/slack/login?for=admin", "/auth/slack/",
                                 "/auth/slack/?done=bye"]))
            rec["headers"] = b.browser_headers()
            b.add("oidc", rec, "query")
        elif roll < 0.75:
            link = token(r)
            rec = _get(f"/auth/slack/link/{link}")
            rec["headers"] = b.browser_headers()
            b.add("oidc", rec, "path")
        elif roll < 0.9:
            link, csrf = token(r), token(r)
            rec = _form(f"/auth/slack/link/{link}", [("csrf_token", csrf)])
            rec["headers"] = {**b.browser_headers(post=True), "Cookie": f"__Host-jeeves_signin={csrf}"}
            b.add("oidc", rec, "cookie")
        else:
            verifier = token(r, 48)
            challenge = b64u(hashlib.sha256(verifier.encode()).digest())
            rec = _form("/oauth/token", [("grant_type", "authorization_code"), ("code", token(r, 24)),
                                         ("redirect_uri", "http://127.0.0.1:53682/callback"),
                                         ("code_verifier", verifier), ("client_id", "cli-priya")])
            rec["headers"] = {"User-Agent": r.choice(API_UAS), "Accept": "application/json",
                              "Content-Type": "application/x-www-form-urlencoded"}
            b.add("oidc", rec, "form")
            b.slack("oidc", f"PKCE pair for the CLI test: verifier `{verifier}` challenge `{challenge}` (S256)")


def kind_cursor(b: Builder) -> None:
    r = b.rng
    for _ in range(40):
        doc = r.choice([{"id": r.randrange(1, 9000)}, {"after": r.randrange(1, 9000), "dir": "next"},
                        {"created_at": iso(r), "id": r.randrange(1, 9000)},
                        {"k": [iso(r), r.randrange(1, 9000)], "o": "desc", "v": 2},
                        {"offset": r.choice([50, 100, 500]), "filter": {"team_id": r.choice(TEAMS)[0]}}])
        raw = json.dumps(doc, separators=(",", ":"))
        cur = r.choice([b64u(raw.encode()), base64.b64encode(raw.encode()).decode(),
                        "cur_" + b64u(raw.encode()), b64u(r.randbytes(18))])
        roll = r.random()
        if roll < 0.7:
            b.api_get("cursor", "/api/users", [(r.choice(["cursor", "page_token", "after", "starting_after",
                                                          "next"]), cur), ("limit", str(r.choice([50, 100, 500])))],
                      style=r.choice(["pct", "plus", "axios"]))
        elif roll < 0.85:
            b.api_body("cursor", "POST", "/api/users/search", {"page": {"cursor": cur, "size": 100}})
        else:
            b.slack("cursor", f"the next-page link loops, got `?cursor={cur}` twice in a row")


def kind_idempotency(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        key = r.choice([make_uuid(r), make_ulid(r), f"patch-user-{r.randrange(1, 9000)}-{day(r)}",
                        hexd(r, 16), f"tf-{b64u(r.randbytes(9))}"])
        extra = {"Idempotency-Key": key}
        if r.random() < 0.3:
            extra["If-Match"] = f'"{hexd(r, 8)}"'
        if r.random() < 0.5:
            person = r.choice(PEOPLE)
            body: dict[str, Any] = r.choice([
                {"settings": {"timezone": r.choice(TIMEZONES), "alert_time": r.choice(["07:30", "06:45", "08:00"])}},
                {"name": person[2], "email": person[3]}, {"is_active": False},
                {"settings": {"units": r.choice(["metric", "imperial"]), "alerts": r.random() < 0.5}}])
            ctype = r.choice(["application/json", "application/json", "application/json; charset=utf-8"])
            b.api_body("idempotency", "PATCH", f"/api/users/{r.randrange(1, 9000)}", body, ctype, extra)
        else:
            b.api_body("idempotency", "PUT", f"/api/switches/{r.choice(ACTIONS)}", {
                "enabled": r.random() < 0.5, "team_id": r.choice(["*", TEAMS[0][0], TEAMS[2][0]]),
                "reason": r.choice(["INC-2291: provider down", "Q3 rollout, wave 2", "per @ngozi in #data-oncall",
                                    "re-enable after fix (PR #487)"])}, extra=extra)


def kind_oauthclient(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        cid = r.choice(CLIENT_IDS)
        secret = b.secrets[cid]
        fields = [("grant_type", "client_credentials")]
        if r.random() < 0.7:
            fields.append(("scope", r.choice(["read", "read write", "write", "read  write"])))
        if r.random() < 0.3:
            fields.append(("audience", r.choice(["jeeves", "tokendealer"])))
        if r.random() < 0.65:
            rec = _form("/oauth/token", fields)
            user = urllib.parse.quote_plus(cid)
            rec["headers"] = {"User-Agent": r.choice(API_UAS), "Accept": "application/json",
                              "Authorization": "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode(),
                              "Content-Type": r.choice(["application/x-www-form-urlencoded",
                                                        "application/x-www-form-urlencoded;charset=UTF-8"])}
            b.add("oauthclient", rec, "header")
        else:
            rec = _form("/oauth/token", [*fields, ("client_id", cid), ("client_secret", secret)])
            rec["headers"] = {"User-Agent": r.choice(API_UAS), "Accept": "application/json",
                              "Content-Type": "application/x-www-form-urlencoded"}
            b.add("oauthclient", rec, "form")


def kind_admin(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        roll = r.random()
        if roll < 0.25:
            b.admin_post("admin", "/admin/features", [("action", r.choice(ACTIONS)), ("enabled", r.choice("01")),
                                                     ("team_id", r.choice(["", TEAMS[0][0], TEAMS[2][0].lower()]))])
        elif roll < 0.35:
            b.admin_post("admin", "/admin/features/remove", [("action", r.choice(ACTIONS)),
                                                            ("team_id", r.choice(TEAMS)[0])])
        elif roll < 0.5:
            person = r.choice(PEOPLE)
            b.admin_post("admin", "/admin/slack-sign-in", [("username", r.choice(["ops-admin", "priya", "siobhan.ob"])),
                                                          ("team_id", r.choice(TEAMS)[0]), ("user_id", person[0])])
        elif roll < 0.7:
            cid = r.choice(CLIENT_IDS)
            path = f"/admin/clients/{urllib.parse.quote(cid, safe='')}/{r.choice(['rotate', 'disable', 'enable'])}"
            b.admin_post("admin", path, [], placement="path")
        elif roll < 0.85:
            b.admin_get("admin", "/admin/audit", [("q", r.choice([
                "client.rotate grafana", "login.slack", "user.forget_me", f"feature.set weather@{TEAMS[0][0]}",
                "outcome=failed", "admin.map_slack priya", "account.totp_enable", "client.create :etl",
                f"{TEAMS[1][0]}/{PEOPLE[3][0]}", "slack:T04NX2QW7/U02AB7KQ3LM"]))])
        else:
            session = r.choice(b.admin_sessions)
            rec = _get(r.choice(["/admin/", "/admin/gateway", "/admin/clients?done=client_enabled",
                                 "/admin/users?page=3", "/admin/features?done=switch_updated"]))
            rec["headers"] = b.browser_headers(session)
            rec["headers"]["Cookie"] = (f"__Host-jeeves_admin={session}; _ga=GA1.1.{r.randrange(10**9)}."
                                        f"{EPOCH - r.randrange(10**7)}; ajs_anonymous_id=%22{make_uuid(r)}%22; "
                                        "table_prefs=" + urllib.parse.quote(json.dumps(
                                            {"users": {"sort": "-created_at", "cols": ["name", "email", "team"],
                                                       "filter": "is:active"}}, separators=(",", ":"))))
            b.add("admin", rec, "cookie")


def kind_me(b: Builder) -> None:
    r = b.rng
    for _ in range(35):
        cookie, csrf = r.choice(b.me_sessions)
        jar = f"__Host-jeeves_me={cookie}"
        roll = r.random()
        if roll < 0.3:
            rec = _form("/me/settings", [("csrf_token", csrf), ("units", r.choice(["metric", "imperial"])),
                                         ("alert_time", r.choice(["07:30", "06:45", "08:00", "21:15"])),
                                         ("timezone", r.choice(TIMEZONES))] +
                        ([("alerts", "on")] if r.random() < 0.6 else []))
            rec["headers"] = {**b.browser_headers(post=True), "Cookie": jar}
            b.add("me", rec, "form")
        elif roll < 0.55:
            rec = _form("/me/location", [("csrf_token", csrf), ("place", r.choice(PLACES))])
            rec["headers"] = {**b.browser_headers(post=True), "Cookie": jar}
            b.add("me", rec, "form")
        elif roll < 0.65:
            b.multipart("me", "/me/settings", [("csrf_token", csrf), ("units", "metric"), ("alert_time", "07:30"),
                                               ("timezone", r.choice(TIMEZONES)), ("alerts", "on")], cookie=jar)
        elif roll < 0.85:
            rec = _get(r.choice(["/me/", "/me/data.json", "/me/?done=settings_saved", "/me/?done=location_saved"]))
            tz = urllib.parse.quote(r.choice(TIMEZONES), safe="")
            rec["headers"] = {**b.browser_headers(), "Cookie": f"{jar}; theme=dark; tz={tz}"}
            b.add("me", rec, "cookie")
        else:
            rec = _get("/me/data.json")
            rec["headers"] = {"User-Agent": r.choice(["curl/8.5.0", "python-httpx/0.27.0", "Wget/1.21.4"]),
                              "Accept": "application/json", "Cookie": jar}
            b.add("me", rec, "cookie")


DATA_TALK = [
    "the `fct_orders` model is failing on prod: `where order_date >= '2024-06-01' and status <> 'cancelled'` "
    "returns 0 rows since the backfill",
    "can we switch the dashboard filter to `team_id in ('T04NX2QW7', 'T01HQ8ZK3R')`? the ops workspace is missing",
    "dbt question: `{{ config(materialized='incremental', unique_key='event_id') }}` plus `{% if is_incremental() %} "
    "where loaded_at > (select max(loaded_at) from {{ this }}) {% endif %}`, is that still the recommended pattern?",
    "Looker explore is timing out, the generated SQL has `LEFT JOIN users ON users.id = events.user_id` twice",
    "pandas people: `df.query(\"alerts == True and units == 'imperial'\")` or `df[df.alerts & (df.units == "
    "'imperial')]`?",
    "for the Grafana panel use `sum by (route) (rate(edge_waf_requests_total{decision=\"block\"}[5m]))`",
    "PromQL for p95: `histogram_quantile(0.95, sum by (le, route) (rate(http_request_duration_seconds_bucket[10m])))`",
    "the Metabase question 'Users without alerts' is just `SELECT count(*) FROM users WHERE settings->>'alerts' IS "
    "DISTINCT FROM 'true'`",
    "who owns the `usage_log` retention job? `DELETE FROM usage_log WHERE created_at < now() - interval '90 days'` "
    "ran for 40 min last night",
    "spark job: `spark.read.parquet(\"s3a://fernbank-lake/events/dt=2024-06-2*/\").filter(\"action = 'weather'\")"
    ".groupBy(\"team_id\").count()`",
    "BigQuery: ```SELECT * EXCEPT(raw_payload) FROM `analytics.slack_events` WHERE DATE(_PARTITIONTIME) = "
    "\"2024-06-20\"```",
    "Kusto for the Azure folks: `requests | where timestamp > ago(1h) and resultCode == \"403\" | summarize count() "
    "by name`",
    "Splunk: `index=edge sourcetype=nginx:access status=403 | stats count by uri_path | sort -count | head 20`",
    "Datadog monitor query: `avg(last_5m):avg:jeeves.command.latency{env:prod,action:weather} by {team} > 1500`",
    "LogQL: `{app=\"jeeves\"} |= \"slack_command_failed\" | json | line_format \"{{.team}} {{.error}}\"`",
    "the Tableau calc is `IF [Alerts] AND DATEDIFF('day', [Created At], TODAY()) < 30 THEN 'new+alerts' ELSE "
    "'other' END`",
    "Excel formula from finance: `=SUMIFS(C:C, A:A, \">=\"&DATE(2024,6,1), B:B, \"weather\")`",
    "Sheets: `=QUERY(Users!A:F, \"select B, count(A) where E = true group by B order by count(A) desc\", 1)`",
    "MongoDB shell from the old stack: `db.users.find({ team: \"T04NX2QW7\", \"settings.units\": \"imperial\" })"
    ".sort({ created_at: -1 }).limit(20)`",
    "Elasticsearch DSL if anyone needs it: `{\"query\": {\"bool\": {\"must\": [{\"match\": {\"action\": \"weather\"}}],"
    " \"filter\": [{\"range\": {\"@timestamp\": {\"gte\": \"now-7d/d\"}}}]}}}`",
    "airflow dag `usage_rollup` is scheduled `0 */6 * * *` but the sensor waits on `{{ ds }}` partitions, so it's "
    "always 6h late",
    "jq one-liner for the on-call: `curl -s .../api/users?limit=500 | jq '.users[] | select(.settings.alerts) | "
    ".email' | sort -u`",
    "dashboards freeze when the time picker is `now-30d` to `now`; try `now-7d/d` to `now/d` for now",
    "reminder: the CSV export escapes quotes by doubling them, so `\"O'Brien, Siobhán\"` and `\"5\"\" display\"` "
    "are expected",
    "the regex for ticket ids in the usage notes is `^(DATA|OPS)-\\d{3,5}$`, JIRA changed the prefix",
    "new saved view in Kibana: `service.name:jeeves AND event.outcome:failure AND NOT url.path:/healthz`",
    "has anyone benchmarked `WHERE email ILIKE '%@fernbank.io'` vs a trigram index? it's the admin search",
    "LookML: `sql: ${TABLE}.settings ->> 'timezone' ;;` works, `sql: json_extract_path_text(${TABLE}.settings, "
    "'timezone') ;;` doesn't on pg",
    "`SELECT team_id, percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) FROM usage_log GROUP BY 1 ORDER BY 2 "
    "DESC LIMIT 10;` weather is the slow one, surprise",
    "superset chart uses `DATE_TRUNC('hour', created_at) AS __timestamp` and it breaks on DST",
    "R folks: `users %>% filter(alerts == TRUE, units != \"metric\") %>% count(team_id, sort = TRUE)`",
    "for the dbt test: `dbt test --select source:jeeves.users+ --exclude tag:slow`",
    "the GraphQL explorer query I use: `{ users(first: 20, filter: {alerts: true}) { edges { node { id email } } } }`",
    "`kubectl logs deploy/jeeves -c app --since=1h | grep -E 'slack_(command|event)_failed' | wc -l` says 3, all "
    "timeouts",
    "on-call note: if the WAF graph spikes, check `edge_waf_rule_matches_total` by rule and route before paging anyone",
    "the timezone filter should be `tz IN ('Europe/Paris','Europe/Berlin','America/New_York')` not `tz = 'CET'`",
    "Snowflake: `select parse_json(payload):event:type::string as kind, count(*) from raw.slack_events group by 1`",
    "ok who changed the alert cron to `*/5 * * * *`? the worker queue has 40k jobs",
    "moved the `is_admin` audit to a scheduled query: `0 9 * * MON` Europe/Dublin",
    "semver drama: the client pins `slack_sdk>=3.26,<4` but the notebook image has 3.19.5",
    "python: `re.compile(r\"^U[A-Z0-9]{8,10}$\")` matches every real Slack user id I've seen, bots are B...",
    "the export API needs `?fields[users]=id,email&filter[active]=true&page[size]=500`, otherwise it's 50 per page",
    "the SCIM sync logs `filter=userName eq \"elin@fernbank.se\"` with 0 results, Okta sends the email not the handle",
    "OData from the Power BI connector: `$filter=created_at ge 2024-06-01T00:00:00Z and is_active eq true&$select="
    "id,name,team_id`",
    "dbt seed fails: `Runtime Error: Compilation Error in seed team_map: \"T04NX2QW7\" is not a valid column name`",
    "if you see `ERROR: canceling statement due to statement timeout` on the admin search it's the `%foo%` ILIKE on "
    "2M rows",
    "my local jq filter: `.[] | select(.created_at >= \"2024-06-01\") | [.id, .name, .email] | @csv`",
    "test account cleanup: `UPDATE users SET is_active = false WHERE email LIKE '%@example.com' AND created_at < "
    "'2024-01-01';` dry run returns 212",
    "the JSONPath in the Grafana Infinity panel is `$.users[?(@.is_admin == true)].name`",
    "Power Automate expression: `@{formatDateTime(utcNow(), 'yyyy-MM-ddTHH:mm:ssZ')}` for the since param",
    "Trino: `SELECT json_extract_scalar(settings, '$.timezone') AS tz, count(*) FROM users GROUP BY 1`",
    "the `usage_stats` endpoint wants `since=2024-06-14T00:00:00Z&until=2024-06-21T00:00:00Z`, a bare date gives "
    "UTC midnight",
    "git grep for the old endpoint: `git grep -n \"api/v1/users\" -- '*.py' ':!tests/'`",
    "Hive partition filter: `WHERE dt BETWEEN '2024-06-01' AND '2024-06-21' AND hour IN ('07','08')`",
    "Redash query params: `{{ team_id }}` and `{{ date_range.start }}`; the dropdown source is `SELECT DISTINCT "
    "slack_team_id FROM users`",
    "GA4 segment regex for the docs site: `^/docs/(api|admin)/.*$`",
    "SQLAlchemy: `select(User).where(User.settings[\"alerts\"].astext == \"true\").order_by(User.id).limit(50)` is "
    "what the API runs",
    "the Retool table's filter is `{{ table1.selectedRow.data.email }}`, it breaks when the row has no email",
    "awk for the access log: `awk '$9 == 403 {print $7}' access.log | sort | uniq -c | sort -rn | head`",
    "XPath for the old SOAP export, in case: `//User[@active='true']/Email/text()`",
    "MDX from finance's cube: `SELECT {[Measures].[Commands]} ON COLUMNS, [Team].[Team Id].MEMBERS ON ROWS FROM "
    "[Usage]`",
    "ClickHouse: `SELECT toStartOfHour(ts) AS h, countIf(status = 403) FROM edge_access WHERE ts > now() - INTERVAL "
    "1 DAY GROUP BY h ORDER BY h`",
    "Postgres JSON: `settings @> '{\"alerts\": true}'` uses the GIN index, `settings->>'alerts' = 'true'` doesn't",
    "the shell alias I use: `alias jusers='curl -sH \"Authorization: Bearer $(cat ~/.jeeves-token)\" "
    "https://localhost:8443/api/users | jq .'`",
    "Cypher for the lineage graph: `MATCH (m:Model)-[:DEPENDS_ON*1..3]->(s:Source {name: 'jeeves.users'}) RETURN "
    "m.name`",
    "Painless script field: `doc['latency_ms'].size() == 0 ? 0 : doc['latency_ms'].value / 1000.0`",
    "dashboard's fixed, thanks Priya :raised_hands:",
    "who's on call for data this week? the usage rollup is 2h behind",
    "can I get read access to the Jeeves API for the churn notebook? client id `hex-notebooks` is fine",
    "standup: finishing the cohort dashboard, then the SCIM filter bug",
    "the p95 panel is in ms, not seconds, that's why it looks scary",
]
DATA_TALK_LINKS = [  # already in Slack's wire form: links in <...>, & as &amp;
    "dashboard for the QBR: <https://grafana.fernbank.io/d/jeeves-usage/jeeves-usage?orgId=1&amp;from=now-90d&amp;"
    "to=now&amp;var-team=T04NX2QW7|Jeeves usage>",
    "Kibana view: <https://kibana.fernbank.io/app/discover#/?_g=(time:(from:now-24h,to:now))&amp;_a=(query:(language:"
    "kuery,query:'service.name:jeeves and http.response.status_code >= 500'))|5xx last 24h>",
    "the notebook: <https://app.hex.tech/fernbank/app/0f1e2d3c/latest?selectedStaticCellId=abc123&amp;"
    "view=notebook|churn v3>",
    "Metabase question <https://metabase.fernbank.io/question/412-users-without-alerts?team_id=T04NX2QW7&amp;"
    "created_at=past30days|users without alerts> is wrong since Monday",
    "GitHub search for the callers: <https://github.com/search?q=org%3Afernbank+%22api%2Fusers%22+language%3APython"
    "&amp;type=code>",
]


def kind_slack_talk(b: Builder) -> None:
    r = b.rng
    for text in DATA_TALK:
        b.slack("slack-talk", text)
    for text in DATA_TALK_LINKS:
        b.slack("slack-talk", text, escaped=True)
    for _ in range(20):   # thread replies quoting an earlier line
        b.slack("slack-talk", "> " + r.choice(DATA_TALK).splitlines()[0] + "\n" + r.choice(
            ["+1", "same here", "fixed in the PR", "can you share the query?", "that's the old index, use v2"]))


SLASH_TEXTS = ["weather", "help", "login", "my location", "forget location", "alerts on", "alerts off", "config",
               "config units imperial", "config alert_time 07:45", "forget me"]


def kind_slack_cmd(b: Builder) -> None:
    r = b.rng
    for _ in range(50):
        roll = r.random()
        if roll < 0.45:
            text = r.choice(SLASH_TEXTS + [f"weather {r.choice(PLACES)}", f"remember location {r.choice(PLACES)}",
                                           f"config timezone {r.choice(TIMEZONES)}"])
        elif roll < 0.7:
            text = r.choice([f"help {r.choice(['filters', 'api', 'cron', 'export'])}",
                             f"weather {r.choice(PLACES)} tomorrow 9:00", "config alert_time 7:30am",
                             f"remind the team the export filter is {lucene(r)}", f"config schedule {cron_expr(r)}",
                             f"search {ghsearch(r)}", f"users where {rsql(r)}", f"export since {iso(r)}"])
        else:
            text = r.choice([lucene(r), scim(r), jq_expr(r), regex_expr(r), cron_expr(r), duration(r)])
        b.slash("slack-cmd", text)


def kind_slack_action(b: Builder) -> None:
    r = b.rng
    for _ in range(40):
        uid, uname, display, _ = b.person()
        team, domain = r.choice(TEAMS)
        channel, cname = r.choice(CHANNELS + [("D06ABCD1234", "directmessage")])
        place = r.choice(PLACES)
        kind = r.random()
        if kind < 0.6:
            action = {"action_id": "set_location", "block_id": token(r, 3)[:4], "text": {
                "type": "plain_text", "text": "Set as my location", "emoji": True}, "value": place, "type": "button"}
            sky = r.choice(["light rain", "clear sky", "overcast"])
            message_text = f"*Weather in {place}*: {r.randrange(-5, 35)}°C, {sky}"
        elif kind < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": token(r, 3)[:4], "text": {
                "type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-", "style": "danger",
                "type": "button"}
            message_text = "This deletes everything I know about you. Sure?"
        else:
            action = {"action_id": "forget_me_cancel", "block_id": token(r, 3)[:4], "text": {
                "type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-", "type": "button"}
            message_text = "This deletes everything I know about you. Sure?"
        ts = f"{EPOCH + r.randrange(86400)}.{r.randrange(10**6):06d}"
        action["action_ts"] = ts
        ephemeral = r.random() < 0.6
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": uid, "username": uname, "name": uname, "team_id": team},
            "api_app_id": APP_ID, "token": VERIFICATION_TOKEN,
            "container": {"type": "message", "message_ts": ts, "channel_id": channel, "is_ephemeral": ephemeral},
            "trigger_id": f"{r.randrange(7 * 10**12, 8 * 10**12)}.{r.randrange(10**12, 10**13)}.{hexd(r, 16)}",
            "team": {"id": team, "domain": domain}, "enterprise": None, "is_enterprise_install": False,
            "channel": {"id": channel, "name": cname}, "state": {"values": {}},
            "response_url": f"https://hooks.slack.com/actions/{team}/{r.randrange(7 * 10**12, 8 * 10**12)}/"
                            f"{token(r, 18)[:24]}",
            "actions": [action]}
        if not ephemeral:
            payload["message"] = {"bot_id": "B06QJ4LA1CD", "type": "message", "text": message_text,
                                  "user": BOT_USER, "ts": ts, "app_id": APP_ID, "team": team, "blocks": [
                                      {"type": "section", "block_id": token(r, 3)[:4],
                                       "text": {"type": "mrkdwn", "text": message_text, "verbatim": False}},
                                      {"type": "actions", "block_id": action["block_id"], "elements": [
                                          {k: v for k, v in action.items() if k != "action_ts"}]}]}
        if r.random() < 0.3:   # a filter box elsewhere in the same message keeps its typed value in state
            payload["state"] = {"values": {"filter_block": {"filter_input": {
                "type": "plain_text_input", "value": r.choice([lucene(r), rsql(r), scim(r), regex_expr(r)])}}}}
        body = "payload=" + urllib.parse.quote_plus(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        rec = {"method": "POST", "uri": "/slack/interactions", "body": body,
               "headers": {"User-Agent": SLACK_UA, "Accept": "application/json,*/*",
                           "Content-Type": "application/x-www-form-urlencoded",
                           "X-Slack-Request-Timestamp": str(EPOCH), "X-Slack-Signature": "v0=" + "0" * 64}}
        b.add("slack-action", rec, "form")


def kind_slack_mention(b: Builder) -> None:
    r = b.rng
    for _ in range(25):
        uid = b.person()[0]
        team = r.choice(TEAMS)[0]
        channel = r.choice(CHANNELS)[0]
        ts = f"{EPOCH + r.randrange(86400)}.{r.randrange(10**6):06d}"
        typed = r.choice([f"weather {r.choice(PLACES)}", "help", f"what does `{lucene(r)}` match?",
                          f"is the export cron `{cron_expr(r)}` in UTC?", "login",
                          f"config timezone {r.choice(TIMEZONES)}"])
        event = {"type": "app_mention", "user": uid, "text": f"<@{BOT_USER}> " + slack_escape(typed), "ts": ts,
                 "client_msg_id": make_uuid(r), "team": team, "channel": channel, "event_ts": ts,
                 "blocks": [{"type": "rich_text", "block_id": token(r, 3)[:4], "elements": [
                     {"type": "rich_text_section", "elements": [{"type": "user", "user_id": BOT_USER},
                                                                {"type": "text", "text": " " + typed}]}]}]}
        body = {"token": VERIFICATION_TOKEN, "team_id": team, "api_app_id": APP_ID, "event": event,
                "type": "event_callback", "event_id": "Ev0" + "".join(r.choice(ULID_ALPHABET) for _ in range(9)),
                "event_time": int(ts.split(".")[0]),
                "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": BOT_USER, "is_bot": True,
                                    "is_enterprise_install": False}],
                "is_ext_shared_channel": False, "event_context": "4-" + b64u_json({"t": team, "c": channel})}
        rec = {"method": "POST", "uri": "/slack/events", "body": json.dumps(body, ensure_ascii=False),
               "headers": {"User-Agent": SLACK_UA, "Accept": "*/*", "Content-Type": "application/json",
                           "X-Slack-Request-Timestamp": str(EPOCH), "X-Slack-Signature": "v0=" + "0" * 64}}
        b.add("slack-mention", rec, "json")


KINDS: list[Callable[[Builder], None]] = [
    kind_lucene, kind_ghsearch, kind_scim, kind_odata, kind_jsonapi, kind_graphql, kind_jq, kind_jsonpath,
    kind_cron, kind_regex, kind_rsql, kind_filterdoc, kind_timerange, kind_useragent, kind_cidr, kind_allowlist,
    kind_redirect, kind_webhook, kind_jsonschema, kind_yamltoml, kind_semver, kind_markdown, kind_emailtpl,
    kind_csv, kind_jwt, kind_ids, kind_signedurl, kind_oidc, kind_cursor, kind_idempotency, kind_oauthclient,
    kind_admin, kind_me, kind_slack_talk, kind_slack_cmd, kind_slack_action, kind_slack_mention,
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    b = Builder(20240621)
    for kind in KINDS:
        kind(b)
    return iter(b.out)

