"""A city government's digital services team on every route of the edge (benign only): the twenty-fourth evaluator.

About 1,700 requests in a deployment's proportions. The city (Port Alder, a fictional mid-size port city) runs
Jeeves in an Enterprise Grid of four workspaces: the digital services team, the 311 contact centre, public works
and the city clerk's office. Staff paste residents' service requests into Slack (in Spanish, Vietnamese, Chinese,
Korean, Tagalog, Somali, Amharic, Russian, Ukrainian, Arabic, Punjabi, Haitian Creole, Hmong, ...), quote council
minutes and ordinances (§ 23.47A.004(a)(1)(ii)), trade case numbers, permit numbers, GIS parcel ids, SoQL and
ArcGIS queries and accessibility findings, ask `/jeeves` for the weather at a street address with a unit number,
and open-data clients and dashboards (Socrata-style `$where=`/`$select=`/`$order=`, OData `$filter=` from Power BI,
LoopBack/Strapi JSON filters, ArcGIS `where=`) call the data API with bearer tokens. Then the admin panel, `/me/`,
Sign in with Slack, TokenDealer and the health and metadata endpoints.

Two parts get a plan entry of their own: `typed_text` (about 400 requests: what residents and staff type into
Slack, modals, slash commands, the `/me/` location form and the admin searches; long free text, line breaks,
quotes, parentheses, legal citations) and `open_data` (about 300 data API queries with query-language filters).

How it was written: independently, from the route list of gateway/gateway.yaml (names, match, methods, upstreams),
the handlers in app/ and tokendealer/, README.md and the record structure of benign_day_gen.py; no WAF rule,
exclusion, ruleset, corpus or other generator's texts were read, and the texts were not changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, multipart_form, form_request, token_request, verify_request, get_request, cross_site_arrival,
signed_in, ga_cookie, cookie_header, me_exit_form, oidc_params, link_preview, link_visit) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

NAME = "evaluation_twentyfourth"
SEED = 24_0611_2024
EPOCH = 1718118000  # 2024-06-11 08:00 PDT, a Tuesday (council met the evening before)
ENTERPRISE = "E0PORTALDR"
TEAMS = [("T0PADST001", "pa-digital"), ("T0PA311CTR", "pa-311"), ("T0PAPWORKS", "pa-publicworks"),
         ("T0PACLERK1", "pa-clerk")]
APP_ID, BOT_USER = "A06JEEVESPA", "U06JEEVES0"
HOST = "edge.portalder.gov"
BASE = f"https://{HOST}"
SLACK_TOKEN = "pA7rQx2LmV9cKd4hNw8sTb1e"  # Slack's deprecated verification token: a placeholder, not a secret

FIRST = ["Siobhán", "Marcus", "Lan", "Minh", "Mary-Kate", "Abdirahman", "Fartun", "Tigist", "Ji-hoon", "Mei-Ling",
         "José Luis", "Aaliyah", "Ngozi", "Dmytro", "Olena", "Gurpreet", "Rosalind", "Kalani", "Liam", "Zeynep",
         "Rafael", "Paj Ntaub", "Jean-Baptiste", "Tomás", "Anh", "Beatriz", "DeShawn", "Hoa", "Yohannes", "Inés",
         "Kwame", "Priyanka", "Carmen", "Bao", "Hamza", "Emily", "Chris", "Dana", "Pat", "Lupe", "Tuyết", "Sun-hee",
         "Amina", "Graham", "Noor", "Chayton", "Moana", "Xochitl", "Bogdan", "Ayaan"]
LAST = ["O'Connor", "D'Angelo", "Nguyễn", "Trần-Phạm", "Olsen-Reyes", "Hassan", "Warsame", "Bekele", "Park",
        "Chou", "Ramírez-Ortiz", "Johnson", "Okonkwo-Adeyemi", "Kovalenko", "Shevchuk", "Sandhu", "Two Bulls",
        "Kealoha", "McAllister", "Yıldız", "O'Neil-Santos", "Vang", "Pierre-Louis", "Ó Briain", "D'Souza",
        "Gonçalves", "Washington", "Lê", "Tesfaye", "de la Cruz", "Mensah", "Iyer", "Villaseñor", "Huỳnh", "Qureshi",
        "St. Clair", "MacLeod", "Al-Hassan", "Fa'amausili", "van Wyk", "Smith", "Kim", "Lopez", "Wong"]

STREETS = ["Harbor Blvd", "Alder St", "Kettle St", "Rainier Ave S", "Beacon Ave S", "Martin Luther King Jr Way S",
           "Cedar Hollow Rd", "Pier Rd", "Cannery Row", "Old Mill Ln", "Lakeview Dr", "Fauntleroy Way SW",
           "Chief Sealth Trail", "Queen Anne Ave N", "Wallingford Ave N", "César Chávez Blvd", "4th Ave",
           "14th Ave S", "SE 39th Ave", "NE 65th St", "Ravenna Blvd", "Delridge Way SW", "O'Farrell St",
           "St. Helens Ave", "Bay View Terrace", "Ferry Landing Rd", "Orchard St", "Jackson St", "Main St",
           "Ellis Ave", "Lighthouse Point Rd", "Sandpiper Ct", "Tideflats Access Rd"]
UNITS = ["#3B", "Apt. 4-C", "Unit 207", "Ste 1100", "Apt #12", "# 5", "Bldg 7 Rm 112", "Fl 2", "Space 14",
         "Lot 22", "Apt 3½", "#B-12", "Unit A", "Rear", "(basement unit)", "PH 2", "Trlr 9"]
ODD_ADDRESSES = [
    "corner of Alder St & 14th Ave S", "Harbor Blvd between 3rd & 4th Ave", "1420½ Alder St",
    "1/2 block north of Rainier Ave S & S Graham St", "alley behind 2215 SE 39th Ave (off the east side)",
    "Pier 62 (the north apron)", "under the I-5 overpass at Jackson St", "City Hall, 600 4th Ave, Floor 2",
    "PO Box 1187, Port Alder, WA 98104", "Lakeview Park, near the picnic shelter #3", "NE corner of Main & Ellis",
    "Beacon Hill Library, 2821 Beacon Ave S", "Tideflats Access Rd milepost 2.4", "the bus stop at 4th & Jackson",
    "Calle 8 #45-12, Barrio El Prado (dirección de mi mamá)", "Chief Sealth Trail near the S Myrtle St crossing",
    "47.6062, -122.3321", "47°36'22\"N 122°19'56\"W", "Cedar Hollow Rd & Old Mill Ln (4-way stop)"]
CITIES = ["Port Alder, WA 98104", "Port Alder, WA 98118", "Port Alder WA 98144", "Port Alder, WA 98108-2211",
          "Port Alder", "PA 98122", ""]
PLACES = ["Port Alder", "Port Alder, WA", "City Hall", "Pier 62", "Lakeview Park", "Alder Point Lighthouse",
          "Beacon Hill", "Rainier Beach", "Georgetown", "Delridge", "the tideflats", "Cedar Hollow",
          "Olympia, WA", "Tacoma", "Spokane", "Portland, OR", "Sacramento", "Washington, D.C.", "Honolulu",
          "Mogadishu", "Addis Ababa", "Hà Nội", "Thành phố Hồ Chí Minh", "Manila", "Seoul", "서울", "台北",
          "Guadalajara", "Oaxaca de Juárez", "Port-au-Prince", "Kyiv", "Київ", "Amritsar", "ਅੰਮ੍ਰਿਤਸਰ",
          "São Paulo", "Coeur d'Alene", "Sedro-Woolley", "Winston-Salem", "St. John's, NL"]
TIMEZONES = ["America/Los_Angeles", "America/Los_Angeles", "America/Los_Angeles", "America/Vancouver",
             "America/Denver", "America/Chicago", "America/New_York", "Pacific/Honolulu", "America/Anchorage",
             "Africa/Mogadishu", "Africa/Addis_Ababa", "Asia/Ho_Chi_Minh", "Asia/Manila", "Asia/Seoul",
             "America/Mexico_City", "Europe/Kyiv", "Asia/Kolkata", "America/Port-au-Prince", "UTC"]
CHANNELS = [("C01DSTGEN0", "dst-general"), ("C02TRIAGE0", "311-triage"), ("C03PERMITS", "permits-help"),
            ("C04GIS0000", "gis"), ("C05OPENDAT", "open-data"), ("C06COUNCIL", "council-minutes"),
            ("C07A11Y000", "a11y"), ("C08TRANSLT", "translations"), ("C09SNOWOPS", "snow-ops"),
            ("C10INCIDNT", "incidents"), ("C11DEPLOYS", "deploys"), ("C12RANDOM0", "random"),
            ("C13POTHOLE", "pothole-patrol"), ("C14CODEENF", "code-enforcement"), ("C15ELECT24", "elections-2024"),
            ("C16RECORDS", "records-requests")]
LINKS = [
    "https://data.portalder.gov/resource/y7cr-s3h9.json?$limit=5000&$order=created_date%20DESC",
    "https://data.portalder.gov/Public-Works/311-Service-Requests/y7cr-s3h9/explore/query/SELECT%20*",
    "https://gis.portalder.gov:6443/arcgis/rest/services/Cadastral/Parcels/MapServer/0/query?where=1%3D1"
    "&outFields=*&returnGeometry=false&f=json",
    "https://gis.portalder.gov/portal/apps/webappviewer/index.html?id=4f1c2e9a0b&find=2215%20SE%2039th%20Ave",
    "https://portalder.legistar.com/LegislationDetail.aspx?ID=6612345&GUID=8A1B2C3D-0F9E&Options=ID|Text|&Search=",
    "https://library.municode.com/wa/port_alder/codes/municipal_code?nodeId=TIT23LAUSCO_CH23.47A",
    "http://localhost:3000/requests/new?lang=so&category=pothole",
    "https://staging.pa311.portalder.gov:8443/admin/cases/SR-2024-0148213?tab=history",
    "https://www.ada.gov/resources/title-ii-rule/", "https://www.w3.org/WAI/WCAG21/quickref/#contrast-minimum",
    "https://forms.office.com/g/ab12CdE3fG", "https://github.com/portalder/pa311-web/pull/812",
    "https://github.com/portalder/open-data-etl/issues/57", "https://portalder.atlassian.net/browse/DST-1432",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MjQ5ZTk4%40thread.v2/0?context=%7b%22Tid%22%3a%2201%22%7d",
    "https://www.portalder.gov/council/agendas/2024-06-10-full-council.pdf#page=14",
    "https://docs.google.com/spreadsheets/d/1xYzAbC/edit#gid=0&range=A1:F40",
    "https://dev.socrata.com/docs/queries/where.html", "https://www.open311.org/learn/",
    "https://status.portalder.gov/incidents/q4rz1", "https://en.wikipedia.org/wiki/Brown_Act",
    "https://www.youtube.com/watch?v=Pa1cC0uNc1l&t=6137s",
]
EMOJI = [":white_check_mark:", ":eyes:", ":pray:", ":tada:", ":+1:", ":snowflake:", ":construction:",
         ":rotating_light:", ":warning:", ":thank-you:", ":coffee:", ":wheelchair:", ":world_map:",
         ":bus:", ":ballot_box_with_ballot:", "🙏", "👀", "✅", "🚧", "🌧️", "❄️", "🗳️", "♿", "😅", "🎉",
         "🕳️", "💡", "🌳"]

# Residents' service requests, as staff paste them from the 311 app, e-mail and the phone line (and as residents
# type them into the report modal). @@A@@ an address, @@SR@@ a case number, @@PH@@ a phone number, @@D@@ a date,
# @@APN@@ a parcel id, @@PRR@@ a records request, @@P@@ a permit number, @@N@@ a small number.
RESIDENT = [
    "Pothole in the eastbound lane at @@A@@, about 2 ft wide and 6\" deep. Two cars have blown tires this week "
    "(mine included!). Photo attached. Please call me at @@PH@@ — I work nights so after 2pm is best.",
    "Streetlight #PL-44817 out on the @@A@@ for 3+ weeks. It's really dark by the bus stop (Route 7).\n"
    "Previously reported as @@SR@@ but it was closed as \"resolved\" and it's STILL out.",
    "Hola, quiero reportar un bache muy grande en la @@A@@, enfrente de la panadería \"La Guadalupana\". "
    "Ya van 2 semanas y nadie ha venido. Mi número es @@PH@@. ¡Gracias!",
    "Xin chào, đèn đường trước nhà tôi ở @@A@@ bị hỏng từ ngày @@D@@. Buổi tối rất tối, trẻ em đi học về "
    "không an toàn. Xin vui lòng sửa giúp. Cảm ơn!",
    "您好，我住在 @@A@@。门口的人行道裂了（大约 3 米长），老人和推婴儿车的人很容易绊倒。请尽快派人来看看。谢谢！",
    "您好，@@A@@ 附近的排水溝堵住了，每次下雨路口都積水（約 15 公分深）。案件編號 @@SR@@。",
    "안녕하세요. @@A@@ 앞에 불법 투기된 매트리스와 소파가 일주일째 있습니다. 수거 부탁드립니다. 연락처: @@PH@@",
    "Magandang araw po! May baradong storm drain sa kanto ng @@A@@. Bumabaha tuwing umuulan at hindi "
    "makadaan ang mga bata papuntang eskwela. Salamat po.",
    "Salaan, waxaan rabaa inaan soo sheego in qashinka aan la qaadin toddobaadkan (@@A@@). Fadlan ii soo "
    "wac @@PH@@. Mahadsanid.",
    "ሰላም፣ በ@@A@@ ያለው የመንገድ መብራት ከ@@D@@ ጀምሮ አይሰራም። እባካችሁ አስተካክሉ። ስልክ፦ @@PH@@",
    "Здравствуйте! Во дворе дома @@A@@ уже месяц стоит брошенный автомобиль (белая Honda Civic, номер "
    "ABC-1234, без колеса). Заявка @@SR@@.",
    "Добрий день! Прошу перевірити дерево біля @@A@@ — після бурі одна гілка (≈20 см) висить над тротуаром.",
    "مرحباً، هناك تسرب مياه في الشارع أمام @@A@@ منذ يومين. الماء نظيف لكنه كثير. الرجاء الإرسال بسرعة. "
    "رقم الهاتف: @@PH@@",
    "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, @@A@@ ਦੇ ਸਾਹਮਣੇ ਫੁੱਟਪਾਥ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ। ਮੇਰੀ ਮਾਂ ਵ੍ਹੀਲਚੇਅਰ ਵਰਤਦੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਠੀਕ ਕਰੋ।",
    "Bonjou, gen yon gwo twou nan lari a devan @@A@@. Machin yo ap kraze. Mèsi anpil! Telefòn: @@PH@@",
    "Nyob zoo, lub teeb ntawm txoj kev @@A@@ tsis ci lawm txij li @@D@@. Thov pab kho. Ua tsaug.",
    "Bonjour, il y a des graffitis sur le mur de l'école au @@A@@ (côté rue). Merci de les effacer avant la "
    "rentrée !",
    "Olá! A calçada em frente ao @@A@@ está levantada pelas raízes da árvore. Já caí uma vez. Obrigada.",
    "Construction noise starting at 5:45am at @@A@@ (the new 6-story mixed-use).\nPAMC § 25.08.425(A)(1) says "
    "construction noise is only allowed 7am–7pm weekdays, 9am–7pm weekends. This is the 4th time "
    "(see @@SR@@, @@SR@@). Please enforce!!",
    "The curb ramp at the NE corner of @@A@@ has a 2\" lip and no detectable warning surface (truncated domes). "
    "I use a power wheelchair and have to go into the street. This is an ADA issue (28 C.F.R. § 35.151(i)). "
    "Can someone from the ADA team look? Thank you.",
    "I'm blind and use JAWS 2024 with Chrome. On the permit portal the \"Upload documents\" button has no "
    "accessible name (reads as \"button\"), and the date picker traps focus. Can you fix it or give me another "
    "way to submit? Phone/TTY: 711 then @@PH@@.",
    "Big-leaf maple in the planting strip at @@A@@ is dropping limbs (one ~8\" diameter fell on @@D@@).\n"
    "Arborist report attached (ISA cert PN-1234A). Requesting a Street Tree Permit for removal + replacement, "
    "parcel @@APN@@.",
    "Graffiti on the retaining wall along @@A@@, approx 20' x 6'. Some of it is hate speech (a swastika) — "
    "please prioritize per the 24-hr policy.",
    "Car parked in front of my driveway at @@A@@ for 72+ hrs — grey Toyota Sienna, WA plate BZK4471, "
    "expired tabs (03/24). I can't get my car out for dialysis on Tue/Thu/Sat.",
    "Per RCW 42.56, I'm requesting all emails between 01/01/2024 and 05/31/2024 that contain the terms "
    "\"Harbor Point\" OR \"HP rezone\" sent to or from Councilmember O'Hara's office. Electronic copies "
    "(PDF or native .msg) are fine. Ref: @@PRR@@.",
    "My water bill jumped from $84.12 to $412.67 (acct #7701-22918-004) — no leak that I can find.\n"
    "Meter #: 19-448-221. Can someone re-read it? I'm at @@A@@.",
    "Hi — the crosswalk signal at @@A@@ gives only ~7 seconds to cross 4 lanes. My dad (82, walker) can't make "
    "it. MUTCD 4E.06 says 3.5 ft/s walking speed; this feels way faster. Could traffic engineering re-time it?",
    "Needles (6-8) and a sharps container tipped over in the playground at @@A@@, by the swings. Kids are "
    "there every afternoon. Please send someone today if possible.",
    "Homeless encampment outreach request: 3 tents on the @@A@@, one person seemed very sick (coughing, "
    "no coat, it's 38°F). Not asking for a sweep — asking for outreach/medical. Thanks.",
    "Dead raccoon in the bike lane @@A@@. Northbound side. Been there since Sunday 😷",
    "Water main break?? Water bubbling up through the asphalt at @@A@@, flowing down the hill toward the "
    "school. Started ~6:30am @@D@@.",
    "Request: ASL interpreter + CART captioning for the @@D@@ public hearing on the Harbor Point rezone "
    "(CB 120771). I'm Deaf; email is best: lupe.villasenor@example.org. Thank you!",
    "Speeding on @@A@@ is out of control. We measured 40+ mph in a 20 zone with a radar gun (avg of 31 cars, "
    "4–5pm). Requesting speed humps under the Neighborhood Traffic Calming program. 14 neighbors signed, "
    "petition attached (PDF, 2 pages).",
    "Illegal dumping — about 15 bags of construction debris (drywall, tile) + a toilet at @@A@@. There's a "
    "camera on the corner store, owner said he'd share the footage.",
    "Sidewalk café permit question: we're a small pupusería at @@A@@, want 4 tables (8 seats) on the "
    "sidewalk. Do we need a Right-of-Way Use permit AND a Sidewalk Café permit, or just one? ¿Hay info en "
    "español?",
    "Block party permit: @@D@@, 2pm–9pm, close @@A@@ between Orchard St & Jackson St. We'll have a bouncy "
    "house, a grill (propane) and ~60 people. Barricades pick-up at the Charles St yard?",
    "Re: @@SR@@ — the crew came and filled the pothole (thank you!!) but they left the cones and a pile of "
    "cold patch on the curb at @@A@@.",
    "Our ADU permit (@@P@@) has been in \"Intake – Pending\" for 41 days. The portal says 10 business days. "
    "Who can I talk to? Owner: @@NAME@@, parcel @@APN@@.",
    "Tengo una pregunta sobre la multa de estacionamiento #PA-0048812 ($47.00). La señal en @@A@@ estaba "
    "cubierta por un árbol. Adjunto 3 fotos. ¿Cómo puedo disputarla?",
    "Sound wall on the freeway side of @@A@@ has a 3'x3' hole — kids climb through onto the shoulder. "
    "State or City? (WSDOT said to call you.)",
    "Bus shelter glass shattered at @@A@@ (stop #2741). Glass all over the bench & sidewalk.",
    "The \"Report a problem\" form keeps saying \"Address not found\" for @@A@@. I tried with and without the "
    "unit #. Screenshot: error code ADDR-422.",
    "Overgrown vegetation blocking the sidewalk at @@A@@ — blackberries ~4 ft into the walkway. I have to "
    "walk my stroller in the street. PAMC 15.72.010 says owners must keep 8 ft vertical clearance.",
    "Thank you to the crew that cleared the storm drains on @@A@@ before the atmospheric river 🙏 — no flooding "
    "this time for the first time in 5 years!!",
    "Missed recycling pickup (blue cart) at @@A@@ on @@D@@. Cart was out by 6:30am, photo with timestamp "
    "attached. Account #: 55-018-2217-01.",
]

# What staff write, in channels and DMs: long, with markdown, citations and the team's tooling.
STAFF = [
    "Council minutes draft for 6/10 is up: @@L@@\n> Item 4: CB 120771 — AN ORDINANCE relating to land use and "
    "zoning; amending Section 23.47A.004 of the Port Alder Municipal Code... PASSED 7-1 (Councilmember "
    "D'Amico opposed), 1 excused.\nCan someone double-check the vote count against the video (01:42:17)?",
    "Reminder: per the Brown Act, Gov. Code § 54954.2(a)(1), the agenda has to be posted *72 hrs* before — "
    "so by *Fri 5pm* for Monday's meeting. Special meetings: 24 hrs (§ 54956).",
    "Quoting the ordinance for the FAQ: \"No person shall place or maintain any sign in the public "
    "right-of-way without a permit (§ 15.48.020(a)(1)(ii)), except as provided in subsection (b).\"\n"
    "Is \"(ii)\" right, or is it \"(B)\"? Legal says the codifier changed the style in 2022.",
    "New parcel layer is live: @@L@@\nPIN format changed from `1234-567-890` to `1234567890` (no dashes). "
    "Update your joins! Old layer stays read-only until 7/31.",
    "Permit @@P@@ (ADU at @@A@@) — plan review comments:\n1) provide egress window dims per IRC R310.2.1 "
    "(min 5.7 sq ft net clear opening)\n2) show the 5' side setback per § 23.44.014(C)(2)(a)\n3) energy code "
    "form (WSEC R406) missing",
    "@@SR@@ → Code Enforcement: Notice of Violation issued, 30 days to cure. Owner is an LLC (registered agent "
    "in Delaware) and hasn't responded; next step per § 22.206.220 is a civil penalty of $150/day up to $5,000.",
    "a11y audit of the new permit portal (WCAG 2.1 AA):\n• 1.4.3 contrast fails on the grey helper text "
    "(#9a9a9a on white = 2.8:1)\n• 2.4.7 focus not visible on the \"Next\" button\n• 3.3.1 errors aren't "
    "announced (need `aria-live=\"polite\"`)\n• 1.1.1 map has no text alternative\nFull list: @@L@@",
    "Vietnamese translation of the snow-route notice is back from the vendor: \"Tuyến đường ưu tiên dọn "
    "tuyết\" — @@M@@ can you proofread before we publish? Somali + Amharic due Thu.",
    "Snow plan activated :snowflake: — Tier 1 routes first (gold), then Tier 2 (green). Crews on 12-hr shifts "
    "0600–1800 / 1800–0600. Brine at 23.3% NaCl, pre-treat the hills (Queen Anne, Beacon, Delridge) first.",
    "Ballot drop box at the Beacon Hill library (2821 Beacon Ave S) is full, county says pickup at 4:30pm. "
    "Please don't tell voters to go to another box — they can wait or we open the overflow bin (key in "
    "the clerk's safe, envelope #3).",
    "Status page says the 311 CRM is degraded; case creation via Open311 returns 503:\n"
    "`POST https://api.portalder.gov:8443/open311/v2/requests.json` failing since 09:12 PDT. Phones are "
    "logging on paper forms (form 311-B) meanwhile.",
    "deployed pa311-web v3.18.2 to prod :white_check_mark:\n- fixed address autocomplete for units like "
    "\"#3B\" and \"Apt. 4-C\"\n- Somali & Amharic translations\n- `?lang=` survives the login redirect now",
    "Can we add a `$where` example to the portal docs? People keep asking how to filter by date:\n"
    "`?$where=created_date between '2024-06-01T00:00:00' and '2024-06-30T23:59:59'`",
    "Socrata query the dashboard uses:\n```\n$select=date_trunc_ym(created_date) AS month, count(*) AS n\n"
    "$where=service_type='Pothole' AND created_date >= '2024-01-01'\n$group=month\n$order=month\n```",
    "Records request @@PRR@@ (Harbor Point emails): 1,284 hits after dedup. Exemptions to review: RCW "
    "42.56.290 (attorney-client), 42.56.230(1) (personal info of minors). First installment due @@D@@.",
    "FYI the Legistar export mangles §: \"Â§ 23.47A.004\" in the CSV. It's UTF-8 read as Windows-1252. "
    "Open it with `encoding='utf-8-sig'` and it's fine.",
    "Public comment sign-up for Monday closes at 12:00 noon. 47 signed up so far (12 remote). Two-minute "
    "limit per speaker per Council Rule 4(c)(2); the Chair may shorten it to 1 min if > 40 speakers.",
    "Draft language for the text alert (160 chars!):\n\"City of Port Alder: Snow emergency. Move cars off "
    "gold routes by 10pm. Info: portalder.gov/snow or call 311. Reply STOP to end\"",
    "Pothole backlog by ward (as of this morning):\n| ward | open | > 30 days |\n|---|---|---|\n"
    "| 1 | 112 | 9 |\n| 2 | 87 | 4 |\n| 3 | 203 | 31 |\n| 4 | 66 | 2 |\nWard 3 is the Rainier corridor again.",
    "From the ADA coordinator: the transition plan update needs every curb ramp survey row to have `ramp_id`, "
    "`corner` (NE/NW/SE/SW), `slope_pct`, `has_domes` (Y/N). 28 C.F.R. § 35.150(d)(2) — due to DOJ by Q4.",
    "Meeting notes — Open Data Advisory Group (6/10)\n1. New datasets: Street Trees (34k rows), Sidewalk "
    "Condition\n2. PII review: drop `caller_phone` from 311 export (see policy § 4.2(b))\n3. Next: @@D@@",
    "@@M@@ the GeoJSON for the new council districts is off by one vertex near the ship canal:\n"
    "```json\n{\"type\": \"Feature\", \"properties\": {\"district\": 3}, \"geometry\": {\"type\": \"Polygon\", "
    "\"coordinates\": [[[-122.3321, 47.6062], [-122.3301, 47.6090], [-122.3280, 47.6071], [-122.3321, "
    "47.6062]]]}}\n```",
    "Translation QA checklist:\n- [x] Spanish\n- [x] Vietnamese\n- [ ] Chinese (Traditional) — \"臨時停車禁令\" "
    "or \"暫時禁止停車\"?\n- [ ] Somali\n- [ ] Tagalog",
    "Quick legal check for the FAQ: \"A person who violates subsection 11.72.070(a) commits a traffic "
    "infraction\" — does (a) include (a)(1)(i)-(iii) or just the lead-in? @@M@@",
    "Hearing Examiner decision on the Harbor Point appeal (MUP-24-0031): *affirmed with conditions* "
    "(Condition 7(b): construction hours 8am–5pm Sat). Appeal period 21 days → superior court (LUPA, RCW 36.70C).",
    "Weekend crew roster for the Lakeview Park cleanup :deciduous_tree: Sat 9–1: Tomás Ó Briain, "
    "Ngozi Okonkwo-Adeyemi, Rafael O'Neil-Santos, Paj Ntaub Vang. Gloves & grabbers at the Charles St yard.",
]

# Ordinary chat: short, typo'd, the city's jargon.
CHAT = [
    "morning! :coffee:", "who's on 311 triage this afternoon?", "thx @@M@@!", "on it", "+1", "lgtm", "ack",
    "OOO tmrw (jury duty 😬)", "the 6th floor printer is jammed again", "anyone have the Legistar login?",
    "is the council livestream working for you? mine's stuck buffering", "ty ty", "np", "will do",
    "can someone check @@SR@@? caller says it was closed without a visit", "looking now",
    "PR for the Somali strings: @@L@@", "merged :tada:", "who owns the `sr-nightly-export` job?",
    "snow crews are rolling :snowflake:", "drop boxes: all green except Beacon Hill", "back in 10",
    "lunch at the food trucks on 4th? 🌮", "it's pouring at the Charles St yard 🌧️ crews holding",
    "does anyone know if the permit counter is open on Juneteenth?", "wifi on the 3rd floor is down again",
    "@@M@@ can you give me edit access to the ArcGIS Online group?", "i'll take the Vietnamese calls",
    "sorry wrong channel", "bump ^", "any update on @@SR@@?", "call volume is wild today, 140 in queue",
    "reminder: all-staff town hall at 2pm in the Bertha Knight Landes room", "🙏🙏",
    "Gracias @@M@@ por la traducción!", "Cảm ơn chị nhé!", "감사합니다!", "Mahadsanid!", "አመሰግናለሁ!",
    "Спасибо большое!", "Дякую!", "شكراً", "ਧੰਨਵਾਦ", "Mèsi!", "Ua tsaug!", "Salamat po!", "谢谢！",
    "the data portal is slow again, 504s on the 311 dataset", "restarted the ETL, should catch up by 10",
    "tiny thing: the footer still says © 2023", "approved ✅", "rejecting @@P@@ — missing site plan",
    "how do i cite the code section in the notice — § 23.44.014(C)(2)(a) or 23.44.014.C.2.a?",
    "GIS says parcel @@APN@@ is split, new PINs next week", "who has the key to the council chamber AV closet?",
    "Tues 6/18: no council meeting (holiday week)", "heads up: SSO maintenance Sat 22:00–23:30",
    "FYI elections warehouse needs 4 volunteers Sat 8am", "is @@A@@ in ward 3 or 4?",
    "the PDF of the agenda isn't tagged (screen readers read it as one blob) :wheelchair:",
    "the new 311 dashboard is 🔥 thanks @@M@@", "ugh, the CSV export cut off at 50,000 rows again",
    "pinging @@M@@ re: the ramp survey", "can we rename #pothole-patrol to #streets? asking for a friend 😅",
    "the pupusería on Alder got their sidewalk café permit 🎉", "meeting moved to Rm 4060",
    "pls review by EOD: @@L@@", "I'm covering the front counter 12–1", "tabled until 7/1",
]

# Technical text the team types: SoQL, SQL, ArcGIS, Python and R one-liners, logs, CSV, cron.
TECH = [
    "```sql\nSELECT ward, status, COUNT(*) AS n\nFROM sr_requests\nWHERE created_at >= DATE '2024-05-01'\n"
    "  AND service_code IN ('POTHOLE', 'STLIGHT')\nGROUP BY ward, status\nORDER BY ward;\n```",
    "```python\nimport pandas as pd\ndf = pd.read_csv('https://data.portalder.gov/resource/y7cr-s3h9.csv?"
    "$limit=50000')\ndf.groupby('ward')['case_number'].count().sort_values(ascending=False).head(10)\n```",
    "`library(RSocrata); df <- read.socrata(\"https://data.portalder.gov/resource/y7cr-s3h9.json?$where=ward=3\")`",
    "ArcGIS query for the ward 3 parcels: `where=WARD=3 AND ZONING LIKE 'RSL%'&outFields=PIN,SITUS_ADDR,ZONING"
    "&returnGeometry=false&f=json`",
    "```\n2024-06-11T08:14:02-07:00 WARN  open311 POST /requests.json service_code=POTHOLE status=503 "
    "retry_in=30s\n2024-06-11T08:14:32-07:00 INFO  open311 POST /requests.json service_code=POTHOLE status=201 "
    "service_request_id=SR-2024-0148213\n```",
    "```\ncase_number,service_type,status,address,ward,created_date\nSR-2024-0148213,Pothole,Open,\"1420 N Harbor "
    "Blvd #3B\",3,2024-06-10T16:02:11\nSR-2024-0148214,Graffiti,Closed,\"corner of Alder St & 14th Ave S\",2,"
    "2024-06-10T16:05:40\n```",
    "```\ncrontab -l\n15 2 * * * /opt/etl/bin/sr_export --dataset y7cr-s3h9 --since yesterday >> "
    "/var/log/etl/sr_export.log 2>&1\n```",
    "regex for case numbers in the CRM notes: `\\b(SR|CE|BLD)-?\\d{2,4}-\\d{4,7}\\b` (works in Python & JS)",
    "```\n$ ogr2ogr -f GeoJSON districts.geojson council_districts.shp -t_srs EPSG:4326 -lco RFC7946=YES\n```",
    "```\nUPDATE sr_requests SET status = 'Closed', closed_reason = 'Duplicate of SR-2024-0148213'\n"
    "WHERE case_number = 'SR-2024-0148299';  -- 1 row, checked in staging first\n```",
    "```js\nconst url = new URL('/resource/y7cr-s3h9.json', 'https://data.portalder.gov');\n"
    "url.searchParams.set('$where', \"status = 'Open' AND ward = 3\");\n"
    "const rows = await (await fetch(url)).json();\n```",
    "```\nERROR: invalid input syntax for type date: \"06/31/2024\"\nCONTEXT: COPY permits, line 1187, column "
    "issued_date\n```",
    "PowerShell for the clerk's share: `Get-ChildItem \\\\clerk-fs01\\Minutes\\2024 -Filter *.pdf | Where-Object "
    "{ $_.Length -gt 10MB } | Select-Object Name, Length`",
    "```\nPS> Invoke-RestMethod -Uri 'https://data.portalder.gov/resource/y7cr-s3h9.json?$top=5' -Headers "
    "@{ 'X-App-Token' = $env:SOCRATA_TOKEN }\n```",
    "```\nTraceback (most recent call last):\n  File \"etl/geocode.py\", line 77, in normalize\n    unit = "
    "UNIT_RE.match(addr).group(2)\nAttributeError: 'NoneType' object has no attribute 'group'\n```\n"
    "fails on \"1420½ Alder St\" 🙃",
    "```\nhttps://gis.portalder.gov/arcgis/rest/services/Transportation/CurbRamps/FeatureServer/0/query?"
    "where=HAS_DOMES%3D%27N%27&outFields=RAMP_ID,CORNER,SLOPE_PCT&f=geojson\n```",
]

# `/jeeves ...` and mentions: what the bot does (the weather at a work site, alerts for the crews).
COMMANDS = [
    "weather", "weather @@PL@@", "weather at @@A@@", "weather @@A@@ tomorrow", "wether @@PL@@",
    "remember location @@A@@", "remember location @@PL@@", "remember location City Hall, 600 4th Ave",
    "my location", "forget location", "help", "config", "config timezone @@TZ@@", "config alert_time @@T@@",
    "config units imperial", "config units metric", "alerts on", "alerts off", "login", "forget me",
    "weather Lakeview Park (for Saturday's cleanup)", "is it going to freeze tonight at the Charles St yard?",
    "weather 47.6062,-122.3321", "weather Pier 62 — wind?", "config alert_time 05:30", "hi", "thanks 🙏",
    "weather in @@PL@@ pls", "Weather @@PL@@", "remember location 2215 SE 39th Ave Unit 207, Port Alder, WA 98214",
    "weather for the Beacon Hill drop box (2821 Beacon Ave S)", "alerts on — snow crews need the 5am one",
    "clima en @@PL@@", "thời tiết @@PL@@", "날씨 @@PL@@", "погода @@PL@@",
]
SEARCHES = ["o'connor", "O'Connor", "d'angelo", "nguyễn", "nguyen", "tran-pham", "Ramírez-Ortiz", "ramirez",
            "@portalder.gov", "@example.org", "two bulls", "St. Clair", "Al-Hassan", "fa'amausili", "van wyk",
            "Okonkwo-Adeyemi", "paj ntaub", "U06", "T0PA311CTR", "jean-baptiste", "Ó Briain", "o briain",
            "mary-kate", "Mei-Ling Chou", "huỳnh", "villaseñor", "de la cruz", "311", "contractor", "intern"]
CLIENT_DESCRIPTIONS = [
    "Open data portal sync (Socrata → Jeeves usage), owner: DST data team; runs 02:15 PT nightly",
    "Power BI dashboard \"311 Ops (Ward 1–7)\", read-only; contact: @Mei-Ling Chou, x4471",
    "GitHub Actions: pa311-web smoke tests (staging.pa311.portalder.gov:8443)",
    "Clerk's office: agenda reminders for Council Rule 4(c)(2) speaker lists",
    "ArcGIS Online notebook — curb ramp survey (ADA transition plan, 28 C.F.R. § 35.150(d))",
    "Snow ops: crew alert times (Tier 1/Tier 2 routes), owner Public Works – Streets",
    "Elections warehouse kiosk (drop-box status), temporary until 11/30/2024",
    "Grafana JSON datasource, read-only. Do NOT give write.", "",
    "Tableau extract refresh — \"Permits issued by type & ward\" (Tue/Fri 06:00)",
    "Translation vendor QA bot (es, vi, zh-Hant, ko, tl, so, am, ru, uk, ar, pa, ht, hmn)",
]


class CityDay(WebApp):
    """The city's people, its places and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAMS[0][0], APP_ID, BOT_USER, SLACK_TOKEN, BASE
    ts_window, iat_window, event_window = (0, 11 * 3600), (0, 40000), (0, 40000)
    kid_last, context_bytes, enterprise, enterprise_id_after = True, 30, ENTERPRISE, "team_id"
    oauth_scopes = ("read", "read write")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(240):
            first, last = self.pick(FIRST), self.pick(LAST)
            flat = (first + "." + last).lower().replace(" ", "").replace("'", "")
            ascii_handle = flat.encode("ascii", "ignore").decode() or f"user{i}"
            self.people.append({
                "id": self.sid("U0", 9), "name": f"{first} {last}", "handle": ascii_handle,
                "email": f"{ascii_handle}@portalder.gov", "tz": self.pick(TIMEZONES), "team": self.pick(TEAMS)[0]})

    # ---- small random pieces -------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([4, 5, 5, 6, 6, 6, 7, 7, 8, 9, 12, 17, 21]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def address(self) -> str:
        if self.chance(0.2):
            return str(self.pick(ODD_ADDRESSES))
        number = self.pick([str(self.rng.randint(100, 9999)), str(self.rng.randint(10, 999)),
                            f"{self.rng.randint(1000, 29999)}"])
        street = self.pick(STREETS)
        directional = street.split()[0] in ("N", "S", "NE", "SE", "SW") or street.split()[-1] in ("N", "S", "SW")
        direction = "" if directional else self.pick(["", "", "", "N ", "S ", "NE ", "SW "])
        out = f"{number} {direction}{street}"
        if self.chance(0.45):
            out += self.pick([" ", ", "]) + self.pick(UNITS)
        city = self.pick(CITIES)
        return f"{out}, {city}" if city and self.chance(0.4) else out

    def case_number(self) -> str:
        n = self.rng.randint(1000, 999999)
        return str(self.pick([f"SR-2024-{n:07d}", f"311-24-{n:08d}", f"CE24-{n % 100000:05d}", f"SR{n:07d}",
                              f"#{n}", f"case {n:07d}"]))

    def phone(self) -> str:
        a, b = self.rng.randint(1000, 9999), self.rng.randint(0, 99)
        return str(self.pick([f"(555) 010-{a}", f"555-010-{a} ext. {b}", f"+1 (555) 010-{a}", f"555.010.{a}",
                              f"+52 55 5010 {a}", f"+84 90 501 {a % 1000:03d}", f"+252 61 501 {a % 1000:03d}",
                              f"555 010 {a}", "711 (TTY)"]))

    def date(self) -> str:
        d = self.rng.randint(1, 28)
        return str(self.pick([f"06/{d:02d}/2024", f"6/{d}/24", f"2024-06-{d:02d}", f"June {d}th", f"{d}.06.2024",
                              f"{d} juin 2024", f"2024年6月{d}日", f"Tue 6/{d} @ 7:30 PM", f"{d} tháng 6",
                              f"Jun. {d}, 2024"]))

    def parcel(self) -> str:
        return str(self.pick([f"{self.rng.randint(10**9, 10**10 - 1)}",
                              f"APN {self.rng.randint(100, 999)}-{self.rng.randint(100, 999)}-"
                              f"{self.rng.randint(10, 99)}",
                              f"{self.rng.randint(1000, 9999)}-{self.rng.randint(100, 999)}-"
                              f"{self.rng.randint(100, 999)}",
                              f"PIN {self.rng.randint(10**9, 10**10 - 1)}",
                              f"TaxLot 1N1E34CD {self.rng.randint(100, 999) * 100:05d}"]))

    def permit(self) -> str:
        n = self.rng.randint(100, 99999)
        return str(self.pick([f"BLD2024-{n:05d}", f"ROW-24-{n % 10000:04d}", f"ELEC-R-24-{n:05d}",
                              f"#{n:06d}-CN", f"MUP-24-{n % 10000:04d}", f"TREE-24-{n % 1000:03d}"]))

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, links and mentions in Slack's own <...> markup."""
        out = slack_escape(text) if slack else text
        simple: dict[str, Callable[[], str]] = {
            "@@A@@": self.address, "@@SR@@": self.case_number, "@@PH@@": self.phone, "@@D@@": self.date,
            "@@APN@@": self.parcel, "@@P@@": self.permit, "@@T@@": self.alert_time,
            "@@PRR@@": lambda: f"PRR-24-{self.rng.randint(1, 2999):04d}",
            "@@TZ@@": lambda: str(self.pick(TIMEZONES)), "@@PL@@": lambda: str(self.pick(PLACES)),
            "@@NAME@@": lambda: str(self.pick(self.people)["name"]),
        }
        for key, make in simple.items():
            while key in out:
                value = make()
                out = out.replace(key, slack_escape(value) if slack else value, 1)
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|link", "|draft", "|the dataset", "|minutes", "|PR"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        return out

    def resident_text(self) -> str:
        """A resident's request as staff paste it (or as the resident typed it)."""
        text = self.pick(RESIDENT)
        lead = self.pick(["", "", "", "From the 311 app:\n", "Caller says: ", "Forwarding from the web form —\n\n> ",
                          "Via email (translated by Google, pls check):\n", "New one for ward 3: ",
                          "@@M@@ this one's yours I think:\n", "Escalating @@SR@@:\n"])
        tail = self.pick(["", "", "", "\n\ncc @@M@@", "\n(caller prefers Spanish)", "\nLanguage line used: "
                          "Somali, interpreter #44812", "\n— entered by @@M@@", " :rotating_light:"])
        return lead + text + tail

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["@@M@@ ", "<!here> ", "hey @@M@@, ", "<!channel> "]) + text
        elif roll < 0.72:
            text = self.pick(["", "", "fyi ", "hmm ", "anyone seen this?\n", "@@M@@ "]) + self.pick(TECH)
        else:
            text = self.pick(STAFF)
        out = self.fill(text.replace("<!here>", "\x00H").replace("<!channel>", "\x00C"))
        return out.replace("\x00H", "<!here>").replace("\x00C", "<!channel>")

    def command_text(self) -> str:
        return self.fill(self.pick(COMMANDS))

    # ---- Slack ---------------------------------------------------------------------------------------
    def slack_json(self, doc: dict[str, Any]) -> str:
        """Slack's JSON: UTF-8, now and then \\u escapes, and usually its escaped slashes."""
        out = json.dumps(doc, ensure_ascii=self.chance(0.25), separators=self.pick([(",", ":"), (", ", ": ")]))
        return out.replace("/", "\\/") if self.chance(0.6) else out

    def person(self) -> dict[str, str]:
        chosen: dict[str, str] = self.pick(self.people)
        return chosen

    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]}]}]

    def message_event(self, text: str, channel: str, channel_type: str, user: dict[str, str],
                      mention: bool = False, thread: bool = False) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": text, "user": user["id"], "ts": ts, "team": user["team"],
                                 "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if thread or self.chance(0.15):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.person()["id"]
        return event

    def event(self, kind: str, event: dict[str, Any], team: str) -> dict[str, Any]:
        return self.record(kind, "json", {"method": "POST", "uri": "/slack/events", "headers":
                                          self.slack_headers("application/json"),
                                          "body": self.slack_json(self.envelope(event, team))})

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": SLACK_TOKEN, "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_chat(self) -> dict[str, Any]:
        user, (cid, _) = self.person(), self.pick(CHANNELS)
        return self.event("slack-chat", self.message_event(self.chat_text(), cid, "channel", user), user["team"])

    def slack_mention(self) -> dict[str, Any]:
        user, (cid, _) = self.person(), self.pick(CHANNELS)
        if self.chance(0.65):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}>, "]) + self.chat_text()
        return self.event("slack-mention", self.message_event(text, cid, "channel", user, mention=True), user["team"])

    def slack_dm(self) -> dict[str, Any]:
        user = self.person()
        text = self.command_text() if self.chance(0.8) else self.chat_text()
        return self.event("slack-dm", self.message_event(text, self.sid("D0", 9), "im", user), user["team"])

    def slack_edit(self) -> dict[str, Any]:
        user, (cid, _) = self.person(), self.pick(CHANNELS)
        old = self.message_event(self.chat_text(), cid, "channel", user)
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edited: wrong case #)", " *", " — update: fixed", " ✅"])
        new["edited"] = {"user": user["id"], "ts": self.ts()}
        if "blocks" in new:
            new["blocks"] = self.blocks(new["text"])
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                   "event_ts")},
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.event("slack-edit", event, user["team"])

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(100, 9999)
        source = self.pick(["github", "statuspage", "jira", "legistar", "arcgis"])
        texts = {
            "github": f"*[portalder/pa311-web]* Pull request opened: <https://github.com/portalder/pa311-web/pull/{n}"
                      f"|#{n} Accept unit numbers like \"#3B\" and \"Apt. 4-C\" in address search>",
            "statuspage": f"*[Investigating]* Open Data Portal — elevated 5xx on /resource/y7cr-s3h9.json "
                          f"(p95 &gt; 2s) <https://status.portalder.gov/incidents/{self.token(4)}|details>",
            "jira": f"<https://portalder.atlassian.net/browse/DST-{n}|DST-{n}> moved to *In Review*: "
                    f"\"Amharic labels cut off on the report form (Ethiopic glyphs)\"",
            "legistar": f"New legislation: *CB {120000 + n}* — AN ORDINANCE relating to the sidewalk café program; "
                        f"amending Sections 15.04.{n % 90:03d} and 15.48.020 of the Port Alder Municipal Code.",
            "arcgis": f"Survey123: new curb ramp record RAMP-{n} (corner NE, slope 9.1%, domes: N) by "
                      f"<@{self.person()['id']}>",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:80], "color": self.pick(["36a64f", "d50200", "439fe0"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.event("slack-bot", event, self.pick(TEAMS)[0])

    def slack_file(self) -> dict[str, Any]:
        user, (cid, _) = self.person(), self.pick(CHANNELS)
        name, mime, ftype = self.pick([
            ("Pothole @ 1420 N Harbor Blvd #3B.jpg", "image/jpeg", "jpg"),
            ("Minutes 2024-06-10 (DRAFT) v2.docx",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            ("curb_ramps_ward3.csv", "text/csv", "csv"), ("CB 120771 – Harbor Point rezone.pdf", "application/pdf",
                                                         "pdf"),
            ("council_districts_2024.geojson", "application/geo+json", "text"),
            ("snow-routes tier1+2 (final).png", "image/png", "png"),
            ("Thông báo dọn tuyết.pdf", "application/pdf", "pdf"),
            ("Screenshot 2024-06-11 at 08.42.13.png", "image/png", "png")])
        fid = self.sid("F0", 9)
        comment = self.fill(self.pick(["", "here's the file", "final-final 😅", "photo from the caller (@@SR@@)",
                                       "for the agenda packet, pages 14–22", "@@M@@ pls review by EOD"]))
        ts = self.ts()
        event = {"type": "message", "subtype": "file_share", "text": comment, "user": user["id"], "upload": False,
                 "ts": ts, "channel": cid, "event_ts": ts, "channel_type": "channel", "display_as_bot": False,
                 "files": [{"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name,
                            "mimetype": mime, "filetype": ftype, "user": user["id"], "size": self.rng.randint(2000,
                                                                                                            9000000),
                            "mode": "hosted", "is_external": False, "is_public": True,
                            "url_private": f"https://files.slack.com/files-pri/{user['team']}-{fid}/"
                                           f"{urllib.parse.quote(name)}",
                            "permalink": f"https://pa-digital.slack.com/files/{user['id']}/{fid}/"
                                         f"{urllib.parse.quote(name.lower().replace(' ', '_'))}"}]}
        return self.event("slack-file", event, user["team"])

    def slack_unfurl(self) -> dict[str, Any]:
        user, (cid, _) = self.person(), self.pick(CHANNELS)
        links = [self.pick(LINKS) for _ in range(self.rng.randint(1, 2))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True, "user": user["id"],
                 "message_ts": self.ts(), "unfurl_id": "C" + self.token(24), "source": "conversations_history",
                 "links": [{"domain": urllib.parse.urlsplit(x).hostname, "url": x} for x in links],
                 "event_ts": self.ts()}
        return self.event("slack-unfurl", event, user["team"])

    def slack_reaction(self) -> dict[str, Any]:
        user, (cid, _) = self.person(), self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]), "user": user["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "pray", "+1", "snowflake", "construction",
                                        "raised_hands", "heavy_plus_sign", "skin-tone-4", "thank-you"]),
                 "item_user": self.person()["id"], "item": {"type": "message", "channel": cid, "ts": self.ts()},
                 "event_ts": self.ts()}
        return self.event("slack-reaction", event, user["team"])

    def slack_home(self) -> dict[str, Any]:
        user = self.person()
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.sid("D0", 9),
                                 "tab": "home", "event_ts": self.ts()}
        if self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": user["team"], "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}"}
        return self.event("slack-home", event, user["team"])

    def slack_join(self) -> dict[str, Any]:
        user, (cid, _) = self.person(), self.pick(CHANNELS)
        event = {"type": "member_joined_channel", "user": user["id"], "channel": cid, "channel_type": "C",
                 "team": user["team"], "inviter": self.person()["id"], "event_ts": self.ts()}
        return self.event("slack-join", event, user["team"])

    def slash(self, kind: str, user: dict[str, str], text: str) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 5)
        team_domain = dict(TEAMS)[user["team"]]
        fields = [("token", SLACK_TOKEN), ("team_id", user["team"]), ("team_domain", team_domain),
                  ("enterprise_id", ENTERPRISE), ("enterprise_name", "City of Port Alder"),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]),
                  ("user_name", user["handle"]), ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", user['team'])),
                  ("trigger_id", self.trigger())]
        body = urllib.parse.urlencode(fields, quote_via=self.pick([urllib.parse.quote_plus, urllib.parse.quote]))
        return self.record(kind, "form", self.slack_request("/slack/commands", body, form=True))

    def slash_command(self) -> dict[str, Any]:
        return self.slash("command", self.person(), self.command_text())

    def interaction(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", self.slack_json(payload))])
        return self.record(kind, "form", self.slack_request("/slack/interactions", body, form=True))

    def interaction_base(self, kind: str, user: dict[str, str]) -> dict[str, Any]:
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": user["team"]},
                "api_app_id": APP_ID, "token": SLACK_TOKEN,
                "trigger_id": self.trigger(),
                "team": {"id": user["team"], "domain": dict(TEAMS)[user["team"]],
                         "enterprise_id": ENTERPRISE, "enterprise_name": "City of Port Alder"},
                "enterprise": {"id": ENTERPRISE, "name": "City of Port Alder"}, "is_enterprise_install": False}

    def button_click(self) -> dict[str, Any]:
        user, (cid, cname) = self.person(), self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.7:
            action = {"action_id": "set_location", "block_id": self.token(3)[:5], "type": "button",
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "value": self.pick([self.address(), str(self.pick(PLACES))]), "action_ts": self.ts()}
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "type": "button",
                      "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "value": "-", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5], "type": "button",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-",
                      "action_ts": self.ts()}
        payload = self.interaction_base("block_actions", user)
        payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                      "is_ephemeral": True},
                        "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                        "response_url": self.hook("actions", user['team']),
                        "actions": [action]})
        return self.interaction("interaction-button", payload)

    def modal_submission(self) -> dict[str, Any]:
        """The "Report an issue" modal a 311 agent fills in while on the phone: a view_submission."""
        user = self.person()
        category = self.pick([("Pothole", "pothole"), ("Streetlight out", "streetlight"), ("Graffiti", "graffiti"),
                              ("Abandoned vehicle", "abandoned_vehicle"), ("Illegal dumping", "dumping"),
                              ("Tree / vegetation", "tree"), ("Sidewalk / curb ramp (ADA)", "sidewalk_ada"),
                              ("Noise", "noise"), ("Water / sewer", "water_sewer"), ("Other", "other")])
        language = self.pick([("English", "en"), ("Español", "es"), ("Tiếng Việt", "vi"), ("中文 (繁體)", "zh-Hant"),
                              ("한국어", "ko"), ("Tagalog", "tl"), ("Soomaali", "so"), ("አማርኛ", "am"),
                              ("Русский", "ru"), ("Українська", "uk"), ("العربية", "ar"), ("ਪੰਜਾਬੀ", "pa"),
                              ("Kreyòl ayisyen", "ht"), ("Hmoob", "hmn")])
        values: dict[str, Any] = {
            "blk_category": {"category": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": category[0], "emoji": True}, "value": category[1]}}},
            "blk_address": {"address": {"type": "plain_text_input", "value": self.address()}},
            "blk_description": {"description": {"type": "plain_text_input",
                                                "value": self.fill(self.pick(RESIDENT), slack=False)}},
            "blk_language": {"language": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": language[0], "emoji": True}, "value": language[1]}}},
            "blk_contact": {"contact": {"type": "plain_text_input", "value": self.pick([self.phone(), None, ""])}},
        }
        if self.chance(0.35):
            values["blk_access"] = {"access": {"type": "plain_text_input", "value": self.pick([
                "Caller is Deaf — use relay (711) or email only", "Needs large print (18pt) mailed notice",
                "Wheelchair user; the ramp itself is the problem", "Prefers a call-back in Somali (interpreter)",
                "Low vision, uses a screen reader (NVDA); please no PDFs-only replies"])}}
        payload = self.interaction_base("view_submission", user)
        payload.update({"view": {"id": self.sid("V0", 9), "team_id": user["team"], "type": "modal",
                                 "callback_id": "report_issue", "private_metadata": json.dumps(
                                     {"channel": self.pick(CHANNELS)[0], "source": self.pick(["phone", "walk-in",
                                                                                              "email"])}),
                                 "title": {"type": "plain_text", "text": "Report an issue", "emoji": True},
                                 "submit": {"type": "plain_text", "text": "Create case", "emoji": True},
                                 "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}",
                                 "app_id": APP_ID, "bot_id": self.sid("B0", 9), "root_view_id": self.sid("V0", 9),
                                 "previous_view_id": None, "clear_on_close": False, "notify_on_close": False},
                        "response_urls": []})
        return self.interaction("interaction-modal", payload)

    # ---- what residents and staff type (the evaluator's first close look) --------------------------------
    def typed_text(self) -> dict[str, Any]:
        roll = self.rng.random()
        user = self.person()
        if roll < 0.27:
            cid = self.pick([c for c in CHANNELS if c[1] in ("311-triage", "pothole-patrol", "code-enforcement",
                                                             "a11y", "translations", "records-requests")])[0]
            text = self.fill(self.resident_text())
            return self.event("slack-typed", self.message_event(text, cid, "channel", user), user["team"])
        if roll < 0.39:
            cid, _ = self.pick(CHANNELS)
            text = self.fill(self.pick([self.resident_text(), self.pick(STAFF),
                                        self.pick(["Update: ", "Follow-up — ", "Spoke w/ the caller: ", ""]) +
                                        self.pick(RESIDENT)]))
            return self.event("slack-thread", self.message_event(text, cid, "channel", user, thread=True),
                              user["team"])
        if roll < 0.51:
            return self.modal_submission()
        if roll < 0.65:
            text = self.fill(self.pick([
                "remember location @@A@@", "weather @@A@@", "weather at @@A@@ (crew site, @@SR@@)",
                "is it going to rain at @@A@@ this afternoon? pouring concrete for the ramp",
                "remember location @@A@@ — that's the Charles St yard", "weather @@PL@@ tomorrow 6am",
                "config timezone @@TZ@@", "help — how do I get the 5am snow alert?"]))
            return self.slash("command-typed", user, text)
        if roll < 0.73:
            text = self.fill(self.pick([self.pick(COMMANDS), "weather at @@A@@ please 🙏",
                                        "remember location @@A@@", "hi! what can you do? (new to the 311 team)"]))
            return self.event("slack-dm-typed", self.message_event(text, self.sid("D0", 9), "im", user),
                              user["team"])
        if roll < 0.86:
            return self.me_location(typed=True)
        if roll < 0.95:
            return self.admin_search(typed=True)
        return self.admin_client(typed=True)

    # ---- the data API: open-data clients and dashboards (the evaluator's second close look) ------------------
    def api_headers(self, ua: str) -> dict[str, str]:
        client = self.pick(["open-data-sync", "powerbi-311-ops", "tableau-permits", "grafana-dst", "gh-actions-pa311",
                            "arcgis-notebook", "snow-ops-alerts"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "application/json", "*/*", "text/csv",
                                                    "application/json, text/plain, */*", "application/geo+json"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read", "read write"]))}
        if self.chance(0.5):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br"])
        if self.chance(0.25):
            h["X-App-Token"] = self.token(18)[:25]
        if self.chance(0.2):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"dst=t61rcWkgMzE,az={self.hexs(16)}"
        if self.chance(0.15):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-1",
                                           f"pbi:{self.hexs(12)}"])
        if self.chance(0.08):
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)}"
        return h

    def encode(self, params: list[tuple[str, str]]) -> str:
        """Query strings as different clients write them: requests (+), fetch/URLSearchParams, curl by hand."""
        style = self.rng.random()
        if style < 0.45:
            return urllib.parse.urlencode(params)
        if style < 0.75:
            return urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe="$")
        return "&".join(f"{k}={urllib.parse.quote(v, safe=chr(39) + '(),*:$')}" for k, v in params)

    def soql_where(self) -> str:
        d1, d2 = self.rng.randint(1, 14), self.rng.randint(15, 28)
        return str(self.pick([
            "status = 'Open'", f"created_date >= '2024-06-{d1:02d}T00:00:00'", "ward = 3 AND status != 'Closed'",
            "service_type in ('Pothole', 'Streetlight Out', 'Graffiti')",
            "within_circle(location, 47.6062, -122.3321, 500)", "starts_with(address, '14')",
            "upper(street_name) like '%ALDER%'", f"created_date between '2024-06-{d1:02d}' and '2024-06-{d2:02d}'",
            "permit_type = 'Right-of-Way Use' AND issued_date > '2024-05-01'", "case_number = 'SR-2024-0148213'",
            f"parcel_id = '{self.rng.randint(10**9, 10**10 - 1)}'", "days_to_close > 30 OR status = 'Reopened'",
            "language IN ('es', 'vi', 'zh', 'so')", "NOT (status = 'Duplicate')", "fee_amount >= 1000.00",
            "council_district IS NOT NULL", "within_box(location, 47.7, -122.45, 47.5, -122.2)",
            "is_active = true", "slack_team_id = 'T0PA311CTR'", "email like '%@portalder.gov'",
            "name like 'O''Connor%'", "action = 'weather' AND outcome = 'ok'", "latency_ms > 2000",
            "date_extract_dow(created_date) in (0, 6)", "has_domes = 'N' AND slope_pct > 8.33",
            f"updated_at > '2024-06-{d1:02d}T08:00:00.000'", "ward in (1,2,3) and service_type = 'Tree / vegetation'",
        ]))

    def open_data(self) -> dict[str, Any]:
        ua, style = self.pick([
            ("sodapy/2.2.0", "soql"), ("python-requests/2.32.3", "soql"), ("RSocrata/1.7.15 (R 4.4.0)", "soql"),
            ("curl/8.7.1", "soql"), ("Mozilla/5.0 (compatible; Socrata Explorer)", "soql"),
            ("Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", "odata"),
            ("Microsoft Office/16.0 (Windows NT 10.0; Microsoft Excel 16.0.17628; Pro)", "odata"),
            ("Tableau/2024.1 (20241.24.0416.0334)", "soql"), ("Grafana/10.4.2", "json"),
            ("axios/1.7.2", "json"), ("node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "strapi"),
            ("ArcGIS Pro 3.2.2 (00000000000) - ArcGISPro", "arcgis"), ("QGIS/33603/Windows 11 Version 2009", "arcgis"),
            ("python-httpx/0.27.0", "jsonapi"), ("GitHub-Actions-Runner/2.317.0 curl/8.5.0", "soql"),
            ("PostmanRuntime/7.39.0", "json"), ("HTTPie/3.2.2", "soql")])
        h = self.api_headers(ua)
        path = self.pick(["/api/users", "/api/users", "/api/users", "/api/usage/stats", "/api/usage/stats",
                          "/api/switches"]) if style != "arcgis" else "/api/users"
        params: list[tuple[str, str]] = []
        if style == "soql":
            if self.chance(0.7):
                params.append(("$select", self.pick([
                    "case_number,service_type,status,created_date,address,ward", "ward, count(*) AS total",
                    "date_trunc_ym(created_date) AS month, count(case_number) AS n", "*",
                    ":id, :updated_at, address", "avg(days_to_close) AS avg_days", "id,name,email,is_active",
                    "action, outcome, count(*) AS n, max(latency_ms)", "service_type, sum(fee_amount) as total_fees",
                    "slack_team_id,count(*)"])))
            params.append(("$where", self.soql_where()))
            if self.chance(0.4):
                params.append(("$group", self.pick(["ward", "month", "service_type, status", "action,outcome",
                                                    "slack_team_id"])))
                if self.chance(0.4):
                    params.append(("$having", self.pick(["count(*) > 10", "total > 5", "n >= 100"])))
            if self.chance(0.7):
                params.append(("$order", self.pick(["created_date DESC", "ward ASC, created_date DESC", ":id",
                                                    "total DESC", "month", "name", "latency_ms desc"])))
            params.append(("$limit", self.pick(["50", "1000", "5000", "50000"])))
            if self.chance(0.35):
                params.append(("$offset", str(self.pick([0, 1000, 5000, 50000]))))
            if self.chance(0.15):
                params.append(("$q", self.pick(["Rainier Ave", "O'Brien", "pothole near school", "Kettle St #3B",
                                                "café", "drop box"])))
        elif style == "odata":
            params += [("$filter", self.pick([
                "Status eq 'Open' and Ward eq 3", "CreatedDate ge 2024-06-01T00:00:00Z",
                "startswith(Address,'14') and ServiceType ne 'Graffiti'",
                "contains(Name,'O''Connor') or contains(Email,'@portalder.gov')", "IsActive eq true",
                "Action eq 'weather' and LatencyMs gt 2000", "year(CreatedDate) eq 2024 and month(CreatedDate) eq 6",
                "Ward in (1,2,3)"])), ("$top", self.pick(["100", "1000", "5000"]))]
            if self.chance(0.6):
                params.append(("$select", self.pick(["CaseNumber,Status,Address,Ward", "Id,Name,Email,IsActive",
                                                     "Action,Outcome,LatencyMs"])))
            if self.chance(0.5):
                params.append(("$orderby", self.pick(["CreatedDate desc", "Ward,CreatedDate desc", "Name asc"])))
            if self.chance(0.3):
                params += [("$skip", str(self.pick([0, 1000, 2000]))), ("$count", "true")]
            if self.chance(0.3):
                params.append(("$format", "json"))
        elif style == "json":
            filt = self.pick([
                {"where": {"status": "open", "ward": {"inq": [3, 4]}}, "order": "created_date DESC", "limit": 100},
                {"where": {"created_date": {"gte": "2024-06-01T00:00:00Z"}}, "fields": ["case_number", "status"]},
                {"where": {"and": [{"is_active": True}, {"email": {"like": "%@portalder.gov"}}]}, "limit": 500},
                {"where": {"service_type": {"nin": ["Duplicate", "Test"]}}, "skip": 1000, "limit": 1000},
                {"where": {"address": {"ilike": "%Harbor Blvd%"}}, "order": ["ward ASC", "created_date DESC"]},
                {"where": {"action": "weather", "latency_ms": {"gt": 2000}}},
                {"where": {"name": "Siobhán O'Connor"}}])
            params.append(("filter", json.dumps(filt, ensure_ascii=self.chance(0.5),
                                                separators=self.pick([(",", ":"), (", ", ": ")]))))
            if self.chance(0.4):
                params.append(("tz", "America/Los_Angeles"))
        elif style == "strapi":
            params += self.pick([
                [("filters[status][$eq]", "open"), ("filters[ward][$in][0]", "3"), ("filters[ward][$in][1]", "4"),
                 ("sort[0]", "created_date:desc"), ("pagination[pageSize]", "100")],
                [("filters[$or][0][service_type][$eq]", "Pothole"), ("filters[$or][1][service_type][$eq]",
                                                                      "Streetlight Out"),
                 ("fields[0]", "case_number"), ("fields[1]", "address"), ("pagination[page]", "2")],
                [("filters[name][$containsi]", "o'connor"), ("populate", "*")],
                [("filters[created_date][$gte]", "2024-06-01"), ("filters[created_date][$lte]", "2024-06-30"),
                 ("sort", "ward:asc")]])
        elif style == "jsonapi":
            params += [("filter[ward]", str(self.rng.randint(1, 7))),
                       ("filter[status]", self.pick(["open", "in_progress", "closed"])),
                       ("fields[requests]", "case_number,service_type,address,created_date"),
                       ("sort", self.pick(["-created_date", "ward,-created_date"])),
                       ("page[size]", self.pick(["50", "100"])), ("page[number]", str(self.rng.randint(1, 9)))]
            if self.chance(0.3):
                params.append(("include", "assignee,attachments"))
        else:  # ArcGIS REST style, as ArcGIS Pro and QGIS send it to a layer's query endpoint
            params += [("where", self.pick(["1=1", "WARD=3", "ZONING LIKE 'RSL%'", "HAS_DOMES='N' AND SLOPE_PCT>8.33",
                                            "SITUS_ADDR LIKE '%HARBOR BLVD%'", "PIN='0925049047'",
                                            "CREATED_DATE >= DATE '2024-06-01'", "STATUS IN ('Open','Reopened')"])),
                       ("outFields", self.pick(["*", "PIN,SITUS_ADDR,ZONING", "RAMP_ID,CORNER,SLOPE_PCT"])),
                       ("returnGeometry", self.pick(["true", "false"])), ("f", self.pick(["json", "geojson", "pjson"]))]
            if self.chance(0.5):
                params += [("geometry", self.pick(["-122.45,47.5,-122.2,47.7",
                                                   '{"xmin":-122.45,"ymin":47.5,"xmax":-122.2,"ymax":47.7,'
                                                   '"spatialReference":{"wkid":4326}}'])),
                           ("geometryType", "esriGeometryEnvelope"), ("inSR", "4326"),
                           ("spatialRel", "esriSpatialRelIntersects"), ("outSR", self.pick(["4326", "2926"]))]
            if self.chance(0.3):
                params += [("resultOffset", str(self.pick([0, 2000, 4000]))), ("resultRecordCount", "2000"),
                           ("orderByFields", "OBJECTID ASC")]
        if path == "/api/usage/stats" and self.chance(0.6):
            params = [("since", self.pick(["2024-06-01T00:00:00Z", "2024-06-10T00:00:00-07:00", "2024-06-04"])),
                      ("until", self.pick(["2024-06-11T23:59:59Z", "2024-06-11"]))] + params
        elif path == "/api/users" and self.chance(0.3):
            params = [("limit", self.pick(["100", "500"])), ("offset", str(self.pick([0, 500, 1000])))] + params
        return self.record("api-opendata", "query", self.get_request(path + "?" + self.encode(params), h))

    def api(self) -> dict[str, Any]:
        h = self.api_headers(self.pick(["python-requests/2.32.3", "curl/8.7.1", "Go-http-client/2.0", "axios/1.7.2",
                                        "okhttp/4.12.0", "PA311/4.2.1 (iPhone; iOS 17.5; Scale/3.00)",
                                        "PA311/4.2.0 (Android 14; SM-A546U)", "Terraform/1.8.5", "Grafana/10.4.2",
                                        "PowerShell/7.4.2 (Microsoft Windows 10.0.19045)", "Dart/3.3 (dart:io)"]))
        roll = self.rng.random()
        if roll < 0.25:
            params = [("limit", self.pick(["25", "50", "100", "500"])), ("offset", str(self.pick([0, 25, 50, 200])))]
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["on", "off", "true"]),
                                ("team_id", [t for t, _ in TEAMS])):
                if self.chance(0.4):
                    params.append((key, self.pick(values)))
            if self.chance(0.25):
                params.append(("q", self.pick(SEARCHES)))
            return self.record("api-users", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/users?" + self.encode(params)})
        if roll < 0.42:
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 900)}", h))
        if roll < 0.64:
            p = self.person()
            doc: dict[str, Any] = self.pick([
                {"settings": {"timezone": p["tz"], "alert_time": self.alert_time()}},
                {"settings": {"units": self.pick(["imperial", "metric"]), "alerts": self.chance(0.7)}},
                {"name": p["name"], "email": p["email"]}, {"is_active": self.chance(0.3)},
                {"name": p["name"]}, {"is_admin": self.chance(0.5)}])
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            uri = f"/api/users/{self.rng.randint(1, 900)}"
            return self.record("api-user-patch", "json", {"method": "PATCH", "uri": uri,
                                                          "body": json.dumps(doc, ensure_ascii=self.chance(0.4)),
                                                          "headers": h})
        if roll < 0.8:
            since = self.pick(["2024-06-10T00:00:00-07:00", "2024-06-01", "2024-05-31T07:00:00Z",
                               "2024-06-11T00:00:00.000Z"])
            params = [("since", since)] + ([("until", "2024-06-11T23:59:59-07:00")] if self.chance(0.6) else [])
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + self.encode(params)})
        if roll < 0.88:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        if roll < 0.94:
            doc = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([t for t, _ in TEAMS] + ["*"])
            h["Content-Type"] = "application/json"
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me"])
            return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                          "body": json.dumps(doc), "headers": h})
        h.pop("Authorization")
        h["Accept"] = "application/json"
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers: admin panel, /me/, Sign in with Slack ----------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36 Edg/125.0.0.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
            "Safari/605.1.15",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) "
            "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 13; moto g play - 2023) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/125.0.6422.165 Mobile Safari/537.36",
            "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 "
            "Safari/537.36"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-US,en;q=0.9", "es-US,es;q=0.9,en;q=0.8", "vi-VN,vi;q=0.9,en-US;q=0.8",
                                           "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8",
                                           "tl-PH,tl;q=0.9,en;q=0.8", "so,en-US;q=0.8", "am-ET,am;q=0.9,en;q=0.8",
                                           "ru-RU,ru;q=0.9,en;q=0.8", "uk-UA,uk;q=0.9", "ar,en-US;q=0.7",
                                           "pa-IN,pa;q=0.9,en;q=0.8", "ht,fr;q=0.8,en;q=0.6", "en-US"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in ua:
            brand = '"Microsoft Edge";v="125"' if "Edg/" in ua else '"Google Chrome";v="126"'
            h["sec-ch-ua"] = f'{brand}, "Chromium";v="125", "Not.A/Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else self.pick(['"Windows"', '"Chrome OS"'])
        if referer:
            h["Referer"] = BASE + referer
        if form:
            h["Origin"] = "null"  # the pages send Referrer-Policy: no-referrer
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        if self.chance(0.06):
            octets = [self.rng.randint(0, 255), self.rng.randint(0, 255), self.rng.randint(1, 254)]
            h["X-Forwarded-For"] = "10." + ".".join(map(str, octets))
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.25) else []
        if self.chance(0.12):
            extra.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Tue+Jun+11+2024+08%3A12%3A44+GMT-0700+"
                          "(Pacific+Daylight+Time)&version=202402.1.0&groups=C0001%3A1%2CC0002%3A0"))
        if self.chance(0.1):
            extra.append(("lang", self.pick(["es", "vi", "zh-Hant", "so", "en"])))
        return self.cookie_header(pairs, extra, shuffle=False)

    def admin_search(self, typed: bool = False) -> dict[str, Any]:
        session = ("__Host-jeeves_admin", self.token())
        p = self.person()
        q = self.pick([p["name"], p["name"].split()[-1], p["email"], p["id"], self.pick(SEARCHES),
                       p["name"].lower(), p["handle"].split(".")[0]])
        params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.15) else [])
        h = self.browser_headers("/admin/users")
        h["Cookie"] = self.cookies(session)
        return self.record("admin-search-typed" if typed else "admin-search", "query",
                           {"method": "GET", "body": "", "headers": h,
                            "uri": "/admin/users?" + urllib.parse.urlencode(params)})

    def admin_client(self, typed: bool = False) -> dict[str, Any]:
        h = self.browser_headers("/admin/clients", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_admin", self.token()))
        fields = [("csrf_token", self.token()),
                  ("client_id", self.pick(["open-data-sync", "powerbi-311-ops", "tableau-permits", "snow-ops-alerts",
                                           "clerk:agenda-bot", "arcgis.notebook", "elections-kiosk-2024"])),
                  ("description", self.pick(CLIENT_DESCRIPTIONS)), ("scopes", "read")]
        if self.chance(0.25):
            fields.append(("scopes", "write"))
        return self.record("admin-client-typed" if typed else "admin-client", "form",
                           self.form_request("/admin/clients", h, fields))

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.28:
            return self.admin_search()
        if roll < 0.42:
            p = self.person()
            h = self.browser_headers("/admin/users?q=" + urllib.parse.quote(p["name"]), True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                                           ("q", self.pick([p["name"], p["email"], "", "o'connor"])),
                                           ("page", str(self.rng.randint(1, 3)))])
            return self.record("admin-user-flag", "form", {
                "method": "POST", "uri": f"/admin/users/{self.rng.randint(1, 900)}/{self.pick(['active', 'admin'])}",
                "headers": h, "body": body})
        if roll < 0.52:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                  "login", "forget_me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", *[t for t, _ in TEAMS]]))]
            return self.record("admin-feature", "form", self.form_request("/admin/features", h, fields))
        if roll < 0.6:
            return self.admin_client()
        if roll < 0.7:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "login", "feature.set", "client.create", "user.forget_me", "o'connor",
                           "2024-06-10", "login.slack", "denied", self.person()["handle"]])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode([("q", q)])})
        if roll < 0.85:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/features", "/admin/gateway", "/admin/clients",
                              "/admin/account", "/admin/slack-sign-in", "/admin/audit?page=3",
                              "/admin/users?done=user_updated&q=o%27connor&page=1",
                              "/admin/features?done=switch_updated",
                              "/admin/login?next=%2Fadmin%2Fusers"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.92:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2F", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%&*()-_=+[]{}:;,.?~"
            password = "".join(self.pick(alphabet) for _ in range(self.rng.randint(14, 30)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["dst-admin", "mchou", "r.oneil-santos", "clerk.ops"])),
                      ("password", password), ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        h = self.browser_headers("/admin/slack-sign-in", True)
        h["Cookie"] = self.cookies(session)
        p = self.person()
        fields = [("csrf_token", csrf), ("username", self.pick(["dst-admin", "mchou", "clerk.ops"])),
                  ("team_id", p["team"]), ("user_id", p["id"])]
        return self.record("admin-slack-map", "form", self.form_request("/admin/slack-sign-in", h, fields))

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        boundary = self.pick([self.form_boundary("webkit"), self.form_boundary("firefox")])
        return self.multipart_form(boundary, fields)

    def me_location(self, typed: bool = False) -> dict[str, Any]:
        place = self.pick([self.address(), self.address(), str(self.pick(PLACES))])[:100]
        fields = [("csrf_token", self.token()), ("place", place)]
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_me", self.token()))
        kind = "me-location-typed" if typed else "me-location"
        if self.chance(0.2):
            body, h["Content-Type"] = self.multipart(fields)
            return self.record(kind, "multipart", {"method": "POST", "uri": "/me/location", "body": body, "headers": h})
        return self.record(kind, "form", self.form_request("/me/location", h, fields))

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json",
                             "/me/?lang=es"])
            return self.record("me-page", "cookie", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": uri,
                                                     "body": "", "headers": h})
        if roll < 0.5:
            return self.me_location()
        if roll < 0.85:
            fields = [("csrf_token", csrf), ("units", self.pick(["imperial", "imperial", "metric"])),
                      ("alert_time", self.alert_time()), ("timezone", self.person()["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.25):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me-settings", "multipart", {"method": "POST", "uri": "/me/settings", "body": body,
                                                                "headers": h})
            return self.record("me-settings", "form", self.form_request("/me/settings", h, fields))
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.me_exit_form(csrf)
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.4:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login?next=%2Fadmin%2F"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.62:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers())
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1, short=True)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.75:
            return self.record("auth-link-preview", "path", self.link_preview(link))
        if roll < 0.88:
            return self.record("auth-link", "path", self.link_visit(link, self.browser_headers()))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.record("auth-link-post", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                      "headers": h, "body": urllib.parse.urlencode([("csrf_token",
                                                                                                    csrf)])})

    # ---- TokenDealer, health, metadata ----------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["open-data-sync", "powerbi-311-ops", "tableau-permits", "snow-ops-alerts",
                            "gh-actions-pa311", "jeeves-worker"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.7.1", "Go-http-client/2.0",
                                      "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
                                      "PowerShell/7.4.2 (Microsoft Windows 10.0.19045)", "Authlib/1.3.1"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, "read")
        if roll < 0.75:
            h["Authorization"] = basic
            body = urllib.parse.urlencode([("token", token), ("token_type_hint", "access_token")])
            return self.record("oauth-introspect", "form", {"method": "POST", "uri": "/oauth/introspect", "headers": h,
                                                            "body": body})
        if roll < 0.85:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.29", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Site24x7", "curl/8.7.1", "StatusCake_Pagespeed_Indev"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                    "uri": self.pick(["/healthz", "/readyz", "/healthz"]),
                                                    "headers": h})
        if roll < 0.7:
            h = {"User-Agent": self.pick(["PyJWT/2.8.0", "Go-http-client/2.0", "jwks-rsa/3.1.0 (node)",
                                          "lua-resty-http/0.17.1", "Microsoft.IdentityModel/7.5.1"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("health-jwks", "header", self.get_request("/.well-known/jwks.json", h))
        if roll < 0.88:
            h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.7.1", "Authlib/1.3.1"]),
                 "Accept": "application/json"}
            return self.record("health-oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                                   "uri": "/.well-known/oauth-authorization-server"})
        h = {"User-Agent": self.pick(["Swagger-Codegen/3.0.54/java", "openapi-generator/7.6.0",
                                      "PostmanRuntime/7.39.0"]),
             "Accept": "application/json"}
        return self.record("health-openapi", "header", self.get_request("/api/openapi.json", h))


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 140), ("slack_mention", 70), ("slack_dm", 60), ("slack_edit", 18), ("slack_bot_post", 20),
    ("slack_file", 16), ("slack_unfurl", 16), ("slack_reaction", 24), ("slack_home", 16), ("slack_join", 6),
    ("slash_command", 130), ("button_click", 70),
    ("typed_text", 400), ("open_data", 300),
    ("api", 100), ("admin", 110), ("me", 70), ("sign_in", 45), ("tokendealer", 60), ("health", 50),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The city's day, in the order it happens (kinds interleaved)."""
    return planned(CityDay(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (handy when checking that it is deterministic)."""
    return digest(benign())
