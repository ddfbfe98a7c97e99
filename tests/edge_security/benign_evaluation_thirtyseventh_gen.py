"""Benign traffic of a hospital's clinical informatics and pharmacy staff on Jeeves (evaluation_thirtyseventh).

Fenwick Vale University Hospitals runs Jeeves for its clinical informatics team, pharmacists, ward nurses and
on-call doctors. About 1,700 requests in a deployment's proportions: Slack first (@mentions in clinical channels,
DMs to the bot with commands, questions and pasted HL7 v2 segments, FHIR snippets, drug doses, lab values with
< and >, ICD-10 and LOINC codes, ward and bed numbers, on-call rotas and shift handovers; the bot's own replies,
edits, deletions, file shares, link unfurls and App Home; `/jeeves` slash commands; button clicks as form-encoded
`payload=` JSON), then the data API (scripts, CI, Power BI and the integration engine with bearer tokens), the
admin panel, `/me/` (urlencoded and multipart forms from browsers), Sign in with Slack and its one-time links,
TokenDealer, and the health and metadata endpoints.

Every request goes to an endpoint the product defines, with only the parameters, form fields and JSON fields its
handlers read (app/routes, app/admin/views, app/account, tokendealer/routes, README.md). Written independently
from the route list of gateway/gateway.yaml (names, match, methods, upstreams), those handlers and the record
structure of benign_day_gen.py; no WAF rule, ruleset, exclusion or other generator's texts were read, and the
texts were not changed after measuring. Deterministic: one seeded random.Random, no clock.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, TokenDealer's grant
fields, the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, form_request, csrf_post, verify_request, get_request, signed_in, link_preview) from
evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_routes import ACTIONS
from .evaluator_web import WebApp
from .records import no_attacks, slack_escape

NAME = "evaluation_thirtyseventh"
SEED = 37_140_325
EPOCH = 1741935600  # Fri 2025-03-14 07:00 UTC, Slack's placeholder timestamp (the replayer signs anew)
TEAM, TEAM_DOMAIN = "T03FVUHCI", "fvuh-clinical"
PARTNER_TEAM = "T05PATHNET"  # the regional pathology network's shared workspace
APP_ID, BOT_USER, BOT_ID = "A06JEEVES7", "U06JEEVESB", "B06JEEVESB"
HOST = "jeeves.fenwickvale-hospitals.org"
BASE = f"https://{HOST}"
MAIL = "fenwickvale-hospitals.org"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFICATION_TOKEN = "qN7vLrT2hWc9XyBd4KpZs1Fm"

# (first name, family name, role): the people who use it, with their particles, apostrophes and hyphens.
STAFF = [
    ("Aoibheann", "O'Connor-Reilly", "Lead Pharmacist, Antimicrobials"),
    ("Oluwadamilare", "Adeyemi", "SpR Acute Medicine"),
    ("Siân", "Pryce-Jones", "Clinical Informatics Analyst"),
    ("Mairéad", "Ní Fhlannagáin", "Ward Sister, 7B"),
    ("Rhys", "ap Gwilym", "Charge Nurse, AMU"),
    ("Thandiwe", "Dlamini", "Critical Care Outreach"),
    ("Krzysztof", "Wójcik", "Pharmacy Technician"),
    ("José María", "Núñez Castaño", "Consultant Microbiologist"),
    ("Hương", "Nguyễn Thị", "Staff Nurse, Ward 12"),
    ("Lakshmi", "Venkataraman", "Consultant Nephrologist"),
    ("Hamza", "Al-Khouri", "FY2"),
    ("D'Arcy", "Fitzgerald", "EPR Trainer"),
    ("Jean-Baptiste", "Mbeki", "Integration Engineer (HL7/FHIR)"),
    ("Yasmin", "El-Sayed", "Advanced Clinical Practitioner"),
    ("Ólafur", "Þórsson", "Consultant Anaesthetist"),
    ("Ewa", "Łukaszewska", "Medication Safety Officer"),
    ("Kwame", "Asante-Mensah", "Bed Manager"),
    ("Priyanka", "Chatterjee", "CCIO"),
    ("Zeynep", "Çelik", "Specialist Pharmacist, Renal"),
    ("Ngozi", "Okonkwo", "Matron, Surgery"),
    ("Tomasz", "Dąbrowski", "Infrastructure Engineer"),
    ("Anaïs", "Leclerc", "Research Nurse"),
    ("Jürgen", "Weiß", "Locum Consultant Haematologist"),
    ("Mei-Ling", "Cheung", "Dietitian"),
    ("Saoirse", "Mac Giolla Bhríde", "Physiotherapist"),
    ("Ravi", "Shankar", "Lab Systems Manager (LIMS)"),
    ("Inês", "Gonçalves", "Midwife, Delivery Suite"),
    ("Dmytro", "Kovalenko", "Data Engineer"),
    ("Sarah-Jane", "McAllister", "Deputy Chief Pharmacist"),
    ("Ewan", "MacLeòid", "Paramedic Liaison"),
    ("Amira", "Haddad", "Infection Prevention Nurse"),
    ("Hyun-woo", "Park", "Radiographer"),
    ("Lwazi", "Ndlovu", "ICU Registrar"),
    ("Fiona", "O'Halloran", "Discharge Coordinator"),
    ("Marco", "D'Angelo", "Theatre Practitioner"),
    ("Catrin", "Llewelyn", "Welsh Language Officer"),
    ("Bartholomew", "St. John-Smythe", "Medical Director's PA"),
    ("Nomvula", "Mokoena", "Sepsis CNS"),
    ("Arjun", "Raghunathan", "Paediatric Pharmacist"),
    ("Chloë", "de Villiers", "Clinical Coder"),
    ("Kenji", "Watanabe", "IR Fellow"),
    ("Bogdan", "Ionescu", "Portering Supervisor"),
    ("Fatoumata", "Diallo", "HCA, Ward 32"),
    ("Eilidh", "MacKinnon", "Junior Sister, Ward 32"),
]
FIRSTS = ["Aisling", "Bronwen", "Cormac", "Deepa", "Efua", "Fionnuala", "Gareth", "Hafsa", "Iolo", "Jolanta", "Kofi",
          "Lowri", "Magdalena", "Niamh", "Oisín", "Parveen", "Ruairí", "Shirin", "Tadhg", "Uchenna", "Vasyl",
          "Wiktoria", "Xiomara", "Yusra", "Zsófia", "Gwenllian", "Adaeze", "Bríd", "Emrys", "Ffion", "Sandeep"]
LASTS = ["O'Donnell", "Ó Briain", "McNamara", "Nic an tSaoi", "Okoro", "Hussain", "Kaczmarek", "Jones", "Williams",
         "Evans", "Mensah", "Rahman", "Byrne", "Szabó", "Popescu", "Fernandes", "Achterberg", "van der Merwe",
         "D'Souza", "Fitzpatrick-Hughes", "Bello", "Chaudhry", "Sørensen", "Ní Dhuibhir", "Abdi", "Grünewald",
         "Kowalczyk", "ap Dafydd", "MacDonald", "Quarshie"]
ROLES = ["Staff Nurse", "FY1", "CT1 Medicine", "Pharmacist", "HCA", "Ward Clerk", "Registrar", "Consultant",
         "Nurse Associate", "Bank Nurse", "Locum SHO", "Student Nurse", "Band 6 Sister", "Physician Associate"]

# Where people are: hospital sites with postcodes, towns with apostrophes and hyphens, other scripts, coordinates.
PLACES = [
    "Leeds", "leeds", "Harrogate", "Wakefield", "Huddersfield", "Hull", "York", "Bradford", "Sheffield", "Otley",
    "Newcastle upon Tyne", "Newcastle-under-Lyme", "Stoke-on-Trent", "Bishop's Stortford", "King's Lynn",
    "Bury St Edmunds", "Weston-super-Mare", "Ashby-de-la-Zouch", "St Albans", "St. Helens", "Milton Keynes",
    "Cambridge", "Addenbrooke's Hospital, Cambridge CB2 0QQ", "St James's University Hospital, Leeds LS9 7TF",
    "Guy's & St Thomas', London SE1 7EH", "Royal Infirmary of Edinburgh, EH16 4SA", "Ninewells, Dundee DD1 9SY",
    "Royal Victoria Hospital, Belfast BT12 6BA", "Ysbyty Gwynedd, Bangor", "Aberystwyth", "Llandudno", "Caerdydd",
    "Merthyr Tydfil", "Inverness", "Stornoway", "Kirkwall", "Fort William", "Lerwick", "Cork", "Galway",
    "Dún Laoghaire", "Letterkenny", "Cill Airne", "Drogheda", "Derry~Londonderry", "LS9 7TF", "HU3 2JZ",
    "YO31 8HE", "M13 9WL", "B15 2TH", "SW17 0QT", "NE1 4LP", "CF14 4XW", "Leeds Bradford Airport",
    "Manchester Airport T2", "Solna", "Charité, Berlin-Mitte", "München-Großhadern",
    "Hôpital Pitié-Salpêtrière, Paris 13e", "Lyon 69003", "Groningen", "Kraków", "Gdańsk", "Poznań", "Łódź",
    "Zürich", "Genève", "Lisboa", "Coimbra", "București", "Cluj-Napoca", "Toronto", "Halifax, NS",
    "St. John's, NL", "Johannesburg", "Durban", "Lagos", "Ibadan", "Accra", "Kumasi", "Nairobi", "Harare",
    "Mumbai", "Kochi", "Lahore", "Dhaka", "Manila", "Cebu City", "Dunedin", "Auckland", "Reykjavík", "Tórshavn",
    "Αθήνα", "서울", "東京", "القاهرة", "Київ", "मुंबई", "சென்னை", "ਲੁਧਿਆਣਾ", "কলকাতা", "کراچی", "תל אביב-יפו",
    "北京", "Hà Nội", "53.8008,-1.5491", "53.80, -1.55", "54.9783° N, 1.6178° W", "52.2053,0.1218",
]
TIMEZONES = ["Europe/London", "Europe/London", "Europe/London", "Europe/London", "Europe/Dublin", "Europe/Lisbon",
             "Atlantic/Reykjavik", "Atlantic/Faroe", "Europe/Warsaw", "Europe/Bucharest", "Europe/Berlin",
             "Europe/Kyiv", "Africa/Lagos", "Africa/Accra", "Africa/Johannesburg", "Asia/Kolkata", "Asia/Karachi",
             "Asia/Dhaka", "Asia/Manila", "Asia/Kathmandu", "America/St_Johns", "America/Halifax",
             "America/Toronto", "Australia/Perth", "Pacific/Auckland", "Pacific/Chatham", "UTC", "GMT", "Etc/GMT-1"]
BEDS = ["bed 12", "Ward 7B bed 12", "AMU bay 3 bed 23", "ITU bed 4", "SR2 on 7B", "Ward 32 side room 1", "HDU bed 6",
        "Ward 12 bay C bed 3", "ED resus 2", "CCU bed 1", "Ward 9 (Frailty) bed 17", "Jubilee 2 bed 30"]
CHANNELS = [("C04PHARMOC", "pharmacy-oncall"), ("C04CIINTEG", "ci-integration"), ("C04WARD7B0", "ward-7b"),
            ("C04AMUHAND", "amu-handover"), ("C04EPRGOLV", "epr-go-live"), ("C04AMSTEWD", "antimicrobial-stewardship"),
            ("C04LIMSUPG", "lims-upgrade"), ("C04BEDFLOW", "bed-flow"), ("C04CRITCAR", "critical-care"),
            ("C04CIHELPD", "informatics-helpdesk"), ("C04RANDOM0", "random"), ("C04ESTATES", "estates-facilities"),
            ("C04THEATRE", "theatres"), ("C04MATERNI", "maternity"), ("C04SEPSISQ", "sepsis-qi"),
            ("C04ROTASWP", "rota-swaps"), ("C04CYMRAEG", "siarad-cymraeg")]
LINKS = [
    ("https://bnf.nice.org.uk/drugs/gentamicin/", "BNF: gentamicin"),
    ("https://www.nice.org.uk/guidance/ng51", "NG51"),
    ("https://intranet.fenwickvale-hospitals.org/policies/antimicrobial?section=4.2&rev=11", "AMS policy 4.2"),
    ("https://pacs.fenwickvale-hospitals.org:8443/viewer/?study=1.2.826.0.1.3680043.8.498.1174&series=3", ""),
    ("https://fhir.fenwickvale-hospitals.org:8443/R4/Patient/rx884412/$everything?_since=2025-03-01", ""),
    ("http://labcore-test.fvuh.local:8080/api/v2/results?mrn=RX884412&from=2025-03-01&to=2025-03-14", "test LIMS"),
    ("https://rota.fenwickvale-hospitals.org/oncall?grade=SpR&week=2025-W11&site=main", "rota"),
    ("https://www.medicines.org.uk/emc/product/3185/smpc#gref", "SmPC"),
    ("https://www.rcp.ac.uk/improving-care/resources/national-early-warning-score-news-2/", "NEWS2"),
    ("https://loinc.org/2823-3", "LOINC 2823-3"),
    ("https://icd.who.int/browse10/2019/en#/E87.6", "ICD-10 E87.6"),
    ("https://hl7.org/fhir/R4/medicationrequest.html", ""),
    ("https://gitlab.fenwickvale-hospitals.org/ci/mirth-channels/-/merge_requests/214", "MR !214"),
    ("https://status.fenwickvale-hospitals.org/incidents/2025-03-14-lims", ""),
    ("https://www.sps.nhs.uk/articles/using-gentamicin-in-adults/", "SPS"),
    ("https://datix.fenwickvale-hospitals.org:4443/index.php?action=incident&recordid=55821", "DATIX 55821"),
    ("https://www.metoffice.gov.uk/weather/warnings-and-advice/uk-warnings#?date=2025-03-14", "Met Office"),
]
UNFURLS = {
    "bnf.nice.org.uk": ("BNF", "Gentamicin | Drugs | BNF | NICE",
                        "Indications and dose: septicaemia, meningitis, biliary-tract infection... Renal impairment: "
                        "reduce dose and monitor serum-gentamicin concentration."),
    "www.nice.org.uk": ("NICE", "Overview | Suspected sepsis: recognition, diagnosis and early management | "
                                "Guidance | NICE", "This guideline covers the recognition, diagnosis and early "
                                                   "management of sepsis for all populations."),
    "www.sps.nhs.uk": ("SPS - Specialist Pharmacy Service", "Using gentamicin in adults",
                       "Once-daily dosing, extended-interval nomograms and therapeutic drug monitoring."),
    "www.medicines.org.uk": ("emc", "Gentamicin 40 mg/ml Injection - Summary of Product Characteristics (SmPC)",
                             "4.2 Posology and method of administration"),
    "www.metoffice.gov.uk": ("Met Office", "UK weather warnings", "Yellow warning of snow and ice: 18:00 Fri to "
                                                                  "10:00 Sat. Travel delays on higher routes."),
    "loinc.org": ("LOINC", "2823-3 Potassium [Moles/volume] in Serum or Plasma", "Component: Potassium. "
                                                                               "Property: SCnc. System: Ser/Plas."),
}

# Bot commands as staff type them (DMs, @mentions and /jeeves). {{P}} place, {{T}} time, {{TZ}} time zone.
COMMANDS = [
    "weather", "weather", "weather {{P}}", "weather {{P}}", "weather {{P}}", "weather in {{P}}", "Weather {{P}}?",
    "wether {{P}}", "weather {{P}} tomorrow", "weather {{P}} pls, cycling in for the 07:30 handover 🚲",
    "weather at the helipad", "remember location {{P}}", "remember location {{P}}", "Remember Location {{P}}",
    "my location", "forget location", "config", "config units imperial", "config units metric",
    "config alert_time {{T}}", "config time {{T}}", "config timezone {{TZ}}", "config tz {{TZ}}", "alerts on",
    "alerts off", "alerts", "login", "forget me", "help", "help", "?", "hi jeeves 👋", "thanks!", "cheers :+1:",
    "config alert_time 6.45am", "config timezone BST", "config tz GMT+1",
    "alerts on — nights this week so 19:00 please", "weather {{P}} :cloud_with_rain:",
    "remember location Ward 7B, {{P}}",
    "weather 53.8008,-1.5491", "config alert_time 05:45", "weather {{P}} & {{P}}", "my location?",
    "remember location home (Otley) not the LGI", "forget me please, I'm leaving the Trust on Friday 👋",
]
MENTIONS = [
    "{{BOT}} weather {{P}}", "{{BOT}} weather {{P}}", "{{BOT}} weather {{P}}", "{{BOT}} help",
    "{{BOT}} remember location {{P}}", "{{BOT}} weather {{P}} — night shift starts 19:30, do I need the big coat?",
    "{{BOT}} is it going to snow in {{P}} tonight? the 06:00 pharmacy van goes over the tops",
    "thanks {{BOT}} 🙏", "{{BOT}} config alert_time 06:15", "{{BOT}} alerts on", "{{BOT}} login",
    "{{M}} can you look at {{B}}? K+ <3.5 mmol/L again (3.2 at 05:55). {{BOT}} weather {{P}} while you're at it 😅",
    "{{BOT}} weather {{P}}\nalso {{HERE}}: LIMS downtime 22:00–02:00 tonight, results phoned only if K+ >6.0 or <2.5",
    "hey {{BOT}}, what can you do?", "{{BOT}} my location", "{{BOT}} weather",
    "{{BOT}} weather Leeds vs Harrogate? deciding where to park for the audit day",
    "{{BOT}} weather {{P}} | bed-flow huddle at 08:45 in the Jubilee seminar room",
    "{{BOT}} weather {{P}} (asking for the transfer team, ETA 14:20, pt on 2 L O2)",
    "is {{BOT}} down? {{M}} the 06:30 alert didn't arrive on 7B",
    "{{BOT}} weather {{P}} :snowflake: gritters out?", "{{M}} {{M}} {{BOT}} is the one that does the weather",
]
DM_CHAT = [
    "morning! 😊", "is there a way to get the alert at 06:15 only on weekdays?", "how do I change my location back?",
    "does this work on the Citrix desktop?", "can you do bleeps? no? ok 😂", "sorry wrong chat 🙈",
    "who maintains you? the 7B alert didn't come this morning", "jeeves, what's the weather like at the LGI",
    "ignore that ^ meant for Siân", "you're the best bot in the Trust", "Diolch!", "Go raibh maith agat 🙏",
    "dzięki 👍", "obrigada!", "ধন্যবাদ", "شكراً", "ありがとう！", "Salamat po!", "E se gan ni 🙏", "спасибо",
    "what does `config` actually save? is it GDPR ok? (no patient data, right?)",
    "the app says my timezone is UTC but I'm in Lahore for 2 weeks — config tz Asia/Karachi?",
    "is 'alerts on' per device or per account?", "can I get °F? the American fellows keep asking",
    "Bore da! Ydy'r bot yn siarad Cymraeg? 🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",
    "does the daily alert know about BST from 30/03? last year it was an hour out",
    "I typed `remember location St James's` and it found St James's Park in London 😂 try again:",
    "test", "testing 1 2 3", "hello?", "👍", "🙏🙏", "ok", "lol", "brb, crash call",
]
# What clinical informatics and pharmacy people paste and write (into @mentions and, by mistake or not, DMs).
CLINICAL = [
    "```\nMSH|^~\\&|WINPATH|FVUH_LAB|EPR|FVUH|20250314063015||ORU^R01^ORU_R01|WP25073000184|P|2.4|||AL|NE\n"
    "PID|1||RX884412^^^FVUH^MR~9990001234^^^NHS^NH||O'BRIEN^MAIREAD^ANNE^^MRS||19570322|F|||"
    "14 Chapel Row^^Fenwick^^FV3 9QP^GBR\nPV1|1|I|7B^BED12^^FVUH||||C3344^OKAFOR^NNAMDI^^^DR\n"
    "OBR|1|ORD77812|LAB25-0314-0071|UE^Urea and electrolytes^WINPATH|||20250314055500\n"
    "OBX|1|NM|2823-3^Potassium^LN||3.1|mmol/L|3.5-5.3|L|||F\nOBX|2|NM|2951-2^Sodium^LN||134|mmol/L|133-146|N|||F\n"
    "OBX|3|NM|2160-0^Creatinine^LN||142|umol/L|45-84|H|||F\n```\nOBX-8 flags come through now after the mapping fix",
    "seeing this ADT^A02 bounce from the bed management feed, any idea?\n```\n"
    "MSH|^~\\&|PAS|FVUH|BEDVIEW|FVUH|20250314071122||ADT^A02^ADT_A02|PAS0099812|P|2.3\nEVN|A02|20250314071100\n"
    "PID|1||RX771203^^^FVUH^MR||NGUYEN^THI HUONG||19880611|F\nPV1|1|I|AMU^BAY3^BED23|||7B^SR2^BED1\n"
    "ERR|^^^207&Application internal error&HL70357\n```",
    "RDE from pharmacy for bed 9, the dose text is cut at 60 chars in the EPR:\n```\n"
    "RXE|^^^20250314080000^^R|GENT80I^Gentamicin 80mg/2mL inj^LOCAL|320||mg|INJ|"
    "^5 mg/kg IBW once daily, level 6-14 h post dose (Hartford)^^|||||||||||||||\n"
    "RXR|IV^Intravenous^HL70162\n```",
    "```json\n{\n  \"resourceType\": \"Observation\",\n  \"status\": \"final\",\n  \"code\": {\"coding\": "
    "[{\"system\": \"http://loinc.org\", \"code\": \"2823-3\", "
    "\"display\": \"Potassium [Moles/volume] in Serum or Plasma\"}]},\n"
    "  \"subject\": {\"reference\": \"Patient/rx884412\"},\n  \"effectiveDateTime\": \"2025-03-14T05:55:00+00:00\",\n"
    "  \"valueQuantity\": {\"value\": 3.1, \"unit\": \"mmol/L\", \"system\": \"http://unitsofmeasure.org\", "
    "\"code\": \"mmol/L\"},\n  \"interpretation\": [{\"coding\": [{\"code\": \"L\"}]}],\n"
    "  \"referenceRange\": [{\"low\": {\"value\": 3.5}, \"high\": {\"value\": 5.3}}]\n}\n```",
    "MedicationRequest from the new e-prescribing build, does the dosage look right to pharmacy?\n```json\n"
    "{\"resourceType\": \"MedicationRequest\", \"status\": \"active\", \"intent\": \"order\", "
    "\"medicationCodeableConcept\": {\"coding\": [{\"system\": \"https://dmd.nhs.uk\", "
    "\"code\": \"39720311000001101\", "
    "\"display\": \"Gentamicin 80mg/2ml solution for injection ampoules\"}]}, \"dosageInstruction\": [{\"text\": "
    "\"5 mg/kg (IBW) IV q24h, infuse in 100 mL 0.9% NaCl over 60 min\", \"timing\": {\"repeat\": {\"frequency\": 1, "
    "\"period\": 24, \"periodUnit\": \"h\"}}, \"doseAndRate\": [{\"doseQuantity\": {\"value\": 320, "
    "\"unit\": \"mg\"}}]}]}\n```",
    "`GET https://fhir.fenwickvale-hospitals.org:8443/R4/Observation?patient=Patient/rx884412&code=http://loinc.org"
    "|2823-3&_sort=-date&_count=5` gives an empty Bundle on prod but 5 entries on test 🤔",
    "*Handover 07:45, Ward 7B*\n• Bed 12 (78M): CAP, co-amoxiclav 1.2 g IV q8h + clarithromycin 500 mg BD, "
    "CRP 187 → 142\n• Bed 14: K+ <3.5 mmol/L (3.1): 40 mmol KCl in 1 L 0.9% NaCl over 8 h, recheck U&Es 14:00\n"
    "• Bed 3: NEWS2 5 at 06:00, sepsis screen neg, obs 1-hourly\n• SR2: C. diff +ve, enteric precautions\n"
    "No falls overnight :white_check_mark:",
    "Gent for bed 9: 5 mg/kg × IBW 62 kg = 310 mg → round to 320 mg in 100 mL 0.9% NaCl over 60 min. "
    "CrCl (Cockcroft-Gault) ≈ 48 mL/min so q24h is fine; level 6–14 h post dose, plot on the Hartford nomogram.",
    "Vanc: loading 25 mg/kg (max 2 g), then 15 mg/kg q12h if CrCl >50 mL/min; trough before the 4th dose, "
    "target 10–15 mg/L (15–20 for bone/CNS). Anything <10 → discuss with micro.",
    "Quick one: enoxaparin for a 112 kg pt with CrCl 27 mL/min, 1 mg/kg OD (not BD) and anti-Xa 3–4 h after the "
    "3rd dose? BNF says consider dose-banding >100 kg",
    "K+ 2.9 mmol/L → 40 mmol KCl in 1 L 0.9% NaCl over ≥4 h peripherally (max 10 mmol/h), cardiac monitor if "
    ">20 mmol/h. Mg2+ 0.58 too, so 20 mmol MgSO4 in 250 mL over 4 h. Recheck U&E + Mg in 6 h",
    "VRIII: 50 units Actrapid in 49.5 mL 0.9% NaCl (1 unit/mL). CBG >12 → 3 units/h; 8.1–12 → 2; 6–8 → 1; "
    "<4 → stop, treat the hypo & call. Substrate: 0.45% NaCl + 5% glucose + 0.15% KCl at 83 mL/h",
    "reminder: IV paracetamol ≤50 kg = 15 mg/kg q6h (max 60 mg/kg/day); >50 kg = 1 g QDS. "
    "Low body weight + hepatotoxicity risk factors → max 3 g/24h",
    "| Test | LOINC | Result | Ref |\n|---|---|---|---|\n| Hb | 718-7 | 82 g/L | 115–165 |\n"
    "| Plt | 777-3 | 41 ×10⁹/L | 150–400 |\n| INR | 6301-6 | >8.0 | 0.8–1.2 |\n| CRP | 1988-5 | <5 mg/L | <5 |\n"
    "| Lactate | 2524-7 | 4.1 mmol/L | 0.5–2.2 |",
    "Coding query for 7B discharges: J18.9 (pneumonia, unspecified) vs J13, micro grew Strep pneumo so J13, "
    "plus E87.6 hypokalaemia and N17.9 AKI (stage 2). Z99.2 doesn't apply, not on dialysis.",
    "*On-call rota w/c 17/03* (swaps to {{C}} by Wed 12:00)\n```\nMon 17  Day: Dr Adeyemi (bleep 2214)    "
    "Night: Dr Al-Khouri (bleep 6631)\nTue 18  Day: Dr Ní Fhlannagáin         Night: Dr Park (ext. 4471)\n"
    "Wed 19  Day: Dr Okafor                 Night: LOCUM (TBC)\n```\nPharmacy on-call: 07700 900481 "
    "(or via switchboard 0113 496 0000)",
    "Night → day handover 07:30, AMU\n1. Bay 3 bed 23: NSTEMI (I21.4), trop 64 → 212 ng/L, fondaparinux 2.5 mg SC OD, "
    "cardiology r/v am\n2. Bed 17: DKA, pH 7.21, ketones 4.8 → 1.9, FRIII 0.1 units/kg/h, K+ 4.1\n"
    "3. SR2: ?C. diff (A04.7), stool sent, isolated\n4. Bed 9: NEWS2 6 @ 05:00 → Sepsis 6 done 05:20, lactate "
    "3.4 → 1.8\nNo DATIX. Drug fridge 2–8 °C logged ✅",
    "Pharmacy query from Ward 12: can ceftriaxone 2 g OD go through the same line as Hartmann's? No: calcium, "
    "flush with 0.9% NaCl first, and never in neonates <28 days.",
    "Amiodarone loading: 300 mg in 250 mL 5% glucose over 20–60 min, then 900 mg in 500 mL G5% over 24 h. "
    "Central line if >2 mg/mL. Not in 0.9% NaCl!",
    "anyone know the SNOMED for 'Gentamicin 80mg/2ml solution for injection ampoules'? I've got 323509004 but "
    "dm+d says VMP 39720311000001101",
    "Go-live moved from 31/03/2025 to 2025-04-07 (Mon 7 Apr, 07:00 BST). Cut-over freeze Fri 04-Apr 17:00 → "
    "Mon 06:00. Downtime forms v4.2 in the blue folders.",
    "Sepsis screen: T >38.0 or <36.0, HR >90, RR >20, WCC >12 or <4 ×10⁹/L, lactate ≥2 → Sepsis 6 within 1 h",
    "OperationOutcome from the GP Connect test: `{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":"
    "\"error\",\"code\":\"invalid\",\"diagnostics\":\"Invalid NHS number: 9990001234\"}]}`",
    "LIMS downtime tonight 22:00–02:00: results phoned for K+ >6.0 or <2.5, Na+ <120, glucose <2.2, Hb <70 g/L, "
    "INR >5. Paper request forms (PATH-07), bleep 2277 for urgent samples.",
    "to pull OBX-5 out quickly: `python3 -c \"import hl7,sys; m=hl7.parse(sys.stdin.read().replace('\\n','\\r')); "
    "print(m.segment('OBX')[5])\" < oru.hl7`",
    "```sql\nSELECT ward, COUNT(*) AS n, AVG(los_days) AS mean_los\nFROM inpatient_episodes\n"
    "WHERE admit_dt >= '2025-03-01' AND discharge_dt < '2025-03-14'\n  AND primary_icd10 LIKE 'J18%'\n"
    "GROUP BY ward\nORDER BY n DESC;\n```\nnumbers look low for 7B, can someone check?",
    "```\n[2025-03-14 06:31:07,331] ERROR (com.mirth.connect.connectors.tcp.TcpReceiver:412): Error processing "
    "message on TCP Listener (LAB_IN, port 6661)\njava.net.SocketTimeoutException: Read timed out\n```\n"
    "restarted the channel at 06:40, backlog 312 msgs cleared by 06:52",
    "Fluids cheat sheet: 500 mL over 4 h = 125 mL/h; 1 L over 8 h = 125 mL/h; 1 L over 6 h ≈ 167 mL/h. "
    "Gravity set 20 drops/mL ⇒ 1 L/8 h ≈ 42 drops/min",
    "Bore da bawb! Mae rota'r penwythnos ar y fewnrwyd. Diolch i Rhys am gyfro nos Sadwrn 🙏",
    "Dzień dobry, czy ktoś wie, kiedy będzie nowa wersja karty zleceń? Pytanie o dawkowanie wankomycyny >100 kg.",
    "صباح الخير، المناوبة الليلية تبدأ الساعة ٨ مساءً في وحدة العناية المركزة",
    "夜班交接：7B 12床 血钾 3.1 mmol/L，已补钾，下午两点复查电解质。",
    "Bonjour, le patient du lit 14 a une kaliémie < 3,5 mmol/L : KCl 2 g IV sur 8 h, contrôle à 14 h.",
    "E kaaro everyone, I'm covering bleep 2214 till 13:00, then Dr Ndlovu (ext. 4480) 👋",
    "Reminder: Controlled Drugs check on 7B at 21:00. Morphine sulfate 10 mg/mL ampoules: balance 23 → 21 "
    "(2 × 2.5 mg SC PRN given, wasted 15 mg, witnessed)",
    "Tazocin shortage: use 4.5 g q8h extended infusion (over 4 h) for now; ≥ 4 h stable in 0.9% NaCl 100 mL. "
    "Pen-allergic? → discuss with micro (bleep 2301)",
    "CT head for ED resus 2 (GCS 14 → 12, on apixaban 5 mg BD, last dose 08:00): PACS link "
    "https://pacs.fenwickvale-hospitals.org:8443/viewer/?study=1.2.826.0.1.3680043.8.498.1174&series=3",
    "Thanks all for today, 14 discharges before 11:00 :tada: bed state: 3 G&A beds, 0 ITU, 1 HDU. "
    "Escalation level OPEL 3 → 2",
]
BOT_REPLIES = [
    "{{PL}}: light rain, 7°C, wind 24 km/h; today 4°C to 9°C, 80% chance of precipitation",
    "{{PL}}: overcast, 11°C, wind 13 km/h; today 6°C to 12°C, 30% chance of precipitation",
    "{{PL}}: snow showers, -1°C, wind 31 km/h; today -3°C to 2°C, 70% chance of precipitation",
    "{{PL}}: clear sky, 48°F, wind 6 mph; today 39°F to 54°F, 0% chance of precipitation",
    "Got it, I will remember {{PL}}.", "Your location is {{PL}}.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 06:45 (Europe/London).", "Daily weather alerts are off.",
    "Saved. Your settings:\n• alert_time: 06:15\n• alerts: on\n• timezone: Europe/London\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
    "Sorry: timezone must be an IANA name, e.g. Europe/Paris.",
    "Sorry, I did not understand that. Here is what I can do:\n• `alerts on|off`: daily weather alert for your "
    "location at your alert_time\n• `config [setting value]`: show or change your settings (units, alert_time, "
    "timezone)\n• `forget location`: forget your location\n• `help`: this list\n• `weather [place]`: the weather "
    "for a place, or for your remembered location",
]
FILES = [
    ("Handover 7B 14-03-2025.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     "docx"),
    ("K+ replacement protocol v3 (FINAL).pdf", "application/pdf", "pdf"),
    ("Rota Mar–Apr 2025 (SpR + FY).xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     "xlsx"),
    ("ECG bed 9 05.40.jpg", "image/jpeg", "jpg"), ("ORU_R01 sample – WinPath.hl7", "text/plain", "text"),
    ("gent_levels_Q1.csv", "text/csv", "csv"), ("Screenshot 2025-03-14 at 07.12.55.png", "image/png", "png"),
    ("Observation-K+.json", "application/json", "json"), ("IMG_2231.HEIC", "image/heic", "heic"),
    ("NEWS2 chart – Ward 12 (scan).pdf", "application/pdf", "pdf"),
    ("Mirth channel export LAB_IN (2025-03-14).xml", "application/xml", "xml"),
]
FILE_COMMENTS = ["", "", "handover attached", "here's the protocol Ewa mentioned", "rota v2, swaps in yellow",
                 "can you check the OBX segments in this?", "sorry, wrong chat again 🙈", "for the audit (Q1)",
                 "photo of the whiteboard, bay 3 still blocked", "levels so far, trough >2 on 3 of them"]


class Hospital(WebApp):
    """Fenwick Vale's staff and systems; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    team, app_id, bot_user, verify_token, base = TEAM, APP_ID, BOT_USER, VERIFICATION_TOKEN, BASE
    ts_window = iat_window = event_window = (0, 14 * 3600)
    client_id_after, context_bytes = "jti", 40
    oauth_scopes = ("read", "read", "read write", "write read", "write")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(180):
            if i < len(STAFF):
                first, last, role = STAFF[i]
            else:
                first, last, role = self.pick(FIRSTS), self.pick(LASTS), self.pick(ROLES)
            plain_first = self.ascii(first).replace(" ", "")
            plain_last = self.ascii(last).replace(" ", "").replace("'", "").replace(".", "")
            handle = f"{plain_first}.{plain_last}" if i % 5 else f"{plain_first[:1]}{plain_last}"
            self.people.append({"id": self.sid("U0"), "first": first, "last": last, "name": f"{first} {last}",
                                "role": role, "handle": handle, "email": f"{plain_first}.{plain_last}@{MAIL}",
                                "place": self.pick(PLACES), "tz": self.pick(TIMEZONES)})

    @staticmethod
    def ascii(text: str) -> str:
        table = {"ß": "ss", "Þ": "Th", "þ": "th", "Ł": "L", "ł": "l", "ø": "o", "Ø": "O", "đ": "d"}
        spelled = "".join(table.get(ch, ch) for ch in text)
        return unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode().lower()

    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {"method": req["method"], "uri": req["uri"], "body": req.get("body", ""), "headers": req["headers"],
                "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    # ---- small pieces -----------------------------------------------------------------------------------
    def alert_time(self) -> str:
        hour = self.pick([5, 5, 6, 6, 6, 7, 7, 7, 7, 8, 12, 13, 18, 19, 19, 20])
        return f"{hour:02d}:{self.pick(['00', '15', '30', '45', '10', '40'])}"

    def place_label(self) -> str:
        return self.pick(["Leeds, United Kingdom", "Harrogate, United Kingdom", "Cork, Ireland", "Kraków, Poland",
                          "Lagos, Nigeria", "Bishop's Stortford, United Kingdom", "Reykjavík, Iceland",
                          "Stoke-on-Trent, United Kingdom", "Dún Laoghaire, Ireland", "Lahore, Pakistan",
                          "Weston-super-Mare, United Kingdom", "Kochi, India", "Llandudno, United Kingdom"])

    def fill(self, template: str, slack: bool = True,
             link: tuple[str, str] | None = None) -> tuple[str, list[dict[str, Any]]]:
        """Placeholders to values. In Slack: the text as Slack sends it (its three escapes, <...> markup for
        mentions, links and channels) and the rich_text elements Slack puts beside it."""
        pieces: list[tuple[str, dict[str, Any] | None]] = []

        def markup(raw: str, element: dict[str, Any] | None, shown: str) -> str:
            if not slack:
                return shown
            pieces.append((raw, element))
            return f"\x00{len(pieces) - 1}\x00"

        out = template
        while "{{BOT}}" in out:
            out = out.replace("{{BOT}}", markup(f"<@{BOT_USER}>", {"type": "user", "user_id": BOT_USER}, "@Jeeves"), 1)
        while "{{M}}" in out:
            p = self.pick(self.people)
            out = out.replace("{{M}}", markup(f"<@{p['id']}>", {"type": "user", "user_id": p["id"]},
                                              "@" + p["handle"]), 1)
        while "{{HERE}}" in out:
            out = out.replace("{{HERE}}", markup("<!here>", {"type": "broadcast", "range": "here"}, "@here"), 1)
        while "{{C}}" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("{{C}}", markup(f"<#{cid}|{cname}>", {"type": "channel", "channel_id": cid},
                                              "#" + cname), 1)
        while "{{L}}" in out:
            url, label = link or self.pick(LINKS)
            raw = f"<{slack_escape(url)}|{slack_escape(label)}>" if label else f"<{slack_escape(url)}>"
            element = {"type": "link", "url": url, **({"text": label} if label else {})}
            out = out.replace("{{L}}", markup(raw, element, url), 1)
        for key, make in (("{{P}}", lambda: self.pick(PLACES)), ("{{B}}", lambda: self.pick(BEDS)),
                          ("{{T}}", self.alert_time), ("{{TZ}}", lambda: self.pick(TIMEZONES)),
                          ("{{PL}}", self.place_label)):
            while key in out:
                out = out.replace(key, make(), 1)
        if not slack:
            return out, []
        text, elements = "", list[dict[str, Any]]()
        for i, chunk in enumerate(out.split("\x00")):
            if i % 2 == 0:
                text += slack_escape(chunk)
                if chunk:
                    elements.append({"type": "text", "text": chunk})
                continue
            raw, shown = pieces[int(chunk)]
            text += raw
            if shown is not None:
                elements.append(shown)
        return text, elements

    def blocks(self, elements: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{"type": "rich_text", "block_id": self.token(4)[:5],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    # ---- Slack ----------------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"User-Agent": SLACK_UA, "Accept-Encoding": "gzip,deflate", "Accept": "*/*",
             "X-Slack-Signature": "v0=" + "0" * 64, "X-Slack-Request-Timestamp": str(EPOCH),
             "Content-Type": content_type}
        if self.chance(0.03):
            h["X-Slack-Retry-Num"] = self.pick(["1", "1", "2", "3"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return h

    def event(self, kind: str, event: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(self.envelope(event), ensure_ascii=self.chance(0.5), separators=(",", ":"))
        return self.record(kind, "json", self.slack_request("/slack/events", body))

    def message(self, template: str, channel: str, im: bool, mention: bool = False) -> dict[str, Any]:
        text, elements = self.fill(template)
        user = self.pick(self.people)
        ts = self.ts()
        ev: dict[str, Any] = {"user": user["id"], "type": "app_mention" if mention else "message", "ts": ts,
                              "client_msg_id": self.uuid(), "text": text, "team": TEAM}
        if self.chance(0.85):
            ev["blocks"] = self.blocks(elements)
        ev["channel"] = channel
        ev["event_ts"] = ts
        if not mention:
            ev["channel_type"] = "im" if im else "channel"
        if self.chance(0.18):
            ev["thread_ts"] = self.ts()
            ev["parent_user_id"] = self.pick([user["id"], BOT_USER])
        return ev

    def slack_verify(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFICATION_TOKEN, "challenge": self.token(36), "type": "url_verification"})
        return self.record("slack-verify", "json", self.slack_request("/slack/events", body))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.6:
            template = self.pick(MENTIONS)
        elif roll < 0.75:
            template = "{{BOT}} " + self.pick(COMMANDS)
        else:
            template = self.pick(["{{BOT}} ", "{{M}} ", "", "fyi {{HERE}} ", "cc {{M}} "]) + self.pick(CLINICAL)
            if "{{BOT}}" not in template:
                template += self.pick(["\n(cc {{BOT}} weather {{P}} for the drive home pls)", " {{BOT}}",
                                       "\n\n{{BOT}} weather {{P}}", "\nsee {{L}} · {{BOT}}"])
        return self.event("slack-mention", self.message(template, cid, False, mention=True))

    def slack_dm(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.68:
            template = self.pick(COMMANDS)
        elif roll < 0.86:
            template = self.pick(DM_CHAT)
        else:
            template = self.pick(CLINICAL)
            if self.chance(0.3):
                template = self.pick(["oops, meant for {{M}}:\n", "for the record:\n", "note to self\n",
                                      "can you save this? "]) + template
        return self.event("slack-dm", self.message(template, self.sid("D0"), True))

    def slack_botreply(self) -> dict[str, Any]:
        text, _ = self.fill(self.pick(BOT_REPLIES))
        ts = self.ts()
        ev: dict[str, Any] = {"bot_id": BOT_ID, "type": "message", "text": text, "user": BOT_USER, "ts": ts,
                              "app_id": APP_ID, "team": TEAM, "bot_profile": {
                                  "id": BOT_ID, "deleted": False, "name": "Jeeves", "updated": EPOCH - 86400 * 40,
                                  "app_id": APP_ID, "icons": {"image_36": "https://avatars.slack-edge.com/2024-11-02/"
                                                                           "jeeves_36.png"}, "team_id": TEAM},
                              "channel": self.sid("D0"), "event_ts": ts, "channel_type": "im"}
        if self.chance(0.4):
            ev["blocks"] = [{"type": "section", "block_id": self.token(3)[:4], "text": {"type": "mrkdwn",
                                                                                        "text": text}},
                            {"type": "actions", "block_id": self.token(3)[:4], "elements": [
                                {"type": "button", "action_id": "set_location", "text": {
                                    "type": "plain_text", "text": "Set as my location", "emoji": True},
                                 "value": self.pick(PLACES)}]}]
        return self.event("slack-botreply", ev)

    def slack_file(self) -> dict[str, Any]:
        im = self.chance(0.6)
        channel = self.sid("D0") if im else self.pick(CHANNELS)[0]
        comment = self.pick(FILE_COMMENTS)
        template = comment if im else "{{BOT}} " + comment
        ev = self.message(template, channel, im, mention=not im)
        if im:
            ev["subtype"] = "file_share"
            ev["upload"] = False
            ev["display_as_bot"] = False
        name, mime, ftype = self.pick(FILES)
        fid = self.sid("F0")
        quoted = urllib.parse.quote(name)
        ev["files"] = [{"id": fid, "created": EPOCH + self.rng.randint(0, 40000), "timestamp": EPOCH,
                        "name": name, "title": name.rsplit(".", 1)[0], "mimetype": mime, "filetype": ftype,
                        "pretty_type": ftype.upper(), "user": ev["user"], "user_team": TEAM, "editable": False,
                        "size": self.rng.randint(900, 6_000_000), "mode": "hosted", "is_external": False,
                        "external_type": "", "is_public": False, "public_url_shared": False,
                        "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{quoted}",
                        "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{quoted}",
                        "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{ev['user']}/{fid}/"
                                     + urllib.parse.quote(name.lower().replace(" ", "_")),
                        "has_rich_preview": False, "file_access": "visible"}]
        return self.event("slack-file", ev)

    def slack_unfurl(self) -> dict[str, Any]:
        url, label = self.pick([link for link in LINKS if urllib.parse.urlsplit(link[0]).hostname in UNFURLS])
        service, title, snippet = UNFURLS[str(urllib.parse.urlsplit(url).hostname)]
        template = self.pick(["{{L}}", "weather first, then this: {{L}}", "is this the current one? {{L}}",
                              "saving this here {{L}}"])
        text, elements = self.fill(template, link=(url, label))
        user, ts, channel = self.pick(self.people)["id"], self.ts(), self.sid("D0")
        message = {"user": user, "type": "message", "client_msg_id": self.uuid(), "text": text,
                   "team": TEAM, "ts": ts, "blocks": self.blocks(elements),
                   "attachments": [{"from_url": url, "service_name": service, "title": title, "title_link": url,
                                    "text": snippet, "fallback": f"{service}: {title}", "id": 1,
                                    "original_url": url, "service_icon": f"https://{urllib.parse.urlsplit(url).hostname}"
                                                                         "/favicon.ico"}]}
        ev = {"type": "message", "subtype": "message_changed", "message": message, "previous_message": {
            k: v for k, v in message.items() if k != "attachments"}, "channel": channel, "hidden": True,
              "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.event("slack-unfurl", ev)

    def slack_edit(self) -> dict[str, Any]:
        fixed = self.pick(COMMANDS)
        text, elements = self.fill(fixed)
        cut = self.rng.randint(1, max(1, len(text) - 1))
        typo = text[:cut] + text[cut + 1:] if len(text) > 3 and not any(c in text for c in "&<>") else text + " ?"
        user, ts = self.pick(self.people)["id"], self.ts()
        new = {"user": user, "type": "message", "edited": {"user": user, "ts": self.ts()},
               "client_msg_id": self.uuid(), "text": text, "team": TEAM, "ts": ts, "blocks": self.blocks(elements)}
        old = {"user": user, "type": "message", "client_msg_id": new["client_msg_id"], "text": typo, "team": TEAM,
               "ts": ts}
        ev = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": old,
              "channel": self.sid("D0"), "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.event("slack-edit", ev)

    def slack_delete(self) -> dict[str, Any]:
        text, _ = self.fill(self.pick(CLINICAL + DM_CHAT))
        user, ts = self.pick(self.people)["id"], self.ts()
        ev = {"type": "message", "subtype": "message_deleted", "hidden": True, "deleted_ts": ts,
              "channel": self.sid("D0"), "previous_message": {"user": user, "type": "message", "text": text,
                                                             "team": TEAM, "ts": ts, "client_msg_id": self.uuid()},
              "ts": self.ts(), "event_ts": self.ts(), "channel_type": "im"}
        return self.event("slack-delete", ev)

    def slack_home(self) -> dict[str, Any]:
        ev = self.home_opened(self.pick(self.people)["id"], self.sid("D0"), ("home", "home", "home", "messages"))
        if ev["tab"] == "home" and self.chance(0.6):
            ev["view"] = {"id": self.sid("V0"), "team_id": TEAM, "type": "home", "blocks": [
                {"type": "header", "block_id": self.token(3)[:4], "text": {"type": "plain_text",
                                                                           "text": "Your Jeeves settings"}},
                {"type": "section", "block_id": self.token(3)[:4], "text": {
                    "type": "mrkdwn", "text": f"*Location:* {self.place_label()}\n*Units:* metric\n"
                                              f"*Daily alert:* on at {self.alert_time()} (Europe/London)"}}],
                          "private_metadata": "", "callback_id": "", "state": {"values": {}},
                          "hash": f"{EPOCH}.{self.hexs(8)}", "title": {"type": "plain_text", "text": "View Title"},
                          "clear_on_close": False, "notify_on_close": False, "close": None, "submit": None,
                          "previous_view_id": None, "root_view_id": None, "app_id": APP_ID,
                          "external_id": "", "app_installed_team_id": TEAM, "bot_id": BOT_ID}
        return self.event("slack-home", ev)

    def command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 8 + [(self.sid("G0"), "privategroup")])
        text, _ = self.fill(self.pick(COMMANDS + ["", "weather", "help"]))
        fields = [("token", VERIFICATION_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook("commands")), ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction(self) -> dict[str, Any]:
        user = self.pick(self.people)
        im = self.chance(0.6)
        cid, cname = (self.sid("D0"), "directmessage") if im else self.pick(CHANNELS)
        roll = self.rng.random()
        ephemeral = True
        message: dict[str, Any] | None = None
        if roll < 0.72:
            place = self.pick(PLACES)
            action = {"action_id": "set_location", "block_id": self.token(3)[:5], "text": {
                "type": "plain_text", "text": "Set as my location", "emoji": True}, "value": place,
                      "type": "button", "action_ts": self.ts()}
            ephemeral = not im or self.chance(0.3)
            if not ephemeral:
                forecast, _ = self.fill(self.pick(BOT_REPLIES[:4]))
                message = {"user": BOT_USER, "type": "message", "ts": self.ts(), "bot_id": BOT_ID, "app_id": APP_ID,
                           "text": forecast, "team": TEAM, "blocks": [
                               {"type": "section", "block_id": self.token(3)[:4],
                                "text": {"type": "mrkdwn", "text": forecast, "verbatim": False}},
                               {"type": "actions", "block_id": action["block_id"], "elements": [
                                   {"type": "button", "action_id": "set_location", "text": {
                                       "type": "plain_text", "text": "Set as my location", "emoji": True},
                                    "value": place}]}]}
        elif roll < 0.86:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "text": {
                "type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-", "style": "danger",
                      "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5], "text": {
                "type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-", "type": "button",
                      "action_ts": self.ts()}
        container = {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": ephemeral}
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                              "team_id": TEAM},
            "api_app_id": APP_ID, "token": VERIFICATION_TOKEN, "container": container, "trigger_id": self.trigger(),
            "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False,
            "channel": {"id": cid, "name": cname}}
        if message is not None:
            payload["message"] = message
        payload["state"] = {"values": {}}
        payload["response_url"] = self.hook("actions")
        payload["actions"] = [action]
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.5),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", {"method": "POST", "uri": "/slack/interactions", "body": body,
                                                   "headers": self.slack_headers(
                                                       "application/x-www-form-urlencoded")})

    # ---- scripts, CI, dashboards and the data API ----------------------------------------------------------
    def tracing(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-{self.pick(['01', '00'])}"
            if self.chance(0.4):
                h["tracestate"] = self.pick(["dd=s:1;o:rum;t.dm:-1", f"az={self.hexs(16)}", "rojo=00f067aa0ba902b7"])
            if self.chance(0.3):
                h["baggage"] = self.pick(["deployment.environment=prod,service.name=pharm-oncall-dash",
                                          "team=clinical-informatics,cost_centre=CI-4410", "ward=7B,pilot=true"])
        elif roll < 0.27:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
        elif roll < 0.32:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)}"
        elif roll < 0.36:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.4:
            h["Request-Id"] = f"|{self.hexs(32)}.{self.hexs(16)}."
        if self.chance(0.3):
            h["X-Request-Id"] = self.pick([self.uuid(), f"pbi-{self.rng.randint(10**8, 10**9)}",
                                           f"gitlab-job:{self.rng.randint(10**6, 10**7)}", f"mirth.{self.hexs(12)}"])

    def script_headers(self, client: str, scope: str) -> dict[str, str]:
        ua = self.pick(["python-requests/2.31.0", "python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.6.0",
                        "curl/7.81.0", "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
                        "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.19041.4291",
                        "Apache-HttpClient/4.5.13 (Java/17.0.10)", "Grafana/10.4.1",
                        "libcurl/8.5.0 r-curl/5.2.1 httr/1.4.7", "PostmanRuntime/7.37.0", "axios/1.6.7",
                        "Go-http-client/2.0", "okhttp/4.12.0", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*",
                                                    "application/json;q=0.9, */*;q=0.1"]),
             "Authorization": ("Bearer " if self.chance(0.9) else "bearer ") + self.jwt(client, scope)}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "identity"])
        if "PostmanRuntime" in ua:
            h["Postman-Token"] = self.uuid()
            h["Cache-Control"] = "no-cache"
        if "Mashup" in ua:
            h["Accept-Language"] = "en-GB"
        self.tracing(h)
        return h

    def api(self) -> dict[str, Any]:
        client = self.pick(["esr-leavers-sync", "pharm-oncall-dash", "mirth.bridge", "gitlab-ci:ward7b",
                            "grafana-ci", "bedflow-wallboard", "sepsis-qi-r", "powerbi-ops"])
        roll = self.rng.random()
        if roll < 0.3:
            h = self.script_headers(client, self.pick(["read", "read write"]))
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["50", "100", "250", "500", "20"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 250, 500, 1000]))))
            for key, values in (("team_id", [TEAM, TEAM, PARTNER_TEAM]), ("active", ["true", "false", "1", "0"]),
                                ("alerts", ["true", "false", "on", "off", "1"])):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            uri = "/api/users" + ("?" + urllib.parse.urlencode(params) if params else "")
            return self.record("api-users", "query", self.get_request(uri, h))
        if roll < 0.48:
            h = self.script_headers(client, "read")
            return self.record("api-user", "path", {"method": self.pick(["GET", "GET", "GET", "HEAD"]),
                                                    "uri": f"/api/users/{self.rng.randint(1, 1900)}", "body": "",
                                                    "headers": h})
        if roll < 0.68:
            h = self.script_headers(client, "read write")
            person = self.pick(self.people)
            choice = self.rng.random()
            doc: dict[str, Any]
            if choice < 0.25:
                doc = {"is_active": False}  # the ESR leavers sync
            elif choice < 0.4:
                doc = {"name": self.pick([person["name"], f"Dr {person['name']}",
                                          f"{person['name']} ({person['role']})",
                                          f"{person['name']} – {person['role']}"])[:200]}
            elif choice < 0.55:
                doc = {"email": person["email"], "name": person["name"]}
            elif choice < 0.8:
                settings: dict[str, Any] = {}
                for key, make in (("timezone", lambda: person["tz"]), ("alert_time", self.alert_time),
                                  ("units", lambda: self.pick(["metric", "imperial"])),
                                  ("alerts", lambda: self.chance(0.7))):
                    if self.chance(0.5):
                        settings[key] = make()
                doc = {"settings": settings or {"alerts": True}}
            elif choice < 0.9:
                doc = {"is_active": True, "is_admin": False, "name": person["name"], "email": person["email"],
                       "settings": {"units": "metric", "alert_time": self.alert_time(), "alerts": True,
                                    "timezone": "Europe/London"}}
            else:
                doc = {"is_admin": self.chance(0.5)}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.4), indent=self.pick([None, None, 2]))
            uri = f"/api/users/{self.rng.randint(1, 1900)}"
            return self.record("api-patch", "json", {"method": "PATCH", "uri": uri, "body": body, "headers": h})
        if roll < 0.84:
            h = self.script_headers(client, "read")
            day = self.rng.randint(1, 13)
            since = self.pick([f"2025-03-{day:02d}T00:00:00Z", f"2025-03-{day:02d}", f"2025-03-{day:02d} 07:00",
                               f"2025-03-{day:02d}T07:00:00+00:00", f"2025-02-{day + 14:02d}T20:00:00.000Z",
                               f"2025-03-{day:02d}T08:00:00+01:00", "2025-W11-1", "20250301T000000Z",
                               f"{day:02d}/03/2025"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2025-03-14T07:00:00Z", "2025-03-14T23:59:59+00:00",
                                                   "2025-03-14"])))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params)
            return self.record("api-stats", "query", self.get_request(uri, h))
        if roll < 0.92:
            h = self.script_headers(client, "read")
            return self.record("api-switches", "header", self.get_request("/api/switches", h))
        h = self.script_headers(client, "read write")
        switch: dict[str, Any] = {"enabled": self.chance(0.65)}
        if self.chance(0.6):
            switch["team_id"] = self.pick([TEAM, "*", PARTNER_TEAM])
        h["Content-Type"] = "application/json"
        return self.record("api-switch", "json", {"method": "PUT", "uri": f"/api/switches/{self.pick(ACTIONS)}",
                                                  "body": json.dumps(switch), "headers": h})

    def api_openapi(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["openapi-generator/7.4.0", "PostmanRuntime/7.37.0", "python-requests/2.31.0",
                                      "Swagger-UI", "curl/8.6.0"]), "Accept": "application/json"}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers ---------------------------------------------------------------------------------------------
    def browser(self, mode: str = "nav", referer: str | None = None, site: str = "none") -> dict[str, str]:
        """mode: nav (a page), form (a form post from our own page: Origin null under no-referrer), fetch."""
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
            "Safari/537.36 Edg/122.0.2365.92",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
            "Safari/537.36 Edg/122.0.2365.92",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.3.1 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/122.0.6261.119 Mobile Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 "
            "Safari/605.1.15",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; Trident/7.0; rv:11.0) like Gecko",
        ])
        accept = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
                  "application/signed-exchange;v=b3;q=0.7") if "Chrome" in ua else \
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        h = {"User-Agent": ua, "Accept": accept if mode != "fetch" else "*/*",
             "Accept-Language": self.pick(["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "en-GB",
                                           "cy-GB,cy;q=0.9,en-GB;q=0.8,en;q=0.7", "pl-PL,pl;q=0.9,en-GB;q=0.8",
                                           "ga-IE,ga;q=0.9,en-IE;q=0.8,en;q=0.7", "pt-PT,pt;q=0.9,en;q=0.8",
                                           "en-IN,en;q=0.9,hi;q=0.8", "ro-RO,ro;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "tl-PH,tl;q=0.9,en-US;q=0.8", "ur-PK,ur;q=0.9,en;q=0.8", "en-US,en;q=0.5"]),
             "Accept-Encoding": "gzip, deflate, br" + (", zstd" if "Chrome/123" in ua else "")}
        if "Trident" not in ua:
            h["Sec-Fetch-Site"] = site
            h["Sec-Fetch-Mode"] = "cors" if mode == "fetch" else "navigate"
            h["Sec-Fetch-Dest"] = "empty" if mode == "fetch" else "document"
            if mode != "fetch":
                h["Sec-Fetch-User"] = "?1"
                h["Upgrade-Insecure-Requests"] = "1"
        if "Edg/" in ua:
            h["sec-ch-ua"] = '"Chromium";v="122", "Not(A:Brand";v="24", "Microsoft Edge";v="122"'
        elif "Chrome/123" in ua:
            h["sec-ch-ua"] = '"Google Chrome";v="123", "Not:A-Brand";v="8", "Chromium";v="123"'
        elif "Android" in ua:
            h["sec-ch-ua"] = '"Chromium";v="122", "Not(A:Brand";v="24", "Google Chrome";v="122"'
        if "sec-ch-ua" in h:
            h["sec-ch-ua-mobile"] = "?1" if "Android" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else '"Windows"'
        if referer:
            h["Referer"] = referer
        if mode == "form":
            h["Origin"] = "null"
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
        if mode == "fetch":
            h["Origin"] = BASE
        if self.chance(0.1):
            h["Via"] = self.pick(["1.1 wsa-fvuh-02.fvuh.local:80 (Cisco-WSA/14.5.1-008)",
                                  "1.1 proxy-nhs-03 (squid/5.7)"])
        if self.chance(0.12):
            h["DNT"] = "1"
        elif "Firefox" in ua and self.chance(0.5):
            h["Priority"] = "u=0, i" if mode != "fetch" else "u=4"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        jar = list(pairs)
        if self.chance(0.35):
            jar.append(("BIGipServer~CLINICAL~pool_jeeves_https",
                        f"rd3o00000000000000000000ffff0a54{self.hexs(4)}o443"))
        if self.chance(0.15):
            jar.append((f"TS01{self.hexs(6)}", "01" + self.hexs(100)))
        if self.chance(0.12):
            jar.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Fri+Mar+14+2025+07%3A41%3A09+GMT%2B0000+"
                                          "(Greenwich+Mean+Time)&version=202402.1.0&groups=C0001%3A1%2CC0002%3A0"))
        if self.chance(0.12):
            jar.append(("_pk_id.7.3f1c", f"{self.hexs(16)}.{EPOCH - self.rng.randint(0, 10**7)}."))
        if self.chance(0.1):
            jar.append(("ai_user", f"{self.token(16)[:21]}|2025-0{self.rng.randint(1, 3)}-{self.rng.randint(10, 28)}"
                                   f"T{self.rng.randint(10, 23)}:{self.rng.randint(10, 59)}:00.000Z"))
        self.rng.shuffle(jar)
        return "; ".join(f"{k}={v}" for k, v in jar)

    def multipart(self, fields: list[tuple[str, str]], h: dict[str, str]) -> str:
        if "Firefox" in h["User-Agent"]:
            boundary = self.form_boundary("gecko")
        else:
            chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            boundary = "----WebKitFormBoundary" + "".join(self.pick(chars) for _ in range(16))
        h["Content-Type"] = f"multipart/form-data; boundary={boundary}"  # a form with enctype multipart
        return "".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                       for k, v in fields) + f"--{boundary}--\r\n"

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.27:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["first"], person["last"], person["email"], person["handle"],
                           person["id"], TEAM, person["last"].lower(), person["last"][:4], "o'connor", "ní ",
                           "mac giolla", f"@{MAIL}", "pharm", "locum", "7B", "D'Arcy", "nguyễn", "Łukasz",
                           "St. John", "al-khouri", "  Okonkwo ", "ap Gwilym", PARTNER_TEAM])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.15) else [])
            h = self.browser("nav", site="same-origin")
            h["Cookie"] = self.cookies(session)
            return self.record("admin-search", "query", {"method": "GET", "body": "", "headers": h,
                                                         "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.39:
            h = self.browser("form", site="same-origin")
            h["Cookie"] = self.cookies(session)
            person = self.pick(self.people)
            fields = [("csrf_token", csrf), ("q", self.pick([person["name"], person["last"], person["email"], ""])),
                      ("page", str(self.pick([1, 1, 1, 2, 3]))), ("value", self.pick(["0", "1"]))]
            flag = self.pick(["active", "active", "admin"])
            return self.record("admin-flag", "form", {"method": "POST", "headers": h,
                                                      "uri": f"/admin/users/{self.rng.randint(1, 1900)}/{flag}",
                                                      "body": urllib.parse.urlencode(fields)})
        if roll < 0.49:
            h = self.browser("form", site="same-origin")
            h["Cookie"] = self.cookies(session)
            if self.chance(0.75):
                fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("enabled", self.pick(["0", "1"]))]
                if self.chance(0.5):
                    fields.append(("team_id", self.pick(["", TEAM, PARTNER_TEAM, "t05pathnet"])))
                uri = "/admin/features"
            else:
                fields = [("csrf_token", csrf), ("action", self.pick(ACTIONS)), ("team_id", self.pick([TEAM,
                                                                                                        PARTNER_TEAM]))]
                uri = "/admin/features/remove"
            return self.record("admin-feature", "form", self.form_request(uri, h, fields))
        if roll < 0.58:
            h = self.browser("nav", site="same-origin")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "user.admin", "client.create", "client.rotate", "client.disable",
                           "feature.set", "login", "login.slack", "denied", "failed", "esr-leavers-sync",
                           "user.forget_me", "admin.map_slack", "s.pryce-jones", "2025-03-1", "T03FVUHCI/U0",
                           "account.totp_enable", "breakglass"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.2) else [])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.72:
            first_visit = self.chance(0.3)
            h = self.browser("nav", referer="https://intranet.fenwickvale-hospitals.org/" if first_visit else None,
                             site="same-site" if first_visit else self.pick(["same-origin", "none"]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
                              "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=O%27Connor&page=1",
                              "/admin/features?done=switch_updated",
                              "/admin/clients?done=client_disabled", "/admin/slack-sign-in?done=mapped",
                              "/admin/account?done=totp_enabled", "/admin/audit?page=3", "/admin/users?page=12"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.76:
            h = self.browser("nav", site="same-origin")
            h["Accept"] = "text/css,*/*;q=0.1"
            h["Sec-Fetch-Dest"], h["Sec-Fetch-Mode"] = "style", "no-cors"
            for key in ("Sec-Fetch-User", "Upgrade-Insecure-Requests"):
                h.pop(key, None)
            if self.chance(0.5):
                h["If-Modified-Since"] = "Tue, 04 Mar 2025 16:20:11 GMT"
            return self.record("admin-static", "header", self.get_request("/admin/static/admin.css", h))
        if roll < 0.84:
            login_csrf = self.token()
            if self.chance(0.4):
                h = self.browser("nav", referer=self.pick([None, "https://intranet.fenwickvale-hospitals.org/"]),
                                 site="same-site")
                nxt = self.pick(["", "?next=%2Fadmin%2Fusers%3Fq%3DO%2527Connor", "?next=/admin/clients",
                                 "?next=%2Fadmin%2Faudit%3Fq%3Dclient.rotate", "?bye=1"])
                return self.record("admin-login", "query", self.get_request("/admin/login" + nxt, h))
            h = self.browser("form", site="same-origin")
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", login_csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!@#%&*+=?~^()[]{}<>:;,|/"
            password = self.pick(["".join(self.pick(alphabet) for _ in range(self.rng.randint(14, 32))),
                                  f"Ward7B-{self.pick(['Kestrel', 'Heron', 'Lapwing'])}-{self.rng.randint(10, 99)}!",
                                  "correct horse battery staple 2025"])
            fields = [("csrf_token", login_csrf), ("next", self.pick(["/admin/", "/admin/users?q=O'Connor",
                                                                      "/admin/clients", "/admin/features"])),
                      ("username", self.pick(["ci.admin", "s.pryce-jones", "pharm-lead", "priyanka.c",
                                              "breakglass-01"])), ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.92:
            h = self.browser("form", site="same-origin")
            h["Cookie"] = self.cookies(session)
            sub = self.rng.random()
            if sub < 0.6:
                cid, desc = self.pick([
                    ("esr-leavers-sync", "ESR leavers sync: deactivates Slack users 24 h after their ESR end date "
                                         "(owner: Workforce Informatics, ext. 4471)"),
                    ("pharm-oncall-dash", "Pharmacy on-call dashboard (Power BI), read-only, refresh every 15 min"),
                    ("mirth.bridge", "Mirth → Jeeves bridge: usage stats for the LIMS downtime comms"),
                    ("gitlab-ci:ward7b", "GitLab CI: nightly switch check for the Ward 7B pilot"),
                    ("grafana-ci", "Grafana JSON datasource for #ci-integration (read)"),
                    ("bedflow-wallboard", "Bed-flow wallboard, AMU & ED, 24/7; contact: bed manager bleep 2200"),
                    ("sepsis-qi-r", "R script for the sepsis QI audit (Q1 2025), delete after 30/06/2025"),
                    ("sian-dev", "Test client on Siân's laptop, do NOT use in prod!"),
                    ("rota.export", "Rota export → alert times for night shifts (20:00–08:00)"),
                    ("ipc-weekly", "Épidémiologie : export hebdomadaire pour l'équipe IPC (lundi 08h00)"),
                    ("hl7-fhir-poc", "FHIR R4 facade POC <Observation/MedicationRequest>, read only, expires 04/2025"),
                    ("powerbi-ops", ""),
                ])
                fields = [("csrf_token", csrf), ("client_id", cid), ("description", desc), ("scopes", "read")]
                if self.chance(0.3):
                    fields.append(("scopes", "write"))
                return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
            cid = self.pick(["esr-leavers-sync", "pharm-oncall-dash", "mirth.bridge", "gitlab-ci:ward7b", "sian-dev"])
            action = self.pick(["rotate", "disable", "enable"])
            return self.record("admin-client", "path", {
                "method": "POST", "uri": f"/admin/clients/{urllib.parse.quote(cid, safe='')}/{action}", "headers": h,
                "body": urllib.parse.urlencode([("csrf_token", csrf)])})
        h = self.browser("form", site="same-origin")
        h["Cookie"] = self.cookies(session)
        sub = self.rng.random()
        if sub < 0.35:
            fields = [("csrf_token", csrf), ("username", self.pick(["ci.admin", "s.pryce-jones", "pharm-lead"])),
                      ("team_id", self.pick([TEAM, TEAM, PARTNER_TEAM])), ("user_id", self.pick(self.people)["id"])]
            return self.record("admin-slackmap", "form", self.form_request("/admin/slack-sign-in", h, fields))
        if sub < 0.45:
            fields = [("csrf_token", csrf), ("username", self.pick(["pharm-lead", "priyanka.c"]))]
            return self.record("admin-slackmap", "form", self.form_request("/admin/slack-sign-in/remove", h, fields))
        if sub < 0.6:
            return self.record("admin-totp", "form", {"method": "POST", "uri": "/admin/account/totp/start",
                                                      "headers": h, "body": urllib.parse.urlencode([("csrf_token",
                                                                                                     csrf)])})
        if sub < 0.8:
            pending = "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(32))
            fields = [("csrf_token", csrf), ("totp_pending", pending), ("totp", f"{self.rng.randint(0, 999999):06d}")]
            return self.record("admin-totp", "form", self.form_request("/admin/account/totp/confirm", h, fields))
        if sub < 0.9:
            fields = [("csrf_token", csrf), ("password", "".join(self.pick("abcdefghjkmnpqrstuvwxyz23456789-!?#")
                                                                 for _ in range(20)))]
            return self.record("admin-totp", "form", self.form_request("/admin/account/totp/disable", h, fields))
        return self.record("admin-logout", "form", self.csrf_post("/admin/logout", h, csrf))

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.3:
            from_slack = self.chance(0.3)
            h = self.browser("nav", referer="https://app.slack.com/" if from_slack else None,
                             site="cross-site" if from_slack else self.pick(["none", "same-origin"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved",
                             "/me/?done=location_forgotten", "/me/data.json"])
            return self.record("me-page" if "json" not in uri else "me-data", "cookie", {
                "method": self.pick(["GET"] * 9 + ["HEAD"]), "uri": uri, "body": "", "headers": h})
        if roll < 0.6:
            place = self.pick(PLACES + ["Jubilee Wing, LGI", "Ward 7B, St James's", "home (Otley)",
                                        "Chapel Allerton Hospital, Leeds LS7 4SA", "Pinderfields, Wakefield WF1 4DG",
                                        "Harrogate District Hospital, HG2 7SX", "Hull Royal Infirmary (HRI)",
                                        "Scarborough – Woodlands Dr", "Bradford Royal Infirmary, BD9 6RJ"])
            fields = [("csrf_token", csrf), ("place", place)]
            h = self.browser("form", site="same-origin")
            h["Cookie"] = self.cookies(session)
            if self.chance(0.22):
                return self.record("me-location", "multipart", {"method": "POST", "uri": "/me/location",
                                                                "body": self.multipart(fields, h), "headers": h})
            return self.record("me-location", "form", self.form_request("/me/location", h, fields))
        if roll < 0.87:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "metric", "imperial"])),
                      ("alert_time", self.alert_time()),
                      ("timezone", self.pick([person["tz"], person["tz"], "Europe/London", "Europe/London ",
                                              "BST", "GMT+1", "London"]))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            h = self.browser("form", site="same-origin")
            h["Cookie"] = self.cookies(session)
            if self.chance(0.22):
                return self.record("me-settings", "multipart", {"method": "POST", "uri": "/me/settings",
                                                                "body": self.multipart(fields, h), "headers": h})
            return self.record("me-settings", "form", self.form_request("/me/settings", h, fields))
        h = self.browser("form", site="same-origin")
        h["Cookie"] = self.cookies(session)
        uri, fields = self.pick([("/me/logout", [("csrf_token", csrf)]), ("/me/logout", [("csrf_token", csrf)]),
                                 ("/me/location/forget", [("csrf_token", csrf)]),
                                 ("/me/forget", [("csrf_token", csrf), ("confirm", "forget")])])
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser("nav", referer=self.pick([None, "https://app.slack.com/"]),
                             site=self.pick(["none", "cross-site"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.36:
            h = self.browser("nav", site="same-origin")
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.58:
            state = self.token()
            h = self.browser("nav", referer="https://slack.com/", site="cross-site")
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = [("code", f"{self.rng.randint(10**12, 10**13)}.{self.rng.randint(10**12, 10**13)}."
                               f"{self.hexs(64)}"), ("state", state)]
            if self.chance(0.12):
                params = [("error", "access_denied"), ("state", state)]
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.7:
            return self.record("auth-link", "path", self.link_preview(link))
        if roll < 0.85:
            h = self.browser("nav", referer=self.pick(["https://app.slack.com/", None]), site="cross-site")
            return self.record("auth-link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self.browser("form", site="same-origin")
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.record("auth-link-post", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                      "headers": h, "body": urllib.parse.urlencode([("csrf_token",
                                                                                                     csrf)])})

    # ---- TokenDealer, health, metadata ------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["esr-leavers-sync", "pharm-oncall-dash", "mirth.bridge", "gitlab-ci:ward7b",
                            "grafana-ci", "bedflow-wallboard", "sepsis-qi-r", "jeeves-worker", "powerbi-ops"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.6.0",
                                      "Apache-HttpClient/4.5.13 (Java/17.0.10)",
                                      "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
                                      "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) "
                                      "WindowsPowerShell/5.1.19041.4291",
                                      "libcurl/8.5.0 r-curl/5.2.1 httr/1.4.7", "Go-http-client/2.0", "Authlib/1.3.0"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded", "application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=UTF-8",
                                        "application/x-www-form-urlencoded;charset=utf-8"])}
        creds = f"{urllib.parse.quote_plus(client)}:{urllib.parse.quote_plus(secret)}"
        basic = "Basic " + base64.b64encode(creds.encode()).decode()
        self.tracing(h)
        roll = self.rng.random()
        if roll < 0.62:
            fields = self.token_grant(client, secret, h, basic)
            self.rng.shuffle(fields)
            return self.record("oauth-token", "form", self.form_request("/oauth/token", h, fields))
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.77:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.87:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.5) else [])
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, fields))
        return self.record("verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.45:
            ua = self.pick(["kube-probe/1.28", "Zabbix", "check_http/v2.3.3 (nagios-plugins 2.3.3)",
                            "PRTG Network Monitor (www.paessler.com)", "Blackbox Exporter/0.24.0",
                            "Uptime-Kuma/1.23.11", "ELB-HealthChecker/2.0", ""])
            h = {"User-Agent": ua, "Accept": "*/*"} if ua else {"Connection": "close"}
            if ua.startswith("Blackbox"):
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": self.pick(["/healthz", "/healthz", "/readyz"]), "body": "",
                                                    "headers": h})
        if roll < 0.72:
            h = {"User-Agent": self.pick(["lua-resty-http/0.17.1 (Lua) ngx_lua/10026", "Go-http-client/2.0",
                                          "jwks-rsa/3.1.0", "PyJWT/2.8.0", "Apache-HttpClient/4.5.13 (Java/17.0.10)"]),
                 "Accept": self.pick(["application/json", "application/jwk-set+json, application/json", "*/*"])}
            if self.chance(0.5):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                  "uri": "/.well-known/jwks.json", "body": "", "headers": h})
        if roll < 0.87:
            h = {"User-Agent": self.pick(["python-requests/2.31.0", "Authlib/1.3.0", "curl/8.6.0"]),
                 "Accept": "application/json"}
            return self.record("oauth-metadata", "header", {"method": "GET", "body": "", "headers": h,
                                                            "uri": "/.well-known/oauth-authorization-server"})
        if roll < 0.94:
            h = {"User-Agent": self.pick(["openapi-generator/7.4.0", "PostmanRuntime/7.37.0"]),
                 "Accept": "application/json"}
            return self.record("td-openapi", "header", self.get_request("/openapi.json", h))
        return self.api_openapi()


PLAN: list[tuple[str, int]] = [
    ("slack_mention", 200), ("slack_dm", 230), ("slack_botreply", 40), ("slack_file", 30), ("slack_unfurl", 25),
    ("slack_edit", 20), ("slack_delete", 10), ("slack_home", 40), ("command", 300), ("interaction", 140),
    ("api", 250), ("admin", 150), ("me", 90), ("auth", 55), ("oauth", 75), ("health", 60),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    gen = Hospital()
    todo = [name for name, count in PLAN for _ in range(count)]
    gen.rng.shuffle(todo)
    yield gen.slack_verify()
    for name in todo:
        yield getattr(gen, name)()

