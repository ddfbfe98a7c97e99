"""Benign evaluation set (fiftyeighth): a theatre and concert venue's ordinary traffic through the edge, benign only.

The company is the Northgate Lyric, a 1,900-seat concert hall and a 420-seat studio theatre on the quays in
Salford, with a summer stage in Heaton Park and a production crew that tours its own shows. Its box office, front of
house, stage management, lighting, sound and stage crews, programmers and artist liaison use Jeeves mostly to check
the weather before get-ins, outdoor shows and truck calls, and they talk to it the way they talk to each other:
seat ranges (Row K 12-14, Dress Circle B 7 & 8), cue numbers (LX 45.5, SQ 12, FS 3), lighting and sound presets,
ticket, order and voucher codes, setlists, technical riders with quantities and power specs, show-call times (the
half, beginners, curtain up), accessibility requests, artists' names in many languages and scripts, ticket prices
and door splits, quoted contract and licence lines, file names of plots and riders, and long ticketing links.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
SlackDay.shared_file, SlackDay.bot_message, SlackDay.weather_blocks and file_urls from the shared modules.
"""

from __future__ import annotations

import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records

NAME = "evaluation_fiftyeighth"
SEED = 58_2024_1003
EPOCH = 1727942400  # 2024-10-03 08:00 UTC (09:00 BST), a Thursday: a get-in at 08:00, a concert tonight
TEAM, TEAM_DOMAIN = "T05NGLYR1C", "northgate-lyric"
PARTNER_TEAM = "T08FLDHSE7"  # Fieldhouse Touring, the co-producer's own workspace with Jeeves installed
PARTNER_DOMAIN = "fieldhouse-touring"
APP_ID, BOT_USER, BOT_ID = "A07LYRJVS3", "U07JVSLYR4", "B07JVSLYR8"
HOST = "jeeves.northgatelyric.co.uk"
BASE = f"https://{HOST}"

FIRST = ["Siân", "Eilidh", "Oluwaseun", "Marek", "Ingrid", "Thabo", "Aroha", "Katarzyna", "Paulo", "Rhiannon",
         "Jonas", "Fatoumata", "Hiroshi", "Nadia", "Callum", "Bronagh", "Dagny", "Anouk", "Ravi", "Sinéad",
         "Mateus", "Yevheniia", "Ezra", "Kaveh", "Lorcan", "Ffion", "Agnieszka", "Tadhg", "Niamh", "Ji-woo",
         "Émile", "Gráinne", "Kofi", "Leilani", "Dominika", "Cai", "Tomás", "Saoirse", "Pēteris", "Hélène",
         "Mary-Jane", "Jean-Luc", "Zainab", "Björn", "Chloé", "Aleksandr"]
LAST = ["Pritchard", "MacLeod", "Adeyemi", "Nowak", "Halvorsen", "Mokoena", "Te Rangi", "Kowalczyk", "Carvalho",
        "Llewellyn", "Brandt", "Diallo", "Tanaka", "Haddad", "O'Rourke", "Mac Cárthaigh", "Eriksdóttir", "de Vries",
        "Patel", "Ní Mhurchú", "Ferreira da Silva", "Shevchenko", "Goldberg", "Rostami", "Ó Briain", "Wyn Jones",
        "Zieliński", "Kim", "Hernández Ruiz", "Lefèvre", "Asante", "Kahananui", "Sørli", "Dvořáková", "ap Rhys",
        "Ozola", "D'Arcy", "Smith-Okoro", "van 't Riet", "McAllister"]
ARTISTS = ["Aoife Ní Fhearraigh & The Long Strand", "Kateryna Hrytsenko (Катерина Гриценко), piano",
           "Salif Koné & Les Étoiles de Bamako", "Dũng Nguyễn Trio", "Hjördís Þórsdóttir", "Zoë Ashworth-Kaur",
           "Ngozi Adébáyọ̀ Quintet", "李静 Li Jing (guzheng)", "박미나 Mina Park", "Yasmin Al-Khoury (ياسمين الخوري)",
           "Orquesta Típica La Porteña", "Mikołaj Dąbrowski Sextet", "Les Sœurs Bélanger", "Ensemble Æolus",
           "長谷川 徹 Tōru Hasegawa", "The Ó Dálaigh Brothers", "Ilse van 't Hof", "Jiří Novák & Brno Chamber Soloists",
           "Chiamaka & the Lagos Horns", "Noa Ben-Ami (נועה בן־עמי)", "Σοφία Παπαδοπούλου", "Pınar Yıldırım Ensemble",
           "Mahalia Okafor-Grant", "Kapelye Dos Shtetl", "São Jorge Fado Trio", "Northgate Youth Orchestra",
           "The Quayside Players", "DJ Kwesi b2b Mür", "Anjali Raghunathan (அஞ்சலி ரகுநாதன்)", "Sigur Fjell"]
SHOWS = ["The Winter's Tale", "Hedda Gabler", "The Cherry Orchard", "Die Fledermaus", "Carmen (in concert)",
         "Dick Whittington (panto)", "The Nutcracker", "Messiah — Come & Sing", "Under Milk Wood",
         "Ghost Light (new writing)", "Yerma", "Tosca (semi-staged)", "A Midsummer Night's Dream",
         "Oh, What a Lovely War!", "Salt & Iron (world premiere)", "Late Lyric: Jazz at 10"]
SEATS = ["Row K 12-14", "Stalls J 101–104", "Dress Circle B 7 & 8", "Upper Circle row F seats 22-25", "Box C",
         "Gallery GG 3", "wheelchair space WS2 + companion H14", "Choir Stalls CS 40–43", "Row AA 1-2",
         "Stalls M14, M15", "DC A1–A6 (front row)", "Rang 1, Reihe 3, Platz 17", "parterre rang 12 places 5-6",
         "platea fila 8, butacas 11/13", "Row K 12-14 → Row L 12-14", "Studio row C 9-10 (unreserved?)",
         "standing pit, 40 wristbands", "Rear Stalls T 30–33", "UC side A 1 (restricted view)", "Row Q 1-10 (block)"]
CUES = ["LX 45.5", "LX 212", "LX 0.5 (preset)", "SQ 12", "SQ 12a", "SQ 40.1", "FS 3", "FLY 9", "VT 4", "AUTO 17",
        "Rail cue 6", "LX 88 & SQ 31", "LX 101–108 (the storm)", "SQ 7b", "Q 102.3", "LX 67.9", "FLY 12 out",
        "FS 1 + FS 2 (pyro)", "SQ 55 (bow music)", "LX 300 (curtain call)"]
PRESETS = ["preset 3 \"Warm wash\"", "Eos: Group 41 @ 70", "ch 101 thru 124 @ 80", "Sub 5 at full",
           "MA3 Seq 12 cue 4.5", "DiGiCo SD12 snapshot 23", "Yamaha CL5 scene 031", "QLab list \"Main\", cue 14",
           "Palette CP 7 (deep blue)", "FP 12 'Act 2 interval'", "snapshot \"Band – Song 7\"",
           "Avolites Titan playback 3/12", "house lights @ 40% / 8 sec", "Focus palette 21 DSL special",
           "L-Acoustics preset 'Flat + sub cardioid'", "Mon mix 4: vox +3, keys -6", "Eos macro 901 (workers)"]
CODES = ["NGL-24-1003-K12", "Order #2024-448317", "ticket ref 8841-2271-0093", "GIFT-7QX9-LM42",
         "voucher NGLGV-5K8P-2W", "promo FRINGE24", "comp list CMP/1003/03", "booking ref TM-88KJ2Q",
         "Spektrix order 30418872", "SEE-TIX 6F2A91", "DICE #D-447120", "Eventim 9981 4420 07",
         "membership LYR-FR-0412", "group booking GRP-0931 (28 pax)", "refund RF-24-00718", "exchange EX-2219"]
PRICES = ["£32.50", "£18 (concession)", "£65 premium", "€28", "$45", "£12.50 + £1.75 booking fee", "£0.00 (comp)",
          "£4,250 guarantee", "70/30 door split after £3,200", "£145 for 4 (family ticket)", "£9 under-26",
          "£27.50/£22.50 conc.", "¥6,800", "CHF 45.–", "£1,120 (8 × £140 dinner & show)", "£5 transaction fee"]
CALLS = ["half at 19:00", "the ½ is called at 19:05", "beginners 19:25", "house open 18:45",
         "doors 19:00 / curtain up 19:30", "interval 20:40 (20 min)", "get-in 08:00, fit-up to 14:00",
         "tech 14:00–18:00", "dress 18:30", "get-out after the show, trucks 23:30", "soundcheck 16:00–17:15",
         "line check 18:15", "walk-in music from 18:50", "5 mins at 19:25, places 19:28", "curfew 22:30 sharp",
         "changeover 20:15–20:35", "notes in the green room at 10:30", "matinée half at 13:55"]
RIDER = ["2x DI boxes, 4x SM58, 1x Beta 91A, 8x wedges (4 mixes)", "Power: 63A 3-phase CEE (5-pin) USL",
         "32A single-phase for backline, SR", "Hazer: 1x MDG ATMe, fire alarm isolation 19:00–22:30",
         "Stage 12m x 9m, trim 7.5m, 2 x 1t points", "Catering: 12 hot meals at 18:00 (4 vegan, 1 GF, no nuts)",
         "3 dressing rooms w/ showers, 24 towels, steamer", "drum riser 2.4 x 2.4 m @ 40 cm, skirted black",
         "Steinway D, tuned to A=442 Hz before soundcheck & in the interval", "16 ch stagebox + 8 returns, Dante",
         "IEM: 6 stereo mixes, 470–542 MHz (ch 21–29) licensed", "rider: 2x still water per musician, 1x oat milk",
         "Truck: 1x 13.6 m artic, needs the bay from 07:45", "Merch: 1 table 2 m, 1 seller, 80/20 split (venue 20%)",
         "Guest list: 10 + 2 per artist, names by 16:00"]
ACCESS = ["wheelchair space + 1 companion, step-free via Stage Door", "infrared headset (hearing loop doesn't "
          "reach row W)", "BSL-interpreted performance Thu 7.30pm", "audio-described, touch tour 18:00",
          "relaxed performance please", "assistance dog (guide dog \"Juno\")", "aisle seat, knee replacement",
          "captioned (STAGETEXT) show", "transfer seat + wheelchair stored at the cloakroom",
          "large-print programme, 2 copies", "carer ticket free (Access Scheme no. AS-10482)",
          "needs to leave at the interval — seat near the exit", "ear defenders for an 8-year-old"]
PLACES = ["Salford", "Salford Quays", "Manchester", "MediaCityUK", "Heaton Park", "Didsbury", "Stockport",
          "Leeds", "Liverpool", "Buxton", "Hebden Bridge", "Edinburgh", "Leith", "Cardiff", "Llandudno", "Galway",
          "Dún Laoghaire", "Reykjavík", "Aarhus", "Groningen", "Köln", "Bremen", "Łódź", "Kraków", "Bamako",
          "Lagos", "Seoul", "São Paulo", "Kyōto", "Ōsaka", "Tromsø", "Saint-Malo", "Llanfair PG", "Stoke-on-Trent",
          "Newcastle upon Tyne", "Ashton-under-Lyne", "King's Lynn", "Bury St Edmunds", "M50 3AZ", "M25 2SW",
          "EH1 2EA", "LS2 7UP", "CF10 5AL", "53.4723, -2.2936", "53.5360,-2.2530", "Θεσσαλονίκη", "İzmir",
          "Zürich", "Montréal", "Gdańsk"]
ADDRESSES = ["Stage Door, Northgate Lyric, 1 Lyric Quay, Salford M50 3AZ", "Loading bay 2, Lyric Quay, Salford",
             "Heaton Park (Grand Lodge gate), Manchester M25 2SW", "Usher Hall, Lothian Rd, Edinburgh EH1 2EA",
             "Leeds Town Hall, The Headrow, Leeds LS1 3AD", "Wales Millennium Centre, Bute Pl, Cardiff CF10 5AL",
             "Tivoli Vredenburg, Vredenburgkade 11, 3511 WC Utrecht", "Harpa, Austurbakki 2, 101 Reykjavík",
             "Kulturpalast, Schloßstraße 2, 01067 Dresden", "Teatro Municipal, Praça Ramos de Azevedo, São Paulo",
             "Studio 2 (rear entrance), 14 Ordsall Lane, Salford M5 4TB", "Unit 7, Trafford Park Rd, M17 1HH",
             "Whitworth St W arches, unit 4½, Manchester M1 5WW", "The Old Chapel, Chapel St, Hebden Bridge HX7 8AD",
             "Scene dock, 1 Lyric Quay, Salford M50 3AZ", "Buxton Opera House, Water St, Buxton SK17 6XN"]
TIMEZONES = ["Europe/London", "Europe/Dublin", "Europe/Berlin", "Europe/Paris", "Europe/Amsterdam",
             "Atlantic/Reykjavik", "America/New_York", "America/Sao_Paulo", "Africa/Lagos", "Africa/Bamako",
             "Asia/Seoul", "Asia/Tokyo", "Australia/Melbourne", "Europe/Warsaw", "UTC", "Europe/Istanbul"]
FILES = ["Tech_Rider_v4.2 (FINAL).pdf", "Stage plot – Salif Koné 2024.png", "LX_plot_Studio_rev C.pdf",
         "Northgate_Lyric_Tech_Spec_2024-25.pdf", "Input list + monitor mixes.xlsx", "Setlist 03.10.24.docx",
         "Show report #14 – The Winter's Tale.docx", "seating_plan_Concert_Hall_v7.pdf", "IMG_4471.HEIC",
         "Hazer_risk_assessment_RA-031.pdf", "QLab_show_file_Yerma_v12.qlab5", "Rigging plot – 2x1t points.dwg",
         "Access bookings 3 Oct.csv", "Programme proof p.4–5 (Ilse van 't Hof).pdf", "Hrytsenko_EPK (каталог).zip",
         "Eos showfile Tosca_0310.esf3d"]
LINKS = [
    "https://northgatelyric.co.uk/whats-on/salif-kone-les-etoiles-de-bamako/?utm_source=slack&utm_medium=internal",
    "https://tickets.northgatelyric.co.uk/book/30418/seats?area=stalls&rows=K%2CL&qty=3",
    "https://tickets.northgatelyric.co.uk/orders/30418872?tab=tickets&view=print",
    "https://www.ticketmaster.co.uk/ngozi-adebayo-quintet-salford-03-10-2024/event/1F006112C8E54A21",
    "https://www.seetickets.com/event/the-winter-s-tale/northgate-lyric/3091245?affiliate=NGL&lang=en-GB",
    "https://dice.fm/event/x8q2p-dj-kwesi-b2b-mur-4th-oct-northgate-studio-salford-tickets",
    "https://www.eventim.de/event/novak-brno-chamber-soloists-kulturpalast-18244301/?affiliate=EVE",
    "https://www.google.com/maps/dir/Lyric+Quay,+Salford+M50+3AZ/Heaton+Park,+Manchester/@53.5,-2.27,12z",
    "https://www.metoffice.gov.uk/weather/forecast/gcw2hzs1u#?date=2024-10-03",
    "https://drive.google.com/drive/folders/1aB9xK2mQ7pL0zR4tY8vW3cN6?usp=sharing",
    "https://www.dropbox.com/scl/fo/7hq2k9x/AB3dE5fG?rlkey=p0q8r1s2t3u4&dl=0",
    "https://www.setlist.fm/setlist/aoife-ni-fhearraigh/2024/northgate-lyric-salford-england-3bd4e5f2.html",
    "https://www.youtube.com/watch?v=Zk7hQ2pR9aE&t=142s",
    "https://northgate.spektrix.com/reports/sales?event=30418&from=2024-09-01&to=2024-10-03&groupBy=priceBand",
    "https://www.stagetext.org/whats-on/?venue=northgate-lyric&type=captioned",
    "https://www.accessable.co.uk/venues/northgate-lyric/access-guides/stage-door-entrance",
    "https://intranet.northgatelyric.co.uk:8443/rota/crew?week=2024-W40&dept=LX",
    "https://www.ofcom.org.uk/spectrum/space-and-satellite/pmse?ref=licence%20PMSE-2419876",
    "https://calendar.google.com/calendar/u/0/r/week/2024/10/3?pli=1",
    "https://us06web.zoom.us/j/81234567890?pwd=cHJvZHVjdGlvbm1lZXRpbmc",
]
PHONES = ["+44 161 555 0172", "0161 496 0823", "+44 7700 900318", "07700 900 455 (stage door)", "+353 91 555 017",
          "+49 351 555 0140", "+1 (617) 555-0190", "+354 555 0199", "+223 20 55 01 23", "+234 1 555 0147"]
EMOJI = [":performing_arts:", ":musical_note:", ":microphone:", ":bulb:", ":ticket:", ":admission_tickets:",
         ":umbrella:", ":sunny:", ":pray:", ":tada:", ":eyes:", ":clap:", ":grimacing:", ":truck:",
         ":wheelchair:", ":ear:", "🎭", "🎶", "🎻", "🎹", "🥁", "🎫", "💡", "🔊", "☔", "🌧️", "🙏", "👏", "🚚", "♿"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %ADDR%", "weather %PLACE% tomorrow", "weather Heaton Park", "weather %PLACE%?",
    "weather for the get-in at %ADDR%", "weather %PLACE% %EMOJI%", "weather Salford tonight", "weather",
    "wether %PLACE%", "waether salford", "weather in %PLACE% this weekend", "Weather %PLACE% pls",
    "weather %PLACE% (outdoor stage, %CALL%)", "is it going to rain for the truck call? weather %PLACE%",
    "remember location %ADDR%", "remember location %PLACE%", "remember location Northgate Lyric, Salford",
    "remember location Stage Door & Scene Dock, Lyric Quay", "my location", "forget location", "help", "config",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%",
    "config units metric", "config units imperial", "alerts on", "alerts off", "alerts", "login", "forget me",
    "hi Jeeves 👋", "thanks!", "cheers", "what can you do?", "help me", "config alert_time 6.45",
]
CHAT = [
    "%CODE%: customer wants to move from %SEAT% to %SEAT%, same price band (%PRICE%) — ok to swap?",
    "box office: %SEAT% double-sold for tonight :grimacing: reseating them in %SEAT%, comp drinks voucher",
    "%WHO% can you standby %CUE% tonight? DSM wants it 2 counts earlier after %CUE%",
    "LX notes: %CUE% fade 3 → 5, %PRESET% is too cold in the garden scene",
    "Sound: %PRESET%, then %CUE% is the thunder. Sub check before the half please",
    "Calls for %SHOW%: %CALL%, %CALL%, %CALL%",
    "Rider for %ARTIST%: %RIDER%; %RIDER%",
    "Access booking %CODE%: %ACCESS% — %SEAT%",
    "%ARTIST% confirmed for Sat 12 Oct! Fee %PRICE%, %RIDER%",
    "Merch count for %ARTIST%: 42 tees (S/M/L/XL), 18 LPs @ £25, 30 tote bags",
    "who's got the key to the dimmer room? %WHO% signed it out at 07:50",
    "truck's here early %EMOJI% bay 2 is blocked by the bin lorry, %CALL%",
    "%WHO% pls send the updated %FILE% to the touring LD, she only has rev B",
    "voucher %CODE% shows as redeemed but customer says never used (%PRICE%) — can you check Spektrix?",
    "refund for %CODE%, %PRICE%, reason: \"illness — doctor's note attached\"",
    "running order tonight: support 19:30–20:10, changeover 20:10–20:35, %ARTIST% 20:35–22:15, curfew 22:30",
    "FOH: house will open 5 mins late, %CUE% is being re-plotted",
    "%ACCESS% for %CODE% please, they rang the access line (%PHONE%)",
    "tonight's sales: 1,742 / 1,896 (91.9%), 38 comps, 12 wheelchair + companion, 6 BSL seats",
    "the hazer set off the detector in the Studio again 🙈 fire panel zone 14, isolate from %CALL%",
    "power check: %RIDER% — we only have the 63A on SL, can we run a 32A from the dimmer room?",
    "DSM call script: \"Standby %CUE%, %CUE%... %CUE% GO\"",
    "Bonjour ! Les billets de %ARTIST% : %SEAT%, %PRICE% chacun. Merci !",
    "Hallo, die Band braucht %RIDER%. Get-in ist um 08:00, %CALL%.",
    "Hola, para %ARTIST%: %SEAT% y acceso en silla de ruedas, por favor",
    "Olá! O trio chega às 15h, %CALL%. %RIDER%",
    "Dzień dobry, bilety %CODE% — %SEAT%, zniżka studencka",
    "%ARTIST% の楽屋は2番です。サウンドチェック 16:00",
    "%ARTIST% 팀 도착했어요. %CALL%",
    "%ARTIST% — гримёрка 3, сэт-лист в %FILE%",
    "فرقة %ARTIST% وصلت. %CALL%",
    "%ARTIST% מגיעים ב-15:00, %CALL%",
    "艺人%ARTIST%的技术要求：%RIDER%",
    "Η %ARTIST% θέλει %RIDER%",
    "ok", "👍", "on it", "sorry wrong channel", "cheers %WHO%!", "🎭🎶", "back in 5", "who's on the desk tonight?",
    "on my way to %PLACE% with the van, ETA 14:20", "running 10 min late, M602 is a car park :truck:",
    "is the Steinway tuned? %ARTIST% asked for A=442 not 440",
    "Latecomers held until %CUE% (the first scene change), then into %SEAT%",
    "%SEAT% has a broken seat (the flip-up is stuck) — blocked off in Spektrix, sold tickets moved to %SEAT%",
    "Front-of-house report: 3 latecomers, 1 first aid (fainted in %SEAT%, fine), bar took £4,812.40",
    "Price bands for %SHOW%: A %PRICE%, B %PRICE%, C %PRICE%; restricted view -£5",
    "cast & crew comps for %SHOW% press night: 2 each, list closes Fri 12:00 — %LINK%",
    "pyro licence for FS 1 + FS 2 is on the wall by the prompt desk, distance 3 m from the front row",
    "radio mic channels: 1–12 cast, 13–16 spare; batteries changed at the interval (AA × 32)",
    "Setlist:\n1. Intro\n2. Sea of Glass\n3. Mo Ghrá\n4. Tha Mi Sgìth (trad. arr.)\n5. Encore: Bidh Clann "
    "Ulaidh",
    "Time sheet: crew call 08:00–13:00 (5h), 14:00–18:00 (4h), show 18:30–23:45 (5¼h) → 14¼h, OT after 10h @ 1.5×",
    "Door split for %ARTIST%: gross £14,220 − VAT (20%) − PRS (4.2%) = £11,348.39 → %PRICE%",
    "Bar stock: 12 × 30 L kegs, 6 cases prosecco, 200 plastic pints (Studio only!)",
    "\"The Promoter shall provide a safe working environment at all times\" — clause 9.3 of the %ARTIST% contract",
    "Licence condition 14: \"no admission after the start of the performance except at a suitable break\"",
    "Box office stats: online 78%, phone 9%, counter 13%; avg. basket £46.30",
    "Stage mgmt: prompt copy for %SHOW% is in the SM office, blue folder, tabs 1–5",
    "Rigging: 2 × 1 t CM Lodestar on points A3 & A7, bridle at 6.2 m; LOLER cert in %FILE%",
    "IEM frequencies: 478.200 / 486.375 / 502.750 / 511.125 MHz — all clear on the scan",
    "%WHO% %WHO% please check the thread re: %CODE%",
    "Gift vouchers sold this week: 31 (£1,240) — code format NGLGV-XXXX-XX",
    "Accessible performance list for October:\n• BSL: %SHOW%, Thu 10th 19:30\n• AD + touch tour: Sat 12th 14:00"
    "\n• Captioned: Tue 15th 19:30\n• Relaxed: Sun 20th 13:00",
]
LONG_MESSAGES = [
    "*Show report — %SHOW%, perf 14 (Thu 3 Oct)*\nUp: 19:31 · Interval: 20:39–21:00 · Down: 22:04\nRunning "
    "time: 2h 33m (incl. interval)\n\n*LX*: %CUE% late (operator), %CUE% fine\n*Sound*: radio mic 7 dropped out "
    "Act 2 sc. 3, swapped at %CUE%\n*FOH*: 1,742 in, 3 latecomers held to %CUE%\n*Access*: %ACCESS%\n\nThanks "
    "all 👏",
    "Tech rider — %ARTIST%\n```\nQTY  ITEM                 NOTES\n 2   DI box (active)     keys L/R\n 4   SM58"
    "                 vox\n 1   Beta 91A             kick in\n 8   wedges               4 mixes\n 1   63A 3-ph"
    " CEE         USL, 15 m tail\n```\nHospitality: %RIDER%",
    "Setlist — %ARTIST% (%CALL%)\n1. Obertura\n2. La Última Curda\n3. Verano Porteño\n4. Oblivion\n5. — "
    "interval —\n6. Adiós Nonino\n7. Libertango (encore)\n\nTotal ≈ 95 min; %CUE% on the last chord",
    "Hi all,\n\nforwarding from the promoter:\n\n> Hi Northgate team,\n> %ARTIST% will arrive at the stage door at"
    " 14:00. %RIDER%.\n> Guest list: 12 names by 16:00.\n> Many thanks, Jonas\n\n%WHO% can you sort parking for "
    "the splitter van (reg. MX72 KLR)?",
    "Box office handover 🎫\n- [x] %CODE% refunded (%PRICE%)\n- [ ] %CODE%: %ACCESS%, move to %SEAT%\n- [ ] "
    "call back Mrs Ó Briain re: group booking (28 pax)\n- [ ] re-issue voucher %CODE%\n\n_tick as you go pls_",
    "Production schedule — %SHOW%\n%CALL%\n%CALL%\n%CALL%\n%CALL%\n\nWeather for the get-in: please check with "
    "Jeeves before we open the dock doors 🌧️",
    "Input list:\n```\nch  source        mic/DI      stand\n1   kick in       Beta 91A    —\n2   kick out      D6"
    "          short\n3   snare top     SM57        short\n9   bass          DI          —\n17  vox (Aoife)   KSM9"
    "        tall\n```\n48 V on 17-20 please",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "I did not know your location anyway.", "Daily weather alerts are off.",
    "Daily weather alerts are on, every day at 06:45 (Europe/London).",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%ADDR%\u201d.",
    "%PLACE%: light rain, 12°C, wind 24 km/h; today 9°C to 14°C, 80% chance of precipitation",
    "%PLACE%: overcast clouds, 14°C, wind 11 km/h; today 10°C to 16°C, 20% chance of precipitation",
    "%PLACE%: moderate rain, 51°F, wind 17 mph; today 46°F to 55°F, 90% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:45\n• alerts: on\n• timezone: Europe/London\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
SEARCH_Q = ["Pritchard", "sian", "@northgatelyric.co.uk", "O'Rourke", "Ní Mhurchú", "box office", "lx",
            "Mac Cárthaigh", "de vries", "van 't Riet", TEAM, PARTNER_TEAM, "U07", "oluwaseun", "Zieliński",
            "ji-woo", "ap rhys", "d'arcy", "stage door", "Te Rangi", "Dvořáková", "jean-luc", "fieldhouse", "sound"]
AUDIT_Q = ["login", "login.slack", "user.active", "user.admin", "client.create", "client.rotate", "client.disable",
           "feature.set", "feature.remove_override", "admin.map_slack", "admin.unmap_slack", "account.totp_enable",
           "failed", "spektrix-sync", "2024-10-02", "boxoffice.lead", "logout"]
ADMINS = ["it.northgate", "sian.pritchard", "boxoffice.lead", "prodmgr", "callum.macleod", "breakglass-ngl"]
CLIENT_DESCRIPTIONS = [
    ("spektrix-sync", "Spektrix → Jeeves: box office staff list, nightly 03:00 (read-only)"),
    ("powerbi-foh", "Power BI: FOH dashboard — weather vs. walk-ups & latecomers, per venue (Hall/Studio/Park)"),
    ("showcaller.qlab", "QLab cue-light bridge (prompt desk PC, LX 0.5 → standby alerts) — read"),
    ("rota.crew", "Crew rota app: get-in & truck-call weather reminders, Mon–Sun 06:00"),
    ("ci-gitlab", "GitLab CI smoke test after deploy (read)"),
    ("fieldhouse:tour", "Fieldhouse Touring: tour weather for the splitter & trucks (A1/M6/M74)"),
    ("access-line", "Access line CRM — reads alert settings for BSL/AD reminders"),
    ("heaton-park.ops", "Heaton Park summer stage ops: wind alerts > 40 km/h stop the show (owner: Ingrid H.)"),
    ("data.warehouse", "Nightly export to BigQuery (dataset: ngl_ops) — usage & settings"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36 Edg/129.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.70 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "cy-GB,cy;q=0.9,en-GB;q=0.8", "ga-IE,ga;q=0.9,en;q=0.7",
         "pl-PL,pl;q=0.9,en-GB;q=0.8,en;q=0.7", "de-DE,de;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.8",
         "pt-BR,pt;q=0.9,en-US;q=0.8", "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7", "ja-JP,ja;q=0.9,en;q=0.8",
         "ko-KR,ko;q=0.9,en-US;q=0.8", "is-IS,is;q=0.9,en;q=0.8", "en-US,en;q=0.9", "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.7"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "Go-http-client/1.1",
              "axios/1.7.7", "node-fetch/3.3.2", "PostmanRuntime/7.42.0", "Bruno/v1.30.1", "okhttp/4.12.0",
              "PowerBI/2.134 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.22621.4249",
              "Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8", "Zapier", "rota-sync/2.3.1",
              "QLab/5.4.2 (Macintosh; OS X 14.7)"]
API_CLIENTS = ["spektrix-sync", "powerbi-foh", "showcaller.qlab", "rota.crew", "ci-gitlab", "fieldhouse:tour",
               "access-line", "heaton-park.ops", "data.warehouse", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
              "curl/8.10.1", "StatusCake_Pagespeed_Indev"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/1.1", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Authlib/1.3.2", "openapi-generator/7.8.0", "Spectral/6.13.1", "PostmanRuntime/7.42.0"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/audit",
               "/admin/account", "/admin/slack-sign-in", "/admin/users?page=2", "/admin/users?done=user_updated",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled", "/admin/audit?page=4"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/audit?q=login.slack",
              "/admin/users?q=o%27rourke", "/admin/features"]
LOGIN_REFERERS = (None, "https://app.slack.com/", BASE + "/admin/login?bye=1")
PHRASE_WORDS = ["proscenium", "limelight", "gobo", "fly-tower", "encore", "overture", "footlights", "stalls",
                "cyclorama", "prompt", "tabs", "barrel"]
PATCH_NAMES = ["Siân Pritchard (Head of LX)", "Oluwaseun Adeyemi – Box Office", "Gráinne Ó Briain, DSM",
               "Ji-woo Kim 김지우", "Jean-Luc Lefèvre (Sound No.1)", "Aroha Te Rangi", "Katarzyna Zielińska-Nowak",
               "Tadhg Mac Cárthaigh | Stage Door", "Dagny Sørli — Access Coordinator", "Ezra D'Arcy (ASM, Studio)",
               "Yevheniia Shevchenko / Євгенія Шевченко"]
UNTIL = ["2024-10-03T08:00:00Z", "2024-10-03", "2024-10-03T09:00:00+01:00", "2024-10-02T23:59:59Z"]
HOME_LOCATIONS = ["Northgate Lyric, Salford", "Heaton Park, Manchester", "Leeds", "Edinburgh", "Salford Quays"]


def ascii_folded(name: str) -> str:
    """A name as it appears in a handle or an e-mail address: accents dropped, lower case."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


class Venue(EvaluatorDay):
    """The Northgate Lyric: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Lq8vN3zRp6XcT2mWbK9dYsHa"
    base = BASE
    ts_window = (0, 14 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 7, 7, 8, 10, 12, 16, 17), ("00", "15", "30", "45", "40")
    iat_window = (0, 46000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 46000), 44, 0.18, 35
    blocks_rate, thread_rate = 0.78, 0.25
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, mobile_rate, dnt_rate = 0.22, 0.35, 0.07
    xff_rate, xff = 0.04, ("10.12.3.41", "192.168.20.17", "10.12.0.5, 172.20.1.9")
    script_encoding_rate, script_encodings = 0.4, ("gzip, deflate", "gzip, deflate, br", "gzip")
    oauth_scopes = ("read", "read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    oauth_body_secret_rate = 0.3
    verify_uas = [*SCRIPT_UAS[:6], "lua-resty-http/0.17.2"]
    verify_audience_rate = 0.35
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas, meta_browser_rate = META_UAS, 0.1
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 12, 0.2
    command_partner_rate = 0.12
    button_places, weather_replies = PLACES + ADDRESSES, BOT_REPLIES[8:11]
    set_location_roll, confirm_roll, click_message_rate = 0.68, 0.85, 0.45
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.12
    me_places = PLACES + ADDRESSES + ["Northgate Lyric, Salford", "Lyric Quay (Stage Door), Salford M50 3AZ"]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    login_referers = LOGIN_REFERERS
    phrase_words, phrase_separator, phrase_suffix = PHRASE_WORDS, ("-", ".", " "), (10, 99)
    feature_teams = (TEAM, PARTNER_TEAM, "", "")
    page_head_weight, search_referer_q = 12, True
    search_pages, audit_page = (1, 4), (2, 9)
    # the data API
    api_rolls, openapi_roll = (0.28, 0.44, 0.66, 0.84, 0.91), 0.93
    limits, offsets = ("25", "50", "100", "250", "500"), (0, 25, 50, 100, 250, 500)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_types = ("application/json", "application/json", "application/json;charset=UTF-8")
    patch_indents = (None, None, None, 2, 4)
    usage_days, until_choices = (1, 28), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|tickets", "|seat map", "|here", "|rider", "|Spektrix")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.25, 0.07, 0.62, 0.4
    mention_command_rate, mention_leads = 0.55, ("", "", "hey ", "cc ", "morning ")
    edit_suffixes = (" (edit: Row L not K)", " *", " — sorry, SQ not LX", "", " (typo)")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "home", "messages"), 0.5, 0.1
    # its shared files, unfurls and Jeeves' echoed replies
    files, file_sizes, file_title_stem = FILES, (12_000, 48_000_000), True
    file_notes = ("", "updated rider attached", "%FILE% — latest rev, pls use this one", "stage plot for %ARTIST%",
                  "seating plan with the access seats marked", "show report attached 🎭", "weather %PLACE%", "%ADDR%")
    file_types = {"pdf": "application/pdf", "png": "image/png", "heic": "image/heic", "csv": "text/csv",
                  "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "zip": "application/zip", "dwg": "image/vnd.dwg"}
    unfurl_leads = ("tickets for this one?", "weather for the load-in? it's this gig:", "fyi", "")
    unfurl_spaced, unfurl_event_ts_first = True, True
    bot_replies, bot_subtype_rate, bot_weather_mark = BOT_REPLIES, 0.2, "chance of precipitation"
    bot_blocks_rate, bot_verbatim_rate = 0.65, 0.3
    trace_rate, request_id_header = 0.2, "X-Request-ID"  # its scripts' tracing
    fill_pools = {"%ADDR%": ADDRESSES, "%PLACE%": PLACES, "%SEAT%": SEATS, "%CUE%": CUES, "%PRESET%": PRESETS,
                  "%CODE%": CODES, "%PRICE%": PRICES, "%CALL%": CALLS, "%RIDER%": RIDER, "%ACCESS%": ACCESS,
                  "%ARTIST%": ARTISTS, "%SHOW%": SHOWS, "%FILE%": FILES, "%PHONE%": PHONES, "%EMOJI%": EMOJI,
                  "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = "".join(c for c in ascii_folded(first) if c.isalnum()) or "crew"
            plain_last = "".join(c for c in ascii_folded(last) if c.isalnum()) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@northgatelyric.co.uk",
                                "tz": self.pick(TIMEZONES[:6] + ["Europe/London"] * 6)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "box-office", "foh", "stage-management", "lx", "sound", "stage-crew", "production", "get-ins",
            "heaton-park-stage", "access", "artist-liaison", "programming", "studio-theatre", "general", "random",
            "bar-and-catering", "touring")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "bot_id": BOT_ID, "external_id": "", "title": {"type": "plain_text", "text": "View Title"},
                "blocks": [{"type": "header", "block_id": self.block_id(), "text": {
                    "type": "plain_text", "text": "Jeeves: what I know about you", "emoji": True}},
                    {"type": "section", "block_id": self.block_id(), "text": {
                        "type": "mrkdwn", "text": f"*Location:* {self.pick(HOME_LOCATIONS)}\n*Units:* metric\n"
                                                  f"*Daily alert:* {self.pick(['on at 06:45', 'off'])} "
                                                  f"(Europe/London)"}}]}

    # ---- Slack: what the subscriptions deliver beyond plain messages -------------------------------------------
    def unfurl_card(self, link: str, seen: tuple[str, ...]) -> dict[str, Any]:
        """A show's or a ticket page's unfurl, with its hero image."""
        host = urllib.parse.urlsplit(link).hostname or "northgatelyric.co.uk"
        service = host.removeprefix("www.").removeprefix("tickets.").split(".")[0].capitalize()
        artist, show = self.pick(ARTISTS), self.pick(SHOWS)
        title = self.pick([f"{artist} — Northgate Lyric, Salford", f"{show} | Northgate Lyric", f"{artist} tickets"])
        card = self.unfurl_attachment(link, service, title,
                                      f"Thu 3 Oct 2024, {self.pick(CALLS)}. Tickets {self.pick(PRICES)}.")
        card.update({"thumb_url": f"https://{host}/media/{self.hexs(10)}/hero-800x450.jpg", "thumb_width": 800,
                     "thumb_height": 450})
        return card

    def bot_icons(self) -> dict[str, str] | None:
        icons = {"image_36": "https://avatars.slack-edge.com/2024-03-11/jeeves_36.png",
                 "image_48": "https://avatars.slack-edge.com/2024-03-11/jeeves_48.png",
                 "image_72": "https://avatars.slack-edge.com/2024-03-11/jeeves_72.png"}
        return icons if self.chance(0.6) else None

    # ---- its browsers' cookies, its scripts' dates and tracing --------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("CookieConsent", self.pick(["accepted", "necessary-only"])))
        if self.chance(0.08):
            jar.append(("_hjSessionUser_3841207", self.token(24)))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}", f"2024-09-{day:02d}T09:00:00+01:00",
                f"2024-09-{day:02d}T00:00:00.000Z", f"2024-09-{day:02d} 18:00:00"]

    def request_ids(self) -> list[str]:
        return [f"rota-{self.rng.randint(10**6, 10**7)}", f"gl-job-{self.rng.randint(10**9, 10**10)}"]

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        super().trace_headers(h, ua)
        if ua.startswith("PowerBI") and self.chance(0.5):
            h["X-Ms-Client-Request-Id"] = self.uuid()


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 305), ("slack_mention", 160), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 20), ("slack_bot_echo", 40), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The venue's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Venue(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
