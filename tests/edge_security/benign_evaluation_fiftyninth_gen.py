"""Benign evaluation set (fiftyninth): a veterinary clinic chain's ordinary traffic through the edge, benign only.

The company is Larkspur & Fenn Veterinary Group, small-animal, equine and farm practices in Edinburgh, Harrogate,
Cork, Utrecht, Lyon, Porto, Montréal and Austin. Its vets, nurses and technicians, receptionists, ambulatory farm
and equine vets and practice managers use Jeeves to check the weather before farm calls, yard visits, outdoor
vaccination clinics and heat-stroke season, and they talk to it the way they talk to each other: patients' names
and breeds, dosages (2.5 mg/kg PO q12h), microchip numbers, appointment slots, lab values with units and
reference ranges, owners' names in many languages and scripts, invoice lines in several currencies, vaccination
schedules, clinic addresses, phone numbers, abbreviations, emoji and typos.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls, and adds the file
shares, link unfurls and bot echoes a vet practice's DMs carry.
"""

from __future__ import annotations

import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fiftyninth"
SEED = 59_2024_0917
EPOCH = 1726552800  # 2024-09-17 06:00 UTC, a Tuesday: morning ops, farm round, evening consults
TEAM, TEAM_DOMAIN = "T03LRKVETS", "larkspur-fenn"
PARTNER_TEAM, PARTNER_DOMAIN = "T05HRDFRM2", "lf-farm-equine"  # the farm and equine division's own workspace
APP_ID, BOT_USER, BOT_ID = "A05VETJVS7", "U05JVSBOT3", "B05JVSBOT8"
HOST = "jeeves.larkspurvets.com"
BASE = f"https://{HOST}"

FIRST = ["Eilidh", "Ruairí", "Anouk", "Bram", "Séverine", "Mathéo", "Inês", "João", "Geneviève", "Mathieu",
         "Dolores", "Tyrese", "Ngozi", "Siobhán", "Callum", "Priyanka", "Wojciech", "Agnieszka", "Hye-jin", "Ravi",
         "Maëlys", "Fenna", "Sjoerd", "Caoimhe", "Fraser", "Léonie", "Thiago", "Mariana", "Aoife", "Kwabena",
         "Zeynep", "Yusuf", "Freya", "Ólafur", "Jun", "Tamsin", "Émile", "Sunniva", "Marguerite", "Declan"]
LAST = ["MacLeod", "Ó Súilleabháin", "van der Linden", "de Vries", "Lefèvre", "Rousseau-Blanc", "Araújo", "Gonçalves",
        "Tremblay", "Côté", "García-Márquez", "Washington", "Okafor", "Ní Dhonnchadha", "McAllister", "Raghunathan",
        "Kowalczyk", "Wiśniewska", "Park", "Venkataraman", "Fenn", "Bakker", "O'Mahony", "Fitzpatrick", "Dupuis",
        "Sousa", "Ferreira-Lopes", "Mensah", "Yılmaz", "Haddad", "Sigurðsson", "Nakashima", "Larkspur", "St-Pierre",
        "Jansen", "O'Keeffe"]
OWNERS = ["Mrs Agnieszka Wiśniewska", "Seán Ó Briain", "Mme Léa Fontaine-Dupré", "Dhr. J.W. van den Berg",
          "Sr. João Araújo", "Zoë MacLeod", "李静 (Li Jing)", "Σοφία Παπαδοπούλου", "Нина Кузнецова",
          "Aoife Ní Dhonnchadha", "Mr & Mrs Okafor", "أحمد الخطيب (Ahmad Al-Khatib)", "田中由紀 (Yuki Tanaka)",
          "Guðrún Sigurðardóttir", "the Kowalczyk family", "Dr. Priya Raghunathan", "박현우 (Hyun-woo Park)",
          "Marie-Ève Tremblay", "Tomás Ó Súilleabháin", "Dolores García-Márquez", "Ngozi Eze",
          "רבקה שפירו (Rivka Shapiro)", "Şebnem Yılmaz", "Mr. D'Arcy-Whyte", "Jean-François Côté",
          "Maria da Conceição Sousa", "Fam. de Jong-Bakker", "Mrs. O'Rourke (Glenmore Farm)",
          "Bettina Müller-Lüdenscheidt", "Thandeka Mthembu", "Brother Anselm (St Mary's Abbey)",
          "Jessie-Mae Washington"]
PETS = ["Biscuit", "Mochi", "Knödel", "Señor Bigotes", "Pippa", "Fionn", "Bao", "Lola", "Rolo", "Mr. Pickles",
        "Ziggy", "Hamish", "Cléo", "Toby", "Bella", "Óscar", "Pudding", "Lady Marmalade", "Kiwi", "Tigrou", "Sushi",
        "Boris", "Nala", "Wotsit", "Duchess", "Frikandel", "Nata", "Мурка (Murka)", "ハナ (Hana)", "Sir Reginald",
        "Daisy-May", "Bonbon", "Guinness", "Tapioca", "Poppy", "Jellybean", "D'Artagnan", "Maple", "Brisket"]
BREEDS = ["Cavalier King Charles Spaniel", "Labradoodle", "French Bulldog", "Maine Coon", "DSH", "DLH",
          "British Shorthair", "Jack Russell x", "Border Collie", "Staffie", "Shih Tzu", "Cockapoo", "Whippet",
          "mini wire-haired Dachshund", "GSD", "Ragdoll", "Sphynx", "Netherland Dwarf rabbit", "bearded dragon",
          "cockatiel", "ferret (jill)", "guinea pig", "Shetland pony", "Connemara mare", "Holstein-Friesian heifer",
          "Texel ewe", "alpaca (huacaya)", "Boer goat", "Bernese Mountain Dog", "Greyhound (ex-racer)",
          "Siamese", "Cane Corso", "Lurcher", "Dutch Warmblood gelding", "Berger Blanc Suisse", "Cão de Água"]
DOSES = ["meloxicam 0.1 mg/kg PO q24h", "amoxicillin-clavulanate 12.5 mg/kg PO q12h x 7d", "maropitant 1 mg/kg SC",
         "gabapentin 10 mg/kg PO q8-12h", "buprenorphine 0.02 mg/kg IV q6-8h", "Caninsulin 0.5 IU/kg SC q12h",
         "methadone 0.2–0.3 mg/kg IM", "dexmedetomidine 5 µg/kg IV", "prednisolone 1 mg/kg PO SID, taper",
         "furosemide 2 mg/kg PO BID", "pimobendan 0.25 mg/kg PO q12h (1h before food)", "robenacoxib 2 mg/kg PO SID",
         "metronidazole 15 mg/kg PO BID", "cefalexin 15 mg/kg PO BID x 14d", "phenylbutazone 4.4 mg/kg PO BID (equine)",
         "oxytetracycline LA 20 mg/kg IM (cattle)", "trazodone 3–5 mg/kg PO 2h pre-visit", "2.5 mg/kg q12h",
         "½ tab (2.5 mg) once daily with food", "0.3 ml/10 kg SC", "methimazole 2.5 mg PO BID", "LRS 60 ml/kg/day IV",
         "fluralaner 250 mg chew (4.5–10 kg)", "enrofloxacin 5 mg/kg PO SID (not in young dogs!)"]
CHIPS = ["985 141 002 345 678", "956000012345678", "941000024681357", "900 032 001 876 543", "985112004563218",
         "250269606123456", "372141400112233", "528 140 000 765 432", "AVID*045*627*819", "620 098 100 456 712",
         "124 000 318 742 905", "840 098 102 334 561", "chip 985-141-002-347-901"]
SLOTS = ["Tue 17 Sep 14:20–14:40", "09:10 (20 min)", "tomorrow 08:30 drop-off", "Wed 10:45 w/ Dr. Okafor",
         "18/09 à 16h00", "2024-09-19T11:15", "last slot 18:50", "Sat 9–12 vacc clinic", "Thurs 3:40pm",
         "19.09. um 17:30", "Fri 07:45 (fasted from midnight)", "dia 20/09 às 10h30", "Mon 23rd, 2pm recheck",
         "today 12:00–12:10 (nurse clinic)", "8h15 jeudi", "next Tue AM, 2nd in theatre"]
LABS = ["ALT 312 U/L (ref 10–125)", "creatinine 2.8 mg/dL (0.5–1.8)", "SDMA 19 µg/dL (<15)", "BUN 48 mg/dL (7–27)",
        "T4 78 nmol/L (13–51)", "glucose 24.3 mmol/L", "PCV 22% (37–55)", "USG 1.012", "K+ 6.8 mmol/L (3.5–5.8)",
        "WBC 24.1 x10^9/L", "fructosamine 512 µmol/L (<340)", "ALKP 1,450 U/L", "lactate 4.1 mmol/L",
        "total protein 52 g/L", "bile acids pre 8 / post 96 µmol/L", "cPL 410 µg/L (>400 = consistent w/ pancreatitis)",
        "FeLV/FIV snap neg/neg", "Na:K 22:1", "UPC 0.8 (borderline)", "SAA 180 mg/L (equine)", "BHB 1.8 mmol/L (cow)",
        "FEC 850 epg (strongyles)", "HCT 0.28 L/L", "Ca 3.4 mmol/L ↑", "Hb 8.1 g/dL", "BP 190/110 mmHg (Doppler)"]
INVOICE = ["Consultation — standard 15 min £48.50", "Vaccination DHPPi + L4 €62,00",
           "Dental scale & polish (GA) $420.00", "NexGard Spectra 7.6–15 kg x3 £54.99",
           "Communal cremation < 10 kg €95", "Out-of-hours call-out £185.00 + VAT",
           "Bloods: in-house biochem + haem CAD 186.40", "Spay (bitch) 15–25 kg £395", "Microchip implant €25,00",
           "Radiographs x2 views 245,00 €", "Farm visit (zone B) €58 + mileage 34 km @ €0.85",
           "Hospitalisation 1 night $145", "Pet passport (AHC) £160.00", "Euthanasia + paw print £128",
           "Rabies vacc + certificate CAD 89.95", "Hoof trim & dressing x4 €140", "Nurse clinic (nail clip) — free",
           "Dispensing fee 4,50 €", "10% staff discount applied (-£12.30)",
           "Castration (tom) $185.00 incl. buprenorphine"]
VACCS = ["primary course 8 & 12 wks, booster at 15 months", "L4 booster due 14/10", "FeLV 2nd dose in 3–4 wks",
         "rabies valid 3 yrs (21-day wait before travel)", "KC (intranasal) 1 wk before kennels",
         "RHDV2 + myxo annually", "tetanus/flu (equine) 2nd primary 21–92 days after 1st", "BVD herd booster Oct",
         "Lepto — restart course (lapsed > 18 months)", "cat flu + enteritis triennial",
         "Bluetongue BTV-3 (sheep) x2 doses",
         "puppy: 2nd vacc, socialise from 1 wk after", "titre test instead of booster? owner asked"]
CLINICS = [("Edinburgh", "112 Comiston Rd, Edinburgh EH10 5QJ"),
           ("Harrogate", "Unit 4, Hookstone Park, Harrogate HG2 7DB"),
           ("Cork", "Carrigrohane Rd, Ballincollig, Co. Cork P31 X2E6"), ("Utrecht", "Biltstraat 201, 3572 AR Utrecht"),
           ("Lyon", "27 rue de Marseille, 69007 Lyon"), ("Porto", "Rua de Cedofeita 512, 4050-174 Porto"),
           ("Montréal", "4520 boul. Saint-Laurent, Montréal QC H2T 1R2"),
           ("Austin", "2401 S Lamar Blvd #110, Austin, TX 78704")]
PLACES = ["Ballincollig", "Macroom", "Knaresborough", "Pateley Bridge", "Ripon", "Morningside, Edinburgh", "Peebles",
          "Houten", "Zeist", "'s-Hertogenbosch", "Villeurbanne", "Vaulx-en-Velin", "Vila Nova de Gaia", "Matosinhos",
          "Laval, QC", "Saint-Hyacinthe", "Round Rock, TX", "Dripping Springs", "Glenmore Farm, Co. Cork",
          "The Curragh, Kildare", "Newmarket", "Lambourn", "Masham", "Skipton", "Amersfoort", "Bourg-en-Bresse",
          "Braga", "Sherbrooke", "Pflugerville", "Clonakilty", "Bantry", "Galashiels", "Kelso", "Wetherby",
          "Saint-Étienne", "Guimarães", "Trois-Rivières", "Dún Laoghaire", "Leeds", "Austin"]
TIMEZONES = ["Europe/London", "Europe/Dublin", "Europe/Amsterdam", "Europe/Paris", "Europe/Lisbon", "America/Toronto",
             "America/Chicago", "UTC", "Europe/Brussels"]
PHONES = ["+44 131 496 0721", "0113 496 0558", "+353 21 555 0193", "+31 30 555 0142", "04 72 55 01 86",
          "+351 22 555 0117", "(514) 555-0163", "512-555-0148", "07700 900 382", "087 555 0176"]
EMOJI = [":dog:", ":cat2:", ":feet:", ":syringe:", ":pill:", ":horse:", ":cow:", ":rabbit:", ":thermometer:",
         ":umbrella_with_rain_drops:", ":snowflake:", ":pray:", ":white_check_mark:", ":hospital:", "🐾", "🐶",
         "🐱", "💉", "🐴", "🙏", ":sweat_smile:", ":tractor:", ":sheep:", ":warning:", "😅"]
LINKS = ["https://www.metoffice.gov.uk/weather/forecast/gcwnw2f7h", "https://www.met.ie/warnings/today",
         "https://www.knmi.nl/nederland-nu/weer/waarschuwingen/utrecht",
         "https://meteofrance.com/previsions-meteo-france/lyon/69000",
         "https://larkspurvets.ezyvet.com/?recordclass=Animal&recordid=48213",
         "https://maps.app.goo.gl/7hTzQkPw9VxRc3B8A",
         "https://docs.google.com/spreadsheets/d/1rQv8Xk2mTz0aLpB4sW9eYc6nHf3uJdG5oKiE7bNtM1w/edit#gid=0",
         "https://www.google.com/maps/dir/Ballincollig/Macroom/@51.88,-8.77,11z",
         "https://weather.gc.ca/city/pages/qc-147_metric_e.html", "https://www.weather.gov/ewx/",
         "https://www.ipma.pt/pt/otempo/prev.localidade.hora/#Porto&Porto",
         "https://larkspur-fenn.slack.com/archives/C05ROTA01/p1726551123000199",
         "https://calendly.com/larkspur-harrogate/nurse-clinic?month=2024-09",
         "https://www.wsava.org/guidelines/vaccination-guidelines/"]

UNFURLS = [  # (link, the unfurl's title, its text) as Slack's unfurler shows them
    ("https://www.metoffice.gov.uk/weather/forecast/gcwnw2f7h", "%PLACE% weather - Met Office",
     "Hourly weather forecast for %PLACE%, with rain, wind and UV."),
    ("https://www.met.ie/warnings/today", "Weather Warnings - Met Éireann",
     "Status Yellow - Wind warning for Cork, Kerry. Valid: 12:00 Tuesday 17/09 to 21:00 Tuesday 17/09"),
    ("https://meteofrance.com/previsions-meteo-france/lyon/69000", "Météo Lyon (69000) - Prévisions Météo-France",
     "Prévisions météo à 15 jours pour Lyon : températures, pluie, vent."),
    ("https://weather.gc.ca/city/pages/qc-147_metric_e.html", "Montréal - 7 Day Forecast - Environment Canada",
     "Tonight: Clear. Low 9. Wednesday: Sunny. High 24. UV index 5 or moderate."),
    ("https://www.weather.gov/ewx/", "Austin/San Antonio, TX", "Heat Advisory in effect until 8 PM CDT this evening"),
    ("https://www.google.com/maps/dir/Ballincollig/Macroom/@51.88,-8.77,11z", "Ballincollig to Macroom - Google Maps",
     "35 min (30.1 km) via N22"),
    ("https://calendly.com/larkspur-harrogate/nurse-clinic?month=2024-09", "Nurse clinic - Larkspur & Fenn Harrogate",
     "15 min · Nail clips, weight checks, post-op checks"),
    ("https://www.wsava.org/guidelines/vaccination-guidelines/", "Vaccination Guidelines - WSAVA",
     "Guidelines for the vaccination of dogs and cats (2024 update)."),
]
COMMANDS = [
    "weather %PLACE%", "weather %PLACE%", "weather in %PLACE% tomorrow?", "weather %PLACE% please",
    "weather", "weather at %PLACE% this afternoon", "weather for %PLACE% :horse:", "Weather %PLACE%",
    "weather %CLINIC%", "remember location %PLACE%", "remember location %CLINIC%", "remember location %ADDR%",
    "my location", "forget location", "alerts on", "alerts off", "Alerts on", "config", "config units imperial",
    "config units metric", "config alert_time %HHMM%", "config timezone %TZ%", "config tz %TZ%", "config time %HHMM%",
    "login", "help", "forget me", "wether %PLACE%", "weather %PLACE%??", "weather near %PLACE% right now",
    "remember location Glenmore Farm, Co. Cork", "weather Saint-Hyacinthe :snowflake:", "weather 's-Hertogenbosch",
    "weather Dún Laoghaire", "weather Trois-Rivières pls", "remember location %PLACE% (farm round)",
    "config alerts on", "weather %PLACE% tonight", "my location?", "HELP", "remeber location %PLACE%",
    "weather around %PLACE% this weekend", "login pls",
]
CHAT = [
    "can someone cover my %SLOT% slot? %PET% (%BREED%) recheck, owner is %OWNER%",
    "%PET%'s bloods back: %LAB% — can you call %OWNER% on %PHONE%?",
    "dose check pls: %DOSE% for a 6.4 kg %BREED%?",
    "microchip scanned as %CHIP% but the database has a different owner (%OWNER%) 🤔",
    "%WHO% can you add %INVOICE% to %PET%'s bill? forgot it yesterday",
    "%PET% due %VACC%",
    "reminder: %VACC% for %PET% (%BREED%), owner %OWNER%",
    "farm call at %PLACE% moved to %SLOT% — is it going to pour?",
    "is it too hot for the outdoor vacc clinic at %CLINIC%? last time 2 dogs got panting in the queue",
    "%OWNER% rang re %PET%: vomited x3 overnight, still eating. booked %SLOT%",
    "who's on call tonight? OOH phone is %PHONE%",
    "theatre list: spay, 2x dentals, lump removal (%PET%), GA for rads",
    "we're out of %DOSE% — ordered from the wholesaler, arriving Thu",
    "ok to send %PET% home on %DOSE%?",
    "%PET% weighed 32.4 kg today (was 29.8 kg in June) 😬",
    "can we move %PET%'s dental to %SLOT%? owner's away",
    "lab says %LAB%, repeat in 2 wks?",
    "%WHO% the centrifuge in prep room 2 is making that noise again",
    "new client: %OWNER%, %PET% the %BREED%, chip %CHIP%",
    "invoice query from %OWNER%: \"why was I charged twice for %INVOICE%?\"",
    "%PET% — temp 39.8°C, HR 140, RR 40, CRT <2s, mm pink & moist",
    "euth at %SLOT%, quiet room please 🕯️ owner %OWNER%",
    "horse at %PLACE% is lame 3/5 LF, hoof testers +ve, going out after lunch",
    "lambing/calving kit restocked in the Hilux ✅",
    "does anyone know if %OWNER% got the insurance claim form?",
    "%PET% is the %BREED% with the \"bites when restrained\" flag — muzzle + 2 people",
    "for the Lyon team: %PET% arrive demain %SLOT%, propriétaire %OWNER%",
    "voor Utrecht: %PET% (%BREED%) komt %SLOT%, eigenaar %OWNER%",
    "Porto: consulta do %PET% %SLOT%, tutor %OWNER%",
    "Montréal — %PET% rendez-vous %SLOT%, suivi post-op",
    "Austin: %PET% heartworm test neg, starting preventive, %DOSE%",
    "stock take: 14 boxes of %DOSE%, 3 expired (08/24) — returning",
    "%WHO% can you sign off %PET%'s controlled drugs entry? 0.4 ml methadone, 1 ml wasted",
    "new kitten pack: %VACC% + flea/worm + chip %CHIP%",
    "rota swap: I take Sat %SLOT%, you take my Tue late?",
    "owner asking if %PET% can have paracetamol — told her NO (cat!)",
    "anyone free at %SLOT%? walk-in %BREED%, possible GDV",
    "discharge %PET% at %SLOT% — buster collar, cage rest 2 wks, %DOSE%",
    "the nurse clinic is full till Friday, sorry",
    "%CLINIC% car park flooded again, use the back entrance",
    "price check: %INVOICE%",
    "%PET% passed 💔 — please flag the record so no more reminders go out to %OWNER%",
    "ultrasound machine booked for %SLOT% (cardio)",
    "sending %PET%'s rads to the specialist, ref %CHIP%",
    "has anyone seen the Doppler probe?",
    "owner %OWNER% says %PET% is \"back to her old self\" :tada:",
    "heads up: %PLACE% yard has strangles, biosecurity on, no other visits after",
    "milk fever cow at %PLACE%, 2 bottles Ca borogluconate IV, standing now",
    "TB test at %PLACE% — read-back day %SLOT%, 184 head",
    "pls stop booking 5-min slots for vaccines, they're 15",
    "is the Austin clinic closed for Labor Day? oh wait that was 2 weeks ago lol",
    "%PET% ate a whole bar of dark chocolate (85%) ~100 g, 12 kg dog — coming in",
    "FYI new price list from 01/10: %INVOICE%",
    "%WHO% ty for covering!! owe you a coffee ☕",
    "mm ok", "👍", "thanks!", "on my way", "brb, consult", "sorry, typo - meant %DOSE%",
    "who took the ophthalmoscope from consult 3?!",
    "q: does anyone use the 4.5–10 kg or 10–25 kg size for a 10.2 kg dog?",
    "recheck %PET% %SLOT% — %LAB%",
    "can Jeeves tell me if it's gonna rain at %PLACE% before I drive out?",
    "road to %PLACE% closed (A59), going via Blubberhouses, 20 min late",
    "merci pour ton aide ce matin 🙏",
    "bedankt, ik neem het over",
    "obrigada! já liguei à tutora",
    "pls check the fridge log, it says 9°C at 06:00 (should be 2–8°C)",
]
LONG_MESSAGES = [
    "Handover %CLINIC% (evening):\n• %PET% (%BREED%) — on %DOSE%, eating small amounts, recheck %LAB%\n"
    "• Kennel 4: post-op spay, comfortable, go home AM\n• OOH: %OWNER% may ring about %PET%\nThanks all 🐾",
    "Discharge instructions for %OWNER%:\n1. %DOSE%\n2. Lead walks only, 10 min 2-3x/day for 14 days\n"
    "3. Keep the wound dry; no bathing\n4. Recheck %SLOT%\nCall %PHONE% if you're worried.",
    "Bloods for %PET% (%BREED%, 11y):\n```\n%LAB%\n%LAB%\n%LAB%\n```\nThoughts? I'd start fluids and repeat in 48h",
    "Invoice breakdown for %OWNER%:\n- %INVOICE%\n- %INVOICE%\n- %INVOICE%\nTotal incl. VAT on the PMS; "
    "they want to pay in 2 instalments (OK'd by practice manager)",
    "Puppy schedule, %PET% the %BREED%:\n• 8 wks: %VACC%\n• 12 wks: 2nd vacc\n• chip: %CHIP%\n"
    "• flea/worm monthly until 6 months\n• neuter chat at 6–9 months",
    "Farm round tomorrow (%PLACE%, then %PLACE%, then %PLACE%):\n- 07:00 TB read\n- 10:30 lame heifer\n"
    "- 14:00 sheep scanning (~400 ewes)\nIf it's blowing a gale I'll swap the scanning to Thu",
    "Rota week 38:\nMon — Dr. %WHO% (consults), nurse clinic AM\nTue — theatre + %SLOT%\nWed — farm\n"
    "Thu — half day\nFri — OOH handover 19:00\nShout if anything's wrong!",
    "Controlled drugs check %CLINIC%:\nmethadone 10 mg/ml — 18.6 ml (register 18.6 ✔)\n"
    "ketamine 100 mg/ml — 7.2 ml (register 7.4 ✖ — 0.2 ml discrepancy, checking the entries)\n"
    "buprenorphine 0.3 mg/ml — 4 amps ✔",
    "New patient reg:\nOwner: %OWNER%\nPet: %PET% (%BREED%), DOB 03/2021\nChip: %CHIP%\nVaccs: %VACC%\n"
    "Insurer: Petplan, policy 7781-402-19\nPhone: %PHONE%",
    "Anaesthetic plan %PET% (%BREED%, ASA II):\npremed %DOSE%\ninduction propofol to effect (~4 mg/kg)\n"
    "maintenance iso 1.5–2% in O2\nfluids LRS 5 ml/kg/h\nanalgesia %DOSE%",
    "Heat plan for the Austin clinic (forecast 38°C / 100°F):\n- no brachy walks in the car park\n"
    "- cool room ready, fans on\n- owners wait in cars, we call them in\n- reschedule non-urgent %BREED% consults",
    "Hi all — quick reminder that from Monday all controlled drug entries must be double-signed, "
    "and \"see notes\" isn't enough in the reason column. Ask %WHO% if unsure. Thanks! 🙏",
    "Compte rendu %PET% :\n- %LAB%\n- %LAB%\nTraitement : %DOSE%\nContrôle %SLOT%. Propriétaire prévenu(e).",
    "Overdracht Utrecht:\n• %PET% (%BREED%) — %DOSE%\n• kooi 2: na castratie, mag morgen naar huis\n"
    "• %OWNER% belt misschien over de rekening",
]
BOT_REPLIES = [
    "%PLACE%: light rain, 13°C, wind 24 km/h; today 9°C to 15°C, 70% chance of precipitation",
    "%PLACE%: partly cloudy, 18°C, wind 11 km/h; today 12°C to 21°C, 10% chance of precipitation",
    "%PLACE%: clear sky, 96°F, wind 7 mph; today 74°F to 99°F, 0% chance of precipitation",
    "%PLACE%: overcast, 11°C, wind 38 km/h; today 8°C to 13°C, 55% chance of precipitation",
    "%PLACE%: fog, 7°C, wind 4 km/h; today 6°C to 17°C, 5% chance of precipitation",
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at %HHMM% (%TZ%).", "Daily weather alerts are off.",
    "I could not find a place called \u201c%PLACE%\u201d.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
]
SEARCH_Q = ["MacLeod", "eilidh", "@larkspurvets.com", "U05K2TR9QZ", TEAM, PARTNER_TEAM, "Ó Súilleabháin", "o'mahony",
            "van der", "Wiśniewska", "côté", "nurse", "locum", "harrogate", "ruairi", "Lefèvre", "de vries", "park",
            "st-pierre", "T05"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "login", "login.slack",
           "feature.set", "feature.remove_override", "admin.map_slack", "account.totp_enable", "logout",
           "pms-sync", "practice.ops", "weather"]
ADMINS = ["practice.ops", "it-helpdesk", "eilidh.macleod", "r.osullivan", "breakglass-admin", "groupit.lyon"]
CLIENT_DESCRIPTIONS = [
    ("pms-sync", "ezyVet → Jeeves staff sync (nightly, 02:00)"),
    ("powerbi-clinics", "Power BI: usage per clinic & per action"),
    ("rota-planner", "Rota planner — reads who has alerts on"),
    ("farm-round.scheduler", "Farm & equine round planner (weather look-ups)"),
    ("ci-gitlab", "GitLab CI: smoke tests after deploy"),
    ("reminders.sms", "Vacc reminder SMS bridge (read only)"),
    ("lyon:intranet", "Intranet Lyon — annuaire des équipes"),
    ("austin-ops", "Austin ops dashboard (heat alerts)"),
]
API_CLIENTS = ["pms-sync", "powerbi-clinics", "rota-planner", "farm-round.scheduler", "ci-gitlab", "reminders.sms",
               "lyon:intranet", "austin-ops"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 "
    "Edg/126.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "CriOS/126.0.6478.153 Mobile/15E148 Safari/604.1",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "en-IE,en;q=0.9,ga;q=0.6", "nl-NL,nl;q=0.9,en;q=0.8",
         "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "pt-PT,pt;q=0.9,en;q=0.8",
         "en-US,en;q=0.9,es;q=0.8", "en-US,en;q=0.5", "de-DE,de;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en-GB;q=0.8"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.9.1", "curl/7.88.1", "Go-http-client/2.0",
              "PowerBI/2.133 (Windows)", "PostmanRuntime/7.41.2", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
              "okhttp/4.12.0", "Apache-HttpClient/5.3.1 (Java/21.0.4)"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Better Stack Better Uptime Bot Mozilla/5.0",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "curl/8.9.1"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "python-httpx/0.27.2", "lua-resty-http/0.17.2",
            "curl/8.9.1", "Nimbus-JOSE-JWT/9.40"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/audit",
               "/admin/account", "/admin/slack-sign-in", "/admin/users?done=user_updated",
               "/admin/features?done=switch_updated", "/admin/clients?done=client_disabled",
               "/admin/slack-sign-in?done=mapped", "/admin/account?done=totp_enabled"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/audit", "/admin/users?q=macleod&page=2",
              "/admin/clients", "/admin/audit?q=client.rotate"]
PHRASE_WORDS = ["tabby", "lurcher", "heather", "fetlock", "copper", "kestrel", "bramble", "saddle", "thistle",
                "otter", "marigold", "collie", "harrow", "larkspur", "gorse", "puffin"]
PATCH_NAMES = ["Eilidh MacLeod-Fenn", "Ruairí Ó Súilleabháin", "Séverine Rousseau-Blanc", "Dr. Ngozi Okafor MRCVS",
               "Anouk van der Linden", "Geneviève Côté, T.S.A.", "João Araújo (locum)", "Wojciech Kowalczyk",
               "Hye-jin Park", "Dolores García-Márquez DVM", "Caoimhe O'Keeffe RVN", "Ólafur Sigurðsson"]
UNTIL = ["2024-09-17T06:00:00Z", "2024-09-17", "2024-09-17T07:00:00+01:00", "2024-09-16T23:59:59Z"]
FILES = ["IDEXX results Biscuit 16.09.2024.pdf", "rads_thorax_LL_VD_Mochi.jpg", "Bloods - Poppy (Cavalier).pdf",
         "Rota wk38 Harrogate.xlsx", "GA consent — Knödel.pdf", "echo_Maple_MMVD_B2.mp4", "dental chart Nata.png",
         "FEC Glenmore herd Sept.xlsx", "IMG_4471.HEIC", "Compte-rendu écho abdo Tigrou.pdf",
         "Röntgen Frikandel (HD-Auswertung).zip", "Lab_Sousa_Nata_2024-09-16.pdf", "price list 2024-10 (draft v3).docx"]


def ascii_of(name: str) -> str:
    """A name as its e-mail address and Slack handle spell it: accents dropped (Ó to O, ð to d)."""
    name = name.replace("ð", "d").replace("Ð", "D").replace("ł", "l").replace("ı", "i")
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


class VetGroup(EvaluatorDay):
    """Larkspur & Fenn: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Vt3mLpQ8sXz2NcR7wKe5HbYa"
    base = BASE
    ts_window = (0, 13 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 6, 7, 7, 8, 12, 16, 19), ("00", "10", "15", "30", "45")
    iat_window = (0, 46000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 46000), 41, 0.18, 34
    blocks_rate, thread_rate = 0.78, 0.24
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, xff_rate, xff = 0.18, 0.05, 0.04, ("10.31.2.44", "192.168.10.23", "10.9.0.12, 172.20.1.7")
    mobile_rate, other_platform = 0.35, '"Chrome OS"'
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip")
    oauth_scopes = ("read", "read write", "write", "read")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    verify_uas = [*SCRIPT_UAS[:5], "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas = META_UAS
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 9, 0.25
    button_places = PLACES + [c[1] for c in CLINICS]
    weather_replies = BOT_REPLIES[:5]
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.45
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.1, 0.18
    me_places = PLACES + [c[1] for c in CLINICS] + [f"Larkspur & Fenn {c[0]}" for c in CLINICS]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "t05hrdfrm2", "")
    search_pages, audit_page = (1, 4), (2, 6)
    # the data API
    limits, offset_rate, offsets = ("25", "50", "100", "250", "500"), 0.5, (0, 25, 50, 100, 250, 500)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_alerts_rate, patch_active_rate = 0.65, 0.3
    usage_days, until_choices = (1, 16), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|forecast", "|map", "|rota", "|record")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.13, 0.24, 0.07, 0.66, 0.45
    mention_leads = ("", "", "hey ", "morning ", "pls ")
    edit_suffixes = (" (edit: 0.2 mg/kg, not 2 mg/kg!!)", " *", " — wrong patient, sorry", "", " (typo)")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "home", "messages"), 0.55, 0.14
    # its shared files, unfurls and Jeeves' echoed replies
    files, file_created, file_sizes, file_team_fields = FILES, (60, 40000), (15_000, 24_000_000), False
    file_notes = ("", "%PET%'s results", "rads for %PET% (%BREED%) — thoughts?", "here you go", "updated rota 🙏",
                  "%LAB% — see attached", "for %OWNER%")
    file_types = {"pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png", "heic": "image/heic",
                  "mp4": "video/mp4", "zip": "application/zip",
                  "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
    unfurl_leads, unfurl_spaced = ("is it ok for the farm round?", "rain later?", "", "see this", "👀"), True
    bot_replies = BOT_REPLIES + ["Here is what I can do:\n• `weather [place]`: the weather for a place"]
    bot_updated_days, bot_subtype_rate, bot_places, bot_weather_mark, bot_verbatim_rate = 61, 0.3, PLACES, "°", 0.3
    trace_rate, request_id_header = 0.22, "X-Request-Id"  # its scripts' tracing
    fill_pools = {"%PLACE%": PLACES, "%OWNER%": OWNERS, "%PET%": PETS, "%BREED%": BREEDS, "%DOSE%": DOSES,
                  "%CHIP%": CHIPS, "%SLOT%": SLOTS, "%LAB%": LABS, "%INVOICE%": INVOICE, "%VACC%": VACCS,
                  "%PHONE%": PHONES, "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = ascii_of(first).lower().replace(" ", "") or "vet"
            plain_last = "".join(c for c in ascii_of(last).lower() if c.isalnum()) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@larkspurvets.com", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "edinburgh-clinic", "harrogate-clinic", "cork-clinic", "utrecht-kliniek", "lyon-clinique", "porto-clinica",
            "montreal-clinique", "austin-clinic", "farm-round", "equine", "theatre-list", "ooh-rota", "pharmacy",
            "lab-results", "general", "random", "reception")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        place = self.pick(PLACES + [c[1] for c in CLINICS])
        text = (f"*Location:* {place}\n*Units:* {self.pick(['metric', 'metric', 'imperial'])}\n"
                f"*Daily alert:* {self.pick(['on', 'off'])} at {self.hhmm()} ({self.pick(TIMEZONES)})")
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title"},
                "blocks": [{"type": "header", "block_id": self.block_id(),
                            "text": {"type": "plain_text", "text": "Your Jeeves settings"}},
                           {"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": text}},
                           {"type": "divider", "block_id": self.block_id()},
                           {"type": "section", "block_id": self.block_id(), "text": {
                               "type": "mrkdwn", "text": f"Change them here with `/jeeves config ...`, or on "
                                                         f"<{BASE}/me/|your page> (send me `login` for a sign-in "
                                                         f"link)."}}]}

    def fill_makers(self) -> dict[str, Callable[[], str]]:
        return {"%CLINIC%": lambda: self.pick(CLINICS)[0], "%ADDR%": lambda: self.pick(CLINICS)[1],
                "%HHMM%": self.hhmm}

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        """A message's rich_text block: its ``` fences as preformatted parts, a leading @Jeeves as a user element."""
        if "```" not in raw:
            return super().rich_text(raw)
        parts = self.fenced_parts(slack_escape(raw))
        elements = [{"type": "rich_text_preformatted" if fenced else "rich_text_section",
                     "elements": [{"type": "text", "text": part}]} for fenced, part in parts]
        return [{"type": "rich_text", "block_id": self.block_id(), "elements": elements}]

    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        """A forecast or a record pasted, its preview (for one of the places) drawn with it."""
        link, title, text = self.pick(UNFURLS)
        place = self.pick(PLACES)
        host = urllib.parse.urlsplit(link).hostname or "link"
        service = host.removeprefix("www.").split(".")[0].capitalize()
        return link, (service, title.replace("%PLACE%", place), text.replace("%PLACE%", place))

    # ---- its browsers' cookies, its scripts' dates and tracing --------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("CookieConsent", "{stamp:%27" + self.token(18)[:24] + "%27%2Cnecessary:true%2Cpreferences:"
                        "false%2Cstatistics:true%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cregion:%27gb%27}"))
        if self.chance(0.08):
            jar.append(("_hjSessionUser_3312987", self.token(24)))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}", f"2024-09-{day:02d}T06:00:00+01:00",
                f"2024-08-{day + 14:02d}T00:00:00.000Z", f"2024-09-{day:02d} 07:30",
                f"2024-09-{day:02d}T00:00:00-05:00"]

    def request_ids(self) -> list[str]:
        return [f"pms-{self.rng.randint(10**8, 10**9)}", f"ci.{self.hexs(12)}"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 160), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 18), ("slack_bot_echo", 40), ("slack_home", 32), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 105), ("auth", 60), ("oauth", 60), ("verify", 22), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The vet group's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(VetGroup(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
