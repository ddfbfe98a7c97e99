"""Benign evaluation set fifteen: one working day of a freight-forwarding company on every route of the edge.

The company is Harrow & Lund Freight, a mid-size forwarder (ocean, air and road, customs brokerage, two
warehouses) with desks in Hamburg, Rotterdam, Shanghai, Dubai, Mumbai and Savannah and a pool of subcontracted
truck drivers who write from their phones. About 1,700 requests in a deployment's proportions: Slack first
(channel chat about containers, bookings, customs holds and trucks; threads, @mentions, DMs to the bot, edits,
carrier and TMS bot posts, file shares of CMRs and packing lists, link unfurls of carrier tracking pages,
reactions, App Home; `/jeeves` slash commands; button clicks and modal submissions), then the data API (TMS
syncs, CI and dashboards with bearer tokens), the admin panel, `/me/`, Sign in with Slack, TokenDealer and the
health and metadata endpoints.

The texts are the company's own: ISO 6346 container numbers (with their check digits), HS tariff codes,
Incoterms, UN/LOCODEs, shipment references with slashes and dashes, MRNs and EORI numbers, customs wording in
quotes, weights and dimensions in every notation, EDIFACT / X12 / CSV / XML snippets, TMS SQL, spreadsheet
formulas, carrier tracking links, addresses and phone numbers worldwide, and drivers' messages in many
languages with the typos of a phone keyboard.

Written independently from the route list (names, match, methods, upstreams of gateway/gateway.yaml), the
handlers in app/ and tokendealer/, README.md, and the record structure of benign_day_gen.py. No WAF rule,
exclusion, ruleset or other generator's text was read; texts were not changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp, its
web pieces (form_boundary, multipart_form, form_navigation, form_request, token_request, verify_request,
get_request, cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form, oidc_params, link_preview,
link_visit) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import slack_escape

NAME = "evaluation_fifteenth"
SEED = 20240613
EPOCH = 1718262000  # 2024-06-13 07:00 UTC, a Thursday
TEAM, TEAM_DOMAIN = "T03HARLUND", "harrowlund"
APP_ID, BOT_USER = "A06JEEVESHL", "U06JEEVES01"
HOST = "ops.harrowlund.com"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFY_TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

FIRST = ["Henrik", "Sanne", "Joost", "Marieke", "Lukas", "Anja", "Wei", "Xiaoling", "Jun", "Mei-Ling", "Rajesh",
         "Priyanka", "Anil", "Fatima", "Omar", "Youssef", "Layla", "DeShawn", "Tamika", "Brandon", "Kayla",
         "Mariusz", "Agnieszka", "Tomasz", "Oleksandr", "Olena", "Dmytro", "Vytautas", "Rūta", "Ionuț", "Andreea",
         "Mehmet", "Ayşe", "Emre", "João", "Thiago", "Luíza", "Carmen", "José Luis", "Giulia", "Matteo",
         "Nikos", "Eleni", "Seo-yeon", "Min-jun", "Hiroko", "Takeshi", "Thanh", "Somchai", "Kwame", "Ngozi",
         "Jean-Pierre", "Sinéad", "Pádraig", "Bo", "Eoin", "Zeynep", "Đorđe", "Søren", "Åsa"]
LAST = ["Lund", "Harrow", "van der Meer", "de Vries", "Bakker", "Schröder", "Petersen", "Zhang", "Liu", "Wang",
        "Chen", "Iyer", "Deshpande", "Nair", "Al-Mansouri", "El Amrani", "Haddad", "Washington", "O'Neal",
        "Jackson-Reyes", "Nowak", "Wójcik", "Kowalczyk", "Shevchenko", "Kovalenko", "Bondarenko", "Kazlauskas",
        "Popescu", "Ionescu", "Yıldız", "Öztürk", "Çelik", "Gonçalves", "Oliveira", "Pérez-Ruiz", "Esposito",
        "D'Angelo", "Papadakis", "Park", "Choi", "Yamamoto", "Nguyễn", "Srisuk", "Mensah", "Okonkwo", "Dubois",
        "O'Sullivan", "Mac Giolla Phádraig", "Ní Bhriain", "Christensen", "Lindqvist", "Đukić", "St. Clair"]

OWNERS = ["MSCU", "MSKU", "MRKU", "HLXU", "HLBU", "CMAU", "TGHU", "OOLU", "TCNU", "SEGU", "FCIU", "BMOU", "CAIU",
          "TRHU", "EGHU", "ONEU", "HMMU", "GESU", "TEMU", "BEAU", "CSNU", "FFAU", "TLLU", "SUDU"]
PORTS = ["CNSHA", "CNNGB", "CNYTN", "CNTAO", "SGSIN", "NLRTM", "BEANR", "DEHAM", "DEBRV", "GBFXT", "GBSOU",
         "FRLEH", "ESALG", "ESVLC", "ITGOA", "ITSPE", "PLGDN", "GRPIR", "TRMER", "AEJEA", "INNSA", "INMUN",
         "LKCMB", "VNSGN", "THLCH", "KRPUS", "JPYOK", "USLAX", "USLGB", "USNYC", "USSAV", "BRSSZ", "MXZLO",
         "ZADUR", "KEMBA", "EGPSD", "MAPTM", "DEDUI", "CZPRG", "HUBUD"]
PORT_NAMES = ["Shanghai (Yangshan)", "Ningbo-Zhoushan", "Yantian", "Qingdao", "Singapore", "Rotterdam Maasvlakte II",
              "Antwerp-Bruges", "Hamburg", "Bremerhaven", "Felixstowe", "Southampton", "Le Havre", "Algeciras",
              "Valencia", "Genova", "La Spezia", "Gdańsk DCT", "Piraeus", "Mersin", "Jebel Ali", "Nhava Sheva (JNPT)",
              "Mundra", "Colombo", "Cát Lái", "Laem Chabang", "Busan New Port", "Yokohama", "Los Angeles",
              "Long Beach", "Port Newark", "Savannah (Garden City)", "Santos", "Manzanillo", "Durban", "Mombasa",
              "Port Said East", "Tanger Med", "Duisburg-Ruhrort", "Praha Uhříněves", "Budapest BILK"]
HS_CODES = ["8471.30", "8471.30.00", "8517.62.00", "6109.10.00", "0901.21.00", "3004.90.00", "8708.99.97",
            "9403.60.10", "4011.10.00", "2204.21.42", "8544.42.90", "6403.99.93", "8507.60.00", "3926.90.97",
            "7318.15.88", "8714.91.10", "6204.62.31", "8418.69.00", "9401.61.00", "2106.90.98", "84713000",
            "850760", "8703.80.10", "0803.90.10", "3923.21.00"]
INCOTERMS = ["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"]
VESSELS = ["MSC GÜLSÜN", "EVER ACE", "HMM ALGECIRAS", "CMA CGM JACQUES SAADE", "MAERSK HANGZHOU",
           "ONE INNOVATION", "COSCO SHIPPING UNIVERSE", "MADRID MAERSK", "HAMBURG EXPRESS", "YM WELLNESS",
           "EVER GIVEN", "MSC IRINA", "CSCL GLOBE", "APL TEMASEK", "SANTA CLARA"]
CARRIERS = ["Maersk", "MSC", "Hapag-Lloyd", "CMA CGM", "ONE", "COSCO", "Evergreen", "HMM", "ZIM", "Yang Ming"]
EQUIPMENT = ["1x20'DV", "2x40'HC", "1x40'HC", "3x40'HC", "1x45'HC", "1x20'RF", "2x40'RH", "1x40'OT", "1x20'FR",
             "5x40'HC", "1 x 40' HC", "2 x 20' GP", "LCL 4.2 cbm", "FTL 13.6 ldm", "LTL 3 pallets"]
PLACES = [
    "Hamburg", "Rotterdam", "Antwerpen", "Bremerhaven", "Duisburg", "Venlo", "Tilburg", "Felixstowe", "Dover",
    "Calais", "Zeebrugge", "Le Havre", "Lyon", "Gdańsk", "Poznań", "Łódź", "Małaszewicze", "Brest, Belarus",
    "Kyiv", "Львів", "Ягодин", "Chop", "Nădlac", "Constanța", "Bucureşti", "Kapıkule", "İstanbul", "Mersin",
    "Piraeus", "Θεσσαλονίκη", "Koper", "Trieste", "Brennero / Brenner", "Kufstein", "Rosenheim", "München",
    "Zürich", "Basel", "Milano", "La Spezia", "Algeciras", "Valencia", "Zaragoza", "Lisboa", "Sines",
    "Tanger", "Casablanca", "Port Said", "Suez", "Jebel Ali", "Dubai", "Abu Dhabi", "Dammam", "جدة",
    "Mumbai", "Navi Mumbai", "मुंबई", "Mundra", "Chennai", "Colombo", "Singapore", "Port Klang", "Ho Chi Minh City",
    "Hải Phòng", "Laem Chabang", "กรุงเทพมหานคร", "上海", "Shanghai", "宁波", "深圳", "Shenzhen", "青岛", "香港",
    "高雄", "Busan", "부산", "인천", "横浜", "東京", "Nagoya", "Los Angeles", "Long Beach", "Savannah, GA",
    "Charleston, SC", "Newark, NJ", "Chicago", "Memphis, TN", "Laredo, TX", "Houston", "Montréal", "Vancouver, BC",
    "Manzanillo", "Ciudad de México", "Santos", "São Paulo", "Buenos Aires", "Valparaíso", "Callao", "Durban",
    "Mombasa", "Lagos", "Tema", "Djibouti", "Anchorage", "Leipzig/Halle", "Liège", "Frankfurt am Main",
    "Schiphol", "Memphis", "53.5461, 9.9661", "51.9496, 4.1453", "31.3580° N, 121.9830° E", "25.0118,55.0614",
    "21129 Hamburg", "3199 LK Maasvlakte", "CB11 3SW", "31408", "400707", "Waltershofer Damm 1, 21129 Hamburg",
    "Europaweg 875, 3199 LD Rotterdam", "Jebel Ali Free Zone, Dubai", "2 Main St, Garden City, GA 31408",
    "Hafenstraße 12, 47119 Duisburg", "ul. Kontenerowa 7, 80-601 Gdańsk", "O'Hare Cargo Area, Chicago",
]
ADDRESSES = [
    "Waltershofer Damm 1, 21129 Hamburg, DE", "Europaweg 875, 3199 LD Rotterdam, NL",
    "Hafenstraße 12, 47119 Duisburg, Germany", "ul. Kontenerowa 7, 80-601 Gdańsk, Polska",
    "Plot S-40211, Jebel Ali Free Zone (South), Dubai, U.A.E.", "Unit 4B, Felixstowe Dock, Felixstowe IP11 3SY, UK",
    "No. 1 Shengdong Rd, Yangshan, Pudong New Area, Shanghai 201308, China",
    "上海市浦东新区洋山深水港区 冠东路 188 号", "JNPT, Sheva, Navi Mumbai, Maharashtra 400707, India",
    "Gate 3, Garden City Terminal, 2 Main St, Garden City, GA 31408, USA",
    "1521 E. Pier A Way, Long Beach, CA 90802", "Av. Eng. Augusto Barata, s/n - Alemoa, Santos - SP, 11095-907",
    "Calle 13 No. 36-B, Parque Industrial, 28219 Manzanillo, Col., México",
    "Rue de l'Escaut 3, 4020 Liège, Belgique", "Via dell'Industria 21, 37135 Verona VR, Italia",
    "Şehit Mustafa Sarıtaş Cd. No:4, 33020 Mersin, Türkiye", "Str. Portului nr. 1, Constanța 900900, România",
    "부산광역시 강서구 신항로 90", "〒231-0002 神奈川県横浜市中区海岸通1-1",
    "Lot 12, Jalan Pelabuhan Utara, 42000 Port Klang",
    "Warehouse 7, Km 14 Mombasa Rd, Nairobi, Kenya",
    "c/o O'Donnell & Sons Ltd, 14-16 North Wall Quay, Dublin 1, D01 K8N3",
    "Attn: Ms. Nguyễn Thị Lan, KCN Tân Tạo, Bình Tân, TP. HCM", "Keizersgracht 62-64, 1015 CS Amsterdam",
]
PHONES = ["+49 40 3008-0", "+49 (0)40 7410 2231", "+31 (0)10 252 2222", "+31 6 1234 5678", "+86 21 6888 1234",
          "+86 138 0013 8000", "+1 (912) 555-0142", "+1 912-555-0199", "0049 171 2345678", "+90 532 123 45 67",
          "+48 601 234 567", "+380 67 123 4567", "+370 612 34567", "+40 722 123 456", "+971 4 881 5000",
          "+91 22 2762 4567", "+91-98200 12345", "+44 (0)1394 604500", "+82 51 123 4567", "+81 45-671-7000",
          "+55 13 3202-6565", "+52 314 331 1400", "+65 6273 1234", "(03) 9123 4567 ext. 212"]
CHANNELS = [("C01GENERAL", "general"), ("C02RANDOM0", "random"), ("C03OPSEXPT", "ops-export"),
            ("C04OPSIMPT", "ops-import"), ("C05CUSTOMS", "customs-brokerage"), ("C06DRIVERS", "drivers-eu"),
            ("C07REEFER0", "reefer-desk"), ("C08ASIADSK", "ocean-asia"), ("C09AIRFRT0", "airfreight"),
            ("C10WHDUI00", "warehouse-duisburg"), ("C11WHRTM00", "warehouse-rotterdam"), ("C12SALES00", "sales-emea"),
            ("C13EDITEAM", "it-edi"), ("C14CLAIMS0", "claims"), ("C15DGDESK0", "dangerous-goods"),
            ("C16USDESK0", "us-desk-savannah"), ("C17DXBDESK", "gulf-desk"), ("C18ONCALL0", "it-oncall")]
EMOJI = [":white_check_mark:", ":ship:", ":truck:", ":package:", ":anchor:", ":warning:", ":rotating_light:",
         ":pray:", ":+1:", ":eyes:", ":sweat_smile:", ":facepalm:", ":fire:", ":tada:", ":hourglass:", ":x:",
         ":flag-de:", ":flag-cn:", ":flag-nl:", "🚢", "🚛", "📦", "⚓", "🙏", "😅", "🤦", "✅", "⏳", "🔥", "👍🏽",
         "🇩🇪", "🇨🇳", "🇺🇸", "🥶", "☔"]


def check_digit(prefix: str) -> int:
    """ISO 6346: the check digit of owner code, category and serial number (10 characters)."""
    values: dict[str, int] = {}
    n = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if n % 11 == 0:
            n += 1
        values[ch] = n
        n += 1
    total = sum((values[c] if c.isalpha() else int(c)) * (2 ** i) for i, c in enumerate(prefix))
    return total % 11 % 10


# Channel chat. {{X}} placeholders: M mention, L link, C channel, P place, CNTR container, REF shipment reference,
# HS tariff code, PORT/PORT2 UN/LOCODE, PN port name, INCO Incoterm, VSL vessel, CAR carrier, EQ equipment,
# W weight, DIM dimensions, D date, T time, PH phone, ADDR address, TRK tracking link, MRN customs MRN, N number.
CHAT = [
    "{{CNTR}} discharged at {{PORT}}, customs hold flagged, waiting on the T1 from the broker",
    "ETA {{PN}} slipped again: {{VSL}} now {{D}} {{T}} instead of Tuesday 🙄",
    "who has the HBL for {{REF}}? client wants the draft by EOD",
    "pls check the HS code for the bike parts — 8714.91.10 or 8714.99.90? broker says frames go under 8714.91",
    "FOB Ningbo → CIF Felixstowe, {{EQ}}, {{W}} gross, {{N}}.2 CBM. can I have a quote by tmrw?",
    "Incoterms question: if it's DAP Warsaw who pays the unloading? (asking for a friend 😅)",
    "VGM missing for {{CNTR}}, cut-off is 16:00 local, terminal will roll it if we don't send it",
    "driver stuck at Waltershof gate 3, slot 11:20-11:50 missed, next free slot tomorrow 07:00",
    "reefer {{CNTR}} set point -18.0 °C, reading -17.6 °C at 09:40, all good",
    "demurrage clock starts Fri 00:00, 5 free days then €85/day/TEU, pls push the consignee",
    "customs says: \"goods declared under {{HS}} require proof of origin (REX statement)\" — who has the supplier's "
    "REX no.?",
    "MRN {{MRN}} released ✅ truck can go",
    "ATA Antwerp 03:12, berth 1742, first discharge 06:00",
    "booking {{N}}5671893 confirmed with {{CAR}}, vessel {{VSL}} 423W, ETD {{D}}",
    "can someone call the warehouse in Duisburg? nobody picks up, {{PH}}",
    "pallets 120×80×160 cm, 18 of them, non-stackable, 540 kg each",
    "weight diff: invoice says 12.450 kg, scale says 12 480 kg, within 0.5% so ok?",
    "请确认 SO 号码 和 截关时间，谢谢 🙏",
    "el contenedor sigue en Algeciras, la naviera dice que sale el jueves",
    "a carga ainda está no porto de Santos, aguardando liberação da Receita",
    "abi gümrükte bekliyorum 3 saattir, evraklar eksik diyorlar",
    "jestem pod rampa 4, nikt nie odbiera telefonu, czekam juz 2h",
    "sunt la vama Nădlac, coadă de 6 km, ajung mâine dimineață",
    "Водитель на границе в Бресте, очередь ~ 300 машин",
    "Машина на кордоні Ягодин, чекаємо 2 доби 😩",
    "vairuotojas sako kad plomba pažeista, daro nuotraukas",
    "container staat nog op de terminal, ECT Delta, pincode nog niet ontvangen",
    "LKW steht in Rosenheim, Blockabfertigung Kufstein, Verspätung ca. 3 Std.",
    "الشحنة وصلت ميناء جبل علي، بانتظار التخليص الجمركي",
    "कंटेनर JNPT पर है, कस्टम क्लियरेंस कल तक",
    "hàng đã lên tàu ở Cát Lái, ETD 15/06",
    "부산항 도착했습니다, 통관 진행중입니다",
    "横浜港で通関待ちです。明日搬出予定です。",
    "le camion est bloqué à Calais, grève des douaniers 😤",
    "il container è ancora a La Spezia, manca il DAE",
    "το φορτηγό είναι στον Πειραιά, περιμένει εκφόρτωση",
    "המשלוח בנמל אשדוד, מחכה לשחרור מכס",
    "ตู้ถึงแหลมฉบังแล้วครับ",
    "teh container arived last nite, pls send teh POD asap",
    "custums inspection tomorow 8am, x-ray scan, pls inform client",
    "gm all ☕", "brb, call with {{CAR}}", "ack", "on it", "thx {{M}}!!", "👍", "+1", "np", "will chase",
    "ok pushed the ETA in the TMS", "nvm, found the BL", "sry wrong channel 🙈", "lol same", "kk",
    "{{M}} can you take over {{REF}}? I'm OOO from tomorrow", "ping {{M}} re: {{CNTR}}",
    "rolled to next week's sailing, {{VSL}} ETD {{D}} — space issue on {{CAR}} side",
    "Tracking: {{TRK}}", "live position: {{L}}", "carrier portal shows \"Gate out full\" since 09:14",
    "status per {{CAR}}: \"Discharged from vessel\" → \"Gate out for delivery\" → \"Empty returned\"",
    "DG shipment: UN 3480 lithium ion batteries, class 9, PI 965 Section II, 3 cartons, {{W}}",
    "UN1263 PAINT, 3, PG III, flash point 23°C, EmS F-E, S-E. DGD signed & sent",
    "B/L MEDUQ{{N}}4455120 surrendered, telex release received at 10:02 CET",
    "AWB 176-{{N}}345675 booked on EK9902 DXB-FRA, chargeable weight 1,284.5 kg (vol. 7.7 cbm)",
    "transit time CNSHA→DEHAM is 34 days via Suez, 46 days via Cape, client chose Cape 🤷",
    "GRI of USD 500/FEU from 1 July on Asia–N. Europe, fyi @sales",
    "THC Rotterdam EUR 265 per 40', BAF Q3 USD 412/TEU, ISPS EUR 12/cntr",
    "who signed off the 25% discount on the {{PORT}}-{{PORT2}} lane?? 😳",
    "cargo insurance: 110% of CIF value, ICC (A), deductible €500",
    "pickup address: {{ADDR}}, contact {{PH}}, ramp closes at 15:30",
    "delivery window Mon–Fri 07:00-15:00, no tail-lift, forklift on site",
    "truck plate WX 12345 / trailer WX 9876A, driver Mariusz, {{PH}}",
    "seal no. ML-4471182 on the BL but driver sees ML-4471128 — typo or problem?",
    "temp log attached, min -19.2 max -16.8 avg -18.1 °C",
    "pls check: ldm 4.8, 11 EUR-pallets, 6,340 kg, ADR no",
    "Gate-in at {{PORT}} 13/06/2024 14:22, loaded on board 14/06 03:50",
    "Wk 25 ETA, most likely Thu/Fri. will confirm once ATD is in",
    "container {{CNTR}} is 45G1 not 42G1, please correct the manifest",
    "customs broker asks for \"commercial invoice, packing list, EUR.1 and the import licence no.\"",
    "EORI DE4711{{N}}3456789 for the importer, VAT NL812345678B01",
    "Heads-up: Port of {{PN}} closed 06:00-14:00 due to fog 🌫️",
    "it's 41°C in Jebel Ali, reefer gensets struggling, monitoring",
    "typhoon warning for Yantian, signal no. 8, terminal suspended ops ⛈️",
    "chassis shortage in Savannah again, 3 days wait for a 40' chassis",
    "rail slot Duisburg → Małaszewicze confirmed, dep. 16:45",
    "the Brenner is blocked again (Fahrverbot Sat), rerouting via Tarvisio",
    "new rate sheet is up {{L}}, valid 15.06.–30.06.2024",
    "Reminder: timesheets by Friday 12:00 🙏", "happy birthday {{M}} 🎂🎉",
    "who left the forklift keys in the canteen again 😂",
    "pizza for the night shift at Duisburg? I'm ordering 🍕 3x margherita 2x diavola",
    "fire drill at the Rotterdam office 10:30, meeting point by the gate",
    "Wifi in warehouse 2 is down, use the hotspot 'HL-Guest' pw on the whiteboard",
    "TMS is slow as hell today, anyone else?", "EDI feed from {{CAR}} delayed ~40 min, they know",
    "100% agree with {{M}}", "hmm, not sure, the customer said 'urgent' 3x in the email", "^ this",
    "lmk when the ATA is confirmed", "ty!", "merci 🙏", "danke!", "dzięki", "gracias!", "谢谢", "ありがとう",
    "obrigado", "teşekkürler", "дякую", "شكراً", "धन्यवाद", "감사합니다", "cảm ơn",
]
TECH = [
    "```\nUNA:+.? '\nUNB+UNOC:3+HARROWLUND:ZZZ+MAEU:ZZZ+240613:0905+HL000123'\nUNH+1+IFTSTA:D:99B:UN'\n"
    "BGM+23+HLF240613-0042+9'\nDTM+137:202406130905:203'\nEQD+CN+{{CNTR}}+45G1:6:5'\nLOC+5+{{PORT}}:139:6'\n"
    "STS+1+VD'\nUNT+7+1'\nUNZ+1+HL000123'\n```",
    "the IFTMIN from the shipper fails here:\n```\nNAD+CN+++O?'DONNELL & SONS LTD+14-16 NORTH WALL QUAY+DUBLIN++D01K8N3"
    "+IE'\n```\nthe ?' escape is correct per UNOC, our parser chokes on it",
    "```\nISA*00*          *00*          *ZZ*HARROWLUND     *ZZ*SCAC1234       *240613*0905*U*00401*000000123*0*P*>~\n"
    "GS*QM*HARROWLUND*SCAC1234*20240613*0905*123*X*004010~\nST*214*0001~\nB10*HLF240613*{{CNTR}}*SCAC~\n"
    "AT7*X6*NS***20240613*0830*LT~\nSE*5*0001~\n```",
    "```\ncontainer,seal,weight_kg,pol,pod,eta\n{{CNTR}},ML-445211,24380,CNSHA,NLRTM,2024-06-19\n"
    "{{CNTR}},ML-445212,22910.5,CNSHA,NLRTM,2024-06-19\n{{CNTR}},\"ML-445213 / CUST 0098\",19870,CNNGB,DEHAM,\n```",
    "csv from the client has semicolons and comma decimals 😩\n```\nRef;Pieces;Gross kg;CBM\nPO-4471/B;18;9.720,5;"
    "28,6\nPO-4472/A;6;1.140,0;4,2\n```",
    "```xml\n<GoodsItem>\n  <SequenceNumeric>1</SequenceNumeric>\n  <CommodityCode>84713000</CommodityCode>\n"
    "  <GrossMass>1245.500</GrossMass>\n  <Description>Laptops, 14&quot;, in cartons</Description>\n"
    "  <Origin>CN</Origin>\n</GoodsItem>\n```",
    "query for the overdue list:\n```sql\nSELECT s.ref, c.container_no, s.pod, s.eta\n  FROM shipments s\n"
    "  JOIN containers c ON c.shipment_id = s.id\n WHERE s.eta < now() - interval '2 days'\n"
    "   AND s.status NOT IN ('DELIVERED', 'CANCELLED')\n ORDER BY s.eta;\n```",
    "can someone sanity-check: `SELECT count(*) FROM bookings WHERE carrier = 'MSC' AND etd BETWEEN '2024-06-01' "
    "AND '2024-06-30';` gives 412 but the report says 398",
    "excel formula for the demurrage calc: `=MAX(0;NETWORKDAYS(B2;C2)-5)*85` (German Excel, hence the ;)",
    "`=VLOOKUP(A2,'Rate sheet Q3'!A:F,4,FALSE)` returns #N/A for CNYTN, the sheet has \"CN YTN\" with a space",
    "regex for container nos in the inbound mail parser: `\\b[A-Z]{3}[UJZ]\\d{7}\\b` — catches the check digit too",
    "```python\ndef iso6346_ok(c: str) -> bool:\n    v = {ch: n for ch, n in zip(ALPHA, VALUES)}\n"
    "    s = sum((v[x] if x.isalpha() else int(x)) * 2**i for i, x in enumerate(c[:10]))\n"
    "    return s % 11 % 10 == int(c[10])\n```",
    "```\n$ sftp edi@edi.harrowlund.com:/inbound/maersk/\nsftp> ls -l *.edi | tail -3\n"
    "-rw-r--r--  1 edi edi  2311 Jun 13 08:55 IFTSTA_240613_0855.edi\nsftp> get IFTSTA_240613_0855.edi\n```",
    "```\n2024-06-13T08:41:17Z WARN edi-gateway msg=IFTSTA partner=HLCU ref={{REF}} "
    "error=\"LOC segment qualifier 11 unknown\" action=quarantine\n"
    "2024-06-13T08:41:18Z INFO edi-gateway msg=IFTSTA partner=HLCU ref={{REF}} action=retry_in=300s\n```",
    "```json\n{\"containerNumber\": \"{{CNTR}}\", \"events\": [{\"eventType\": \"EQUIPMENT\", "
    "\"equipmentEventTypeCode\": \"DISC\", \"eventDateTime\": \"2024-06-13T03:12:00+02:00\", "
    "\"location\": {\"UNLocationCode\": \"{{PORT}}\"}}]}\n```",
    "the carrier API returns 429 after 60 calls/min:\n```\nHTTP/1.1 429 Too Many Requests\nRetry-After: 37\n"
    "X-RateLimit-Remaining: 0\n```\nadding a backoff in the tracking sync",
    "```\nTraceback (most recent call last):\n  File \"/opt/tms-sync/sync.py\", line 212, in push_eta\n"
    "    eta = datetime.strptime(row[\"ETA\"], \"%d.%m.%Y %H:%M\")\nValueError: time data '13/06/2024 14:00' does "
    "not match format '%d.%m.%Y %H:%M'\n```",
    "```\n| lane | TT days | rate USD/FEU | valid |\n|---|---|---|---|\n| CNSHA-NLRTM | 34 | 2,950 | 15.06-30.06 |\n"
    "| CNNGB-DEHAM | 36 | 3,100 | 15.06-30.06 |\n| INNSA-DEHAM | 28 | 1,850 | until further notice |\n```",
    "```\nkubectl -n tms get pods | grep -v Running\n"
    "tracking-sync-6b8f9d-lq2kz   0/1   CrashLoopBackOff   7   21m\n```",
    "```bash\nfor f in /data/edi/out/*.edi; do grep -c \"^EQD\" \"$f\"; done | paste -sd+ | bc\n```",
    "```\nCOPRAR from CTA says:\nEQD+CN+{{CNTR}}+22G1:102:5+2+5'\nMEA+AAE+VGM+KGM:24380'\n```\nVGM is there, "
    "so why does the terminal say missing?",
    "```\nSSCC 00 3 4012345 000000012 4, GTIN 04012345123456, LOT B-2024-06/17, best before 2025-06-30\n```",
]
LONG = [
    "Hi team,\n\nforwarding this from the customs broker:\n\n> Dear Sir/Madam,\n> the declaration for MRN {{MRN}} "
    "has been selected for documentary control.\n> Please provide: commercial invoice, packing list, bill of lading "
    "and proof of origin.\n> Kind regards,\n> Zollamt Hamburg-Waltershof\n\n{{M}} can you pull the docs for {{REF}}?",
    "*Incident* (09:20 CET)\n• Impact: tracking updates for {{CAR}} delayed up to 2 h\n• Cause: partner SFTP "
    "unreachable (timeout on port 22)\n• Mitigation: polling their REST API as fallback\n• Next update: 10:00",
    "Shipment summary {{REF}}\n```\nPOL   : {{PORT}}\nPOD   : {{PORT2}}\nVessel: {{VSL}} / 024W\nEquip : {{EQ}}\n"
    "Terms : {{INCO}} Incoterms® 2020\nGross : {{W}}\nMeas  : {{DIM}}\nETD/ETA: {{D}} / {{D}}\n```",
    "Delivery instructions:\n1. deliver to {{ADDR}}\n2. call {{PH}} 30 min before arrival\n3. ramp 4-7, "
    "max height 4.0 m\n4. driver must wear hi-vis + safety shoes\n5. POD: signed CMR + photo of the seal",
    "-------- Forwarded message --------\nFrom: Booking Desk <noreply@carrier-bookings.example>\nDate: Thu, 13 Jun "
    "2024 07:12\nSubject: Booking Confirmation {{N}}45123 / {{VSL}}\n\nEquipment: {{EQ}}\nCY cut-off: 17.06.2024 "
    "12:00\nSI cut-off: 16.06.2024 16:00\nVGM cut-off: 17.06.2024 10:00",
    "Claim update for {{CNTR}}:\n- damage: 3 pallets crushed, photos in thread\n- surveyor appointed (Lloyd's "
    "agent), visit Mon\n- value claimed: EUR 14,250.00 (CIF + 10%)\n- carrier liability: SDR 2 per kg (Hague-Visby)",
    "Agenda ops weekly:\n- [ ] Q2 volumes (TEU per lane)\n- [ ] new bonded warehouse in Venlo\n- [x] reefer "
    "monitoring vendor\n- [ ] AOB\n\n_add your points pls_ :pray:",
    "> On 12 Jun 2024, at 18:47, Jean-Pierre Dubois wrote:\n> Pouvez-vous confirmer la date de livraison ?\n\n"
    "Bonjour Jean-Pierre, livraison prévue le 14/06 entre 8h et 12h à Lyon. Cordialement",
    "Reminder of the new process for DG:\n1) shipper sends the MSDS (section 14!)\n2) we check UN no., class, PG, "
    "EmS\n3) carrier DG approval before booking confirmation\n4) no DG on {{VSL}} (carrier restriction)",
    "Packing list {{REF}}\n| # | item | qty | net kg | gross kg | dims cm |\n|---|---|---|---|---|---|\n"
    "| 1 | pump housings | 24 | 1,080 | 1,190 | 120x100x95 |\n| 2 | spare parts | 6 | 210.5 | 238 | 80x60x70 |\n"
    "| total | | 30 | 1,290.5 | 1,428 | 4.03 m³ |",
    "Urgent from the driver (translated): \"I'm at the border in Kapıkule, they want the T1 original and the "
    "CMR with stamp, I only have copies. Please send someone or email the customs office.\"",
    "Hafen Hamburg Wochenbericht KW 24:\n• CTA: Wartezeiten 2-3 h\n• Burchardkai: Slotbuchung über HPA-Portal\n"
    "• Eurogate: Leercontainer-Rückgabe nur mit Avis\nFragen an {{M}}",
]
BOT = ["weather", "weather {{P}}", "weather in {{P}}", "wether {{P}}", "weather {{P}} tomorrow?",
       "weather Port of {{PN}}", "is it windy in {{P}}", "remember location {{P}}", "remember location {{ADDR}}",
       "my location", "forget location", "help", "config", "config timezone {{TZ}}", "config tz {{TZ}}",
       "config alert_time {{T}}", "config time {{T}}", "config units metric", "config units imperial", "alerts on",
       "alerts off", "login", "forget me", "hi", "hello 👋", "thanks jeeves", "weather {{P}} pls, truck leaves at 5",
       "wetter {{P}}", "météo {{P}}", "погода {{P}}", "天气 {{P}}", "weather Brenner pass", "weather A2 near Poznań",
       "alerts on pls", "Weather Jebel Ali 🥵", "weather {{P}} — fog?", "config alert_time 5:30am"]
TZS = ["Europe/Berlin", "Europe/Amsterdam", "Europe/Warsaw", "Europe/Kyiv", "Europe/Vilnius", "Europe/Bucharest",
       "Europe/Istanbul", "Europe/London", "Asia/Shanghai", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore",
       "Asia/Ho_Chi_Minh", "Asia/Seoul", "Asia/Tokyo", "America/New_York", "America/Chicago", "America/Los_Angeles",
       "America/Sao_Paulo", "America/Mexico_City", "Africa/Nairobi", "Africa/Johannesburg", "UTC", "CET"]
TRACKING = ["https://www.maersk.com/tracking/{c}", "https://www.msc.com/en/track-a-shipment?agencyPath=msc&"
            "trackingNumber={c}&trackingMode=0", "https://www.hapag-lloyd.com/en/online-business/track/"
            "track-by-container-solution.html?container={c}", "https://www.cma-cgm.com/ebusiness/tracking/search?"
            "SearchBy=Container&Reference={c}", "https://ecomm.one-line.com/one-ecom/manage-shipment/cargo-tracking?"
            "trakNoParam={c}&trakNoTpCdParam=C", "https://www.track-trace.com/container?number={c}",
            "https://elines.coscoshipping.com/ebusiness/cargoTracking?trackingType=CONTAINER&number={c}",
            "https://www.searates.com/container/tracking/?number={c}&sealine=AUTO",
            "https://tms.harrowlund.com:8443/shipments/{c}/events?tab=timeline",
            "http://tms-internal.harrowlund.local:8080/track?cntr={c}&view=map"]
LINKS = ["https://www.marinetraffic.com/en/ais/details/ships/imo:9811000", "https://www.vesselfinder.com/vessels/"
         "details/9893890", "https://www.dhl.com/de-en/home/tracking/tracking-freight.html?submit=1&tracking-id="
         "7777123456", "https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784&requester=ST/trackdetails",
         "https://www.fedex.com/fedextrack/?trknbr=771234567890", "https://www.portofrotterdam.com/en/"
         "shipping/vessel-traffic", "https://www.hafen-hamburg.de/en/vessels/", "https://harrowlund.sharepoint.com/"
         "sites/ops/Shared%20Documents/Rate%20sheets/Q3-2024.xlsx?web=1", "https://docs.google.com/spreadsheets/d/"
         "1xK9fAq/edit#gid=0&range=A1:F40", "https://harrowlund.atlassian.net/browse/EDI-482",
         "https://github.com/harrowlund/tms-sync/pull/318", "https://taxation-customs.ec.europa.eu/"
         "online-services/online-services-and-databases-customs/eori-number-validation_en",
         "https://ec.europa.eu/taxation_customs/dds2/taric/measures.jsp?Lang=en&Taric=8471300000",
         "https://www.iccwbo.org/business-solutions/incoterms-rules/", "https://unece.org/trade/uncefact/"
         "unlocode", "https://maps.google.com/?q=53.5461,9.9661", "https://goo.gl/maps/Ab3CdE4fG5hJ6",
         "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2%40thread.v2/0?context=%7b%22Tid%22%3a%22"
         "abc%22%7d", "https://zoom.us/j/98765432101?pwd=SGFycm93", "https://www.windy.com/53.546/9.966?52.9,9.97,7"]
FILES = ["CMR_scan_0613.pdf", "POD HLF-IMP-2024-01193.jpg", "packing list (rev 2).xlsx", "BL draft MEDUQ4455120.pdf",
         "IMG_20240613_093412.jpg", "seal-photo.heic", "CI_2024-0613_Harrow&Lund.pdf", "VGM_declaration.pdf",
         "temp-log_reefer_-18C.csv", "MSDS_UN3480.pdf", "T1_Versandanmeldung.pdf", "Ladeliste KW24.xlsx",
         "发票_0613.pdf", "Dokumenty_przewozowe.pdf", "damage 1 of 3.jpeg", "EUR.1 original (scan).pdf"]


class Day(WebApp):
    """The company, its people and the one seeded random source; each method makes one kind of request."""

    epoch = EPOCH
    team, ts_window, base = TEAM, (0, 11 * 3600), BASE
    iat_window, kid_last, kid_bytes = (0, 39600), True, 24

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(180):
            first, last = self.pick(FIRST), self.pick(LAST)
            a_first = self.ascii(first) or "user"
            a_last = self.ascii(last).replace(" ", "").replace("'", "").replace(".", "") or "x"
            handle = f"{a_first}.{a_last}" + (str(i) if i % 9 == 0 else "")
            self.people.append({"id": self.sid("U0"), "name": f"{first} {last}", "handle": handle,
                                "email": f"{a_first}.{a_last}@harrowlund.com", "tz": self.pick(TZS)})
        self.containers = [self.container() for _ in range(120)]

    # ---- small random pieces ---------------------------------------------------------------------------------
    @staticmethod
    def ascii(text: str) -> str:
        table = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "Đ": "D", "ß": "ss", "ı": "i"})
        decomposed = unicodedata.normalize("NFKD", text.translate(table))
        return decomposed.encode("ascii", "ignore").decode().lower().replace(" ", "-")

    def container(self) -> str:
        head = self.pick(OWNERS) + f"{self.rng.randint(0, 999999):06d}"
        return head + str(check_digit(head))

    def ref(self) -> str:
        year = self.pick(["2024", "24"])
        return self.pick([
            f"HLF/{self.pick(['EXP', 'IMP'])}/{year}/{self.rng.randint(1, 9999):05d}-{self.pick('ABC')}",
            f"HL-SEA-{year}-{self.rng.randint(100, 9999)}",
            f"HLF{year}{self.rng.randint(1000, 9999)}/{self.pick('12')}",
            f"AIR/{self.rng.randint(10000, 99999)}/{self.pick(['FRA', 'DXB', 'PVG', 'BOM'])}",
            f"PO-{self.rng.randint(1000, 9999)}/{self.pick(['A', 'B', 'C'])}",
            f"HL-ROAD-{self.rng.randint(10000, 99999)}"])

    def mrn(self) -> str:
        return f"24{self.pick(['DE', 'NL', 'BE', 'PL'])}{self.rng.randint(10**13, 10**14 - 1)}{self.pick('ABC')}" \
               f"{self.rng.randint(0, 9)}"

    def weight(self) -> str:
        kg = self.rng.randint(80, 28000)
        return self.pick([f"{kg:,} kg", f"{kg:,} kg".replace(",", "."), f"{kg:,} kg".replace(",", " "),
                          f"{kg}kg", f"{kg / 1000:.1f} t", f"{int(kg * 2.20462):,} lbs", f"VGM {kg} KGM",
                          f"{kg}.5 kg gross", f"{kg:,}.00 KG"])

    def dims(self) -> str:
        return self.pick([f"{self.rng.randint(40, 130)}x{self.rng.randint(40, 120)}x{self.rng.randint(30, 220)} cm",
                          "1.20 × 0.80 × 1.45 m", "48\" x 40\" x 60\"", "L 13.6 m", "ldm 4.8",
                          f"{self.rng.randint(2, 70)}.{self.rng.randint(0, 9)} CBM", "28,6 m³", "120/80/145",
                          "4 pallets 120*100*110", "LxWxH 2350 x 1200 x 1800 mm"])

    def date(self) -> str:
        d = self.rng.randint(10, 28)
        return self.pick([f"{d:02d}/06/2024", f"06/{d:02d}/24", f"{d:02d}.06.2024", f"2024-06-{d:02d}",
                          f"{d} Jun 24", f"{d:02d}.06.", f"{d}-JUN-2024", f"Jun {d}", f"{d}/6"])

    def tim(self) -> str:
        h = self.rng.choice([5, 6, 6, 7, 7, 8, 9, 12, 14, 16, 18, 22])
        return f"{h:02d}:{self.pick(['00', '15', '30', '45', '10'])}"

    def tracking(self) -> str:
        return str(self.pick(TRACKING)).replace("{c}", self.pick(self.containers))

    def fill(self, text: str, slack: bool = True) -> str:
        """{{X}} placeholders to values; in Slack text, user text escaped and mentions/links in Slack markup."""
        esc: Callable[[str], str] = slack_escape if slack else (lambda s: s)

        def one(m: re.Match[str]) -> str:
            key = m.group(1)
            if key == "M":
                p = self.pick(self.people)
                return f"<@{p['id']}>" if slack else "@" + p["handle"]
            if key == "C":
                cid, cname = self.pick(CHANNELS)
                return f"<#{cid}|{cname}>" if slack else "#" + cname
            if key in ("L", "TRK"):
                link = self.pick(LINKS) if key == "L" else self.tracking()
                if not slack:
                    return link
                label = self.pick(["", "", "", "|tracking", "|here", "|link", "|carrier page"])
                return f"<{esc(link)}{label}>"
            values: dict[str, Callable[[], str]] = {
                "P": lambda: self.pick(PLACES), "CNTR": lambda: self.pick(self.containers), "REF": self.ref,
                "HS": lambda: self.pick(HS_CODES), "PORT": lambda: self.pick(PORTS), "PORT2": lambda: self.pick(PORTS),
                "PN": lambda: self.pick(PORT_NAMES), "INCO": lambda: self.pick(INCOTERMS),
                "VSL": lambda: self.pick(VESSELS), "CAR": lambda: self.pick(CARRIERS),
                "EQ": lambda: self.pick(EQUIPMENT), "W": self.weight, "DIM": self.dims, "D": self.date,
                "T": self.tim, "PH": lambda: self.pick(PHONES), "ADDR": lambda: self.pick(ADDRESSES),
                "MRN": self.mrn, "N": lambda: str(self.rng.randint(2, 48)), "TZ": lambda: self.pick(TZS)}
            return esc(values[key]())

        parts = re.split(r"(\{\{[A-Z0-9]+\}\})", text)
        out = []
        for part in parts:
            m = re.fullmatch(r"\{\{([A-Z0-9]+)\}\}", part)
            out.append(one(m) if m else esc(part))
        return "".join(out)

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.62:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["{{M}} ", "hey {{M}}, ", "@@here ", "{{M}} {{M}} ", "@@channel "]) + text
        elif roll < 0.86:
            text = self.pick(["", "", "fyi ", "hmm ", "seeing this in prod:\n", "any idea? ", "{{M}} "]) \
                + self.pick(TECH)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "cc {{M}}", "fixed it, was the encoding 🤦", "halp 😅",
                                          "(from the EDI box)", "ideas welcome"])
        else:
            text = self.pick(LONG)
        out = self.fill(text)
        return out.replace("@@here", "<!here>").replace("@@channel", "<!channel>")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT))

    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {**req, "id": f"{NAME}-benign-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    # ---- Slack ---------------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
             "Content-Type": content_type, "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(0.03):
            h["X-Slack-Retry-Num"] = self.pick(["1", "1", "2"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return h

    def verification_token(self) -> str:
        return "".join(self.rng.choice(VERIFY_TOKEN_CHARS) for _ in range(24))

    def envelope(self, event: dict[str, Any], team: str = TEAM) -> dict[str, Any]:
        return {"token": self.verification_token(), "team_id": team, "context_team_id": team,
                "context_enterprise_id": None, "api_app_id": APP_ID, "event": event, "type": "event_callback",
                "event_id": self.sid("Ev0", 9), "event_time": EPOCH + self.rng.randint(0, 39600),
                "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": BOT_USER, "is_bot": True,
                                    "is_enterprise_install": False}],
                "is_ext_shared_channel": False, "event_context": "4-" + self.token(33)}

    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]}]}]

    def message(self, text: str, channel: str, channel_type: str, mention: bool = False,
                thread: bool = False) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": text, "user": self.pick(self.people)["id"], "ts": ts, "team": TEAM,
                                 "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        if thread or self.chance(0.1):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return {"method": "POST", "uri": "/slack/events", "headers": self.slack_headers("application/json"),
                "body": json.dumps(self.envelope(event), ensure_ascii=False)}

    def slack_verify(self) -> dict[str, Any]:
        body = {"token": self.verification_token(), "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.record("slack-chat", "json", self.event_request(self.message(self.chat_text(), cid, "channel")))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        text = self.pick([self.chat_text(), self.fill(self.pick(["done ✅", "ETA confirmed {{D}} {{T}}",
                                                                  "re {{CNTR}}: released", "thx, sent to client",
                                                                  "checked with {{CAR}}, rolled to {{VSL}}",
                                                                  "POD attached", "driver called, 20 min out 🚛",
                                                                  "customs cleared at {{T}}", "which one, -A or -B?",
                                                                  "see {{TRK}}", "ok 👍", "escalated to {{M}}"]))])
        event = self.message(text, cid, "channel", thread=True)
        if self.chance(0.15):
            event["subtype"] = "thread_broadcast"
        return self.record("slack-thread", "json", self.event_request(event))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.65):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", ""]) + self.chat_text()
            if not text.startswith(("<@", "hey")):
                text += f" <@{BOT_USER}>"
        return self.record("slack-mention", "json", self.event_request(self.message(text, cid, "channel", True)))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.75) else self.chat_text()
        return self.record("slack-dm", "json", self.event_request(self.message(text, self.sid("D0"), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: typo in the cntr no.)", " *", "", " — correction: ETA Fri",
                                               " (ignore, wrong ref)"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new,
                 "previous_message": self.inner(old),
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        cntr, n = self.pick(self.containers), self.rng.randint(100, 9999)
        source = self.pick(["tms", "tracking", "jira", "edi-monitor", "github"])
        texts = {
            "tms": f":ship: *{self.ref()}* status changed to *Discharged* at {self.pick(PORTS)} "
                   f"(<{slack_escape(self.tracking())}|{cntr}>)",
            "tracking": f"{self.pick(CARRIERS)} update: {cntr} — \"Gate out empty\" &gt; \"Gate in full\" &gt; "
                        f"\"Loaded on vessel\" · {self.pick(VESSELS)} · ETA {self.date()}",
            "jira": f"<https://harrowlund.atlassian.net/browse/EDI-{n}|EDI-{n}> moved to *In Progress*: "
                    f"\"IFTSTA from HLCU rejected: LOC+11 not mapped\"",
            "edi-monitor": f":warning: {n % 17 + 1} messages quarantined in the last hour (partner "
                           f"{self.pick(['MAEU', 'MSCU', 'HLCU', 'CMDU'])}, "
                           f"type {self.pick(['IFTSTA', 'COPRAR', 'IFTMBC'])})",
            "github": f"*[harrowlund/tms-sync]* Pull request merged: <https://github.com/harrowlund/tms-sync/pull/{n}|"
                      f"#{n} Parse dd/mm/yyyy ETAs from the CMA CGM feed>",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 8), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:90], "color": self.pick(["36a64f", "d50200", "daa038"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.record("slack-botmsg", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick(FILES)
        event = self.message(self.fill(self.pick(["", "", "CMR attached", "POD for {{REF}}", "photos of the seal 👆",
                                                  "packing list rev 2, weights corrected", "scan from the driver",
                                                  "docs for customs, {{MRN}}"])), cid, "channel")
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "heic": "image/heic",
                "csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}[ext]
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + self.rng.randint(0, 30000), "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "size": self.rng.randint(20_000, 6_000_000), "is_external": False, "is_public": True,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/" + urllib.parse.quote(name),
                           "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                                   + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        event["upload"] = False
        event["display_as_bot"] = False
        return self.record("slack-file", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        urls = [self.tracking() if self.chance(0.6) else self.pick(LINKS) for _ in range(self.rng.randint(1, 2))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"],
                 "message_ts": self.ts(), "unfurl_id": f"C{self.hexs(8).upper()}.{self.ts()}.{self.hexs(40)}",
                 "source": self.pick(["conversations_history", "composer"]),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in urls],
                 "event_ts": self.ts()}
        return self.record("slack-unfurl", "json", self.event_request(event))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"],
                 "reaction": self.pick(["white_check_mark", "+1", "eyes", "ship", "truck", "pray", "joy", "fire",
                                        "heavy_check_mark", "x", "hourglass_flowing_sand", "rotating_light",
                                        "thumbsup::skin-tone-4", "flag-de", "100"]),
                 "item": {"type": "message", "channel": cid, "ts": self.ts()},
                 "item_user": self.pick(self.people)["id"], "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0"))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": [],
                             "title": {"type": "plain_text", "text": "View Title"}}
        return self.record("slack-home", "json", self.event_request(event))

    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 5)
        fields = [("token", self.verification_token()), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction_body(self, payload: dict[str, Any]) -> str:
        return urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])

    def button_click(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.72:
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(3)[:5],
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "value": self.pick(PLACES), "type": "button", "action_ts": self.ts()}
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-",
                      "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-",
                      "type": "button", "action_ts": self.ts()}
        payload = {"type": "block_actions",
                   "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
                   "api_app_id": APP_ID, "token": self.verification_token(),
                   "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": True},
                   "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
                   "is_enterprise_install": False, "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                   "response_url": self.hook("actions"), "actions": [action]}
        return self.record("interaction-button", "form", {
            "method": "POST", "uri": "/slack/interactions", "body": self.interaction_body(payload),
            "headers": self.slack_headers("application/x-www-form-urlencoded")})

    def modal_submit(self) -> dict[str, Any]:
        """A modal (view_submission): Jeeves only handles block_actions, so these get a 400 from the app."""
        user = self.pick(self.people)
        values = {
            "cntr": {"cntr_input": {"type": "plain_text_input", "value": self.pick(self.containers)}},
            "ref": {"ref_input": {"type": "plain_text_input", "value": self.ref()}},
            "reason": {"reason_select": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": self.pick(["Customs hold", "Rolled by carrier",
                                                                   "Truck delay / Stau", "Port congestion",
                                                                   "Missing VGM", "Weather"])},
                "value": self.pick(["customs_hold", "rolled", "truck_delay", "congestion", "vgm", "weather"])}}},
            "eta": {"eta_picker": {"type": "datepicker", "selected_date": f"2024-06-{self.rng.randint(14, 30):02d}"}},
            "notes": {"notes_input": {"type": "plain_text_input", "value": self.fill(self.pick(
                CHAT + ["", "see thread", "driver: {{PH}}", "new slot {{D}} {{T}}, terminal confirmed"]), False)}},
        }
        payload = {"type": "view_submission", "team": {"id": TEAM, "domain": TEAM_DOMAIN},
                   "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
                   "api_app_id": APP_ID, "token": self.verification_token(), "trigger_id": self.trigger(),
                   "view": {"id": self.sid("V0", 9), "team_id": TEAM, "type": "modal", "callback_id": "report_delay",
                            "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0]}),
                            "title": {"type": "plain_text", "text": "Report a delay"},
                            "submit": {"type": "plain_text", "text": "Send"}, "blocks": [],
                            "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}",
                            "app_id": APP_ID, "bot_id": self.sid("B0", 8)},
                   "response_urls": [], "is_enterprise_install": False, "enterprise": None}
        return self.record("interaction-modal", "form", {
            "method": "POST", "uri": "/slack/interactions", "body": self.interaction_body(payload),
            "headers": self.slack_headers("application/x-www-form-urlencoded")})

    # ---- the data API ---------------------------------------------------------------------------------------
    def api_headers(self) -> dict[str, str]:
        ua = self.pick(["python-requests/2.31.0", "python-httpx/0.27.0", "curl/8.7.1", "curl/7.81.0",
                        "Go-http-client/2.0", "axios/1.7.2", "node-fetch/3.3.2", "okhttp/4.12.0", "HTTPie/3.2.2",
                        "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", "Grafana/10.4.2",
                        "Mozilla/5.0 (Windows NT; Windows NT 10.0; de-DE) WindowsPowerShell/5.1.22621.3672",
                        "GitHub-Actions/2.317.0 python-requests/2.32.3", "Apache-HttpClient/5.2.1 (Java/17.0.10)",
                        "tms-sync/3.4.1 (+https://github.com/harrowlund/tms-sync) httpx/0.27.0", "Metabase/0.49"])
        client = self.pick(["tms-sync", "ci-reports", "ops-dashboard", "edi.gateway", "customs:atlas-bridge",
                            "bi-powerquery", "hr-sync"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read write", "read"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br"])
        if self.chance(0.35):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.5):
                h["tracestate"] = f"tms={self.hexs(16)},dd=s:1;o:rum"
        if self.chance(0.2):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"tms-sync.{self.hexs(12)}"])
        if self.chance(0.1):
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        if self.chance(0.08):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = ("sentry-environment=production,sentry-release=tms-sync%403.4.1,"
                            f"sentry-trace_id={self.hexs(32)}")
        if self.chance(0.15):
            h["Accept-Language"] = self.pick(["en-US", "de-DE,de;q=0.9", "en"])
        return h

    def api(self) -> dict[str, Any]:
        h = self.api_headers()
        roll = self.rng.random()
        if roll < 0.34:
            params = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 200, 500, 1000]))))
            for key, vals in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false", "on", "off"]),
                              ("team_id", [TEAM, "T07HLDUBAI"])):
                if self.chance(0.3):
                    params.append((key, self.pick(vals)))
            if self.chance(0.08):
                params.append(("q", self.pick(self.people)["name"]))
            return self.record("api-users", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.52:
            return self.record("api-user", "path", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "body": "",
                                                    "uri": f"/api/users/{self.rng.randint(1, 240)}", "headers": h})
        if roll < 0.72:
            person = self.pick(self.people)
            choice = self.rng.random()
            doc: dict[str, Any]
            if choice < 0.3:
                doc = {"settings": {"timezone": person["tz"], "alert_time": self.tim()}}
            elif choice < 0.45:
                doc = {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}}
            elif choice < 0.7:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.85:
                doc = {"is_active": self.chance(0.3)}
            else:
                doc = {"is_admin": self.chance(0.4), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))
            return self.record("api-user-patch", "json", {"method": "PATCH", "body": body, "headers": h,
                                                          "uri": f"/api/users/{self.rng.randint(1, 240)}"})
        if roll < 0.86:
            d = self.rng.randint(1, 12)
            since = self.pick([f"2024-06-{d:02d}T00:00:00Z", f"2024-06-{d:02d}T00:00:00+08:00",
                               f"2024-06-{d:02d}", f"2024-05-{d + 10:02d}T06:00:00.000Z",
                               f"2024-06-{d:02d}T00:00:00-04:00", f"2024-06-{d:02d} 05:30:00+05:30"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-06-13T23:59:59Z", "2024-06-13", "2024-06-14T00:00:00+02:00"])))
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.93:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        if roll < 0.96:
            h.pop("Authorization")
            h["Accept"] = "application/json"
            return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))
        doc = {"enabled": self.chance(0.7)}
        if self.chance(0.5):
            doc["team_id"] = self.pick([TEAM, "*", "T07HLDUBAI"])
        h["Content-Type"] = "application/json"
        action = self.pick(["weather", "alerts", "config", "login", "help"])
        return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                      "body": json.dumps(doc), "headers": h})

    # ---- browsers: admin panel, /me/, Sign in with Slack ---------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
            "Safari/537.36 Edg/126.0.0.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
            "Safari/605.1.15",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
            "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/125.0.6422.147 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 12; TC52 Build/12-28-05.00-SG-U00-STD) AppleWebKit/537.36 (KHTML, like "
            "Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
            "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "zh-CN,zh;q=0.9,en;q=0.8",
                                           "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "tr-TR,tr;q=0.9,en-US;q=0.8",
                                           "ar-AE,ar;q=0.9,en;q=0.8", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7",
                                           "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7", "es-MX,es;q=0.9", "pt-BR,pt;q=0.9",
                                           "ro-RO,ro;q=0.9,en;q=0.8", "en-GB,en;q=0.9", "ko-KR,ko;q=0.9"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in ua:
            h["sec-ch-ua"] = self.pick(['"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"',
                                        '"Microsoft Edge";v="126", "Not-A.Brand";v="8", "Chromium";v="126"',
                                        '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"'])
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else '"Windows"'
        return self.form_navigation(h, BASE, referer, form)

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.25) else []
        if self.chance(0.15):
            extra.append(("CookieConsent", "{stamp:%27" + self.token(30) + "%27%2Cnecessary:true%2Cpreferences:true"
                          "%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:"
                          f"{(EPOCH - 86400 * 30) * 1000}%2Cregion:%27de%27}}"))
        if self.chance(0.1):
            extra.append(("lang", self.pick(["de", "en", "nl", "zh-CN"])))
        if self.chance(0.08):
            extra.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        return self.cookie_header(pairs, extra, shuffle=False)

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        alnum = "".join(self.rng.choice(VERIFY_TOKEN_CHARS) for _ in range(16))
        boundary = self.pick(["----WebKitFormBoundary" + alnum,
                              self.form_boundary("firefox")])
        return self.multipart_form(boundary, fields)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.28:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                           person["email"].split("@")[0], person["id"], "@harrowlund.com", TEAM, person["name"].lower(),
                           "o'neal", "d'angelo", "nguyễn", "jackson-reyes", "schröder", "driver", "dispatch",
                           "Mac Giolla", "st. clair", "al-mansouri", "duisburg", "warehouse"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.2) else [])
            h = self.browser_headers("/admin/users")
            h["Cookie"] = self.cookies(session)
            return self.record("admin-search", "query", {"method": "GET", "body": "", "headers": h,
                                                         "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.42:
            person = self.pick(self.people)
            h = self.browser_headers("/admin/users?q=" + urllib.parse.quote(person["name"]), True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                                           ("q", self.pick([person["name"], person["email"], ""])),
                                           ("page", str(self.rng.randint(1, 3)))])
            flag = self.pick(["active", "admin"])
            return self.record("admin-user-edit", "form", {"method": "POST", "headers": h, "body": body,
                                                           "uri": f"/admin/users/{self.rng.randint(1, 240)}/{flag}"})
        if roll < 0.54:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember location", "alerts", "config",
                                                                   "login", "forget me", "help"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, "t07hldubai"]))]
            return self.record("admin-switch", "form", self.form_request("/admin/features", h, fields))
        if roll < 0.63:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "user.admin", "login", "feature.set", "client.create", "client.rotate",
                           self.pick(self.people)["handle"], "2024-06-12", "edi.gateway", "failed", "tms-sync"])
            params = [("q", q)] + ([("page", "2")] if self.chance(0.2) else [])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.76:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None, "https://harrowlund.slack.com/"]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients",
                              "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=O%27Neal&page=1", "/admin/clients?done=client_disabled",
                              "/admin/features?done=switch_updated", "/admin/audit?q=&page=3"])
            return self.record("admin-page", "cookie", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": page,
                                                        "body": "", "headers": h})
        if roll < 0.83:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fclients", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 30)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/clients", "/admin/users"])),
                      ("username", self.pick(["admin", "h.lund", "it-ops", "s.vandermeer"])), ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.93:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random()
            client = self.pick(["tms-sync", "edi.gateway", "customs:atlas-bridge", "bi-powerquery", "ops-dashboard",
                                "carrier-webhooks.maersk", "ci-reports", "wh-duisburg.scanner"])
            if sub < 0.6:
                fields = [("csrf_token", csrf), ("client_id", client),
                          ("description", self.pick([
                              "TMS → Jeeves user sync, nightly 02:00 CET (owner: IT/EDI)",
                              "ATLAS customs bridge — reads MRN status, Zoll DE", "Power BI: ops KPIs (TEU/lane, dwell "
                              "time), read-only", "Grafana 'Reefer & EDI' board", "Scanner app, Duisburg WH "
                              "(Zebra TC52)", "Carrier webhook relay for Maersk/Hapag track & trace",
                              "Dubai desk reporting, owner: Omar Al-Mansouri", "", "GitHub Actions: weekly usage → "
                              "#it-edi"])),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
                uri = "/admin/clients"
            elif sub < 0.8:
                fields, uri = [("csrf_token", csrf)], f"/admin/clients/{urllib.parse.quote(client)}/rotate"
            else:
                state = self.pick(["disable", "enable"])
                fields, uri = [("csrf_token", csrf)], f"/admin/clients/{urllib.parse.quote(client)}/{state}"
            return self.record("admin-client", "form", self.form_request(uri, h, fields))
        if roll < 0.97:
            h = self.browser_headers("/admin/slack-sign-in", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "h.lund", "it-ops"])), ("team_id", TEAM),
                      ("user_id", self.pick(self.people)["id"])]
            return self.record("admin-slack-map", "form", self.form_request("/admin/slack-sign-in", h, fields))
        h = self.browser_headers("/admin/account", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.pick([("/admin/account/totp/start", [("csrf_token", csrf)]),
                                 ("/admin/account/totp/confirm", [("csrf_token", csrf),
                                                                  ("code", f"{self.rng.randint(0, 999999):06d}")]),
                                 ("/admin/logout", [("csrf_token", csrf)])])
        return self.record("admin-account", "form", self.form_request(uri, h, fields))

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.33:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token(),
                                                "https://app.slack.com/"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            return self.record("me-page", "cookie", self.get_request(uri, h))
        if roll < 0.63:
            place = self.pick(PLACES + ADDRESSES)
            fields = [("csrf_token", csrf), ("place", place)]
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me-location", "multipart", {"method": "POST", "uri": "/me/location",
                                                                "body": body, "headers": h})
            return self.record("me-location", "form", self.form_request("/me/location", h, fields))
        if roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])), ("alert_time", self.tim()),
                      ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            h = self.browser_headers("/me/", True)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                body, h["Content-Type"] = self.multipart(fields)
                return self.record("me-settings", "multipart", {"method": "POST", "uri": "/me/settings",
                                                                "body": body, "headers": h})
            return self.record("me-settings", "form", self.form_request("/me/settings", h, fields))
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.me_exit_form(csrf)
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser_headers(self.pick([None, "/me/", "https://harrowlund.slack.com/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.38:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.56:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers("https://slack.com/"))
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1, short=True)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.7:
            return self.record("auth-link-preview", "path", self.link_preview(link))
        if roll < 0.85:
            return self.record("auth-link", "path", self.link_visit(link, self.browser_headers()))
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", self.token()))
        return self.record("auth-link-post", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                      "headers": h, "body": urllib.parse.urlencode(
                                                          [("csrf_token", self.token())])})

    # ---- TokenDealer, health, metadata ---------------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["tms-sync", "ci-reports", "ops-dashboard", "edi.gateway", "customs:atlas-bridge",
                            "bi-powerquery"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.7.1", "Go-http-client/2.0",
                                      "python-httpx/0.27.0", "Apache-HttpClient/5.2.1 (Java/17.0.10)",
                                      "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": self.pick([
                 "application/x-www-form-urlencoded", "application/x-www-form-urlencoded",
                 "application/x-www-form-urlencoded; charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote(client, safe='')}:{secret}".encode()).decode()
        if self.chance(0.2):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-01"
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, "read")
        if roll < 0.78:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.88:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.35:
            ua = self.pick(["kube-probe/1.29", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Zabbix", "curl/8.7.1", "Datadog/Synthetics"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            uri = "/readyz" if self.chance(0.15) else "/healthz"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "uri": uri,
                                                    "body": "", "headers": h})
        if roll < 0.7:
            h = {"User-Agent": self.pick(["python-jose/3.3.0", "Go-http-client/2.0", "jwks-rsa/3.1.0 (node)",
                                          "PyJWT/2.8.0", "Microsoft.IdentityModel/7.5.1", "okhttp/4.12.0"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"' if self.chance(0.3) else f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                  "uri": "/.well-known/jwks.json", "headers": h})
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.7.1", "Authlib/1.3.1", "oauth4webapi/2.10.4"]),
             "Accept": "application/json"}
        return self.record("metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                  "uri": "/.well-known/oauth-authorization-server"})



PLAN: list[tuple[str, int]] = [
    ("slack_chat", 300), ("slack_thread", 90), ("slack_mention", 110), ("slack_dm", 100), ("slack_edit", 25),
    ("slack_bot_post", 40), ("slack_file", 30), ("slack_unfurl", 25), ("slack_reaction", 45), ("slack_home", 20),
    ("slash_command", 270), ("button_click", 100), ("modal_submit", 25), ("api", 240), ("admin", 110), ("me", 70),
    ("sign_in", 40), ("tokendealer", 55), ("health", 40),
]


def attacks() -> Iterator[dict[str, Any]]:
    """A benign-only set: no attacks."""
    return iter(())


def benign() -> Iterator[dict[str, Any]]:
    """The day in the order it happens (kinds interleaved), the URL verification first."""
    day = Day()
    todo = [name for name, count in PLAN for _ in range(count)]
    day.rng.shuffle(todo)
    yield day.slack_verify()
    for name in todo:
        make: Callable[[], dict[str, Any]] = getattr(day, name)
        yield make()


if __name__ == "__main__":
    for rec in benign():
        print(json.dumps(rec, ensure_ascii=False))
