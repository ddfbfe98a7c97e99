"""Benign evaluation set (sixtyeighth): an insurance company's claims department through the edge, benign only.

The company is Alderbrook Versicherung AG (Alderbrook Insurance), a composite insurer whose claims department runs
claim centres in Hamburg, Manchester, Vienna, Zürich, Warsaw and Toronto, with a back office in Pune. Its claims
handlers, loss adjusters, motor assessors, medical reviewers, the fraud unit (SIU) and the subrogation desk use
Jeeves mostly to check the weather at a loss location (hail, storm and flood claims, site inspections, vehicle
appraisals outdoors), and they talk to it the way they talk to each other: claim numbers like CLM-2024-004517,
policy numbers, clauses such as § 4 (2) lit. b AVB quoted word for word, damage descriptions, VINs and licence
plates, adjusters' estimates in euros, pounds, francs, złoty and dollars, deductible arithmetic like
1,250.00 − 500.00 = 750.00, ICD-10 and OPS codes, repair-shop invoices, dates in every format, claimants' names in
many languages and scripts, multi-line reports, typos and emoji.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API with a
bearer JWT (users list/read/patch, usage stats, switches), the admin panel forms with csrf_token, `/me/`, Sign in
with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the health and
metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls, and fills in only the
hooks those modules leave to an evaluator (its App Home view, its placeholders, the previews drawn with a pasted
link, its cookies, tracing headers and dates).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import HELP_REPLY
from .records import no_attacks, planned, print_records

NAME = "evaluation_sixtyeighth"
SEED = 68_2024_0715
EPOCH = 1721026800  # 2024-07-15 07:00 UTC, a Monday after a weekend of hail and thunderstorms
TEAM, TEAM_DOMAIN = "T05ALDCLMS", "alderbrook-claims"
PARTNER_TEAM, PARTNER_DOMAIN = "T06ALDSCHW", "alderbrook-schweiz"  # the Swiss subsidiary's own workspace
APP_ID, BOT_USER, BOT_ID = "A07CLMJVS3", "U07JEEVES4", "B07JEEVES8"
HOST = "jeeves.alderbrook-insurance.com"
BASE = f"https://{HOST}"

# (name as shown in Slack, handle): the claims department and its neighbours.
STAFF = [
    ("Jürgen Großmann", "juergen.grossmann"), ("Ayşe Demir", "ayse.demir"), ("Łukasz Wróblewski", "lukasz.w"),
    ("Siobhán Ní Dhuibhir", "siobhan.nidhuibhir"), ("Marie-Ève Gagnon", "marieeve.gagnon"),
    ("Björn Åkesson", "bjorn.akesson"), ("Priya Raghunathan", "priya.raghunathan"), ("王芳", "fang.wang"),
    ("김민준", "minjun.kim"), ("Олена Шевченко", "olena.shevchenko"), ("Γιάννης Αντωνίου", "giannis.antoniou"),
    ("فاطمة الزهراء بنعلي", "fatima.benali"), ("Nguyễn Văn Minh", "minh.nguyen"), ("Dáithí O'Connell", "daithi.oc"),
    ("Zoë Lefèvre-Martin", "zoe.lefevre"), ("Hans-Peter Schmid", "hp.schmid"), ("Małgorzata Kowalczyk", "gosia.k"),
    ("Ömer Faruk Çelik", "omer.celik"), ("Anneliese von Trotha", "a.vontrotha"), ("Rahul Deshpande", "rahul.d"),
    ("Chloé Bérubé", "chloe.berube"), ("Gareth Llewellyn-Jones", "gareth.lj"), ("Katarzyna Zając", "kasia.zajac"),
    ("Matthias Brändli", "matthias.braendli"), ("Sven-Ole Petersen", "svenole.petersen"),
    ("Nadia El-Masri", "nadia.elmasri"), ("Tomás Ó Briain", "tomas.obriain"), ("Renate Hüttl", "renate.huettl"),
    ("Agnieszka Szymańska-Nowak", "a.szymanska"), ("Deepika Iyer", "deepika.iyer"), ("Kwabena Asante", "k.asante"),
    ("Leonie Fuchs", "leonie.fuchs"), ("Yusuf Arslan", "yusuf.arslan"), ("Émilie Côté", "emilie.cote"),
    ("Stefan Wüthrich", "stefan.wuethrich"), ("Aoife McCarthy", "aoife.mccarthy"), ("Paweł Dąbrowski", "pawel.d"),
    ("Isabella Rossi-Keller", "isabella.rk"), ("Kenji Watanabe", "kenji.watanabe"), ("Lars Þórsson", "lars.thorsson"),
    ("Mehwish Qureshi", "mehwish.q"), ("Franziska Eggenberger", "f.eggenberger"), ("Callum MacLeod", "callum.m"),
    ("Анна Смирнова", "anna.smirnova"), ("Jean-François Pelletier", "jf.pelletier"), ("Hannelore Bäumer", "h.baeumer"),
    ("Mateusz Kamiński", "mateusz.kaminski"), ("Sinéad D'Arcy", "sinead.darcy"), ("Ravi Kulkarni", "ravi.kulkarni"),
    ("Thorsten Krüger", "thorsten.krueger"), ("Amara Okafor", "amara.okafor"), ("Ülkü Şahin", "ulku.sahin"),
]
CLAIMANTS = [
    "Herr Klaus-Dieter Hoffmann", "Frau Ayten Yıldırım", "Mr & Mrs Patel", "Zbigniew Wąsowski",
    "Jean-Philippe Tremblay", "Nguyễn Thị Lan", "Олександр Коваленко", "Γεώργιος Παπαδόπουλος", "李娜 (Li Na)",
    "محمد العلي", "O'Brien Haulage Ltd", "Bäckerei Grünwald GmbH & Co. KG", "Familie Müller-Lüdenscheidt",
    "Siobhan McAllister", "Dr. med. Henrike von Stade", "Ruiz & Hijos S.L.", "Mrs. Evelyn St. John-Smythe",
    "Brigitte Zürcher-Frei", "Wojciech & Ewa Lis", "Mr. Tunde Adeyemi", "Autovermietung Sonnenschein e.K.",
    "Kowalski Logistics Sp. z o.o.", "Hôtel Beau-Rivage SA", "박지훈", "Ms. D. O'Riordan (tenant, 2nd floor)",
    "Stadtwerke Reutlingen (3rd party)", "Mr Raj & Mrs Sunita Mehta", "Agnès Lévesque-Dubé",
]
OFFICES = [("Hamburg", "Claims Centre Hamburg, Überseering 32, 22297 Hamburg"),
           ("Manchester", "Alderbrook Claims, 3 Hardman St, Spinningfields, Manchester M3 3EB"),
           ("Wien", "Schadenzentrum Wien, Wiedner Hauptstraße 120-124, 1050 Wien"),
           ("Zürich", "Schadenservice, Thurgauerstrasse 80, 8050 Zürich"),
           ("Warszawa", "Centrum Likwidacji Szkód, ul. Prosta 51, 00-838 Warszawa"),
           ("Toronto", "Alderbrook Claims, 200 Bay St, Suite 1450, Toronto ON M5J 2J2"),
           ("Pune", "Back Office, Tower B, EON IT Park, Kharadi, Pune 411014")]
ADDRESSES = [
    "Große Bergstraße 214, 22767 Hamburg", "Flat 12, 3 Chapel St, Salford M3 5JZ", "Favoritenstraße 88/3/14, 1100 Wien",
    "Schaffhauserstrasse 355, 8050 Zürich", "ul. Puławska 145 m. 27, 02-715 Warszawa",
    "1204–88 Queens Quay W, Toronto ON M5J 0B8", "Gartenstraße 7, 72764 Reutlingen",
    "Am Lerchenfeld 3a, 72762 Reutlingen",
    "Lindenweg 12, Hinterhaus, 24103 Kiel", "Unit 4, Trafford Park Rd, Manchester M17 1HG",
    "14 Wilmslow Rd, Didsbury, Manchester M20 3BW", "Hauptplatz 1, 8010 Graz", "Landstrasse 96, 9490 Vaduz",
    "Rue du Rhône 42, 1204 Genève", "ul. Floriańska 24/5, 31-021 Kraków", "2275 Lakeshore Blvd W, Etobicoke ON M8V 3Y3",
    "Parkdeck P3, Ebene -2, Stellplatz 114, Flughafen Hamburg", "A7 Richtung Hannover, km 142,3 (Rastplatz Allertal)",
    "M60 J17 slip road, Prestwich", "Kreuzung Ottensener Hauptstraße / Bahrenfelder Straße", "Hof 2, 6800 Feldkirch",
    "Bahnhofstrasse 1, 8001 Zürich (Tiefgarage)", "Carrer de Sants 188, 08028 Barcelona", "Rynek Główny 1, Kraków",
    "5 Rue de la Gare, L-1611 Luxembourg", "Lot 17, Heartland Business Park, Mississauga ON L5R 0B5",
    "Weiler Mühlhausen 4, 72768 Reutlingen-Sondelfingen", "Amalienstraße 45, Rgb., 2. OG, 80799 München",
    "3/F, 12 Oxford Rd, Manchester M1 5QA", "Penzinger Straße 55/Top 9, 1140 Wien",
]
PLACES = ["Hamburg", "Hamburg-Altona", "Lübeck", "Kiel", "Reutlingen", "Tübingen", "Metzingen", "Stuttgart",
          "München-Pasing", "Landshut", "Manchester", "Salford", "Stockport", "Prestwich", "Didsbury", "Wien",
          "Wien-Favoriten", "Graz", "Linz", "Feldkirch", "Zürich", "Zürich-Oerlikon", "Winterthur", "Genève",
          "Lausanne", "Warszawa", "Kraków", "Wrocław", "Gdańsk", "Toronto", "Mississauga", "Etobicoke",
          "Hamilton, ON", "Pune", "Vaduz", "Luxembourg", "Sankt Gallen", "Bregenz", "Łódź", "Saint-Laurent",
          "22767", "72764", "M3 3EB", "M20 3BW", "1100 Wien", "8050", "02-715", "M5J 0B8",
          "48.4914, 9.2043", "53.5511,9.9937", "47.4108° N, 8.5440° E"]
TIMEZONES = ["Europe/Berlin", "Europe/London", "Europe/Vienna", "Europe/Zurich", "Europe/Warsaw", "America/Toronto",
             "Asia/Kolkata", "Europe/Dublin", "Europe/Istanbul", "UTC", "Europe/Luxembourg", "Europe/Vaduz"]
POLICIES = ["POL-HH-7734219", "KFZ-88-1204-557", "Police Nr. 40.118.772-3", "HR-2023-0098812", "MTR/UK/5571903",
            "Polisa nr 771/2024/KOM/08812", "AUTO-ON-22-448190", "Vertrag 6.220.914.005", "PROP-CH-118-340-9",
            "GW-HOME-24-00931", "Hausrat 0815-4471-12"]
PLATES = ["HH-KM 4412", "RT-AB 772", "B-XY 123E", "M-ÜL 2024", "MA19 XKD", "YD71 PWO", "W-12345K", "G 771 TX",
          "ZH 482 917", "GE 11 034", "WX 4K217", "KR 9PL32", "CDRW 417", "FL 3381", "LU 6612 AB", "S-TT 8H"]
WMI = ["WVWZZZ", "WBA", "WDD", "VF1", "TMB", "SJN", "YV1", "JTD", "KNA", "ZFA", "2T1", "5YJ", "WAU", "VSS"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # no I, O or Q in a VIN
ESTIMATES = ["€ 4.312,50", "€4,312.50", "EUR 12.880,00 netto", "£2,870.00 + VAT", "£ 14,250", "CHF 11'240.–",
             "CHF 3'905.60", "PLN 18 400,00", "18.400 zł", "CAD $6,215.40", "C$ 28,900", "€ 760,– (Smart Repair)",
             "ca. 9.500 € brutto", "approx. £41k", "€ 1,2 Mio. (Betriebsunterbrechung)", "₹ 3,45,000", "€ 0,00"]
EUR = ["€ 4.312,50", "EUR 12.880,00 netto", "ca. 9.500 € brutto", "€ 760,– (Smart Repair)", "3.905,60 €",
       "€ 1,2 Mio. (Betriebsunterbrechung)", "2.480 EUR"]
GBP = ["£2,870.00 + VAT", "£ 14,250", "approx. £41k", "£612.40", "GBP 7,930.00 incl. VAT"]
PLN = ["PLN 18 400,00", "12 730,50 zł", "4 999 zł brutto", "18.400 zł"]
DATES = ["14.07.2024", "2024-07-14", "07/14/2024", "14/07/24", "14 Jul 2024", "Sun 14th July", "So., 14.7.",
         "14 lipca 2024", "14. Juli 2024, ca. 17:40 Uhr", "2024-07-14T16:42+02:00", "13/07", "Sat night",
         "12.–14.07.2024", "July 14, 2024 around 6 pm", "14/07/2024 18h15", "last Friday (12/7)"]
CLAUSES = [
    "§ 4 (2) lit. b AVB Hausrat 2022: \u201eNicht versichert sind Schäden durch Sturmflut.\u201c",
    "§ 81 Abs. 2 VVG (grobe Fahrlässigkeit) – Kürzung nach Schwere des Verschuldens",
    "Section 3, Exclusion 2(c): \"loss or damage caused by wear and tear, gradual deterioration or rust\"",
    "clause 14.2 Motor Policy Wording: \"We will not pay the first £250 of any claim for windscreen damage.\"",
    "A.2.3.3 AKB 2015: \u201eHagel, Blitzschlag, Überschwemmung\u201c sind in der Teilkasko mitversichert",
    "Art. 14 Abs. 2 VVG (CH): \u201eHat der Anspruchsberechtigte das Ereignis grobfahrlässig herbeigeführt ...\u201c",
    "§ 61 VersVG (AT): Leistungsfreiheit nur bei Vorsatz oder grober Fahrlässigkeit",
    "Condition 7 (Claims Notification): \"You must tell us as soon as reasonably possible and in any event within "
    "30 days\"",
    "OWU § 12 ust. 3 pkt 2: \u201eUbezpieczyciel nie odpowiada za szkody powstałe wskutek rażącego niedbalstwa\u201d",
    "Section II, Coverage E: \"Sudden and accidental discharge of water from within a plumbing system\"",
    "\u00a7 5 Nr. 1 c) VGB 2010: Leitungswasser \u2013 \u201ebestimmungswidrig ausgetretenes Wasser\u201c",
    "OPCF 44R Family Protection Coverage \u2014 \"the limit is reduced by any amount paid under Section 4\"",
    "Ziff. 3.1 AVB Gebäude: Hagel = \u201evon atmosphärischen Niederschlägen in Form von Eiskörnern\u201c",
]
DAMAGE = [
    "Hagelschaden Dach + Motorhaube, ca. 40 Dellen Ø 10–25 mm", "hail dents on bonnet, roof and boot lid (~60)",
    "water ingress from burst pipe under kitchen sink, laminate lifted in 2 rooms (approx. 34 m²)",
    "6 roof tiles displaced, ridge capping loose, gutter bent at NE corner",
    "Sturmschaden: umgestürzte Birke auf Carport, Polycarbonat-Dach gebrochen",
    "rear-end collision at ~30 km/h, bumper + PDC sensors + tow bar", "Windschutzscheibe Steinschlag, Riss 18 cm",
    "flooded basement, 12 cm standing water, boiler and freezer affected",
    "Kellerüberflutung nach Starkregen (Rückstau)",
    "lightning strike: TV, router, heat-pump controller fried", "Marderbiss Zündkabel + Kühlwasserschlauch",
    "szkoda całkowita po gradobiciu (podwozie OK, karoseria 100+ wgnieceń)", "parking scrape, left rear door + sill",
    "fire in tumble dryer, smoke damage to utility room and hallway", "Wildunfall (Reh), Scheinwerfer li. + Kotflügel",
    "skylight shattered by hail, water damage to parquet below", "theft of catalytic converter (Toyota Prius)",
    "Glasbruch Schaufenster 3,20 × 2,10 m (Einbruchversuch)", "whiplash claim after low-speed impact, 3rd party",
]
MEDICAL = ["S13.4 (HWS-Distorsion)", "S13.4", "S82.6 (fracture lateral malleolus)", "M54.5", "S42.0 Klavikulafraktur",
           "S06.0 Commotio cerebri", "S83.5 VKB-Ruptur", "OPS 5-812.5", "OPS 5-790.5f", "CPT 97110 ×6",
           "GOÄ Nr. 5035", "ICD-10-GM S22.3 Rippenfraktur", "F43.1 (PTSD) – psych. Gutachten angefordert",
           "T14.0 Prellung", "S62.6 finger fracture", "ICD-10-CA S33.5 lumbar sprain"]
SHOPS_DE = ["Autohaus Brandt GmbH, Hamburg", "Karosserie & Lack Yılmaz, Reutlingen", "Glasklar Autoglas e.K.",
            "Smart-Repair Müller & Söhne", "Lackiererei Öztürk OHG", "Dachdecker Wendt GmbH",
            "Belfor Deutschland GmbH (Sanierung)"]
SHOPS = ["Autohaus Brandt GmbH, Hamburg", "Karosserie & Lack Yılmaz, Reutlingen", "Kwik Fit Salford",
         "Carrosserie Dubois SA, Genève", "Warsztat Auto-Serwis Nowak s.c.", "CARSTAR Mississauga",
         "Glasklar Autoglas e.K.", "Smart-Repair Müller & Söhne", "Lackiererei Öztürk OHG", "Dachdecker Wendt GmbH",
         "Trockenbau Kaya & Partner", "Belfor Deutschland GmbH (Sanierung)", "ServiceMaster Restore Toronto"]
PHONES = ["+49 40 5550 1234", "040 / 555 01 77", "+44 161 555 0142", "0161 555 0199", "+43 1 555 12 34",
          "+41 44 555 66 77", "+48 22 555 01 23", "(416) 555-0187", "+1 905-555-0142 ext. 31", "+91 20 5550 1212"]
EMOJI = [":cloud_with_lightning_and_rain:", ":umbrella:", ":car:", ":house:", ":camera:", ":white_check_mark:",
         ":eyes:", ":pray:", ":warning:", ":moneybag:", ":sweat_smile:", ":ice_cube:", ":hospital:",
         "⛈️", "🌩️", "🧊", "🚗", "🏠", "📸", "✅", "🙏", "👀", "😬", "💶", "📎", "🇩🇪", "🇨🇭", "🇵🇱"]
CLAIMS_LINKS = [
    "https://claims.alderbrook-insurance.com/cc/ClaimFile.do?claimNumber=CLM-2024-004517&tab=documents",
    "https://claims.alderbrook-insurance.com/cc/ClaimFile.do?claimNumber=CLM-2024-011382&tab=reserves&view=history",
    "https://www.dwd.de/DE/wetter/warnungen_gemeinden/warnWetter_node.html?ort=Reutlingen",
    "https://www.dwd.de/DE/leistungen/klimadatendeutschland/klimadatendeutschland.html?nn=16102",
    "https://www.metoffice.gov.uk/weather/warnings-and-advice/uk-warnings#?date=2024-07-14",
    "https://www.meteoschweiz.admin.ch/wetter/gefahren/gefahrenkarte.html?tab=Gewitter",
    "https://www.zamg.ac.at/cms/de/klima/klima-aktuell/unwetterchronik",
    "https://www.google.com/maps/place/Gartenstra%C3%9Fe+7,+72764+Reutlingen/@48.4914,9.2043,17z",
    "https://alderbrook.sharepoint.com/sites/Claims/Shared%20Documents/Hagel%202024-07/Schadenliste%20RT.xlsx?web=1",
    "https://alderbrook.sharepoint.com/:b:/r/sites/SIU/Reports/2024/Q3/ring-analysis_v3.pdf?csf=1&web=1",
    "https://www.audatex.de/qapter/claim/ADX-24-7781203?lang=de",
    "https://weather.gc.ca/warnings/report_e.html?on61",
    "https://www.imgw.pl/ostrzezenia-meteorologiczne?woj=mazowieckie",
    "https://intranet.alderbrook-insurance.com:8443/handbook/kfz/teilkasko#hagel",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZmE3Yj@thread.v2/0?context=%7b%22Tid%22%3a%22"
    "4f1c2d3e%22%7d",
    "https://www.kba.de/DE/Themen/Fahrzeugtechnik/Rueckrufe/rueckrufe_node.html",
    "https://www.ombudsman-online.de/verfahren/status?az=2024-12345",
    "https://fos.org.uk/decisions/DRN-4471123.pdf",
]
LINK_PREVIEWS = [  # a link as staff paste it to Jeeves, with what Slack's unfurl shows of it
    ("https://www.dwd.de/DE/wetter/warnungen_gemeinden/warnWetter_node.html?ort=Reutlingen", "DWD",
     "Wetterwarnungen für Reutlingen", "Amtliche UNWETTERWARNUNG vor SCHWEREM GEWITTER mit HAGEL (Stufe 3 von 4), "
     "Hagelkörner 2–4 cm, Sturmböen bis 85 km/h"),
    ("https://www.metoffice.gov.uk/weather/warnings-and-advice/uk-warnings#?date=2024-07-14", "Met Office",
     "UK weather warnings", "Yellow warning of thunderstorms: Greater Manchester, 14:00 Sun to 02:00 Mon"),
    ("https://www.meteoschweiz.admin.ch/wetter/gefahren/gefahrenkarte.html?tab=Gewitter", "MeteoSchweiz",
     "Gefahrenkarte – Gewitter", "Gefahrenstufe 3: Starke Gewitter mit Hagel, Kanton Zürich"),
    ("https://www.google.com/maps/place/Gartenstra%C3%9Fe+7,+72764+Reutlingen/@48.4914,9.2043,17z", "Google Maps",
     "Gartenstraße 7 · 72764 Reutlingen, Deutschland", None),
    ("https://claims.alderbrook-insurance.com/cc/ClaimFile.do?claimNumber=CLM-2024-004517&tab=documents",
     "Alderbrook ClaimCenter", "CLM-2024-004517 · Kasko Hagel · RT-AB 772", "Reserve € 4.800,00 · Status: "
     "Gutachten beauftragt · Sachbearbeitung: J. Großmann"),
    ("https://weather.gc.ca/warnings/report_e.html?on61", "Environment Canada",
     "Severe thunderstorm warning - City of Toronto", "Large hail up to nickel size and wind gusts up to 90 km/h"),
    ("https://www.imgw.pl/ostrzezenia-meteorologiczne?woj=mazowieckie", "IMGW-PIB",
     "Ostrzeżenia meteorologiczne – mazowieckie", "Burze z gradem, stopień 2, opady 30–40 mm"),
    ("https://fos.org.uk/decisions/DRN-4471123.pdf", "Financial Ombudsman Service", "Final decision DRN-4471123",
     "Complaint about an insurer's decision to decline a storm damage claim"),
]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %ADDR%", "weather %PLACE%", "weather in %PLACE% tomorrow", "weather %PLACE% please",
    "weather %PLACE% today", "weather near %PLACE%", "weather %ADDR% %EMOJI%", "weather %PLACE%?", "weather",
    "weather for the inspection at %ADDR%", "weather at %PLACE% this afternoon", "weather %PLACE% this week",
    "Weather %PLACE%", "wether %PLACE%", "weahter %PLACE%", "wetter %PLACE%", "weather %PLACE% :ice_cube:",
    "remember location %OFFICE%", "remember location %PLACE%", "remember location %ADDR%",
    "remember location Alderbrook %OFFICENAME%", "my location", "forget location", "help", "config", "alerts",
    "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%", "config time %HHMM%", "config units metric",
    "config units imperial", "alerts on", "alerts off", "login", "forget me", "help me", "what can you do?",
    "is it still hailing in %PLACE%?", "did it hail in %PLACE% on %DATE%?", "thanks Jeeves 🙏", "hi",
    "weather %PLACE% – site visit for %CLAIM%", "config alert_time 7.30", "config timezone Zurich",
]
CHAT = [
    "FNOL in: %CLAIM%, %DAMAGE%, loss date %DATE%, %ADDR%. Policyholder %CLAIMANT% (%PHONE%)",
    "%WHO% can you take %CLAIM%? %DAMAGE% — adjuster visit needed before Thursday",
    "Kostenvoranschlag von %SHOPDE% geprüft, Auszahlung abzgl. SB: %CALC_EUR%",
    "estimate from Kwik Fit Salford approved, payable after the excess: %CALC_GBP%",
    "Deductible check for %CLAIM%: %CALC% — OK to pay?",
    "VIN %VIN% (%PLATE%) matches the V5C, mileage 84,312 km; no prior claims on this VIN",
    "FIN %VIN% laut Zulassungsbescheinigung Teil I, Kennzeichen %PLATE% — passt",
    "Claimant quotes %CLAUSE% — he thinks it doesn't apply because the window was only \"tilted, not open\"",
    "Deckungsprüfung %CLAIM%: %CLAUSE%",
    "medical report for %CLAIM%: %ICD%, 6 weeks off work, physio %ICD% — reserve up to %EST%?",
    "Arztbericht liegt vor (%ICD%), Schmerzensgeld-Vorschlag %EUR%, bitte gegenlesen %WHO%",
    "SIU flag on %CLAIM%: same VIN (%VIN%) in 3 claims since 2022, different plates (%PLATE%, %PLATE%)",
    "hail map confirms cells over %PLACE% on %DATE% between 17:10 and 17:55 %EMOJI%",
    "DWD bestätigt Hagel in %PLACE% am %DATE%, Korngröße bis 3 cm. Reicht als Nachweis für %CLAIM%",
    "%WHO% reminder: reserve review for everything > € 25.000 by Friday",
    "Subrogation: 3rd party insurer accepted 70/30 on %CLAIM%, recovery %EST%",
    "Regress gegen %CLAIMANT% wegen %CLAIM% — Haftungsquote 50 %, Forderung %EUR%",
    "Rechnung %SHOP% Nr. 2024-0815: Lohn 6,4 AW à 14,50 €, Lack 312,80 €, Teile 1.104,17 € zzgl. 19 % MwSt.",
    "Invoice INV-77821 from Kwik Fit Salford: parts £1,104.17, labour 4.5 h @ £62.00, paint £312.80, VAT 20%",
    "Faktura VAT nr FV/0712/2024 od Auto-Serwis Nowak s.c.: %PLN%, do zapłaty w terminie 14 dni",
    "Guten Morgen! Wochenende: 214 neue Hagelmeldungen aus %PLACE% und Umgebung ⛈️ Bitte Triage nach PLZ",
    "Dzień dobry, szkoda %CLAIM% – rzeczoznawca będzie na miejscu %DATE%, adres: %ADDR%",
    "Bonjour, le sinistre %CLAIM% (%DAMAGE%) est déclaré pour le %DATE%. Franchise CHF 500.–",
    "Merhaba %WHO%, %CLAIMANT% aradı, %CLAIM% hakkında bilgi istiyor",
    "Добрий день, клієнт %CLAIMANT% надіслав фото пошкоджень по %CLAIM%",
    "客户%CLAIMANT%来电询问%CLAIM%的进度，定损金额%EST%",
    "고객 %CLAIMANT% 님 사고 접수 완료: %CLAIM%, 사고일 %DATE%",
    "العميل %CLAIMANT% أرسل الصور الخاصة بالمطالبة %CLAIM%",
    "Ο ασφαλισμένος %CLAIMANT% ρωτάει για την αποζημίωση %EST%",
    "policy %POLICY% lapsed on 30/06 for non-payment, loss was %DATE% — decline or goodwill?",
    "Police %POLICY%: Vorschaden 2021 (Leitungswasser, € 3.200), jetzt wieder Küche. Ortstermin?",
    "%WHO% pls sanity-check: total loss, ACV € 18.900 − salvage € 4.250 − SB € 500 = € 14.150",
    "reserve math for %CLAIM%: 1,250.00 − 500.00 = 750.00 (excess already deducted on the first payment)",
    "Reserve %CLAIM%: Zeitwert 9.870,00 € ./. Restwert 2.100,00 € ./. SB 300,00 € = 7.470,00 €",
    "Excel: =MAX(0;D12-D13) for the payable amount after excess, not =D12-D13 (goes negative on small claims)",
    "`=SUMIFS(Reserves!F:F,Reserves!B:B,\"Hagel*\",Reserves!D:D,\">=\"&DATE(2024,7,12))` gives € 2,41 Mio so far",
    "the claimant's lawyer writes: \"Our client rejects the reduction under %CLAUSE% in its entirety.\"",
    "Anwalt schreibt: \u201eDie Kürzung um 50 % ist unverhältnismäßig.\u201c Frist 29.07.2024",
    "photos for %CLAIM% uploaded, 47 pics + drone video of the roof 📸",
    "on site at %ADDR%, roof is worse than the photos, need scaffolding before anyone goes up",
    "running 20 min late to %ADDR% — A7 closed after the storm 😬",
    "rental car for %CLAIMANT%: Gruppe C, max. 14 Tage, € 49/Tag lt. Tarif",
    "Glass claim %CLAIM%: windscreen replaced by %SHOP%, ADAS camera recalibration € 189 extra",
    "Wildunfall %CLAIM%, Wildschadenbescheinigung vom Jagdpächter liegt vor ✅",
    "catalytic converter theft again, 3rd one on Trafford Park this month. Police ref: CRI/24/0071345",
    "Polizeiliches Aktenzeichen 3400-012345-24/7 liegt vor, Anzeige wegen Fahrerflucht",
    "Ombudsmann-Verfahren zu %CLAIM% eröffnet, Stellungnahme bis %DATE%",
    "FOS complaint ref DRN-4471123 on %CLAIM%, final response letter due in 8 weeks",
    "Sachverständiger (DEKRA) bestellt für %PLATE%, Besichtigung %DATE% bei %SHOP%",
    "Lieferzeit Windschutzscheibe 3 Wochen, Kunde fragt nach Mietwagen :car:",
    "ok", "👍", "thx!", "on it", "sorry, wrong channel", "bin im Ortstermin, melde mich später",
    "can someone cover the hail hotline 13:00–15:00? 🙏", "Kaffee in der 4. Etage ist wieder leer ☕",
    "new adjuster in Graz starting Monday: %WHO%, please add to #loss-adjusters",
    "%WHO% %WHO% see thread re %CLAIM%",
    "Total loss payout = ACV (CAD $21,400) − deductible ($1,000) + HST on ACV (13%) → $23,182.00",
    "QBE/Crawford TPA asks for the loss adjuster's fee note: 6.5 h × £95 + mileage 84 mi @ 45p",
    "Gutachterkosten € 1.187,50 + MwSt. gehen auf uns, Kunde ist nicht vorsteuerabzugsberechtigt",
    "the claimant sent a screenshot of the weather app showing 31 °C on %DATE% — not really hail weather?",
]
LONG_MESSAGES = [
    "*Schadenmeldung %CLAIM%*\nVN: %CLAIMANT%\nVertrag: %POLICY%\nSchadentag: %DATE%\nOrt: %ADDR%\n"
    "Hergang: %DAMAGE%\nKVA: %EUR% (%SHOPDE%)\nSB: 300,00 €\n\n%WHO% bitte Deckung prüfen, Kunde ruft morgen "
    "wieder an.",
    "Loss adjuster's report – %CLAIM%\n\n1. Cause: hail, confirmed by Met Office data for %DATE%\n2. Extent: "
    "%DAMAGE%\n3. Estimate incl. scaffolding (£1,450), less excess: %CALC_GBP%\n4. Policy: %CLAUSE%\n"
    "5. Recommendation: settle\n\nPhotos in the claim file.",
    "Reserve review Hagel Juli (Stand Montag 08:00)\n```\nRegion        Anzahl   Reserve (EUR)   Ø\nReutlingen"
    "       214     1.284.000     6.000\nHamburg           38       171.000     4.500\nMünchen           22"
    "       132.000     6.000\nSumme            274     1.587.000\n```\nBitte bis Mi ergänzen.",
    "Fwd: RE: %CLAIM% – Abtretungserklärung\n\n-------- Original-Nachricht --------\nVon: %SHOPDE% "
    "<service@werkstatt.example>\nDatum: %DATE%\n\n> Sehr geehrte Damen und Herren,\n> anbei die "
    "Abtretungserklärung sowie die Rechnung über %EUR%.\n> Mit freundlichen Grüßen\n\n%WHO% zahlen wir direkt an die "
    "Werkstatt?",
    "Checklist for the hail weekend ✅\n- [x] triage FNOLs by postcode\n- [ ] book DEKRA/ Audatex slots for "
    "%PLACE%\n- [ ] confirm weather evidence (DWD/MeteoSchweiz) per claim\n- [ ] reserves > €25k to %WHO%\n"
    "- [ ] SIU check on duplicate VINs\n\n_please tick as you go_ 🙏",
    "Medical review %CLAIM% (anonymised)\n• Diagnosis: %ICD%\n• Treatment: physio 2×/week, %ICD%\n"
    "• Off work: 14.07.–25.08.2024 (6 weeks)\n• Loss of earnings claimed: %EUR%\n• Our view: plausible, "
    "but request the GP's notes from before %DATE%",
    "Settlement letter draft:\n\n\"Dear %CLAIMANT%,\nfurther to your claim %CLAIM% we are pleased to confirm "
    "settlement, calculated as follows: %CALC_GBP%. Payment will be made to the account ending 4471 within "
    "5 working days.\"\n\nOK to send? %EMOJI%",
]
FILES = ["Schadenfotos_CLM-2024-004517 (1).zip", "Gutachten_RT-AB772_DEKRA.pdf", "KVA_Autohaus_Brandt_24-0815.pdf",
         "IMG_4471.HEIC", "Police_40118772-3_Nachtrag.pdf", "loss_adjuster_report_v2 FINAL.docx",
         "reserve_review_Q3.xlsx", "Arztbericht_S13.4_anonymisiert.pdf", "dashcam_M60_J17.mp4", "FNOL_call_notes.txt",
         "Rechnung Nr. 2024-0815.pdf", "hail_map_Reutlingen_2024-07-14.png", "Faktura FV_0712_2024.pdf",
         "Drohne_Dach_Gartenstr7.mov", "Abtretungserklärung_Yılmaz.pdf", "V5C_MA19XKD.jpg", "Schadenliste RT.csv"]
FILE_TYPES = {"zip": "application/zip", "pdf": "application/pdf", "heic": "image/heic", "png": "image/png",
              "jpg": "image/jpeg", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mp4": "video/mp4",
              "mov": "video/quicktime", "txt": "text/plain", "csv": "text/csv"}
FILE_NOTES = ["", "photos for %CLAIM%", "Gutachten zu %CLAIM% – bitte ablegen", "invoice from %SHOP%",
              "can you remember %ADDR% as my location? site visit all week", "%ADDR%", "FNOL notes, %DATE%",
              "dashcam from the claimant 🚗", "zdjęcia szkody %CLAIM%", "reserve sheet, see tab \"Hagel\""]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
WEATHER_REPLIES = [
    "%PLACE%: thunderstorm with hail, 19°C, wind 41 km/h; today 14°C to 26°C, 80% chance of precipitation",
    "%PLACE%: light rain, 16°C, wind 22 km/h; today 12°C to 19°C, 60% chance of precipitation",
    "%PLACE%: partly cloudy, 21°C, wind 9 km/h; today 15°C to 24°C, 10% chance of precipitation",
    "%PLACE%: overcast, 17°C, wind 30 km/h; today 13°C to 18°C, 45% chance of precipitation",
]
BOT_REPLIES = [
    HELP_REPLY, *WEATHER_REPLIES, "Got it, I will remember %PLACE%.", "Your location is %PLACE%.",
    "Done, I forgot your location.", "Daily weather alerts are on, every day at 07:00 (Europe/Berlin).",
    "Daily weather alerts are off.", "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%ADDR%\u201d.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 06:45\n• alerts: on\n• timezone: Europe/Vienna\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
    "Sorry, `weather` is disabled right now.",
]
SEARCH_Q = ["Großmann", "ayse", "@alderbrook-insurance.com", TEAM, PARTNER_TEAM, "U05K2M7QX", "Ní Dhuibhir",
            "o'connell", "lefèvre", "wróblewski", "schmid", "siu", "hamburg", "pune", "王芳", "Шевченко",
            "d'arcy", "kulkarni", "von trotha", "brändli", "adjuster", "gagnon", "marieeve.gagnon@alderbrook-"
            "insurance.com", "Çelik", "mcleod"]
AUDIT_Q = ["login", "login.slack", "client.create", "client.rotate", "client.disable", "feature.set",
           "feature.remove_override", "admin.map_slack", "admin.unmap_slack", "account.totp_enable", "failed",
           "denied", "claimcenter-sync", "hail-triage", "2024-07-14", "weather", "j.grossmann", "logout"]
ADMINS = ["claims-it", "j.grossmann", "a.demir", "ops-hamburg", "break-glass", "m.gagnon", "helpdesk.pune"]
CLIENT_DESCRIPTIONS = [
    ("claimcenter-sync", "Guidewire ClaimCenter → Jeeves: nightly user sync (names, e-mails), 02:30 CET"),
    ("powerbi-claims", "Power BI: weather-related claims dashboard (Hagel/Sturm/Überschwemmung), read-only"),
    ("hail-triage", "Hail triage bot: reads alert settings of adjusters in cat zones (owner: Claims Ops HH)"),
    ("audatex-bridge", "Audatex/Qapter estimate import — Kfz only, Mo–Fr 06:00"),
    ("siu.analytics", "SIU analytics: usage stats for fraud-ring review (read) — contact Ł. Wróblewski"),
    ("tpa:crawford-uk", "Crawford & Co. TPA, UK property claims, read access"),
    ("etl-snowflake", "Nightly export to Snowflake CLAIMS_OPS.JEEVES_USAGE"),
    ("ci-gitlab", "GitLab CI smoke test after deploy (read)"),
    ("pune.backoffice", "Back office Pune: bulk updates of adjusters' time zones & alert times"),
    ("ombudsman-tracker", "Beschwerde-/Ombudsmann-Tracker (Wien, Zürich) – nur Lesen"),
]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.2592.87",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/24.07.20",
]
LANGS = ["de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "de-AT,de;q=0.9,en;q=0.8", "de-CH,de;q=0.9,fr-CH;q=0.8,en;q=0.7",
         "en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "en-CA,en;q=0.9,fr-CA;"
         "q=0.8", "fr-CA,fr;q=0.9,en-CA;q=0.8", "en-IN,en;q=0.9,hi;q=0.8,mr;q=0.7", "tr-TR,tr;q=0.9,de;q=0.8",
         "uk-UA,uk;q=0.9,en;q=0.8", "fr-CH,fr;q=0.9,de;q=0.8", "en-US,en;q=0.9", "de"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.8.0", "Go-http-client/2.0",
              "Apache-HttpClient/4.5.14 (Java/17.0.11)", "okhttp/4.12.0", "node-fetch/3.3.2", "axios/1.7.2",
              "PowerBI/2.130 Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "PostmanRuntime/7.40.0", "azure-logic-apps/1.0", "Guidewire-ClaimCenter/10.2.3 (integration)",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; de-DE) WindowsPowerShell/5.1.22621.3880",
              "GitLab-Runner 17.1.0 (17-1-stable; go1.22.4; linux/amd64)", "snowflake-connector-python/3.11.0"]
API_CLIENTS = ["claimcenter-sync", "powerbi-claims", "hail-triage", "audatex-bridge", "siu.analytics",
               "tpa:crawford-uk", "etl-snowflake", "ci-gitlab", "pune.backoffice"]
HEALTH_UAS = ["kube-probe/1.29", "Blackbox Exporter/0.25.0", "Zabbix 6.4", "Site24x7",
              "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "curl/8.8.0"]
META_UAS = ["PyJWT/2.8.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "python-requests/2.32.3", "Nimbus-JOSE-JWT/9.40",
            "Apache-HttpClient/4.5.14 (Java/17.0.11)", "openapi-generator/7.7.0", "PostmanRuntime/7.40.0"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/slack-sign-in?done=unmapped", "/admin/account?done=totp_disabled", "/admin/audit?page=3"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/audit?q=client.rotate",
              "/admin/users?q=gro%C3%9Fmann", "/admin/features"]
PHRASE_WORDS = ["hagel", "claims", "reserve", "alder", "brook", "subrogation", "deductible", "adjuster", "storm",
                "kasko", "polisa", "harbour"]
PATCH_NAMES = ["Jürgen Großmann (Schadenregulierung Kfz)", "Dr. Ayşe Demir – Medical Review",
               "Łukasz Wróblewski | SIU Warszawa", "Marie-Ève Gagnon, CIP", "王芳 (Fang Wang), Claims Pune",
               "Siobhán Ní Dhuibhir – Subrogation", "Hans-Peter Schmid (Sachverständiger)", "Dáithí O'Connell",
               "Олена Шевченко / Olena Shevchenko", "Gareth Llewellyn-Jones ACII", "Zoë Lefèvre-Martin (Genève)"]
FILL_POOLS = {"%ADDR%": ADDRESSES, "%PLACE%": PLACES, "%OFFICE%": [o[1] for o in OFFICES],
              "%OFFICENAME%": [o[0] for o in OFFICES], "%CLAIMANT%": CLAIMANTS, "%POLICY%": POLICIES,
              "%PLATE%": PLATES, "%EST%": ESTIMATES, "%DATE%": DATES, "%CLAUSE%": CLAUSES, "%DAMAGE%": DAMAGE,
              "%ICD%": MEDICAL, "%SHOP%": SHOPS, "%SHOPDE%": SHOPS_DE, "%EUR%": EUR, "%GBP%": GBP,
              "%PLN%": PLN, "%PHONE%": PHONES, "%EMOJI%": EMOJI, "%TZ%": TIMEZONES}
UNTIL = ["2024-07-15T07:00:00Z", "2024-07-15", "2024-07-15T09:00:00+02:00", "2024-07-14T23:59:59+02:00"]


class ClaimsDepartment(EvaluatorDay):
    """Alderbrook's claims department: its people, and one seeded random source; each method makes one request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.035
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token = "aB7dK2rQ9xLm4TzV8nWc1HpE"
    base = BASE
    ts_window = (0, 10 * 3600)
    alert_hours, alert_minutes = (5, 6, 6, 7, 7, 7, 8, 12, 16), ("00", "15", "30", "45", "10")
    iat_window = (0, 34000)
    event_window, context_bytes, event_ascii_rate, challenge_bytes = (0, 34000), 44, 0.2, 36
    context_json = True
    blocks_rate, thread_rate = 0.78, 0.25
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    ga_rate, dnt_rate, mobile_rate = 0.12, 0.05, 0.28
    xff_rate, xff = 0.08, ("10.40.12.7", "10.40.12.7, 10.0.3.21", "172.20.8.115")
    script_encoding_rate, script_encodings = 0.5, ("gzip, deflate", "gzip, deflate, br", "gzip")
    trace_rate, request_id_rate = 0.22, 0.12
    oauth_scopes = ("read", "read write", "write")
    oauth_audience_rate, oauth_audience = 0.2, "jeeves"
    verify_uas = [*SCRIPT_UAS[:6], "lua-resty-http/0.17.1"]
    health_uas, scrape_timeout, readyz_rate = HEALTH_UAS, "5", 0.2
    meta_uas, meta_browser_rate = META_UAS, 0.08
    # /jeeves and the buttons
    partner_team, partner_domain, dm_choices, command_quote_rate = PARTNER_TEAM, PARTNER_DOMAIN, 12, 0.25
    button_places, weather_replies = PLACES + ADDRESSES, WEATHER_REPLIES
    set_location_roll, confirm_roll, click_message_rate = 0.7, 0.85, 0.5
    # /me/ and signing in
    timezones, oidc_error_rate, me_multipart_rate = TIMEZONES, 0.08, 0.15
    me_places = ADDRESSES + PLACES + [office[1][:100] for office in OFFICES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, phrase_separator, feature_teams = PHRASE_WORDS, ("-", ".", " "), (TEAM, PARTNER_TEAM, "")
    page_head_weight, search_referer_q = 12, True
    # the data API
    api_rolls, patch_rolls = (0.3, 0.46, 0.68, 0.85, 0.93), (0.22, 0.4, 0.7, 0.82, 0.92)
    limits, offsets = ("25", "50", "100", "200", "500"), (0, 25, 50, 100, 200, 500, 1000)
    filter_teams, patch_names, patch_alerts_rate = (TEAM, PARTNER_TEAM), PATCH_NAMES, 0.8
    usage_days, until_choices = (1, 14), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, CLAIMS_LINKS
    link_labels = ("", "", "", "|claim file", "|DWD", "|here", "|SharePoint")
    long_rate, emoji_rate, link_rate, dm_command_rate, edit_command_rate = 0.11, 0.2, 0.07, 0.66, 0.45
    mention_leads = ("", "", "hey ", "cc ", "Morning ")
    edit_suffixes = (" (edit: typo)", " *", " — correction: loss date was Saturday", "", " – sorry, falsche "
                                                                                        "Schadennummer")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "home", "messages"), 0.6, 0.1
    files, file_notes, file_types, file_editable = FILES, FILE_NOTES, FILE_TYPES, ("docx", "xlsx", "csv", "txt")
    file_sizes, file_title_stem = (2_000, 250_000_000), True
    unfurl_leads = ("", "weather at the loss location?", "hail that day?", "Unwetterwarnung:", "for %CLAIM%:")
    unfurl_spaced = True
    bot_replies, fill_pools = BOT_REPLIES, FILL_POOLS

    def __init__(self) -> None:
        super().__init__(SEED)
        for name, handle in STAFF:
            self.people.append({"id": self.sid("U0", 9), "name": name, "handle": handle,
                                "email": f"{handle}@alderbrook-insurance.com", "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "claims-motor", "claims-property", "hagel-2024-07", "siu-fraud", "loss-adjusters", "medical-review",
            "subrogation", "glass-claims", "cat-event-reutlingen", "claims-manchester", "schaden-wien",
            "szkody-warszawa", "claims-toronto", "schaden-zuerich", "general", "random")]
        self.dms = [self.sid("D0", 9) for _ in range(56)]

    # ---- texts ----------------------------------------------------------------------------------------------
    def fill_makers(self) -> dict[str, Callable[[], str]]:
        return {**super().fill_makers(), "%CLAIM%": self.claim_number, "%VIN%": self.vin,
                "%CALC_EUR%": lambda: self.deductible_sum("de"), "%CALC_GBP%": lambda: self.deductible_sum("gbp"),
                "%CALC%": self.deductible_sum}

    def claim_number(self) -> str:
        n = self.rng.randint(1, 19_999)
        return self.pick([f"CLM-2024-{n:06d}", f"CLM-2024-{n:06d}", f"CLM-2023-{n:06d}", f"clm-2024-{n:06d}",
                          f"Schaden-Nr. 24-HH-{n:07d}", f"szkoda nr {n:06d}/2024"])

    def vin(self) -> str:
        wmi = self.pick(WMI)
        return wmi + "".join(self.pick(VIN_CHARS) for _ in range(17 - len(wmi)))

    def deductible_sum(self, style: str = "") -> str:
        """A gross amount less a deductible, written the way a handler in one of the offices (style) would."""
        excess = self.pick([100, 150, 250, 300, 500, 1000, 1250, 2500])
        gross = excess + self.rng.randint(120, 250_000) + self.pick([0, 0, 50, 99]) / 100
        net = gross - excess
        style = style or self.pick(["en", "en", "de", "ch", "pl", "gbp"])
        if style == "en":
            return f"{gross:,.2f} − {excess:,.2f} = {net:,.2f}"
        if style == "gbp":
            return f"£{gross:,.2f} - £{excess:,.2f} excess = £{net:,.2f}"
        marks = {"de": str.maketrans(",.", ".,"), "ch": str.maketrans(",", "'"), "pl": str.maketrans(",.", " ,")}
        a, b, c = (f"{v:,.2f}".translate(marks[style]) for v in (gross, float(excess), net))
        if style == "de":
            return f"{a} € − {b} € SB = {c} €"
        if style == "ch":
            return f"CHF {a} − {b} Franchise = {c}"
        return f"{a} zł − {b} zł udziału własnego = {c} zł"

    def unfurl_link(self) -> tuple[str, tuple[str, ...]]:
        link, *preview = self.pick(LINK_PREVIEWS)
        return link, tuple(preview)

    def unfurl_lead(self) -> tuple[str, str]:
        slack, raw = self.fill(self.pick(self.unfurl_leads))
        return slack, raw

    def home_view(self, team: str) -> dict[str, Any]:
        """Jeeves' published App Home (its settings) as Slack sends it along with app_home_opened."""
        place = self.pick([self.pick(PLACES), self.pick(OFFICES)[0], "not set (`remember location <place>`)"])
        settings = (f"*Location:* {place}\n*Units:* metric\n*Daily alert:* "
                    f"{self.pick(['on', 'off'])} at {self.hhmm()} ({self.pick(TIMEZONES)})")
        return {"id": self.sid("V0", 9), "team_id": team, "type": "home", "blocks": [
            {"type": "header", "block_id": self.block_id(),
             "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
            {"type": "section", "block_id": self.block_id(), "text": {"type": "mrkdwn", "text": settings,
                                                                      "verbatim": False}},
            {"type": "divider", "block_id": self.block_id()},
            {"type": "section", "block_id": self.block_id(), "text": {
                "type": "mrkdwn", "verbatim": False,
                "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> (send me `login` "
                        "for a sign-in link)."}}],
            "private_metadata": "", "callback_id": "", "state": {"values": {}}, "hash": f"{EPOCH}.{self.hexs(8)}",
            "title": {"type": "plain_text", "text": "View Title", "emoji": True}, "clear_on_close": False,
            "notify_on_close": False, "close": None, "submit": None, "previous_view_id": None,
            "root_view_id": self.sid("V0", 9), "app_id": APP_ID, "external_id": "", "app_installed_team_id": team,
            "bot_id": BOT_ID}

    # ---- its browsers' cookies, its scripts' dates and tracing ------------------------------------------------
    def site_cookies(self) -> list[tuple[str, str]]:
        jar: list[tuple[str, str]] = []
        if self.chance(0.2):
            jar.append(("OptanonAlertBoxClosed", f"2024-0{self.rng.randint(1, 7)}-{self.rng.randint(10, 28)}T"
                                                 f"{self.rng.randint(10, 23)}:{self.rng.randint(10, 59)}:05.118Z"))
        if self.chance(0.08):
            jar.append(("ai_user", f"{self.token(16)[:21]}|2024-06-{self.rng.randint(10, 30)}T08:1"
                                   f"{self.rng.randint(0, 9)}:44.310Z"))
        return jar

    def request_ids(self) -> list[str]:
        return [f"cc-int-{self.rng.randint(10**7, 10**8)}", f"pbi.{self.hexs(12)}",
                f"gitlab-{self.rng.randint(10**8, 10**9)}-1"]

    def trace_state(self) -> str | None:
        return f"alderbrook=claims:{self.pick(['cc', 'pbi', 'ci'])}" if self.chance(0.3) else None

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-07-{day:02d}T00:00:00Z", f"2024-07-{day:02d}", f"2024-07-{day:02d}T00:00:00+02:00",
                f"2024-06-{day + 15:02d}T22:00:00.000Z", f"2024-07-{day:02d} 06:00",
                f"2024-07-{day:02d}T00:00:00.000000+00:00"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 290), ("slack_mention", 165), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 24), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 290), ("button_click", 110),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The claims department's Monday, kinds interleaved (after Slack's URL verification of a re-installed app)."""
    return planned(ClaimsDepartment(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
