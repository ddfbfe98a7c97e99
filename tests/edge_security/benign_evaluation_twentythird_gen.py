"""Benign traffic of a civil-engineering and construction firm that uses Jeeves, on every route of the edge.

Barrow & Keel Civil ("B&K") builds towers, bridges, culverts, schools and parking structures; its people are
superintendents, field engineers, foremen, estimators, BIM coordinators, project managers and the office. Their
traffic, in a deployment's proportions: Slack first (channel chat, threads, @mentions, DMs, edits, file shares
of drawings and photos, link unfurls, reactions, other bots' posts, App Home, `/jeeves ...` slash commands,
button clicks and modal submissions), then the data API (scripts, CI, dashboards and the project-management
tools that sync sheets), the admin panel, `/me/` (settings, location, multipart uploads from site tablets and
office browsers), Sign in with Slack, TokenDealer and the health and metadata GETs.

Two slices are weighted on purpose: what site engineers type (feet-and-inches with ' and ", tolerances with ±,
grid lines A/3, RFI and submittal numbers, rebar specs like #4 @ 12" o.c., drawing and CAD file names such as
`A-101_Rev C (final).dwg`, elevations, concrete and weather figures) into Slack, admin notes, user profiles,
multipart uploads and the data API's JSON (kinds ending in `-site`, about 400); and the project-management tools
that call the data API with sheet names, Excel and Google Sheets formulas and file paths in query strings and JSON
(kinds `api-pm-*`, about 300).

How it was written: from the route list of gateway/gateway.yaml (names, match, methods, upstreams only), the
handlers in app/ and tokendealer/, README.md, the record structure of benign_day_gen.py (its texts not reused),
and general knowledge of what Slack, browsers, mobile apps, SDKs and CLIs send. No WAF rule, ruleset, exclusion,
corpus or other generator's texts were read; the texts were not changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the records.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, form_navigation, form_request, token_request, verify_request, cross_site_arrival, ga_cookie,
cookie_header, me_exit_form, oidc_params, link_expander, link_signin) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import b64url, digest, no_attacks, planned, slack_escape

NAME = "evaluation_twentythird"
SEED = 23_0312_2024
EPOCH = 1710241200  # 2024-03-12 11:00 UTC (06:00 in Chicago), a Tuesday
TEAM, TEAM_DOMAIN = "T04BKCIVL1", "barrowkeel"
JV_TEAM = "T05HXJVPRT"  # the joint-venture partner's workspace (shared channels)
APP_ID, BOT_USER = "A06JEEVESB", "U06JEEVES2"
HOST = "edge.barrowkeel.com"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFY_TOKEN = "bkVerif1cationTok3nXYZ"  # Slack's deprecated verification token (placeholder)

PEOPLE = [
    "Siobhan O'Driscoll", "D'Andre Mitchell", "Jean-Luc Thériault", "Mary-Kate Dunne", "Nguyễn Thị Lan",
    "Zbigniew Wójcik", "José Luis Ramírez-Ortega", "Aisha Al-Mansouri", "Kwame Asante-Boateng", "Liam McCarthy",
    "Rhiannon ap Gwilym", "Ta'Nyah Brooks", "Marcus D'Amato", "Pieter van der Merwe", "Anil D'Souza",
    "Katarzyna Kowalczyk", "Øyvind Haugen", "Ngozi Eze", "Đặng Văn Hùng", "Tavita Fa'amausili", "Hēmi Te Rangi",
    "Yoon Ji-ho", "Chen Wei-Ling", "Priya Raghunathan", "Amara Okonkwo-Reyes", "Seán Ó Briain", "Brendan O'Toole",
    "Guadalupe \"Lupe\" Hernández", "Dmytro Shevchenko", "Fatma Yıldırım", "Rafael Peña", "Camille Lévesque",
    "Jörg Müller-Lüdenscheidt", "Björn Åkesson", "Oksana Kovalenko", "Ahmad Karimi", "Tomás Ruiz", "Mei Tanaka",
    "Ravi Shankar Iyer", "Francesca Dell'Orto", "Connor MacNeil", "Eilidh MacLeòid", "Bartholomew St. John",
    "Ana-María Costa", "Sipho Dlamini", "Julien N'Diaye", "Kaʻiulani Kahananui", "Wojciech Zieliński",
    "Li Na", "Hamza Benali", "Dolores \"Dee\" Whitfield", "Jake", "Bob Kowalski Jr.", "R. J. Patterson III",
]
ROLES = ["Superintendent", "Asst. Super", "Field Engineer", "Project Engineer", "Project Manager", "Sr. PM",
         "Estimator", "BIM/VDC Coordinator", "Safety Manager", "Foreman – Concrete", "Foreman – Rebar",
         "Surveyor", "QA/QC Manager", "Scheduler (P6)", "MEP Coordinator", "Project Accountant", "Office Manager",
         "Layout Engineer", "Carpenter Foreman", "Ironworker GF", "Intern (summer '24)", "Document Controller"]
PROJECTS = [
    ("BK-2317", "Harbor Point Tower", "1450 Harbor Blvd, Oakland, CA 94607"),
    ("BK-2204", "Route 9 Bridge Rehab", "Route 9 & Mill St, Poughkeepsie, NY 12601"),
    ("BK-2288", "Mill Creek Culvert C-14", "Mill Creek Rd (Sta. 14+50), Dutchess County, NY"),
    ("BK-2301", "St. Brigid's School Addition", "12 O'Connell St, Chicago, IL 60607"),
    ("BK-2262", "Lakeview Medical Office Bldg", "3100 N. Lake Shore Dr, Chicago, IL 60657"),
    ("BK-2240", "Westgate Parking Structure P3", "Westgate Blvd & 5th Ave, Austin, TX 78701"),
    ("BK-2195", "Eastside WWTP Clarifier #2", "801 Plant Rd, Eastside, WA 98004"),
    ("BK-2333", "I-84 Exit 22 Interchange", "I-84 Exit 22, Southeast, NY 10509"),
    ("BK-2350", "Kaiserstraße 41 (JV Bauer-Lindqvist)", "Kaiserstraße 41, 60329 Frankfurt am Main"),
    ("BK-2359", "Torre Alameda", "Av. Insurgentes Sur 1602, Ciudad de México"),
    ("BK-2321", "Gdańsk Waterfront Lot B", "ul. Grunwaldzka 472, 80-309 Gdańsk"),
    ("BK-2276", "Pier 70 Bldg 12 Retrofit", "Pier 70, Bldg 12, San Francisco, CA 94107"),
]
PLACES = [
    "Oakland", "Poughkeepsie, NY", "Chicago", "Austin, TX", "Bellevue, WA", "Frankfurt am Main", "Ciudad de México",
    "Gdańsk", "San Francisco", "Dutchess County", "Southeast, NY", "Coeur d'Alene", "O'Fallon, MO", "St. John's, NL",
    "Québec", "Trois-Rivières", "Saint-Jean-sur-Richelieu", "Wilkes-Barre", "Winston-Salem", "Martha's Vineyard",
    "Kraków", "Łódź", "München", "Düsseldorf", "Zürich", "São Paulo", "Monterrey", "Guadalajara", "Hà Nội",
    "Đà Nẵng", "Manila", "Quezon City", "Dubai", "أبوظبي", "Riyadh", "मुंबई", "Pune", "東京", "大阪",
    "서울 강남구", "深圳", "上海浦东", "Київ", "Львів", "İzmir", "Tel Aviv-Yafo", "Auckland", "Rotorua",
    "94607", "60607", "12601", "78701", "60329", "80-309 Gdańsk", "V6B 1A1", "EC2A 4NE",
    "1450 Harbor Blvd, Oakland, CA 94607", "12 O'Connell St, Chicago, IL 60607", "Pier 70, Bldg 12, SF",
    "Route 9 & Mill St, Poughkeepsie", "Westgate Blvd & 5th Ave, Austin", "Mill Creek Rd (Sta. 14+50)",
    "I-84 Exit 22", "Kaiserstraße 41, Frankfurt", "Av. Insurgentes Sur 1602, CDMX", "ul. Grunwaldzka 472, Gdańsk",
    "41°42'15.2\"N 73°55'48.7\"W", "37.7993, -122.2766", "41.8781,-87.6298", "30.2672° N, 97.7431° W",
    "50.1109 N 8.6821 E", "site trailer, Gate 3", "the Westgate site", "Harbor Point", "Lot 7 (laydown yard)",
]
TIMEZONES = ["America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver", "America/Phoenix",
             "America/Mexico_City", "America/Toronto", "America/St_Johns", "Europe/Berlin", "Europe/Warsaw",
             "Europe/London", "Europe/Dublin", "Asia/Ho_Chi_Minh", "Asia/Manila", "Asia/Kolkata", "Asia/Dubai",
             "Pacific/Auckland", "Pacific/Honolulu", "UTC"]
CHANNELS = [("C01GENERAL", "general"), ("C02HARBORP", "bk-2317-harbor-point"), ("C03RTE9BR", "bk-2204-route9"),
            ("C04MILLCRK", "bk-2288-mill-creek"), ("C05STBRIG", "bk-2301-st-brigids"), ("C06WESTGT", "bk-2240-p3"),
            ("C07SAFETY", "safety"), ("C08ESTIMAT", "estimating"), ("C09VDCBIM", "vdc-bim"),
            ("C10SURVEY", "survey-layout"), ("C11FIELDOP", "field-ops"), ("C12EQUIPMT", "equipment-yard"),
            ("C13RANDOM", "random"), ("C14QAQC00", "qa-qc"), ("C15PROCURE", "procurement"),
            ("C16JVFRANK", "jv-kaiserstrasse"), ("C17TORREA", "torre-alameda"), ("C18ITHELP", "it-help")]
EMOJI = [":white_check_mark:", ":construction:", ":building_construction:", ":crane:", ":rain_cloud:",
         ":sunny:", ":snowflake:", ":warning:", ":rotating_light:", ":thumbsup:", ":eyes:", ":pray:", ":coffee:",
         ":hardhat:", ":truck:", ":ruler:", ":triangular_ruler:", ":muscle:", ":tada:", ":100:", ":grimacing:",
         "🏗️", "👷‍♀️", "👷🏽‍♂️", "🚧", "🌧️", "⛈️", "🌬️", "📐", "📏", "🧱", "🚛", "✅", "❌", "👍🏼", "🙏🏾", "😅", "🤦‍♂️",
         "🔥", "☕", "🦺", "⚠️", "📎"]
LINKS = [
    "https://app.procore.com/562949953425169/project/rfi/show/1142",
    "https://app.procore.com/562949953425169/project/submittal_logs/2219?tab=workflow",
    "https://acc.autodesk.com/docs/files/projects/b.7e1f0c2a/folders/urn:adsk.wipprod:fs.folder:co.Xk2_9/detail",
    "https://barrowkeel.sharepoint.com/sites/HarborPoint/Shared%20Documents/03%20Drawings/S-201_Rev%20C.pdf",
    "https://barrowkeel.sharepoint.com/:x:/r/sites/Estimating/_layouts/15/Doc.aspx?sourcedoc=%7B4F2A%7D&action=edit",
    "https://docs.google.com/spreadsheets/d/1qZ8vL3rT0xYbKc/edit#gid=418112093&range=B2:F40",
    "https://www.weather.gov/mtr/", "https://forecast.weather.gov/MapClick.php?lat=37.7993&lon=-122.2766",
    "https://www.osha.gov/laws-regs/regulations/standardnumber/1926/1926.502",
    "https://www.concrete.org/store/productdetail.aspx?ItemID=318019", "https://app.raken.io/daily-reports/88123",
    "https://maps.app.goo.gl/q8WbVz3ZcN1", "https://www.google.com/maps/place/37%C2%B047'57.5%22N+122%C2%B016'35.8%22W",
    "https://bim360.autodesk.com/issues/2f3b8d1e?project=harbor-point", "https://openspace.ai/p/HP-L4-0312",
    "https://www.bluebeam.com/studio/sessions/482-116-739", "https://zoom.us/j/93120045511?pwd=c2l0ZXdhbGs",
    "http://10.40.2.15:8080/webcam/gate3/latest.jpg", "https://fs01.bk.local:5001/sharing/Pp4kT2",
    "https://grafana.barrowkeel.com:3000/d/site-sensors/concrete-maturity?var-pour=L4-east&from=now-24h",
]

# ---- site-engineering pieces --------------------------------------------------------------------------------
FRACTIONS = ["", "", "", " 1/2", " 1/4", " 3/4", " 1/8", " 3/8", " 5/8", " 7/8", " 1/16"]
BARS = ["#3", "#4", "#4", "#5", "#5", "#6", "#7", "#8", "#9", "#11", "Ø10", "Ø12", "Ø16", "Ø20", "15M", "20M",
        "25M", "D13", "D16", "T12", "H16"]
SPACINGS = ["@ 12\" o.c.", "@ 12\" O.C. EW", "@ 16\" o.c.", "@ 10\" o.c. T&B", "@ 8\" oc", "@ 18\" o.c. EF",
            "@ 6\" o.c. (stirrups)", "@ 200 c/c", "@ 150 mm", "a 20 cm", "co 15 cm", "@ 300 c/c B1/B2",
            "@ 1'-0\" o.c.", "@ 9\" o.c. each way"]
DISCIPLINES = ["A", "A", "S", "S", "S", "M", "E", "P", "C", "FP", "L", "G", "ID", "T"]
REVS = ["Rev C", "Rev. C", "Rev 3", "R2", "rev B", "Rev D (IFC)", "Rev 0", "Rev A", "rev.4", "R05", "Rev E"]
SPEC_SECTIONS = [("03 30 00", "Cast-in-Place Concrete"), ("03 20 00", "Concrete Reinforcing"),
                 ("05 12 00", "Structural Steel Framing"), ("05 31 00", "Steel Decking"),
                 ("07 84 00", "Firestopping"), ("08 44 13", "Glazed Aluminum Curtain Walls"),
                 ("09 29 00", "Gypsum Board"), ("31 23 00", "Excavation and Fill"),
                 ("31 63 29", "Drilled Concrete Piers and Shafts"), ("33 41 00", "Storm Utility Drainage Piping"),
                 ("23 31 13", "Metal Ducts"), ("26 05 19", "Low-Voltage Conductors"), ("04 22 00", "CMU")]
CONCRETE = ["4000 psi", "5,000 psi", "6000 PSI", "f'c = 5000 psi", "f'c=4,000 psi @ 28 days", "C30/37",
            "C25/30 XC2", "fck 30 MPa", "32 MPa", "M25", "f'c 280 kg/cm²", "C35/45 XF4"]
STEEL = ["W14x90", "W12×53", "W24x76", "HSS 6x6x3/8", "HSS8×8×1/2", "L4x4x3/8", "C10x15.3", "WT6x20",
         "HEB 300", "IPE 400", "PL 3/4\" x 12\"", "3\" 20ga composite deck"]
ARCHITECTS = ["Halvorsen Architects", "SOM", "the EOR", "Okafor + Lindqvist", "the architect", "Walter P Moore",
              "KPFF", "Arup", "the owner's rep", "Studio Peña"]


def _fi(rng: Any) -> str:
    return f"{rng.randint(0, 48)}'-{rng.randint(0, 11)}{rng.choice(FRACTIONS)}\""


SITE_PIECES: dict[str, Callable[[Any], str]] = {
    "fi": _fi,
    "in": lambda r: r.choice(["3/4\"", "1/2\"", "1-1/2\"", "2\"", "3\"", "4\"", "6\"", "8\"", "10\"", "12\"", "5/8\"",
                              "1/4\"", "2-1/4\"", "3 1/2\"", "14\"", "18\""]),
    "tol": lambda r: r.choice(["±1/8\"", "± 1/4\"", "±1/4\"", "+0\"/-1/4\"", "±3 mm", "± 6mm", "±1/16\"", "±0.02'",
                               "±10 mm", "1/8\" in 10'", "±3/8\""]),
    "grid": lambda r: r.choice(["A/3", "C/4", "C.5/7", "B-4", "D–E / 5–6", "F/2.2", "GL 3", "A/3-5", "H/11",
                                "J.3/8", "grid 7 between D & E", "K/1", "B/C-3/4", "A-B/1", "E/9"]),
    "bar": lambda r: r.choice(BARS),
    "sp": lambda r: r.choice(SPACINGS),
    "dwg": lambda r: (f"{r.choice(DISCIPLINES)}-{r.choice([1, 1, 2, 3, 4, 5, 6])}{r.randint(0, 2)}"
                      f"{r.randint(0, 9)}{r.choice(['', '', '', '.1', 'A', '.2'])}"),
    "rev": lambda r: r.choice(REVS),
    "rfi": lambda r: r.choice(["RFI-", "RFI #", "RFI ", "rfi "]) + f"{r.randint(1, 340):03d}",
    "sub": lambda r: (lambda s: f"{s[0]}-{r.randint(1, 24):03d} ({s[1]})")(r.choice(SPEC_SECTIONS)),
    "spec": lambda r: (lambda s: f"{s[0]} – {s[1]}")(r.choice(SPEC_SECTIONS)),
    "el": lambda r: r.choice([f"EL. +{r.randint(90, 240)}'-{r.randint(0, 11)}\"",
                              f"EL {r.randint(2, 60)}.{r.randint(0, 999):03d} m",
                              f"T.O.S. {_fi(r)}", f"TOC {_fi(r)}", f"FFE {r.randint(98, 130)}.{r.randint(0, 99):02d}'",
                              f"B.O.F. -{r.randint(2, 14)}'-{r.randint(0, 11)}\""]),
    "conc": lambda r: r.choice(CONCRETE),
    "steel": lambda r: r.choice(STEEL),
    "temp": lambda r: r.choice([f"{r.randint(18, 104)}°F", f"{r.randint(-12, 38)} °C", f"{r.randint(-8, 40)}°C",
                                f"{r.randint(25, 95)} F"]),
    "wind": lambda r: r.choice([f"{r.randint(18, 45)} mph", f"gusts to {r.randint(25, 50)} mph",
                                f"{r.randint(30, 70)} km/h", f"{r.randint(8, 20)} m/s"]),
    "rain": lambda r: r.choice(["0.25\"", "0.5\"", "3/4\"", "1.2\"", "1-1/2\"", "12 mm", "25 mm", "40mm"]),
    "date": lambda r: r.choice(["3/12", "3/13", "Thu 3/14", "03/15/24", "2024-03-18", "12.03.2024", "March 19th",
                                "Mon the 18th", "tmrw", "Friday", "15/03", "20 mars", "next Tues"]),
    "time": lambda r: r.choice(["6:00am", "6:30 AM", "05:45", "7am", "0700", "1:30pm", "14:00", "noon", "3:30 PM"]),
    "lvl": lambda r: r.choice(["L2", "L3", "L4", "Level 5", "L9", "the roof", "P1", "P2", "B1", "mezz", "2nd floor"]),
    "cy": lambda r: str(r.choice([12, 28, 36.5, 54, 88, 112, 140, 212, 310])),
    "pct": lambda r: f"{r.choice([92, 94.8, 95, 95.5, 96.2, 97.1, 98, 100.4])}%",
    "n": lambda r: str(r.randint(2, 48)),
    "cost": lambda r: r.choice(["$4,250.00", "$12,880", "$118,400.00", "$ 1,975", "USD 38,200", "€ 9.840,00",
                                "$(2,140.50)", "MXN 215,000", "PLN 48 300,00", "$0.85/SF"]),
    "co": lambda r: r.choice(["PCO #", "CO-", "COR ", "CCD #", "ASI-", "T&M #"]) + str(r.randint(1, 140)),
}
SITE_TEXTS = [
    "⟨rfi⟩ is back from ⟨arch⟩: they want ⟨bar⟩ ⟨sp⟩ at the slab edge between grids ⟨grid⟩. Updating the shop dwgs.",
    "Pour for ⟨lvl⟩ deck pushed to ⟨date⟩, forecast says ⟨rain⟩ of rain overnight. Pump truck moved to ⟨time⟩.",
    "Layout check at grid ⟨grid⟩: column is off ⟨in⟩ to the east. Tolerance is ⟨tol⟩ so we need ⟨arch⟩ to look.",
    "⟨el⟩ at ⟨grid⟩ per ⟨dwg⟩ ⟨rev⟩, but the survey shot ⟨el⟩. Who's right? @@M@@",
    "Submittal ⟨sub⟩ came back \"Revise & Resubmit\". Comments are in Procore, mostly about the ⟨in⟩ embeds.",
    "Uploaded ⟨dwg⟩ ⟨rev⟩ — clouded changes around ⟨grid⟩, wall went from ⟨fi⟩ to ⟨fi⟩.",
    "@@M@@ can you confirm the slab thickness at the ramp? I have ⟨in⟩ on ⟨dwg⟩ and ⟨in⟩ on ⟨dwg⟩",
    "Concrete tickets today: ⟨cy⟩ CY of ⟨conc⟩, slump 4\" ± 1\", air 6% ± 1.5%. 4 sets of cylinders taken.",
    "Cold weather plan is ON for tonight: blankets on ⟨lvl⟩ if it drops below 40°F. Trailer reads ⟨temp⟩ right now.",
    "Wind ⟨wind⟩ at the hook, crane is down until it's < 25 mph. ⟨steel⟩ picks moved to ⟨date⟩.",
    "Heads up: 1-1/2\" conduit sleeves at ⟨grid⟩ clash with the ⟨bar⟩ top bars. Do we need an RFI or just move "
    "them ⟨in⟩?",
    "Anchor bolts BP-⟨n⟩: 4 × 3/4\"Ø F1554 Gr. 36, 12\" embed, 3\" projection, set to ⟨tol⟩.",
    "Punch walk ⟨date⟩ at ⟨time⟩, meet at the ⟨lvl⟩ lobby. Bring the ⟨dwg⟩ set, not the old Rev B!",
    "Changed the partition type on ⟨dwg⟩: 5/8\" Type X GWB both sides, 3-5/8\" 20ga studs @ 16\" o.c., ⟨fi⟩ AFF.",
    "Benchmark BM-3 = 102.347 (NAVD88). ⟨lvl⟩ FFE 100'-0\" = ⟨el⟩. Layout crew starts ⟨time⟩.",
    "Daily report ⟨date⟩: ⟨n⟩ carpenters, ⟨n⟩ ironworkers, 3 finishers, 2 laborers. Weather ⟨temp⟩, wind ⟨wind⟩. "
    "No incidents, no visitors.",
    "Compaction on the east pad: ⟨pct⟩, ⟨pct⟩ and ⟨pct⟩ of modified Proctor (need 95%). Re-rolling the low spot.",
    "Ø12 @ 200 c/c B1/B2, Ø16 @ 150 T1/T2, cover 40 mm, ⟨conc⟩. Please double-check the laps (50Ø).",
    "Slope to drain 2% min, i.e. 1/4\" per ft. The sidewalk at ⟨grid⟩ is flat ±0 — needs a grinder.",
    "Rebar inspection passed at ⟨lvl⟩ ⟨grid⟩, inspector wants 3\" clr at the footings (we had 2-1/2\").",
    "RFI log is at ⟨n⟩ open, ⟨n⟩ overdue. Oldest is ⟨rfi⟩ (embed plate EP-⟨n⟩, ⟨in⟩ thick, 4 studs ⅝\"Ø×6\").",
    "⟨co⟩ for the added 6\" curb along gridline ⟨grid⟩: ⟨cost⟩. Need sign-off by ⟨date⟩.",
    "Anyone know why =VLOOKUP(A2,'Rebar Schedule'!A:D,4,FALSE) gives #N/A for bar mark B12?",
    "tip: =SUMIF(C:C,\"Open\",E:E) gives you the open RFI cost exposure in the log",
    "Shoring removal at ⟨lvl⟩ needs 75% of f'c (cyl breaks): 7-day came in at 3,420 psi, need 3,750. Wait til ⟨date⟩.",
    "Embed conflict at ⟨grid⟩: curtain wall anchor is ⟨in⟩ off the slab edge, ⟨tol⟩ allowed. Sending ⟨rfi⟩.",
    "The ⟨steel⟩ at ⟨grid⟩ came in ⟨in⟩ short. Fabricator says their shop dwg shows ⟨fi⟩. Hold that pick.",
    "⟨lvl⟩ deck pour sequence: east half ⟨time⟩, west half ⟨date⟩. Construction joint at grid 6 (see ⟨dwg⟩).",
    "Heat index 104°F this afternoon: water/rest/shade, 10 min break every hour, buddy checks. 🥵",
    "Rained ⟨rain⟩ last night, site is mud. No trucks past Gate 2 until it drains. Weather day #⟨n⟩ logged.",
    "Frost depth here is 42\", footings are at 3'-6\" min below grade, we're good.",
    "Can we get ⟨n⟩ more bundles of ⟨bar⟩ × 20'? Delivery to laydown Lot 7 ⟨date⟩ ⟨time⟩.",
    "Clash report from Navisworks: ⟨n⟩ hard clashes on ⟨lvl⟩, mostly 14\"Ø duct vs. ⟨steel⟩ at ⟨grid⟩.",
    "Grout under base plates: 1-1/2\" non-shrink, 8000 psi @ 28d. Pre-wet, no mixing with water > 5 gal/bag 😬",
    "Post-tension: stressing ⟨lvl⟩ tendons ⟨date⟩, elongations within ±7% of calc. Don't core anything!",
    "The 1\"=20'-0\" site plan is wrong scale on the PDF, measure off the CAD, not the print 🙃",
    "Guard rail at the slab edge: 42\" ± 3\" top rail, mid rail at 21\", toe board 3-1/2\". 200 lb test. "
    "No exceptions.",
    "Pile PC-⟨n⟩ hit refusal at ⟨fi⟩, design tip was ⟨el⟩. Geotech says ok if blows > 10/in for last 6\".",
    "Updated 3-week look-ahead is on the drive. ⟨lvl⟩ MEP rough-in slipped 4 days, critical path now through "
    "the curtain wall.",
    "Hey, what's the clear cover for the grade beams? ⟨dwg⟩ note 7 says 3\" but the typ. detail shows 2\".",
    "Concrete maturity sensor at ⟨lvl⟩ east reads 3,100 psi equiv. Strip forms after ⟨time⟩ tmrw.",
    "Door ⟨n⟩⟨rev⟩: frame is 3'-0\" × 7'-0\", opening is 3'-2\" R.O. — shim ±1/8\", fire rating 90 min, "
    "label on hinge side.",
    "Window sill heights on ⟨dwg⟩ are 2'-6\" AFF, but spec ⟨spec⟩ says 30\" min. Same thing, ok 😅",
    "Site logistics: crane swing radius 180', no loads over the sidewalk on Harbor Blvd between 7-9am.",
    "PSA: the total station is in the gang box on ⟨lvl⟩, battery at 20%. Prism pole is bent, don't use it.",
    "culvert C-14 invert: upstream ⟨el⟩, downstream ⟨el⟩, slope 0.50%. Bedding 6\" #57 stone.",
    "Asphalt: 2\" surface course over 4\" base, compacted to 92-97% Gmm. Paving ⟨date⟩ if temp > 40°F and rising.",
    "We need a 48-hr notice for the special inspector on ⟨lvl⟩ ⟨grid⟩ welds (CJP, UT required).",
    "Estimate for ⟨spec⟩: ⟨cost⟩ incl. 10% contingency, excl. winter conditions & OT.",
    "formwork for the ⟨fi⟩ wall: 3/4\" HDO ply, 2×4 studs @ 12\" o.c., snap ties @ 24\" × 24\", pour rate ≤ 5'/hr",
    "Mortar joints 3/8\" ± 1/8\", CMU 8×8×16, grout cells @ 32\" o.c. & at every ⟨bar⟩ vertical.",
    "Vapor barrier under SOG: 15 mil, lap 6\", tape all seams, ⟨in⟩ sand cushion NOT allowed per ⟨rfi⟩.",
    "ADA ramp: 1:12 max, landing 5'-0\" × 5'-0\", handrails 34\"–38\" AFF. Current one is 1:11.2 — tear out 😩",
    "The elevation on ⟨dwg⟩ says 12'-6\" clear but with the ⟨in⟩ topping we'll have 12'-4\". Architect ok'd by email.",
    "Lift plan for the ⟨steel⟩: 14,200 lb, radius 95', chart 18,900 lb → 75% of capacity. Signal person: @@M@@",
    "The #4 dowels @ 12\" o.c. x 2'-0\" (1'-0\" each side) at the CJ are missing on the north wall. Drilling + epoxy.",
    "Saw cuts in SOG within 12 hrs, spacing 12'-0\" max each way, depth 1/4 of slab (1-1/2\" for the 6\").",
    "Topo survey done: cut 2,340 CY, fill 1,980 CY, net export 360 CY. Spreadsheet: =SUM(D2:D48)-SUM(E2:E48)",
    "Who changed the Look-Ahead tab? Column H used to be =NETWORKDAYS(C2,D2,Holidays!$A$2:$A$20) and now it's "
    "hardcoded",
    "Sprinkler heads at ⟨lvl⟩ ⟨grid⟩ need to drop 2\" to clear the ⟨in⟩ duct. FP sub says no problem.",
    "Trench at ⟨grid⟩ is 6'-2\" deep, so sloping 1.5:1 or the box. Competent person on site: @@M@@. "
    "No entry till checked.",
    "Delivery tickets for ⟨date⟩: 3 trucks rebar (⟨bar⟩ & ⟨bar⟩), 1 flatbed ⟨steel⟩, 2 pump trucks (38m + 47m boom).",
]
SITE_MULTILINE = [
    "*Pour checklist ⟨lvl⟩* (⟨date⟩ ⟨time⟩)\n• forms oiled & braced ✅\n• ⟨bar⟩ ⟨sp⟩ inspected ✅\n• embeds "
    "per ⟨dwg⟩ ⟨rev⟩ ✅\n• screed rails set to ⟨el⟩ ⟨tol⟩\n• ⟨cy⟩ CY ⟨conc⟩ ordered, pump @ ⟨time⟩\n• "
    "cylinders: 1 set / 50 CY",
    "```\nBar  Size  Qty  Length    Shape  Location\nB1   #4    48   12'-6\"    STR    L2 slab edge A/3-5\nB2   "
    "#5    96   20'-0\"    STR    L2 top EW\nS1   #3    210  4'-8\"     T6     grade beam GB-2\nD4   #4    36   "
    "2'-0\"     STR    dowels @ CJ\n```",
    "Survey shots (ft):\n```\nPT     NORTHING     EASTING      ELEV    DESC\n101  2104533.412  6051227.885  "
    "102.347  BM-3\n102  2104560.018  6051301.440  100.012  FFE-A3\n103  2104561.250  6051330.902  99.986   "
    "FFE-C4\n```\nall within ±1/8\" except 103 (-0.014' = -3/16\")",
    "*Weather delay log*\n| date | rain | wind | decision |\n|---|---|---|---|\n| 3/04 | 0.8\" | 12 mph | no pour |\n"
    "| 3/07 | 0 | 38 mph | no crane |\n| 3/11 | 1.2\" | 9 mph | site closed |\nTotal ⟨n⟩ weather days claimed so far.",
    "> ⟨rfi⟩ – Question: Detail 5/⟨dwg⟩ shows ⟨bar⟩ ⟨sp⟩ but schedule says ⟨bar⟩ ⟨sp⟩. Which governs?\n> "
    "Answer (⟨arch⟩): Schedule governs. Provide ⟨bar⟩ ⟨sp⟩ T&B, 2\" clr.\n\nOk everyone, schedule governs 👆",
    "Meeting minutes OAC #⟨n⟩ (⟨date⟩)\n1. ⟨rfi⟩ answered — see ⟨dwg⟩ ⟨rev⟩\n2. ⟨co⟩ approved ⟨cost⟩\n3. "
    "Curtain wall mockup test: water at 15 psf, PASS\n4. Next OAC ⟨date⟩ ⟨time⟩ in the trailer (Gate 3)",
    "Tolerance summary (ACI 117):\n- Slab FF/FL: 35/25 overall, 25/15 local\n- Column plumb: 1/4\" per 10', 1\" max\n- "
    "Anchor bolts: ±1/4\" in a group, ±1/2\" to grid\n- Embed plates: ±1\" horizontal, ±1/2\" vertical",
    "Excel for the pour tracker:\n`=IF(C3>0,\"ok\",\"late\")` in col F, `=ROUNDUP(L2*W2*T2/27,1)` for CY "
    "(L, W, T in ft), `=TEXT(B2,\"ddd m/d\")` for the day. Sheet is \"Concrete Pours – L1-L9\".",
]
# Plain chat: the office and the field, no measurements needed.
CHAT = [
    "morning crew ☕", "gm", "on my way to site, 10 min", "who has the key to the conex box?", "truck's at gate 3",
    "safety stand-down friday 7am, everyone on site", "thx @@M@@!", "ty", "np", "👍", "copy that", "10-4",
    "can someone grab the mail from the trailer", "happy hour at O'Malley's after the topping-out 🍻",
    "who parked the telehandler in front of the dumpster again", "lunch truck is here 🌮", "brb, inspector is here",
    "reminder: timesheets due by noon Monday (Viewpoint)", "PTO tomorrow, @@M@@ is covering", "ok will do",
    "is the Procore app slow for anyone else?", "VPN is down at the trailer again", "printer on 2 is jammed, again",
    "IT: the plotter in the plan room needs 36\" rolls, not 24\"", "anyone have a spare hard hat sticker?",
    "congrats @@M@@ on passing the PE exam!!! 🎉🎉", "welcome to the team @@M@@ 👋", "who's bringing donuts?",
    "All hands Thursday 4:30pm CT / 2:30pm PT in ⟨C⟩", "expense reports: receipts > $25 need a photo",
    "new hires need OSHA 10 before their first day on site", "please wear your vests in the yard, forklift traffic",
    "lol", "same", "+1", "hmm, let me check", "yep", "nope", "on it", "k", "sry wrong channel", "^ this",
    "does anyone have the gate code for Pier 70?", "the porta-johns get serviced Tue/Fri now",
    "whoever left the coffee pot on in the trailer… 🔥", "Go Cubs!", "it's snowing at the bridge site ❄️",
    "Reminder: toolbox talk topic this week is ladders (3 points of contact, 3' above landing)",
    "can u send me the link again", "vacation pics from Tulum 🌴", "sandwiches in the conference room, help yourselves",
    "Does Jeeves know the weather at the Mill Creek site? asking for the pour", "omg the new plotter is fast",
    "who's on call for the pumps this weekend?", "Kudos to the Route 9 crew, 0 incidents for 200 days! 🦺",
    "Fire drill at the office 10:00, meet at the parking lot on Adams St.", "badge readers are down at Gate 1",
    "Don't forget: daylight saving time started Sunday, check your alarms for the 5am pours 😴",
]
OTHER_LANGUAGES = [
    "Buenos días equipo. El colado de la losa del nivel ⟨n⟩ se pasa al jueves por la lluvia 🌧️",
    "Cuadrilla de fierreros: varilla #4 @ 30 cm en ambos sentidos, recubrimiento 5 cm. ¿Quién revisa?",
    "¿Alguien tiene el plano E-02 rev.B? El del cajón dice 'rev A' 🤷",
    "Zbrojenie stropu: pręty Ø12 co 15 cm, otulina 3 cm. Betonowanie przesunięte na piątek.",
    "Dzień dobry! Dźwig nie pracuje, wiatr 15 m/s. Czekamy.",
    "Bewehrung Decke über EG: Ø10/15 unten, Ø12/20 oben, Betondeckung 3,5 cm. Betonage verschoben wegen Frost (−4 °C).",
    "Kurze Info: Abnahme Bauteil 3 am Do. 14.03. um 10:00 Uhr, Treffpunkt Baucontainer Kaiserstraße.",
    "Coulée de la dalle du niveau 2 reportée à demain : 25 mm de pluie prévus. Armatures 15M @ 300 c/c.",
    "Salut l'équipe, l'inspecteur passe à 13 h pour les ancrages. Merci d'être là !",
    "Concretagem da laje do 3º pavimento adiada, previsão de chuva de 30 mm. fck 30 MPa.",
    "Đổ bê tông sàn tầng 4 lúc 6h sáng mai, thép Ø12 a200. Anh em chuẩn bị nhé!",
    "明日の打設は雨で延期です。スランプ18cm、呼び強度27N/mm²。",
    "3号楼基坑降水完成，明天开始浇筑垫层 C15，厚度100mm。",
    "내일 3층 슬래브 타설 예정입니다. 철근 D13@200 양방향 확인 부탁드립니다 🙏",
    "تم تأجيل صب الخرسانة للطابق الثاني بسبب الرياح، السرعة ٤٥ كم/س",
    "कल सुबह 7 बजे स्लैब की ढलाई है, M25 कंक्रीट, 150 mm मोटाई। सब समय पर आएं।",
    "Армування плити: Ø12 крок 200 мм, захисний шар 25 мм. Бетонування перенесли на понеділок.",
    "Tuloy ang buhos bukas ng 6am, pakihanda ang vibrator at curing compound. Salamat po!",
    "Kolon kalıpları yarın sökülecek, beton C30/37. Kimse kolonlara yaslanmasın lütfen.",
    "Mulțumesc pentru ajutor la descărcarea armăturii! 💪",
    "Kia ora koutou, site induction at 7:00 for the new crew.",
    "ʻAe, I'll bring the laser level tomorrow. Mahalo!",
]
LONG_TEXTS = [
    "*Incident report — near miss* (⟨date⟩ ⟨time⟩)\n• What: a 2×4 fell from ⟨lvl⟩ slab edge, landed inside the "
    "barricade\n• Why: toe board missing at grid ⟨grid⟩ after the deck pour\n• Fix: toe boards re-installed, "
    "debris netting extended 10'\n• Nobody hurt. Stand-down at 1pm. Report in Procore Observations #⟨n⟩.",
    "-------- Forwarded message --------\nFrom: City of Oakland Building Dept <permits@oaklandca.gov>\nSubject: "
    "Permit B2400871 – Inspection scheduled\n\nYour inspection \"Framing – Level 3\" is scheduled for ⟨date⟩ between "
    "8:00 AM and 12:00 PM. Have the approved plans (stamped set) on site.",
    "Owner walk went well 🙌\nNotes:\n1. paint color at lobby: SW 7005 \"Pure White\" not 7006\n2. move 2 "
    "receptacles in Suite 210 ⟨in⟩ left (conflict w/ millwork)\n3. add blocking for the 85\" TVs, 48\" AFF to center"
    "\n4. the owner's rep wants the punch list in Excel, not PDF 🙄",
    "Weekly look-ahead (⟨date⟩):\n- Mon: ⟨lvl⟩ shoring + rebar\n- Tue: MEP sleeves, embeds, inspection ⟨time⟩\n- "
    "Wed: pour ⟨cy⟩ CY ⟨conc⟩ (weather permitting ☔)\n- Thu: strip ⟨lvl⟩, layout ⟨lvl⟩\n- Fri: steel ⟨steel⟩ "
    "erection, crane inspection",
    "Retainage release for Pay App #7 is held until the O&M manuals and as-builts are in. I know, I know. "
    "@@M@@ can you push the subs? Electrical and FP are the last ones. Thanks!",
    "Lessons learned from the Westgate P3 job:\n> pre-pour meetings w/ the pump operator saved us 2 hrs per pour\n> "
    "the 4\" sleeves should be in the shop dwgs, not field-located\n> get the PT shop drawings approved 3 wks "
    "earlier next time",
]
BOT_COMMANDS = [
    "weather", "weather ⟨P⟩", "weather in ⟨P⟩", "wx ⟨P⟩", "weather ⟨P⟩ tomorrow", "weather ⟨P⟩ please 🙏",
    "remember location ⟨P⟩", "remember location ⟨P⟩", "my location", "forget location", "help", "config",
    "config timezone ⟨TZ⟩", "config tz ⟨TZ⟩", "config alert_time ⟨T⟩", "config units imperial",
    "config units metric", "alerts on", "alerts off", "login", "forget me", "hi", "what can you do?",
    "thanks!", "Weather ⟨P⟩", "is it going to rain at ⟨P⟩?", "config alert_time 5:30", "alerts on pls",
]
SITE_COMMANDS = [
    "weather ⟨site⟩ — pour ⟨lvl⟩ ⟨date⟩ ⟨time⟩, need < 0.1\" rain", "weather ⟨site⟩ wind? crane picks ⟨date⟩",
    "remember location ⟨site⟩", "remember location site trailer, Gate 3 (⟨site⟩)",
    "weather ⟨site⟩ (⟨proj⟩) — frost tonight? need > 40°F for the pour", "weather for ⟨proj⟩ site",
    "weather ⟨site⟩ 🌧️ ⟨date⟩?", "weather 41°42'15\"N 73°55'48\"W", "remember location ⟨site⟩ – laydown yard",
    "weather ⟨site⟩ for the ⟨fi⟩ wall pour", "weather ⟨site⟩ — roofers need 3 dry days",
]
FILE_NAMES = [
    "A-101_Rev C (final).dwg", "S-201 Rev.3 – Slab Edge Details.pdf", "IMG_20240312_071455.jpg",
    "Grid A-3 pour #2 (6am).jpg", "RFI #042 – Embed conflict @ C⁄4.pdf", "Rebar Schedule L2-L5 (03-12-2024).xlsx",
    "punch list – Bldg A – O'Brien.xlsx", "Concrete_Tickets_03.11.24.pdf", "Übergabeprotokoll Bauteil 3.pdf",
    "Plano estructural E-02 rev.B.dwg", "现场照片 3号楼.jpg", "Daily Log 3⁄12 [signed].pdf",
    "survey_BM-3 (NAVD88).csv", "Pay App #7 – March 2024 v2 FINAL.xlsx", "12'-6\" wall section.pdf",
    "site plan 1\"=20'-0\".pdf", "M-401_HVAC Roof Plan_Rev D.rvt", "Harbor Point – 3wk Look-Ahead.mpp",
    "clash_report_L4 (Navisworks).html", "IMG_4471.HEIC", "Screenshot 2024-03-12 at 07.42.13.png",
    "Submittal 05 12 00-004 Steel Shop Dwgs.pdf", "Torre Alameda – Memoria de cálculo.docx",
    "P3_ramp_slope_check (1:12).xlsx", "CO-017 backup T&M.pdf", "GB-2 detail ±1⁄8 tol.dxf",
    "Kaiserstraße_41_Bewehrungsplan_Pos.12.pdf", "Harbor Blvd sidewalk – permit B2400871.pdf",
    "ŁÓDŹ_hala_B_zbrojenie.dwg", "drone_ortho_2024-03-11.tif", "L4-east maturity (°F·hr).csv",
    "St. Brigid's – door hardware sched.xlsx", "~$Rebar Schedule.xlsx", "Copy of Copy of RFI Log (3).xlsx",
]
MIME = {"dwg": "application/acad", "pdf": "application/pdf", "jpg": "image/jpeg", "xlsx":
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv": "text/csv", "png": "image/png",
        "rvt": "application/octet-stream", "mpp": "application/vnd.ms-project", "html": "text/html",
        "heic": "image/heic", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "dxf": "image/vnd.dxf", "tif": "image/tiff"}

# ---- what the project-management tools carry ---------------------------------------------------------------
FORMULAS = [
    "=SUM(B2:B9)", "=IF(C3>0,\"ok\",\"late\")", "=VLOOKUP(A2,'Crew Roster'!A:F,3,FALSE)",
    "=XLOOKUP(B2,Users!C:C,Users!A:A,\"not found\")", "=IFERROR(INDEX(Rates!D:D,MATCH(A2,Rates!A:A,0)),0)",
    "=NETWORKDAYS(C2,D2,Holidays!$A$2:$A$20)", "=TEXT(E2,\"yyyy-mm-dd\")&\" \"&F2", "=ROUND(G2*1.08,2)",
    "=COUNTIFS(Status,\"Open\",Due,\"<\"&TODAY())", "=SUMPRODUCT((C2:C50=\"Concrete\")*(E2:E50))",
    "=CONCATENATE(A2,\" \",B2)", "=LEFT(A2,FIND(\"-\",A2)-1)", "=IF(AND(H2>=0.95,H2<=1.05),\"✔\",\"✘\")",
    "=MAX(0,D2-C2)", "=AVERAGE('28-day breaks'!C2:C40)", "=B2/12", "=ROUNDUP(L2*W2*T2/27,1)",
    "=CONVERT(A2,\"ft\",\"m\")", "=HYPERLINK(\"https://app.procore.com/562949953425169/project/rfi/show/\"&A2,\"RFI-\"&A2)",
    "=QUERY(Roster!A:H,\"select A, B, F where F = 'Active' order by B\",1)",
    "=IMPORTRANGE(\"https://docs.google.com/spreadsheets/d/1qZ8vL3rT0xYbKc/edit\",\"Crew!A1:H200\")",
    "=ARRAYFORMULA(IF(LEN(A2:A),LOWER(A2:A)&\"@barrowkeel.com\",\"\"))", "=REGEXEXTRACT(B2,\"[A-Z]{1,2}-\\d{3}\")",
    "=FILTER(A2:D200,C2:C200=\"Late\")", "=LET(x,B2*12,x+C2)", "=DATEDIF(B2,TODAY(),\"d\")",
    "=SUMIFS(Cost!E:E,Cost!B:B,\"03*\",Cost!C:C,\">=\"&DATE(2024,3,1))", "=IF(ISBLANK(D2),\"TBD\",D2)",
    "='Level 2'!F14*12", "=A2&\"-\"&TEXT(B2,\"000\")", "=INT(B2)&\"'-\"&ROUND(MOD(B2,1)*12,0)&\"\"\"\"",
    "=SUBSTITUTE(A2,\"#\",\"No. \")", "=IFS(D2<0.9,\"behind\",D2<1,\"watch\",TRUE,\"on track\")",
    "=WORKDAY(TODAY(),10)", "=TODAY()-C2", "=UNIQUE(FILTER(B2:B,B2:B<>\"\"))", "=SPLIT(A2,\" – \")",
    "=COUNTA(A2:A)-COUNTIF(F2:F,\"Closed\")", "=MROUND(C7,0.125)", "=TRIM(PROPER(B2))",
]
SHEETS = [
    "Crew Roster", "RFI Log", "Submittal Register (Rev 4)", "Look-Ahead 3wk", "Concrete Pours – L1-L9",
    "Rebar Schedule", "Level 2", "Cost Codes 03-xx", "Punch List — Bldg A", "T&M Tickets", "Pay App #7",
    "Daily Log 2024-03", "Manpower", "Breaks 7d/28d", "Sheet1", "Datos de obra", "Zbrojenie", "Übersicht BA 2",
    "Owner's Contingency", "O&M Tracker", "Weather Days", "Equipment (Owned vs. Rented)", "Crew!A1:H200",
    "'Crew Roster'!A2:H400", "Q1'24 Forecast", "Holidays", "Users", "Roster", "Cost", "Status: Open",
]
PATHS = [
    "\\\\fs01\\Projects\\BK-2317 Harbor Point\\03 Drawings\\Structural\\S-201_Rev C.pdf",
    "P:\\BK-2204 Route 9\\Schedules\\Look-ahead wk 11.xlsx",
    "/Users/jrivera/Library/CloudStorage/OneDrive-Barrow&Keel/Projects/2317/Crew Roster.xlsx",
    "https://barrowkeel.sharepoint.com/sites/HarborPoint/Shared Documents/05 Schedules/Crew Roster.xlsx",
    "My Drive/Site Reports/2024/03", "/mnt/projects/2317/exports/roster.csv", "~/Downloads/RFI Log (3).xlsx",
    "C:\\Users\\dmitchell\\Documents\\Punch List – Bldg A.xlsx", "smb://fs01.bk.local/projects/2204/survey/",
    "s3://bk-pm-exports/smartsheet/2024/03/12/roster.json", "Z:\\Estimating\\2024\\Bids\\Torre Alameda\\takeoff.xlsx",
    "/Shared drives/Field Ops/Crew Rosters/2024-Q1.gsheet", "sites/Estimating/Shared Documents/Forms/AllItems.aspx",
    "Projects > BK-2288 Mill Creek > 02 RFIs > RFI-042", "dropbox:/BK Field/Photos/2024-03-12/",
]
PM_TOOLS = [
    ("Smartsheet-Bridge/2.3 (+https://www.smartsheet.com/bridge)", "smartsheet"),
    ("Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd8zTk_p)",
     "apps-script"),
    ("Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)", "power-query"),
    ("Zapier", "zapier"), ("Make/production", "make"), ("n8n", "n8n"), ("axios/1.6.7", "procore-sync"),
    ("python-requests/2.31.0", "pm-sync.py"), ("Airtable-Automations/1.0", "airtable"),
    ("monday.com-integrations/1.0", "monday"), ("PowerAutomate/1.0 (LogicApps)", "power-automate"),
    ("Retool/2.0 (+https://retool.com)", "retool"), ("Grafana/10.3.3", "grafana-json"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
     "excel-webservice"),
]
CLIENTS = ["procore-sync", "smartsheet-bridge", "powerbi-site-dash", "ci-deploy", "jeeves-worker", "field-app-ios",
           "field-app-android", "pm-sheets", "raken-daily", "hr-roster", "estimating-tools", "grafana-sensors"]

BROWSERS = [
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
     "Safari/537.36", '"Chromium";v="122", "Not(A:Brand";v="24", "Google Chrome";v="122"', '"Windows"'),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
     "Safari/537.36 Edg/122.0.2365.80", '"Chromium";v="122", "Not(A:Brand";v="24", "Microsoft Edge";v="122"',
     '"Windows"'),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 "
     "Safari/537.36", '"Chromium";v="122", "Not(A:Brand";v="24", "Google Chrome";v="122"', '"macOS"'),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 "
     "Safari/605.1.15", "", ""),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0", "", ""),
    ("Mozilla/5.0 (iPad; CPU OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3.1 "
     "Mobile/15E148 Safari/604.1", "", ""),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.3.1 Mobile/15E148 Safari/604.1", "", ""),
    ("Mozilla/5.0 (Linux; Android 13; CAT S75) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 "
     "Mobile Safari/537.36", '"Chromium";v="122", "Not(A:Brand";v="24", "Google Chrome";v="122"', '"Android"'),
    ("Mozilla/5.0 (Linux; Android 14; SM-T636B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 "
     "Chrome/117.0.0.0 Safari/537.36", '"Not_A Brand";v="8", "Chromium";v="117", "Samsung Internet";v="24.0"',
     '"Android"'),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Slack/4.36.140 "
     "Chrome/120.0.6099.291 Electron/28.2.2 Safari/537.36 Sonic Slack_SSB/4.36.140", "", ""),
]
LANGS = ["en-US,en;q=0.9", "en-US,en;q=0.9,es;q=0.8", "es-MX,es;q=0.9,en-US;q=0.8,en;q=0.7",
         "es-419,es;q=0.9", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "de-DE,de;q=0.9,en;q=0.8",
         "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7", "pt-BR,pt;q=0.9,en;q=0.8", "vi-VN,vi;q=0.9,en-US;q=0.8",
         "zh-CN,zh;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.8", "ar-AE,ar;q=0.9,en;q=0.8", "en-GB,en;q=0.9",
         "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7", "tl-PH,tl;q=0.9,en-US;q=0.8,en;q=0.7", "en", "*"]
PLACEHOLDER = re.compile("⟨([a-zA-Z]+)⟩")
TO_ASCII = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ʻ": ""})


class Firm(WebApp):
    """The firm, its people and one seeded random source; each method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    team, ts_window = TEAM, (0, 12 * 3600)

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i, full in enumerate(PEOPLE):
            plain = [w.strip(".") for w in full.split() if not w.startswith('"') and w not in ("Jr.", "III")]
            plain = [w for w in plain if w] or [f"user{i}"]
            ends = (plain[0], plain[-1]) if len(plain) > 1 else (plain[0],)
            ascii_name = ".".join(unicodedata.normalize("NFKD", w.translate(TO_ASCII)).encode("ascii", "ignore")
                                  .decode().lower().replace("'", "") for w in ends)
            self.people.append({"id": self.sid("U0"), "name": full, "handle": ascii_name,
                                "email": f"{ascii_name}@barrowkeel.com", "tz": self.pick(TIMEZONES),
                                "role": self.pick(ROLES)})

    # ---- records -------------------------------------------------------------------------------------------
    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {"method": req["method"], "uri": req["uri"], "body": req.get("body", ""), "headers": req["headers"],
                "id": f"{self.prefix}-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    # ---- small random pieces -------------------------------------------------------------------------------
    def person(self) -> dict[str, str]:
        return self.pick(self.people)

    def project(self) -> tuple[str, str, str]:
        return self.pick(PROJECTS)

    def alert_time(self) -> str:
        return f"{self.pick([4, 5, 5, 5, 6, 6, 6, 7, 7, 8, 12, 17, 20]):02d}:{self.pick(['00', '15', '30', '45'])}"

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, mentions, links and channels in Slack's own <...> markup."""
        def one(match: re.Match[str]) -> str:
            key = match.group(1)
            if key == "M":
                p = self.person()
                return f"\x01@{p['id']}\x02" if slack else "@" + p["handle"]
            if key == "L":
                link = self.pick(LINKS)
                label = self.pick(["", "", "", "|RFI", "|this", "|the sheet", "|S-201", "|cam"])
                return f"\x01{link}{label}\x02" if slack else link
            if key == "C":
                cid, cname = self.pick(CHANNELS)
                return f"\x01#{cid}|{cname}\x02" if slack else "#" + cname
            if key == "P":
                return str(self.pick(PLACES))
            if key == "TZ":
                return str(self.pick(TIMEZONES))
            if key == "T":
                return self.alert_time()
            if key == "site":
                return self.project()[2]
            if key == "proj":
                code, name, _ = self.project()
                return self.pick([code, name, f"{code} {name}"])
            if key == "arch":
                return str(self.pick(ARCHITECTS))
            return SITE_PIECES[key](self.rng)

        text = text.replace("@@M@@", "⟨M⟩").replace("@@L@@", "⟨L⟩")
        out = PLACEHOLDER.sub(one, text)
        if slack:
            out = slack_escape(out)
        return out.replace("\x01", "<").replace("\x02", ">")

    def decorate(self, text: str) -> str:
        text = self.maybe_append(text, 0.3, EMOJI)
        if self.chance(0.12):
            text = self.pick(["⟨M⟩ ", "hey ⟨M⟩, ", "⟨M⟩ ⟨M⟩ ", "fyi ", "FYI: ", "Quick one — "]) + text
        if self.chance(0.08):
            text += self.pick([" ⟨L⟩", "\nsee ⟨L⟩", " (⟨L⟩)"])
        return text

    def site_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.8:
            return self.fill(self.decorate(self.pick(SITE_TEXTS)))
        return self.fill(self.pick(SITE_MULTILINE))

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.6:
            return self.fill(self.decorate(self.pick(CHAT)))
        if roll < 0.85:
            return self.fill(self.decorate(self.pick(OTHER_LANGUAGES)))
        return self.fill(self.pick(LONG_TEXTS))

    # ---- Slack ---------------------------------------------------------------------------------------------
    def envelope(self, event: dict[str, Any], team: str = TEAM) -> dict[str, Any]:
        return {"token": VERIFY_TOKEN, "team_id": team, "context_team_id": team, "context_enterprise_id": None,
                "api_app_id": APP_ID, "event": event, "type": "event_callback", "event_id": self.sid("Ev0", 9),
                "event_time": EPOCH + self.rng.randint(0, 43200),
                "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": BOT_USER, "is_bot": True,
                                    "is_enterprise_install": False}],
                "is_ext_shared_channel": team != TEAM or self.chance(0.05),
                "event_context": "4-" + b64url(json.dumps({"et": event.get("type"), "tid": team,
                                                           "aid": APP_ID}).encode())}

    def blocks_of(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = []
        for piece in re.split(r"(<[^>]+>)", raw):
            if not piece:
                continue
            if piece.startswith("<@") and piece.endswith(">"):
                elements.append({"type": "user", "user_id": piece[2:-1]})
            elif piece.startswith("<#") and piece.endswith(">"):
                elements.append({"type": "channel", "channel_id": piece[2:-1].split("|")[0]})
            elif piece.startswith("<http") and piece.endswith(">"):
                url, _, label = piece[1:-1].partition("|")
                elements.append({"type": "link", "url": url, **({"text": label} if label else {})})
            else:
                elements.append({"type": "text", "text": piece})
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def message_event(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        user = self.person()
        ts = self.ts()
        event: dict[str, Any] = {"user": user["id"], "type": "app_mention" if mention else "message",
                                 "ts": ts, "client_msg_id": self.uuid(), "text": text, "team": TEAM}
        if self.chance(0.8):
            event["blocks"] = self.blocks_of(text)
        if self.chance(0.25):
            event["thread_ts"] = self.ts()
            event["parent_user_id"] = self.person()["id"]
        event["channel"] = channel
        event["event_ts"] = ts
        if not mention:
            event["channel_type"] = channel_type
        return event

    def event_request(self, event: dict[str, Any], team: str = TEAM) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(0.2))
        return self.slack_request("/slack/events", body)

    def slack_verification(self) -> dict[str, Any]:
        body = {"token": VERIFY_TOKEN, "challenge": self.token(36), "type": "url_verification"}
        return self.record("slack-verify", "json", self.slack_request("/slack/events", json.dumps(body)))

    def slack_message(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        team = JV_TEAM if cid == "C16JVFRANK" and self.chance(0.4) else TEAM
        return self.record("slack-msg", "json", self.event_request(self.message_event(self.chat_text(), cid,
                                                                                       "channel"), team))

    def slack_site_message(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS[1:12] + CHANNELS[13:15])
        return self.record("slack-msg-site", "json", self.event_request(self.message_event(self.site_text(), cid,
                                                                                            "channel")))

    def mention_text(self, site: bool) -> str:
        if site:
            body = self.site_text()
        elif self.chance(0.6):
            body = self.fill(self.pick(BOT_COMMANDS))
        else:
            body = self.chat_text()
        return self.pick([f"<@{BOT_USER}> ", f"<@{BOT_USER}> ", f"hey <@{BOT_USER}> ", f"<@{BOT_USER}>: "]) + body

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = self.message_event(self.mention_text(False), cid, "channel", True)
        return self.record("slack-mention", "json", self.event_request(event))

    def slack_site_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS[1:12])
        text = (f"<@{BOT_USER}> " + self.fill(self.pick(SITE_COMMANDS))) if self.chance(0.5) \
            else self.mention_text(True)
        event = self.message_event(text, cid, "channel", True)
        return self.record("slack-mention-site", "json", self.event_request(event))

    def slack_dm(self) -> dict[str, Any]:
        text = self.fill(self.pick(BOT_COMMANDS)) if self.chance(0.75) else self.chat_text()
        return self.record("slack-dm", "json", self.event_request(self.message_event(text, self.sid("D0"), "im")))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self.message_event(self.site_text() if self.chance(0.5) else self.chat_text(), cid, "channel")
        fixed = old["text"] + self.pick([" (edit: Rev D not C)", " *", " — nvm, found it",
                                         " (typo, 12'-6\" not 12'-9\")", " [edited: grid B/4]", ""])
        new = self.inner(old)
        new.update(text=fixed, edited={"user": old["user"], "ts": self.ts()})
        event = {"type": "message", "subtype": "message_changed", "message": new, "channel": cid, "hidden": True,
                 "previous_message": {k: v for k, v in old.items() if k not in ("channel", "channel_type",
                                                                                "event_ts")},
                 "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.record("slack-edit", "json", self.event_request(event))

    def slack_file(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS[1:12] + CHANNELS[15:17])
        files = []
        for _ in range(self.pick([1, 1, 1, 2, 3])):
            name = self.pick(FILE_NAMES)
            ext = name.rsplit(".", 1)[-1].lower()
            fid = self.sid("F0")
            quoted = urllib.parse.quote(name)
            f: dict[str, Any] = {
                "id": fid, "created": EPOCH + self.rng.randint(0, 40000), "timestamp": EPOCH, "name": name,
                "title": name.rsplit(".", 1)[0] if self.chance(0.5) else name, "mimetype": MIME.get(ext, "binary"),
                "filetype": ext, "pretty_type": ext.upper(), "user": self.person()["id"], "user_team": TEAM,
                "editable": False, "size": self.rng.randint(40_000, 48_000_000), "mode": "hosted",
                "is_external": False, "external_type": "", "is_public": True, "public_url_shared": False,
                "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/{quoted}",
                "url_private_download": f"https://files.slack.com/files-pri/{TEAM}-{fid}/download/{quoted}",
                "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{self.person()['id']}/{fid}/"
                             + urllib.parse.quote(name.lower().replace(" ", "_")),
                "has_rich_preview": False, "file_access": "visible"}
            if ext in ("jpg", "png", "heic", "tif"):
                f["thumb_360"] = f"https://files.slack.com/files-tmb/{TEAM}-{fid}-{self.hexs(10)}/{quoted}_360.png"
                f["original_w"], f["original_h"] = self.pick([(4032, 3024), (3024, 4032), (1920, 1080)])
            files.append(f)
        text = self.fill(self.pick(["", "", "⟨dwg⟩ ⟨rev⟩ attached, see clouds at ⟨grid⟩", "pour pics ⟨lvl⟩ 📸",
                                    "updated schedule", "signed daily log", "for ⟨rfi⟩",
                                    "tickets from today (⟨cy⟩ CY)", "⟨fi⟩ wall section, as discussed",
                                    "latest set — use this one, NOT the Rev B!", "foto del colado 👷",
                                    "Bewehrungsplan"]))
        event = self.message_event(text, cid, "channel")
        event.update(subtype="file_share", files=files, upload=True, display_as_bot=False)
        return self.record("slack-file-site", "json", self.event_request(event))

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        links = [self.pick(LINKS) for _ in range(self.pick([1, 1, 2]))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True, "user": self.person()["id"],
                 "message_ts": self.ts(), "unfurl_id": f"{cid}.{self.ts()}.{self.hexs(12)}",
                 "source": self.pick(["conversations_history", "composer"]),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in links],
                 "event_ts": self.ts()}
        return self.record("slack-unfurl", "json", self.event_request(event))

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.person()["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "+1", "construction", "building_construction",
                                        "rain_cloud", "pray", "100", "heavy_check_mark", "skin-tone-4",
                                        "thumbsup::skin-tone-3", "hardhat", "raised_hands", "x", "warning"]),
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "item_user": self.person()["id"],
                 "event_ts": self.ts()}
        return self.record("slack-reaction", "json", self.event_request(event))

    def slack_home(self) -> dict[str, Any]:
        event: dict[str, Any] = {"type": "app_home_opened", "user": self.person()["id"], "channel": self.sid("D0"),
                                 "tab": self.pick(["home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0"), "team_id": TEAM, "type": "home", "blocks": [],
                             "private_metadata": "", "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}",
                             "state": {"values": {}}, "title": {"type": "plain_text", "text": "View Title"}}
        return self.record("slack-home", "json", self.event_request(event))

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS[1:12])
        n = self.rng.randint(10, 999)
        code, name, _ = self.project()
        source = self.pick(["procore", "acc", "raken", "nws", "calendar"])
        texts = {
            "procore": f"*{slack_escape(name)}* · RFI #{n} \"Slab edge at grid C/4 – embed conflict\" is now *Open*. "
                       f"Ball in court: Halvorsen Architects. <https://app.procore.com/562949953425169/project/rfi/"
                       f"show/{n}|View RFI>",
            "acc": f"Issue #{n} created on sheet S-201 (Rev C) in {code}: \"#5 @ 12\" o.c. conflicts with 4\"Ø "
                   f"sleeve\" — assigned to <@{self.person()['id']}>",
            "raken": f"Daily report submitted for {slack_escape(name)} ({code}): 38 workers, 312 hrs, weather "
                     f"{self.fill('⟨temp⟩')}, 0 incidents.",
            "nws": ":warning: *Wind Advisory* until 6:00 PM PDT — SW winds 25 to 35 mph with gusts up to 50 mph. "
                   "<https://alerts.weather.gov/search?area=CAZ006|NWS>",
            "calendar": f"Reminder: *OAC Meeting #{n % 60}* – {slack_escape(name)} at 10:00am CT "
                        f"(<https://zoom.us/j/931200{n:05d}|Zoom>)",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts,
                 "username": source, "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts,
                 "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:90], "color": self.pick(["F48024", "2eb886", "d50200"]),
                                  "footer": source.upper(), "ts": EPOCH + n}]}
        return self.record("slack-botmsg", "json", self.event_request(event))

    def command_form(self, text: str) -> str:
        user = self.person()
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 5)
        fields = [("token", VERIFY_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", text), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        return urllib.parse.urlencode(fields)

    def slash_command(self) -> dict[str, Any]:
        text = self.fill(self.pick(BOT_COMMANDS), slack=True)
        return self.record("command", "form", {"method": "POST", "uri": "/slack/commands", "body": self.command_form(
            text), "headers": self.slack_headers("application/x-www-form-urlencoded")})

    def slash_site(self) -> dict[str, Any]:
        text = self.fill(self.pick(SITE_COMMANDS), slack=True)
        return self.record("command-site", "form", {"method": "POST", "uri": "/slack/commands",
                                                    "body": self.command_form(text),
                                                    "headers": self.slack_headers("application/x-www-form-urlencoded")})

    def interaction_base(self) -> dict[str, Any]:
        user = self.person()
        return {"user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN, "trigger_id": self.trigger(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def button_click(self) -> dict[str, Any]:
        cid, cname = self.pick(CHANNELS)
        roll = self.rng.random()
        if roll < 0.75:
            place = self.pick(PLACES) if self.chance(0.6) else self.project()[2]
            action = {"action_id": "set_location", "block_id": self.token(3)[:5], "value": place, "type": "button",
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                      "action_ts": self.ts()}
        elif roll < 0.88:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "value": "-", "type": "button",
                      "style": "danger", "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True},
                      "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5], "value": "-", "type": "button",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "action_ts": self.ts()}
        payload = {"type": "block_actions", **self.interaction_base(),
                   "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": True},
                   "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                   "response_url": self.hook("actions"), "actions": [action]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record("interaction-button", "form", {"method": "POST", "uri": "/slack/interactions", "body": body,
                                                          "headers": self.slack_headers(
                                                              "application/x-www-form-urlencoded")})

    def modal_submit(self) -> dict[str, Any]:
        code, name, _ = self.project()
        notes = self.site_text().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        values = {
            "proj": {"project": {"type": "static_select", "selected_option": {
                "text": {"type": "plain_text", "text": f"{code} {name}", "emoji": True}, "value": code}}},
            "crew": {"crew_count": {"type": "number_input", "value": str(self.rng.randint(4, 60))}},
            "wx": {"weather": {"type": "plain_text_input", "value": self.fill("⟨temp⟩, wind ⟨wind⟩, rain ⟨rain⟩",
                                                                              False)}},
            "notes": {"notes": {"type": "plain_text_input", "value": notes}},
            "date": {"report_date": {"type": "datepicker", "selected_date": f"2024-03-{self.rng.randint(4, 15):02d}"}},
        }
        view = {"id": self.sid("V0"), "team_id": TEAM, "type": "modal", "callback_id": "daily_report",
                "private_metadata": json.dumps({"channel": self.pick(CHANNELS)[0], "project": code}),
                "title": {"type": "plain_text", "text": "Daily report"}, "blocks": [],
                "submit": {"type": "plain_text", "text": "Submit"}, "state": {"values": values},
                "hash": f"{EPOCH}.{self.hexs(8)}", "root_view_id": self.sid("V0"), "app_id": APP_ID,
                "bot_id": self.sid("B0")}
        payload = {"type": "view_submission", **self.interaction_base(), "view": view, "response_urls": []}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record("interaction-modal-site", "form", {"method": "POST", "uri": "/slack/interactions",
                                                              "body": body, "headers": self.slack_headers(
                                                                  "application/x-www-form-urlencoded")})

    # ---- scripts, CI, dashboards and the data API ----------------------------------------------------------
    def jwt(self, client: str, scope: str, aud: str = "jeeves") -> str:
        iat = EPOCH + self.rng.randint(0, 40000)
        header = {"alg": self.pick(["ES256", "ES256", "RS256"]), "typ": "at+jwt", "kid": self.token(32)}
        claims = {"iss": BASE, "sub": client, "client_id": client, "aud": aud, "iat": iat, "nbf": iat,
                  "exp": iat + 900, "jti": self.uuid(), "scope": scope}
        return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                         b64url(json.dumps(claims, separators=(",", ":")).encode()), self.token(64)])

    def tracing(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = self.pick([f"dd=s:1;t.dm:-0;p:{self.hexs(16)}", f"congo={self.token(6)}",
                                             "rojo=00f067aa0ba902b7"])
        elif roll < 0.3:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        elif roll < 0.38:
            trace = self.hexs(32)
            h["sentry-trace"] = f"{trace}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=bk-field%403.4.1,sentry-public_key="
                            f"{self.hexs(32)},sentry-trace_id={trace},sentry-sample_rate=0.2")
        elif roll < 0.44:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(16), self.hexs(16), "1"
        if self.chance(0.25):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2",
                                           f"pm-sync.{self.hexs(12)}", f"zap:{self.rng.randint(10**8, 10**9)}"])

    def script_headers(self, ua: str | None = None, client: str | None = None) -> dict[str, str]:
        ua = ua or self.pick(["python-requests/2.31.0", "python-httpx/0.27.0", "curl/8.6.0", "curl/7.81.0",
                              "Go-http-client/2.0", "axios/1.6.7", "node-fetch/2.7.0", "okhttp/4.12.0",
                              "HTTPie/3.2.2", "PostmanRuntime/7.37.0", "insomnia/8.6.1",
                              "Mozilla/5.0 (Windows NT 10.0; Microsoft Windows 10.0.22631; en-US) PowerShell/7.4.1",
                              "BKField/3.4.1 (com.barrowkeel.field; build:412; iOS 17.3.1) Alamofire/5.8.1",
                              "BKField/3.4.0 (Android 13; CAT S75) okhttp/4.12.0", "GitHub-Hookshot/7a1c2e9",
                              "Grafana/10.3.3", "Apache-HttpClient/4.5.14 (Java/17.0.10)"])
        client = client or self.pick(CLIENTS)
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*"]),
             "Authorization": "Bearer " + self.jwt(client, self.pick(["read", "read write", "read", "write read"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br"])
        if self.chance(0.15):
            h["Accept-Language"] = self.pick(LANGS[:14])
        if "BKField" in ua:
            h["X-App-Version"], h["X-Device-Id"] = "3.4.1", self.uuid().upper()
        if self.chance(0.04):
            h["X-Forwarded-For"] = self.pick(["10.40.2.15", "172.16.8.41", "203.0.113.24", "198.51.100.7, 10.0.0.4"])
        self.tracing(h)
        return h

    def api(self) -> dict[str, Any]:
        h = self.script_headers()
        roll = self.rng.random()
        if roll < 0.3:
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 200, 400]))))
            for key, values in (("active", ["true", "false", "1", "on"]), ("alerts", ["true", "false", "off"]),
                                ("team_id", [TEAM, JV_TEAM])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            return self.record("api-users", "query", {"method": "GET", "uri": "/api/users?"
                                                      + urllib.parse.urlencode(params), "headers": h})
        if roll < 0.48:
            return self.record("api-user", "path", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                    "uri": f"/api/users/{self.rng.randint(1, 420)}", "headers": h})
        if roll < 0.66:
            p = self.person()
            doc: dict[str, Any] = self.pick([
                {"settings": {"timezone": p["tz"], "alert_time": self.alert_time()}},
                {"settings": {"units": self.pick(["imperial", "metric"]), "alerts": self.chance(0.7)}},
                {"name": p["name"], "email": p["email"]}, {"is_active": self.chance(0.3)},
                {"is_admin": self.chance(0.3)}, {"email": p["email"].upper()}])
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            return self.record("api-patch", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 420)}",
                                                     "body": json.dumps(doc, ensure_ascii=self.chance(0.4)),
                                                     "headers": h})
        if roll < 0.82:
            day = self.rng.randint(1, 12)
            since = self.pick([f"2024-03-{day:02d}T00:00:00Z", f"2024-03-{day:02d}",
                               f"2024-03-{day:02d}T06:00:00-05:00", f"2024-02-{day + 10:02d}T00:00:00.000Z",
                               "2024-01-01"])
            params = [("since", since)] + ([("until", "2024-03-12T23:59:59Z")] if self.chance(0.6) else [])
            return self.record("api-stats", "query", {"method": "GET", "uri": "/api/usage/stats?"
                                                      + urllib.parse.urlencode(params), "headers": h})
        if roll < 0.9:
            return self.record("api-switches", "header", {"method": "GET", "uri": "/api/switches", "headers": h})
        if roll < 0.96:
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
            doc = {"enabled": self.chance(0.75)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, JV_TEAM, "*"])
            h["Content-Type"] = "application/json"
            return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                          "body": json.dumps(doc), "headers": h})
        return self.openapi()

    def api_site(self) -> dict[str, Any]:
        """Profiles and field apps: names with titles and sites, and notes with measurements, in the API's JSON."""
        ua = self.pick(["BKField/3.4.1 (com.barrowkeel.field; build:412; iOS 17.3.1) Alamofire/5.8.1",
                        "BKField/3.4.0 (Android 13; CAT S75) okhttp/4.12.0", "python-requests/2.31.0",
                        "hr-roster-sync/1.9 (+https://intranet.barrowkeel.com/it)", "axios/1.6.7"])
        h = self.script_headers(ua)
        h["Content-Type"] = "application/json"
        p = self.person()
        code, name, _ = self.project()
        roll = self.rng.random()
        if roll < 0.4:
            title = self.pick([f"{p['name']} – {p['role']} ({name})", f"{p['name']} ({p['role']}, {code})",
                               f"{p['name']} | {p['role']} | {self.fill('⟨lvl⟩', False)}–L9",
                               f"{p['name']} — {p['role']}, Gate 3 trailer, cell (510) 555-01"
                               f"{self.rng.randint(10, 99)}",
                               f"{p['name']} ({p['role']}) 🦺"])
            doc: dict[str, Any] = {"name": title[:200]}
            if self.chance(0.4):
                doc["email"] = p["email"]
        elif roll < 0.7:
            doc = {"name": p["name"], "settings": {"timezone": p["tz"], "alert_time": self.alert_time()},
                   "notes": self.site_text().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")}
        else:
            doc = {"name": p["name"], "site": {"project": code, "address": self.project()[2],
                                               "trailer": self.pick(["Gate 3", "Lot 7", "north laydown", "Pier 70"]),
                                               "note": self.fill(self.pick(SITE_TEXTS), False)},
                   "certs": self.pick([["OSHA 30", "Rigging Qualified", "Signal Person"], ["OSHA 10"],
                                       ["ACI Field Tech Grade I", "NICET II"], ["First Aid/CPR", "Fall Protection"]])}
        uri = f"/api/users/{self.rng.randint(1, 420)}"
        return self.record("api-patch-site", "json", {"method": "PATCH", "uri": uri, "headers": h,
                                                      "body": json.dumps(doc, ensure_ascii=self.chance(0.3))})

    def pm_headers(self) -> tuple[dict[str, str], str]:
        ua, tool = self.pick(PM_TOOLS)
        h = self.script_headers(ua, self.pick(["pm-sheets", "smartsheet-bridge", "procore-sync", "powerbi-site-dash"]))
        if tool == "apps-script":
            h.pop("Accept-Encoding", None)
        if tool == "zapier":
            h["X-Zapier-Zap-Id"] = str(self.rng.randint(10**8, 10**9))
        if tool == "power-query":
            h["Accept"] = "*/*"
            h["X-Requested-With"] = "Microsoft.Data.Mashup"
        return h, tool

    def sheet_ref(self) -> str:
        return self.pick(SHEETS) + self.pick(["", "", f"!A1:H{self.rng.randint(20, 900)}", "!B2:B9", "!A:A", "!F14"])

    def pm_tool(self) -> dict[str, Any]:
        h, tool = self.pm_headers()
        code, name, _ = self.project()
        roll = self.rng.random()
        quote_via: Callable[..., str] = self.pick([urllib.parse.quote_plus, urllib.parse.quote])
        if roll < 0.23:
            params: list[tuple[str, str]] = [("limit", self.pick(["100", "200", "500"]))]
            if self.chance(0.5):
                params.append(("offset", str(self.pick([0, 100, 200]))))
            extra = [("source", tool), ("sheet", self.pick(SHEETS)), ("range", self.pick(["A2:H400", "A:F", "B2:B9"])),
                     ("project", self.pick([code, f"{code} {name}", name])), ("formula", self.pick(FORMULAS)),
                     ("path", self.pick(PATHS)), ("tab", self.sheet_ref()), ("active", "true"),
                     ("sync_id", self.uuid()), ("row", str(self.rng.randint(2, 400)))]
            self.rng.shuffle(extra)
            params += extra[: self.rng.randint(2, 5)]
            uri = "/api/users?" + urllib.parse.urlencode(params, quote_via=quote_via)
            return self.record("api-pm-list", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.43:
            day = self.rng.randint(1, 11)
            params = [("since", self.pick([f"2024-03-{day:02d}", f"2024-03-{day:02d}T00:00:00Z",
                                           f"2024-03-{day:02d}T00:00:00-06:00"])),
                      ("until", self.pick(["2024-03-12T23:59:59Z", "2024-03-12", "2024-03-13T00:00:00-05:00"]))]
            extra = [("report", self.pick(["Weekly Site Report", "Weekly Site Report (Rev 2)", "OAC #14 backup",
                                           f"{code} – Usage", "Jeeves usage – Field vs. Office",
                                           "Q1'24 dashboard"])),
                     ("cell", self.pick(["B2", "Summary!C4", "'Level 2'!F14", "Dashboard!$B$3"])),
                     ("formula", self.pick(FORMULAS)), ("sheet", self.sheet_ref()), ("refresh", "auto"),
                     ("path", self.pick(PATHS)), ("tz", self.pick(TIMEZONES)), ("format", "json")]
            self.rng.shuffle(extra)
            params += extra[: self.rng.randint(1, 4)]
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params, quote_via=quote_via)
            return self.record("api-pm-stats", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.77:
            p = self.person()
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/json;charset=UTF-8"])
            doc: dict[str, Any] = {"name": p["name"], "email": p["email"]}
            if self.chance(0.4):
                doc["settings"] = {"timezone": p["tz"], "alert_time": self.alert_time()}
            sync: dict[str, Any] = {"source": tool, "sheet": self.pick(SHEETS), "row": self.rng.randint(2, 400),
                                    "range": self.sheet_ref(), "formula": self.pick(FORMULAS)}
            if self.chance(0.6):
                sync["path"] = self.pick(PATHS)
            if self.chance(0.4):
                sync["cells"] = {self.pick(["F2", "G7", "H12", "D3"]): self.pick(FORMULAS),
                                 self.pick(["A2", "B2", "C9"]): self.pick([p["name"], code, "TBD", "12'-6\"", "#N/A",
                                                                           "45382", "TRUE", "✔"])}
            if self.chance(0.3):
                sync["updated_at"] = self.pick(["2024-03-12T06:14:02.118Z", "3/12/2024 6:14:02 AM",
                                                "12.03.2024 06:14", "45363.2597"])
            key = self.pick(["_sync", "external", "meta", "x_smartsheet", "source"])
            doc[key] = sync
            uri = f"/api/users/{self.rng.randint(1, 420)}"
            return self.record("api-pm-patch", "json", {"method": "PATCH", "uri": uri,
                                                        "body": json.dumps(doc, ensure_ascii=self.chance(0.35),
                                                                           indent=self.pick([None, None, 2])),
                                                        "headers": h})
        if roll < 0.9:
            extra = [("fields", self.pick(["name,email,settings", "id,name", "name,is_active,settings.timezone"])),
                     ("sheet", self.pick(SHEETS)), ("row", str(self.rng.randint(2, 400))),
                     ("lookup", self.pick(FORMULAS)), ("path", self.pick(PATHS)), ("project", code)]
            self.rng.shuffle(extra)
            uri = (f"/api/users/{self.rng.randint(1, 420)}?"
                   + urllib.parse.urlencode(extra[: self.rng.randint(1, 4)], quote_via=quote_via))
            return self.record("api-pm-user", "query", {"method": "GET", "uri": uri, "headers": h})
        action = self.pick(["weather", "alerts", "remember_location", "config"])
        h["Content-Type"] = "application/json"
        doc = {"enabled": self.chance(0.8), "team_id": self.pick([TEAM, JV_TEAM, "*"]),
               "comment": self.pick([f"from sheet \"{self.pick(SHEETS)}\" row {self.rng.randint(2, 90)}",
                                     f"formula {self.pick(FORMULAS)}", f"toggled by {tool} ({self.pick(PATHS)})",
                                     f"{code}: weather alerts on for the pour season"])}
        return self.record("api-pm-switch", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                     "body": json.dumps(doc, ensure_ascii=self.chance(0.3)),
                                                     "headers": h})

    def openapi(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(["openapi-generator/7.3.0", "PostmanRuntime/7.37.0", "Swagger-UI",
                                      "python-requests/2.31.0", "Stoplight/1.0"]), "Accept": "application/json"}
        return self.record("api-openapi", "header", {"method": "GET", "uri": "/api/openapi.json", "headers": h})

    # ---- browsers: admin panel, /me/, Sign in with Slack ---------------------------------------------------
    def browser_headers(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua, brands, platform = self.pick(BROWSERS)
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
                       "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7" if brands else
                       "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
             "Accept-Language": self.pick(LANGS[:16]), "Accept-Encoding": self.pick(["gzip, deflate, br",
                                                                                     "gzip, deflate, br, zstd"]),
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if brands:
            h["sec-ch-ua"] = brands
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = platform
        if self.chance(0.1):
            h["DNT"] = "1"
        if self.chance(0.05):
            h["Sec-GPC"] = "1"
        return self.form_navigation(h, BASE, referer, form)

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.3) else []
        if self.chance(0.15):
            extra.append(("_ga_8XK2QW1Z7P", f"GS1.1.{EPOCH - 3600}.{self.rng.randint(1, 40)}.1.{EPOCH - 3000}.0.0.0"))
        if self.chance(0.1):
            extra.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        if self.chance(0.08):
            extra.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Tue+Mar+12+2024+06%3A14%3A02+GMT-0500+"
                                            "(Central+Daylight+Time)&version=202401.1.0&groups=C0001%3A1%2CC0002%3A0"))
        if self.chance(0.06):
            extra.append(("_hjSessionUser_3456789", b64url(json.dumps({"id": self.uuid(), "created": EPOCH * 1000,
                                                                       "existing": True}).encode())))
        return self.cookie_header(pairs, extra, shuffle=False)

    def admin(self) -> dict[str, Any]:
        session, csrf = ("__Host-jeeves_admin", self.token()), self.token()
        roll = self.rng.random()
        if roll < 0.3:
            p = self.person()
            q = self.pick([p["name"], p["name"].split()[0], p["name"].split()[-1], p["email"], p["handle"], p["id"],
                           "@barrowkeel.com", TEAM, JV_TEAM, "o'driscoll", "O'Toole", "d'andre", "peña",
                           "wójcik", "müller", "nguyễn", "ramírez-ortega", "van der", "intern", "field", "lupe",
                           "jr.", "iii"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.2) else [])
            h = self.browser_headers("/admin/users")
            h["Cookie"] = self.cookies(session)
            return self.record("admin-search", "query", {"method": "GET", "headers": h,
                                                         "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.45:
            p = self.person()
            h = self.browser_headers("/admin/users?q=" + urllib.parse.quote(p["name"]), True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                                           ("q", self.pick([p["name"], p["email"], ""])),
                                           ("page", str(self.rng.randint(1, 3)))])
            flag = self.pick(["active", "admin"])
            return self.record("admin-flag", "form", {"method": "POST", "headers": h, "body": body,
                                                      "uri": f"/admin/users/{self.rng.randint(1, 420)}/{flag}"})
        if roll < 0.55:
            h = self.browser_headers("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("action", self.pick(["weather", "remember_location", "alerts", "config",
                                                                 "login", "forget_me"])),
                      ("enabled", self.pick(["0", "1"])), ("team_id", self.pick(["", "", TEAM, JV_TEAM.lower()]))]
            return self.record("admin-feature", "form", self.form_request("/admin/features", h, fields))
        if roll < 0.66:
            h = self.browser_headers("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["login", "user.active", "user.admin", "feature.set", "client.rotate", "forget_me",
                           "login.slack", self.person()["handle"], "2024-03-11", "denied", "O'Driscoll", "failed"])
            return self.record("admin-audit", "query", {"method": "GET", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode([("q", q)])})
        if roll < 0.8:
            h = self.browser_headers(self.pick(["/admin/", "/admin/users", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
                              "/admin/slack-sign-in", "/admin/users?done=user_updated&q=O%27Toole&page=1",
                              "/admin/features?done=switch_updated", "/admin/audit?page=3", "/admin/users?page=2",
                              "/admin/clients?done=client_enabled", "/admin/static/admin.css"])
            return self.record("admin-page", "cookie", {"method": "GET", "uri": page, "headers": h})
        if roll < 0.86:
            h = self.browser_headers("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*()-_=+[]{};:,.?/~'\"<>|"
            password = "".join(self.rng.choice(alphabet) for _ in range(self.rng.randint(14, 30)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users", "/admin/clients"])),
                      ("username", self.pick(["admin", "siobhan.o", "it-ops", "dmitchell"])), ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.94:
            h = self.browser_headers("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            fields = [("csrf_token", csrf), ("client_id", self.pick(CLIENTS)),
                      ("description", self.pick(["Nightly export to the data warehouse (owner: IT)",
                                                 "GitHub Actions – deploy notifications for #field-ops",
                                                 "HR roster sync — Viewpoint → Jeeves, 05:00 CT", "", "read-only"])),
                      ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
            return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
        h = self.browser_headers("/admin/slack-sign-in", True)
        h["Cookie"] = self.cookies(session)
        fields = [("csrf_token", csrf), ("username", self.pick(["admin", "siobhan.o", "it-ops"])), ("team_id", TEAM),
                  ("user_id", self.person()["id"])]
        return self.record("admin-slack-map", "form", self.form_request("/admin/slack-sign-in", h, fields))

    def admin_site(self) -> dict[str, Any]:
        """The admin panel's notes: client descriptions written by the people who run the integrations."""
        session, csrf = ("__Host-jeeves_admin", self.token()), self.token()
        code, name, address = self.project()
        p = self.person()
        note = self.pick([
            f"Procore → Jeeves crew sync for {code} {name}. Reads 'Crew Roster'!A2:H400; col H is "
            f"=IF(F2>0,\"active\",\"off\"). Owner: {p['name']} ({p['role']}). Runs 05:30 CT M–F.",
            f"Field tablets (Galaxy Tab Active4) at {address}. Read-only. Used at the pour desk: "
            + self.fill("⟨conc⟩, ⟨bar⟩ ⟨sp⟩, tol ⟨tol⟩.", False),
            f"Power BI site dashboard – {name}. Refresh 6×/day. Pulls /api/usage/stats; weather days vs. "
            f"look-ahead (\"Weather Days\" tab). Contact {p['email']}.",
            f"Smartsheet bridge for \"{self.pick(SHEETS)}\" ({code}). Formula in col F: {self.pick(FORMULAS)}. "
            f"Source file: {self.pick(PATHS)}",
            "Survey data logger at " + name + ": BM-3 = 102.347 (NAVD88), shots ±1/8\", uploads every 15 min. "
            "Rotate secret after the job closes out!",
            f"Raken daily reports → Slack #{code.lower()}: crew counts, weather (°F, mph, in.), delays. "
            f"Disabled over Christmas shutdown 12/22–1/2.",
            self.fill(f"{code}: temp. client for the {name} PT stressing sub (⟨lvl⟩, ±7% elongation log). "
                      "Expires after ⟨date⟩.", False),
            f"Estimating takeoff tool – reads 03 30 00 quantities (CY, SF, LF, #4–#11 rebar lbs). Owner: {p['name']}.",
        ])[:500]
        h = self.browser_headers("/admin/clients", True)
        h["Cookie"] = self.cookies(session)
        client_id = f"{code.lower()}-{self.pick(['sync', 'dash', 'tablets', 'survey'])}"
        fields = [("csrf_token", csrf), ("client_id", client_id),
                  ("description", note), ("scopes", "read")] + ([("scopes", "write")] if self.chance(0.3) else [])
        if self.chance(0.25):
            h.pop("Content-Type")
            body, h["Content-Type"] = self.multipart(fields, [])
        else:
            body = urllib.parse.urlencode(fields)
        return self.record("admin-client-site", "form", {"method": "POST", "uri": "/admin/clients", "headers": h,
                                                         "body": body})

    def multipart(self, fields: list[tuple[str, str]], files: list[tuple[str, str, str, str]]) -> tuple[str, str]:
        """A browser's multipart body: WebKit's or Firefox's boundary; file names as the browser sends them
        (only " CR LF percent-escaped)."""
        if self.chance(0.7):
            boundary = "----WebKitFormBoundary" + "".join(self.rng.choice(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
        else:
            boundary = self.form_boundary("firefox")
        parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n"
                 f"{v.replace(chr(13), '').replace(chr(10), chr(13) + chr(10))}\r\n" for k, v in fields]
        for field, filename, ctype, content in files:
            shown = filename.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
            parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{shown}\"\r\n"
                         f"Content-Type: {ctype}\r\n\r\n{content}\r\n")
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def file_content(self, name: str) -> str:
        ext = name.rsplit(".", 1)[-1].lower()
        if ext == "csv":
            rows = ["Bar Mark,Size,Qty,Length,Shape,Location"]
            for i in range(1, self.rng.randint(3, 9)):
                length = self.fill("⟨fi⟩", False).replace('"', '""')   # Excel's CSV quoting of the inch mark
                rows.append(f"B{i},{self.pick(BARS[:10])},{self.rng.randint(4, 240)},\"{length}\","
                            f"{self.pick(['STR', 'L', 'U', 'T6', 'hook'])},\"{self.fill('⟨lvl⟩ ⟨grid⟩', False)}\"")
            if "survey" in name or "maturity" in name:
                rows = ["PT,NORTHING,EASTING,ELEV,DESC"] + [
                    f"{100 + i},{2104500 + self.rng.random() * 90:.3f},{6051200 + self.rng.random() * 150:.3f},"
                    f"{99 + self.rng.random() * 4:.3f},{self.pick(['BM-3', 'FFE-A3', 'TOC', 'GB-2', 'CL'])}"
                    for i in range(1, self.rng.randint(4, 10))]
            return "\r\n".join(rows) + "\r\n"
        if ext == "pdf":
            return ("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages "
                    "/Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 2592 "
                    f"1728] >>\nendobj\n4 0 obj\n<< /Title ({name.rsplit('.', 1)[0]}) /Producer (Bluebeam Revu x64 "
                    "21.0) /CreationDate (D:20240312061402-05'00') >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 4 0 R "
                    ">>\n%%EOF\n")
        if ext in ("dwg", "dxf", "rvt"):
            head = {"dwg": "AC1032", "dxf": "  0\nSECTION\n  2\nHEADER\n  9\n$ACADVER\n  1\nAC1032\n",
                    "rvt": "RVT"}[ext]
        elif ext in ("jpg", "png", "heic", "tif"):
            head = {"jpg": "ÿØÿàJFIF", "png": "\x89PNG\r\n\x1a\n", "heic": "ftypheic", "tif": "II*"}[ext]
        else:
            head = "PK\x03\x04\x14\x06"
        noise = "".join(chr(self.rng.choice(list(range(0x20, 0x7F)) + list(range(0xA1, 0x100))))
                        for _ in range(self.rng.randint(120, 600)))
        return head + noise

    def me(self) -> dict[str, Any]:
        session, csrf = ("__Host-jeeves_me", self.token()), self.token()
        p = self.person()
        roll = self.rng.random()
        if roll < 0.35:
            h = self.browser_headers(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            return self.record("me-page", "cookie", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": uri,
                                                     "headers": h})
        h = self.browser_headers("/me/", True)
        h["Cookie"] = self.cookies(session)
        if roll < 0.6:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES))]
            return self.record("me-location", "form", self.form_request("/me/location", h, fields))
        if roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["imperial", "imperial", "metric"])),
                      ("alert_time", self.alert_time()), ("timezone", p["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            return self.record("me-settings", "form", self.form_request("/me/settings", h, fields))
        uri, fields = self.me_exit_form(csrf)
        return self.record("me-action", "form", self.form_request(uri, h, fields))

    def me_upload(self) -> dict[str, Any]:
        """Multipart posts from site tablets and office browsers, a drawing or photo picked in the same form."""
        session, csrf = ("__Host-jeeves_me", self.token()), self.token()
        p = self.person()
        h = self.browser_headers("/me/", True)
        h.pop("Content-Type")
        h["Cookie"] = self.cookies(session)
        files = []
        for _ in range(self.pick([1, 1, 1, 2])):
            name = self.pick(FILE_NAMES)
            ext = name.rsplit(".", 1)[-1].lower()
            ctype = MIME.get(ext, "application/octet-stream") if self.chance(0.8) else "application/octet-stream"
            files.append((self.pick(["attachment", "site_photo", "file", "drawing"]), name, ctype,
                          self.file_content(name)))
        if self.chance(0.5):
            place = self.pick([self.project()[2], self.pick(PLACES)])
            uri, fields = "/me/location", [("csrf_token", csrf), ("place", place)]
        else:
            uri = "/me/settings"
            fields = [("csrf_token", csrf), ("units", "imperial"), ("alert_time", self.alert_time()),
                      ("timezone", p["tz"])] + ([("alerts", "on")] if self.chance(0.6) else [])
        if self.chance(0.4):
            fields.append(("note", self.site_text().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")))
        body, h["Content-Type"] = self.multipart(fields, files)
        return self.record("me-upload-site", "multipart", {"method": "POST", "uri": uri, "headers": h, "body": body})

    def sign_in(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser_headers(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.36:
            h = self.browser_headers(self.pick(["/auth/slack/", "/admin/login?next=%2Fadmin%2F"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.6:
            state = self.token()
            h = self.browser_headers()
            h["Sec-Fetch-Site"], h["Referer"] = "cross-site", "https://slack.com/"
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.1)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.72:
            h = self.link_expander()
            return self.record("auth-link-preview", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}",
                                                             "headers": h})
        if roll < 0.86:
            h = self.cross_site_arrival(self.browser_headers())
            return self.record("auth-link", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        csrf = self.token()
        h = self.browser_headers(f"/auth/slack/link/{link}", True)
        return self.record("auth-link-post", "form", self.link_signin(link, h, csrf))

    # ---- TokenDealer, health, metadata ---------------------------------------------------------------------
    def tokendealer(self) -> dict[str, Any]:
        client, secret = self.pick(CLIENTS), self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.6.0", "Go-http-client/2.0", "axios/1.6.7",
                                      "python-httpx/0.27.0", "okhttp/4.12.0", "Zapier", "Apache-HttpClient/4.5.14 "
                                      "(Java/17.0.10)", "PowerShell/7.4.1"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=UTF-8"])}
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        self.tracing(h)
        roll = self.rng.random()
        if roll < 0.62:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, "read")
        h["Authorization"] = basic
        if roll < 0.78:
            body = urllib.parse.urlencode([("token", token), ("token_type_hint", "access_token")])
            return self.record("oauth-introspect", "form", {"method": "POST", "uri": "/oauth/introspect", "headers": h,
                                                            "body": body})
        if roll < 0.87:
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        del h["Authorization"]
        return self.record("verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.28", "Blackbox Exporter/0.24.0", "ELB-HealthChecker/2.0", "curl/8.6.0",
                            "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Datadog/Synthetics", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            uri = self.pick(["/healthz", "/readyz", "/healthz"])
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "uri": uri,
                                                    "headers": h})
        if roll < 0.7:
            h = {"User-Agent": self.pick(["python-jose", "Go-http-client/2.0", "lua-resty-http/0.17.1",
                                          "jwks-rsa/3.1.0 (node)", "PyJWT/2.8.0", "Nimbus-JOSE-JWT/9.37"]),
                 "Accept": "application/json"}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"' if self.chance(0.3) else f'"{self.hexs(16)}"'
            return self.record("jwks", "header", {"method": "GET", "uri": "/.well-known/jwks.json", "headers": h})
        if roll < 0.88:
            h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.6.0", "Authlib/1.3.0"]),
                 "Accept": "application/json"}
            return self.record("oauth-metadata", "header", {"method": "GET", "headers": h,
                                                            "uri": "/.well-known/oauth-authorization-server"})
        return self.openapi()


PLAN: list[tuple[str, int]] = [
    # Slack (the bulk of it)
    ("slack_message", 110), ("slack_site_message", 150), ("slack_mention", 70), ("slack_site_mention", 35),
    ("slack_dm", 90), ("slack_edit", 20), ("slack_file", 35), ("slack_unfurl", 20), ("slack_reaction", 25),
    ("slack_home", 15), ("slack_bot_post", 20), ("slash_command", 150), ("slash_site", 45), ("button_click", 90),
    ("modal_submit", 20),
    # the data API: scripts, CI, apps, and the project-management tools
    ("api", 110), ("api_site", 40), ("pm_tool", 300),
    # browsers, TokenDealer, health
    ("admin", 95), ("admin_site", 30), ("me", 50), ("me_upload", 45), ("sign_in", 50), ("tokendealer", 55),
    ("health", 45),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The firm's traffic, kinds interleaved as they arrive."""
    return planned(Firm(), PLAN, first="slack_verification")


def _digest() -> str:
    """A fingerprint of the whole set (to check that it is deterministic)."""
    return digest(benign())
