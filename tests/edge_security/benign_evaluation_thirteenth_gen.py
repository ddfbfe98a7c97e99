"""Benign traffic of an HR and payroll software vendor's own staff, on every route of the edge (benign only).

The company (Paylark: payroll, HR and time tracking for mid-sized employers in 30 countries, ~450 staff across
Berlin, London, Dublin, Kraków, Lisbon, Austin, Toronto, Bengaluru, Singapore and Sydney) runs Jeeves in its
Slack Enterprise Grid. About 1,700 requests in a deployment's proportions: Slack first (channel chat and
threads about payroll runs, tax codes, salary figures in many currencies, leave requests, onboarding, benefits,
CVs pasted for the hiring channel, CSV timesheet exports, accounting integrations; @mentions, DMs, edits and
deletions, integration bots, file shares with previews, link unfurls, reactions, App Home; `/jeeves` slash
commands; button clicks and modal submissions), then the data API (scripts, CI, dashboards and the mobile app
with bearer tokens), the admin panel, `/me/`, Sign in with Slack and its one-time links, TokenDealer, and the
health and metadata endpoints, with the headers real browsers, mobile apps, SDKs and CLIs send.

How it was written: independently, from the route list of gateway/gateway.yaml (names, match, methods and
upstreams only), the handlers in app/ and tokendealer/, README.md and the record structure of
benign_day_gen.py; no WAF rule, exclusion, ruleset, corpus or other generator's texts were read, and the texts
were not changed after measuring. Deterministic: one seeded random.Random, no clock.

Its Slack app core (timestamps, the Events API envelope, access tokens, the POSTs from Slack, a text's emoji, an
edited message's nesting, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, form_navigation, form_request, csrf_post, token_request, verify_request, cross_site_arrival,
signed_in, ga_cookie, cookie_header, me_exit_form, settings_patch, oidc_params, link_expander) from
evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp

NAME = "evaluation_thirteenth"
SEED = 1304202413
EPOCH = 1712044800  # 2024-04-02 08:00 UTC, a Tuesday: Q1 close, the UK tax year starts on the 6th
APP_ID, BOT_USER = "A06JEEVESP", "U06JEEVES1"
HOST = "jeeves.paylark.io"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFY_TOKEN = "pQ7mW2rKx9LzT4vB8nHc3sFd"  # Slack's legacy verification token (made up)
WORKSPACES = [("T04PAYLRK0", "paylark"), ("T04PAYLRK0", "paylark"), ("T04PAYLRK0", "paylark"),
              ("T04PLKSUP1", "paylark-support"), ("T04PLKENG2", "paylark-eng"), ("T04PLKPPL3", "paylark-people")]
ENTERPRISE = "E03PAYLARK"

FIRST = ["Siobhán", "Aoife", "Ciarán", "Zoë", "Jürgen", "Anneliese", "Björn", "Søren", "Þórunn", "Łukasz",
         "Małgorzata", "Wojciech", "Jiří", "Dvora", "Çağrı", "Gülşen", "Oluwadamilare", "Chidinma", "Ngozi",
         "Kwame", "Thandiwe", "Aarav", "Priyanka", "Venkatesh", "Lakshmi", "Mohammed", "Fatemeh", "Yousef",
         "Noor", "Hiroko", "Takumi", "Misaki", "Min-jun", "Seo-yeon", "Wei", "Xiaoling", "Minh", "Thảo",
         "María José", "José Luis", "Joaquín", "Inês", "João", "Gonçalo", "Anaïs", "Jean-Baptiste", "Hélène",
         "Mathéo", "Giulia", "Niccolò", "Eleftheria", "Dimitrios", "Anastasia", "Oleksandr", "Yevheniia", "Rhys",
         "Eilidh", "Tamsin", "Marcus", "Keisha", "DeShawn", "Brooke", "Tyler", "Sarah", "Ahmad", "Mei-Ling",
         "Ana", "Lars", "Ingrid", "Emre", "Ravi", "Hannah", "Tomasz", "Kateřina", "Pieter", "Femke", "Nnamdi"]
LAST = ["O'Neill", "Ní Bhriain", "Mac Giolla Phádraig", "Müller-Lüdenscheidt", "Schröder", "Weiß", "Ðorđević",
        "Kowalczyk", "Wąsik", "Dvořák", "Guðmundsdóttir", "Kierkegaard-Hansen", "Öztürk", "Adeyemi-Johnson",
        "Okonkwo", "Mensah", "Dlamini", "Sharma", "Venkataraman", "Iyer", "Al-Farsi", "Rahimi", "Haddad",
        "Yamamoto", "Nakamura", "Kim", "Park", "Liu", "Zhou", "Nguyễn", "Trần", "Pérez-Gómez", "de la Cruz",
        "García Márquez", "Gonçalves", "da Silva", "Lefèvre", "d'Aubigné", "Dupont-Moreau", "Esposito",
        "Papadopoulos", "Kuznetsova", "Shevchenko", "ap Rhys", "MacLeod", "Penhaligon", "St. John", "D'Angelo",
        "Washington", "O'Connor", "van 't Hof", "van der Meer", "Lindqvist", "Johansson", "Novák", "Smith",
        "Jones", "Patel", "Singh", "Chen", "Kaur", "Okafor", "Brennan", "Fitzgerald-Ward", "Abu-Bakr"]
NATIVE_NAMES = ["李娜", "田中 美咲", "김민준", "Αλέξανδρος Παπαδόπουλος", "Анастасия Смирнова", "אורי כהן",
                "محمد العلي", "Nguyễn Thị Minh Khai", "Þórunn Guðmundsdóttir", "王小明", "佐藤 健",
                "Олександр Шевченко", "हरीश शर्मा", "สมชาย ใจดี", "Ayşe Yılmaz"]
TITLES = ["R&D / QA Lead", "Head of People & Culture", "Payroll Specialist (DACH)", "Senior Payroll Analyst – UK & IE",
          "Sr. Engineer, Integrations / API", "VP Finance & Ops", "C&B Manager", "HRBP — EMEA",
          "Talent Acquisition Partner (m/w/d)", "Customer Success Manager, Mid-Market",
          "Tax Content Specialist (US federal/state)", "Implementation Consultant / Team Lead",
          "Staff Engineer – Gross-to-Net Engine", "Product Manager, Time & Attendance", "Support Engineer (L2)",
          "Compliance Counsel, EU/UK", "Data Analyst – People Analytics", "Office Manager & EA to CEO",
          "Engineering Manager, Payments & Banking", "Technical Writer (API docs)", "Payroll Ops Lead, APAC",
          "Benefits & Pensions Admin", "Sales Engineer (Pre-Sales) – DACH/CEE", "SRE / Platform",
          "Junior Accountant (AP/AR)", "Head of Legal & Data Protection (DPO)", "Designer, UX/UI – Employee App"]
OFFICES = ["Berlin", "London", "Dublin", "Kraków", "Lisbon", "Austin, TX", "Toronto", "Bengaluru", "Singapore",
           "Sydney"]
PLACES = [
    "Berlin", "Berlin-Kreuzberg", "Landsberger Allee 106, 10249 Berlin", "Potsdam", "Hamburg", "München",
    "Frankfurt am Main", "London", "Shoreditch, London EC2A 3AY", "Milton Keynes", "Brighton & Hove", "Dublin",
    "Dún Laoghaire", "Cork", "Kraków", "ul. Rakowicka 7, 31-511 Kraków", "Gdańsk", "Warszawa", "Lisboa",
    "Lisbon", "Porto", "Coimbra", "Austin, TX", "Round Rock, TX 78664", "Toronto", "Mississauga, ON",
    "Montréal", "Bengaluru", "Whitefield, Bengaluru 560066", "Chennai", "Pune", "Hyderabad", "Singapore",
    "Sydney", "Parramatta NSW 2150", "Melbourne", "Auckland", "Zürich", "Genève", "Wien", "Praha", "Brno",
    "Amsterdam", "'s-Hertogenbosch", "Den Haag", "Bruxelles", "København", "Göteborg", "Reykjavík", "Madrid",
    "Sevilla", "Barcelona", "Milano", "Napoli", "Αθήνα", "İstanbul", "Kyiv", "Київ", "Tel Aviv", "تل أبيب",
    "Dubai", "دبي", "Lagos", "Nairobi", "Cape Town", "Johannesburg", "São Paulo", "Rio de Janeiro", "Bogotá",
    "Ciudad de México", "Buenos Aires", "New York", "Brooklyn, NY 11211", "San Francisco", "Chicago",
    "St. Louis", "Coeur d'Alene", "Winston-Salem, NC", "東京", "東京都渋谷区", "大阪", "서울", "上海", "深圳",
    "香港", "台北", "मुंबई", "Mumbai", "कोलकाता", "Hà Nội", "Ho Chi Minh City", "Manila", "Jakarta",
    "Kuala Lumpur", "Bangkok", "กรุงเทพฯ", "52.5200, 13.4050", "51.5072° N, 0.1276° W", "-33.8688,151.2093",
    "SW1A 2AA", "D02 X285", "H3B 2Y5", "10115", "78701",
]
TIMEZONES = ["Europe/Berlin", "Europe/London", "Europe/Dublin", "Europe/Warsaw", "Europe/Lisbon",
             "America/Chicago", "America/Toronto", "Asia/Kolkata", "Asia/Singapore", "Australia/Sydney",
             "Europe/Zurich", "Europe/Amsterdam", "Europe/Madrid", "Europe/Athens", "Europe/Kyiv",
             "America/New_York", "America/Los_Angeles", "America/Sao_Paulo", "America/Mexico_City",
             "Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai", "Asia/Dubai", "Africa/Lagos", "Pacific/Auckland",
             "Asia/Kathmandu", "Australia/Adelaide", "America/St_Johns", "UTC"]
CHANNELS = [("C04GENERAL", "general"), ("C04PAYROPS", "payroll-ops"), ("C04PAYRUK0", "payroll-uk-ie"),
            ("C04PAYRDE0", "payroll-dach"), ("C04PAYRUS0", "payroll-us-ca"), ("C04TAXCONT", "tax-content"),
            ("C04PEOPLE0", "people-team"), ("C04HIRING0", "hiring"), ("C04ONBOARD", "onboarding"),
            ("C04BENEFIT", "benefits-questions"), ("C04LEAVE00", "leave-requests"), ("C04INTEGR0", "integrations"),
            ("C04ENGGTN0", "eng-gross-to-net"), ("C04INCIDNT", "incidents"), ("C04RELEASE", "releases"),
            ("C04SUPPORT", "support-escalations"), ("C04FINANCE", "finance"), ("C04RANDOM0", "random"),
            ("C04BERLIN0", "office-berlin"), ("C04BLR0000", "office-bengaluru"), ("C04KUDOS00", "kudos")]
LINKS = ["https://app.paylark.io/payroll/runs/2024-03?entity=DE01&view=summary",
         "https://app.paylark.io:8443/admin/tenants/4412/employees?status=active&sort=-hire_date",
         "https://staging.paylark.dev:9443/gtn/preview?country=GB&tax_code=1257L&period=M1",
         "https://paylark.atlassian.net/browse/PAY-4412",
         "https://paylark.atlassian.net/browse/TAX-981?focusedCommentId=55120",
         "https://github.com/paylark/gtn-engine/pull/2871", "https://github.com/paylark/integrations/issues/614",
         "https://docs.google.com/spreadsheets/d/1Xk9aQ_paylark_bands/edit#gid=0&range=A1:F40",
         "https://paylark.notion.site/Leave-Policy-2024-8c1e2f", "https://paylark.bamboohr.com/time_off/requests/8812",
         "https://www.gov.uk/guidance/rates-and-thresholds-for-employers-2024-to-2025",
         "https://www.irs.gov/forms-pubs/about-form-w-4", "https://www.irs.gov/pub/irs-pdf/p15t.pdf",
         "https://www.bundesfinanzministerium.de/Content/DE/Downloads/Steuern/Steuerarten/Lohnsteuer/Programmablaufplan/2024-11-09-PAP-2024.pdf",
         "https://developer.xero.com/documentation/api/payrolluk/payruns",
         "https://developer.intuit.com/app/developer/qbo/docs/api/accounting/all-entities/journalentry",
         "https://apps.datev.de/help-center/documents/1036228",
         "https://www.canada.ca/en/revenue-agency/services/e-services/cra-payroll.html",
         "https://www.ato.gov.au/businesses-and-organisations/hiring-and-paying-your-workers/single-touch-payroll",
         "https://www.urssaf.fr/accueil/employeur/cotisations/liste-cotisations.html",
         "https://grafana.paylark.internal:3000/d/gtn-latency/gross-to-net?orgId=1&from=now-24h&to=now",
         "https://sentry.io/organizations/paylark/issues/5012934/?project=44&query=is%3Aunresolved",
         "https://boards.greenhouse.io/paylark/jobs/4410021", "https://www.linkedin.com/in/siobhan-oneill-cipp/",
         "https://zoom.us/j/93412345678?pwd=cGF5bGFyaw", "https://calendar.google.com/calendar/u/0/r/week/2024/4/2",
         "https://status.paylark.io/incidents/kb7m2q", "http://localhost:5173/employees/1042/payslips?year=2024"]
EMOJI = [":tada:", ":+1:", ":pray:", ":eyes:", ":white_check_mark:", ":heavy_check_mark:", ":money_with_wings:",
         ":moneybag:", ":calendar:", ":palm_tree:", ":face_with_thermometer:", ":baby_bottle:", ":rocket:",
         ":fire:", ":sweat_smile:", ":thinking_face:", ":raised_hands:", ":heart:", ":party-parrot:",
         ":this-is-fine:", "🎉", "🙏", "✅", "💸", "🏖️", "🤒", "🍼", "📅", "😅", "👀", "🚀", "❤️", "🇩🇪",
         "🇬🇧", "🇮🇳", "🇵🇱", "🇧🇷"]

# @@M@@ a mention, @@L@@ a link, @@C@@ a channel, @@S@@ a salary figure, @@D@@ a date, @@N@@ a number,
# @@P@@ a place, @@W@@ a person's name, @@J@@ a job title.
CHAT = [
    "morning all :coffee:", "gm :wave:", "lunch?", "brb", "ty!", "thanks @@M@@ :pray:", "on it", "ack", "+1",
    "same here", "lgtm", "nvm, found it", "sry wrong channel", "ok so who's running the DE payroll this month?",
    "March payroll for DE01 is locked :lock: payslips go out Thursday", "UK payroll cut-off is today 17:00 GMT!",
    "reminder: RTI FPS for week 52 needs to go to HMRC before payday",
    "EPS submitted, ref 120/PL12345 :white_check_mark:",
    "New tax year starts Sat 6 April — emergency code is 1257L W1/M1 again",
    "is the 2024/25 NI threshold £12,570 or £12,584?",
    "does anyone know if Class 1A NICs are still 13.8%?",
    "P60s have to be issued by 31 May, not 31 March :sweat_smile:",
    "the Lohnsteuer PAP 2024 changed again, see @@L@@", "Steuerklasse III/V combos are off by 1 ct in the preview",
    "Sozialversicherung: Beitragsbemessungsgrenze West 7.550 € / Monat in 2024", "SV-Meldungen sind raus, danke @@M@@!",
    "US: the new W-4 doesn't have allowances anymore, step 4(c) is extra withholding",
    "FICA 7.65% but SS wage base is $168,600 for 2024",
    "SUTA rates for TX came in, updating the tables tonight",
    "can someone double check the 401(k) catch-up limit? I have $7,500",
    "Canada: CPP2 kicks in above YMPE, did we ship that?",
    "ROE for the Toronto leaver needs to go via ROE Web by Friday",
    "India: new regime is default from FY24-25, TDS projections need a re-run",
    "Form 16 Part B template looks broken for ₹ amounts with lakh grouping",
    "CTC ₹18,00,000 → monthly gross ₹1,25,000 after PF (12%) and gratuity",
    "Singapore CPF ceiling went up to S$6,800 from Jan",
    "AU: super guarantee goes to 11.5% on 1 July, STP Phase 2 disaggregation is live",
    "NZ KiwiSaver 3% default, employer contribution on gross",
    "France: DSN mensuelle déposée, 0 anomalie bloquante :tada:",
    "le bulletin de paie de mars a un souci sur la ligne CSG/CRDS non déductible",
    "Polska: PIT-11 wysłane, ZUS DRA też ✅", "Portugal: subsídio de férias em junho, duodécimos para quem pediu",
    "Brasil: 13º salário primeira parcela até 30/11, FGTS 8%", "who approved the salary band change for L5? @@L@@",
    "new band for @@J@@ is @@S@@ – @@S@@, please sanity check", "offer approved: @@S@@ base + 10% bonus, start @@D@@",
    "can we pay the relocation allowance (@@S@@) through payroll or AP?",
    "expense reimbursement is non-taxable up to @@S@@?",
    "leave request: @@D@@ – @@D@@ (5 days) :palm_tree:", "OOO @@D@@, @@M@@ covers payroll-ops",
    "sick today 🤒 back tomorrow hopefully",
    "parental leave starts @@D@@ :baby_bottle: see you in 6 months!", "Elternzeit ab @@D@@, Vertretung: @@M@@",
    "congé payé du @@D@@ au @@D@@ — validé par @@M@@ ?", "TOIL for the weekend release: 1.5 days, approved?",
    "is Good Friday a bank holiday in the Kraków office? 🇵🇱", "Ugadi off tomorrow for the Bengaluru team 🎉",
    "welcome @@M@@ who joins as @@J@@ :tada:", "please welcome @@W@@ (@@J@@, @@P@@) 👋",
    "last day for @@W@@ today :cry: farewell drinks 18:00",
    "kudos to @@M@@ for fixing the holiday accrual rounding 🙌",
    "the holiday pay accrual is 12.07% of hours, not 12.5%",
    "anyone else seeing payslip PDFs with Ã¼ instead of ü? encoding again…",
    "O'Neill shows as O&#39;Neill in the export, known bug?",
    "Name field cuts off at the hyphen: Müller-Lüdenscheidt → Müller",
    "the employee app shows 'R&amp;D' in job titles lol",
    "customer asks: can an employee have two tax codes (primary + BR on a second job)?",
    "0T vs BR vs D0 — can someone explain like I'm 5?",
    "K codes are the worst. K475 means add £4,759 to taxable pay", "Scottish rates: S1257L, Welsh: C1257L",
    "payroll calendar 2024: paydays are the last working day, except December (20th)",
    "bonus run on @@D@@, off-cycle, DE + AT only",
    "net-to-gross for the sign-on bonus: target net @@S@@", "why is the employer cost 21.5% higher than gross in AT?",
    "Xero sync failed for tenant 4412: 'Account code 477 is archived'",
    "QuickBooks journal is out of balance by $0.01 again",
    "DATEV export: Buchungsstapel has 2 lines with Konto 4120 instead of 6020 (SKR04)",
    "NetSuite subsidiary mapping for IE01 is missing",
    "the Personio import put 'Berlin, DE' into the city field",
    "Greenhouse → Paylark hire webhook is retrying since 09:12",
    "SEPA file for the DE run is generated, pain.001.001.09, 412 transactions, total 1.847.392,18 €",
    "BACS submission went through, processing date @@D@@", "ACH batch for US payroll approved by 2 signatories ✔️",
    "can I get access to the payroll-uk-ie channel? I'm the new @@J@@",
    "who owns the timesheet CSV export? it has a trailing ;",
    "timesheets for W13 are due Monday 10:00, please submit :calendar:",
    "hours > 48/week flagged for the Working Time Directive check",
    "overtime at 1.5x after 40h in TX, 2x on holidays", "the clock-in geofence radius is 150 m, customer wants 500 m",
    "benefits enrolment window closes @@D@@", "does our health insurance cover physio? asking for a friend 😅",
    "Cycle to Work scheme: salary sacrifice up to £1,000 unless FCA-authorised",
    "pension auto-enrolment: 5% employee / 3% employer on qualifying earnings",
    "bAV Entgeltumwandlung: 15 % Arbeitgeberzuschuss, pauschal", "is the gym subsidy a taxable benefit in kind?",
    "company car BIK for EVs is 2% in 2024/25", "meal vouchers (ticket restaurant) limit is 7,18 € / day?",
    "Q1 numbers: 1,204 tenants, 312k payslips, 99.97% on-time", "payslips generated: 48 113 / 48 120 (7 retrying)",
    "release 2024.14 is out :rocket: notes: @@L@@", "rollback of gtn-engine 3.41.2, the PAYE rounding was off by 1p",
    "incident: payslip emails delayed ~25 min, root cause queue backlog, resolved",
    "who broke the staging tenant? :eyes:",
    "the onboarding checklist template is @@L@@, please copy, don't edit",
    "I-9 must be completed within 3 business days of start",
    "Right to work checks: share code + DOB, done via @@L@@",
    "new starter form has a field 'Tax ID (NINO/SSN/SIN/TFN/PAN)'",
    "IBAN validation rejects spaces, customer typed 'DE89 3704 0044 0532 0130 00'",
    "sort code 20-00-00, account 55779911 (test data)",
    "what's the cut-off for changing bank details before payday? 3 working days?",
    "@@M@@ can you review my cover letter for the internal move? 🙏",
    "the hiring sync is moved to 15:30 CET / 19:00 IST / 09:30 CT",
    "interview loop for @@J@@: 4 rounds, panel @@M@@ @@M@@",
    "candidate asks about relocation to @@P@@ — do we have a package?", "salary expectations: @@S@@ (negotiable)",
    "Reminder: never paste full salaries in public channels, use the people-team DM :shushing_face:",
    "Guten Morgen! Lohnlauf für AT ist durch, 0 Fehler 🎉", "Bonjour ! Les fiches de paie de mars sont disponibles.",
    "¿Alguien sabe si el IRPF cambió para 2024?", "Dzień dobry! Czy ktoś ma dostęp do ZUS PUE?",
    "Bom dia! O recibo de vencimento de março já saiu?", "お疲れ様です。給与明細の件、確認しました。",
    "年末調整の書類は来週までにお願いします", "급여 명세서 확인 부탁드립니다 🙏", "本月工资单已发送，请查收",
    "Привет! Кто-нибудь знает, как выгрузить табель в CSV?", "Дякую за допомогу з податками!",
    "شكراً على المساعدة في كشف الرواتب",
    "תודה רבה על העזרה עם התלושים", "धन्यवाद! सैलरी स्लिप मिल गई", "Ευχαριστώ! Η μισθοδοσία έκλεισε.",
    "Teşekkürler, bordro tamamdır", "Tack! Lönekörningen är klar.", "Dank je! Loonstroken zijn verstuurd.",
    "100% — ship it", "hmm, that doesn't add up: 37.5h × 4.33 = 162.375h/month, not 160",
    "pro-rata for a mid-month starter: 18/31 × @@S@@",
    "1/12th vs calendar-day method for the leaver, customer wants calendar days",
    "FTE 0.8 → 30h/week, holiday 22.4 days + BH pro rata",
    "the minimum wage (NLW) is £11.44/h from April for 21+", "Mindestlohn 12,41 €/h seit Januar", "SMIC 11,65 €/h brut",
    "can someone send me the link to the W-2 reprint process? @@L@@", "#payroll-us-ca is where that goes @@C@@",
    "I'll be 10 min late to the payroll stand-up", "standup notes are in @@L@@", "is it me or is the VPN slow today",
]
CODE = [
    "```\nemployee_id,last_name,first_name,date,project,hours,overtime\n1042,O'Neill,Siobhán,2024-03-25,PAY-CORE,7.5,0\n"
    "1042,O'Neill,Siobhán,2024-03-26,PAY-CORE,9.0,1.5\n2210,\"Müller-Lüdenscheidt\",Jürgen,2024-03-25,INT-XERO,8,0\n"
    "3307,\"de la Cruz\",\"María José\",2024-03-25,TAX-ES,6.25,0\n```",
    "export from the timesheet tool (semicolon, German Excel):\n```\nPersonalnr;Name;Datum;Stunden;Kostenstelle\n"
    "00417;Weiß, Anneliese;25.03.2024;7,50;4711\n00418;Schröder, Björn;25.03.2024;8,00;4712\n"
    "00419;Öztürk, Çağrı;25.03.2024;4,25;4711\n```",
    "```json\n{\"PayRunID\": \"b3f1c2d4-7e8a-4b9c-9d0e-1f2a3b4c5d6e\", \"PayRunStatus\": \"POSTED\", \"PaymentDate\": "
    "\"2024-03-28\", \"Wages\": 184233.17, \"Deductions\": 41120.50, \"NetPay\": 143112.67, \"Tax\": 38771.00}\n```",
    "QuickBooks JournalEntry we post per run:\n```json\n{\"Line\": [{\"Amount\": 52340.11, \"DetailType\": "
    "\"JournalEntryLineDetail\", \"JournalEntryLineDetail\": {\"PostingType\": \"Debit\", \"AccountRef\": {\"value\": "
    "\"61\", \"name\": \"Wages & Salaries\"}}}, {\"Amount\": 52340.11, \"DetailType\": \"JournalEntryLineDetail\", "
    "\"JournalEntryLineDetail\": {\"PostingType\": \"Credit\", \"AccountRef\": {\"value\": \"33\", \"name\": "
    "\"Payroll Clearing\"}}}], \"TxnDate\": \"2024-03-29\", \"PrivateNote\": \"Paylark run 2024-03 US01\"}\n```",
    "DATEV EXTF header line looks like this, anyone know why field 12 is "
    "empty?\n```\n\"EXTF\";700;21;\"Buchungsstapel\";"
    "13;20240402091512000;;\"PL\";\"paylark\";\"\";1234;56789;20240101;4;20240301;20240331;\"Lohn 03/2024\"\n```",
    "```sql\nSELECT e.employee_id, e.last_name, SUM(p.gross) AS gross, SUM(p.net) AS net\nFROM payslips p\n"
    "JOIN employees e ON e.id = p.employee_id\nWHERE p.tenant_id = 4412 AND p.period = '2024-03'\n"
    "GROUP BY 1, 2\nHAVING SUM(p.gross) > 10000\nORDER BY gross DESC;\n```",
    "quick check before I run it on prod: `UPDATE tax_codes SET code = '1257L', basis = 'cumulative' WHERE tax_year = "
    "'2024/25' AND code IN ('1263L', '1250L') AND employee_id = 88213;`",
    "```python\ndef ni_employee(gross: Decimal, pt: Decimal = Decimal(\"1048\"), uel: Decimal = Decimal(\"4189\")) -> "
    "Decimal:\n    main = max(Decimal(0), min(gross, uel) - pt) * Decimal(\"0.08\")\n    upper = max(Decimal(0), "
    "gross - uel) * Decimal(\"0.02\")\n    return (main + upper).quantize(Decimal(\"0.01\"), ROUND_HALF_UP)\n```",
    "the sheet formula: `=ROUND(IF(C2>4189,(4189-1048)*0.08+(C2-4189)*0.02,MAX(0,C2-1048)*0.08),2)`",
    "try `=SUMIFS(Timesheet!F:F,Timesheet!A:A,A2,Timesheet!D:D,\">=\"&DATE(2024,3,1))` for the monthly hours",
    "```\n<FullPaymentSubmission>\n  <EmpRefs><OfficeNo>120</OfficeNo><PayeRef>PL12345</PayeRef></EmpRefs>\n"
    "  <Employee><EmployeeDetails><NINO>QQ123456C</NINO><Name><Fore>Siobhan</Fore><Sur>O'Neill</Sur></Name>"
    "</EmployeeDetails>\n  <Employment><Payment><TaxCode>1257L</TaxCode><TaxablePay>3245.50</TaxablePay>"
    "</Payment></Employment></Employee>\n</FullPaymentSubmission>\n```",
    "pain.001 snippet from the DE run (test "
    "tenant):\n```\n<CdtTrfTxInf><PmtId><EndToEndId>LOHN-2024-03-00417</EndToEndId>"
    "</PmtId><Amt><InstdAmt Ccy=\"EUR\">3184.22</InstdAmt></Amt><Cdtr><Nm>Anneliese Weiss</Nm></Cdtr>"
    "<CdtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Gehalt 03/2024</Ustrd>"
    "</RmtInf></CdtTrfTxInf>\n```",
    "```\n2024-04-02T07:58:12.114Z ERROR gtn-engine run=DE01-2024-03 employee=00419 step=lohnsteuer "
    "msg=\"PAP 2024: ZVE negative, clamped to 0\" stkl=5 faktor=null\n2024-04-02T07:58:12.118Z WARN  gtn-engine "
    "run=DE01-2024-03 employee=00419 msg=\"Kirchensteuer 9% skipped: konfession='--'\"\n```",
    "```\nTraceback (most recent call last):\n  File \"/srv/gtn/engine/countries/gb/paye.py\", line 212, "
    "in tax_for_period\n"
    "    allowance = code.allowance(period) * cumulative_factor\nTypeError: unsupported operand type(s) for *: "
    "'NoneType' and 'Decimal'\n```",
    "```\n$ curl -s -H \"Authorization: Bearer $PAYLARK_TOKEN\" \"https://api.paylark.io/v2/tenants/4412/payruns?"
    "period=2024-03&status=posted\" | jq '.items[] | {id, gross: .totals.gross, net: .totals.net}'\n```",
    "```yaml\nintegrations:\n  xero:\n    tenant: 4412\n    account_map:\n      wages: \"477\"\n      "
    "employer_ni: \"478\"\n"
    "      pension: \"479\"\n    post_as: draft  # finance approves in Xero\n```",
    "```\nHTTP/1.1 429 Too Many Requests\nRetry-After: 60\nX-Rate-Limit-Problem: minute\n\n{\"Title\":\"Rate limit "
    "exceeded\",\"Detail\":\"Minute rate limit of 60 calls exceeded for tenant a1b2\"}\n```",
    "```\n| country | tenants | payslips | on time |\n|---------|---------|----------|---------|\n| DE | "
    "412 | 98,120 | "
    "99.99% |\n| GB | 388 | 121,004 | 99.95% |\n| US | 201 | 64,337 | 99.91% |\n| IN | 96 | 28,750 | 100% |\n```",
    "```diff\n- NI_PRIMARY_RATE = Decimal(\"0.10\")\n+ NI_PRIMARY_RATE = Decimal(\"0.08\")  # from 6 April 2024\n```",
    "```\ncron: 0 2 * * 1-5  /opt/paylark/bin/sync-accounting --provider=xero --since=yesterday >> "
    "/var/log/sync.log 2>&1\n```",
    "```ts\nconst net = gross - incomeTax(gross, taxCode) - niEmployee(gross) - pension(gross, 0.05);\n"
    "console.log(`net for ${employee.name}: ${formatMoney(net, 'GBP', 'en-GB')}`);\n```",
    "```\nERROR: duplicate key value violates unique constraint \"payslips_tenant_employee_period_key\"\n"
    "DETAIL:  Key (tenant_id, employee_id, period)=(4412, 88213, 2024-03) already exists.\n```",
    "```\nkubectl -n payroll rollout restart deploy/gtn-engine && kubectl -n payroll rollout status "
    "deploy/gtn-engine\n```",
    "US withholding, biweekly, single, W-4 2020+:\n```\nwage        tentative withholding\n$1,145-1,165  $96.00 + 12%\n"
    "$1,165-1,185  $98.40 + 12%\n```",
]
LONG = [
    "*Payroll calendar – April 2024* :calendar:\n• UK/IE: cut-off Tue 23 Apr, payday Fri 26 Apr (BACS on Wed 24)\n"
    "• DACH: cut-off Mon 22 Apr, Zahltag Di 30.04.\n• US/CA: biweekly, 12 & 26 Apr\n• IN: 30 Apr, TDS by 7 May\n"
    "• APAC: SG 25 Apr, AU 26 Apr (STP same day)\nQuestions → @@C@@",
    "Hi all, forwarding from the customer (tenant 4412):\n\n> Dear Paylark team,\n> our March payslips show the "
    "wrong tax code for 3 employees (1257L instead of BR). Could you check before the April run?\n> Kind regards,\n"
    "> Fiona McAllister | Payroll & Benefits Manager | +44 (0)131 496 0123\n\n@@M@@ can you take this one?",
    "Dear Hiring Manager,\n\nI am writing to apply for the @@J@@ position at Paylark. For the past six "
    "years I have run "
    "multi-country payroll (UK, IE, DE, PL) for a 1,200-person retailer, including the migration from Sage 50 to a "
    "cloud provider and the year-end process (P60, P11D, Lohnsteuerbescheinigung).\n\nWhat excites me about Paylark "
    "is the focus on compliance as a product. I'd love to bring my experience with RTI, auto-enrolment and "
    "DATEV exports to your team.\n\nKind regards,\n@@W@@\n+49 151 2345 6789 · @@P@@",
    "CV pasted from the referral (with consent):\n\n*@@W@@* — Senior Payroll Analyst\n@@P@@ · +44 7700 900123\n\n"
    "EXPERIENCE\n• 2019–present: Payroll Lead, Northwind Retail Ltd. — 2,300 employees, 4 countries; cut "
    "errors by 38%\n"
    "• 2015–2019: Payroll Administrator, Contoso Healthcare (NHS Agenda for Change bands 2–8)\n\nSKILLS\nRTI, P11D, "
    "auto-enrolment, Excel (VLOOKUP, XLOOKUP, pivot tables, Power Query), SQL (basic), CIPP Level 4\n\n"
    "EDUCATION\nBSc Accounting & Finance, University of Leeds (2:1)\n\nLANGUAGES\nEnglish (native), Irish (fluent), "
    "German (B2)",
    "Lebenslauf von @@W@@ (Empfehlung) :point_down:\n\n*Berufserfahrung*\n04/2018 – heute: Lohn- & "
    "Gehaltsbuchhalterin, "
    "Muster GmbH & Co. KG, München\n– Entgeltabrechnung für 650 MA (DATEV LODAS), SV-Meldungen, Pfändungen\n"
    "*Ausbildung*: Steuerfachangestellte (IHK), 2015\n*Kenntnisse*: DATEV, SAP HCM, MS Excel (sehr gut)",
    "*Onboarding checklist — @@W@@ (@@J@@, starts @@D@@)*\n- [x] Contract signed (DocuSign)\n- [x] Right to work / "
    "I-9 verified\n- [ ] Tax form (P46 starter checklist / W-4 / Steuer-ID)\n- [ ] Bank details (IBAN / sort code)\n"
    "- [ ] Laptop & 1Password invite\n- [ ] Slack, Google, Jira, GitHub (eng only)\n- [ ] Buddy: @@M@@\n"
    "- [ ] Payroll 101 session (Thu 14:00)\n- [ ] Benefits enrolment within 30 days",
    "*Benefits FAQ (UK)* :heart:\n*Q:* When does private medical cover start?\n*A:* From day 1, Bupa, you + dependants "
    "(dependants are a taxable BIK, ~£40/month on P11D).\n*Q:* Pension?\n*A:* Salary sacrifice, 5% you / 5% us, "
    "opt out within 1 month for a refund.\n*Q:* Cycle to Work?\n*A:* Yes, via the portal, up to £2,500.",
    "*Leave policy 2024 – what changed*\n1. 28 days + bank holidays for UK, 30 Tage for DE, 26 días laborables ES\n"
    "2. Carry-over: max 5 days, must be used by 31 March\n3. Sick leave: self-cert up to 7 days, then fit note\n"
    "4. Parental leave: 16 weeks full pay, regardless of gender :baby_bottle:\nFull text: @@L@@",
    "*Incident postmortem – payslip emails delayed (2024-03-28)*\nImpact: 31,200 payslip notifications "
    "delayed 25–40 min "
    "for UK/IE tenants.\nTimeline (UTC):\n08:02 queue depth > 50k\n08:09 on-call paged\n08:21 worker autoscaling "
    "raised 8 → 24\n08:44 backlog cleared\nRoot cause: the SES sending quota was hit after the off-cycle bonus run.\n"
    "Action items: raise quota (done), alert on queue age > 5 min (PAY-4431).",
    "*Release 2024.14* :rocket:\n• GB: tax year 2024/25 rates (NI 8%, class 2 abolished, NLW £11.44)\n• DE: PAP 2024 "
    "v2 for Lohnsteuer, Midijob Übergangsbereich 538,01–2.000 €\n• US: 2024 FICA wage base $168,600\n• IN: new regime "
    "default, standard deduction ₹50,000\n• Fixed: names with apostrophes in the SEPA remittance field\n"
    "• Fixed: CSV export now quotes job titles like \"R&D / QA Lead\"\nThanks @@M@@ @@M@@ :tada:",
    "-------- Forwarded message --------\nFrom: Accounts Payable <ap@paylark.io>\nDate: Mon, 1 Apr 2024 16:40\n"
    "Subject: Re: Invoice INV-2024-0331 (€12.480,00)\n\nHi,\nthe invoice is approved, payment run Thursday. "
    "PO 4500012345, cost centre 4711 (People Ops).\nBest,\nAP team",
    "Hey @@M@@, quick summary of the call with the accounting partner:\n1) they want journals *per cost centre*, "
    "not per entity\n2) GL mapping: 6000 Wages & Salaries, 6010 Employer NI/SV, 6020 Pensions, 2210 PAYE/NI payable\n"
    "3) round to 2 dp per line, not per journal (they saw €0,01 differences)\n4) go-live for the May run",
    "Salary review 2024 — guidance for managers:\n| band | min | mid | max |\n|---|---|---|---|\n| L3 | €48k | €56k | "
    "€64k |\n| L4 | €58k | €68k | €78k |\n| L5 | €72k | €84k | €96k |\nMerit budget 3.5%, promo budget 1.5%. "
    "Proposals in the sheet by @@D@@, *not here* please.",
    "customer question, anyone? \"We have an employee who moved from Berlin to Lisbon on 15 March. Do we split "
    "March between DE and PT payroll, and which country's social security applies (A1 certificate)?\" cc @@M@@",
    "*Payroll run checklist (DE)*\n1. Import Zeiterfassung (CSV, `;` separated)\n2. Check Neueintritte & Austritte\n"
    "3. Vorabrechnung → Differenzen > 5 % prüfen\n4. Freigabe durch 2 Personen (4-Augen-Prinzip)\n5. SEPA-Datei, "
    "DATEV-Export, SV-Meldungen\n6. Lohnsteuer-Anmeldung bis 10.04.",
    "Interview debrief for @@W@@ (@@J@@)\n*Strengths*: deep RTI knowledge, clear SQL, great with customers\n"
    "*Concerns*: no US payroll exposure\n*Recommendation*: :+1: hire at L4, offer @@S@@\nScorecard: @@L@@",
]
BOT_COMMANDS = ["weather", "weather @@P@@", "weather in @@P@@", "weather @@P@@ tomorrow?", "wetter @@P@@",
                "remember location @@P@@", "remember location @@P@@", "my location", "forget location", "help",
                "config", "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@T@@",
                "config time @@T@@", "config units metric", "config units imperial", "alerts on", "alerts off",
                "login", "forget me", "hi", "help pls", "what can you do?", "thanks 🙏", "weather @@P@@ ☔",
                "remember location @@P@@ (office)", "weather for the offsite in @@P@@", "alerts on please",
                "config alert_time 7:30", "config timezone @@TZ@@ — moved offices", "Remember Location @@P@@",
                "is it raining in @@P@@?", "weather @@P@@ & @@P@@"]
FILES = [("Timesheets_W13_2024 (final).csv", "text/csv", "csv"),
         ("Lohnabrechnung_03-2024_Muster.pdf", "application/pdf", "pdf"),
         ("P60_template_2023-24.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
         ("CV – Ana María Ruiz.pdf", "application/pdf", "pdf"),
         ("Onboarding checklist v2 (R&D).docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
         ("salary_bands_2024_CONFIDENTIAL.xlsx",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
         ("Screenshot 2024-04-02 at 09.41.17.png", "image/png", "png"), ("gtn-error.log", "text/plain", "text"),
         ("DATEV_EXTF_Buchungsstapel_202403.csv", "text/csv", "csv"), ("IMG_2231.HEIC", "image/heic", "heic"),
         ("pain.001_DE01_2024-03.xml", "application/xml", "xml"), ("Leave request – Zoë.pdf", "application/pdf", "pdf")]
CSV_PREVIEWS = ["employee_id,name,date,hours\n1042,\"O'Neill, Siobhán\",2024-03-25,7.5\n"
                "1043,\"Kim, Min-jun\",2024-03-25,8",
                "Konto;Gegenkonto;Betrag;Soll/Haben;Buchungstext\n6020;1755;3184,22;S;Gehalt 03/2024 Weiß",
                "tenant,period,gross,net,employer_cost\n4412,2024-03,184233.17,143112.67,221998.40"]


class Company(WebApp):
    """Paylark's people and one seeded random source; each method makes one kind of request."""

    epoch = EPOCH
    app_id, bot_user, verify_token, base = APP_ID, BOT_USER, VERIFY_TOKEN, BASE
    ts_window, iat_window, event_window, context_bytes = (0, 11 * 3600), (0, 40000), (0, 40000), 40
    enterprise, enterprise_id_after, enterprise_install = ENTERPRISE, "team_id", True
    oauth_scopes, oauth_audience_rate = ("read", "read write", "write", "read", "read write"), 0.25
    oauth_body_secret_rate = 0.2

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(260):
            if self.rng.random() < 0.08:
                name = self.rng.choice(NATIVE_NAMES)
                handle = f"user{i:03d}"
            else:
                first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
                name = f"{first} {last}"
                flat = "".join(c for c in f"{first}.{last}".lower() if c.isascii() and (c.isalnum() or c == "."))
                handle = flat.strip(".") or f"user{i:03d}"
            team, _ = self.rng.choice(WORKSPACES)
            self.people.append({"id": self.sid("U0", 9), "name": name, "handle": handle,
                                "email": f"{handle}@paylark.io", "tz": self.rng.choice(TIMEZONES),
                                "title": self.rng.choice(TITLES), "office": self.rng.choice(OFFICES), "team": team})

    # ---- small random pieces ------------------------------------------------------------------------------
    def record(self, kind: str, placement: str, req: dict[str, Any]) -> dict[str, Any]:
        self.n += 1
        return {"method": req["method"], "uri": req["uri"], "body": req.get("body", ""), "headers": req["headers"],
                "id": f"{NAME}-benign-{kind}-{self.n:04d}", "category": "benign", "placement": placement}

    def alert_time(self) -> str:
        return f"{self.pick([6, 6, 7, 7, 7, 8, 8, 9, 12, 17]):02d}:{self.pick(['00', '15', '30', '45', '10'])}"

    def salary(self) -> str:
        k = self.rng.randint(28, 160)
        return self.pick([f"€{k}k", f"{k}.000 €", f"{k} 000 €", f"£{k},{self.rng.randint(0, 9)}00",
                          f"${k},000", f"${k}k", f"CHF {k}'000", f"₹{k // 4},{self.rng.randint(10, 99)},000",
                          f"R$ {k // 5}.{self.rng.randint(100, 999)},00", f"{k * 4} {self.rng.randint(100, 999)} zł",
                          f"¥{k // 10},{self.rng.randint(100, 999)},000", f"S${k // 2},{self.rng.randint(100, 999)}",
                          f"A${k}k + super", f"C${k},500", f"{k}.{self.rng.randint(100, 999)},00 EUR"])

    def date(self) -> str:
        d, m = self.rng.randint(1, 28), self.rng.randint(4, 9)
        names = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
        return self.pick([f"2024-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/2024", f"{m}/{d}/2024", f"{d:02d}.{m:02d}.2024",
                          f"{d} {names[m - 4]}", f"{names[m - 4]} {d}", f"{d}.{m}.", f"Mon {d:02d}/{m:02d}"])

    def fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text, mentions, links and channels in Slack's own markup."""
        out = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") if slack else text

        def esc(value: str) -> str:
            return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") if slack else value

        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|here", "|ticket", "|sheet", "|the doc", "|PR"])
            out = out.replace("@@L@@", f"<{esc(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        for key, make in (("@@S@@", self.salary), ("@@D@@", self.date), ("@@P@@", lambda: self.pick(PLACES)),
                          ("@@W@@", lambda: self.pick(self.people)["name"]), ("@@J@@", lambda: self.pick(TITLES)),
                          ("@@TZ@@", lambda: self.pick(TIMEZONES)), ("@@T@@", self.alert_time),
                          ("@@N@@", lambda: str(self.rng.randint(2, 60)))):
            while key in out:
                out = out.replace(key, esc(make()), 1)
        return out

    def chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.62:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["@@M@@ ", "hey @@M@@ ", "\x01here ", "cc @@M@@: "]) + text
        elif roll < 0.85:
            text = self.pick(["", "", "fyi ", "seeing this on staging:\n", "any idea? ", "@@M@@ ",
                              "customer sent this:\n"]) + self.pick(CODE)
            if self.chance(0.25):
                text += "\n" + self.pick(["thoughts?", "halp 😅", "fixed by re-running the import", "cc @@M@@"])
        else:
            text = self.pick(LONG)
        return self.fill(text).replace("\x01here", "<!here>")

    def command_text(self, slack: bool = True) -> str:
        return self.fill(self.pick(BOT_COMMANDS), slack)

    # ---- Slack -------------------------------------------------------------------------------------------
    def slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
             "Content-Type": content_type, "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(0.03):
            h["X-Slack-Retry-Num"] = self.pick(["1", "2", "3"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return h

    def rich_text(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        return [{"type": "rich_text", "block_id": self.token(3),
                 "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": raw}]}]}]

    def message(self, text: str, channel: str, channel_type: str, user: dict[str, str],
                mention: bool = False) -> dict[str, Any]:
        ts = self.ts()
        event: dict[str, Any] = {"type": "app_mention" if mention else "message", "client_msg_id": self.uuid(),
                                 "text": text, "user": user["id"], "ts": ts, "team": user["team"],
                                 "channel": channel, "event_ts": ts}
        if not mention:
            event["channel_type"] = channel_type
        if self.chance(0.8):
            event["blocks"] = self.rich_text(text)
        return event

    def send_event(self, kind: str, event: dict[str, Any], team: str) -> dict[str, Any]:
        body = json.dumps(self.envelope(event, team), ensure_ascii=self.chance(0.1))
        return self.record(kind, "json", self.slack_request("/slack/events", body))

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFY_TOKEN, "challenge": self.token(36), "type": "url_verification"})
        return self.record("slack-verify", "json", self.slack_request("/slack/events", body))

    def slack_chat(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        return self.send_event("slack-message", self.message(self.chat_text(), cid, "channel", user), user["team"])

    def slack_thread(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        event = self.message(self.chat_text(), cid, "channel", user)
        event["thread_ts"] = self.ts()
        event["parent_user_id"] = self.pick(self.people)["id"]
        if self.chance(0.1):
            event["subtype"] = "thread_broadcast"
        return self.send_event("slack-thread", event, user["team"])

    def slack_mention(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.6):
            text = f"<@{BOT_USER}> " + self.command_text()
        else:
            opener = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}>, ", f"<@{BOT_USER}> quick one: "])
            text = opener + self.chat_text()
        event = self.message(text, cid, "channel", user, mention=True)
        if self.chance(0.2):
            event["thread_ts"] = self.ts()
        return self.send_event("slack-mention", event, user["team"])

    def slack_dm(self) -> dict[str, Any]:
        user = self.pick(self.people)
        text = self.command_text() if self.chance(0.75) else self.chat_text()
        return self.send_event("slack-dm", self.message(text, self.sid("D0"), "im", user), user["team"])

    def slack_change(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        old = self.message(self.chat_text(), cid, "channel", user)
        if self.chance(0.3):
            event: dict[str, Any] = {"type": "message", "subtype": "message_deleted", "hidden": True,
                                     "deleted_ts": old["ts"], "channel": cid, "ts": self.ts(),
                                     "event_ts": self.ts(), "channel_type": "channel",
                                     "previous_message": {k: v for k, v in old.items()
                                                          if k not in ("channel", "channel_type", "event_ts")}}
            return self.send_event("slack-delete", event, user["team"])
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edit: typo)", " — corrected the figure", "", " *"])
        new["edited"] = {"user": user["id"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new,
                 "previous_message": self.inner(old),
                 "channel": cid, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self.send_event("slack-edit", event, user["team"])

    def slack_bot(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(100, 9999)
        team, _ = self.pick(WORKSPACES)
        source = self.pick(["github", "jira", "greenhouse", "pagerduty", "bamboohr", "statuspage"])
        texts = {
            "github": "*[paylark/gtn-engine]* Pull request opened: "
                      f"<https://github.com/paylark/gtn-engine/pull/{n}|#{n} "
                      "GB: apply 8% NI main rate from 2024-04-06 (&amp; fix K-code cap)>",
            "jira": f"<https://paylark.atlassian.net/browse/PAY-{n}|PAY-{n}> moved to *In Review*: \"Payslip shows "
                    "O'Neill as O&amp;#39;Neill in PDF\"",
            "greenhouse": f"New application for *{self.pick(TITLES).replace('&', '&amp;')}* from "
                          f"{self.pick(self.people)['name']} — <https://app.greenhouse.io/people/{n}|view>",
            "pagerduty": f"*Triggered* #{n}: [FIRING:1] PayslipQueueAge &gt; 300s (payroll/prod) "
                         f"<https://paylark.pagerduty.com/incidents/Q{n}ZX|View>",
            "bamboohr": f"{self.pick(self.people)['name']} requested time off: {self.date()} – {self.date()} "
                        f"({self.rng.randint(1, 15)} days, Vacation)",
            "statuspage": f":large_green_circle: *Resolved* — Delayed payslip emails for UK tenants "
                          f"<https://status.paylark.io/incidents/{self.token(6)}|details>",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:90], "color": self.pick(["36a64f", "d50200", "439fe0"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self.send_event("slack-botpost", event, team)

    def slack_file(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        name, mime, ftype = self.pick(FILES)
        event = self.message(self.fill(self.pick(["", "see attached", "here's the export 👇", "v2, with the fixes",
                                                   "for @@M@@", "final final (really) 😅", "from the customer"])),
                             cid, "channel", user)
        event["subtype"] = "file_share"
        fid = self.sid("F0", 9)
        info: dict[str, Any] = {"id": fid, "created": EPOCH + self.rng.randint(0, 36000), "name": name,
                                "title": name, "mimetype": mime, "filetype": ftype, "pretty_type": ftype.upper(),
                                "user": user["id"], "size": self.rng.randint(800, 6_000_000), "is_external": False,
                                "url_private": f"https://files.slack.com/files-pri/{user['team']}-{fid}/"
                                               + urllib.parse.quote(name),
                                "permalink": f"https://paylark.enterprise.slack.com/files/{user['id']}/{fid}/"
                                             + urllib.parse.quote(name.lower().replace(" ", "_"))}
        if ftype == "csv":
            info["preview"] = self.pick(CSV_PREVIEWS)
            info["lines"] = self.rng.randint(3, 4000)
        event["files"] = [info]
        return self.send_event("slack-file", event, user["team"])

    def slack_unfurl(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        links = [self.pick(LINKS) for _ in range(self.rng.randint(1, 3))]
        event = {"type": "link_shared", "channel": cid, "is_bot_user_member": True, "user": user["id"],
                 "message_ts": self.ts(), "unfurl_id": self.ts().replace(".", "") + "." + self.hexs(40),
                 "source": self.pick(["conversations_history", "composer"]),
                 "links": [{"domain": urllib.parse.urlsplit(u).hostname, "url": u} for u in links],
                 "event_ts": self.ts()}
        return self.send_event("slack-unfurl", event, user["team"])

    def slack_reaction(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_removed"]), "user": user["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "pray", "tada", "+1", "heart", "money_with_wings",
                                        "palm_tree", "raised_hands::skin-tone-4", "100", "party-parrot"]),
                 "item_user": self.pick(self.people)["id"],
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "event_ts": self.ts()}
        return self.send_event("slack-reaction", event, user["team"])

    def slack_home(self) -> dict[str, Any]:
        user = self.pick(self.people)
        event: dict[str, Any] = {"type": "app_home_opened", "user": user["id"], "channel": self.sid("D0"),
                                 "tab": self.pick(["home", "home", "messages"]), "event_ts": self.ts()}
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": user["team"], "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": [],
                             "title": {"type": "plain_text", "text": "Jeeves"}}
        return self.send_event("slack-home", event, user["team"])

    def slack_join(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, _ = self.pick(CHANNELS)
        event = {"type": "member_joined_channel", "user": user["id"], "channel": cid, "channel_type": "C",
                 "team": user["team"], "inviter": self.pick(self.people)["id"], "event_ts": self.ts()}
        return self.send_event("slack-join", event, user["team"])

    def command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 8)
        team_domain = dict(WORKSPACES)[user["team"]]
        fields = [("token", VERIFY_TOKEN), ("team_id", user["team"]), ("team_domain", team_domain),
                  ("enterprise_id", ENTERPRISE), ("enterprise_name", "Paylark"), ("channel_id", cid),
                  ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self.command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "true"),
                  ("response_url", f"https://hooks.slack.com/commands/{user['team']}/{self.rng.randint(10**12, 10**13)}"
                                   f"/{self.token(18)}"),
                  ("trigger_id", self.trigger())]
        return self.record("command", "form", self.slack_form_request("/slack/commands", fields))

    def interaction_payload(self, user: dict[str, str]) -> dict[str, Any]:
        return {"user": {"id": user["id"], "username": user["handle"], "name": user["handle"], "team_id": user["team"]},
                "api_app_id": APP_ID, "token": VERIFY_TOKEN,
                "trigger_id": self.trigger(),
                "team": {"id": user["team"], "domain": dict(WORKSPACES)[user["team"]], "enterprise_id": ENTERPRISE,
                         "enterprise_name": "Paylark"},
                "enterprise": {"id": ENTERPRISE, "name": "Paylark"}, "is_enterprise_install": True}

    def send_interaction(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.2),
                                                              separators=(",", ":")))])
        return self.record(kind, "form", self.slack_request("/slack/interactions", body, form=True))

    def button(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0"), "directmessage")] * 4)
        roll = self.rng.random()
        if roll < 0.72:
            action = {"action_id": "set_location", "block_id": self.token(4), "value": self.pick(PLACES),
                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        elif roll < 0.88:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(4), "value": "-", "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(4), "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
        payload = {"type": "block_actions", **self.interaction_payload(user),
                   "container": {"type": "message", "message_ts": self.ts(), "channel_id": cid, "is_ephemeral": True},
                   "channel": {"id": cid, "name": cname}, "state": {"values": {}},
                   "response_url": f"https://hooks.slack.com/actions/{user['team']}/{self.rng.randint(10**12, 10**13)}"
                                   f"/{self.token(18)}", "actions": [action]}
        return self.send_interaction("interaction-button", payload)

    def modal(self) -> dict[str, Any]:
        user = self.pick(self.people)
        place = self.pick(PLACES)
        note = self.fill(self.pick(["", "moving to the @@P@@ office from @@D@@", "WFH Mon/Fri, office Tue–Thu",
                                    "please use metric 🙏", "alerts only on weekdays if possible",
                                    "I'm @@J@@, travelling a lot in Q2 (@@P@@ → @@P@@)"]), slack=False)
        values = {"loc": {"place_input": {"type": "plain_text_input", "value": place}},
                  "tz": {"tz_select": {"type": "static_select", "selected_option": {
                      "text": {"type": "plain_text", "text": user["tz"], "emoji": True}, "value": user["tz"]}}},
                  "time": {"alert_time": {"type": "timepicker", "selected_time": self.alert_time()}},
                  "units": {"units_radio": {"type": "radio_buttons", "selected_option": {
                      "text": {"type": "plain_text", "text": "Metric (°C, km/h)", "emoji": True}, "value": "metric"}}},
                  "note": {"note_input": {"type": "plain_text_input", "value": note}}}
        view = {"id": self.sid("V0", 9), "team_id": user["team"], "type": "modal", "callback_id": "jeeves_settings",
                "private_metadata": json.dumps({"channel": self.sid("D0")}), "hash": f"{EPOCH}.{self.hexs(8)}",
                "title": {"type": "plain_text", "text": "Your Jeeves settings", "emoji": True},
                "submit": {"type": "plain_text", "text": "Save", "emoji": True},
                "state": {"values": values}, "app_id": APP_ID, "bot_id": self.sid("B0", 9),
                "root_view_id": self.sid("V0", 9), "previous_view_id": None, "blocks": []}
        payload = {"type": "view_submission", **self.interaction_payload(user), "view": view,
                   "response_urls": []}
        return self.send_interaction("interaction-modal", payload)

    # ---- the data API: scripts, CI, dashboards, the mobile app -------------------------------------------------
    def api_headers(self) -> tuple[dict[str, str], str]:
        source = self.pick(["script", "script", "ci", "dashboard", "mobile", "sdk", "cli", "integration"])
        uas = {
            "script": ["python-requests/2.31.0", "python-httpx/0.27.0", "Python-urllib/3.11", "aiohttp/3.9.3",
                       "PowerShell/7.4.1 (Microsoft Windows 10.0.19045)"],
            "ci": ["GitHub-Actions/2.314.1 curl/8.5.0", "GitLab-Runner 16.10.0 (16-10-stable; go1.21.7; linux/amd64)",
                   "curl/8.5.0", "Jenkins/2.440.2 okhttp/4.12.0"],
            "dashboard": ["Grafana/10.4.1", "Metabase/v0.49.3", "Go-http-client/1.1",
            "Retool/2.0 (+https://retool.com)"],
            "mobile": ["PaylarkPeople/5.12.0 (com.paylark.people; build:5120; iOS 17.4.1) Alamofire/5.9.0",
                       "PaylarkPeople/5.11.3 (Android 14; SM-S918B; Build/UP1A.231005.007) okhttp/4.12.0",
                       "Dart/3.3 (dart:io)"],
            "sdk": ["paylark-python/2.3.1 python-requests/2.31.0", "paylark-node/1.8.0 node/20.11.1 (linux; x64)",
                    "paylark-java/0.9.4 Apache-HttpClient/5.3.1 (Java/21.0.2)", "Paylark.NET/3.0.2 (.NET 8.0.3)"],
            "cli": ["HTTPie/3.2.2", "xh/0.21.0", "curl/7.88.1", "Wget/1.21.4", "insomnia/8.6.1",
            "PostmanRuntime/7.37.0"],
            "integration": ["Xero-Payroll-Sync/1.4 (+https://paylark.io/integrations)", "datev-connector/2024.3.1",
                            "netsuite-suitelet/2.1", "Zapier", "Workato/1.0 (+https://www.workato.com)"],
        }
        client = {"script": "people-ops-scripts", "ci": "ci-reporting", "dashboard": "grafana.people",
                  "mobile": "mobile-app", "sdk": "hris-sync", "cli": "ops-cli", "integration": "accounting-sync"}
        h = {"User-Agent": self.pick(uas[source]),
             "Accept": self.pick(["application/json", "application/json", "*/*", "application/json, text/plain, */*",
                                  "application/json;q=0.9, */*;q=0.1"]),
             "Authorization": "Bearer " + self.jwt(client[source], self.pick(["read", "read write", "read"]))}
        if self.chance(0.6):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br;q=1.0, gzip;q=0.9"])
        if source == "mobile":
            h["Accept-Language"] = self.pick(["en-GB;q=1.0, de-GB;q=0.9", "de-DE", "pl-PL;q=1.0", "hi-IN, en-IN;q=0.8",
                                              "pt-BR", "ja-JP"])
            h["X-App-Version"] = self.pick(["5.12.0", "5.11.3"])
            h["X-Device-Id"] = self.uuid().upper()
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-0{self.pick('01')}"
            if self.chance(0.4):
                h["tracestate"] = f"paylark={self.hexs(16)},dd=s:1;o:rum"
        elif roll < 0.3:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.38:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            h["baggage"] = (f"sentry-environment=production,sentry-release=people-app%405.12.0,sentry-public_key="
                            f"{self.hexs(32)},sentry-trace_id={self.hexs(32)},sentry-sample_rate=0.1")
        elif roll < 0.45:
            h["X-Amzn-Trace-Id"] = f"Root=1-{EPOCH:x}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        if self.chance(0.3):
            h[self.pick(["X-Request-Id", "X-Correlation-ID"])] = self.pick(
                [self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-2", f"sync:{self.hexs(12)}",
                 f"req_{self.token(9)}"])
        return h, source

    def api(self) -> dict[str, Any]:
        h, source = self.api_headers()
        roll = self.rng.random()
        if roll < 0.30:
            params: list[tuple[str, str]] = [("limit", self.pick(["25", "50", "100", "200", "500"]))]
            if self.chance(0.7):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 200, 400, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0"]), ("alerts", ["true", "false", "on", "off"]),
                                ("team_id", [w[0] for w in WORKSPACES])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            self.rng.shuffle(params)
            uri = "/api/users?" + urllib.parse.urlencode(params)
            return self.record("api-users", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.38:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["email"], person["name"].split()[-1], "paylark.io", person["id"],
                           "O'Neill", "Müller", "de la Cruz", "R&D / QA Lead", "Payroll Specialist (DACH)", "kim"])
            params = [(self.pick(["q", "search", "email", "name"]), q), ("limit", "50")]
            uri = "/api/users?" + urllib.parse.urlencode(params, quote_via=self.pick([urllib.parse.quote_plus,
                                                                                       urllib.parse.quote]))
            return self.record("api-search", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.55:
            uri = f"/api/users/{self.rng.randint(1, 400)}"
            return self.record("api-user", "path", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.72:
            person = self.pick(self.people)
            choice = self.rng.random()
            if choice < 0.45:
                doc = self.settings_patch(choice < 0.3, person["tz"], self.alert_time, 0.6)
            elif choice < 0.7:
                doc = {"name": person["name"], "email": person["email"]}
            elif choice < 0.8:
                doc = {"name": self.pick(NATIVE_NAMES + [person["name"]])}
            elif choice < 0.92:
                doc = {"is_active": self.chance(0.4)}
            else:
                doc = {"is_admin": self.chance(0.5)}
            h["Content-Type"] = self.pick(["application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.35), indent=self.pick([None, None, 2]))
            return self.record("api-patch", "json", {"method": "PATCH", "uri": f"/api/users/{self.rng.randint(1, 400)}",
                                                     "body": body, "headers": h})
        if roll < 0.86:
            d = self.rng.randint(1, 28)
            since = self.pick([f"2024-03-{d:02d}T00:00:00Z", f"2024-03-{d:02d}T00:00:00+01:00", f"2024-03-{d:02d}",
                               f"2024-03-{d:02d}T08:30:00.000Z", f"2024-03-{d:02d}T09:00:00+05:30",
                               f"2024-03-{d:02d} 00:00:00"])
            params = [("since", since)]
            if self.chance(0.6):
                params.append(("until", self.pick(["2024-04-02T00:00:00Z", "2024-03-31T23:59:59+02:00", "2024-04-01"])))
            uri = "/api/usage/stats?" + urllib.parse.urlencode(params, quote_via=self.pick([urllib.parse.quote_plus,
                                                                                            urllib.parse.quote]))
            return self.record("api-stats", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.93:
            return self.record("api-switches", "header", {"method": "GET", "uri": "/api/switches", "headers": h})
        action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
        put: dict[str, Any] = {"enabled": self.chance(0.7)}
        if self.chance(0.5):
            put["team_id"] = self.pick([w[0] for w in WORKSPACES] + ["*"])
        h["Content-Type"] = "application/json"
        return self.record("api-switch", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                  "body": json.dumps(put), "headers": h})

    # ---- browsers: admin panel, /me/, Sign in with Slack -------------------------------------------------------
    def browser(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        kind = self.pick(["chrome-mac", "chrome-win", "edge", "firefox", "safari", "iphone", "android", "slack"])
        uas = {
            "chrome-mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                          "Chrome/123.0.0.0 Safari/537.36",
            "chrome-win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                          "Chrome/122.0.0.0 Safari/537.36",
            "edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    "Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.65",
            "firefox": "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:124.0) Gecko/20100101 Firefox/124.0",
            "safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
                      "Version/17.4 Safari/605.1.15",
            "iphone": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                      "Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
            "android": "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
                       "Chrome/123.0.6312.80 Mobile Safari/537.36",
            "slack": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
                     "Slack/4.37.94 Chrome/122.0.6261.57 Electron/29.1.0 Safari/537.36 Sonic Slack_SSB/4.37.94",
        }
        h = {"User-Agent": uas[kind],
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,"
                       "*/*;q=0.8,application/signed-exchange;v=b3;q=0.7" if kind not in ("firefox", "safari", "iphone")
             else "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
             "Accept-Language": self.pick(["en-GB,en;q=0.9", "en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "en-IE,en-GB;q=0.9,en;q=0.8,ga;q=0.6", "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
                                           "pt-PT,pt;q=0.9,en;q=0.8", "hi-IN,hi;q=0.9,en-IN;q=0.8,en;q=0.7",
                                           "en-CA,fr-CA;q=0.8", "zh-SG,zh;q=0.9,en-SG;q=0.8,en;q=0.7",
                                           "es-ES,es;q=0.9", "fr-FR,fr;q=0.9,en;q=0.5", "tr-TR,tr;q=0.9,en;q=0.8",
                                           "ja,en-US;q=0.9,en;q=0.8", "en-AU,en;q=0.9"]),
             "Accept-Encoding": "gzip, deflate, br" + (", zstd" if "Chrome" in uas[kind] else ""),
             "Upgrade-Insecure-Requests": "1", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Sec-Fetch-User": "?1"}
        if "Chrome" in uas[kind]:
            brand = '"Microsoft Edge";v="123"' if kind == "edge" else '"Google Chrome";v="123"'
            h["sec-ch-ua"] = f'"Chromium";v="123", "Not:A-Brand";v="8", {brand}'
            h["sec-ch-ua-mobile"] = "?1" if kind == "android" else "?0"
            h["sec-ch-ua-platform"] = {"chrome-mac": '"macOS"', "slack": '"macOS"', "android": '"Android"'}.get(
                kind, '"Windows"')
        self.form_navigation(h, BASE, referer, form)
        if self.chance(0.15):
            h["DNT"] = "1"
        return h

    def cookies(self, *pairs: tuple[str, str]) -> str:
        extra = [self.ga_cookie()] if self.chance(0.35) else []
        if self.chance(0.2):
            extra.append((f"_ga_{self.sid('', 10)}", f"GS1.1.{EPOCH}.{self.rng.randint(1, 90)}.1.{EPOCH + 60}.0.0.0"))
        if self.chance(0.15):
            extra.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Tue+Apr+02+2024+09%3A41%3A17+GMT%2B0200+"
                                            "(Central+European+Summer+Time)&version=202401.2.0&isIABGlobal=false&"
                                            "hosts=&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0"))
        if self.chance(0.12):
            extra.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        if self.chance(0.1):
            extra.append((f"intercom-id-{self.hexs(8)}", self.uuid()))
        if self.chance(0.1):
            extra.append(("hubspotutk", self.hexs(32)))
        return self.cookie_header(pairs, extra)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.28:
            person = self.pick(self.people)
            q = self.pick([person["name"], person["name"].split()[0], person["name"].split()[-1], person["email"],
                           person["handle"], person["id"], person["team"], "@paylark.io", "O'Neill", "o'neill",
                           "Müller-Lüdenscheidt", "de la Cruz", "Ní Bhriain", "van 't Hof", "Nguyễn", "김", "李",
                           "siobhan", "contractor", "test user", "R&D", "payroll", " Kowalczyk "])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 5)))] if self.chance(0.2) else [])
            h = self.browser(self.pick(["/admin/users", "/admin/", "/admin/users?q=" + urllib.parse.quote(q)]))
            h["Cookie"] = self.cookies(session)
            return self.record("admin-search", "query", {"method": "GET", "headers": h,
                                                         "uri": "/admin/users?" + urllib.parse.urlencode(params)})
        if roll < 0.42:
            person = self.pick(self.people)
            back = self.pick([person["name"], person["email"], "", "O'Neill"])
            h = self.browser("/admin/users?q=" + urllib.parse.quote(back), True)
            h["Cookie"] = self.cookies(session)
            body = urllib.parse.urlencode([("csrf_token", csrf), ("value", self.pick(["0", "1"])), ("q", back),
                                           ("page", str(self.rng.randint(1, 4)))])
            uri = f"/admin/users/{self.rng.randint(1, 400)}/{self.pick(['active', 'active', 'admin'])}"
            return self.record("admin-user", "form", {"method": "POST", "uri": uri, "body": body, "headers": h})
        if roll < 0.54:
            h = self.browser("/admin/features", True)
            h["Cookie"] = self.cookies(session)
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help"])
            team = self.pick(["", "", "T04PLKSUP1", "t04plkeng2", "T04PLKPPL3"])
            if self.chance(0.2):
                body = urllib.parse.urlencode([("csrf_token", csrf), ("action", action), ("team_id", team.upper())])
                return self.record("admin-switch", "form", {"method": "POST", "uri": "/admin/features/remove",
                                                            "body": body, "headers": h})
            body = urllib.parse.urlencode([("csrf_token", csrf), ("action", action),
                                           ("enabled", self.pick(["0", "1"])), ("team_id", team)])
            return self.record("admin-switch", "form", {"method": "POST", "uri": "/admin/features", "body": body,
                                                        "headers": h})
        if roll < 0.64:
            h = self.browser("/admin/audit")
            h["Cookie"] = self.cookies(session)
            q = self.pick(["user.active", "feature.set", "client.create", "client.rotate", "login", "user.forget_me",
                           "2024-04-01", "2024-03", self.pick(self.people)["handle"], "admin.map_slack", "failed"])
            params = [("q", q)] + ([("page", "2")] if self.chance(0.2) else [])
            return self.record("admin-audit", "query", {"method": "GET", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.77:
            h = self.browser(self.pick(["/admin/", "/admin/users", "/admin/clients", None]))
            h["Cookie"] = self.cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
                              "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=O%27Neill&page=1",
                              "/admin/features?done=switch_updated",
                              "/admin/clients?done=client_created", "/admin/audit?page=3", "/admin/static/admin.css"])
            if page.endswith(".css"):
                h.update({"Accept": "text/css,*/*;q=0.1", "Sec-Fetch-Dest": "style", "Sec-Fetch-Mode": "no-cors"})
                h.pop("Sec-Fetch-User", None)
                h.pop("Upgrade-Insecure-Requests", None)
            return self.record("admin-page", "cookie", {"method": "GET", "uri": page, "headers": h})
        if roll < 0.84:
            h = self.browser("/admin/login?next=%2Fadmin%2Fusers", True)
            h["Cookie"] = self.cookies(("__Host-jeeves_admin_login", csrf))
            words = ["Payroll", "Lohn", "Gehalt", "Salary", "Kraków", "Lisboa", "Tax", "Year", "Pension", "Brötchen"]
            password = self.pick([
                "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.~!#%&*+=?")
                        for _ in range(self.rng.randint(18, 30))),
                f"{self.pick(words)}-{self.pick(words)}-{self.pick(words)}-{self.rng.randint(10, 99)}",
                f"{self.pick(words)}&{self.pick(words)}#{self.rng.randint(2024, 2026)}!"])
            body = urllib.parse.urlencode([("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users"])),
                                           ("username", self.pick(["admin", "s.oneill", "people-ops", "j.weiss"])),
                                           ("password", password),
                                           ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}"]))])
            return self.record("admin-login", "form", {"method": "POST", "uri": "/admin/login", "body": body,
                                                       "headers": h})
        if roll < 0.94:
            h = self.browser("/admin/clients", True)
            h["Cookie"] = self.cookies(session)
            cid = self.pick(["xero-payroll-journal", "datev.export", "quickbooks:sync", "netsuite-gl",
                             "personio-hris", "greenhouse.ats", "looker.people-analytics", "bamboohr-sync-eu",
                             "sage-intacct_2024"])
            if self.chance(0.35):
                uri = f"/admin/clients/{cid}/{self.pick(['rotate', 'disable', 'enable'])}"
                return self.record("admin-client", "form", self.csrf_post(uri, h, csrf))
            desc = self.pick(["Xero payroll journals (owner: fin-ops) — nightly 02:00 UTC",
                              "DATEV Buchungsstapel export für die Buchhaltung (Lohn & Gehalt)",
                              "QuickBooks Online sync for US01/CA01, read-only",
                              "People analytics dashboard: headcount, attrition & leave",
                              "Greenhouse → Paylark new-hire webhook (R&D / QA hiring pipeline)",
                              "BambooHR EU sync — contact: Siobhán O'Neill <s.oneill@paylark.io>", ""])
            fields = [("csrf_token", csrf), ("client_id", cid), ("description", desc), ("scopes", "read")]
            if self.chance(0.3):
                fields.append(("scopes", "write"))
            return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
        h = self.browser(self.pick(["/admin/slack-sign-in", "/admin/account"]), True)
        h["Cookie"] = self.cookies(session)
        roll = self.rng.random()
        if roll < 0.5:
            person = self.pick(self.people)
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "s.oneill", "people-ops"])),
                      ("team_id", person["team"]), ("user_id", person["id"])]
            return self.record("admin-slack", "form", self.form_request("/admin/slack-sign-in", h, fields))
        if roll < 0.75:
            fields = [("csrf_token", csrf), ("code", f"{self.rng.randint(0, 999999):06d}")]
            return self.record("admin-account", "form", self.form_request("/admin/account/totp/confirm", h, fields))
        return self.record("admin-logout", "form", self.csrf_post("/admin/logout", h, csrf))

    def multipart(self, fields: list[tuple[str, str]], ua: str) -> tuple[str, str]:
        boundary = self.form_boundary("firefox" if "Firefox" in ua else "webkit")
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields]
        return "".join(parts) + f"--{boundary}--\r\n", f"multipart/form-data; boundary={boundary}"

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.3:
            h = self.browser(self.pick([None, "/me/", "/auth/slack/link/" + self.token()]))
            h["Cookie"] = self.cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json"])
            if uri.endswith(".json"):
                h.update({"Accept": "application/json", "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors"})
                if self.chance(0.5):
                    h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-0"
            return self.record("me-page", "cookie", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "uri": uri,
                                                     "headers": h})
        if roll < 0.6:
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES + [person["office"]]))]
            kind = "me-location"
            uri = "/me/location"
        elif roll < 0.88:
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self.alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
            kind, uri = "me-settings", "/me/settings"
        else:
            uri, fields = self.me_exit_form(csrf)
            kind = "me-action"
        h = self.browser("/me/", True)
        h["Cookie"] = self.cookies(session)
        if kind != "me-action" and self.chance(0.3):
            body, h["Content-Type"] = self.multipart(fields, h["User-Agent"])
            return self.record(kind, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record(kind, "form", self.form_request(uri, h, fields))

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self.browser(self.pick([None, "/me/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.36:
            h = self.browser(self.pick(["/auth/slack/", "/admin/login", "/me/"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", {"method": "GET", "uri": uri, "headers": h})
        if roll < 0.58:
            state = self.token()
            h = self.cross_site_arrival(self.browser())
            h["Referer"] = self.pick(["https://slack.com/", "https://paylark.enterprise.slack.com/"])
            h["Cookie"] = self.cookies(("__Host-jeeves_oidc_state", state))
            params = self.oidc_params(state, 0.08)
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", {"method": "GET", "headers": h, "uri": uri})
        link = self.token()
        if roll < 0.7:
            h = self.link_expander()
            return self.record("auth-link-preview", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}",
                                                             "headers": h})
        if roll < 0.86:
            h = self.cross_site_arrival(self.browser())
            return self.record("auth-link", "path", {"method": "GET", "uri": f"/auth/slack/link/{link}", "headers": h})
        csrf = self.token()
        h = self.browser(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self.cookies(("__Host-jeeves_signin", csrf))
        return self.record("auth-link-post", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                      "headers": h, "body": urllib.parse.urlencode([("csrf_token",
                                                      csrf)])})

    # ---- TokenDealer, health, metadata -----------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["jeeves-worker", "ci-reporting", "accounting-sync", "hris-sync", "grafana.people",
                            "people-ops-scripts", "mobile-app", "xero-payroll-journal", "datev.export"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.31.0", "curl/8.5.0", "Go-http-client/2.0",
                                      "paylark-node/1.8.0 node/20.11.1 (linux; x64)",
                                      "Authlib/1.3.0 (+https://authlib.org/)",
                                      "Apache-HttpClient/5.3.1 (Java/21.0.2)", "HTTPie/3.2.2"]),
             "Accept": self.pick(["application/json", "*/*"]),
             "Content-Type": self.pick(["application/x-www-form-urlencoded",
                                        "application/x-www-form-urlencoded; charset=utf-8"])}
        if self.chance(0.2):
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-01"
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        roll = self.rng.random()
        if roll < 0.6:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self.jwt(client, self.pick(["read", "read write"]))
        if roll < 0.75:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.85:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("oauth-verify", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.35:
            ua = self.pick(["kube-probe/1.29", "Blackbox Exporter/0.24.0", "ELB-HealthChecker/2.0",
                            "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Datadog/Synthetics", "curl/8.5.0", "Better Stack Better Uptime Bot Mozilla/5.0"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "4.5"
            uri = self.pick(["/healthz", "/healthz", "/healthz", "/readyz"])
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "uri": uri,
                                                    "headers": h})
        if roll < 0.68:
            h = {"User-Agent": self.pick(["PyJWT/2.8.0", "jwks-rsa/3.1.0", "Go-http-client/2.0",
                                          "lua-resty-http/0.17.1", "Nimbus-JOSE-JWT/9.37", "python-jose/3.3.0"]),
                 "Accept": self.pick(["application/json", "application/jwk-set+json, application/json"])}
            if self.chance(0.5):
                h["If-None-Match"] = f'W/"{self.hexs(16)}"' if self.chance(0.3) else f'"{self.hexs(16)}"'
            return self.record("health-jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]),
                                                         "uri": "/.well-known/jwks.json", "headers": h})
        if roll < 0.86:
            h = {"User-Agent": self.pick(["python-requests/2.31.0", "Authlib/1.3.0 (+https://authlib.org/)",
                                          "curl/8.5.0", "oauth4webapi/v2.10.4"]), "Accept": "application/json"}
            return self.record("health-metadata", "header", {"method": "GET", "headers": h,
                                                             "uri": "/.well-known/oauth-authorization-server"})
        h = {"User-Agent": self.pick(["openapi-generator/7.4.0", "Swagger-Codegen/3.0.52/java", "PostmanRuntime/7.37.0",
                                      "Stoplight/Spectral 6.11"]), "Accept": "application/json"}
        return self.record("health-openapi", "header", {"method": "GET", "uri": "/api/openapi.json", "headers": h})


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 270), ("slack_thread", 90), ("slack_mention", 105), ("slack_dm", 105), ("slack_change", 30),
    ("slack_bot", 25), ("slack_file", 25), ("slack_unfurl", 20), ("slack_reaction", 30), ("slack_home", 25),
    ("slack_join", 8), ("command", 270), ("button", 115), ("modal", 25), ("api", 245), ("admin", 115), ("me", 80),
    ("auth", 50), ("oauth", 60), ("health", 45),
]


def attacks() -> Iterator[dict[str, Any]]:
    """A benign-only set: no attacks."""
    return iter(())


def benign() -> Iterator[dict[str, Any]]:
    """The requests in the order they happen (kinds interleaved)."""
    company = Company()
    todo = [name for name, count in PLAN for _ in range(count)]
    company.rng.shuffle(todo)
    yield company.slack_verification()
    for name in todo:
        yield getattr(company, name)()


if __name__ == "__main__":
    for rec in benign():
        print(json.dumps(rec, ensure_ascii=False))
