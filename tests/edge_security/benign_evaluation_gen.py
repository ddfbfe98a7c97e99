"""The benign half of a WAF evaluation dataset for this gateway: realistic requests to our own routes (benign only).

The angle: the person who builds the benign half of an evaluation set, used to measure false positives
(target: at most 0.1% blocked). Every route of gateway.yaml's `routes:` that takes input was enumerated with
its methods (Slack events, slash commands and interactions; the data API's users, usage stats and switches; the
admin panel's pages, searches and forms; `/me/`; Sign in with Slack and its one-time links; TokenDealer's token,
introspection, revocation and verification endpoints; health, JWKS and metadata), and for each the requests its
real users and clients send were written, in the proportions a deployment of a ~300-person company sees: Slack
chat of every length and kind (one-word acks, many languages and scripts, emoji, links, code, logs, stack
traces, SQL and shell pasted by developers, forwarded e-mails, tables), slash commands and button clicks, data
API calls from scripts, CI, dashboards and SDKs with bearer tokens and realistic JSON bodies and query strings,
admins in browsers (searches by name, e-mail and Slack id, flags, feature switches, OAuth clients, TOTP),
users on `/me/`, OAuth clients asking for tokens, Sign in with Slack callbacks, and monitors on health and
metadata, each with the headers its real client sends.

How it was written: from the route list (names, match, methods and upstreams of gateway.yaml's routes only),
README.md, the handlers in app/ and tokendealer/ (field names) and general knowledge of what Slack, browsers,
SDKs and CLIs send. No WAF rule, exclusion, ruleset, rule test or other generator's text list was read, and the
set was not changed after measuring. Deterministic: one seeded random.Random, no clock. `attacks()` yields
nothing; `benign()` yields exactly 1,699 requests with ids `evaluation-benign-<kind>-NNNN`.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji,
trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces (form_boundary, form_navigation,
form_request, csrf_post, token_request, verify_request, get_request, signed_in, cookie_header) from
evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import b64url as _b64
from .records import b64url_json, no_attacks, planned
from .records import slack_escape as _esc

SEED = 1699_2024
EPOCH = 1730800800  # 2024-11-05 10:00 UTC, fixed (no clock)
TEAM, TEAM_DOMAIN = "T04FJORDLN", "fjordline"
APP_ID, BOT_USER, BOT_ID = "A06JEEVESX", "U06JEEVES1", "B06JEEVES2"
HOST = "gateway.fjordline.io"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "gH7kQ2mZr9TfXw1yLp3sVb8N"

GIVEN = ["Astrid", "Bilal", "Carmen", "Dao", "Élodie", "Farid", "Greta", "Hamza", "Irina", "Joaquín", "Kwame",
         "Linnea", "Magnus", "Noor", "Oksana", "Paulo", "Rania", "Sven", "Takumi", "Uma", "Vera", "Wanjiru",
         "Xiaoling", "Yosef", "Zeynep", "Anders", "Björn", "Chiara", "Dorota", "Eitan", "Femi", "Grégoire",
         "Hyun-woo", "Ines", "Jörg", "Kalinda", "Laszlo", "Maëlle", "Nikolai", "Olivia", "Pradeep", "Rafaela",
         "Saoirse", "Thanh", "Ulrike", "Viktor", "Wren", "Yuki", "Zofia", "Chris", "Alex", "Sam", "Dave", "Liz",
         "Mohammed", "Ana Lucía", "Jean-Luc", "Mary-Kate", "D'Andre", "Kirsi", "Ngozi", "Ravi", "Sigrún"]
FAMILY = ["Andersen", "Bakker", "Çelik", "Dąbrowski", "Eriksson", "Ferreira", "Gallagher", "Hoffmann",
          "Iyer", "Jovanović", "Kristiansen", "Lindqvist", "Moreau", "Nakamura", "O'Connor", "Petrov", "Quispe",
          "Rasmussen", "Sørensen", "Takahashi", "Urbański", "Virtanen", "Wójcik", "Xu", "Yamamoto", "Zielińska",
          "de la Cruz", "van Dijk", "MacLeod", "Al-Farsi", "Ben-David", "Nwosu", "Park", "Huang", "Rodríguez",
          "Haugen", "Mäkinen", "Šimić", "Le Roux", "St. Clair", "Oyelaran", "Kaur", "Mendes", "Brennan", "Ng"]

PLACES = [
    "Oslo", "oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Ålesund", "Stockholm", "Uppsala", "Göteborg",
    "København", "Aarhus", "Helsinki", "Espoo", "Tampere", "Reykjavík", "Hamburg", "Berlin", "Frankfurt am Main",
    "Nürnberg", "Freiburg im Breisgau", "Wien", "Graz", "Bern", "Lausanne", "Amsterdam", "Utrecht", "Rotterdam",
    "Gent", "Bruxelles / Brussel", "Paris", "Marseille", "Bordeaux", "Nantes", "Aix-en-Provence", "Lille",
    "Barcelona", "Valencia", "Sevilla", "Bilbao", "Lisboa", "Coimbra", "Roma", "Torino", "Firenze", "Bologna",
    "Athens", "Αθήνα", "Ηράκλειο", "Warszawa", "Poznań", "Szczecin", "Bratislava", "Ljubljana", "Zagreb",
    "Beograd", "Београд", "București", "Cluj-Napoca", "Sofia", "София", "Kharkiv", "Харків", "Одеса", "Tbilisi",
    "თბილისი", "Yerevan", "Երևան", "Istanbul", "İzmir", "Tel Aviv-Yafo", "חיפה", "Amman", "عمّان", "بيروت",
    "Doha", "Abu Dhabi", "مسقط", "Lahore", "لاہور", "Pune", "पुणे", "Hyderabad", "हैदराबाद", "Chennai", "Kochi",
    "Dhaka", "ঢাকা", "Kathmandu", "काठमाडौं", "Chiang Mai", "เชียงใหม่", "Đà Nẵng", "Cebu City", "Yogyakarta",
    "Penang", "Osaka", "横浜", "名古屋", "福岡市", "Sapporo", "대구", "인천", "Incheon", "广州", "杭州", "成都",
    "Taipei", "高雄", "Perth", "Brisbane", "Adelaide", "Hobart", "Queenstown", "Dunedin", "Kigali", "Kampala",
    "Dar es Salaam", "Lusaka", "Durban", "Windhoek", "Dakar", "Abidjan", "Marrakech", "Alger", "الجزائر",
    "Monterrey", "Puebla", "Medellín", "Quito", "La Paz", "Asunción", "Valparaíso", "Córdoba, Argentina",
    "Porto Alegre", "Belo Horizonte", "Recife", "Halifax", "Ottawa", "Calgary", "Winnipeg", "Trois-Rivières",
    "Minneapolis", "Pittsburgh", "Raleigh", "Salt Lake City", "Albuquerque", "Boise", "Kansas City, MO",
    "Kansas City, KS", "Sault Ste. Marie", "Martha's Vineyard", "Hawai'i", "Ka'anapali", "Wilkes-Barre",
    "Edinburgh", "Glasgow", "Bristol", "Leeds", "Newcastle upon Tyne", "Bath", "Aberystwyth", "Kilkenny",
    "Limerick", "Inverness", "St Andrews", "Bury St Edmunds", "Weston-super-Mare",
    "0150 Oslo", "5003 Bergen", "114 55 Stockholm", "2100 København Ø", "00100 Helsinki", "20095 Hamburg",
    "80331 München", "1011 AB Amsterdam", "EH1 1YZ", "M1 1AE", "BS1 4DJ", "D02 X285", "K1A 0B1", "V6B 4Y8",
    "02139", "60601", "98101-3100", "150-0002 渋谷区", "04524 서울특별시 중구", "Karl Johans gate 22, Oslo",
    "Drottninggatan 53, 111 21 Stockholm", "Rue Sainte-Catherine 12, Bordeaux", "Plaça de Catalunya 1, Barcelona",
    "Unter den Linden 77, 10117 Berlin", "1 Infinite Loop, Cupertino, CA", "10 Downing St, London SW1A 2AA",
    "59.9139, 10.7522", "60.39299,5.32415", "-41.2865, 174.7762", "51°30′26″N 0°7′39″W", "64.1466,-21.9426",
    "near Gardermoen", "the cabin (Geilo)", "Lofoten", "Svalbard", "Longyearbyen", "Nordkapp",
]
TIMEZONES = ["Europe/Oslo", "Europe/Stockholm", "Europe/Copenhagen", "Europe/Helsinki", "Europe/Berlin",
             "Europe/Amsterdam", "Europe/Brussels", "Europe/Paris", "Europe/Madrid", "Europe/Lisbon", "Europe/Rome",
             "Europe/Athens", "Europe/Warsaw", "Europe/Bucharest", "Europe/Kyiv", "Europe/London", "Europe/Dublin",
             "Atlantic/Reykjavik", "Asia/Tbilisi", "Asia/Yerevan", "Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka",
             "Asia/Bangkok", "Asia/Manila", "Asia/Tokyo", "Asia/Seoul", "Asia/Taipei", "Australia/Perth",
             "Australia/Brisbane", "Australia/Adelaide", "Pacific/Auckland", "Africa/Kigali", "Africa/Johannesburg",
             "America/Halifax", "America/Winnipeg", "America/Denver", "America/Phoenix", "America/Los_Angeles",
             "America/Chicago", "America/New_York", "America/Lima", "America/Santiago", "UTC"]
CHANNELS = [("C011ALLHND", "all-hands"), ("C012WATRCL", "watercooler"), ("C013PLATFM", "platform"),
            ("C014INCDNT", "inc-2024-11-05-db-latency"), ("C015RELEAS", "releases"), ("C016APIDEV", "api-dev"),
            ("C017WEBAPP", "web-app"), ("C018MOBILE", "mobile"), ("C019DATASC", "data-science"),
            ("C020CUSTSP", "customer-support"), ("C021SALES0", "sales-nordics"), ("C022OSLOHQ", "oslo-office"),
            ("C023REMOTE", "remote-life"), ("C024RUNCLB", "running-club"), ("C025BOOKCL", "book-club"),
            ("C026SECOPS", "sec-ops"), ("C027ONCALL", "oncall-primary"), ("C028PEOPLE", "people-ops"),
            ("C029FINANC", "finance"), ("C030DESIGN", "design-crit"), ("C031QAQAQA", "qa"),
            ("C032LEARNG", "til"), ("C033KUDOS0", "kudos"), ("C034PETS000", "pets")]
LINKS = [
    "https://github.com/fjordline/ingest/pull/2871", "https://github.com/fjordline/web/issues/1204#issuecomment-2451",
    "https://github.com/fjordline/infra/compare/v3.12.0...v3.13.0", "https://gitlab.fjordline.io/data/etl/-/merge_requests/77",
    "https://fjordline.atlassian.net/browse/PLAT-3391", "https://fjordline.atlassian.net/wiki/spaces/ENG/pages/88211/Runbook",
    "https://linear.app/fjordline/issue/WEB-512/date-picker-ignores-locale",
    "https://docs.google.com/spreadsheets/d/1QwErTy_uIoP/edit#gid=0",
    "https://docs.google.com/presentation/d/1zXcV-bnM/edit?usp=sharing", "https://miro.com/app/board/uXjVN1a2b3c=/",
    "https://www.figma.com/file/AbC123dEf/Onboarding-v4?node-id=12%3A345",
    "https://app.datadoghq.eu/dashboard/xyz-123/api-latency?from_ts=1730790000000&to_ts=1730800800000&live=true",
    "https://fjordline.pagerduty.com/incidents/Q2K9ZP1X", "https://status.fjordline.io/incidents/7hq2x",
    "https://console.aws.amazon.com/cloudwatch/home?region=eu-north-1#logsV2:log-groups",
    "https://eu-north-1.console.aws.amazon.com/rds/home?region=eu-north-1#database:id=prod-main",
    "https://www.yr.no/en/forecast/daily-table/1-72837/Norway/Oslo/Oslo/Oslo", "https://www.met.no/en",
    "https://en.wikipedia.org/wiki/Polar_night", "https://de.wikipedia.org/wiki/Fr%C3%BChst%C3%BCck",
    "https://www.smhi.se/vader/prognoser/ortsprognoser/q/Stockholm/2673730",
    "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Cache-Control",
    "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.20", "https://martinfowler.com/articles/feature-toggles.html",
    "https://blog.cloudflare.com/", "https://www.youtube.com/watch?v=jNQXAC9IVRw&t=12s", "https://youtu.be/aqz-KE-bpKQ",
    "https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M", "https://www.strava.com/activities/12345678901",
    "https://www.finn.no/realestate/homes/ad.html?finnkode=312345678", "https://meet.google.com/abc-defg-hij",
    "https://fjordline.zoom.us/j/81234567890?pwd=dGhpc2lzbm90cmVhbA.1", "https://calendly.com/astrid-a/30min",
    "https://stackoverflow.com/questions/11227809/why-is-processing-a-sorted-array-faster",
    "https://pypi.org/project/httpx/", "https://www.npmjs.com/package/date-fns", "https://crates.io/crates/tokio",
    "https://hub.docker.com/_/postgres", "https://grafana.fjordline.io/d/a1b2c3/ingest?orgId=1&var-env=prod&refresh=30s",
    "https://sentry.fjordline.io/organizations/fjordline/issues/98231/events/latest/?environment=production",
]
EMOJI = [":white_check_mark:", ":eyes:", ":pray:", ":raised_hands:", ":joy:", ":sob:", ":heart:", ":ok_hand:",
         ":thumbsup:", ":snowman:", ":snow_cloud:", ":sunny:", ":partly_sunny:", ":wind_blowing_face:",
         ":coffee:", ":tea:", ":beers:", ":running:", ":dog:", ":cat2:", ":bug:", ":rotating_light:",
         ":hourglass_flowing_sand:", ":thinking_face:", ":melting_face:", ":saluting_face:", ":norway:",
         "🙌", "🙏", "😂", "😭", "👍🏽", "👋", "🎉", "❄️", "🌧️", "☀️", "🫠", "🧵", "🐛", "✨", "💯", "🤔", "🇳🇴",
         "👩🏻‍💻", "🏃‍♀️", "☕️"]

# Channel chat. {M} mention, {L} link, {C} channel, {P} place, {N} number, {D} date, {T} time.
CHAT = [
    "god morgen!", "morning", "mornin' folks ☕️", "hei hei", "hello from the train, wifi is awful",
    "ok", "ok!", "okk", "k", "yes", "nope", "yep", "done", "done ✅", "thanks!", "thank you so much {M}",
    "tusen takk 🙏", "takk!", "merci !", "danke dir", "gracias!!", "obrigada", "dziękuję", "kiitos", "tack",
    "haha", "hahaha", "😂😂😂", "lmao", "same here", "+1", "+1 to what {M} said", "^^", "this ^",
    "sounds good", "works for me", "let's do it", "agreed", "hmm", "hmmm not sure", "wait what", "oh no",
    "nice!", "congrats {M}!! 🎉", "welcome to the team {M} 👋", "great work everyone", "you're a star {M}",
    "brb", "back", "afk 10 min", "heading out, see you tomorrow", "signing off, byeee", "lunch?",
    "who's in the office today?", "anyone at the Oslo office want to grab lunch at 11:30?",
    "Is it just me or is the VPN super slow this morning?", "can't log in to the VPN, anyone else?",
    "the printer on 4th floor is jammed again", "meeting room Fjellet is free if anyone needs it",
    "who left their umbrella in Havet? black one, pretty big", "the fridge will be cleaned on Friday at 15:00!",
    "Reminder: all-hands today at 14:00 CET in {C} (and on Zoom: {L})",
    "Heads-up: planned maintenance on the primary DB {D} 22:00–23:30 UTC, expect a few minutes of read-only",
    "Release {N}.{N}.0 is out 🚀 changelog: {L}", "PR for review: {L} — mostly renames, should be quick",
    "could someone take a look at {L}? blocked on it", "I'm on call this week, ping me if something explodes",
    "pagerduty woke me at 3am for a disk alert that resolved itself. again. 😴",
    "postmortem doc for yesterday's outage is up: {L}. please add your timeline notes before Thursday",
    "CI is flaky again, rerunning", "main is green again 🎉", "who touched the terraform state? 😅",
    "the staging deploy is stuck at 'waiting for approval', {M} can you approve?",
    "if you see 429s from the API that's the new rate limit, not a bug",
    "FYI I'm rotating the staging DB password at 16:00, apps will restart",
    "does anyone have a good resource on Postgres vacuum tuning?", "TIL about `git worktree`, game changer",
    "TIL: `python -X importtime` shows what slows your imports", "what's the weather like in {P} today?",
    "it's snowing in {P}!! ❄️ first snow of the year", "-12°C in {P} this morning, my car wouldn't start",
    "it's 28 degrees and sunny in {P}, sorry not sorry ☀️", "rain, rain and more rain in {P} 🌧️",
    "storm warning for {P} tonight, might lose power, will be on mobile",
    "Working from {P} this week, so I'm 1h ahead of you all", "OOO {D} – {D}, {M} is covering for me",
    "sick today 🤒 will check slack occasionally", "running late, train cancelled (of course)",
    "I'll be 5 min late to standup", "can we push the 1:1 to 15:30?", "can we move retro to Thursday?",
    "Running club: 5k around Sognsvann on Saturday at 10, everyone welcome 🏃‍♀️",
    "book club: we're reading 'Klara and the Sun' for December, discussion on the 18th",
    "pic of my dog being judgmental, as requested 🐕", "the cat sat on my keyboard and sent that, sorry",
    "Does anybody know how to expense a train ticket bought in a foreign currency?",
    "payroll question: is the holiday pay in June or July this year?",
    "Just a reminder: timesheets for October must be submitted by {D}.",
    "The Q4 budget review has been moved to Tuesday 10:00-11:30 (room Breen).",
    "Customer ACME Corp reports that exports > 10k rows time out. Ticket: {L}",
    "customer asked \"why does the dashboard say 0 users?\" — it's the timezone thing again",
    "New lead from the webinar: Nordlys Energi AS, 250 seats, wants a demo next week",
    "Signed! 🎉 Hafslund renewed for 3 years, +20% seats. Huge thanks to {M} and {M}",
    "Pricing page typo: \"anually\" → \"annually\" (and \"seperate\")", "Is the 15% discount still valid for NGOs?",
    "Invoice #2024-1187 was paid twice by the customer, can finance refund one?",
    "Design crit at 13:00: new onboarding flow, Figma link in the invite", "Who owns the marketing site CMS now?",
    "Please don't use @channel for non-urgent stuff 🙏", "Can we get a shared calendar for the on-call rotation?",
    "Bonjour tout le monde, quelqu'un a les slides de la réunion d'hier ?",
    "Est-ce que quelqu'un peut relire ma PR avant 17h ? Merci d'avance !",
    "Hat jemand eine Idee, warum der Build seit heute Morgen fehlschlägt?",
    "Ich bin morgen im Homeoffice, erreichbar wie immer.", "Kann mir jemand Zugriff auf das Grafana geben?",
    "¿Alguien sabe cómo configurar el VPN en Linux? El manual está desactualizado.",
    "Hoy llueve muchísimo en {P}, ¡llevad paraguas!", "Boa tarde! Alguém pode me ajudar com o deploy?",
    "Ciao a tutti, domani sono in ferie. Per urgenze scrivete a {M}.",
    "Hei! Kan noen hjelpe meg med tilgang til Jira? Fikk feilmelding ved innlogging.",
    "Det er glatt ute i dag, vær forsiktige på vei til kontoret!", "God helg alle sammen! 🎉",
    "Hej! Har någon koll på varför staging är nere?", "Hyvää huomenta! Tänään on pakkasta -15 astetta.",
    "Cześć! Czy ktoś wie, gdzie są klucze do sali konferencyjnej?", "Dobrý den, zítra budu pracovat z domu.",
    "Привет! Кто-нибудь знает, почему упал билд?", "Доброго ранку! Сьогодні у {P} дуже холодно.",
    "Καλημέρα! Έχει κανείς πρόσβαση στο Jira;", "Günaydın! Bugün ofiste kimler var?",
    "صباح الخير! هل يمكن لأحد مراجعة طلب الدمج؟", "سلام! کسی می‌دونه چرا سرور پایینه؟",
    "שלום! מישהו יודע מתי הפגישה מחר?", "नमस्ते! क्या कोई मेरी PR देख सकता है?",
    "সুপ্রভাত! আজকের মিটিং কখন?", "สวัสดีครับ พรุ่งนี้ผมลาป่วยครับ", "Chào mọi người! Hôm nay mình làm ở nhà nhé.",
    "おはようございます！今日は在宅勤務です。", "すみません、会議に5分遅れます🙇", "了解です！ありがとうございます。",
    "안녕하세요! 오늘 회의 몇 시에 시작하나요?", "감사합니다 🙏", "大家好！今天下午三点开会，别忘了。",
    "收到，谢谢！", "我明天請假，有事請找{M}。", "გამარჯობა! ვინმემ იცის, რატომ არ მუშაობს staging?",
    "Բարև ձեզ։ Վաղը հանդիպում կա՞։", "Habari za asubuhi! Leo nipo ofisini.",
    "50/50 on whether the demo works, fingers crossed 🤞", "on a scale of 1-10 how bad is it? like a 7?",
    "2 x 4 = 8 hours of meetings today. send coffee", "ETA ~30 min", "ETA: tomorrow EOD (hopefully)",
    "Q: do we support SSO with Azure AD? A: yes, SAML and OIDC both", "it's ~3x faster now (p95 420ms → 140ms)",
    "new hire checklist: laptop, badge, 1Password, GitHub, AWS SSO, Slack channels — anything missing?",
    "Please fill in the survey by Friday: {L} (takes 5 min, anonymous)",
    "Can someone send me the wifi password for guests?",
    "password for the guest wifi is on the whiteboard in reception", "door code changed to the usual + 1, ask {M}",
    "Parking spots B12 and B14 are free this week if anyone needs them",
    "happy Friday!! 🍕 pizza in the kitchen at 16:00", "don't forget daylight saving time ends this Sunday ⏰",
    "ugh, Monday", "weekend plans? I'm going hiking in {P} if the weather holds",
]
SNIPPETS = [
    "```\n$ kubectl get pods -n ingest\nNAME                        READY   STATUS             RESTARTS      AGE\n"
    "ingest-api-6b7f9d8c4-2lqzp   1/1     Running            0             2d\n"
    "ingest-api-6b7f9d8c4-9xk2m   0/1     CrashLoopBackOff   14 (3m ago)   47m\n```",
    "```\n$ kubectl logs ingest-api-6b7f9d8c4-9xk2m --previous | tail -5\n"
    "panic: runtime error: invalid memory address or nil pointer dereference\n"
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x9c4f2a]\n\ngoroutine 1 [running]:\n"
    "main.loadConfig(0x0)\n\t/src/cmd/ingest/main.go:87 +0x2a\n```",
    "```\nTraceback (most recent call last):\n  File \"/app/etl/load.py\", line 142, in run\n"
    "    rows = fetch_batch(cur, since)\n"
    "  File \"/app/etl/load.py\", line 97, in fetch_batch\n    cur.execute(QUERY, {\"since\": since})\n"
    "psycopg2.errors.QueryCanceled: canceling statement due to statement timeout\n```",
    "```sql\nSELECT date_trunc('day', created_at) AS day, count(*) AS signups\nFROM accounts\n"
    "WHERE created_at >= '2024-10-01' AND plan <> 'trial'\nGROUP BY 1\nORDER BY 1;\n```",
    "quick one: `SELECT count(*) FROM events WHERE tenant_id = 42 AND ts > now() - interval '1 hour';` "
    "returns 0 but the dashboard shows traffic. what am I missing?",
    "```sql\nEXPLAIN ANALYZE SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id\n"
    "WHERE o.status = 'open' ORDER BY o.created_at DESC LIMIT 50;\n"
    "-- Seq Scan on orders  (cost=0.00..48211.10 rows=1204)\n```",
    "```\nALTER TABLE invoices ADD COLUMN paid_at timestamptz;\n"
    "CREATE INDEX CONCURRENTLY idx_invoices_paid_at ON invoices (paid_at);\n```",
    "```bash\n#!/usr/bin/env bash\nset -euo pipefail\nfor env in staging prod; do\n  echo \"== $env\"\n"
    "  aws ecs describe-services --cluster \"$env\" --services api --query 'services[0].deployments'\ndone\n```",
    "run this and paste the output pls: `docker ps --format '{{.Names}}\\t{{.Status}}' | grep ingest`",
    "```\n$ curl -s -H \"Authorization: Bearer $TOKEN\" "
    "\"https://gateway.fjordline.io/api/users?limit=5\" | jq '.users[].email'\n"
    "\"astrid.andersen@fjordline.io\"\n\"bilal.bakker@fjordline.io\"\n```",
    "```\n$ git log --oneline -5\n3f9c2e1 (HEAD -> main, origin/main) Fix timezone offset in alerts\n"
    "a71b0d4 Bump httpx from 0.27.0 to 0.27.2\n0c5e8aa Merge pull request #2871 from fjordline/feat/export-csv\n"
    "9d2f7b3 Add CSV export\n5e1a4c6 Update README.md\n```",
    "```\nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@18.3.1\n"
    "npm ERR! Could not resolve dependency:\nnpm ERR! peer react@\"^17.0.0\" from react-datepicker@4.8.0\n```",
    "```js\nconst formatted = new Intl.DateTimeFormat('nb-NO', {\n  dateStyle: 'medium',\n  timeStyle: 'short',\n"
    "  timeZone: 'Europe/Oslo',\n}).format(new Date(ts));\n```",
    "```python\n@dataclass(frozen=True)\nclass Forecast:\n    place: str\n    temp_c: float\n    wind_ms: float\n\n"
    "    @property\n    def temp_f(self) -> float:\n        return self.temp_c * 9 / 5 + 32\n```",
    "```\n2024-11-05T09:41:17.220Z WARN  api  request_id=9f1c2b7a path=/v2/export status=504 duration_ms=30001 "
    "tenant=acme\n"
    "2024-11-05T09:41:18.004Z ERROR api  request_id=9f1c2b7a msg=\"upstream timed out\" "
    "upstream=export-worker:8080\n```",
    "```\nException in thread \"main\" java.lang.IllegalStateException: Connection pool shut down\n"
    "\tat org.apache.http.util.Asserts.check(Asserts.java:34)\n"
    "\tat io.fjordline.sync.Client.send(Client.java:118)\n\tat io.fjordline.sync.Main.main(Main.java:22)\n```",
    "```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ingest-api\nspec:\n  replicas: 3\n"
    "  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/fjordline/ingest:3.13.0\n"
    "          resources:\n            limits: {cpu: \"1\", memory: 512Mi}\n```",
    "```json\n{\n  \"error\": \"invalid_grant\",\n  \"error_description\": \"client is disabled\",\n"
    "  \"request_id\": \"gw-1730800800-17-3\"\n}\n```",
    "```\nterraform plan\n  # aws_db_instance.main will be updated in-place\n"
    "  ~ resource \"aws_db_instance\" \"main\" {\n"
    "      ~ instance_class = \"db.r6g.large\" -> \"db.r6g.xlarge\"\n    }\n"
    "Plan: 0 to add, 1 to change, 0 to destroy.\n```",
    "```\nERROR: relation \"public.user_settings\" does not exist\n"
    "LINE 1: SELECT * FROM public.user_settings WHERE user_id = $1\n"
    "                      ^\n```",
    "```rust\nlet temps: Vec<f64> = readings.iter().filter_map(|r| r.temp).collect();\n"
    "let avg = temps.iter().sum::<f64>() / temps.len() as f64;\n```",
    "```\n| service   | p50   | p95    | err%  |\n|-----------|-------|--------|-------|\n"
    "| ingest    | 23ms  | 140ms  | 0.01  |\n"
    "| export    | 310ms | 2.1s   | 1.40  |\n| auth      | 9ms   | 31ms   | 0.00  |\n```",
    "```\n$ dig +short api.fjordline.io\napi-prod-1234567890.eu-north-1.elb.amazonaws.com.\n"
    "13.48.0.17\n13.48.0.201\n```",
    "```\nWARNING: The requested image's platform (linux/amd64) does not match the detected host platform "
    "(linux/arm64/v8)\n```",
    "```go\nctx, cancel := context.WithTimeout(ctx, 5*time.Second)\ndefer cancel()\n"
    "if err := db.PingContext(ctx); err != nil {\n"
    "    log.Printf(\"db not ready: %v\", err)\n}\n```",
    "```\nMon Nov  4 23:10:02 UTC 2024  backup ok  size=41G  duration=00:18:44\n"
    "Tue Nov  5 23:10:01 UTC 2024  backup FAILED  exit=1  (pg_dump: error: connection to server lost)\n```",
    "```\ncron: 0 3 * * * /usr/local/bin/cleanup --older-than 30d --dry-run=false >> /var/log/cleanup.log 2>&1\n```",
    "```diff\n-    timeout: 30s\n+    timeout: 60s\n     retries: 3\n```",
    "```\n$ psql \"$DATABASE_URL\" -c '\\d+ accounts'\n```",
    "```css\n.card { display: grid; grid-template-columns: 1fr auto; gap: 0.5rem; }\n"
    "@media (max-width: 600px) { .card { grid-template-columns: 1fr; } }\n```",
    "```tsx\nexport function Temp({ c }: { c: number }) {\n"
    "  return <span className=\"temp\">{Math.round(c)}°C</span>;\n}\n```",
]
LONG = [
    "Hi all,\n\nquick summary of today's incident:\n\n*What happened:* between 09:12 and 09:47 UTC about 30% of API "
    "requests to /v2/export returned 504.\n*Why:* the export workers ran out of memory after the 3.13.0 deploy "
    "(a new CSV writer buffered whole files).\n*Fix:* rolled back at 09:40, fix in {L}.\n*Follow-ups:* memory "
    "alerts on the workers, a load test for large exports.\n\nThanks {M} and {M} for jumping on it 🙏",
    "Forwarding from a customer:\n\n> Hi Fjordline team,\n>\n> Since last week our weekly report e-mail arrives "
    "empty. We haven't changed anything on our side.\n> Account: nordlys-energi\n>\n> Kind regards,\n> Kari "
    "Nordmann | IT Manager | +47 22 12 34 56\n\nAnyone seen this? {L}",
    "*Weekly release notes* :rocket:\n• Faster CSV exports (up to 4x for > 100k rows)\n• Dark mode for the "
    "dashboard (finally!)\n• Fixed: date picker ignored the browser locale\n• Fixed: \"Forgot password\" e-mail "
    "sometimes went to spam\nFull changelog: {L}",
    "Proposal for the on-call rotation from December:\n1. Primary + secondary, one week each\n2. Handover Mondays "
    "10:00 CET\n3. Compensation as per the handbook (section 4.2)\n4. No deploys on Fridays after 15:00 unless "
    "it's a fix\nThoughts? Reply in thread 🧵",
    "Hei alle sammen!\n\nJulebordet blir fredag 13. desember kl. 18:00 på Grand Café. Påmelding innen 29. "
    "november i skjemaet: {L}\nGi beskjed om allergier eller matpreferanser 🎄\n\nHilsen festkomiteen",
    "Hallo zusammen,\n\nab Montag gilt die neue Reisekostenrichtlinie: Bahn vor Flug bei Strecken unter 600 km, "
    "Hotels bis 150 € pro Nacht (München/Hamburg 180 €). Details im Wiki: {L}\n\nViele Grüße\nUlrike",
    "Interview debrief for the Senior Backend role:\n- System design: strong, good trade-offs on caching\n"
    "- Coding: solved both, a bit slow on the second\n- Culture: great questions about on-call\nMy vote: hire "
    "(4/5). {M} {M} please add yours by tomorrow.",
    "Reminder about security hygiene 🔐\n- Never paste secrets or tokens in Slack (use 1Password sharing)\n"
    "- Enable 2FA everywhere, hardware keys preferred\n- Report phishing to {C}\n- Lock your screen (⌘+Ctrl+Q / Win+L)",
    "Sharing my notes from the Postgres conference:\n1) Logical replication improvements in 17 are 🔥\n"
    "2) Use `pg_stat_statements` + auto_explain in prod, with sampling\n3) Partition by time only if you really "
    "need to drop old data fast\n4) Talk slides: {L}",
    "Customer escalation (Tier 2):\nAccount: Hafslund (Enterprise)\nIssue: SSO login loops back to the login "
    "page in Safari 17.6\nSteps: open app → \"Sign in with SSO\" → IdP → redirected back → login again\n"
    "Workaround: Chrome works\nTicket: {L}",
    "Q3 numbers are in 📊\nARR: +18% QoQ\nNet revenue retention: 112%\nChurn: 1.9% (down from 2.6%)\n"
    "New logos: 41 (Nordics 27, DACH 9, UK 5)\nThanks everyone — details at the all-hands.",
    "Can someone explain the difference between `alert_time` and the time zone in the settings? I set "
    "07:00 and Europe/Oslo but got the alert at 08:00. Is it because of the DST change on Oct 27?",
]
COMMANDS = [
    "help", "help", "Help", "weather", "weather", "weather {P}", "weather {P}", "weather {P}", "weather {P}",
    "weather in {P}", "weather {P} tomorrow", "weather {P}?", "Weather {P}", "remember location {P}",
    "remember location {P}", "remember location {P}", "my location", "forget location", "config",
    "config units metric", "config units imperial", "config alert_time {T}", "config alert_time {T}",
    "config timezone {Z}", "config timezone {Z}", "alerts on", "alerts off", "alerts on", "login", "login",
    "forget me", "weather {P} 🌧️",
]
DM_TEXT = [
    "hi", "hello jeeves", "hey", "what can you do?", "thanks!", "thank you 🙏", "good bot", "is it going to rain "
    "in {P} this afternoon?", "will it snow tomorrow?", "how cold is it in {P}", "what should I wear today?",
    "can you remind me to bring an umbrella?", "why did I get the alert at 8 instead of 7?",
    "hmm the temperature looks wrong, it says 12 but it's clearly below zero here",
    "where do I change my timezone?", "can I get the forecast in Fahrenheit?", "stop sending me alerts pls",
]


class Evaluation(WebApp):
    """The workspace, its people, clients and admins, and one seeded random source."""

    prefix = "evaluation-benign"
    epoch, team, app_id, bot_user, verify_token = EPOCH, TEAM, APP_ID, BOT_USER, VERIFY_TOKEN
    ts_window, event_window, context_bytes = (-3 * 86400, 9 * 3600), (0, 30000), 45
    oauth_scope_rate, oauth_scopes = 0.75, ("read", "read", "read write", "write", "write read", "clients:admin")
    oauth_audience, oauth_body_secret_rate = ("jeeves", "jeeves", "tokendealer"), 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(300):
            given, family = self.rng.choice(GIVEN), self.rng.choice(FAMILY)
            a_given = given.encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")
            a_family = family.encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "")
            a_family = a_family.replace(".", "")
            handle = f"{a_given or 'user'}.{a_family or 'x'}" + (str(i) if i % 11 == 0 else "")
            self.people.append({"id": self.sid("U0", 9), "name": f"{given} {family}", "handle": handle,
                                "email": f"{handle}@fjordline.io", "tz": self.rng.choice(TIMEZONES)})

    # ---- small pieces ---------------------------------------------------------------------------------
    def hhmm(self) -> str:
        return f"{self.pick([5, 6, 6, 6, 7, 7, 7, 7, 8, 8, 9, 12, 16, 18, 20, 22]):02d}:" \
               f"{self.pick(['00', '00', '15', '30', '30', '45', '10', '55'])}"

    def date(self) -> str:
        day = self.rng.randint(1, 30)
        month = self.pick([11, 11, 12, 12, 1])
        return self.pick([f"{day}.{month}.", f"{day}/{month}", f"2024-{month:02d}-{day:02d}",
                          f"{['Nov', 'Dec', 'Jan'][[11, 12, 1].index(month)]} {day}"])

    def fill(self, text: str, slack: bool = True) -> str:
        out = _esc(text) if slack else text
        for key, make in (("{M}", self._mention), ("{L}", self._link), ("{C}", self._channel),
                          ("{P}", lambda s: _esc(self.pick(PLACES)) if s else self.pick(PLACES)),
                          ("{N}", lambda s: str(self.rng.randint(2, 19))), ("{D}", lambda s: self.date()),
                          ("{T}", lambda s: self.hhmm()), ("{Z}", lambda s: self.pick(TIMEZONES))):
            while key in out:
                out = out.replace(key, make(slack), 1)
        return out

    def _mention(self, slack: bool) -> str:
        p = self.pick(self.people)
        return f"<@{p['id']}>" if slack else "@" + p["handle"]

    def _link(self, slack: bool) -> str:
        link = self.pick(LINKS)
        if not slack:
            return link
        return f"<{_esc(link)}{self.pick(['', '', '', '|here', '|PR', '|the doc', '|dashboard', '|link'])}>"

    def _channel(self, slack: bool) -> str:
        cid, name = self.pick(CHANNELS)
        return f"<#{cid}|{name}>" if slack else "#" + name

    # ---- Slack ----------------------------------------------------------------------------------------
    def slack_headers(self, ctype: str) -> dict[str, str]:
        h = {"User-Agent": "Slackbot 1.0 (+https://api.slack.com/robots)", "Accept": "*/*",
             "Accept-Encoding": "gzip,deflate", "Content-Type": ctype,
             "X-Slack-Request-Timestamp": str(EPOCH), "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(0.02):
            h["X-Slack-Retry-Num"], h["X-Slack-Retry-Reason"] = self.pick([("1", "http_timeout"),
                                                                          ("2", "http_error")])
        return h

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.62:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.1):
                text = self.pick(["{M} ", "{M} {M} ", "<!here> ", "cc {M} "]) + text
        elif roll < 0.86:
            text = self.pick(["", "", "", "anyone seen this before?\n", "getting this on staging:\n", "{M} ",
                              "fyi\n", "this fixed it for me:\n", "from the prod logs:\n"]) + self.pick(SNIPPETS)
            if self.chance(0.25):
                text += "\n" + self.pick(["any ideas?", "🤔", "fixed, nvm", "cc {M}", "thoughts?", "help pls 😅"])
        else:
            text = self.pick(LONG)
        mark = text.replace("<!here>", "\x01")
        return self.fill(mark).replace("\x01", "<!here>")

    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        if "```" in raw:
            before, _, rest = raw.partition("```")
            code, _, after = rest.partition("```")
            if before.strip():
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": before}]})
            elements.append({"type": "rich_text_preformatted", "border": 0,
                             "elements": [{"type": "text", "text": code}]})
            if after.strip():
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": after}]})
        else:
            elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def event_req(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events", "headers": self.slack_headers("application/json"),
                "body": json.dumps(self.envelope(event), ensure_ascii=False, separators=(",", ":"))}

    def message(self, text: str, channel: str, ctype: str, kind: str = "message") -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"user": self.pick(self.people)["id"], "type": kind, "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": TEAM}
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if self.chance(0.18):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        event["channel"], event["event_ts"] = channel, ts
        if kind == "message":
            event["channel_type"] = ctype
        return event

    def slack_message(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.record("slack-msg", "json", self.event_req(self.message(self.chat_text(), cid, "channel")))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.7):
            body = self.fill(self.pick(COMMANDS))
        else:
            body = self.pick(["can you check the weather in {P}?", "what's it like in {P} tomorrow?",
                              "help", "is it raining in {P}", "thanks!", "you're the best"])
            body = self.fill(body)
        text = self.pick([f"<@{BOT_USER}> {body}", f"<@{BOT_USER}> {body}", f"hey <@{BOT_USER}>, {body}",
                          f"{body} <@{BOT_USER}>"])
        return self.record("slack-mention", "json", self.event_req(self.message(text, cid, "channel", "app_mention")))

    def slack_dm(self) -> dict[str, Any]:
        text = self.fill(self.pick(COMMANDS) if self.chance(0.72) else self.pick(DM_TEXT))
        return self.record("slack-dm", "json", self.event_req(self.message(text, self.sid("D0", 9), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old_text, new_text = self.chat_text(), self.chat_text()
        user = self.pick(self.people)["id"]
        old_ts, ts = self.ts(), self.ts()
        event = {"type": "message", "subtype": "message_changed",
                 "message": {"type": "message", "user": user, "text": new_text, "edited": {"user": user, "ts": ts},
                             "blocks": self.blocks(new_text), "client_msg_id": self.uuid(), "ts": old_ts,
                             "source_team": TEAM, "user_team": TEAM},
                 "previous_message": {"type": "message", "user": user, "text": old_text, "ts": old_ts,
                                      "blocks": self.blocks(old_text), "client_msg_id": self.uuid()},
                 "channel": cid, "hidden": True, "ts": ts, "event_ts": ts, "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_req(event))

    def slack_home(self) -> dict[str, Any]:
        user = self.pick(self.people)
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.sid("D0", 9),
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.7):
            place = self.pick(PLACES)
            lines = (f"*Location:* {place}\n*Units:* {self.pick(['metric', 'imperial'])}\n*Daily alert:* "
                     f"{self.pick(['on', 'off'])} at {self.hhmm()} ({user['tz']})")
            event["view"] = {
                "id": self.sid("V0", 10), "team_id": TEAM, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH}.{self.token(6)}", "clear_on_close": False,
                "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
                "root_view_id": self.sid("V0", 10), "app_id": APP_ID, "external_id": "", "app_installed_team_id": TEAM,
                "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title"}, "state": {"values": {}},
                "blocks": [
                    {"type": "header", "block_id": self.token(3)[:4],
                     "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                    {"type": "section", "block_id": self.token(3)[:4],
                     "text": {"type": "mrkdwn", "text": lines, "verbatim": False}},
                    {"type": "divider", "block_id": self.token(3)[:4]},
                    {"type": "section", "block_id": self.token(3)[:4],
                     "text": {"type": "mrkdwn", "verbatim": False,
                              "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> "
                                      "(send me `login` for a sign-in link)."}}]}
        return self.record("slack-home", "json", self.event_req(event))

    def slack_verify(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(40), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 8 + [(self.sid("G0", 9),
                                                                                          "privategroup")])
        text = self.fill(self.pick(COMMANDS), slack=False)
        if self.chance(0.05):
            text = self.pick([" " + text, text + " ", text.upper(), text + "  "])
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", f"https://hooks.slack.com/commands/{TEAM}/{self.rng.randint(10**12, 10**13)}/"
                                   f"{self.token(24)[:24].replace('-', 'x').replace('_', 'Q')}"),
                  ("trigger_id", self.trigger())]
        return self.record("slack-cmd", "form", self.slack_form_request("/slack/commands", fields))

    def slack_click(self) -> dict[str, Any]:
        user = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.72:
            place = self.pick(PLACES)
            action = {"action_id": "set_location", "block_id": self.token(4)[:5], "value": place,
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "type": "button", "action_ts": self.ts()}
            msg_text = f"Weather for {place}: {self.rng.randint(-15, 30)}°C"
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(4)[:5], "value": "forget",
                      "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "type": "button", "action_ts": self.ts()}
            msg_text = "Forget everything I know about you?"
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(4)[:5], "value": "cancel",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
            msg_text = "Forget everything I know about you?"
        in_dm = self.chance(0.5)
        cid, cname = (self.sid("D0", 9), "directmessage") if in_dm else self.pick(CHANNELS)
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": not in_dm},
            "trigger_id": self.trigger(),
            "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False,
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", TEAM),
            "actions": [action]}
        if in_dm:
            payload["message"] = {"bot_id": BOT_ID, "type": "message", "text": msg_text, "user": BOT_USER,
                                  "ts": msg_ts, "app_id": APP_ID, "team": TEAM,
                                  "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                              "text": {"type": "mrkdwn", "text": msg_text, "verbatim": False}}]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record("slack-click", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- data API ---------------------------------------------------------------------------------------
    def jwt(self, client: str, scope: str, aud: str = "jeeves") -> str:
        header = {"alg": "ES256", "kid": _b64(self.rng.randbytes(32)), "typ": "at+jwt"}
        iat = EPOCH + self.rng.randint(-600, 30000)
        claims = {"iss": BASE, "sub": client, "aud": aud, "iat": iat, "nbf": iat, "exp": iat + 900,
                  "jti": self.uuid(), "scope": scope, "client_id": client}
        return ".".join([b64url_json(header), b64url_json(claims), self.token(64)])

    def api_headers(self, write: bool = False) -> dict[str, str]:
        ua = self.pick(["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "curl/7.81.0",
                        "Go-http-client/1.1", "Go-http-client/2.0", "axios/1.7.7", "node-fetch/3.3.2", "undici",
                        "okhttp/4.12.0", "Dart/3.5 (dart:io)", "Ruby", "Faraday v2.12.0", "PostmanRuntime/7.42.0",
                        "Apache-HttpClient/5.3.1 (Java/21.0.4)", "Java-http-client/21.0.4",
                        "Grafana/11.3.0", "insomnia/10.1.1", "HTTPie/3.2.4", "aiohttp/3.10.10 Python/3.12",
                        "fjordline-sync/2.4.1 (+https://github.com/fjordline/sync)",
                        "Jeeves-Mobile/1.8.0 (iPhone; iOS 18.1; Scale/3.00)",
                        "Jeeves-Mobile/1.8.0 (Android 14; Pixel 7a)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) "
                        "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"])
        client = self.pick(["jeeves-worker", "bi-dashboard", "hr-sync", "ci-release", "data-export",
                            "support-tools", "mobile-backend"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "application/json", "*/*",
                                                    "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, "read write" if write else self.pick(["read",
                                                                                               "read write"]))}
        if self.chance(0.7):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if self.chance(0.25):
            h["X-Request-Id"] = self.pick([self.uuid(), f"sync-{self.hexs(12)}",
                                           f"gh-{self.rng.randint(10**9, 10**10)}"])
        if self.chance(0.15):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
        if "Postman" in ua:
            h["Postman-Token"] = self.uuid()
            h["Cache-Control"] = "no-cache"
        if "Mozilla" in ua:
            h["Origin"] = BASE
            h["Referer"] = BASE + "/admin/"
            h["Accept-Language"] = self.pick(["nb-NO,nb;q=0.9,no;q=0.8,en;q=0.7", "en-GB,en;q=0.9", "sv-SE,sv;q=0.9"])
        if "Jeeves-Mobile" in ua:
            h["Accept-Language"] = self.pick(["nb-NO", "en-US", "de-DE", "ja-JP", "fi-FI"])
        return h

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.34:
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["10", "20", "50", "100", "250", "500"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 500, 1000]))))
            if self.chance(0.3):
                params.append(("active", self.pick(["true", "false", "1", "0", "yes"])))
            if self.chance(0.25):
                params.append(("alerts", self.pick(["true", "false", "on", "off"])))
            if self.chance(0.2):
                params.append(("team_id", self.pick([TEAM, "T07PARTNER"])))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api-users", "query", {"method": "GET", "uri": uri, "body": "",
                                                      "headers": self.api_headers()})
        if roll < 0.52:
            return self.record("api-user", "path", {"method": "GET", "uri": f"/api/users/{self.rng.randint(1, 420)}",
                                                    "body": "", "headers": self.api_headers()})
        if roll < 0.70:
            p = self.pick(self.people)
            doc: dict[str, Any] = {}
            what = self.rng.random()
            if what < 0.35:
                doc["settings"] = {k: v for k, v in (("units", self.pick(["metric", "imperial"])),
                                                      ("alert_time", self.hhmm()), ("timezone", p["tz"]),
                                                      ("alerts", self.pick([True, False]))) if self.chance(0.6)} or \
                    {"alerts": True}
            elif what < 0.6:
                doc["name"] = p["name"]
                if self.chance(0.5):
                    doc["email"] = p["email"]
            elif what < 0.8:
                doc["is_active"] = self.pick([True, False])
            else:
                doc = {"is_admin": self.pick([True, False]), "name": p["name"]}
            h = self.api_headers(write=True)
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8"])
            return self.record("api-patch", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 420)}",
                                                     "body": json.dumps(doc, ensure_ascii=self.chance(0.5)),
                                                     "headers": h})
        if roll < 0.83:
            day = self.rng.randint(1, 28)
            since = self.pick([f"2024-10-{day:02d}T00:00:00Z", f"2024-10-{day:02d}T00:00:00+00:00",
                               f"2024-11-0{self.rng.randint(1, 4)}T06:00:00+01:00", "2024-11-04",
                               f"2024-10-{day:02d}T12:30:00.000Z"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-11-05T00:00:00Z", "2024-11-05T10:00:00+00:00",
                                                   "2024-11-05", "2024-11-05T09:59:59.999Z"])))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params)
            return self.record("api-stats", "query", {"method": "GET", "uri": uri, "body": "",
                                                      "headers": self.api_headers()})
        if roll < 0.91:
            return self.record("api-switches", "header", {"method": "GET", "uri": "/api/switches", "body": "",
                                                          "headers": self.api_headers()})
        if roll < 0.97:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help",
                                "my_location", "forget_location"])
            doc = {"enabled": self.pick([True, False])}
            if self.chance(0.6):
                doc["team_id"] = self.pick([TEAM, "*", "T07PARTNER"])
            h = self.api_headers(write=True)
            h["Content-Type"] = "application/json"
            return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                          "body": json.dumps(doc), "headers": h})
        h = {"User-Agent": self.pick(["openapi-generator/7.9.0", "Swagger-UI", "python-requests/2.32.3",
                                      "PostmanRuntime/7.42.0", "Stoplight/1.0"]), "Accept": "application/json"}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers -----------------------------------------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, site: str | None = None) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/130.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/130.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.1 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.1 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/130.0.6723.86 Mobile Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/130.0.0.0 Safari/537.36 OPR/114.0.0.0"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                       "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7" if "Chrome" in ua else
                       "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
             "Accept-Language": self.pick(["nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6,en;q=0.5",
                                           "en-US,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "sv-SE,sv;q=0.9,en;q=0.8",
                                           "da-DK,da;q=0.9", "fi-FI,fi;q=0.9,en;q=0.8", "de-DE,de;q=0.9",
                                           "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "es-ES,es;q=0.9", "ja-JP,ja;q=0.9",
                                           "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9"]),
             "Accept-Encoding": "gzip, deflate, br, zstd" if "Chrome" in ua or "Firefox" in ua else "gzip, deflate, br",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": site or ("same-origin" if referer else "none"), "Sec-Fetch-User": "?1",
             "Upgrade-Insecure-Requests": "1"}
        if "Chrome" in ua:
            brand = '"Microsoft Edge";v="130"' if "Edg/" in ua else '"Google Chrome";v="130"'
            h["sec-ch-ua"] = f'"Chromium";v="130", {brand}, "Not?A_Brand";v="99"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else ('"Windows"' if "Windows" in ua else
                                                                          '"macOS"')
        if "Firefox" in ua:
            h["DNT"] = "1"
            h["Priority"] = "u=0, i"
        return self.form_navigation(h, BASE, referer, form)

    def cookie(self, *pairs: tuple[str, str]) -> str:
        extra: list[tuple[str, str]] = []
        if self.chance(0.15):
            extra.append(("_ga", f"GA1.1.{self.rng.randint(10**8, 10**10)}.{EPOCH - self.rng.randint(0, 10**7)}"))
        if self.chance(0.1):
            extra.append(("theme", self.pick(["dark", "light"])))
        return self.cookie_header(pairs, extra, shuffle=False)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.28:
            p = self.pick(self.people)
            q = self.pick([p["name"], p["name"].split()[0], p["name"].split()[-1], p["email"], p["handle"],
                           p["id"], p["email"].split("@")[0], "@fjordline.io", "fjordline.io", TEAM,
                           p["name"].lower(), p["name"].split()[-1][:3], "o'connor", "Sørensen", "sorensen",
                           "jovanović", "al-farsi", "de la cruz", "van dijk", "mary-kate", "st. clair", "nakamura",
                           "山本", "Петров", "consultant", "intern", "test user", "U0"])
            params = [("q", q)]
            if self.chance(0.2):
                params.append(("page", str(self.rng.randint(2, 9))))
            h = self.browser(self.pick(["/admin/users", "/admin/", f"/admin/users?q={urllib.parse.quote(p['name'])}"]))
            h["Cookie"] = self.cookie(session)
            return self.record("admin-search", "query", {"method": "GET", "body": "", "headers": h,
                                                         "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.40:
            q = self.pick(["user.active", "user.admin", "feature.set", "feature.remove_override", "client.create",
                           "client.rotate", "client.disable", "login.failed", "login", "account.totp_enable",
                           "user.forget_me", "admin.map_slack", "admin", self.pick(self.people)["handle"],
                           "2024-11-04", "2024-11", "ci-release", "hr-sync", TEAM, "failed"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.2) else [])
            h = self.browser("/admin/audit")
            h["Cookie"] = self.cookie(session)
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.55:
            p = self.pick(self.people)
            h = self.browser("/admin/users?q=" + urllib.parse.quote(p["name"].split()[-1]), form=True)
            h["Cookie"] = self.cookie(session)
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                      ("q", self.pick([p["name"].split()[-1], p["email"], "", p["name"]])),
                      ("page", str(self.pick([1, 1, 1, 2, 3])))]
            return self.record("admin-flag", "form", {"method": "POST", "headers": h,
                                                      "body": urllib.parse.urlencode(fields),
                                                      "uri": f"/admin/users/{self.rng.randint(1, 420)}/"
                                                             f"{self.pick(['active', 'active', 'admin'])}"})
        if roll < 0.64:
            h = self.browser("/admin/features", form=True)
            h["Cookie"] = self.cookie(session)
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me",
                                "my_location", "forget_location", "help"])
            if self.chance(0.2):
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick([TEAM, "T07PARTNER"]))]
                return self.record("admin-feature", "form", self.form_request("/admin/features/remove", h, fields))
            fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"])),
                      ("team_id", self.pick(["", "", TEAM, "t07partner", "T07PARTNER"]))]
            return self.record("admin-feature", "form", self.form_request("/admin/features", h, fields))
        if roll < 0.76:
            h = self.browser(self.pick(["/admin/", "/admin/users", "/admin/clients", None]))
            h["Cookie"] = self.cookie(session)
            uri = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients", "/admin/audit",
                             "/admin/gateway", "/admin/account", "/admin/slack-sign-in", "/admin/users?page=2",
                             "/admin/users?done=user_updated&q=Nakamura&page=1", "/admin/clients?done=client_disabled",
                             "/admin/features?done=switch_updated", "/admin/account?done=totp_enabled",
                             "/admin/login?next=%2Fadmin%2Fclients", "/admin/audit?q=&page=3"])
            return self.record("admin-page", "cookie", self.get_request(uri, h))
        if roll < 0.84:
            h = self.browser("/admin/login?next=%2Fadmin%2F", form=True)
            h["Cookie"] = self.cookie(("__Host-jeeves_admin_login", csrf))
            alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_.!@#%+=*"
            if self.chance(0.4):
                words = ["correct", "horse", "battery", "staple", "fjord", "granite", "maple", "orbit", "velvet"]
                password = "-".join(self.pick(words) for _ in range(4)) + str(self.rng.randint(10, 99))
            else:
                password = "".join(self.pick(list(alphabet)) for _ in range(self.rng.randint(14, 32)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients", ""])),
                      ("username", self.pick(["admin", "astrid.a", "ops", "s.haugen", "bilal"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.92:
            h = self.browser("/admin/clients", form=True)
            h["Cookie"] = self.cookie(session)
            sub = self.rng.random()
            if sub < 0.55:
                fields = [("csrf_token", csrf),
                          ("client_id", self.pick(["bi-dashboard", "hr-sync", "ci-release", "data-export-2024",
                                                   "support-tools", "mobile-backend", "grafana_prod",
                                                   "looker.nordics", "zapier-ops"])),
                          ("description", self.pick([
                              "Grafana JSON datasource (read-only), owner: platform team",
                              "HR sync from Workday, nightly at 02:00 Europe/Oslo",
                              "Release pipeline (GitHub Actions) posts deploy summaries",
                              "Data export for finance – monthly, owner Kirsi M.",
                              "Support tools: look up users by e-mail for tickets",
                              "Mobile backend (iOS/Android) – BFF service",
                              "Temporary client for the Q4 migration, delete after 31.12.2024",
                              "Looker (BI) – usage stats, read only", "", "test"]))]
                fields.append(("scopes", "read"))
                if self.chance(0.35):
                    fields.append(("scopes", "write"))
                return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
            cid = self.pick(["bi-dashboard", "hr-sync", "ci-release", "support-tools", "zapier-ops"])
            uri = f"/admin/clients/{cid}/" + self.pick(["rotate", "disable", "enable"])
            return self.record("admin-client", "form", self.csrf_post(uri, h, csrf))
        if roll < 0.96:
            h = self.browser("/admin/account", form=True)
            h["Cookie"] = self.cookie(session)
            step = self.rng.random()
            if step < 0.3:
                uri, fields = "/admin/account/totp/start", [("csrf_token", csrf)]
            elif step < 0.8:
                secret = "".join(self.pick(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")) for _ in range(32))
                code = f"{self.rng.randint(0, 999999):06d}"
                uri, fields = "/admin/account/totp/confirm", [("csrf_token", csrf), ("totp_pending", secret),
                                                              ("totp", code)]
            else:
                uri, fields = "/admin/account/totp/disable", [("csrf_token", csrf), ("password", self.token(15))]
            return self.record("admin-totp", "form", self.form_request(uri, h, fields))
        h = self.browser("/admin/slack-sign-in", form=True)
        h["Cookie"] = self.cookie(session)
        if self.chance(0.25):
            uri, fields = "/admin/logout", [("csrf_token", csrf)]
        elif self.chance(0.25):
            uri, fields = "/admin/slack-sign-in/remove", [("csrf_token", csrf), ("username", self.pick(["astrid.a",
                                                                                                     "ops"]))]
        else:
            uri = "/admin/slack-sign-in"
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "astrid.a", "ops", "s.haugen"])),
                      ("team_id", self.pick([TEAM, TEAM, " " + TEAM])), ("user_id", self.pick(self.people)["id"])]
        return self.record("admin-slackmap", "form", self.form_request(uri, h, fields))

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        boundary = self.pick([self.form_boundary("webkit"), self.form_boundary("gecko")])
        parts = "".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                        for k, v in fields)
        return parts + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        p = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser(self.pick([None, "/me/", "/auth/slack/callback", f"/auth/slack/link/{self.token()}"]))
            h["Cookie"] = self.cookie(session)
            uri = self.pick(["/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            if uri.endswith(".json"):
                h["Accept"] = self.pick(["application/json", "*/*", h["Accept"]])
            return self.record("me-page", "cookie", self.get_request(uri, h))
        if roll < 0.6:
            place = self.pick(PLACES)
            if self.chance(0.1):
                place = " " + place + " "
            fields = [("csrf_token", csrf), ("place", place)]
            h = self.browser("/me/", form=True)
            h["Cookie"] = self.cookie(session)
            if self.chance(0.1):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me-location", "multipart", {"method": "POST", "uri": "/me/location",
                                                                "body": body, "headers": h})
            return self.record("me-location", "form", self.form_request("/me/location", h, fields))
        if roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.hhmm()), ("timezone", self.pick([p["tz"], p["tz"], self.pick(TIMEZONES)]))]
            if self.chance(0.55):
                fields.append(("alerts", "on"))
            h = self.browser("/me/", form=True)
            h["Cookie"] = self.cookie(session)
            return self.record("me-settings", "form", self.form_request("/me/settings", h, fields))
        h = self.browser("/me/", form=True)
        h["Cookie"] = self.cookie(session)
        uri, fields = self.pick([("/me/logout", [("csrf_token", csrf)]), ("/me/logout", [("csrf_token", csrf)]),
                                 ("/me/location/forget", [("csrf_token", csrf)]),
                                 ("/me/forget", [("csrf_token", csrf)])])
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def signin(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            h = self.browser(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=signed_out", "/auth/slack/?done=forgotten"])
            return self.record("signin-page", "header", self.get_request(uri, h))
        if roll < 0.35:
            h = self.browser(self.pick(["/auth/slack/", "/admin/login", "/me/"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("signin-start", "query", self.get_request(uri, h))
        if roll < 0.65:
            state = self.token()
            h = self.browser("https://" + self.pick(["slack.com/", f"{TEAM_DOMAIN}.slack.com/", "app.slack.com/"]),
                             site="cross-site")
            h["Cookie"] = self.cookie(("__Host-jeeves_oidc_state", state))
            code = f"{self.rng.randint(10**11, 10**12)}.{self.rng.randint(10**12, 10**13)}.{self.hexs(64)}"
            params = [("code", code), ("state", state)]
            if self.chance(0.08):
                params = [("error", "access_denied"), ("state", state)]
            elif self.chance(0.05):
                params = [("error", "access_denied"), ("error_description", "The user denied the request"),
                          ("state", state)]
            return self.record("signin-callback", "query", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/auth/slack/callback?"
                                                                   + urllib.parse.urlencode(params)})
        link = self.token()
        if roll < 0.75:
            h = {"User-Agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
                 "Accept": "*/*", "Accept-Encoding": "gzip,deflate", "Range": "bytes=0-32768"}
            return self.record("signin-linkpreview", "path", self.get_request(f"/auth/slack/link/{link}", h))
        if roll < 0.88:
            h = self.browser(None, site="cross-site")
            return self.record("signin-link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.browser(f"/auth/slack/link/{link}", form=True)
        h["Cookie"] = self.cookie(("__Host-jeeves_signin", csrf))
        return self.record("signin-linkpost", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                       "headers": h, "body": urllib.parse.urlencode([("csrf_token",
                                                                                                     csrf)])})

    # ---- TokenDealer ---------------------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["jeeves-worker", "bi-dashboard", "hr-sync", "ci-release", "data-export",
                            "support-tools", "mobile-backend", "jeeves-admin"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1",
                                                    "Go-http-client/2.0", "okhttp/4.12.0", "axios/1.7.7",
                                                    "Authlib/1.3.2 (+https://authlib.org/)",
                                                    "Apache-HttpClient/5.3.1 (Java/21.0.4)",
                                                    "Spring-Security-OAuth2-Client", "node-fetch/3.3.2"]),
             "Accept": self.pick(["application/json", "*/*", "application/json;charset=UTF-8"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded;charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.62:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.76:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.86:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.4) else [])
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, fields))
        return self.record("oauth-verify", "form", self.verify_request(h, token, 0.4))

    # ---- health and metadata ---------------------------------------------------------------------------
    def meta(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.45:
            ua = self.pick(["kube-probe/1.31", "ELB-HealthChecker/2.0", "Blackbox Exporter/0.25.0",
                            "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Better Stack Better Uptime Bot Mozilla/5.0", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
                            "curl/8.10.1", "Consul Health Check", "GoogleHC/1.0"])
            h = {"User-Agent": ua, "Accept": self.pick(["*/*", "application/json", "text/plain, */*"])}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            if ua.startswith("kube"):
                h["Connection"] = "close"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/healthz", "/readyz"]),
                                                    "body": "", "headers": h})
        if roll < 0.78:
            h = {"User-Agent": self.pick(["Go-http-client/2.0", "jwks-rsa/3.1.0", "PyJWT/2.9.0",
                                                        "lua-resty-http/0.17.2 (Lua) ngx_lua/10026",
                                                        "python-requests/2.32.3", "Nimbus-JOSE-JWT/9.41",
                                                        "okhttp/4.12.0"]),
                 "Accept": self.pick(["application/json", "application/jwk-set+json, application/json", "*/*"])}
            if self.chance(0.4):
                h["If-None-Match"] = f'W/"{self.hexs(20)}"' if self.chance(0.3) else f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        h = {"User-Agent": self.pick(["Authlib/1.3.2 (+https://authlib.org/)", "python-requests/2.32.3",
                                                    "Spring-Security-OAuth2-Client", "oauth4webapi/3.1.1",
                                                    "curl/8.10.1"]), "Accept": "application/json"}
        return self.record("oauth-meta", "header", self.get_request("/.well-known/oauth-authorization-server", h))


PLAN: list[tuple[str, int]] = [
    ("slack_message", 380), ("slack_mention", 120), ("slack_dm", 143), ("slack_edit", 30), ("slack_home", 40),
    ("slack_command", 270), ("slack_click", 120), ("api", 250), ("admin", 130), ("me", 75), ("signin", 50),
    ("oauth", 60), ("meta", 30),
]
TOTAL = 1699


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """1,699 requests: one URL verification, then the plan's kinds interleaved in a seeded order."""
    assert sum(count for _, count in PLAN) + 1 == TOTAL
    return planned(Evaluation(), PLAN, first="slack_verify")
