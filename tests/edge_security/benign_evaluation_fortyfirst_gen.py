"""Benign evaluation set (fortyfirst): a real-estate agency's ordinary traffic through the edge, benign only.

The company is Keystone & Rowe, a residential sales and lettings agency with branches in London, Hove, Dublin,
Lisbon, Berlin and Brooklyn. Its negotiators, lettings managers, surveyors and back office use Jeeves mostly to
check the weather before viewings, open houses, roof surveys and key handovers, and they talk to it the way they
talk to each other: addresses of every format (flat numbers, #, ½, bis, floors), asking prices and rents in many
currencies, square metres and feet, MLS and portal ids, viewing times, tenants' and landlords' names, lease
clauses quoted word for word, mortgage rates, floor-plan file names, postcode searches and long portal links.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash commands,
block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users list/read/
patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links, TokenDealer
(token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
SlackDay.shared_file from the shared modules.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, slack_escape

NAME = "evaluation_fortyfirst"
SEED = 41_2024_0718
EPOCH = 1721293200  # 2024-07-18 09:00 UTC, a Thursday: viewings all day, a Saturday open house ahead
TEAM, TEAM_DOMAIN = "T04KRPROPS", "keystone-rowe"
PARTNER_TEAM = "T07LETTSIE"  # the Dublin lettings workspace, a separate Slack team
APP_ID, BOT_USER, BOT_ID = "A06JVSKR01", "U06JEEVES9", "B06JEEVES2"
HOST = "jeeves.keystonerowe.com"
BASE = f"https://{HOST}"

FIRST = ["Siobhán", "Rory", "Priyanka", "Tariq", "Małgorzata", "Joaquín", "Aisling", "Kwame", "Sun-hee", "Björn",
         "Amélie", "Dov", "Layla", "Nnamdi", "Inês", "Yuki", "Ekaterina", "Hamish", "Maëlle", "Giorgos", "Mehmet",
         "Thandiwe", "Cormac", "Renée", "Zara", "Oisín", "Chidi", "Ana-Maria", "Jean-Baptiste", "Mary-Kate",
         "Fionnuala", "Raj", "Beatriz", "Lukas", "Noor", "Tomasz", "Chloë", "Declan", "Mei-Ling", "Olufemi"]
LAST = ["O'Donnell", "D'Souza", "Fitzgerald-Hughes", "McKenzie", "Al-Hashimi", "Nakamura", "Wójcik", "Ní Bhriain",
        "van Dijk", "de la Cruz", "Ben-David", "Okonkwo", "Papadakis", "Lindqvist", "Ferreira", "Dubois-Martin",
        "Kaur", "Ó Ceallaigh", "St. Clair", "Mbeki", "Huang", "Ivanov", "Rahman", "Sørensen", "Abu-Zayd",
        "O'Sullivan", "MacGregor", "Gonçalves", "Schäfer", "Rowe", "Keystone-Barnes", "d'Arcy"]
# Tenants, landlords, buyers and vendors as the negotiators name them.
CLIENTS = ["Mr & Mrs O'Neill", "Ciara O'Neill", "Dr. Aurelio Bianchi-Russo", "the Nakamuras", "Mrs. Henrietta "
           "Fairweather-Lyle", "Kofi & Abena Mensah", "Père Lachaise Holdings SARL", "Zhang Wei (张伟)",
           "Olga Petrova (Ольга Петрова)", "Yosef & Miriam Levi", "Ahmed Al-Farsi", "Seán Mac Giolla Phádraig",
           "Jürgen Weiß", "Ms D'Amato", "Lord & Lady Ashcombe", "Bea Ruiz-Tagle", "Moriarty Family Trust",
           "Chiara & Luca Esposito", "Mr J. P. Van der Merwe", "Ananya Iyer", "Grünewald Immobilien GmbH",
           "Oyelaran-Smith", "María José Núñez", "Hélène Beaumont-Lévesque"]
BRANCHES = [("Hove", "14 Church Rd, Hove BN3 2FL"), ("Belsize Park", "61 Haverstock Hill, London NW3 4SL"),
            ("Shoreditch", "Unit 2, 118 Curtain Rd, London EC2A 3AY"), ("Dublin 2", "7 Harcourt St, Dublin 2"),
            ("Lisboa", "Rua Garrett 19, 1200-203 Lisboa"), ("Berlin", "Kastanienallee 33, 10435 Berlin"),
            ("Brooklyn", "312 7th Ave, Brooklyn, NY 11215")]
ADDRESSES = [
    "Flat 3, 27 Belsize Park Gardens, London NW3 4JH", "14½ Rue des Lilas, 75019 Paris",
    "Apt #4B, 221 Maple Ave, Brooklyn, NY 11215", "Unit 2107, 1420 N Lake Shore Dr, Chicago, IL 60610",
    "12a Harcourt Terrace, Dublin 2, D02 X285", "Calle de Serrano 41, 3º Izq., 28001 Madrid",
    "Hauptstraße 12a, 2. OG links, 10827 Berlin", "Rua da Rosa 88, 2.º Dto, 1200-385 Lisboa",
    "Ground Floor Flat, 9 Royal Crescent, Bath BA1 2LR", "Maisonette B, 44-46 Leith Walk, Edinburgh EH6 5HB",
    "5/17 Bondi Rd, Bondi NSW 2026", "東京都港区六本木6-10-1 42F", "Keizersgracht 123-II, 1015 CJ Amsterdam",
    "Plot 7, Meadowview Close, Harrogate HG2 9QT", "The Old Rectory, Church Lane, Stow-on-the-Wold GL54 1AA",
    "3 bis, avenue Foch, 69006 Lyon", "Penthouse, 1 Canada Square, London E14 5AB", "Studio 5, 88 Wood Lane, W12",
    "Apt. 5½, 4321 Rue Saint-Denis, Montréal QC H2J 2L1", "Via dei Coronari 45, int. 7, 00186 Roma",
    "ul. Marszałkowska 84/92 m. 115, 00-514 Warszawa", "Carrer de Mallorca 401, 4t 2a, 08013 Barcelona",
    "Mariahilfer Straße 77/14, 1060 Wien", "Nørrebrogade 52, 3. th., 2200 København N",
    "Princess Tower, Apt 5203, Dubai Marina", "Flat 12, Block C, 8 Austin Rd, Tsim Sha Tsui, Kowloon",
    "서울특별시 강남구 테헤란로 152, 1203호", "רחוב דיזנגוף 99, דירה 12, תל אביב", "دبي مارينا، برج الأميرة، شقة 5203",
    "Москва, ул. Тверская, д. 7, кв. 12", "2/F, 18 Wyndham St, Central, Hong Kong",
    "Cottage 2, Mill Farm, Bourton-on-the-Water GL54 2BY", "1½ Kingsway, Hove BN3 2FS",
    "#12-04 The Sail @ Marina Bay, Singapore 018987", "Unit 3/12 St Kilda Rd, St Kilda VIC 3182",
    "Flat 9 (top floor), 2 Adelaide Crescent, Hove BN3 2JD", "22 Earl's Court Square, Flat C, London SW5 9DN",
    "Rua Garrett 19, 3.º Esq., 1200-203 Lisboa", "Kastanienallee 33, Hinterhaus, 3. OG, 10435 Berlin",
    "40 O'Connell St Upper, Apt 6, Dublin 1, D01 E7W2", "96 Bedford Ave, Apt 3R, Brooklyn, NY 11249",
    "Basement flat, 17 St John's Wood Terrace, NW8", "Lot 14, 37 O'Connell St, Sydney NSW 2000",
]
PLACES = ["Hove", "Brighton", "Belsize Park", "Shoreditch", "Notting Hill", "Ballsbridge", "Le Marais",
          "Prenzlauer Berg", "Chiado", "Williamsburg", "Harrogate", "Stow-on-the-Wold", "Bray", "Dún Laoghaire",
          "Saint-Germain-en-Laye", "King's Cross", "Earl's Court", "St John's Wood", "Bishop's Stortford",
          "Newcastle upon Tyne", "Weston-super-Mare", "Clerkenwell", "Lisboa", "Cascais", "Sintra", "Dublin",
          "Howth", "Brooklyn", "Park Slope", "Berlin-Mitte", "Potsdam", "Lewes", "Rottingdean", "Shoreham-by-Sea",
          "Montréal", "Zürich", "Kraków", "Αθήνα", "İstanbul", "München", "Málaga", "Marbella", "Porto",
          "NW3 4JH", "BN3 2FL", "EC2A 3AY", "D02 X285", "1200-203", "10435", "11215", "EH6 5HB", "SW11",
          "51.5501, -0.1743", "50.8279,-0.1688", "38.7107° N, 9.1420° W"]
TIMEZONES = ["Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Berlin", "Europe/Paris", "Europe/Madrid",
             "America/New_York", "America/Chicago", "Asia/Dubai", "Asia/Hong_Kong", "Australia/Sydney",
             "Asia/Singapore", "Europe/Zurich", "America/Toronto", "UTC", "Europe/Warsaw", "Asia/Tokyo"]
PRICES = ["£1,150,000", "£1.15m", "€450.000", "€ 1 250 000", "$649,000", "$2,950/mo", "£1,850 pcm", "CHF 2'350.–",
          "AED 3.2M", "¥128,000,000", "offers over £425k", "OIEO £575,000", "guide price £2.4m", "€1.850/mês",
          "£395 pw", "$1.2M", "€ 2.100 kalt + 350 NK", "£2,100 pcm (bills excl.)", "£725k", "R$ 1.450.000,00"]
SIZES = ["1,450 sq ft (134.7 m²)", "86 m²", "72m2", "920 ft²", "3.5 acres", "0.21 ha", "1 200 pi²", "58 sqm",
         "2,300 sq. ft", "112 m² (1,206 sq ft)", "45,5 m²", "6.2m x 4.1m", "14'3\" x 11'8\" (4.34m x 3.56m)"]
LISTING_IDS = ["MLS# 21-448392", "MLS #RX-10987654", "ML81934512", "Rightmove ID 148392011", "Ref: KRP-LDN-004417",
               "KRP-HOV-2291", "Daft ID 5738291", "Zoopla 67219834", "ImmoScout 147258369", "idealista 103847261",
               "MLS® #H6291045", "REF. KRP/LIS/0788", "listing #A-3317", "OLR-2024-118"]
WHEN = ["Sat 11:00–11:30", "tomorrow at 5:30pm", "10/07 at 14h30", "Thu 18 Jul, 9.15am", "2024-07-20T10:00+01:00",
        "at 1400hrs", "between 12 and 12:45", "Saturday 20th from 11am (open house)", "18.07.2024 um 17 Uhr",
        "sábado às 10h", "7/20 @ 2pm", "today 16:15 BST", "Mon 22/7 8:00", "noon", "after 6 pm", "3-4pm"]
RATES = ["4.25% APR", "5.19% fixed 2yr (LTV 75%)", "SONIA + 1.2%", "6.875% 30-yr fixed", "3,85 % Sollzins",
         "Euribor 12M + 0,99%", "4.09% 5yr fix, £999 fee", "7.1% APRC", "3.5% TAEG", "4.45% tracker (BoE + 0.2%)"]
FLOORPLANS = ["FP_Unit-12B_rev3 (final).pdf", "floorplan_27BelsizeParkGdns_Flat3.png", "Plan-RDC+1er_14bis.dwg",
              "KRP-LDN-004417_floorplan_v2.jpg", "Grundriss_Hauptstr12a_2OG.pdf", "EPC_0390-2847-6310.pdf",
              "Title_NGL948271.pdf", "Lease_Flat3_AST_2024-25_signed.pdf", "Planta_T2_Chiado (1).pdf",
              "Inventory & Schedule of Condition - 1½ Kingsway.docx", "IMG_2291.HEIC", "site-plan_plot7.tif",
              "Fotos Wohnung #4 – Küche.zip", "Offer_Letter_O'Neill_£425k.pdf", "measured-survey_v1.1.xlsx"]
CLAUSES = [
    "Clause 7.2: \"The Tenant shall not assign, sublet, charge or part with possession of the Property or any part "
    "of it without the prior written consent of the Landlord (such consent not to be unreasonably withheld).\"",
    "§ 535 BGB: \"Der Mieter ist verpflichtet, dem Vermieter die vereinbarte Miete zu entrichten.\"",
    "\"Break clause: either party may terminate on or after month 6 by giving not less than two (2) months' "
    "written notice.\"",
    "Schedule 3, para 4(b) — \"the Landlord's fixtures & fittings listed in the Inventory\"",
    "Art. 1728 du Code civil : « le preneur est tenu d'user de la chose louée raisonnablement »",
    "cl. 12.1 \"Time is of the essence\" — buyer's solicitor wants it struck out",
    "Addendum A – Pets: one (1) cat permitted; £50/mo pet rent; professional clean at end of tenancy",
    "\"The deposit of £2,134.62 (five weeks' rent) will be protected with the DPS within 30 days.\"",
    "Section 8, Ground 8 — two months' arrears (£3,700) as at 01/07/2024",
    "Art. 1076.º CC: \"a renda deve ser paga no último dia de vigência do contrato anterior\"",
    "Rider §14(c): \"Tenant may not install a washer/dryer without Landlord's written consent.\"",
    "\"Subject to contract & survey (STC/S)\"",
]
PORTAL_LINKS = [
    "https://www.rightmove.co.uk/property-for-sale/find.html?locationIdentifier=REGION%5E87490&minBedrooms=2"
    "&maxPrice=900000&radius=0.5&propertyTypes=flat%2Cterraced&mustHave=garden&dontShow=retirement%2C"
    "sharedOwnership&furnishTypes=&keywords=",
    "https://www.rightmove.co.uk/properties/148392011#/?channel=RES_BUY",
    "https://www.zoopla.co.uk/to-rent/details/67219834/?search_identifier=4f2c9a1b7e&utm_source=alerts"
    "&utm_medium=email&utm_campaign=instant",
    "https://www.zillow.com/homedetails/221-Maple-Ave-APT-4B-Brooklyn-NY-11215/2077183945_zpid/",
    "https://www.zillow.com/brooklyn-new-york-ny/rentals/?searchQueryState=%7B%22pagination%22%3A%7B%7D%2C"
    "%22mapBounds%22%3A%7B%22west%22%3A-74.05%2C%22east%22%3A-73.86%7D%2C%22filterState%22%3A%7B%22price%22"
    "%3A%7B%22max%22%3A4500%7D%2C%22beds%22%3A%7B%22min%22%3A2%7D%7D%7D",
    "https://www.realtor.com/realestateandhomes-detail/1420-N-Lake-Shore-Dr-Apt-2107_Chicago_IL_60610_M83921-45012",
    "https://www.daft.ie/for-rent/apartment-12a-harcourt-terrace-dublin-2/5738291",
    "https://www.seloger.com/annonces/achat/appartement/paris-19eme-75/buttes-chaumont/214567893.htm?projects=2"
    "&types=1&price=NaN/800000&enterprise=0&qsVersion=1.0",
    "https://www.immobilienscout24.de/expose/147258369?referrer=RESULT_LIST_LISTING&searchId=8c1e6a0f-2d4b-3c7e"
    "-9a1f-5b6d7e8f9a0b&searchUrl=%2Fwohnung-mieten%2Fberlin%2Fberlin%2Fprenzlauer-berg&searchType=district",
    "https://www.idealista.com/inmueble/103847261/?xtmc=1_2_serrano&xts=582341",
    "https://www.funda.nl/koop/amsterdam/appartement-43128765-keizersgracht-123-ii/?navigateSource=resultlist",
    "https://www.domain.com.au/5-17-bondi-road-bondi-nsw-2026-2019283746",
    "https://www.google.com/maps/place/27+Belsize+Park+Gardens,+London+NW3+4JH/@51.5501,-0.1743,17z",
    "https://find-energy-certificate.service.gov.uk/energy-certificate/0390-2847-6310-2024-0511",
    "https://search-property-information.service.gov.uk/search/search-by-title-number?titleNumber=NGL948271",
    "https://keystonerowe.sharepoint.com/sites/Lettings/Shared%20Documents/Leases/2024/Flat3_27BPG_AST.pdf?web=1",
    "https://crm.keystonerowe.com:8443/deals/1298374?tab=offers&view=timeline",
    "https://intranet.keystonerowe.com:4443/rota/viewings?week=2024-W29&branch=hove&negotiator=all",
    "https://www.imovirtual.com/pt/anuncio/t2-chiado-ID1gXyZ.html?search%5Bfilter_float_price%3Ato%5D=650000",
    "https://streeteasy.com/building/96-bedford-avenue-brooklyn/3r?featured=1",
    "https://calendly.com/keystone-rowe-hove/viewing-30min?month=2024-07&date=2024-07-20",
    "https://www.bankofengland.co.uk/monetary-policy/the-interest-rate-bank-rate",
]
PHONES = ["+44 20 7946 0958", "(312) 555-0187", "+353 1 555 0142", "+33 1 42 68 53 00", "07700 900461",
          "+1-212-555-0199 ext. 204", "+971 4 555 0123", "+351 21 555 0177", "030 55501234", "+49 (0)30 5550-1234"]
EMOJI = [":house:", ":house_with_garden:", ":key:", ":white_check_mark:", ":umbrella:", ":sunny:", ":pray:",
         ":tada:", ":eyes:", ":moneybag:", ":raised_hands:", ":grimacing:", ":sweat_smile:", ":handshake:",
         "🏡", "🔑", "☔", "🌤️", "🎉", "😅", "🙏", "📐", "🏢", "🤞", "✅", "👀", "🇵🇹", "🇮🇪"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %ADDR%", "weather %PLACE%", "weather in %PLACE% tomorrow", "weather %PLACE% please",
    "weather for the viewing at %ADDR%", "weather %ADDR% %EMOJI%", "weather %PLACE% this weekend",
    "weather", "wether %PLACE%", "weather %PLACE%?", "Weather near %PLACE% this afternoon",
    "remember location %BRANCH%", "remember location %ADDR%", "remember location %PLACE%",
    "remember location Keystone & Rowe, %BRANCH%", "my location", "forget location", "help", "config",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%",
    "config units imperial", "config units metric", "alerts on", "alerts off", "login", "forget me",
    "is it going to rain at %ADDR% %WHEN%?", "hi jeeves 👋", "thanks!", "what can you do", "alerts",
    "weather %PLACE% - open house %WHEN%", "config alert_time 7.30", "config timezone London", "help me",
]
CHAT = [
    "viewing at %ADDR% confirmed for %WHEN% — tenant is %CLIENT%, keys in the branch safe %EMOJI%",
    "New instruction: %ADDR%, %SIZE%, %PRICE%. %LISTING%. Photos Tuesday if it's dry",
    "%WHO% can you do the 2nd viewing at %ADDR%? I'm stuck at completion in %PLACE%",
    "offer in on %LISTING%: %PRICE% from %CLIENT%, chain-free, mortgage AIP at %RATE%",
    "Reminder: EPC for %ADDR% expires next month — book the assessor (%PHONE%)",
    "landlord (%CLIENT%) asked about %CLAUSE%",
    "has anyone got the floor plan for %ADDR%? I only have %FP%",
    "Open house %WHEN% at %ADDR%. Need 2 people + the A-board + 40 brochures :house:",
    "Price reduced on %LISTING%: was %PRICE%, now %PRICE%. Portal updated: %LINK%",
    "Tenant at %ADDR% reports a leak under the bathroom sink. Contractor: Dave's Plumbing, %PHONE%",
    "mortgage broker says rates are %RATE% this week, 5yr fixes dropping",
    "client wants something like %LINK% but under %PRICE% and with outside space",
    "key handover %WHEN% — %CLIENT% will bring the signed AST + first month (%PRICE%)",
    "Surveyor's report: damp in the rear reception, 3 m² of replastering, approx £1,800 + VAT",
    "SSTC ✅ %LISTING% — %CLIENT% @ %PRICE%. Solicitors: Hart Brown LLP (buyer) / Blake-Morgan (vendor)",
    "%WHO% the Rightmove feed is showing %LISTING% twice?? %LINK%",
    "Fall-through on %ADDR% :grimacing: buyer's survey down-valued it by 8%",
    "Who has the keys for %ADDR%? Log says signed out to %WHO% on Tuesday",
    "inventory clerk booked for check-out at %ADDR% %WHEN%; deposit dispute likely re: carpet (cigarette burns)",
    "Bonjour ! La visite du %ADDR% est confirmée pour %WHEN%. Le propriétaire demande %PRICE%.",
    "Besichtigung %ADDR% %WHEN% — Mieter bitte vorher anrufen: %PHONE%",
    "Olá! A visita ao %ADDR% ficou para %WHEN%. Renda %PRICE%, caução 2 meses.",
    "Hola, la visita a %ADDR% es %WHEN%. Precio %PRICE%, comunidad 120 €/mes.",
    "お客様(%CLIENT%)の内見は%WHEN%です。物件: %ADDR%",
    "고객님 방문 일정: %WHEN%, 주소: %ADDR%",
    "Клиент %CLIENT% хочет посмотреть %ADDR% %WHEN%. Бюджет %PRICE%.",
    "הלקוח %CLIENT% מגיע לצפייה ב-%ADDR% %WHEN%",
    "العميل %CLIENT% يريد زيارة العقار %ADDR% %WHEN%. الميزانية %PRICE%",
    "客户%CLIENT%想看%ADDR%，时间%WHEN%，预算%PRICE%",
    "Αύριο %WHEN% επίσκεψη στο %ADDR%",
    "Stamp duty on %PRICE%: 0% to £250k, 5% £250,001–£925k, 10% to £1.5m → roughly £46,250 (not FTB)",
    "Commission calc for the board: `=IF(D4>=500000, D4*1.5%, D4*1.75%)` + VAT @ 20%",
    "`=PMT(4.25%/12, 25*12, -420000)` gives £2,275.31/mo — client thought it'd be under 2k 😬",
    "Rent roll formula: `=SUMIFS(Rent!E:E,Rent!B:B,\"Hove\",Rent!D:D,\">=\"&DATE(2024,7,1))`",
    "Use `=VLOOKUP(A2,'Rent Roll Q2'!A:F,6,FALSE)` for the arrears column, not the hard-coded numbers",
    "the sheet uses =QUERY(Listings!A:K,\"select A, C, F where F > 400000 and E = 'Let agreed' order by F desc\",1)"
    " — can someone check why Hove is missing?",
    "M = P·r(1+r)^n / ((1+r)^n − 1), r = 0.0425/12, n = 300 → £2,275/mo on £420k",
    "RESO query for the MLS export: `$filter=City eq 'Brooklyn' and ListPrice ge 600000 and BedroomsTotal ge 2"
    "&$orderby=ModificationTimestamp desc&$top=200`",
    "DMQL for the old RETS feed: (ListPrice=300000-450000),(Status=|A,P),(City=Chicago)",
    "CSV for the portal upload:\n```\nref,address,price,beds,baths,sqft\nKRP-HOV-2291,\"Flat 9, 2 Adelaide "
    "Crescent, Hove\",425000,2,1,780\nKRP-LDN-004417,\"Flat 3, 27 Belsize Park Gdns\",1150000,3,2,1450\n```",
    "rent roll export:\n```\nunit,tenant,rent_pcm,deposit,lease_end\n3B,\"O'Neill, Ciara\",1850.00,2134.62,"
    "2025-03-31\n4A,\"D'Amato, L\",2100.00,2423.07,2024-12-14\n```",
    "*Viewing feedback* (%ADDR%)\n• loved the light in the reception\n• kitchen \"a bit tired\"\n• worried about "
    "the service charge (£2,340 p.a.) & ground rent (£250 p.a.)\n• 2nd viewing %WHEN%",
    "> %CLAUSE%\n\nis this enforceable if the landlord never registered the deposit? asking for %CLIENT%",
    "_Weekly numbers_ — Hove: 14 viewings, 3 offers, 1 SSTC · Belsize: 9 / 2 / 2 · Lisboa: 11 / 1 / 0",
    "1) chase %CLIENT% for ID + proof of funds\n2) book EPC\n3) send %FP% to the photographer\n4) board up Fri",
    "%WHO% %WHO% please see thread re: %ADDR%",
    "lol the vendor wants %PRICE% for a %SIZE% studio",
    "sorry wrong chat",
    "ok", "👍", "on my way to %PLACE%", "running 10 min late to %ADDR%, traffic on the A23 🙈",
    "does anyone know the parking situation at %ADDR%? permit zone CA-H?",
    "gas safety cert (CP12) for %ADDR% done, uploaded as %FP%",
    "Deposit return: £2,134.62 − £180 cleaning − £95 key cutting = £1,859.62",
    "Section 21 served 01/05/2024, expires 01/07/2024 — tenant still in, next step is accelerated possession",
    "Service charge breakdown: buildings insurance £640, cleaning £410, lift £380, reserve fund 10%",
    "The lease has 84 years left, so < 80 soon → marriage value kicks in. Tell %CLIENT% to extend now",
    "agreed 6-month break clause, rent review at 12 months capped at CPI + 1% (max 5%)",
    "Zoom for the chain call: https://us02web.zoom.us/j/84512397210?pwd=dGhlLWNoYWluLWNhbGw",
    "printer in Hove is http://10.20.0.31:631/printers/Hove-Canon if your laptop lost it",
    "price per sq ft in NW3 is about £1,050–£1,250 now (Land Registry, last 12 months)",
    "Keys: 2x front door (Banham), 1x communal (fob #A-1147), 1x post box; alarm code given verbally",
    "the tenant said \"we'll be out by the 31st, promise\" 🤞",
    "New dev, 24 units: 6x 1-bed (540 sq ft) from £395k, 14x 2-bed (760 sq ft) from £525k, 4x PH POA",
    "Does the EPC (band D, 61) need to be E or above for the new AST? yes, MEES min. E",
    "Title plan shows a right of way over the side passage (see %FP%) — flag to the buyer's solicitor",
    "chase the freeholder for the LPE1, management pack fee is £420 incl. VAT ugh",
]
LONG_MESSAGES = [
    "Hi team,\n\nforwarding from the landlord (%CLIENT%):\n\n> Dear Keystone & Rowe,\n> Following the inspection on "
    "%WHEN% I note the garden has not been maintained as per %CLAUSE%\n> Please arrange for the tenant to remedy "
    "this within 14 days.\n> Kind regards\n\n%WHO% can you draft a reply? tenant is %CLIENT%, %PHONE%",
    "*Open house plan — %ADDR%* (%WHEN%)\n1. Arrive 30 min early, lights on, windows open\n2. Sign-in sheet + GDPR "
    "notice\n3. Brochures: %FP%\n4. Guide %PRICE%, %SIZE%, EPC C (72), council tax band E\n5. Best & final offers "
    "by Mon 12:00\n\n:house: :key:",
    "Market update for the Hove branch — Q2 2024\n```\n            Q1      Q2     Δ\nAsking     £412k   £421k  +2.2%\n"
    "Achieved   £398k   £409k  +2.8%\nDays SSTC   41      33     -8\nRent pcm   £1,690  £1,745 +3.3%\n```\n"
    "Mortgage rates %RATE%. Busy summer ahead!",
    "Heads of terms (draft)\nProperty: %ADDR%\nTenant: %CLIENT%\nTerm: 5 years from completion; tenant break at year 3 "
    "on 6 months' notice\nRent: %PRICE% p.a. exclusive, quarterly in advance, review at year 3 (upwards only)\n"
    "Deposit: 3 months' rent\nRepair: FRI, subject to schedule of condition\nSTC",
    "-------- Forwarded message --------\nFrom: Conveyancing <completions@hartbrown-llp.example>\nDate: Wed, 17 Jul "
    "2024 16:41\nSubject: RE: %ADDR% — exchange\n\nWe are ready to exchange on the basis of a 10% deposit "
    "(%PRICE%) with completion on 16/08/2024. Please confirm the chain is ready.",
    "Weekly lettings checklist ✅\n- [x] chase rent arrears (3 tenants, £5,420 total)\n- [ ] renew gas certs: "
    "%ADDR%\n- [ ] right-to-rent checks for %CLIENT%\n- [ ] protect deposits within 30 days\n- [ ] update "
    "%LISTING% photos\n\n_please tick as you go_ 🙏",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    "Here is what I can do:\n• `alerts on|off`: daily weather alert for your location at your alert_time\n"
    "• `config [setting value]`: show or change your settings (units, alert_time, timezone)\n• `forget location`: "
    "forget your location\n• `forget me`: delete everything I know about you (asks first)\n• `help`: this list\n"
    "• `login`: a private one-time link to your page\n• `weather [place]`: the weather for a place",
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 07:30 (Europe/London).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%ADDR%\u201d.",
    "%PLACE%: light rain, 16 °C (feels like 14 °C), wind 22 km/h SW; tomorrow 12–19 °C, 60% chance of rain.",
    "%PLACE%: clear, 24 °C, humidity 48%, UV 6. Saturday: sunny, 14–26 °C.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 07:45\n• alerts: on\n• timezone: Europe/Dublin\n• units: metric",
]
SEARCH_Q = ["O'Donnell", "siobhan", "@keystonerowe.com", "U04HM2K7Q", TEAM, "Ní Bhriain", "d'souza",
            "Fitzgerald-Hughes", "lettings", "hove", "jean-baptiste", "rory.mck", "Ó Ceallaigh", "st. clair",
            "al-hashimi", "mei-ling", "dublin", "+lettings", "ana-maria@keystonerowe.com", "T07LETTSIE",
            "Gonçalves", "schäfer", "o'sullivan", "negotiator", "Björn", "van dijk"]
AUDIT_Q = ["user.active", "client.create", "client.rotate", "login", "feature.set", "weather@T04KRPROPS",
           "denied", "admin.map_slack", "login.slack", "account.totp_enable", "feature.remove_override",
           "hove-lettings", "2024-07-17", "rightmove-feed", "failed", "user.admin", "user.forget_me", "marta"]
ADMINS = ["ops.admin", "siobhan.odonnell", "it-hove", "rory.mckenzie", "break-glass"]
CLIENT_DESCRIPTIONS = [
    ("rightmove-feed", "Rightmove BLM/RTDF feed sync — nightly 02:00 UK, read-only (owner: listings-ops)"),
    ("powerbi-branches", "Power BI dashboard: viewings & weather-cancellations per branch (Hove, NW3, D2, LIS)"),
    ("hubspot-bridge", "HubSpot CRM ↔ Jeeves users (names, e-mails); runs every 15 min"),
    ("docusign-webhook", "DocuSign Connect → usage report; \"Lease signed\" envelopes only"),
    ("lettings.arrears", "Arrears chaser for Lettings: reads alert settings, Mon–Fri 08:00"),
    ("ci-github", "GitHub Actions: smoke test after deploy (read)"),
    ("zapier:viewings", "Zapier zap: Calendly viewing booked → Slack reminder w/ weather"),
    ("lisbon-portal", "Integração Imovirtual/Idealista — só leitura"),
    ("brooklyn.streeteasy", "StreetEasy feed for the Brooklyn desk (#4B, #3R listings etc.)"),
    ("data-warehouse", "Nightly export to BigQuery (dataset: krp_ops), owner: Mei-Ling Huang"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.102",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/24.07.10",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
    "Mobile Safari/537.36",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "en-IE,en;q=0.9,ga;q=0.7", "pt-PT,pt;q=0.9,en;q=0.8",
         "de-DE,de;q=0.9,en-GB;q=0.8,en;q=0.7", "en-US,en;q=0.9", "fr-FR,fr;q=0.9,en-GB;q=0.8,en;q=0.7",
         "zh-CN,zh;q=0.9,en;q=0.8", "ar-AE,ar;q=0.9,en;q=0.8", "he-IL,he;q=0.9,en-US;q=0.8", "es-ES,es;q=0.9",
         "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7", "ja-JP,ja;q=0.9", "en-GB"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.8.0", "Go-http-client/2.0", "axios/1.7.2",
              "node-fetch/3.3.2", "PowerBI/2.130 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "Zapier", "n8n", "PostmanRuntime/7.39.0", "insomnia/2023.5.8",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.22621.3880",
              "GitHub-Hookshot/7e3f1a2", "Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8",
              "HubSpot Connect 2.0 (http://dev.hubspot.com/)", "okhttp/4.12.0"]
API_CLIENTS = ["rightmove-feed", "powerbi-branches", "hubspot-bridge", "lettings.arrears", "ci-github",
               "zapier:viewings", "data-warehouse", "jeeves-worker"]

HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "ELB-HealthChecker/2.0", "curl/8.8.0", "Better Stack Bot"]
META_UAS = ["PyJWT/2.8.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.1", "python-requests/2.32.3",
            "Authlib/1.3.1", "Swagger-Codegen/3.0.57/java", "openapi-generator/7.7.0", "PostmanRuntime/7.39.0"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients",
               "/admin/account", "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=3",
               "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled",
               "/admin/slack-sign-in?done=mapped", "/admin/account?done=totp_enabled"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/users?q=o%27donnell",
              "/admin/audit?q=client.rotate"]
PHRASE_WORDS = ["harbour", "keystone", "lettings", "maple", "crescent", "gable",
                "mortgage", "terrace", "chimney", "freehold"]
PATCH_NAMES = ["Siobhán O'Donnell-Reyes", "Jean-Baptiste d'Arcy", "Mary-Kate Ó Ceallaigh",
               "Dr. Tariq Al-Hashimi (Lettings Mgr)", "Rory McKenzie – Hove",
               "Mei-Ling Huang 黄美玲", "Inês Gonçalves (Lisboa)", "Dov Ben-David",
               "Zara St. Clair, MRICS", "Noor Abu-Zayd | Brooklyn desk"]
UNTIL = ["2024-07-18T09:00:00Z", "2024-07-18", "2024-07-18T10:00:00+01:00"]


class Agency(EvaluatorDay):
    """Keystone & Rowe: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "kR7qYp2WzN4vLs9XbT1eHcUd"
    base = BASE
    ts_window = (0, 9 * 3600)
    alert_hours, alert_minutes = (6, 7, 7, 7, 8, 8, 9, 12, 17, 18), ("00", "15", "30", "45", "50")
    iat_window = (0, 30000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 30000), 40, 0.15, 33
    blocks_rate, thread_rate = 0.8, 0.22
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, xff_rate, xff = 0.25, 0.08, 0.05, ("10.20.4.117", "192.168.1.54", "10.8.0.23, 172.16.5.9")
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip", "br")
    oauth_scopes = ("read", "read write", "write", "clients:admin")
    oauth_audience_rate, oauth_audience = 0.25, ("jeeves", "jeeves", "tokendealer")
    verify_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.1"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "4.5", 0.1
    meta_uas, meta_roll_first = META_UAS, True
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, "krp-dublin-lettings", 8, 0.3
    button_places, weather_replies = ADDRESSES + PLACES + [b[1] for b in BRANCHES], BOT_REPLIES[8:10]
    set_location_roll, confirm_roll, click_message_rate = 0.72, 0.86, 0.5
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.12, 0.2
    me_places = ADDRESSES + PLACES + [b[1] for b in BRANCHES] + [f"Keystone & Rowe {b[0]}" for b in BRANCHES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "t07lettsie", "")
    admin_rolls, account_rolls = (0.22, 0.34, 0.5, 0.6, 0.68, 0.77, 0.87, 0.93), (0.3, 0.65, 0.85, 0.93)
    search_pages, client_roll_first = (1, 6), True
    # the data API
    api_rolls, user_get_headers_first, patch_rolls = (0.3, 0.48, 0.7, 0.86, 0.93), True, (0.25, 0.4, 0.7, 0.82, 0.92)
    limits, offset_rate, offsets = ("50", "100", "200", "500", "25", "10"), 0.6, (0, 50, 100, 200, 400, 500, 1000)
    filter_teams, alert_values, patch_names = (TEAM, PARTNER_TEAM), ("true", "false", "on", "off", "1"), PATCH_NAMES
    patch_alerts_rate, patch_active_rate = 0.7, 0.4
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8",
                   "application/merge-patch+json")
    usage_days, until_choices = (1, 17), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, PORTAL_LINKS
    link_labels = ("", "", "", "|listing", "|this one", "|Rightmove", "|portal")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.12, 0.25, 0.06, 0.7, 0.5
    edit_suffixes = (" (edit: typo)", " *", " — sorry, wrong flat number", "")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.6, 0.15

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(160):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = first.encode("ascii", "ignore").decode().lower().replace(" ", "") or "staff"
            plain_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 9 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@keystonerowe.com", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "lettings-hove", "sales-nw3", "dublin-lettings", "lisboa-vendas", "berlin-vermietung", "brooklyn-desk",
            "viewings", "open-houses", "instructions", "completions", "maintenance", "general", "random",
            "marketing-photos", "compliance")]
        self.dms = [self.sid("D0", 9) for _ in range(60)]

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        return {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9),
                "app_id": APP_ID, "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title"},
                "blocks": [{"type": "header", "block_id": "h1", "text": {
                    "type": "plain_text", "text": "Your Jeeves settings"}},
                    {"type": "section", "block_id": "s1", "text": {
                        "type": "mrkdwn", "text": f"*Location:* {self.pick(BRANCHES)[1]}\n*Units:* metric"
                                                  f"\n*Daily alert:* on at 07:30 (Europe/London)"}}]}

    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (Slack's text with its escapes and <...> markup, the raw text as typed)."""
        simple = {"%ADDR%": ADDRESSES, "%PLACE%": PLACES, "%PRICE%": PRICES, "%SIZE%": SIZES, "%WHEN%": WHEN,
                  "%LISTING%": LISTING_IDS, "%RATE%": RATES, "%FP%": FLOORPLANS, "%CLAUSE%": CLAUSES,
                  "%CLIENT%": CLIENTS, "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}
        text = self.substitute(text, simple)
        return self.markup(self.substitute(text, {"%BRANCH%": lambda: self.pick(BRANCHES)[1], "%HHMM%": self.hhmm}))

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = [{"type": "text", "text": raw}]
        if raw.startswith("@") and " " in raw:
            _, rest = raw.split(" ", 1)
            who = BOT_USER if raw.startswith("@Jeeves ") else self.pick(self.people)["id"]
            elements = [{"type": "user", "user_id": who}, {"type": "text", "text": " " + rest}]
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(self.channels)
        if self.chance(0.55):
            slack, raw = self.command_text()
            slack, raw = f"<@{BOT_USER}> {slack}", f"@Jeeves {raw}"
        else:
            slack, raw = self.chat_text()
            lead = self.pick(["", "hey ", "cc ", "", "ok "])
            slack, raw = f"{lead}<@{BOT_USER}> {slack}", f"{lead}@Jeeves {raw}"
        return self.record("slack", "json", self.event_request(self.message(slack, raw, cid, True)))

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FLOORPLANS)
        slack, raw = self.fill(self.pick(["", "floor plan for %ADDR%", "here's %FP% — can you remember this location?",
                                          "photos from today's viewing 📐", "signed lease attached", "%ADDR%"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "heic": "image/heic",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "zip": "application/zip",
                "tif": "image/tiff", "dwg": "application/acad"}.get(ext, "application/octet-stream")
        fid = self.sid("F0", 9)
        quoted = urllib.parse.quote(name)
        event["files"] = [{"id": fid, "created": EPOCH + 60, "timestamp": EPOCH + 60, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "size": self.rng.randint(20_000, 9_000_000), "mode": "hosted", "is_external": False,
                           "is_public": False, "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{quoted}",
                           "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{quoted}",
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_")),
                           "has_rich_preview": False}]
        return self.shared_file(event)

    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        link = self.pick(PORTAL_LINKS)
        addr, price, size = self.pick(ADDRESSES), self.pick(PRICES), self.pick(SIZES)
        slack = f"weather for this one? <{slack_escape(link)}>"
        old = self.message(slack, f"weather for this one? {link}", channel, False)
        host = urllib.parse.urlsplit(link).hostname or "portal"
        service = host.removeprefix("www.").split(".")[0].capitalize()
        title = f"{self.pick(['2', '3', '1', '4'])} bedroom flat for sale in {self.pick(PLACES)} — {price}"
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": f"{addr}. {size}. {self.pick(CHAT)[:120]}", "fallback": f"{service}: {title}",
                               "image_url": f"https://media.{host.removeprefix('www.')}/{self.hexs(12)}/main.jpg",
                               "image_width": 1200, "image_height": 800}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": self.inner(old), "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_bot_echo(self) -> dict[str, Any]:
        slack, _ = self.fill(self.pick(BOT_REPLIES))
        ts = self.ts()
        event: dict[str, Any] = {"type": "message", "subtype": "bot_message" if self.chance(0.3) else None,
                                 "text": slack, "user": BOT_USER, "bot_id": BOT_ID, "app_id": APP_ID, "ts": ts,
                                 "team": TEAM, "channel": self.pick(self.dms), "event_ts": ts, "channel_type": "im",
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves", "app_id": APP_ID,
                                                 "team_id": TEAM, "updated": EPOCH - 86400 * 40}}
        if event["subtype"] is None:
            del event["subtype"]
        if "°C" in slack and self.chance(0.7):
            place = self.pick(PLACES)
            event["blocks"] = self.weather_blocks(slack, place)
        return self.record("slack", "json", self.event_request(event))

    # ---- its browsers' cookies, its scripts' dates and tracing --------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.15):
            jar.append(("cookieconsent_status", "dismiss"))
        if self.chance(0.1):
            jar.append(("hubspotutk", self.hexs(32)))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-07-{day:02d}T00:00:00Z", f"2024-07-{day:02d}",
                f"2024-07-{day:02d}T08:00:00+01:00", f"2024-06-{day + 10:02d}T23:00:00.000Z",
                f"2024-07-{day:02d} 09:00",
                f"2024-07-{day:02d}T00:00:00.000000+00:00"]

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if self.chance(0.25):
            h["traceparent"] = self.traceparent()
            if self.chance(0.4):
                h["tracestate"] = f"krp=app:{self.pick(['powerbi', 'zap', 'ci'])},dd=s:1;o:rum"
        if self.chance(0.12):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"zap.{self.hexs(10)}"])
        if self.chance(0.06):
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        if self.chance(0.05):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=krp-ops%402024.7.3,sentry-public_key="
                            f"{self.hexs(32)},sentry-trace_id={self.hexs(32)}")


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 300), ("slack_mention", 170), ("slack_edit", 28), ("slack_deleted", 8), ("slack_file", 26),
    ("slack_unfurl", 22), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 300), ("button_click", 115),
    ("api", 250), ("admin", 145), ("me", 105), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The agency's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Agency(), PLAN, first="slack_verification")
