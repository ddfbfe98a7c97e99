"""Benign HTTP clients on our non-Slack routes: the headers, cookies and request framing that real browsers,
SDKs, OAuth clients, monitors, link previewers and the proxies, CDNs and tracers between them produce.

A fifth, independent benign set (about 1,500 requests; no attacks: `attacks()` is empty). Where the other sets
vary what people type, this one varies what software adds around it: browsers' full header sets (sec-ch-ua
with its GREASE brands, Accept with q-values, Accept-Language lists, DNT, Sec-GPC, Priority), long cookie jars
(analytics, advertising, chat and consent-manager cookies with URL-encoded JSON-like values, Cloudflare bot
cookies, foreign session cookies of many frameworks, JWT-looking and base64 values), proxy and CDN headers
(Forwarded, Via, X-Forwarded-For chains with IPv6), trace context of several vendors, CORS preflights,
conditional and range requests, API and OAuth clients' framing (Idempotency-Key, charset and boundary
parameters, Basic auth), uptime monitors, link previewers and scanners' benign fingerprinting.

How it was written: by a fifth author, from general knowledge of real traffic and of our routes' shapes only
(the route list of gateway/gateway.yaml, app/, tokendealer/, README.md), without reading the WAF's rules, the
CRS files or the other sets' payload lists, and without changing a record after measuring. (One over-broad grep
of gateway.yaml showed a few exclusion lines of the api, admin and me routes: 920220 on REQUEST_URI, 920440 on
REQUEST_BASENAME, SQLi tags on ARGS:csrf_token; none concerns headers or cookies.)
First measurement, unchanged records: 133 of 1,560 blocked. 123 by rule 142280 on Chrome's high-entropy client
hints sent empty (`sec-ch-ua-model: ""`, `sec-ch-ua-arch: ""`), 7 by 142190 on a Supabase auth cookie (a
URL-encoded JSON array ending in nulls), 2 by CRS 921110 on a multipart admin form whose `action` is "forget me" /
"forget location", 4 by 913100 (+113100, 132100) on the zgrab and Nmap scanners' User-Agents, 1 by 142250 on one
CloudFront X-Amz-Cf-Id value.
Every value comes from a seeded random.Random (one seed per kind); no clock, so the set is the same every run.
Records: {"method", "uri", "body", "headers", "id", "category": "benign", "placement", "sub": the kind},
ids "clients-benign-<kind>-NNNN".
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import json
import random
import urllib.parse
import uuid
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from .family_gen import _form, _query
from .records import b64url, no_attacks

Rec = dict[str, Any]
Gen = Callable[[random.Random], tuple[str, str, dict[str, str], str, str]]

ORIGIN = "https://localhost:8443"
EPOCH = 1_712_000_000           # early April 2024: every timestamp is this plus a seeded offset


# ---------------------------------------------------------------- small random values

def tok(rng: random.Random, n: int = 32) -> str:
    """secrets.token_urlsafe(n), from the seeded random."""
    return b64url(rng.randbytes(n))


def hexs(rng: random.Random, n: int) -> str:
    return rng.randbytes((n + 1) // 2).hex()[:n]


def alnum(rng: random.Random, n: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def ts(rng: random.Random, days: int = 60) -> int:
    return EPOCH + rng.randrange(days * 86400)


def ms(rng: random.Random) -> int:
    return ts(rng) * 1000 + rng.randrange(1000)


def http_date(t: int) -> str:
    return email.utils.formatdate(t, usegmt=True)


def b64json(doc: Any, pad: bool = True) -> str:
    raw = base64.b64encode(json.dumps(doc, separators=(",", ":")).encode()).decode()
    return raw if pad else raw.rstrip("=")


def jwt_like(rng: random.Random, claims: dict[str, Any] | None = None, alg: str = "ES256") -> str:
    """A JWT-shaped token (random signature: the edge cannot verify it, the WAF sees its shape)."""
    t = ts(rng)
    head = {"alg": alg, "typ": "JWT" if claims else "at+jwt", "kid": tok(rng)}
    body = claims or {"iss": ORIGIN, "sub": rng.choice(CLIENT_IDS), "aud": "jeeves", "iat": t, "nbf": t,
                      "exp": t + 900, "jti": hexs(rng, 32), "scope": rng.choice(["read", "read write"])}
    sig = rng.randbytes(64 if alg.startswith("ES") else 256)
    return ".".join([b64url(json.dumps(head, separators=(",", ":")).encode()),
                     b64url(json.dumps(body, separators=(",", ":")).encode()), b64url(sig)])


def ipv4(rng: random.Random, private: bool = False) -> str:
    if private:
        return rng.choice([f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                           f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                           f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                           f"100.{rng.randrange(64, 128)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"])
    first = rng.choice([24, 31, 37, 46, 62, 77, 81, 86, 89, 92, 109, 146, 151, 176, 178, 185, 193, 203, 212, 213])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def ipv6(rng: random.Random) -> str:
    prefix = rng.choice(["2001:db8", "2a01:cb1d", "2a02:8428", "2600:1700", "2607:fb90", "2a00:23c7", "2001:4860"])
    groups = [f"{rng.randrange(65536):x}" for _ in range(rng.choice([2, 4, 6]))]
    return f"{prefix}:{':'.join(groups)}" if len(groups) == 6 else f"{prefix}:{groups[0]}::{':'.join(groups[1:])}"


def ip(rng: random.Random) -> str:
    return ipv6(rng) if rng.random() < 0.3 else ipv4(rng)


# ---------------------------------------------------------------- things our routes carry

CLIENT_IDS = ["demo-client", "jeeves-worker", "reporting-etl", "grafana-datasource", "billing-sync",
              "ops-dashboard", "data-warehouse", "backoffice", "status-page", "svc:analytics"]
ACTIONS = ["weather", "help", "login", "forget me", "remember location", "my location", "forget location",
           "config", "alerts"]
TEAMS = ["T0123ABCD", "T02B7K9QX", "T05LMNOP1", "TDEMO0001", "E01ENTGRID"]
USERS = ["U0DEMOADA", "U01HOPPER", "U02LAMARR", "U04K3Y9ZQ", "W012A3CDE"]
SEARCHES = ["ada", "lovelace", "hopper", "U0DEMOADA", "T0123ABCD", "grace@example.org", "login_failed",
            "user.forget_me", "client.rotate_secret", "totp", "switch", "jeeves-worker", "2024-04", "admin"]
PLACES = ["Paris", "London", "Zürich", "São Paulo", "New York, NY", "Saint-Étienne", "Kraków", "Reykjavík",
          "Tokyo", "Cape Town", "Montréal", "Bengaluru", "Austin, TX", "Wellington"]
TIMEZONES = ["Europe/Paris", "Europe/London", "America/New_York", "America/Sao_Paulo", "Asia/Tokyo", "UTC",
             "Australia/Sydney", "Africa/Johannesburg", "America/Los_Angeles", "Asia/Kolkata"]


def admin_page(rng: random.Random) -> str:
    return rng.choice([
        "/admin/", "/admin/users", "/admin/clients", "/admin/features", "/admin/gateway", "/admin/account",
        "/admin/audit", "/admin/slack-sign-in",
        _query("/admin/users", [("q", rng.choice(SEARCHES)), ("page", str(rng.randrange(1, 9)))]),
        _query("/admin/audit", [("q", rng.choice(SEARCHES)), ("page", str(rng.randrange(1, 40)))]),
        _query("/admin/users", [("done", "user_updated"), ("q", ""), ("page", "1")]),
        _query("/admin/features", [("done", rng.choice(["switch_updated", "switch_removed"]))]),
        _query("/admin/clients", [("done", rng.choice(["client_disabled", "client_enabled"]))]),
        _query("/admin/account", [("done", rng.choice(["totp_enabled", "totp_disabled"]))]),
    ])


def me_page(rng: random.Random) -> str:
    return rng.choice(["/me/", "/me/", "/me/data.json", _query("/me/", [("done", rng.choice(["saved", "location",
                                                                                          "forgotten"]))])])


def auth_page(rng: random.Random) -> str:
    return rng.choice(["/auth/slack/", "/auth/slack/login", "/auth/slack/login?for=admin",
                       f"/auth/slack/link/{tok(rng)}", _query("/auth/slack/", [("done", "signed_out")])])


def admin_form(rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    csrf = ("csrf_token", tok(rng))
    choice = rng.randrange(9)
    if choice == 0:
        return "/admin/login", [csrf, ("username", rng.choice(["admin", "ops", "m.curie", "g.hopper"])),
                                ("password", tok(rng, 15)), ("totp", f"{rng.randrange(10**6):06d}"),
                                ("next", rng.choice(["/admin/", "/admin/users", "/admin/audit?q=totp"]))]
    if choice == 1:
        return f"/admin/users/{rng.randrange(1, 5000)}/{rng.choice(['active', 'admin'])}", [
            csrf, ("value", rng.choice("01")), ("q", rng.choice(SEARCHES + [""])), ("page", str(rng.randrange(1, 5)))]
    if choice == 2:
        fields = [csrf, ("client_id", rng.choice(CLIENT_IDS[2:]) + f"-{rng.randrange(10)}"),
                  ("description", rng.choice(["Nightly export to the warehouse", "Grafana panels (read only)",
                                              "Status page probe", "Billing sync, owner: finance team"]))]
        fields += [("scopes", s) for s in rng.sample(["read", "write"], rng.randrange(1, 3))]
        return "/admin/clients", fields
    if choice == 3:
        cid = rng.choice(CLIENT_IDS[:9])
        return (f"/admin/clients/{cid}/" + rng.choice(["rotate", "disable", "enable"])), [csrf]
    if choice == 4:
        return "/admin/features", [csrf, ("action", rng.choice(ACTIONS)), ("team_id", rng.choice(TEAMS + [""])),
                                   ("enabled", rng.choice("01"))]
    if choice == 5:
        return "/admin/features/remove", [csrf, ("action", rng.choice(ACTIONS)), ("team_id", rng.choice(TEAMS))]
    if choice == 6:
        return "/admin/account/totp/confirm", [csrf, ("totp", f"{rng.randrange(10**6):06d}"),
                                               ("totp_pending", tok(rng, 20))]
    if choice == 7:
        return "/admin/slack-sign-in", [csrf, ("username", rng.choice(["admin", "ops"])),
                                        ("team_id", rng.choice(TEAMS)), ("user_id", rng.choice(USERS))]
    return "/admin/logout", [csrf]


def me_form(rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    csrf = ("csrf_token", tok(rng))
    choice = rng.randrange(6)
    if choice == 0:
        return "/me/location", [csrf, ("place", rng.choice(PLACES))]
    if choice == 1:
        fields = [csrf, ("units", rng.choice(["metric", "imperial"])),
                  ("alert_time", f"{rng.randrange(5, 10):02d}:{rng.choice(['00', '15', '30', '45'])}"),
                  ("timezone", rng.choice(TIMEZONES))]
        return "/me/settings", fields + ([("alerts", "on")] if rng.random() < 0.6 else [])
    if choice == 2:
        return "/me/location/forget", [csrf]
    if choice == 3:
        return "/me/forget", [csrf, ("confirm", "forget")]
    if choice == 4:
        return f"/auth/slack/link/{tok(rng)}", [csrf]
    return "/me/logout", [csrf]


def browser_form(rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    return admin_form(rng) if rng.random() < 0.6 else me_form(rng)


def own_cookie(rng: random.Random, uri: str) -> list[tuple[str, str]]:
    """The cookies our own pages set, for the page asked."""
    if uri.startswith("/admin/login"):
        return [("__Host-jeeves_admin_login", tok(rng))]
    if uri.startswith("/admin/"):
        return [("__Host-jeeves_admin", tok(rng))]
    if uri.startswith("/me/"):
        return [("__Host-jeeves_me", tok(rng))]
    if uri.startswith("/auth/slack/link/"):
        return [("__Host-jeeves_signin", tok(rng))] if rng.random() < 0.7 else []
    if uri.startswith("/auth/slack/callback"):
        return [("__Host-jeeves_oidc_state", tok(rng))]
    return []


def api_request(rng: random.Random) -> tuple[str, str, Any]:
    """(method, uri, JSON document or None) on the data API."""
    choice = rng.randrange(8)
    if choice == 0:
        params = [("limit", str(rng.choice([10, 25, 50, 100, 500]))), ("offset", str(rng.randrange(0, 2000, 25)))]
        params += rng.sample([("team_id", rng.choice(TEAMS)), ("active", rng.choice(["true", "false", "1"])),
                              ("alerts", rng.choice(["true", "false", "on", "off"]))], rng.randrange(0, 3))
        return "GET", _query("/api/users", params), None
    if choice == 1:
        return "GET", f"/api/users/{rng.randrange(1, 100000)}", None
    if choice == 2:
        day = rng.randrange(1, 28)
        since = f"2024-04-{day:02d}T00:00:00Z"
        until = rng.choice([f"2024-04-{day + 1:02d}T00:00:00Z", f"2024-04-{day:02d}T23:59:59+02:00"])
        params = [("since", since), ("until", until)]
        if rng.random() < 0.5:   # axios and browsers leave ':' and '+' of a value as they are
            return "GET", "/api/usage/stats?" + "&".join(f"{k}={v}" for k, v in params), None
        return "GET", _query("/api/usage/stats", params), None
    if choice == 3:
        return "GET", "/api/switches", None
    if choice == 4:
        return "GET", "/api/openapi.json", None
    if choice == 5:
        doc = rng.choice([{"is_active": rng.random() < 0.5}, {"is_admin": False},
                          {"name": rng.choice(["Ada Lovelace", "Grace Hopper", "Hedy Lamarr", "Zoë O'Neill"])},
                          {"email": rng.choice(["ada@example.org", "g.hopper+jeeves@example.com"])},
                          {"settings": {"units": rng.choice(["metric", "imperial"]),
                                        "timezone": rng.choice(TIMEZONES)}},
                          {"settings": {"alerts": True, "alert_time": "07:30"}}])
        return "PATCH", f"/api/users/{rng.randrange(1, 100000)}", doc
    action = urllib.parse.quote(rng.choice(ACTIONS))
    return "PUT", f"/api/switches/{action}", {"enabled": rng.random() < 0.5, "team_id": rng.choice(TEAMS + ["*"])}


def json_text(rng: random.Random, doc: Any) -> str:
    """A JSON body as different clients serialise it (Python's default spacing, compact, pretty)."""
    style = rng.randrange(3)
    if style == 0:
        return json.dumps(doc, ensure_ascii=False)
    if style == 1:
        return json.dumps(doc, separators=(",", ":"), ensure_ascii=rng.random() < 0.5)
    return json.dumps(doc, indent=2, ensure_ascii=False)


def oauth_request(rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    choice = rng.randrange(5)
    if choice <= 1:
        fields = [("grant_type", "client_credentials")]
        if rng.random() < 0.8:
            fields.append(("scope", rng.choice(["read", "read write", "write", "clients:admin"])))
        if rng.random() < 0.4:
            fields.append(("audience", rng.choice(["jeeves", "tokendealer"])))
        return "/oauth/token", fields
    if choice == 2:
        return "/oauth/introspect", [("token", jwt_like(rng))] + (
            [("token_type_hint", "access_token")] if rng.random() < 0.6 else [])
    if choice == 3:
        return "/oauth/revoke", [("token", jwt_like(rng)), ("token_type_hint", "access_token")]
    return "/verify_token", [("access_token", jwt_like(rng))] + ([("audience", "jeeves")] if rng.random() < 0.5 else [])


# ---------------------------------------------------------------- browsers

GREASE = ['"Not_A Brand";v="8"', '"Not/A)Brand";v="8"', '"Not A(Brand";v="99"', '"Not)A;Brand";v="99"',
          '"Not.A/Brand";v="8"', '"Not:A-Brand";v="24"', '"Not?A_Brand";v="99"', '"Not;A=Brand";v="24"',
          '"Not-A.Brand";v="99"', '"Not(A:Brand";v="24"', '"Not=A?Brand";v="8"', '"Not A;Brand";v="99"']
LANGS = ["en-US,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
         "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "ja,en-US;q=0.9,en;q=0.8",
         "zh-CN,zh;q=0.9,en;q=0.8", "es-ES,es;q=0.9", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "en-US",
         "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7,de;q=0.6",
         "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7,fr;q=0.6", "he-IL,he;q=0.9",
         "en-IN,en-GB;q=0.9,en-US;q=0.8,en;q=0.7,hi;q=0.6", "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7,en;q=0.6",
         "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "*"]
CHROME_NAV = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
              "application/signed-exchange;v=b3;q=0.7")
FIREFOX_NAV = ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
               "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
               "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/png,"
               "image/svg+xml,*/*;q=0.8"]
SAFARI_NAV = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def chromium(rng: random.Random, flavour: str = "chrome") -> tuple[str, dict[str, str]]:
    """A Chromium browser's User-Agent and client hints."""
    major = rng.randrange(116, 132)
    platform = rng.choice(["Windows", "macOS", "Linux", "Android", "Chrome OS"] if flavour == "chrome"
                          else ["Windows", "macOS", "Android"])
    os_ua = {"Windows": "Windows NT 10.0; Win64; x64", "macOS": "Macintosh; Intel Mac OS X 10_15_7",
             "Linux": "X11; Linux x86_64", "Android": f"Linux; Android {rng.choice([10, 13, 14])}; K",
             "Chrome OS": f"X11; CrOS x86_64 {rng.randrange(15000, 16000)}.{rng.randrange(90)}.0"}[platform]
    mobile = platform == "Android"
    tail = "Mobile Safari/537.36" if mobile else "Safari/537.36"
    ua = f"Mozilla/5.0 ({os_ua}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{major}.0.0.0 {tail}"
    brand, brand_v = "Google Chrome", str(major)
    if flavour == "edge":
        ua += f" Edg/{major}.0.{rng.randrange(2000, 2900)}.{rng.randrange(200)}"
        brand = "Microsoft Edge"
    elif flavour == "opera":
        brand_v = str(major - 14)
        ua += f" OPR/{brand_v}.0.0.0"
        brand = "Opera"
    elif flavour == "brave":
        brand = "Brave"
    elif flavour == "samsung":
        ua = (f"Mozilla/5.0 (Linux; Android {rng.choice([13, 14])}; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, "
              f"like Gecko) SamsungBrowser/{rng.choice(['24.0', '25.0', '26.0'])} Chrome/{major}.0.0.0 Mobile "
              "Safari/537.36")
        brand, brand_v, mobile, platform = "Samsung Internet", str(rng.randrange(23, 27)), True, "Android"
    elif flavour == "vivaldi":
        brand = ""
    named = f'"{brand}";v="{brand_v}"' if brand else ""
    parts = [f'"Chromium";v="{major}"', rng.choice(GREASE)] + ([named] if named else [])
    rng.shuffle(parts)
    hints = {"sec-ch-ua": ", ".join(parts), "sec-ch-ua-mobile": "?1" if mobile else "?0",
             "sec-ch-ua-platform": f'"{platform}"'}
    if rng.random() < 0.25:   # high-entropy hints after an Accept-CH
        full = f"{major}.0.{rng.randrange(6000, 6800)}.{rng.randrange(200)}"
        hints["sec-ch-ua-full-version-list"] = ", ".join(p.replace(f'v="{major}"', f'v="{full}"') for p in parts)
        hints["sec-ch-ua-arch"] = rng.choice(['"x86"', '"arm"', '""'])
        hints["sec-ch-ua-bitness"] = '"64"'
        hints["sec-ch-ua-model"] = '"Pixel 8"' if mobile else '""'
        hints["sec-ch-ua-platform-version"] = rng.choice(['"15.0.0"', '"10.0.0"', '"14.4.1"', '"6.5.0"'])
        hints["sec-ch-ua-wow64"] = "?0"
    if rng.random() < 0.15:
        hints["sec-ch-prefers-color-scheme"] = rng.choice(["dark", "light"])
        hints["sec-ch-prefers-reduced-motion"] = "no-preference"
    if rng.random() < 0.1:
        hints.update({"device-memory": rng.choice(["4", "8"]), "downlink": rng.choice(["10", "1.55", "3.3"]),
                      "ect": rng.choice(["4g", "3g"]), "rtt": str(rng.choice([50, 100, 150, 250])),
                      "viewport-width": str(rng.choice([1280, 1440, 1920, 412]))})
    return ua, hints


def referer_for(rng: random.Random, uri: str) -> str | None:
    if uri.startswith("/admin/") and rng.random() < 0.7:
        return ORIGIN + admin_page(rng)
    if uri.startswith("/me/") and rng.random() < 0.5:
        return ORIGIN + rng.choice(["/me/", "/me/?done=saved", "/auth/slack/"])
    if uri.startswith("/auth/slack/") and rng.random() < 0.6:
        return rng.choice(["https://app.slack.com/", "https://slack.com/", ORIGIN + "/admin/login",
                           "https://app.slack.com/client/T0123ABCD/D04A1B2C3D4"])
    return None


def browser_headers(rng: random.Random, family: str, uri: str, dest: str = "document",
                    form_type: str | None = None, cookies: list[tuple[str, str]] | None = None) -> dict[str, str]:
    """A browser's full header set in its own order. dest: document, style, fetch; form_type: a POST's type."""
    lang = rng.choice(LANGS)
    ref = referer_for(rng, uri)
    site = "same-origin" if ref and ref.startswith(ORIGIN) else ("cross-site" if ref else "none")
    if form_type:
        site = "same-origin"
        ref = ref if ref and ref.startswith(ORIGIN) else ORIGIN + uri
    cookie = "; ".join(f"{k}={v}" for k, v in (cookies if cookies is not None else own_cookie(rng, uri)))
    accept = {"style": "text/css,*/*;q=0.1", "fetch": rng.choice(["*/*", "application/json"])}.get(dest, "")
    mode = {"document": "navigate", "style": "no-cors", "fetch": "cors"}[dest]
    h: dict[str, str] = {}
    if family == "firefox":
        ver = rng.randrange(115, 133)
        os_ua = rng.choice(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10.15", "X11; Linux x86_64",
                            "X11; Ubuntu; Linux x86_64", "X11; Fedora; Linux x86_64", "Android 14; Mobile"])
        gecko = f"{ver}.0" if "Android" in os_ua else "20100101"
        h["User-Agent"] = f"Mozilla/5.0 ({os_ua}; rv:{ver}.0) Gecko/{gecko} Firefox/{ver}.0"
        h["Accept"] = accept or rng.choice(FIREFOX_NAV)
        h["Accept-Language"] = lang.replace(",en;q=0.9", ",en;q=0.5") if rng.random() < 0.5 else lang
        h["Accept-Encoding"] = rng.choice(["gzip, deflate, br, zstd", "gzip, deflate, br"])
        if ref:
            h["Referer"] = ref
        if form_type:
            h["Content-Type"] = form_type
            h["Origin"] = ORIGIN
        if rng.random() < 0.3:
            h["Alt-Used"] = "localhost:8443"
        h["Connection"] = "keep-alive"
        if cookie:
            h["Cookie"] = cookie
        if dest == "document":
            h["Upgrade-Insecure-Requests"] = "1"
        h["Sec-Fetch-Dest"] = dest if dest != "fetch" else "empty"
        h["Sec-Fetch-Mode"] = mode
        h["Sec-Fetch-Site"] = site
        if dest == "document" and site != "cross-site":
            h["Sec-Fetch-User"] = "?1"
        if rng.random() < 0.3:
            h["DNT"] = "1"
        if rng.random() < 0.35:
            h["Sec-GPC"] = "1"
        h["Priority"] = {"document": "u=0, i", "style": "u=2", "fetch": "u=4"}[dest]
        if rng.random() < 0.7:
            h["TE"] = "trailers"
        return h
    if family == "safari":
        sver = rng.choice(["16.6", "17.2.1", "17.3", "17.4.1", "17.5", "18.0", "18.1"])
        dev = rng.choice(["mac", "mac", "iphone", "ipad"])
        if dev == "mac":
            ua = (f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                  f"Version/{sver} Safari/605.1.15")
        else:
            ios = sver.replace(".", "_")
            what = "iPhone; CPU iPhone OS" if dev == "iphone" else "iPad; CPU OS"
            ua = (f"Mozilla/5.0 ({what} {ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                  f"Version/{sver} Mobile/15E148 Safari/604.1")
        if form_type:
            h["Content-Type"] = form_type
            h["Origin"] = ORIGIN
        h["Accept"] = accept or SAFARI_NAV
        h["Sec-Fetch-Site"] = site
        if cookie:
            h["Cookie"] = cookie
        h["Sec-Fetch-Dest"] = dest if dest != "fetch" else "empty"
        h["Accept-Language"] = rng.choice(["en-GB,en;q=0.9", "en-US,en;q=0.9", "fr-FR,fr;q=0.9", "de-DE,de;q=0.9",
                                           "ja-JP,ja;q=0.9", "nl-NL,nl;q=0.9"])
        h["Sec-Fetch-Mode"] = mode
        h["User-Agent"] = ua
        if ref:
            h["Referer"] = ref
        if dest == "document" and rng.random() < 0.5:
            h["Upgrade-Insecure-Requests"] = "1"
        h["Accept-Encoding"] = "gzip, deflate, br"
        h["Connection"] = "keep-alive"
        if sver >= "17":
            h["Priority"] = "u=0, i" if dest == "document" else "u=3, i"
        return h
    ua, hints = chromium(rng, family)
    h["Connection"] = "keep-alive"
    if form_type or rng.random() < 0.2:
        h["Cache-Control"] = "max-age=0"
    h.update(hints)
    if form_type:
        h["Origin"] = ORIGIN
        h["Content-Type"] = form_type
    if dest == "document":
        h["Upgrade-Insecure-Requests"] = "1"
    h["User-Agent"] = ua
    h["Accept"] = accept or CHROME_NAV
    if rng.random() < 0.05 and dest == "document":
        h["Sec-Purpose"] = "prefetch;prerender"
        h["Purpose"] = "prefetch"
    h["Sec-Fetch-Site"] = site
    h["Sec-Fetch-Mode"] = mode
    if dest == "document" and site != "cross-site":
        h["Sec-Fetch-User"] = "?1"
    h["Sec-Fetch-Dest"] = dest if dest != "fetch" else "empty"
    if ref:
        h["Referer"] = ref
    h["Accept-Encoding"] = rng.choice(["gzip, deflate, br, zstd", "gzip, deflate, br"])
    h["Accept-Language"] = lang
    if rng.random() < 0.1:
        h["DNT"] = "1"
    if family == "brave" or rng.random() < 0.05:
        h["Sec-GPC"] = "1"
    if cookie:
        h["Cookie"] = cookie
    if rng.random() < 0.05:
        h["Save-Data"] = "on"
    h["Priority"] = {"document": "u=0, i", "style": "u=0", "fetch": "u=1, i"}[dest]
    return h


def browser_visit(rng: random.Random, family: str,
                  cookies: Callable[[random.Random, str], list[tuple[str, str]]] | None = None
                  ) -> tuple[str, str, dict[str, str], str, str]:
    """A page view, a stylesheet, a JSON download or a form post, with `family`'s headers."""
    roll = rng.random()
    if roll < 0.3:
        uri, fields = browser_form(rng)
        jar = cookies(rng, uri) if cookies else None
        rec = _form(uri, fields)
        ctype = rng.choice(["application/x-www-form-urlencoded"] * 4 + ["application/x-www-form-urlencoded; "
                                                                         "charset=UTF-8"])
        return "POST", uri, browser_headers(rng, family, uri, "document", ctype, jar), rec["body"], "form"
    if roll < 0.38:
        uri = "/admin/static/admin.css" + rng.choice(["", "", f"?v={hexs(rng, 8)}"])
        jar = cookies(rng, uri) if cookies else [("__Host-jeeves_admin", tok(rng))]
        return "GET", uri, browser_headers(rng, family, uri, "style", None, jar), "", "header"
    uri = rng.choice([admin_page(rng), admin_page(rng), me_page(rng), auth_page(rng)])
    jar = cookies(rng, uri) if cookies else None
    method = "HEAD" if rng.random() < 0.03 else "GET"
    return method, uri, browser_headers(rng, family, uri, "document", None, jar), "", "header"


# ---------------------------------------------------------------- cookie jars

def ga_cookies(rng: random.Random) -> list[tuple[str, str]]:
    t = ts(rng)
    later = t + rng.randrange(60, 86400 * 20)
    out = [("_ga", f"GA1.1.{rng.randrange(10**8, 10**10)}.{t}")]
    for _ in range(rng.randrange(1, 3)):
        mid = alnum(rng, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        if rng.random() < 0.5:
            val = f"GS1.1.{later}.{rng.randrange(1, 60)}.{rng.randrange(2)}.{later + rng.randrange(600)}.0.0.0"
        else:
            val = (f"GS2.1.s{later}$o{rng.randrange(1, 60)}$g{rng.randrange(2)}$t{later + rng.randrange(600)}"
                   f"$j{rng.randrange(60)}$l0$h{rng.choice(['0', str(rng.randrange(10**8, 10**10))])}")
        out.append((f"_ga_{mid}", val))
    if rng.random() < 0.6:
        out.append(("_gid", f"GA1.2.{rng.randrange(10**8, 10**10)}.{later}"))
    if rng.random() < 0.2:
        out.append((f"_gat_UA-{rng.randrange(10**7, 10**8)}-{rng.randrange(1, 4)}", "1"))
    if rng.random() < 0.6:
        out.append(("_gcl_au", f"1.1.{rng.randrange(10**8, 10**10)}.{t}"))
    if rng.random() < 0.2:
        out.append(("_gcl_aw", f"GCL.{later}.Cj0KCQjw{tok(rng, 60)}"))
    return out


def ad_cookies(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if rng.random() < 0.7:
        out.append(("_fbp", f"fb.1.{ms(rng)}.{rng.randrange(10**8, 10**10)}"))
    if rng.random() < 0.25:
        out.append(("_fbc", f"fb.1.{ms(rng)}.IwAR{tok(rng, 45)}"))
    if rng.random() < 0.3:
        out += [("_uetsid", hexs(rng, 32)), ("_uetvid", hexs(rng, 32))]
    if rng.random() < 0.25:
        out.append(("_ttp", tok(rng, 20)))
        out.append(("_tt_enable_cookie", "1"))
    if rng.random() < 0.2:
        out.append(("_rdt_uuid", f"{ms(rng)}.{uid(rng)}"))
    if rng.random() < 0.2:
        out.append(("li_fat_id", uid(rng)))
    if rng.random() < 0.2:
        out.append(("_pin_unauth", b64json({"id": uid(rng)})))
    return out


def hubspot_cookies(rng: random.Random) -> list[tuple[str, str]]:
    portal, utk, t = rng.randrange(10**6, 10**8), hexs(rng, 32), ms(rng)
    return [("__hstc", f"{portal}.{utk}.{t}.{t + 86400000}.{t + 2 * 86400000}.{rng.randrange(1, 30)}"),
            ("hubspotutk", utk), ("__hssrc", "1"), ("__hssc", f"{portal}.{rng.randrange(1, 9)}.{t}")] + (
        [("messagesUtk", hexs(rng, 32))] if rng.random() < 0.5 else [])


def hotjar_cookies(rng: random.Random) -> list[tuple[str, str]]:
    site, t = rng.randrange(10**6, 10**7), ms(rng)
    return [(f"_hjSessionUser_{site}", b64json({"id": uid(rng)[:16], "created": t, "existing": True})),
            (f"_hjSession_{site}", b64json({"id": uid(rng), "c": t, "s": 0, "r": 0, "sb": 0, "sr": 0, "se": 0,
                                            "fs": rng.randrange(2), "sp": 0})),
            ("_hjAbsoluteSessionInProgress", "0"), (f"_hjIncludedInSessionSample_{site}", str(rng.randrange(2)))] + (
        [("_hjFirstSeen", "1"), ("_hjHasCachedUserAttributes", "true")] if rng.random() < 0.4 else [])


def intercom_cookies(rng: random.Random) -> list[tuple[str, str]]:
    app = alnum(rng, 8)
    session = "" if rng.random() < 0.3 else (
        base64.b64encode(rng.randbytes(rng.choice([48, 60, 75]))).decode() + "--" + hexs(rng, 40))
    return [(f"intercom-id-{app}", uid(rng)), (f"intercom-session-{app}", urllib.parse.quote(session, safe="-")),
            (f"intercom-device-id-{app}", uid(rng))]


def product_analytics(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    anon = uid(rng)
    if rng.random() < 0.6:   # Segment analytics.js
        if rng.random() < 0.5:
            out.append(("ajs_anonymous_id", urllib.parse.quote(json.dumps(anon))))
        else:
            out.append(("ajs_anonymous_id", anon))
        out.append(("ajs_user_id", rng.choice(["null", urllib.parse.quote(json.dumps(rng.choice(USERS))),
                                               rng.choice(USERS)])))
        if rng.random() < 0.3:
            out.append(("ajs_group_id", "null"))
    if rng.random() < 0.4:   # Mixpanel: URL-encoded JSON with $ keys
        dev = f"18e{hexs(rng, 11)}-{hexs(rng, 14)}-{hexs(rng, 8)}-{rng.randrange(10**5, 10**6)}-{hexs(rng, 14)}"
        doc = {"distinct_id": f"$device:{dev}", "$device_id": dev, "$initial_referrer": "$direct",
               "$initial_referring_domain": "$direct"}
        if rng.random() < 0.5:
            doc.update({"$user_id": rng.choice(USERS), "utm_source": "slack", "utm_medium": "message"})
        out.append((f"mp_{hexs(rng, 32)}_mixpanel", urllib.parse.quote(json.dumps(doc))))
    if rng.random() < 0.35:  # PostHog
        sid = f"018e{hexs(rng, 4)}-{hexs(rng, 4)}-7{hexs(rng, 3)}-{hexs(rng, 4)}-{hexs(rng, 12)}"
        doc2 = {"distinct_id": sid, "$sesid": [ms(rng), sid, ms(rng)], "$epp": True}
        out.append((f"ph_phc_{tok(rng, 32)[:43]}_posthog", urllib.parse.quote(json.dumps(doc2, separators=(",", ":")))))
    if rng.random() < 0.3:   # Amplitude
        out.append((f"AMP_{hexs(rng, 10)}", b64json({"deviceId": uid(rng), "sessionId": ms(rng), "optOut": False,
                                                      "lastEventTime": ms(rng), "lastEventId": rng.randrange(900)})))
    if rng.random() < 0.3:   # Microsoft Clarity
        out.append(("_clck", urllib.parse.quote(f"{alnum(rng, 7)}|2|f{alnum(rng, 2)}|0|{rng.randrange(1000, 1700)}")))
        out.append(("_clsk", urllib.parse.quote(f"{alnum(rng, 7)}|{ms(rng)}|{rng.randrange(1, 9)}|1|"
                                                f"{rng.choice('abcdefghijklmnopqrstuvwxyz')}.clarity.ms/collect")))
    if rng.random() < 0.25:  # Matomo
        site = hexs(rng, 4)
        out += [(f"_pk_id.1.{site}", f"{hexs(rng, 16)}.{ts(rng)}."), (f"_pk_ses.1.{site}", "1")]
    if rng.random() < 0.25:  # Datadog RUM
        out.append(("_dd_s", rng.choice([f"rum=0&expire={ms(rng)}",
                                         f"rum=1&id={uid(rng)}&created={ms(rng)}&expire={ms(rng)}",
                                         f"logs=1&id={uid(rng)}&created={ms(rng)}&expire={ms(rng)}&rum=2"])))
    if rng.random() < 0.2:
        out.append(("optimizelyEndUserId", f"oeu{ms(rng)}r0.{rng.randrange(10**15, 10**16)}"))
    if rng.random() < 0.2:
        out += [("__stripe_mid", uid(rng) + hexs(rng, 6)), ("__stripe_sid", uid(rng) + hexs(rng, 6))]
    if rng.random() < 0.15:
        out.append((f"_hp2_id.{rng.randrange(10**9, 10**10)}", urllib.parse.quote(json.dumps(
            {"userId": str(rng.randrange(10**15, 10**16)), "pageviewId": str(rng.randrange(10**15, 10**16)),
             "sessionId": str(rng.randrange(10**15, 10**16)), "identity": None, "trackerVersion": "4.0"}))))
    return out


def cloudflare_cookies(rng: random.Random) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if rng.random() < 0.8:
        out.append(("__cf_bm", f"{tok(rng)}-{ts(rng)}-1.0.1.1-{tok(rng, 64)}.{tok(rng, 12)}_{tok(rng, 8)}"))
    if rng.random() < 0.5:
        out.append(("cf_clearance", f"{tok(rng)}-{ts(rng)}-1.2.1.1-{tok(rng, 120)}.{tok(rng, 40)}_{tok(rng, 20)}"))
    if rng.random() < 0.5:
        out.append(("_cfuvid", f"{tok(rng)}-{ms(rng)}-0.0.1.1-604800000"))
    if rng.random() < 0.1:
        out.append(("__cflb", "0H28v" + alnum(rng, 40, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ123456789")))
    return out


def consent_cookies(rng: random.Random) -> list[tuple[str, str]]:
    t = ts(rng)
    which = rng.randrange(10)
    if which == 0:   # OneTrust
        stamp = dt.datetime.fromtimestamp(t, dt.UTC).strftime("%a %b %d %Y %H:%M:%S")
        groups = ",".join(f"C000{i}:{1 if i == 1 else rng.randrange(2)}" for i in range(1, 6))
        fields = [("isGpcEnabled", str(rng.randrange(2))),
                  ("datestamp", f"{stamp} GMT+0200 (Central European Summer Time)"),
                  ("version", f"2024{rng.randrange(1, 10):02d}.1.0"), ("browserGpcFlag", "0"),
                  ("isIABGlobal", "false"), ("hosts", ""), ("consentId", uid(rng)),
                  ("interactionCount", str(rng.randrange(1, 4))), ("isAnonUser", "1"),
                  ("landingPath", "NotLandingPage"), ("groups", groups),
                  ("geolocation", rng.choice(["FR;IDF", "DE;BE", "US;CA", "GB;ENG"])), ("AwaitingReconsent", "false")]
        closed = (f"2024-04-{rng.randrange(1, 28):02d}T{rng.randrange(24):02d}:"
                  f"{rng.randrange(60):02d}:{rng.randrange(60):02d}.{rng.randrange(1000):03d}Z")
        return [("OptanonConsent", urllib.parse.urlencode(fields)), ("OptanonAlertBoxClosed", closed)]
    if which == 1:   # Cookiebot
        stamp = base64.b64encode(rng.randbytes(42)).decode()
        pref = [rng.choice(["true", "false"]) for _ in range(3)]
        raw = (f"{{stamp:'{stamp}',necessary:true,preferences:{pref[0]},statistics:{pref[1]},marketing:{pref[2]},"
               f"method:'{rng.choice(['explicit', 'implied'])}',ver:{rng.randrange(1, 6)},utc:{ms(rng)},"
               f"region:'{rng.choice(['fr', 'de', 'us-06', 'gb', 'nl'])}'}}")
        return [("CookieConsent", urllib.parse.quote(raw, safe="{}:,"))]
    if which == 2:   # CookieYes
        parts = [f"consentid:{b64url(rng.randbytes(24))}", "consent:yes", "action:yes", "necessary:yes"]
        parts += [f"{c}:{rng.choice(['yes', 'no'])}" for c in ("functional", "analytics", "performance",
                                                               "advertisement", "other")]
        return [("cookieyes-consent", ",".join(parts))]
    if which == 3:   # CookieScript keeps raw JSON
        cats = json.dumps(rng.sample(["performance", "targeting", "functionality", "unclassified"], 2))
        return [("CookieScriptConsent", json.dumps({"bannershown": 1, "action": "accept", "consenttime": t,
                                                    "categories": cats, "key": uid(rng)}, separators=(",", ":")))]
    if which == 4:   # IAB TCF v2 string (+ Didomi's token)
        tc = "CP" + b64url(rng.randbytes(60)) + ".YAAAAAAAAAAA"
        return [("euconsent-v2", tc), ("didomi_token", b64json({
            "user_id": uid(rng), "created": f"2024-04-0{rng.randrange(1, 9)}T10:22:33.123Z",
            "updated": "2024-04-09T10:22:33.123Z", "vendors": {"enabled": ["google", "c:hotjar"]},
            "purposes": {"enabled": ["analytics", "functional"]}, "version": 2, "ac": "AkuAEAFkBJYA.AkuAEAFkBJYA"}))]
    if which == 5:   # TrustArc
        return [("notice_behavior", rng.choice(["implied,eu", "expressed,eu", "implied,us"])),
                ("notice_gdpr_prefs", rng.choice(["0,1,2:", "0:", "0,1:"])), ("notice_preferences", "2:"),
                ("cmapi_gtm_bl", ""), ("cmapi_cookie_privacy", rng.choice(["permit 1,2,3", "permit 1 required"])),
                ("TAconsentID", uid(rng))]
    if which == 6:   # Complianz (WordPress)
        return [("cmplz_consented_services", ""), ("cmplz_policy_id", str(rng.randrange(1, 40))),
                ("cmplz_marketing", rng.choice(["allow", "deny"])), ("cmplz_statistics", "allow"),
                ("cmplz_preferences", "allow"), ("cmplz_functional", "allow"), ("cmplz_banner-status", "dismissed")]
    if which == 7:   # Borlabs: URL-encoded JSON
        doc = {"consents": {"essential": ["borlabs-cookie"], "statistics": ["google-analytics"]},
               "domainPath": "example.com/", "expires": http_date(t + 365 * 86400),
               "uid": f"{alnum(rng, 8)}-{alnum(rng, 8)}-{alnum(rng, 8)}-{alnum(rng, 8)}", "version": "1"}
        return [("borlabs-cookie", urllib.parse.quote(json.dumps(doc, separators=(",", ":"))))]
    if which == 8:   # Osano, Usercentrics, Klaro
        return [("osano_consentmanager_uuid", uid(rng)),
                ("osano_consentmanager", b64json({"ANALYTICS": "ACCEPT", "MARKETING": "DENY",
                                                  "PERSONALIZATION": "ACCEPT", "ESSENTIAL": "ACCEPT"})),
                ("uc_user_interaction", "true"),
                ("klaro", urllib.parse.quote(json.dumps({"googleAnalytics": True, "hotjar": False})))]
    return [("cookie_consent", rng.choice(["all", "necessary", "1", "dismiss", "accepted"])),
            ("cookie_consent_level", urllib.parse.quote(json.dumps({"strictly-necessary": True,
                                                                    "functionality": True, "tracking": False,
                                                                    "targeting": False})))]


def session_cookies(rng: random.Random) -> list[tuple[str, str]]:
    """Other applications' session and CSRF cookies on the same parent domain."""
    which = rng.randrange(16)
    if which == 0:
        return [("PHPSESSID", alnum(rng, 26))]
    if which == 1:
        return [("JSESSIONID", hexs(rng, 32).upper() + rng.choice(["", ".node0", ".worker1", ".tomcat-2"]))]
    if which == 2:
        sig = base64.b64encode(rng.randbytes(32)).decode().rstrip("=")
        return [("connect.sid", urllib.parse.quote(f"s:{tok(rng, 24)}.{sig}", safe=""))]
    if which == 3:
        def lv() -> str:
            return urllib.parse.quote(b64json({"iv": base64.b64encode(rng.randbytes(16)).decode(),
                                               "value": base64.b64encode(rng.randbytes(rng.choice([48, 96]))).decode(),
                                               "mac": hexs(rng, 64), "tag": ""}), safe="")
        return [("XSRF-TOKEN", lv()), ("laravel_session", lv())]
    if which == 4:
        if rng.random() < 0.5:
            val = base64.b64encode(rng.randbytes(120)).decode() + "--" + hexs(rng, 40)
        else:
            val = "--".join(base64.b64encode(rng.randbytes(n)).decode() for n in (150, 12, 16))
        return [(rng.choice(["_myapp_session", "_gitlab_session", "_redmine_session"]),
                 urllib.parse.quote(val, safe="-"))]
    if which == 5:
        return [("csrftoken", alnum(rng, 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
                ("sessionid", alnum(rng, 32))]
    if which == 6:
        return [("ASP.NET_SessionId", alnum(rng, 24)), ("__RequestVerificationToken", tok(rng, 70))]
    if which == 7:
        return [(".AspNetCore.Cookies", "CfDJ8" + tok(rng, 300)),
                (f".AspNetCore.Antiforgery.{tok(rng, 8)}", "CfDJ8" + tok(rng, 100))]
    if which == 8:   # Flask / itsdangerous
        if rng.random() < 0.5:
            val = f"{b64json({'_fresh': True, '_id': hexs(rng, 64), 'user_id': '42'}, pad=False)}.{tok(rng, 4)}."
            val += tok(rng, 20)
        else:
            val = f".eJw{tok(rng, 90)}.{tok(rng, 4)}.{tok(rng, 20)}"
        return [("session", val)]
    if which == 9:   # NextAuth
        jwe = ".".join([b64url(b'{"alg":"dir","enc":"A256GCM"}'), "", tok(rng, 12), tok(rng, 300), tok(rng, 16)])
        return [("__Secure-next-auth.session-token", jwe),
                ("__Host-next-auth.csrf-token", urllib.parse.quote(f"{hexs(rng, 64)}|{hexs(rng, 64)}", safe="")),
                ("__Secure-next-auth.callback-url", urllib.parse.quote("https://portal.example.com/dashboard",
                                                                       safe=""))]
    if which == 10:  # nuxt auth and other JWT-in-cookie apps
        token = jwt_like(rng, {"sub": str(rng.randrange(1, 10**6)), "name": "Ada Lovelace", "iat": ts(rng),
                               "exp": ts(rng) + 3600, "roles": ["user"]}, "HS256")
        return rng.choice([[("auth._token.local", urllib.parse.quote(f"Bearer {token}", safe="")),
                            ("auth._token_expiration.local", str(ms(rng))), ("auth.strategy", "local")],
                           [("access_token", token), ("refresh_token", tok(rng, 48))],
                           [("jwt", token)], [("id_token", token)]])
    if which == 11:  # Supabase
        access = jwt_like(rng, {"aud": "authenticated", "exp": ts(rng) + 3600, "sub": uid(rng),
                                "email": "ada@example.org", "role": "authenticated"}, "HS256")
        ref = alnum(rng, 20, "abcdefghijklmnopqrstuvwxyz")
        if rng.random() < 0.5:
            return [(f"sb-{ref}-auth-token", "base64-" + b64json({"access_token": access, "token_type": "bearer",
                                                                  "expires_in": 3600, "refresh_token": tok(rng, 9)},
                                                                 pad=False))]
        return [(f"sb-{ref}-auth-token", urllib.parse.quote(json.dumps([access, tok(rng, 9), None, None, None]),
                                                             safe=""))]
    if which == 12:  # load balancers' stickiness
        return rng.choice([[("AWSALB", base64.b64encode(rng.randbytes(100)).decode()),
                            ("AWSALBCORS", base64.b64encode(rng.randbytes(100)).decode())],
                           [("SERVERID", f"app{rng.randrange(1, 6)}"), ("ROUTEID", f".node{rng.randrange(1, 4)}")],
                           [(f"BIGipServer~Common~pool_web_{rng.randrange(80, 90)}",
                             f"{rng.randrange(10**9, 4 * 10**9)}.{rng.choice([20480, 47873, 36895])}.0000")],
                           [("INGRESSCOOKIE", f"{ms(rng)}.{rng.randrange(10**4)}.{rng.randrange(10**3)}|"
                                              f"{hexs(rng, 32)}")]])
    if which == 13:  # WordPress
        h = hexs(rng, 32)
        return [(f"wordpress_logged_in_{h}", urllib.parse.quote(f"editor|{ts(rng)}|{tok(rng, 32)}|{hexs(rng, 64)}",
                                                                safe="")),
                ("wp-settings-1", "libraryContent%3Dbrowse%26editor%3Dtinymce"), ("wp-settings-time-1", str(ts(rng)))]
    if which == 14:  # Keycloak
        return [("KEYCLOAK_SESSION", f"realm/{uid(rng)}/{uid(rng)}"), ("AUTH_SESSION_ID", f"{uid(rng)}.kc-1"),
                ("KEYCLOAK_IDENTITY", jwt_like(rng, {"exp": ts(rng), "iat": ts(rng), "jti": uid(rng),
                                                     "iss": "https://sso.example.com/realms/corp",
                                                     "sub": uid(rng), "typ": "Serialized-ID"}, "HS256"))]
    return [("_oauth2_proxy", f"{tok(rng, 200)}|{ts(rng)}|{tok(rng, 32)}"), ("_oauth2_proxy_csrf", tok(rng, 40))]


def preference_cookies(rng: random.Random) -> list[tuple[str, str]]:
    pool = [("theme", rng.choice(["dark", "light", "system"])), ("color-scheme", "dark"),
            ("sidebar_state", rng.choice(["collapsed", "expanded"])),
            ("tz", urllib.parse.quote(rng.choice(TIMEZONES), safe="")), ("timezone", rng.choice(TIMEZONES)),
            ("NEXT_LOCALE", rng.choice(["fr", "de", "en"])), ("i18next", rng.choice(["en-US", "pt-BR"])),
            ("lang", rng.choice(["en", "fr", "ja"])), ("locale", rng.choice(["de_DE", "en_GB"])),
            ("recently_viewed", urllib.parse.quote(json.dumps([rng.randrange(1, 500) for _ in range(3)]), safe="")),
            ("dismissed_banners", "welcome,totp-reminder"),
            ("table_prefs", urllib.parse.quote(json.dumps({"pageSize": 50, "sort": "-created_at",
                                                           "columns": ["name", "team", "alerts"]}), safe="")),
            ("_help_center_session", tok(rng, 40)), ("ab_test", rng.choice(["variant_b", "control"])),
            ("last_path", urllib.parse.quote("/admin/users?q=ada&page=2", safe=""))]
    return rng.sample(pool, rng.randrange(1, 5))


def long_jar(rng: random.Random, uri: str, consent: bool = False, sessions: bool = False) -> list[tuple[str, str]]:
    jar: list[tuple[str, str]] = []
    makers: list[Callable[[random.Random], list[tuple[str, str]]]] = [
        ga_cookies, ad_cookies, hubspot_cookies, hotjar_cookies, intercom_cookies, product_analytics,
        cloudflare_cookies, preference_cookies]
    for make in rng.sample(makers, rng.randrange(3, len(makers) + 1)):
        jar += make(rng)
    if consent or rng.random() < 0.4:
        jar += consent_cookies(rng)
    if sessions or rng.random() < 0.3:
        jar += session_cookies(rng)
    rng.shuffle(jar)
    own = own_cookie(rng, uri)
    pos = rng.randrange(len(jar) + 1)
    jar[pos:pos] = own
    # keep the Cookie header within what browsers send to one site (a few KB)
    while len("; ".join(f"{k}={v}" for k, v in jar)) > 5500:
        jar.pop(rng.randrange(len(jar)))
        if not any(c in jar for c in own):
            jar[0:0] = own
    return jar


# ---------------------------------------------------------------- API, OAuth and other clients

def api_client(rng: random.Random, method: str, body_doc: Any) -> tuple[dict[str, str], str]:
    """An SDK's or tool's headers for a data-API call; (headers, body)."""
    bearer = "Bearer " + jwt_like(rng)
    body = json_text(rng, body_doc) if body_doc is not None else ""
    kind = rng.randrange(16)
    h: dict[str, str]
    if kind == 0:
        h = {"User-Agent": f"python-requests/2.{rng.randrange(28, 33)}.{rng.randrange(4)}",
             "Accept-Encoding": "gzip, deflate", "Accept": "*/*", "Connection": "keep-alive", "Authorization": bearer}
    elif kind == 1:
        h = {"accept": "*/*", "accept-encoding": "gzip, deflate, br", "connection": "keep-alive",
             "user-agent": f"python-httpx/0.{rng.randrange(25, 28)}.{rng.randrange(3)}", "authorization": bearer}
    elif kind == 2:
        h = {"Accept": "application/json, text/plain, */*", "Authorization": bearer,
             "User-Agent": f"axios/1.{rng.randrange(5, 8)}.{rng.randrange(9)}",
             "Accept-Encoding": "gzip, compress, deflate, br"}
    elif kind == 3:
        h = {"User-Agent": rng.choice(["Go-http-client/1.1", "reporting-sync/2.3.1 (+https://git.example.com/data/"
                                       "reporting-sync) go1.22.2"]), "Authorization": bearer,
             "Accept-Encoding": "gzip"}
    elif kind == 4:
        h = {"Authorization": bearer, "Connection": "Keep-Alive", "Accept-Encoding": "gzip",
             "User-Agent": f"okhttp/4.{rng.randrange(9, 13)}.0"}
    elif kind == 5:
        h = {"Accept": "application/json, application/*+json", "Authorization": bearer,
             "User-Agent": rng.choice(["Java-http-client/21.0.2", "Apache-HttpClient/5.3.1 (Java/17.0.10)",
                                       "Java/17.0.10", "ReactorNetty/1.1.17"])}
    elif kind == 6:
        h = {"Accept": "application/json", "Authorization": bearer,
             "traceparent": f"00-{hexs(rng, 32)}-{hexs(rng, 16)}-00"}   # .NET HttpClient, no User-Agent
    elif kind == 7:
        h = {"User-Agent": f"Faraday v2.{rng.randrange(7, 10)}.0", "Authorization": bearer,
             "Accept-Encoding": "gzip;q=1.0,deflate;q=0.6,identity;q=0.3", "Accept": "*/*"}
    elif kind == 8:
        h = {"User-Agent": "GuzzleHttp/7", "Authorization": bearer, "Accept": "application/json"}
    elif kind == 9:
        h = {"User-Agent": f"curl/8.{rng.randrange(2, 11)}.{rng.randrange(2)}", "Accept": "*/*",
             "Authorization": bearer}
    elif kind == 10:
        h = {"User-Agent": "HTTPie/3.2.2", "Accept-Encoding": "gzip, deflate, br",
             "Accept": "application/json, */*;q=0.5", "Connection": "keep-alive", "Authorization": bearer}
    elif kind == 11:
        h = {"Authorization": bearer, "User-Agent": f"PostmanRuntime/7.{rng.randrange(36, 43)}.{rng.randrange(4)}",
             "Accept": "*/*", "Cache-Control": "no-cache", "Postman-Token": uid(rng),
             "Accept-Encoding": "gzip, deflate, br", "Connection": "keep-alive"}
    elif kind == 12:
        h = {"User-Agent": f"Grafana/10.{rng.randrange(1, 5)}.{rng.randrange(4)}", "Accept": "application/json",
             "Authorization": bearer, "X-Grafana-Org-Id": "1", "X-Dashboard-Uid": alnum(rng, 9),
             "X-Panel-Id": str(rng.randrange(1, 30)), "X-Datasource-Uid": alnum(rng, 14),
             "Accept-Encoding": "gzip"}
    elif kind == 13:
        pyv = rng.choice(["3.11.8", "3.12.3"])
        h = {"Accept": "application/json", "Authorization": bearer, "User-Agent": "JeevesPython/0.4.2",
             "X-Stainless-Lang": "python", "X-Stainless-Package-Version": "0.4.2",
             "X-Stainless-OS": rng.choice(["Linux", "MacOS"]), "X-Stainless-Arch": rng.choice(["x64", "arm64"]),
             "X-Stainless-Runtime": "CPython", "X-Stainless-Runtime-Version": pyv,
             "X-Stainless-Retry-Count": str(rng.randrange(3)), "X-Stainless-Async": rng.choice(["false",
                                                                                                 "async:asyncio"])}
    elif kind == 14:
        h = {"User-Agent": f"Terraform/1.{rng.randrange(5, 10)}.0 (+https://www.terraform.io) "
                           f"terraform-provider-jeeves/0.{rng.randrange(1, 9)}.{rng.randrange(5)}",
             "Accept": "application/json", "Authorization": bearer}
    else:
        h = {"User-Agent": rng.choice(["aiohttp/3.9.5", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
                                       "node", "Dart/3.3 (dart:io)", "RestSharp/110.2.0.0", "insomnia/9.0.0",
                                       "ansible-httpget", "Wget/1.21.4", "Zapier", "n8n"]),
             "Accept": rng.choice(["application/vnd.api+json", "application/json", "*/*",
                                   "application/problem+json, application/json;q=0.9"]),
             "Authorization": bearer}
    if rng.random() < 0.35:
        h["Accept"] = rng.choice(["application/vnd.api+json", "application/json; charset=utf-8",
                                  "application/json;q=1.0, */*;q=0.1", "application/json, application/problem+json"])
    if body:
        h["Content-Type"] = rng.choice(["application/json", "application/json; charset=utf-8",
                                        "application/json;charset=UTF-8", "application/json; charset=UTF-8"])
        if rng.random() < 0.8:
            h["Idempotency-Key"] = rng.choice([uid(rng), tok(rng, 16), f"patch-{ts(rng)}-{hexs(rng, 8)}"])
    if rng.random() < 0.5:
        ulid = f"01HV{alnum(rng, 22, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')}"
        h[rng.choice(["X-Request-ID", "X-Request-Id", "X-Correlation-ID", "Request-Id"])] = rng.choice(
            [uid(rng), hexs(rng, 32), f"req_{tok(rng, 18)}", ulid])
    if rng.random() < 0.15:
        h["X-Api-Version"] = rng.choice(["2024-04-01", "1", "v1"])
    if rng.random() < 0.1:
        h["Cache-Control"] = "no-cache"
        h["Pragma"] = "no-cache"
    return h, body


def oauth_client(rng: random.Random) -> tuple[dict[str, str], list[tuple[str, str]], bool]:
    """An OAuth client's headers and how it authenticates: (headers, extra form fields, basic)."""
    cid, secret = rng.choice(CLIENT_IDS), tok(rng)
    basic = rng.random() < 0.7
    h: dict[str, str] = {}
    kind = rng.randrange(9)
    ua = ["Authlib/1.3.0 (+https://authlib.org/)", f"python-requests/2.{rng.randrange(28, 33)}.0",
          "openid-client/5.6.5 (https://github.com/panva/node-openid-client)", "Go-http-client/1.1",
          "Java/17.0.10", "Apache-HttpClient/4.5.14 (Java/17.0.10)", f"curl/8.{rng.randrange(2, 11)}.0",
          "okhttp/4.12.0", "Spring-Security-OAuth2-Client"][kind]
    if kind != 4 or rng.random() < 0.5:
        h["User-Agent"] = ua
    h["Accept"] = rng.choice(["application/json", "application/json;charset=UTF-8", "*/*",
                              "application/json, application/x-www-form-urlencoded"])
    h["Content-Type"] = rng.choice(["application/x-www-form-urlencoded", "application/x-www-form-urlencoded",
                                    "application/x-www-form-urlencoded;charset=UTF-8",
                                    "application/x-www-form-urlencoded; charset=utf-8"])
    extra: list[tuple[str, str]] = []
    if basic:
        user = urllib.parse.quote_plus(cid) if rng.random() < 0.7 else cid.replace(":", "%3A")
        h["Authorization"] = "Basic " + base64.b64encode(f"{user}:{urllib.parse.quote_plus(secret)}".encode()).decode()
    else:
        extra = [("client_id", cid), ("client_secret", secret)]
    if rng.random() < 0.3:
        h["Cache-Control"] = rng.choice(["no-cache", "no-store"])
    if rng.random() < 0.3:
        h["X-Request-ID"] = uid(rng)
    if rng.random() < 0.15:
        h["Accept-Encoding"] = rng.choice(["gzip", "gzip, deflate", "gzip, deflate, br"])
    return h, extra, basic


MONITOR_UAS = [
    "UptimeRobot/2.0 (http://www.uptimerobot.com/)", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
    "Mozilla/5.0 (compatible; StatusCake)", "Better Uptime Bot Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
    "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36", "Datadog/Synthetics",
    "kube-probe/1.29", "ELB-HealthChecker/2.0", "GoogleHC/1.0", "Consul Health Check", "Blackbox Exporter/0.25.0",
    "Site24x7", "Checkly/1.0 (https://www.checklyhq.com)", "Prometheus/2.51.2", "NewRelicPinger/1.0 (1234567)",
    "Zabbix", "check_http/v2.3.3 (nagios-plugins 2.3.3)", "Amazon-Route53-Health-Check-Service "
    "(ref 3f1c2a9e-7d4b-4c1e-9a2f-0b5e6d7c8a91; report http://amzn.to/1vsZADi)", "Cloudflare-Healthchecks/1.0",
    "Azure Traffic Manager Endpoint Monitor", "Freshping (https://www.freshworks.com/website-monitoring)",
    "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "Gatus/5.10",
    "Uptime-Kuma/1.23.11", "HetrixTools Uptime Monitoring Bot. https://hetrix.tools/uptime-monitoring-bot.html"]

PREVIEW_UAS = [
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Slack-ImgProxy (+https://api.slack.com/robots)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", "Twitterbot/1.0",
    "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", "WhatsApp/2.24.8.78 A",
    "TelegramBot (like TwitterBot)", "Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5 "
    "skype-url-preview@microsoft.com", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "Iframely/1.3.1 "
    "(+https://iframely.com/docs/about)", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 "
    "(KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0",
    "Mastodon/4.2.8 (http.rb/5.1.1; +https://mastodon.social/) Bot", "redditbot/1.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 "
    "Safari/605.1.15 (Applebot/0.1; +http://www.apple.com/go/applebot)", "Microsoft Office/16.0 (Windows NT 10.0; "
    "Microsoft Outlook 16.0.17328; Pro)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
    "Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0 MicrosoftPreview/2.0 +https://aka.ms/MicrosoftPreview"]

SCANNER_UAS = [
    "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)",
    "Expanse, a Palo Alto Networks company, searches across the global IPv4 space multiple times per day to "
    "identify customers&#39; presences on the Internet. If you would like to be excluded from our scans, please "
    "send IP addresses/domains to: scaninfo@paloaltonetworks.com",
    "Mozilla/5.0 zgrab/0.x", "Mozilla/5.0 (compatible; InternetMeasurement/1.0; +https://internet-measurement.com/)",
    "SSL Labs (https://www.ssllabs.com/about/assessment.html)", "Mozilla/5.0 (compatible; NetcraftSurveyAgent/1.0; "
    "+info@netcraft.com)", "Mozilla/5.0 (compatible; ModatScanner/1.0; +https://modat.io/)",
    "Mozilla/5.0 (compatible; Odin; https://docs.getodin.com/)", "Hardenize (https://www.hardenize.com)",
    "Mozilla/5.0 (compatible; Detectify) +https://detectify.com/bot/1f3a9c2b7e",
    "Mozilla/5.0 (compatible; Nmap Scripting Engine; https://nmap.org/book/nse.html)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
    "Safari/537.36", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
    "Safari/537.36 (compatible; securitytxt-scanner/1.0)", "Go-http-client/1.1",
    "Mozilla/5.0 (compatible; HTTP Observatory/2.0; +https://developer.mozilla.org/en-US/observatory)"]

JWKS_UAS = ["Python-urllib/3.11", "jwks-rsa/3.1.0", "Go-http-client/2.0", "Java/17.0.10",
            "Nimbus-JOSE-JWT/9.37", "okhttp/4.12.0", "PyJWT/2.8.0", "lua-resty-http/0.17.1 (Lua) ngx_lua/10026",
            "Microsoft ASP.NET Core OpenIdConnect handler", "axios/1.6.8", "Envoy/1.29.2"]


# ---------------------------------------------------------------- the kinds

def k_browser(family: str) -> Gen:
    def gen(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
        return browser_visit(rng, family)
    return gen


def k_browser_mixed(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    return browser_visit(rng, rng.choice(["edge", "opera", "brave", "samsung", "vivaldi", "edge"]))


def any_browser(rng: random.Random) -> str:
    return rng.choice(["chrome", "chrome", "chrome", "firefox", "safari", "edge", "brave"])


def k_cookie_marketing(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    method, uri, h, body, placement = browser_visit(rng, any_browser(rng), lambda r, u: long_jar(r, u))
    return method, uri, h, body, "cookie" if placement == "header" else placement


def k_cookie_sessions(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    def jar(r: random.Random, u: str) -> list[tuple[str, str]]:
        own = own_cookie(r, u)
        other = session_cookies(r) + (session_cookies(r) if r.random() < 0.4 else [])
        other += ga_cookies(r) if r.random() < 0.5 else []
        other += preference_cookies(r) if r.random() < 0.4 else []
        r.shuffle(other)
        return other[:2] + own + other[2:]
    method, uri, h, body, placement = browser_visit(rng, any_browser(rng), jar)
    return method, uri, h, body, "cookie" if placement == "header" else placement


def k_consent(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    def jar(r: random.Random, u: str) -> list[tuple[str, str]]:
        out = consent_cookies(r) + (ga_cookies(r) if r.random() < 0.6 else []) + own_cookie(r, u)
        if r.random() < 0.3:
            out += consent_cookies(r)
        return out
    method, uri, h, body, placement = browser_visit(rng, any_browser(rng), jar)
    return method, uri, h, body, "cookie" if placement == "header" else placement


def proxy_headers(rng: random.Random) -> dict[str, str]:
    client = ip(rng)
    hops = [client] + [ip(rng) if rng.random() < 0.5 else ipv4(rng, True) for _ in range(rng.randrange(0, 3))]
    h: dict[str, str] = {}
    style = rng.randrange(9)
    if style == 0:   # Cloudflare
        h.update({"CF-Connecting-IP": client, "CF-IPCountry": rng.choice(["FR", "US", "DE", "BR", "JP", "GB", "XX"]),
                  "CF-Ray": f"{hexs(rng, 16)}-{rng.choice(['CDG', 'AMS', 'FRA', 'IAD', 'SJC', 'NRT', 'GRU'])}",
                  "CF-Visitor": '{"scheme":"https"}', "X-Forwarded-Proto": "https", "CDN-Loop": "cloudflare",
                  "X-Forwarded-For": ", ".join(hops)})
        if rng.random() < 0.3:
            h["CF-Connecting-IPv6"] = ipv6(rng)
        if rng.random() < 0.3:
            h["CF-Worker"] = "example.com"
    elif style == 1:  # AWS CloudFront + ALB
        h.update({"Via": f"{rng.choice(['1.1', '2.0'])} {hexs(rng, 32)}.cloudfront.net (CloudFront)",
                  "X-Amz-Cf-Id": tok(rng, 42) + "==", "CloudFront-Viewer-Country": rng.choice(["US", "FR", "IN"]),
                  "CloudFront-Is-Mobile-Viewer": rng.choice(["true", "false"]),
                  "CloudFront-Forwarded-Proto": "https", "X-Forwarded-For": ", ".join(hops),
                  "X-Forwarded-Port": "443", "X-Forwarded-Proto": "https"})
        if rng.random() < 0.4:
            h["CloudFront-Viewer-Address"] = f"{client}:{rng.randrange(1024, 65536)}"
    elif style == 2:  # Fastly / Varnish / Heroku
        h.update({"Fastly-Client-IP": client, "X-Forwarded-For": ", ".join(hops),
                  "Via": rng.choice(["1.1 varnish", "1.1 varnish, 1.1 vegur", "1.1 vegur"]),
                  "X-Request-Start": f"t={ms(rng)}", "X-Forwarded-Proto": "https", "X-Forwarded-Port": "443",
                  "Fastly-SSL": "1", "X-Varnish": str(rng.randrange(10**8, 10**9))})
    elif style == 3:  # RFC 7239 Forwarded
        els = []
        for hop in hops:
            node = f'"[{hop}]:{rng.randrange(1024, 65536)}"' if ":" in hop else hop
            els.append(f"for={node}" + (";proto=https" if rng.random() < 0.6 else "")
                       + (f";by={ipv4(rng, True)}" if rng.random() < 0.3 else "")
                       + (";host=edge.example.com" if rng.random() < 0.3 else ""))
        h["Forwarded"] = ", ".join(els)
        if rng.random() < 0.5:
            h["Via"] = "1.1 proxy.corp.example.com (squid/6.6)"
    elif style == 4:  # Akamai
        h.update({"True-Client-IP": client, "X-Forwarded-For": ", ".join(hops), "Akamai-Origin-Hop": "2",
                  "Via": "1.1 akamai.net(ghost) (AkamaiGHost), 1.1 akamai.net(ghost) (AkamaiGHost)",
                  "X-Akamai-Edgescape": f"georegion={rng.randrange(1, 300)},country_code={rng.choice(['US', 'FR'])},"
                                        f"region_code=CA,city=SANJOSE,lat=37.34,long=-121.89,timezone=PST,"
                                        f"continent=NA,throughput=vhigh,bw=5000,network=comcast,asnum=7922,"
                                        f"location_id=0",
                  "X-Akamai-Config-Log-Detail": "true", "Pragma": "no-cache"})
    elif style == 5:  # Azure Front Door
        h.update({"X-Azure-ClientIP": client, "X-Azure-SocketIP": client, "X-Azure-FDID": uid(rng),
                  "X-Azure-Ref": f"20240408T{rng.randrange(10**5, 10**6)}Z-{alnum(rng, 20)}", "X-Forwarded-Host":
                  "edge.example.com", "X-Forwarded-For": ", ".join(hops), "X-Forwarded-Proto": "https",
                  "X-Original-Host": "edge.example.com"})
    elif style == 6:  # Kubernetes ingress / Envoy mesh
        h.update({"X-Forwarded-For": ", ".join(hops), "X-Real-IP": client, "X-Forwarded-Proto": "https",
                  "X-Forwarded-Host": "edge.example.com", "X-Forwarded-Port": "443", "X-Scheme": "https",
                  "X-Original-Forwarded-For": client, "X-Envoy-External-Address": client,
                  "X-Envoy-Expected-Rq-Timeout-Ms": str(rng.choice([15000, 30000, 60000])),
                  "X-Envoy-Attempt-Count": "1"})
        if rng.random() < 0.4:
            h["X-Forwarded-Client-Cert"] = (f"By=spiffe://cluster.local/ns/edge/sa/gateway;Hash={hexs(rng, 64)};"
                                            'Subject="";URI=spiffe://cluster.local/ns/web/sa/frontend')
    elif style == 7:  # corporate forward proxies
        h.update({"Via": rng.choice(["1.1 proxy.corp.example.com (squid/5.7)", "1.1 bluecoat-sg (Blue Coat)",
                                     "1.1 zscaler-zen-fra4", "HTTP/1.1 forcepoint", "1.1 webproxy:3128"]),
                  "X-Forwarded-For": client})
        if rng.random() < 0.5:
            h["X-BlueCoat-Via"] = hexs(rng, 16)
        if rng.random() < 0.3:
            h["X-Client-IP"] = client
        if rng.random() < 0.2:
            h["X-Authenticated-User"] = "WinNT://CORP/ada.lovelace"
    else:            # odd but real: unknown hops, ports, mixed-case names
        h.update({"x-forwarded-for": ", ".join(hops + [rng.choice(["unknown", ipv4(rng, True)])]),
                  "x-real-ip": client, "x-cluster-client-ip": client,
                  "x-forwarded-server": f"ip-10-0-{rng.randrange(256)}-{rng.randrange(256)}.ec2.internal"})
    return h


def k_proxy(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    if rng.random() < 0.6:
        method, uri, h, body, _ = browser_visit(rng, any_browser(rng))
    else:
        method, uri, doc = api_request(rng)
        h, body = api_client(rng, method, doc)
    h.update(proxy_headers(rng))
    return method, uri, h, body, "header"


def trace_headers(rng: random.Random, uri: str) -> dict[str, str]:
    trace, span = hexs(rng, 32), hexs(rng, 16)
    h: dict[str, str] = {}
    style = rng.randrange(8)
    if style == 0:
        h["traceparent"] = f"00-{trace}-{span}-{rng.choice(['01', '00'])}"
        if rng.random() < 0.6:
            h["tracestate"] = rng.choice([f"rojo=00f067aa0ba902b7,congo={tok(rng, 8)}",
                                          f"dd=s:1;o:rum;t.dm:-0;p:{span}",
                                          f"es=s:1,@nr={rng.randrange(10**6)}@p={span}",
                                          f"{rng.randrange(10**6)}@nr=0-0-{rng.randrange(10**7)}-"
                                          f"{rng.randrange(10**9)}-{span}-{hexs(rng, 16)}-1-1.2-{ms(rng)}"])
    elif style == 1:
        h["b3"] = f"{trace}-{span}-{rng.choice(['1', '0', 'd'])}" + (f"-{hexs(rng, 16)}" if rng.random() < 0.5 else "")
    elif style == 2:
        h.update({"X-B3-TraceId": trace, "X-B3-SpanId": span, "X-B3-ParentSpanId": hexs(rng, 16),
                  "X-B3-Sampled": rng.choice(["1", "0"]), "X-Request-Id": uid(rng)})
    elif style == 3:
        h["X-Amzn-Trace-Id"] = (f"Root=1-{hexs(rng, 8)}-{hexs(rng, 24)}"
                                + (f";Parent={span};Sampled={rng.randrange(2)}" if rng.random() < 0.6 else "")
                                + (";Lineage=a87bd80c:1|68fd508a:5" if rng.random() < 0.2 else ""))
    elif style == 4:
        h["X-Cloud-Trace-Context"] = f"{trace}/{rng.randrange(10**18)};o={rng.randrange(2)}"
        if rng.random() < 0.5:
            h["traceparent"] = f"00-{trace}-{span}-01"
    elif style == 5:   # Sentry's browser SDK
        release = rng.choice(["jeeves-web@1.4.2", "dashboard@2024.04.08+3f1c2a9", "frontend@0.9.0-rc.1"])
        fields = [("sentry-environment", rng.choice(["production", "staging"])), ("sentry-release", release),
                  ("sentry-public_key", hexs(rng, 32)), ("sentry-trace_id", trace),
                  ("sentry-sample_rate", rng.choice(["0.1", "1", "0.25"])),
                  ("sentry-transaction", uri.split("?")[0]), ("sentry-sampled", rng.choice(["true", "false"]))]
        h["sentry-trace"] = f"{trace}-{span}-{rng.randrange(2)}"
        h["baggage"] = ",".join(f"{k}={urllib.parse.quote(v, safe='')}" for k, v in fields)
    elif style == 6:   # Datadog and Jaeger
        h.update({"x-datadog-trace-id": str(rng.getrandbits(63)), "x-datadog-parent-id": str(rng.getrandbits(63)),
                  "x-datadog-sampling-priority": rng.choice(["1", "2", "0", "-1"]),
                  "x-datadog-origin": rng.choice(["rum", "synthetics"]),
                  "x-datadog-tags": f"_dd.p.tid={hexs(rng, 16)},_dd.p.dm=-0"})
        if rng.random() < 0.5:
            h["uber-trace-id"] = f"{hexs(rng, 16)}:{span}:0:1"
    else:              # New Relic, Application Insights, Elastic
        h["newrelic"] = b64json({"v": [0, 1], "d": {"ty": "Browser", "ac": str(rng.randrange(10**6, 10**7)),
                                                    "ap": str(rng.randrange(10**8, 10**9)), "id": span, "tr": trace,
                                                    "ti": ms(rng)}})
        h["Request-Id"] = f"|{trace}.{span}."
        h["Request-Context"] = f"appId=cid-v1:{uid(rng)}"
        if rng.random() < 0.5:
            h["elastic-apm-traceparent"] = f"00-{trace}-{span}-01"
    if rng.random() < 0.3 and "baggage" not in h:
        h["baggage"] = rng.choice([f"userId={rng.choice(USERS)},isProduction=false",
                                   "tenant=acme%20corp,region=eu-west-1", f"session.id={uid(rng)}"])
    return h


def k_tracing(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    if rng.random() < 0.5:
        method, uri, doc = api_request(rng)
        h, body = api_client(rng, method, doc)
    else:
        method, uri, h, body, _ = browser_visit(rng, any_browser(rng))
    h.update(trace_headers(rng, uri))
    return method, uri, h, body, "header"


DASHBOARDS = ["https://dashboard.example.com", "https://ops.example.com", "https://grafana.example.com",
              "http://localhost:3000", "http://localhost:5173", "https://status.example.org",
              "https://app.example-partner.io", "http://127.0.0.1:8080"]


def k_cors(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    origin = rng.choice(DASHBOARDS)
    ua, hints = chromium(rng) if rng.random() < 0.7 else (
        f"Mozilla/5.0 (X11; Linux x86_64; rv:{rng.randrange(115, 133)}.0) Gecko/20100101 Firefox/"
        f"{rng.randrange(115, 133)}.0", {})
    method, uri, doc = api_request(rng)
    site = "same-site" if "example.com" in origin else "cross-site"
    if rng.random() < 0.6:
        wanted = ["authorization"] + rng.sample(["content-type", "idempotency-key", "x-request-id", "sentry-trace",
                                                 "baggage", "traceparent", "x-api-version"], rng.randrange(0, 4))
        h = {"Accept": "*/*", "Access-Control-Request-Method": method if method != "GET" else "GET",
             "Access-Control-Request-Headers": ",".join(sorted(wanted)), "Origin": origin, "User-Agent": ua,
             "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": site, "Sec-Fetch-Dest": "empty",
             "Referer": origin + rng.choice(["/", "/users", "/reports/usage?range=7d"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Accept-Language": rng.choice(LANGS)}
        if origin.startswith(("http://localhost", "http://127.")) and rng.random() < 0.7:
            h["Access-Control-Request-Private-Network"] = "true"
        if rng.random() < 0.5:
            h["Priority"] = "u=1, i"
        return "OPTIONS", uri, h, "", "header"
    h = dict(hints)
    h.update({"User-Agent": ua, "Accept": rng.choice(["application/json", "application/json, text/plain, */*",
                                                      "application/vnd.api+json"]),
              "Authorization": "Bearer " + jwt_like(rng), "Origin": origin, "Sec-Fetch-Site": site,
              "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty", "Referer": origin + "/",
              "Accept-Encoding": "gzip, deflate, br, zstd", "Accept-Language": rng.choice(LANGS)})
    body = ""
    if doc is not None:
        body = json.dumps(doc, separators=(",", ":"))
        h["Content-Type"] = "application/json"
    if rng.random() < 0.3:
        h.update(trace_headers(rng, uri))
    if rng.random() < 0.2:   # a dashboard reading the public keys or metadata
        method, uri, body = "GET", rng.choice(["/.well-known/jwks.json", "/.well-known/oauth-authorization-server"]), ""
        h.pop("Authorization")
        h.pop("Content-Type", None)
    return method, uri, h, body, "header"


def etag(rng: random.Random) -> str:
    return rng.choice([f'"{hexs(rng, 32)}"', f'W/"{hexs(rng, 8)}-{hexs(rng, 27)}"', f'"{tok(rng, 20)}"',
                       f'W/"{rng.randrange(100, 99999)}-{ts(rng)}"', f'"{hexs(rng, 8)}-{hexs(rng, 4)}"'])


def k_conditional(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    choice = rng.randrange(7)
    h: dict[str, str] = {}
    if choice <= 1:
        uri = rng.choice(["/.well-known/jwks.json", "/.well-known/oauth-authorization-server"])
        h = {"User-Agent": rng.choice(JWKS_UAS), "Accept": rng.choice(["application/json", "*/*",
                                                                       "application/jwk-set+json, application/json"])}
        if rng.random() < 0.7:
            h["If-None-Match"] = etag(rng) if rng.random() < 0.8 else f"{etag(rng)}, {etag(rng)}"
        if rng.random() < 0.4:
            h["If-Modified-Since"] = http_date(ts(rng))
        if rng.random() < 0.2:
            h["Cache-Control"] = rng.choice(["max-age=0", "no-cache"])
        return rng.choice(["GET", "GET", "HEAD"]), uri, h, "", "header"
    if choice == 2:   # a browser revalidating the stylesheet
        uri = "/admin/static/admin.css"
        h = browser_headers(rng, any_browser(rng), uri, "style", None, [("__Host-jeeves_admin", tok(rng))])
        h["If-None-Match"] = etag(rng)
        h["If-Modified-Since"] = http_date(ts(rng))
        if rng.random() < 0.5:
            h["Cache-Control"] = "max-age=0"
        return "GET", uri, h, "", "header"
    if choice == 3:   # range requests
        uri = rng.choice(["/admin/static/admin.css", "/.well-known/jwks.json", "/api/openapi.json"])
        h = {"User-Agent": rng.choice(["curl/8.5.0", "Wget/1.21.4", JWKS_UAS[0], "aria2/1.37.0"]),
             "Accept": "*/*", "Range": rng.choice(["bytes=0-1023", "bytes=-500", "bytes=100-", "bytes=0-0",
                                                   "bytes=0-32767", "bytes=0-99, 200-299"])}
        if rng.random() < 0.4:
            h["If-Range"] = rng.choice([etag(rng).removeprefix("W/"), http_date(ts(rng))])
        if uri.startswith("/api/"):
            h["Authorization"] = "Bearer " + jwt_like(rng)
        return "GET", uri, h, "", "header"
    method, uri, doc = api_request(rng)
    h, body = api_client(rng, method, doc)
    if method == "GET":
        if rng.random() < 0.7:
            h["If-None-Match"] = etag(rng)
        else:
            h["If-Modified-Since"] = http_date(ts(rng))
    else:
        h["If-Match"] = etag(rng) if rng.random() < 0.8 else "*"
        if rng.random() < 0.3:
            h["If-Unmodified-Since"] = http_date(ts(rng))
    return method, uri, h, body, "header"


def k_api_sdk(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    method, uri, doc = api_request(rng)
    h, body = api_client(rng, method, doc)
    return method, uri, h, body, "json" if body else ("query" if "?" in uri else "header")


def k_oauth(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    uri, fields = oauth_request(rng)
    h, extra, basic = oauth_client(rng)
    fields = fields + extra if rng.random() < 0.5 else extra + fields
    if rng.random() < 0.1:   # private_key_jwt clients send an assertion
        fields += [("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                   ("client_assertion", jwt_like(rng, {"iss": "reporting-etl", "sub": "reporting-etl",
                                                       "aud": ORIGIN + "/oauth/token", "jti": uid(rng),
                                                       "exp": ts(rng)}, "RS256"))]
    if rng.random() < 0.05:
        h["DPoP"] = jwt_like(rng, {"jti": uid(rng), "htm": "POST", "htu": ORIGIN + uri, "iat": ts(rng)})
    if rng.random() < 0.2:
        h.update(trace_headers(rng, uri))
    body = _form(uri, fields)["body"]
    return "POST", uri, h, body, "header" if basic else "form"


def k_monitor(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    uri = rng.choice(["/healthz", "/healthz", "/readyz", "/readyz", "/.well-known/jwks.json",
                      "/.well-known/oauth-authorization-server", "/admin/login", "/auth/slack/", "/healthz?probe=1"])
    h = {"User-Agent": rng.choice(MONITOR_UAS)}
    if rng.random() < 0.7:
        h["Accept"] = rng.choice(["*/*", "application/json", "text/html,application/xhtml+xml,application/xml;"
                                  "q=0.9,*/*;q=0.8", "text/plain, */*"])
    if rng.random() < 0.4:
        h["Accept-Encoding"] = rng.choice(["gzip", "gzip, deflate", "identity"])
    if rng.random() < 0.2:
        h["Cache-Control"] = "no-cache"
    if rng.random() < 0.15:
        h["Connection"] = "close"
    if "Datadog" in h["User-Agent"]:
        h.update({"x-datadog-origin": "synthetics", "x-datadog-trace-id": str(rng.getrandbits(63)),
                  "x-datadog-parent-id": "0", "x-datadog-sampling-priority": "1"})
    if "Route53" in h["User-Agent"] or "ELB" in h["User-Agent"]:
        h.pop("Accept", None)
    return rng.choice(["GET", "GET", "GET", "HEAD"]), uri, h, "", "header"


def k_preview(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    uri = rng.choice([f"/auth/slack/link/{tok(rng)}", f"/auth/slack/link/{tok(rng)}", "/me/", "/admin/login",
                      _query("/admin/login", [("next", rng.choice(["/admin/users", "/admin/audit?q=totp"]))]),
                      "/auth/slack/login?for=admin", "/auth/slack/"])
    ua = rng.choice(PREVIEW_UAS)
    h = {"User-Agent": ua, "Accept": rng.choice(["*/*", "text/html,application/xhtml+xml", "text/html",
                                                 "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"])}
    if ua.startswith("Slackbot") or ua.startswith("facebookexternalhit"):
        h["Range"] = "bytes=0-32768" if ua.startswith("Slackbot") else "bytes=0-524287"
    h["Accept-Encoding"] = rng.choice(["gzip,deflate", "gzip, deflate, br", "gzip"])
    if rng.random() < 0.3:
        h["Accept-Language"] = rng.choice(["en", "en-US,en;q=0.5", "*"])
    if "Twitterbot" in ua or "Discord" in ua:
        h["Connection"] = "keep-alive"
    if rng.random() < 0.2:
        h["X-Forwarded-For"] = ipv4(rng)
    return rng.choice(["GET", "GET", "GET", "HEAD"]), uri, h, "", "header"


def k_scanner(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    method, uri = rng.choice([("HEAD", "/"), ("GET", "/"), ("GET", "/robots.txt"),
                              ("GET", "/.well-known/security.txt"), ("GET", "/favicon.ico"), ("GET", "/sitemap.xml"),
                              ("GET", "/.well-known/jwks.json"), ("HEAD", "/admin/"), ("GET", "/healthz"),
                              ("GET", "/.well-known/oauth-authorization-server"), ("HEAD", "/me/"),
                              ("GET", "/.well-known/openid-configuration"), ("GET", "/admin/login")])
    h = {"User-Agent": rng.choice(SCANNER_UAS)}
    if rng.random() < 0.7:
        h["Accept"] = rng.choice(["*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"])
    if rng.random() < 0.5:
        h["Accept-Encoding"] = "gzip"
    if rng.random() < 0.3:
        h["Connection"] = "close"
    return method, uri, h, "", "header"


def boundary(rng: random.Random, who: str) -> str:
    return {"chrome": "----WebKitFormBoundary" + alnum(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                              "0123456789"),
            "firefox": rng.choice(["----geckoformboundary" + hexs(rng, 32),
                                   "-" * 27 + str(rng.randrange(10**28, 10**29))]),
            "safari": "----WebKitFormBoundary" + alnum(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrst"
                                                                "uvwxyz0123456789"),
            "curl": "-" * 24 + hexs(rng, 16), "requests": hexs(rng, 32), "go": hexs(rng, 60),
            "node": "-" * 26 + str(rng.randrange(10**23, 10**24)), "okhttp": uid(rng)}[who]


def multipart(fields: list[tuple[str, str]], bnd: str) -> str:
    parts = [f'--{bnd}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
    return "".join(parts) + f"--{bnd}--\r\n"


def k_multipart(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    if rng.random() < 0.75:   # a browser form with enctype="multipart/form-data"
        fam = rng.choice(["chrome", "chrome", "firefox", "safari", "edge"])
        uri, fields = browser_form(rng)
        bnd = boundary(rng, "chrome" if fam == "edge" else fam)
        h = browser_headers(rng, fam, uri, "document", f"multipart/form-data; boundary={bnd}")
        return "POST", uri, h, multipart(fields, bnd), "multipart"
    who = rng.choice(["curl", "requests", "go", "node", "okhttp"])   # `curl -F`, files= and friends
    uri, fields = oauth_request(rng)
    h, extra, basic = oauth_client(rng)
    bnd = boundary(rng, who)
    h["Content-Type"] = f"multipart/form-data; boundary={bnd}"
    if who == "curl":
        h["User-Agent"] = "curl/8.5.0"
    return "POST", uri, h, multipart(fields + extra, bnd), "multipart"


def k_signin(rng: random.Random) -> tuple[str, str, dict[str, str], str, str]:
    fam = any_browser(rng)
    step = rng.randrange(5)
    jar_extra = ga_cookies(rng) if rng.random() < 0.4 else []
    if step == 0:
        uri = rng.choice(["/auth/slack/login", "/auth/slack/login?for=admin"])
        h = browser_headers(rng, fam, uri, "document", None, jar_extra)
        h["Referer"] = ORIGIN + rng.choice(["/auth/slack/", "/admin/login", "/admin/login?next=%2Fadmin%2Fusers"])
        return "GET", uri, h, "", "query"
    if step <= 2:
        state = tok(rng)
        if rng.random() < 0.85:
            code = f"{rng.randrange(10**9, 10**10)}.{rng.randrange(10**12, 10**13)}.{hexs(rng, 64)}"
            uri = _query("/auth/slack/callback", [("code", code), ("state", state)])
        else:
            uri = _query("/auth/slack/callback", [("error", rng.choice(["access_denied", "invalid_scope"])),
                                                  ("state", state)])
        jar = jar_extra + [("__Host-jeeves_oidc_state", state if rng.random() < 0.9 else tok(rng))]
        h = browser_headers(rng, fam, uri, "document", None, jar)
        h["Referer"] = rng.choice(["https://slack.com/", "https://app.slack.com/", "https://acme-corp.slack.com/"])
        if "Sec-Fetch-Site" in h:
            h["Sec-Fetch-Site"] = "cross-site"
            h.pop("Sec-Fetch-User", None)
        return "GET", uri, h, "", "query"
    link = tok(rng)
    signin = tok(rng)
    if step == 3:
        uri = f"/auth/slack/link/{link}"
        h = browser_headers(rng, fam, uri, "document", None, jar_extra + ([("__Host-jeeves_signin", signin)]
                                                                         if rng.random() < 0.3 else []))
        return "GET", uri, h, "", "path"
    uri = f"/auth/slack/link/{link}"
    h = browser_headers(rng, fam, uri, "document", "application/x-www-form-urlencoded",
                        jar_extra + [("__Host-jeeves_signin", signin)])
    return "POST", uri, h, _form(uri, [("csrf_token", signin)])["body"], "form"


KINDS: list[tuple[str, int, Gen]] = [
    ("browser-chrome", 130, k_browser("chrome")),
    ("browser-firefox", 100, k_browser("firefox")),
    ("browser-safari", 80, k_browser("safari")),
    ("browser-chromium-other", 80, k_browser_mixed),
    ("cookie-jar-marketing", 120, k_cookie_marketing),
    ("cookie-jar-sessions", 100, k_cookie_sessions),
    ("cookie-consent", 80, k_consent),
    ("proxy-cdn", 100, k_proxy),
    ("tracing", 100, k_tracing),
    ("cors", 70, k_cors),
    ("conditional-range", 70, k_conditional),
    ("api-sdk", 140, k_api_sdk),
    ("oauth-client", 120, k_oauth),
    ("monitor", 70, k_monitor),
    ("link-preview", 50, k_preview),
    ("scanner-fingerprint", 40, k_scanner),
    ("multipart", 60, k_multipart),
    ("signin-flow", 50, k_signin),
]


attacks = no_attacks


def benign() -> Iterator[Rec]:
    for kind, count, gen in KINDS:
        rng = random.Random(zlib.crc32(f"clients-benign-{kind}".encode()))
        for n in range(1, count + 1):
            method, uri, headers, body, placement = gen(rng)
            yield {"method": method, "uri": uri, "body": body, "headers": headers,
                   "id": f"clients-benign-{kind}-{n:04d}", "category": "benign", "placement": placement, "sub": kind}

