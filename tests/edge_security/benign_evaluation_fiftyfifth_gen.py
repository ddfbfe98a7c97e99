"""Benign evaluation set (fiftyfifth): a hospital's clinical operations and scheduling team, benign only.

The company is North Star Regional Health, a teaching hospital network around Minneapolis-St. Paul (the Mill City
campus, Lakeside Children's, Capitol Heights in St. Paul, a surgery center in Bloomington, a critical access
hospital on the Iron Range) with a coding and revenue-cycle team in Manila. Its house supervisors, bed managers,
charge nurses, pharmacists, theatre and clinic schedulers and clinical coders use Jeeves for the weather that runs
their day (snow and wind chill before the 7a/7p handover, helicopter transfers, community visits) and talk to it the
way they talk to each other: ICD-10 and CPT codes, drug names with doses (5 mg/kg q8h, 0.9% NaCl at 125 mL/h), HL7
v2 segments with | and ^ separators pasted from the interface engine, unit, room and bed numbers, shift rotas, lab
values with < and >, patient-safe pseudonyms instead of names, pager and extension numbers, and many languages
(Spanish, Somali, Hmong, Vietnamese, Tagalog, Russian, Arabic, Amharic, Malayalam, Chinese).

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that), in the shapes its clients send: Slack's Events API (url_verification,
app_mention, message.im and what that subscription delivers: threads, edits, deletions, file shares, Jeeves' own
replies; app_home_opened), `/jeeves` slash commands, block_actions clicks on Jeeves' own buttons (set_location,
forget_me_confirm, forget_me_cancel), the data API with a bearer JWT (users list/read/patch, usage stats, switches),
the admin panel's pages and forms with csrf_token, `/me/` and its forms, Sign in with Slack and the bot's one-time
links, TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Events API envelope, Slack POSTs (slack_request, slack_form_request), timestamps, access tokens, trigger_id
and response_url, block ids, the App Home event, a weather reply's blocks, a shared file's URLs, HELP_REPLY and
FORGET_ME come from evaluator_routes, its GETs and form POSTs, the one-time link's preview and TokenDealer's Basic
credentials from evaluator_web.WebApp; its people, rich-text elements, browsers and scripts' headers are its own.
"""

from __future__ import annotations

import base64
import json
import re
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_routes import FORGET_ME, HELP_REPLY, file_urls
from .evaluator_web import WebApp
from .records import b64url, no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fiftyfifth"
SEED = 55_2025_0114
EPOCH = 1736834400  # 2025-01-14 06:00 UTC (00:00 in Minneapolis), a Tuesday: a clipper system and -20 °F wind chill
TEAM, TEAM_DOMAIN = "T02NSRHOPS", "nsrh-clinops"
PARTNER_TEAM, PARTNER_DOMAIN = "T05MNLCODE", "nsrh-rcm-manila"  # the Manila coding team's own workspace
APP_ID, BOT_USER, BOT_ID = "A04JVS7K2Q", "U04JEEVESB", "B04JEEVES7"
VERIFY_TOKEN = "q8ZrT3mYvN1wKc6PdLf0HsXa"
HOST = "jeeves.nsrh.org"
BASE = f"https://{HOST}"

FIRST = ["Abdirahman", "Hodan", "Fadumo", "Liban", "Xee", "Pa Nhia", "Kou", "Thảo", "Minh", "Bảo", "María José",
         "Guadalupe", "Joaquín", "Marisol", "Chinedu", "Ngozi", "Olumide", "Maricel", "Jonalyn", "Rhea Mae",
         "Anand", "Sreelakshmi", "Priya", "Tsegaye", "Mekdes", "Yusra", "Ekaterina", "Dmitri", "Ingrid",
         "Kristofer", "Siobhan", "Brendan", "LaToya", "DeShawn", "Mary Beth", "Jo-Anne", "Zoë", "Renée", "Björn",
         "Kateri", "Wei", "Soo-jin", "Mohammed", "Aurelio", "Chloé", "Tomasz", "Halima", "Nkechi", "Dagny", "Lê"]
LAST = ["Abdi", "Warsame", "Xiong", "Vang", "Lor", "Thao", "Nguyễn", "Trần", "Hernández", "García-López",
        "Okafor", "Adeyemi", "dela Cruz", "Santos", "Reyes", "Nair", "Menon", "Pillai", "Tesfaye", "Bekele",
        "Hassan", "Al-Sayed", "Ivanova", "Kowalczyk", "Lindqvist", "Johansson", "Olson", "Haugen", "O'Brien",
        "McCarthy", "Two Bulls", "St. Germaine", "Ng", "Park", "Zhang", "Schmidt", "Mbah", "D'Souza",
        "Van Der Berg", "Nyberg-Ruiz", "Ó Súilleabháin", "Yusuf", "Kaur", "Jama", "Moua", "Her"]
ROLES = ["RN", "Charge RN", "House Sup", "Bed Mgmt", "PharmD", "Scheduler", "CCS", "Unit Clerk", "Hospitalist",
         "NP", "PA-C", "RRT", "CNA", "Transfer Ctr", "OR Scheduler", "Case Mgmt", "CDI"]

SITES = [
    ("Mill City Campus", "815 S 9th St, Minneapolis, MN 55404"),
    ("Lakeside Children's", "2820 Chicago Ave, Minneapolis, MN 55407"),
    ("Capitol Heights Hospital", "345 Smith Ave N, St Paul, MN 55102"),
    ("Bloomington Surgery Center", "8100 Penn Ave S, Suite 200, Bloomington, MN 55431"),
    ("Iron Range CAH", "901 9th St N, Virginia, MN 55792"),
    ("Harbor Clinic Duluth", "402 E Superior St, Duluth, MN 55802"),
    ("Cedar-Riverside Family Clinic", "1610 S 6th St #120, Minneapolis, MN 55454"),
]
PLACES = ["Minneapolis", "St. Paul", "Saint Paul, MN", "Bloomington MN", "Duluth", "Virginia, MN", "Hibbing",
          "Rochester, MN", "St. Cloud", "Eagan", "Maple Grove", "Brooklyn Park", "Shakopee", "Woodbury",
          "Stillwater", "Hudson, WI", "Eau Claire", "Fargo", "Mankato", "Willmar", "Cloquet", "Grand Marais",
          "Two Harbors", "White Bear Lake", "Coon Rapids", "Inver Grove Heights", "Apple Valley", "Lakeville",
          "Edina", "Richfield", "Fridley", "Anoka", "Elk River", "Red Wing", "Hastings", "Chaska",
          "55404", "55102", "55792", "55431", "44.9731, -93.2620", "46.7867,-92.1005", "47.5230° N, 92.5366° W",
          "Manila", "Quezon City", "Makati", "Cebu City", "Kochi", "Thiruvananthapuram", "Hargeisa", "Mogadishu",
          "Addis Ababa", "Hà Nội", "Thành phố Hồ Chí Minh", "Guadalajara", "Oaxaca", "Lagos", "Москва",
          "Ciudad de México", "Nairobi", "Chiang Mai", "Dublin", "Winnipeg", "Thunder Bay", "Sioux Falls"]
TIMEZONES = ["America/Chicago", "America/Chicago", "America/Chicago", "America/New_York", "America/Denver",
             "America/Los_Angeles", "Asia/Manila", "Asia/Manila", "Asia/Kolkata", "Africa/Nairobi", "Europe/Dublin",
             "America/Winnipeg", "UTC", "Asia/Ho_Chi_Minh", "America/Mexico_City", "Africa/Addis_Ababa"]
UNITS = ["4 West (Med-Surg)", "5E Tele", "MICU", "SICU", "CVICU", "NICU", "PICU", "L&D", "Mother-Baby 3N",
         "ED Pod C", "Obs Unit", "Ortho 6S", "Onc 7 North", "BH 2B", "PACU", "Cath Lab", "Dialysis", "Rehab 8W",
         "Peds 3 South", "Neuro ICU", "Step-down 5W", "Pre-op Holding", "Endo", "IR"]
BEDS = ["Rm 412-B", "bed 7", "MICU-07", "5E-22A", "ED C14", "hallway bed H3", "L&D triage 3", "NICU pod 2/bed 18",
        "OBS-11", "6S-614-1", "room 731 (neg pressure)", "7N-708 window", "PACU slot 4", "CVICU 12",
        "BH 2B-205", "bay 3 bed 2", "Rm 5W-14 (isolation, contact+)", "3S-318", "Peds 3S rm 22", "PICU 9"]
PSEUDOS = ["Pt \"Blue Heron\"", "Pt Lilac-42", "Patient Walleye", "pt TANGO-7", "Pt K.O. (initials only)",
           "Pt \"Aspen\"", "Baby Girl Birch", "Pt Loon-03", "Pt Granite", "Pt W-1187 (pseudonym)", "Pt Maple",
           "pt \"Juniper\" (88 y/o)", "Pt Orion", "Baby Boy Cedar (twin B)", "Pt Sumac", "Pt Tamarack"]
DRUGS = [
    "vancomycin 15 mg/kg IV q12h, trough goal 10–15 mcg/mL", "gentamicin 5 mg/kg IV q24h (extended interval)",
    "cefepime 2 g IV q8h", "piperacillin-tazobactam 4.5 g IV q6h (extended infusion over 4 h)",
    "acyclovir 10 mg/kg IV q8h", "ampicillin 50 mg/kg IV q6h", "0.9% NaCl 1,000 mL IV at 125 mL/h",
    "LR 30 mL/kg bolus", "D5 ½NS + 20 mEq KCl/L at 100 mL/h", "KCl 40 mEq PO x1, recheck BMP at 1600",
    "heparin 80 units/kg bolus then 18 units/kg/h", "enoxaparin 1 mg/kg SC q12h", "enoxaparin 40 mg SC daily",
    "insulin glargine 22 units SC qHS + lispro sliding scale AC/HS", "norepinephrine 0.05 mcg/kg/min, titrate MAP ≥65",
    "propofol 20 mcg/kg/min", "fentanyl 25–50 mcg IV q1h PRN", "morphine 2 mg IV q3h PRN pain 7–10/10",
    "acetaminophen 650 mg PO q6h PRN (max 3 g/24 h)", "ondansetron 4 mg IV q6h PRN N/V",
    "magnesium sulfate 2 g IV over 1 h", "furosemide 40 mg IV BID", "metoprolol tartrate 25 mg PO BID, hold if HR<55",
    "amoxicillin 90 mg/kg/day divided BID (peds)", "ceftriaxone 2 g IV q24h", "dexamethasone 6 mg PO daily x10 days",
    "naloxone 0.4 mg IV PRN RR<8", "levetiracetam 500 mg IV q12h", "oxytocin 30 units/500 mL at 2 milliunits/min",
    "caffeine citrate 20 mg/kg load then 5 mg/kg daily (NICU)", "3% NaCl 250 mL over 1 h, Na q4h",
]
LABS = ["K+ 6.1 (H)", "K 2.9 mmol/L", "Na 128", "Cr 2.4 (baseline 1.1)", "eGFR <15", "eGFR >60", "Hgb 6.8 g/dL",
        "plt <20K", "plt 412", "WBC 18.2", "lactate 4.3 mmol/L", "lactate >2, repeat in 2 h", "troponin I <0.01",
        "hs-trop 54 → 212 ng/L", "INR 3.8", "INR >10 (critical)", "glucose <40", "BG 412 mg/dL", "pH 7.21",
        "pCO2 >70", "SpO2 <88% on 4 L NC", "CRP >200", "procalcitonin 0.08", "A1c 11.2%", "TSH <0.01",
        "vanc trough 22.4 (goal 10–15)", "gent level <1", "ammonia 98", "BNP >5000", "Mg 1.2", "phos <1.0",
        "ANC <500", "bili 18.4 (DOL 3)", "CK >20,000", "ethanol <10", "pO2 58 on FiO2 0.6", "HCO3 14"]
ICD = ["J18.9 (pneumonia, unsp.)", "A41.9 sepsis", "I21.4 NSTEMI", "I21.09", "N17.9 AKI", "E11.65",
       "E87.1 hypo-osmolality/hyponatremia", "J96.01", "U07.1 COVID-19", "J10.1 flu A", "S72.001A hip fx",
       "T67.01XA heatstroke", "T33.532A frostbite L hand", "T68.XXXA hypothermia", "W00.0XXA fall on ice",
       "O80", "P07.38 (31 wks)", "Z38.00", "F10.239", "K35.80", "R65.21 severe sepsis w/ shock", "I63.9",
       "N39.0 UTI", "L03.116 cellulitis L lower limb", "Z51.11 chemo", "J44.1 COPD exac", "I50.23", "D62"]
CPT = ["99223", "99233", "99291 + 99292", "93000", "71046", "70450", "36415", "80053", "85025", "99285-25",
       "31500", "36556", "93458", "47562", "27130", "59510", "96413", "90471", "G0378 (obs)", "99468 (NICU day 1)",
       "0241U", "87637", "94640", "27245", "43239"]
SHIFTS = ["7a–7p", "7p–7a", "0645–1915", "1845–0715", "D 07:00–19:30", "N 19:00–07:30", "3×12s Wed–Fri",
          "11a–11:30p mid", "0800–1630 (M–F)", "call 1700–0800", "PTO", "8h eve 1500–2330", "Sat/Sun 12s",
          "1st shift", "noc", "4x10s"]
TIMES = ["before 0645 handover", "at 1900", "by 06:30", "tonight ~2300", "tomorrow 0530", "Wed 1/15 7a",
         "around noon", "0200–0400", "after 5 pm", "at 14:00", "1/14 @ 1830", "first case 0730",
         "this am", "EOD", "in 20 min", "before the 1500 bed huddle"]
PHONES = ["x62218", "ext. 4-7731", "pager 4471", "(612) 555-0148", "612-555-0193", "+1 651 555 0127",
          "Vocera \"House Sup\"", "bleep 3310", "+63 2 8555 0142", "(218) 555-0101", "TC line 612-555-0100",
          "Spectralink 5-2290"]
EMOJI = [":snowflake:", ":hospital:", ":pill:", ":syringe:", ":ambulance:", ":helicopter:", ":pray:", ":thumbsup:",
         ":white_check_mark:", ":eyes:", ":cold_face:", ":warning:", ":bed:", ":coffee:", ":sweat_smile:",
         ":rotating_light:", "❄️", "🥶", "🚑", "🚁", "🙏", "✅", "👀", "☕", "😅", "🛏️", "💉", "🌨️", "🇵🇭", "🇸🇴"]
LINKS = [
    "https://forecast.weather.gov/MapClick.php?lat=44.9731&lon=-93.2620&unit=0&lg=english&FcstType=graphical",
    "https://forecast.weather.gov/MapClick.php?CityName=Duluth&state=MN&site=DLH&textField1=46.7833&textField2=-92.1064",
    "https://www.weather.gov/mpx/winter",
    "https://511mn.org/@-93.26,44.97,10?show=winterDriving,incidents,cameras",
    "https://www.aviationweather.gov/metar/data?ids=KMSP+KDLH+KHIB&format=decoded&hours=2&taf=on",
    "https://www.amion.com/cgi-bin/ocs?Lo=nsrh+hosp&Rsel=214&Syr=2025&Month=1&Day=14",
    "https://app.qgenda.com/Schedule?scheduleView=calendar&startDate=2025-01-13&endDate=2025-01-19",
    "https://nsrh.sharepoint.com/sites/ClinicalOps/Shared%20Documents/Bed%20Huddle/2025-01-14%20huddle.xlsx?web=1",
    "https://nsrh.sharepoint.com/:w:/s/Pharmacy/EaB3xYq1Lk9Jm?e=Zx3p7Q",
    "https://intranet.nsrh.org/policies/PC-114_Severe-Weather-Staffing.pdf#page=3",
    "https://intranet.nsrh.org/bedboard?campus=millcity&unit=5E&view=census",
    "https://www.icd10data.com/ICD10CM/Codes/T66-T88/T66-T78/T68-/T68.XXXA",
    "https://www.aapc.com/codes/cpt-codes/99291",
    "https://www.uptodate.com/contents/accidental-hypothermia-in-adults?search=hypothermia&source=search_result",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzI2YTk4%40thread.v2/0?context=%7b%22Tid%22%3a%22"
    "7f3e2a9c%22%7d",
    "https://us06web.zoom.us/j/81234567890?pwd=c25vd2RheS1odWRkbGU",
    "https://www.cdc.gov/flu/weekly/index.html",
    "https://www.health.state.mn.us/diseases/flu/stats/index.html",
    "https://docs.google.com/spreadsheets/d/1xQ7Vb2kLmN4pR8sT0uW3yZ5aC6dE9fG/edit#gid=0",
    "https://www.mnwalk.org/road-reports?county=St.+Louis&date=2025-01-14",
]
EMAILS = ["housesup@nsrh.org", "bedmgmt-millcity@nsrh.org", "transfer.center@nsrh.org", "rcm-coding@nsrh.org",
          "pharmacy.ivroom@nsrh.org", "hodan.warsame@nsrh.org", "j.delacruz@nsrh-rcm.ph"]

HL7 = [
    "MSH|^~\\&|EPICADT|NSRH|BEDBOARD|NSRH|20250114053012||ADT^A02^ADT_A02|MSG00018342|P|2.5.1\n"
    "EVN|A02|20250114053000\nPID|1||NS4481207^^^NSRH^MR||PSEUDO^HERON^B||19610302|F\n"
    "PV1|1|I|5E^522^A^MILLCITY||||4417^OKAFOR^CHINEDU^^^MD|||MED||||||||V00912834",
    "MSH|^~\\&|LAB|NSRH|EPIC|NSRH|202501140612||ORU^R01|LAB7781293|P|2.3\nPID|1||NS7730021^^^NSRH^MR||TEST^LILAC\n"
    "OBR|1|||BMP^BASIC METABOLIC PANEL\nOBX|1|NM|2823-3^Potassium^LN||6.1|mmol/L|3.5-5.1|H|||F\n"
    "OBX|2|NM|2951-2^Sodium^LN||128|mmol/L|135-145|L|||F\nOBX|3|NM|33914-3^eGFR^LN||<15|mL/min/1.73m2|>60|L|||F",
    "MSH|^~\\&|QGENDA|NSRH|EPIC|NSRH|20250114070500||SIU^S12|SCH000482|P|2.4\n"
    "SCH|88213|88213||||ROUTINE|FOLLOWUP|30|MIN|^^30^20250114093000^20250114100000\n"
    "AIL|1||CEDAR^EXAM3^^CRFC\nAIP|1||7720^NGUYEN^THAO^^^NP|NP",
    "ADT^A01 for pt TANGO-7 came through with PV1-3 = \"ED^C14^^MILLCITY\" but the bed board still shows C12",
    "PID-3 has two identifiers: NS5521980^^^NSRH^MR~998877^^^MNSTATE^SS — the second one shouldn't be in the feed",
    "OBX|1|ST|SARS-CoV-2^COVID PCR||Not Detected||||||F — that's the string the feed sends, the dashboard reads it as"
    " positive??",
    "PV1|1|E|EDPODC^C07^^MILLCITY|||||||||||||||||E2025011400731",
    "ORM^O01 from pharmacy: RXO|^vancomycin 1250 mg IV q12h||1250||mg|||||||||||",
]
TABLES = [
    "```\nUnit     Cap  Census  Pend-Adm  Pend-DC  Open\n5E Tele   32    31       4         2       1\n"
    "4 West    36    36       6         3       0\nMICU      20    19       2         0       1\nOrtho 6S  28    24"
    "       1         5       4\n```",
    "```\nSHIFT      MON 1/13   TUE 1/14   WED 1/15\n7a-7p      Maricel    Hodan      Joaquín\n"
    "7p-7a      Kou        Kou        Sreelakshmi\ncharge 7a  Ngozi      Ngozi      Mary Beth\n```",
    "```\nDRG 871 | LOS 6.2 | GMLOS 4.9 | CMI 1.92\nDRG 291 | LOS 5.1 | GMLOS 3.8 | CMI 1.34\n```",
    "```\nWind chill (°F)  -15  -20  -25  -30\nFrostbite (min)   30   30   15   10\n```",
]

# What people type to Jeeves: in a DM, after an @mention, or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %SITE%", "weather in %PLACE% tomorrow", "weather %PLACE% please", "weather",
    "weather %PLACE%?", "weather for %SITE% %EMOJI%", "Weather near %PLACE% this evening", "wether %PLACE%",
    "weather %PLACE% tonight", "weather at the %SITENAME% helipad", "weather %SITENAME%", "weather %PLACE% pls",
    "remember location %SITE%", "remember location %PLACE%", "remember location %SITENAME%", "my location",
    "forget location", "help", "config", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%",
    "config time %HHMM%", "config units imperial", "config units metric", "alerts on", "alerts off", "alerts",
    "login", "forget me", "help me", "what can you do?", "weather %PLACE% — driving in for %SHIFT%",
    "weather in %PLACE% %EMOJI%", "config alert_time 5:45", "is it snowing in %PLACE%?", "thanks Jeeves!",
    "hi 👋", "weather Mill City Campus, Minneapolis", "remember location Lakeside Children's Hospital",
]
CHAT = [
    "Will the roads be ok %TIME%? Night staff for %UNIT% are coming from %PLACE% %EMOJI%",
    "weather %PLACE% — deciding whether to fly the transfer (%ICD%) or send ground :helicopter:",
    "%WHO% can you cover %SHIFT% on %UNIT%? %PSEUDO% in %BED% needs 1:1",
    "bed request: %PSEUDO%, dx %ICD%, needs tele, ETA %TIME%. %UNIT% has %BED% open after EVS",
    "pharmacy says %DRUG% — please verify the weight before the 2nd dose (%LAB%)",
    "Critical lab for %PSEUDO% (%BED%): %LAB%. Provider notified %TIME%, read-back done ✅",
    "snow emergency declared in %PLACE%. Remember staff can use the Ramp C overflow, validate tickets at the desk",
    "coding q: %ICD% + %ICD% or just the combo code? Attending documented \"%LAB%\" on day 2",
    "is %CPT% billable with %CPT% same day, or does it need modifier -59/XU?",
    "%WHO% HL7 from the bed board again: %HL7%",
    "feed is sending this, can someone in interfaces look?\n```\n%HL7%\n```",
    "rota swap approved: %WHO% ⇄ %WHO% for %SHIFT%, Thu 1/16. Updated in QGenda: %LINK%",
    "huddle at %TIME% in the 3rd floor conf room (or Teams: %LINK%)",
    "Wind chill -31°F at 0600 per NWS (%LINK%). Activating PC-114 Severe Weather Staffing — %CHAN%",
    "Transport on hold: %PLACE% → %SITENAME% for %PSEUDO%, visibility <1/4 mi, ceiling <500 ft",
    "%UNIT% census %CENSUS%, 2 pending admits from ED, 1 DC before noon. Can we flex %BED%?",
    "OR schedule: first case %TIME%, lap chole (CPT 47562) then THA (CPT 27130). Anesthesia ok if snow < 6\"",
    "%PSEUDO% on %DRUG%; last %LAB%. Hold next dose? %WHO%",
    "Reminder: sepsis bundle (SEP-1) — lactate within 3 h, repeat if >2, 30 mL/kg crystalloid if MAP <65",
    "Please don't put patient names in this channel, use the pseudonym (%PSEUDO%) + bed (%BED%) only 🙏",
    "frostbite x2 in the ED overnight (T33.5x), 1 hypothermia (T68.XXXA), core temp 31.8 °C. Peds 3S has space",
    "%WHO% the dialysis van from %PLACE% is canceled today, can we reschedule to %TIME%?",
    "call-in line %PHONE% — if you can't make it in because of the storm, call BEFORE %TIME% please",
    "pharmacy IV room: %DRUG% premixed bags delayed (supplier truck stuck on I-35). Use the vials meanwhile",
    "%UNIT%: 2 RNs short for %SHIFT%. Float pool sending 1, agency 1 (arrives %TIME%)",
    "Can Jeeves tell me if it'll be below -20 when I leave at 19:30? last night my car didn't start 🥶",
    "Staffing grid: 1:4 on tele, 1:2 ICU, 1:1 for %PSEUDO%. Ratios < grid = incident report",
    "Reminder: chlorhexidine wipes (CHG 2%) for all central lines, not the 0.5% ones",
    "EVS: terminal clean for %BED% (C. diff, bleach) — ETA %TIME%?",
    "%WHO% the Somali interpreter is on video today, ext. 6-4410, in-person back Thursday",
    "Observation vs inpatient: %PSEUDO% crossed 2 midnights, need the status order changed (G0378 stops)",
    "code blue %UNIT% %BED% cleared, pt to %UNIT%. Debrief at %TIME%",
    "Anyone know if the skyway between the ramp and Tower B is open? Outside is brutal today ❄️",
    "BG checks AC & HS for %PSEUDO%, BG >300 x2 → call. Endo consult placed",
    "NICU: caffeine citrate 20 mg/kg load given at 0410, maintenance 5 mg/kg q24h. Weight 1.42 kg",
    "Peds dosing check pls: amoxicillin 90 mg/kg/day ÷ BID, wt 18.6 kg → 837 mg BID → round to 800 mg?",
    "Mag 4 g IV over 20 min then 2 g/h for %PSEUDO% (pre-eclampsia, O14.13). L&D triage 3",
    "DVT ppx: enoxaparin 40 mg SC daily unless CrCl <30 → 30 mg; weight >120 kg → 40 mg BID",
    "sent the updated census to %EMAIL% — pls check column F (pending DC)",
    "¿Alguien puede cubrir el turno de noche en %UNIT%? La nieve está fatal en %PLACE% 🌨️",
    "Paciente %PSEUDO% en %BED%: necesita intérprete de español a las %TIME%",
    "Walaal, barafku aad buu u badan yahay maanta. Ma imaan karo ilaa 9:00 subaxnimo — %UNIT%",
    "Kuv yuav tuaj lig me ntsis vim daus ntau heev. Kuv nyob %PLACE%",
    "Hôm nay tuyết rơi nhiều quá, em sẽ đến trễ khoảng 30 phút. Ca %SHIFT%",
    "Pasensya na po, late ako ng 20 minutes, ang lamig sa labas! Ca %SHIFT% sa %UNIT%",
    "Коллеги, дороги в %PLACE% очень скользкие, приеду к %TIME%. Смена %SHIFT%",
    "الطريق مغلق بسبب الثلج، سأصل متأخراً حوالي ساعة. الوحدة %UNIT%",
    "ዛሬ በረዶው በጣም ብዙ ነው፣ ትንሽ እዘገያለሁ። %UNIT%",
    "ഇന്ന് ഭയങ്കര മഞ്ഞ് ആണ്, ഞാൻ 15 മിനിറ്റ് വൈകും. %SHIFT%",
    "今天雪很大，我可能晚到半小时。%UNIT% 的交班请等我一下 🙏",
    "오늘 눈이 너무 많이 와서 조금 늦을 것 같아요. %SHIFT% 근무입니다",
    "Coding team Manila: %ICD% queries for 1/13 discharges are in the worklist, 14 charts, DNFB $182,400",
    "DNFB over 5 days: 37 accounts, $1.26M. Top holds: missing op note (12), CDI query (9), H&P (6)",
    "CDI query: \"acute on chronic HFrEF\" (I50.23) vs \"CHF exac\" — provider answered \"A/C systolic\" ✅",
    "E/M level for %PSEUDO%: MDM high, 2+ chronic illnesses w/ exacerbation → %CPT%",
    "modifier -25 on %CPT% + -59 on 93000? payer (BCBS MN) keeps denying with CO-97",
    "%ICD% principal, %ICD% secondary, POA = Y/N/U/W? the abstract has it blank",
    "Vaccine clinic at %SITENAME% canceled %TIME% (CPT 90471 appts moved to Thursday). Texting pts now",
    "L&D: 3 laboring, 2 inductions (oxytocin 2 mU/min, ↑ 2 q30min, max 20), 1 scheduled C/S (CPT 59510) at 0730",
    "ok", "👍", "ty!", "on my way in", "thanks %WHO%!", "sorry wrong DM", "lol same", ":cold_face: :cold_face:",
    "running ~15 min late, I-94 is a parking lot", "%PSEUDO% going to %BED% — report called to %WHO% at %PHONE%",
    "weight-based heparin: 80 units/kg bolus (max 10,000 u), 18 u/kg/h, aPTT q6h goal 60–85 s",
    "vanc AUC/MIC 400–600 per the new protocol, not troughs — see %LINK%",
    "Last night's ED boarding: 14 pts > 4 h, longest 19 h (BH). Mean door-to-bed 6h12m",
    "The sign on %BED% says \"NPO > midnight\" but the OR is at 1400 — can they have clears until 1000?",
    "%WHO% pls call %PHONE% re: %PSEUDO% family (speaks Hmong + some English, son is contact)",
]
LONG = [
    "*SBAR — %UNIT% to %UNIT%*\nS: %PSEUDO%, %BED%, admitted %ICD%\nB: 78 y/o, CKD 4 (%LAB%), on %DRUG%\n"
    "A: %LAB%, MAP 62, UOP <0.5 mL/kg/h x 4 h\nR: ICU eval, repeat lactate %TIME%, hold nephrotoxins",
    "*House Sup handoff %SHIFT%* :hospital:\n• Census 612/640, ED holding 18 (6 admits)\n• Diversion: NO\n"
    "• Staffing: 5E -2 RN, MICU -1, float pool 3 out\n• Weather: wind chill -28°F, snow 4–6\" after 1500\n"
    "• Transport: Life Link grounded till ceilings > 1,000 ft\n• Open beds: %BED%, %BED%, %BED%",
    "Severe weather staffing (PC-114), day 1:\n1) stay-over pay approved for 7p staff who stay to 11p\n"
    "2) cots in the 2nd floor classrooms (sign up w/ %WHO%)\n3) cafeteria open 24/7, meal tickets at the desk\n"
    "4) childcare: Lakeside daycare open 0530–2000\nQuestions → %PHONE% or %EMAIL%",
    "Bed huddle %TIME%\n%TABLE%\nPriorities: ED boarders to %UNIT% first, then PACU holds. DCs before 11 please 🙏",
    "Coding summary 1/13 (Manila team)\n- 214 inpatient charts coded, 31 pending CDI\n- Top DRGs: 871 (sepsis w/o"
    " MV >96 h w MCC), 291 (HF & shock w MCC), 470\n- Denials: CO-97 x6 (%CPT%), CO-16 x3\n- %ICD% queries: 9",
    "Interface down-time notes (ADT feed 0212–0247):\n```\n%HL7%\n```\nMessages queued in Mirth, replayed at 0251."
    " Please re-check bed assignments on %UNIT% and %UNIT%",
    "Pharmacy update :pill:\n- %DRUG%\n- %DRUG%\n- shortage: 0.9% NaCl 100 mL bags → use 50 mL minibags or IV push"
    " where allowed\n- renal dosing: CrCl <30 → check with PharmD (%PHONE%)",
    "Rota next week (draft) — reply with swaps by Fri 1200\n%TABLE%\n_Unfilled:_ Sat noc %UNIT%, Sun 7a %UNIT%",
    "From the transfer center: %PSEUDO% at Iron Range CAH, %ICD%, %LAB%, needs cath (CPT 93458). Fixed wing from "
    "HIB if vis > 3 mi, else ground 3.5 h on US-53. Weather %PLACE%?",
]
BOT_REPLIES = [
    HELP_REPLY,
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 05:45 (America/Chicago).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%SITENAME%\u201d.",
    "%PLACE%: Snow, -12°F, wind 24 mph; today -17°F to -4°F, 80% chance of precipitation",
    "%PLACE%: Overcast, -21°C, wind 31 km/h; today -26°C to -18°C, 40% chance of precipitation",
    "%PLACE%: Clear sky, 31°C, wind 9 km/h; today 25°C to 33°C, 10% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 05:45\n• alerts: on\n• timezone: America/Chicago\n• units: imperial\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
]
CHANNELS = ["house-sup", "bed-management", "transfer-center", "5e-tele", "4west-medsurg", "micu", "nicu", "ld-unit",
            "ed-pod-c", "pharmacy-ops", "or-scheduling", "clinic-scheduling", "rcm-coding", "cdi", "interfaces-hl7",
            "staffing-float-pool", "severe-weather", "iron-range-cah", "general", "random"]
FILES = ["Census_2025-01-14_0600.xlsx", "Bed huddle 1-14 (final).pptx", "rota_wk03_DRAFT v2.xlsx",
         "PC-114 Severe Weather Staffing.pdf", "ADT_A02_replay_0251.hl7", "IMG_4471.HEIC", "screenshot 2025-01-14 at "
         "05.12.33.png", "DNFB_aging_0113.csv", "CDI query log – Jan.docx", "vanc_AUC_protocol_v3.pdf",
         "OR_schedule_Tue_1-14.pdf", "handoff SBAR template (ES-SO-HMN).docx", "snow_route_map.jpg"]

# The data API's scripts and the panel's people.
API_CLIENTS = ["bedboard-sync", "qgenda-rota", "powerbi-clinops", "mirth-hl7-bridge", "jeeves-worker",
               "rcm.manila-dashboard", "severe-weather-notifier", "ci-github"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.28.1", "curl/8.11.1", "Apache-HttpClient/4.5.14 (Java/17.0.13)",
              "Mirth Connect 4.5.2", "PowerBI/2.138 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/"
              "?LinkID=304225)", "Go-http-client/2.0", "axios/1.7.9", "PostmanRuntime/7.43.0",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.19041.5247",
              "Microsoft Power Automate", "okhttp/4.12.0", "GitHub-Hookshot/9b1f2c4"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36 Edg/131.0.2903.112",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:134.0) Gecko/20100101 Firefox/134.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.41.105 "
    "Chrome/130.0.6723.137 Electron/33.2.1 Safari/537.36 Sonic",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.135 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/25.01.10",
    "Mozilla/5.0 (Linux; Android 13; Zebra TC52ax) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 "
    "Mobile Safari/537.36",
]
LANGS = ["en-US,en;q=0.9", "en-US,en;q=0.9,es;q=0.8", "en-US,en;q=0.9,so;q=0.7", "en-US,en;q=0.8,hmn;q=0.6",
         "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "fil-PH,fil;q=0.9,en-US;q=0.8,en;q=0.7", "en-PH,en;q=0.9",
         "ru-RU,ru;q=0.9,en-US;q=0.8", "ar,en-US;q=0.8,en;q=0.6", "am-ET,am;q=0.9,en;q=0.8", "ml-IN,ml;q=0.9,en;q=0.8",
         "zh-CN,zh;q=0.9,en;q=0.8", "es-MX,es;q=0.9,en;q=0.8", "en-GB,en;q=0.9", "en"]
HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Uptime-Kuma/1.23.16", "ELB-HealthChecker/2.0",
              "curl/8.11.1", "Zabbix", "SolarWinds-Orion/2024.4", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"]
META_UAS = ["PyJWT/2.10.1", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Apache-HttpClient/4.5.14 (Java/17.0.13)", "Nimbus-JOSE-JWT/9.47", "openapi-generator/7.10.0",
            "PostmanRuntime/7.43.0", "Authlib/1.4.0 (+https://authlib.org/)"]
ADMINS = ["clinops.admin", "hodan.warsame", "it-integration", "kristofer.haugen", "break-glass", "maricel.santos"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/audit?page=4",
               "/admin/features?done=switch_updated", "/admin/features?done=switch_removed",
               "/admin/clients?done=client_enabled", "/admin/users?done=user_updated&q=&page=1",
               "/admin/account?done=totp_disabled", "/admin/slack-sign-in?done=unmapped"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/audit?q=client.rotate", "/admin/features",
              "/admin/users?q=warsame"]
USER_SEARCH = ["warsame", "Xiong", "nguyễn", "@nsrh.org", "dela cruz", "o'brien", "U03", TEAM, PARTNER_TEAM,
               "Ó Súilleabháin", "two bulls", "st. germaine", "Hodan", "rn", "charge", "maricel.santos",
               "D'Souza", "van der berg", "Pa Nhia", "al-sayed", "menon", "garcía", "kaur", "jama"]
AUDIT_SEARCH = ["client.create", "client.rotate", "client.disable", "feature.set", "user.active", "user.admin",
                "login", "login.slack", "denied", "failed", "admin.map_slack", "account.totp_enable",
                "weather@" + TEAM, "user.forget_me", "bedboard-sync", "hodan.warsame", "2025-01-13", "break-glass"]
CLIENT_DESCRIPTIONS = [
    ("bedboard-sync", "Bed board ← Jeeves users (unit staff list); nightly 02:00 CT, read-only"),
    ("qgenda-rota", "QGenda rota export → alert_time per shift (7a/7p); owner: staffing office"),
    ("powerbi-clinops", "Power BI: weather vs. call-ins & ED boarding (dashboard \"Winter Ops\")"),
    ("mirth-hl7-bridge", "Mirth channel ADT^A01/A02/A03 → usage stats; no PHI leaves Mirth"),
    ("severe-weather-notifier", "PC-114 notifier: switches alerts on for all units when NWS issues a warning"),
    ("rcm.manila-dashboard", "RCM Manila — DNFB & coding throughput (read); contact rcm-coding@nsrh.org"),
    ("epic-bridge.test", "TEST ONLY – Epic Bridges sandbox (ignore 4xx)"),
    ("transfer-center", "Transfer Center: weather for fixed-wing/rotor go/no-go (KMSP, KDLH, KHIB)"),
]
PATCH_NAMES = ["Hodan Warsame, RN (Charge, 5E)", "Thảo Nguyễn NP", "María José García-López", "Kristofer Haugen "
               "– House Sup", "Dr. Chinedu Okafor (Hospitalist)", "Pa Nhia Xiong, CNA", "Maricel dela Cruz CCS",
               "Sreelakshmi Menon, PharmD", "Brendan O'Brien", "Kateri Two Bulls RN", "Tsegaye Bekele (RRT)",
               "Zoë St. Germaine", "Ekaterina Ivanova MD", "陈伟 (Wei Chen)", "Yusra Al-Sayed"]


class ClinOps(WebApp):
    """North Star Regional Health's clinical operations: its people, and one seeded random source; each method
    makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    ts_window = event_window = (0, 50_000)
    team, app_id, bot_user, verify_token, context_json = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, True
    base, iat_window, kid_before_typ, client_id_after = BASE, (0, 40_000), True, "scope"
    hook_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    hook_number, hook_tail_first = (10**12, 10**13 - 1), True
    trigger_numbers = ((10**12, 10**13 - 1), (10**11, 10**12 - 1))
    slack_headers_first, get_headers_first = True, True
    button_value_last = True

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            ascii_first = re.sub(r"[^a-z]", "", first.lower().encode("ascii", "ignore").decode()) or "staff"
            ascii_last = re.sub(r"[^a-z]", "", last.lower().encode("ascii", "ignore").decode()) or "nsrh"
            handle = f"{ascii_first}.{ascii_last}{i if i % 11 == 0 else ''}"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                                "role": self.pick(ROLES), "email": f"{handle}@nsrh.org", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in CHANNELS]
        self.dms = [self.sid("D0", 9) for _ in range(70)]
        self.names = {cid: name for cid, name in self.channels}
        self.names.update({p["id"]: p["handle"] for p in self.people})
        self.names[BOT_USER] = "jeeves"
        self.kid_pool = [b64url(self.rng.randbytes(32)) for _ in range(2)]
        self.user_ids = [self.rng.randint(1, 4200) for _ in range(80)]

    # ---- small pieces --------------------------------------------------------------------------------------
    def hhmm(self) -> str:
        return f"{self.pick(['04', '05', '05', '06', '06', '06', '07', '16', '17', '18'])}:" \
               f"{self.pick(['00', '15', '30', '45', '40', '50'])}"

    def browser_ua(self) -> str:
        return self.pick(UAS_DESKTOP) if self.chance(0.7) else self.pick(UAS_MOBILE)

    # ---- text: what people type, as Slack sends it and as typed ---------------------------------------------
    def value(self, key: str) -> list[dict[str, Any]]:
        """One placeholder as rich-text elements (text, user, channel, link, emoji)."""
        if key == "WHO":
            return [{"type": "user", "user_id": self.pick(self.people)["id"]}]
        if key == "CHAN":
            cid, _ = self.pick(self.channels)
            return [{"type": "channel", "channel_id": cid}]
        if key == "LINK":
            return [{"type": "link", "url": self.pick(LINKS)}]
        if key == "EMAIL":
            mail = self.pick(EMAILS)
            return [{"type": "link", "url": f"mailto:{mail}", "text": mail}]
        if key == "EMOJI":
            emo = self.pick(EMOJI)
            if emo.startswith(":"):
                return [{"type": "emoji", "name": emo.strip(":")}]
            return [{"type": "text", "text": emo}]
        if key == "HL7":
            return self.split(self.pick(HL7))
        if key == "TABLE":
            return self.split(self.pick(TABLES))
        simple: dict[str, Callable[[], str]] = {
            "PLACE": lambda: self.pick(PLACES), "SITE": lambda: self.pick(SITES)[1],
            "SITENAME": lambda: self.pick(SITES)[0], "TZ": lambda: self.pick(TIMEZONES), "HHMM": self.hhmm,
            "SHIFT": lambda: self.pick(SHIFTS), "TIME": lambda: self.pick(TIMES), "UNIT": lambda: self.pick(UNITS),
            "BED": lambda: self.pick(BEDS), "PSEUDO": lambda: self.pick(PSEUDOS), "DRUG": lambda: self.pick(DRUGS),
            "LAB": lambda: self.pick(LABS), "ICD": lambda: self.pick(ICD), "CPT": lambda: self.pick(CPT),
            "PHONE": lambda: self.pick(PHONES), "CENSUS": lambda: f"{self.rng.randint(24, 36)}/36"}
        return self.split(simple[key]())

    def split(self, text: str) -> list[dict[str, Any]]:
        """Literal text with placeholders (%NAME%) to rich-text elements."""
        out: list[dict[str, Any]] = []
        for i, part in enumerate(re.split(r"%([A-Z0-9]+)%", text)):
            if i % 2:
                out.extend(self.value(part))
            elif part:
                out.append({"type": "text", "text": part})
        return out

    def slack_text(self, elements: list[dict[str, Any]]) -> str:
        """The `text` Slack sends: its escapes, <@U..>, <#C..|name>, <!here>, <url> markup and :emoji: codes."""
        out = []
        for el in elements:
            kind = el["type"]
            if kind == "text":
                out.append(slack_escape(el["text"]))
            elif kind == "user":
                out.append(f"<@{el['user_id']}>")
            elif kind == "channel":
                out.append(f"<#{el['channel_id']}|{self.names[el['channel_id']]}>")
            elif kind == "broadcast":
                out.append(f"<!{el['range']}>")
            elif kind == "emoji":
                out.append(f":{el['name']}:")
            elif "text" in el:
                out.append(f"<{slack_escape(el['url'])}|{slack_escape(el['text'])}>")
            else:
                out.append(f"<{slack_escape(el['url'])}>")
        return "".join(out)

    def typed_text(self, elements: list[dict[str, Any]]) -> str:
        """A slash command's `text`: what was typed (@handle, #channel, bare links), with Slack's three escapes."""
        out = []
        for el in elements:
            kind = el["type"]
            if kind == "text":
                out.append(el["text"])
            elif kind == "user":
                out.append("@" + self.names[el["user_id"]])
            elif kind == "channel":
                out.append("#" + self.names[el["channel_id"]])
            elif kind == "broadcast":
                out.append("@" + el["range"])
            elif kind == "emoji":
                out.append(f":{el['name']}:")
            else:
                out.append(el.get("text", el["url"]))
        return slack_escape("".join(out))

    def rich_text(self, elements: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Slack's rich_text block for what was typed: ``` fences become preformatted parts."""
        merged: list[dict[str, Any]] = []
        for el in elements:  # Slack keeps one text element per run of plain text
            if el["type"] == "text" and merged and merged[-1]["type"] == "text":
                merged[-1] = {"type": "text", "text": merged[-1]["text"] + el["text"]}
            else:
                merged.append(el)
        parts: list[dict[str, Any]] = []
        kind, current = "rich_text_section", []
        for el in merged:
            if el["type"] != "text" or "```" not in el["text"]:
                current.append(el)
                continue
            for j, piece in enumerate(el["text"].split("```")):
                if j:
                    if current:
                        parts.append({"type": kind, "elements": current, **({"border": 0} if kind.endswith(
                            "preformatted") else {})})
                    current = []
                    kind = "rich_text_preformatted" if kind == "rich_text_section" else "rich_text_section"
                    piece = piece.strip("\n") if kind.endswith("preformatted") else piece.lstrip("\n")
                if piece:
                    current.append({"type": "text", "text": piece})
        if current:
            parts.append({"type": kind, "elements": current, **({"border": 0} if kind.endswith("preformatted")
                                                                 else {})})
        return [{"type": "rich_text", "block_id": self.block_id(), "elements": parts}]

    def typed(self) -> list[dict[str, Any]]:
        """A command or a chat line (now and then a long one), with an emoji added now and then."""
        roll = self.rng.random()
        if roll < 0.45:
            elements = self.split(self.pick(COMMANDS))
        elif roll < 0.9:
            elements = self.split(self.pick(CHAT))
        else:
            elements = self.split(self.pick(LONG))
        if self.chance(0.12):
            elements += [{"type": "text", "text": " "}, *self.value("EMOJI")]
        return elements

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def event_request(self, payload: dict[str, Any]) -> dict[str, Any]:
        return self.slack_request("/slack/events", json.dumps(payload, separators=(",", ":"),
                                                              ensure_ascii=self.chance(0.2)))

    def message(self, elements: list[dict[str, Any]], channel: str, mention: bool) -> dict[str, Any]:
        person = self.pick(self.people)
        if mention:
            lead = self.pick(["", "", "hey ", "cc ", "@here "])
            elements = [{"type": "text", "text": lead}] if lead else []
            if lead == "@here ":
                elements = [{"type": "broadcast", "range": "here"}, {"type": "text", "text": " "}]
            elements += [{"type": "user", "user_id": BOT_USER}, {"type": "text", "text": " "}, *self.typed()]
        ts = self.ts()
        event: dict[str, Any] = {"user": person["id"], "type": "app_mention" if mention else "message",
                                 "ts": ts, "client_msg_id": self.uuid(), "text": self.slack_text(elements),
                                 "team": TEAM, "blocks": self.rich_text(elements), "channel": channel,
                                 "event_ts": ts}
        if not mention:
            event["channel_type"] = "im"
        if self.chance(0.2):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.pick([BOT_USER, person["id"]])
        return event

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(40)[:48], "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events",
                                                               json.dumps(body, separators=(",", ":"))))

    def slack_dm(self) -> dict[str, Any]:
        event = self.message(self.typed(), self.pick(self.dms), False)
        return self.record("slack", "json", self.event_request(self.envelope(event)))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(self.channels)
        event = self.message([], cid, True)
        team = PARTNER_TEAM if self.chance(0.08) else TEAM
        if team != TEAM:
            event["team"] = team
        return self.record("slack", "json", self.event_request(self.envelope(event, team)))

    def slack_edit(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        old = self.message(self.typed(), channel, False)
        new_elements = self.typed()
        new = {k: old[k] for k in ("user", "type", "ts", "client_msg_id", "team")}
        new.update({"text": self.slack_text(new_elements), "blocks": self.rich_text(new_elements),
                    "edited": {"user": old["user"], "ts": self.ts()}, "source_team": TEAM, "user_team": TEAM})
        prev = {k: old[k] for k in ("user", "type", "ts", "client_msg_id", "text", "team", "blocks")}
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": prev,
                 "channel": channel, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.record("slack", "json", self.event_request(self.envelope(event)))

    def slack_deleted(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        old = self.message(self.typed(), channel, False)
        prev = {k: old[k] for k in ("user", "type", "ts", "client_msg_id", "text", "team", "blocks")}
        event = {"type": "message", "subtype": "message_deleted", "previous_message": prev, "channel": channel,
                 "hidden": True, "deleted_ts": old["ts"], "event_ts": self.ts(), "ts": self.ts(), "channel_type": "im"}
        return self.record("slack", "json", self.event_request(self.envelope(event)))

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FILES)
        caption = self.split(self.pick(["", "", "census for the huddle", "can you remember this location? "
                                        "%SITE%", "screenshot of the feed error", "rota draft, swaps by Fri pls",
                                        "%UNIT% bed map", "weather %PLACE%"]))
        event = self.message(caption, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        event.pop("client_msg_id", None)
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg", "heic": "image/heic",
                "csv": "text/csv", "hl7": "text/plain"}.get(ext, "application/octet-stream")
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + 300, "timestamp": EPOCH + 300, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "user_team": TEAM, "editable": ext in ("csv", "hl7"),
                           "size": self.rng.randint(900, 6_000_000),
                           "mode": "hosted", "is_external": False, "external_type": "", "is_public": False,
                           "public_url_shared": False, "display_as_bot": False, "username": "",
                           **file_urls(TEAM, TEAM_DOMAIN, event["user"], fid, name),
                           "is_starred": False, "has_rich_preview": False, "file_access": "visible"}]
        event["upload"] = False
        event["display_as_bot"] = False
        return self.record("slack", "json", self.event_request(self.envelope(event)))

    def slack_bot_echo(self) -> dict[str, Any]:
        elements = self.split(self.pick(BOT_REPLIES))
        ts = self.ts()
        text = self.slack_text(elements)
        event: dict[str, Any] = {"bot_id": BOT_ID, "type": "message", "text": text, "user": BOT_USER, "ts": ts,
                                 "app_id": APP_ID, "team": TEAM,
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves",
                                                 "updated": EPOCH - 86400 * 90, "app_id": APP_ID,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-10-02/"
                                                                       "7812_3a9f_36.png"}, "team_id": TEAM},
                                 "channel": self.pick(self.dms), "event_ts": ts, "channel_type": "im"}
        if "chance of precipitation" in text and self.chance(0.7):
            event["blocks"] = self.weather_blocks(text, self.pick(PLACES), says_verbatim=True)
        elif "forget me" in text.lower() and self.chance(0.5):
            event["blocks"] = self.forget_blocks()
        return self.record("slack", "json", self.event_request(self.envelope(event)))

    def slack_home(self) -> dict[str, Any]:
        person = self.pick(self.people)
        team = PARTNER_TEAM if self.chance(0.1) else TEAM
        event = self.home_opened(person["id"], self.pick(self.dms), ("home", "home", "home", "messages"))
        if self.chance(0.6):
            site = self.pick(SITES)
            event["view"] = {
                "id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}", "title": {
                    "type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
                "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
                "root_view_id": self.sid("V0", 9), "app_id": APP_ID, "external_id": "",
                "app_installed_team_id": team, "bot_id": BOT_ID,
                "blocks": [{"type": "header", "block_id": "hdr", "text": {"type": "plain_text",
                                                                           "text": "Your Jeeves settings"}},
                           {"type": "section", "block_id": "st", "text": {
                               "type": "mrkdwn", "text": f"*Location:* {site[1]}\n*Units:* imperial\n*Daily alert:* "
                                                         f"on at {self.hhmm()} ({person['tz']})"}}]}
        return self.record("slack", "json", self.event_request(self.envelope(event, team)))

    def forget_blocks(self) -> list[dict[str, Any]]:
        return [{"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": FORGET_ME}},
                {"type": "actions", "block_id": self.block_id(), "elements": [
                    {"type": "button", "action_id": "forget_me_confirm", "text": {
                        "type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-",
                     "style": "danger"},
                    {"type": "button", "action_id": "forget_me_cancel", "text": {
                        "type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-"}]}]

    # ---- Slack: /jeeves and the buttons ---------------------------------------------------------------------
    def slash_command(self) -> dict[str, Any]:
        person = self.pick(self.people)
        team, domain = (PARTNER_TEAM, PARTNER_DOMAIN) if self.chance(0.1) else (TEAM, TEAM_DOMAIN)
        if self.chance(0.3):
            channel_id, channel_name = self.pick(self.dms), "directmessage"
        else:
            channel_id, channel_name = self.pick(self.channels)
        roll = self.rng.random()
        elements = self.split(self.pick(COMMANDS)) if roll < 0.82 else self.split(self.pick(CHAT))
        text = self.typed_text(elements)
        if self.chance(0.05):
            text = ""
        fields = [("token", VERIFY_TOKEN), ("team_id", team), ("team_domain", domain), ("channel_id", channel_id),
                  ("channel_name", channel_name), ("user_id", person["id"]), ("user_name", person["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands", team)), ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        team = TEAM
        roll = self.rng.random()
        channel_id, channel_name = (self.pick(self.dms), "directmessage") if self.chance(0.6) else \
            self.pick(self.channels)
        if roll < 0.7:
            place = self.pick([*PLACES, *[s[1] for s in SITES], *[s[0] for s in SITES]])
            label = place.split(",")[0]
            summary = f"{label}: Snow, {self.rng.randint(-25, 5)}°F, wind {self.rng.randint(5, 35)} mph; today " \
                      f"{self.rng.randint(-30, -10)}°F to {self.rng.randint(-9, 10)}°F, " \
                      f"{self.rng.randint(0, 100)}% chance of precipitation"
            action = {"action_id": "set_location", "block_id": self.block_id(),
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}, "value": place,
                      "type": "button", "action_ts": self.ts()}
            blocks = [{"type": "section", "block_id": action["block_id"] + "s",
                       "text": {"type": "mrkdwn", "text": summary, "verbatim": False}},
                      {"type": "actions", "block_id": action["block_id"], "elements": [
                          {"type": "button", "action_id": "set_location", "text": {
                              "type": "plain_text", "text": "Set as my location", "emoji": True}, "value": place}]}]
            message_text = summary
        else:
            confirm = self.chance(0.55)
            blocks = self.forget_blocks()
            chosen = blocks[1]["elements"][0 if confirm else 1]
            action = {**chosen, "block_id": blocks[1]["block_id"], "action_ts": self.ts()}
            message_text = blocks[0]["text"]["text"]
        ts = self.ts()
        payload = {
            "type": "block_actions",
            "user": {"id": person["id"], "username": person["handle"], "name": person["handle"], "team_id": team},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": ts, "channel_id": channel_id, "is_ephemeral":
                          action["action_id"] != "set_location"},
            "trigger_id": self.trigger(), "team": {"id": team, "domain": TEAM_DOMAIN}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": channel_id, "name": channel_name},
            "state": {"values": {}}, "response_url": self.hook("actions"), "actions": [action]}
        if action["action_id"] == "set_location":
            payload["message"] = {"user": BOT_USER, "type": "message", "ts": ts, "bot_id": BOT_ID, "app_id": APP_ID,
                                  "text": message_text, "team": team, "blocks": blocks}
        fields = [("payload", json.dumps(payload, separators=(",", ":"), ensure_ascii=self.chance(0.5)))]
        return self.record("button", "form", self.slack_form_request("/slack/interactions", fields))

    # ---- the data API ----------------------------------------------------------------------------------------
    def jwt_id(self) -> str:
        """Its tokens' jti: 32 hex digits."""
        return self.hexs(32)

    def script_headers(self, client: str, scope: str) -> dict[str, str]:
        ua = self.pick(SCRIPT_UAS)
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": f"Bearer {self.jwt(client, scope)}"}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        if self.chance(0.2):
            h["traceparent"] = self.traceparent("01")
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"mirth-{self.rng.randint(10**6, 10**7)}",
                                           f"pbi.{self.hexs(12)}"])
        if ua.startswith(("python", "Apache", "okhttp")):
            h["Connection"] = "keep-alive"
        return h

    @staticmethod
    def query(pairs: list[tuple[str, str]], plain: bool) -> str:
        if plain:
            return "&".join(f"{k}={v}" for k, v in pairs)
        return urllib.parse.urlencode(pairs)

    def api(self) -> dict[str, Any]:
        client = self.pick(API_CLIENTS)
        roll = self.rng.random()
        if roll < 0.3:
            pairs: list[tuple[str, str]] = []
            if self.chance(0.7):
                pairs.append(("limit", self.pick(["50", "100", "200", "500", "25"])))
            if self.chance(0.5):
                pairs.append(("offset", str(self.pick([0, 50, 100, 200, 400, 1000]))))
            if self.chance(0.4):
                pairs.append(("team_id", self.pick([TEAM, PARTNER_TEAM])))
            if self.chance(0.3):
                pairs.append(("alerts", self.pick(["true", "false", "1", "on"])))
            if self.chance(0.3):
                pairs.append(("active", self.pick(["true", "false", "0"])))
            uri = "/api/users" + ("?" + self.query(pairs, self.chance(0.5)) if pairs else "")
            return self.record("api", "query", self.get_request(uri, self.script_headers(client, "read")))
        if roll < 0.48:
            return self.record("api", "path", self.get_request(f"/api/users/{self.pick(self.user_ids)}",
                                                               self.script_headers(client, "read")))
        if roll < 0.68:
            body: dict[str, Any] = {}
            pick = self.rng.random()
            if pick < 0.35:
                body["settings"] = {"alert_time": self.hhmm(), "timezone": self.pick(TIMEZONES)}
                if self.chance(0.5):
                    body["settings"]["alerts"] = self.chance(0.7)
            elif pick < 0.55:
                body["name"] = self.pick(PATCH_NAMES)
            elif pick < 0.7:
                person = self.pick(self.people)
                body["email"] = person["email"]
                body["name"] = person["name"]
            elif pick < 0.85:
                body["is_active"] = self.chance(0.3)
            else:
                body["settings"] = {"units": self.pick(["imperial", "metric"])}
                if self.chance(0.4):
                    body["is_admin"] = False
            headers = self.script_headers(client, "read write")
            headers["Content-Type"] = self.pick(["application/json", "application/json",
                                                 "application/json; charset=utf-8", "application/merge-patch+json"])
            text = json.dumps(body, ensure_ascii=self.chance(0.4),
                              separators=(",", ":") if self.chance(0.5) else (", ", ": "))
            return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.pick(self.user_ids)}",
                                               "headers": headers, "body": text})
        if roll < 0.82:
            day = self.rng.randint(1, 13)
            since = self.pick([f"2025-01-{day:02d}T00:00:00Z", f"2025-01-{day:02d}T06:00:00-06:00",
                               f"2025-01-{day:02d}", f"2024-12-{day + 14:02d}T00:00:00.000Z"])
            pairs = [("since", since)]
            if self.chance(0.6):
                pairs.append(("until", self.pick(["2025-01-14T06:00:00Z", "2025-01-14", "2025-01-14T00:00:00-06:00"])))
            return self.record("api", "query", self.get_request("/api/usage/stats?" + self.query(
                pairs, self.chance(0.4)), self.script_headers(client, "read")))
        if roll < 0.92:
            return self.record("api", "query", self.get_request("/api/switches", self.script_headers(client, "read")))
        action = self.pick(["weather", "alerts", "remember_location", "login", "config", "forget_me", "help",
                            "my_location", "forget_location"])
        body = {"enabled": self.chance(0.6), "team_id": self.pick(["*", TEAM, PARTNER_TEAM])}
        if self.chance(0.2):
            del body["team_id"]
        headers = self.script_headers(client, "read write")
        headers["Content-Type"] = "application/json"
        return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}", "headers": headers,
                                           "body": json.dumps(body)})

    # ---- browsers: the admin panel, /me/, signing in -----------------------------------------------------
    def browser_headers(self, referer: str | None, cookies: list[tuple[str, str]], form: bool = False,
                        nav: bool = True) -> dict[str, str]:
        ua = self.browser_ua()
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;"
                       "q=0.8,application/signed-exchange;v=b3;q=0.7" if "Chrome" in ua else
             "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
             "Accept-Language": self.pick(LANGS), "Accept-Encoding": "gzip, deflate, br, zstd"}
        if "Chrome" in ua:
            h["sec-ch-ua"] = '"Microsoft Edge";v="131", "Chromium";v="131", "Not_A Brand";v="24"' if "Edg" in ua \
                else '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else '"Windows"' if "Windows" in ua else \
                '"macOS"' if "Mac" in ua else '"Linux"'
        if nav:
            h["Upgrade-Insecure-Requests"] = "1"
            h["Sec-Fetch-Site"] = "same-origin" if referer and referer.startswith(BASE) else \
                "cross-site" if referer else "none"
            h["Sec-Fetch-Mode"] = "navigate"
            h["Sec-Fetch-User"] = "?1"
            h["Sec-Fetch-Dest"] = "document"
        if form:
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Origin"] = BASE
            h["Cache-Control"] = "max-age=0"
        if referer:
            h["Referer"] = referer
        if cookies:
            h["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies)
        if self.chance(0.05):
            h["DNT"] = "1"
        return h

    def admin_cookies(self) -> list[tuple[str, str]]:
        return [("__Host-jeeves_admin", self.token())]

    def admin(self) -> dict[str, Any]:
        roll = self.rng.random()
        csrf = self.token()
        if roll < 0.25:
            page = self.pick(ADMIN_PAGES)
            ref = f"{BASE}{self.pick(ADMIN_PAGES)}" if self.chance(0.8) else None
            h = self.browser_headers(ref, self.admin_cookies())
            return self.record("admin", "query", self.get_request(page, h))
        if roll < 0.37:
            pairs = [("q", self.pick(USER_SEARCH))]
            if self.chance(0.3):
                pairs.append(("page", str(self.rng.randint(1, 5))))
            target = self.pick(["users", "users", "audit"])
            if target == "audit":
                pairs[0] = ("q", self.pick(AUDIT_SEARCH))
            return self.record("admin", "query", self.get_request(
                f"/admin/{target}?" + urllib.parse.urlencode(pairs),
                self.browser_headers(f"{BASE}/admin/{target}", self.admin_cookies())))
        if roll < 0.45:
            if self.chance(0.5):
                uri = "/admin/login?" + urllib.parse.urlencode({"next": self.pick(LOGIN_NEXT)})
            else:
                uri = "/admin/login"
            return self.record("admin", "query", self.get_request(uri, self.browser_headers(None, [])))
        if roll < 0.55:
            login_csrf = self.token()
            pw = self.pick(["Snowday-Huddle-2025!", "c0rrect horse battery staple", "Tr!ple-Shift#7a7p",
                            "8vQ$w2!rLz@Kp4&nYx", "Northstar.Winter.Ops", "m@ple-Grove_5E-2025",
                            "Gz7#pL!q0^vR2&sT", "hospital-helipad-aurora-93"])
            fields = [("csrf_token", login_csrf), ("next", self.pick(LOGIN_NEXT)), ("username", self.pick(ADMINS)),
                      ("password", pw), ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                                            f"{self.rng.randint(0, 999):03d} "
                                                            f"{self.rng.randint(0, 999):03d}"]))]
            h = self.browser_headers(f"{BASE}/admin/login", [("__Host-jeeves_admin_login", login_csrf)], form=True)
            return self.record("admin", "form", self.form_request("/admin/login", h, fields))
        cookies = self.admin_cookies()
        if roll < 0.65:
            query = self.pick(["", "", self.pick(USER_SEARCH)])
            fields = [("csrf_token", csrf), ("q", query), ("page", str(self.rng.randint(1, 4))),
                      ("value", self.pick(["0", "1"]))]
            uri = f"/admin/users/{self.pick(self.user_ids)}/{self.pick(['active', 'active', 'admin'])}"
            ref = f"{BASE}/admin/users" + (f"?{urllib.parse.urlencode({'q': query})}" if query else "")
        elif roll < 0.74:
            action = self.pick(["weather", "alerts", "remember_location", "login", "config", "forget_me",
                                "my_location", "forget_location", "help"])
            if self.chance(0.6):
                fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"]))]
            elif self.chance(0.6):
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick([TEAM, PARTNER_TEAM,
                                                                                           "t05mnlcode"])),
                          ("enabled", self.pick(["0", "1"]))]
            else:
                fields = [("csrf_token", csrf), ("action", action), ("team_id", self.pick([TEAM, PARTNER_TEAM]))]
                uri, ref = "/admin/features/remove", f"{BASE}/admin/features"
                h = self.browser_headers(ref, cookies, form=True)
                return self.record("admin", "form", self.form_request(uri, h, fields))
            uri, ref = "/admin/features", f"{BASE}/admin/features"
        elif roll < 0.84:
            client, description = self.pick(CLIENT_DESCRIPTIONS)
            if self.chance(0.5):
                fields = [("csrf_token", csrf), ("client_id", client), ("description", description),
                          ("scopes", "read")]
                if self.chance(0.4):
                    fields.append(("scopes", "write"))
                uri = "/admin/clients"
            else:
                uri = f"/admin/clients/{urllib.parse.quote(client, safe='')}/" \
                      f"{self.pick(['rotate', 'disable', 'enable'])}"
                fields = [("csrf_token", csrf)]
            ref = f"{BASE}/admin/clients"
        elif roll < 0.92:
            sub = self.rng.random()
            if sub < 0.35:
                uri, fields = "/admin/account/totp/start", [("csrf_token", csrf)]
            elif sub < 0.7:
                secret = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
                uri = "/admin/account/totp/confirm"
                code = f"{self.rng.randint(0, 999999):06d}"
                fields = [("csrf_token", csrf), ("totp_pending", secret), ("totp", code)]
            elif sub < 0.85:
                uri, fields = "/admin/account/totp/disable", [("csrf_token", csrf), ("password", self.pick(
                    ["Snowday-Huddle-2025!", "Tr!ple-Shift#7a7p", "8vQ$w2!rLz@Kp4&nYx"]))]
            else:
                uri, fields = "/admin/logout", [("csrf_token", csrf)]
            ref = f"{BASE}/admin/account"
        else:
            person = self.pick(self.people)
            if self.chance(0.7):
                uri = "/admin/slack-sign-in"
                fields = [("csrf_token", csrf), ("username", self.pick(ADMINS)), ("team_id", self.pick([
                    TEAM, PARTNER_TEAM])), ("user_id", person["id"])]
            else:
                uri, fields = "/admin/slack-sign-in/remove", [("csrf_token", csrf), ("username", self.pick(ADMINS))]
            ref = f"{BASE}/admin/slack-sign-in"
        h = self.browser_headers(ref, cookies, form=True)
        return self.record("admin", "form", self.form_request(uri, h, fields))

    def me(self) -> dict[str, Any]:
        cookies = [("__Host-jeeves_me", self.token())]
        csrf = self.token()
        roll = self.rng.random()
        if roll < 0.3:
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten"])
            ref = self.pick([f"{BASE}/me/", None, f"{BASE}/auth/slack/link/{self.token()}"])
            return self.record("me", "query", self.get_request(uri, self.browser_headers(ref, cookies)))
        if roll < 0.38:
            h = self.browser_headers(f"{BASE}/me/", cookies, nav=False)
            h["Accept"] = "*/*"
            return self.record("me", "path", self.get_request("/me/data.json", h))
        if roll < 0.62:
            place = self.pick([*PLACES, *[s[1] for s in SITES], *[s[0] for s in SITES],
                               "Mill City Campus, Tower B", "Cedar-Riverside, Minneapolis", "Hmong Village, St Paul",
                               "Phillips West", "Iron Range – Virginia MN"])
            fields = [("csrf_token", csrf), ("place", place)]
            uri = "/me/location"
        elif roll < 0.86:
            fields = [("csrf_token", csrf), ("units", self.pick(["imperial", "metric"]))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            fields += [("alert_time", self.hhmm()), ("timezone", self.pick(TIMEZONES))]
            uri = "/me/settings"
        elif roll < 0.92:
            uri, fields = "/me/location/forget", [("csrf_token", csrf)]
        elif roll < 0.96:
            uri, fields = "/me/logout", [("csrf_token", csrf)]
        else:
            uri, fields = "/me/forget", [("csrf_token", csrf), ("confirm", "forget")]
        h = self.browser_headers(f"{BASE}/me/", cookies, form=True)
        return self.record("me", "form", self.form_request(uri, h, fields))

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.15:
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "query", self.get_request(uri, self.browser_headers(
                self.pick([None, f"{BASE}/me/"]), [])))
        if roll < 0.35:
            uri = "/auth/slack/login" + self.pick(["", "", "?for=admin"])
            return self.record("auth", "query", self.get_request(uri, self.browser_headers(
                f"{BASE}/auth/slack/" if "admin" not in uri else f"{BASE}/admin/login", [])))
        if roll < 0.55:
            state = self.token()
            if self.chance(0.85):
                code = f"{self.rng.randint(10**12, 10**13 - 1)}.{self.rng.randint(10**12, 10**13 - 1)}.{self.hexs(64)}"
                uri = "/auth/slack/callback?" + urllib.parse.urlencode([("code", code), ("state", state)])
            else:
                uri = "/auth/slack/callback?" + urllib.parse.urlencode([("error", "access_denied"), ("state", state)])
            return self.record("auth", "query", self.get_request(uri, self.browser_headers(
                "https://slack.com/", [("__Host-jeeves_oidc_state", state)])))
        link = self.token()
        if roll < 0.78:
            if self.chance(0.1):
                return self.record("auth", "path", self.link_preview(link))
            h = self.browser_headers(self.pick(["https://app.slack.com/", None]), [])
            return self.record("auth", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.browser_headers(f"{BASE}/auth/slack/link/{link}", [("__Host-jeeves_signin", csrf)], form=True)
        return self.record("auth", "form", self.csrf_post(f"/auth/slack/link/{link}", h, csrf))

    # ---- TokenDealer -------------------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(API_CLIENTS)
        secret = self.token()
        ua = self.pick(SCRIPT_UAS)
        h = {"User-Agent": ua, "Accept": "application/json",
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=UTF-8",
                                        "application/x-www-form-urlencoded;charset=utf-8"])}
        basic = self.chance(0.7)
        if basic:
            h["Authorization"] = self.basic_credentials(client, secret)
        creds = [] if basic else [("client_id", client), ("client_secret", secret)]
        roll = self.rng.random()
        if roll < 0.6:
            fields = [("grant_type", "client_credentials")]
            if self.chance(0.75):
                fields.append(("scope", self.pick(["read", "read write", "write", "read"])))
            if self.chance(0.2):
                fields.append(("audience", self.pick(["jeeves", "jeeves", "tokendealer"])))
            uri = "/oauth/token"
        else:
            token = self.jwt(client, self.pick(["read", "read write"]))
            fields = [("token", token)]
            if self.chance(0.6):
                fields.append(("token_type_hint", "access_token"))
            uri = "/oauth/introspect" if roll < 0.82 else "/oauth/revoke"
        return self.record("oauth", "form", self.form_request(uri, h, fields + creds))

    def verify(self) -> dict[str, Any]:
        client = self.pick(API_CLIENTS)
        fields = [("access_token", self.jwt(client, self.pick(["read", "read write"])))]
        if self.chance(0.4):
            fields.append(("audience", "jeeves"))
        h = {"User-Agent": self.pick([*SCRIPT_UAS, "lua-resty-http/0.17.2"]), "Accept": "application/json",
             "Content-Type": "application/x-www-form-urlencoded"}
        return self.record("verify", "form", self.form_request("/verify_token", h, fields))

    # ---- health and metadata ------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        uri = "/readyz" if self.chance(0.2) else "/healthz"
        ua = self.pick(HEALTH_UAS)
        h = {"User-Agent": ua, "Accept": "*/*"}
        if ua.startswith("Blackbox"):
            h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
        if ua.startswith("kube"):
            h["Connection"] = "close"
        return self.record("health", "path", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": uri,
                                              "headers": h, "body": ""})

    def meta(self) -> dict[str, Any]:
        uri = self.pick(["/.well-known/jwks.json", "/.well-known/jwks.json", "/.well-known/oauth-authorization-server",
                         "/openapi.json", "/api/openapi.json"])
        h = {"User-Agent": self.pick(META_UAS), "Accept": self.pick(["application/json", "*/*",
                                                                     "application/jwk-set+json, application/json"])}
        if uri.endswith("jwks.json") and self.chance(0.4):
            h["If-None-Match"] = f'"{self.hexs(16)}"'
        if self.chance(0.3):
            h["Accept-Encoding"] = "gzip"
        method = "HEAD" if uri.startswith("/.well-known/") and self.chance(0.08) else "GET"
        return self.record("meta", "path", {"method": method, "uri": uri, "headers": h, "body": ""})


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 300), ("slack_mention", 170), ("slack_edit", 26), ("slack_deleted", 9), ("slack_file", 24),
    ("slack_bot_echo", 42), ("slack_home", 30), ("slash_command", 290), ("button_click", 110), ("api", 250),
    ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 62), ("verify", 22), ("health", 25), ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The clinical operations team's day, kinds interleaved (after Slack's URL verification of the app)."""
    return planned(ClinOps(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
