"""The admin panel and the data API, the last of the route shapes the benign evaluation generators share.

EvaluatorDay adds them to evaluator_web.WebDay (and so to evaluator_routes.SlackDay): an evaluator subclasses
it, sets its knobs (class attributes) to its own values and keeps its own vocabulary; the draws happen in the
order the evaluators drew them before.

- EvaluatorDay.admin / page_referers: the admin panel: searches, pages, switches, clients, Slack sign-in, the
  account, the CSS; where a page is opened from.
- EvaluatorDay.admin_login / admin_password / totp_code: the login page and form; a password; a TOTP field.
- EvaluatorDay.admin_account / admin_css: the account page's TOTP and logout forms; the stylesheet.
- EvaluatorDay.api / api_users / api_patch / patch_name / api_usage / since_choices: the data API with a bearer
  JWT: users (list, one, PATCH), usage stats, switches (GET, PUT); a PATCHed name; how the evaluator's scripts
  write a date.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Sequence
from typing import Any

from .evaluator_web import WebDay


class EvaluatorDay(WebDay):
    """One evaluator's day on every route Jeeves serves."""

    search_terms: Sequence[str] = ()  # what admins type into the users search
    audit_terms: Sequence[str] = ()
    admin_names: Sequence[str] = ()
    client_descriptions: Sequence[tuple[str, str]] = ()  # TokenDealer clients: (client_id, description)
    admin_pages: Sequence[str] = ()
    feature_teams: Sequence[str] = ()  # the team_id a feature switch is set for
    login_next: Sequence[str] = ()
    user_ids = (1, 420)  # the data API's and the admin panel's user ids
    # search, audit, a page, a user's switch, features, clients, login, Slack sign-in; the account above
    admin_rolls = (0.2, 0.32, 0.48, 0.58, 0.66, 0.75, 0.86, 0.92)
    admin_account_roll: float | None = None  # account forms below, the stylesheet above (None: its last branch)
    account_rolls = (0.3, 0.65, 0.85, 1.0)  # totp start, confirm, disable, logout; above the last: the stylesheet
    search_pages = (1, 5)  # a users search's page=
    audit_page: str | tuple[int, int] = "2"  # an audit search's page=: a fixed one or a range
    page_head_weight: int | None = None  # GETs for each HEAD of an admin page (None: GETs only, no draw)
    search_referer_q = False  # the user switch's Referer is the search it was clicked in (one q drawn, not two)
    search_referer_plus = False  # that Referer's q is form-encoded (quote_plus), not percent-encoded
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
    patch_indents: Sequence[int | None] = (None, None, 2)  # how a PATCH body is indented
    usage_days = (1, 14)  # the day of the month a usage query starts on
    until_rate = 0.6
    until_choices: Sequence[str] = ()
    switch_enabled_rate = 0.7

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

    def page_referers(self) -> list[str | None]:
        """Where an admin comes from to a page of the panel."""
        return [None, self.base + "/admin/"]

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
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
            h = self.browser(self.pick(self.page_referers()))
            h["Cookie"] = self.cookies(session)
            page = self.pick(self.admin_pages)
            method = "GET" if self.page_head_weight is None else self.pick(["GET"] * self.page_head_weight + ["HEAD"])
            return self.record("admin", "cookie", {"method": method, "uri": page, "headers": h})
        if roll < r_toggle:
            searches = [*self.search_terms] + [""] * self.blank_searches
            q = self.pick(searches) if self.search_referer_q else self.pick(self.search_terms)
            quoted = urllib.parse.quote_plus(q, safe="") if self.search_referer_plus else urllib.parse.quote(q)
            h = self.browser(self.base + "/admin/users?q=" + quoted, True)
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

    def patch_name(self, person: dict[str, str]) -> str:
        """The name a PATCH sets for a person (one of patch_names by default)."""
        return self.pick(self.patch_names)

    def api_patch(self) -> dict[str, Any]:
        h = self.script_headers(self.pick(["read write", "write"]))
        person = self.pick(self.people)
        doc: dict[str, Any]
        choice = self.rng.random()
        r_email, r_name, r_settings, r_units, r_active = self.patch_rolls
        if choice < r_email:
            doc = {"name": person["name"], "email": person["email"]}
        elif choice < r_name:
            doc = {"name": self.patch_name(person)}
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
        body = json.dumps(doc, ensure_ascii=self.chance(self.patch_ascii_rate), indent=self.pick(self.patch_indents))
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
