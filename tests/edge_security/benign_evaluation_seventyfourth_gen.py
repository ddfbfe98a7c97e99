"""Benign evaluation set (seventyfourth): a car dealership and its workshop's ordinary traffic through the edge.

The company is Halden Motor Group, a franchised dealer with a service workshop, a used-car forecourt and a tyre
hotel on five sites (Coventry, Leeds, Stuttgart-Feuerbach, München-Pasing, Dublin Naas Road) and a partner body
shop in Stuttgart on its own Slack workspace. Its sales executives, service advisors, technicians, parts
counter, valeters and back office use Jeeves to check the weather before test drives, handovers, tyre swaps on the
forecourt, hail nights and photo shoots, and they write to it and to each other the way a workshop does: VINs,
registration plates of several countries, part numbers (1K0-615-301-AA), service and labour codes, OBD-II fault
codes (P0420, U0100) and freeze frames, torque specs (120 N·m), tyre sizes (225/45 R17 94W), mileages in miles and
km, MOT/TÜV/NCT dates, bookings, invoices, trade-in valuations and prices in pounds and euros, in English,
German, Polish, Turkish, Romanian, Vietnamese, Greek, Ukrainian, Arabic and Chinese, with typos and emoji.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions clicks on Jeeves' buttons (set_location, forget_me_confirm, forget_me_cancel), the data
API with a bearer JWT (users list/read/patch, usage stats, switches), the admin panel forms with csrf_token,
`/me/`, Sign in with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the
health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls, and adds only the
dealership's own pieces: its App Home view, rich_text blocks that keep code fences, unfurls drawn with their
links, client hints matching its browsers' versions, and its consent and analytics cookies.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_seventyfourth"
SEED = 74_2024_1021
EPOCH = 1729490400  # 2024-10-21 06:00 UTC, a Monday: winter-tyre season, the week before the clocks go back
TEAM, TEAM_DOMAIN = "T05HALDNMG", "halden-motors"
PARTNER_TEAM, PARTNER_DOMAIN = "T07KRSYLMZ", "karosserie-yilmaz"  # the partner body shop's own workspace
APP_ID, BOT_USER, BOT_ID = "A06WKSHJVS", "U06JVS8HMG", "B06JVS8HMG"
HOST = "jeeves.halden-motors.co.uk"
BASE = f"https://{HOST}"

FIRST = ["Gareth", "Siân", "Priya", "Tomasz", "Agnieszka", "Mehmet", "Ayşe", "Jürgen", "Anneliese", "Declan",
         "Aoife", "Minh", "Thảo", "Răzvan", "Ioana", "Dimitrios", "Eleni", "Kwabena", "Chiamaka", "Bogdan",
         "Oksana", "Tariq", "Imran", "Saoirse", "Björn", "Chloé", "Marco", "Giulia", "Wei", "Fatima", "Yusuf",
         "Krzysztof", "Zoë", "Connor", "Sinéad", "Kai-Uwe", "Hans-Peter", "Ömer", "Emre", "João", "Ravi", "Callum",
         "Rhys", "Dariusz", "Elif", "Jean-Luc", "Mary-Ann"]
LAST = ["Jones", "ap Rhys", "Kowalski", "Wiśniewska", "Yılmaz", "Öztürk", "Müller", "Weißenberger", "O'Connor",
        "Ní Mhurchú", "Nguyễn", "Trần", "Popescu", "Ionescu", "Papadopoulos", "Mensah", "Okafor", "Shevchenko",
        "Khan", "Chaudhry", "Lindqvist", "Dubois", "Rossi", "Chen", "Al-Masri", "Szymański", "MacLeod",
        "Fitzpatrick", "Schmidt-Rahn", "Doğan", "Ferreira", "Sharma", "Haldane", "van der Berg", "McAllister",
        "D'Angelo", "Ó Briain", "Bauer", "Hughes-Pritchard"]
CUSTOMERS = ["Mrs P. Hargreaves", "Mr & Mrs Okonjo", "Herr Dr. Klaus-Dieter Bäuerle", "Frau Schäfer-Lenz",
             "Ahmet Kaya", "Nguyễn Thị Lan", "Zhang Wei (张伟)", "Олена Коваленко", "Fatima Al-Hassan",
             "Seán Ó Súilleabháin", "Kowalczyk Transport Sp. z o.o.", "Bäckerei Heinzelmann GmbH & Co. KG",
             "Coventry Cabs Ltd", "Mr R. D'Souza", "Ms Jo O'Hara-Bentley", "Prof. Ingrid Løvås", "Dr Aarav Mehta",
             "Lukas & Marie Brenner", "Hallam Fleet Services (acct 40117)", "Mrs Eirlys Pritchard",
             "Giovanni De Luca", "Ioana Munteanu", "Ελένη Παπαδοπούλου", "Mr M. Al-Rashid", "Hr. Çelik",
             "St. Brigid's Parish (minibus)", "Mr T. Van Wyk", "محمد العلي"]
SITES = [("Coventry", "Halden Motors, Holyhead Rd, Coventry CV5 8HX"),
         ("Leeds", "Halden Motors, Kirkstall Rd, Leeds LS4 2AZ"),
         ("Feuerbach", "Halden Autohaus, Stuttgarter Str. 112, 70469 Stuttgart"),
         ("Pasing", "Halden Autohaus, Landsberger Str. 480, 81241 München"),
         ("Naas Road", "Halden Motors, Unit 4, Naas Rd, Dublin 12, D12 K2V7"),
         ("Karosserie", "Karosserie Yilmaz GmbH, Siemensstr. 9, 70469 Stuttgart")]
PLACES = ["Coventry", "Leeds", "Stuttgart", "Stuttgart-Feuerbach", "München", "München-Pasing", "Dublin", "Naas",
          "Kenilworth", "Leamington Spa", "Warwick", "Harrogate", "Wakefield", "Ludwigsburg", "Esslingen am Neckar",
          "Böblingen", "Sindelfingen", "Starnberg", "Fürstenfeldbruck", "Garmisch-Partenkirchen", "Bray",
          "Dún Laoghaire", "Swords", "Nürburg", "Silverstone", "Stratford-upon-Avon", "Bishop's Stortford",
          "Brennerpass", "Zürich", "Kraków", "İzmir", "București", "Ilkley", "Knaresborough", "CV5 8HX", "LS4 2AZ",
          "70469", "81241", "D12 K2V7", "52.4128, -1.5396", "48.8226° N, 9.1669° E", "Birmingham Airport",
          "Newcastle upon Tyne", "Weil der Stadt"]
TIMEZONES = ["Europe/London", "Europe/Berlin", "Europe/Dublin", "Europe/Warsaw", "Europe/Istanbul",
             "Europe/Bucharest", "Europe/Vienna", "Europe/Zurich", "Asia/Ho_Chi_Minh", "Asia/Kolkata", "UTC",
             "Europe/Athens", "Europe/Kyiv", "Asia/Shanghai"]
CARS = ["2019 VW Golf 1.5 TSI Life", "Škoda Octavia Estate 2.0 TDI SE L", "Kia Sportage 1.6 T-GDi HEV GT-Line",
        "Audi A4 Avant 40 TDI quattro S line", "BMW 320d Touring M Sport (G21)", "Mercedes C 220 d T-Modell",
        "Tesla Model 3 Long Range", "Ford Transit Custom 280 L1H1", "Toyota Yaris Hybrid Design",
        "Cupra Born 58 kWh", "VW ID.4 Pro Performance", "Fiat 500e La Prima", "Renault Clio V E-Tech",
        "Hyundai Tucson 1.6 T-GDi PHEV", "Land Rover Defender 110 D250", "VW Polo 1.0 TSI Match",
        "Škoda Enyaq iV 80", "Kia Ceed SW 1.5 T-GDi", "VW Caddy Maxi Kombi", "Seat Leon ST 1.4 eHybrid",
        "Golf VII GTD (5G)", "T6.1 California Ocean"]
VINS = ["WVWZZZ1KZ8W123456", "WAUZZZ8V5KA012345", "TMBJJ7NE2L0123456", "WBA8E9C50GK645210", "W1K2050041F789012",
        "KNAPN81ABN7348215", "VSSZZZKJZPR061842", "SB1K93BE40E512778", "YV1DZ8256C2275139", "5YJ3E7EB2KF204617",
        "WF0EXXTTRELA12345", "ZFA3120000J881203", "VF1RJA00968123457", "SALEA7BU4L2019876", "TMAJ3817GLJ054321"]
REGS = ["KV19 XHN", "WK68 PZU", "LS70 TVR", "BF14 RJX", "GX73 WMA", "YD21 LMN", "S-HM 4711", "M-KL 2024E",
        "LB-AY 88", "ES-K 913", "FFB-T 305", "191-D-23817", "222-KE-4071", "CV24 HLD", "BD65 ZZT", "M-HA 7731"]
PARTS = ["1K0-615-301-AA (front brake disc, 312 mm)", "1K0 698 151 B (front pads)", "06L 115 562 B (oil filter)",
         "04E 129 620 (air filter)", "5Q0 819 653 (pollen filter)", "A 270 180 01 09 (oil filter, M270)",
         "11 42 8 575 211 (oil filter, B47)", "04465-02220 (Toyota front pads)", "58101-D7A11 (Kia front pads)",
         "LR011279 (fuel filter)", "5Q0 407 271 AT (driveshaft)", "1K0 199 262 CE (engine mount)",
         "G 052 195 M2 (DSG oil, 1 L)", "G 013 A8J M1 (coolant G13)", "Bosch 0 986 479 C12", "Brembo 09.C394.13",
         "ATE 24.0125-0184.1", "Mann W 712/95", "Valeo 826704 (clutch kit)", "Varta E38 (574 402 075)",
         "Continental CT1139WP4 (cambelt kit + water pump)", "1K0-615-301-AA", "5Q0 698 451 M (rear pads)",
         "04L 130 277 AE (injector)", "03C 906 051 F (coolant temp sensor)"]
DTCS = ["P0420 (catalyst efficiency below threshold, bank 1)", "P0300 (random/multiple misfire)",
        "P0301 (cyl. 1 misfire)", "P0171 (system too lean, bank 1)", "P0299 (turbo underboost)",
        "P2002 (DPF efficiency below threshold)", "P0401 (EGR flow insufficient)", "P0128 (coolant thermostat)",
        "P0456 (EVAP small leak)", "P20EE (SCR NOx catalyst efficiency)", "P2463 (DPF soot accumulation)",
        "U0100 (lost comms with ECM/PCM 'A')", "U0121 (lost comms with ABS module)", "U0140 (lost comms with BCM)",
        "C0035 (LF wheel speed sensor)", "P0A80 (replace hybrid battery pack)", "P0087 (fuel rail pressure low)",
        "00532 (supply voltage B+ too low)", "16804 / P0420", "P0420", "U0100", "P0299", "P2002"]
TORQUES = ["120 N·m", "120 Nm (wheel bolts, M14×1.5)", "140 N·m on alloys", "30 N·m + new sump plug seal",
           "25 Nm", "90 N·m + 90° (replace bolts)", "35 Nm", "100 lb-ft", "40 Nm + 90° + 90°",
           "200 Nm + 180° (stretch bolt!)", "25 N·m", "50 N·m + 45°", "110 Nm"]
TYRES = ["225/45 R17 94W", "225/45 R17 94W XL", "205/55 R16 91V", "225/40 R18 92Y XL", "245/40 ZR18 97Y XL",
         "195/65 R15 91H", "235/55 R19 105V XL", "215/60 R16C 103/101T", "255/35 R19 96Y XL RFT",
         "205/60 R16 96H M+S", "225/45 R17 94V 3PMSF", "185/65 R15 88T", "275/40 R20 106Y XL"]
MILES = ["87,412 miles", "142.300 km", "23 450 km", "61k mi", "9.812 km", "118,004 mi", "4,980 miles",
         "212.000 km", "38,120 mi", "7.450 km (Vorführwagen)", "96,300 km", "152k"]
PRICES = ["£249.99 inc VAT", "€ 1.349,00 brutto", "£89 + VAT", "€ 89,90", "£12,995", "€ 23.490,-", "£1,150",
          "£329/month PCP (9.9% APR)", "€ 128,50 netto", "£145/hr", "£54.85", "€ 142,80", "€ 4.200", "£18,750 OTR",
          "€ 39.990 inkl. 19 % MwSt.", "€1,120", "£0.00 (warranty)", "€ 60 pro Saison", "£7.5k", "€ 16,950"]
DUES = ["MOT due 14/03/2025", "MOT expires 02/11/2024", "TÜV bis 09/2025", "HU/AU fällig 11/24", "HU 03/2026",
        "NCT due 2025-02-17", "next service 30/01/2025 or 9,000 mi", "Inspektion fällig in 1.200 km",
        "MOT 28 Oct (booked)", "TÜV abgelaufen seit 08/2024 (!)", "NCT 11/24", "MOT due 31/10"]
WHEN = ["Mon 21/10 08:00", "tomorrow 7:30", "Di. 22.10. um 9:15", "Wed 23 Oct, 14:00–15:30",
        "2024-10-24T08:00+01:00", "this afternoon", "Fri after 4pm", "Sa. 26.10. 8–12 Uhr", "first thing",
        "half 2", "in 20 min", "end of day", "16h30", "before the clocks go back", "Thursday 10ish", "heute 14 Uhr"]
JOBS = ["INSP-30K (30,000 mi service)", "SVC-B (major service)", "KD-GROSS (Inspektion mit Ölwechsel)", "HU/AU",
        "MOT CL4", "OIL+F", "BRK-F (front discs & pads)", "TB-KIT (cambelt + water pump)", "DSG-40K",
        "AC-REGAS (R1234yf)", "WT-SWAP (winter tyre swap + storage)", "Räderwechsel + Einlagerung",
        "PDI", "HV-CHECK (EV battery health)", "VHC", "RECALL 93R8", "GW-Check 110 Punkte",
        "4WA (four-wheel alignment)", "ADAS-CAL (front camera)", "NCT prep"]
INVOICES = ["INV-COV-2024-018734", "INV-LDS-2024-009212", "RE-2024-10-04471", "Rechnung 24-ST-118203",
            "WIP 48213", "Auftrag 7710452", "KV-2024-0831", "PO 4500123987", "CN-0441", "AN-2024-2219",
            "INV-DUB-24-3318", "WIP 48301"]
PHONES = ["+44 24 7655 0123", "024 7655 0199", "+44 113 496 0871", "07700 900512", "+49 711 5550 4471",
          "0711 555 0123", "+49 (0)89 5550 28-14", "+353 1 555 0134", "087 555 0192", "0170 5550 321"]
EMOJI = [":car:", ":red_car:", ":wrench:", ":hammer_and_wrench:", ":oncoming_automobile:", ":snowflake:",
         ":cloud_with_rain:", ":thumbsup:", ":white_check_mark:", ":warning:", ":rotating_light:", ":pray:",
         ":sweat_smile:", ":eyes:", ":moneybag:", "🚗", "🔧", "🛞", "❄️", "🌧️", "⛈️", "✅", "⚠️", "🙏", "😅", "👀",
         "🇩🇪", "🇬🇧", "🇮🇪", "🔋"]
LINKS = [
    "https://www.check-mot.service.gov.uk/results?registration=KV19XHN&checkRecalls=true",
    "https://www.autotrader.co.uk/car-details/202410156734521?sort=relevance&advertising-location=at_cars"
    "&make=Volkswagen&model=Golf&postcode=CV58HX&fromsra",
    "https://suchen.mobile.de/fahrzeuge/details.html?id=398172634&damageUnrepaired=NO_DAMAGE_UNREPAIRED"
    "&isSearchRequest=true&ms=25200%3B31%3B%3B&ref=quickSearch&sb=rel&vc=Car",
    "https://www.kleinanzeigen.de/s-anzeige/vw-golf-vii-1-4-tsi-highline/2891734566-216-9301",
    "https://www.donedeal.ie/cars-for-sale/2019-skoda-octavia-1-6-tdi/37218456",
    "https://www.check-vehicle-recalls.service.gov.uk/",
    "https://www.kba.de/DE/Service/Rueckrufe/rueckrufe_node.html",
    "https://eprel.ec.europa.eu/screen/product/tyres/421876",
    "https://www.google.com/maps/dir/Coventry+CV5+8HX/Leamington+Spa/@52.33,-1.55,12z",
    "https://halden.sharepoint.com/sites/Aftersales/Shared%20Documents/Labour%20times/VW_2024.xlsx?web=1",
    "https://dms.halden-motors.co.uk:8443/wip/48213?tab=parts",
    "https://youtu.be/3kR9xWq2LpE?t=184",
    "https://www.dwd.de/DE/wetter/warnungen_gemeinden/warnWetter_node.html?ort=Stuttgart",
    "https://www.metoffice.gov.uk/weather/warnings-and-advice/uk-warnings#?date=2024-10-21",
]
# Links pasted on their own and the preview Slack attaches: (link, service, title, text or None).
UNFURLS = [
    (LINKS[1], "Auto Trader UK", "Volkswagen Golf 1.5 TSI Life 5dr | £15,495 | 2020 | 31,204 miles",
     "Petrol · Manual · 1 owner · ULEZ compliant · Halden Motors Coventry"),
    (LINKS[2], "mobile.de", "Škoda Octavia Combi 2.0 TDI DSG Style – 23.490 € – EZ 06/2021, 61.300 km",
     "Diesel, 110 kW (150 PS), Automatik, unfallfrei, HU neu"),
    (LINKS[0], "GOV.UK", "Check MOT history of a vehicle - GOV.UK",
     "VOLKSWAGEN GOLF, Silver, Petrol. MOT valid until 14 March 2025."),
    (LINKS[4], "DoneDeal", "2019 Skoda Octavia 1.6 TDI Ambition for sale in Dublin for €16,950",
     "1.6 Diesel · 142,000 km · NCT 02/25 · Tax 05/25"),
    (LINKS[3], "Kleinanzeigen", "VW Golf VII 1.4 TSI Highline | Kleinanzeigen",
     "VB 11.900 € · 128.000 km · scheckheftgepflegt · 2 Schlüssel"),
    (LINKS[7], "EPREL", "EPREL - Tyres - 225/45 R17 94W",
     "Fuel efficiency class: C · Wet grip class: A · External rolling noise: 71 dB (B)"),
    (LINKS[8], "Google Maps", "Coventry CV5 8HX to Leamington Spa", "24 min (9.8 mi) via A45 and A452"),
    (LINKS[11], "YouTube", "Golf Mk7 front brake disc & pad replacement – step by step", None),
    (LINKS[12], "DWD", "Deutscher Wetterdienst - Warnungen Gemeinden - Stuttgart",
     "Amtliche WARNUNG vor GEWITTER mit HAGEL"),
    (LINKS[13], "Met Office", "UK weather warnings - Met Office", "Yellow warning of wind: West Midlands"),
]
FILES = ["Jobcard_WIP48213.pdf", "IMG_5521.HEIC", "IMG_20241019_154233.jpg", "HU-Bericht S-HM 4711.pdf",
         "VCDS_autoscan_WVWZZZ1KZ8W123456.txt", "freeze-frame P0420.png", "KV-2024-0831 Hagelschaden.pdf",
         "Trade-in appraisal – Golf VII KV19 XHN.xlsx", "INV-COV-2024-018734.pdf", "ODIS_log_2024-10-18.zip",
         "MOT_VT20_GX73WMA.pdf", "Reifenangebot 225-45 R17 94W.pdf", "dashcam 19.10.2024.mp4",
         "brake disc lip (N-S-F).jpg", "Parts order Kia wk43.csv", "Wheel alignment LS70TVR.pdf",
         "Schadensbild_Stoßfänger_hinten.jpeg", "cambelt_kit_fitted.MOV"]
FILE_TYPES = {"pdf": "application/pdf", "heic": "image/heic", "jpg": "image/jpeg", "jpeg": "image/jpeg",
              "png": "image/png", "txt": "text/plain", "zip": "application/zip", "mp4": "video/mp4",
              "csv": "text/csv", "mov": "video/quicktime",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
FILE_NOTES = ["", "%REG% photos", "job card for %REG% 👀", "scan from VCDS, %DTC%", "HU-Bericht, alles gut ✅",
              "quote for %CUST%", "%SITE%", "damage on arrival — photo before we touch it", "weather %PLACE%",
              "remember location %SITE%", "Rechnung anbei", "trade-in sheet for %CAR%"]

# Commands to Jeeves, typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %SITE%", "weather %PLACE% tomorrow", "weather in %PLACE% please",
    "weather %PLACE% %EMOJI%", "weather", "Weather %PLACE%?", "wetaher %PLACE%", "weahter",
    "weather %PLACE% - tyre swaps outside today?", "weather for the test drive in %PLACE%",
    "weather %PLACE% morgen früh", "weather %PLACE% Samstag", "weather %PLACE% for the handover %WHEN%",
    "is it going to hail in %PLACE% tonight?", "remember location %SITE%", "remember location %PLACE%",
    "remember location Halden Autohaus Feuerbach", "remember location %PLACE% (home)", "my location",
    "forget location", "help", "?", "config", "config units metric", "config units imperial", "config timezone %TZ%",
    "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%", "config alerts on", "alerts on",
    "alerts off", "alerts", "login", "forget me", "thanks Jeeves 👍", "danke!", "hi", "what can you do?",
    "weather %PLACE% – can we wash the forecourt cars?", "Weather Stuttgart, Hagel?",
]
CHAT = [
    "%CUST% is in at %WHEN% for %JOB% on the %CAR% (%REG%), %MILES% on the clock",
    "Can someone check stock for %PART%? Need 2 for the %CAR% on ramp 4",
    "%WHO% customer on line 2 asking about %INV% — says she was charged twice for the MOT 🙄",
    "ramp 3 is free from %WHEN% if anyone needs it",
    "VIN %VIN% comes back with an open recall, book it in with the service",
    "Scan shows %DTC% and %DTC%, freeze frame at 2,350 rpm / 68 °C coolant. Smoke test next?",
    "Customer says the EML came on after the M6, only code stored is %DTC%",
    "Torque for the wheel bolts on the %CAR%? ELSA says %TORQUE%, the old job card says %TORQUE%",
    "Tyre quote for %CUST%: 4x %TYRE% @ %PRICE% each fitted & balanced, plus valves + disposal",
    "Winter tyres for %REG%: %TYRE%, tread 6.5 / 6.2 / 4.1 / 4.0 mm, DOT 3419 on the rears — recommend replacing",
    "%DUE% for %REG%, reminder letter went out, no reply yet",
    "trade-in on %CAR%: %MILES%, FSH, 2 keys, light scuffs N/S/F alloy. CAP clean %PRICE%, I'd offer %PRICE%",
    "Finance approved for %CUST% ✅ %PRICE% over 48 months, balloon %PRICE%",
    "Delivery of the new %CAR% to %CUST% moved to %WHEN%, PDI not done yet",
    "Anyone seen the keys for %REG%? Key safe says slot 41 but it's empty 🔑",
    "Courtesy car (Polo, %REG%) came back with a quarter tank less — add the £25 fuel charge to %INV%?",
    "Hail warning for Stuttgart tonight ⛈️ all used cars off the forecourt into hall B please",
    "%WHO% the warranty claim for %VIN% was rejected, they want the old part %PART% back first",
    "Parts order placed with the factory: %PART% x2, %PART% x1, ETA %WHEN%",
    "Price check: %PART% is %PRICE% retail, trade -15%",
    "MOT fail on %REG%: N/S front brake hose chafed (1.1.11 (c)), advisory for %TYRE% near legal limit",
    "HU/AU ohne Mängel ✅ %REG%, neue Plakette drauf, %DUE%",
    "Kunde %CUST% fragt, ob die Winterräder %TYRE% noch einen Winter halten — Profil 4 mm",
    "Termin Räderwechsel %WHEN%, Einlagerung %PRICE%, Lagerplatz R-17-04",
    "Bremsen vorne: %PART%, Anzugsmoment %TORQUE%. Wer hat den Drehmomentschlüssel von Bühne 2? 🔧",
    "Rechnung %INV% an %CUST% rausgeschickt, Zahlungsziel 14 Tage",
    "Zamówienie na %PART% dla %REG% — dostawa %WHEN%",
    "Müşteri %CUST% %WHEN% arabasını almaya geliyor, fatura %INV% hazır mı?",
    "Clientul %CUST% a sunat: %CAR% face zgomot la frânare, programat %WHEN%",
    "Khách hàng %CUST% hẹn %WHEN% để thay lốp %TYRE%",
    "Η πελάτισσα %CUST% θα φέρει το %CAR% %WHEN% για σέρβις",
    "Клієнт %CUST% забере %CAR% %WHEN%, рахунок %INV%",
    "العميل %CUST% يسأل عن موعد فحص السيارة %REG% %WHEN%",
    "客户%CUST%想预约%WHEN%保养，车型%CAR%，里程%MILES%",
    "Valeting bay is flooded again 🌧️ washes on hold till the drain's cleared",
    "%WHO% can you do the handover at %WHEN%? I'm at the auction in %PLACE%",
    "Test drive for %CUST% in the demo %CAR% at %WHEN% — licence checked, DVLA check code Kx7pQ2mZ",
    "Loan car agreement signed, fuel 1/2, 48,210 mi out, excess £500",
    "Labour time for %JOB% on the %CAR% is 2.4 h per ELSA, we quoted 1.8 😬",
    "AC regas on %REG%: R1234yf, 480 g ±10 g, UV dye added, no leak found",
    "Battery test: 12.31 V, CCA 410/680 A — failed, replace with %PART%",
    "DPF regen done on %REG%, soot load 28.4 g → 6.1 g, %DTC% cleared and not back after a 15 mi road test",
    "Alignment printout for %REG%: front toe 0°05' total, camber -1°12' / -1°08' ✔️",
    "Who booked %CUST% in for %WHEN%? There's no %JOB% slot left that day",
    "%CAR% sold! %PRICE% + part-ex %REG%, handover %WHEN% 🎉",
    "used stock list updated, 42 cars, oldest is the %CAR% at 97 days — reduce to %PRICE%?",
    "EV charger on bay 6 is tripping again ⚡ the %CAR% only got to 54% overnight",
    "%WHO% %WHO% staff meeting moved to %WHEN%, canteen",
    "road test route: out via %PLACE%, back on the ring road, ~12 miles",
    "can you send the customer the video health check? link's in the DMS under %INV%",
    "oil: 5W-30 VW 504 00/507 00, 4.3 L incl. filter, sump plug %TORQUE%",
    "ok", "👍", "on it", "cheers!", "sorry, wrong channel", "brb, customer at the desk",
    "running late, stuck behind a tractor near %PLACE% 🚜",
    "Is it going to rain at %SITE% this afternoon? want to do the website photos outside",
    "Sunday's car park event in %PLACE%: 6 cars, gazebo, flags. Forecast?",
    "Mileage discrepancy on %REG%: MOT history says 98,112 mi in 2022, clock shows %MILES% 🤔 %LINK%",
    "customer supplied parts (%PART%) — we fit but no warranty, note it on the job card please",
    "%REG% – %DUE%, %JOB% same day? she'd rather wait in the showroom ☕",
    "Courier from the parts hub arrives %WHEN%, anything missing from today's order shout now",
    "Recall 93R8 / 24DX on %VIN%: software update 45 min + 15 min adaptation",
    "%CUST% left a 5★ review 🙌 \"Gareth explained everything, car was ready early\"",
    "Complaint from %CUST%: \"the car came back with grease on the driver's seat\" — revalet and call her pls",
    "Aftersales KPIs this week: 214 hours sold, efficiency 108 %, 31 MOTs, 9 fails",
    "What's our labour rate for fleet accounts again? %PRICE%?",
    "cambelt interval on the %CAR% is 130k mi or 10 yrs, whichever comes first",
    "Recovery truck dropping %REG% at %SITE% around %WHEN%, non-runner, %DTC%",
    "Do we have a loan car for %WHEN%? %CUST% needs one, clutch job (%PART%) takes 2 days",
    "%WHO% pls sign off the goodwill: 50% parts / 100% labour on %INV%",
    "kann jemand den %CAR% (%REG%) um %WHEN% zur Karosserie Yilmaz fahren? Stoßfänger hinten, KV %INV%",
    "Nacht zum Mittwoch -2 °C angesagt ❄️ Sommerreifen-Kunden anrufen, die noch keinen Termin haben",
    "NCT prep on %REG%: headlight aim, wipers, number plate lamp. %DUE%",
]
LONG_MESSAGES = [
    "*Job card %INV%* — %CAR% (%REG%)\nVIN: %VIN%\nMileage in: %MILES%\n\nWork requested:\n1. %JOB%\n"
    "2. Investigate EML — stored %DTC%\n3. Check O/S/R tyre (slow puncture)\n\nAdvisor: %WHO% · Promised: %WHEN%",
    "Freeze frame for %DTC% on %REG%:\n```\nEngine speed        1 840 /min\nCoolant temp        91 °C\n"
    "Load (calc.)        63.1 %\nShort-term trim B1  +12.5 %\nLong-term trim B1   +18.0 %\nVehicle speed       "
    "74 km/h\nDistance since MIL  212 km\n```\nlooks lean under load, suspect the intake hose or PCV. %WHO% opinion?",
    "Parts order for tomorrow:\n```\npart_no,description,qty,net\n\"1K0-615-301-AA\",\"Brake disc front\",2,58.40\n"
    "\"1K0 698 151 B\",\"Brake pads front\",1,46.12\n\"06L 115 562 B\",\"Oil filter\",4,9.85\n"
    "\"G 052 195 M2\",\"DSG fluid 1 L\",6,14.20\n```\nplease confirm by 16:00 🙏",
    "Trade-in valuation — %CAR% (%REG%)\n• Mileage: %MILES%\n• History: full, last %JOB% at main dealer\n"
    "• Damage: dent O/S/R door (≈ £180 SMART), kerbed alloys x3 (£65 each)\n• Tyres: %TYRE%, 5 mm all round\n"
    "• CAP clean: %PRICE% / retail: %PRICE%\n\nOffer: %PRICE% subject to HPI clear",
    "Weitergeleitet von %CUST%:\n\n> Sehr geehrte Damen und Herren,\n> mein %CAR% (%REG%) zeigt seit gestern die "
    "Meldung „Motorstörung – Werkstatt!“. Laut meinem Auslesegerät: %DTC%.\n> Können Sie mir %WHEN% einen Termin "
    "geben?\n> Mit freundlichen Grüßen\n\nBitte zurückrufen: %PHONE%",
    "MOT result %REG% (%DUE%):\n*FAIL*\n- Nearside Front Brake pad(s) less than 1.5 mm thick (1.1.13 (a) (ii))\n"
    "- Offside Rear Tyre tread depth below requirements of 1.6mm (5.2.3 (e))\nAdvisories:\n- Front brake discs "
    "worn, pitted or scored (1.1.14 (a) (ii))\n- Oil leak, but not excessive (8.4.1 (a))\n\nquote sent: %PART% + "
    "%TYRE% = %PRICE% inc VAT",
    "HU-Bericht %REG%:\nGeringe Mängel (GM):\n• Scheinwerfereinstellung links zu hoch\n• Auspuffanlage undicht "
    "(Vorschalldämpfer)\nErhebliche Mängel (EM): keine\nNächste HU: %DUE%\n\nKV für den Auspuff: %PART%, 1,2 AW, "
    "gesamt %PRICE%",
    "Workshop plan %WHEN% 🔧\nRamp 1 – %REG% %JOB%\nRamp 2 – %REG% %JOB%\nRamp 3 – MOT bay (8 booked)\n"
    "Ramp 4 – %REG% diag %DTC%\nTyre bay – 14 winter swaps 🛞\n\nLoan cars: 3 of 5 out. Weather looks grim, "
    "%WHO% please move the sold cars under cover",
    "Invoice %INV% for %CUST%\n\nLabour   2.6 h × £145.00   £377.00\nParts                      £118.40\n"
    "Oil      4.3 L 5W-30       £61.92\nShop supplies              £9.50\nSubtotal                  £566.82\n"
    "VAT 20%                   £113.36\n*Total                    £680.18*\n\npaid by card ✅",
]
WEATHER_REPLIES = [
    "%PLACE%: light rain, 9°C, wind 22 km/h; today 6°C to 11°C, 70% chance of precipitation",
    "%PLACE%: overcast clouds, 12°C, wind 9 km/h; today 8°C to 14°C, 20% chance of precipitation",
    "%PLACE%: thunderstorm with hail, 14°C, wind 41 km/h; today 10°C to 17°C, 90% chance of precipitation",
    "%PLACE%: fog, 4°C, wind 3 km/h; today 2°C to 9°C, 5% chance of precipitation",
]
# What Jeeves posts in a DM, delivered back to it (message.im with its bot_id).
BOT_REPLIES = [
    HELP_REPLY, "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 07:15 (Europe/London).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.", "I could not find a place called “%SITE%”.",
    *WEATHER_REPLIES, "%PLACE%: clear sky, 46°F, wind 6 mph; today 39°F to 55°F, 0% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:45\n• alerts: on\n• timezone: Europe/Berlin\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
HOME_LOCATIONS = ["Coventry, United Kingdom", "Leeds, United Kingdom", "Stuttgart, Germany", "Munich, Germany",
                  "Dublin, Ireland", "not set (`remember location <place>`)"]

SEARCH_Q = ["Kowalski", "o'connor", "@halden-motors.co.uk", "@halden-autohaus.de", "yılmaz", "Müller",
            "Weißenberger", "gareth", "Nguyễn", "ní mhurchú", "d'angelo", "service advisor", "U06R4TK29B", TEAM,
            PARTNER_TEAM, "schmidt-rahn", "Popescu", "tomasz.k", "leeds", "coventry", "feuerbach", "Ó Briain",
            "van der berg", "hughes-pritchard"]
AUDIT_Q = ["login", "login.slack", "logout", "user.active", "user.admin", "client.create", "client.rotate",
           "client.disable", "feature.set", "feature.remove_override", "admin.map_slack", "admin.unmap_slack",
           "account.totp_enable", "failed", "dms-sync", "tyre-hotel", "2024-10-18", f"weather@{TEAM}"]
ADMINS = ["it.halden", "gareth.jones", "hp.schmidt-rahn", "aoife.nimhurchu", "svc-admin", "notfall-admin"]
CLIENT_DESCRIPTIONS = [
    ("dms-sync", "Dealer management system ↔ Jeeves users, every 10 min (read/write)"),
    ("workshop-planner", "Workshop loading board: reads alert settings for the early shift (06:45)"),
    ("powerbi-aftersales", "Power BI: hours sold, MOT/HU volumes & weather cancellations per site"),
    ("mot-reminders", "MOT/TÜV/NCT reminder mailer — reads users, writes nothing"),
    ("tyre-hotel", "Reifenhotel / tyre storage app: seasonal swap bookings (\"O bis O\")"),
    ("zapier:bookings", "Zapier: online service booking → Slack DM with the forecast"),
    ("ci-gitlab", "GitLab CI smoke test after deploy (read only)"),
    ("bodyshop.yilmaz", "Karosserie Yilmaz GmbH – Partnerzugang, nur Lesen"),
    ("naas-rd.nct", "Dublin site: NCT booking sync"),
    ("data-lake", "Nightly export to Azure Data Lake (container: aftersales-raw)"),
]
API_CLIENTS = ["dms-sync", "workshop-planner", "powerbi-aftersales", "mot-reminders", "tyre-hotel",
               "zapier:bookings", "ci-gitlab", "jeeves-worker"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36 Edg/130.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.0.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.58 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 "
    "Mobile/15E148 Safari/604.1",
]
# Chromium's client-hint brand list as each major version sends it.
CH_BRANDS = {"129": '"Google Chrome";v="129", "Not=A?Brand";v="8", "Chromium";v="129"',
             "130": '"Chromium";v="130", "Google Chrome";v="130", "Not?A_Brand";v="99"'}
LANGS = ["en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "de,en-US;q=0.7,en;q=0.3", "en-IE,en-GB;q=0.9,en;q=0.8",
         "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "tr-TR,tr;q=0.9,de;q=0.8,en;q=0.7", "ro-RO,ro;q=0.9,en;q=0.8",
         "vi-VN,vi;q=0.9,en;q=0.8", "en-US,en;q=0.9", "uk-UA,uk;q=0.9,en;q=0.8", "en-GB"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "Go-http-client/1.1",
              "okhttp/4.12.0", "Apache-HttpClient/5.3.1 (Java/17.0.12)", "axios/1.7.7", "Zapier",
              "PowerBI/2.134 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "PostmanRuntime/7.42.0", "GuzzleHttp/7", "gitlab-runner 17.4.0 (17-4-stable; go1.22.5; linux/amd64)",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; de-DE) WindowsPowerShell/5.1.19041.4894"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0",
              "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "curl/8.10.1",
              "Azure Traffic Manager Endpoint Monitor"]
META_UAS = ["PyJWT/2.9.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Apache-HttpClient/5.3.1 (Java/17.0.12)", "openapi-generator/7.9.0", "PostmanRuntime/7.42.0",
            "okhttp/4.12.0"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/clients?done=client_enabled", "/admin/slack-sign-in?done=unmapped",
               "/admin/account?done=totp_disabled", "/admin/audit?q=client.rotate&page=2"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/audit?q=login", "/admin/users?q=y%C4%B1lmaz",
              "/admin/features"]
PHRASE_WORDS = ["piston", "gearbox", "forecourt", "camshaft", "radiator", "dipstick", "chassis", "sprocket",
                "tailgate", "wishbone", "crankcase", "flywheel"]
PATCH_NAMES = ["Gareth Jones (Service Mgr, Coventry)", "Agnieszka Wiśniewska", "Mehmet Yılmaz – Karosserie",
               "Siân ap Rhys", "Nguyễn Minh Thảo", "Hans-Peter Schmidt-Rahn", "Aoife Ní Mhurchú | Naas Rd",
               "Răzvan Popescu (Teile)", "Dr. Tariq Khan", "Oksana Shevchenko / Leeds"]
UNTIL = ["2024-10-21T06:00:00Z", "2024-10-21", "2024-10-21T08:00:00+02:00", "2024-10-20T23:59:59Z"]


class Dealership(EvaluatorDay):
    """Halden Motor Group: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "hM4tW9qLr2ZxNc7KpB3vYd8E"
    base = BASE
    ts_window = (0, 11 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 6, 7, 7, 8, 12, 16), ("00", "15", "30", "45", "40")
    event_window, challenge_bytes = (0, 11 * 3600), 34
    blocks_rate, thread_rate = 0.8, 0.18
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.2, 0.05, 0.35
    xff_rate, xff = 0.04, ("10.12.4.21", "192.168.40.17", "10.8.1.9, 172.16.20.3")
    trace_rate, request_id_rate = 0.2, 0.12
    oauth_scopes = ("read", "read write", "write")
    verify_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas = META_UAS
    # /jeeves and the buttons
    partner_team, partner_domain, dm_partner_rate, click_partner_rate = PARTNER_TEAM, PARTNER_DOMAIN, 0.05, 0.05
    button_places, weather_replies = PLACES + [s[1] for s in SITES], WEATHER_REPLIES
    mention_leads = ("", "", "hey ", "cc ", "morning ", "Moin ")
    # /me/ and signing in
    timezones, oidc_error_rate = TIMEZONES, 0.08
    me_places = PLACES + [s[1] for s in SITES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "")
    # the data API
    limits, offsets, filter_teams = ("20", "50", "100", "250", "500"), (0, 50, 100, 250, 500), (TEAM, PARTNER_TEAM)
    patch_names, usage_days, until_choices = PATCH_NAMES, (1, 20), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|MOT history", "|listing", "|link")
    link_once = True
    long_rate, emoji_rate, link_rate, dm_command_rate = 0.12, 0.25, 0.06, 0.65
    edit_suffixes = (" (edit: wrong reg)", " *", " — ramp 3 not 4, sorry", "", " ✅")
    files, file_notes, file_types = FILES, FILE_NOTES, FILE_TYPES
    file_editable, file_sizes = ("txt", "csv"), (2_000, 90_000_000)
    unfurl_leads = ("", "is this ours? ", "customer sent this: ", "weather ok to collect it? ", "Schau mal: ")
    bot_replies, bot_updated_days = BOT_REPLIES, 31
    home_tabs = ("home", "home", "home", "messages")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.fill_pools = {"%SITE%": [s[1] for s in SITES], "%PLACE%": PLACES, "%CUST%": CUSTOMERS, "%CAR%": CARS,
                           "%VIN%": VINS, "%REG%": REGS, "%PART%": PARTS, "%DTC%": DTCS, "%TORQUE%": TORQUES,
                           "%TYRE%": TYRES, "%MILES%": MILES, "%PRICE%": PRICES, "%DUE%": DUES, "%WHEN%": WHEN,
                           "%JOB%": JOBS, "%INV%": INVOICES, "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "x"
            plain_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "y"
            handle = f"{plain_first}.{plain_last}" + (str(i) if i % 11 == 0 else "")
            domain = self.pick(["halden-motors.co.uk", "halden-motors.co.uk", "halden-autohaus.de", "halden.ie"])
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                                "email": f"{plain_first}.{plain_last}@{domain}", "tz": self.pick(TIMEZONES[:4])})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "workshop-coventry", "workshop-leeds", "werkstatt-feuerbach", "werkstatt-pasing", "naas-rd-service",
            "parts-counter", "sales-new", "used-cars", "tyre-hotel", "mot-bay", "valeting", "bodyshop-yilmaz",
            "warranty-claims", "general", "random")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- the App Home view, rich_text blocks, unfurls ----------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        view_id = self.sid("V0", 9)
        lines = [f"*Location:* {self.pick(HOME_LOCATIONS)}", f"*Units:* {self.pick(['metric', 'metric', 'imperial'])}",
                 f"*Daily alert:* {self.pick(['on', 'off'])} at {self.hhmm()} ({self.pick(TIMEZONES[:3])})"]
        blocks = [{"type": "header", "block_id": self.block_id(),
                   "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                  {"type": "section", "block_id": self.block_id(),
                   "text": {"type": "mrkdwn", "text": "\n".join(lines), "verbatim": False}},
                  {"type": "divider", "block_id": self.block_id()},
                  {"type": "section", "block_id": self.block_id(), "text": {
                      "type": "mrkdwn", "verbatim": False,
                      "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> "
                              "(send me `login` for a sign-in link)."}}]
        return {"id": view_id, "team_id": team, "type": "home", "blocks": blocks, "private_metadata": "",
                "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH - self.rng.randint(60, 86400)}."
                f"{self.hexs(8)}", "title": {"type": "plain_text", "text": "View Title", "emoji": True},
                "clear_on_close": False, "notify_on_close": False, "close": None, "submit": None,
                "previous_view_id": None, "root_view_id": view_id, "app_id": APP_ID, "external_id": "",
                "app_installed_team_id": TEAM, "bot_id": BOT_ID}

    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        """The message's rich_text block: its text sections, its ``` fences as preformatted, @Jeeves as a user."""
        elements: list[dict[str, Any]] = []
        for fenced, part in self.fenced_parts(raw):
            if fenced:
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": part.strip("\n")}]})
                continue
            inner: list[dict[str, Any]] = [{"type": "text", "text": part}]
            if "@Jeeves " in part:
                lead, rest = part.split("@Jeeves", 1)
                inner = ([{"type": "text", "text": lead}] if lead else []) + [
                    {"type": "user", "user_id": BOT_USER}, {"type": "text", "text": rest}]
            elements.append({"type": "rich_text_section", "elements": inner})
        return [{"type": "rich_text", "block_id": self.block_id(), "elements": elements}]

    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        link, service, title, text = self.pick(UNFURLS)
        return link, (service, title, text)

    # ---- browsers' client hints and cookies; scripts' dates and request ids ----------------------------------
    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome/" not in ua:
            return None
        major = ua.split("Chrome/", 1)[1].split(".", 1)[0]
        brands = CH_BRANDS.get(major, CH_BRANDS["130"])
        return brands.replace('"Google Chrome"', '"Microsoft Edge"') if "Edg/" in ua else brands

    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.1):
            jar.append(("CookieConsent", "{stamp:%27" + self.token(30) + "%27%2Cnecessary:true%2Cpreferences:true"
                        "%2Cstatistics:true%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:2%2Cutc:"
                        f"{(EPOCH - self.rng.randint(86400, 9_000_000)) * 1000}%2Cregion:%27gb%27}}"))
        if self.chance(0.08):
            jar.append(("_clck", f"{self.token(5)[:6].lower()}%7C2%7Cfqa%7C0%7C{self.rng.randint(1500, 1800)}"))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-10-{day:02d}T00:00:00Z", f"2024-10-{day:02d}", f"2024-10-{day:02d}T07:00:00+01:00",
                f"2024-10-{day:02d}T06:00:00.000Z", f"2024-09-{day + 10:02d}T00:00:00+02:00"]

    def request_ids(self) -> list[str]:
        return [f"dms-{self.rng.randint(10**8, 10**9)}", f"gl-{self.rng.randint(10**6, 10**7)}-smoke"]


assert all(len(v) == 17 and not set(v) & set("IOQ") for v in VINS)

PLAN: list[tuple[str, int]] = [
    ("slack_dm", 300), ("slack_mention", 160), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 25), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The dealership's Monday, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Dealership(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
