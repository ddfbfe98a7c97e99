"""Benign traffic of a regional freight forwarder (Istanbul, Mersin, Jebel Ali, Dammam, Haifa, Aqaba, Bandar Abbas)
that runs Jeeves, on every route of the edge, written by the thirty-fourth independent benign evaluator.

Kervan Freight's staff write in Turkish, Arabic, Hebrew, Persian and English, often mixed in one message: right-to-
left text with Latin container numbers (ISO 6346, valid check digits), bills of lading, HS/GTİP tariff codes,
Incoterms, UN/LOCODEs, customs declaration numbers, truck plates, phone numbers with country codes, Eastern Arabic and
Persian digits, and the technical text a forwarder's people paste: EDIFACT (IFTMIN, COPARN, BAPLIE) with its
apostrophe terminators, ANSI X12, TMS SQL, Excel formulas, customs XML, tracking JSON, Windows share paths, logs.

Only what the product defines is sent (read from app/, tokendealer/ and README.md): the three Slack bot events the
README subscribes (app_mention, message.im with its subtypes, app_home_opened), `/jeeves` slash commands, block_actions
clicks on the three buttons Jeeves renders (set_location, forget_me_confirm, forget_me_cancel); the data API's users,
usage stats and switches with their own query and JSON fields; the admin panel's pages and forms with the fields its
templates render; `/me/` (location, settings, forget, logout, data.json); Sign in with Slack and the bot's one-time
links; TokenDealer's token, introspect, revoke and verify_token forms; health, JWKS, metadata and OpenAPI GETs.
Modal submissions and reaction events are left out: Jeeves opens no modal and subscribes to no reaction event.

How it was written: from the route list (name, match, methods, upstream of gateway/gateway.yaml), app/, tokendealer/
and README.md, and the record structure of benign_day_gen.py; no WAF rule, exclusion, ruleset or other evaluator's
texts were read, and the texts were not changed after measuring. Deterministic: one seeded random.Random, no clock.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, Jeeves' help reply from
evaluator_routes.HELP_REPLY, its web pieces (form_boundary, multipart_form, form_request, csrf_post, token_request,
verify_request, get_request, signed_in, ga_cookie, me_exit_form) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_routes import HELP_REPLY
from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

SEED = 34_2406_12
EPOCH = 1718170200  # 2024-06-12 05:30 UTC, a Wednesday (08:30 in Istanbul, 09:30 in Dubai)
TEAM, TEAM_DOMAIN = "T03KRVNFX", "kervan-freight"
OTHER_TEAMS = ["T05KRVNAE", "T06KRVNSA", "T07KRVNIL"]
APP_ID, BOT_USER, BOT_ID = "A06JEEVES7", "U06JVS7B0T", "B06JVS7APP"
HOST = "edge.kervan-freight.com"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "kQ7vT2mXw9LrB4nHs8ZpE3dY"  # Slack's legacy verification token (a placeholder)
MARK = re.compile(r"⟦(\w+)⟧")

# ---- the company ------------------------------------------------------------------------------------------------
# (first, last, ascii handle stem, office); names as HR writes them, apostrophes and hyphens included
STAFF = [
    ("Ayşe", "Yılmaz", "ayse.yilmaz", "ist"), ("Mehmet", "Öztürk", "mehmet.ozturk", "ist"),
    ("Çağla", "Şahin", "cagla.sahin", "mer"), ("Oğuzhan", "Kılıç", "oguzhan.kilic", "mer"),
    ("İbrahim", "Çelik", "ibrahim.celik", "ist"), ("Gülşen", "Aydın", "gulsen.aydin", "izm"),
    ("Emre", "Doğan", "emre.dogan", "ist"), ("Zeynep", "Arslan-Koç", "zeynep.arslankoc", "mer"),
    ("Hakan", "Erdoğan", "hakan.erdogan", "ist"), ("Selin", "Güneş", "selin.gunes", "izm"),
    ("Ahmad", "Al-Hashimi", "ahmad.alhashimi", "dxb"), ("Fatima", "Al-Zahra", "fatima.alzahra", "dxb"),
    ("Omar", "Abdel-Rahman", "omar.abdelrahman", "dxb"), ("Layla", "Haddad", "layla.haddad", "amm"),
    ("Sa'id", "Al-Mansouri", "said.almansouri", "dxb"), ("Ra'ed", "Khoury", "raed.khoury", "amm"),
    ("Hind", "Al-Qassimi", "hind.alqassimi", "dxb"), ("Khalid", "Bin Saeed", "khalid.binsaeed", "dmm"),
    ("Nour", "El-Din", "nour.eldin", "dmm"), ("Rania", "Abu-Ghazaleh", "rania.abughazaleh", "amm"),
    ("Yousef", "Al'Otaibi", "yousef.alotaibi", "dmm"), ("Mariam", "Al-Sayegh", "mariam.alsayegh", "dxb"),
    ("Ma'ayan", "Levi", "maayan.levi", "hfa"), ("Shira", "Ben-David", "shira.bendavid", "hfa"),
    ("Yossi", "Cohen-Halevi", "yossi.cohenhalevi", "hfa"), ("Dana", "Bar-On", "dana.baron", "hfa"),
    ("Ya'akov", "Mizrahi", "yaakov.mizrahi", "hfa"), ("Tamar", "Avraham", "tamar.avraham", "hfa"),
    ("Reza", "Tehrani", "reza.tehrani", "bnd"), ("Shirin", "Mohammadi", "shirin.mohammadi", "bnd"),
    ("Mohammad-Reza", "Ahmadi", "mreza.ahmadi", "bnd"), ("Parisa", "Karimi", "parisa.karimi", "bnd"),
    ("Farnaz", "Rahimi", "farnaz.rahimi", "dxb"), ("Amir", "Hosseini-Nejad", "amir.hosseininejad", "bnd"),
    ("John", "O'Connor", "john.oconnor", "dxb"), ("Sarah", "McKenzie", "sarah.mckenzie", "dxb"),
    ("Priya", "Nair", "priya.nair", "dxb"), ("Joseph", "D'Souza", "joseph.dsouza", "dxb"),
    ("Mark Anthony", "Dela Cruz", "markanthony.delacruz", "dxb"), ("Elif", "Yıldız-Başaran", "elif.yildiz", "ist"),
    ("Arda", "Ünal", "arda.unal", "ist"), ("Burak", "Aksoy", "burak.aksoy", "mer"),
    ("Ilan", "Shapiro", "ilan.shapiro", "hfa"), ("Noa", "Peretz", "noa.peretz", "hfa"),
    ("Tariq", "Nasser", "tariq.nasser", "aqj"), ("Samer", "Al-Khatib", "samer.alkhatib", "aqj"),
]
NATIVE_NAMES = {"ahmad.alhashimi": "أحمد الهاشمي", "fatima.alzahra": "فاطمة الزهراء",
                "omar.abdelrahman": "عمر عبد الرحمن", "layla.haddad": "ليلى حداد", "maayan.levi": "מעיין לוי",
                "shira.bendavid": "שירה בן-דוד", "yossi.cohenhalevi": "יוסי כהן-הלוי", "reza.tehrani": "رضا تهرانی",
                "shirin.mohammadi": "شیرین محمدی", "parisa.karimi": "پریسا کریمی", "hind.alqassimi": "هند القاسمي",
                "tamar.avraham": "תמר אברהם", "khalid.binsaeed": "خالد بن سعيد", "amir.hosseininejad": "امیر حسینی‌نژاد"}
OFFICES = {"ist": ("kervan-freight.com.tr", "Europe/Istanbul"), "mer": ("kervan-freight.com.tr", "Europe/Istanbul"),
           "izm": ("kervan-freight.com.tr", "Europe/Istanbul"), "dxb": ("kervan-freight.ae", "Asia/Dubai"),
           "amm": ("kervan-freight.jo", "Asia/Amman"), "aqj": ("kervan-freight.jo", "Asia/Amman"),
           "dmm": ("kervan-freight.sa", "Asia/Riyadh"), "hfa": ("kervan-freight.co.il", "Asia/Jerusalem"),
           "bnd": ("kervan-freight.com", "Asia/Tehran")}
CHANNELS = [("C03OPSMERS", "ops-mersin"), ("C03OPSJEBL", "ops-jebel-ali"), ("C03OPSHAIF", "ops-haifa"),
            ("C04OPSDMMM", "ops-dammam"), ("C04CUSTOMS", "customs-clearance"), ("C04TRUCKTR", "trucking-tir"),
            ("C05REEFERS", "reefer-desk"), ("C05SALESGC", "sales-gcc"), ("C05SALESTR", "sales-tr"),
            ("C06EDIINTG", "edi-integrations"), ("C06ITHELPD", "it-helpdesk"), ("C02GENERAL", "general"),
            ("C02RANDOM0", "random"), ("C07HSESAFE", "hse-safety"), ("C07FINANCE", "finance-ar"),
            ("C08BNDAGEN", "bandar-abbas-agency"), ("C08AQABATR", "aqaba-transit"), ("C08KIZADWH", "warehouse-kizad")]
PRIVATE = [("G09MGMTOPS", "mgmt-ops"), ("G09PRICING", "pricing-desk")]

# Places people ask the weather for: ports, gates, border crossings, free zones, in their own scripts and as addresses
PLACES = [
    "Mersin", "mersin", "İskenderun", "Iskenderun", "Ambarlı", "Ambarli port", "İstanbul", "Istanbul", "Kocaeli",
    "Gebze", "İzmit", "Derince", "İzmir", "Aliağa", "Gemlik", "Bursa", "Samsun", "Trabzon", "Kapıkule", "Habur",
    "Cilvegözü", "Gaziantep", "Ankara", "Konya", "Mardin", "Jebel Ali", "Dubai", "دبي", "Abu Dhabi", "أبوظبي",
    "Khalifa Port", "Sharjah", "الشارقة", "Ajman", "Fujairah", "Ras Al Khaimah", "Al Ain", "Haifa", "חיפה",
    "Ashdod", "אשדוד", "Eilat", "אילת", "Tel Aviv-Yafo", "תל אביב-יפו", "Be'er Sheva", "באר שבע", "Nazareth",
    "الناصرة", "Aqaba", "العقبة", "Amman", "عمّان", "Jeddah", "جدة", "Dammam", "الدمام", "Riyadh", "الرياض",
    "Jubail", "Bandar Abbas", "بندر عباس", "Tehran", "تهران", "Bushehr", "بوشهر", "Chabahar", "چابهار",
    "Kish Island", "جزیره کیش", "Mashhad", "مشهد", "Isfahan", "اصفهان", "Tabriz", "Bazargan", "Umm Qasr",
    "أم قصر", "Basra", "البصرة", "Erbil", "Kuwait City", "Shuwaikh", "Doha", "الدوحة", "Hamad Port", "Manama",
    "Muscat", "مسقط", "Sohar", "Salalah", "Duqm", "Beirut", "بيروت", "Tripoli, Lebanon", "Port Said", "بورسعيد",
    "Alexandria", "الإسكندرية", "Damietta", "Ain Sokhna", "Suez", "Baku", "Tbilisi", "Poti", "Batumi", "Nicosia",
    "Limassol", "36.80, 34.64", "25.0112,55.0617", "32.8193° N, 34.9983° E", "26.4207 N 50.0888 E",
    "Jebel Ali Free Zone, Gate 5", "Mersin Uluslararası Limanı, Akdeniz/Mersin", "Ambarlı Limanı, Avcılar/İstanbul",
    "Bağdat Cd. No:123, Kadıköy/İstanbul 34710", "King Abdulaziz Port, Dammam 32211", "Al Quoz Industrial Area 3",
    "KIZAD, Abu Dhabi", "شارع الملك فهد، الرياض 12271", "רחוב העצמאות 41, חיפה", "خیابان ولیعصر، تهران",
    "34394 İstanbul", "33010 Mersin", "P.O. Box 17000, Jebel Ali", "Port of Salalah", "Shahid Rajaee port",
]
TIMEZONES = ["Europe/Istanbul", "Asia/Dubai", "Asia/Riyadh", "Asia/Jerusalem", "Asia/Tehran", "Asia/Amman",
             "Asia/Beirut", "Asia/Baghdad", "Asia/Kuwait", "Asia/Qatar", "Asia/Bahrain", "Asia/Muscat", "Africa/Cairo",
             "Asia/Baku", "Asia/Tbilisi", "Europe/Nicosia", "Asia/Famagusta", "Europe/London", "UTC", "Asia/Tel_Aviv",
             "Turkey", "Iran", "Israel", "Asia/Kolkata", "Asia/Manila", "Asia/Karachi", "Etc/GMT-3"]
OWNERS = ["MSKU", "MSCU", "MEDU", "CMAU", "HLXU", "TGHU", "TCLU", "OOLU", "EGHU", "CSQU", "SEGU", "TRHU", "FCIU",
          "BMOU", "GESU", "CAIU", "ZIMU", "ARKU", "TEMU", "HASU"]
HS_CODES = ["8471.30.00", "8708.29.90.90.00", "3926.90.97", "0805.10.20", "7208.51.20", "8517.62.00", "2710.19.81",
            "3004.90.00", "9403.60.10", "6109.10.00.00.11", "1006.30.98", "0402.21.18", "8418.50.19", "3901.10.10",
            "8703.80.10", "2523.29.00", "7308.90.59", "0813.20.00", "5208.52.00", "8421.21.00.00.19"]
LOCODES = ["TRMER", "TRAMR", "TRIZM", "TRGEM", "TRISK", "AEJEA", "AEKHL", "AESHJ", "ILHFA", "ILASH", "SAJED",
           "SADMM", "IRBND", "IRBUZ", "JOAQJ", "OMSLL", "OMSOH", "QAHMD", "KWSWK", "IQUQR", "EGPSD", "EGALY", "LBBEY"]
VESSELS = ["MSC ISTANBUL 424E", "MAERSK SEMARANG 425W", "CMA CGM JULES VERNE 0MBN9W1MA", "ZIM KINGSTON 12/E",
           "HAPAG ANTWERPEN EXPRESS 2418E", "ONE HARMONY 061W", "EVER GOODS 1176-042W", "ARKAS AFRICA 2415S",
           "YM WELLNESS 092E", "COSCO SHIPPING ARIES 045W", "MSC ANNA FJ424R", "KAPTAN ÖMER 24-11"]
INCOTERMS = ["FOB Mersin", "CIF Jebel Ali", "DAP Erbil", "EXW Gebze", "DDP Riyadh", "FCA Kapıkule", "CPT Aqaba",
             "CFR Bandar Abbas", "DPU KIZAD", "CIP Haifa", "FAS İskenderun", "FOB Ambarlı",
             "DAP Amman (Incoterms 2020)"]
EMOJI = [":ship:", ":truck:", ":package:", ":white_check_mark:", ":warning:", ":pray:", ":+1:", ":eyes:", ":fire:",
         ":sweat_smile:", ":rotating_light:", ":anchor:", ":crescent_moon:", "🚢", "🚛", "📦", "✅", "⚠️", "🙏", "👍",
         "🤦‍♂️", "🌙", "☀️", "🌊", "🇹🇷", "🇦🇪", "🇸🇦", "🇮🇱", "🇯🇴", "🇮🇷", "😅", "🙄", "💪"]
LINKS = ["https://www.maersk.com/tracking/⟦CNX⟧", "https://www.msc.com/en/track-a-shipment?agencyPath=msc"
         "&trackingNumber=⟦BL⟧", "https://www.hapag-lloyd.com/en/online-business/track/track-by-container-solution"
         ".html?container=⟦CNX⟧", "https://www.marinetraffic.com/en/ais/details/ships/imo:9456789",
         "https://www.google.com/maps/place/Mersin+International+Port/@36.7904,34.6299,15z",
         "http://tms.kervan.local:8080/shipments/KRV-IST-24-0612-07?view=full&tab=docs",
         "https://track.kervan-freight.com:8443/t/⟦CNX⟧", "https://www.dubaitrade.ae/en/",
         "https://uygulama.gtb.gov.tr/tarife/", "https://www.fasah.sa/", "https://kervan.atlassian.net/browse/OPS-4471",
         "https://docs.google.com/spreadsheets/d/1kRvN-rates-Q2/edit#gid=0",
         "https://kervanfreight.sharepoint.com/sites/ops/Shared%20Documents/Manifests/2024-06",
         "https://www.gov.il/he/departments/israel_tax_authority", "https://www.irica.ir/",
         "https://www.searates.com/container/tracking/?number=⟦CNX⟧&type=CT&sealine=AUTO",
         "https://wa.me/905321234567", "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA3@thread.v2/0"]

# ---- texts: ⟦...⟧ marks are filled per message -----------------------------------------------------------------
CHAT = [
    "⟦CN⟧ gated in at ⟦P⟧ ⟦E⟧ VGM ⟦KG⟧, seal no. ML-TR 4471093",
    "Booking confirmed on ⟦V⟧, ETD ⟦D⟧, CY cut-off ⟦D⟧ ⟦T⟧ local. Docs cut-off 24h before.",
    "Customs hold on ⟦CN⟧ — they want the EUR.1 original + commercial invoice with HS ⟦HS⟧. ⟦M⟧ can you chase the "
    "shipper?",
    "Kapıkule'de ~⟦N⟧ km TIR kuyruğu var, şoföre ⟦PH⟧ numarasından ulaşabilirsiniz. Plaka ⟦TR⟧.",
    "Merhaba, ⟦BL⟧ konşimentosu için telex release geldi mi? Alıcı ⟦P⟧'da bekliyor.",
    "GTİP ⟦HS⟧ için %⟦N⟧ gümrük vergisi + %20 KDV çıkıyor, müşteriye teyit ettim.",
    "الحاوية ⟦CN⟧ وصلت ميناء ⟦P⟧ ✅ التخليص الجمركي غداً إن شاء الله",
    "يرجى إرسال شهادة المنشأ والفاتورة التجارية قبل ⟦D⟧. رقم البيان: ⟦DECL⟧",
    "מכולה ⟦CN⟧ שוחררה מהמכס בחיפה, המשאית יוצאת ב-⟦T⟧. נהג: ⟦PH⟧",
    "בוקר טוב! מישהו יודע אם נמל אשדוד עובד מחר? יש לנו 3 מכולות 40HC של ⟦M⟧",
    "سلام، بارنامه ⟦BL⟧ هنوز صادر نشده. کشتی ⟦V⟧ روز ⟦D⟧ از بندرعباس حرکت می‌کنه.",
    "کانتینر ⟦CN⟧ در گمرک شهید رجایی است، ترخیص احتمالاً تا آخر هفته ⟦E⟧",
    "Incoterm is ⟦INC⟧, so freight is on us up to POD. Insurance is the buyer's (CIF would be different!).",
    "Demurrage starts ⟦D⟧: 14 free days at ⟦LOC⟧, then USD 75/day/TEU for 20DV and USD 150 for 40HC",
    "reefer ⟦CN⟧ set point -18 °C / humidity off / vents closed. genset on the chassis ✔️",
    "OOG cargo: flat rack 40', dims 1250 x 320 x 410 cm, 28.6 t. Needs a lashing survey before loading.",
    "ADR sınıf 3, UN1263 PAINT, ambalaj grubu II — sürücünün SRC-5 belgesi var mı ⟦M⟧?",
    "Truck ⟦TR⟧ at Habur since 04:00, waiting for the T1 (MRN ⟦MRN⟧) ⟦E⟧",
    "pls note: Jebel Ali gate 4 closed ⟦D⟧ 22:00–06:00 for maintenance 🚧",
    "Quote ⟦P⟧ → ⟦P⟧: USD 1,850/40HC all-in, valid till ⟦D⟧, subject to space & equipment",
    "٣ حاويات ٤٠ قدم + ٢ حاوية ٢٠ قدم، الوزن الإجمالي ⟦KG⟧",
    "Invoice INV-TR-2024-0612 for ⟦AMT⟧ sent to ⟦C⟧, due in 30 days (net 30)",
    "can someone call the consignee? ⟦PH⟧ (ask for Ma'ayan, she speaks English & Hebrew)",
    "brb, at the port for the inspection 🚢", "thx ⟦M⟧ 🙏", "tamam 👍", "شكراً جزيلاً", "תודה רבה!", "ممنون 🙏",
    "eyvallah abi", "ok, on it", "done ✅", "👀", "+1", "lol", "günaydın ☕", "صباح الخير", "בוקר טוב", "صبح بخیر",
    "is the Salalah feeder still skipping Aden? any update on ⟦V⟧?",
    "Red Sea diversion: routing via the Cape of Good Hope adds ~10–14 days; BAF + war-risk surcharge apply",
    "SABER certificate for HS ⟦HS⟧ approved ✅ SASO PCoC no. PC-2406-88213",
    "FASAH shows 'under inspection' for ⟦DECL⟧ since 09:40 🙄",
    "Mirsal 2 declaration ⟦DECL⟧ cleared, delivery order issued by DP World",
    "LCL: 6 pallets 120x80x150, 2.9 CBM, 1,180 kg, stackable — consolidation cut-off Thursday",
    "x-ray appointment at Mersin customs (MIP) ⟦D⟧ ⟦T⟧, broker: ⟦M⟧",
    "nice, ⟦N⟧ TEU this week from İzmir, best week since March 📈",
    "morning all ☀️ it's already 41°C in ⟦P⟧", "Saudi customs run reduced hours over Eid from ⟦D⟧, plan deliveries 🌙",
    "Duyuru: Kurban Bayramı tatili 15–19 Haziran, acil durumlar için nöbetçi ⟦M⟧ (⟦PH⟧)",
    "חג שמח! המשרד בחיפה סגור בשבועות, חוזרים ביום ד׳", "عيد مبارك للجميع 🌙✨ كل عام وأنتم بخير",
    "Driver says the gate shows 'container not released' but the DO was issued at 10:12, checking with MSC",
    "Please use the new packing list template — columns: Marks & Nos | Description | HS | Qty | N.W. | G.W. | CBM",
    "Tracking says ETA ⟦D⟧ but the vessel is still at anchorage (AIS: MMSI 636019825, IMO 9456789)",
    "Warehouse KIZAD: bays 7 & 8 free from Monday, 420 pallet positions, 5-level racking",
    "Is the Ro-Ro from Pendik to Trieste still sailing on Tuesdays?", "%50 avans, %50 teslimde — müşteri onayladı",
    "Cost breakdown: O/F USD 1,200 + THC AED 935 + DO fee AED 350 + duty 5% of CIF + VAT 5%",
    "We need a 'To Order' B/L, notify party = buyer's bank (L/C no. LC/24/0612/KV)",
    "Pre-alert sent to our agent in ⟦P⟧: HBL KRV-IST-24-0612-07, MBL ⟦BL⟧, ETA ⟦D⟧",
    "the weighbridge ticket says 24,350 kg but the VGM says 24.530 — typo? 🤔",
    "⟦M⟧ the consignee's new address: ⟦P⟧, tel ⟦PH⟧, contact: Mr. Sa'id (Arabic/English)",
    "شحنة ⟦INC⟧ — ⟦N⟧ طبليات، رمز النظام المنسق ⟦HS⟧، بلد المنشأ: تركيا 🇹🇷",
    "הובלה מ⟦P⟧ ל⟦P⟧ מחר ב-⟦T⟧, צריך רשימון יבוא ⟦DECL⟧ לפני שהמשאית יוצאת",
    "ترخیص کالا با کد تعرفه ⟦HS⟧ نیاز به مجوز استاندارد دارد، تاریخ ⟦D⟧",
    "Konteyner ⟦CN⟧ Ambarlı'da tahliye edildi, ordino ⟦D⟧ tarihinde alındı. Antrepo: Kumport",
    "ETA ⟦P⟧ ⟦D⟧ 14:00 LT / 11:00 UTC, berth 21, pilot on board 13:15",
    "⟦CN⟧ → ⟦P⟧ via ⟦V⟧, free time 7 days, after that detention ₺1.250/gün",
    "are we still using ⟦C⟧ for reefer alarms or the WhatsApp group? ⟦L⟧",
    "here's the tracking: ⟦L⟧ — status DISCHARGED at ⟦LOC⟧ ⟦E⟧",
    "VGM ⟦KG⟧ (method 1, weighbridge at ⟦P⟧), signed by ⟦M⟧",
    "Temp log for ⟦CN⟧: min -18.6 °C, max -17.2 °C over 11 days, no alarms ✅",
    "Container ⟦CN⟧ damaged on discharge (dent on the left side panel, photos in the thread) — survey booked ⟦D⟧",
    "Is 'Incoterms® 2020 DAP' OK on the invoice or do they want 'DAP Erbil, Iraq' spelled out?",
    "heads-up: AED/USD 3.6725 peg, TRY moved again today: 1 USD = 32,45 TL, quote in USD pls",
]
CODE = [
    "```\nUNB+UNOC:3+KERVANFRT:ZZZ+MSCIST:ZZZ+240612:0830+000123'\nUNH+1+IFTMIN:D:99B:UN'\nBGM+335+KRV2406120007+9'\n"
    "DTM+137:202406120830:203'\nTDT+20+424E+1++MSC:172:20+++9456789:146:11:MSC ISTANBUL'\nLOC+9+TRMER:139:6'\n"
    "LOC+11+AEJEA:139:6'\nEQD+CN+⟦CNX⟧+45G1:102:5+2'\nMEA+AAE+VGM+KGM:24350'\nUNT+9+1'\nUNZ+1+000123'\n```",
    "```\nERROR edi-gw COPARN rejected: segment 7 (EQD) invalid ISO size-type '45GP', expected '45G1'\n"
    "EQD+CN+⟦CNX⟧+45GP:102:5+2'\n```",
    "COPARN for ⟦V⟧ keeps failing on `RFF+BN:KRV240612'` — does MSC want the booking ref without the prefix?",
    "```\nLOC+147+0220682::5'\nEQD+CN+⟦CNX⟧+22G1+++5'\nNAD+CA+MSC:172:20'\nMEA+WT++KGM:21480'\n"
    "DGS+IMD+3+1263'\n```\nthat's the BAPLIE line for the DG box, class 3 in bay 22",
    "```sql\nSELECT c.container_no, s.bl_no, s.pod, s.eta\n  FROM shipments s\n  JOIN containers c ON c.shipment_id "
    "= s.id\n WHERE s.pod = 'AEJEA'\n   AND s.eta BETWEEN '2024-06-10' AND '2024-06-16'\n ORDER BY s.eta;\n```",
    "can someone check this before I run it on prod TMS? `UPDATE shipments SET status = 'DELIVERED' WHERE hbl_no = "
    "'KRV-IST-24-0612-07';`",
    "Excel formula for the rate lookup: `=IFERROR(VLOOKUP(A2;'Rates Q2'!$A:$F;5;FALSE);\"no rate\")`",
    "weekly TEU: `=SUMIFS(G:G;C:C;\"AEJEA\";D:D;\">=\"&TODAY()-7)` — semicolons because the sheet is Turkish locale",
    "```python\ndef check_digit(code: str) -> int:\n    values = [v for v in range(10, 39) if v % 11]\n    table = "
    "dict(zip(\"ABCDEFGHIJKLMNOPQRSTUVWXYZ\", values))\n"
    "    total = sum((table[c] if c.isalpha() else int(c)) * 2 ** i\n"
    "                for i, c in enumerate(code[:10]))\n    return total % 11 % 10\n```\nISO 6346, works for ⟦CNX⟧",
    "regex for container numbers in the portal: `^[A-Z]{3}[UJZ]\\d{6}\\d$` (owner, category, serial, check digit)",
    "```\nscp -P 2222 manifest_0612.csv edi@sftp.kervan-freight.com:/inbound/coparn/\n```",
    "```\ncurl -s 'https://api.kervan-freight.com:8443/v2/track?container=⟦CNX⟧&events=true' -H 'Accept: "
    "application/json' | jq '.events[-1]'\n```",
    "```json\n{\"container\": \"⟦CNX⟧\", \"event\": \"DISCHARGED\", \"location\": {\"unlocode\": \"AEJEA\", \"name\": "
    "\"Jebel Ali\"}, \"vessel\": \"MSC ISTANBUL\", \"voyage\": \"424E\", \"ts\": \"2024-06-12T04:41:00+04:00\"}\n```",
    "```xml\n<GoodsItem>\n  <CommodityCode>870829909000</CommodityCode>\n  <GrossMass>24350.000</GrossMass>\n"
    "  <Description>Oto yedek parça / auto parts</Description>\n  <Container>⟦CNX⟧</Container>\n</GoodsItem>\n```",
    "```\nISA*00*          *00*          *ZZ*KERVANFRT      *ZZ*CARRIER01      *240612*0830*U*00401*000000123*0*P*>~\n"
    "GS*QM*KERVANFRT*CARRIER01*20240612*0830*123*X*004010~\nST*214*0001~\nB10*KRV2406120007*⟦CNX⟧*SCAC~\n```",
    "```\n2024-06-12T08:14:02+03:00 WARN tms-sync shipment=KRV-IST-24-0612-07 msg=\"ETA moved +2d\" "
    "source=carrier_api pod=AEJEA\n```",
    "the manifests are on \\\\fs01\\ops\\manifests\\2024\\06 (or Z:\\ops\\manifests\\2024\\06 if you mapped the drive)",
    "```\njava.time.format.DateTimeParseException: Text '12.06.2024' could not be parsed at index 2\n"
    "\tat com.kervan.tms.edi.CoparnParser.parseDtm(CoparnParser.java:88)\n"
    "\tat com.kervan.tms.edi.CoparnParser.parse(CoparnParser.java:41)\n```",
    "`df = pd.read_excel('Manifest_12.06.2024.xlsx', sheet_name='Jebel Ali'); df.groupby('POD')['TEU'].sum()`",
    "```\n| container     | size | POD   | status     |\n|---------------|------|-------|------------|\n"
    "| ⟦CNX⟧   | 40HC | AEJEA | discharged |\n| ⟦CNX⟧   | 20DV | SADMM | on board   |\n"
    "| ⟦CNX⟧   | 40RF | ILHFA | customs    |\n```",
    "```\n0 2 * * * /opt/kervan/bin/hs-report --country TR --out /srv/reports/hs_$(date +\\%F).csv\n```",
    "PowerShell for the DO folder: `Get-ChildItem -Path 'Z:\\ops\\DO\\2024-06' -Filter *.pdf | Measure-Object`",
    "```\n$ kubectl -n tms logs deploy/edi-gateway --since=1h | grep -c 'COPARN rejected'\n17\n```",
]
LONG = [
    "*Shift handover — Mersin ops* (⟦D⟧, 20:00)\n• ⟦CN⟧: customs scan done, released ✅\n• ⟦CN⟧: waiting for "
    "EUR.1, broker ⟦M⟧ on it\n• ⟦V⟧: ETB moved to 02:30, gang ordered for 03:00\n• Reefer plugs: 46/60 used\n"
    "Nothing urgent for the night shift. İyi akşamlar 👋",
    "Fwd from the customer:\n> السلام عليكم،\n> نرجو إفادتنا بموعد وصول الحاوية ⟦CN⟧ إلى ميناء جدة الإسلامي،\n"
    "> وهل تم إصدار إذن التسليم؟\n> مع الشكر، قسم المشتريات\n\n⟦M⟧ can you answer in Arabic? ETA is ⟦D⟧.",
    "From the importer in Haifa:\n> שלום, מתי המכולה ⟦CN⟧ משתחררת? יש לנו אישור תקן מספר 2024-06-4471\n"
    "> תודה, ⟦M⟧\n\nreplied: release expected ⟦D⟧ after the port's x-ray 🙏",
    "گزارش نماینده بندرعباس:\n- کشتی ⟦V⟧ پهلو گرفت ساعت ۰۶:۳۰\n- ۱۲ کانتینر تخلیه شد، ۳ کانتینر برای بازرسی\n"
    "- بارنامه‌ها: ⟦BL⟧، ⟦BL⟧\nلطفاً اسناد را تا ⟦D⟧ بفرستید 🙏",
    "Gümrük müşavirinden: \"⟦DECL⟧ sayılı beyanname kırmızı hatta düştü, muayene ⟦D⟧ ⟦T⟧. Fatura aslı ve ATR "
    "belgesi gerekiyor.\" — ⟦M⟧ evrakı yarın sabah 9'da limana götürebilir misin?",
    "*Weekly volumes (W24)*\n| office | TEU in | TEU out | LCL cbm |\n|---|---|---|---|\n| Mersin | 412 | 388 | 96 |\n"
    "| Jebel Ali | 530 | 217 | 141 |\n| Haifa | 121 | 64 | 22 |\n| Dammam | 208 | 35 | 48 |\n"
    "Total 1,271 in / 704 out. Thanks everyone 💪",
    ":rotating_light: *EDI gateway incident* 09:12–09:47 TRT\nImpact: COPARN/IFTMIN to MSC and Hapag queued, nothing "
    "lost\nCause: SFTP host key changed on the carrier side (`sftp.carrier.example:2222`)\nFix: new key pinned, "
    "queue drained at 09:51\nFollow-up: OPS-4471 (⟦M⟧)",
    "New SOP for dangerous goods (effective ⟦D⟧):\n1. DG declaration (IMDG 41-22) signed by the shipper\n"
    "2. UN number + class + packing group on the booking, e.g. UN1263 / 3 / II\n3. No DG on the Aden feeder until "
    "further notice\n4. Questions → ⟦C⟧",
    "Hi ⟦M⟧,\n\nplease find the draft B/L for ⟦BL⟧ attached.\nShipper: Anadolu Tekstil A.Ş., Organize Sanayi Böl. 4. "
    "Cad. No:12, Gaziantep\nConsignee: Al-Noor Trading LLC, P.O. Box 17000, Jebel Ali, UAE\nNotify: same as consignee\n"
    "Marks & Nos: AN/24/0612 1-48\n48 PLT said to contain cotton fabric, HS ⟦HS⟧\nGross weight ⟦KG⟧\n\nKind regards",
    "Meeting notes (pricing, ⟦D⟧):\n- GCC rates up 8-12% from July, PSS on Asia–Gulf\n- Kapıkule transit times "
    "back to ~2 days\n- Aqaba ↔ Amman trucking: JOD 290/truck\n- decision: we quote in USD only, no TRY/IRR quotes",
    "تحديث الشحنة ⟦BL⟧:\n١- وصلت الباخرة ⟦V⟧ إلى ⟦P⟧\n٢- تم تقديم البيان الجمركي ⟦DECL⟧\n٣- الرسوم: ⟦AMT⟧\n"
    "يرجى التأكيد 🙏",
    "סיכום שיחה עם הלקוח:\n• 4 מכולות 40HC מ⟦P⟧, ETA ⟦D⟧\n• תנאי מסירה ⟦INC⟧\n• מספר רשימון ⟦DECL⟧\n"
    "• טלפון למשלוחים: ⟦PH⟧",
]
BOT_COMMANDS = [
    "weather", "weather ⟦P⟧", "weather ⟦P⟧", "weather ⟦P⟧", "Weather ⟦P⟧", "weather in ⟦P⟧", "weather ⟦P⟧ tomorrow?",
    "weather ⟦P⟧ 🌊", "wether ⟦P⟧", "remember location ⟦P⟧", "remember location ⟦P⟧", "my location",
    "forget location", "help", "config", "config timezone ⟦TZ⟧", "config tz ⟦TZ⟧", "config alert_time ⟦T⟧",
    "config time ⟦T⟧", "config alert ⟦T⟧", "config units metric", "config units imperial", "config unit Metric",
    "alerts on", "alerts off", "alerts", "login", "forget me", "hi", "merhaba", "مرحبا", "שלום", "سلام",
    "hava durumu ⟦P⟧", "hava ⟦P⟧", "الطقس ⟦P⟧", "الطقس في ⟦P⟧ غداً؟", "מזג אוויר ⟦P⟧", "آب و هوا ⟦P⟧",
    "config alert_time ٠٦:٣٠", "config alert_time ۰۷:۰۰", "config alert_time 6.30", "config timezone GMT+3",
    "config timezone Istanbul", "weather ⟦LOC⟧", "weather ⟦P⟧ (berth 21)", "remember location ⟦P⟧ ",
    "weather ⟦P⟧, wind for the cranes?", "what can you do?", "thanks!", "teşekkürler", "Help", "LOGIN",
]
WHY = ["crane ops stop above 45 km/h", "reefers on the quay", "discharge at berth 21", "the driver leaves at 05:00",
       "lashing survey tomorrow", "open-top box with machinery", "we stuff containers outside",
       "OOG lift on the flat rack", "sandstorm warning?", "Kapıkule queue"]
BOT_REPLY = [
    "⟦P⟧: clear sky, 34°C, wind 19 km/h; today 28°C to 37°C, 0% chance of precipitation",
    "⟦P⟧: partly cloudy, 29°C, wind 24 km/h; today 24°C to 31°C, 10% chance of precipitation",
    "⟦P⟧: fog, 22°C, wind 6 km/h; today 21°C to 30°C, 0% chance of precipitation",
    "Got it, I will remember ⟦P⟧.", "Your location is ⟦P⟧.", "Done, I forgot your location.",
    "Daily weather alerts are off.", "Daily weather alerts are on, every day at ⟦T⟧ (⟦TZ⟧).",
    "I could not find a place called '⟦P⟧'.", "Where? Try `weather Paris`, or `remember location Paris` once.",
    "Saved. Your settings:\n• alert_time: ⟦T⟧\n• alerts: on\n• timezone: ⟦TZ⟧\n• units: metric\nChange one with "
    "`config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or `alerts on`.",
    "Sorry: timezone must be an IANA name, e.g. Europe/Paris.", "Sorry: alert_time must be HH:MM (24h), e.g. 07:30.",
    HELP_REPLY,
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
]
FILES = [("Manifest 12.06.2024 – Jebel Ali.xlsx", "xlsx", "Excel Spreadsheet",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
         ("بيان جمركي ٢٤٣٤.pdf", "pdf", "PDF", "application/pdf"),
         ("תעודת מקור - EUR1.pdf", "pdf", "PDF", "application/pdf"),
         ("بارنامه HLCUBND2406123.pdf", "pdf", "PDF", "application/pdf"),
         ("Gümrük beyannamesi 24340100EX00123456.pdf", "pdf", "PDF", "application/pdf"),
         ("IMG_20240612_071533.jpg", "jpg", "JPEG", "image/jpeg"),
         ("photo_2024-06-12 09.14.55.jpeg", "jpg", "JPEG", "image/jpeg"),
         ("VGM_⟦CNX⟧.csv", "csv", "CSV", "text/csv"), ("COPARN_240612_0830.edi", "text", "Plain Text", "text/plain"),
         ("packing list (final) v3.docx", "docx", "Word Document",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
         ("Screenshot 2024-06-12 at 10.02.41.png", "png", "PNG", "image/png"),
         ("D/O ⟦BL⟧.pdf", "pdf", "PDF", "application/pdf"), ("rates_Q3_GCC (draft).xlsx", "xlsx", "Excel Spreadsheet",
                                                                 "application/vnd.openxmlformats-officedocument"
                                                                 ".spreadsheetml.sheet")]
UNFURLS = [("https://www.maersk.com/tracking/⟦CNX⟧", "Maersk", "Track & Trace | Maersk",
            "Track your shipment ⟦CNX⟧: last event Gate out empty, Jebel Ali, 11 Jun 2024 16:40"),
           ("https://www.marinetraffic.com/en/ais/details/ships/imo:9456789", "MarineTraffic",
            "MSC ISTANBUL - Container Ship, IMO 9456789", "Vessel details: current position, port calls, ETA"),
           ("https://www.google.com/maps/place/Jebel+Ali+Port/@25.0112,55.0617,14z", "Google Maps",
            "Jebel Ali Port · Dubai - United Arab Emirates", "Port · ★★★★☆ 4.3"),
           ("https://www.aa.com.tr/tr/ekonomi/kapikule-sinir-kapisinda-tir-kuyrugu/3245123", "Anadolu Ajansı",
            "Kapıkule Sınır Kapısı'nda TIR kuyruğu 14 kilometreye ulaştı", "Edirne'de Kapıkule Sınır Kapısı'nda..."),
           ("https://www.arabnews.com/node/2529731/business-economy", "Arab News",
            "Saudi ports handle record container volumes in May", "Mawani says throughput rose 12% year on year..."),
           ("https://www.globes.co.il/news/article.aspx?did=1001479123", "גלובס",
            "נמל חיפה: עלייה בזמני ההמתנה לפריקה", "זמני ההמתנה של אוניות מחוץ לנמל..."),
           ("https://kervan.atlassian.net/browse/OPS-4471", "Jira",
            "[OPS-4471] COPARN rejected by MSC: ISO size-type 45GP", "Status: In Progress, Assignee: Emre Doğan")]
PHONES = ["+90 532 123 45 67", "+90 (324) 238 10 00", "0090 212 555 12 34", "+971 50 123 4567", "+971-4-881-5000",
          "+972-54-123-4567", "+972 4 861 2000", "+966 55 123 4567", "+966-13-857-1000", "+98 912 345 6789",
          "+98 (76) 3351 2000", "+962 79 123 4567", "+962-3-201-5000", "٠٥٥ ١٢٣ ٤٥٦٧", "۰۹۱۲ ۳۴۵ ۶۷۸۹",
          "+968 9123 4567", "+974 5512 3456", "+965 9912 3456", "+964 750 123 4567", "+90 5xx xxx xx xx"]


def arabic_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def persian_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def iso6346(owner: str, serial: str) -> int:
    values = [v for v in range(10, 39) if v % 11]
    table = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", values, strict=False))
    total = sum((table[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(owner + serial))
    return total % 11 % 10


class Freight(WebApp):
    """Kervan Freight's people, tools and browsers; each method makes one kind of request."""

    prefix = "evaluation_thirtyfourth-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window = iat_window = event_window = (0, 11 * 3600)
    kid_first, context_bytes = True, 40
    oauth_scopes = ("read", "read write", "write", "read")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for first, last, handle, office in STAFF:
            domain, tz = OFFICES[office]
            self.people.append({"id": self.sid("U0", 9), "first": first, "name": f"{first} {last}",
                                "handle": handle, "email": f"{handle}@{domain}", "tz": tz, "office": office})
        self.admins = ["emre.dogan", "hind.alqassimi", "yossi.cohenhalevi", "it-ops", "reza.tehrani"]
        self.fills: dict[str, Callable[[], str]] = {
            "P": lambda: self.pick(PLACES), "CN": self.container, "CNX": lambda: self.container(compact=True),
            "BL": self.bill, "HS": self.hs, "PH": lambda: self.pick(PHONES), "D": self.date, "T": self.hhmm,
            "TZ": lambda: self.pick(TIMEZONES), "V": lambda: self.pick(VESSELS), "LOC": lambda: self.pick(LOCODES),
            "INC": lambda: self.pick(INCOTERMS), "KG": self.weight, "N": lambda: str(self.rng.randint(2, 40)),
            "AMT": self.amount, "TR": self.plate, "DECL": self.declaration, "MRN": self.mrn,
            "E": lambda: self.pick(EMOJI)}

    # ---- small random pieces --------------------------------------------------------------------------------
    def container(self, compact: bool = False) -> str:
        owner, serial = self.pick(OWNERS), f"{self.rng.randint(0, 999999):06d}"
        check = iso6346(owner, serial)
        if compact:
            return f"{owner}{serial}{check}"
        return self.pick([f"{owner} {serial}-{check}", f"{owner}{serial}{check}", f"{owner} {serial} {check}",
                          f"{owner}{serial}{check}", f"{owner.lower()}{serial}{check}", f"{owner}-{serial}-{check}"])

    def bill(self) -> str:
        n = self.rng.randint(10**5, 10**6 - 1)
        return self.pick([f"MEDUIS{n}", f"HLCUIST240{n}", f"MAEU2{n}{self.rng.randint(100, 999)}",
                          f"ONEYIST{n}00", f"EGLV14240{n}", f"COSU62{n}0", f"ZIMUHFA{n}", f"HLCUBND24{n}"])

    def hs(self) -> str:
        code = self.pick(HS_CODES)
        return self.pick([code, code, code.replace(".", ""), "HS " + code, code[:7]])

    def date(self) -> str:
        day = self.rng.randint(10, 28)
        return self.pick([f"{day:02d}.06.2024", f"{day}/06/2024", f"2024-06-{day:02d}", f"{day} Haz", f"{day} June",
                          f"Jun {day}", arabic_digits(f"{day}/06/2024"), persian_digits(f"1403/03/{day - 8:02d}"),
                          f"{day}.6", f"{day} ביוני", f"Wed {day}-Jun", f"{day}/6"])

    def hhmm(self) -> str:
        return f"{self.pick([5, 6, 6, 6, 7, 7, 8, 9, 12, 14, 17, 21]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def weight(self) -> str:
        kg = self.rng.randint(4000, 28500)
        return self.pick([f"{kg:,} kg", f"{kg:,}".replace(",", ".") + " kg", f"{kg / 1000:.2f} t", f"{kg} KGS",
                          arabic_digits(f"{kg:,}".replace(",", "٬")) + " كغ", persian_digits(str(kg)) + " کیلوگرم"])

    def amount(self) -> str:
        n = self.rng.randint(350, 48000)
        return self.pick([f"USD {n:,}.00", f"AED {n:,}", f"₺{n:,}".replace(",", ".") + ",00", f"SAR {n:,.2f}",
                          f"₪{n:,}", f"JOD {n / 10:.3f}", f"{n:,} $", f"EUR {n:,}".replace(",", " "),
                          f"{persian_digits(str(n * 1000))} ریال"])

    def plate(self) -> str:
        return self.pick([f"34 {self.sid('', 3)} {self.rng.randint(10, 999)}", f"33 K {self.rng.randint(1000, 9999)}",
                          f"{self.rng.randint(10, 99)}-{self.rng.randint(100, 999)}-{self.rng.randint(10, 99)}",
                          f"Dubai {self.pick('ABCDEFGHIJKLMN')} {self.rng.randint(10000, 99999)}"])

    def declaration(self) -> str:
        return self.pick([f"24340100IM00{self.rng.randint(100000, 999999)}",
                          f"101-{self.rng.randint(10**7, 10**8 - 1)}-24",
                          f"{self.rng.randint(10**9, 10**10 - 1)}", f"SA-IM-2024-{self.rng.randint(10**5, 10**6)}",
                          f"240612{self.rng.randint(10**5, 10**6 - 1)}"])

    def mrn(self) -> str:
        return f"24TR{self.rng.randint(330000, 349999)}00{self.sid('', 2)}{self.rng.randint(100000, 999999)}"

    def link(self) -> str:
        return self.fill_plain(self.pick(LINKS))

    # ---- text -------------------------------------------------------------------------------------------------
    def fill_plain(self, text: str) -> str:
        """Marks to values, as typed in a form or a script."""
        def one(m: re.Match[str]) -> str:
            key = m.group(1)
            if key == "M":
                return "@" + self.pick(self.people)["handle"]
            if key == "C":
                return "#" + self.pick(CHANNELS)[1]
            if key == "L":
                return self.link()
            return self.fills[key]()
        return MARK.sub(one, text)

    def fill_slack(self, text: str) -> str:
        """Marks to values in Slack's own text: &, < and > escaped, mentions, channels and links in <...>."""
        def one(m: re.Match[str]) -> str:
            key = m.group(1)
            if key == "M":
                return f"<@{self.pick(self.people)['id']}>"
            if key == "C":
                cid, name = self.pick(CHANNELS)
                return f"<#{cid}|{name}>"
            if key == "L":
                url = slack_escape(self.link())
                return self.pick([f"<{url}>", f"<{url}>", f"<{url}|tracking>", f"<{url}|link>", f"<{url}|bu link>"])
            return slack_escape(self.fills[key]())
        return MARK.sub(one, slack_escape(text))

    def chat(self) -> str:
        roll = self.rng.random()
        if roll < 0.62:
            text = self.maybe_append(self.pick(CHAT), 0.25, EMOJI)
            if self.chance(0.12):
                text = self.pick(["⟦M⟧ ", "cc ⟦M⟧ ", "⟦M⟧ ⟦M⟧ ", "@here "]) + text
        elif roll < 0.84:
            text = self.pick(["", "", "fyi ", "hmm ", "seeing this on the EDI box:\n", "bakar mısın? ", "⟦M⟧ "])
            text += self.pick(CODE)
            if self.chance(0.3):
                text += "\n" + self.pick(["any idea?", "çözdüm, timeout'u artırdım", "cc ⟦M⟧", "🙏", "شكراً",
                                          "תודה", "ideas welcome", "(from the Mersin box)"])
        else:
            text = self.pick(LONG)
        out = self.fill_slack(text)
        return out.replace("@here", "<!here>")

    def command_text(self) -> str:
        text = self.pick(BOT_COMMANDS)
        if text.startswith("weather ⟦P⟧") and self.chance(0.12):
            text = f"weather ⟦P⟧ — {self.pick(WHY)}"
        return self.fill_slack(text)

    def blocks(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text rendering of a message: mentions, channels and links as elements, code preformatted."""
        pieces: list[dict[str, Any]] = []
        for i, part in enumerate(text.split("```")):
            if not part:
                continue
            elements: list[dict[str, Any]] = []
            pos = 0
            for m in re.finditer(r"<([@#!]?)([^<>|\s]+)(?:\|([^<>]*))?>", part):
                if m.start() > pos:
                    elements.append({"type": "text", "text": self.unescape(part[pos:m.start()])})
                sigil, target, label = m.group(1), m.group(2), m.group(3)
                if sigil == "@":
                    elements.append({"type": "user", "user_id": target})
                elif sigil == "#":
                    elements.append({"type": "channel", "channel_id": target})
                elif sigil == "!":
                    elements.append({"type": "broadcast", "range": target})
                else:
                    element = {"type": "link", "url": self.unescape(target)}
                    if label:
                        element["text"] = self.unescape(label)
                    elements.append(element)
                pos = m.end()
            if pos < len(part):
                elements.append({"type": "text", "text": self.unescape(part[pos:])})
            kind = "rich_text_preformatted" if i % 2 else "rich_text_section"
            piece: dict[str, Any] = {"type": kind, "elements": elements}
            if kind == "rich_text_preformatted":
                piece["border"] = 0
            pieces.append(piece)
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": pieces}]

    @staticmethod
    def unescape(text: str) -> str:
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")

    # ---- Slack Events API ------------------------------------------------------------------------------------
    def event_request(self, kind: str, event: dict[str, Any]) -> dict[str, Any]:
        doc = self.envelope(event)
        if self.chance(0.2):  # Slack's own encoder: non-ASCII as \\u escapes, slashes escaped
            body = json.dumps(doc, separators=(",", ":")).replace("/", "\\/")
        else:
            body = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
        return self.record(kind, "json", self.slack_request("/slack/events", body))

    def message(self, text: str, channel: str, mention: bool) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": "app_mention" if mention else "message", "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": TEAM}
        if self.chance(0.85):
            event["blocks"] = self.blocks(text)
        event["channel"] = channel
        event["event_ts"] = ts
        if not mention:
            event["channel_type"] = "im"
        if self.chance(0.22):
            event["thread_ts"] = self.ts()
            if mention:
                event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def slack_mention(self) -> dict[str, Any]:
        cid = self.pick(CHANNELS + PRIVATE)[0]
        if self.chance(0.55):
            text = self.pick([f"<@{BOT_USER}> ", f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: "])
            text += self.command_text()
        else:
            body = self.chat()
            text = self.pick([f"<@{BOT_USER}> {body}", f"{body}\ncc <@{BOT_USER}>", f"<@{BOT_USER}> weather "
                              f"{slack_escape(self.pick(PLACES))}?\n{body}"])
        return self.event_request("slack-mention", self.message(text, cid, True))

    def slack_dm(self) -> dict[str, Any]:
        text = self.command_text() if self.chance(0.7) else self.chat()
        return self.event_request("slack-dm", self.message(text, self.sid("D0", 9), False))

    def slack_bot_echo(self) -> dict[str, Any]:
        """Jeeves's own replies in a DM come back as message.im events (Slack sends them; Jeeves ignores them)."""
        if self.chance(0.25):
            text = (f"Here is your sign-in link; it works once, for you only, within 10 minutes: "
                    f"<{BASE}/auth/slack/link/{self.token()}>")
        else:
            text = self.fill_slack(self.pick(BOT_REPLY))
        ts = self.ts()
        event: dict[str, Any] = {"bot_id": BOT_ID, "type": "message", "text": text, "user": BOT_USER, "ts": ts,
                                 "app_id": APP_ID, "team": TEAM,
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves", "updated": EPOCH,
                                                 "app_id": APP_ID, "team_id": TEAM,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-01-09/"
                                                                       "6455_jeeves_36.png"}},
                                 "channel": self.sid("D0", 9), "event_ts": ts, "channel_type": "im"}
        if "chance of precipitation" in text:
            event["blocks"] = [{"type": "section", "block_id": self.token(3)[:4],
                                "text": {"type": "mrkdwn", "text": text, "verbatim": False}},
                               {"type": "actions", "block_id": self.token(3)[:4], "elements": [
                                   {"type": "button", "action_id": "set_location",
                                    "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                    "value": self.unescape(text.split(":")[0])}]}]
        return self.event_request("slack-bot-echo", event)

    def slack_edit(self) -> dict[str, Any]:
        cid = self.sid("D0", 9)
        old = self.message(self.command_text() if self.chance(0.5) else self.chat(), cid, False)
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: typo)", " *", "", " — nvm, found it", " ✏️", " düzeltme"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        new.pop("blocks", None)
        new["blocks"] = self.blocks(new["text"])
        previous = self.inner(old)
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": previous,
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.event_request("slack-edit", event)

    def slack_unfurl(self) -> dict[str, Any]:
        """A link in a DM unfurls: Slack sends the message again (message_changed) with the preview attached."""
        cid = self.sid("D0", 9)
        url, service, title, preview = (self.fill_plain(x) for x in self.pick(UNFURLS))
        text = self.pick(["", "bak ", "fyi ", "هذا الرابط ", "ראה ", "این لینک "]) + f"<{slack_escape(url)}>"
        msg = self.message(text, cid, False)
        msg.pop("channel")
        msg.pop("channel_type")
        msg.pop("event_ts")
        msg["attachments"] = [{"from_url": url, "service_name": service, "title": title, "title_link": url,
                               "text": preview, "fallback": f"{service}: {title}", "id": 1, "original_url": url,
                               "service_icon": f"https://{urllib.parse.urlsplit(url).hostname}/favicon.ico"}]
        event = {"type": "message", "subtype": "message_changed", "message": msg, "channel": cid, "hidden": True,
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im",
                 "previous_message": {"type": "message", "text": text, "user": msg["user"], "ts": msg["ts"]}}
        return self.event_request("slack-unfurl", event)

    def slack_file(self) -> dict[str, Any]:
        user = self.pick(self.people)
        name, filetype, pretty, mime = self.pick(FILES)
        name = self.fill_plain(name)
        fid = self.sid("F0", 9)
        slug = re.sub(r"[^a-z0-9._-]+", "_", name.lower()).strip("_") or "file"
        file = {"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name.rsplit(".", 1)[0],
                "mimetype": mime, "filetype": filetype, "pretty_type": pretty, "user": user["id"], "user_team": TEAM,
                "editable": False, "size": self.rng.randint(20_000, 4_000_000), "mode": "hosted",
                "is_external": False, "external_type": "", "is_public": False, "public_url_shared": False,
                "display_as_bot": False, "username": "",
                "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{slug}",
                "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{slug}",
                "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{user['id']}/{fid}/{slug}",
                "has_rich_preview": False, "file_access": "visible"}
        text = self.pick(["", "", "draft B/L, pls check the consignee", "المستندات المطلوبة 👆",
                          "הנה תעודת המקור", "بارنامه پیوست شد", "beyanname ekte", "VGM for the DG box",
                          self.fill_slack("photos of ⟦CN⟧ damage, survey ⟦D⟧")])
        ts = self.ts()
        event = {"type": "message", "text": text, "files": [file], "upload": False, "user": user["id"],
                 "display_as_bot": False, "ts": ts, "channel": self.sid("D0", 9), "subtype": "file_share",
                 "event_ts": ts, "channel_type": "im"}
        if text:
            event["blocks"] = self.blocks(text)
        return self.event_request("slack-file", event)

    def slack_home(self) -> dict[str, Any]:
        user = self.pick(self.people)
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.sid("D0", 9),
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.7):
            place = self.pick(["not set (`remember location <place>`)", "Mersin, Türkiye", "Jebel Ali, United Arab "
                               "Emirates", "Haifa, Israel", "Bandar Abbas, Iran", "Dammam, Saudi Arabia"])
            lines = (f"*Location:* {place}\n*Units:* metric\n*Daily alert:* on at {self.hhmm()} "
                     f"({user['tz']})")
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "blocks": [
                {"type": "header", "block_id": self.token(3)[:4],
                 "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                {"type": "section", "block_id": self.token(3)[:4], "text": {"type": "mrkdwn", "text": lines}},
                {"type": "divider", "block_id": self.token(3)[:4]},
                {"type": "section", "block_id": self.token(3)[:4], "text": {
                    "type": "mrkdwn", "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your "
                                              "page> (send me `login` for a sign-in link)."}}],
                "private_metadata": "", "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}",
                "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
                "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
                "root_view_id": self.sid("V0", 9), "app_id": APP_ID, "external_id": "", "app_installed_team_id": TEAM,
                "bot_id": BOT_ID}
        return self.event_request("slack-home", event)

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFY_TOKEN, "challenge": self.token(36), "type": "url_verification"})
        return self.record("slack-verify", "json", self.slack_request("/slack/events", body))

    # ---- slash commands and buttons ---------------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + PRIVATE + [(self.sid("D0", 9), "directmessage")] * 8)
        if cid.startswith("G"):
            cname = "privategroup"
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def button_click(self) -> dict[str, Any]:
        user = self.pick(self.people)
        roll = self.rng.random()
        block = self.token(3)[:4]
        text = ""
        if roll < 0.68:
            place = self.pick(PLACES)
            text = self.fill_plain(self.pick(BOT_REPLY[:3]).replace("⟦P⟧", place))
            action = {"action_id": "set_location", "block_id": block, "value": place, "type": "button",
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "action_ts": self.ts()}
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": block, "style": "danger", "value": "-",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": block, "value": "-", "type": "button",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "action_ts": self.ts()}
        in_dm = self.chance(0.6)
        cid, cname = (self.sid("D0", 9), "directmessage") if in_dm else self.pick(CHANNELS)
        ephemeral = action["action_id"] != "set_location" or self.chance(0.4)
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": ephemeral},
            "trigger_id": self.trigger(), "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions"), "actions": [action]}
        if not ephemeral:
            payload["message"] = {"bot_id": BOT_ID, "type": "message", "text": text, "user": BOT_USER, "ts": msg_ts,
                                  "app_id": APP_ID, "team": TEAM, "blocks": [
                                      {"type": "section", "block_id": self.token(3)[:4],
                                       "text": {"type": "mrkdwn", "text": text, "verbatim": False}},
                                      {"type": "actions", "block_id": block, "elements": [
                                          {"type": "button", "action_id": "set_location", "value": action["value"],
                                           "text": {"type": "plain_text", "text": "Set as my location",
                                                    "emoji": True}}]}]}
        raw = json.dumps(payload, ensure_ascii=self.chance(0.3), separators=(",", ":"))
        if self.chance(0.3):
            raw = raw.replace("/", "\\/")
        body = urllib.parse.urlencode([("payload", raw)])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- the data API: scripts, CI, dashboards --------------------------------------------------------------
    def tool_headers(self, write: bool = False) -> dict[str, str]:
        ua, extra = self.pick([
            ("python-requests/2.32.3", {}), ("python-httpx/0.27.0", {}), ("curl/8.5.0", {}), ("curl/7.81.0", {}),
            ("Go-http-client/2.0", {}), ("node", {}), ("axios/1.7.2", {}), ("okhttp/4.12.0", {}),
            ("Java-http-client/17.0.11", {}), ("HTTPie/3.2.2", {}),
            ("PostmanRuntime/7.39.0", {"Postman-Token": self.uuid(), "Cache-Control": "no-cache"}),
            ("Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", {}),
            ("Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; tr-TR) PowerShell/7.4.2", {}),
            ("Grafana/10.4.2", {"X-Grafana-Org-Id": "1"}), ("GitHub-Actions kervan/hs-report curl/8.5.0", {}),
            ("n8n", {}), ("RestSharp/110.2.0.0", {})])
        h: dict[str, str] = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*",
                                                                    "application/json, text/plain, */*"])}
        h.update(extra)
        client = self.pick(["jeeves-worker", "powerbi.ops-dashboard", "tms-sync", "edi:coparn-ingest",
                            "hr-sync.personio", "ci.github-actions", "grafana-ops"])
        h["Authorization"] = "Bearer " + self.jwt(client, "read write" if write else self.pick(["read", "read write"]))
        if self.chance(0.55):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br;q=1.0, gzip;q=0.8"])
        if self.chance(0.25):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.5):
                h["tracestate"] = f"kervan={self.hexs(16)},rojo=00f067aa0ba902b7"
            if self.chance(0.5):
                h["baggage"] = self.pick(["env=prod,office=mersin", "deployment.environment=prod,team=ops-jebel-ali",
                                          "job=hs-report,run=gha-" + str(self.rng.randint(10**9, 10**10))])
        if self.chance(0.15):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-1",
                                           f"tms.{self.hexs(12)}", f"pbi:{self.uuid()}"])
        if self.chance(0.06):
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        return h

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.25:
            h = self.tool_headers()
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["50", "100", "200", "500", "25", "250"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 250, 500]))))
            for key, values in (("team_id", [TEAM, *OTHER_TEAMS]), ("active", ["true", "false", "1", "0", "True"]),
                                ("alerts", ["true", "false", "on", "off"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api-users", "query", self.get_request(uri, h))
        if roll < 0.43:
            h = self.tool_headers()
            return self.record("api-user", "path", self.get_request(f"/api/users/{self.rng.randint(1, 480)}", h))
        if roll < 0.59:
            return self.api_patch()
        if roll < 0.79:
            h = self.tool_headers()
            day = self.rng.randint(1, 12)
            since = self.pick([f"2024-06-{day:02d}T00:00:00Z", f"2024-06-{day:02d}T00:00:00+03:00",
                               f"2024-06-{day:02d}T06:00:00+04:00", f"2024-06-{day:02d}T00:00:00+03:30",
                               f"2024-06-{day:02d}", f"2024-05-{day + 15:02d}T08:30:00.000Z",
                               f"2024-06-{day:02d} 00:00:00+03:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-06-12T23:59:59Z", "2024-06-13T00:00:00+03:00",
                                                   "2024-06-12T20:59:59.999Z", "2024-06-13"])))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params)
            return self.record("api-stats", "query", self.get_request(uri, h))
        if roll < 0.87:
            return self.record("api-switches", "header", {"method": "GET", "uri": "/api/switches", "body": "",
                                                          "headers": self.tool_headers()})
        if roll < 0.93:
            h = self.tool_headers(write=True)
            h["Content-Type"] = "application/json"
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help",
                                "my_location", "forget_location"])
            doc: dict[str, Any] = {"enabled": self.chance(0.7)}
            if self.chance(0.6):
                doc["team_id"] = self.pick([TEAM, "*", *OTHER_TEAMS])
            return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                          "body": json.dumps(doc), "headers": h})
        h = {"User-Agent": self.pick(["openapi-generator/7.6.0", "PostmanRuntime/7.39.0", "python-requests/2.32.3",
                                      "Swagger-Codegen/3.0.54/java", "curl/8.5.0"]), "Accept": "application/json"}
        return self.record("api-openapi", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                     "uri": "/api/openapi.json", "body": "", "headers": h})

    def api_patch(self) -> dict[str, Any]:
        h = self.tool_headers(write=True)
        person = self.pick(self.people)
        roll = self.rng.random()
        doc: dict[str, Any]
        if roll < 0.3:
            native = NATIVE_NAMES.get(person["handle"])
            name = self.pick([person["name"], person["name"].upper() if self.chance(0.1) else person["name"],
                              f"{person['name']} ({native})" if native else person["name"], native or person["name"]])
            doc = {"name": name}
            if self.chance(0.5):
                doc["email"] = person["email"]
        elif roll < 0.55:
            doc = {"settings": {"timezone": self.pick([person["tz"], *TIMEZONES[:8]]), "alert_time": self.hhmm()}}
        elif roll < 0.7:
            doc = {"settings": {"units": self.pick(["metric", "metric", "imperial"]), "alerts": self.chance(0.7)}}
        elif roll < 0.85:
            doc = {"is_active": self.chance(0.25)}
        else:
            doc = {"is_admin": self.chance(0.4), "name": person["name"]}
        h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                       "application/merge-patch+json"])
        body = json.dumps(doc, ensure_ascii=self.chance(0.35))
        uri = f"/api/users/{self.rng.randint(1, 480)}"
        return self.record("api-user-patch", "json", {"method": "PATCH", "uri": uri, "body": body, "headers": h})

    # ---- browsers ---------------------------------------------------------------------------------------------
    def browser(self, form: bool = False, fetch_site: str = "same-origin", dest: str = "document") -> dict[str, str]:
        ua, hints = self.pick([
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
             "Safari/537.36", '"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"'),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
             "Safari/537.36 Edg/125.0.0.0", '"Microsoft Edge";v="125", "Chromium";v="125", "Not.A/Brand";v="24"'),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/124.0.0.0 Safari/537.36", '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"'),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0", ""),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
             "Safari/605.1.15", ""),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
             "Version/17.5 Mobile/15E148 Safari/604.1", ""),
            ("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 "
             "Chrome/121.0.0.0 Mobile Safari/537.36", '"Chromium";v="121", "Not A(Brand";v="99", '
             '"Samsung Internet";v="25.0"'),
            ("Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/125.0.6422.113 Mobile Safari/537.36", '"Google Chrome";v="125", "Chromium";v="125", '
             '"Not.A/Brand";v="24"'),
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
             "YaBrowser/24.4.0.0 Safari/537.36", '"Chromium";v="122", "Not(A:Brand";v="24", "YaBrowser";v="24.4"'),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
             "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125", ""),
            ("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0", "")])
        firefox = "Firefox" in ua
        lang = self.pick(["ar-AE,ar;q=0.9,en-US;q=0.8,en;q=0.7", "ar,en-US;q=0.9,en;q=0.8", "ar-SA,ar;q=0.9",
                          "he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7", "he,en;q=0.9", "fa-IR,fa;q=0.9,en-US;q=0.8,en;q=0.7",
                          "fa,en-US;q=0.9,en;q=0.8", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "tr,en;q=0.9,de;q=0.8",
                          "en-GB,en;q=0.9,ar;q=0.8", "en-US,en;q=0.9,he;q=0.8", "en-US,en;q=0.9",
                          "tr-TR,tr;q=0.8,en-US;q=0.5,en;q=0.3", "az-AZ,az;q=0.9,tr;q=0.8,ru;q=0.7,en;q=0.6",
                          "ku,tr;q=0.9,ar;q=0.8,en;q=0.7", "en-AE,en;q=0.9,ar-AE;q=0.8,ar;q=0.7"])
        accept = ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" if firefox else
                  "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
                  "application/signed-exchange;v=b3;q=0.7")
        if dest == "style":
            accept = "text/css,*/*;q=0.1"
        h = {"User-Agent": ua, "Accept": accept, "Accept-Language": lang,
             "Accept-Encoding": "gzip, deflate, br, zstd",
             "Sec-Fetch-Dest": dest, "Sec-Fetch-Mode": "navigate" if dest == "document" else "no-cors",
             "Sec-Fetch-Site": fetch_site}
        if dest == "document":
            h["Upgrade-Insecure-Requests"] = "1"
            if fetch_site != "same-origin" or form or self.chance(0.8):
                h["Sec-Fetch-User"] = "?1"
        if hints:
            h["sec-ch-ua"] = hints
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = ('"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua
                                       else '"macOS"')
        if form:
            h["Origin"] = "null"  # the panel's Referrer-Policy: no-referrer makes browsers send Origin: null
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        if firefox and self.chance(0.5):
            h["DNT"] = "1"
        if self.chance(0.1):
            h["Priority"] = "u=0, i"
        return h

    def cookie(self, *pairs: tuple[str, str]) -> str:
        items = list(pairs)
        if self.chance(0.25):
            items.append(self.ga_cookie())
            if self.chance(0.6):
                items.append(("_ga_KRV8X2LM7Q", f"GS1.1.{EPOCH - 600}.{self.rng.randint(2, 40)}.1.{EPOCH}.0.0.0"))
        if self.chance(0.1):
            items.append(("cookie_consent", self.pick(["accepted", "necessary", "all"])))
        if self.chance(0.08):
            items.append(("site_lang", self.pick(["tr", "ar", "he", "fa", "en"])))
        self.rng.shuffle(items)
        return "; ".join(f"{k}={v}" for k, v in items)

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        boundary = self.form_boundary("gecko" if "Firefox" in ua else "webkit")
        return self.multipart_form(boundary, fields)

    # ---- admin panel ------------------------------------------------------------------------------------------
    def admin_search_term(self) -> str:
        person = self.pick(self.people)
        native = NATIVE_NAMES.get(person["handle"], person["name"])
        return self.pick([
            person["name"], person["first"], person["name"].split()[-1], person["email"], person["handle"],
            person["id"], native, native.split()[0], person["name"].lower(), "o'connor", "O'Connor", "al-",
            "Al-Hashimi", "ben-david", "öztürk", "ozturk", "çelik", "şahin", "محمد", "الهاشمي", "כהן", "לוי",
            "رضا", "محمدی", "@kervan-freight.ae", "@kervan-freight.com.tr", ".co.il", TEAM, self.pick(OTHER_TEAMS),
            "Sa'id", "Ma'ayan", "d'souza", "dela cruz", "mersin", "contractor", "test", "ops", "İbrahim", "ibrahim"])

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.27:
            params = [("q", self.admin_search_term())]
            if self.chance(0.2):
                params.append(("page", str(self.rng.randint(2, 9))))
            h = self.browser()
            h["Cookie"] = self.cookie(session)
            return self.record("admin-user-search", "query", {"method": "GET", "body": "", "headers": h,
                                                              "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.38:
            q = self.pick(["login", "user.active", "user.admin", "feature.set", "feature.remove_override",
                           "client.create", "client.rotate", "client.disable", "admin.map_slack", "login.slack",
                           "denied", "failed", "account.totp_enable", self.pick(self.admins), "2024-06-12",
                           f"weather@{TEAM}", "edi:coparn-ingest", f"{TEAM}/{self.pick(self.people)['id']}",
                           "powerbi.ops-dashboard", "slack:" + TEAM])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.2) else [])
            h = self.browser()
            h["Cookie"] = self.cookie(session)
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.56:
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
                              "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=&page=1", "/admin/features?done=switch_updated",
                              "/admin/features?done=switch_removed", "/admin/clients?done=client_disabled",
                              "/admin/account?done=totp_enabled", "/admin/slack-sign-in?done=mapped",
                              "/admin/users?page=3", "/admin/audit?page=2"])
            h = self.browser(fetch_site=self.pick(["same-origin", "same-origin", "none"]))
            h["Cookie"] = self.cookie(session)
            return self.record("admin-page", "cookie", self.get_request(page, h))
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(session)
        if roll < 0.67:
            fields = [("csrf_token", csrf), ("q", self.pick(["", "", self.admin_search_term()])),
                      ("page", str(self.pick([1, 1, 2, 3]))), ("value", self.pick(["0", "1"]))]
            uri = f"/admin/users/{self.rng.randint(1, 480)}/{self.pick(['active', 'active', 'admin'])}"
            return self.record("admin-user-flag", "form", self.form_request(uri, h, fields))
        if roll < 0.76:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me",
                                "help", "my_location", "forget_location"])
            if self.chance(0.5):
                fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"]))]
            else:
                team = self.pick([*OTHER_TEAMS, TEAM, "t05krvnae"])
                fields = [("csrf_token", csrf), ("action", action), ("team_id", team),
                          ("enabled", self.pick(["0", "1"]))]
            uri = "/admin/features"
            if self.chance(0.2):
                uri = "/admin/features/remove"
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick(OTHER_TEAMS))]
            return self.record("admin-feature", "form", self.form_request(uri, h, fields))
        if roll < 0.84:
            client_id = self.pick(["tms-sync", "powerbi.ops-dashboard", "edi:coparn-ingest", "customs-bilge-bridge",
                                   "ci.github-actions", "kizad-wms:reader", "hr-sync.personio", "grafana-ops",
                                   "fasah.bridge-ksa", "mirsal2-status"])
            if self.chance(0.45):
                verb = self.pick(["rotate", "disable", "enable"])
                uri = f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/{verb}"
                return self.record("admin-client-change", "form", {
                    "method": "POST", "uri": uri, "headers": h,
                    "body": urllib.parse.urlencode([("csrf_token", csrf)])})
            description = self.pick([
                "Power BI dashboard for Jebel Ali ops (read-only) — owner: Hind Al-Qassimi, +971 4 881 5000",
                "لوحة متابعة الشحنات - قراءة فقط (فرع الدمام)",
                "סנכרון משתמשים מה-HR, קריאה וכתיבה. אחראית: שירה בן-דוד",
                "همگام‌سازی کاربران انبار بندرعباس (فقط خواندن)",
                "GTİP/HS kod raporu için CI işi (GitHub Actions, her gece 02:00 TRT)",
                "EDI COPARN ingest → TMS; contact edi@kervan-freight.com, runbook: Z:\\ops\\runbooks\\edi.docx",
                "Grafana \"Ops overview\" datasource; rotate every 90 days", "", "KIZAD WMS reader (pallets & bays)",
                "Customs bridge for BİLGE / NCTS status polling — don't delete!", "Mirsal 2 status poller (Dubai)"])
            fields = [("csrf_token", csrf), ("client_id", client_id), ("description", description), ("scopes", "read")]
            if self.chance(0.35):
                fields.append(("scopes", "write"))
            return self.record("admin-client-create", "form", self.form_request("/admin/clients", h, fields))
        if roll < 0.89:
            person = self.pick(self.people)
            if self.chance(0.8):
                fields = [("csrf_token", csrf), ("username", self.pick(self.admins)),
                          ("team_id", self.pick([TEAM, TEAM, *OTHER_TEAMS])), ("user_id", person["id"])]
                uri = "/admin/slack-sign-in"
            else:
                fields = [("csrf_token", csrf), ("username", self.pick(self.admins))]
                uri = "/admin/slack-sign-in/remove"
            return self.record("admin-slack-map", "form", self.form_request(uri, h, fields))
        if roll < 0.94:
            step = self.pick(["start", "confirm", "confirm", "disable"])
            if step == "start":
                fields = [("csrf_token", csrf)]
            elif step == "confirm":
                pending = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
                fields = [("csrf_token", csrf), ("totp_pending", pending),
                          ("totp", f"{self.rng.randint(0, 999999):06d}")]
            else:
                fields = [("csrf_token", csrf), ("password", self.password())]
            return self.record("admin-account", "form", self.form_request(f"/admin/account/totp/{step}", h, fields))
        if roll < 0.97:
            return self.record("admin-logout", "form", self.csrf_post("/admin/logout", h, csrf))
        g = self.browser(dest="style", fetch_site="same-origin")
        g["Cookie"] = self.cookie(session)
        return self.record("admin-static", "path", {"method": "GET", "uri": "/admin/static/admin.css", "body": "",
                                                    "headers": g})

    def password(self) -> str:
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!@#%^*+=?~"
        if self.chance(0.3):  # a passphrase from the company's password manager
            words = ["liman", "konteyner", "vinç", "marsa", "namal", "bandar", "kervan", "gümrük", "سفينة", "נמל"]
            return "-".join(self.pick(words) for _ in range(4)) + str(self.rng.randint(10, 99))
        return "".join(self.pick(alphabet) for _ in range(self.rng.randint(16, 32)))

    def admin_login(self) -> dict[str, Any]:
        csrf = self.token()
        if self.chance(0.4):
            nxt = self.pick(["", "/admin/users", "/admin/clients", "/admin/audit%3Fq%3Dlogin"])
            h = self.browser(fetch_site=self.pick(["none", "same-origin"]))
            if self.chance(0.5):
                h["Cookie"] = self.cookie(("__Host-jeeves_admin_login", csrf))
            uri = "/admin/login" + (f"?next={nxt.replace('/', '%2F')}" if nxt else "")
            return self.record("admin-login-page", "query", self.get_request(uri, h))
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(("__Host-jeeves_admin_login", csrf))
        fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients",
                                                            "/admin/users?q=al-hashimi"])),
                  ("username", self.pick(self.admins)), ("password", self.password()),
                  ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                      f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
        return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))

    # ---- /me/ -------------------------------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.33:
            h = self.browser(fetch_site=self.pick(["same-origin", "none", "cross-site"]))
            h["Cookie"] = self.cookie(session)
            uri = self.pick(["/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            if uri == "/me/data.json":
                h["Sec-Fetch-User"] = "?1"
            return self.record("me-page", "cookie", {"method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": uri,
                                                     "body": "", "headers": h})
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(session)
        if roll < 0.63:
            place = self.pick(PLACES)
            if self.chance(0.15):
                place = self.pick(["Mersin Limanı", "Jebel Ali Port, Dubai", "حيفا", "Bandar-e Abbas",
                                   "Aqaba Container Terminal", "Erbil, Kurdistan Region", "Dubai Marina",
                                   "Ra's al-Khaimah", "Kuşadası", "Kadıköy, İstanbul", "נצרת עילית", "Qeshm"])
            return self.me_form("me-location", "/me/location", [("csrf_token", csrf), ("place", place)], h)
        if roll < 0.87:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"]))]
            if self.chance(0.65):
                fields.append(("alerts", "on"))
            fields += [("alert_time", self.hhmm()), ("timezone", self.pick([person["tz"], person["tz"],
                                                                            *TIMEZONES]))]
            return self.me_form("me-settings", "/me/settings", fields, h)
        uri, fields = self.me_exit_form(csrf)
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def me_form(self, kind: str, uri: str, fields: list[tuple[str, str]], h: dict[str, str]) -> dict[str, Any]:
        if self.chance(0.18):
            body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
            return self.record(kind, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record(kind, "form", self.form_request(uri, h, fields))

    # ---- Sign in with Slack and the bot's links ------------------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            h = self.browser(fetch_site=self.pick(["none", "same-origin"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.35:
            h = self.browser(fetch_site=self.pick(["same-origin", "none"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.62:
            state = self.token()
            h = self.browser(fetch_site="cross-site")
            if self.chance(0.6):
                h["Referer"] = self.pick(["https://slack.com/", f"https://{TEAM_DOMAIN}.slack.com/"])
            h["Cookie"] = self.cookie(("__Host-jeeves_oidc_state", state))
            params = [("code", f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**12, 10**13)}."
                               f"{self.hexs(64)}"), ("state", state)]
            if self.chance(0.1):
                params = [("error", "access_denied"), ("state", state)]
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", self.get_request(uri, h))
        link = self.token()
        if roll < 0.82:
            h = self.browser(fetch_site="none")
            return self.record("auth-link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.browser(form=True)
        h["Cookie"] = self.cookie(("__Host-jeeves_signin", csrf))
        return self.record("auth-link-post", "form", self.csrf_post(f"/auth/slack/link/{link}", h, csrf))

    # ---- TokenDealer ------------------------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["jeeves-worker", "powerbi.ops-dashboard", "tms-sync", "edi:coparn-ingest",
                            "hr-sync.personio", "ci.github-actions", "grafana-ops", "customs-bilge-bridge"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.5.0", "Go-http-client/2.0",
                                      "python-httpx/0.27.0", "Java-http-client/17.0.11", "Authlib/1.3.1",
                                      "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
                                      "okhttp/4.12.0", "node"]),
             "Accept": self.pick(["application/json", "*/*", "application/json;charset=UTF-8"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded"] * 4
                                       + ["application/x-www-form-urlencoded; charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(
            f"{urllib.parse.quote_plus(client)}:{urllib.parse.quote_plus(secret)}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, "read")
        if roll < 0.75:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.85:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.4) else [])
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, fields))
        return self.record("oauth-verify-token", "form", self.verify_request(h, token, 0.4))

    # ---- health and metadata ----------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.29", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
                            "http://www.uptimerobot.com/)", "ELB-HealthChecker/2.0", "curl/8.5.0", "Zabbix",
                            "Better Stack Uptime Bot Mozilla/5.0 (X11; Linux x86_64; rv:100.0)"])
            h = {"User-Agent": ua, "Accept": self.pick(["*/*", "application/json"])}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/readyz"]), "body": "",
                                                    "headers": h})
        if roll < 0.65:
            h = {"User-Agent": self.pick(["Go-http-client/2.0", "PyJWT/2.8.0", "jwks-rsa/3.1.0 (node)",
                                          "python-jose", "Java-http-client/17.0.11"]),
                 "Accept": self.pick(["application/json", "application/jwk-set+json, application/json"])}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("health-jwks", "header", self.get_request("/.well-known/jwks.json", h))
        if roll < 0.85:
            h = {"User-Agent": self.pick(["Authlib/1.3.1", "python-requests/2.32.3", "curl/8.5.0"]),
                 "Accept": "application/json"}
            return self.record("health-oauth-metadata", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                                   "uri": "/.well-known/oauth-authorization-server",
                                                                   "body": "", "headers": h})
        h = {"User-Agent": self.pick(["openapi-generator/7.6.0", "PostmanRuntime/7.39.0", "schemathesis/3.29.2"]),
             "Accept": "application/json"}
        return self.record("health-openapi", "header", self.get_request("/openapi.json", h))


PLAN: list[tuple[str, int]] = [
    ("slack_mention", 200), ("slack_dm", 190), ("slack_bot_echo", 40), ("slack_edit", 25), ("slack_unfurl", 15),
    ("slack_file", 20), ("slack_home", 30), ("slash_command", 280), ("button_click", 120), ("api", 300),
    ("admin", 155), ("admin_login", 22), ("me", 100), ("auth", 62), ("oauth", 80), ("health", 60),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The company's day, kinds interleaved as they arrive."""
    return planned(Freight(), PLAN, first="slack_verification")


def _digest() -> str:
    return digest(benign())
