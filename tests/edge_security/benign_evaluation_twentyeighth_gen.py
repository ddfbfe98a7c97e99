"""Benign traffic of a dental-clinic chain that runs Jeeves, on every route of the edge (benign only).

Cedar & Pearl Dental: ten clinics (Portland and its suburbs, Vancouver WA, Seattle, Vancouver BC, Richmond BC,
Montréal, Leeds, Cork) on a Slack Enterprise Grid of three workspaces. Front desk, hygienists, assistants,
dentists, the insurance/billing team, office managers and one small IT team. About 1,700 requests in the
proportions such a deployment sees them: Slack first (DMs to the bot and the bot's own replies echoed back,
@mentions in clinic channels with everyday chat, appointment notes, tooth numbers in Universal, Palmer and FDI
notation, CDT/ODA codes and insurance talk, threads, file shares, edits, link unfurls of the panel's own pages,
reactions, App Home; `/jeeves` slash commands; the weather reply's and forget-me buttons), then the data API
(dashboards, Power BI refreshes, CI and HR sync with bearer tokens: list, read and patch users, stats,
switches), the admin panel, `/me/`, Sign in with Slack and the bot's one-time links, TokenDealer, and the
health and metadata endpoints.

Only endpoints, parameters, form fields and JSON fields the product's handlers define and read (app/routes,
app/admin/views, app/account, tokendealer/routes, README.md) are used; Slack's own envelope fields are sent as
Slack sends them. Slack modal submissions (`view_submission`) are left out: the app opens no modal and its
interactions endpoint handles `block_actions` only.

Written independently by the twenty-eighth evaluator from the route list of gateway/gateway.yaml (names, match,
methods, upstreams), the handlers and README.md, and the model benign_day_gen.py for the record structure. No
WAF rule, exclusion, ruleset or other generator's text was read; the texts were not changed after measuring.
Deterministic: one seeded random.Random (in records.Seeded), no clock. `attacks()` is empty.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, Jeeves' help reply from
evaluator_routes.HELP_REPLY, its web pieces (form_request, token_request, verify_request, get_request, signed_in,
ga_cookie, me_exit_form, oidc_params, link_expander, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_routes import HELP_REPLY
from .evaluator_web import WebApp
from .records import b64url, no_attacks, slack_escape

NAME = "evaluation_twentyeighth"
SEED = 2801142025
EPOCH = 1736866800  # Tue 2025-01-14 15:00 UTC: 07:00 in Portland, snow forecast
HOST = "edge.cedarpearl.dental"
BASE = f"https://{HOST}"
ENTERPRISE = ("E03CPDENTAL", "Cedar & Pearl Dental")
WORKSPACES = [("T04CPUSWEST", "cedarpearl-us"), ("T04CPUSWEST", "cedarpearl-us"), ("T05CPCANADA", "cedarpearl-ca"),
              ("T06CPUKIRL", "cedarpearl-uk-ie")]
APP_ID, BOT_USER, BOT_ID = "A07JEEVESCP", "U07JEEVES01", "B07JEEVES01"
VERIFY_TOKEN = "qV8mRkT2xLwP9sNcD4hJfG7a"

# (clinic, address, time zone, workspace index, phone)
CLINICS = [
    ("Pearl District", "1420 NW Lovejoy St, Portland, OR 97209", "America/Los_Angeles", 0, "(503) 555-0142"),
    ("Beaverton", "12655 SW Center St Suite 310, Beaverton, OR 97005", "America/Los_Angeles", 0, "(503) 555-0187"),
    ("Tigard", "9735 SW Shady Ln, Tigard, OR 97223", "America/Los_Angeles", 0, "503-555-0119"),
    ("Vancouver WA", "201 NE Park Plaza Dr #140, Vancouver, WA 98684", "America/Los_Angeles", 0, "(360) 555-0163"),
    ("Capitol Hill", "1520 E Pine St, Seattle, WA 98122", "America/Los_Angeles", 0, "206.555.0108"),
    ("Kitsilano", "2184 W Broadway #305, Vancouver, BC V6K 2E1", "America/Vancouver", 2, "+1 604-555-0199"),
    ("Richmond", "8171 Ackroyd Rd #150, Richmond, BC V6X 3K1", "America/Vancouver", 2, "604 555 0134"),
    ("Plateau", "4410 rue Saint-Denis, Montréal (Québec) H2J 2L1", "America/Toronto", 2, "514 555-0176, poste 22"),
    ("Leeds", "Unit 4, 12 Boar Lane, Leeds LS1 6EN", "Europe/London", 3, "+44 113 496 0321"),
    ("Cork", "14 Oliver Plunkett St, Cork T12 YX2F", "Europe/Dublin", 3, "+353 21 490 1234"),
]
ROLES = ["front desk", "front desk", "front desk", "RDH", "RDH", "RDH", "DA", "DA", "EFDA", "DMD", "DDS", "BDS",
         "insurance coordinator", "billing", "treatment coordinator", "office manager", "sterilization tech",
         "regional ops", "IT", "ortho TC", "perio", "oral surgeon"]

FIRST = ["Maya", "Guadalupe", "Thảo", "Siobhán", "Aoibheann", "Ciarán", "Amélie", "Geneviève", "Jean-François",
         "Marie-Ève", "Harpreet", "Gurpreet", "Manpreet", "Wen", "Xiaoling", "Ka-Wai", "Min-jun", "Seo-yeon",
         "Olumide", "Chidinma", "Kateryna", "Bogdan", "Agnieszka", "Paweł", "Rhiannon", "Fatima", "Yusuf",
         "Layla", "Noor", "Tatiana", "Camila", "Joaquín", "Luis", "Rosa", "Hiền", "Quang", "Aroha", "Ingrid",
         "Brianna", "Tyler", "Kayla", "Josh", "Megan", "Dana", "Chris", "Pat", "Hannah", "Zoë", "Renée", "José",
         "Mónica", "Ana-Lucía", "D'Andre", "Mary-Kate", "Ngozi", "Tomás", "Éabha", "Darnell", "Priyanka", "Keanu"]
LAST = ["O'Sullivan", "Ní Bhriain", "Mac Giolla Phádraig", "Nguyễn", "Trần", "Lê", "Fernández-López", "Gauthier",
        "Bélanger", "Tremblay", "St-Pierre", "Sandhu", "Gill", "Dhaliwal", "Chan", "Wong", "Lau", "Li", "Kim",
        "Park", "Adeyemi", "Okonkwo", "Kovalenko", "Shevchenko", "Wiśniewska", "Kowalczyk", "Haddad", "Al-Amin",
        "Rahman", "Petrova", "Hernández", "Ruiz", "D'Souza", "McNamara", "O'Neill-Sørensen", "Van Houten",
        "de la Cruz", "Smith", "Johnson", "Brown-Whitaker", "Yamamoto", "Ó Súilleabháin", "Ng", "Te Rangi",
        "Lindqvist", "MacLeod", "Okafor", "Villanueva", "Côté", "Nakamura"]
PATIENTS = ["Mrs. Đặng", "Mr. O'Brien-Walsh", "Aoife Ní Chonaill", "김서연", "Zoë Lefebvre-Côté", "Jürgen Weiß",
            "Ahmad Al-Farsi", "أحمد الفارسي", "Priya Raghunathan", "Wiremu Te Whata", "Dolores \"Lola\" Reyes",
            "Bartholomew St. John-Smythe", "Ελένη Παπαδοπούλου", "陈美玲", "Ms. Nguyễn Thị Mai", "J.M. (chart 20431)",
            "pt K.O.", "Mr. Van der Merwe", "Seán Mac Cárthaigh", "Małgorzata Zając", "Hyun-woo Cho", "Émile Lavoie",
            "Fionnuala O'Driscoll", "Mr. & Mrs. Delacroix", "little Mateo (age 6)", "Ms. D'Arcy", "Ngaio Whitcombe",
            "Ольга Сергеевна", "Tevita Fifita", "Gurdeep Kaur", "Björn Þórsson", "the Ishikawa twins",
            "Mary-Jo McAllister-Kane", "Chart #B-07716", "Señora Jiménez", "Kofi Asante-Darko"]
TEETH = ["#14", "#3", "#19", "#30", "#8", "#8–#9", "#31", "#2-#5", "#A", "#K", "#T", "#18 & #19", "UR6", "UL7", "LL6",
         "LR8", "UR1", "UL3", "FDI 36", "tooth 46", "26", "47", "6┘", "└7", "┌5", "#1, #16, #17, #32 (all 4 thirds)",
         "teeth 11–21", "#29 DO", "#13 MOD", "#20 B", "#12 O", "tooth 85", "lower left E", "UR quadrant", "LR quad"]
CDT = ["D0120", "D0150", "D0140", "D0210", "D0220", "D0274", "D0330", "D0367", "D1110", "D1120", "D1206", "D1351",
       "D2140", "D2391", "D2392", "D2740", "D2750", "D2950", "D3310", "D3330", "D4341", "D4342", "D4346", "D4910",
       "D5110", "D6010", "D6058", "D7140", "D7210", "D7240", "D9110", "D9230", "D9944", "D9986"]
CDT_NAMES = {"D0120": "periodic eval", "D0150": "comprehensive eval", "D0210": "FMX", "D0274": "4BWX",
             "D1110": "adult prophy", "D1206": "fluoride varnish", "D2391": "post. composite 1 surf",
             "D2740": "crown porcelain/ceramic", "D2950": "core buildup", "D3330": "molar RCT",
             "D4341": "SRP 4+ teeth/quad", "D4910": "perio maint", "D7210": "surgical ext", "D9944": "night guard"}
INSURERS = ["Delta Dental PPO", "Delta Dental of WA", "MetLife PDP Plus", "Cigna DPPO", "Guardian", "Aetna DMO",
            "UnitedHealthcare Dental", "Regence BlueCross BlueShield of Oregon", "Moda Health", "Premera Blue Cross",
            "Oregon Health Plan (OHP)", "Apple Health (WA Medicaid)", "Sun Life", "Manulife", "Canada Life",
            "CDCP (Canadian Dental Care Plan)", "RAMQ", "Pacific Blue Cross", "Denplan", "NHS", "DTSS (medical card)",
            "Laya", "Irish Life Health", "VHI Dental"]
PLACES = [
    "Portland", "Portland, OR", "portland oregon", "Beaverton", "Beaverton, Oregon", "Tigard", "Lake Oswego",
    "Hillsboro", "Gresham", "Happy Valley", "Tualatin", "West Linn", "Vancouver, WA", "Camas", "Battle Ground",
    "Seattle", "Capitol Hill, Seattle", "Bellevue", "Government Camp", "Mount Hood", "Timberline Lodge",
    "Cannon Beach", "Vancouver", "Vancouver BC", "North Vancouver", "Kitsilano", "Richmond, BC", "Burnaby",
    "Surrey BC", "Whistler", "Squamish", "Montréal", "Montreal", "Laval", "Longueuil", "Saint-Jérôme",
    "L'Île-Perrot", "Mont-Tremblant", "Trois-Rivières", "Leeds", "Leeds LS1", "Headingley", "Harrogate", "York",
    "Bradford", "Ilkley", "Cork", "Cobh", "Kinsale", "Douglas, Cork", "Dún Laoghaire", "Ballincollig", "Skibbereen",
    "Cancún", "Puerto Vallarta", "Kahului", "Lisboa", "Hà Nội", "Đà Nẵng", "Cebu City", "서울", "台北", "溫哥華",
    "Guadalajara", "Oaxaca de Juárez", "Kraków", "ਅੰਮ੍ਰਿਤਸਰ", "Amritsar", "Lagos", "Dublin 2", "Lviv", "Київ",
    "97209", "97005", "98122", "V6K 2E1", "H2J 2L1", "LS1 6EN", "T12 YX2F", "45.5231,-122.6765",
    "49.2634° N, 123.1553° W", "45.52, -73.58", "1520 E Pine St, Seattle, WA 98122",
    "12655 SW Center St, Beaverton, OR 97005", "2184 W Broadway, Vancouver, BC", "4410 rue Saint-Denis, Montréal",
    "12 Boar Lane, Leeds", "14 Oliver Plunkett St, Cork", "Mt. Tabor, Portland", "St. Johns, Portland",
    "Coeur d'Alene", "Sainte-Anne-de-Bellevue", "Newcastle upon Tyne", "Bray, Co. Wicklow",
]
TIMEZONES = ["America/Los_Angeles", "America/Los_Angeles", "America/Vancouver", "America/Toronto", "America/Montreal",
             "Europe/London", "Europe/Dublin", "America/Denver", "America/Phoenix", "Pacific/Honolulu",
             "America/Mexico_City", "Asia/Ho_Chi_Minh", "Asia/Manila", "UTC", "US/Pacific", "Canada/Pacific"]
CHANNELS = [("C07FRONTDSK", "front-desk-pearl"), ("C07BEAVRTN", "beaverton"), ("C07TIGARD0", "tigard"),
            ("C07VANWA00", "vancouver-wa"), ("C07CAPHILL", "capitol-hill"), ("C07KITS000", "kits-clinic"),
            ("C07RICHMND", "richmond-bc"), ("C07PLATEAU", "équipe-plateau"), ("C07LEEDS00", "leeds-practice"),
            ("C07CORK000", "cork-clinic"), ("C07BILLING", "billing-insurance"), ("C07HYGIENE", "hygiene-team"),
            ("C07CLINICQ", "clinical-questions"), ("C07ITHELP0", "it-helpdesk"), ("C07STERILE", "sterilization"),
            ("C07OPSMGRS", "ops-managers"), ("C07GENERAL", "general"), ("C07RANDOM0", "random"),
            ("C07LABCASE", "lab-cases"), ("C07SNOWDAY", "closures-and-weather")]
LINKS = ["https://cedarpearl.atlassian.net/browse/IT-1187", "https://drive.google.com/file/d/1Qx7pLk2/view?usp=sharing",
         "https://docs.google.com/spreadsheets/d/1fEeSchEd2025/edit#gid=0",
         "https://www.ada.org/publications/cdt", "https://www.opendental.com/manual/queries.html",
         "https://www.oregon.gov/oha/hsd/ohp/pages/index.aspx", "https://www.deltadentalins.com/dentists.html",
         "https://status.weave.com/", "https://cedarpearl.dental/locations/beaverton?utm_source=slack",
         "https://cedarpearl.dental/book?clinic=kitsilano&lang=fr", "https://portal.cedarpearl.dental:8443/eob/2025/01",
         "https://www.canada.ca/en/services/benefits/dental/dental-care-plan.html",
         "https://www.nhs.uk/nhs-services/dentists/dental-costs/", "https://www.hse.ie/eng/services/list/2/dental/",
         "https://tripoli.portlandoregon.gov/alerts?zone=NW", "https://www.weather.gov/pqr/",
         "https://meteo.gc.ca/city/pages/qc-147_metric_f.html", "https://www.met.ie/warnings",
         "https://grafana.cedarpearl.dental:3000/d/jeeves/usage?orgId=1&from=now-7d&to=now",
         "https://us02web.zoom.us/j/83412345678?pwd=Q2VkYXJQZWFybA", "https://youtu.be/ClinicTour2025",
         f"{BASE}/me/", f"{BASE}/admin/users?q=Sandhu", f"{BASE}/admin/audit?q=client.rotate"]
EMOJI = [":tooth:", ":toothbrush:", ":snowflake:", ":cloud_with_snow:", ":umbrella:", ":coffee:", ":pray:",
         ":white_check_mark:", ":x:", ":eyes:", ":tada:", ":grimacing:", ":face_with_thermometer:", ":sparkles:",
         ":heart:", ":thankyou:", ":sob:", ":raised_hands::skin-tone-4:", ":canada:", ":flag-ie:", "🦷", "🪥", "❄️",
         "🌨️", "☕", "🙏", "😬", "✅", "🎉", "😷", "💉", "🧊", "🚗", "⛄", "🇨🇦", "🇮🇪", "🇬🇧"]
REACTIONS = ["white_check_mark", "tooth", "snowflake", "pray", "+1", "+1::skin-tone-3", "eyes", "heart",
             "thankyou", "raised_hands", "joy", "grimacing", "100", "heavy_check_mark", "sob", "muscle::skin-tone-5"]

# @@M@@ mention, @@L@@ link, @@C@@ channel, @@P@@ place, @@N@@ number, @@PT@@ patient, @@TH@@ tooth,
# @@CDT@@ procedure code, @@INS@@ insurer, @@CL@@ clinic, @@PH@@ clinic phone, @@T@@ time, @@TZ@@ time zone.
CHAT = [
    "morning team ☕ schedule is full today, 3 emergencies already on the waitlist",
    "is @@CL@@ opening late because of the snow? asking for my 7:30 prophy",
    "Dr. @@LN@@ is running 20 min behind in op 3, pls give the 10:40 a heads up",
    "pt called, cracked @@TH@@ on a popcorn kernel 🍿 can anyone squeeze her in before 4?",
    "who has the key to the nitrous cabinet at @@CL@@?", "the autoclave in steri is showing E-04 again 😩",
    "ok thx", "on it", "👍", "np!", "thanks @@M@@!!", "ty ty", "lol", "same", "+1", "done ✅", "brb lunch",
    "can someone cover the front desk 12–1? I have the OHP training", "new pt form link is broken on mobile again",
    "heads up: @@INS@@ portal down until 2pm PST, do pre-auths by fax (ugh)",
    "reminder: CE credits due 31/03 — the OSAP webinar counts for 2 hrs",
    "@@PT@@ wants to move her crown seat @@TH@@ from Thu 9:40 to Fri 14:20, lab case arrives Wed",
    "hygiene recall list for Feb is in the drive @@L@@", "who ordered 12 boxes of size S gloves? we're drowning 🧤",
    "the Cavitron in op 5 is leaking at the handpiece, tagged it out",
    "fyi @@CDT@@ needs a narrative + x-ray for @@INS@@",
    "is it D4341 or D4342 if only 3 teeth in the quad have 5mm+ pockets?", "it's D4342 (1–3 teeth per quad)",
    "EOB says @@CDT@@ paid at 80% after the $50 deductible — pt owes $38.40", "snow day?? ❄️ @@P@@ roads are glass",
    "Beaverton closing at 2pm today, we're rescheduling the afternoon — please don't book anything after 1:30",
    "Kits is open, transit is slow though. Patients arriving late, give them 15 min grace",
    "On est ouverts demain matin, la neige devrait s'arrêter vers 6 h", "Bonne année à toute l'équipe du Plateau! 🎉",
    "¿Alguien habla español en la recepción? Paciente al teléfono, necesita cita urgente",
    "Cô ấy nói răng hàm dưới bên trái đau lắm, hẹn sáng mai được không?",
    "病人說左下第二大牙痛，明天上午可以嗎？", "ਮਰੀਜ਼ ਕੱਲ੍ਹ ਸਵੇਰੇ 9 ਵਜੇ ਆ ਸਕਦਾ ਹੈ", "감사합니다! 내일 봬요",
    "Dziękuję, już wysłałam kartę do laboratorium", "Спасибо, записала на четверг 14:00",
    "Go raibh maith agat, a Shiobhán!", "Salamat po! See you tomorrow", "شكراً، المريض سيأتي الساعة ١٠",
    "the Leeds practice is on NHS band 2 this morning: £73.50 — pt asked why it's not band 1 (it's a filling)",
    "Cork is closed Friday 17/01 for the staff training day, phones diverted to @@PH@@",
    "our Weave phones are dropping calls again, ticket is @@L@@", "who's on call this weekend for emergencies?",
    "Ortho TC here: 4 Invisalign consults today, 2 converted 🎉", "🦷🦷🦷 tooth fairy day: 3 primary ext in a row",
    "pt asked if we take @@INS@@ — do we? I thought we went out of network in Nov",
    "Pedo pt @@PT@@ was a champ today, silver star sticker + toothbrush 🪥",
    "the new intraoral scanner at @@CL@@ keeps dropping the USB, IT pls 🙏 @@M@@",
    "lab called: @@TH@@ zirconia crown shade mismatch, they want a new photo w/ shade tab",
    "Dr. @@LN@@: can we do the SRP on UR & LR today and UL & LL on the 28th?",
    "please stop microwaving fish in the break room 🐟😭", "birthday cake in steri at 3! 🎂 happy bday @@M@@",
    "I'll be 10 min late, the Sellwood bridge is a parking lot", "@@P@@ has freezing rain til noon, drive safe all",
    "@@HERE@@ the 11:00 team huddle is moved to 11:15", "@@CHANNEL@@ fire drill at 12:30, patients stay with their DA",
    "who covers @@CL@@ front desk on Sat 9–1 (alt week)?", "are we still doing the free whitening for new pts?",
    "the gloves are latex-free right? pt has a latex allergy", "Yes — everything in the ops is nitrile",
    "pt paid $1,240.00 w/ CareCredit, 12-month promo — posted to ledger",
    "deposit for the implant case: $500 (non-refundable)",
    "Our Google rating at @@CL@@ went 4.6 → 4.8 ⭐ thanks for all the 5-star asks!",
    "quick q: is Apple Health covering adult SRP again in 2025?", "yes w/ prior auth, 1 per quad per 2 yrs",
    "the 8am patient is here 20 min early, can someone seat her in op 2?",
    "running out of 2% lido w/ epi 1:100k at Tigard, can Beaverton spare a box (50 carpules)?",
    "Staff meeting notes are up @@L@@ — main item: new phone script for cancellations <24h ($50 fee)",
    "we need a Spanish-speaking RDH on Tuesdays at @@CL@@, any takers? 🙋‍♀️",
    "pt says the bill is wrong: @@CDT@@ was charged twice. checked — one was the narrative resubmission, voided",
    "Dr. @@LN@@ left for the day, emergencies go to @@CL@@",
    "tx plan for @@PT@@: SRP x4 quads, then re-eval in 6 wks, then D4910 q3mo",
    "#@@N@@ on the waitlist: pt wants any Fri appointment before 10",
    "weather alert from the bot said -6°C in Whistler tomorrow lol, the ski trip is ON",
    "parking lot at @@CL@@ not plowed yet, patients pls use the street (2h limit)",
    "need someone to translate the post-op instructions to French for the Plateau — the Word doc is in the drive",
    "we're at 92% chair utilization this week, nice work everyone 👏",
    "pt's mom asks if fluoride varnish (D1206) is covered twice a year for a 7 y/o — OHP says yes",
    "is the fridge temp log for the composite fine? it says 9°C",
    "🚨 the compressor at @@CL@@ tripped the breaker, handpieces down, rescheduling 2 pts",
    "50/50 split on the lunch order? Thai Basil 🍜 or Nando's 🍗",
]
CLINICAL = [
    "Pt c/o sensitivity to cold @@TH@@ x 2 wks, lingers ~30 s. PA taken, PDL widening noted. "
    "Dx: symptomatic irreversible pulpitis. Tx: pulpectomy, refer for RCT (@@CDT@@).",
    "LA: 2% lidocaine w/ 1:100,000 epi, 1.7 mL carpule x 2, IANB + long buccal. Pt tolerated well.",
    "Articaine 4% 1:100k, 1 carpule buccal infiltration @@TH@@. Rubber dam placed. Class II MOD composite, shade A2, "
    "Filtek Supreme, selective-etch, cured 20 s per increment.",
    "Rx: Amoxicillin 500 mg caps, #21 (twenty-one), 1 cap PO TID x 7 days. Ibuprofen 600 mg q6h PRN pain, "
    "max 2,400 mg/day. Pt advised to take w/ food.",
    "PCN allergy (hives) → clindamycin 300 mg PO QID x 7d. Premed per ortho surgeon for TKR: 600 mg 1 hr pre-op.",
    "Perio chart @@TH@@: PD 3-3-4 / 5-4-5 buccal, 4-3-5 lingual, BOP+ MB & DB, furcation grade II, mobility I. "
    "Rec: D4341 UR & LR, CHX 0.12% 15 mL BID x 2 wks.",
    "Crown prep @@TH@@, retraction cord #00 + #1, final impression w/ PVS (heavy/light body), bite reg, "
    "temp with Integrity + TempBond NE. Shade A3 (Vita classic), stump shade ND3.",
    "Ext @@TH@@ (D7210): flap, sectioned, socket grafted (Bio-Oss 0.25 g) + collagen plug, 4-0 chromic gut x 3. "
    "Post-op: no straw/spitting 24h, ice 20 on / 20 off.",
    "N2O/O2 titrated to 30%/70%, 100% O2 x 5 min at end. Pt alert & oriented before discharge.",
    "BP 148/92 at check-in, retook after 5 min: 142/88. Proceeded (below 160/100). Advised to see PCP.",
    "Med hx update: started apixaban 5 mg BID in Dec — consult w/ cardiologist before ext, INR not needed.",
    "Pt is on alendronate 70 mg weekly x 6 yrs → MRONJ risk, consent signed, conservative tx first.",
    "Peds: @@PT@@, 6 y/o, #K & #T DO caries, SDF 38% applied (D1354), parent informed of black staining.",
    "Sealants UR6 & UL6, LL6 & LR6 (D1351 x4). Isolation w/ Isolite, etch 15 s, Clinpro.",
    "Implant @@TH@@: Straumann BLT 4.1 x 10 mm, ISQ 72, healing abutment 4.5 x 3.5. Insertion torque 35 Ncm.",
    "CBCT (D0367): 3.8 mm bone height over the sinus floor at UL6 → sinus lift before implant, referral to OS.",
    "FDI notation please for the Leeds referral: 36 & 46 need BWX, 18/28/38/48 present, 16 O caries.",
    "Invisalign ClinCheck approved for @@PT@@: 24 aligners, IPR 0.2 mm between 3-4 and 4-5 (FDI), "
    "attachments on 13, 23.",
    "Night guard (D9944): hard acrylic, full arch, max. Pt bruxes — flattened cusps @@TH@@.",
    "Post-op call: pt pain 3/10, no swelling, taking ibuprofen 400 mg + acetaminophen 500 mg together q6h.",
    "Dx code: K02.52 (caries on pit & fissure surface penetrating into dentin), K05.311 (chronic periodontitis, "
    "localized, slight).",
    "Lab Rx: @@TH@@ e.max crown, shade A1 body / B1 incisal, HT, contacts heavy, occlusion light. Due 01/22.",
    "Steri log: cycle #4412, 134 °C / 3.5 min, pouches OK, Attest spore test negative (read 48h, 13/01/2025).",
]
TECH = [
    "```\nSELECT p.PatNum, p.LName, p.FName, p.HmPhone, p.DateFirstVisit\nFROM patient p\nWHERE p.PatStatus = 0\n"
    "  AND p.DateFirstVisit >= '2024-10-01'\nORDER BY p.LName, p.FName;\n```\nthis is the new-patient query for the "
    "monthly report, paste it in Reports > User Query",
    "```\nSELECT pc.ProcCode, pc.Descript, COUNT(*) AS n, SUM(pl.ProcFee) AS gross\nFROM procedurelog pl\n"
    "JOIN procedurecode pc ON pc.CodeNum = pl.CodeNum\nWHERE pl.ProcStatus = 2\n"
    "  AND pl.ProcDate BETWEEN '2024-12-01' AND '2024-12-31'\nGROUP BY pc.ProcCode\nORDER BY gross DESC\n"
    "LIMIT 25;\n```",
    "anyone know why this Open Dental query returns nothing? `SELECT * FROM appointment WHERE AptDateTime LIKE "
    "'2025-01-14%' AND Op IN (3,4,5);`",
    "ERA came back weird:\n```\nCLP*CPD20431*1*1240*992*248*12*2024123456789*11~\nSVC*AD:D2740*1180*944**1~\n"
    "CAS*CO*45*236~\nCAS*PR*1*50~\nAMT*B6*944~\n```\nthe CO-45 is the contractual write-off, right?",
    "837D rejected: `NM1*85*2*CEDAR & PEARL DENTAL PC*****XX*1234567893~` — clearinghouse says the NPI check digit is "
    "fine, so it's the & ?",
    "Excel formula for the fee schedule lookup: `=IFERROR(VLOOKUP(A2,'Fees 2025'!$A:$D,3,FALSE),\"n/a\")` then "
    "`=ROUND(C2*0.8,2)` for the 80% column",
    "`=IF(AND(D2>=DATE(2025,1,1),E2=\"D1110\"),F2*0.8,0)` — works in Sheets too",
    "IT: restart the Open Dental service on the server with\n```\nGet-Service -Name 'OpenDental*' | Restart-Service "
    "-Force\n```\nthen open `C:\\Program Files\\Open Dental\\OpenDental.exe` again",
    "images are on `\\\\cp-fs01\\OpenDentImages\\A\\AndersonJ20431\\` if the chart won't load them",
    "the sensor driver error: `Schick 33: Device not found (0x80070015)` — unplug/replug the USB hub, not the sensor",
    "```\nping 10.20.4.15 -t\nReply from 10.20.4.15: bytes=32 time=1ms TTL=128\nRequest timed out.\n```\n"
    "the Beaverton VPN tunnel is flapping again @@M@@",
    "Referral from OHSU came in as HL7, pasting the header so IT can map it:\n```\n"
    "MSH|^~\\&|EPIC|OHSU|OPENDENTAL|CPD|20250113141502||REF^I12|MSG00042|P|2.5\nPID|1||E1234567^^^OHSU||"
    "REYES^DOLORES^M||19620415|F\nRF1|A|R|S||OS^Oral Surgery|R20250113\n```",
    "python one-liner for the recall export: `df[df.last_recall < '2024-07-01'].groupby('clinic').size()`",
    "```\n$ curl -s -H \"Authorization: Bearer $TOKEN\" 'https://edge.cedarpearl.dental/api/usage/stats?"
    "since=2025-01-01T00:00:00Z' | jq '.actions'\n```",
    "DICOM from the CBCT is 480 MB, the share `\\\\cp-fs01\\cbct$\\2025-01\\` is almost full (93%)",
    "printer at @@CL@@ front desk: `\\\\cp-print02\\FrontDesk-HP-M479` — add it via Settings > Printers",
    "Dentrix → Open Dental conversion checklist:\n1. export ledger as CSV (UTF-8!)\n2. map `PROVIDER_ID` → ProvNum\n"
    "3. re-link images (path `D:\\Dentrix\\Images\\`)\n4. verify 10 random charts",
    "Weave API returns `{\"error\":\"rate_limited\",\"retry_after\":30}` when we sync the recall list, adding a sleep",
]
LONG = [
    "*Snow plan for Tue 14/01* ❄️\n• @@CL@@: opens 10:00, first 2 hygiene blocks moved\n• Beaverton & Tigard: "
    "decision at 6:30 based on ODOT + the bot's 6:15 alert\n• Kits / Richmond: open as usual\n• Patients get a "
    "Weave text by 7:00 (template: _\"Due to weather, your appt at Cedar & Pearl is moved to...\"_)\n"
    "Questions → @@M@@",
    "Holiday hours 🎄\nDec 24: 8:00–12:00\nDec 25–26: closed\nDec 31: 8:00–13:00\nJan 1: closed\n"
    "Plateau: 24 déc. 8 h – 12 h, fermé les 25-26 déc. et le 1er janv.\nLeeds & Cork: closed 25/12–27/12, "
    "back Mon 30/12.",
    "Forwarding from the patient:\n> Hi, I was charged $212.00 for my cleaning on 12/30 but my insurance "
    "(@@INS@@) covers 2 cleanings a year at 100%.\n> Can you check?\n> Thanks, @@PT@@\n\nChecked: it's the 3rd "
    "prophy in the benefit year (plan year starts July 1). Calling her back.",
    "New insurance workflow (starting Feb 1):\n1. verify eligibility 48h before (portal or call)\n2. note remaining "
    "max + deductible in the appt note, e.g. `MAX $1,500 / used $1,288 / DED met`\n3. if @@CDT@@ is on the plan's "
    "downgrade list, quote the difference *before* treatment\n4. attach x-rays + perio chart to every SRP claim",
    "*Incident* 09:12 — Open Dental slow at all US clinics\nCause: the nightly backup ran late (started 06:40 "
    "instead of 02:00)\nFix: backup killed at 09:20, performance normal at 09:24\nFollow-up: IT-1187, move backup "
    "to the NAS @@L@@",
    "Onboarding checklist for new RDH @@M@@:\n- [x] Slack + email\n- [x] Open Dental login (provider #, "
    "hygiene schedule)\n- [ ] OSHA + HIPAA training (due in 30 days)\n- [ ] N2O certificate copy for the file\n"
    "- [ ] scrubs (size M) & loupes fitting\nWelcome aboard 🦷🎉",
    "Recall numbers Q4:\n| clinic | due | booked | % |\n|---|---|---|---|\n| Pearl | 612 | 488 | 79.7 |\n"
    "| Beaverton | 540 | 401 | 74.3 |\n| Kits | 455 | 390 | 85.7 |\n| Leeds | 380 | 271 | 71.3 |\nGreat job Kits 👏",
    "Reminder about privacy: no full patient names + DOB in public channels. Use initials or chart # (e.g. "
    "*J.M. #20431*). Clinical details go in Open Dental, not Slack. Thanks! 🙏",
    "Bonjour l'équipe,\n\nPetit rappel : la RAMQ couvre les examens pour les enfants de moins de 10 ans (code "
    "01202 de l'ACDQ ≠ RAMQ). Pour les adultes, vérifiez l'assurance privée *avant* le rendez-vous.\n\nMerci ! — "
    "@@M@@",
    "Leeds update 🇬🇧\nNHS UDA target: 9,840 for the year, we're at 7,112 (72%) with 11 weeks left. Need ~248/wk. "
    "Private hygiene price list changes 01/02: scale & polish £68 → £72.",
    "Cork update 🇮🇪: DTSS medical card pts — max 2 fillings per calendar year without prior approval; PRSI "
    "(Treatment Benefit) covers 1 exam + 1 scale & polish (pt pays €15). Quote before, not after!",
]
DM_COMMANDS = [
    "weather", "weather", "weather @@P@@", "weather @@P@@", "weather @@P@@", "Weather @@P@@", "weather in @@P@@",
    "weather @@P@@ tomorrow morning?", "wether @@P@@", "weahter @@P@@", "weather @@P@@ 🌨️",
    "weather @@P@@ — do we open at 8?", "remember location @@P@@", "remember location @@P@@",
    "remember location @@ADDR@@", "my location", "forget location", "config", "config units imperial",
    "config units metric", "config alert_time @@T@@", "config time @@T@@", "config alert 6:45", "config tz @@TZ@@",
    "config timezone @@TZ@@", "config timezone Pacific", "alerts on", "alerts off", "alerts", "alerts on please",
    "login", "login", "forget me", "help", "hi jeeves 👋", "help?", "météo Montréal", "bonjour Jeeves",
    "is the Beaverton office gonna close tmrw", "thanks!", "👍", "config units imperial pls", "HELP",
    "remember location Cedar & Pearl Kitsilano", "weather @@P@@ pls 🙏", "weather 97005 (Beaverton)",
]
BOT_REPLY_PLACES = ["Portland, US", "Beaverton, US", "Tigard, US", "Seattle, US", "Vancouver, CA", "Montréal, CA",
                    "Leeds, GB", "Cork, IE", "Richmond, CA", "Lake Oswego, US", "Whistler, CA", "Cobh, IE"]
WEATHER_WORDS = ["Light snow", "Heavy snow", "Freezing rain", "Overcast", "Mainly clear", "Drizzle", "Fog",
                 "Rain showers", "Partly cloudy", "Snow showers"]
FILES = ["IMG_2041.HEIC", "Screenshot 2025-01-14 at 07.12.44.png", "EOB_Delta_0113.pdf", "perio chart #3.pdf",
         "schedule week 3 (final).xlsx", "snow-closure-notice_FR.docx", "BWX_2025-01-10.jpg",
         "autoclave log Jan.pdf", "fee schedule 2025 – PPO.xlsx", "Pano – J.M. 20431.png",
         "post-op instructions (ES).pdf"]

CLIENT_DESCRIPTIONS = {
    "opsdash-grafana": "Grafana JSON datasource for the ops dashboard (read-only) — owner: IT",
    "pbi-usage:nightly": "Power BI nightly refresh of Jeeves usage → 'Clinic Ops' workspace, 02:30 PT",
    "gha-jeeves-ci": "GitHub Actions: weekly usage report to #ops-managers",
    "hr-sync.bamboohr": "BambooHR → Jeeves: deactivate leavers, fix names (é, ñ, ' and -) at 05:00",
    "recall-helper": "Recall helper: checks alerts on/off before the snow-day texts go out",
    "it-scripts": "IT's PowerShell scripts (Marie-Ève & Ciarán), rotate every 90 days",
    "retool-ops": "Retool ops panel – Kits & Richmond managers",
    "weave.sync-2025": "Weave sync — pilot at Beaverton until 31/03/2025",
}


def ascii_name(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "", folded)


class DentalDay(WebApp):
    """The chain, its people and one seeded random source; each method makes one request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = WORKSPACES[0][0], APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window = event_window = (-3 * 3600, 9 * 3600)
    iat_window, kid_first, client_id_after, context_bytes = (-3600, 9 * 3600), True, "jti", 36
    enterprise, enterprise_id_after = ENTERPRISE[0], "team_id"
    oauth_scope_rate, oauth_scopes = 0.75, ("read", "read write", "write", "read")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(170):
            first, last = self.pick(FIRST), self.pick(LAST)
            clinic = self.pick(CLINICS)
            handle = f"{ascii_name(first) or 'staff'}.{ascii_name(last) or 'x'}"
            if i % 9 == 0:
                handle += str(i)
            self.people.append({
                "id": self.sid("W0", 9), "name": f"{first} {last}", "first": first, "last": last,
                "handle": handle, "email": f"{handle}@cedarpearl.dental", "clinic": clinic[0], "addr": clinic[1],
                "tz": clinic[2], "team": WORKSPACES[clinic[3]][0], "role": self.pick(ROLES)})

    # ---- small pieces -----------------------------------------------------------------------------------
    def record(self, kind: str, placement: str, req: dict[str, Any], sub: str = "") -> dict[str, Any]:
        self.n += 1
        return {**req, "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement,
                "sub": sub or kind}

    def alert_time(self) -> str:
        hour = self.pick([5, 5, 6, 6, 6, 6, 7, 7, 8, 12, 17, 21])
        return f"{hour:02d}:{self.pick(['00', '15', '30', '45', '40', '50', '10'])}"

    def workspace(self, person: dict[str, str]) -> tuple[str, str]:
        for team, domain in WORKSPACES:
            if team == person["team"]:
                return team, domain
        return WORKSPACES[0]

    def fill(self, text: str, slack: bool = True) -> str:
        out = slack_escape(text) if slack else text
        swaps: dict[str, Any] = {
            "@@P@@": lambda: self.pick(PLACES), "@@ADDR@@": lambda: self.pick(CLINICS)[1],
            "@@PT@@": lambda: self.pick(PATIENTS), "@@TH@@": lambda: self.pick(TEETH),
            "@@CDT@@": lambda: self.cdt(), "@@INS@@": lambda: self.pick(INSURERS),
            "@@CL@@": lambda: self.pick(CLINICS)[0], "@@PH@@": lambda: self.pick(CLINICS)[4],
            "@@T@@": self.alert_time, "@@TZ@@": lambda: self.pick(TIMEZONES),
            "@@N@@": lambda: str(self.rng.randint(2, 19)), "@@LN@@": lambda: self.pick(LAST),
        }
        for key, make in swaps.items():
            while key in out:
                value = make()
                out = out.replace(key, slack_escape(value) if slack else value, 1)
        for key, special in (("@@HERE@@", "<!here>"), ("@@CHANNEL@@", "<!channel>"),
                             ("@@FD@@", "<!subteam^S07FRONTDK|@frontdesk>"),
                             ("@@HYG@@", "<!subteam^S07HYGIENE|@hygienists>")):
            out = out.replace(key, special if slack else special[2:-1].split("|")[-1])
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|here", "|this doc", "|ticket", "|the sheet"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        return out

    def cdt(self) -> str:
        code = self.pick(CDT)
        if code in CDT_NAMES and self.chance(0.5):
            return f"{code} ({CDT_NAMES[code]})"
        return code

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.52:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
        elif roll < 0.72:
            text = self.pick(CLINICAL)
            if self.chance(0.3):
                text = self.pick(["note for the chart pls: ", "for @@PT@@: ", "Dr. @@LN@@'s note — ", "copying from "
                                  "op 4:\n"]) + text
        elif roll < 0.88:
            text = self.pick(["", "", "@@M@@ ", "help pls 😅 ", "fyi "]) + self.pick(TECH)
        else:
            text = self.pick(LONG)
        if self.chance(0.1):
            text = self.pick(["@@HERE@@ ", "@@CHANNEL@@ ", "@@FD@@ ", "@@HYG@@ "]) + text
        return self.fill(text, True)

    def command_text(self) -> str:
        return self.fill(self.pick(DM_COMMANDS), True)

    # ---- Slack ------------------------------------------------------------------------------------------
    def rich_text(self, text: str) -> list[dict[str, Any]]:
        """Slack's rich_text block for a message: sections, preformatted code, mentions, links, emoji."""
        raw = text.replace("&lt;", "\x01").replace("&gt;", "\x02").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        for i, chunk in enumerate(raw.split("```")):
            if not chunk:
                continue
            if i % 2 == 1:
                plain = chunk.strip("\n").replace("\x01", "<").replace("\x02", ">")
                elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": plain}],
                                 "border": 0})
                continue
            parts: list[dict[str, Any]] = []
            for piece in re.split(r"(<[^<>]+>|:[a-z0-9_+\-]+:)", chunk):
                if not piece:
                    continue
                if piece.startswith("<@"):
                    parts.append({"type": "user", "user_id": piece[2:-1].split("|")[0]})
                elif piece.startswith("<#"):
                    parts.append({"type": "channel", "channel_id": piece[2:-1].split("|")[0]})
                elif piece.startswith("<!subteam^"):
                    parts.append({"type": "usergroup", "usergroup_id": piece[10:-1].split("|")[0]})
                elif piece.startswith("<!"):
                    parts.append({"type": "broadcast", "range": piece[2:-1]})
                elif piece.startswith("<http"):
                    url, _, label = piece[1:-1].partition("|")
                    link: dict[str, Any] = {"type": "link", "url": url}
                    if label:
                        link["text"] = label
                    parts.append(link)
                elif re.fullmatch(r":[a-z0-9_+\-]+:", piece):
                    parts.append({"type": "emoji", "name": piece.strip(":").split("::")[0]})
                else:
                    parts.append({"type": "text", "text": piece.replace("\x01", "<").replace("\x02", ">")})
            elements.append({"type": "rich_text_section", "elements": parts})
        return [{"type": "rich_text", "block_id": self.token(4)[:5], "elements": elements}]

    def message(self, person: dict[str, str], text: str, channel: str, mention: bool) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"user": person["id"], "type": "app_mention" if mention else "message", "ts": ts,
                                 "client_msg_id": self.uuid(), "text": text, "team": person["team"]}
        if self.chance(0.8):
            event["blocks"] = self.rich_text(text)
        event["channel"] = channel
        if not mention:
            event["channel_type"] = "im"
        event["event_ts"] = ts
        if self.chance(0.22):
            event["thread_ts"] = self.ts()
            if mention:
                event["parent_user_id"] = self.pick(self.people)["id"]
        return event

    def event_request(self, event: dict[str, Any], team: str) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(0.1), separators=(",", ":"))
        return self.slack_request("/slack/events", body)

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(40), "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events", json.dumps(body)), "slack-verify")

    def slack_dm(self) -> dict[str, Any]:
        person = self.pick(self.people)
        text = self.command_text() if self.chance(0.72) else self.chat_text()
        event = self.message(person, text, self.sid("D07", 8), False)
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-dm")

    def slack_mention(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.45):
            text = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: "]) + self.command_text()
        else:
            body = self.chat_text()
            text = self.pick([f"<@{BOT_USER}> {body}", f"{body}\ncc <@{BOT_USER}>", f"{body} <@{BOT_USER}>",
                              f"<@{BOT_USER}> weather {slack_escape(self.pick(PLACES))} — {body}"])
        event = self.message(person, text, cid, True)
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-mention")

    def slack_file(self) -> dict[str, Any]:
        person = self.pick(self.people)
        name = self.pick(FILES)
        mention = self.chance(0.5)
        caption = self.fill(self.pick(["", "see attached", "here's the EOB, check the CO-45 line",
                                       "photo of the shade tab next to @@TH@@", "snow at @@CL@@ right now 😳",
                                       "the error on the sensor PC", "updated schedule, pls check your rows"]))
        text = (f"<@{BOT_USER}> " + caption) if mention else caption
        channel = self.pick(CHANNELS)[0] if mention else self.sid("D07", 8)
        event = self.message(person, text, channel, mention)
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"png": "image/png", "jpg": "image/jpeg", "heic": "image/heic", "pdf": "application/pdf",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[ext]
        fid = self.sid("F07", 8)
        event["files"] = [{"id": fid, "created": EPOCH, "timestamp": EPOCH, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": person["id"],
                           "user_team": person["team"], "editable": False, "size": self.rng.randint(9000, 6_000_000),
                           "mode": "hosted", "is_external": False, "external_type": "", "is_public": False,
                           "url_private": f"https://files.slack.com/files-pri/{person['team']}-{fid}/"
                                          + urllib.parse.quote(name),
                           "url_private_download": f"https://files.slack.com/files-pri/{person['team']}-{fid}/download/"
                                                   + urllib.parse.quote(name),
                           "permalink": "https://cedarpearl.enterprise.slack.com/files/"
                                        f"{person['id']}/{fid}/{urllib.parse.quote(name.lower().replace(' ', '_'))}"}]
        event["upload"] = False
        event["display_as_bot"] = False
        if not mention:
            event["subtype"] = "file_share"
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-file")

    def slack_edit(self) -> dict[str, Any]:
        person = self.pick(self.people)
        channel = self.sid("D07", 8)
        old = self.message(person, self.command_text(), channel, False)
        new_text = old["text"] + self.pick([" pls", " (typo)", "", " 🙏"])
        new = self.inner(old)
        new["text"] = new_text
        new["edited"] = {"user": person["id"], "ts": self.ts()}
        if "blocks" in new:
            new["blocks"] = self.rich_text(new_text)
        event = {"type": "message", "subtype": "message_changed", "message": new,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                               "event_ts")},
                 "channel": channel, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-edit")

    def bot_reply_text(self) -> tuple[str, list[dict[str, Any]]]:
        roll = self.rng.random()
        if roll < 0.55:
            place = self.pick(BOT_REPLY_PLACES)
            imperial = place.endswith("US") and self.chance(0.7)
            deg, wind = ("°F", "mph") if imperial else ("°C", "km/h")
            t = self.rng.randint(20, 38) if imperial else self.rng.randint(-9, 6)
            text = (f"{place}: {self.pick(WEATHER_WORDS)}, {t}{deg}, wind {self.rng.randint(3, 40)} {wind}; "
                    f"today {t - self.rng.randint(1, 6)}{deg} to {t + self.rng.randint(1, 6)}{deg}, "
                    f"{self.rng.choice(range(0, 101, 5))}% chance of precipitation")
            blocks = [{"type": "section", "block_id": self.token(3)[:4], "text": {"type": "mrkdwn", "text": text}},
                      {"type": "actions", "block_id": self.token(3)[:4], "elements": [
                          {"type": "button", "action_id": "set_location", "value": place.rsplit(",", 1)[0],
                           "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}}]}]
            return text, blocks
        if roll < 0.7:
            text = HELP_REPLY
            return slack_escape(text), []
        if roll < 0.85:
            tz = self.pick(TIMEZONES)
            text = (f"Saved. Your settings:\n• alert_time: {self.alert_time()}\n• alerts: "
                    f"{self.pick(['on', 'off'])}\n• timezone: {tz}\n• units: {self.pick(['metric', 'imperial'])}\n"
                    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone "
                    "Europe/Paris` or `alerts on`.")
            return text, []
        text = self.pick([f"Got it, I will remember {self.pick(BOT_REPLY_PLACES)}.",
                          "Daily weather alerts are off.", "Done, I forgot your location.",
                          f"Daily weather alerts are on, every day at {self.alert_time()} ({self.pick(TIMEZONES)}).",
                          "Sorry: alert_time must be HH:MM (24h), e.g. 07:30.",
                          "I could not find a place called 'Mt. Tabor, Portland'."])
        return slack_escape(text), []

    def slack_bot_echo(self) -> dict[str, Any]:
        """The app's own DM replies come back as message.im events (Slack sends them; the app ignores them)."""
        person = self.pick(self.people)
        text, blocks = self.bot_reply_text()
        ts = self.ts()
        event: dict[str, Any] = {"bot_id": BOT_ID, "type": "message", "text": text, "user": BOT_USER, "ts": ts,
                                 "app_id": APP_ID, "team": person["team"],
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves",
                                                 "updated": EPOCH - 864000, "app_id": APP_ID,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-11-02/"
                                                                       "jeeves_36.png"},
                                                 "team_id": person["team"]},
                                 "channel": self.sid("D07", 8), "event_ts": ts, "channel_type": "im"}
        if blocks:
            event["blocks"] = blocks
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-bot-echo")

    def slack_home(self) -> dict[str, Any]:
        person = self.pick(self.people)
        event: dict[str, Any] = {"type": "app_home_opened", "user": person["id"], "channel": self.sid("D07", 8),
                                 "tab": self.pick(["home", "home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.6):
            event["view"] = {"id": self.sid("V07", 9), "team_id": person["team"], "type": "home", "blocks": [
                {"type": "header", "block_id": self.token(3)[:4],
                 "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                {"type": "section", "block_id": self.token(3)[:4], "text": {
                    "type": "mrkdwn", "verbatim": False,
                    "text": f"*Location:* {self.pick(BOT_REPLY_PLACES)}\n*Units:* metric\n*Daily alert:* on at "
                            f"{self.alert_time()} ({person['tz']})"}}],
                "private_metadata": "", "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}",
                "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
                "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
                "root_view_id": self.sid("V07", 9), "app_id": APP_ID, "external_id": "",
                "app_installed_team_id": person["team"], "bot_id": BOT_ID}
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-home")

    def slack_reaction(self) -> dict[str, Any]:
        person = self.pick(self.people)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]), "user": person["id"],
                 "reaction": self.pick(REACTIONS), "item_user": BOT_USER,
                 "item": {"type": "message", "channel": self.sid("D07", 8), "ts": self.ts()}, "event_ts": self.ts()}
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-reaction")

    def slack_unfurl(self) -> dict[str, Any]:
        person = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        path = self.pick(["/me/", "/admin/", "/admin/users?q=" + urllib.parse.quote(self.pick(LAST)),
                          "/admin/audit?q=feature.set", "/admin/features?done=switch_updated", "/admin/clients",
                          "/admin/gateway", "/auth/slack/", "/me/data.json"])
        ts = self.ts()
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True, "user": person["id"],
                 "message_ts": ts, "unfurl_id": f"{cid}.{ts}.{self.hexs(16)}", "source": "conversations_history",
                 "links": [{"domain": HOST, "url": BASE + path}], "event_ts": self.ts()}
        if self.chance(0.3):
            event["thread_ts"] = self.ts()
        return self.record("slack", "json", self.event_request(event, person["team"]), "slack-unfurl")

    def slash_command(self) -> dict[str, Any]:
        person = self.pick(self.people)
        team, domain = self.workspace(person)
        cid, cname = self.pick(CHANNELS + [(self.sid("D07", 8), "directmessage")] * 8
                               + [(self.sid("G07", 8), "privategroup")])
        text = self.command_text()
        if self.chance(0.08):
            text = self.pick(["", " ", "help"])
        fields = [("token", VERIFY_TOKEN), ("team_id", team), ("team_domain", domain),
                  ("enterprise_id", ENTERPRISE[0]), ("enterprise_name", ENTERPRISE[1]), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", person["id"]), ("user_name", person["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands", team)),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields),
                           "slash-command")

    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        team, domain = self.workspace(person)
        roll = self.rng.random()
        block_id = self.token(3)[:4]
        if roll < 0.72:
            place = self.fill(self.pick(PLACES + [c[0] for c in CLINICS]), False)
            action: dict[str, Any] = {"action_id": "set_location", "block_id": block_id,
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "value": place, "type": "button", "action_ts": self.ts()}
        elif roll < 0.87:
            action = {"action_id": "forget_me_confirm", "block_id": block_id,
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-",
                      "style": "danger", "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": block_id,
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-",
                      "type": "button", "action_ts": self.ts()}
        in_dm = self.chance(0.55)
        cid, cname = (self.sid("D07", 8), "directmessage") if in_dm else self.pick(CHANNELS)
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": person["id"], "username": person["handle"], "name": person["handle"], "team_id": team},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": not in_dm},
            "trigger_id": self.trigger(), "team": {"id": team, "domain": domain, "enterprise_id": ENTERPRISE[0],
                                                      "enterprise_name": ENTERPRISE[1]},
            "enterprise": {"id": ENTERPRISE[0], "name": ENTERPRISE[1]}, "is_enterprise_install": False,
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", team), "actions": [action]}
        if in_dm:
            if action["action_id"] == "set_location":
                text, blocks = self.bot_reply_text()
                while not blocks:
                    text, blocks = self.bot_reply_text()
                blocks[1]["elements"][0]["value"] = action["value"]
            else:
                text = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
                        "usage history. Are you sure?")
                blocks = [{"type": "section", "block_id": self.token(3)[:4], "text": {"type": "mrkdwn",
                                                                                      "text": text}},
                          {"type": "actions", "block_id": block_id, "elements": [
                              {"type": "button", "action_id": "forget_me_confirm", "value": "-", "style": "danger",
                               "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}},
                              {"type": "button", "action_id": "forget_me_cancel", "value": "-",
                               "text": {"type": "plain_text", "text": "Cancel", "emoji": True}}]}]
            payload["message"] = {"bot_id": BOT_ID, "type": "message", "text": text, "user": BOT_USER, "ts": msg_ts,
                                  "app_id": APP_ID, "blocks": blocks, "team": team}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.5),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", {"method": "POST", "uri": "/slack/interactions", "body": body,
                                                   "headers": self.slack_headers(
                                                       "application/x-www-form-urlencoded")}, "button-click")

    # ---- the data API ----------------------------------------------------------------------------------
    def trace_headers(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.25:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-{self.pick(['01', '00'])}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;o:rum;t.dm:-1,cp={self.hexs(16)}"
        elif roll < 0.35:
            trace = self.hexs(32)
            h["sentry-trace"] = f"{trace}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=ops-dash%401.{self.rng.randint(2, 9)}.0,"
                            f"sentry-public_key={self.hexs(32)},sentry-trace_id={trace},sentry-sample_rate=0.2")
        elif roll < 0.42:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        elif roll < 0.48:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        if self.chance(0.3):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"pbi.refresh.{self.hexs(10)}", f"grafana:{self.hexs(12)}"])

    def script_headers(self, client: str, scope: str) -> dict[str, str]:
        agents = {
            "opsdash-grafana": ["Grafana/11.3.1", "Grafana/11.4.0"],
            "pbi-usage:nightly": ["Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)"],
            "gha-jeeves-ci": ["curl/8.5.0", "GitHub-Actions-Runner/2.321.0 python-requests/2.32.3"],
            "hr-sync.bamboohr": ["python-httpx/0.28.1", "python-requests/2.32.3"],
            "recall-helper": ["node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "axios/1.7.9", "undici"],
            "it-scripts": ["PowerShell/7.4.6 (Microsoft Windows 10.0.22631; en-US)",
                           "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.22621.4391",
                           "HTTPie/3.2.4", "curl/8.9.1", "Wget/1.24.5"],
            "retool-ops": ["Retool/2.0 (+https://docs.tryretool.com/docs/apis)", "axios/1.7.9"],
        }
        h = {"User-Agent": self.pick(agents.get(client, ["python-requests/2.32.3"])),
             "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": f"Bearer {self.jwt(client, scope)}"}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br, gzip"])
        if "PowerShell" in h["User-Agent"] and self.chance(0.5):
            h["Accept-Language"] = "en-US"
        self.trace_headers(h)
        return h

    def api(self) -> dict[str, Any]:
        client = self.pick(["opsdash-grafana", "opsdash-grafana", "pbi-usage:nightly", "gha-jeeves-ci",
                            "hr-sync.bamboohr", "recall-helper", "it-scripts", "retool-ops"])
        roll = self.rng.random()
        if roll < 0.3:
            h = self.script_headers(client, self.pick(["read", "read write"]))
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["50", "100", "200", "500", "25", "10"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 300, 400, 500]))))
            for key, values in (("team_id", [w[0] for w in WORKSPACES]), ("active", ["true", "false", "1", "0"]),
                                ("alerts", ["true", "false", "on", "off", "True"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api", "query", self.get_request(uri, h), "api-users")
        if roll < 0.47:
            h = self.script_headers(client, "read")
            return self.record("api", "path", self.get_request(f"/api/users/{self.rng.randint(1, 420)}", h), "api-user")
        if roll < 0.66:
            h = self.script_headers(self.pick(["hr-sync.bamboohr", "it-scripts", "retool-ops"]), "read write")
            person = self.pick(self.people)
            doc: dict[str, Any]
            choice = self.rng.random()
            if choice < 0.3:
                doc = {"name": self.pick([person["name"], f"{person['name']} ({person['role']})",
                                          f"Dr. {person['first']} {person['last']}",
                                          f"{person['last']}, {person['first']}"]),
                       "email": person["email"]}
            elif choice < 0.45:
                doc = {"is_active": self.chance(0.4)}
                if self.chance(0.4):
                    doc["name"] = person["name"] + self.pick([" (left 01/2025)", " — mat leave", " [terminated]"])
            elif choice < 0.75:
                settings: dict[str, Any] = {}
                if self.chance(0.6):
                    settings["timezone"] = person["tz"]
                if self.chance(0.6):
                    settings["alert_time"] = self.alert_time()
                if self.chance(0.4):
                    settings["units"] = self.pick(["metric", "imperial"])
                if self.chance(0.4) or not settings:
                    settings["alerts"] = self.chance(0.7)
                doc = {"settings": settings}
            elif choice < 0.88:
                doc = {"email": self.pick([person["email"], person["email"].replace("@", "+jeeves@"),
                                           f"{person['handle']}@{self.pick(['cedarpearl.ca', 'cedarpearl.co.uk'])}"])}
            else:
                doc = {"is_admin": self.chance(0.5)}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            if self.chance(0.3):
                h["Idempotency-Key"] = self.uuid()
            body = json.dumps(doc, ensure_ascii=self.chance(0.4), separators=self.pick([(",", ":"), (", ", ": ")]))
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 420)}",
                                               "body": body, "headers": h}, "api-user-patch")
        if roll < 0.84:
            h = self.script_headers(self.pick(["opsdash-grafana", "pbi-usage:nightly", "retool-ops", "gha-jeeves-ci"]),
                                    "read")
            day = self.rng.randint(1, 13)
            since = self.pick([f"2025-01-{day:02d}T00:00:00Z", f"2025-01-{day:02d}T00:00:00-08:00",
                               f"2025-01-{day:02d}", f"2024-12-{day + 15:02d}T08:00:00.000Z",
                               f"2025-01-{day:02d}T07:00:00+00:00", f"2025-01-{day:02d} 06:00:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2025-01-14T23:59:59Z", "2025-01-14", "2025-01-14T15:00:00-08:00"])))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params)
            return self.record("api", "query", self.get_request(uri, h), "api-stats")
        if roll < 0.92:
            h = self.script_headers(client, "read")
            return self.record("api", "header", self.get_request("/api/switches", h),
                               "api-switches")
        if roll < 0.97:
            h = self.script_headers(self.pick(["it-scripts", "retool-ops"]), "read write")
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help",
                                "my_location", "forget_location"])
            doc = {"enabled": self.chance(0.6)}
            if self.chance(0.6):
                doc["team_id"] = self.pick([w[0] for w in WORKSPACES] + ["*"])
            h["Content-Type"] = "application/json"
            return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                               "body": json.dumps(doc), "headers": h}, "api-switch-put")
        h = {"User-Agent": self.pick(["openapi-generator/7.10.0", "Postman/11.22", "Swagger-Codegen/3.0.64/java",
                                      "python-requests/2.32.3"]), "Accept": "application/json"}
        return self.record("api", "header", self.get_request("/api/openapi.json", h), "api-openapi")

    # ---- browsers ---------------------------------------------------------------------------------------
    def browser_headers(self, nav: str = "navigate", form: bool = False, site: str = "same-origin") -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
            "Safari/537.36 Edg/131.0.0.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 "
            "Safari/605.1.15",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/18.2 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 "
            "Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S918W) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.135 "
            "Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.41.105 "
            "Chrome/130.0.6723.191 Electron/33.2.1 Safari/537.36 Sonic Slack_SSB/4.41.105"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
                       "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7" if "Chrome" in ua else
                       "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
             "Accept-Language": self.pick(["en-US,en;q=0.9", "en-CA,en;q=0.9,fr-CA;q=0.8", "fr-CA,fr;q=0.9,en;q=0.8",
                                           "en-GB,en;q=0.9", "en-IE,en-GB;q=0.9,en;q=0.8,ga;q=0.5",
                                           "es-US,es;q=0.9,en;q=0.8", "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "zh-CN,zh;q=0.9,en;q=0.8", "pa-IN,pa;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "ko-KR,ko;q=0.9,en-US;q=0.8", "pl-PL,pl;q=0.9,en-GB;q=0.8"]),
             "Accept-Encoding": "gzip, deflate, br, zstd" if "Chrome" in ua or "Firefox" in ua else "gzip, deflate, br",
             "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": nav, "Sec-Fetch-Site": site}
        if nav == "navigate":
            h["Sec-Fetch-User"] = "?1"
            h["Upgrade-Insecure-Requests"] = "1"
        if "Chrome" in ua:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            h["sec-ch-ua"] = f'"{brand}";v="131", "Chromium";v="131", "Not_A Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = ('"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua
                                       else '"macOS"')
        if "Firefox" in ua and self.chance(0.5):
            h["DNT"] = "1"
        if self.chance(0.15):
            h["Priority"] = "u=0, i"
        if form:
            h["Origin"] = "null"
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        jar = list(pairs)
        if self.chance(0.35):
            jar.append(self.ga_cookie())
            jar.append((f"_ga_{self.sid('', 10)}",
                        f"GS1.1.{EPOCH - 7200}.{self.rng.randint(2, 40)}.1.{EPOCH - 3600}.0.0.0"))
        if self.chance(0.15):
            jar.append(("_gcl_au", f"1.1.{self.rng.randint(10**8, 10**9)}.{EPOCH - 86400 * 30}"))
        if self.chance(0.15):
            jar.append(("hubspotutk", self.hexs(32)))
            jar.append(("__hstc", f"{self.rng.randint(10**7, 10**8)}.{self.hexs(32)}.{EPOCH - 90000}000."
                                  f"{EPOCH - 4000}000.{EPOCH - 100}000.{self.rng.randint(2, 30)}"))
        if self.chance(0.1):
            jar.append(("cookieconsent_status", "dismiss"))
        if self.chance(0.08):
            jar.append(("OptanonConsent", urllib.parse.quote(
                f"isGpcEnabled=0&datestamp=Mon Jan 13 2025 08:14:02 GMT-0800 (Pacific Standard Time)&version="
                f"202411.1.0&isIABGlobal=false&hosts=&consentId={self.uuid()}&interactionCount=1&landingPath="
                f"NotLandingPage&groups=C0001:1,C0002:1,C0003:0,C0004:0", safe="")))
        if self.chance(0.1):
            jar.append(("cp_lang", self.pick(["en", "fr-CA", "es", "vi", "zh-Hans"])))
        self.rng.shuffle(jar)
        return "; ".join(f"{k}={v}" for k, v in jar)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.24:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["first"], person["last"], person["email"], person["handle"],
                           person["id"], person["team"], "@cedarpearl.dental", person["last"].lower(),
                           person["name"].upper(), "o'sullivan", "O’Sullivan", "nguyen", "Nguyễn", "st-pierre",
                           "Jean-François", "mac giolla", "d'souza", "Dr. Lau", "陈小玲", "김", "Sandhu", "+jeeves@",
                           "W07", "T05CPCANADA", "kits", "hygien", "  Tremblay ", "fernandez-lopez", "Ní Bhriain"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 7)))] if self.chance(0.2) else [])
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            uri = "/admin/users?" + urllib.parse.urlencode(params, quote_via=self.pick([urllib.parse.quote_plus,
                                                                                         urllib.parse.quote]))
            return self.record("admin", "query", self.get_request(uri, h),
                               "admin-user-search")
        if roll < 0.36:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            person = self.pick(self.people)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("q", self.pick([person["last"], person["email"], "",
                                                                                 person["name"]])),
                                           ("page", str(self.pick([1, 1, 1, 2, 3]))),
                                           ("value", self.pick(["0", "1"]))])
            uri = f"/admin/users/{self.rng.randint(1, 420)}/{self.pick(['active', 'active', 'admin'])}"
            return self.record("admin", "form", {"method": "POST", "uri": uri, "body": body, "headers": h},
                               "admin-user-flag")
        if roll < 0.45:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me",
                                "my_location", "forget_location", "help"])
            if self.chance(0.2):
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick(WORKSPACES)[0])]
                uri = "/admin/features/remove"
            else:
                fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"]))]
                if self.chance(0.5):
                    fields.append(("team_id", self.pick([w[0] for w in WORKSPACES] + ["t05cpcanada", ""])))
                uri = "/admin/features"
            return self.record("admin", "form", self.form_request(uri, h, fields), "admin-feature")
        if roll < 0.55:
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            q = self.pick(["login", "user.active", "user.admin", "feature.set", "feature.remove_override",
                           "client.create", "client.rotate", "client.disable", "login.slack", "admin.map_slack",
                           "account.totp_enable", "user.forget_me", "denied", "failed", "ops.manager", "it-admin",
                           "2025-01-13", "T05CPCANADA/W07", "pbi-usage:nightly", "hr-sync.bamboohr"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.25) else [])
            uri = "/admin/audit?" + urllib.parse.urlencode(params)
            return self.record("admin", "query", self.get_request(uri, h),
                               "admin-audit")
        if roll < 0.72:
            h = self.browser_headers()
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/clients",
                              "/admin/gateway", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=Tremblay&page=1", "/admin/features?done=switch_updated",
                              "/admin/features?done=switch_removed", "/admin/clients?done=client_disabled",
                              "/admin/account?done=totp_enabled", "/admin/slack-sign-in?done=mapped",
                              "/admin/audit?page=3", "/admin/users?page=2"])
            if self.chance(0.08):
                h = {**h, "Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors"}
                h.pop("Sec-Fetch-User", None)
                h.pop("Upgrade-Insecure-Requests", None)
                page = "/admin/static/admin.css"
            return self.record("admin", "cookie", self.get_request(page, h),
                               "admin-page")
        if roll < 0.82:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random()
            client_id, description = self.pick(list(CLIENT_DESCRIPTIONS.items()))
            if sub < 0.5:
                fields = [("csrf_token", csrf), ("client_id", client_id),
                          ("description", self.pick([description, description, "", "tmp — delete after the Q1 audit"])),
                          ("scopes", "read")]
                if self.chance(0.4):
                    fields.append(("scopes", "write"))
                uri = "/admin/clients"
            elif sub < 0.75:
                fields = [("csrf_token", csrf)]
                uri = f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/rotate"
            else:
                fields = [("csrf_token", csrf)]
                uri = f"/admin/clients/{urllib.parse.quote(client_id, safe='')}/{self.pick(['disable', 'enable'])}"
            return self.record("admin", "form", self.form_request(uri, h, fields), "admin-client")
        if roll < 0.88:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            person = self.pick(self.people)
            if self.chance(0.75):
                fields = [("csrf_token", csrf), ("username", self.pick(["ops.manager", "it-admin", "kfernandez",
                                                                         "gsandhu", "mtremblay"])),
                          ("team_id", person["team"]), ("user_id", person["id"])]
                uri = "/admin/slack-sign-in"
            else:
                fields = [("csrf_token", csrf), ("username", self.pick(["kfernandez", "mtremblay"]))]
                uri = "/admin/slack-sign-in/remove"
            return self.record("admin", "form", self.form_request(uri, h, fields), "admin-slack-map")
        if roll < 0.93:
            h = self.browser_headers(form=True)
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random()
            if sub < 0.3:
                uri, fields = "/admin/account/totp/start", [("csrf_token", csrf)]
            elif sub < 0.65:
                secret = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
                uri, fields = "/admin/account/totp/confirm", [("csrf_token", csrf), ("totp_pending", secret),
                                                              ("totp", f"{self.rng.randint(0, 999999):06d}")]
            elif sub < 0.8:
                uri, fields = "/admin/account/totp/disable", [("csrf_token", csrf), ("password", self.password())]
            else:
                uri, fields = "/admin/logout", [("csrf_token", csrf)]
            return self.record("admin", "form", self.form_request(uri, h, fields), "admin-account")
        if roll < 0.97:
            h = self.browser_headers(site=self.pick(["none", "same-origin"]))
            jar = self.cookies()
            if jar:
                h["Cookie"] = jar
            uri = self.pick(["/admin/login", "/admin/login?next=%2Fadmin%2Fusers",
                             "/admin/login?next=/admin/audit%3Fq%3Dlogin", "/admin/login?bye=1",
                             "/admin/login?next=%2Fadmin%2Fusers%3Fq%3DO%2527Sullivan"])
            return self.record("admin", "query", self.get_request(uri, h),
                               "admin-login-page")
        return self.admin_login()

    def password(self) -> str:
        style = self.rng.random()
        if style < 0.4:  # a password manager's
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*-_=+?.,;:~"
            return "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(18, 32)))
        if style < 0.7:  # a passphrase
            words = ["molar", "cedar", "pearl", "floss", "Kitsilano", "snow", "Beaverton", "crown", "enamel",
                     "hygiene", "Plateau", "Leeds", "Cork", "bridge", "sealant", "wisdom"]
            joiner = self.pick(["-", " ", ".", "_"])
            return joiner.join(self.pick(words) for _ in range(4)) + str(self.rng.randint(1, 99))
        return self.pick(["Summer2024!Dental", "Cedar&Pearl#2025", "Tooth*Fairy_42", "Molar$Bear99!",
                          "K1ts-Cl1nic/2025", "Plateau@Montréal24", "S0n'a-Gh0ile!"])

    def admin_login(self) -> dict[str, Any]:
        csrf = self.token()
        h = self.browser_headers(form=True)
        h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
        fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/audit?q=login",
                                                            "/admin/users?q=O%27Sullivan"])),
                  ("username", self.pick(["ops.manager", "it-admin", "kfernandez", "gsandhu", "mtremblay",
                                          "Ops.Manager"])), ("password", self.password()),
                  ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                      f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
        return self.record("admin", "form", self.form_request("/admin/login", h, fields), "admin-login")

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        if "Firefox" in ua:
            boundary = "-" * 27 + "".join(self.rng.choice("0123456789") for _ in range(29))
        else:
            alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            boundary = "----WebKitFormBoundary" + "".join(self.rng.choice(alphabet) for _ in range(16))
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser_headers(site=self.pick(["none", "same-origin", "cross-site"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            if uri == "/me/data.json":
                h["Sec-Fetch-Dest"] = "document"
            return self.record("me", "cookie", {"method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": uri, "body": "",
                                                "headers": h}, "me-page")
        if roll < 0.6:
            place = self.fill(self.pick(PLACES + [person["addr"], person["clinic"] + " clinic",
                                                  f"{person['clinic']}, {person['addr'].rsplit(',', 1)[-1].strip()}"]),
                              False)[:100]
            fields = [("csrf_token", csrf), ("place", place)]
            return self.me_post("/me/location", fields, session, "me-location")
        if roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", self.pick([person["tz"], person["tz"],
                                                                                  self.pick(TIMEZONES)]))]
            if self.chance(0.65):
                fields.insert(2, ("alerts", "on"))
            return self.me_post("/me/settings", fields, session, "me-settings")
        uri, fields = self.me_exit_form(csrf)
        return self.me_post(uri, fields, session, "me-action")

    def me_post(self, uri: str, fields: list[tuple[str, str]], session: tuple[str, str], sub: str) -> dict[str, Any]:
        h = self.browser_headers(form=True)
        h["Cookie"] = self.cookies(session)
        if self.chance(0.25):
            body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
            return self.record("me", "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h}, sub)
        return self.record("me", "form", self.form_request(uri, h, fields), sub)

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(site=self.pick(["none", "same-origin"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", self.get_request(uri, h),
                               "signin-page")
        if roll < 0.33:
            h = self.browser_headers(site="same-origin")
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", self.get_request(uri, h),
                               "signin-start")
        if roll < 0.5:
            state = b64url(self.rng.randbytes(32))
            h = self.browser_headers(site="cross-site")
            h["Referer"] = self.pick(["https://slack.com/", "https://cedarpearl.enterprise.slack.com/",
                                      "https://app.slack.com/"])
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.12)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth", "query", self.get_request(uri, h),
                               "signin-callback")
        link = b64url(self.rng.randbytes(32))
        if roll < 0.66:
            h = self.link_expander()
            return self.record("auth", "path", self.get_request(f"/auth/slack/link/{link}", h), "signin-link-preview")
        if roll < 0.83:
            h = self.browser_headers(site="cross-site")
            if self.chance(0.3):
                h["User-Agent"] = self.pick([
                    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                    "Mobile/15E148 Slack/24.12.10 (iPhone; iOS 18.2; Scale/3.00)",
                    "Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/AP2A.240905.003; wv) AppleWebKit/537.36 "
                    "(KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.135 Mobile Safari/537.36 Slack/24.12.20.0"])
            return self.record("auth", "path", self.get_request(f"/auth/slack/link/{link}", h), "signin-link")
        csrf = self.token()
        h = self.browser_headers(form=True)
        return self.record("auth", "form", self.link_signin(link, h, csrf),
                           "signin-link-post")

    # ---- TokenDealer, health, metadata -----------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client = self.pick(["opsdash-grafana", "pbi-usage:nightly", "gha-jeeves-ci", "hr-sync.bamboohr",
                            "recall-helper", "it-scripts", "retool-ops", "jeeves-worker"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.5.0", "Go-http-client/2.0", "Grafana/11.3.1",
                                      "PowerShell/7.4.6 (Microsoft Windows 10.0.22631; en-US)", "python-httpx/0.28.1",
                                      "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(
            f"{urllib.parse.quote_plus(client)}:{urllib.parse.quote_plus(secret)}".encode()).decode()
        self.trace_headers(h)
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic), "oauth-token")
        token = self.jwt(client, self.pick(["read", "read write"]))
        h["Authorization"] = basic
        if roll < 0.78:
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth", "form", self.form_request("/oauth/introspect", h, fields), "oauth-introspect")
        if roll < 0.88:
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
            return self.record("oauth", "form", self.form_request("/oauth/revoke", h, fields), "oauth-revoke")
        del h["Authorization"]
        return self.record("oauth", "form", self.verify_request(h, token, 0.4), "verify-token")

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.35:
            ua = self.pick(["kube-probe/1.31", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0", "curl/8.5.0",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Datadog/Synthetics", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            uri = self.pick(["/healthz", "/healthz", "/healthz", "/readyz"])
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "uri": uri,
                                                    "body": "", "headers": h}, "health")
        if roll < 0.7:
            h = {"User-Agent": self.pick(["Go-http-client/2.0", "PyJWT/2.10.1", "jwks-rsa/3.1.0 (node)",
                                          "python-jose", "lua-resty-http/0.17.2"]), "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                    "uri": "/.well-known/jwks.json", "body": "", "headers": h}, "jwks")
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.5.0", "Authlib/1.4.0", "Grafana/11.3.1"]),
             "Accept": "application/json"}
        return self.record("health", "header", self.get_request("/.well-known/oauth-authorization-server",
                                                                h), "oauth-metadata")


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 270), ("slack_mention", 230), ("slack_file", 25), ("slack_edit", 30), ("slack_bot_echo", 80),
    ("slack_home", 50), ("slack_reaction", 22), ("slack_unfurl", 15), ("slash_command", 260), ("button_click", 140),
    ("api", 210), ("admin", 130), ("admin_login", 12), ("me", 90), ("sign_in", 45), ("tokendealer", 55),
    ("health", 40),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The day, kinds interleaved in the order they happen (after Slack's URL verification)."""
    gen = DentalDay()
    todo = [name for name, count in PLAN for _ in range(count)]
    gen.rng.shuffle(todo)
    yield gen.slack_verification()
    for name in todo:
        yield getattr(gen, name)()
