"""Benign evaluation set (sixtysecond): a civil engineering consultancy's daily traffic through the edge, benign only.

The company is Brennan Achterberg Partnership (BAP), consulting civil, structural and geotechnical engineers with
offices in Leeds, Glasgow, Cork, Rotterdam, Gdańsk and Toronto. Its site engineers, designers, CAD technicians,
geotechnical staff and project managers use Jeeves mostly to check the weather before concrete pours, crane lifts,
piling and surveys, and they talk to it the way they talk to each other: drawing numbers with revisions (C-101
Rev B, ISO 19650 names), loads and stresses in kN/m², kNm and N/mm², survey coordinates, grid references and levels
in m AOD or NAP, concrete mixes (C32/40 XC4/XF1), rebar and steel sections, standards by clause (EN 1992-1-1
cl. 6.2.3), RFIs, change orders and NCRs, site diary notes, cube results, AGS and setting-out extracts, Excel
formulas, Excel and CAD file names, mapped drive paths, and long links into SharePoint, ACC, Aconex and map portals.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves`
slash commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API
(users list/read/patch, usage stats, switches), the admin panel, `/me/`, Sign in with Slack and its one-time
links, TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls, and adds the message
events the shared modules lack (a file share, a link unfurl, Jeeves' own reply echoed back).
"""

from __future__ import annotations

import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_sixtysecond"
SEED = 62_2024_0912
EPOCH = 1726117200  # 2024-09-12 05:00 UTC (06:00 in Leeds), a Thursday: two pours and a crane lift on the board
TEAM, TEAM_DOMAIN = "T05BAPENG7", "bap-eng"
PARTNER_TEAM = "T08RTMJV42"  # the Rotterdam quay-wall joint venture's own workspace
APP_ID, BOT_USER, BOT_ID = "A07JVSC4LC", "U07JEEVES3", "B07JEEVES5"
HOST = "jeeves.bap-eng.com"
BASE = f"https://{HOST}"

FIRST = ["Aoife", "Ciarán", "Mairéad", "Ruairí", "Fenna", "Joost", "Sanne", "Maarten", "Wojciech", "Agnieszka",
         "Grzegorz", "Zuzanna", "Adebayo", "Ngozi", "Oluwaseun", "Priya", "Arjun", "Harpreet", "Siddharth", "Yasmin",
         "Fatima", "Hamza", "Wei", "Xiaoling", "Jun-ho", "Seo-yeon", "Kostas", "Eleni", "Murat", "Elif", "Callum",
         "Eilidh", "Fraser", "Morag", "Bethany", "Gareth", "Rhiannon", "Chloé", "Mateus", "Lucía", "Søren",
         "Kateřina", "Anne-Marie", "Jan-Willem"]
LAST = ["Ó Súilleabháin", "Mac Cárthaigh", "Ní Mhurchú", "de Vries", "van der Berg", "Bakker", "Kowalczyk",
        "Wiśniewska", "Zieliński", "Adeyemi", "Okafor", "Nwosu", "Sharma", "Patel", "Gill", "Chaudhry", "Qureshi",
        "Liang", "Zhou", "Park", "Papadopoulou", "Yılmaz", "Çelik", "MacLeod", "Campbell-Ross", "Llewellyn",
        "ap Rhys", "Lefèvre", "Santos", "García-Ortega", "Østergaard", "Nováková", "Brennan", "Achterberg",
        "O'Callaghan", "D'Arcy-Vance", "St. John", "van 't Hof"]
OFFICES = [("Leeds", "3 Wellington Place, Leeds LS1 4AP"), ("Glasgow", "Floor 4, 177 Bothwell St, Glasgow G2 7ER"),
           ("Cork", "Penrose Wharf, Penrose Quay, Cork T23 KW81"),
           ("Rotterdam", "Wilhelminakade 173, 3072 AP Rotterdam"),
           ("Gdańsk", "ul. Grunwaldzka 472B, 80-309 Gdańsk"), ("Toronto", "Suite 1400, 25 York St, Toronto ON M5J 2V5")]
# Clients, contractors, council engineers and inspectors as the engineers name them.
CONTACTS = ["Declan at Kelbrook Civils", "Mr. Pádraig Ó Briain (Cork County Council)",
            "Ir. Joost de Wit – Gemeente Rotterdam", "inż. Marek Dąbrowski (GDDKiA)", "Ms. Adaeze Okoro, P.Eng.",
            "Sarah from Network Rail (route asset mgr)", "the Clerk of Works (Bill)", "Dr. Lena Hoffmann, geotech",
            "Rajesh Nair, P.Eng.", "Hu Jianguo (胡建国)", "Άννα Παπαδοπούλου", "محمد الزهراني", "Tõnu Kask",
            "Jean-Luc Mercier", "Leeds City Council Highways (ref HW/24/1187)", "Siobhán @ Ardmore Precast",
            "the QS (Graham O'Neill)", "Hendrik van 't Veer (BAM)", "Mrs. Okonkwo-Bell (client PM)",
            "Kierownik budowy, p. Jakub Nowak", "Fergus & Sons Plant Hire"]
SITES = [
    "Kirkstall Bridge, Bridge Rd, Leeds LS5 3BW", "Site 4 – A64 culvert extension, nr Bramham",
    "Plot B3, Holbeck Urban Village, Leeds LS11 9AT", "Clyde Gateway, 2 Dalmarnock Rd, Glasgow G40 4LA",
    "Pier 7 east abutment, Ringaskiddy, Co. Cork P43 XN82", "Kop van Zuid, Wilhelminakade 909, 3072 AP Rotterdam",
    "Nabrzeże Wronie, ul. Wiślna 5, 80-555 Gdańsk", "RW2, 401 Lakeshore Blvd W, Toronto ON M5V 1A6",
    "FAS Phase 2, Kirkstall Rd, Leeds LS4 2AZ", "Unit 12, Thorp Arch Estate, Wetherby LS23 7BJ",
    "Hebden Water footbridge, Hebden Bridge HX7 8AD", "Glenrothes Rd overbridge (Ch. 2+350)",
    "N28 Cork–Ringaskiddy, Ch. 14+275 to 14+600", "Maasvlakte 2, Prinses Amaliahavenweg 10, 3199 KA Rotterdam",
    "Sobieszewo pumping station, 80-680 Gdańsk", "Block 3, 2150 Lake Shore Blvd W, Etobicoke ON M8V 1A3",
    "Car park deck L3, 17–19 Sovereign St, Leeds LS1 4BJ", "Bridge No. 47, Settle–Carlisle line (MBR/3 47)",
    "former gasholder site, 1 Meadow Ln, Leeds LS11 5BJ", "ul. Chmielna 101/102, 80-748 Gdańsk (Wyspa Spichrzów)",
    "Cnoc na Faiche estate road, Ballincollig, Co. Cork P31 H6K4", "Unit 4/12, 58 Queen St E, Toronto ON M5C 1R6",
    "Dock 3 quay wall, Merwehaven, 3024 Rotterdam", "Ribblehead viaduct pier 14 (access from B6255)",
]
PLACES = ["Leeds", "Kirkstall", "Headingley", "Wetherby", "Bramham", "Hebden Bridge", "Otley", "Glasgow",
          "Dalmarnock", "Paisley", "Cork", "Ringaskiddy", "Cobh", "Ballincollig", "Rotterdam", "Maasvlakte",
          "Schiedam", "'s-Hertogenbosch", "Gdańsk", "Gdynia", "Sopot", "Toronto", "Etobicoke", "Mississauga",
          "Settle", "Ribblehead", "Stoke-on-Trent", "Newcastle upon Tyne", "Ellesmere Port", "Milton Keynes",
          "Aberdeen", "Dún Laoghaire", "Kraków", "Łódź", "Θεσσαλονίκη", "Düsseldorf", "Hoek van Holland",
          "LS5 3BW", "G40 4LA", "P43 XN82", "3072 AP", "80-555", "M5V 1A6", "HX7 8AD", "LS11 9AT",
          "53.8143, -1.6052", "51.8366,-8.3174", "51°54'46\"N 4°29'03\"E", "54.3520 N, 18.6466 E"]
TIMEZONES = ["Europe/London", "Europe/Dublin", "Europe/Amsterdam", "Europe/Warsaw", "America/Toronto", "UTC",
             "Europe/Athens", "Asia/Kolkata", "Asia/Dubai", "Europe/Istanbul", "Asia/Shanghai", "Australia/Perth",
             "Pacific/Auckland", "Europe/Berlin"]
DRAWINGS = ["C-101 Rev B", "C-102 rev C", "S-204 Rev P3", "BAP-2291-XX-DR-S-2105 P04", "BAP-2291-ZZ-DR-C-0501 C02",
            "GA-001 Rev. D", "DR-C-0420 rev D (T3)", "SK-017", "SK 23 rev A", "TW-009 (temp works)", "RW2-03 Rev C",
            "2291/C/110 Rev B", "Dwg 47-BR-003 rev.2", "P-300 Piling Layout Rev F", "B3-S-301 Rev P2 (Stage 4)",
            "LS-220 rev C01", "RTM-KW-DR-0031 v3", "GDN-K-012 rew. B", "TOR-S-500 Rev 4 IFC"]
LOADS = ["7.5 kN/m²", "5.0 kN/m² imposed + 1.0 kN/m² partitions", "UDL 12.4 kN/m", "a 45 kN point load",
         "M_Ed = 312 kNm", "V_Ed = 148.6 kN", "N_Ed = 2,450 kN", "150 kPa allowable bearing", "q_ult ≈ 420 kN/m²",
         "q_p(z) = 1.12 kN/m²", "s_k = 0.6 kN/m²", "LM1 TS 300 kN axle", "45 units HB", "10 kN/m² surcharge",
         "σ_c = 14.2 N/mm²", "δ = span/360 = 20.8 mm", "k = 2.5×10⁻⁵ m/s", "c'u = 45 kPa, φ' = 28°", "γ = 19 kN/m³",
         "Q100 + 40% CC = 18.6 m³/s", "4.8 kPa (100 psf) live load", "12,5 kN/m²"]
COORDS = ["E 429871.352 N 433105.218", "SE 29871 33105", "NZ 2475 6412", "BNG 426150, 434720",
          "ITM 578412.6, 566913.2", "RD x=92345.67 y=437812.90", "PL-2000/6: 6 027 441.2, 6 542 118.7",
          "UTM 17T 629871E 4833412N", "53°48'51.4\"N 1°36'18.7\"W", "51.9048° N, 4.4829° E", "+42.350 m AOD",
          "TBM1 = 38.125 mAOD", "FFL 27.650", "NAP −1,25 m", "invert 12.84 m OD", "Ch. 2+350, offset 4.2 m L",
          "54°21'07.2\"N 18°38'47.8\"E"]
MIXES = ["C32/40", "C40/50 XC4/XF1", "C28/35 CEM III/A, 20 mm agg., S3", "RC32/40 (BS 8500)", "GEN1 blinding",
         "FND2z", "C30/37 XD2, 50 mm cover", "C35/45 XS1", "PAV2", "C25/30 DC-2", "32 MPa / 20 mm / 100 slump",
         "C50/60 precast", "C30/37 XC2 (CEM I 42,5 R)", "35 MPa, 5–8% air (C-1)"]
STANDARDS = ["EN 1992-1-1", "EN 1992-1-1 cl. 6.2.3", "EN 1997-1 §6.5.3", "BS EN 1990:2002+A1:2005",
             "EN 1991-1-4 + UK NA", "BS 8500-1:2023", "BS 5975:2019+A1:2020", "CIRIA C760", "CIRIA C580",
             "DMRB CD 377", "DMRB CS 454", "I.S. EN 206:2013+A2:2021", "NEN-EN 1997-1+C2:2016/NB",
             "PN-EN 1992-1-1", "CSA S6:19", "OPSS 904", "ACI 318-19", "EC7 DA1-C2", "BS 6031:2009",
             "SHW Series 600", "EN 1992-1-1 Table 4.4N"]
REFS = ["RFI-0147", "RFI #212", "RFI 2291-089", "CO-031", "CE 027", "EWN-14", "TQ-088", "NCR-0093", "VO 12",
        "CVI-006", "PMI 44", "SI-019", "RFI-0151 (urgent)", "CO 2291/07"]
FILES = ["LoadTakedown_Block-B_v7.xlsx", "BAP-2291-XX-DR-S-2105_P04.dwg", "Rebar Schedule RS-014 (rev C).xls",
         "site_survey_2024-09-10.dxf", "Piling_Layout_P-300_RevF.rvt", "BH logs BH01–BH12.pdf",
         "Culvert_Hydraulics_Q100+CC.xlsm", "TWR_Rev12.xlsx", "RW2 calc pack C-045.pdf", "Topo 2024 (final) (2).dwg",
         "IMG_4471.HEIC", "pour_record_B3_base.pdf", "AGS4_Kirkstall_GI_2024.ags", "Tekla_B3_frame_v3.ifc",
         "Dagrapport 11-09-2024.docx", "Protokół odbioru 80-555.pdf", "RFI-0147 response (signed).pdf",
         "Cube results 7d+28d.csv", "Crane_lift_plan_LP-07.pdf", "SiteDiary_2024-09-11.pdf",
         "Settlement monitoring wk37.xlsx", "Bridge47_inspection_photos.zip", "Plaxis_RW2_stage5.p2dx",
         "Navisworks clash report L2.nwd", "S-204_P3_markups.pdf"]
MONEY = ["£14,250 + VAT", "£1.2m", "€ 38.400,00", "€92/t", "CAD 212,500", "PLN 1 250 000 netto", "£85/m³",
         "£2,340 per pile", "€1.15M excl. BTW", "£640/day (plant + operator)", "C$48/m²", "£18k", "~£4.5k",
         "zł 312,50/m³", "£1,875.60"]
WHEN = ["tmrw 07:00", "Thu 12/09 from 6am", "Friday's pour (07:30 start)", "next Tues", "2024-09-13T07:00+01:00",
        "at 1400", "this pm", "between 10 and 12", "13.09 om 7u", "jutro o 7:00", "Sat AM", "after lunch",
        "wk 38", "12th Sept 06:30", "9/13 @ 7am", "Mon 16th", "first thing", "Fri 13/9 (yes, Friday the 13th)"]
PHONES = ["+44 113 496 0871", "0113 496 0234", "+44 (0)141 496 0190", "+353 21 555 0148", "021 555 0199",
          "+31 10 555 0123", "010-5550147", "+48 58 555 01 23", "+1 (416) 555-0163", "416-555-0178 x204",
          "07700 900834"]
EMOJI = [":construction:", ":building_construction:", ":bridge_at_night:", ":umbrella_with_rain_drops:",
         ":cloud_with_rain:", ":sunny:", ":triangular_ruler:", ":straight_ruler:", ":hammer_and_wrench:",
         ":white_check_mark:", ":warning:", ":eyes:", ":pray:", ":sweat_smile:", ":+1:", ":truck:", ":crossed_fingers:",
         "🚧", "🏗️", "🌧️", "☔", "📐", "📏", "✅", "⚠️", "🙏", "😬", "👷‍♀️", "🌉", "🇳🇱", "🇵🇱", "🇮🇪", "🇨🇦",
         "🏴󠁧󠁢󠁳󠁣󠁴󠁿"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %PLACE%", "weather %SITE%", "weather for the pour at %SITE% %WHEN%", "weather %PLACE% tomorrow",
    "weather in %PLACE% this week?", "weather", "weather %PLACE% %EMOJI%", "wetaher %PLACE%", "weahter %PLACE%",
    "Weather %PLACE% pls", "weather near %SITE%", "weather %COORD%", "weather %PLACE% - concrete pour %WHEN%",
    "is it going to rain at %SITE% %WHEN%? pour is %MIX%", "will it be above 5°C at %PLACE% %WHEN%? (curing)",
    "wind at %PLACE% for the crane lift %WHEN%", "weather %PLACE% — need < 38 km/h gusts for LP-07",
    "remember location %SITE%", "remember location %PLACE%", "remember location %OFFICE%",
    "remember location site cabin, %SITE%", "Remember location BAP Glasgow office", "my location",
    "forget location", "help", "help pls", "config", "config timezone %TZ%", "config tz %TZ%",
    "config alert_time %HHMM%", "config alert_time 6.45", "config units metric", "config units imperial",
    "config timezone Toronto", "alerts on", "alerts off", "alerts", "login", "forget me", "what can you do?",
    "thanks jeeves 👍", "hi", "cheers", "weather %PLACE%?", "weather tmrw %PLACE%",
]
CHAT = [
    "Pour of base %DWG% confirmed for %WHEN% — %MIX%, approx 38 m³, pump booked (36 m boom) %EMOJI%",
    "%REF% raised re: clash between %DWG% and the M&E sleeves on gridline C/4, pls respond by Fri",
    "%WHO% can you check the load takedown? I get %LOAD% on pile cap PC7, %FILE% tab 'Block B'",
    "Site diary %WHEN%: 14 ops, 1x 21t 360, 2x 9t dumpers. Rain from 13:40, stood down 14:15. Shuttering to RW2 "
    "bay 4 complete.",
    "Cube results back: 7-day 28.5 / 29.1 / 27.8 N/mm² for %MIX% — on track for 40 at 28d",
    "Survey control: %COORD%, TBM on the kerb by the gate. Check against %FILE% before setting out",
    "Client (%CONTACT%) asking if we can drop to %MIX% to save %MONEY% — not with XD exposure IMO, see %STD%",
    "Rebar for %DWG%: H16@200 B1/B2, H12@150 T1/T2, 50 cover to earth faces. Laps 40ø.",
    "Does anyone have %STD% handy? need the cover table for XC4",
    "%REF% approved: extra 12 piles (600 dia, 14 m) @ %MONEY% each",
    "TW design check cat 2 needed for the propping (%DWG%) under %STD% — %WHO% are you free?",
    "Deflection check fails: δ = 24.6 mm > span/360 = 20.8 mm. Going up to 457x191x67 UKB",
    "BH07 hit rockhead at 8.4 m bgl (sandstone, mod. weathered). Water strike 3.2 m, rose to 2.6 m after 20 min",
    "Crane lift plan LP-07 for %WHEN% — max wind 38 km/h (10.5 m/s) for the 100t mobile, keep an eye on the "
    "forecast 🌬️",
    "Settlement monitoring wk37: max 4.2 mm at SP-12, amber trigger is 10 mm. All green ✅",
    "Need the DWG not the PDF of %DWG% please, the PDF is 1:200 @ A1 but printed A3 😬",
    "%CONTACT% called: wants to move the site meeting to %WHEN%, same Teams link",
    "just to note — %DWG% supersedes %DWG%. Old prints to be marked SUPERSEDED & removed from the cabin",
    "NCR-0093: honeycombing on the wall kicker at bay 3, approx 0.4 m², repair with Sika MonoTop per MS-021",
    "Slump test 110 mm (spec S3: 100–150) ✔ temp 18°C, pour started 07:42",
    "Bearing: %LOAD%, so pad F3 goes to 2.4 x 2.4 x 0.6 m. Check vs %STD%",
    "Wind per %STD%: v_b,0 = 22.4 m/s, c_dir = 1.0, q_p(z) = 1.12 kN/m² at z = 18 m",
    "Stortvergunning is binnen, storten %WHEN%. Betonmengsel %MIX%, graag bevestigen 👍",
    "Betonowanie płyty %WHEN%, beton %MIX%. Proszę o potwierdzenie od kierownika budowy.",
    "The council engineer (%CONTACT%) wants the as-builts by Friday, grand so",
    "明天%WHEN%浇筑混凝土，强度等级%MIX%，请确认泵车。",
    "يرجى مراجعة المخطط %DWG% قبل صب الخرسانة %WHEN%",
    "कल %WHEN% कंक्रीट डालना है, %MIX% — कृपया पंप की पुष्टि करें",
    "Η σκυροδέτηση στο %SITE% είναι %WHEN%. Παρακαλώ επιβεβαιώστε.",
    "%SITE% şantiyesinde beton dökümü %WHEN%, sınıf %MIX%.",
    "Coulée du radier %WHEN%, béton %MIX% — on confirme la pompe?",
    "Diolch! Bydd y tywydd yn iawn ar gyfer y tywallt %WHEN% gobeithio 🤞",
    "내일 %WHEN% 타설 예정입니다. 배합 %MIX%",
    "%WHO% the formula in the rebar sched is wrong: `=ROUNDUP(L4/0.2,0)+1` should use the c/c in col F not 0.2",
    "Utilisation check in the calc sheet: `=IF(H12/G12>1,\"FAIL\",\"OK \"&TEXT(H12/G12,\"0.00\"))`",
    "=SQRT((E2-E1)^2+(N2-N1)^2) gives 14.207 m between the two control pts, matches the chain 👍",
    "M_Rd = 0.167·f_ck·b·d² = 0.167 × 32 × 1000 × 250² / 10⁶ = 334 kNm/m > M_Ed ✔",
    "A_s,req = M / (0.87·f_yk·z) = 312e6 / (0.87 × 500 × 221) = 3,245 mm²/m → H20@100 (3,142) no, H25@150 "
    "(3,272) ok",
    "AGS extract from the GI contractor:\n```\n\"GROUP\",\"LOCA\"\n\"HEADING\",\"LOCA_ID\",\"LOCA_TYPE\",\"LOCA_GL\","
    "\"LOCA_NATE\",\"LOCA_NATN\"\n\"UNIT\",\"\",\"\",\"m\",\"m\",\"m\"\n\"DATA\",\"BH07\",\"CP+RC\",\"42.35\","
    "\"429871.35\",\"433105.22\"\n```",
    "Setting-out points:\n```\nPT,EASTING,NORTHING,LEVEL,DESC\nSO1,429871.352,433105.218,42.350,RW2 start\n"
    "SO2,429885.559,433105.201,42.410,RW2 bay 4\n```",
    "*Pour checklist* (%DWG%)\n• rebar inspected & signed ✔\n• cover spacers 50 mm\n• kicker scabbled\n"
    "• pump + backup poker\n• cubes: 6 no. (2x 7d, 4x 28d)",
    "> %STD%: \"The minimum cover c_min shall be provided in order to ensure the safe transmission of bond "
    "forces\"\n\ndoes that apply to the precast units too?",
    "%WHO% %WHO% pls see thread re: %REF%",
    "running 15 min late, M62 J27 is a car park 🚗",
    "on site at %SITE% till 4, signal is rubbish so ring %PHONE% if urgent",
    "ok", "👍", "thx", "will do", "nvm found it", "cheers 🙏",
    "P:\\2291 Kirkstall Bridge\\04 Calcs\\RW2\\RW2_calc_v5.xlsx — latest is there, not on Teams",
    "scans are on \\\\bap-lds-fs01\\projects\\2291\\06 Site\\Diary\\2024-09",
    "Hydraulics: Q100+40%CC = 18.6 m³/s, soffit needs 600 mm freeboard → min soffit 44.95 m AOD",
    "Piling rig arrives %WHEN%, platform cert (BRE 470) needed before it tracks on. %CONTACT% to sign",
    "EA permit for the outfall: FRAP ref EPR/AB1234CD, valid to 31/03/2025",
    "Variation: client wants the ramp at 1:15 not 1:12, adds ~6 m to RW3. %REF% to follow",
    "Toolbox talk tomorrow 07:30: working near live rail (PTS), COSS = Gareth",
    "GPR found an unmarked 11kV cable 0.6 m bgl at %COORD% — STOP digging in that area ⚠️",
    "f_ck,cube = 40 N/mm² → that's C32/40, cyl/cube",
    "Timesheet reminder: project code 2291-03 (Stage 4 design), not 2291-01 pls",
    "Fee proposal for %SITE%: %MONEY% lump sum + disbursements, stages 2–4",
    "%CONTACT% says the steel (356x171x51 UB, S355J2) slipped to %WHEN% :face_palm:",
    "Handover pack for Bridge 47 issued (O&M manual, H&S file, as-builts %DWG%) 🎉",
    "Revit model is here: %LINK%",
    "latest programme (P6 export) %LINK%",
    "Met Office yellow warning for rain in %PLACE% %WHEN%. Might have to push the pour",
    "lol the contractor priced the temp works at %MONEY% 😂",
    "TTRO ref HW/24/1187 approved for %WHEN%, diversion via A65",
    "Can someone send me %FILE%? The Teams link says 'access denied'",
    "Cover meter readings 42–58 mm (spec 50 ±10 → 40 min) — 2 readings below, at grid D/7",
    "Odbiór zbrojenia %WHEN%, inspektor nadzoru: %CONTACT%",
    "De damwand (AZ 26-700) staat, ankers volgende week. Zie %DWG%",
    "N28 traffic mgmt from %WHEN% — lane closure Ch. 14+275 to 14+600",
    "OPSS 904 submittal for the concrete is in: 32 MPa, 5-8% air. Waiting on the City's review",
    "50/50 whether we pour tmrw, forecast says 70% chance of showers after 11",
    "consolidation calc: c_v = 2.1 m²/yr, so t90 for a 4 m drainage path ≈ 6.5 yrs without wick drains...",
    "%WHO% pls review %FILE% — %STD% checks on sheet 3, I flagged 2 cells in red",
    "Geotech says φ' = 32° for the granular fill, but the GI (BH03) gives 28°. Use 28 to be safe",
    "Excel tip: Ctrl+Shift+Enter on the old {=SUM(IF(...))} arrays or you just get #VALUE!",
    "Rebar weight: 12.4 t total (H10–H32), 8% wastage incl. → order 13.4 t",
    "Navisworks: 27 hard clashes, 19 are duct vs. downstand beam on L2",
    "quick sanity check: 1 kN/m² = 1 kPa ≈ 20.9 psf, right? Toronto want imperial on the GA",
    "concrete temp must be ≥ 5 °C at placing and the air temp forecast is 3°C at 6am 🥶 heaters on",
    "%WHO% who has the dumpy level? the auto level's out for calibration (cert exp. 30/09)",
    "Sent %DWG% to %CONTACT% for comment, status S2 (for info) not S4",
    "can we get a rate for %MIX% pumped? last one was %MONEY%",
]
LONG_MESSAGES = [
    "*Site diary — %SITE%* (%WHEN%)\nWeather: overcast, 11–16 °C, light rain from 13:40\nLabour: 14 ops "
    "(Kelbrook 9, steel fixers 4, banksman 1)\nPlant: 21t 360, 2x 9t dumpers, 100t mobile (stood)\nWork: "
    "RW2 bay 4 shutters, rebar to base B3 inspected (%DWG%)\nDelays: stood down 14:15–15:30 (rain)\nVisitors: "
    "%CONTACT%\nH&S: near miss — unsecured edge protection on L3, fixed immediately",
    "*%REF%* — Request for Information\nDrawing: %DWG%\nQuestion: section 2-2 shows H16@200 but the schedule "
    "(%FILE%) says H20@200. Which governs?\nImpact: pour on %WHEN% at risk\nResponse required by: 13/09/2024 "
    "12:00\nRaised by: %WHO%",
    "Weekly progress — %SITE%\n```\nActivity            Plan   Actual  Var\nPiling (no.)          48      44    -4\n"
    "Pile caps             12      10    -2\nRW2 bays (of 9)        5       4    -1\nConcrete (m³)        310     286"
    "   -24\n```\nRain days this week: 2 ☔ — see %LINK%",
    "-------- Forwarded message --------\nFrom: Kelbrook Civils <site@kelbrook-civils.example>\nDate: Wed, 11 "
    "Sep 2024 17:22\nSubject: RE: %REF% — %DWG%\n\nWe propose to substitute %MIX% with RC40/50 at no extra cost "
    "(%MONEY% saving on programme). Please confirm by return.\n\nRegards,\nDeclan",
    "Calc summary RW2 (%FILE%)\n- Retained height 4.2 m, surcharge 10 kN/m²\n- %STD%, φ'd = 28°, γ = 19 kN/m³\n"
    "- Sliding: FoS 1.62 ✔  Overturning: 2.05 ✔\n- Bearing: 168 kPa < %LOAD% ✔\n- Stem M_Ed = 186 kNm/m → "
    "H20@150 (2,094 mm²/m)\nPlease check & initial 🙏",
    "Change order %REF%\n1. Extend culvert by 6.0 m (precast box 2.4 x 1.8)\n2. Additional wingwall WW3, %MIX%\n"
    "3. Headwall handrail to %STD%\nEstimate: %MONEY% + 3 days on programme. %CONTACT% to approve.",
]
BOT_REPLIES = [
    HELP_REPLY, "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 06:15 (Europe/London).", "Daily weather alerts are off.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%SITE%\u201d.",
    "%PLACE%: showers, 13 °C (feels like 10 °C), wind 31 km/h WSW; tomorrow 9–16 °C, 70% chance of rain.",
    "%PLACE%: overcast, 15 °C, humidity 82%, wind 12 km/h N. Friday: dry, 8–17 °C.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:15\n• alerts: on\n• timezone: Europe/London\n• units: metric",
]
WEATHER_REPLIES = [
    "%PLACE%: showers, 13 °C (feels like 10 °C), wind 31 km/h WSW; tomorrow 9–16 °C, 70% chance of rain.",
    "%PLACE%: overcast, 15 °C, humidity 82%, wind 12 km/h N. Friday: dry, 8–17 °C.",
    "%PLACE%: clear, 6 °C at 06:00 rising to 17 °C, gusts up to 24 km/h; no rain expected until Saturday.",
]
LINKS = [
    "https://bapartnership.sharepoint.com/sites/2291KirkstallBridge/Shared%20Documents/04%20Calcs/RW2/"
    "RW2_calc_v5.xlsx?d=w3f2a9c1e7b8d4f60a1b2c3d4e5f60718&csf=1&web=1&e=Qx7LmT",
    "https://acc.autodesk.com/docs/files/projects/8c1e6a0f-2d4b-4c7e-9a1f-5b6d7e8f9a0b?folderUrn=urn%3Aadsk."
    "wipprod%3Afs.folder%3Aco.Xy7Zq9RkT1mAbCdEfGhJkL&viewModel=detail&moduleId=folders",
    "https://uk1.aconex.com/Logon?returnTo=%2Frsrc%2F20240911%2Fmail%2Fview%3FmailId%3D271828182845",
    "https://app.procore.com/562949953421312/project/daily_log/list?date=2024-09-11",
    "https://www.metoffice.gov.uk/weather/forecast/gcwfhf1w0#?date=2024-09-13",
    "https://check-for-flooding.service.gov.uk/station/8208?direction=u",
    "https://gridreferencefinder.com/?gr=SE2987133105%7CSE_s_29871_s_33105%7C1&t=SE%2029871%2033105&v=r",
    "https://www.google.com/maps/place/53%C2%B048'51.4%22N+1%C2%B036'18.7%22W/@53.8142778,-1.6051944,17z",
    "https://knowledge.bsigroup.com/products/concrete-complementary-british-standard-to-bs-en-206-method-of-"
    "specifying-and-guidance-for-the-specifier?version=standard",
    "https://eurocodes.jrc.ec.europa.eu/EN-Eurocodes/eurocode-2-design-concrete-structures",
    "https://publicaccess.leeds.gov.uk/online-applications/applicationDetails.do?activeTab=documents"
    "&keyVal=S4F2XKJBLM000",
    "https://maps.rotterdam.nl/kaart/?config=bodem&x=92345.67&y=437812.9&scale=1000",
    "https://map.geohive.ie/mapviewer.html?lat=51.8366&lon=-8.3174&zoom=16",
    "https://www.toronto.ca/city-government/planning-development/application-information-centre/"
    "?appNo=24%20123456%20STE%2010%20OZ",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmY0ZTQ1ZjMtOWM2Yi00YzQ1LWE3ZjItYjM4ZjQ1YjY3ODkw"
    "%40thread.v2/0?context=%7b%22Tid%22%3a%22d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6%22%2c%22Oid%22%3a"
    "%2211223344-5566-4778-899a-aabbccddeeff%22%7d",
    "https://gitlab.bap-eng.com/digital/calc-tools/-/merge_requests/142#note_88213",
    "https://www.geoportal.gov.pl/mapy?identifyParcel=226101_1.0012.AR_3.123%2F4",
    "https://bapartnership.sharepoint.com/:x:/r/sites/Rotterdam/Gedeelde%20documenten/Dagrapporten/"
    "Dagrapport%2011-09-2024.xlsx?d=wa1b2c3d4&csf=1&web=1",
]
LINK_TITLES = ["RW2_calc_v5.xlsx", "Kirkstall Bridge — Files", "Aconex", "Daily Log — Procore",
               "Leeds weather — Met Office", "River Aire at Kirkstall Abbey — Check for flooding",
               "Grid Reference Finder", "Google Maps", "BS 8500-1:2023 — BSI Knowledge", "Eurocode 2",
               "Planning application 24/01187/FU", "Rotterdam kaart — bodem", "GeoHive Map Viewer",
               "Application Information Centre — City of Toronto", "Microsoft Teams meeting",
               "Merge request !142: RW2 sliding check", "Geoportal", "Dagrapport 11-09-2024.xlsx"]

SEARCH_Q = ["Ó Súilleabháin", "aoife", "@bap-eng.com", "de vries", "kowalczyk", "Wiśniewska", "okafor", TEAM,
            PARTNER_TEAM, "U05", "site-eng", "gdansk", "rotterdam", "st. john", "o'callaghan", "D'Arcy", "van der",
            "Zhou", "Yılmaz", "mac cárthaigh", "toronto", "van 't hof", "jan-willem", "campbell-ross"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "feature.set",
           "feature.remove_override", "login", "login.slack", "logout", "admin.map_slack", "account.totp_enable",
           "failed", "2024-09-11", "aconex-sync", "weather", "it-leeds", "pour-planner"]
ADMINS = ["it-leeds", "aoife.osullivan", "ops-admin", "joost.devries", "breakglass-bap"]
CLIENT_DESCRIPTIONS = [
    ("aconex-sync", "Aconex ↔ Jeeves: RFIs & transmittals → weather checks for pours (read)"),
    ("powerbi-sitestats", "Power BI: weather stand-downs per project (LDS, GLA, ORK, RTM, GDN, TOR)"),
    ("procore-bridge", "Procore daily log → usage report; owner: Digital Engineering"),
    ("acc-webhooks", "Autodesk Construction Cloud webhooks (model published → notify site team)"),
    ("pour-planner", "Concrete pour planner: reads alert settings at 05:00, Mon–Sat"),
    ("ci-gitlab", "GitLab CI: smoke test after deploy (read-only)"),
    ("fm:timesheets", "Timesheets sync (Deltek Vision) — names & e-mails, nightly 01:30"),
    ("gdansk.raporty", "Raporty dzienne budowy — tylko odczyt"),
    ("rtm-bouwverslag", "Bouwverslagen Rotterdam (dagrapporten) → Jeeves, alleen lezen"),
    ("tor.procore", "Toronto office Procore instance — Block 3 / Lake Shore"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.87",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:129.0) Gecko/20100101 Firefox/129.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-G556B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.134 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 13; CAT S75) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/24.08.10",
]
LANGS = ["en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "en-IE,en;q=0.9", "nl-NL,nl;q=0.9,en;q=0.8",
         "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "en-CA,en;q=0.9,fr-CA;q=0.8", "fr-CA,fr;q=0.9,en-CA;q=0.8",
         "zh-CN,zh;q=0.9,en;q=0.8", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7", "el-GR,el;q=0.9,en;q=0.8",
         "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "ar-SA,ar;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.8",
         "cy-GB,cy;q=0.9,en-GB;q=0.8", "en-US,en;q=0.9", "en-GB"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.5.0", "Go-http-client/2.0",
              "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", "PostmanRuntime/7.41.2",
              "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Excel 16.0.17928; Pro)", "okhttp/4.12.0",
              "RestSharp/111.4.1.0", "Apache-HttpClient/4.5.14 (Java/17.0.12)", "node-fetch/1.0 (+https://github."
              "com/bitinn/node-fetch)", "azure-logic-apps/1.0", "gitlab-runner 17.3.1 (17-3-stable; go1.22.5; "
              "linux/amd64)"]
API_CLIENTS = ["aconex-sync", "powerbi-sitestats", "procore-bridge", "pour-planner", "ci-gitlab", "fm:timesheets",
               "rtm-bouwverslag", "jeeves-worker"]
HEALTH_UAS = ["kube-probe/1.29", "Blackbox Exporter/0.25.0", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
              "Datadog Agent/7.55.2", "curl/8.5.0", "GoogleHC/1.0"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Authlib/1.3.2", "openapi-generator/7.8.0", "PostmanRuntime/7.41.2", "Microsoft.IdentityModel/7.6.2"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_removed",
               "/admin/clients?done=client_enabled", "/admin/account?done=totp_disabled",
               "/admin/slack-sign-in?done=unmapped", "/admin/users?done=user_updated&q=kowalczyk&page=1"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/audit?q=client.rotate",
              "/admin/users?q=o%27callaghan", "/admin/features"]
PHRASE_WORDS = ["culvert", "abutment", "pier", "kicker", "soffit", "gabion", "rebar", "formwork", "bearing",
                "viaduct", "piling", "screed"]
PATCH_NAMES = ["Aoife Ó Súilleabháin, CEng MIStructE", "Joost de Vries (RTM)", "Agnieszka Wiśniewska – Gdańsk",
               "Adebayo Okafor, P.Eng.", "Xiaoling Zhou 周晓玲", "Ruairí Mac Cárthaigh (site eng.)",
               "Jan-Willem van 't Hof", "Callum Campbell-Ross | Glasgow", "Eleni Papadopoulou, MSc DIC",
               "Harpreet Gill (Geotech)"]
UNTIL = ["2024-09-12T05:00:00Z", "2024-09-12", "2024-09-12T06:00:00+01:00", "2024-09-11T23:59:59Z"]
FILE_NOTES = ["markups on %DWG% attached", "here's %FILE% — latest from the site", "photos from today's pour 📐",
              "signed pour record", "%SITE%", "survey from this morning, %COORD%", "updated load takedown"]
MIME = {"pdf": "application/pdf", "dwg": "image/vnd.dwg", "dxf": "image/vnd.dxf", "xlsx":
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xls": "application/vnd.ms-excel",
        "xlsm": "application/vnd.ms-excel.sheet.macroenabled.12", "heic": "image/heic", "csv": "text/csv",
        "zip": "application/zip", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "ifc": "application/x-step", "ags": "text/plain"}


def plain_ascii(text: str) -> str:
    """A name folded to the ASCII of a handle or e-mail: accents dropped, only letters and digits kept."""
    text = text.translate(str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "ß": "ss"}))
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in folded if c.isalnum())


class Consultancy(EvaluatorDay):
    """Brennan Achterberg Partnership: its people and one seeded random source; each method makes one request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "Hq3vBn8KxT2mWc6YpR9dLs4F"
    base = BASE
    ts_window = (0, 11 * 3600)
    alert_hours, alert_minutes = (5, 5, 6, 6, 6, 7, 7, 12, 16), ("00", "15", "30", "45", "10")
    iat_window = (0, 39000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 39000), 38, 0.18, 34
    blocks_rate, thread_rate = 0.78, 0.25
    mention_leads = ("", "", "hey ", "morning ", "cc ")
    mention_command_rate, dm_command_rate, edit_command_rate = 0.55, 0.66, 0.4
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.18, 0.05, 0.35
    xff_rate, xff = 0.04, ("10.40.2.15", "172.20.14.8", "10.8.1.40, 172.16.3.2")
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip")
    oauth_scopes = ("read", "read write", "write", "read", "clients:admin")
    oauth_audience_rate, oauth_audience = 0.2, ("jeeves", "jeeves", "tokendealer")
    verify_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.12
    meta_uas = META_UAS
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, "rtm-kademuur-jv", 9, 0.3
    button_places, weather_replies = SITES + PLACES + [o[1] for o in OFFICES], WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.86, 0.45
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.15
    me_places = SITES + PLACES + [o[1] for o in OFFICES] + [f"BAP {o[0]} office" for o in OFFICES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, PARTNER_TEAM, "t08rtmjv42", "")
    phrase_separator, phrase_suffix = ("-", ".", " "), (10, 99)
    search_pages, audit_page = (1, 4), (2, 6)
    # the data API
    limits, offsets = ("25", "50", "100", "250", "500"), (0, 25, 50, 100, 250, 500)
    filter_teams, patch_names = (TEAM, PARTNER_TEAM), PATCH_NAMES
    usage_days, until_choices = (1, 11), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|calc", "|drawing", "|link", "|SharePoint")
    long_rate, emoji_rate, link_rate = 0.11, 0.24, 0.07
    edit_suffixes = (" (edit: rev C not B)", " *", " — sorry, wrong drawing no.", "", " ✔")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.55, 0.1
    # its shared files, unfurls and Jeeves' echoed replies
    files, file_notes, file_types, file_created = FILES, FILE_NOTES, MIME, (60, 36000)
    file_sizes = (15_000, 48_000_000)
    bot_replies, bot_subtype_rate, bot_places, bot_blocks_rate = BOT_REPLIES, 0.3, PLACES, 0.65
    trace_rate, request_id_header = 0.2, "X-Request-Id"  # its scripts' tracing
    fill_pools = {"%SITE%": SITES, "%PLACE%": PLACES, "%DWG%": DRAWINGS, "%LOAD%": LOADS, "%COORD%": COORDS,
                  "%MIX%": MIXES, "%STD%": STANDARDS, "%REF%": REFS, "%FILE%": FILES, "%MONEY%": MONEY,
                  "%WHEN%": WHEN, "%CONTACT%": CONTACTS, "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            handle = f"{plain_ascii(first) or 'staff'}.{plain_ascii(last) or 'x'}"
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}",
                                "handle": handle + (str(i) if i % 11 == 0 else ""),
                                "email": f"{handle}@bap-eng.com", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "2291-kirkstall-bridge", "2304-a64-culvert", "b3-holbeck", "glasgow-structures", "cork-n28",
            "rtm-kademuur", "gdansk-budowa", "toronto-lakeshore", "site-engineers", "geotech", "cad-bim",
            "temporary-works", "general", "random", "h-and-s")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts and the App Home view ------------------------------------------------------------------------
    def fill_makers(self) -> dict[str, Callable[[], str]]:
        return {"%OFFICE%": lambda: self.pick(OFFICES)[1], "%HHMM%": self.hhmm}

    def home_view(self, team: str) -> dict[str, Any]:
        office = self.pick(OFFICES)
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "private_metadata": "", "callback_id": "",
                "state": {"values": {}}, "hash": f"{EPOCH - 3600}.{self.hexs(8)}", "clear_on_close": False,
                "notify_on_close": False, "root_view_id": self.sid("V0", 9), "app_id": APP_ID, "bot_id": BOT_ID,
                "blocks": [{"type": "header", "block_id": self.block_id(),
                            "text": {"type": "plain_text", "text": "Jeeves — your settings", "emoji": True}},
                           {"type": "section", "block_id": self.block_id(),
                            "text": {"type": "mrkdwn", "text": f"*Location:* {office[1]}\n*Units:* metric\n"
                                                               f"*Daily alert:* on at {self.hhmm()} (Europe/London)"}}]}

    # ---- Slack: the message events the shared shapes lack ----------------------------------------------------
    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        """One of the links and its page title."""
        i = self.rng.randrange(len(LINKS))
        return LINKS[i], (LINK_TITLES[i],)

    def unfurl_lead(self) -> tuple[str, str]:
        return self.fill(self.pick(["weather ok for this? ", "see ", "%REF%: ", "", "for %SITE% → "]))

    def unfurl_card(self, link: str, seen: tuple[str, ...]) -> dict[str, Any]:
        """The page's unfurl under its host name, now and then with a line of the page."""
        host = urllib.parse.urlsplit(link).hostname or "link"
        card = self.unfurl_attachment(link, host, seen[0], None)
        if self.chance(0.5):
            card["text"] = self.fill(self.pick(CHAT))[1][:140]
        return card

    # ---- its browsers' cookies, its scripts' dates and tracing ----------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.12):
            jar.append(("CookieConsent", "{stamp:%27" + self.token(24) + "%27%2Cnecessary:true%2Cpreferences:false"
                        "%2Cstatistics:true%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:"
                        f"{(EPOCH - self.rng.randint(0, 10**6)) * 1000}%2Cregion:%27gb%27}}"))
        if self.chance(0.08):
            jar.append(("_clck", f"{self.token(5).lower()}%7C2%7Cfp2%7C0%7C1712"))
        return jar

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}", f"2024-09-{day:02d}T06:00:00+01:00",
                f"2024-08-{day + 19:02d}T23:00:00Z", f"2024-09-{day:02d}T05:00:00.000Z"]

    def request_ids(self) -> list[str]:
        return [f"pour-planner:{self.hexs(12)}", f"glci-{self.rng.randint(10**8, 10**9)}"]

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        super().trace_headers(h, ua)
        if ua.startswith("azure-logic-apps") and self.chance(0.6):
            h["x-ms-workflow-run-id"] = f"08584{self.rng.randint(10**15, 10**16)}CU{self.rng.randint(10, 99)}"
            h["x-ms-client-tracking-id"] = h["x-ms-workflow-run-id"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 305), ("slack_mention", 160), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 20), ("slack_bot_echo", 40), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 145), ("me", 100), ("auth", 60), ("oauth", 55), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The consultancy's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Consultancy(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
