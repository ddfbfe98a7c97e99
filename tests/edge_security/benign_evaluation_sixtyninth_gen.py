"""Benign evaluation set (sixtyninth): a group of dental practices' ordinary traffic through the edge, benign only.

The company is Northlight Dental Group: seven practices (Edinburgh Morningside, Leeds Headingley, Galway Salthill,
Utrecht Oudegracht, Lyon Croix-Rousse, Toronto Leslieville, Seattle Ballard) and a domiciliary team that visits
care homes. Its dentists, hygienists, nurses, receptionists, practice managers and lab liaison use Jeeves mostly to
check the weather before care-home visits, school screenings and snowy opening days, and they talk to it the way
they talk to each other: patient appointment slots, tooth numbers in FDI (36, 47), Universal (#19, #K) and Palmer
(LL6) notation, treatment codes (CDT, NHS bands, ODA, NZa, CCAM), X-ray and scan file names, lab orders for
crowns, bridges and aligners, anaesthetic doses (1.8 ml 4% articaine 1:100,000), insurance pre-authorisations,
recall intervals, fees in four currencies, and patients' messages in many languages and scripts.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves`
slash commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API
(users list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time
links, TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_sixtyninth"
SEED = 69_2024_0917
EPOCH = 1726554600  # 2024-09-17 06:30 UTC, a Tuesday: full day lists, a care-home round and a school visit ahead
TEAM, TEAM_DOMAIN = "T05NLDENT1", "northlight-dental"
PARTNER_TEAM, PARTNER_DOMAIN = "T06LSLVTOR", "northlight-leslieville"  # the Toronto practice's own workspace
APP_ID, BOT_USER, BOT_ID = "A07NLJVS42", "U07JEEVESN", "B07JEEVESN"
HOST = "jeeves.northlightdental.com"
BASE = f"https://{HOST}"

FIRST = ["Aoife", "Ruairí", "Saoirse", "Fiadh", "Callum", "Isla", "Mhairi", "Eilidh", "Priya", "Arjun", "Nomvula",
         "Thabo", "Hiroshi", "Yui", "Mei", "Jun-seo", "Ji-woo", "Raphaël", "Océane", "Émile", "Noémie", "Bram",
         "Femke", "Sanne", "Joost", "Oksana", "Taras", "Zofia", "Bartłomiej", "Ayşe", "Emre", "Fatima", "Yusuf",
         "Layla", "Chinonso", "Adaeze", "Mateus", "Leonor", "Guðrún", "Søren", "Tamar", "José Luis", "Niamh",
         "Ciarán", "Kiri", "Marie-Ève", "Anh", "Björk"]
LAST = ["Brennan", "Ó Súilleabháin", "Mac Lochlainn", "MacLeod", "Fraser-Campbell", "Venkataraman", "Dlamini",
        "Tanaka", "Chen", "Park", "Moreau", "Lefèvre", "Dubois", "van der Berg", "de Jong", "Vermeer", "Kovalenko",
        "Nowak", "Wiśniewska", "Yılmaz", "Rahman", "Haddad", "Okafor", "Nwosu", "Carvalho", "Sigurðardóttir",
        "Jørgensen", "O'Hara", "D'Arcy", "Ben-Ami", "García-López", "Nguyễn", "Singh-Gill", "Abdi", "Lindström",
        "St-Pierre", "Ní Bhriain", "Te Rangi"]
DENTISTS = ["Brennan", "Lefèvre", "Venkataraman", "de Jong", "O'Hara", "Okafor", "Tanaka", "Ben-Ami",
            "MacLeod", "St-Pierre"]
PRACTICES = [("Morningside", "212 Morningside Rd, Edinburgh EH10 4QQ"),
             ("Headingley", "41 Otley Rd, Headingley, Leeds LS6 3AA"),
             ("Salthill", "Upper Salthill Rd, Salthill, Galway H91 X2T6"),
             ("Oudegracht", "Oudegracht 178, 3511 AZ Utrecht"),
             ("Croix-Rousse", "12 Rue d'Austerlitz, 69004 Lyon"),
             ("Leslieville", "1101 Queen St E, Toronto, ON M4M 1K7"),
             ("Ballard", "5410 Ballard Ave NW, Seattle, WA 98107")]
CARE_HOMES = ["Braid Hills Care Home, 5 Braid Hills Rd, Edinburgh EH10 6HT (Room 14)",
              "St. Brigid's Nursing Home, Ballybane, Galway", "Zorgcentrum De Koppel, Kanaalweg 12, Utrecht",
              "EHPAD Les Canuts, 8 Rue Dumenge, 69004 Lyon", "Weetwood Grange, 7 Weetwood Ln, Leeds LS16 5NP",
              "Riverdale Long-Term Care, 40 Broadview Ave, Toronto", "Sunset Hill Assisted Living, Seattle 98117",
              "Greenbank Court (Flat 2/1), 18 Greenbank Cres, EH10 5SJ"]
PLACES = ["Edinburgh", "Morningside", "Bruntsfield", "Leeds", "Headingley", "Otley", "Galway", "Salthill",
          "Oranmore", "Utrecht", "Zeist", "Nieuwegein", "Lyon", "Croix-Rousse", "Villeurbanne", "Caluire-et-Cuire",
          "Toronto", "Leslieville", "Scarborough", "Seattle", "Ballard", "Shoreline", "Inverness", "Harrogate",
          "Clifden", "Amersfoort", "Saint-Étienne", "Mississauga", "Bellevue, WA", "Tacoma", "Kraków", "Porto",
          "Dún Laoghaire", "Newcastle upon Tyne", "Stoke-on-Trent", "Montréal", "Zürich", "Łódź", "'s-Hertogenbosch",
          "EH10 4QQ", "LS6 3AA", "H91 X2T6", "3511 AZ", "69004", "M4M 1K7", "98107", "EH10", "LS16",
          "55.9275, -3.2096", "53.8195,-1.5776", "45.7748° N, 4.8340° E", "47.6687,-122.3834"]
TIMEZONES = ["Europe/London", "Europe/Dublin", "Europe/Amsterdam", "Europe/Paris", "America/Toronto",
             "America/Los_Angeles", "UTC", "Europe/Warsaw", "Europe/Lisbon", "Asia/Kolkata", "Africa/Lagos",
             "Europe/Kyiv", "Pacific/Auckland", "America/Vancouver"]
TEETH = ["36", "47", "46", "26", "16", "11", "21", "38", "48", "14", "35", "85", "74", "#19", "#30", "#3", "#14",
         "#8", "#K", "#T", "UR6", "LL6", "LR7", "UL5", "36 (#19)", "47 (#31)", "46 MOD", "36 DO", "25 MO", "11 & 21",
         "34–36", "LL8", "#2 & #3", "UL1", "15 B", "tooth 26 (#14)"]
CODES = ["D0120", "D0150", "D0210", "D0220", "D0274", "D0330", "D1110", "D1120", "D1206", "D1351", "D2391",
         "D2392", "D2740", "D2750", "D2950", "D3310", "D3330", "D4341", "D4342", "D4910", "D6010", "D7140",
         "D7210", "D8090", "D9110", "D9944", "Band 1", "Band 2", "Band 3", "urgent Band 1", "ODA 01202",
         "ODA 11101", "ODA 27211", "ODA 33140", "NZa C11", "NZa X21", "NZa M03", "NZa V92", "CCAM HBJD001",
         "CCAM HBLD036", "SDR 1(a)", "SDR 10(a)"]
ANAESTHETIC = ["1.8 ml 4% articaine 1:100,000", "2.2 ml 2% lidocaine 1:80,000 adrenaline",
               "2 × 2.2 ml lidocaine 2% w/ 1:80,000 (IDB + long buccal)", "0.9 ml 3% mepivacaine plain",
               "1.7 ml Septanest 4% 1:200,000 buccal infiltration", "2.2 ml Citanest 3% with Octapressin",
               "topical benzocaine 20%, then 1.8 ml articaine 4% 1:100,000",
               "1.5 carpules articaine, PDL top-up 0.2 ml",
               "Scandonest 3% plain 2.2 ml (pt on propranolol)", "3 × 1.8 ml articaine 1:100k (max ≈ 6.8 for 70 kg)"]
XRAY_FILES = ["BW_L+R_2024-09-16_NL-88231.dcm", "OPG_Headingley_20240917_0842.jpg", "PA_36_postop (2).png",
              "CBCT_46_implant-plan_v2.zip", "Ceph_lateral_NL-20931_ortho-start.tif", "IMG_4471.HEIC",
              "FMX 18 films - NL-77410.pdf", "PA #19 pre-op.jpg", "BW_R_sensor2_0917.dcm",
              "Trios_scan_UL_11-21.stl", "pano_2024-09-12 (Croix-Rousse).png", "PA_LL6_working-length.dcm"]
XRAYS = ["2 BWs", "BWs + PA 36", "OPG", "FMX", "4 BWs (D0274)", "PA #30", "CBCT (small FOV, 46 region)",
         "lateral ceph + OPG", "no X-rays (pregnant, 2nd trimester)", "BWs only if > 12 months"]
SHADES = ["A2 (VITA classic)", "A3", "A3.5 body, A2 incisal", "B1", "BL2 (bleached)", "C2", "3M2 (3D-Master)",
          "A1 HT", "D2", "2L1.5"]
LABS = ["Dentsmith Lab (Leeds)", "Tandtechniek Vermeer, Utrecht", "Laboratoire Prothèse Dupuis (Lyon)",
        "Harbourside Dental Lab, Galway", "Queen East Dental Studio, Toronto", "Salmon Bay Ceramics, Seattle",
        "Invisalign (Align Technology)", "Lothian Dental Ceramics"]
LAB_ORDERS = [
    "zirconia crown %TOOTH%, shade %SHADE%, chamfer margin, Trios scan sent, return Thu 26/09",
    "IPS e.max onlay %TOOTH%, shade %SHADE%, HT ingot",
    "PFM bridge 34–36 (pontic 35), shade %SHADE%, metal collar lingual only",
    "Invisalign refinement: 14 aligners U/L, ClinCheck #CC-7718223, IPR 0.3 mm 33/34",
    "Essix retainers U/L, 0.75 mm, from scan 12/09",
    "full upper acrylic denture — try-in on wax rim Tue 24/09, shade %SHADE%",
    "hard occlusal splint (Michigan), upper, 2 mm, D9944",
    "screw-retained crown on implant %TOOTH% (Straumann BLT Ø4.1 RC, 10 mm), shade %SHADE%",
    "3 sports mouthguards, club colours red/black, names on the heel",
    "Maryland bridge 12 (wing on 11), shade %SHADE%",
    "couronne céramo-métallique %TOOTH%, teinte %SHADE%, empreinte silicone A + occlusion",
    "kroon %TOOTH% zirkonia, kleur %SHADE%, retour vrijdag",
    "chrome-cobalt partial denture (Kennedy class III), 3 teeth, clasps on 14 & 17",
]
PREAUTHS = [
    "Delta Dental WA predetermination PD-2024-0917-3381: %CODE% %TOOTH% approved, UCR $1,120.00, 50% coverage",
    "Sun Life pre-determination for ODA 27211 (crown %TOOTH%): est. CAD 1,180.00, 50% after deductible",
    "Bupa Dental Cover pre-auth ref BDC/2291847 — implant consult covered up to £150",
    "VHI Dental claim #VD-448120 pending — they want the pre-op PA of %TOOTH%",
    "Zilveren Kruis machtiging aangevraagd voor implantaat %TOOTH% (J-codes), antwoord binnen 10 werkdagen",
    "devis 12/09 : couronne %TOOTH% 100% Santé, reste à charge 0 €, mutuelle MGEN OK",
    "Manulife COB: primary pays 80% of %CODE%, secondary (spouse, Canada Life) the rest up to %FEE%",
    "Premera Blue Cross: prior auth #PA-55310872 approved for %CODE% on %TOOTH%, valid 90 days",
    "Denplan Care: %CODE% included, lab fee %FEE% patient-paid",
    "CDCP (Canadian Dental Care Plan) member — %CODE% at the CDCP fee, co-pay 0%",
]
FEES = ["£26.80", "£73.50", "£319.10", "£65", "£595", "£1,250", "€95,–", "€ 1.250", "€ 45,60", "€ 520,00",
        "$1,120.00", "$185", "$2,450 (UCR)", "CAD 1,180.00", "CAD 245.50", "1 180,00 $ CA", "£4,200 (Invisalign Lite)",
        "€ 3.800 incl. kroon", "$89/mo (12 months, 0% APR)"]
RECALLS = ["6/12", "12/12", "3/12 (perio maintenance)", "4-monthly SPT", "24 months (NICE, low risk)",
           "9 months + BWs (high caries risk)", "6 weeks post-SRP re-eval", "18 months", "3 months (ortho review)",
           "1 year, BWs every 2 yrs"]
PATIENTS = ["NL-88231", "NL-20931", "NL-77410", "NL-0417", "chart 5521", "pt #30418", "NL-91002", "NL-61207",
            "LSV-10493", "BLD-2207", "CRX-0815", "UTR-4410", "pt 12764", "NL-88231 (Mrs K. O.)", "SLT-3391"]
SLOTS = ["Tue 17/09 08:40", "14:20 today", "tomorrow 9.10am", "Thu 19 Sep 15:30–16:15", "jeudi 10h30",
         "do 19/9 om 11.15", "Sat 8:00 (emergency slot)", "Fri 4:45pm", "2024-09-18T13:00+01:00",
         "Mon 23rd, first thing",
         "11:50 with the hygienist", "16h00 vendredi", "Wed 9/18 @ 7:30am", "17:40 (last slot)"]
WHEN = ["tomorrow morning", "Thursday afternoon", "this Saturday", "on the 24th", "next Tues", "Fri 20/09 10:00",
        "after lunch", "at 13:30", "woensdag om 9 uur", "demain matin", "Wed 9/18 2pm", "Monday", "8am sharp"]
PHONES = ["0131 496 0213", "+44 113 496 0577", "+353 91 555 014", "030 555 0142", "04 72 55 51 23",
          "(416) 555-0193", "(206) 555-0147", "+31 6 5555 0198", "+1 206-555-0110 ext. 12", "07700 900318"]
EMOJI = [":tooth:", ":syringe:", ":x-ray:", ":calendar:", ":snowflake:", ":umbrella_with_rain_drops:", ":pray:",
         ":white_check_mark:", ":sweat_smile:", ":tada:", ":coffee:", ":face_with_thermometer:", ":eyes:",
         "🦷", "🩻", "💉", "😬", "🙏", "✅", "🌧️", "❄️", "☀️", "👍", "🇮🇪", "🇳🇱", "🇫🇷", "🇨🇦", "🪥"]
# What patients write to the practices (web form, SMS, WhatsApp), pasted into Slack with the language noted.
PATIENT_MSGS = [
    "[FR] Bonjour, je dois annuler mon rendez-vous de jeudi 10h, ma fille a de la fièvre. Merci de me rappeler.",
    "[NL] Goedemorgen, mijn kroon (linksboven) is eraf gevallen tijdens het eten. Kan ik vandaag nog langskomen?",
    "[PL] Dzień dobry, ząb po leczeniu kanałowym nadal boli przy gryzieniu. Czy mogę przyjść wcześniej?",
    "[AR] مرحبا، أريد تغيير موعدي إلى الأسبوع القادم من فضلك. شكراً",
    "[ZH] 你好，我想预约洗牙，周六上午还有空位吗？",
    "[UK] Добрий день! Чи можна перенести запис дитини на п'ятницю після 15:00?",
    "[KO] 안녕하세요, 임플란트 상담 예약하고 싶습니다. 다음 주 화요일 가능할까요?",
    "[PT] Olá, a minha prótese partiu-se ao meio. Conseguem arranjar até sexta?",
    "[TR] Merhaba, diş telim (alt çene) çıktı, acil randevu alabilir miyim?",
    "[ES] Hola, ¿aceptan el seguro Sanitas? Necesito una limpieza y una revisión.",
    "[UR] السلام علیکم، میرے دانت میں بہت درد ہے، کیا آج کوئی وقت مل سکتا ہے؟",
    "[HI] नमस्ते, मेरी बेटी का ब्रेसेस वाला अपॉइंटमेंट कल 4 बजे है, क्या हम 5 बजे आ सकते हैं?",
    "[GA] Dia duit, ba mhaith liom an choinne Dé hAoine a chur ar ceal. Go raibh maith agat!",
    "[JA] すみません、来週の検診を木曜日の午後に変更できますか？",
    "[DE] Guten Tag, meine Aufbissschiene drückt seit gestern an Zahn 27. Soll ich vorbeikommen?",
    "[RO] Bună ziua, am pierdut plomba de la măseaua din dreapta jos. Aveți loc mâine?",
    "[TL] Magandang umaga po, puwede po bang ilipat ang appointment ko sa Sabado?",
    "[EL] Καλησπέρα, μπορώ να κλείσω ραντεβού για καθαρισμό την Τετάρτη;",
    "[HE] שלום, השן שעשו לה טיפול שורש שוב כואבת. אפשר תור דחוף?",
    "[VI] Chào bác sĩ, răng khôn hàm dưới của tôi bị sưng, tôi có thể đến hôm nay không?",
    "[EN] hi its Mrs O'Hara, my denture is rubbing on the left side & I cant eat properly :( any chance b4 Fri?",
    "[EN] Hey, running 10 mins late for my 2:20 cleaning, parking on Ballard Ave is a nightmare lol",
]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %PRACTICE%", "weather %CAREHOME%", "weather in %PLACE% tomorrow",
    "weather %PLACE% this afternoon", "weather %PLACE% please", "weather near %PRACTICE% %EMOJI%", "weather %PLACE%?",
    "weather", "Weather %PLACE% tonight", "wether %PLACE%", "weather for the domiciliary visit at %CAREHOME%",
    "weather at %PLACE% this weekend", "weather %PLACE% :snowflake:", "weather Salthill, Co. Galway",
    "remember location %PRACTICE%", "remember location %PLACE%", "remember location %PRACTICENAME%",
    "remember location Northlight Dental, %PRACTICE%", "my location", "forget location", "help", "config",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%",
    "config units metric", "config units imperial", "alerts on", "alerts off", "alerts", "login", "forget me",
    "is it going to snow in %PLACE% %WHEN%?", "hi Jeeves 👋", "thanks 🙏", "what can you do?",
    "will it rain at %PRACTICE% %WHEN%", "config alert_time 7:15", "config timezone Toronto", "weather Lyon 4e",
    "weather 's-Hertogenbosch", "weather St. John's, NL", "remember location surgery 3 lol", "Help", "weather ballard",
]
CHAT = [
    "%WHO% can you pull the BWs for %PTID% before %SLOT%? suspect caries %TOOTH% DO",
    "Lab order sent to %LABNAME%: %LAB%",
    "LA for the %CODE% on %TOOTH%: %LA%, profound after ~4 min %EMOJI%",
    "Pre-auth update: %PREAUTH%",
    "Recall for %PTID% set to %RECALL%",
    "patient message via the website: %PTMSG% — can someone who speaks it reply?",
    "New patient booked %SLOT% at %PRACTICENAME% — NP exam + %XRAYS%, fee %FEE%",
    "%WHO% the %XFILE% didn't upload to the record, can you re-import from the sensor PC?",
    "Emergency slot %SLOT% taken: %PTID%, swelling around %TOOTH%, ?abscess, on amoxicillin 500 mg tds since Sat",
    "Domiciliary round %WHEN%: %CAREHOME% — 3 residents, denture checks + 1 XLA (%TOOTH%). Bringing portable suction",
    "Autoclave #2 at %PRACTICE% failed its Helix test this morning 😬 engineer booked %WHEN%",
    "stock: down to 2 boxes of articaine 4% 1:100,000 (50 × 1.7 ml), reorder from Henry Schein pls",
    "FYI %CODE% fee goes up to %FEE% from 1 Oct",
    "Shade for %PTID%'s crown: %SHADE% (photo with the shade tab is in the record)",
    "who's covering hygiene at %PRACTICE% %WHEN%? %WHO% is off sick",
    "perio chart %PTID%: PPD 6 mm %TOOTH% distal, BoP 38%, plaque 52% → SRP then %RECALL%",
    "cancellation: %SLOT% is free at %PRACTICE%, anyone on the short-notice list?",
    "Invisalign pt %PTID% lost aligner 14 of 22 — reorder or move to 15? ClinCheck says 15 should seat",
    "Radiograph justification for %XFILE%: high caries risk, last BWs > 12/12 ago",
    "MH update %PTID%: now on apixaban 5 mg bd — no need to stop for %CODE%, use local haemostatic measures",
    "%WHO% %WHO% huddle at 8:15 in surgery 3, coffee's on me ☕",
    "Snow forecast for %PLACE% %WHEN% — should we text the afternoon list?",
    "is the car park at %PRACTICE% flooded again? 🌧️",
    "UDA target: 1,842 of 3,600 done (51%) at half-year — a bit behind in Headingley",
    "Band 1 £26.80 / Band 2 £73.50 / Band 3 £319.10 (England 24/25) — Scotland's SDR is different, check the items",
    "Got the case back from %LABNAME% — fits nicely, invoice %FEE%",
    "Rappel : %PTID% a rendez-vous %SLOT% pour la couronne %TOOTH%, devis signé (100% Santé, RAC 0 €)",
    "Let op: %PTID% heeft een machtiging nodig voor het implantaat %TOOTH%. Code %CODE%.",
    "Dr %DENTIST% running 20 min behind in surgery 2, can reception let %SLOT% know?",
    "%PTID% has Sun Life + spouse's Manulife (COB) — bill primary first for %CODE%",
    "Delta Dental WA portal down again, can't check eligibility for %PTID% 🙄",
    "Sensor size 2 cable is frayed at %PRACTICE%, don't use it until it's replaced",
    "%PTID% asked for IV sedation: escort form signed, nil by mouth 2 h, midazolam titrated. Booked %SLOT%",
    "Recall letters printed for October: 212 patients, 38 overdue > 18 months",
    "numbering reminder for the new nurses: FDI 36 = Universal #19 = LL6 (Palmer); 47 = #31 = LR7; 85 = #T",
    "Whitening: 10% carbamide peroxide trays for %PTID%, 2 weeks nightly, review %WHEN%",
    "%XFILE% shows a periapical radiolucency on %TOOTH%, ~4 mm — referring to Dr %DENTIST% for endo",
    "Duraphat varnish 22,600 ppm F applied for the school list today: 14 kids ✅",
    "Can we swap surgeries tomorrow? I need the one with the OPG for %SLOT%",
    "Verbal complaint from %PTID% re: 35 min wait; apologised, logged as C-2024-117",
    "%PTID%: BP 168/102 today, postponed %CODE%, advised to see GP this week",
    "CPD reminder: DCPs need 10 h verifiable by 31 Dec 🙏",
    "the compressor at %PRACTICE% is making that noise again 🔧",
    "EU amalgam ban from 1 Jan 2025 — Utrecht & Lyon: composite or GIC for %TOOTH% from now on",
    "Temp crown on %TOOTH% came off again, recemented w/ TempBond NE; fit on %WHEN%",
    "Implant review %PTID%: ISQ 72 on 36, ready to restore. Ordered %LAB%",
    "Post-op XLA %TOOTH%: no rinsing 24 h, no smoking 48–72 h, paracetamol 1 g qds + ibuprofen 400 mg tds if OK",
    "Waiting list %PRACTICE%: 46 NHS adults, 11 kids; private NP wait ~3 weeks",
    "Hygiene rota %WHEN%: %WHO% 8–4 (Morningside), %WHO% 9–5:30 (Headingley)",
    "Paciente %PTID% solo habla español; viene con su hija para traducir %SLOT%",
    "Pacjent %PTID% pyta, czy może zapłacić w dwóch ratach (%FEE%).",
    "Нагадування: %PTID% запис %SLOT%, потрібен перекладач",
    "المريض %PTID% موعده %SLOT%، يرجى تجهيز صورة الأشعة",
    "患者%PTID%明天%SLOT%复诊，牙位%TOOTH%，记得准备临时冠",
    "%PTID%さんの予約は%SLOT%です。%TOOTH%の根管治療の続き",
    "%PTID% 환자 %SLOT% 예약, %TOOTH% 크라운 세팅",
    "Hasta %PTID% %SLOT% randevusu için tercüman istiyor",
    "CDT: D4341 is 4+ teeth per quadrant, D4342 is 1–3. Don't bill D4341 for the UR if only #2 & #3 are involved",
    "Sterilisation log: cycle 0917-04, 134 °C / 3 min, pass ✅",
    "Vaccine fridge at Croix-Rousse read 9.1 °C this morning (range 2–8 °C) — moved everything to fridge B",
    "%PTID% wants to know if %CODE% is covered — %PREAUTH%",
    "%PTID% — ALLERGY: latex + penicillin (anaphylaxis 2019). Flag it on the chart pls!!",
    "New scanner in Oudegracht (Trios 5) — training %WHEN%, 30 min each",
    "dose check: max articaine 7 mg/kg → 70 kg adult ≈ 490 mg ≈ 6.8 × 1.8 ml carpules of 4%",
    "Kids' dental day at St Mary's primary %WHEN%, 120 screening packs + stickers 🦷",
    "Ortho: %PTID% debonded bracket on %TOOTH% — rebond %SLOT%, 0.014\" NiTi upper",
    "Has anyone seen the spare EMS PS tips? the box says 'Headingley'",
    "ok", "👍", "thanks!", "merci !", "dank je wel", "on my way", "running late, traffic on the A90 🙈",
    "sorry wrong channel", "lol", "can someone cover the phones 12:30–1:15?",
    "%PTID% paid %FEE% by card, receipt emailed",
    "Treatment plan %PTID%: %CODE% %TOOTH%, %CODE% %TOOTH%, then %RECALL% recall",
    "courier from %LABNAME% is at the back door, who's got the case for %PTID%?",
    "phone number for %LABNAME% is %PHONE% if anyone needs it",
    "%WHO% your 8:40 (%PTID%) is in the waiting room",
    "domiciliary van booked %WHEN% — weather looks rough for %PLACE% so bring the big umbrella",
]
LONG_MESSAGES = [
    "Referral (endo) — %PTID%\nTooth: %TOOTH%\nHistory: lingering pain to cold > 30 s, TTP +, sinus tract buccal\n"
    "Radiographs: %XFILE%\nLA tried: %LA% — incomplete anaesthesia\nPlan: RCT + cuspal coverage (%LAB%)\n"
    "Insurance: %PREAUTH%\n\nThanks, Dr %DENTIST%",
    "*Huddle %WHEN%* :tooth:\n1. Emergency slots: %SLOT%, %SLOT%\n2. Lab cases due: %LABNAME% (3), Invisalign (2)\n"
    "3. Recalls overdue: 38 → reception to phone\n4. Autoclave #2 out of action, use #1 & #3\n5. Domiciliary: "
    "%CAREHOME%\n\nHave a good day all 🙏",
    "Day list %PRACTICE% (surgery 1)\n```\ntime   pt         tx                 notes\n"
    "08:40  NL-88231   D2740 #19          A2, e.max\n"
    "09:20  NL-20931   D1110 + D0274      recall 6/12\n"
    "10:00  NL-77410   XLA 48             1.8 ml 4% articaine 1:100,000\n"
    "11:10  (gap)\n11:50  NL-61207   ortho review       0.016 NiTi\n```",
    "Treatment plan — %PTID% (private, estimate)\n• %CODE% %TOOTH% … %FEE%\n• %CODE% %TOOTH% … %FEE%\n"
    "• hygiene x2 … £65 each\n• recall %RECALL%\nTotal ≈ %FEE%, 12-month finance available (0% APR).\n"
    "Estimate valid 3 months.",
    "-------- Forwarded message --------\nFrom: %LABNAME% <cases@lab.example>\nDate: Mon, 16 Sep 2024 17:02\n"
    "Subject: RE: case %PTID% — %TOOTH%\n\nHi,\nThe prep margin is unclear on the distal, could you rescan or send a "
    "PVS impression? We'll hold the slot until Wed.\nRegards, lab desk",
    "Pre-auth narrative for %PTID%:\n%TOOTH% has a fractured MO amalgam with recurrent decay and a cracked DL cusp "
    "(see %XFILE%). Remaining tooth structure < 50%; a full-coverage crown (%CODE%) is needed to prevent fracture.\n"
    "Fee: %FEE%. Please advise on coverage.",
    "Weekly compliance ✅\n- [x] Helix tests logged (Mon–Fri)\n- [x] fridge temps 2–8 °C\n- [ ] sharps bin collection "
    "%WHEN%\n- [ ] radiation protection file: new OPG critical examination report\n- [ ] CPD log for %WHO%\n\n"
    "_please tick as you go_",
    "Bonjour à tous,\n\nPour %PTID% : couronne %TOOTH% posée aujourd'hui, scellement Fuji Plus.\nProchain RDV : "
    "%SLOT%. Anesthésie : %LA%.\n\nBonne journée !",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
WEATHER_REPLIES = [
    "%PLACE%: light rain, 13°C, wind 26 km/h; today 10°C to 15°C, 80% chance of precipitation",
    "%PLACE%: partly cloudy, 17°C, wind 11 km/h; today 12°C to 19°C, 20% chance of precipitation",
    "%PLACE%: overcast, 61°F, wind 9 mph; today 54°F to 66°F, 40% chance of precipitation",
    "%PLACE%: clear sky, 8°C, wind 5 km/h; today 4°C to 16°C, 0% chance of precipitation",
]
BOT_REPLIES = [
    HELP_REPLY, "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "I did not know your location anyway.", "Daily weather alerts are on, every day at 07:15 (Europe/London).",
    "Daily weather alerts are off.", "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%PLACE%\u201d.", *WEATHER_REPLIES,
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 07:15\n• alerts: on\n• timezone: Europe/Dublin\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
    "Here is your sign-in link; it works once, for you only, within 10 minutes: " + BASE + "/auth/slack/link/%SIGNIN%",
    "That place name is too long for me.",
]
FILES = XRAY_FILES + ["Lab slip - zirconia 46 - Dentsmith.pdf", "Delta Dental predetermination PD-2024-0917-3381.pdf",
                      "Treatment plan – NL-88231 (Band 3).docx", "Recall list Oct 2024.xlsx",
                      "Questionnaire médical - signé.pdf", "Consent_XLA_38_48.pdf", "perio-chart_2024-09-12.csv"]
FILE_TYPES = {"dcm": "application/dicom", "jpg": "image/jpeg", "png": "image/png", "zip": "application/zip",
              "tif": "image/tiff", "heic": "image/heic", "pdf": "application/pdf", "stl": "model/stl",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv"}
FILE_NOTES = ["", "BWs from this morning — %TOOTH% looks suspicious", "OPG for the NP at %SLOT%",
              "signed consent attached", "lab slip for %PTID%", "%XFILE% (re-exported)", "pre-auth letter, approved 🎉",
              "can someone check this for %TOOTH%?", "scan for the aligner refinement", "%PRACTICE%"]
LINKS = [
    "https://www.nice.org.uk/guidance/cg19/chapter/Recommendations",
    "https://www.sdcep.org.uk/published-guidance/drug-prescribing/",
    "https://www.henryschein.co.uk/gb-en/dental/p/anaesthetics/cartridges/septanest-4-1-100000/1234567"
    "?utm_source=newsletter&utm_medium=email&utm_campaign=sept24",
    "https://app.dentally.co/calendar?date=2024-09-17&practitioner_ids%5B%5D=4412&view=day",
    "https://vivid.invisalign.com/clincheck/CC-7718223?tab=treatment-overview",
    "https://www.ada.org/publications/cdt/glossary-of-dental-clinical-terms",
    "https://www.fdiworlddental.org/fdi-two-digit-notation",
    "https://www.google.com/maps/place/Braid+Hills+Rd,+Edinburgh+EH10+6HT/@55.9126,-3.2044,16z",
    "https://www.deltadentalwa.com/provider/eligibility?memberId=&groupNumber=01234",
    "https://www.canada.ca/en/services/benefits/dental/dental-care-plan.html",
    "https://www.doctolib.fr/dentiste/lyon/northlight-croix-rousse?pid=practice-118204",
    "https://www.zilverenkruis.nl/zorgverleners/tandartsen/machtigingen",
    "https://www.ameli.fr/chirurgien-dentiste/exercice-liberal/prise-charge-situation-type-soin/100-sante",
    "https://www.gdc-uk.org/education-cpd/cpd/enhanced-cpd",
    "https://northlight.sharepoint.com/sites/Clinical/Shared%20Documents/Protocols/LA%20max%20doses%202024.pdf?web=1",
    "https://portal.dentsmithlab.example/cases/88231?status=in_production",
    "https://www.hse.ie/eng/services/list/2/dental/",
    "https://calendly.com/northlight-ballard/new-patient-exam?month=2024-09&date=2024-09-20",
    "https://pubmed.ncbi.nlm.nih.gov/?term=articaine+vs+lidocaine+mandibular+molar&sort=date",
    "https://www.who.int/news-room/fact-sheets/detail/oral-health",
]
UNFURLS = [
    ("NICE", "Dental checks: intervals between oral health reviews | Guidance | NICE",
     "Clinical guideline [CG19]. Recall intervals from 3 to 24 months for adults, 3 to 12 months for under-18s."),
    ("SDCEP", "Drug Prescribing For Dentistry | SDCEP", "Dental Clinical Guidance, third edition."),
    ("Henry Schein", "Septanest 4% 1:100,000 Articaine Cartridges 50 × 1.7 ml", "In stock. £41.95 ex VAT."),
    ("Invisalign Doctor Site", "ClinCheck Pro — treatment overview", "Sign in to review and approve the plan."),
    ("Google Maps", "Braid Hills Rd · Edinburgh EH10 6HT", "Directions, photos and opening hours"),
    ("ADA", "CDT Code on Dental Procedures and Nomenclature", "Glossary of dental clinical terms"),
    ("FDI World Dental Federation", "FDI Two-Digit Notation", "The tooth designation system (ISO 3950)."),
    ("Doctolib", "Cabinet dentaire Northlight Croix-Rousse - Lyon", "Prenez rendez-vous en ligne 24h/24."),
    ("Canada.ca", "Canadian Dental Care Plan", "Who can apply, what is covered, and how to use the plan."),
    ("PubMed", "articaine vs lidocaine mandibular molar - Search Results", "128 results"),
    ("Calendly", "New patient exam (45 min) — Northlight Ballard", "Pick a time that works for you."),
]
UNFURL_LEADS = ["", "weather ok for this? ", "fyi ", "see ", "Morningside — ", "this one: "]

SEARCH_Q = ["Brennan", "o'hara", "@northlightdental.com", "hygienist", "Ó Súilleabháin", "van der berg", "lefèvre",
            "yılmaz", TEAM, PARTNER_TEAM, "reception", "toronto", "d'arcy", "Wiśniewska", "nurse", "chen",
            "st-pierre", "mac lochlainn", "leslieville", "jun-seo", "Sigurðardóttir", "ben-ami", "marie-eve",
            "te rangi", "nguyễn"]
AUDIT_Q = ["login", "client.create", "client.rotate", "client.disable", "feature.set", "feature.remove_override",
           "user.active", "user.admin", "user.forget_me", "admin.map_slack", "admin.unmap_slack",
           "account.totp_enable", "login.slack", "denied", "failed", f"weather@{TEAM}", "dentally-sync",
           "2024-09-16", "practice.manager"]
ADMINS = ["practice.manager", "aoife.brennan", "it-support", "ops.admin", "break-glass", "compliance-lead"]
CLIENT_DESCRIPTIONS = [
    ("dentally-sync", "Dentally PMS → Jeeves: staff list & rota sync, every 30 min (read)"),
    ("powerbi-practices", "Power BI: weather vs. same-day cancellations per practice (EH10, LS6, H91, 3511, 69004)"),
    ("recall-mailer", "Recall nudges (6/12 & 12/12): reads alert settings, Mon–Fri 08:00"),
    ("lab-portal:dentsmith", "Dentsmith Lab portal — case status (received / in production / dispatched)"),
    ("ci-gitlab", "GitLab CI smoke test after deploy, read only"),
    ("domiciliary-planner", "Care-home visit planner: checks the weather before the van leaves"),
    ("insurance-bridge", "Pre-auth tracker (Delta Dental WA, Sun Life, VHI, Zilveren Kruis) — usage report only"),
    ("zapier:recalls", "Zapier: new Calendly booking → Slack reminder with the weather"),
    ("lyon.doctolib", "Passerelle Doctolib → Jeeves (Croix-Rousse), lecture seule"),
    ("data-warehouse", "Nightly export to Snowflake (schema NL_OPS), owner: Femke de Jong"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36 Edg/128.0.2739.67",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Mobile/15E148 Slack/24.09.10",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.99 "
    "Mobile Safari/537.36",
]
LANGS = ["en-GB,en;q=0.9", "en-IE,en;q=0.9,ga;q=0.6", "nl-NL,nl;q=0.9,en;q=0.8", "fr-FR,fr;q=0.9,en;q=0.7",
         "en-CA,en;q=0.9,fr-CA;q=0.8", "en-US,en;q=0.9", "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7",
         "pl-PL,pl;q=0.9,en-GB;q=0.8", "uk-UA,uk;q=0.9,en;q=0.8", "zh-CN,zh;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en;q=0.8",
         "ja-JP,ja;q=0.9,en;q=0.8", "ar,en-GB;q=0.8", "en-GB,en-US;q=0.9,en;q=0.8", "en"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.9.1", "Go-http-client/2.0", "axios/1.7.7",
              "node-fetch/3.3.2", "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "Zapier", "PostmanRuntime/7.41.2", "gitlab-runner 17.3.1 (17-3-stable; go1.22.5; linux/amd64)",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.19041.4648",
              "okhttp/4.12.0", "Snowflake External Function", "Ruby"]
API_CLIENTS = ["dentally-sync", "powerbi-practices", "recall-mailer", "domiciliary-planner", "ci-gitlab",
               "zapier:recalls", "data-warehouse", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Mozilla/5.0+(compatible; UptimeRobot/2.0; "
              "http://www.uptimerobot.com/)", "ELB-HealthChecker/2.0", "curl/8.9.1", "Pingdom.com_bot_version_1.4"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Authlib/1.3.2", "openapi-generator/7.8.0", "PostmanRuntime/7.41.2", "Stoplight/Prism"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/clients?done=client_rotated", "/admin/slack-sign-in?done=unmapped",
               "/admin/account?done=totp_disabled"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/users?q=o%27hara", "/admin/audit?q=user.forget_me"]
PHRASE_WORDS = ["molar", "enamel", "crown", "floss", "harbour", "canine", "salthill", "morningside", "aligner",
                "porcelain"]
PATCH_NAMES = ["Dr Aoife Brennan (Principal)", "Saoirse Ní Bhriain – Hygienist", "Raphaël Lefèvre, chirurgien-dentiste",
               "Femke de Jong | Utrecht", "Chinonso Okafor RDN", "Jun-seo Park (박준서)", "Oksana Kovalenko (Оксана)",
               "Mhairi MacLeod-Fraser, PM", "Dr. Tamar Ben-Ami DDS", "Emre Yılmaz (dental nurse, Headingley)"]
UNTIL = ["2024-09-17T06:30:00Z", "2024-09-17", "2024-09-17T07:30:00+01:00", "2024-09-16T23:59:59Z"]


def ascii_name(name: str) -> str:
    """A name as the practices' e-mail addresses and Slack handles spell it: accents dropped, lower case."""
    name = name.lower().translate(str.maketrans({"ø": "o", "ł": "l", "ð": "d", "ı": "i", "æ": "ae", "ß": "ss"}))
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


class DentalGroup(EvaluatorDay):
    """Northlight Dental Group: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "nL4dQ8sWc2Rf7yHk1VtZp9Ge"
    base = BASE
    ts_window = (0, 10 * 3600)
    alert_hours, alert_minutes = (6, 6, 7, 7, 7, 8, 12, 17), ("00", "10", "15", "30", "45")
    iat_window = (0, 34000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 34000), 40, 0.2, 35
    blocks_rate, thread_rate = 0.8, 0.2
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, xff_rate, xff = 0.2, 0.05, 0.04, ("10.41.2.18", "192.168.10.77", "10.9.0.5, 172.20.1.14")
    script_encoding_rate = 0.5
    trace_rate, request_id_rate = 0.2, 0.12
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    verify_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas = META_UAS
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 8, 0.25
    button_places, weather_replies = PLACES + [p[1] for p in PRACTICES] + CARE_HOMES[:4], WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.86, 0.5
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.1, 0.15
    me_places = PLACES + [p[1] for p in PRACTICES] + [f"Northlight Dental {p[0]}" for p in PRACTICES] + CARE_HOMES
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "")
    search_pages, audit_page = (1, 4), (2, 5)
    # the data API
    limits, offsets = ("50", "100", "25", "200", "500"), (0, 25, 50, 100, 200, 500)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8")
    usage_days, until_choices = (1, 16), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|link", "|guidance", "|here", "|case")
    long_rate, emoji_rate, link_rate = 0.1, 0.22, 0.07
    dm_command_rate, mention_command_rate, edit_command_rate = 0.66, 0.5, 0.45
    mention_leads = ("", "hey ", "", "cc ", "morning ")
    edit_suffixes = (" (edit: wrong tooth number)", " *", " — sorry, FDI not Universal", "", " (edited)")
    home_view_rate, home_partner_rate = 0.55, 0.14
    fill_pools = {"%PTMSG%": PATIENT_MSGS, "%LAB%": LAB_ORDERS, "%PREAUTH%": PREAUTHS, "%CAREHOME%": CARE_HOMES,
                  "%PRACTICE%": [p[1] for p in PRACTICES],
                  "%PRACTICENAME%": [f"Northlight Dental {p[0]}" for p in PRACTICES], "%PLACE%": PLACES,
                  "%TOOTH%": TEETH, "%CODE%": CODES, "%LA%": ANAESTHETIC, "%XFILE%": XRAY_FILES, "%XRAYS%": XRAYS,
                  "%FEE%": FEES, "%RECALL%": RECALLS, "%SHADE%": SHADES, "%PTID%": PATIENTS, "%DENTIST%": DENTISTS,
                  "%SLOT%": SLOTS, "%WHEN%": WHEN, "%LABNAME%": LABS, "%TZ%": TIMEZONES, "%EMOJI%": EMOJI,
                  "%PHONE%": PHONES}
    # a file shared in a DM, a link unfurled, Jeeves' own replies echoed back
    files, file_notes, file_types = FILES, FILE_NOTES, FILE_TYPES
    file_sizes, file_editable = (8_000, 250_000_000), ("csv", "docx", "xlsx")
    unfurls, unfurl_leads, unfurl_spaced = UNFURLS, UNFURL_LEADS, False
    bot_replies, bot_weather_replies, bot_updated_days = BOT_REPLIES, WEATHER_REPLIES, 31

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = ascii_name(first).replace(" ", "") or "staff"
            plain_last = "".join(c for c in ascii_name(last) if c.isalnum()) or "nl"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@northlightdental.com",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "morningside", "headingley", "salthill", "utrecht-oudegracht", "lyon-croix-rousse", "leslieville",
            "ballard", "domiciliary", "lab-cases", "reception", "hygiene", "clinical-governance", "ortho",
            "general", "random")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def fill_makers(self) -> dict[str, Callable[[], str]]:
        return {"%HHMM%": self.hhmm, "%SIGNIN%": self.token}

    def home_view(self, team: str) -> dict[str, Any]:
        practice, address = self.pick(PRACTICES)
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title"},
                "blocks": [{"type": "header", "block_id": self.block_id(),
                            "text": {"type": "plain_text", "text": "Your Jeeves settings"}},
                           {"type": "section", "block_id": self.block_id(),
                            "text": {"type": "mrkdwn", "text": f"*Location:* {address} ({practice})\n*Units:* "
                                                               f"{self.pick(['metric', 'imperial'])}\n*Daily alert:* "
                                                               f"on at {self.hhmm()} ({self.pick(TIMEZONES)})"}}]}

    # ---- its scripts' dates and request ids ---------------------------------------------------------------------
    def since_choices(self, day: int) -> list[str]:
        return [f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}", f"2024-09-{day:02d}T07:00:00+01:00",
                f"2024-08-{day + 14:02d}T00:00:00.000Z", f"2024-09-{day:02d}T00:00:00-04:00"]

    def request_ids(self) -> list[str]:
        return [f"pbi-{self.hexs(12)}", f"gl-{self.rng.randint(10**8, 10**9)}", f"recall-{self.hexs(8)}"]

    def trace_state(self) -> str | None:
        return self.pick([None, "nl=svc:recall-mailer", "dd=s:1;o:rum"])


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 160), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 24), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 110), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 25),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The group's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(DentalGroup(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
