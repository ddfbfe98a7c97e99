"""Benign evaluation set (sixtyfifth): a chemistry department's teaching labs and stockroom, benign only.

The company is the Department of Chemistry at Northlake University (Madison, WI): its general, organic, analytical
and physical chemistry teaching labs, the stockroom in Lindqvist Hall B-014, its lab coordinators, teaching
assistants, stockroom staff and the building's safety officer. They use Jeeves to check the weather before dry-ice
and liquid-nitrogen deliveries, waste pickups, lake sampling trips and outreach demos, and they talk to it the way
they talk to each other: chemical formulas (H2SO4, CuSO4·5H2O, [Co(NH3)6]Cl3), CAS numbers, SMILES strings,
GHS hazard and precautionary codes, reagent orders with catalogue and lot numbers, prices and POs, lab sections,
molarities, temperatures down to -196 °C, NMR shifts and IR bands, reaction equations, titration data, students'
and colleagues' names in many languages and scripts, links to SDSs, PubChem, the course site and the literature.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_sixtyfifth"
SEED = 65_2024_0918
EPOCH = 1726660800  # 2024-09-18 12:00 UTC (07:00 in Madison), a Wednesday of the fall semester's fourth week
TEAM, TEAM_DOMAIN = "T05CHEMLAB", "northlake-chem"
PARTNER_TEAM = "T07EHSCAMP"  # the campus Environment, Health & Safety workspace, a separate Slack team
APP_ID, BOT_USER, BOT_ID = "A07JVCHEM3", "U07JEEVESC", "B07JEEVESC"
HOST = "jeeves.chem.northlake.edu"
BASE = f"https://{HOST}"

FIRST = ["Ngozi", "Tomás", "Wenjing", "Priya", "José Luis", "Anneliese", "Dariusz", "Hương", "Søren", "Fatima Zahra",
         "Kenji", "Olamide", "Marta", "Seo-yeon", "Aleksandr", "Chiara", "Rahul", "Brigid", "Mehmet", "Léa",
         "Oluwaseun", "Zhi-Wei", "Ingrid", "Tevita", "Yael", "Juan Pablo", "Agnieszka", "Kwabena", "Eun-ji", "Björn",
         "Carmen", "Dmitri", "Aoife", "Hamid", "Sakura", "Thabo", "Renée", "Arjun", "Małgorzata", "Ximena"]
LAST = ["Adeyemi-Clarke", "Ó Briain", "Li", "Raghunathan", "Fernández", "Müller-Brandt", "Kowalczyk", "Nguyễn",
        "Østergaard", "El Idrissi", "Watanabe", "Okafor", "Lindqvist", "Park", "Petrov", "Russo", "Venkataraman",
        "O'Shaughnessy", "Demir", "Lefèvre", "Balogun", "Chen", "Halvorsen", "Fifita", "Ben-Ami", "de la Torre",
        "Wiśniewska", "Mensah", "Cho", "Sandström", "Vásquez", "Sokolov", "Mac Cárthaigh", "Karimi", "Fujimoto",
        "Nkosi", "St-Laurent", "Iyer", "Zielińska", "Quispe", "D'Angelo", "van der Berg"]
STUDENTS = ["Aaliyah Johnson", "Bao Tran", "Chukwuemeka Obi", "Dmitri Volkov", "Emma Lindström", "Farah Haddad",
            "Gabriel Oliveira", "Hye-jin Park", "Ishaan Mehta", "Jakub Nowak", "Keanu Kahale", "Lucía Ramírez",
            "Mohammed Al-Rashid", "Niamh O'Connor", "Olusegun Bello", "Phạm Minh Anh", "Rin Takahashi",
            "Sebastián Muñoz", "Tamar Cohen", "Wang Jiayi (王佳怡)", "Zeynep Yılmaz", "Connor McAllister-Diaz",
            "Amara Nwosu", "Lukas Becker", "Sofía D'Alessandro", "Ananya Krishnan", "Kim Do-yun (김도윤)"]
FORMULAS = ["H2SO4", "CuSO4·5H2O", "NaOH", "KMnO4", "HNO3", "Na2S2O3·5H2O", "K2Cr2O7", "AgNO3", "(NH4)2SO4",
            "Fe(NO3)3·9H2O", "CH2Cl2", "Et2O", "NaBH4", "LiAlH4", "CaCl2 (anhydrous)", "MgSO4", "Na2CO3", "NH4Cl",
            "[Co(NH3)6]Cl3", "K3[Fe(C2O4)3]·3H2O", "CDCl3", "DMSO-d6", "D2O", "Na2EDTA·2H2O", "KHP (KHC8H4O4)",
            "H2O2 (30%)", "HCl (37%)", "NH3 (aq, 28%)", "CH3COOH (glacial)", "(CH3CO)2O", "C6H5CHO", "I2", "KI",
            "Pb(NO3)2", "BaCl2·2H2O", "NiCl2·6H2O", "CoCl2·6H2O", "ZnSO4·7H2O", "Cu(NO3)2·3H2O", "MnO2",
            "Zn dust", "Mg turnings", "SiO2 (230–400 mesh)", "hexanes", "EtOAc", "MeOH", "THF (inhibitor-free)",
            "iPrOH", "Na2SO4", "phenolphthalein", "bromothymol blue", "HCl·Et2O (2.0 M)"]
CAS = ["7664-93-9", "7758-99-8", "1310-73-2", "7722-64-7", "7697-37-2", "7761-88-8", "75-09-2", "60-29-7",
       "16940-66-2", "16853-85-3", "67-64-1", "64-17-5", "7647-01-0", "865-49-6", "50-78-2", "108-24-7",
       "7664-38-2", "877-24-7", "6381-92-6", "7757-82-6", "10034-99-8", "7778-50-9", "100-52-7", "98-86-2",
       "121-33-5", "7732-18-5", "69-72-7", "58-08-2", "7722-84-1", "1336-21-6", "7553-56-2", "10099-74-8"]
SMILES = ["CC(=O)Oc1ccccc1C(=O)O", "O=C(O)c1ccccc1O", "[Na+].[Cl-]", "CN1C=NC2=C1C(=O)N(C(=O)N2C)C", "CCO",
          "CC(C)=O", "O=Cc1ccccc1", "C[C@@H](O)C(=O)O", "c1ccc(cc1)/C=C/c1ccccc1", "CC#N", "OS(=O)(=O)O",
          "[Cu+2].[O-]S(=O)([O-])=O", "CC(C)Cc1ccc(cc1)[C@@H](C)C(=O)O", "CC(C)[C@@H]1CC[C@@H](C)C[C@H]1O",
          "COc1cc(C=O)ccc1O", "CCOC(=O)c1ccc(N)cc1", "C1CCOC1", "ClCCl", "CC(=O)OC(C)=O", "OC(=O)CC(O)(CC(O)=O)C(O)=O",
          "CCOCC", "c1ccc2ccccc2c1", "O=C1OC(=O)c2ccccc12", "C=CC(=O)OC", "N#N", "[K+].[O-][Mn](=O)(=O)=O"]
HAZARDS = ["H314", "H290", "H225", "H319", "H302+H332", "H350", "H410", "H272", "H260", "H330", "H335",
           "P280", "P305+P351+P338", "P301+P330+P331", "P210", "P260", "P233", "P403+P235", "P501",
           "GHS05 (corrosion)", "GHS02 🔥", "GHS07 (!)", "GHS08 health hazard", "NFPA 3-0-2 W",
           "UN1830, Class 8, PG II", "UN1090 acetone, 3, PG II", "UN1845 dry ice, Class 9"]
LOTS = ["Lot# SHBL4821", "Lot MKCQ7712", "LOT 2231A-05", "batch 0000219845", "Lot: BCBX9921V", "Lot # 23K1409",
        "lot A0412287", "Sigma 258105-2.5L", "Fisher A300-212", "VWR BDH3058-2.5LG", "TCI A0024", "Alfa A16181.30",
        "PO 4500287731", "PO#4500291142", "req. 2024-CHEM-0413", "Fisher C493-500, lot 227914",
        "Cat. No. 320331-500ML", "MilliporeSigma 1.00063.2500", "Acros 12345-0010 (lot A0399211)",
        "Strem 93-2902", "Cambridge Isotope DLM-7-100", "Airgas NI 300LT22"]
SECTIONS = ["CHEM 1210 sec 004", "CHEM 2430L-012", "CHEM 3150 Lab B", "Sec. 07 (Tue/Thu 1:25–4:25)",
            "CHEM 1220 Honors H01", "P-Chem lab (CHEM 4410) group 3", "CHEM 4520 Wed PM", "CHEM 1210-011/-012",
            "sec 301 & 302", "the 8:50 AM Gen Chem section", "CHEM 2430L sec 015 (Mon eve)", "CHEM 1100 (nursing)"]
CONCS = ["0.1 M", "0.100 M NaOH (standardized: 0.0987 M)", "6 M HCl", "conc. H2SO4 (18 M)", "1.0 M", "3% H2O2",
         "0.02 M KMnO4", "2.5 mM", "10% w/v", "95% EtOH", "70% (v/v) IPA", "1:1 hexanes/EtOAc", "pH 7.00 buffer",
         "0.5 N", "5 ppm", "0.0500 M EDTA", "3 M NaCl", "1 M H2SO4 ≈ 2 N", "saturated NaHCO3", "4:1 hexanes:EtOAc",
         "0.010 mol/L", "50 mM phosphate, pH 7.4", "1.00 × 10⁻³ M", "2 mol% Pd(PPh3)4"]
TEMPS = ["-78 °C (dry ice/acetone)", "0 °C", "reflux (~65 °C)", "-196 °C", "110 °C", "mp 134–136 °C", "bp 56 °C",
         "rt (22 °C)", "4 °C", "−20 °C", "37 °C", "-80 °C", "250 °C (drying oven)", "−10 °C (ice/NaCl)",
         "mp 128–131 °C (lit. 135 °C)", "150 °C sand bath", "40 °C water bath", "-40 °F/°C (same thing)"]
NMR = ["δ 7.26 (CDCl3)", "δ 2.50 (DMSO-d5)", "δ 4.79 (HDO)",
       "1H NMR (400 MHz, CDCl3) δ 11.0 (br s, 1H), 8.12 (dd, J = 7.9, 1.6 Hz, 1H), 7.61 (td, 1H), 2.35 (s, 3H)",
       "13C NMR (101 MHz, CDCl3) δ 170.2, 169.8, 151.3, 134.9, 132.5, 126.2, 124.0, 122.3, 21.0",
       "IR (ATR): 3300–2500 (br, O–H), 1750, 1690 cm⁻¹ (C=O)", "TLC Rf 0.42 (3:1 hexanes:EtOAc, UV/KMnO4)",
       "GC: 98.7% (area)", "UV-vis λmax 525 nm, ε = 2.3 × 10³ M⁻¹ cm⁻¹", "δ 9.98 (s, 1H, CHO)",
       "δ 3.71 (s, 3H, OCH3)", "a triplet at δ 1.25 and a quartet at δ 4.12 (J = 7.1 Hz) — ethyl acetate again",
       "MS (ESI+) m/z 181.05 [M+H]+", "[α]D²⁰ = −48.5 (c 1.0, EtOH)", "31P{1H} δ −5.2"]
ROOMS = ["Lindqvist B-014 (stockroom)", "Okafor Science Center 2107", "Chem Annex 118", "room 3302 (Org teaching lab)",
         "LH 1315", "the NMR room (B-022)", "the instrument lab, OSC 2214", "the balance room", "hood 7 in 3302",
         "the flammables cabinet by door 2", "the -20 walk-in", "loading dock B", "the prep room (LH 1309)"]
ADDRESSES = ["Lindqvist Hall, 1101 University Ave, Madison, WI 53706", "1101 University Ave, Madison WI",
             "Okafor Science Center, 1215 W Dayton St, Madison, WI 53706",
             "Chemistry Annex (loading dock B), 420 N Charter St, Madison, WI 53706",
             "EHS Chemical Safety Facility, 30 N Murray St, Madison, WI 53715",
             "Tenney Park boat launch, 1414 E Johnson St, Madison, WI 53703", "Picnic Point, Madison, WI 53705",
             "Airgas Madison, 2301 Advance Rd, Madison, WI 53718",
             "Devil's Lake State Park, S5975 Park Rd, Baraboo, WI",
             "Fakultät für Chemie, Tammannstraße 4, 37077 Göttingen",
             "Ångströmlaboratoriet, Lägerhyddsvägen 1, Uppsala",
             "京都大学 化学研究所, 京都府宇治市五ケ庄", "KAIST 화학과, 대전광역시 유성구 대학로 291",
             "Instituto de Química de São Carlos, Av. Trabalhador São-carlense, 400"]
PLACES = ["Madison", "Madison, WI", "53706", "Lake Mendota", "Picnic Point", "Middleton", "Fitchburg", "Verona",
          "Sun Prairie", "Devil's Lake State Park", "Milwaukee", "Chicago", "Minneapolis", "Green Bay", "Eau Claire",
          "La Crosse", "Oshkosh", "St. Paul", "Dubuque", "Baraboo", "Mount Horeb", "Wisconsin Dells", "McFarland",
          "Shorewood Hills", "Göttingen", "Heidelberg", "Uppsala", "Leuven", "Kraków", "Kyoto", "Daejeon",
          "São Carlos", "Bengaluru", "Lagos", "Zürich", "Cambridge, MA", "Ann Arbor", "Urbana-Champaign",
          "43.0766, -89.4125", "43.0731° N, 89.4012° W", "Tenney Park", "Cherokee Marsh", "Lake Monona", "MSN airport",
          "O'Hare", "Yahara River", "Coeur d'Alene", "Sault Ste. Marie"]
TIMEZONES = ["America/Chicago", "America/New_York", "America/Denver", "America/Los_Angeles", "Europe/Berlin",
             "Europe/London", "Asia/Kolkata", "Asia/Shanghai", "Asia/Seoul", "Asia/Tokyo", "America/Sao_Paulo",
             "Africa/Lagos", "UTC", "Europe/Stockholm", "Europe/Warsaw", "America/Mexico_City"]
PRICES = ["$48.20", "$312.75 (2.5 L)", "$1,140.00/cylinder", "€89,90", "$0.42/g", "$27.50 + $45 hazmat fee",
          "PO total $6,284.19", "$2.10/lb (dry ice, 50 lb min.)", "$186.00/100 g", "$9.85 ea.", "$1,995 (dewar refill)",
          "₹4,250", "¥18,700", "$74.30 w/ 15% edu discount", "$0.89/L DI water (facilities chargeback)"]
QTYS = ["2.5 L", "500 g", "4 × 4 L", "25 kg", "1 lb", "100 mL", "5 gal", "50 lb", "230 L dewar", "12 cases (6 × 2.5 L)",
        "10 g", "250 mg", "1 kg", "20 L carboy", "3 × 1 gal", "a 4 L amber bottle", "½ case"]
WHEN = ["tomorrow 7:00 AM", "Fri 9/20 at 8:30", "Thursday between 10 and noon", "2024-09-19T13:00-05:00",
        "next Mon (9/23)", "today @ 3:30pm", "after the 1:20 section", "before 8 am", "this afternoon", "at 14:00",
        "Saturday morning (outreach day)", "right after lunch", "in ~20 min", "EOD", "Wed 25 Sep, 6–9 PM"]
PHONES = ["(608) 555-0143", "+1 608-555-0199 ext. 2", "608.555.0172", "(608) 262-5550", "+49 551 39-33321",
          "1-800-555-0136 (Airgas)", "x2-4410", "ext. 30915"]
EMOJI = [":test_tube:", ":alembic:", ":microscope:", ":fire:", ":warning:", ":goggles:", ":snowflake:",
         ":white_check_mark:", ":thermometer:", ":droplet:", ":pray:", ":sweat_smile:", ":eyes:", ":tada:",
         "🧪", "⚗️", "🥽", "🧯", "🌡️", "❄️", "🧤", "☢️", "😬", "🙏", "✅", "🤦", "💧", "🔥"]
LINKS = [
    "https://pubchem.ncbi.nlm.nih.gov/compound/2244", "https://pubchem.ncbi.nlm.nih.gov/compound/Sulfuric-Acid",
    "https://pubchem.ncbi.nlm.nih.gov/#query=7758-99-8&tab=compound",
    "https://www.sigmaaldrich.com/US/en/product/sigald/258105",
    "https://www.sigmaaldrich.com/US/en/sds/sigald/258105?userType=anonymous",
    "https://www.fishersci.com/shop/products/copper-ii-sulfate-pentahydrate-crystalline-certified-acs-fisher-chemical"
    "/C493500",
    "https://www.fishersci.com/store/msds?partNumber=A300212&productDescription=SULFURIC+ACID+CERT+ACS+2.5L"
    "&vendorId=VN00033897&countryCode=US&language=en",
    "https://webbook.nist.gov/cgi/cbook.cgi?ID=C67641&Units=SI&Mask=200#Mass-Spec",
    "https://webbook.nist.gov/cgi/cbook.cgi?Formula=C9H8O4&NoIon=on&Units=SI",
    "https://commonchemistry.cas.org/detail?cas_rn=7664-93-9&search=sulfuric",
    "https://www.chemspider.com/Chemical-Structure.2157.html",
    "https://sdbs.db.aist.go.jp/CompoundLanding.aspx?sdbsno=1322",
    "https://canvas.northlake.edu/courses/48213/assignments/771902?module_item_id=1829341",
    "https://canvas.northlake.edu/courses/48213/pages/lab-5-synthesis-of-aspirin",
    "https://docs.google.com/spreadsheets/d/1qT7cHeMlAbStK0ckR00m2024FaLLxYz/edit#gid=904381&range=A1:H40",
    "https://northlake.box.com/s/8f3k2qz0v1chemsds/folder/241907751",
    "https://ehs.northlake.edu/chemical-safety/waste-pickup-request/",
    "https://ehs.northlake.edu/wp-content/uploads/2024/08/Lab-Safety-Manual-2024.pdf#page=31",
    "https://doi.org/10.1021/ed084p1032", "https://pubs.acs.org/doi/10.1021/acs.jchemed.3c00512",
    "https://www.orgsyn.org/demo.aspx?prep=cv1p0451",
    "https://chem.libretexts.org/Bookshelves/Organic_Chemistry/Organic_Chemistry_Lab_Techniques_(Nichols)"
    "/06%3A_Miscellaneous_Techniques/6.1%3A_Melting_Point",
    "https://www.airgas.com/product/Gases/Nitrogen/p/NI%20NF230LT22",
    "https://nmr.chem.northlake.edu/calendar/?instrument=Bruker-400&date=2024-09-19",
    "https://forecast.weather.gov/MapClick.php?lat=43.0766&lon=-89.4125",
    "https://www.youtube.com/watch?v=q3Zk1VtaE2A&t=95s",
]
UNFURLS = [
    ("PubChem", "Aspirin | C9H8O4 | CID 2244", "Acetylsalicylic acid, MW 180.16 g/mol, CAS 50-78-2."),
    ("Sigma-Aldrich", "Sulfuric acid ACS reagent, 95.0-98.0% | 258105",
     "CAS 7664-93-9 · H2SO4 · MW 98.08 · 500 mL, 2.5 L, 6 × 2.5 L"),
    ("Fisher Scientific", "Copper(II) Sulfate Pentahydrate (Crystalline/Certified ACS), Fisher Chemical",
     "C493-500 · 500 g · CAS 7758-99-8"),
    ("NIST Chemistry WebBook", "Acetone", "Formula: C3H6O · Molecular weight: 58.0791 · InChIKey "
                                          "CSCPPACGZOOCGX-UHFFFAOYSA-N"),
    ("Canvas", "Lab 5: Synthesis of Aspirin – Pre-lab Quiz", "Due Sep 20 at 11:59pm · 10 pts"),
    ("CAS Common Chemistry", "Sulfuric acid", "CAS RN 7664-93-9 · Molecular formula H2O4S"),
    ("Journal of Chemical Education", "A Greener Aspirin Synthesis for the Undergraduate Organic Laboratory",
     "J. Chem. Educ. 2023, 100 (4), 1612–1618"),
    ("Google Sheets", "Stockroom inventory — Fall 2024", "Sheet1 · 1,284 rows · last edited by Dariusz Kowalczyk"),
    ("Northlake EHS", "Chemical Waste Pickup Request", "Submit by Tuesday noon for Thursday pickup. Label every "
                                                       "container with full chemical names — no formulas or "
                                                       "abbreviations."),
]
LAB_SITES = ["Lindqvist Hall", "Okafor Science Center", "Chem Annex", "Lindqvist Hall B-014"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %PLACE% tomorrow", "weather %ADDR%", "weather", "weather Madison",
    "weather %PLACE% — LN2 delivery %WHEN%", "weather Lake Mendota (CHEM 3150 sampling trip %WHEN%)",
    "weather %PLACE%?", "wether %PLACE%", "weathr Madison", "Weather near %PLACE% this afternoon",
    "weather for the dry ice pickup at loading dock B", "weather %PLACE% %EMOJI%", "weather in %PLACE% pls",
    "weather Tenney Park — need < 20 km/h wind for the boat", "weather 53706", "weather for %PLACE% on Saturday",
    "is it going to rain in %PLACE% %WHEN%? we're hauling 20 L carboys across the quad",
    "remember location %ADDR%", "remember location %PLACE%", "remember location Lindqvist Hall",
    "remember location Madison, WI", "my location", "forget location", "help", "help me", "config",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%", "config units metric",
    "config units imperial", "config unit metric (we're chemists 🙄)", "alerts on", "alerts off", "alerts", "login",
    "forget me", "hi Jeeves 👋", "thanks!", "what can you do?", "config alert_time 6:45", "config timezone Chicago",
    "weather %PLACE% — humid? KBr pellets hate it", "weather Baraboo (geology/chem field day)",
]
CHAT = [
    "%SEC% is out of %CHEM% again — stockroom, can you send up %QTY%? %LOT%",
    "Reminder: %CHEM% (CAS %CAS%) is %HAZ% — goggles AND face shield for the dispensing station %EMOJI%",
    "%WHO% can you cover %SEC% %WHEN%? I'm proctoring the CHEM 1210 exam",
    "Order placed: %QTY% %CHEM%, %LOT%, %PRICE%. ETA Friday, hazmat ground",
    "who left the %CONC% bottle uncapped in %ROOM%?? it's been sitting there since Monday",
    "students in %SEC% got %NMR% — that's just the solvent peak, right?",
    "SMILES for the pre-lab: %SMILES% — please double-check before I paste it into the Canvas quiz",
    "the ChemDraw export gave me %SMILES% but PubChem lists %SMILES%, same compound?",
    "%STUDENT% spilled ~50 mL of %CONC% on bench 4; neutralized with NaHCO3, cleaned up, incident form filed",
    "Waste pickup %WHEN%: 6 × 4 L halogenated (CH2Cl2/CHCl3), 3 × 4 L non-halogenated, 1 × 1 L heavy metals (Cr, Pb)",
    "LN2 dewar is at 18% — Airgas delivery %WHEN%, %PHONE%",
    "dry ice: need %QTY% for the -78 °C baths in %SEC%, can someone meet the truck at loading dock B?",
    "Titration results %SEC%: 0.0987, 0.0991, 0.0985 M → mean 0.0988 M, RSD 0.3% 👍",
    "Anyone know why the %CHEM% from %LOT% is yellow? should be white crystals",
    "%TEMP% is the recrystallization temp in the manual, but the TA notes say %TEMP% — which is it?",
    "heads up: fume hood 7 in room 3302 failed its face velocity check (62 fpm, needs ≥ 80). Tagged out.",
    "eyewash test done for %ROOM% ✅ next due 10/16",
    "%STUDENT% (%SEC%) asked if they can make up lab 4 %WHEN% — OK with everyone?",
    "Quick q: is %CHEM% compatible with the acids cabinet or does it go with the oxidizers?",
    "%CHEM% + %CHEM% → don't store these together. Moving the %CHEM% to cabinet 3.",
    "Cu²⁺ + 4 NH₃ → [Cu(NH₃)₄]²⁺ — the deep blue one, for the demo %WHEN%",
    "2 KMnO4 + 5 H2C2O4 + 3 H2SO4 → K2SO4 + 2 MnSO4 + 10 CO2 + 8 H2O (balanced it for the key)",
    "MnO4⁻ + 8 H⁺ + 5 e⁻ → Mn²⁺ + 4 H2O, E° = +1.51 V",
    "percent yield for %SEC%: 2.31 g / 2.88 g × 100 = 80.2% (theoretical from 2.00 g salicylic acid, 138.12 g/mol)",
    "ΔH < 0, ΔS > 0 → spontaneous at all T. Half the section wrote it backwards 🤦",
    "Ksp of AgCl = 1.8 × 10⁻¹⁰, so [Ag⁺] = 1.34 × 10⁻⁵ M — %WHO% your key has 1.3e-5, fine",
    "pKa 4.76 → at pH 5.76 the ratio [A⁻]/[HA] = 10:1",
    "The stockroom will be closed %WHEN% for inventory. Order by Tuesday 4 pm.",
    "CAS %CAS% isn't in ChemTracker yet — adding it with %HAZ% and %HAZ%",
    "new SDS for %CHEM% uploaded to Box: %LINK%",
    "%STUDENT% got mp 118–124 °C for their aspirin — wet or impure? I said dry it overnight and retake",
    "Could someone restock the %CHEM% in %ROOM%? Bottle's at maybe 100 mL",
    "%WHO% %WHO% the NMR queue is backed up, 14 samples ahead of %SEC%. Run them tomorrow morning?",
    "gloves: nitrile for %CHEM%, but use butyl for the acetone wash per the SDS (breakthrough < 10 min with nitrile)",
    "Please label secondary containers with FULL names, not \"H2SO4\" — EHS cited us last year",
    "Price check: %CHEM% is %PRICE% from Fisher vs %PRICE% from VWR",
    "the balance in the balance room reads 0.0003 g drift, recalibrated with the 100 g class E2 weight",
    "Hola equipo, la práctica de %SEC% es %WHEN%. Necesitamos %QTY% de %CHEM% 🧪",
    "Hallo zusammen, die %CHEM%-Lösung (%CONC%) steht im Kühlschrank bei %TEMP%.",
    "大家好，%SEC% 的 %CHEM% 用完了，请库房补 %QTY%。批号 %LOT%",
    "%SEC% 실험 %WHEN% 입니다. %CHEM% %QTY% 준비 부탁드려요",
    "%SEC% の実験は %WHEN% です。%CHEM% を %QTY% 用意してください。",
    "Olá! O reagente %CHEM% (CAS %CAS%) chegou, lote %LOT%.",
    "Bonjour, le %CHEM% est dans l'armoire des acides, étiqueté « %HAZ% ».",
    "Привет! %CHEM% закончился в %ROOM%, нужно %QTY%.",
    "Cześć, %STUDENT% nie będzie %WHEN%, przełożyć na czwartek?",
    "Chào mọi người, %SEC% cần thêm %QTY% %CHEM% nhé.",
    "%SEC% मे %CHEM% खत्म हो गया, कृपया %QTY% भेजें 🙏",
    "مرحبا، %CHEM% نفد من المخزن، نحتاج %QTY% قبل %WHEN%",
    "TA meeting notes: (1) %SEC% quiz grades due Fri (2) waste labels (3) new %CHEM% lot %LOT%",
    "`=AVERAGE(B2:B4)` for the mean, `=STDEV.S(B2:B4)/AVERAGE(B2:B4)*100` for the RSD (%) —"
    " students keep using STDEV.P",
    "molarity formula in the sheet: `=C2/(D2*E2/1000)` where C = mol, D = mL, E is just 1… fixed it",
    "RDKit check: `Chem.MolToSmiles(Chem.MolFromSmiles('%SMILES%'))` gives the canonical form, use that in the key",
    "inventory export:\n```\ncas,name,qty,unit,location,lot\n7664-93-9,Sulfuric acid 95-98%,4,2.5 L,Acids-1,SHBL4821\n"
    "7758-99-8,Copper(II) sulfate pentahydrate,3,500 g,Shelf C-4,227914\n1310-73-2,Sodium hydroxide pellets,6,1 kg,"
    "Bases-2,MKCQ7712\n```",
    "*Lab 5 setup (%SEC%)*\n• 2.00 g salicylic acid / student\n• 5.0 mL acetic anhydride (in the hood!)\n"
    "• 5 drops 85% H3PO4\n• water bath at 70–80 °C, 15 min\n• ice bath + Büchner filtration",
    "> %HAZ%: Causes severe skin burns and eye damage.\n\nso yes, %STUDENT% needs to go to the eyewash *now*, "
    "15 minutes minimum",
    "1) stock %CHEM%\n2) check %ROOM% eyewash\n3) swap the LN2 dewar\n4) log %LOT% into ChemTracker",
    "lol someone labeled a bottle \"H2O (probably)\" in %ROOM%",
    "ok", "👍", "on my way", "running 5 min late, bus stuck on University Ave 🙈", "sorry wrong channel",
    "thx!", "can't make it %WHEN% — %WHO% can you cover?", "🧪🧪🧪",
    "Is %CHEM% a P-listed waste? EHS portal says yes for the pure stuff, %LINK%",
    "%STUDENT%'s IR: %NMR% → the ester C=O is there, acid OH still broad, incomplete reaction?",
    "%TEMP% freezer alarm went off in %ROOM% at 3:12 am, temp back to spec now. Samples OK.",
    "Gas cylinders: N2 (UHP, 300 psi left), Ar (full), He for the GC at 450 psi — order He %WHEN%",
    "the %CONC% stock was standardized against KHP (204.22 g/mol): 0.5106 g → 24.87 mL → 0.1005 M",
    "Just a reminder that %SEC% has the 15-min safety quiz first; nobody touches %CHEM% without 100%",
    "Does anyone have a spare 250 mL 3-neck RBF (24/40)? ours cracked at %TEMP%",
    "Received %QTY% %CHEM% — packing slip says %LOT% but bottle says %LOT% 🤔",
    "Reading the SDS section 10: incompatible with strong bases, reducing agents and powdered metals",
    "Re: spill kit — we're out of the acid neutralizer (citric acid/NaHCO3 mix), ordering 2 more",
    "New TA onboarding %WHEN% in %ROOM%: lab coat, goggles, closed-toe shoes, long pants. No shorts.",
]
LONG_MESSAGES = [
    "Hi all,\n\nforwarding from EHS:\n\n> During the inspection of %ROOM% on 9/17 we noted:\n> 1. Unlabeled secondary "
    "container (clear liquid) in hood 3\n> 2. %CHEM% stored next to %CHEM%\n> 3. Expired eyewash tag\n> Please correct "
    "within 7 days.\n\n%WHO% can you take 1 and 2? I'll do the eyewash. Thanks!",
    "*Reagent order — week 4* (PO pending)\n```\nqty  item                              cat#           price\n"
    "4    Sulfuric acid 95-98%, 2.5 L       A300-212       $312.75\n2    Copper(II) sulfate·5H2O, 500 g    "
    "C493-500       $96.40\n1    Chloroform-d 99.8% D, 100 g      DLM-7-100      $186.00\n6    Nitrile gloves M, "
    "box/100           19-130-1597B   $14.90\n```\nTotal ≈ $1,804.50 incl. hazmat. %WHO% please approve",
    "Lab 6 (Synthesis of [Co(NH3)6]Cl3) prep list for %SEC%:\n- CoCl2·6H2O 6.0 g per pair\n- NH4Cl 4.0 g\n"
    "- conc. NH3 (28%) 13.5 mL — HOOD ONLY\n- activated charcoal 0.5 g\n- 30% H2O2 4.0 mL, add dropwise at %TEMP%\n"
    "- 6 M HCl for the recrystallization\n\nHazards: %HAZ%, %HAZ%. Waste: heavy metals (Co) carboy.",
    "Incident summary (draft)\nDate/time: 9/17, 2:45 pm\nLocation: %ROOM%\nPeople: %STUDENT% (%SEC%), TA %WHO%\n"
    "What happened: 10 mL of %CONC% splashed on the student's forearm while transferring from a 500 mL beaker to "
    "a 100 mL graduated cylinder without a funnel.\nResponse: safety shower, 15 min; UHS notified; no lasting "
    "injury.\nFollow-up: funnels at every station; retrain on transfers.",
    "Results for %SEC% (unknown acid titrations):\n```\nstudent        trial1   trial2   trial3   mean MW\n"
    "A. Johnson     24.10    24.05    24.15    204.1\nB. Tran        22.80    23.40    22.95    213.6\n"
    "F. Haddad      24.60    24.55    24.65    200.3\n```\nTran's trial 2 looks like an overshoot (pink persisted?) — "
    "drop it? Q-test: Q = 0.45/0.60 = 0.75 > 0.710 (90%)",
    "NMR sign-up for tomorrow (Bruker 400, %ROOM%)\n08:00–09:00 %SEC%\n09:00–10:30 P-Chem group 3 (variable temp, "
    "-40 → +60 °C)\n10:30–12:00 open\nReminder: CDCl3 samples 0.6 mL, 5 mm tubes, caps ON, label with initials + "
    "section. %NMR%",
]
BOT_REPLIES = [
    HELP_REPLY, "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "I do not know your location yet. Tell me with `remember location <place>`.",
    "Daily weather alerts are on, every day at 06:45 (America/Chicago).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%PLACE%\u201d.",
    "%PLACE%: Partly cloudy, 18°C, wind 14 km/h; today 11°C to 23°C, 40% chance of precipitation",
    "%PLACE%: Light rain, 12°C, wind 26 km/h; today 9°C to 15°C, 85% chance of precipitation",
    "%PLACE%: Clear sky, 64°F, wind 8 mph; today 52°F to 77°F, 5% chance of precipitation",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Sorry, I did not understand that. " + HELP_REPLY,
]
WEATHER_REPLIES = BOT_REPLIES[9:12]
FILES = ["Lab5_Aspirin_Synthesis_SOP_rev4.pdf", "NMR_AF-12_1H_CDCl3.zip", "stockroom_inventory_2024-09.xlsx",
         "SDS_Sulfuric_Acid_Fisher_A300.pdf", "titration_data_sec004.csv", "IR_spectrum_group3.jpg", "IMG_4471.HEIC",
         "waste_manifest_Sep24.pdf", "CHEM2430L_Syllabus_Fall2024.docx", "GC_run12_chromatogram.png",
         "Reagent order – Fall 2024 (final).xlsx", "Hood cert B-014 (2024).pdf", "aspirin.mol", "CuSO4_5H2O.cif",
         "Co(NH3)6Cl3 yield calc.xlsx", "TA schedule wk4.png", "safety_quiz_sec012.csv", "ChemTracker_export.csv"]
FILE_TYPES = {"pdf": "application/pdf", "zip": "application/zip", "jpg": "image/jpeg", "png": "image/png",
              "heic": "image/heic", "csv": "text/csv", "mol": "chemical/x-mdl-molfile", "cif": "chemical/x-cif",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
FILE_NOTES = ["", "SDS for %CHEM% attached", "NMR for %SEC% — %NMR%", "updated inventory, %LOT% added",
              "%SEC% titration data", "waste manifest signed", "photo of the leaking %CHEM% bottle in %ROOM% 😬",
              "remember location %ADDR%", "weather %PLACE%", "structure for the quiz: %SMILES%", "here you go"]
SEARCH_Q = ["Adeyemi", "o'shaughnessy", "@chem.northlake.edu", "U05STKRM01", TEAM, PARTNER_TEAM, "Ó Briain",
            "kowalczyk", "Nguyễn", "stockroom", "ta.", "müller", "el idrissi", "van der berg", "d'angelo",
            "priya", "wenjing", "ehs", "Lindqvist", "st-laurent", "Søren", "mac cárthaigh", "demir", "lab coordinator"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "login", "logout",
           "feature.set", "feature.remove_override", f"weather@{TEAM}", f"alerts@{PARTNER_TEAM}", "admin.map_slack",
           "account.totp_enable", "failed", "denied", "stockroom-inventory", "chemtracker:nightly", "2024-09-17"]
ADMINS = ["chem-it", "dariusz.kowalczyk", "ngozi.adeyemi", "ehs-liaison", "labops.admin", "break-glass"]
CLIENT_DESCRIPTIONS = [
    ("stockroom-inventory", "Stockroom inventory sync (ChemTracker ↔ Jeeves users), every 30 min, read-only"),
    ("chemtracker:nightly", "ChemTracker nightly reconciliation: CAS numbers, lots, locations (owner: D. Kowalczyk)"),
    ("canvas-lti.sync", "Canvas LTI roster sync for CHEM 1210/2430L/3150 TAs — names & e-mails"),
    ("ehs-waste-pickup", "EHS waste pickup reminders (Thursdays), reads alert settings"),
    ("nmr-queue", "Bruker 400 queue bot: posts \"sample done\" + weather for the LN2 fill day"),
    ("grafana.labops", "Grafana dashboard: usage stats per lab section (read)"),
    ("ci-gitlab", "GitLab CI smoke test after deploy — read only"),
    ("powerbi-chem", "Power BI: Jeeves usage vs. lab attendance, Fall 2024 (Dept. of Chemistry)"),
    ("dewar-monitor", "LN2 dewar level monitor (LoRa sensors, B-014 & 2214): alerts at < 20%"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36 Edg/128.0.2739.79",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.99 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/24.09.10",
]
LANGS = ["en-US,en;q=0.9", "en-US,en;q=0.9,es;q=0.8", "zh-CN,zh;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR,ko;q=0.9,en;q=0.8",
         "de-DE,de;q=0.9,en;q=0.8", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "pt-BR,pt;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9",
         "vi-VN,vi;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en-US;q=0.8", "ar,en-US;q=0.9", "en-GB,en;q=0.9", "en-US",
         "es-MX,es;q=0.9,en;q=0.8", "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.9.1", "aiohttp/3.10.5", "Go-http-client/2.0",
              "httr2/1.0.3 r-curl/5.2.2 libcurl/8.5.0", "Grafana/11.2.0", "PostmanRuntime/7.41.2",
              "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", "Java-http-client/21.0.4",
              "Wget/1.21.4", "gitlab-runner 17.3.1 (17-3-stable; go1.22.5; linux/amd64)",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.19041.4894", "node-fetch/1.0"]
API_CLIENTS = ["stockroom-inventory", "chemtracker:nightly", "canvas-lti.sync", "ehs-waste-pickup", "nmr-queue",
               "grafana.labops", "ci-gitlab", "powerbi-chem", "dewar-monitor", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Uptime-Kuma/1.23.13", "curl/8.9.1",
              "Zabbix", "Mozilla/5.0 (compatible; Pingdom.com_bot_version_1.4_(http://www.pingdom.com/))"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "lua-resty-http/0.17.2", "python-requests/2.32.3", "Go-http-client/2.0",
            "Authlib/1.3.2", "openapi-generator/7.8.0", "PostmanRuntime/7.41.2", "Spectral/6.11.1"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_rotated",
               "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/users?q=kowalczyk", "/admin/audit?q=client.create",
              "/admin/features"]
PHRASE_WORDS = ["burette", "erlenmeyer", "titrant", "buchner", "meniscus", "reflux", "stockroom", "catalyst",
                "beaker", "ligand", "orbital", "isotope"]
PATCH_NAMES = ["Dr. Ngozi Adeyemi-Clarke", "Prof. Tomás Ó Briain (Org Lab coordinator)", "李文静 (Wenjing Li)",
               "Priya Raghunathan, PhD", "José Luis Fernández (TA, sec 004)", "Anneliese Müller-Brandt",
               "Stockroom – Dariusz Kowalczyk", "Nguyễn Thị Hương", "Søren Østergaard", "Fatima Zahra El Idrissi",
               "Brigid O'Shaughnessy | EHS liaison", "Kenji Watanabe 渡辺健二"]
UNTIL = ["2024-09-18T12:00:00Z", "2024-09-18", "2024-09-18T07:00:00-05:00", "2024-09-18T23:59:59Z"]


class ChemistryDepartment(EvaluatorDay):
    """Northlake Chemistry's teaching labs and stockroom: its people and one seeded random source."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Qm4hV9cLx2TnR7wKe3PbZs8d"
    base = BASE
    ts_window = (0, 11 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 7, 7, 7, 8, 12, 16), ("00", "10", "30", "45", "15")
    iat_window = (0, 39000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 39000), 38, 0.18, 32
    blocks_rate, thread_rate = 0.78, 0.25
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, xff_rate, xff = 0.18, 0.07, 0.04, ("10.128.14.22", "172.20.9.140", "10.128.3.7, 10.0.0.12")
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip", "identity")
    trace_rate, request_id_rate = 0.2, 0.12
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.2, ("jeeves", "jeeves", "tokendealer")
    verify_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas, meta_browser_rate = META_UAS, 0.1
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, "northlake-ehs", 8, 0.3
    button_places, weather_replies = ADDRESSES + PLACES + LAB_SITES, WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.5
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.1, 0.18
    me_places = ADDRESSES + PLACES + LAB_SITES
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_suffix, feature_teams = PHRASE_WORDS, (10, 99), (TEAM, PARTNER_TEAM, "")
    admin_rolls = (0.2, 0.32, 0.5, 0.6, 0.68, 0.77, 0.87, 0.93)
    account_rolls = (0.3, 0.65, 0.85, 0.93)
    page_head_weight, confirm_spaced = 12, True
    # the data API
    api_rolls, patch_rolls = (0.3, 0.47, 0.7, 0.86, 0.93), (0.25, 0.42, 0.7, 0.82, 0.92)
    limits, offsets = ("25", "50", "100", "200", "500"), (0, 25, 50, 100, 200, 500)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8")
    usage_days, until_choices = (1, 17), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|SDS", "|PubChem", "|this one", "|Canvas")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.1, 0.22, 0.07, 0.66, 0.45
    mention_command_rate, mention_leads = 0.52, ("", "hey ", "Hi ", "quick q ", "ok ")
    edit_suffixes = (" (edit: 0.10 M, not 1.0 M)", " *", " — typo, CuSO4·5H2O", "", " (edited: sec 004)")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.6, 0.1
    files, file_types, file_notes, file_editable = FILES, FILE_TYPES, FILE_NOTES, ("csv", "docx", "xlsx")
    unfurl_leads = ("", "weather for the sampling trip? ", "SDS here: ", "fyi ", "is this the right one? ",
                    "for the order → ")
    unfurls = UNFURLS
    bot_replies, bot_places, bot_weather_replies = BOT_REPLIES, PLACES, WEATHER_REPLIES
    fill_pools = {"%ADDR%": ADDRESSES, "%PLACE%": PLACES, "%CHEM%": FORMULAS, "%CAS%": CAS, "%SMILES%": SMILES,
                  "%HAZ%": HAZARDS, "%LOT%": LOTS, "%SEC%": SECTIONS, "%CONC%": CONCS, "%TEMP%": TEMPS, "%NMR%": NMR,
                  "%ROOM%": ROOMS, "%STUDENT%": STUDENTS, "%PRICE%": PRICES, "%QTY%": QTYS, "%WHEN%": WHEN,
                  "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "ta"
            plain_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@chem.northlake.edu",
                                "tz": self.pick(TIMEZONES[:4] * 4 + TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "stockroom", "gen-chem-tas", "orgo-lab-2430", "analytical-3150", "pchem-lab", "inorganic-4520",
            "nmr-queue", "safety", "waste-pickup", "outreach-demos", "general", "random", "reagent-orders")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    def home_view(self, team: str) -> dict[str, Any]:
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "Jeeves"},
                "blocks": [{"type": "header", "block_id": "hdr", "text": {
                    "type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                    {"type": "section", "block_id": "loc", "text": {
                        "type": "mrkdwn", "text": f"*Location:* {self.pick(ADDRESSES)}\n*Units:* "
                                                  f"{self.pick(['metric', 'imperial'])}\n*Daily alert:* on at "
                                                  f"{self.hhmm()} (America/Chicago)"}}]}

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-09-{day:02d}", f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}T00:00:00-05:00",
                f"2024-09-{day:02d}T13:30:00.000Z", f"2024-08-{day + 10:02d}T05:00:00Z",
                f"2024-09-{day:02d} 08:00:00"]

    def request_ids(self) -> list[str]:
        return [f"gl-{self.rng.randint(10**8, 10**9)}", f"grafana-{self.hexs(12)}"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 160), ("slack_edit", 28), ("slack_deleted", 10), ("slack_file", 28),
    ("slack_unfurl", 22), ("slack_bot_echo", 44), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 22), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The department's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(ChemistryDepartment(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
