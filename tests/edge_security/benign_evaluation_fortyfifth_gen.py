"""Benign evaluation set (fortyfifth): a municipal permits and licensing office's ordinary traffic, benign only.

The company is the City of Port Marlow's Department of Permits, Licensing & Inspections (PLI): the permit counter,
plan reviewers, building, electrical and plumbing inspectors, zoning planners, the business-licensing desk, code
enforcement and the special-events coordinator. They use Jeeves mostly to check the weather before footing pours,
roof and solar finals, tent inspections and street festivals, and they write to it (and past it, in channels) the
way they write to each other: permit and case numbers (BLD-2024-04417, ZBA-24-117), parcel ids (APN 041-223-18,
PIN 14-21-301-017-0000), zoning codes (R-1A, MU-N, PD-14), ordinance and building-code citations with § and
(a)(1), inspection checklists with check boxes and inch marks, fee schedules, refunds and surcharges, contractors'
licence numbers, and residents' and owners' names and addresses in many languages and scripts, with typos, emoji,
forwarded e-mails and links to the permit portal, the GIS parcel viewer and the municipal code.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions clicks on Jeeves' own buttons (set_location, forget_me_confirm, forget_me_cancel), the data
API with a bearer JWT (users list/read/patch, usage stats, switches), the admin panel's pages and forms with their
csrf_token, `/me/`, Sign in with Slack and the bot's one-time links, TokenDealer (token, introspect, revoke,
verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
SlackDay.shared_file, SlackApp.slack_request, SlackApp.inner, SlackApp.hook, SlackApp.trigger and WebDay.ch_platform
from the shared modules.
"""

from __future__ import annotations

import json
import unicodedata
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fortyfifth"
SEED = 45_2024_1015
EPOCH = 1729000800  # 2024-10-15 14:00 UTC: 07:00 in Port Marlow, the first inspection routes go out
TEAM, TEAM_DOMAIN = "T03PMPLI7Q", "portmarlow-pli"
FIRE_TEAM = "T05PMFIRE2"  # Fire Prevention Bureau: a separate workspace with Jeeves installed too
APP_ID, BOT_USER, BOT_ID = "A07PLIJVS3", "U07JEEVESP", "B07JEEVESP"
HOST = "jeeves.portmarlow.gov"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "Xq4pRm8TzW2nKs6YbV1cLhGd"

FIRST = ["Marisol", "DeShawn", "Thuy", "Oksana", "Kenji", "Fatuma", "Abdirahman", "Grzegorz", "Guadalupe", "Haruto",
         "Bao", "Saoirse", "Ngozi", "Rajesh", "Ximena", "Hyun-woo", "Anh", "Esperanza", "Teodora", "Kalani",
         "Dmitri", "Fatima", "Yosef", "Chayton", "Leilani", "Mustafa", "Imani", "Siobhan", "Tomás", "Lwazi",
         "Mary Beth", "José Luis", "Ana Lucía", "Jae-eun", "Björn", "Zoë", "Nnamdi", "Ayesha", "Tuấn", "Renée"]
LAST = ["Hernández", "Washington", "Nguyễn", "Kovalenko", "O'Brien", "Abdullahi", "Warsame", "Kowalczyk", "Tanaka",
        "Pham", "Okafor", "Begay", "Kealoha", "Petrosyan", "Mahmoud", "Rodríguez-Ortiz", "Van Buren", "Lê", "Szabó",
        "Al-Amin", "Castillo", "Yazzie", "D'Angelo", "Chowdhury", "Schmidt-Weber", "Kim", "Mbatha", "MacLeod",
        "García Márquez", "Øvergaard", "St. Pierre", "Delacroix", "Ó Súilleabháin", "Trần", "Ahmadi"]
RESIDENTS = [
    "Nguyễn Thị Lan", "Li Jianguo (李建国)", "Мария Иванова", "Mohammed Al-Ahmad (محمد الأحمد)", "Fatuma Abdi Hassan",
    "José Luis Hernández-Ruiz", "Kim Min-jun (김민준)", "Tatevik Petrosyan (Տաթևիկ Պետրոսյան)", "Ayşe Yılmaz",
    "Dimitrios Papadopoulos (Δημήτριος Παπαδόπουλος)", "O'Malley Family Trust", "Sarah Levi (שרה לוי)",
    "Ramón & Lucía Ortega", "Ngozi Okafor-Bello", "Hiroshi Tanaka (田中宏)", "Oksana Kovalenko (Оксана Коваленко)",
    "Abdirahman Warsame", "Phạm Văn Đức", "Rajesh & Priya Venkataraman", "Maplewood Terrace HOA",
    "Riverside Lofts Condominium Ass'n", "Mateus da Silva", "Anna-Lena Brückner", "Mr. & Mrs. D'Souza",
    "Rev. Thomas Whitfield Jr.", "Juan Carlos de la Peña", "Maria Josefa Santos-Reyes", "Chen Wei-Ting (陳威廷)",
    "Dr. Amani Njoroge", "Bilal Qureshi", "Svetlana & Igor Morozov", "Ha-eun Park", "Tiến & Hồng Lê",
    "Estate of Harold P. McAllister", "Kalani Kealoha-Wong", "Wiremu Te Rangi", "Zeynep Arslan", "Yohannes Tesfaye",
]
BUSINESSES = ["Taquería El Güero #2", "Phở Sài Gòn 99", "Sunrise Bakery & Café", "Habib & Sons Auto Body LLC",
              "Golden Dragon Dim Sum (金龍點心)", "Kyiv Deli & Market", "Mogadishu Halal Grocery", "Seoul Garden BBQ",
              "La Güera Food Truck", "St. Mark's Coptic Orthodox Church", "Harborview Farmers' Market",
              "Old Harbor Brewing Co.", "Mill District Makers Fair", "Eastgate Lions Club", "Bánh Mì Express",
              "Tacos Los Primos", "Little Manila Grill", "Yerevan Bakery (Երևան)", "Salon Belleza Latina",
              "Port Marlow Dia de los Muertos Committee", "Karibu African Market", "Smith & Daughters Hardware"]
CONTRACTORS = ["Cascade Concrete & Forming LLC", "Nguyen Bros. Electric (NGUYEBE881KS)", "Hernández Roofing Inc.",
               "Sound Solar & Battery", "O'Malley Plumbing & Drain", "Tacoma Fence Co.", "Rainier Excavation Inc.",
               "Kim's Heating & A/C", "Petrosyan Builders (PETROB*902LQ)", "BlueWave Pools & Spas",
               "Northwest Tent & Event Rentals", "Evergreen Sign Co.", "Ortega & Sons Masonry", "Tran Handyman LLC",
               "Puget Sound Demolition", "J&M Sheet Metal"]
ADDRESSES = [
    "4411 Alder St", "1200 Harbor Blvd, Suite 300", "88½ Water St", "2217 W Commerce Ave, Unit B",
    "310 Kings Hwy #5C", "1400 blk E 14th St", "Lot 12, Cedar Ridge Subdivision Ph. II",
    "NW corner of Main St & 3rd Ave", "Pier 7, 19 Harbor Dr", "3300–3316 Mission Rd", "55 Via del Mar, Apt 2-R",
    "907 N. Pacific Ave (rear ADU)", "16 O'Keefe Ct", "2500 Fairview Heights Dr, Bldg C",
    "711 Saigon Plaza Dr, Ste 104", "1919 Martin Luther King Jr Way", "4820 S 56th St, Space 44 (Evergreen MHP)",
    "Parkside Lofts, 230 Mill St #PH-2", "1 Point Rd (Old Harbor Lighthouse)",
    "6023 Eastgate Blvd", "12 Ridgeview Ln", "8034 Northshore Pkwy NE", "2901-A Yakima Ave", "145 St. Helens Ave",
    "620 Commerce St, 4th floor", "3710 E. D St", "1122 S. 11th St (duplex, both units)", "Riverside Park, Shelter #3",
    "77 Lincoln Ave — vacant lot next to #81", "5402 Cedar Ridge Loop", "400 Broadway, Storefront 2",
    "Unit 14, Harborview Marina Condos, 2 Marina Way", "9 Avenida Flores", "2410 Pacific Hwy E, Lot 3",
]
MAILING = ["Calle 45 #12-30, Bogotá, Colombia", "12 Phố Liễu Giai, Ba Đình, Hà Nội, Việt Nam",
           "上海市浦东新区世纪大道100号 15楼", "вул. Хрещатик, 22, кв. 7, Київ 01001, Україна",
           "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 CDMX, México",
           "서울특별시 마포구 월드컵북로 396, 1203호",
           "Hodan District, KM4, Muqdisho, Soomaaliya", "Flat 12B, 88 Queensway, Admiralty, Hong Kong",
           "14 rue Oberkampf, 75011 Paris, France", "P.O. Box 1182, Makati City 1200, Philippines",
           "Հանրապետության 12, Երևան 0010, Հայաստան", "Bahnhofstraße 7, 8001 Zürich, Schweiz",
           "ул. Ленина, д. 15, кв. 42, Новосибирск 630004", "شارع الملك فهد، الرياض 12271، السعودية"]
PLACES = ["Port Marlow", "Old Harbor", "Little Saigon", "Eastgate", "Cedar Ridge", "Northshore", "Mill District",
          "Fairview Heights", "Tacoma", "Seattle", "Olympia", "Bellingham", "Spokane", "Portland, OR", "Vancouver, WA",
          "Gig Harbor", "Puyallup", "Bremerton", "Everett", "Federal Way", "Mount Rainier", "Snoqualmie Pass",
          "Lakewood", "Sumner", "Fife", "Ruston", "98402", "98405", "98421", "47.2529, -122.4443",
          "47.2488,-122.4419", "Hà Nội", "Ciudad de México", "Київ", "Coeur d'Alene", "Sedro-Woolley",
          "Port Marlow, WA", "Anchorage", "Honolulu"]
OFFICES = ["City Hall, 200 Civic Center Plaza", "Permit Center, 200 Civic Center Plaza, 2nd Floor",
           "Municipal Service Center, 3401 Industrial Pkwy", "Fire Station 4, 1112 Eastgate Blvd",
           "Old Harbor field office", "Northshore Library", "Port Marlow City Hall Annex (Bldg B)"]
PERMITS = ["BLD-2024-04417", "ELE-2024-01188", "MEC-24-0772", "PLB-2024-00931", "DEM-2024-0012", "ROW-24-0456",
           "SGN-2024-0219", "FNC-24-0318", "POOL-2024-0041", "ROOF-24-1187", "PV-2024-0663", "TEMP-24-088",
           "GRD-2024-0017", "TREE-24-0142", "BLD-2023-11902", "BLD24-05120", "ELE-24-1203 (service upgrade 200A)",
           "ADU-2024-0037", "BLD-2024-04417-R1", "#24-004417", "PLB24-1010", "MEC-2024-0801/0802"]
CASES = ["CE-24-01877", "ZBA-24-117", "VAR-24-022", "CUP-24-009", "HE-24-006", "SUB-24-004", "CE-2024-2231",
         "PC-24-031", "APL-24-002", "LUA-24-0150"]
PARCELS = ["APN 041-223-18", "Parcel 08-2231-004-000", "PIN 14-21-301-017-0000", "APN 5523-019-044",
           "Tax Lot 2N1E34CD 01200", "Block 112, Lot 7", "parcel #0220-14-3071", "APN 041-223-18 & -19 (merged)",
           "Lots 5–8, Block 3, Harbor View Addn.", "TPN 2008270040"]
ZONES = ["R-1", "R-1A", "R-2", "R-3", "RM-24", "C-1", "C-2", "CBD", "MU-N", "MU-C", "M-1", "M-2", "I-L", "OS",
         "PD-14", "R-2 w/ HP overlay", "C-2 / FP overlay", "TOD-2", "R-1 (SFR 7,200)", "UR-3"]
CODES = ["PMMC § 17.42.030(A)(1)", "§ 17.20.110(b)(3)", "Sec. 9-114(b)(3)", "PMMC 15.08.060(c)",
         "PMMC § 5.64.020(D)(2)(a)", "§ 12.24.040 (sidewalk cafés)", "Title 8, § 8.36.050(a)(1)–(4)",
         "Ord. No. 2024-17, § 3", "IBC 2021 § 1011.5.2", "IRC R311.7.8", "NEC 2023 210.8(A)(6)",
         "NFPA 101 § 7.2.1.5.10",
         "IFC 2021 § 503.2.1", "2010 ADA Standards § 405.2", "UPC 608.7", "RCW 19.27.031", "WAC 51-51-0314",
         "PMMC § 17.56.090(B)(4)(c)", "§§ 17.42.010–17.42.060", "PMMC 1.20.030(b)(1)", "Res. 2024-41, Exh. A",
         "IRC R105.2 item 2 (fences ≤ 7')", "PMMC § 5.48.070(a)(1)–(3)", "§ 17.36.040(C)(4)", "IECC R402.1.2"]
FEES = ["$1,245.00", "$85.00 re-inspection", "$312.50 + 4% tech fee", "$2,318.40 (incl. state surcharge $6.50)",
        "$150 + $12/employee", "$275/yr", "$3.50/sq ft/yr", "$0.00 (waived per Res. 2024-41)", "$47.25",
        "$18,960.00 (park impact fee, 2 units)", "$1,100 deposit (refundable)", "$95 + $1.25/sq ft", "$65 flat",
        "$4,480", "$612.75", "1.5× for expedited review", "$200 (≤ 500 attendees)", "$9,806.32", "$128"]
LICENSES = ["BL-2024-118832", "STR-24-00318", "FV-24-0091", "ALC-24-017", "SE-24-0033", "SWC-24-012",
            "HOL-24-0210", "BL-2023-117404 (renewal)", "STR-24-00402", "SE-24-0041", "TOW-24-003", "PDL-24-0007"]
INSPECTIONS = ["footing", "foundation", "underslab plumbing", "rough framing", "rough electrical", "rough mechanical",
               "insulation", "drywall nail", "shear wall", "final", "TCO", "fire final", "sewer lateral",
               "erosion control", "pool barrier", "solar PV final", "service upgrade", "tent", "sign", "re-roof"]
RESULTS = ["PASS ✅", "PARTIAL — correction notice left on site", "FAIL, re-inspection fee $85 applies",
           "CANCELLED (weather)", "NOT READY — no one on site", "APPROVED w/ conditions", "pass", "Failed: see notes",
           "PASS w/ 2 minor corrections (to be verified at final)", "cancelled by contractor"]
WHEN = ["tomorrow 8am", "Thu 10/17 @ 9:30", "today 1–3pm", "10/22 AM", "Wed 7:30 a.m.", "Fri 10/18 8:00 AM PDT",
        "next Monday", "Sat 10/26 9am–6pm", "this afternoon", "Fri before noon", "on the 21st", "at 0730",
        "between 12 and 12:45", "after the 2pm hearing"]
PHONES = ["(253) 555-0143", "253-555-0178", "+1 206 555 0117", "(360) 555-0192 ext. 4", "+84 90 555 0123",
          "+52 55 5555 0198", "+380 44 555 0147", "+252 61 555 0102", "+63 917 555 0164", "+82 10-5555-0136",
          "253.555.0111", "1-800-555-0100 opt. 3"]
TIMEZONES = ["America/Los_Angeles", "America/Los_Angeles", "America/Vancouver", "America/Denver", "America/Phoenix",
             "America/Chicago", "America/New_York", "Pacific/Honolulu", "America/Anchorage", "UTC",
             "America/Mexico_City", "Asia/Manila", "Asia/Ho_Chi_Minh", "Europe/Kyiv", "Africa/Mogadishu",
             "Asia/Seoul"]
EMOJI = [":rain_cloud:", ":umbrella_with_rain_drops:", ":construction:", ":building_construction:",
         ":white_check_mark:", ":x:", ":warning:", ":pray:", ":clipboard:", ":house:", ":triangular_flag_on_post:",
         ":sweat_smile:", ":thumbsup:", ":wind_blowing_face:", ":sunny:", "🌧️", "☔", "🏗️", "✅", "❌", "⚠️", "📋",
         "🙏", "👍", "😅", "🌬️", "🚧", "🇲🇽", "🇻🇳"]
LINKS = [
    "https://library.municode.com/wa/port_marlow/codes/code_of_ordinances?nodeId=TIT17ZO_CH17.42ACSTUS_17.42.030SE",
    "https://gis.portmarlow.gov/parcelviewer/?apn=041-223-18&zoom=19&layers=zoning,floodplain",
    "https://aca-prod.accela.com/PORTMARLOW/Cap/CapDetail.aspx?Module=Building&TabName=Building&capID1=24BLD"
    "&capID2=00000&capID3=04417&agencyCode=PORTMARLOW",
    "https://permits.portmarlow.gov/portal/inspections/schedule?permit=BLD-2024-04417&type=FOOTING",
    "https://www.portmarlow.gov/DocumentCenter/View/8812/FY2025-Master-Fee-Schedule-PDF",
    "https://portmarlow.legistar.com/LegislationDetail.aspx?ID=6712094&GUID=3A1F0C2E-77B4-4D5A-9E1B-0C2A4F6D8E11",
    "https://www.google.com/maps/place/4411+Alder+St,+Port+Marlow,+WA/@47.2488,-122.4419,18z",
    "https://codes.iccsafe.org/content/IRC2021P2/chapter-3-building-planning#IRC2021P2_Pt03_Ch03_SecR314",
    "https://forecast.weather.gov/MapClick.php?lat=47.2488&lon=-122.4419",
    "https://portmarlow.sharepoint.com/sites/PLI/Shared%20Documents/Checklists/Final%20Inspection%20-%20Residential"
    "%20(rev%202024-07).docx?web=1",
    "https://data.portmarlow.gov/resource/k7nx-2q9p.json?permit_type=Building&$limit=500&$order=issue_date%20DESC",
    "https://msc.fema.gov/portal/search?AddressQuery=4411%20Alder%20St%2C%20Port%20Marlow%2C%20WA#searchresultsanchor",
    "https://portmarlow.zoom.us/j/84512390017?pwd=bXlQc1ZhT2xOa0JQd0J6RmZpd3cxZz09",
    "https://seeclickfix.com/issues/16384452-junk-vehicles-in-yard",
    "https://www.lni.wa.gov/licensing-permits/contractors/hiring-a-contractor/"
    "verify-contractor-tradesperson-or-business",
    "https://secure.lni.wa.gov/verify/Detail.aspx?UBI=604112358&LIC=NGUYEBE881KS&SAW=",
    "https://www.portmarlow.gov/1187/Short-Term-Rentals?lang=es",
    "https://portmarlow.gov/FormCenter/Permits-Licensing-8/Special-Event-Application-112",
    "https://mrsc.org/explore-topics/planning/development-types-and-land-uses/accessory-dwelling-units",
    "https://www.weather.gov/sew/",
]
OFFICE_PHONE = "(253) 555-0100"

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %ADDR%", "weather %PLACE%", "weather in %PLACE% tomorrow", "weather %PLACE% please",
    "weather at %ADDR%", "weather %ADDR% %EMOJI%", "weather for %PLACE% this afternoon", "weather", "weather",
    "wether %PLACE%", "weahter %ADDR%", "weather %PLACE%?", "Weather near %ADDR% tomorrow", "weather %PLACE% now",
    "weather %PLACE% - footing pour %WHEN%", "weather %ADDR% (%PERMIT% roof final)", "weather %PLACE% this weekend",
    "remember location %OFFICE%", "remember location %ADDR%", "remember location %PLACE%",
    "remember location %PLACE% please", "Remember location %OFFICE%", "my location", "forget location", "help",
    "config", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%",
    "config units imperial", "config units metric", "config unit imperial", "alerts on", "alerts off", "alerts",
    "login", "Login", "forget me", "help pls", "hi Jeeves 👋", "thanks!", "gracias 🙏", "cảm ơn", "what can you do?",
    "is it going to rain at %ADDR% %WHEN%?", "config alert_time 6:45", "config timezone Pacific", "weather 98402",
    "can we pour concrete at %ADDR% %WHEN%? need 40°F+", "alerts on please", "config units Imperial",
]
CHAT = [
    "%PERMIT% %INSP% inspection at %ADDR% %WHEN% — %CONTRACTOR% says forms & rebar are set %EMOJI%",
    "Plan review comments sent for %PERMIT% (%ADDR%, %PARCEL%, zoned %ZONE%). Main issue: %CODE%",
    "%WHO% can you cover my %INSP% inspections in %PLACE% %WHEN%? I'm at the ZBA hearing all morning",
    "Applicant %RESIDENT% asked why the fee on %PERMIT% is %FEE% — walked them through the FY25 schedule",
    "Call from %RESIDENT% (%ADDR%) re: the neighbor's fence. %CODE% caps side-yard fences at 6' (72\")",
    "Business license %LICENSE% for %BUSINESS% is approved; fire sign-off still pending %EMOJI%",
    "Counter closes at 4:30 today — Accela upgrade tonight 6pm–11pm, no online scheduling until 7am",
    "STR complaint on %ADDR% (%PARCEL%): registration %LICENSE% lapsed 9/30, three new listings this month",
    "Stop-work order posted at %ADDR% 10:42am — work without permit, %CODE%. Photos are in the case folder",
    "%RESIDENT% filed a variance: 3' rear setback reduction in %ZONE%. Hearing %WHEN%, notices to the 300' radius",
    "Refund approved for %PERMIT%: %FEE% less 20% admin per %CODE%",
    "%INSP% inspection %PERMIT% @ %ADDR%: %RESULT%",
    "Re-inspection requested for %PERMIT% %WHEN%. Contractor: %CONTRACTOR%, %PHONE%",
    "%WHO% is %ADDR% in the floodplain overlay? GIS says %ZONE% but the 2019 FIRM panel disagrees",
    "Heads up: wind advisory %WHEN%, all tent/temporary structure inspections on hold %EMOJI%",
    "Owner of record for %PARCEL% lives abroad — mailing address on the tax roll: %MAILING%",
    "Special event %LICENSE%: %BUSINESS%, ~2,500 expected, Main St closed 3rd–5th Ave %WHEN%",
    "Does anyone have the stamped set for %PERMIT%? Laserfiche only shows Sheet A2.1 rev 1",
    "Fee estimate for %RESIDENT%: building %FEE%, plan review 65%, plus state surcharge $6.50. OK to send?",
    "Pre-app %WHEN% for %ADDR%: ADU over the garage, %ZONE%, lot 5,200 sq ft, max height 24'",
    "Code enforcement case %CASE% closed — %RESIDENT% removed the unpermitted carport ✅",
    "Sidewalk café renewal for %BUSINESS%: 6 tables, 180 sq ft × $3.50 = $630/yr",
    "pls remind me: ROW permit for %CONTRACTOR% at %ADDR%, lane closure 9a–3p, flaggers required",
    "Electrical final on %PERMIT% failed: no AFCI on the bedroom circuits (NEC 210.12), panel directory incomplete",
    "%WHO% the Accela record for %PERMIT% has the wrong parcel (%PARCEL%) — can you fix it before the CO?",
    "Temporary CO for %ADDR% expires %WHEN%; landscaping bond of %FEE% is posted",
    "Hearing examiner decision on %CASE% is out: approved w/ 4 conditions. Appeal window is 14 days (%CODE%)",
    "Walk-in at the counter: %RESIDENT%, needs a Tagalog interpreter for a home-occupation license",
    "%CONTRACTOR% wants to start at 6:30am on %ADDR% — noise ordinance says 7am weekdays (%CODE%)",
    "anyone know if a 120 sq ft shed needs a permit in %ZONE%? owner says Home Depot told them no",
    "Dog license %LICENSE% renewal for %RESIDENT% — senior discount 50%, paid %FEE%",
    "Backflow test report for %BUSINESS% overdue since 8/31, second notice going out %WHEN%",
    "Zoning verification letter for %PARCEL% requested by the lender, rush fee %FEE%",
    "%WHO% %WHO% inspection requests for %WHEN% are at 41 already, can someone take District 6?",
    "FYI %CODE% was amended by Ord. No. 2024-17 — ADUs no longer need an off-street parking space",
    "El Sr. %RESIDENT% pregunta por la inspección final del permiso %PERMIT% — ¿alguien le puede llamar al %PHONE%?",
    "La Sra. %RESIDENT% necesita el formulario de licencia de negocio en español, ¿lo tenemos actualizado?",
    "Anh %RESIDENT% gọi hỏi về giấy phép %PERMIT% tại %ADDR%, cần thông dịch tiếng Việt",
    "申请人 %RESIDENT% 询问 %PERMIT% 的审批进度，地址：%ADDR%",
    "Заявитель %RESIDENT% спрашивает, когда будет финальная инспекция по %PERMIT%",
    "Заявниця %RESIDENT% просить перенести інспекцію %PERMIT% на четвер, 17 жовтня",
    "المتقدم %RESIDENT% يسأل عن رخصة العمل %LICENSE% ويحتاج إلى مترجم عربي",
    "Codsadaha %RESIDENT% wuxuu weydiinayaa shatiga %LICENSE%; wuxuu u baahan yahay turjumaan Soomaali",
    "Tumawag si %RESIDENT% tungkol sa permit %PERMIT%, kailangan ng interpreter sa Tagalog",
    "신청인 %RESIDENT% 님이 %PERMIT% 검사 일정을 문의했습니다 (10월 17일 오전)",
    "%RESIDENT% rele pou pèmi %PERMIT% — li pale kreyòl sèlman, kiyès ki ka ede?",
    "Դիմորդ %RESIDENT%-ը հարցնում է %PERMIT% թույլտվության մասին",
]
LONG_MESSAGES = [
    "Final inspection — %PERMIT%, %ADDR%\n☑ smoke/CO alarms interconnected (IRC R314.4, R315.5)\n"
    "☑ stair handrail 34\"–38\" above the nosings\n☐ deck guard: 36\" required, measured 34½\"\n"
    "☐ address numbers ≥ 4\" high, contrasting, visible from the street (IFC 505.1)\n"
    "☑ water heater strapped in the upper & lower 1/3\nResult: PARTIAL, correction notice left with the owner. "
    "Re-inspect %WHEN%",
    "Fee estimate %PERMIT% (valuation $186,400):\n• Building permit ........ $1,912.35\n"
    "• Plan review (65%) ...... $1,243.03\n• Tech surcharge 4% ......... $126.22\n"
    "• State bldg code fee ........ $6.50\n"
    "• Park impact (1 ADU) ..... $4,480.00\nTotal: $7,768.10 — card (2.35% convenience fee) or check payable to "
    "\"City of Port Marlow\"",
    "%CODE% reads: \"No accessory structure shall be located within five (5) feet of any side or rear lot line, "
    "except as provided in subsection (b)(2).\" So the shed at %ADDR% has to move about 2'.",
    "ZBA 10/24 agenda (draft):\n1) %CASE% — %RESIDENT%, %ADDR% — rear setback variance (%ZONE%)\n"
    "2) %CASE% — %BUSINESS% — CUP for outdoor seating, § 17.36.040(C)(4)\n3) Approval of minutes, 9/26\n"
    "4) Staff report: Ord. No. 2024-17 (ADU parking), effective 11/1\nPublic comment: 3 min/speaker, sign-up sheet "
    "at the door",
    "Route for %WHEN% (District 4):\n08:00 %ADDR% — %INSP% (%PERMIT%)\n09:15 %ADDR% — %INSP%\n"
    "10:30 %ADDR% — final + TCO walk\n13:00 %ADDR% — pool barrier (self-closing gate, latch ≥ 54\")\n"
    "14:30 %ADDR% — %INSP%\nCall me if the 08:00 gets rained out %EMOJI%",
    "New food truck license checklist for %BUSINESS%:\n- County health permit (copy) ✔\n"
    "- Fire inspection: propane ≤ 2 × 20 lb cylinders, K-class extinguisher\n- Commissary letter\n"
    "- Insurance $1M/$2M, City named as additional insured\n- Fee $275 + $50 fire inspection\n"
    "Vending only where § 5.48.070(a)(1)–(3) allows it: 300' from brick-and-mortar restaurants",
    "Forwarded from %RESIDENT%:\n> Hello, I applied for my fence permit on Sept 3 (%PERMIT%) and haven't heard back.\n"
    "> The contractor is waiting & the posts are already in.\n> Can someone please call me at %PHONE%? Thank you!!\n"
    "Can whoever is on counter duty take this one?",
    "Hola equipo,\n%CONTRACTOR% confirma la inspección de cimientos para el jueves a las 8:00 en %ADDR%.\n"
    "Permiso: %PERMIT% · Parcela: %PARCEL% · Zona: %ZONE%\nSi llueve más de 0.25\" la reprogramamos. ¡Gracias!",
    "Ghi chú cuộc gọi:\n- Người nộp đơn: %RESIDENT%\n- Địa chỉ: %ADDR%\n- Giấy phép: %PERMIT% (sửa mái nhà)\n"
    "- Hỏi về phí kiểm tra lại $85\nĐã giải thích bằng tiếng Việt, khách hài lòng 👍",
    "Notice of Violation draft — %CASE%\nProperty: %ADDR% (%PARCEL%), zoned %ZONE%\n"
    "Violation: %CODE% — three inoperable vehicles visible from the right-of-way\n"
    "Corrective action: remove or screen within 30 days of this notice\n"
    "Penalty: $250/day after %WHEN% per PMMC 1.20.030(b)(1)\n%WHO% can you review before I mail it "
    "(certified + first class)?",
    "%PERMIT% PV final @ %ADDR%:\n• 9.6 kW DC, 24 × 400 W modules, microinverters\n"
    "• rapid shutdown label at the service (NEC 690.56(C)) ✔\n• 3' fire access pathways at ridge/eaves ✔\n"
    "• utility interconnection form signed ✔\nPASS. The utility can set the net meter.",
    "Special event %LICENSE% — \"Harvest on Main\" — Sat 10/26 9am–6pm\nTents: 14 × (10'×10'), 2 × (20'×40') — "
    "the 20×40s need a tent permit + inspection\nGenerators ≥ 20' from tents, no LPG inside\n"
    "Street closure: Main St 3rd–5th Ave, barricades by Public Works\nWeather hold if gusts > 25 mph %EMOJI%",
    "Counter stats, week of 10/7:\nWalk-ins: 212 (EN 131 · ES 38 · VI 19 · ZH 9 · RU/UK 8 · SO 4 · other 3)\n"
    "Permits issued: 87 | Licenses: 41 | Refunds: 3\nAvg. wait: 14 min (goal < 15) 🎉",
    "Minutes — plan review huddle 10/15\n* %PERMIT%: structural calcs missing for the 24' glulam beam; "
    "resubmittal #2 requested\n* %PERMIT%: fire sprinkler deferred submittal OK'd (NFPA 13R)\n"
    "* %PERMIT%: landscape plan doesn't meet 15% canopy (%CODE%) — planner to call %RESIDENT%\n"
    "Action items → %WHO% (calcs), %WHO% (canopy)",
    "Heads-up on the new fee schedule (Res. 2024-41, eff. 1/1/2025):\n- Re-inspection: $85 → $95\n"
    "- STR registration: $275 → $300/yr\n- Sign permits: $95 + $1.25/sq ft (unchanged)\n"
    "- Special events ≤ 500 people: $200; 501–2,500: $450; > 2,500: $900 + police/fire cost recovery\n"
    "Questions → %WHO%",
    "Заметки по звонку (%RESIDENT%):\n1. Разрешение %PERMIT% на перепланировку\n2. Просит инспекцию в пятницу утром\n"
    "3. Телефон: %PHONE%\nОбъяснил по-русски, всё понятно.",
    "Checklist — tent inspection %LICENSE% (%BUSINESS%)\n[x] flame-resistance certificate on site (NFPA 701)\n"
    "[x] anchoring: 4 × 36\" stakes per leg or 600 lb ballast\n[ ] exit signs at both 10' openings\n"
    "[ ] 2A:10BC extinguisher within 75' travel\nStatus: pending corrections, back at 4pm",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    "Port Marlow, United States: light rain, 11°C, wind 19 km/h; today 8°C to 13°C, 80% chance of precipitation",
    "Port Marlow, United States: overcast, 52°F, wind 9 mph; today 47°F to 56°F, 40% chance of precipitation",
    "Tacoma, United States: fog, 9°C, wind 4 km/h; today 7°C to 15°C, 10% chance of precipitation",
    "Gig Harbor, United States: partly cloudy, 58°F, wind 12 mph; today 49°F to 61°F, 15% chance of precipitation",
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "I could not find a place called \u201c%ADDR%\u201d.", "Daily weather alerts are off.",
    "Daily weather alerts are on, every day at 06:45 (America/Los_Angeles).",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "Saved. Your settings:\n• alert_time: 06:30\n• alerts: on\n• timezone: America/Los_Angeles\n• units: imperial\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
    "Sorry: timezone must be an IANA name, e.g. Europe/Paris.",
    "Sorry: alert_time must be HH:MM (24h), e.g. 07:30.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
]
SEARCH_Q = ["Nguyễn", "hernandez", "@portmarlow.gov", "O'Brien", "inspector", "warsame", "Kowalczyk", "pli",
            "Oksana", "U04", TEAM, FIRE_TEAM, "d'angelo", "Ó Súilleabháin", "García Márquez", "marisol.h",
            "Trần", "kealoha", "st. pierre", "fire", "Al-Amin", "code enforcement"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "login", "login.slack",
           "feature.set", "feature.remove_override", f"weather@{FIRE_TEAM}", "admin.map_slack", "user.forget_me",
           "account.totp_enable", "accela-sync", "marisol.hernandez", "denied", "failed"]
ADMINS = ["pli.admin", "marisol.hernandez", "it-helpdesk", "deshawn.washington", "break-glass", "kenji.obrien"]
CLIENT_DESCRIPTIONS = [
    ("accela-sync", "Accela Civic Platform → Jeeves inspector roster sync, hourly (read-only)"),
    ("gis-parcels", "ArcGIS Online parcel layer refresh — APN/zoning lookups for field staff"),
    ("powerbi-pli", "Power BI: inspections cancelled for weather, per district (D1–D7)"),
    ("laserfiche.records", "Laserfiche records retention export, nightly 01:30 PT"),
    ("opengov:licensing", "OpenGov licensing portal ↔ Slack renewal reminders (30/15/5 days)"),
    ("ivr-inspections", "IVR inspection line (English / Español / Tiếng Việt) — reads alert settings"),
    ("ci-gitlab", "GitLab CI: smoke test after each deploy (read)"),
    ("311-bridge", "311 / SeeClickFix → code enforcement routing; owner: Marisol Hernández"),
    ("data-portal", "Open data portal export (Socrata), permits dataset k7nx-2q9p"),
    ("fire-marshal", "Fire Prevention Bureau: special-event tent permits & weather holds"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 "
    "Edg/129.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36 "
    "Edg/129.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 "
    "Edg/128.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:131.0) Gecko/20100101 Firefox/131.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.70 Mobile "
    "Safari/537.36",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; SM-T638U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
]
LANGS = ["en-US,en;q=0.9", "en-US,en;q=0.9", "en-US,en;q=0.5", "es-US,es;q=0.9,en;q=0.8", "es-419,es;q=0.9,en;q=0.8",
         "vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "zh-CN,zh;q=0.9,en;q=0.8", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
         "tl-PH,tl;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "uk-UA,uk;q=0.9,en;q=0.8",
         "so,en-US;q=0.9,en;q=0.8", "en-US", "hy-AM,hy;q=0.9,en;q=0.8", "en-GB,en;q=0.9"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.10.1", "curl/7.81.0", "Go-http-client/2.0",
              "okhttp/4.12.0", "Apache-HttpClient/4.5.14 (Java/17.0.12)", "axios/1.7.7", "PostmanRuntime/7.42.0",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-US) WindowsPowerShell/5.1.17763.6414",
              "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.20348; en-US) PowerShell/7.4.5",
              "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)"]
API_CLIENTS = [c for c, _ in CLIENT_DESCRIPTIONS]
STAFF_NAMES = ["Marisol Hernández – Code Enforcement", "Nguyễn Thị Thu (Permit Tech II)", "Kenji O'Brien-Tanaka, CBO",
               "Abdirahman Warsame | Licensing", "Oksana Kovalenko (Оксана)", "DeShawn Washington, Sr. Bldg Inspector",
               "Fatima Al-Amin (Zoning)", "Grzegorz Kowalczyk – Electrical Insp.", "Ximena Castillo-Ruiz",
               "Siobhan Ó Súilleabháin", "Tuấn Trần, P.E.", "Mary Beth St. Pierre (Special Events)",
               "Kalani Kealoha", "Chayton Begay — GIS", "Jae-eun Kim (김재은)", "Renée D'Angelo, AICP"]


HEALTH_UAS = ["kube-probe/1.29", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
              "Mozilla/5.0 (compatible; PRTG Network Monitor (www.paessler.com); Windows)",
              "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "curl/8.10.1"]
META_UAS = ["Python-urllib/3.12", "Go-http-client/2.0", "curl/8.10.1",
            "lua-resty-http/0.17.1 (Lua) ngx_lua/10026", "okhttp/4.12.0",
            "Apache-HttpClient/4.5.14 (Java/17.0.12)"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients",
               "/admin/audit", "/admin/account", "/admin/slack-sign-in", "/admin/login",
               "/admin/users?done=user_updated&q=&page=1", "/admin/features?done=switch_updated",
               "/admin/clients?done=client_disabled", "/admin/login?bye=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/features", "/admin/audit?q=login",
              "/admin/users?q=hern%C3%A1ndez", "/admin/clients"]
PHRASE_WORDS = ["harbor", "cedar", "permit", "rainier", "alder", "ferry", "zoning",
                "lighthouse", "salmon", "madrona"]
UNTIL = ["2024-10-15T14:00:00Z", "2024-10-15", "2024-10-15T07:00:00-07:00"]


class PermitsOffice(EvaluatorDay):
    """Port Marlow PLI: its staff, and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token, base = VERIFY_TOKEN, BASE
    record_sub, client_id_after = True, "scope"
    alert_hours, alert_minutes = (5, 6, 6, 6, 7, 7, 8, 12, 16, 17), ("00", "15", "30", "45", "40")
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, langs = API_CLIENTS, SCRIPT_UAS, LANGS
    bearer_rate, script_encoding_rate = None, 0.5
    oauth_charset, oauth_scopes = "; charset=utf-8", ("read", "read write", "write", "read")
    verify_uas = [*SCRIPT_UAS[:6], "lua-resty-http/0.17.1 (Lua) ngx_lua/10026"]
    health_uas, meta_uas, meta_roll_first, meta_browser_rate = HEALTH_UAS, META_UAS, True, 0.25
    # /jeeves and the buttons
    partner_team, partner_domain = FIRE_TEAM, "pm-fire-prevention"
    command_partner_rate, command_quote_rate = 0.08, None
    # /me/ and signing in
    timezones, oidc_error_rate, unfurl_range, signin_referer = TIMEZONES, 0.12, False, True
    me_json_accept, me_multipart_rate, me_units, me_alerts_first = False, None, ("imperial", "imperial", "metric"), True
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, uas_desktop, feature_teams = PHRASE_WORDS, UAS_DESKTOP, (FIRE_TEAM, FIRE_TEAM.lower(), TEAM)
    admin_rolls, account_rolls = (0.2, 0.3, 0.46, 0.56, 0.65, 0.75, 0.86, 0.92), (0.3, 0.65, 0.82, 0.92)
    audit_page, search_referer_q, user_ids, enabled_last = (2, 4), True, (1, 380), True
    login_post_referer, password_length, phrase_rate, phrase_suffix = BASE + "/admin/login", (16, 28), 0.25, (10, 99)
    css_encoding, css_cookie = None, True
    # the data API
    list_scope, limit_rate, limits = ("read", "read write"), 0.75, ("50", "100", "200", "500", "25")
    offsets, filter_teams, shuffle_filters = (0, 50, 100, 200, 250, 500), (TEAM, FIRE_TEAM), False
    patch_names, patch_units, patch_active_rate = STAFF_NAMES, ("imperial", "imperial", "metric"), 0.4
    patch_types = ("application/json", "application/json", "application/json; charset=utf-8",
                   "application/merge-patch+json")
    patch_ascii_rate, until_choices, switch_enabled_rate = 0.35, UNTIL, 0.65
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|portal", "|here", "|GIS", "|code", "|this")
    long_rate, emoji_rate, link_tails = 0.15, 0.2, (" %LINK%", "\n%LINK%", " (%LINK%)", " — link: %LINK%")
    user_first, parents_of_mentions, blocks_rate = True, True, 0.85
    dm_command_rate, dm_partner_rate, edit_command_rate, one_ts = 0.72, 0.08, 0.5, True
    edit_suffixes = (" (edit: wrong permit #)", "*", " — sorry, meant Eastgate", "", " (corrected address)")
    home_team_first, home_view_rate = True, 0.6

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(140):
            first, last = self.pick(FIRST), self.pick(LAST)
            ascii_first = "".join(c for c in _ascii(first).lower() if c.isalnum()) or "staff"
            ascii_last = "".join(c for c in _ascii(last).lower() if c.isalnum()) or "pli"
            handle = f"{ascii_first}.{ascii_last}" + (str(i % 7 + 2) if i % 11 == 0 else "")
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                                "email": f"{handle}@portmarlow.gov", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "permit-counter", "inspections-field", "zoning", "licensing", "code-enforcement", "plan-review",
            "special-events", "pli-general", "random", "fire-prevention", "row-permits", "str-compliance",
            "district-4-inspectors", "interpreters")]
        self.dms = [self.sid("D0", 9) for _ in range(50)]

    # ---- texts and the App Home view ----------------------------------------------------------------------------
    def home_view(self, team: str) -> dict[str, Any]:
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH}.{self.token(6)}", "title": {
                    "type": "plain_text", "text": "View Title", "emoji": True},
                "blocks": [{"type": "header", "block_id": "h1", "text": {
                    "type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                    {"type": "section", "block_id": "s1", "text": {
                        "type": "mrkdwn", "text": f"*Location:* {self.pick(OFFICES)}\n*Units:* imperial"
                                                  "\n*Daily alert:* on at 06:30 (America/Los_Angeles)",
                        "verbatim": False}}],
                "app_id": APP_ID, "bot_id": BOT_ID, "state": {"values": {}}}

    def fill(self, text: str) -> tuple[str, str]:
        """The text as Slack delivers it (escaped, mentions and links in <...>) and as the person typed it."""
        pools = {"%ADDR%": ADDRESSES, "%PLACE%": PLACES, "%PERMIT%": PERMITS, "%PARCEL%": PARCELS, "%ZONE%": ZONES,
                 "%CODE%": CODES, "%FEE%": FEES, "%WHEN%": WHEN, "%RESIDENT%": RESIDENTS, "%BUSINESS%": BUSINESSES,
                 "%LICENSE%": LICENSES, "%CONTRACTOR%": CONTRACTORS, "%INSP%": INSPECTIONS, "%RESULT%": RESULTS,
                 "%EMOJI%": EMOJI, "%TZ%": TIMEZONES, "%OFFICE%": OFFICES, "%PHONE%": PHONES, "%MAILING%": MAILING,
                 "%CASE%": CASES}
        return self.markup(self.substitute(self.substitute(text, pools), {"%HHMM%": self.hhmm}))

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def rich_text(self, raw: str) -> list[dict[str, Any]]:
        elements: list[dict[str, Any]] = []
        rest = raw
        if rest.startswith("@Jeeves "):
            elements.append({"type": "user", "user_id": BOT_USER})
            rest = rest[len("@Jeeves"):]
        for link in self.links:
            head, sep, tail = rest.partition(link)
            if not sep:
                continue
            if head:
                elements.append({"type": "text", "text": head})
            elements.append({"type": "link", "url": link})
            rest = tail
        if rest:
            elements.append({"type": "text", "text": rest})
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(self.channels)
        if self.chance(0.5):
            slack, raw = self.command_text()
            slack, raw = f"<@{BOT_USER}> {slack}", f"@Jeeves {raw}"
        else:
            slack, raw = self.chat_text()
            if self.chance(0.6):
                slack, raw = f"<@{BOT_USER}> {slack}", f"@Jeeves {raw}"
            else:
                tail = self.pick([" cc ", " — ", " ", "\n"])
                slack, raw = f"{slack}{tail}<@{BOT_USER}> weather?", f"{raw}{tail}@Jeeves weather?"
        return self.record("slack", "json", self.event_request(self.message(slack, raw, cid, True)))

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(FILES)
        slack, raw = self.fill(self.pick(["", "", "photos from %ADDR%", "here's the checklist for %PERMIT%",
                                          "site plan — can you remember this location? %ADDR%",
                                          "correction notice for %PERMIT%, pls file", "weather %PLACE%",
                                          "from the counter: %RESIDENT% dropped this off"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
                "heic": "image/heic", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "dwg": "application/acad", "zip": "application/zip", "mov": "video/quicktime"}.get(ext, "text/plain")
        fid = self.sid("F0", 9)
        safe = urllib.parse.quote(name.replace(" ", "_"))
        event["files"] = [{"id": fid, "created": EPOCH + 300, "timestamp": EPOCH + 300, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "user_team": TEAM, "editable": False, "size": self.rng.randint(40_000, 9_000_000),
                           "mode": "hosted", "is_external": False, "external_type": "", "is_public": False,
                           "public_url_shared": False, "display_as_bot": False, "username": "",
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{safe}",
                           "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{safe}",
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/{safe}",
                           "is_starred": False, "has_rich_preview": False, "file_access": "visible"}]
        return self.shared_file(event)

    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        link = self.pick(LINKS)
        lead = self.pick(["weather here tomorrow?", "is this the right parcel?", "fyi", "", "see"])
        slack = f"{lead} <{slack_escape(link)}>".strip()
        self.links = [link]
        old = self.message(slack, f"{lead} {link}".strip(), channel, False)
        host = urllib.parse.urlsplit(link).hostname or "portal"
        service = {"library.municode.com": "Municode Library", "gis.portmarlow.gov": "Port Marlow GIS",
                   "www.google.com": "Google Maps", "forecast.weather.gov": "National Weather Service",
                   "portmarlow.legistar.com": "Legistar"}.get(host, host.removeprefix("www."))
        title = self.pick([f"Port Marlow, WA Code of Ordinances — {self.pick(CODES)}",
                           f"Parcel {self.pick(PARCELS)} · {self.pick(ADDRESSES)}",
                           f"Record {self.pick(PERMITS)}: {self.pick(INSPECTIONS).title()} — Issued",
                           "7-Day Forecast 47.25N 122.44W", f"{self.pick(ADDRESSES)} · Google Maps",
                           "File #: 2024-0617, Version: 1 — An Ordinance amending Title 17 (ADUs)"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "title": title, "title_link": link, "fallback": f"{service}: {title}",
                               "text": self.pick(["", "Zoning: " + self.pick(ZONES) + " · Lot area: 6,250 sq ft",
                                                  "Tonight: Rain likely. Low around 46. South wind 8 to 13 mph.",
                                                  "Status: Issued · Expires 04/14/2025 · Fees paid: $1,245.00"])}]
        ts = self.ts()
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                  "event_ts")},
                 "event_ts": ts, "ts": ts, "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_bot_echo(self) -> dict[str, Any]:
        slack, _ = self.fill(self.pick(BOT_REPLIES))
        ts = self.ts()
        event: dict[str, Any] = {"bot_id": BOT_ID, "type": "message", "text": slack, "user": BOT_USER, "ts": ts,
                                 "app_id": APP_ID, "team": TEAM, "channel": self.pick(self.dms), "event_ts": ts,
                                 "channel_type": "im",
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves",
                                                 "updated": EPOCH - 86400 * 40, "app_id": APP_ID, "team_id": TEAM,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-08-02/"
                                                                       "7512345678901_3f9c2a_36.png"}}}
        if self.chance(0.25):
            event["subtype"] = "bot_message"
        if "chance of precipitation" in slack and self.chance(0.7):
            place = self.pick(PLACES)
            event["blocks"] = self.weather_blocks(slack, place, says_verbatim=True)
        if self.chance(0.15):
            event["metadata"] = {"event_type": "jeeves_delivery",
                                 "event_payload": {"key": f"weather_alert:{self.rng.randint(1, 400)}:2024-10-15"}}
        return self.record("slack", "json", self.event_request(event))

    # ---- Slack: /jeeves and button clicks -------------------------------------------------------------------
    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        in_dm = self.chance(0.55)
        cid, cname = (self.pick(self.dms), "directmessage") if in_dm else self.pick(self.channels)
        roll = self.rng.random()
        forget_text = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
                       "history. It cannot be undone.")
        if roll < 0.74:
            value = self.fill(self.pick(["%ADDR%", "%PLACE%", "%PLACE%", "%OFFICE%"]))[1]
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(3)[:5], "value": value,
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "type": "button", "action_ts": self.ts()}
            shown = f"{value}: light rain, 52°F, wind 11 mph; today 46°F to 55°F, 70% chance of precipitation"
            ephemeral = not in_dm and self.chance(0.6)
        else:
            confirm = roll < 0.87
            action = {"action_id": "forget_me_confirm" if confirm else "forget_me_cancel",
                      "block_id": self.token(3)[:5], "value": "-", "type": "button", "action_ts": self.ts(),
                      "text": {"type": "plain_text", "text": "Yes, forget me" if confirm else "Cancel",
                               "emoji": True}}
            if confirm:
                action["style"] = "danger"
            shown, ephemeral = forget_text, True
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": person["id"], "username": person["handle"], "name": person["handle"], "team_id": TEAM},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": ephemeral},
            "trigger_id": self.trigger(),
            "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False,
            "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", TEAM),
            "actions": [action]}
        if not ephemeral:
            payload["message"] = {"user": BOT_USER, "type": "message", "ts": msg_ts, "bot_id": BOT_ID,
                                  "app_id": APP_ID, "text": shown, "team": TEAM,
                                  "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                              "text": {"type": "mrkdwn", "text": shown, "verbatim": False}},
                                             {"type": "actions", "block_id": action["block_id"],
                                              "elements": [{k: v for k, v in action.items() if k not in (
                                                  "block_id", "action_ts")}]}]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.5),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- its browsers' cookies, its scripts' dates and tracing --------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("_ga_" + self.sid("", 10), f"GS1.1.{EPOCH - 3600}.4.1.{EPOCH - 600}.0.0.0"))
        if self.chance(0.1):
            jar.append(("googtrans", self.pick(["/en/es", "/en/vi", "/en/zh-CN", "/en/ru"])))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-10-{day:02d}T00:00:00Z", f"2024-10-{day:02d}",
                f"2024-10-{day:02d}T07:00:00-07:00",
                f"2024-09-{day + 16:02d}T00:00:00.000Z", f"2024-10-{day:02d}T00:00:00+00:00"]

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if "Mashup" in ua:
            h["Accept"] = "*/*"
        if self.chance(0.2):
            h["traceparent"] = self.traceparent()
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gitlab-{self.rng.randint(10**8, 10**9)}",
                                           f"accela.sync.{self.hexs(12)}"])

    # ---- browsers ---------------------------------------------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False, mobile: bool | None = None) -> dict[str, str]:
        mobile = self.chance(0.3) if mobile is None else mobile
        ua = self.pick(UAS_MOBILE if mobile else UAS_DESKTOP)
        chromium = "Chrome/" in ua
        accept = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
                  "application/signed-exchange;v=b3;q=0.7" if chromium else
                  "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
        h = {"User-Agent": ua, "Accept": accept, "Accept-Language": self.pick(LANGS),
             "Accept-Encoding": "gzip, deflate, br, zstd" if chromium else "gzip, deflate, br",
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if chromium:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            major = ua.split("Chrome/")[1].split(".")[0]
            h["sec-ch-ua"] = f'"{brand}";v="{major}", "Not=A?Brand";v="8", "Chromium";v="{major}"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = self.ch_platform(ua)
        if referer:
            h["Referer"] = referer
        if form:
            h["Origin"] = "null"  # the pages' Referrer-Policy is no-referrer: browsers send Origin: null
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Cache-Control"] = "max-age=0"
            h["Sec-Fetch-Site"] = "same-origin"
        if self.chance(0.06):
            h["DNT"] = "1"
        if self.chance(0.05):
            h["X-Forwarded-For"] = self.pick(["10.40.12.57", "172.20.3.118", "10.40.9.201, 172.16.0.4"])
        return h

    # ---- /me/ ---------------------------------------------------------------------------------------------------
    def me_place(self) -> str:
        return self.fill(self.pick(["%ADDR%", "%PLACE%", "%OFFICE%", "%PLACE%", "%ADDR%, Port Marlow"]))[1]


FILES = ["Final_Inspection_Checklist_BLD-2024-04417.pdf", "IMG_4481.HEIC", "site plan - 4411 Alder (rev 2).pdf",
         "Fee_Estimate_PV-2024-0663.xlsx", "Variance_App_VAR-24-022_Nguyễn.pdf", "STR_Registration_Form_ES.pdf",
         "Red tag photo 10-15.jpg", "Stamped plans_Sheet A2.1.pdf", "Certificate of Occupancy - 1200 Harbor Blvd.pdf",
         "Business License Renewal – Taquería El Güero #2.pdf", "ZBA Agenda 10-24-2024.docx",
         "Truss calcs (engineer stamped).pdf", "Correction Notice #3.pdf", "tent_layout_Harvest-on-Main.dwg",
         "IMG_20241015_081412.jpg", "Giấy phép xây dựng - bản dịch.pdf", "申请表_营业执照.pdf",
         "Заявление_Коваленко.pdf",
         "Backflow test 2024 (Sunrise Bakery).pdf", "photos_88half_Water_St.zip", "walkthrough.MOV"]

PLAN: list[tuple[str, int]] = [
    ("slack_dm", 285), ("slack_mention", 170), ("slack_edit", 28), ("slack_deleted", 9), ("slack_file", 28),
    ("slack_unfurl", 20), ("slack_bot_echo", 42), ("slack_home", 30), ("slash_command", 280), ("button_click", 110),
    ("api", 245), ("admin", 145), ("me", 105), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    return planned(PermitsOffice(), PLAN, first="slack_verification")


def kinds() -> Counter[str]:
    """Requests per endpoint kind (for the report)."""
    return Counter(rec["sub"] for rec in benign())


if __name__ == "__main__":
    print_records(attacks(), benign())
