"""Benign traffic of a hospital group that runs Jeeves: clinical systems, pharmacy and facilities (benign only).

About 1,700 requests in a deployment's proportions, on every route of the edge: Slack first (channel chat of
wards, pharmacy and the interface team, threads, edits, file shares, link unfurls, reactions, App Home, other
bots' posts; people talking to Jeeves with commands and their arguments, as events and as `/jeeves` slash
commands; button clicks and modal submissions), then the data API (bed-board scripts, CI, Power BI and Grafana
with bearer tokens), the admin panel (user searches, audit searches, switches, OAuth clients, login), `/me/`
(settings, location, multipart forms from browsers), Sign in with Slack, TokenDealer and the health and metadata
GETs. Two parts are larger on purpose: browser requests whose same-origin Referer carries the search the
person ran before (names with apostrophes and particles, "a OR b", quotes, dates, emoji, filters, sort orders,
pages), and commands to the bot followed by an argument (`lookup user <name>`, `weather <city>`,
`ticket title: <text>`, `remind me <text>`, `search <text>`).

The texts are what such a group types: ward and bed codes, drug names and doses ("5 mg/kg q8h"), HL7 v2
segments and FHIR snippets, ICD-10 codes, patient-safe pseudonyms, on-call rotas pasted into chat, the SQL the
reporting team shares, the shell one-liners of the sysadmins, and German, French, Arabic and Hindi messages.

How it was written: by an independent benign author (the eighteenth evaluation), from the route list of
gateway/gateway.yaml (name, match, methods, upstream only), the handlers in app/ and tokendealer/, README.md and
the record structure of benign_day_gen.py; no WAF rule, exclusion, ruleset or other generator's texts were read,
and the texts were not changed after measuring. Deterministic: one seeded random.Random, no clock.
`attacks()` is empty; `benign()` yields the records.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, the
App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces (form_boundary,
multipart_form, form_navigation, form_request, csrf_post, token_request, verify_request, get_request, signed_in,
cookie_header, me_exit_form, settings_patch, link_preview, link_visit) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import digest, no_attacks, planned, slack_escape

NAME = "evaluation_eighteenth"
SEED = 18_2024_0611
EPOCH = 1718089200  # 2024-06-11 07:00 UTC, a Tuesday: the early shift's handover
HOST = "jeeves.northbridge-health.org"
BASE = f"https://{HOST}"
APP_ID, BOT_USER = "A06JEEVESNB", "U06JEEVES01"
ENTERPRISE = "E02NBHGRID"
# An Enterprise Grid: one workspace per site.
TEAMS = [("T03NBHMAIN", "northbridge-main"), ("T03NBHNRTH", "northbridge-north"),
         ("T03NBHPHRM", "northbridge-pharmacy"), ("T03NBHESTS", "northbridge-estates")]
VERIFY_TOKEN = "nbhVerifTok0000placeholder"

# Staff names as the directory holds them: apostrophes, hyphens, particles, many scripts.
NAMES = [
    "Siobhán O'Connor", "Seán Ó Ceallaigh", "Aoife Ní Bhriain", "Conor O'Sullivan", "Niamh Mac Giolla Phádraig",
    "Jean-Luc de la Fontaine", "Marie-Claire d'Arcy", "Hélène Lefèvre-Dubois", "Amélie Saint-Just",
    "Pieter van den Broek", "Johan van der Merwe", "Ilse ter Horst", "Ludwig von Hohenberg",
    "Anneliese Müller-Lüdenscheidt", "Jürgen Weiß", "Gülşen Yıldırım", "Giulia Dell'Acqua", "Luca D'Angelo",
    "Rosa María de los Ángeles Ruiz", "José María García-Pérez", "Conceição dos Santos", "Aisha Al-Rashid",
    "Abdul-Qadir Khan", "Mohammed bin Saleh Al-Harbi", "Fatima Zahra El Idrissi", "Yitzhak Ben-David",
    "Priyanka Venkataraman", "Harpreet Kaur Sandhu", "Bartholomew D'Souza", "Rajesh Kumar", "Ananya Iyer",
    "Kwame Mensah-Bonsu", "Nnamdi Okonkwo-Eze", "Fatoumata Diallo", "Delroy McKenzie", "Rhys ap Gruffydd",
    "Hoàng Thị Lan", "Ji-hoon Park", "Kai O'Neill-Tanaka", "Dagny Øvrebø", "Tomasz Wójcik-Nowak",
    "Zofia Łukasiewicz", "Olu Adébáyọ̀", "Sarah Smith", "James O'Hara", "Emily Brown-Whitfield",
    "Michael MacDonald", "Grace St. John", "Liam Fitzgerald", "Chloé Nguyen", "Dimitrios Papadopoulos",
    "Leila Haddad", "Yusuf Özdemir", "Magnus Ó Briain", "Sinéad de Búrca", "Wei Zhang", "Mariam Qureshi",
    "Hannah Schmidt", "Ahmed El-Sayed", "Oluwaseun Adeyemi",
]
ROLES = ["Staff Nurse", "Ward Sister", "Charge Nurse", "Clinical Pharmacist", "Pharmacy Technician",
         "Consultant Microbiologist", "Registrar (Medicine)", "FY2", "Interface Analyst", "EPR Trainer",
         "Estates Engineer", "Facilities Coordinator", "Bed Manager", "Reporting Analyst", "Sysadmin",
         "Theatre Coordinator", "Infection Prevention Nurse", "Porter Supervisor", "Clinical Coder"]
WARDS = ["7B", "8A", "Ward 12 (Larch)", "Ward 3 (Rowan)", "ICU-2", "HDU", "AMU", "CCU", "SCBU", "NICU Bay 3",
         "ED Resus 2", "ED Majors", "Theatre 4", "Recovery", "Oncology Day Unit", "Renal Unit (Dialysis)",
         "Maternity Delivery Suite", "Paeds (Ward 5)", "Station 4 Nord", "Réa Médicale", "وحدة العناية المركزة"]
BEDS = ["7B-14", "7B-03", "8A-22", "ICU2-B06", "ICU2-B01", "HDU-4", "AMU-C11", "CCU-2", "L12-08", "R3-17",
        "SCBU-C4", "ED-R2", "OD-Chair 6", "Renal-S3", "Bay 2 Bed 4", "Side room 3"]
DOSES = [
    "gentamicin 5 mg/kg IV q24h", "gentamicin 7 mg/kg q24h (Hartford)", "vancomycin 15 mg/kg IV q12h",
    "vancomycin 1 g q8h, trough 15–20 mg/L", "paracetamol 1 g IV q6h (max 4 g/24h)",
    "paracetamol 15 mg/kg PO q6h", "amoxicillin 500 mg PO tds", "co-amoxiclav 1.2 g IV q8h",
    "piperacillin/tazobactam 4.5 g IV q8h", "meropenem 1 g IV q8h", "ceftriaxone 2 g IV od",
    "enoxaparin 40 mg SC od", "enoxaparin 1.5 mg/kg SC od", "heparin 18 units/kg/h infusion",
    "morphine 2.5–5 mg SC PRN q4h", "oxycodone 5 mg PO q4h PRN", "metoprolol 25 mg PO bd",
    "insulin glargine 18 units at 22:00", "noradrenaline 0.1 mcg/kg/min", "KCl 40 mmol in 1 L NaCl 0.9% over 8 h",
    "ondansetron 4 mg IV q8h PRN", "dexamethasone 6 mg od x 10/7", "levothyroxine 75 µg od",
    "methotrexate 15 mg once WEEKLY (Mon) + folic acid 5 mg", "tacrolimus target 5–8 ng/mL",
    "cefazolin 2 g IV 30 min pre-incision", "furosemide 40 mg IV bd", "amiodarone 300 mg IV over 1 h",
    "magnesium sulfate 2 g IV over 20 min", "salbutamol 5 mg neb q4h", "5 mg/kg q8h",
]
ICD10 = ["J18.9", "I21.4", "E11.65", "N17.9", "A41.9", "K35.80", "S72.001A", "I48.91", "U07.1", "F32.9",
         "O80", "Z51.11", "J44.1", "I50.9", "N39.0", "C34.90", "R65.21", "T81.4XXA", "E87.1", "L03.115"]
PSEUDONYMS = ["Mr. O'Hara (PSN-4471)", "\"Eleanor D.\" (PSN-1093)", "Pt ZEBRA-MANGO-17", "Mrs. D'Arcy (PSN-2250)",
              "PSN-8812 'Mr. van Dijk'", "Baby of Al-Masri (PSN-3307)", "Pt KIWI-ORCHID-04", "Mme Lefèvre (PSN-5519)",
              "Herr Müller-Schmitt (PSN-6602)", "Pt 'Mr. Singh' PSN-7731", "PSN-0042"]
PLACES = ["Köln", "Düsseldorf", "Aachen", "München", "Lyon", "Saint-Étienne", "Lille", "Strasbourg",
          "Cork", "Limerick", "Dún Laoghaire", "Galway", "Manchester", "Bradford", "Leicester", "Stoke-on-Trent",
          "Newcastle upon Tyne", "King's Lynn", "Bishop's Stortford", "Mumbai", "Pune", "मुंबई", "नई दिल्ली",
          "Bengaluru", "دبي", "الرياض", "Jeddah", "القاهرة", "Casablanca", "Alger", "Lagos", "Accra",
          "Washington, D.C.", "St. John's", "Coeur d'Alene", "'s-Hertogenbosch", "L'Aquila", "Île-de-France",
          "Frankfurt am Main", "Halle (Saale)", "Mülheim an der Ruhr", "Saint-Denis, La Réunion", "Zürich",
          "M13 9WL", "LS1 3EX", "50937 Köln", "69003 Lyon", "Oxford Rd, Manchester M13 9WL",
          "Kerpener Str. 62, 50937 Köln", "53.4631,-2.2301", "50.9245, 6.9179", "Sheffield", "Leeds"]
TIMEZONES = ["Europe/London", "Europe/Dublin", "Europe/Berlin", "Europe/Paris", "Asia/Kolkata", "Asia/Riyadh",
             "Asia/Dubai", "Africa/Cairo", "Africa/Lagos", "America/New_York", "UTC", "Europe/Zurich"]
CHANNELS = [("C03WARD7B00", "ward-7b"), ("C03ICU20000", "icu-2"), ("C03PHARMACY", "pharmacy"),
            ("C03PHARMOPS", "pharmacy-ops"), ("C03ONCALL00", "oncall-rota"), ("C03INTERFAC", "interfaces-hl7"),
            ("C03EPRSUPPT", "epr-support"), ("C03REPORTNG", "reporting-bi"), ("C03SYSADMIN", "sysadmins"),
            ("C03ESTATES0", "estates-facilities"), ("C03BEDFLOW0", "bed-flow"), ("C03IPC00000", "infection-prevention"),
            ("C03CODING00", "clinical-coding"), ("C03GENERAL0", "general"), ("C03KOELNSTN", "standort-koeln"),
            ("C03LYONSITE", "site-lyon"), ("C03GULFSITE", "gulf-clinics"), ("C03PUNESITE", "pune-site")]
LINKS = [
    "https://fhir.nbh.internal:8443/fhir/r4/Patient?identifier=https://nbh.org/mrn|NBH4471",
    "http://mirth01.nbh.internal:8080/api/channels/ADT_IN/statistics",
    "https://pacs.nbh.internal:8443/viewer?studyUID=1.2.840.113619.2.55.3.604688119.868.1718090000.1",
    "https://grafana.nbh.internal:3000/d/bedocc/bed-occupancy?orgId=1&var-site=MAIN&from=now-24h&to=now",
    "https://intranet.northbridge-health.org/policies/antimicrobial/gentamicin-dosing.pdf#page=3",
    "https://www.nice.org.uk/guidance/ng51", "https://bnf.nice.org.uk/drugs/gentamicin/",
    "https://www.hl7.org/fhir/R4/medicationrequest.html", "https://icd.who.int/browse10/2019/en#/J18.9",
    "https://servicedesk.northbridge-health.org/browse/FAC-3381",
    "https://rota.northbridge-health.org/rotas/2024-w24?grade=reg&site=main",
    "https://servicedesk.northbridge-health.org/plugins/servlet/desk/portal/4/create/41?ward=7B",
    "https://datix.nbh.internal/index.php?action=record&module=INC&recordid=22817",
    "https://jeeves.northbridge-health.org/admin/users?q=O%27Brien&page=2",
    "https://jeeves.northbridge-health.org/me/?done=settings_saved",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE2%40thread.v2/0?context=%7b%22Tid%22%3a%22nbh%22%7d",
    "https://github.nbh.internal/interfaces/mirth-channels/pull/212/files",
    "https://powerbi.nbh.internal/reports/powerbi/Bed%20Flow/Daily%20Census?rs:embed=true",
    "https://www.rcplondon.ac.uk/projects/outputs/national-early-warning-score-news-2",
    "https://www.bfarm.de/DE/Kodiersysteme/Klassifikationen/ICD/ICD-10-GM/_node.html",
]
EMOJI = [":white_check_mark:", ":pill:", ":hospital:", ":ambulance:", ":syringe:", ":pray:", ":+1:", ":eyes:",
         ":coffee:", ":rotating_light:", ":thermometer:", ":calendar:", ":bed:", ":wrench:", "💊", "🏥", "🙏",
         "👍", "✅", "😅", "🩺", "🚑", "☕", "🔔", "😬", "🤞", "❤️", "🧪"]
PHONES = ["+44 161 496 0123", "0161 496 0987 ext. 4417", "+49 221 478-0", "+33 4 72 11 00 00",
          "+91 20 2612 8000", "+966 11 464 7272", "bleep 2231", "ext. 4410", "(0161) 496-0555", "+353 21 492 2000"]
DATES = ["11/06/2024", "2024-06-11", "11.06.2024", "Tue 11 Jun", "June 11th", "11-Jun-24", "١١/٠٦/٢٠٢٤",
         "20240611", "11 juin 2024", "11. Juni", "Di, 11.06.", "tomorrow", "Fri 14/06", "w/c 17/06"]

# Channel chat. @@M@@ mention, @@L@@ link, @@C@@ channel, @@W@@ ward, @@B@@ bed, @@D@@ dose, @@I@@ ICD-10,
# @@X@@ pseudonym, @@N@@ number, @@F@@ phone, @@Y@@ date.
CHAT = [
    "morning all ☕ handover at 07:45 in the Larch ward office", "bed @@B@@ is clean and ready, porters notified",
    "anyone know who's on call for pharmacy tonight? bleep 2231 isn't answering",
    "@@M@@ can you countersign the @@D@@ for bed @@B@@? level pending",
    "Pyxis on @@W@@ is throwing 'drawer jam' again 🙄 ticket raised with facilities",
    "reminder: CD register check on @@W@@ at 14:00", "the lift in Block C is out of order, use the east stairs",
    "Rota swap request: I'll take Sat 15/06 night if someone covers Tue 18/06 long day 🙏",
    "vanc trough for @@X@@ came back 18.2 mg/L, holding next dose, re-check in 6h",
    "Lab interface down 10:12–10:26, results backlogged, Mirth is replaying now",
    "FYI ADT feed from the EPR lagging ~4 min, A08 updates piling up on ADT_IN",
    "ICD-10 for that one is J18.9, not J18.0 — coding team confirmed",
    "Do we still code sepsis as A41.9 when the organism is unknown? asking for the audit",
    "ok so the FHIR endpoint returns 422 when the Patient has no identifier system 🤔",
    "Facilities: boiler maintenance Block A Sun 06:00-10:00, hot water off on @@W@@",
    "Pharmacy stock alert: amoxicillin 500 mg caps low, use 250 mg x2 until Thursday",
    "New PGD for flu vaccines is on the intranet @@L@@", "@@M@@ thx for covering!!",
    "who left the drug fridge door open on @@W@@ 😬 temp log shows 9.1 °C at 03:20",
    "Fridge temp back to 4.2 °C, stock quarantined per SOP-PH-017",
    "interpreters available today: Arabic, Hindi, Polish, Portuguese — book via @@F@@",
    "@@X@@ in bed @@B@@ asking about discharge meds, TTOs ready by 15:00?",
    "warfarin clinic moved to room 2.14 this week", "brb, crash call", "ack", "on it", "+1", "ty", "👍", "lgtm",
    "done ✅", "Sorry, wrong channel!", "hand hygiene audit: 94% (target 95%) — so close!",
    "Anyone seen the spare Dinamap for @@W@@?", "INR 3.4 → hold tonight's warfarin, recheck in 48h per protocol",
    "arrest trolley check done on AMU, defib pads expire 2024-08", "K+ 6.1 mmol/L on the VBG, repeating a lab sample",
    "PSA: the new pumps default to mL/h, not mcg/kg/min — double-check noradrenaline rates!",
    "the 1-in-4 on-call starts again in July, rota in @@C@@", "Datix submitted (ref DX-2024-@@N@@), thanks",
    "Theatre 4 list overrunning, last case moved to tomorrow 08:00", "@@M@@ ext. 4417 or bleep 2240, whichever",
    "anyone have the SOP for the Baxter pumps? the link on the intranet 404s",
    "Escalation: ED at OPEL 3, 14 waiting for beds, @@W@@ please expedite discharges",
    "We have 3 side rooms free on @@W@@ for the C. diff cohort", "is the EPR slow for everyone or just me?",
    "EPR downtime tonight 23:00–23:30 for patching, downtime packs are in the ward office 📋",
    "coding query: is \"NSTEMI\" I21.4 even if troponin peaked on day 2?",
    "new starter on @@W@@ tomorrow, can someone sort her smartcard + Pyxis fingerprint?",
    "bed manager says 6 discharges before noon or we're on red 🔴", "@@D@@ — is that right for a 52 kg patient?",
    "renal function dropped (eGFR 28), switching to @@D@@ after discussion with micro",
    "HL7 ORU from the new analyser has OBX-5 in the wrong units (mg/dL vs mmol/L), holding the channel",
    "porters are short staffed today, transfers may take 30+ min",
    "Window restrictor on @@W@@ bay 2 broken, FAC ticket raised",
    "Patient's family (pseudonym 'the O'Reillys') asked for a meeting Thu 16:00",
    "Fire alarm test at 10:00 in Block B — it's only a test!", "reminder: mandatory training due by @@Y@@",
    "Guten Morgen! Die Übergabe auf Station 4 Nord ist heute um 07:30 statt 07:45.",
    "Bitte beachten: Enoxaparin 40 mg s.c. 1x täglich, bei GFR < 30 ml/min Dosis anpassen.",
    "Kann jemand die Nachtschicht am Freitag übernehmen? Ich tausche gegen Sonntag Frühdienst 🙏",
    "Der Aufzug in Haus C ist defekt, bitte Transporte über Haus D.",
    "Bonjour, le patient du lit 7B-14 part en réa à 14h30, merci de prévenir la pharmacie.",
    "Rappel : paracétamol 1 g IV toutes les 6 h, max 4 g/24 h. Pas plus !",
    "Quelqu'un a vu le chariot d'urgence de cardio ? C'est l'heure de la vérif'.",
    "La réunion qualité est décalée à jeudi 11h, salle « Pasteur ».",
    "صباح الخير، تم تحديث جدول المناوبات لقسم الطوارئ، يرجى المراجعة قبل الساعة ٣ مساءً",
    "الجرعة: ٥ ملغ/كغ كل ٨ ساعات، يرجى التأكد من مستوى الدواء في الدم",
    "شكراً للجميع على العمل الرائع في عطلة نهاية الأسبوع 🙏", "هل يوجد سرير شاغر في العناية المركزة؟",
    "नमस्ते, कृपया वार्ड 7B का ऑन-कॉल रोस्टर देखें और अपनी उपलब्धता बताएं",
    "दवा: मेटफॉर्मिन 500 mg दिन में दो बार, भोजन के साथ", "आज फार्मेसी रात 8 बजे तक खुली है",
    "धन्यवाद! कल सुबह की शिफ्ट मैं ले लूंगी", "Dziękuję za pomoc z grafikiem! 🙏",
    "price of the new pumps: £1,249.00 each (ex VAT), 12 ordered", "we're at 96.4% bed occupancy, 31/06 — er, 31 of 32",
    "50% of the ward's PRN charts were missing a max dose last audit",
]
TECH = [
    "```\nMSH|^~\\&|EPR|NBH|LIS|NBH|20240611083012||ORU^R01|LAB0001|P|2.5.1\n"
    "PID|1||NBH4471^^^NBH^MR||PSEUDO^ZEBRA^^^^^L||19711203|M\nOBR|1|ORD778|LAB778|24331-1^Lipid panel^LN\n"
    "OBX|1|NM|2093-3^Cholesterol^LN||5.2|mmol/L|<5.0|H|||F\n```",
    "```\nMSH|^~\\&|EPR|NBH_MAIN|MIRTH|NBH|20240611071502||ADT^A01^ADT_A01|MSG00017|P|2.5.1\n"
    "EVN|A01|20240611071500\nPID|1||NBH8812^^^NBH^MR~9434765919^^^NHS^NH||VAN DIJK^PIETER^^^MR||19520417|M|||"
    "12 Hope St^^Manchester^^M13 9WL^GBR\nPV1|1|I|7B^14^01^NBH_MAIN||||C1234^O'SULLIVAN^CONOR^^^DR|||MED\n```",
    "the A08s are failing on PV1-3, it's `7B^14^01` vs `7B^^14` from the old PAS — mapping fix in @@L@@",
    "```\nPID|1||NBH2250^^^NBH^MR||D'ARCY^MARIE-CLAIRE^^^MME||19600305|F\n```\nnote the apostrophe in PID-5, "
    "the LIS truncates at the `'`, raised with the vendor",
    "```json\n{\"resourceType\": \"MedicationRequest\", \"status\": \"active\", \"intent\": \"order\",\n"
    " \"medicationCodeableConcept\": {\"text\": \"Gentamicin 5 mg/kg IV q24h\"},\n"
    " \"subject\": {\"reference\": \"Patient/psn-4471\"},\n"
    " \"dosageInstruction\": [{\"text\": \"5 mg/kg every 24 hours\", \"timing\": {\"repeat\": {\"frequency\": 1, "
    "\"period\": 24, \"periodUnit\": \"h\"}}}]}\n```",
    "```\nGET /fhir/r4/Observation?patient=Patient/psn-4471&code=http://loinc.org|2160-0&_sort=-date&_count=5\n"
    "Accept: application/fhir+json\n```\ncreatinine trend for the AKI review",
    "```json\n{\"resourceType\": \"Patient\", \"id\": \"psn-1093\", \"name\": [{\"family\": \"O'Brien\", "
    "\"given\": [\"Eleanor\"], \"use\": \"official\"}], \"gender\": \"female\", \"birthDate\": \"1948-02-29\"}\n```",
    "```\ncurl -s -H 'Accept: application/fhir+json' 'https://fhir.nbh.internal:8443/fhir/r4/Encounter?"
    "location=Location/ward-7b&status=in-progress' | jq '.total'\n```",
    "```sql\nSELECT ward_code, COUNT(*) AS admissions\nFROM adt_events\nWHERE event_type = 'A01'\n"
    "  AND event_ts >= DATE '2024-06-01'\nGROUP BY ward_code\nORDER BY admissions DESC;\n```",
    "```sql\nselect w.name, round(avg(e.los_hours)/24.0, 1) as avg_los_days\nfrom encounters e\n"
    "join wards w on w.code = e.ward_code\nwhere e.discharged_at between '2024-05-01' and '2024-05-31 23:59'\n"
    "  and e.patient_class = 'I'\ngroup by w.name\norder by 2 desc;\n```",
    "quick one: `SELECT count(*) FROM med_admin WHERE drug_name ILIKE '%gentamicin%' AND given_at::date = "
    "current_date;`",
    "```sql\n-- bed occupancy, midnight census\nWITH census AS (\n  SELECT ward_code, count(*) AS occupied\n"
    "  FROM bed_status WHERE status = 'OCC' GROUP BY ward_code\n)\nSELECT b.ward_code, c.occupied, b.total_beds,\n"
    "       round(100.0 * c.occupied / b.total_beds, 1) AS pct\nFROM ward_beds b LEFT JOIN census c USING "
    "(ward_code)\nORDER BY pct DESC NULLS LAST;\n```",
    "```sql\nSELECT 'ED' AS source, count(*) FROM ed_attendances WHERE arrived_at >= now() - interval '24 hours'\n"
    "UNION ALL\nSELECT 'AMU', count(*) FROM amu_admissions WHERE admitted_at >= now() - interval '24 hours';\n```",
    "```sql\nUPDATE pharmacy_stock SET reorder_level = 120\nWHERE sku = 'AMOX500CAP' AND site = 'NBH-MAIN';\n"
    "-- approved in #pharmacy-ops, 1 row\n```",
    "the ICD-10 chapter report: `SELECT substr(icd10_code, 1, 1) AS chapter, count(*) FROM diagnoses WHERE "
    "coded_at >= '2024-01-01' GROUP BY 1 ORDER BY 1;`",
    "```sql\nDELETE FROM staging.hl7_inbound WHERE received_at < now() - interval '90 days';\n"
    "-- retention job, nightly 02:00\n```",
    "```sql\nselect p.pseudonym, d.icd10_code, d.description\nfrom diagnoses d join patients_pseudo p on p.id = "
    "d.patient_id\nwhere d.icd10_code like 'I21%' and d.coded_at > now() - interval '30 days';\n```",
    "```\ngrep -c 'ADT^A08' /var/log/mirth/inbound-$(date +%F).log\n```",
    "```\ntail -n 200 /opt/mirthconnect/logs/mirth.log | grep -i 'error'\n```",
    "`sudo systemctl restart mirth-connect && systemctl status mirth-connect --no-pager`",
    "```\nfind /srv/pacs/export -name '*.dcm' -mtime +30 | wc -l\n```",
    "```\nfor h in pacs01 pacs02 lis01; do echo -n \"$h: \"; ssh \"$h\" 'df -h /data | tail -1'; done\n```",
    "```\nawk -F'|' '$1==\"PV1\"{print $4}' adt_20240611.hl7 | cut -d'^' -f1 | sort | uniq -c | sort -rn | head\n```",
    "```\nopenssl s_client -connect lis.nbh.internal:6661 -servername lis.nbh.internal </dev/null 2>/dev/null "
    "| openssl x509 -noout -dates\n```",
    "`nc -zv 10.20.4.15 2575` works from the interface engine but not from the DMZ box",
    "```\nkubectl -n clinical rollout restart deploy/fhir-gateway\n"
    "kubectl -n clinical get pods -l app=fhir-gateway -w\n```",
    "```\nrsync -avh --delete /data/reports/ backup01:/backups/reports/\n```",
    "```powershell\nGet-Service -Name 'Pyxis*' | Where-Object {$_.Status -ne 'Running'} | "
    "Restart-Service -Verbose\n```",
    "```\njournalctl -u chronyd --since '1 hour ago' | tail -20\n```",
    "```\nps aux | grep [j]ava | awk '{print $2, $4, $11}'\n```",
    "```\n2024-06-11 08:14:02,331 ERROR [Channel: ADT_IN] TCP Listener - Error processing message: PID-3 missing\n"
    "2024-06-11 08:14:02,332 WARN  [Channel: ADT_IN] queued for retry (attempt 2/5)\n```",
    "```\njava.net.SocketTimeoutException: Read timed out\n\tat com.mirth.connect.connectors.tcp.TcpReceiver"
    ".run(TcpReceiver.java:412)\n\tat java.base/java.lang.Thread.run(Thread.java:833)\n```",
    "```\n$ mllp-send --host lis.nbh.internal --port 6661 < test_oru.hl7\nACK: MSA|AA|LAB0001\n```",
    "```python\nimport hl7\nmsg = hl7.parse(raw.replace('\\n', '\\r'))\nprint(msg.segment('PID')[5])\n```",
    "```\nSELECT * FROM bed_status WHERE ward_code = '7B' AND status <> 'OCC';\n```\nshows 2 free but the "
    "board says 0, cache?",
    "```\n$ dig +short fhir.nbh.internal\n10.20.8.41\n$ curl -o /dev/null -sw '%{http_code} %{time_total}\\n' "
    "https://fhir.nbh.internal:8443/fhir/r4/metadata\n200 0.412\n```",
]
LONG = [
    "*On-call rota, week 24* :calendar:\n```\nDay        | Med reg (bleep)        | Surg reg (bleep)        | "
    "Pharmacist (ext)\nMon 10/06  | Dr O'Sullivan (2231)   | Dr van der Merwe (2240) | A. Al-Rashid (4417)\n"
    "Tue 11/06  | Dr Ní Bhriain (2231)   | Dr D'Souza (2240)       | P. Venkataraman (4418)\n"
    "Wed 12/06  | Dr Mensah-Bonsu (2231) | Dr Dell'Acqua (2240)    | A. Al-Rashid (4417)\n"
    "Thu 13/06  | Dr Okonkwo-Eze (2231)  | Dr de la Fontaine (2240)| H. K. Sandhu (4419)\n"
    "Fri 14/06  | Dr O'Neill-Tanaka      | Dr ap Gruffydd          | P. Venkataraman (4418)\n```\n"
    "Swaps via @@M@@ please, not by DM 🙏",
    "*EPR downtime update* (14:05)\n• Impact: results not filing to the EPR since 13:40\n• Cause: ORU channel "
    "stopped after a malformed OBX (units field)\n• Workaround: lab phones critical results (K+ > 6.0, Hb < 70)\n"
    "• Next update: 14:30 in @@C@@",
    "Pharmacy bulletin #24 :pill:\n1. Gentamicin: dose on *ideal* body weight if BMI > 30, 5 mg/kg q24h, "
    "level 6–14 h post dose\n2. Vancomycin: loading 25 mg/kg (max 2 g), then per calculator @@L@@\n"
    "3. Shortage: co-amoxiclav 1.2 g vials until @@Y@@ — use 600 mg x2\n4. Reminder: methotrexate is "
    "ONCE WEEKLY\nQuestions → @@M@@",
    "-------- Forwarded message --------\nFrom: Estates Helpdesk <estates@northbridge-health.org>\n"
    "Date: Tue, 11 Jun 2024 07:52\nSubject: Water outage Block A\n\nMains water to Block A (wards 7B, 8A) will "
    "be off Thu 06:00–08:00 for valve replacement. Bottled water delivered to ward kitchens by 05:30.",
    "Handover ICU-2 night → day :bed:\n- B01: @@X@@, @@I@@, on @@D@@\n- B06: extubated 04:10, NEWS2 3\n"
    "- B03: awaiting CT, porter booked 08:30\n_nothing else outstanding_",
    "> On 10 Jun 2024, at 17:47, Pharmacy Procurement <procurement@northbridge-health.org> wrote:\n> the "
    "supplier confirmed delivery of 40 x Baxter pumps on 18/06\n\nGreat — can we get 6 for @@W@@ first? @@M@@",
    "Audit results Q2 (n=212 charts):\n| item | compliance |\n|---|---|\n| allergy documented | 98% |\n"
    "| weight recorded | 91% |\n| PRN max dose | 76% |\n| VTE assessment < 14h | 88% |\nThanks all 🙏",
    "Interface change CHG-4471 tonight 22:00:\n1) stop ADT_IN and ORU_OUT\n2) deploy channel v3.12 "
    "(`mirth-cli -a https://mirth01.nbh.internal:8443 -u svc_deploy`)\n3) replay queue: ~1,200 msgs\n"
    "4) smoke test: send A01 for test patient PSN-0042, check PV1 in the EPR\nRollback: import v3.11 export, ~10 min",
    "Bonjour à tous,\n\nle nouveau protocole d'antibioprophylaxie est en ligne : céfazoline 2 g IV 30 min avant "
    "l'incision, réinjection 1 g toutes les 4 h. Merci de le diffuser aux équipes du bloc.\n\nCordialement,\n"
    "Dr Marie-Claire d'Arcy",
    "Liebe Kolleginnen und Kollegen,\n\nab Montag gilt auf Station 4 Nord die neue Regelung für BtM-Kontrollen: "
    "täglich 14:00 Uhr, Doppelkontrolle, Eintrag im Buch. Fragen gerne an @@M@@.\n\nViele Grüße",
    "السلام عليكم\nتذكير: اجتماع لجنة الأدوية يوم الخميس الساعة ١٠ صباحاً في قاعة الاجتماعات ٢.\n"
    "جدول الأعمال: نقص المضادات الحيوية، بروتوكول الهيبارين، تحديث نظام الصيدلية.",
    "सभी को नमस्कार,\nकल से पुणे साइट पर नई दवा वितरण प्रणाली शुरू होगी। कृपया प्रशिक्षण सत्र (सुबह 10 बजे, "
    "कमरा 3) में भाग लें।\nधन्यवाद 🙏",
]

# The bot: a command and its argument. @@U@@ a person's name, @@P@@ a place, @@TK@@ a ticket title,
# @@R@@ a reminder, @@S@@ a search, @@TZ@@ a time zone, @@T@@ a time.
BOT = ["lookup user @@U@@", "lookup user @@U@@", "weather @@P@@", "weather @@P@@", "weather in @@P@@",
       "ticket title: @@TK@@", "ticket title: @@TK@@", "remind me @@R@@", "remind me @@R@@", "search @@S@@",
       "search @@S@@", "remember location @@P@@", "config timezone @@TZ@@", "config alert_time @@T@@",
       "config units metric", "alerts on", "alerts off", "help", "login", "my location", "weather",
       "who is @@U@@?", "Lookup User @@U@@", "lookup @@U@@", "find user @@U@@"]
TICKETS = [
    "Pyxis drawer jam on ICU-2 (again) — needs an engineer before 18:00",
    "HL7 ADT^A08 backlog on Mirth channel ADT_IN",
    "fridge temp 9.1°C on Ward 12 (Larch), stock quarantined",
    "Can't print wristbands on 7B – Zebra printer shows \"HEAD OPEN\"",
    "EPR: 'Allergies' tab blank for PSN-4471 since this morning",
    "Bed 8A-22 call bell not working",
    "Request: add 'O'Brien & Sons Medical' as supplier in procurement",
    "Window restrictor broken, Ward 3 (Rowan) bay 2",
    "FHIR /Observation returns 500 for _sort=-date&_count=50",
    "Dialysis unit: RO plant alarm E-42, chlorine 0.12 mg/L",
    "Station 4 Nord: Türschließer defekt (Medikamentenraum)",
    "Réa : scope n°3 en panne, besoin d'un prêt",
    "Theatre 4 air handling unit — temperature 24.5 °C, limit 23 °C",
    "New starter smartcard + Pyxis enrolment: A. Al-Rashid, start @@Y@@",
    "Power BI bed census shows 31/06 as a date 🤦",
    "Porter tablet app crashes on login (Android 14, v2.3.1)",
]
REMINDERS = [
    "to re-check vanc trough for bed 7B-14 at 16:00", "tomorrow 08:00 CD register check on AMU",
    "in 30 min: call pharmacy re. gentamicin 5 mg/kg q24h", "Fri: submit rota swaps for 15/06 & 16/06",
    "at 13:45 — fridge temp log @@W@@", "every Monday 09:00 \"methotrexate is WEEKLY\" huddle",
    "on 2024-06-14 to renew my smartcard", "in 2h: repeat K+ (was 6.1)", "to chase Datix DX-2024-2217 👀",
    "18:00 hand over the bleep (2231) to @@U@@", "demain 9h : commande pharmacie", "morgen 7 Uhr: BtM-Buch",
    "kal subah 8 baje: roster bhejna", "to check HL7 queue depth on mirth01 before 22:00 change",
]
SEARCHES = [
    "sepsis pathway", "\"gentamicin\" policy", "ICD-10 J18.9", "on-call rota July", "PGD flu OR covid",
    "SOP-PH-017", "ward 7B fire evacuation plan", "NEWS2 escalation", "vancomycin calculator",
    "HL7 PV1-3 mapping", "O'Brien & Sons contract", "\"van der Merwe\"", "Baxter pump manual", "C. diff cohort",
    "smartcard reset", "Theatre 4 AHU", "FHIR Observation _sort", "bed occupancy 2024-06-10", "Station 4 Nord",
    "antibioprophylaxie céfazoline", "BtM Dokumentation", "جدول المناوبات", "दवा सूची", "heparin nomogram",
    "insulin sliding scale 💉", "who owns Mirth?", "paeds dosing mg/kg", "a OR b", "rota AND nights",
    "ext. 4417", "downtime procedure EPR", "Datix DX-2024-2217",
]
BOT_PREFIX = ["", "", "", "", "hey ", "pls ", "can you ", "could you ", "@jeeves ", "Jeeves, ", "quick q: "]
BOT_SUFFIX = ["", "", "", "", "?", " ?", " pls", " please 🙏", " 🙏", " :pray:", " thanks!", " 👀", " asap",
              " — thx", " merci", " danke", " شكراً"]

# Searches people ran on the admin panel (they end up in the next page's Referer).
USER_SEARCHES = [
    "O'Brien & Sons", "o'brien", "O’Brien", "D'Souza", "d'arcy", "van der Merwe", "\"van der Merwe\"",
    "pharmacy OR theatre", "ward 7B OR ward 8A", "Al-Rashid", "al rashid", "Ní Bhriain", "Ó Ceallaigh",
    "Müller-Lüdenscheidt", "dell'acqua", "@northbridge-health.org", "locum", "agency nurse", "2024-06-11",
    "11/06/2024", "pharmacist 💊", "🏥", "U03", "T03NBHPHRM", "jean-luc", "bin Saleh", "Sandhu",
    "\"Dr. O'Sullivan\"", "-inactive", "name:o'connor", "role:pharmacist ward:7B", "created:2024-05-01..2024-05-31",
    "nurse AND ICU", "x-ray", "A&E", "ENT", "OB/GYN", "Haematology & Oncology", "महेश", "أحمد", "Jürgen",
    "José María", "100%", "#oncall-rota", "ext. 4417", "+44 161", "renal (dialysis)", "day-case",
    "Smith, J", "smith jones", "st. john", "O'Neill-Tanaka", "ap Gruffydd", "de la Fontaine", "ter Horst",
    "Mac Giolla", "mckenzie", "ÅSA", "ł", "*", "Dr.", "Kwame", "kwame.mensah-bonsu@northbridge-health.org",
]
AUDIT_SEARCHES = ["user.active", "login.slack denied", "client.rotate powerbi-bedocc", "feature.set weather@*",
                  "login", "2024-06-10", "o'connor", "\"forget_me\"", "totp", "client.create OR client.rotate",
                  "admin.map_slack", "T03NBHMAIN/U03", "outcome=failed", "user.admin ward 7B lead", "denied 🔒"]
SORTS = [[], [], [("sort", "name")], [("sort", "name"), ("order", "asc")], [("sort", "-updated_at")],
         [("sort", "created_at"), ("order", "desc")], [("filter", "active")], [("status", "inactive")],
         [("from", "2024-06-01"), ("to", "2024-06-11")], [("per_page", "50")], [("team", "T03NBHPHRM")],
         [("role", "pharmacist"), ("site", "Köln")]]
API_CLIENTS = ["bedboard-sync", "ci-interfaces", "powerbi-bedocc", "grafana-ops", "rota-import",
               "pharmacy-stock-report", "estates-cafm", "hr-esr-sync"]


class Hospital(WebApp):
    """The group, its staff and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, app_id, bot_user, verify_token, base = TEAMS[0][0], APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window = event_window = (0, 11 * 3600)
    kid_bytes, context_bytes = 16, 30
    enterprise, enterprise_id_after, enterprise_install = ENTERPRISE, "context_enterprise_id", True

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i, name in enumerate(NAMES):
            ascii_name = "".join(c for c in name.lower() if c.isascii() and (c.isalnum() or c in " -"))
            parts = ascii_name.replace("-", " ").split()
            handle = f"{parts[0]}.{''.join(parts[1:]) or 'x'}" if parts else f"user{i}"
            team = self.pick(TEAMS)
            self.people.append({"id": self.sid("U03", 8), "name": name, "handle": handle,
                                "email": f"{handle}@northbridge-health.org", "team": team[0],
                                "role": self.pick(ROLES), "tz": self.pick(TIMEZONES)})

    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {**req, "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    # ---- small pieces ----------------------------------------------------------------------------------
    def alert_time(self) -> str:
        return f"{self.pick([5, 6, 6, 7, 7, 7, 8, 12, 19, 20]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, & < > escaped and mentions, channels and links in <...>."""
        out = slack_escape(text) if slack else text
        simple = {"@@W@@": WARDS, "@@B@@": BEDS, "@@D@@": DOSES, "@@I@@": ICD10, "@@X@@": PSEUDONYMS,
                  "@@F@@": PHONES, "@@Y@@": DATES, "@@P@@": PLACES, "@@TZ@@": TIMEZONES, "@@TK@@": TICKETS,
                  "@@R@@": REMINDERS, "@@S@@": SEARCHES}
        for _ in range(3):  # tickets and reminders hold placeholders of their own
            for key, values in simple.items():
                while key in out:
                    value = self.pick(values)
                    out = out.replace(key, slack_escape(value) if slack else value, 1)
            while "@@U@@" in out:
                person = self.pick(self.people)
                value = self.pick([person["name"], person["name"].split()[-1], person["name"].lower(),
                                   person["email"], person["handle"],
                                   f"<@{person['id']}>" if slack else person["name"]])
                out = out.replace("@@U@@", slack_escape(value) if slack and not value.startswith("<@") else value, 1)
            while "@@M@@" in out:
                person = self.pick(self.people)
                out = out.replace("@@M@@", f"<@{person['id']}>" if slack else "@" + person["handle"], 1)
            while "@@C@@" in out:
                cid, cname = self.pick(CHANNELS)
                out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
            while "@@L@@" in out:
                link = self.pick(LINKS)
                label = self.pick(["", "", "", "|this", "|the SOP", "|ticket", "|dashboard", "|PR"])
                out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
            while "@@N@@" in out:
                out = out.replace("@@N@@", str(self.rng.randint(1000, 9999)), 1)
            while "@@T@@" in out:
                out = out.replace("@@T@@", self.alert_time(), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.58:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.15):
                text = self.pick(["@@M@@ ", "hey @@M@@, ", "@@M@@ @@M@@ ", "cc @@M@@ — "]) + text
            out = self.fill(text)
            if self.chance(0.05):
                out = self.pick(["<!here> ", "<!channel> "]) + out
            return out
        if roll < 0.85:
            text = self.pick(["", "", "", "fyi ", "seeing this on mirth01:\n", "any idea? ", "@@M@@ ",
                              "for the reporting folks:\n", "sysadmin tip of the day 👇\n"]) + self.pick(TECH)
            if self.chance(0.3):
                text += "\n" + self.pick(["thoughts?", "cc @@M@@", "(from the test env)", "fixed now ✅",
                                          "don't run this on prod pls 😅", "works on PostgreSQL 15"])
            return self.fill(text)
        return self.fill(self.pick(LONG))

    def bot_text(self, slack: bool = True) -> str:
        cmd = self.fill(self.pick(BOT), slack)
        if self.chance(0.12):
            cmd = f"`{cmd}`"
        text = self.pick(BOT_PREFIX) + cmd + self.pick(BOT_SUFFIX)
        if self.chance(0.06):
            text = self.pick(["Morning! ", "Hi Jeeves 👋 ", "Bonjour Jeeves, ", "Hallo, ", "नमस्ते "]) + text
        return text

    # ---- Slack -----------------------------------------------------------------------------------------
    def blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]}]}]

    def message(self, text: str, channel: str, channel_type: str, kind: str = "message") -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"type": kind, "client_msg_id": self.uuid(), "text": text, "user": user["id"],
                                 "ts": ts, "team": user["team"], "channel": channel, "event_ts": ts}
        if kind == "message":
            event["channel_type"] = channel_type
        if self.chance(0.7):
            event["blocks"] = self.blocks(text)
        return event

    def event_request(self, event: dict[str, Any], team: str | None = None) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team or self.pick(TEAMS)[0]), ensure_ascii=self.chance(0.2))
        return self.slack_request("/slack/events", body)

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFY_TOKEN, "challenge": self.token(40), "type": "url_verification"})
        return self.record("slack-verify", "json", self.slack_request("/slack/events", body))

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self.record("slack", "json", self.event_request(self.message(self.chat_text(), cid, "channel")))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = self.message(self.chat_text(), cid, "channel")
        event["thread_ts"] = self.ts()
        event["parent_user_id"] = self.pick(self.people)["id"]
        if self.chance(0.15):
            event["subtype"] = "thread_broadcast"
        return self.record("slack-thread", "json", self.event_request(event))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel")
        new = {k: v for k, v in old.items() if k not in ("type", "channel", "channel_type", "event_ts")}
        new["text"] = old["text"] + self.pick([" (edited: dose corrected)", " *", "", " — ignore, sorted",
                                               " (bed number fixed)"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": old,
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick(["Rota_Juli_2024 (final) v3.xlsx", "ICU-2 Pyxis error.jpg", "HL7 sample ADT^A01.txt",
                          "Médicaments – liste mise à jour.pdf", "جدول المناوبات.pdf", "मरीज़ सूची (pseudonymised).docx",
                          "bed_census_2024-06-11.csv", "O'Brien & Sons quote #4471.pdf", "Screenshot 2024-06-11 at "
                          "09.14.02.png", "BtM-Buch Station 4 Nord.pdf", "mirth-channel-ADT_IN-v3.12.xml"])
        event = self.message(self.pick(["", "", "see attached", "new rota 👇", "error on the Pyxis screen",
                                        "as discussed @@M@@".replace("@@M@@", f"<@{self.pick(self.people)['id']}>")]),
                             cid, "channel")
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + self.rng.randint(0, 36000), "name": name, "title": name,
                           "mimetype": {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        "jpg": "image/jpeg", "png": "image/png", "pdf": "application/pdf",
                                        "csv": "text/csv", "xml": "application/xml", "txt": "text/plain",
                                        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml."
                                                "document"}[ext],
                           "filetype": ext, "user": event["user"], "size": self.rng.randint(900, 6_000_000),
                           "mode": "hosted", "is_external": False, "is_public": True,
                           "url_private": f"https://files.slack.com/files-pri/{TEAMS[0][0]}-{fid}/"
                                          + urllib.parse.quote(name),
                           "permalink": f"https://{TEAMS[0][1]}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        return self.record("slack-file", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        q = self.pick(USER_SEARCHES)
        url = self.pick([f"{BASE}/admin/users?" + urllib.parse.urlencode([("q", q)]),
                         f"{BASE}/admin/audit?" + urllib.parse.urlencode([("q", self.pick(AUDIT_SEARCHES))]),
                         f"{BASE}/me/", f"{BASE}/auth/slack/link/{self.token()}", f"{BASE}/admin/features",
                         f"{BASE}/admin/users?" + urllib.parse.urlencode([("q", q), ("page", "2")])])
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                 "user": self.pick(self.people)["id"],
                 "message_ts": self.ts(), "unfurl_id": f"C{self.hexs(8).upper()}.{self.ts()}",
                 "source": self.pick(["conversations_history", "composer"]), "event_ts": self.ts(),
                 "links": [{"domain": HOST, "url": url}]}
        return self.record("slack-unfurl", "json", self.event_request(event))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"],
                 "reaction": self.pick(["white_check_mark", "+1", "eyes", "pray", "pill", "hospital", "heart",
                                        "raised_hands", "skin-tone-3", "thumbsup::skin-tone-4", "100", "ambulance"]),
                 "item_user": self.pick(self.people)["id"],
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.event_request(event))

    def slack_bot(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        bot, text = self.pick([
            ("Mirth Alerts", "Channel *ADT_IN* error rate 4.2% over 5 min (threshold 2%). Queue depth: 317"),
            ("Datix", "New incident DX-2024-2231 on Ward 12 (Larch): medication — wrong time. Severity: no harm"),
            ("PagerDuty", "Triggered: [P2] FHIR gateway p95 > 2s (fhir.nbh.internal:8443)"),
            ("Grafana", "[Alerting] Bed occupancy MAIN > 95% (96.4%)"),
            ("Estates CAFM", "Job FAC-3381 (Theatre 4 AHU) assigned to M. Ó Briain, ETA 14:00"),
            ("Pharmacy Stock", "Below reorder level: AMOX500CAP (112 < 120), COAMOX1.2G (8 < 20)"),
        ])
        event = {"type": "message", "subtype": "bot_message", "text": text, "bot_id": self.sid("B0", 9),
                 "username": bot, "ts": self.ts(), "channel": cid, "event_ts": self.ts(), "channel_type": "channel",
                 "attachments": [{"fallback": text, "color": self.pick(["danger", "warning", "good", "#439FE0"]),
                                  "title": bot, "text": text, "ts": EPOCH + self.rng.randint(0, 36000)}]}
        return self.record("slack-bot", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0", 9))
        return self.record("slack-home", "json", self.event_request(event))

    def jeeves_event(self) -> dict[str, Any]:
        """People talking to the bot: @mentions in channels and DMs, a command and its argument."""
        if self.chance(0.58):
            cid, _ = self.pick(CHANNELS)
            text = self.bot_text()
            text = self.pick([f"<@{BOT_USER}> {text}", f"<@{BOT_USER}> {text}", f"<@{BOT_USER}>: {text}",
                              f"hey <@{BOT_USER}> {text}", f"{text} <@{BOT_USER}>"])
            event = self.message(text, cid, "channel", "app_mention")
            if self.chance(0.2):
                event["thread_ts"] = self.ts()
            return self.record("jeeves-mention", "json", self.event_request(event))
        text = self.bot_text()
        if self.chance(0.1):
            text = f"<@{BOT_USER}> {text}"
        event = self.message(text, self.sid("D0", 9), "im")
        return self.record("jeeves-dm", "json", self.event_request(event))

    def jeeves_slash(self) -> dict[str, Any]:
        user = self.pick(self.people)
        team = next(t for t in TEAMS if t[0] == user["team"])
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 5)
        text = self.bot_text()
        fields = [("token", VERIFY_TOKEN), ("team_id", team[0]), ("team_domain", team[1]),
                  ("enterprise_id", ENTERPRISE), ("enterprise_name", "Northbridge Health Group"),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID), ("is_enterprise_install", "true"),
                  ("response_url", self.hook("commands", team[0])),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction_base(self, kind: str) -> dict[str, Any]:
        user = self.pick(self.people)
        team = next(t for t in TEAMS if t[0] == user["team"])
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": team[0]},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN, "trigger_id": self.trigger(),
                "team": {"id": team[0], "domain": team[1], "enterprise_id": ENTERPRISE,
                         "enterprise_name": "Northbridge Health Group"},
                "enterprise": {"id": ENTERPRISE, "name": "Northbridge Health Group"}, "is_enterprise_install": True}

    def form_payload(self, payload: dict[str, Any]) -> str:
        return urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.3),
                                                              separators=(",", ":")))])

    def button(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS)
        payload = self.interaction_base("block_actions")
        roll = self.rng.random()
        if roll < 0.7:
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(3)[:5],
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "value": self.pick(PLACES), "type": "button", "action_ts": self.ts()}
        elif roll < 0.85:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "value": "-",
                      "type": "button", "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5],
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "value": "-",
                      "type": "button", "action_ts": self.ts()}
        payload.update({"container": {"type": "message", "message_ts": self.ts(), "channel_id": cid,
                                      "is_ephemeral": True},
                        "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                        "response_url": self.hook("actions", payload['team']['id']),
                        "actions": [action]})
        return self.record("interaction", "form", {"method": "POST", "uri": "/slack/interactions",
                                                   "body": self.form_payload(payload),
                                                   "headers": self.slack_headers("application/x-www-form-urlencoded")})

    def modal(self) -> dict[str, Any]:
        """A modal submitted (a ticket form of another part of the app): the app answers 400, the edge lets it by."""
        payload = self.interaction_base("view_submission")
        title = self.fill(self.pick(TICKETS), slack=False)
        desc = self.fill(self.pick(CHAT + TECH), slack=False)
        payload["view"] = {
            "id": self.sid("V0", 9), "team_id": payload["team"]["id"], "type": "modal", "callback_id": "ticket_modal",
            "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0], "ward": self.pick(WARDS)}),
            "title": {"type": "plain_text", "text": "New ticket"}, "hash": f"{EPOCH}.{self.hexs(8)}",
            "state": {"values": {
                "title_b": {"title": {"type": "plain_text_input", "value": title}},
                "desc_b": {"desc": {"type": "plain_text_input", "value": desc}},
                "ward_b": {"ward": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": self.pick(WARDS)}, "value": self.pick(BEDS)}}},
                "prio_b": {"prio": {"type": "radio_buttons", "selected_option": {
                    "text": {"type": "plain_text", "text": "P2 – today"}, "value": "p2"}}},
                "due_b": {"due": {"type": "datepicker", "selected_date": "2024-06-1" + str(self.rng.randint(1, 9))}},
            }}}
        payload["response_urls"] = []
        return self.record("interaction-modal", "form", {"method": "POST", "uri": "/slack/interactions",
                                                         "body": self.form_payload(payload),
                                                         "headers": self.slack_headers(
                                                             "application/x-www-form-urlencoded")})

    # ---- data API ----------------------------------------------------------------------------------------
    def script_headers(self) -> dict[str, str]:
        client = self.pick(API_CLIENTS)
        ua = self.pick(["python-requests/2.31.0", "python-httpx/0.27.0", "curl/8.6.0", "curl/7.81.0",
                        "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", "Grafana/10.4.2",
                        "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.19045; en-GB) PowerShell/7.4.2",
                        "GitLab-Runner 16.11.0 (16-11-stable; go1.21.9; linux/amd64)", "Go-http-client/2.0",
                        "okhttp/4.12.0", "Apache-HttpClient/5.2.1 (Java/17.0.10)", "node-fetch/1.0", "Wget/1.21.2"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read write", "read"]))}
        if self.chance(0.5):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        if self.chance(0.3):
            h["X-Request-ID"] = self.pick([self.uuid(), f"gl-{self.rng.randint(10**8, 10**9)}-{self.hexs(6)}",
                                           f"bedboard.{self.hexs(12)}"])
        if self.chance(0.25):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = "nbh=t61rcWkgMzE,dd=s:1;o:rum"
        if self.chance(0.08):
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        if self.chance(0.05):
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = ("sentry-environment=production,sentry-release=bedboard%402.4.1,"
                            f"sentry-trace_id={self.hexs(32)}")
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.32:
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 0, 50, 100, 200, 500, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "on", "off"]),
                                ("team_id", [t[0] for t in TEAMS])):
                if self.chance(0.35):
                    params.append((key, self.pick(values)))
            if self.chance(0.1):  # a dashboard's search box, ignored by the API
                params.append(("q", self.pick(USER_SEARCHES)))
            self.rng.shuffle(params)
            return self.record("api", "query", self.get_request("/api/users?" + urllib.parse.urlencode(params), h))
        if roll < 0.52:
            return self.record("api", "path", self.get_request(f"/api/users/{self.rng.randint(1, 4200)}", h))
        if roll < 0.70:
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.5)
            elif choice < 0.75:
                doc = {"name": self.pick([person["name"], f"{person['name']} ({person['role']})",
                                          f"Dr {person['name']}", person["name"].upper()]), "email": person["email"]}
            elif choice < 0.9:
                doc = {"is_active": self.chance(0.3)}
            else:
                doc = {"is_admin": self.chance(0.2), "name": person["name"]}
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            uri = f"/api/users/{self.rng.randint(1, 4200)}"
            return self.record("api-patch", "json", {"method": "PATCH", "uri": uri,
                                                      "body": json.dumps(doc, ensure_ascii=self.chance(0.4)),
                                                      "headers": h})
        if roll < 0.85:
            day = self.rng.randint(1, 10)
            since = self.pick([f"2024-06-{day:02d}T00:00:00Z", f"2024-06-{day:02d}T07:00:00+01:00",
                               f"2024-06-{day:02d}", f"2024-05-{day + 15:02d}T06:30:00.000Z",
                               f"2024-06-{day:02d}T00:00:00+05:30", f"2024-06-{day:02d} 08:00:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-06-11T23:59:59Z", "2024-06-11", "2024-06-11T18:00:00+02:00"])))
            return self.record("api-stats", "query", {"method": "GET", "body": "", "headers": h,
                                                      "uri": "/api/usage/stats?" + urllib.parse.urlencode(params)})
        if roll < 0.92:
            return self.record("api", "header", self.get_request("/api/switches", h))
        if roll < 0.96:
            doc = {"enabled": self.chance(0.7)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([t[0] for t in TEAMS] + ["*"])
            h["Content-Type"] = "application/json"
            action = self.pick(["weather", "remember location", "alerts", "config", "login", "forget me", "help"])
            return self.record("api-switch", "json", {"method": "PUT", "body": json.dumps(doc), "headers": h,
                                                      "uri": "/api/switches/" + urllib.parse.quote(action)})
        h.pop("Authorization")
        h["User-Agent"] = self.pick(["openapi-generator/7.5.0", "Swagger-Codegen/3.0.52/java", "Postman/10.24",
                                     "Insomnia/2023.5.8"])
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers ---------------------------------------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36 Edg/125.0.0.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:126.0) Gecko/20100101 Firefox/126.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 "
            "Safari/605.1.15",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.147 "
            "Mobile Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.38.125 "
            "Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125",
            "Mozilla/5.0 (iPad; CPU OS 16_7_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
            "Slack/24.06.10"])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
             "Accept-Language": self.pick(["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "de-DE,de;q=0.9,en;q=0.7",
                                           "fr-FR,fr;q=0.9,en-GB;q=0.8,en;q=0.7", "ar-SA,ar;q=0.9,en;q=0.8",
                                           "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "en-IE,en;q=0.9,ga;q=0.5",
                                           "pl-PL,pl;q=0.9,en;q=0.8"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1",
             "Upgrade-Insecure-Requests": "1"}
        if "Chrome" in ua:
            brand = '"Microsoft Edge";v="125"' if "Edg/" in ua else '"Google Chrome";v="125"'
            h["sec-ch-ua"] = f'{brand}, "Chromium";v="125", "Not.A/Brand";v="24"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else '"Windows"'
        self.form_navigation(h, BASE, referer, form)
        if self.chance(0.1):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-01"
        if self.chance(0.05):
            h["DNT"] = "1"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra: list[tuple[str, str]] = []
        if self.chance(0.2):
            extra.append(("_pk_id.3.a1b2", f"{self.hexs(16)}.{EPOCH - self.rng.randint(0, 10**6)}"))
        if self.chance(0.1):
            extra.append(("nbh_lang", self.pick(["en-GB", "de", "fr", "ar", "hi"])))
        return self.cookie_header(pairs, extra, shuffle=False)

    def admin_session(self) -> tuple[str, str]:
        return ("__Host-jeeves_admin", self.token())

    def search_url(self, path: str = "/admin/users", query: str | None = None, page: int | None = None,
                   extra: list[tuple[str, str]] | None = None) -> str:
        """A page of the admin panel with its query string, as a browser has it (form-encoded or %20)."""
        params = [("q", query if query is not None else self.pick(USER_SEARCHES))]
        if page is not None:
            params.append(("page", str(page)))
        params += extra if extra is not None else self.pick(SORTS)
        if self.chance(0.8):
            return f"{path}?" + urllib.parse.urlencode(params)
        return f"{path}?" + "&".join(f"{k}={urllib.parse.quote(v, safe=':/,()')}" for k, v in params)

    def referer_search(self) -> dict[str, Any]:
        """Browser requests whose Referer is a page of the product with the search someone ran on it."""
        session = self.admin_session()
        csrf = self.token()
        roll = self.rng.random()
        if roll < 0.24:  # refine the search
            h = self.browser(self.search_url(page=self.pick([None, None, 2, 3])))
            h["Cookie"] = self.cookies(session)
            return self.record("admin-search", "header", self.get_request(self.search_url(), h))
        if roll < 0.34:  # next page
            q, page, extra = self.pick(USER_SEARCHES), self.rng.randint(1, 7), self.pick(SORTS)
            h = self.browser(self.search_url(query=q, page=page, extra=extra))
            h["Cookie"] = self.cookies(session)
            return self.record("admin-search", "header", {"method": "GET", "body": "", "headers": h,
                                                          "uri": self.search_url(query=q, page=page + 1, extra=extra)})
        if roll < 0.48:  # the stylesheet of the page
            page_url = self.pick([self.search_url(), self.search_url(page=2),
                                  self.search_url("/admin/audit", self.pick(AUDIT_SEARCHES)),
                                  "/me/?done=location_saved", "/auth/slack/?done=bye"])
            h = self.browser(page_url)
            h.update({"Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors"})
            for key in ("Sec-Fetch-User", "Upgrade-Insecure-Requests"):
                h.pop(key, None)
            h["Cookie"] = self.cookies(session)
            if self.chance(0.3):
                h["If-None-Match"] = f'"{self.hexs(24)}"'
            return self.record("admin-static", "header", self.get_request("/admin/static/admin.css", h))
        if roll < 0.60:  # flip a flag from the results
            q, page = self.pick(USER_SEARCHES), self.rng.randint(1, 4)
            h = self.browser(self.search_url(query=q, page=page), form=True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("q", q), ("page", str(page)),
                                           ("value", self.pick(["0", "1"]))])
            flag = self.pick(["active", "active", "admin"])
            return self.record("admin-search", "form", {"method": "POST", "body": body, "headers": h,
                                                        "uri": f"/admin/users/{self.rng.randint(1, 4200)}/{flag}"})
        if roll < 0.72:  # the audit log
            h = self.browser(self.search_url("/admin/audit", self.pick(AUDIT_SEARCHES), self.pick([None, 2]), []))
            h["Cookie"] = self.cookies(session)
            uri = self.search_url("/admin/audit", self.pick(AUDIT_SEARCHES + USER_SEARCHES),
                                  self.pick([None, None, 2, 5]), [])
            return self.record("admin-audit", "header", self.get_request(uri, h))
        if roll < 0.83:  # on to another page of the panel
            h = self.browser(self.search_url())
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/admin/", "/admin/features", "/admin/clients", "/admin/gateway", "/admin/account",
                             "/admin/slack-sign-in", "/admin/audit"])
            return self.record("admin-nav", "header", self.get_request(uri, h))
        if roll < 0.91:  # an admin opens their own /me/ page, or saves a setting there
            h = self.browser(self.pick([self.search_url(), "/me/?done=settings_saved",
                                        "/me/?from=slack&utm_source=slack&utm_medium=dm"]))
            h["Cookie"] = self.cookies(("__Host-jeeves_me", self.token()))
            if self.chance(0.5):
                return self.record("me", "header", self.get_request("/me/", h))
            h.update({"Origin": BASE, "Content-Type": "application/x-www-form-urlencoded"})
            body = urllib.parse.urlencode([("csrf_token", csrf), ("units", "metric"), ("alert_time", self.alert_time()),
                                           ("timezone", self.pick(TIMEZONES)), ("alerts", "on")])
            return self.record("me", "form", {"method": "POST", "uri": "/me/settings", "body": body, "headers": h})
        if roll < 0.96:  # the session ran out: the login page keeps the search in `next`
            nxt = self.search_url()
            h = self.browser(nxt)
            uri = "/admin/login?" + urllib.parse.urlencode([("next", nxt)])
            return self.record("admin-login", "query", self.get_request(uri, h))
        nxt = self.search_url()
        h = self.browser("/admin/login?" + urllib.parse.urlencode([("next", nxt)]))
        return self.record("auth", "query", self.get_request("/auth/slack/login?for=admin", h))

    def admin(self) -> dict[str, Any]:
        session = self.admin_session()
        csrf = self.token()
        roll = self.rng.random()
        if roll < 0.22:
            h = self.browser(self.pick([None, "/admin/", "/admin/users"]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/admin/", "/admin/users", "/admin/features", "/admin/clients", "/admin/gateway",
                             "/admin/audit", "/admin/users?done=user_updated&q=&page=1",
                             "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled"])
            return self.record("admin", "header", self.get_request(uri, h))
        if roll < 0.40:
            team = self.pick(TEAMS)[0]
            h = self.browser("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember location", "alerts",
                                                                   "config", "login", "forget me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", team, team.lower()]))]
            uri = "/admin/features"
            if self.chance(0.2):
                uri, fields = "/admin/features/remove", [("csrf_token", csrf), ("action", "weather"),
                                                         ("team_id", self.pick(TEAMS)[0])]
            return self.record("admin", "form", self.form_request(uri, h, fields))
        if roll < 0.58:
            h = self.browser("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            client = self.pick(API_CLIENTS)
            sub = self.rng.random()
            if sub < 0.5:
                fields = [("csrf_token", csrf), ("client_id", self.pick(API_CLIENTS + ["theatre-list:nightly",
                                                                                      "ipc.alerts-v2"])),
                          ("description", self.pick([
                              "Bed board → Jeeves users sync (owner: bed-flow team, runs every 15 min)",
                              "Power BI 'Daily Census' dataset, read-only — contact ext. 4417",
                              "Estates CAFM: facilities tickets from Slack (P1–P3)",
                              "ESR → HR sync, nightly 02:00 UTC; don't rotate without @Sandhu",
                              "Pharmacy stock report, Mon–Fri 06:30", "Rota import (O'Sullivan's script) 🙏", ""])),
                          ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
                return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
            state = self.pick(["rotate", "disable", "enable"])
            return self.record("admin-client", "form", self.csrf_post(f"/admin/clients/{client}/{state}", h, csrf))
        if roll < 0.72:
            h = self.browser("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#$%*+-_.,:;=?@"
            password = "".join(self.pick(alphabet) for _ in range(self.rng.randint(14, 30)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users",
                                                                 self.search_url()])),
                      ("username", self.pick(["admin", "s.oconnor", "pharm-lead", "a.alrashid", "it-ops"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.84:
            h = self.browser("/admin/slack-sign-in", True)
            h["Cookie"] = self.cookies(session)
            person = self.pick(self.people)
            fields = [("csrf_token", csrf), ("username", self.pick(["s.oconnor", "pharm-lead", "it-ops"])),
                      ("team_id", person["team"]), ("user_id", person["id"])]
            uri = "/admin/slack-sign-in" if self.chance(0.8) else "/admin/slack-sign-in/remove"
            return self.record("admin", "form", self.form_request(uri, h, fields))
        h = self.browser("/admin/account", True)
        h["Cookie"] = self.cookies(session)
        uri, fields = self.pick([("/admin/account/totp/start", [("csrf_token", csrf)]),
                                 ("/admin/account/totp/confirm", [("csrf_token", csrf), ("totp_pending", self.token()),
                                                                  ("totp", f"{self.rng.randint(0, 999999):06d}")]),
                                 ("/admin/logout", [("csrf_token", csrf)])])
        return self.record("admin", "form", self.form_request(uri, h, fields))

    def multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        boundary = self.form_boundary("webkit" if self.chance(0.6) else "firefox")
        return self.multipart_form(boundary, fields)

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser(self.pick([None, "/me/", f"/auth/slack/link/{self.token()}"]))
            if self.chance(0.3):
                h["Sec-Fetch-Site"], h["Referer"] = "cross-site", "https://app.slack.com/"
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json",
                             "/me/?utm_source=slack&utm_medium=bot&utm_campaign=login"])
            return self.record("me", "header", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": uri,
                                                "body": "", "headers": h})
        h = self.browser("/me/", True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.6:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            uri = "/me/location"
        elif roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            uri = "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
        if self.chance(0.35):
            body, h["Content-Type"] = self.multipart(fields)
            return self.record("me-multipart", "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record("me", "form", self.form_request(uri, h, fields))

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.2:
            h = self.browser(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth", "header", self.get_request(uri, h))
        if roll < 0.35:
            h = self.browser(self.pick(["/auth/slack/", "/admin/login"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth", "query", self.get_request(uri, h))
        if roll < 0.6:
            state = self.token()
            h = self.browser()
            h["Sec-Fetch-Site"], h["Referer"] = "cross-site", "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            code = f"{self.rng.randint(10**11, 10**12)}.{self.rng.randint(10**11, 10**12)}.{self.hexs(64)}"
            params = [("code", code), ("state", state)]
            if self.chance(0.08):
                params = [("error", "access_denied"), ("state", state)]
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "body": "", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.72:
            return self.record("auth-link", "path", self.link_preview(link))
        if roll < 0.86:
            return self.record("auth-link", "path", self.link_visit(link, self.browser()))
        csrf = self.token()
        h = self.browser(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.record("auth-link", "form", self.form_request(f"/auth/slack/link/{link}", h, [("csrf_token",
                                                                  csrf)]))

    # ---- TokenDealer, health, metadata ------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(API_CLIENTS + ["jeeves-worker"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.6.0", "Go-http-client/2.0",
                                      "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
                                      "Apache-HttpClient/5.2.1 (Java/17.0.10)", "python-httpx/0.27.0"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, "read")
        if roll < 0.78:
            h["Authorization"] = basic
            return self.record("oauth", "form", {"method": "POST", "uri": "/oauth/introspect", "headers": h,
                                                 "body": urllib.parse.urlencode([("token", token),
                                                                                 ("token_type_hint", "access_token")])})
        if roll < 0.88:
            h["Authorization"] = basic
            return self.record("oauth", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("verify", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.35:
            ua = self.pick(["kube-probe/1.28", "Blackbox Exporter/0.24.0", "check_http/v2.4.9 (monitoring-plugins "
                            "2.4.9)", "Zabbix", "ELB-HealthChecker/2.0", "curl/8.6.0"])
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                    "uri": self.pick(["/healthz", "/readyz"]),
                                                    "headers": {"User-Agent": ua, "Accept": "*/*"}})
        if roll < 0.7:
            h = {"User-Agent": self.pick(["lua-resty-http/0.17.1", "PyJWT/2.8.0", "Go-http-client/2.0",
                                          "jwks-rsa/3.1.0 (node)", "Microsoft.IdentityModel/7.5"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"'
            return self.record("health-jwks", "header", self.get_request("/.well-known/jwks.json", h))
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.6.0", "Authlib/1.3.0", "oauth4webapi/2.10"]),
             "Accept": "application/json"}
        return self.record("health-metadata", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                         "uri": "/.well-known/oauth-authorization-server",
                                                         "headers": h})


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 262), ("slack_thread", 45), ("slack_edit", 20), ("slack_file", 22), ("slack_unfurl", 22),
    ("slack_reaction", 40), ("slack_bot", 20), ("slack_home", 18), ("jeeves_event", 215), ("jeeves_slash", 190),
    ("button", 60), ("modal", 18), ("api", 190), ("admin", 70), ("referer_search", 300), ("me", 75),
    ("sign_in", 40), ("oauth", 60), ("health", 40),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The day, kinds interleaved in the order they happen."""
    return planned(Hospital(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())


if __name__ == "__main__":
    from .records import print_records

    print_records(benign())
