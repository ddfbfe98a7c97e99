"""Benign evaluation set (seventieth): a freight forwarder's ordinary traffic through the edge, benign only.

The company is Nordhavn Meridian Logistics (NML), a freight forwarding and customs brokerage house with offices in
Hamburg, Rotterdam, Felixstowe, Gdańsk, Shanghai, Singapore, Jebel Ali, Nhava Sheva, Houston and Santos. Its
ocean and air desks, customs brokers, reefer controllers, truck dispatchers and warehouse leads use Jeeves to
check the weather at ports, terminals and on the road (storms, fog closures, wind stops at the gantries, heat for
reefers), and they talk to it the way they talk to each other: container numbers with check digits, house and
master bills of lading, air waybills, HS codes, Incoterms with their named places, UN/LOCODEs, vessel names and
voyage numbers, ETA/ETD and cut-off dates in every format, pallet dimensions, weights in kg, t and lbs, VGMs,
reefer set points, MRNs and EORI numbers, demurrage and detention charges in many currencies, EDIFACT and X12
snippets, tracking links, consignees' and drivers' names in many languages and scripts.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls, and adds only its App
Home view, its scripts' dates and tracing, its browsers' cookies and client hints and a fill for the one-time link
in Jeeves' `login` reply.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_seventieth"
SEED = 70_2024_0903
EPOCH = 1725341400  # 2024-09-03 05:30 UTC, a Tuesday: 07:30 in Hamburg, 13:30 in Shanghai, a typhoon near Ningbo
TEAM, TEAM_DOMAIN = "T03NMLFWD7", "nordhavn-meridian"
PARTNER_TEAM, PARTNER_DOMAIN = "T05NMLZOLL", "nml-customs"  # the customs brokerage, its own Slack workspace
APP_ID, BOT_USER, BOT_ID = "A05JVS7NML", "U05JEEVES4", "B05JEEVES8"
HOST = "jeeves.nordhavn-meridian.com"
BASE = f"https://{HOST}"

FIRST = ["Jens", "Anneke", "Wei", "Xiaoling", "Priya", "Rahul", "Fatima", "Omar", "João", "Thiago", "Magdalena",
         "Krzysztof", "Siddharth", "Hyun-woo", "Ngozi", "Lars", "Sinéad", "Dmitri", "Aylin", "Thabo", "Ingrid",
         "Rafael", "Chloé", "Hiroshi", "Esperanza", "Björn", "Oluwaseun", "Kateřina", "Minh Anh", "Hans-Jürgen",
         "Zhiwei", "Mariana", "Erik", "Leilani", "Anders", "Yusuf", "Meera", "Dieuwke", "Sebastián", "Gráinne"]
LAST = ["Schröder", "van der Berg", "Zhang", "Chen", "Patel", "Iyer", "Al-Mansouri", "Haddad", "Gonçalves",
        "Pereira", "Kowalczyk", "Wiśniewski", "Kim", "Okafor", "Nilsen", "O'Brien", "Petrov", "Yılmaz", "Tran",
        "Dlamini", "Lindgren", "Moreno", "Lefèvre", "Tanaka", "Ruiz de la Vega", "Adeyemi", "Nováková", "MacLeod",
        "Sørensen", "Schmidt-Kühn", "de Jong", "Nguyễn", "Al-Khatib", "D'Costa", "Brennan", "Łukasiewicz"]
OFFICES = [("Hamburg", "Nordhavn Meridian GmbH, Am Sandtorkai 44, 20457 Hamburg"),
           ("Rotterdam", "NML Benelux B.V., Waalhaven Z.z. 19, 3089 JH Rotterdam"),
           ("Felixstowe", "NML UK Ltd, Unit 6, Dooley Road, Felixstowe IP11 3HG"),
           ("Gdańsk", "NML Polska Sp. z o.o., ul. Kontenerowa 12, 80-601 Gdańsk"),
           ("Shanghai", "诺德海文物流（上海）有限公司, 浦东新区东大名路 1088 号 21 楼"),
           ("Singapore", "NML Asia Pte. Ltd., 3 Temasek Ave, #17-01, Singapore 039190"),
           ("Jebel Ali", "NML Gulf FZE, LOB 15, Office 221, Jebel Ali Free Zone, Dubai"),
           ("Nhava Sheva", "NML India Pvt. Ltd., Office 402, Sector 11, CBD Belapur, Navi Mumbai 400614"),
           ("Houston", "NML Americas Inc., 1330 Post Oak Blvd, Suite 1900, Houston, TX 77056"),
           ("Santos", "NML do Brasil Ltda., Rua XV de Novembro, 95 – 8º andar, Santos/SP 11010-151")]
COUNTRIES = {"Hamburg": "Germany", "Rotterdam": "Netherlands", "Felixstowe": "United Kingdom", "Gdańsk": "Poland",
             "Shanghai": "China", "Singapore": "Singapore", "Jebel Ali": "United Arab Emirates", "Nhava Sheva": "India",
             "Houston": "United States", "Santos": "Brazil"}
ADDRESSES = [
    "CTA Altenwerder, Am Ballinkai 1, 21129 Hamburg", "Eurogate CTH, Kurt-Eckelmann-Str. 1, 21129 Hamburg",
    "RWG, Amaliahaven, Maasvlakte 2, 3199 LZ Rotterdam", "ECT Delta, Europaweg 875, 3199 LD Rotterdam",
    "Trinity Terminal, Dock Rd, Felixstowe IP11 3SY", "DCT Gdańsk, ul. Kontenerowa 7, 80-601 Gdańsk",
    "Yangshan Phase IV, Shanghai 201308", "上海市浦东新区外高桥保税区富特北路 288 号", "Tuas Port, 1 Tuas Ave 12",
    "Warehouse 7B, 12 Tuas Ave 5, Singapore 639339", "Jebel Ali Free Zone, South Zone, Plot S20110",
    "Barbours Cut Terminal, 1515 E Barbours Cut Blvd, La Porte, TX 77571",
    "Av. Cândido Gaffrée s/n, Santos – SP, 11013-240", "JNPT, Nhava Sheva, Navi Mumbai 400707",
    "Plot No. 4-B, MIDC Taloja, Navi Mumbai 410208", "Logistikzentrum Venlo, Celsiusweg 20, 5928 PR Venlo",
    "Lager 3, Tor 12–14, Am Hafen 5, 47119 Duisburg", "Hafenstraße 4½, Hinterhof, 28217 Bremen",
    "c/o Müller & Söhne, Werk 2, Halle B, Industriestr. 14, 72770 Reutlingen",
    "Unit 12–14, Heathrow Cargo Centre, Shoreham Rd E, TW6 3UA", "DHL Hub Leipzig, Gate 5, 04435 Schkeuditz",
    "Dock 3, 1400 E Industrial Way #B, Carson, CA 90746", "ul. Portowa 12/4, 81-350 Gdynia",
    "Lot 7, Jalan Perigi Nanas 6/11, Pulau Indah, 42920 Port Klang", "서울특별시 강서구 공항대로 5, 3층",
    "부산광역시 강서구 신항로 99 (부산신항 2부두)", "Zona Franca, Calle 4, nº 23, 08040 Barcelona",
    "Bodega 14, Central de Abasto, Iztapalapa, CDMX 09040", "Armazém 12, Cais do Saboó, Porto de Santos",
    "P.O. Box 17843, Jebel Ali, Dubai, UAE", "Kai 7, Container Terminal Bremerhaven, 27568 Bremerhaven",
    "Ambarlı Limanı, Marport, 34524 Beylikdüzü/İstanbul", "Cát Lái Port, Nguyễn Thị Định, TP. Thủ Đức, HCMC",
]
PLACES = ["Hamburg", "Rotterdam", "Antwerp", "Felixstowe", "Shanghai", "Ningbo", "Shenzhen", "Yantian",
          "Singapore", "Port Klang", "Jebel Ali", "Dubai", "Houston", "Long Beach", "Santos", "Nhava Sheva",
          "Mumbai", "Gdańsk", "Bremerhaven", "Duisburg", "Venlo", "Le Havre", "Algeciras", "Valencia", "Piraeus",
          "Busan", "Colombo", "Port Said", "Balboa", "Savannah", "Genoa", "Leipzig", "Frankfurt am Main",
          "Chicago", "Mersin", "Tanger Med", "Durban", "Ho Chi Minh City", "São Paulo", "Zeebrugge", "Köln",
          "Göteborg", "Trieste", "Łódź", "Gdynia", "上海", "深圳", "宁波", "부산", "Cape Town",
          "Hamburg-Waltershof", "Maasvlakte", "Qingdao", "Kaohsiung", "Laem Chabang", "Manzanillo",
          "53.5461, 9.9292", "1.2644, 103.8222", "51.95° N, 4.05° E", "Saint-Nazaire", "Vlissingen"]
TIMEZONES = ["Europe/Berlin", "Europe/Amsterdam", "Europe/London", "Europe/Warsaw", "Asia/Shanghai",
             "Asia/Singapore", "Asia/Dubai", "Asia/Kolkata", "America/Chicago", "America/Sao_Paulo",
             "Asia/Seoul", "America/Los_Angeles", "Europe/Istanbul", "Africa/Johannesburg", "UTC",
             "Asia/Ho_Chi_Minh"]
CONTAINERS = ["MSCU 123456-7", "MAEU 417263-0", "CMAU 7743210", "HLXU 881234-5 (40'HC)", "TGHU 905512-3",
              "OOLU 6620148", "CSNU 198726-5", "MRKU 558201-4", "SEGU 9231407", "TCNU 3349810", "FCIU 2208813",
              "BMOU 661290-7", "EMCU 884210-5", "ONEU 1230981", "CAIU 5570126", "TRHU 402118-6 (reefer)",
              "SZLU 9009214 (45' RF)", "HASU 4127730", "GESU 6398021", "TEMU 771204-2", "MSDU 8830172",
              "CXDU 1245578 (20'DV)", "KOCU 4410228", "BEAU 5230981 (40' flat rack, OOG)"]
BILLS = ["MEDUHM123456", "B/L MAEU 241837605", "HLCUHAM2408013579", "CMDUSHZ1234567", "HBL NMLHAM24090318",
         "MBL COSU6391204870", "HBL NMLSHA2408-0771", "HAWB 176-42518830", "MAWB 020-12345675", "B/L ONEYSHAE0912345",
         "Seawaybill EGLV142450817329", "HBL NMLJEA/24/0915", "OOLU2741359060", "MBL ZIMUNGB1209884",
         "HBL NML-RTM-240902-04", "AWB 618-5523 4107"]
HS_CODES = ["8471.30.00", "8517.62", "8708.29.90", "0303.89", "6203.42.31", "9403.60.10", "3004.90.00",
            "8544.42.90", "0805.10.20", "8703.80.10", "2204.21.79", "8414.51.00", "9018.90.84", "3926.90.97",
            "0203.29.55", "8507.60.00", "0901.21.00", "7308.90.98", "HS 8473 30 20", "HTS 8471.50.0150",
            "1006.30.98", "8481.80.85"]
INCOTERMS = ["FOB Shanghai", "DAP Duisburg", "CIF Rotterdam", "EXW Ningbo", "DDP Houston", "FCA Hamburg",
             "CPT Felixstowe", "CFR Jebel Ali", "DPU Gdańsk", "FAS Santos", "FOB Nhava Sheva (Incoterms® 2020)",
             "DAP Venlo warehouse", "FCA Shenzhen CFS", "CIP Leipzig airport", "EXW Reutlingen", "DDP door Chicago"]
LOCODES = ["DEHAM", "NLRTM", "CNSHA", "CNNGB", "SGSIN", "AEJEA", "USHOU", "BRSSZ", "INNSA", "GBFXT", "PLGDN",
           "BEANR", "KRPUS", "USLGB", "ESVLC", "CNYTN", "MYPKG", "TRMER", "DEBRV", "LKCMB", "VNSGN", "EGPSD"]
VESSELS = ["MSC Gülsün V.FE434W", "Ever Ace 1128-047W", "HMM Algeciras 0023W", "CMA CGM Jacques Saadé 0FLGRW1MA",
           "Maersk Mc-Kinney Møller 435W", "Hamburg Express 064W", "ONE Innovation 008W", "COSCO Shipping Universe "
           "061W", "Madrid Maersk 436E", "MSC Tessa QA434A", "Berlin Express 2436W", "Al Muraykh 2435E",
           "Santos Express 428S", "Ever Given 1127-052W", "X-Press Antares 24015E", "Seaspan Amazon 0MEA5W"]
DIMS = ["120×80×150 cm", "1200 x 1000 x 1650 mm", "EUR pallet 120x80, max. 1.80 m high", "48\"×40\"×60\"",
        "20'DV internal 5.90 × 2.35 × 2.39 m", "40'HC: L 12.03 m / W 2.35 m / H 2.69 m", "2 × 40'HC + 1 × 20'DV",
        "OOG 6.20 m × 3.10 m × 3.40 m", "crate 240 x 110 x 95 cm", "33 EPAL, single-stacked",
        "26 pallets 120/100/160", "L×W×H 1.15×1.15×1.40 m (IBC)", "6 cartons 60x40x40cm", "LDM 13.6"]
WEIGHTS = ["18,420 kg", "24.000 kg", "VGM 27,850 kg", "1,250 lbs", "2.5 t", "gross 4,380 kg / net 3,960 kg",
           "32,000 lbs (14,515 kg)", "chargeable wt 612 kg (vol. 3.67 cbm)", "67.5 CBM", "tare 3,750 kg",
           "max payload 28.6 t", "1.320 kg brutto", "ca. 21 t", "GW 9 870 KGS", "715 kgs / 4.2 m³"]
TEMPS = ["-18 °C", "+2 °C to +8 °C", "-25°C", "13.5 °C, vents 25 CBM/h, humidity 85%", "-0.5 °C (cold treatment)",
         "+15/+25 °C", "-60 °C (super-freezer, tuna)", "+4°C", "0 °F", "-20 °C ±2", "5 °C, CA 2% O₂ / 5% CO₂"]
WHEN = ["ETA 22/09", "ETD Shanghai 2024-09-06", "ETA DEHAM 14.10.", "ETD Fri 6 Sep 23:00", "cut-off Thu 12:00",
        "VGM cut-off 05/09 18:00 CST", "ETA Jebel Ali 30 Sep (was 27th)", "ATD 02 Sep", "ETA w/c 7 Oct",
        "free time until 10.09.", "tomorrow 06:00", "Wed 4th, 14:30 slot", "ETA 2024-09-18T06:00+02:00",
        "ETB Monday AM", "SI cut-off 04.09. 16:00 Uhr", "today 17h", "ETA +3 days", "next sailing 13/9",
        "loading 9–11 am", "DOC cut Fri 10:00 SGT", "ETA 11-Sep", "9月6日开船", "ETA 9/20 (PST)"]
MONEY = ["USD 1,850/40'HC", "€ 2.340,00", "EUR 95/day from day 6", "USD 120/day", "THC EUR 260", "BAF USD 420/TEU",
         "CNY 18,500", "AED 1,150", "R$ 4.200,00", "£385 + VAT", "INR 12,500", "SGD 35/day", "PSS USD 500/FEU",
         "USD 3,200 all-in", "EUR 1.480,– netto", "$0.85/kg (min. $95)", "€ 45 per 100 kg", "USD 6,450 + LSS",
         "¥ 210,000", "PLN 1 950,00", "ZAR 18 400", "USD 75 per container per day after 4 free days"]
CUSTOMS = ["MRN 24DE123456789012A7", "EORI DE123456789012345", "EORI GB123456789000", "T1 MRN 24NL0003EC1234567",
           "ITN X20240903123456", "CDS entry 24GB8R1234567890A1", "Bill of Entry 4871203 dt. 02.09.2024",
           "DUE 24BR000912345-7", "ATLAS ATB-Nr. 4711-0815", "ISF 10+2 filed", "ENS/ICS2 filed (HRN 24DE7XYZ0001)",
           "EUR.1 No. A 1234567", "REX DEREX12345678", "Form E (ACFTA)", "CITES permit 24-DE-018823",
           "phyto cert PC 2024/44718", "DG class 3, UN1263 paint, PG III", "UN3480 Li-ion batteries, class 9",
           "IMO 8 UN1789 hydrochloric acid, PG II", "customs value EUR 48,250.00", "ATR certificate"]
CLIENTS = ["Ningbo Huaxin Electronics Co., Ltd. (宁波华鑫电子有限公司)", "Brauhaus Kühne GmbH & Co. KG",
           "Al Noor General Trading LLC", "Vinícola Serra Gaúcha Ltda.", "Polskie Meble Sp. z o.o.",
           "Gulf Coast Petrochem Supply Inc.", "Kaveri Textiles Pvt. Ltd.", "Mercado Fresco S.A. de C.V.",
           "Nordlys Salmon AS", "Hanseatic Coffee Roasters e.K.", "大阪精密株式会社 (Osaka Seimitsu K.K.)",
           "대원오토부품 (Daewon Auto Parts)", "Café do Sul Exportadora S/A", "O'Hare Medical Devices LLC",
           "Müller & Söhne Maschinenbau AG", "Dubai Pearl FZE", "ООО «БалтТрансСервис»", "Anadolu Tekstil A.Ş.",
           "Saigon Furniture JSC (Công ty CP Nội thất Sài Gòn)", "Van den Broek & Zn. B.V.",
           "Shenzhen Lianfa Precision Mould Co., Ltd.", "Cape Citrus (Pty) Ltd", "D'Angelo Foods S.r.l."]
PHONES = ["+49 40 3018 4421", "+31 10 555 0172", "+44 1394 555 019", "+48 58 555 12 34", "+86 21 5555 0198",
          "+65 6555 0144", "+971 4 555 0136", "+91 22 5555 0123", "+1 (713) 555-0182", "+55 13 95555-0107",
          "0172 555 88 21", "+49 (0)40 30 18-0", "138 5555 0162", "+90 532 555 41 22"]
FILES = ["BL_draft_HLCUHAM2408013579 v2.pdf", "CI_PL_NH-240902.xlsx", "VGM_MSCU1234567.pdf", "Arrival Notice 0912.pdf",
         "Packing List – Müller & Söhne.xlsx", "IMG_4471.HEIC", "seal_photo_ML-DE 4417021.jpg", "reefer_download.csv",
         "DG-Declaration_UN3480.pdf", "EUR1_A1234567.pdf", "Rate sheet Q4 (FAK) NML.xlsx", "POD_CMR_0915 signed.pdf",
         "Lashing plan flat rack #3.dwg", "ATB_4711-0815.pdf", "damage_survey (2).zip", "装箱单_NH2409.pdf"]
FILE_TYPES = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "heic": "image/heic", "jpg": "image/jpeg", "csv": "text/csv", "dwg": "image/vnd.dwg",
              "zip": "application/zip"}
FILE_NOTES = ["", "draft B/L for %BL% — pls check consignee and notify party", "VGM for %CNTR%",
              "seal photo, seal no. on the door doesn't match the B/L 😬",
              "reefer download from %CNTR%, set point %TEMP%",
              "signed POD + CMR", "%FILE%", "arrival notice, free time ends %WHEN%", "rate sheet, valid until 30/09",
              "packing list from %CLIENT%", "damage pics from the CFS"]
LINKS = [
    "https://www.hapag-lloyd.com/en/online-business/track/track-by-container-solution.html?container=HLXU8812345",
    "https://www.maersk.com/tracking/241837605", "https://www.msc.com/en/track-a-shipment?agencyPath=deu",
    "https://www.cma-cgm.com/ebusiness/tracking/search?SearchBy=Container&Reference=CMAU7743210",
    "https://www.marinetraffic.com/en/ais/details/ships/shipid:5630138/mmsi:255806188/imo:9839131/vessel:MSC_GULSUN",
    "https://www.vesselfinder.com/vessels/details/9811000", "https://www.track-trace.com/container?number=TGHU9055123",
    "https://www.portofrotterdam.com/en/services/online-tools/port-calls?vessel=HMM%20ALGECIRAS",
    "https://coast.hhla.de/containerauskunft?containerNummer=MSCU1234567",
    "https://www.dct.gda.pl/en/vessel-schedule", "https://www.jnport.gov.in/vessel-schedule?terminal=NSICT",
    "https://www.tariffnumber.com/2024/84713000", "https://ec.europa.eu/taxation_customs/dds2/taric/measures.jsp?"
    "Lang=en&Taric=8471300000&Area=CN&LangDescr=en", "https://hts.usitc.gov/search?query=8471.50.0150",
    "https://www.nhc.noaa.gov/", "https://www.windy.com/?51.950,4.050,8", "https://www.hko.gov.hk/en/wxinfo/currwx/"
    "tc_pos.htm", "https://nml.cargowise.com/Portals/shipment/S00412877?tab=milestones",
    "https://tms.nordhavn-meridian.com:8443/dispatch/board?depot=HAM&date=2024-09-03&view=kanban",
    "https://nordhavnmeridian.sharepoint.com/sites/Customs/Shared%20Documents/ATLAS/2024-09/ATB_4711-0815.pdf",
    "https://www.freightos.com/enterprise/terminal/fbx-01-china-to-north-europe/",
    "https://www.drewry.co.uk/supply-chain-advisors/world-container-index-assessed-by-drewry",
    "https://www.google.com/maps/place/Am+Ballinkai+1,+21129+Hamburg/@53.5001,9.9366,15z",
    "https://meet.google.com/xqp-hnvc-tzr", "http://10.40.2.15:8080/reefer/monitor?unit=TRHU4021186",
]
UNFURLS = [("Hapag-Lloyd", "Track & Trace — HLXU 881234-5", "Discharged at Hamburg CTA, 02 Sep 2024 18:42"),
           ("Maersk", "Tracking 241837605", "Container MRKU 558201-4: Gate out empty, Ningbo"),
           ("MarineTraffic", "MSC GULSUN – Container Ship, IMO 9839131", "Speed 14.2 kn, heading 276°, ETA DEHAM"),
           ("VesselFinder", "HMM ALGECIRAS – IMO 9863297", "Position: Strait of Malacca, reported 12 min ago"),
           ("Port of Rotterdam", "Port calls", "Expected: 04-09-2024 06:00, berth: RWG"),
           ("HHLA", "Containerauskunft", "Status: Zollbeschau angeordnet / customs inspection ordered"),
           ("NOAA NHC", "National Hurricane Center", "Tropical Storm Francine forecast to strengthen in the Gulf"),
           ("Windy.com", "Wind map & weather forecast", "Rotterdam: gusts 65 km/h tonight"),
           ("TARIC", "TARIC measures — 8471 30 00 00", "Third country duty: 0 %"),
           ("Freightos", "FBX01 China – N. Europe", "USD 6,920 per FEU, +3% w/w")]
EMOJI = [":ship:", ":anchor:", ":truck:", ":package:", ":snowflake:", ":cyclone:", ":fog:", ":wind_face:",
         ":white_check_mark:", ":rotating_light:", ":pray:", ":eyes:", ":sweat_smile:", ":thumbsup:", ":tada:",
         "🚢", "⚓", "🚛", "📦", "❄️", "🌀", "🌫️", "✅", "🙏", "😅", "👀", "🇩🇪", "🇨🇳", "🇧🇷", "🤞"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %PLACE%", "weather %PLACE% tomorrow", "weather %LOCODE%", "weather %ADDR%",
    "weather in %PLACE% pls", "weather %PLACE%?", "Weather %PLACE% — gantries stopping for wind?",
    "weather %PLACE% %EMOJI%", "wether %PLACE%", "wheather %PLACE%", "weather", "weather Rotterdam Maasvlakte",
    "weather Yangshan", "weather Ningbo (typhoon?)", "weather for the truck pickup at %ADDR%",
    "weather %PLACE% — reefer at %TEMP%, will it hold on the quay?", "WEATHER %PLACE%",
    "remember location %OFFICE%", "remember location %PLACE%", "remember location %ADDR%",
    "remember location NML %PLACE% office", "my location", "forget location", "help", "config", "?",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%",
    "config units metric", "config units imperial", "config unit imperial", "alerts on", "alerts off", "alerts",
    "login", "forget me", "hi Jeeves 👋", "thanks!", "danke", "谢谢", "what can you do?", "help pls",
    "config alert_time 6:30", "config timezone Hamburg", "remember location Hamburg, DE",
    "weather Hamburg Finkenwerder", "is there fog in %PLACE% %WHEN%?", "will it rain at %ADDR% during loading?",
]
CHAT = [
    "%CNTR% discharged at %LOCODE%, customs hold (X-ray) — broker says 48h. Demurrage %MONEY%",
    "%WHO% can you send the draft B/L for %BL%? Shipper wants \"FREIGHT PREPAID\" and 3/3 originals",
    "Booking confirmed: 2x40'HC %INCO%, %VESSEL%, %WHEN%, ETA %LOCODE% +31 days (via Cape of Good Hope)",
    "HS %HS% — 0% duty under EU-Vietnam FTA if they give us the REX statement, otherwise 4.5%",
    "Reefer %CNTR% set point %TEMP%, PTI OK, genset booked for the truck leg",
    "Pallets: %DIMS%, %WEIGHT% each, non-stackable (glass) 🥲",
    "%CUSTOMS% released ✅ — truck can collect from %ADDR% after 14:00",
    "rollover again on %VESSEL% 🙄 new %WHEN%. Customer (%CLIENT%) informed",
    "quote for %CLIENT%: %INCO%, %MONEY% + local charges, valid till end of month",
    "Driver is at gate 3 of %ADDR%, terminal says no slot booked?? %PHONE%",
    "%WHO% VGM missing for %CNTR%, cut-off is %WHEN% !!",
    "ISF filed for %BL%, AMS matched, no holds so far",
    "Detention clock on %CNTR% started %WHEN%, %MONEY%. Can the consignee devan faster?",
    "DG: %CUSTOMS% — need the MSDS (section 14) and the DGD signed before booking is accepted",
    "OOG on flat rack %CNTR%: %DIMS%, %WEIGHT%, lashing plan %FILE%",
    "LCL consol Shanghai→Hamburg closes %WHEN%, currently 54 of 67 CBM",
    "air: %BL% on LH8401 FRA→PVG, %WEIGHT%, rate %MONEY%",
    "Seal no. ML-DE 4417021 vs. B/L says 4417012 — typo on the B/L or did someone swap it?",
    "Container %CNTR% steht noch am CTA, Zoll will Beschau. Standgeld ab morgen %MONEY% 😤",
    "Bitte Abholung %ADDR% %WHEN% einplanen, %DIMS%, %WEIGHT%, Hebebühne nötig!",
    "订舱确认：%CNTR%，船名 %VESSEL%，%WHEN%，目的港 %LOCODE%",
    "客户 %CLIENT% 问：%BL% 什么时候到港？",
    "Container %CNTR% liberado pela Receita Federal, retirada amanhã às 8h no %ADDR%",
    "Kontener %CNTR% odprawiony, odbiór z DCT jutro o 7:00. Kierowca: %PHONE%",
    "الحاوية %CNTR% وصلت إلى جبل علي، التخليص الجمركي غداً إن شاء الله",
    "कंटेनर %CNTR% न्हावा शेवा पहुँच गया है, कस्टम क्लीयरेंस कल तक",
    "부산항 %CNTR% 반출 예정 %WHEN%, 기사님 연락처 %PHONE%",
    "%VESSEL% は台風の影響で抜港、%WHEN% に変更です",
    "Mersin'de %CNTR% gümrükte bekliyor, ordino yarın",
    "El contenedor %CNTR% salió de Valencia, %WHEN%. Flete %MONEY% all-in",
    "Контейнер %CNTR% прибыл, таможня запросила инвойс и упаковочный лист",
    "Container %CNTR% staat klaar op RWG, chauffeur kan vanaf 06:00 laden",
    "Lô hàng %CNTR% đã cập cảng Cát Lái, dự kiến thông quan %WHEN%",
    "Demurrage calc: `=MAX(0, (D2-C2)-5)*95` → 7 days over = €665 for %CNTR%",
    "sheet for CBM: `=ROUND(L*W*H/1000000, 3)` per carton, then ×qty; 6 ctns %DIMS% → 0.576 m³",
    "Chargeable weight air = max(gross, L×W×H cm / 6000) → 612 kg",
    "EDI from the carrier looks off:\n```\nEQD+CN+MSCU1234567:6346:5+45G1:6346:5+2+5'\n"
    "LOC+9+CNSHA:139:6'\nDTM+133:202409062300:203'\n```\nETD in DTM doesn't match the booking",
    "X12 214 from the trucker: `B10*PRO123456*NMLHAM24090318*SCAC~AT7*X1*NS***20240903*1415*LT~`",
    "CSV for the customs upload:\n```\ncontainer,seal,hs,gross_kg,pkgs\nMSCU1234567,4417021,847130,18420,26\n"
    "TGHU9055123,4417022,851762,12980,140\n```",
    "*Vessel update* %VESSEL%\n• ATD %LOCODE% 02/09\n• Red Sea diversion, via Cape\n• new %WHEN%",
    "> %CUSTOMS%\n\nbroker asks if we have the EUR.1 original or only a copy?",
    "1) chase %CLIENT% for the commercial invoice\n2) book truck %WHEN%\n3) send %FILE% to the broker",
    "%WHO% %WHO% please see thread re: %CNTR%",
    "ok", "👍", "on it", "sorry wrong channel", "lol the shipper declared 1 kg for a full 40'HC", "🙏🙏",
    "typhoon warning signal no. 8 in Hong Kong, Yantian closed gates %EMOJI%",
    "Storm in the North Sea, pilots suspended at the Elbe — ETB slips at least 12h",
    "Fog at Felixstowe, VTS closed the channel 06:00–09:30 🌫️",
    "heatwave in Houston, 38 °C — reefer gensets alarming at Barbours Cut",
    "port congestion index Shanghai 3.2 days waiting, Ningbo 2.1",
    "rate for %INCO%: %MONEY% (incl. BAF/LSS), excl. THC at destination",
    "Customs broker %WHO% says %HS% needs an import licence (BIS) in India — check w/ %CLIENT%",
    "Truck: Mega-Trailer 13.6 LDM, 100 m³, %WEIGHT% max; pickup %WHEN% @ %ADDR%",
    "B/L surrendered (telex release) for %BL% ✅, consignee can pick up D/O",
    "the consignee says \"we never received the arrival notice\" 🙃 sent it again to ops@ and imports@",
    "need the shipper's letter of instruction (SLI) + commercial invoice by %WHEN%",
    "PSS from 15 Sep: %MONEY% — pass on to %CLIENT% or absorb?",
    "Is %LOCODE% still on the rotation? Carrier skipped it last week",
    "claim: 3 pallets crushed, survey requested, Hague-Visby limit 2 SDR/kg",
    "Warehouse: 26 EUR pallets %DIMS%, racked in aisle 14, bay C-03, ready for loading",
]
LONG_MESSAGES = [
    "Hi team,\n\nforwarding from the carrier:\n\n> Dear Valued Customer,\n> Due to adverse weather conditions the "
    "vessel %VESSEL% will omit %LOCODE%. Containers will be discharged at the next port of call and on-forwarded "
    "by feeder.\n> New %WHEN%.\n> We apologise for any inconvenience.\n\n%WHO% can you inform %CLIENT%? %PHONE%",
    "*Weekly ocean report — HAM desk*\n```\nLane        TEU   on-time   avg delay\nCNSHA-DEHAM  412   38%       "
    "+6.4 d\nSGSIN-DEHAM  118   52%       +3.1 d\nINNSA-DEHAM   74   61%       +2.0 d\n```\nRed Sea diversions "
    "still add 10–14 days. %EMOJI%",
    "Booking request\nShipper: %CLIENT%\nConsignee: Müller & Söhne Maschinenbau AG, Reutlingen\nPOL: %LOCODE% / "
    "POD: DEHAM\nEquipment: 1 × 40'HC\nCommodity: machine parts, HS %HS%\nWeight: %WEIGHT%\nIncoterm: %INCO%\n"
    "Cargo ready: %WHEN%\nRemarks: no transhipment in Colombo please",
    "Customs checklist for %CNTR% 📋\n- [x] commercial invoice\n- [x] packing list\n- [ ] certificate of origin "
    "(%CUSTOMS%)\n- [ ] import permit\n- [ ] duty payment (%MONEY%)\n\n_please tick in the thread_",
    "-------- Forwarded message --------\nFrom: Imports <imports@mueller-soehne.example>\nDate: Mon, 2 Sep 2024 "
    "17:12\nSubject: AW: Avis %BL%\n\nSehr geehrte Damen und Herren,\nbitte liefern Sie den Container %CNTR% "
    "erst am Donnerstag an, Rampe 4, Zeitfenster 08–10 Uhr. Max. Höhe 4,00 m.\n\nMit freundlichen Grüßen",
    "Reefer alarm ❄️\nUnit %CNTR%\nSet point %TEMP%, supply air drifted +3.2 °C over 40 min\nPower: shore "
    "connection at %ADDR%\nAction: tech dispatched, ETA 45 min. %WHO% keep an eye on the download.",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
WEATHER_REPLIES = [
    "%PLACE%: moderate rain, 14°C, wind 38 km/h; today 11°C to 16°C, 85% chance of precipitation",
    "%PLACE%: fog, 9°C, wind 6 km/h; today 8°C to 17°C, 10% chance of precipitation",
    "%PLACE%: thunderstorm, 29°C, wind 44 km/h; today 26°C to 32°C, 90% chance of precipitation",
    "%PLACE%: clear sky, 35°C, wind 12 km/h; today 28°C to 38°C, 0% chance of precipitation",
    "%PLACE%: overcast, 17°C, wind 52 km/h; today 15°C to 18°C, 60% chance of precipitation",
]
BOT_REPLIES = [
    HELP_REPLY, "Got it, I will remember Hamburg, Germany.", "Got it, I will remember Rotterdam, Netherlands.",
    "Your location is Shanghai, China.", "Your location is Jebel Ali, United Arab Emirates.",
    "Done, I forgot your location.", "I did not know your location anyway.",
    "Daily weather alerts are on, every day at 06:30 (Europe/Berlin).", "Daily weather alerts are off.",
    "Daily alerts are off. Use `alerts on` or `alerts off`.", "Where? Try `weather Paris`, or `remember location "
    "Paris` once.", "I could not find a place called \u201c%ADDR%\u201d.", "That place name is too long for me.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Here is your sign-in link; it works once, for you only, within 10 minutes: " + BASE + "/auth/slack/link/%OTL%",
    "Saved. Your settings:\n• alert_time: 06:30\n• alerts: on\n• timezone: Asia/Shanghai\n• units: metric\nChange "
    "one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or `alerts on`.",
    *WEATHER_REPLIES,
]
SEARCH_Q = ["schröder", "van der Berg", "@nordhavn-meridian.com", "U03K7Q2M4", TEAM, PARTNER_TEAM, "o'brien",
            "Al-Mansouri", "customs", "hamburg", "hyun-woo", "j.schroeder", "Łukasiewicz", "d'costa", "ruiz de la",
            "Nguyễn", "zoll", "reefer", "priya.iyer@nordhavn-meridian.com", "Gonçalves", "yılmaz", "dispatch",
            "Björn", "chen wei", "sinead"]
AUDIT_Q = ["user.active", "client.create", "client.rotate", "login", "feature.set", "weather@" + TEAM,
           "denied", "admin.map_slack", "admin.unmap_slack", "login.slack", "account.totp_enable",
           "account.totp_disable", "feature.remove_override", "user.admin", "user.forget_me", "cargowise-sync",
           "2024-09-02", "failed", "jens.schroeder"]
ADMINS = ["it.ops", "jens.schroeder", "anneke.vdberg", "it-sha", "break-glass", "priya.iyer"]
CLIENT_DESCRIPTIONS = [
    ("cargowise-sync", "CargoWise One ↔ Jeeves users (names, e-mails), every 30 min — owner: IT Hamburg"),
    ("tms-bridge", "TMS dispatch board: weather warnings for truck slots (HAM, RTM, GDN), read-only"),
    ("powerbi-ops", "Power BI: on-time % per lane & weather delays (CNSHA/SGSIN → DEHAM)"),
    ("edi-gateway", "EDIFACT/X12 gateway — IFTSTA & 214 status → usage report"),
    ("customs-atlas", "Zoll: ATLAS/AES status checks; Mo–Fr 06:00–20:00 CET"),
    ("reefer-monitor", "Reefer monitoring (Maersk RCM, ORBCOMM): temp alarms + weather at terminal"),
    ("ci-gitlab", "GitLab CI smoke test after deploy (read)"),
    ("n8n:eta-alerts", "n8n workflow: ETA changes → Slack #ocean-ops, with port weather"),
    ("sap-s4-finance", "SAP S/4HANA: demurrage & detention accruals, monthly (read)"),
    ("sha.warehouse", "上海仓库 WMS — 只读 (read only)"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36 Edg/128.0.2739.54",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36 Edg/127.0.2651.105",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.88 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; M2101K6G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.08.20",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.99 "
    "Mobile Safari/537.36",
]
LANGS = ["de-DE,de;q=0.9,en;q=0.8", "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "en-GB,en;q=0.9",
         "zh-CN,zh;q=0.9,en;q=0.8", "en-SG,en;q=0.9,zh-SG;q=0.8", "ar-AE,ar;q=0.9,en-US;q=0.8,en;q=0.7",
         "en-US,en;q=0.9", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7",
         "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8", "tr-TR,tr;q=0.9,en;q=0.8",
         "en-IN,en;q=0.9", "de"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.9.1", "Go-http-client/2.0",
              "Apache-HttpClient/5.3.1 (Java/21.0.4)", "okhttp/4.12.0", "axios/1.7.7", "n8n",
              "Java-http-client/17.0.12", "RestSharp/110.2.0.0", "PostmanRuntime/7.41.2",
              "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "SAP NetWeaver Application Server (1.0;757)", "gitlab-runner 17.3.1 (17-3-stable; go1.22.5; linux/amd64)",
              "azure-logic-apps/1.0 (workflow 5c1e02f7a9d84b0e8f6b3a21d4c9e7f0; version 08584771360294517423)"]
API_CLIENTS = ["cargowise-sync", "tms-bridge", "powerbi-ops", "edi-gateway", "customs-atlas", "reefer-monitor",
               "ci-gitlab", "n8n:eta-alerts", "sap-s4-finance", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "GoogleHC/1.0", "curl/8.9.1",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "Datadog Agent/7.56.2"]
META_UAS = ["PyJWT/2.9.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Java-http-client/17.0.12", "okhttp/4.12.0", "openapi-generator/7.8.0", "PostmanRuntime/7.41.2",
            "jwks-rsa/3.1.0"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/users?q=schr%C3%B6der", "/admin/audit?q=login"]
PHRASE_WORDS = ["anchor", "gantry", "reefer", "lashing", "bollard", "feeder", "quay", "hatch", "ballast", "pilot",
                "tugboat", "manifest"]
PATCH_NAMES = ["Jens Schröder (Ocean HAM)", "Anneke van der Berg", "Wei Zhang 张伟", "Priya Iyer – Customs",
               "Hyun-woo Kim (김현우)", "Sinéad O'Brien", "Krzysztof Łukasiewicz", "Fatima Al-Mansouri | JEA desk",
               "Thiago Gonçalves, Santos", "Nguyễn Minh Anh", "Dr. Hans-Jürgen Schmidt-Kühn"]
UNTIL = ["2024-09-03T05:30:00Z", "2024-09-03", "2024-09-03T07:30:00+02:00", "2024-09-02T23:59:59Z"]


def ascii_handle(name: str) -> str:
    """A name as IT writes it into handles and e-mail addresses: accents dropped, ı ł ø ß spelled out."""
    folded = unicodedata.normalize("NFKD", name.translate(str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o",
                                                                           "ß": "ss"})))
    return "".join(c for c in folded.encode("ascii", "ignore").decode().lower() if c.isalnum())


class Forwarder(EvaluatorDay):
    """Nordhavn Meridian Logistics: its people, and one seeded random source; each method makes one kind of
    request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Nm8vQe3TgR7kWz2LpX5cHs1Y"
    base = BASE
    ts_window = (0, 11 * 3600)
    iat_window = (0, 39000)
    kid_pool = ("td-2024-08-a", "td-2024-08-a", "td-2024-06-b")
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 39000), 44, 0.18, 34
    alert_hours, alert_minutes = (5, 6, 6, 6, 7, 7, 8, 12, 16, 22), ("00", "15", "30", "45", "20")
    blocks_rate, thread_rate = 0.78, 0.28
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.18, 0.05, 0.28
    xff_rate, xff = 0.06, ("10.40.12.87", "172.20.3.44", "10.40.0.5, 100.64.12.9")
    script_encoding_rate, script_encodings = 0.55, ("gzip, deflate", "gzip, deflate, br", "gzip", "br")
    trace_rate, request_id_rate = 0.2, 0.12
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.3, "jeeves"
    oauth_body_secret_rate = 0.3
    verify_uas = [*SCRIPT_UAS[:6], "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas, meta_browser_rate = META_UAS, 0.08
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 9, 0.3
    command_partner_rate, click_partner_rate, dm_partner_rate = 0.12, 0.08, 0.06
    button_places = PLACES + [o[0] for o in OFFICES] + ["Hamburg, Germany", "Ningbo, China", "Santos, Brazil"]
    weather_replies = WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.5
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.18
    me_places = PLACES + ADDRESSES + [o[1] for o in OFFICES] + [f"NML {o[0]}" for o in OFFICES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator, phrase_suffix = PHRASE_WORDS, ("-", ".", " "), (10, 99)
    feature_teams = (TEAM, PARTNER_TEAM, "")
    admin_rolls, account_rolls = (0.2, 0.32, 0.5, 0.6, 0.69, 0.78, 0.88, 0.94), (0.3, 0.62, 0.8, 0.94)
    search_pages, audit_page, page_head_weight = (1, 7), (2, 5), 12
    login_referers = (None, "https://app.slack.com/", BASE + "/admin/")
    confirm_spaced = True
    css_modified = (0.3, "Mon, 26 Aug 2024 09:12:44 GMT")
    # the data API
    api_rolls, openapi_roll = (0.28, 0.44, 0.66, 0.84, 0.92), 0.95
    limits, offset_rate, offsets = ("50", "100", "250", "500", "20"), 0.5, (0, 50, 100, 250, 500, 750)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8")
    usage_days, until_choices = (1, 3), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|tracking", "|here", "|link", "|vessel")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.22, 0.07, 0.66, 0.45
    mention_command_rate, mention_leads = 0.55, ("", "", "hey ", "cc ", "pls ")
    edit_suffixes = (" (edit: wrong container no.)", " *", " — ETA corrected", "", " 🙏")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.6, 0.1
    files, file_notes, file_types = FILES, FILE_NOTES, FILE_TYPES
    file_editable, file_created = ("xlsx", "csv"), (0, 39000)
    unfurl_leads = ("", "weather where this ship is? ", "any storms on this route? ", "fyi ")
    unfurls = UNFURLS
    bot_replies, bot_updated_days, bot_blocks_rate = BOT_REPLIES, 31, 0.65
    fill_pools = {"%OFFICE%": [o[1] for o in OFFICES] + [o[0] for o in OFFICES], "%ADDR%": ADDRESSES,
                  "%PLACE%": PLACES, "%LOCODE%": LOCODES, "%CNTR%": CONTAINERS, "%BL%": BILLS, "%HS%": HS_CODES,
                  "%INCO%": INCOTERMS, "%VESSEL%": VESSELS, "%DIMS%": DIMS, "%WEIGHT%": WEIGHTS, "%TEMP%": TEMPS,
                  "%WHEN%": WHEN, "%MONEY%": MONEY, "%CUSTOMS%": CUSTOMS, "%CLIENT%": CLIENTS, "%PHONE%": PHONES,
                  "%FILE%": FILES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first, plain_last = ascii_handle(first), ascii_handle(last)
            plain_first, plain_last = plain_first or "staff", plain_last or "nml"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@nordhavn-meridian.com",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "ocean-ops", "ocean-ham", "air-freight", "customs-de", "customs-nl", "reefer-desk", "dispatch-ham",
            "sha-export", "sin-hub", "jea-ops", "nsa-imports", "hou-desk", "santos-ops", "gdn-rail",
            "claims", "rates-pricing", "general", "random", "weather-watch")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def fill_makers(self) -> dict[str, Callable[[], str]]:
        return {"%HHMM%": self.hhmm, "%OTL%": self.token}

    def home_view(self, team: str) -> dict[str, Any]:
        office, _ = self.pick(OFFICES)
        settings = (f"*Location:* {office}, {COUNTRIES[office]}"
                    f"\n*Units:* {self.pick(['metric', 'metric', 'imperial'])}\n*Daily alert:* "
                    f"{self.pick(['on', 'off'])} at {self.hhmm()} ({self.pick(TIMEZONES)})")
        view_id = self.sid("V0", 9)
        return {"id": view_id, "team_id": team, "type": "home", "blocks": [
            {"type": "header", "block_id": self.block_id(),
             "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
            {"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": settings,
                                                                      "verbatim": False}},
            {"type": "divider", "block_id": self.block_id()},
            {"type": "section", "block_id": self.block_id(), "text": {
                "type": "mrkdwn", "verbatim": False,
                "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> (send me `login` "
                        "for a sign-in link)."}}],
            "private_metadata": "", "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}",
            "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
            "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
            "root_view_id": view_id, "app_id": APP_ID, "external_id": "", "app_installed_team_id": team,
            "bot_id": BOT_ID}

    # ---- its browsers' client hints and cookies, its scripts' dates and tracing ---------------------------------
    def sec_ch_ua(self, ua: str) -> str | None:
        found = re.search(r"Chrome/(\d+)", ua)
        if not found:
            return None
        major = found.group(1)
        edge = re.search(r"Edg/(\d+)", ua)
        brand = f'"Microsoft Edge";v="{edge.group(1)}"' if edge else f'"Google Chrome";v="{major}"'
        return f'"Chromium";v="{major}", "Not;A=Brand";v="24", {brand}'

    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.2):
            jar.append(("CookieConsent", "{stamp:%27" + self.token(27)[:36] + "%27%2Cnecessary:true%2Cpreferences:"
                        "false%2Cstatistics:true%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:3}"))
        if self.chance(0.08):
            jar.append(("ai_user", f"{self.token(16)[:22]}|2024-0{self.pick('678')}-1{self.pick('0123456789')}"
                                   f"T0{self.pick('6789')}:{self.rng.randint(10, 59)}:{self.rng.randint(10, 59)}"
                                   f".{self.rng.randint(100, 999)}Z"))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}", f"2024-08-{day + 25:02d}T00:00:00+02:00",
                f"2024-09-{day:02d}T06:00:00.000Z", f"2024-08-{day:02d}", f"2024-09-{day:02d}T00:00:00+08:00"]

    def request_ids(self) -> list[str]:
        return [f"cw1-{self.hexs(12)}", f"n8n-exec-{self.rng.randint(100000, 999999)}",
                f"gl-{self.rng.randint(10**9, 10**10)}"]

    def trace_state(self) -> str | None:
        return self.pick([None, None, f"nml=ops:{self.pick(['tms', 'edi', 'bi'])}", "dd=s:1;o:rum"])


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 165), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 22), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The forwarder's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Forwarder(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
