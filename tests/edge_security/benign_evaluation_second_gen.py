"""The benign half of a WAF evaluation for this gateway, built a second time by a separate evaluator (benign only).

The angle: the person who builds the benign half of an evaluation dataset ("realistic benign requests to our
routes", used to measure false positives against a 0.1% target). Every route and method that takes input was
enumerated from the route list and the handlers, and each gets what its real users and clients send, in a
deployment's proportions: Slack first (channel messages of every length and kind, threads, @mentions, DMs, edits,
file shares, reactions, App Home opens; `/jeeves` slash commands; button clicks), then the data API (scripts, CI
and dashboards with bearer tokens: list, read, patch users, stats, switches), the admin panel (searches, user
flags, feature switches, OAuth clients, Slack sign-in mapping, login, TOTP), `/me/` (location, settings, forget,
multipart posts from browsers), Sign in with Slack (login, callbacks, one-time links), TokenDealer (token,
introspect, revoke, verify_token) and health / metadata GETs, with the headers browsers, mobile apps, SDKs and
CLIs send. Values vary the way real data varies: names with apostrophes and hyphens, many scripts, one-character
answers, phone numbers, postal addresses in many countries, URLs with ports and paths, code, logs and links.

How it was written: from the route list (names, match, methods, upstreams of gateway/gateway.yaml), the handlers
in app/ and tokendealer/ and README.md, and general knowledge of what Slack, browsers and clients send. No WAF
rule, exclusion, ruleset, rule test or other generator's text list was read; the texts were not changed after
measuring. Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields 1,699.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, the App Home event,
trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces (form_boundary, form_request,
csrf_post, token_request, get_request, me_exit_form, oidc_params, link_preview, link_visit) from
evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import b64url_json, no_attacks, planned
from .records import slack_escape as _esc

SEED = 77031
EPOCH = 1733389200  # 2024-12-05 09:00 UTC
TEAM, DOMAIN = "T07ORBWAVE", "orbwave"
APP_ID, BOT = "A07JEEVESX", "U07JEEVES1"
BASE = "https://gw.orbwave.io"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
PREFIX = "evaluation_second-benign"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

GIVEN = ["Amara", "Björn", "Carys", "Dariusz", "Efua", "Farid", "Greta", "Hamid", "Isabeau", "Joaquín", "Kaito",
         "Liesel", "Marek", "Nkechi", "Orla", "Pallavi", "Radek", "Saoirse", "Tariq", "Umaima", "Veronika",
         "Wiremu", "Xiaoling", "Yaw", "Zsófia", "Anne-Marie", "Jean-Luc", "D'Andre", "Ji-hoon", "Mary-Kate",
         "Rüdiger", "Ólafur", "Şebnem", "Thành", "Ngozi", "Aleksandr", "Mariam", "Elif", "Tuğba", "Kwame",
         "Chidi", "Ines", "Ruairí", "Keanu", "Lwazi", "Bo", "Al", "Jo", "Ed", "Sam"]
FAMILY = ["O'Connor", "D'Souza", "Smith-Jones", "Nakamura", "Kovač", "Ferreira", "Abubakar", "Lindqvist",
          "Mac Giolla Phádraig", "de la Cruz", "van 't Hof", "Dąbrowski", "Östberg", "Haddad", "Papadakis", "Ng",
          "Li", "Wu", "Al-Masri", "Ben-David", "Nørgaard", "Szabó", "Kaczmarek", "Ramírez", "Mbeki", "Adeyemi",
          "Hoang", "Ahn", "Petrenko", "St. Clair", "Fitzgerald", "Johnson", "Moreau", "Ueda", "Rao", "Kaur",
          "Gonçalves", "Brennan", "Vasquez", "Ó Briain", "Jovanović", "Horvath", "Ishikawa", "Bianchi"]
CITIES = ["Oslo", "Bergen", "Turku", "Uppsala", "Aalborg", "Hamburg", "Leipzig", "Graz", "Basel", "Lausanne",
          "Nantes", "Bordeaux", "Toulouse", "Marseille", "Sevilla", "València", "Bilbao", "Porto Alegre",
          "Belo Horizonte", "Medellín", "Cali", "Quito", "La Paz", "Asunción", "Rosario", "Mendoza", "Halifax",
          "Winnipeg", "Calgary", "Ottawa", "Minneapolis", "Pittsburgh", "Atlanta", "Raleigh", "Phoenix",
          "Salt Lake City", "Sacramento", "Kansas City", "Des Moines", "Nashville", "Albuquerque", "Dublin",
          "Limerick", "Glasgow", "Leeds", "Bristol", "Brighton", "Norwich", "Utrecht", "Gent", "Brugge", "Namur",
          "Poznań", "Szczecin", "Ostrava", "Bratislava", "Ljubljana", "Zagreb", "Sarajevo", "Skopje", "Sofia",
          "București", "Cluj-Napoca", "Chișinău", "Tbilisi", "Yerevan", "Baku", "Almaty", "Tashkent", "Ulaanbaatar",
          "Kraków", "Харків", "Одеса", "Новосибирск", "Казань", "Ηράκλειο", "Πάτρα", "İzmir", "Bursa", "حيفا",
          "Haifa", "عمّان", "بيروت", "الدوحة", "مسقط", "اصفهان", "शिमला", "पुणे", "ಬೆಂಗಳೂರು", "హైదరాబాద్",
          "കൊച്ചി", "Kathmandu", "Dhaka", "ঢাকা", "Chiang Mai", "เชียงใหม่", "Đà Nẵng", "Huế", "Cebu", "Davao",
          "Surabaya", "Yogyakarta", "Penang", "横浜", "名古屋", "福岡", "那覇", "仙台", "대구", "인천", "광주",
          "成都", "杭州", "武汉", "西安", "高雄", "Perth", "Brisbane", "Hobart", "Darwin", "Dunedin", "Suva",
          "Kigali", "Kampala", "Dar es Salaam", "Lusaka", "Harare", "Windhoek", "Dakar", "Abidjan", "Kumasi",
          "Port Louis", "Reykjanesbær", "Nuuk", "Tórshavn", "Mariehamn", "Saint-Denis (La Réunion)",
          "Fort-de-France", "San Juan, PR", "Kingston, Jamaica", "Nassau", "Bridgetown", "Ho-Ho-Kus, NJ",
          "Truth or Consequences, NM", "Martha's Vineyard", "Bury St Edmunds", "Llandudno", "Newcastle upon Tyne",
          "Saint-Rémy-de-Provence", "Villefranche-sur-Mer", "Castrop-Rauxel", "Garmisch-Partenkirchen",
          "Baden-Baden", "Zell am See", "Sant'Agata de' Goti", "Bois-le-Duc", "Tierra del Fuego", "x"]
ADDRESSES = ["Storgata 12, 0155 Oslo", "Mannerheimintie 5 A 7, 00100 Helsinki", "Rue du Faubourg 8, 2000 Neuchâtel",
             "Via dell'Indipendenza 44, 40121 Bologna", "Prinsengracht 263-267, 1016 GV Amsterdam",
             "ul. Piotrkowska 104/3, 90-926 Łódź", "Karlova 2, 110 00 Praha 1", "Váci utca 19, 1052 Budapest",
             "C/ de Mallorca, 401, 08013 Barcelona", "Rua Augusta 274, 1100-053 Lisboa", "Flat 3, 14 Elm Row, EH7 4AA",
             "12 O'Connell St Upper, Dublin 1, D01 T3V8", "350 5th Ave, New York, NY 10118",
             "1 Infinite Loop, Cupertino, CA 95014", "PO Box 4471, Anchorage AK 99509",
             "2-8-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-8001", "서울특별시 중구 세종대로 110",
             "上海市浦东新区世纪大道100号", "Av. Corrientes 1234, C1043AAZ CABA", "Carrera 7 # 32-16, Bogotá",
             "Av. Insurgentes Sur 1605, Col. San José Insurgentes, 03900 CDMX", "45 Queen St W, Toronto ON M5H 2M5",
             "Level 12, 1 Martin Pl, Sydney NSW 2000", "17 Cuba St, Te Aro, Wellington 6011",
             "Plot 1261, Adeola Hopewell St, Victoria Island, Lagos", "Ngong Rd, P.O. Box 30344-00100 Nairobi",
             "Tverskaya ul., 7, Moskva, 125009", "ул. Хрещатик, 22, Київ, 01001", "רחוב דיזנגוף 50, תל אביב",
             "Sheikh Zayed Rd, Dubai, UAE", "Jl. M.H. Thamrin No.1, Jakarta 10310",
             "Ap #867-859 Sit Rd., Azusa NY 39531", "c/o Müller GmbH, Postfach 10 01 22, 20001 Hamburg",
             "59.9139, 10.7522", "-41.2865,174.7762", "51°30′N 0°07′W", "N 47° 22.6', E 8° 32.5'",
             "SW1A 2AA", "D02 X285", "75008", "M5V 3L9", "2000", "00-001", "110-0001", "V6B 1A1", "08013"]
TIMEZONES = ["Europe/Oslo", "Europe/Helsinki", "Europe/Rome", "Europe/Amsterdam", "Europe/Prague", "Europe/Budapest",
             "Europe/Lisbon", "Europe/Dublin", "Europe/Bucharest", "Europe/Athens", "Asia/Tbilisi", "Asia/Almaty",
             "Asia/Dhaka", "Asia/Bangkok", "Asia/Manila", "Asia/Jakarta", "Asia/Taipei", "Asia/Hong_Kong",
             "Australia/Perth", "Australia/Brisbane", "Australia/Adelaide", "Pacific/Fiji", "Africa/Kigali",
             "Africa/Johannesburg", "Africa/Casablanca", "Atlantic/Reykjavik", "America/Halifax",
             "America/Winnipeg", "America/Phoenix", "America/Anchorage", "Pacific/Honolulu", "America/Lima",
             "America/Santiago", "America/Montevideo", "Asia/Kolkata", "Asia/Tehran", "Asia/Yangon",
             "America/Indiana/Indianapolis", "America/Kentucky/Louisville", "UTC"]
CHANNELS = [("C07GENRL01", "general"), ("C07RNDM002", "random"), ("C07PLATFRM", "platform"),
            ("C07MOBILE1", "mobile"), ("C07INFRA01", "infra"), ("C07ALERTS1", "alerts-prod"),
            ("C07CSUCCES", "customer-success"), ("C07FINANCE", "finance"), ("C07PEOPLE1", "people-team"),
            ("C07MKTG001", "marketing"), ("C07LONDON1", "ldn-office"), ("C07LISBON1", "lisbon-office"),
            ("C07DOGS001", "dogs-of-orbwave"), ("C07BOOKS01", "book-club"), ("C07RELEASE", "releases"),
            ("C07QA00001", "qa"), ("C07DATA001", "analytics"), ("C07LEGAL01", "legal-questions")]
URLS = ["https://gitlab.orbwave.io/platform/gateway/-/merge_requests/871",
        "https://gitlab.orbwave.io/mobile/ios/-/issues/2290#note_118244",
        "https://orbwave.atlassian.net/jira/software/projects/MOB/boards/12?selectedIssue=MOB-4410",
        "https://linear.app/orbwave/issue/PLAT-1187/retry-budget-on-slack-webhooks",
        "http://localhost:5173/settings/profile", "http://127.0.0.1:8000/docs#/users/list_users_api_users_get",
        "https://staging.orbwave.io:8443/me/", "http://grafana.internal:3000/d/gw-latency/gateway?orgId=1&refresh=30s",
        "https://console.cloud.google.com/logs/query;query=severity%3E%3DERROR?project=orbwave-prod",
        "https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:",
        "https://docs.github.com/en/rest/pulls/reviews", "https://www.rfc-editor.org/rfc/rfc6749#section-4.4",
        "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Cache-Control",
        "https://www.figma.com/file/Ab12Cd34/Onboarding-v3?node-id=1201%3A88",
        "https://drive.google.com/file/d/1Zq0_xYw-ABC123/view?usp=sharing", "https://loom.com/share/7f3a9c0e21",
        "https://meet.google.com/abc-defg-hij", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Q",
        "https://www.bbc.co.uk/weather/2643743", "https://yr.no/en/forecast/daily-table/1-72837/Norway/Oslo",
        "https://www.amazon.de/dp/B0C1234XYZ?ref=ppx_yo2ov_dt_b_product_details",
        "https://maps.google.com/?q=Rua+Augusta+274,+Lisboa", "https://pypi.org/project/httpx/0.28.0/",
        "https://crates.io/crates/tokio", "https://www.npmjs.com/package/@slack/bolt",
        "ftp://ftp.gnu.org/gnu/bash/", "https://en.wikipedia.org/wiki/Côte_d%27Ivoire",
        "https://status.slack.com/2024-12/1a2b3c", "https://orbwave.io/careers#open-roles"]

# Channel messages: @U a mention, @L a link, @P a place, @C a channel, @N a number.
SHORT = ["k", "y", "?", "!", "👍", "ok", "yes", "no", "nope", "sure", "done", "thanks!", "ty 🙏", "merci", "danke",
         "gracias", "ok 👌", "+1", "++", "same here", "hahaha", "xD", ":)", ":/", "^^", "…", "lol ok",
         "good morning ☀️", "night all", "back", "afk 15", "in a meeting", "🎉🎉🎉", "wow", "nice one @U",
         "where?", "when?", "why tho", "1", "2", "42", "yes pls", "👀", "brb", "sgtm", "ship it", "on my way"]
CHAT = [
    "Has anyone seen the charger I left in meeting room Fjord? Black, USB-C, 65W.",
    "Standup notes: done — token refresh fix; today — Android crash on login; blockers — none",
    "PSA: the parking garage on Hanover St is closed until Monday, use the one on Wells Rd",
    "can someone with prod access check why @L is 404ing?", "@U I pushed the fix, can you re-run the pipeline?",
    "just got back from @P, the flight was delayed 3h but the conference was worth it",
    "Reminder that the book club meets Thursday 18:30, we're on chapters 7–9 of \"Piranesi\"",
    "who's the right person to ask about VAT on invoices for our Irish customers?",
    "the dashboard @L shows error rate at 0.4% since 14:05 UTC, is that expected after the deploy?",
    "I'll be out Dec 23 – Jan 2 🎄 handover doc: @L", "Is the 4th floor kitchen getting a new fridge or nah",
    "new doggo alert 🐶 this is Biscuit, 11 weeks, already chewed a cable", "Welcome @U to the mobile team! 👋",
    "does @C have a pinned doc on how to rotate the API keys?", "customer #4471 says exports time out after 30s",
    "heads-up: release 5.@N.0 is frozen, only hotfixes from now",
    "Lunch & learn tomorrow: \"Intro to Rust for Go devs\"",
    "the ticket's title is literally \"it doesn't work\" with no other info 🙃",
    "I think the bug is in the date parsing: 03/04/2025 is March 4 in the US and 3 April everywhere else",
    "@U can you approve my PTO in Personio? it's for the 19th-20th",
    "Q: do we reimburse home office chairs? up to €250?",
    "FYI the invoice from Hetzner went up to €1,284.60 this month (was €1,102.10)",
    "Is it \"log in\" or \"login\" in the UI copy? marketing says one, docs say the other",
    "what's the wifi password for the guest network again", "phone for the on-call is +44 20 7946 0958",
    "my number changed, it's now +49 (0)30 901820 or +1 (415) 555-0132 when I'm in the US",
    "Tried restarting, clearing the cache, reinstalling. Still broken. Going to lunch and rethinking life choices.",
    "50/50 whether it rains in @P tomorrow, bring a jacket", "temperature dropped to −12 °C overnight in @P 🥶",
    "Who's going to the offsite in @P? Need headcount by Friday for the hotel (single/double rooms)",
    "Please fill in the engagement survey by Dec 12 — it's anonymous, takes ~5 min",
    "bonjour, est-ce que quelqu'un peut m'aider avec la config du VPN ? merci d'avance",
    "Hallo zusammen, morgen ist das Büro wegen Umbauarbeiten geschlossen. Bitte arbeitet von zu Hause.",
    "Ciao a tutti! Qualcuno sa se l'aggiornamento è già in produzione?", "Olá! Alguém vai ao evento em @P?",
    "Hej! Vi ses på fredagsfikat kl. 15 ☕", "Cześć, czy ktoś ma dostęp do konta Apple Developer?",
    "Добрый день! Релиз перенесли на четверг.", "Доброго ранку! Хто сьогодні в офісі?",
    "こんにちは！明日のリリースは午後3時からです。よろしくお願いします。", "辛苦了，今天的发布很顺利 🎉",
    "안녕하세요, 회의실 예약은 어디서 하나요?",
    "مرحبا بالجميع، الاجتماع غدا الساعة العاشرة", "שלום, מישהו יודע מתי הפגישה?",
    "नमस्ते, क्या कोई मुझे नया लैपटॉप सेट करने में मदद कर सकता है?", "Merhaba, yarınki toplantı iptal edildi.",
    "Καλημέρα! Η παρουσίαση είναι στις 11:00.", "Xin chào, hôm nay ai trực on-call vậy?", "สวัสดีครับ พรุ่งนี้ประชุมกี่โมง",
    "Sawubona! Ngiyabonga ngosizo lwakho.", "Habari za asubuhi! Mkutano ni saa tatu.",
    "order for the team dinner: 3x margherita, 2x diavola, 1 vegan (no cheese!!), 1 gluten-free — total £86.40",
    "Shout-out to @U for staying late to fix the payment webhook 🙌 you're a star",
    "the new Android build (versionCode 50213) crashes on Samsung A52 with Android 13 only",
    "Can I get a 👍 from everyone who's coming on Friday? Need numbers for catering",
    "does anyone know a good dentist near @P? asking for a (very sore) friend",
    "reading list for Q1: \"Accelerate\", \"Team Topologies\", \"The Manager's Path\" — vote in thread",
    "the CEO's all-hands is moved to 17:00 GMT / 12:00 ET / 09:00 PT / 18:00 CET",
    "Sales target for December: $1.2M ARR — we're at 87% with 3 weeks to go 💪",
    "ok who put the fish in the microwave 😤", "Remember: 2FA codes are never requested by IT via Slack or phone!",
]
CODE = [
    "```\n$ curl -sS -H 'Authorization: Bearer $TOKEN' https://gw.orbwave.io/api/users?limit=5 | jq '.users[].email'\n"
    "\"ana@orbwave.io\"\n\"bo@orbwave.io\"\n```",
    "```\nERROR 2024-12-04T22:13:07.114Z [worker-3] slack.retry: giving up after 3 attempts "
    "(status=503, event_id=Ev07ABC123)\nWARN  2024-12-04T22:13:07.120Z [worker-3] queue depth=1287 lag_ms=48211\n```",
    "```python\ndef to_celsius(f: float) -> float:\n    return round((f - 32) * 5 / 9, 1)\n\nprint(to_celsius(98.6))  "
    "# 37.0\n```",
    "```js\nconst res = await fetch(`/api/users/${id}`, { headers: { Accept: 'application/json' } });\n"
    "if (!res.ok) throw new Error(`HTTP ${res.status}`);\nconst user = await res.json();\n```",
    "```go\nctx, cancel := context.WithTimeout(ctx, 5*time.Second)\ndefer cancel()\nresp, err := client.Do(req."
    "WithContext(ctx))\nif err != nil {\n    return fmt.Errorf(\"weather: %w\", err)\n}\n```",
    "```\nException in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because "
    "\"name\" is null\n\tat io.orbwave.mobile.ProfileMapper.map(ProfileMapper.java:41)\n\tat io.orbwave.mobile."
    "SyncJob.run(SyncJob.java:118)\n```",
    "```\nFATAL EXCEPTION: main\nProcess: io.orbwave.app, PID: 13021\njava.lang.IllegalStateException: Fragment "
    "SettingsFragment not attached to a context.\n```",
    "```sql\nSELECT date_trunc('day', created_at) AS day, count(*)\nFROM usage_events\nWHERE action = 'weather'\n"
    "GROUP BY 1\nORDER BY 1 DESC\nLIMIT 14;\n```",
    "```yaml\nresources:\n  requests:\n    cpu: 250m\n    memory: 256Mi\n  limits:\n    memory: 512Mi\n```",
    "```\n$ git log --oneline -3\n9f2c1ab fix(api): clamp limit to 500\n71de0c4 chore: bump httpx to 0.28\n"
    "c0ffee1 feat(me): show alert time in user's tz\n```",
    "```\nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\n"
    "npm ERR! Found: react@18.3.1\n```",
    "```\nHTTP/1.1 429 Too Many Requests\nRetry-After: 30\nContent-Type: application/json\n\n"
    "{\"error\":\"rate_limited\"}\n```",
    "```swift\nguard let url = URL(string: \"https://gw.orbwave.io/me/data.json\") else { return }\nlet (data, _) "
    "= try await URLSession.shared.data(from: url)\n```",
    "`kubectl rollout restart deploy/jeeves-web -n prod`", "`brew upgrade --cask slack`",
    "try `TZ=Asia/Kolkata date` to see it", "the env var is `WEATHER_API_TIMEOUT_MS=4000`",
    "```\n  File \"/app/services/geo.py\", line 57, in resolve\n    lat, lon = parts\nValueError: not enough values to "
    "unpack (expected 2, got 1)\n```",
]
LONG = [
    "Incident summary (SEV-2, resolved)\n\n*What happened:* between 02:14 and 02:51 UTC about 8% of Slack commands "
    "returned \"Something went wrong\". *Why:* the weather provider rate-limited us after a retry storm from the "
    "alerts worker. *Fix:* we added jitter and a per-minute budget. *Follow-ups:* @L — owners @U and @U. "
    "Thanks everyone who jumped in at 2am 🙏",
    "Hi team,\n\nquick recap of today's planning:\n1. Mobile: finish the offline cache (est. 5 pts)\n2. Platform: "
    "move the gateway to the new nodes, window Sat 06:00–08:00 UTC\n3. Data: monthly report for finance by the "
    "10th\n\nIf I missed anything, reply in thread. Have a great weekend!",
    "> From: support@orbwave.io\n> Subject: Re: Can't change my location\n> \n> Hi Mrs. O'Connor, thanks for "
    "reaching out. Could you tell us the exact address you typed?\n\nCustomer replied: \"Flat 2B, 7 St. "
    "Stephen's Green, Dublin 2 — it keeps saying it can't find it\". Can someone on the geo side take a look?",
    "Release notes 5.18.0\n• New: weather alerts now respect your time zone\n• Fixed: Fahrenheit rounding "
    "(thanks @U!)\n• Fixed: crash when the city name contains an apostrophe (e.g. L'Aquila)\n• Changed: minimum "
    "iOS is now 16.0\nFull changelog: @L",
    "Long shot, but: my landlord in @P wants proof of employment with salary in the letter. HR said to ask "
    "here — is there a template? The one on Confluence is from 2021 and still says \"Orbwave Ltd.\" instead of "
    "\"Orbwave Group Ltd.\" 🤷",
    "Ich habe mir die Zahlen angesehen: im November hatten wir 12.480 aktive Nutzer (+6,3 % ggü. Oktober), "
    "davon 41 % mobil. Die Kündigungsrate liegt bei 1,8 %. Details im Sheet: @L",
    "Para quem perguntou: o reembolso de despesas de viagem precisa de recibo original, NIF da empresa "
    "(PT 514 123 456) e o código do projeto. Prazo: até dia 5 do mês seguinte.",
    "| env | version | status |\n|-----|---------|--------|\n| dev | 5.19.0-rc2 | ✅ |\n| staging | 5.18.1 | ✅ |\n"
    "| prod | 5.18.0 | ⚠️ rollback ready |",
]
COMMANDS = ["weather", "weather @P", "weather in @P", "weather @P tomorrow", "w @P", "help", "", "?", "config",
            "config units metric", "config units imperial", "alerts on", "alerts off", "alerts @T",
            "alerts at @T @TZ", "remember @P", "remember location @P", "location", "forget me", "login", "me",
            "WEATHER @P", "Weather  @P ", "weather 90210", "weather @A", "remember @A", "wetter @P", "météo @P",
            "tiempo @P", "天気 @P", "날씨 @P", "погода @P", "config tz @TZ", "alerts 7am", "alerts 18:30",
            "weather @P please 🙏", "w", "hi", "thanks"]
REACTIONS = ["thumbsup", "heart", "joy", "eyes", "white_check_mark", "tada", "pray", "fire", "rocket", "+1",
             "raised_hands", "100", "thinking_face", "skin-tone-3", "party-blob", "sob", "coffee", "muscle"]

BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 "
    "Edg/131.0.0.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"]
LANGS = ["en-US,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.6", "pt-PT,pt;q=0.9,en;q=0.8",
         "es-419,es;q=0.9", "it-IT,it;q=0.9,en-US;q=0.8", "zh-CN,zh;q=0.9", "ko-KR,ko;q=0.9,en-US;q=0.8",
         "ar,en;q=0.8", "he-IL,he;q=0.9,en-US;q=0.8", "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7", "en"]
CLIENTS = ["python-requests/2.32.3", "python-httpx/0.28.0", "curl/8.11.0", "curl/7.81.0", "Go-http-client/1.1",
           "Go-http-client/2.0", "axios/1.7.9", "node", "undici", "okhttp/4.12.0", "Dart/3.5 (dart:io)",
           "Orbwave/5.18.0 (iPhone; iOS 18.1; Scale/3.00)", "Orbwave/5.18.0 (Android 14; Pixel 7a)",
           "PostmanRuntime/7.43.0", "insomnia/10.1.1", "HTTPie/3.2.4", "Java-http-client/21.0.5",
           "Apache-HttpClient/5.3.1 (Java/17.0.12)", "Ruby", "Faraday v2.12.2", "Retool/2.0 (+https://retool.com)",
           "Zapier", "Deno/2.1.2", "Bun/1.1.38", "aws-sdk-js/3.700.0", "GitLab-Runner 17.6.0 (curl/8.11.0)"]


class Evaluation(WebApp):
    """A workspace of people, one seeded random source; one method per kind of request."""

    prefix = PREFIX
    epoch, ts_window = EPOCH, (0, 9 * 3600)
    oauth_scope_rate, oauth_audience_rate = 0.6, 0.15

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(160):
            g, f = self.rng.choice(GIVEN), self.rng.choice(FAMILY)
            ag = g.encode("ascii", "ignore").decode().lower().replace("'", "") or "u"
            af = f.encode("ascii", "ignore").decode().lower().replace(" ", "").replace("'", "").replace(".", "")
            dom = self.rng.choice(["orbwave.io", "orbwave.io", "orbwave.io", "contractors.orbwave.io", "gmail.com",
                                   "outlook.com", "posteo.de", "yahoo.co.jp", "orbwave.co.uk"])
            local = self.rng.choice([f"{ag}.{af}", f"{ag}{af[:1]}", f"{ag[:1]}{af}", f"{ag}_{af}{i}",
                                     f"{ag}.{af}+slack"])
            self.people.append({"id": "U07" + "".join(self.rng.choice(ALNUM) for _ in range(8)),
                                "name": f"{g} {f}", "handle": f"{ag}.{af or 'x'}", "email": f"{local}@{dom}",
                                "tz": self.rng.choice(TIMEZONES)})

    # ---- pieces ----
    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-8{h[17:20]}-{h[20:]}"

    def hhmm(self) -> str:
        return f"{self.pick([6, 6, 7, 7, 7, 8, 8, 9, 12, 16, 18, 22]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def place(self) -> str:
        return self.pick(CITIES) if self.rng.random() < 0.75 else self.pick(ADDRESSES)

    def fill(self, text: str, slack: bool = True) -> str:
        out = _esc(text) if slack else text
        for key, make in (("@U", lambda: f"<\x01{self.pick(self.people)['id']}>" if slack else
                           "\x01" + self.pick(self.people)["handle"]),
                          ("@L", lambda: f"<{_esc(self.pick(URLS))}>" if slack else self.pick(URLS)),
                          ("@C", lambda: "<#{}|{}>".format(*self.pick(CHANNELS)) if slack else
                           "#" + self.pick(CHANNELS)[1]),
                          ("@P", lambda: _esc(self.pick(CITIES)) if slack else self.pick(CITIES)),
                          ("@A", lambda: _esc(self.pick(ADDRESSES)) if slack else self.pick(ADDRESSES)),
                          ("@N", lambda: str(self.rng.randint(1, 40))), ("@TZ", lambda: self.pick(TIMEZONES)),
                          ("@T", self.hhmm)):
            while key in out:
                out = out.replace(key, make(), 1)
        return out.replace("\x01", "@")

    def message_text(self) -> str:
        r = self.rng.random()
        if r < 0.25:
            t = self.pick(SHORT)
        elif r < 0.68:
            t = self.pick(CHAT)
        elif r < 0.88:
            t = self.pick(["", "", "this again:\n", "any clue? ", "@U ", "from prod just now\n"]) + self.pick(CODE)
        else:
            t = self.pick(LONG)
        return self.fill(t)

    # ---- Slack ----
    def slack_headers(self, ctype: str) -> dict[str, str]:
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate", "Content-Type": ctype,
             "X-Slack-Request-Timestamp": str(EPOCH), "X-Slack-Signature": "v0=" + "0" * 64}
        if self.rng.random() < 0.02:
            h["X-Slack-Retry-Num"], h["X-Slack-Retry-Reason"] = self.pick(["1", "2"]), "http_timeout"
        return h

    def events(self, event: dict[str, Any]) -> dict[str, Any]:
        env = {"token": "b7Qx2LmN9pRsT4uVwXyZ0aBc", "team_id": TEAM, "context_team_id": TEAM,
               "context_enterprise_id": None, "api_app_id": APP_ID, "event": event, "type": "event_callback",
               "event_id": self.sid("Ev07", 8), "event_time": EPOCH + self.rng.randint(0, 32000),
               "authorizations": [{"enterprise_id": None, "team_id": TEAM, "user_id": BOT, "is_bot": True,
                                   "is_enterprise_install": False}], "is_ext_shared_channel": False}
        return self.slack_request("/slack/events", json.dumps(env, ensure_ascii=False))

    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]}]}]

    def msg(self, text: str, channel: str, ctype: str, mention: bool = False) -> dict[str, Any]:
        ts = self.ts()
        ev: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                              "text": text, "user": self.pick(self.people)["id"], "ts": ts, "team": TEAM,
                              "channel": channel, "event_ts": ts}
        if not mention:
            ev["channel_type"] = ctype
        if self.rng.random() < 0.8:
            ev["blocks"] = self.blocks(text)
        if self.rng.random() < 0.25:
            ev["thread_ts"], ev["parent_user_id"] = self.ts(), self.pick(self.people)["id"]
        return ev

    def slack_message(self) -> dict[str, Any]:
        cid = self.pick(CHANNELS)[0]
        return self.record("slack-msg", "json", self.events(self.msg(self.message_text(), cid, "channel")))

    def slack_mention(self) -> dict[str, Any]:
        cid = self.pick(CHANNELS)[0]
        text = f"<@{BOT}> " + self.fill(self.pick(COMMANDS + COMMANDS + ["what's the weather like in @P?",
                                                                      "is it going to snow in @P this week?",
                                                                      "can you remind me about rain at @T?"]))
        return self.record("slack-mention", "json", self.events(self.msg(text, cid, "channel", True)))

    def slack_dm(self) -> dict[str, Any]:
        text = self.fill(self.pick(COMMANDS)) if self.rng.random() < 0.7 else self.message_text()
        return self.record("slack-dm", "json", self.events(self.msg(text, self.sid("D07"), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid = self.pick(CHANNELS)[0]
        old, new = self.message_text(), self.message_text()
        ts = self.ts()
        ev = {"type": "message", "subtype": "message_changed", "channel": cid, "channel_type": "channel",
              "hidden": True, "ts": self.ts(), "event_ts": ts,
              "message": {"type": "message", "text": new, "user": self.pick(self.people)["id"], "ts": ts,
                          "edited": {"user": self.pick(self.people)["id"], "ts": self.ts()}},
              "previous_message": {"type": "message", "text": old, "user": self.pick(self.people)["id"], "ts": ts}}
        return self.record("slack-edit", "json", self.events(ev))

    def slack_file(self) -> dict[str, Any]:
        name, ftype, mime = self.pick([("IMG_4821.HEIC", "heic", "image/heic"),
                                       ("Screenshot 2024-12-04 at 14.32.10.png",
                                       "png", "image/png"), ("Q4 budget (final) v3.xlsx", "xlsx",
                                       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                                      ("contract_signed.pdf", "pdf", "application/pdf"),
                                      ("users-export-2024-12-01.csv", "csv", "text/csv"),
                                      ("crash.log", "text", "text/plain")])
        fid = self.sid("F07")
        ts = self.ts()
        ev = {"type": "message", "subtype": "file_share", "text": self.fill(self.pick(
                  ["", "here you go", "see attached", "@U fyi", "the file 👇"])),
              "user": self.pick(self.people)["id"], "ts": ts, "event_ts": ts, "channel": self.pick(CHANNELS)[0],
              "channel_type": "channel", "upload": False, "display_as_bot": False,
              "files": [{"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name,
                         "mimetype": mime, "filetype": ftype, "pretty_type": ftype.upper(), "size":
                         self.rng.randint(900, 9_000_000), "mode": "hosted", "is_external": False,
                         "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/"
                                        f"{urllib.parse.quote(name)}",
                         "permalink": f"https://{DOMAIN}.slack.com/files/U07X/{fid}/{urllib.parse.quote(name)}"}]}
        return self.record("slack-file", "json", self.events(ev))

    def slack_reaction(self) -> dict[str, Any]:
        ev = {"type": "reaction_added", "user": self.pick(self.people)["id"], "reaction": self.pick(REACTIONS),
              "item_user": BOT, "item": {"type": "message", "channel": self.pick(CHANNELS)[0], "ts": self.ts()},
              "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.events(ev))

    def slack_home(self) -> dict[str, Any]:
        ev = self.home_opened(self.pick(self.people)["id"], self.sid("D07"), ("home", "messages"))
        return self.record("slack-home", "json", self.events(ev))

    def slack_verify(self) -> dict[str, Any]:
        body = {"token": "b7Qx2LmN9pRsT4uVwXyZ0aBc", "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D07"), "directmessage")] * 8)
        fields = [("token", "b7Qx2LmN9pRsT4uVwXyZ0aBc"), ("team_id", TEAM), ("team_domain", DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.fill(self.pick(COMMANDS), slack=False)),
                  ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", TEAM)), ("trigger_id", self.trigger())]
        return self.record("slack-command", "form", {"method": "POST", "uri": "/slack/commands",
                                                     "body": urllib.parse.urlencode(fields),
                                                     "headers": self.slack_headers(
                                                         "application/x-www-form-urlencoded")})

    def slack_click(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS)
        r = self.rng.random()
        if r < 0.6:
            act = {"action_id": "set_location", "value": self.place(), "style": "primary",
                   "text": {"type": "plain_text", "text": "Use this place", "emoji": True}}
        elif r < 0.8:
            act = {"action_id": "forget_me_confirm", "value": "-", "style": "danger",
                   "text": {"type": "plain_text", "text": "Forget me", "emoji": True}}
        else:
            act = {"action_id": "forget_me_cancel", "value": "-",
                   "text": {"type": "plain_text", "text": "Keep my data", "emoji": True}}
        act.update({"block_id": self.token(3)[:5], "type": "button", "action_ts": self.ts()})
        payload = {"type": "block_actions", "user": {"id": user["id"], "username": user["handle"],
                                                     "name": user["handle"], "team_id": TEAM},
                   "api_app_id": APP_ID, "token": "b7Qx2LmN9pRsT4uVwXyZ0aBc",
                   "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": True},
                   "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": DOMAIN}, "enterprise": None,
                   "is_enterprise_install": False, "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                   "response_url": self.hook("actions", TEAM), "actions": [act]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record("slack-click", "form", {"method": "POST", "uri": "/slack/interactions", "body": body,
                                                   "headers": self.slack_headers(
                                                       "application/x-www-form-urlencoded")})

    # ---- data API ----
    def bearer(self) -> str:
        head = {"alg": self.pick(["RS256", "ES256"]), "typ": "JWT", "kid": self.token(16)}
        iat = EPOCH + self.rng.randint(0, 30000)
        sub = self.pick(["reporting-bot", "mobile-backend", "retool-admin", "gitlab-ci", "finance-export"])
        claims = {"iss": BASE, "sub": sub, "client_id": sub, "aud": "jeeves", "iat": iat, "exp": iat + 900,
                  "jti": self.uuid(), "scope": self.pick(["read", "read write"])}
        return ".".join([b64url_json(head), b64url_json(claims), self.token(64)])

    def api_headers(self) -> dict[str, str]:
        h = {"User-Agent": self.pick(CLIENTS), "Accept": self.pick(["application/json", "*/*",
                                                                    "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.bearer()}
        if self.rng.random() < 0.5:
            h["Accept-Encoding"] = self.pick(["gzip", "gzip, deflate, br", "br, gzip"])
        if self.rng.random() < 0.25:
            h["X-Request-ID"] = self.uuid()
        if self.rng.random() < 0.15:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-01"
        return h

    def api(self) -> dict[str, Any]:
        h = self.api_headers()
        r = self.rng.random()
        if r < 0.3:
            params = [("limit", self.pick(["10", "20", "50", "100", "500"]))]
            if self.rng.random() < 0.6:
                params.append(("offset", str(self.pick([0, 20, 40, 100, 500, 1000]))))
            if self.rng.random() < 0.3:
                params.append(("active", self.pick(["true", "false"])))
            if self.rng.random() < 0.2:
                params.append(("team_id", TEAM))
            return self.record("api-list", "query", {"method": "GET", "body": "", "headers": h,
                                                     "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if r < 0.48:
            return self.record("api-get", "path", self.get_request(f"/api/users/{self.rng.randint(1, 999)}", h))
        if r < 0.72:
            p = self.pick(self.people)
            c = self.rng.random()
            doc: dict[str, Any]
            if c < 0.25:
                doc = {"settings": {"location": self.place()}}
            elif c < 0.45:
                doc = {"settings": {"timezone": p["tz"], "alert_time": self.hhmm(), "alerts": True}}
            elif c < 0.6:
                doc = {"settings": {"units": self.pick(["metric", "imperial"])}}
            elif c < 0.8:
                doc = {"name": self.pick([p["name"], p["name"].upper(), p["name"].split()[0]]), "email": p["email"]}
            else:
                doc = {"is_active": self.rng.random() < 0.5}
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8"])
            return self.record("api-patch", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 999)}",
                                                     "body": json.dumps(doc, ensure_ascii=self.rng.random() < 0.4),
                                                     "headers": h})
        if r < 0.86:
            d = self.rng.randint(1, 28)
            m = self.pick(["2024-11", "2024-10", "2024-12"])
            params = [("since", self.pick([f"{m}-{d:02d}", f"{m}-{d:02d}T00:00:00Z", f"{m}-{d:02d}T06:30:00+05:30",
                                           f"{m}-{d:02d}T00:00:00.000-08:00"]))]
            if self.rng.random() < 0.5:
                params.append(("until", "2024-12-05T00:00:00Z"))
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if r < 0.92:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        if r < 0.96:
            doc = {"enabled": self.rng.random() < 0.6}
            if self.rng.random() < 0.5:
                doc["team_id"] = self.pick([TEAM, "*"])
            h["Content-Type"] = "application/json"
            action = self.pick(["weather", "alerts", "config", "remember_location", "forget_me", "help"])
            return self.record("api-switch", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                      "body": json.dumps(doc), "headers": h})
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers ----
    def browser(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick(BROWSERS)
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": "gzip, deflate, br, zstd",
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in ua:
            h["sec-ch-ua"] = '"Chromium";v="131", "Not_A Brand";v="24", "Google Chrome";v="131"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else self.pick(['"Windows"', '"macOS"'])
        if referer:
            h["Referer"] = BASE + referer
        if form:
            h["Origin"] = BASE
            h["Content-Type"] = "application/x-www-form-urlencoded"
        return h

    def cookie(self, name: str, value: str) -> str:
        extra = [f"_ga=GA1.1.{self.rng.randint(10**8, 10**9)}.{EPOCH - self.rng.randint(0, 10**7)}"] \
            if self.rng.random() < 0.15 else []
        return "; ".join([f"{name}={value}"] + extra)

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        b = self.form_boundary("webkit")
        body = "".join(f"--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n" for k, v in fields)
        return body + f"--{b}--\r\n", f"multipart/form-data; boundary={b}"

    def admin(self) -> dict[str, Any]:
        sess = self.cookie("__Host-jeeves_admin", self.token())
        csrf = self.token()
        p = self.pick(self.people)
        r = self.rng.random()
        if r < 0.3:
            q = self.pick([p["name"], p["name"].split()[0], p["name"].split()[-1], p["email"], p["email"].split("@")[0],
                           p["id"], "@gmail.com", "o'connor", "d'souza", "smith-jones", "ng", "li", "a", "ö",
                           "contractors", "+slack", p["name"].lower()[:3], "st. clair", "de la cruz", "2024"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.rng.random() < 0.2 else [])
            h = self.browser("/admin/users")
            h["Cookie"] = sess
            return self.record("admin-search", "query", {"method": "GET", "body": "", "headers": h,
                                                         "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if r < 0.42:
            h = self.browser("/admin/users?q=" + urllib.parse.quote(p["name"].split()[-1]), True)
            h["Cookie"] = sess
            flag = self.pick(["active", "admin"])
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", self.pick(["", p["name"]])),
                      ("page", self.pick(["1", "1", "2"]))]
            return self.record("admin-flag", "form", {"method": "POST", "headers": h,
                                                      "uri": f"/admin/users/{self.rng.randint(1, 900)}/{flag}",
                                                      "body": urllib.parse.urlencode(fields)})
        if r < 0.52:
            h = self.browser("/admin/features", True)
            h["Cookie"] = sess
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "alerts", "config", "remember_location",
                                                                  "forget_me", "help", "login"])),
                      ("team_id", self.pick(["", TEAM, TEAM.lower(), " T09PARTNER "]))]
            uri = "/admin/features"
            if self.rng.random() < 0.2:
                uri = "/admin/features/remove"
            else:
                fields.append(("enabled", self.pick(["0", "1"])))
            return self.record("admin-feature", "form", self.form_request(uri, h, fields))
        if r < 0.62:
            h = self.browser("/admin/audit")
            h["Cookie"] = sess
            q = self.pick(["user.admin", "user.active", "client.create", "forget_me", p["handle"], "2024-12-04",
                           "login.failed", "totp", "feature", "mobile-backend"])
            params = [("q", q)] + ([("page", "2")] if self.rng.random() < 0.2 else [])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if r < 0.74:
            h = self.browser(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = sess
            uri = self.pick(["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients",
                             "/admin/account", "/admin/slack-sign-in", "/admin/login", "/admin/audit",
                             "/admin/users?done=user_updated&q=&page=1", "/admin/clients?done=client_created"])
            return self.record("admin-page", "cookie", self.get_request(uri, h))
        if r < 0.82:
            h = self.browser("/admin/login", True)
            h["Cookie"] = self.cookie("__Host-jeeves_admin_login", csrf)
            pw = "".join(self.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*-_+=.,:?@")
                         for _ in range(self.rng.randint(12, 32)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "ops", "f.nakamura", "svetlana", "it-helpdesk"])),
                      ("password", pw), ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if r < 0.9:
            h = self.browser("/admin/clients", True)
            h["Cookie"] = sess
            c = self.rng.random()
            if c < 0.6:
                fields = [("csrf_token", csrf),
                          ("client_id", self.pick(["reporting-bot", "mobile-backend", "finance-export", "retool-admin",
                                                   "gitlab-ci", "zapier.marketing", "bi_tableau"])),
                          ("description", self.pick(["Monthly KPI export for finance (owner: Ana)",
                                                     "Retool internal admin — read only", "GitLab CI smoke tests",
                                                     "Zapier: new sign-ups → HubSpot", "", "tableau",
                                                     "Mobile backend (iOS/Android) — prod",
                                                     "Ask Søren before touching this one!"])), ("scopes", "read")]
                if self.rng.random() < 0.4:
                    fields.append(("scopes", "write"))
                return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
            cid = self.pick(["reporting-bot", "mobile-backend", "gitlab-ci"])
            uri = f"/admin/clients/{cid}/" + self.pick(["rotate", "disable", "enable"])
            return self.record("admin-client", "form", self.csrf_post(uri, h, csrf))
        if r < 0.95:
            h = self.browser("/admin/slack-sign-in", True)
            h["Cookie"] = sess
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "ops", "f.nakamura"])),
                      ("team_id", TEAM), ("user_id", p["id"])]
            uri = self.pick(["/admin/slack-sign-in", "/admin/slack-sign-in", "/admin/slack-sign-in/remove"])
            return self.record("admin-slack", "form", self.form_request(uri, h, fields))
        h = self.browser("/admin/account", True)
        h["Cookie"] = sess
        uri, fields = self.pick([
            ("/admin/account/totp/start", [("csrf_token", csrf)]),
            ("/admin/account/totp/confirm", [("csrf_token", csrf), ("pending", self.token(20)),
                                             ("totp", f"{self.rng.randint(0, 999999):06d}")]),
            ("/admin/logout", [("csrf_token", csrf)])])
        return self.record("admin-account", "form", self.form_request(uri, h, fields))

    def me(self) -> dict[str, Any]:
        sess = self.cookie("__Host-jeeves_me", self.token())
        csrf = self.token()
        r = self.rng.random()
        if r < 0.3:
            h = self.browser(self.pick([None, "/me/", "/auth/slack/"]))
            h["Cookie"] = sess
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            if uri.endswith(".json"):
                h["Accept"] = "application/json,*/*"
            return self.record("me-page", "cookie", self.get_request(uri, h))
        if r < 0.6:
            uri, fields = "/me/location", [("csrf_token", csrf), ("place", self.place())]
        elif r < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])), ("alert_time", self.hhmm()),
                      ("timezone", self.pick(self.people)["tz"])]
            if self.rng.random() < 0.6:
                fields.append(("alerts", "on"))
            uri = "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
        h = self.browser("/me/", True)
        h["Cookie"] = sess
        if self.rng.random() < 0.12:
            body, h["Content-Type"] = self.multipart(fields)
            return self.record("me-form", "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record("me-form", "form", self.form_request(uri, h, fields))

    def signin(self) -> dict[str, Any]:
        r = self.rng.random()
        if r < 0.15:
            h = self.browser(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("signin-page", "header", self.get_request(uri, h))
        if r < 0.35:
            h = self.browser(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("signin-start", "query", self.get_request(uri, h))
        if r < 0.65:
            state = self.token()
            h = self.browser()
            h["Sec-Fetch-Site"], h["Referer"] = "cross-site", "https://slack.com/"
            h["Cookie"] = self.cookie("__Host-jeeves_oidc_state", state)
            params = self.oidc_params(state, 0.08, short=True)
            return self.record("signin-callback", "query", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/auth/slack/callback?" +
                                                                   urllib.parse.urlencode(params)})
        link = self.token()
        if r < 0.75:
            return self.record("signin-preview", "path", self.link_preview(link))
        if r < 0.88:
            return self.record("signin-link", "path", self.link_visit(link, self.browser()))
        csrf = self.token()
        h = self.browser(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookie("__Host-jeeves_signin", csrf)
        return self.record("signin-link", "form", self.form_request(f"/auth/slack/link/{link}", h, [("csrf_token",
                                                                    csrf)]))

    def oauth(self) -> dict[str, Any]:
        client = self.pick(["reporting-bot", "mobile-backend", "retool-admin", "gitlab-ci", "finance-export"])
        secret = self.token()
        h = {"User-Agent": self.pick(CLIENTS), "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=utf-8"])}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        r = self.rng.random()
        if r < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        tok = self.bearer()
        if r < 0.75:
            h["Authorization"] = basic
            fields = [("token", tok)] + ([("token_type_hint", "access_token")] if self.rng.random() < 0.5 else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if r < 0.85:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", tok)]))
        fields = [("access_token", tok)] + ([("audience", "jeeves")] if self.rng.random() < 0.4 else [])
        return self.record("verify-token", "form", self.form_request("/verify_token", h, fields))

    def health(self) -> dict[str, Any]:
        r = self.rng.random()
        if r < 0.45:
            h = {"User-Agent": self.pick(["kube-probe/1.31", "ELB-HealthChecker/2.0", "GoogleHC/1.0",
                                          "Prometheus/2.55.1", "curl/8.11.0", "Consul Health Check"]),
                 "Accept": "*/*"}
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/healthz", "/readyz"]),
                                                    "body": "", "headers": h})
        if r < 0.8:
            h = {"User-Agent": self.pick(["lua-resty-http/0.17.2", "PyJWT/2.10.1", "jose/5.9 (node)",
                                          "Go-http-client/1.1", "okhttp/4.12.0"]), "Accept": "application/json"}
            if self.rng.random() < 0.4:
                h["If-None-Match"] = f'W/"{self.hexs(20)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        h = {"User-Agent": self.pick(["Authlib/1.3.2", "python-requests/2.32.3", "oauth4webapi/3.1.4"]),
             "Accept": "application/json"}
        return self.record("oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/.well-known/oauth-authorization-server"})


PLAN: list[tuple[str, int]] = [
    ("slack_message", 380), ("slack_mention", 105), ("slack_dm", 110), ("slack_edit", 22), ("slack_file", 16),
    ("slack_reaction", 20), ("slack_home", 26), ("slack_command", 230), ("slack_click", 120),
    ("api", 250), ("admin", 130), ("me", 90), ("signin", 60), ("oauth", 80), ("health", 59),
]
TOTAL = 1699


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    assert sum(count for _, count in PLAN) + 1 == TOTAL
    return planned(Evaluation(), PLAN, first="slack_verify")
