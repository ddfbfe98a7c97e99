"""The web side of the route shapes the benign evaluation generators share: browsers, scripts and their routes.

EvaluatorDay adds to evaluator_routes.SlackDay what Jeeves serves over plain HTTP: the data API's bearer
headers, the browser's headers and cookies, form and multipart bodies, TokenDealer, the health and metadata
GETs. As there, an evaluator sets each knob (a class attribute) to its own value and keeps its own vocabulary;
the draws happen in the order the evaluators drew them before.

- EvaluatorDay.form_post: a urlencoded POST as a record.
- EvaluatorDay.cookies / site_cookies: a Cookie header with what analytics and consent banners add.
- EvaluatorDay.boundary / form_body: a multipart boundary; a form body, urlencoded or multipart.
- EvaluatorDay.browser / sec_ch_ua: a browser's navigation or form-post headers; its client hints.
- EvaluatorDay.script_headers / trace_headers / traceparent: a script's headers with a bearer JWT; its tracing
  headers; a W3C traceparent.
- EvaluatorDay.oauth / verify: TokenDealer's token, introspect and revoke; /verify_token.
- EvaluatorDay.auth / cross_site: Sign in with Slack and the bot's one-time links; a cross-site arrival.
- EvaluatorDay.me / me_place / settings_fields: the /me/ page and its forms; a place typed; the settings form.
- EvaluatorDay.admin: the admin panel: searches, pages, switches, clients, Slack sign-in, the account, the CSS.
- EvaluatorDay.admin_login / admin_password / totp_code: the login page and form; a password; a TOTP field.
- EvaluatorDay.admin_account / admin_css: the account page's TOTP and logout forms; the stylesheet.
- EvaluatorDay.api / api_users / api_patch / api_usage / since_choices: the data API with a bearer JWT: users
  (list, one, PATCH), usage stats, switches (GET, PUT); how the evaluator's scripts write a date.
- EvaluatorDay.health / meta: the probes; JWKS, OAuth metadata and OpenAPI GETs.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Sequence
from typing import Any

from .evaluator_routes import SlackDay

FORM = "application/x-www-form-urlencoded"
HTML_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8"


class EvaluatorDay(SlackDay):
    """One evaluator's day on every route Jeeves serves: SlackDay and the browsers, scripts and probes."""

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
    dnt_rate = 0.06
    xff_rate = 0.0  # how often a browser comes through a proxy that adds X-Forwarded-For
    xff: Sequence[str] = ()
    bearer_rate: float | None = 0.97  # how often a script sends its JWT (None: always, no draw)
    script_encoding_rate = 0.45
    script_encodings: Sequence[str] = ("gzip, deflate", "gzip, deflate, br", "gzip")
    oauth_charset = "; charset=UTF-8"  # the second Content-Type a TokenDealer client sends
    oauth_quote_secret = False  # the Basic credentials quote the secret too
    oauth_scope_rate = 0.7
    oauth_scopes: Sequence[str] = ("read", "read write", "write")
    oauth_audience_rate = 0.2
    oauth_audience: str | Sequence[str] = "jeeves"
    oauth_body_secret_rate = 0.25  # client_id and client_secret in the body instead of Basic
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
    search_terms: Sequence[str] = ()  # what admins type into the users search
    audit_terms: Sequence[str] = ()
    admin_names: Sequence[str] = ()
    actions: Sequence[str] = ()  # Jeeves' actions, the feature switches
    client_descriptions: Sequence[tuple[str, str]] = ()  # TokenDealer clients: (client_id, description)
    admin_pages: Sequence[str] = ()
    feature_teams: Sequence[str] = ()  # the team_id a feature switch is set for
    login_next: Sequence[str] = ()
    user_ids = (1, 420)  # the data API's and the admin panel's user ids
    # search, audit, a page, a user's switch, features, clients, login, Slack sign-in; the account above
    admin_rolls = (0.2, 0.32, 0.48, 0.58, 0.66, 0.75, 0.86, 0.92)
    admin_account_roll: float | None = None  # the account forms below it, the stylesheet above (None: see below)
    account_rolls = (0.3, 0.65, 0.85, 1.0)  # totp start, confirm, disable, logout; above the last: the stylesheet
    search_pages = (1, 5)  # a users search's page=
    audit_page: str | tuple[int, int] = "2"  # an audit search's page=: a fixed one or a range
    page_head_weight: int | None = None  # GETs for each HEAD of an admin page (None: GETs only, no draw)
    search_referer_q = False  # the user switch's Referer is the search it was clicked in (one q drawn, not two)
    blank_searches = 1  # how many empty searches join the search terms of a user switch
    toggle_pages = (1, 4)
    toggle_roles: Sequence[str] = ("active", "active", "admin")
    feature_rate = 0.8  # the switch form, not the override removal
    enabled_last = False  # a switch form's enabled comes after its team_id
    client_roll_first = False  # the clients branch is drawn before the client
    new_client_rate, write_scope_rate = 0.55, 0.3
    client_states: Sequence[str] = ("rotate", "disable", "enable")
    login_referers: Sequence[str | None] = (None, "https://app.slack.com/")
    login_post_referer: str | None = None
    password_chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!#%&*+=?@^~"
    password_length = (16, 30)
    phrase_rate = 0.2  # a passphrase from the password manager instead
    phrase_words: Sequence[str] = ()
    phrase_separator: str | Sequence[str] = "-"
    phrase_suffix: tuple[int, int] | None = None  # a number after the passphrase
    totp_first = False  # the login's totp is drawn before the username
    slack_map_rate = 0.75  # mapping an admin to a Slack user, not removing the mapping
    confirm_spaced = False  # the totp confirmation is sometimes typed as "123 456"
    disable_password_bytes = 15
    css_encoding: str | None = "gzip, deflate, br"
    css_cookie = False  # the stylesheet request carries the session cookie
    css_modified: tuple[float, str] | None = None  # (how often, the date) of a conditional stylesheet GET
    api_rolls = (0.3, 0.46, 0.7, 0.86, 0.93)  # users list, a user, a PATCH, usage stats, switches; a PUT above
    openapi_roll: float | None = None  # an anonymous GET of the OpenAPI document between switches and the PUT
    list_scope: str | Sequence[str] = "read"
    limit_rate, offset_rate = 0.8, 0.55
    limits: Sequence[str] = ()
    offsets: Sequence[int] = ()
    filter_teams: Sequence[str] = ()
    active_values: Sequence[str] = ("true", "false", "1", "0")
    alert_values: Sequence[str] = ("true", "false", "on", "off")
    shuffle_filters = True  # the query string's parameters come in any order
    user_get_headers_first = False  # a user GET draws its headers before the user id
    api_headers_last = False  # a list or stats GET draws its headers after its query
    patch_rolls = (0.25, 0.42, 0.7, 0.82, 0.93)  # name and e-mail, a name, settings, units, is_active; is_admin
    patch_names: Sequence[str] = ()
    patch_tz_of_person = True  # the PATCHed timezone is the person's own, not any
    patch_alerts_rate, patch_active_rate, patch_admin_rate = 0.75, 0.35, 0.5
    patch_units: Sequence[str] = ("metric", "imperial")
    patch_types: Sequence[str] = ("application/json", "application/json", "application/json; charset=utf-8")
    patch_ascii_rate = 0.3
    usage_days = (1, 14)  # the day of the month a usage query starts on
    until_rate = 0.6
    until_choices: Sequence[str] = ()
    switch_enabled_rate = 0.7

    def form_post(self, kind: str, uri: str, h: dict[str, str], fields: list[tuple[str, str]],
                  placement: str = "form") -> dict[str, Any]:
        return self.record(kind, placement, {"method": "POST", "uri": uri, "headers": h,
                                             "body": urllib.parse.urlencode(fields)})

    # ---- browsers -------------------------------------------------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        """The evaluator's own banner and analytics cookies (none by default)."""
        return []

    def cookies(self, *pairs: tuple[str, str]) -> str:
        jar = list(pairs)
        if self.chance(self.ga_rate):
            jar.append(("_ga", f"GA1.1.{self.rng.randint(10**8, 10**9)}.{self.epoch - self.rng.randint(0, 10**7)}"))
        jar += self.site_cookies()
        self.rng.shuffle(jar)
        return "; ".join(f"{k}={v}" for k, v in jar)

    def boundary(self) -> str:
        return self.pick(["----WebKitFormBoundary", "---------------------------"]) + self.token(12)[:16]

    def form_body(self, fields: list[tuple[str, str]], multipart: bool, h: dict[str, str]) -> str:
        if not multipart:
            return urllib.parse.urlencode(fields)
        boundary = self.boundary()
        h["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
        return "".join(parts) + f"--{boundary}--\r\n"

    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome" not in ua:
            return None
        brand = '"Microsoft Edge";v="126"' if "Edg/" in ua else '"Google Chrome";v="126"'
        return f'"Not/A)Brand";v="8", "Chromium";v="126", {brand}'

    def browser(self, referer: str | None = None, form: bool = False, mobile: bool | None = None) -> dict[str, str]:
        mobile = self.chance(self.mobile_rate) if mobile is None else mobile
        ua = self.pick(self.uas_mobile if mobile else self.uas_desktop)
        h = {"User-Agent": ua, "Accept": self.html_accept, "Accept-Language": self.pick(self.langs),
             "Accept-Encoding": self.draw(self.html_encodings), "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        hints = self.sec_ch_ua(ua)
        if hints:
            h["sec-ch-ua"] = hints
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = ('"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua
                                       else '"macOS"' if "Mac" in ua else self.other_platform)
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
    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        """The evaluator's own tracing and request-id headers on a script's request (none by default)."""

    def traceparent(self, flags: str = "") -> str:
        return f"00-{self.hexs(32)}-{self.hexs(16)}-{flags or self.pick(['00', '01'])}"

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
        password = urllib.parse.quote_plus(secret) if self.oauth_quote_secret else secret
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote_plus(client)}:{password}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            fields = [("grant_type", "client_credentials")]
            if self.chance(self.oauth_scope_rate):
                fields.append(("scope", self.pick(self.oauth_scopes)))
            if self.chance(self.oauth_audience_rate):
                fields.append(("audience", self.draw(self.oauth_audience)))
            if self.chance(self.oauth_body_secret_rate):
                fields += [("client_id", client), ("client_secret", secret)]
            else:
                h["Authorization"] = basic
            return self.form_post("oauth", "/oauth/token", h, fields)
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
        fields = [("access_token", self.jwt(self.pick(self.api_clients), self.draw(self.verify_scopes)))]
        if self.chance(self.verify_audience_rate):
            fields.append(("audience", "jeeves"))
        return self.form_post("verify", "/verify_token", h, fields)

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
            params = [("code", f"{self.rng.randint(10**11, 10**12)}.{self.rng.randint(10**12, 10**13)}."
                               f"{self.hexs(64)}"), ("state", state)]
            if self.chance(self.oidc_error_rate):
                params = [("error", "access_denied"), ("state", state)]
            return self.record("auth", "query", {"method": "GET", "headers": h,
                                                 "uri": "/auth/slack/callback?" + urllib.parse.urlencode(params)})
        link = self.token()
        if roll < r_unfurl:
            h = {"User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
                 "Accept-Encoding": "gzip,deflate"}
            if self.unfurl_range:
                h["Range"] = "bytes=0-32768"
            return self.record("auth", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        if roll < r_link:
            h = self.browser("https://app.slack.com/", mobile=self.chance(self.link_mobile_rate))
            self.cross_site(h)
            return self.record("auth", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        csrf = self.token()
        h = self.browser(self.base + f"/auth/slack/link/{link}" if self.signin_referer else None, True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.form_post("auth", f"/auth/slack/link/{link}", h, [("csrf_token", csrf)])

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
        session = ("__Host-jeeves_me", self.token())
        csrf = self.token()
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
        uri, fields = self.pick([("/me/logout", [("csrf_token", csrf)]),
                                 ("/me/location/forget", [("csrf_token", csrf)]),
                                 ("/me/forget", [("csrf_token", csrf), ("confirm", "forget")])])
        body = self.form_body(fields, multipart, h)
        return self.record("me", placement, {"method": "POST", "uri": uri, "body": body, "headers": h})

    # ---- the admin panel ------------------------------------------------------------------------------------
    def admin_password(self) -> str:
        password = "".join(self.rng.choice(self.password_chars) for _ in range(self.rng.randint(*self.password_length)))
        if self.chance(self.phrase_rate):
            password = self.draw(self.phrase_separator).join(self.pick(self.phrase_words) for _ in range(4))
            if self.phrase_suffix:
                password += str(self.rng.randint(*self.phrase_suffix))
        return password

    def totp_code(self) -> str:
        return self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"])

    def admin_login(self, csrf: str) -> dict[str, Any]:
        """The login form: GET first, then the POST with the pre-session cookie (double-submit)."""
        nxt = self.pick(self.login_next)
        if self.chance(0.4):
            h = self.browser(self.pick(self.login_referers))
            return self.record("admin", "query", {"method": "GET", "headers": h,
                                                  "uri": "/admin/login?next=" + urllib.parse.quote(nxt, safe="")})
        h = self.browser(self.login_post_referer, True)
        h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
        password = self.admin_password()
        totp = self.totp_code() if self.totp_first else None
        fields = [("csrf_token", csrf), ("next", nxt), ("username", self.pick(self.admin_names)),
                  ("password", password), ("totp", self.totp_code() if totp is None else totp)]
        return self.form_post("admin", "/admin/login", h, fields)

    def admin_account(self, session: tuple[str, str], csrf: str) -> dict[str, Any] | None:
        """The account page's forms; None when the roll falls past them (the stylesheet)."""
        h = self.browser(self.base + "/admin/account", True)
        h["Cookie"] = self.cookies(session)
        sub = self.rng.random()
        r_start, r_confirm, r_disable, r_logout = self.account_rolls
        if sub < r_start:
            return self.form_post("admin", "/admin/account/totp/start", h, [("csrf_token", csrf)])
        if sub < r_confirm:
            pending = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
            code = f"{self.rng.randint(0, 999999):06d}"
            if self.confirm_spaced:
                code = self.pick([code, f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"])
            return self.form_post("admin", "/admin/account/totp/confirm", h,
                                  [("csrf_token", csrf), ("totp_pending", pending), ("totp", code)])
        if sub < r_disable:
            fields = [("csrf_token", csrf), ("password", self.token(self.disable_password_bytes))]
            return self.form_post("admin", "/admin/account/totp/disable", h, fields)
        if sub < r_logout:
            return self.form_post("admin", "/admin/logout", h, [("csrf_token", csrf)])
        return None

    def admin_css(self, session: tuple[str, str]) -> dict[str, Any]:
        h = {"User-Agent": self.pick(self.uas_desktop), "Accept": "text/css,*/*;q=0.1",
             "Referer": self.base + "/admin/", "Accept-Language": self.pick(self.langs)}
        if self.css_encoding:
            h["Accept-Encoding"] = self.css_encoding
        h.update({"Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Site": "same-origin"})
        if self.css_cookie:
            h["Cookie"] = self.cookies(session)
        if self.css_modified and self.chance(self.css_modified[0]):
            h["If-Modified-Since"] = self.css_modified[1]
        return self.record("admin", "header", {"method": "GET", "uri": "/admin/static/admin.css", "headers": h})

    def admin(self) -> dict[str, Any]:
        session = ("__Host-jeeves_admin", self.token())
        csrf = self.token()
        roll = self.rng.random()
        r_search, r_audit, r_page, r_toggle, r_features, r_clients, r_login, r_slack = self.admin_rolls
        if roll < r_search:
            h = self.browser(self.base + "/admin/users")
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(self.search_terms))]
            if self.chance(0.3):
                params.append(("page", str(self.rng.randint(*self.search_pages))))
            quote = self.pick([urllib.parse.quote, urllib.parse.quote_plus])
            return self.record("admin", "query", {"method": "GET", "headers": h,
                                                  "uri": "/admin/users?" + urllib.parse.urlencode(params,
                                                                                                  quote_via=quote)})
        if roll < r_audit:
            h = self.browser(self.base + "/admin/audit")
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(self.audit_terms))]
            if self.chance(0.2):
                params.append(("page", self.audit_page if isinstance(self.audit_page, str)
                               else str(self.rng.randint(*self.audit_page))))
            return self.record("admin", "query", {"method": "GET", "headers": h,
                                                  "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < r_page:
            h = self.browser(self.pick([None, self.base + "/admin/"]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(self.admin_pages)
            method = "GET" if self.page_head_weight is None else self.pick(["GET"] * self.page_head_weight + ["HEAD"])
            return self.record("admin", "cookie", {"method": method, "uri": page, "headers": h})
        if roll < r_toggle:
            searches = [*self.search_terms] + [""] * self.blank_searches
            q = self.pick(searches) if self.search_referer_q else self.pick(self.search_terms)
            h = self.browser(self.base + "/admin/users?q=" + urllib.parse.quote(q), True)
            h["Cookie"] = self.cookies(session)
            if not self.search_referer_q:
                q = self.pick(searches)  # the box may have been changed or cleared since
            fields = [("csrf_token", csrf), ("q", q), ("page", str(self.rng.randint(*self.toggle_pages))),
                      ("value", self.pick(["0", "1"]))]
            uri = f"/admin/users/{self.rng.randint(*self.user_ids)}/{self.pick(self.toggle_roles)}"
            return self.form_post("admin", uri, h, fields)
        if roll < r_features:
            h = self.browser(self.base + "/admin/features", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(self.feature_rate):
                fields = [("csrf_token", csrf), ("action", self.pick(self.actions))]
                if not self.enabled_last:
                    fields.append(("enabled", self.pick(["0", "1"])))
                if self.chance(0.5):
                    fields.append(("team_id", self.pick(self.feature_teams)))
                if self.enabled_last:
                    fields.append(("enabled", self.pick(["0", "1"])))
                return self.form_post("admin", "/admin/features", h, fields)
            fields = [("csrf_token", csrf), ("action", self.pick(self.actions)), ("team_id", self.partner_team)]
            return self.form_post("admin", "/admin/features/remove", h, fields)
        if roll < r_clients:
            h = self.browser(self.base + "/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random() if self.client_roll_first else 0.0
            client_id, description = self.pick(self.client_descriptions)
            if not self.client_roll_first:
                sub = self.rng.random()
            if sub < self.new_client_rate:
                fields = [("csrf_token", csrf), ("client_id", client_id), ("description", description),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(self.write_scope_rate) else [])
                return self.form_post("admin", "/admin/clients", h, fields)
            uri = f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/{self.pick(self.client_states)}"
            return self.form_post("admin", uri, h, [("csrf_token", csrf)], "path")
        if roll < r_login:
            return self.admin_login(csrf)
        if roll < r_slack:
            h = self.browser(self.base + "/admin/slack-sign-in", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(self.slack_map_rate):
                fields = [("csrf_token", csrf), ("username", self.pick(self.admin_names)),
                          ("team_id", self.pick([self.team, self.team, self.partner_team])),
                          ("user_id", self.pick(self.people)["id"])]
                return self.form_post("admin", "/admin/slack-sign-in", h, fields)
            fields = [("csrf_token", csrf), ("username", self.pick(self.admin_names))]
            return self.form_post("admin", "/admin/slack-sign-in/remove", h, fields)
        if self.admin_account_roll is None or roll < self.admin_account_roll:
            account = self.admin_account(session, csrf)
            if account:
                return account
        return self.admin_css(session)

    # ---- the data API ---------------------------------------------------------------------------------------
    def since_choices(self, day: int) -> list[str]:
        """How the evaluator's scripts write the start of a usage query on that day."""
        raise NotImplementedError

    def api_users(self) -> dict[str, Any]:
        h = None if self.api_headers_last else self.script_headers(self.draw(self.list_scope))
        params: list[tuple[str, str]] = []
        if self.chance(self.limit_rate):
            params.append(("limit", self.pick(self.limits)))
        if self.chance(self.offset_rate):
            params.append(("offset", str(self.pick(self.offsets))))
        for key, values in (("team_id", self.filter_teams), ("active", self.active_values),
                            ("alerts", self.alert_values)):
            if self.chance(0.3):
                params.append((key, self.pick(values)))
        if self.shuffle_filters:
            self.rng.shuffle(params)
        uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
        if h is None:
            h = self.script_headers(self.draw(self.list_scope))
        return self.record("api", "query", {"method": "GET", "uri": uri, "headers": h})

    def api_patch(self) -> dict[str, Any]:
        h = self.script_headers(self.pick(["read write", "write"]))
        person = self.pick(self.people)
        doc: dict[str, Any]
        choice = self.rng.random()
        r_email, r_name, r_settings, r_units, r_active = self.patch_rolls
        if choice < r_email:
            doc = {"name": person["name"], "email": person["email"]}
        elif choice < r_name:
            doc = {"name": self.pick(self.patch_names)}
        elif choice < r_settings:
            tz = person["tz"] if self.patch_tz_of_person else self.pick(self.timezones)
            doc = {"settings": {"timezone": tz, "alert_time": self.hhmm()}}
            if self.chance(0.5):
                doc["settings"]["alerts"] = self.chance(self.patch_alerts_rate)
        elif choice < r_units:
            doc = {"settings": {"units": self.pick(self.patch_units)}}
        elif choice < r_active:
            doc = {"is_active": self.chance(self.patch_active_rate)}
        else:
            doc = {"is_admin": self.chance(self.patch_admin_rate)}
        h["Content-Type"] = self.pick(self.patch_types)
        body = json.dumps(doc, ensure_ascii=self.chance(self.patch_ascii_rate), indent=self.pick([None, None, 2]))
        return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(*self.user_ids)}",
                                           "body": body, "headers": h})

    def api_usage(self) -> dict[str, Any]:
        h = None if self.api_headers_last else self.script_headers("read")
        params = [("since", self.pick(self.since_choices(self.rng.randint(*self.usage_days))))]
        if self.chance(self.until_rate):
            params.append(("until", self.pick(self.until_choices)))
        quote = self.pick([urllib.parse.quote, urllib.parse.quote_plus])
        uri = "/api/usage/stats?" + urllib.parse.urlencode(params, quote_via=quote)
        if h is None:
            h = self.script_headers("read")
        return self.record("api", "query", {"method": "GET", "uri": uri, "headers": h})

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        r_list, r_user, r_patch, r_usage, r_switches = self.api_rolls
        if roll < r_list:
            return self.api_users()
        if roll < r_user:
            h = self.script_headers("read") if self.user_get_headers_first else None
            uri = f"/api/users/{self.rng.randint(*self.user_ids)}"
            if h is None:
                h = self.script_headers("read")
            return self.record("api", "path", {"method": "GET", "uri": uri, "headers": h})
        if roll < r_patch:
            return self.api_patch()
        if roll < r_usage:
            return self.api_usage()
        if roll < r_switches:
            return self.record("api", "header", {"method": "GET", "uri": "/api/switches",
                                                 "headers": self.script_headers("read")})
        if self.openapi_roll and roll < self.openapi_roll:
            h = {"User-Agent": self.pick(self.script_uas), "Accept": "application/json"}
            return self.record("api", "header", {"method": "GET", "uri": "/api/openapi.json", "headers": h})
        h = self.script_headers("read write")
        h["Content-Type"] = "application/json"
        doc = {"enabled": self.chance(self.switch_enabled_rate)}
        if self.chance(0.6):
            doc["team_id"] = self.pick([self.team, self.partner_team, "*"])
        return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{self.pick(self.actions)}",
                                           "body": json.dumps(doc), "headers": h})

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
