"""Formatted text everywhere a field takes more than one line (benign only): the "rich_text" set.

The angle: what people paste and type when a box takes formatting. Markdown (headings, bold, italics, inline
code, fenced code blocks in many languages, tables, task lists, block quotes, links, images, footnotes, HTML
entities), e-mail threads pasted with their headers, quoted levels, signatures and disclaimers, rich text copied
from Word, Google Docs, Notion and Confluence (smart quotes, dashes, bullets, non-breaking spaces, zero-width
joiners, soft hyphens), meeting notes, release notes and changelogs, recipes, poems and lyrics with odd line
breaks, ASCII art and box-drawing tables, CSV and TSV, JSON / YAML / TOML / INI snippets pasted into support
requests, URLs with long tracking query strings, emoticons and kaomoji. They go where our routes take text:
Slack messages (mrkdwn with rich_text blocks, DMs, @mentions, edits, file shares with snippet previews, bots'
release posts, profile changes), `/jeeves` slash commands and button values, display names via the data API
(JSON PATCH), the admin panel's search boxes and client descriptions (forms with a csrf_token), `/me/` forms,
plus the surrounding ordinary traffic (OAuth token requests to TokenDealer, Sign in with Slack callbacks and
one-time links, health, JWKS and metadata GETs) in the proportions a deployment sees.

How it was written: from README.md, the route names, paths and methods of gateway.yaml's `routes:`, the handlers
in app/ (field names: PATCH /api/users name/email/settings, /me/location place, /me/settings, admin client
description, user and audit search `q`), the record schema of family_gen.py's helpers and benign_day_gen.py's
structure (envelopes, placeholder signatures that the replay re-signs), and general knowledge of what Slack,
browsers, scripts and mail clients send. Every text here was written for this set; no WAF rule, exclusion,
ruleset, rule test, corpus or other generator's text list was read, and nothing was changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields about 1,400 records
with ids `rich_text-benign-<kind>-NNNN` (Slack kinds carry "-slack-").
"""

from __future__ import annotations

import base64
import json
import re
import textwrap
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import Seeded, b64url_json, no_attacks, planned
from .records import slack_escape as _slack_escape

SEED = 5122026
EPOCH = 1733389200  # 2024-12-05 09:00 UTC, a Thursday
TEAM, TEAM_DOMAIN = "T04PLOVER9", "plover-analytics"
APP_ID, BOT_USER = "A06JEEVES7", "U06JEEVBOT"
HOST = "gateway.plover-analytics.io"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
SLACK_TOKEN = "qP8vLw2ZrN4tXc6bYm1Hs9Ka"


def _t(s: str) -> str:
    return textwrap.dedent(s).strip("\n")


PEOPLE_NAMES = [
    "Margarethe Vogt", "Rui Figueiredo", "Aisling Nic Giolla", "Takumi Horikawa", "Bongani Dlamini",
    "Claire-Marie Fontaine", "Oskar Lindqvist", "Nneka Eze", "Paweł Zieliński", "Soo-ah Park", "Ravi Iyer",
    "Leilani Kahananui", "Dmytro Bondarenko", "Inés Castaño", "Hamza Benali", "Freya Whitlock", "Arjun Mehta",
    "Lucía Domínguez", "Mikael Heikkinen", "Chiara Bellandi", "Kwame Asante", "Yuki Morimoto", "Tuğba Aksoy",
    "Ewan MacLeod", "Sigrún Jónsdóttir", "Noam Friedman", "Thandiwe Khumalo", "Ana Luísa Prado", "Jonas Becker",
    "Marisol Quintero", "Linh Trần", "Giorgos Markou", "Olamide Bakare", "Elodie Marchand", "Haruto Nakai",
    "Karolina Dąbrowska", "Fionnuala Byrne", "Mehmet Çelik", "Sanna Virtanen", "Pablo Iglesias Ruiz",
]

DISPLAY_NAMES = [
    "Margarethe Vogt (she/her)", "Rui 🏄 Figueiredo", "Aisling — out Fri", "堀川 拓海 (Takumi)",
    "Bongani D. | Platform", "Claire‑Marie Fontaine", "Oskar L. 🇸🇪", "Nneka Eze, PhD", "Paweł “Pavel” Zieliński",
    "박수아 Soo-ah", "Ravi Iyer ☕", "Leilani K. 🌺 (HST)", "Дмитро Бондаренко", "Inés Castaño · Diseño",
    "Hamza ✈️ travelling", "Freya W. [contractor]", "Arjun Mehta — on call 🔥", "Lucía D. (ella)",
    "Mikael H. ❄️", "Chiara B. ~ PM", "Kwame A. (he/him)", "森本 由紀", "Tuğba Aksoy 🧿", "Ewan MacLeod 🏴",
    "Sigrún J.", "נועם פרידמן", "Thandi K. 🇿🇦", "Ana Luísa Prado", "Jonas B. (OOO bis 12.12.)", "Mari Q. 🌮",
    "Trần Thị Linh", "Γιώργος Μάρκου", "Olamide B. 🎧", "Élodie Marchand", "中井 陽翔 / Haruto", "Karo D.",
    "Fionnuala (Finn) Byrne", "Mehmet Çelik 👋", "Sanna V. 🦊", "Pablo I. R.", "Dr. Margarethe Vogt, MBA",
    "R. Figueiredo – Ops", "Aisling\u00a0Nic\u00a0Giolla", "Zoë Adebayo-Schultz", "J.R. “Bob” Delgado Jr.",
    "Anna-Lena von Hohenberg", "Seán Ó Briain", "Ngozi O. ✨", "María José O’Connor", "Łukasz 🚲 Wrona",
    "Chris ¯\\_(ツ)_/¯", "Kate (ﾉ◕ヮ◕)ﾉ*:･ﾟ✧", "Dev 👨\u200d💻 Rao", "Ingrid 🏳️\u200d🌈 Sørensen",
    "ミカ (Mika) ⁂", "Tom ʕ•ᴥ•ʔ Hughes", "Priya :) Sharma", "Ben <3 Okafor", "👩🏽\u200d🔬 Dr. Amara Nwosu",
    "Lena – Werkstudentin", "Kristjan (Tallinn)", "Ahmad Al‑Farsi", "Camila ☀︎", "Hugo • Support",
    "Noor | نور", "Sam • they/them", "Valentina Ricci 🍝", "Maximilian Groß", "Ólafur Arnalds-ish",
]

PLACES = [
    "Zürich", "Kraków", "São Paulo", "Montréal", "Reykjavík", "Düsseldorf", "Malmö", "Ōsaka", "Hà Nội",
    "Saint-Étienne", "A Coruña", "Cluj-Napoca", "Tromsø", "Bogotá", "Ciudad de México", "Lisboa", "Valparaíso",
    "Aix-en-Provence", "Galway", "Cork", "Gdańsk", "Thessaloniki", "Izmir", "Kyoto", "Busan", "Hobart",
    "Wellington", "Cape Town", "Nairobi", "Accra", "Marrakech", "Edinburgh", "Bristol", "Brighton & Hove",
    "Frankfurt am Main", "Freiburg im Breisgau", "Bozen / Bolzano", "Biel/Bienne", "Portland, OR",
    "St. Louis, MO", "Coeur d’Alene, ID", "Martha’s Vineyard", "’s-Hertogenbosch", "Kilkenny", "Oaxaca de Juárez",
]

# ---- what people paste: each entry is a whole message / field -------------------------------------------------
MARKDOWN = [
    _t("""
    ## Weekly digest — week 49

    **TL;DR:** alerts are back to normal, _one_ open item (the Kraków time-zone bug).

    - [x] move the alert job to the new worker pool
    - [x] bump `httpx` to 0.28
    - [ ] write the post-mortem for Tuesday (owner: @rui)
    - [ ] ~~rename the channel~~ decided against it

    More in the [runbook](https://wiki.plover-analytics.io/display/OPS/Alerts+Runbook) &mdash; ping me with
    questions.
    """),
    _t("""
    ### How to set your alert time

    1. Open **/me/** in your browser
    2. Pick a time under *Daily alert* (e.g. `06:45`)
    3. Choose your time zone &rarr; **Save**

    > **Note**
    > If you travel a lot, set the zone to `UTC` and do the maths yourself :)
    """),
    _t("""
    | City | Mon | Tue | Wed |
    |------|----:|----:|----:|
    | Zürich | 3 °C | 1 °C | -2 °C |
    | Lisboa | 16 °C | 17 °C | 15 °C |
    | Reykjavík | -4 °C | -6 °C | -3 °C |

    _Source: Open-Meteo, pulled at 08:00 CET_
    """),
    _t("""
    # Onboarding checklist (Data team)

    Welcome aboard! 🎉 Work through this in your first week:

    * [ ] Get access to the warehouse (ask in #data-access)
    * [ ] Read the [style guide](https://docs.plover-analytics.io/style-guide#sql) – especially §3 on naming
    * [ ] Pair with your buddy on one dbt model
    * [ ] Say hi in #random :wave:

    ![team photo](https://cdn.plover-analytics.io/img/team-offsite-2024.jpg)
    """),
    _t("""
    Quick summary of the RFC[^1]:

    - **Problem:** alerts fire at the server's midnight, not the user's
    - **Proposal:** store `alert_time` + `timezone`, compute the next run per user
    - **Open question:** what about DST gaps (02:30 on the last Sunday of March)?

    [^1]: full text in the doc, section “Scheduling”
    """),
    _t("""
    **Release checklist** for `jeeves` 3.4.0
    - [x] changelog updated
    - [x] migrations reviewed by @Chiara
    - [ ] staging soak ≥ 24 h
    - [ ] announce in #product-updates
    """),
    _t("""
    _Reminder_: the **office closes at 15:00** on the 24th &amp; 31st. Have a lovely break everyone 🎄
    """),
    _t("""
    Some numbers from last month:

    ```
    ┌────────────┬─────────┬──────────┐
    │ action     │ calls   │ p95 (ms) │
    ├────────────┼─────────┼──────────┤
    │ weather    │ 48 211  │      312 │
    │ remember   │  3 904  │       95 │
    │ alerts     │ 12 770  │      140 │
    └────────────┴─────────┴──────────┘
    ```
    """),
    _t("""
    > “Weather is what you get, climate is what you expect.”
    > — somebody clever, probably

    Anyway, *bring an umbrella* tomorrow.
    """),
    _t("""
    #### Known issues
    1. Safari 17 shows the time picker in 12-h format even with `de-DE` &ndash; cosmetic only.
    2. The alert DM sometimes arrives twice after a deploy (see #4127).
    3. Emoji in place names (“Paris 🗼”) are stripped; works as designed.
    """),
    _t("""
    Docs say:

    > The `units` setting accepts `metric` or `imperial`. Anything else returns **400**.

    So `"si"` won't work, use `metric`.
    """),
    _t("""
    **Q:** Can Jeeves remember two locations?
    **A:** Not yet. It's on the roadmap for Q1 – vote with a :+1: on the [feedback board](https://feedback.plover-analytics.io/b/jeeves?sort=top).
    """),
    "wait, is it `alert_time` or `alertTime` in the API? the docs say the former but the SDK uses the latter 🤔",
    "pro tip: wrap the place in quotes if it has a comma, e.g. `remember location \"Portland, OR\"`",
    "*bold* claim: the new dashboard is ~50%~ 60% faster. _citation needed_",
    "just use `Ctrl`+`Shift`+`V` to paste without formatting, saves you the weird bullets",
    "the headline should read **“Winter is coming (to Tromsø first)”** – thoughts?",
    "TIL markdown tables in Slack don't render :( had to use a code block",
    "1) coffee 2) standup 3) ~cry~ debug the cron",
    "Heads-up: #4127 and #4130 are dupes, closing the latter. cc @Rui @Nneka",
]

EMAILS = [
    _t("""
    Forwarding from the customer, see below 👇

    ---------- Forwarded message ---------
    From: Jana Dvořáková <jana.dvorakova@brightline-logistik.cz>
    Date: Tue, 3 Dec 2024 at 08:14
    Subject: Re: Ranní upozornění / morning alerts
    To: support@plover-analytics.io <support@plover-analytics.io>
    Cc: Tomáš Beneš <t.benes@brightline-logistik.cz>

    Hello,

    the alerts still arrive at 7:30 although we set 6:45 in the settings. Our drivers leave at 7:00,
    so it is too late for them. Could you check?

    Děkuji / thank you,
    Jana

    --
    Jana Dvořáková
    Operations Manager | Brightline Logistik s.r.o.
    Na Příkopě 22, 110 00 Praha 1
    +420 601 234 567
    """),
    _t("""
    On Tue, Dec 3, 2024 at 4:02 PM Freya Whitlock <freya.whitlock@plover-analytics.io> wrote:
    > Hi Ravi,
    >
    > could you send me the Q4 numbers before Friday? Finance needs them for the board pack.
    >
    > Thanks!
    > Freya
    >
    > On Mon, Dec 2, 2024 at 10:11 AM Ravi Iyer <ravi.iyer@plover-analytics.io> wrote:
    > > Sure, I'll pull them from the warehouse tomorrow morning.
    > > Ravi
    """),
    _t("""
    -----Original Message-----
    From: Marchand, Élodie <e.marchand@client-alpes.fr>
    Sent: Wednesday, December 4, 2024 11:37 AM
    To: Support Plover <support@plover-analytics.io>
    Subject: RE: [#58213] Alertes météo – mauvaise ville

    Bonjour,

    Merci pour votre retour rapide. Le bot affiche toujours « Saint-Étienne-de-Tinée » au lieu de
    « Saint-Étienne ». Est-ce qu’on peut forcer la ville ?

    Cordialement,
    Élodie Marchand
    Responsable IT – Client Alpes SAS

    Ce message et toutes les pièces jointes sont confidentiels et établis à l’intention exclusive de
    ses destinataires. Toute utilisation non conforme à sa destination est interdite.
    """),
    _t("""
    Hi all,

    Please find attached the agenda for Thursday's steering committee.

    Best regards / Mit freundlichen Grüßen
    Jonas Becker

    --
    Jonas Becker | Senior Data Engineer
    Plover Analytics GmbH · Rosenthaler Str. 40 · 10178 Berlin
    Geschäftsführer: M. Vogt · HRB 201234 B · Amtsgericht Charlottenburg

    CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of
    the intended recipient. If you are not the intended recipient, please do not read, distribute or take
    action in reliance upon this message. If you have received this in error, please notify the sender
    immediately by return e-mail and delete it from your system.
    """),
    _t("""
    > On 2 Dec 2024, at 18:20, Hamza Benali <hamza@benali.dev> wrote:
    >
    > Is the alert API rate limited? We'd like to poll every minute.

    Yes: 60 requests a minute per client. Polling every minute is fine; every second isn't 😉

    Sent from my iPhone
    """),
    _t("""
    From: "Oskar Lindqvist" <oskar.lindqvist@plover-analytics.io>
    Date: Thursday, 5 December 2024 at 07:58
    To: "#ops" <ops@plover-analytics.io>
    Subject: Maintenance window Sat 7 Dec 22:00–23:30 UTC

    Team,

    • Postgres minor upgrade (16.4 → 16.6)
    • Redis restart
    • Expected impact: Jeeves answers slowly for ~5 minutes

    /Oskar
    """),
    _t("""
    Thanks, that worked!!

    ________________________________
    From: Plover Support <support@plover-analytics.io>
    Sent: 04 December 2024 16:02
    To: Kwame Asante <kwame.asante@goldcoastfreight.com.gh>
    Subject: Re: Can't log in to /me/

    Hi Kwame,
    please clear your cookies for our domain and use “Sign in with Slack” again.
    Kind regards, Hugo
    """),
    _t("""
    Am Mi., 4. Dez. 2024 um 09:03 Uhr schrieb Maximilian Groß <max.gross@example-stadtwerke.de>:
    > Guten Morgen,
    > bei uns kommt seit gestern keine Wetterwarnung mehr an. Ist etwas umgestellt worden?
    > Viele Grüße
    > Max Groß

    Hallo Herr Groß, wir schauen uns das an und melden uns bis heute Mittag. Viele Grüße, Margarethe
    """),
    _t("""
    El jue, 5 dic 2024 a las 10:12, Inés Castaño (<ines.castano@plover-analytics.io>) escribió:
    > ¿Podemos mover la demo al viernes? El cliente de Bogotá no puede el jueves.
    > Gracias!!
    Sí, sin problema. Viernes 16:00 (hora de Madrid) / 10:00 (Bogotá).
    """),
    _t("""
    2024年12月4日(水) 17:45 森本 由紀 <yuki.morimoto@plover-analytics.io>:
    > 明日の打ち合わせ、15時からでよろしいでしょうか？
    > よろしくお願いいたします。
    はい、15時で大丈夫です。会議室は「大阪」を予約しました。
    """),
]

RICH_PASTE = [
    "Per our discussion \u2014 the \u201cnew\u201d alert schedule goes live on Monday. Key points:\n"
    "\u2022\tAlerts move from 07:30 to 06:45 local time\n\u2022\tUsers can opt out in /me/\n"
    "\u2022\tNo action needed from admins",
    "Q4\u00a0OKRs (draft v3 \u2013 DO NOT SHARE)\n\n1.\tGrow weekly active users to 2\u00a0400\n"
    "2.\tCut p95 latency below 300\u00a0ms\n3.\tLaunch multi-location support\u2026 maybe",
    "The client said: \u201cwe\u2019d rather have fewer, better alerts\u201d \u2018tis the season, I guess.",
    "Action items\n\u25aa Rui \u2192 update the runbook\n\u25aa Nneka \u2192 talk to legal re: data retention\n"
    "\u25aa Everyone \u2192 fill in the survey by Fri",
    "Pro\u00adfes\u00adsion\u00adal\u00adly writ\u00adten docs are nice but nobody reads them \U0001f605",
    "Status: \u2705 Done \u00b7 \u23f3 In progress \u00b7 \u274c Blocked\n\nAuth migration \u2014 \u2705\n"
    "Alert scheduler \u2014 \u23f3\nKrak\u00f3w fix \u2014 \u274c (waiting on upstream)",
    "Copied from Confluence:\n\nPurpose\nThis page describes the on\u2011call rotation for the Jeeves service.\n\n"
    "Info\nRotations change every Monday at 10:00\u00a0CET.\n\nOwner\u00a0\u00a0Bongani Dlamini",
    "\u201cSmart quotes\u201d vs \"dumb quotes\" \u2014 Google Docs keeps swapping them and breaking my "
    "copy\u2011pastes into the terminal \U0001f624",
    "Notes from Notion \u2193\n\u2610 Finalize pricing page\n\u2611 Draft the FAQ\n\u2610 Translate into "
    "DE/FR/ES\n\n\u2014 Last edited by Chiara Bellandi, Dec 4",
    "Agenda\u00a0\u2013\u00a0Thursday 5\u00a0December\n\t1.\tWelcome & intros (5\u00a0min)\n\t2.\tRoadmap "
    "review (20\u00a0min)\n\t3.\tAOB",
    "Hi\u200b team, pasting the summary from the doc:\u00a0\u00a0alerts\u00a0are\u00a0fixed\u00a0\u2714\ufe0f",
    "The family emoji \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 renders as four people on "
    "Windows 10, lol",
    "\u00bb Budget approved \u00ab \u2014 finally. Total: \u20ac12\u00a0500 (excl. VAT) \u2248 "
    "US$13\u00a0150",
    "Section 4.2 \u00a7 \u201cRetention\u201d: personal data is kept for 30\u00a0days after account "
    "deletion\u00b9.\n\n\u00b9 except backups, which rotate after 35 days.",
    "\u2022 Pros: faster, cheaper\n\u2022 Cons: no SSO (yet)\n\u2022 Verdict: \U0001f44d go",
    "Meeting moved \u2192 Fri 6\u00a0Dec, 14:00\u201315:00 (CET). Room: \u201cLisboa\u201d (3rd\u00a0floor)",
]

MEETING_NOTES = [
    _t("""
    Standup 05/12
    Rui: finished the scheduler PR, waiting for review
    Nneka: on support rotation, 3 tickets (2 closed)
    Takumi: 🤒 out sick
    Blockers: none
    """),
    _t("""
    *Retro — Sprint 48*
    :+1: went well
    • deploys were boring (good boring)
    • new on-call handbook
    :-1: didn't go well
    • flaky integration tests (again)
    • too many meetings on Wednesday
    :bulb: try next
    • no-meeting Wednesday mornings
    • quarantine flaky tests automatically
    """),
    _t("""
    1:1 notes – Arjun / Margarethe (2024-12-04)
    - career: interested in the staff track, will draft a plan
    - feedback: great work on the incident comms 🙌
    - next: check in again in 2 weeks
    """),
    _t("""
    Minutes, product sync (Thu)
    Present: Chiara, Inés, Hamza, Freya; apologies: Jonas
    1. Multi-location → design ready, eng estimate 3 sprints
    2. Pricing → keep free tier, add “Team+” at €4/user/month
    3. AOB → holiday rota in the sheet
    Decisions: ship multi-location behind a flag in January
    Next meeting: 12 Dec
    """),
    _t("""
    Incident review INC-2291 (Sev 2) — 2024-12-03
    Timeline (UTC)
    06:58  alert DMs start failing (Slack 429s)
    07:04  paged @Oskar
    07:19  backoff tuned, queue drains
    07:41  all alerts delivered, 41 min late
    Root cause: one retry loop ignored Retry-After.
    Follow-ups: #4140 honour Retry-After everywhere; #4141 alert on queue age > 10 min
    """),
]

CHANGELOGS = [
    _t("""
    ## v3.4.0 (2024-12-02)

    ### Added
    - Daily alerts can now be sent at any quarter hour (#4102) — thanks @Chiara!
    - `/jeeves config` shows your time zone

    ### Fixed
    - Kraków and Łódź are found again when typed without diacritics (#4127)
    - Alert DMs are no longer sent twice after a restart (#4119)

    ### Changed
    - Minimum Python is now 3.11
    """),
    _t("""
    v3.3.2 (2024-11-21)
    * fix: handle 429 from Slack with Retry-After (#4088)
    * fix: typo in the German help text ("Wettter")
    * chore(deps): bump aiohttp from 3.10.10 to 3.11.7
    * docs: clarify units in README
    """),
    _t("""
    **What's new in Jeeves** 🗞️
    _v3.4_ · December 2024
    • :alarm_clock: Alerts at quarter hours (06:15, 06:30, …)
    • :earth_africa: Better place search for names with accents
    • :lock: Sign in with Slack for /me/
    Full notes → https://plover-analytics.io/changelog#v3-4-0
    """),
    _t("""
    ### 2.19.0 — 2024-11-28
    #### Breaking
    - `GET /api/usage/stats` now returns `until` as an ISO-8601 timestamp with offset
    #### Deprecations
    - The `alertTime` alias will be removed in 3.0 (use `alert_time`)
    """),
    _t("""
    Changes since v3.3.1:
    a1f9c2e Merge pull request #4131 from plover/fix/krakow
    7be0d14 Normalise place names (NFKC) before lookup
    c03a9f8 Add test for 'Łódź' without diacritics
    5d2e6b1 Bump version to 3.3.2
    """),
]

RECIPES = [
    _t("""
    Mum's lemon drizzle (for Friday's bake-off 🍋)
    Ingredients:
    - 225 g butter, softened
    - 225 g caster sugar
    - 4 eggs
    - 275 g self-raising flour
    - zest of 2 lemons
    Drizzle: juice of 1½ lemons + 85 g caster sugar
    Method: beat everything, bake 45–50 min at 180 °C (160 °C fan), drizzle while warm.
    """),
    _t("""
    Recette de la soupe à l’oignon (4 pers.)
    • 6 oignons émincés
    • 50 g de beurre
    • 1 c. à s. de farine
    • 1,5 l de bouillon
    • 20 cl de vin blanc sec
    • gruyère râpé & pain rassis
    Faire dorer 30 min à feu doux… gratiner 5 min. Bon appétit !
    """),
    _t("""
    Glühwein für die Weihnachtsfeier:
    1 l Rotwein, 2 Orangen (Scheiben), 3 Zimtstangen, 5 Nelken, 2 Sternanis, 3–4 EL Zucker.
    Nicht kochen!! Nur bei ~70 °C ziehen lassen 🍷
    """),
    _t("""
    Onigiri (makes 6)
    ご飯 3 cups cooked rice · 塩 salt · 海苔 nori
    fillings: umeboshi / tuna-mayo / salmon flakes
    wet hands → salt → shape triangle → wrap 🍙
    """),
]

POEMS = [
    _t("""
    rain on the office window
        Thursday drags its feet
    the bot says 12 °C
            I believe it
    """),
    _t("""
    Roses are red,
    alerts come at eight,
    I set it to six-forty-five
    and it's still late.
    """),
    _t("""
    ♪ Let it snow, let it snow, let it snow ♪
    (but not on the deploy day please)
    """),
    _t("""
    haiku for the incident:
    queue is filling up —
    retry after sixty s
    nobody listened
    """),
    _t("""
    Il pleut sur la ville
    comme il pleut dans mon cœur…
    — Verlaine, approximately, re: forecast for Lyon
    """),
    _t("""
    🎶 Hey Jude, don't make it bad
    take a sad song
        and make it better 🎶
    (the office playlist is out of control)
    """),
    _t("""
    Shall I compare thee to a summer's day?
    No — it's December in Galway,
    it's 6 °C and sideways rain.
    """),
]

ASCII_ART = [
    _t("""
    ```
       _____
      /     \\
     | () () |
      \\  ^  /
       |||||
    ```
    happy friday!
    """),
    _t("""
    ```
        .--.
     .-(    ).
    (___.__)__)   ☂  rain from 14:00
      ' ' ' '
    ```
    """),
    _t("""
    ```
    +----------+-------+--------+
    | service  | owner | status |
    +----------+-------+--------+
    | jeeves   | rui   | green  |
    | dealer   | oskar | amber  |
    | edge     | nneka | green  |
    +----------+-------+--------+
    ```
    """),
    _t("""
    ```
    client ──► edge ──► jeeves ──► postgres
                 │
                 └──► tokendealer
    ```
    roughly how a request flows, for the new folks
    """),
    "(╯°□°)╯︵ ┻━┻ the build is red again",
    "┬─┬ノ( º _ ºノ) ok fixed it",
    "ʕ•ᴥ•ʔ bear with me",
    "(づ｡◕‿‿◕｡)づ hugs to whoever fixed the coffee machine",
    "¯\\_(ツ)_/¯ works on my machine",
    "(ಠ_ಠ) who scheduled a meeting at 8am",
    "(＾▽＾) weekend!!",
    "ಥ_ಥ the demo crashed",
    "☆*:.｡.o(≧▽≦)o.｡.:*☆ we shipped it",
    "m(_ _)m sorry for the spam, wrong channel",
    "(•_•) ( •_•)>⌐■-■ (⌐■_■) deal with it",
]

DATA_PASTES = [
    _t("""
    ```
    date,city,temp_c,precip_mm
    2024-12-01,Zürich,2.4,0.0
    2024-12-02,Zürich,-0.8,1.2
    2024-12-03,Zürich,-3.1,4.5
    ```
    """),
    "region\tusers\talerts_on\nEMEA\t1204\t873\nAMER\t911\t502\nAPAC\t388\t240",
    _t("""
    "name","email","team"
    "Vogt, Margarethe","margarethe.vogt@plover-analytics.io","Leadership"
    "O'Connor, María José","mj.oconnor@plover-analytics.io","Sales"
    """),
    _t("""
    ```json
    {
      "user": "U06QX1ZB2",
      "settings": {
        "units": "metric",
        "alert_time": "06:45",
        "timezone": "Europe/Zurich",
        "alerts": true
      }
    }
    ```
    """),
    _t("""
    here's my config, what am I doing wrong?
    ```yaml
    jeeves:
      base_url: https://gateway.plover-analytics.io
      client_id: reporting-cron
      scopes: [read]
      retry:
        attempts: 3
        backoff: 2s   # doubles each time
    ```
    """),
    _t("""
    ```toml
    [client]
    base_url = "https://gateway.plover-analytics.io"
    timeout = 10.0

    [client.auth]
    client_id = "grafana-ops"
    scope = "read"
    ```
    """),
    _t("""
    ```ini
    [settings]
    units = metric
    alert_time = 07:15
    timezone = America/Sao_Paulo
    ```
    """),
    _t("""
    ```python
    import httpx

    resp = httpx.get(f"{BASE}/api/usage/stats", params={"since": "2024-12-01"}, headers=auth)
    resp.raise_for_status()
    for row in resp.json()["actions"]:
        print(f"{row['action']:<12} {row['count']:>6}")
    ```
    """),
    _t("""
    ```go
    req, _ := http.NewRequest("GET", base+"/api/users?limit=100", nil)
    req.Header.Set("Authorization", "Bearer "+token)
    res, err := client.Do(req)
    if err != nil {
        log.Fatalf("fetch users: %v", err)
    }
    defer res.Body.Close()
    ```
    """),
    _t("""
    ```ts
    const res = await fetch(`${base}/api/switches`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const { switches } = (await res.json()) as { switches: Switch[] };
    console.table(switches);
    ```
    """),
    _t("""
    ```rust
    let stats: Stats = client
        .get(format!("{base}/api/usage/stats"))
        .bearer_auth(&token)
        .send()
        .await?
        .json()
        .await?;
    println!("{:#?}", stats);
    ```
    """),
    _t("""
    ```kotlin
    val users = api.listUsers(limit = 50, active = true)
    users.forEach { println("${it.name} <${it.email}>") }
    ```
    """),
    _t("""
    ```swift
    let (data, _) = try await URLSession.shared.data(for: request)
    let me = try JSONDecoder().decode(Me.self, from: data)
    print("Hello, \\(me.name) 👋")
    ```
    """),
    _t("""
    ```ruby
    users = client.users(limit: 100).select { |u| u[:settings][:alerts] }
    puts users.map { |u| u[:email] }.join(", ")
    ```
    """),
    _t("""
    ```r
    df <- read.csv("alerts.csv")
    aggregate(count ~ city, data = df, FUN = sum)
    ```
    """),
    _t("""
    ```diff
    - alert_time: "7:30"
    + alert_time: "07:30"
    ```
    the leading zero matters apparently
    """),
    _t("""
    ```
    $ jeeves-cli users list --active --format table
    ID   NAME                 ALERTS
    12   Margarethe Vogt      on
    17   Rui Figueiredo       off
    23   Nneka Eze            on
    ```
    """),
    _t("""
    ```log
    2024-12-05T06:45:00.112Z INFO  scheduler queued=412 window=06:45 tz_groups=17
    2024-12-05T06:45:03.804Z WARN  delivery slow user=U06QX1ZB2 took=2.9s
    2024-12-05T06:45:09.027Z INFO  scheduler done sent=412 failed=0
    ```
    """),
]

TRACKING_URLS = [
    "https://www.plover-analytics.io/blog/winter-release?utm_source=newsletter&utm_medium=email"
    "&utm_campaign=dec_2024&utm_content=hero_button",
    "https://www.linkedin.com/posts/plover-analytics_weather-slack-activity-7270011223344556677-AbCd"
    "?utm_source=share&utm_medium=member_desktop",
    "https://www.amazon.de/dp/B0C7KXYZ12/ref=sr_1_3?crid=2M9Q&keywords=regenschirm+sturmfest"
    "&qid=1733390000&sprefix=regensch%2Caps%2C92&sr=8-3",
    "https://open.spotify.com/playlist/37i9dQZF1DX0Yxoavh5qJV?si=3f9a1c2b7d4e4a10",
    "https://www.youtube.com/watch?v=Xy7Q2bTn0aM&t=93s&ab_channel=PloverAnalytics",
    "https://docs.google.com/spreadsheets/d/1Qw9e8R7t6Y5u4I3o2P1aSdFgHjKl/edit?gid=0#gid=0",
    "https://www.booking.com/hotel/pt/lisbon-riverside.html?aid=304142&label=gen173nr-1FCAEoggI46AdIM1gE"
    "&checkin=2025-03-10&checkout=2025-03-13&group_adults=2&no_rooms=1",
    "https://click.mailchimpapp.com/track/click/30010842/plover-analytics.io?p=eyJzIjoiQmFkIn0&utm_term=0_a1b2",
    "https://l.facebook.com/l.php?u=https%3A%2F%2Fplover-analytics.io%2Fevents%2F&h=AT0xYzQ&fbclid=IwAR3kq9",
    "https://maps.google.com/?q=Rosenthaler+Str.+40,+10178+Berlin&entry=gmail&source=g",
    "https://www.eventbrite.com/e/data-meetup-berlin-tickets-998877665544?aff=ebdssbdestsearch&_gl=1*1x2y3z",
    "https://zoom.us/j/98765432109?pwd=QmFuYW5hU3BsaXQ.1&from=addon",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA1ZTg%40thread.v2/0?context=%7b%22Tid%22%3a%22"
    "5c1d%22%7d",
    "https://github.com/plover/jeeves/compare/v3.3.2...v3.4.0#diff-2b7c4e",
    "https://news.ycombinator.com/item?id=42310231",
    "https://twitter.com/ploveranalytics/status/1864557012345678901?s=46&t=Ab3dEfGh",
    "https://www.nytimes.com/2024/12/04/climate/winter-forecast.html?smid=nytcore-ios-share&referringSource"
    "=articleShare",
]

LINK_LINES = [
    "worth a read: @@U@@", "[slides](@@U@@) from yesterday's talk", "anyone going? @@U@@ 🎟️",
    "found the hotel for the offsite → @@U@@", "this is the doc I meant: @@U@@ (see tab 2)",
    "recording is up @@U@@ — skip to 1:33 for the demo", "lol @@U@@", "link in case you missed it: @@U@@",
    "sharing from LinkedIn, sorry for the tracking junk: @@U@@",
]

EMOTICON_LINES = [
    "thanks!! :)", "ok ;-)", "<3 you all", "sure :D", "hmm :/", "nice one :P", "argh >:(", "yay \\o/",
    "haha xD", "meh ¯\\_(ツ)_/¯", "ty <3 <3", ":-) see you tomorrow", "o_O what happened to the dashboard",
    "^_^ works now", "T_T my laptop died", ">_< forgot the meeting", "8-) sunglasses weather in Lisboa",
    "gg :') :')", "=) done", "B-) shipped", ":^) trust me", "(y) approved", ":-* merci",
    "well done team!!! 🎉🎉🎉 :partying_face:", "oof 😬", "👀👀👀", "🙏🏽 thank you", "💯", "🫠 it's monday",
    "🤞 fingers crossed for the deploy", "🥶🥶 -12 °C in Tromsø", "☔️☔️☔️", "🌈 after the rain in Galway",
]

SHORT_FORMATTED = [
    "*heads up*: standup moved to 10:15 today", "_very_ quick question: who owns the scheduler?",
    "~lunch at 12~ lunch at 12:30 now, sorry", "`git pull` then `make up` and you should be fine",
    "> can we get the Kraków fix into 3.4?\nyes, it's already merged", "*Q4 goals* are in the doc, _please_ comment",
    "reminder → expense reports by Dec 15 (receipts > €25 need a scan)", "Is the 12/6 meeting 12 June or 6 Dec? 🙃",
    "1. open /me/\n2. click *Save*\n3. profit", "– Rui (typed on my phone, sorry for typos)",
    "PSA: the coffee machine on 2F is 🪦. Use 3F.", "re: “the bot is slow” — yes, we know, fix is rolling out",
    "FYI @channel the VPN certificate expires Monday → reinstall the profile",
    "5 min late, tram stuck (again) 🚋", "Who's in the office Thu? 🙋‍♀️🙋‍♂️", "*Done* ✅",
    "Reminder: holiday party 🎄 Dec 19, 18:00 @ Prater Garten. RSVP in the thread ↓",
    "“Good morning” in 10 languages: Guten Morgen · Bonjour · Buongiorno · Buenos días · Bom dia · "
    "Dzień dobry · Доброе утро · おはよう · 좋은 아침 · صباح الخير",
    "Temperatur heute: 3 °C → morgen −2 °C ❄️ Mütze nicht vergessen!", "今日は寒いですね⛄ 暖かくしてください",
    "¡Feliz viernes! 🥳 Nos vemos el lunes", "Bom dia! ☀️ Alguém sabe se o escritório abre amanhã?",
    "Dzięki za dziś! Jutro pada śnieg ❄️", "Спасибо всем! До завтра 👋", "고마워요!! 내일 봐요 😊",
    "שבוע טוב! מזג האוויר בתל אביב מושלם היום", "شكراً للجميع، نراكم غداً 🌙", "धन्यवाद! कल मिलते हैं 🙏",
    "Kiitos kaikille! Huomenna -15 °C 🥶", "Tak for i dag — vi ses i morgen", "Teşekkürler, yarın görüşürüz ☕",
    "Cảm ơn mọi người! Hà Nội hôm nay mưa ☔", "Ευχαριστώ! Καλό Σαββατοκύριακο 🌊",
]

SLASH_TEXTS = [
    "weather Zürich", "weather “São Paulo”", "weather *Kraków*", "weather `Berlin`", "weather Saint‑Étienne",
    "weather Coeur d’Alene", "remember location ’s-Hertogenbosch", "remember location Portland, OR",
    "remember location \u00a0Reykjavík\u00a0", "remember location Frankfurt am Main 🏙️",
    "weather Bozen / Bolzano", "weather Biel/Bienne", "help", "help 🙏", "config", "alerts on", "alerts off",
    "weather tomorrow in Lisboa?", "weather Brighton & Hove", "weather 大阪", "weather Hà Nội",
    "remember location Oaxaca de Juárez", "weather Martha’s Vineyard", "login", "weather St. Louis, MO",
    "weather Valparaíso :)", "weather Galway <3", "remember location Cluj‑Napoca", "weather Tromsø ❄️",
    "weather Aix-en-Provence — this weekend", "forget me", "weather Hobart (Tasmania)", "weather Izmir",
]


def _unmark(node: Any) -> None:
    """The bot's mention in rich_text blocks: a user element, not the placeholder text."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            if isinstance(item, dict) and item.get("type") == "text" and "@@B@@" in item["text"]:
                node[i] = {"type": "user", "user_id": BOT_USER} if item["text"].strip() == "@@B@@" else \
                    {**item, "text": item["text"].replace("@@B@@", "").strip() or " "}
            else:
                _unmark(item)
    elif isinstance(node, dict):
        for value in node.values():
            _unmark(value)


_INLINE = re.compile(r"(@@M@@|@@B@@|`[^`\n]+`|\*[^*\n]+\*|_[^_\n]+_|~[^~\n]+~|https?://[^\s>|)]+)")


class Workspace(Seeded):
    """The team, one seeded random source; each method makes one kind of request."""

    prefix = "rich_text-benign"

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i, name in enumerate(PEOPLE_NAMES):
            first, last = name.split(" ", 1)
            handle = (first.encode("ascii", "ignore").decode().lower() + "."
                      + last.split()[-1].encode("ascii", "ignore").decode().lower())
            self.people.append({"id": self.sid("U0"), "name": name, "handle": handle or f"user{i}",
                                "email": f"{handle}@plover-analytics.io", "display": DISPLAY_NAMES[i]})

    # ---- pieces ------------------------------------------------------------------------------------------
    def ts(self) -> str:
        return f"{EPOCH + self.rng.randint(0, 9 * 3600)}.{self.rng.randint(0, 999999):06d}"

    # ---- what people write ---------------------------------------------------------------------------------
    def rich_body(self) -> str:
        """One pasted or typed formatted text, in rough real-world proportions."""
        roll = self.rng.random()
        if roll < 0.20:
            return self.pick(SHORT_FORMATTED)
        if roll < 0.32:
            return self.pick(MARKDOWN)
        if roll < 0.40:
            return self.pick(EMOTICON_LINES + ASCII_ART[4:])
        if roll < 0.50:
            return self.pick(DATA_PASTES)
        if roll < 0.57:
            return self.pick(RICH_PASTE)
        if roll < 0.63:
            return self.pick(EMAILS)
        if roll < 0.69:
            return self.pick(MEETING_NOTES)
        if roll < 0.74:
            return self.pick(CHANGELOGS)
        if roll < 0.80:
            return self.pick(LINK_LINES).replace("@@U@@", self.pick(TRACKING_URLS))
        if roll < 0.84:
            return self.pick(RECIPES)
        if roll < 0.89:
            return self.pick(POEMS)
        if roll < 0.93:
            return self.pick(ASCII_ART[:4])
        return self.pick(SHORT_FORMATTED) + " " + self.pick(EMOTICON_LINES)

    def decorate(self, text: str) -> str:
        roll = self.rng.random()
        if roll < 0.12:
            text = self.pick(["fyi ", "FYI: ", "ok so ", "+1 to this:\n", "from the customer:\n",
                              "pasting here so it doesn't get lost:\n", "see below\n\n"]) + text
        elif roll < 0.22:
            text += self.pick(["\n\nthoughts?", " 🙏", "\ncc @@M@@", "\n(edited)", " :)", "\n\n— sent from mobile"])
        return text

    def slack_text(self, raw: str) -> str:
        """Raw text as Slack puts it in `text`: escaped, mentions and links in its own markup."""
        out = _slack_escape(raw)
        while "@@M@@" in out:
            out = out.replace("@@M@@", f"<@{self.pick(self.people)['id']}>", 1)
        return re.sub(r"(https?://[^\s<>|)]+)", lambda m: f"<{m.group(1)}>", out)

    def plain(self, raw: str) -> str:
        while "@@M@@" in raw:
            raw = raw.replace("@@M@@", "@" + self.pick(self.people)["handle"], 1)
        return raw

    # ---- rich_text blocks as Slack's composer builds them ------------------------------------------------------
    def inline(self, line: str) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for part in _INLINE.split(line):
            if not part:
                continue
            if part.startswith("http"):
                out.append({"type": "link", "url": part})
            elif len(part) > 2 and part[0] == part[-1] and part[0] in "`*_~":
                style = {"`": "code", "*": "bold", "_": "italic", "~": "strike"}[part[0]]
                out.append({"type": "text", "text": part[1:-1], "style": {style: True}})
            elif part.startswith("@@M@@"):
                out.append({"type": "user", "user_id": self.pick(self.people)["id"]})
            else:
                out.append({"type": "text", "text": part})
        return out

    def blocks(self, raw: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        chunks = raw.split("```")
        for i, chunk in enumerate(chunks):
            if i % 2 == 1:
                code = chunk.split("\n", 1)[1] if "\n" in chunk and re.match(r"^[a-z]+\n", chunk) else chunk
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": code.strip("\n")}]})
                continue
            lines = chunk.split("\n")
            j = 0
            while j < len(lines):
                line = lines[j]
                if line.startswith(">"):
                    quoted = []
                    while j < len(lines) and lines[j].startswith(">"):
                        quoted.append(lines[j][1:].lstrip())
                        j += 1
                    elements.append({"type": "rich_text_quote", "elements": self.inline("\n".join(quoted))})
                    continue
                if re.match(r"^([-*•]|\d+\.) ", line):
                    items = []
                    ordered = line[0].isdigit()
                    while j < len(lines) and re.match(r"^([-*•]|\d+\.) ", lines[j]):
                        items.append({"type": "rich_text_section",
                                      "elements": self.inline(lines[j].split(" ", 1)[1])})
                        j += 1
                    elements.append({"type": "rich_text_list", "style": "ordered" if ordered else "bullet",
                                     "indent": 0, "border": 0, "elements": items})
                    continue
                para = []
                while j < len(lines) and not lines[j].startswith(">") and not re.match(r"^([-*•]|\d+\.) ",
                                                                                        lines[j]):
                    para.append(lines[j])
                    j += 1
                text = "\n".join(para)
                if text:
                    elements.append({"type": "rich_text_section", "elements": self.inline(text)})
        return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": elements}]

    # ---- Slack envelopes -------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
             "Content-Type": content_type, "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.rng.random() < 0.02:
            h["X-Slack-Retry-Num"], h["X-Slack-Retry-Reason"] = "1", "http_timeout"
        return h

    def envelope(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"token": SLACK_TOKEN, "team_id": TEAM, "context_team_id": TEAM, "context_enterprise_id": None,
                "api_app_id": APP_ID, "event": event, "type": "event_callback", "event_id": self.sid("Ev0", 9),
                "event_time": EPOCH + self.rng.randint(0, 32400),
                "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER, "is_bot": True,
                                    "is_enterprise_install": False}],
                "is_ext_shared_channel": False, "event_context": "4-" + self.token(30)}

    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events", "headers": self.slack_headers("application/json"),
                "body": json.dumps(self.envelope(event), ensure_ascii=False)}

    def message(self, raw: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": self.slack_text(raw), "user": self.pick(self.people)["id"], "ts": ts,
                                 "team": TEAM, "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.rng.random() < 0.85:
            event["blocks"] = self.blocks(raw)
        if self.rng.random() < 0.2:
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def channel(self) -> str:
        return self.pick(["C05GENERAL", "C05RANDOM0", "C05ENGINRG", "C05SUPPORT", "C05PRODUCT", "C05DATA000",
                          "C05OFFICE0", "C05RELEASE", "C05INCIDEN", "C05WEATHER", "C05SALES00", "C05FOOD000"])

    def slack_chat(self) -> dict[str, Any]:
        raw = self.decorate(self.rich_body())
        return self.record("slack-chat", "json", self.event_request(self.message(raw, self.channel(), "channel")))

    def slack_mention(self) -> dict[str, Any]:
        if self.rng.random() < 0.5:
            raw = f"<@{BOT_USER}> " + self.pick(SLASH_TEXTS)
            text_raw = raw
        else:
            text_raw = self.pick(["hey @@B@@ ", "@@B@@ ", ""]) + self.decorate(self.rich_body())
            if "@@B@@" not in text_raw:
                text_raw += " @@B@@"
        event = self.message(text_raw.replace(f"<@{BOT_USER}>", "@@B@@"), self.channel(), "channel", True)
        event["text"] = event["text"].replace("@@B@@", f"<@{BOT_USER}>")
        _unmark(event.get("blocks", []))
        return self.record("slack-mention", "json", self.event_request(event))

    def slack_dm(self) -> dict[str, Any]:
        raw = self.pick(SLASH_TEXTS) if self.rng.random() < 0.45 else self.decorate(self.rich_body())
        return self.record("slack-dm", "json", self.event_request(self.message(raw, self.sid("D0"), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid = self.channel()
        raw = self.rich_body()
        old = self.message(raw, cid, "channel")
        new_raw = raw + self.pick(["\n\n*edit:* fixed the link", " (edited)", "\n\nUPDATE: resolved ✅",
                                   "\n_edit: typo_", "\n\n~wrong numbers~ see thread"])
        new = dict(old, text=self.slack_text(new_raw), edited={"user": old["user"], "ts": self.ts()})
        if "blocks" in old:
            new["blocks"] = self.blocks(new_raw)
        for key in ("channel", "channel_type", "event_ts"):
            new.pop(key, None)
        event = {"type": "message", "subtype": "message_changed", "message": new,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                "event_ts")},
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid = self.channel()
        kind = self.rng.random()
        if kind < 0.5:
            content = self.pick(DATA_PASTES + ASCII_ART[:4]).replace("```", "").strip("\n")
            first = content.split("\n", 1)[0]
            lang = self.pick(["text", "csv", "yaml", "json", "python", "go", "typescript", "toml"])
            name = self.pick(["Untitled", "config.yaml", "alerts.csv", "snippet.py", "error.log", "notes.txt"])
            f = {"id": self.sid("F0"), "created": EPOCH, "name": name, "title": name, "mimetype": "text/plain",
                 "filetype": lang, "pretty_type": lang.capitalize(), "mode": "snippet", "editable": True,
                 "size": len(content.encode()), "is_public": True, "preview": content[:1000],
                 "preview_highlight": f"<div class=\"CodeMirror\"><pre>{_slack_escape(first)}</pre></div>",
                 "lines": content.count("\n") + 1, "lines_more": 0, "preview_is_truncated": False,
                 "url_private": f"https://files.slack.com/files-pri/{TEAM}-F0ABC/{urllib.parse.quote(name)}"}
        else:
            name = self.pick(["Meeting notes – 5 Dec.docx", "Q4 OKRs (draft v3).pdf", "Recette soupe à l’oignon.pdf",
                              "Screenshot 2024-12-05 at 09.41.22.png", "Release notes v3.4.0.md", "Agenda 📅.pdf",
                              "Präsentation_Kunde_final_FINAL.pptx", "見積書_2024-12.xlsx"])
            f = {"id": self.sid("F0"), "created": EPOCH, "name": name, "title": name,
                 "mimetype": "application/octet-stream", "filetype": name.rsplit(".", 1)[-1].lower(),
                 "size": self.rng.randint(20000, 3000000),
                 "url_private": f"https://files.slack.com/files-pri/{TEAM}-F0ABC/{urllib.parse.quote(name)}",
                 "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/U0ABC/F0ABC/"
                              + urllib.parse.quote(name.lower().replace(" ", "_"))}
        comment = self.pick(["", "", "see attached", "notes from the call 👇", "the config from the ticket",
                             self.pick(SHORT_FORMATTED), "> from the customer\nlooks fine to me?"])
        event = self.message(comment, cid, "channel")
        event["subtype"] = "file_share"
        event["upload"] = True
        event["files"] = [f]
        return self.record("slack-file", "json", self.event_request(event))

    def slack_bot_post(self) -> dict[str, Any]:
        raw = self.pick(CHANGELOGS + MEETING_NOTES[4:])
        text = self.slack_text(raw)
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts,
                 "username": self.pick(["Release Bot", "GitHub", "Statuspage", "Confluence"]),
                 "bot_id": self.sid("B0", 7), "channel": "C05RELEASE", "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": text[:120], "color": self.pick(["36a64f", "2eb886", "439fe0"]),
                                  "title": raw.split("\n", 1)[0].strip("#* "), "text": text,
                                  "mrkdwn_in": ["text"], "footer": "plover/jeeves", "ts": EPOCH}]}
        return self.record("slack-botmsg", "json", self.event_request(event))

    def slack_profile(self) -> dict[str, Any]:
        person = self.pick(self.people)
        status = self.pick([("On vacation 🌴 back 6 Jan", ":palm_tree:"), ("“Heads down” – DMs only", ":no_bell:"),
                            ("In meetings 9–12", ":spiral_calendar_pad:"), ("WFH ☕", ":house_with_garden:"),
                            ("Commuting 🚆", ":train:"), ("Out sick 🤒", ":face_with_thermometer:"), ("", "")])
        title = self.pick(["Senior Data Engineer · Platform", "Head of Customer Success (EMEA)",
                           "Product Manager — Jeeves", "Werkstudentin Marketing", "Ingénieure logiciel",
                           "SRE / on-call wrangler 🔥", "Designer ✏️ & illustrator", "CTO & co‑founder",
                           "Backend dev (Go, Rust) | she/her", "データアナリスト"])
        event = {"type": "user_change", "event_ts": self.ts(), "cache_ts": EPOCH, "user": {
            "id": person["id"], "team_id": TEAM, "name": person["handle"], "deleted": False,
            "real_name": person["name"], "tz": self.pick(["Europe/Berlin", "Europe/Lisbon", "Asia/Tokyo",
                                                          "America/Bogota", "Africa/Johannesburg"]),
            "profile": {"title": title, "phone": self.pick(["", "+49 30 1234 5678", "+351 912 345 678"]),
                        "real_name": person["name"], "display_name": person["display"],
                        "status_text": status[0], "status_emoji": status[1], "status_expiration": 0,
                        "first_name": person["name"].split()[0], "last_name": person["name"].split(" ", 1)[1],
                        "pronouns": self.pick(["", "she/her", "he/him", "they/them"]), "team": TEAM},
            "is_bot": False, "updated": EPOCH}}
        return self.record("slack-profile", "json", self.event_request(event))

    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        fields = [("token", SLACK_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", self.sid("D0")), ("channel_name", "directmessage"), ("user_id", user["id"]),
                  ("user_name", user["handle"]), ("command", "/jeeves"), ("text", self.pick(SLASH_TEXTS)),
                  ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", f"https://hooks.slack.com/commands/{TEAM}/{self.rng.randint(10**12, 10**13)}/"
                                   f"{self.token(18)[:24]}"),
                  ("trigger_id", f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**11, 10**12)}."
                                 f"{self.hexs(32)}")]
        return self.record("slack-command", "form", {"method": "POST", "uri": "/slack/commands",
                                                     "body": urllib.parse.urlencode(fields),
                                                     "headers": self.slack_headers(
                                                         "application/x-www-form-urlencoded")})

    def button_click(self) -> dict[str, Any]:
        user = self.pick(self.people)
        place = self.pick(PLACES)
        action = {"action_id": "set_location", "block_id": self.token(3)[:5],
                  "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                  "value": place, "type": "button", "action_ts": self.ts()}
        weather = f"*{place}* — {self.pick(['☀️ 4 °C', '🌧️ 11 °C, rain from 14:00', '❄️ −3 °C', '⛅ 8 °C'])}"
        payload = {"type": "block_actions", "user": {"id": user["id"], "username": user["handle"],
                                                     "name": user["handle"], "team_id": TEAM},
                   "api_app_id": APP_ID, "token": SLACK_TOKEN,
                   "container": {"type": "message", "message_ts": self.ts(), "channel_id": self.sid("D0"),
                                 "is_ephemeral": True},
                   "trigger_id": f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**11, 10**12)}."
                                 f"{self.hexs(32)}",
                   "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False,
                   "message": {"type": "message", "text": weather, "ts": self.ts(), "bot_id": self.sid("B0", 7),
                               "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                           "text": {"type": "mrkdwn", "text": weather, "verbatim": False}}]},
                   "state": {"values": {}},
                   "response_url": f"https://hooks.slack.com/actions/{TEAM}/{self.rng.randint(10**12, 10**13)}/"
                                   f"{self.token(18)[:24]}",
                   "actions": [action]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record("slack-button", "form", {"method": "POST", "uri": "/slack/interactions", "body": body,
                                                    "headers": self.slack_headers("application/x-www-form-urlencoded")})

    # ---- data API ---------------------------------------------------------------------------------------------
    def jwt(self, client: str, scope: str) -> str:
        header = {"alg": "ES256", "typ": "at+jwt", "kid": self.token(32)}
        iat = EPOCH + self.rng.randint(0, 30000)
        claims = {"iss": BASE, "sub": client, "client_id": client, "aud": "jeeves", "iat": iat, "nbf": iat,
                  "exp": iat + 900, "jti": self.uuid(), "scope": scope}
        return ".".join([b64url_json(header), b64url_json(claims), self.token(64)])

    def api_headers(self) -> dict[str, str]:
        h = {"User-Agent": self.pick(["python-httpx/0.28.0", "python-requests/2.32.3", "node-fetch/3.3.2",
                                      "okhttp/4.12.0", "PersonioSync/1.8 (+https://plover-analytics.io)",
                                      "Go-http-client/2.0", "curl/8.11.0", "axios/1.7.8"]),
             "Accept": "application/json",
             "Authorization": "Bearer " + self.jwt(self.pick(["hr-sync", "profile-sync", "jeeves-worker"]),
                                                   "read write"),
             "Content-Type": self.pick(["application/json", "application/json; charset=utf-8"])}
        return h

    def api_name(self) -> dict[str, Any]:
        person = self.pick(self.people)
        doc: dict[str, Any] = {"name": self.pick(DISPLAY_NAMES) if self.rng.random() < 0.7 else person["name"]}
        if self.rng.random() < 0.3:
            doc["email"] = person["email"]
        if self.rng.random() < 0.15:
            doc["settings"] = {"timezone": self.pick(["Europe/Berlin", "Asia/Tokyo", "America/Sao_Paulo"])}
        return self.record("api-name", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 400)}",
                                                "headers": self.api_headers(),
                                                "body": json.dumps(doc, ensure_ascii=self.rng.random() < 0.25)})

    def api_settings(self) -> dict[str, Any]:
        doc = {"settings": {"units": self.pick(["metric", "imperial"]),
                            "alert_time": self.pick(["06:45", "07:00", "07:15", "08:30"]),
                            "timezone": self.pick(["Europe/Zurich", "America/Bogota", "Pacific/Auckland"]),
                            "alerts": self.rng.random() < 0.7}}
        return self.record("api-settings", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 400)}",
                                                    "headers": self.api_headers(), "body": json.dumps(doc)})

    def api_list(self) -> dict[str, Any]:
        h = self.api_headers()
        del h["Content-Type"]
        params = [("limit", self.pick(["50", "100", "200"])), ("offset", self.pick(["0", "100", "200"]))]
        if self.rng.random() < 0.4:
            params.append(("active", "true"))
        return self.record("api-list", "query", {"method": "GET", "body": "", "headers": h,
                                                 "uri": "/api/users?" + urllib.parse.urlencode(params)})

    # ---- browsers: admin, /me/, sign-in -------------------------------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
            "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.1 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.1 Mobile/15E148 Safari/604.1"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9",
                                           "pt-PT,pt;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9", "es-ES,es;q=0.9"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in ua:
            h["sec-ch-ua"] = '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?0"
            h["sec-ch-ua-platform"] = self.pick(['"macOS"', '"Windows"'])
        if referer:
            h["Referer"] = BASE + referer
        if form:
            h["Origin"] = BASE
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        return h

    def admin_search(self) -> dict[str, Any]:
        person = self.pick(self.people)
        q = self.pick([person["name"], person["display"], person["email"], "“Vogt”", "O’Connor", "o'connor",
                       "María José", "Nic Giolla", "jonas.becker@plover-analytics.io ", " Becker, Jonas",
                       "Vogt, Margarethe", "Dr. Vogt", "Müller‑Lüdenscheidt", "@plover-analytics.io", "🌺",
                       "(contractor)", "[contractor]", "she/her", "Iyer ☕", "Zieliński", "Zielinski", "Ó Briain",
                       "Freya W. [contractor]", "Nneka Eze, PhD", "\u00a0Sanna", "Linh Trần", "森本", "ミカ"])
        h = self.browser_headers("/admin/users")
        h["Cookie"] = f"__Host-jeeves_admin={self.token()}"
        return self.record("admin-search", "query", {"method": "GET", "body": "", "headers": h,
                                                     "uri": "/admin/users?" + urllib.parse.urlencode([("q", q)])})

    def admin_audit(self) -> dict[str, Any]:
        q = self.pick(["client.create", "user.forget_me", "feature.set", "“Brightline”", "reporting-cron",
                       "2024-12-04", "Dec 4", "rotate", "Rui Figueiredo", "weather@*", "login failed"])
        h = self.browser_headers("/admin/audit")
        h["Cookie"] = f"__Host-jeeves_admin={self.token()}"
        return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                    "uri": "/admin/audit?" + urllib.parse.urlencode([("q", q)])})

    def admin_client(self) -> dict[str, Any]:
        desc = self.pick([
            "Nightly export → warehouse (owner: @jonas)\nRuns 02:00 UTC · read-only",
            "HR sync from Personio — updates display names & e-mails every hour.\nContact: hr-it@plover-analytics.io",
            "Grafana “Jeeves usage” dashboard (read)\nSee https://grafana.plover-analytics.io/d/jeeves?orgId=1"
            "&from=now-7d&to=now",
            "**Reporting cron**\n- weekly usage mail\n- monthly board pack\n\nOwner: Freya W.",
            "Client Alpes SAS — intégration météo pour les chauffeurs (contrat n° 2024-118)",
            "Kunde: Stadtwerke Musterstadt · Ansprechpartner: Max Groß · Ticket #58213",
            "Mobile app (iOS/Android) — v2.4+\n\n> Do not rotate without telling the mobile team first!",
            "Temporary: demo for Brightline Logistik, delete after 31.12.2024",
            "Status page poller 🟢🟡🔴 (every 60 s)",
            "Data science notebooks ¯\\_(ツ)_/¯ ask Arjun",
            "Slack-to-Sheets sync\n\nFields: name, email, team\nFormat: CSV (UTF-8, comma-separated)",
            "Used by the on-call bot: posts “alerts queue age” to #ops every 5 min",
            "", "", "read-only client for the BI team",
            "Partner integration – Gold Coast Freight (Accra)\nSLA: 99.5 %\nRenewal: 2025‑06‑30",
        ])
        fields = [("csrf_token", self.token()), ("client_id", self.pick(["reporting-cron", "hr-sync", "grafana-ops",
                                                                         "mobile-app", "bi-readonly",
                                                                         "partner.gcf", "status-poller"])),
                  ("description", desc.replace("\n", "\r\n")), ("scopes", "read")]
        if self.rng.random() < 0.3:
            fields.append(("scopes", "write"))
        h = self.browser_headers("/admin/clients", True)
        h["Cookie"] = f"__Host-jeeves_admin={self.token()}"
        return self.record("admin-client", "form", {"method": "POST", "uri": "/admin/clients", "headers": h,
                                                    "body": urllib.parse.urlencode(fields)})

    def admin_flag(self) -> dict[str, Any]:
        person = self.pick(self.people)
        fields = [("csrf_token", self.token()), ("value", self.pick(["0", "1"])),
                  ("q", self.pick([person["display"], person["name"], ""])), ("page", "1")]
        h = self.browser_headers("/admin/users?q=" + urllib.parse.quote(person["display"]), True)
        h["Cookie"] = f"__Host-jeeves_admin={self.token()}"
        uri = f"/admin/users/{self.rng.randint(1, 400)}/{self.pick(['active', 'admin'])}"
        return self.record("admin-flag", "form", {"method": "POST", "headers": h, "uri": uri,
                                                  "body": urllib.parse.urlencode(fields)})

    def me_location(self) -> dict[str, Any]:
        place = self.pick(PLACES + [
            "Rosenthaler Str. 40\n10178 Berlin", "“Lisboa”", "Kraków ", " Zürich", "Portland, OR 97205",
            "Rua Augusta, 1100-053 Lisboa", "Zürich\u00a0HB", "Reykjavík 🇮🇸", "Tromsø (Norway)",
            "St.\u00a0Gallen", "Pointe-à-Pitre", "Cluj\u2011Napoca", "Ōsaka‐shi", "Hà\u00a0Nội"])
        fields = [("csrf_token", self.token()), ("place", place)]
        h = self.browser_headers("/me/", True)
        h["Cookie"] = f"__Host-jeeves_me={self.token()}"
        return self.record("me-location", "form", {"method": "POST", "uri": "/me/location", "headers": h,
                                                   "body": urllib.parse.urlencode(fields)})

    def me_settings(self) -> dict[str, Any]:
        fields = [("csrf_token", self.token()), ("units", self.pick(["metric", "imperial"])),
                  ("alert_time", self.pick(["06:45", "07:00", "07:30", "08:15"])),
                  ("timezone", self.pick(["Europe/Berlin", "Europe/Lisbon", "America/Bogota", "Asia/Tokyo",
                                          " Europe/Zurich", "Atlantic/Reykjavik"]))]
        if self.rng.random() < 0.6:
            fields.append(("alerts", "on"))
        h = self.browser_headers("/me/", True)
        h["Cookie"] = f"__Host-jeeves_me={self.token()}"
        return self.record("me-settings", "form", {"method": "POST", "uri": "/me/settings", "headers": h,
                                                   "body": urllib.parse.urlencode(fields)})

    def me_page(self) -> dict[str, Any]:
        h = self.browser_headers(self.pick([None, "/me/"]))
        h["Cookie"] = f"__Host-jeeves_me={self.token()}"
        uri = self.pick(["/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
        return self.record("me-page", "cookie", {"method": "GET", "uri": uri, "body": "", "headers": h})

    def signin(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.5:
            state = self.token()
            h = self.browser_headers()
            h["Sec-Fetch-Site"] = "cross-site"
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = f"__Host-jeeves_oidc_state={state}"
            params = [("code", f"{self.rng.randint(10**11, 10**12)}.{self.rng.randint(10**11, 10**12)}."
                               f"{self.hexs(64)}"), ("state", state)]
            return self.record("signin-callback", "query", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/auth/slack/callback?"
                                                                   + urllib.parse.urlencode(params)})
        if roll < 0.7:
            h = self.browser_headers("/me/")
            return self.record("signin-start", "query", {"method": "GET", "uri": "/auth/slack/login", "body": "",
                                                         "headers": h})
        link = self.token()
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        h["Cookie"] = f"__Host-jeeves_signin={csrf}"
        return self.record("signin-link", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                   "headers": h, "body": urllib.parse.urlencode([("csrf_token",
                                                                                                 csrf)])})

    def oauth(self) -> dict[str, Any]:
        client = self.pick(["reporting-cron", "hr-sync", "grafana-ops", "profile-sync", "jeeves-worker"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-httpx/0.28.0", "curl/8.11.0", "Go-http-client/2.0"]),
             "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded",
             "Authorization": "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()}
        if self.rng.random() < 0.8:
            fields = [("grant_type", "client_credentials"), ("scope", self.pick(["read", "read write"]))]
            return self.record("oauth-token", "form", {"method": "POST", "uri": "/oauth/token", "headers": h,
                                                       "body": urllib.parse.urlencode(fields)})
        del h["Authorization"]
        return self.record("verify-token", "form", {"method": "POST", "uri": "/verify_token", "headers": h,
                                                    "body": urllib.parse.urlencode([("access_token",
                                                                                     self.jwt(client, "read"))])})

    def health(self) -> dict[str, Any]:
        uri = self.pick(["/healthz", "/readyz", "/healthz", "/.well-known/jwks.json",
                         "/.well-known/oauth-authorization-server"])
        h = {"User-Agent": self.pick(["kube-probe/1.31", "Blackbox Exporter/0.25.0", "PyJWT/2.10.1",
                                      "Authlib/1.3.2"]), "Accept": "*/*"}
        return self.record("health", "header", {"method": "GET", "uri": uri, "body": "", "headers": h})


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 420), ("slack_mention", 90), ("slack_dm", 100), ("slack_edit", 45), ("slack_file", 45),
    ("slack_bot_post", 25), ("slack_profile", 30), ("slash_command", 110), ("button_click", 50),
    ("api_name", 90), ("api_settings", 25), ("api_list", 20),
    ("admin_search", 70), ("admin_audit", 25), ("admin_client", 60), ("admin_flag", 25),
    ("me_location", 60), ("me_settings", 20), ("me_page", 15), ("signin", 30), ("oauth", 30), ("health", 25),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    return planned(Workspace(), PLAN)
