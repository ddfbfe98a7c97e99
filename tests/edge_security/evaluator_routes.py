"""The route shapes the benign evaluation generators share: the Slack side of Jeeves (Events API, /jeeves, buttons).

An evaluator (benign_evaluation_*_gen.py) keeps its own vocabulary, texts, ids and the mix of its calls; the
requests are built here and in evaluator_web.py and evaluator_admin.py. Every knob is a class attribute an
evaluator sets to its own value, and every draw happens in the order the evaluators drew it before they shared
this code, so their records stay byte for byte what they were.

- HELP_REPLY / FORGET_ME: Jeeves' answer to `help`; its forget-me confirmation.
- with_key_after: a JSON document with one key inserted where a client serialises it.
- file_urls: a shared file's url_private, url_private_download and permalink.
- SlackApp: the Slack app and JWT issuer every evaluator has; the older evaluators build on it (through
  evaluator_web.WebApp where they share web pieces too).
- SlackApp.draw / maybe_append: a fixed value as it is, or one picked from a list; a text now and then with an
  emoji (or another word) appended.
- SlackApp.inner: a message as Slack nests it in message_changed and message_deleted.
- SlackApp.fenced_parts: a message's text unescaped and cut at its ``` fences, for its rich_text blocks.
- SlackApp.ts / jwt: a Slack timestamp during the day; a TokenDealer access token (ES256-shaped).
- SlackApp.key_id / jwt_id: a token's kid (kid_pool: the evaluator's own keys; kid_before_typ: the header's
  order); its jti.
- SlackApp.token_grant: the fields of a client_credentials POST to TokenDealer's /oauth/token (its scope
  from the evaluator's own list when given).
- SlackApp.envelope / event_time / event_context: an Events API event_callback around an event; its
  event_time; its event_context (context_json: the event's type, team, app and channel).
- SlackApp.slack_request / slack_form_request: a POST from Slack (JSON or form-encoded); one of form fields
  (slack_headers_first: its headers listed before its body).
- SlackApp.trigger / hook / hook_tail: a trigger_id (trigger_numbers: its numbers' ranges); a response_url
  (hook_number, hook_tail_first: its number's range, drawn after or before its tail); its tail (hook_chars: the
  characters it is drawn from).
- SlackApp.block_id / weather_blocks: a block's id; a weather reply's blocks with its set_location button
  (button_value_last: the button's value after its text).
- SlackApp.home_opened: an app_home_opened event.
- SlackDay: SlackApp with the evaluator's people and the Slack requests they make.
- SlackDay.fill / fill_makers / substitute / escape / markup: a text's placeholders to values (fill_pools, then
  fill_makers); Slack's escaping, mentions and links.
- SlackDay.chat_text / command_text: a chat line, a command to Jeeves.
- SlackDay.record / hhmm: one request as a benign record, numbered `prefix`-kind-NNNN; an alert time.
- SlackDay.event_request / slack_verification: the signed POST of an event; Slack's url_verification.
- SlackDay.rich_text / message: a text's rich_text blocks; a message or app_mention event.
- SlackDay.slack_dm / slack_mention / slack_edit / slack_deleted / changed_ts: a DM, a mention, an edit, a
  deletion; the ts and event_ts of the last two.
- SlackDay.shared_file: a file_share message's record, its file neither uploaded nor shown as the bot's.
- SlackDay.bot_message: Jeeves' own DM reply as Slack echoes it back, with its bot_profile.
- SlackDay.slack_file: a file_share DM (files, file_notes, file_types; file_*: its id, created, size and fields).
- SlackDay.unfurl_link / unfurl_lead / unfurl_attachment / unfurl_card: a pasted link (and what of its preview is
  drawn with it); the text before it; an unfurl as Slack attaches it; the evaluator's unfurl of the link.
- SlackDay.slack_unfurl: a link pasted to Jeeves, then unfurled as message_changed (unfurl_*: its ts and leads).
- SlackDay.bot_icons / slack_bot_echo: an echoed reply's bot_profile icons; Jeeves' own reply echoed back, a
  weather reply with its set_location button (bot_*: its replies, places, rates and profile).
- SlackDay.slack_home / home_view: app_home_opened around the evaluator's view.
- SlackDay.command_ids / slash_command: a command's response_url and trigger_id; a /jeeves command.
- SlackDay.button_click: a block_actions click on set_location, forget_me_confirm or forget_me_cancel.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .records import Seeded, b64url, b64url_json, slack_escape

ACTIONS = ["alerts", "config", "forget_location", "forget_me", "help", "login", "my_location", "remember_location",
           "weather"]  # Jeeves' actions: the feature switches
HELP_REPLY = (  # Jeeves' answer to `help`
    "Here is what I can do:\n• `alerts on|off`: daily weather alert for your location at your alert_time\n"
    "• `config [setting value]`: show or change your settings (units, alert_time, timezone)\n"
    "• `forget location`: forget your location\n• `forget me`: delete everything I know about you (asks first)\n"
    "• `help`: this list\n• `login`: a private one-time link to your page, where you see and change what I know\n"
    "• `my location`: what I remember as your location\n"
    "• `remember location <place>`: remember where you are (used by `weather`)\n"
    "• `weather [place]`: the weather for a place, or for your remembered location")
FORGET_ME = ("This deletes everything I know about you: your location, settings, sign-in sessions and history. It "
             "cannot be undone.")


def with_key_after(doc: dict[str, Any], after: str, key: str, value: Any) -> dict[str, Any]:
    """The document with key: value right after the key `after` (the order a client serialises it in)."""
    out: dict[str, Any] = {}
    for k, v in doc.items():
        out[k] = v
        if k == after:
            out[key] = value
    return out


def file_urls(team: str, domain: str, user: str, fid: str, name: str) -> dict[str, str]:
    """A shared file's url_private and url_private_download (its name quoted) and permalink (its name as a slug)."""
    quoted = urllib.parse.quote(name)
    return {"url_private": f"https://files.slack.com/files-pri/{team}-{fid}/{quoted}",
            "url_private_download": f"https://files.slack.com/files-pri/{team}-{fid}/download/{quoted}",
            "permalink": f"https://{domain}.slack.com/files/{user}/{fid}/"
                         + urllib.parse.quote(name.lower().replace(" ", "_"))}


class SlackApp(Seeded):
    """An evaluator's Slack app and JWT issuer: the ids, timestamps and envelopes every Slack request carries."""

    team = ""  # the workspace Jeeves is installed in
    team_domain = ""
    app_id = ""
    bot_user = ""  # Jeeves' user id
    bot_id = ""
    verify_token = ""  # the verification token Slack still puts in its bodies
    base = ""  # https:// and the host: the JWT issuer
    ts_window = (0, 10 * 3600)  # message timestamps, from the day's start
    iat_window = (0, 36000)  # a token's iat, from the day's start
    kid_first = False  # the token's header (its kid) is drawn before its iat
    kid_last = False  # the kid is drawn after the claims
    kid_bytes = 32
    kid_pool: str | Sequence[str] | None = None  # the kid is this one, or one of these (None: a random token)
    kid_before_typ = False  # the token's header lists its kid before its typ
    client_id_after = "sub"  # the claim client_id follows: "sub", "jti" or "scope"
    sorted_claims = False  # the header and claims are serialised with sorted keys
    event_window = (0, 36000)  # an event's event_time, from the day's start
    event_prefix = "Ev0"  # how event ids start
    event_id_chars = 9
    context_bytes = 42  # random bytes in event_context
    context_json = False  # event_context is the event's type, team, app and channel as base64url JSON, not bytes
    enterprise: str | None = None  # the Enterprise Grid org the workspace belongs to
    enterprise_id_after = ""  # the envelope repeats the org as enterprise_id after this key ("": it does not)
    enterprise_install = False  # the app is installed org-wide
    ext_shared_partner = False  # events from the partner team are marked is_ext_shared_channel
    ext_shared_rate = 0.0  # how often an event comes from a shared channel, whatever the team
    oauth_scope_rate = 0.7  # a client_credentials grant: how often it asks for a scope, from these
    oauth_scopes: Sequence[str] = ("read", "read write", "write")
    oauth_audience_rate: float | None = 0.2  # how often it names an audience (None: never, no draw)
    oauth_audience: str | Sequence[str] = "jeeves"
    oauth_body_secret_rate = 0.25  # client_id and client_secret in the body instead of Basic
    slack_headers_first = False  # a request from Slack lists its headers before its body
    trigger_numbers = ((10**12, 10**13), (10**11, 10**12))  # the ranges of a trigger_id's two numbers
    hook_number = (10**12, 10**13)  # the range of a response_url's number
    hook_chars: str | None = None  # a response_url's tail: 24 of these characters (None: a token cut to 24)
    hook_tail_first = False  # the tail is drawn before the number
    button_value_last = False  # a set_location button lists its value after its text

    def draw(self, value: str | Sequence[str]) -> str:
        """A fixed value as it is, or one picked from a list."""
        return value if isinstance(value, str) else self.pick(value)

    def maybe_append(self, text: str, rate: float, pool: Sequence[str]) -> str:
        """The text, now and then (rate) with one of the pool appended after a space."""
        return text + " " + self.pick(pool) if self.chance(rate) else text

    @staticmethod
    def inner(event: dict[str, Any]) -> dict[str, Any]:
        """A message event as Slack nests it in message_changed and message_deleted (no channel or event_ts)."""
        return {k: v for k, v in event.items() if k not in ("channel", "channel_type", "event_ts")}

    @staticmethod
    def fenced_parts(text: str) -> list[tuple[bool, str]]:
        """A Slack text unescaped and cut at its ``` fences: (inside a fence, the part), empty parts left out."""
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return [(i % 2 == 1, part) for i, part in enumerate(raw.split("```")) if part]

    def ts(self) -> str:
        return f"{self.epoch + self.rng.randint(*self.ts_window)}.{self.rng.randint(0, 999999):06d}"

    def key_id(self) -> str:
        """A token's kid: a random token (kid_bytes), or kid_pool's (one picked when it is a list)."""
        return self.token(self.kid_bytes) if self.kid_pool is None else self.draw(self.kid_pool)

    def jwt_id(self) -> str:
        """A token's jti: a UUID (an evaluator may draw its own)."""
        return self.uuid()

    def jwt(self, client: str, scope: str, aud: str = "jeeves") -> str:
        kid = self.key_id() if self.kid_first else ""
        iat = self.epoch + self.rng.randint(*self.iat_window)
        if not kid and not self.kid_last:
            kid = self.key_id()
        claims = {"iss": self.base, "sub": client, "aud": aud, "iat": iat, "nbf": iat, "exp": iat + 900,
                  "jti": self.jwt_id(), "scope": scope}
        claims = with_key_after(claims, self.client_id_after, "client_id", client)
        if not kid:
            kid = self.key_id()
        header = ({"alg": "ES256", "kid": kid, "typ": "at+jwt"} if self.kid_before_typ
                  else {"alg": "ES256", "typ": "at+jwt", "kid": kid})
        if self.sorted_claims:
            segments = [b64url(json.dumps(d, separators=(",", ":"), sort_keys=True).encode()) for d in (header, claims)]
            return ".".join([*segments, self.token(64)])
        return ".".join([b64url_json(header), b64url_json(claims), self.token(64)])

    def token_grant(self, client: str, secret: str, h: dict[str, str], basic: str,
                    scopes: Sequence[str] | None = None) -> list[tuple[str, str]]:
        """A client_credentials grant's fields (its scope from scopes, else oauth_scopes); the client's Basic
        credentials go into h unless the body has them."""
        fields = [("grant_type", "client_credentials")]
        if self.chance(self.oauth_scope_rate):
            fields.append(("scope", self.pick(self.oauth_scopes if scopes is None else scopes)))
        if self.oauth_audience_rate is not None and self.chance(self.oauth_audience_rate):
            fields.append(("audience", self.draw(self.oauth_audience)))
        if self.chance(self.oauth_body_secret_rate):
            fields += [("client_id", client), ("client_secret", secret)]
        else:
            h["Authorization"] = basic
        return fields

    def slack_request(self, uri: str, body: str, form: bool = False) -> dict[str, Any]:
        """A POST from Slack to uri: the body, then the headers (JSON, or form-encoded when form)."""
        h = self.slack_headers("application/x-www-form-urlencoded" if form else "application/json")
        if self.slack_headers_first:
            return {"method": "POST", "uri": uri, "headers": h, "body": body}
        return {"method": "POST", "uri": uri, "body": body, "headers": h}

    def slack_form_request(self, uri: str, fields: list[tuple[str, str]]) -> dict[str, Any]:
        """A form-encoded POST from Slack to uri (a slash command, an interaction) with the fields."""
        return self.slack_request(uri, urllib.parse.urlencode(fields), form=True)

    def envelope(self, event: dict[str, Any], team: str = "") -> dict[str, Any]:
        team = team or self.team
        doc = {"token": self.verify_token, "team_id": team, "context_team_id": team,
               "context_enterprise_id": self.enterprise, "api_app_id": self.app_id, "event": event,
               "type": "event_callback", "event_id": self.sid(self.event_prefix, self.event_id_chars),
               "event_time": self.event_time(event),
               "authorizations": [{"enterprise_id": self.enterprise, "team_id": team, "user_id": self.bot_user,
                                   "is_bot": True, "is_enterprise_install": self.enterprise_install}],
               "is_ext_shared_channel": (self.chance(self.ext_shared_rate) if self.ext_shared_rate
                                         else self.ext_shared_partner and team != self.team),
               "event_context": self.event_context(event, team)}
        if self.enterprise_id_after:
            doc = with_key_after(doc, self.enterprise_id_after, "enterprise_id", self.enterprise)
        return doc

    def event_time(self, event: dict[str, Any]) -> int:
        """An envelope's event_time: a moment of the day (event_window), unless the evaluator takes the event's."""
        return self.epoch + self.rng.randint(*self.event_window)

    def event_context(self, event: dict[str, Any], team: str) -> str:
        """An envelope's event_context: random bytes, or (context_json) the event's type, team, app and channel."""
        if self.context_json:
            return "4-" + b64url_json({"et": event["type"], "tid": team, "aid": self.app_id,
                                       "cid": event.get("channel", "")})
        return "4-" + self.token(self.context_bytes)

    def home_opened(self, user: str, channel: str,
                    tabs: Sequence[str] = ("home", "home", "messages")) -> dict[str, Any]:
        """The user opening Jeeves' App Home (its DM channel) on one of the tabs."""
        return {"type": "app_home_opened", "user": user, "channel": channel, "tab": self.pick(tabs),
                "event_ts": self.ts()}

    def trigger(self) -> str:
        first, second = self.trigger_numbers
        return f"{self.rng.randint(*first)}.{self.rng.randint(*second)}.{self.hexs(32)}"

    def hook_tail(self) -> str:
        """A response_url's last part: a token cut to 24 characters, or 24 of hook_chars."""
        if self.hook_chars is None:
            return self.token(18)[:24]
        return "".join(self.pick(self.hook_chars) for _ in range(24))

    def hook(self, kind: str, team: str = "") -> str:
        tail = self.hook_tail() if self.hook_tail_first else ""
        number = self.rng.randint(*self.hook_number)
        return f"https://hooks.slack.com/{kind}/{team or self.team}/{number}/{tail or self.hook_tail()}"

    def block_id(self) -> str:
        """The block_id of a message's rich_text block or of a weather reply's blocks."""
        return self.token(3)[:4]

    def weather_blocks(self, text: str, place: str, says_verbatim: bool = False) -> list[dict[str, Any]]:
        """A weather reply's section (with "verbatim": false, as some clients send it) and its set_location button."""
        section: dict[str, Any] = {"type": "mrkdwn", "text": text}
        if says_verbatim:
            section["verbatim"] = False
        button: dict[str, Any] = {"type": "button", "action_id": "set_location", "value": place,
                                  "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}
        if self.button_value_last:
            button["value"] = button.pop("value")  # re-inserted: the key moves after text
        return [{"type": "section", "block_id": self.block_id(), "text": section},
                {"type": "actions", "block_id": self.block_id(), "elements": [button]}]


class SlackDay(SlackApp):
    """One evaluator's day: its seeded random, its Slack app and people, and the Slack requests they make."""

    record_sub = False  # the record repeats its kind as "sub"
    slack_kind = "slack"  # the kind in the ids of the Events API's records
    alert_hours: Sequence[int] = (5, 6, 6, 7, 7, 8, 9, 13, 18)
    alert_minutes: Sequence[str] = ("00", "15", "30", "45", "05")
    event_ascii_rate = 0.2  # how often an event body is sent ASCII-only (json's ensure_ascii)
    challenge_bytes = 36
    commands: Sequence[str] = ()  # what people type to Jeeves
    chat_lines: Sequence[str] = ()  # what they say to each other
    long_messages: Sequence[str] = ()
    emoji: Sequence[str] = ()
    link_pool: Sequence[str] = ()  # the links they paste (%LINK%)
    link_labels: Sequence[str] = ()  # the |label Slack shows instead of a link, when one was given
    actions: Sequence[str] = ACTIONS
    long_rate, emoji_rate, link_rate = 0.1, 0.22, 0.08  # a chat line: long, with an emoji, with a link
    link_tails: str | Sequence[str] = " %LINK%"  # how a link is appended
    link_once = False  # no link is appended to a text that has one
    blocks_rate = 0.75  # how often a message carries its rich_text blocks
    thread_rate = 0.2  # how often a message is a thread reply
    user_first = False  # a message event starts with its user (and draws it before client_msg_id)
    blocks_before_im = False  # the blocks come before channel_type
    parents_of_mentions = False  # only an app_mention in a thread names the thread's parent user
    one_ts = False  # an edit's or deletion's ts and event_ts are one
    edit_hidden_first = False  # message_changed has hidden right after its subtype
    dm_command_rate, dm_partner_rate = 0.68, 0.0  # a DM is a command; comes from the partner team
    mention_command_rate = 0.5
    mention_leads: Sequence[str] = ("", "hey ")  # what comes before @Jeeves
    edit_command_rate = 0.45
    edit_suffixes: Sequence[str] = ()  # what an edit adds to a message
    home_tabs: Sequence[str] = ("home", "home", "home", "messages")
    home_view_rate, home_partner_rate = 0.55, 0.12
    home_team_first = False  # app_home_opened draws its team before the event
    partner_team = ""  # a second workspace with Jeeves installed
    partner_domain = ""
    dm_choices = 10  # how many of the DMs join the channels a command or click comes from
    command_partner_rate = 0.1  # how often a /jeeves comes from the partner team
    command_quote_rate: float | None = 0.25  # how often a command body encodes spaces as %20 (None: never, no draw)
    button_places: Sequence[str] = ()  # what a set_location button carries
    weather_replies: Sequence[str] = ()  # the bot's weather replies (%PLACE%) a set_location button sits under
    set_location_roll, confirm_roll = 0.7, 0.87  # set_location below the first, forget_me_confirm below the second
    set_location_ephemeral = True  # the weather reply with the button is ephemeral too
    click_partner_rate = 0.0  # how often a click comes from the partner team
    click_message_rate = 0.45  # how often Slack sends the clicked message along
    click_ascii_rate = 0.4
    fill_pools: Mapping[str, Sequence[str]] = {}  # the placeholders filled first, each from its pool
    # a file shared in a DM (slack_file)
    files: Sequence[str] = ()  # the files people share
    file_notes: Sequence[str] = ()  # what they write with one (filled)
    file_types: Mapping[str, str] = {}  # a file's mimetype by its extension
    file_type_default = "application/octet-stream"  # the mimetype of an extension not listed
    file_id = ("F0", 9)  # a file id's prefix and how many characters follow it
    file_created: int | tuple[int, int] | None = None  # created: this after the day's start, drawn from this window
    file_sizes = (4_000, 48_000_000)  # its size in bytes
    file_title_stem = False  # its title is its name without the extension
    file_team_fields = True  # it lists user_team, editable, external_type and public_url_shared
    file_editable: Sequence[str] = ()  # the extensions of files marked editable
    file_rich_preview = True  # it ends with has_rich_preview
    # a link pasted into a DM and unfurled (slack_unfurl)
    unfurl_links: Sequence[str] | None = None  # the links (None: link_pool)
    unfurl_leads: Sequence[str] = ("",)  # what comes before the link
    unfurl_spaced = False  # a space joins lead and link, the text stripped (else the lead ends in its own)
    unfurls: Sequence[tuple[str, str, str]] = ()  # the previews (service, title, text) unfurl_card picks from
    unfurl_same_ts = False  # the message_changed has the message's own ts (no draw)
    unfurl_event_ts_first = False  # it lists (and draws) event_ts before ts
    # Jeeves' own reply echoed back (slack_bot_echo)
    bot_replies: Sequence[str] = ()  # its replies (filled; %PLACE% the place)
    bot_updated_days = 23  # its bot_profile was updated this many days before the day
    bot_subtype_rate = 0.25  # how often the echo is a bot_message
    bot_place_first = False  # the place is drawn right after the reply and put in its %PLACE%
    bot_places: Sequence[str] | None = None  # the set_location button's place (None: the reply's text before ":")
    bot_weather_replies: Sequence[str] | None = None  # the replies with a button (None: those with bot_weather_mark)
    bot_weather_mark = "°C"  # what marks a weather reply's text
    bot_blocks_rate = 0.6  # how often a weather reply carries its blocks
    bot_verbatim_rate: float | None = None  # how often its section says verbatim: false (None: never, no draw)

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.people: list[dict[str, str]] = []
        self.channels: list[tuple[str, str]] = []
        self.dms: list[str] = []
        self.links: list[str] = []  # the links the last filled text carries

    # ---- texts ------------------------------------------------------------------------------------------------
    def fill_makers(self) -> dict[str, Callable[[], str]]:
        """The placeholders filled after fill_pools, each by its function (%HHMM%: an alert time)."""
        return {"%HHMM%": self.hhmm}

    def fill(self, text: str) -> tuple[str, str]:
        """The evaluator's placeholders (fill_pools, then fill_makers) to values, then Slack's markup: (as Slack
        delivers the text, as it was typed)."""
        return self.markup(self.substitute(self.substitute(text, self.fill_pools), self.fill_makers()))

    def substitute(self, text: str, pools: Mapping[str, Sequence[str] | Callable[[], str]]) -> str:
        """Each placeholder, in the order given, to a value picked from its pool or made by its function."""
        for token, pool in pools.items():
            while token in text:
                text = text.replace(token, pool() if callable(pool) else self.pick(pool), 1)
        return text

    def escape(self, text: str) -> str:
        """A text as Slack delivers it before mentions and links: its &, < and > escaped."""
        return slack_escape(text)

    def markup(self, text: str) -> tuple[str, str]:
        """Slack's escaping, %WHO% as a <@user> mention and %LINK% as a <link|label>; and the text as typed."""
        slack, raw = self.escape(text), text
        while "%WHO%" in slack:
            person = self.pick(self.people)
            slack = slack.replace("%WHO%", f"<@{person['id']}>", 1)
            raw = raw.replace("%WHO%", "@" + person["handle"], 1)
        self.links = []
        while "%LINK%" in slack:
            link = self.pick(self.link_pool)
            self.links.append(link)
            label = self.pick(self.link_labels)
            slack = slack.replace("%LINK%", f"<{slack_escape(link)}{label}>", 1)
            raw = raw.replace("%LINK%", link, 1)
        return slack, raw

    def chat_text(self) -> tuple[str, str]:
        text = self.pick(self.long_messages) if self.chance(self.long_rate) else self.pick(self.chat_lines)
        text = self.maybe_append(text, self.emoji_rate, self.emoji)
        if self.chance(self.link_rate) and not (self.link_once and "%LINK%" in text):
            text += self.draw(self.link_tails)
        return self.fill(text)

    def command_text(self) -> tuple[str, str]:
        return self.fill(self.pick(self.commands))

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

    # ---- the Events API -------------------------------------------------------------------------------------
    def event_request(self, event: dict[str, Any], team: str = "") -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(self.event_ascii_rate))
        return self.slack_request("/slack/events", body)

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": self.verify_token, "challenge": self.token(self.challenge_bytes), "type": "url_verification"}
        req = self.slack_request("/slack/events", json.dumps(body))
        return self.record(self.slack_kind, "json", req)

    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = [{"type": "text", "text": raw}]
        if raw.startswith("@Jeeves "):
            elements = [{"type": "user", "user_id": self.bot_user}, {"type": "text", "text": raw[len("@Jeeves"):]}]
        return [{"type": "rich_text", "block_id": self.block_id(),
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def message(self, slack: str, raw: str, channel: str, mention: bool, team: str = "") -> dict[str, Any]:
        ts = self.ts()
        kind = "app_mention" if mention else "message"
        if self.user_first:
            event: dict[str, Any] = {"user": self.pick(self.people)["id"], "type": kind, "ts": ts,
                                     "client_msg_id": self.uuid(), "text": slack, "team": team or self.team,
                                     "channel": channel, "event_ts": ts}
        else:
            event = {"type": kind, "client_msg_id": self.uuid(), "text": slack, "user": self.pick(self.people)["id"],
                     "ts": ts, "team": team or self.team, "channel": channel, "event_ts": ts}
        if self.blocks_before_im and self.chance(self.blocks_rate):
            event["blocks"] = self.rich_text(raw)
        if not mention:
            event["channel_type"] = "im"
        if not self.blocks_before_im and self.chance(self.blocks_rate):
            event["blocks"] = self.rich_text(raw)
        if self.chance(self.thread_rate):
            event["thread_ts"] = self.ts()
            if mention or not self.parents_of_mentions:
                event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def slack_dm(self) -> dict[str, Any]:
        slack, raw = self.command_text() if self.chance(self.dm_command_rate) else self.chat_text()
        team = self.partner_team if self.dm_partner_rate and self.chance(self.dm_partner_rate) else self.team
        event = self.message(slack, raw, self.pick(self.dms), False, team)
        return self.record(self.slack_kind, "json", self.event_request(event, team))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(self.channels)
        slack, raw = self.command_text() if self.chance(self.mention_command_rate) else self.chat_text()
        lead = self.pick(self.mention_leads)
        slack, raw = f"{lead}<@{self.bot_user}> {slack}", f"{lead}@Jeeves {raw}"
        return self.record(self.slack_kind, "json", self.event_request(self.message(slack, raw, cid, True)))

    def changed_ts(self) -> tuple[str, str]:
        """The ts and event_ts of a message_changed or message_deleted event."""
        if self.one_ts:
            ts = self.ts()
            return ts, ts
        return self.ts(), self.ts()

    def slack_edit(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        slack, raw = self.command_text() if self.chance(self.edit_command_rate) else self.chat_text()
        old = self.message(slack, raw, channel, False)
        new = self.inner(old)
        new["text"] = old["text"] + self.pick(self.edit_suffixes)
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event: dict[str, Any] = {"type": "message", "subtype": "message_changed"}
        if self.edit_hidden_first:
            event["hidden"] = True
        event.update({"message": new, "previous_message": self.inner(old), "channel": channel, "hidden": True})
        event["ts"], event["event_ts"] = self.changed_ts()
        event["channel_type"] = "im"
        return self.record(self.slack_kind, "json", self.event_request(event))

    def slack_deleted(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        slack, raw = self.chat_text()
        old = self.message(slack, raw, channel, False)
        ts, event_ts = self.changed_ts()
        event = {"type": "message", "subtype": "message_deleted", "hidden": True, "channel": channel, "ts": ts,
                 "deleted_ts": old["ts"], "event_ts": event_ts, "channel_type": "im",
                 "previous_message": self.inner(old)}
        return self.record(self.slack_kind, "json", self.event_request(event))

    def shared_file(self, event: dict[str, Any]) -> dict[str, Any]:
        """A file_share message event (its files set) as a record: not an upload, not displayed as the bot."""
        event["upload"] = False
        event["display_as_bot"] = False
        return self.record(self.slack_kind, "json", self.event_request(event))

    def bot_message(self, text: str, updated: int, subtype_rate: float = 0.25,
                    icons: dict[str, str] | None = None) -> dict[str, Any]:
        """Jeeves' DM reply as Slack echoes it (its bot_profile updated at `updated`), now and then a bot_message."""
        ts = self.ts()
        profile: dict[str, Any] = {"id": self.bot_id, "deleted": False, "name": "Jeeves", "app_id": self.app_id,
                                   "team_id": self.team, "updated": updated}
        if icons:
            profile["icons"] = icons
        event: dict[str, Any] = {"type": "message", "text": text, "user": self.bot_user, "bot_id": self.bot_id,
                                 "app_id": self.app_id, "ts": ts, "team": self.team, "channel": self.pick(self.dms),
                                 "event_ts": ts, "channel_type": "im", "bot_profile": profile}
        if self.chance(subtype_rate):
            event["subtype"] = "bot_message"
        return event

    def slack_file(self) -> dict[str, Any]:
        """A file (files, file_types) shared in a DM with Jeeves, with one of file_notes."""
        name = self.pick(self.files)
        slack, raw = self.fill(self.pick(self.file_notes))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        fid = self.sid(*self.file_id)
        if self.file_created is None:
            created = int(event["ts"].split(".")[0])
        elif isinstance(self.file_created, int):
            created = self.epoch + self.file_created
        else:
            created = self.epoch + self.rng.randint(*self.file_created)
        info: dict[str, Any] = {"id": fid, "created": created, "timestamp": created, "name": name,
                                "title": name.rsplit(".", 1)[0] if self.file_title_stem else name,
                                "mimetype": self.file_types.get(ext, self.file_type_default), "filetype": ext,
                                "pretty_type": ext.upper(), "user": event["user"]}
        if self.file_team_fields:
            info.update({"user_team": self.team, "editable": ext in self.file_editable})
        info.update({"size": self.rng.randint(*self.file_sizes), "mode": "hosted", "is_external": False})
        if self.file_team_fields:
            info["external_type"] = ""
        info["is_public"] = False
        if self.file_team_fields:
            info["public_url_shared"] = False
        info.update(file_urls(self.team, self.team_domain, event["user"], fid, name))
        if self.file_rich_preview:
            info["has_rich_preview"] = False
        event["files"] = [info]
        return self.shared_file(event)

    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        """The link pasted, and what of its preview is drawn with it (nothing by default)."""
        return self.pick(self.link_pool if self.unfurl_links is None else self.unfurl_links), ()

    def unfurl_lead(self) -> tuple[str, str]:
        """What comes before the link: (as Slack delivers it, as typed)."""
        lead = self.pick(self.unfurl_leads)
        return slack_escape(lead), lead

    def unfurl_attachment(self, link: str, service: str, title: str, text: str | None,
                          fallback: str | None = None) -> dict[str, Any]:
        """A link's unfurl as Slack attaches it (text left out when None; fallback "service: title")."""
        host = urllib.parse.urlsplit(link).hostname or "link"
        card: dict[str, Any] = {"from_url": link, "original_url": link, "id": 1, "service_name": service,
                                "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link}
        if text is not None:
            card["text"] = text
        card["fallback"] = f"{service}: {title}" if fallback is None else fallback
        return card

    def unfurl_card(self, link: str, seen: tuple[str, ...]) -> dict[str, Any]:
        """The link's unfurl: its (service, title, text) drawn with the link, else one of unfurls."""
        service, title, text = seen or self.pick(self.unfurls)
        return self.unfurl_attachment(link, service, title, text)

    def slack_unfurl(self) -> dict[str, Any]:
        """A link pasted to Jeeves, then the same message with Slack's unfurl attached (message_changed)."""
        channel = self.pick(self.dms)
        link, seen = self.unfurl_link()
        lead, raw_lead = self.unfurl_lead()
        if self.unfurl_spaced:
            slack, raw = f"{lead} <{slack_escape(link)}>".strip(), f"{raw_lead} {link}".strip()
        else:
            slack, raw = f"{lead}<{slack_escape(link)}>", raw_lead + link
        old = self.message(slack, raw, channel, False)
        new = self.inner(old)
        new["attachments"] = [self.unfurl_card(link, seen)]
        event: dict[str, Any] = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new,
                                 "channel": channel, "previous_message": self.inner(old)}
        first, second = (old["ts"], old["ts"]) if self.unfurl_same_ts else self.changed_ts()
        if self.unfurl_event_ts_first:
            event.update({"event_ts": first, "ts": second})
        else:
            event.update({"ts": first, "event_ts": second})
        event["channel_type"] = "im"
        return self.record(self.slack_kind, "json", self.event_request(event))

    def bot_icons(self) -> dict[str, str] | None:
        """The icons in an echoed reply's bot_profile (none by default)."""
        return None

    def slack_bot_echo(self) -> dict[str, Any]:
        """Jeeves' own reply delivered back to it; a weather reply now and then with its set_location button."""
        reply = self.pick(self.bot_replies)
        place = self.pick(self.bot_places or ()) if self.bot_place_first else None
        slack, _ = self.fill(reply if place is None else reply.replace("%PLACE%", place))
        event = self.bot_message(slack, self.epoch - 86400 * self.bot_updated_days, self.bot_subtype_rate,
                                 self.bot_icons())
        weather = (self.bot_weather_mark in slack if self.bot_weather_replies is None
                   else reply in self.bot_weather_replies)
        if weather and self.chance(self.bot_blocks_rate):
            if place is None:
                place = slack.split(":", 1)[0] if self.bot_places is None else self.pick(self.bot_places)
            verbatim = self.bot_verbatim_rate is not None and self.chance(self.bot_verbatim_rate)
            event["blocks"] = self.weather_blocks(slack, place, verbatim)
        return self.record(self.slack_kind, "json", self.event_request(event))

    def home_view(self, team: str) -> dict[str, Any]:
        """The evaluator's App Home view as Slack sends it along."""
        raise NotImplementedError

    def slack_home(self) -> dict[str, Any]:
        team = self.partner_team if self.home_team_first and self.chance(self.home_partner_rate) else self.team
        event = self.home_opened(self.pick(self.people)["id"], self.pick(self.dms), self.home_tabs)
        if event["tab"] == "home" and self.chance(self.home_view_rate):
            event["view"] = self.home_view(team)
        if not self.home_team_first:
            team = self.partner_team if self.chance(self.home_partner_rate) else self.team
        return self.record(self.slack_kind, "json", self.event_request(event, team))

    def command_ids(self, team: str) -> tuple[str, str]:
        """A command's response_url and trigger_id, in the order Slack's fields carry them."""
        return self.hook("commands", team), self.trigger()

    # ---- /jeeves and Jeeves' buttons ------------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        person = self.pick(self.people)
        team = self.partner_team if self.chance(self.command_partner_rate) else self.team
        cid, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:self.dm_choices]])
        slack, _ = self.command_text()
        response_url, trigger_id = self.command_ids(team)
        fields = [("token", self.verify_token), ("team_id", team),
                  ("team_domain", self.team_domain if team == self.team else self.partner_domain),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", person["id"]),
                  ("user_name", person["handle"]), ("command", "/jeeves"), ("text", slack), ("api_app_id", self.app_id),
                  ("is_enterprise_install", "false"), ("response_url", response_url), ("trigger_id", trigger_id)]
        if self.command_quote_rate is None:
            body = urllib.parse.urlencode(fields)
        else:
            quote = urllib.parse.quote if self.chance(self.command_quote_rate) else urllib.parse.quote_plus
            body = urllib.parse.urlencode(fields, quote_via=quote)
        return self.record("command", "form", self.slack_request("/slack/commands", body, form=True))

    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:self.dm_choices]])
        roll = self.rng.random()
        shown = FORGET_ME
        if roll < self.set_location_roll:
            value = self.pick(self.button_places)
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(3)[:5], "value": value,
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "type": "button", "action_ts": self.ts()}
            shown = self.pick(self.weather_replies).replace("%PLACE%", value)
        elif roll < self.confirm_roll:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "value": "-", "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5], "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        msg_ts = self.ts()
        team = self.partner_team if self.click_partner_rate and self.chance(self.click_partner_rate) else self.team
        ephemeral = self.set_location_ephemeral or action["action_id"] != "set_location"
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": person["id"], "username": person["handle"],
                                              "name": person["handle"], "team_id": team},
            "api_app_id": self.app_id, "token": self.verify_token,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": ephemeral},
            "trigger_id": self.trigger(), "team": {"id": team, "domain": self.team_domain}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", team), "actions": [action]}
        if self.chance(self.click_message_rate):
            payload["message"] = {"type": "message", "subtype": "bot_message", "text": shown, "ts": msg_ts,
                                  "bot_id": self.bot_id, "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                                                     "text": {"type": "mrkdwn", "text": shown}}]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(self.click_ascii_rate),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))
