"""Benign evaluation set (seventyseventh): a hotel group's ordinary traffic through the edge, benign only.

The company is Halvard Hotels, a group of eight city hotels (Lisboa, Edinburgh, Wien, Kyoto, Dubai, Cape Town,
Ciudad de México, Reykjavík) with a central reservations office. Its front desk agents, night auditors,
reservation agents, housekeeping supervisors, concierges and revenue managers use Jeeves to check the weather
for arrivals, airport transfers, rooftop bars and pool decks, and they talk to it the way they talk to each
other: booking references (HX-88213-B), OTA confirmation numbers, room numbers of every format (1207, 3F-12,
Villa 7), guest names in many scripts, ETAs and flight numbers, rate codes (BAR, RACK, CORP-10, NRF), minibar,
laundry and room-service charges, VIP and allergy notes, no-show and cancellation policies, folios and invoices
with VAT and city tax, housekeeping boards, rooming lists and links to OTA extranets and review sites.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies echoed back),
`/jeeves` slash commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the
data API with a bearer JWT (users list/read/patch, usage stats, switches), the admin panel forms with csrf_token,
`/me/`, Sign in with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the
health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It adds only the
hotel's own placeholders (booking references drawn as the PMS prints them), its App Home view and the previews
of the links its staff paste.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_seventyseventh"
SEED = 77_2024_0809
EPOCH = 1723183200  # 2024-08-09 06:00 UTC, a Friday in high season: Fringe week in Edinburgh, a wedding in Lisboa
TEAM, TEAM_DOMAIN = "T03HALVARD", "halvard-hotels"
PARTNER_TEAM = "T05HVKYOTO"  # the Kyoto property's own workspace (a management contract), Jeeves installed there too
APP_ID, BOT_USER, BOT_ID = "A05HVJEEVS", "U05JEEVESH", "B05JEEVESH"
HOST = "jeeves.halvardhotels.com"
BASE = f"https://{HOST}"

FIRST = ["Inês", "Tiago", "Mariana", "Kenji", "Yui", "Haruto", "Ólafur", "Guðrún", "Sigrún", "Fatima", "Omar",
         "Rashid", "Aisha", "Thandeka", "Sipho", "Pieter", "Lindiwe", "Ximena", "Alejandro", "Guadalupe",
         "José Luis", "Fiona", "Callum", "Eilidh", "Morag", "Lukas", "Anna-Lena", "Matthias", "Bogdan", "Priya",
         "Arjun", "Thi Mai", "Li Na", "Wojciech", "Zeynep", "Darius", "Marisol", "Ngozi", "Tomás", "Ewa"]
LAST = ["Carvalho", "Sousa e Silva", "Morimoto", "Takahashi", "Jónsson", "Sigurðardóttir", "Al-Mansoori", "Haddad",
        "Dlamini", "van der Berg", "Nkosi", "Hernández", "García-Robles", "MacLeod", "Fraser", "Ó Briain", "Gruber",
        "Hofbauer", "Nowak", "Iyer", "Trần", "Chen", "Kowalski", "Yılmaz", "de Villiers", "Okafor", "O'Hara",
        "Ruiz", "Steinsdóttir", "Mbeki-Jones", "Nakamura-Lund", "D'Costa"]
HOTELS = [("Halvard Chiado", "Largo do Chiado 12, 1200-108 Lisboa"),
          ("Halvard Old Town", "19 Victoria St, Edinburgh EH1 2HE"),
          ("Halvard am Ring", "Kärntner Ring 9, 1010 Wien"),
          ("Halvard Gion", "京都府京都市東山区祇園町南側570-8"),
          ("Halvard Al Seef", "Al Seef Rd, Al Hamriya, Bur Dubai"),
          ("Halvard Waterfront", "Dock Rd, V&A Waterfront, Cape Town 8001"),
          ("Halvard Roma Norte", "Colima 166, Roma Nte., Cuauhtémoc, 06700 Ciudad de México, CDMX"),
          ("Halvard Laugavegur", "Laugavegur 34, 101 Reykjavík")]
PLACES = ["Lisboa", "Lisbon", "Sintra", "Cascais", "Belém", "Edinburgh", "Leith", "Portobello", "North Berwick",
          "Wien", "Vienna", "Schwechat", "Kyoto", "京都", "Arashiyama", "Nara", "Osaka", "Dubai", "Bur Dubai",
          "Jumeirah", "Cape Town", "Kaapstad", "Stellenbosch", "Franschhoek", "Ciudad de México", "CDMX",
          "Teotihuacán", "Coyoacán", "Reykjavík", "Keflavík", "Þingvellir", "Vík í Mýrdal", "Blue Lagoon",
          "Grindavík", "Porto", "Glasgow", "Salzburg", "Hallstatt", "Hakone", "Abu Dhabi", "Hermanus",
          "Puebla", "Tepoztlán", "Akureyri", "LIS airport", "EDI", "KEF", "Zürich", "Marrakech", "São Paulo",
          "38.7106, -9.1425", "55.9486,-3.1935", "64.1466° N, 21.9426° W"]
ADDRESSES = ["Rua Garrett 74, 1200-204 Lisboa", "Av. da Liberdade 180, Lisboa", "Palácio de Queluz, Sintra",
             "Edinburgh Castle, Castlehill, EH1 2NG", "Assembly Rooms, 54 George St, Edinburgh EH2 2LR",
             "Royal Yacht Britannia, Ocean Terminal, Leith EH6 6JJ", "Staatsoper, Opernring 2, 1010 Wien",
             "Schloss Schönbrunn, 1130 Wien", "伏見稲荷大社, 京都市伏見区深草藪之内町68",
             "Kyoto Station (京都駅) Hachijo exit", "Dubai Frame, Zabeel Park Gate 3",
             "Terminal 3, Dubai International Airport", "Table Mountain Aerial Cableway, Tafelberg Rd",
             "Boulders Beach, Simon's Town 7995", "Museo Frida Kahlo, Londres 247, Coyoacán",
             "AICM Terminal 1, Puerta 6", "Harpa, Austurbakki 2, 101 Reykjavík", "Hallgrímskirkja, Reykjavík",
             "Kirkjufell, Grundarfjörður", "Quinta da Regaleira, Sintra", "Castelo de São Jorge, Lisboa",
             "Arthur's Seat, Holyrood Park", "Naschmarkt, 1060 Wien", "金閣寺 (Kinkaku-ji), 京都市北区"]
TIMEZONES = ["Europe/Lisbon", "Europe/London", "Europe/Vienna", "Asia/Tokyo", "Asia/Dubai", "Africa/Johannesburg",
             "America/Mexico_City", "Atlantic/Reykjavik", "UTC", "Europe/Madrid", "Europe/Paris",
             "America/New_York", "Asia/Singapore"]

GUESTS = ["Mr & Mrs Ōtsuka", "Dr. Amara Okafor-Bello", "Søren Holm-Kristensen", "Zhou Xinyi (周欣怡)",
          "Фёдоров Алексей Петрович", "Nguyễn Thị Hoa", "José María Fernández de Córdoba", "Aoife Ní Mhurchú",
          "Sarah O'Brien-Walsh", "Park Hyun-woo (박현우)", "Ingrid Þórsdóttir", "Priya Raghunathan",
          "Thabo Mokoena", "Lars-Erik Nyström", "Chloé Lefèvre", "famille Dupont-Moreau", "Kowalczyk, Agnieszka",
          "Ms Ayşe Yıldız", "Giovanni D'Alessandro", "Mr Kwabena Asante", "Sheikha Mariam Al Qasimi",
          "山本 美咲 様", "Rafael & Camila Souza", "Mr. J. R. McAllister III", "Hannah Goldberg-Stein",
          "Εμμανουήλ Παπαδόπουλος", "Oluwaseun Adeyemi", "Björk Guðmundsdóttir-Lee", "Mme Hélène Bérubé",
          "Carlos Sánchez-Haddad", "the Van der Westhuizens", "Mr & Mrs Patel (Anil & Meera)", "Noa Ben-Ami",
          "Sr. Joaquín Ibáñez", "Mrs. Eleanor Whitcombe-Hart", "ミラー・ジェームズ 様", "Ali Hassan Al-Amri",
          "Yerlan Nurlanuly", "Ms Siobhán Mc Donagh", "Dr Wilhelmina (Mina) van Rensburg"]
ROOMS = ["1207", "rm 1207", "3F-12", "#402", "402A", "Suite 1801", "Villa 7", "PH-2", "615 (connecting 617)",
         "2F-05", "1014/1016", "Garden Suite G3", "Zimmer 214", "quarto 308", "room 509", "Rm. 1110",
         "Junior Suite 7-04", "Loft 3", "502 (twin)", "1122 KING HV", "the Castle View Suite", "4-11", "Nr. 305",
         "habitación 203", "herbergi 12", "the Ryokan Suite (301)", "DLX 808", "Studio 9B"]
RATES = ["BAR", "RACK", "CORP-10", "CORP-DELOITTE15", "AAA", "GOV", "PKG-BB", "HB", "NRF-15", "ADV21", "LOS3",
         "OTA-BKG", "OTA-EXP", "GRP-WEDD0817", "CREW", "FAM", "STAFF50", "COMP", "HOUSE", "BAR-FLEX", "PROMO-SUMMER",
         "BB2", "MICE-FRINGE", "WHOLESALE-HB", "LONGSTAY7"]
PRICES = ["€189.00", "€1.240,00", "€ 96,50", "£245 + VAT", "£1,180", "AED 1,450", "AED 2.340,00", "¥38,500 (税込)",
          "¥62,000", "R 3 250,00", "ZAR 4,890", "MXN $4,890", "$3,120 MXN", "ISK 42.900", "kr. 58.500",
          "EUR 212,40", "€129/night", "£399 pn", "US$ 310", "€ 2.104,80 (incl. IVA)"]
CHARGES = ["minibar €18.50 (2x Coke Zero, 1x Pringles, 1x Super Bock)", "laundry: 3 shirts pressed £13.50",
           "room service #2291 £42.80 + 12.5% service", "spa — hot stone 60' €95", "parking 3 nights @ €25",
           "late check-out fee €40", "extra bed €35/night", "pet fee £25 (one dog, Biscuit 🐶)",
           "minibar: 1x Gösser, 1x Manner Schnitten = €9,80", "ランドリー ¥2,750", "airport transfer AED 250",
           "dry cleaning 1 suit ZAR 320", "room service: 2 club sandwiches, 1 bottle of rosé = MXN $1,180",
           "minibar 2x Egils Appelsín + Nóa Kropp ISK 1.890", "damage: broken wine glass €6",
           "no-show charge, 1st night €212,40", "early check-in fee (from 08:00) €60",
           "cot (baby bed) free of charge", "cancelled spa 50% = €47,50", "in-room dining 23:40, 1x ramen ¥2,200"]
OTAS = ["Booking.com", "Expedia", "Hotels.com", "Agoda", "Trip.com", "Airbnb", "Hotelbeds", "HRS",
        "Google Hotel Ads", "Jet2holidays", "Rakuten Travel (楽天トラベル)", "じゃらん", "Despegar", "Kayak",
        "the brand site", "SiteMinder", "GDS (Amadeus)"]
OTA_REFS = ["Booking.com 3928174650", "BDC res 4211879034", "Expedia itin 72819346512", "Agoda #1402938475",
            "Trip.com 1128837465102", "Airbnb HMABCD1234", "Hotelbeds 128-3329871", "HRS 90887712",
            "楽天 RY4287719", "GDS PNR 6QXT2L", "Expedia 2091847736"]
WHEN = ["ETA 23:40", "arr. Fri 9 Aug", "09/08–12/08", "check-in 15:00", "late c/o 14:00", "tmrw 06:15 pick-up",
        "Sat 10th, 11am", "8月10日 15時", "am Samstag ab 14 Uhr", "sexta às 16h", "el sábado a las 12", "in 20 min",
        "ASAP", "tonight ~01:30", "9–11 Aug (2 nts)", "Aug 9th → Aug 14th", "10.08.2024, 17:30", "before 10:00",
        "around noon", "dep. 05:00 (early flight!)", "Sunday brunch 11:30", "next Thu"]
FLIGHTS = ["TP 1353 from LHR", "EK 201 (JFK→DXB)", "FI 615 to KEF 06:35", "BA 1442 EDI", "OS 152 VIE",
           "JL 5 / HND", "AM 401", "SA 322 from JNB", "EZY 8713", "LH 1172 FRA–LIS", "QR 1417 via DOH",
           "UA 2 SFO→SIN then NH", "FR 1882", "IB 3116 delayed 2h"]
NOTES = ["VIP2 — repeat guest (14th stay), upgrade if available", "severe nut allergy (peanut + tree nuts), EpiPen",
         "gluten-free / coeliac, breakfast team informed", "feather-free pillows + hypoallergenic duvet",
         "shellfish allergy — NO prawns in the welcome amenity", "lactose intolerant, oat milk in the minibar",
         "halal meals only, no alcohol in minibar please", "kosher breakfast requested (sealed)",
         "honeymoon 💍 — rose petals + Moët on arrival", "birthday 🎂 on the 10th, small cake at turndown",
         "wheelchair user, accessible room w/ roll-in shower", "quiet room away from the lift, light sleeper",
         "high floor, city view, twin beds NOT pushed together", "travelling with infant — cot + bottle warmer",
         "press/VIP: do not disclose room number", "CIP — CEO of the client company, GM to greet",
         "vegan 🌱, no honey", "hard of hearing: visual fire alarm kit", "sesame allergy (anaphylactic)"]
POLICIES = ["Non-refundable: 100% charged at booking", "Free cancellation until 48h before arrival (18:00 local), "
            "then 1st night", "No-show: first night + city tax charged", "Group block: release 21 days prior "
            "(cut-off 27/07)", "Flex: cancel by 14:00 on day of arrival", "Deposit 30% at booking, balance 7 days "
            "before arrival", "Early departure fee: 1 night", "Wedding block: attrition 20%, min. 12 rooms",
            "キャンセル料：前日50%、当日100%", "Stornierung bis 3 Tage vor Anreise kostenfrei",
            "Cancelamento gratuito até 72h antes", "Cancelación sin cargo hasta 24 h antes de la llegada"]
INVOICES = ["3 nts × €189.00 = €567.00 (IVA 6% incl.) + taxa turística €4 × 2 pax × 3 nts = €24.00",
            "Room £1,180.00, VAT 20% £196.67 incl.; breakfast £64.00; total £1,244.00",
            "Logis €636,00 (USt 10%) + Ortstaxe 3,2% €20,35 + Frühstück €58,00 (USt 10%)",
            "宿泊料金 ¥124,000 + 消費税10% ¥12,400 + 宿泊税 ¥1,000 × 2泊 = ¥138,400",
            "AED 4,350 room + 10% service + 7% municipality fee + 5% VAT + Tourism Dirham AED 15 × 3 nights",
            "R 9 750,00 accommodation, VAT 15% R 1 271,74 incl., TOMSA levy 1% R 97,50",
            "Hospedaje MXN $14,670 + IVA 16% $2,347.20 + ISH 3.5% $513.45",
            "Gisting ISK 128.700 (VSK 11%) + gistináttaskattur ISK 600 × 3 nætur",
            "folio split: room + tax to company (CORP-10), incidentals to guest's Amex •••• 1009",
            "pro-forma: deposit €450,00 received 02/08, balance €1.654,80 due on arrival"]
PHONES = ["+351 21 555 0142", "+44 131 496 0018", "+43 1 5550 2211", "+81 75-555-0147", "+971 4 555 0191",
          "+27 21 555 0163", "+52 55 5555 0123", "+354 555 0176", "07700 900214", "+1 (617) 555-0148",
          "+49 170 5550123", "ext. 4412 (night manager)"]
FILES = ["Arrivals_2024-08-09.xlsx", "Housekeeping board 3F.pdf", "Folio_HX-88213-B.pdf", "IMG_4471.HEIC",
         "Lost & Found log - Aug.xlsx", "Night audit 08-08.pdf", "Rooming list – Müller wedding (v3).xlsx",
         "Allergen matrix_Breakfast_EN-PT.pdf", "Fatura FT 2024-1187.pdf", "room_1207_damage.jpg",
         "GRP-WEDD0817_contract_signed.pdf", "VIP amenities plan.docx", "施設案内_京都.pdf",
         "Trace report (Opera) 09.08.csv", "Pickup_EK201_nameboard.png", "RevPAR week 32.xlsx",
         "Minibar price list 2024 (Wien).pdf", "Screenshot 2024-08-09 at 07.12.44.png"]
FILE_TYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "pdf": "application/pdf",
              "heic": "image/heic", "jpg": "image/jpeg", "png": "image/png", "csv": "text/csv",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
EMOJI = [":bellhop_bell:", ":bed:", ":key:", ":luggage:", ":broom:", ":sparkles:", ":champagne:",
         ":airplane_arriving:", ":rotating_light:", ":white_check_mark:", ":pray:", ":sweat_smile:", ":eyes:",
         ":umbrella:", ":sunny:", "🛎️", "🧳", "🛏️", "🧹", "🧺", "🍾", "✈️", "🌧️", "☀️", "😅", "🙏", "⚠️", "👀",
         "✅", "🇵🇹", "🇯🇵", "🇮🇸", "🇲🇽"]

# The links staff paste: (link, the preview's service, title and text).
UNFURLS = [
    ("https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/booking.html?res_id=3928174650&hotel_id=1187"
     "&lang=en", "Booking.com", "Reservation 3928174650 – Booking.com Extranet", "Arrival Fri 9 Aug · 3 nights · "
     "Superior Double · Genius level 2"),
    ("https://www.tripadvisor.com/Hotel_Review-g189158-d1187302-Reviews-Halvard_Chiado-Lisbon_Lisbon_District_Central"
     "_Portugal.html", "Tripadvisor", "HALVARD CHIADO - Updated 2024 Prices & Hotel Reviews (Lisbon, Portugal)",
     "\"Lovely staff, tiny lift\" · 4.5 of 5 · 1,284 reviews"),
    ("https://www.google.com/maps/place/Halvard+Old+Town/@55.9486,-3.1935,17z/data=!3m1!4b1!4m9!3m8", "Google Maps",
     "Halvard Old Town · 19 Victoria St, Edinburgh EH1 2HE", "Hotel · 4.6 ★ (2,031)"),
    ("https://www.flightradar24.com/data/flights/ek201", "Flightradar24", "EK201 (UAE201) Emirates – Live Flight "
     "Status", "Dubai (DXB) → New York (JFK) · Boeing 777-31H(ER)"),
    ("https://www.isavia.is/en/keflavik-airport/flight-schedule/arrivals?date=2024-08-09", "Isavia",
     "Arrivals – Keflavík Airport", "Flight schedule for Friday 9 August"),
    ("https://www.edfringe.com/tickets/whats-on/?dates=2024-08-09&venues=assembly-rooms", "Edinburgh Festival Fringe",
     "What's on – Fri 9 Aug", "Over 3,000 shows across the city"),
    ("https://docs.google.com/spreadsheets/d/1hX8aZq2LkT9wP0vR4sYcN3mB7eF5gJ1/edit#gid=204718553", "Google Sheets",
     "Housekeeping rota – Chiado – Aug 2024", None),
    ("https://www.expediapartnercentral.com/Lodging/Reservations/ReservationDetails.aspx?htid=21887&reservationIds="
     "72819346512", "Expedia Partner Central", "Reservation details", None),
    ("https://www.lisboa.pt/cidade/economia/taxa-municipal-turistica", "Câmara Municipal de Lisboa",
     "Taxa Municipal Turística", "A taxa é de 4 € por noite, por hóspede, até ao máximo de 7 noites."),
    ("https://www.wien.gv.at/amtshelfer/finanzielles/rechnungswesen/abgaben/ortstaxe.html", "Stadt Wien",
     "Ortstaxe – Anmeldung und Entrichtung", "Die Ortstaxe beträgt 3,2 Prozent des Unterkunftsentgelts."),
    ("https://www.jma.go.jp/bosai/forecast/#area_type=offices&area_code=260000", "気象庁", "京都府の天気予報",
     "今日 くもり 時々 雨 · 最高 35℃"),
    ("https://en.vedur.is/weather/forecasts/areas/#type=wind", "Veðurstofa Íslands", "Weather forecast – wind",
     "Gale warning (yellow) for the south coast"),
    ("https://www.opentable.com/r/halvard-rooftop-cape-town?corrid=5b1e&avt=eyJ2IjoyfQ&p=2&sd=2024-08-10T19%3A00%3A00",
     "OpenTable", "Halvard Rooftop – Cape Town", "Book a table · 2 people · Sat 10 Aug, 19:00"),
    ("https://app.mews.com/Commander/8a1f/Reservation/Detail?id=c7e2f1a0-51b4-4e0b-9d3c-2f61aa0b9e17",
     "Mews", "Reservation HX-88213-B", None),
]
LINKS = [u[0] for u in UNFURLS] + [
    "https://www.booking.com/hotel/pt/halvard-chiado.en-gb.html?checkin=2024-08-09&checkout=2024-08-12"
    "&group_adults=2&no_rooms=1&selected_currency=EUR",
    "https://www.cdmx.gob.mx/portal/articulo/impuesto-sobre-hospedaje",
    "https://www.metoffice.gov.uk/weather/forecast/gcvwr3zrw#?date=2024-08-10",
    "https://halvardhotels.sharepoint.com/sites/FrontOffice/Shared%20Documents/SOP/Late%20Checkout%20Policy.docx"
    "?web=1",
    "https://wa.me/27215550163?text=Hi%20from%20Halvard%20Waterfront",
]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %PLACE% tomorrow", "weather in %PLACE% this weekend", "weather %ADDR%",
    "weather for the transfer to %PLACE% %WHEN%", "weather %PLACE% %EMOJI%", "weather", "wether %PLACE%",
    "weatehr %PLACE%", "weather %PLACE%?", "Weather %HOTELNAME% rooftop tonight", "weather %PLACE% pls",
    "is it going to rain in %PLACE% %WHEN%?", "weather at %HOTELADDR%", "weather %PLACE% — pool deck open?",
    "remember location %HOTELADDR%", "remember location %HOTELNAME%", "remember location %PLACE%",
    "remember location %HOTELNAME%, %HOTELADDR%", "my location", "forget location", "help", "config",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%",
    "config units metric", "config units imperial", "alerts on", "alerts off", "alerts", "login", "forget me",
    "bom dia Jeeves ☀️", "thanks!", "obrigada", "danke!", "ありがとう", "what can you do?", "help me",
    "config alert_time 5.45", "config timezone Lisbon", "weather EDI & KEF",
    "remember location Marks & Spencer, Princes St",
]
CHAT = [
    "%GUEST% (%REF%) arriving %WHEN% on %FLIGHT%, room %ROOM% blocked, rate %RATE% %EMOJI%",
    "VIP arrival %WHEN%: %GUEST%, %ROOM%. Note: %NOTE%",
    "%WHO% can you pre-register %REF%? Guest is %GUEST%, paid via %OTA%",
    "housekeeping: %ROOM% is OOO (leaking AC), moving %GUEST% to %ROOM% — same category, no charge",
    "%ROOM% dirty/vacant, %ROOM% inspected ✅, %ROOM% DND since 09:00 🚫",
    "no-show %REF% (%OTAREF%) — charge per policy: %POLICY%",
    "Guest in %ROOM% disputes %CHARGE%. Says they never opened the minibar 🙄",
    "Post to %ROOM%: %CHARGE%",
    "Rate check: we're at %PRICE% %RATE% vs comp set avg %PRICE% for Saturday. Close out %RATE%?",
    "%OTA% overbooking again 😤 3 rooms over for tonight, walking 2 to our sister hotel",
    "Reminder: city tax is NOT included in %OTA% prices, please collect at check-in",
    "allergy alert for %ROOM%: %NOTE%. Kitchen + in-room dining informed",
    "Can someone send the folio for %REF% to the company? Invoice details: %INVOICE%",
    "Lost & found: black Samsonite carry-on, tag \"M. Ōtsuka\", found in %ROOM% after c/o. Log #LF-2024-0812",
    "taxi for %GUEST% %WHEN% to the airport (%FLIGHT%), 4 pax + 6 bags → need a van 🚐",
    "%WHO% the group GRP-WEDD0817 rooming list v3 has 2 names missing, chasing the planner (%PHONE%)",
    "Early check-in request for %REF%: %WHEN% — can we do it? Occupancy 97% last night",
    "Upgrade approved: %GUEST% from DLX to %ROOM% (complimentary, VIP2)",
    "Complaint %ROOM%: noise from the bar until 1am. Offered 20% off tonight + late c/o 13:00",
    "Night audit done, occ 94.3%, ADR %PRICE%, RevPAR %PRICE%. 2 no-shows, 1 walk-in",
    "cancellation policy for %RATE%: %POLICY%",
    "Guest asks if the rooftop pool is open %WHEN%. Depends on the weather I guess ⛅",
    "maintenance ticket #4471: %ROOM% shower drain blocked, plumber ETA 30 min",
    "Baggage hold: 3 pcs for %GUEST%, tags 118–120, collecting %WHEN%",
    "%GUEST% wants to extend 2 nights, %RATE% no longer available — quote %PRICE% BAR?",
    "deposit for %REF% failed (card declined, code 05). Sent a pay-by-link",
    "Bom dia! Chegada de %GUEST% %WHEN%, quarto %ROOM%. Nota: %NOTE%",
    "Check-in %GUEST% hoje, pagou pelo %OTA% (%OTAREF%). Taxa turística por cobrar!",
    "Anreise %GUEST% %WHEN%, Zimmer %ROOM%, Rate %RATE%. Bitte Frühstück inkludieren.",
    "Zimmer %ROOM% ist noch nicht fertig, Gast wartet in der Lobby ☕",
    "本日のVIP: %GUEST%、%ROOM%号室、%WHEN%到着予定です。",
    "清掃完了: %ROOM%、%ROOM%。%ROOM%はDNDのため未清掃です。",
    "Llegada de %GUEST% %WHEN%, habitación %ROOM%. Tarifa %RATE%, pago en recepción.",
    "El huésped de la %ROOM% pide toallas extra y una almohada más firme 🙏",
    "Gestur %GUEST% kemur %WHEN%, herbergi %ROOM%. Norðurljósaferð kl. 21:00 ef veður leyfir 🌌",
    "Die Gruppe (24 Zi.) kommt mit dem Bus um 16 Uhr — Schlüsselkarten vorbereiten bitte",
    "الضيف %GUEST% يصل %WHEN%، الغرفة %ROOM%. ملاحظة: %NOTE%",
    "Гость %GUEST% приезжает %WHEN%, номер %ROOM%. Просит трансфер из аэропорта.",
    "客人%GUEST%预计%WHEN%到达，房间%ROOM%，需要无烟房。",
    "손님 %GUEST% 체크인 %WHEN%, 객실 %ROOM%",
    "Ngiyabonga Sipho for covering the night shift 🙏",
    "האורח %GUEST% מבקש צ'ק-אאוט מאוחר בחדר %ROOM%",
    "Ο πελάτης στο %ROOM% ζητά επιπλέον πετσέτες",
    "ok", "👍", "on it", "done ✅", "sorry wrong channel", "brb, walk-in at the desk",
    "running 10 min late, the 44 bus is stuck on Princes St 🙈", "tmrw's arrivals list is in the drive",
    "who has the master key for 3F? it's not in the key box",
    "lift 2 out of order again, engineer coming %WHEN%",
    "pls chekc the recieved deposits for %OTA% bookings before 10",
    "The guest said \"we'll be back next year, it's our 10th anniversary!\" 🥰",
    "RevPAR = rooms revenue / rooms available → €48,212 / 312 = €154.53 (+6.1% vs LY)",
    "pickup formula in the sheet: `=SUMIFS(Rooms!D:D,Rooms!B:B,\">=\"&TODAY(),Rooms!F:F,\"OTB\")`",
    "Occ% = 294/312 = 94.2%; ADR = €45,310 / 294 = €154.12",
    "Forecast for next week looks soft (71% Tue–Wed). Open up %RATE% on %OTA%?",
    "Turndown tonight: 38 rooms, chocolates + weather card for tomorrow (Jeeves pls)",
    "FYI: fire alarm test at 11:00, tell guests at check-in. No evacuation needed",
    "%ROOM%: guest left 1x phone charger (USB-C) + reading glasses → L&F shelf B",
    "transfer %FLIGHT% delayed, driver waiting at arrivals with the name board \"%GUEST%\"",
    "Folio %REF% → %INVOICE%",
    "Guest wants an invoice in the company name: Acme Logística, Lda., NIF PT 509 123 456",
    "Kyoto: 台風 warning for tomorrow, maybe move the tea ceremony indoors?",
    "Dubai: 46°C at 2pm, pool attendants need more water breaks 🥵",
    "Cape Town: load-shedding stage 2 16:00–18:30, generator tested OK",
    "Reykjavík: aurora forecast KP 4 tonight, wake-up list for the lobby has 19 rooms",
    "CDMX: marcha on Reforma today, transfers from AICM take +45 min",
    "Edinburgh: Fringe week, every room sold, no late c/o past 12:00 please",
    "%WHO% %WHO% see thread re: %REF% 👀",
    "can we do a 3-way split on %REF%? room to company, F&B to guest, parking to the PA",
    "Housekeeping board 3F:\n```\n301 VD  302 VC  303 OD  304 OOO\n305 VD  306 DND 307 OC  308 VI\n```",
    "Arrivals by hour (today)\n```\n12-14  18\n14-16  42\n16-18  61\n18-20  27\n20+    12\n```",
    "*Shift handover*\n• %ROOM%: %NOTE%\n• %REF% paid, key x2\n• safe deposit box #14 opened 23:10 by guest",
    "> %POLICY%\n\nGuest says %OTA% showed free cancellation. Screenshot? %WHO%",
    "_Quick numbers_ — Chiado 96% · Old Town 100% · am Ring 88% · Gion 91% · Roma Norte 79%",
    "1) key cards for %ROOM%\n2) welcome amenity (%NOTE%)\n3) print reg card\n4) call %GUEST% re %WHEN%",
]
LONG_MESSAGES = [
    "Hi all,\n\nforwarding from the wedding planner:\n\n> Dear Halvard team,\n> The couple would like the rooftop "
    "for photos %WHEN% (weather permitting). Could you confirm the %RATE% block of 18 rooms and the late "
    "check-out on Sunday?\n> Kind regards, Marta\n\n%WHO% can you reply? Policy: %POLICY%",
    "*Night audit summary — %HOTELNAME%*\n1. Occupancy 94.3% (294/312)\n2. ADR %PRICE%, RevPAR %PRICE%\n"
    "3. No-shows: %REF%, %REF% (charged per %RATE% policy)\n4. Walk-ins: 1 (%PRICE% BAR)\n5. Open folios: 3\n\n"
    ":bellhop_bell: :bed:",
    "Guest feedback (%OTA%, 6/10):\n\"Room %ROOM% was clean but the AC was noisy and nobody told us about the "
    "city tax. Breakfast great, staff lovely.\"\n\nAction: maintenance checked AC, reply drafted, offered 10% off "
    "next stay (code RETURN10).",
    "-------- Forwarded message --------\nFrom: Reservations <res@acme-logistica.pt>\nDate: Thu, 8 Aug 2024 "
    "17:02\nSubject: RE: %REF% – invoice\n\nPlease re-issue the invoice with our VAT number (PT 509 123 456) and "
    "split: %INVOICE%\n\nObrigado!",
    "Weekly front office checklist ✅\n- [x] cash float counted (€500)\n- [ ] update %OTA% photos\n- [ ] allergy "
    "register signed by all new staff\n- [ ] chase %REF% balance (%PRICE%)\n- [x] key card encoder firmware\n\n"
    "_tick as you go_ 🙏",
    "Pickup vs last year (Aug, Chiado)\n```\n           OTB   LY    Δ\nRooms     8,412 7,960 +452\n"
    "ADR       €182  €171  +6.4%\nRevPAR    €165  €149  +10.7%\n```\nStrong, but the 20th–22nd is still soft.",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    HELP_REPLY,
    "Got it, I will remember Lisboa, Portugal.", "Got it, I will remember Edinburgh, United Kingdom.",
    "Your location is Wien, Austria.", "Your location is Kyoto, Japan.", "Done, I forgot your location.",
    "I do not know your location yet. Tell me with `remember location <place>`.",
    "Daily weather alerts are on, every day at 06:30 (Europe/Lisbon).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201cthe rooftop\u201d.",
    "Lisboa, Portugal: clear sky, 27°C, wind 18 km/h; today 19°C to 31°C, 0% chance of precipitation",
    "Edinburgh, United Kingdom: light drizzle, 14°C, wind 26 km/h; today 11°C to 17°C, 70% chance of precipitation",
    "Kyoto, Japan: overcast, 33°C, wind 9 km/h; today 27°C to 36°C, 40% chance of precipitation",
    "Dubai, United Arab Emirates: sunny, 41°C, wind 14 km/h; today 33°C to 45°C, 0% chance of precipitation",
    "Reykjavík, Iceland: moderate rain, 11°C, wind 38 km/h; today 9°C to 13°C, 90% chance of precipitation",
    "Cape Town, South Africa: partly cloudy, 16°C, wind 31 km/h; today 9°C to 18°C, 20% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:30\n• alerts: on\n• timezone: Atlantic/Reykjavik\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
WEATHER_REPLIES = [
    "%PLACE%: light rain, 15°C, wind 24 km/h; today 12°C to 18°C, 80% chance of precipitation",
    "%PLACE%: clear sky, 29°C, wind 11 km/h; today 21°C to 32°C, 0% chance of precipitation",
]
SEARCH_Q = ["Carvalho", "ines", "@halvardhotels.com", "U04FD2K7Q", TEAM, "Sigurðardóttir", "o'hara",
            "García-Robles", "night audit", "lisboa", "kyoto", "anna-lena", "Ó Briain", "van der berg",
            "al-mansoori", "trần", PARTNER_TEAM, "fraser", "concierge", "thandeka.dlamini@halvardhotels.com",
            "Yılmaz", "d'costa", "jose luis", "guðrún", "front office"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "feature.set", "feature.remove_override",
           "admin.login", "login.slack", "admin.map_slack", "admin.unmap_slack", "account.totp_enable",
           "user.forget_me", "failed", "2024-08-08", "opera-cloud-sync", "weather", "night.audit", PARTNER_TEAM]
ADMINS = ["it.ops", "ines.carvalho", "gm-chiado", "callum.fraser", "break-glass", "revenue.admin"]
CLIENT_DESCRIPTIONS = [
    ("opera-cloud-sync", "Opera Cloud PMS → Jeeves users (names, e-mails); every 15 min, read-only"),
    ("siteminder-bridge", "SiteMinder channel manager: weather notes on arrival reports (Chiado, Old Town)"),
    ("revenue.ideas", "IDeaS G3 RMS: reads usage stats for the weekly revenue call"),
    ("hk-optii", "Optii housekeeping app — rota reminders with the morning weather"),
    ("powerbi-revenue", "Power BI: occupancy × weather dashboard for the 8 properties"),
    ("guest-wifi-portal", "Captive portal (Wien, Gion): reads switches only"),
    ("ci-gitlab", "GitLab CI smoke test after deploy (read)"),
    ("night-audit-bot", "Night audit report bot, 03:00 local per property; owner: Callum Fraser"),
    ("concierge-kiosk", "Lobby kiosk \"What's the weather?\" — Reykjavík & Cape Town"),
    ("data-lake-export", "Nightly export to Snowflake (schema HV_OPS), owner: revenue team"),
    ("kyoto:mgmt", "京都 管理会社 (management company) read-only access"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36 Edg/127.0.2651.86",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 "
    "Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.64 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Pixel 6a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.103 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.08.10",
]
LANGS = ["pt-PT,pt;q=0.9,en;q=0.8", "en-GB,en;q=0.9", "de-AT,de;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9,en-US;q=0.8",
         "ar-AE,ar;q=0.9,en;q=0.8", "en-ZA,en;q=0.9,af;q=0.8", "es-MX,es;q=0.9,en;q=0.8", "is-IS,is;q=0.9,en;q=0.7",
         "en-US,en;q=0.9", "fr-FR,fr;q=0.9,en;q=0.7", "zh-CN,zh;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.9.1", "Go-http-client/1.1", "okhttp/4.12.0",
              "Apache-HttpClient/4.5.14 (Java/17.0.11)", "axios/1.7.3", "node-fetch/1.0 (+https://github.com/bitinn/"
              "node-fetch)", "PowerBI/2.131 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "PostmanRuntime/7.40.0", "Dart/3.4 (dart:io)", "gitlab-runner 17.2.1 (17-2-stable; go1.22.5; "
              "linux/amd64)", "Mozilla/5.0 (Windows NT; Windows NT 10.0; pt-PT) WindowsPowerShell/5.1.22621.3958"]
API_CLIENTS = ["opera-cloud-sync", "siteminder-bridge", "revenue.ideas", "hk-optii", "powerbi-revenue",
               "night-audit-bot", "data-lake-export", "jeeves-worker", "kyoto:mgmt"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0", "curl/8.9.1",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "Datadog/Synthetics",
              "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"]
META_UAS = ["PyJWT/2.9.0", "Go-http-client/2.0", "Nimbus-JOSE-JWT/9.40", "Java-http-client/17.0.11", "Authlib/1.3.1",
            "python-requests/2.32.3", "okhttp/4.12.0", "lua-resty-http/0.17.2", "openapi-generator/7.8.0"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled",
               "/admin/users?done=user_updated&q=lisboa&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/audit?q=user.forget_me",
              "/admin/users?q=gu%C3%B0r%C3%BAn", "/admin/clients"]
PHRASE_WORDS = ["lobby", "turndown", "concierge", "bellhop", "minibar", "suite", "atrium", "chiado", "aurora",
                "gion", "harbour", "keycard"]
PATCH_NAMES = ["Inês Carvalho (Front Office Mgr, Chiado)", "Kenji Morimoto 森本健二", "Ólafur Þór Jónsson",
               "Thandeka Dlamini – Night Manager", "Callum Fraser | Old Town", "Ximena García-Robles",
               "Anna-Lena Hofbauer (Rezeption)", "Rashid Al-Mansoori, Guest Relations", "Priya Iyer (Revenue)",
               "Eilidh O'Hara", "Trần Thị Mai – Housekeeping", "José Luis Hernández"]
UNTIL = ["2024-08-09T06:00:00Z", "2024-08-09", "2024-08-09T07:00:00+01:00", "2024-08-08T23:59:59Z"]


def ascii_fold(text: str) -> str:
    """A name as a Slack handle or e-mail writes it: accents dropped, lower case, letters and digits only."""
    plain = unicodedata.normalize("NFKD", text.replace("ð", "d").replace("Þ", "Th").replace("ı", "i"))
    return "".join(c for c in plain.encode("ascii", "ignore").decode().lower() if c.isalnum())


class HotelGroup(EvaluatorDay):
    """Halvard Hotels: its staff and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "hV3nQ8rTzK2mWp6YsL9aBd4x"
    base = BASE
    ts_window = (0, 14 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 6, 7, 7, 8, 14, 22), ("00", "15", "30", "45", "10")
    iat_window = (0, 40000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 40000), 38, 0.18, 32
    blocks_rate, thread_rate = 0.78, 0.25
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.18, 0.05, 0.35
    xff_rate, xff = 0.04, ("10.40.2.17", "192.168.10.23", "10.8.1.5, 172.16.3.40")
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip")
    trace_rate, request_id_rate = 0.2, 0.12
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.2, ("jeeves", "jeeves", "tokendealer")
    verify_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas, meta_browser_rate = META_UAS, 0.05
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, "halvard-gion", 8, 0.25
    button_places = PLACES + ADDRESSES + [h[0] for h in HOTELS]
    weather_replies = WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.5
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.15
    me_places = PLACES + ADDRESSES + [h[1] for h in HOTELS] + [h[0] for h in HOTELS]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "t05hvkyoto", "")
    admin_rolls = (0.22, 0.33, 0.5, 0.6, 0.68, 0.77, 0.87, 0.93)
    audit_page, css_modified = (2, 9), (0.3, "Thu, 08 Aug 2024 21:14:09 GMT")
    # the data API
    api_rolls, patch_rolls = (0.3, 0.47, 0.7, 0.86, 0.93), (0.25, 0.42, 0.7, 0.82, 0.93)
    limits, offsets = ("25", "50", "100", "200", "500"), (0, 25, 50, 100, 200, 300)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8")
    usage_days, until_choices = (1, 8), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|link", "|extranet", "|here", "|booking")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.24, 0.07, 0.66, 0.45
    mention_leads = ("", "hey ", "cc ", "ok ", "morning ")
    edit_suffixes = (" (edit: 1207 not 1027)", " *", " — sorry, ETA changed", "", " ✅")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.55, 0.12
    files, file_types = FILES, FILE_TYPES
    file_notes = ("", "arrivals for today", "%ROOM% — see photo", "folio for %REF%", "rooming list (v3) 🙏",
                  "night audit, all balanced", "%HOTELNAME% board", "can you remember this location? %HOTELADDR%")
    file_editable = ("xlsx", "docx", "csv")
    unfurl_leads = ("", "weather for this?", "guest sent this", "fyi", "is this right?")
    unfurl_spaced = True
    bot_replies, bot_updated_days = BOT_REPLIES, 31
    fill_pools = {"%INVOICE%": INVOICES, "%POLICY%": POLICIES, "%NOTE%": NOTES, "%CHARGE%": CHARGES,
                  "%GUEST%": GUESTS, "%ROOM%": ROOMS, "%RATE%": RATES, "%PRICE%": PRICES, "%OTAREF%": OTA_REFS,
                  "%OTA%": OTAS, "%WHEN%": WHEN, "%FLIGHT%": FLIGHTS, "%PLACE%": PLACES, "%ADDR%": ADDRESSES,
                  "%HOTELNAME%": [h[0] for h in HOTELS], "%HOTELADDR%": [h[1] for h in HOTELS],
                  "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            handle = f"{ascii_fold(first) or 'staff'}.{ascii_fold(last) or 'x'}"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": handle + (str(i) if i % 11 == 0 else ""),
                                "email": f"{handle}@halvardhotels.com", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "fo-lisboa", "fo-edinburgh", "rezeption-wien", "kyoto-frontdesk", "dubai-guest-relations",
            "capetown-fo", "cdmx-recepcion", "reykjavik-desk", "reservations", "revenue", "night-audit",
            "vip-arrivals", "groups-and-events", "housekeeping", "maintenance", "concierge", "ota-connectivity",
            "lost-and-found", "general", "random")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts and the App Home view ------------------------------------------------------------------------
    def booking_ref(self) -> str:
        """A booking reference as the PMS prints it (HX-88213-B), now and then typed without its dashes."""
        number, letter = self.rng.randint(10000, 99999), self.pick("ABCDEFGHJKLMNPRSTUVWXYZ")
        if self.chance(0.15):
            return self.pick([f"HX{number}{letter}", f"hx-{number}-{letter.lower()}", f"HX {number} {letter}"])
        return f"HX-{number}-{letter}"

    def fill_makers(self) -> dict[str, Callable[[], str]]:
        return {"%REF%": self.booking_ref, "%HHMM%": self.hhmm}

    def home_view(self, team: str) -> dict[str, Any]:
        hotel = self.pick(HOTELS)
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9),
                "app_id": APP_ID, "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title"},
                "blocks": [{"type": "header", "block_id": self.block_id(),
                            "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                           {"type": "section", "block_id": self.block_id(),
                            "text": {"type": "mrkdwn", "text": f"*Location:* {hotel[1]}\n*Units:* metric\n"
                                     f"*Daily alert:* on at {self.hhmm()} ({self.pick(TIMEZONES)})"}}]}

    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        link, service, title, text = self.pick(UNFURLS)
        return link, (service, title, text)

    def unfurl_card(self, link: str, seen: tuple[str, ...]) -> dict[str, Any]:
        service, title, text = seen
        return self.unfurl_attachment(link, service, title, text)

    # ---- its browsers' cookies, its scripts' dates -----------------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("OptanonAlertBoxClosed", "2024-07-22T08:14:51.033Z"))
        if self.chance(0.08):
            jar.append(("_clck", f"{self.rng.randint(10**6, 10**7)}%7C2%7Cfo3%7C0%7C1665"))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-08-{day:02d}T00:00:00Z", f"2024-08-{day:02d}", f"2024-08-{day:02d}T06:00:00+01:00",
                f"2024-07-{day + 20:02d}T00:00:00Z", f"2024-08-{day:02d}T00:00:00.000Z",
                f"2024-08-{day:02d}T03:00:00+09:00"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 300), ("slack_mention", 170), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 110), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 28),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The hotel group's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(HotelGroup(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
