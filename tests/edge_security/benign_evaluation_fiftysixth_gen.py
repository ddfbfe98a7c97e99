"""Benign evaluation set (fiftysixth): an accounting and tax firm's ordinary traffic through the edge, benign only.

The company is Lindqvist Achebe & Co., chartered accountants and tax advisers with offices in London, Frankfurt,
Zürich, Dublin, Warsaw, New York, Toronto, São Paulo, Bengaluru and Singapore. Its tax seniors, auditors, payroll
and bookkeeping teams use Jeeves to check the weather before client visits, stocktakes and filing-day commutes,
and they write to it (and around it, in the channels where they mention it) the way they write to each other:
spreadsheet formulas pasted from Excel and Google Sheets (=SUM(B2:B40), =IF(A1>0;"ok";"check"), German and French
function names), invoice, VAT and tax numbers, IBANs and BICs, percentages and currency amounts with every
decimal and thousands separator, ledger exports' CSV lines, tax form codes (1099-MISC, W-8BEN, CT600, UStVA,
JPK_V7M), filing deadlines, quoted engagement-letter and statute clauses, names in many languages and scripts,
addresses, emoji, abbreviations, typos and multi-line notes.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (url_verification; app_mention, message.im and
app_home_opened, and what those subscriptions deliver: threads, edits, deletions, file shares, link unfurls,
Jeeves' own replies), `/jeeves` slash commands, block_actions clicks on Jeeves' own buttons (set_location,
forget_me_confirm, forget_me_cancel), the data API with a bearer JWT (users list/read/patch, usage stats,
switches), the admin panel's pages and forms with their csrf_token, `/me/` and its forms, Sign in with Slack and
the bot's one-time links, TokenDealer (token, introspect, revoke, verify_token) and the health and metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

Its Events API envelope, Slack POSTs (slack_request, slack_form_request), timestamps, access tokens, a weather
reply's blocks, a shared file's URLs, HELP_REPLY and ACTIONS come from evaluator_routes, its GETs and form POSTs,
the Cookie header, the one-time link's preview, TokenDealer's Basic credentials and /verify_token from
evaluator_web.WebApp; its people, texts, rich text, browsers, scripts' headers, trigger_id and response_url are
its own.
"""

from __future__ import annotations

import base64
import json
import re
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_routes import ACTIONS, HELP_REPLY, file_urls
from .evaluator_web import WebApp
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fiftysixth"
SEED = 56_2024_0710
EPOCH = 1720594800  # 2024-07-10 07:00 UTC, a Wednesday: UStVA day in Frankfurt, Q2 VAT returns everywhere else
TEAM, TEAM_DOMAIN = "T03LACOTAX", "laco-tax"
PAYROLL_TEAM = "T05PAYRLL2"  # the payroll bureau's own workspace, where Jeeves is installed as well
APP_ID, BOT_USER, BOT_ID = "A05JVS56TX", "U05JEEVES1", "B05JEEVES7"
VERIFY_TOKEN = "Qm3vTz8LpWc1RxN6bYk0HdJa"
HOST = "jeeves.lacotax.com"
BASE = f"https://{HOST}"

FIRST = ["Ngozi", "Henrik", "Priya", "Xinyi", "Oleksandr", "Fatima-Zahra", "Seo-yeon", "Åsa", "Ciarán", "Jürgen",
         "Grzegorz", "Aoife", "Thiago", "Hoa", "Kenji", "Mateo", "Yael", "Omar", "Dimitra", "Siddharth", "Zanele",
         "Maeve", "Björn", "Léa", "Małgorzata", "Rahul", "Chiamaka", "Sven", "Inês", "Tomás", "Anneliese", "Kwabena",
         "Mei", "Dmitri", "Sinéad", "Lukas", "Noor", "Hiroshi", "Camille", "Rafael", "Agnieszka", "Emeka",
         "Zoë", "Arjun", "Ingrid", "Joaquín", "Leilani", "Bartłomiej", "Pádraig", "Anaïs"]
LAST = ["Achebe", "Lindqvist", "Raghunathan", "Zhou", "Kovalenko", "El Idrissi", "Park", "Nyström", "Ó Briain",
        "Hoffmann", "Brzęczyszczykiewicz", "Ní Mhaoláin", "Araújo", "Nguyễn", "Watanabe", "Fernández-Ruiz",
        "Cohen", "Al-Khatib", "Papadopoulou", "Iyer", "Dlamini", "O'Connor-Reyes", "Müller", "Dubois",
        "Wiśniewska", "Mehta", "Okafor", "Østergaard", "Gonçalves", "McAllister", "von Bülow", "Mensah",
        "Lin", "Sokolov", "D'Arcy", "Schröder", "Haddad", "Takahashi", "Lefèvre", "Castro Mendes",
        "Kowalczyk", "Eze", "Van der Berg", "Krishnamurthy", "Solberg", "de la Peña", "Kahale", "Zieliński",
        "Mac Giolla Íosa", "Rousseau-Blanc"]
# Clients as the staff name them in chat.
CLIENTS = ["Rheinfels Logistik GmbH", "Østergaard ApS", "Crane & Whitlock LLP", "Hoang Gia Trading Co., Ltd",
           "Sakura Denki K.K. (さくら電機株式会社)", "Pereira & Filhos Ltda.", "Nordlicht Immobilien AG",
           "the O'Hara Family Trust", "Blue Heron Bakery, LLC", "Praxis Dr. med. Anja Vogt", "Zhang Wei (张伟)",
           "Abernethy & Sons (Plumbing) Ltd", "Café Größenwahn UG (haftungsbeschränkt)", "Fundação Aurora",
           "ИП Иванова А. С.", "Maple Leaf Dental Professional Corp.", "Kowalski i Wspólnicy Sp. z o.o.",
           "Bodega Los Álamos S.L.", "Ben-Ami Holdings (בן-עמי)", "Al Noor Trading FZ-LLC", "Müller-Lüdenscheidt KG",
           "Ó Dálaigh Engineering DAC", "Zürcher Uhrenmanufaktur AG", "Greenfield Nurseries Ltd t/a Petals & Co",
           "S. Krishnan & Associates", "Hartley-Whitmore Charitable Trust", "Lumière Studio SARL",
           "Vasquez Roofing Inc.", "Mrs. E. Papadakis (sole trader)", "Tanaka Holdings Pte. Ltd."]
OFFICES = [("London", "12 Finsbury Circus, London EC2M 7EB"),
           ("Frankfurt", "Taunusanlage 8, 60329 Frankfurt am Main"),
           ("Zürich", "Bahnhofstrasse 42, 8001 Zürich"),
           ("Dublin", "Harcourt Centre, Block 4, Harcourt Rd, Dublin 2, D02 HW77"),
           ("Warszawa", "ul. Prosta 36, 00-838 Warszawa"),
           ("New York", "450 Lexington Ave, 14th Fl, New York, NY 10017"),
           ("Toronto", "181 Bay St, Suite 2900, Toronto, ON M5J 2T3"),
           ("São Paulo", "Av. Paulista, 1842 – 12º andar, São Paulo – SP, 01310-200"),
           ("Bengaluru", "Prestige Tech Park, Outer Ring Rd, Kadubeesanahalli, Bengaluru 560103"),
           ("Singapore", "8 Marina View, #27-01 Asia Square Tower 1, Singapore 018960")]
CITIES = ["London", "Frankfurt am Main", "Zürich", "Dublin", "Warszawa", "New York", "Toronto", "São Paulo",
          "Bengaluru", "Singapore", "Cork", "Galway", "Manchester", "Leeds", "Edinburgh", "Kraków", "Wrocław",
          "Gdańsk", "München", "Düsseldorf", "Stuttgart", "Köln", "Hamburg", "Basel", "Genève", "Lugano", "Zug",
          "Luxembourg", "Amsterdam", "Rotterdam", "Bruxelles", "Paris", "Lyon", "Milano", "Barcelona", "Madrid",
          "Lisboa", "Porto", "København", "Stockholm", "Oslo", "Tel Aviv", "Dubai", "Mumbai", "Chennai", "Tokyo",
          "Osaka", "Hong Kong", "Sydney", "Boston", "Newark", "Jersey City", "Stamford", "Chicago", "Montréal",
          "Ottawa", "Mississauga", "Rio de Janeiro", "Campinas", "Belo Horizonte", "St. Helier", "St Peter Port",
          "Douglas, Isle of Man", "Limerick", "Kilkenny", "Stoke-on-Trent", "Milton Keynes", "Bad Homburg",
          "Offenbach am Main", "Winterthur", "Łódź", "Poznań", "Київ", "Athína", "İstanbul", "Nicosia",
          "Valletta", "Reykjavík", "Tallinn", "Vilnius", "Rīga", "Frankfurt", "NYC", "Zurich", "Sao Paulo",
          "Bangalore", "Warsaw", "Munich", "Cologne", "Geneva", "Copenhagen", "Lisbon"]
# client sites the teams visit (stocktakes, audits, payroll go-lives)
SITES = ["Rheinfels Logistik, Hafenstraße 14, 47119 Duisburg", "Unit 7, Abernethy Trade Park, Stoke-on-Trent ST4 2RW",
         "Zürcher Uhrenmanufaktur, Seestrasse 310, 8038 Zürich", "Nordlicht Immobilien, Jungfernstieg 7, Hamburg",
         "Maple Leaf Dental, 2300 Yonge St #1601, Toronto ON M4P 1E4", "Blue Heron Bakery, 88 Water St, Stamford CT",
         "Hoang Gia warehouse, Lô C2, KCN Tân Bình, TP. Hồ Chí Minh", "Bodega Los Álamos, Ctra. N-122 km 312, Aranda",
         "Ó Dálaigh Engineering, Ballincollig Business Park, Co. Cork P31 X2K5",
         "Kowalski, ul. Piotrkowska 148/150, Łódź",
         "Greenfield Nurseries, Long Lane, Hoddesdon EN11 8AA", "Café Größenwahn, Nollendorfplatz 1, 10777 Berlin",
         "Tanaka Holdings, 1 Raffles Place #44-02, Singapore 048616", "Pereira & Filhos, Rua Augusta 2690, São Paulo",
         "Vasquez Roofing, 1420 W Fulton St, Chicago, IL 60607", "Østergaard, Vesterbrogade 149, 1620 København V",
         "Lumière Studio, 14 bis rue de Lancry, 75010 Paris", "Al Noor Trading, RAKEZ Business Zone, Ras Al Khaimah"]
TIMEZONES = ["Europe/London", "Europe/Berlin", "Europe/Zurich", "Europe/Dublin", "Europe/Warsaw", "America/New_York",
             "America/Toronto", "America/Sao_Paulo", "Asia/Kolkata", "Asia/Singapore", "UTC", "Europe/Paris",
             "Europe/Madrid", "America/Chicago", "Asia/Tokyo", "Europe/Luxembourg", "Asia/Dubai", "Europe/Lisbon"]
FORMULAS = ["=SUM(B2:B40)", "=IF(A1>0;\"ok\";\"check\")", "=IF(A1>0,\"ok\",\"check\")",
            "=VLOOKUP(C2,'Trial Balance'!A:F,6,FALSE)", "=XLOOKUP(A2;Kontenplan!A:A;Kontenplan!B:B;\"n/a\")",
            "=ROUND(D14*19%,2)", "=SUMIFS(Ledger!F:F,Ledger!B:B,\">=\"&DATE(2024,4,1),Ledger!C:C,4400)",
            "=IFERROR(E7/E6-1,0)", "=TEXT(TODAY(),\"dd.mm.yyyy\")", "=EOMONTH(A2,0)",
            "=NETWORKDAYS(B3;C3;Feiertage!A2:A20)", "=SUMPRODUCT((A2:A500=\"VAT\")*(D2:D500))",
            "=INDEX(Rates!B:B,MATCH(G5,Rates!A:A,0))", "=PMT(4.5%/12,60,-25000)", "=B7*(1-$H$1)",
            "=COUNTIF(F:F,\"<>0\")", "=ABS(SUM(D2:D400)-SUM(E2:E400))<0.01", "=WENN(B5>0;B5*0,19;0)",
            "=SOMME(C2:C31)", "=ARRONDI(B2*0,2;2)", "=SUMMEWENN(A:A;\"1200\";D:D)", "=C12-C13+C14",
            "=IF(AND(F2>=10000,G2=\"EU\"),\"ZM\",\"\")", "=ROUNDDOWN(H9/1.19,2)", "='Q2 VAT'!E44",
            "=IMPORTRANGE(\"1qT4xV0b8kLmN\",\"GL!A1:H900\")", "=QUERY(GL!A:H,\"select C, sum(F) group by C\",1)",
            "=FILTER(A2:E200,D2:D200>5000)", "=MAX(0,(B4-12570)*20%)", "=IF(ISBLANK(C5),\"missing W-9\",\"\")",
            "=DATEDIF(A2,TODAY(),\"d\")", "=UNIQUE(Vendors!B2:B)", "=TEXTJOIN(\", \",TRUE,A2:A9)",
            "=SUMIF(C:C,\"<0\")", "=(1+5%)^(1/12)-1", "=B2&\" / \"&C2", "=LET(net,B2/1.2,ROUND(net*0.2,2))"]
INVOICES = ["INV-2024-00417", "RE-2024/0815", "Rechnung Nr. 2024-1187", "FA/2024/06/0032", "Factura F-24-000913",
            "#10045-B", "Inv. 7781/24", "LACO-LDN-24-3391", "LACO/FRA/2024/0712", "CN-2024-0031 (credit note)",
            "FV 112/06/2024", "NF-e 000.412.338", "INV#24-118", "Facture n° 2024-06-117", "SI-004512", "PO 4500123987",
            "Beleg 2024/06/118", "GST-INV-0098/24-25", "BILL-2024-07-002", "Ref. 24/QS/119"]
VAT_IDS = ["DE 123 456 789", "DE811907980", "GB 123 4567 89", "IE 6388047V", "FR 40 303 265 045", "NL8507.43.817.B01",
           "CHE-116.281.710 MWST", "PL 526-000-12-46", "ATU12345678", "ESB12345674", "IT 01234567890",
           "BE 0428.759.497", "DK 13585628", "LU 15027442", "XI 123 4567 89", "EIN 12-3456789", "UTR 12345 67890",
           "St.-Nr. 045/123/45678", "GSTIN 29ABCDE1234F1Z5", "CNPJ 12.345.678/0001-95", "BN 123456789 RT0001",
           "NIP 526-104-08-28", "UID CHE-101.544.307", "TRN 100123456700003"]
IBANS = ["DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19", "CH93 0076 2011 6238 5295 7",
         "IE29 AIBK 9311 5212 3456 78", "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300",
         "PL61 1090 1014 0000 0712 1981 2874", "ES91 2100 0418 4502 0005 1332", "BE68 5390 0754 7034",
         "DE75512108001245126199", "AT61 1904 3002 3457 3201", "LU28 0019 4006 4475 0000", "DK50 0040 0440 1162 43"]
BICS = ["COBADEFFXXX", "NWBKGB2L", "UBSWCHZH80A", "AIBKIE2D", "BNPAFRPP", "ABNANL2A", "BPKOPLPW", "CAIXESBBXXX"]
AMOUNTS = ["€1.234,56", "$12,450.00", "£3,200", "CHF 4'750.00", "1 234,56 zł", "¥1,200,000", "₹4,50,000",
           "R$ 12.345,67", "(1,250.00)", "-€ 89,90", "USD 1.2m", "€ 19.500,– netto", "12.5k", "£0.01",
           "EUR 250.000,00", "$ 3,118.47", "€ 7.140,00 brutto", "£48,312.09", "CAD 9,875.50", "SGD 2,400",
           "€ 0,00", "−£1,003.20", "11.900,00 €", "$-640.00", "PLN 23 400,00", "€ 2.5 Mio.", "£1.1bn",
           "€ 418,–", "USD 13 250", "14.99 EUR", "4 512,00 €", "£ 12,570 (personal allowance)"]
PERCENTS = ["19 %", "19% MwSt", "7 %", "20% VAT", "23% VAT", "8.1% MWST", "13.5%", "0% reverse charge", "21 % BTW",
            "5.5 % TVA", "7.65% FICA", "25% CT main rate", "12.5%", "2,6 %", "15%", "0,8 %", "40 %", "6,25%",
            "3.5% (ECB MRO)", "+2.3% YoY", "-0.4 pp", "100 %", "9% BTW (laag)", "18% GST", "17,5 %", "4.75%"]
FORMS = ["1099-MISC", "1099-NEC", "W-8BEN", "W-8BEN-E", "W-9", "1040-SR", "Form 941", "Schedule C", "SA100", "CT600",
         "P60", "P11D", "VAT100", "UStVA", "ZM", "ESt 1 A", "Form 11", "CT1", "T2", "T2125", "PIT-37", "JPK_V7M",
         "Modelo 303", "1120-S", "K-1", "FBAR (FinCEN 114)", "Form 8938", "GSTR-3B", "ECSL", "RCT", "P35",
         "Form 1042-S", "Anlage EÜR", "CIT-8", "Form 5472", "SDLT1", "MTD VAT return", "Intrastat"]
DEADLINES = ["31 Jan", "by 15.07.", "Apr 15", "ext. to Oct 15", "31/10 (paper)", "before EOD Fri", "T-3 WD",
             "the 10th", "10.08.2024", "2024-07-31", "end of Q3", "Aug 7 (MTD)", "23 July (ROS)", "next Mon",
             "15 Sept", "25.07.", "Friday 12:00 CET", "31st", "July 19th", "30 days from invoice date",
             "T+2", "EOM", "before the board pack (18/07)", "in 3 working days", "Jan 31, 2025"]
ACCOUNTS = ["1200", "1400", "1576", "1776", "3806", "4400", "8400", "7600", "6815", "2100", "4000/00", "5000",
            "GL 60110", "Acct 7502", "SKR03 1800", "SKR04 3806", "Konto 1590", "Nominal 2202", "Cost centre 410",
            "7810 (bank charges)", "2380 VAT control", "1100 Debtors"]
BOOKING_TEXTS = ["Erlöse 19 % USt", "Vorsteuer 7 %", "Miete Juni 2024", "Reisekosten Hr. Hoffmann (Köln)",
                 "Bewirtung Kunde (70 %)", "Audit fee FY23 — final", "Bank charges Q2", "FX revaluation EUR/USD",
                 "Accrual: utilities (June)", "Payroll June — net pay", "Umsatzsteuer-Vorauszahlung 06/24",
                 "Reverse charge – Leistung §13b", "Depreciation 06/2024", "Intercompany recharge UK → DE"]
CLAUSES = [
    "\"Fees are payable within thirty (30) days of the invoice date; late payments bear interest at 8% above the "
    "ECB base rate.\" (§ 5.2 of the engagement letter)",
    "§ 14 Abs. 4 Nr. 8 UStG: \"den anzuwendenden Steuersatz sowie den auf das Entgelt entfallenden Steuerbetrag\"",
    "Art. 196, Directive 2006/112/EC: \"VAT shall be payable by any taxable person, or non-taxable legal person "
    "identified for VAT purposes, to whom the services referred to in Article 44 are supplied\"",
    "IRS instructions: \"File Form 1099-NEC by January 31, 2025, using either paper or electronic filing procedures.\"",
    "VAT Notice 700/45, para 4.2: \"you can correct errors of £10,000 or less on your next return\"",
    "cl. 9.3 \"The Client shall provide all information reasonably requested no later than fifteen (15) working days "
    "before the relevant filing deadline.\"",
    "W-8BEN Part II, line 9: \"The beneficial owner is a resident of ____ within the meaning of the income tax treaty "
    "between the United States and that country.\"",
    "Art. 15 ust. 1 ustawy o VAT: „Podatnikami są osoby prawne, jednostki organizacyjne niemające osobowości "
    "prawnej oraz osoby fizyczne…”",
    "\"Subject to Section 7, the Firm's aggregate liability shall not exceed three (3) times the fees paid for the "
    "relevant Services.\"",
    "TCA 1997 s.1080: interest on late payment at 0.0219% per day",
    "Art. 21 Abs. 1 MWSTG: \"Von der Steuer ausgenommen sind …\"",
    "ITA s.125(1): small business deduction \"the corporation's business limit for the year\"",
    "\"The tax point is the earlier of the date of supply and the date payment is received\" (VAT Guide, 14.2)",
    "Sec. 6662(a): \"an amount equal to 20 percent of the portion of the underpayment\"",
    "« Les factures doivent mentionner le numéro individuel d'identification à la TVA du fournisseur » — art. 242 "
    "nonies A, ann. II CGI",
]
PEOPLE_REFS = ["@Maeve", "@ngozi.achebe", "Jürgen", "Priya R.", "Henrik (tax)", "the Dublin payroll team",
               "@Kenji W", "Grzegorz", "Yael's team", "AP", "Ciarán", "Zanele D.", "the client's CFO",
               "Frau Dr. Vogt", "Mr. Abernethy", "@it-helpdesk", "Omar", "Dimitra", "our StB", "the auditors"]
EMOJI = [":white_check_mark:", ":spiral_calendar_pad:", ":moneybag:", ":chart_with_upwards_trend:", ":receipt:",
         ":airplane:", ":umbrella:", ":sunny:", ":snowflake:", ":pray:", ":eyes:", ":sweat_smile:", ":tada:",
         ":face_with_monocle:", ":heavy_check_mark:", ":coffee:", ":warning:", ":thinking_face:", ":bank:",
         "✅", "📅", "💶", "🧾", "📊", "☔", "🌤️", "🙏", "😅", "👀", "🎉", "🤞", "🇩🇪", "🇮🇪", "🇨🇭", "🧮"]
WHEN = ["tomorrow 8:30", "Thu 11 July, 9.00", "at 14h30", "on the 15th", "Mon 15/07 08:00", "next week",
        "12.07. ab 8 Uhr", "this afternoon", "2024-07-11T09:00+02:00", "Friday AM", "7/11 @ 10am", "jutro o 9:00",
        "amanhã às 10h", "明日 9時", "demain 9h", "after lunch", "before the 10:30 call", "EOD"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %CITY%", "weather %CITY%", "weather %CITY%", "weather in %CITY% tomorrow", "weather %CITY% tomorrow?",
    "weather %OFFICE%", "weather %SITE%", "weather at %SITE%", "weather near %CITY% this afternoon",
    "weather %CITY% please", "Weather %CITY% %EMOJI%", "weather", "weather %CITY% this weekend", "wether %CITY%",
    "weathr %CITY% tmrw", "weather %CITY%!!", "weather for %CITY% pls", "weather in %CITY%?", "Weather %CITY%",
    "weather %CITY% :umbrella:", "weather %CITY% today", "weather around %CITY% this evening",
    "remember location %OFFICE%", "remember location %CITY%", "remember location %SITE%",
    "remember location Lindqvist Achebe & Co., %OFFICENAME%", "remember location LA&Co %OFFICENAME% office",
    "my location", "my location?", "forget location", "help", "Help", "help?", "config", "config units metric",
    "config units imperial", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%",
    "config time %HHMM%", "config alert %HHMM%", "config alerts off", "config unit imperial", "alerts on",
    "alerts off", "alerts", "Alerts on", "login", "Login", "forget me", "config timezone", "config units",
]
# What people write in a DM or around an @mention that is not (only) a command.
CHAT = [
    "note to self: %CLIENT% – %FORM% due %DEADLINE%, invoice %INVOICE% still open (%AMOUNT%)",
    "VAT ID %VAT% failed the VIES check this morning, retry after 14:00 CET",
    "IBAN for %CLIENT%: %IBAN% (BIC %BIC%) — don't paste this in #general pls",
    "%FORMULA%", "%FORMULA% %EMOJI%", "why does %FORMULA% give #VALUE! in the Q2 sheet?",
    "wrong window, sorry 🙈", "is it %PCT% or %PCT% for the reverse-charge lines?", "thanks Jeeves 🙏", "ty!",
    "👍", "ok", "haha no", "paid %AMOUNT% on 09/07 ref %INVOICE%", "%PERSON% says %FORM% is signed, %EMOJI%",
    "what's the weather like for the %CITY% trip %WHEN%? (%CLIENT% year-end stocktake)",
    "Q2 %FORM% for %CLIENT%: %AMOUNT% payable, effective rate %PCT%. Deadline %DEADLINE%.",
    "can you remind me to chase %PERSON% for the signed %FORM%?", "remind me %WHEN% about the %FORM%s",
    "difference between TB and GL is %AMOUNT% — probably the FX reval on %ACCOUNT%",
    "Konto %ACCOUNT% an %ACCOUNT%, Buchungstext \"%BOOKING%\", %AMOUNT%",
    "Kannst du mir das Wetter für %CITY% sagen? Morgen Prüfung bei %CLIENT%.",
    "¿Qué tiempo hará en %CITY% el jueves? Tengo el cierre con %CLIENT%.",
    "Jaka pogoda w %CITY% jutro? Jadę na inwentaryzację do %CLIENT%.", "明日の%CITY%の天気は？監査で出張です。",
    "Quel temps fera-t-il à %CITY% demain ? RDV à 9h chez %CLIENT%.",
    "Vai chover em %CITY% amanhã? Tenho reunião às 10h com a %CLIENT%.",
    "Reminder 📅 %DEADLINE%: %FORM% (%CLIENT%)", "%CLAUSE%", "see %CLAUSE%",
    "%INVOICE% – %AMOUNT% incl. %PCT%, net %AMOUNT%", "W-8BEN-E for %CLIENT% expires 31/12/2026, %EMOJI%",
    "do we still need a %FORM% if they're below the %AMOUNT% threshold?", "@%HANDLE% can you check %INVOICE%?",
    "client says \"we already paid\" 🙄 – %AMOUNT% on %IBAN%?", "%VAT% is valid (VIES ✓ %WHEN%)",
    "sorry, that was for %PERSON%", "Steuernummer 045/123/45678, Finanzamt Frankfurt am Main III",
    "%PCT% on %AMOUNT% = %AMOUNT%, rounding diff %AMOUNT%", "1099s: 14 of 23 vendors have a W-9 on file (61%)",
    "EUR/USD 1.0705 (ECB 28.06.) → %AMOUNT%", "is the office open on the 15th? (bank holiday in %CITY%?)",
    "working from %CITY% %WHEN%, then %OFFICENAME% office", "OOO until Mon – for %FORM%s ask %PERSON%",
    "test", "hello?", "jeeves you there", "good morning ☕", "weather?", "rain in %CITY%??",
    "copy: %CSVLINE%", "%CSVLINE%", "cost centre 410 vs 420 – which one for the %CITY% trip?",
    "1,234.56 vs 1.234,56 – the import read it as 1.23456 again 😤", "%AMOUNT% / 12 = ?",
    "rate for %FORM% late filing is %PCT% + €25/month, right?", "FYI %CLIENT% moved to %SITE%",
    "pls don't send the %FORM% link to the client yet", "TODO: %FORM% → %PERSON% → sign → e-file (%DEADLINE%)",
    "is it going to snow at %SITE% %WHEN%? need to drive the trial balance over 😅",
    "%CLIENT%'s fiscal year ends 30/06, not 31/12 — update the calendar", "ok thx, will do",
]
LONG_MESSAGES = [
    "Month-end close – June 2024 ✅\n1. Bank recs (all 14 accounts) – done\n2. Accruals: %AMOUNT% utilities, "
    "%AMOUNT% audit fee\n3. FX reval @ ECB 28.06. rates (EUR/USD 1.0705)\n4. VAT: %FORM% → %DEADLINE%\n"
    "5. TB tie-out: =SUM(B2:B40) vs GL = 0.00 👍\nOpen: invoice %INVOICE% (%CLIENT%), still no PO#",
    "pasting the export so I don't lose it:\n```\nDatum;Konto;Gegenkonto;Buchungstext;Soll;Haben;Beleg\n"
    "28.06.2024;1200;8400;Erlöse 19 % USt;;11.900,00;RE-2024/0815\n28.06.2024;1576;1200;Vorsteuer 19 %;190,00;;"
    "ER-2024/0611\n30.06.2024;4210;1200;Miete Juni 2024;2.500,00;;DA-06\n```",
    "```\nDate,Account,Description,Debit,Credit,Ref\n2024-06-30,7600,\"Audit fee, FY23 (final)\",4500.00,,"
    "INV-2024-00417\n2024-06-30,2202,VAT on audit fee,900.00,,INV-2024-00417\n2024-06-30,2100,Creditors,,5400.00,"
    "INV-2024-00417\n```\nbalances: =SUM(D2:D4)-SUM(E2:E4) → 0",
    "> From: %PERSON%\n> Sent: Tuesday, 9 July 2024 17:42\n> Subject: RE: %FORM% – %CLIENT%\n>\n> Hi, the figure "
    "on line 7 should be %AMOUNT%, not %AMOUNT%. Can you re-file before %DEADLINE%?\n\ncan someone take this? "
    "I'm at %SITE% all day",
    "Tax calc (draft, don't share):\n• Profit before tax: %AMOUNT%\n• add back: entertaining %AMOUNT%, "
    "depreciation %AMOUNT%\n• less: capital allowances (AIA) %AMOUNT%\n• taxable: %AMOUNT% × 25% = %AMOUNT%\n"
    "• marginal relief? =IF(B6<250000,(250000-B6)*3/200,0)",
    "Checklist for %CLIENT% (%FORM%):\n☐ W-9s collected (14/23)\n☑ TINs matched\n☐ 1099-NEC vs 1099-MISC split "
    "(box 1 vs box 7 – old forms!)\n☐ e-file via IRIS by %DEADLINE%\nquestions → %PERSON%",
    "UStVA 06/2024 – %CLIENT%\nKz 81: 45.210,00 € (19 %)\nKz 86: 3.100,00 € (7 %)\nKz 66: -6.432,18 €\nKz 83: "
    "2.375,72 € Zahllast\nabgabe bis 10.07. (Dauerfristverlängerung? nein)",
    "Travel next week:\nMon – %CITY% (%CLIENT%, stocktake 07:00!)\nTue – %CITY%\nWed/Thu – %OFFICENAME% office\n"
    "Fri – WFH\n@Jeeves weather for all of them would be lovely 😇",
    "VIES results:\n%VAT% → valid\n%VAT% → invalid (\"MS_UNAVAILABLE\")\n%VAT% → valid, name matches\n"
    "retry the invalid one at 14:00",
    "Payment run 10/07:\n1) %CLIENT% – %AMOUNT% → %IBAN%\n2) HMRC VAT – %AMOUNT% (ref 123456789A00108)\n"
    "3) Finanzamt – %AMOUNT% (Verwendungszweck: 045/123/45678 USt 06/24)\ntotal =SUM(C2:C4)",
    "Reconciliation notes %CLIENT%\n- GL %ACCOUNT%: %AMOUNT%\n- bank statement: %AMOUNT%\n- diff: %AMOUNT% "
    "(bank charges? 7810)\n- formula in F12: %FORMULA%\nwill finish after the %HHMM% call",
    "Engagement letter, para 4:\n\"%CLAUSELINE%\"\n— client wants 45 days instead of 30. OK with partner?",
]
BOT_REPLIES = [
    "%CITY%: partly cloudy, 21°C, wind 12 km/h; today 14°C to 23°C, 20% chance of precipitation",
    "%CITY%: light rain, 16°C, wind 19 km/h; today 13°C to 18°C, 80% chance of precipitation",
    "%CITY%: clear sky, 27°C, wind 6 km/h; today 18°C to 31°C, 0% chance of precipitation",
    "%CITY%: overcast, 64°F, wind 9 mph; today 58°F to 70°F, 35% chance of precipitation",
    "%CITY%: thunderstorm, 29°C, wind 22 km/h; today 24°C to 33°C, 90% chance of precipitation",
    "Got it, I will remember %CITY%.", "Your location is %CITY%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at %HHMM% (%TZ%).", "Daily weather alerts are off.",
    "Saved. Your settings:\n• alert_time: %HHMM%\n• alerts: on\n• timezone: %TZ%\n• units: metric\nChange one with "
    "`config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or `alerts on`.",
    "Where? Try `weather Paris`, or `remember location Paris` once.",
    "I could not find a place called \u201c%CITY% tmrw\u201d.",
    "Sorry: timezone must be an IANA name, e.g. Europe/Paris.",
    "Sorry, I did not understand that. " + HELP_REPLY,
]
LINKS = [
    "https://docs.google.com/spreadsheets/d/1qT4xV0b8kLmN3pR7sW2yZ5aC9dE6fG1hJ4kL7mN0pQ/edit#gid=1843207715"
    "&range=B2:B40",
    "https://lacotax.sharepoint.com/:x:/r/sites/TaxOps/Shared%20Documents/VAT/2024/Q2/VAT_Return_Q2_Rheinfels.xlsx"
    "?d=w4b1e0c7a9f2d4e6b8a1c3e5f7091b2d4&csf=1&web=1&e=Xk2LpQ",
    "https://www.irs.gov/forms-pubs/about-form-1099-misc", "https://www.irs.gov/pub/irs-pdf/fw8ben.pdf",
    "https://www.irs.gov/instructions/i1099mec#en_US_2024_publink100061398",
    "https://www.gov.uk/guidance/vat-reverse-charge-technical-guide",
    "https://www.gov.uk/government/publications/vat-notice-70045-how-to-correct-vat-errors-and-make-adjustments-or"
    "-claims",
    "https://ec.europa.eu/taxation_customs/vies/#/vat-validation",
    "https://www.bundesfinanzministerium.de/Content/DE/Downloads/BMF_Schreiben/Steuerarten/Umsatzsteuer/"
    "2024-03-15-e-rechnung.pdf?__blob=publicationFile&v=3",
    "https://www.revenue.ie/en/vat/vat-rates/search-vat-rates/current-vat-rates.aspx",
    "https://www.canada.ca/en/revenue-agency/services/forms-publications/forms/t2.html",
    "https://www.podatki.gov.pl/jednolity-plik-kontrolny/jpk-vat-z-deklaracja/",
    "https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=8f14e45f-ceea-467f-a0e6-1c2b3d4e5f60",
    "https://app.qbo.intuit.com/app/invoice?txnId=10457",
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/"
    "eurofxref-graph-usd.en.html",
    "https://lacotax.atlassian.net/browse/TAX-2291?focusedCommentId=118204",
    "https://www.estv.admin.ch/estv/de/home/mehrwertsteuer/mwst-steuersaetze.html",
    "https://www.elster.de/eportal/formulare-leistungen/alleformulare/ustva",
    "https://lacotax.sharepoint.com/sites/Audit/Shared%20Documents/FY24/Nordlicht/TB_FY24_v7%20(FINAL).xlsx?web=1",
    "https://www.gov.uk/hmrc-internal-manuals/vat-time-of-supply/vatsc02100",
    "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0000320193&type=10-K&dateb=&owner=include"
    "&count=40",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ5ZTFiYjQtYzI4OS00@thread.v2/0?context=%7b%22Tid%22"
    "%3a%226f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f%22%7d",
]
FILES = ["VAT_Return_Q2_2024_Rheinfels.xlsx", "1099-MISC_2023_batch3.pdf", "W-8BEN-E_Sakura Denki_signed.pdf",
         "Hauptbuch_Export_06-2024.csv", "TB_FY24_v7 (FINAL) (2).xlsx", "Kontoauszug 06.2024.pdf",
         "P11D_2023-24_draft.xlsx", "JPK_V7M_2024_06_Kowalski.xml", "UStVA_06-2024_Müller-Lüdenscheidt.pdf",
         "engagement letter – O'Hara Family Trust (signed).pdf", "IMG_4471.HEIC", "Scan 10 Jul 2024 at 08.14.pdf",
         "ledger_export_2024-07-09T2300Z.csv", "Invoice INV-2024-00417.pdf", "CT600_FY23_Abernethy_v2.pdf",
         "GSTR-3B_June24.json", "payroll_06-2024 (net pay).xlsx", "receipts_Köln_Reise.zip", "Stocktake sheet.docx"]
ADMINS = ["it.ops", "henrik.lindqvist", "ngozi.achebe", "k.watanabe", "m.oconnor-reyes", "secops", "admin"]
SEARCH_Q = ["Kowalczyk", "o'connor", "O'Connor-Reyes", "@lacotax.com", "ngozi", "Müller", "Ó Briain", "zhou",
            "Brzęczyszczykiewicz", "U05", TEAM, PAYROLL_TEAM, "Nguyễn", "Watanabe", "hoffmann", "el idrissi",
            "payroll", "@lacotax.ie", "van der berg", "Σ", "de la Peña", "iyer", "mac giolla", "d'arcy", "Takahashi"]
AUDIT_Q = ["login", "user.active", "client.rotate", "feature.set", "weather@" + TEAM, "admin.map_slack",
           "powerbi-usage", "login.slack", "failed", "it.ops", "user.forget_me", "client.create", "hr-offboarding",
           "account.totp_enable", "denied", "feature.remove_override", "remember_location", "ledger-sync"]
CLIENT_IDS = ["powerbi-usage", "ledger-sync", "close-checklist-bot", "hr-offboarding", "it-inventory.prod",
              "tax-calendar:svc", "finops-reporting", "datev-names.fra", "payroll-bureau-sync"]
CLIENT_DESCRIPTIONS = ["Power BI: Jeeves usage for the Finance Ops dashboard (read only)",
                       "HR offboarding script – deactivates leavers (Workday export, nightly 02:00 CET)",
                       "Month-end close checklist bot; reads switches, posts nothing",
                       "Tax calendar sync (1099/W-8BEN reminders) — owner: Priya R.",
                       "DATEV → Jeeves display names, Frankfurt office", "",
                       "Payroll bureau (T05PAYRLL2) user sync, read/write; ticket IT-4471",
                       "Ledger export → usage stats, 15-min schedule; contact it.ops@lacotax.com",
                       "Inventory of Slack users for the ISO 27001 audit (Q3 2024)"]
PATCH_NAMES = ["Siobhán Ó Briain (Tax Senior, Dublin)", "Zhou Xinyi 周欣怡", "Dr. Jürgen Hoffmann, StB/WP",
               "Fatima-Zahra El Idrissi", "Grzegorz Brzęczyszczykiewicz – Audit", "O'Connor-Reyes, Maeve (CPA)",
               "Nguyễn Thị Hoa", "Олександр Коваленко", "Siddharth Iyer, CA (ICAI)", "Åsa Nyström | Payroll",
               "Yael Cohen יעל כהן", "Omar Al-Khatib عمر الخطيب", "Δήμητρα Παπαδοπούλου", "박서연 (Seo-yeon Park)",
               "Kenji Watanabe 渡辺健二", "Ciarán Mac Giolla Íosa", "Léa Rousseau-Blanc (Paris desk)"]
PASSWORDS = ["Tr1al-Balance!2024", "x7#Vq9!mK2@pL4$w", "correct horse battery staple 42", "Ledger&Journal_77",
             "Zürich-Steuer-2024!", "q9RZ-k2Lm-88Vd-Wx3p", "Blue.Heron.Bakery.19%", "p4$$w0rd-with-spaces ok",
             "Soll/Haben=0,00", "Kn8*fE!vR2#tY6^b"]
CLAUSE_LINES = ["Fees are payable within thirty (30) days of the invoice date.",
                "The Client remains responsible for the accuracy and completeness of the records provided.",
                "Either party may terminate this engagement on 30 days' written notice."]
CSV_LINES = ["2024-06-30;4400;Erlöse 19 % USt;;12.345,67;S;RE-2024/0815",
             "\"2024-06-28\",\"1200\",\"Bank\",\"1,250.00\",\"\",\"Transfer to HMRC - VAT Q1\"",
             "30/06/2024,7502,Postage,12.50,,SI-004512", "10.07.2024;1780;1200;USt-VZ 06/24;2.375,72;;",
             "2024-07-09,1100,\"Crane & Whitlock LLP\",,\"3,118.47\",INV#24-118",
             "\"Posting Date\",\"Doc No.\",\"G/L Account\",\"Amount (LCY)\",\"VAT %\"",
             "01/07/2024|2380|VAT control|-1003.20|20", "2024-06-30\t6815\tBürobedarf\t49,90\t19"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
    "Safari/537.36 Edg/126.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Firefox/115.0",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.71 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Mobile/15E148 Safari/604.1",
]
LANGS = ["en-GB,en;q=0.9", "en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "de-CH,de;q=0.9,en;q=0.8",
         "fr-CH,fr;q=0.9,en;q=0.8", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "en-IE,en;q=0.9,ga;q=0.8",
         "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "en-IN,en;q=0.9,hi;q=0.8", "ja-JP,ja;q=0.9,en-US;q=0.8",
         "zh-CN,zh;q=0.9,en;q=0.8", "en-CA,en;q=0.9,fr-CA;q=0.8", "uk-UA,uk;q=0.9,en;q=0.8", "en", "de"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.5.0", "curl/7.81.0",
              "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; de-DE) WindowsPowerShell/5.1.22621.3672",
              "PowerShell/7.4.3", "Go-http-client/2.0", "axios/1.7.2", "node-fetch/1.0 (+https://github.com/bitinn/"
              "node-fetch)", "okhttp/4.12.0", "Apache-HttpClient/4.5.14 (Java/17.0.11)", "n8n", "Zapier",
              "aiohttp/3.9.5 Python/3.12"]
HEALTH_UAS = ["kube-probe/1.29", "Prometheus/2.53.0", "Blackbox Exporter/0.25.0",
              "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "Datadog Agent/7.54.0",
              "ELB-HealthChecker/2.0", "curl/8.5.0", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)"]
META_UAS = ["python-requests/2.32.3", "lua-resty-http/0.17.1 (Lua) ngx_lua/10026", "curl/8.5.0",
            "Go-http-client/1.1", "PyJWT/2.8.0 (python-requests/2.32.3)", "okhttp/4.12.0", "PostmanRuntime/7.39.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
            "Safari/537.36", "Swagger-Codegen/3.0.57/java", "openapi-generator/7.7.0"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/clients?done=client_disabled", "/admin/slack-sign-in?done=mapped",
               "/admin/users?done=user_updated&q=&page=1", "/admin/account?done=totp_enabled",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled", "/admin/audit?page=3"]

URL_RE = re.compile(r"https?://[^\s<>\"]+")
INLINE_RE = re.compile(r"https?://[^\s<>\"]+|:[a-z][a-z0-9_+-]*:")
PLACEHOLDER_RE = re.compile(r"%([A-Z]+)%")
FORM = "application/x-www-form-urlencoded"
CHROME_ACCEPT = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,"
                 "application/signed-exchange;v=b3;q=0.7")
OTHER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
WEATHER_BUTTON = "Set as my location"


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def form(fields: list[tuple[str, str]]) -> str:
    return urllib.parse.urlencode(fields)


class Firm(WebApp):
    """Lindqvist Achebe & Co.: its people, channels, sessions and clients, and one seeded random source; each
    public method makes one kind of request."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    ts_window = (0, 11 * 3600)
    button_value_last = True
    post_body_first = True
    team, app_id, bot_user, verify_token, context_json = TEAM, APP_ID, BOT_USER, VERIFY_TOKEN, True
    base, iat_window, kid_before_typ, client_id_after = BASE, (0, 11 * 3600), True, "scope"

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people = [self.person(i, TEAM) for i in range(150)]
        self.payroll_people = [self.person(i, PAYROLL_TEAM) for i in range(24)]
        self.channels = [(self.sid("C0", 9), name) for name in (
            "tax-uk", "tax-de", "tax-us-1099", "vat-compliance", "audit-fy24", "payroll-ie", "close-june-2024",
            "frankfurt-office", "zurich-office", "nyc-office", "travel", "general", "random", "it-help", "ap-ar")]
        self.dms = [self.sid("D0", 9) for _ in range(70)]
        self.admin_sessions = [(self.token(32), self.token(32)) for _ in range(6)]
        self.me_sessions = [(self.token(32), self.token(32)) for _ in range(30)]
        self.secrets = {cid: self.token(32) for cid in CLIENT_IDS}
        self.kid_pool = self.token(32)
        self.jwks_etag = self.hexs(32)

    def person(self, i: int, team: str) -> dict[str, str]:
        first, last = self.pick(FIRST), self.pick(LAST)
        plain_first = re.sub(r"[^a-z]", "", ascii_fold(first).lower()) or "staff"
        plain_last = re.sub(r"[^a-z]", "", ascii_fold(last).lower()) or "x"
        handle = f"{plain_first}.{plain_last}" + (str(i) if i % 11 == 0 else "")
        domain = self.pick(["lacotax.com"] * 6 + ["lacotax.ie", "lacotax.de", "lacotax.ch"])
        return {"id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle,
                "email": f"{plain_first}.{plain_last}@{domain}", "team": team}

    # ---- small pieces ------------------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.pick("0123456789") for _ in range(n))

    def alnum(self, n: int) -> str:
        return "".join(self.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

    def hhmm(self) -> str:
        return self.pick(["07:30", "07:00", "06:45", "08:15", "07:15", "06:30", "08:00", "09:00", "12:30", "18:00",
                          "7:30", "0730", "05:50"])

    def team_member(self) -> tuple[str, str, dict[str, str]]:
        if self.chance(0.1):
            return PAYROLL_TEAM, "laco-payroll", self.pick(self.payroll_people)
        return TEAM, TEAM_DOMAIN, self.pick(self.people)

    def value(self, key: str) -> str:
        if key == "OFFICE":
            return self.pick(OFFICES)[1]
        if key == "OFFICENAME":
            return self.pick(OFFICES)[0]
        if key == "HHMM":
            return self.hhmm()
        if key == "HANDLE":
            return self.pick(self.people)["handle"]
        pools: dict[str, list[str]] = {
            "CITY": CITIES, "SITE": SITES, "TZ": TIMEZONES, "EMOJI": EMOJI, "CLIENT": CLIENTS, "FORM": FORMS,
            "DEADLINE": DEADLINES, "INVOICE": INVOICES, "VAT": VAT_IDS, "IBAN": IBANS, "BIC": BICS,
            "AMOUNT": AMOUNTS, "PCT": PERCENTS, "FORMULA": FORMULAS, "PERSON": PEOPLE_REFS, "WHEN": WHEN,
            "ACCOUNT": ACCOUNTS, "BOOKING": BOOKING_TEXTS, "CLAUSE": CLAUSES, "CSVLINE": CSV_LINES,
            "CLAUSELINE": CLAUSE_LINES}
        return str(self.pick(pools[key]))

    def fill(self, template: str) -> str:
        """Placeholders to values: the text as the person typed it."""
        return PLACEHOLDER_RE.sub(lambda m: self.value(m.group(1)), template)

    def typed(self) -> str:
        """Something typed to Jeeves: mostly a command, else chat, now and then a long note."""
        roll = self.rng.random()
        if roll < 0.58:
            return self.fill(self.pick(COMMANDS))
        if roll < 0.9:
            return self.fill(self.pick(CHAT))
        return self.fill(self.pick(LONG_MESSAGES))

    @staticmethod
    def markup(raw: str) -> str:
        """Slack's text field: &, < and > escaped, links in <...>."""
        out, pos = [], 0
        for m in URL_RE.finditer(raw):
            url = m.group(0).rstrip(".,);:!?")
            out.append(slack_escape(raw[pos:m.start()]))
            out.append("<" + url.replace("&", "&amp;") + ">")
            pos = m.start() + len(url)
        out.append(slack_escape(raw[pos:]))
        return "".join(out)

    @staticmethod
    def inline(text: str) -> list[dict[str, Any]]:
        """Rich-text elements of one run of text: plain text, links and emoji."""
        elements: list[dict[str, Any]] = []
        pos = 0
        for m in INLINE_RE.finditer(text):
            token = m.group(0)
            if token.startswith("http"):
                token = token.rstrip(".,);:!?")
            if m.start() > pos:
                elements.append({"type": "text", "text": text[pos:m.start()]})
            if token.startswith("http"):
                elements.append({"type": "link", "url": token})
            else:
                elements.append({"type": "emoji", "name": token.strip(":")})
            pos = m.start() + len(token)
        if pos < len(text):
            elements.append({"type": "text", "text": text[pos:]})
        return elements

    def rich_text(self, raw: str, mention: str | None = None) -> list[dict[str, Any]]:
        """The rich_text block Slack's clients attach to a message: sections, quotes and code blocks."""
        blocks: list[dict[str, Any]] = []
        for i, part in enumerate(raw.split("```")):
            if i % 2 == 1:
                blocks.append({"type": "rich_text_preformatted", "elements": [
                    {"type": "text", "text": part.strip("\n")}], "border": 0})
                continue
            if not part.strip():
                continue
            lines = part.split("\n")
            quoted = [ln[1:].lstrip() for ln in lines if ln.startswith(">")]
            rest = "\n".join(ln for ln in lines if not ln.startswith(">"))
            if quoted:
                blocks.append({"type": "rich_text_quote", "elements": self.inline("\n".join(quoted))})
            if rest.strip():
                blocks.append({"type": "rich_text_section", "elements": self.inline(rest)})
        if mention is not None:
            lead = [{"type": "user", "user_id": mention}, {"type": "text", "text": " "}]
            if blocks and blocks[0]["type"] == "rich_text_section":
                blocks[0]["elements"] = lead + blocks[0]["elements"]
            else:
                blocks.insert(0, {"type": "rich_text_section", "elements": lead})
        return [{"type": "rich_text", "block_id": self.token(3)[:4], "elements": blocks}]

    def slack_json(self, doc: dict[str, Any]) -> str:
        """Slack's JSON: compact, often with non-ASCII and slashes escaped."""
        if self.chance(0.5):
            return json.dumps(doc, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")
        return json.dumps(doc, separators=(",", ":"), ensure_ascii=False)

    def event_time(self, event: dict[str, Any]) -> int:
        """The event's own event_ts (a moment of the day is drawn all the same)."""
        return int(float(event.get("event_ts", self.ts())))

    def event_request(self, event: dict[str, Any], team: str = TEAM) -> dict[str, Any]:
        body = self.slack_json(self.envelope(event, team))
        return self.record("slack", "json", self.slack_request("/slack/events", body))

    def message(self, raw: str, channel: str, person: dict[str, str], *, im: bool = True,
                mention: bool = False, lead: str = "") -> dict[str, Any]:
        """A person's message event (message.im in a DM, or app_mention in a channel)."""
        ts = self.ts()
        text = self.markup(raw)
        if mention:
            text = f"{slack_escape(lead)}<@{BOT_USER}> {text}"
        event: dict[str, Any] = {"client_msg_id": self.uuid(), "type": "app_mention" if mention else "message",
                                 "text": text, "user": person["id"], "ts": ts,
                                 "blocks": self.rich_text(raw, BOT_USER if mention else None),
                                 "team": person["team"], "channel": channel, "event_ts": ts}
        if mention and lead:
            event["blocks"][0]["elements"][0]["elements"].insert(0, {"type": "text", "text": lead})
        if self.chance(0.15):
            parent = f"{int(float(ts)) - self.rng.randint(60, 5000)}.{self.digits(6)}"
            event["thread_ts"] = parent
            event["parent_user_id"] = self.pick(self.people)["id"] if mention else person["id"]
        if im and not mention:
            event["channel_type"] = "im"
        return event

    # ---- Slack: the Events API ---------------------------------------------------------------------------------
    def slack_verification(self) -> dict[str, Any]:
        doc = {"token": VERIFY_TOKEN, "challenge": self.token(33), "type": "url_verification"}
        return self.record("slack", "json", self.slack_request("/slack/events", json.dumps(doc, separators=(",", ":"))))

    def slack_dm(self) -> dict[str, Any]:
        team, _, person = self.team_member()
        return self.event_request(self.message(self.typed(), self.pick(self.dms), person), team)

    def slack_mention(self) -> dict[str, Any]:
        team, _, person = self.team_member()
        cid, _ = self.pick(self.channels)
        roll = self.rng.random()
        if roll < 0.55:
            raw, lead = self.fill(self.pick(COMMANDS)), ""
        elif roll < 0.9:
            raw, lead = self.fill(self.pick(CHAT)), self.pick(["", "", "hey ", "cc ", "ok ", "morning "])
        else:
            raw, lead = self.fill(self.pick(LONG_MESSAGES)), ""
        return self.event_request(self.message(raw, cid, person, im=False, mention=True, lead=lead), team)

    def slack_edit(self) -> dict[str, Any]:
        team, _, person = self.team_member()
        channel = self.pick(self.dms)
        old_raw = self.typed()
        new_raw = old_raw + self.pick([" (edit: typo)", "!", " – sorry, wrong client", "", " 🙏"])
        if self.chance(0.4):
            new_raw = self.fill(self.pick(COMMANDS))
        old = self.message(old_raw, channel, person)
        new = self.message(new_raw, channel, person)
        inner = {k: new[k] for k in ("client_msg_id", "type", "text", "user", "blocks", "team")}
        inner.update({"ts": old["ts"], "edited": {"user": person["id"], "ts": new["ts"]}, "source_team": person["team"],
                      "user_team": person["team"]})
        previous = {k: old[k] for k in ("client_msg_id", "type", "text", "user", "ts", "blocks", "team")}
        event = {"type": "message", "subtype": "message_changed", "message": inner, "previous_message": previous,
                 "channel": channel, "hidden": True, "ts": new["ts"], "event_ts": new["ts"], "channel_type": "im"}
        return self.event_request(event, team)

    def slack_deleted(self) -> dict[str, Any]:
        team, _, person = self.team_member()
        channel = self.pick(self.dms)
        old = self.message(self.typed(), channel, person)
        ts = self.ts()
        previous = {k: old[k] for k in ("client_msg_id", "type", "text", "user", "ts", "blocks", "team")}
        event = {"type": "message", "subtype": "message_deleted", "previous_message": previous, "channel": channel,
                 "hidden": True, "deleted_ts": old["ts"], "event_ts": ts, "ts": ts, "channel_type": "im"}
        return self.event_request(event, team)

    def slack_file(self) -> dict[str, Any]:
        team, _, person = self.team_member()
        name = self.pick(FILES)
        raw = self.fill(self.pick(["", "", "%FORM% for %CLIENT%", "here's the export, can you remember this?",
                                   "signed copy 🖊️", "for %DEADLINE%", "%INVOICE%", "ledger June – see row 412",
                                   "weather %CITY%"]))
        event = self.message(raw, self.pick(self.dms), person)
        event["subtype"] = "file_share"
        if not raw:
            event.pop("blocks")
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"pdf": "application/pdf", "csv": "text/csv", "xml": "application/xml", "json": "application/json",
                "heic": "image/heic", "zip": "application/zip",
                "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[ext]
        fid = self.sid("F0", 9)
        created = int(float(event["ts"]))
        event["files"] = [{
            "id": fid, "created": created, "timestamp": created, "name": name, "title": name, "mimetype": mime,
            "filetype": ext, "pretty_type": {"csv": "CSV", "xlsx": "Excel Spreadsheet", "pdf": "PDF"}.get(ext, ext),
            "user": person["id"], "user_team": person["team"], "editable": ext == "csv",
            "size": self.rng.randint(1_200, 8_000_000), "mode": "hosted", "is_external": False,
            "external_type": "", "is_public": False, "public_url_shared": False, "display_as_bot": False,
            "username": "", **file_urls(team, TEAM_DOMAIN, person["id"], fid, name),
            "permalink_public": f"https://slack-files.com/{team}-{fid}-{self.hexs(10)}",
            "has_rich_preview": False, "file_access": "visible"}]
        event["upload"] = False
        event["display_as_bot"] = False
        return self.event_request(event, team)

    def slack_unfurl(self) -> dict[str, Any]:
        team, _, person = self.team_member()
        channel = self.pick(self.dms)
        link = self.pick(LINKS)
        template = self.pick(["%LINK%", "for later: %LINK%", "%LINK% (%FORM%)", "%CLIENT% sheet → %LINK%",
                              "see %LINK% – rate is %PCT%"])
        raw = self.fill(template.replace("%LINK%", "\0")).replace("\0", link)
        old = self.message(raw, channel, person)
        host = urllib.parse.urlsplit(link).hostname or "example.org"
        service = host.removeprefix("www.").split(".")[0].upper() if len(host) < 14 else host.removeprefix("www.")
        title = self.pick(["About Form 1099-MISC, Miscellaneous Information", "VAT reverse charge technical guide",
                           "Current VAT rates", "TB_FY24_v7 (FINAL).xlsx", "Umsatzsteuer-Voranmeldung",
                           "Euro foreign exchange reference rates", "TAX-2291: W-8BEN-E renewals for Q3",
                           "Invoice INV-2024-00417", "Mehrwertsteuersätze", "T2 Corporation Income Tax Return"])
        new = {k: old[k] for k in ("client_msg_id", "type", "text", "user", "ts", "blocks", "team")}
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": self.fill(self.pick(["%FORM% – instructions, due dates and thresholds.",
                                                            "Rates from 1 January 2024: standard %PCT%.",
                                                            "Sheet1 · 412 rows · last edited by %PERSON%", ""])),
                               "fallback": f"{service}: {title}"}]
        ts = self.ts()
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": {k: old[k] for k in new if k != "attachments"}, "event_ts": ts, "ts": ts,
                 "channel_type": "im"}
        return self.event_request(event, team)

    def weather_reply(self, place: str) -> str:
        raw = self.pick(BOT_REPLIES[:5])
        return PLACEHOLDER_RE.sub(lambda m: place if m.group(1) == "CITY" else self.value(m.group(1)), raw)

    def slack_bot_echo(self) -> dict[str, Any]:
        team = TEAM
        place = self.pick(CITIES)
        text = self.weather_reply(place) if self.chance(0.5) else self.fill(self.pick(BOT_REPLIES[5:]))
        ts = self.ts()
        event: dict[str, Any] = {"type": "message", "text": slack_escape(text), "user": BOT_USER, "bot_id": BOT_ID,
                                 "app_id": APP_ID, "ts": ts, "team": team, "channel": self.pick(self.dms),
                                 "event_ts": ts, "channel_type": "im",
                                 "bot_profile": {"id": BOT_ID, "deleted": False, "name": "Jeeves", "app_id": APP_ID,
                                                 "updated": EPOCH - 86400 * 61, "team_id": team,
                                                 "icons": {"image_36": "https://avatars.slack-edge.com/2024-05-09/"
                                                           "7081234567_0a1b2c3d4e5f60718293_36.png"}}}
        if "°" in text and self.chance(0.8):
            event["blocks"] = self.weather_blocks(text, place[:2000], says_verbatim=True)
        if self.chance(0.25):
            event["subtype"] = "bot_message"
        return self.event_request(event, team)

    def slack_home(self) -> dict[str, Any]:
        team, _, person = self.team_member()
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_home_opened", "user": person["id"], "channel": self.pick(self.dms),
                                 "tab": self.pick(["home", "home", "messages"]), "event_ts": ts}
        if event["tab"] == "home" and self.chance(0.6):
            office = self.pick(OFFICES)
            lines = (f"*Location:* {office[0]}\n*Units:* {self.pick(['metric', 'imperial'])}\n*Daily alert:* "
                     f"{self.pick(['on', 'off'])} at {self.hhmm()} ({self.pick(TIMEZONES)})")
            event["view"] = {
                "id": self.sid("V0", 9), "team_id": team, "type": "home", "blocks": [
                    {"type": "header", "block_id": self.token(3)[:4],
                     "text": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True}},
                    {"type": "section", "block_id": self.token(3)[:4],
                     "text": {"type": "mrkdwn", "text": lines, "verbatim": False}},
                    {"type": "divider", "block_id": self.token(3)[:4]},
                    {"type": "section", "block_id": self.token(3)[:4], "text": {
                        "type": "mrkdwn", "verbatim": False,
                        "text": f"Change them here with `/jeeves config ...`, or on <{BASE}/me/|your page> (send "
                                "me `login` for a sign-in link)."}}],
                "private_metadata": "", "callback_id": "", "state": {"values": {}},
                "hash": f"{int(float(ts))}.{self.alnum(8)}", "title": {"type": "plain_text", "text": "View Title"},
                "clear_on_close": False, "notify_on_close": False, "close": None, "submit": None,
                "previous_view_id": None, "root_view_id": self.sid("V0", 9), "app_id": APP_ID,
                "external_id": "", "app_installed_team_id": team, "bot_id": BOT_ID}
        return self.event_request(event, team)

    # ---- Slack: /jeeves and the buttons ------------------------------------------------------------------------
    def where(self) -> tuple[str, str]:
        roll = self.rng.random()
        if roll < 0.55:
            return self.pick(self.dms), "directmessage"
        if roll < 0.9:
            return self.pick(self.channels)
        return self.sid("G0", 9), "privategroup"

    def slash_command(self) -> dict[str, Any]:
        team, domain, person = self.team_member()
        roll = self.rng.random()
        text = self.fill(self.pick(COMMANDS)) if roll < 0.78 else self.fill(self.pick(CHAT)) if roll < 0.93 else ""
        cid, cname = self.where()
        fields = [("token", VERIFY_TOKEN), ("team_id", team), ("team_domain", domain), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", person["id"]), ("user_name", person["handle"]),
                  ("command", "/jeeves"), ("text", slack_escape(text)), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"),
                  ("response_url", f"https://hooks.slack.com/commands/{team}/{self.digits(13)}/{self.alnum(24)}"),
                  ("trigger_id", f"{self.digits(13)}.{self.digits(12)}.{self.hexs(32)}")]
        return self.record("slash", "form", self.slack_form_request("/slack/commands", fields))

    def place_arg(self) -> str:
        roll = self.rng.random()
        if roll < 0.6:
            return self.pick(CITIES)
        if roll < 0.8:
            return self.pick(OFFICES)[1]
        return self.pick(SITES)

    def button_click(self) -> dict[str, Any]:
        team, domain, person = self.team_member()
        channel, cname = self.where()
        msg_ts = self.ts()
        roll = self.rng.random()
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": person["id"], "username": person["handle"],
                                              "name": person["handle"], "team_id": team},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN}
        if roll < 0.72:
            place = self.place_arg()
            text = self.weather_reply(place)
            blocks = self.weather_blocks(text, place[:2000], says_verbatim=True)
            payload["container"] = {"type": "message", "message_ts": msg_ts, "channel_id": channel,
                                    "is_ephemeral": False}
            message = {"user": BOT_USER, "type": "message", "ts": msg_ts, "bot_id": BOT_ID, "app_id": APP_ID,
                       "text": slack_escape(text), "team": team, "blocks": blocks}
            action = {"action_id": "set_location", "block_id": blocks[1]["block_id"],
                      "text": {"type": "plain_text", "text": WEATHER_BUTTON, "emoji": True}, "value": place,
                      "type": "button", "action_ts": self.ts()}
        else:
            confirm = roll < 0.88
            payload["container"] = {"type": "message", "message_ts": msg_ts, "channel_id": channel,
                                    "is_ephemeral": True}
            message = None
            action = {"action_id": "forget_me_confirm" if confirm else "forget_me_cancel",
                      "block_id": self.token(3)[:4],
                      "text": {"type": "plain_text", "text": "Yes, forget me" if confirm else "Cancel",
                               "emoji": True}, "value": "-", "type": "button", "action_ts": self.ts()}
            if confirm:
                action["style"] = "danger"
        payload["trigger_id"] = f"{self.digits(13)}.{self.digits(12)}.{self.hexs(32)}"
        payload["team"] = {"id": team, "domain": domain}
        payload["enterprise"] = None
        payload["is_enterprise_install"] = False
        payload["channel"] = {"id": channel, "name": cname}
        if message is not None:
            payload["message"] = message
        payload["state"] = {"values": {}}
        payload["response_url"] = f"https://hooks.slack.com/actions/{team}/{self.digits(13)}/{self.alnum(24)}"
        payload["actions"] = [action]
        return self.record("button", "form", self.slack_form_request("/slack/interactions",
                                                                     [("payload", self.slack_json(payload))]))

    # ---- the data API ------------------------------------------------------------------------------------------
    def jwt_id(self) -> str:
        """Its tokens' jti: 32 hex digits."""
        return self.hexs(32)

    def trace(self, h: dict[str, str]) -> None:
        if self.chance(0.2):
            h["traceparent"] = self.traceparent("01")
        if self.chance(0.1):
            h["X-Request-Id"] = self.pick([self.uuid(), f"pbi-{self.digits(10)}", f"offboard.{self.hexs(12)}"])

    def script_headers(self, accept: str = "application/json") -> dict[str, str]:
        ua = self.pick(SCRIPT_UAS)
        h = {"User-Agent": ua, "Accept": accept if not ua.startswith("curl") or self.chance(0.5) else "*/*"}
        if not ua.startswith("curl") and self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip"])
        if ua.startswith(("python", "aiohttp")) and self.chance(0.7):
            h["Connection"] = "keep-alive"
        self.trace(h)
        return h

    def api_headers(self, scope: str) -> dict[str, str]:
        client = self.pick(["powerbi-usage", "hr-offboarding", "ledger-sync", "finops-reporting", "datev-names.fra",
                            "payroll-bureau-sync", "it-inventory.prod"])
        h = self.script_headers()
        h["Authorization"] = "Bearer " + self.jwt(client, scope)
        return h

    def user_id(self) -> int:
        return self.rng.choice([self.rng.randint(1, 60), self.rng.randint(60, 400), self.rng.randint(400, 2400)])

    def since_until(self) -> list[tuple[str, str]]:
        day = self.rng.randint(1, 9)
        since = self.pick([f"2024-07-{day:02d}T00:00:00Z", f"2024-07-{day:02d}", f"2024-06-{day + 20:02d}T00:00:00Z",
                           f"2024-07-{day:02d}T00:00:00+02:00", f"2024-07-{day:02d}T06:00:00.000Z",
                           "2024-04-01T00:00:00+01:00", "2024-06-30T22:00:00Z"])
        pairs = [("since", since)]
        if self.chance(0.6):
            pairs.append(("until", self.pick(["2024-07-10T00:00:00Z", "2024-07-10", "2024-07-09T23:59:59Z",
                                              "2024-07-10T07:00:00+00:00", "2024-06-30T23:59:59.999Z"])))
        return pairs

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.3:
            args = [("limit", self.pick(["50", "100", "200", "500", "25"]))]
            if self.chance(0.6):
                args.append(("offset", str(self.pick([0, 100, 200, 500, 1000]))))
            if self.chance(0.35):
                args.append(("team_id", self.pick([TEAM, TEAM, PAYROLL_TEAM])))
            if self.chance(0.25):
                args.append(("alerts", self.pick(["true", "false", "1", "on"])))
            if self.chance(0.3):
                args.append(("active", self.pick(["true", "false", "0"])))
            self.rng.shuffle(args)
            return self.record("api", "query", self.get_request("/api/users?" + form(args), self.api_headers("read")))
        if roll < 0.45:
            return self.record("api", "path", self.get_request(f"/api/users/{self.user_id()}",
                                                               self.api_headers(self.pick(["read", "read write"]))))
        if roll < 0.66:
            return self.api_patch()
        if roll < 0.84:
            return self.record("api", "query", self.get_request("/api/usage/stats?" + form(self.since_until()),
                                                                self.api_headers("read")))
        if roll < 0.93:
            return self.record("api", "none", self.get_request("/api/switches", self.api_headers("read")))
        action = self.pick(ACTIONS)
        body = {"enabled": self.chance(0.6)}
        if self.chance(0.7):
            body["team_id"] = self.pick([TEAM, PAYROLL_TEAM, "*"])
        h = self.api_headers("read write")
        h["Content-Type"] = "application/json"
        return self.record("api", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                           "body": json.dumps(body), "headers": h})

    def api_patch(self) -> dict[str, Any]:
        roll = self.rng.random()
        person = self.pick(self.people)
        body: dict[str, Any]
        if roll < 0.3:
            body = {"name": self.pick(PATCH_NAMES + [p["name"] for p in self.people[:40]])}
        elif roll < 0.5:
            body = {"is_active": False} if self.chance(0.8) else {"is_active": True}
        elif roll < 0.62:
            body = {"email": person["email"]}
            if self.chance(0.5):
                body["name"] = person["name"]
        elif roll < 0.9:
            settings: dict[str, Any] = {}
            for key in self.rng.sample(["timezone", "alert_time", "units", "alerts"], self.rng.randint(1, 3)):
                settings[key] = {"timezone": self.pick(TIMEZONES), "alert_time": self.pick(["07:30", "06:45", "08:00"]),
                                 "units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.5)}[key]
            body = {"settings": settings}
        else:
            body = {"is_admin": self.chance(0.3)}
        h = self.api_headers("read write")
        h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                       "application/merge-patch+json"])
        text = json.dumps(body, ensure_ascii=self.chance(0.5))
        return self.record("api", "json", {"method": "PATCH", "uri": f"/api/users/{self.user_id()}", "body": text,
                                           "headers": h})

    # ---- browsers ----------------------------------------------------------------------------------------------
    def browser(self, site: str = "same-origin", dest: str = "document", mobile: bool = False) -> dict[str, str]:
        ua = self.pick(UAS_MOBILE if mobile else UAS_DESKTOP)
        chromium = "Chrome/" in ua
        h = {"User-Agent": ua, "Accept": CHROME_ACCEPT if chromium else OTHER_ACCEPT,
             "Accept-Language": self.pick(LANGS),
             "Accept-Encoding": "gzip, deflate, br, zstd" if chromium else "gzip, deflate, br"}
        if chromium:
            brand = "Microsoft Edge" if "Edg/" in ua else "Google Chrome"
            version = "125" if "Chrome/125" in ua else "126"
            h["sec-ch-ua"] = f'"Not/A)Brand";v="8", "Chromium";v="{version}", "{brand}";v="{version}"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else '"macOS"' if "Mac" in ua else '"Windows"'
        if dest == "document":
            h["Upgrade-Insecure-Requests"] = "1"
        h["Sec-Fetch-Site"] = site
        h["Sec-Fetch-Mode"] = "navigate" if dest == "document" else "no-cors"
        if dest == "document":
            h["Sec-Fetch-User"] = "?1"
        h["Sec-Fetch-Dest"] = dest
        if self.chance(0.08):
            h["DNT"] = "1"
        return h

    def set_cookies(self, h: dict[str, str], jar: list[tuple[str, str]]) -> None:
        """h's Cookie header: the jar, now and then with a _ga cookie, in any order (none when empty)."""
        extra: list[tuple[str, str]] = []
        if self.chance(0.12):
            extra.append(("_ga", f"GA1.1.{self.digits(9)}.{EPOCH - self.rng.randint(0, 9_000_000)}"))
        if jar or extra:
            h["Cookie"] = self.cookie_header(jar, extra)

    def post(self, h: dict[str, str]) -> dict[str, str]:
        h["Content-Type"] = FORM
        h["Origin"] = self.pick(["null", "null", BASE])
        h["Cache-Control"] = "max-age=0"
        return h

    # ---- the admin panel ---------------------------------------------------------------------------------------
    def admin_request(self, method: str, uri: str, fields: list[tuple[str, str]] | None = None,
                      session: bool = True, placement: str = "query") -> dict[str, Any]:
        token, csrf = self.pick(self.admin_sessions)
        h = self.browser()
        jar = [("__Host-jeeves_admin", token)] if session else []
        if session and self.chance(0.2):
            jar.append(("__Host-jeeves_me", self.pick(self.me_sessions)[0]))
        if method == "POST":
            self.post(h)
        self.set_cookies(h, jar)
        if method == "GET":
            return self.record("admin", placement, self.get_request(uri, h))
        return self.record("admin", "form", self.form_request(uri, h, [("csrf_token", csrf), *(fields or [])]))

    def admin(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.26:
            return self.admin_request("GET", self.pick(ADMIN_PAGES))
        if roll < 0.38:
            args = [("q", self.pick(SEARCH_Q + [p["name"] for p in self.people[:30]] + [p["email"] for p in
                                                                                     self.people[30:45]]))]
            if self.chance(0.25):
                args.append(("page", str(self.rng.randint(2, 5))))
            return self.admin_request("GET", "/admin/users?" + form(args))
        if roll < 0.45:
            args = [("q", self.pick(AUDIT_Q))]
            if self.chance(0.2):
                args.append(("page", str(self.rng.randint(2, 9))))
            return self.admin_request("GET", "/admin/audit?" + form(args))
        if roll < 0.49:
            h = self.browser(dest="style")
            h["Accept"] = "text/css,*/*;q=0.1"
            self.set_cookies(h, [("__Host-jeeves_admin", self.pick(self.admin_sessions)[0])])
            return self.record("admin", "none", self.get_request("/admin/static/admin.css", h))
        if roll < 0.54:
            nxt = self.pick(["/admin/", "/admin/users", "/admin/features", "/admin/audit?q=client.rotate",
                             "/admin/users?q=o%27connor", "/admin/clients"])
            return self.admin_request("GET", "/admin/login?next=" + urllib.parse.quote(nxt, safe="/"), session=False)
        if roll < 0.59:
            return self.admin_login()
        if roll < 0.68:
            flag = self.pick(["active", "active", "admin"])
            q = self.pick(["", "", "", *SEARCH_Q[:8]])
            fields = [("q", q), ("page", str(self.pick([1, 1, 1, 2, 3]))), ("value", self.pick(["0", "1"]))]
            return self.admin_request("POST", f"/admin/users/{self.user_id()}/{flag}", fields)
        if roll < 0.77:
            action = self.pick(ACTIONS)
            if self.chance(0.6):
                fields = [("action", action), ("enabled", self.pick(["0", "1"]))]
            else:
                team = self.pick([PAYROLL_TEAM, TEAM, PAYROLL_TEAM.lower()])
                fields = [("action", action), ("team_id", team), ("enabled", self.pick(["0", "1"]))]
            return self.admin_request("POST", "/admin/features", fields)
        if roll < 0.8:
            fields = [("action", self.pick(ACTIONS)), ("team_id", self.pick([PAYROLL_TEAM, TEAM]))]
            return self.admin_request("POST", "/admin/features/remove", fields)
        if roll < 0.85:
            cid = self.pick(CLIENT_IDS)
            fields = [("client_id", cid), ("description", self.pick(CLIENT_DESCRIPTIONS))]
            fields += [("scopes", s) for s in self.pick([["read"], ["read"], ["read", "write"], ["write"]])]
            return self.admin_request("POST", "/admin/clients", fields)
        if roll < 0.9:
            cid = urllib.parse.quote(self.pick(CLIENT_IDS), safe="")
            return self.admin_request("POST", f"/admin/clients/{cid}/{self.pick(['rotate', 'disable', 'enable'])}")
        if roll < 0.94:
            if self.chance(0.8):
                person = self.pick(self.people)
                fields = [("username", self.pick(ADMINS)), ("team_id", TEAM), ("user_id", person["id"])]
                return self.admin_request("POST", "/admin/slack-sign-in", fields)
            return self.admin_request("POST", "/admin/slack-sign-in/remove", [("username", self.pick(ADMINS))])
        if roll < 0.97:
            step = self.rng.random()
            if step < 0.4:
                return self.admin_request("POST", "/admin/account/totp/start")
            if step < 0.85:
                pending = base64.b32encode(self.rng.randbytes(20)).decode().rstrip("=")
                code = self.digits(6)
                return self.admin_request("POST", "/admin/account/totp/confirm",
                                          [("totp_pending", pending), ("totp", code)])
            return self.admin_request("POST", "/admin/account/totp/disable", [("password", self.pick(PASSWORDS))])
        return self.admin_request("POST", "/admin/logout")

    def admin_login(self) -> dict[str, Any]:
        pre = self.token(32)
        h = self.post(self.browser())
        code = self.pick(["", "", self.digits(6), f"{self.digits(3)} {self.digits(3)}"])
        nxt = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/audit?q=login", "/admin/features"])
        fields = [("csrf_token", pre), ("next", nxt), ("username", self.pick(ADMINS + ["Henrik.Lindqvist"])),
                  ("password", self.pick(PASSWORDS)), ("totp", code)]
        self.set_cookies(h, [("__Host-jeeves_admin_login", pre)])
        return self.record("admin", "form", self.form_request("/admin/login", h, fields))

    # ---- /me/ --------------------------------------------------------------------------------------------------
    def me_request(self, method: str, uri: str, fields: list[tuple[str, str]] | None = None,
                   accept: str = "") -> dict[str, Any]:
        token, csrf = self.pick(self.me_sessions)
        h = self.browser(mobile=self.chance(0.3))
        if accept:
            h["Accept"] = accept
        if method == "POST":
            self.post(h)
        self.set_cookies(h, [("__Host-jeeves_me", token)])
        if method == "GET":
            return self.record("me", "none", self.get_request(uri, h))
        return self.record("me", "form", self.form_request(uri, h, [("csrf_token", csrf), *(fields or [])]))

    def me_place(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return self.pick(CITIES)
        if roll < 0.7:
            return self.pick(OFFICES)[1][:100]
        if roll < 0.85:
            return self.pick(SITES)[:100]
        return self.pick(["Frankfurt (Main)", "Zürich HB", "Dublin 2", "London EC2M", "NYC – Midtown",
                          "São Paulo/SP", "Warszawa-Śródmieście", "St. Gallen", "Cork, Ireland", "Bengaluru 560103",
                          "Hamburg-Altona", "Köln/Bonn", "Toronto, ON", "Genève (Cornavin)"])

    def me(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.25:
            return self.me_request("GET", "/me/")
        if roll < 0.35:
            done = self.pick(["location_saved", "location_forgotten", "settings_saved"])
            return self.me_request("GET", f"/me/?done={done}")
        if roll < 0.44:
            return self.me_request("GET", "/me/data.json", accept=self.pick([CHROME_ACCEPT, "application/json"]))
        if roll < 0.68:
            return self.me_request("POST", "/me/location", [("place", self.me_place())])
        if roll < 0.73:
            return self.me_request("POST", "/me/location/forget")
        if roll < 0.92:
            fields = [("units", self.pick(["metric", "metric", "imperial"]))]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            fields += [("alert_time", self.pick(["07:30", "06:45", "08:00", "07:15", "06:00", "09:30"])),
                       ("timezone", self.pick(TIMEZONES))]
            return self.me_request("POST", "/me/settings", fields)
        if roll < 0.95:
            return self.me_request("POST", "/me/forget", [("confirm", "forget")])
        return self.me_request("POST", "/me/logout")

    # ---- Sign in with Slack and the one-time links -------------------------------------------------------------
    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.14:
            uri = self.pick(["/auth/slack/", "/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            h = self.browser(site=self.pick(["none", "same-origin"]), mobile=self.chance(0.3))
            return self.record("auth", "none", self.get_request(uri, h))
        if roll < 0.32:
            uri = "/auth/slack/login" + self.pick(["", "", "", "?for=admin"])
            h = self.browser(mobile=self.chance(0.3))
            return self.record("auth", "query", self.get_request(uri, h))
        if roll < 0.52:
            state = self.token(32)
            h = self.browser(site="cross-site", mobile=self.chance(0.3))
            if self.chance(0.4):
                h["Referer"] = "https://slack.com/"
            self.set_cookies(h, [("__Host-jeeves_oidc_state", state)])
            if self.chance(0.12):
                args = [("error", self.pick(["access_denied", "access_denied", "invalid_scope"])), ("state", state)]
            else:
                code = f"{self.digits(10)}.{self.digits(13)}.{self.hexs(64)}"
                args = [("code", code), ("state", state)]
            return self.record("auth", "query", self.get_request("/auth/slack/callback?" + form(args), h))
        token = self.token(32)
        if roll < 0.58:
            return self.record("auth", "path", self.link_preview(token, ranged=False))
        if roll < 0.78:
            h = self.browser(site="cross-site", mobile=self.chance(0.35))
            return self.record("auth", "path", self.get_request(f"/auth/slack/link/{token}", h))
        pre = self.token(32)
        h = self.post(self.browser(mobile=self.chance(0.35)))
        self.set_cookies(h, [("__Host-jeeves_signin", pre)])
        return self.record("auth", "form", self.csrf_post(f"/auth/slack/link/{token}", h, pre))

    # ---- TokenDealer -------------------------------------------------------------------------------------------
    def client_auth(self, h: dict[str, str], fields: list[tuple[str, str]], cid: str) -> list[tuple[str, str]]:
        secret = self.secrets[cid]
        if self.chance(0.75):
            h["Authorization"] = self.basic_credentials(cid, secret)
            return fields
        return [*fields, ("client_id", cid), ("client_secret", secret)]

    def oauth(self) -> dict[str, Any]:
        cid = self.pick(CLIENT_IDS)
        h = self.script_headers()
        h["Content-Type"] = self.pick([FORM, FORM, FORM + "; charset=utf-8", FORM + ";charset=UTF-8"])
        roll = self.rng.random()
        if roll < 0.62:
            fields = [("grant_type", "client_credentials")]
            if self.chance(0.75):
                fields.append(("scope", self.pick(["read", "read", "read write", "write", "write read"])))
            if self.chance(0.2):
                fields.append(("audience", self.pick(["jeeves", "jeeves", "tokendealer"])))
            uri = "/oauth/token"
        else:
            fields = [("token", self.jwt(cid, self.pick(["read", "read write"])))]
            if self.chance(0.6):
                fields.append(("token_type_hint", "access_token"))
            uri = "/oauth/introspect" if roll < 0.82 else "/oauth/revoke"
        fields = self.client_auth(h, fields, cid)
        return self.record("oauth", "form", self.form_request(uri, h, fields))

    def verify(self) -> dict[str, Any]:
        h = self.script_headers()
        if self.chance(0.4):
            h["User-Agent"] = "lua-resty-http/0.17.1 (Lua) ngx_lua/10026"
        h["Content-Type"] = FORM
        token = self.jwt(self.pick(CLIENT_IDS), self.pick(["read", "read write"]))
        return self.record("verify", "form", self.verify_request(h, token, 0.5))

    # ---- probes and metadata -----------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(HEALTH_UAS), "Accept": self.pick(["*/*", "application/json", "text/plain"])}
        if h["User-Agent"].startswith("Prometheus"):
            h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
        uri = self.pick(["/healthz", "/healthz", "/readyz"])
        return self.record("health", "none", self.get_request(uri, h))

    def meta(self) -> dict[str, Any]:
        h = {"User-Agent": self.pick(META_UAS), "Accept": "application/json"}
        roll = self.rng.random()
        method = "GET"
        if roll < 0.45:
            uri = "/.well-known/jwks.json"
            h["Accept"] = self.pick(["application/json", "application/jwk-set+json, application/json", "*/*"])
            if self.chance(0.4):
                h["If-None-Match"] = f'"{self.jwks_etag}"'
            if self.chance(0.1):
                method = "HEAD"
        elif roll < 0.7:
            uri = "/.well-known/oauth-authorization-server"
        elif roll < 0.85:
            uri = "/openapi.json"
        else:
            uri = "/api/openapi.json"
        if self.chance(0.3):
            h["Accept-Encoding"] = "gzip, deflate"
        return self.record("meta", "none", {"method": method, "uri": uri, "body": "", "headers": h})


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 300), ("slack_mention", 170), ("slack_edit", 30), ("slack_deleted", 10), ("slack_file", 30),
    ("slack_unfurl", 22), ("slack_bot_echo", 45), ("slack_home", 30), ("slash_command", 300), ("button_click", 115),
    ("api", 240), ("admin", 140), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 25),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The firm's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(Firm(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
