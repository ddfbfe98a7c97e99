"""Benign evaluation set (seventyfifth): an architecture and interior-design practice's ordinary traffic through
the edge, benign only.

The company is Thorne Ekberg Architects + Interiors, a practice of some 90 people with studios in Clerkenwell
(London), Bristol, Copenhagen and Portland, Oregon. Its architects, interior designers, technologists and studio
managers use Jeeves mostly to check the weather before site visits, concrete pours, roof surveys and client
walk-rounds, and they talk to it the way they talk to each other: project numbers (23-041), drawing numbers and
revisions (A-101 rev C, ISO 19650 file names), dimensions in millimetres and in feet and inches (2400 × 1200 mm,
8'-6"), U-values and acoustic ratings, building-code clauses (§R302.1, Part L, BR18), planning references and
officers' e-mails, fee stages and invoices, room schedules, RAL, NCS and paint-maker colour codes, DWG/IFC/RVT file
names, client meeting notes, snag lists and site instructions, in English, Danish, Welsh, Korean, Japanese and
German, with emoji, typos and long SharePoint, planning-portal and code-library links.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time links,
TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It adds only its App
Home view, its scripts' dates and request ids, and a pasted link drawn together with its own preview.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import FORGET_ME, HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_seventyfifth"
SEED = 75_2025_0312
EPOCH = 1741766400  # 2025-03-12 08:00 UTC, a Wednesday: a planning deadline on Friday, two site visits, a review
TEAM, TEAM_DOMAIN = "T05THEKARCH", "thorne-ekberg"
PARTNER_TEAM = "T06CPHSTUD2"  # the Copenhagen studio's own workspace (a joint venture with a Danish engineer)
APP_ID, BOT_USER, BOT_ID = "A07TEJEEVS1", "U07JEEVES4", "B07JEEVES5"
HOST = "jeeves.thorne-ekberg.com"
BASE = f"https://{HOST}"

FIRST = ["Ingrid", "Søren", "Aoife", "Kwabena", "Hyun-woo", "Paloma", "Magnús", "Thi Lan", "Oluwaseun", "Radhika",
         "Zofia", "Émile", "Niamh", "Tomás", "Ayşe", "Hiroshi", "Freja", "Dmitri", "Lucía", "Anneliese", "Bongani",
         "Xiaoling", "Rhiannon", "Matteo", "Siddharth", "Gráinne", "Yusuf", "Leilani", "Piotr", "Astrid", "Callum",
         "Mariam", "Joon", "Élodie", "Kasper", "Ngozi", "Ruairí", "Wen-Jie", "Ilse", "Tevita", "Gruffydd", "Mette"]
LAST = ["Ekberg", "Thorne", "Ó Briain", "Mensah-Boateng", "Kristiansen", "van den Berg", "Nguyễn", "Adeyemi",
        "Chakraborty", "Kowalczyk", "Lefèvre", "McAllister", "Gallagher", "Yılmaz", "Tanaka", "Lindgren", "Volkov",
        "Fernández-Ruiz", "Schmitt", "Dlamini", "Zhou", "ap Rhys", "Bellini", "Raghunathan", "Ní Mhurchú",
        "Al-Khatib", "Kahananui", "Wiśniewski", "Bjørnstad", "O'Hare", "Haddad", "Park", "Delacroix-Moreau", "Holm",
        "Okafor", "MacLeod", "St-Pierre", "Lam", "Vogel", "Fifita", "Jørgensen", "Ferreira da Silva"]
STUDIOS = [("London", "121-125 Clerkenwell Rd, 5th floor, London EC1R 5DF"),
           ("Bristol", "Unit 2/3, Wapping Wharf, Bristol BS1 4RH"),
           ("København", "Islands Brygge 43, 2300 København S"),
           ("Portland", "1300 NW Northrup St, Suite 210, Portland, OR 97209")]
PROJECTS = ["23-041 Harbour Lane Library", "22-118 Vesterbro Housing, Block C", "24-007 Kessler Residence",
            "23-092 St Mungo's Primary extension", "24-015 Alder Street mixed-use", "21-233 The Maltings (Phase 2)",
            "24-031 Nørrebro Børnehus", "23-064 Pearl District loft fit-out", "24-022 Clerkenwell Rd 5F Cat B",
            "23-110 Hafod Farmhouse retrofit", "24-040 Belmont St ADU", "25-003 Frederiksberg roof extension",
            "23-041", "24-007", "22-118", "TEA-24-015"]
SITES = ["14 Alder St, Bristol BS5 6JD", "Harbour Lane Library, Portishead BS20 7DH",
         "Vesterbrogade 112, 1620 København V", "1420 NW Lovejoy St, Portland, OR 97209",
         "Hafod Farm, Llandeilo SA19 6PB", "The Maltings, Plot 3, Bath BA2 3EE", "Jagtvej 155B, 2200 København N",
         "St Mungo's Primary, 40 Crown St, Glasgow G5 9XS", "Kessler House, 7 Rowan Close, Cheltenham GL52 3PT",
         "2236 SE Belmont St, Unit #4, Portland OR 97214", "Søndre Fasanvej 9, 4. tv., 2000 Frederiksberg",
         "Flat 6, 22 Great Sutton St, London EC1V 0DS", "Plot 12 (north), Harbour Ln, Portishead",
         "Hafod Farm – the old byre", "Rue de la Roquette 58, 75011 Paris", "Mølleparken 3, 8000 Aarhus C"]
PLACES = ["Clerkenwell", "London", "Bristol", "Portishead", "Bath", "Cheltenham", "Glasgow", "Llandeilo",
          "Copenhagen", "København", "Frederiksberg", "Nørrebro", "Aarhus", "Malmö", "Portland", "Portland, OR",
          "Bend, Oregon", "Seattle", "Hay-on-Wye", "Ystradgynlais", "St Ives", "Tromsø", "Reykjavík", "Århus",
          "Weston-super-Mare", "Bourton-on-the-Water", "Cardiff", "Caerdydd", "Edinburgh", "Lund", "Göteborg",
          "München", "Saint-Malo", "EC1R 5DF", "BS1 4RH", "BS20 7DH", "SA19 6PB", "2200", "97209",
          "51.4846, -2.7680", "55.6867,12.5701", "45.5311° N, 122.6847° W"]
LABELS = ["Copenhagen, Denmark", "Portishead, United Kingdom", "Clerkenwell, United Kingdom",
          "Portland, United States", "Llandeilo, United Kingdom", "Bath, United Kingdom", "Glasgow, United Kingdom",
          "Frederiksberg, Denmark", "Bristol, United Kingdom", "Aarhus, Denmark", "Malmö, Sweden",
          "Bend, United States", "Cheltenham, United Kingdom", "Hay-on-Wye, United Kingdom"]
DRAWINGS = ["A-101 rev C", "A-201 Rev P3", "A-501 (door schedule) rev F", "ID-310 rev 02", "S-200 rev T1",
            "23-041-TEA-ZZ-01-DR-A-1001 P04", "A-302 Section B-B rev D", "L-100 rev B", "A-521 detail 5 rev B",
            "ID-400 joinery elevations rev E", "A-100 setting-out rev A", "SK-112", "24-007-TEA-00-GF-DR-A-2100_C02",
            "M-401 (services coordination) rev 3", "A-110 roof plan rev C", "A-301 rev C"]
DIMS = ["2400 × 1200 mm", "8'-6\"", "3'-0\" x 7'-0\"", "1200 c/c", "Ø150", "FFL +12.450", "SSL 11.900",
        "2 700 mm clear", "926 × 2040 leaf", "12'-4 1/2\"", "600 x 600 grid", "1:50 @ A1", "45° chamfer",
        "R = 1800", "2.1 m headroom", "1500×2100", "7¾\"", "900 mm min.", "±3 mm over 2 m", "38 × 89 @ 400 o.c.",
        "2x6 @ 16\" o.c.", "5/8\" Type X", "1 : 12 ramp", "3350 f-f"]
UVALUES = ["0.18 W/m²K", "U = 0.13 W/(m²·K)", "Uw 0.8 W/m2K (triple)", "ψ = 0.05 W/mK", "g-value 0.4",
           "Rw 52 dB", "3 m³/(h·m²) @ 50 Pa", "n50 ≤ 0.6 ACH", "R-21 (RSI 3.7)", "λ = 0.022 W/mK", "0,15 W/m²K",
           "DnT,w + Ctr ≥ 45 dB", "U-value 0.26 (limit)", "SAP 84 B / EPC B"]
CODES = ["§R302.1", "IRC §R311.7.5.1", "Part L 2021 (Vol 1)", "ADB Vol 1 §2.6", "Part M4(2)", "BR18 §297",
         "BS 8300-2:2018 cl. 8.2", "NFPA 101 §7.2.1.2.3", "IBC 1010.1.1", "EN 13501-1 B-s1,d0",
         "Approved Document K, para 1.10", "Part O (overheating)", "Part B, B1 – means of escape", "§R310.2.1",
         "BR18 kap. 5 – brand", "Scottish Tech Handbook 2.9.4", "ORSC R327 (wildfire)", "Part Q"]
PLANNING = ["24/01873/FUL", "PA/23/02145", "2023/4412/P", "APP/X5210/W/24/3341218", "23/00912/LBC",
            "LU 24-187432-HR", "24-187432-RS", "S106 clause 4.2", "condition 7 (materials)", "P/2024/0815/HSE",
            "lokalplan 612 Vesterbro", "24/03321/PREAPP", "NMA 25/00117", "Class AA prior approval"]
FEES = ["£48,500 + VAT", "Stage 3 – 20% – £25,000", "DKK 185.000 ekskl. moms", "$14,250 (DD, 60%)", "£95/h",
        "5.5% of construction cost", "INV-2025-0316 (£12,480.00)", "€ 9.800,00", "£1.2k expenses (printing)",
        "$185/hr", "fixed fee £7,950", "15% on account"]
MATERIALS = ["RAL 7016 Anthrazitgrau", "RAL 9010 matt", "NCS S 0502-Y", "NCS S 1005-Y20R", "RAL 9005",
             "Farrow & Ball Skimming Stone No. 241", "Little Greene 'French Grey' 161", "Benjamin Moore OC-17",
             "Dulux Trade 10YY 83/014", "Valchromat charcoal 19mm", "Kvadrat Hallingdal 65, colour 227",
             "Dinesen Douglas 300 mm planks", "rift-sawn oak, Osmo 3032", "terrazzo 'Verde Alpi'", "Corian Glacier",
             "Marmoleum 3860", "CLT 5-layer 160mm", "Petersen Kolumba K91", "VMZINC Quartz-Zinc", "NCS S 2005-Y50R",
             "Pantone 18-1438 TCX", "Sherwin-Williams SW 7005 Pure White", "Accoya cladding, 20 × 145"]
ROOMS = ["G.04 Kitchen/Dining (32.6 m²)", "1.12 WC (accessible)", "L2-07 Meeting Room 'Fjord'", "B01 Plant",
         "RM 204 Reading Room", "03.15 Bedroom 3", "the reception", "Bed 2", "the snug", "2.04 Studio",
         "the stair core", "0.09 Cleaner's store", "Lounge (rum 1.03)", "the mezzanine"]
FILES = ["23-041-TEA-ZZ-00-DR-A-1001_P04.dwg", "Kessler_Residence_Central_R25.rvt", "A-101_revC.pdf",
         "VHB-C_ARK_IFC4_2025-03-10.ifc", "Room Schedule (issue 7).xlsx", "Sample board – Kitchen & Dining.jpg",
         "massing_opt3.skp", "Site_survey_topo.dxf", "atrium_view_v5.png", "Fee proposal 24-031 Stage 2-4.docx",
         "Meeting notes 11.03.25.docx", "IMG_4471.HEIC", "U-value calc (SAP 10.2).pdf", "Door schedule rev F.xlsx",
         "Render_Entrance_Dusk_final_FINAL.jpg", "Planning_Statement_24-01873-FUL.pdf", "Snag photos 12-03.zip",
         "Moodboard_Kessler_living.pdf", "Grasshopper_facade_fins_v7.gh", "Detail 5 parapet.3dm"]
CLIENTS = ["Mr & Mrs Kessler", "Harbour Lane Library Trust", "Københavns Kommune (BUF)", "Pearl Loft LLC",
           "Dr. Amara Osei-Bonsu", "Glasgow City Council – Education", "The Maltings Bath Ltd", "Familie Bjørnstad",
           "Ms. Yuki Hayashi (林由紀)", "Mr Gruffydd ap Rhys", "Alder Street Partners, L.P.", "St. Aidan's PCC",
           "SCI Lefèvre-Dupont", "Belmont ADU – the Okafors", "박지현 님"]
WHEN = ["Thu 13/03 at 9:30", "tomorrow 7am", "Fri 14 March, 10:00–12:00", "2025-03-18T08:00Z", "w/c 17/3",
        "torsdag kl. 8", "after lunch", "3/14 @ 2pm PT", "next Tues", "14.03.2025 kl. 09.00", "9ish", "EOD",
        "Monday first thing", "at 07:30 sharp"]
PHONES = ["+44 20 7946 0321", "0117 496 0718", "+45 32 12 34 56", "(503) 555-0143", "+44 (0)1558 555 012",
          "+1 503-555-0199 x12", "07700 900 884"]
TIMEZONES = ["Europe/London", "Europe/Copenhagen", "America/Los_Angeles", "Europe/Oslo", "Europe/Stockholm",
             "Atlantic/Reykjavik", "Europe/Dublin", "America/New_York", "Asia/Seoul", "Australia/Melbourne",
             "Pacific/Auckland", "UTC", "Europe/Berlin", "America/Vancouver", "Asia/Kolkata", "Europe/Paris"]
EMOJI = [":building_construction:", ":triangular_ruler:", ":straight_ruler:", ":house:", ":rain_cloud:", ":sunny:",
         ":pray:", ":white_check_mark:", ":eyes:", ":tada:", ":art:", ":hammer_and_wrench:", ":umbrella:",
         ":construction_worker:", "🏗️", "📐", "📏", "🎨", "🌧️", "☀️", "🙏", "✅", "👀", "😬", "🇩🇰", "🪵", "🧱",
         "🏴󠁧󠁢󠁷󠁬󠁳󠁿"]
LINKS = [
    "https://thorneekberg.sharepoint.com/sites/Projects/23-041/Shared%20Documents/03_Drawings/A-101_revC.pdf?web=1",
    "https://thorneekberg.sharepoint.com/:x:/r/sites/Projects/24-007/Shared%20Documents/Room%20Schedule%20(issue%207)"
    ".xlsx?d=w3f2a9c1e7b8d4e6fa0c1b2d3e4f5a6b7&csf=1&web=1&e=Qm4XzT",
    "https://planningonline.bristol.gov.uk/online-applications/applicationDetails.do?activeTab=documents"
    "&keyVal=S8ZQ1KDN0HL00",
    "https://www.gov.uk/government/publications/conservation-of-fuel-and-power-approved-document-l",
    "https://codes.iccsafe.org/content/IRC2021P2/chapter-3-building-planning#IRC2021P2_Pt03_Ch03_SecR302.1",
    "https://bygningsreglementet.dk/Tekniske-bestemmelser/11/Krav",
    "https://www.ral-farben.de/en/all-ral-colours?ral=7016",
    "https://ncscolour.com/product/s-0502-y/",
    "https://www.farrow-ball.com/paint/skimming-stone",
    "https://www.kvadrat.dk/en/products/hallingdal-65?colour=0227",
    "https://www.figma.com/design/kQ7r2Lx9PbN4/Wayfinding-24-007?node-id=12-345&t=Vx3b9QmZ1aL0-0",
    "https://miro.com/app/board/uXjVKq1Q2w8=/?moveToWidget=3458764581234567890&cot=14",
    "https://www.google.com/maps/place/Harbour+Ln,+Portishead,+Bristol+BS20+7DH/@51.4846,-2.768,17z",
    "https://maps.app.goo.gl/8yK2QmRxwZ3cT6aB7",
    "https://www.portlandmaps.com/detail/property/1420-NW-LOVEJOY-ST/R141592_did/",
    "https://www.planningportal.co.uk/permission/common-projects/loft-conversion/planning-permission",
    "https://acc.autodesk.com/docs/files/projects/8c1e6a0f-2d4b-4c7e-9a1f-5b6d7e8f9a0b?folderUrn=urn%3Aadsk."
    "wipprod%3Afs.folder%3Aco.Xy8Pq2RtS0uVw4&viewModel=detail&moduleId=folders",
    "https://www.velux.co.uk/products/roof-windows/centre-pivot/ggl?size=SK08",
    "https://harvestapp.com/time/week/2025/03/10/4471023",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_YzQ1NjA4ZTgtMmI5Zi00%40thread.v2/0?context=%7b%22Tid"
    "%22%3a%22a1b2c3d4%22%7d",
    "https://www.louispoulsen.com/en-gb/private/products/pendants/ph-5?v=90001-5741100530",
    "https://intranet.thorne-ekberg.com/standards/cad-layers#A-WALL-FULL",
]
# A link pasted to Jeeves together with the preview Slack unfurls for it: (link, service, title, text).
UNFURL_LINKS = [
    ("https://planningonline.bristol.gov.uk/online-applications/applicationDetails.do?activeTab=summary"
     "&keyVal=S8ZQ1KDN0HL00", "Bristol City Council", "24/01873/FUL | Single storey rear extension and loft "
     "conversion with rear dormer | 14 Alder St BS5 6JD", "Status: Awaiting decision. Consultation expiry 03/04/2025"),
    ("https://codes.iccsafe.org/content/IRC2021P2/chapter-3-building-planning", "ICC Digital Codes",
     "Chapter 3 Building Planning - 2021 International Residential Code (IRC)",
     "R302.1 Exterior walls. Construction, projections, openings and penetrations of exterior walls..."),
    ("https://www.ral-farben.de/en/all-ral-colours?ral=7016", "RAL", "RAL 7016 Anthracite grey",
     "RAL CLASSIC colour RAL 7016 – Anthrazitgrau / Anthracite grey / Gris anthracite"),
    ("https://ncscolour.com/product/s-0502-y/", "NCS Colour", "NCS S 0502-Y | NCS Colour",
     "Blackness 05, chromaticness 02, hue Y. LRV 81."),
    ("https://www.velux.co.uk/products/roof-windows/centre-pivot/ggl", "VELUX", "VELUX GGL centre-pivot roof window",
     "Sizes from CK02 (55 × 78 cm) to UK10 (134 × 160 cm). Uw down to 1.0 W/m²K"),
    ("https://www.google.com/maps/place/Hafod+Farm,+Llandeilo+SA19+6PB/@51.8839,-3.9901,16z", "Google Maps",
     "Hafod Farm · Llandeilo SA19 6PB", None),
    ("https://www.dinesen.com/en/floors/douglas/", "Dinesen", "Douglas – Dinesen",
     "Planks up to 15 m long and 50 cm wide, from Scottish and German forests."),
    ("https://www.portlandoregon.gov/bds/article/92676", "City of Portland", "Accessory Dwelling Units (ADUs) | "
     "Portland.gov", "ADUs up to 800 sq ft or 75% of the house, whichever is less; SDC waiver through 07/31/2025."),
    ("https://bygningsreglementet.dk/Tekniske-bestemmelser/11/Krav", "Bygningsreglementet",
     "Kapitel 11 – Energiforbrug | BR18", "§ 257 Bygninger skal opføres, så unødvendigt energiforbrug undgås..."),
    ("https://www.farrow-ball.com/paint/skimming-stone", "Farrow & Ball", "Skimming Stone No. 241 | Farrow & Ball",
     "A soft, warm grey-pink; works with Joa's White on the woodwork."),
]
UNFURL_LEADS = ["", "", "weather at this site tomorrow? ", "for Thursday ", "remember location ", "fyi ",
                "Jeeves, what's it like here: ", "site: "]
FILE_NOTES = ["", "", "%DWG% marked up – see the clouds", "site photos from %SITE% 📷", "room schedule, issue 7",
              "%FILE%", "can you check the weather for %SITE% on Thursday? programme attached",
              "remember location %SITE%", "for the %WHEN% review", "pour sequence for %PROJ% – need a dry day"]
FILE_TYPES = {"pdf": "application/pdf", "dwg": "image/vnd.dwg", "dxf": "image/vnd.dxf", "png": "image/png",
              "jpg": "image/jpeg", "heic": "image/heic", "zip": "application/zip",
              "skp": "application/vnd.sketchup.skp",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %SITE%", "weather %PLACE%", "weather %PLACE% tomorrow", "weather in %PLACE% please",
    "weather at %SITE% %EMOJI%", "weather for the site visit at %SITE%", "weather", "weather?", "wetaher %PLACE%",
    "Weather %PLACE% this afternoon", "weather %PLACE% - concrete pour at 7am, need it dry", "weather near %SITE%",
    "weather %PLACE% tomorrow please", "weather %PLACE% 🌧️", "weather %STUDIO%", "weather %PLACE%!!",
    "remember location %STUDIO%", "remember location %SITE%", "remember location %PLACE%",
    "remember location Thorne Ekberg, %STUDIO%", "my location", "forget location", "help", "config",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%", "config units metric",
    "config units imperial", "config units imperial (for the Portland jobs)", "alerts on", "alerts off", "alerts",
    "login", "forget me", "help please", "is it going to rain on site %WHEN%?", "thanks Jeeves 🙏",
    "what can you do?", "hi", "config alert %HHMM%", "Weather Copenhagen", "WEATHER %PLACE%", "my location?",
    "weather for %PROJ% site", "remember location %PLACE% (site office)",
]
# What they say to Jeeves that is not a command, or say around it in a channel.
CHAT = [
    "can someone check %DWG% before it goes to the client? door D-114 swing clashes with the riser",
    "%PROJ%: planning ref %PLANNING% validated this morning 🎉 consultation ends 3 April",
    "U-value on the new wall build-up comes out at %UVALUE% with 150mm PIR – limit is 0.26 so we're fine",
    "ceiling height in %ROOM% is only 2350, the schedule says 2400 — who moved the bulkhead?",
    "client wants %MATERIAL% for the kitchen island instead of %MATERIAL% 🙄",
    "site visit %WHEN% at %SITE%, bring hi-vis + boots. parking on Harbour Ln is 2hr max",
    "RFI-047 back from the engineer: beam B3 is now 254×146×37 UB, so the soffit drops 40mm",
    "%CODE% says stair headroom min 2.0m, we've got 1.96 at the landing 😬",
    "Hej! Har du set de nye tegninger til %PROJ%? Facaden er ændret til %MATERIAL%.",
    "Bore da! Ymweliad safle yfory am 9 – ydy hi'n mynd i fwrw glaw?",
    "도면 A-201 rev D 업데이트했습니다. 창호 사이즈 1500×2100으로 변경됐어요",
    "サンプルボード届きました！RAL 7016のサッシ、いい感じです 👍",
    "Bitte die Fenster in RAL 7016 Feinstruktur matt bestellen, nicht glatt!",
    "fee stage 3 invoiced: %FEE%. stage 4 after planning.",
    "Reminder: timesheets by 5pm Fri. Code site visits to %PROJ% / 03 (Stage 3)",
    "does anyone have the Revit family for the Velux GGL CK04 (55 × 98 cm)?",
    "door schedule says 926 × 2040 but Part M wants 800 clear on a new build – check D-03, D-07, D-11",
    "%CLIENT% called (%PHONE%): they'd like %ROOM% in %MATERIAL%. I said we'd mock up a sample",
    "notes from the client review are on SharePoint: %LINK%",
    "is the 3D printer free after lunch? need the 1:200 massing for %PROJ%",
    "structural grid is 7.5m x 7.5m, not 7.2 — please update the setting-out on A-100",
    "pls don't overwrite the central model!! sync with central, don't 'save as' 🙏",
    "anyone know the Portland permit # for the Pearl loft? %PLANNING% I think",
    "IFC export from Revit 2025: IFC4 Reference View, not IFC2x3 CV2.0 – the Danes need it for their checker",
    "the lift pit is 1200 deep (Schindler 3300), not 1400 — that's why the slab step is wrong in section B-B",
    "%WHO% can you redline %DWG% by tomorrow? it's going out Friday",
    "fyi the bricks are %MATERIAL% – lead time 14 weeks!!",
    "ok who ate my flapjack from the model shop fridge",
    "forecast looks awful for Thursday, should we move the %SITE% visit?",
    "Tak for i dag! Vi ses på byggepladsen kl. 8:00 i morgen ☕",
    "NCS S 0502-Y vs S 0500-N: the client says the first one 'looks yellow' on the sample board",
    "wall type W3: 12.5 pb / 70 C-stud @ 600 c/c / 50 mineral wool / 12.5 pb = 95mm, Rw 45 dB",
    "RIBA Stage 4 sign-off moved to %WHEN%",
    "heads up: Part O calcs need the window opening areas – 30% free area on the bedrooms pls",
    "can I book meeting room 'Mies' for 10-12? client presentation for %PROJ%",
    "Wi-Fi in the Bristol studio is down again... on my hotspot",
    "joinery pricing came back at £86,420 + VAT – 18% over the cost plan 😬",
    "%ROOM% needs an FD30s, not FD30 – it opens onto the protected stair",
    "landscape sent a new %FILE% – tree T12 (Quercus robur, RPA 7.2m) stays",
    "ship the physical model to Copenhagen by DHL? it's 900 × 600 × 450, ~6 kg",
    "quick one: is the max riser under §R311.7.5.1 7¾\"? the client's stair is at 7 7/8\"",
    "chair samples arrived: Fritz Hansen Series 7 in 'Deep Clay' + HAY AAC 22 🪑",
    "8'-6\" ceiling in the loft = 2591 mm, fine for a 600 pendant drop",
    "%DIM% or %DIM%? the drawing and the spec disagree",
    "%WHO% the %ROOM% finishes are %MATERIAL% on walls & %MATERIAL% on the floor, right?",
    "sill at 1100 AFF, head at 2400 – window W-07 is %DIM% overall",
    "what's the target U-value for the roof? I have %UVALUE% in the SAP",
    "the QS wants the GIA by Friday: 1,284 m² (13,821 sq ft) incl. plant",
    "mockup panel approved ✅ — %MATERIAL% with 10mm recessed joints",
    "%CLIENT% signed the fee letter (%FEE%) 🎉",
    "planning officer wants the dormer set back 200 from the eaves – %PLANNING%",
    "anyone going to the Dinesen showroom Thursday? I need 3 offcuts for the sample board",
    "rebar for the raft is in — pour booked %WHEN% if it stays dry",
    "tender returns: Contractor A £1.92m, B £2.04m, C £2.31m (all excl. VAT & prelims?)",
    "Daylight: ADF 2.1% in the kitchen, 1.4% in Bed 2 – BS EN 17037 target is 300 lux over 50%",
    "the CDM PD (principal designer) meeting is %WHEN%, can someone cover for me?",
    "glulam beams GL28h 140 × 585 – they'll be exposed, so spec a clear matt lacquer",
    "@channel the printer on 5 is out of A1 paper again 📄",
    "¿alguien tiene el DWG de la planta baja de %PROJ%? el de la versión 3",
    "Merci pour les échantillons ! On part sur le chêne huilé pour le parquet.",
    "bathroom tiles: Mutina Tex 20 × 20 in 'Blue', grout Mapei 113 cement grey",
    "who has the drone login? need aerials of %SITE% before the scaffold goes up",
    "brb, on a call with %CLIENT%",
    "Stage 2 report printed & bound – 3 copies in the post to %CLIENT%",
    "air test result: 2.8 m³/(h·m²) @ 50 Pa – target was 3.0, passed!",
    "acoustic report says we need %UVALUE% between flats, our separating wall is 58",
    "overheating: TM59 criterion (a) fails in %ROOM%, need external shading or a smaller pane",
    "Friday drinks at 5 in the Copenhagen studio 🍻 (Portland, we'll wave at you at 9am your time)",
]
LONG_MESSAGES = [
    "Meeting notes – %PROJ% – client design review %WHEN%\nAttendees: IE, CM, %CLIENT%, QS\n"
    "1. Kitchen layout opt. B approved; island 2400 × 1200 mm, worktop %MATERIAL%\n"
    "2. Stair: client prefers open risers — check %CODE% (100 mm sphere rule)\n"
    "3. Glazing: triple, Uw ≤ 0.8 W/m²K; frames %MATERIAL%\n"
    "4. Next: Stage 3 report 28/03, planning submission w/c 7 April\n"
    "Actions: CM to update %DWG%; IE to send the fee letter (%FEE%)",
    "RFI-052 response (%PROJ%)\n> Q: can the 100mm PIR be reduced to 80mm at the parapet?\n"
    "A: No. The parapet must achieve %UVALUE% to avoid a thermal bridge at the roof/wall junction "
    "(ψ ≤ 0.08 W/mK). See detail 5/A-521 rev B. If space is tight use 70mm phenolic (λ = 0.020).",
    "room schedule for level 01, please check the areas against the brief:\n```\n"
    "No.   Name               Area (m²)  Ceiling  Floor\n"
    "1.01  Reception          42.6       3000     Terrazzo T1\n"
    "1.02  Meeting 'Fjord'    18.2       2700     Carpet CPT-2\n"
    "1.03  WC (accessible)     4.6       2400     Altro Wood Safety\n"
    "1.04  Studio             186.4      3300     Oak FB-1\n"
    "1.05  Store / Comms        7.9       2400     Epoxy\n```\nTotal NIA ≈ 259.7 m² (brief asks for 265, so -2%)",
    "Fwd from the planning officer re %PLANNING%:\n\"Having reviewed the amended plans (rev P3), I remain concerned "
    "about the bulk of the rear dormer. Could you reduce its width to no more than 50% of the roof slope and set it "
    "back 200mm from the eaves? Please also confirm the zinc is pre-weathered.\"\nCan we turn this round by Friday?",
    "Spec clause 25-10-20/130 – paint to plastered walls:\n- Primer: 1 coat mist coat\n"
    "- Finish: 2 coats Farrow & Ball Estate Emulsion, 'Skimming Stone' No. 241\n- Feature wall in %ROOM%: "
    "NCS S 1005-Y20R\n- Doors & frames: RAL 9010, eggshell, 2 coats\nSubmit a 1 m² sample panel for approval first.",
    "Hej alle 👋\nByggemøde nr. 14 på %PROJ% er flyttet til torsdag kl. 9:30.\nDagsorden:\n"
    "1) Status facade (tegl Petersen D71)\n2) Vinduer – levering uge 14\n3) Ekstraarbejder: ca. 48.500 kr. "
    "ekskl. moms\nHusk sikkerhedssko! /Freja",
    "Fee proposal for %CLIENT%:\nStage 2 Concept – 15% – £18,750\nStage 3 Spatial Coordination – 20% – £25,000\n"
    "Stage 4 Technical Design – 35% – £43,750\nStage 5–6 (part-time CA) – 30% – £37,500\n"
    "Total £125,000 + VAT @ 20% (expenses & printing at cost)\nBased on a construction value of £2.27m (5.5%)",
    "Code check for the Pearl loft (IRC 2021 / ORSC):\n• §R302.1 exterior walls < 5'-0\" from the lot line → "
    "1-hr rated\n• §R310.2.1 EERO: 5.7 sq ft net clear, 24\" h, 20\" w, sill ≤ 44\" AFF\n"
    "• §R311.7.5.1 risers max 7 3/4\", treads min 10\"\n• guards 36\" min, 4\" sphere\n"
    "All OK on A-301 rev C except the EERO in Bed 2 (sill @ 46\", lower it 2\")",
    "Snagging – %SITE% – %WHEN%\n☐ D-12 ironmongery missing (lever on rose, SSS)\n"
    "☐ skirting gap > 3mm in 2.04\n☐ touch-ups: RAL 7016 window reveals, N elevation\n☑ sealant to shower tray\n"
    "☐ pendant L4 not centred on the table – 150mm off\nPhotos in %FILE%",
    "AI-019 (Architect's Instruction) – %PROJ%\nOmit: 2 no. rooflights RL-03/04\n"
    "Add: 1 no. Velux GGL SK08 (114 × 140 cm) centred on grid C/4\nReason: trimmer clash, see SK-112\n"
    "Cost: contractor to price within 5 working days",
    "현장 사진 올렸습니다 📷\n- 1층 슬래브 타설 완료 (C30/37)\n- 2층 거푸집 작업 중\n내일 비 오면 작업 중단 예정입니다",
    "colour schedule v4 — shout by EOD if anything's wrong:\nExternal: windows RAL 7016, cladding Cedral C05 "
    "'Chalk white', rainwater goods RAL 9005\nInternal: walls NCS S 0502-Y, ceilings NCS S 0500-N, doors "
    "NCS S 2005-Y50R, skirtings to match walls\nFloors: Dinesen HeartOak 300/400, Marmoleum 3711 in the WCs",
    "Moodboard notes for %CLIENT% (living room):\n– palette: warm greys + terracotta (Little Greene 'Tuscan Red' "
    "26 as the accent)\n– sofa: &Tradition Develius EV1A, Karakorum 003\n– rug 2400 × 1700 mm, undyed wool\n"
    "– Louis Poulsen PH 5 over the dining table, 700 above the top\nBudget so far £38,950 of £45k 👍",
    "Site visit report %WHEN%, %SITE%:\n1) Weather: dry, 6°C, light SW wind\n2) Blockwork to first floor complete\n"
    "3) DPC at 150 above FGL – OK\n4) Cavity trays over W-03 & W-04 missing!! Contractor notified, to be fixed "
    "before the brick slips go on\n5) Next visit: %WHEN%",
    "Welsh/English sign for Hafod Farm, please check:\n\"Croeso i Fferm Hafod / Welcome to Hafod Farm\n"
    "Maes parcio → / Car park →\nDerbynfa / Reception\"\nLetters 75 mm cap height, Frutiger 55, RAL 9016 on "
    "RAL 6009",
]
# Jeeves' own replies, as Slack echoes them back to it (%LABEL%: a place as the geocoder names it).
BOT_REPLIES = [
    "%LABEL%: light rain, 7°C, wind 22 km/h; today 4°C to 9°C, 80% chance of precipitation",
    "%LABEL%: overcast clouds, 11°C, wind 14 km/h; today 6°C to 12°C, 35% chance of precipitation",
    "%LABEL%: clear sky, 48°F, wind 6 mph; today 39°F to 57°F, 5% chance of precipitation",
    "%LABEL%: moderate rain, 5°C, wind 31 km/h",
    "%LABEL%: fog, 3°C, wind 4 km/h; today 1°C to 8°C, 10% chance of precipitation",
    "Got it, I will remember %LABEL%.", "Your location is %LABEL%.",
    "Daily weather alerts are on, every day at %HHMM% (Europe/London).", "Daily weather alerts are off.",
    HELP_REPLY, FORGET_ME, "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201cHafod Farm – the old byre\u201d.",
    "Saved. Your settings:\n• alert_time: %HHMM%\n• alerts: on\n• timezone: Europe/Copenhagen\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
    "Sorry, `weather` is disabled right now.", "Done, I forgot your location.",
    "Use `config <setting> <value>`, e.g. `config units imperial`.",
]
WEATHER_REPLIES = [
    "%PLACE%: light rain, 7°C, wind 22 km/h; today 4°C to 9°C, 80% chance of precipitation",
    "%PLACE%: broken clouds, 9°C, wind 18 km/h; today 5°C to 11°C, 40% chance of precipitation",
    "%PLACE%: clear sky, 52°F, wind 5 mph; today 41°F to 60°F, 0% chance of precipitation",
]
SEARCH_Q = ["ekberg", "Ó Briain", "@thorne-ekberg.com", "freja", "Nguyễn", "ap Rhys", "o'hare", TEAM, "U05",
            "studio.cph", "mensah-boateng", "callum macleod", "林", "Bjørnstad", "st-pierre", "Park"]
AUDIT_Q = ["client.rotate", "client.create", "login", "login.slack", "feature.set", "weather@*", "user.active",
           "user.forget_me", "account.totp_enable", "admin.map_slack", "it.studio", "revit.addin", "failed",
           f"weather@{PARTNER_TEAM}"]
ADMINS = ["it.studio", "ingrid.ekberg", "callum.macleod", "ops-cph", "breakglass"]
CLIENT_DESCRIPTIONS = [
    ("revit.addin", "Revit add-in 'Site Weather' v2.3 – reads /api/users (read only)"),
    ("powerbi.studio", "Power BI: studio utilisation & Jeeves usage (monthly board pack)"),
    ("harvest-sync", "Harvest → usage export for finance; owner: C. MacLeod"),
    ("acc-webhooks", "ACC / BIM 360 webhook relay — weather for site diaries"),
    ("ci-gitlab", "GitLab CI smoke tests (staging + prod)"),
    ("site-diary:cph", "Byggeplads-dagbog, København (Søren H.)"),
    ("hr.onboarding", "Onboarding/leavers script: deactivates leavers on their last day"),
    ("zapier-studio", "Zapier: Friday rain alert to #site-visits"),
]
API_CLIENTS = [c for c, _ in CLIENT_DESCRIPTIONS]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 "
    "Safari/537.36 Edg/133.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:135.0) Gecko/20100101 Firefox/135.0",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.3 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.6943.89 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 15; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 "
    "Mobile Safari/537.36",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "da-DK,da;q=0.9,en;q=0.8", "en-US,en;q=0.9",
         "cy-GB,cy;q=0.9,en-GB;q=0.8,en;q=0.7", "de-DE,de;q=0.9,en;q=0.7", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
         "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.6", "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "ja,en-US;q=0.9,en;q=0.8"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.28.1", "curl/8.12.1", "RestSharp/112.1.0.0",
              "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", "axios/1.7.9",
              "Go-http-client/2.0", "PostmanRuntime/7.43.0", "okhttp/4.12.0", "Zapier",
              "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-GB) PowerShell/7.4.6"]
HEALTH_UAS = ["kube-probe/1.31", "Blackbox Exporter/0.25.0", "Uptime-Kuma/1.23.16", "ELB-HealthChecker/2.0",
              "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"]
META_UAS = ["Python-urllib/3.12", "jwks-rsa/3.1.0", "Go-http-client/1.1", "lua-resty-http/0.17.2 (Lua) ngx_lua/10026",
            "python-requests/2.32.3", "Apache-HttpClient/5.3 (Java/21.0.5)", "curl/8.12.1"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/clients?done=client_enabled", "/admin/slack-sign-in?done=mapped",
               "/admin/account?done=totp_disabled", "/admin/audit?page=4"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/users?q=ekberg", "/admin/audit?q=client.rotate",
              "/admin/clients"]
PHRASE_WORDS = ["mullion", "soffit", "plinth", "lintel", "clerestory", "parapet", "cornice", "atrium", "joist",
                "gable", "transom", "fjord"]
PATCH_NAMES = ["Ingrid Ekberg, RIBA", "Søren Holm-Kristiansen", "Aoife Ní Mhurchú (Interiors)",
               "Callum MacLeod – Bristol", "Nguyễn Thị Lan", "Kwabena Mensah-Boateng ARB", "Hyun-woo Park 박현우",
               "Paloma Fernández-Ruiz | Portland", "Gruffydd ap Rhys", "Émile St-Pierre (Part II)",
               "Mette Jørgensen, MAA", "Leilani Kahananui AIA"]
UNTIL = ["2025-03-12T08:00:00Z", "2025-03-12", "2025-03-12T09:00:00+01:00", "2025-03-11T23:59:59Z"]


class Practice(EvaluatorDay):
    """Thorne Ekberg: its people, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "tE4kQ9mWz2RpLx7NbV3cHsYd"
    base = BASE
    ts_window = (0, 10 * 3600)
    alert_hours, alert_minutes = (6, 6, 7, 7, 7, 8, 12, 16), ("00", "15", "30", "45", "10")
    iat_window = (0, 34000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 34000), 40, 0.2, 36
    blocks_rate, thread_rate = 0.8, 0.2
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, xff_rate, xff = 0.15, 0.05, 0.04, ("10.40.2.31", "192.168.10.7", "10.8.0.14, 172.16.3.2")
    trace_rate, request_id_rate = 0.2, 0.1
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    verify_uas = [*SCRIPT_UAS[:4], "lua-resty-http/0.17.2 (Lua) ngx_lua/10026"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.15
    meta_uas = META_UAS
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, "te-kobenhavn", 10, 0.25
    button_places = SITES + PLACES + [s[1] for s in STUDIOS]
    weather_replies = WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.5
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.1, 0.15
    me_places = SITES + PLACES + [s[1] for s in STUDIOS] + [f"Thorne Ekberg {s[0]}" for s in STUDIOS]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "t06cphstud2", "")
    audit_page, page_head_weight, user_ids = (1, 6), 12, (1, 380)
    # the data API
    limits, offsets = ("25", "50", "100", "250", "500"), (0, 25, 50, 100, 250, 500)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8")
    usage_days, until_choices = (1, 11), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|drawing", "|SharePoint", "|link", "|here")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.12, 0.22, 0.07, 0.68, 0.45
    mention_leads = ("", "", "hey ", "cc ", "ok ")
    edit_suffixes = (" (edit: rev D not C)", " *2400 not 2100", "", " – ignore, wrong project", " 🙏")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "home", "messages"), 0.6, 0.12
    fill_pools = {"%PROJ%": PROJECTS, "%SITE%": SITES, "%PLACE%": PLACES, "%STUDIO%": [s[1] for s in STUDIOS],
                  "%LABEL%": LABELS, "%DWG%": DRAWINGS, "%DIM%": DIMS, "%UVALUE%": UVALUES, "%CODE%": CODES,
                  "%PLANNING%": PLANNING, "%FEE%": FEES, "%MATERIAL%": MATERIALS, "%ROOM%": ROOMS, "%FILE%": FILES,
                  "%CLIENT%": CLIENTS, "%WHEN%": WHEN, "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}
    # files shared with Jeeves, links unfurled, its own replies echoed
    files, file_notes, file_types, file_editable = FILES, FILE_NOTES, FILE_TYPES, ("xlsx", "docx")
    file_sizes = (30_000, 260_000_000)
    unfurl_leads = UNFURL_LEADS
    bot_replies = BOT_REPLIES

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "te"
            plain_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum()) or "x"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": f"{plain_first}.{plain_last}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first}.{plain_last}@thorne-ekberg.com", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "proj-23-041-harbour-lane", "proj-24-007-kessler", "proj-22-118-vesterbro", "site-visits",
            "studio-london", "studio-bristol", "studio-cph", "studio-pdx", "interiors", "bim-cad", "planning",
            "materials-library", "general", "random", "fees-and-finance", "model-shop")]
        self.dms = [self.sid("D0", 9) for _ in range(70)]

    # ---- the App Home view, a pasted link and its preview -----------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        view_id = self.sid("V0", 9)
        studio = self.pick(STUDIOS)
        settings = (f"*Location:* {studio[0]}, {self.pick(['United Kingdom', 'Denmark', 'United States'])}\n"
                    f"*Units:* {self.pick(['metric', 'metric', 'imperial'])}\n"
                    f"*Daily alert:* {self.pick(['on', 'off'])} at {self.hhmm()} ({self.pick(TIMEZONES)})")
        return {"id": view_id, "team_id": team, "type": "home", "blocks": [
            {"type": "header", "block_id": self.block_id(),
             "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
            {"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": settings}},
            {"type": "divider", "block_id": self.block_id()},
            {"type": "section", "block_id": self.block_id(), "text": {
                "type": "mrkdwn", "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> "
                                          "(send me `login` for a sign-in link)."}}],
            "private_metadata": "", "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}",
            "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
            "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
            "root_view_id": view_id, "app_id": APP_ID, "external_id": "", "app_installed_team_id": team,
            "bot_id": BOT_ID}

    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        link, service, title, text = self.pick(UNFURL_LINKS)
        return link, (service, title, text)

    # ---- its scripts' dates and tracing -----------------------------------------------------------------------
    def since_choices(self, day: int) -> list[str]:
        return [f"2025-03-{day:02d}", f"2025-03-{day:02d}T00:00:00Z", f"2025-03-{day:02d}T08:00:00+00:00",
                f"2025-02-{day + 14:02d}T00:00:00.000Z", f"2025-03-{day:02d}T09:00:00+01:00"]

    def request_ids(self) -> list[str]:
        return [f"acc-{self.hexs(12)}", f"pbi-{self.rng.randint(10**7, 10**8)}"]

    def trace_state(self) -> str | None:
        return self.pick([None, "tea=rvt:2025", f"az={self.hexs(16)}"])


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 285), ("slack_mention", 170), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 25), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 150), ("me", 105), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The practice's day, kinds interleaved (after Slack's URL verification: the app was re-installed)."""
    return planned(Practice(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
