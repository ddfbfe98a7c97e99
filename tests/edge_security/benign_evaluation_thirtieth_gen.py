"""A week of a software consultancy's traffic through the edge, benign only (the thirtieth evaluator's set).

Corvid Engineering: about 180 developers, testers and DevOps engineers on client projects (Halyard, a freight
forwarder; Bramble, an online retailer; Pylon, an energy metering firm; Tern, a small bank) and on their own
tools. They paste code, SQL, shell one-liners, stack traces, regexes, JSON and YAML into Slack, work from a
dozen countries and write in many languages and scripts. About 1,700 requests in a deployment's proportions:
Slack first (@mentions in project channels and threads, DMs to the bot with commands and the odd misplaced
paste, the bot's own replies coming back as DM events, edits, deletions, file and snippet shares, link
unfurls, App Home; `/jeeves` slash commands; button clicks as a form-encoded `payload=` JSON), then the data API
(CI jobs, Grafana, HR sync: list, read, patch users, usage stats, switches), the admin panel, `/me/` (forms
and, now and then, multipart posts), Sign in with Slack and the bot's one-time links, TokenDealer and the
health and metadata endpoints.

Only the endpoints and fields this product defines are used (read from app/, tokendealer/ and README.md):
Slack's own envelopes are sent whole, as Slack sends them. Written independently: from the route list of
gateway/gateway.yaml (name, match, methods, upstream), the handlers and README.md; no WAF rule, exclusion,
ruleset or other generator's text was read, and the texts were not changed after measuring. Deterministic:
one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the week.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, TokenDealer's grant
fields, a text's emoji, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(multipart_form, get_request, signed_in, ga_cookie, cookie_header, me_exit_form, oidc_code, link_preview) from
evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

SEED = 20240305_30
EPOCH = 1709625600  # 2024-03-05 08:00 UTC, a Tuesday
TEAM, TEAM_DOMAIN = "T04CORVID1", "corvid-eng"
APP_ID, BOT_ID, BOT_USER = "A06JEEVES7", "B06JEEVES7", "U06JEEVESB"
HOST = "edge.corvid-eng.io"
BASE = f"https://{HOST}"
PREFIX = "evaluation_thirtieth-benign"

# ---- people -------------------------------------------------------------------------------------------
PEOPLE = [
    ("Siobhán O'Connor", "siobhan.oconnor"), ("Jean-Baptiste Lefort", "jb.lefort"),
    ("Anne-Marie Østergaard", "annemarie.ostergaard"), ("D'Andre Wallace", "dandre.wallace"),
    ("Nguyễn Thị Hương", "huong.nguyen"), ("Mateus da Silva-Pereira", "mateus.pereira"),
    ("Małgorzata Wójcik-Nowak", "m.wojcik-nowak"), ("Rhys ap Gwilym", "rhys.apgwilym"),
    ("Þórunn Guðmundsdóttir", "thorunn.g"), ("Aigerim Nurlanovna", "aigerim.n"),
    ("Kwame Mensah-Bonsu", "kwame.mensah-bonsu"), ("Ifeoma Eze", "ifeoma.eze"), ("Tomás Ó Briain", "tomas.obriain"),
    ("Kateryna Shevchenko", "kateryna.s"), ("Park Ji-hoon", "jihoon.park"), ("Ayşe Çelik", "ayse.celik"),
    ("Rafaël D'Souza", "rafael.dsouza"), ("María José Núñez", "mj.nunez"), ("Liang Zhiwei", "zhiwei.liang"),
    ("Priyanka Iyer", "priyanka.iyer"), ("Yonatan Ben-David", "yonatan.bd"), ("Oksana Kovalenko", "oksana.k"),
    ("Björn Lindqvist", "bjorn.lindqvist"), ("Chidi Okonkwo", "chidi.okonkwo"), ("Fatemeh Rahimi", "fatemeh.r"),
    ("Luca Dell'Orto", "luca.dellorto"), ("Zoë Van den Broeck", "zoe.vandenbroeck"), ("Giorgi Beridze", "giorgi.b"),
    ("Ana-Maria Popescu", "anamaria.popescu"), ("Dušan Petrović", "dusan.petrovic"), ("Sven-Erik Holm", "sven.holm"),
    ("Ngozi Adeyemi-Bello", "ngozi.ab"), ("Hamza El Idrissi", "hamza.elidrissi"), ("Mei-Ling Chou", "meiling.chou"),
    ("Arjun Venkataraman", "arjun.v"), ("Camila Restrepo", "camila.restrepo"), ("Jakub Dvořák", "jakub.dvorak"),
    ("Eoin McGrath", "eoin.mcgrath"), ("Léonie Fischer-Roux", "leonie.fr"), ("Tariq Al-Masri", "tariq.almasri"),
    ("Sakura Tanabe", "sakura.tanabe"), ("Bartholomew 'Bart' Quinn", "bart.quinn"), ("Inês Carvalho", "ines.c"),
    ("Vuk Jovanović", "vuk.j"), ("Hana Kobayashi", "hana.kobayashi"), ("Olamide Bakare", "olamide.b"),
    ("Mykola Hnatiuk", "mykola.h"), ("Elif Şahin", "elif.sahin"), ("Pedro Ángel Ruiz", "pedro.ruiz"),
    ("Dr. Ruth Abernathy-Cole", "ruth.ac"),
]

# ---- places as people type them ---------------------------------------------------------------------
PLACES = [
    "Lisbon", "Lisboa", "Porto", "Braga", "Kraków", "Krakow", "Wrocław", "Poznań", "Łódź", "Gdańsk",
    "Cluj-Napoca", "Iași", "Bucharest", "Київ", "Kyiv", "Львів", "Lviv", "Дніпро", "Београд", "Belgrade",
    "Novi Sad", "Tallinn", "Tartu", "Riga", "Vilnius", "Berlin-Kreuzberg", "Berlin", "Hamburg", "Leipzig",
    "Amsterdam", "Rotterdam", "Utrecht", "'s-Hertogenbosch", "Manchester", "Leeds", "Newcastle upon Tyne",
    "Dublin", "Cork", "Galway", "Edinburgh", "Glasgow", "Cardiff", "Aberystwyth", "Reykjavík", "Akureyri",
    "თბილისი", "Tbilisi", "Batumi", "Երևան", "Yerevan", "Алматы", "Almaty", "Tashkent", "İstanbul", "İzmir",
    "Ankara", "תל אביב-יפו", "Haifa", "عمّان", "بيروت", "Casablanca", "Rabat", "Lagos", "Abuja", "Accra",
    "Nairobi", "Kigali", "Cape Town", "Stellenbosch", "Bengaluru", "ಬೆಂಗಳೂರು", "Pune", "पुणे", "Hyderabad",
    "హైదరాబాదు", "Chennai", "Kochi", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Hà Nội",
    "Singapore", "Taipei", "台中市", "深圳市南山区", "上海", "東京都渋谷区", "Tokyo", "札幌市", "부산광역시",
    "Seoul", "Manila", "Cebu City", "Buenos Aires", "Córdoba, AR", "Medellín", "Bogotá", "Montevideo",
    "São Paulo", "Florianópolis", "Ciudad de México", "Guadalajara", "Toronto", "Montréal", "Halifax, NS",
    "Austin, TX", "Raleigh-Durham", "Coeur d'Alene", "Martha's Vineyard", "Portland, OR", "Brooklyn",
    "Rua Augusta 27, 1100-048 Lisboa", "ul. Grodzka 52, 31-044 Kraków", "Torstraße 109, 10119 Berlin",
    "2 Canal Street, Manchester M1 3HE", "Grand Canal Dock, Dublin 2, D02 XY88", "Av. Corrientes 1234, CABA",
    "Carrera 43A #1-50, El Poblado, Medellín", "12th Main Rd, Indiranagar, Bengaluru 560038",
    "Strada Memorandumului 28, Cluj-Napoca 400114", "Bulevar kralja Aleksandra 73, Beograd",
    "Хрещатик 22, Київ 01001", "1100-048", "M1 3HE", "D02 XY88", "EH1 1YZ", "10119", "H3B 4W8",
    "38.7223,-9.1393", "50.0614, 19.9366", "-34.6037,-58.3816", "41°41′N 44°48′E", "6.5244° N, 3.3792° E",
    "near Porto Airport (OPO)", "Cascais / Estoril", "Sintra (client offsite)", "home - Almada",
]
TIMEZONES = [
    "Europe/Lisbon", "Europe/Warsaw", "Europe/Bucharest", "Europe/Kyiv", "Europe/Belgrade", "Europe/Tallinn",
    "Europe/Berlin", "Europe/Amsterdam", "Europe/London", "Europe/Dublin", "Atlantic/Reykjavik",
    "Asia/Tbilisi", "Asia/Yerevan", "Asia/Almaty", "Asia/Tashkent", "Europe/Istanbul", "Asia/Jerusalem",
    "Asia/Amman", "Africa/Casablanca", "Africa/Lagos", "Africa/Nairobi", "Africa/Johannesburg",
    "Asia/Kolkata", "Asia/Ho_Chi_Minh", "Asia/Singapore", "Asia/Taipei", "Asia/Tokyo", "Asia/Seoul",
    "America/Argentina/Buenos_Aires", "America/Bogota", "America/Montevideo", "America/Sao_Paulo",
    "America/Mexico_City", "America/Toronto", "America/Halifax", "America/Chicago", "America/Los_Angeles",
    "America/New_York", "UTC", "Etc/GMT-3", "Atlantic/Azores", "Asia/Kathmandu", "Australia/Adelaide",
]
CHANNELS = [
    ("C04PROJHAL", "proj-halyard"), ("C04PROJBRM", "proj-bramble"), ("C04PROJPYL", "proj-pylon"),
    ("C04PROJTRN", "proj-tern"), ("C04HALDEV1", "halyard-dev"), ("C04BRMQA01", "bramble-qa"),
    ("C04PYLOPS1", "pylon-ops"), ("C04DEVOPS1", "devops"), ("C04QAGUILD", "qa-guild"),
    ("C04BACKEND", "guild-backend"), ("C04FRONTND", "guild-frontend"), ("C04GENERAL", "general"),
    ("C04RANDOM1", "random"), ("C04LISBON1", "office-lisbon"), ("C04KRAKOW1", "office-krakow"),
    ("C04REMOTE1", "remote-folks"), ("C04BENCH01", "bench"), ("C04INCDNTS", "incidents"),
    ("C04RELEASE", "releases"), ("C04TIMESHT", "timesheets"), ("C04SECURTY", "security"),
    ("C04LEARN01", "til"),
]
LINKS = [
    "https://gitlab.corvid-eng.io/clients/bramble/web/-/merge_requests/812#note_44120",
    "https://gitlab.corvid-eng.io/clients/halyard/carrier-sync/-/pipelines/190233",
    "https://gitlab.corvid-eng.io/internal/roost/-/blob/main/docs/adr/0042-outbox-pattern.md",
    "https://corvid.atlassian.net/browse/HAL-1312?focusedCommentId=99231",
    "https://corvid.atlassian.net/browse/BRM-408", "https://corvid.atlassian.net/browse/PYL-77",
    "https://corvid.atlassian.net/wiki/spaces/TERN/pages/2214045/UAT+plan+v3",
    "https://grafana.corvid-eng.io:3000/d/k6-bramble/load?orgId=1&from=now-6h&to=now&var-env=staging",
    "https://staging-bramble.corvid-eng.io:8443/checkout?voucher=SPRING24&lang=pt-PT",
    "https://sentry.io/organizations/corvid/issues/5011223/?environment=uat&project=4506",
    "http://localhost:5173/orders?page=2&sort=-created_at", "http://127.0.0.1:8000/admin/shipments/",
    "https://docs.python.org/3/library/decimal.html#rounding-modes",
    "https://learn.microsoft.com/en-us/ef/core/querying/tracking",
    "https://regex101.com/r/Xk2a9f/1", "https://www.postgresql.org/docs/16/sql-createindex.html",
    "https://argocd.corvid-eng.io/applications/bramble-prod?view=tree&resource=",
    "https://jenkins.pylon-energy.example:8080/job/nightly-regression/412/console",
    "https://meet.google.com/qpr-xhtw-mzk", "https://harvestapp.com/time/week/2024/3/4",
    "https://playwright.dev/docs/test-retries", "https://k6.io/docs/using-k6/scenarios/executors/",
    "https://stackoverflow.com/questions/1732348/", "https://github.com/psf/requests/issues/6432",
    "https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#container-probes",
    "https://www.rfc-editor.org/rfc/rfc9457", "https://12factor.net/config",
    "https://martinfowler.com/articles/feature-toggles.html", "https://excalidraw.com/#room=4c1f2a9b,Zk3Q",
    "https://www.figma.com/file/Qw3Rt9/Bramble-Checkout?node-id=1203%3A4411",
]
EMOJI = [":tada:", ":+1:", ":pray:", ":eyes:", ":sweat_smile:", ":white_check_mark:", ":rotating_light:",
         ":ship:", ":bug:", ":coffee:", ":umbrella:", ":sunny:", ":thinking_face:", ":facepalm:", ":bow:",
         ":partyparrot:", ":lgtm:", ":this:", ":100:", "🙏", "😅", "🚀", "🐛", "✅", "☔", "🌤️", "🤔", "👀",
         "🇵🇹", "🇺🇦", "🙃", "💪", "☕"]
CLIENT_IDS = ["jeeves-worker", "gitlab-ci-reporting", "grafana-usage", "hr-sync-personio", "halyard-uat-bot",
              "k6-loadtest", "pagerduty-bridge", "corvid.dashboards:prod", "bramble-playwright-nightly",
              "powerbi.refresh", "roost-timesheets"]

# ---- Slack: what people write -------------------------------------------------------------------------
# {B} the bot, {M} a colleague, {L} a link, {C} a channel, {P} a place, {TZ} a time zone, {T} a time, {N} a number.
BOT_COMMANDS = [
    "weather {P}", "weather {P}", "weather {P}", "weather", "weather in {P}", "weather {P} tomorrow?",
    "Weather {P}", "wetaher {P}", "weather {P} 🌧️", "weather {P} pls", "remember location {P}",
    "remember location {P}", "remember location {P} (client site this sprint)", "my location", "forget location",
    "config", "config timezone {TZ}", "config tz {TZ}", "config alert_time {T}", "config time {T}",
    "config units imperial", "config units metric", "config unit metric", "alerts on", "alerts off", "alerts",
    "login", "forget me", "help", "help config", "hi", "thanks!", "config alert_time 7:45",
    "config timezone CET", "config timezone GMT+1", "config units kelvin", "remember location",
    "weather at the {P} office", "is it going to rain in {P} during the release window?",
]
MENTION_WRAP = [
    "{B} {cmd}", "{B} {cmd}", "{B} {cmd}", "hey {B} {cmd}", "{B} {cmd} :pray:", "{cmd} {B}",
    "{B} {cmd}\n(deciding whether to cycle to the client site tomorrow)",
    "{B} {cmd} — flying there Thursday for the discovery workshop",
    "{M} you can just ask {B} instead of googling: `{cmd}`",
    "{B} {cmd}\ncc {M} for the UAT on-site",
]
CHAT = [
    "morning all :coffee:", "standup in 5, link in the calendar invite", "brb, pairing with {M} on HAL-1312",
    "PR is up: {L} — small one, promise", "merged, thanks for the review {M} :ship:",
    "who owns the `carrier-sync` cron on staging? it fired twice at 02:00", "lgtm with one nit about naming",
    "can someone with Maintainer rights on bramble/web re-run the failed e2e job? {L}",
    "reminder: timesheets in Harvest by Friday 17:00 (billable vs. non-billable, please tag the client)",
    "the client's VPN drops every ~50 min again, anyone else? using the Pulse client 9.1R18",
    "UAT sign-off moved to Thu 14:00 CET / 13:00 WET, same Teams link", "I'm on the bench from Monday, happy to "
    "help anywhere — backend (Python/Go), some Terraform", "is it me or is GitLab slow today",
    "heads-up: rotating the staging DB password at 16:00, services will restart",
    "TIL `git log -S'carrier_ref' --oneline` finds the commit that introduced a string",
    "retro notes are in {L}, action items assigned", "thanks {M}!! you saved my demo 🙏",
    "working from {P} today, ping me on Slack not Teams", "OOO tomorrow, {M} covers the Pylon on-call",
    "does anyone have a Safari 16 device for the checkout bug? BrowserStack keeps timing out",
    "quick poll: tabs or 2 spaces for the new YAML lint rule? 🙃", "demo went well, client loved the new "
    "tracking page :tada:", "we're at 71% of the sprint burn-down with 3 days left, need to descope BRM-408?",
    "the pentest report for Tern came in: 2 medium (missing HSTS on the legacy host, verbose error pages), "
    "1 low. Tickets created.", "new hire onboarding Monday: laptops, 1Password, GitLab, AWS SSO, Jira, Slack",
    "estimates for the carrier-rates epic: 8 + 5 + 13 + 3 story points, the 13 needs splitting",
    "can we move the mob-programming session to 15:30? clash with the client steering committee",
    "fyi {C} has the new release calendar", "+1", "same here", "on it", "ack", "nvm, found it", "kk",
    "ty", "🙏", "looking", "😂", "yep", "done ✅", "👀",
]
ML_CHAT = [
    "Bom dia! O deploy do Bramble para produção ficou para amanhã às 9h, a pipeline de e2e falhou no Safari.",
    "Alguém tem acesso ao Jenkins do cliente? Preciso relançar o job `nightly-regression` 🙏",
    "Cześć, czy ktoś ma dostęp do Jenkinsa dla klienta Pylon? Potrzebuję zrestartować joba.",
    "Dzięki za code review! Poprawiłem nazwy zmiennych i dodałem testy dla przypadku brzegowego.",
    "Привіт! Сьогодні працюю зі Львова, світло є, генератор теж 🙂 Дейлі о 10:00 за Києвом.",
    "Хто може подивитися мій MR? Там лише зміни в Helm chart (ресурси та liveness probe).",
    "¿Alguien puede revisar mi PR? Es un cambio pequeño en el mapeo de códigos de transportista (DHL/UPS/SEUR).",
    "Kurze Info: der Kunde will das UAT-Sign-off auf Freitag verschieben. Bitte Testfälle bis Donnerstag "
    "17 Uhr in TestRail aktualisieren.",
    "Chào cả nhà, hôm nay mình làm việc từ Đà Nẵng, chiều nay có buổi demo với khách hàng Tern.",
    "Salut! Am terminat migrarea bazei de date pe staging, totul pare ok. Mâine trecem pe producție.",
    "Да ли неко зна зашто пада билд на мастеру? Ја сам само променио README 😅",
    "გამარჯობა! დღეს თბილისიდან ვმუშაობ, სტენდაპზე 10 წუთით დავაგვიანებ.",
    "नमस्ते टीम, आज का स्टैंडअप 15 मिनट देर से होगा। क्लाइंट कॉल चल रही है।",
    "お疲れ様です。本番環境のリリースは金曜日 18:00 JST に延期になりました。",
    "大家好，测试环境的数据库今晚 22:00 进行维护，预计 30 分钟。", "안녕하세요! 오늘 코드 리뷰 부탁드립니다 🙏 MR !482",
    "صباح الخير، اجتماع العميل تم تأجيله إلى الساعة الثالثة بعد الظهر.",
    "בוקר טוב! מישהו יודע אם ה-VPN של הלקוח עובד היום?",
    "Selam, staging ortamında SSL sertifikasının süresi dolmuş, yeniliyorum.",
    "Salut l'équipe ! N'oubliez pas de saisir vos heures dans Harvest avant vendredi 17h 😉",
    "Ciao! Qualcuno ha già visto l'errore 502 su staging-pylon? Sto guardando i log di nginx.",
    "Goedemorgen! De retro is verplaatst naar 14:30, zelfde link.",
    "Καλημέρα! Το build περνάει πάλι, ευχαριστώ Γιώργο.", "Сәлем! Бүгін Алматыдан жұмыс істеймін.",
    "Takk for hjelpen i går, det fungerer nå 👍", "Kiitos! Korjaus on nyt tuotannossa.",
]
CODE = [
    "```\nTraceback (most recent call last):\n  File \"/app/halyard/shipments/tasks.py\", line 214, in "
    "sync_carrier_status\n    resp = client.get(f\"/v2/shipments/{ref}/events\", params={\"since\": cursor})\n"
    "  File \"/usr/local/lib/python3.12/site-packages/httpx/_client.py\", line 1054, in get\n    return "
    "self.request(\n           ^^^^^^^^^^^^^\nhttpx.ReadTimeout: timed out\n```",
    "```sql\nWITH ranked AS (\n  SELECT o.id, o.customer_id, o.total_cents,\n         row_number() OVER "
    "(PARTITION BY o.customer_id ORDER BY o.created_at DESC) AS rn\n  FROM orders o\n  WHERE o.status IN "
    "('paid', 'shipped')\n)\nSELECT customer_id, total_cents FROM ranked WHERE rn = 1;\n```",
    "migration for review:\n```\nALTER TABLE shipments ADD COLUMN carrier_ref text;\nCREATE INDEX CONCURRENTLY "
    "idx_shipments_carrier_ref ON shipments (carrier_ref);\n```\n(concurrently so we don't lock the table at 9am)",
    "```\nSeq Scan on invoices  (cost=0.00..48213.10 rows=1 width=64) (actual time=0.031..312.554 rows=1 "
    "loops=1)\n  Filter: ((tenant_id = 42) AND (number = 'INV-2024-00318'::text))\n  Rows Removed by Filter: "
    "1204113\nPlanning Time: 0.118 ms\nExecution Time: 312.601 ms\n```\nneeds an index on (tenant_id, number)",
    "`kubectl -n bramble-staging logs deploy/bramble-api --since=15m | grep -E 'ERROR|WARN' | sort | uniq -c | "
    "sort -rn | head`",
    "```\ncurl -s https://staging-bramble.corvid-eng.io:8443/api/v1/health | jq '.checks[] | select(.status != "
    "\"up\") | .name'\n```",
    "```\n  # aws_db_instance.pylon will be updated in-place\n  ~ resource \"aws_db_instance\" \"pylon\" {\n"
    "      ~ instance_class = \"db.t3.medium\" -> \"db.r6g.large\"\n        id             = \"pylon-prod\"\n"
    "        # (41 unchanged attributes hidden)\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n```",
    "this regex for the IBAN field is too strict: `^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$` — Maltese IBANs are 31 "
    "chars, and people paste them with spaces",
    "semver check we use in the release job: `^v?(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.-]+))?$`",
    "```json\n{\n  \"shipmentId\": \"HAL-88412\",\n  \"events\": [\n    {\"code\": \"DLV\", \"at\": "
    "\"2024-03-05T14:02:11+01:00\", \"location\": \"Rotterdam\"}\n  ],\n  \"next\": null\n}\n```",
    "```yaml\nresources:\n  requests: {cpu: 250m, memory: 256Mi}\n  limits: {memory: 512Mi}\nlivenessProbe:\n"
    "  httpGet: {path: /healthz, port: 8080}\n  initialDelaySeconds: 10\n  periodSeconds: 15\n```",
    "```yaml\ne2e:\n  stage: test\n  image: mcr.microsoft.com/playwright:v1.42.1-jammy\n  script:\n    - npm ci\n"
    "    - npx playwright test --project=chromium --retries=2\n  artifacts:\n    when: always\n    reports:\n"
    "      junit: results.xml\n```",
    "```dockerfile\nFROM python:3.12-slim AS build\nWORKDIR /src\nCOPY requirements.txt .\nRUN pip install "
    "--no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\nCMD [\"gunicorn\", \"halyard.wsgi:application\", "
    "\"-b\", \"0.0.0.0:8000\", \"-w\", \"4\"]\n```",
    "```\nTypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (webpack-internal:///./"
    "src/components/OrderList.tsx:42:31)\n    at renderWithHooks (react-dom.development.js:16305:18)\n```",
    "```\norg.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; "
    "constraint [uk_customer_email]\n\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect."
    "convertHibernateAccessException(HibernateJpaDialect.java:276)\nCaused by: org.postgresql.util."
    "PSQLException: ERROR: duplicate key value violates unique constraint \"uk_customer_email\"\n  Detail: Key "
    "(email)=(joao.silva+test@example.com) already exists.\n```",
    "```\npanic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation "
    "violation code=0x1 addr=0x18 pc=0x6a1b2c]\n\ngoroutine 47 [running]:\ngithub.com/corvid-eng/pylon-meter/"
    "internal/ingest.(*Batcher).Flush(0x0)\n\t/src/internal/ingest/batcher.go:88 +0x2c\n```",
    "```\nerror[E0502]: cannot borrow `self.buf` as mutable because it is also borrowed as immutable\n  --> "
    "src/decoder.rs:57:9\n   |\n55 |         let head = &self.buf[..4];\n   |                     -------- "
    "immutable borrow occurs here\n```",
    "```\nFAILED tests/api/test_refunds.py::test_partial_refund_rounding[EUR-0.005] - AssertionError: assert "
    "Decimal('10.00') == Decimal('10.01')\n==== 1 failed, 412 passed, 3 skipped in 48.21s ====\n```",
    "```\n  1) [chromium] › checkout.spec.ts:57:7 › checkout › applies voucher SPRING24\n\n    Error: Timed out "
    "5000ms waiting for expect(locator).toHaveText(expected)\n    Locator: getByTestId('order-total')\n    "
    "Expected string: \"€ 42,90\"\n    Received string: \"€ 47,90\"\n```",
    "```gherkin\nScenario Outline: customer name with special characters\n  Given I am on the registration "
    "page\n  When I enter \"<name>\" as the full name\n  Then the account is created\n  Examples:\n    | name  "
    "                 |\n    | Siobhán O'Connor       |\n    | Jean-Luc Picard-Dupont |\n    | Nguyễn Văn An "
    "         |\n```",
    "```\n> POST /api/v1/orders HTTP/2\n> Host: staging-bramble.corvid-eng.io:8443\n> content-type: "
    "application/json\n>\n< HTTP/2 422\n< content-type: application/problem+json\n<\n{\"type\":\"about:blank\","
    "\"title\":\"Unprocessable Entity\",\"detail\":\"quantity must be > 0\"}\n```",
    "```nginx\nlocation /api/ {\n    proxy_pass http://bramble_api;\n    proxy_set_header Host $host;\n    "
    "proxy_read_timeout 60s;\n}\n```",
    "```\n0 2 * * 1-5 /usr/local/bin/pg_dump -Fc -h db.internal halyard > /backups/halyard-$(date +\\%F).dump\n```",
    "```\na1b2c3d (HEAD -> feature/HAL-1312-carrier-retry) HAL-1312: retry 429s with jitter\n9f8e7d6 Merge branch "
    "'main' into feature/HAL-1312-carrier-retry\n```",
    "```powershell\nGet-ChildItem -Path .\\logs -Filter *.log -Recurse | Select-String -Pattern 'Timeout' | "
    "Group-Object Path | Sort-Object Count -Descending\n```",
    "```\n     http_req_duration..............: avg=182.4ms min=41.02ms med=150.7ms max=2.31s p(90)=311ms "
    "p(95)=402.8ms\n     http_req_failed................: 0.42%  ✓ 118       ✗ 27882\n```",
    "```\n{\"level\":\"error\",\"ts\":\"2024-03-05T09:41:12.774Z\",\"logger\":\"carrier-sync\",\"msg\":\"upstream "
    "returned 503\",\"carrier\":\"DHL\",\"attempt\":3,\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\"}\n```",
    "`val total = items.sumOf { it.priceCents * it.quantity }.toBigDecimal().movePointLeft(2)`",
    "`type Money = { amount: string; currency: 'EUR' | 'GBP' | 'PLN' };` — never floats for money please",
    "```csharp\nvar orders = await db.Orders\n    .Where(o => o.TenantId == tenantId && o.Status != "
    "OrderStatus.Cancelled)\n    .OrderByDescending(o => o.CreatedAt)\n    .Take(50)\n    .ToListAsync(ct);\n```",
    "finance asked for this in the rates sheet: `=IFERROR(VLOOKUP(A2;Rates!A:C;3;FALSE);0)`",
    "```php\n$stmt = $pdo->prepare('SELECT id, email FROM customers WHERE id = :id');\n$stmt->execute(['id' => "
    "$id]);\n$row = $stmt->fetch(PDO::FETCH_ASSOC);\n```\nthe legacy Tern admin, at least it's prepared",
    "```\nMar 05 09:12:44 pylon-ingest-2 systemd[1]: pylon-meter.service: Main process exited, code=killed, "
    "status=9/KILL\nMar 05 09:12:44 pylon-ingest-2 kernel: Out of memory: Killed process 18231 (pylon-meter)\n```",
    "```\nContent-Security-Policy: default-src 'self'; img-src 'self' data: https://cdn.bramble.shop; "
    "frame-ancestors 'none'\n```",
    "```bash\n#!/usr/bin/env bash\nset -euo pipefail\nfor env in dev staging; do\n  echo \"==> $env\"\n  kubectl "
    "--context \"$env\" -n halyard rollout status deploy/halyard-api --timeout=120s\ndone\n```",
    "```\nDATABASE_URL=postgres://halyard:****@db.internal:5432/halyard?sslmode=require\nREDIS_URL=redis://"
    "cache.internal:6379/2\nFEATURE_CARRIER_RETRY=true\n```",
    "```\n> Task :app:compileKotlin FAILED\ne: file:///builds/tern/app/src/main/kotlin/Ledger.kt:31:17 Unresolved "
    "reference: BigDecimalMath\n```",
    "`argocd app sync bramble-prod --prune --revision v3.18.2`",
    "```\nawk -F',' 'NR>1 && $5 > 1000 {sum += $5} END {printf \"%.2f\\n\", sum}' invoices_2024-02.csv\n```",
    "`sed -i 's/api.v1.bramble.shop/api.bramble.shop/g' config/*.yml`",
    "```\ndocker run --rm -it -v \"$PWD\":/work -w /work node:20-alpine npx prettier --check 'src/**/*.{ts,tsx}'\n```",
    "```\n\\copy (SELECT id, email, created_at FROM users WHERE created_at >= '2024-01-01') TO 'users_q1.csv' "
    "CSV HEADER\n```",
    "`redis-cli -n 2 --scan --pattern 'session:*' | wc -l` says 48k sessions, TTL looks fine",
    "```graphql\nquery Order($id: ID!) {\n  order(id: $id) {\n    id\n    total { amount currency }\n    "
    "lines(first: 20) { edges { node { sku qty } } }\n  }\n}\n```",
    "```makefile\ntest:\n\tpytest -q -n auto --maxfail=5\nlint:\n\truff check . && mypy src\n```",
    "```python\n@pytest.mark.parametrize(\"amount,expected\", [(\"10.005\", \"10.01\"), (\"0.005\", \"0.01\"), "
    "(\"-1.005\", \"-1.01\")])\ndef test_round_half_up(amount, expected):\n    assert round_money(Decimal(amount)) "
    "== Decimal(expected)\n```",
    "```ts\nimport { apiClient } from \"../lib/api-client\";\n\nexport async function fetchOrders(page = 1) {\n"
    "  const res = await apiClient.get(`/orders?page=${page}&sort=-created_at`);\n  return res.data;\n}\n```",
    "```\n$ helm upgrade --install bramble-api ./chart -f values-prod.yaml --atomic --timeout 10m\nRelease "
    "\"bramble-api\" has been upgraded. Happy Helming!\n```",
    "```\nWARN  [pool-3-thread-7] c.c.t.ledger.Reconciler - drift detected: account=PT50 0002 0123 1234 5678 "
    "9015 4 expected=1.250,00 EUR actual=1.249,99 EUR\n```",
    "```go\nctx, cancel := context.WithTimeout(ctx, 3*time.Second)\ndefer cancel()\nif err := db.PingContext(ctx); "
    "err != nil {\n    return fmt.Errorf(\"db ping: %w\", err)\n}\n```",
    "```\nSELECT date_trunc('week', created_at) AS wk, count(*) FILTER (WHERE status = 'failed') AS failed,\n"
    "       count(*) AS total\nFROM carrier_calls\nWHERE created_at > now() - interval '8 weeks'\nGROUP BY 1 "
    "ORDER BY 1;\n```",
    "```\nUPDATE feature_flags SET enabled = false WHERE key = 'new_checkout' AND tenant = 'bramble-pt';\n-- "
    "rolled back the rollout, see #incidents\n```",
    "```\nE   sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed: FATAL:  "
    "remaining connection slots are reserved for non-replication superuser connections\n```",
]
LONG = [
    "*Incident update* (10:40 WET)\n• Impact: Halyard tracking page shows stale statuses for DHL shipments\n"
    "• Cause: carrier API returning 429, our retry had no jitter\n• Mitigation: retry with backoff deployed "
    "(`carrier-sync` v2.8.1)\n• Next update 11:30\n{M} is incident lead",
    "Release notes *Bramble web 3.18*\n1. checkout: vouchers stack correctly (BRM-388)\n2. addresses with "
    "apostrophes (Rua D'Ouro, O'Connell St) no longer truncated\n3. PT/ES translations updated\n4. p95 of "
    "`/cart` down from 420 ms to 180 ms\nThanks {M} and {M} :tada:",
    "Forwarding from the client:\n> Hi team,\n> the invoice export shows 1.249,99 € instead of 1.250,00 € for "
    "order 4471-B.\n> Could you check the rounding?\n> Kind regards, Ruth\n\nLooks like the HALF_EVEN vs "
    "HALF_UP thing again, {M} can you take it?",
    "Test plan for Tern UAT (draft)\n- [x] login with SSO (Azure AD)\n- [x] transfers under 1.000 €\n- [ ] "
    "transfers above the daily limit (expect 4-eyes approval)\n- [ ] IBAN validation (PT, ES, MT, GB)\n- [ ] "
    "statement PDF in pt-PT and en-GB\nPlease comment in {L}",
    "Retro, sprint 14 :recycle:\n*Went well*: pairing on the carrier retries, fast reviews\n*Didn't*: flaky e2e "
    "on Safari, UAT env down twice\n*Actions*: {M} to quarantine flaky specs, {M} to ask the client for a "
    "second UAT env",
    "Onboarding checklist for Monday's joiners:\n1. 1Password vault `Corvid - Eng`\n2. GitLab group "
    "`clients/halyard` (Developer)\n3. AWS SSO: `halyard-dev` read-only\n4. Jira + Confluence\n5. Harvest "
    "project codes: HAL-T&M-2024, INT-BENCH\n6. add yourself to {C}",
    "ADR-0042 summary: we adopt the transactional outbox for Halyard events. Writes go to `outbox` in the same "
    "transaction; a relay publishes to SNS with at-least-once delivery; consumers dedupe by `event_id`. "
    "Alternatives considered: 2PC (no), CDC with Debezium (later). {L}",
    "Estimates for PYL-77 (meter import v2):\n| task | points |\n|---|---|\n| CSV parser + validation | 5 |\n"
    "| dedupe by (meter_id, read_at) | 3 |\n| backfill 2023 | 8 |\n| dashboards | 3 |\nTotal 19, I'd split "
    "the backfill.",
    "Security review notes (Tern mobile API):\n• TLS 1.2+ only ✅\n• HSTS missing on legacy host ❌ (TRN-51)\n"
    "• error pages leak stack traces in UAT ❌ (TRN-52)\n• rate limit on /login 20/min ✅\n• OWASP ASVS L2 "
    "checklist 84% done",
    "Hey {M}, handover before my holiday (back 18/03):\n- HAL-1312 merged, needs prod deploy after Thursday's "
    "freeze\n- the flaky test is `test_carrier_timeout_retries` — it depends on wall clock, see {L}\n- client "
    "contact for rates: Ruth (ruth@halyard-freight.example), prefers email over Slack",
]
PASTE_LEADS = ["", "", "", "seeing this on staging:\n", "any idea? ", "{M} ", "ok so ", "fyi ",
               "from the nightly run:\n", "hmm, ", "wrong window sorry 🙈\n", "note to self:\n"]
PASTE_TAILS = ["", "", "", "\nthoughts?", "\ncc {M}", "\nfixed by bumping the timeout to 10s", "\n:thinking_face:",
               "\n(prod is fine, only UAT)", "\nideas welcome 🙏"]

FILE_NAMES = [
    ("Screenshot 2024-03-05 at 10.42.13.png", "image/png", "png", "PNG"),
    ("checkout-safari16-bug.mov", "video/quicktime", "mov", "QuickTime Movie"),
    ("Tern UAT plan v3 (final).docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     "docx", "Word Document"),
    ("carrier-sync-2024-03-05.log", "text/plain", "text", "Plain Text"),
    ("k6-summary.html", "text/html", "html", "HTML"), ("rates_Q1_2024.xlsx",
                                                        "application/vnd.openxmlformats-officedocument.spreadsheetml."
                                                        "sheet", "xlsx", "Excel Spreadsheet"),
    ("architecture-halyard.drawio.png", "image/png", "png", "PNG"), ("allure-report.zip", "application/zip", "zip",
                                                                      "Zip"),
]
SNIPPETS = [
    ("retry.py", "python", "Python", "def backoff(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:\n"
     "    return min(cap, base * 2 ** attempt) * random.uniform(0.5, 1.5)\n"),
    ("values-staging.yaml", "yaml", "YAML", "replicaCount: 2\nimage:\n  repository: registry.corvid-eng.io/bramble/"
     "api\n  tag: \"3.18.2\"\ningress:\n  hosts: [staging-bramble.corvid-eng.io]\n"),
    ("report.sql", "sql", "SQL", "SELECT carrier, count(*) AS calls, avg(latency_ms)::int AS avg_ms\nFROM "
     "carrier_calls\nWHERE created_at >= date_trunc('month', now())\nGROUP BY carrier\nORDER BY calls DESC;\n"),
    ("error.txt", "text", "Plain Text", "java.net.SocketTimeoutException: Read timed out\n\tat java.base/sun.nio.ch."
     "NioSocketImpl.timedRead(NioSocketImpl.java:288)\n"),
    ("payload.json", "json", "JSON", "{\"meterId\": \"PYL-000193\", \"readings\": [{\"at\": \"2024-03-05T00:15:00Z\", "
     "\"kwh\": 0.412}, {\"at\": \"2024-03-05T00:30:00Z\", \"kwh\": 0.398}]}\n"),
]
UNFURLS = [
    ("GitLab", "https://gitlab.corvid-eng.io/clients/bramble/web/-/merge_requests/812",
     "BRM-388: stack vouchers in checkout (!812) · Merge requests · clients / bramble / web",
     "Fixes the voucher ordering and adds e2e coverage for SPRING24 + FREESHIP."),
    ("Stack Overflow", "https://stackoverflow.com/questions/1732348/",
     "RegEx match open tags except XHTML self-contained tags",
     "I need to match all of these opening tags: <p> <a href=\"foo\"> But not these: <br /> <hr class=\"foo\" />"),
    ("Jira", "https://corvid.atlassian.net/browse/HAL-1312",
     "[HAL-1312] Carrier sync: retry 429 with jitter - Jira", "Status: In Review · Assignee: Siobhán O'Connor"),
    ("GitHub", "https://github.com/psf/requests/issues/6432",
     "Session.request ignores timeout when ... · Issue #6432 · psf/requests",
     "Reproducible with requests 2.31.0 on Python 3.12 behind an HTTP proxy."),
    ("PostgreSQL Documentation", "https://www.postgresql.org/docs/16/sql-createindex.html",
     "PostgreSQL: Documentation: 16: CREATE INDEX", "CREATE INDEX constructs an index on the specified column(s)"),
    ("YouTube", "https://www.youtube.com/watch?v=4Yb8Ag9T1rU", "Strangler Fig Pattern - Migrating Legacy Systems",
     "A talk on incrementally replacing a monolith with services."),
]


class Week(WebApp):
    """The consultancy, its people and one seeded random source; each method makes one kind of request."""

    prefix = PREFIX
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, "vQ3xTnB7kLr2Yp0sWd9EhFuC", BASE
    ts_window = iat_window = event_window = (0, 5 * 86400)
    client_id_after, context_bytes = "jti", 40
    oauth_scopes, oauth_audience_rate, oauth_body_secret_rate = ("read", "read write", "write", "read"), 0.25, 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for name, handle in PEOPLE:
            self.people.append({"id": self.sid("U0"), "name": name, "handle": handle,
                                "email": f"{handle}@corvid-eng.io", "tz": self.pick(TIMEZONES)})
        self.dms = {p["id"]: self.sid("D0") for p in self.people}

    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {**req, "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    # ---- small pieces ------------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([6, 7, 7, 7, 8, 8, 9, 12, 18]):02d}:{self.pick(['00', '15', '30', '45', '40', '05'])}"

    def person(self) -> dict[str, str]:
        p: dict[str, str] = self.pick(self.people)
        return p

    def fill(self, text: str) -> str:
        """Placeholders to Slack markup (mentions, links, channels) and values; the rest Slack-escaped."""
        out = slack_escape(text)
        subs = {
            "{B}": lambda: f"<@{BOT_USER}>",
            "{M}": lambda: f"<@{self.person()['id']}>",
            "{L}": lambda: "<" + slack_escape(self.pick(LINKS)) + self.pick(["", "", "|MR", "|ticket", "|here"]) + ">",
            "{C}": lambda: "<#{}|{}>".format(*self.pick(CHANNELS)),
            "{P}": lambda: slack_escape(self.pick(PLACES)),
            "{TZ}": lambda: self.pick(TIMEZONES),
            "{T}": self.alert_time,
            "{N}": lambda: str(self.rng.randint(2, 60)),
        }
        for key, make in subs.items():
            while key in out:
                out = out.replace(key, make(), 1)
        return out

    def command(self) -> str:
        return self.pick(BOT_COMMANDS)

    def chat(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            text = self.pick(CHAT)
        elif roll < 0.50:
            text = self.pick(ML_CHAT)
        elif roll < 0.88:
            text = self.pick(PASTE_LEADS) + self.pick(CODE) + self.pick(PASTE_TAILS)
        else:
            text = self.pick(LONG)
        text = self.maybe_append(text, 0.25, EMOJI)
        return text

    # ---- Slack rich text, as Slack's clients send it beside `text` ------------------------------------
    _INLINE = re.compile(r"<@([A-Z0-9]+)>|<#([A-Z0-9]+)\|([^>]*)>|<!(here|channel)>|<(https?://[^|>]+)(?:\|([^>]*))?>"
                         r"|`([^`\n]+)`|:([a-z0-9_+\-]+):")

    @staticmethod
    def _raw(text: str) -> str:
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

    def _section(self, text: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        pos = 0
        for m in self._INLINE.finditer(text):
            if m.start() > pos:
                elements.append({"type": "text", "text": self._raw(text[pos:m.start()])})
            if m.group(1):
                elements.append({"type": "user", "user_id": m.group(1)})
            elif m.group(2):
                elements.append({"type": "channel", "channel_id": m.group(2)})
            elif m.group(4):
                elements.append({"type": "broadcast", "range": m.group(4)})
            elif m.group(5):
                link: dict[str, Any] = {"type": "link", "url": self._raw(m.group(5))}
                if m.group(6):
                    link["text"] = self._raw(m.group(6))
                elements.append(link)
            elif m.group(7):
                elements.append({"type": "text", "text": self._raw(m.group(7)), "style": {"code": True}})
            else:
                elements.append({"type": "emoji", "name": m.group(8)})
            pos = m.end()
        if pos < len(text):
            elements.append({"type": "text", "text": self._raw(text[pos:])})
        return elements

    def rich_text(self, text: str) -> list[dict[str, Any]]:
        parts = text.split("```")
        elements: list[dict[str, Any]] = []
        for i, part in enumerate(parts):
            if i % 2:
                body = part.split("\n", 1)[1] if "\n" in part and not part.startswith("\n") else part.lstrip("\n")
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": self._raw(body.rstrip("\n"))}]})
            elif part:
                elements.append({"type": "rich_text_section", "elements": self._section(part)})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    # ---- Slack envelopes -----------------------------------------------------------------------------
    def event_record(self, event: dict[str, Any], placement: str = "json") -> dict[str, Any]:
        body = json.dumps(self.envelope(event), ensure_ascii=False, separators=(",", ":"))
        return self.record("slack", placement, self.slack_request("/slack/events", body))

    def user_message(self, text: str, channel: str, user: dict[str, str], kind: str) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": kind, "ts": ts, "client_msg_id": self.uuid(),
                                 "text": text, "team": TEAM}
        if self.chance(0.92):
            event["blocks"] = self.rich_text(text)
        event["channel"] = channel
        event["event_ts"] = ts
        if self.chance(0.22):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick([self.person()["id"], BOT_USER])
        return event

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": "vQ3xTnB7kLr2Yp0sWd9EhFuC", "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.62):
            text = self.pick(MENTION_WRAP).replace("{cmd}", self.command())
        else:
            text = self.pick(["{B} ", "hey {B} ", "", "{B}: "]) + self.chat()
            if "{B}" not in text:
                text += " {B}"
        event = self.user_message(self.fill(text), cid, self.person(), "app_mention")
        return self.event_record(event)

    def slack_dm(self) -> dict[str, Any]:
        user = self.person()
        text = self.command() if self.chance(0.74) else self.chat()
        event = self.user_message(self.fill(text), self.dms[user["id"]], user, "message")
        event["channel_type"] = "im"
        return self.event_record(event)

    def bot_reply_text(self) -> tuple[str, list[dict[str, Any]]]:
        place = self.pick(PLACES)
        roll = self.rng.random()
        if roll < 0.45:
            c = self.rng.randint(-8, 31)
            sky = self.pick(["partly cloudy", "light rain", "overcast", "clear sky", "rain showers", "fog"])
            text = (f"{place}: {sky}, {c}°C, wind {self.rng.randint(2, 45)} km/h; today {c - 4}°C to {c + 3}°C, "
                    f"{self.rng.randint(0, 100)}% chance of precipitation")
            section = {"type": "mrkdwn", "text": slack_escape(text)}
            blocks: list[dict[str, Any]] = [
                {"type": "section", "block_id": self.token(3)[:4], "text": section},
                {"type": "actions", "block_id": self.token(3)[:4], "elements": [
                    {"type": "button", "action_id": "set_location",
                     "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}, "value": place}]}]
            return slack_escape(text), blocks
        texts = [
            "Here is what I can do:\n• `alerts on|off`: daily weather alert for your location at your alert_time\n"
            "• `config [setting value]`: show or change your settings (units, alert_time, timezone)\n• `forget "
            "location`: forget your location\n• `forget me`: delete everything I know about you (asks first)\n"
            "• `help`: this list\n• `login`: a private one-time link to your page\n• `my location`: what I "
            "remember as your location\n• `remember location <place>`: remember where you are (used by "
            "`weather`)\n• `weather [place]`: the weather for a place, or for your remembered location",
            f"Got it, I will remember {place}.", f"Your location is {place}.",
            f"Saved. Your settings:\n• alert_time: {self.alert_time()}\n• alerts: on\n• timezone: "
            f"{self.pick(TIMEZONES)}\n• units: metric\nChange one with `config units imperial`, `config alert_time "
            "07:30`, `config timezone Europe/Paris` or `alerts on`.",
            f"Daily weather alerts are on, every day at {self.alert_time()} ({self.pick(TIMEZONES)}).",
            "Sorry: timezone must be an IANA name, e.g. Europe/Paris.", "Done, I forgot your location.",
            f"I could not find a place called '{place}'.",
        ]
        text = slack_escape(self.pick(texts))
        return text, [{"type": "section", "block_id": self.token(3)[:4], "text": {"type": "mrkdwn", "text": text}}]

    def slack_bot_echo(self) -> dict[str, Any]:
        user = self.person()
        text, blocks = self.bot_reply_text()
        ts = self.ts()
        event = {"bot_id": BOT_ID, "type": "message", "text": text, "user": BOT_USER, "ts": ts, "app_id": APP_ID,
                 "blocks": blocks, "team": TEAM,
                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves", "updated": EPOCH - 86400 * 30,
                                 "app_id": APP_ID, "icons": {"image_36": "https://avatars.slack-edge.com/2024-01-09/"
                                                                         "jeeves_36.png"}, "team_id": TEAM},
                 "channel": self.dms[user["id"]], "event_ts": ts, "channel_type": "im"}
        return self.event_record(event)

    def slack_dm_misc(self) -> dict[str, Any]:
        user = self.person()
        channel = self.dms[user["id"]]
        roll = self.rng.random()
        if roll < 0.3:  # an edit of a DM
            old = self.user_message(self.fill(self.command()), channel, user, "message")
            new_text = old["text"] + self.pick(["", " please", " 🙏", "!"])
            new = {k: v for k, v in old.items() if k not in ("channel", "event_ts")}
            new.update(text=new_text, edited={"user": user["id"], "ts": self.ts()})
            if "blocks" in new:
                new["blocks"] = self.rich_text(new_text)
            event: dict[str, Any] = {"type": "message", "subtype": "message_changed", "message": new,
                                     "previous_message": {k: v for k, v in old.items()
                                                          if k not in ("channel", "event_ts")},
                                     "channel": channel, "hidden": True, "ts": self.ts(), "event_ts": self.ts(),
                                     "channel_type": "im"}
        elif roll < 0.45:  # a deletion
            old = self.user_message(self.fill(self.chat()), channel, user, "message")
            event = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": old["ts"],
                     "channel": channel, "previous_message": {k: v for k, v in old.items()
                                                              if k not in ("channel", "event_ts")},
                     "event_ts": self.ts(), "ts": self.ts(), "channel_type": "im"}
        elif roll < 0.7:  # a link, unfurled by Slack afterwards
            service, url, title, text = self.pick(UNFURLS)
            msg = self.user_message(self.pick(["", "look ", "this one → ", "for later: "]) + f"<{url}>", channel,
                                    user, "message")
            msg.pop("channel", None)
            msg.pop("event_ts", None)
            msg["attachments"] = [{"from_url": url, "service_name": service, "title": title, "title_link": url,
                                   "text": text, "fallback": f"{service}: {title}", "original_url": url, "id": 1,
                                   "service_icon": "https://" + urllib.parse.urlsplit(url).netloc + "/favicon.ico"}]
            event = {"type": "message", "subtype": "message_changed", "message": msg, "channel": channel,
                     "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        else:  # a file or a code snippet shared in the DM
            text = self.pick(["", "", "see attached", "the screenshot from the client 👆", "logs from this morning",
                              "{B} does this look right to you? (just kidding)"])
            event = self.user_message(self.fill(text), channel, user, "message")
            event["subtype"] = "file_share"
            event["upload"] = True
            fid = self.sid("F0", 9)
            if self.chance(0.5):
                name, filetype, pretty, content = self.pick(SNIPPETS)
                mimetype, extra = "text/plain", {"preview": content, "preview_highlight": "", "lines":
                                                 content.count("\n"), "lines_more": 0, "preview_is_truncated": False}
            else:
                name, mimetype, filetype, pretty = self.pick(FILE_NAMES)
                extra = {}
            quoted = urllib.parse.quote(name)
            event["files"] = [{"id": fid, "created": EPOCH + self.rng.randint(0, 400000), "name": name,
                               "title": name, "mimetype": mimetype, "filetype": filetype, "pretty_type": pretty,
                               "user": user["id"], "user_team": TEAM, "editable": "preview" in extra,
                               "size": self.rng.randint(300, 9_000_000), "mode": "snippet" if extra else "hosted",
                               "is_external": False, "external_type": "", "is_public": False,
                               "public_url_shared": False, "display_as_bot": False, "username": "",
                               "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{quoted}",
                               "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                                       f"{quoted}",
                               "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{user['id']}/{fid}/"
                                            f"{quoted.lower()}",
                               "is_starred": False, "has_rich_preview": False, "file_access": "visible", **extra}]
            event["channel_type"] = "im"
        return self.event_record(event)

    def slack_home(self) -> dict[str, Any]:
        user = self.person()
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.dms[user["id"]],
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.6):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [
                {"type": "header", "block_id": self.token(3)[:4],
                 "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                {"type": "section", "block_id": self.token(3)[:4], "text": {
                    "type": "mrkdwn", "text": f"*Location:* {self.pick(PLACES)}\n*Units:* metric\n*Daily alert:* on at "
                                              f"{self.alert_time()} ({user['tz']})", "verbatim": False}}],
                "private_metadata": "", "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}",
                "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
                "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
                "root_view_id": self.sid("V0", 9), "app_id": APP_ID, "external_id": "", "app_installed_team_id": TEAM,
                "bot_id": BOT_ID}
        return self.event_record(event)

    def slash_command(self) -> dict[str, Any]:
        user = self.person()
        if self.chance(0.4):
            cid, cname = self.dms[user["id"]], "directmessage"
        else:
            cid, cname = self.pick(CHANNELS)
        text = self.fill(self.command())
        fields = [("token", "vQ3xTnB7kLr2Yp0sWd9EhFuC"), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]),
                  ("user_name", user["handle"]), ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction(self) -> dict[str, Any]:
        user = self.person()
        in_dm = self.chance(0.55)
        cid, cname = (self.dms[user["id"]], "directmessage") if in_dm else self.pick(CHANNELS)
        roll = self.rng.random()
        place = self.pick(PLACES)
        if roll < 0.72:
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(3)[:4],
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "value": place, "type": "button", "action_ts": self.ts()}
        elif roll < 0.87:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:4],
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-",
                      "style": "danger", "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:4],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-",
                      "type": "button", "action_ts": self.ts()}
        ephemeral = action["action_id"] != "set_location" or not in_dm
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": "vQ3xTnB7kLr2Yp0sWd9EhFuC",
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": ephemeral},
            "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}}
        if not ephemeral:
            c = self.rng.randint(-5, 30)
            text = f"{place}: light rain, {c}°C, wind {self.rng.randint(3, 40)} km/h"
            payload["message"] = {"bot_id": BOT_ID, "type": "message", "text": slack_escape(text), "user": BOT_USER,
                                  "ts": msg_ts, "app_id": APP_ID, "team": TEAM, "blocks": [
                                      {"type": "section", "block_id": self.token(3)[:4],
                                       "text": {"type": "mrkdwn", "text": slack_escape(text), "verbatim": False}},
                                      {"type": "actions", "block_id": action["block_id"], "elements": [
                                          {"type": "button", "action_id": "set_location", "value": place,
                                           "text": {"type": "plain_text", "text": "Set as my location",
                                                    "emoji": True}}]}]}
        payload["state"] = {"values": {}}
        payload["response_url"] = self.hook("actions")
        payload["actions"] = [action]
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.5),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- the data API: CI, dashboards, HR sync -------------------------------------------------------------
    def tracing(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;o:rum;t.dm:-0,congo={self.token(6)}"
        elif roll < 0.28:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.33:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=staging,sentry-release=bramble-web%403.18.2,"
                            f"sentry-trace_id={self.hexs(32)}")
        elif roll < 0.38:
            h["X-Request-Id"] = self.pick([self.uuid(), f"gl-{self.rng.randint(10**8, 10**9)}-{self.rng.randint(1, 9)}",
                                           f"grafana.{self.hexs(12)}"])

    def script_headers(self, scope: str = "read") -> dict[str, str]:
        ua = self.pick(["python-requests/2.31.0", "python-httpx/0.27.0", "curl/8.6.0", "curl/7.81.0",
                        "Go-http-client/2.0", "axios/1.6.7", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
                        "undici", "okhttp/4.12.0", "Grafana/10.4.0", "k6/0.49.0 (https://k6.io/)",
                        "PostmanRuntime/7.36.3", "HTTPie/3.2.2", "insomnia/8.6.1",
                        "Apache-HttpClient/4.5.14 (Java/21.0.2)",
                        "gitlab-runner 16.9.1 (16-9-stable; go1.21.7; linux/amd64)", "Ruby", "Dart/3.3 (dart:io)"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(self.pick(CLIENT_IDS), scope)}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br"])
        if ua.startswith("PostmanRuntime"):
            h["Postman-Token"] = self.uuid()
            h["Cache-Control"] = "no-cache"
        self.tracing(h)
        return h

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.3:
            h = self.script_headers()
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["50", "100", "200", "500", "20"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 500, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false", "on", "off"]),
                                ("team_id", [TEAM, "T07HALYARD", "T05BRAMBLE"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api", "query", self.get_request(uri, h))
        if roll < 0.47:
            h = self.script_headers()
            return self.record("api", "path", self.get_request(f"/api/users/{self.rng.randint(1, 420)}", h))
        if roll < 0.66:
            h = self.script_headers(self.pick(["read write", "write read", "write"]))
            p = self.person()
            choice = self.rng.random()
            doc: dict[str, Any]
            if choice < 0.3:
                suffix = self.pick([" (contractor)", " [Bramble]", " — on leave", " (she/her)", " (he/him)"])
                doc = {"name": self.pick([p["name"], p["name"] + suffix]),
                       "email": self.pick([p["email"], p["handle"] + "+jeeves@corvid-eng.io",
                                           p["handle"].replace(".", "_") + "@halyard-freight.example"])}
            elif choice < 0.5:
                doc = {"settings": {"timezone": p["tz"], "alert_time": self.alert_time()}}
            elif choice < 0.65:
                doc = {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}}
            elif choice < 0.8:
                doc = {"is_active": self.chance(0.3)}
            elif choice < 0.9:
                doc = {"is_admin": self.chance(0.5), "name": p["name"]}
            else:
                doc = {"name": p["name"], "email": p["email"], "is_active": True,
                       "settings": {"units": "metric", "alerts": True, "alert_time": self.alert_time(),
                                    "timezone": p["tz"]}}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.35), indent=self.pick([None, None, 2]))
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 420)}",
                                               "body": body, "headers": h})
        if roll < 0.84:
            h = self.script_headers()
            day = self.rng.randint(1, 28)
            since = self.pick([f"2024-02-{day:02d}T00:00:00Z", f"2024-02-{day:02d}T00:00:00+00:00",
                               f"2024-02-{day:02d}", f"2024-02-{day:02d}T09:30:00+05:30",
                               f"2024-02-{day:02d}T08:00:00.000Z", f"2024-02-{day:02d}T00:00:00-03:00",
                               f"2024-02-{day:02d} 00:00:00"])
            params = [("since", since)]
            if self.chance(0.65):
                params.append(("until", self.pick(["2024-03-05T23:59:59Z", "2024-03-01T00:00:00Z", "2024-03-05",
                                                   "2024-03-04T18:00:00+01:00"])))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params)
            return self.record("api", "query", self.get_request(uri, h))
        if roll < 0.91:
            return self.record("api", "header", {"method": "GET", "uri": "/api/switches", "body": "",
                                                 "headers": self.script_headers()})
        if roll < 0.97:
            h = self.script_headers("read write")
            action = self.pick(["weather", "remember_location", "my_location", "forget_location", "config", "alerts",
                                "login", "forget_me", "help"])
            sw: dict[str, Any] = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                sw["team_id"] = self.pick([TEAM, "*", "T07HALYARD"])
            h["Content-Type"] = "application/json"
            return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                               "body": json.dumps(sw), "headers": h})
        h = {"User-Agent": self.pick(["openapi-generator/7.4.0", "Swagger-Codegen/3.0.52/java", "Redocly CLI 1.10",
                                      "PostmanRuntime/7.36.3"]), "Accept": "application/json"}
        return self.record("api", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers ----------------------------------------------------------------------------------------
    def browser(self, from_slack: bool = False, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/122.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
            "Safari/537.36 Edg/122.0.2365.66",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
            "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.3; rv:123.0) Gecko/20100101 Firefox/123.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.3.1 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.3 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/122.0.6261.105 Mobile Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Slack/4.36.140 Chrome/120.0.6099.291 Electron/28.2.5 Safari/537.36 Sonic Slack_SSB/4.36.140",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 "
            "Safari/537.36 Vivaldi/6.5.3206.63",
        ])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;"
                       "q=0.8,application/signed-exchange;v=b3;q=0.7" if "Chrome" in ua else
                       "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
             "Accept-Language": self.pick([
                 "en-GB,en;q=0.9", "en-US,en;q=0.9", "pt-PT,pt;q=0.9,en-US;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en;q=0.8",
                 "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7", "ro-RO,ro;q=0.9,en-US;q=0.8,en;q=0.7",
                 "sr-RS,sr;q=0.9,en;q=0.8",
                 "de-DE,de;q=0.9,en;q=0.8", "es-419,es;q=0.9,en;q=0.8", "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7",
                 "ka-GE,ka;q=0.9,en;q=0.8", "en-IN,en-GB;q=0.9,en-US;q=0.8,en;q=0.7,hi;q=0.6", "ja-JP,ja;q=0.9",
                 "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7",
                 "he-IL,he;q=0.9,en;q=0.8",
                 "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "nl-NL,nl;q=0.9,en;q=0.8", "en"]),
             "Accept-Encoding": "gzip, deflate, br" + (", zstd" if "Chrome/12" in ua else ""),
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "cross-site" if from_slack else ("same-origin" if form else "none"),
             "Sec-Fetch-User": "?1"}
        if "Chrome" in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            h["sec-ch-ua"] = f'"Chromium";v="122", "Not(A:Brand";v="24", "{brand}";v="122"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = ('"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua
                                       else '"macOS"' if "Macintosh" in ua else '"Linux"')
        if from_slack:
            h["Referer"] = self.pick(["https://app.slack.com/", "https://slack.com/"])
        if form:
            h["Origin"] = "null"  # the product's pages send no-referrer: browsers then post with Origin: null
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        if self.chance(0.12):
            h["DNT"] = "1"
        if self.chance(0.08):
            h["Sec-GPC"] = "1"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.15) else []
        if self.chance(0.08):
            extra.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        if self.chance(0.06):
            stamp = "Tue+Mar+05+2024+10%3A12%3A44+GMT%2B0000+(Western+European+Standard+Time)"
            extra.append(("OptanonConsent", f"isGpcEnabled=0&datestamp={stamp}&version=202401.2.0&browserGpcFlag=0"
                                            f"&isIABGlobal=false&hosts=&consentId={self.uuid()}&interactionCount=1"
                                            "&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A1"))
        return self.cookie_header(pairs, extra)

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        if self.chance(0.7):
            boundary = "----WebKitFormBoundary" + "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
                                                                          "qrstuvwxyz0123456789") for _ in range(16))
        else:
            boundary = "-" * 27 + "".join(self.rng.choice("0123456789") for _ in range(29))
        return self.multipart_form(boundary, fields)

    # ---- admin panel --------------------------------------------------------------------------------------
    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.24:
            p = self.person()
            q = self.pick([p["name"], p["name"].split()[0], p["name"].split()[-1], p["email"], p["handle"], p["id"],
                           TEAM, "@corvid-eng.io", "@halyard-freight.example", "o'connor", "d'souza", "dell'orto",
                           "jean-baptiste", "wójcik", "nguyễn", "梁", "Þórunn", "ana-maria", "+jeeves", "contractor",
                           "bench", "U06", "T07HALYARD", "mensah-bonsu", "ap Gwilym", "mj.nunez@", "ruth"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.2) else [])
            h = self.browser()
            h["Cookie"] = self.cookies(session)
            uri = "/admin/users?" + urllib.parse.urlencode(params)
            return self.record("admin", "query", self.get_request(uri, h))
        if roll < 0.36:
            p = self.person()
            h = self.browser(form=True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("q", self.pick([p["name"], p["handle"], "", ""])),
                                           ("page", str(self.rng.randint(1, 3))), ("value", self.pick(["0", "1"]))])
            uri = f"/admin/users/{self.rng.randint(1, 420)}/{self.pick(['active', 'admin', 'active'])}"
            return self.record("admin", "form", {"method": "POST", "uri": uri, "body": body, "headers": h})
        if roll < 0.45:
            h = self.browser()
            h["Cookie"] = self.cookies(session)
            q = self.pick(["client.create", "client.rotate", "client.disable", "login", "login.slack", "feature.set",
                           "user.forget_me", "user.active", "admin.map_slack", "failed", "denied", "halyard-uat-bot",
                           "siobhan", self.person()["handle"], f"{TEAM}/{self.person()['id']}", "slack:", "anonymous",
                           "weather@T07HALYARD", "account.totp_enable", "corvid.dashboards:prod"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.25) else [])
            uri = "/admin/audit?" + urllib.parse.urlencode(params)
            return self.record("admin", "query", self.get_request(uri, h))
        if roll < 0.60:
            h = self.browser()
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
                              "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=&page=1", "/admin/features?done=switch_updated",
                              "/admin/clients?done=client_disabled", "/admin/slack-sign-in?done=mapped",
                              "/admin/account?done=totp_enabled", "/admin/audit?page=3", "/admin/users?page=2"])
            return self.record("admin", "cookie", self.get_request(page, h))
        if roll < 0.66:
            h = self.browser(form=True)
            h["Cookie"] = self.cookies(session)
            action = self.pick(["weather", "remember_location", "my_location", "alerts", "config", "login",
                                "forget_me"])
            if self.chance(0.75):
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick(["", "", TEAM, "T07HALYARD",
                                                                                          "t05bramble"])),
                          ("enabled", self.pick(["0", "1"]))]
                uri = "/admin/features"
            else:
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick([TEAM, "T07HALYARD"]))]
                uri = "/admin/features/remove"
            return self.record("admin", "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                                 "headers": h})
        if roll < 0.76:
            h = self.browser(form=True)
            h["Cookie"] = self.cookies(session)
            client_id = self.pick(CLIENT_IDS[1:] + ["tern.uat.smoke-tests", "pylon:grafana", "halyard-carrier-sync",
                                                    "bramble.lighthouse-ci", "roost-bench-planner"])
            description = self.pick([
                "GitLab CI job `usage-report` (stage: report) — posts the weekly Jeeves usage to #proj-halyard; owner: "
                "Siobhán O'Connor; rotate every 90 days",
                "k6 load test, scenarios ramping-arrival-rate 50→200 rps, staging only (never prod!)",
                "Grafana Infinity datasource: GET /api/usage/stats?since=${__from:date:iso}&until=${__to:date:iso}",
                "Personio → Jeeves HR sync (cron 0 6 * * 1-5, Europe/Lisbon); PATCHes name/email only",
                "Read-only for the Power BI refresh (gateway VM-PBI-02, 10.40.2.15)",
                "Playwright nightly for Bramble: checks the bot answers `weather Lisboa` after each deploy",
                "Tern UAT smoke tests – owner QA guild (#qa-guild), contact: D'Andre Wallace",
                "PagerDuty bridge: toggles the `weather` switch off during incidents (runbook RB-12, step 4)",
                "Timesheet helper (Roost) — reads users, matches Harvest e-mails; \"write\" not needed",
                "Data export for the client's steering committee; expires 2024-06-30", "",
            ])
            fields = [("csrf_token", csrf), ("client_id", client_id), ("description", description), ("scopes", "read")]
            if self.chance(0.3):
                fields.append(("scopes", "write"))
            return self.record("admin", "form", {"method": "POST", "uri": "/admin/clients",
                                                 "body": urllib.parse.urlencode(fields), "headers": h})
        if roll < 0.81:
            h = self.browser(form=True)
            h["Cookie"] = self.cookies(session)
            cid = urllib.parse.quote(self.pick(CLIENT_IDS), safe="")
            what = self.pick(["rotate", "disable", "enable", "rotate"])
            return self.record("admin", "form", {"method": "POST", "uri": f"/admin/clients/{cid}/{what}",
                                                 "body": urllib.parse.urlencode([("csrf_token", csrf)]), "headers": h})
        if roll < 0.86:
            h = self.browser(form=True)
            h["Cookie"] = self.cookies(session)
            who = self.pick(["siobhan.oconnor", "jb.lefort", "ops", "m.wojcik-nowak", "dandre.wallace"])
            if self.chance(0.8):
                fields = [("csrf_token", csrf), ("username", who), ("team_id", TEAM),
                          ("user_id", self.person()["id"])]
                uri = "/admin/slack-sign-in"
            else:
                fields = [("csrf_token", csrf), ("username", who)]
                uri = "/admin/slack-sign-in/remove"
            return self.record("admin", "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                                 "headers": h})
        if roll < 0.90:
            h = self.browser(form=True)
            h["Cookie"] = self.cookies(session)
            what = self.rng.random()
            if what < 0.4:
                uri, fields = "/admin/account/totp/start", [("csrf_token", csrf)]
            elif what < 0.8:
                secret = "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
                uri, fields = "/admin/account/totp/confirm", [("csrf_token", csrf), ("totp_pending", secret),
                                                              ("totp", f"{self.rng.randint(0, 999999):06d}")]
            else:
                uri, fields = "/admin/account/totp/disable", [("csrf_token", csrf), ("password", self.password())]
            return self.record("admin", "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                                 "headers": h})
        if roll < 0.97:
            pre = self.token()
            h = self.browser(form=True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", pre))
            code = self.pick(["", "", f"{self.rng.randint(0, 999999):06d}",
                              f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"])
            fields = [("csrf_token", pre), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients",
                                                               "/admin/audit?q=client.rotate"])),
                      ("username", self.pick(["siobhan.oconnor", "jb.lefort", "ops", "admin", "Ruth.AC"])),
                      ("password", self.password()), ("totp", code)]
            return self.record("admin", "form", {"method": "POST", "uri": "/admin/login",
                                                 "body": urllib.parse.urlencode(fields), "headers": h})
        if roll < 0.985:
            h = self.browser()
            nxt = self.pick(["", "?next=%2Fadmin%2Fusers", "?next=/admin/clients", "?bye=1",
                             "?next=%2Fadmin%2Faudit%3Fq%3Dlogin"])
            return self.record("admin", "query", self.get_request("/admin/login" + nxt, h))
        h = self.browser()
        h.update({"Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors"})
        for k in ("Upgrade-Insecure-Requests", "Sec-Fetch-User"):
            h.pop(k, None)
        return self.record("admin", "header", self.get_request("/admin/static/admin.css", h))

    def password(self) -> str:
        if self.chance(0.4):
            words = ["harbour", "meter", "tern", "quill", "lantern", "cobalt", "saffron", "glacier", "pixel", "rowan"]
            return "-".join(self.pick(words) for _ in range(4)) + str(self.rng.randint(1, 99))
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~"
        return "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(18, 32)))

    # ---- /me/ -------------------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        p = self.person()
        roll = self.rng.random()
        if roll < 0.32:
            h = self.browser(from_slack=self.chance(0.3))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            return self.record("me", "cookie", {"method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": uri, "body": "",
                                                "headers": h})
        if roll < 0.6:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            uri = "/me/location"
        elif roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time())]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            fields.append(("timezone", p["tz"]))
            uri = "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
        h = self.browser(form=True)
        h["Cookie"] = self.cookies(session)
        if self.chance(0.18):
            body, h["Content-Type"] = self.multipart(fields)
            return self.record("me", "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record("me", "form", {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                                          "headers": h})

    # ---- Sign in with Slack and the bot's one-time links ------------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "query", {"method": "GET", "uri": uri, "body": "", "headers": self.browser()})
        if roll < 0.32:
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", {"method": "GET", "uri": uri, "body": "", "headers": self.browser()})
        if roll < 0.6:
            state = self.token()
            h = self.browser(from_slack=True)
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            if self.chance(0.1):
                params = [("error", "access_denied"), ("state", state)]
            else:
                params = [("code", self.oidc_code()), ("state", state)]
            return self.record("auth", "query", {"method": "GET", "uri": "/auth/slack/callback?"
                                                 + urllib.parse.urlencode(params), "body": "", "headers": h})
        link = self.token()
        if roll < 0.72:
            return self.record("auth", "path", self.link_preview(link))
        if roll < 0.86:
            return self.record("auth", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "body": "",
                                                "headers": self.browser(from_slack=True)})
        pre = self.token()
        h = self.browser(form=True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", pre))
        return self.record("auth", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                            "body": urllib.parse.urlencode([("csrf_token", pre)]), "headers": h})

    # ---- TokenDealer ------------------------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(CLIENT_IDS)
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.6.0", "Go-http-client/2.0",
                                      "python-httpx/0.27.0", "Apache-HttpClient/4.5.14 (Java/21.0.2)",
                                      "okhttp/4.12.0", "k6/0.49.0 (https://k6.io/)", "Authlib/1.3.0 (+https://authlib.org/)"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded;charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote_plus(client)}:{secret}".encode()).decode()
        self.tracing(h)
        roll = self.rng.random()
        if roll < 0.62:
            fields = self.token_grant(client, secret, h, basic)
            return self.record("oauth", "form", {"method": "POST", "uri": "/oauth/token",
                                                 "body": urllib.parse.urlencode(fields), "headers": h})
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.76:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("audience", "jeeves")] if self.chance(0.3) else [])
            return self.record("oauth", "form", {"method": "POST", "uri": "/oauth/introspect",
                                                 "body": urllib.parse.urlencode(fields), "headers": h})
        if roll < 0.86:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
            return self.record("oauth", "form", {"method": "POST", "uri": "/oauth/revoke",
                                                 "body": urllib.parse.urlencode(fields), "headers": h})
        fields = [("access_token", token)] + ([("audience", "jeeves")] if self.chance(0.4) else [])
        return self.record("verify", "form", {"method": "POST", "uri": "/verify_token",
                                              "body": urllib.parse.urlencode(fields), "headers": h})

    # ---- health and metadata ------------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.5:
            ua = self.pick(["kube-probe/1.28", "Uptime-Kuma/1.23.11", "Pingdom.com_bot_version_1.4_(http://www."
                            "pingdom.com/)", "Datadog/Synthetics", "Better Stack Better Uptime Bot Mozilla/5.0",
                            "Blackbox Exporter/0.24.0", "ELB-HealthChecker/2.0", "curl/8.6.0",
                            "GoogleHC/1.0", "Consul Health Check"])
            h = {"User-Agent": ua, "Accept": self.pick(["*/*", "application/json", "text/plain,*/*"])}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            if "Datadog" in ua:
                h["x-datadog-origin"] = "synthetics"
                h["x-datadog-trace-id"] = str(self.rng.randint(10**17, 10**18))
                h["x-datadog-parent-id"] = str(self.rng.randint(10**17, 10**18))
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz", "/healthz"]), "body": "",
                                                    "headers": h})
        if roll < 0.8:
            h = {"User-Agent": self.pick(["lua-resty-http/0.17.1 (Lua) ngx_lua/10026", "jwks-rsa/3.1.0 (node)",
                                          "PyJWT/2.8.0", "Go-http-client/2.0", "okhttp/4.12.0",
                                          "Apache-HttpClient/4.5.14 (Java/21.0.2)"]),
                 "Accept": self.pick(["application/json", "application/jwk-set+json, application/json"])}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(32)}"'
            return self.record("metadata", "header", self.get_request("/.well-known/jwks.json", h))
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "Authlib/1.3.0 (+https://authlib.org/)",
                                      "curl/8.6.0", "Spring-Security-OAuth2-Client"]), "Accept": "application/json"}
        return self.record("metadata", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/oauth-authorization-server", "body": "",
                                                  "headers": h})


PLAN: list[tuple[str, int]] = [
    ("slack_mention", 250), ("slack_dm", 220), ("slack_bot_echo", 90), ("slack_dm_misc", 70), ("slack_home", 45),
    ("slash_command", 280), ("interaction", 120), ("api", 220), ("admin", 150), ("me", 90), ("auth", 60),
    ("oauth", 70), ("health", 45),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The week, kinds interleaved as they happen (the Events API's url_verification first)."""
    return planned(Week(), PLAN, first="slack_verification")


def _digest() -> str:
    return digest(benign())

