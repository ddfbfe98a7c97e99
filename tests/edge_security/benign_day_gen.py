"""One ordinary working day of a 200-person company that uses Jeeves, on every route of the edge (benign only).

About 1,500 requests in the proportions a real deployment sees them: Slack first (Events API callbacks for
channel chat, @mentions, DMs, edits, other bots' posts, file shares and App Home; `/jeeves` slash commands;
button clicks), then the data API (scripts and CI with TokenDealer tokens), then the admin panel, `/me/`,
Sign in with Slack and its one-time links, TokenDealer itself and the health and metadata endpoints. People
ask the weather for their cities (real place names in many languages and scripts, addresses, postcodes,
coordinates), change alert times and time zones, admins search users by name and e-mail and flip switches,
and everyone chats the way people chat: typos, slang, emoji, links, code blocks, logs, SQL, shell, stack
traces, quoted e-mails, tables, lists and markdown.

How it was written: by the eleventh independent benign author, from the route list (the route names, match,
methods and upstreams of gateway/gateway.yaml), the handlers in app/ and tokendealer/ and README.md, and from
general knowledge of what Slack sends and what browsers, scripts and CI send. No WAF rule, exclusion, ruleset,
rule test, corpus or other generator's text list was read, and the texts were not changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the day.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .records import Seeded, b64url, digest, no_attacks, planned, slack_escape

SEED = 20240611
EPOCH = 1718096400  # 2024-06-11 09:00 UTC, a Tuesday
TEAM, TEAM_DOMAIN = "T02KESTRL", "kestrel-labs"
APP_ID, BOT_USER = "A05JEEVES1", "U05JEEVES0"
HOST = "edge.kestrel-labs.com"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"

FIRST = ["Anna", "Ben", "Chloé", "Dmitri", "Emeka", "Fatima", "Gustavo", "Hana", "Ingrid", "Jamal", "Kenji",
         "Léa", "Mateusz", "Nadia", "Oluwaseun", "Priya", "Quentin", "Rosa", "Siddharth", "Tomás", "Ursula",
         "Vikram", "Wei", "Ximena", "Yusuf", "Zoë", "Aoife", "Bjørn", "Camille", "Diego", "Eleni", "François",
         "Gökhan", "Hiroshi", "Ilse", "Jae-won", "Katarzyna", "Lars", "Mei", "Niamh", "Olga", "Pedro", "Rahul",
         "Sofia", "Thu", "Valentina", "Wojciech", "Yara", "Zainab", "Sean", "Mike", "Jess", "Kat", "Tom"]
LAST = ["Müller", "O'Brien", "Nguyen", "Kowalski", "García", "Okafor", "Tanaka", "Andersson", "Dubois",
        "Rossi", "Kim", "Patel", "Smith", "Johansson", "Novák", "Haddad", "Silva", "Ivanova", "Cohen", "Schmidt",
        "van der Berg", "Fernández", "Papadopoulos", "Yılmaz", "Chen", "Sato", "Mahlangu", "Eriksen", "Da Costa",
        "Lefèvre", "McAllister", "Ó Súilleabháin", "Zhang", "Singh", "Brown", "Wiśniewski", "Ahmed", "Lee"]

# Place names as people type them: cities in their own scripts, districts, addresses, postcodes, coordinates.
PLACES = [
    "Paris", "paris", "Lyon", "Saint-Étienne", "Île de Ré", "München", "Munich", "Köln", "Düsseldorf",
    "Zürich", "Genève", "São Paulo", "Rio de Janeiro", "Kraków", "Łódź", "Gdańsk", "Wrocław", "Praha",
    "Brno", "Budapest", "Wien", "Reykjavík", "Tromsø", "Göteborg", "Malmö", "Århus", "København", "Helsinki",
    "Tallinn", "Vilnius", "Rīga", "Kyiv", "Київ", "Львів", "Москва", "Санкт-Петербург", "Αθήνα", "Θεσσαλονίκη",
    "İstanbul", "Ankara", "תל אביב", "ירושלים", "القاهرة", "الرياض", "دبي", "تهران", "Karachi", "मुंबई",
    "Mumbai", "Bengaluru", "New Delhi", "चेन्नई", "ਅੰਮ੍ਰਿਤਸਰ", "কলকাতা", "Colombo", "กรุงเทพมหานคร", "Bangkok",
    "Hà Nội", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "Jakarta", "Manila", "Singapore", "Kuala Lumpur",
    "東京", "Tokyo", "大阪", "京都市", "札幌", "서울", "부산", "Seoul", "北京", "上海", "深圳", "香港", "台北",
    "Sydney", "Melbourne", "Auckland", "Wellington", "Christchurch", "Nairobi", "Lagos", "Accra", "Addis Ababa",
    "Cape Town", "Johannesburg", "Casablanca", "Tunis", "Ciudad de México", "Guadalajara", "Bogotá", "Lima",
    "Santiago", "Buenos Aires", "Montevideo", "Montréal", "Québec", "Toronto", "Vancouver", "St. John's, NL",
    "New York", "NYC", "Brooklyn", "San Francisco", "SF", "Los Angeles", "Seattle", "Portland, OR",
    "Portland, Maine", "Austin, TX", "Winston-Salem", "O'Fallon, MO", "Coeur d'Alene", "Washington, D.C.",
    "Boston", "Chicago", "Denver", "Honolulu", "Anchorage", "London", "Manchester", "Edinburgh", "Cardiff",
    "Stratford-upon-Avon", "Dún Laoghaire", "Cork", "Galway", "Belfast", "Amsterdam", "'s-Hertogenbosch",
    "Den Haag", "Antwerpen", "Liège", "Bruxelles", "Luxembourg", "Lisboa", "Porto", "Madrid", "Barcelona",
    "A Coruña", "Santiago de Compostela", "L'Aquila", "Reggio Emilia", "Milano", "Napoli", "Valletta",
    "10115 Berlin", "75011 Paris", "SW1A 1AA", "EC2A 4NE London", "94107", "10001", "H2X 1Y4", "1010 Wien",
    "8001 Zürich", "00-950 Warszawa", "100-0005 東京都千代田区丸の内", "06236 서울 강남구",
    "221B Baker Street, London", "1600 Amphitheatre Pkwy, Mountain View, CA 94043",
    "Rue de la Loi 16, 1000 Bruxelles", "Kurfürstendamm 21, 10719 Berlin", "Calle de Alcalá 50, Madrid",
    "Av. Paulista, 1578 - Bela Vista, São Paulo - SP", "48.8566,2.3522", "52.5200, 13.4050",
    "-33.8688, 151.2093", "40.7128° N, 74.0060° W", "35.6762,139.6503", "Mountain View", "Palo Alto",
]
TIMEZONES = ["Europe/Paris", "Europe/Berlin", "Europe/London", "Europe/Dublin", "Europe/Warsaw", "Europe/Kyiv",
             "Europe/Lisbon", "Europe/Madrid", "Europe/Zurich", "Europe/Stockholm", "Europe/Istanbul",
             "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Toronto",
             "America/Sao_Paulo", "America/Argentina/Buenos_Aires", "America/Mexico_City", "America/Bogota",
             "Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai", "Asia/Kolkata", "Asia/Ho_Chi_Minh", "Asia/Singapore",
             "Asia/Jerusalem", "Asia/Dubai", "Africa/Lagos", "Africa/Nairobi", "Australia/Sydney",
             "Pacific/Auckland", "UTC", "Etc/UTC", "America/St_Johns", "Asia/Kathmandu"]
CHANNELS = [("C01GENERAL", "general"), ("C02RANDOM0", "random"), ("C03ENGINEER", "engineering"),
            ("C04INCIDENT", "incidents"), ("C05DEPLOYS", "deploys"), ("C06BACKEND", "team-backend"),
            ("C07FRONTEND", "team-frontend"), ("C08DATA000", "data-eng"), ("C09SALES00", "sales"),
            ("C10SUPPORT", "support"), ("C11OFFICE0", "office-berlin"), ("C12OFFICE0", "office-sf"),
            ("C13LUNCH00", "lunch"), ("C14WEATHER", "weather-nerds"), ("C15SECURIT", "security"),
            ("C16ONCALL0", "oncall"), ("C17HIRING0", "hiring"), ("C18DESIGN0", "design")]
LINKS = ["https://github.com/kestrel-labs/jeeves/pull/1432", "https://github.com/kestrel-labs/edge/issues/88",
         "https://kestrel.atlassian.net/browse/OPS-2213", "https://docs.google.com/document/d/1aB3xYz/edit",
         "https://www.notion.so/kestrel/Q3-planning-4f1c2e", "https://grafana.kestrel-labs.com/d/edge?from=now-6h",
         "https://sentry.io/organizations/kestrel/issues/4410291/?project=12", "https://stackoverflow.com/q/231767",
         "https://en.wikipedia.org/wiki/Föhn_wind", "https://www.meteoblue.com/en/weather/week/z%C3%BCrich",
         "https://open-meteo.com/en/docs", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
         "https://news.ycombinator.com/item?id=40624545", "https://pkg.go.dev/net/http#Client",
         "https://docs.python.org/3/library/zoneinfo.html", "https://www.postgresql.org/docs/16/sql-select.html",
         "https://calendar.google.com/calendar/event?eid=MmQ0", "https://zoom.us/j/91234567890?pwd=Ym9vaw",
         "https://www.timeanddate.com/worldclock/converter.html", "https://maps.app.goo.gl/Xk2f9Qw1",
         "https://status.aws.amazon.com/", "https://kestrel-labs.com/blog/2024/06/winter-release/"]
EMOJI = [":tada:", ":+1:", ":joy:", ":sweat_smile:", ":fire:", ":eyes:", ":pray:", ":coffee:", ":sunny:",
         ":cloud_with_rain:", ":snowflake:", ":umbrella:", ":rocket:", ":white_check_mark:", ":thinking_face:",
         ":facepalm:", ":100:", ":partyparrot:", ":ship-it:", "🙏", "😅", "🔥", "☔", "🌞", "👀", "🎉", "🤦‍♂️",
         "❤️", "🚀", "😂", "🥲", "✅"]

# Channel chat. @@M@@ a mention, @@L@@ a link, @@C@@ a channel, @@P@@ a place, @@N@@ a number.
CHAT = [
    "morning all :coffee:", "gm", "brb lunch", "anyone up for lunch at 12:30?", "lol", "+1", "same",
    "thx @@M@@!!", "ty", "np", "ok will do", "on it", "looking", "ack", "ping @@M@@", "nvm found it",
    "can someone review @@L@@ ? it's tiny I promise", "PR is up: @@L@@", "merged :ship-it:",
    "deploy of jeeves v2.@@N@@.1 to prod done :white_check_mark:", "rolling back, p95 went through the roof",
    "who broke main? :eyes:", "teh build is red again, lookin into it", "its raining cats and dogs in @@P@@ :umbrella:",
    "does anybody kno if the office in @@P@@ is open on friday?", "wfh today, kid is sick",
    "OOO tomorrow, back thursday. @@M@@ is covering oncall", "happy birthday @@M@@ 🎉🎂",
    "reminder: all-hands at 16:00 CET / 7am PT in @@C@@", "the coffee machine on 3rd floor is broken again 😭",
    "who took my oat milk. this is not a drill", "TIL you can `git switch -` like `cd -`",
    "anyone else getting 502s from the staging edge?", "p99 latency is back to normal after the restart",
    "fyi: the VPN will be down sat 22:00-23:00 for maintenance", "lgtm, one nit about the naming",
    "can we not do standups on fridays pls", "omg the new weather alerts are so handy, thanks jeeves team",
    "it's 34°C in @@P@@ and the AC is dead. send help", "-5 °C and snow in @@P@@ ❄️ who's coming to the office lol",
    "quick q: is the on-call rotation in pagerduty or in the sheet?", "@@M@@ can you give me access to the grafana?",
    "I'll be 10 min late to the 1:1, sorry!", "did anyone order the team pizza? 🍕 we're 12 + 2 veggie",
    "100% agree", "hmm not sure that's right, let me double-check", "tbh I'd just ship it and iterate",
    "ngl that outage postmortem was a great read @@L@@", "yep yep", "^ this", "lmk when you're free",
    "sry wrong channel", "w00t, first green build in a week", "Bonjour à tous ! Petit rappel : réunion à 14h.",
    "Guten Morgen! Heute ist es in @@P@@ ziemlich windig 🌬️", "¿Alguien sabe si mañana hay reunión?",
    "お疲れ様です！明日の会議は10時からです。", "今日は雨ですね☔ 傘を忘れないでください",
    "대박 ㅋㅋㅋ 내일 봐요", "Привет всем! Кто-нибудь видел мои наушники?", "Dzięki za pomoc, działa! 🙏",
    "Tack för idag!", "obrigado pessoal, até amanhã", "grazie mille 🙏", "שבוע טוב לכולם", "شكراً جزيلاً",
    "धन्यवाद! कल मिलते हैं", "谢谢大家，辛苦了！", "Ευχαριστώ πολύ!", "Teşekkürler, yarın görüşürüz",
    "50% off at the canteen today, first come first served", "Q3 OKRs draft: @@L@@ comments welcome by Fri",
    "the ticket says \"can't reproduce\" but I can, 100% of the time, on Safari 17",
    "is it me or is slack slow today", "who's the owner of the `billing-sync` cron?",
    "I'm gonna restart the worker, shout if you object", "customer says \"the bot doesn't know Łódź\" 🤔",
    "weather in @@P@@ tomorrow looks 🌞 finally", "@@M@@ @@M@@ see thread", "shipping it 🚀",
    "can u send me the link again? lost it", "oops, typo'd the command, ignore", "kk",
    "Reminder: expense reports due by the 15th. Receipts > 25 € need a scan.",
    "Room 4.12 is double-booked at 3pm, can we move to 4.08?", "heads up: prices go up 3-5% on July 1st",
    "the new hire laptops arrive on Mon; @@M@@ please set up accounts (email, slack, github, 1password)",
    "We're at 98.7% SLO for the month, 0.3% budget left. Let's be careful with deploys.",
    "fun fact: Llanfairpwllgwyngyll has a longer name than our longest table",
    "Don't forget to vote for the offsite location: Lisbon vs. Kraków vs. Tromsø",
]
CODE_SNIPPETS = [
    "```\n$ kubectl -n jeeves get pods\nNAME                      READY   STATUS    RESTARTS   AGE\n"
    "jeeves-web-7d9c6b-x2k4p   1/1     Running   0          3h12m\njeeves-worker-5f8d-qq81   1/1"
    "     Running   2          3h12m\n```",
    "```\nTraceback (most recent call last):\n  File \"/srv/app/services/weather.py\", line 88, in forecast\n"
    "    resp.raise_for_status()\n  File \"/usr/lib/python3.11/site-packages/aiohttp/client_reqrep.py\", "
    "line 1060, in raise_for_status\naiohttp.client_exceptions.ClientResponseError: 429, "
    "message='Too Many Requests', url=URL('https://api.open-meteo.com/v1/forecast?latitude=52.52')\n```",
    "```\nselect u.name, u.email, count(*) as n\nfrom usage_log l join users u on u.id = l.user_id\n"
    "where l.created_at >= now() - interval '7 days'\ngroup by 1, 2\norder by n desc\nlimit 20;\n```",
    "can someone sanity check this query? `SELECT id, name FROM users WHERE email ILIKE '%@kestrel-labs.com' "
    "AND is_active;`",
    "```\n2024-06-11T09:14:02.331Z ERROR worker job=weather_alert user=4411 attempt=3 "
    "error=\"timeout after 10s\" retry_in=40s\n2024-06-11T09:14:42.512Z INFO  worker job=weather_alert "
    "user=4411 attempt=4 outcome=sent ts=1718097282.000200\n```",
    "```\ngit fetch origin && git rebase -i origin/main\n# squash the fixups, then\ngit push --force-with-lease\n```",
    "try `curl -sS -u \"$CLIENT_ID:$CLIENT_SECRET\" -d grant_type=client_credentials -d scope=read "
    "https://edge.kestrel-labs.com/oauth/token | jq -r .access_token`",
    "```\nfor f in logs/*.gz; do zcat \"$f\" | grep -c ' 503 '; done | paste -sd+ | bc\n```",
    "```python\nfrom zoneinfo import ZoneInfo\nimport datetime as dt\n\ndef next_alert(hhmm: str, tz: str) -> "
    "dt.datetime:\n    h, m = map(int, hhmm.split(\":\"))\n    now = dt.datetime.now(ZoneInfo(tz))\n"
    "    at = now.replace(hour=h, minute=m, second=0, microsecond=0)\n    return at if at > now else at + "
    "dt.timedelta(days=1)\n```",
    "```\nError: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] "
    "(node:net:1555:16) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect'\n}\n```",
    "```\njava.lang.NullPointerException: Cannot invoke \"String.length()\" because \"city\" is null\n"
    "\tat com.kestrel.geo.Lookup.normalize(Lookup.java:42)\n\tat com.kestrel.geo.Lookup.find(Lookup.java:17)\n"
    "\tat com.kestrel.api.WeatherController.get(WeatherController.java:63)\n```",
    "```\n| region | p50 | p95 | errors |\n|--------|-----|-----|--------|\n| eu-west | 41ms | 180ms | 0.02% |\n"
    "| us-east | 38ms | 210ms | 0.05% |\n| ap-ne | 95ms | 410ms | 0.11% |\n```",
    "```json\n{\"user\": \"U0123ABCD\", \"settings\": {\"units\": \"metric\", \"alert_time\": \"07:30\", "
    "\"timezone\": \"Europe/Paris\", \"alerts\": true}}\n```",
    "```yaml\nservices:\n  jeeves:\n    image: ghcr.io/kestrel-labs/jeeves:2.14.1\n    environment:\n"
    "      JEEVES_DEMO: \"0\"\n      PUBLIC_BASE_URL: https://edge.kestrel-labs.com\n```",
    "```\nnginx: [warn] 1024 worker_connections exceed open file resource limit: 1024\n```",
    "```\n$ psql -h db.internal -U jeeves -c \"\\dt+\"\n```",
    "```diff\n- ALERT_TIME_DEFAULT = \"08:00\"\n+ ALERT_TIME_DEFAULT = \"07:30\"\n```",
    "```\nUPDATE users SET settings = jsonb_set(settings, '{timezone}', '\"Europe/Kyiv\"') WHERE id = 812;\n"
    "-- 1 row, done in a transaction, checked before commit\n```",
    "```go\nresp, err := http.Get(url)\nif err != nil {\n    return fmt.Errorf(\"fetch %s: %w\", url, err)\n}\n"
    "defer resp.Body.Close()\n```",
    "```\nERROR: duplicate key value violates unique constraint \"users_team_user_key\"\n"
    "DETAIL:  Key (slack_team_id, slack_user_id)=(T02KESTRL, U0442QWE1) already exists.\n```",
    "```\n$ docker compose logs -f --tail=100 jeeves | grep -i 'slack_event'\n```",
    "```ts\nconst res = await fetch(`${base}/api/users?limit=50&offset=${offset}`, {\n  headers: { "
    "Authorization: `Bearer ${token}` },\n});\nif (!res.ok) throw new Error(`HTTP ${res.status}`);\n```",
    "```\nWARNING: redis: connection pool timeout (pool_size=10, waited=5.0s)\n"
    "INFO: falling back to local rate limits\n```",
    "```\ncrontab -l\n30 6 * * 1-5 /opt/jeeves/bin/send-digest --team T02KESTRL >> /var/log/digest.log 2>&1\n```",
    "```\nKeyError: 'alert_time'\n  File \"app/services/users.py\", line 61, in update_settings\n```",
    "```\n>>> import zoneinfo; zoneinfo.ZoneInfo('Europe/Kiev')\nzoneinfo.ZoneInfo(key='Europe/Kiev')\n```",
]
LONG_MESSAGES = [
    "Hi team,\n\nforwarding this from the customer:\n\n> Hello,\n> since Monday the daily alert arrives at 08:30 "
    "instead of 07:30. We're in Europe/London.\n> Could you have a look?\n> Best regards,\n> Sarah\n\n"
    "I think it's the BST change, checking @@M@@",
    "*Incident update* (14:05 CET)\n• Impact: weather replies delayed up to 2 min\n• Cause: upstream rate limit "
    "(429) from the forecast provider\n• Mitigation: cache TTL raised to 10 min\n• Next update: 14:30",
    "Release notes for *2.15*:\n1. `config timezone` now accepts lowercase names\n2. alerts skip weekends if "
    "you say `alerts weekdays` (beta)\n3. fixed: places with apostrophes (L'Aquila, O'Fallon) were cut\n"
    "4. new: `/me/` page shows your last 10 actions\n\nThanks @@M@@ and @@M@@ :tada:",
    "-------- Forwarded message --------\nFrom: Facilities <facilities@kestrel-labs.com>\nDate: Tue, 11 Jun 2024 "
    "08:12\nSubject: Fire drill Thursday 10:00\n\nPlease leave the building by the nearest exit. Meeting point: "
    "the parking lot across Hauptstraße. Do not use the elevators.",
    "Agenda for tomorrow:\n- [ ] review Q2 numbers\n- [ ] hiring: 2 backend, 1 SRE\n- [x] offsite dates\n"
    "- [ ] AOB\n\n_please add your items_ :pray:",
    "Oncall handover :wave:\n```\nopen:  OPS-2213 (flaky healthcheck on edge-3), OPS-2219 (disk 81% on db-2)\n"
    "fixed: OPS-2201, OPS-2207\n```\nnothing paged overnight 🎉",
    "Reminder of our style for SQL in reviews:\n```\nSELECT ...\n  FROM orders o\n  JOIN customers c ON c.id = "
    "o.customer_id\n WHERE o.created_at > now() - interval '30 days'\n```\nUppercase keywords, one clause per line.",
    "> On Mon, Jun 10, 2024 at 5:47 PM Jamal <jamal@example.com> wrote:\n> Can you send the invoice for May?\n\n"
    "Sent it this morning, it's INV-2024-0611 (1.240,00 €).",
    "Here's the plan for the DB migration (Sat 06:00 UTC):\n1) freeze deploys at 05:30\n2) `pg_dump -Fc jeeves "
    "> jeeves-$(date +%F).dump`\n3) run `alembic upgrade head`\n4) smoke test: `/jeeves weather Paris`, "
    "`/jeeves config`\n5) unfreeze\nRollback: restore the dump, ~12 min.",
    "Who wants to join the 🏃 run club? Tue & Thu 18:00 from the office, 5 or 10 km, all paces welcome!",
    "Survey results (n=143):\n| option | votes |\n|---|---|\n| Lisbon | 61 |\n| Kraków | 49 |\n| Tromsø | 33 |\n"
    "Lisbon it is! 🇵🇹",
    "Bug report from support:\n*Steps*: `/jeeves remember location Saint-Jean-de-Luz` then `/jeeves weather`\n"
    "*Expected*: weather for Saint-Jean-de-Luz\n*Actual*: \"Sorry, I don't know that place\"\n*Browser*: n/a (slack "
    "desktop 4.38)",
]
BOT_COMMANDS = ["weather", "weather @@P@@", "wether @@P@@", "weather in @@P@@", "Weather @@P@@ please",
                "remember location @@P@@", "remember location @@P@@", "my location", "forget location", "help",
                "config", "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@T@@",
                "config time @@T@@", "config units imperial", "config units metric", "alerts on", "alerts off",
                "login", "forget me", "hi", "hello jeeves 👋", "what can you do?", "thanks!", "weather tomorrow?",
                "is it gonna rain in @@P@@ today", "config alert_time 7:30am", "config timezone CET",
                "remember location", "weather @@P@@ 🌧️", "alerts on pls", "Config Units Imperial"]


class Day(Seeded):
    """The company, its people and one seeded random source; each method makes one kind of request."""

    prefix = "day-benign"

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(200):
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            ascii_first = first.encode("ascii", "ignore").decode().lower() or "user"
            ascii_last = last.encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")
            self.people.append({
                "id": "U0" + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                "name": f"{first} {last}", "handle": f"{ascii_first}.{ascii_last or 'x'}{i if i % 7 == 0 else ''}",
                "email": f"{ascii_first}.{ascii_last or 'x'}@kestrel-labs.com", "place": self.rng.choice(PLACES),
                "tz": self.rng.choice(TIMEZONES)})

    # ---- small random pieces -------------------------------------------------------------------------
    def alert_time(self) -> str:
        hour = self.rng.choice([5, 6, 6, 7, 7, 7, 7, 8, 8, 9, 10, 12, 17, 18, 21])
        return f"{hour:02d}:{self.pick(['00', '15', '30', '45', '05', '50'])}"

    def ts(self, offset: int | None = None) -> str:
        sec = EPOCH + (offset if offset is not None else self.rng.randint(0, 10 * 3600))
        return f"{sec}.{self.rng.randint(0, 999999):06d}"

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, links and mentions in Slack's own <...> markup."""
        out = slack_escape(text) if slack else text
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|this", "|PR", "|doc", "|the ticket", "|dashboard"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        while "@@P@@" in out:
            place = self.pick(PLACES)
            out = out.replace("@@P@@", slack_escape(place) if slack else place, 1)
        while "@@N@@" in out:
            out = out.replace("@@N@@", str(self.rng.randint(3, 40)), 1)
        while "@@TZ@@" in out:
            out = out.replace("@@TZ@@", self.pick(TIMEZONES), 1)
        while "@@T@@" in out:
            out = out.replace("@@T@@", self.alert_time(), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.55:
            text = self.pick(CHAT)
            if self.rng.random() < 0.35:
                text += " " + self.pick(EMOJI)
            if self.rng.random() < 0.15:
                text = self.pick(["@@M@@ ", "<!here> ", "hey @@M@@, ", "<!channel> "]) + text
        elif roll < 0.82:
            text = self.pick(["", "", "hmm ", "ok so ", "fyi ", "seeing this on prod:\n", "any idea? ",
                              "@@M@@ "]) + self.pick(CODE_SNIPPETS)
            if self.rng.random() < 0.3:
                text += "\n" + self.pick(["halp 😅", "thoughts?", "fixed by bumping the timeout", "ideas welcome",
                                          "cc @@M@@", "(from the staging box)"])
        else:
            text = self.pick(LONG_MESSAGES)
        out = self.fill(text.replace("<!here>", "\x00H").replace("<!channel>", "\x00C"))
        return out.replace("\x00H", "<!here>").replace("\x00C", "<!channel>")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    # ---- Slack ---------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
             "Content-Type": content_type, "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.rng.random() < 0.03:
            h["X-Slack-Retry-Num"], h["X-Slack-Retry-Reason"] = "1", "http_timeout"
        return h

    def envelope(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"token": "Zz3hW1TqkX0dvLbJQdCmbNyd", "team_id": TEAM, "context_team_id": TEAM,
                "context_enterprise_id": None, "api_app_id": APP_ID, "event": event, "type": "event_callback",
                "event_id": "Ev0" + "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)),
                "event_time": EPOCH + self.rng.randint(0, 36000),
                "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT_USER, "is_bot": True,
                                    "is_enterprise_install": False}],
                "is_ext_shared_channel": False, "event_context": "4-" + self.token(30)}

    def rich_text(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]}]}]

    def message_event(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message",
                                 "client_msg_id": str(self._uuid()), "text": text, "user": user["id"], "ts": ts,
                                 "team": TEAM, "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.rng.random() < 0.75:
            event["blocks"] = self.rich_text(text)
        if self.rng.random() < 0.2:
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def _uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events", "body": json.dumps(self.envelope(event), ensure_ascii=False),
                "headers": self.slack_headers("application/json")}

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.record("slack-chat", "json", self.event_request(self.message_event(self.chat_text(), cid,
                                                                                        "channel")))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.rng.random() < 0.6:
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", ""]) + self.chat_text()
            if not text.startswith(("<@", "hey")):
                text += f" <@{BOT_USER}>"
        return self.record("slack-mention", "json", self.event_request(self.message_event(text, cid, "channel",
                                                                                           True)))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.rng.random() < 0.75 else self.chat_text()
        cid = self.sid("D0")
        return self.record("slack-dm", "json", self.event_request(self.message_event(text, cid, "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message_event(self.chat_text(), cid, "channel")
        new = dict(old, text=old["text"] + self.pick([" (edited: typo)", " *", "", " — nvm, fixed"]),
                   edited={"user": old["user"], "ts": self.ts()})
        for key in ("type", "channel", "channel_type", "event_ts"):
            new.pop(key, None)
        new["type"] = "message"
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": {
            k: v for k, v in old.items() if k not in ("channel", "channel_type", "event_ts")},
            "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        source = self.pick(["github", "pagerduty", "jira", "deploybot"])
        n = self.rng.randint(100, 9999)
        texts = {
            "github": f"*[kestrel-labs/jeeves]* Pull request opened: <https://github.com/kestrel-labs/jeeves/pull/{n}"
                      f"|#{n} Fix timezone parsing for \"America/Argentina/Buenos_Aires\">",
            "pagerduty": f"*Triggered* #{n}: [FIRING:1] EdgeHigh5xxRate edge-{n % 4} (p95 &gt; 500ms for 5m) "
                         f"<https://kestrel.pagerduty.com/incidents/Q{n}X|View>",
            "jira": f"<https://kestrel.atlassian.net/browse/OPS-{n}|OPS-{n}> moved to *In Review*: "
                    f"\"Alert time shows 07:30 for users in Asia/Kolkata (+05:30)\"",
            "deploybot": f":rocket: `jeeves@2.{n % 30}.{n % 7}` deployed to *production* by "
                         f"<@{self.pick(self.people)['id']}>"
                         f" (<https://github.com/kestrel-labs/jeeves/compare/v2.14.0...v2.{n % 30}.{n % 7}|diff>)",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts,
                 "username": source, "bot_id": self.sid("B0", 7), "channel": cid,
                 "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:80], "color": self.pick(["36a64f", "d50200", "2eb886"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.record("slack-botmsg", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick(["Screenshot 2024-06-11 at 10.42.13.png", "grafana-p95.png", "Q2 report (final) v3.pdf",
                          "error.log", "offsite_budget.xlsx", "IMG_4471.HEIC", "schéma-réseau.drawio.png"])
        event = self.message_event(self.pick(["", "see attached", "here's the screenshot 👆", "logs from this morning",
                                              "final final version 😅"]), cid, "channel")
        event["subtype"] = "file_share"
        event["files"] = [{"id": self.sid("F0"), "name": name, "title": name,
                           "mimetype": self.pick(["image/png", "application/pdf", "text/plain"]),
                           "filetype": name.rsplit(".", 1)[-1].lower(), "size": self.rng.randint(2000, 4000000),
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-F0ABC/"
                                          + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/U0ABC/F0ABC/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        return self.record("slack-file", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        event = {"type": "app_home_opened", "user": self.pick(self.people)["id"], "channel": self.sid("D0"),
                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.rng.random() < 0.5:
            event["view"] = {"id": self.sid("V0"), "team_id": TEAM, "type": "home",
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                             "title": {"type": "plain_text", "text": "View Title"}, "blocks": []}
        return self.record("slack-home", "json", self.event_request(event))

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": "Zz3hW1TqkX0dvLbJQdCmbNyd", "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", {"method": "POST", "uri": "/slack/events", "body": json.dumps(body),
                                                    "headers": self.slack_headers("application/json")})

    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 6)
        fields = [("token", "Zz3hW1TqkX0dvLbJQdCmbNyd"), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]),
                  ("user_name", user["handle"]), ("command", "/jeeves"), ("text", self.command_text()),
                  ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", f"https://hooks.slack.com/commands/{TEAM}/{self.rng.randint(10**12, 10**13)}/"
                                   f"{self.token(18)[:24]}"),
                  ("trigger_id", f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**11, 10**12)}."
                                 f"{self.hexs(32)}")]
        headers = self.slack_headers("application/x-www-form-urlencoded")
        return self.record("slack-command", "form", {"method": "POST", "uri": "/slack/commands",
                                                     "body": urllib.parse.urlencode(fields), "headers": headers})

    def button_click(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS)
        kind = self.rng.random()
        if kind < 0.7:
            place = self.pick(PLACES)
            action = {"action_id": "set_location", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "value": place, "type": "button", "action_ts": self.ts()}
        elif kind < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True},
                      "value": "-", "type": "button", "action_ts": self.ts()}
        msg_ts = self.ts()
        payload: dict[str, Any] = {"type": "block_actions",
                   "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
                   "api_app_id": APP_ID, "token": "Zz3hW1TqkX0dvLbJQdCmbNyd",
                   "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": True},
                   "trigger_id": f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**11, 10**12)}."
                                 f"{self.hexs(32)}",
                   "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False,
                   "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                   "response_url": f"https://hooks.slack.com/actions/{TEAM}/{self.rng.randint(10**12, 10**13)}/"
                                   f"{self.token(18)[:24]}",
                   "actions": [action]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False,
                                                              separators=(",", ":")))])
        return self.record("slack-button", "form", {"method": "POST", "uri": "/slack/interactions", "body": body,
                                                    "headers": self.slack_headers("application/x-www-form-urlencoded")})

    # ---- scripts, CI and the data API ------------------------------------------------------------------
    def jwt(self, client: str, scope: str) -> str:
        kid = self.token(32)
        header = {"alg": "ES256", "typ": "at+jwt", "kid": kid}
        iat = EPOCH + self.rng.randint(0, 36000)
        claims = {"iss": BASE, "sub": client, "client_id": client, "aud": "jeeves", "iat": iat, "nbf": iat,
                  "exp": iat + 900, "jti": self._uuid(), "scope": scope}
        return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                         b64url(json.dumps(claims, separators=(",", ":")).encode()), self.token(64)])

    def script_headers(self) -> dict[str, str]:
        client = self.pick(["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.5.0", "curl/7.88.1",
                            "Go-http-client/2.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
                            "axios/1.7.2", "okhttp/4.12.0", "Terraform/1.8.5", "Wget/1.21.3",
                            "GitHub-Actions-Runner/2.317.0 curl/8.5.0", "Grafana/11.0.0", "undici"])
        h = {"User-Agent": client, "Accept": self.pick(["application/json", "*/*",
                                                                       "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(self.pick(["jeeves-worker", "ci-reporting", "data-export",
                                                               "ops-dashboard", "hr-sync"]),
                                                   self.pick(["read", "read write", "read"]))}
        if self.rng.random() < 0.6:
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        if self.rng.random() < 0.3:
            h["X-Request-Id"] = self.pick([self._uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-1",
                                           f"cron.{self.hexs(12)}"])
        if self.rng.random() < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-01"
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.35:
            params: list[tuple[str, str]] = [("limit", self.pick(["50", "100", "200", "500", "25"]))]
            if self.rng.random() < 0.7:
                params.append(("offset", str(self.rng.choice([0, 50, 100, 150, 200, 400]))))
            for key, values in (("active", ["true", "false", "1"]), ("alerts", ["true", "false", "on", "off"]),
                                ("team_id", [TEAM, "T09PARTNR"])):
                if self.rng.random() < 0.35:
                    params.append((key, self.pick(values)))
            uri = "/api/users?" + urllib.parse.urlencode(params)
            return self.record("api-users", "query", {"method": "GET", "uri": uri, "body": "", "headers": h})
        if roll < 0.55:
            return self.record("api-user", "path", {"method": "GET", "uri": f"/api/users/{self.rng.randint(1, 260)}",
                                                    "body": "", "headers": h})
        if roll < 0.72:
            person = self.pick(self.people)
            doc: dict[str, Any] = {}
            choice = self.rng.random()
            if choice < 0.3:
                doc["settings"] = {"timezone": person["tz"], "alert_time": self.alert_time()}
            elif choice < 0.5:
                doc["settings"] = {"units": self.pick(["metric", "imperial"]), "alerts": self.rng.random() < 0.6}
            elif choice < 0.7:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.85:
                doc = {"is_active": self.rng.random() < 0.3}
            else:
                doc = {"is_admin": self.rng.random() < 0.5, "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            uri = f"/api/users/{self.rng.randint(1, 260)}"
            return self.record("api-user-patch", "json", {
                "method": "PATCH", "uri": uri, "body": json.dumps(doc, ensure_ascii=self.rng.random() < 0.3),
                "headers": h})
        if roll < 0.85:
            day = self.rng.randint(1, 11)
            since = self.pick([f"2024-06-{day:02d}T00:00:00Z", f"2024-06-{day:02d}T00:00:00+02:00",
                               f"2024-06-{day:02d}", f"2024-05-{day + 10:02d}T08:30:00.000Z"])
            params = [("since", since)]
            if self.rng.random() < 0.6:
                params.append(("until", "2024-06-11T23:59:59Z"))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params)
            return self.record("api-stats", "query", {"method": "GET", "uri": uri, "body": "", "headers": h})
        if roll < 0.93:
            return self.record("api-switches", "header", {"method": "GET", "uri": "/api/switches", "body": "",
                                                          "headers": h})
        action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
        doc = {"enabled": self.rng.random() < 0.7}
        if self.rng.random() < 0.5:
            doc["team_id"] = self.pick([TEAM, "*", "T09PARTNR"])
        h["Content-Type"] = "application/json"
        return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                      "body": json.dumps(doc), "headers": h})

    def openapi(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["Swagger-Codegen/3.0.54/java", "openapi-generator/7.6.0",
                                                     "python-requests/2.32.3", "Postman/10.24"]),
             "Accept": "application/json"}
        return self.record("api-openapi", "header", {"method": "GET", "uri": "/api/openapi.json", "body": "",
                                                     "headers": h})

    # ---- browsers: admin panel, /me/, Sign in with Slack ----------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/125.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
            "Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/125.0.6422.165 Mobile Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Slack/4.38.125 Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.7",
                                           "ja,en-US;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "pt-BR,pt;q=0.9", "en-GB,en;q=0.9"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in ua:
            h["sec-ch-ua"] = '"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = self.pick(['"macOS"', '"Windows"', '"Linux"', '"Android"'])
        if referer:
            h["Referer"] = BASE + referer
        if form:
            h["Origin"] = BASE
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [("_ga", f"GA1.1.{self.rng.randint(10**8, 10**9)}.{EPOCH - self.rng.randint(0, 10**7)}")] \
            if self.rng.random() < 0.2 else []
        return "; ".join(f"{k}={v}" for k, v in list(pairs) + extra)

    def admin(self) -> dict[str, Any]:
        session = ("__Host-jeeves_admin", self.token())
        csrf = self.token()
        roll = self.rng.random()
        if roll < 0.30:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                           person["email"].split("@")[0], person["id"], "@kestrel-labs.com", TEAM,
                           person["name"].lower(), person["name"].split()[-1][:4], "o'brien", "müller",
                           "garcia", "nguyen", "jae-won", "contractor", "test", "bob smith"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 6)))] if self.rng.random() < 0.2 else [])
            h = self.browser_headers("/admin/users")
            h["Cookie"] = self.cookies(session)
            return self.record("admin-user-search", "query", {"method": "GET", "body": "", "headers": h,
                                                              "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.45:
            h = self.browser_headers("/admin/users?q=" + urllib.parse.quote(self.pick(self.people)["name"]), True)
            h["Cookie"] = self.cookies(session)
            flag = self.pick(["active", "admin"])
            person = self.pick(self.people)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                                           ("q", self.pick([person["name"], person["email"], ""])),
                                           ("page", str(self.rng.randint(1, 3)))])
            return self.record("admin-user-flag", "form", {"method": "POST", "headers": h, "body": body,
                                                           "uri": f"/admin/users/{self.rng.randint(1, 260)}/{flag}"})
        if roll < 0.57:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts",
                                                                   "config", "login", "forget_me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, "t09partnr"]))]
            return self.record("admin-feature", "form", {"method": "POST", "uri": "/admin/features", "headers": h,
                                                         "body": urllib.parse.urlencode(fields)})
        if roll < 0.67:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "login", "feature.set", "client.rotate", "forget_me",
                           self.pick(self.people)["handle"], "2024-06-10", "admin.map_slack", "denied"])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode([("q", q)])})
        if roll < 0.80:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
                              "/admin/slack-sign-in", "/admin/users?done=user_updated&q=&page=1",
                              "/admin/features?done=switch_updated", "/admin/audit?page=2"])
            return self.record("admin-page", "cookie", {"method": "GET", "uri": page, "body": "", "headers": h})
        if roll < 0.87:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(16, 28)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/features"])),
                      ("username", self.pick(["admin", "marta.k", "ops-lead", "jsilva"])), ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", {"method": "POST", "uri": "/admin/login", "headers": h,
                                                       "body": urllib.parse.urlencode(fields)})
        if roll < 0.94:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("client_id", self.pick(["ci-reporting", "data-export", "hr-sync",
                                                                      "grafana.ops", "billing:nightly"])),
                      ("description", self.pick(["Nightly export to the data warehouse (owner: data-eng)",
                                                 "GitHub Actions: usage report for #deploys",
                                                 "HR sync — Personio → Jeeves users, runs 06:00 CET",
                                                 "Grafana JSON datasource, read-only", ""])),
                      ("scopes", "read")] + ([("scopes", "write")] if self.rng.random() < 0.3 else [])
            return self.record("admin-client", "form", {"method": "POST", "uri": "/admin/clients", "headers": h,
                                                        "body": urllib.parse.urlencode(fields)})
        h = self.browser_headers("/admin/slack-sign-in", True)
        h["Cookie"] = self.cookies(session)
        fields = [("csrf_token", csrf), ("username", self.pick(["admin", "marta.k", "ops-lead"])),
                  ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
        return self.record("admin-slack-map", "form", {"method": "POST", "uri": "/admin/slack-sign-in",
                                                       "headers": h, "body": urllib.parse.urlencode(fields)})

    def multipart(self, fields: list[tuple[str, str]], browser: bool) -> tuple[str, str]:
        boundary = ("----WebKitFormBoundary" + self.token(12)[:16]) if browser else ("-" * 24 + self.hexs(16))
        parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields]
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def me(self) -> dict[str, Any]:
        session = ("__Host-jeeves_me", self.token())
        csrf = self.token()
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.35:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            return self.record("me-page", "cookie", {"method": "GET", "uri": uri, "body": "", "headers": h})
        if roll < 0.65:
            place = self.pick(PLACES)
            fields = [("csrf_token", csrf), ("place", place)]
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.rng.random() < 0.15:
                body, h["Content-Type"] = self.multipart(fields, True)
                return self.record("me-location", "multipart", {"method": "POST", "uri": "/me/location",
                                                                "body": body, "headers": h})
            return self.record("me-location", "form", {"method": "POST", "uri": "/me/location", "headers": h,
                                                       "body": urllib.parse.urlencode(fields)})
        if roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.rng.random() < 0.6:
                fields.append(("alerts", "on"))
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.rng.random() < 0.15:
                body, h["Content-Type"] = self.multipart(fields, True)
                return self.record("me-settings", "multipart", {"method": "POST", "uri": "/me/settings",
                                                                "body": body, "headers": h})
            return self.record("me-settings", "form", {"method": "POST", "uri": "/me/settings", "headers": h,
                                                       "body": urllib.parse.urlencode(fields)})
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.pick([("/me/logout", [("csrf_token", csrf)]),
                                 ("/me/location/forget", [("csrf_token", csrf)]),
                                 ("/me/forget", [("csrf_token", csrf), ("confirm", "forget")])])
        return self.record("me-action", "form", {"method": "POST", "uri": uri, "headers": h,
                                                 "body": urllib.parse.urlencode(fields)})

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("signin-page", "header", {"method": "GET", "uri": uri, "body": "", "headers": h})
        if roll < 0.4:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("signin-start", "query", {"method": "GET", "uri": uri, "body": "", "headers": h})
        if roll < 0.6:
            state = self.token()
            h = self.browser_headers()
            h["Sec-Fetch-Site"] = "cross-site"
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = [("code", f"{self.rng.randint(10**11, 10**12)}.{self.rng.randint(10**11, 10**12)}."
                               f"{self.hexs(64)}"), ("state", state)]
            if self.rng.random() < 0.1:
                params = [("error", "access_denied"), ("state", state)]
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("signin-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.72:
            h = {"User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                 "Accept": "*/*", "Accept-Encoding": "gzip,deflate", "Range": "bytes=0-32768"}
            return self.record("signin-link-preview", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}",
                                                               "body": "", "headers": h})
        if roll < 0.86:
            h = self.browser_headers()
            h["Sec-Fetch-Site"] = "cross-site"
            return self.record("signin-link", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}",
                                                       "body": "", "headers": h})
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.record("signin-link-post", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                        "headers": h, "body": urllib.parse.urlencode([("csrf_token",
                                                                                                      csrf)])})

    # ---- TokenDealer, health, metadata ----------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["jeeves-worker", "ci-reporting", "data-export", "ops-dashboard", "hr-sync"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.5.0", "Go-http-client/2.0",
                                                      "python-httpx/0.27.0",
                                                      "Apache-HttpClient/4.5.14 (Java/17.0.11)"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.65:
            fields = [("grant_type", "client_credentials")]
            if self.rng.random() < 0.7:
                fields.append(("scope", self.pick(["read", "read write", "write"])))
            if self.rng.random() < 0.2:
                fields.append(("audience", "jeeves"))
            if self.rng.random() < 0.2:
                fields += [("client_id", client), ("client_secret", secret)]
            else:
                h["Authorization"] = basic
            return self.record("oauth-token", "form", {"method": "POST", "uri": "/oauth/token", "headers": h,
                                                       "body": urllib.parse.urlencode(fields)})
        token = self.jwt(client, "read")
        if roll < 0.8:
            h["Authorization"] = basic
            body = urllib.parse.urlencode([("token", token), ("token_type_hint", "access_token")])
            return self.record("oauth-introspect", "form", {"method": "POST", "uri": "/oauth/introspect",
                                                            "headers": h, "body": body})
        if roll < 0.88:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", {"method": "POST", "uri": "/oauth/revoke", "headers": h,
                                                        "body": urllib.parse.urlencode([("token", token)])})
        fields = [("access_token", token)] + ([("audience", "jeeves")] if self.rng.random() < 0.4 else [])
        return self.record("verify-token", "form", {"method": "POST", "uri": "/verify_token", "headers": h,
                                                    "body": urllib.parse.urlencode(fields)})

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.35:
            ua = self.pick(["kube-probe/1.29", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
                            "http://www.uptimerobot.com/)", "ELB-HealthChecker/2.0", "curl/8.5.0"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz"]), "body": "",
                                                    "headers": h})
        if roll < 0.7:
            h = {"User-Agent": self.pick(["python-jose", "Go-http-client/2.0", "lua-resty-http/0.17.1",
                                                          "jwks-rsa/3.1.0 (node)", "PyJWT/2.8.0"]),
                 "Accept": "application/json"}
            if self.rng.random() < 0.5:
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": "GET", "uri": "/.well-known/jwks.json", "body": "",
                                                  "headers": h})
        if roll < 0.88:
            h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.5.0", "Authlib/1.3.1"]),
                 "Accept": "application/json"}
            return self.record("oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/.well-known/oauth-authorization-server"})
        return self.openapi()


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 300), ("slack_mention", 120), ("slack_dm", 110), ("slack_edit", 25), ("slack_bot_post", 25),
    ("slack_file", 12), ("slack_home", 30), ("slash_command", 260), ("button_click", 130),
    ("api", 230), ("admin", 110), ("me", 70), ("sign_in", 45), ("tokendealer", 55), ("health", 40),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The day, in the order it happens (kinds interleaved)."""
    return planned(Day(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (handy when checking that it is deterministic)."""
    return digest(benign())
