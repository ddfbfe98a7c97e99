"""The route shapes the benign evaluation generators share: the Slack side of Jeeves (Events API, /jeeves, buttons).

An evaluator (benign_evaluation_*_gen.py) keeps its own vocabulary, texts, ids and the mix of its calls; the
requests are built here. `SlackDay` holds the generator's seeded random and its Slack app; every knob below is
a class attribute an evaluator sets to its own value, and every draw happens in the order the evaluators drew
it before they shared this code, so their records stay byte for byte what they were. The web side (data API,
admin panel, /me/, sign-in, TokenDealer, health) is in evaluator_web.py.

- SlackDay.record: one request as a benign record, numbered `prefix`-kind-NNNN.
- SlackDay.ts / hhmm: a Slack timestamp during the day; an alert time.
- SlackDay.jwt: a TokenDealer access token (ES256-shaped, random signature).
- SlackDay.envelope / event_request: an Events API event_callback and its signed POST to /slack/events.
- SlackDay.slack_verification: Slack's url_verification of a re-installed app.
- SlackDay.rich_text / message: the rich_text blocks of a typed text; a message or app_mention event.
- SlackDay.inner: a message as Slack nests it in message_changed and message_deleted.
- SlackDay.trigger / hook: a trigger_id; a response_url.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .records import Seeded, b64url_json


class SlackDay(Seeded):
    """One evaluator's day: its seeded random, its Slack app and people, and the Slack requests they make."""

    team = ""  # the workspace Jeeves is installed in
    team_domain = ""
    app_id = ""
    bot_user = ""  # Jeeves' user id
    bot_id = ""
    verify_token = ""  # the verification token Slack still puts in its bodies
    base = ""  # https:// and the host: the JWT issuer
    record_sub = False  # the record repeats its kind as "sub"
    ts_span = 10 * 3600  # message timestamps fall in the first ts_span seconds of the day
    alert_hours: Sequence[int] = (5, 6, 6, 7, 7, 8, 9, 13, 18)
    alert_minutes: Sequence[str] = ("00", "15", "30", "45", "05")
    iat_span = (0, 36000)  # a token's iat, from the day's start
    client_id_last = False  # the claims end with client_id instead of carrying it after sub
    event_span = 36000  # an event's event_time, from the day's start
    context_bytes = 42  # random bytes in event_context
    event_ascii_rate = 0.2  # how often an event body is sent with \\u escapes
    ext_shared_partner = False  # events from the partner team are marked is_ext_shared_channel
    challenge_bytes = 36
    blocks_rate = 0.75  # how often a message carries its rich_text blocks
    thread_rate = 0.2  # how often a message is a thread reply

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.people: list[dict[str, str]] = []

    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        for value in req["headers"].values():
            assert not any(c in value for c in "\r\n\x00"), value
        rec = {"method": req["method"], "uri": req["uri"], "body": req.get("body", ""), "headers": req["headers"],
               "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}
        if self.record_sub:
            rec["sub"] = kind
        return rec

    def hhmm(self) -> str:
        return f"{self.pick(self.alert_hours):02d}:{self.pick(self.alert_minutes)}"

    def ts(self) -> str:
        return f"{self.epoch + self.rng.randint(0, self.ts_span)}.{self.rng.randint(0, 999999):06d}"

    def jwt(self, client: str, scope: str, aud: str = "jeeves") -> str:
        iat = self.epoch + self.rng.randint(*self.iat_span)
        header = {"alg": "ES256", "typ": "at+jwt", "kid": self.token(32)}
        claims: dict[str, Any] = {"iss": self.base, "sub": client, "client_id": client, "aud": aud, "iat": iat,
                                  "nbf": iat, "exp": iat + 900, "jti": self.uuid(), "scope": scope}
        if self.client_id_last:
            claims["client_id"] = claims.pop("client_id")
        return ".".join([b64url_json(header), b64url_json(claims), self.token(64)])

    # ---- the Events API -------------------------------------------------------------------------------------
    def envelope(self, event: dict[str, Any], team: str = "") -> dict[str, Any]:
        team = team or self.team
        return {"token": self.verify_token, "team_id": team, "context_team_id": team, "context_enterprise_id": None,
                "api_app_id": self.app_id, "event": event, "type": "event_callback", "event_id": self.sid("Ev0", 9),
                "event_time": self.epoch + self.rng.randint(0, self.event_span),
                "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": self.bot_user,
                                    "is_bot": True, "is_enterprise_install": False}],
                "is_ext_shared_channel": self.ext_shared_partner and team != self.team,
                "event_context": "4-" + self.token(self.context_bytes)}

    def event_request(self, event: dict[str, Any], team: str = "") -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(self.event_ascii_rate))
        return {"method": "POST", "uri": "/slack/events", "body": body,
                "headers": self.slack_headers("application/json")}

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": self.verify_token, "challenge": self.token(self.challenge_bytes), "type": "url_verification"}
        return self.record("slack", "json", {"method": "POST", "uri": "/slack/events", "body": json.dumps(body),
                                             "headers": self.slack_headers("application/json")})

    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = [{"type": "text", "text": raw}]
        if raw.startswith("@Jeeves "):
            elements = [{"type": "user", "user_id": self.bot_user}, {"type": "text", "text": raw[len("@Jeeves"):]}]
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def message(self, slack: str, raw: str, channel: str, mention: bool, team: str = "") -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": slack, "user": self.pick(self.people)["id"], "ts": ts,
                                 "team": team or self.team, "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = "im"
        if self.chance(self.blocks_rate):
            event["blocks"] = self.rich_text(raw)
        if self.chance(self.thread_rate):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    @staticmethod
    def inner(event: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in event.items() if k not in ("channel", "channel_type", "event_ts")}

    # ---- ids Slack sends with commands and clicks -----------------------------------------------------------
    def trigger(self) -> str:
        return f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**11, 10**12)}.{self.hexs(32)}"

    def hook(self, kind: str, team: str) -> str:
        return f"https://hooks.slack.com/{kind}/{team}/{self.rng.randint(10**12, 10**13)}/{self.token(18)[:24]}"
