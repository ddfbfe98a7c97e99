"""Benign Slack traffic to Jeeves' three Slack routes: ~1,500 requests as Slack itself sends them to an app.

- /slack/events (JSON): `url_verification` challenges and `event_callback` envelopes (with `authorizations`,
  `event_context`, `is_ext_shared_channel`) for message and its subtypes, app_mention, app_home_opened (with the
  view Jeeves published), reactions, channel and member events, team_join / user_change with full profiles,
  link_shared, file_shared, emoji_changed, workflow_step_execute, plus a few app_rate_limited / tokens_revoked.
- /slack/commands (form): `/jeeves` slash commands with every text the command takes and the mistakes people
  make typing it.
- /slack/interactions (form, `payload=` JSON): block_actions (Jeeves' own buttons, and selects, datepickers,
  checkboxes, overflow menus from other surfaces), view_submission / view_closed with the state of real modals,
  global shortcuts, message actions, block_suggestion.

The content is the ordinary life of a workspace (engineering, ops, sales, support, social, announcements) in
many languages, with pasted stack traces, SQL, shell, config, JSON and YAML, links, mentions and emoji. Message
text is escaped and wrapped the way Slack does it (&amp; &lt; &gt;, <@U..>, <#C..|name>, <!here>, <url|label>)
and every human message also carries the rich_text block the composer produces.

Authorship and independence: the eighth benign author. Written for this repository from general knowledge of
Slack's Events API, slash commands and interactivity, and from what app/ (the Slack blueprint and its services)
and README.md say the app subscribes to and answers; the route list came from the gateway's route names only.
No WAF rule, exclusion, ruleset file or test, shared corpus, other generator's payload or text list, or result
of a measurement was read to write it; the texts were finished before the set was measured (once).

Deterministic: one seeded random.Random, no clock. Placeholder signatures: the replayer re-signs Slack requests.
Record ids are `slackev-benign-slack-<kind>-NNNN`; `sub` is the Slack event, subtype or payload type.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
import unicodedata
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from .records import no_attacks
from .records import slack_escape as esc

SEED = 80_808
EPOCH = 1_719_200_000  # late June 2024; every timestamp in the set is EPOCH plus a seeded offset
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"

TEAM_ID = "T04QX7M2K"
TEAM_DOMAIN = "kestrel-labs"
PARTNER_TEAM = "T02ACME7Q1"
APP_ID = "A05JVS7H1ND"
BOT_USER = "U05JVS8K2QP"
BOT_ID = "B05JVS9L3RA"
VERIFICATION_TOKEN = "xK3pQ7vR9mT2nB8wL4cY6dFh"
BASE_URL = "https://jeeves.kestrel-labs.com"
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# ---------------------------------------------------------------------------------------------------------------
# The workspace: people and channels
# ---------------------------------------------------------------------------------------------------------------
TZ = {
    "Europe/Stockholm": ("Central European Summer Time", 7200), "Europe/Madrid": ("Central European Summer Time", 7200),
    "Asia/Kolkata": ("India Standard Time", 19800), "Asia/Tokyo": ("Japan Standard Time", 32400),
    "Africa/Lagos": ("West Africa Standard Time", 3600), "Europe/Berlin": ("Central European Summer Time", 7200),
    "America/Mexico_City": ("Central Standard Time", -21600), "Europe/Paris": ("Central European Summer Time", 7200),
    "America/New_York": ("Eastern Daylight Time", -14400), "Asia/Shanghai": ("China Standard Time", 28800),
    "Asia/Seoul": ("Korean Standard Time", 32400), "Asia/Dubai": ("Gulf Standard Time", 14400),
    "Asia/Jerusalem": ("Israel Daylight Time", 10800), "Europe/Riga": ("Eastern European Summer Time", 10800),
    "America/Sao_Paulo": ("Brasilia Standard Time", -10800), "Europe/Rome": ("Central European Summer Time", 7200),
    "Europe/Amsterdam": ("Central European Summer Time", 7200), "Europe/Warsaw": ("Central European Summer Time", 7200),
    "Europe/Istanbul": ("GMT+03:00", 10800), "Asia/Ho_Chi_Minh": ("Indochina Time", 25200),
    "Europe/Kyiv": ("Eastern European Summer Time", 10800), "Europe/Dublin": ("Irish Standard Time", 3600),
    "America/Chicago": ("Central Daylight Time", -18000), "Europe/London": ("British Summer Time", 3600),
    "America/Los_Angeles": ("Pacific Daylight Time", -25200), "Europe/Athens": ("Eastern European Summer Time", 10800),
    "America/Argentina/Buenos_Aires": ("Argentina Standard Time", -10800), "Africa/Casablanca": ("GMT+01:00", 3600),
    "America/Denver": ("Mountain Daylight Time", -21600), "Europe/Lisbon": ("Western European Summer Time", 3600),
}

# key, real name, display name, handle, title, team/department, time zone, phone, locale, pronouns
PEOPLE_TABLE = [
    ("maya", "Maya Lindqvist", "Maya L", "maya.l", "Staff Engineer", "Platform", "Europe/Stockholm",
     "+46 70 123 45 67", "sv-SE", "she/her"),
    ("tomas", "Tomás Herrera", "tomas", "tomas", "Senior Backend Engineer", "Payments", "Europe/Madrid",
     "+34 612 34 56 78", "es-ES", "he/him"),
    ("priya", "Priya Raghunathan", "Priya", "priya", "Engineering Manager, Payments", "Payments", "Asia/Kolkata",
     "+91 98765 43210", "en-IN", "she/her"),
    ("kenji", "Kenji Watanabe", "kenji.w", "kenji", "Site Reliability Engineer", "Platform", "Asia/Tokyo",
     "+81 90-1234-5678", "ja-JP", ""),
    ("amara", "Amara Okafor", "Amara", "amara", "Account Executive, EMEA", "Sales", "Africa/Lagos",
     "+234 803 555 0199", "en-GB", "she/her"),
    ("lukas", "Lukas Brandt", "lukas", "lukas.brandt", "Frontend Engineer", "Web", "Europe/Berlin",
     "+49 151 23456789", "de-DE", "he/him"),
    ("sofia", "Sofía Castillo", "Sofi", "sofia", "Customer Support Lead", "Support", "America/Mexico_City",
     "+52 55 1234 5678", "es-LA", "she/her"),
    ("olivier", "Olivier Dubois", "Olivier D.", "olivier", "Head of Sales France", "Sales", "Europe/Paris",
     "+33 6 12 34 56 78", "fr-FR", "il/lui"),
    ("hannah", "Hannah Goldberg", "hannah", "hannah.g", "Senior Product Designer", "Design", "America/New_York",
     "+1 (917) 555-0143", "en-US", "she/her"),
    ("wei", "Zhang Wei", "张伟", "zhangwei", "Data Engineer", "Data", "Asia/Shanghai", "+86 138 0013 8000",
     "zh-CN", ""),
    ("jisoo", "Park Ji-soo", "지수", "jisoo", "QA Engineer", "Quality", "Asia/Seoul", "+82 10-1234-5678",
     "ko-KR", ""),
    ("ahmed", "Ahmed Al-Farsi", "Ahmed", "ahmed", "Solutions Engineer", "Sales", "Asia/Dubai",
     "+971 50 123 4567", "en-US", "he/him"),
    ("noa", "Noa Levi", "noa", "noa.levi", "Security Engineer", "Security", "Asia/Jerusalem", "+972 52-123-4567",
     "en-US", "she/her"),
    ("dmitri", "Dmitri Volkov", "dima", "dima", "Backend Engineer", "Platform", "Europe/Riga", "+371 2123 4567",
     "ru-RU", "he/him"),
    ("ana", "Ana Souza", "Ana Souza", "ana.souza", "Customer Success Manager", "Customer Success",
     "America/Sao_Paulo", "+55 11 91234-5678", "pt-BR", "ela/dela"),
    ("giulia", "Giulia Romano", "Giulia", "giulia", "Marketing Manager", "Marketing", "Europe/Rome",
     "+39 333 123 4567", "it-IT", "she/her"),
    ("jan", "Jan de Vries", "jan", "jan.devries", "DevOps Engineer", "Platform", "Europe/Amsterdam",
     "+31 6 12345678", "nl-NL", "he/him"),
    ("kasia", "Katarzyna Nowak", "Kasia", "kasia", "Senior Recruiter", "People", "Europe/Warsaw",
     "+48 512 345 678", "pl-PL", "she/her"),
    ("emre", "Emre Yılmaz", "emre", "emre", "Mobile Engineer", "Mobile", "Europe/Istanbul", "+90 532 123 45 67",
     "tr-TR", "he/him"),
    ("linh", "Nguyễn Thị Linh", "Linh", "linh", "Data Analyst", "Data", "Asia/Ho_Chi_Minh", "+84 91 234 56 78",
     "vi-VN", "she/her"),
    ("oksana", "Oksana Kovalenko", "Oksana", "oksana", "Finance Manager", "Finance", "Europe/Kyiv",
     "+380 67 123 4567", "uk-UA", "she/her"),
    ("sam", "Sam O'Brien", "sam", "sam", "People & Office Manager", "People", "Europe/Dublin", "+353 87 123 4567",
     "en-GB", "they/them"),
    ("jordan", "Jordan Reyes", "Jordan", "jordan", "Sales Development Representative", "Sales",
     "America/Chicago", "+1 (312) 555-0178", "en-US", "he/him"),
    ("aisha", "Aisha Bello", "Aisha", "aisha.b", "Backend Engineer", "Payments", "Europe/London",
     "+44 7700 900123", "en-GB", "she/her"),
    ("ravi", "Ravi Shankar", "Ravi", "ravi", "VP Engineering", "Engineering", "America/Los_Angeles",
     "+1 (415) 555-0112", "en-US", "he/him"),
    ("elena", "Elena Papadopoulou", "Elena P.", "elena", "Support Engineer", "Support", "Europe/Athens",
     "+30 694 123 4567", "el-GR", "she/her"),
    ("mateo", "Mateo Fernández", "mateo", "mateo", "Platform Intern", "Platform", "America/Argentina/Buenos_Aires",
     "+54 9 11 2345-6789", "es-LA", "he/him"),
    ("chloe", "Chloé Martin", "Chloé", "chloe", "Technical Writer", "Docs", "Europe/Paris", "+33 7 81 23 45 67",
     "fr-FR", "elle"),
    ("arjun", "Arjun Mehta", "arjun", "arjun", "Data Scientist", "Data", "Asia/Kolkata", "+91 99887 76655",
     "en-IN", "he/him"),
    ("fatima", "Fatima Zahra El Idrissi", "Fatima Zahra", "fatima", "Legal Counsel", "Legal",
     "Africa/Casablanca", "+212 6 12 34 56 78", "fr-FR", "she/her"),
    ("erik", "Erik Johansson", "Erik", "erik", "CTO", "Leadership", "Europe/Stockholm", "+46 73 987 65 43",
     "sv-SE", "he/him"),
    ("yuki", "Tanaka Yuki", "田中 由紀", "yuki", "Customer Support, APAC", "Support", "Asia/Tokyo",
     "+81 80-9876-5432", "ja-JP", ""),
    ("ben", "Ben Carter", "Ben", "ben.carter", "Account Executive, North America", "Sales", "America/Denver",
     "+1 (720) 555-0199", "en-US", "he/him"),
    ("ines", "Inês Carvalho", "Inês", "ines", "Office Manager, Lisbon", "People", "Europe/Lisbon",
     "+351 912 345 678", "pt-PT", "she/her"),
]
PARTNERS = [("lena", "Lena Fischer", "Lena (Acme)", "lena.fischer", "Integration Engineer", "Acme Corp"),
            ("marcus", "Marcus Hill", "Marcus Hill", "marcus", "IT Operations Lead", "Acme Corp")]

# name, kind (channel | group | ext), content category, purpose, topic
CHANNEL_TABLE = [
    ("general", "channel", "general", "Company-wide announcements and work-based matters", "All-hands Thu 16:00 CET"),
    ("random", "channel", "social", "Non-work banter and water cooler conversation", ""),
    ("engineering", "channel", "eng", "Engineering-wide questions and news", "Code freeze: none :tada:"),
    ("eng-backend", "channel", "eng", "Backend services: API, workers, databases", "Oncall: see #oncall"),
    ("eng-frontend", "channel", "eng", "Web app, design system, build tooling", ""),
    ("platform", "channel", "eng", "Kubernetes, CI/CD, observability", "Runbooks: wiki/PLAT"),
    ("data", "channel", "eng", "Warehouse, dbt, dashboards, experiments", "dbt runs nightly 02:00 UTC"),
    ("mobile", "channel", "eng", "iOS and Android apps", "5.12.1 in review"),
    ("qa", "channel", "eng", "Test plans, release testing, flaky tests", ""),
    ("deploys", "channel", "ops", "Deploy notifications and release coordination", "Deploy window Mon-Thu"),
    ("incidents", "channel", "ops", "Active incidents only. Use threads!", "No active incident"),
    ("oncall", "channel", "ops", "Oncall handoffs and pages", "This week: Kenji"),
    ("alerts-prod", "channel", "ops", "Production alerts from Datadog, Sentry and PagerDuty", ""),
    ("security", "group", "eng", "Security questions, reports and reviews", "Report phishing with the button"),
    ("sales", "channel", "sales", "Sales team chatter, wins and questions", "Q3 kickoff July 2"),
    ("sales-emea", "group", "sales", "EMEA pipeline and deals", ""),
    ("deals", "channel", "sales", "Closed won :tada:", ""),
    ("support", "channel", "support", "Customer support team", "Zendesk status: green"),
    ("support-escalations", "channel", "support", "Escalations from support to engineering", "Template pinned"),
    ("customer-success", "channel", "support", "Renewals, onboarding, QBRs", ""),
    ("marketing", "channel", "general", "Campaigns, content and events", "Webinar July 11"),
    ("design", "channel", "eng", "Design reviews and the design system", "Crit Wednesdays 15:00"),
    ("product", "channel", "general", "Roadmap, specs, feedback", ""),
    ("announcements", "channel", "general", "Official announcements (posting restricted)", ""),
    ("help-it", "channel", "general", "Laptops, accounts, access requests", "Access requests: use the form"),
    ("office-paris", "channel", "i18n", "Le bureau de Paris", "Wi-Fi : voir l'accueil"),
    ("office-berlin", "channel", "i18n", "Alles rund ums Berliner Büro", ""),
    ("team-tokyo", "channel", "i18n", "東京チーム", ""),
    ("latam", "channel", "i18n", "Equipo de LATAM", ""),
    ("social", "channel", "social", "Events, birthdays, celebrations", ""),
    ("lunch", "channel", "social", "Who's hungry?", ""),
    ("pets", "channel", "social", "Pictures of pets. That's it.", ":dog: :cat: :rabbit:"),
    ("running", "channel", "social", "Runners of Kestrel", "Sunday long run 9:00"),
    ("book-club", "channel", "social", "Monthly book club", "July: The Phoenix Project"),
    ("jeeves-feedback", "channel", "jeeves", "Feedback and ideas for the Jeeves bot", ""),
    ("proj-atlas", "group", "eng", "Project Atlas: the new checkout", "Launch target: Sept 2"),
    ("finance", "group", "general", "Finance team", ""),
    ("hiring", "group", "general", "Hiring pipeline and interview loops", ""),
    ("ext-acme-kestrel", "ext", "eng", "Shared channel between Acme Corp and Kestrel Labs", "Integration go-live"),
]

RNG_IDS = random.Random(SEED + 1)


def _rand_id(rng: random.Random, prefix: str, length: int = 10) -> str:
    return prefix + "0" + str(rng.randint(1, 7)) + "".join(rng.choice(ALNUM) for _ in range(length - 2))


PEOPLE: dict[str, dict[str, str]] = {}
for _row in PEOPLE_TABLE:
    _pk, _real, _disp, _handle, _title, _dept, _tz, _phone, _locale, _pron = _row
    PEOPLE[_pk] = {"key": _pk, "id": _rand_id(RNG_IDS, "U"), "real_name": _real, "display_name": _disp,
                    "handle": _handle, "title": _title, "dept": _dept, "tz": _tz, "phone": _phone,
                    "locale": _locale, "pronouns": _pron, "team": TEAM_ID,
                    "email": f"{_handle}@kestrel-labs.com"}
for _row2 in PARTNERS:
    _pk, _real, _disp, _handle, _title, _dept = _row2
    PEOPLE[_pk] = {"key": _pk, "id": _rand_id(RNG_IDS, "U"), "real_name": _real, "display_name": _disp,
                    "handle": _handle, "title": _title, "dept": _dept, "tz": "America/New_York", "phone": "",
                    "locale": "en-US", "pronouns": "", "team": PARTNER_TEAM, "email": f"{_handle}@acme-corp.com"}
STAFF = [k for k in PEOPLE if PEOPLE[k]["team"] == TEAM_ID]

CHANNELS: dict[str, dict[str, Any]] = {}
for _name, _kind, _cat, _purpose, _topic in CHANNEL_TABLE:
    CHANNELS[_name] = {"name": _name, "id": _rand_id(RNG_IDS, "C"), "kind": _kind, "cat": _cat,
                       "purpose": _purpose, "topic": _topic}
DMS = {k: "D" + _rand_id(RNG_IDS, "")[1:] for k in PEOPLE}  # each person's DM with Jeeves

EMOJI_UNICODE = {
    "tada": "1f389", "thumbsup": "1f44d", "+1": "1f44d", "pray": "1f64f", "rocket": "1f680", "fire": "1f525",
    "eyes": "1f440", "joy": "1f602", "heart": "2764-fe0f", "wave": "1f44b", "coffee": "2615", "sob": "1f62d",
    "white_check_mark": "2705", "rotating_light": "1f6a8", "thinking_face": "1f914", "sweat_smile": "1f605",
    "smile": "1f604", "clap": "1f44f", "muscle": "1f4aa", "grimacing": "1f62c", "point_down": "1f447",
    "facepalm": "1f926", "upside_down_face": "1f643", "beers": "1f37b", "ramen": "1f35c", "dog": "1f436",
    "cat": "1f431", "birthday": "1f382", "balloon": "1f388", "books": "1f4da", "runner": "1f3c3",
    "hot_face": "1f975", "yum": "1f60b", "sunny": "2600-fe0f", "umbrella": "2602-fe0f", "car": "1f697",
    "house_with_garden": "1f3e1", "spaghetti": "1f35d", "bento": "1f371", "cyclone": "1f300", "croissant": "1f950",
    "bar_chart": "1f4ca", "moneybag": "1f4b0", "face_with_rolling_eyes": "1f644", "see_no_evil": "1f648",
    "100": "1f4af", "raised_hands": "1f64c", "sparkles": "2728", "warning": "26a0-fe0f", "bug": "1f41b",
    "snowflake": "2744-fe0f", "rain_cloud": "1f327-fe0f", "partly_sunny": "26c5", "jigsaw": "1f9e9",
    "one": "0031-fe0f-20e3", "two": "0032-fe0f-20e3", "heavy_check_mark": "2714-fe0f", "x": "274c",
    "hourglass_flowing_sand": "23f3", "construction": "1f6a7", "calendar": "1f4c6", "wrench": "1f527",
}

# ---------------------------------------------------------------------------------------------------------------
# Places (Jeeves' weather command), written the way people type them
# ---------------------------------------------------------------------------------------------------------------
PLACES = [
    "Paris", "paris", "Berlin", "London", "London, UK", "New York", "New York, NY", "NYC", "San Francisco",
    "Stockholm", "Madrid", "Barcelona", "Lisbon", "Lisboa", "Porto", "Amsterdam", "Rotterdam", "Warsaw", "Kraków",
    "Wrocław", "Zürich", "Genève", "München", "Munich", "Köln", "Frankfurt am Main", "Hamburg", "Wien", "Vienna",
    "Praha", "Budapest", "Athens", "Thessaloniki", "Istanbul", "Ankara", "Kyiv", "Lviv", "Riga", "Tallinn",
    "Helsinki", "Oslo", "Copenhagen", "København", "Reykjavík", "Dublin", "Cork", "Edinburgh", "Manchester",
    "Tokyo", "東京", "Osaka", "大阪", "Seoul", "서울", "Busan", "Shanghai", "上海", "Beijing", "北京", "Shenzhen",
    "Hong Kong", "Singapore", "Bangkok", "กรุงเทพ", "Hà Nội", "Ho Chi Minh City", "Sài Gòn", "Jakarta", "Manila",
    "Bangalore", "Bengaluru", "Mumbai", "मुंबई", "New Delhi", "Chennai", "Pune", "Dubai", "دبي", "Abu Dhabi",
    "Tel Aviv", "תל אביב", "Cairo", "القاهرة", "Casablanca", "Lagos", "Nairobi", "Cape Town", "Johannesburg",
    "São Paulo", "Sao Paulo", "Rio de Janeiro", "Belo Horizonte", "Buenos Aires", "Córdoba, AR", "Santiago",
    "Lima", "Bogotá", "Medellín", "Ciudad de México", "Mexico City", "CDMX", "Monterrey", "Guadalajara",
    "Montréal", "Toronto", "Vancouver", "Chicago", "Denver", "Austin, TX", "Seattle", "Boston", "Miami",
    "Los Angeles", "Washington, D.C.", "St. John's", "Saint-Étienne", "Aix-en-Provence", "Lyon", "Marseille",
    "Toulouse", "Bordeaux", "Nantes", "Lille", "Strasbourg", "Halle (Saale)", "Frankfurt (Oder)", "Sydney",
    "Melbourne", "Auckland", "Москва", "Санкт-Петербург", "Αθήνα", "Ürümqi", "Tromsø", "Malmö", "Göteborg",
    "Bratislava", "Ljubljana", "Zagreb", "Beograd", "Sofia, Bulgaria", "Bucuresti", "Vilnius", "Gdańsk",
    "Łódź", "Poznań", "Île-de-France", "Llanfairpwllgwyngyll", "Truth or Consequences, NM", "Saint-Denis, Réunion",
    "Nuuk", "Ushuaia", "Honolulu", "Anchorage", "75001", "10115 Berlin", "94107", "SW1A 1AA", "2000 Antwerpen",
]

# ---------------------------------------------------------------------------------------------------------------
# What people write. Markup rendered into Slack's text and rich_text: {@key} a mention ({@} anyone, {@bot}
# Jeeves), {#name} a channel, {!here}, [label](url) or a bare URL, e-mail addresses, :emoji:, `code`, *bold*,
# _italic_, ~strike~; ``` fences, "> " quotes, "- " bullets and "1. " numbered lists on their own lines.
# ---------------------------------------------------------------------------------------------------------------
ENG = [
    """Anyone else seeing this on staging since this morning? :thinking_face:
```
Traceback (most recent call last):
  File "/srv/app/billing/tasks.py", line 214, in sync_invoices
    invoice = client.invoices.retrieve(invoice_id, expand=["lines"])
  File "/srv/venv/lib/python3.11/site-packages/stripe/api_resources/abstract/api_resource.py", line 19, in retrieve
    instance.refresh()
  File "/srv/venv/lib/python3.11/site-packages/stripe/api_requestor.py", line 403, in handle_error_response
    raise err
stripe.error.RateLimitError: Request rate limit exceeded. Please retry after a few seconds.
```
I think the new backfill job is hammering the API, it runs every minute instead of every hour""",
    """PSA: if your local db is acting weird after pulling main, run the migrations again:
```
$ make db-reset
$ alembic upgrade head
$ psql -h localhost -U app -d app_dev -c "select count(*) from accounts;"
```
the `0042_split_addresses` migration moved billing addresses into their own table""",
    """Here's the query I used for the churn numbers, feel free to double check {@arjun}
```
WITH last_activity AS (
    SELECT account_id, max(created_at) AS last_seen
    FROM events
    WHERE created_at >= date_trunc('month', now()) - interval '3 months'
    GROUP BY account_id
)
SELECT a.plan, count(*) AS accounts,
       count(*) FILTER (WHERE la.last_seen < now() - interval '30 days') AS inactive
FROM accounts a
LEFT JOIN last_activity la ON la.account_id = a.id
WHERE a.deleted_at IS NULL
GROUP BY a.plan
ORDER BY accounts DESC;
```
Enterprise looks fine, it's mostly the Starter plan""",
    """The order service is throwing NPEs after the 3.8 upgrade:
```
java.lang.NullPointerException: Cannot invoke "com.kestrel.orders.model.Address.getCountry()" because \
"shipping" is null
\tat com.kestrel.orders.service.TaxCalculator.rateFor(TaxCalculator.java:88)
\tat com.kestrel.orders.service.OrderService.checkout(OrderService.java:231)
\tat com.kestrel.orders.api.OrderController.checkout(OrderController.java:64)
\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
```
Only for digital-only orders I think, they have no shipping address""",
    """Sentry is full of this one since the release :upside_down_face:
```
TypeError: Cannot read properties of undefined (reading 'map')
    at OrderList (webpack-internal:///./src/components/OrderList.tsx:42:27)
    at renderWithHooks (react-dom.development.js:16305:18)
    at mountIndeterminateComponent (react-dom.development.js:20074:13)
```
`orders` is undefined while the query is loading, we need a `?? []` there""",
    """```
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b1c3a]

goroutine 147 [running]:
github.com/kestrel-labs/ingest/internal/queue.(*Consumer).ack(0x0, {0xc0004a2f00, 0x24})
\t/build/internal/queue/consumer.go:118 +0x3a
github.com/kestrel-labs/ingest/internal/queue.(*Consumer).Run.func1()
\t/build/internal/queue/consumer.go:76 +0x1c5
```
ingest-worker crashlooping in eu-west-1, looking""",
    """`kubectl get pods -n payments` shows the new pods stuck:
```
NAME                          READY   STATUS             RESTARTS      AGE
payments-api-7d9f8b6c4-2xkqp  0/1     CrashLoopBackOff   6 (2m ago)    11m
payments-api-7d9f8b6c4-8hz5t  0/1     CrashLoopBackOff   6 (3m ago)    11m
payments-api-5c6d7e8f9-qw4rt  1/1     Running            0             2d
```
logs say `FATAL: password authentication failed for user "payments"`, did someone rotate the db secret?""",
    """Proposed CI change, caching the pip deps cuts ~4 min per run:
```
- name: Set up Python
  uses: actions/setup-python@v5
  with:
    python-version: "3.11"
    cache: pip
    cache-dependency-path: requirements.lock
- name: Install
  run: pip install -r requirements.lock
- name: Test
  run: pytest -q -n auto --maxfail=5
```""",
    """For the record, this is what fixed the websocket disconnects behind the LB:
```
location /ws/ {
    proxy_pass http://realtime_upstream;
    proxy_http_version 1.1;
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection "upgrade";
    proxy_read_timeout 3600s;
}
```
default read timeout is 60s so idle sockets were dropped every minute""",
    """The webhook payload from the partner looks like this, note `amount` is a string :facepalm:
```
{
  "event": "payment.succeeded",
  "data": {
    "id": "pay_8Kx2LmQ9",
    "amount": "129.90",
    "currency": "EUR",
    "customer": {"email": "j.moreau@example.fr", "country": "FR"},
    "metadata": {"order_id": "ORD-2024-118273"}
  },
  "created_at": "2024-06-21T09:14:03Z"
}
```""",
    """terraform plan for the new bucket, can I get a :thumbsup: before I apply?
```
  # aws_s3_bucket.exports will be created
  + resource "aws_s3_bucket" "exports" {
      + bucket        = "kestrel-prod-exports"
      + force_destroy = false
      + tags          = {
          + "team" = "data"
        }
    }

Plan: 3 to add, 0 to change, 0 to destroy.
```""",
    """how do I undo a pushed commit without rewriting history? I did `git revert HEAD` but it says
> error: commit 4f1a2b3 is a merge but no -m option was given.""",
    """`git revert -m 1 4f1a2b3` — 1 is the mainline parent, usually the branch you merged into""",
    """`docker compose up` fails on the M2 macs:
```
 ! db The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8)
```
add `platform: linux/amd64` under the db service or use the arm image `postgis/postgis:16-3.4`""",
    """quick one-liner to find the biggest log files on the box:
```
sudo du -ah /var/log | sort -rh | head -n 20
```
and to clean old journal entries: `sudo journalctl --vacuum-time=7d`""",
    """Repro for the 415 bug:
```
curl -sS -X POST https://api.staging.kestrel-labs.com/v2/orders \\
  -H "Authorization: Bearer $STAGING_TOKEN" \\
  -H "Content-Type: application/json; charset=utf-8" \\
  -d '{"sku": "KL-2210", "quantity": 2, "coupon": "SUMMER24"}'
```
without `; charset=utf-8` it works. The content-type check compares the whole header :sweat_smile:""",
    """the email validation regex on signup rejects plus addresses: `^[a-zA-Z0-9._-]+@[a-zA-Z0-9.-]+\\.[a-z]{2,}$`
customers with `name+tag@gmail.com` can't sign up. Can we just use the `email-validator` lib instead?""",
    """What do you think of this for the retry helper?
```
def with_retries(fn, attempts=3, base_delay=0.5):
    for attempt in range(1, attempts + 1):
        try:
            return fn()
        except (ConnectionError, TimeoutError) as exc:
            if attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1)
            log.warning("retrying", attempt=attempt, delay=delay, error=str(exc))
            time.sleep(delay)
```
I know tenacity exists but it's one function""",
    """p99 latency on `/v2/search` went from 180ms to 1.4s after yesterday's deploy. EXPLAIN shows a seq scan:
```
Seq Scan on products  (cost=0.00..48213.12 rows=1204 width=312) (actual time=0.041..912.554 rows=1187 loops=1)
  Filter: ((lower(name) ~~ '%drill%'::text) AND (archived = false))
  Rows Removed by Filter: 1093220
Planning Time: 0.211 ms
Execution Time: 913.012 ms
```
the trigram index got dropped in the migration, I'll add it back:
`CREATE INDEX CONCURRENTLY products_name_trgm ON products USING gin (lower(name) gin_trgm_ops);`""",
    """the modal close button is invisible in dark mode, it's because of this:
```
.modal-header button.close {
  color: #000;
  opacity: .5;
}
```
should use `var(--text-muted)` like everything else""",
    """The invite email renders the button wrong in Outlook. Outlook needs the VML fallback:
```
<!--[if mso]>
<v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="https://app.kestrel-labs.com/invite?code={{code}}" \
style="height:40px;v-text-anchor:middle;width:200px;" arcsize="10%" fillcolor="#3b5bdb">
<center style="color:#ffffff;font-family:sans-serif;font-size:14px;">Accept invite</center>
</v:roundrect>
<![endif]-->
```""",
    """seeing lots of these in the gateway logs, anyone know what's calling with an expired token?
```
2024-06-24T08:12:44.913Z WARN  auth  token expired sub=svc-reporting aud=api exp=1719216000 \
path=/v2/reports/export?format=csv&from=2024-06-01
2024-06-24T08:12:45.102Z WARN  auth  token expired sub=svc-reporting aud=api exp=1719216000 \
path=/v2/reports/export?format=csv&from=2024-06-01
```""",
    """dbt run failed on `fct_orders`:
```
Database Error in model fct_orders (models/marts/fct_orders.sql)
  division by zero
  compiled Code at target/run/analytics/models/marts/fct_orders.sql
```
it's the `avg_item_price` column, `total / nullif(items, 0)` should do it""",
    """Reminder: never paste real customer data or secrets in Slack. If you accidentally do, delete the message and \
ping {#security}. For sharing credentials use 1Password: \
[How to share a vault item](https://kestrel-labs.atlassian.net/wiki/spaces/SEC/pages/48213/Sharing+secrets)""",
    """Dependabot flagged `jinja2 < 3.1.4` (CVE-2024-34064, the xmlattr filter accepts keys with spaces). We don't \
use `xmlattr` anywhere as far as I can tell (`rg -n "xmlattr" .` returns nothing), but I'll bump it anyway in \
[#1877](https://github.com/kestrel-labs/api/pull/1877)""",
    """pentest report is in, 2 mediums and a low:
1. Reflected input in the `redirect` param of `/login` (no script execution thanks to the CSP, but still)
2. Session cookie missing `SameSite` on the legacy admin
3. Verbose error pages on staging showing stack traces
Fixes are tracked in SEC-311..SEC-313""",
    """iOS build is failing on CI with `error: No such module 'FirebaseCore'` after the pod update. Running \
`pod deintegrate && pod install --repo-update` locally fixed it for me, trying the same on the runner""",
    """`cargo clippy` is yelling about `needless_borrow` everywhere after the toolchain bump to 1.79, I'm going to fix \
them in one PR instead of sprinkling `#[allow(clippy::needless_borrow)]`""",
    """The installer fails for customers with a space in their username: \
`C:\\Users\\Jean Pierre\\AppData\\Local\\Kestrel\\agent.exe` - we're not quoting the path in the service \
registration""",
    """For local dev you need these in `.env` (dummy values are fine):
```
DATABASE_URL=postgresql://app:app@localhost:5432/app_dev
REDIS_URL=redis://localhost:6379/0
STRIPE_API_KEY=sk_test_replace_me
FEATURE_FLAGS=new_checkout,dark_mode
LOG_LEVEL=debug
```""",
    """the cleanup cron is `15 3 * * * /opt/jobs/cleanup.sh >> /var/log/cleanup.log 2>&1`, so it runs at 03:15 UTC, \
which is right in the middle of the APAC business day :grimacing:""",
    """`redis-cli --bigkeys` on prod cache: biggest hash is `session:index` with 2.1M fields. That's the leak. \
Sessions are never removed from the index on logout""",
    """Is there a reason we use `SELECT ... FOR UPDATE SKIP LOCKED` in the job queue instead of advisory locks? Just \
curious, reading through `jobs.py`""",
    """mypy complains `Incompatible types in assignment (expression has type "str | None", variable has type "str")` \
on line 88, the `.get()` can return None — just add a default""",
    """```
df = pd.read_parquet("s3://kestrel-analytics/events/2024/06/")
daily = (df[df.event == "checkout_completed"]
         .groupby(df.ts.dt.date)["revenue_eur"].sum()
         .rolling(7).mean())
daily.plot(title="7-day avg revenue")
```
chart in the thread :point_down:""",
    """The API returns `422 Unprocessable Entity` with
```
{"detail":[{"loc":["body","items",0,"quantity"],"msg":"ensure this value is greater than 0",\
"type":"value_error.number.not_gt"}]}
```
when quantity is 0 — that's correct, the mobile app shouldn't send it""",
    """Found the bug in the legacy invoice PDF generator:
```
$total = $row['amount'] * $row['qty'];
echo number_format($total, 2, ',', '.');
```
it formats with the German locale for everyone. Swiss customers get `1.234,50` instead of `1'234.50`""",
    """```
ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
defer cancel()
if err := db.PingContext(ctx); err != nil {
    http.Error(w, "db unavailable", http.StatusServiceUnavailable)
    return
}
```
that's all the readiness probe needs, not the full query""",
    """the search query DSL we use for autocomplete:
```
{
  "query": {
    "bool": {
      "must": [{"match_phrase_prefix": {"name": {"query": "bosch dri", "max_expansions": 20}}}],
      "filter": [{"term": {"archived": false}}, {"range": {"stock": {"gt": 0}}}]
    }
  },
  "size": 8
}
```""",
    """Alert threshold should be `error_rate > 2%` for 5 min, not `>= 0.5%`, it fires on every deploy""",
    """```
for f in exports/*.csv; do
  gzip -9 "$f" && aws s3 cp "$f.gz" s3://kestrel-prod-exports/2024-06/ --sse aws:kms
done
```""",
    """```
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY requirements.lock .
RUN pip install -r requirements.lock
COPY . .
USER 10001
CMD ["gunicorn", "app.wsgi:application", "-w", "4", "-b", "0.0.0.0:8000"]
```
the image is down from 1.2GB to 310MB with slim + no cache""",
    """consumer lag on `orders.v1` is at 48k and climbing, partition 7 is stuck. \
`kafka-consumer-groups --bootstrap-server kafka-1:9092 --describe --group fulfillment` shows no owner for it""",
    """PromQL for the error-rate panel: \
`sum(rate(http_requests_total{job="api",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="api"}[5m]))`""",
    """Heads up: tonight at 22:00 CET I'm running the migration that drops the old `legacy_sessions` table \
(`DROP TABLE IF EXISTS legacy_sessions;`). We've been writing to `sessions` only since April. Backup is at \
`s3://kestrel-db-backups/2024-06-24/legacy_sessions.dump`""",
    """the bank's SOAP API returns this when the IBAN has spaces:
```
<soap:Fault>
  <faultcode>soap:Client</faultcode>
  <faultstring>Invalid IBAN format</faultstring>
</soap:Fault>
```
strip whitespace before sending""",
    """`application.yml` for the new inventory service:
```
spring:
  datasource:
    url: jdbc:postgresql://db.internal:5432/inventory
    hikari:
      maximum-pool-size: 20
  jpa:
    open-in-view: false
server:
  port: 8080
management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
```""",
    """`npm ci` fails with `ERESOLVE unable to resolve dependency tree` — react 18 vs `react-beautiful-dnd` peer dep. \
`--legacy-peer-deps` works but let's migrate to `@hello-pangea/dnd`""",
    """```
$ systemctl status kestrel-agent
● kestrel-agent.service - Kestrel monitoring agent
     Loaded: loaded (/etc/systemd/system/kestrel-agent.service; enabled; vendor preset: enabled)
     Active: failed (Result: exit-code) since Mon 2024-06-24 07:02:11 UTC; 3min ago
    Process: 18211 ExecStart=/usr/local/bin/kestrel-agent --config /etc/kestrel/agent.toml \
(code=exited, status=1/FAILURE)
```
config file permissions, fixed with \
`chmod 640 /etc/kestrel/agent.toml && chown root:kestrel /etc/kestrel/agent.toml`""",
    """can't ssh into the bastion: `Permission denied (publickey)`. Did the key rotation happen? I'm using \
`ssh -i ~/.ssh/id_ed25519 maya@bastion.eu.kestrel-labs.com`""",
    """TIL you can do `git log -S "apply_discount" --oneline` to find the commit that added or removed a string. \
Found who deleted the VAT rounding in 2 seconds :male-detective:""",
    """Flaky test of the week: `test_webhook_retries_with_backoff` fails ~1 in 20 runs on CI. It sleeps 0.1s and \
expects exactly 3 attempts. Replacing the sleep with a fake clock in [#1902](https://github.com/kestrel-labs/api/pull/1902)""",
    """Quick poll: tabs or spaces in the new Makefile? (Trick question, Make requires tabs :upside_down_face:)""",
    """The `/healthz` endpoint returns 200 even when Redis is down. Is that on purpose? k8s keeps sending traffic to \
pods that can't serve sessions""",
    """Can someone explain why this returns 3 rows instead of 1?
```
SELECT u.email, count(o.id)
FROM users u
LEFT JOIN orders o ON o.user_id = u.id AND o.status = 'paid'
WHERE u.email = 'support+test@kestrel-labs.com'
GROUP BY u.email, o.status;
```
oh wait, grouping by `o.status` :facepalm: never mind""",
    """Our Lighthouse score on the pricing page dropped to 61 :chart_with_downwards_trend: the hero image is a 2.4MB \
PNG. Converting to AVIF with `<picture>` and a WebP fallback gets us back to 94""",
    """Rolling out the new feature flag service. In code it's just:
```
if flags.enabled("new_checkout", user=user, default=False):
    return render_new_checkout(cart)
return render_legacy_checkout(cart)
```
flags are cached for 30s per pod, so toggles take up to 30s to apply""",
    """Wrote down how our release branches work since people keep asking:
- `main` is always deployable, every merge goes to staging automatically
- release tags are cut from `main` on Mondays: `git tag -a v5.13.0 -m "Release 5.13.0"`
- hotfixes branch off the tag, get cherry-picked back to `main`
- mobile releases follow the web tag + 1 day for store review
Full version: [Release process](https://kestrel-labs.atlassian.net/wiki/spaces/ENG/pages/7781/Release+process)""",
    """anyone know why `pip install psycopg2` fails on the new runners?
```
Error: pg_config executable not found.

pg_config is required to build psycopg2 from source.  Please add the directory
containing pg_config to the $PATH or specify the full executable path with the option:

    python setup.py build_ext --pg-config /path/to/pg_config build ...
```
should we just switch to `psycopg2-binary` for CI or install `libpq-dev`?""",
    """Design review for the new onboarding flow is Wednesday 15:00 in {#design}. Figma: \
https://www.figma.com/file/Qm3xT8pLk2ZvN9wR/Onboarding-v3?type=design&node-id=1204-3381&mode=design""",
    """Storybook is deployed for every PR now: `https://storybook-pr-2291.preview.kestrel-labs.com`. The link shows \
up as a check on the PR""",
    """the date picker shows 30/06/2024 as 6/30/2024 for users with `en-GB` — we're formatting with \
`toLocaleDateString()` without passing the user's locale. `new Intl.DateTimeFormat(user.locale, {dateStyle: \
"medium"})` fixes it""",
    """```
Exception in thread "main" org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique \
constraint "customers_email_key"
  Detail: Key (email)=(billing@northwind.example) already exists.
\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)
\tat com.kestrel.crm.importer.CsvImporter.importRow(CsvImporter.java:155)
```
the CRM import doesn't upsert, so re-running the import after a failure blows up""",
]

OPS = [
    """:rotating_light: *INC-2041* — Elevated 5xx on checkout (EU)
*Status:* investigating
*Impact:* ~8% of checkout requests failing since 14:02 CEST
*Commander:* {@priya} *Comms:* {@sofia}
Updates in this thread, customer-facing status at [status.kestrel-labs.com](https://status.kestrel-labs.com/incidents/2041)""",
    """Update 14:31: root cause found, the payment provider rotated their TLS intermediate and our pinned bundle \
didn't have it. Rolled back the pinning change, error rate back to 0.1%. Monitoring for 30 min before resolving.""",
    """{!here} we're doing the Postgres minor upgrade (15.6 → 15.7) on `db-eu-1` tonight 23:00–23:30 CET. Expect \
~30s of read-only mode during failover.""",
    """Oncall handoff :wave:
- 2 pages overnight, both `DiskSpaceLow` on `log-3`, cleared by logrotate
- `ingest-worker` OOMKilled once at 04:12, memory limit bumped to 1Gi in [#612](https://github.com/kestrel-labs/infra/pull/612)
- nothing open, {@kenji} you're up""",
    """Postmortem for INC-2033 is up for review: \
[Postmortem: search outage 2024-06-18](https://docs.google.com/document/d/1Zp4Xq7vR2mTn8KbWcYdLsEf3GhJ9uA0/edit). \
Blameless as usual, comments by Friday please :pray:""",
    """Certificate for `api.kestrel-labs.com` expires in 14 days. cert-manager should renew at 30 days remaining, so \
it's been failing silently. `kubectl describe certificate api-tls -n ingress` says \
`Issuing certificate as Secret does not exist`""",
    """Who owns the `legacy-cron` box? It's at 97% disk and I'd like to delete \
`/var/backups/old/*.tar.gz` (from 2021)""",
    """AWS bill alert: NAT gateway data processing is up 3x this month. Most of it is the new ETL pulling from S3 \
through the NAT — we need a VPC endpoint for S3""",
    """Status page draft:
> We are investigating reports of delayed email notifications. Messages are queued and will be delivered; no data \
has been lost. Next update in 30 minutes.""",
    """resolved :white_check_mark: total impact 47 min, 1,312 failed checkouts (customers saw a retry button, most \
retried successfully). Follow-ups in the INC-2041 doc""",
    """Deploying `api` v2.41.3 to prod :rocket: changes: [v2.41.2...v2.41.3](https://github.com/kestrel-labs/api/compare/v2.41.2...v2.41.3)""",
    """Deploy freeze from Friday 18:00 until Monday 09:00 for the marketing launch. Hotfixes only, ping {@erik} \
or {@ravi} for approval""",
    """Rollback done, `web` is back on 5.12.0. The 5.12.1 bundle had a bad source map upload that broke Sentry \
grouping, nothing user-facing""",
    """Backups check for June :white_check_mark: restored last night's snapshot of `db-eu-1` into `restore-test`, \
row counts match within 0.01%, took 41 min""",
    """Paging is flapping for `QueueDepthHigh` on `emails` — threshold is 1000 messages for 5 min but the newsletter \
batch pushes 20k at once. Muting until 10:00 and I'll add a schedule-aware threshold""",
    """Anyone know why `prometheus-0` restarted 14 times today? `kubectl logs prometheus-0 -c prometheus --previous` \
shows `opening storage failed: open /prometheus/wal/00004211: no space left on device`""",
    """DNS change for `status.kestrel-labs.com` is live: `CNAME status.kestrel-labs.com -> kestrel.statuspage.io`, TTL \
300. `dig +short status.kestrel-labs.com` should show it everywhere within 5 min""",
    """The 502s on the admin panel were the ingress timing out on the CSV export (60s). Moved the export to a \
background job that emails a link, see [#1931](https://github.com/kestrel-labs/api/pull/1931)""",
]

SALES = [
    """:tada: Closed won: *Brightwater Logistics* — 250 seats, annual, €84,000 ARR. Huge thanks to {@ahmed} for the \
security questionnaire marathon and {@oksana} for turning the contract around in a day!""",
    """Anyone have a customer reference in retail in DACH? Prospect (Hauser & Söhne GmbH) wants to speak to someone \
using the inventory module""",
    """Q3 pipeline review is moved to Thursday 10:00 CET. Please update your opps in Salesforce before then — next \
step + close date at minimum""",
    """Pricing question: a prospect wants monthly billing on the Business plan but with the annual discount. I said \
no, but they're at 180 seats… {@olivier} thoughts?""",
    """Notes from the call with Northwind Traders:
- using a homegrown tool + spreadsheets, ~40 users
- pain: no audit trail, approvals by email
- budget approved for Q4, decision maker is the COO (Jessica Tran)
- next step: demo for the ops team on the 3rd, {@hannah} can you join for the workflow builder part?""",
    """Won't make my quota this month :sob: two deals slipped to July because of their procurement. Both verbal yes \
though""",
    """{@jordan} great job on the outbound sequence, 14% reply rate is the best we've had :fire:""",
    """Can someone from legal review this redline? They want to change the liability cap to "12 months of fees paid \
or $1,000,000, whichever is greater". {@fatima}""",
    """Demo environment is broken again :face_with_rolling_eyes: login at https://demo.kestrel-labs.com gives a 502. \
Have a demo with Contoso in 40 min""",
    """Forecast for June: commit €412k, best case €530k. The big one is Globex (€120k), legal review in progress""",
    """New lead from the webinar: Marta Kowalczyk, Head of Operations at Vistula Freight, \
marta.kowalczyk@vistula-freight.pl — asked about SSO and SCIM. Booking a discovery call""",
    """FYI the price increase for the Starter plan goes live July 1st: $12 → $15 per user/month for new customers. \
Existing customers keep their price until renewal""",
    """Who has the latest version of the security whitepaper? The one on the website still says SOC 2 Type I""",
    """Lost Initech to a competitor :broken_heart: their reason: "cheaper and already integrated with our ERP". \
Logging it in the win/loss sheet""",
    """Renewal alert: Umbrella Health (€56k) renews Aug 1, usage is down 30% since their reorg. {@ana} can we get a \
QBR in before mid-July?""",
    """Reminder: discounts over 20% need approval in the deal desk channel *before* you send the quote, not after \
:pray:""",
    """Does anyone have a good answer for "how do you compare to spreadsheets + Zapier"? Third time this week""",
    """Conference recap (Logistics Expo, Rotterdam): 112 badge scans, 18 qualified, 4 meetings booked. The QR code \
on the stand linked to https://kestrel-labs.com/expo?utm_source=expo&utm_medium=booth&utm_campaign=logistics24""",
]

SUPPORT = [
    """Customer (Acme Retail, ticket #48213) says exports are empty since yesterday. They sent this:
> When I click Export → CSV on the Orders page, I get a file with only the header row. Date range is 01/06/2024 - \
30/06/2024.
Looks like the date parsing issue again? The range is in DD/MM/YYYY""",
    """Escalating #48377: customer can't log in with SSO, error `SAML response signature is invalid`. They rotated \
their IdP cert this morning. {@noa} can you help them upload the new one?""",
    """Macro for the password reset question, feel free to edit:
> Hi {{first_name}}, you can reset your password from the login page by clicking "Forgot password?". If the email \
doesn't arrive within 5 minutes, check your spam folder or reply here and we'll send it manually.""",
    """A customer reports the mobile app crashes when they open a PDF attachment on Android 14. Device: Pixel 7, app \
version 5.12.1. Repro steps in the ticket: https://kestrel.zendesk.com/agent/tickets/48402""",
    """CSAT this week 94% :muscle: 212 tickets solved, median first response 38 min""",
    """Weird one: customer says the invoice shows `&amp;` instead of `&` in their company name ("Smith &amp; Sons"). \
We're double-escaping somewhere in the PDF template""",
    """Customer asked if we can delete all their data (GDPR Art. 17). Process is in \
[Data deletion requests](https://kestrel-labs.atlassian.net/wiki/spaces/SUP/pages/9912/Data+deletion), right? Need a \
second approver {@fatima}""",
    """Reply from the customer on #48213:
> Thanks for the quick fix!! Exports work again. One more thing: can we schedule them weekly to our SFTP server \
(sftp.acme-retail.com, folder /incoming/kestrel)?
Do we support SFTP destinations? I thought only S3 and email""",
    """API question from a customer: "Why does `GET /v2/orders?status=open&limit=500` return only 100 results?" — max \
page size is 100, they need to follow `next_cursor`. Adding this to the docs FAQ""",
    """Customer is upset because they were charged twice. Stripe shows one charge and one authorization that was \
voided, it'll disappear from their statement in 5-7 days. Sent them the explanation, keep an eye on #48455""",
    """Is anyone else getting "Something went wrong" when merging tickets in Zendesk? Started after lunch""",
    """User feedback: "The new dashboard is great but I can't find where to change the date format to DD.MM.YYYY". \
It's under Settings → Regional, but it's not obvious. {@hannah} fyi""",
    """Customer sent a screenshot of the error, it says:
> Error 429: Too Many Requests. Retry after 60 seconds. (request id: 7f3c2a9e-4b1d-4e8f-9a6b-2c5d8e1f0a3b)
They're polling `/v2/inventory` every second from 40 stores. Suggested webhooks instead""",
    """Ticket from a user in Japan: the PDF invoices show boxes instead of the company name (株式会社サクラ物流). We \
need a CJK font in the PDF renderer""",
    """New KB article: [Connecting Kestrel to Microsoft Entra ID (SAML)](https://help.kestrel-labs.com/hc/en-us/\
articles/8812345-Connecting-Kestrel-to-Microsoft-Entra-ID-SAML) — {@sofia} {@elena} please use it instead of the \
old Azure AD one""",
    """Customer wants to know what IPs our webhooks come from so they can allowlist them. Is \
https://kestrel-labs.com/.well-known/webhook-ips.json still up to date?""",
    """Backlog is at 143 open tickets, 31 of them waiting on engineering. Top 3 themes: CSV export encoding (12), \
SSO setup (9), mobile push notifications on iOS 17 (6)""",
    """Customer replied "this is unacceptable!!!" to the auto-reply. Taking it, it's the same account from yesterday \
(Globex, billing issue)""",
]

SOCIAL = [
    "Happy Friday everyone :tada: :beers:",
    "Who's up for lunch at the ramen place at 12:30? :ramen:",
    "Coffee machine on the 3rd floor is fixed :coffee: :pray:",
    "Meet Biscuit :dog: our new 10-week-old golden retriever. He has already eaten one (1) shoe",
    "Happy birthday {@sam}!! :birthday: :balloon: cake in the kitchen at 3",
    """Book club: next month we're reading *The Phoenix Project*. Meeting on the 15th, 17:30, room Fjord (and on \
Zoom for remote folks) :books:""",
    "Anyone running the 10k on Sunday? :runner: I'm aiming for sub-50 min",
    "It's 35°C in the office, the AC is dead :hot_face: working from the café downstairs",
    "Congrats {@mateo} on your first merged PR! :rocket: :clap:",
    """Lost & found: black umbrella, a Kindle and a single AirPod (left) at reception. Claim them by Friday or they \
go to the donation box :umbrella:""",
    "lol :joy: this is exactly our deploy process https://xkcd.com/1319/",
    """Reminder: the offsite photo album is here [Offsite Lisbon 2024](https://photos.app.goo.gl/Xy8bQp2ZkT7mNvR4A) \
— add yours!""",
    "Who left a whole cheesecake in the fridge with a note \"don't eat\"? asking for a friend :eyes:",
    "Today's lunch menu: lasagna, veggie curry, salad bar. Dessert: tiramisu :yum:",
    "Thanks everyone for the kind words and the flowers :heart: back on Monday",
    "Welcome to the team {@mateo}! :wave: He joins Platform as an intern from Buenos Aires",
    "Guess who finally finished the 1000-piece puzzle in the break room :jigsaw: "
    "(it was {@jisoo}, it's always {@jisoo})",
    "Parking lot will be closed Thursday for repainting :car: please use the garage on Rue de la Roquette",
    "Movie night Friday: we're voting between Dune Part Two and Inside Out 2, react with :one: or :two:",
    "my cat just walked across my keyboard during a customer call and typed `;;;;;;;;;;;;;;llllllll` in the chat :cat:",
    "Sunday long run: 18 km along the river, 5:45/km, anyone joining? Meet at the bridge at 9 :runner:",
    "Pic from the team dinner last night :heart: thanks {@ines} for organising!",
    "Is it normal that the office plant has grown a mushroom? :mushroom:",
    "Free bagels in the kitchen :bagel: first come first served",
    "100 days at Kestrel today :100: time flies",
    "Anyone want to split a Costco run for the snack cupboard? :shopping_trolley:",
    "just saw {@erik} parallel park a cargo bike with a kid and a Christmas tree in it. respect :clap:",
    "the new espresso machine has a \"barista mode\" and I have questions :coffee: :thinking_face:",
    "Recommendations for a podcast for a 6-hour drive? No true crime please :car:",
    "Congratulations to {@aisha} and {@jan} on their promotions! :tada: :sparkles:",
]

GENERAL = [
    """{!channel} *All-hands* is on Thursday at 16:00 CET in the big room and on Zoom. Agenda:
1. H1 results
2. New office in Lisbon
3. Q&A (send questions anonymously here: https://forms.gle/Kq3Pz8Xn2RtW7)
See you there! :wave:""",
    """Our Berlin office will be closed on Monday (public holiday). Support coverage is handled by the Lisbon and \
Mexico City teams""",
    """New expense policy is live: receipts over €25 need a photo in Pleo within 7 days. Details: \
[Expense policy v3](https://kestrel-labs.atlassian.net/wiki/spaces/HR/pages/1201/Expense+policy)""",
    """Open enrollment for benefits closes on the 30th. If you want to add a dependent to the health plan, do it in \
Personio before then.""",
    """Phishing test results are in. 6% clicked, 2% entered credentials :grimacing: If an email asks you to "verify \
your account", report it with the Phish Alert button""",
    """To whoever is asking: the guest Wi-Fi is `Kestrel-Guest`, the password changes weekly and is on the screen at \
reception. Please don't put work laptops on it""",
    """My laptop says "Your IT administrator has limited some settings" when I try to install Homebrew. Is there a \
request form?""",
    """We're hiring! Senior Backend Engineer (Python/Go), remote in EU. Referral bonus is €3,000 :moneybag: \
https://kestrel-labs.com/careers/senior-backend-engineer""",
    """Webinar "Inventory forecasting without the spreadsheets" on July 11, 17:00 CEST. Please share with your \
network: https://kestrel-labs.com/webinars/forecasting?utm_source=slack&utm_medium=internal""",
    """Product update: scheduled exports are in beta for Business customers :sparkles: Feedback in {#product} please""",
    """Does anyone know how to book the big meeting room for an external event? The calendar says "no permission\"""",
    """Friendly reminder to submit your June timesheets by Friday EOD, otherwise payroll gets delayed for everyone \
:pray:""",
    """Interview loop for the Staff Engineer candidate on Thursday: 10:00 system design ({@maya}), 11:30 coding \
({@dmitri}), 14:00 values ({@kasia}). Scorecards in Greenhouse within 24h please""",
    """The Lisbon office lease is signed! :flag-pt: 40 desks, opening in October. {@ines} is running the move""",
]

I18N = [
    "Bonjour à tous ! Petit rappel : la réunion d'équipe est décalée à 14h demain. "
    "Merci de mettre à jour vos tickets :pray:",
    """Est-ce que quelqu'un sait pourquoi l'export CSV casse les accents ? « Société Générale » devient \
« Soci?t? G?n?rale ». Je pense que c'est l'encodage (UTF-8 vs Windows-1252)""",
    "Le client veut une démo vendredi à 10h, qui est dispo ? {@olivier} tu peux gérer la partie commerciale ?",
    """J'ai mis à jour la doc d'installation : [Guide d'installation](https://docs.kestrel-labs.com/fr/installation). \
N'hésitez pas si quelque chose n'est pas clair""",
    "C'est l'anniversaire de {@chloe} aujourd'hui ! :tada: Gâteau à 16h dans la cuisine",
    """Pour ceux qui ont le problème de certificat en local :
```
export NODE_EXTRA_CA_CERTS="$(mkcert -CAROOT)/rootCA.pem"
npm run dev
```
ça marche chez moi""",
    "Kurze Frage: Hat jemand Erfahrung mit der DATEV-Schnittstelle? Der Kunde will die Rechnungen im DATEV-Format",
    "Ich bin heute ab 15 Uhr beim Arzt, bei dringenden Sachen bitte {@lukas} anpingen",
    "Das Deployment auf Produktion ist durch :white_check_mark: Bitte schaut kurz, ob bei euch alles läuft",
    "Die Straßenbahn streikt morgen wieder, ich arbeite von zu Hause :house_with_garden:",
    """Kann jemand diese Abfrage prüfen? Sie liefert doppelte Zeilen:
```
SELECT k.name, r.betrag
FROM kunden k
JOIN rechnungen r ON r.kunde_id = k.id
WHERE r.datum >= '2024-01-01';
```""",
    "¡Buenos días! ¿Alguien puede revisar el ticket del cliente de Monterrey? "
    "No pueden descargar las facturas desde ayer",
    "Recordatorio: mañana es feriado en México, el equipo de soporte de CDMX no estará disponible",
    "¿Qué tal si hacemos la retro el jueves a las 11? El miércoles tengo demo con un cliente",
    "Me voy de vacaciones dos semanas :palm_tree: {@sofia} queda a cargo de las escalaciones. ¡Nos vemos!",
    """Bom dia, pessoal! O cliente da Natura pediu uma reunião para revisar o contrato de renovação. Alguém pode me \
ajudar com os números de uso?""",
    "Alguém sabe como gerar a nota fiscal para clientes no Brasil? O financeiro está pedindo o CNPJ no cadastro",
    "Ciao a tutti! Qualcuno ha il link alla presentazione di ieri? Non la trovo nel Drive",
    "Oggi pranzo di squadra alle 13:00 in trattoria, chi viene? :spaghetti:",
    "Goedemorgen! Ik heb de release notes voor 5.12 klaargezet, kan iemand even meelezen voordat ik ze publiceer?",
    "Cześć! Mamy nowego kandydata na Backend Engineera, rozmowa techniczna w czwartek o 14:00. Kto może dołączyć?",
    """Коллеги, кто-нибудь сталкивался с ошибкой `too many connections` на реплике? Похоже, pgbouncer не \
переиспользует соединения""",
    "Всем привет! Завтра я в отпуске, по срочным вопросам пишите {@aisha}",
    "Доброго ранку! Рахунки за червень вже надіслані клієнтам, звіт у таблиці",
    "お疲れ様です。本日のリリースは17時に予定通り行います。問題があればこのスレッドで教えてください :pray:",
    """お客様から「CSVの文字化け」の問い合わせが来ています。ExcelでUTF-8 (BOMなし)のファイルを開くと\
文字化けするようです。\
BOM付きで出力するオプションを追加できますか？""",
    "明日は台風のため在宅勤務にします :cyclone:",
    """ステージングでこのエラーが出ています:
```
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.0.3.21", port 5432 failed: \
timeout expired
```
誰か心当たりありますか？""",
    "大家好，数据仓库的夜间任务今天失败了，原因是上游表结构变更。我正在修复，预计中午前完成。",
    "请问谁有权限访问生产环境的日志？客户报告订单状态不同步。",
    "안녕하세요! QA 환경에 새 빌드 배포했습니다. 결제 플로우 테스트 부탁드려요 :pray:",
    "오늘 점심 같이 드실 분? 12시 반에 로비에서 만나요 :bento:",
    "صباح الخير جميعاً! العميل في دبي يطلب عرضاً تجريبياً الأسبوع القادم. هل يمكن لأحد مساعدتي في التحضير؟",
    "בוקר טוב! סיימתי את סקירת האבטחה של השירות החדש, הדוח נמצא בתיקייה המשותפת",
    "नमस्ते टीम! कल की मीटिंग का सारांश मैंने कॉन्फ्लुएंस पर डाल दिया है। कृपया एक बार देख लें।",
    "Merhaba! Android uygulamasının yeni sürümü Play Store'da yayında :rocket: Çökme raporlarını takip ediyorum",
    "Chào cả nhà! Báo cáo doanh thu tháng 6 đã xong, mọi người xem giúp mình nhé :bar_chart:",
    "Καλημέρα! Ο πελάτης από τη Θεσσαλονίκη ζητάει επιστροφή χρημάτων για τη διπλή χρέωση, το εξετάζω",
    "Hej allihopa! Fika i köket klockan 15 idag, det finns kanelbullar :croissant:",
    "สวัสดีครับ ระบบ staging จะปิดปรับปรุงคืนนี้ 22:00 ถึง 23:00 น.",
    """Halo semua, ada yang tahu kenapa build Android gagal sejak pagi? Errornya \
`Execution failed for task ':app:mergeReleaseResources'`""",
    "Hyvää huomenta! Asiakas kysyy, tukeeko rajapinta suomenkielisiä päivämäärämuotoja (pp.kk.vvvv)",
    "Dobrý den, faktura pro zákazníka z Brna je připravená ke schválení",
]

LONG = [
    """*RFC: Move background jobs from Celery to a Postgres-backed queue* :memo:
*Why:* we run Redis only for Celery, lost jobs twice this quarter when Redis failed over, and nobody can answer \
"did this job run?" without grepping logs.
*What changes:*
- jobs become rows in a `jobs` table (`id, kind, payload jsonb, run_at, attempts, locked_until, last_error`)
- workers claim with `SELECT ... FOR UPDATE SKIP LOCKED LIMIT 10`, so no double execution and no extra infra
- retries with exponential backoff, max 8 attempts, then the row stays with `last_error` for inspection
- the admin panel gets a "jobs" page with filters by kind/status
*Rollout:*
1. dual-write for new job kinds only (2 weeks)
2. move the email and export jobs
3. move everything else, remove Celery and Redis
*Open questions:*
- throughput: we peak at ~300 jobs/s during the newsletter, is Postgres OK with that? (I think yes with batching)
- do we need priorities from day one?
Doc with the details: [RFC-014 Postgres job queue](https://docs.google.com/document/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0/edit)
Comments by next Wednesday please, {@maya} {@dmitri} {@aisha} especially""",
    """*Release notes — web 5.13.0* :rocket:
*New*
- Scheduled exports (beta): daily or weekly CSV/XLSX to email, S3 or SFTP
- Dark mode for the whole app, follows your OS setting (`prefers-color-scheme`)
- Keyboard shortcuts: `g o` for orders, `g i` for inventory, `?` for the list
*Improved*
- Search is ~4x faster on large catalogs (new trigram index)
- Dates now follow your locale everywhere (30/06/2024 for en-GB, 30.06.2024 for de-DE)
*Fixed*
- Exports ignored the end date when the range crossed a month boundary
- Company names with `&` were shown as `&amp;` on PDF invoices
- The date picker opened behind the modal on Safari 17
Full changelog: https://github.com/kestrel-labs/web/releases/tag/v5.13.0""",
    """Summary of INC-2033 (search outage, 2024-06-18) for people who weren't in the thread:
*What happened:* from 09:12 to 10:03 CEST search returned errors or empty results for ~60% of requests.
*Why:* the Elasticsearch cluster ran out of heap after we enabled the new autocomplete analyzer on the `products` \
index. The analyzer produced edge n-grams up to 20 chars, which tripled the index size, and the nodes started \
garbage-collecting continuously (`[gc][young][1234] duration [2.1s]` all over the logs).
*How we fixed it:* closed the new index, pointed the alias back to the old one \
(`POST _aliases {"actions":[{"remove":{"index":"products_v7","alias":"products"}},\
{"add":{"index":"products_v6","alias":"products"}}]}`), then restarted the data nodes one at a time.
*What we're changing:*
1. index changes get a dry run on a copy of prod data with a size estimate
2. heap alerts at 75% instead of 90%
3. autocomplete n-grams capped at 10 chars
Thanks {@kenji} {@dmitri} {@elena} for the quick work and {@sofia} for handling customer comms :pray:""",
    """Welcome {@mateo}! :wave: Some things that help in the first week:
- :books: [Engineering handbook](https://kestrel-labs.atlassian.net/wiki/spaces/ENG/overview) — read "How we work" \
and "Local setup" first
- :computer: local setup: `git clone git@github.com:kestrel-labs/api.git && cd api && make bootstrap` (takes ~10 min)
- :busts_in_silhouette: your onboarding buddy is {@jan}, ask them anything, no question is too small
- :calendar: 1:1 with {@maya} every Tuesday, team standup daily 09:30 in {#platform}
- :lock: turn on 2FA everywhere, install 1Password, and never put secrets in code or Slack
- :coffee: there's a coffee roulette every Friday, sign up in {#social}
Have fun!""",
    """Weekly support digest (June 17–23) :bar_chart:
*Volume:* 1,184 tickets (+6% wow), 212 chats, 38 calls
*CSAT:* 94% (target 92%) — 4 negative ratings, 3 of them about the billing email delay
*First response (median):* 38 min email, 1 min chat
*Top issues:*
1. CSV export encoding in Excel (Windows): 12 tickets → workaround: "Export with BOM" toggle, fix in 5.13
2. SSO setup with Entra ID: 9 tickets → new KB article published
3. iOS push notifications not arriving on iOS 17.5: 6 tickets → PLAT-2240
*Kudos:* {@yuki} closed the oldest open ticket in the queue (41 days!) :clap:""",
    """Planning notes for Q3, Platform team:
*Goals*
1. Cut CI time from 23 to under 10 minutes (test sharding, cached images, fewer e2e tests on every push)
2. Postgres 16 upgrade for all clusters, with a tested rollback
3. Everything behind the gateway: retire the old ELB listeners and the `legacy-*` DNS names
*Not doing this quarter*
- multi-region active/active (needs the data residency work first)
- moving off Kafka
*Risks*
- the Postgres upgrade needs a maintenance window for `db-eu-1`; we'll coordinate with support
- {@jan} is on parental leave in August
Comments welcome in the doc before Friday""",
]

# Messages to Jeeves in its DM (channel_type im): commands, chatter and mistakes
JEEVES_DM = [
    "help", "Help", "hi", "hello :wave:", "hey jeeves", "what can you do?", "thanks!", "ok thanks :thumbsup:",
    "weather", "weather?", "my location", "forget location", "alerts on", "alerts off", "alerts", "config",
    "config units imperial", "config units metric", "config alert_time 06:45", "config alert_time 7:30",
    "config timezone Asia/Tokyo", "config tz Europe/Berlin", "config timezone America/Argentina/Buenos_Aires",
    "login", "login please", "forget me", "how do I change my units?", "is it going to rain today?",
    "weather tomorrow?", "wetter berlin", "météo Paris", "el tiempo en Madrid", "天気 東京", "날씨 서울",
    "weather Paris tomorrow", "weather in New York please", "weather London, UK :umbrella:",
    "remember location 10115 Berlin", "remember location Saint-Denis, Réunion", "remember location home",
    "config units celsius", "alerts ON", "alerts on please", "forget me please", ":wave:", "weather  ",
    "can you send me the weather every morning at 7?", "the 7:30 alert came at 8:30 yesterday, DST?",
    "weather 48.8566,2.3522", "weather Paris & Lyon", "weather <Paris>", "weather \"Saint-Malo\"",
    "remember location 221B Baker Street, London", "why is it 5°C in July??", "weather Paris\nweather Lyon",
]

# @-mentions of Jeeves in channels; {bot} is the mention
JEEVES_MENTION = [
    "{@bot} weather {place}", "hey {@bot} what's the weather in {place}?", "{@bot} help",
    "{@bot} remember location {place}", "{@bot} weather {place} :sunny:", "{@bot} config",
    "can {@bot} tell us the weather for the offsite in {place} next week?", "{@bot} weather {place} pls",
    "{@bot} is it raining in {place}? (asking for {@})", "{@bot} my location", "{@bot} alerts on",
    "{@bot} weather", "thanks {@bot} :pray:", "{@bot} weather {place} — we're deciding between the terrace and inside",
    "{@bot} forget location", "{@bot} login", "{@bot} what's the forecast for {place} this weekend?",
    "{@} {@bot} can answer that: weather {place}", "good bot {@bot} :robot_face:",
    "{@bot} weather {place}\n(for the team lunch on Friday)",
]

SHORT_REPLIES = [
    "+1", "on it", "looking :eyes:", "thanks!", "LGTM :shipit:", "merged", "done :white_check_mark:",
    "can you share the logs?", "which env? staging or prod?", "same here", "I'll take it", "nope, not me",
    "ack", "following", "good catch!", "that's on me, fixing :sweat_smile:", "can we take this to a thread?",
    "sounds good to me", "I can pair on it after lunch", "approved :heavy_check_mark:", "ty :pray:",
    "no rush, whenever you have a minute", "ping me when it's deployed", "yes please", "not yet, ETA 30 min",
    "works on my machine :upside_down_face:", "I think {@maya} knows", "reverted in #1918", "👍", "🙏 merci !",
    "gracias!", "danke dir!", "ありがとうございます！", "obrigada :heart:", "+1 to what {@} said",
    "let's discuss in standup", "updated the ticket", "will do", "makes sense", "interesting, I didn't know that",
]
REPOS = ["api", "web", "infra", "ingest", "mobile-ios", "mobile-android", "analytics", "design-system", "docs"]
PR_TITLES = [
    "Move date formatting to Intl.DateTimeFormat", "Add retries to the webhook sender", "Fix CSV export encoding",
    "Bump jinja2 to 3.1.4", "Cache pip dependencies in CI", "Add trigram index on products.name",
    "Replace sleep with fake clock in webhook tests", "Paginate /v2/orders with cursors", "Dark mode for settings",
    "Upgrade to Postgres 16 client libs", "Use BOM for Excel CSV exports", "Add SFTP export destination",
    "Split addresses into their own table", "Drop legacy_sessions", "Limit autocomplete n-grams to 10",
    "Refactor OrderService.checkout", "Add Prometheus metrics to ingest-worker", "Fix nil consumer in queue.ack",
]
TICKET_KEYS = ["PLAT", "WEB", "PAY", "DATA", "MOB", "SUP", "SEC", "OPS"]
TASKS = [
    "reviewed {pr}", "paired with {@} on {key}", "finished the migration for {key}",
    "wrote tests for the webhook retries",
    "debugged the flaky e2e test", "customer call with Globex", "interviews", "updated the runbook for {key}",
    "deploy of {svc} to staging", "investigating the p99 regression on search", "{key}: export encoding",
    "on-call follow-ups", "1:1s", "planning for Q3", "docs for the new API endpoint", "looking at {pr}",
]
SERVICES = ["api", "web", "ingest-worker", "payments-api", "notifications", "search", "admin", "gateway"]


def _pr(rng: random.Random) -> str:
    repo, num = rng.choice(REPOS), rng.randint(200, 2400)
    return f"[#{num}](https://github.com/kestrel-labs/{repo}/pull/{num})"


def _key(rng: random.Random) -> str:
    return f"{rng.choice(TICKET_KEYS)}-{rng.randint(100, 2600)}"


def _fill(rng: random.Random, template: str) -> str:
    return (template.replace("{pr}", _pr(rng)).replace("{key}", _key(rng))
            .replace("{svc}", rng.choice(SERVICES)).replace("{place}", rng.choice(PLACES)))


def standup(rng: random.Random) -> str:
    pick = rng.sample(TASKS, 4)
    blockers = rng.choice(["none", "none :tada:", "waiting for review on {pr}", "staging db is down",
                           "need access to the prod logs bucket", "-"])
    return _fill(rng, f"*Yesterday:* {pick[0]}, {pick[1]}\n*Today:* {pick[2]}; {pick[3]}\n*Blockers:* {blockers}")


def review_request(rng: random.Random) -> str:
    repo, num = rng.choice(REPOS), rng.randint(200, 2400)
    title = rng.choice(PR_TITLES)
    ask = rng.choice(["could you take a look at", "can I get a review on", "small one:", "when you have a minute,"])
    tail = rng.choice(["It's mostly deletions :smile:", "~40 lines, tests included", "no rush",
                       "needed for the release on Monday", "there's a migration in it, so careful :eyes:"])
    return f"{{@}} {ask} [#{num} {title}](https://github.com/kestrel-labs/{repo}/pull/{num})? {tail}"


def deploy_note(rng: random.Random) -> str:
    svc = rng.choice(SERVICES)
    major, minor, patch = rng.randint(1, 6), rng.randint(0, 60), rng.randint(0, 9)
    env = rng.choice(["prod", "staging", "prod-eu", "prod-us"])
    return (f"Deploying `{svc}` v{major}.{minor}.{patch} to {env} :rocket: "
            f"([changelog](https://github.com/kestrel-labs/{svc}/releases/tag/v{major}.{minor}.{patch}))")


def ticket_note(rng: random.Random) -> str:
    company = rng.choice(["Acme Retail", "Globex", "Initech", "Umbrella Health", "Brightwater Logistics",
                          "Hauser & Söhne", "Vistula Freight", "Northwind Traders", "Contoso", "株式会社サクラ物流"])
    issue = rng.choice(["can't export orders to CSV", "sees duplicate invoices", "lost access after the SSO change",
                        "gets a 403 on the API with a valid token", "reports slow search (5s+)",
                        "wants to change the billing email", "asks for an invoice in EUR instead of USD",
                        "sees the wrong time zone in reports", "can't upload a 30MB PDF"])
    return f"{company} {issue} — ticket #{rng.randint(47000, 49999)}, {rng.choice(['P2', 'P3', 'urgent', 'low'])}"


GENERATORS: list[Callable[[random.Random], str]] = [standup, review_request, deploy_note, ticket_note]
POOLS = {"eng": ENG, "ops": OPS, "sales": SALES, "support": SUPPORT, "social": SOCIAL, "general": GENERAL,
         "i18n": I18N}


# ---------------------------------------------------------------------------------------------------------------
# Rendering the markup into Slack's `text` and the composer's rich_text block
# ---------------------------------------------------------------------------------------------------------------
INLINE = re.compile(
    r"(?P<code>`[^`\n]+`)"
    r"|\{@(?P<user>[a-z]*)\}"
    r"|\{#(?P<chan>[\w-]+)\}"
    r"|\{!(?P<bc>here|channel|everyone)\}"
    r"|\[(?P<label>[^\]\n]+)\]\((?P<href>https?://[^)\s]+)\)"
    r"|(?P<url>https?://[^\s<>\"]+[^\s<>\".,;:!?)'])"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})"
    r"|(?P<emoji>:(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]+:)"
    r"|(?P<bold>(?<![\w*])\*[^*\n]+\*(?![\w*]))"
    r"|(?P<ital>(?<!\w)_[^_\n]+_(?!\w))"
    r"|(?P<strike>(?<![\w~])~[^~\n]+~(?![\w~]))")
ORDERED = re.compile(r"^(\d+)\. (.*)$")


class Renderer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self, key: str) -> str:
        if key == "bot":
            return BOT_USER
        if key in PEOPLE:
            return PEOPLE[key]["id"]
        return PEOPLE[self.rng.choice(STAFF)]["id"]

    def inline(self, src: str) -> tuple[str, list[dict[str, Any]]]:
        out: list[str] = []
        elems: list[dict[str, Any]] = []

        def text(t: str, style: dict[str, bool] | None = None) -> None:
            if not t:
                return
            el: dict[str, Any] = {"type": "text", "text": t}
            if style:
                el["style"] = style
            elems.append(el)

        pos = 0
        for m in INLINE.finditer(src):
            text(src[pos:m.start()])
            out.append(esc(src[pos:m.start()]))
            pos = m.end()
            tok = m.group(0)
            if m.group("code"):
                out.append(esc(tok))
                text(tok[1:-1], {"code": True})
            elif m.group("user") is not None:
                uid = self.person(m.group("user"))
                out.append(f"<@{uid}>")
                elems.append({"type": "user", "user_id": uid})
            elif m.group("chan"):
                chan = CHANNELS.get(m.group("chan"))
                cid = chan["id"] if chan else "C07" + m.group("chan")[:4].upper()
                out.append(f"<#{cid}|{m.group('chan')}>")
                elems.append({"type": "channel", "channel_id": cid})
            elif m.group("bc"):
                out.append(f"<!{m.group('bc')}>")
                elems.append({"type": "broadcast", "range": m.group("bc")})
            elif m.group("href"):
                out.append(f"<{esc(m.group('href'))}|{esc(m.group('label'))}>")
                elems.append({"type": "link", "url": m.group("href"), "text": m.group("label")})
            elif m.group("url"):
                out.append(f"<{esc(tok)}>")
                elems.append({"type": "link", "url": tok})
            elif m.group("email"):
                out.append(f"<mailto:{tok}|{tok}>")
                elems.append({"type": "link", "url": f"mailto:{tok}", "text": tok})
            elif m.group("emoji"):
                name = tok[1:-1]
                out.append(tok)
                el = {"type": "emoji", "name": name}
                if name in EMOJI_UNICODE:
                    el["unicode"] = EMOJI_UNICODE[name]
                elems.append(el)
            else:
                out.append(esc(tok))
                style = {"bold": "bold", "ital": "italic", "strike": "strike"}[m.lastgroup or "bold"]
                text(tok[1:-1], {style: True})
        text(src[pos:])
        out.append(esc(src[pos:]))
        return "".join(out), elems

    def render(self, src: str) -> tuple[str, list[dict[str, Any]]]:
        """(Slack's `text`, [rich_text block]) of a markup source."""
        lines = src.split("\n")
        text_parts: list[str] = []
        blocks: list[dict[str, Any]] = []
        para: list[str] = []

        def flush() -> None:
            if para:
                joined = "\n".join(para)
                t, els = self.inline(joined)
                text_parts.append(t)
                blocks.append({"type": "rich_text_section", "elements": els})
                para.clear()

        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("```"):
                flush()
                code: list[str] = []
                i += 1
                while i < len(lines) and not lines[i].startswith("```"):
                    code.append(lines[i])
                    i += 1
                body = "\n".join(code)
                text_parts.append("```" + esc(body) + "```")
                blocks.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": body}],
                               "border": 0})
            elif line.startswith("> "):
                flush()
                quoted: list[str] = []
                while i < len(lines) and lines[i].startswith("> "):
                    quoted.append(lines[i][2:])
                    i += 1
                t, els = self.inline("\n".join(quoted))
                text_parts.append("\n".join("&gt; " + q for q in t.split("\n")))
                blocks.append({"type": "rich_text_quote", "elements": els})
                continue
            elif line.startswith("- ") or ORDERED.match(line):
                flush()
                ordered = bool(ORDERED.match(line))
                items: list[dict[str, Any]] = []
                rendered: list[str] = []
                while i < len(lines) and (lines[i].startswith("- ") if not ordered else ORDERED.match(lines[i])):
                    body_src = lines[i][2:] if not ordered else lines[i].split(". ", 1)[1]
                    t, els = self.inline(body_src)
                    rendered.append((f"{len(rendered) + 1}. " if ordered else "• ") + t)
                    items.append({"type": "rich_text_section", "elements": els})
                    i += 1
                text_parts.append("\n".join(rendered))
                blocks.append({"type": "rich_text_list", "style": "ordered" if ordered else "bullet", "indent": 0,
                               "border": 0, "elements": items})
                continue
            else:
                para.append(line)
            i += 1
        flush()
        block_id = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=")
                           for _ in range(self.rng.choice((4, 5))))
        return "\n".join(text_parts), [{"type": "rich_text", "block_id": block_id, "elements": blocks}]


# ---------------------------------------------------------------------------------------------------------------
# Slack objects
# ---------------------------------------------------------------------------------------------------------------
STATUSES = [
    (":palm_tree:", "Vacation until July 8"), (":spiral_calendar_pad:", "In a meeting"),
    (":house_with_garden:", "Working remotely"), (":face_with_thermometer:", "Out sick"), (":train:", "Commuting"),
    (":hamburger:", "Lunch"), (":headphones:", "Focus time, DMs muted until 14:00"),
    (":airplane:", "Travelling to Lisbon, slow replies"), ("", ""), (":pager:", "On call this week"),
    (":baby:", "Parental leave — back in September"), (":flag-fr:", "En congés jusqu'au 15 août"),
    (":earth_africa:", "OOO — 不在 — ausente"), (":speech_balloon:", "Customer calls all afternoon"),
    (":mortar_board:", "At a conference (KubeCon), replies may be slow"), (":coffee:", "brb"),
    (":calendar:", "Out Fri 28/06 — for urgent things ping @sofia"), (":red_circle:", "Do not disturb <3"),
]
FILES = [
    ("screenshot 2024-06-21 at 14.32.07.png", "image/png", "png", "PNG", 184_233),
    ("Q3-pipeline-review.pdf", "application/pdf", "pdf", "PDF", 1_204_881),
    ("error.log", "text/plain", "text", "Plain Text", 48_201),
    ("schema.sql", "text/plain", "sql", "SQL", 9_334),
    ("docker-compose.yml", "text/plain", "yaml", "YAML", 2_017),
    ("IMG_4821.HEIC", "image/heic", "heic", "HEIC", 2_811_004),
    ("Kestrel_Security_Whitepaper_2024.pdf", "application/pdf", "pdf", "PDF", 3_120_455),
    ("churn_by_plan.csv", "text/csv", "csv", "CSV", 12_880),
    ("Rechnung_2024-0612.pdf", "application/pdf", "pdf", "PDF", 88_412),
    ("onboarding-flow-v3.fig", "application/octet-stream", "binary", "Binary", 5_401_339),
    ("offsite-lisbon.jpg", "image/jpeg", "jpg", "JPEG", 901_224),
    ("見積書_サクラ物流.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
     "Excel Spreadsheet", 41_993),
    ("standup-recording.mp4", "video/mp4", "mp4", "MPEG 4 Video", 18_442_101),
    ("har-export-checkout.har", "application/json", "json", "JSON", 2_284_119),
]
SNIPPETS = [
    ("Untitled", "python", "Python", """def parse_amount(raw: str) -> Decimal:
    cleaned = raw.replace("\\u00a0", "").replace(" ", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    return Decimal(cleaned)"""),
    ("slow_query.sql", "sql", "SQL", """SELECT p.id, p.name, sum(oi.quantity) AS sold
FROM products p
JOIN order_items oi ON oi.product_id = p.id
JOIN orders o ON o.id = oi.order_id AND o.created_at > now() - interval '7 days'
GROUP BY p.id, p.name
ORDER BY sold DESC
LIMIT 20;"""),
    ("values.yaml", "yaml", "YAML", """replicaCount: 3
image:
  repository: ghcr.io/kestrel-labs/api
  tag: "2.41.3"
resources:
  limits:
    memory: 1Gi
  requests:
    cpu: 250m
ingress:
  enabled: true
  hosts:
    - host: api.kestrel-labs.com
      paths: ["/"]"""),
    ("stacktrace.txt", "text", "Plain Text", """Exception in thread "pool-3-thread-7" \
java.util.ConcurrentModificationException
\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)
\tat java.base/java.util.ArrayList$Itr.next(ArrayList.java:967)
\tat com.kestrel.inventory.sync.StockSync.flush(StockSync.java:212)"""),
    ("deploy.sh", "shell", "Shell", """#!/usr/bin/env bash
set -euo pipefail
VERSION="${1:?usage: deploy.sh VERSION}"
kubectl -n api set image deploy/api api="ghcr.io/kestrel-labs/api:${VERSION}"
kubectl -n api rollout status deploy/api --timeout=5m"""),
    ("response.json", "javascript", "JavaScript", """{"error": {"code": "invalid_request", "message": "Field \
'currency' must be an ISO 4217 code", "param": "currency", "request_id": "req_9Jk2Lm4Np6"}}"""),
]
EMOJI_NAMES = ["partyparrot", "shipit", "lgtm", "this-is-fine", "merci", "danke", "big-brain", "kestrel",
               "on-fire", "sadpanda", "blob-wave", "coffee-parrot", "approved", "not-it", "gracias", "kudos"]
REACTIONS = ["thumbsup", "+1", "heart", "joy", "eyes", "tada", "pray", "white_check_mark", "fire", "100",
             "raised_hands", "rocket", "see_no_evil", "thinking_face", "partyparrot", "shipit", "lgtm", "skin-tone-2",
             "clap::skin-tone-4", "heavy_plus_sign", "eyes", "merci", "sob", "muscle"]
UNFURL_LINKS = [
    BASE_URL + "/me/", BASE_URL + "/me/?tab=alerts", BASE_URL + "/me/data.json",
    "https://forecast.kestrel-labs.com/paris-fr?units=metric&days=7",
    "https://forecast.kestrel-labs.com/s%C3%A3o-paulo-br?units=metric&lang=pt",
    "https://open-meteo.com/en/docs?latitude=52.52&longitude=13.41&hourly=temperature_2m,precipitation",
    "https://api.open-meteo.com/v1/forecast?latitude=48.85&longitude=2.35&daily=temperature_2m_max&timezone=auto",
    "https://www.openstreetmap.org/search?query=Bratislava#map=12/48.1459/17.1077",
    "https://www.openstreetmap.org/#map=15/38.7223/-9.1393", "https://www.meteoblue.com/en/weather/week/berlin_germany_2950159",
    "https://www.meteoblue.com/de/wetter/14-tage/m%c3%bcnchen_deutschland_2867714",
    "https://forecast.kestrel-labs.com/tokyo-jp?units=metric&lang=ja&utm_source=slack",
    "https://open-meteo.com/en/docs/air-quality-api?latitude=28.61&longitude=77.21&hourly=pm10,pm2_5",
]


class Gen:
    """Builds every record; one seeded random.Random drives all choices."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.r = Renderer(self.rng)
        self.counts: Counter[str] = Counter()

    # ---- ids, times, encodings -----------------------------------------------------------------------
    def sid(self, prefix: str, length: int = 10) -> str:
        return _rand_id(self.rng, prefix, length)

    def when(self) -> tuple[int, str]:
        t = EPOCH + self.rng.randint(0, 60 * 86400)
        return t, f"{t}.{self.rng.randint(0, 999999):06d}"

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                       for _ in range(n))

    def trigger_id(self) -> str:
        return f"{self.rng.randint(7_000_000_000_000, 7_499_999_999_999)}.4843712345.{self.hexs(32)}"

    def hook(self, kind: str) -> str:
        return f"https://hooks.slack.com/{kind}/{TEAM_ID}/{self.rng.randint(7_000_000_000_000, 7_499_999_999_999)}/" \
               f"{self.alnum(24)}"

    def dumps(self, doc: Any) -> str:
        """Slack's JSON: compact, slashes escaped; non-ASCII as \\u escapes in most deliveries."""
        ascii_ = self.rng.random() < 0.6
        return json.dumps(doc, ensure_ascii=ascii_, separators=(",", ":")).replace("/", "\\/")

    def record(self, kind: str, sub: str, uri: str, body: str, placement: str, t: int) -> dict[str, Any]:
        self.counts[kind] += 1
        ctype = "application/json" if placement == "json" else "application/x-www-form-urlencoded"
        headers = {"User-Agent": SLACK_UA, "Accept": "application/json,*/*", "Accept-Encoding": "gzip,deflate",
                   "Content-Type": ctype, "X-Slack-Request-Timestamp": str(t),
                   "X-Slack-Signature": "v0=" + "0" * 64}
        if uri == "/slack/events" and self.rng.random() < 0.05:
            headers["X-Slack-Retry-Num"] = str(self.rng.randint(1, 3))
            headers["X-Slack-Retry-Reason"] = self.rng.choice(["http_timeout", "http_error"])
        return {"method": "POST", "uri": uri, "body": body, "headers": headers,
                "id": f"slackev-benign-slack-{kind}-{self.counts[kind]:04d}", "category": "benign",
                "placement": placement, "sub": sub}

    # ---- who and where -----------------------------------------------------------------------------
    def who(self, channel: dict[str, Any] | None = None) -> dict[str, str]:
        if channel is not None and channel["kind"] == "ext" and self.rng.random() < 0.4:
            return PEOPLE[self.rng.choice(["lena", "marcus"])]
        return PEOPLE[self.rng.choice(STAFF)]

    def channel(self, cat: str | None = None) -> dict[str, Any]:
        pool = [c for c in CHANNELS.values() if cat is None or c["cat"] == cat]
        return self.rng.choice(pool)

    @staticmethod
    def ctype(channel: dict[str, Any]) -> str:
        return "group" if channel["kind"] == "group" else "channel"

    def text_for(self, channel: dict[str, Any]) -> str:
        roll = self.rng.random()
        if roll < 0.07:
            return self.rng.choice(LONG)
        if roll < 0.17:
            return self.rng.choice(SHORT_REPLIES)
        if roll < 0.27:
            return self.rng.choice(I18N)
        cat = channel["cat"]
        if cat == "jeeves":
            return self.rng.choice(JEEVES_FEEDBACK)
        if cat in ("eng", "ops", "support") and roll < 0.4:
            gen = {"eng": [standup, review_request], "ops": [deploy_note], "support": [ticket_note]}[cat]
            return self.rng.choice(gen)(self.rng)
        return self.rng.choice(POOLS[cat])

    # ---- envelopes -----------------------------------------------------------------------------------
    def envelope(self, event: dict[str, Any], t: int, channel_id: str | None, ext: bool = False) -> dict[str, Any]:
        body: dict[str, Any] = {
            "token": VERIFICATION_TOKEN, "team_id": TEAM_ID, "context_team_id": TEAM_ID,
            "context_enterprise_id": None, "api_app_id": APP_ID, "event": event, "type": "event_callback",
            "event_id": "Ev0" + self.alnum(9).upper(), "event_time": t,
            "authorizations": [{"enterprise_id": None, "team_id": TEAM_ID, "user_id": BOT_USER, "is_bot": True,
                                "is_enterprise_install": False}],
            "is_ext_shared_channel": ext}
        ctx: dict[str, str] = {"et": str(event.get("type")), "tid": TEAM_ID, "aid": APP_ID}
        if channel_id:
            ctx["cid"] = channel_id
        raw = json.dumps(ctx, separators=(",", ":")).encode()
        body["event_context"] = "4-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return body

    def event(self, kind: str, sub: str, event: dict[str, Any], t: int, channel_id: str | None,
              ext: bool = False) -> dict[str, Any]:
        return self.record(kind, sub, "/slack/events", self.dumps(self.envelope(event, t, channel_id, ext)), "json", t)

    def message_event(self, src: str, author: dict[str, str], channel: dict[str, Any] | None,
                      thread: bool = False) -> tuple[dict[str, Any], int]:
        """A person's message (channel None: their DM with Jeeves)."""
        text, blocks = self.r.render(src)
        t, ts = self.when()
        ev: dict[str, Any] = {"client_msg_id": self.uuid(), "type": "message", "text": text, "user": author["id"],
                              "ts": ts, "blocks": blocks, "team": author["team"]}
        if author["team"] != TEAM_ID:
            ev["user_team"] = ev["source_team"] = author["team"]
        if thread:
            ev["thread_ts"] = f"{t - self.rng.randint(60, 86400)}.{self.rng.randint(0, 999999):06d}"
            ev["parent_user_id"] = self.who()["id"]
        if channel is None:
            ev.update({"channel": DMS[author["key"]], "event_ts": ts, "channel_type": "im"})
        else:
            ev.update({"channel": channel["id"], "event_ts": ts, "channel_type": self.ctype(channel)})
        return ev, t

    # ---- kinds: messages -----------------------------------------------------------------------------
    def plain_messages(self, n: int) -> Iterator[dict[str, Any]]:
        for i in range(n):
            roll = self.rng.random()
            if roll < 0.18:  # a DM to Jeeves: what the app acts on
                author = self.who()
                ev, t = self.message_event(self.rng.choice(JEEVES_DM), author, None)
                yield self.event("message", "message", ev, t, ev["channel"])
                continue
            if roll < 0.23:  # a group DM Jeeves is in
                author = self.who()
                ev, t = self.message_event(self.rng.choice(SOCIAL + SHORT_REPLIES + JEEVES_DM), author, None)
                ev.update({"channel": "G0" + self.alnum(9).upper(), "channel_type": "mpim"})
                yield self.event("message", "message", ev, t, ev["channel"])
                continue
            channel = self.channel()
            author = self.who(channel)
            thread = self.rng.random() < 0.25
            src = self.rng.choice(SHORT_REPLIES) if thread and self.rng.random() < 0.5 else self.text_for(channel)
            ev, t = self.message_event(src, author, channel, thread)
            if i % 17 == 3:  # a message with a link, as unfurled later
                ev["attachments"] = [self.unfurl_attachment()]
            yield self.event("message", "message", ev, t, channel["id"], channel["kind"] == "ext")

    def unfurl_attachment(self) -> dict[str, Any]:
        num = self.rng.randint(200, 2400)
        repo = self.rng.choice(REPOS)
        title = self.rng.choice(PR_TITLES)
        return {"id": 1, "color": "24292f", "fallback": f"[kestrel-labs/{repo}] #{num} {title}",
                "title": f"#{num} {title}", "title_link": f"https://github.com/kestrel-labs/{repo}/pull/{num}",
                "text": self.rng.choice(["Fixes the encoding of CSV exports opened in Excel.\r\n\r\n- adds a BOM\r\n- "
                                         "keeps UTF-8", "Closes #" + str(num - 3), "", "WIP, do not merge yet"]),
                "footer": f"<https://github.com/kestrel-labs/{repo}|kestrel-labs/{repo}>", "footer_icon":
                "https://slack.github.com/static/img/favicon-neutral.png", "ts": EPOCH + self.rng.randint(0, 86400),
                "service_name": "GitHub", "from_url": f"https://github.com/kestrel-labs/{repo}/pull/{num}",
                "mrkdwn_in": ["text"]}

    def mentions(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            channel = self.channel()
            author = self.who(channel)
            src = self.rng.choice(JEEVES_MENTION).replace("{place}", self.rng.choice(PLACES))
            ev, t = self.message_event(src, author, channel, self.rng.random() < 0.2)
            ev["type"] = "app_mention"
            del ev["channel_type"]
            yield self.event("app-mention", "app_mention", ev, t, channel["id"], channel["kind"] == "ext")

    def me_messages(self, n: int) -> Iterator[dict[str, Any]]:
        texts = ["is out for lunch :sandwich:", "is heading home, back online at 20:00",
                 "is reviewing PRs, ping if urgent",
                 "waves at everyone :wave:", "est en réunion jusqu'à 15h", "is stepping out for 30 min",
                 "is on a train with bad wifi :train:", "does a little dance :dancer:", "macht Mittagspause",
                 "is debugging the flaky test. again.", "se va a comer, vuelvo en una hora", "is back!"]
        for _ in range(n):
            channel = self.channel()
            author = self.who(channel)
            ev, t = self.message_event(self.rng.choice(texts), author, channel)
            ev["subtype"] = "me_message"
            ev.pop("client_msg_id")
            ev.pop("blocks")
            yield self.event("me-message", "me_message", ev, t, channel["id"])

    def bot_messages(self, n: int) -> Iterator[dict[str, Any]]:
        makers = [self.github_bot, self.datadog_bot, self.sentry_bot, self.pagerduty_bot, self.jira_bot,
                  self.ci_bot, self.calendar_bot, self.jeeves_own]
        for i in range(n):
            yield makers[i % len(makers)]()

    def _bot_event(self, channel: dict[str, Any], username: str, text: str,
                   attachments: list[dict[str, Any]] | None = None, blocks: list[dict[str, Any]] | None = None,
                   ) -> dict[str, Any]:
        t, ts = self.when()
        ev: dict[str, Any] = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts,
                              "username": username, "bot_id": "B0" + self.alnum(9).upper(),
                              "app_id": "A0" + self.alnum(9).upper(), "channel": channel["id"], "event_ts": ts,
                              "channel_type": self.ctype(channel)}
        if attachments:
            ev["attachments"] = attachments
        if blocks:
            ev["blocks"] = blocks
        return self.event("bot-message", "bot_message", ev, t, channel["id"])

    def github_bot(self) -> dict[str, Any]:
        repo, num, title = self.rng.choice(REPOS), self.rng.randint(200, 2400), self.rng.choice(PR_TITLES)
        author = self.who()
        verb = self.rng.choice(["opened", "merged", "closed", "ready for review"])
        att = {"id": 1, "color": "6f42c1" if verb == "merged" else "36a64f",
               "fallback": f"[kestrel-labs/{repo}] Pull request {verb}: #{num} {title} by {author['handle']}",
               "pretext": f"Pull request {verb} by <https://github.com/{author['handle']}|{author['handle']}>",
               "title": f"#{num} {title}", "title_link": f"https://github.com/kestrel-labs/{repo}/pull/{num}",
               "text": self.rng.choice(["", "Fixes " + _key(self.rng), esc("Adds `Accept: text/csv; header=present`"
                                                                            " handling & tests")]),
               "footer": f"<https://github.com/kestrel-labs/{repo}|kestrel-labs/{repo}>", "mrkdwn_in": ["text"],
               "ts": EPOCH}
        return self._bot_event(self.channel("eng"), "GitHub", "", [att])

    def datadog_bot(self) -> dict[str, Any]:
        metric = self.rng.choice([
            ("API p95 latency above 800ms", "avg(last_10m):p95:trace.http.request{service:api,env:prod} > 0.8", "1.21"),
            ("High CPU on web nodes", "avg(last_5m):avg:system.cpu.user{role:web,env:prod} by {host} > 90", "94.2"),
            ("Queue depth on emails", "max(last_5m):max:rabbitmq.queue.messages{queue:emails} > 1000", "20311"),
            ("5xx rate on checkout", "sum(last_5m):sum:nginx.requests{status:5xx,service:checkout}.as_rate() "
             "/ sum:nginx.requests{service:checkout}.as_rate() > 0.02", "0.081")])
        state = self.rng.choice(["Triggered", "Recovered", "Warn"])
        mon = self.rng.randint(1_000_000, 9_999_999)
        link = f"https://app.datadoghq.eu/monitors/{mon}?from_ts=1719216000000&to_ts=1719219600000&event_id={mon * 3}"
        att = {"id": 1, "color": "#e01e5a" if state == "Triggered" else "#2eb67d",
               "fallback": f"[{state}] {metric[0]}", "title": f"[{state}] {metric[0]}", "title_link": link,
               "text": esc(f"{metric[1]}\nValue: {metric[2]}\n@slack-alerts-prod @pagerduty-api"),
               "footer": "Datadog", "ts": EPOCH}
        return self._bot_event(CHANNELS["alerts-prod"], "Datadog", "", [att])

    def sentry_bot(self) -> dict[str, Any]:
        err = self.rng.choice(["TypeError: Cannot read properties of undefined (reading 'map')",
                               "KeyError: 'shipping_address'", "OperationalError: server closed the connection "
                               "unexpectedly", "NullPointerException: Cannot invoke \"Address.getCountry()\"",
                               "ValueError: invalid literal for int() with base 10: '12,5'",
                               "ChunkLoadError: Loading chunk 4821 failed. (timeout: /static/js/4821.8f3a2b.js)"])
        issue = self.rng.randint(5_000_000_000, 5_999_999_999)
        link = f"https://kestrel-labs.sentry.io/issues/{issue}/?referrer=slack&alert_rule_id=1443&alert_type=issue"
        att = {"id": 1, "color": "#E03E2F", "fallback": err, "title": esc(err), "title_link": link,
               "text": esc(self.rng.choice(["checkout/views.py in confirm_order", "src/components/OrderList.tsx",
                                            "app.tasks.sync_invoices", "OrderService.java in checkout"])),
               "fields": [{"title": "project", "value": self.rng.choice(["web", "api", "mobile-android"]),
                           "short": True},
                          {"title": "environment", "value": "production", "short": True},
                          {"title": "release", "value": f"web@5.{self.rng.randint(10, 13)}.{self.rng.randint(0, 4)}",
                           "short": True}],
               "footer": "Sentry", "ts": EPOCH}
        return self._bot_event(CHANNELS["alerts-prod"], "Sentry", "", [att])

    def pagerduty_bot(self) -> dict[str, Any]:
        num = self.rng.randint(18000, 19999)
        title = self.rng.choice(["[FIRING:1] KubePodCrashLooping payments (payments-api-7d9f8b6c4-2xkqp)",
                                 "[FIRING:2] DiskSpaceLow log-3 (/var/log 91%)",
                                 "API error rate > 2% for 5m", "Certificate api-tls expires in 14 days"])
        text = (f"<https://kestrel.pagerduty.com/incidents/Q{self.alnum(13).upper()}|#{num}> {esc(title)}\n"
                f"Assigned to <@{PEOPLE[self.rng.choice(['kenji', 'jan', 'dmitri', 'maya'])]['id']}> · Urgency: high")
        return self._bot_event(CHANNELS[self.rng.choice(["oncall", "incidents"])], "PagerDuty",
                               self.rng.choice(["Triggered", "Acknowledged", "Resolved"]) + " " + text)

    def jira_bot(self) -> dict[str, Any]:
        key = _key(self.rng)
        who = self.who()
        summary = self.rng.choice(["Ingest worker panics on nil consumer", "CSV export ignores end date",
                                   "Add SFTP export destination", "Invoice shows &amp; in company names",
                                   "Search p99 > 1s after trigram index drop", "iOS 17.5 push notifications missing"])
        text = (f"{who['real_name']} created {self.rng.choice(['Bug', 'Task', 'Story'])} "
                f"<https://kestrel-labs.atlassian.net/browse/{key}|{key}: {esc(summary)}>")
        return self._bot_event(self.channel("eng"), "Jira Cloud", text)

    def ci_bot(self) -> dict[str, Any]:
        repo, run = self.rng.choice(REPOS), self.rng.randint(9_000_000_000, 9_999_999_999)
        ok = self.rng.random() < 0.5
        test = self.rng.choice(["test_checkout_flow", "test_webhook_retries_with_backoff", "OrderListSpec",
                                "e2e/login.spec.ts > signs in with SSO", "TestConsumerAck"])
        text = (f"{':white_check_mark:' if ok else ':x:'} CI {'passed' if ok else 'failed'} on `main` "
                f"({repo}){'' if ok else f': `{esc(test)}`'} — <https://github.com/kestrel-labs/{repo}/actions/runs/"
                f"{run}|view run>")
        return self._bot_event(CHANNELS["deploys"], "GitHub Actions", text)

    def calendar_bot(self) -> dict[str, Any]:
        meeting = self.rng.choice(["Q3 pipeline review", "Platform standup", "Design crit", "All-hands",
                                   "1:1 Maya / Mateo", "Incident review INC-2041", "Sprint planning"])
        code = "-".join(self.alnum(n).lower() for n in (3, 4, 3))
        text = f"Reminder: *{esc(meeting)}* starts in 10 minutes. Join: <https://meet.google.com/{code}>"
        return self._bot_event(self.channel(), "Google Calendar", text)

    def jeeves_own(self) -> dict[str, Any]:
        """Jeeves' own reply in a DM, as the Events API echoes it back (the app must ignore it)."""
        author = self.who()
        place = self.rng.choice(PLACES)
        text, blocks = self.weather_reply(place)
        t, ts = self.when()
        ev = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts, "bot_id": BOT_ID,
              "app_id": APP_ID, "blocks": blocks, "team": TEAM_ID, "bot_profile": self.bot_profile(),
              "channel": DMS[author["key"]], "event_ts": ts, "channel_type": "im"}
        return self.event("bot-message", "bot_message", ev, t, DMS[author["key"]])

    def bot_profile(self) -> dict[str, Any]:
        return {"id": BOT_ID, "deleted": False, "name": "Jeeves", "updated": EPOCH - 86400 * 40, "app_id": APP_ID,
                "icons": {f"image_{s}": f"https://avatars.slack-edge.com/2024-05-13/7112233445566_a1b2c3d4e5f6_{s}.png"
                          for s in (36, 48, 72)}, "team_id": TEAM_ID}

    def weather_reply(self, place: str) -> tuple[str, list[dict[str, Any]]]:
        lo = self.rng.randint(-5, 22)
        cond = self.rng.choice(["partly cloudy", "clear sky", "light rain", "overcast", "thunderstorms", "fog"])
        text = (f"*{esc(place)}*: now {lo + self.rng.randint(0, 8)}°C, {cond}. "
                f"Today {lo}–{lo + self.rng.randint(3, 12)}°C, {self.rng.randint(0, 90)}% chance of rain, "
                f"wind {self.rng.randint(2, 40)} km/h.")
        blocks: list[dict[str, Any]] = [{"type": "section", "block_id": self.alnum(4),
                   "text": {"type": "mrkdwn", "text": text, "verbatim": False}},
                  {"type": "actions", "block_id": self.alnum(4), "elements": [
                      {"type": "button", "action_id": "set_location", "value": place,
                       "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}]}]
        return text, blocks

    # ---- kinds: message subtypes ---------------------------------------------------------------------
    def inner_message(self, src: str, author: dict[str, str], ts: str) -> dict[str, Any]:
        text, blocks = self.r.render(src)
        return {"client_msg_id": self.uuid(), "type": "message", "text": text, "user": author["id"], "ts": ts,
                "blocks": blocks, "team": author["team"]}

    def changed(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            channel = self.channel()
            author = self.who(channel)
            src = self.text_for(channel)
            before = self.typo(src)
            t, ts = self.when()
            orig = f"{t - self.rng.randint(5, 3600)}.{self.rng.randint(0, 999999):06d}"
            new = self.inner_message(src, author, orig)
            new["edited"] = {"user": author["id"], "ts": ts}
            new["source_team"] = new["user_team"] = author["team"]
            prev = self.inner_message(before, author, orig)
            if self.rng.random() < 0.3:  # the unfurl arriving: same text, an attachment added
                prev = dict(new)
                prev.pop("edited")
                new["attachments"] = [self.unfurl_attachment()]
            ev = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": prev,
                  "channel": channel["id"], "hidden": True, "ts": ts, "event_ts": ts,
                  "channel_type": self.ctype(channel)}
            yield self.event("message-changed", "message_changed", ev, t, channel["id"], channel["kind"] == "ext")

    def typo(self, src: str) -> str:
        """What the message said before its author edited it."""
        roll = self.rng.random()
        if roll < 0.3 and " the " in src:
            return src.replace(" the ", " teh ", 1)
        if roll < 0.6 and len(src) > 40:
            return src[: self.rng.randint(len(src) // 3, len(src) - 5)]
        if roll < 0.8:
            return src.replace(",", "", 1) + " "
        return self.rng.choice(SHORT_REPLIES)

    def deleted(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            channel = self.channel()
            author = self.who(channel)
            t, ts = self.when()
            orig = f"{t - self.rng.randint(5, 7200)}.{self.rng.randint(0, 999999):06d}"
            ev = {"type": "message", "subtype": "message_deleted", "previous_message":
                  self.inner_message(self.text_for(channel), author, orig), "channel": channel["id"], "hidden": True,
                  "deleted_ts": orig, "event_ts": ts, "ts": ts, "channel_type": self.ctype(channel)}
            yield self.event("message-deleted", "message_deleted", ev, t, channel["id"])

    def replied(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            channel = self.channel()
            author = self.who(channel)
            t, ts = self.when()
            root = f"{t - self.rng.randint(600, 86400)}.{self.rng.randint(0, 999999):06d}"
            msg = self.inner_message(self.text_for(channel), author, root)
            repliers = [self.who()["id"] for _ in range(self.rng.randint(1, 4))]
            msg.update({"thread_ts": root, "reply_count": len(repliers) + self.rng.randint(0, 6),
                        "reply_users_count": len(set(repliers)), "latest_reply": ts,
                        "reply_users": sorted(set(repliers)),
                        "replies": [{"user": u, "ts": ts} for u in repliers[:1]], "is_locked": False,
                        "subscribed": False})
            ev = {"type": "message", "subtype": "message_replied", "message": msg, "channel": channel["id"],
                  "hidden": True, "ts": ts, "event_ts": ts, "channel_type": self.ctype(channel)}
            yield self.event("message-replied", "message_replied", ev, t, channel["id"])

    def broadcasts(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            channel = self.channel()
            author = self.who(channel)
            ev, t = self.message_event(self.text_for(channel), author, channel, thread=True)
            ev["subtype"] = "thread_broadcast"
            root_author = self.who(channel)
            root = self.inner_message(self.text_for(channel), root_author, ev["thread_ts"])
            root.update({"thread_ts": ev["thread_ts"], "reply_count": self.rng.randint(2, 30),
                         "reply_users": [author["id"], root_author["id"]], "reply_users_count": 2,
                         "latest_reply": ev["ts"]})
            ev["root"] = root
            yield self.event("thread-broadcast", "thread_broadcast", ev, t, channel["id"])

    def file_obj(self, author: dict[str, str], t: int) -> dict[str, Any]:
        fid = "F0" + self.alnum(9).upper()
        snippet = self.rng.random() < 0.3
        if snippet:
            title, ftype, pretty, content = self.rng.choice(SNIPPETS)
            name, mime, size = (f"{title}.txt" if "." not in title else title), "text/plain", len(content.encode())
        else:
            name, mime, ftype, pretty, size = self.rng.choice(FILES)
            title = name.rsplit(".", 1)[0]
            content = ""
        slug = urllib.parse.quote(name.replace(" ", "_"))
        base = f"https://files.slack.com/files-pri/{TEAM_ID}-{fid}/{slug}"
        obj: dict[str, Any] = {
            "id": fid, "created": t, "timestamp": t, "name": name, "title": title, "mimetype": mime,
            "filetype": ftype, "pretty_type": pretty, "user": author["id"], "user_team": author["team"],
            "editable": snippet, "size": size, "mode": "snippet" if snippet else "hosted", "is_external": False,
            "external_type": "", "is_public": True, "public_url_shared": False, "display_as_bot": False,
            "username": "", "url_private": base, "url_private_download": base.replace(fid + "/", fid + "/download/"),
            "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{author['id']}/{fid}/{slug}",
            "permalink_public": f"https://slack-files.com/{TEAM_ID}-{fid}-{self.hexs(10)}",
            "has_rich_preview": False, "file_access": "visible"}
        if snippet:
            lines = content.split("\n")
            obj.update({"preview": "\n".join(lines[:5]), "lines": len(lines), "lines_more": max(0, len(lines) - 5),
                        "preview_is_truncated": len(lines) > 5,
                        "preview_highlight": '<div class="CodeMirror cm-s-default CodeMirrorServer">\n'
                        '<div class="CodeMirror-code">\n'
                        + "".join(f"<div><pre>{html.escape(line, quote=False)}</pre></div>\n" for line in lines[:5])
                        + "</div>\n</div>\n"})
        elif mime.startswith("image/"):
            tmb = f"https://files.slack.com/files-tmb/{TEAM_ID}-{fid}-{self.hexs(10)}/{slug.rsplit('.', 1)[0]}"
            obj.update({f"thumb_{s}": f"{tmb}_{s}.png" for s in (64, 80, 160, 360, 480)})
            obj.update({"original_w": 2880, "original_h": 1800, "thumb_tiny": "AwAeADC" + self.alnum(40)})
        return obj

    def file_shares(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            dm = self.rng.random() < 0.15
            channel = None if dm else self.channel()
            author = self.who(channel)
            src = self.rng.choice(["", "", "here's the log", "see attached :point_down:", "Q3 numbers, draft",
                                   "screenshot of the error", "voici le devis", "資料を共有します", "the HAR file from "
                                   "the customer, careful it has their cookies, delete after", self.text_for(
                                       channel or CHANNELS["random"])])
            ev, t = self.message_event(src, author, channel)
            ev["subtype"] = "file_share"
            ev["upload"] = False
            ev["display_as_bot"] = False
            ev["files"] = [self.file_obj(author, t) for _ in range(self.rng.choice((1, 1, 1, 2)))]
            if not src:
                ev.pop("blocks")
            yield self.event("file-share", "file_share", ev, t, ev["channel"])

    def channel_notices(self, kind: str, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            channel = self.channel()
            author = self.who(channel)
            t, ts = self.when()
            ev: dict[str, Any] = {"type": "message", "subtype": kind, "ts": ts, "user": author["id"],
                                  "channel": channel["id"], "event_ts": ts, "channel_type": self.ctype(channel)}
            mention = f"<@{author['id']}>"
            if kind == "channel_join":
                ev["text"] = f"{mention} has joined the channel"
                if self.rng.random() < 0.5:
                    ev["inviter"] = self.who()["id"]
            elif kind == "channel_leave":
                ev["text"] = f"{mention} has left the channel"
            elif kind == "channel_topic":
                topic = self.rng.choice([channel["topic"] or "No active incident", "Oncall this week: @kenji",
                                         "Release 5.13 on Monday :rocket:", "Deploy freeze until Monday 09:00",
                                         "INC-2041: checkout errors EU — see thread", "Code freeze: none :tada:",
                                         "Lunch at 12:30 > 13:00 from now on", "Q3 kickoff July 2 — agenda in doc"])
                ev.update({"topic": esc(topic), "text": f"{mention} set the channel topic: {esc(topic)}"})
            elif kind == "channel_purpose":
                purpose = self.rng.choice([channel["purpose"], "Escalations from support to engineering. Use the "
                                           "template in the pinned message & add the ticket link",
                                           "Tout ce qui concerne le bureau de Paris",
                                           "ここは東京チームのチャンネルです"])
                ev.update({"purpose": esc(purpose), "text": f"{mention} set the channel description: {esc(purpose)}"})
            elif kind == "channel_name":
                old = channel["name"] + self.rng.choice(["-old", "-tmp", "2", "-archive"])
                ev.update({"old_name": old, "name": channel["name"],
                           "text": f"{mention} renamed the channel from “{old}” to “{channel['name']}”"})
            else:  # pinned_item
                pinned = self.inner_message(self.text_for(channel), self.who(channel),
                                            f"{t - 3600}.{self.rng.randint(0, 999999):06d}")
                ev.update({"text": f"{mention} pinned a message to this channel.", "item_type": "C",
                           "attachments": [{"fallback": pinned["text"][:200], "text": pinned["text"],
                                            "author_subname": self.who()["real_name"], "ts": pinned["ts"],
                                            "channel_id": channel["id"], "channel_name": channel["name"],
                                            "is_msg_unfurl": True, "id": 1, "footer": "Pinned message",
                                            "mrkdwn_in": ["text"]}],
                           "item": {"type": "message", "channel": channel["id"], "message": pinned}})
            yield self.event(kind.replace("_", "-"), kind, ev, t, channel["id"])

    # ---- kinds: other events -------------------------------------------------------------------------
    def home_view(self, user: dict[str, str]) -> dict[str, Any]:
        """The Home tab Jeeves published for this user with views.publish, as Slack returns it."""
        place = self.rng.choice(["not set (`remember location <place>`)", "Paris, France", "São Paulo, Brazil",
                                 "Tokyo, Japan", "Berlin, Germany", "Lisbon, Portugal", "New York, United States",
                                 "Kraków, Poland", "Zürich, Switzerland", "Hà Nội, Vietnam", "Lagos, Nigeria"])
        units = self.rng.choice(["metric", "imperial"])
        alerts = self.rng.choice(["on", "off"])
        lines = f"*Location:* {place}\n*Units:* {units}\n*Daily alert:* {alerts} at " \
                f"{self.rng.choice(['07:00', '07:30', '06:45', '08:00'])} ({user['tz']})"
        vid = "V0" + self.alnum(9).upper()
        blocks = [
            {"type": "header", "block_id": self.alnum(4), "text": {"type": "plain_text",
                                                                  "text": "Your Jeeves settings", "emoji": True}},
            {"type": "section", "block_id": self.alnum(4), "text": {"type": "mrkdwn", "text": esc(lines),
                                                                   "verbatim": False}},
            {"type": "divider", "block_id": self.alnum(4)},
            {"type": "section", "block_id": self.alnum(4), "text": {
                "type": "mrkdwn", "verbatim": False,
                "text": f"Change them here with `/jeeves config ...`, or on <{BASE_URL}/me/|your page> "
                        "(send me `login` for a sign-in link)."}}]
        return {"id": vid, "team_id": TEAM_ID, "type": "home", "blocks": blocks, "private_metadata": "",
                "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.alnum(8)}",
                "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
                "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
                "root_view_id": vid, "app_id": APP_ID, "external_id": "", "app_installed_team_id": TEAM_ID,
                "bot_id": BOT_ID}

    def home_opened(self, n: int) -> Iterator[dict[str, Any]]:
        for i in range(n):
            user = self.who()
            t, ts = self.when()
            ev: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": DMS[user["key"]],
                                  "tab": "messages" if i % 5 == 4 else "home", "event_ts": ts}
            if i % 7 != 0:  # the first visit has no view yet
                ev["view"] = self.home_view(user)
            yield self.event("app-home-opened", "app_home_opened", ev, t, DMS[user["key"]])

    def reactions(self, kind: str, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            channel = self.channel()
            t, ts = self.when()
            item: dict[str, Any] = {"type": "message", "channel": channel["id"],
                                    "ts": f"{t - self.rng.randint(10, 86400)}.{self.rng.randint(0, 999999):06d}"}
            if self.rng.random() < 0.1:
                item = {"type": "file", "file": "F0" + self.alnum(9).upper()}
            ev = {"type": kind, "user": self.who(channel)["id"], "reaction": self.rng.choice(REACTIONS),
                  "item_user": self.who(channel)["id"], "item": item, "event_ts": ts}
            yield self.event(kind.replace("_", "-"), kind, ev, t, channel["id"])

    def member_joined(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            channel = self.channel()
            t, ts = self.when()
            ev: dict[str, Any] = {"type": "member_joined_channel", "user": self.who(channel)["id"],
                                  "channel": channel["id"], "channel_type": "G" if channel["kind"] == "group" else "C",
                                  "team": TEAM_ID, "event_ts": ts}
            if self.rng.random() < 0.6:
                ev["inviter"] = self.who()["id"]
            yield self.event("member-joined-channel", "member_joined_channel", ev, t, channel["id"])

    def channel_lifecycle(self, kind: str, n: int) -> Iterator[dict[str, Any]]:
        names = ["proj-atlas-launch", "inc-2041-checkout-eu", "team-lisbon", "ext-globex", "offsite-2024",
                 "feature-scheduled-exports", "guild-python", "tmp-migration-pg16", "sales-dach", "équipe-montréal",
                 "hackathon-july", "cust-umbrella-health", "rfc-014-job-queue", "pets-of-kestrel", "eng-reading-group"]
        for _ in range(n):
            creator = self.who()
            t, ts = self.when()
            name = self.rng.choice(names)
            cid = "C0" + self.alnum(9).upper()
            if kind == "channel_created":
                chan = {"id": cid, "name": name, "is_channel": True, "is_group": False, "is_im": False,
                        "is_mpim": False, "is_private": False, "created": t, "is_archived": False,
                        "is_general": False, "unlinked": 0, "name_normalized": name, "is_shared": False,
                        "is_org_shared": False, "is_pending_ext_shared": False, "pending_shared": [],
                        "context_team_id": TEAM_ID, "updated": t * 1000, "parent_conversation": None,
                        "creator": creator["id"], "is_ext_shared": False, "shared_team_ids": [TEAM_ID],
                        "pending_connected_team_ids": [], "topic": {"value": "", "creator": "", "last_set": 0},
                        "purpose": {"value": self.rng.choice(["", "Coordination for the launch", "Temporary channel "
                                                              "for the migration — archive after"]),
                                    "creator": creator["id"], "last_set": t}, "previous_names": []}
                ev: dict[str, Any] = {"type": "channel_created", "channel": chan, "event_ts": ts}
            else:
                ev = {"type": "channel_rename", "channel": {"id": cid, "name": name, "name_normalized": name,
                                                            "created": t - 86400 * 30, "is_channel": True,
                                                            "is_mpim": False}, "event_ts": ts}
            yield self.event(kind.replace("_", "-"), kind, ev, t, cid)

    def user_obj(self, person: dict[str, str], new: bool) -> dict[str, Any]:
        label, offset = TZ.get(person["tz"], ("Eastern Daylight Time", -14400))
        first, _, last = person["real_name"].partition(" ")
        status_emoji, status_text = self.rng.choice(STATUSES)
        custom = self.rng.random() < 0.7
        avatar = self.hexs(12)
        day = f"2024-0{self.rng.randint(1, 6)}-{self.rng.randint(10, 28)}"
        if custom:
            img = {f"image_{s}": f"https://avatars.slack-edge.com/{day}/{self.rng.randint(10**12, 10**13 - 1)}_"
                                 f"{avatar}{self.hexs(8)}_{s}.jpg" for s in (24, 32, 48, 72, 192, 512, 1024)}
            img["image_original"] = img["image_1024"].replace("_1024.jpg", "_original.jpg")
        else:
            md5 = hashlib.md5(person["email"].encode(), usedforsecurity=False).hexdigest()
            img = {f"image_{s}": f"https://secure.gravatar.com/avatar/{md5}.jpg?s={s}&d=https%3A%2F%2Fa.slack-edge.com"
                                 f"%2Fdf10d%2Fimg%2Favatars%2Fava_00{self.rng.randint(10, 26)}-{s}.png"
                   for s in (24, 32, 48, 72, 192, 512)}
        fields: dict[str, dict[str, str]] = {
            "Xf03ABCD1234": {"value": person["dept"], "alt": ""},
            "Xf03EFGH5678": {"value": f"https://github.com/{person['handle'].replace('.', '-')}", "alt": "GitHub"},
        }
        if person["pronouns"]:
            fields["Xf03IJKL9012"] = {"value": person["pronouns"], "alt": ""}
        if self.rng.random() < 0.5:
            fields["Xf03MNOP3456"] = {"value": PEOPLE[self.rng.choice(["erik", "ravi", "priya", "maya"])]["id"],
                                      "alt": ""}
        if self.rng.random() < 0.4:
            fields["Xf03QRST7890"] = {"value": self.rng.choice(["Stockholm office", "Remote (EU)", "Paris — 3e étage",
                                                                "Tokyo / 東京オフィス", "Remote, Buenos Aires"]),
                                      "alt": ""}
        ascii_name = unicodedata.normalize("NFKD", person["real_name"]).encode("ascii", "ignore").decode()
        profile: dict[str, Any] = {
            "title": person["title"], "phone": person["phone"], "skype": "", "real_name": person["real_name"],
            "real_name_normalized": ascii_name, "display_name": person["display_name"],
            "display_name_normalized": person["display_name"], "fields": fields, "status_text": status_text,
            "status_emoji": status_emoji, "status_emoji_display_info": [],
            "status_expiration": 0 if not status_text else EPOCH + self.rng.randint(3600, 86400 * 14),
            "avatar_hash": avatar, "is_custom_image": custom, "email": person["email"], "first_name": first,
            "last_name": last, **img, "status_text_canonical": "", "team": person["team"]}
        if self.rng.random() < 0.3:
            profile["pronouns"] = person["pronouns"]
        return {"id": person["id"], "team_id": person["team"], "name": person["handle"], "deleted": False,
                "color": self.hexs(6), "real_name": person["real_name"], "tz": person["tz"], "tz_label": label,
                "tz_offset": offset, "profile": profile, "is_admin": person["key"] in ("erik", "sam", "jan"),
                "is_owner": person["key"] == "erik", "is_primary_owner": person["key"] == "erik",
                "is_restricted": False, "is_ultra_restricted": False, "is_bot": False, "is_app_user": False,
                "updated": EPOCH + self.rng.randint(0, 86400 * 60), "is_email_confirmed": True,
                "who_can_share_contact_card": "EVERYONE", "locale": person["locale"],
                **({"has_2fa": True} if not new else {}),
                "presence": self.rng.choice(["active", "away"])}

    def users(self, kind: str, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            person = PEOPLE[self.rng.choice(list(PEOPLE))]
            t, ts = self.when()
            user = self.user_obj(person, kind == "team_join")
            ev = {"type": kind, "user": user, "cache_ts": t, "event_ts": ts}
            yield self.event(kind.replace("_", "-"), kind, ev, t, None)

    def links_shared(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            channel = self.channel()
            t, ts = self.when()
            links = [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u}
                     for u in self.rng.sample(UNFURL_LINKS, self.rng.choice((1, 1, 2)))]
            for link in links:
                if link["domain"].startswith("www."):
                    link["domain"] = link["domain"][4:]
            ev: dict[str, Any] = {"type": "link_shared", "channel": channel["id"], "is_bot_user_member": True,
                                  "user": self.who(channel)["id"], "message_ts": ts,
                                  "unfurl_id": f"{channel['id']}.{ts}.{self.hexs(40)}",
                                  "source": self.rng.choice(["conversations_history", "composer"]),
                                  "links": links, "event_ts": ts}
            if self.rng.random() < 0.2:
                ev["thread_ts"] = f"{t - 3600}.{self.rng.randint(0, 999999):06d}"
            if ev["source"] == "composer":
                ev["channel"] = "COMPOSER"
                ev["message_ts"] = self.uuid()
            yield self.event("link-shared", "link_shared", ev, t, channel["id"])

    def files_shared(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            channel = self.channel()
            t, ts = self.when()
            fid = "F0" + self.alnum(9).upper()
            ev = {"type": "file_shared", "channel_id": channel["id"], "file_id": fid, "user_id": self.who()["id"],
                  "file": {"id": fid}, "event_ts": ts}
            yield self.event("file-shared", "file_shared", ev, t, channel["id"])

    def emoji_changes(self, n: int) -> Iterator[dict[str, Any]]:
        for i in range(n):
            t, ts = self.when()
            name = self.rng.choice(EMOJI_NAMES)
            ev: dict[str, Any]
            if i % 3 == 0:
                ev = {"type": "emoji_changed", "subtype": "add", "name": name,
                      "value": f"https://emoji.slack-edge.com/{TEAM_ID}/{name}/{self.hexs(16)}."
                               f"{self.rng.choice(['png', 'gif'])}", "event_ts": ts}
            elif i % 3 == 1:
                ev = {"type": "emoji_changed", "subtype": "remove", "names": [name, name + "2"], "event_ts": ts}
            else:
                ev = {"type": "emoji_changed", "subtype": "rename", "old_name": name, "new_name": name + "-classic",
                      "value": f"https://emoji.slack-edge.com/{TEAM_ID}/{name}-classic/{self.hexs(16)}.png",
                      "event_ts": ts}
            if i == 4:
                ev = {"type": "emoji_changed", "subtype": "add", "name": "yes", "value": "alias:white_check_mark",
                      "event_ts": ts}
            yield self.event("emoji-changed", "emoji_changed", ev, t, None)

    def workflow_steps(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            t, ts = self.when()
            who = self.who()
            place = self.rng.choice(PLACES)
            inputs = {
                "location": {"value": place, "skip_variable_replacement": False},
                "channel": {"value": self.channel()["id"], "skip_variable_replacement": False},
                "requested_by": {"value": who["id"], "skip_variable_replacement": False},
                "intro": {"value": self.rng.choice([
                    "Good morning team! :sunny: Today's forecast for the offsite:",
                    "Weather for the Sunday run :runner:", "Forecast before the release party 🎉",
                    "Bonjour ! La météo du jour :", "{{requested_by}} asked for the weather",
                    "Weather check for *{location}* — bring an umbrella if > 40% rain"]),
                    "skip_variable_replacement": False}}
            ev = {"type": "workflow_step_execute", "callback_id": "jeeves_weather_step",
                  "workflow_step": {"workflow_step_execute_id": f"{self.rng.randint(10**12, 10**13 - 1)}."
                                                                f"{self.hexs(32)}",
                                    "workflow_id": str(self.rng.randint(10**17, 10**18 - 1)),
                                    "workflow_instance_id": str(self.rng.randint(10**17, 10**18 - 1)),
                                    "step_id": self.uuid(), "inputs": inputs,
                                    "outputs": [{"name": "forecast", "type": "text", "label": "Forecast"},
                                                {"name": "temperature", "type": "text", "label": "Temperature"}]},
                  "event_ts": ts}
            yield self.event("workflow-step-execute", "workflow_step_execute", ev, t, None)

    def url_verifications(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            t, _ = self.when()
            body = {"token": VERIFICATION_TOKEN, "challenge": self.alnum(48), "type": "url_verification"}
            yield self.record("url-verification", "url_verification", "/slack/events", self.dumps(body), "json", t)

    def housekeeping(self, n: int) -> Iterator[dict[str, Any]]:
        for i in range(n):
            t, ts = self.when()
            if i % 2 == 0:
                body: dict[str, Any] = {"token": VERIFICATION_TOKEN, "type": "app_rate_limited", "team_id": TEAM_ID,
                                        "minute_rate_limited": (t // 60) * 60, "api_app_id": APP_ID}
                yield self.record("app-rate-limited", "app_rate_limited", "/slack/events", self.dumps(body), "json", t)
            else:
                ev = {"type": "tokens_revoked", "tokens": {"oauth": [self.who()["id"]], "bot": []}, "event_ts": ts}
                yield self.event("tokens-revoked", "tokens_revoked", ev, t, None)

    # ---- /slack/commands ---------------------------------------------------------------------------
    def command_text(self) -> str:
        roll = self.rng.random()
        place = self.rng.choice(PLACES)
        if roll < 0.34:
            return self.rng.choice(["weather ", "weather ", "Weather ", "weather  ", "WEATHER "]) + place
        if roll < 0.44:
            return "remember location " + place
        if roll < 0.70:
            return self.rng.choice(COMMAND_TEXTS)
        return self.rng.choice(COMMAND_MISTAKES).replace("{place}", place)

    def commands(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            person = self.who()
            roll = self.rng.random()
            if roll < 0.35:
                cid, cname = DMS[person["key"]], "directmessage"
            elif roll < 0.42:
                others = self.rng.sample(STAFF, 2)
                cid = "C0" + self.alnum(9).upper()
                cname = "mpdm-" + "--".join([person["handle"]] + [PEOPLE[k]["handle"] for k in others]) + "-1"
            else:
                chan = self.channel()
                cid = chan["id"]
                cname = "privategroup" if chan["kind"] == "group" else chan["name"]
            t, _ = self.when()
            fields = [("token", VERIFICATION_TOKEN), ("team_id", TEAM_ID), ("team_domain", TEAM_DOMAIN),
                      ("channel_id", cid), ("channel_name", cname), ("user_id", person["id"]),
                      ("user_name", person["handle"]), ("command", "/jeeves"), ("text", esc(self.command_text())),
                      ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                      ("response_url", self.hook("commands")), ("trigger_id", self.trigger_id())]
            yield self.record("slash-command", "slash_command", "/slack/commands", urllib.parse.urlencode(fields),
                              "form", t)

    # ---- /slack/interactions -----------------------------------------------------------------------
    def interaction(self, kind: str, sub: str, payload: dict[str, Any], t: int) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", self.dumps(payload))])
        return self.record(kind, sub, "/slack/interactions", body, "form", t)

    def user_ref(self, person: dict[str, str]) -> dict[str, str]:
        return {"id": person["id"], "username": person["handle"], "name": person["handle"], "team_id": TEAM_ID}

    def common(self, person: dict[str, str]) -> dict[str, Any]:
        return {"user": self.user_ref(person), "api_app_id": APP_ID, "token": VERIFICATION_TOKEN,
                "team": {"id": TEAM_ID, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def jeeves_buttons(self, n: int) -> Iterator[dict[str, Any]]:
        """Clicks on the buttons Jeeves puts in its replies (what /slack/interactions handles)."""
        for i in range(n):
            person = self.who()
            t, ts = self.when()
            in_dm = self.rng.random() < 0.6
            channel = {"id": DMS[person["key"]], "name": "directmessage"} if in_dm else \
                {"id": (c := self.channel())["id"], "name": c["name"]}
            if i % 6 < 4:
                place = self.rng.choice(PLACES)
                text, blocks = self.weather_reply(place)
                action = {"action_id": "set_location", "block_id": blocks[1]["block_id"],
                          "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                          "value": place, "type": "button", "action_ts": f"{t}.{self.rng.randint(0, 999999):06d}"}
            else:
                text = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
                        "history. Are you sure?")
                bid = self.alnum(4)
                blocks = [{"type": "section", "block_id": self.alnum(4),
                           "text": {"type": "mrkdwn", "text": text, "verbatim": False}},
                          {"type": "actions", "block_id": bid, "elements": [
                              {"type": "button", "action_id": "forget_me_confirm", "value": "-", "style": "danger",
                               "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}},
                              {"type": "button", "action_id": "forget_me_cancel", "value": "-",
                               "text": {"type": "plain_text", "text": "Cancel", "emoji": True}}]}]
                confirm = i % 6 == 4
                action = {"action_id": "forget_me_confirm" if confirm else "forget_me_cancel", "block_id": bid,
                          "text": {"type": "plain_text", "text": "Yes, forget me" if confirm else "Cancel",
                                   "emoji": True}, "value": "-", "type": "button",
                          "action_ts": f"{t}.{self.rng.randint(0, 999999):06d}"}
                if confirm:
                    action["style"] = "danger"
            message = {"bot_id": BOT_ID, "type": "message", "text": text, "user": BOT_USER, "ts": ts,
                       "app_id": APP_ID, "blocks": blocks, "team": TEAM_ID}
            payload = {"type": "block_actions", **self.common(person),
                       "container": {"type": "message", "message_ts": ts, "channel_id": channel["id"],
                                     "is_ephemeral": not in_dm},
                       "trigger_id": self.trigger_id(), "channel": channel, "message": message,
                       "state": {"values": {}}, "response_url": self.hook("actions"), "actions": [action]}
            if not in_dm:  # ephemeral messages come without the message body
                payload.pop("message")
            yield self.interaction("block-actions", "block_actions", payload, t)

    def other_actions(self, n: int) -> Iterator[dict[str, Any]]:
        """Selects, datepickers, checkboxes, overflow menus and link buttons on the Home tab and in modals."""
        for i in range(n):
            person = self.who()
            t, _ = self.when()
            ats = f"{t}.{self.rng.randint(0, 999999):06d}"
            bid = self.rng.choice(["units", "alerts", "schedule", "pause", "more", self.alnum(4)])
            kind = i % 8
            action: dict[str, Any]
            if kind == 0:
                opt = self.rng.choice(UNITS)
                action = {"type": "static_select", "action_id": "units_select", "block_id": bid,
                          "selected_option": option(*opt), "placeholder": plain("Units"), "action_ts": ats}
            elif kind == 1:
                picked = self.rng.sample(ALERT_BOXES, self.rng.randint(0, 3))
                action = {"type": "checkboxes", "action_id": "alert_options", "block_id": bid,
                          "selected_options": [option(*o) for o in picked], "action_ts": ats}
            elif kind == 2:
                action = {"type": "timepicker", "action_id": "alert_time", "block_id": bid,
                          "selected_time": f"{self.rng.randint(5, 9):02d}:{self.rng.choice([0, 15, 30, 45]):02d}",
                          "initial_time": "07:30", "action_ts": ats}
            elif kind == 3:
                action = {"type": "datepicker", "action_id": "pause_until", "block_id": bid,
                          "selected_date": f"2024-{self.rng.randint(7, 9):02d}-{self.rng.randint(1, 28):02d}",
                          "initial_date": "2024-07-01", "action_ts": ats}
            elif kind == 4:
                opt = self.rng.choice(OVERFLOW)
                action = {"type": "overflow", "action_id": "home_more", "block_id": bid,
                          "selected_option": option(*opt), "action_ts": ats}
            elif kind == 5:
                tzname = self.rng.choice(list(TZ))
                action = {"type": "static_select", "action_id": "timezone_select", "block_id": bid,
                          "selected_option": option(tzname.replace("_", " "), tzname), "action_ts": ats}
            elif kind == 6:
                action = {"type": "button", "action_id": "open_my_page", "block_id": bid,
                          "text": plain("Open my page"), "url": f"{BASE_URL}/me/", "value": "open", "action_ts": ats}
            else:
                action = {"type": "users_select", "action_id": "share_with", "block_id": bid,
                          "selected_user": self.who()["id"], "initial_user": person["id"], "action_ts": ats}
            on_home = i % 3 != 2
            vid = "V0" + self.alnum(9).upper()
            payload: dict[str, Any] = {"type": "block_actions", **self.common(person),
                                       "container": {"type": "view", "view_id": vid},
                                       "trigger_id": self.trigger_id()}
            if on_home:
                view = self.home_view(person)
                view["id"] = view["root_view_id"] = vid
                view["state"] = {"values": {bid: {action["action_id"]: self.state_of(action)}}}
                payload["view"] = view
            else:
                payload["view"] = self.modal_view(self.rng.choice(MODALS)(self), vid)
            payload["actions"] = [action]
            yield self.interaction("block-actions", "block_actions", payload, t)

    @staticmethod
    def state_of(action: dict[str, Any]) -> dict[str, Any]:
        state = {k: v for k, v in action.items() if k.startswith("selected") or k == "value"}
        state["type"] = action["type"]
        return state

    def modal_view(self, spec: tuple[str, str, str, list[Field]], vid: str, fill: bool = True) -> dict[str, Any]:
        callback, title, submit, fields = spec
        blocks = [input_block(f) for f in fields]
        values = {f[0]: {f[1]: state_entry(f)} for f in fields if fill or self.rng.random() < 0.4}
        return {"id": vid, "team_id": TEAM_ID, "type": "modal", "blocks": blocks,
                "private_metadata": self.rng.choice(["", json.dumps({"channel": self.channel()["id"]}),
                                                     f"{self.channel()['id']}|{EPOCH}.000200"]),
                "callback_id": callback, "state": {"values": values}, "hash": f"{EPOCH}.{self.alnum(8)}",
                "title": plain(title), "clear_on_close": False, "notify_on_close": True, "close": plain("Cancel"),
                "submit": plain(submit), "previous_view_id": None, "root_view_id": vid, "app_id": APP_ID,
                "external_id": "", "app_installed_team_id": TEAM_ID, "bot_id": BOT_ID}

    def submissions(self, n: int) -> Iterator[dict[str, Any]]:
        for i in range(n):
            person = self.who()
            t, _ = self.when()
            spec = MODALS[i % len(MODALS)](self)
            payload = {"type": "view_submission", **self.common(person), "trigger_id": self.trigger_id(),
                       "view": self.modal_view(spec, "V0" + self.alnum(9).upper()), "response_urls": []}
            yield self.interaction("view-submission", "view_submission", payload, t)

    def closes(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            person = self.who()
            t, _ = self.when()
            spec = self.rng.choice(MODALS)(self)
            payload = {"type": "view_closed", **self.common(person),
                       "view": self.modal_view(spec, "V0" + self.alnum(9).upper(), fill=False),
                       "is_cleared": self.rng.random() < 0.2}
            yield self.interaction("view-closed", "view_closed", payload, t)

    def shortcuts(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            person = self.who()
            t, _ = self.when()
            payload = {"type": "shortcut", "token": VERIFICATION_TOKEN, "action_ts": f"{t}.{self.hexs(6)}",
                       "team": {"id": TEAM_ID, "domain": TEAM_DOMAIN}, "user": self.user_ref(person),
                       "is_enterprise_install": False, "enterprise": None,
                       "callback_id": self.rng.choice(["jeeves_weather", "jeeves_settings", "report_incident",
                                                       "new_ticket", "book_room"]),
                       "trigger_id": self.trigger_id()}
            yield self.interaction("shortcut", "shortcut", payload, t)

    def message_actions(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            person = self.who()
            channel = self.channel()
            t, ts = self.when()
            author = self.who(channel)
            msg = self.inner_message(self.text_for(channel), author, f"{t - self.rng.randint(30, 86400)}.000"
                                     f"{self.rng.randint(100, 999)}")
            payload = {"type": "message_action", "token": VERIFICATION_TOKEN, "action_ts": f"{t}.{self.hexs(6)}",
                       "team": {"id": TEAM_ID, "domain": TEAM_DOMAIN}, "user": self.user_ref(person),
                       "channel": {"id": channel["id"], "name": channel["name"]}, "is_enterprise_install": False,
                       "enterprise": None,
                       "callback_id": self.rng.choice(["create_ticket", "save_link", "translate_message",
                                                       "report_to_security", "weather_for_this_place"]),
                       "trigger_id": self.trigger_id(), "response_url": self.hook("app"),
                       "message_ts": msg["ts"], "message": msg}
            yield self.interaction("message-action", "message_action", payload, t)

    def suggestions(self, n: int) -> Iterator[dict[str, Any]]:
        for _ in range(n):
            person = self.who()
            t, _ = self.when()
            vid = "V0" + self.alnum(9).upper()
            view = self.modal_view(settings_modal(self), vid, fill=False)
            payload = {"type": "block_suggestion", **self.common(person),
                       "container": {"type": "view", "view_id": vid}, "action_id": "location_search",
                       "block_id": "location", "value": self.rng.choice(TYPED_PREFIXES), "view": view}
            yield self.interaction("block-suggestion", "block_suggestion", payload, t)


# ---------------------------------------------------------------------------------------------------------------
# What people type into /jeeves, and into Jeeves' modals
# ---------------------------------------------------------------------------------------------------------------
COMMAND_TEXTS = [
    "help", "", "HELP", "help ", "weather", "my location", "forget location", "alerts on", "alerts off", "alerts",
    "config", "config units imperial", "config units metric", "config alert_time 07:30", "config alert_time 06:00",
    "config alert_time 8:15", "config timezone Europe/Paris", "config timezone America/Los_Angeles",
    "config tz Asia/Kolkata", "config timezone America/Sao_Paulo", "config time 07:00", "config unit imperial",
    "config alerts on", "config alerts off", "login", "Login", "forget me", "Forget me", "my location ",
]
COMMAND_MISTAKES = [
    "wether {place}", "waether {place}", "weahter {place}", "wheather {place}", "weather in {place}",
    "weather {place} tomorrow", "weather for {place} please", "weather {place}, FR", "remeber location {place}",
    "remember {place}", "remember loc {place}", "remember location", "location {place}", "set location {place}",
    "config units celsius", "config units °F", "config alert_time 25:00", "config alert_time 7:30am",
    "config alert_time 18h", "config timezone CEST", "config timezone Paris", "config timezone UTC+2",
    "config timezone Etc/GMT+3", "config timezone UTC", "config units=imperial", "set units imperial",
    "config alert_time 07:30 Europe/Paris", "alerts yes", "alert on", "alerts maybe", "login?", "forget",
    "forget me please", "forgetme", "halp", "?", "commands", "hi", "hello jeeves", "weather :sunny: {place}",
    "weather https://goo.gl/maps/Xk2pQ9vRtY8", "weather @maya.l", "weather {place} & Lyon",
    "weather 48.8566,2.3522", "weather 48.8566° N, 2.3522° E", "weather “{place}”", "weather '{place}'",
    "weather {place}; weather Lyon", "weather {place} -v", "weather --help", "weather {place}/Lyon",
    "remember location 221B Baker Street, London", "remember location 1600 Amphitheatre Pkwy, Mountain View, CA 94043",
    "weather the office", "weather home", "weather here", "what is the weather", "weather?", "weather ?{place}",
    "/jeeves weather {place}", "jeeves weather {place}", "weather {place}\nweather Lyon", "weather 10 Downing St",
    "weather for our offsite at Hôtel Le Meurice, 228 Rue de Rivoli, 75001 Paris", "feedback the 7:30 alert came "
    "at 8:30 since the DST change", "remind me to call Ana at 3pm", "weather {place} (for Friday's BBQ 🍖)",
    "weather {place} in fahrenheit", "weather {place} 5 days", "my locaiton", "config units imperial please",
    "weather Saint Petersburg, FL (not Russia)", "weather Portland (Oregon, not Maine)",
]
JEEVES_FEEDBACK = [
    "Jeeves told me it's 31°C in Oslo, I don't believe it :thinking_face:",
    "feature request: {@bot} should give the UV index in summer :sunny:",
    "the morning alert is great, but can it skip weekends?",
    "Is {@bot} using Open-Meteo? the numbers differ from my phone's weather app",
    "`/jeeves weather São Paulo` works but `/jeeves weather Sao Paulo` gives me São Paulo, Minnesota :joy:",
    "Could Jeeves show °F and °C side by side? Half the team is in the US",
    "Bug? `remember location` with a postcode (`10115`) picked a town in the Philippines",
    "Love the Home tab :heart: small thing: the daily alert time should show the time zone abbreviation (CEST)",
    "The sign-in link from `login` expired before I clicked it (meeting...). Could it last 15 min instead of 10?",
    "Suggestion: a `weather week` command with the 7-day forecast as a table",
]
UNITS = [("Metric (°C, km/h)", "metric"), ("Imperial (°F, mph)", "imperial")]
ALERT_BOXES = [("Daily alert", "daily"), ("Skip weekends", "weekdays_only"), ("Rain warnings", "rain"),
               ("Severe weather only", "severe"), ("Include UV index", "uv")]
OVERFLOW = [("Snooze alerts for a day", "snooze_1d"), ("Snooze alerts for a week", "snooze_1w"),
            ("Open my page", "open_page"), ("Send me a sign-in link", "login"), ("Forget me…", "forget_me")]
TYPED_PREFIXES = ["Par", "São", "sao p", "new y", "Kra", "東", "san fr", "münch", "st. j", "Lis", "l'", "Wro",
                  "ville-d'a", "Zür", "Reyk", "Ha N", "Mont", "Frankfurt (", "Saint-É", "o", "Bue", "Düss", "Ząbk",
                  "Aix-en-Pro", "Москв", "서", "Τhess", "New Delhi", "1011"]

Field = tuple[str, str, str, str, Any, "list[tuple[str, str]] | None"]


def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": text, "emoji": True}


def option(text: str, value: str) -> dict[str, Any]:
    return {"text": plain(text), "value": value}


def input_block(f: Field) -> dict[str, Any]:
    block_id, action_id, etype, label, _, options = f
    element: dict[str, Any] = {"type": etype, "action_id": action_id}
    if etype == "plain_text_input" and label.endswith("…"):
        element["multiline"] = True
    if etype == "number_input":
        element["is_decimal_allowed"] = True
    if options:
        element["options"] = [option(*o) for o in options]
    if etype == "external_select":
        element["min_query_length"] = 2
    return {"type": "input", "block_id": block_id, "label": plain(label.rstrip("…")), "optional": False,
            "dispatch_action": False, "element": element}


def state_entry(f: Field) -> dict[str, Any]:
    etype, value = f[2], f[4]
    entry: dict[str, Any] = {"type": etype}
    if etype in ("plain_text_input", "email_text_input", "url_text_input", "number_input"):
        entry["value"] = value
    elif etype in ("static_select", "radio_buttons", "external_select"):
        entry["selected_option"] = option(*value) if value else None
    elif etype in ("multi_static_select", "checkboxes"):
        entry["selected_options"] = [option(*v) for v in value]
    elif etype == "users_select":
        entry["selected_user"] = value
    elif etype == "multi_users_select":
        entry["selected_users"] = value
    elif etype == "conversations_select":
        entry["selected_conversation"] = value
    elif etype == "multi_conversations_select":
        entry["selected_conversations"] = value
    elif etype == "datepicker":
        entry["selected_date"] = value
    elif etype == "timepicker":
        entry["selected_time"] = value
    elif etype == "datetimepicker":
        entry["selected_date_time"] = value
    elif etype == "rich_text_input":
        entry["rich_text_value"] = value
    return entry


def plainify(src: str, rng: random.Random) -> str:
    """A markup source as someone types it into a plain text input."""
    src = re.sub(r"\{@(\w*)\}", lambda m: "@" + PEOPLE.get(m.group(1), PEOPLE[rng.choice(STAFF)])["handle"], src)
    src = re.sub(r"\{#([\w-]+)\}", r"#\1", src)
    src = re.sub(r"\{!(\w+)\}", r"@\1", src)
    return re.sub(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)", lambda m: rng.choice((m.group(2), f"{m.group(1)}: "
                                                                                          f"{m.group(2)}")), src)


def _date(rng: random.Random) -> str:
    return f"2024-{rng.randint(6, 9):02d}-{rng.randint(1, 28):02d}"


def incident_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    sev = [("SEV1 — critical", "sev1"), ("SEV2 — major", "sev2"), ("SEV3 — minor", "sev3"), ("SEV4 — cosmetic", "sev4")]
    svc = [(s, s) for s in SERVICES]
    return ("report_incident", "Report an incident", "Declare", [
        ("title", "title_input", "plain_text_input", "Title",
         rng.choice(["Checkout errors in EU", "Search returns empty results", "Emails delayed > 30 min",
                     "Admin panel 502 on CSV export", "SSO login fails for Entra ID tenants",
                     "iOS push notifications not delivered", "Webhooks to customers timing out (>10s)"]), None),
        ("severity", "severity_select", "static_select", "Severity", rng.choice(sev), sev),
        ("services", "services_select", "multi_static_select", "Affected services", rng.sample(svc, 2), svc),
        ("description", "description_input", "plain_text_input", "What's happening?…",
         plainify(rng.choice(OPS + ENG), rng), None),
        ("started", "started_at", "datetimepicker", "Started at", EPOCH + rng.randint(0, 86400 * 50), None),
        ("commander", "commander_select", "users_select", "Incident commander", g.who()["id"], None)])


def ticket_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    prio = [("Low", "low"), ("Normal", "normal"), ("High", "high"), ("Urgent", "urgent")]
    email = rng.choice(["j.moreau@example.fr", "ops-team@acme-retail.com", "kenta.sato+kestrel@sakura-butsuryu.jp",
                        "maria.garcia@northwind.example", "it.support@hauser-soehne.de", "o'neill.pat@globex.com",
                        "billing@umbrella-health.co.uk"])
    url = rng.choice(["https://app.kestrel-labs.com/orders?status=open&from=2024-06-01&to=2024-06-30",
                      "https://app.kestrel-labs.com/exports/8812/download", "https://app.kestrel-labs.com/settings/sso",
                      "https://app.kestrel-labs.com/inventory?q=bosch%20drill&sort=-stock&page=3",
                      "https://app.kestrel-labs.com/reports/weekly#section=returns"])
    return ("new_ticket", "New support ticket", "Create", [
        ("email", "customer_email", "email_text_input", "Customer e-mail", email, None),
        ("company", "company_input", "plain_text_input", "Company",
         rng.choice(["Acme Retail", "Hauser & Söhne GmbH", "株式会社サクラ物流", "O'Reilly Auto Parts (EU)",
                     "Globex", "Vistula Freight Sp. z o.o."]), None),
        ("url", "page_url", "url_text_input", "Page where it happens", url, None),
        ("priority", "priority_radio", "radio_buttons", "Priority", rng.choice(prio), prio),
        ("summary", "summary_input", "plain_text_input", "Summary…", plainify(rng.choice(SUPPORT), rng), None),
        ("team_channel", "escalate_to", "conversations_select", "Escalate to", CHANNELS["support-escalations"]["id"],
         None)])


def expense_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    cur = [("EUR €", "EUR"), ("USD $", "USD"), ("GBP £", "GBP"), ("JPY ¥", "JPY"), ("BRL R$", "BRL"), ("SEK kr", "SEK")]
    cat = [("Travel", "travel"), ("Meals & entertainment", "meals"), ("Software", "software"), ("Hardware", "hardware")]
    return ("expense_claim", "Submit an expense", "Submit", [
        ("amount", "amount_input", "number_input", "Amount", rng.choice(["42.50", "1200", "18.9", "349.00", "7"]),
         None),
        ("currency", "currency_select", "static_select", "Currency", rng.choice(cur), cur),
        ("date", "expense_date", "datepicker", "Date", _date(rng), None),
        ("merchant", "merchant_input", "plain_text_input", "Merchant",
         rng.choice(["Uber", "Deutsche Bahn", "Café de Flore", "Lufthansa LH1234", "Amazon Web Services",
                     "一蘭 渋谷店", "Marks & Spencer", "Hotel Bairro Alto", "JetBrains s.r.o."]), None),
        ("category", "category_select", "static_select", "Category", rng.choice(cat), cat),
        ("note", "note_input", "plain_text_input", "Notes…", rng.choice([
            "Team lunch with the Globex folks (4 people)\nReceipt uploaded to Pleo",
            "Train Paris → Lyon for the customer workshop, 2nd class",
            "IntelliJ license renewal for @dima (annual)", "Taxi from the airport, flight was 3h late",
            "Dinner after the offsite day 2 — 11 people, per-person €31.50 < limit of €40"]), None)])


def settings_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    zones = [(z.replace("_", " "), z) for z in rng.sample(sorted(TZ), 6)]
    place = rng.choice(PLACES)
    return ("jeeves_settings", "Jeeves settings", "Save", [
        ("location", "location_search", "external_select", "Location", (place, place), None),
        ("units", "units_radio", "radio_buttons", "Units", rng.choice(UNITS), UNITS),
        ("alert_time", "alert_time", "timepicker", "Daily alert at",
         f"{rng.randint(5, 9):02d}:{rng.choice([0, 15, 30, 45]):02d}", None),
        ("timezone", "timezone_select", "static_select", "Time zone", zones[0], zones),
        ("alerts", "alert_options", "checkboxes", "Alerts", rng.sample(ALERT_BOXES, rng.randint(0, 3)), ALERT_BOXES)])


def feedback_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    rating = [("⭐", "1"), ("⭐⭐", "2"), ("⭐⭐⭐", "3"), ("⭐⭐⭐⭐", "4"), ("⭐⭐⭐⭐⭐", "5")]
    text = rng.choice([
        "The morning alert is great! Could it include the UV index?\n\nAlso Fahrenheit for our US folks would be nice.",
        "Works well. One thing: when I type `weather Paris` I'd like to see tomorrow too, not only today.",
        "Jeeves said 'light rain' and I got absolutely soaked :) maybe show the mm/h?",
        "Merci pour le bot ! Serait-il possible d'avoir les messages en français ?",
        "C'est super, mais l'alerte arrive à 8h30 au lieu de 7h30 depuis le changement d'heure.",
        "Sehr praktisch! Wäre es möglich, mehrere Orte zu speichern (Büro & Zuhause)?",
        "朝の通知が便利です。週末はオフにできると嬉しいです。",
        "I got this error when I clicked the button: \"Sorry, something went wrong on my side. Please try again.\"\n"
        "Happened twice around 09:05 CEST.",
        "10/10 would ask about the weather again", plainify(rng.choice(JEEVES_FEEDBACK), rng)])
    return ("jeeves_feedback", "Feedback for Jeeves", "Send", [
        ("feedback", "feedback_input", "plain_text_input", "Your feedback…", text, None),
        ("contact", "contact_email", "email_text_input", "E-mail (optional)", g.who()["email"], None),
        ("rating", "rating_select", "static_select", "Rating", rng.choice(rating), rating)])


def room_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    rooms = [("Fjord (8)", "fjord"), ("Sakura (4)", "sakura"), ("Ipanema (12)", "ipanema"), ("Kiez (6)", "kiez")]
    return ("book_room", "Book a room", "Book", [
        ("date", "date_picker", "datepicker", "Date", _date(rng), None),
        ("start", "start_time", "timepicker", "Start", f"{rng.randint(8, 17):02d}:{rng.choice([0, 30]):02d}", None),
        ("duration", "duration_input", "number_input", "Duration (minutes)", rng.choice(["30", "45", "60", "90"]),
         None),
        ("attendees", "attendees_select", "multi_users_select", "Attendees", [g.who()["id"] for _ in range(3)], None),
        ("room", "room_select", "static_select", "Room", rng.choice(rooms), rooms),
        ("agenda", "agenda_input", "plain_text_input", "Agenda…", rng.choice([
            "1. Q3 goals\n2. Hiring plan\n3. AOB", "Interview: Staff Engineer, system design round",
            "Customer workshop prep (Globex) — bring laptops", "Retro for INC-2041\n- timeline\n- what went well\n"
            "- what we change", "Réunion d'équipe + déjeuner"]), None)])


def link_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    url = rng.choice(UNFURL_LINKS + [
        "https://www.postgresql.org/docs/16/sql-createindex.html#SQL-CREATEINDEX-CONCURRENTLY",
        "https://martinfowler.com/articles/patterns-of-distributed-systems/",
        "https://github.com/kestrel-labs/api/blob/main/docs/adr/0014-postgres-job-queue.md",
        "https://en.wikipedia.org/wiki/Fika_(Sweden)",
        "https://developer.mozilla.org/en-US/docs/Web/API/Intl/DateTimeFormat/DateTimeFormat#options"])
    return ("save_link", "Save a bookmark", "Save", [
        ("url", "url_input", "url_text_input", "URL", url, None),
        ("title", "title_input", "plain_text_input", "Title",
         rng.choice(["Create index concurrently", "Distributed systems patterns", "ADR 14", "Fika!", "Intl options"]),
         None),
        ("tags", "tags_input", "plain_text_input", "Tags", rng.choice(["postgres, performance, indexes", "reading",
                                                                        "adr; jobs; queue", "i18n/dates", ""]), None),
        ("notes", "notes_input", "plain_text_input", "Notes…", rng.choice(["", "for the onboarding doc",
                                                                            "see section 3 — the 'lease' pattern"]),
         None)])


def release_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    checks = [("Changelog written", "changelog"), ("Migrations reviewed", "migrations"), ("Feature flags set", "flags"),
              ("Support informed", "support"), ("Rollback plan", "rollback")]
    return ("release_checklist", "Release checklist", "Ship it", [
        ("version", "version_input", "plain_text_input", "Version", f"5.{rng.randint(10, 14)}.{rng.randint(0, 3)}",
         None),
        ("checks", "checks_input", "checkboxes", "Checks", rng.sample(checks, rng.randint(3, 5)), checks),
        ("notes", "notes_input", "plain_text_input", "Release notes…", plainify(LONG[1], rng), None)])


def standup_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    parts = plainify(standup(rng), rng).split("\n")
    return ("standup", "Async standup", "Post", [
        ("yesterday", "yesterday_input", "plain_text_input", "Yesterday…", parts[0].split(":* ", 1)[-1], None),
        ("today", "today_input", "plain_text_input", "Today…", parts[1].split(":* ", 1)[-1], None),
        ("blockers", "blockers_input", "plain_text_input", "Blockers…", parts[2].split(":* ", 1)[-1], None)])


def bug_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    envs = [("Production", "prod"), ("Staging", "staging"), ("Local", "local")]
    steps = rng.choice([
        "1. Go to Orders\n2. Filter by status = open, date range 01/06/2024 - 30/06/2024\n3. Export → CSV\n"
        "→ the file only has the header row",
        "1. Log in with SSO (Entra ID)\n2. Get redirected to /auth/callback?code=...&state=...\n3. See "
        "\"SAML response signature is invalid\"",
        "Open https://app.kestrel-labs.com/inventory?q=drill&page=2 on Safari, the date picker opens behind the modal",
        plainify(rng.choice(ENG), rng)])
    return ("bug_report", "Report a bug", "Report", [
        ("steps", "steps_input", "plain_text_input", "Steps to reproduce…", steps, None),
        ("expected", "expected_input", "plain_text_input", "Expected…",
         rng.choice(["All 212 orders in the export", "I'm logged in", "The picker opens above the modal"]), None),
        ("actual", "actual_input", "plain_text_input", "Actual…",
         rng.choice(["Empty file", "Error page with a 401", "It's hidden, can't pick a date", "500 Internal Server "
                     "Error (request id 7f3c2a9e-4b1d-4e8f-9a6b-2c5d8e1f0a3b)"]), None),
        ("env", "env_select", "static_select", "Environment", rng.choice(envs), envs),
        ("browser", "browser_input", "plain_text_input", "Browser / device",
         rng.choice(["Firefox 127.0 on Windows 11", "Safari 17.5 (macOS 14.5)", "Chrome 126.0.6478.127 / Android 14",
                     "Edge 126", "iPhone 13, iOS 17.5.1, app 5.12.1"]), None)])


def announcement_modal(g: Gen) -> tuple[str, str, str, list[Field]]:
    rng = g.rng
    _, blocks = g.r.render(rng.choice(GENERAL + LONG[:2]))
    return ("announcement", "Post an announcement", "Post", [
        ("message", "message_input", "rich_text_input", "Message", blocks[0], None),
        ("channels", "channels_select", "multi_conversations_select", "Post in",
         [CHANNELS[c]["id"] for c in rng.sample(["general", "announcements", "engineering", "sales"], 2)], None)])


MODALS: list[Callable[[Gen], tuple[str, str, str, list[Field]]]] = [
    incident_modal, ticket_modal, expense_modal, settings_modal, feedback_modal, room_modal, link_modal,
    release_modal, standup_modal, bug_modal, announcement_modal]


# ---------------------------------------------------------------------------------------------------------------
# The set
# ---------------------------------------------------------------------------------------------------------------
attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    g = Gen()
    parts: list[Iterator[dict[str, Any]]] = [
        g.url_verifications(10), g.plain_messages(330), g.mentions(110), g.bot_messages(50), g.me_messages(12),
        g.changed(45), g.deleted(25), g.replied(20), g.broadcasts(25), g.file_shares(35),
        g.channel_notices("channel_join", 15), g.channel_notices("channel_leave", 10),
        g.channel_notices("channel_topic", 12), g.channel_notices("channel_purpose", 10),
        g.channel_notices("channel_name", 8), g.channel_notices("pinned_item", 12), g.home_opened(30),
        g.reactions("reaction_added", 35), g.reactions("reaction_removed", 15), g.member_joined(20),
        g.channel_lifecycle("channel_created", 12), g.channel_lifecycle("channel_rename", 10),
        g.users("team_join", 20), g.users("user_change", 35), g.links_shared(30), g.files_shared(20),
        g.emoji_changes(15), g.workflow_steps(15), g.housekeeping(6),
        g.commands(230), g.jeeves_buttons(45), g.other_actions(75), g.submissions(80), g.closes(15),
        g.shortcuts(20), g.message_actions(35), g.suggestions(25)]
    for part in parts:
        yield from part
