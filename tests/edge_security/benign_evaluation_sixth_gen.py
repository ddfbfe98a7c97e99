"""Black Friday at an online retailer's operations team that uses Jeeves, on every route of the edge (benign only).

Marrowby & Co. sells furniture, rugs, bedding and kitchenware online and ships from its own distribution centres
and a few 3PLs in the US, Canada and Europe. About 1,700 requests, in the proportions a real deployment sees them:
Slack first (channel chat, threads, @mentions, DMs, edits, integrations' posts, file shares, link unfurls,
reactions, App Home, `/jeeves` slash commands, button clicks, modal submissions and shortcuts), then the data API
(scripts, CI, BI dashboards and back-office tools with bearer tokens), the admin panel, `/me/`, Sign in with Slack
and its one-time links, TokenDealer itself, and the health and metadata endpoints.

The texts are what this team types on the Friday after Thanksgiving: order numbers, refunds and chargebacks,
SKUs with slashes and inch marks, warehouse and dock codes, carrier tracking links, coupon codes, product copy
in inches and feet, customers' e-mails quoted into tickets, CSV and spreadsheet pastes, spreadsheet formulas,
report SQL, Liquid email templates, label (ZPL) and EDI snippets, addresses and phone numbers in many countries,
prices and dates in many formats, and chat in many languages and scripts with emoji and markdown.

How it was written: by an independent benign author, from the route list (the route names, match, methods and
upstreams of gateway/gateway.yaml), the handlers in app/ and tokendealer/, README.md, the record structure of
benign_day_gen.py, and general knowledge of what Slack, browsers, SDKs and CLIs send. No WAF rule, exclusion,
ruleset or other evaluator's text list was read, and the texts were not changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the day.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, the App Home event, the fenced parts of a text, trigger_id and response_url) comes from
evaluator_routes.SlackApp, its web pieces (multipart_form, form_navigation, form_request, token_request,
verify_request, get_request, cross_site_arrival, signed_in, ga_cookie, cookie_header, me_exit_form, settings_patch,
oidc_code, link_preview, link_visit, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

SEED = 61129
EPOCH = 1732870800  # 2024-11-29 09:00 UTC, Black Friday
TEAM, TEAM_DOMAIN = "T04MRWBY0C", "marrowby"
APP_ID, BOT_USER = "A06JVS0PS1", "U06JEEVESB"
HOST = "ops-edge.marrowby.com"
BASE = f"https://{HOST}"

FIRST = ["Dana", "Mary-Kate", "José Ángel", "Thi Minh", "Siobhán", "Jean-Luc", "Ólafur", "Renée", "Conor",
         "Ahmad", "Kaʻiulani", "Zoë", "Björk", "Tamika", "DeShawn", "Marisol", "Priyanka", "Hyun-woo", "Yuki",
         "Aleksandra", "Dariusz", "Ngozi", "Kwame", "Ines", "Lukas", "Anneke", "Giulia", "Farah", "Omar", "Sunita",
         "Bao", "Rafael", "Camila", "Mateo", "Chidi", "Åsa", "Henrik", "Fiona", "Wren", "Jo", "Bex", "Sam", "Chris",
         "Pat", "Lauren", "Mike", "Jenn", "Kyle", "Becca", "Luis"]
LAST = ["O'Neil", "D'Souza", "García-Márquez", "Nguyễn", "Ní Bhriain", "Lefèvre", "Þórsson", "St. Pierre",
        "MacNamara", "Al-Farsi", "Makoa", "van 't Hof", "Guðmundsdóttir", "Washington", "Jackson-Reid",
        "de la Cruz", "Raghunathan", "Park", "Takahashi", "Wójcik", "Kowalczyk", "Okonkwo", "Mensah", "Sauer",
        "Bakker", "Esposito", "Haddad", "Abdi", "Chaudhary", "Tran", "Oliveira", "Ruiz", "Eze", "Lindqvist",
        "Sørensen", "O'Donoghue", "Fitzgerald-Hughes", "Smith", "Miller", "Brown", "Lee", "Kim", "Rossi"]

WAREHOUSES = ["DC-RNO1", "DC-ALN2", "DC-MEM3", "WH-LEJ1", "3PL-TLB/B", "FC-YYZ3", "XDOCK-SAV", "STORE-0412",
              "RNO1 dock 14", "ALN2 mezz", "LEJ1 Halle B", "Tilburg (3PL)", "Mississauga FC"]
SKUS = ['TBL-OAK-72"', "RUG/5X8/NVY", 'LMP-ARC-BRS 64"', "CHR-WSR/WAL", "10-4471/B", "MUG-12OZ/SAGE",
        'QLT-K/CK "Harbor" Stripe', 'PLW-20X20/LIN/OAT', "BKS-3SHF/36W", "DUV-F/Q 'Fieldstone'", "FRM-8X10/BLK",
        'KNF-CHF-8" (20cm)', "TWL-BATH/6PK/WHT", 'CRT-PNL-52"X84"', "SFA-3S/BOUCLE/IVY", "RUG/9X12/RST",
        "DSK-STAND/60X30", "BLK-THRW/50X60/CHR", "POT-CI/5.5QT/RED", "BENCH-ENTRY/ASH 48\"", "MRR-RND/30\"/GLD",
        "SHT-K/PERC/400TC", "VAS-CER/S-M-L SET", "STL-BAR-26\"/BLK", "LNR-BOX/XL (3-pk)"]
COUPONS = ["BF24-30OFF", "CYBER25", "FREESHIP50", "WELCOME10", "VIP_EARLY_ACCESS", "SORRY15", "RUGS-20",
           "TEAM-MRWBY-40", "HOLIDAY$25", "NEWSLTR-12%", "GIFTCARD-X7Q9-88LM"]
TRACKING = [
    "https://www.ups.com/track?loc=en_US&tracknum=1Z9X4W170312345678&requester=ST/trackdetails",
    "https://www.fedex.com/fedextrack/?trknbr=781234567890&trkqual=12026~781234567890~FDEG",
    "https://tools.usps.com/go/TrackConfirmAction?tRef=fullpage&tLc=2&text28777=&tLabels=9400111899223344556677",
    "https://www.dhl.com/de-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=JJD000390007777123456",
    "https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB",
    "https://jouw.postnl.nl/track-and-trace/3SMRWB1234567-NL-5013AL",
    "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=7023210039414604",
    "https://www.dpd.co.uk/apps/tracking/?reference=15501234567890&postcode=SW1A1AA#results",
    "https://www.ontrac.com/tracking/?number=D10012345678901",
    "https://track.aftership.com/trackings?courier=estes&tracking-numbers=0123456789",
    "https://www.xpo.com/track/?pro=123-456789-0",
    "https://www.gls-group.eu/DE/de/paketverfolgung?match=ZX89QWE1",
]
LINKS = [
    "https://admin.shopify.com/store/marrowby/orders/5512349876543?tab=timeline",
    "https://marrowby.gorgias.com/app/ticket/38821044",
    "https://marrowby.zendesk.com/agent/tickets/771204",
    "https://marrowby.looker.com/explores/orders/order_items?qid=ZpQ1xR7&toggle=fil,vis",
    "http://metabase.internal:3000/question/412-refunds-by-reason?start_date=2024-11-01&warehouse=DC-RNO1",
    "https://1234567.app.netsuite.com/app/accounting/transactions/salesord.nl?id=884213&whence=",
    "https://ship.shipstation.com/orders/awaiting-shipment?storeId=88123&page=2",
    "https://docs.google.com/spreadsheets/d/1m9Xv2K7aQ/edit#gid=1440712&range=B2:F40",
    "https://marrowby.atlassian.net/browse/OPS-4471",
    "https://marrowby.atlassian.net/wiki/spaces/OPS/pages/99112/Peak+2024+Runbook",
    "https://www.notion.so/marrowby/Returns-policy-holiday-2024-7c1e2b",
    "https://www.marrowby.com/products/harbor-stripe-quilt?variant=44012345678901&utm_source=klaviyo",
    "https://www.marrowby.com/collections/rugs?filter.v.option.size=5%27+x+8%27&sort_by=best-selling",
    "https://www.marrowby.com/pages/shipping-returns#holiday",
    "https://status.shopify.com/incidents/9xk2m4q1",
    "https://grafana.marrowby.internal:8443/d/wms/pick-rates?orgId=1&from=now-12h&var-dc=RNO1",
    "https://github.com/marrowby/ops-scripts/pull/218",
    "https://app.klaviyo.com/flow/VqR5sT/edit",
]
TZS = ["America/Los_Angeles", "America/New_York", "America/Chicago", "America/Denver", "America/Toronto",
       "America/Vancouver", "America/Phoenix", "Europe/Berlin", "Europe/Amsterdam", "Europe/London",
       "Europe/Warsaw", "Europe/Dublin", "Asia/Ho_Chi_Minh", "Asia/Kolkata", "Asia/Manila", "Asia/Shanghai",
       "America/Mexico_City", "America/Sao_Paulo", "Pacific/Honolulu", "UTC"]
PLACES = [
    "Reno, NV", "Reno", "Sparks NV 89434", "Allentown, PA", "Allentown PA 18106", "Memphis, TN", "Louisville, KY",
    "Savannah, GA", "Long Beach", "Port of Long Beach", "Mississauga, ON", "Toronto", "Vancouver, BC", "Leipzig",
    "Tilburg", "Rotterdam", "Venlo", "Łódź", "Poznań", "Köln", "Frankfurt am Main", "London", "Milton Keynes",
    "Lutterworth", "Dublin", "Portland, OR", "Seattle", "Brooklyn", "New York", "Chicago", "Dallas-Fort Worth",
    "Denver", "Phoenix", "Honolulu", "Anchorage", "Shenzhen 深圳", "Ningbo", "Ho Chi Minh City",
    "Thành phố Hồ Chí Minh", "Tiruppur", "Bursa", "Guadalajara", "Monterrey", "São Paulo", "Osaka 大阪", "Manila",
    "Bengaluru", "Coeur d'Alene", "O'Fallon, IL", "Winston-Salem", "St. John's", "Québec", "Saint-Laurent, QC",
    "1 Logistics Way, Reno, NV 89502", "7400 Industrial Blvd, Allentown PA 18106", "Am Exer 10, 04158 Leipzig",
    "Unit 4, Magna Park, Lutterworth LE17 4XH", "Kraanspoor 12, 1033 SE Amsterdam", "5600 Airways Blvd Memphis",
    "39.5296,-119.8138", "51.3397, 12.3731", "35.0424° N, 89.9767° W", "M5V 3L9", "04158", "89502",
]
CHANNELS = [("C01OPSGNRL", "ops-general"), ("C02PEAK24X", "peak-2024-warroom"), ("C03CXESCAL", "cx-escalations"),
            ("C04REFUNDS", "refunds-approvals"), ("C05DCRNO1X", "dc-reno"), ("C06DCALN2X", "dc-allentown"),
            ("C07EUOPS0X", "eu-ops"), ("C08CARRIER", "carriers"), ("C09MERCHX0", "merch-pdp-copy"),
            ("C10INVNTRY", "inventory-planning"), ("C11PROMOSX", "promos-and-coupons"), ("C12RANDOMX", "random"),
            ("C13FINOPSX", "finance-ops"), ("C14DATAX00", "data-requests"), ("C15WMSALRT", "wms-alerts"),
            ("C16RETURNS", "returns-rma")]
EMOJI = [":white_check_mark:", ":eyes:", ":package:", ":truck:", ":rotating_light:", ":fire:", ":pray:",
         ":raised_hands:", ":moneybag:", ":money_with_wings:", ":sob:", ":coffee:", ":turkey:", ":shopping_bags:",
         ":chart_with_upwards_trend:", ":thumbsup:", ":100:", ":this-is-fine:", ":ty:", "📦", "🚚", "🔥", "🙏",
         "💸", "😅", "🫠", "🦃", "🛍️", "✅", "❗", "👀", "🎉", "🤞", "😭"]
REACTIONS = ["white_check_mark", "eyes", "package", "truck", "heavy_check_mark", "+1", "pray", "raised_hands",
             "fire", "rotating_light", "moneybag", "done", "ack", "sob", "joy", "this-is-fine", "turkey", "ty",
             "skin-tone-3", "thumbsup::skin-tone-5", "100", "x", "no_entry", "hourglass_flowing_sand"]

# Channel chat. @@M@@ mention, @@L@@ link, @@T@@ tracking link, @@C@@ channel, @@O@@ order number,
# @@S@@ SKU, @@W@@ warehouse, @@K@@ coupon, @@N@@ number, @@$@@ money, @@D@@ date, @@P@@ place.
CHAT = [
    "morning all ☕ BF day is here", "gm gm", "orders/min just crossed 410 🔥", "ok who has the coupon dashboard open",
    "on it", "looking", "ack", "ty @@M@@!", "+1", "same here", "nvm, found it", "brb, walking the floor at @@W@@",
    "order @@O@@ shows delivered but customer says the box arrived empty, filing a claim @@T@@",
    "refund issued: @@$@@ to original payment (Visa ••4242), note added to @@O@@",
    "anyone know why @@S@@ is showing -3 on hand at @@W@@?",
    "backorder ETA for @@S@@ slipped to @@D@@ :sob:",
    "pick rate at @@W@@ was 142 UPH yesterday 💪 pack 96 UPH",
    "carrier cutoff today is 3:30pm ET (early because of the holiday)",
    "short-ship on PO 45-2231: ordered 240, received 228 (12 cases crushed on the trailer)",
    "coupon @@K@@ is stacking with FREESHIP50 again?! we need to fix the discount combos",
    "who owns the Klaviyo flow for abandoned carts? @@L@@",
    "WISMO tickets up 38% wk/wk, mostly @@W@@ orders from Tue",
    "RMA-22871 approved, prepaid label sent to the customer",
    "the 5'x8' rug is actually 60\" x 96\" — the product page says 5' x 7'6\", can merch fix? @@L@@",
    "cycle count for aisle 14, bays A–F, tomorrow 6am. @@M@@ can you cover?",
    "chargeback on @@O@@, reason code 13.1 (merchandise not received), tracking shows delivered @@T@@",
    "dim weight on the arc lamp box is killing us: 26 x 14 x 14 in → 37 lb DIM vs 9 lb actual",
    "we need ~40 temps at RNO1 through 12/20, agency says 25 confirmed so far",
    "is @@K@@ supposed to work on sale items? customer says \"it says not applicable\"",
    "FYI the trailer from Savannah (SCAC: ODFL, PRO 123-4567890) is 2h late to dock 14",
    "@@M@@ can you approve refund over $500 for @@O@@? CX lead is off today",
    "lol the customer named their cat \"Order #1\" and wrote it in the notes field",
    "Who changed the shipping rate table? Ground to AK/HI is showing $0.00",
    "inbound ASN for PO 88-1207 doesn't match the packing list (SKU @@S@@ qty 48 vs 36)",
    "heads up: USPS is embargoing some ZIPs in 967xx/968xx due to weather",
    "back in 10, lunch 🍕", "OOO Monday, @@M@@ has my approvals",
    "tbh we should just auto-refund anything under $15 that's lost in transit",
    "ngl the new pack station layout at ALN2 is way faster", "ugh, printer on pack line 3 jammed again",
    "label printer at @@W@@ is printing 4x6 labels at 4x4, anyone know the setting?",
    "Can someone double check the ATP for @@S@@? Shopify says 0 but WMS says 212",
    "reminder: returns window extended to Jan 31 for orders placed 11/1–12/24",
    "it's -12°C in Leipzig and the dock doors won't close 🥶", "heat's finally fixed at the Reno DC",
    "do we ship to APO/FPO addresses? customer at APO AE 09012 asking",
    "price match request: customer found @@S@@ for $189.99 at a competitor, we're $219 — policy?",
    "Guten Morgen! Heute 6.200 Pakete in Leipzig raus 💪", "¿Alguien sabe si el cupón @@K@@ funciona en México?",
    "Bonjour l'équipe ! Les retours Colissimo arrivent en retard cette semaine.",
    "お疲れ様です！大阪向けの出荷、本日分は完了しました。", "물류센터 오늘 출고 마감 완료했습니다 👍",
    "Dzięki! Paleta z Łodzi dojechała, 24 kartony OK, 1 uszkodzony.", "Obrigado pessoal, até amanhã!",
    "Tot morgen! Tilburg heeft 1.842 retouren verwerkt vandaag.", "Спасибо, всё дошло.", "شكراً على المساعدة 🙏",
    "धन्यवाद, ऑर्डर भेज दिया गया है", "感谢大家，今天发了3000多单！", "Cảm ơn mọi người, hàng đã về kho rồi",
    "Teşekkürler, Bursa'dan gelen havlular bugün yüklendi.", "Ευχαριστώ! Η παραγγελία έφυγε.",
    "conversion is 4.1% on mobile vs 2.7% desktop today, weird flip",
    "AOV is @@$@@ so far today (LY: $162.40)", "gross sales crossed $1.2M at 10:42 PT 🎉🎉",
    "is the 8\" chef's knife (20 cm) allowed to ship to the UK? they have rules about blades",
    "hazmat: the reed diffuser sets are ORM-D / limited qty, don't send via air",
    "customs hold in Canada on @@O@@: need HS code 6302.31 and country of origin on the CI",
    "customer wants to change ship-to from 742 Evergreen Terrace, Apt #3B to her office, order not picked yet",
    "call from +1 (775) 555-0142 about a missed delivery, left VM", "our UK number is +44 20 7946 0958 btw",
    "Incoterms for the EU shipments are DDP now, not DAP — update the CI template pls",
    "POS in STORE-0412 is offline, they're doing manual sales on the iPad", "👀", "🙏🙏🙏", "✅ done",
    "shipping it", "yes", "no", "maybe?", "k", "kk thx", "lmk", "on my way to dock 7", "^ this",
]
SNIPPETS = [
    "```\norder_id,sku,qty,unit_price,ship_to,status\nMB-104233,\"TBL-OAK-72\"\"\",1,899.00,\"Reno, NV\",shipped\n"
    "MB-104240,RUG/5X8/NVY,2,249.00,\"Brooklyn, NY 11211\",backordered\nMB-104251,\"QLT-K/CK \"\"Harbor\"\" Stripe\","
    "1,189.00,\"Toronto, ON M5V 3L9\",refunded\n```",
    "```\nSKU\tDC\tOn hand\tAllocated\tATP\nRUG/5X8/NVY\tRNO1\t412\t398\t14\nRUG/5X8/NVY\tALN2\t96\t101\t-5\n"
    "TBL-OAK-72\"\tRNO1\t18\t18\t0\n```",
    "formula for the refunds tab: `=IFERROR(VLOOKUP(A2,'Inventory DC-RNO1'!A:D,4,FALSE),0)`",
    "`=SUMIFS(D:D,B:B,\"RUG*\",C:C,\">=\"&DATE(2024,11,1))` gives 1,204 — matches Looker 👍",
    "Sheets: `=QUERY(Orders!A:H,\"select B, sum(E) where C = 'refunded' group by B order by sum(E) desc\",1)`",
    "```sql\nselect o.name as order_no, r.amount, r.reason, r.created_at\nfrom refunds r\njoin orders o on o.id = "
    "r.order_id\nwhere r.created_at >= '2024-11-29'\n  and r.reason ilike '%damaged%'\norder by r.amount desc\n"
    "limit 50;\n```",
    "```\nselect sku, sum(qty) as units, sum(qty * unit_price) as gmv\nfrom order_lines\nwhere ordered_at::date = "
    "current_date\ngroup by sku\norder by gmv desc;\n```",
    "quick check: `SELECT count(*) FROM shipments WHERE carrier = 'UPS' AND status = 'exception';` → 87",
    "```liquid\n{% if product.tags contains 'final-sale' %}\n  <p class=\"note\">Final sale — no returns or "
    "exchanges.</p>\n{% endif %}\n```",
    "email subject line: `{{ order.name }} is on its way, {{ customer.first_name | default: 'friend' }}!`",
    "```\n^XA\n^CF0,40\n^FO50,40^FDMarrowby DC-RNO1^FS\n^FO50,100^BY3^BCN,120,Y,N,N^FD1Z9X4W170312345678^FS\n"
    "^FO50,260^FDShip to: D. O'Neil, Apt #3B^FS\n^XZ\n```",
    "ASN from the vendor is malformed, segment 5:\n```\nISA*00*          *00*          *ZZ*ACMEFURN       *ZZ*"
    "MARROWBY       *241129*0912*U*00401*000004471*0*P*>~\nGS*SH*ACMEFURN*MARROWBY*20241129*0912*4471*X*004010~\n"
    "ST*856*0001~\nBSN*00*88-1207*20241129*0912~\nHL*1**S~\nTD5*B*2*ODFL*M~\n```",
    "GS1 label reads `(00)006141411234567890(02)00614141123452(37)24` — SSCC looks fine",
    "```\n2024-11-29T09:14:02Z WARN wms.alloc wave=W-88213 dc=RNO1 sku=\"TBL-OAK-72\\\"\" short=2\n"
    "2024-11-29T09:14:03Z INFO wms.alloc wave=W-88213 released lines=412 units=1,904\n```",
    "```\nTraceback (most recent call last):\n  File \"/opt/ops-scripts/refund_sync.py\", line 212, in <module>\n"
    "    main()\n  File \"/opt/ops-scripts/refund_sync.py\", line 188, in main\n    amt = Decimal(row[\"amount\"])\n"
    "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]\n```\n"
    "the CSV had \"$1,249.00\" with the $ and comma",
    "```bash\ncurl -s -H \"Authorization: Bearer $JEEVES_TOKEN\" \"https://ops-edge.marrowby.com/api/usage/stats"
    "?since=2024-11-29T00:00:00Z\" | jq '.by_action'\n```",
    "```python\nimport pandas as pd\ndf = pd.read_csv(\"bf_orders.csv\", dtype={\"zip\": str})\n"
    "print(df.groupby(\"warehouse\")[\"units\"].sum().sort_values(ascending=False).head(10))\n```",
    "```\n| DC | orders | units | on-time % |\n|---|---:|---:|---:|\n| RNO1 | 8,412 | 19,877 | 97.8 |\n"
    "| ALN2 | 6,104 | 13,220 | 95.1 |\n| LEJ1 | 2,377 | 4,940 | 99.2 |\n```",
    "```\n$ python3 export_refunds.py --from 2024-11-29 --to 2024-11-30 --format csv > refunds_bf.csv\n"
    "wrote 1,311 rows (USD 84,220.55; CAD 6,140.00; EUR 3,905.10)\n```",
    "regex for our order numbers: `^MB-\\d{6}$` (old ones are `#\\d{4,5}`)",
    "```json\n{\"order\": \"MB-104233\", \"lines\": [{\"sku\": \"TBL-OAK-72\\\"\", \"qty\": 1}], \"ship_method\": "
    "\"LTL white glove\", \"notes\": \"call 30 min before, gate code #4471\"}\n```",
    "```\nCarrier         Shipments  Exceptions  Rate\nUPS Ground          4,402          87   1.98%\n"
    "FedEx Home          2,911          51   1.75%\nUSPS Ground Adv      1,733          66   3.81%\n```",
]
LONG = [
    "Hi team,\n\nforwarding from Gorgias @@L@@:\n\n> Hi, I ordered the 'Harbor' stripe quilt (King/Cal King) on "
    "11/22 and it still says \"label created\". Order @@O@@. Can you help?? My in-laws arrive Wednesday!!\n"
    "> — Dana\n> Sent from my iPhone\n\ntracking: @@T@@ — looks stuck at origin. @@M@@ can we reship?",
    "*Peak update* (11:00 PT)\n• Orders today: 21,904 (+18% vs LY)\n• Backlog: RNO1 1,204 / ALN2 880 / LEJ1 0\n"
    "• Carrier pickups: UPS 2 trailers extra at 16:00, FedEx on schedule\n• Top issue: @@K@@ stacking, fix "
    "deployed 10:12\n• Next update 14:00",
    "> Sehr geehrte Damen und Herren,\n> leider ist der Teppich (160 x 230 cm) beschädigt angekommen – an einer "
    "Ecke ist er eingerissen. Fotos im Anhang.\n> Mit freundlichen Grüßen\n> Jürgen Weiß\n\nDE customer, @@O@@, "
    "offering 20 % partial refund or replacement from LEJ1?",
    "> Bonjour, j'ai commandé une lampe (réf. @@S@@) le 25/11, le colis indique « livré » mais je n'ai rien reçu. "
    "Pouvez-vous vérifier ? Merci d'avance, Céline\n\nColissimo says left in mailbox 🤷",
    "Returns policy for holiday (please read before replying to customers):\n1. Orders placed 11/1–12/24 can be "
    "returned until *Jan 31, 2025*\n2. Final sale items (tag `final-sale`) excluded\n3. Rugs over 8'x10' → "
    "freight pickup, $49 fee waived if damaged\n4. Gift returns → store credit to the recipient\n\n"
    "Full doc: @@L@@",
    "Postmortem draft for yesterday's coupon incident:\n*What happened*: `@@K@@` combined with `FREESHIP50` "
    "because the new discount allowed `combinesWith.shippingDiscounts = true`\n*Impact*: 1,311 orders, ~$8.4k "
    "extra discount\n*Fix*: flipped the flag at 10:12 PT\n*Follow-ups*: alert on discount rate > 35% (OPS-4471)",
    "New PDP copy for the oak table, please review:\n> Our Harlow dining table seats 6–8 and measures 72\" W x "
    "36\" D x 30\" H (183 x 91 x 76 cm). Solid white oak, hand-rubbed oil finish. Leaves extend it to 96\" "
    "(8 ft). Ships in 2 boxes, 118 lb total. White-glove delivery available.",
    "-------- Forwarded message --------\nFrom: Acme Furniture Logistics <ops@acmefurn.example>\nDate: Thu, 28 Nov "
    "2024 17:40\nSubject: RE: PO 88-1207 ASN mismatch\n\nHi Marrowby team, apologies — 12 cartons of @@S@@ were "
    "left on the dock in Ningbo. They'll ship on the next vessel (ETD 12/6, ETA LGB 12/24).",
    "Oncall handover :wave:\n```\nopen:  OPS-4471 (coupon alert), OPS-4480 (label printer RNO1-P3)\nfixed: "
    "OPS-4462, OPS-4466\n```\nno pages overnight 🎉 but WMS wave release was slow around 02:00",
    "Reminder: *customer data in Slack*\n- no full card numbers (last 4 only)\n- addresses only in #cx-escalations\n"
    "- phone numbers → paste into the ticket, not here\nThanks! :pray:",
    "Hi @@M@@, summary of the damaged-in-transit claims for Nov:\n| carrier | claims | $ |\n|---|---|---|\n"
    "| UPS | 41 | $6,204.10 |\n| FedEx | 17 | $2,980.00 |\n| Estes (LTL) | 6 | $4,115.75 |\nfiled via @@L@@",
    "Customer on the phone (+1 415-555-0187) says: \"I was charged twice — $219.00 and $219.00 — for the same "
    "rug!!\" Looking at Shopify it's one auth + one capture. Explained, she's happy now 😅",
    "> From: Priya R. <priya.r+orders@gmail.com>\n> I used code WELCOME10 but was charged full price ($129.00). "
    "Can you refund the $12.90?\n\nrefunded $12.90, tagged `coupon-missed`",
    "Ship-to for the white-glove order:\nMs. Renée St. Pierre\n1200 Rue Sainte-Catherine O., app. 2104\n"
    "Montréal (QC) H3B 1K9\nCanada\nTél. : +1 514-555-0110\nDelivery window: Tue 12/3, 9–12",
]
BOT_COMMANDS = ["weather", "weather @@P@@", "weather in @@P@@", "wether @@P@@", "Weather @@P@@ tomorrow?",
                "weather @@P@@ — is the storm going to hit the pickup?", "remember location @@P@@",
                "remember location @@P@@", "my location", "forget location", "help", "?", "config",
                "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@AT@@", "config time @@AT@@",
                "config units imperial", "config units metric", "alerts on", "alerts off", "alerts on pls",
                "login", "forget me", "hi", "hey jeeves 👋", "thanks!", "weather @@P@@ 🌨️",
                "is it going to snow in @@P@@ tonight", "config alert_time 6:45am", "config timezone PST",
                "Config Units Imperial", "weather 89502", "weather Reno NV (DC-RNO1)"]


class Retail(WebApp):
    """The company, its people and one seeded random source; each method makes one kind of request."""

    prefix = "evaluation_sixth-benign"
    epoch = EPOCH
    team, app_id, bot_user, base = TEAM, APP_ID, BOT_USER, BASE
    ts_window, iat_window, event_window = (0, 11 * 3600), (0, 39600), (0, 39600)
    kid_first, context_bytes = True, 33
    oauth_audience_rate = 0.15

    def __init__(self) -> None:
        super().__init__(SEED)
        self.verify_token = "".join(self.rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                                    for _ in range(24))
        self.people: list[dict[str, str]] = []
        for i in range(180):
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            a_first = first.encode("ascii", "ignore").decode().lower().replace(" ", "").replace("-", "") or "ops"
            a_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "x"
            domain = self.rng.choice(["marrowby.com", "marrowby.com", "marrowby.com", "marrowby.co.uk",
                                      "marrowby.de", "partners.marrowby.com"])
            self.people.append({"id": self.sid("U0"), "name": f"{first} {last}",
                                "handle": f"{a_first}.{a_last}{i if i % 9 == 0 else ''}",
                                "email": f"{a_first}.{a_last}@{domain}", "tz": self.rng.choice(TZS)})

    # ---- small random pieces -------------------------------------------------------------------------
    def order_no(self) -> str:
        return self.pick(["MB-", "MB-", "#MB-", "#", "order "]) + str(self.rng.randint(98000, 109999))

    def money(self) -> str:
        dollars = self.rng.randint(8, 2400)
        cents = self.pick(["00", "99", "50", "95", "10", "49"])
        fmt = self.rng.random()
        if fmt < 0.5:
            return f"${dollars:,}.{cents}"
        if fmt < 0.65:
            return f"{dollars:,}.{cents} USD".replace(",", " ") if dollars > 999 else f"USD {dollars}.{cents}"
        if fmt < 0.8:
            return f"{dollars:,},{cents} €".replace(",", ".", 1) if dollars > 999 else f"{dollars},{cents} €"
        if fmt < 0.9:
            return f"£{dollars}.{cents}"
        return f"CA${dollars}.{cents}"

    def date(self) -> str:
        d = self.rng.randint(1, 28)
        return self.pick([f"12/{d}", f"{d}.12.2024", f"2024-12-{d:02d}", f"Dec {d}", f"{d}/12/24",
                          f"Mon {d} Dec", "next Tue", "EOW", "wk50", f"12/{d} (tentative)"])

    def alert_time(self) -> str:
        return f"{self.pick([5, 6, 6, 7, 7, 8, 9, 12, 17]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, links and mentions in Slack's own <...> markup."""
        out = slack_escape(text) if slack else text

        def esc(value: str) -> str:
            return slack_escape(value) if slack else value

        subs: list[tuple[str, Any]] = [
            ("@@O@@", lambda: esc(self.order_no())), ("@@S@@", lambda: esc(self.pick(SKUS))),
            ("@@W@@", lambda: esc(self.pick(WAREHOUSES))), ("@@K@@", lambda: esc(self.pick(COUPONS))),
            ("@@N@@", lambda: str(self.rng.randint(2, 480))), ("@@$@@", lambda: esc(self.money())),
            ("@@D@@", lambda: esc(self.date())), ("@@P@@", lambda: esc(self.pick(PLACES))),
            ("@@TZ@@", lambda: self.pick(TZS)), ("@@AT@@", self.alert_time)]
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        for key, src in (("@@L@@", LINKS), ("@@T@@", TRACKING)):
            while key in out:
                link = self.pick(src)
                label = self.pick(["", "", "", "|link", "|ticket", "|tracking", "|here"])
                out = out.replace(key, f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        for key, make in subs:
            while key in out:
                out = out.replace(key, make(), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.6:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["@@M@@ ", "<!here> ", "cc @@M@@ ", "<!channel> ", "@@C@@ "]) + text
        elif roll < 0.84:
            text = self.pick(["", "", "hmm ", "fyi ", "seeing this now:\n", "can someone sanity check? ",
                              "@@M@@ "]) + self.pick(SNIPPETS)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "halp 😅", "fixed, ignore", "cc @@M@@", "(from the RNO1 box)"])
        else:
            text = self.pick(LONG)
        out = self.fill(text.replace("<!here>", "\x01H").replace("<!channel>", "\x01C"))
        return out.replace("\x01H", "<!here>").replace("\x01C", "<!channel>")

    def command_text(self) -> str:
        return self.fill(self.pick(BOT_COMMANDS))

    # ---- Slack ---------------------------------------------------------------------------------------
    def blocks(self, text: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        for code, part in self.fenced_parts(text):
            if code:
                elements.append({"type": "rich_text_preformatted", "border": 0,
                                 "elements": [{"type": "text", "text": part}]})
            else:
                elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": part}]})
        return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": elements}]

    def message_event(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": "app_mention" if mention else "message", "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": TEAM, "channel": channel,
                                 "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.blocks(text)
        return event

    def event_request(self, event: dict[str, Any]) -> dict[str, Any]:
        return self.slack_request("/slack/events", json.dumps(self.envelope(event), ensure_ascii=False))

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": self.verify_token, "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.record("slack-chat", "json", self.event_request(self.message_event(self.chat_text(), cid,
                                                                                        "channel")))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = self.message_event(self.chat_text(), cid, "channel")
        event["thread_ts"] = self.ts()
        event["parent_user_id"] = self.pick(self.people)["id"]
        if self.chance(0.15):
            event["subtype"] = "thread_broadcast"
            event["root"] = {"type": "message", "user": event["parent_user_id"], "ts": event["thread_ts"],
                             "text": self.fill(self.pick(CHAT)), "thread_ts": event["thread_ts"],
                             "reply_count": self.rng.randint(1, 40), "latest_reply": event["ts"]}
        return self.record("slack-thread", "json", self.event_request(event))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.6):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}> can you "]) + self.chat_text()
        event = self.message_event(text, cid, "channel", True)
        if self.chance(0.25):
            event["thread_ts"] = self.ts()
        return self.record("slack-mention", "json", self.event_request(event))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.75) else self.chat_text()
        return self.record("slack-dm", "json", self.event_request(self.message_event(text, self.sid("D0"), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message_event(self.chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edited: wrong order #)", " *", "", " — nvm, resolved",
                                               " — correction: it's ALN2 not RNO1"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                 "event_ts")},
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(100, 99999)
        source = self.pick(["shopify-flow", "shipstation", "gorgias", "pagerduty", "jira", "looker", "statuspage",
                            "zapier"])
        texts = {
            "shopify-flow": f":rotating_light: High-value order <https://admin.shopify.com/store/marrowby/orders/"
                            f"55{n}|#MB-{100000 + n % 9999}> — $3,412.00, 3 items, ship to Anchorage, AK 99501. "
                            f"Risk: *low*",
            "shipstation": f"Label void failed for order MB-{100000 + n % 9999}: \"Carrier rejected: address line 2 "
                           f"too long (max 35 chars)\"",
            "gorgias": f"New ticket #{38800000 + n} from *Tamika W.* — \"Where's my order?? It's been 9 days\" "
                       f"(tags: wismo, vip)",
            "pagerduty": f"*Triggered* #{n}: [FIRING:1] WMSWaveReleaseLag dc=RNO1 (lag &gt; 15m for 10m) "
                         f"<https://marrowby.pagerduty.com/incidents/Q{n}Z|View>",
            "jira": f"<https://marrowby.atlassian.net/browse/OPS-{n % 5000}|OPS-{n % 5000}> moved to *In Progress*: "
                    f"\"PDP shows 5' x 7'6\" for RUG/5X8/NVY — should be 5' x 8'\"",
            "looker": "Scheduled report *BF hourly — orders by DC* is ready: "
                      "<https://marrowby.looker.com/looks/812?toggle=dat|open> (CSV attached)",
            "statuspage": "*UPS* — Investigating: delays at the Louisville, KY (SDF) Worldport hub; shipments may "
                          "arrive 1–2 days late.",
            "zapier": f"New 1★ review on *Harbor Stripe Quilt*: \"Colors don't match the photos &amp; the 'King' is "
                      f"smaller than 108\" x 92\"\" — order MB-{100000 + n % 9999}",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"id": 1, "fallback": texts[source][:90],
                                  "color": self.pick(["36a64f", "d50200", "f2c744"]), "footer": source,
                                  "ts": EPOCH + n}]}
        return self.record("slack-botmsg", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick(["bf_orders_2024-11-29.csv", "damaged rug (corner).jpg", "IMG_8812.HEIC",
                          "Returns Q4 v3 (final) FINAL.xlsx", "BOL 123-4567890.pdf", "label_test_4x6.zpl",
                          "Screenshot 2024-11-29 at 10.42.13 AM.png", "PO 88-1207 packing list.pdf",
                          "ASN_856_20241129.edi", "pick-rates wk48.png", "Zählliste Halle B.xlsx"])
        mimes = {"csv": "text/csv", "jpg": "image/jpeg", "heic": "image/heic", "xlsx": "application/vnd.openxml"
                 "formats-officedocument.spreadsheetml.sheet", "pdf": "application/pdf", "zpl": "text/plain",
                 "png": "image/png", "edi": "text/plain"}
        ext = name.rsplit(".", 1)[-1].lower()
        event = self.message_event(self.fill(self.pick(["", "", "see attached", "photos from the customer 👆",
                                                        "export for today so far", "BOL for the Savannah load",
                                                        "@@M@@ here's the packing list", "v3, numbers fixed"])),
                                   cid, "channel")
        event["subtype"] = "file_share"
        fid = self.sid("F0")
        event["files"] = [{"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name,
                           "mimetype": mimes[ext], "filetype": ext, "pretty_type": ext.upper(),
                           "user": event["user"], "size": self.rng.randint(900, 8_000_000), "mode": "hosted",
                           "is_external": False, "is_public": True,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/" + urllib.parse.quote(name),
                           "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/"
                                                   + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        if ext == "csv" and self.chance(0.7):
            event["files"][0]["preview"] = ("order_id,sku,qty,total,dc\nMB-104233,\"TBL-OAK-72\"\"\",1,899.00,RNO1\n"
                                            "MB-104240,RUG/5X8/NVY,2,498.00,ALN2")
        return self.record("slack-file", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        urls = [self.pick(TRACKING + LINKS) for _ in range(self.rng.randint(1, 3))]
        ts = self.ts()
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"],
                 "message_ts": ts, "unfurl_id": f"{cid}.{ts}.{self.hexs(40)}", "source": "conversations_history",
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in urls],
                 "event_ts": self.ts()}
        return self.record("slack-unfurl", "json", self.event_request(event))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"], "reaction": self.pick(REACTIONS),
                 "item_user": self.pick(self.people)["id"],
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0"))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0"), "team_id": TEAM, "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": [],
                             "title": {"type": "plain_text", "text": "Jeeves"}}
        return self.record("slack-home", "json", self.event_request(event))

    def slack_member(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": "member_joined_channel", "user": self.pick(self.people)["id"], "channel": cid,
                 "channel_type": "C", "team": TEAM, "inviter": self.pick(self.people)["id"], "event_ts": self.ts()}
        return self.record("slack-member", "json", self.event_request(event))

    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 6)
        fields = [("token", self.verify_token), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]),
                  ("user_name", user["handle"]), ("command", "/jeeves"), ("text", self.command_text()),
                  ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands")), ("trigger_id", self.trigger())]
        return self.record("slack-command", "form", {
            "method": "POST", "uri": "/slack/commands", "body": urllib.parse.urlencode(fields),
            "headers": self.slack_headers("application/x-www-form-urlencoded")})

    def interaction_base(self, kind: str) -> dict[str, Any]:
        user = self.pick(self.people)
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": TEAM},
                "api_app_id": APP_ID, "token": self.verify_token, "trigger_id": self.trigger(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def interaction_request(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record(kind, "form", self.slack_request("/slack/interactions", body, form=True))

    def button_click(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS)
        payload = self.interaction_base("block_actions")
        roll = self.rng.random()
        bid = self.token(3)[:5]
        if roll < 0.45:
            action: dict[str, Any] = {"action_id": "set_location", "block_id": bid, "type": "button",
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "value": self.pick(PLACES), "action_ts": self.ts()}
        elif roll < 0.6:
            confirm = self.chance(0.6)
            action = {"action_id": "forget_me_confirm" if confirm else "forget_me_cancel", "block_id": bid,
                      "type": "button", "value": "-", "action_ts": self.ts(),
                      "text": {"type": "plain_text", "text": "Yes, forget me" if confirm else "Cancel", "emoji": True}}
            if confirm:
                action["style"] = "danger"
        elif roll < 0.75:
            order = self.order_no().lstrip("#").replace("order ", "MB-")
            action = {"action_id": "approve_refund", "block_id": bid, "type": "button", "style": "primary",
                      "text": {"type": "plain_text", "text": "Approve refund ✅", "emoji": True},
                      "value": f"{order}|{self.rng.randint(10, 900)}.{self.pick(['00', '50', '99'])}|"
                               f"{self.pick(['damaged', 'lost_in_transit', 'wrong_item', 'late'])}",
                      "action_ts": self.ts()}
        elif roll < 0.87:
            wh = self.pick(WAREHOUSES)
            action = {"action_id": "pick_dc", "block_id": bid, "type": "static_select", "action_ts": self.ts(),
                      "selected_option": {"text": {"type": "plain_text", "text": wh, "emoji": True}, "value": wh},
                      "placeholder": {"type": "plain_text", "text": "Ship from…", "emoji": True}}
        elif roll < 0.94:
            action = {"action_id": "reship_date", "block_id": bid, "type": "datepicker", "action_ts": self.ts(),
                      "selected_date": f"2024-12-{self.rng.randint(1, 20):02d}", "initial_date": "2024-11-29"}
        else:
            action = {"action_id": "ticket_menu", "block_id": bid, "type": "overflow", "action_ts": self.ts(),
                      "selected_option": {"text": {"type": "plain_text", "text": "Open in Gorgias", "emoji": True},
                                          "value": f"gorgias:{self.rng.randint(38000000, 38999999)}"}}
        payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                      "is_ephemeral": action["action_id"] in ("set_location", "forget_me_confirm",
                                                                              "forget_me_cancel")},
                        "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                        "response_url": self.hook("actions"), "actions": [action]})
        if self.chance(0.4) and not payload["container"]["is_ephemeral"]:
            text = self.fill("Refund request for @@O@@ — @@$@@ (@@S@@) from @@M@@")
            payload["message"] = {"type": "message", "subtype": "bot_message", "text": text, "ts": self.ts(),
                                  "bot_id": self.sid("B0", 9), "blocks": [
                                      {"type": "section", "block_id": self.token(3)[:5],
                                       "text": {"type": "mrkdwn", "text": text, "verbatim": False}}]}
        return self.interaction_request("slack-button", payload)

    def modal_submit(self) -> dict[str, Any]:
        payload = self.interaction_base("view_submission")
        order = self.order_no().lstrip("#").replace("order ", "MB-")
        notes = self.fill(self.pick([
            "Customer says the box was crushed on one corner; the table leg (22\" long) is bent. Photos in ticket.",
            "Left at front desk per driver, building says no. Called +1 (212) 555-0176 x204.",
            "> \"I've been a customer for 6 years and this is the first time I'm disappointed.\"\nOffer 15% "
            "(code SORRY15) + reship from @@W@@",
            "Wrong size sent: ordered 8'x10', got 5'x8'. Return label emailed, reship 8'x10' from @@W@@.",
            "Duplicate charge? Shopify shows auth $219.00 + capture $219.00 — explained to customer.",
            "Kunde möchte Rückerstattung auf PayPal statt Kreditkarte.", "Le client veut un échange (taille 'Queen').",
            "", "n/a", "see thread @@L@@", "carrier claim # UPS-CLM-8842109, filed 11/29",
            "Gift order: recipient wants store credit, not refund to purchaser (per policy #4)",
        ]), slack=False)
        values: dict[str, Any] = {
            "order": {"order_input": {"type": "plain_text_input", "value": order}},
            "sku": {"sku_input": {"type": "plain_text_input", "value": self.pick(SKUS)}},
            "reason": {"reason_select": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": self.pick(["Arrived damaged", "Lost in transit", "Wrong item",
                                                                   "Late delivery", "Changed mind"]), "emoji": True},
                "value": self.pick(["damaged", "lost", "wrong_item", "late", "remorse"])}}},
            "amount": {"amount_input": {"type": "number_input",
                                        "value": f"{self.rng.randint(5, 1500)}.{self.pick(['00', '50', '99'])}"}},
            "date": {"date_input": {"type": "datepicker", "selected_date": f"2024-11-{self.rng.randint(15, 29)}"}},
            "notes": {"notes_input": {"type": "plain_text_input", "value": notes}},
        }
        if self.chance(0.3):
            values["notify"] = {"notify_cb": {"type": "checkboxes", "selected_options": [
                {"text": {"type": "mrkdwn", "text": "Email the customer", "verbatim": False}, "value": "email"}]}}
        callback = self.pick(["damage_report", "refund_request", "reship_request", "carrier_claim"])
        payload.update({"view": {
            "id": self.sid("V0", 10), "team_id": TEAM, "type": "modal", "callback_id": callback,
            "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0], "thread_ts": self.ts()}),
            "title": {"type": "plain_text", "text": callback.replace("_", " ").title(), "emoji": True},
            "submit": {"type": "plain_text", "text": "Submit", "emoji": True},
            "close": {"type": "plain_text", "text": "Cancel", "emoji": True},
            "blocks": [{"type": "input", "block_id": k, "label": {"type": "plain_text", "text": k.title(),
                                                                  "emoji": True},
                        "optional": k in ("notes", "notify"), "dispatch_action": False,
                        "element": {"type": next(iter(v.values()))["type"], "action_id": next(iter(v))}}
                       for k, v in values.items()],
            "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}", "clear_on_close": False,
            "notify_on_close": False, "root_view_id": self.sid("V0", 10), "app_id": APP_ID,
            "external_id": "", "app_installed_team_id": TEAM, "bot_id": self.sid("B0", 9)},
            "response_urls": [], "is_enterprise_install": False})
        return self.interaction_request("slack-modal", payload)

    def shortcut(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS)
        if self.chance(0.6):
            payload = self.interaction_base("message_action")
            msg_user = self.pick(self.people)["id"]
            payload.update({"callback_id": self.pick(["log_wismo", "create_ticket", "flag_for_refund"]),
                            "message_ts": self.ts(), "response_url": self.hook("app"),
                            "channel": {"id": cid, "name": cname},
                            "message": {"type": "message", "user": msg_user, "ts": self.ts(),
                                        "text": self.chat_text(), "client_msg_id": self.uuid()}})
        else:
            payload = self.interaction_base("shortcut")
            payload["callback_id"] = self.pick(["new_rma", "quick_refund", "dc_status"])
            payload["action_ts"] = self.ts()
        return self.interaction_request("slack-shortcut", payload)

    # ---- scripts, CI, dashboards and the data API ----------------------------------------------------
    def trace_headers(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.25:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.5):
                h["tracestate"] = self.pick(["dd=s:1;o:rum;t.dm:-0", "congo=t61rcWkgMzE", "es=s:0.5"])
        elif roll < 0.35:
            h["x-datadog-trace-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-parent-id"] = str(self.rng.randint(10**17, 10**19))
            h["x-datadog-sampling-priority"] = self.pick(["1", "2", "0"])
            h["x-datadog-origin"] = "synthetics" if self.chance(0.2) else "rum"
        elif roll < 0.45:
            trace = self.hexs(32)
            h["sentry-trace"] = f"{trace}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=ops-scripts%401.8.{self.rng.randint(0, 9)},"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={trace},sentry-sample_rate=0.2")
        elif roll < 0.52:
            h["X-Amzn-Trace-Id"] = f"Root=1-{EPOCH + self.rng.randint(0, 9999):x}-{self.hexs(24)};Parent=" \
                                   f"{self.hexs(16)};Sampled=1"
        elif roll < 0.58:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(16), self.hexs(16), "1"
        if self.chance(0.35):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"airflow__bf_exports__{self.hexs(8)}", f"retool-{self.hexs(12)}"])

    def script_headers(self) -> dict[str, str]:
        ua = self.pick(["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.7.1", "curl/7.81.0",
                        "Go-http-client/2.0", "axios/1.7.7", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
                        "undici", "okhttp/4.12.0", "Retool/2.0 (+https://docs.tryretool.com/docs/apis)",
                        "Looker/24.18 (Data Action)", "Metabase/0.50.29", "Zapier", "n8n",
                        "GitHub-Actions-Runner/2.320.0 curl/8.5.0", "Apache-Airflow/2.10.2 python-requests/2.32.3",
                        "dbt-cloud/1.0", "PostmanRuntime/7.42.0", "insomnia/10.1.1", "Grafana/11.3.0",
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/131.0.0.0 Safari/537.36"])
        client = self.pick(["looker-prod", "retool-ops", "netsuite.sync", "ci-reporting", "airflow_bf_exports",
                            "peak-2024-dashboard", "gorgias.helpdesk", "data-eng:dbt"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read write", "read"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if "Mozilla" in ua:
            h["Origin"] = "https://marrowby.retool.com"
            h["Referer"] = "https://marrowby.retool.com/apps/Returns%20desk/Peak%20view?_environment=production"
            h["Sec-Fetch-Mode"], h["Sec-Fetch-Site"] = "cors", "cross-site"
        if self.chance(0.1):
            h["Cache-Control"] = "no-cache"
        self.trace_headers(h)
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.28:
            params: list[tuple[str, str]] = [("limit", self.pick(["50", "100", "250", "500", "25"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.rng.choice([0, 50, 100, 250, 500, 1000]))))
            for key, vals in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "off", "on"]),
                              ("team_id", [TEAM, "T09PRTNR3P", "T04MRWBY0C"])):
                if self.chance(0.3):
                    params.append((key, self.pick(vals)))
            self.rng.shuffle(params)
            return self.record("api-users", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.36:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["email"], person["name"].split()[-1], "@marrowby.co.uk",
                           "o'neil", "st. pierre", "seasonal-temp", "RNO1"])
            params = [("q", q), ("limit", "20")]
            return self.record("api-search", "query", {"method": "GET", "body": "", "headers": h,
                                                       "uri": "/api/users?" + urllib.parse.urlencode(params)})
        if roll < 0.52:
            return self.record("api-user", "path", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "body": "",
                                                    "uri": f"/api/users/{self.rng.randint(1, 420)}", "headers": h})
        if roll < 0.68:
            person = self.pick(self.people)
            c = self.rng.random()
            if c < 0.4:
                doc = self.settings_patch(c < 0.25, person["tz"], self.alert_time, 0.5, ("imperial", "metric"))
            elif c < 0.65:
                doc = {"name": person["name"], "email": person["email"]}
            elif c < 0.82:
                doc = {"is_active": self.chance(0.3)}
            else:
                doc = {"is_admin": self.chance(0.4), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.record("api-user-patch", "json", {
                "method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 420)}", "headers": h,
                "body": json.dumps(doc, ensure_ascii=self.chance(0.4),
                                   indent=2 if self.chance(0.15) else None)})
        if roll < 0.84:
            d = self.rng.randint(1, 29)
            since = self.pick([f"2024-11-{d:02d}T00:00:00Z", f"2024-11-{d:02d}T00:00:00-08:00",
                               f"2024-11-{d:02d}", f"2024-11-{d:02d}T08:00:00.000+01:00", "2024-11-29T00:00:00Z",
                               f"2024-10-{d:02d} 00:00:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-11-29T23:59:59Z", "2024-11-30T08:00:00Z",
                                                   "2024-11-29T20:00:00-08:00"])))
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.92:
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        if roll < 0.97:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
            doc = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, "*", "T09PRTNR3P"])
            h["Content-Type"] = "application/json"
            return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                          "body": json.dumps(doc), "headers": h})
        return self.openapi()

    def openapi(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["openapi-generator/7.9.0", "PostmanRuntime/7.42.0", "python-requests/2.32.3",
                                      "Swagger-UI", "Retool/2.0 (+https://docs.tryretool.com/docs/apis)"]),
             "Accept": self.pick(["application/json", "application/json, application/yaml;q=0.9, */*;q=0.8"])}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers: admin panel, /me/, Sign in with Slack ----------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.1 Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.1 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.6778.39 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 13; TC58 Build/13-28-04.00-TG-U00-STD; wv) AppleWebKit/537.36 (KHTML, like "
            "Gecko) Version/4.0 Chrome/130.0.6723.86 Mobile Safari/537.36",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 Slack/24.11.10.0 (com.tinyspeck.chatlyio) iOS 17.6",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Slack/4.41.97 Chrome/130.0.6723.137 Electron/33.2.0 Safari/537.36 Sonic Slack_SSB/4.41.97",
            "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/131.0.0.0 Safari/537.36"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-US,en;q=0.9", "en-US,en;q=0.9,es;q=0.8", "en-GB,en;q=0.9",
                                           "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "nl-NL,nl;q=0.9,en;q=0.8",
                                           "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en;q=0.8",
                                           "vi-VN,vi;q=0.9,en-US;q=0.8", "ja-JP,ja;q=0.9", "en"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Upgrade-Insecure-Requests": "1",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome/" in ua and "Slack/" not in ua:
            v = "131" if "131" in ua else "130"
            brand = '"Microsoft Edge";v="131"' if "Edg/" in ua else f'"Google Chrome";v="{v}"'
            h["sec-ch-ua"] = f'{brand}, "Chromium";v="{v}", "Not_A Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = ('"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua
                                       else '"Chrome OS"' if "CrOS" in ua else '"macOS"')
        if "Firefox" in ua:
            h.pop("Sec-Fetch-User", None)
            h["Priority"] = "u=0, i"
        self.form_navigation(h, BASE, referer, form)
        if self.chance(0.05):
            h["DNT"] = "1"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra: list[tuple[str, str]] = []
        if self.chance(0.3):
            extra.append(self.ga_cookie())
            extra.append((f"_ga_{self.sid('', 10)}", f"GS1.1.{EPOCH}.{self.rng.randint(1, 90)}.1.{EPOCH + 60}.0.0.0"))
        if self.chance(0.15):
            extra.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        if self.chance(0.12):
            extra.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Fri+Nov+29+2024+08%3A02%3A11+GMT-0800+"
                                            "(Pacific+Standard+Time)&version=202409.1.0&browserGpcFlag=0&isIABGlobal="
                                            "false&hosts=&consentId=" + self.uuid() + "&interactionCount=1&"
                                            "landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A1%2C"
                                            "C0004%3A0"))
        if self.chance(0.1):
            extra.append(("_fbp", f"fb.1.{EPOCH * 1000 + self.rng.randint(0, 999)}.{self.rng.randint(10**8, 10**9)}"))
        if self.chance(0.08):
            extra.append(("localization", "US"))
            extra.append(("cart_currency", self.pick(["USD", "CAD", "EUR"])))
        return self.cookie_header(pairs, extra)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.30:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                           person["email"].split("@")[0], person["id"], "@marrowby.co.uk", "@partners.marrowby.com",
                           TEAM, "o'neil", "O'Donoghue", "d'souza", "st. pierre", "garcía", "nguyễn", "jackson-reid",
                           "temp", "seasonal", "rno1", "3pl", "van 't hof", "dana o"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.2) else [])
            h = self.browser_headers(self.pick(["/admin/users", "/admin/", None]))
            h["Cookie"] = self.cookies(session)
            return self.record("admin-user-search", "query", {"method": "GET", "body": "", "headers": h,
                                                              "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.44:
            person = self.pick(self.people)
            h = self.browser_headers("/admin/users?q=" + urllib.parse.quote(person["name"]), True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                                           ("q", self.pick([person["name"], person["email"], ""])),
                                           ("page", str(self.rng.randint(1, 4)))])
            return self.record("admin-user-flag", "form", {
                "method": "POST", "headers": h, "body": body,
                "uri": f"/admin/users/{self.rng.randint(1, 420)}/{self.pick(['active', 'admin'])}"})
        if roll < 0.54:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                   "login", "forget_me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, "t09prtnr3p"]))]
            uri = "/admin/features/remove" if self.chance(0.15) else "/admin/features"
            return self.record("admin-feature", "form", self.form_request(uri, h, fields))
        if roll < 0.63:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "client.rotate", "client.create", "feature.set", "login", "failed",
                           "retool-ops", "looker-prod", "2024-11-28", "2024-11-29", self.pick(self.people)["handle"],
                           "T04MRWBY0C/U0", "forget_me"])
            params = [("q", q)] + ([("page", "2")] if self.chance(0.2) else [])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.76:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
                              "/admin/slack-sign-in", "/admin/users?done=user_updated&q=o%27neil&page=1",
                              "/admin/features?done=switch_updated", "/admin/audit?page=3", "/admin/users?page=12"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.84:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fclients", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~'\"<>|`"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 32)))
            if self.chance(0.2):
                password = self.pick(["Correct-Horse-Battery-", "blue fox jumps ", "Marrowby#", "rugs-R-us "]) + \
                    str(self.rng.randint(10, 9999))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "dana.oneil", "ops-lead", "mk.dsouza", "it-helpdesk"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.93:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            client = self.pick(["looker-prod", "retool-ops", "netsuite.sync", "shipstation:webhooks", "dbt_cloud",
                                "klaviyo-export", "gorgias.helpdesk", "peak-2024-dashboard", "airflow_bf_exports"])
            if self.chance(0.35):
                uri = f"/admin/clients/{client}/{self.pick(['rotate', 'disable', 'enable'])}"
                return self.record("admin-client-state", "form", {"method": "POST", "uri": uri, "headers": h,
                                                                  "body": urllib.parse.urlencode([("csrf_token",
                                                                                                   csrf)])})
            desc = self.pick(["Looker → users & usage (read-only). Owner: Dana O'Neil (BI)",
                              "Nightly CSV export for finance — refunds & chargebacks, 02:00 PT",
                              "Retool \"Returns desk\" app; write scope for is_active toggles",
                              "Temp: Black Friday war-room dashboard (delete after 12/6!)",
                              "Airflow DAG bf_exports → S3 s3://marrowby-ops-exports/peak/2024/",
                              "Gorgias sidebar widget: shows the agent's Jeeves settings", "",
                              "NetSuite SuiteScript 2.1 sync (owner: fin-sys@marrowby.com, ext. 4471)",
                              "Leipzig 3PL Schnittstelle – nur Lesezugriff"])
            fields = [("csrf_token", csrf), ("client_id", client), ("description", desc), ("scopes", "read")]
            if self.chance(0.3):
                fields.append(("scopes", "write"))
            return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
        if roll < 0.97:
            h = self.browser_headers("/admin/slack-sign-in", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "dana.oneil", "ops-lead"])),
                      ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
            uri = "/admin/slack-sign-in/remove" if self.chance(0.2) else "/admin/slack-sign-in"
            return self.record("admin-slack-map", "form", self.form_request(uri, h, fields))
        h = self.browser_headers("/admin/account", True)
        h["Cookie"] = self.cookies(session)
        uri = self.pick(["/admin/account/totp/start", "/admin/account/totp/confirm", "/admin/logout"])
        fields = [("csrf_token", csrf)]
        if uri.endswith("confirm"):
            fields.append(("code", f"{self.rng.randint(0, 999999):06d}"))
        return self.record("admin-account", "form", self.form_request(uri, h, fields))

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        if "Firefox" in ua:
            boundary = "-" * 27 + "".join(self.rng.choice("0123456789") for _ in range(29))
        else:
            boundary = "----WebKitFormBoundary" + "".join(
                self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        roll = self.rng.random()
        if roll < 0.33:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            if uri.endswith(".json"):
                h["Accept"] = "application/json,text/html;q=0.9,*/*;q=0.8"
                h["Sec-Fetch-Dest"] = "empty"
            return self.record("me-page", "cookie", self.get_request(uri, h))
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.63:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            kind, uri = "me-location", "/me/location"
        elif roll < 0.9:
            fields = [("csrf_token", csrf), ("units", self.pick(["imperial", "imperial", "metric"])),
                      ("alert_time", self.alert_time()), ("timezone", self.pick(self.people)["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            kind, uri = "me-settings", "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
            kind = "me-action"
        if kind != "me-action" and self.chance(0.2):
            body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
            return self.record(kind, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record(kind, "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("signin-page", "header", self.get_request(uri, h))
        if roll < 0.36:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("signin-start", "query", self.get_request(uri, h))
        if roll < 0.6:
            state = self.token()
            h = self.cross_site_arrival(self.browser_headers())
            h["Referer"] = "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = [("code", self.oidc_code(short=True)), ("state", state)]
            if self.chance(0.1):
                params = [("error", "access_denied"), ("error_description", "The user denied the request"),
                          ("state", state)]
            return self.record("signin-callback", "query", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/auth/slack/callback?" + urllib.parse.urlencode(
                                                                params)})
        link = self.token()
        if roll < 0.72:
            return self.record("signin-link-preview", "path", self.link_preview(link))
        if roll < 0.87:
            return self.record("signin-link", "path", self.link_visit(link, self.browser_headers()))
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        return self.record("signin-link-post", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata ---------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["looker-prod", "retool-ops", "netsuite.sync", "ci-reporting", "airflow_bf_exports",
                            "shipstation:webhooks", "peak-2024-dashboard"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.7.1", "Go-http-client/2.0",
                                      "Apache-HttpClient/4.5.14 (Java/21.0.5)", "axios/1.7.7",
                                      "Authlib/1.3.2 (+https://authlib.org/)", "NetSuite/2024.2 SuiteScript"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{urllib.parse.quote(client)}:{secret}".encode()).decode()
        self.trace_headers(h)
        roll = self.rng.random()
        if roll < 0.55:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.7:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.8:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.31", "ELB-HealthChecker/2.0", "Blackbox Exporter/0.25.0",
                            "Datadog/Synthetics", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
                            "Better Stack Better Uptime Bot Mozilla/5.0", "curl/8.7.1",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            if "Datadog" in ua:
                h["x-datadog-origin"] = "synthetics"
                h["x-datadog-trace-id"] = str(self.rng.randint(10**17, 10**19))
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                    "uri": self.pick(["/healthz", "/readyz", "/readyz"]),
                                                    "headers": h})
        if roll < 0.7:
            h = {"User-Agent": self.pick(["Go-http-client/2.0", "lua-resty-http/0.17.2", "jwks-rsa/3.1.0 (node)",
                                          "PyJWT/2.10.0", "Nimbus-JOSE-JWT/9.41"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"' if self.chance(0.3) else f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                  "uri": "/.well-known/jwks.json", "headers": h})
        if roll < 0.88:
            h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.7.1", "Authlib/1.3.2",
                                          "oauth4webapi/v3.1.1"]), "Accept": "application/json"}
            return self.record("oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/.well-known/oauth-authorization-server"})
        return self.openapi()


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 300), ("slack_thread", 100), ("slack_mention", 110), ("slack_dm", 100), ("slack_edit", 22),
    ("slack_bot_post", 45), ("slack_file", 25), ("slack_unfurl", 30), ("slack_reaction", 35), ("slack_home", 22),
    ("slack_member", 6), ("slash_command", 250), ("button_click", 80), ("modal_submit", 45), ("shortcut", 15),
    ("api", 190), ("admin", 105), ("me", 70), ("sign_in", 45), ("tokendealer", 55), ("health", 45),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The day, in the order it happens (kinds interleaved)."""
    return planned(Retail(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (handy when checking that it is deterministic)."""
    return digest(benign())
