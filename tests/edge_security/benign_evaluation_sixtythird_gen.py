"""Benign evaluation set (sixtythird): a regional airline's operations control centre, benign only.

The company is Säntis Regional, a regional airline flying A220s and E195-E2s out of Zürich and Geneva, most of
it as LX flights for SWISS under a capacity purchase agreement and some charters under its own SRQ callsign. Its
operations control centre (OCC) in Kloten, crew control, maintenance control (MCC), dispatch and the station
staff at the outstations use Jeeves to check the weather at departure, destination and alternate airports, and
they talk to it the way they talk to each other: flight numbers (LX 1634, SWR1634), IATA and ICAO codes, METAR,
SPECI and TAF lines pasted as they come, NOTAMs, tail numbers (HB-JCA), MEL items, IATA delay codes (93/RA),
CTOTs, times in UTC with Z and in local time with L, gate and stand changes, passenger counts with SSRs, crew
pairings and rosters, MVT and flight plan messages, and crew names from every language the company's crews speak.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves`
slash commands, block_actions clicks on Jeeves' buttons (set_location, forget_me_confirm, forget_me_cancel), the
data API with a bearer JWT (users list/read/patch, usage stats, switches), the admin panel forms with csrf_token,
`/me/`, Sign in with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the
health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls, and adds the
Slack events an ops team's day has that those modules leave to the evaluator: shared files, link unfurls and
Jeeves' own replies echoed back.
"""

from __future__ import annotations

import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_sixtythird"
SEED = 63_2024_0726
EPOCH = 1721964600  # 2024-07-26 03:30 UTC (05:30 in Zürich), a Friday: summer peak, thunderstorms forecast
TEAM, TEAM_DOMAIN = "T05SNTSOCC", "saentis-ops"
PARTNER_TEAM, PARTNER_DOMAIN = "T06KGSHNDL", "kloten-ground"  # the ground handler's own workspace
APP_ID, BOT_USER, BOT_ID = "A07JV63OCC", "U07JEEVS63", "B07JEEVS63"
HOST = "jeeves.saentis-air.ch"
BASE = f"https://{HOST}"

FIRST = ["Reto", "Corina", "Beat", "Seraina", "Gian-Marco", "Flurina", "Ladina", "Urs", "Jürg", "Käthi", "Élodie",
         "Jérôme", "Maëlys", "Noé", "Chiara", "Matteo", "Giulia", "Lorenzo", "Zoë", "Ömer", "Ayşe", "Agnieszka",
         "Paweł", "Dragana", "Miloš", "João", "Inês", "Sofía", "Kenji", "Hyun-woo", "Priya", "Youssef",
         "Fatima-Zahra", "Niamh", "Sven", "Anneliese", "Thi Lan", "Marie-Claire", "Dariusz", "Leandro"]
LAST = ["Keller", "Caflisch", "Brunner", "Bezzola", "Cadruvi", "Müller", "Zürcher", "Lüthi", "Gächter",
        "von Allmen", "Rochat", "Favre", "de Weck", "Dubois-Pittet", "Bernasconi", "Dell'Acqua", "Fontana",
        "Yılmaz", "Öztürk", "Nowak", "Wiśniewski", "Petrović", "Đorđević", "da Silva", "Gonçalves", "Ruiz-Tagle",
        "Tanaka", "Kim", "Nguyễn", "Al-Khatib", "Haddad", "O'Brien", "Hofstetter-Nägeli", "N'Diaye", "Steiner",
        "Schär", "Jäggi", "Sørensen"]
PLAIN = str.maketrans({"ı": "i", "Đ": "D", "đ": "d", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L"})
# (IATA, ICAO, the city as people write it)
STATIONS = [("ZRH", "LSZH", "Zürich"), ("GVA", "LSGG", "Genève"), ("BSL", "LFSB", "Basel-Mulhouse"),
            ("LUG", "LSZA", "Lugano"), ("BRN", "LSZB", "Bern-Belp"), ("FLR", "LIRQ", "Firenze"),
            ("LCY", "EGLC", "London City"), ("MAN", "EGCC", "Manchester"), ("DUS", "EDDL", "Düsseldorf"),
            ("HAM", "EDDH", "Hamburg"), ("BER", "EDDB", "Berlin"), ("VIE", "LOWW", "Wien"), ("PRG", "LKPR", "Praha"),
            ("KRK", "EPKK", "Kraków"), ("NCE", "LFMN", "Nice"), ("PMI", "LEPA", "Palma de Mallorca"),
            ("OPO", "LPPR", "Porto"), ("OLB", "LIEO", "Olbia"), ("AJA", "LFKJ", "Ajaccio"),
            ("PRN", "BKPR", "Prishtina"), ("SKP", "LWSK", "Skopje"), ("BEG", "LYBE", "Beograd"),
            ("TIA", "LATI", "Tirana"), ("NAP", "LIRN", "Napoli"), ("CTA", "LICC", "Catania"),
            ("ATH", "LGAV", "Athens"), ("CPH", "EKCH", "København"), ("INN", "LOWI", "Innsbruck"),
            ("BOD", "LFBD", "Bordeaux"), ("BIO", "LEBB", "Bilbao")]
IATA = [s[0] for s in STATIONS]
ICAO = [s[1] for s in STATIONS]
CITIES = [s[2] for s in STATIONS] + ["Zurich airport", "Kloten", "Geneva", "Florence", "Athína", "Αθήνα",
                                     "Lisboa", "Praha Ruzyně", "Brindisi", "Heraklion", "Sion", "Samedan", "Ibiza",
                                     "Mykonos", "Split", "Dubrovnik", "Pristina", "Malaga", "Valencia", "Lyon"]
PLACES = CITIES + ICAO[:12] + ["47.4647, 8.5492", "46.2381,6.1090", "47°27′N 8°33′E", "8058 Zürich-Flughafen",
                               "1215 Genève", "CH-6982 Agno", "LSZH/ZRH", "EGLC London City"]
BASES = ["Flughafen Zürich, 8058 Zürich", "OCC, Obstgartenstrasse 21, 8302 Kloten", "Route de l'Aéroport 21, "
         "1215 Genève 15", "EuroAirport Basel-Mulhouse-Freiburg, 68300 Saint-Louis", "Via Aeroporto 1, 6982 Agno",
         "Flugplatzstrasse 31, 3123 Belp", "Via del Termine 11, 50127 Firenze", "Hartmann Rd, London E16 2PX",
         "Flughafenstraße 120, 40474 Düsseldorf", "ul. Kapitana Mieczysława Medweckiego 1, 32-083 Balice",
         "Rue Costes et Bellonte, 06206 Nice", "Alameda das Comunidades Portuguesas, 1700-111 Lisboa",
         "Crew hotel, Thurgauerstrasse 101, 8152 Glattpark", "Aeroporti Ndërkombëtar Adem Jashari, Prishtinë",
         "Crew room Dock E (level 2), ZRH", "Hangar 4, Werft ZRH, 8058 Zürich", "GVA crew centre, porte 7",
         "Aeroporto di Olbia, Località Olbia Costa Smeralda, 07026 Olbia", "LUG station office — Agno (TI)"]
TIMEZONES = ["Europe/Zurich", "Europe/Zurich", "Europe/Zurich", "UTC", "Etc/UTC", "Europe/London", "Europe/Rome",
             "Europe/Berlin", "Europe/Lisbon", "Europe/Istanbul", "Europe/Warsaw", "Europe/Belgrade",
             "Europe/Athens", "Europe/Paris", "Europe/Madrid", "Asia/Tokyo", "Europe/Vienna"]
FLIGHTS = ["LX 1634", "LX1634", "LX 1633", "LX 318", "LX 2812", "LX2813", "LX 1402", "LX 1658", "LX 456",
           "LX 1100", "LX 3582", "LX 1420", "LX 2076", "LX 1638", "LX 1812", "LX 578", "LX 2880", "LX 1486",
           "SWR1634", "SWR 98G", "SWR2812", "SRQ 811", "SRQ811", "SRQ 4521", "LX 1634/26JUL", "LX 1402/26"]
TAILS = ["HB-JCA", "HB-JCB", "HB-JCE", "HB-JCH", "HB-JCM", "HB-JCS", "HB-JCT", "HB-AZA", "HB-AZC", "HB-AZF",
         "HBJCA", "HB-JCQ"]
ROUTES = ["ZRH-FLR", "ZRH–LCY", "GVA-OPO", "ZRH/PRN", "LCY-ZRH-LCY", "ZRH → NCE", "BSL-PMI", "ZRH-SKP-ZRH",
          "LSZH-LIRQ", "GVA–AJA", "ZRH-KRK", "ZRH-OLB"]
DELAYS = ["93/RA", "81/AT", "83/AE", "84/AW", "41/TD", "71/WO", "72/WT", "75/WI", "32/GL", "33/GE", "36/GF",
          "63/FT", "64/FS", "66/FL", "87/AF", "89/AM", "95/RS", "96/RO", "15/PH", "18/PB", "11/PD", "31/GD",
          "DL 93/0045", "93 (RA)", "code 81", "IATA 41"]
DLYMIN = ["15'", "20 min", "35'", "+45'", "1h10", "1:25", "2h", "55 min", "0h40", "+90'", "3h12", "25'"]
MEL = ["MEL 21-51-01 (C) pack 1 inop", "MEL 34-11-01 (A) pitot heat #2", "MEL 30-21-02 (B) ice detector 2",
       "MEL 49-10-01 (C) APU inop → GPU + ASU needed at outstation", "MEL 25-21-03 (D) aft lav inop",
       "MEL 33-42-01 (C) L wing nav light", "MEL 36-11-04 (C) bleed 2 valve locked closed, FL max 310",
       "MEL 23-24-01 (C) ELT reported faulty", "CDL 52-11 (door seal fairing missing, +2 kg drag)",
       "MEL 28-42-02 (C) fuel qty ind. tank 2 — dipstick before each flight", "MEL 32-42-05 brake wear pin #3",
       "MEL item 22-11-01 A/THR inop (C), 10 days"]
METARS = [
    "METAR LSZH 260520Z 25006KT 9999 FEW035 SCT100 18/14 Q1015 NOSIG",
    "LSZH 261250Z 24012KT 9999 FEW040CB SCT080 28/16 Q1013 TEMPO TSRA",
    "SPECI LSZH 261412Z 30025G41KT 1500 +TSRAGR FEW008 BKN020CB 17/16 Q1016 RESHRA",
    "METAR LSGG 260550Z 21012KT CAVOK 20/11 Q1014 NOSIG=",
    "LIRQ 260550Z VRB02KT CAVOK 23/16 Q1017 NOSIG",
    "EGLC 260520Z 23009KT 9999 BKN012 16/14 Q1012",
    "METAR EDDL 260620Z AUTO 24008KT 9999 NCD 17/12 Q1016 NOSIG",
    "LFSB 260600Z 22005KT 0800 R15/1100U FG VV002 15/15 Q1015 BECMG 3000 BR",
    "LIEO 261150Z 31018KT 9999 FEW030 31/19 Q1011",
    "BKPR 260600Z 00000KT 4000 BR SKC 14/12 Q1019 NOSIG",
    "LSZA 261320Z 17006KT 7000 -SHRA SCT025 BKN060 24/20 Q1014",
]
TAFS = [
    "TAF LSZH 260525Z 2606/2712 24008KT 9999 FEW040 PROB40 TEMPO 2613/2619 VRB20G35KT 2500 TSRA BKN035CB "
    "BECMG 2620/2622 VRB03KT",
    "TAF AMD LSGG 261100Z 2611/2718 22010KT 9999 SCT050 PROB30 TEMPO 2615/2620 4000 TSRA SCT030CB",
    "TAF LIRQ 260500Z 2606/2706 VRB03KT CAVOK BECMG 2610/2612 24010KT",
    "TAF EGLC 260457Z 2606/2706 23010KT 9999 BKN014 TEMPO 2606/2609 BKN008 PROB30 2612/2618 7000 SHRA",
    "TAF LFSB 260500Z 2606/2712 VRB02KT 0500 FG VV001 BECMG 2607/2609 9999 NSW FEW030",
]
NOTAMS = [
    "A2874/24 NOTAMN Q) LSAS/QMRLC/IV/NBO/A/000/999/4728N00833E005 A) LSZH B) 2407252200 C) 2407260430 "
    "E) RWY 14/32 CLSD DUE TO MAINT",
    "LSZH B1456/24 TWY E BTN E3 AND E5 CLSD 26 JUL 04:00 UNTIL 26 JUL 14:00",
    "LIRQ A4023/24 RWY 05/23 LDA RWY 05 REDUCED TO 1400M DUE TO WIP",
    "LSGG A1876/24 ILS RWY 22 U/S, RNP APCH AVBL",
    "EGLC A3321/24 STEEP APCH 5.5 DEG GP ONLY, NO CIRCLING",
    "LFSB A2210/24 CATII/III OPS NOT AVBL RWY 33",
    "BKPR A0877/24 APRON STANDS 3-5 CLSD, EXPECT REMOTE STANDS + BUS",
    "LSAS R/A: ATC STAFFING — EXPECT ATFM REGULATIONS ZRH ARR 1300-1900 UTC",
]
GATES = ["A52 → E28", "E26 → remote stand V17", "B36 (bus gate)", "gate 33 instead of 31", "D7 → D12",
         "A63", "E44 (Dock E, passport control!)", "stand 21 → 24", "Gate B 31", "Porta 5"]
PAX = ["112/125", "98 Y + 14 C", "121 + 2 INF", "87 (3 WCHR, 1 WCHC)", "109 pax, 1 UMNR, 2 DEPO", "124/125 (1 PAD)",
       "64 local / 37 transfer", "118 incl. 6 staff ID90", "0 — positioning", "96 pax + 4 DHC"]
TIMES = ["0615Z", "06:40Z", "1415Z", "14:35 UTC", "1505Z", "ETD 1520Z", "0710L", "16:05 LT", "2241L", "1150Z",
         "1815 local", "0930 UTC", "1342Z", "12.55z", "2024-07-26T15:20Z", "26JUL 1810Z"]
WHEN = ["today 13–19Z", "this afternoon", "tonight", "for the 15Z wave", "tomorrow morning", "Sat 27/07",
        "around 1600 local", "between 14 and 16Z", "26.07. ab 15 Uhr", "after 1800L"]
PHONES = ["+41 44 555 01 23", "+41 58 555 63 00", "043 555 12 34", "+41 22 555 08 77", "+39 055 555 0142",
          "+44 20 7946 0321", "ext. 6340", "+41 79 555 44 21"]
EMOJI = [":airplane:", ":airplane_departure:", ":airplane_arriving:", ":thunder_cloud_and_rain:", ":wrench:",
         ":hourglass_flowing_sand:", ":white_check_mark:", ":rotating_light:", ":sweat_smile:", ":pray:", ":eyes:",
         ":+1:", ":coffee:", ":fog:", "✈️", "🛫", "🛬", "⛈️", "🌩️", "🌫️", "🔧", "🧑‍✈️", "⏱️", "🟢", "🔴", "🟡",
         "🇨🇭", "🇮🇹", "😬", "🙏"]
LINKS = [
    "https://www.flightradar24.com/data/aircraft/hb-jca",
    "https://www.flightradar24.com/SWR1634/3612a5bc",
    "https://www.flightaware.com/live/flight/SWR1634/history/20240726/0600Z/LSZH/LIRQ",
    "https://aviationweather.gov/data/metar/?id=LSZH,LSGG,LIRQ&hours=0&include_taf=yes",
    "https://www.meteoschweiz.admin.ch/service-und-publikationen/applikationen/niederschlagsradar.html",
    "https://www.public.nm.eurocontrol.int/PUBPORTAL/gateway/spec/index.html",
    "https://www.windy.com/-Thunderstorms-thunder?thunder,47.464,8.549,8",
    "https://www.zurich-airport.com/en/passengers/fly/departures-and-arrivals?flightNumber=LX1634",
    "https://skyvector.com/airport/LIRQ/Florence-Amerigo-Vespucci-Airport",
    "https://occ.saentis-air.ch/flights/LX1634?date=2024-07-26&leg=1",
    "https://occ.saentis-air.ch/irops/plan/2024-07-26#cb-window",
    "https://crew.saentis-air.ch/roster/week/2024-W30?base=ZRH&rank=FO&status=SBY",
    "https://mx.saentis-air.ch/techlog/HB-JCA/entries?from=2024-07-19&status=open",
    "https://docs.saentis-air.ch/om-a/8.1.7#fuel-policy",
    "https://docs.saentis-air.ch/om-c/LIRQ.pdf#page=4",
    "https://saentisair.sharepoint.com/sites/OCC/Shared%20Documents/Disruption%20Log/2024-07-26.xlsx?web=1",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ1ZTg2YzUtNDc0Ny00%40thread.v2/0?context=%7b%22Tid"
    "%22%3a%2252e1f7a3-0c6b-4f7e-9a51-3d2b1c7e9f10%22%7d",
    "https://www.easa.europa.eu/en/domains/passenger-rights",
    "https://status.saentis-air.ch/",
]
# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %CITY%", "weather %CITY%", "weather %ICAO%", "weather %STN%", "weather %CITY% please",
    "weather %ICAO% %EMOJI%", "weather %CITY% for %FLT%", "weather %CITY% tonight?", "Weather %CITY%",
    "weater %CITY%", "weather %CITY%, need it for the %TIME% wave", "weather %BASE%", "weather", "weather %PLACE%",
    "remember location %BASE%", "remember location %CITY%", "remember location %ICAO%",
    "remember location OCC, Kloten", "remember location Flughafen Zürich", "my location", "forget location",
    "help", "?", "config", "config timezone %TZ%", "config timezone UTC", "config alert_time %HHMM%",
    "config units metric", "config units imperial", "config alert_time 4:45", "config alert_time 05.15",
    "alerts on", "alerts off", "alerts", "login", "forget me", "is there CB over %ICAO% around %TIME%?",
    "any fog at %CITY% %WHEN%?", "hi Jeeves 👋", "merci !", "grazie mille", "danke vielmal", "what can you do?",
    "weather %ICAO%/%STN%", "weather %CITY% (for %FLT% %TAIL%)", "wetter %CITY%", "météo %CITY%",
    "weather %CITY% %WHEN%", "WEATHER %ICAO%", "weather %PLACE%  ",
]
CHAT = [
    "%FLT% %ROUTE% delayed %DLYMIN% — %DLY% from the inbound, new ETD %TIME%",
    "%TAIL% AOG at %STN%: %MEL%. Swapping to %TAIL%, pax %PAX%",
    "Gate change %FLT%: %GATE%. Boarding %TIME%",
    "%METAR%",
    "latest for %ICAO%: %METAR%",
    "TAF looks ugly: %TAF%",
    "%NOTAM% — dispatch pls check alternates for %FLT%",
    "Crew for %FLT%: %CREW%. FDP ends %TIME%, discretion max 2h",
    "%WHO% can you call the commander of %FLT%? %PHONE%",
    "CTOT %TIME% for %FLT%, regulation LSZHA26 (ATC capacity) — booking it as %DLY%",
    "Pax %FLT%: %PAX%. Loadsheet sent, TOW 58 140 kg / ZFW 51 870 kg / TOF 6.2 t",
    "%FLT% diverted to %ICAO% (TS over destination), 2.1 t remaining, pax stay on board for now",
    "De-icing at %STN% ~20 min, type I + IV, HOT 35' — adding 75/WI to %FLT%",
    "Standby activated: FO %NAME% (SBY 0500–1100L) → %FLT%, report %TIME%",
    "Ops normal at GVA, all departures on time 👍",
    "MCC: %TAIL% deferred %MEL%, rectification interval 10 days, next A-check 14 AUG",
    "who has the ACARS log for %TAIL%? ELT test msg came through at %TIME%",
    "%FLT% RTG to stand E26 — bird strike on T/O roll, engineer on the way %EMOJI%",
    "Swap %FLT%/%FLT%: %TAIL% ↔ %TAIL% to protect the 1150Z wave",
    "Curfew at %STN% 2300L, %FLT% ETA 2241L — tight but ok 🤞",
    "EU261 check for %FLT%: arrival delay 3h12 → €400/pax (1500–3500 km), 87 pax eligible",
    "hotel for the %FLT% crew at %STN%: 5 single rooms, pick-up 0615L, %PHONE%",
    "UMNR on %FLT% (seat 2C), handover to ground staff at gate %GATE%",
    "Cancelled %FLT% & %FLT% (%DLY%), pax rebooked on LX 1638 / via MUC",
    "Thunderstorms forecast over LSZH 13–19Z, expect ATFM regs on ZRH arrivals, plan +30' on the 15Z wave",
    "%WHO% pls update the disruption sheet: %FLT% off-block %TIME%, airborne %TIME%",
    "wx at %ICAO% below CAT I mins, they're going CAT II — %TAIL% is CAT IIIa capable ✅",
    "fuel uplift at %STN% 6.4 t Jet A-1, tankering not worth it today (price diff < 0.08 CHF/kg)",
    "Loadsheet ed. 2 for %FLT%: LMC +2 pax, +30 kg bags, trim unchanged",
    "Reminder: crew briefing moved to room 3.14, OCC building, Obstgartenstrasse 21",
    "%WHO% %WHO% see thread re: %TAIL% — MCC needs the aircraft by %TIME%",
    "%FLT% ATA %TIME%, 4' early 🎉", "on blocks %STN% %TIME%, taxi-in 11'",
    "LMC: %FLT% +1 WCHR (cabin), pls inform the station",
    "Any news on the slot for %FLT%? NM says CTOT %TIME% but CDM shows TOBT 1320",
    "wind at %ICAO% 30025G41KT, crosswind limit for the A220 is 31 kt demonstrated (dry)",
    "METAR/TAF for %STN% attached in the OFP, no alternate needed per 8.1.7.4 (isolated aerodrome? no)",
    "ok", "👍", "thx", "copy", "on it", "wilco", "sorry wrong channel", "brb 5'", "standing by", "roger 👌",
    "%STN% station: GPU u/s on stand 4, APU needed — %TAIL% has %MEL% 😬",
    "Tech log entry %TAIL% p.4: \"PACK 1 FAULT ECAM msg on climb, reset iaw QRH, fault reappeared\" → MCC",
    "Rostering: swap accepted, %NAME% takes %FLT% on 27/07, I take the 28/07 SBY",
    "the Dash 8 wet lease for the Sion charters starts 01 AUG — SRQ 4521/4522, pax lists via e-mail",
    "Guten Morgen zäme! %FLT% hat %DLYMIN% Verspätung wegen %DLY%, neue ETD %TIME%.",
    "Achtung: %NOTAM%",
    "Bonjour, la porte du %FLT% passe de %GATE%. Embarquement à %TIME%.",
    "Salut %WHO%, tu peux vérifier le plan de vol du %FLT% ? Dégagement LFLL plutôt que LSGG",
    "Ciao, l'equipaggio del %FLT% arriva a %STN% alle %TIME%, albergo già confermato.",
    "Olá! Os passageiros do %FLT% (%PAX%) foram reencaminhados via LIS.",
    "Merhaba, %TAIL% bakımda, %FLT% için yedek uçak %TAIL%.",
    "Cześć, %FLT% opóźniony o %DLYMIN%, kod %DLY%.",
    "Hola, tenemos %PAX% en el %FLT%, puerta %GATE%.",
    "Bun di! Il sgol %FLT% ha in retard da %DLYMIN%.",
    "%FLT%便は%DLYMIN%遅延です。機材は%TAIL%に変更になりました。",
    "رحلة %FLT% متأخرة %DLYMIN% بسبب الطقس في %CITY%",
    "Η πτήση %FLT% έχει καθυστέρηση %DLYMIN%, νέα ώρα αναχώρησης %TIME%.",
    "Let %FLT% kasni %DLYMIN% — posada je obaveštena.",
    "航班%FLT%延误%DLYMIN%，新的起飞时间%TIME%。",
    "OTP for the board: `=COUNTIFS(Legs!H:H,\"<=15\",Legs!B:B,\"LX*\")/COUNTA(Legs!B:B)` gives 78.4% today",
    "delay minutes per code: `=SUMIFS(Delays!E:E, Delays!D:D, 93)` — 93/RA is 61% of the total again",
    "rule of thumb: trip ≈ 2.4 t/h × block time, + 5% contingency (min 5'), + alternate + 30' final reserve",
    "Block time %ROUTE% is 1:25 in summer sched, we're averaging 1:34 with the holdings",
]
LONG_MESSAGES = [
    "*OCC shift handover — %WHEN%*\n• Fleet: 21/23 serviceable, %TAIL% AOG %STN% (%MEL%), %TAIL% in C-check\n"
    "• Weather: %METAR%\n• NOTAM: %NOTAM%\n• Crew: 2 FO SBY left at ZRH, 0 at GVA\n• Open: %FLT% hotel, %FLT% slot "
    "%TIME%\n\n%WHO% you have the desk :coffee:",
    "MVT as sent:\n```\nMVT\nLX1634/26.HBJCA.ZRH\nAD0612/0624 EA0752 FLR\nDL93/0045\nPX112\nSI RA FROM LX1633\n```",
    "FPL as filed, pls double-check item 18:\n```\n(FPL-SWR1634-IS\n-BCS3/M-SDE2E3FGHIJ1RWXY/LB1\n-LSZH0600\n"
    "-N0440F350 VEBIT2W VEBIT UZ669 ODINA UL612 ELB\n-LIRQ0108 LIRP LIPE\n-PBN/A1B1C1D1O1S2 DOF/240726 REG/HBJCA "
    "EET/LIMM0034 RMK/TCAS)\n```",
    "IROPS plan for the 13–19Z CB window:\n1. pre-emptive cancels %FLT%/%FLT% (%STN%), pax rebooked on LX 1638\n"
    "2. %TAIL% as hot spare at ZRH from 1200Z\n3. crew: commander's discretion max +2h, report to FOCA if > 1h\n"
    "4. fuel: +500 kg for holding on all ZRH arrivals\n\nQuestions → %WHO%",
    "-------- Forwarded message --------\nFrom: Crew Control <crewcontrol@saentis-air.ch>\nDate: Fri, 26 Jul 2024 "
    "04:12\nSubject: Roster change %FLT% / %WHEN%\n\nDear %NAME%,\nyour duty on %FLT% has changed: report %TIME% "
    "at the ZRH crew centre, aircraft %TAIL%.\nPlease acknowledge in the crew app.\n\nKind regards\nCrew Control",
    "for the monthly OTP report I used:\n```\nSELECT flt_no, dep_icao, arr_icao, SUM(delay_min) AS dly\n"
    "FROM ops.leg_delays\nWHERE op_date BETWEEN '2024-07-01' AND '2024-07-25' AND delay_code IN ('93', '81')\n"
    "GROUP BY flt_no, dep_icao, arr_icao\nORDER BY dly DESC\nLIMIT 20;\n```\n%FLT% is top again :grimacing:",
    "Wx brief %WHEN%\n```\n%METAR%\n%TAF%\n```\nCB risk high after 13Z, consider extra fuel for LSZH arrivals.",
    "LDM for %FLT%:\n```\nLDM\nLX1402/26.HBJCE.C125.2/3\n-LCY.98/12/2/0.T1420.1/610.3/810.PAX/14/98.PAD/0/2\n"
    "SI EXC BAG 2PCS 46KG\n```\n%WHO% is the 2/3 crew right? I thought 2/4 today",
    "Hi all,\n\nquick recap from the 0900L ops call:\n- %FLT%: %DLY%, %DLYMIN%\n- %TAIL% back in service after "
    "%MEL% rectified\n- %STN% fuel truck shortage until 1100L, expect 36/GF\n- NOTAM: %NOTAM%\n\nNext call 1300L, "
    "Teams link in the invite. Danke & merci!",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
WEATHER_REPLIES = [
    "%PLACE%: thunderstorm with slight hail, 24°C, wind 31 km/h; today 17°C to 29°C, 80% chance of precipitation",
    "%PLACE%: clear sky, 19°C, wind 9 km/h; today 14°C to 27°C, 5% chance of precipitation",
    "%PLACE%: fog, 11°C, wind 4 km/h; today 10°C to 22°C, 10% chance of precipitation",
    "%PLACE%: moderate rain, 16°C, wind 22 km/h; today 13°C to 19°C, 90% chance of precipitation",
    "%PLACE%: mainly clear, 77°F, wind 8 mph; today 64°F to 86°F, 15% chance of precipitation",
]
BOT_REPLIES = [
    HELP_REPLY, "Got it, I will remember %CITY%.", "Your location is Kloten, Switzerland.",
    "Your location is %CITY%.", "Done, I forgot your location.", "I did not know your location anyway.",
    "Daily weather alerts are on, every day at 05:15 (Europe/Zurich).", "Daily weather alerts are off.",
    "Daily alerts are on. Use `alerts on` or `alerts off`.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%STN%\u201d.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 05:15\n• alerts: on\n• timezone: Europe/Zurich\n• units: metric",
    "Sorry, I did not understand that. " + HELP_REPLY,
] + WEATHER_REPLIES
SEARCH_Q = ["Keller", "caflisch", "@saentis-air.ch", "U05R2K7QH", TEAM, "Bernasconi", "dell'acqua", "Yılmaz",
            "yilmaz", "nguyen", "O'Brien", "von allmen", "jérôme", "Dubois-Pittet", "T06KGSHNDL", "da silva",
            "Hofstetter", "occ", "mcc", "crew", "n'diaye", "Đorđević", "seraina.bezzola", "Müller", "petrovic"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "feature.set",
           "feature.remove_override", "login", "login.slack", "admin.map_slack", "admin.unmap_slack",
           "account.totp_enable", "user.forget_me", "denied", "failed", "locked", "weather@T06KGSHNDL",
           "crew-app", "2024-07-25", "occ.admin"]
ADMINS = ["occ.admin", "it-ops", "reto.keller", "break-glass", "seraina.bezzola", "mcc.duty"]
CLIENT_DESCRIPTIONS = [
    ("netline-ops-bridge", "NetLine/Ops → Jeeves: duty controllers & station list, every 10 min (read)"),
    ("crew-app", "Crew app backend: weather alerts for standby crew (read/write), owner: Crew Control"),
    ("powerbi-otp", "Power BI OTP dashboard: weather look-ups per station vs. 71/WO & 72/WT delays"),
    ("lido-wx-sync", "Lido weather pre-fetch for LSZH/LSGG, read-only"),
    ("mx-techlog", "AMOS tech log → MCC channel; owner: maintenance control (HB-JCA…HB-JCT)"),
    ("ci-gitlab", "GitLab CI: smoke test after each deploy"),
    ("station.gva", "GVA station — gate screen helper (Mon–Sun 04:30–23:30 LT)"),
    ("data-lake", "Nightly export to the data lake (ops_weather), owner: OCC performance"),
    ("irops-notify", "IROPS tool: user list for crew notifications, 24/7"),
    ("kgs:handling", "Kloten Ground Services — read only, trial until 31.10.2024"),
]
API_CLIENTS = ["netline-ops-bridge", "crew-app", "powerbi-otp", "lido-wx-sync", "mx-techlog", "ci-gitlab",
               "data-lake", "irops-notify", "jeeves-worker"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.113",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPad; CPU OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.134 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.134 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.07.20",
]
LANGS = ["de-CH,de;q=0.9,en;q=0.8", "de-CH", "fr-CH,fr;q=0.9,en;q=0.8", "it-CH,it;q=0.9,de-CH;q=0.8,en;q=0.7",
         "en-GB,en;q=0.9", "en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "pt-PT,pt;q=0.9,en;q=0.8",
         "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "rm-CH,rm;q=0.9,de-CH;q=0.8",
         "ja-JP,ja;q=0.9,en-US;q=0.8", "sr-Latn-RS,sr;q=0.9,en;q=0.8", "es-ES,es;q=0.9,en;q=0.8"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.9.0", "Go-http-client/1.1",
              "Java-http-client/17.0.11", "Apache-HttpClient/5.3.1 (Java/17.0.11)",
              "PowerBI/2.131 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "PostmanRuntime/7.40.0", "okhttp/4.12.0", "axios/1.7.2",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; de-CH) WindowsPowerShell/5.1.19041.4648",
              "gitlab-runner 17.2.0 (17-2-stable; go1.22.5; linux/amd64)", "Grafana/11.1.0"]
HEALTH_UAS = ["kube-probe/1.29", "Blackbox Exporter/0.25.0", "Zabbix", "curl/8.9.0",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "Checkly/1.0 (https://www.checklyhq.com)"]
META_UAS = ["PyJWT/2.8.0", "python-requests/2.32.3", "Go-http-client/2.0", "lua-resty-http/0.17.2",
            "Java-http-client/17.0.11", "Apache-HttpClient/5.3.1 (Java/17.0.11)", "PostmanRuntime/7.40.0",
            "openapi-generator/7.7.0"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_removed",
               "/admin/clients?done=client_enabled", "/admin/slack-sign-in?done=unmapped",
               "/admin/account?done=totp_disabled", "/admin/users?done=user_updated&q=keller&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/audit?q=feature.set", "/admin/users?q=keller",
              "/admin/clients"]
PHRASE_WORDS = ["runway", "glider", "saentis", "kloten", "taxiway", "alpenglow", "holding", "squawk", "contrail",
                "windsock", "föhn", "glarus"]
PATCH_NAMES = ["Reto Keller (OCC Duty Mgr)", "Élodie Rochat-Favre", "Gian-Marco Caflisch", "Chiara Dell'Acqua",
               "Ömer Yılmaz", "Agnieszka Nowak-Wiśniewska", "Nguyễn Thị Lan", "田中 健二 (Kenji Tanaka)",
               "Seraina Bezzola – MCC", "João da Silva | GVA station", "Niamh O'Brien, FO"]
UNTIL = ["2024-07-26T03:30:00Z", "2024-07-26", "2024-07-26T05:30:00+02:00", "2024-07-25T23:59:59Z"]
FILES = ["HB-JCA_techlog_p4.jpg", "LoadSheet_LX1634_26JUL.pdf", "NOTAM briefing LSZH 0600Z.pdf",
         "Roster W31 (draft v2).xlsx", "IMG_4471.HEIC", "OFP_LX1634_HBJCA.pdf", "Gate plan Dock E.png",
         "disruption_log_2024-07-26.csv", "MEL 21-51-01 placard.jpg", "wx_radar_1410Z.png",
         "Crew hotel list – Sommer 2024.xlsx", "ASR_2024-0713_birdstrike.pdf", "pax_list_SRQ4521.txt"]
MIME = {"jpg": "image/jpeg", "pdf": "application/pdf", "xlsx":
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "heic": "image/heic",
        "png": "image/png", "csv": "text/csv", "txt": "text/plain"}
FILE_TEXTS = ["", "tech log page for %TAIL%", "loadsheet %FLT% — can you remember ZRH as my location?",
              "radar at %TIME% ⛈️", "%FLT% pax list", "weather %ICAO%", "see page 2, %MEL%"]
UNFURL_TITLES = ["%TAIL% – Airbus A220-300 – Flightradar24", "%FLT% (%ROUTE%) — flight status",
                 "METAR/TAF %ICAO% – Aviation Weather Center", "Network Manager — Public portal",
                 "Radar — MeteoSchweiz", "OCC · %FLT% · 26 Jul 2024"]


class OpsControl(EvaluatorDay):
    """Säntis Regional's OCC: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Sq4nT1sOcc7bRz2LwK9mHx3V"
    base = BASE
    ts_window = (0, 16 * 3600)
    alert_hours, alert_minutes = (3, 4, 4, 5, 5, 5, 6, 11, 13, 17, 21), ("00", "10", "15", "30", "45")
    iat_window = (0, 16 * 3600)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 16 * 3600), 38, 0.2, 32
    blocks_rate, thread_rate = 0.78, 0.3
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, mobile_rate, dnt_rate = 0.0, 0.35, 0.05
    xff_rate, xff = 0.04, ("10.63.12.40", "10.63.20.7, 10.63.0.1", "172.20.4.18")
    script_encoding_rate, script_encodings = 0.4, ("gzip, deflate", "gzip", "gzip, deflate, br")
    oauth_scopes = ("read", "read write", "write", "read")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    verify_uas = [*SCRIPT_UAS[:6], "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "3", 0.12
    meta_uas = META_UAS
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 12, 0.2
    command_partner_rate = 0.08
    button_places, weather_replies = CITIES + ICAO + BASES, WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.74, 0.88, 0.4
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.12
    me_places = BASES + PLACES
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator, feature_teams = PHRASE_WORDS, (" ", "-", "."), (TEAM, PARTNER_TEAM, "",
                                                                                        "t06kgshndl")
    admin_rolls = (0.2, 0.33, 0.5, 0.6, 0.69, 0.77, 0.87, 0.93)
    search_pages, audit_page = (1, 4), (2, 5)
    # the data API
    api_rolls, patch_rolls = (0.32, 0.48, 0.68, 0.85, 0.93), (0.2, 0.38, 0.68, 0.8, 0.93)
    limits, offsets = ("50", "100", "250", "500", "20"), (0, 50, 100, 250, 500)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    usage_days, until_choices = (1, 25), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|FR24", "|here", "|link", "|tech log")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.12, 0.2, 0.07, 0.72, 0.5
    mention_leads = ("", "", "hey ", "cc ", "fyi ")
    edit_suffixes = (" (edit: ETD corrected)", " *", " — sorry, wrong tail", "", " ✅")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "home", "messages"), 0.55, 0.1
    # its shared files, unfurls and Jeeves' echoed replies
    files, file_notes, file_types, file_type_default = FILES, FILE_TEXTS, MIME, "text/plain"
    file_sizes, file_title_stem, file_editable, file_rich_preview = (4_000, 6_000_000), True, ("txt", "csv"), False
    unfurl_leads = ("", "weather for this one? ", "see ", "FYI ")
    bot_replies, bot_subtype_rate, bot_place_first, bot_places = BOT_REPLIES, 0.2, True, CITIES
    bot_weather_replies, bot_blocks_rate = WEATHER_REPLIES, 0.75
    trace_rate, request_id_header = 0.2, "X-Request-Id"  # its scripts' tracing
    fill_pools = {"%METAR%": METARS, "%TAF%": TAFS, "%NOTAM%": NOTAMS, "%FLT%": FLIGHTS, "%TAIL%": TAILS,
                  "%ROUTE%": ROUTES, "%DLY%": DELAYS, "%DLYMIN%": DLYMIN, "%MEL%": MEL, "%GATE%": GATES, "%PAX%": PAX,
                  "%TIME%": TIMES, "%WHEN%": WHEN, "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES,
                  "%STN%": IATA, "%ICAO%": ICAO, "%CITY%": CITIES, "%PLACE%": PLACES, "%BASE%": BASES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first, plain_last = self.plain(first) or "crew", self.plain(last) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@saentis-air.ch", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "occ-duty", "crew-control", "maintenance-control", "ground-ops-zrh", "station-gva", "station-flr",
            "disruption", "ops-weather", "dispatch", "pax-services", "crew-rostering", "notams", "general",
            "random", "mcc-line")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    @staticmethod
    def plain(text: str) -> str:
        """A name as a handle or mailbox: ASCII, lower case, letters and digits only."""
        ascii_text = unicodedata.normalize("NFKD", text.translate(PLAIN)).encode("ascii", "ignore").decode()
        return "".join(c for c in ascii_text.lower() if c.isalnum())

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def crew(self) -> str:
        """A crew pairing as crew control writes it."""
        names = []
        for rank in ("CPT", "FO", "SCCM", "CC"):
            first, last = self.pick(FIRST), self.pick(LAST)
            names.append(f"{rank} {first[0]}. {last}")
        return " / ".join(names)

    def person(self) -> str:
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def home_view(self, team: str) -> dict[str, Any]:
        station = self.pick(STATIONS)
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH - self.rng.randint(60, 86400)}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9),
                "app_id": APP_ID, "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title"},
                "blocks": [{"type": "header", "block_id": self.block_id(),
                            "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                           {"type": "section", "block_id": self.block_id(), "text": {
                               "type": "mrkdwn", "verbatim": False,
                               "text": f"*Location:* {station[2]}, {self.pick(['Switzerland', 'Italy', 'Germany'])}"
                                       f"\n*Units:* metric\n*Daily alert:* on at {self.hhmm()} (Europe/Zurich)"}},
                           {"type": "divider", "block_id": self.block_id()}]}

    def fill_makers(self) -> dict[str, Callable[[], str]]:
        return {"%CREW%": self.crew, "%NAME%": self.person, "%HHMM%": self.hhmm}

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def unfurl_card(self, link: str, seen: tuple[str, ...]) -> dict[str, Any]:
        """A flight tracker's, a weather page's or a NOTAM's unfurl, its icon listed last."""
        host = urllib.parse.urlsplit(link).hostname or "link"
        title, _ = self.fill(self.pick(UNFURL_TITLES))
        text, _ = self.fill(self.pick(["%METAR%", "%FLT% %ROUTE% · %TAIL% · ETD %TIME%", "%NOTAM%",
                                       "Live flight tracking and history.", "Précipitations et orages — mise à jour "
                                       "toutes les 5 minutes"]))
        card = self.unfurl_attachment(link, host.removeprefix("www."), title, text, f"{host}: {title}")
        card["service_icon"] = card.pop("service_icon")  # re-inserted: the key moves to the end
        return card

    # ---- its browsers' cookies, its scripts' dates and tracing --------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.2):
            jar.append(("_pk_id.4.9c1e", f"{self.hexs(16)}.{EPOCH - self.rng.randint(0, 5_000_000)}."))
            if self.chance(0.5):
                jar.append(("_pk_ses.4.9c1e", "1"))
        if self.chance(0.08):
            jar.append(("cookieconsent_status", "allow"))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-07-{day:02d}T00:00:00Z", f"2024-07-{day:02d}", f"2024-07-{day:02d}T02:00:00+02:00",
                f"2024-07-{day:02d}T04:00:00.000Z", f"2024-06-{day + 5:02d}T22:00:00Z"]

    def request_ids(self) -> list[str]:
        return [f"ci-{self.rng.randint(10**8, 10**9)}", f"netline-{self.hexs(12)}"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 175), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 25),
    ("slack_unfurl", 20), ("slack_bot_echo", 40), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The OCC's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(OpsControl(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
