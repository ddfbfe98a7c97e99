"""Election day at a newsroom that uses Jeeves: the benign half of an independent WAF evaluation (38th evaluator).

The Meridian Courier (reporters, editors, the copy desk, photo and video, audience/social and the data desk) runs
Jeeves in its Slack Enterprise Grid (the English newsroom and Courier en Español). About 1,700 requests in a
deployment's proportions, on this product's own endpoints only and with only the fields its handlers read (plus
the envelope fields Slack itself always sends): Events API callbacks for the bot's subscriptions (`app_mention`
in channels, `message.im` DMs with their edits, link unfurls, file shares and the bot's own echoed replies,
`app_home_opened`), `/jeeves` slash commands, the bot's buttons (`set_location`, `forget_me_confirm`,
`forget_me_cancel`), the data API (scripts, CI, Google Sheets and dashboards with bearer tokens), the admin panel,
`/me/` (forms, some multipart from browsers), Sign in with Slack and the bot's one-time links, TokenDealer and the
health and metadata GETs.

The texts are what a newsroom types: headlines with curly quotes and em dashes, bylines, datelines, embargo notes,
corrections, quotes from sources in many languages, budget lines, scraped CSV/JSON/HTML, spreadsheet formulas,
election result tables, pandas/R/SQL/jq one-liners, social handles and hashtags, archive links, URLs with ports
and query strings, addresses, phone numbers, and numbers and dates in many formats.

Written from the route list of gateway/gateway.yaml (names, match, methods, upstreams), app/, tokendealer/,
README.md and the model generator's record structure; no WAF rule, exclusion, ruleset or other set's text was
read, and nothing was changed after measuring. Deterministic: one seeded random.Random, no clock.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji,
trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces (multipart_form, form_request,
token_request, verify_request, get_request, signed_in, me_exit_form, settings_patch, oidc_params, link_expander)
from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import b64url_json, no_attacks, planned, slack_escape

NAME = "evaluation_thirtyeighth"
SEED = 38_110_524
EPOCH = 1730804400  # 2024-11-05 11:00 UTC: election day, 06:00 in the newsroom (America/New_York)
HOST = "newsroom-bot.meridiancourier.com"
BASE = f"https://{HOST}"
ENTERPRISE = "E02MRDNGRD"
TEAMS = [("T03MRDNCR7", "meridian-courier"), ("T06MCESPNL", "courier-espanol")]
APP_ID, BOT_USER, BOT_ID = "A07JEEVESX", "U07JEEVES1", "B07JEEVES1"
VERIFY_TOKEN = "mC9dLq2VnRt8XwE4pKs7BzHa"

# ---- the newsroom's people ----------------------------------------------------------------------------------
STAFF = [
    ("Marisol Ortega-Bañuelos", "metro", "America/New_York"), ("Declan O'Rourke", "weather", "America/New_York"),
    ("Aisling Ní Bhriain", "foreign", "Europe/London"), ("Tamar Ben-Ami", "foreign", "Asia/Jerusalem"),
    ("Kwame Mensah-Bonsu", "business", "America/New_York"), ("Siobhán D'Arcy", "copy", "America/New_York"),
    ("Jean-Baptiste Lefort", "foreign", "Europe/Brussels"), ("Nguyễn Thị Hoa", "data", "America/Los_Angeles"),
    ("Li Wenjing", "foreign", "Asia/Hong_Kong"), ("Anastasiya Kovalenko", "foreign", "Europe/Kyiv"),
    ("Björn Þórsson", "graphics", "Atlantic/Reykjavik"), ("Priyanka Raghunathan", "data", "America/Chicago"),
    ("Mohammed Al-Khatib", "foreign", "Asia/Amman"), ("Zeynep Çelik", "video", "Europe/Istanbul"),
    ("Sun-hee Park", "audience", "Asia/Seoul"), ("Kofi Boateng", "sports", "America/New_York"),
    ("Luís Gonçalves", "espanol", "America/Sao_Paulo"), ("Ngozi Okonkwo-Adeyemi", "standards", "America/New_York"),
    ("Rafael D'Souza", "photo", "America/New_York"), ("Yuki Matsumoto", "graphics", "Asia/Tokyo"),
    ("Małgorzata Wójcik", "audience", "Europe/Warsaw"), ("Olamide Adebayo", "foreign", "Africa/Lagos"),
    ("Dolores Ruiz-Tagle", "espanol", "America/Santiago"), ("Chiara Dell'Acqua", "copy", "America/New_York"),
    ("Anne-Sophie Vermeulen", "foreign", "Europe/Brussels"), ("Fionnuala McCaughey", "night", "America/New_York"),
    ("Rhys ap Gwilym", "politics", "America/New_York"), ("Ebony St. Clair", "metro", "America/New_York"),
    ("Jorge Luis Peña", "espanol", "America/Mexico_City"), ("Mariam Haddad", "investigations", "America/New_York"),
    ("Aditi Bhattacharya", "data", "Asia/Kolkata"), ("Dmytro Shevchuk", "photo", "Europe/Kyiv"),
    ("Gráinne Ó Móráin", "copy", "Europe/Dublin"), ("Karin van 't Hoff", "graphics", "Europe/Amsterdam"),
    ("Lucía Fernández de Córdoba", "espanol", "Europe/Madrid"), ("Oren Ya'akobi", "foreign", "Asia/Jerusalem"),
    ("Bao Tran", "homepage", "America/Los_Angeles"), ("Nomvula Dlamini", "foreign", "Africa/Johannesburg"),
    ("Kalani Kealoha", "weather", "Pacific/Honolulu"), ("Matthias Schäfer-Lorenz", "foreign", "Europe/Berlin"),
    ("Inès Aït Ouali", "foreign", "Africa/Algiers"), ("Ji-woo Han", "video", "America/Los_Angeles"),
    ("Teresa Vukovich-Ramos", "politics", "America/Chicago"), ("Hamid Karimi", "foreign", "Asia/Kabul"),
    ("Pádraig Mac Suibhne", "sports", "America/New_York"), ("Wanjiru Kamau", "foreign", "Africa/Nairobi"),
    ("Sebastián Oyarzún", "espanol", "America/Bogota"), ("Amara Nwosu", "newsletters", "America/New_York"),
    ("Ross McAllister-Byrne", "night", "America/New_York"), ("Hye-jin Cho", "data", "America/New_York"),
    ("Joaquín de la Vega", "espanol", "America/Puerto_Rico"), ("Renée LaFleur-Dubois", "politics", "America/New_York"),
    ("Tomasz Grzybowski", "data", "Europe/Warsaw"), ("Esperanza Quiñones", "metro", "America/New_York"),
    ("D'Andre Whitfield", "sports", "America/Chicago"), ("Noa Ben-David", "audience", "America/New_York"),
    ("Ivan Horvat", "graphics", "Europe/Zagreb"), ("Ayesha Siddiqui", "investigations", "America/New_York"),
    ("Mateo Bianchi", "business", "Europe/Rome"), ("Grace O'Neill-Park", "homepage", "America/New_York"),
]
CHANNELS = [("C01METRO0", "metro"), ("C02POLITX", "politics"), ("C03NATNL0", "national"),
            ("C04FOREGN", "foreign"), ("C05DATADK", "data-desk"), ("C06COPYDK", "copy-desk"),
            ("C07PHOTO0", "photo"), ("C08VIDEO0", "video"), ("C09SOCIAL", "social"), ("C10AUDNCE", "audience"),
            ("C11NEWSLT", "newsletters"), ("C12STNDRD", "standards"), ("C13CORRXN", "corrections"),
            ("C14ELEX24", "elections-2024"), ("C15BRKNG0", "breaking"), ("C16WXDESK", "weather-desk"),
            ("C17SPORTS", "sports"), ("C18GRAFIX", "graphics"), ("C19NIGHT0", "night-desk"),
            ("C20HOMEPG", "homepage"), ("C21ESPNL0", "courier-espanol"), ("C22KYIVBU", "kyiv-bureau")]

# Places reporters and editors ask the weather for: datelines, field trips, bureaus, in their own scripts.
PLACES = [
    "Washington, D.C.", "Washington DC", "Des Moines", "Des Moines, Iowa", "Tallahassee", "St. Paul, Minn.",
    "Saint Paul", "Coeur d'Alene", "Martha's Vineyard", "Winston-Salem", "Sault Ste. Marie", "Lake Havasu City",
    "Rancho Palos Verdes", "Wilkes-Barre", "Scranton, PA", "Erie", "Phoenix", "Maricopa County", "Atlanta",
    "Savannah", "Miami", "Key West", "Cedar Key, FL", "Fort Myers", "St. Petersburg, Fla.", "New Orleans",
    "Lake Charles", "Houston", "El Paso", "Brownsville", "Albuquerque", "Denver", "Boise", "Anchorage", "Nome",
    "Honolulu", "Hilo", "Lahaina", "San Juan", "Ponce", "Mayagüez", "Port-au-Prince", "Cap-Haïtien", "Havana",
    "Ciudad de México", "Oaxaca de Juárez", "Tijuana", "Bogotá", "Medellín", "Santiago de Chile", "São Paulo",
    "Porto Alegre", "London", "Belfast", "Derry~Londonderry", "Dublin", "Dún Laoghaire", "Brussels",
    "Bruxelles", "Strasbourg", "Den Haag", "'s-Hertogenbosch", "Berlin", "Frankfurt am Main", "Zürich",
    "Genève", "Kyiv", "Київ", "Kharkiv", "Харків", "Kherson", "Херсон", "Odesa", "Mykolaiv", "Zaporizhzhia",
    "L'viv", "Львів", "Chişinău", "Tbilisi", "თბილისი", "Yerevan", "Երևան", "Istanbul", "Gaziantep",
    "Jerusalem", "ירושלים", "Tel Aviv-Yafo", "Amman", "عمّان", "Beirut", "بيروت", "Cairo", "القاهرة", "Khartoum",
    "N'Djamena", "Nairobi", "Mombasa", "Lagos", "Abuja", "Accra", "Johannesburg", "Cape Town", "Addis Ababa",
    "New Delhi", "नई दिल्ली", "Mumbai", "Dhaka", "ঢাকা", "Kabul", "Islamabad", "Hong Kong", "香港", "Taipei",
    "臺北市", "Seoul", "서울", "Tokyo", "東京", "Ōsaka", "Manila", "Hà Nội", "Jakarta", "Sydney", "Port Moresby",
    "Nuuk", "Reykjavík", "Tromsø", "Ta' Xbiex", "Val-d'Or", "Trois-Rivières", "Montréal", "Québec City",
    "20500", "33101", "10036", "SW1A 2AA", "75007 Paris", "1600 Pennsylvania Ave NW, Washington, DC 20500",
    "221 W. Harrison St, Chicago", "Tri-County Fairgrounds", "38.8977,-77.0365", "50.4501, 30.5234",
    "18.5944° N, 72.3074° W",
]
TIMEZONES = ["America/New_York", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
             "America/Phoenix", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico",
             "America/Port-au-Prince", "America/Mexico_City", "America/Bogota", "America/Sao_Paulo",
             "Europe/London", "Europe/Dublin", "Europe/Brussels", "Europe/Berlin", "Europe/Kyiv", "Europe/Istanbul",
             "Asia/Jerusalem", "Asia/Amman", "Africa/Nairobi", "Africa/Lagos", "Asia/Kolkata", "Asia/Kabul",
             "Asia/Hong_Kong", "Asia/Seoul", "Asia/Tokyo", "Australia/Sydney", "UTC"]

HEADLINES = [
    "Council OKs $4.2M stormwater fix — after a 3-hour fight over who pays",
    "“We were never told”: Baird Street tenants say landlord sat on mold reports",
    "Storm cuts power to 41,000 across Tri-County; crews warn restoration could take days",
    "Mayor’s ‘open door’ pledge meets a locked gate at City Hall",
    "Analysis: Why the governor’s 2.5% raise for teachers won’t keep up with rent",
    "How we counted 1,284 evictions in 12 months",
    "Live updates: Hartwell leads O’Neil 52%-47% with 61% of precincts reporting",
    "In Kherson, a ferry, a bakery and a 6 a.m. curfew",
    "‘It’s not a drill’: Coastal towns brace as Hurricane Delphine turns north",
    "Rosalind Achterberg, 94, who ran the Courier’s copy desk for 31 years, dies",
    "Opinion | The school board’s math doesn’t add up",
    "Measure K passes; Tri-County transit levy too close to call",
    "Ward 14 recount: 11 votes, 3 lawyers and a missing ballot box",
    "Port strike enters Day 9 — shelves thin from Savannah to St. Louis",
    "Fact check: No, the county did not ‘delete 40,000 voters’",
    "The 5 charts that explain Tuesday’s turnout",
    "Q&A: What the new zoning map means for your block",
    "From Lagos to Lewiston: The pastor who built a choir out of strangers",
    "After 40 years, Dell’Acqua’s Bakery on Grand Ave. pulls its last loaf",
    "State auditor flagged $18.6M in no-bid contracts — then the report vanished",
    "Drought map: 63% of the state is now ‘severe’ or worse",
    "Ni una más: Thousands march in Mexico City against femicides",
    "Why is my water bill $312? Readers asked, we answered",
    "Heat index hits 112°F in Phoenix; cooling centers open until 10 p.m.",
    "The Courier’s 2024 voter guide: every race, every candidate, in 7 languages",
    "Polls close at 8 p.m. — here’s what to watch, hour by hour",
    "Elecciones 2024: Lo que tiene que saber antes de votar en el condado",
    "‘Smoke like a wall’: Firefighters hold the line at Cedar Ridge",
]
QUOTES = [
    "« Nous ne partirons pas », a-t-elle lancé devant la mairie.",
    "„Wir hatten keine Wahl“, sagte die Bürgermeisterin am Dienstag.",
    "«Нам нікуди йти», — каже пані Олена, 67 років.",
    "«Мы просто хотим, чтобы свет дали», — говорит Ирина.",
    "قال أبو أحمد: «لن نترك أرضنا مهما حدث».",
    "「説明責任を果たしてほしい」と住民の男性は語った。",
    "“Não temos água há três dias”, disse Dona Aparecida.",
    "“No nos vamos a ir”, dijo la vecina, de 71 años.",
    "조합원들은 “끝까지 싸우겠다”고 밝혔다.",
    "“हमें अब तक मुआवज़ा नहीं मिला,” उन्होंने कहा।",
    "“Hatuna maji safi kwa wiki mbili,” alisema mama mmoja.",
    "“Bu kararı kabul etmiyoruz,” dedi sendika başkanı.",
    "„Nikt nas nie pytał o zdanie” — mówi sołtys wsi.",
    "«אנחנו לא זזים מכאן», אמרה התושבת.",
    "“我们只想要一个说法，”一位村民说。",
    "“Chúng tôi chỉ muốn được đối xử công bằng,” bà nói.",
    "\"It's not about the money,\" she said. \"It's about who gets to decide.\"",
    "“I’ve covered 11 hurricanes,” O’Rourke said. “This one’s different.”",
    "'We'll see,' the councilman said, and hung up.",
    "“Ndiyo, tumechoka,” alisema.",
    "«Ми повернемося додому, коли все закінчиться», — каже Микола.",
    "\"Nobody from the county ever came out here,\" said Mrs. Okafor, 81. \"Not once.\"",
]
DATELINES = ["WASHINGTON —", "KYIV, Ukraine —", "NAIROBI, Kenya —", "SAN JUAN, Puerto Rico —",
             "PORT-AU-PRINCE, Haiti —", "MEXICO CITY —", "DES MOINES, Iowa —", "TALLAHASSEE, Fla. —",
             "ST. PAUL, Minn. —", "LONDON —", "JERUSALEM —", "SÃO PAULO —", "HONG KONG —",
             "COEUR D’ALENE, Idaho —", "KHERSON, Ukraine —", "LAGOS, Nigeria —", "NEW DELHI —", "BRUSSELS —",
             "SEOUL —", "HAVANA —", "CEDAR KEY, Fla. —", "WILKES-BARRE, Pa. —"]
LINKS = [
    "https://www.meridiancourier.com/news/2024/11/05/election-results-tri-county/",
    "https://www.meridiancourier.com/politics/2024/11/04/ward-14-recount-explained/?utm_source=slack&utm_medium=internal",
    "https://web.archive.org/web/20240611143022/https://www.tricounty.example.gov/council/agendas/2024-06-11.pdf",
    "https://web.archive.org/web/2019*/meridiancourier.com/investigations/*",
    "https://archive.ph/2024.10.30-101512/https://www.hartwellforsenate.example.org/issues",
    "https://www.documentcloud.org/documents/24011245-state-auditor-no-bid-contracts-draft",
    "https://datawrapper.dwcdn.net/Xk9Pq/4/",
    "https://public.flourish.studio/visualisation/18244071/",
    "https://docs.google.com/spreadsheets/d/1Qe3ElexResultsTriCounty2024/edit#gid=0&range=A1:H40",
    "https://github.com/meridian-courier/elex-loader/pull/212",
    "https://meridiancourier.atlassian.net/browse/DATA-481",
    "https://x.com/MeridianCourier/status/1853871234567890123",
    "https://www.tiktok.com/@meridian.courier/video/7433221109876543210",
    "https://bsky.app/profile/meridiancourier.com/post/3laxyz2abck2s",
    "https://elections.tricounty.example.gov/results/2024-general/summary.csv",
    "https://www.courtlistener.com/docket/68123456/state-v-harlan/",
    "https://presto.meridiancourier.com/composer/story/STORM-POWER-1105?rev=14",
    "https://www.nhc.noaa.gov/refresh/graphics_at4+shtml/150303.shtml?cone#contents",
    "https://www.weather.gov/mfl/",
    "https://www.meridiancourier.com/archive/1987/03/14/page-a1.pdf",
    "https://chroniclingamerica.loc.gov/lccn/sn84026749/1918-11-11/ed-1/seq-1/",
    "http://localhost:8000/elex/preview?race=SEN-04&county=Adams",
    "https://staging.meridiancourier.com:8443/graphics/elex-2024/?embed=true&theme=dark",
    "https://grafana.newsroom.meridiancourier.com:3000/d/jeeves/bot-usage?orgId=1&from=now-24h&to=now",
    "https://www.meridiancourier.com/espanol/2024/11/05/elecciones-resultados-condado/",
    "https://apnews.com/hub/election-2024",
    "https://www.instagram.com/p/DCAbc12xYz9/",
    "https://maps.app.goo.gl/7hQxPzK2wWm1",
]
EMOJI = [":newspaper:", ":rotating_light:", ":ballot_box_with_ballot:", ":white_check_mark:", ":eyes:", ":pray:",
         ":coffee:", ":pizza:", ":camera_with_flash:", ":chart_with_upwards_trend:", ":memo:", ":hourglass:",
         ":thunder_cloud_and_rain:", ":cyclone:", ":sunny:", ":+1:", ":100:", ":skull:", "🗳️", "📰", "☕", "🌀",
         "⛈️", "📈", "🙏", "😵‍💫", "✅", "🔥", "🫡", "🇺🇦", "🇵🇷", "🇲🇽"]

# ---- what people type ---------------------------------------------------------------------------------------
# Markers: ⟦M⟧ a colleague, ⟦C⟧ a channel, ⟦L⟧ a link, ⟦P⟧ a place, ⟦N⟧ a number, ⟦H⟧ a headline,
# ⟦Q⟧ a source's quote, ⟦D⟧ a dateline, ⟦T⟧ an alert time, ⟦Z⟧ a time zone.
CHAT = [
    "morning all ☕ polls open in 60 min, election budget is pinned in ⟦C⟧",
    "hed TK on the storm piece, dek is in. ⟦M⟧ can you slot it?",
    "lede is fine, nut graf needs the 41,000 number higher up",
    "can someone give this a second read before it goes? ⟦L⟧",
    "⟦M⟧ your byline is misspelled on the web version — it's Ortega-Bañuelos, with the ñ",
    "Reminder: AP style is 6 a.m., not 6am or 6:00 AM. Yes, even in the liveblog 🙃",
    "Push alert draft: ⟦H⟧ (91 chars, fits)",
    "SEO hed: ⟦H⟧",
    "kicker for the A1 box: “Too close to call”",
    "⟦D⟧ Polls in the county opened at 7 a.m. with lines out the door at three precincts.",
    "photo needs a cutline: ⟦Q⟧ — can someone translate for the caption?",
    "translation pls: ⟦Q⟧",
    "source quote for the Spanish edition: ⟦Q⟧",
    "anyone have a phone number for the county clerk? the one on the site ((555) 013-2290) goes to voicemail",
    "new number for the Kyiv fixer: +380 44 123 4567 (Signal only)",
    "London desk: +44 20 7946 0958, ask for the night editor",
    "the presser moved to 2:30 p.m. ET, room 4B, 1200 block of W. Harrison St.",
    "embargo lifts 00:01 ET Thu 11/7 — DO NOT publish early, scheduled in Presto",
    "EMBARGOED until 23:30 GMT Wed: Lancet study on heat deaths. Hed/dek TK, ⟦M⟧ has the PDF",
    "corrections log is updated ⟦L⟧ — 3 today, all names",
    "Correction (Nov. 5): An earlier version of this article misstated Ald. Teresa Vukovich-Ramos’s ward. "
    "She represents the 14th Ward, not the 41st.",
    "Clarification: the $18.6M figure covers FY2021–FY2023, not a single year.",
    "who's on the slot tonight? I have 3 stories waiting in the queue",
    "homepage: moving ⟦H⟧ to the top, bumping the storm to the second well",
    "social copy for IG: “Every vote counted. Every county. Live results → link in bio” #Election2024 #TriCountyVotes",
    "tagging @MeridianCourier and @CourierEspanol on this one, plus @TriCountyClerk",
    "is #ElexNight or #ElectionNight24 the hashtag? audience team said one thing, social said another",
    "TikTok draft is up: ⟦L⟧ 42 seconds, captions burned in",
    "archive link in case they pull it again: ⟦L⟧",
    "they edited the campaign page overnight. before: ⟦L⟧",
    "found the 1987 story in the morgue: ⟦L⟧ page A1, below the fold",
    "graphics is on it: ⟦L⟧ ETA 20 min",
    "results embed on staging: ⟦L⟧ — checked on iOS, Android looks off",
    "the results page is at 98% of budget on Chartbeat, 14.2k concurrents 📈",
    "⟦N⟧ of 212 precincts reporting in Adams, turnout 61.4% vs 58.9% in 2020",
    "Hartwell 52.1% / O’Neil 47.9%, margin 1,874 votes. AP hasn't called it.",
    "Measure K: Yes 54.7% (38,220) – No 45.3% (31,651), 88% in",
    "we DO NOT call races. we say “The Associated Press declared” or “has not yet called”",
    "pizza's here for the night desk 🍕 (2 veggie, 1 GF, sorry ⟦M⟧ no pineapple)",
    "weather desk: ⟦P⟧ rain till 10 p.m., could hit late voters. ⟦M⟧ do we have a photog there?",
    "Delphine is a Cat. 2 now, 105 mph, moving NNE at 12 — cone shifted east ⟦L⟧",
    "heat advisory for ⟦P⟧ until 8 p.m.; feels-like 108°F",
    "photog is driving to ⟦P⟧, about 2½ hours. anyone know the road situation?",
    "I'm in ⟦P⟧ tomorrow for the funeral, filing by 4",
    "running late, train stuck outside Union Station 🙃",
    "OOO Thursday — ⟦M⟧ has my stories, notes are in the shared drive",
    "reminder: standards meeting at 11, we're talking about anonymous sources policy (§4.2 of the handbook)",
    "the stylebook says “Kyiv”, not “Kiev”. “Odesa”, one s. “Kharkiv”.",
    "can we stop writing “slammed” in heds pls 🙏",
    "30",
    "-30-",
    "TK TK TK",
    "killed. spiking the sidebar, not enough time",
    "filed ✅",
    "in the queue",
    "ty!", "on it", "👀", "+1", "yep", "standing by", "nvm, found it", "lol no",
    "mañana publicamos la versión en español a las 6, ¿alguien puede revisar los titulares?",
    "Bonsoir, je suis à Bruxelles jusqu’à vendredi, joignable sur Signal",
    "Доброго ранку! Світла в Харкові знову немає з 6:00",
    "Grüße aus Frankfurt — Pressekonferenz der EZB um 14:15 MEZ",
    "お疲れ様です。東京支局、本日の記事は2本です",
    "오늘 서울은 맑음, 기자회견은 오후 3시",
    "صباح الخير، المؤتمر الصحفي تأجل إلى الساعة الرابعة",
    "Obrigada! Matéria sobre as enchentes em Porto Alegre vai amanhã cedo",
    "क्या किसी के पास चुनाव आयोग का नंबर है?",
    "Habari! Mkutano wa waandishi ni saa nne asubuhi",
    "the FOIA came back: 214 pages, 60% redacted. uploading to DocumentCloud ⟦L⟧",
    "court filing is up on CourtListener ⟦L⟧ — State v. Harlan, No. 24-CR-0917, Dkt. 112",
    "Rule 5.1(b) of the county's canvass procedures says the board has 10 days, not 7",
    "the budget line: STORM-POWER-1105 / 22 in. / ⟦M⟧ / art: ⟦M⟧ / web 4 p.m., print B1",
    "slug is ELEX-W14-RECOUNT, not W14RECOUNT, the CMS search is picky",
    "does the newsletter go at 6:00 or 6:30 ET today? open rate was 41.7% at 6:00 last week",
    "⟦M⟧ ⟦M⟧ see thread",
    "what's the ETA on the precinct map?",
    "can we get the turnout chart with 2016/2020/2024 side by side? ⟦L⟧",
    "the state's site is down again (HTTP 503) — scraping the county mirror instead",
    "per the SoS: results after 8 p.m. ET, first batch is early/absentee (≈38% of ballots)",
    "“Too close to call” goes in the kicker, not the hed — standards",
    "Sources: 3 named, 1 anonymous (approved by ⟦M⟧). Notes in the drive.",
    "if you're going to the count center bring ID, they check badges at Door C (not Door A)",
    "byline: By Marisol Ortega-Bañuelos and Declan O’Rourke | Photos by Rafael D’Souza",
    "update the timestamp pls: “Updated Nov. 5, 2024, 9:42 p.m. ET”",
    "the A1 skybox needs tomorrow’s weather for ⟦P⟧ — hi/lo + a one-word condition",
]
DATA_SNIPPETS = [
    "```\ncounty,precinct,candidate,party,votes,pct\n\"Adams\",\"P-014\",\"Hartwell, Dana\",DEM,1204,51.3\n"
    "\"Adams\",\"P-014\",\"O'Neil, Frank\",REP,1143,48.7\n\"Adams\",\"P-015\",\"Hartwell, Dana\",DEM,988,47.2\n```",
    "```json\n{\"race_id\": \"SEN-04\", \"reporting\": 0.61, \"updated\": \"2024-11-05T21:42:10-05:00\",\n"
    " \"candidates\": [{\"name\": \"Dana Hartwell\", \"party\": \"DEM\", \"votes\": 41235},\n"
    "                {\"name\": \"Frank O'Neil\", \"party\": \"REP\", \"votes\": 39361}]}\n```",
    "formula for the share column: `=ROUND(E2/SUM(E$2:E$40)*100,1)`",
    "use `=SUMIFS(E:E,A:A,\"Adams\",C:C,\"Hartwell*\")` instead of the pivot, it updates live",
    "`=IFERROR(VLOOKUP(B2,'Precincts 2020'!A:F,5,FALSE),\"—\")` returns — when a precinct was redrawn",
    "`=QUERY(Raw!A1:H,\"select B, sum(E) where C = 'DEM' group by B\",1)`",
    "pulling the county table straight into the sheet: `=IMPORTHTML(\"https://elections.tricounty.example.gov/"
    "results/2024-general/\",\"table\",2)`",
    "zip from the address column: `=REGEXEXTRACT(A2,\"\\d{5}\")`",
    "`=TEXT(B2,\"yyyy-mm-dd\")` fixes the dates, the county sends 11/5/24 and 2024-11-05 mixed",
    "`=COUNTIF(F:F,\">=0.5\")` → 118 precincts where turnout is over 50%",
    "```python\nimport pandas as pd\ndf = pd.read_csv(\"precincts.csv\", dtype={\"fips\": str})\n"
    "df.groupby(\"county\")[\"votes\"].sum().sort_values(ascending=False).head(10)\n```",
    "`df[df[\"reporting\"] >= 0.95].pipe(lambda d: d.assign(margin=d.dem - d.rep))`",
    "```r\nresults %>%\n  group_by(county) %>%\n  summarise(total = sum(votes), dem_share = sum(votes[party == "
    "\"DEM\"]) / total) %>%\n  arrange(desc(total))\n```",
    "```sql\nSELECT county, SUM(votes) AS total\nFROM results_2024\nWHERE race = 'SEN-04' AND party IN ('DEM', "
    "'REP')\nGROUP BY county\nORDER BY total DESC;\n```",
    "`csvsql --query \"select county, sum(votes) from summary group by county\" summary.csv`",
    "`in2csv evictions_2023.xlsx --sheet \"Filings\" | csvcut -c 1,4,7 > evictions.csv`",
    "`curl -s https://elections.tricounty.example.gov/results/2024-general/summary.json | jq '.races[] | "
    "select(.id == \"SEN-04\") | .candidates[] | {name, votes}'`",
    "`wget -r -np -nd -A pdf https://www.tricounty.example.gov/council/minutes/2023/`",
    "scraper chokes on this row: `<tr class=\"precinct-row\" data-fips=\"39049\"><td>P-014</td><td>1,204</td></tr>`",
    "regex for precinct ids: `re.findall(r\"Precinct (\\d{3}[A-Z]?)\", text)`",
    "```\n| County | Reporting | Hartwell | O’Neil | Margin |\n|---|---|---|---|---|\n| Adams | 88% | 51.3% | "
    "48.7% | +2.6 |\n| Butler | 61% | 44.0% | 56.0% | −12.0 |\n| Carver | 100% | 58.9% | 41.1% | +17.8 |\n```",
    "```\n2024-11-05T21:40:02-05:00 INFO elex-loader race=SEN-04 precincts=130/212 changed=14\n"
    "2024-11-05T21:40:07-05:00 WARN elex-loader county=Butler http=503 retry_in=30s\n```",
    "data note for the graphic: “Source: Tri-County Board of Elections, unofficial results as of 9:42 p.m. ET. "
    "Figures may not add to 100% due to rounding.”",
    "the county's CSV uses `;` as a separator and `,` as decimal (51,3) — fixed with `pd.read_csv(f, sep=\";\", "
    "decimal=\",\")`",
    "FIPS codes lost their leading zeros again (9049 → 09049). always `dtype=str` people 🙏",
    "`git pull && make results RACE=SEN-04 COUNTY=all && make deploy-graphics ENV=staging`",
    "```\n$ python scrape_evictions.py --since 2023-11-01 --until 2024-10-31 --out data/raw/\nfetched 1284 "
    "filings (12 pages), 3 duplicates dropped\n```",
]
LONG = [
    "*Election night budget* (updated 6:05 a.m.)\n• ELEX-MAIN — ⟦M⟧ writes, ⟦M⟧ edits, web first at 8:01 p.m.\n"
    "• ELEX-SEN04 — Hartwell v. O’Neil, ⟦M⟧, 18 in.\n• ELEX-MEASUREK — ⟦M⟧, 12 in., graphic from ⟦M⟧\n"
    "• ELEX-W14 — recount sidebar, hold for results\n• ESPAÑOL — traducciones a partir de las 9 p.m.\nPrint "
    "deadline 11:45 p.m., late replate 1:15 a.m. Results table on A6.",
    "⟦D⟧ ⟦Q⟧\n\nThat’s the top of the piece, ⟦M⟧. Second graf is the numbers (41,000 without power; 3 shelters), "
    "third is the governor’s quote. Photos from ⟦M⟧ in the drive. Filing the rest by 4.",
    "Correction request from a reader (forwarded):\n> Your article of Nov. 3 says the bridge opened in 1962. "
    "It opened in 1961; I was there.\n> — R. Delacroix, Wilkes-Barre\n\nChecked the morgue: ⟦L⟧ — she’s right. "
    "Correction going on the web version; print runs tomorrow on A2.",
    "Standards note :memo:\n1. We say “ballots counted,” not “votes counted,” until the canvass is certified.\n"
    "2. No projections before the polls close at 8 p.m. ET.\n3. Quotes in another language: original + "
    "our translation, both in the story, e.g. ⟦Q⟧\n4. Corrections go at the bottom, dated.",
    "Data desk checklist for tonight:\n- [x] loader running on cron (*/2 * * * *)\n- [x] fallback scraper "
    "tested against the county mirror\n- [ ] map tiles warmed\n- [ ] sanity check: sum of precincts == county "
    "total (±0)\n- [ ] freeze at 2 a.m., resume 7 a.m.\nRunbook: ⟦L⟧",
    "Hurricane Delphine, 11 a.m. advisory:\n```\nLOCATION...27.1N 83.9W\nABOUT 95 MI SW OF CEDAR KEY FLORIDA\n"
    "MAXIMUM SUSTAINED WINDS...105 MPH...165 KM/H\nPRESENT MOVEMENT...NNE OR 20 DEGREES AT 12 MPH...19 KM/H\n"
    "MINIMUM CENTRAL PRESSURE...968 MB...28.59 INCHES\n```\nLandfall likely tonight near ⟦P⟧. "
    "⟦M⟧ heading there now.",
    "Embargo note for the Lancet piece:\n*EMBARGOED UNTIL 23:30 GMT / 6:30 p.m. ET, Wed., Nov. 6*\n"
    "Do not post, tweet, or send in newsletters before then. The study (n = 12,406; 95% CI 1.12–1.31) is in "
    "the drive. Outside experts: ⟦M⟧ has two calls booked.",
    "Night desk handoff 🌙\n```\npublished: 14 | updated: 9 | corrections: 2 (names)\nwaiting: ELEX-W14 "
    "(lawyers), STORM-POWER (new outage numbers at 5 a.m.)\npush alerts sent: 3 (8:01, 9:40, 11:58 p.m.)\n```\n"
    "Nothing broke. The results page held at 31k concurrents. 🫡",
    "Source list for the auditor story (don’t forward):\n• Former deputy auditor — on background, "
    "confirmed the draft date (March 14, 2023)\n• County procurement office: (555) 013-7781, ext. 204\n"
    "• Vendor’s counsel: declined to comment by email, 5:12 p.m.\nDocs: ⟦L⟧",
    "Newsletter draft — *The Morning Ledger*, Wed. Nov. 6\nSubject: Too close to call in the 4th District\n"
    "Preheader: Plus: Measure K passes, and what the storm left behind\n\nGood morning. Here’s where things "
    "stand: ⟦H⟧. Turnout was 61.4%, the highest since 2008…",
    "Translation check for the Spanish edition, please:\nEN: “Officials said the count would resume at 9 a.m.”\n"
    "ES: «Las autoridades dijeron que el conteo se reanudaría a las 9 a.m.»\nEN: ⟦H⟧\nES: ¿titular TK?",
]
BOT_COMMANDS = [
    "weather", "weather ⟦P⟧", "weather ⟦P⟧", "weather ⟦P⟧", "weather in ⟦P⟧", "Weather ⟦P⟧ please", "wx ⟦P⟧",
    "weather ⟦P⟧ tonight?", "remember location ⟦P⟧", "remember location ⟦P⟧", "my location", "forget location",
    "help", "config", "config timezone ⟦Z⟧", "config tz ⟦Z⟧", "config alert_time ⟦T⟧", "config time ⟦T⟧",
    "config units imperial", "config units metric", "alerts on", "alerts off", "login", "forget me",
    "hi", "thanks 🙏", "what can you do", "weather for the dateline: ⟦P⟧", "config alert_time 5:45am",
    "config timezone Eastern", "remember location", "weather ⟦P⟧ 🌀", "alerts on pls", "CONFIG UNITS METRIC",
    "weather ⟦P⟧ (photog heading out at 5)", "is it raining in ⟦P⟧", "config alert_time 05:45",
]
DM_CHATTER = [
    "hi jeeves", "good morning", "thanks!", "you're the best", "are you up?", "can you do hourly?",
    "is there a way to get alerts at 5:45? I'm on the early shift", "does this work for places outside the US?",
    "sorry, that was meant for someone else 🙈", "test", "?", "how do I change to Celsius",
    "weather for Kherson and Mykolaiv pls", "what's the forecast for election night in Philly",
    "why does it say Kyiv, Ukraine and not Київ?", "lol ok",
]
FILE_NAMES = ["precinct_results_1105.csv", "Screenshot 2024-11-05 at 21.42.13.png", "evictions_2023.xlsx",
              "auditor-draft (redacted).pdf", "IMG_2231.HEIC", "Hartwell presser — transcript.docx",
              "turnout_2016-2024.json", "cedar_key_surge.mp4", "A1 mock v3 FINAL.pdf", "Baird St tenants’ letter.jpg"]
UNFURLS = [
    ("Meridian Courier", "https://www.meridiancourier.com/news/2024/11/05/election-results-tri-county/",
     "Live results: Tri-County 2024 general election", "Every race, updated every two minutes after polls close."),
    ("Internet Archive", "https://web.archive.org/web/20240611143022/https://www.tricounty.example.gov/",
     "Tri-County Government — Wayback Machine", "Captured June 11, 2024 at 14:30:22 UTC"),
    ("DocumentCloud", "https://www.documentcloud.org/documents/24011245-state-auditor-no-bid-contracts-draft",
     "State auditor draft: no-bid contracts (2021–2023)", "214 pages · Contributed by Mariam Haddad"),
    ("X (formerly Twitter)", "https://x.com/MeridianCourier/status/1853871234567890123",
     "Meridian Courier (@MeridianCourier) on X", "BREAKING: Polls are now closed in Tri-County. Follow live "
     "results → mcour.ie/elex #Election2024"),
    ("National Hurricane Center", "https://www.nhc.noaa.gov/", "Hurricane DELPHINE Advisory 14",
     "...DELPHINE STRENGTHENS TO A CATEGORY 2 HURRICANE..."),
    ("GitHub", "https://github.com/meridian-courier/elex-loader/pull/212",
     "Retry county feeds on 503, keep last good snapshot by meridian-courier · Pull Request #212",
     "Adds exponential backoff (2s → 60s) and a stale flag on the results JSON."),
]


class Newsroom(WebApp):
    """The Courier, its people and one seeded random source; each method makes one request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAMS[0][0], APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window = event_window = (0, 20 * 3600)
    context_bytes, enterprise, enterprise_id_after = 40, ENTERPRISE, "context_enterprise_id"
    oauth_scopes, oauth_body_secret_rate = ("read", "read write", "write", "read"), 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.admin_logins = 0  # the panel's login throttle allows 20 attempts per client address
        self.sign_ins = 0  # /auth/slack/login and /callback are limited per address at the edge
        self.people: list[dict[str, str]] = []
        for i, (name, desk, tz) in enumerate(STAFF * 3):
            ascii_name = (name.replace("ñ", "n").replace("ç", "c").replace("ş", "s").replace("ł", "l")
                          .replace("Þ", "Th").replace("ó", "o").replace("á", "a").replace("é", "e")
                          .replace("í", "i").replace("ú", "u").replace("ö", "o").replace("ü", "u")
                          .replace("ễ", "e").replace("ị", "i").replace("ä", "a").replace("ï", "i")
                          .replace("è", "e").replace("Ç", "C").replace("Ó", "O").replace("Ł", "L"))
            parts = [p for p in ascii_name.lower().replace("'", "").replace(".", "").split() if p]
            handle = f"{parts[0]}.{''.join(parts[1:])}" + (str(i // len(STAFF)) if i >= len(STAFF) else "")
            team, domain = TEAMS[1] if desk == "espanol" else TEAMS[0]
            self.people.append({"id": self.sid("U0", 9), "name": name, "handle": handle, "desk": desk, "tz": tz,
                                "email": f"{handle}@meridiancourier.com", "team": team, "domain": domain})

    def record(self, kind: str, placement: str, req: dict[str, Any], sub: str = "") -> dict[str, Any]:
        self.n += 1
        return {**req, "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement,
                "sub": sub or kind}

    # ---- small random pieces ------------------------------------------------------------------------------
    def alert_time(self) -> str:
        hour = self.pick([4, 5, 5, 6, 6, 6, 7, 7, 8, 9, 12, 15, 17, 22])
        return f"{hour:02d}:{self.pick(['00', '15', '30', '45', '05', '40'])}"

    def fill(self, text: str, slack: bool = True) -> str:
        """Markers to values; in Slack text, mentions, channels and links in Slack's own markup."""
        out = slack_escape(text) if slack else text
        subs = {
            "⟦P⟧": lambda: slack_escape(self.pick(PLACES)) if slack else self.pick(PLACES),
            "⟦N⟧": lambda: str(self.rng.randint(12, 212)),
            "⟦H⟧": lambda: slack_escape(self.pick(HEADLINES)) if slack else self.pick(HEADLINES),
            "⟦Q⟧": lambda: slack_escape(self.pick(QUOTES)) if slack else self.pick(QUOTES),
            "⟦D⟧": lambda: self.pick(DATELINES),
            "⟦T⟧": self.alert_time,
            "⟦Z⟧": lambda: self.pick(TIMEZONES),
        }
        while "⟦M⟧" in out:
            p = self.pick(self.people)
            out = out.replace("⟦M⟧", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "⟦C⟧" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("⟦C⟧", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        while "⟦L⟧" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|here", "|archived copy", "|the draft", "|results", "|story"])
            out = out.replace("⟦L⟧", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        for marker, make in subs.items():
            while marker in out:
                out = out.replace(marker, make(), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.6:
            text = self.maybe_append(self.pick(CHAT), 0.25, EMOJI)
            if self.chance(0.12):
                text = self.pick(["⟦M⟧ ", "<!here> ", "<!channel> ", "cc ⟦M⟧: "]) + text
        elif roll < 0.85:
            text = self.pick(["", "", "fyi ", "data desk: ", "for the results page — ", "⟦M⟧ ",
                              "quick sanity check:\n"]) + self.pick(DATA_SNIPPETS)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "does this look right?", "cc ⟦M⟧", "✅ fixed in main",
                                          "(numbers are unofficial)", "halp 😵‍💫"])
        else:
            text = self.pick(LONG)
        out = self.fill(text.replace("<!here>", "\x01H").replace("<!channel>", "\x01C"))
        return out.replace("\x01H", "<!here>").replace("\x01C", "<!channel>")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    def rich_text(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]}]}]

    # ---- Slack: Events API --------------------------------------------------------------------------------
    def event_request(self, event: dict[str, Any], team: str) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events",
                "body": json.dumps(self.envelope(event, team), ensure_ascii=False, separators=(",", ":")),
                "headers": self.slack_headers("application/json")}

    def message_event(self, text: str, channel: str, kind: str, person: dict[str, str]) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if kind == "mention" else "message",
                                 "client_msg_id": self.uuid(), "text": text, "user": person["id"], "ts": ts,
                                 "team": person["team"], "channel": channel, "event_ts": ts}
        if kind != "mention":
            event["channel_type"] = "im"
        if self.chance(0.8):
            event["blocks"] = self.rich_text(text)
        if self.chance(0.22):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(40), "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events", json.dumps(body)), "slack-verify")

    def slack_mention(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.55:
            text = f"<@{BOT_USER}> " + self.command_text()
        elif roll < 0.8:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: "]) + self.chat_text()
        else:
            text = self.chat_text() + self.pick([f" <@{BOT_USER}>", f"\n\n<@{BOT_USER}> weather "
                                                 + slack_escape(self.pick(PLACES)), f" (cc <@{BOT_USER}>)"])
        return self.record("slack", "json", self.event_request(self.message_event(text, cid, "mention", person),
                                                               person["team"]), "slack-mention")

    def slack_dm(self) -> dict[str, Any]:
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.7:
            text = self.command_text()
        elif roll < 0.85:
            text = self.fill(self.pick(DM_CHATTER))
        else:
            text = self.chat_text()
        return self.record("slack", "json", self.event_request(self.message_event(text, self.sid("D0", 9), "im",
                                                                                  person), person["team"]),
                           "slack-dm")

    def slack_dm_changed(self) -> dict[str, Any]:
        """A DM edited by its author, or a link in it unfurled by Slack (both arrive as message_changed)."""
        person = self.pick(self.people)
        channel = self.sid("D0", 9)
        if self.chance(0.5):
            service, url, title, text = self.pick(UNFURLS)
            old_text = self.pick(["", "can you read this? ", "weather where this is? ", "fyi "]) + f"<{url}>"
            new = {"type": "message", "user": person["id"], "text": old_text, "ts": self.ts(),
                   "team": person["team"],
                   "attachments": [{"from_url": url, "original_url": url, "service_name": service, "title": title,
                                    "title_link": url, "text": text, "fallback": f"{service}: {title}", "id": 1,
                                    "service_icon": f"https://{urllib.parse.urlsplit(url).netloc}/favicon.ico"}]}
        else:
            old_text = self.command_text()
            new = {"type": "message", "user": person["id"], "ts": self.ts(), "team": person["team"],
                   "text": old_text + self.pick([" (typo)", " pls", "", "!"]),
                   "edited": {"user": person["id"], "ts": self.ts()}}
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "channel": channel,
                 "channel_type": "im", "ts": self.ts(), "event_ts": self.ts(), "message": new,
                 "previous_message": {"type": "message", "user": person["id"], "text": old_text, "ts": new["ts"],
                                      "team": person["team"], "client_msg_id": self.uuid()}}
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-dm-changed")

    def slack_dm_file(self) -> dict[str, Any]:
        person = self.pick(self.people)
        name = self.pick(FILE_NAMES)
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"csv": "text/csv", "png": "image/png", "xlsx": "application/vnd.openxmlformats-officedocument."
                "spreadsheetml.sheet", "pdf": "application/pdf", "heic": "image/heic", "docx": "application/"
                "vnd.openxmlformats-officedocument.wordprocessingml.document", "json": "application/json",
                "mp4": "video/mp4", "jpg": "image/jpeg"}[ext]
        fid = self.sid("F0", 9)
        text = self.fill(self.pick(["", "", "weather ⟦P⟧", "here's the file", "wrong chat, sorry",
                                    "can you read csv? lol"]))
        event = self.message_event(text, self.sid("D0", 9), "im", person)
        event.update({"subtype": "file_share", "upload": False, "display_as_bot": False, "files": [{
            "id": fid, "created": EPOCH + self.rng.randint(0, 70000), "name": name, "title": name,
            "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": person["id"],
            "size": self.rng.randint(1500, 48_000_000), "mode": "hosted", "is_external": False,
            "url_private": f"https://files.slack.com/files-pri/{person['team']}-{fid}/" + urllib.parse.quote(name),
            "permalink": f"https://{person['domain']}.slack.com/files/{person['id']}/{fid}/"
                         + urllib.parse.quote(name.lower().replace(" ", "_"))}]})
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-dm-file")

    def slack_bot_echo(self) -> dict[str, Any]:
        """The bot's own reply in a DM comes back as message.im with its bot_id (ignored, but delivered)."""
        person = self.pick(self.people)
        place = self.pick(PLACES)
        replies = [
            f"{place}: Partly cloudy, {self.rng.randint(-8, 36)}°C, wind {self.rng.randint(0, 60)} km/h; today "
            f"{self.rng.randint(-10, 20)}°C to {self.rng.randint(21, 38)}°C, {self.rng.randint(0, 100)}% chance of "
            "precipitation",
            f"Got it, I will remember {place}.",
            "Here is what I can do:\n• `alerts on|off`: daily weather alert for your location at your alert_time\n"
            "• `config [setting value]`: show or change your settings (units, alert_time, timezone)\n"
            "• `forget location`: forget your location\n• `weather [place]`: the weather for a place, or for your "
            "remembered location",
            f"Daily weather alerts are on, every day at {self.alert_time()} ({person['tz']}).",
            f"I could not find a place called '{place}'.",
            "Saved. Your settings:\n• alert_time: 05:45\n• alerts: on\n• timezone: America/New_York\n• units: "
            "imperial",
        ]
        text = slack_escape(self.pick(replies))
        ts = self.ts()
        event: dict[str, Any] = {"type": "message", "subtype": "bot_message" if self.chance(0.3) else None,
                                 "text": text, "user": BOT_USER, "bot_id": BOT_ID, "app_id": APP_ID, "ts": ts,
                                 "team": person["team"], "channel": self.sid("D0", 9), "event_ts": ts,
                                 "channel_type": "im", "blocks": self.rich_text(text),
                                 "bot_profile": {"id": BOT_ID, "app_id": APP_ID, "name": "Jeeves",
                                                 "team_id": person["team"], "deleted": False}}
        if event["subtype"] is None:
            del event["subtype"]
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-bot-echo")

    def slack_home(self) -> dict[str, Any]:
        person = self.pick(self.people)
        event: dict[str, Any] = {"type": "app_home_opened", "user": person["id"], "channel": self.sid("D0", 9),
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.6):
            event["view"] = {"id": self.sid("V0", 9), "team_id": person["team"], "type": "home",
                             "blocks": [{"type": "header", "block_id": self.token(3)[:4], "text": {
                                 "type": "plain_text", "text": "Your Jeeves settings", "emoji": True}}],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.token(6)}",
                             "app_id": APP_ID, "bot_id": BOT_ID}
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-home")

    # ---- Slack: slash commands and buttons -------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 8)
        fields = [("token", VERIFY_TOKEN), ("team_id", person["team"]), ("team_domain", person["domain"]),
                  ("enterprise_id", ENTERPRISE), ("enterprise_name", "Meridian Courier Media"),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", person["id"]),
                  ("user_name", person["handle"]), ("command", "/jeeves"), ("text", self.command_text()),
                  ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", person["team"])), ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 4)
        roll = self.rng.random()
        block_id = self.token(3)[:5]
        action: dict[str, Any]
        buttons: list[dict[str, Any]]
        if roll < 0.72:
            place = self.pick(PLACES)
            reply = (f"{place}: Light rain, {self.rng.randint(-5, 33)}°C, wind {self.rng.randint(3, 45)} km/h; "
                     f"today {self.rng.randint(-8, 15)}°C to {self.rng.randint(16, 36)}°C, "
                     f"{self.rng.randint(0, 100)}% chance of precipitation")
            action = {"action_id": "set_location", "block_id": block_id, "value": place, "type": "button",
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}
            buttons = [{"type": "button", "action_id": "set_location", "value": place,
                        "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}]
        else:
            reply = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
                     "history. It cannot be undone.")
            confirm = {"type": "button", "action_id": "forget_me_confirm", "value": "-", "style": "danger",
                       "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}}
            cancel = {"type": "button", "action_id": "forget_me_cancel", "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}}
            buttons = [confirm, cancel]
            action = dict(cancel if roll < 0.9 else confirm, block_id=block_id)
        action["action_ts"] = self.ts()
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": person["id"], "username": person["handle"], "name": person["handle"],
                     "team_id": person["team"]},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid,
                          "is_ephemeral": action["action_id"] != "set_location"},
            "trigger_id": self.trigger(), "team": {"id": person["team"], "domain": person["domain"],
                                                   "enterprise_id": ENTERPRISE},
            "enterprise": {"id": ENTERPRISE, "name": "Meridian Courier Media"}, "is_enterprise_install": False,
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", person["team"]), "actions": [action],
        }
        if action["action_id"] == "set_location":
            payload["message"] = {"type": "message", "subtype": "bot_message", "text": reply, "ts": msg_ts,
                                  "bot_id": BOT_ID, "blocks": [
                                      {"type": "section", "block_id": self.token(3)[:4],
                                       "text": {"type": "mrkdwn", "text": reply, "verbatim": False}},
                                      {"type": "actions", "block_id": block_id, "elements": buttons}]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record("interaction", "form", {"method": "POST", "uri": "/slack/interactions", "body": body,
                                                   "headers": self.slack_headers(
                                                       "application/x-www-form-urlencoded")},
                           "interaction-" + action["action_id"])

    # ---- the data API: scripts, CI, Sheets, dashboards ------------------------------------------------------
    def jwt(self, client: str, scope: str, aud: str = "jeeves") -> str:
        iat = EPOCH + self.rng.randint(0, 20 * 3600)
        claims = {"iss": BASE, "sub": client, "client_id": client, "aud": aud, "iat": iat, "nbf": iat,
                  "exp": iat + 900, "jti": self.uuid(), "scope": scope}
        header = {"alg": self.pick(["ES256", "ES256", "RS256"]), "kid": self.token(32), "typ": "at+jwt"}
        return ".".join([b64url_json(header), b64url_json(claims), self.token(64)])

    def script_headers(self, scope: str) -> dict[str, str]:
        client, ua = self.pick([
            ("data-desk-elex", "python-requests/2.32.3"), ("data-desk-elex", "elex-loader/3.2.0 (+https://github."
                                                           "com/meridian-courier/elex-loader) python-httpx/0.27.2"),
            ("homepage-weather-box", "node-fetch/3.3.2"), ("homepage-weather-box", "axios/1.7.7"),
            ("grafana-newsroom", "Grafana/11.2.0"), ("newsletter-tuner", "python-httpx/0.27.2"),
            ("corrections-sync", "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; "
                                 "+https://script.google.com; id: UAEmdDd9Lq3k)"),
            ("data-desk-elex", "libcurl/8.5.0 r-curl/5.2.3 httr2/1.0.5"), ("ci-graphics", "curl/8.5.0"),
            ("ci-graphics", "GitHub-Actions/2.320.0 curl/8.5.0"), ("audience-dash", "Go-http-client/2.0"),
        ])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, scope)}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if self.chance(0.25):
            h["X-Request-Id"] = self.pick([self.uuid(), f"elex-{self.rng.randint(10**6, 10**7)}",
                                           f"gha-{self.rng.randint(10**9, 10**10)}-{self.rng.randint(1, 4)}"])
        if self.chance(0.25):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-{self.pick(['01', '00'])}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;o:rum,mc=elex-{self.hexs(8)}"
        if self.chance(0.1):
            tid = self.hexs(32)
            h["sentry-trace"] = f"{tid}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=elex-loader%403.2.0,"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={tid},sentry-sample_rate=0.2")
        if self.chance(0.08):
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)}"
        return h

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.3:
            h = self.script_headers("read")
            params: list[tuple[str, str]] = [("limit", self.pick(["50", "100", "200", "500", "25"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 0, 25, 100, 200, 500, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false", "on", "off"]),
                                ("team_id", [t for t, _ in TEAMS])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            return self.record("api", "query", self.get_request("/api/users?" + urllib.parse.urlencode(params),
                                                                h), "api-users")
        if roll < 0.47:
            h = self.script_headers("read")
            return self.record("api", "path", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                               "uri": f"/api/users/{self.rng.randint(1, 3400)}", "body": "",
                                               "headers": h}, "api-user")
        if roll < 0.67:
            h = self.script_headers(self.pick(["read write", "write"]))
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.6)
            elif choice < 0.7:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.8:
                doc = {"email": person["handle"] + self.pick(["+elex", "+nightdesk", ""]) + "@meridiancourier.com"}
            elif choice < 0.92:
                doc = {"is_active": self.chance(0.25)}
            else:
                doc = {"is_admin": self.chance(0.5), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.4))
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 3400)}",
                                               "body": body, "headers": h}, "api-user-patch")
        if roll < 0.84:
            h = self.script_headers("read")
            day = self.rng.randint(1, 5)
            since = self.pick([f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day:02d}T00:00:00-05:00",
                               f"2024-11-{day:02d}", f"2024-10-{day + 20:02d}T06:00:00.000Z",
                               f"2024-11-{day:02d}T04:00:00+00:00", f"2024-11-{day:02d} 06:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-11-05T23:59:59Z", "2024-11-06T05:00:00Z",
                                                   "2024-11-06T00:00:00-05:00", "2024-11-06"])))
            return self.record("api", "query", {"method": "GET", "uri": "/api/usage/stats?" +
                                                urllib.parse.urlencode(params), "body": "", "headers": h},
                               "api-stats")
        if roll < 0.92:
            return self.record("api", "header", {"method": "GET", "uri": "/api/switches", "body": "",
                                                 "headers": self.script_headers("read")}, "api-switches")
        h = self.script_headers("read write")
        action = self.pick(["weather", "remember_location", "alerts", "config", "my_location", "forget_location",
                            "login", "forget_me", "help"])
        switch: dict[str, Any] = {"enabled": self.chance(0.75)}
        if self.chance(0.6):
            switch["team_id"] = self.pick([TEAMS[0][0], TEAMS[1][0], "*"])
        h["Content-Type"] = "application/json"
        return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}", "body":
                                           json.dumps(switch), "headers": h}, "api-switch-put")

    # ---- browsers ---------------------------------------------------------------------------------------------
    def browser_headers(self, site: str = "same-origin", form: bool = False, mobile: bool = False
                        ) -> dict[str, str]:
        langs = ["en-US,en;q=0.9", "en-US,en;q=0.9", "en-US,en;q=0.5", "en-GB,en;q=0.9",
                 "es-MX,es;q=0.9,en;q=0.8", "es-419,es;q=0.9", "uk-UA,uk;q=0.9,en-US;q=0.8,en;q=0.7",
                 "fr-BE,fr;q=0.9,nl;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ar,en-US;q=0.7,en;q=0.3",
                 "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "de-DE,de;q=0.9,en;q=0.8", "he-IL,he;q=0.9,en-US;q=0.8",
                 "zh-HK,zh;q=0.9,en;q=0.8", "vi-VN,vi;q=0.9,en-US;q=0.8", "ja,en-US;q=0.9,en;q=0.8",
                 "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
                 "en-IE,en;q=0.9,ga;q=0.8"]
        browser = "slack-ios" if mobile else self.pick(["chrome", "chrome", "chrome", "edge", "firefox", "safari"])
        h: dict[str, str] = {}
        if browser in ("chrome", "edge"):
            ver = self.pick(["129", "130", "130", "131"])
            brand = "Google Chrome" if browser == "chrome" else "Microsoft Edge"
            platform, os_ua = self.pick([("macOS", "Macintosh; Intel Mac OS X 10_15_7"),
                                         ("Windows", "Windows NT 10.0; Win64; x64"), ("Linux", "X11; Linux x86_64")])
            ua = f"Mozilla/5.0 ({os_ua}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{ver}.0.0.0 Safari/537.36"
            if browser == "edge":
                ua += f" Edg/{ver}.0.0.0"
            h.update({"sec-ch-ua": f'"{brand}";v="{ver}", "Chromium";v="{ver}", "Not?A_Brand";v="99"',
                      "sec-ch-ua-mobile": "?0", "sec-ch-ua-platform": f'"{platform}"', "User-Agent": ua,
                      "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                                "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
                      "Accept-Encoding": "gzip, deflate, br, zstd", "Priority": "u=0, i"})
        elif browser == "firefox":
            h.update({"User-Agent": self.pick(["Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 "
                                               "Firefox/132.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) "
                                               "Gecko/20100101 Firefox/131.0"]),
                      "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                      "Accept-Encoding": "gzip, deflate, br, zstd", "Priority": "u=0, i"})
            if self.chance(0.4):
                h["Sec-GPC"] = "1"
        elif browser == "safari":
            h.update({"User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, "
                                    "like Gecko) Version/18.1 Safari/605.1.15",
                      "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                      "Accept-Encoding": "gzip, deflate, br", "Priority": "u=0, i"})
        else:
            h.update({"User-Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                                    "(KHTML, like Gecko) Mobile/15E148 Slack_SSB/24.11.10",
                      "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                      "Accept-Encoding": "gzip, deflate, br"})
        h["Accept-Language"] = self.pick(langs)
        h["Upgrade-Insecure-Requests"] = "1"
        h.update({"Sec-Fetch-Site": site, "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"})
        if site != "same-origin" or form or self.chance(0.5):
            h["Sec-Fetch-User"] = "?1"
        if form:
            h["Origin"] = "null"  # our pages are served with Referrer-Policy: no-referrer
            h["Cache-Control"] = "max-age=0"
        if self.chance(0.05):
            h["DNT"] = "1"
        return h

    @staticmethod
    def cookies(*pairs: tuple[str, str]) -> str:
        return "; ".join(f"{k}={v}" for k, v in pairs)

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        if self.chance(0.7):
            boundary = "----WebKitFormBoundary" + "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop"
                                                                    "qrstuvwxyz0123456789") for _ in range(16))
        else:
            boundary = "-" * 27 + "".join(self.pick("0123456789") for _ in range(29))
        return self.multipart_form(boundary, fields)

    def form_body(self, h: dict[str, str], fields: list[tuple[str, str]], multipart_rate: float) -> tuple[str, str]:
        if self.chance(multipart_rate):
            body, h["Content-Type"] = self.multipart(fields)
            return body, "multipart"
        h["Content-Type"] = "application/x-www-form-urlencoded"
        return urllib.parse.urlencode(fields), "form"

    # ---- the admin panel --------------------------------------------------------------------------------------
    ADMIN_SEARCHES = ["O'Rourke", "okonkwo", "Ortega-Bañuelos", "@meridiancourier.com", "d'arcy", "Dell'Acqua",
                      "van 't Hoff", "Nguyễn", "李", "Ковален", "Ben-Ami", "st. clair", "T06MCESPNL", "T03MRDNCR7",
                      "U0", "night", "data", "ji-woo", "Quiñones", "ap Gwilym", "+elex", "whitfield", "Þórsson",
                      "Mac Suibhne", "Aït Ouali", "McAllister-Byrne", "hye-jin.cho@meridiancourier.com"]
    AUDIT_SEARCHES = ["login", "user.active", "user.admin", "feature.set", "client.create", "client.rotate",
                      "client.disable", "admin.map_slack", "denied", "failed", "login.slack", "forget_me",
                      "account.totp_enable", "data-desk-elex", "grainne", "2024-11-05", "homepage-weather-box"]
    CLIENTS = [
        ("data-desk-elex", "Election-night results loader (data desk) — reads usage stats for the #elections-2024 "
                           "dashboard; owner: Priyanka R."),
        ("homepage-weather-box", "A1/homepage weather box: alert settings for the weather desk, polls every 5 min"),
        ("newsletter-tuner", "Morning Ledger send-time tuner (audience team, @mwojcik) — read only"),
        ("grafana-newsroom", "Grafana: Jeeves usage for the newsroom ops board, read-only"),
        ("corrections-sync", "Corrections Log 2024 (Google Sheet) → Jeeves users; Apps Script, runs at 06:00 ET"),
        ("ci-graphics", "GitHub Actions: graphics deploys post the weather skybox to staging.meridiancourier.com:8443"),
        ("espanol-bot.bridge", "Courier en Español: puente de alertas del tiempo (equipo de Jorge Luis Peña)"),
        ("elex:backup-2024", "Backup loader on the DR box — only enable if the primary is down (see runbook §3)"),
        ("audience-dash", "Audience dashboard — Chartbeat + Jeeves alert opt-ins by desk"),
    ]

    def admin(self, part: str) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        if part == "search":
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            q = self.pick(self.ADMIN_SEARCHES)
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.2) else [])
            return self.record("admin", "query", {"method": "GET", "uri": "/admin/users?" +
                                                  urllib.parse.urlencode(params), "body": "", "headers": h},
                               "admin-users-search")
        if part == "flag":
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            flag = self.pick(["active", "active", "admin"])
            fields = [("csrf_token", csrf), ("q", self.pick(self.ADMIN_SEARCHES + ["", ""])),
                      ("page", str(self.pick([1, 1, 1, 2, 3]))), ("value", self.pick(["0", "1"]))]
            body, placement = self.form_body(h, fields, 0.0)
            return self.record("admin", placement, {"method": "POST", "uri": f"/admin/users/"
                                                    f"{self.rng.randint(1, 3400)}/{flag}", "body": body,
                                                    "headers": h}, "admin-user-flag")
        if part == "features":
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me",
                                "my_location", "forget_location", "help"])
            if self.chance(0.2):
                uri, fields = "/admin/features/remove", [("csrf_token", csrf), ("action", action),
                                                         ("team_id", TEAMS[1][0])]
            else:
                uri = "/admin/features"
                fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"]))]
                if self.chance(0.4):
                    fields.append(("team_id", self.pick([TEAMS[0][0], TEAMS[1][0], "t06mcespnl"])))
            body, placement = self.form_body(h, fields, 0.0)
            return self.record("admin", placement, {"method": "POST", "uri": uri, "body": body, "headers": h},
                               "admin-features")
        if part == "clients":
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            client, description = self.pick(self.CLIENTS)
            sub = self.rng.random()
            if sub < 0.55:
                fields = [("csrf_token", csrf), ("client_id", client), ("description", description), ("scopes", "read")]
                if self.chance(0.3):
                    fields.append(("scopes", "write"))
                uri = "/admin/clients"
            else:
                fields = [("csrf_token", csrf)]
                uri = f"/admin/clients/{urllib.parse.quote(client, safe='')}/" + self.pick(["rotate", "disable",
                                                                                             "enable"])
            body, placement = self.form_body(h, fields, 0.0)
            return self.record("admin", placement, {"method": "POST", "uri": uri, "body": body, "headers": h},
                               "admin-clients")
        if part == "audit":
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            params = [("q", self.pick(self.AUDIT_SEARCHES))] + ([("page", "2")] if self.chance(0.2) else [])
            return self.record("admin", "query", {"method": "GET", "uri": "/admin/audit?" +
                                                  urllib.parse.urlencode(params), "body": "", "headers": h},
                               "admin-audit")
        if part == "page":
            h = self.browser_headers(self.pick(["same-origin", "none"]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                              "/admin/gateway", "/admin/audit", "/admin/account", "/admin/slack-sign-in",
                              "/admin/users?done=user_updated&q=O%27Rourke&page=1",
                              "/admin/features?done=switch_updated",
                              "/admin/clients?done=client_disabled", "/admin/account?done=totp_enabled"])
            return self.record("admin", "cookie", self.get_request(page, h),
                               "admin-page")
        if part == "static":
            h = {"User-Agent": self.browser_headers()["User-Agent"], "Accept": "text/css,*/*;q=0.1",
                 "Accept-Encoding": "gzip, deflate, br", "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "no-cors",
                 "Sec-Fetch-Dest": "style", "Cookie": self.cookies(session)}
            return self.record("admin", "header", self.get_request("/admin/static/admin.css", h), "admin-static")
        if part == "login" and self.admin_logins < 16:
            self.admin_logins += 1
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!#%&*+=?@~()[]{}:;,/'\"<>|$^"
            password = "".join(self.pick(alphabet) for _ in range(self.rng.randint(14, 32)))
            if self.chance(0.3):  # a passphrase, as the standards desk recommends
                password = "-".join(self.pick(["copy", "desk", "ledger", "byline", "dateline", "lede", "kicker",
                                               "morgue", "slot", "rim", "galley", "proof", "Thirty", "Embargo"])
                                    for _ in range(4)) + str(self.rng.randint(10, 99))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients",
                                                                "/admin/users?q=O%27Rourke"])),
                      ("username", self.pick(["ngozi.okonkwo-adeyemi", "ops-admin", "hye-jin.cho", "admin"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            body, placement = self.form_body(h, fields, 0.0)
            return self.record("admin", placement, {"method": "POST", "uri": "/admin/login", "body": body,
                                                    "headers": h}, "admin-login")
        if part in ("login", "login_page"):
            h = self.browser_headers(self.pick(["none", "cross-site"]))
            nxt = self.pick(["/admin/", "/admin/users", "/admin/users?q=O%27Rourke", "/admin/audit?q=login"])
            uri = "/admin/login" + ("?" + urllib.parse.urlencode([("next", nxt)]) if self.chance(0.7) else "")
            return self.record("admin", "query", self.get_request(uri, h),
                               "admin-login-page")
        h = self.browser_headers(form=True)
        h["Cookie"] = self.cookies(session)
        sub = self.rng.random()
        if sub < 0.3:
            uri, fields = "/admin/slack-sign-in", [("csrf_token", csrf), ("username", self.pick(
                ["ngozi.okonkwo-adeyemi", "hye-jin.cho", "ops-admin"])), ("team_id", TEAMS[0][0]),
                ("user_id", self.pick(self.people)["id"])]
        elif sub < 0.4:
            uri, fields = "/admin/slack-sign-in/remove", [("csrf_token", csrf), ("username", "ops-admin")]
        elif sub < 0.55:
            uri, fields = "/admin/account/totp/start", [("csrf_token", csrf)]
        elif sub < 0.7:
            secret = "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
            uri, fields = "/admin/account/totp/confirm", [("csrf_token", csrf), ("totp_pending", secret),
                                                          ("totp", f"{self.rng.randint(0, 999999):06d}")]
        elif sub < 0.8:
            uri, fields = "/admin/account/totp/disable", [("csrf_token", csrf), ("password", self.token(18))]
        else:
            uri, fields = "/admin/logout", [("csrf_token", csrf)]
        body, placement = self.form_body(h, fields, 0.0)
        return self.record("admin", placement, {"method": "POST", "uri": uri, "body": body, "headers": h},
                           "admin-" + uri.rsplit("/", 1)[-1])

    def admin_search(self) -> dict[str, Any]:
        return self.admin("search")

    def admin_flag(self) -> dict[str, Any]:
        return self.admin("flag")

    def admin_features(self) -> dict[str, Any]:
        return self.admin("features")

    def admin_clients(self) -> dict[str, Any]:
        return self.admin("clients")

    def admin_audit(self) -> dict[str, Any]:
        return self.admin("audit")

    def admin_page(self) -> dict[str, Any]:
        return self.admin("page")

    def admin_static(self) -> dict[str, Any]:
        return self.admin("static")

    def admin_login(self) -> dict[str, Any]:
        return self.admin("login")

    def admin_login_page(self) -> dict[str, Any]:
        return self.admin("login_page")

    def admin_account(self) -> dict[str, Any]:
        return self.admin("account")

    # ---- /me/ -------------------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        mobile = self.chance(0.25)
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(self.pick(["same-origin", "none", "cross-site"]), mobile=mobile)
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            return self.record("me", "cookie", {"method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": uri,
                                                "body": "", "headers": h}, "me-page")
        h = self.browser_headers(form=True, mobile=mobile)
        h["Cookie"] = self.cookies(session)
        if roll < 0.62:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            body, placement = self.form_body(h, fields, 0.2)
            return self.record("me", placement, {"method": "POST", "uri": "/me/location", "body": body,
                                                 "headers": h}, "me-location")
        if roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["imperial", "imperial", "metric"])),
                      ("alert_time", self.alert_time()), ("timezone", self.pick([person["tz"], person["tz"],
                                                                                 self.pick(TIMEZONES)]))]
            if self.chance(0.65):
                fields.append(("alerts", "on"))
            body, placement = self.form_body(h, fields, 0.2)
            return self.record("me", placement, {"method": "POST", "uri": "/me/settings", "body": body,
                                                 "headers": h}, "me-settings")
        uri, fields = self.me_exit_form(csrf)
        body, placement = self.form_body(h, fields, 0.1)
        return self.record("me", placement, {"method": "POST", "uri": uri, "body": body, "headers": h},
                           "me-" + uri.strip("/").replace("/", "-"))

    # ---- Sign in with Slack and the bot's one-time links ----------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            h = self.browser_headers(self.pick(["same-origin", "none"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", self.get_request(uri, h),
                               "auth-page")
        if roll < 0.65 and self.sign_ins < 50:
            self.sign_ins += 1
            if self.chance(0.4):
                h = self.browser_headers(self.pick(["same-origin", "none"]))
                uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
                return self.record("auth", "query", self.get_request(uri, h),
                                   "auth-login")
            state = self.token()
            h = self.browser_headers("cross-site")
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            return self.record("auth", "query", {"method": "GET", "body": "", "headers": h,
                                                 "uri": "/auth/slack/callback?" + urllib.parse.urlencode(params)},
                               "auth-callback")
        link = self.token()
        if roll < 0.75:
            h = self.link_expander()
            return self.record("auth", "path", self.get_request(f"/auth/slack/link/{link}", h), "auth-link-preview")
        if roll < 0.88:
            h = self.browser_headers("cross-site", mobile=self.chance(0.3))
            h["Referer"] = "https://app.slack.com/"
            return self.record("auth", "path", self.get_request(f"/auth/slack/link/{link}", h), "auth-link")
        csrf = self.token()
        h = self.browser_headers(form=True, mobile=self.chance(0.3))
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        body, placement = self.form_body(h, [("csrf_token", csrf)], 0.0)
        return self.record("auth", placement, {"method": "POST", "uri": f"/auth/slack/link/{link}", "body": body,
                                               "headers": h}, "auth-link-post")

    # ---- TokenDealer ------------------------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["data-desk-elex", "homepage-weather-box", "newsletter-tuner", "grafana-newsroom",
                            "corrections-sync", "ci-graphics", "jeeves-worker", "espanol-bot.bridge"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.5.0", "node-fetch/3.3.2",
                                      "python-httpx/0.27.2", "Authlib/1.3.2 (+https://authlib.org/)",
                                      "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; "
                                      "+https://script.google.com; id: UAEmdDd9Lq3k)"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        if self.chance(0.2):
            h["X-Request-Id"] = self.uuid()
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic), "oauth-token")
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < 0.78:
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth", "form", self.form_request("/oauth/introspect", h, fields), "oauth-introspect")
        if roll < 0.88:
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
            return self.record("oauth", "form", self.form_request("/oauth/revoke", h, fields), "oauth-revoke")
        del h["Authorization"]
        return self.record("oauth", "form", self.verify_request(h, token, 0.4), "verify-token")

    # ---- health and metadata ----------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Pingdom.com_bot_version_1.4_"
                            "(http://www.pingdom.com/)", "Mozilla/5.0 (compatible; UptimeRobot/2.0; "
                            "http://www.uptimerobot.com/)", "curl/8.5.0", "ELB-HealthChecker/2.0"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if ua.startswith("Blackbox"):
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz"]), "body": "",
                                                    "headers": h})
        if roll < 0.65:
            h = {"User-Agent": self.pick(["python-jose/3.3.0", "Go-http-client/2.0", "jwks-rsa/3.1.0 (node)",
                                          "PyJWT/2.9.0", "lua-resty-http/0.17.2"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(20)}"' if self.chance(0.3) else f'"{self.hexs(16)}"'
            return self.record("meta", "header", self.get_request("/.well-known/jwks.json", h), "meta-jwks")
        if roll < 0.8:
            h = {"User-Agent": self.pick(["python-requests/2.32.3", "Authlib/1.3.2 (+https://authlib.org/)",
                                          "curl/8.5.0"]), "Accept": "application/json"}
            return self.record("meta", "header", self.get_request("/.well-known/oauth-authorization-server",
                                                                  h), "meta-oauth")
        h = {"User-Agent": self.pick(["openapi-generator/7.9.0", "Swagger-UI", "python-httpx/0.27.2",
                                      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, "
                                      "like Gecko) Version/18.1 Safari/605.1.15"]),
             "Accept": self.pick(["application/json", "application/json, */*", "*/*"])}
        return self.record("meta", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                              "uri": self.pick(["/api/openapi.json", "/openapi.json"]), "body": "",
                                              "headers": h}, "meta-openapi")



PLAN: list[tuple[str, int]] = [
    ("slack_mention", 235), ("slack_dm", 230), ("slack_dm_changed", 45), ("slack_dm_file", 25),
    ("slack_bot_echo", 70), ("slack_home", 40), ("slash_command", 300), ("button_click", 110),
    ("api", 225), ("admin_search", 30), ("admin_flag", 14), ("admin_features", 12), ("admin_clients", 18),
    ("admin_audit", 12), ("admin_page", 20), ("admin_static", 5), ("admin_login", 14), ("admin_login_page", 5),
    ("admin_account", 10), ("me", 110), ("auth", 60), ("oauth", 60), ("health", 50),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """Election day, in the order it happens (kinds interleaved)."""
    return planned(Newsroom(), PLAN, first="slack_verification")


if __name__ == "__main__":
    from .records import print_records

    print_records(benign())
