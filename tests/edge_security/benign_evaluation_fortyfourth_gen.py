"""Benign evaluation set (fortyfourth): an online marketplace's customer-support team through the edge, benign only.

The company is Tidewell Market, an online marketplace (third-party sellers, its own fulfilment centres) whose
customer-support team works from hubs in Dublin, Cebu, Kraków, Lisbon, Austin, Nairobi and Mexico City. Agents,
team leads, refund approvers and the seller-support desk use Jeeves to check the weather where parcels are stuck
(carrier hubs, storms, typhoon signals, snow days) and where customers live, and they talk to it the way they talk
to each other on the Black Friday shift: order numbers, tracking codes of every carrier, refunds and partial
refunds in many currencies, coupon and goodwill codes, product titles with sizes, inches, ®, ™, × and ½, customer
complaints quoted word for word (caps, typos, emoji, many languages), return addresses, ticket numbers, and
support macros with their helpdesk placeholders.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions clicks on Jeeves' own buttons (set_location, forget_me_confirm, forget_me_cancel), the data
API with a bearer JWT (users list/read/patch, usage stats, switches), the admin panel forms with csrf_token,
`/me/`, Sign in with Slack and the bot's one-time links, TokenDealer (token, introspect, revoke, verify_token) and
the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
evaluator_routes.HELP_REPLY, evaluator_routes.file_urls, SlackDay.shared_file, SlackDay.bot_message, SlackApp.hook
and SlackApp.trigger from the shared modules.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY, file_urls
from .evaluator_web import HTML_ACCEPT
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fortyfourth"
SEED = 44_2024_1129
EPOCH = 1732867200  # 2024-11-29 08:00 UTC, Black Friday: the busiest support day of the year
TEAM, TEAM_DOMAIN = "T05TDWMKT7", "tidewell-market"
SELLER_TEAM = "T06SLRDESK"  # the seller-support workspace, a second Slack team with Jeeves installed
APP_ID, BOT_USER, BOT_ID = "A07JVS44TW", "U07JEEVES4", "B07JEEVES4"
HOST = "jeeves.tidewellmarket.com"
BASE = f"https://{HOST}"
SLACK_APP_TOKEN = "Zq8vTn3KdW2mYp6RbL1xHs4J"

AGENT_FIRST = ["Maricel", "Jhun", "Agnieszka", "Paweł", "João", "Wanjiru", "Otieno", "Guadalupe", "Seo-yeon",
               "Aoife", "Darragh", "Priya", "Dmytro", "Ayşe", "Hoa", "Fatima Zahra", "Jing", "Kateřina", "Rosalind",
               "Kwabena", "Mariana", "Joaquim", "Siddharth", "Bernadette", "Ximena", "Nkechi", "Tadhg", "Małgosia",
               "Rhea", "Ignacio", "Zuzanna", "Mthunzi", "Chiara", "Lorna", "Ji-woo", "Ana Lúcia", "Rafael"]
AGENT_LAST = ["Dela Cruz", "Villanueva", "Wiśniewska", "Kowalczyk", "Magalhães", "Kamau", "Odhiambo", "Hernández",
              "Park", "Ní Mhurchú", "O'Brien", "Raghunathan", "Shevchenko", "Yılmaz", "Nguyễn", "El Idrissi", "Chen",
              "Dvořáková", "McAllister", "Mensah", "Sousa-Pinto", "d'Almeida", "Iyer", "Ó Súilleabháin", "Ruiz",
              "Okafor", "Mac an tSaoi", "Nowak-Zielińska", "Bautista", "García-Herrera", "Lewandowska", "Dlamini",
              "Russo", "Fitzpatrick", "Kim", "Baptista", "Santos"]
CUSTOMERS = ["Mrs. Barbara O'Malley", "Kenji Watanabe (渡辺健二)", "José Luis Martínez-Ortega", "Ngozi Adeyemi-Cole",
             "Łukasz Brzęczyszczykiewicz", "Anne-Sophie Lefèvre", "Mohammed Al-Qahtani", "Ольга Смирнова",
             "D'Andre Jackson", "Siân ap Rhys", "Zoë van der Berg", "Lee Jun-ho (이준호)", "the O'Connor household",
             "Rahul & Anjali Mehta", "customer #4419203", "buyer \"sneakerhead_92\"", "Dr. Ingrid Sæther",
             "María Fernanda Núñez", "Thabo Nkosi", "Mr. & Mrs. Ferreira", "Ama Owusu-Ansah", "Yusuf Demir",
             "Grace Wambui", "Jean-François Côté", "李娜", "Ewa Król", "Miguel Ángel de la Peña",
             "Aoibheann Ní Dhuibhir"]
SELLERS = ["Northwind Outfitters Ltd", "Casa & Co.", "Bäckerei Müller GmbH", "Zhejiang Hongda Trading Co., Ltd.",
           "J&J's Vintage", "Café Olé Imports", "Little Sprouts (Kids) Co.", "TechNest™", "Mabuhay Crafts PH",
           "Kraków Leather Works Sp. z o.o.", "O'Hara & Sons Hardware", "Sole Mates Footwear", "Loja Azulejo Lda.",
           "Savanna Beadwork Collective", "Hogar y Más S.A. de C.V."]
ORDERS = ["#TW-88412097", "TW-88412097", "order #TW-90155302", "TW-2024-1129-55231", "#91034478", "TW-87001126",
          "ORD 5521-KRK-0093", "TW-89920-PH", "order no. 90017745", "#TW-90233118 (split shipment 2/3)",
          "TW–88012345", "tw-90188410", "TW-89457722 / TW-89457723", "Order 90411236", "#TW-90500001"]
TRACKING = ["1Z999AA10123456784", "1Z 4E7 05W 03 9125 8317", "9400 1000 0000 0000 0000 00", "JD014600006281234567",
            "LX123456789PL", "RR123456785PT", "794612345678", "H01ABC0012345678", "00340434161234567890",
            "JNTPH0012345678", "LBC 1234 5678 9012", "YT2412345678901234", "EA123456789PT", "9261290100130444123456",
            "CNEUR1234567890PL", "DHL eCommerce GM295710011234567890", "InPost 602345678901234567890123",
            "Aramex 31234567890", "Estafeta 7055123456", "G-Kenya TRK-88120-NBO"]
CARRIERS = ["UPS", "USPS", "DHL Express", "FedEx", "An Post", "Evri", "DPD", "InPost", "Poczta Polska", "CTT",
            "J&T Express", "LBC", "Ninja Van", "Yun Express", "Estafeta", "Correos", "G4S Kenya", "Royal Mail"]
MONEY = ["$24.99", "€37,50", "£12.00 + £3.95 P&P", "PHP 1,299.00", "₱849", "149,99 zł", "KSh 2,450", "MX$899.00",
         "R$ 199,90", "¥3,280", "₹1,499", "$5.00 goodwill credit", "50% ($18.75)", "€ 1.249,00", "$1,049.99",
         "£0.99", "US$ 62.40 incl. tax", "CA$84.95", "A$129", "€7,90 Versand", "KES 12,600", "$-4.50 adj."]
COUPONS = ["BLACKFRIDAY24", "BF24-EXTRA10", "WELCOME-10", "FREESHIP50", "SORRY15", "TW-GW-5OFF", "CYBER-30",
           "NEWCUST2024", "HAPPY-BDAY-7Q3K", "STAFF_FAM_20", "XMAS2024", "APP10", "RETURNFREE", "GW-€5-EU",
           "PH-PASKO-12", "KRK-WRACAJ", "LOYAL3RS", "TW10-9F2A-81CC"]
PRODUCTS = [
    "Men's Slim Fit Jeans 32\" x 30\" – Dark Wash", "Nike Air Max 90 (UK 9 / EU 44 / US 10)",
    "Stainless Steel Water Bottle 750ml / 25oz – Matte Black", "iPhone 15 Pro Case w/ MagSafe — Clear",
    "Queen Size Duvet Cover 230×220cm (90\"×86\") 100% Cotton", "Kids' Raincoat Size 4T–5T (Yellow)",
    "LEGO® Technic 42115 Lamborghini Sián FKP 37", "Samsung 55\" QLED 4K Q60C (2023)",
    "Organic Matcha Powder 100g (3.5 oz) – Ceremonial Grade", "Levi's® 501® Original Fit, W34 L32",
    "Wireless Bra 34DD / 75E – Nude", "Sterling Silver Ring, size 7 (US) / N½ (UK)",
    "USB-C to USB-C Cable 2m (6.6ft) 100W PD", "Dr. Martens 1460 8-Eye Boots, UK 6 (EU 39)",
    "Pokémon TCG: Scarlet & Violet Booster Box (36 packs)", "Tommy Hilfiger Polo – Size L (42/44)",
    "Wall Clock Ø 30 cm, silent sweep", "A5 Dotted Notebook 5mm, 2-pack", "T-shirt \"I ♥ NY\" – XL",
    "Garden Hose 50ft (15m), 5/8\" fittings", "Daily Moisturiser SPF 30+ 50 ml", "Phone Stand 360° Rotatable",
    "Air Fryer 5.5L / 5.8QT, 1700W (UK plug)", "Espresso Cups 80ml × 6 – Porcelain", "Yoga Mat 183 × 61 cm, 6 mm",
    "Baby Onesie 0–3 M (3-pack)", "Samsonite Spinner 55cm (cabin) – Navy", "Cordless Drill 18V 2×2.0Ah",
    "Puffer Jacket – Women's S/M (EU 36–38)", "Christmas Lights 200 LED, 20m, warm white (IP44)",
    "Café Bustelo Espresso 10 oz (283 g)", "Kindle Paperwhite 16GB (11th gen) — Agave Green",
    "Barong Tagalog, piña-jusi, size 40", "Kikoy Beach Towel 100×180cm", "Kaftan bordado, talla única",
]
SKUS = ["SKU NWO-JNS-3230-DW", "SKU TN-USBC-2M-100W", "ASIN-like B0C7K2XQ4M", "SKU 4006381333931", "EAN 5901234123457",
        "SKU LEGO-42115", "SKU TW/HOME/DUV-Q-WHT", "SKU MBC-BRG-40", "GTIN 00012345678905", "SKU KLW_BELT_95cm"]
TICKETS = ["#448213", "ticket 451177", "ZD-452090", "#449-880", "ticket #450001 (merged into #449997)",
           "INC-20241129-07", "case 00912337", "#452555"]
RETURN_ADDRESSES = [
    "Tidewell Returns, Unit 4, Baldonnell Business Park, Dublin 22, D22 X5T7, Ireland",
    "Tidewell Returns c/o ShipBob, 1200 Commerce Dr, Bldg B, Dock 14, Austin, TX 78744",
    "Tidewell Zwroty, ul. Przemysłowa 12, hala 3, 30-701 Kraków, Polska",
    "Tidewell Devoluções, Rua do Centro Empresarial 7, Armazém 2, 2660-421 Loures",
    "Tidewell PH Returns, Lot 3 Blk 9, MEZ II, Lapu-Lapu City, Cebu 6015",
    "Tidewell Kenya, Mombasa Rd, Godown #17, P.O. Box 4471-00100, Nairobi",
    "Tidewell Devoluciones, Av. Tláhuac 4455, Bodega 6, Col. Granjas, 09800 CDMX",
    "Northwind Outfitters – RMA Dept., 18–20 Harbour Rd, Unit 2, Belfast BT3 9DT",
]
CUSTOMER_ADDRESSES = [
    "Apt 4B, 221 W 79th St, New York, NY 10024", "12 Rue de la Paix, 75002 Paris",
    "Flat 2/1, 44 Byres Rd, Glasgow G11 5RD", "Blk 123 Lot 45, Phase 2, Brgy. San Isidro, Cainta, Rizal 1900",
    "ul. Długa 8/14, 31-147 Kraków", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
    "Calle 5 de Mayo #32 Int. 4, Col. Centro, 06000 CDMX", "〒150-0002 東京都渋谷区渋谷2-21-1 11F",
    "Unit 7, 3-5 Oxford St, Paddington NSW 2021", "c/o Reception, Hotel Alma, Carrer de Mallorca 271, Barcelona",
    "Rm 1203, 12/F, Tower 2, Times Square, Causeway Bay, Hong Kong", "Suite #200-1055 W Georgia St, Vancouver BC",
    "Hinterhof, Oranienstr. 25, 10999 Berlin", "45 Ngong Rd, Kilimani, Nairobi", "Rua da Prata 120, 3º Esq, Lisboa",
    "P.O. Box 1188, Anchorage, AK 99501", "1/2 Mill Lane, Ballymena BT43 5AA", "Kloosterstraat 7-bis, 2000 Antwerpen",
    "Tower C #15-02, 8 Marina View, Singapore 018960", "ул. Ленина, д. 15, кв. 42, Новосибирск",
    "서울특별시 마포구 양화로 45, 302호", "15 Shalom Aleichem St, Apt 3, Tel Aviv", "Lot 12, Sitio Malinis, Tagaytay",
]
PLACES = ["Dublin", "Cebu", "Lapu-Lapu City", "Kraków", "Lisboa", "Austin", "Nairobi", "Mexico City", "Memphis",
          "Louisville", "Leipzig", "East Midlands Airport", "Cologne", "Liège", "Anchorage", "Hong Kong",
          "Shenzhen", "Manila", "Quezon City", "Davao", "Mombasa", "Guadalajara", "Monterrey", "Porto", "Faro",
          "Gdańsk", "Wrocław", "Poznań", "Belfast", "Cork", "Galway", "Chicago", "Dallas–Fort Worth", "São Paulo",
          "Tagaytay", "Kisumu", "Ciudad Juárez", "Zaragoza", "Rotterdam", "Den Haag", "Ōsaka", "Seoul", "İzmir",
          "Coimbra", "Saint-Jean-de-Luz", "Clonmel", "Kilkenny", "Bo'ness", "St. Louis", "Winston-Salem",
          "D22 X5T7", "TX 78744", "30-701", "01310-200", "6015", "10.3157, 123.8854", "53.3498,-6.2603",
          "50.0647° N, 19.9450° E"]
TIMEZONES = ["Europe/Dublin", "Asia/Manila", "Europe/Warsaw", "Europe/Lisbon", "America/Chicago", "Africa/Nairobi",
             "America/Mexico_City", "Asia/Kolkata", "UTC", "Europe/London", "America/New_York", "Europe/Berlin",
             "Asia/Tokyo", "America/Sao_Paulo", "Atlantic/Azores", "Asia/Seoul", "Europe/Istanbul"]
PHONES = ["+353 1 555 0174", "+63 32 555 0190", "+48 12 555 01 23", "+351 21 555 0148", "(512) 555-0163",
          "+254 20 555 0111", "+52 55 5550 1234", "0917 555 0123", "+1-800-555-0199 ext. 3", "+44 28 9555 0102"]
EMOJI = [":package:", ":truck:", ":rotating_light:", ":white_check_mark:", ":pray:", ":sob:", ":fire:",
         ":money_with_wings:", ":eyes:", ":thunder_cloud_and_rain:", ":snowflake:", ":coffee:", ":melting_face:",
         ":tada:", ":facepalm:", "📦", "🚚", "🌧️", "🌀", "❄️", "😤", "🙏", "✅", "🫠", "💸", "🇵🇭", "🇵🇱", "🇰🇪",
         "🇲🇽", "☕"]
COMPLAINTS = [
    "I ORDERED A MEDIUM AND GOT A XXL!!! what kind of store is this",
    "where is my package??? it says delivered but its NOT here. I checked with the neighbours",
    "The box was soaking wet and the shoes are ruined 😡😡",
    "I've been waiting 3 weeks. 3 WEEKS. Refund me or I'm disputing with my bank.",
    "Item not as described — the 'genuine leather' is plastic, you can literally smell it",
    "your courier threw it over the fence in the rain, the screen is cracked",
    "Paid for next-day, got it in 6 days. I want the shipping fee back, not a coupon",
    "hi i think i got charged twice ?? pls check asap my rent is due",
    "you cancelled my order without telling me and now it's $30 more expensive?!",
    "2 of the 6 cups arrived broken. I don't want to send back the other 4, just replace the 2 please",
    "The coupon BLACKFRIDAY24 says \"not valid for this item\" but the banner says sitewide??",
    "Producto llegó roto, quiero devolución completa. Ya mandé fotos 3 veces.",
    "Paczka nie dotarła, a status pokazuje \"doręczono\". Proszę o pomoc.",
    "Nasira po yung item pagdating, paano po mag-return? Salamat po",
    "Das Paket war beschädigt und es fehlt ein Teil (die Fernbedienung).",
    "Le colis est arrivé ouvert et il manque un article. Je veux un remboursement.",
    "商品がまだ届いていません。追跡番号が更新されていません。",
    "الطرد لم يصل بعد، رقم التتبع لا يعمل",
    "Посылка пришла пустая. Как такое возможно?",
    "O tamanho 40 ficou pequeno, quero trocar pelo 42. Tem?",
    "Nimepokea bidhaa tofauti na nilivyoagiza. Naomba msaada.",
    "ok so I returned it on the 12th, Evri says it was delivered to you on the 15th, and still no refund. why",
    "I'm a 5-year customer and this is how you treat me? cancelling my membership",
    "ur app keeps saying 'something went wrong' when I click Return item",
    "it's a gift, can you NOT put the price on the packing slip this time",
]
MACROS = [
    "Hi {{ticket.requester.first_name}},\n\nI'm sorry your order {{ticket.custom_field_360011223}} is running late. "
    "The carrier has confirmed a weather delay at their hub, and your parcel should move within 24–48 hours.\n\n"
    "Best,\n{{current_user.first_name}} | Tidewell Support",
    "Hi {{ticket.requester.first_name | default: \"there\"}}, thanks for your patience! I've issued a refund of "
    "[AMOUNT] to your original payment method. Please allow 5–10 business days.",
    "Hola [NOMBRE], lamentamos que tu pedido [NÚMERO DE PEDIDO] haya llegado dañado. Ya procesamos el reembolso.",
    "Cześć {{ticket.requester.first_name}}, przepraszamy za opóźnienie. Kod rabatowy na kolejne zamówienie: KRK-WRACAJ",
    "Olá [Nome do cliente], a sua devolução foi recebida no armazém. O reembolso segue em até 5 dias úteis.",
    "Hi {%customer.firstName,fallback=there%}, your return label is attached. Drop it at any [CARRIER] point by "
    "[DATE].",
    "Hi ${FIRST_NAME}, good news: your replacement ([PRODUCT], size [SIZE]) shipped today. Tracking: ${TRACKING_URL}",
    "Hello <customer name>,\nWe've opened an investigation with the carrier (ref. <claim no.>). We'll update you "
    "within 48h.",
    "Hi {{first_name|fallback:\"there\"}} 👋 I've applied a one-time {{coupon_code}} ({{discount}} off) to your "
    "account as an apology.",
    "Dear {{ticket.requester.name}},\r\n\r\nPlease send the item to:\r\n{{ticket.organization.custom_fields."
    "return_address}}\r\nInclude the RMA number on the box.",
]
LINKS = [
    "https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784&requester=ST/trackdetails",
    "https://tools.usps.com/go/TrackConfirmAction?tRef=fullpage&tLc=2&text28777=&tLabels=9400100000000000000000%2C",
    "https://www.dhl.com/ie-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=JD014600006281234567",
    "https://www.fedex.com/fedextrack/?trknbr=794612345678&trkqual=12024~794612345678~FDEG",
    "https://inpost.pl/sledzenie-przesylek?number=602345678901234567890123",
    "https://www.ctt.pt/feapl_2/app/open/objectSearch/objectSearch.jspx?objects=RR123456785PT",
    "https://www.jtexpress.ph/trajectoryQuery?waybillNo=JNTPH0012345678&flag=1",
    "https://www.evri.com/track/parcel/H01ABC0012345678/details",
    "https://www.anpost.com/Post-Parcels/Track/History?item=LX123456789PL",
    "https://seller.tidewellmarket.com/orders/TW-88412097?tab=returns&highlight=rma",
    "https://tidewell.zendesk.com/agent/tickets/448213",
    "https://tidewell.zendesk.com/agent/search/1?copy&type=ticket&q=order%3ATW-88412097%20status%3Aopen",
    "https://www.tidewellmarket.com/p/mens-slim-fit-jeans-32x30-dark-wash/NWO3230?variant=3341&utm_source=support"
    "&utm_medium=slack",
    "https://www.tidewellmarket.com/help/returns#start-a-return",
    "https://www.tidewellmarket.com/search?q=air+fryer+5.5l&sort=price_asc&filters=prime%3Atrue%2Crating%3A4",
    "https://dashboard.stripe.com/payments/pi_3PdQx2LkdIwHu7ix0Z1mA4bC",
    "https://dashboard.stripe.com/disputes/du_1QFmR4LkdIwHu7ixa8Bz2TqQ?evidence=1",
    "https://www.paypal.com/resolutioncenter/PP-R-ABC-123456789",
    "https://status.tidewellmarket.com/incidents/b7k2m9x4q1",
    "https://docs.google.com/spreadsheets/d/1xT9vKq2-ZbR8mW3nLpE5aYcS7dUfH0gJ4iO6kN2BvCw/edit#gid=1843203"
    "&range=A1:H40",
    "https://tidewell.atlassian.net/wiki/spaces/CS/pages/229377/Refund+matrix+(Black+Friday+2024)",
    "https://www.pagasa.dost.gov.ph/tropical-cyclone/severe-weather-bulletin",
    "https://www.met.ie/warnings/today",
    "https://www.accuweather.com/en/pl/krakow/274455/weather-forecast/274455",
    "https://tidewell.looker.com/dashboards/412?Hub=Cebu&Date+Range=7+days&Channel=chat%2Cemail",
]
CHAT = [
    "%CARRIER% says %TRACK% is stuck at the hub because of the weather — can I promise %CUST% delivery by Monday?",
    "refund approved for %ORDER%: %MONEY% back to card, item stays with customer (not worth the return shipping)",
    "customer quote on %TICKET%: \"%COMPLAINT%\"",
    "%WHO% can you take %TICKET%? customer only speaks Polish and I'm about to go on break",
    "coupon %COUPON% isn't stacking with %COUPON% — is that intended for Black Friday?",
    "return address for %SELLER% is wrong in the portal, should be: %RETADDR%",
    "%PRODUCT% — customer got 2 left shoes 🙃 %ORDER%, replacement going out today",
    "sizing question on %PRODUCT%: is the listing in UK or US sizes? seller says \"EU\" lol",
    "escalating %ORDER% to T2: %MONEY% chargeback opened, evidence due %DATE%",
    "the %CARRIER% depot in %PLACE% is closed today (storm), expect a wave of WISMO tickets %EMOJI%",
    "partial refund calc: %MONEY% item − 15% restocking = customer gets back a bit less, macro says it's fine?",
    "Goodwill credit matrix: < 3 days late → 5%, 3–7 days → 10%, > 7 days → full shipping refund + %COUPON%",
    "%CUST% wants the invoice re-issued with VAT number IE 9S99999L, order %ORDER%",
    "tracking %TRACK% shows \"Return to sender – address incomplete\". Address on file: %ADDR%",
    "QA calibration at 14:00 in #qa-calibration — bring 2 tickets each (one good, one \"learning opportunity\" 😅)",
    "%WHO% %WHO% please check the thread re: %ORDER%",
    "new macro draft for weather delays, feedback welcome:\n>>> %MACRO%",
    "SKU mix-up: %SKU% vs %SKU%, seller %SELLER% shipped the wrong variant to ~40 customers",
    "pls don't promise next-day to %PLACE% this week, %CARRIER% has a 2-day backlog",
    "Black Friday numbers so far: 4,812 tickets, FRT 1h 12m (target < 2h), CSAT 87.4% 👏",
    "why does %ORDER% show £0.00 refunded when Stripe says %MONEY% went back? %LINK%",
    "is it raining in %PLACE%? customer says the driver said \"too wet to deliver\" 🤨",
    "%CUST% called 4 times today about %ORDER%. Flagged as VIP, please be extra nice",
    "typhoon signal #2 in Cebu, the Lapu-Lapu warehouse might close early. Manila team pls cover chats after 3pm",
    "snow day in Kraków ❄️ half the team is WFH, queue might be slow",
    "reminder: refunds > €250 need a lead's approval (that's me, Rosalind, or Tadhg)",
    "anyone know the return window for %PRODUCT%? listing says 30 days, policy page says 14",
    "customer insists the parcel was \"left in the bin\" — %CARRIER% photo shows a front door 🤷",
    "%SELLER% replied: \"we never received the return\". %CARRIER% POD says signed by \"J. SMITH\" at the dock",
    "please use the new disposition codes: DMG-TRN (damaged in transit), WRG-ITM (wrong item), NAD (not as described)",
    "address correction for %ORDER%: %ADDR% → customer says it's actually %ADDR%",
    "the \"Return item\" button is 500ing on the app for some customers, eng is on it: %LINK%",
    "price-match request: %PRODUCT% is %MONEY% at a competitor, we sell at %MONEY%. policy says no but...",
    "duplicate charge confirmed on %ORDER%, voided the 2nd auth (%MONEY%)",
    "FYI %CARRIER% cutoff today is 15:30 local, anything after goes Monday",
    "%CUST% sent a 6-paragraph email, TL;DR: wants %PRODUCT% in size %SIZE% instead and a %COUPON% code",
    "Lost parcel claim filed with %CARRIER%, ref CLM-2024-118823, tracking %TRACK%",
    "Hi team! Nasa break muna ako 15 mins, si Jhun muna bahala sa chat queue 🙏",
    "Czy ktoś wie, czy InPost dziś dowozi do paczkomatów w %PLACE%? Klient pyta o %ORDER%",
    "Alguém pode confirmar o reembolso de %MONEY% para %ORDER%? O cliente já ligou duas vezes",
    "¿Alguien sabe si Estafeta está entregando en %PLACE% hoy? Hay lluvias fuertes",
    "Habari timu, mteja %CUST% anauliza kuhusu %ORDER%, tracking %TRACK%",
    "Kann jemand kurz %TICKET% übernehmen? Kunde schreibt nur Deutsch",
    "お客様から%ORDER%について問い合わせ: 「%COMPLAINT%」",
    "ok", "ty!", "👍", "on it", "brb", "lunch 🍜", "sorry wrong channel", "back 💪",
    "which timezone is the Austin team in again? my alert keeps coming at 2am lol",
    "spreadsheet formula for the refund log: `=IF(D2>250, \"needs approval\", \"auto\")`",
    "`=SUMIFS(Refunds!F:F, Refunds!B:B, \"Cebu\", Refunds!C:C, \">=\"&DATE(2024,11,29))` gives the hub's total",
    "Looker filter I use: Order Status = \"Delivered\" AND Days Since Delivery <= 30 AND Return Reason is not null",
    "CSV for the carrier claim:\n```\norder,tracking,carrier,value\nTW-88412097,1Z999AA10123456784,UPS,62.40\n"
    "TW-90155302,JD014600006281234567,DHL,129.00\n```",
    "*WISMO checklist*\n1. check tracking (%TRACK%)\n2. check weather at the hub\n3. if > 5 days no scan → "
    "reship\n4. log disposition code",
    "%PRODUCT% is out of stock until 12/12, offer %COUPON% + a refund or a backorder",
    "lmao customer wrote \"my dog ate the return label\" 🐶, sending a new one to %ADDR%",
    "rush order: %CUST% needs %PRODUCT% before Dec 3rd for a wedding, any chance with %CARRIER% express?",
    "recap of the 1:1 → fewer \"unfortunately\", more \"here's what I can do\" 😊",
    "what's the weather in %PLACE%? customer says the road is flooded and the driver turned back",
]
LONG_MESSAGES = [
    "Forwarding from %CUST% (%TICKET%):\n\n> Hello,\n> %COMPLAINT%\n> Order: %ORDER%\n> Tracking: %TRACK%\n> "
    "I expect an answer today.\n\n%WHO% can you reply? I'd offer %COUPON% + refund of the shipping (%MONEY%)",
    "*Black Friday shift plan — Cebu hub* 🇵🇭\n• 06:00–14:00: chat (8 agents), email (4)\n• 14:00–22:00: chat "
    "(6), phone (3)\n• if the typhoon signal goes to #3, everyone logs off and Dublin takes over\nQs → %WHO%",
    "Refund matrix (draft v3)\n```\nreason          | <€50      | €50–250    | >€250\n----------------+-----------"
    "+------------+---------\nDMG-TRN         | auto      | auto       | lead\nWRG-ITM         | auto      | auto"
    "       | lead\nNAD             | photo     | photo      | lead\nlate (weather)  | 5% credit | 10% credit | "
    "ship fee\n```",
    "Return instructions we send for %SELLER%:\n1) Pack the item in its original packaging\n2) Print the label "
    "(PDF attached)\n3) Ship to: %RETADDR%\n4) Refund within 5–7 business days after it arrives\n\nQuestions? "
    "%PHONE%",
    "-------- Forwarded message --------\nFrom: %CUST% <customer-reply@mail.tidewellmarket.com>\nDate: Fri, 29 Nov "
    "2024 07:12\nSubject: Re: Your order %ORDER% has shipped\n\n%COMPLAINT%\n\nSent from my iPhone",
    "Weather-delay update for the WISMO macro 🌧️\n- Ireland: Storm Bert leftovers, An Post running ~1 day late\n"
    "- PH: signal #2 in Cebu, J&T and LBC paused pick-ups\n- PL: snow, InPost OK, Poczta Polska slow\n"
    "- US: Memphis hub fine, Louisville fog delays this morning",
    "QA review %TICKET% ✅\n*Greeting*: 5/5\n*Empathy*: 4/5 (\"I understand how frustrating...\" 👍)\n*Resolution*: "
    "2/5, promised a refund of %MONEY% without approval\n*Macro use*: used the old \"%COUPON%\" macro, pls update",
]
BOT_REPLIES = [
    HELP_REPLY,
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 06:30 (Asia/Manila).", "Daily weather alerts are off.",
    "I could not find a place called \u201c%ADDR%\u201d.",
    "%PLACE%: heavy rain, 24 °C (feels like 27 °C), wind 48 km/h NE; tomorrow 23–28 °C, 90% chance of rain.",
    "%PLACE%: light snow, −3 °C (feels like −8 °C), wind 19 km/h W; tomorrow −5–0 °C, 70% chance of snow.",
    "%PLACE%: fog, 6 °C, humidity 97%, visibility 300 m. Saturday: cloudy, 4–9 °C.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:45\n• alerts: on\n• timezone: Europe/Warsaw\n• units: metric",
    "Sorry, I did not understand that. Here is what I can do: `weather [place]`, `remember location <place>`, "
    "`help`…",
]
COMMANDS = [
    "weather %PLACE%", "weather %PLACE%", "weather in %PLACE%", "weather %PLACE% tomorrow", "weather %PLACE%?",
    "weather near %PLACE% today", "weather at %ADDR%", "weather for %PLACE% please 🙏", "weather %PLACE% %EMOJI%",
    "weather", "wether %PLACE%", "Weather %PLACE% - carrier says storm", "weather %PLACE% this weekend",
    "is it snowing in %PLACE%?", "weather around %PLACE% (customer says flooding)", "WEATHER %PLACE%",
    "remember location %PLACE%", "remember location %HUB%", "remember location %PLACE% (home office)",
    "my location", "forget location", "help", "help pls", "config", "config timezone %TZ%", "config tz %TZ%",
    "config alert_time %HHMM%", "config time %HHMM%", "config units metric", "config units imperial",
    "alerts on", "alerts off", "alerts", "login", "forget me", "hi jeeves 👋", "thanks jeeves!", "what can you do?",
    "weather %PLACE% — %ORDER% stuck there", "remember location Tidewell %HUB% hub",
]
HUBS = [("Dublin", "Baldonnell Business Park, Dublin 22"), ("Cebu", "MEZ II, Lapu-Lapu City, Cebu"),
        ("Kraków", "ul. Przemysłowa 12, 30-701 Kraków"), ("Lisboa", "Rua do Centro Empresarial 7, Loures"),
        ("Austin", "1200 Commerce Dr, Austin, TX 78744"), ("Nairobi", "Mombasa Rd, Nairobi"),
        ("CDMX", "Av. Tláhuac 4455, CDMX")]
SIZES = ["M", "L", "XL", "XXL", "UK 8", "EU 42", "US 10.5", "32/30", "34DD", "4T", "S/M", "N½", "7½", "one size"]
DATES = ["Dec 2", "02/12", "12/2", "2 Dec 2024", "Monday", "EOD today", "2024-12-06", "06.12.2024", "next Fri"]
FILES = ["IMG_20241129_081233.jpg", "damaged_box (2).heic", "return_label_TW-88412097.pdf",
         "Screenshot 2024-11-29 at 10.41.12.png", "refund_batch_2024-11-29.csv", "chargeback_evidence_pi_3PdQ.pdf",
         "Zrzut ekranu 2024-11-29 093012.png", "Captura de pantalla 2024-11-29 a las 9.15.02.png",
         "POD_794612345678.pdf", "wrong-item (left shoe x2).jpeg", "WISMO macro v3 – FINAL (1).docx",
         "carrier_claims_Nov.xlsx", "VID_20241129_0741.mp4", "invoice #TW-90155302.pdf", "photo & receipt.zip"]
SEARCH_Q = ["O'Brien", "maricel", "@tidewellmarket.com", "U05K7Q2M9", TEAM, "Ní Mhurchú", "dela cruz",
            "Nowak-Zielińska", "cebu", "krakow", "kraków", "tadhg", "Ó Súilleabháin", "el idrissi", "garcía",
            "d'almeida", "seller support", "+escalations", "rosalind.mcallister@tidewellmarket.com", SELLER_TEAM,
            "Nguyễn", "wanjiru", "team lead", "Yılmaz", "mac an tsaoi", "ji-woo"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "login", "login.slack",
           "feature.set", "feature.remove_override", "denied", "failed", "admin.map_slack", "admin.unmap_slack",
           "account.totp_enable", "user.forget_me", "zendesk-sync", "2024-11-29", "rosalind", "T06SLRDESK"]
ADMINS = ["cs-ops.admin", "rosalind.mcallister", "tadhg.macantsaoi", "it-dublin", "breakglass-cs"]
API_CLIENTS = ["zendesk-sync", "looker-cs-dashboards", "shipping-delay-bot", "workday-roster", "ci-gitlab",
               "retool.cs-console", "carrier-sla-monitor", "jeeves-worker", "n8n:wismo-alerts"]
CLIENT_DESCRIPTIONS = [
    ("zendesk-sync", "Zendesk ↔ Jeeves agent roster sync (names, e-mails); every 10 min, read+write"),
    ("looker-cs-dashboards", "Looker: weather-related WISMO volume per hub (Dublin, Cebu, KRK, LIS, AUS, NBO, MEX)"),
    ("shipping-delay-bot", "Posts carrier delay warnings w/ weather; owner: Rosalind McAllister (CS Ops)"),
    ("workday-roster", "Workday → shift roster & time zones (\"who's on\") — read-only"),
    ("ci-gitlab", "GitLab CI smoke test after deploy (read)"),
    ("retool.cs-console", "Retool CS console: agent settings page (alerts, units, tz)"),
    ("carrier-sla-monitor", "SLA monitor for UPS/DHL/InPost/J&T — flags hubs with storms > 48h"),
    ("n8n:wismo-alerts", "n8n flow: \"Where is my order?\" spike → Slack #carrier-issues"),
]
AGENT_NAMES = ["Maricel Dela Cruz (T2 – Cebu)", "Paweł Kowalczyk | KRK", "Aoife Ní Mhurchú", "Darragh O'Brien – TL",
               "Fatima Zahra El Idrissi", "Nguyễn Thị Hoa", "Jing Chen 陈静", "Guadalupe \"Lupita\" Hernández",
               "Tadhg Mac an tSaoi (Refunds)", "Wanjiru Kamau, Nairobi", "João d'Almeida", "Ji-woo Kim / 김지우",
               "Zuzanna Nowak-Zielińska", "Rosalind McAllister, CS Ops Lead"]
UA_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36",
]
UA_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.39 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.11.20",
]
LANGS = ["en-IE,en;q=0.9", "en-US,en;q=0.9", "en-PH,en;q=0.9,fil;q=0.8", "fil-PH,fil;q=0.9,en;q=0.8",
         "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "pt-PT,pt;q=0.9,en;q=0.8", "es-MX,es;q=0.9,en;q=0.8",
         "en-KE,en;q=0.9,sw;q=0.8", "en-GB,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8",
         "ko-KR,ko;q=0.9", "tr-TR,tr;q=0.9,en;q=0.8", "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "Go-http-client/2.0", "axios/1.7.7",
              "Zendesk-Integrations/1.0", "Looker/24.18 (+https://cloud.google.com/looker)", "n8n",
              "Retool/3.75 (+https://retool.com)", "PostmanRuntime/7.42.0",
              "gitlab-runner 17.5.2 (17-5-stable; go1.22)", "Workday Studio/2024.44", "node-fetch/3.3.2",
              "okhttp/4.12.0", "Insomnia/10.1.1"]


HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Datadog/Synthetics",
              "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
              "ELB-HealthChecker/2.0", "curl/8.10.1", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2",
            "python-requests/2.32.3", "Authlib/1.3.2", "openapi-generator/7.9.0",
            "PostmanRuntime/7.42.0", "Zendesk-Integrations/1.0"]
ADMIN_PAGES = ["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
               "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
               "/admin/users?page=4", "/admin/features?done=switch_updated",
               "/admin/clients?done=client_enabled", "/admin/slack-sign-in?done=unmapped",
               "/admin/account?done=totp_disabled", "/admin/users?done=user_updated&q=cebu&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/users?q=dela%20cruz",
              "/admin/audit?q=login.slack", "/admin/features"]
PHRASE_WORDS = ["parcel", "typhoon", "refund", "courier", "lantern", "cedar", "harbour", "mango", "kestrel",
                "pierogi", "jeepney", "azulejo"]
UNTIL = ["2024-11-29T08:00:00Z", "2024-11-29", "2024-11-29T16:00:00+08:00",
         "2024-11-29T09:00:00+01:00"]


class Marketplace(EvaluatorDay):
    """Tidewell Market's support floor: its agents and channels, one seeded random source; each method makes one
    kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token, base = SLACK_APP_TOKEN, BASE
    ts_window, iat_window, event_window = (0, 12 * 3600), (-600, 40000), (0, 40000)
    alert_hours, alert_minutes = (5, 6, 6, 7, 7, 8, 9, 13, 14, 21, 22), ("00", "15", "30", "45", "10")
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UA_DESKTOP, UA_MOBILE, LANGS
    html_accept = HTML_ACCEPT + ",application/signed-exchange;v=b3;q=0.7"
    other_platform, xff_rate, xff = '"Chrome OS"', 0.04, ("10.44.2.19", "192.168.0.112", "10.9.1.7, 172.20.3.4")
    bearer_rate, script_encodings = None, ("gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip")
    verify_uas, verify_scopes = [*SCRIPT_UAS, "lua-resty-http/0.17.2"], ("read", "read write")
    health_uas, readyz_rate, meta_uas = HEALTH_UAS, 0.12, META_UAS
    # /jeeves and the buttons
    partner_team, partner_domain = SELLER_TEAM, "tidewell-sellers"
    button_places, weather_replies = PLACES + [h[1] for h in HUBS] + CUSTOMER_ADDRESSES[:6], BOT_REPLIES[7:10]
    confirm_roll, click_ascii_rate = 0.85, 0.35
    # /me/ and signing in
    timezones, signin_referer, me_get_weight = TIMEZONES, True, 8
    me_pages = ("/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                "/me/?done=location_forgotten", "/me/data.json")
    me_places = PLACES + [hub[1] for hub in HUBS] + CUSTOMER_ADDRESSES[:10] + [f"Tidewell {hub[0]} hub" for hub in HUBS]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, SELLER_TEAM, "t06slrdesk", "")
    admin_rolls, admin_account_roll = (0.2, 0.32, 0.48, 0.58, 0.66, 0.75, 0.86, 0.92), 0.985
    account_rolls, disable_password_bytes = (0.3, 0.65, 0.85, 1.0), 14
    search_pages, search_referer_q, toggle_pages, user_ids = (2, 8), True, (1, 5), (1, 640)
    toggle_roles, feature_rate, new_client_rate, write_scope_rate = ("active",) * 3 + ("admin",), 0.75, 0.5, 0.35
    client_states, slack_map_rate = ("rotate", "rotate", "disable", "enable"), 0.7
    login_referers, login_post_referer = (None, "https://app.slack.com/", BASE + "/admin/"), BASE + "/admin/login"
    password_chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{}:,.?~"
    password_length, phrase_rate, phrase_separator, phrase_suffix = (14, 28), 0.25, ("-", " ", "."), (1, 99)
    css_encoding, css_modified = "gzip, deflate, br, zstd", (0.5, "Thu, 28 Nov 2024 17:02:41 GMT")
    # the data API
    api_rolls, openapi_roll, patch_rolls = (0.28, 0.45, 0.68, 0.85, 0.92), 0.95, (0.22, 0.38, 0.68, 0.8, 0.92)
    limits, offsets, filter_teams = ("50", "100", "200", "500", "20"), (0, 20, 50, 100, 200, 500), (TEAM, SELLER_TEAM)
    alert_values, patch_names = ("true", "false", "on", "off", "1", "0"), AGENT_NAMES
    usage_days, until_rate, until_choices, switch_enabled_rate = (1, 28), 0.55, UNTIL, 0.65
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|tracking", "|ticket", "|here", "|dashboard")
    emoji_rate, link_rate, link_once, dm_partner_rate = 0.2, 0.07, True, 0.08
    mention_leads = ("", "", "", "hey ", "cc ", "quick one ")
    edit_hidden_first = True
    edit_suffixes = (" (edited: wrong order no.)", " *", " — sorry, it's the Cebu hub", "", " (typo)")
    home_view_rate = 0.55

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(180):
            first, last = self.pick(AGENT_FIRST), self.pick(AGENT_LAST)
            handle_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum())
            handle_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum())
            handle = f"{handle_first or 'agent'}.{handle_last or 'cs'}" + (str(i) if i % 11 == 0 else "")
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                                "email": f"{handle}@tidewellmarket.com", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "cs-tier1", "cs-escalations", "refunds-approvals", "carrier-issues", "cs-cebu", "cs-krakow",
            "cs-lisboa", "cs-nairobi", "cs-cdmx", "seller-support", "fraud-review", "macros-wip", "qa-calibration",
            "weather-delays", "general", "random", "black-friday-war-room")]
        self.dms = [self.sid("D0", 9) for _ in range(70)]

    # ---- Slack ids, texts and the App Home view -----------------------------------------------------------------
    def command_ids(self, team: str) -> tuple[str, str]:
        trigger = self.trigger()
        return self.hook("commands", team), trigger

    def home_view(self, team: str) -> dict[str, Any]:
        hub = self.pick(HUBS)
        return {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9),
                "app_id": APP_ID, "bot_id": BOT_ID, "external_id": "", "clear_on_close": False,
                "notify_on_close": False, "state": {"values": {}}, "previous_view_id": None,
                "title": {"type": "plain_text", "text": "View Title", "emoji": True},
                "blocks": [{"type": "header", "block_id": "hdr", "text": {
                    "type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                    {"type": "section", "block_id": "loc", "text": {
                        "type": "mrkdwn", "text": f"*Location:* {hub[1]}\n*Units:* metric\n"
                                                  f"*Daily alert:* on at {self.hhmm()} "
                                                  f"({self.pick(TIMEZONES)})"}}]}

    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (the text as Slack delivers it, with its escapes and <...> markup; as typed)."""
        pools = {"%MACRO%": MACROS, "%ORDER%": ORDERS, "%TRACK%": TRACKING, "%CARRIER%": CARRIERS, "%MONEY%": MONEY,
                 "%COUPON%": COUPONS, "%PRODUCT%": PRODUCTS, "%COMPLAINT%": COMPLAINTS, "%RETADDR%": RETURN_ADDRESSES,
                 "%ADDR%": CUSTOMER_ADDRESSES, "%PLACE%": PLACES, "%CUST%": CUSTOMERS, "%SELLER%": SELLERS,
                 "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES, "%SKU%": SKUS, "%TICKET%": TICKETS,
                 "%SIZE%": SIZES, "%DATE%": DATES}
        text = self.substitute(text, pools)
        return self.markup(self.substitute(text, {"%HUB%": lambda: self.pick(HUBS)[self.pick([0, 1])],
                                                  "%HHMM%": self.hhmm}))

    # ---- Slack: the Events API ------------------------------------------------------------------------------
    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FILES)
        slack, raw = self.fill(self.pick(["", "photo from the customer, %ORDER%", "POD from %CARRIER% for %TRACK%",
                                          "see attached 📎", "here's the return label for %ORDER%",
                                          "weather %PLACE%", "the refund batch for today"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "heic": "image/heic", "png": "image/png",
                "pdf": "application/pdf", "csv": "text/csv", "mp4": "video/mp4", "zip": "application/zip",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}[ext]
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + 120, "timestamp": EPOCH + 120, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "user_team": TEAM, "editable": ext == "csv", "size": self.rng.randint(8_000, 24_000_000),
                           "mode": "hosted", "is_external": False, "external_type": "", "is_public": False,
                           "public_url_shared": False, "display_as_bot": False, "username": "",
                           **file_urls(TEAM, TEAM_DOMAIN, event["user"], fid, name),
                           "has_rich_preview": False, "file_access": "visible"}]
        return self.shared_file(event)

    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        link = self.pick(LINKS)
        intro = self.pick(["weather where this parcel is?", "is this the storm one?", "customer sent this",
                           "can you check"])
        old = self.message(f"{intro} <{slack_escape(link)}>", f"{intro} {link}", channel, False)
        host = urllib.parse.urlsplit(link).hostname or "link"
        service = host.removeprefix("www.").split(".")[0].capitalize()
        title = self.pick([f"{self.pick(PRODUCTS)} | Tidewell Market", f"Tracking {self.pick(TRACKING)}",
                           f"Ticket {self.pick(TICKETS)}: {self.pick(COMPLAINTS)[:60]}",
                           f"{self.pick(PRODUCTS)} — {self.pick(MONEY)}"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": f"{self.pick(CARRIERS)} · {self.pick(PLACES)} · {self.pick(DATES)}",
                               "fallback": f"{service}: {title}"}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": self.inner(old), "ts": self.ts(), "event_ts": self.ts(),
                 "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_bot_echo(self) -> dict[str, Any]:
        slack, _ = self.fill(self.pick(BOT_REPLIES))
        event = self.bot_message(slack, EPOCH - 86400 * 90, 0.25,
                                 {"image_48": "https://avatars.slack-edge.com/2024-08-30/7651234_a1b2c3d4e5f6_48.png"})
        if "°C" in slack and self.chance(0.75):
            place = slack.split(":", 1)[0]
            event["blocks"] = self.weather_blocks(slack, place)
        return self.record("slack", "json", self.event_request(event))

    # ---- its browsers (cookies, multipart, client hints), its scripts' dates and tracing ------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("OptanonAlertBoxClosed", "2024-10-02T08:14:55.112Z"))
        if self.chance(0.08):
            jar.append(("_zendesk_shared_session", "-" + self.token(24)))
        return jar

    def boundary(self) -> str:
        return self.pick(["----WebKitFormBoundary", "----geckoformboundary"]) + self.hexs(16)

    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome/" not in ua:
            return None
        brand = '"Microsoft Edge";v="131"' if "Edg/" in ua else '"Google Chrome";v="131"'
        return f'"Chromium";v="131", {brand}, "Not_A Brand";v="24"'

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-11-{day:02d}T00:00:00Z", f"2024-11-{day:02d}",
                f"2024-11-{day:02d}T06:00:00+08:00", f"2024-11-{day:02d}T00:00:00.000Z",
                f"2024-10-{day:02d}T23:00:00-06:00", f"2024-11-{day:02d} 08:00:00"]

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if self.chance(0.2):
            h["traceparent"] = self.traceparent("01")
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"zd-sync-{self.rng.randint(10**8, 10**9)}",
                                           f"gl-job.{self.rng.randint(10**6, 10**7)}"])
        if self.chance(0.05):
            h["X-Datadog-Trace-Id"] = str(self.rng.randint(10**17, 10**18))
            h["X-Datadog-Parent-Id"] = str(self.rng.randint(10**17, 10**18))


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 170), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 24), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 27),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """Black Friday on the support floor, kinds interleaved (after Slack's URL verification on re-install)."""
    return planned(Marketplace(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
