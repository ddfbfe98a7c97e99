"""Benign evaluation set (fortyninth): an airline's engineering and maintenance organisation, benign only.

The company is Kestrel Technics, the Part-145 maintenance and CAMO arm of Kestrel Airways: an A320neo family and
ATR 72-600 fleet, a main base hangar in Bristol, line stations in Glasgow, Belfast and Newcastle and outstations
from Faro to Kraków and Tenerife. Its licensed engineers (B1/B2), mechanics, planners, tech records, stores and
quality people ask Jeeves about the weather for engine runs, tows, de-icing and ramp work, and they talk to it
the way they talk to each other on shift: tail numbers (G-KSNA, EI-KTB, 9H-KSC), ATA chapters, part and serial
numbers with dashes and slashes, torque values, AMM/IPC/TSM task references, AD and SB numbers, MEL items,
work orders, hangar slots, METARs, TAFs and NOTAM-style abbreviations, shift handovers, AOG chases, names in
many languages and scripts, quotes, emoji and the odd typo.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions clicks on Jeeves' own buttons (set_location, forget_me_confirm, forget_me_cancel), the
data API with a bearer JWT (users list/read/patch, usage stats, switches), the admin panel forms with csrf_token,
`/me/`, Sign in with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the
health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
evaluator_routes.HELP_REPLY, evaluator_routes.file_urls, SlackDay.shared_file, SlackDay.bot_message,
SlackApp.slack_request, SlackApp.hook and SlackApp.trigger from the shared modules.
"""

from __future__ import annotations

import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import FORGET_ME, HELP_REPLY, file_urls
from .evaluator_web import HTML_ACCEPT
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fortyninth"
SEED = 49_0611_2024
EPOCH = 1718085600  # 2024-06-11 06:00 UTC, a Tuesday: the day shift takes over from nights
TEAM, TEAM_DOMAIN = "T03KSTECH7", "kestrel-technics"
ACMI_TEAM = "T05MALTAOPS"  # the Malta ACMI partner's workspace, a separate Slack team
APP_ID, BOT_USER, BOT_ID = "A05KJEEVS3", "U05JEEVESK", "B05JEEVESK"
VERIFY_TOKEN = "Hq3nVt8ZkPw2RyL6cMx1DfJs"
HOST = "jeeves.kestrel-technics.aero"
BASE = f"https://{HOST}"

FIRST = ["Eilidh", "Callum", "Łukasz", "Aoife", "Ruairí", "Priya", "Oluwaseun", "João", "Ólafur", "Marta",
         "Siddharth", "Niamh", "Tomás", "Agnieszka", "Dáithí", "Mohammed", "Yiannis", "Žydrūnė", "Hamza", "Carys",
         "Kenji", "Ngozi", "Bartłomiej", "Seo-yeon", "Guðrún", "Mateus", "Lena", "Rhys", "Farah", "Iñaki",
         "Anne-Sophie", "Wei", "Darragh", "Małgosia", "Chukwuemeka", "Saoirse", "Arvydas", "Inês", "Euan", "Zsófia"]
LAST = ["MacLeod", "O'Hare", "Wiśniewski", "Ní Dhomhnaill", "Ó Briain", "Venkataraman", "Adeyemi", "Magalhães",
        "Ragnarsson", "Kowalczyk", "McAllister", "Fitzpatrick-Doyle", "Al-Rashid", "Papadopoulos", "Kazlauskas",
        "Hughes", "Takahashi", "Okafor", "Grabowski", "Park", "Sigurðardóttir", "Ferreira da Silva", "Brennan",
        "Ap Gwilym", "Chaudhry", "Etxeberria", "Dubois-Lefèvre", "Zhang", "D'Arcy", "Nagy", "Jankauskas", "Gray"]
# Owners, lessors, vendors and crews as the engineers name them.
PARTIES = ["Kestrel OCC", "the Maltese ACMI crew", "Aercap (lessor rep)", "Safran Landing Systems", "Collins AOG desk",
           "Pratt & Whitney FSR", "CFM field rep", "ATR Support (Toulouse)", "Airbus AIRTAC", "Lufthansa Technik AOG",
           "Capt. Ó Súilleabháin", "F/O Nakamura", "Capt. Dembélé", "SCCM Ewa Dąbrowska", "Menzies handling",
           "Swissport ramp", "the CAA surveyor", "Skyline Spares Ltd", "Dr. Hanna Björklund (QA)", "AJW Aviation",
           "Liebherr-Aerospace", "Honeywell (APU shop)", "Jet Aviation GVA", "张伟 (Zhang Wei, Avic rep)",
           "Oleksandr Kovalenko (NDT)"]
TAILS = ["G-KSNA", "G-KSNB", "G-KSNC", "G-KSND", "G-KSNE", "G-KSNF", "G-KSTA", "G-KSTB", "G-KSTC", "G-OKES",
         "G-EZAB", "G-EZTH", "EI-KTB", "EI-KTC", "9H-KSA", "9H-KSC", "G-KATR", "G-KATS", "G-KATU"]
TYPES = ["A320neo", "A321neo", "A320-214", "ATR 72-600", "A319-111"]
STATIONS = [("Bristol", "BRS", "EGGD", "Europe/London"), ("Glasgow", "GLA", "EGPF", "Europe/London"),
            ("Belfast", "BFS", "EGAA", "Europe/London"), ("Newcastle", "NCL", "EGNT", "Europe/London"),
            ("Faro", "FAO", "LPFR", "Europe/Lisbon"), ("Alicante", "ALC", "LEAL", "Europe/Madrid"),
            ("Palma", "PMI", "LEPA", "Europe/Madrid"), ("Kraków", "KRK", "EPKK", "Europe/Warsaw"),
            ("Tenerife South", "TFS", "GCTS", "Atlantic/Canary"), ("Geneva", "GVA", "LSGG", "Europe/Zurich"),
            ("Malta", "MLA", "LMML", "Europe/Malta"), ("Prestwick", "PIK", "EGPK", "Europe/London"),
            ("Kaunas", "KUN", "EYKA", "Europe/Vilnius"), ("Reykjavík", "KEF", "BIKF", "Atlantic/Reykjavik")]
PLACES = ["Bristol", "Bristol Airport", "Lulsgate Bottom", "Glasgow", "Paisley", "Belfast", "Aldergrove",
          "Antrim", "Newcastle upon Tyne", "Woolsington", "Faro", "Alicante", "L'Alfàs del Pi", "Palma de Mallorca",
          "Kraków", "Balice", "Tenerife", "Granadilla de Abona", "Genève", "Meyrin", "Luqa", "Prestwick", "Ayr",
          "Kaunas", "Karmėlava", "Keflavík", "Reykjavík", "Weston-super-Mare", "Chew Magna", "Toulouse", "Blagnac",
          "Hamburg-Finkenwerder", "Shannon", "Dún Laoghaire", "Bishop's Stortford", "Saint-Martin-du-Touch",
          "Las Palmas de Gran Canaria", "Málaga", "Lisboa", "Łódź", "Zürich", "Gdańsk", "Ponta Delgada",
          "BRS", "EGGD", "GLA", "EGPF", "BFS", "NCL", "FAO", "LPFR", "KRK", "TFS", "GCTS", "MLA", "PIK",
          "BS48 3DY", "PA3 2SW", "BT29 4AB", "NE13 8BZ", "51.3827, -2.7191", "55.8719,-4.4331",
          "37.0144° N, 7.9659° W", "Hangar 3, Bristol Airport", "Stand 14, Glasgow Airport"]
TIMEZONES = ["Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Madrid", "Atlantic/Canary", "Europe/Warsaw",
             "Europe/Zurich", "Europe/Malta", "Europe/Vilnius", "Atlantic/Reykjavik", "UTC", "Europe/Paris",
             "Europe/Berlin", "Asia/Dubai", "Europe/Athens", "Etc/UTC"]
WORK_ORDERS = ["WO 24-118732", "W/O 24-119004", "WO#KT-BRS-000451", "WO 24-120377 (NRC)", "WO-GLA-24/0877",
               "work order 24-118990", "WO 24-121455 / TC 3", "WP KT-24-0612-N", "WO 24-117806 rev B"]
ATA = ["ATA 21", "ATA 24-22", "ATA 27-51-00", "ATA 28", "ATA 29-11", "ATA 30-21", "ATA 32-42-27", "ATA 32-11",
       "ATA 34-13", "ATA 36-11", "ATA 49", "ATA 52-41", "ATA 71-00", "ATA 72", "ATA 73-21", "ATA 79-21",
       "ATA 25-24", "ATA 33-42", "ATA 38-31", "ATA 26-15"]
PARTS = ["P/N D23189000-7", "P/N 3214552-3", "P/N 201587001", "P/N C20195000", "P/N 2-1583-3", "P/N 114A4500-3",
         "P/N AE-1250-02/A", "P/N NAS1149F0363P", "P/N MS21042L3", "P/N 69-37292-3", "P/N 822-1512-120",
         "P/N 066-50008-0101", "P/N 3291238-1", "P/N D5301-1/2", "P/N 4049-03-4", "P/N 2314M20-03",
         "P/N 9100-3000-001/R", "P/N ABS0367-050", "P/N 1152682-2", "P/N 5010T14P01 (HPT blade)",
         "P/N 30-1152-3 (brake assy)", "P/N M83248/1-013 (O-ring)", "P/N 1-002-0102-2064 (wheel)"]
SERIALS = ["S/N ZK4471", "S/N 1234-5678", "S/N: 0918/2019", "ESN 599-513", "ESN P769041", "S/N CT-23-00411",
           "S/N 7781A", "S/N B-06/118", "APU S/N P-11874", "S/N 20-3391-K", "S/N MN0427", "S/N 4471/A/22"]
TORQUE = ["torque 120-150 lbf.in (13.6-16.9 Nm)", "torque to 85 Nm ±5", "torque 40–45 lbf·ft",
          "torque 35 in-lb + run-on torque", "torque 285–315 lbf.in then safety wire .032\"",
          "torque 150 lbf.ft, back off, 50 lbf.ft, final 112.5 lbf.ft", "torque 9.0-10.2 Nm", "torque 650 lbf.in",
          "torque nut to 55-60 in.lb (6.2-6.8 N.m)", "torque 25 lbf.ft and torque seal"]
REFS = ["AMM 32-11-00-400-801-A", "AMM TASK 12-13-79-650-001-A", "IPC 32-41-21-01 item 40", "TSM 21-63-00-810-826-A",
        "MEL 21-52-01 (C)", "MEL 36-11-02 (B) — 3 days", "CDL 52-10-01", "SRM 51-77-11", "AMM 71-00-00-710-801-A",
        "AMM 05-51-16 (lightning strike)", "AMM 05-51-24 (severe turbulence)", "ESM 72-00-00", "CMM 32-42-58",
        "MPD 241000-01", "ATR AMM 32-41-00 p.401", "WDM 24-21-10", "AMM 12-31-41 (de-icing)"]
ADS = ["EASA AD 2023-0191", "EASA AD 2024-0056R1", "FAA AD 2022-19-15", "UK CAA AD G-2023-0004",
       "SB A320-32-1470 Rev 01", "SB ATR72-32-1145", "SB PW1100G-72-0189", "SIL 00-082", "AOT A320-29A1235",
       "SB CFM LEAP-1A 72-0301", "EASA AD 2021-0135 (PW1100G HPT)", "ISB 21-0047", "MOD 161205"]
TIMES = ["at 23:30Z", "tomorrow 0500L", "Tue 11/06 22:00", "2024-06-12T04:30Z", "tonight after the last rotation",
         "at 14h30", "between 0200 and 0400", "first wave (0545)", "before the 0710 to FAO", "this arvo",
         "11.06.2024 um 21 Uhr", "hoje às 22h", "jutro o 6:00", "after night stop", "ETA 1915Z"]
METARS = [
    "EGGD 110550Z 24015G28KT 9999 SCT020 BKN035 14/09 Q1008",
    "EGPF 110550Z 27018G32KT 9999 -SHRA FEW012 BKN025 11/08 Q0999 TEMPO 4000 SHRA",
    "EGAA 110550Z 21012KT 7000 -RA BKN008 OVC014 12/11 Q1003",
    "LPFR 110600Z 31008KT CAVOK 19/12 Q1017 NOSIG",
    "EPKK 110600Z VRB02KT 0600 R25/0900N FG VV002 13/13 Q1014 BECMG 3000",
    "GCTS 110600Z 05022KT 9999 FEW025 22/16 Q1016 NOSIG",
    "TAF EGGD 110500Z 1106/1206 24016G30KT 9999 SCT020 TEMPO 1112/1118 6000 SHRA BKN012 PROB30 TEMPO 1114/1118 "
    "TSRA",
    "TAF EGNT 110500Z 1106/1206 29012KT 9999 BKN030 BECMG 1118/1121 33006KT",
]
NOTAMS = ["RWY 09/27 CLSD 2300-0500 DLY DUE WIP", "TWY B BTN B2 AND B4 U/S", "ILS RWY 27 GP U/S",
          "GPU STAND 14 U/S, USE TPU", "DE-ICE PAD 2 AVBL FM 0400", "APRON 3 STANDS 31-34 CLSD",
          "FUEL HYDRANT STANDS 5-8 NOT AVBL", "BIRD ACT INCR VCY AD", "CRANE 150FT AGL 0.8NM SE THR 27",
          "AD HR 0530-2300, O/T PPR 24HR", "RFFS CAT REDUCED TO 6 0100-0500"]
PHONES = ["+44 117 496 0381", "07700 900718", "+44 141 496 0227", "+353 1 555 0164", "+351 289 555 014",
          "+48 12 555 01 77", "+356 2155 5012", "+34 922 555 018", "ext. 4471", "+44 (0)28 9555 0190"]
EMOJI = [":airplane:", ":small_airplane:", ":wrench:", ":hammer_and_wrench:", ":warning:", ":white_check_mark:",
         ":rotating_light:", ":sunny:", ":cloud_with_rain:", ":snowflake:", ":zap:", ":pray:", ":eyes:",
         ":sweat_smile:", ":coffee:", ":thumbsup:", ":fire:", ":tada:", "✈️", "🔧", "⚠️", "🛬", "🛫", "☕",
         "🌧️", "❄️", "👍", "🙏", "😬", "🇵🇹", "🇵🇱", "🇲🇹"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %STATION%", "weather %ICAO%", "weather in %PLACE% tomorrow", "weather %PLACE% please",
    "weather %PLACE%?", "weather at %STATION% tonight", "weather for %ICAO% this evening", "weather %PLACE% %EMOJI%",
    "weather %PLACE% right now", "weather", "wether %STATION%", "whether %PLACE%", "Weather %ICAO% pls",
    "weather near %PLACE% this morning", "weather %PLACE% - engine run %TIME%", "weather %STATION% for the tow",
    "remember location %PLACE%", "remember location %STATION% Airport", "remember location Hangar 3, Bristol Airport",
    "remember location %ICAO%", "Remember location %PLACE%", "my location", "forget location", "help", "help me",
    "config", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%",
    "config units metric", "config units imperial", "config unit imperial", "config alert 05:15", "alerts on",
    "alerts off", "alerts", "login", "forget me", "hi jeeves", "thanks 👍", "cheers mate", "what can you do?",
    "is it going to rain at %STATION% %TIME%?", "crosswind at %ICAO%?", "config timezone %TZ%!",
    "config alert_time 5.15",
]
CHAT = [
    "%TAIL% AOG at %STATION% — %ATA% %PART% u/s, nearest spare at BRS stores, courier booked %TIME% %EMOJI%",
    "Shift handover %STATION%: %TAIL% on stand 14, %WO% open, %REF% part-complete (steps 1–12 done, see NRC)",
    "%WHO% can you sign the CRS for %TAIL%? %WO% closed, tech log p.0412, all duplicate inspections done",
    "%TAIL% deferred under %REF%, placard fitted, ADD raised in the tech log ✍️",
    "%PART% %SERIAL% received with EASA Form 1 (block 12: \"inspected/tested IAW CMM 32-42-58 Rev 14\")",
    "reminder: %AD% due on %TAIL% by 30 FC / 15 JUN — planning has it in %WO%",
    "%TAIL% MLG wheel change #3, %TORQUE%, tyre 200 psi ±5 (nitrogen), brake wear pin 4 mm",
    "Birdstrike %TAIL% on approach to %ICAO%, %REF% done, no damage found on #2 fan blades. Photos in the WO",
    "Oil uplift %TAIL% #1 eng 0.5 qt, #2 eng 0.75 qt — consumption 0.14 qt/hr, within limits",
    "%TAIL% PIREP: \"ECAM HYD G RSVR LO LVL on taxi in\" — found leak at %PART%, replaced, leak check good",
    "NOTAM %ICAO%: %NOTAM%. Engine runs on the run-up bay only, tow via TWY A",
    "%ICAO% METAR: %METAR% — crosswind limit for the engine run is 25 kt so we wait",
    "Hangar 3 slot swap: %TAIL% in at 22:00 for the A-check, %TAIL% out by 05:30. Tow crew %WHO%",
    "%PART% on back order, %PARTY% quotes 5 days ex-works, AOG price USD 14,250 + freight",
    "%TAIL% borescope of HPT stage 1 (ESM 72-00-00): minor TBC loss on 3 blades, within limits, re-inspect at 250 FC",
    "who took the torque wrench TW-0417 out of the tool store? calibration due 12/06 %EMOJI%",
    "%WHO% the AMOS task for %TAIL% still shows %WO% open?? I closed it at 03:40",
    "De-icing %STATION% %TIME%: Type II 75/25, holdover ~35 min in -SN, Type IV on request from Kestrel OCC",
    "Thunderstorms forecast at %STATION% %TIME% — lightning within 5 NM = ramp ops stop, no refuelling, no APU run",
    "%TAIL% cabin defect: seat 14C recline inop (%ATA%), MEL 25-21-02 (D), blocked and placarded",
    "tech log entry %TAIL%: \"FWD cargo door seal torn approx. 3\" at hinge line\" — new seal %PART% fitted",
    "%WHO% %WHO% please see thread re %TAIL% %ATA%",
    "running 10 min late, M5 J19 is a car park again 🙈",
    "Anyone got the IPC fig for the NLG steering actuator? %REF%", "ok", "👍", "on my way to stand 31",
    "sorry wrong channel", "copy that", "done ✅", "nil defects on %TAIL% after the daily check",
    "%TAIL% transit check complete, ETOPS n/a, fuel 6.8 t, dep %TIME% on time",
    "stores: 2x %PART%, 1x %PART%, 4x MS21042L3 nuts — pls book out to %WO%",
    "%PARTY% on the phone about %TAIL% — %PHONE% — wants the teardown report by Friday",
    "Quality notice QN-24/017: duplicate inspection required after ANY flight-control disturbance, no exceptions",
    "The CAA audit moved to Thu 13/06 09:00; audit scope: Part-145.A.48, tooling calibration & human factors",
    "Lightning strike %TAIL%: entry at radome, exit at LH elevator static discharger. %REF% in progress",
    "EGT margin trend on ESN 599-513 dropped 8°C in 40 cycles — powerplant please review before the C-check",
    "Hi all, %TAIL% ferry to %ICAO% for the C-check slot, ETD 0600Z, crew: %PARTY%",
    "Bonjour, le %TAIL% est immobilisé à %STATION% : fuite hydraulique circuit vert, pièce %PART% en route",
    "Hola, el %TAIL% tiene un AOG en %STATION%, falta %PART%. ¿Alguien tiene stock en PMI?",
    "Olá! O %TAIL% ficou em %STATION%, %ATA% avariado, peça %PART% chega amanhã cedo",
    "Cześć, %TAIL% w %STATION% — wymiana koła MLG #2, moment dokręcenia wg %REF%",
    "Labas, %TAIL% stovi Kaune, C-check angare 2 iki birželio 28 d.",
    "%TAIL% の %ATA% 不具合、部品 %PART% を手配済みです。到着 %TIME%",
    "%TAIL% 정비 완료, %WO% 종료했습니다 👍",
    "Το %TAIL% στο %STATION%: αλλαγή τροχού, %TORQUE%",
    "%TAIL% في %STATION%: تسريب زيت هيدروليك، القطعة %PART% في الطريق",
    "%TAIL% 在 %STATION% 停场，%ATA% 故障，零件 %PART% 明早到",
    "המטוס %TAIL% מקורקע ב-%STATION%, מחכים לחלק %PART%",
    "Самолёт %TAIL% в %STATION%: замена колеса, %TORQUE%",
    "Overdue tasks per station: `=COUNTIFS(WO!C:C,\"OPEN\",WO!F:F,\"<\"&TODAY(),WO!B:B,\"BRS\")`",
    "hours to go: `=MPD!H12-(TSN!C4+C5*8.5)` → 412 FH left on the 24-month task for %TAIL%",
    "Parts for tonight:\n```\nP/N,Qty,Bin,WO\nD23189000-7,1,BRS-A-12-03,24-118732\nMS21042L3,4,BRS-C-01-17,"
    "24-118732\n2-1583-3,2,BRS-B-07-02,24-119004\n```",
    "*Handover* %TAIL%\n• %WO% open, %REF% steps 1–12 c/w\n• panel 192BB open, do NOT close before the leak check\n"
    "• tools: TW-0417, jack adapter JA-06 on the aircraft\n• next shift: leak check + duplicate insp.",
    "> %METAR%\n\nthat gust is above the 35 kt limit for opening the cowls, engine run postponed to %TIME%",
    "_Daily status %STATION%_ — serviceable: %TAIL%, %TAIL% · u/s: %TAIL% (%ATA%) · night stop: 2",
    "1) order %PART%\n2) raise ADD on %TAIL%\n3) tell OCC (%PHONE%)\n4) update AMOS & the ops board",
    "wing walker needed for the %TAIL% tow %TIME%, stand 31 → Hangar 3 (door A), max 5 kt",
    "Brake temp %TAIL% #3 at 310°C after the RTO — cooling time 45 min, %REF% inspection required",
    "Fuel sample %TAIL% clear & bright, no water, 2 L drained from each sump",
    "%TAIL% cabin PA distorted, tried CIDS reset (CB 2RH, 5 s) — no joy, deferred MEL 23-31-01",
    "Hydraulic fluid Skydrol LD-4 only on the ATRs?? no, both fleets use LD-4 / 5 — check the label",
    "Compass swing on %TAIL% Thursday at the compass base, need 2 B2s + the tug + 4 hours",
    "The %TAIL% weight & balance report (rev 7): BEW 42,318 kg, CG 28.6% MAC",
    "ETOPS check on %TAIL%: IDG oil level OK, #2 IDG disconnect tested, APU start OK (2 attempts)",
    "FYI the 5% tolerance on the torque chart is ±5% of reading, not of full scale",
    "%TAIL% doors 1L/2R slides changed, %SERIAL% and %SERIAL%, bottle pressure 3,000 psi @ 21°C",
]
LONG_MESSAGES = [
    "Night shift handover — %STATION% — %TIME%\n\n*Aircraft*\n1. %TAIL%: %WO%, %ATA% troubleshooting per %REF%, "
    "found chafed loom at frame 24, repaired IAW SWPM 20-10-14\n2. %TAIL%: daily check c/w, nil defects\n"
    "3. %TAIL%: AOG, waiting %PART% (ETA %TIME%)\n\n*Tools out*: TW-0417, borescope kit BK-2\n*Stores*: "
    "%PART% x2 booked out\n\nCRS pending for #1 — %WHO% to sign after the leak check",
    "Forwarded from %PARTY%:\n\n> Dear Kestrel Technics,\n> please be advised that %AD% requires a one-time "
    "inspection of %PART% within 600 FH or 4 months, whichever occurs first.\n> Regards\n\n%WHO% can planning "
    "check the fleet applicability? I think it hits %TAIL% and %TAIL% only.",
    "*A-check %TAIL%* — Hangar 3, %TIME%\n- task cards: 212 (38 NRCs so far)\n- %AD% c/w\n- %REF% c/w\n"
    "- open: %WO%\n- RTS target 05:30L, CRS by %WHO%\n\n:airplane: :wrench:",
    "AOG summary (last 24h)\n```\nTail     Stn  ATA      Part              ETA\n"
    "G-KSNC   FAO  32-42    D23189000-7      "
    "12/06 08:00\nEI-KTB   KRK  36-11    3214552-3        11/06 21:30\n9H-KSA   MLA  21-52    822-1512-120     "
    "TBC\n```\nOCC informed. Spares loan from %PARTY% agreed at USD 850/day.",
    "-------- Forwarded message --------\nFrom: AOG Desk <aog@skylinespares.example>\nDate: Tue, 11 Jun 2024 "
    "04:12\nSubject: RE: %TAIL% %PART% — quote Q-24-55871\n\nUnit is serviceable, FAA 8130-3 + EASA Form 1 dual "
    "release, ships today via NFO, AWB 176-88213944. Price USD 14,250.00, exchange, core due 30 days.",
    "Weekly reliability (fleet, wk 23)\n- tech delays: 7 (0.9%)\n- top ATA: 21 (3), 32 (2), 36 (1), 49 (1)\n"
    "- repeat defects: %TAIL% %ATA% (3rd time in 10 sectors!)\n- PIREPs per 100 FH: 1.42\n\n_please review "
    "before Thursday's reliability meeting_ 🙏",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    HELP_REPLY,
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 05:15 (Europe/London).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%PLACE%\u201d.",
    "%PLACE%: moderate rain, 12°C, wind 41 km/h; today 9°C to 14°C, 80% chance of precipitation",
    "%PLACE%: clear sky, 23°C, wind 13 km/h; today 16°C to 27°C, 0% chance of precipitation",
    "%PLACE%: thunderstorm, 57°F, wind 24 mph; today 50°F to 61°F, 70% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 05:15\n• alerts: on\n• timezone: Europe/London\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
LINKS = [
    "https://ad.easa.europa.eu/ad/2024-0056R1",
    "https://ad.easa.europa.eu/search/advanced/result/?date=&ad_number=&type_cert=A318%2C+A319%2C+A320%2C+A321"
    "&ata=32&ad_status=current",
    "https://drs.faa.gov/browse/ADFRAWD/doc/FAA-2022-1143?modalOpened=true",
    "https://www.caa.co.uk/commercial-industry/aircraft/airworthiness/approval-info/part-145/",
    "https://aviationweather.gov/api/data/metar?ids=EGGD,EGPF,EGAA&hours=3&format=raw",
    "https://aviationweather.gov/data/taf/?id=LPFR&decoded=1",
    "https://www.metoffice.gov.uk/weather/forecast/gcnkf8yxc#?date=2024-06-11",
    "https://www.flightradar24.com/data/aircraft/g-ksnc",
    "https://www.notams.faa.gov/dinsQueryWeb/queryRetrievalMapAction.do?reportType=Raw&retrieveLocId=EGGD+EGPF"
    "&actionType=notamRetrievalbyICAOs",
    "https://w3.airbus.com/1T40/office/aircraft/a320/doc?manual=AMM&task=32-11-00-400-801-A&rev=2024-05-01",
    "https://mro.kestrel-technics.aero/amos/workorder/24-118732?tab=tasks&station=BRS",
    "https://mro.kestrel-technics.aero/amos/parts/search?pn=D23189000-7&cond=SV&loc=ALL",
    "https://kestreltechnics.sharepoint.com/sites/Quality/Shared%20Documents/QN/QN-24-017%20Duplicate%20"
    "Inspections.pdf?web=1",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ0ZjFhOGUtYjM2Mi00%40thread.v2/0?context=%7b%22Tid"
    "%22%3a%2241c3e5a7-9b1d-4f2e-8a6c-0d7e3b5f9a12%22%7d",
    "https://www.atr-aircraft.com/our-services/maintenance/",
    "https://trackandtrace.courierservice.example/track?awb=176-88213944&lang=en",
    "https://www.google.com/maps/place/Bristol+Airport/@51.3827,-2.7191,15z",
    "https://intranet.kestrel-technics.aero:8443/rota/shifts?week=2024-W24&station=BRS&team=B1",
]
SEARCH_Q = ["MacLeod", "eilidh", "@kestrel-technics.aero", "U03", TEAM, "Ní Dhomhnaill", "o'hare", "wiśniewski",
            "line-brs", "B1", "ragnarsson", "Ó Briain", "al-rashid", "fitzpatrick", "Guðrún", "d'arcy", "kaunas",
            "ACMI", ACMI_TEAM, "seo-yeon", "Magalhães", "planning", "ap gwilym", "stores"]
AUDIT_Q = ["login", "login.slack", "user.active", "user.admin", "client.create", "client.rotate", "client.disable",
           "feature.set", "feature.remove_override", "weather@" + TEAM, "admin.map_slack", "account.totp_enable",
           "failed", "denied", "amos-sync", "2024-06-10", "user.forget_me", "eilidh.macleod"]
ADMINS = ["ops.admin", "eilidh.macleod", "it-brs", "callum.ohare", "break-glass", "quality.lead"]
CLIENT_DESCRIPTIONS = [
    ("amos-sync", "AMOS ↔ Jeeves user sync (names, e-mails), every 15 min — owner: MRO IT"),
    ("powerbi-mro", "Power BI: tech delays vs weather per station (BRS/GLA/BFS/NCL), read-only"),
    ("ops-board", "Ops board in Hangar 3: \"who's on shift\" + weather alerts, 24/7 kiosk"),
    ("efb-techlog", "eTechLog bridge (EFB) — reads usage stats for the reliability report"),
    ("gitlab-ci", "GitLab CI smoke test after each deploy (read)"),
    ("occ.dashboard", "OCC dashboard: station weather & AOG board, Mon–Sun 04:00–24:00"),
    ("reliability:weekly", "Weekly reliability pack (ATA 21/32/36/49) — Dr. Hanna Björklund"),
    ("acmi-malta", "ACMI partner (9H- fleet) status feed — só leitura / read only"),
    ("stores.kiosk", "Stores kiosk at BRS: parts booking reminders, 2× tablets"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36 Edg/125.0.2535.92",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-T636B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.147 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.05.20",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "en-IE,en;q=0.9,ga;q=0.6", "pl-PL,pl;q=0.9,en;q=0.8",
         "pt-PT,pt;q=0.9,en-GB;q=0.8,en;q=0.7", "es-ES,es;q=0.9,en;q=0.8", "lt-LT,lt;q=0.9,en;q=0.8", "en-US,en;q=0.9",
         "is-IS,is;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.7", "el-GR,el;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8",
         "mt-MT,mt;q=0.9,en-GB;q=0.8", "cy-GB,cy;q=0.9,en-GB;q=0.8", "en-GB"]
SCRIPT_UAS = ["python-requests/2.31.0", "python-httpx/0.27.0", "curl/8.5.0", "Go-http-client/2.0", "axios/1.6.8",
              "PowerBI/2.129 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "Microsoft Power Automate", "PostmanRuntime/7.37.3", "okhttp/4.12.0",
              "Apache-HttpClient/5.2.1 (Java/17)", "gitlab-runner 16.11.1",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.19041.4412",
              "AMOS-Interface/24.3 (Swiss AviationSoftware)", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
              "Dart/3.3 (dart:io)"]
API_CLIENTS = ["amos-sync", "powerbi-mro", "ops-board", "efb-techlog", "gitlab-ci", "occ.dashboard",
               "reliability:weekly", "jeeves-worker"]
FILES = ["IMG_4471.jpg", "IMG_4472.HEIC", "Borescope_ESN599513_HPT1.mp4", "TechLog_G-KSNC_p0412.pdf",
         "CRS_WO24-118732.pdf", "Form1_PN3214552-3_SN-ZK4471.pdf", "NRC_G-KSTA_A-check_#0147.xlsx",
         "MLG torque chart (rev 3).png", "Dent & Buckle chart G-OKES rev12.pdf", "W&B_G-KSNE_rev7.pdf",
         "handover_BRS_2024-06-11_night.docx", "QN-24-017 Duplicate Inspections.pdf", "AOG_board_wk24.xlsx",
         "Zdjęcie uszkodzenia – klapa.jpg", "8130-3_SN7781A.pdf"]
ADMIN_PAGES = ["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients",
               "/admin/account", "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2",
               "/admin/features?done=switch_updated", "/admin/features?done=switch_removed",
               "/admin/clients?done=client_enabled", "/admin/slack-sign-in?done=unmapped",
               "/admin/account?done=totp_disabled", "/admin/users?done=user_updated&q=MacLeod&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/users?q=macleod", "/admin/audit?q=login.slack",
              "/admin/clients"]
PHRASE_WORDS = ["rudder", "aileron", "torque", "hangar", "kestrel", "nacelle", "winglet", "pitot", "bogie", "stringer"]
PATCH_NAMES = ["Łukasz Wiśniewski – B1 Line BRS", "Aoife Ní Dhomhnaill (CAMO)", "Ólafur Ragnarsson, Powerplant",
               "Priya Venkataraman | Planning", "Oluwaseun Adeyemi (B2, avionics)", "João Magalhães – FAO outstation",
               "Guðrún Sigurðardóttir", "Dáithí Ó Briain (Stores/Logistics)", "Capt. Ruairí O'Hare — Tech Pilot",
               "Seo-yeon Park 박서연"]
UNTIL = ["2024-06-11T06:00:00Z", "2024-06-11", "2024-06-11T07:00:00+01:00"]
HEALTH_UAS = ["kube-probe/1.29", "Blackbox Exporter/0.25.0", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
              "ELB-HealthChecker/2.0", "curl/8.5.0", "Datadog/Synthetics", "Site24x7"]
META_UAS = ["PyJWT/2.8.0", "jose4j/0.9.6", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.31.0",
            "Authlib/1.3.0", "openapi-generator/7.6.0", "PostmanRuntime/7.37.3", "Swagger-UI"]


class Kestrel(EvaluatorDay):
    """Kestrel Technics: its people and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token, base = VERIFY_TOKEN, BASE
    ts_window, iat_window, event_window = (0, 16 * 3600), (0, 50000), (0, 50000)
    event_prefix, event_id_chars = "Ev07", 8
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    html_accept = HTML_ACCEPT + ",application/signed-exchange;v=b3;q=0.7"
    oauth_scopes, oauth_audience_rate = ("read", "read write", "write", "clients:admin"), 0.25
    oauth_audience = ("jeeves", "jeeves", "tokendealer")
    verify_uas, health_uas, readyz_rate = [*SCRIPT_UAS, "lua-resty-http/0.17.2"], HEALTH_UAS, 0.12
    meta_uas, meta_roll_first = META_UAS, True
    # /jeeves
    partner_team, partner_domain, command_partner_rate = ACMI_TEAM, "malta-acmi-ops", 0.08
    # /me/ and signing in
    timezones, me_alerts_rate, link_mobile_rate = TIMEZONES, 0.65, 0.55
    me_pages = ("/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                "/me/?done=location_forgotten", "/me/data.json")
    me_places = PLACES + [s[0] for s in STATIONS] + [f"{s[0]} Airport ({s[1]})" for s in STATIONS]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, ACMI_TEAM, "t05maltaops", "")
    admin_rolls, account_rolls = (0.2, 0.32, 0.48, 0.58, 0.66, 0.76, 0.86, 0.92), (0.25, 0.55, 0.75, 0.88)
    search_pages, audit_page, toggle_pages, user_ids, blank_searches = (1, 8), (2, 4), (1, 5), (1, 640), 2
    write_scope_rate, disable_password_bytes, css_encoding = 0.35, 18, "gzip, deflate, br, zstd"
    password_chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!#$%&*+=?@^~"
    password_length = (18, 32)
    # the data API
    api_rolls = (0.3, 0.47, 0.7, 0.86, 0.93)
    limits, offsets, filter_teams = ("25", "50", "100", "200", "500"), (0, 25, 50, 100, 200, 400), (TEAM, ACMI_TEAM)
    active_values, alert_values = ("true", "false", "1", "0", "True"), ("true", "false", "on", "off", "1")
    patch_rolls, patch_names, patch_indents = (0.25, 0.4, 0.7, 0.82, 0.92), PATCH_NAMES, (None, None, 2, 4)
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8",
                   "application/merge-patch+json")
    usage_days, until_choices = (1, 10), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels, long_rate, link_rate = ("", "", "", "|AD", "|this", "|AMOS", "|link"), 0.1, 0.07
    user_first, blocks_rate, dm_command_rate = True, 0.78, 0.65
    mention_command_rate, mention_leads = 0.55, ("", "", "", "hey ", "cc ", "ok ")

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(180):
            first, last = self.pick(FIRST), self.pick(LAST)
            ascii_first = self.ascii(first).replace(" ", "") or "eng"
            ascii_last = "".join(c for c in self.ascii(last) if c.isalnum()) or "k"
            self.people.append({"id": self.sid("U03", 8), "name": f"{first} {last}",
                                "handle": f"{ascii_first}.{ascii_last}{i if i % 11 == 0 else ''}",
                                "email": f"{ascii_first}.{ascii_last}@kestrel-technics.aero",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C03", 8), name) for name in (
            "line-brs", "line-gla", "line-bfs", "line-ncl", "hangar-brs", "aog-desk", "tech-records", "stores",
            "planning", "camo", "quality-safety", "shift-handover", "powerplant", "avionics", "outstations",
            "general", "random")]
        self.dms = [self.sid("D03", 8) for _ in range(70)]

    # ---- texts, block ids and the App Home view -----------------------------------------------------------
    @staticmethod
    def ascii(name: str) -> str:
        """A name as the e-mail system spells it: accents dropped, ł/ð/þ/ø written out."""
        name = name.lower().translate(str.maketrans({"ł": "l", "ð": "d", "þ": "th", "ø": "o", "æ": "ae"}))
        return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()

    def hhmm(self) -> str:
        return self.pick(["04:45", "05:00", "05:15", "05:30", "05:45", "06:00", "06:30", "07:00", "13:30", "17:45",
                          "19:00", "21:00", "21:30"])

    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (Slack's text with its escapes and <...> markup, the raw text as typed)."""
        simple = {"%PLACE%": PLACES, "%TIME%": TIMES, "%TZ%": TIMEZONES, "%EMOJI%": EMOJI, "%TAIL%": TAILS,
                  "%WO%": WORK_ORDERS, "%ATA%": ATA, "%PART%": PARTS, "%SERIAL%": SERIALS, "%TORQUE%": TORQUE,
                  "%REF%": REFS, "%AD%": ADS, "%METAR%": METARS, "%NOTAM%": NOTAMS, "%PARTY%": PARTIES,
                  "%PHONE%": PHONES}
        text = self.substitute(text, simple)
        return self.markup(self.substitute(text, {"%STATION%": lambda: self.pick(STATIONS)[self.pick([0, 0, 1])],
                                                  "%ICAO%": lambda: self.pick(STATIONS)[2], "%HHMM%": self.hhmm}))

    def block_id(self) -> str:
        return self.token(4)[:5]

    def home_view(self, team: str) -> dict[str, Any]:
        station = self.pick(STATIONS)
        return {"id": self.sid("V07", 8), "team_id": TEAM, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "clear_on_close": False,
                "notify_on_close": False, "root_view_id": self.sid("V07", 8), "app_id": APP_ID,
                "external_id": "", "app_installed_team_id": TEAM, "bot_id": BOT_ID,
                "title": {"type": "plain_text", "text": "View Title"}, "close": None, "submit": None,
                "blocks": [{"type": "header", "block_id": self.token(3)[:4], "text": {
                    "type": "plain_text", "text": "Your Jeeves settings"}},
                    {"type": "section", "block_id": self.token(3)[:4], "text": {
                        "type": "mrkdwn", "text": f"*Location:* {station[0]}, {station[1]}\n*Units:* "
                                                  f"metric\n*Daily alert:* on at 05:15 ({station[3]})"}},
                    {"type": "divider", "block_id": self.token(3)[:4]}]}

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def slack_edit(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        slack, raw = self.command_text() if self.chance(0.5) else self.chat_text()
        old = self.message(slack, raw, channel, False)
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: wrong tail)", " *", " — sorry, stand 41 not 14", "", " ✏️"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": channel,
                 "previous_message": self.inner(old), "hidden": True, "ts": self.ts(),
                 "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FILES)
        slack, raw = self.fill(self.pick(["", "photo of the damage on %TAIL%", "tech log page attached",
                                          "Form 1 for %PART%", "borescope video, stage 1 HPT 📹", "%WO% paperwork",
                                          "can you remember this location? %PLACE%"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"pdf": "application/pdf", "jpg": "image/jpeg", "heic": "image/heic", "png": "image/png",
                "mp4": "video/mp4", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}.get(
                    ext, "application/octet-stream")
        fid = self.sid("F07", 8)
        event["files"] = [{"id": fid, "created": EPOCH + 600, "timestamp": EPOCH + 600, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "user_team": TEAM, "editable": False, "size": self.rng.randint(40_000, 48_000_000),
                           "mode": "hosted", "is_external": False, "external_type": "", "is_public": False,
                           "public_url_shared": False, "display_as_bot": False, "username": "",
                           **file_urls(TEAM, TEAM_DOMAIN, event["user"], fid, name),
                           "has_rich_preview": False, "file_access": "visible"}]
        return self.shared_file(event)


    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        link = self.pick(LINKS)
        ask = self.pick(["weather for this?", "is this the right AD?", "fyi", "see", "check this one"])
        old = self.message(f"{ask} <{slack_escape(link)}>", f"{ask} {link}", channel, False)
        host = urllib.parse.urlsplit(link).hostname or "link"
        service = host.removeprefix("www.").split(".")[0].upper() if len(host) < 20 else host.split(".")[-2]
        title = self.pick([f"{self.pick(ADS)} — {self.pick(ATA)}", f"{self.pick(TAILS)} — {self.pick(TYPES)}",
                           "METAR/TAF — Aviation Weather Center", f"Work order {self.pick(WORK_ORDERS)}"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": self.fill(self.pick(CHAT))[1][:140], "fallback": f"{service}: {title}"}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": self.inner(old), "ts": self.ts(), "event_ts": self.ts(),
                 "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))


    def slack_bot_echo(self) -> dict[str, Any]:
        slack, _ = self.fill(self.pick(BOT_REPLIES))
        event = self.bot_message(slack, EPOCH - 86400 * 61, 0.25,
                                 {"image_36": "https://avatars.slack-edge.com/2024-04-10/"
                                              "6961882234_5f0c1e9a3b7d2c4e8a1f_36.png"})
        if "chance of precipitation" in slack and self.chance(0.7):
            event["blocks"] = self.weather_blocks(slack, slack.split(":", 1)[0])
        return self.record("slack", "json", self.event_request(event))


    # ---- Slack: button clicks (their own block ids) ---------------------------------------------------------
    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:10]])
        roll = self.rng.random()
        if roll < 0.7:
            value = self.pick(PLACES + [s[0] for s in STATIONS] + [f"{s[0]} Airport" for s in STATIONS])
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(4)[:5], "value": value,
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "type": "button", "action_ts": self.ts()}
            shown = self.pick(BOT_REPLIES[8:11]).replace("%PLACE%", value)
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(4)[:5], "value": "-",
                      "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "type": "button", "action_ts": self.ts()}
            shown = FORGET_ME
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(4)[:5], "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
            shown = FORGET_ME
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": person["id"], "username": person["handle"], "name": person["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": True},
            "trigger_id": self.trigger(),
            "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False,
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions"), "actions": [action]}
        if self.chance(0.45):
            payload["message"] = {"type": "message", "subtype": "bot_message", "text": shown, "ts": msg_ts,
                                  "bot_id": BOT_ID, "blocks": [{"type": "section", "block_id": self.token(4)[:5],
                                                                "text": {"type": "mrkdwn", "text": shown}}]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.35),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))


    # ---- its browsers, scripts and admin pages -----------------------------------------------------------------
    def page_accept(self, ua: str) -> str:
        if "Firefox" in ua or ("Safari" in ua and "Chrome" not in ua):
            return "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        return self.html_accept

    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome" not in ua:
            return None
        brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
        return f'"{brand}";v="125", "Chromium";v="125", "Not.A/Brand";v="24"'

    def site_cookies(self) -> list[tuple[str, str]]:
        if self.chance(0.12):
            return [("ai_user", f"{self.token(16)[:22]}|2024-05-{self.rng.randint(10, 31)}T08:14:22.118Z")]
        return []

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if self.chance(0.2):
            h["traceparent"] = self.traceparent()
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"ci-{self.rng.randint(10**6, 10**7)}-deploy",
                                           f"amos.{self.hexs(12)}"])
        if self.chance(0.05):
            h["X-Correlation-ID"] = self.uuid()

    def page_referers(self) -> list[str | None]:
        return [None, BASE + "/admin/", BASE + "/admin/users"]

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-06-{day:02d}T00:00:00Z", f"2024-06-{day:02d}", f"2024-06-{day:02d}T05:00:00+01:00",
                f"2024-05-{day + 20:02d}T23:00:00.000Z", f"2024-06-{day:02d} 06:00",
                f"2024-06-{day:02d}T00:00:00.000000+00:00"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 170), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 20), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 300), ("button_click", 110),
    ("api", 250), ("admin", 145), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The MRO's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Kestrel(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
