"""A week of a newsroom and a law firm that share one Slack workspace, on every route of the edge (benign only).

The Harbour Dispatch (a regional daily: newsdesk, subs, data desk, photo desk, bureaus) and Achterberg Mensah &
Quill LLP (litigation, media law, pre-publication review, docketing) run one Slack workspace and one Jeeves.
About 1,700 requests in a deployment's proportions: Slack first (channel chat and threads, mentions, DMs, edits,
file shares, link unfurls, reactions, other integrations' posts, App Home, `/jeeves` slash commands, button clicks
and modal submissions as form-encoded `payload=` JSON), then the data API (scripts, Apps Script, CI and dashboards
with bearer tokens), the admin panel, `/me/` (including multipart posts from browsers), Sign in with Slack,
TokenDealer and the health and metadata GETs.

The texts are what these people type: citations with § and pinpoints, case names and court names, headlines full
of punctuation, quotes in many languages and quotation-mark styles, links to sources with paths and query strings,
spreadsheet formulas, docket entries, Boolean research and e-discovery search strings, embargo notes, AP-style
datelines, markdown, names with apostrophes and hyphens, addresses, phone numbers, and dates and numbers in many
formats. Headers are what browsers, mobile apps, SDKs and CLIs send (cookies, Referer, Accept-Language, client
hints, tracing headers).

How it was written: independently, from the route list of gateway/gateway.yaml (names, match, methods,
upstreams), the handlers in app/ and tokendealer/, README.md and the record structure of benign_day_gen.py; no
WAF rule, exclusion, ruleset or other generator's texts. Texts were not changed after measuring.
Deterministic: one seeded random.Random, no clock. `attacks()` is empty; `benign()` yields the week.

Its Slack app core (timestamps, the Events API envelope, access tokens, a text's emoji, an edited message's nesting,
the App Home event, trigger_id and response_url) comes from evaluator_routes.SlackApp, its web pieces
(form_boundary, multipart_form, form_request, csrf_post, token_request, verify_request, get_request, signed_in,
ga_cookie, me_exit_form, oidc_code, link_preview) from evaluator_web.WebApp.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from collections.abc import Iterator
from typing import Any

from .evaluator_web import WebApp
from .records import b64url, no_attacks, planned, slack_escape

SEED = 5_0517_2024
EPOCH = 1718611200  # 2024-06-17 08:00 UTC, a Monday
TEAM, TEAM_DOMAIN = "T03DSPQLL", "dispatch-quill"
APP_ID, BOT_USER = "A06JVSDQ01", "U06JEEVESQ"
HOST = "edge.dispatchquill.com"
BASE = f"https://{HOST}"
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
VERIFICATION_TOKEN = "qN4xV8sLr2TfKc7WmPz1HbYd"

FIRST = ["Siobhán", "Jean-Baptiste", "Anne-Marie", "Mary-Kate", "Tariq", "Lan", "Zoë", "Guðrún", "José María",
         "Kwame", "Łukasz", "Ayşe", "Oleksandr", "Ryō", "Dae-jung", "Chidinma", "Liam", "Ngaio", "Renée",
         "Aleksandra", "Hamid", "Yael", "Rajesh", "Fiona", "Peter", "Ingeborg", "Ana Luísa", "Wanjiru", "Søren",
         "Marguerite", "Dónal", "Émilie", "Björn", "Nikolaos", "Fatoumata", "Priyanka", "Tomasz", "Hye-jin",
         "Mehmet", "Olúwadámilọ́lá", "Caoimhe", "Rory", "Sinéad", "Beatriz", "Joaquín", "Nadia", "Ibrahim",
         "Ruth", "Sam", "Alex", "Jo", "Chris", "Dan", "Kate"]
LAST = ["O'Connell", "Lemaître", "D'Souza", "Ní Bhriain", "Al-Hashimi", "Nguyễn", "Van den Broeck",
        "Guðmundsdóttir", "Fernández-Olmos", "Asante-Boateng", "Wróblewski", "Öztürk", "Kovalenko", "Takahashi",
        "Park", "Eze-Okafor", "O'Shaughnessy", "Te Whare", "Beaulieu-Tremblay", "Nowak-Jabłońska", "Rezaei",
        "Ben-David", "Iyer", "McDonagh", "d'Arcy", "von Hohenstein", "Carvalho", "Kamau", "Mensah", "Achterberg",
        "Quill", "Ó Briain", "Søndergaard", "Papadakis", "Diallo", "Chatterjee", "Zieliński", "Lim", "Demir",
        "Adébáyọ̀", "Mac Giolla Phádraig", "St. Clair", "Smith-Jones", "de la Cruz", "Okonkwo", "Levi",
        "Fitzgerald", "Brennan", "Hughes", "Walsh"]
DOMAINS = ["harbourdispatch.com", "harbourdispatch.com", "amq-law.com", "amq-law.com", "amq-law.co.uk"]

CHANNELS = [("C01GNRL000", "general"), ("C02NEWSDSK", "newsdesk"), ("C03LEGALDK", "legal-desk"),
            ("C04LITDEAD", "lit-deadlines"), ("C05STNDRDS", "standards"), ("C06CORRECT", "corrections"),
            ("C07DATADSK", "data-desk"), ("C08ELEC024", "elections-2024"), ("C09INVSTGN", "investigations"),
            ("C10PHOTODK", "photo-desk"), ("C11SUBSDSK", "subs-desk"), ("C12PREPUBR", "pre-pub-review"),
            ("C13MTR2431", "matter-2024-031"), ("C14KNOWMGT", "knowledge-mgmt"), ("C15ITHELP0", "it-help"),
            ("C16RANDOM0", "random"), ("C17LDNBURO", "london-bureau"), ("C18BRUBURO", "brussels-bureau"),
            ("C19FOIREQ0", "foi-requests"), ("C20SOCIAL0", "social")]
SUBTEAMS = ["<!subteam^S04LGLRVW|@legal-review>", "<!subteam^S05NIGHTED|@night-editors>",
            "<!subteam^S06DATADSK|@data-desk>", "<!subteam^S07DOCKETG|@docketing>"]

PLACES = [
    "Den Haag", "The Hague", "'s-Gravenhage", "Luxembourg (Kirchberg)", "Strasbourg", "Karlsruhe",
    "Bruxelles / Brussel", "Washington, D.C.", "Foley Square, New York", "Westminster, London", "Dublin 7",
    "Edinburgh EH1 1RQ", "Belfast BT1 3JF", "Cardiff CF10 1ET", "Genève", "Zürich", "Ciudad de México",
    "São Paulo", "Kyiv", "Київ", "Tel Aviv-Yafo", "القدس", "Beyrouth", "Nairobi", "Lagos", "Johannesburg",
    "Mumbai", "नई दिल्ली", "Hong Kong", "香港", "東京都千代田区", "서울특별시 서초구", "Sydney NSW 2000",
    "Wellington 6011", "St. John's", "Québec", "Montréal (Vieux-Port)", "Coeur d'Alene, ID", "Martha's Vineyard",
    "Sault Ste. Marie", "Winston-Salem, NC", "Wilkes-Barre, PA", "Hamburg-Altona", "Frankfurt am Main",
    "Saint-Denis (La Réunion)", "L'Hospitalet de Llobregat", "Sant'Agata de' Goti", "Ísafjörður", "Tromsø",
    "Ålesund", "Łódź", "Kraków", "İzmir", "Αθήνα", "Θεσσαλονίκη", "Москва", "Tbilisi / თბილისი", "Yerevan",
    "Ulaanbaatar", "51.5136° N, 0.1133° W", "52.0799,4.3113", "48.5839, 7.7455", "WC2A 2LL", "10007", "75001",
    "76131 Karlsruhe", "1017 BP Amsterdam", "D07 WDX8", "Cork", "Galway", "Limerick", "Portsmouth", "Southampton",
    "Plymouth", "Harbour Town", "Leeds", "Manchester", "Bristol", "Aberdeen", "Derry~Londonderry", "Bordeaux",
    "Marseille", "Lisboa", "Porto", "Valencia", "Bilbao / Bilbo", "Napoli", "Trieste", "Antwerpen", "Gent",
]
ADDRESSES = [
    "1 Chancery Lane, London WC2A 1LG", "Royal Courts of Justice, Strand, London WC2A 2LL",
    "Thurgood Marshall U.S. Courthouse, 40 Foley Sq., New York, NY 10007", "60 Centre St, New York, NY 10007",
    "Palais de Justice, 10 Bd du Palais, 75001 Paris", "Schlossbezirk 3, 76131 Karlsruhe",
    "Herengracht 401, 1017 BP Amsterdam", "Four Courts, Inns Quay, Dublin 7, D07 WDX8",
    "Parliament House, 11 Parliament Sq, Edinburgh EH1 1RQ", "Rue de la Loi 200, 1049 Bruxelles",
    "Boulevard Konrad Adenauer, L-2925 Luxembourg", "Allée des Droits de l'Homme, 67000 Strasbourg",
    "3 Raymond Buildings, Gray's Inn, London WC1R 5BH", "Pier 4, Harbour Road, Unit 12B",
    "Quai d'Orsay 37, 75007 Paris", "Kurfürstendamm 207-208, 10719 Berlin", "Via dell'Anima 12, 00186 Roma",
    "Calle de San Bernardo 21, 28015 Madrid", "ul. Świętokrzyska 12, 00-916 Warszawa",
    "1 First Street NE, Washington, DC 20543", "450 Golden Gate Ave, San Francisco, CA 94102",
    "Level 12, 1 O'Connell St, Sydney NSW 2000", "〒100-8928 東京都千代田区隼町4-2",
]
TIMEZONES = ["Europe/London", "Europe/Dublin", "Europe/Paris", "Europe/Brussels", "Europe/Amsterdam",
             "Europe/Berlin", "Europe/Luxembourg", "Europe/Lisbon", "Europe/Madrid", "Europe/Rome", "Europe/Warsaw",
             "Europe/Kyiv", "Europe/Athens", "Europe/Istanbul", "America/New_York", "America/Chicago",
             "America/Denver", "America/Los_Angeles", "America/Toronto", "America/Halifax", "America/St_Johns",
             "America/Mexico_City", "America/Sao_Paulo", "Asia/Jerusalem", "Asia/Beirut", "Asia/Kolkata",
             "Asia/Hong_Kong", "Asia/Tokyo", "Asia/Seoul", "Africa/Lagos", "Africa/Nairobi",
             "Africa/Johannesburg", "Australia/Sydney", "Pacific/Auckland", "Atlantic/Reykjavik", "UTC"]

CITES = [
    "42 U.S.C. § 1983", "15 U.S.C. §§ 78j(b), 78t(a)", "17 U.S.C. § 107", "Cal. Civ. Proc. Code § 425.16(b)(1)",
    "N.Y. C.P.L.R. § 3211(a)(7)", "Fed. R. Civ. P. 12(b)(6)", "Fed. R. Evid. 502(d)", "§ 823 Abs. 1 BGB",
    "§ 26 Abs. 1 S. 1 BDSG", "Art. 17(3)(a) GDPR", "Art. 10 ECHR", "s. 4 Defamation Act 2013",
    "s. 2(1)(a) Official Secrets Act 1989", "Fed. R. Civ. P. 26(b)(3)(A)", "5 U.S.C. § 552(b)(6)",
    "art. 1240 du Code civil", "art. 9 C. civ.", "§ 201 StGB", "N.Y. Civ. Rights Law § 79-h(b)",
    "Cal. Evid. Code § 1070", "28 U.S.C. § 1332(a)(1)", "Restatement (Second) of Torts § 652D cmt. d",
    "U.C.C. § 2-207(2)", "Del. Code Ann. tit. 8, § 220", "CPR r. 3.4(2)(a)", "CPR Pt 53 PD para 4.1",
    "Art. 85 DSGVO", "§ 22 KUG", "Art. 8 GRCh", "ss. 1–2 Contempt of Court Act 1981", "11 U.S.C. § 362(a)",
    "Fed. R. App. P. 4(a)(1)(A)", "Local Civ. R. 7.1(c)", "FOIA Exemption 7(C)", "§§ 13, 14 TMG",
]
CASES = [
    "New York Times Co. v. Sullivan, 376 U.S. 254, 279–80 (1964)", "Bartnicki v. Vopper, 532 U.S. 514 (2001)",
    "Branzburg v. Hayes, 408 U.S. 665, 690–91 (1972)", "Hustler Magazine, Inc. v. Falwell, 485 U.S. 46 (1988)",
    "Reynolds v Times Newspapers Ltd [2001] 2 AC 127", "Lachaux v Independent Print Ltd [2019] UKSC 27",
    "Von Hannover v. Germany (No. 2), nos. 40660/08 and 60641/08, ECHR 2012",
    "Google Spain SL v AEPD, Case C-131/12, EU:C:2014:317", "Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)",
    "Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007)", "Milkovich v. Lorain Journal Co., 497 U.S. 1 (1990)",
    "Doe v. Harbour Dispatch Media, Inc., No. 1:24-cv-01187-JPO (S.D.N.Y. filed Feb. 9, 2024)",
    "Harbour Dispatch Media, Inc. v. Port Auth., 2023 WL 4417782, at *3 (N.Y. Sup. Ct. July 10, 2023)",
    "BVerfG, Beschl. v. 6.11.2019 – 1 BvR 16/13 (Recht auf Vergessen I)", "Cass. civ. 1re, 5 févr. 2014, n° 12-29.201",
    "R (Miller) v The Prime Minister [2019] UKSC 41", "Stocker v Stocker [2019] UKSC 17, [2020] AC 593",
    "Campbell v MGN Ltd [2004] UKHL 22", "ZXC v Bloomberg LP [2022] UKSC 5", "Khuja v Times Newspapers [2017] UKSC 49",
    "Sanders v. Am. Broad. Cos., 978 P.2d 67 (Cal. 1999)", "Cox Broad. Corp. v. Cohn, 420 U.S. 469 (1975)",
    "Smith v. Daily Mail Publ'g Co., 443 U.S. 97, 103 (1979)", "Mahon v. Rahn (No. 2) [2000] 1 WLR 2150 (CA)",
]
COURTS = ["U.S. Court of Appeals for the Second Circuit", "S.D.N.Y.", "N.D. Cal.", "the Ninth Circuit",
          "High Court of Justice, King's Bench Division (Media & Communications List)",
          "Court of Appeal (Civil Division)",
          "UK Supreme Court", "Court of Session (Outer House)", "Cour de cassation, 1re ch. civ.",
          "Bundesverfassungsgericht (1. Senat)", "Landgericht Hamburg, 24. Zivilkammer", "CJEU (Grand Chamber)",
          "European Court of Human Rights, Third Section", "High Court (Dublin)", "Tribunal judiciaire de Paris",
          "N.Y. Supreme Court, New York County (Commercial Division)", "Delaware Court of Chancery"]
HEADLINES = [
    "Council approves $1.2bn harbour plan 7–2; mayor's veto threat looms",
    "EXCLUSIVE: Port authority paid consultant €480,000 — without a tender",
    "'We were never told': Dock Row tenants fight eviction notices",
    "Court of Appeal overturns £2.3m libel award against the Dispatch",
    "Live: Election night — results by ward (updated 23:47)",
    "Analysis | What § 230 does (and doesn't) protect",
    "Q&A: Why the judge sealed the Kessler filings",
    "Opinion: Open courts aren't optional",
    "Storm \"Ophelia II\" hits coast; 14,000 homes without power",
    "Fact check: No, the bridge won't close for 18 months",
    "Obituary: Marguerite O'Hanlon, 1938–2024, court reporter for 41 years",
    "Heatwave: 38.4 °C in Seville as Spain issues red alert",
    "Who's funding the 'Save Our Shore' campaign? Follow the money",
    "Ministry says 3 of 5 inquiries 'closed'; documents suggest otherwise",
    "Ferry fares up 12.5% from 1 July — here's what changes (and what doesn't)",
    "Explainer: Anti-SLAPP laws, state by state (and why N.Y.'s § 70-a matters)",
    "Harbour Town's $40m question: who signed off on Pier 4?",
    "Judge: Dispatch can keep reporter's notes private under shield law",
    "Watch: 90 seconds inside the flooded Northgate tunnel",
    "Breaking — Verdict in Port Authority trial expected Thursday",
    "The 5 numbers that explain the council's budget gap",
    "Schools chief resigns after audit finds 'serious irregularities' (£1.7m)",
]
QUOTES = [
    "„Wir haben nichts zu verbergen“, sagte der Sprecher.", "« Nous ferons appel », a déclaré Me Lefèvre.",
    "“No comment at this time,” the spokesperson said.", "‘It was chaos,’ one witness told the Dispatch.",
    "「調査は継続中です」と広報担当者は述べた。", "«Мы не согласны с решением суда», — заявил адвокат.",
    "„Nie mamy nic do dodania” – powiedział rzecznik.", "«No vamos a dimitir», afirmó la alcaldesa.",
    "“È una sentenza storica”, ha detto l'avvocato.", "「我们会上诉」，律师表示。",
    "»Das Urteil ist rechtskräftig«, so das Gericht.", "”Vi kommer att överklaga”, säger advokaten.",
    "\"Bu karar kabul edilemez,\" dedi sözcü.", "«Ми подамо апеляцію», — сказав адвокат.",
    "\"אנחנו נערער\", אמר עורך הדין.", "«سنستأنف الحكم»، قال المحامي.", "\"हम अपील करेंगे,\" वकील ने कहा।",
    "「판결을 존중합니다」라고 대변인이 말했다.", "\"We'll see them in court,\" said Ms. O'Hanlon-Reid.",
    "'I don't recall,' he said — three times.", "« C'est un scandale d'État », selon l'opposition.",
    "“Πρόκειται για σκάνδαλο”, δήλωσε ο βουλευτής.", "\"Ní raibh a fhios againn,\" arsa an t-urlabhraí.",
]
FORMULAS = [
    "=SUM(A1:A9)", "=IF(B2>0,\"yes\",\"no\")", "=VLOOKUP(C2,'Ward results'!A:F,4,FALSE)",
    "=COUNTIF(D2:D500,\"<>\")", "=SUMIFS(Hours!E:E,Hours!B:B,\"Dispatch\",Hours!C:C,\">=\"&DATE(2024,6,1))",
    "=IFERROR(INDEX(B:B,MATCH(G2,A:A,0)),\"n/a\")", "=TEXT(A2,\"dd/mm/yyyy\")", "=ROUND(E2/F2*100,1)&\"%\"",
    "=XLOOKUP(A2,Matters!A:A,Matters!D:D,\"—\")", "=NETWORKDAYS(B2,C2,Holidays!A:A)", "=WORKDAY(TODAY(),14)",
    "=QUERY(Results!A:H,\"select B, sum(F) where C = 'Harbour' group by B\",1)",
    "=IMPORTXML(\"https://www.legislation.gov.uk/ukpga/2013/26/contents\",\"//title\")",
    "=ARRAYFORMULA(IF(LEN(A2:A),A2:A&\" \"&B2:B,\"\"))", "=AVERAGE(C2:C31)", "=EDATE(D4,6)",
    "=CONCATENATE(B2,\", \",C2)", "=LEFT(A2,FIND(\" \",A2)-1)", "=REGEXEXTRACT(A2,\"\\d:\\d{2}-cv-\\d{5}\")",
    "=SUMPRODUCT((B2:B99=\"Lab\")*(D2:D99))", "=COUNTIFS(C:C,\"Open\",E:E,\"<\"&TODAY())",
    "=IF(AND(F2>=0.5,G2<>\"\"),\"majority\",\"no overall control\")", "=B2-C2", "=MAX(0,D7-WORKDAY(D7,-3))",
]
DATES = ["14 June 2024", "June 14, 2024", "14/06/2024", "06/14/24", "2024-06-14", "14.06.2024", "2024年6月14日",
         "14 juin 2024", "Fri 14 Jun, 09:30 BST", "Q3 FY24", "H1 2024", "3 p.m. ET", "15h30", "T+14", "14-Jun-24",
         "Mon. 6/17 @ 10am", "17.6.", "the 21st", "2024-06-21T17:00:00Z", "20/06 à 14 h", "6月21日（金）"]
PHONES = ["+44 20 7946 0958", "(212) 555-0147", "+1-415-555-0199", "+49 30 901820", "+33 1 42 68 53 00",
          "+81 3-1234-5678", "020 7946 0321 ext. 214", "+353 1 555 0123", "+61 2 9876 5432", "+32 2 555 01 23",
          "212.555.0186", "07700 900461", "+31 (0)70 555 0199"]
LINKS = [
    "https://www.courtlistener.com/docket/67814210/doe-v-harbour-dispatch-media-inc/?order_by=desc",
    "https://www.supremecourt.gov/opinions/23pdf/22-451_7m58.pdf",
    "https://www.bailii.org/ew/cases/EWHC/KB/2024/1123.html",
    "https://www.legislation.gov.uk/ukpga/2013/26/section/4",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679#d1e2606-1-1",
    "https://curia.europa.eu/juris/liste.jsf?num=C-131/12&language=en",
    "https://hudoc.echr.coe.int/eng?i=001-109029", "https://www.gesetze-im-internet.de/bgb/__823.html",
    "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000032041571",
    "https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?591823",
    "https://www.reuters.com/legal/litigation/port-authority-verdict-2024-06-12/",
    "https://apnews.com/article/harbour-budget-vote-2f8c1e9a0b",
    "https://cms.harbourdispatch.com/admin/story/48213/edit?rev=12&tab=legal",
    "https://docs.google.com/spreadsheets/d/1xYzAbCdEfGh/edit#gid=0&range=A1:F40",
    "https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001234567&type=8-K&dateb=&owner=include&count=40",
    "https://web.archive.org/web/20240101000000*/harbourauthority.gov.uk/*",
    "https://find-and-update.company-information.service.gov.uk/company/01234567/filing-history",
    "https://opencorporates.com/companies/gb/01234567", "http://localhost:3000/preview/2024/06/harbour-vote?draft=1",
    "https://www.harbourdispatch.com/news/2024/06/17/council-harbour-plan-vote/?utm_source=slack&utm_medium=social",
    "https://x.com/HarbourDispatch/status/1802612345678901234",
    "https://www.westlaw.com/Document/I5c1d2e3f?transitionType=Default&contextData=(sc.Default)",
    "https://advance.lexis.com/api/permalink/4f2b1c9a-7d3e-4c1e-9e6b-7a8b9c0d1e2f/?context=1000516",
    "https://www.dropbox.com/scl/fi/k2j3h4/Exhibit-14.pdf?rlkey=p9q8r7s6&dl=0",
    "https://amqlaw.sharepoint.com/:w:/r/sites/Lit/Shared%20Documents/2024-031/MTD%20v7.docx?d=w9f8e7&csf=1&web=1",
    "https://meet.google.com/kzq-xbnw-rte", "https://www.datawrapper.de/_/aB3cD/",
    "https://public.flourish.studio/visualisation/17823456/", "https://www.judiciary.uk/judgments/",
    "https://harbourdispatch.atlassian.net/browse/NEWSAPPS-412", "https://github.com/harbour-dispatch/elex-ticker/pull/88",
    "https://www.foi.gov.uk/request/port_authority_consultancy_contracts_2023#incoming-1123",
    "https://www.companieshouse.gov.uk:443/search?q=Harbour+Holdings", "https://maps.app.goo.gl/Qw3rTy7uIoP",
    "https://www.ohchr.org/en/press-releases/2024/06/statement?lang=fr", "https://zoom.us/j/98765432101?pwd=SGFyYm91cg",
]
EMOJI = [":scales:", ":newspaper:", ":rotating_light:", ":lock:", ":eyes:", ":white_check_mark:", ":x:",
         ":pushpin:", ":memo:", ":coffee:", ":pray:", ":+1::skin-tone-4:", ":raised_hands:", ":hourglass:",
         ":fire:", ":tada:", ":thinking_face:", ":face_palm:", "⚖️", "📰", "🗞️", "🔒", "✍️", "🧑‍⚖️", "📎",
         "🇪🇺", "🇬🇧", "🇺🇸", "🇮🇪", "👀", "🙏🏽", "✅", "❌", "⏰", "☕️", "😬", "🤞", "🥂"]

# Channel chat. Placeholders: @@M@@ mention, @@L@@ link, @@C@@ channel, @@P@@ place, @@N@@ number, @@CITE@@,
# @@CASE@@, @@COURT@@, @@HED@@ headline, @@Q@@ quote, @@F@@ formula, @@D@@ date, @@PH@@ phone, @@A@@ address,
# @@E@@ e-mail, @@G@@ a user group.
CHAT = [
    "morning all ☕️", "gm gm", "on it", "ack", "+1", "thx @@M@@!", "ty!", "done ✅", "looking now", "nvm, found it",
    "who's on nights tonight?", "@@M@@ can you take the 6pm update?", "filed, 640 words, pics from @@M@@",
    "hed for the council piece: \"@@HED@@\" — thoughts?", "subs: \"@@HED@@\" is 4 chars over on the print grid",
    "can legal look at para 7 before we publish? it quotes @@CITE@@", "@@G@@ pre-pub read needed on @@L@@ by 17:00",
    "cleared by legal ✅ ok to publish at 06:00", "holding until legal signs off, ETA @@D@@",
    "embargo lifts @@D@@ — DO NOT publish before then 🔒", "EMBARGOED UNTIL 00:01 BST Tuesday, pls flag in CMS",
    "pinpoint please: @@CASE@@ — which page?", "isn't the cite @@CITE@@ rather than what's in the draft?",
    "see @@CASE@@; cf. @@CITE@@", "Id. at 280. Not \"at 279\" — fixed in v8", "supra n. 14 is wrong, should be n. 12",
    "the court is the @@COURT@@, not the district court — please fix in graf 3",
    "hearing moved to @@D@@ at the @@COURT@@", "filing deadline is @@D@@ (=WORKDAY(B2,14) in the tracker)",
    "the tracker formula is @@F@@ if anyone wants to copy it", "why does @@F@@ return #N/A for row 214??",
    "quote check: @@Q@@", "translation ok? @@Q@@", "our stringer in @@P@@ sent: @@Q@@",
    "who has a number for the clerk's office? I have @@PH@@ but it rings out", "call me on @@PH@@ if urgent",
    "address for the process server: @@A@@", "photographer needed at @@A@@ @@D@@", "courtroom 4 at @@A@@",
    "@@M@@ pls redline §§ 4.2–4.5 and send back by EOD", "redline attached; changed \"shall\" to \"will\" throughout",
    "conflicts check cleared for matter 2024-031 ✅", "new matter opened: 2024-047 (Harbour Holdings / Dispatch)",
    "reminder: timesheets by Friday 12:00, 6-minute units (0.1)", "billing code for pre-pub reads is 9100-PREPUB",
    "@@E@@ is the right contact for the FOI appeal", "fwd from @@E@@: they've agreed to a 14-day extension",
    "FOI response in: 212 pages, 40% redacted under s. 43(2) 🙄", "ICO decision notice is out: @@L@@",
    "the judgment is up on BAILII: @@L@@", "docket: @@L@@", "source: @@L@@", "data here @@L@@ (tab 'clean')",
    "the chart is live: @@L@@", "can someone archive @@L@@ before they take it down?", "PR for the ticker: @@L@@",
    "weather for the verdict watch in @@P@@ looks grim 🌧️ bring the big umbrella", "wifi at @@P@@ court is down again",
    "Working from the @@P@@ bureau today", "OOO Thu–Fri, @@M@@ covers the court list", "@@M@@ back tomorrow",
    "lunch? the Portuguese place on Dock St does a €9.50 menu", "cake in the newsroom 🎂 for @@M@@'s 20 years!",
    "who moved the AP stylebook from the subs' desk 👀", "AP style: \"percent\" not \"%\" in copy, \"%\" fine in hed",
    "style q: \"per cent\" or \"percent\"? house style says per cent", "Oxford comma? (asking for a lawyer)",
    "is it \"the Supreme Court's\" or \"the Supreme Courts'\" when there are two? 😅",
    "it's \"judgment\", not \"judgement\"",
    "correction needed: we said @@N@@ jurors, it was 12", "correction ran, see @@C@@",
    "running a clarification on p. 4",
    "Bonjour à tous ! L'audience est reportée au @@D@@.", "Guten Morgen! Urteil vom BGH ist raus: @@L@@",
    "¿Alguien tiene el auto del juzgado en PDF?", "お疲れ様です。判決文のPDFを共有します。",
    "Dziękuję, wyrok już mamy 🙏", "Grazie, sentenza depositata oggi.", "Спасибо! Решение суда в треде 👇",
    "Obrigada! A sentença saiu hoje às 15h30.", "תודה! פסק הדין מצורף", "شكراً، الحكم مرفق", "धन्यवाद, फ़ैसला आ गया",
    "Go raibh maith agat! 🇮🇪", "Tak! Dommen er afsagt i dag.", "Kiitos! Päätös tuli tänään.",
    "₩5,000,000 fine per the ruling (≈ £2,880)", "damages: £250,000 + costs on the indemnity basis",
    "they're claiming $1,234,567.89 in fees, lol", "turnout 41.7% vs 38,2 % last time (their decimal comma)",
    "result: 12,345 / 6.789 votes — why is their CSV mixing separators 😭", "approx. 1.2 m readers / day, per Ipsos",
    "p. 14 ¶ 3 of the complaint", "Dkt. 45-2 at 7–9", "Ex. A § 3(c)(ii)", "Sched. 2, para. 5(1)",
    "the 2nd Cir. affirmed 🎉", "cert denied 😞", "SCOTUS grants cert in the Kessler case", "9–0, per curiam",
    "NB: anything marked PRIVILEGED & CONFIDENTIAL stays out of #general please", "draft — not for circulation",
    "without prejudice save as to costs (WPSATC) letter went out @@D@@",
    "Who's at the 10:30 \"Ethics & the Newsroom\" CPD? 1.5 hrs SRA/CLE credit",
    "the Wi-Fi password is on the whiteboard, not in Slack 🙃", "printer on 4 jams on A3 again",
    "can someone restart the TV in the newsroom, it's stuck on the BBC test card",
    "our app review: 4.6★ on iOS, 3.9★ on Android 🤷", "page views on the harbour story: 212k, avg. 3m 41s",
    "the paywall hit rate dropped to 2.3% — did something change in the CMS?",
    "@@M@@ @@M@@ see thread 👇", "<!here> newsroom meeting moved to 10:15", "<!channel> fire drill at 11:00",
]
TECH = [
    "```\nDkt. 112  06/11/2024  ORDER granting in part and denying in part 87 Motion to Dismiss for Failure to "
    "State a Claim. Signed by Judge J. Paul Oetken on 6/11/2024. (jw) (Entered: 06/11/2024)\n```",
    "Westlaw search that worked: `adv: TI(\"harbour dispatch\") & DA(aft 01/01/2023) & \"anti-SLAPP\"`",
    "Lexis terms: `defam! /s (\"public figure\" OR \"limited purpose\") /p malice AND court(2d Cir.)`",
    "e-discovery search string (v3):\n```\n(\"force majeure\" OR \"act of God\") w/10 (pandemic OR COVID*) "
    "AND NOT (privileged OR \"attorney-client\")\n```",
    "Relativity term report: `(Kessler OR \"K.\") AND (invoice* OR \"purchase order\") "
    "AND date(2021-01-01..2022-12-31)`",
    "regex for docket numbers in the sheet: `\\d:\\d{2}-cv-\\d{5}-[A-Z]{2,3}` (matches 1:24-cv-01187-JPO)",
    "pandas one-liner for the ward totals:\n```python\ndf[df[\"ward\"].str.contains(\"Dock\")].groupby(\"party\")"
    "[\"votes\"].sum().sort_values(ascending=False)\n```",
    "```r\nresults %>% filter(turnout > 0.4) %>% group_by(ward) %>% summarise(share = mean(share, na.rm = TRUE))\n```",
    "```sql\nSELECT ward, party, SUM(votes) AS votes\nFROM results_2024\nWHERE council = 'Harbour Town'\n"
    "GROUP BY ward, party\nORDER BY ward, votes DESC;\n```",
    "`csvgrep -c county -m \"St. Mary's\" results.csv | csvstat --sum -c votes`",
    "`jq '.results[] | select(.court == \"ca2\") | .caseName' opinions.json`",
    "```\n| Deadline | Matter | Rule | Owner |\n|---|---|---|---|\n| 21/06 | 2024-031 | CPR r. 3.4 | @jq |\n"
    "| 28/06 | 2024-047 | FRCP 12(b)(6) | @ao |\n| 05/07 | 2023-118 | FRAP 4(a)(1)(A) | @sd |\n```",
    "Hugo shortcode for the chart: `{{< datawrapper id=\"aB3cD\" height=\"480\" >}}`",
    "embed code from Datawrapper:\n```\n<iframe title=\"Council vote by ward\" aria-label=\"Map\" "
    "id=\"datawrapper-chart-aB3cD\" "
    "src=\"https://datawrapper.dwcdn.net/aB3cD/2/\" scrolling=\"no\" frameborder=\"0\" style=\"border: none;\" "
    "width=\"600\" height=\"480\" data-external=\"1\"></iframe>\n```",
    "CMS shortcode: `[pullquote align=\"left\"]“We were never told.”[/pullquote]`",
    "```\ngit checkout -b fix/ward-names && git commit -am \"Normalise ward names (St./Saint)\" "
    "&& git push -u origin HEAD\n```",
    "```\n$ python scripts/scrape_list.py --court KB --date 2024-06-17 --out list.csv\nfetched 214 hearings, "
    "3 sealed, 0 errors\n```",
    "Clause 12.3 redline:\n> ~Notwithstanding anything to the contrary herein,~ The Licensee shall *may* not "
    "sublicense "
    "the Content without the prior written consent of the Licensor (such consent not to be unreasonably withheld).",
    "privilege log entry: `PRIV-000412 | 2023-11-03 | Email | A. Mensah → J. Quill | re: draft statement | "
    "Attorney-Client; Work Product`",
    "Bates range is DISPATCH_0004123–DISPATCH_0004877 (755 pp.)", "hash for exhibit 14: `sha256: 9f2c…e41a`",
    "```\nSubject: FOI request – Port Authority consultancy contracts 2021–2023\nDear FOI Officer,\n"
    "Under s. 1(1) of the Freedom of Information Act 2000, please provide copies of all contracts over £25,000\n"
    "awarded without competitive tender between 1 Jan 2021 and 31 Dec 2023.\n```",
    "dateline format: `KYIV, Ukraine (AP) —` vs ours `HARBOUR TOWN —` (all caps, em dash, no agency)",
    "Excel keeps turning 1-12 into 1-Dec 🤬 prefix with ' or set the column to Text",
    "the court list scraper chokes on `R. (on the application of X) v. Secretary of State [2024] EWHC 1123 (Admin)`",
    "`=IF(ISBLANK(D2),\"\",IF(D2<TODAY(),\"OVERDUE\",D2-TODAY()&\" days\"))` for the deadline column",
    "```\nAugust 31, 2024 -> 2024-08-31\n31/08/2024 -> 2024-08-31\n31.08.24 -> 2024-08-31\n```",
    "our elex ticker feed: `GET /v2/elections/2024-07-04/results?level=ward&format=json`",
    "LaTeX-ish footnote from the academic's op-ed: `\\footnote{See \\textit{Sullivan}, 376 U.S. at 279--80.}` 🙃",
]
LONG = [
    "Draft lede (v4), legal pls check graf 2:\n\nHARBOUR TOWN — The Port Authority paid a consultancy run by a "
    "former board member €480,000 over two years without putting the work out to tender, documents obtained by the "
    "Dispatch show.\n\nThe authority said in a statement: “All procurement followed the rules in force at the time.” "
    "The consultant, Mr. O'Halloran-Price, did not respond to requests for comment by phone (+44 20 7946 0958) or "
    "e-mail.\n\nUnder s. 4 of the Defamation Act 2013, we'd rely on public interest — @@M@@ can you confirm?",
    "Pre-pub notes on @@L@@:\n1. Para 3: \"fraud\" → \"alleged irregularities\" (no finding yet)\n"
    "2. Para 6: attribute the £1.7m figure to the audit (p. 14, ¶ 3)\n3. Para 9: right of reply — give them until "
    "@@D@@, 12:00\n4. Photo caption: don't name the minor (s. 49 CYPA 1933)\n5. Headline ok, drop the question mark?",
    "Summary of the ruling for #newsdesk (not legal advice 😉): the @@COURT@@ held that the shield law covers the "
    "reporter's notes, citing @@CASE@@ and @@CITE@@. The other side has 30 days to appeal. Quote from the "
    "judgment: \"The public interest in a free press is not a mere slogan.\" (¶ 41)",
    "Agenda — Tuesday editorial/legal sync (10:15, Room 4 / Meet)\n• Kessler trial coverage plan (verdict watch, "
    "2 reporters + photo)\n• Anti-SLAPP motion in Doe v. Harbour Dispatch: hearing @@D@@\n• FOI appeal to the ICO "
    "(s. 43(2) commercial interests)\n• Corrections policy update — see @@L@@\n• AOB",
    "Corrections log entry:\n> An earlier version of this article said the hearing would be held on 4 June. It "
    "will be held on 14 June. We also misspelled the name of Ms. Nowak-Jabłońska. We regret the errors.\n"
    "Published: @@D@@ | Desk: Courts | Editor: @@M@@",
    "Memo to file (matter 2024-031), privileged & confidential:\nIssue: whether the \"fair report\" privilege "
    "(N.Y. Civ. Rights Law § 74) covers the 17 June article.\nShort answer: likely yes, as the report is a \"fair "
    "and true\" account of a judicial proceeding. See @@CASE@@.\nNext steps: (a) pull the transcript; (b) compare "
    "quotes 1–7; (c) draft the letter before action response by @@D@@.",
    "Data desk methodology note for the turnout story:\n- Source: council open data, downloaded @@D@@ (CSV, 4,812 "
    "rows)\n- Cleaning: merged \"St. Mary's\" / \"Saint Marys\" / \"St Marys\"; dropped 3 duplicate rows\n- "
    "Turnout = ballots / electorate, rounded to 1 d.p. (=ROUND(C2/D2*100,1))\n- Caveat: postal votes not split by "
    "ward before 2019",
    "Hi all — quick reminder of the embargo etiquette:\n*Never* publish, tweet or share embargoed material before "
    "the embargo lifts, even \"just in Slack\". If the embargo is broken elsewhere, check with the desk head first. "
    "Times are in UK time unless stated (e.g. \"00:01 BST\" = 23:01 UTC the previous day).",
    "Letter before claim (draft 2) — key paras:\n\"We act for Harbour Dispatch Media Ltd. Your client's letter "
    "of @@D@@ alleges that the article of 17 June 2024 (the 'Article') is defamatory. Our client stands by the "
    "Article, which is substantially true (s. 2 Defamation Act 2013) and, in any event, a publication on a matter "
    "of public interest (s. 4).\"",
    "Translation check (FR → EN) for the Brussels piece:\n« Nous ne ferons aucun commentaire tant que l'enquête est "
    "en cours » → “We will not comment while the investigation is ongoing.”\n« Il s'agit d'un dossier sensible » → "
    "“This is a sensitive case.”\nOK to run? @@M@@",
    "Court list for tomorrow (@@COURT@@):\n10:00 — Kessler v. Port Authority (Ct 12), trial day 9\n10:30 — "
    "Re Harbour Holdings Ltd (Ct 3), winding-up petition\n14:00 — R v. D'Souza-Lim (Ct 1), sentencing\n"
    "Reporters: @@M@@ (Ct 12), @@M@@ (Ct 1). Photo outside from 09:15.",
    "Budget story numbers (please double-check):\n• Total: £1,204,500,000 (\"$1.2bn\" in hed)\n• Capital: "
    "£412.3m (34.2%)\n• Vote: 7–2, 1 abstention\n• Sheet: =SUM(B2:B14) = 1,204.5 ✓\n• Per resident: ≈ £9,870 "
    "(pop. 122,040)",
]
BOT_COMMANDS = [
    "weather @@P@@", "weather", "weather in @@P@@ tmrw", "weather @@P@@ (hearing at 10:00)", "remember location @@P@@",
    "remember location @@A@@", "remember location @@P@@", "my location", "forget location", "config",
    "config timezone @@TZ@@", "config tz @@TZ@@", "config alert_time @@T@@", "config alert_time 6.45",
    "config time @@T@@", "config units metric", "config units imperial", "alerts on", "alerts off", "help",
    "login", "forget me", "Weather @@P@@?", "weather @@P@@ — need to know if the courthouse steps shot is doable",
    "weather for the verdict watch outside @@P@@", "wx @@P@@", "help me", "config timezone GMT+1",
    "remember location Chambers, 3 Raymond Bldgs, Gray's Inn", "weather Strasbourg 🇪🇺", "weather São Paulo/SP",
    "weather \"New York, NY\"", "weather @@P@@ pls 🙏", "config alert_time 7:15am", "Alerts On", "weather Den Haag",
    "remember location Pier 4, Harbour Rd", "weather @@P@@ on @@D@@", "hi jeeves", "thanks 👍", "what can you do?",
]
THREAD_REPLIES = [
    "agreed — but add the pinpoint: @@CASE@@", "Legal has signed off ✅", "changed in v9, thanks",
    "I'd cut the last sentence, it's comment not fact", "source confirmed on the record 👍",
    "can we link the judgment?",
    "+1 to @@M@@'s edit", "see my redline, §§ 2–3", "the quote is from the transcript p. 212, l. 4–9",
    "fixed the hed: \"@@HED@@\"", "no, it's @@CITE@@", "done, published 06:02", "moving to @@C@@",
    "they replied: @@Q@@", "pulled from the CMS until legal reviews", "bump 🙏 need this by 16:00",
    "@@F@@ works if you lock the range with $", "doc updated: @@L@@", "yes — hearing is at the @@COURT@@",
    "rough numbers: 41.7% turnout, 12,345 votes", "👍", "ok", "✅", "on it", "thx!",
]


class Week(WebApp):
    """The whole week's traffic; each public method without a leading underscore makes one request."""

    prefix = "evaluation_fifth-benign"
    epoch, team, app_id, bot_user, verify_token = EPOCH, TEAM, APP_ID, BOT_USER, VERIFICATION_TOKEN
    ts_window = event_window = (0, 5 * 86400)
    context_bytes, ext_shared_rate = 40, 0.05
    oauth_scopes = ("read", "read write", "write", "read")

    def __init__(self) -> None:
        super().__init__(SEED)
        self.people: list[dict[str, str]] = []
        for i in range(180):
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            a_first = _ascii(first).replace(" ", "")
            a_last = _ascii(last).replace(" ", "").replace("'", "").replace(".", "")
            domain = self.rng.choice(DOMAINS)
            handle = f"{a_first}.{a_last}" if i % 9 else f"{a_first[:1]}{a_last}"
            self.people.append({
                "id": self.sid("U0", 9), "name": f"{first} {last}", "handle": handle or f"user{i}",
                "email": f"{handle or 'user'}@{domain}", "tz": self.rng.choice(TIMEZONES)})

    # ---- small pieces ------------------------------------------------------------------------------------
    def _alert_time(self) -> str:
        hour = self.pick([5, 6, 6, 6, 7, 7, 7, 8, 8, 9, 12, 18, 22])
        return f"{hour:02d}:{self.pick(['00', '15', '30', '45', '10', '40'])}"

    def _fill(self, text: str, slack: bool = True) -> str:
        """Placeholders to values; in Slack text the user-typed parts escaped and links/mentions in <...> markup."""
        specials = {"<!here>": "\x01", "<!channel>": "\x02"}
        for mark, code in specials.items():
            text = text.replace(mark, code)
        out = slack_escape(text) if slack else text
        esc = slack_escape if slack else (lambda s: s)
        simple = {"@@P@@": lambda: self.pick(PLACES), "@@A@@": lambda: self.pick(ADDRESSES),
                  "@@CITE@@": lambda: self.pick(CITES), "@@CASE@@": lambda: self.pick(CASES),
                  "@@COURT@@": lambda: self.pick(COURTS), "@@HED@@": lambda: self.pick(HEADLINES),
                  "@@Q@@": lambda: self.pick(QUOTES), "@@F@@": lambda: self.pick(FORMULAS),
                  "@@D@@": lambda: self.pick(DATES), "@@PH@@": lambda: self.pick(PHONES),
                  "@@N@@": lambda: str(self.rng.randint(2, 40)), "@@TZ@@": lambda: self.pick(TIMEZONES),
                  "@@T@@": self._alert_time}
        for mark, make in simple.items():
            while mark in out:
                out = out.replace(mark, esc(make()), 1)
        while "@@M@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@M@@", f"<@{p['id']}>" if slack else "@" + p["handle"], 1)
        while "@@G@@" in out:
            out = out.replace("@@G@@", self.pick(SUBTEAMS) if slack else "@legal-review", 1)
        while "@@E@@" in out:
            p = self.pick(self.people)
            out = out.replace("@@E@@", f"<mailto:{p['email']}|{p['email']}>" if slack else p["email"], 1)
        while "@@L@@" in out:
            link = self.pick(LINKS)
            label = self.pick(["", "", "", "|judgment", "|draft", "|the sheet", "|story", "|docket", "|source"])
            out = out.replace("@@L@@", f"<{slack_escape(link)}{label}>" if slack else link, 1)
        while "@@C@@" in out:
            cid, cname = self.pick(CHANNELS)
            out = out.replace("@@C@@", f"<#{cid}|{cname}>" if slack else "#" + cname, 1)
        return out.replace("\x01", "<!here>").replace("\x02", "<!channel>")

    def _chat_text(self) -> str:
        roll = self.rng.random()
        if roll < 0.62:
            text = self.maybe_append(self.pick(CHAT), 0.3, EMOJI)
            if self.chance(0.12):
                text = self.pick(["@@M@@ ", "@@G@@ ", "hey @@M@@ — ", "<!here> "]) + text
        elif roll < 0.85:
            text = self.pick(["", "", "fyi ", "for the record: ", "@@M@@ ", "quick one — "]) + self.pick(TECH)
            if self.chance(0.25):
                text += "\n" + self.pick(["thoughts?", "cc @@M@@", "🙏", "(from the KB list)", "does this look right?"])
        else:
            text = self.pick(LONG)
        return self._fill(text)

    def _command_text(self) -> str:
        return self._fill(self.pick(BOT_COMMANDS))

    # ---- Slack envelopes -------------------------------------------------------------------------------------
    def _slack_headers(self, content_type: str) -> dict[str, str]:
        h = {"Content-Type": content_type, "User-Agent": SLACK_UA, "Accept": "*/*",
             "Accept-Encoding": "gzip,deflate", "X-Slack-Request-Timestamp": str(EPOCH),
             "X-Slack-Signature": "v0=" + "0" * 64}
        if self.chance(0.04):
            h["X-Slack-Retry-Num"] = self.pick(["1", "2"])
            h["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return h

    def _blocks(self, text: str) -> list[dict[str, Any]]:
        raw = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        elements: list[dict[str, Any]] = [{"type": "text", "text": raw}]
        if "```" in raw:
            return [{"type": "rich_text", "block_id": self.token(3)[:4],
                     "elements": [{"type": "rich_text_preformatted", "elements": elements, "border": 0}]}]
        return [{"type": "rich_text", "block_id": self.token(3)[:4],
                 "elements": [{"type": "rich_text_section", "elements": elements}]}]

    def _message(self, text: str, channel: str, channel_type: str, mention: bool = False) -> dict[str, Any]:
        user = self.pick(self.people)
        ts = self.ts()
        event: dict[str, Any] = {"client_msg_id": self.uuid(), "type": "app_mention" if mention else "message",
                                 "text": text, "user": user["id"], "ts": ts, "team": TEAM, "channel": channel,
                                 "event_ts": ts}
        if self.chance(0.8):
            event["blocks"] = self._blocks(text)
        if not mention:
            event["channel_type"] = channel_type
        return event

    def _event(self, kind: str, event: dict[str, Any]) -> dict[str, Any]:
        body = json.dumps(self.envelope(event), ensure_ascii=self.chance(0.2))
        return self.record(kind, "json", {"method": "POST", "uri": "/slack/events", "body": body,
                                          "headers": self._slack_headers("application/json")})

    def slack_verification(self) -> dict[str, Any]:
        body = json.dumps({"token": VERIFICATION_TOKEN, "challenge": self.token(40), "type": "url_verification"})
        return self.record("slack-verify", "json", {"method": "POST", "uri": "/slack/events", "body": body,
                                                    "headers": self._slack_headers("application/json")})

    def slack_chat(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        return self._event("slack-chat", self._message(self._chat_text(), cid, "channel"))

    def slack_thread(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        text = self._fill(self.pick(THREAD_REPLIES)) if self.chance(0.6) else self._chat_text()
        event = self._message(text, cid, self.pick(["channel", "channel", "group"]))
        event["thread_ts"] = self.ts()
        event["parent_user_id"] = self.pick(self.people)["id"]
        if self.chance(0.1):
            event["subtype"] = "thread_broadcast"
            event["root"] = {"text": self._fill(self.pick(CHAT)), "user": event["parent_user_id"],
                             "ts": event["thread_ts"], "type": "message", "reply_count": self.rng.randint(1, 30)}
        return self._event("slack-thread", event)

    def slack_mention(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        if self.chance(0.55):
            text = f"<@{BOT_USER}> " + self._command_text()
        else:
            opener = self.pick([f"<@{BOT_USER}> ", f"hey <@{BOT_USER}>, ", f"<@{BOT_USER}> quick q: "])
            text = opener + self._chat_text()
        event = self._message(text, cid, "channel", mention=True)
        if self.chance(0.2):
            event["thread_ts"] = self.ts()
        return self._event("slack-mention", event)

    def slack_dm(self) -> dict[str, Any]:
        text = self._command_text() if self.chance(0.7) else self._chat_text()
        return self._event("slack-dm", self._message(text, self.sid("D0", 9), "im"))

    def slack_edit(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        old = self._message(self._chat_text(), cid, "channel")
        new = self.inner(old)
        new["text"] = old["text"] + self.pick([" (edited)", " — corrected cite", "", " *per legal"])
        new["edited"] = {"user": old["user"], "ts": self.ts()}
        event = {"type": "message", "subtype": "message_changed", "message": new,
                 "previous_message": self.inner(old),
                 "channel": cid, "hidden": True, "ts": self.ts(), "event_ts": self.ts(), "channel_type": "channel"}
        return self._event("slack-edit", event)

    def slack_file(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        name = self.pick(["Motion to Dismiss – Draft v7 (redline).docx", "Exhibit A § 4.2.pdf",
                          "Q2 circulation figures.xlsx", "IMG_2231.HEIC", "Foto Gerichtssaal.jpg",
                          "Judgment [2024] EWHC 1123 (KB).pdf", "ward_results_2024 (clean).csv",
                          "Letter before claim – O'Halloran-Price.pdf", "Screenshot 2024-06-18 at 09.41.07.png",
                          "décision_tribunal_20-06.pdf", "判決文.pdf", "front page 18-06 FINAL final.pdf",
                          "Privilege log (v3).xlsx", "transcript day 9 pp. 200–260.txt"])
        text = self._fill(self.pick(["", "", "see attached", "judgment attached 👇", "v7 with @@M@@'s comments",
                                     "front for tomorrow", "numbers in tab 2", "privileged — do not forward",
                                     "from the court's e-filing portal (@@D@@)"]))
        event = self._message(text, cid, "channel")
        event["subtype"] = "file_share"
        ext = name.rsplit(".", 1)[-1].lower()
        mimes = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "pdf": "application/pdf", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "heic": "image/heic", "jpg": "image/jpeg", "csv": "text/csv", "png": "image/png", "txt": "text/plain"}
        fid = self.sid("F0", 9)
        event["files"] = [{"id": fid, "created": EPOCH + self.rng.randint(0, 400000), "name": name, "title": name,
                           "mimetype": mimes[ext], "filetype": ext, "pretty_type": ext.upper(),
                           "user": event["user"], "size": self.rng.randint(1200, 9_000_000), "mode": "hosted",
                           "is_external": False, "is_public": True,
                           "url_private": f"https://files.slack.com/files-pri/{TEAM}-{fid}/" + urllib.parse.quote(name),
                           "permalink": f"https://{TEAM_DOMAIN}.slack.com/files/{event['user']}/{fid}/"
                                        + urllib.parse.quote(name.lower().replace(" ", "_"))}]
        event["upload"] = False
        return self._event("slack-file", event)

    def slack_unfurl(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        link = self.pick(LINKS)
        domain = urllib.parse.urlsplit(link).hostname or "example.com"
        if self.chance(0.55):
            event: dict[str, Any] = {"type": "link_shared", "channel": cid, "is_bot_user_member": True,
                                     "user": self.pick(self.people)["id"], "message_ts": self.ts(),
                                     "unfurl_id": f"{cid}.{self.ts()}.{self.hexs(40)}",
                                     "source": self.pick(["conversations_history", "composer"]),
                                     "links": [{"domain": domain, "url": link}], "event_ts": self.ts()}
            return self._event("slack-unfurl", event)
        text = self._fill(self.pick(["@@L@@", "source: @@L@@", "@@L@@ 👀", "see @@L@@ (p. 14)"]))
        msg = self._message(text, cid, "channel")
        msg["attachments"] = [{"from_url": link, "service_name": domain, "title": self.pick(HEADLINES + CASES),
                               "title_link": link, "text": self.pick(QUOTES), "fallback": f"{domain}: {link}"[:120],
                               "id": 1, "original_url": link,
                               "service_icon": f"https://{domain}/favicon.ico"}]
        event = {"type": "message", "subtype": "message_changed", "hidden": True, "channel": cid,
                 "channel_type": "channel", "ts": self.ts(), "event_ts": self.ts(),
                 "message": self.inner(msg),
                 "previous_message": {"type": "message", "text": text, "user": msg["user"], "ts": msg["ts"]}}
        return self._event("slack-unfurl", event)

    def slack_reaction(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        event = {"type": self.pick(["reaction_added", "reaction_added", "reaction_added", "reaction_removed"]),
                 "user": self.pick(self.people)["id"],
                 "reaction": self.pick(["white_check_mark", "eyes", "scales", "newspaper", "rotating_light", "lock",
                                        "+1", "+1::skin-tone-4", "heavy_check_mark", "pushpin", "memo", "pray",
                                        "raised_hands", "100", "face_with_monocle", "flag-ie", "flag-eu"]),
                 "item_user": self.pick(self.people)["id"],
                 "item": {"type": "message", "channel": cid, "ts": self.ts()}, "event_ts": self.ts()}
        return self._event("slack-reaction", event)

    def slack_bot_post(self) -> dict[str, Any]:
        cid, _ = self.pick(CHANNELS)
        n = self.rng.randint(100, 99999)
        source = self.pick(["courtlistener", "docketbot", "chartbeat", "github", "gdrive", "clio"])
        texts = {
            "courtlistener": f"New docket entry in *Doe v. Harbour Dispatch Media, Inc.* (1:24-cv-01187): "
                             f"<https://www.courtlistener.com/docket/67814210/{n}/|Dkt. {n % 200}> — ORDER "
                             f"setting oral argument on Motion to Dismiss for 7/{n % 28 + 1}/2024 at 10:30 AM",
            "docketbot": f":hourglass: *Deadline T-{n % 14 + 1}*: Opposition to MSJ, matter 2024-031 "
                         f"(Fed. R. Civ. P. 56(c); Local Civ. R. 56.1) — due {DATES[n % len(DATES)]}",
            "chartbeat": f"Top story right now: \"{HEADLINES[n % len(HEADLINES)]}\" — {n % 4000} concurrents "
                         f"(&gt; 2× avg), 62% from search",
            "github": f"*[harbour-dispatch/elex-ticker]* <https://github.com/harbour-dispatch/elex-ticker/pull/{n}"
                      f"|#{n} Handle \"St. Mary's\" ward alias &amp; decimal commas>",
            "gdrive": f"<@{self.pick(self.people)['id']}> commented on <https://docs.google.com/document/d/"
                      f"1Qw{n}/edit|Kessler trial — live blog plan>: \"can we add a § for the appeal route?\"",
            "clio": f"Time entry logged: 0.{n % 9 + 1} h — \"Pre-pub review of harbour article; advise on "
                    f"s. 4 DA 2013 defence\" (matter 2024-0{n % 60 + 10})",
        }
        ts = self.ts()
        event = {"type": "message", "subtype": "bot_message", "text": texts[source], "ts": ts, "username": source,
                 "bot_id": self.sid("B0", 9), "channel": cid, "event_ts": ts, "channel_type": "channel",
                 "attachments": [{"fallback": texts[source][:90], "color": self.pick(["2eb886", "a30200", "daa038"]),
                                  "footer": source, "ts": EPOCH + n}]}
        return self._event("slack-botmsg", event)

    def slack_home(self) -> dict[str, Any]:
        event = self.home_opened(self.pick(self.people)["id"], self.sid("D0", 9))
        if event["tab"] == "home" and self.chance(0.5):
            event["view"] = {"id": self.sid("V0", 9), "team_id": TEAM, "type": "home", "private_metadata": "",
                             "callback_id": "", "hash": f"{EPOCH}.{self.hexs(8)}", "blocks": [],
                             "title": {"type": "plain_text", "text": "View Title"}, "app_id": APP_ID}
        return self._event("slack-home", event)

    def command(self) -> dict[str, Any]:
        user = self.pick(self.people)
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 8
                               + [(self.sid("G0", 9), "privategroup")] * 2)
        fields = [("token", VERIFICATION_TOKEN), ("team_id", TEAM), ("team_domain", TEAM_DOMAIN),
                  ("channel_id", cid), ("channel_name", cname), ("user_id", user["id"]), ("user_name", user["handle"]),
                  ("command", "/jeeves"), ("text", self._command_text()), ("api_app_id", APP_ID),
                  ("is_enterprise_install", "false"), ("response_url", self.hook("commands")),
                  ("trigger_id", self.trigger())]
        body = urllib.parse.urlencode(fields, quote_via=self.pick([urllib.parse.quote_plus, urllib.parse.quote]))
        return self.record("command", "form", {"method": "POST", "uri": "/slack/commands", "body": body,
                                               "headers": self._slack_headers("application/x-www-form-urlencoded")})

    def _interaction_base(self, kind: str) -> dict[str, Any]:
        user = self.pick(self.people)
        return {"type": kind, "user": {"id": user["id"], "username": user["handle"], "name": user["handle"],
                                       "team_id": TEAM},
                "api_app_id": APP_ID, "token": VERIFICATION_TOKEN, "trigger_id": self.trigger(),
                "team": {"id": TEAM, "domain": TEAM_DOMAIN}, "enterprise": None, "is_enterprise_install": False}

    def _form_payload(self, kind: str, placement: str, payload: dict[str, Any]) -> dict[str, Any]:
        body = urllib.parse.urlencode([("payload", json.dumps(payload, ensure_ascii=False, separators=(",", ":")))])
        return self.record(kind, placement, {"method": "POST", "uri": "/slack/interactions", "body": body,
                                             "headers": self._slack_headers("application/x-www-form-urlencoded")})

    def interaction(self) -> dict[str, Any]:
        payload = self._interaction_base("block_actions")
        cid, cname = self.pick(CHANNELS + [(self.sid("D0", 9), "directmessage")] * 6)
        roll = self.rng.random()
        block = self.token(3)[:5]
        if roll < 0.62:
            place = self.pick(PLACES + ADDRESSES[:6])
            action: dict[str, Any] = {"action_id": "set_location", "block_id": block, "value": place,
                                      "text": {"type": "plain_text", "text": "Set as my location", "emoji": True},
                                      "type": "button"}
            text = f"Weather for {place}: 14 °C, light rain 🌧️, wind 22 km/h SW"
        elif roll < 0.77:
            action = {"action_id": "forget_me_confirm", "block_id": block, "value": "-", "style": "danger",
                      "text": {"type": "plain_text", "text": "Yes, forget me", "emoji": True}, "type": "button"}
            text = "Forget everything I know about you? This cannot be undone."
        elif roll < 0.9:
            action = {"action_id": "forget_me_cancel", "block_id": block, "value": "-",
                      "text": {"type": "plain_text", "text": "Cancel", "emoji": True}, "type": "button"}
            text = "Forget everything I know about you? This cannot be undone."
        else:
            action = {"action_id": "open_my_page", "block_id": block, "value": "login",
                      "url": f"{BASE}/auth/slack/link/{self.token()}",
                      "text": {"type": "plain_text", "text": "Open my page", "emoji": True}, "type": "button"}
            text = "Here is your one-time link (valid 10 minutes)."
        action["action_ts"] = self.ts()
        msg_ts = self.ts()
        payload.update({
            "container": {"type": "message", "message_ts": msg_ts, "channel_id": cid,
                          "is_ephemeral": self.chance(0.7)},
            "channel": {"id": cid, "name": cname}, "state": {"values": {}}, "response_url": self.hook("actions"),
            "actions": [action]})
        if self.chance(0.4):
            payload["message"] = {"bot_id": self.sid("B0", 9), "type": "message", "text": text, "user": BOT_USER,
                                  "ts": msg_ts, "app_id": APP_ID, "team": TEAM,
                                  "blocks": [{"type": "section", "block_id": self.token(3)[:4],
                                              "text": {"type": "mrkdwn", "text": slack_escape(text),
                                                       "verbatim": False}}]}
        return self._form_payload("interaction-button", "form", payload)

    def modal(self) -> dict[str, Any]:
        payload = self._interaction_base("view_submission")
        view_id = self.sid("V0", 9)
        if self.chance(0.6):
            place, tz = self.pick(PLACES + ADDRESSES), self.pick(TIMEZONES)
            values: dict[str, Any] = {
                "place_block": {"place_input": {"type": "plain_text_input", "value": place}},
                "time_block": {"alert_time": {"type": "timepicker", "selected_time": self._alert_time()}},
                "tz_block": {"tz_select": {"type": "static_select", "selected_option": {
                    "text": {"type": "plain_text", "text": tz, "emoji": True}, "value": tz}}},
                "units_block": {"units": {"type": "radio_buttons", "selected_option": {
                    "text": {"type": "plain_text", "text": "Metric (°C, km/h)", "emoji": True}, "value": "metric"}}}}
            callback, title = "jeeves_settings", "Jeeves settings"
        else:
            feedback = self._fill(self.pick([
                "The weather for \"Den Haag\" came back as Den Haag, Texas?? 😅 should be NL",
                "Alerts arrive at 07:00 UTC, but I set Europe/London — DST issue?",
                "Would love a \"court list\" command: /jeeves courts KB tomorrow",
                "Typo in the help text: \"remeber location\"",
                "Can it show °F and °C side by side? Our New York desk (@@P@@) wants both.",
                "It didn't know \"Sant'Agata de' Goti\" or \"'s-Hertogenbosch\" — apostrophes break it?",
                "Bug: `weather São Paulo/SP` → \"no such place\". Works with \"Sao Paulo\".",
                "Feature request: alert 1 hour before hearings in @@C@@ — e.g. @@D@@",
                "Thanks for this! Saved me on the verdict watch today 🙏",
                "Quote from a colleague: @@Q@@ — i.e. please add Irish-language place names",
            ]), slack=False)
            label, value = self.pick([("Bug", "bug"), ("Idea", "idea"), ("Praise 🎉", "praise")])
            values = {"fb_block": {"feedback": {"type": "plain_text_input", "value": feedback}},
                      "kind_block": {"kind": {"type": "static_select", "selected_option": {
                          "text": {"type": "plain_text", "text": label, "emoji": True}, "value": value}}},
                      "contact_block": {"ok_to_contact": {"type": "checkboxes", "selected_options": []}}}
            callback, title = "jeeves_feedback", "Send feedback"
        payload["view"] = {"id": view_id, "team_id": TEAM, "type": "modal", "blocks": [],
                           "private_metadata": json.dumps({"channel": self.sid("D0", 9)}), "callback_id": callback,
                           "state": {"values": values}, "hash": f"{EPOCH}.{self.hexs(8)}",
                           "title": {"type": "plain_text", "text": title, "emoji": True},
                           "clear_on_close": False, "notify_on_close": False,
                           "close": {"type": "plain_text", "text": "Cancel", "emoji": True},
                           "submit": {"type": "plain_text", "text": "Save", "emoji": True},
                           "previous_view_id": None, "root_view_id": view_id, "app_id": APP_ID, "external_id": "",
                           "app_installed_team_id": TEAM, "bot_id": self.sid("B0", 9)}
        payload["response_urls"] = []
        return self._form_payload("interaction-modal", "form", payload)

    # ---- the data API: scripts, Apps Script, CI, dashboards ---------------------------------------------------
    def _jwt(self, client: str, scope: str) -> str:
        header = {"alg": self.pick(["ES256", "ES256", "RS256"]), "typ": "at+jwt", "kid": self.token(32)}
        iat = EPOCH + self.rng.randint(0, 5 * 86400)
        claims = {"iss": BASE, "sub": client, "aud": "jeeves", "iat": iat, "nbf": iat, "exp": iat + 900,
                  "jti": self.uuid(), "scope": scope, "client_id": client}
        return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                         b64url(json.dumps(claims, separators=(",", ":")).encode()), self.token(64)])

    def _trace(self, h: dict[str, str]) -> None:
        roll = self.rng.random()
        if roll < 0.2:
            h["traceparent"] = f"00-{self.hexs(32)}-{self.hexs(16)}-{self.pick(['01', '00'])}"
            if self.chance(0.4):
                h["tracestate"] = f"dd=s:1;t.dm:-0,rojo={self.hexs(16)}"
        elif roll < 0.3:
            h["sentry-trace"] = f"{self.hexs(32)}-{self.hexs(16)}-1"
            release = f"elex-ticker%402024.6.{self.rng.randint(1, 9)}"
            h["baggage"] = (f"sentry-environment=production,sentry-release={release},sentry-public_key="
                            f"{self.hexs(32)},sentry-trace_id={self.hexs(32)},sentry-sample_rate=0.2")
        elif roll < 0.38:
            h["X-B3-TraceId"], h["X-B3-SpanId"], h["X-B3-Sampled"] = self.hexs(32), self.hexs(16), "1"
        elif roll < 0.44:
            h["X-Amzn-Trace-Id"] = f"Root=1-{self.hexs(8)}-{self.hexs(24)};Parent={self.hexs(16)};Sampled=1"
        elif roll < 0.48:
            h["X-Cloud-Trace-Context"] = f"{self.hexs(32)}/{self.rng.randint(1, 10**18)};o=1"

    def _script_headers(self, scope: str = "read") -> dict[str, str]:
        ua = self.pick([
            "python-requests/2.32.3", "python-httpx/0.27.0", "curl/8.7.1", "curl/7.81.0", "Go-http-client/2.0",
            "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "axios/1.7.2", "undici",
            "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: UAEmdDd9)",
            "Mozilla/5.0 (Windows NT; Windows NT 10.0; en-GB) WindowsPowerShell/5.1.22621.3672",
            "PowerShell/7.4.2", "Zapier", "GitHub-Hookshot/8e1a2b3", "Grafana/11.0.0", "R (4.4.0 x86_64-pc-linux-gnu)",
            "httr2/1.0.1 r-curl/5.2.1 libcurl/8.5.0", "aiohttp/3.9.5", "okhttp/4.12.0", "Datawrapper/2.0",
            "Power BI Desktop", "Microsoft Power Query"])
        client = self.pick(["elections.ticker", "cms-sync", "matter-intake", "docketing-bot", "grafana-newsroom",
                            "apps-script.sheets", "jeeves-worker", "newsapps-ci"])
        h = {"User-Agent": ua, "Accept": self.pick(["application/json", "*/*", "application/json, text/plain, */*",
                                                    "application/json;q=0.9, */*;q=0.1"]),
             "Authorization": "Bearer " + self._jwt(client, scope)}
        if self.chance(0.5):
            h["Accept-Encoding"] = self.pick(["gzip, deflate", "gzip, deflate, br", "gzip", "br"])
        if self.chance(0.25):
            h["X-Request-Id"] = self.pick([self.uuid(), f"gha-{self.rng.randint(10**9, 10**10)}-3",
                                           f"apps-script:{self.hexs(10)}", f"cron.{self.hexs(12)}"])
        if "GitHub" in ua or self.chance(0.05):
            h["X-GitHub-Delivery"] = self.uuid()
        self._trace(h)
        return h

    def api(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.3:
            h = self._script_headers()
            params: list[tuple[str, str]] = []
            if self.chance(0.8):
                params.append(("limit", self.pick(["25", "50", "100", "250", "500"])))
            if self.chance(0.6):
                params.append(("offset", str(self.pick([0, 25, 50, 100, 250, 500, 1000]))))
            for key, values in (("active", ["true", "false", "1", "0", "True"]), ("alerts", ["on", "off", "true"]),
                                ("team_id", [TEAM, TEAM.lower(), "T07PARTNR1"])):
                if self.chance(0.3):
                    params.append((key, self.pick(values)))
            if self.chance(0.12):
                params.append((self.pick(["q", "search", "name"]), self.pick(
                    ["O'Connell", "D'Souza", "Nowak-Jabłońska", "amq-law.com", "Ní Bhriain", "van den", "Nguyễn",
                     "harbourdispatch", "Mac Giolla Phádraig", "St. Clair"])))
            if self.chance(0.08):
                params.append(("fields", self.pick(["id,name,email", "id,settings.timezone", "name,is_admin"])))
            query = urllib.parse.urlencode(params, quote_via=self.pick([urllib.parse.quote_plus,
                                                                         urllib.parse.quote]))
            uri = "/api/users" + ("?" + query if query else "")
            return self.record("api-users", "query", self.get_request(uri, h))
        if roll < 0.47:
            h = self._script_headers()
            if self.chance(0.15):
                h["If-None-Match"] = f'W/"{self.hexs(20)}"'
            return self.record("api-user", "path", {"method": self.pick(["GET", "GET", "GET", "HEAD"]), "body": "",
                                                    "uri": f"/api/users/{self.rng.randint(1, 400)}", "headers": h})
        if roll < 0.63:
            h = self._script_headers("read write")
            person = self.pick(self.people)
            choice = self.rng.random()
            doc: dict[str, Any]
            if choice < 0.3:
                doc = {"settings": {"timezone": person["tz"], "alert_time": self._alert_time()}}
            elif choice < 0.45:
                doc = {"settings": {"units": self.pick(["metric", "imperial"]), "alerts": self.chance(0.6)}}
            elif choice < 0.7:
                first, last = self.pick(FIRST), self.pick(LAST)
                doc = {"name": self.pick([f"{first} {last}", f"{last}, {first}", f"{first} {last} KC",
                                          f"{first} {last} (Night Editor)", f"Dr. {first} {last}-Quill",
                                          f"{first} \"{first[:3]}\" {last}"])}
                if self.chance(0.5):
                    local = f"{_ascii(first)}.{_ascii(last)}".replace(" ", "").replace("'", "")
                    doc["email"] = f"{local}@{self.pick(DOMAINS)}"
            elif choice < 0.88:
                doc = {"is_active": self.chance(0.35)}
            else:
                doc = {"is_admin": self.chance(0.5)}
            h["Content-Type"] = self.pick(["application/json", "application/json", "application/json; charset=utf-8",
                                           "application/merge-patch+json"])
            body = json.dumps(doc, ensure_ascii=self.chance(0.3), indent=self.pick([None, None, None, 2]))
            return self.record("api-user-patch", "json", {"method": "PATCH", "body": body, "headers": h,
                                                          "uri": f"/api/users/{self.rng.randint(1, 400)}"})
        if roll < 0.8:
            h = self._script_headers()
            day = self.rng.randint(1, 17)
            since = self.pick([f"2024-06-{day:02d}", f"2024-06-{day:02d}T00:00:00Z",
                               f"2024-06-{day:02d}T00:00:00-04:00",
                               f"2024-06-{day:02d}T09:30:00.000+01:00", f"2024-05-{day + 10:02d} 00:00:00",
                               f"2024-06-{day:02d}T06:00:00+00:00"])
            params = [("since", since)]
            if self.chance(0.55):
                params.append(("until", self.pick(["2024-06-21T23:59:59Z", "2024-06-22", "2024-06-21T18:00:00+01:00"])))
            if self.chance(0.3):
                raw = "&".join(f"{k}={v}" for k, v in params)  # a hand-written query (curl in a cron job)
                uri = "/api/usage/stats?" + raw.replace(" ", "%20").replace("+", "%2B")
            else:
                uri = "/api/usage/stats?" + urllib.parse.urlencode(params)
            return self.record("api-stats", "query", self.get_request(uri, h))
        if roll < 0.88:
            return self.record("api-switches", "header", {"method": "GET", "uri": "/api/switches", "body": "",
                                                          "headers": self._script_headers()})
        if roll < 0.95:
            h = self._script_headers("read write")
            h["Content-Type"] = "application/json"
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me", "help",
                                "my_location", "forget_location"])
            doc = {"enabled": self.chance(0.75)}
            if self.chance(0.5):
                doc["team_id"] = self.pick([TEAM, "*", "T07PARTNR1"])
            return self.record("api-switch-put", "json", {"method": "PUT", "uri": f"/api/switches/{action}",
                                                          "body": json.dumps(doc), "headers": h})
        h = {"User-Agent": self.pick(["Swagger-Codegen/3.0.54/java", "openapi-generator/7.6.0", "Postman/11.1.0",
                                      "Insomnia/9.2.0", "python-requests/2.32.3", "Bruno/v1.18.0"]),
             "Accept": self.pick(["application/json", "application/vnd.oai.openapi+json;version=3.0, */*"])}
        return self.record("api-openapi", "header", self.get_request("/api/openapi.json", h))

    # ---- browsers: admin panel, /me/, Sign in with Slack ---------------------------------------------------
    def _browser(self, referer: str | None = None, form: bool = False) -> dict[str, str]:
        ua = self.pick([
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 "
            "Safari/537.36",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 "
            "Safari/537.36 Edg/125.0.0.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
            "Safari/605.1.15",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:127.0) Gecko/20100101 Firefox/127.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Mobile/15E148 Slack/24.06.10 (iPad)",
            "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
            "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
            "Mozilla/5.0 (Linux; Android 14; Pixel 7 Build/AP2A.240605.024; wv) AppleWebKit/537.36 (KHTML, like "
            "Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Slack/4.38.125 Chrome/124.0.6367.243 Electron/30.1.0 Safari/537.36 Sonic Slack_SSB/4.38.125",
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
        ])
        h = {"User-Agent": ua,
             "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                       "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
             "Accept-Language": self.pick([
                 "en-GB,en;q=0.9", "en-GB,en-US;q=0.9,en;q=0.8,ga;q=0.6", "en-US,en;q=0.9",
                 "fr-BE,fr;q=0.9,nl;q=0.8,en;q=0.7", "de-CH,de;q=0.9,fr-CH;q=0.8,en;q=0.6", "es-419,es;q=0.9",
                 "he-IL,he;q=0.9,en-US;q=0.8", "ar-EG,ar;q=0.9,en;q=0.8", "zh-TW,zh;q=0.9,en;q=0.8",
                 "uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.7", "nl-NL,nl;q=0.9,en-US;q=0.8", "ko-KR,ko;q=0.9,en;q=0.7",
                 "hi-IN,hi;q=0.9,en-IN;q=0.8", "pt-PT,pt;q=0.9,en;q=0.8", "ja-JP,ja;q=0.9", "pl,en-GB;q=0.8"]),
             "Accept-Encoding": "gzip, deflate, br, zstd", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate",
             "Sec-Fetch-Site": "same-origin" if referer else "none", "Upgrade-Insecure-Requests": "1"}
        if "Firefox" not in ua and "Safari/605" not in ua:
            h["Sec-Fetch-User"] = "?1"
        if "Chrome/" in ua and "Samsung" not in ua:
            major = ua.split("Chrome/")[1].split(".")[0]
            brand = '"Microsoft Edge"' if "Edg/" in ua else '"Google Chrome"'
            h["sec-ch-ua"] = f'"Not/A)Brand";v="8", "Chromium";v="{major}", {brand};v="{major}"'
            h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
            h["sec-ch-ua-platform"] = '"Android"' if "Android" in ua else self.pick(['"Windows"', '"macOS"', '"Linux"'])
        if "; wv)" in ua:
            h["X-Requested-With"] = "com.Slack"
        if referer:
            h["Referer"] = referer if referer.startswith("http") else BASE + referer
        if self.chance(0.1):
            h["DNT"] = "1"
        if self.chance(0.08):
            h["Sec-GPC"] = "1"
        if self.chance(0.15):
            h["Priority"] = "u=0, i"
        if form:
            h["Content-Type"] = "application/x-www-form-urlencoded"
            h["Origin"] = BASE
            h["Cache-Control"] = "max-age=0"
            h["Sec-Fetch-Site"] = "same-origin"
        return h

    def _cookies(self, *pairs: tuple[str, str]) -> str:
        jar = list(pairs)
        if self.chance(0.25):
            jar.append(self.ga_cookie())
        if self.chance(0.1):
            jar.append(("_ga_Q1W2E3R4T5", f"GS1.1.{EPOCH}.{self.rng.randint(1, 40)}.1.{EPOCH + 300}.0.0.0"))
        if self.chance(0.12):
            jar.append(("OptanonConsent", "isGpcEnabled=0&datestamp=Mon+Jun+17+2024+09%3A12%3A44+GMT%2B0100"
                                          "+(British+Summer+Time)&version=202405.1.0&groups=C0001%3A1%2CC0002%3A0"))
        if self.chance(0.08):
            jar.append(("theme", self.pick(["dark", "light", "system"])))
        if self.chance(0.06):
            jar.append(("ajs_anonymous_id", f"%22{self.uuid()}%22"))
        self.rng.shuffle(jar)
        return "; ".join(f"{k}={v}" for k, v in jar)

    def _multipart(self, fields: list[tuple[str, str]]) -> tuple[str, str]:
        style = self.rng.random()
        if style < 0.6:
            chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            boundary = "----WebKitFormBoundary" + "".join(self.pick(chars) for _ in range(16))
        elif style < 0.85:
            boundary = "-" * 27 + "".join(self.pick("0123456789") for _ in range(29))
        else:
            boundary = self.form_boundary("gecko")
        return self.multipart_form(boundary, fields)

    def admin(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_admin")
        roll = self.rng.random()
        if roll < 0.24:
            q = self.pick(["O'Connell", "o'connell", "D'Souza", "Nowak-Jabłońska", "Ní Bhriain", "Al-Hashimi",
                           "Nguyễn", "van den Broeck", "José María", "Mac Giolla", "@amq-law.com",
                           "harbourdispatch.com",
                           "siobhan", "U0", TEAM, "St. Clair", "Smith-Jones", "d'Arcy", "Adébáyọ̀", "Lemaître",
                           "kate", "Ó Briain", "quill", "mensah@", "Te Whare", "Søndergaard", ""])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 6)))] if self.chance(0.2) else [])
            h = self._browser(self.pick(["/admin/users", "/admin/", None]))
            h["Cookie"] = self._cookies(session)
            uri = "/admin/users?" + urllib.parse.urlencode(params, quote_via=self.pick([urllib.parse.quote_plus,
                                                                                         urllib.parse.quote]))
            return self.record("admin-search", "query", self.get_request(uri, h))
        if roll < 0.38:
            h = self._browser("/admin/users?q=" + urllib.parse.quote(self.pick(["O'Connell", "Quill", "kate"])), True)
            h["Cookie"] = self._cookies(session)
            flag = self.pick(["active", "admin"])
            fields = [("csrf_token", csrf), ("value", self.pick(["0", "1"])),
                      ("q", self.pick(["", "O'Connell", "amq-law", "D'Souza-Lim", "night editor"])),
                      ("page", str(self.rng.randint(1, 4)))]
            return self.record("admin-user-edit", "form", {
                "method": "POST", "uri": f"/admin/users/{self.rng.randint(1, 400)}/{flag}", "headers": h,
                "body": urllib.parse.urlencode(fields)})
        if roll < 0.48:
            h = self._browser("/admin/features", True)
            h["Cookie"] = self._cookies(session)
            action = self.pick(["weather", "remember_location", "alerts", "config", "login", "forget_me"])
            fields = [("csrf_token", csrf), ("action", action), ("enabled", self.pick(["0", "1"])),
                      ("team_id", self.pick(["", "", TEAM, "t07partnr1"]))]
            uri = "/admin/features" if self.chance(0.85) else "/admin/features/remove"
            return self.record("admin-switch", "form", self.form_request(uri, h, fields))
        if roll < 0.58:
            h = self._browser(self.pick(["/admin/audit", "/admin/", None]))
            h["Cookie"] = self._cookies(session)
            q = self.pick(["user.active", "user.admin", "client.create", "client.rotate", "feature.set", "login",
                           "login.failed", "forget_me", "2024-06-17", "O'Connell", "amq-law", "admin.map_slack",
                           "cms-sync", "elections.ticker"])
            params = [("q", q)] + ([("page", str(self.rng.randint(2, 9)))] if self.chance(0.25) else [])
            return self.record("admin-audit", "query", {"method": "GET", "body": "", "headers": h,
                                                        "uri": "/admin/audit?" + urllib.parse.urlencode(params)})
        if roll < 0.72:
            h = self._browser(self.pick(["/admin/", "/admin/users", "/admin/clients", None]))
            h["Cookie"] = self._cookies(session)
            page = self.pick(["/admin/", "/admin/", "/admin/users", "/admin/features", "/admin/gateway",
                              "/admin/clients", "/admin/account", "/admin/slack-sign-in", "/admin/audit",
                              "/admin/users?done=user_updated&q=O%27Connell&page=1",
                              "/admin/features?done=switch_updated", "/admin/static/admin.css"])
            return self.record("admin-page", "cookie", self.get_request(page, h))
        if roll < 0.82:
            h = self._browser(self.pick(["/admin/login", "/admin/login?next=%2Fadmin%2Fusers%3Fq%3DQuill"]), True)
            h["Cookie"] = self._cookies(("__Host-jeeves_admin_login", csrf))
            if self.chance(0.5):
                words = ["harbour", "gavel", "ledger", "tide", "quill", "docket", "anchor", "verdict", "ferry",
                         "column", "Brief", "Lede", "Strand", "Pier", "Motion"]
                sep = self.pick(["-", ".", " ", "_", "!"])
                password = sep.join(self.pick(words) for _ in range(4)) + str(self.rng.randint(1, 99))
            else:
                alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*+-=?@^_~.,:;()[]{}"
                password = "".join(self.pick(alphabet) for _ in range(self.rng.randint(18, 32)))
            fields = [("csrf_token", csrf), ("next", self.pick(["/admin/", "/admin/users?q=Quill", "/admin/clients"])),
                      ("username", self.pick(["admin", "a.mensah", "jq", "it-ops", "s.oconnell", "nightdesk"])),
                      ("password", password),
                      ("totp", self.pick(["", f"{self.rng.randint(0, 999999):06d}",
                                          f"{self.rng.randint(0, 999):03d} {self.rng.randint(0, 999):03d}"]))]
            return self.record("admin-login", "form", self.form_request("/admin/login", h, fields))
        if roll < 0.92:
            h = self._browser("/admin/clients", True)
            h["Cookie"] = self._cookies(session)
            client = self.pick(["cms-sync", "elections.ticker", "matter-intake", "docketing-bot", "grafana-newsroom",
                                "apps-script.sheets", "newsapps-ci", "foi-tracker", "conflicts:export"])
            sub = self.rng.random()
            if sub < 0.55:
                desc = self.pick([
                    "CMS → Jeeves nightly sync (owner: News Apps; runs 02:15 ET)",
                    "Matter-intake dashboard — read-only; contact: j.quill@amq-law.com",
                    "Elections 2024 results ticker (read; Sheets Apps Script, =IMPORTDATA every 5 min)",
                    "Conflicts check export — see § 3.4 of the IT policy",
                    "Docketing bot: deadlines T-14/T-7/T-1 into #lit-deadlines",
                    "Grafana \"Newsroom pulse\" board", "FOI tracker (Brussels bureau) – read & write",
                    "CI for elex-ticker: smoke test against staging, 5 req/min", "",
                    "Temp. client for the Kessler verdict live blog — revoke after 30/06/2024!"])
                fields = [("csrf_token", csrf), ("client_id", client), ("description", desc), ("scopes", "read")]
                if self.chance(0.35):
                    fields.append(("scopes", "write"))
                return self.record("admin-client", "form", self.form_request("/admin/clients", h, fields))
            state = "rotate" if sub < 0.75 else self.pick(["disable", "enable"])
            return self.record("admin-client", "form", self.csrf_post(f"/admin/clients/{client}/{state}", h, csrf))
        h = self._browser(self.pick(["/admin/slack-sign-in", "/admin/account"]), True)
        h["Cookie"] = self._cookies(session)
        sub = self.rng.random()
        if sub < 0.5:
            fields = [("csrf_token", csrf), ("username", self.pick(["admin", "a.mensah", "jq", "nightdesk"])),
                      ("team_id", TEAM), ("user_id", self.pick(self.people)["id"])]
            uri = "/admin/slack-sign-in"
        elif sub < 0.65:
            fields = [("csrf_token", csrf), ("username", self.pick(["a.mensah", "jq"]))]
            uri = "/admin/slack-sign-in/remove"
        elif sub < 0.8:
            fields, uri = [("csrf_token", csrf)], self.pick(["/admin/account/totp/start", "/admin/logout"])
        else:
            fields = [("csrf_token", csrf), ("pending_totp", self.token(20)),
                      ("totp", f"{self.rng.randint(0, 999999):06d}")]
            uri = "/admin/account/totp/confirm"
        return self.record("admin-account", "form", self.form_request(uri, h, fields))

    def me(self) -> dict[str, Any]:
        session, csrf = self.signed_in("__Host-jeeves_me")
        person = self.pick(self.people)
        roll = self.rng.random()
        if roll < 0.32:
            h = self._browser(self.pick([None, "/me/", "https://app.slack.com/", f"/auth/slack/link/{self.token()}"]))
            h["Cookie"] = self._cookies(session)
            uri = self.pick(["/me/", "/me/", "/me/?done=location_saved", "/me/?done=settings_saved", "/me/data.json",
                             "/me/?utm_source=slack&utm_medium=app_home"])
            if uri.endswith(".json"):
                h["Accept"] = "application/json, text/plain, */*"
                h["Sec-Fetch-Dest"], h["Sec-Fetch-Mode"] = "empty", "cors"
            return self.record("me-page", "cookie", self.get_request(uri, h))
        multipart = self.chance(0.3)
        h = self._browser("/me/", True)
        h["Cookie"] = self._cookies(session)
        if roll < 0.62:
            kind, uri = "me-location", "/me/location"
            fields = [("csrf_token", csrf), ("place", self.pick(PLACES + ADDRESSES))]
        elif roll < 0.88:
            kind, uri = "me-settings", "/me/settings"
            fields = [("csrf_token", csrf), ("units", self.pick(["metric", "imperial"])),
                      ("alert_time", self._alert_time()), ("timezone", person["tz"])]
            if self.chance(0.6):
                fields.append(("alerts", "on"))
        else:
            kind = "me-action"
            uri, fields = self.me_exit_form(csrf)
            multipart = False
        if multipart:
            body, h["Content-Type"] = self._multipart(fields)
            return self.record(kind, "multipart", {"method": "POST", "uri": uri, "body": body, "headers": h})
        return self.record(kind, "form", self.form_request(uri, h, fields))

    def auth(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.18:
            h = self._browser(self.pick([None, "/me/", "https://app.slack.com/"]))
            uri = self.pick(["/auth/slack/", "/auth/slack/?done=bye", "/auth/slack/?done=forgotten"])
            return self.record("auth-page", "header", self.get_request(uri, h))
        if roll < 0.36:
            h = self._browser(self.pick(["/auth/slack/", "/admin/login", "/me/"]))
            uri = self.pick(["/auth/slack/login", "/auth/slack/login", "/auth/slack/login?for=admin"])
            return self.record("auth-login", "query", self.get_request(uri, h))
        if roll < 0.6:
            state = self.token()
            h = self._browser("https://slack.com/")
            h["Sec-Fetch-Site"] = "cross-site"
            h["Cookie"] = self._cookies(("__Host-jeeves_oidc_state", state))
            if self.chance(0.12):
                params = [("error", "access_denied"),
                          ("error_description", "The user denied the request (they clicked \"Cancel\")."),
                          ("state", state)]
            else:
                params = [("code", self.oidc_code()), ("state", state)]
            uri = "/auth/slack/callback?" + urllib.parse.urlencode(params)
            return self.record("auth-callback", "query", self.get_request(uri, h))
        link = self.token()
        if roll < 0.72:
            return self.record("auth-link-preview", "path", self.link_preview(link))
        if roll < 0.86:
            h = self._browser()
            h["Sec-Fetch-Site"] = "cross-site"
            return self.record("auth-link", "path", self.get_request(f"/auth/slack/link/{link}", h))
        csrf = self.token()
        h = self._browser(f"/auth/slack/link/{link}", True)
        h["Cookie"] = self._cookies(("__Host-jeeves_signin", csrf))
        body = urllib.parse.urlencode([("csrf_token", csrf)])
        return self.record("auth-link-post", "form", {"method": "POST", "uri": f"/auth/slack/link/{link}",
                                                      "headers": h, "body": body})

    # ---- TokenDealer, health, metadata -------------------------------------------------------------------------
    def oauth(self) -> dict[str, Any]:
        client = self.pick(["elections.ticker", "cms-sync", "matter-intake", "docketing-bot", "grafana-newsroom",
                            "apps-script.sheets", "jeeves-worker", "newsapps-ci"])
        secret = self.token()
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.7.1", "Go-http-client/2.0", "axios/1.7.2",
                                      "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; "
                                      "+https://script.google.com; id: UAEmdDd9)", "PowerShell/7.4.2",
                                      "Authlib/1.3.1 (+https://authlib.org/)"]),
             "Accept": self.pick(["application/json", "*/*"]), "Content-Type": "application/x-www-form-urlencoded"}
        if self.chance(0.3):
            h["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
        basic = "Basic " + base64.b64encode(f"{client}:{secret}".encode()).decode()
        self._trace(h)
        roll = self.rng.random()
        if roll < 0.62:
            return self.record("oauth-token", "form", self.token_request(client, secret, h, basic))
        token = self._jwt(client, self.pick(["read", "read write"]))
        if roll < 0.77:
            h["Authorization"] = basic
            fields = [("token", token)] + ([("token_type_hint", "access_token")] if self.chance(0.6) else [])
            return self.record("oauth-introspect", "form", self.form_request("/oauth/introspect", h, fields))
        if roll < 0.86:
            h["Authorization"] = basic
            return self.record("oauth-revoke", "form", self.form_request("/oauth/revoke", h, [("token", token)]))
        return self.record("oauth-verify-token", "form", self.verify_request(h, token, 0.4))

    def health(self) -> dict[str, Any]:
        roll = self.rng.random()
        if roll < 0.4:
            ua = self.pick(["kube-probe/1.30", "Blackbox Exporter/0.25.0", "ELB-HealthChecker/2.0",
                            "Mozilla/5.0 (compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)",
                            "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)", "curl/8.7.1",
                            "Better Stack Better Uptime Bot Mozilla/5.0", "GoogleStackdriverMonitoring-UptimeChecks"
                            "(https://cloud.google.com/monitoring)"])
            h = {"User-Agent": ua, "Accept": "*/*"}
            if "Blackbox" in ua:
                h["X-Prometheus-Scrape-Timeout-Seconds"] = "5"
            if self.chance(0.2):
                h["Cache-Control"] = "no-cache"
            return self.record("health", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                    "uri": self.pick(["/healthz", "/readyz", "/readyz"]), "headers": h})
        if roll < 0.72:
            h = {"User-Agent": self.pick(["python-jose", "Go-http-client/2.0", "lua-resty-http/0.17.1",
                                          "jwks-rsa/3.1.0", "PyJWT/2.8.0", "Microsoft.IdentityModel/7.6.0"]),
                 "Accept": "application/json"}
            if self.chance(0.45):
                h["If-None-Match"] = f'"{self.hexs(16)}"'
            return self.record("meta-jwks", "header", {"method": self.pick(["GET", "GET", "HEAD"]), "body": "",
                                                       "uri": "/.well-known/jwks.json", "headers": h})
        h = {"User-Agent": self.pick(["python-requests/2.32.3", "curl/8.7.1", "Authlib/1.3.1 (+https://authlib.org/)",
                                      "openid-client/5.6.5 (https://github.com/panva/node-openid-client)"]),
             "Accept": "application/json"}
        return self.record("meta-oauth", "header", {"method": "GET", "body": "", "headers": h,
                                                    "uri": "/.well-known/oauth-authorization-server"})


def _ascii(text: str) -> str:
    """A name as it ends up in a handle or an e-mail address (accents dropped, lower case)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return folded.lower()


PLAN: list[tuple[str, int]] = [
    ("slack_chat", 330), ("slack_thread", 90), ("slack_mention", 120), ("slack_dm", 100), ("slack_edit", 20),
    ("slack_file", 25), ("slack_unfurl", 30), ("slack_reaction", 40), ("slack_bot_post", 20), ("slack_home", 24),
    ("command", 240), ("interaction", 90), ("modal", 35),
    ("api", 210), ("admin", 110), ("me", 75), ("auth", 45), ("oauth", 55), ("health", 40),
]

attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """The week, in the order it happens (kinds interleaved)."""
    return planned(Week(), PLAN, first="slack_verification")


if __name__ == "__main__":
    from .records import print_records

    print_records(benign())
