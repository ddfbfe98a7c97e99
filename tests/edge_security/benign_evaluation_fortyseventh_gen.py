"""Benign evaluation set (fortyseventh): a commercial law firm's ordinary traffic through the edge, benign only.

The company is Thornbury Adeyemi & Voss LLP, a commercial law firm with offices in London, New York, Frankfurt,
Paris, Warsaw, Dublin, Dubai (DIFC) and Singapore. Its partners, associates, trainees, paralegals, docketing
clerks, knowledge lawyers and billing team use Jeeves mostly to check the weather before hearings, closings,
site visits and trips between courts, and they write to it and to each other the way lawyers write: matter and
case numbers, statute and case citations with § and ¶, Latin phrases, courts in several countries, contract
clauses quoted with their quotes, brackets, square-bracketed options and defined terms, UTBMS billing codes, time
entries like 0.3h, redlines, Bates ranges, DMS references, e-discovery search strings, names in many languages
and scripts, addresses, prices and rates in many currencies, emoji, abbreviations and typos.

Every request goes to an endpoint this product defines, with only the fields its handlers read (app/, tokendealer/
and README.md were read for that): Slack's Events API (app_mention, message.im, app_home_opened and what those
subscriptions deliver: threads, edits, deletions, file shares, link unfurls, Jeeves' own replies), `/jeeves` slash
commands, block_actions button clicks (set_location, forget_me_confirm, forget_me_cancel), the data API (users
list/read/patch, usage stats, switches) with a bearer JWT, the admin panel forms with csrf_token, `/me/`, Sign in
with Slack and its one-time links, TokenDealer (token, introspect, revoke, verify_token) and the health and
metadata GETs.

Written independently from the route list, the handlers and README.md; no WAF rule, exclusion, ruleset or other
generator's text was read. Deterministic: one seeded random.Random, no clock. `attacks()` is empty.

The requests are built by the route shapes the evaluators share (evaluator_routes.py, evaluator_web.py,
evaluator_admin.py); this module keeps its vocabulary, texts, ids and the mix of its calls. It also takes
evaluator_routes.HELP_REPLY, evaluator_routes.file_urls, SlackDay.shared_file, SlackDay.bot_message,
SlackApp.slack_request, SlackApp.hook and SlackApp.trigger from the shared modules.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_admin import EvaluatorDay
from .evaluator_routes import FORGET_ME, HELP_REPLY, file_urls
from .records import no_attacks, planned, print_records, slack_escape

NAME = "evaluation_fortyseventh"
SEED = 47_2024_0923
EPOCH = 1727074800  # 2024-09-23 07:00 UTC, a Monday: first day of the Michaelmas term, a closing on Friday
TEAM, TEAM_DOMAIN = "T05THRNBRY", "thornbury-adeyemi-voss"
ASIA_TEAM = "T08TAVASIA"  # the Singapore and Dubai offices' workspace
APP_ID, BOT_USER, BOT_ID = "A07JVS4LAW", "U07JEEVESL", "B07JEEVESL"
HOST = "jeeves.tavlaw.com"
BASE = f"https://{HOST}"
VERIFY_TOKEN = "Hq3vTm8RwL2zKp6YcN9sBd4F"

FIRST = ["Aoife", "Nnamdi", "Konstantin", "Marguerite", "Séamus", "Zuzanna", "Kwabena", "Priya", "Hiroshi",
         "Leilani", "Fatima-Zahra", "Björn", "Chiara", "Oluwaseun", "Yael", "Dmitri", "Ngozi", "Théo", "Saoirse",
         "Rashida", "Ji-woo", "Matthias", "Inès", "Tobiah", "Xiaoling", "Rafael", "Małgorzata", "Cian", "Adaeze",
         "Lorcan", "Ana Luísa", "Hamza", "Eleanor", "Jean-Luc", "Wen-Hsin", "Sigríður", "Tomás", "Anjali",
         "Oskar", "Mireille", "Benedict", "Nadia"]
LAST = ["Ní Mhurchú", "Okafor", "von Hallberg", "d'Aubigné-Laurent", "O'Connell", "Wiśniewska", "Asante-Darko",
        "Raghunathan", "Tanaka", "Kahananui", "El Amrani", "Lindqvist", "Bellandi", "Adeyemi", "Ben-Ami",
        "Sokolov", "Eze", "Marchetti-Roux", "Mac Cárthaigh", "Chowdhury", "Park", "Brenninkmeyer", "Haddad",
        "Thornbury", "Voss", "Zhou", "Carvalho", "Dąbrowski", "de Búrca", "Nwachukwu-Smith", "Fitzwilliam",
        "St. John-Mildmay", "Van den Broeck", "Al-Mansoori", "Ó Briain", "Guðmundsdóttir", "Iyer", "MacAllister"]
ROLES = ["Partner", "Counsel", "Senior Associate", "Associate", "Trainee Solicitor", "Paralegal",
         "Knowledge Lawyer", "Docketing Clerk", "Legal PA", "Billing Analyst", "Rechtsanwalt", "Avocat à la Cour",
         "Adwokat", "PSL", "Of Counsel", "Managing Clerk"]
CLIENTS = ["Halcyon Holdings Ltd", "Brightwater Capital Partners LP", "Kestrel Aerospace GmbH",
           "Société Générale d'Équipements SAS", "Morrow & Finch plc", "Ōtani Shōji K.K. (大谷商事株式会社)",
           "Al Noor Logistics FZ-LLC", "Wisła Energia S.A.", "Pemberton-Hale Family Office", "Tidewater Re Ltd",
           "Gruppo Ferraresi S.p.A.", "Quayside REIT Inc.", "Blackthorn Infrastructure Fund II SCSp",
           "Nordlys Shipping AS", "Dr. Ingrid Sæther", "Lumen Biotherapeutics, Inc.", "O'Hare Dairies (Cork) DAC",
           "Sun Yat Trading Pte. Ltd. (新逸贸易)", "Meridian & Cole LLP (co-counsel)", "the Administrators of "
           "Carrowmore Retail Ltd (in administration)", "Rhenus-Vogel AG", "Fitzroy Street Ventures LLC"]
PROJECTS = ["Project Kestrel", "Project Juniper", "Project Ostrava", "Project Bluefin", "Project Saltire",
            "Project Lighthouse", "Project Ambré", "Project Wren", "Project Polaris II", "Project Tamarind"]
OFFICES = [("London", "14 Bream's Buildings, London EC4A 1HP"),
           ("New York", "1290 Avenue of the Americas, 31st Floor, New York, NY 10104"),
           ("Frankfurt", "Bockenheimer Landstraße 51–53, 60325 Frankfurt am Main"),
           ("Paris", "8 rue de Berri, 75008 Paris"), ("Warsaw", "ul. Emilii Plater 53, 00-113 Warszawa"),
           ("Dublin", "Riverside Two, Sir John Rogerson's Quay, Dublin 2"),
           ("Dubai", "Level 15, Gate Village 10, DIFC, Dubai"),
           ("Singapore", "#24-01 Marina Bay Financial Centre Tower 3, Singapore 018982")]
COURTS = [
    "Royal Courts of Justice, Strand, London WC2A 2LL", "Rolls Building, 7 Rolls Buildings, Fetter Lane, EC4A 1NL",
    "Daniel Patrick Moynihan U.S. Courthouse, 500 Pearl St, New York, NY 10007",
    "Thurgood Marshall U.S. Courthouse, 40 Foley Square, New York",
    "Leonard L. Williams Justice Center, 500 N. King St, Wilmington, DE 19801",
    "Bundesgerichtshof, Herrenstraße 45a, 76133 Karlsruhe", "Landgericht Frankfurt am Main, Gerichtsstraße 2",
    "Tribunal judiciaire de Paris, Parvis du Tribunal de Paris, 75017 Paris",
    "Cour de cassation, 5 quai de l'Horloge, 75001 Paris", "Cour d'appel de Paris, 10 bd du Palais",
    "CJEU, Rue du Fort Niedergrünewald, L-2925 Luxembourg", "Peace Palace, Carnegieplein 2, 2517 KJ Den Haag",
    "Supreme Court of Singapore, 1 Supreme Court Lane, 178879", "Maxwell Chambers, 32 Maxwell Rd, Singapore",
    "DIFC Courts, Level 2, Precinct Building 3, Dubai", "The Four Courts, Inns Quay, Dublin 7, D07 WDX8",
    "Sąd Okręgowy w Warszawie, al. „Solidarności” 127", "ICC Hearing Centre, 112 avenue de Kléber, 75116 Paris",
    "International Dispute Resolution Centre, 70 Fleet Street, London EC4Y 1EU",
    "Court of Session, Parliament House, 11 Parliament Sq, Edinburgh EH1 1RQ",
    "High Court Building, 38 Queensway, Admiralty, Hong Kong", "東京地方裁判所 (千代田区霞が関1-1-4)",
    "서울중앙지방법원, 서초구 서초중앙로 157", "Oberlandesgericht München, Prielmayerstraße 5",
    "Tribunal Supremo, Plaza de la Villa de París s/n, 28004 Madrid", "UKSC, Parliament Square, SW1P 3BD",
]
PLACES = ["London", "Holborn", "Temple", "Chancery Lane", "Canary Wharf", "Manhattan", "Wilmington",
          "Wilmington, DE", "White Plains", "Frankfurt", "Karlsruhe", "München", "Düsseldorf", "Paris",
          "La Défense", "Luxembourg", "Kirchberg", "The Hague", "Den Haag", "Brussels", "Warszawa", "Kraków",
          "Dublin", "Cork", "Dubai", "Abu Dhabi", "Singapore", "Hong Kong", "Tokyo", "Seoul", "Geneva", "Zürich",
          "Stockholm", "Edinburgh", "St Helier, Jersey", "St Peter Port", "Road Town, Tortola", "George Town, Cayman",
          "Milton Keynes", "Newcastle upon Tyne", "Stratford-upon-Avon", "Saint-Germain-en-Laye", "Val-d'Isère",
          "Lagos", "Nairobi", "Thessaloniki", "Θεσσαλονίκη", "İzmir", "Montréal", "Québec", "São Paulo", "Ōsaka",
          "Αθήνα",
          "EC4A 1HP", "WC2A 2LL", "10007", "60325", "D07 WDX8", "018982", "51.5136, -0.1137", "40.7143,-74.0018"]
TIMEZONES = ["Europe/London", "America/New_York", "Europe/Berlin", "Europe/Paris", "Europe/Warsaw",
             "Europe/Dublin", "Asia/Dubai", "Asia/Singapore", "Asia/Hong_Kong", "Europe/Luxembourg",
             "Europe/Amsterdam", "Asia/Tokyo", "America/Chicago", "UTC", "Europe/Zurich", "Asia/Seoul"]
MATTERS = ["TAV-2024-00318", "TAV-2023-01172/0004", "M/114578.0012", "01947-0033", "LIT-NY-22-0417",
           "Matter 8812/004", "CM# 30419-002", "TAV-FFM-24-0091", "PAR-2024-0256.01", "WAW/2024/117",
           "DXB-23-0042", "SGP-24-0007 (ICC)", "M 55120.003", "TAV-2024-00412 (pro bono)"]
CASES = ["Claim No. CL-2023-000412", "Case No. 1:23-cv-04518 (JPO)", "C.A. No. 2024-0173-KSJM",
         "HC-2022-001187", "BL-2024-000066", "Case C-634/21", "Az. 2-06 O 271/23", "RG n° 23/04512",
         "ICC Case No. 27114/HBH", "CFI-045-2023", "SIC/OA 12/2024", "[2024] EWHC 1184 (Comm)",
         "sygn. akt XXV C 1123/23", "No. 23-1187 (2d Cir.)", "[2024] IEHC 311", "HCCL 18/2023",
         "Adv. Pro. No. 24-50112 (Bankr. D. Del.)", "LCIA Arbitration No. 235781"]
CITATIONS = [
    "Arnold v Britton [2015] UKSC 36 at [15]–[23]", "Wood v Capita [2017] UKSC 24, [10]–[15]",
    "Hadley v Baxendale (1854) 9 Exch 341", "Donoghue v Stevenson [1932] AC 562",
    "Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007)", "Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)",
    "Revlon, Inc. v. MacAndrews & Forbes Holdings, Inc., 506 A.2d 173 (Del. 1986)",
    "Unocal Corp. v. Mesa Petroleum Co., 493 A.2d 946, 955 (Del. 1985)", "Akorn v. Fresenius, 2018 WL 4719347",
    "BGH, Urt. v. 12.03.2021 – V ZR 33/19, Rn. 14", "BGH NJW 2021, 1234 (1236)",
    "Cass. com., 3 mai 2022, n° 20-17.567", "CJEU, C-311/18 Schrems II, EU:C:2020:559, ¶¶ 168–185",
    "Triple Point Technology v PTT [2021] UKSC 29", "Enka v Chubb [2020] UKSC 38", "Id. at 12 n.4",
    "Halsbury's Laws vol. 22 (2019), para 315", "Chitty on Contracts (35th ed.), ¶ 15-049",
    "MBI v. Bank of Am., 2016 NY Slip Op 04613, ¶ 3", "SKAT v Solo Capital [2023] UKSC 40",
    "Sąd Najwyższy, uchwała z 28.01.2022, III CZP 40/22", "Tribunal Supremo, STS 1234/2022 (Sala 1ª)",
]
STATUTES = ["15 U.S.C. § 78j(b)", "17 C.F.R. § 240.10b-5", "Fed. R. Civ. P. 12(b)(6)", "Fed. R. Evid. 502(d)",
            "8 Del. C. § 220", "DGCL § 102(b)(7)", "N.Y. CPLR 3211(a)(7)", "CPR r. 31.16",
            "CPR PD 57AD ¶ 3.1", "s. 33 Limitation Act 1980", "s. 68 Arbitration Act 1996", "s. 994 CA 2006",
            "§ 280 Abs. 1 BGB", "§§ 823 I, 826 BGB", "§ 307 Abs. 1 S. 1 BGB", "Art. 1240 C. civ.",
            "Art. L. 442-1 C. com.", "Art. 6(1)(f) GDPR", "Arts. 101–102 TFEU", "Art. 25 Brussels I bis",
            "art. 471 k.c.", "s. 1159 CA 2006", "Reg. 4(1) TUPE 2006", "§ 15 Abs. 3 GmbHG",
            "11 U.S.C. § 362(a)", "Order 53 RSC", "Art. 3:2 BW", "第415条 民法"]
LATIN = ["inter alia", "mutatis mutandis", "prima facie", "res judicata", "ultra vires", "ex parte", "obiter",
         "ratio decidendi", "bona fide", "sub judice", "pro rata", "pari passu", "ejusdem generis",
         "contra proferentem", "in limine", "de novo", "nunc pro tunc", "forum non conveniens", "amicus curiae",
         "sine die", "inter partes", "lex loci delicti", "per curiam", "functus officio", "quantum meruit",
         "sui generis", "in camera", "locus standi", "ab initio", "ex gratia"]
CLAUSES = [
    "“Affiliate” means, in relation to any person, any subsidiary or holding company of that person and any "
    "subsidiary of any such holding company, in each case from time to time (as defined in s. 1159 CA 2006).",
    "Clause 14.2 (Limitation of Liability): \"Neither party's aggregate liability under or in connection with this "
    "Agreement shall exceed the greater of (a) £5,000,000 and (b) 150% of the Fees paid in the 12 months "
    "preceding the event giving rise to the claim.\"",
    "§ 9.3 Non-Solicitation. For a period of eighteen (18) months following the Closing Date, Seller shall not, and "
    "shall cause its Affiliates not to, directly or indirectly solicit for employment any Key Employee.",
    "\"Material Adverse Effect\" shall not include any effect arising from (i) changes in general economic "
    "conditions, (ii) changes in Law or GAAP, or (iii) any pandemic or epidemic [, except to the extent it has a "
    "disproportionate effect on the Company].",
    "Clause 22.1: This Agreement and any non-contractual obligations arising out of or in connection with it shall "
    "be governed by English law.",
    "\"Business Day\" means a day (other than a Saturday, Sunday or public holiday) on which banks are open in "
    "London [and New York] for general business.",
    "Cl. 12.4: [Seller]/[Purchaser] shall bear [50%]/[100%] of any Transfer Taxes. [TAV note: to be discussed]",
    "Section 7.1(c): \"...provided, however, that the R&W Policy shall be the Purchaser's sole and exclusive "
    "remedy, save in the case of Fraud.\"",
    "Ziff. 5.2 SPA: „Die Verkäuferin garantiert im Wege eines selbständigen Garantieversprechens gemäß § 311 "
    "Abs. 1 BGB, dass die nachstehenden Aussagen zum Unterzeichnungstag zutreffend sind.“",
    "Article 8 – Clause de non-concurrence : « Le Cédant s'interdit, pendant une durée de trois (3) ans à compter "
    "de la Date de Réalisation, d'exercer une activité concurrente. »",
    "Sched. 4, Part B, ¶ 2(a)(iii): \"the Warrantors shall not be liable for any Claim unless notice of it is given "
    "on or before the date falling 24 months after Completion\"",
    "Clause 3.1: The Borrower shall repay each Loan on the last day of its Interest Period. [Drafting note: "
    "confirm with Lender's counsel whether amortisation applies.]",
    "\"Completion Accounts\" means the accounts prepared in accordance with Schedule 6 (Completion Accounts) "
    "and agreed or determined pursuant to paragraph 3 of that Schedule.",
    "12.3 Force Majeure. Neither Party shall be in breach of this Agreement if the delay or failure results from "
    "events beyond its reasonable control (each a \"Force Majeure Event\").",
    "§ 4 Abs. 2: Die Haftung für leichte Fahrlässigkeit ist – außer bei Verletzung von Kardinalpflichten – "
    "ausgeschlossen.",
    "Par. 6.1: Strony zgodnie ustalają, że kara umowna wynosi 0,2% wartości Umowy za każdy dzień zwłoki.",
    "Clause 19 (Entire Agreement): This Agreement [, together with the Disclosure Letter,] constitutes the entire "
    "agreement between the parties and supersedes any prior drafts, agreements or arrangements.",
    "“Excluded Liabilities” has the meaning given in Section 2.4, and “Assumed Liabilities” in Section 2.3.",
]
AMOUNTS = ["£1.2m", "£12,500,000", "$48.7 million", "US$ 250,000", "€3.4 Mio.", "€ 1 250 000", "EUR 750k",
           "PLN 2.345.000,00", "AED 18.4m", "S$ 6,000,000", "HK$ 82m", "¥ 1,2 億", "CHF 950'000.–",
           "£4,312.50 (incl. VAT)", "$1,895/hr", "£1,150/h", "€ 680/Std.", "blended rate $1,240",
           "cap £250k excl. VAT & disbursements", "£9.75 per page (court copy fees)", "$0.10/page e-discovery"]
UTBMS = ["L110 Fact Investigation/Development", "L120 Analysis/Strategy", "L210 Pleadings",
         "L250 Other Written Motions and Submissions", "L310 Written Discovery", "L320 Document Production",
         "L330 Depositions", "L430 Written Motions/Submissions", "L450 Trial and Hearing Attendance",
         "A101 Plan and prepare for", "A102 Research", "A103 Draft/revise", "A104 Review/analyze",
         "A106 Communicate (with client)", "A107 Communicate (other outside counsel)", "E101 Copying",
         "E110 Out-of-town travel", "E112 Court fees", "B110 Case Administration", "C300 Analysis and Advice"]
TIME_ENTRIES = ["0.3h", "0.1", "1.7h", "2.4 hrs", "0.5", "6.0h", "0.2h", "3.25", "0,8 Std.", "1.0",
                "0.6 h", "4.9h", "12 units (1.2h)", "0:18", "2h 40m"]
DOCS = ["SPA_Project Kestrel_TAV draft 23.09.24 (v7) – redline v6.docx", "Comparison - Facility Agreement v3 v v4.pdf",
        "Witness Statement of Dr H. Müller (Draft 3) [PRIVILEGED].docx", "Core Bundle – Tabs 1–45.pdf",
        "Schriftsatz_LG-FFM_2-06 O 271-23_Entwurf_v2.docx", "Conclusions récapitulatives n°2 – RG 23-04512.pdf",
        "DRD Section 1B (Issues for Disclosure).xlsx", "Privilege Log Vol. 3 (TAV0012001–TAV0014877).xlsx",
        "Engagement Letter – Halcyon Holdings – countersigned.pdf", "Invoice 2024-09-0412 (TAV-2024-00318).pdf",
        "時間記録_2024年9月.xlsx", "Skeleton Argument (Claimant) – hearing 30.09.24.pdf",
        "Disclosure Letter & Data Room Index (as at 20 Sept).pdf", "Pozew_WAW-2024-117_ostateczny.pdf",
        "Board Minutes 12-09-2024 [DRAFT – SUBJECT TO LEGAL PRIVILEGE].docx", "CP Checklist – Project Juniper.xlsx",
        "Closing Memo & Signing Instructions v2.docx", "IMG_4471.HEIC", "Scan 2024-09-20 16.04.pdf",
        "NDA_Morrow&Finch_mutual (TAV form) - clean.docx", "Term Sheet – Series B (Lumen) [v5 – marked].pdf"]
DMS_REFS = ["LONDMS-#48823571v4", "NYDMS 61234567.2", "iManage 4417-8823-1198 v.3", "FFM 2345678_1",
            "PARDOCS-112233-v5", "WAW#778812v2", r"\\tav-fs02\Litigation\2024\Halcyon v Brightwater\Bundles",
            r"\\tav-lon-fs01\Corporate\Project Kestrel\04 SPA\v7", "LON_DOCS 9912345.7", "DUBDOCS/00443/12"]
BATES = ["TAV0012001–TAV0014877", "HALCYON-000123 to -000456", "BWC_0004512", "KST-FFM-00001–00388",
         "DEF 004411-004419", "PL-EXH-0037"]
SEARCH_STRINGS = [
    "(\"side letter\" OR \"comfort letter\") w/10 (Kestrel OR Juniper) AND NOT privileged",
    "(indemn* OR \"hold harmless\") /s (fraud* OR \"wilful misconduct\")",
    "adv: \"material adverse\" /p (pandemic OR covid!) & DA(aft 01/01/2020)",
    "custodian:(okafor OR \"von hallberg\") AND date:[2022-01-01 TO 2022-06-30] AND \"earn-out\"",
    "\"best endeavours\" w/5 (\"reasonable endeavours\" OR \"all reasonable\")",
    "TI(\"anti-suit injunction\") & CO(\"court of appeal\")",
]
LINKS = [
    "https://caselaw.nationalarchives.gov.uk/ewhc/comm/2024/1184",
    "https://www.bailii.org/uk/cases/UKSC/2015/36.html",
    "https://www.legislation.gov.uk/ukpga/2006/46/section/994",
    "https://www.legislation.gov.uk/ukpga/1996/23/section/68?view=plain",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679#d1e1888-1-1",
    "https://curia.europa.eu/juris/document/document.jsf?text=&docid=228677&pageIndex=0&doclang=EN&mode=lst"
    "&dir=&occ=first&part=1",
    "https://www.courtlistener.com/docket/67812345/halcyon-holdings-ltd-v-brightwater-capital-partners-lp/?page=2",
    "https://www.supremecourt.gov/opinions/23pdf/22-1079_4g15.pdf",
    "https://courts.delaware.gov/opinions/download.aspx?id=358120",
    "https://www.gesetze-im-internet.de/bgb/__280.html",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032041571",
    "https://find-and-update.company-information.service.gov.uk/company/04512873/filing-history",
    "https://www.sec.gov/Archives/edgar/data/1750153/000119312524221987/d812345d8k.htm",
    "https://www.judiciary.uk/courts-and-tribunals/business-and-property-courts/commercial-court/",
    "https://www.sicc.gov.sg/hearings/hearing-list?date=2024-09-26",
    "https://www.difccourts.ae/rules-decisions/judgments-orders/court-first-instance/",
    "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19640160093",
    "https://tavlaw.sharepoint.com/sites/Disputes/Shared%20Documents/Halcyon/Hearing%20Plan%20(30%20Sept).docx"
    "?web=1",
    "https://tavlaw.imanage.work/work/link/d/LONDMS!48823571.4",
    "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk4YzE2NjMtOGNmYi00%40thread.v2/0?context=%7b%22Tid"
    "%22%3a%2258f1c2d4-7a3e-4b8e-9c0f-1d2e3f4a5b6c%22%7d",
    "https://zoom.us/j/96412378850?pwd=Q2xvc2luZ0NhbGxLZXN0cmVs",
    "https://www.ft.com/content/5c7e2f10-9a3b-4c1d-8e7f-a1b2c3d4e5f6",
    "https://www.lawgazette.co.uk/news/commercial-court-hand-downs-this-week/5120931.article",
    "https://maps.app.goo.gl/Xo7rQpKcYb3N2fGh8",
]
PHONES = ["+44 20 7946 0321", "+1 (212) 555-0143", "+49 69 5550 2718", "+33 1 55 50 47 12", "+48 22 555 01 87",
          "+353 1 555 0199", "+971 4 555 0162", "+65 6555 0108", "07700 900218", "(302) 555-0176 x220"]
EMOJI = [":scales:", ":judge:", ":page_facing_up:", ":pencil2:", ":white_check_mark:", ":umbrella:",
         ":sunny:", ":pray:", ":coffee:", ":eyes:", ":hourglass_flowing_sand:", ":raised_hands:", ":sweat_smile:",
         ":face_palm:", ":briefcase:", "⚖️", "📑", "🏛️", "✍️", "📎", "☕", "🙏", "✅", "😅", "🤦", "👍", "🌧️", "🇩🇪",
         "🇸🇬", "🇵🇱"]
WHEN = ["10:30 sharp", "tomorrow 9.30am", "Thu 26/9 at 14:00", "2024-09-30T10:30:00+01:00", "Mon 30 Sept, 10.30",
        "at 4pm (bundle deadline)", "26.09.2024 um 9:00 Uhr", "le 27/09 à 14h", "EOD NY time", "before 5pm GMT",
        "by COB Friday", "w/c 30 Sept", "Friday 07:00 SGT", "jutro o 10:00", "after the hand-down", "noon ET"]
JUDGES = ["Foxton J", "Bryan J", "Cockerill J", "the Chancellor", "Judge Oetken", "Vice Chancellor Laster",
          "the Vorsitzende Richterin", "Mme la Présidente", "Lord Leggatt", "HHJ Pelling KC", "Chief Judge Swain",
          "Master Clark", "Justice Quentin Loh", "SDJ Zayed"]

# Commands to Jeeves, as typed in a DM, after an @mention or after /jeeves.
COMMANDS = [
    "weather %COURT%", "weather %PLACE%", "weather in %PLACE% tomorrow", "weather %PLACE% please",
    "weather %COURT% %EMOJI%", "weather for the hearing at %COURT%", "weather %PLACE% this week", "weather",
    "weather %PLACE%?", "wather %PLACE%", "weahter in %PLACE%", "Weather near %PLACE% this afternoon",
    "weather at %OFFICE%", "weather %PLACE% – closing %WHEN%", "weather Karlsruhe (BGH Verhandlung)",
    "remember location %OFFICE%", "remember location %COURT%", "remember location %PLACE%",
    "remember location Thornbury Adeyemi & Voss, %OFFICE%", "remember location Gray's Inn, London WC1R 5JA",
    "remember location Lincoln's Inn Fields", "remember location 4 Pump Court, Temple", "my location",
    "forget location", "help", "config", "config timezone %TZ%", "config tz %TZ%", "config alert_time %HHMM%",
    "config time %HHMM%", "config units metric", "config units imperial", "config alerts on", "alerts on",
    "alerts off", "alerts", "login", "forget me", "is it raining at %COURT% %WHEN%?", "hi jeeves",
    "thanks :pray:", "what can you do?", "help me", "config alert_time 7:15", "config timezone Singapore",
]
CHAT = [
    "hearing in %CASE% listed before %JUDGE% %WHEN% at %COURT% — bundles lodged, skeleton filed %EMOJI%",
    "TE for %MATTER%: %TIME% – %UTBMS% – review %DOC% and call w/ client re %LATIN% point",
    "%TIME% on %MATTER% (%UTBMS%): draft ¶¶ 14–22 of the reply; cite %CITATION%",
    "can someone pull %CITATION%? need the pinpoint for the skeleton, ¶ 38",
    "%STATUTE% — does it apply %LATIN% to the Guarantor? my reading is no, see %CITATION%",
    "Partner says strike \"best\" and use \"reasonable\" endeavours in cl. 8.2 — ~best~ *commercially reasonable*",
    "redline v6 → v7 of %DOC% is in %DMS%; 47 insertions, 12 deletions, 3 moves (Litera)",
    "> %CLAUSE%\n\nclient wants this softened; thoughts before I send the mark-up? %EMOJI%",
    "Bates %BATES% produced to the other side %WHEN%; privilege log to follow",
    "search terms agreed with Meridian & Cole: `%SEARCH%` (hit count 12,418 incl. families)",
    "closing call for %PROJECT% %WHEN% — signing pages in escrow, CPs 1–9 satisfied, 10 (FDI) still open",
    "%CLIENT% wants a fee estimate for %MATTER%: ~%AMOUNT% through to CMC, excl. counsel's fees",
    "running late to %COURT%, Central line suspended again 🙈",
    "anyone know where the robing room is at %COURT%?",
    "court fee for the application is %AMOUNT% — pls raise a cheque request under %MATTER% (E112)",
    "trainee task: cite-check the skeleton (Bluebook 21st ed. for the US authorities, OSCOLA for the rest)",
    "Frist zur Klageerwiderung läuft am 14.10. ab — Schriftsatz bitte bis Mittwoch an %WHO%",
    "Audience de plaidoiries le 27/09 à 14h, chambre 5-4 — pensez aux robes 😅",
    "Termin rozprawy w sprawie %CASE%: %WHEN%, sala 212. Pełnomocnik: mec. Dąbrowski",
    "المحكمة حددت جلسة الاستماع %WHEN% في مركز دبي المالي العالمي — يرجى تأكيد الحضور",
    "客户%CLIENT%要求在%WHEN%前提交意见书，请%WHO%跟进",
    "依頼者との打合せは%WHEN%、%OFFICE%で行います。資料: %DOC%",
    "הדיון נקבע ל-%WHEN%. נא לשלוח את כתב התשובה עד סוף היום",
    "Заседание по делу %CASE% перенесли на %WHEN%, уведомление пришло сегодня",
    "Η ακρόαση ορίστηκε για %WHEN% — χρειαζόμαστε μετάφραση των εγγράφων",
    "심리 기일이 %WHEN%로 잡혔습니다. %WHO% 확인 부탁드립니다",
    "cost budget (Precedent H) for %CASE%: phases total %AMOUNT%; incurred to date £412,380.40",
    "WIP on %MATTER% is £182,455 unbilled (0-90 days: 61%), write-off request for 4.2h of trainee time",
    "Elite export: `=SUMIFS(Hours,Code,\"L120\",Matter,\"TAV-2024-00318\")*Rate` gives $46,113.50 — matches 3E?",
    "the invoice narrative says \"Attend court (%TIME%)\" but the court was vacated %LATIN%, pls amend",
    "%WHO% %WHO% see thread re: %CLIENT% conflicts check (Intapp #CC-2024-88120)",
    "lol the other side's letter cites %CITATION% for the opposite proposition",
    "sorry, wrong channel", "ok", "👍", "noted, thanks", "on my way to %PLACE%", "on it ✍️",
    "does anyone have the dial-in for the %PROJECT% all-parties call? %PHONE% passcode 448 812#",
    "judgment handed down in %CASE%: appeal dismissed, costs on the indemnity basis 🎉",
    "embargoed draft judgment received — strictly confidential, do NOT forward outside the team (CPR PD 40E)",
    "Defined terms check: \"Completion\" vs \"Closing\" used inconsistently in Sched. 3 ¶¶ 4–7 — fixing",
    "A/R: %CLIENT% paid invoice 2024-08-0377 (%AMOUNT%) — 3 days late, no interest charged",
    "1) file the N244\n2) serve by email per CPR 6.26\n3) update the docket (CompuLaw)\n4) diarise the reply "
    "deadline: 7 days",
    "CPs tracker: 1 ✅ 2 ✅ 3 ✅ 4 (merger control, BKartA) ⏳ 5 (FDI, BMWK) ⏳",
    "§ 15 Abs. 3 GmbHG: notarielle Beurkundung nötig — Notartermin %WHEN% bei Dr. Brenninkmeyer",
    "the arbitral tribunal (3 arbs, LCIA Rules 2020) granted the extension sine die, PO No. 4 attached",
    "e-discovery vendor quote: %AMOUNT% for processing + hosting 1.2 TB, 18 custodians",
    "can I bill the taxi to %COURT% to the client? E110, %AMOUNT%, receipt attached",
    "Please note the new docketing rule: all NY deadlines in ET, all London ones in BST/GMT, no exceptions",
    "quick q: is it \"judgement\" or \"judgment\"? (the latter for court decisions, per the house style guide)",
    "who has the wet-ink originals for %PROJECT%? couriering to %OFFICE% %WHEN%",
    "pro bono clinic %WHEN%: 3 tenancy matters, 1 immigration (s. 3C leave), volunteers pls 🙏",
    "Reminder: time entries for September must be in by Monday 09:00, narrative ≥ 10 words, no block billing",
]
LONG_MESSAGES = [
    "From: %WHO%\nSent: Monday, 23 September 2024 08:14\nTo: Disputes-LON\nSubject: RE: %CASE% – directions "
    "[TAV-LON.FID4412871]\n\nAll,\n\nThe court has listed the CMC %WHEN% (½ day, %JUDGE%). Please note:\n(a) "
    "DRD Section 1B to be agreed by Thursday;\n(b) costs budgets (Precedent H) to be exchanged 7 days before;\n(c) "
    "list of issues — see %DMS%.\n\nThanks,\nA.",
    "*Signing & closing checklist — %PROJECT%*\n1. Board minutes (Buyer) – signed ✅\n2. Disclosure Letter – "
    "agreed form ✅\n3. %CLAUSE%\n4. Funds flow memo v3 (%AMOUNT%) – awaiting bank confirmation\n5. Completion "
    "deliverables per Sched. 5 Part A ¶¶ 1–14\n\nCall %WHEN%, dial-in %PHONE%",
    "Draft note to client (%CLIENT%) — privileged & confidential\n\n> Our preliminary view is that the claim "
    "is time-barred under %STATUTE%, and that the doctrine of %LATIN% would in any event apply (see %CITATION%). "
    "We recommend a strike-out application under CPR 3.4(2)(a), failing which summary judgment under CPR 24.3.\n\n"
    "%WHO% can you check the limitation analysis before this goes?",
    "Billing summary — %MATTER% (Sept)\n```\nTimekeeper          Hrs    Rate     Amount\nPartner (NO)        "
    "12.4   1,150    14,260.00\nSnr Assoc (ZW)      31.7     725    22,982.50\nTrainee (CM)        18.2     "
    "310     5,642.00\nTotal                62.3            42,884.50\n```\nDisbursements: court fees £528, "
    "couriers £96.40. Cap remaining: £61,115.50",
    "Mark-up comments on %DOC%:\n• cl. 1.1 “Losses” – delete \"indirect or consequential\" carve-back\n• cl. "
    "6.4 – de minimis £25k [Seller proposes £50k]\n• cl. 9 – W&I: insurer's exclusions (Sched. 2) to be "
    "negotiated\n• %CLAUSE%\n\nAll other points: accept.",
    "Weekly docket report (NY)\n- %CASE%: opp. to MTD due %WHEN% (Fed. R. Civ. P. 12(b)(6))\n- Adv. Pro. No. "
    "24-50112: Rule 26(f) report filed ✅\n- C.A. No. 2024-0173-KSJM: § 220 demand – books & records produced "
    "(%BATES%)\n\n_please confirm in CompuLaw by EOD_",
    "Research memo (draft) — %LATIN%\nQuestion: whether %STATUTE% displaces the common-law rule.\nShort "
    "answer: probably not; %CITATION% suggests the opposite, cf. %CITATION%.\nNext: check the travaux and "
    "the Law Commission report (Law Com No. 386, ¶¶ 4.12–4.19).",
]
# What Jeeves itself posts in a DM (delivered back to it as message.im events with its bot_id).
BOT_REPLIES = [
    HELP_REPLY,
    "Got it, I will remember %PLACE%.", "Your location is %PLACE%.", "Done, I forgot your location.",
    "Daily weather alerts are on, every day at 07:15 (Europe/London).", "Daily weather alerts are off.",
    "I could not find a place called \u201c%COURT%\u201d.",
    "%PLACE%: drizzle, 13 °C (feels like 11 °C), wind 19 km/h W; tomorrow 9–15 °C, 70% chance of rain.",
    "%PLACE%: sunny, 22 °C, humidity 41%, UV 4. Friday: clear, 12–21 °C.",
    "Sorry, the weather service is not answering right now. Please try again in a few minutes.",
    "Saved. Your settings:\n• alert_time: 07:15\n• alerts: on\n• timezone: Europe/London\n• units: metric\n"
    "Change one with `config units imperial`, `config alert_time 07:30`, `config timezone Europe/Paris` or "
    "`alerts on`.",
    "Sorry: timezone must be an IANA name, e.g. Europe/Paris.",
]
SEARCH_Q = ["okafor", "Ní Mhurchú", "@tavlaw.com", "von hallberg", "d'aubigné", "o'connell", "U07", TEAM, ASIA_TEAM,
            "wiśniewska", "asante-darko", "Raghunathan", "tanaka", "docketing", "trainee", "st. john-mildmay",
            "mac cárthaigh", "frankfurt", "zhou", "guðmundsdóttir", "ben-ami", "al-mansoori", "nadia.haddad",
            "billing", "Ó Briain", "van den broeck"]
AUDIT_Q = ["user.active", "user.admin", "client.create", "client.rotate", "client.disable", "login", "login.slack",
           "feature.set", "feature.remove_override", "weather@T05THRNBRY", "login@T08TAVASIA", "denied", "failed",
           "admin.map_slack", "admin.unmap_slack", "account.totp_enable", "elite-3e-billing", "records.mgmt",
           "2024-09-20", "user.forget_me"]
ADMINS = ["it.ops", "records.mgmt", "nnamdi.okafor", "konstantin.vonhallberg", "break-glass", "km.london"]
CLIENT_DESCRIPTIONS = [
    ("elite-3e-billing", "Elite 3E: usage stats into the WIP report (read only), nightly 01:30 GMT"),
    ("intapp-open-sync", "Intapp Open — new joiners/leavers → Jeeves users (name, e-mail), every 30 min"),
    ("compulaw-docket", "CompuLaw/Aderant docketing: court-date weather alerts for fee earners [NY + LON]"),
    ("imanage-work-hook", "iManage Work webhook → usage report; \"Final\" & \"Executed\" folders only"),
    ("relativity-notify", "Relativity (e-discovery) job notifications, Disputes team, owner: Lit Support"),
    ("powerbi-practice", "Power BI – Practice Mgmt dashboard (hours, matters, court days per office)"),
    ("ci-gitlab", "GitLab CI: post-deploy smoke test (read)"),
    ("litera-transact", "Litera Transact closing rooms – signature reminders via Slack (Corp/M&A)"),
    ("hr.workday", "Workday → Jeeves: office moves (timezone, location) — Frankfurt & Paris pilot"),
    ("knowhow.search", "KM search: \"who knows about X\" bot for PSLs (read)"),
]
API_CLIENTS = ["elite-3e-billing", "intapp-open-sync", "compulaw-docket", "powerbi-practice", "ci-gitlab",
               "relativity-notify", "hr.workday", "jeeves-worker"]
UAS_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36 Edg/128.0.2739.79",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 "
    "Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 "
    "Safari/537.36 Edg/128.0.0.0 Citrix",
]
UAS_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.6 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 "
    "Slack/24.09.20",
    "Mozilla/5.0 (Linux; Android 14; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.146 "
    "Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Mobile/15E148 Safari/604.1",
]
LANGS = ["en-GB,en;q=0.9", "en-US,en;q=0.9", "de-DE,de;q=0.9,en-GB;q=0.8,en;q=0.7", "fr-FR,fr;q=0.9,en;q=0.8",
         "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "en-IE,en;q=0.9,ga;q=0.6", "ar-AE,ar;q=0.9,en-GB;q=0.8",
         "en-SG,en;q=0.9,zh-CN;q=0.8", "ja-JP,ja;q=0.9,en;q=0.8", "ko-KR,ko;q=0.9,en-US;q=0.8", "en-GB"]
SCRIPT_UAS = ["python-requests/2.32.3", "python-httpx/0.27.2", "curl/8.9.1", "Go-http-client/2.0",
              "axios/1.7.7", "PostmanRuntime/7.42.0", "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/"
              "?LinkID=304225)", "Elite3E-Integration/4.2 (+https://tavlaw.com/it)", "Intapp-Integrate/5.1",
              "Apache-HttpClient/4.5.14 (Java/17.0.12)", "okhttp/4.12.0", "GitLab-Runner 17.3.1 (17-3-stable)",
              "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.22621.4111",
              "RestSharp/110.2.0.0", "node-fetch/3.3.2"]
PATCH_NAMES = ["Aoife Ní Mhurchú (Trainee Solicitor)", "Dr. Konstantin von Hallberg, LL.M. (Harvard)",
               "Marguerite d'Aubigné-Laurent – Avocat à la Cour", "Séamus O'Connell KC (door tenant)",
               "Kwabena Asante-Darko | Disputes", "Zhou Xiaoling 周晓玲", "Priya Raghunathan – PSL (Corp)",
               "Zuzanna Wiśniewska, radca prawny", "Nnamdi Okafor, Managing Partner", "Fatima-Zahra El Amrani [DIFC]"]
ADMIN_PAGES = ["/admin/", "/admin/users", "/admin/features", "/admin/gateway", "/admin/clients", "/admin/account",
               "/admin/slack-sign-in", "/admin/audit", "/admin/users?page=2", "/admin/features?done=switch_updated",
               "/admin/features?done=switch_removed", "/admin/clients?done=client_enabled",
               "/admin/users?done=user_updated&q=okafor&page=1", "/admin/account?done=totp_disabled"]
LOGIN_NEXT = ["/admin/", "/admin/users", "/admin/clients", "/admin/audit?q=login", "/admin/users?q=ni%20mhurchu"]
PHRASE_WORDS = ["barrister", "affidavit", "chambers", "escrow", "quorum", "parchment", "tribunal", "codicil", "lanyard",
                "pendulum"]
UNTIL = ["2024-09-23T07:00:00Z", "2024-09-23", "2024-09-23T08:00:00+01:00"]
HEALTH_UAS = ["kube-probe/1.30", "Blackbox Exporter/0.25.0", "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)",
              "ELB-HealthChecker/2.0", "curl/8.9.1", "Site24x7"]
META_UAS = ["PyJWT/2.9.0", "jwks-rsa/3.1.0", "Go-http-client/2.0", "lua-resty-http/0.17.2", "python-requests/2.32.3",
            "Authlib/1.3.2", "openapi-generator/7.8.0", "PostmanRuntime/7.42.0", "Microsoft.IdentityModel/8.0.2"]


class LawFirm(EvaluatorDay):
    """Thornbury Adeyemi & Voss: its people, and one seeded random source; each method makes one request kind."""

    prefix = f"{NAME}-benign"
    epoch = EPOCH
    slack_retry_rate = 0.03
    record_sub = True
    # the Slack app
    team, team_domain, app_id, bot_user, bot_id = TEAM, TEAM_DOMAIN, APP_ID, BOT_USER, BOT_ID
    verify_token, base = VERIFY_TOKEN, BASE
    ts_window, challenge_bytes, alert_hours = (0, 11 * 3600), 33, (6, 6, 7, 7, 7, 8, 8, 9, 13, 18)
    # browsers, scripts, TokenDealer and the probes
    api_clients, script_uas, uas_desktop, uas_mobile, langs = API_CLIENTS, SCRIPT_UAS, UAS_DESKTOP, UAS_MOBILE, LANGS
    mobile_rate, other_platform, script_encoding_rate = 0.25, '"macOS"', 0.5
    xff_rate, xff = 0.05, ("10.44.3.21", "172.20.8.115", "10.12.0.7, 10.12.0.1")
    verify_uas, readyz_rate, meta_uas = [*SCRIPT_UAS, "lua-resty-http/0.17.2"], 0.12, META_UAS
    health_uas = HEALTH_UAS
    # /jeeves and the buttons
    partner_team, partner_domain, command_partner_rate, command_quote_rate = ASIA_TEAM, "tav-asia", 0.12, None
    # /me/ and signing in
    timezones, me_multipart_rate = TIMEZONES, 0.2
    me_places = COURTS + PLACES + [o[1] for o in OFFICES] + [f"TAV {o[0]} office" for o in OFFICES]
    # the admin panel
    search_terms, audit_terms, admin_names = SEARCH_Q, AUDIT_Q, ADMINS
    client_descriptions, admin_pages, login_next = CLIENT_DESCRIPTIONS, ADMIN_PAGES, LOGIN_NEXT
    phrase_words, feature_teams = PHRASE_WORDS, (TEAM, ASIA_TEAM, "t08tavasia", "")
    admin_rolls, account_rolls = (0.22, 0.33, 0.5, 0.6, 0.68, 0.77, 0.87, 0.93), (0.3, 0.65, 0.85, 0.93)
    search_pages, audit_page, toggle_pages, user_ids = (1, 8), (2, 4), (1, 5), (1, 640)
    search_referer_q, search_referer_plus, password_length = True, True, (16, 28)
    # the data API
    limits, offset_rate, offsets = ("50", "100", "250", "500", "25"), 0.6, (0, 50, 100, 250, 500, 750)
    filter_teams, alert_values = (TEAM, ASIA_TEAM), ("true", "false", "on", "off", "1")
    patch_alerts_rate, patch_active_rate, usage_days, until_choices = 0.7, 0.3, (1, 22), UNTIL
    # what people type, and their Slack events
    commands, chat_lines, long_messages, emoji, link_pool = COMMANDS, CHAT, LONG_MESSAGES, EMOJI, LINKS
    link_labels = ("", "", "", "|judgment", "|here", "|the statute", "|docket", "|link")
    long_rate, link_tails = 0.12, (" %LINK%", " see %LINK%", "\n%LINK%", " (%LINK%)")
    event_ascii_rate, blocks_rate, edit_command_rate = 0.15, 0.8, 0.5
    edit_suffixes = (" (edit: typo)", " *", " — sorry, ¶ 38 not ¶ 83", " [corrected]", "")
    home_tabs, home_view_rate, home_partner_rate = ("home", "home", "messages"), 0.6, 0.15

    def __init__(self) -> None:
        super().__init__(SEED)
        for i in range(150):
            first, last = self.pick(FIRST), self.pick(LAST)
            plain_first = "".join(c for c in first.encode("ascii", "ignore").decode().lower() if c.isalnum())
            plain_last = "".join(c for c in last.encode("ascii", "ignore").decode().lower() if c.isalnum())
            self.people.append({"id": self.sid("U0", 9), "name": f"{first} {last}", "role": self.pick(ROLES),
                                "handle": f"{plain_first or 'tav'}.{plain_last or 'staff'}{i if i % 11 == 0 else ''}",
                                "email": f"{plain_first or 'tav'}.{plain_last or 'staff'}@tavlaw.com",
                                "tz": self.pick(TIMEZONES)})
        self.channels = [(self.sid("C0", 9), name) for name in (
            "disputes-lon", "corp-ma", "ny-litigation", "ffm-transaktionen", "paris-contentieux", "warsaw-office",
            "dxb-difc", "sg-arbitration", "docketing", "billing-queries", "knowhow", "trainees", "general",
            "random", "project-kestrel", "pro-bono")]
        self.dms = [self.sid("D0", 9) for _ in range(55)]

    # ---- texts and the App Home view ------------------------------------------------------------------------
    def fill(self, text: str) -> tuple[str, str]:
        """Placeholders to values: (Slack's text with its escapes and <...> markup, the raw text as typed)."""
        simple = {"%COURT%": COURTS, "%PLACE%": PLACES, "%MATTER%": MATTERS, "%CASE%": CASES,
                  "%CITATION%": CITATIONS, "%STATUTE%": STATUTES, "%LATIN%": LATIN, "%CLAUSE%": CLAUSES,
                  "%AMOUNT%": AMOUNTS, "%UTBMS%": UTBMS, "%TIME%": TIME_ENTRIES, "%DOC%": DOCS, "%DMS%": DMS_REFS,
                  "%BATES%": BATES, "%SEARCH%": SEARCH_STRINGS, "%PHONE%": PHONES, "%EMOJI%": EMOJI,
                  "%WHEN%": WHEN, "%JUDGE%": JUDGES, "%CLIENT%": CLIENTS, "%PROJECT%": PROJECTS, "%TZ%": TIMEZONES}
        text = self.substitute(text, simple)
        return self.markup(self.substitute(text, {"%OFFICE%": lambda: self.pick(OFFICES)[1], "%HHMM%": self.hhmm}))

    def home_view(self, team: str) -> dict[str, Any]:
        office = self.pick(OFFICES)[1]
        return {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "root_view_id": self.sid("V0", 9),
                "app_id": APP_ID, "bot_id": BOT_ID, "title": {"type": "plain_text", "text": "View Title"},
                "blocks": [{"type": "header", "block_id": self.token(3)[:4], "text": {
                    "type": "plain_text", "text": "Your Jeeves settings"}},
                    {"type": "section", "block_id": self.token(3)[:4], "text": {
                        "type": "mrkdwn", "text": f"*Location:* {office}\n*Units:* metric\n"
                                                  "*Daily alert:* on at 07:15 (Europe/London)"}}]}

    # ---- Slack: the Events API ----------------------------------------------------------------------------
    def slack_dm(self) -> dict[str, Any]:
        team = ASIA_TEAM if self.chance(0.12) else TEAM
        slack, raw = self.command_text() if self.chance(0.65) else self.chat_text()
        event = self.message(slack, raw, self.pick(self.dms), False, team)
        return self.record("slack", "json", self.event_request(event, team))

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(self.channels)
        if self.chance(0.55):
            slack, raw = self.command_text()
            slack, raw = f"<@{BOT_USER}> {slack}", f"@Jeeves {raw}"
        else:
            slack, raw = self.chat_text()
            lead = self.pick(["", "", "cc ", "hi ", "fyi "])
            slack, raw = f"{lead}<@{BOT_USER}> {slack}", f"{lead}@Jeeves {raw}"
        return self.record("slack", "json", self.event_request(self.message(slack, raw, cid, True)))

    def slack_file(self) -> dict[str, Any]:
        name = self.pick(DOCS)
        slack, raw = self.fill(self.pick(["", "redline attached", "here's %DOC% — comments by %WHEN% pls",
                                          "signed signature page (scan)", "v7 clean + compare", "%COURT%",
                                          "for the bundle, Tab 12", "%MATTER% — final"]))
        event = self.message(slack, raw, self.pick(self.dms), False)
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mime = {"pdf": "application/pdf", "heic": "image/heic", "docx": "application/vnd.openxmlformats-"
                "officedocument.wordprocessingml.document", "xlsx": "application/vnd.openxmlformats-"
                "officedocument.spreadsheetml.sheet"}.get(ext, "application/octet-stream")
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + 120, "timestamp": EPOCH + 120, "name": name, "title": name,
                           "mimetype": mime, "filetype": ext, "pretty_type": ext.upper(), "user": event["user"],
                           "size": self.rng.randint(18_000, 24_000_000), "mode": "hosted", "is_external": False,
                           "is_public": False,
                           **file_urls(TEAM, TEAM_DOMAIN, event["user"], fid, name),
                           "has_rich_preview": ext in ("docx", "pdf")}]
        return self.shared_file(event)

    def slack_unfurl(self) -> dict[str, Any]:
        channel = self.pick(self.dms)
        link = self.pick(LINKS)
        tail_slack, tail_raw = self.fill(self.pick([" re %CASE%", " — useful for %MATTER%", "", " (%CITATION%)"]))
        old = self.message(f"see <{slack_escape(link)}>{tail_slack}", f"see {link}{tail_raw}", channel, False)
        host = urllib.parse.urlsplit(link).hostname or "link"
        service = host.removeprefix("www.").split(".")[0].capitalize()
        title = self.pick(CITATIONS) if self.chance(0.6) else self.pick(["Hearing list", "Filing history",
                                                                          "Form 8-K", "Judgments and orders"])
        new = self.inner(old)
        new["attachments"] = [{"from_url": link, "original_url": link, "id": 1, "service_name": service,
                               "service_icon": f"https://{host}/favicon.ico", "title": title, "title_link": link,
                               "text": self.pick(CLAUSES)[:140], "fallback": f"{service}: {title}"}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "message": new, "channel": channel,
                 "previous_message": self.inner(old), "ts": self.ts(), "event_ts": self.ts(),
                 "channel_type": "im"}
        return self.record("slack", "json", self.event_request(event))

    def slack_bot_echo(self) -> dict[str, Any]:
        slack, _ = self.fill(self.pick(BOT_REPLIES))
        event = self.bot_message(slack, EPOCH - 86400 * 61, 0.3)
        if "°C" in slack and self.chance(0.7):
            event["blocks"] = self.weather_blocks(slack, self.pick(PLACES))
        return self.record("slack", "json", self.event_request(event))

    # ---- Slack: button clicks (the team is drawn first, and the partner team keeps its domain) -----------------
    def button_click(self) -> dict[str, Any]:
        person = self.pick(self.people)
        team = ASIA_TEAM if self.chance(0.1) else TEAM
        cid, cname = self.pick(self.channels + [(d, "directmessage") for d in self.dms[:10]])
        roll = self.rng.random()
        if roll < 0.7:
            value = self.pick(COURTS + PLACES + [o[1] for o in OFFICES])
            action: dict[str, Any] = {"action_id": "set_location", "block_id": self.token(3)[:5], "value": value,
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "type": "button", "action_ts": self.ts()}
            shown = self.pick(BOT_REPLIES[7:9]).replace("%PLACE%", value)
        elif roll < 0.87:
            action = {"action_id": "forget_me_confirm", "block_id": self.token(3)[:5], "value": "-", "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
            shown = FORGET_ME
        else:
            action = {"action_id": "forget_me_cancel", "block_id": self.token(3)[:5], "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button",
                      "action_ts": self.ts()}
            shown = FORGET_ME
        msg_ts = self.ts()
        payload: dict[str, Any] = {
            "type": "block_actions", "user": {"id": person["id"], "username": person["handle"],
                                              "name": person["handle"], "team_id": team},
            "api_app_id": APP_ID, "token": VERIFY_TOKEN,
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid, "is_ephemeral": True},
            "trigger_id": self.trigger(),
            "team": {"id": team, "domain": TEAM_DOMAIN if team == TEAM else "tav-asia"}, "enterprise": None,
            "is_enterprise_install": False, "channel": {"id": cid, "name": cname}, "state": {"values": {}},
            "response_url": self.hook("actions", team), "actions": [action]}
        if self.chance(0.5):
            payload["message"] = {"type": "message", "subtype": "bot_message", "text": shown, "ts": msg_ts,
                                  "bot_id": BOT_ID, "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                                                "text": {"type": "mrkdwn", "text": shown}}]}
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=self.chance(0.4),
                                                              separators=(",", ":")))])
        return self.record("interaction", "form", self.slack_request("/slack/interactions", body, form=True))

    # ---- its browsers, scripts and data API -------------------------------------------------------------------
    def sec_ch_ua(self, ua: str) -> str | None:
        if "Chrome" not in ua:
            return None
        brand = '"Microsoft Edge";v="128"' if "Edg/" in ua else '"Google Chrome";v="128"'
        return f'"Chromium";v="128", "Not;A=Brand";v="24", {brand}'

    def site_cookies(self) -> list[tuple[str, str]]:
        jar = [("OptanonAlertBoxClosed", "2024-09-02T08:14:51.203Z")] if self.chance(0.12) else []
        if self.chance(0.08):
            jar.append(("citrix_ns_id", self.token(24)))
        return jar

    def trace_headers(self, h: dict[str, str], ua: str) -> None:
        if self.chance(0.2):
            h["traceparent"] = self.traceparent()
        if self.chance(0.12):
            h["X-Request-Id"] = self.pick([self.uuid(), f"3e-wip-{self.rng.randint(10**6, 10**7)}",
                                           f"gl-{self.rng.randint(10**8, 10**9)}"])
        if self.chance(0.1):
            h["X-Correlation-ID"] = self.uuid()

    def patch_name(self, person: dict[str, str]) -> str:
        return self.pick([*PATCH_NAMES, f"{person['name']}, {person['role']}"])

    def since_choices(self, day: int) -> list[str]:
        return [f"2024-09-{day:02d}T00:00:00Z", f"2024-09-{day:02d}", f"2024-09-{day:02d}T09:00:00+01:00",
                f"2024-08-{day + 8:02d}T23:00:00.000Z", f"2024-09-{day:02d}T00:00:00-04:00"]


PLAN: list[tuple[str, int]] = [
    ("slack_dm", 285), ("slack_mention", 165), ("slack_edit", 28), ("slack_deleted", 9), ("slack_file", 28),
    ("slack_unfurl", 20), ("slack_bot_echo", 42), ("slack_home", 28), ("slash_command", 295), ("button_click", 110),
    ("api", 240), ("admin", 145), ("me", 100), ("auth", 60), ("oauth", 60), ("verify", 20), ("health", 24),
    ("meta", 30),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The firm's day, kinds interleaved (after Slack's URL verification when the app was re-installed)."""
    return planned(LawFirm(), PLAN, first="slack_verification")


if __name__ == "__main__":
    print_records(attacks(), benign())
