"""The web side of the route shapes the benign evaluation generators share: browsers, scripts and their routes.

WebDay adds to evaluator_routes.SlackDay (and to WebApp) what Jeeves serves over plain HTTP: the browser's headers
and cookies, form and multipart bodies, a script's bearer headers, TokenDealer, /me/ and signing in, the health and
metadata GETs; evaluator_admin.EvaluatorDay adds the admin panel and the data API. As there, an evaluator sets each
knob (a class attribute) to its own value and keeps its own vocabulary; the draws happen in the order the
evaluators drew them before.

- WebApp: SlackApp and the web pieces the older evaluators build on (WebDay has them too).
- WebApp.form_request / get_request: a urlencoded POST's method, uri, headers and body; a GET's, its body empty
  (post_body_first, get_headers_first: the evaluator's order of the two).
- WebApp.token_request: a client_credentials POST to TokenDealer's /oauth/token (SlackApp.token_grant's fields).
- WebApp.basic_credentials: a TokenDealer client's Authorization: Basic value.
- WebApp.traceparent: a W3C traceparent.
- WebApp.verify_request: a POST of an access token to /verify_token, now and then naming the audience.
- WebApp.csrf_post / cross_site_arrival: a form POST of the CSRF token alone; a navigation from another site.
- WebApp.form_navigation: a browser's Referer (a path or a URL) and a form post's Origin, Content-Type and
  Cache-Control.
- WebApp.form_boundary / multipart_form: a multipart boundary as WebKit, Firefox or Gecko draws it; a multipart
  body and its Content-Type.
- WebApp.ga_cookie / cookie_header: Google Analytics' _ga cookie; a Cookie header of pairs, now and then shuffled.
- WebApp.me_exit_form / signed_in: a /me/ logout, forget-location or forget-me form; a session cookie and a CSRF
  token.
- WebApp.settings_patch: the settings a data API PATCH sets: a timezone and alert time, or units and alerts.
- WebApp.oidc_code / oidc_params / oidc_callback: the code Slack's OIDC callback brings; the callback's query
  (now and then access_denied); the callback's GET.
- WebApp.link_expander / link_preview / link_visit / link_signin: the headers of Slack's link expander; its GET
  of a one-time link; a browser opening the link from Slack; the link page's sign-in POST.
- WebApp.cookies: the evaluator's Cookie header (each evaluator has its own).
- WebDay.form_post: a urlencoded POST as a record.
- WebDay.cookies / site_cookies: a Cookie header with what analytics and consent banners add.
- WebDay.boundary / form_body: a multipart boundary; a form body, urlencoded or multipart.
- WebDay.browser / page_accept / sec_ch_ua / ch_platform: a browser's navigation or form-post headers; its
  Accept; its client hints.
- WebDay.script_headers / trace_headers: a script's headers with a bearer JWT; its tracing headers (trace_rate,
  request_id_rate, request_id_header).
- WebDay.request_ids / trace_state: the evaluator's own request-id forms; a tracestate with the traceparent.
- WebDay.oauth / verify: TokenDealer's token, introspect and revoke; /verify_token.
- WebDay.auth / cross_site: Sign in with Slack and the bot's one-time links; a cross-site arrival.
- WebDay.me / me_place / settings_fields: the /me/ page and its forms; a place typed; the settings form.
- WebDay.health / meta: the probes; JWKS, OAuth metadata and OpenAPI GETs.
"""

from __future__ import annotations

import base64
import urllib.parse
from collections.abc import Callable, Sequence
from typing import Any

from .evaluator_routes import SlackApp, SlackDay

FORM = "application/x-www-form-urlencoded"
HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8"


class WebApp(SlackApp):
    """SlackApp and the web pieces every evaluator builds its requests from; the older evaluators build on it."""

    post_body_first = False  # a form POST lists its body before its headers
    get_headers_first = False  # a GET lists its headers before its empty body

    def form_request(self, uri: str, h: dict[str, str], fields: list[tuple[str, str]]) -> dict[str, Any]:
        """A urlencoded POST of the fields to uri with the headers h."""
        if self.post_body_first:
            return {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields), "headers": h}
        return {"method": "POST", "uri": uri, "headers": h, "body": urllib.parse.urlencode(fields)}

    def csrf_post(self, uri: str, h: dict[str, str], csrf: str) -> dict[str, Any]:
        """A urlencoded POST whose only field is the CSRF token (a logout, a one-click action)."""
        return self.form_request(uri, h, [("csrf_token", csrf)])

    def token_request(self, client: str, secret: str, h: dict[str, str], basic: str,
                      scopes: Sequence[str] | None = None) -> dict[str, Any]:
        """A client_credentials POST to /oauth/token: the secret in the body, or Basic credentials in h."""
        return self.form_request("/oauth/token", h, self.token_grant(client, secret, h, basic, scopes))

    @staticmethod
    def basic_credentials(client: str, secret: str, quote_secret: bool = True) -> str:
        """A client's Authorization: Basic value: its id and (quote_secret) its secret form-encoded."""
        password = urllib.parse.quote_plus(secret) if quote_secret else secret
        return "Basic " + base64.b64encode(f"{urllib.parse.quote_plus(client)}:{password}".encode()).decode()

    def verify_request(self, h: dict[str, str], token: str, audience_rate: float) -> dict[str, Any]:
        """A POST of the access token to /verify_token with the headers h, naming the audience (audience_rate)."""
        fields = [("access_token", token)] + ([("audience", "jeeves")] if self.chance(audience_rate) else [])
        return self.form_request("/verify_token", h, fields)

    @staticmethod
    def cross_site_arrival(h: dict[str, str]) -> dict[str, str]:
        """A browser's navigation headers h, marked as arriving from another site."""
        h["Sec-Fetch-Site"] = "cross-site"
        return h

    def get_request(self, uri: str, h: dict[str, str]) -> dict[str, Any]:
        """A GET of uri with the headers h and an empty body."""
        if self.get_headers_first:
            return {"method": "GET", "uri": uri, "headers": h, "body": ""}
        return {"method": "GET", "uri": uri, "body": "", "headers": h}

    def traceparent(self, flags: str = "") -> str:
        """A W3C traceparent: the trace and span ids, and the flags given (else "00" or "01")."""
        return f"00-{self.hexs(32)}-{self.hexs(16)}-{flags or self.pick(['00', '01'])}"

    @staticmethod
    def form_navigation(h: dict[str, str], base: str, referer: str | None, form: bool) -> dict[str, str]:
        """h with the Referer (a path on base, or a URL) and, for a form post, Origin, Content-Type, Cache-Control."""
        if referer:
            h["Referer"] = referer if referer.startswith("http") else base + referer
        if form:
            h["Origin"] = base
            h["Content-Type"] = FORM
            h["Cache-Control"] = "max-age=0"
        return h

    def form_boundary(self, kind: str) -> str:
        """A multipart boundary as a "webkit", "firefox" (27 dashes and 29 digits) or "gecko" browser draws it."""
        if kind == "webkit":
            return "----WebKitFormBoundary" + self.token(12)[:16]
        if kind == "firefox":
            return "-" * 27 + str(self.rng.randint(10**28, 10**29))
        return "----geckoformboundary" + self.hexs(32)

    @staticmethod
    def multipart_form(boundary: str, fields: list[tuple[str, str]]) -> tuple[str, str]:
        """The multipart/form-data body of the fields and its Content-Type."""
        parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def ga_cookie(self) -> tuple[str, str]:
        """Google Analytics' _ga cookie: a client number and a first visit in the months before the day."""
        return "_ga", f"GA1.1.{self.rng.randint(10**8, 10**9)}.{self.epoch - self.rng.randint(0, 10**7)}"

    def cookie_header(self, pairs: Sequence[tuple[str, str]], extra: list[tuple[str, str]],
                      shuffle: bool = True) -> str:
        """A Cookie header of the pairs and then the extra ones, in the order a browser keeps them (shuffle)."""
        jar = list(pairs) + extra
        if shuffle:
            self.rng.shuffle(jar)
        return "; ".join(f"{k}={v}" for k, v in jar)

    def me_exit_form(self, csrf: str) -> tuple[str, list[tuple[str, str]]]:
        """The uri and fields of a /me/ form that logs out, forgets the location or forgets the person (confirmed)."""
        return self.pick([("/me/logout", [("csrf_token", csrf)]), ("/me/location/forget", [("csrf_token", csrf)]),
                          ("/me/forget", [("csrf_token", csrf), ("confirm", "forget")])])

    def signed_in(self, cookie: str) -> tuple[tuple[str, str], str]:
        """A signed-in browser's session cookie (the name given) and the CSRF token of the page's forms."""
        session = (cookie, self.token())
        return session, self.token()

    def settings_patch(self, zone: bool, tz: str, alert_time: Callable[[], str], alerts_rate: float,
                       units: Sequence[str] = ("metric", "imperial")) -> dict[str, Any]:
        """A PATCH of a user's settings: the timezone tz and an alert time (zone), or the units and alerts."""
        if zone:
            return {"settings": {"timezone": tz, "alert_time": alert_time()}}
        return {"settings": {"units": self.pick(units), "alerts": self.chance(alerts_rate)}}

    def oidc_code(self, short: bool = False) -> str:
        """The code Slack's Sign in brings to /auth/slack/callback (short: its middle number has 12 digits, not 13)."""
        first = self.rng.randint(10**11, 10**12)
        middle = self.rng.randint(10**11, 10**12) if short else self.rng.randint(10**12, 10**13)
        return f"{first}.{middle}.{self.hexs(64)}"

    def oidc_params(self, state: str, error_rate: float, short: bool = False) -> list[tuple[str, str]]:
        """The query of Slack's OIDC callback: a code and the state, or (error_rate) access_denied and the state."""
        params = [("code", self.oidc_code(short)), ("state", state)]
        if self.chance(error_rate):
            params = [("error", "access_denied"), ("state", state)]
        return params

    @staticmethod
    def oidc_callback(h: dict[str, str], params: list[tuple[str, str]]) -> dict[str, Any]:
        """The browser's GET of /auth/slack/callback with the query params (its headers serialised first)."""
        return {"method": "GET", "headers": h, "uri": "/auth/slack/callback?" + urllib.parse.urlencode(params)}

    def link_preview(self, link: str, ranged: bool = True, body: bool = True) -> dict[str, Any]:
        """Slackbot's link expander fetching the one-time link (with an empty body when body)."""
        uri, h = f"/auth/slack/link/{link}", self.link_expander(ranged)
        return self.get_request(uri, h) if body else {"method": "GET", "uri": uri, "headers": h}

    def cookies(self, *pairs: tuple[str, str]) -> str:
        """A Cookie header of the pairs and whatever the evaluator's browsers add."""
        raise NotImplementedError

    def link_visit(self, link: str, h: dict[str, str]) -> dict[str, Any]:
        """A browser (its headers h) opening the one-time link from Slack: a cross-site GET."""
        return self.get_request(f"/auth/slack/link/{link}", self.cross_site_arrival(h))

    def link_signin(self, link: str, h: dict[str, str], csrf: str) -> dict[str, Any]:
        """The one-time link page's sign-in POST: the CSRF token in the page's cookie and in the form."""
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.csrf_post(f"/auth/slack/link/{link}", h, csrf)

    @staticmethod
    def link_expander(ranged: bool = True) -> dict[str, str]:
        """The headers of Slackbot's link expander (unfurling a link), asking for the first 32 KiB when ranged."""
        h = {"User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
             "Accept-Encoding": "gzip,deflate"}
        if ranged:
            h["Range"] = "bytes=0-32768"
        return h


class WebDay(SlackDay, WebApp):
    """SlackDay and Jeeves' web side: browsers and scripts, TokenDealer, /me/, signing in, the probes."""

    api_clients: Sequence[str] = ()  # TokenDealer's clients, the API callers
    script_uas: Sequence[str] = ()
    uas_desktop: Sequence[str] = ()
    uas_mobile: Sequence[str] = ()
    langs: Sequence[str] = ()
    ga_rate = 0.2  # how often a browser carries a _ga cookie
    mobile_rate = 0.3  # how often a browser is a phone
    html_accept = HTML_ACCEPT
    html_encodings: str | Sequence[str] = ("gzip, deflate, br, zstd", "gzip, deflate, br")
    other_platform = '"Linux"'  # sec-ch-ua-platform when the UA names no Android, Windows or Mac
    referer_site = "same-origin"  # the Sec-Fetch-Site of a navigation with a Referer
    dnt_rate = 0.06
    xff_rate = 0.0  # how often a browser comes through a proxy that adds X-Forwarded-For
    xff: Sequence[str] = ()
    bearer_rate: float | None = 0.97  # how often a script sends its JWT (None: always, no draw)
    script_encoding_rate = 0.45
    trace_rate: float | None = None  # how often a script sends a traceparent (None: no tracing headers, no draw)
    request_id_rate = 0.1  # how often it sends a request id
    request_id_header = "X-Request-Id"  # under this name
    script_encodings: Sequence[str] = ("gzip, deflate", "gzip, deflate, br", "gzip")
    oauth_charset = "; charset=UTF-8"  # the second Content-Type a TokenDealer client sends
    oauth_quote_secret = False  # the Basic credentials quote the secret too
    oauth_introspect_roll = 0.8  # token below 0.6, introspect below this, revoke above
    oauth_introspect_audience_rate = 0.3
    oauth_hint_rate = 0.5
    verify_uas: Sequence[str] = ()
    verify_scopes: str | Sequence[str] = "read"
    verify_audience_rate = 0.4
    health_uas: Sequence[str] = ()
    scrape_timeout: str | None = "5"  # Blackbox's X-Prometheus-Scrape-Timeout-Seconds (None: not sent)
    readyz_rate = 0.15
    meta_uas: Sequence[str] = ()
    meta_roll_first = False  # the branch is drawn before the headers
    etag_hex = 16
    meta_browser_rate = 0.0  # how often someone opens the metadata in a browser
    timezones: Sequence[str] = ()
    auth_rolls = (0.15, 0.35, 0.6, 0.7, 0.85)  # sign-in page, login, callback, unfurler, link in a browser, POST
    oidc_error_rate = 0.1  # how often Slack's callback brings access_denied
    link_mobile_rate = 0.5  # how often the one-time link is opened on a phone
    unfurl_range = True  # Slack's link expander asks for the first 32 KiB only
    signin_referer = False  # the link page's POST carries the link as Referer
    me_rolls = (0.3, 0.6, 0.85)  # a GET, /me/location, /me/settings, a logout or forget
    me_pages: Sequence[str] = ("/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                               "/me/?done=location_forgotten", "/me/data.json")
    me_json_accept = True  # /me/data.json is asked for as JSON now and then
    me_get_weight = 9  # GETs for each HEAD
    me_multipart_rate: float | None = 0.15  # how often a /me/ form is posted as multipart (None: never, no draw)
    me_places: Sequence[str] = ()
    me_units: Sequence[str] = ("metric", "metric", "imperial")
    me_alerts_rate = 0.6
    me_alerts_first = False  # alerts=on is decided before alert_time and timezone are drawn

    def form_post(self, kind: str, uri: str, h: dict[str, str], fields: list[tuple[str, str]],
                  placement: str = "form") -> dict[str, Any]:
        return self.record(kind, placement, self.form_request(uri, h, fields))

    # ---- browsers -------------------------------------------------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        """The evaluator's own banner and analytics cookies (none by default)."""
        return []

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(self.ga_rate) else []
        return self.cookie_header(pairs, extra + self.site_cookies())

    def boundary(self) -> str:
        return self.pick(["----WebKitFormBoundary", "---------------------------"]) + self.token(12)[:16]

    def form_body(self, fields: list[tuple[str, str]], multipart: bool, h: dict[str, str]) -> str:
        if not multipart:
            return urllib.parse.urlencode(fields)
        boundary = self.boundary()
        body, h["Content-Type"] = self.multipart_form(boundary, fields)
        return body

    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome" not in ua:
            return None
        brand = '"Microsoft Edge";v="126"' if "Edg/" in ua else '"Google Chrome";v="126"'
        return f'"Not/A)Brand";v="8", "Chromium";v="126", {brand}'

    def page_accept(self, ua: str) -> str:
        """The Accept header of a browser's navigation."""
        return self.html_accept

    def ch_platform(self, ua: str) -> str:
        return ('"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua
                else '"macOS"' if "Mac" in ua else self.other_platform)

    def browser(self, referer: str | None = None, form: bool = False, mobile: bool | None = None) -> dict[str, str]:
        mobile = self.chance(self.mobile_rate) if mobile is None else mobile
        ua = self.pick(self.uas_mobile if mobile else self.uas_desktop)
        h = {"User-Agent": ua, "Accept": self.page_accept(ua), "Accept-Language": self.pick(self.langs),
             "Accept-Encoding": self.draw(self.html_encodings), "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": self.referer_site if referer else "none", "Sec-Fetch-User": "?1"}
        hints = self.sec_ch_ua(ua)
        if hints:
            h["sec-ch-ua"] = hints
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = self.ch_platform(ua)
        if referer:
            h["Referer"] = referer
        if form:
            h["Origin"] = "null"  # the pages' Referrer-Policy is no-referrer: browsers send Origin: null
            h["Content-Type"] = FORM
            h["Cache-Control"] = "max-age=0"
            h["Sec-Fetch-Site"] = "same-origin"
        if self.chance(self.dnt_rate):
            h["DNT"] = "1"
        if self.xff_rate and self.chance(self.xff_rate):
            h["X-Forwarded-For"] = self.pick(self.xff)
        return h

    # ---- scripts: the data API and TokenDealer --------------------------------------------------------------
    def request_ids(self) -> list[str]:
        """The evaluator's own X-Request-Id forms, drawn after a UUID (none by default)."""
        return []

    def trace_state(self) -> str | None:
        """A tracestate to go with a traceparent (none by default, no draw)."""
        return None

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        """A script's traceparent (trace_rate; None: no tracing headers) and request id (a UUID or request_ids)."""
        if self.trace_rate is None:
            return
        if self.chance(self.trace_rate):
            h["traceparent"] = self.traceparent()
            state = self.trace_state()
            if state:
                h["tracestate"] = state
        if self.chance(self.request_id_rate):
            h[self.request_id_header] = self.pick([self.uuid(), *self.request_ids()])

    def script_headers(self, scope: str) -> dict[str, str]:
        ua = self.pick(self.script_uas)
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"])}
        if self.bearer_rate is None or self.chance(self.bearer_rate):
            h["Authorization"] = "Bearer " + self.jwt(self.pick(self.api_clients), scope)
        if self.chance(self.script_encoding_rate):
            h["Accept-Encoding"] = self.pick(self.script_encodings)
        if ua.startswith("PostmanRuntime"):
            h["Postman-Token"] = self.uuid()
            h["Cache-Control"] = "no-cache"
        self.trace_headers(h, ua)
        return h

    def oauth(self) -> dict[str, Any]:
        client = self.pick(self.api_clients)
        secret = self.token()
        h = {"User-Agent": self.pick(self.script_uas), "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick([FORM, FORM + self.oauth_charset])}
        basic = self.basic_credentials(client, secret, self.oauth_quote_secret)
        roll = self.rng.random()
        if roll < 0.6:
            return self.form_post("oauth", "/oauth/token", h, self.token_grant(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < self.oauth_introspect_roll:
            fields = [("token", token)] + ([("audience", "jeeves")]
                                           if self.chance(self.oauth_introspect_audience_rate) else [])
            return self.form_post("oauth", "/oauth/introspect", h, fields)
        fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(self.oauth_hint_rate)
                                       else [])
        return self.form_post("oauth", "/oauth/revoke", h, fields)

    def verify(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(self.verify_uas), "Accept": "application/json", "Content-Type": FORM}
        token = self.jwt(self.pick(self.api_clients), self.draw(self.verify_scopes))
        return self.record("verify", "form", self.verify_request(h, token, self.verify_audience_rate))

    # ---- /me/ and signing in --------------------------------------------------------------------------------
    def cross_site(self, h: dict[str, str]) -> None:
        h["Sec-Fetch-Site"] = "cross-site"

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        r_page, r_login, r_callback, r_unfurl, r_link = self.auth_rolls
        if roll < r_page:
            h = self.browser(self.pick([None, self.base + "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", {"method": "GET", "uri": uri, "headers": h})
        if roll < r_login:
            h = self.browser(self.pick([self.base + "/auth/slack/", self.base + "/admin/login", None]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < r_callback:
            state = self.token()
            h = self.browser("https://slack.com/")
            self.cross_site(h)
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, self.oidc_error_rate)
            return self.record("auth", "query", self.oidc_callback(h, params))
        link = self.token()
        if roll < r_unfurl:
            return self.record("auth", "path", self.link_preview(link, self.unfurl_range, body=False))
        if roll < r_link:
            h = self.browser("https://app.slack.com/", mobile=self.chance(self.link_mobile_rate))
            self.cross_site(h)
            return self.record("auth", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        csrf = self.token()
        h = self.browser(self.base + f"/auth/slack/link/{link}" if self.signin_referer else None, True)
        return self.record("auth", "form", self.link_signin(link, h, csrf))

    def me_place(self) -> str:
        return self.pick(self.me_places)

    def settings_fields(self, csrf: str) -> list[tuple[str, str]]:
        """/me/settings as the form posts it: alerts=on (a checkbox) only when ticked."""
        if self.me_alerts_first:
            fields = [("csrf_token", csrf), ("units", self.pick(self.me_units))]
            if self.chance(self.me_alerts_rate):
                fields.append(("alerts", "on"))
            return fields + [("alert_time", self.hhmm()), ("timezone", self.pick(self.timezones))]
        fields = [("csrf_token", csrf), ("units", self.pick(self.me_units)), ("alert_time", self.hhmm()),
                  ("timezone", self.pick(self.timezones))]
        if self.chance(self.me_alerts_rate):
            fields.insert(2, ("alerts", "on"))
        return fields

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        r_get, r_location, r_settings = self.me_rolls
        if roll < r_get:
            h = self.browser(self.pick([None, self.base + "/me/", self.base + "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(self.me_pages)
            if uri.endswith(".json") and self.me_json_accept:
                h["Accept"] = self.pick(["application/json", h["Accept"]])
            return self.record("me", "cookie", {"method": self.pick(["GET"] * self.me_get_weight + ["HEAD"]),
                                                "uri": uri, "headers": h})
        multipart = self.me_multipart_rate is not None and self.chance(self.me_multipart_rate)
        h = self.browser(self.base + "/me/", True)
        h["Cookie"] = self.cookies(session)
        placement = "multipart" if multipart else "form"
        if roll < r_location:
            body = self.form_body([("csrf_token", csrf), ("place", self.me_place()[:100])], multipart, h)
            return self.record("me", placement, {"method": "POST", "uri": "/me/location", "body": body, "headers": h})
        if roll < r_settings:
            body = self.form_body(self.settings_fields(csrf), multipart, h)
            return self.record("me", placement, {"method": "POST", "uri": "/me/settings", "body": body, "headers": h})
        uri, fields = self.me_exit_form(csrf)
        body = self.form_body(fields, multipart, h)
        return self.record("me", placement, {"method": "POST", "uri": uri, "body": body, "headers": h})

    # ---- probes and metadata --------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        ua = self.pick(self.health_uas)
        h = {"User-Agent": ua, "Accept": "*/*"}
        if self.scrape_timeout and "Blackbox" in ua:
            h["X-Prometheus-Scrape-Timeout-Seconds"] = self.scrape_timeout
        uri = "/readyz" if self.chance(self.readyz_rate) else "/healthz"
        return self.record("health", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": uri,
                                                "headers": h})

    def meta(self) -> dict[str, Any]:
        roll = self.rng.random() if self.meta_roll_first else 0.0
        h = {"User-Agent": self.pick(self.meta_uas),
             "Accept": self.pick(["application/json", "*/*", "application/jwk-set+json, application/json"])}
        if (roll if self.meta_roll_first else self.rng.random()) < 0.45:
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(self.etag_hex)}"'
            return self.record("meta", "header", {"method": "GET", "uri": "/.well-known/jwks.json", "headers": h})
        uri = self.pick(["/.well-known/oauth-authorization-server", "/openapi.json", "/api/openapi.json"])
        if self.meta_browser_rate and self.chance(self.meta_browser_rate):
            h = self.browser(None)
            h["Accept"] = "application/json,text/plain,*/*"
        return self.record("meta", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": uri,
                                              "headers": h})
