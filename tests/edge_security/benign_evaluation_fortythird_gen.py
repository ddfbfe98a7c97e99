"""Benign evaluation set (fortythird): a humanitarian NGO's ordinary traffic through the edge, benign only.

The company is Amani Relief Collective, an NGO with a Nairobi head office and field offices in Addis Ababa,
Mogadishu, Juba, Goma, Amman, Erbil, Gaziantep, Aden and Port Sudan, plus sub-offices in Dadaab and Kakuma. Its
logisticians, field coordinators, security focal points, finance officers and programme staff use Jeeves to check
the weather before convoys, distributions and flights, and they talk to it the way they talk to each other, in
English, French, Swahili, Arabic, Amharic, Somali and Turkish: camp blocks and GPS coordinates (decimal, degrees
and minutes, DMS), waybills, GRNs and purchase orders, tonnages and NFI kits, donor and grant codes, budget
lines, per-diem and DSA amounts in many currencies, security advisories with curfews and road closures, quoted
sitreps, KoBo and spreadsheet exports, phone and satellite numbers and long links to ReliefWeb, HDX and maps.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves`
slash commands, block_actions clicks on Jeeves' own buttons (set_location, forget_me_confirm, forget_me_cancel),
the data API (users list/read/patch, usage stats, switches), the admin panel forms with csrf_token, `/me/`, Sign
in with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the health and
metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
evaluator_routes.HELP_REPLY, evaluator_routes.file_urls, SlackDay.shared_file, SlackDay.bot_message and
WebDay.ch_platform from the shared modules.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY, file_urls
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fortythird"
SEED = 43_2024_1105
EPOCH = 1730786400  # 2024-11-05 06:00 UTC (09:00 EAT), a Tuesday: convoys leaving, distributions on Thursday
TEAM, TEAM_DOMAIN = "T05AMANRLF", "amani-relief"
PARTNER_TEAM, PARTNER_DOMAIN = "T06SOMCNSR", "somalia-ngo-consortium"  # a shared consortium workspace
APP_ID, BOT_USER, BOT_ID = "A05JVAMNR4", "U05JEEVES7", "B05JEEVES3"
HOST = "jeeves.amani-relief.org"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "Zq4mVt8RkWn2Ls6HbY0pCeJx"

FIRST = ["Wanjiru", "Abdirahman", "Selamawit", "Deng", "Rania", "Omar", "Hodan", "Kavira", "Yonas", "Nyakuoth",
         "Faduma", "Otieno", "Meron", "Jean-Pierre", "Élodie", "Shirin", "Yousef", "Achieng", "Tesfaye", "Amina",
         "Mumbere", "Nour", "Dilan", "Elif", "Hannah", "Tomás", "Abebe", "Zainab", "Mohamed", "Bahati", "Nasra",
         "Gatluak", "Lina", "Khalid", "Aïcha", "Mekdes", "Kiprotich", "Farhiya", "Baraka", "Ruth", "Hêvî"]
LAST = ["Kamau", "Warsame", "Tesfaye", "Garang", "Haddad", "Al-Khatib", "Farah", "Kahindo", "Gebremedhin",
        "Ochieng", "Abdi", "Mwangi", "Haile", "Mukendi", "Marchand", "Barzani", "Qasem", "Odhiambo", "Bekele",
        "Al-Saqqaf", "Yılmaz", "Osman El-Tayeb", "Nyandeng", "O'Brien", "Mohamud", "Wol", "Kiplagat",
        "Nduwimana", "Ben Salah", "El-Amin", "Kibet", "Lemma", "de Vries", "Ní Chonaill", "Hassan-Ali", "Kuol"]
# Community leaders, officials, partners and drivers, as staff name them.
CONTACTS = ["Sheikh Abdullahi Hassan (Ifo 2 block leader)", "Mama Rose Akinyi, chair of the women's committee",
            "Ato Girma Bekele (woreda DRMO)", "Cdr. Daniel Lado Loku", "Dr. Hawa Mohamed (MoH Banadir)",
            "Mr. Kiplagat from Turkana County", "Abu Khalil (Zaatari district 7)", "أبو خليل", "ሙሉጌታ አበበ",
            "Pasteur Kambale Muhindo", "Ms. Nasteho Ali (SRCS)", "driver Musa (KDA 431T)", "Hajja Fatima Al-Zubaidi",
            "Kak Hêmin from Duhok DoH", "Maître Joseph Bahati", "Ustaz Ahmed Nur", "Ayşe Demir (AFAD liaison)",
            "Fr. Patrick O'Malley (Caritas Torit)", "the UNHCR camp manager in Kakuma", "Mzee Lokwang",
            "Mme Furaha Kavugho (CLD Kanyaruchinya)", "السيد عبد الله الحوثري", "Hussein Abdi Nuur (DC Baidoa)"]
OFFICES = [("Nairobi", "Amani Relief, Plot 114, Lenana Rd, Kilimani, Nairobi"),
           ("Addis", "Bole Sub-City, Woreda 03, House No. 1120, Addis Ababa"),
           ("Mogadishu", "KM4 Junction, Hodan District, Mogadishu"), ("Juba", "Hai Cinema, Plot 27, Juba"),
           ("Goma", "Av. du Lac 12, Quartier Himbi, Goma"),
           ("Amman", "14 Kulliyat Al-Sharia St, Jabal Al-Weibdeh, Amman"), ("Erbil", "60m Street, Ankawa, Erbil"),
           ("Gaziantep", "İncilipınar Mah. 3 Nolu Sk. No:12, Şehitkamil, Gaziantep"),
           ("Aden", "Al-Arish Rd, Khormaksar, Aden"), ("Port Sudan", "Deim Suakin, Block 7, Port Sudan"),
           ("Dadaab", "UNHCR compound, Dadaab, Garissa County"), ("Kakuma", "Kakuma 1, Zone 3, Turkana County")]
PLACES = ["Nairobi", "Dadaab", "Kakuma", "Lodwar", "Garissa", "Mandera", "Addis Ababa", "አዲስ አበባ", "Dollo Ado",
          "Gambella", "Mekelle", "መቐለ", "Bahir Dar", "Jijiga", "Mogadishu", "Muqdisho", "Baidoa", "Baydhabo",
          "Kismayo", "Garowe", "Hargeisa", "Beledweyne", "Juba", "Bor", "Malakal", "Renk", "Wau", "Bentiu",
          "Goma", "Bunia", "Bukavu", "Uvira", "Kampala", "Gulu", "Arua", "Bidi Bidi", "Kiryandongo", "Amman",
          "عمّان", "Mafraq", "المفرق", "Zaatari", "Azraq", "Irbid", "Beirut", "Baalbek", "Erbil", "أربيل",
          "Duhok", "Mosul", "Gaziantep", "Antakya", "Kilis", "Aden", "عدن", "Marib", "Taiz", "Hodeidah",
          "Port Sudan", "Kassala", "Gedaref", "Adré", "Djibouti", "Kigali", "Dar es Salaam", "Kasulu",
          "Dadaab, Kenya", "Juba, South Sudan", "Goma, DRC", "Bor, Jonglei", "Arua, Uganda", "Zaatari camp",
          "Ifo 2", "Hagadera", "Kalobeyei", "Melkadida", "Kanyaruchinya", "Nyarugusu"]
COORDS = ["2.0469, 45.3182", "-1.2921,36.8219", "9.0300° N, 38.7400° E", "4°51'34\"N 31°34'17\"E",
          "0.0527, 40.3089", "3.7167° N, 34.8667° E", "-1.6792, 29.2228", "31.9539, 35.9106", "32.2943,36.3234",
          "36.1911° N, 44.0092° E", "12.7855, 45.0187", "19.6158, 37.2164", "4°10'59.6\"N 42°02'43.0\"E",
          "N 03° 43.0' E 034° 52.0'", "3.1160, 43.6498", "1°33'S 29°16'E", "8.2500,34.5833", "36.8669 N 42.9503 E"]
TIMEZONES = ["Africa/Nairobi", "Africa/Addis_Ababa", "Africa/Mogadishu", "Africa/Juba", "Africa/Kampala",
             "Africa/Lubumbashi", "Africa/Kigali", "Africa/Khartoum", "Africa/Djibouti", "Africa/Dar_es_Salaam",
             "Asia/Amman", "Asia/Baghdad", "Asia/Beirut", "Asia/Aden", "Europe/Istanbul", "Europe/Brussels",
             "Europe/London", "UTC"]
DONOR_CODES = ["ECHO/-AF/BUD/2024/91034", "BHA 720BHA24GR00187", "FCDO PO 40112389", "SIDA contr. 15203/11982",
               "UNHCR PA KEN01/2024/0000000211/000", "CERF 24-RR-SOM-31522", "SHF SOM-24/3480/SA1/WASH/INGO/28811",
               "UNICEF PCA/KEN/2024/017", "WFP FLA 2024/ETH/0093", "GFFO 2524-2024-SSD", "JHF-YEM-24-SA2-0412",
               "SDC 7F-10987.02", "Danida 2024-31877", "NMFA SDN-24/0065", "ECHO HIP 2024 Great Lakes",
               "IrishAid HPP-2024-ARC"]
BUDGET_LINES = ["BL 3.2.1 Per diem – field staff", "cost code 6120-WASH-DDB", "BL 1.4 (vehicle running costs)",
                "BL 5.1.3 – NFI procurement", "budget line 2.2 \"Security & comms\"", "GL 71400 / CC SSD-JUB-02",
                "BL 4.7 RUTF transport (in-kind)", "line 6.3 – DSA & accommodation"]
PER_DIEM = ["USD 45/day", "KES 6,500 per night", "ETB 1,850/day", "SSP 45,000", "$62 (hardship post)",
            "UN DSA Juba $281", "JOD 55", "IQD 75,000/day", "TRY 1.450", "€38", "SDG 12,000", "CDF 95 000",
            "UGX 150,000 per night", "YER 25,000 (Aden rate)", "USD 30 incidentals", "KES 4,200 (lunch + dinner)"]
AMOUNTS = ["USD 14,250.00", "$3,480", "KES 1,245,600", "ETB 287,500", "SSP 4.2m", "€ 18.900", "JOD 2,150.500",
           "IQD 9,750,000", "TRY 84.300", "SDG 1,870,000", "CDF 2 450 000", "UGX 12,400,000", "$11.6k",
           "USD 212,000 (20% of the grant)", "€1,250.00 + 16% VAT", "KES 87,000 incl. fuel"]
REFS = ["WB-NBO-24-01877", "GRN DDB/2024/0412", "PR-ETH-2024-0331", "PO 4500123987", "LPO/JUB/24/118",
        "manifest MGQ-1107", "container MSKU 7731945", "B/L DJI240917", "gate pass #3381", "SRF-AMM-0921",
        "waybill #GOM-BUN-0046", "GRN 2024/KKM/0098", "PR 24-SOM-0712 (rev. 2)", "stock card ERB-NFI-07",
        "FLA amendment #3", "ToR v4 (final)"]
GOODS = ["1,200 jerrycans (20 L)", "600 NFI kits", "450 family tents", "2,400 cartons RUTF (Plumpy'Nut)",
         "18 MT maize", "32 MT CSB+", "12,000 Aquatabs strips (67 mg)", "800 hygiene kits", "1,500 tarpaulins 4×6 m",
         "3 cholera kits (CTC module)", "50,000 ORS sachets (20.5 g)", "2 IEHK 2017 basic modules",
         "300 solar lanterns", "900 kitchen sets (type B)", "4,000 thermal blankets", "60 quintals of wheat",
         "5,000 L diesel", "40 rolls of shade net", "1,000 dignity kits", "24 pallets of BP-5",
         "7 t of yellow split peas"]
VEHICLES = ["KDA 431T", "KCZ 908M", "KBX 112Q", "SSD 4417 J", "CD 0921 BJ", "AA 3-A48215", "UN-5521",
            "LC79 #07 (armoured)", "Hilux fleet no. 12", "Actros 3340, trailer ZF 2281", "Land Cruiser HZJ78 #3"]
WHEN = ["tomorrow 06:00 EAT", "Thu 7 Nov, 08:30", "05/11 at 14h", "2024-11-06T05:30+03:00", "after Friday prayers",
        "before the 18:00 curfew", "Wednesday (2 ሰዓት, Ethiopian time)", "by COB today", "next week Mon–Wed",
        "demain à 7h00", "الخميس الساعة ٩ صباحاً", "kesho saa tatu asubuhi", "at 1400hrs", "ASAP 🙏", "16:45 EAT",
        "end of the week", "Saturday 9 Nov 06:30–11:00", "this afternoon (~3pm)", "on the 12th", "7/11 0600L"]
PHONES = ["+254 722 555 014", "+252 61 555 0192", "+251 911 55 50 31", "+211 92 555 0178", "+243 81 555 0123",
          "+962 7 9555 0146", "+964 750 555 0117", "+90 342 555 01 29", "+967 77 555 0134", "0722 555014",
          "Thuraya +88216 5550 1234", "Iridium +8816 3155 5012", "+256 772 555 019", "HF 7.450 MHz, call sign DDB-2"]
EMOJI = [":truck:", ":package:", ":warning:", ":rotating_light:", ":droplet:", ":rain_cloud:", ":sunny:",
         ":white_check_mark:", ":pray:", ":eyes:", ":thumbsup:", ":airplane:", ":tent:", ":ok_hand:", ":sweat:",
         "🚚", "📦", "⚠️", "🌧️", "⛈️", "💧", "🏕️", "🙏", "✅", "🛑", "👍🏾", "🇰🇪", "🇪🇹", "🇸🇴", "🇸🇸", "🇯🇴", "🇮🇶", "🇨🇩"]
LINKS = [
    "https://reliefweb.int/report/somalia/somalia-gu-2024-floods-situation-report-no-7-31-october-2024",
    "https://reliefweb.int/updates?advanced-search=%28PC216%29_%28F10%29&search=cholera",
    "https://data.humdata.org/dataset/cod-ab-som",
    "https://data.humdata.org/dataset/kenya-refugee-camps?force_layout=desktop",
    "https://www.google.com/maps?q=2.0469,45.3182&z=15",
    "https://www.google.com/maps/dir/Goma/Bunia/@0.2,29.4,8z/data=!3m1!4b1",
    "https://www.openstreetmap.org/#map=14/3.7167/34.8667",
    "https://www.openstreetmap.org/?mlat=0.0527&mlon=40.3089#map=13/0.0527/40.3089",
    "https://www.windy.com/-1.292/36.822?rain,-1.527,36.822,8",
    "https://fews.net/east-africa/somalia/food-security-outlook/october-2024",
    "https://www.icpac.net/seasonal-forecast/",
    "https://dtm.iom.int/reports/ethiopia-site-assessment-round-36",
    "https://kobo.humanitarianresponse.info/#/forms/aK3x9P2qLmN7vBdQ8s/data/table",
    "https://ee.humanitarianresponse.info/x/Hq7Tz2Pw",
    "https://docs.google.com/spreadsheets/d/1pQ8vXn2Lk9RtY4mZ7wB3cD6eF0gH5jK/edit?gid=582013749#gid=582013749",
    "https://amanirelief.sharepoint.com/sites/Logistics/Shared%20Documents/Waybills/2024/WB-NBO-24-01877.pdf"
    "?web=1",
    "https://amanirelief.sharepoint.com/:x:/r/sites/Finance/Shared%20Documents/Per%20diem/2024-11%20claims.xlsx"
    "?d=w6f3a9c21b7e84d50a1c2e3f4a5b6c7d8&csf=1&web=1",
    "https://logcluster.org/en/ops/ssd/access-constraints?date=2024-11-04",
    "https://www.unocha.org/publications/report/sudan/sudan-humanitarian-update-30-october-2024",
    "https://www.acaps.org/en/countries/yemen",
    "https://response.reliefweb.int/somalia/water-sanitation-hygiene",
    "https://meet.google.com/xkq-pnrz-fdo",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzY4NjZkNjQtOGJlNy00%40thread.v2/0?context=%7b%22Tid"
    "%22%3a%2277f3c1d2-4b5e-4a6f-8c9d-0e1f2a3b4c5d%22%7d",
    "https://what3words.com/filled.count.soap",
    "https://www.flightradar24.com/data/aircraft/5y-ush",
    "https://unhas.wfp.org/booking?route=NBO-JUB-BOR&date=2024-11-07",
]
FILES = ["WB-NBO-24-01877_signed.pdf", "Distribution_list_Ifo2_Nov2024 (final).xlsx", "sitrep_SOM_wk44.docx",
         "IMG_20241104_101522.jpg", "Security_Advisory_#17_Juba.pdf", "per-diem claim – Kakuma mission.xlsx",
         "GRN_DDB_0412.jpg", "photo_2024-11-04_15-22-10.jpg", "PTT-20241105-WA0003.opus",
         "Convoy_plan_Goma-Bunia_v3.pdf", "كشف_التوزيع_الزعتري.xlsx", "ሪፖርት_ጥቅምት_2017.pdf",
         "Rapport_mission_Bukavu_(VF).docx", "KoBo_export_2024-11-04.csv", "map_Dollo-Ado_camps.kmz",
         "Stock report Erbil W44.xlsx", "Budget_ECHO_91034_rev2 (clean).xlsx", "IMG-20241105-WA0017.jpeg"]
MIME = {"pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "jpg": "image/jpeg",
        "jpeg": "image/jpeg", "opus": "audio/ogg", "csv": "text/csv", "kmz": "application/vnd.google-earth.kmz"}

COMMANDS = [
    "weather %PLACE%", "weather %PLACE%", "weather %PLACE% tomorrow", "weather in %PLACE% this week?",
    "weather %COORD%", "weather %OFFICE%", "weather %PLACE% %EMOJI%", "weather for the convoy to %PLACE%",
    "weather %PLACE% please", "weather", "weather?", "Weather %PLACE% — distribution %WHEN%", "wether %PLACE%",
    "waether %PLACE%", "weather %PLACE% pls, flight %WHEN%", "is it going to rain in %PLACE% %WHEN%?",
    "weather near %PLACE% camp", "WEATHER %PLACE%",
    "remember location %OFFICE%", "remember location %PLACE%", "remember location %COORD%",
    "remember location Amani Relief sub-office, %PLACE%", "remember location %PLACE% (field office)",
    "my location", "forget location", "help", "help!", "config", "config timezone %TZ%", "config tz %TZ%",
    "config alert_time %HHMM%", "config time %HHMM%", "config units metric", "config units imperial",
    "config timezone EAT", "alerts on", "alerts off", "alerts", "login", "forget me", "hi Jeeves 👋🏾",
    "asante sana!", "shukran 🙏", "merci !", "what can you do?", "config alert_time 6.30",
]
CHAT = [
    "Convoy %REF% left %PLACE% at 06:10 with %GOODS%. ETA %PLACE% %WHEN%, escort confirmed %EMOJI%",
    "%WHO% can you share the waybill for %REF%? Warehouse says only %GOODS% arrived, not the full load",
    "GRN done for %GOODS% — %REF%, signed by the storekeeper and %CONTACT%",
    "per diem for the %PLACE% mission is %PERDIEM%, please attach receipts for anything above that",
    "Reminder: all claims against %DONOR% need the budget line (%BLINE%) on the form, finance will bounce them",
    "Distribution at %PLACE% %WHEN%: %GOODS%, 1,240 HH registered, 4 distribution points. Need 2 more "
    "volunteers for crowd control",
    "road %PLACE%–%PLACE% is cut after last night's rain; trucks %VEHICLE% and %VEHICLE% stuck at the river crossing",
    "Flight UNHAS %PLACE% → %PLACE% %WHEN% is confirmed, 14 kg baggage limit, be at the airstrip 1h before",
    "Staff movement: %WHO% travelling %PLACE% → %PLACE% %WHEN%, vehicle %VEHICLE%, check-in every 2h on %PHONE%",
    "%CONTACT% asked whether the water trucking can continue past the 15th. Current contract %AMOUNT%/month",
    "Site GPS for the new borehole: %COORD% (approx, the Garmin was at 8 m accuracy)",
    "Can someone check the weather for %PLACE%? The shade nets go up %WHEN% and wind is a problem",
    "Cholera update %PLACE%: 37 new cases, 2 deaths (CFR 5.4%), ORP at the health post running low on ORS",
    "Stock count %PLACE% warehouse: %GOODS%, %GOODS%, 3 damaged pallets written off (see %REF%)",
    "budget check on %DONOR%: burn rate 62% at month 8, under-spend on %BLINE% — realignment request by %WHEN%",
    "Exchange rate for the November claims: 1 USD = 129.20 KES / 57.8 ETB / 1,450 SSP (parallel ~2,100)",
    "fuel delivery %PLACE%: 5,000 L diesel at %AMOUNT%, the generator runs 14h/day so that's ~3 weeks",
    "%WHO% pls update the 4W matrix before Thursday's cluster meeting %EMOJI%",
    "PR %REF% approved by the CD, procurement can launch the RFQ (3 quotes, closing %WHEN%)",
    "Nutrition screening %PLACE%: 412 children screened, MUAC < 115 mm: 38 (SAM), 115–125 mm: 71 (MAM)",
    "Hey team, the HF radio schedule changes from tomorrow: 07:00 / 12:00 / 17:00 EAT on 7.450 MHz",
    "Who has the Thuraya for %PLACE%? %PHONE% isn't answering",
    "water trucking %PLACE%: 6 trucks × 10 m³ = 60 m³/day for 9,000 people → ~6.7 L/p/d, below Sphere (15 L)",
    "%WHO% %WHO% the donor visit (%DONOR%) is %WHEN%, please prepare the site visit brief + photos with consent",
    "Cash transfer round 3 %PLACE%: 2,180 HH × USD 75 = USD 163,500 via M-Pesa / Hormuud EVC Plus",
    "new arrivals %PLACE% this week: 1,312 individuals (61% children), mostly from %PLACE%",
    "Pls don't forget: no movement after 18:00 without CSO clearance, even inside town",
    "the checkpoint at KM 13 was closed again this morning, trucks waited 4h. Route via %PLACE% instead?",
    "Heads-up: the bank in %PLACE% has no USD cash until Monday, pay casual workers in local currency",
    "Bonjour à tous, le convoi pour %PLACE% part %WHEN%. Merci de confirmer les manifestes (%REF%) avant 20h.",
    "Alerte sécurité : axe Goma–Sake fermé jusqu'à nouvel ordre, couvre-feu à 18h. Per diem : %PERDIEM%.",
    "La distribution à %PLACE% est reportée à cause des pluies ; nouvelle date %WHEN%.",
    "Habari timu! Lori tatu zimefika %PLACE% salama, tunaanza kupakua %GOODS% sasa hivi.",
    "Tahadhari: barabara ya Garissa–Dadaab imefungwa kwa sababu ya mafuriko. Msisafiri leo 🛑",
    "Posho ya kujikimu ni %PERDIEM%; tafadhali leteni risiti zote kabla ya Ijumaa.",
    "Mvua kubwa inatarajiwa %PLACE% kesho, tafadhali hifadhini maturubai ndani ya stoo.",
    "صباح الخير، وصلت ٣ شاحنات إلى مستودع %PLACE%. التوزيع يبدأ %WHEN%.",
    "تنبيه أمني: حظر تجوّل في %PLACE% من الساعة ١٠ مساءً حتى ٦ صباحاً. يُرجى عدم التنقل.",
    "بدل الإقامة اليومي لمهمة أربيل: %PERDIEM%، والسكن على حساب المشروع (%DONOR%).",
    "هل يوجد تحديث عن الطريق بين عدن ومأرب؟ الشاحنة %VEHICLE% متوقفة عند نقطة التفتيش منذ الصباح",
    "ሰላም ቡድን! የእርዳታ መኪናዎቹ %WHEN% ከአዲስ አበባ ወደ %PLACE% ይነሳሉ። %EMOJI%",
    "የደህንነት ማሳሰቢያ፦ ከምሽቱ 12 ሰዓት በኋላ ጉዞ አይፈቀድም።",
    "ዶሎ አዶ መጋዘን 320 ኩንታል ስንዴ ደርሷል፤ GRN %REF%",
    "Subax wanaagsan, saddex gaari oo raashin ah ayaa gaaray %PLACE%. Qaybintu waxay bilaabanaysaa berri subax.",
    "Digniin amni: wadada Afgooye–Baydhabo ha la isticmaalin maanta.",
    "Günaydın, Gaziantep deposuna 2 tır battaniye geldi. Hatay dağıtımı perşembe 🚚",
    "بەیانی باش، ئۆتۆمبێلەکان گەیشتنە دهۆک، دابەشکردن سبەینێ دەست پێدەکات",
    "Per diem claim: 6 nights Kakuma × KES 6,500 = KES 39,000 + incidentals 15% (KES 5,850) = KES 44,850",
    "Formula for the tracker: `=SUMIFS(Dist!F:F,Dist!B:B,\"Dadaab\",Dist!D:D,\">=\"&DATE(2024,10,1))`",
    "`=IFERROR(VLOOKUP(A2,'Stock W44'!A:G,7,FALSE),0)` gives 0 for the Erbil lines, is the sheet name right?",
    "HH size from KoBo: `${hh_size} > 0 and ${hh_size} < 25` is the constraint, 3 records failed it",
    "KoBo export:\n```\nsite,block,hh_id,hh_size,kit\nIfo 2,C4,IF2-C4-0118,7,NFI-A\nHagadera,N2,HG-N2-0931,5,NFI-B"
    "\n```",
    "*Distribution checklist* (%PLACE%)\n• beneficiary lists printed (2 copies)\n• scoop sizes checked\n• PSEA "
    "posters up\n• complaints desk + hotline %PHONE%",
    "> %ADVISORY%\n\nDoes this apply to the %PLACE% road too? We have a convoy %WHEN%",
    "_Weekly numbers_ — Dadaab: 4,120 HH reached · Kakuma: 2,860 · Dollo Ado: 1,905 · Zaatari: 3,340",
    "1) chase %CONTACT% for the signed MoU\n2) send %REF% to finance\n3) book the truck %VEHICLE%\n4) sitrep by Fri",
    "ok", "👍🏾", "noted, thanks", "on my way to %PLACE%", "network is bad here, will call on %PHONE%",
    "sorry wrong channel",
    "running late, stuck at the checkpoint outside %PLACE% 🙈",
    "the generator in %PLACE% is down again, 2nd time this week. Mechanic quoted %AMOUNT%",
    "%CONTACT% says \"the community is ready, we only wait for the trucks\"",
    "Need weather for %COORD% for the next 3 days, we're pitching 450 tents there",
    "temps at %PLACE% hit 41 °C yesterday, moving the distribution to 06:00–10:00",
    "MSR %PLACE%–%PLACE% graded last week, Logs Cluster says passable for 20 t trucks until the rains",
]
ADVISORIES = [
    "SECURITY ADVISORY #17 (Amber): all road movement between Baidoa and Afgooye suspended until further notice. "
    "Movements require prior CSO clearance.",
    "Curfew in Juba from 22:00 to 06:00 with immediate effect; keep vehicles inside the compound.",
    "Staff are advised to avoid the area around KM4 roundabout, Mogadishu, due to a large gathering.",
    "Due to clashes reported near Kanyaruchinya, all missions to the north of Goma are on hold today.",
    "Level 3: hibernate in place in Gedaref until the CSO gives the all clear. Radio check every hour.",
    "Demonstrations expected in central Amman after Friday prayers; avoid the 3rd and 4th circles.",
    "Road Mekelle–Adigrat reopened to humanitarian traffic, convoy notification 48h in advance.",
    "The Erbil–Duhok road is open, but the Mosul checkpoint requires the new access letter (Nov 2024 version).",
]
LONG_MESSAGES = [
    "*SITREP — %PLACE% — %WHEN%*\n\n*Situation*: heavy rain overnight, 3 blocks flooded (C2, C4, N1).\n*Response*: "
    "%GOODS% distributed; %GOODS% pre-positioned.\n*Access*: %ADVISORY%\n*Needs*: tarps, jerrycans, "
    "Aquatabs.\n\nContact: %WHO% (%PHONE%)",
    "%ADVISORY%\n\nAll staff: confirm receipt by reacting ✅. Field movements %WHEN% need a new MOVCON form.\n"
    "Emergency numbers: %PHONE% / %PHONE%",
    "Waybill summary %REF%\n```\nitem               qty    unit   weight\njerrycan 20L       1200   pcs    1.44 t\n"
    "tarpaulin 4x6m     1500   pcs    6.30 t\nNFI kit (type A)    600   kits   9.00 t\n```\nTruck %VEHICLE%, "
    "driver %CONTACT%",
    "Per diem claim — %WHO% — %PLACE% mission\n- nights: 6 × %PERDIEM%\n- transport: %AMOUNT%\n- charge to: "
    "%DONOR%, %BLINE%\nApproved by budget holder? :pray:",
    "-------- Forwarded message --------\nFrom: Log Cluster <logcluster.ssd@example.org>\nDate: Mon, 4 Nov 2024 "
    "17:22\nSubject: Access constraints %PLACE%\n\nDear partners,\nthe road from Bor to Pibor is impassable due to "
    "flooding. Please contact the cluster for air cargo (UNHAS) requests.\n\nBest regards",
    "Convoy plan (draft) %WHEN%\n1. 05:30 briefing at the %PLACE% compound\n2. 06:00 departure, lead vehicle "
    "%VEHICLE%\n3. check-in points: KM 13, KM 47, river crossing\n4. arrival before 16:00, no night driving\n"
    "Sat phone: %PHONE%",
    "Notes — coordination meeting %PLACE%\n• WASH: 2 boreholes down, repair by %WHEN%\n• Health: cholera "
    "trending down\n• Food: ration cut to 70% from December (%DONOR%)\n• AOB: %CONTACT% requests more latrines",
    "Ndugu wote,\nkikao cha uratibu kitafanyika %WHEN% katika ofisi ya %PLACE%. Tafadhali leteni ripoti za wiki "
    "na orodha ya mahitaji.\nAsanteni!",
]
BOT_REPLIES = [
    HELP_REPLY,
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 06:00 (Africa/Nairobi).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%PLACE%\u201d.",
    "%PLACE%: light rain, 24°C, wind 14 km/h; today 19°C to 27°C, 70% chance of precipitation",
    "%PLACE%: clear sky, 36°C, wind 22 km/h; today 25°C to 38°C, 0% chance of precipitation",
    "%PLACE%: thunderstorm, 22°C, wind 31 km/h; today 18°C to 26°C, 90% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:00\n• alerts: on\n• timezone: Africa/Addis_Ababa\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
SEARCH_Q = ["Kamau", "wanjiru", "@amani-relief.org", TEAM, PARTNER_TEAM, "Al-Saqqaf", "abdirahman", "O'Brien",
            "tesfaye", "Yılmaz", "el-amin", "Ní Chonaill", "dadaab", "haddad", "U05", "nyakuoth", "Élodie",
            "jean-pierre", "ochieng", "rania.haddad@amani-relief.org", "de vries", "Osman El-Tayeb", "kuol"]
AUDIT_Q = ["login", "login.slack", "user.active", "user.admin", "client.create", "client.rotate", "client.disable",
           "feature.set", "feature.remove_override", "weather@" + TEAM, "denied", "failed", "admin.map_slack",
           "account.totp_enable", "user.forget_me", "kobo-sync", "it.nairobi", "2024-11-04"]
ADMINS = ["it.nairobi", "ops.admin", "wanjiru.kamau", "breakglass-amman", "rania.haddad", "yonas.lemma"]
CLIENT_DESCRIPTIONS = [
    ("kobo-sync", "KoBo Toolbox → Jeeves: links field users to their KoBo accounts (read only)"),
    ("powerbi-ops", "Power BI ops dashboard: weather-related distribution delays per field office"),
    ("activityinfo-export", "ActivityInfo 4W export, monthly, owner: IM unit Nairobi"),
    ("dhis2-bridge", "DHIS2 (MoH) ↔ Jeeves users for the health team; runs every 30 min"),
    ("sitrep-bot", "Weekly sitrep builder (Mon 06:00 EAT) — reads usage stats"),
    ("security.sms-gateway", "Security SMS tree: alert settings of staff in Amber/Red areas"),
    ("ci-gitlab", "GitLab CI smoke test after deploy (read)"),
    ("hdx-uploader", "HDX dataset refresh: anonymised usage per country, no names"),
    ("finance:perdiem", "Per-diem calculator (Finance, Nairobi) — reads user timezones & locations"),
    ("amman.logistics", "تطبيق اللوجستيات – مكتب عمّان (قراءة فقط)"),
]
API_CLIENTS = ["kobo-sync", "powerbi-ops", "activityinfo-export", "dhis2-bridge", "sitrep-bot", "ci-gitlab",
               "security.sms-gateway", "hdx-uploader", "finance:perdiem", "jeeves-worker"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36 Edg/130.0.2849.68",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (Linux; Android 13; TECNO KI5q) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12; Infinix X6816) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.86 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.10.20",
    "Opera/9.80 (Android; Opera Mini/74.0.2254/191.303; U; en) Presto/2.12.423 Version/12.16",
    "Mozilla/5.0 (Linux; Android 11; itel A571W) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.146 "
    "Mobile Safari/537.36",
]
LANGS = ["en-KE,en;q=0.9,sw;q=0.8", "en-GB,en;q=0.9", "en-US,en;q=0.9", "am-ET,am;q=0.9,en;q=0.8",
         "ar-JO,ar;q=0.9,en-US;q=0.8,en;q=0.7", "fr-CD,fr;q=0.9,en;q=0.7", "so-SO,so;q=0.9,en;q=0.8",
         "sw-TZ,sw;q=0.9,en;q=0.8", "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "ckb-IQ,ckb;q=0.9,ar;q=0.8,en;q=0.7",
         "ar-YE,ar;q=0.9", "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "en-IE,en;q=0.9,ga;q=0.6", "ti-ER,ti;q=0.9,en;q=0.7",
         "en"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "curl/7.81.0", "Go-http-client/2.0",
              "axios/1.7.7", "okhttp/4.12.0", "httr2/1.0.5 r-curl/5.2.3 libcurl/8.10.1",
              "Apache-HttpClient/4.5.14 (Java/17.0.12)", "PostmanRuntime/7.42.0", "n8n", "Zapier",
              "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", "azure-logic-apps/1.0",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-KE) WindowsPowerShell/5.1.22621.4391",
              "Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8", "Wget/1.21.4"]


HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "curl/8.10.1", "Uptime-Kuma/1.23.15", "Better Stack Bot"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2",
            "python-requests/2.32.3", "Authlib/1.3.2", "openapi-generator/7.9.0",
            "PostmanRuntime/7.42.0", "httr2/1.0.5 r-curl/5.2.3 libcurl/8.10.1"]
ADMIN_PAGES = ["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
               "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
               "/admin/users?page=4", "/admin/features?done=switch_updated",
               "/admin/users?done=user_updated&q=kamau&page=1", "/admin/clients?done=client_enabled",
               "/admin/slack-sign-in?done=mapped", "/admin/account?done=totp_enabled"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/audit?q=login",
              "/admin/users?q=kamau", "/admin/clients"]
PHRASE_WORDS = ["jerrycan", "convoy", "tarpaulin", "borehole", "savanna", "monsoon",
                "acacia", "caravan", "compass", "harbour"]
PATCH_NAMES = ["Wanjiru Kamau (Log Officer, Dadaab)", "Abdirahman Warsame – Baidoa",
               "Selamawit Tesfaye ሰላማዊት ተስፋዬ", "Rania Haddad رانيا حداد",
               "Deng Garang Kuol", "Élodie Marchand-Kahindo", "Yousef Al-Saqqaf (Aden)",
               "Nyakuoth Wol, CFM focal point", "Dr. Hodan Farah, MD", "Jean-Pierre "
               "Mukendi | Goma", "Shirin Barzani / شیرین بارزانی", "Tom O'Brien (surge)"]
UNTIL = ["2024-11-05T06:00:00Z", "2024-11-05", "2024-11-05T09:00:00+03:00"]


class Relief(EvaluatorDay):
    """Amani Relief Collective: its people, channels and one seeded random source; each method makes one
    kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token, base = VERIFY_TOKEN, BASE
    record_sub, ext_shared_partner = True, True
    alert_hours, alert_minutes = (5, 5, 6, 6, 6, 7, 7, 8, 12, 17, 18), ("00", "15", "30", "45")
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, langs = API_CLIENTS, SCRIPT_UAS, LANGS
    script_encoding_rate = 0.5
    script_encodings = ("gzip, deflate", "gzip, deflate, br", "gzip", "identity")
    oauth_scopes = ("read", "read write", "write", "read")
    verify_uas = [*SCRIPT_UAS[:8], "lua-resty-http/0.17.2"]
    health_uas, meta_uas = HEALTH_UAS, META_UAS
    # /jeeves and the buttons
    partner_team, partner_domain, command_partner_rate = PARTNER_TEAM, PARTNER_DOMAIN, 0.08
    button_places, weather_replies = PLACES + COORDS + [o[1] for o in OFFICES], BOT_REPLIES[8:11]
    set_location_roll, set_location_ephemeral, click_message_rate, click_ascii_rate = 0.74, False, 0.5, 0.35
    # /me/ and signing in
    timezones, auth_rolls, link_mobile_rate = TIMEZONES, (0.15, 0.33, 0.58, 0.7, 0.85), 0.55
    me_rolls, me_units, me_alerts_rate, me_alerts_first = (0.3, 0.62, 0.86), ("metric",) * 3 + ("imperial",), 0.65, True
    me_pages = ("/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                "/me/?done=location_forgotten", "/me/data.json")
    me_places = PLACES + COORDS + [o[1] for o in OFFICES] + [f"Amani Relief {o[0]}" for o in OFFICES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, uas_desktop, feature_teams = PHRASE_WORDS, UAS_DESKTOP, (TEAM, PARTNER_TEAM, "t06somcnsr", "")
    admin_rolls, admin_account_roll = (0.2, 0.31, 0.48, 0.58, 0.66, 0.75, 0.86, 0.92), 0.97
    account_rolls, confirm_spaced, disable_password_bytes = (0.3, 0.65, 0.82, 1.0), True, 18
    search_pages, page_head_weight, blank_searches, toggle_pages, user_ids = (2, 7), 12, 2, (1, 5), (1, 640)
    password_chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!%&*+=?@^~#"
    password_length, css_modified = (16, 32), (0.4, "Mon, 28 Oct 2024 09:12:44 GMT")
    # the data API
    api_rolls, patch_rolls, patch_names = (0.3, 0.47, 0.7, 0.86, 0.93), (0.22, 0.38, 0.68, 0.8, 0.92), PATCH_NAMES
    limits, offsets = ("50", "100", "250", "500", "20"), (0, 50, 100, 250, 500, 1000)
    filter_teams, patch_units = (TEAM, PARTNER_TEAM), ("metric", "metric", "imperial")
    usage_days, until_choices = (1, 4), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|sitrep", "|map", "|here", "|ReliefWeb", "|the sheet")
    long_rate, link_tails = 0.11, (" %LINK%", "\n%LINK%", " (see %LINK%)")
    user_first, blocks_before_im, blocks_rate = True, True, 0.82
    edit_suffixes = (" (edit: wrong date)", " *", " — corrected the GPS", "", " 🙏")
    home_view_rate, home_partner_rate = 0.55, 0.1

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(170):
            first, last = self.pick(FIRST), self.pick(LAST)
            a_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum() or c == "-")
            a_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum() or c == "-")
            handle = f"{a_first or 'staff'}.{a_last or 'amani'}" + (str(i) if i % 11 == 0 else "")
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                                "email": f"{handle}@amani-relief.org", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "logistics", "log-nairobi-warehouse", "field-dadaab", "field-kakuma", "som-programmes", "ssd-juba",
            "drc-goma", "jordan-amman", "iraq-erbil", "tr-gaziantep", "yemen-aden", "sudan-response", "security",
            "finance-perdiem", "wash-cluster", "general", "random", "convoys", "im-data")]
        self.dms = [self.sid("D0", 9) for _ in range(70)]

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        office = self.pick(OFFICES)[1]
        return {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9),
                "app_id": APP_ID, "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title"},
                "blocks": [
                    {"type": "header", "block_id": "hd", "text": {"type": "plain_text",
                                                                  "text": "Your Jeeves settings"}},
                    {"type": "section", "block_id": "st", "text": {
                        "type": "mrkdwn", "text": f"*Location:* {office}\n*Units:* metric\n"
                                                  f"*Daily alert:* on at 06:00 ({self.pick(TIMEZONES)})"}},
                    {"type": "divider", "block_id": "dv"}]}

    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (Slack's text with its escapes and <...> markup, the text as typed)."""
        pools = {"%ADVISORY%": ADVISORIES, "%PLACE%": PLACES, "%COORD%": COORDS, "%TZ%": TIMEZONES,
                 "%DONOR%": DONOR_CODES, "%BLINE%": BUDGET_LINES, "%PERDIEM%": PER_DIEM, "%AMOUNT%": AMOUNTS,
                 "%REF%": REFS, "%GOODS%": GOODS, "%VEHICLE%": VEHICLES, "%WHEN%": WHEN, "%PHONE%": PHONES,
                 "%EMOJI%": EMOJI, "%CONTACT%": CONTACTS}
        text = self.substitute(text, pools)
        return self.markup(self.substitute(text, {"%OFFICE%": lambda: self.pick(OFFICES)[1], "%HHMM%": self.hhmm}))

    # ---- Slack: the Events API ------------------------------------------------------------------------------
    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(self.channels)
        team = PARTNER_TEAM if self.chance(0.08) else TEAM
        if self.chance(0.55):
            slack, raw = self.command_text()
        else:
            slack, raw = self.chat_text()
        if self.chance(0.8):
            slack, raw = f"<@{BOT_USER}> {slack}", f"@Jeeves {raw}"
        else:
            lead = self.pick(["hey ", "cc ", "pls ", "ok "])
            slack, raw = f"{lead}<@{BOT_USER}> {slack}", f"{lead}@Jeeves {raw}"
        return self.record("slack", "json", self.event_request(self.message(slack, raw, cid, True, team), team))

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FILES)
        slack, raw = self.fill(self.pick(["", "signed waybill %REF%", "photos from %PLACE% this morning 📸",
                                          "%PLACE% — can you remember this location?", "per diem claim attached",
                                          "voice note from the driver", "sitrep for %PLACE%", "%COORD%"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + 120, "timestamp": EPOCH + 120, "name": name, "title": name,
                           "mimetype": MIME.get(ext, "application/octet-stream"), "filetype": ext,
                           "pretty_type": ext.upper(), "user": event["user"], "user_team": TEAM, "editable": False,
                           "size": self.rng.randint(8_000, 12_000_000), "mode": "hosted", "is_external": False,
                           "external_type": "", "is_public": False, "public_url_shared": False,
                           **file_urls(TEAM, TEAM_DOMAIN, event["user"], fid, name),
                           "has_rich_preview": False, "file_access": "visible"}]
        return self.shared_file(event)

    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        link = self.pick(LINKS)
        slack = f"weather here? <{slack_escape(link)}>"
        old = self.message(slack, f"weather here? {link}", channel, False)
        host = urllib.parse.urlsplit(link).hostname or "link"
        service = host.removeprefix("www.").split(".")[0].capitalize()
        title = self.pick([f"Situation report — {self.pick(PLACES)}", f"{self.pick(PLACES)} · map",
                           "Access constraints map", f"Flood update {self.pick(PLACES)} (Nov 2024)"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": self.fill(self.pick(CHAT))[1][:140], "fallback": f"{service}: {title}",
                               "thumb_url": f"https://{host}/images/{self.hexs(10)}.png", "thumb_width": 250,
                               "thumb_height": 250}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": self.inner(old), "ts": self.ts(), "event_ts": self.ts(),
                 "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_bot_echo(self) -> dict[str, Any]:
        slack, _ = self.fill(self.pick(BOT_REPLIES))
        event = self.bot_message(slack, EPOCH - 86400 * 90)
        if "chance of precipitation" in slack and self.chance(0.7):
            place = slack.split(":", 1)[0]
            event["blocks"] = self.weather_blocks(slack, place)
        return self.record("slack", "json", self.event_request(event))

    # ---- its browsers' cookies, its scripts' dates and tracing --------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        return [("cookie_consent", "accepted")] if self.chance(0.1) else []

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-11-0{day}T00:00:00Z", f"2024-11-0{day}", f"2024-11-0{day}T06:00:00+03:00",
                f"2024-10-{day + 20}T21:00:00.000Z", f"2024-10-{day + 24} 00:00",
                "2024-10-01T00:00:00+00:00"]

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if self.chance(0.2):
            h["traceparent"] = self.traceparent()
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gitlab-{self.rng.randint(10**8, 10**9)}",
                                           f"sitrep.{self.hexs(12)}"])
        if self.chance(0.05):
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)}"

    # ---- browsers -------------------------------------------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, mobile: bool | None = None) -> dict[str, str]:
        mobile = self.chance(0.35) if mobile is None else mobile
        ua = self.pick(UAS_MOBILE if mobile else UAS_DESKTOP)
        h = {"User-Agent": ua, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
                                         "image/webp,image/apng,*/*;q=0.8",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": self.pick(["gzip, deflate, br, zstd",
                                                                                "gzip, deflate, br", "gzip, deflate"])}
        if "Opera Mini" not in ua:
            h.update({"Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
                      "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"})
        if "Chrome/" in ua:
            major = ua.split("Chrome/", 1)[1].split(".", 1)[0]
            brand = f'"Microsoft Edge";v="{major}"' if "Edg/" in ua else f'"Google Chrome";v="{major}"'
            h["sec-ch-ua"] = f'"Chromium";v="{major}", "Not?A_Brand";v="99", {brand}'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = self.ch_platform(ua)
        if referer:
            h["Referer"] = referer
        if form:
            h["Origin"] = "null"  # the pages send Referrer-Policy: no-referrer, so browsers post Origin: null
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
            if "Sec-Fetch-Site" in h:
                h["Sec-Fetch-Site"] = "same-origin"
        if self.chance(0.06):
            h["DNT"] = "1"
        if self.chance(0.05):
            h["Save-Data"] = "on"
        return h

    def cross_site(self, h: dict[str, str]) -> None:
        if "Sec-Fetch-Site" in h:  # Opera Mini sends no Sec-Fetch-* headers
            h["Sec-Fetch-Site"] = "cross-site"


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 270), ("slack_mention", 160), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 20), ("slack_bot_echo", 45), ("slack_home", 32), ("slash_command", 300), ("button_click", 115),
    ("api", 245), ("admin", 150), ("me", 110), ("auth", 60), ("oauth", 62), ("verify", 20), ("health", 25),
    ("meta", 28),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The NGO's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Relief(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
